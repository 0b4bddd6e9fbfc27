"""Blind corpus: 公益財団法人 日の出産業奨学財団 事務局 (shogakukin).

The corporate foundation of 日の出産業株式会社 runs a scholarship programme; its office
(奨学財団事務局) writes from ``@hinode-sangyo.co.jp`` to universities' student offices and
international offices, high schools, selection committee members (professors at other
universities, a lawyer, a retired headmaster on free mail), scholars and applicants on
free/carrier mail, みどり銀行 for the monthly payments to scholars' bank accounts, the tax
accountant (選考委員謝金 and マイナンバー), the labour consultant, the auditors, さくらホテル
for the award ceremony and alumni events, 錦印刷 for the newsletter, ツバサシステム for the
online application system, 白川法律事務所, a travel agency for study tours, and the OB/OG
association.  Applicants' household income, grades, essays and interview results,
payment lists, committee honoraria, alumni lists.

Every person, address, phone number, account, card, My Number, document number and
organisation outside the brief's fixed ones is invented; any likeness to a real person
is coincidental.  My Numbers and card numbers come from build.my_number / build.card_number
(check-digit valid), seeded from 11301 upward.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 11301
rng = random.Random(SEED)
_seq = [SEED]


def _next_seed() -> int:
    s = _seq[0]
    _seq[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def cardno() -> str:
    return card_number(_next_seed())


_ZEN = str.maketrans("0123456789-()/.", "０１２３４５６７８９－（）／．")


def zen(s: str) -> str:
    return s.translate(_ZEN)


SURNAMES = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
    ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
    ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
    ("佐々木", "ササキ", "sasaki"), ("松本", "マツモト", "matsumoto"), ("井上", "イノウエ", "inoue"),
    ("木村", "キムラ", "kimura"), ("清水", "シミズ", "shimizu"), ("森", "モリ", "mori"),
    ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"), ("石川", "イシカワ", "ishikawa"),
    ("前田", "マエダ", "maeda"), ("藤原", "フジワラ", "fujiwara"), ("岡田", "オカダ", "okada"),
    ("後藤", "ゴトウ", "goto"), ("長谷川", "ハセガワ", "hasegawa"), ("村上", "ムラカミ", "murakami"),
    ("近藤", "コンドウ", "kondo"), ("坂本", "サカモト", "sakamoto"), ("遠藤", "エンドウ", "endo"),
    ("青木", "アオキ", "aoki"), ("藤田", "フジタ", "fujita"), ("西村", "ニシムラ", "nishimura"),
    ("福田", "フクダ", "fukuda"), ("太田", "オオタ", "ota"), ("三浦", "ミウラ", "miura"),
    ("小鳥遊", "タカナシ", "takanashi"), ("四十物", "アイモノ", "aimono"), ("百目鬼", "ドウメキ", "domeki"),
    ("東海林", "ショウジ", "shoji"), ("勅使河原", "テシガワラ", "teshigawara"),
    ("月見里", "ヤマナシ", "yamanashi"), ("九十九", "ツクモ", "tsukumo"), ("栗花落", "ツユリ", "tsuyuri"),
    ("薬袋", "ミナイ", "minai"), ("五十嵐", "イガラシ", "igarashi"), ("比嘉", "ヒガ", "higa"),
    ("宮城", "ミヤギ", "miyagi"), ("安里", "アサト", "asato"), ("新垣", "アラカキ", "arakaki"),
    ("喜屋武", "キャン", "kyan"), ("我那覇", "ガナハ", "ganaha"), ("千葉", "チバ", "chiba"),
    ("菅原", "スガワラ", "sugawara"), ("熊谷", "クマガイ", "kumagai"), ("樋口", "ヒグチ", "higuchi"),
    ("野々村", "ノノムラ", "nonomura"), ("相馬", "ソウマ", "soma"), ("牧野", "マキノ", "makino"),
    ("日比野", "ヒビノ", "hibino"), ("鬼頭", "キトウ", "kito"), ("漆原", "ウルシバラ", "urushibara"),
    ("御子柴", "ミコシバ", "mikoshiba"), ("舘野", "タテノ", "tateno"), ("帆足", "ホアシ", "hoashi"),
]
GIVEN = [
    ("陽菜", "ヒナ", "hina"), ("結衣", "ユイ", "yui"), ("美咲", "ミサキ", "misaki"), ("葵", "アオイ", "aoi"),
    ("さくら", "サクラ", "sakura"), ("凛", "リン", "rin"), ("芽依", "メイ", "mei"), ("彩花", "アヤカ", "ayaka"),
    ("悠真", "ユウマ", "yuma"), ("蓮", "レン", "ren"), ("湊", "ミナト", "minato"), ("大翔", "ヒロト", "hiroto"),
    ("陸", "リク", "riku"), ("颯太", "ソウタ", "sota"), ("樹", "イツキ", "itsuki"), ("翔太", "ショウタ", "shota"),
    ("健太", "ケンタ", "kenta"), ("拓海", "タクミ", "takumi"), ("真央", "マオ", "mao"), ("千尋", "チヒロ", "chihiro"),
    ("光", "ヒカル", "hikaru"), ("遥", "ハルカ", "haruka"), ("優斗", "ユウト", "yuto"), ("奏", "カナデ", "kanade"),
    ("琴音", "コトネ", "kotone"), ("隼人", "ハヤト", "hayato"), ("七海", "ナナミ", "nanami"),
    ("和真", "カズマ", "kazuma"), ("萌", "モエ", "moe"), ("航", "ワタル", "wataru"), ("紬", "ツムギ", "tsumugi"),
    ("朔", "サク", "saku"), ("心春", "コハル", "koharu"), ("瑛太", "エイタ", "eita"), ("杏", "アン", "an"),
]
OLD_GIVEN = [
    ("修", "オサム", "osamu"), ("真由美", "マユミ", "mayumi"), ("博之", "ヒロユキ", "hiroyuki"),
    ("和子", "カズコ", "kazuko"), ("隆", "タカシ", "takashi"), ("恵子", "ケイコ", "keiko"),
    ("正樹", "マサキ", "masaki"), ("典子", "ノリコ", "noriko"), ("哲也", "テツヤ", "tetsuya"),
    ("洋子", "ヨウコ", "yoko"), ("誠", "マコト", "makoto"), ("裕美", "ヒロミ", "hiromi"),
    ("康弘", "ヤスヒロ", "yasuhiro"), ("直子", "ナオコ", "naoko"), ("義明", "ヨシアキ", "yoshiaki"),
]
PLACES = [
    ("東京都", "練馬区", "石神井町", "177-0041"), ("東京都", "世田谷区", "桜丘", "156-0054"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"), ("埼玉県", "さいたま市浦和区", "岸町", "330-0064"),
    ("千葉県", "船橋市", "前原西", "274-0825"), ("大阪府", "吹田市", "山田東", "565-0821"),
    ("兵庫県", "神戸市灘区", "篠原北町", "657-0015"), ("愛知県", "名古屋市昭和区", "八事本町", "466-0825"),
    ("福岡県", "福岡市早良区", "西新", "814-0002"), ("宮城県", "仙台市青葉区", "上杉", "980-0011"),
    ("北海道", "札幌市北区", "北二十四条西", "001-0024"), ("広島県", "広島市安佐南区", "祇園", "731-0138"),
    ("静岡県", "浜松市中央区", "富塚町", "432-8002"), ("新潟県", "新潟市中央区", "関屋", "951-8141"),
    ("沖縄県", "那覇市", "首里石嶺町", "903-0804"), ("長野県", "松本市", "蟻ケ崎", "390-0861"),
    ("岡山県", "岡山市北区", "津島", "700-0081"), ("熊本県", "熊本市中央区", "黒髪", "860-0862"),
    ("京都府", "京都市左京区", "北白川", "606-8273"), ("茨城県", "つくば市", "天久保", "305-0005"),
    ("岩手県", "盛岡市", "上田", "020-0066"), ("香川県", "高松市", "番町", "760-0017"),
]
BUILDINGS = ["", "", "", "", " コーポ桜 203", " メゾン白樺 105", " グランシティ北 1102",
             " ハイツ若葉 2F", " レジデンス青葉 507", "（学生会館つばさ 318号室）"]
BRANCHES = [("0418", "みどり銀行", "001", "本店営業部"), ("0418", "みどり銀行", "128", "渋谷支店"),
            ("0418", "みどり銀行", "231", "横浜駅前支店"), ("0418", "みどり銀行", "305", "梅田支店"),
            ("0418", "みどり銀行", "412", "博多支店"), ("0418", "みどり銀行", "517", "仙台中央支店")]
UNIVS = ["東都大学", "北陵大学", "西京工業大学", "南洋女子大学", "白鷺大学", "瑞穂国際大学"]
FACULTIES = ["文学部", "経済学部", "法学部", "理工学部", "教育学部", "看護学部", "工学部", "農学部",
             "情報科学部", "国際関係学部", "薬学部", "社会福祉学部"]

_used: set[str] = set()


def _uniq_name(given_pool):
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice(given_pool)
        if s[0] + g[0] not in _used:
            _used.add(s[0] + g[0])
            return s, g


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def person(kind: str = "student") -> dict:
    s, g = _uniq_name(GIVEN if kind == "student" else OLD_GIVEN)
    if kind == "student":
        y = rng.randint(2003, 2006)
    else:
        y = rng.randint(1952, 1978)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    pref, city, town, zipc = rng.choice(PLACES)
    addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}{rng.choice(BUILDINGS)}"
    bank = rng.choice(BRANCHES)
    mail_dom = rng.choice(["gmail.com", "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"])
    email = f"{g[2]}.{s[2]}{rng.randint(1, 99):02d}@{mail_dom}" if rng.random() < 0.6 else \
        f"{s[2][0]}{g[2]}{rng.randint(100, 999)}@{mail_dom}"
    return {
        "name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0],
        "kana": f"{s[1]} {g[1]}", "roma": f"{g[2].capitalize()} {s[2].upper()}",
        "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}",
        "tel": mobile(), "email": email, "zip": zipc, "pref": pref, "city": city,
        "addr": addr, "bank": bank, "acct": f"{rng.randint(1000000, 9999999)}",
        "sid": f"{rng.choice('ABCKST')}{y % 100 + 19:02d}-{rng.randint(1000, 9999)}",
        "univ": rng.choice(UNIVS), "fac": rng.choice(FACULTIES),
        "grade": min(max(2007 - y, 1), 4), "gpa": f"{rng.uniform(2.6, 3.95):.2f}",
        "income": rng.choice([186, 214, 238, 265, 291, 312, 347, 368, 402, 425, 451, 488]),
    }


def people(n: int, kind: str = "student") -> list[dict]:
    return [person(kind) for _ in range(n)]


def wareki(p: dict, style: str = "kanji") -> str:
    y, m, d = p["y"], p["m"], p["d"]
    if y >= 1989 and not (y == 1989 and m == 1 and d < 8):
        era, k, ab = "平成", y - 1988, "H"
    else:
        era, k, ab = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{k}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{k}年{m}月{d}日")
    return f"{ab}{k}.{m}.{d}"


def pad(s: str, width: int) -> str:
    """pad by display width (full-width chars count 2), as people line up in a fixed font"""
    w = sum(2 if ord(c) > 0x2000 else 1 for c in s)
    return s + " " * max(width - w, 1)


# -- the office ----------------------------------------------------------------------------
ADDR_LINE = "〒105-0013 東京都港区浜松町2-8-14 日の出産業浜松町ビル7階"
KONISHI = "公益財団法人日の出産業奨学財団 小西 恵美 <k.konishi@hinode-sangyo.co.jp>"
NISHIOKA = "日の出産業奨学財団 事務局 西岡 拓也 <t.nishioka@hinode-sangyo.co.jp>"
OKOCHI = "大河内 修 <o.okochi@hinode-sangyo.co.jp>"
YABUKI = "矢吹 真理子（奨学財団 経理） <m.yabuki@hinode-sangyo.co.jp>"
TOKANO = "Ryosuke Tokano <r.tokano@hinode-sangyo.co.jp>"
OFFICE = "日の出産業奨学財団 事務局 <shogaku-zaidan@hinode-sangyo.co.jp>"


def sig(who: str = "konishi") -> str:
    if who == "konishi":
        return ("\n--\n公益財団法人 日の出産業奨学財団 事務局\n主任　小西 恵美（Konishi Emi）\n"
                f"{ADDR_LINE}\nTEL 03-5401-7720 / FAX 03-5401-7721\nk.konishi@hinode-sangyo.co.jp\n")
    if who == "nishioka":
        return ("\n――――――――――――――――――――\n日の出産業奨学財団 事務局　西岡 拓也\n"
                f"{ADDR_LINE}\nTEL：03-5401-7722（直通）\nMail：t.nishioka@hinode-sangyo.co.jp\n"
                "――――――――――――――――――――\n")
    if who == "okochi":
        return ("\n****************************************\n公益財団法人日の出産業奨学財団\n事務局長　大河内 修\n"
                "TEL 03-5401-7720（代表）\n****************************************\n")
    if who == "yabuki":
        return ("\n-- \n日の出産業奨学財団 事務局（経理担当）\n矢吹 真理子\n"
                "TEL 03-5401-7725　内線 4417\nm.yabuki@hinode-sangyo.co.jp\n")
    if who == "tokano":
        return ("\n--\n戸叶 亮介 / Ryosuke Tokano\n日の出産業株式会社 情報システム部（奨学財団システム担当兼務）\n"
                "TEL 03-5401-7700 ext.3302\n")
    if who == "en":
        return ("\n--\nEmi Konishi\nScholarship Office, Hinode Sangyo Scholarship Foundation\n"
                "2-8-14 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\nTel +81-3-5401-7720\n")
    return "\n"


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information and are "
                 "intended solely for the addressee. If you have received it in error, please notify "
                 "the sender and delete it.\n")

M: list[dict] = []


def add(**kw) -> None:
    M.append(kw)

# =========================================================================================
# MUST STOP
# =========================================================================================

# S01 — space-padded list of candidates (name, DOB, mobile, household income) to a university
_p = people(8)
_rows = "\n".join(
    f"{i:<4}{p['sid']:<12}{pad(p['name'], 16)}{pad(p['fac'] + str(p['grade']) + '年', 16)}"
    f"{p['dob']:<13}{p['tel']:<16}{p['income']:>6}"
    for i, p in enumerate(_p, 1))
add(
    subject="【ご確認】2025年度 日の出産業奨学生 採用候補者（貴学在籍分）について",
    sender=KONISHI,
    to=["東都大学 学生支援課 奨学金担当 <shogaku@toto-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""東都大学 学生支援課
奨学金ご担当　平野様

いつも大変お世話になっております。
日の出産業奨学財団 事務局の小西でございます。

先日は2025年度募集へのご推薦をありがとうございました。
書類選考を通過した貴学在籍の8名について、学籍・学年に相違がないか
ご確認いただけますでしょうか。世帯年収は申請書記載の数字です。

No  学籍番号    氏名            学部・学年      生年月日     携帯電話        世帯年収(万円)
--- ----------- --------------- --------------- ------------ --------------- --------------
{_rows}

相違がございましたら、5月16日（金）までにご返信ください。
面接日程は別途ご案内いたします。

よろしくお願いいたします。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 candidates' rows (name, DOB, mobile, income) in a padded table to a university",
)

# S02 — zengin-style CSV of 12 scholars' accounts to the partner bank
_p = people(12)
_csv = [["受取人名", "銀行コード", "銀行名", "支店コード", "支店名", "預金種目", "口座番号", "振込金額", "EDI情報"]]
for p in _p:
    b = p["bank"]
    _csv.append([p["kana"].replace(" ", "　"), b[0], b[1], b[2], b[3], "普通", p["acct"], "50000",
                 "ｼｮｳｶﾞｸｷﾝ4ｶﾞﾂ"])
add(
    subject="4月分 奨学金定例振込のお願い（総合振込データ送付）",
    sender=YABUKI,
    to=["みどり銀行 法人営業部 木下様 <hojin-eigyo@midori-ginko.co.jp>"],
    charset="cp932",
    body=f"""みどり銀行 法人営業部
木下様

いつも大変お世話になっております。
日の出産業奨学財団の矢吹です。

4月25日（金）振込分の奨学金定例振込データをお送りいたします。
　件数：12件
　合計：600,000円（1名あたり月額50,000円）
　振込元口座：本店営業部 普通 当財団名義口座

先月と同じく、振込手数料は当方負担でお願いいたします。
データの取込みでエラーが出るようでしたらご連絡ください。
{sig('yabuki')}""",
    attachments=[{"kind": "csv", "name": "sougou_furikomi_202504.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CSV with 12 scholars' names and bank accounts to the bank: a list of people",
)

# S03 — one committee member's My Number in running text to the tax accountant
_c = person("adult")
_mn = mynum()
add(
    subject="選考委員謝金の支払調書について（草壁先生分の追加）",
    sender=YABUKI,
    to=["税理士法人あおぞら会計 大野様 <ohno@aozora-tax.jp>"],
    charset="iso-2022-jp",
    body=f"""あおぞら会計
大野様

お世話になっております。日の出産業奨学財団の矢吹です。
先日お送りした支払調書対象者一覧に、1名漏れがございました。
大変申し訳ありません。下記を追加いただけますでしょうか。

　氏名　　：{_c['name']}（{_c['kana']}）
　住所　　：〒{_c['zip']} {_c['addr']}
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　区分　　：選考委員謝金（二次選考・面接審査）
　支払金額：88,000円（源泉徴収税額 8,984円）

本人確認書類の写しは郵送で原本確認済みです。
どうぞよろしくお願いいたします。
{sig('yabuki')}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a committee member's マイナンバー with name and address to the external tax accountant",
)

# S04 — XLSX of interview scores (title row, several sheets) to an external committee member
_p = people(10)
_sheet = [["2025年度 日の出産業奨学生 二次選考（面接）評価一覧　※委員記入用"], [],
          ["受付番号", "氏名", "フリガナ", "生年月日", "在籍大学", "学部", "GPA", "世帯年収(万円)",
           "書類点", "面接点(委員記入)", "所見"]]
for i, p in enumerate(_p):
    _sheet.append([f"25-{1040 + i * 3}", p["name"], p["kana"], p["dob"], p["univ"], p["fac"],
                   p["gpa"], p["income"], rng.randint(28, 48), "", ""])
add(
    subject="面接評価シート送付の件（6月7日 第2会場分）",
    sender=NISHIOKA,
    to=["日下部 真由美 先生 <m.kusakabe@mizuho-kokusai.ac.jp>"],
    charset="utf-8",
    body=f"""日下部先生

いつもお世話になっております。日の出産業奨学財団事務局の西岡です。
6月7日（土）第2会場でご担当いただく10名分の評価シートをお送りします。

「評価一覧」シートの面接点・所見欄に直接ご記入いただき、
当日会場でお預かりするか、終了後メールでご返送ください。
「評価基準」シートに配点の目安をまとめております。

当日は9時30分集合でお願いいたします。
{sig('nishioka')}""",
    attachments=[{"kind": "xlsx", "name": "面接評価一覧_第2会場.xlsx", "sheets": {
        "評価一覧": _sheet,
        "評価基準": [["項目", "配点", "目安"], ["志望動機・将来の目標", 20, "具体性"],
                  ["学業への取組み", 15, "成績の推移も考慮"], ["経済的必要性", 10, "申請書の記載と整合"],
                  ["人物", 5, ""]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX with 10 applicants (name, kana, DOB, GPA, income) to a committee member at another university",
)

# S05 — list without a name column, tab-separated, to a university
_p = people(6)
_rows = "\n".join(f"25-{2100 + i * 7}\t{p['dob']}\t〒{p['zip']}\t{p['addr']}\t{p['tel']}"
                  for i, p in enumerate(_p))
add(
    subject="書類不備のある応募者について（北陵大学 推薦分）",
    sender=NISHIOKA,
    to=["北陵大学 学生部 奨学係 <gakusei-shogaku@hokuryo.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""北陵大学 学生部 奨学係 御中

お世話になっております。日の出産業奨学財団 事務局の西岡です。

貴学よりご推薦いただいた応募書類のうち、以下6件で
「所得証明書」の添付漏れがございました。
個人情報保護の観点から氏名は伏せ、受付番号でお知らせいたします。
学生さんへご連絡いただけると助かります。

受付番号\t生年月日\t郵便番号\t現住所\t携帯電話
{_rows}

提出期限は5月30日（金）必着です。
{sig('nishioka')}""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six applicants' DOB, address and mobile by application number: a list without a name column",
)

# S06 — one scholar's mental-health diagnosis in running text to the university
_s = person()
add(
    subject="奨学生の休学に伴う支給継続について",
    sender=KONISHI,
    to=["西京工業大学 学生支援センター 村瀬様 <shien@saikyo-it.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""西京工業大学 学生支援センター
村瀬様

いつもお世話になっております。日の出産業奨学財団の小西です。

貴学{_s['fac']}{_s['grade']}年の{_s['name']}さん（当財団奨学生）より、
後期から休学したいとの相談がありました。
ご本人のお話では、7月に心療内科でうつ病と診断され、現在も通院と服薬を続けているとのことです。
医師からは半年程度の療養を勧められているそうです。

当財団の規程では、休学期間中は支給を「停止」とし、復学後に再開いたします。
貴学で休学手続きが完了しましたら、休学許可日をお知らせいただけますでしょうか。
また、学生相談室でのサポート状況についても、差し支えない範囲で共有いただけますと幸いです。

ご本人には、無理をせず療養を優先するよう伝えております。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named scholar's diagnosis (うつ病) and treatment to an external university office: 要配慮個人情報",
)

# S07 — three scholars on three free-mail domains, all in To
_p = people(3)
add(
    subject="【日の出産業奨学財団】奨学生証書授与式のご案内",
    sender=OFFICE,
    to=[f"{_p[0]['name']} <{_p[0]['roma'].split()[0].lower()}.{_p[0]['roma'].split()[1].lower()}@gmail.com>",
        f"{_p[1]['name']} <{_p[1]['roma'].split()[1].lower()}_{rng.randint(10, 99)}@yahoo.co.jp>",
        f"{_p[2]['name']} <{_p[2]['roma'].split()[0].lower()}{rng.randint(100, 999)}@icloud.com>"],
    charset="utf-8",
    body="""奨学生の皆さま

2025年度 日の出産業奨学生への採用、おめでとうございます。
奨学生証書授与式を下記のとおり開催いたしますので、ご出席ください。

　日時：2025年6月21日（土）13:30～16:00（受付13:00～）
　会場：さくらホテル 浜松町 3階「桜の間」
　服装：スーツまたは学校の制服
　持ち物：学生証、印鑑

出欠は6月10日までに、このメールへの返信でお知らせください。
交通費は規程に基づき当日精算いたします（領収書・経路メモをご用意ください）。

日の出産業奨学財団 事務局
TEL 03-5401-7720
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons (gmail, yahoo, icloud) in To see each other's addresses: should be Bcc",
)

# S08 — look-alike of the partner bank (letter added) with one scholar's account
_s = person()
add(
    subject="振込不能（口座相違）の件",
    sender=YABUKI,
    to=["みどり銀行 法人営業部 木下様 <hojin-eigyo@midori-ginkou.co.jp>"],
    charset="iso-2022-jp",
    body=f"""木下様

お世話になっております。日の出産業奨学財団の矢吹です。
4月25日振込分のうち1件が振込不能で返却されたと伺いました。
奨学生本人に確認したところ、口座は下記で間違いないとのことです。

　受取人：{_s['kana']}
　{_s['bank'][1]} {_s['bank'][3]}（{_s['bank'][2]}）普通 {_s['acct']}

名義のカナ表記（小書き文字）の問題かと思いますが、
再振込の手続きについてご教示いただけますでしょうか。
{sig('yabuki')}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient domain midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp",
)

# S09 — 社外秘 only in the DOCX page header, body innocuous
add(
    subject="選考委員ご就任にあたっての資料送付",
    sender=OKOCHI,
    to=["白鷺大学 教育学部 氷室 直子 先生 <himuro.naoko@shirasagi-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""氷室先生

このたびは当財団の選考委員へのご就任をご快諾いただき、誠にありがとうございます。
選考の進め方について、内規をお送りいたします。
ご多用のところ恐縮ですが、第1回委員会（5月24日）までにご一読いただけますと幸いです。

ご不明な点は事務局までお気軽にお問い合わせください。
{sig('okochi')}""",
    attachments=[{"kind": "docx", "name": "選考委員会運営内規_2025.docx", "page_header": "社外秘",
                  "title": "選考委員会運営内規",
                  "paragraphs": [
                      "公益財団法人日の出産業奨学財団 選考委員会運営内規",
                      "第1条（目的）本内規は、奨学生選考の公正を確保するため、選考委員会の運営について定める。",
                      "第2条（利益相反）委員は、自らが指導する学生又は親族が応募した場合、当該応募者の審査に加わらない。",
                      "第3条（配点）書類審査50点、面接審査50点とし、合計点の上位者から採用候補者とする。",
                      "第4条（経済的要件）世帯の所得金額が別表の基準額以下であることを要件とする。",
                      "第5条（守秘）委員は、審査を通じて知り得た応募者の情報を第三者に漏らしてはならない。"],
                  "tables": [[["世帯人数", "基準額（給与収入）"], ["2人", "380万円"], ["3人", "450万円"],
                              ["4人", "520万円"], ["5人以上", "580万円"]]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached DOCX carries a 社外秘 stamp in its page header; the mail text does not mention it",
)

# S10 — password-protected ZIP (PPAP) to a university
_p = people(7)
add(
    subject="推薦者一覧（パスワード付きZIP）の送付",
    sender=NISHIOKA,
    to=["南洋女子大学 厚生課 奨学金係 <kosei@nanyo-joshi.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""南洋女子大学 厚生課 奨学金係 ご担当者様

お世話になっております。日の出産業奨学財団の西岡です。
ご依頼のありました、貴学からの推薦者一覧（受付状況付き）をお送りいたします。
ファイルはパスワード付きZIPとしております。
パスワードは別メールにてお送りします。
{sig('nishioka')}""",
    attachments=[{"kind": "zip", "name": "suisen_nanyo_2025.zip", "password": "Nj7#q2Lw",
                  "files": [{"kind": "csv", "name": "推薦者一覧.csv", "rows":
                             [["氏名", "学籍番号", "生年月日", "電話"]] +
                             [[p["name"], p["sid"], p["dob"], p["tel"]] for p in _p]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP cannot be inspected",
)

# S11 — corrupt XLSX to a university
add(
    subject="Re: 在籍確認票のご返送",
    sender=NISHIOKA,
    to=["白鷺大学 学生課 <gakusei@shirasagi-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""白鷺大学 学生課 ご担当者様

ご返送ありがとうございました。
当方で確認欄に記入したものを念のためお戻しいたします。
「要確認」の行について、改めてご確認をお願いできますでしょうか。
{sig('nishioka')}
> 日の出産業奨学財団 西岡様
> 在籍確認票を記入のうえご返送いたします。
> 白鷺大学 学生課 奨学金担当""",
    attachments=[{"kind": "corrupt", "name": "在籍確認票_白鷺大学_確認済.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be read",
)

# S12 — an international applicant's residence card number to the university's international office
_s = person()
_rc = f"{rng.choice('ABEFHK')}{rng.choice('ABCDFGH')}{rng.randint(10000000, 99999999)}{rng.choice('ABCDEF')}{rng.choice('GHJKLM')}"
add(
    subject="留学生枠応募者の在留資格確認について",
    sender=KONISHI,
    to=["東都大学 国際センター 留学生支援係 <intl-support@toto-u.ac.jp>"],
    charset="utf-8",
    body=f"""東都大学 国際センター 留学生支援係
ご担当者様

お世話になっております。日の出産業奨学財団の小西です。

留学生枠に応募された下記の学生について、在留期間が奨学金支給期間の途中で
満了となるため、更新の見込みを確認させていただきたく存じます。

　氏名：NGUYEN THI LAN（グエン・ティ・ラン）
　学籍番号：{_s['sid']}
　生年月日：2003年11月8日
　在留カード番号：{_rc}
　在留資格：留学　　在留期間満了日：2026年3月31日

貴学で更新手続きの支援予定があるか、お知らせいただけますと幸いです。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a student's 在留カード番号 with name and DOB to an external university",
)

# S13 — HTML-only mail with a table of six alumni's home addresses to the printer
_p = people(6)
_tr = "\n".join(
    f"<tr><td>{i}</td><td>{p['name']}</td><td>〒{p['zip']}</td><td>{p['addr']}</td><td>{rng.choice([2015, 2017, 2018, 2020, 2021])}年度</td></tr>"
    for i, p in enumerate(_p, 1))
add(
    subject="会報「ひので」第38号 追加発送分の宛名データ",
    sender=NISHIOKA,
    to=["錦印刷 営業部 竹内様 <takeuchi@nishiki-insatsu.co.jp>"],
    charset="utf-8",
    html=f"""<html><body style="font-family:'メイリオ',sans-serif">
<p>錦印刷株式会社<br>営業部 竹内様</p>
<p>いつもお世話になっております。日の出産業奨学財団の西岡です。<br>
会報第38号の発送について、住所変更の連絡があったOB・OG分を追加でお願いいたします。<br>
宛名ラベルに下記6件を加えてください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>郵便番号</th><th>住所</th><th>採用年度</th></tr>
{_tr}
</table>
<p>発送予定日（7月11日）に変更はございません。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業奨学財団 事務局　西岡 拓也<br>TEL：03-5401-7722</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML table of six alumni's names and home addresses to the external printer",
)

# S14 — forward (転送) of a university's mail listing five recommended students, to a committee member
_p = people(5)
_blk = "\n".join(f"　{i}. {p['name']}（{p['fac']}{p['grade']}年）生年月日 {wareki(p)}　TEL {p['tel']}"
                 for i, p in enumerate(_p, 1))
add(
    subject="FW: 【北陵大学】日の出産業奨学金 学内推薦者の決定について",
    sender=NISHIOKA,
    to=["帆足 誠 先生 <hoashi@seiran-hs.ed.jp>"],
    charset="iso-2022-jp",
    body=f"""帆足先生

お世話になっております。事務局の西岡です。
先日の委員会でお尋ねのあった北陵大学の推薦状況、大学から届いたメールを転送いたします。
ご参考までにご覧ください。

---------- 転送メッセージ ----------
From: 北陵大学 学生部 奨学係 <gakusei-shogaku@hokuryo.ac.jp>
Date: 2025年5月8日(木) 15:42
Subject: 【北陵大学】日の出産業奨学金 学内推薦者の決定について
To: 日の出産業奨学財団 事務局 <shogaku-zaidan@hinode-sangyo.co.jp>

日の出産業奨学財団 事務局 御中

学内選考の結果、下記5名を推薦いたします。
{_blk}

推薦書の原本は本日郵送いたしました。
北陵大学 学生部 奨学係
{sig('nishioka')}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded university mail lists five students with DOB and phone: a forward is new text to its recipient",
)

# S15 — one scholar's disability (wheelchair, 身体障害者手帳) to the hotel for accessibility arrangements
_s = person()
add(
    subject="授与式当日の会場配慮のお願い",
    sender=NISHIOKA,
    to=["さくらホテル 宴会セールス 三好様 <banquet@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会セールス
三好様

いつもお世話になっております。日の出産業奨学財団の西岡です。
6月21日の授与式について、1点ご相談がございます。

新規奨学生の{_s['name']}さん（{_s['univ']}{_s['grade']}年）は、脊髄損傷による下肢機能障害で
身体障害者手帳1種2級をお持ちで、車椅子を使用されています。
つきましては、
　・桜の間の出入口に近い席の確保
　・ステージへのスロープ設置（証書授与の際に登壇されます）
　・多目的トイレの場所のご案内
をお願いできますでしょうか。

ご本人からは、介助者の同伴はないとのことです。
ご対応可否を6月6日頃までにお知らせいただけますと幸いです。
{sig('nishioka')}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named scholar's disability and disability certificate grade to the hotel: 要配慮個人情報",
)

# S16 — the foundation's corporate card number to the hotel for a deposit
_cc = cardno()
add(
    subject="OB・OG交流会 予約金のお支払いについて",
    sender=YABUKI,
    to=["さくらホテル 予約課 <reservation@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""さくらホテル 予約課 ご担当者様

お世話になっております。日の出産業奨学財団 経理担当の矢吹です。
11月8日（土）のOB・OG交流会（会場：牡丹の間、60名）の予約金について、
お電話でご案内いただいたとおりカード決済でお願いいたします。

　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：09/28
　名義：HINODE SANGYO SCHOLARSHIP FDN
　金額：120,000円（予約金）

領収書の宛名は「公益財団法人日の出産業奨学財団」でお願いいたします。
{sig('yabuki')}""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number in the mail body to the hotel",
)

# S17 — five alumni, one record per block, to the OB/OG association organiser on gmail
_p = people(5)
_blocks = "\n\n".join(
    f"■{p['name']}（{p['kana']}）\n　{rng.choice([2012, 2014, 2016, 2018, 2019])}年度採用・{p['univ']}卒\n"
    f"　携帯：{p['tel']}\n　メール：{p['email']}"
    for p in _p)
add(
    subject="同窓会名簿の件（関西地区の連絡先）",
    sender=KONISHI,
    to=["OB会幹事 相馬さん <soma.kanji.ob@gmail.com>"],
    charset="utf-8",
    body=f"""相馬さん

いつもOB会の運営ありがとうございます。事務局の小西です。
先日ご依頼のあった関西地区在住のOB・OGのうち、
財団側で連絡先を把握している方を以下にまとめました。
関西支部の立ち上げのご連絡にお使いください。

{_blocks}

※財団から連絡先をお渡しすることは、ご本人には事前にお伝えしておりません。
　最初のご連絡の際に一言添えていただけると助かります。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="five alumni records (name, mobile, e-mail), one per block, to a private gmail address",
)

# S18 — PDF payment ledger to the external auditors
_p = people(9)
_tbl = [["No", "氏名", "在籍大学", "振込先", "口座番号", "年間支給額"]]
for i, p in enumerate(_p, 1):
    _tbl.append([str(i), p["name"], p["univ"], f"{p['bank'][1]} {p['bank'][3]}", f"普通 {p['acct']}", "600,000"])
add(
    subject="期中監査資料（奨学金支給台帳・抽出分）の送付",
    sender=YABUKI,
    to=["明和監査法人 第二部 吉岡様 <yoshioka@meiwa-kansa.co.jp>"],
    charset="iso-2022-jp",
    body=f"""明和監査法人
吉岡様

お世話になっております。日の出産業奨学財団の矢吹でございます。
先日ご指示いただいたサンプル9件について、支給台帳の該当部分をPDFにしてお送りします。
振込の証憑（振込明細）は明日の往査時にご用意いたします。
{sig('yabuki')}""",
    attachments=[{"kind": "pdf", "name": "支給台帳_抽出9件.pdf", "title": "奨学金支給台帳（抽出）",
                  "lines": ["公益財団法人日の出産業奨学財団　奨学金支給台帳（2024年度・監査抽出分）", ""],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="PDF table of nine scholars' names and bank accounts to the external auditors",
)

# S19 — unencrypted ZIP with a UTF-8 CSV of applicants to the system vendor for a migration test
_p = people(15)
_rows = [["applicant_id", "name_kanji", "name_kana", "birth_date", "zip", "address", "tel", "email", "university"]]
for i, p in enumerate(_p):
    _rows.append([f"A2025{i + 301:05d}", p["name"], p["kana"], p["dob"].replace("/", "-"), p["zip"],
                  p["addr"], p["tel"], p["email"], p["univ"]])
add(
    subject="新申請システム データ移行テスト用ファイル",
    sender=TOKANO,
    to=["ツバサシステム 導入チーム 岩崎様 <iwasaki@tsubasa-system.jp>"],
    charset="utf-8",
    body=f"""ツバサシステム株式会社
岩崎様

お世話になっております。日の出産業の戸叶です。
移行リハーサル用に、旧システムから応募者データを抽出しました。
まずは15件で取込みを試していただけますか。文字コードはUTF-8（BOMなし）です。

本番移行時は全件（約1,200件）になります。
{sig('tokano')}""",
    attachments=[{"kind": "zip", "name": "migration_test_0612.zip", "files": [
        {"kind": "csv", "name": "applicants_sample.csv", "encoding": "utf-8", "rows": _rows},
        {"kind": "txt", "name": "README.txt", "text": "applicants_sample.csv: 旧申請DBからの抽出 15件\n区切り: カンマ / 文字コード: UTF-8\n"}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) with a CSV of 15 real applicant records sent to the system vendor",
)

# S20 — English mail with six exchange scholars' passport numbers to a UK partner university
_p = people(6)
_lines = "\n".join(f"  {i}. {p['roma']:<22} DOB {p['y']}-{p['m']:02d}-{p['d']:02d}   Passport No. T{rng.choice('KRSZ')}{rng.randint(1000000, 9999999)}"
                   for i, p in enumerate(_p, 1))
add(
    subject="Summer programme 2025 - participant details for visa letters",
    sender="Emi Konishi <k.konishi@hinode-sangyo.co.jp>",
    to=["International Office <global@northbridge.ac.uk>"],
    charset="utf-8",
    body=f"""Dear Ms Whitfield,

Thank you for your help with this year's summer programme.
As requested, here are the details of our six scholars for the invitation / visa letters:

{_lines}

All six will arrive at Heathrow on 2 August. Please let me know if you need anything else
for the letters.

Kind regards,
{sig('en')}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="six scholars' passport numbers and dates of birth to an overseas university",
)

# S21 — one scholar's health insurance card number to the travel agency
_s = person()
add(
    subject="海外研修 旅行保険加入手続きの件（追加1名）",
    sender=NISHIOKA,
    to=["旅のつばめ 法人旅行センター 片桐様 <katagiri@tsubame-travel.co.jp>"],
    charset="iso-2022-jp",
    body=f"""旅のつばめ 法人旅行センター
片桐様

お世話になっております。日の出産業奨学財団の西岡です。
8月の英国研修について、キャンセル待ちだった学生1名の参加が確定しました。
保険加入に必要とのことでしたので、情報をお送りします。

　氏名：{_s['name']}（{_s['roma']}）
　生年月日：{_s['dob']}
　健康保険証：記号 {rng.randint(10, 99)}{rng.randint(100, 999)}　番号 {rng.randint(1, 250)}　（被扶養者）
　保険者番号：{rng.choice(['06', '01', '31'])}{rng.randint(130000, 139999)}

航空券の手配もあわせてお願いいたします。
{sig('nishioka')}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a scholar's 健康保険証 記号・番号 with name and DOB to the travel agency",
)

# S22 — applicant is the child of a crime victim (特別枠) — to the university to confirm enrolment
_s = person()
add(
    subject="特別枠応募者の在籍確認のお願い",
    sender=KONISHI,
    to=["白鷺大学 学生課 奨学金担当 <gakusei@shirasagi-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""白鷺大学 学生課 奨学金ご担当者様

お世話になっております。日の出産業奨学財団の小西です。

当財団の「犯罪被害者遺族支援枠」に、貴学{_s['fac']}{_s['grade']}年の{_s['name']}さんから応募がありました。
申請書によると、お父様が2022年に強盗殺人事件の被害に遭われて亡くなっており、
犯罪被害者等給付金（遺族給付金）を受給されているとのことです。

選考にあたり在籍の確認が必要となりますので、学籍番号 {_s['sid']} の在籍状況について
ご回答いただけますでしょうか。なお、事情が事情ですので、学内での情報の扱いには
ご配慮をお願いいたします。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant whose family were victims of a crime: 犯罪被害 is 要配慮個人情報",
)

# S23 — the mail itself is marked 【社外秘】 (subject and header line)
add(
    subject="【社外秘】2025年度 採用者（案）と補欠順位について",
    sender=OKOCHI,
    to=["九十九 博之 先生 <tsukumo@kanto-gakuin-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""【社外秘・取扱注意】

九十九委員長

お世話になっております。大河内でございます。
昨日の面接審査を踏まえ、事務局で採用者案を整理いたしました。

　採用予定数：40名（うち留学生枠3名）
　合格ライン：合計72点（同点3名は面接点の高い順）
　補欠：上位5名に順位を付しております

委員長のご了解をいただけましたら、6月2日の持ち回り決議に付したいと存じます。
個別の点数表は、お目通しの後に郵送いたします。
{sig('okochi')}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail is stamped 【社外秘・取扱注意】 and goes to an external committee chair",
)

# S24 — three committee members at three universities, all in To
add(
    subject="第2回選考委員会の日程調整のお願い",
    sender=NISHIOKA,
    to=["日下部先生 <m.kusakabe@mizuho-kokusai.ac.jp>", "氷室先生 <himuro.naoko@shirasagi-u.ac.jp>",
        "九十九先生 <tsukumo@kanto-gakuin-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""選考委員の先生方

いつもお世話になっております。事務局の西岡です。
第2回選考委員会（最終選考）の日程を調整させていただきたく、
以下の候補日のご都合をお知らせいただけますでしょうか。

　① 6月28日（土）14:00～16:00
　② 7月 1日（火）18:00～20:00
　③ 7月 5日（土）10:00～12:00

会場は当財団会議室（浜松町）を予定しております。オンライン参加も可能です。
6月13日（金）までにご返信をお願いいたします。
{sig('nishioka')}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external committee members of three universities in To can see each other",
)

# S25 — look-alike of the own domain (.jp instead of .co.jp) for a colleague in HR
_p = people(2)
add(
    subject="社員子女枠の応募者2名について",
    sender=KONISHI,
    to=["人事部 福利厚生課 菅原さん <k.sugawara@hinode-sangyo.jp>"],
    charset="iso-2022-jp",
    body=f"""菅原さん

お疲れさまです。財団事務局の小西です。
社員子女枠に今年は2名から応募がありました。
念のため、保護者の在籍確認をお願いできますか。

　1) {_p[0]['name']}さん（保護者：名古屋工場 勤務）　本人携帯 {_p[0]['tel']}
　2) {_p[1]['name']}さん（保護者：大阪支社 営業部）　本人携帯 {_p[1]['tel']}

来週中にご回答いただけると助かります。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp is a look-alike of the own domain hinode-sangyo.co.jp (dropped co.)",
)

# S26 — four rows only, but a 持病 column: sensitive data in list rows
_p = people(4)
_ill = ["1型糖尿病（インスリン治療中）", "特になし", "てんかん（服薬で発作なし）", "特になし"]
_rows = "\n".join(f"・{p['name']}（{p['fac']}{p['grade']}年）　既往・持病：{_ill[i]}"
                  for i, p in enumerate(_p))
add(
    subject="夏季合宿研修 参加者の健康面の情報共有",
    sender=NISHIOKA,
    to=["南洋女子大学 保健管理センター <hoken@nanyo-joshi.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""南洋女子大学 保健管理センター ご担当者様

お世話になっております。日の出産業奨学財団の西岡です。
8月の奨学生合宿研修（2泊3日・長野県）に参加する貴学の学生4名について、
事前調査票の健康欄の内容を共有いたします。
引率にあたって留意すべき点があればご助言ください。

{_rows}

緊急時の対応方針は別途お送りいたします。
{sig('nishioka')}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="only four rows, but two name a chronic illness: 要配慮個人情報 of identifiable students",
)

# S27 — legacy XLS of 12 scholars to confirm enrolment
_p = people(12)
_xs = [["在籍確認依頼票（2025年度前期）"], ["学籍番号", "氏名", "フリガナ", "生年月日", "学部", "学年", "在籍（○/×）"]]
for p in _p:
    _xs.append([p["sid"], p["name"], p["kana"], wareki(p, "ab"), p["fac"], p["grade"], ""])
add(
    subject="在籍確認のお願い（前期分）",
    sender=NISHIOKA,
    to=["白鷺大学 学生課 <gakusei@shirasagi-u.ac.jp>"],
    charset="cp932",
    body=f"""白鷺大学 学生課 御中

いつもお世話になっております。日の出産業奨学財団の西岡です。
前期分の在籍確認をお願いいたします。
添付の確認票（Excel）の「在籍」欄にご記入のうえ、6月20日までにご返送ください。
（大学様のシステムの都合で、今年も .xls 形式にしております）
{sig('nishioka')}""",
    attachments=[{"kind": "xls", "name": "zaiseki_kakunin_shirasagi.xls", "sheets": {"確認票": _xs}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS with 12 scholars' names, kana and 和暦 dates of birth to a university",
)

# S28 — a part-time office worker's 基礎年金番号 to the labour consultant
_s = person("adult")
add(
    subject="嘱託職員の社会保険資格取得届について",
    sender=OKOCHI,
    to=["社会保険労務士法人ひまわり 堀様 <hori@himawari-sr.jp>"],
    charset="iso-2022-jp",
    body=f"""社会保険労務士法人ひまわり
堀様

お世話になっております。日の出産業奨学財団の大河内です。
7月1日付で事務局に嘱託職員を1名採用いたしますので、資格取得届の作成をお願いいたします。

　氏名：{_s['name']}（{_s['kana']}）
　生年月日：{wareki(_s)}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　報酬月額：220,000円（通勤手当含む）
　被扶養者：なし

雇用契約書の写しは郵送いたします。
{sig('okochi')}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a new employee's 基礎年金番号 with name and DOB to the external labour consultant",
)

# S29 — driver's licence number of a scholar suspected of double receipt, to the law firm
_s = person()
add(
    subject="奨学金の二重受給の疑いについてご相談",
    sender=OKOCHI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業奨学財団の大河内でございます。

当財団の奨学生1名について、他団体の給付型奨学金との併給禁止規定に違反している疑いがあり、
ご相談させていただきたく存じます。対象者の情報は以下のとおりです。

　氏名：{_s['name']}
　住所：{_s['addr']}
　生年月日：{_s['dob']}
　本人確認書類：運転免許証 第{rng.randint(10, 63)}{rng.randint(1000000000, 9999999999)}号（採用時に写しを徴求）

既支給額は合計 900,000円です。返還を求める場合の手順について、
来週どこかでお時間をいただけますでしょうか。
{sig('okochi')}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a driver's licence number of a named scholar leaves for the (partner) law firm",
)

# S30 — DOCX reception list of 10 interviewees to the hotel
_p = people(10)
_t = [["受付時刻", "氏名", "フリガナ", "在籍大学", "携帯電話", "メールアドレス"]]
for i, p in enumerate(_p):
    _t.append([f"{9 + i // 3}:{(i % 3) * 20:02d}", p["name"], p["kana"], p["univ"], p["tel"], p["email"]])
add(
    subject="6/7 面接会場 受付名簿の送付",
    sender=NISHIOKA,
    to=["さくらホテル 宴会セールス 三好様 <banquet@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""三好様

お世話になっております。日の出産業奨学財団の西岡です。
6月7日の面接会場（会議室「萩」）の受付で使用する名簿をお送りします。
当日は事務局員も受付に立ちますが、早めに到着した学生の控室案内をお願いできれば幸いです。
{sig('nishioka')}""",
    attachments=[{"kind": "docx", "name": "面接受付名簿_0607.docx",
                  "paragraphs": ["2025年度 日の出産業奨学生 二次選考（面接） 受付名簿", "会場：さくらホテル 会議室「萩」"],
                  "tables": [_t]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of ten interviewees with mobile numbers and e-mail addresses to the hotel",
)

# S31 — full-width digits, full-width padding: guardians' emergency contacts to the bus company
_p = people(6)
_g = people(6, "adult")
_rows = "\n".join(f"{pad(p['name'], 14)}　{pad(g['sei'] + ' ' + g['mei'], 14)}　{rng.choice(['父', '母', '母', '祖母'])}　　{zen(g['tel'])}"
                  for p, g in zip(_p, _g))
add(
    subject="研修バス 乗車名簿・緊急連絡先",
    sender=NISHIOKA,
    to=["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    charset="utf-8",
    body=f"""青葉運輸株式会社　貸切バス営業所　ご担当者様

いつもお世話になっております。日の出産業奨学財団の西岡です。
８月１８日（月）の合宿研修送迎（浜松町→松本）について、
１号車の乗車名簿と、事故等の際の保護者連絡先をお送りします。

奨学生氏名　　　　保護者氏名　　　　続柄　緊急連絡先
――――――――――――――――――――――――――――――――
{_rows}

２号車分は明日お送りいたします。
{sig('nishioka')}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six students with their guardians' names and full-width phone numbers to the (partner) bus company",
)

# S32 — look-alike of the partner hotel (homoglyph I for l)
add(
    subject="11/8 OB・OG交流会 会場仮押さえのお願い",
    sender=KONISHI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hoteI.jp>"],
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約 ご担当者様

いつもお世話になっております。日の出産業奨学財団の小西です。
例年お世話になっておりますOB・OG交流会について、今年も会場の仮押さえをお願いいたします。

　日時：2025年11月8日（土）17:30～20:00
　人数：60名前後（立食）
　ご希望：牡丹の間、プロジェクター・マイク2本

お見積りも併せていただけますと幸いです。
{sig('konishi')}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hoteI.jp (capital I for l) is a homoglyph look-alike of the partner sakura-hotel.jp",
)

# S33 — password-protected PDF to a scholar on gmail
_s = person()
add(
    subject="採用決定通知書の送付（日の出産業奨学財団）",
    sender=OFFICE,
    to=[f"{_s['name']} <{_s['roma'].split()[1].lower()}.{_s['roma'].split()[0].lower()}.2025@gmail.com>"],
    charset="iso-2022-jp",
    body=f"""{_s['name']}様

日の出産業奨学財団 事務局です。
このたびは2025年度奨学生への採用が決定しましたので、通知書をお送りします。
PDFにはパスワードを設定しております。パスワードは申請時にご登録の
生年月日（8桁）です。

誓約書・口座届は6月13日までにご提出ください。

日の出産業奨学財団 事務局
TEL 03-5401-7720""",
    attachments=[{"kind": "pdf", "name": "saiyo_tsuchi.pdf", "password": _s["dob"].replace("/", ""),
                  "lines": [f"{_s['name']} 様", "採用決定通知書", "貴殿を2025年度日の出産業奨学生として採用します。"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF cannot be inspected; recipient on gmail",
)

# S34 — PPTX with a 'Confidential' footer on every slide to an external speaker
add(
    subject="交流会でのご講演について（財団の概要資料）",
    sender=OKOCHI,
    to=["みらいコンサルティング 鬼頭 正樹 様 <kito@mirai-consulting.co.jp>"],
    charset="iso-2022-jp",
    body=f"""鬼頭様

ご無沙汰しております。大河内です。
このたびは11月の交流会でのご講演をお引き受けいただき、ありがとうございます。
OBとして後輩へのお話をいただく前提として、財団の現状をまとめた資料をお送りします。
講演内容の参考になれば幸いです。
{sig('okochi')}""",
    attachments=[{"kind": "pptx", "name": "財団の現状と中期計画_2025.pptx", "page_footer": "Confidential - 理事会資料",
                  "title": "財団の現状と中期計画",
                  "slides": [["財団の現状と中期計画（2025-2027）", "理事会 2025年3月"],
                             ["奨学生数の推移", "2020年度 96名 → 2024年度 148名", "給付総額 年間8,880万円"],
                             ["基本財産の運用", "日の出産業株式 配当利回りの低下", "運用益の減少リスク"],
                             ["中期計画", "留学生枠の拡大（3→8名）", "OB・OGネットワークの強化", "募集の完全オンライン化"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="every slide of the attached PPTX carries a 'Confidential - 理事会資料' footer",
)

# S35 — one applicant's religion (interview on a Saturday) to an external committee member
_s = person()
add(
    subject="面接日程の変更希望（受付番号25-1187）",
    sender=NISHIOKA,
    to=["氷室先生 <himuro.naoko@shirasagi-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""氷室先生

お世話になっております。事務局の西岡です。
6月7日（土）に先生の会場で面接予定だった{_s['name']}さん（受付番号25-1187）から、
日程変更の希望がありました。
ご本人はセブンスデー・アドベンチスト教会の信徒で、土曜日は安息日のため
活動を控えているとのことです。

つきましては、6月9日（月）夕方のオンライン面接に振り替えたいのですが、
先生のご都合はいかがでしょうか。
{sig('nishioka')}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's religious creed to an external committee member: 要配慮個人情報",
)

# S36 — one university in To, two more in Cc
add(
    subject="合同説明会（オンライン）の共催について",
    sender=KONISHI,
    to=["東都大学 学生支援課 平野様 <shogaku@toto-u.ac.jp>"],
    cc=["北陵大学 学生部 <gakusei-shogaku@hokuryo.ac.jp>", "西京工業大学 学生支援センター <shien@saikyo-it.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""東都大学 平野様
（cc：北陵大学様、西京工業大学様）

いつもお世話になっております。日の出産業奨学財団の小西です。
先日お話しした、3大学合同の奨学金オンライン説明会について、
下記の日程でいかがでしょうか。

　日時：2025年10月15日（水）18:30～19:30
　形式：Zoomウェビナー（財団アカウント）
　内容：財団説明20分、OB・OGトーク30分、質疑10分

各大学様からの告知文の案は来週お送りします。
{sig('konishi')}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external universities in To/Cc see each other's addresses",
)

# S37 — bullets: seven committee members with 和暦 DOB and home address to the insurance agency
_p = people(7, "adult")
_rows = "\n".join(f"・{p['name']}　{wareki(p)}生　{p['addr']}" for p in _p)
add(
    subject="選考委員 国内旅行傷害保険の加入者リスト",
    sender=YABUKI,
    to=["ほしの保険サービス 星野様 <hoshino@hoshino-hoken.co.jp>"],
    charset="iso-2022-jp",
    body=f"""ほしの保険サービス
星野様

いつもお世話になっております。日の出産業奨学財団の矢吹です。
今年度の選考委員（7名）の国内旅行傷害保険について、加入者リストをお送りします。
期間は5月20日～7月31日でお願いいたします。

{_rows}

保険料の請求書は財団宛てでお願いいたします。
{sig('yabuki')}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="bulleted list of seven people with 和暦 dates of birth and home addresses to an insurance agent",
)

# S38 — reply: new text has comma-separated lines of five applicants without names
_p = people(5)
_rows = "\n".join(f"25-{3300 + i * 11},{p['addr']},{p['tel']},{p['income']}"
                  for i, p in enumerate(_p))
add(
    subject="Re: 入力データの不整合について",
    sender=NISHIOKA,
    to=["ひかりBPO 入力センター 三宅様 <miyake@hikari-bpo.co.jp>"],
    charset="iso-2022-jp",
    body=f"""三宅様

ご連絡ありがとうございます。西岡です。
原本を確認しました。正しい値は以下のとおりです（受付番号,住所,電話,世帯年収）。

{_rows}

申請書の手書き文字が読みにくかったようで、お手数をおかけしました。
修正後のデータは、いつもどおり共有フォルダへお願いいたします。
{sig('nishioka')}
> 日の出産業奨学財団 西岡様
>
> 入力作業中、原本と確認リストの値が一致しない案件が5件ございました。
> 受付番号25-3300から25-3344の5件です。ご確認をお願いいたします。
>
> ひかりBPO 三宅""",
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="new reply text gives five applicants' address, phone and income by number: a list without names",
)

# S39 — a mail attached as .eml (applicant list inside) to a committee member
_p = people(6)
_inner = "\n".join(f"{p['name']} / {p['univ']} {p['fac']} / {p['email']} / {p['tel']}" for p in _p)
add(
    subject="補欠候補者の件（元メールを添付します）",
    sender=NISHIOKA,
    to=["九十九先生 <tsukumo@kanto-gakuin-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""九十九委員長

お世話になっております。西岡です。
お問い合わせの補欠候補者について、事務局内で共有したメールをそのまま添付いたします。
辞退者が出た場合の繰上げ順もこの並びです。
{sig('nishioka')}""",
    attachments=[{"kind": "eml", "name": "補欠候補者リスト.eml", "message": {
        "subject": "補欠候補者リスト（確定）", "sender": KONISHI, "to": [NISHIOKA], "charset": "iso-2022-jp",
        "body": f"西岡さん\n\n補欠候補者（繰上げ順）を確定しました。\n\n{_inner}\n\n小西"}}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached .eml carries six candidates' names, e-mail addresses and phones to an external chair",
)

# S40 — XLSX of seven committee members' My Numbers to the tax accountant
_p = people(7, "adult")
_x = [["2025年 報酬・料金等の支払調書 作成用データ"], [],
      ["No", "氏名", "フリガナ", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
for i, p in enumerate(_p, 1):
    _x.append([i, p["name"], p["kana"], p["addr"], mynum(), 88000, 8984])
add(
    subject="支払調書作成データ（選考委員7名分）",
    sender=YABUKI,
    to=["税理士法人あおぞら会計 大野様 <ohno@aozora-tax.jp>"],
    charset="iso-2022-jp",
    body=f"""大野様

お世話になっております。日の出産業奨学財団の矢吹です。
支払調書の作成用データをお送りします。
ご確認のほど、よろしくお願いいたします。
{sig('yabuki')}""",
    attachments=[{"kind": "xlsx", "name": "shiharai_chosho_2025.xlsx",
                  "sheets": {"委員謝金": _x, "メモ": [["源泉税率10.21%"], ["交通費は実費精算のため含めない"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with seven people's マイナンバー and addresses to the external tax accountant",
)

# S41 — English: one scholar's health check result to an overseas partner university
_s = person()
add(
    subject="Re: Pre-departure health information - exchange scholar",
    sender="Emi Konishi <k.konishi@hinode-sangyo.co.jp>",
    to=["Student Wellbeing <wellbeing@pacifica-univ.edu.au>"],
    charset="utf-8",
    body=f"""Dear Mr Doyle,

Thank you for your message. Regarding our scholar {_s['roma']} (born {_s['y']}-{_s['m']:02d}-{_s['d']:02d}),
who will join your semester exchange from February:

Her pre-departure health check found an irregular heartbeat (arrhythmia) and she was referred for
a detailed cardiac examination. Her cardiologist has cleared her for travel, but she takes
beta-blockers daily and should avoid strenuous sport.

Could you let us know whether your health service can arrange a local GP for her prescriptions?

Best regards,
{sig('en')}
> Could you share any health conditions we should be aware of before arrival?""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named scholar's health check findings and medication to an overseas university",
)

# S42 — look-alike of the partner printer (insatu for insatsu)
add(
    subject="会報第38号 校正戻しの件",
    sender=NISHIOKA,
    to=["錦印刷 竹内様 <takeuchi@nishiki-insatu.co.jp>"],
    charset="iso-2022-jp",
    body=f"""竹内様

お世話になっております。日の出産業奨学財団の西岡です。
会報第38号の初校、確認いたしました。修正は以下の3点です。

　p.2　理事長挨拶 3行目「奨学制度」→「奨学金制度」
　p.5　写真キャプション「2024年度授与式」→「2025年度授与式」
　p.8　奥付の電話番号（03-5401-7720）はそのままで結構です

再校は7月2日頃にいただけますと助かります。
{sig('nishioka')}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp is a look-alike (letter dropped) of the partner nishiki-insatsu.co.jp",
)

# S43 — PDF with a 【機密】 page header to a securities company
add(
    subject="基本財産の運用状況報告（2024年度）",
    sender=OKOCHI,
    to=["かえで証券 法人部 田代様 <tashiro@kaede-sec.co.jp>"],
    charset="iso-2022-jp",
    body=f"""田代様

いつもお世話になっております。大河内です。
来月の運用方針のご相談に先立ち、理事会に報告した運用状況の資料をお送りします。
債券の入替えについてご提案をいただければ幸いです。
{sig('okochi')}""",
    attachments=[{"kind": "pdf", "name": "運用状況報告_2024.pdf", "page_header": "【機密】理事会限り",
                  "title": "基本財産運用状況報告",
                  "lines": ["基本財産の運用状況（2025年3月末）", "",
                            "日の出産業株式　時価 18億4,200万円（配当 年6,120万円）",
                            "国債（10年）　　 簿価 3億円（利回り0.8%）",
                            "地方債　　　　　 簿価 2億円（利回り0.6%）",
                            "普通預金（みどり銀行）　1億1,500万円"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF is stamped 【機密】理事会限り on every page",
)

# S44 — corrupt DOCX (essay) to a committee member
add(
    subject="小論文（受付番号25-0652）の再送",
    sender=NISHIOKA,
    to=["日下部先生 <m.kusakabe@mizuho-kokusai.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""日下部先生

先ほどお送りした小論文のファイルが開けないとのこと、失礼いたしました。
保存し直したものを再送いたします。
{sig('nishioka')}""",
    attachments=[{"kind": "corrupt", "name": "小論文_25-0652.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt and cannot be inspected",
)

# S45 — encrypted ZIP of application documents to a committee member on gmail
_p = people(5)
add(
    subject="書類審査用 応募書類一式（第3グループ）",
    sender=NISHIOKA,
    to=["帆足 誠 <makoto.hoashi1958@gmail.com>"],
    charset="iso-2022-jp",
    body=f"""帆足先生

事務局の西岡です。
第3グループ（5名分）の応募書類一式をお送りします。
パスワードはお電話でお伝えしたものと同じです。
採点表は5月31日までにご返送ください。
{sig('nishioka')}""",
    attachments=[{"kind": "zip", "name": "group3_documents.zip", "password": "hinode2025!",
                  "files": [{"kind": "pdf", "name": f"申請書_{i}.pdf", "lines": [p["name"], p["addr"], p["tel"]]}
                            for i, p in enumerate(_p, 1)]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="encrypted ZIP (cannot be inspected) to a committee member's gmail address",
)

# S46 — tab-separated RSVP list with e-mail and mobile to the hotel for name badges
_p = people(8)
_rows = "\n".join(f"{p['name']}\t{p['kana']}\t{rng.choice([2010, 2013, 2015, 2019, 2022])}\t{p['email']}\t{p['tel']}\t{rng.choice(['出席', '出席', '出席', '未定'])}"
                  for p in _p)
add(
    subject="交流会 名札作成用の出席者一覧（第1便）",
    sender=KONISHI,
    to=["さくらホテル 宴会セールス 三好様 <banquet@sakura-hotel.jp>"],
    charset="utf-8",
    body=f"""三好様

お世話になっております。日の出産業奨学財団の小西です。
交流会の名札作成をお願いしたく、現時点の出席者一覧を貼り付けます。
（名札には氏名・フリガナ・採用年度のみ印字してください）

氏名\tフリガナ\t採用年度\tメール\t携帯\t出欠
{_rows}

残りは10月末に確定次第お送りします。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of eight alumni with e-mail and mobile pasted into a mail to the hotel",
)

# S47 — four scholars on four carrier/free-mail domains, all in To
_p = people(4)
add(
    subject="合宿研修のしおり（最終版）",
    sender=NISHIOKA,
    to=[f"{_p[0]['sei']}さん <{_p[0]['roma'].split()[0].lower()}-{rng.randint(10, 99)}@docomo.ne.jp>",
        f"{_p[1]['sei']}さん <{_p[1]['roma'].split()[1].lower()}{rng.randint(1000, 9999)}@ezweb.ne.jp>",
        f"{_p[2]['sei']}さん <{_p[2]['roma'].split()[0].lower()}.{_p[2]['roma'].split()[1].lower()}@softbank.ne.jp>",
        f"{_p[3]['sei']}さん <{_p[3]['roma'].split()[1].lower()}.{rng.randint(100, 999)}@gmail.com>"],
    charset="iso-2022-jp",
    body="""第3班の皆さん

事務局の西岡です。合宿研修のしおり（最終版）の要点です。

・集合：8月18日（月）8:00　浜松町駅 北口バスロータリー
・持ち物：筆記用具、学生証、保険証（コピー不可）、常備薬
・班別発表のテーマ：「10年後の自分と地域」

スマホで読みやすいよう本文に書きました。質問はこのメールに返信してください。

日の出産業奨学財団 事務局 西岡
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private persons on carrier and free mail in To can see each other's addresses",
)

# S48 — arrest of a scholar reported by the university, passed to the law firm
_s = person()
add(
    subject="奨学生の逮捕報道について（ご相談）",
    sender=OKOCHI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    charset="iso-2022-jp",
    body=f"""白川先生

たびたび恐れ入ります。大河内です。
本日、{_s['univ']}から連絡があり、当財団の奨学生である{_s['name']}さん（{_s['fac']}{_s['grade']}年）が、
先週末に傷害の容疑で逮捕されたとのことです。現在、本人は勾留中で、
大学は処分を保留していると聞いております。

規程第14条（奨学生としてふさわしくない行為）による支給停止・採用取消しの判断時期について、
ご助言をいただけますでしょうか。起訴前の段階で停止することの是非が気になっております。
{sig('okochi')}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named scholar's arrest (逮捕) sent outside: criminal-procedure data is 要配慮個人情報",
)

# S49 — XLSX: harmless summary sheet first, 20 applicants on the second sheet, to the auditors
_p = people(20)
_d = [["受付番号", "氏名", "生年月日", "現住所", "世帯人数", "世帯年収(万円)", "判定"]]
for i, p in enumerate(_p):
    _d.append([f"25-{4000 + i * 13}", p["name"], p["dob"], p["addr"], rng.randint(2, 6), p["income"],
               rng.choice(["採用", "不採用", "不採用", "補欠"])])
add(
    subject="応募者の所得審査に関する資料（監査ご依頼分）",
    sender=YABUKI,
    to=["明和監査法人 吉岡様 <yoshioka@meiwa-kansa.co.jp>"],
    charset="iso-2022-jp",
    body=f"""吉岡様

お世話になっております。矢吹です。
所得審査の運用状況について、集計表をお送りいたします。
（1枚目が集計、2枚目が明細です）
{sig('yabuki')}""",
    attachments=[{"kind": "xlsx", "name": "所得審査_集計_2025.xlsx", "sheets": {
        "集計": [["2025年度 所得審査結果"], ["区分", "件数"], ["応募", 412], ["所得基準内", 338], ["採用", 40]],
        "明細": _d}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="second sheet of the XLSX lists 20 applicants with DOB, address and income",
)

# S50 — origin (Ainu special quota) of a named applicant to the university
_s = person()
add(
    subject="アイヌ民族特別枠 応募者の推薦書について",
    sender=KONISHI,
    to=["北陵大学 学生部 奨学係 <gakusei-shogaku@hokuryo.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""北陵大学 学生部 奨学係 ご担当者様

お世話になっております。日の出産業奨学財団の小西です。
今年度新設の「アイヌ民族出身学生特別枠」に、貴学の{_s['name']}さん（{_s['fac']}{_s['grade']}年）から応募がありました。
ご本人の申立書によれば、母方がアイヌの家系で、平取町のアイヌ協会の証明書を添付されています。

特別枠でも大学からの推薦書が必要となりますので、学内でのご手配をお願いできますでしょうか。
締切は一般枠と同じく5月30日です。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's ethnic origin sent outside: 人種・民族 is 要配慮個人情報",
)

# S51 — look-alike of the partner system vendor (letter dropped)
add(
    subject="管理画面アカウント追加のお願い",
    sender=TOKANO,
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    charset="iso-2022-jp",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の戸叶です。
奨学金申請システムの管理画面に、財団事務局の下記2名のアカウント追加をお願いいたします。

　・西岡 拓也（t.nishioka@hinode-sangyo.co.jp）権限：審査担当
　・矢吹 真理子（m.yabuki@hinode-sangyo.co.jp）権限：経理・閲覧のみ

初期パスワードは私宛てにお送りください。
{sig('tokano')}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a look-alike (letter dropped) of the partner tsubasa-system.jp",
)

# S52 — English mail classified INTERNAL ONLY to an overseas university
add(
    subject="[INTERNAL ONLY] Draft MoU - exchange scholarship 2026",
    sender="Emi Konishi <k.konishi@hinode-sangyo.co.jp>",
    to=["Dr Alan Whitfield <a.whitfield@northbridge.ac.uk>"],
    charset="utf-8",
    body=f"""Classification: INTERNAL ONLY - not for circulation

Dear Dr Whitfield,

Please find below the points our board discussed for the 2026 MoU, before the formal draft:

  - number of places: up from 6 to 8 scholars
  - stipend: GBP 1,200 per month, paid by the Foundation
  - tuition waiver: 50 % requested from Northbridge
  - our budget ceiling for the programme is JPY 38 million

We would be grateful for your informal views before 30 September.

Kind regards,
{sig('en')}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified INTERNAL ONLY and goes to an external university",
)

# S53 — HTML-only mail: table of five students and guardians' phones to a high school
_p = people(5)
_g = people(5, "adult")
_tr = "\n".join(f"<tr><td>{p['name']}</td><td>3年{rng.randint(1, 6)}組</td><td>{g['sei']} {g['mei']}</td><td>{g['tel']}</td><td>{rng.choice(['合格', '合格', '補欠1位', '合格', '合格'])}</td></tr>"
                for p, g in zip(_p, _g))
add(
    subject="予約型奨学金 面接結果と保護者連絡先の確認",
    sender=NISHIOKA,
    to=["県立みなと高等学校 進路指導部 <shinro@minato-hs.ed.jp>"],
    charset="utf-8",
    html=f"""<html><body>
<p>県立みなと高等学校<br>進路指導部 ご担当 先生</p>
<p>お世話になっております。日の出産業奨学財団の西岡です。<br>
予約型奨学金の面接結果をお知らせいたします。<br>
採用手続き書類を保護者様宛てに郵送しますので、連絡先に誤りがないかご確認ください。</p>
<table border="1">
<thead><tr><th>生徒氏名</th><th>クラス</th><th>保護者氏名</th><th>保護者電話</th><th>結果</th></tr></thead>
<tbody>
{_tr}
</tbody></table>
<p>日の出産業奨学財団 事務局<br>西岡 拓也</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML table of five students with guardians' names and phone numbers to a high school",
)

# S54 — five students with phones in running prose
_p = people(5)
add(
    subject="説明会ボランティアの学生について",
    sender=KONISHI,
    to=["北陵大学 学生部 前川様 <maekawa@hokuryo.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""前川様

お世話になっております。小西です。
10月の学内説明会で、奨学生のボランティアを5名お願いできることになりました。
当日の連絡用に、各自の携帯番号をお伝えしておきます。
受付は{_p[0]['name']}さん（{_p[0]['tel']}）と{_p[1]['name']}さん（{_p[1]['tel']}）、
体験談の発表は{_p[2]['name']}さん（{_p[2]['tel']}）、会場誘導は{_p[3]['name']}さん（{_p[3]['tel']}）、
全体のまとめ役は4年の{_p[4]['name']}さん（{_p[4]['tel']}）にお願いしています。

控室のご手配をよろしくお願いいたします。
{sig('konishi')}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five students' names with their mobile numbers, written as running prose, to a university",
)

# S55 — a guardian's My Number found on a tax certificate, quoted back to the university
_s = person()
_mn = mynum()
add(
    subject="提出書類に個人番号が記載されていた件",
    sender=NISHIOKA,
    to=["南洋女子大学 厚生課 <kosei@nanyo-joshi.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""南洋女子大学 厚生課 ご担当者様

お世話になっております。日の出産業奨学財団の西岡です。
貴学経由で提出された{_s['name']}さんの所得証明書類について、
保護者様の個人番号（{_mn}）がマスキングされないまま記載されておりました。

当財団では個人番号を取得しない運用のため、書類一式を返却いたします。
お手数ですが、番号部分を黒塗りしたものを改めてご提出いただくよう、
ご本人へお伝えいただけますでしょうか。
{sig('nishioka')}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="the mail repeats a guardian's 12-digit マイナンバー in full while complaining that it was not masked",
)

# =========================================================================================
# MUST GO
# =========================================================================================


def _mn_valid(s: str) -> bool:
    d = [int(c) for c in s]
    total = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return d[11] == (0 if r <= 1 else 11 - r)


def twelve_not_mynumber(prefix: str = "") -> str:
    """a 12-digit reference number (order, tracking) that is NOT a valid My Number"""
    while True:
        s = prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))
        if not _mn_valid(s):
            return s


# P01 — internal only: the full applicant list to a colleague in HR (whatever it carries)
_p = people(14)
_x = [["2025年度 社員子女枠・一般枠 応募者一覧（人事部照会用）"],
      ["受付番号", "氏名", "生年月日", "住所", "電話", "保護者勤務先（社内）"]]
for i, p in enumerate(_p):
    _x.append([f"25-{5000 + i}", p["name"], p["dob"], p["addr"], p["tel"], rng.choice(["", "", "名古屋工場", "本社 経理部", "大阪支社"])])
add(
    subject="応募者一覧（保護者の社内在籍照会用）",
    sender=KONISHI,
    to=["人事部 福利厚生課 菅原 <k.sugawara@hinode-sangyo.co.jp>"],
    cc=["財団事務局 西岡 <t.nishioka@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body=f"""菅原さん

お疲れさまです。財団事務局の小西です。
保護者が当社に在籍しているかどうかの照会用に、応募者一覧をお送りします。
「保護者勤務先」欄が空欄の方も、念のため社員データと突合をお願いします。
取扱いには十分ご注意ください。
{sig('konishi')}""",
    attachments=[{"kind": "xlsx", "name": "応募者一覧_人事照会用.xlsx", "sheets": {"一覧": _x}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="applicant list, but every recipient is internal (hinode-sangyo.co.jp)",
)

# P02 — one applicant's name and DOB for an enrolment check
_s = person()
add(
    subject="在籍確認のお願い（1名）",
    sender=NISHIOKA,
    to=["西京工業大学 学生支援センター 村瀬様 <shien@saikyo-it.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""村瀬様

お世話になっております。日の出産業奨学財団の西岡です。
推薦外で直接応募のあった下記の学生について、在籍の確認をお願いできますでしょうか。

　氏名：{_s['name']}（{_s['kana']}）
　生年月日：{_s['dob']}
　所属（申告）：{_s['fac']} {_s['grade']}年

お手数ですが、よろしくお願いいたします。
{sig('nishioka')}""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one student's name and date of birth to the university's office: below the list threshold (may warn)",
)

# P03 — a list of universities' student offices (businesses, not people) to the printer
_u = [("東都大学", "学生支援課", "03-3941-2210", "東京都文京区大塚3-21-1"),
      ("北陵大学", "学生部 奨学係", "011-706-3100", "北海道札幌市北区北十条西7-1"),
      ("西京工業大学", "学生支援センター", "075-724-7011", "京都府京都市左京区松ヶ崎橋上町5"),
      ("南洋女子大学", "厚生課", "092-851-4400", "福岡県福岡市城南区七隈8-19-1"),
      ("白鷺大学", "学生課", "079-223-6501", "兵庫県姫路市新在家本町1-1-12"),
      ("瑞穂国際大学", "学務部 学生生活課", "052-781-5200", "愛知県名古屋市千種区不老町4-3"),
      ("関東学院総合大学", "学生厚生課", "045-786-7011", "神奈川県横浜市金沢区六浦東2-4-1"),
      ("みちのく学芸大学", "学生支援課", "022-264-6100", "宮城県仙台市青葉区片平1-3-7"),
      ("瀬戸内海洋大学", "学生課 奨学金窓口", "082-424-6120", "広島県東広島市鏡山2-1-8"),
      ("信州高原大学", "学生支援グループ", "0263-37-2190", "長野県松本市旭3-2-1"),
      ("琉球南風大学", "学生部", "098-895-8012", "沖縄県中頭郡西原町千原2-5"),
      ("越後平野大学", "学生支援課", "025-262-6070", "新潟県新潟市西区五十嵐二の町8050"),
      ("讃岐学院大学", "学生課", "087-832-1120", "香川県高松市幸町1-1"),
      ("阿蘇火の国大学", "学生支援部", "096-342-2130", "熊本県熊本市中央区黒髪2-40-1"),
      ("筑波野大学", "学生生活課", "029-853-2200", "茨城県つくば市天王台1-1-1")]
add(
    subject="募集要項 発送先リスト（15大学）",
    sender=NISHIOKA,
    to=["錦印刷 営業部 竹内様 <takeuchi@nishiki-insatsu.co.jp>"],
    charset="iso-2022-jp",
    body=f"""竹内様

お世話になっております。日の出産業奨学財団の西岡です。
2026年度募集要項（A4・16頁）の発送先リストをお送りします。
各大学の奨学金窓口宛てに、1校あたり30部ずつ発送をお願いいたします。
宛名は「○○大学 △△課 奨学金ご担当者様」でお願いします。
{sig('nishioka')}""",
    attachments=[{"kind": "csv", "name": "hassosaki_daigaku.csv", "encoding": "cp932",
                  "rows": [["大学名", "部署", "代表電話", "所在地", "部数"]] + [list(u) + [30] for u in _u]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of 15 universities' office addresses and switchboards: businesses, not people",
)

# P04 — NDA talk with the law firm (mentions 秘密保持契約 and 機密情報 but no marking)
add(
    subject="ツバサシステムとの秘密保持契約書（案）のご確認",
    sender=TOKANO,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業の戸叶です。
奨学金申請システムの更新にあたり、ツバサシステム社と秘密保持契約を締結する予定です。
先方から提示された契約書案について、以下の点をご確認いただけますでしょうか。

　1. 第2条の「機密情報」の定義に、応募者の個人情報が明示的に含まれているか
　2. 第7条の再委託（クラウド事業者）の扱い
　3. 契約終了時のデータ消去証明の要否

契約書案のWordファイルは、先方の了解を得て別途お送りします。
{sig('tokano')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約, 機密情報の定義) is ordinary business mail, not a marking",
)

# P05 — ordinary mail with the standard Japanese disclaimer
add(
    subject="2026年度 募集スケジュールのご案内",
    sender=KONISHI,
    to=["瑞穂国際大学 学生生活課 奨学金担当 <gakusei@mizuho-kokusai.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""瑞穂国際大学 学生生活課
奨学金ご担当者様

いつも大変お世話になっております。日の出産業奨学財団の小西でございます。
2026年度の募集スケジュールが決まりましたのでご案内いたします。

　学内締切（貴学で設定）　　：2026年4月下旬
　財団への推薦書類提出期限　：2026年5月29日（金）必着
　面接審査　　　　　　　　　：2026年6月6日（土）・7日（日）
　採用通知　　　　　　　　　：2026年6月中旬

推薦枠は例年どおり貴学3名です。
今年度から申請はオンラインのみとなりますので、学生への周知にご協力ください。
{sig('konishi')}{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary schedule mail with the standard confidentiality disclaimer at the end",
)

# P06 — two external organisations in To/Cc (a normal three-way mail)
add(
    subject="授与式の会場設営について（大学様・ホテル様）",
    sender=NISHIOKA,
    to=["さくらホテル 宴会セールス 三好様 <banquet@sakura-hotel.jp>"],
    cc=["東都大学 学生支援課 平野様 <shogaku@toto-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""三好様
（cc：東都大学 平野様）

お世話になっております。日の出産業奨学財団の西岡です。
授与式では、今年も東都大学の吹奏楽部に演奏をお願いすることになりました。
演奏スペース（ステージ下手、約4m×3m）と、楽器搬入の時間（12:00～）について、
お二方で直接ご調整いただけますと助かります。

吹奏楽部の引率は平野様のご担当です。
{sig('nishioka')}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way arrangement",
)

# P07 — one scholar on gmail, about her own registered account (masked)
_s = person()
add(
    subject="口座届の受付完了のお知らせ",
    sender=OFFICE,
    to=[f"{_s['name']} <{_s['roma'].split()[0].lower()}.{_s['roma'].split()[1].lower()}.h@gmail.com>"],
    charset="iso-2022-jp",
    body=f"""{_s['name']}さん

日の出産業奨学財団 事務局です。
振込口座届を受け付けました。ご登録内容は以下のとおりです。

　金融機関：{_s['bank'][1]} {_s['bank'][3]}
　口座番号：普通 ****{_s['acct'][-3:]}（下3桁のみ表示）

初回の振込は4月25日（金）の予定です。
内容に誤りがある場合は、事務局（03-5401-7720）までお電話ください。""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one scholar on gmail gets a confirmation of her own account, masked: one free-mail recipient",
)

# P08 — reply to a university; the list of students is only in the quoted text
_p = people(6)
_q = "\n".join(f"> {i}. {p['name']}（{p['fac']}{p['grade']}年）{p['tel']}" for i, p in enumerate(_p, 1))
add(
    subject="Re: 学内推薦者の決定について",
    sender=NISHIOKA,
    to=["西京工業大学 学生支援センター <shien@saikyo-it.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""西京工業大学 学生支援センター
村瀬様

ご連絡ありがとうございます。6名分、確かに受領いたしました。
推薦書原本の到着後、書類選考に進めさせていただきます。
{sig('nishioka')}
2025年5月9日(金) 10:12 村瀬 <shien@saikyo-it.ac.jp>:
> 日の出産業奨学財団 西岡様
>
> 学内選考の結果、下記6名を推薦いたします。
{_q}
>
> 西京工業大学 学生支援センター 村瀬""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-student list is only in the quoted text of the university's own mail",
)

# P09 — hotel quotation: prices, reservation number (12 digits, not a My Number), hotel's bank account
_res = twelve_not_mynumber("2025")
add(
    subject="Re: 交流会 お見積りの件",
    sender=KONISHI,
    to=["さくらホテル 宴会セールス 三好様 <banquet@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""三好様

お見積りをお送りいただきありがとうございます。
下記の内容で正式に申し込みます。

　予約番号：{_res}
　会場：牡丹の間（17:30～20:00）
　料理：立食プラン 8,500円×60名＝510,000円
　飲物：フリードリンク 2,500円×60名＝150,000円
　会場費・音響：80,000円
　合計：740,000円（税・サ込）

お支払いは請求書到着後、ご指定の口座（みどり銀行 浜松町支店 普通 2081734 カ）サクラホテル）へ
月末までにお振込みいたします。
{sig('konishi')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="quotation with prices, a reservation number and the hotel's own company bank account",
)

# P10 — printing order with product codes and quantities
add(
    subject="会報第38号 発注書",
    sender=NISHIOKA,
    to=["錦印刷 営業部 竹内様 <takeuchi@nishiki-insatsu.co.jp>"],
    charset="iso-2022-jp",
    body=f"""竹内様

お世話になっております。西岡です。
会報第38号について、正式に発注いたします。

  品目                       仕様                   数量     単価      金額
  -------------------------- ---------------------- -------- --------- ----------
  会報「ひので」第38号       A4 中綴じ 12頁 4C      2,400部  ¥118      ¥283,200
  封筒（長3・財団ロゴ入）    NS-L3-0412             2,400枚  ¥9        ¥21,600
  宛名ラベル出力・封入       作業                   2,400件  ¥22       ¥52,800
  -------------------------- ---------------------- -------- --------- ----------
                                                              小計      ¥357,600

発注番号：HSF-PO-2025-0188
納品・発送：7月11日（金）
{sig('nishioka')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="an order with product codes, quantities and prices: no people",
)

# P11 — three attendees with phone numbers to the hotel (short list, may warn)
_p = people(3, "adult")
add(
    subject="授与式 来賓控室のご利用者",
    sender=NISHIOKA,
    to=["さくらホテル 宴会セールス 三好様 <banquet@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""三好様

たびたび失礼いたします。西岡です。
授与式当日、来賓控室（竹の間）をご利用になる方は次の3名です。
到着が遅れる場合はホテルに直接連絡が入るかもしれませんので、共有いたします。

　{_p[0]['name']} 様（理事長）　　携帯 {_p[0]['tel']}
　{_p[1]['name']} 様（選考委員長）携帯 {_p[1]['tel']}
　{_p[2]['name']} 様（来賓・日の出産業 取締役）携帯 {_p[2]['tel']}
{sig('nishioka')}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three guests' names and mobiles to the hotel: a short list under the threshold (may warn)",
)

# P12 — the word 社外秘 only mentioned, not a marking
add(
    subject="Re: 選考基準の開示について",
    sender=KONISHI,
    to=["県立みなと高等学校 進路指導部 浅見先生 <shinro@minato-hs.ed.jp>"],
    charset="iso-2022-jp",
    body=f"""浅見先生

お問い合わせありがとうございます。日の出産業奨学財団の小西です。
選考の配点や内規は社外秘の扱いとしているため、詳細をお渡しすることはできません。
申し訳ございません。

公開している範囲では、
　・書類審査（成績・小論文・家計の状況）と面接審査の総合評価であること
　・家計基準は募集要項の別表のとおりであること
をお伝えしております。生徒さんへのご指導の参考になれば幸いです。
{sig('konishi')}
> 財団の奨学金の選考基準（配点など）を教えていただけないでしょうか。
> 生徒に説明する際の参考にしたいと思っております。""",
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 is only mentioned in prose (why criteria cannot be shared), not stamped on anything",
)

# P13 — internal only: 社外秘 and a My Number, to accounting at the parent company
_c = person("adult")
_mn = mynum()
add(
    subject="【社外秘】選考委員謝金 個人番号の登録依頼",
    sender=YABUKI,
    to=["日の出産業 経理部 源泉担当 <gensen@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body=f"""経理部 源泉ご担当者様

財団事務局の矢吹です。
新任の選考委員1名について、番号管理システムへの登録をお願いします。

　氏名：{_c['name']}
　個人番号：{_mn}
　住所：{_c['addr']}

本人確認は財団で実施済みです（番号確認：通知カード、身元確認：運転免許証）。
{sig('yabuki')}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="My Number and a 社外秘 stamp, but the only recipient is internal",
)

# P14 — English mail to the overseas partner, with the English disclaimer
add(
    subject="Summer programme 2025 - arrival schedule",
    sender="Emi Konishi <k.konishi@hinode-sangyo.co.jp>",
    to=["International Office <global@northbridge.ac.uk>"],
    charset="utf-8",
    body=f"""Dear Ms Whitfield,

Thank you for sending the programme timetable. Our plan for the group is:

  2 Aug (Sat)  arrive LHR 15:40 (JL043), coach to campus
  4 Aug (Mon)  orientation and library induction
  29 Aug (Fri) farewell dinner
  30 Aug (Sat) depart LHR 19:25

Two of our staff will accompany the group for the first week. Could you confirm that
the residence hall can take the group from the evening of 2 August?

Kind regards,
{sig('en')}{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary English mail to a partner university ending with the standard disclaimer",
)

# P15 — one committee member's mobile to the hotel
_c = person("adult")
add(
    subject="面接会場 当日の連絡先について",
    sender=NISHIOKA,
    to=["さくらホテル 宴会セールス 三好様 <banquet@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""三好様

西岡です。6月7日の面接会場の件で追伸です。
当日、私は午前中に別会場におりますので、9時台のお問い合わせは
第2会場の責任者である{_c['name']}先生（携帯 {_c['tel']}）にお願いいたします。
先生には了承をいただいております。
{sig('nishioka')}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's name and mobile, shared with consent, to a partner: one record (may warn)",
)

# P16 — 30 scholars in Bcc (not visible to each other), To is the office itself
_bcc = []
for p in people(30):
    u, f = p["roma"].split()
    _bcc.append(f"{f.lower()}.{u.lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'outlook.jp', 'ezweb.ne.jp'])}")
add(
    subject="【日の出産業奨学財団】継続願の提出について（締切 3月14日）",
    sender=OFFICE,
    to=[OFFICE],
    bcc=_bcc,
    charset="iso-2022-jp",
    body="""奨学生の皆さま

日の出産業奨学財団 事務局です。
本メールはBCCで一斉にお送りしています。

来年度も奨学金の支給を希望する方は、マイページから「継続願」を提出してください。
　締切：2026年3月14日（金）
　添付：成績証明書（今年度分）、活動報告書（800字程度）

期限までに提出がない場合、来年度の支給を停止することがあります。
ご不明な点は事務局までお問い合わせください。

日の出産業奨学財団 事務局
TEL 03-5401-7720（平日10:00～17:00）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="30 scholars on free mail, but all in Bcc: they cannot see each other",
)

# P17 — aggregate statistics only, to the association of scholarship foundations
add(
    subject="加盟団体アンケート（2024年度実績）のご回答",
    sender=KONISHI,
    to=["全国奨学財団連絡協議会 事務局 <jimukyoku@shogaku-renraku.or.jp>"],
    charset="iso-2022-jp",
    body=f"""全国奨学財団連絡協議会 事務局 御中

お世話になっております。日の出産業奨学財団の小西です。
標記アンケートについて、当財団の回答をお送りいたします。

  項目                         2023年度    2024年度
  ---------------------------  ----------  ----------
  応募者数                     368         412
  採用者数（新規）             36          40
  支給総数（継続含む）         132         148
  採用者の平均世帯年収（万円） 318         305
  平均GPA（採用者）            3.41        3.46
  留学生枠の採用               2           3

個票データは含めておりません。ご不明点があればご連絡ください。
{sig('konishi')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics only (counts and averages), no individual records",
)

# P18 — CSV of universities and their recommendation quotas
add(
    subject="2026年度 大学別推薦枠の一覧",
    sender=KONISHI,
    to=["北陵大学 学生部 前川様 <maekawa@hokuryo.ac.jp>"],
    charset="utf-8",
    body=f"""前川様

お世話になっております。小西です。
先日お問い合わせのあった各大学の推薦枠について、公開している一覧をお送りします。
（財団ウェブサイトにも掲載予定です）
{sig('konishi')}""",
    attachments=[{"kind": "csv", "name": "suisenwaku_2026.csv", "encoding": "utf-8",
                  "rows": [["大学名", "推薦枠", "うち留学生枠", "窓口"],
                           ["東都大学", 5, 1, "学生支援課"], ["北陵大学", 5, 0, "学生部 奨学係"],
                           ["西京工業大学", 4, 1, "学生支援センター"], ["南洋女子大学", 4, 0, "厚生課"],
                           ["白鷺大学", 3, 0, "学生課"], ["瑞穂国際大学", 3, 1, "学生生活課"],
                           ["みちのく学芸大学", 3, 0, "学生支援課"], ["瀬戸内海洋大学", 3, 0, "学生課"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="CSV of universities and quotas: a business list, no people",
)

# P19 — system error log with application ids only, to the system vendor
add(
    subject="申請システム：PDFアップロード時のエラーについて",
    sender=TOKANO,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

日の出産業の戸叶です。
昨夜から、申請者が成績証明書PDFをアップロードする際にエラーが出ています。
サーバーログの該当部分を貼り付けます（申請IDのみで、個人情報は含みません）。

2025-05-27 22:14:03 ERROR upload.handler app_id=A202500417 size=14.2MB reason=PayloadTooLarge
2025-05-27 22:31:47 ERROR upload.handler app_id=A202500588 size=11.8MB reason=PayloadTooLarge
2025-05-27 23:02:10 ERROR upload.handler app_id=A202500412 size=10.4MB reason=PayloadTooLarge
2025-05-28 07:45:55 ERROR upload.handler app_id=A202500603 size=12.0MB reason=PayloadTooLarge

上限が10MBになっているようですが、仕様では20MBのはずです。
締切が5月29日のため、至急ご確認をお願いいたします。
{sig('tokano')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="an error log with application ids and file sizes only: no personal data",
)

# P20 — a forward of a public announcement, no personal data
add(
    subject="FW: 【協議会】給付型奨学金の税務取扱いに関する説明会のお知らせ",
    sender=KONISHI,
    to=["白鷺大学 学生課 <gakusei@shirasagi-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""白鷺大学 学生課 ご担当者様

先日お話に出た説明会の案内が届きましたので、転送いたします。
大学関係者も参加可能とのことです。

---------- Forwarded message ---------
From: 全国奨学財団連絡協議会 <jimukyoku@shogaku-renraku.or.jp>
Subject: 【協議会】給付型奨学金の税務取扱いに関する説明会のお知らせ

加盟団体各位

給付型奨学金の税務取扱い（非課税要件、支払調書の要否）について、説明会を開催します。
　日時：2025年9月12日（金）14:00～16:00
　会場：オンライン（Zoom）
　講師：税理士 大野 康弘 氏（税理士法人あおぞら会計）
申込みは協議会ウェブサイトのフォームから。
{sig('konishi')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forwarded seminar announcement: new text to the recipient, but it carries no personal data",
)

# P21 — bank and tax accountant together about fees (two organisations)
add(
    subject="振込手数料の勘定科目と契約変更について",
    sender=YABUKI,
    to=["みどり銀行 法人営業部 木下様 <hojin-eigyo@midori-ginko.co.jp>"],
    cc=["あおぞら会計 大野様 <ohno@aozora-tax.jp>"],
    charset="iso-2022-jp",
    body=f"""木下様
（cc：あおぞら会計 大野様）

お世話になっております。日の出産業奨学財団の矢吹です。
来年度から振込手数料の体系が変わるとのご案内をいただきました。
　現行：1件 220円（同行宛て）／440円（他行宛て）
　改定後：1件 165円（同行宛て）／385円（他行宛て）※EB契約の場合

EB契約への切替えに伴う会計上の処理について、大野様にもご確認いただきたく、
ccに入れております。切替え時期のご相談をさせてください。
{sig('yabuki')}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (bank and accountant) in To/Cc about fees: a normal three-way mail",
)

# P22 — payment CSV to an internal subdomain (the foundation's own mailbox)
_p = people(15)
_csv = [["氏名カナ", "支店", "種目", "口座番号", "金額"]] + [
    [p["kana"], p["bank"][3], "普通", p["acct"], 50000] for p in _p]
add(
    subject="5月分 振込データ（承認依頼）",
    sender=YABUKI,
    to=["事務局長 大河内 <o.okochi@zaidan.hinode-sangyo.co.jp>"],
    charset="cp932",
    body=f"""大河内局長

お疲れさまです。矢吹です。
5月分の振込データを作成しました。承認をお願いいたします。
承認後、EBで送信します（件数15件、合計750,000円）。
{sig('yabuki')}""",
    attachments=[{"kind": "csv", "name": "furikomi_202505.csv", "encoding": "cp932", "rows": _csv}],
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="15 scholars' accounts, but to an internal subdomain (zaidan.hinode-sangyo.co.jp)",
)

# P23 — one scholar's account change to the bank
_s = person()
add(
    subject="振込先変更の事前連絡（1件）",
    sender=YABUKI,
    to=["みどり銀行 法人営業部 木下様 <hojin-eigyo@midori-ginko.co.jp>"],
    charset="iso-2022-jp",
    body=f"""木下様

お世話になっております。矢吹です。
6月分から振込先が変わる奨学生が1名おりますので、事前にお知らせします。

　受取人：{_s['kana']}
　新口座：{_s['bank'][1]} {_s['bank'][3]} 普通 {_s['acct']}

振込データは新口座で作成いたします。
{sig('yabuki')}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one scholar's new bank account to the partner bank: one record (may warn)",
)

# P24 — two absentees' contact details to the university
_p = people(2)
add(
    subject="面接を欠席した学生2名について",
    sender=NISHIOKA,
    to=["東都大学 学生支援課 平野様 <shogaku@toto-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""平野様

お世話になっております。西岡です。
本日の面接に、貴学の学生2名が連絡なく欠席されました。
登録の連絡先に電話しましたがつながらないため、大学からもお声がけいただけますか。

・{_p[0]['name']}さん（{_p[0]['fac']}）　{_p[0]['tel']}
・{_p[1]['name']}さん（{_p[1]['fac']}）　{_p[1]['tel']}

6月9日（月）のオンライン面接で振替が可能です。
{sig('nishioka')}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two students' phone numbers to their own university: under the list threshold (may warn)",
)

# P25 — alumni event invitation to the OB/OG organiser on gmail
add(
    subject="11/8 交流会のご案内文（OB会メーリングリスト用）",
    sender=KONISHI,
    to=["OB会幹事 相馬さん <soma.kanji.ob@gmail.com>"],
    charset="utf-8",
    body=f"""相馬さん

小西です。交流会の案内文ができましたので、OB会のメーリングリストで流していただけますか。

――――――――――――――――
日の出産業奨学財団 OB・OG交流会 2025
　日時：11月8日（土）17:30～20:00
　会場：さくらホテル 浜松町「牡丹の間」
　　　　東京都港区芝大門1-4-10　TEL 03-5402-1111
　会費：5,000円（2020年度以降採用の方は3,000円）
　ゲスト講演：鬼頭 正樹 氏（2006年度採用）
　申込み：10月24日までに財団ウェブサイトのフォームから
――――――――――――――――
{sig('konishi')}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="event invitation (hotel's business address/phone) to one free-mail recipient",
)

# P26 — HTML-only table of venues (businesses)
add(
    subject="地区別説明会の会場一覧",
    sender=KONISHI,
    to=["みちのく学芸大学 学生支援課 <shien@michinoku-gakugei.ac.jp>"],
    charset="utf-8",
    html="""<html><body>
<p>みちのく学芸大学 学生支援課 ご担当者様</p>
<p>お世話になっております。日の出産業奨学財団の小西です。<br>
今年度の地区別説明会の会場が決まりましたので、ご案内いたします。学生さんへの周知にご活用ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>地区</th><th>日程</th><th>会場</th><th>住所</th><th>会場電話</th></tr>
<tr><td>東北</td><td>9/27(土)</td><td>仙台国際交流会館 第2会議室</td><td>宮城県仙台市青葉区本町2-16-5</td><td>022-211-6300</td></tr>
<tr><td>関東</td><td>10/4(土)</td><td>日の出産業 浜松町ビル 7F</td><td>東京都港区浜松町2-8-14</td><td>03-5401-7720</td></tr>
<tr><td>中部</td><td>10/11(土)</td><td>名古屋市民ホール 会議室A</td><td>愛知県名古屋市中区栄3-18-1</td><td>052-241-0870</td></tr>
<tr><td>関西</td><td>10/18(土)</td><td>大阪文化センター 研修室</td><td>大阪府大阪市北区梅田1-2-3</td><td>06-6341-2270</td></tr>
<tr><td>九州</td><td>10/25(土)</td><td>博多駅前ビジネスセンター</td><td>福岡県福岡市博多区博多駅前2-1-1</td><td>092-431-5080</td></tr>
</table>
<p>日の出産業奨学財団 事務局 小西 恵美<br>TEL 03-5401-7720</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML table of venues with addresses and phones: businesses, not people",
)

# P27 — donation receipt with the foundation's 法人番号 to the donor company
add(
    subject="寄附金受領証明書の送付について",
    sender=YABUKI,
    to=["川崎電機 総務部 寄付担当 <soumu-kifu@kawasaki-denki.co.jp>"],
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 総務部
寄付ご担当者様

このたびは当財団の奨学金事業にご寄附を賜り、誠にありがとうございました。
寄附金受領証明書を本日郵送いたしました。税務申告の際にご利用ください。

　寄附金額：3,000,000円
　受領日：2025年6月30日
　受領者：公益財団法人日の出産業奨学財団（法人番号 2010405018832）
　特定公益増進法人の証明書の写しを同封しております。
{sig('yabuki')}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a donation receipt naming the foundation's own 法人番号: company data, not personal",
)

# P28 — reply; a student's medical details only in the quoted original message
_s = person()
add(
    subject="RE: 奨学生の体調について",
    sender=KONISHI,
    to=["西京工業大学 学生支援センター 村瀬様 <shien@saikyo-it.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""村瀬様

ご連絡ありがとうございます。承知いたしました。
支給は規程どおり継続とし、来月の面談は見送りといたします。
引き続きよろしくお願いいたします。
{sig('konishi')}
-----Original Message-----
From: 村瀬 <shien@saikyo-it.ac.jp>
Sent: Tuesday, October 14, 2025 4:05 PM
To: 小西 恵美 <k.konishi@hinode-sangyo.co.jp>
Subject: 奨学生の体調について

日の出産業奨学財団 小西様

貴財団奨学生の{_s['name']}さんですが、先月から潰瘍性大腸炎で入院しており、
今月末に退院予定です。授業は一部オンラインで受講しています。
来月予定の財団面談は難しいかと存じますので、ご配慮いただけますと幸いです。

西京工業大学 学生支援センター 村瀬""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the diagnosis is only in the quoted original message from the recipient herself",
)

# P29 — English reply; passport numbers only in the quoted text
_p = people(4)
_q = "\n".join(f"> {p['roma']} - passport T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}" for p in _p)
add(
    subject="Re: Visa letters issued",
    sender="Emi Konishi <k.konishi@hinode-sangyo.co.jp>",
    to=["International Office <global@northbridge.ac.uk>"],
    charset="utf-8",
    body=f"""Dear Ms Whitfield,

Many thanks - we have received all four letters and passed them on to the students.
We will confirm the flight details by Friday.

Best wishes,
Emi

On Mon, 9 Jun 2025 at 11:02, International Office <global@northbridge.ac.uk> wrote:
> Dear Ms Konishi,
> The visa letters for the following students are attached:
{_q}
> Kind regards, Sarah Whitfield""",
    expect="pass",
    entities=[],
    detectors=[],
    note="passport numbers appear only in the quoted message of the recipient",
)

# P30 — a general question about handling 要配慮個人情報, no individual
add(
    subject="応募書類における要配慮個人情報の取扱いについて（ご相談）",
    sender=OKOCHI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。大河内です。
来年度から「障害のある学生」「病気療養中の学生」を対象とした特別枠の新設を検討しております。
応募書類で障害の種別や病歴などの要配慮個人情報を取得することになるため、
以下についてご助言をいただけますでしょうか。

　1. 取得時の同意書の文言（取得目的・第三者提供の有無）
　2. 選考委員（外部の先生方）と共有する際の範囲と方法
　3. 不採用者の書類の保存期間と廃棄方法

現時点では具体的な応募者の情報はございません。
{sig('okochi')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a general legal question about 要配慮個人情報 with no identifiable person",
)

# P31 — public application guidelines (PDF) to a high school
add(
    subject="予約型奨学金 募集要項のご送付",
    sender=KONISHI,
    to=["私立青嵐高等学校 進路指導室 <shinro@seiran-hs.ed.jp>"],
    charset="iso-2022-jp",
    body=f"""青嵐高等学校 進路指導室 ご担当 先生

いつもお世話になっております。日の出産業奨学財団の小西です。
高校3年生対象の予約型奨学金の募集要項をお送りいたします。
冊子は後日郵送いたしますが、先にPDFをお送りします。
{sig('konishi')}""",
    attachments=[{"kind": "pdf", "name": "2026_yoyaku_boshuyoko.pdf", "title": "2026年度 予約型奨学金 募集要項",
                  "lines": ["公益財団法人日の出産業奨学財団", "2026年度 予約型奨学金 募集要項", "",
                            "1. 対象　高等学校3年生で、2026年4月に大学へ進学予定の者",
                            "2. 給付額　月額50,000円（返還不要）",
                            "3. 採用人数　20名",
                            "4. 家計基準　世帯の給与収入が別表の基準額以下",
                            "5. 申込方法　在籍高校を通じて申し込むこと",
                            "6. 問合せ先　日の出産業奨学財団 事務局　TEL 03-5401-7720"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="public guidelines PDF with only the foundation's own contact details",
)

# P32 — blank interview evaluation template (DOCX)
add(
    subject="面接評価シート（様式）の送付",
    sender=NISHIOKA,
    to=["瑞穂国際大学 日下部先生 <m.kusakabe@mizuho-kokusai.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""日下部先生

お世話になっております。西岡です。
面接評価シートの様式をお送りします。今年から「将来の目標」の配点を見直しております。
応募者の情報を記入したものは当日会場でお渡しします。
{sig('nishioka')}""",
    attachments=[{"kind": "docx", "name": "面接評価シート_様式.docx",
                  "paragraphs": ["2025年度 日の出産業奨学生 面接評価シート", "受付番号：＿＿＿＿　応募者氏名：＿＿＿＿＿＿",
                                 "評価者：＿＿＿＿＿＿"],
                  "tables": [[["項目", "配点", "評点", "コメント"], ["志望動機・将来の目標", "20", "", ""],
                              ["学業への取組み", "15", "", ""], ["経済的必要性", "10", "", ""], ["人物", "5", "", ""]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a blank evaluation template: no applicant data",
)

# P33 — exactly four scholars with phones to the hotel for rooms
_p = people(4)
_rows = "\n".join(f"  {pad(p['name'], 14)}{pad(p['pref'], 10)}{p['tel']}" for p in _p)
add(
    subject="授与式前泊の宿泊者（4名）",
    sender=NISHIOKA,
    to=["さくらホテル 予約課 <reservation@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""さくらホテル 予約課 ご担当者様

お世話になっております。日の出産業奨学財団の西岡です。
授与式前日（6月20日）に前泊する遠方の奨学生4名の宿泊をお願いします。
シングル4室、朝食付き、請求は財団宛てでお願いします。

  氏名          出発地    携帯
  ------------- --------- -------------
{_rows}

チェックインは各自で行います。
{sig('nishioka')}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four guests' names and mobiles for hotel rooms: under the five-person threshold (may warn)",
)

# P34 — internal minutes marked 社外秘 with an applicant's health information
_s = person()
add(
    subject="【社外秘】第1回選考委員会 議事録（案）",
    sender=NISHIOKA,
    to=["大河内 <o.okochi@hinode-sangyo.co.jp>", "小西 <k.konishi@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body=f"""局長、小西さん

お疲れさまです。西岡です。
第1回選考委員会の議事録案です。ご確認ください（社外秘）。

1. 書類審査の結果：412件中、面接対象 96件
2. 個別審議
　・受付番号25-0877 {_s['name']}さん：申請書に双極性障害で通院中との記載あり。
　　面接での配慮（時間短縮）について了承。
　・受付番号25-1020：家計急変（父の失業）について追加資料を求める。
3. 次回：6月28日（最終選考）
{sig('nishioka')}""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="社外秘 minutes with an applicant's diagnosis, but all recipients are internal",
)

# P35 — a request for certificates, no data, explicitly asking not to send My Numbers
add(
    subject="在学証明書のご提出について（5名分）",
    sender=NISHIOKA,
    to=["瀬戸内海洋大学 学生課 奨学金窓口 <shogaku@setouchi-kaiyo.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""瀬戸内海洋大学 学生課 ご担当者様

お世話になっております。日の出産業奨学財団の西岡です。
貴学在籍の奨学生5名について、後期分の在学証明書のご提出をお願いいたします。
対象者は先月お送りした通知文に記載のとおりです。

なお、住民票や課税証明書など、マイナンバー（個人番号）の記載がある書類は
当財団では受け取れませんので、同封されないようご注意ください。
{sig('nishioka')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a request mentioning five students and マイナンバー as a word, with no personal data",
)

# P36 — budget workbook to the tax accountant
add(
    subject="2026年度 収支予算書（案）の送付",
    sender=YABUKI,
    to=["税理士法人あおぞら会計 大野様 <ohno@aozora-tax.jp>"],
    charset="iso-2022-jp",
    body=f"""大野様

お世話になっております。矢吹です。
理事会に諮る来年度の収支予算書案をお送りします。
公益目的事業比率の試算もシート2に入れております。ご確認をお願いいたします。
{sig('yabuki')}""",
    attachments=[{"kind": "xlsx", "name": "yosan_2026_an.xlsx", "sheets": {
        "収支予算": [["2026年度 収支予算書（案）", "", "単位：千円"], ["科目", "2025年度予算", "2026年度案"],
                  ["基本財産運用益", 61200, 63000], ["受取寄附金", 30000, 35000], ["経常収益計", 91200, 98000],
                  ["奨学金給付費", 88800, 94200], ["選考委員謝金", 616, 704], ["会議費", 1200, 1300],
                  ["印刷製本費", 900, 950], ["経常費用計", 91516, 97154]],
        "公益目的事業比率": [["区分", "金額", "比率"], ["公益目的事業", 94200, "96.9%"], ["管理費", 2954, "3.1%"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="budget spreadsheet with figures only",
)

# P37 — a profile of one scholar for the local newspaper, with consent
_s = person()
add(
    subject="取材のご協力について（奨学生インタビュー）",
    sender=KONISHI,
    to=["みなと新聞 報道部 岸本様 <kishimoto@minato-shimbun.co.jp>"],
    charset="iso-2022-jp",
    body=f"""みなと新聞 報道部
岸本様

お世話になっております。日の出産業奨学財団の小西です。
奨学生インタビューの件、本人の了解が取れましたのでご紹介いたします。

{_s['name']}さんは{_s['univ']}{_s['fac']}の{_s['grade']}年生で、地元の港町で育ち、
将来は水産資源の研究者を目指しています。
取材は、大学の了承のもと学内で行う形がよいとのことです。
日程の候補をいくつかいただければ、私から本人に伝えます。
{sig('konishi')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one scholar's name and university, with consent, for an interview: no contact data or identifiers",
)

# P38 — unencrypted ZIP of newsletter layout PDFs to the printer
add(
    subject="会報第38号 入稿データ",
    sender=NISHIOKA,
    to=["錦印刷 製作部 <seisaku@nishiki-insatsu.co.jp>"],
    charset="iso-2022-jp",
    body=f"""錦印刷 製作部 ご担当者様

日の出産業奨学財団の西岡です。
会報第38号の入稿データ（PDF 3点）をZIPでお送りします。パスワードは設定していません。
{sig('nishioka')}""",
    attachments=[{"kind": "zip", "name": "hinode38_nyuko.zip", "files": [
        {"kind": "pdf", "name": "p01-04.pdf", "lines": ["会報 ひので 第38号", "理事長挨拶", "2025年度授与式を開催しました"]},
        {"kind": "pdf", "name": "p05-08.pdf", "lines": ["OB・OGだより", "研修旅行レポート"]},
        {"kind": "pdf", "name": "p09-12.pdf", "lines": ["財団からのお知らせ", "寄附のお願い", "事務局 TEL 03-5401-7720"]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="unencrypted ZIP of newsletter pages with no personal data",
)

# P39 — English to a foreign applicant on outlook.jp
add(
    subject="Interview schedule - Hinode Sangyo Scholarship (international quota)",
    sender="Emi Konishi <k.konishi@hinode-sangyo.co.jp>",
    to=["Mr Tran Minh Duc <tranminhduc.study@outlook.jp>"],
    charset="utf-8",
    body=f"""Dear Mr Tran,

Thank you for applying to the Hinode Sangyo Scholarship (international student quota).
We are pleased to invite you to an interview:

  Date: Monday 9 June 2025, 16:00-16:20 (JST)
  Format: online (Zoom); the link will be sent the day before
  Language: Japanese or English, as you prefer

Please reply to confirm that you can attend.

Kind regards,
{sig('en')}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="interview invitation to a single applicant on free mail",
)

# P40 — list of sponsoring companies (business contacts)
add(
    subject="協賛企業一覧（交流会パンフレット掲載用）",
    sender=KONISHI,
    to=["錦印刷 営業部 竹内様 <takeuchi@nishiki-insatsu.co.jp>"],
    charset="iso-2022-jp",
    body=f"""竹内様

交流会パンフレットの裏表紙に掲載する協賛企業の一覧です。
掲載順はこのとおりでお願いします。

・川崎電機株式会社　総務部　　　　　TEL 044-211-3300（代表）
・青葉運輸株式会社　広報室　　　　　TEL 022-262-8100（代表）
・株式会社みどり銀行　CSR推進室　　 TEL 03-3211-4500（代表）
・北国フーズ株式会社　経営企画部　　TEL 011-231-7700（代表）
・ツバサシステム株式会社　　　　　　TEL 03-6402-1180（代表）
・錦印刷株式会社　　　　　　　　　　TEL 03-3818-2200（代表）
{sig('konishi')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="sponsoring companies with departments and switchboards: a business list",
)

# P41 — tracking numbers for souvenirs shipped to universities
_tn = [twelve_not_mynumber("48") for _ in range(8)]
_rows = "\n".join(f"  {u:<10}\t{t[:4]}-{t[4:8]}-{t[8:]}" for u, t in zip(
    ["東都大学", "北陵大学", "西京工業大学", "南洋女子大学", "白鷺大学", "瑞穂国際大学", "みちのく学芸大学", "瀬戸内海洋大学"], _tn))
add(
    subject="記念品の発送完了（問合せ番号）",
    sender=NISHIOKA,
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    charset="iso-2022-jp",
    body=f"""青葉運輸 お客様センター ご担当者様

日の出産業奨学財団の西岡です。
昨日集荷いただいた記念品（各大学の学生課宛て、8個口）の問合せ番号は以下のとおりです。
北陵大学宛てのみ、配達日時を9月5日午前に変更したいのですが可能でしょうか。

{_rows}
{sig('nishioka')}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers of parcels to universities' offices: no people",
)

# P42 — Outlook-style quoted block (差出人/送信日時) carries five applicants; new text carries none
_p = people(5)
_q = "\n".join(f"{p['name']}　{p['univ']}　{p['tel']}" for p in _p)
add(
    subject="RE: 面接日程の確定連絡",
    sender=NISHIOKA,
    to=["瑞穂国際大学 学生生活課 <gakusei@mizuho-kokusai.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""ご担当者様

ご連絡ありがとうございます。日程は承知いたしました。
当日はよろしくお願いいたします。
{sig('nishioka')}
差出人: 瑞穂国際大学 学生生活課 <gakusei@mizuho-kokusai.ac.jp>
送信日時: 2025年5月30日 金曜日 11:20
宛先: 西岡 拓也 <t.nishioka@hinode-sangyo.co.jp>
件名: 面接日程の確定連絡

日の出産業奨学財団 西岡様

以下5名とも6月7日の面接に出席いたします。
{_q}

瑞穂国際大学 学生生活課""",
    expect="pass",
    entities=[],
    detectors=[],
    note="five students' phones appear only in the quoted message of the recipient (Outlook-style header)",
)

# =========================================================================================
# EITHER (a privacy officer could judge these either way)
# =========================================================================================

# E1 — one applicant's household on public assistance (生活保護), to the university
_s = person()
add(
    subject="家計基準の確認について（受付番号25-2291）",
    sender=KONISHI,
    to=["筑波野大学 学生生活課 <gakusei@tsukubano-u.ac.jp>"],
    charset="utf-8",
    body=f"""筑波野大学 学生生活課 ご担当者様

お世話になっております。日の出産業奨学財団の小西です。
貴学からご推薦いただいた{_s['name']}さん（{wareki(_s, 'zen')}生）について確認させてください。
申請書では、世帯が生活保護を受給中で、所得証明書の代わりに保護決定通知書の写しが添付されています。
当財団の規程では、生活保護受給世帯も家計基準を満たすものとして扱いますが、
貴学の授業料減免の決定状況が分かればお知らせいただけますでしょうか。
{sig('konishi')}""",
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one person's welfare receipt: not on the APPI 要配慮 list, but many would treat it as sensitive",
)

# E2 — five new scholars' names with university/faculty for publication in the newsletter
_p = people(5)
_rows = "\n".join(f"　{p['name']}（{p['univ']} {p['fac']}{p['grade']}年）" for p in _p)
add(
    subject="会報 新奨学生紹介ページの原稿",
    sender=NISHIOKA,
    to=["錦印刷 製作部 <seisaku@nishiki-insatsu.co.jp>"],
    charset="iso-2022-jp",
    body=f"""錦印刷 製作部 ご担当者様

会報第38号 p.6「新奨学生紹介」の原稿です（掲載の同意は全員から取得済みです）。
写真は別途お送りします。

{_rows}

各人のひとことコメントは来週お送りします。
{sig('nishioka')}""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five names with university and faculty only, consented for publication: a list, but of public data",
)

# E3 — five alumni's workplace contacts (business addresses) for speaker requests
_p = people(5)
_cos = [("株式会社ハルカ製薬", "harukapharma.co.jp", "研究開発本部"), ("東洋エンジニアリング工業", "toyo-eng-k.co.jp", "技術部"),
        ("みなと市役所", "city.minato-kita.lg.jp", "企画政策課"), ("青空監査法人", "aozora-audit.jp", "監査第三部"),
        ("北国フーズ株式会社", "kitaguni-foods.co.jp", "商品開発部")]
_rows = "\n\n".join(f"{p['name']}（{rng.choice([2008, 2010, 2011, 2013, 2015])}年度採用）\n{c[0]} {c[2]}\nTEL {rng.choice(['03', '06'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}（勤務先）\n{p['roma'].split()[1].lower()}.{p['roma'].split()[0][0].lower()}@{c[1]}"
                    for p, c in zip(_p, _cos))
add(
    subject="キャリア講演会 講師候補（OB・OG）のご紹介",
    sender=KONISHI,
    to=["東都大学 キャリアセンター 佐伯様 <career@toto-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""佐伯様

お世話になっております。小西です。
キャリア講演会の講師候補として、当財団のOB・OG5名をご紹介します。
いずれも勤務先の連絡先で、ご本人から大学へのご紹介の了承をいただいています。

{_rows}

直接ご連絡いただいて差し支えございません。
{sig('konishi')}""",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five people, but only their workplace contacts, shared with consent: business contacts or a list of people",
)

# -- ids: the order is shuffled so that the id says nothing about the label -------------
rng.shuffle(M)
MESSAGES = [{"id": f"shogakukin-{i:03d}", **m} for i, m in enumerate(M, 1)]
