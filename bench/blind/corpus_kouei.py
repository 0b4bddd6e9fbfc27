"""Blind corpus, area "kouei": public housing (県営住宅) management.

日の出産業株式会社 ファシリティ事業部 岡山県営住宅管理センター is the designated manager
(指定管理者) of a prefecture's public housing.  Its staff (all on hinode-sangyo.co.jp, some on
the internal subdomain kouei.hinode-sangyo.co.jp) write to the prefecture's housing division
(住宅課), municipal welfare offices (福祉事務所), the social welfare council (社会福祉協議会),
community care centres (地域包括支援センター), repair contractors, a rent guarantee company,
the partner bank (口座振替), the partner printer (抽選・通知書の印刷), the partner law firm
(明渡請求), the housing-system vendor, neighbourhood-association chairs (自治会長, often on
free mail), applicants and residents.  Topics: applications with income certificates
(収入申告・所得証明), public lotteries (抽選), rent arrears (家賃滞納), repairs by
contractors, elderly residents living alone (高齢単身世帯の見守り), residents with
disabilities, DV evacuees, parking, guarantors.

Every person, phone number, address, account, card, My Number and other identifier in this
file is invented; organisation names and domains other than the brief's fixed ones are
fictional too.  My Numbers and card numbers come from build.my_number / build.card_number
(seeds counting up from SEED), the 法人番号 from a local check-digit helper.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 10501
RNG = random.Random(SEED)
_SEQ = [SEED]


def _next_seed() -> int:
    s = _SEQ[0]
    _SEQ[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def cardnum() -> str:
    return card_number(_next_seed())


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-()/.,:", "０１２３４５６７８９－（）／．，：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def spaced(s: str) -> str:
    return f"{s[:4]} {s[4:8]} {s[8:]}"


# -- invented people ----------------------------------------------------------------

SURNAMES = [
    ("難波", "ナンバ", "Namba"), ("守屋", "モリヤ", "Moriya"), ("妹尾", "セノオ", "Senoo"),
    ("片山", "カタヤマ", "Katayama"), ("三好", "ミヨシ", "Miyoshi"), ("赤木", "アカギ", "Akagi"),
    ("槌田", "ツチダ", "Tsuchida"), ("安原", "ヤスハラ", "Yasuhara"), ("四十物", "アイモノ", "Aimono"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("乙倉", "オトクラ", "Otokura"), ("甲元", "コウモト", "Komoto"),
    ("百々", "ドド", "Dodo"), ("小鳥遊", "タカナシ", "Takanashi"), ("虫明", "ムシアケ", "Mushiake"),
    ("定金", "サダカネ", "Sadakane"), ("宇垣", "ウガキ", "Ugaki"), ("苅田", "カリタ", "Karita"),
    ("江尻", "エジリ", "Ejiri"), ("光畑", "ミツハタ", "Mitsuhata"), ("平松", "ヒラマツ", "Hiramatsu"),
    ("黒瀬", "クロセ", "Kurose"), ("葛城", "カツラギ", "Katsuragi"), ("嘉数", "カカズ", "Kakazu"),
    ("東", "ヒガシ", "Higashi"), ("藤井", "フジイ", "Fujii"), ("原田", "ハラダ", "Harada"),
    ("中桐", "ナカギリ", "Nakagiri"), ("時実", "トキザネ", "Tokizane"), ("蜂谷", "ハチヤ", "Hachiya"),
    ("頓宮", "ハヤミ", "Hayami"), ("日笠", "ヒカサ", "Hikasa"), ("浮田", "ウキタ", "Ukita"),
    ("小郷", "オゴウ", "Ogo"), ("芦田", "アシダ", "Ashida"), ("角南", "スナミ", "Sunami"),
    ("岸本", "キシモト", "Kishimoto"), ("道広", "ミチヒロ", "Michihiro"), ("牧", "マキ", "Maki"),
    ("鳥越", "トリゴエ", "Torigoe"),
]
GIVEN = [
    ("花子", "ハナコ", "Hanako"), ("正男", "マサオ", "Masao"), ("トミ", "トミ", "Tomi"),
    ("キヨ子", "キヨコ", "Kiyoko"), ("勝", "マサル", "Masaru"), ("和夫", "カズオ", "Kazuo"),
    ("美千代", "ミチヨ", "Michiyo"), ("悠斗", "ユウト", "Yuto"), ("さくら", "サクラ", "Sakura"),
    ("翔太", "ショウタ", "Shota"), ("幸子", "サチコ", "Sachiko"), ("茂", "シゲル", "Shigeru"),
    ("文江", "フミエ", "Fumie"), ("義男", "ヨシオ", "Yoshio"), ("恵美", "エミ", "Emi"),
    ("大輝", "ダイキ", "Daiki"), ("千尋", "チヒロ", "Chihiro"), ("昭二", "ショウジ", "Shoji"),
    ("ハツエ", "ハツエ", "Hatsue"), ("久美子", "クミコ", "Kumiko"), ("誠", "マコト", "Makoto"),
    ("美咲", "ミサキ", "Misaki"), ("隆", "タカシ", "Takashi"), ("陽菜", "ヒナ", "Hina"),
    ("智也", "トモヤ", "Tomoya"), ("ヨシ子", "ヨシコ", "Yoshiko"), ("健一", "ケンイチ", "Kenichi"),
    ("直美", "ナオミ", "Naomi"), ("静枝", "シズエ", "Shizue"), ("辰雄", "タツオ", "Tatsuo"),
    ("由香里", "ユカリ", "Yukari"), ("孝之", "タカユキ", "Takayuki"),
]

CITIES = [
    ("700", "岡山市北区", ["大供", "奉還町", "津島東", "野田", "今保", "庭瀬"]),
    ("702", "岡山市南区", ["福田", "浜野", "藤田", "妹尾", "郡"]),
    ("703", "岡山市中区", ["赤田", "江並", "高屋", "東川原"]),
    ("710", "倉敷市", ["中庄", "連島町西之浦", "笹沖", "老松町", "西阿知町"]),
    ("708", "津山市", ["小田中", "二宮", "院庄", "林田"]),
    ("706", "玉野市", ["宇野", "築港", "田井", "八浜町大崎"]),
    ("719", "総社市", ["中央", "井尻野", "清音軽部"]),
    ("714", "笠岡市", ["笠岡", "十一番町", "富岡"]),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp", "outlook.jp"]

DANCHI = ["汐見台住宅", "桃が丘団地", "吉備ノ里住宅", "旭東ハイツ", "野田川住宅", "鶴見坂住宅",
          "清音台住宅", "港南第二住宅"]
DANCHI_SHORT = ["汐見台", "桃が丘", "吉備ノ里", "旭東H", "野田川", "鶴見坂", "清音台", "港南第二"]


def wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if (y, m, d) < (1989, 1, 8):
        era, short, ey = "昭和", "S", y - 1925
    else:
        era, short, ey = "平成", "H", y - 1988
    if style == 0:
        return f"{era}{ey}年{m}月{d}日"
    if style == 1:
        return f"{short}{ey}.{m}.{d}"
    return zen(f"{era}{ey}年{m}月{d}日")


def person(y0: int = 1936, y1: int = 1998) -> dict:
    s = RNG.choice(SURNAMES)
    g = RNG.choice(GIVEN)
    y, m, d = RNG.randint(y0, y1), RNG.randint(1, 12), RNG.randint(1, 28)
    zip3, city, towns = RNG.choice(CITIES)
    town = RNG.choice(towns)
    addr = f"岡山県{city}{town}{RNG.randint(1, 5)}丁目{RNG.randint(1, 30)}番{RNG.randint(1, 20)}号"
    mob = f"0{RNG.choice('789')}0-{RNG.randint(1000, 9999)}-{RNG.randint(1000, 9999)}"
    tel = f"086-{RNG.randint(201, 299)}-{RNG.randint(1000, 9999)}"
    dom = RNG.choice(FREEMAIL)
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "roma": f"{g[2]} {s[2]}", "ROMA": f"{s[2].upper()} {g[2].upper()}",
        "dob": (y, m, d), "dob_iso": f"{y}/{m:02d}/{d:02d}", "age": 2025 - y,
        "zip": f"{zip3}-{RNG.randint(0, 9999):04d}", "addr": addr,
        "mobile": mob, "tel": tel,
        "mail": f"{s[2].lower()}.{g[2].lower()}{RNG.randint(10, 99)}@{dom}",
        "room": f"{RNG.randint(1, 8)}-{RNG.randint(1, 5)}{RNG.randint(1, 8):02d}",
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


# -- the sender side ----------------------------------------------------------------

CENTER = "日の出産業株式会社 ファシリティ事業部 岡山県営住宅管理センター"
CENTER_ADDR = "〒700-0822 岡山県岡山市北区表町4丁目3番21号 表町センタービル5F"
CENTER_TEL = "TEL 086-237-4410 / FAX 086-237-4411"

STAFF = {
    "okada": ("岡田 真理子", "okada.mariko@hinode-sangyo.co.jp", "管理課 入居管理係"),
    "murase": ("村瀬 拓也", "murase.takuya@hinode-sangyo.co.jp", "修繕計画課"),
    "higaki": ("檜垣 さやか", "higaki.sayaka@hinode-sangyo.co.jp", "管理課 募集・審査係"),
    "kojima": ("児島 健吾", "kojima.kengo@hinode-sangyo.co.jp", "収納対策課"),
    "miyake": ("三宅 由紀", "miyake.yuki@kouei.hinode-sangyo.co.jp", "生活支援グループ"),
    "fujito": ("藤戸 昭", "fujito.akira@hinode-sangyo.co.jp", "センター長"),
    "nakaya": ("仲矢 ケン", "k.nakaya@hinode-sangyo.co.jp", "施設システム担当"),
    "ueda": ("植田 朋美", "ueda.tomomi@hinode-sangyo.co.jp", "総務課"),
}


def frm(key: str) -> str:
    name, addr, _ = STAFF[key]
    return f"{name} <{addr}>"


def sig(key: str, style: int = 0) -> str:
    name, addr, dept = STAFF[key]
    if style == 0:
        return (f"━━━━━━━━━━━━━━━━━━━━━━━━\n{CENTER}\n{dept}　{name}\n"
                f"{CENTER_ADDR}\n{CENTER_TEL}\nMail: {addr}\n━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 1:
        return f"--\n日の出産業（株）県営住宅管理センター\n{dept} {name}\n{CENTER_TEL}"
    if style == 2:
        return (f"--\n{name.split()[0]} ({name})\nHinode Sangyo Co., Ltd. — Prefectural Housing "
                f"Management Centre\n4-3-21 Omotecho, Kita-ku, Okayama 700-0822, Japan\n"
                f"Tel +81-86-237-4410 | {addr}")
    return (f"＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n{name}（{dept}）\n{CENTER}\n"
            f"{CENTER_ADDR}\n代表 086-237-4410　直通 086-237-44{RNG.randint(12, 39)}")


DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender and delete this e-mail.")

# external organisations (fictional except the brief's partners)
KEN = "pref.okayama.lg.jp"           # 県 住宅課 / 保健所 / 女性相談
SETSUBI = "asahigawa-setsubi.co.jp"   # 旭川設備工業（給排水）
KENSO = "mimasaka-kenso.co.jp"        # 美作建装（建築修繕）
DENKO = "kibi-denko.jp"               # 吉備電工（電気・消防設備）
ZOEN = "saidaiji-zoen.co.jp"          # 西大寺造園
KAGI = "homeguard-okayama.com"        # ホームガード岡山（鍵・防犯）
HOSHO = "lifesupport-hosho.co.jp"     # ライフサポート保証（家賃保証）
SHAKYO = "okayama-kenshakyo.or.jp"    # 県社会福祉協議会
PARK = "parkone-chugoku.co.jp"        # パークワン中国（駐車場管理）

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# ===================================================================================
# 001 stop — XLSX: residents' names and phones for a boiler replacement, to the contractor
_p = people(12)
_rows = [[f"{i + 1}", p["room"].split("-")[0], p["room"].split("-")[1], p["name"], p["kana"],
          p["mobile"] if i % 3 else p["tel"], RNG.choice(["平日午前", "平日17時以降", "土曜終日", "不問"]),
          RNG.choice(["", "", "高齢のため家族立会い", "ペット（小型犬）あり", "夜勤あり"])]
         for i, p in enumerate(_p)]
add(
    id="kouei-001", charset="iso-2022-jp",
    subject="【汐見台住宅】給湯器更新工事　対象住戸一覧の送付",
    sender=frm("murase"), to=["石井 和也 <k.ishii@asahigawa-setsubi.co.jp>"],
    body=f"""旭川設備工業株式会社
工事部　石井様

いつもお世話になっております。
日の出産業 県営住宅管理センターの村瀬です。

先日の打合せでお話しした、汐見台住宅の給湯器更新工事（第2期）について、
対象住戸の一覧をお送りします。
各住戸への訪問日程の調整は、一覧の連絡先に直接お電話いただいて構いません。
在宅しやすい時間帯も入居者アンケートの回答から転記しています。

工程表（2枚目のシート）は暫定です。7月第1週の着手で問題なければご返信ください。

よろしくお願いいたします。

{sig("murase")}
""",
    attachments=[{"kind": "xlsx", "name": "汐見台_給湯器更新_対象住戸.xlsx", "sheets": {
        "対象住戸": [["県営汐見台住宅　給湯器更新工事（第2期）対象住戸一覧"], [],
                 ["No", "棟", "部屋", "入居者氏名", "フリガナ", "連絡先", "在宅時間帯", "備考"]] + _rows,
        "工程(暫定)": [["週", "棟", "作業"], ["7/1週", "3号棟", "搬入・撤去"],
                     ["7/2週", "3号棟", "設置・試運転"], ["7/3週", "5号棟", "搬入・撤去"]]}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="12 residents' names and phone numbers in an XLSX sent to an outside contractor",
)

# 002 pass — one resident's contact to the plumber for a leak
_p = person()
add(
    id="kouei-002", charset="utf-8",
    subject="漏水対応のお願い（桃が丘団地 5-402）",
    sender=frm("murase"), to=["旭川設備工業 受付 <uketsuke@asahigawa-setsubi.co.jp>"],
    body=f"""旭川設備工業　ご担当者様

お世話になっております。県営住宅管理センターの村瀬です。

本日午前、桃が丘団地 5号棟402号室の{_p['sei']}様より
「浴室の天井から水が落ちてくる」との連絡がありました。
上階（502号室）は現在空き家で、給水管の劣化の可能性があります。

至急、現地確認をお願いできますでしょうか。
{_p['sei']}様は日中パート勤務のため、17時以降の訪問を希望されています。
ご本人携帯：{_p['mobile']}

空き家側の鍵は当センターで貸し出しますので、来所前にご一報ください。

{sig("murase", 1)}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one resident's name and mobile to the repair contractor: a single person, may warn, must go",
)

# 003 stop — arrears list, space-padded columns, to the partner law firm
_p = people(6)
_lines = []
for i, p in enumerate(_p):
    d = RNG.choice(DANCHI_SHORT)
    months = RNG.randint(6, 22)
    amt = months * RNG.randint(18, 52) * 1000 + RNG.randint(0, 9) * 100
    _lines.append(f"{i + 1:>2}  {d + ' ' + p['room']:<14}  {p['name']:<10}  {months:>4}  {amt:>11,}  {p['mobile']}")
add(
    id="kouei-003", charset="iso-2022-jp",
    subject="明渡請求訴訟 候補案件のご相談（6件）",
    sender=frm("kojima"), to=["白川 俊介 <s.shirakawa@shirakawa-law.jp>"],
    cc=["kojima.kengo@hinode-sangyo.co.jp"],
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。
日の出産業 県営住宅管理センター 収納対策課の児島です。

県住宅課と協議のうえ、今年度の明渡請求訴訟の候補として下記6件を選定しました。
いずれも催告書を3回送付済みで、分納誓約も不履行となっています。

No  団地・部屋      契約者氏名  月数   滞納額(円)  連絡先
--  --------------  ----------  ----  -----------  -------------
""" + "\n".join(_lines) + f"""

来週中に一度、各案件の経緯をご説明に伺えればと存じます。
ご都合のよい日時をお知らせください。

{sig("kojima")}
{DISC_JA}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six tenants in arrears with names and phones in padded columns to the (partner) law firm: a list of people",
)

# 004 pass — talk about an NDA with the system vendor
add(
    id="kouei-004", charset="iso-2022-jp",
    subject="Re: 秘密保持契約書（案）へのコメント",
    sender=frm("nakaya"), to=["ツバサシステム 営業部 森下様 <morishita@tsubasa-system.jp>"],
    body=f"""ツバサシステム株式会社
森下様

お世話になっております。日の出産業の仲矢です。
秘密保持契約書（案）を法務と確認しましたので、コメントをお返しします。

1. 第2条（秘密情報の定義）
　「口頭で開示された情報」は、開示後30日以内に書面で特定したものに限る、
　という従来の文言に戻していただけますでしょうか。
2. 第6条（返還・廃棄）
　廃棄証明書の提出期限を「14日以内」から「30日以内」に緩和をお願いします。
3. 第9条（有効期間）
　契約終了後の存続期間は3年で異存ありません。

入居者情報を扱う次期住宅管理システムの保守に関わる契約ですので、
個人情報の取扱いについては別途「個人情報取扱特記事項」を付ける方向で
県とも調整中です。

修正版を頂戴できましたら、押印手続きに回します。

{sig("nakaya", 1)}
""",
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) with a partner: no marking, no personal data",
)

# 005 stop — lottery winners CSV (CP932) for address printing, to the partner printer
_p = people(8)
_rows = [["受付番号", "郵便番号", "住所", "氏名", "敬称", "当選団地"]]
for i, p in enumerate(_p):
    _rows.append([f"R7-{RNG.randint(100, 999)}", p["zip"], p["addr"], p["name"], "様",
                  RNG.choice(DANCHI)])
add(
    id="kouei-005", charset="shift_jis",
    subject="当選通知書 宛名印刷データ（6月定期募集分）",
    sender=frm("higaki"), to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    body=f"""錦印刷株式会社
制作部　御中

いつもお世話になっております。
日の出産業 県営住宅管理センターの檜垣です。

6月定期募集の公開抽選が終わりましたので、当選通知書の宛名印刷データをお送りします。
封筒は前回と同じ長3窓空き、差込み位置も前回どおりでお願いします。
納品は6月20日（金）午前中を希望します。

{sig("higaki", 3)}
""",
    attachments=[{"kind": "csv", "name": "toussen_atena_R7_06.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="eight lottery winners' names and home addresses in a CP932 CSV to the printer",
)

# 006 pass — internal only: arrears call list with phones
_p = people(8)
_txt = "\n".join(f"・{p['room']}　{p['name']}　{p['tel'] if i % 2 else p['mobile']}　"
                 f"{RNG.choice(['3か月', '4か月', '2か月', '5か月'])}"
                 for i, p in enumerate(_p))
add(
    id="kouei-006", charset="iso-2022-jp",
    subject="今週の電話督促リスト（旭東ハイツ）",
    sender=frm("kojima"),
    to=["岡田 真理子 <okada.mariko@hinode-sangyo.co.jp>"],
    cc=["収納対策課 <shuno@mail.hinode-sangyo.co.jp>"],
    body=f"""岡田さん
収納対策課各位

今週分の電話督促リストです（旭東ハイツ、滞納2か月以上）。
水・木の夕方に分担してかけたいので、担当を決めさせてください。

{_txt}

結果は共有フォルダの「督促記録」シートに入力してください。

児島
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="a list of tenants with phones, but every recipient is internal (incl. a subdomain)",
)

# 007 stop — one resident's disability in running text, to the contractor
_p = person(1940, 1960)
add(
    id="kouei-007", charset="utf-8",
    subject="鶴見坂住宅 浴室改修の件（配慮事項）",
    sender=frm("miyake"), to=["美作建装 現場代理人 日下部様 <kusakabe@mimasaka-kenso.co.jp>"],
    body=f"""美作建装株式会社
日下部様

お世話になっております。生活支援グループの三宅です。

来週着工の鶴見坂住宅 1号棟108号室の浴室改修について、事前にお伝えしておきます。
入居者の{_p['name']}様は、数年前の脳梗塞の後遺症で右半身に麻痺が残っており、
身体障害者手帳（2級）をお持ちです。室内は車いすで移動されています。

・作業中も浴室以外の動線（玄関〜居室〜トイレ）は確保してください
・手すりの位置はご本人と作業療法士の意見を反映した別紙図面のとおりです
・ご本人は聞き取りにくいことがあるので、ゆっくりお話しください

ご不明点は私までお願いします。

{sig("miyake", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named resident's stroke history and disability certificate (要配慮個人情報) to a contractor",
)

# 008 pass — a list of housing estates (facilities, not people) to the prefecture
_rows = [("汐見台住宅", "岡山市南区福田3丁目", 240, "086-262-1180"),
         ("桃が丘団地", "岡山市中区高屋2丁目", 312, "086-277-5031"),
         ("吉備ノ里住宅", "総社市井尻野", 96, "0866-92-4410"),
         ("旭東ハイツ", "岡山市中区赤田", 180, "086-271-0954"),
         ("野田川住宅", "倉敷市連島町西之浦", 144, "086-446-2273"),
         ("鶴見坂住宅", "津山市小田中", 120, "0868-24-8862"),
         ("清音台住宅", "総社市清音軽部", 72, "0866-94-0121"),
         ("港南第二住宅", "玉野市築港5丁目", 88, "0863-31-7740")]
_t = "\n".join(f"{a:<8}\t{b:<14}\t{c:>4}戸\t{d}" for a, b, c, d in _rows)
add(
    id="kouei-008", charset="iso-2022-jp",
    subject="管理団地一覧（集会所連絡先）の更新について",
    sender=frm("okada"), to=["岡山県 住宅課 河合様 <kawai-n@pref.okayama.lg.jp>"],
    body=f"""岡山県 土木部 住宅課
河合様

お世話になっております。県営住宅管理センターの岡田です。

ご依頼のありました管理団地一覧を、集会所の電話番号を含めて更新しました。
吉備ノ里住宅の集会所電話が4月から変わっていますのでご注意ください。

団地名\t所在地\t管理戸数\t集会所電話
{_t}

県ホームページの掲載内容も差し替えをお願いいたします。

{sig("okada")}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of housing estates with locations and meeting-hall phones: facilities, not people",
)

# 009 stop — My Number of an applicant in running text, to the prefecture
_p = person(1955, 1975)
_mn = mynum()
add(
    id="kouei-009", charset="iso-2022-jp",
    subject="収入申告書の不備について（野田川住宅 2-305）",
    sender=frm("higaki"), to=["住宅課 入居審査班 <nyukyo-shinsa@pref.okayama.lg.jp>"],
    body=f"""住宅課 入居審査班　ご担当者様

お世話になっております。管理センターの檜垣です。

野田川住宅 2-305 の収入申告書について、1点ご相談です。
世帯主 {_p['name']} 様（個人番号 {spaced(_mn)}）の申告書に、
配偶者の給与収入が記載されておらず、課税証明書の金額と一致しません。

ご本人に確認したところ、配偶者は昨年10月に退職済みとのことで、
退職証明書を追加で提出していただく予定です。
認定は提出を待ってからでよろしいでしょうか。

{sig("higaki", 1)}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="an applicant's My Number (individual number) in running text to the prefecture",
)

# 010 pass — reply quoting the prefecture's own list of applicants
_p = people(5)
_q = "\n".join(f"> {i + 1}. {p['name']}（{p['age']}歳）　{p['tel']}　{p['addr']}" for i, p in enumerate(_p))
add(
    id="kouei-010", charset="iso-2022-jp",
    subject="Re: 福祉枠 優先入居 面談対象者について",
    sender=frm("higaki"), to=["住宅課 河合様 <kawai-n@pref.okayama.lg.jp>"],
    body=f"""河合様

ご連絡ありがとうございます。承知いたしました。
5名の方の面談は、6月24日・25日の2日間で当センターにて実施します。
日程が決まり次第、一覧でご報告します。

檜垣

> 檜垣様
>
> お世話になっております。住宅課の河合です。
> 福祉枠の優先入居について、面談対象者は次の5名です。
{_q}
>
> よろしくお願いします。
""",
    expect="pass", entities=[], detectors=[],
    note="the only list is quoted (>) from the prefecture's own mail; the new text has no personal data",
)

# 011 stop — watch-over blocks for elderly people living alone, with illnesses, to the social welfare council
_p = people(5, y0=1932, y1=1946)
_conds = ["軽度の認知症（要介護1）。デイサービス週2回。", "糖尿病でインスリン自己注射。最近食事量が減っている。",
          "心不全で通院中。夏場の熱中症に注意。", "難聴が進行。玄関チャイムに気付かないことが多い。",
          "昨年転倒し大腿骨骨折。歩行器使用。"]
_blocks = []
for i, p in enumerate(_p):
    kin = person()
    rel = RNG.choice(['長男', '長女', '姪', '次男'])
    kin_sei = p['sei'] if rel in ('長男', '次男') else kin['sei']
    _blocks.append(f"""【{i + 1}】{p['name']} 様（{p['age']}歳）
　部屋　　：吉備ノ里住宅 {p['room']}
　生年月日：{wareki(*p['dob'])}
　電話　　：{p['tel']}
　緊急連絡：{rel} {kin_sei}様　{kin['mobile']}
　状況　　：{_conds[i]}""")
add(
    id="kouei-011", charset="utf-8",
    subject="吉備ノ里住宅 見守り対象者の情報共有",
    sender=frm("miyake"), to=["県社協 地域福祉課 <chiiki@okayama-kenshakyo.or.jp>"],
    body=f"""岡山県社会福祉協議会
地域福祉課　ご担当者様

お世話になっております。日の出産業 県営住宅管理センターの三宅です。

先日の連絡会でお話しした、吉備ノ里住宅の見守り対象者（高齢単身世帯）について、
当センターで把握している情報をお送りします。
訪問ボランティアの割り振りの参考にしてください。

""" + "\n\n".join(_blocks) + f"""

以上5名です。状況に変化があれば随時お知らせします。

{sig("miyake")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five elderly residents, one block each, with birth dates, phones and illnesses, to an outside council",
)

# 012 stop — tab-separated parking contracts, to the parking operator
_p = people(7)
_t = "\n".join(f"B-{RNG.randint(1, 60):02d}\t{p['name']}\t岡山 {RNG.randint(300, 599)} "
               f"{RNG.choice('あいうえかさたなはまやらわ')} {RNG.randint(10, 99)}-{RNG.randint(10, 99)}\t"
               f"{p['mobile']}\t2025/{RNG.randint(4, 6)}/1" for p in _p)
add(
    id="kouei-012", charset="utf-8",
    subject="桃が丘団地 駐車場 新規契約者（4〜6月）",
    sender=frm("okada"), to=["パークワン中国 管理部 <kanri@parkone-chugoku.co.jp>"],
    body=f"""パークワン中国株式会社 管理部 御中

いつもお世話になっております。日の出産業の岡田です。
桃が丘団地駐車場の4〜6月の新規契約者をお知らせします。
ステッカーの発行と区画表示の張替えをお願いします。

区画\t契約者\t車両番号\t携帯\t契約開始
{_t}

{sig("okada", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven parking contract holders with names and mobiles, tab-separated, to the parking operator",
)

# 013 pass — three attendees with phones for a briefing
_p = people(3)
add(
    id="kouei-013", charset="iso-2022-jp",
    subject="外壁改修 説明会の出席者について",
    sender=frm("murase"), to=["美作建装 日下部様 <kusakabe@mimasaka-kenso.co.jp>"],
    body=f"""日下部様

お世話になっております。村瀬です。
6/14（土）の外壁改修工事説明会に、自治会から次の3名が出席されます。
当日の受付名簿にご記入いただく予定ですが、事前に共有しておきます。

・自治会長　{_p[0]['name']}様（{_p[0]['mobile']}）
・副会長　　{_p[1]['name']}様（{_p[1]['mobile']}）
・会計　　　{_p[2]['name']}様（{_p[2]['tel']}）

当日の連絡は会長の携帯にお願いします。

{sig("murase", 1)}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees' names and phones: under the five-person threshold, may warn, must go",
)

# 014 stop — look-alike of the partner bank's domain
add(
    id="kouei-014", charset="iso-2022-jp",
    subject="7月分 口座振替データの送信日程について",
    sender=frm("kojima"), to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginkou.co.jp>"],
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 県営住宅管理センターの児島です。

7月分の県営住宅家賃 口座振替データについて、次の日程で伝送いたします。

　データ伝送日　：7月8日（火）15時まで
　振替日　　　　：7月28日（月）
　結果データ返却：7月31日（木）予定

前月より新規登録が42件、解約が15件あります。
件数の事前確認が必要でしたらお知らせください。

{sig("kojima")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a one-letter look-alike of the partner bank midori-ginko.co.jp",
)

# 015 pass — invoice receipt with the contractor's registration (T) number
_cn = corp_number("260001" + "".join(str(RNG.randrange(10)) for _ in range(6)))
add(
    id="kouei-015", charset="shift_jis",
    subject="Re: 5月分ご請求書の件",
    sender=frm("ueda"), to=["美作建装 経理課 <keiri@mimasaka-kenso.co.jp>"],
    body=f"""美作建装株式会社
経理課　ご担当者様

お世話になっております。日の出産業 総務課の植田です。

5月分のご請求書（請求番号 MK-2505-0117、金額 1,848,000円（税込））、
受領いたしました。
適格請求書発行事業者の登録番号（T{_cn}）も確認済みです。

お支払いは6月30日（月）に、ご指定の口座へお振込みいたします。
なお、工事番号 K-R7-044 の追加工事分は別請求でお願いいたします。

{sig("ueda", 1)}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice number and the contractor's own T-number (法人番号): business data, no people",
)

# 016 stop — three external parties in To (association chair on free mail + two contractors)
add(
    id="kouei-016", charset="iso-2022-jp",
    subject="旭東ハイツ 共用灯LED化・植栽剪定 合同説明のご案内",
    sender=frm("murase"),
    to=["葛城 辰雄 <katsuragi.tatsuo@gmail.com>", "西大寺造園 <info@saidaiji-zoen.co.jp>",
        "吉備電工 工事課 <koji@kibi-denko.jp>"],
    body=f"""旭東ハイツ自治会 葛城会長
西大寺造園 ご担当者様
吉備電工 工事課 ご担当者様

お世話になっております。日の出産業 県営住宅管理センターの村瀬です。

7月に予定している共用灯のLED化と植栽剪定について、
作業日が重なるため、合同で現地説明を行いたいと思います。

　日時：6月28日（土）10:00〜11:00
　場所：旭東ハイツ 集会所

高所作業車の配置と、剪定枝の搬出ルートを当日決めたいと考えております。
ご都合をお知らせください。

{sig("murase")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three external parties (a private chair on gmail and two companies) see each other in To",
)

# 017 stop — 社外秘 only in the DOCX header, plain cover mail, to the system vendor
add(
    id="kouei-017", charset="utf-8",
    subject="次期住宅管理システム 要件メモのたたき台",
    sender=frm("nakaya"), to=["森下様 <morishita@tsubasa-system.jp>"],
    body=f"""森下様

お世話になっております。仲矢です。
先日お話しした次期システムの要件について、社内で整理したメモを添付します。
見積りの前提としてご参照ください。来週の定例で意見交換できればと思います。

{sig("nakaya", 1)}
""",
    attachments=[{"kind": "docx", "name": "次期システム要件メモ_v0.3.docx", "page_header": "社外秘",
                  "title": "次期住宅管理システム 要件メモ",
                  "paragraphs": ["次期住宅管理システム 要件メモ（v0.3）", "1. 背景",
                                 "現行システムは2014年導入で、県の様式改正への追随コストが年々増加している。",
                                 "2. 必須要件", "・収入申告と認定の電子化（マイナンバー連携を含む）",
                                 "・滞納管理と督促履歴の一元化", "・修繕受付の外部業者ポータル",
                                 "3. 予算感", "初期費用 4,500万円以内、保守 年600万円以内（社内目標値）"],
                  "tables": [[["項目", "現行", "次期"], ["利用者数", "38", "60"],
                              ["帳票数", "112", "80以下"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attachment's page header carries a 社外秘 stamp; the cover mail itself says nothing",
)

# 018 pass — 社外秘 mentioned, not stamped
add(
    id="kouei-018", charset="iso-2022-jp",
    subject="内部監査結果の概要について",
    sender=frm("fujito"), to=["住宅課 課長補佐 坪井様 <tsuboi-h@pref.okayama.lg.jp>"],
    body=f"""坪井様

いつもお世話になっております。管理センターの藤戸です。

先日お問い合わせのあった当社の内部監査について、報告書そのものは社内規程上
社外秘の扱いとなっており、お送りすることができません。恐縮ですが、
概要を以下にまとめますのでご了承ください。

・指摘事項：3件（いずれも軽微）
　1) 鍵貸出簿の記入漏れ（2件）
　2) 修繕業者への発注書の承認日付の遅れ
　3) 個人情報持出し申請の様式不統一
・改善状況：1)と3)は5月末で是正済み、2)は6月中に手順を改定予定

詳細は次回のモニタリング会議で口頭にてご説明いたします。

{sig("fujito")}
""",
    expect="pass", entities=[], detectors=[],
    note="the word 社外秘 is only mentioned (the report is NOT sent); no marking on the mail itself",
)

# 019 stop — password-protected ZIP (PPAP) to the prefecture
_p = people(6)
add(
    id="kouei-019", charset="iso-2022-jp",
    subject="収入認定資料の送付（パスワード別送）",
    sender=frm("higaki"), to=["住宅課 入居審査班 <nyukyo-shinsa@pref.okayama.lg.jp>"],
    body=f"""入居審査班　ご担当者様

お世話になっております。管理センターの檜垣です。
6月分の収入認定資料を送付します。
ファイルにはパスワードを設定しています。パスワードは別メールでお送りします。

{sig("higaki", 1)}
""",
    attachments=[{"kind": "zip", "name": "shunyu_nintei_202506.zip", "password": "Kn7#r2wQ",
                  "files": [{"kind": "xlsx", "name": "収入認定_6月.xlsx", "sheets": {"6月": [
                      ["部屋", "氏名", "所得月額"]] + [[p["room"], p["name"], RNG.randint(90, 260) * 1000]
                                                       for p in _p]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="an AES-encrypted ZIP with the password sent separately: the attachment cannot be inspected",
)

# 020 pass — internal only: household members with My Numbers in XLSX
_p = people(6)
add(
    id="kouei-020", charset="utf-8",
    subject="収入申告 マイナンバー照会結果（社内確認用）",
    sender=frm("higaki"), to=["岡田 真理子 <okada.mariko@hinode-sangyo.co.jp>"],
    body="""岡田さん

情報連携で取得した世帯員の個人番号と照会結果を添付します。
社内の審査用です。ファイルは確認後、共有フォルダの所定の場所へ移してください。

檜垣
""",
    attachments=[{"kind": "xlsx", "name": "照会結果_0612.xlsx", "sheets": {"照会結果": [
        ["世帯番号", "氏名", "生年月日", "個人番号", "照会結果"]] + [
        [f"H{RNG.randint(1000, 9999)}", p["name"], p["dob_iso"], mynum(),
         RNG.choice(["一致", "一致", "所得情報なし"])] for p in _p]}}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers of six people, but the only recipient is internal",
)

# 021 stop — corrupt XLSX to the contractor
add(
    id="kouei-021", charset="iso-2022-jp",
    subject="修繕依頼一覧（6/12受付分）",
    sender=frm("murase"), to=["旭川設備工業 受付 <uketsuke@asahigawa-setsubi.co.jp>"],
    body=f"""旭川設備工業　受付ご担当者様

お世話になっております。村瀬です。
6/12受付分の修繕依頼一覧を添付します。急ぎの案件は黄色で塗っています。
ご確認のほどよろしくお願いいたします。

{sig("murase", 1)}
""",
    attachments=[{"kind": "corrupt", "name": "修繕依頼一覧_0612.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

# 022 stop — arrears list without a name column, bullets and full-width phones, to the guarantee company
_items = []
for _ in range(6):
    p = person()
    _items.append(f"・{RNG.choice(DANCHI_SHORT)} {zen(p['room'])}　滞納{zen(str(RNG.randint(3, 8)))}か月　"
                  f"連絡先 {zen(p['mobile'])}　勤務先：{RNG.choice(['倉敷市内の食品工場', '介護施設（夜勤あり）', 'タクシー会社', '無職（求職中）', '建設業（日雇い）', 'スーパーのパート'])}")
add(
    id="kouei-022", charset="iso-2022-jp",
    subject="代位弁済請求予定の契約について",
    sender=frm("kojima"), to=["ライフサポート保証 債権管理部 <saiken@lifesupport-hosho.co.jp>"],
    body=f"""株式会社ライフサポート保証
債権管理部　御中

いつもお世話になっております。日の出産業 県営住宅管理センターの児島です。

保証契約のある住戸のうち、今月末で代位弁済請求の要件を満たす見込みのものを
お知らせします（契約番号は別途FAXします）。

""" + "\n".join(_items) + f"""

請求書類は7月10日までに郵送いたします。

{sig("kojima")}
""",
    expect="stop", entities=["PHONE_NUMBER"], detectors=["personal_data"],
    note="six tenants' records (room, arrears, mobile, employer) without a name column: still a list of people",
)

# 023 pass — contractors' switchboards to an association chair on free mail
add(
    id="kouei-023", charset="iso-2022-jp",
    subject="緊急時の連絡先一覧（掲示用）",
    sender=frm("okada"), to=["妹尾 義男 <senoo-y1951@yahoo.co.jp>"],
    body=f"""港南第二住宅自治会
妹尾会長

いつもお世話になっております。管理センターの岡田です。
集会所掲示板用の「緊急時の連絡先一覧」を更新しましたので、お送りします。

　水漏れ・排水詰まり　旭川設備工業（株）　　　　086-244-3170（24時間）
　停電・共用灯　　　　吉備電工（株）　　　　　　086-255-6021
　鍵の紛失　　　　　　ホームガード岡山　　　　　0120-48-1192
　エレベーター停止　　瀬戸内エレベータ保守センター　086-230-7788
　上記以外・平日昼間　県営住宅管理センター　　　086-237-4410

印刷したものは来週の巡回時にお持ちします。

{sig("okada", 1)}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a list of companies' emergency numbers (businesses, not people) to one free-mail recipient",
)

# 024 stop — welfare recipients for proxy rent payment, to the municipal welfare office
_p = people(6)
_t = "\n".join(f"{'K-' + str(RNG.randint(20, 25)) + '-' + str(RNG.randint(1000, 1999)):<11}{p['name']:<10}"
               f"{p['addr']}（{RNG.choice(DANCHI)} {p['room']}）　家賃 {RNG.randint(12, 38) * 1000:,}円"
               for p in _p)
add(
    id="kouei-024", charset="iso-2022-jp",
    subject="住宅扶助 代理納付対象者の確認について",
    sender=frm("kojima"), to=["岡山市 福祉事務所 保護第二課 <hogo2@city.okayama.lg.jp>"],
    body=f"""岡山市福祉事務所 保護第二課
ご担当者様

お世話になっております。県営住宅管理センター 収納対策課の児島です。

7月からの代理納付開始について、当センターで把握している対象者は次のとおりです。
ケース番号と家賃額に誤りがないかご確認ください。

ケース番号  氏名        住所・住戸                           家賃
""" + _t + f"""

確認後、口座振替の停止手続きを進めます。

{sig("kojima", 3)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="six people with welfare case numbers, names and addresses to an outside (municipal) office: a list",
)

# 025 either — one welfare recipient's proxy payment, to the welfare office handling the case
_p = person(1944, 1960)
add(
    id="kouei-025", charset="utf-8",
    subject="代理納付開始のご連絡（{}様）".format(_p["sei"]),
    sender=frm("kojima"), to=["倉敷市 生活福祉課 <seikatsufukushi@city.kurashiki.lg.jp>"],
    body=f"""倉敷市 生活福祉課
担当ケースワーカー 様

お世話になっております。県営住宅管理センターの児島です。

野田川住宅 {_p['room']} の {_p['name']} 様（ケース番号 KR-{RNG.randint(1000, 9999)}）について、
住宅扶助の代理納付を8月分から開始する旨、県から通知を受けました。
7月分までの口座振替は通常どおり行います。

なお、同様の未納が4月・5月分で計52,400円ありますので、
ご本人との分納相談の場にご同席いただけると助かります。

{sig("kojima", 1)}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one named person's welfare (生活保護) status to the office that runs the case: not an APPI special category, but sensitive in practice",
)

# 026 stop — health insurance card symbol/number in running text, to the prefecture
_p = person(1960, 1985)
add(
    id="kouei-026", charset="iso-2022-jp",
    subject="扶養認定の確認（清音台住宅 入居予定者）",
    sender=frm("higaki"), to=["住宅課 入居審査班 <nyukyo-shinsa@pref.okayama.lg.jp>"],
    body=f"""入居審査班　ご担当者様

お世話になっております。檜垣です。

清音台住宅の入居予定者 {_p['name']} 様の扶養認定について、
ご提出いただいた健康保険被保険者証の写しでは、
記号 {RNG.randint(10000, 99999)}　番号 {RNG.randint(10, 999)} で、被扶養者欄に
お母様のお名前がありません。

ご本人によると、今年度から国民健康保険に切り替えたとのことでした。
扶養親族として認定してよいか、ご判断をお願いします。

{sig("higaki", 1)}
""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME"], detectors=["personal_data"],
    note="a named applicant's health insurance card symbol and number (identity document) to the prefecture",
)

# 027 pass — two external organisations in To
add(
    id="kouei-027", charset="iso-2022-jp",
    subject="汐見台住宅 外壁改修 工程打合せの日程",
    sender=frm("murase"),
    to=["住宅課 営繕班 安東様 <ando-k@pref.okayama.lg.jp>", "日下部様 <kusakabe@mimasaka-kenso.co.jp>"],
    cc=["藤戸 昭 <fujito.akira@hinode-sangyo.co.jp>"],
    body=f"""住宅課 営繕班 安東様
美作建装 日下部様

お世話になっております。管理センターの村瀬です。

汐見台住宅の外壁改修について、足場計画と工程の打合せを行いたく、
下記の候補日からご都合をお知らせください。

　① 6月17日（火）14:00〜
　② 6月19日（木）10:00〜
　③ 6月20日（金）15:00〜

場所は当センター会議室を予定しています。

{sig("murase")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations plus an internal Cc",
)

# 028 stop — residence card number of a foreign applicant, to an interpreting NPO
add(
    id="kouei-028", charset="utf-8",
    subject="通訳派遣のお願い（入居説明）",
    sender=frm("higaki"), to=["岡山多文化共生ネット 派遣窓口 <haken@okayama-tabunka.or.jp>"],
    body=f"""岡山多文化共生ネット
派遣窓口　ご担当者様

お世話になっております。日の出産業 県営住宅管理センターの檜垣です。

7月から港南第二住宅に入居予定のベトナム国籍の方への入居説明に、
ベトナム語の通訳をお願いしたく、ご連絡しました。

　入居予定者：グエン・ティ・ラン（NGUYEN THI LAN）様
　在留カード番号：{RNG.choice('ABCDEFGHJK')}{RNG.choice('LMNPQRSTUV')}{RNG.randint(10000000, 99999999)}{RNG.choice('ABCDE')}{RNG.choice('FGHJK')}
　在留資格：技術・人文知識・国際業務（在留期限 2027年3月）
　日時：6月27日（金）13:30〜15:00
　場所：県営住宅管理センター 相談室

派遣料の請求先は当センターでお願いします。

{sig("higaki")}
""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a named person's residence card number (identity document) to an outside NPO",
)

# 029 stop — HTML-only mail with a table of residents for the fire-alarm inspection
_p = people(8)
_tr = "".join(f"<tr><td>{p['room']}</td><td>{p['name']}</td><td>{p['mobile'] if i % 2 else p['tel']}</td>"
              f"<td>6/{RNG.randint(16, 21)} {RNG.choice(['午前', '午後', '18時以降'])}</td></tr>"
              for i, p in enumerate(_p))
add(
    id="kouei-029", charset="utf-8",
    subject="火災報知器点検 立会い予定（清音台住宅）",
    sender=frm("murase"), to=["吉備電工 点検課 <tenken@kibi-denko.jp>"],
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>吉備電工株式会社<br>点検課 ご担当者様</p>
<p>いつもお世話になっております。県営住宅管理センターの村瀬です。</p>
<p>清音台住宅の住宅用火災警報器 点検で、立会いを希望された入居者の一覧です。<br>
当日は下記の時間帯に訪問をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#ddeeff"><th>部屋</th><th>入居者</th><th>連絡先</th><th>希望日時</th></tr>
{_tr}
</table>
<p>不在の場合は、ポストに不在票を入れてください。</p>
<p>--<br>日の出産業（株）県営住宅管理センター<br>修繕計画課 村瀬 拓也<br>TEL 086-237-4410</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail whose table lists eight residents with phone numbers, to a contractor",
)

# 030 pass — HTML-only newsletter schedule to an association chair on free mail
add(
    id="kouei-030", charset="utf-8",
    subject="団地だより 7月号の行事予定（ご確認ください）",
    sender=frm("okada"), to=["赤木 静枝 <akagi.shizue55@gmail.com>"],
    html=f"""<html><body>
<p>鶴見坂住宅自治会<br>赤木会長</p>
<p>いつもお世話になっております。管理センターの岡田です。<br>
団地だより7月号に載せる行事予定を表にしました。日付や時間に誤りがないかご確認ください。</p>
<table border="1" cellpadding="3">
<tr><th>日付</th><th>行事</th><th>場所</th><th>担当</th></tr>
<tr><td>7/6（日）</td><td>一斉清掃</td><td>団地全体</td><td>自治会</td></tr>
<tr><td>7/12（土）</td><td>排水管清掃（1〜3号棟）</td><td>各住戸</td><td>旭川設備工業</td></tr>
<tr><td>7/19（土）</td><td>夏まつり準備会</td><td>集会所</td><td>自治会</td></tr>
<tr><td>7/26（土）</td><td>夏まつり</td><td>中央広場</td><td>自治会・子ども会</td></tr>
<tr><td>7/30（水）</td><td>管理センター出張相談</td><td>集会所</td><td>管理センター</td></tr>
</table>
<p>7月14日までにお返事をいただければ、月末の配布に間に合います。</p>
<p>岡田 真理子<br>日の出産業（株）県営住宅管理センター 086-237-4410</p>
</body></html>""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="an HTML table of events (no people's data) to one free-mail recipient",
)

# 031 stop — PDF of emergency contacts, to the disaster-prevention contractor
_p = people(10)
_tab = [["部屋", "入居者", "緊急連絡先", "続柄", "電話"]]
for p in _p:
    k = person()
    _tab.append([p["room"], p["name"], k["name"], RNG.choice(["長男", "長女", "弟", "妹", "次女", "甥"]), k["mobile"]])
add(
    id="kouei-031", charset="iso-2022-jp",
    subject="避難訓練用 緊急連絡先一覧（港南第二住宅）",
    sender=frm("miyake"), to=["瀬戸内防災サービス 訓練担当 <kunren@setouchi-bousai.co.jp>"],
    body=f"""瀬戸内防災サービス株式会社
訓練担当　ご担当者様

お世話になっております。県営住宅管理センター 生活支援グループの三宅です。
9月の総合避難訓練で安否確認の手順を試行するため、
要支援世帯の緊急連絡先一覧（PDF）を添付します。

{sig("miyake")}
""",
    attachments=[{"kind": "pdf", "name": "港南第二_緊急連絡先一覧.pdf", "title": "緊急連絡先一覧",
                  "lines": ["港南第二住宅 要支援世帯 緊急連絡先一覧（令和7年6月現在）", ""], "table": _tab}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a PDF table of ten residents with their relatives' names and phones, to a contractor",
)

# 032 stop — forward of the prefecture's mail mentioning a mental disability certificate, to the council
_p = person(1970, 1990)
add(
    id="kouei-032", charset="iso-2022-jp",
    subject="FW: 入居承継申請の件（野田川住宅 4-201）",
    sender=frm("miyake"), to=["県社協 地域福祉課 <chiiki@okayama-kenshakyo.or.jp>"],
    body=f"""県社協 地域福祉課
ご担当者様

三宅です。先日ご相談した件、県からの連絡を転送します。
日常生活自立支援事業の利用について、ご検討いただけますと幸いです。

-------- 転送メッセージ --------
差出人: 住宅課 河合 <kawai-n@pref.okayama.lg.jp>
送信日時: 2025年6月10日 16:42
宛先: 三宅 由紀 <miyake.yuki@kouei.hinode-sangyo.co.jp>
件名: 入居承継申請の件（野田川住宅 4-201）

三宅様

野田川住宅 4-201 の名義人死亡に伴う承継申請について、
申請者の {_p['name']} 様（名義人の長男）は精神障害者保健福祉手帳2級をお持ちで、
承継の要件は満たしています。

ただ、家賃の支払管理に不安があるとのことなので、
社協の金銭管理サービスにつなげていただけないでしょうか。

住宅課 河合
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward (new text to its recipient) naming a person with a mental disability certificate, to an outside council",
)

# 033 pass — the contractor's price list sent back with comments
add(
    id="kouei-033", charset="utf-8",
    subject="Re: 令和7年度 修繕単価表（改定案）",
    sender=frm("murase"), to=["美作建装 積算課 <sekisan@mimasaka-kenso.co.jp>"],
    body=f"""美作建装 積算課 ご担当者様

お世話になっております。村瀬です。
単価表の改定案、拝見しました。県と協議した結果を「協議結果」列に入れてお返しします。
黄色の行（クロス張替え、CF張替え）は据え置きでお願いします。

{sig("murase", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "修繕単価表_R7_協議結果.xlsx", "sheets": {
        "単価表": [["令和7年度 県営住宅 修繕単価表（改定案）"], ["部材コード", "品名", "単位", "現行単価", "改定案", "協議結果"],
                 ["KC-101", "クロス張替え（量産品）", "㎡", 1050, 1150, "据置"],
                 ["KC-114", "CF張替え", "㎡", 2400, 2650, "据置"],
                 ["TA-201", "畳表替え", "枚", 5200, 5600, "承認"],
                 ["FS-310", "襖張替え（片面）", "枚", 3100, 3300, "承認"],
                 ["SE-402", "混合水栓交換", "箇所", 24000, 26500, "承認"],
                 ["DE-518", "コンセント交換", "箇所", 3800, 4100, "再提示"]],
        "備考": [["改定理由", "資材価格の上昇（前年比+8%）"]]}}],
    expect="pass", entities=[], detectors=[],
    note="a price list with product codes (business data) to a contractor",
)

# 034 stop — three building representatives (private persons) in To
add(
    id="kouei-034", charset="iso-2022-jp",
    subject="草刈り作業日の調整について",
    sender=frm("okada"),
    to=["時実 茂 <tokizane.s@docomo.ne.jp>", "光畑 久美子 <kumiko.mitsuhata@yahoo.co.jp>",
        "角南 誠 <sunami.makoto77@gmail.com>"],
    body=f"""1号棟 時実様、2号棟 光畑様、3号棟 角南様

いつもお世話になっております。管理センターの岡田です。
桃が丘団地の草刈り作業について、業者の都合で7月5日（土）から
7月12日（土）に変更になりました。
各棟の掲示と、棟内の皆様への周知をお願いできますでしょうか。

雨天の場合は7月13日（日）に順延します。

{sig("okada", 1)}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons (each a party) on free/carrier mail see each other's addresses in To: should be Bcc",
)

# 035 stop — bank accounts for direct debit, UTF-8 CSV, to the partner bank
_p = people(9)
_rows = [["金融機関コード", "支店コード", "預金種目", "口座番号", "口座名義（カナ）", "引落金額", "顧客番号"]]
for p in _p:
    _rows.append(["0999", f"{RNG.randint(100, 480):03d}", "1", f"{RNG.randint(1000000, 9999999)}",
                  p["kana"].replace(" ", "　"), RNG.randint(15, 48) * 1000 + 500, f"KJ{RNG.randint(100000, 999999)}"])
add(
    id="kouei-035", charset="utf-8",
    subject="口座振替 新規登録分データ（6月受付）",
    sender=frm("kojima"), to=["みどり銀行 事務センター <jimu-center@midori-ginko.co.jp>"],
    body=f"""みどり銀行 事務センター　ご担当者様

お世話になっております。日の出産業 県営住宅管理センターの児島です。
6月に受け付けた口座振替の新規登録分（9件）のデータを添付します。
書面の依頼書原本は本日発送しました。

{sig("kojima", 1)}
""",
    attachments=[{"kind": "csv", "name": "furikae_shinki_202506.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["JP_BANK_ACCOUNT", "PERSON_NAME"], detectors=["personal_data"],
    note="nine tenants' bank accounts with account-holder names in a CSV to the (partner) bank",
)

# 036 pass — association chairs in Bcc, To to self
add(
    id="kouei-036", charset="iso-2022-jp",
    subject="【自治会長の皆様へ】共益費の集金方法に関するアンケート",
    sender=frm("okada"), to=["岡田 真理子 <okada.mariko@hinode-sangyo.co.jp>"],
    bcc=["葛城 辰雄 <katsuragi.tatsuo@gmail.com>", "妹尾 義男 <senoo-y1951@yahoo.co.jp>",
         "赤木 静枝 <akagi.shizue55@gmail.com>", "江尻 勝 <ejiri-m@ezweb.ne.jp>"],
    body=f"""各団地 自治会長の皆様

いつもお世話になっております。県営住宅管理センターの岡田です。
（このメールはBCCで一斉送信しています）

共益費の集金について、口座振替への切替えを検討している自治会が増えています。
現在の集金方法とお困りのことを、7月15日までに下記のフォームからお知らせください。

　https://forms.hinode-sangyo.co.jp/kouei/kyoekihi

紙での回答をご希望の場合は、巡回時に用紙をお渡しします。

{sig("okada")}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="private recipients are in Bcc and cannot see each other; only free-mail warnings apply",
)

# 037 stop — a credit card number in the body, to the payment processor
_p = person(1960, 1990)
_cc = cardnum()
add(
    id="kouei-037", charset="iso-2022-jp",
    subject="駐車場使用料 カード決済の手動処理依頼",
    sender=frm("ueda"), to=["ペイゲート 加盟店サポート <support@paygate-kessai.co.jp>"],
    body=f"""ペイゲート株式会社
加盟店サポート　ご担当者様

いつもお世話になっております。日の出産業（加盟店番号 HN-40218）の植田です。

駐車場使用料の継続課金で、カード更新により決済エラーとなった契約者について、
ご本人から電話で新しいカード情報を伺いました。手動での再決済をお願いします。

　契約者　：{_p['ROMA']}
　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：{RNG.randint(1, 12):02d}/{RNG.randint(27, 30)}
　金額　　：7,700円（6月分）

{sig("ueda", 1)}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full credit card number with the holder's name in the body to an outside processor",
)

# 038 stop — a DV victim named in running text, to the locksmith
_p = person(1980, 1995)
add(
    id="kouei-038", charset="utf-8",
    subject="【至急】鍵交換のお願い（旭東ハイツ）",
    sender=frm("miyake"), to=["ホームガード岡山 <order@homeguard-okayama.com>"],
    body=f"""ホームガード岡山　ご担当者様

いつもお世話になっております。県営住宅管理センターの三宅です。
至急の鍵交換をお願いします。

旭東ハイツ {_p['room']} の {_p['name']} 様は、元配偶者からのDV被害を受けて
先月こちらに避難入居された方です。昨日、元配偶者らしき人物が団地内で
目撃されたため、本日中にシリンダー交換と補助錠の取付けをお願いしたいです。

作業の際は、ご本人が在宅していることを外部に知られないよう、
社名の入った車両は棟の前に停めないでください。

{sig("miyake", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named resident described as a DV (crime) victim, to a locksmith: special-care data of one person",
)

# 039 pass — English mail to a foreign software partner
add(
    id="kouei-039", charset="utf-8",
    subject="Demo of the tenant portal — proposed dates",
    sender=frm("nakaya"), to=["Priya Raman <priya.raman@propnest.com.sg>"],
    body=f"""Dear Ms Raman,

Thank you for the call last week. We would like to see a demo of the PropNest tenant
portal, in particular the repair-request workflow with contractor assignment and the
rent-arrears dashboard.

Could one of these slots work for you (all times JST)?
  - Tue 24 June, 10:00-11:30
  - Thu 26 June, 16:00-17:30
  - Mon 30 June, 10:00-11:30

Please use demo data only; we cannot share any tenant data before a data processing
agreement is in place with the prefecture.

Best regards,
{sig("nakaya", 2)}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary English mail to a foreign partner, no personal data",
)

# 040 stop — English: a passport number and birth date of an incoming resident
_dob = (1991, RNG.randint(1, 12), RNG.randint(1, 28))
add(
    id="kouei-040", charset="utf-8",
    subject="Move-in support for Mr Ramos — unit 3-204, Konan Daini",
    sender=frm("higaki"), to=["Relocation Desk <desk@asiamove-relocation.com>"],
    body=f"""Dear Relocation Desk,

This is Higaki from the Prefectural Housing Management Centre (Hinode Sangyo).
Your client will move into prefectural housing next month. To issue the keys we need
the following details confirmed; please check and reply by 20 June.

  Name:          RAMOS, Gabriel Luis
  Date of birth: {_dob[2]:02d}/{_dob[1]:02d}/{_dob[0]}
  Passport No.:  P{RNG.randint(1000000, 9999999)}A (Philippines)
  Unit:          Konan Daini Housing 3-204
  Move-in date:  1 July 2025

The rent will be debited from a Japanese bank account; the account transfer form is
available in English at our office.

Kind regards,
{sig("higaki", 2)}
""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named person's passport number and date of birth to an outside relocation agency",
)

# 041 stop — XLSX, several sheets, title row, 和暦 birth dates, to the prefecture
def _survey_sheet(n: int, danchi: str) -> list:
    rows = [[f"県営{danchi} 入居者実態調査（令和7年度）"], ["部屋", "世帯主", "生年月日", "世帯人数", "就労状況", "収入区分"]]
    for _ in range(n):
        p = person(1938, 1990)
        rows.append([p["room"], p["name"], wareki(*p["dob"], style=RNG.choice([0, 1])), RNG.randint(1, 5),
                     RNG.choice(["年金", "正規", "非正規", "無職", "自営"]), RNG.choice(["1", "2", "3", "4", "5"])])
    return rows


add(
    id="kouei-041", charset="iso-2022-jp",
    subject="入居者実態調査 集計前データの提出",
    sender=frm("okada"), to=["住宅課 管理班 <kanri-han@pref.okayama.lg.jp>"],
    body=f"""住宅課 管理班　ご担当者様

お世話になっております。管理センターの岡田です。
入居者実態調査について、回答のあった世帯の集計前データを団地別シートで提出します。
残りの団地は来週中にお送りします。

{sig("okada")}
""",
    attachments=[{"kind": "xlsx", "name": "実態調査_集計前_第1回.xlsx", "sheets": {
        "汐見台": _survey_sheet(6, "汐見台住宅"), "鶴見坂": _survey_sheet(5, "鶴見坂住宅"),
        "メモ": [["収入区分は公営住宅法施行令の区分による"]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="an XLSX with two sheets of heads of household with 和暦 birth dates and income class, to the prefecture",
)

# 042 pass — reply quoting (Original Message) the contractor's own list of residents
_p = people(6)
_q = "\n".join(f"{p['room']}　{p['name']}様　{p['mobile']}　{RNG.choice(['不在', '作業済', '拒否', '不在'])}" for p in _p)
add(
    id="kouei-042", charset="iso-2022-jp",
    subject="RE: 排水管清掃 未実施住戸のご報告",
    sender=frm("murase"), to=["旭川設備工業 工事部 石井様 <k.ishii@asahigawa-setsubi.co.jp>"],
    body=f"""石井様

ご報告ありがとうございます。
未実施の住戸には当センターから再訪問日のお知らせを投函します。
再作業は7月26日（土）で調整をお願いします。

村瀬

-----Original Message-----
From: 石井 和也 <k.ishii@asahigawa-setsubi.co.jp>
Sent: Friday, June 13, 2025 5:12 PM
To: 村瀬 拓也 <murase.takuya@hinode-sangyo.co.jp>
Subject: 排水管清掃 未実施住戸のご報告

村瀬様

汐見台住宅の排水管清掃で、作業できなかった住戸は以下のとおりです。

{_q}

ご確認よろしくお願いします。
石井
""",
    expect="pass", entities=[], detectors=[],
    note="the residents' list is only in the quoted original from the recipient himself; new text is clean",
)

# 043 stop — plain ZIP with a CSV of residents moving out (forwarding addresses), to the inspection contractor
_p = people(7)
_rows = [["退去日", "団地", "部屋", "氏名", "転居先住所", "連絡先"]]
for p in _p:
    _rows.append([f"2025/07/{RNG.randint(1, 31):02d}", RNG.choice(DANCHI), p["room"], p["name"], p["addr"], p["mobile"]])
add(
    id="kouei-043", charset="utf-8",
    subject="7月 退去立会い予定の送付",
    sender=frm("okada"), to=["吉備リフォーム 原状回復課 <genjo@kibi-reform.co.jp>"],
    body=f"""吉備リフォーム株式会社
原状回復課　ご担当者様

お世話になっております。管理センターの岡田です。
7月の退去立会い予定をまとめたファイルをお送りします（ZIPにまとめています）。
敷金精算の書類は転居先へ郵送しますので、立会い時に住所の最終確認をお願いします。

{sig("okada", 1)}
""",
    attachments=[{"kind": "zip", "name": "taikyo_202507.zip", "files": [
        {"kind": "csv", "name": "taikyo_tachiai_202507.csv", "encoding": "cp932", "rows": _rows},
        {"kind": "txt", "name": "readme.txt", "text": "立会い時は鍵3本の返却を確認すること。"}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a CSV inside a plain ZIP with seven tenants' forwarding addresses and phones, to a contractor",
)

# 044 stop — 【取扱注意】 in the subject, to a consultant
add(
    id="kouei-044", charset="iso-2022-jp",
    subject="【取扱注意】指定管理者モニタリング評価（県評価シート写し）",
    sender=frm("fujito"), to=["中国経営監査 コンサルティング部 平井様 <hirai@chugoku-kansa.co.jp>"],
    body=f"""中国経営監査株式会社
平井様

お世話になっております。日の出産業の藤戸です。

次期指定管理の申請に向けたご支援の件、県から返却された昨年度の
モニタリング評価の内容を以下に記載します。

　総合評価：B（前年度A）
　減点項目：滞納整理の進捗（収納率 96.1% → 目標 97.0%）
　　　　　　修繕依頼への初動対応（48時間以内着手率 82%）
　加点項目：高齢者見守り事業、自治会支援

申請書の改善ポイントについて、来週ご意見をいただければ幸いです。

{sig("fujito", 1)}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the subject carries a 【取扱注意】 classification and the mail goes to an outside consultant",
)

# 045 pass — discussing the confidentiality clause of a contract
add(
    id="kouei-045", charset="iso-2022-jp",
    subject="修繕業務委託契約書 第12条（機密保持）の修正について",
    sender=frm("ueda"), to=["美作建装 総務部 <soumu@mimasaka-kenso.co.jp>"],
    body=f"""美作建装株式会社
総務部　ご担当者様

お世話になっております。日の出産業 総務課の植田です。

令和7年度の修繕業務委託契約書について、第12条（機密保持）の文言を
県の指定管理協定に合わせて次のように修正したいと考えております。

　現行：乙は、本業務で知り得た甲の機密情報を第三者に漏らしてはならない。
　修正案：乙は、本業務で知り得た甲及び入居者に関する情報を、甲の書面による承諾なく
　　　　　第三者に開示又は漏えいしてはならない。本契約終了後も同様とする。

あわせて、再委託先にも同等の義務を課す旨の条項を追加します。
ご確認のうえ、ご意見をお聞かせください。

{sig("ueda")}
""",
    expect="pass", entities=[], detectors=[],
    note="talk about a contract's confidentiality clause; 機密 is a topic, not a marking",
)

# 046 stop — basic pension number of an elderly resident, to the prefecture
_p = person(1940, 1955)
add(
    id="kouei-046", charset="utf-8",
    subject="年金収入の認定について（鶴見坂住宅）",
    sender=frm("higaki"), to=["入居審査班 <nyukyo-shinsa@pref.okayama.lg.jp>"],
    body=f"""入居審査班　ご担当者様

檜垣です。鶴見坂住宅 {_p['room']} の {_p['name']} 様（{_p['age']}歳）の年金収入について確認させてください。

提出された年金振込通知書は2か所からで、
　・老齢基礎年金（基礎年金番号 {RNG.randint(1000, 9999)}-{RNG.randint(100000, 999999)}）
　・遺族厚生年金
の合計で年額 1,482,300円です。遺族年金は非課税所得のため、認定上は除外する扱いで
よろしいでしょうか。

{sig("higaki", 1)}
""",
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="a named resident's basic pension number (social insurance number) to the prefecture",
)

# 047 stop — driver's licence number of a parking applicant, to the parking operator
_p = person(1965, 1995)
add(
    id="kouei-047", charset="iso-2022-jp",
    subject="駐車場契約者の本人確認について",
    sender=frm("okada"), to=["パークワン中国 管理部 <kanri@parkone-chugoku.co.jp>"],
    body=f"""パークワン中国 管理部 御中

お世話になっております。岡田です。

桃が丘団地 B-17 区画の新規契約者について、車検証の使用者名と契約者名が
異なっていたため、運転免許証で本人確認を行いました。

　契約者：{_p['name']}（{_p['kana']}）
　運転免許証番号：第{RNG.randint(5, 6)}{RNG.randint(10000000000, 99999999999)}号
　車検証の使用者：勤務先の法人名義（社用車の持帰り）

勤務先の使用承諾書も受領済みです。契約手続きを進めてください。

{sig("okada", 1)}
""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME"], detectors=["personal_data"],
    note="a named person's driving licence number to the parking operator",
)

# 048 pass — tracking numbers for master keys
add(
    id="kouei-048", charset="iso-2022-jp",
    subject="マスターキー返送のお知らせ（追跡番号）",
    sender=frm("ueda"), to=["ホームガード岡山 <order@homeguard-okayama.com>"],
    body=f"""ホームガード岡山　ご担当者様

お世話になっております。植田です。
点検のためお預かりしていたマスターキー（港南第二住宅 1〜4号棟分）を本日返送しました。

　運送会社：青葉運輸
　お問合せ番号：4418-2207-6631、4418-2207-6642（2個口）
　到着予定：6月18日（水）午前

到着後、鍵番号 MK-KN-01〜MK-KN-04 の受領確認をお願いします。

{sig("ueda", 1)}
""",
    expect="pass", entities=[], detectors=[],
    note="tracking numbers and key numbers: business data only",
)

# 049 stop — look-alike of the partner law firm's domain, one tenant's arrears and address
_p = person()
add(
    id="kouei-049", charset="iso-2022-jp",
    subject="明渡請求 訴状案の資料送付",
    sender=frm("kojima"), to=["白川法律事務所 <office@shirakawa-law.co.jp>"],
    body=f"""白川法律事務所　御中

お世話になっております。日の出産業 県営住宅管理センターの児島です。
明渡請求の訴状案作成のため、被告となる契約者の情報をお送りします。

　契約者：{_p['name']}
　住所　：{_p['addr']}
　滞納額：683,500円（令和5年10月分〜令和7年5月分）

催告書の控えは本日郵送いたしました。

{sig("kojima")}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-law.co.jp is a look-alike (added co.) of the partner shirakawa-law.jp",
)

# 050 stop — a resident's arrest (criminal record) to the prefecture and the lawyer
_p = person(1975, 1995)
add(
    id="kouei-050", charset="iso-2022-jp",
    subject="入居者の逮捕報道について（対応協議）",
    sender=frm("fujito"),
    to=["住宅課 坪井様 <tsuboi-h@pref.okayama.lg.jp>"],
    cc=["白川 俊介 <s.shirakawa@shirakawa-law.jp>"],
    body=f"""住宅課 坪井様
（cc：白川法律事務所 白川先生）

お世話になっております。管理センターの藤戸です。

本日の地元紙で報じられた覚醒剤取締法違反の逮捕事案について、
被疑者は港南第二住宅 {_p['room']} の名義人 {_p['name']} 様（{_p['age']}歳）であることを確認しました。
同居の母親から、当センターに相談の電話がありました。

暴力団排除条項には該当しない見込みですが、
今後の契約解除の可否について、県と顧問弁護士のご意見を伺いたく存じます。

{sig("fujito")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "multiple_external_domains"],
    note="a named resident's arrest (criminal record, 要配慮) to two outside organisations",
)

# 051 pass — reply to one applicant on free mail
add(
    id="kouei-051", charset="iso-2022-jp",
    subject="Re: 抽選日について",
    sender=frm("higaki"), to=["ukita.yukari@yahoo.co.jp"],
    body=f"""浮田 様

お問い合わせありがとうございます。県営住宅管理センターの檜垣です。

6月定期募集の公開抽選は、6月18日（水）10時から、
岡山県庁分庁舎 2階 会議室で行います。
抽選会への出席は任意で、結果は6月20日頃に郵送でお知らせします。

お申込みの受付番号は R7-0428 です。お問い合わせの際にお伝えください。

{sig("higaki", 3)}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a reply to one applicant on free mail with her own receipt number: no list, one party",
)

# 052 stop — DOCX table of association officers, to the chair on free mail
_p = people(7)
_roles = ["会長", "副会長", "副会長", "会計", "書記", "監事", "環境部長"]
add(
    id="kouei-052", charset="utf-8",
    subject="自治会役員名簿（県提出用に整えたもの）",
    sender=frm("okada"), to=["葛城 辰雄 <katsuragi.tatsuo@gmail.com>"],
    body=f"""葛城会長

いつもお世話になっております。岡田です。
先日お預かりした役員名簿を、県に提出する様式に整えました。
お名前の漢字や電話番号に誤りがないか、ご確認いただけますでしょうか。

{sig("okada", 1)}
""",
    attachments=[{"kind": "docx", "name": "旭東ハイツ自治会_役員名簿_R7.docx",
                  "paragraphs": ["旭東ハイツ自治会 役員名簿（令和7年度）", "任期：令和7年4月1日〜令和8年3月31日"],
                  "tables": [[["役職", "氏名", "部屋", "電話"]] +
                             [[r, p["name"], p["room"], p["mobile"] if i % 2 else p["tel"]]
                              for i, (r, p) in enumerate(zip(_roles, _p))]]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="a DOCX table of seven officers with phones sent to a free-mail address: a list of people",
)

# 053 stop — a resident's stroke and hospitalisation, to a relative on free mail
_p = person(1938, 1948)
add(
    id="kouei-053", charset="iso-2022-jp",
    subject="お母様の救急搬送について（県営住宅管理センター）",
    sender=frm("miyake"), to=[f"{_p['sei']} 直美 <naomi.{RNG.randint(100, 999)}@gmail.com>"],
    body=f"""{_p['sei']} 直美 様

突然のご連絡失礼いたします。県営住宅管理センター 生活支援グループの三宅です。
お母様の{_p['name']}様について、ご報告です。

本日午前、見守り訪問の際に応答がなく、鍵を開けて入室したところ、
居間で倒れておられるのを発見し、救急搬送となりました。
搬送先の岡山中央病院で脳梗塞と診断され、現在入院中です。

ご家族様の緊急連絡先としてお電話しましたがつながらなかったため、
ご登録のメールアドレスにご連絡しました。
病院の連絡先は地域医療連携室 086-225-7130（代表）です。

{sig("miyake")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a named resident's diagnosis (脳梗塞) and hospitalisation sent to a free-mail address: health data of one person",
)

# 054 pass — a public recruitment leaflet PDF to the printer
add(
    id="kouei-054", charset="iso-2022-jp",
    subject="8月定期募集 募集案内の入稿データ",
    sender=frm("higaki"), to=["錦印刷 営業部 松浦様 <matsuura@nishiki-insatsu.co.jp>"],
    body=f"""錦印刷株式会社
松浦様

お世話になっております。檜垣です。
8月定期募集の募集案内（A4・4ページ）の入稿データをお送りします。
部数は前回と同じ3,000部、納期は7月25日でお願いします。

{sig("higaki", 1)}
""",
    attachments=[{"kind": "pdf", "name": "募集案内_R7_08.pdf", "title": "県営住宅 入居者募集案内",
                  "lines": ["岡山県営住宅 入居者募集のご案内（令和7年8月定期募集）",
                            "受付期間：8月1日（金）〜8月12日（火）",
                            "申込資格：県内に住所又は勤務場所を有すること、住宅に困窮していること 等",
                            "収入基準：月額158,000円以下（裁量階層は214,000円以下）",
                            "お問い合わせ：県営住宅管理センター 086-237-4410（平日9時〜17時）"],
                  "table": [["団地名", "間取り", "家賃（目安）", "募集戸数"],
                            ["汐見台住宅", "3DK", "18,600〜36,500円", "4"],
                            ["桃が丘団地", "2LDK", "21,200〜41,700円", "6"],
                            ["清音台住宅", "3DK", "15,900〜31,300円", "2"]]}],
    expect="pass", entities=[], detectors=[],
    note="a public recruitment leaflet (PDF) with the centre's own number: no personal data",
)

# 055 stop — 【部外秘】 classification line at the top of the body, to the printer
add(
    id="kouei-055", charset="iso-2022-jp",
    subject="家賃改定のお知らせ文（校正依頼）",
    sender=frm("kojima"), to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    body=f"""【部外秘】県公表前のため取扱いにご注意ください

錦印刷株式会社 制作部 御中

お世話になっております。児島です。
10月の家賃改定に伴う入居者向けお知らせ文の校正をお願いします。

　・近傍同種家賃の見直しにより、全団地平均で月額 1,240円の引上げ
　・激変緩和措置として3年間の段階的引上げ
　・県の公表は8月1日を予定

文面の確定は県の公表後になります。版下の作成までお願いします。

{sig("kojima", 1)}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the body opens with a 【部外秘】 classification line, and the mail goes to an outside printer",
)

# 056 stop — password-protected PDF to an applicant on free mail
add(
    id="kouei-056", charset="iso-2022-jp",
    subject="入居決定通知書の送付（電子版）",
    sender=frm("higaki"), to=["tokizane-chihiro@yahoo.co.jp"],
    body=f"""時実 千尋 様

県営住宅管理センターの檜垣です。
ご希望により、入居決定通知書の電子版をお送りします。
PDFにはパスワードを設定しています。パスワードはお申込み時の受付番号（半角）です。
原本は本日郵送いたしました。

{sig("higaki", 1)}
""",
    attachments=[{"kind": "pdf", "name": "nyukyo_kettei_R7-0391.pdf", "password": "R70391",
                  "lines": ["入居決定通知書", "あなたの県営住宅への入居を決定しました。"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="an encrypted PDF cannot be inspected (and the recipient is on free mail)",
)

# 057 pass — aggregated statistics to the prefecture
add(
    id="kouei-057", charset="iso-2022-jp",
    subject="5月末 収納状況の報告",
    sender=frm("kojima"), to=["住宅課 管理班 <kanri-han@pref.okayama.lg.jp>"],
    body=f"""住宅課 管理班　ご担当者様

お世話になっております。児島です。5月末時点の収納状況をご報告します。

団地名        調定額(千円)  収入額(千円)  収納率   滞納世帯数
------------  ------------  ------------  -------  ----------
汐見台住宅           6,842         6,611    96.6%          11
桃が丘団地           9,120         8,702    95.4%          19
吉備ノ里住宅         2,215         2,190    98.9%           2
旭東ハイツ           5,031         4,797    95.3%          13
野田川住宅           3,904         3,801    97.4%           6
------------  ------------  ------------  -------  ----------
合計                27,112        26,101    96.3%          51

前月比で滞納世帯数が4世帯減少しました。

{sig("kojima", 1)}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregated arrears figures per estate: a padded table, but no people",
)

# 058 pass — waiting-list order by receipt number only
_nums = sorted(RNG.sample(range(10, 480), 8))
add(
    id="kouei-058", charset="utf-8",
    subject="公開抽選結果（補欠順位）の報告",
    sender=frm("higaki"), to=["入居審査班 <nyukyo-shinsa@pref.okayama.lg.jp>"],
    body=f"""入居審査班　ご担当者様

お世話になっております。檜垣です。
6月18日の公開抽選の結果、補欠順位は次のとおりとなりました（受付番号のみ記載）。

""" + "\n".join(f"・補欠{i + 1}位　受付番号 R7-{n:04d}" for i, n in enumerate(RNG.sample(_nums, 8))) + f"""

当選者・補欠者への通知は6月20日に発送予定です。
抽選立会人の署名簿は原本を郵送します。

{sig("higaki", 1)}
""",
    expect="pass", entities=[], detectors=[],
    note="a bulleted list of receipt numbers only: no name, contact or attribute of a person",
)

# 059 stop — three external organisations in To
add(
    id="kouei-059", charset="iso-2022-jp",
    subject="県営住宅 見守り連絡会議（第2回）の開催について",
    sender=frm("miyake"),
    to=["住宅課 河合様 <kawai-n@pref.okayama.lg.jp>",
        "倉敷市 生活福祉課 <seikatsufukushi@city.kurashiki.lg.jp>",
        "県社協 地域福祉課 <chiiki@okayama-kenshakyo.or.jp>"],
    body=f"""関係各位

お世話になっております。日の出産業 県営住宅管理センターの三宅です。
第2回 県営住宅見守り連絡会議を下記のとおり開催します。

　日時：7月9日（水）14:00〜16:00
　場所：県営住宅管理センター 会議室（表町センタービル5F）
　議題：1) 高齢単身世帯の見守り状況
　　　　2) 孤立死防止の通報フローの見直し
　　　　3) 夏季の熱中症対策

ご出欠を7月2日までにお知らせください。

{sig("miyake")}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To: should have been Bcc",
)

# 060 pass — XLSX repair plan to the prefecture
add(
    id="kouei-060", charset="iso-2022-jp",
    subject="令和8年度 計画修繕（案）の提出",
    sender=frm("murase"), to=["住宅課 営繕班 安東様 <ando-k@pref.okayama.lg.jp>"],
    body=f"""安東様

お世話になっております。村瀬です。
令和8年度の計画修繕（案）を提出します。優先度Aの3件は劣化調査の写真を
別途共有フォルダにアップロードしています。

{sig("murase", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "計画修繕_R8案.xlsx", "sheets": {
        "計画修繕": [["令和8年度 県営住宅 計画修繕（案）"], ["団地", "棟", "工種", "概算(千円)", "優先度"],
                 ["汐見台住宅", "1〜4", "屋上防水", 38400, "A"],
                 ["桃が丘団地", "6", "給水ポンプ更新", 12800, "A"],
                 ["旭東ハイツ", "全棟", "共用灯LED化", 9600, "B"],
                 ["野田川住宅", "2", "外壁改修", 52100, "A"],
                 ["鶴見坂住宅", "1", "EV改修", 24300, "B"]],
        "集計": [["優先度A", 103300], ["優先度B", 33900]]}}],
    expect="pass", entities=[], detectors=[],
    note="a repair plan spreadsheet (buildings and budgets): no people",
)

# 061 pass — legacy XLS repair history by room only, to the prefecture
_rows = [["受付日", "団地", "部屋", "内容", "業者", "金額(円)"]]
for _ in range(15):
    _rows.append([f"2025/0{RNG.randint(4, 6)}/{RNG.randint(1, 28):02d}", RNG.choice(DANCHI),
                  f"{RNG.randint(1, 6)}-{RNG.randint(1, 5)}{RNG.randint(1, 8):02d}",
                  RNG.choice(["排水詰まり", "網戸張替え", "換気扇交換", "給湯器不点火", "ドアクローザー調整", "水栓パッキン交換"]),
                  RNG.choice(["旭川設備工業", "美作建装", "吉備電工"]), RNG.randint(4, 90) * 1100])
add(
    id="kouei-061", charset="shift_jis",
    subject="第1四半期 一般修繕実績（旧様式）",
    sender=frm("murase"), to=["住宅課 営繕班 <eizen@pref.okayama.lg.jp>"],
    body=f"""営繕班　ご担当者様

お世話になっております。村瀬です。
第1四半期の一般修繕実績を、県の旧様式（xls）でお送りします。
新様式への移行は第2四半期分からとさせてください。

{sig("murase", 1)}
""",
    attachments=[{"kind": "xls", "name": "ippan_shuzen_R7Q1.xls", "sheets": {"Q1": _rows}}],
    expect="pass", entities=[], detectors=[],
    note="15 rows of repairs by room number, work and cost: no names or contacts, not a list of people",
)

# 062 stop — forward of the association chair's mail containing the member roster, to a contractor
_p = people(9)
_r = "\n".join(f"{p['room']}  {p['name']}  {p['tel'] if i % 3 else p['mobile']}" for i, p in enumerate(_p))
add(
    id="kouei-062", charset="iso-2022-jp",
    subject="Fwd: 夏まつりの件（会員名簿）",
    sender=frm("okada"), to=["西大寺造園 <info@saidaiji-zoen.co.jp>"],
    body=f"""西大寺造園 ご担当者様

お世話になっております。岡田です。
自治会長から下記のとおり連絡がありましたので転送します。
夏まつり前の剪定作業の件、名簿の「手伝い可」の方と直接日程調整していただいて構いません。

---------- Forwarded message ---------
From: 赤木 静枝 <akagi.shizue55@gmail.com>
Date: 2025年6月11日(水) 20:15
Subject: 夏まつりの件（会員名簿）
To: 岡田 真理子 <okada.mariko@hinode-sangyo.co.jp>

岡田さん

夏まつり前の中央広場の剪定、手伝える人の名簿です。
造園屋さんと日程を合わせてもらえると助かります。

{_r}

赤木
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a forward (new to its recipient) carrying nine residents with phone numbers, to a contractor",
)

# 063 pass — two people (tenant and new guarantor), to the guarantee company
_t, _g = person(), person(1950, 1975)
add(
    id="kouei-063", charset="iso-2022-jp",
    subject="連帯保証人の変更について（桃が丘団地 {}）".format(_t["room"]),
    sender=frm("okada"), to=["ライフサポート保証 契約管理課 <keiyaku@lifesupport-hosho.co.jp>"],
    body=f"""ライフサポート保証 契約管理課　ご担当者様

お世話になっております。岡田です。
下記の契約について、連帯保証人の変更届が提出されました。

■契約者
　氏名：{_t['name']}
　住所：{_t['addr']}
　電話：{_t['mobile']}
■新しい連帯保証人
　氏名：{_g['name']}（契約者の叔父）
　住所：{_g['addr']}
　電話：{_g['tel']}

保証委託契約の変更手続きをお願いします。

{sig("okada", 1)}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="records of two people (tenant and guarantor): under five, may warn, must go",
)

# 064 stop — the applicant's original mail attached (eml) with her My Number, to the prefecture
_p = person(1970, 1990)
_mn = mynum()
add(
    id="kouei-064", charset="iso-2022-jp",
    subject="申込書の記載内容の照会（メール申込分）",
    sender=frm("higaki"), to=["入居審査班 <nyukyo-shinsa@pref.okayama.lg.jp>"],
    body=f"""入居審査班　ご担当者様

檜垣です。メールで申込みのあった方について、添付のとおり申込者本人のメールを
お送りします。現住所が県外のため、勤務地要件の判断をお願いします。

{sig("higaki", 1)}
""",
    attachments=[{"kind": "eml", "name": "申込者からのメール.eml", "message": {
        "charset": "utf-8", "sender": f"{_p['name']} <{_p['mail']}>",
        "to": ["県営住宅管理センター <nyukyo@hinode-sangyo.co.jp>"],
        "subject": "県営住宅の申込みについて",
        "body": f"""県営住宅管理センター御中

申込書の内容を送ります。よろしくお願いします。

氏名：{_p['name']}（{_p['kana']}）
生年月日：{_p['dob_iso']}
現住所：広島県福山市東深津町{RNG.randint(1, 7)}丁目{RNG.randint(1, 20)}-{RNG.randint(1, 15)}
電話：{_p['mobile']}
個人番号：{_mn}
勤務先：倉敷市水島の化学工場（4月から）
"""}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="an attached mail (message/rfc822) carries an applicant's My Number, birth date and address",
)

# 065 stop — homoglyph look-alike (rn for m) of the system vendor's domain
add(
    id="kouei-065", charset="iso-2022-jp",
    subject="保守作業の日程確認（6月度）",
    sender=frm("nakaya"), to=["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の仲矢です。
6月度の定期保守作業について、次の日程で問題ないかご確認ください。

　日時：6月21日（土）19:00〜23:00
　内容：OSセキュリティパッチ適用、DBバックアップ検証
　影響：作業中は住宅管理システムが利用できません

{sig("nakaya", 1)}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systern.jp ('rn' for 'm') is a look-alike of the partner tsubasa-system.jp",
)

# 066 pass — internal: a resident's disability shared with the welfare team
_p = person(1950, 1970)
add(
    id="kouei-066", charset="utf-8",
    subject="住戸変更の相談（{}様）".format(_p["sei"]),
    sender=frm("okada"), to=["三宅 由紀 <miyake.yuki@kouei.hinode-sangyo.co.jp>"],
    body=f"""三宅さん

汐見台住宅 {_p['room']} の {_p['name']} 様から、1階への住戸変更の相談がありました。
昨年から人工透析（週3回）を受けておられ、身体障害者手帳1級を取得されたそうです。
階段の昇り降りが難しくなってきたとのこと。

福祉枠での住戸変更の対象になるか、一緒に確認させてください。

岡田
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health and disability data of one resident, but the only recipient is internal (subdomain)",
)

# 067 stop — look-alike of the organisation's own domain (hyphen dropped)
add(
    id="kouei-067", charset="iso-2022-jp",
    subject="週報（6/9〜6/13）",
    sender=frm("murase"), to=["藤戸 昭 <fujito.akira@hinodesangyo.co.jp>"],
    body="""藤戸センター長

今週の修繕関係の週報です。

・一般修繕受付 47件（うち緊急 6件）
・汐見台 給湯器更新：対象住戸一覧を業者へ送付済み
・旭東ハイツ LED化：合同説明会を6/28に設定
・鶴見坂 浴室改修：来週着工

来週は県営繕班との工程打合せがあります。

村瀬
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinodesangyo.co.jp (hyphen dropped) looks like the internal hinode-sangyo.co.jp but is external",
)

# 068 stop — income-exceeding households, tab-separated, to the prefecture
_p = people(6, y0=1955, y1=1985)
_t = "\n".join(f"{RNG.choice(DANCHI)}\t{p['room']}\t{p['name']}\t{p['dob_iso']}\t{RNG.randint(260, 520) * 1000:,}\t"
               f"{RNG.choice(['収入超過', '高額所得'])}" for p in _p)
add(
    id="kouei-068", charset="utf-8",
    subject="収入超過者・高額所得者の認定案",
    sender=frm("higaki"), to=["入居審査班 <nyukyo-shinsa@pref.okayama.lg.jp>"],
    body=f"""入居審査班　ご担当者様

お世話になっております。檜垣です。
令和7年度の収入申告に基づく、収入超過者・高額所得者の認定案をお送りします。
明渡努力義務の通知文は、認定後に当センターで作成します。

団地\t部屋\t世帯主\t生年月日\t政令月収\t区分
{_t}

{sig("higaki", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six heads of household with birth dates and incomes, tab-separated, to the prefecture",
)

# 069 pass — plain ZIP of drawings to the contractor
add(
    id="kouei-069", charset="iso-2022-jp",
    subject="野田川住宅 2号棟 図面一式",
    sender=frm("murase"), to=["美作建装 設計課 <sekkei@mimasaka-kenso.co.jp>"],
    body=f"""美作建装 設計課 ご担当者様

お世話になっております。村瀬です。
外壁改修の見積りに必要な図面一式（立面図・平面図・仕上表）をZIPでお送りします。
竣工図のため現況と異なる箇所がありますので、現地調査で確認をお願いします。

{sig("murase", 1)}
""",
    attachments=[{"kind": "zip", "name": "nodagawa_2goto_zumen.zip", "files": [
        {"kind": "pdf", "name": "立面図.pdf", "lines": ["野田川住宅 2号棟 立面図 S=1/200", "北面・南面・東面・西面"]},
        {"kind": "pdf", "name": "仕上表.pdf", "table": [["部位", "仕上"], ["外壁", "吹付タイル"],
                                                     ["屋根", "アスファルト防水"], ["バルコニー", "長尺シート"]]}]}],
    expect="pass", entities=[], detectors=[],
    note="a readable ZIP of drawings: no people, no marking",
)

# 070 stop — list without names: elderly residents' health notes and phones, to the care centre
_p = people(7, y0=1930, y1=1948)
_notes = ["応答あり。心疾患で通院、服薬管理に不安", "不在。人工透析の日", "応答あり。認知症の進行がみられる",
          "応答あり。糖尿病、足のむくみ", "応答なし→家族に連絡し安否確認", "応答あり。うつ症状の訴え",
          "応答あり。特記なし"]
_t = "\n".join(f"{p['room']:<6} {p['age']:>3}  {RNG.choice(['男', '女'])}  {p['tel']:<13}  {n}"
               for p, n in zip(_p, _notes))
add(
    id="kouei-070", charset="iso-2022-jp",
    subject="猛暑日の安否確認結果（6/16）",
    sender=frm("miyake"), to=["岡山市南地域包括支援センター <info@houkatsu-minami.or.jp>"],
    body=f"""岡山市南地域包括支援センター
ご担当者様

お世話になっております。県営住宅管理センターの三宅です。
6/16の猛暑日に実施した汐見台住宅の高齢単身世帯への電話確認結果です。
気になる方への訪問をご検討いただけますでしょうか。

部屋   年齢 性別 電話           結果・状況
------ ---- ---- -------------  ------------------------------
{_t}

{sig("miyake", 1)}
""",
    expect="stop", entities=["PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="seven residents' rows (room, age, phone, illness) without a name column, to an outside centre",
)

# 071 stop — PPTX with a Confidential footer, to the prefecture
add(
    id="kouei-071", charset="utf-8",
    subject="業務改善提案（説明資料）",
    sender=frm("fujito"), to=["住宅課 坪井様 <tsuboi-h@pref.okayama.lg.jp>"],
    body=f"""坪井様

お世話になっております。藤戸です。
来週の協議でご説明する業務改善提案の資料を、事前にお送りします。

{sig("fujito", 1)}
""",
    attachments=[{"kind": "pptx", "name": "業務改善提案_202506.pptx", "page_footer": "Confidential - Hinode Sangyo",
                  "title": "業務改善提案",
                  "slides": [["業務改善提案", "県営住宅管理センター", "2025年6月"],
                             ["現状の課題", "修繕受付から着手まで平均3.4日", "督促業務の属人化"],
                             ["提案", "修繕受付のWeb化（業者ポータル）", "督促の自動音声案内の導入"],
                             ["費用と効果", "初期 1,200万円", "年間 2,400時間の削減見込み"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="every slide of the PPTX carries a 'Confidential' footer; sent to an outside body",
)

# 072 pass — exactly four residents with phones, to the contractor
_p = people(4)
_t = "\n".join(f"　{p['room']}　{p['name']}様　{p['mobile']}　{RNG.choice(['6/23 午前', '6/23 午後', '6/24 午前', '6/24 夕方'])}" for p in _p)
add(
    id="kouei-072", charset="iso-2022-jp",
    subject="Re: 換気扇交換 訪問日の件",
    sender=frm("murase"), to=["吉備電工 工事課 <koji@kibi-denko.jp>"],
    body=f"""吉備電工 工事課 ご担当者様

村瀬です。換気扇交換の残り4戸、入居者と日程が合いました。

{_t}

前日に一度お電話を入れていただけると助かります。

{sig("murase", 1)}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four residents with phones: below the five-record threshold, may warn, must go",
)

# 073 stop — residents' e-mail addresses for a notification service, to the vendor
_p = people(8)
_t = "\n".join(f"{p['name']} <{p['mail']}>  ({RNG.choice(DANCHI)} {p['room']})" for p in _p)
add(
    id="kouei-073", charset="iso-2022-jp",
    subject="一斉メール配信サービス 登録者データ（第1陣）",
    sender=frm("nakaya"), to=["レンラクキャスト 導入支援 <onboarding@renraku-cast.jp>"],
    body=f"""レンラクキャスト株式会社
導入支援ご担当者様

お世話になっております。日の出産業の仲矢です。
断水・停電などの緊急連絡用に、配信を希望した入居者の登録データ（第1陣）です。
テスト配信は7月1日でお願いします。

{_t}

{sig("nakaya", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="eight residents' names and private e-mail addresses to an outside mail-service vendor",
)

# 074 stop — DOCX table of five guarantors, to the guarantee company
_p = people(5, y0=1945, y1=1975)
_tab = [["契約者部屋", "保証人氏名", "続柄", "住所", "電話"]]
for p in _p:
    _tab.append([f"{RNG.choice(DANCHI)} {person()['room']}", p["name"], RNG.choice(["父", "兄", "叔母", "長男", "姉"]),
                 p["addr"], p["tel"]])
add(
    id="kouei-074", charset="iso-2022-jp",
    subject="保証人なし契約への切替え候補（5件）",
    sender=frm("okada"), to=["ライフサポート保証 契約管理課 <keiyaku@lifesupport-hosho.co.jp>"],
    body=f"""ライフサポート保証 契約管理課　ご担当者様

お世話になっております。岡田です。
連帯保証人が高齢・死亡等で継続が難しくなっている契約のうち、
保証会社利用への切替え候補5件を添付の表にまとめました。
現保証人への説明文の案も併せてご確認ください。

{sig("okada", 1)}
""",
    attachments=[{"kind": "docx", "name": "切替え候補_保証人一覧.docx",
                  "paragraphs": ["連帯保証人 切替え候補一覧", "（現保証人の情報）"], "tables": [_tab]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a DOCX table of five guarantors with addresses and phones to an outside company",
)

# 075 pass — English mail with an English confidentiality disclaimer
add(
    id="kouei-075", charset="utf-8",
    subject="Re: PropNest — data processing agreement draft",
    sender=frm("nakaya"), to=["Priya Raman <priya.raman@propnest.com.sg>"],
    body=f"""Dear Priya,

Thanks for the DPA draft. Our legal team has two comments:

1. Clause 4.2: please name the sub-processors (hosting region) explicitly.
2. Clause 9: breach notification within 48 hours rather than "without undue delay".

Once these are settled, we will forward the draft to the prefecture for approval.

Best regards,
{sig("nakaya", 2)}

CONFIDENTIALITY NOTICE: {DISC_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="an ordinary English mail whose standard footer disclaimer mentions confidential information",
)

# 076 stop — a resident's schizophrenia, to the public health centre
_p = person(1965, 1985)
add(
    id="kouei-076", charset="iso-2022-jp",
    subject="入居者の近隣トラブルについてのご相談",
    sender=frm("miyake"), to=["岡山県 備中保健所 精神保健担当 <bichu-hokenjo@pref.okayama.lg.jp>"],
    body=f"""備中保健所 精神保健担当 ご担当者様

お世話になっております。県営住宅管理センター 生活支援グループの三宅です。

野田川住宅 {_p['room']} の {_p['name']} 様について、深夜の大声や壁を叩く音の苦情が
近隣から続いています。ご家族によると、統合失調症で通院していたものの、
半年ほど前から通院・服薬が途切れているとのことです。

ご本人は当センター職員の訪問には応じてくださいます。
保健師さんの同行訪問をお願いできないでしょうか。

{sig("miyake")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named resident's psychiatric diagnosis (要配慮個人情報) to an outside body",
)

# 077 stop — XLSX of residents with disability grades, to the contractor
_p = people(5, y0=1940, y1=1980)
_rows = [["バリアフリー改修 対象住戸（令和7年度）"], ["部屋", "入居者", "障害の状況", "手帳等級", "必要な改修"]]
for p, (cond, grade, work) in zip(_p, [("下肢機能障害（車いす）", "1級", "段差解消・引き戸化"),
                                      ("視覚障害", "2級", "点字表示・手すり"),
                                      ("脳性麻痺", "1級", "浴室リフト"),
                                      ("変形性股関節症", "4級", "手すり・洋式化"),
                                      ("パーキンソン病", "3級", "段差解消")]):
    _rows.append([p["room"], p["name"], cond, grade, work])
add(
    id="kouei-077", charset="utf-8",
    subject="バリアフリー改修 対象住戸と改修内容",
    sender=frm("murase"), to=["美作建装 日下部様 <kusakabe@mimasaka-kenso.co.jp>"],
    body=f"""日下部様

お世話になっております。村瀬です。
今年度のバリアフリー改修の対象住戸（5戸）と、必要な改修内容をまとめました。
現地調査の際のご参考にしてください。

{sig("murase", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "BF改修_対象住戸.xlsx", "sheets": {"対象住戸": _rows}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="an XLSX naming five residents with their disabilities and certificate grades, to a contractor",
)

# 078 pass — reply to an applicant on free mail, quoting her own details ("On … wrote:")
_p = person(1980, 1995)
add(
    id="kouei-078", charset="utf-8",
    subject="Re: 収入証明の書類について",
    sender=frm("higaki"), to=[f"{_p['name']} <{_p['mail'].split('@')[0]}@gmail.com>"],
    body=f"""{_p['sei']}様

ご連絡ありがとうございます。県営住宅管理センターの檜垣です。
育児休業中の場合は、課税証明書に加えて、勤務先が発行する
「育児休業期間証明書」をご提出ください。様式は自由です。

提出期限は6月30日（月）必着です。

{sig("higaki", 1)}

On 2025/06/12 21:04, {_p['name']} wrote:
> 県営住宅の申込みをしている{_p['name']}です。
> 住所：{_p['addr']}
> 電話：{_p['mobile']}
> 生年月日：{_p['dob_iso']}
> 現在育児休業中で、昨年の収入が少ないのですが、
> 収入証明は何を出せばよいでしょうか。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the applicant's details are only in her own quoted text; one free-mail recipient",
)

# 079 stop — a resident list sent to the employee's own free-mail address
_p = people(20)
_rows = [["団地", "部屋", "氏名", "電話", "入居年月"]] + [
    [RNG.choice(DANCHI[:3]), p["room"], p["name"], p["tel"], f"{RNG.randint(1995, 2024)}/{RNG.randint(1, 12):02d}"] for p in _p]
add(
    id="kouei-079", charset="iso-2022-jp",
    subject="自宅作業用",
    sender=frm("murase"), to=["murase.tk.0522@gmail.com"],
    body="""週末に自宅で訪問ルートを組むため送ります。
""",
    attachments=[{"kind": "csv", "name": "nyukyosha_3danchi.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="an employee mails 20 residents' names and phones to a private gmail address",
)

# 080 stop — a resident's religion, to the association chair on free mail
_p = person(1950, 1975)
add(
    id="kouei-080", charset="iso-2022-jp",
    subject="Re: 勧誘の苦情について",
    sender=frm("okada"), to=["妹尾 義男 <senoo-y1951@yahoo.co.jp>"],
    body=f"""妹尾会長

ご連絡ありがとうございます。岡田です。

苦情のあった件、{_p['room']} の {_p['name']} 様に当センターからお話を伺いました。
ご本人は○○教会の熱心な信者で、布教のつもりで各戸を訪問していたとのことです。
団地内での戸別訪問による勧誘は控えていただくよう、お願いしました。

今後も同様のことがあれば、私までお知らせください。

{sig("okada", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a named resident's religious belief (信条) sent to a private person on free mail",
)

# 081 pass — DOCX minutes with attendees' names only, to the chair on free mail
add(
    id="kouei-081", charset="iso-2022-jp",
    subject="6/7 意見交換会の議事録（案）",
    sender=frm("okada"), to=["赤木 静枝 <akagi.shizue55@gmail.com>"],
    body=f"""赤木会長

先日の意見交換会、ありがとうございました。岡田です。
議事録（案）を作成しましたので、ご確認ください。修正があればお知らせください。

{sig("okada", 1)}
""",
    attachments=[{"kind": "docx", "name": "議事録_0607意見交換会.docx",
                  "paragraphs": ["鶴見坂住宅 自治会・管理センター意見交換会 議事録（案）",
                                 "日時：2025年6月7日（土）10:00〜11:30　場所：集会所",
                                 "出席：自治会 赤木会長、宇垣副会長、苅田会計／管理センター 岡田、村瀬",
                                 "1. 駐輪場の放置自転車について：7月に警告札を貼付し、8月末に撤去する。",
                                 "2. エレベーター改修の時期：県の予算確定後に説明会を開く。",
                                 "3. 夏まつり：管理センターからテント2張を貸し出す。"]}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="minutes naming attendees only (no contact or other data about them) to one free-mail recipient",
)

# 082 stop — DOCX with 極秘 in the footer (estimated price), to a contractor
add(
    id="kouei-082", charset="iso-2022-jp",
    subject="屋上防水工事 仕様書",
    sender=frm("murase"), to=["美作建装 積算課 <sekisan@mimasaka-kenso.co.jp>"],
    body=f"""美作建装 積算課 ご担当者様

お世話になっております。村瀬です。
汐見台住宅 屋上防水工事の仕様書をお送りします。見積りをお願いします。

{sig("murase", 1)}
""",
    attachments=[{"kind": "docx", "name": "屋上防水_仕様書.docx", "page_footer": "極秘　予定価格調書を含む",
                  "paragraphs": ["汐見台住宅 1〜4号棟 屋上防水改修工事 仕様書",
                                 "工法：改質アスファルトシート防水（断熱なし）", "面積：約2,140㎡",
                                 "工期：令和7年9月1日〜11月28日",
                                 "（内部資料）予定価格：36,850,000円（税抜）、最低制限価格：32,430,000円"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the DOCX footer is stamped 極秘 (and it holds the estimated price), sent to a bidder",
)

# 083 stop — nested ZIP: a ZIP inside a ZIP with an XLSX of residents, to a contractor
_p = people(11)
add(
    id="kouei-083", charset="utf-8",
    subject="共聴アンテナ撤去 対象住戸データ",
    sender=frm("murase"), to=["吉備電工 工事課 <koji@kibi-denko.jp>"],
    body=f"""吉備電工 工事課 ご担当者様

村瀬です。共聴アンテナ撤去に伴うTV視聴確認の対象住戸データです。
前回いただいたフォルダ構成のままZIPにしています。

{sig("murase", 1)}
""",
    attachments=[{"kind": "zip", "name": "kyocho_tekkyo.zip", "files": [
        {"kind": "zip", "name": "data/nodagawa.zip", "files": [
            {"kind": "xlsx", "name": "対象住戸.xlsx", "sheets": {"野田川": [
                ["部屋", "氏名", "電話", "TV台数", "訪問可能日"]] + [
                [p["room"], p["name"], p["mobile"], RNG.randint(1, 3), RNG.choice(["平日", "土日", "いつでも"])] for p in _p]}}]},
        {"kind": "txt", "name": "data/memo.txt", "text": "撤去は8月。事前に視聴確認を行うこと。"}]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eleven residents with phones in an XLSX inside a ZIP inside a ZIP, to a contractor",
)

# 084 pass — two external organisations (contractor + architect) with an internal Cc
add(
    id="kouei-084", charset="iso-2022-jp",
    subject="EV改修 設計監理の打合せ記録",
    sender=frm("murase"),
    to=["美作建装 日下部様 <kusakabe@mimasaka-kenso.co.jp>", "スタジオ吉備 設計室 <design@studio-kibi.jp>"],
    cc=["藤戸 昭 <fujito.akira@hinode-sangyo.co.jp>", "村瀬 拓也 <murase.takuya@hinode-sangyo.co.jp>"],
    body=f"""美作建装 日下部様
スタジオ吉備 設計室 ご担当者様

お世話になっております。村瀬です。
本日の打合せ記録を共有します。

1. 仮設計画：工事中は階段昇降機を1台レンタル（費用は施工者負担）
2. 工程：9月着工、12月竣工。停止期間は最長6週間
3. 次回：7月3日（木）10:00、設計図の修正版を確認

認識違いがあればご指摘ください。

{sig("murase")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To plus internal Cc: a normal three-way meeting mail",
)

# 085 pass — income classes by household size, aggregated, to the prefecture
add(
    id="kouei-085", charset="utf-8",
    subject="収入分位別 世帯数（令和7年度申告分）",
    sender=frm("higaki"), to=["住宅課 管理班 <kanri-han@pref.okayama.lg.jp>"],
    body=f"""住宅課 管理班　ご担当者様

お世話になっております。檜垣です。
令和7年度の収入申告に基づく、収入分位別・世帯人数別の世帯数を集計しました。

{sig("higaki", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "収入分位別集計_R7.xlsx", "sheets": {
        "集計": [["収入分位別・世帯人数別 世帯数（全団地）"], ["分位", "1人", "2人", "3人", "4人以上", "計"],
               ["1", 412, 208, 77, 41, 738], ["2", 58, 66, 39, 22, 185], ["3", 31, 40, 28, 19, 118],
               ["4", 12, 25, 20, 17, 74], ["5以上", 6, 14, 11, 9, 40]],
        "注記": [["未申告世帯 23 は含まない"]]}}],
    expect="pass", entities=[], detectors=[],
    note="aggregated counts of households by income class: statistics, no people",
)

# 086 pass — an applicant and her daughter (two private persons, same free-mail provider)
_p = person(1945, 1955)
add(
    id="kouei-086", charset="iso-2022-jp",
    subject="Re: 住み替えのご相談",
    sender=frm("higaki"),
    to=[f"{_p['name']} <{_p['mail'].split('@')[0]}@gmail.com>"],
    cc=["長女 <kana.watanabe.88@gmail.com>"],
    body=f"""{_p['sei']}様
（cc：ご長女様）

ご連絡ありがとうございます。県営住宅管理センターの檜垣です。
ご長女様からのご依頼で、ご本人とご長女様のお二人に同じ内容をお送りしています。

エレベーターのある団地への住み替えについては、「住戸変更申請書」をご提出いただきます。
申請書は当センター窓口のほか、県ホームページからもダウンロードできます。
空き住戸が出た時点で、順番にご案内しています。

ご不明点があれば、お気軽にお電話ください。

{sig("higaki", 1)}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="two private persons who asked to be written to together: two parties, no data beyond the salutation",
)

# 087 pass — burglaries reported without identifying anyone, to the security-camera company
add(
    id="kouei-087", charset="iso-2022-jp",
    subject="防犯カメラ増設のお見積り依頼",
    sender=frm("murase"), to=["ホームガード岡山 法人営業 <houjin@homeguard-okayama.com>"],
    body=f"""ホームガード岡山 法人営業 ご担当者様

お世話になっております。村瀬です。
桃が丘団地で5月以降、自転車盗と空き巣が続いており（警察への届出あり）、
県から防犯カメラの増設を検討するよう指示がありました。

　設置候補：駐輪場（2か所）、3号棟・5号棟のエントランス
　録画期間：14日以上
　電源：共用灯の分電盤から取得予定

現地調査の上、お見積りをお願いします。

{sig("murase", 1)}
""",
    expect="pass", entities=[], detectors=[],
    note="crime is mentioned at the estate level, no identifiable victim: no personal data",
)

# 088 pass — internal staff rota with staff mobiles
add(
    id="kouei-088", charset="iso-2022-jp",
    subject="7月 夜間・休日の緊急当番表",
    sender=frm("ueda"),
    to=["センター全員 <kouei-all@hinode-sangyo.co.jp>"],
    body="""各位

7月の夜間・休日緊急当番表です。業務用携帯は当番交代時に引き継いでください。

日付        当番      業務用携帯       予備（個人携帯）
----------  --------  ---------------  ---------------
7/5-7/6     村瀬      080-4102-3301    090-6611-2087
7/12-7/13   児島      080-4102-3301    080-2274-9153
7/19-7/21   岡田      080-4102-3301    070-3318-4426
7/26-7/27   檜垣      080-4102-3301    090-8842-1175

個人携帯の番号は緊急時の連絡用です。社外には伝えないでください。

総務課 植田
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="staff names with private mobiles, sent only to an internal list",
)

# 089 stop — five applicants, one block each, to the prefecture
_blocks = []
for i in range(5):
    p = person(1950, 1995)
    _blocks.append(f"""■申込者{i + 1}
氏名　　：{p['name']}（{p['kana']}）
生年月日：{wareki(*p['dob'], style=2)}
現住所　：〒{p['zip']} {p['addr']}
電話　　：{p['mobile']}
希望団地：{RNG.choice(DANCHI)}　世帯人数：{RNG.randint(1, 5)}人""")
add(
    id="kouei-089", charset="iso-2022-jp",
    subject="随時募集 申込者の資格審査依頼（5件）",
    sender=frm("higaki"), to=["入居審査班 <nyukyo-shinsa@pref.okayama.lg.jp>"],
    body=f"""入居審査班　ご担当者様

お世話になっております。檜垣です。
随時募集の申込者5名について、資格審査をお願いします。
申込書原本は本日の定期便でお送りします。

""" + "\n\n".join(_blocks) + f"""

{sig("higaki", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five applicants, one block each, with full-width 和暦 birth dates, addresses and mobiles, to the prefecture",
)

# 090 stop — English list of residents (romaji) to an overseas call-centre vendor
_p = people(6)
_names = ["SANTOS, Maria Cristina", "REYES, Joel", "DELA CRUZ, Ana Liza", "BAUTISTA, Mark Anthony",
          "SILVA, Pedro Henrique", "OKAFOR, Grace"]
_t = "\n".join(f"{nm:<24} {RNG.choice(['Shiomidai', 'Momogaoka', 'Kyokuto Heights']):<16} {p['room']:<6} "
               f"+81-{p['mobile'][1:]}" for nm, p in zip(_names, _p))
add(
    id="kouei-090", charset="utf-8",
    subject="Pilot: multilingual call-back list (week 25)",
    sender=frm("nakaya"), to=["Operations <ops@bluehaven-bpo.ph>"],
    body=f"""Hello team,

For the multilingual call-back pilot, here are the residents who asked for a call back
in English or Tagalog about the water-tank cleaning next week. Please call them between
18:00 and 20:00 JST.

NAME                     ESTATE           UNIT   PHONE
{_t}

Please log the results in the shared sheet.

Thanks,
{sig("nakaya", 2)}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six residents' romaji names and phones in an English mail to an overseas call centre",
)

# 091 stop — a contractor's worker roster forwarded to the prefecture
_p = people(6, y0=1960, y1=2000)
_t = "\n".join(f"{i + 1}. {p['name']}（{p['kana']}）　生年月日 {wareki(*p['dob'], style=1)}　"
               f"住所 {p['addr']}　{RNG.choice(['足場の組立て等作業主任者', '玉掛け', '職長教育修了', '特になし', '有機溶剤作業主任者'])}"
               for i, p in enumerate(_p))
add(
    id="kouei-091", charset="iso-2022-jp",
    subject="FW: 作業員名簿の提出（野田川住宅 外壁改修）",
    sender=frm("murase"), to=["住宅課 営繕班 安東様 <ando-k@pref.okayama.lg.jp>"],
    body=f"""安東様

村瀬です。美作建装から作業員名簿が届きましたので転送します。
入構許可証の発行をお願いします。

----- Forwarded Message -----
From: 日下部 <kusakabe@mimasaka-kenso.co.jp>
Subject: 作業員名簿の提出（野田川住宅 外壁改修）

村瀬様

野田川住宅 外壁改修工事の作業員名簿です。

{_t}

よろしくお願いします。
美作建装 日下部
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="a forwarded roster of six workers with birth dates and home addresses, sent on to the prefecture",
)

# 092 pass — failed direct debits, aggregated, to the partner bank
add(
    id="kouei-092", charset="iso-2022-jp",
    subject="6月振替分の不能件数について",
    sender=frm("kojima"), to=["みどり銀行 事務センター <jimu-center@midori-ginko.co.jp>"],
    body=f"""みどり銀行 事務センター　ご担当者様

お世話になっております。児島です。
6月28日振替分の結果データを受領しました。ありがとうございます。

　振替依頼件数：2,418件
　振替済　　　：2,311件
　不能　　　　：107件（資金不足 96件、取引なし 7件、その他 4件）

「取引なし」の7件は口座解約と思われますので、こちらで契約者に確認します。
再振替は7月14日でお願いします。

{sig("kojima", 1)}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregated direct-debit results to the partner bank: counts only",
)

# 093 either — five local welfare commissioners with phones, to an association chair
_p = people(5, y0=1945, y1=1965)
_t = "\n".join(f"・{p['name']}委員（{RNG.choice(['1〜2号棟', '3〜4号棟', '5〜6号棟', '7号棟', '8号棟・戸建'])}担当）　{p['tel']}"
               for p in _p)
add(
    id="kouei-093", charset="iso-2022-jp",
    subject="担当民生委員の連絡先（団地掲示用）",
    sender=frm("miyake"), to=["葛城 辰雄 <katsuragi.tatsuo@gmail.com>"],
    body=f"""葛城会長

いつもお世話になっております。三宅です。
旭東ハイツを担当する民生委員の方が改選で変わりましたので、お知らせします。
各委員の了解を得て、集会所の掲示に載せる連絡先です。

{_t}

掲示物の差替えは来月の巡回時に行います。

{sig("miyake", 1)}
""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="five welfare commissioners' names and phones, published by consent in their public role: list of people or public contacts",
)

# 094 pass — a notice template with placeholder names, to the printer
add(
    id="kouei-094", charset="iso-2022-jp",
    subject="督促状の文面改定（見本）",
    sender=frm("kojima"), to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    body=f"""錦印刷 制作部 御中

児島です。督促状の文面を改定しました。見本の差込み欄は次のとおりです。

　〒000-0000
　岡山県〇〇市〇〇町0丁目0番0号
　県営〇〇住宅 0-000
　県営 太郎 様

　家賃の納付について（督促）
　令和〇年〇月分の家賃 00,000円 が、納付期限までに納付されていません。
　〇月〇日までに納付してください。

差込みデータはこれまでどおり当センターで印刷しますので、
版下（差込み欄は空欄）のみ作成をお願いします。

{sig("kojima", 1)}
""",
    expect="pass", entities=[], detectors=[],
    note="a template with placeholder name/address (〇〇, 県営 太郎): no real person",
)

# 095 either — five residents by name and room only (no contact data), to a contractor
_p = people(5)
add(
    id="kouei-095", charset="utf-8",
    subject="網戸張替え 作業順のご連絡",
    sender=frm("murase"), to=["美作建装 日下部様 <kusakabe@mimasaka-kenso.co.jp>"],
    body=f"""日下部様

村瀬です。明日の網戸張替え、作業順は次のとおりでお願いします。
いずれも在宅の確認が取れています。

""" + "\n".join(f"{i + 1}) {p['room']} {p['name']}様" for i, p in enumerate(_p)) + f"""

{sig("murase", 1)}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five residents' names with their flat numbers only (no phone or other attribute): borderline list",
)

# 096 pass — one welfare commissioner's contact to the council
add(
    id="kouei-096", charset="iso-2022-jp",
    subject="Re: 清音台住宅の担当民生委員について",
    sender=frm("miyake"), to=["県社協 地域福祉課 <chiiki@okayama-kenshakyo.or.jp>"],
    body=f"""県社協 地域福祉課 ご担当者様

三宅です。お問い合わせの件、清音台住宅の担当民生委員は
黒瀬 文江 委員（連絡先 0866-94-3362）です。
月1回、集会所で「ふれあいサロン」を開いておられます。

{sig("miyake", 1)}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one public-role contact person (a welfare commissioner): single record, may warn",
)

# 097 pass — a small map image and a site guide PDF, to a contractor
add(
    id="kouei-097", charset="iso-2022-jp",
    subject="吉備ノ里住宅 現地案内図",
    sender=frm("murase"), to=["西大寺造園 <info@saidaiji-zoen.co.jp>"],
    body=f"""西大寺造園 ご担当者様

村瀬です。来週の高木剪定の現地案内図と、作業車の駐車位置図を添付します。
駐車は集会所前の来客用スペース（2台分）をお使いください。

{sig("murase", 1)}
""",
    attachments=[{"kind": "png", "name": "annaizu.png"},
                 {"kind": "pdf", "name": "駐車位置図.pdf", "lines": ["吉備ノ里住宅 作業車駐車位置",
                                                                  "集会所前 来客用スペース P1・P2",
                                                                  "搬出は北側通用門から"]}],
    expect="pass", entities=[], detectors=[],
    note="a map image and a readable PDF of parking spots: business content only",
)

# 098 pass — internal only: a password ZIP between colleagues
add(
    id="kouei-098", charset="iso-2022-jp",
    subject="監査対応資料（パスワード付き）",
    sender=frm("ueda"), to=["藤戸 昭 <fujito.akira@hinode-sangyo.co.jp>"],
    cc=["児島 健吾 <kojima.kengo@hinode-sangyo.co.jp>"],
    body="""藤戸センター長、児島さん

県の監査対応資料一式です。パスワードはいつもの共有のものです。

植田
""",
    attachments=[{"kind": "zip", "name": "kansa_taio.zip", "password": "hinode-kansa",
                  "files": [{"kind": "txt", "name": "mokuji.txt", "text": "1. 収納状況\n2. 修繕実績\n3. 苦情対応記録"}]}],
    expect="pass", entities=[], detectors=[],
    note="an encrypted ZIP, but all recipients are internal",
)

# 099 stop — look-alike of the partner mover (dropped co.), one tenant's move-out details
_p = person(1935, 1950)
add(
    id="kouei-099", charset="iso-2022-jp",
    subject="家財搬出のお見積り依頼（施設入所による退去）",
    sender=frm("miyake"), to=["青葉運輸 引越センター <hikkoshi@aoba-unyu.jp>"],
    body=f"""青葉運輸株式会社 引越センター御中

いつもお世話になっております。日の出産業 県営住宅管理センターの三宅です。

高齢の入居者が介護施設に入所されることになり、家財の搬出をお願いしたく
ご連絡しました。

　入居者：{_p['name']} 様
　搬出元：{_p['addr']}（県営汐見台住宅 {_p['room']}）
　立会い：ご長男 {person()['mobile']}
　希望日：7月上旬（平日）

お見積りのための下見日程をご相談させてください。

{sig("miyake")}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.jp drops the 'co.' of the partner aoba-unyu.co.jp: a look-alike domain",
)

# 100 pass — forward of a contractor's schedule to an association chair on free mail
add(
    id="kouei-100", charset="iso-2022-jp",
    subject="転送: 外壁改修工事 工程表（汐見台住宅）",
    sender=frm("murase"), to=["江尻 勝 <ejiri-m@ezweb.ne.jp>"],
    body=f"""江尻会長

いつもお世話になっております。村瀬です。
施工業者から工程表が届きましたので、自治会の皆様への周知用に転送します。

-------- Original Message --------
件名: 外壁改修工事 工程表
差出人: 日下部 <kusakabe@mimasaka-kenso.co.jp>

村瀬様

汐見台住宅 外壁改修の工程表です。

　7/22〜8/8　 足場組立て（1〜2号棟）
　8/11〜9/12　高圧洗浄・下地補修
　9/16〜10/17 塗装
　10/20〜10/31 足場解体・清掃

作業時間は8:30〜17:30、日曜・祝日は休工です。
現場事務所：086-262-7715（8:00〜18:00）

美作建装 日下部
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a forwarded construction schedule with a site office number: business content, one free-mail recipient",
)
