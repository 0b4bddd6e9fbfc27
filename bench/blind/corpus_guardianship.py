"""Blind corpus, area "guardianship": 日の出産業's legal-support subsidiary
(日の出リーガルサポート株式会社) assisting adult guardianship (成年後見) and estate matters —
wards with dementia or intellectual disabilities, family-court reports, care facilities,
bank accounts managed for wards, medical consents, welfare offices, heirs' lists for
estate settlement, lawyers and judicial scriveners, property sales.

Every person, number, address, case number and non-partner organisation/domain in these
messages is invented (fictional but plausible).  Seeds for build.my_number() and
build.card_number() start at 8501 and go up by one per call (8501, 8502, …) in file order.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 8501
_counter = [SEED]


def _next_seed() -> int:
    s = _counter[0]
    _counter[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12 base digits."""
    d = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += d[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fw(s: str) -> str:
    return s.translate(_FW)


def spaced_mn(n: str, sep: str = " ") -> str:
    return sep.join([n[:4], n[4:8], n[8:]])


R = random.Random(SEED)

SUR = {"佐藤": "サトウ", "鈴木": "スズキ", "高橋": "タカハシ", "田中": "タナカ", "伊藤": "イトウ",
       "渡辺": "ワタナベ", "山本": "ヤマモト", "中村": "ナカムラ", "小林": "コバヤシ",
       "加藤": "カトウ", "吉田": "ヨシダ", "松本": "マツモト", "井上": "イノウエ", "木村": "キムラ",
       "清水": "シミズ", "斎藤": "サイトウ", "長谷川": "ハセガワ", "石井": "イシイ",
       "橋本": "ハシモト", "森田": "モリタ", "村上": "ムラカミ", "岡田": "オカダ"}
RARE = {"勅使河原": "テシガワラ", "東海林": "ショウジ", "五月女": "ソウトメ", "小鳥遊": "タカナシ",
        "薬袋": "ミナイ", "月見里": "ヤマナシ", "御手洗": "ミタライ", "鬼頭": "キトウ",
        "左右田": "ソウダ", "漆原": "ウルシバラ", "猪狩": "イガリ", "舎人": "トネリ",
        "四十物": "アイモノ", "王生": "イクルミ", "仁平": "ニヘイ", "安居院": "アグイ",
        "廿日出": "ハツカデ", "一寸木": "チョッキ"}
OLD_M = {"茂": "シゲル", "勝": "マサル", "清": "キヨシ", "正雄": "マサオ", "和夫": "カズオ",
         "昭二": "ショウジ", "武": "タケシ", "義男": "ヨシオ", "辰雄": "タツオ", "金次郎": "キンジロウ"}
OLD_F = {"ハナ": "ハナ", "キヨ": "キヨ", "トミ": "トミ", "幸子": "サチコ", "節子": "セツコ",
         "和子": "カズコ", "千代": "チヨ", "フミ": "フミ", "ヨシ子": "ヨシコ", "静江": "シズエ",
         "タマ": "タマ", "文枝": "フミエ"}
NEW_M = {"健太": "ケンタ", "大輔": "ダイスケ", "拓也": "タクヤ", "隆": "タカシ", "浩二": "コウジ",
         "誠": "マコト", "直樹": "ナオキ", "亮介": "リョウスケ", "修": "オサム", "哲也": "テツヤ"}
NEW_F = {"久美子": "クミコ", "美智子": "ミチコ", "陽子": "ヨウコ", "恵子": "ケイコ", "由美": "ユミ",
         "真理": "マリ", "綾香": "アヤカ", "智子": "トモコ", "麻衣": "マイ", "裕子": "ユウコ"}

PLACES = [("東京都", "練馬区", "石神井町", "03"), ("東京都", "世田谷区", "桜丘", "03"),
          ("東京都", "杉並区", "高井戸東", "03"), ("神奈川県", "横浜市港北区", "日吉本町", "045"),
          ("神奈川県", "川崎市宮前区", "有馬", "044"), ("埼玉県", "さいたま市浦和区", "常盤", "048"),
          ("千葉県", "船橋市", "前原西", "047"), ("東京都", "八王子市", "めじろ台", "042"),
          ("埼玉県", "所沢市", "小手指町", "04"), ("千葉県", "柏市", "旭町", "04"),
          ("東京都", "町田市", "玉川学園", "042"), ("神奈川県", "相模原市南区", "相模台", "042"),
          ("東京都", "足立区", "西新井本町", "03"), ("静岡県", "浜松市中央区", "葵東", "053"),
          ("大阪府", "豊中市", "緑丘", "06"), ("宮城県", "仙台市青葉区", "八幡", "022"),
          ("茨城県", "つくば市", "竹園", "029"), ("群馬県", "高崎市", "上並榎町", "027")]

DIAG = ["アルツハイマー型認知症", "脳血管性認知症", "レビー小体型認知症", "前頭側頭型認知症",
        "知的障害（療育手帳Ａ）", "知的障害（療育手帳Ｂ１）", "統合失調症", "高次脳機能障害",
        "双極性障害", "慢性腎不全（人工透析中）", "パーキンソン病・認知症"]
BANKS = [("みどり銀行", ["本店", "渋谷支店", "練馬支店", "港北支店", "浦和支店"]),
         ("海岸信用金庫", ["本店営業部", "船橋支店", "柏支店"]),
         ("さくら台信用組合", ["本店", "町田支店"])]


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, k, a = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, k, a = "平成", y - 1988, "H"
    elif (y, m, d) >= (1926, 12, 25):
        era, k, a = "昭和", y - 1925, "S"
    else:
        era, k, a = "大正", y - 1911, "T"
    if style == "kanji":
        return f"{era}{k}年{m}月{d}日"
    if style == "fw":
        return fw(f"{era}{k}年{m}月{d}日")
    if style == "abbr":
        return f"{a}{k}.{m}.{d}"
    return f"{a}{k}/{m:02d}/{d:02d}"


def person(rng: random.Random, old: bool = True, rare: float = 0.35, sur: str | None = None,
           years: tuple[int, int] | None = None, avoid: set[str] | None = None,
           female: bool | None = None):
    avoid = avoid if avoid is not None else set()
    for _ in range(50):
        p = _person(rng, old, rare, sur, years)
        if p["name"] not in avoid and p["given"] not in avoid and \
                (female is None or p["female"] == female):
            break
    avoid.add(p["name"])
    if sur is not None:
        avoid.add(p["given"])
    return p


def people(rng: random.Random, n: int, **kw) -> list[dict]:
    seen: set[str] = set()
    return [person(rng, avoid=seen, **kw) for _ in range(n)]


def family(rng: random.Random, sur: str, spec: list[tuple]) -> list[tuple[str, dict]]:
    """spec: (relation, female, (year_from, year_to), own surname or None for the family's)."""
    seen: set[str] = set()
    return [(rel, person(rng, old=y[0] < 1950, sur=own or sur, years=y, female=f, avoid=seen))
            for rel, f, y, own in spec]


def _person(rng, old, rare, sur, years):
    if sur is None:
        pool = RARE if rng.random() < rare else SUR
        sur = rng.choice(list(pool))
    sk = RARE.get(sur) or SUR.get(sur, "")
    female = rng.random() < (0.6 if old else 0.5)
    if years and years[0] < 1950 and not old:
        old = True
    gpool = (OLD_F if female else OLD_M) if old else (NEW_F if female else NEW_M)
    given = rng.choice(list(gpool))
    if years:
        y = rng.randrange(years[0], years[1])
    else:
        y = rng.randrange(1926, 1946) if old else rng.randrange(1955, 1995)
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    pref, city, town, area = rng.choice(PLACES)
    a = f"{pref}{city}{town}{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号"
    a2 = f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    zip_ = f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    if len(area) == 2:
        tel = f"{area}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
    elif len(area) == 3:
        tel = f"{area}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    else:
        tel = f"{area}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
    mob = f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
    bank, branches = rng.choice(BANKS)
    return {
        "sur": sur, "given": given, "name": f"{sur} {given}", "name_nosp": sur + given,
        "kana": f"{sk} {gpool[given]}", "female": female, "y": y, "m": m, "d": d,
        "dob": f"{y}/{m:02d}/{d:02d}", "dob_jp": f"{y}年{m}月{d}日",
        "wa": wareki(y, m, d), "wa_fw": wareki(y, m, d, "fw"), "wa_abbr": wareki(y, m, d, "abbr"),
        "addr": a, "addr2": a2, "zip": zip_, "tel": tel, "mob": mob,
        "bank": bank, "branch": rng.choice(branches), "acct": f"{rng.randrange(1000000, 9999999)}",
        "diag": rng.choice(DIAG),
    }


# -- the organisation ------------------------------------------------------------------------
CO = "日の出リーガルサポート株式会社"
STAFF = {
    "morishita": ("森下 彩", "a.morishita", "後見支援部 第一課", "211"),
    "kawabata": ("川端 誠", "m.kawabata", "後見支援部 第二課", "224"),
    "otsuki": ("大槻 美穂", "m.otsuki", "相続手続支援課", "215"),
    "arakaki": ("新垣 亮", "r.arakaki", "不動産サポート課", "231"),
    "kuwabara": ("桑原 里美", "s.kuwabara", "後見支援部 第一課", "212"),
    "saeki": ("佐伯 隆之", "t.saeki", "管理部 経理グループ", "105"),
    "iwase": ("岩瀬 かおり", "k.iwase", "相続手続支援課", "216"),
    "tominaga": ("冨永 修", "o.tominaga", "後見支援部 部長", "201"),
}


def frm(key: str, sub: str = "") -> str:
    name, local, _, _ = STAFF[key]
    dom = (sub + "." if sub else "") + "hinode-sangyo.co.jp"
    return f"{name} <{local}@{dom}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][1]}@hinode-sangyo.co.jp"


def sig(key: str, style: int = 0) -> str:
    name, local, dept, ext = STAFF[key]
    mail = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        return ("\n--\n" + CO + "（日の出産業グループ）\n" + f"{dept}　{name}\n"
                "〒150-0043 東京都渋谷区道玄坂1-20-8 日の出道玄坂ビル6F\n"
                f"TEL 03-5459-3301（代）内線{ext} ／ FAX 03-5459-3302\n{mail}\n")
    if style == 1:
        return ("\n━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業グループ\n " + CO + "\n"
                f" {dept}　{name}\n TEL：03-5459-3301　内線：{ext}\n E-mail：{mail}\n"
                "━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name.split()[0]}（{CO} {dept}）\n03-5459-3301\n"
    romaji = {"morishita": "Aya Morishita", "kawabata": "Makoto Kawabata",
              "otsuki": "Miho Otsuki", "arakaki": "Ryo Arakaki", "kuwabara": "Satomi Kuwabara",
              "saeki": "Takayuki Saeki", "iwase": "Kaori Iwase", "tominaga": "Osamu Tominaga"}[key]
    return (f"\n--\n{romaji}\nHinode Legal Support Co., Ltd. (Hinode Sangyo Group)\n"
            "8-1-20 Dogenzaka Hinode Bldg. 6F, Shibuya-ku, Tokyo 150-0043, Japan\n"
            f"Tel: +81-3-5459-3301 / {mail}\n")


DISC_JP = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised use or disclosure is prohibited.\n")

# external organisations (fictional unless partner)
LAW = "shirakawa-law.jp"          # partner: 白川法律事務所
BANK = "midori-ginko.co.jp"       # partner: みどり銀行
KASAI = "minamino-kasai.go.jp"    # 南野家庭裁判所 後見センター
SHAKYO = "asahigaoka-shakyo.or.jp"
CITY = "fukushi.city.asahigaoka.lg.jp"
HIDAMARI = "hidamari-sato.or.jp"
AOZORA = "aozora-gh.jp"
KAEDE = "kaedenomori.co.jp"
HOSP = "minamino-chuo-hp.or.jp"
NAKAI = "nakai-shiho.jp"
KURODA = "kuroda-tax.jp"
HOSHI = "hoshizora-fudosan.co.jp"
KINO = "kinoshita-sogo-law.jp"

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw["id"] = f"guardianship-{len(MESSAGES) + 1:03d}"
    kw.setdefault("cc", [])
    kw.setdefault("bcc", [])
    MESSAGES.append(kw)


# ============================================================================================
# 001 — 入所申込: one ward's diagnosis to a care facility
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ward's diagnosis (認知症), DOB and address sent to an external care facility",
    sender=frm("morishita"),
    to=[f"生活相談員 古谷 <furuya@{HIDAMARI}>"],
    cc=[addr_of("kuwabara")],
    subject="入所申込書類の件（栗花落様）",
    body=("特別養護老人ホーム ひだまりの郷\n生活相談員 古谷様\n\n"
          "いつもお世話になっております。日の出リーガルサポートの森下です。\n"
          "先日お電話でご相談いたしました入所申込の件、申込書の記載事項を先にお送りします。\n\n"
          "【入所希望者】\n"
          "氏名　　：栗花落 キヨ（つゆり きよ）\n"
          "生年月日：昭和９年１１月３日\n"
          "現住所　：東京都練馬区石神井台４丁目７番１２号\n"
          "後見人　：当社（法人後見、令和５年８月選任）\n"
          "主病名　：アルツハイマー型認知症（HDS-R ９点）、高血圧症\n"
          "ＡＤＬ　：歩行見守り、食事自立、排泄一部介助、夜間の徘徊あり\n\n"
          "主治医意見書・診断書の原本は明日の便で郵送いたします。\n"
          "判定会議の日程が決まりましたらお知らせいただけますと幸いです。\n" + sig("morishita")),
)

# 002 — scheduling with the partner law firm
add(
    expect="pass", charset="cp932", entities=[], detectors=[],
    note="meeting dates with the partner law firm; no personal data",
    sender=frm("otsuki"),
    to=[f"白川 恭平 先生 <k.shirakawa@{LAW}>"],
    cc=[addr_of("iwase")],
    subject="遺産分割協議の事前打合せ日程のご相談",
    body=("白川法律事務所\n白川先生\n\n"
          "いつも大変お世話になっております。日の出リーガルサポートの大槻でございます。\n\n"
          "先般ご依頼いただきました相続案件（当社管理番号 S-2407）につきまして、"
          "協議前の事前打合せをお願いできればと存じます。\n"
          "以下の候補日でご都合はいかがでしょうか。\n\n"
          "　① 11月12日（火）14:00〜15:30\n"
          "　② 11月14日（木）10:00〜11:30\n"
          "　③ 11月15日（金）16:00〜17:00\n\n"
          "場所は貴事務所に伺う形を想定しております。オンラインでも差し支えございません。\n"
          "ご多忙のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。\n" + sig("otsuki", 1)),
)

# 003 — XLSX ward list to a (non-partner) judicial scrivener for hand-over
_r3 = random.Random(SEED + 3)
_w3 = people(_r3, 8)
_fac3 = ["ひだまりの郷", "グループホームあおぞら", "かえでの杜", "自宅（訪問介護）", "南野中央病院（療養病棟）",
         "ケアハウス朝日丘", "グループホームあおぞら", "ひだまりの郷"]
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="8 wards with DOB, diagnoses and managed accounts in an XLSX to an outside scrivener",
    sender=frm("kawabata"),
    to=[f"中井 <office@{NAKAI}>"],
    subject="担当交代に伴う引継資料の送付",
    body=("中井司法書士事務所\n中井先生\n\n"
          "お世話になっております。日の出リーガルサポートの川端です。\n"
          "来月からの復代理・担当交代にあたり、対象の被後見人一覧をお送りします。\n"
          "シート「一覧」に基本情報、シート「引継メモ」に未了事項をまとめています。\n\n"
          "よろしくお願いいたします。\n" + sig("kawabata", 2)),
    attachments=[{
        "kind": "xlsx", "name": "被後見人一覧_引継用.xlsx", "title": "被後見人一覧",
        "sheets": {
            "一覧": [["担当被後見人一覧（2024年10月末現在）"], [],
                     ["No", "氏名", "フリガナ", "生年月日", "居所", "障害・疾病", "管理口座"]] +
                    [[i + 1, p["name"], p["kana"], p["dob"], _fac3[i], p["diag"],
                      f"{p['bank']} {p['branch']} 普通 {p['acct']}"] for i, p in enumerate(_w3)],
            "引継メモ": [["No", "未了事項"], [1, "年金現況届の確認"], [3, "施設利用料の口座振替切替"],
                      [5, "居住用不動産の処分許可申立て準備中"], [7, "定期報告（12月期限）"]],
        },
    }],
)

# 004 — internal-only CSV list of wards due for reports
_r4 = random.Random(SEED + 4)
_w4 = people(_r4, 6)
add(
    expect="pass", charset="cp932",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="list with diagnoses, but every recipient is internal",
    sender=frm("tominaga"),
    to=[addr_of("morishita"), addr_of("kawabata"), addr_of("kuwabara")],
    subject="【部内】12月期限の定期報告対象者",
    body=("各位\n\n12月に家裁への定期報告期限を迎える案件の一覧を添付します。\n"
          "担当者欄をご確認のうえ、11/29までに下書きを共有フォルダへ格納してください。\n\n冨永\n"),
    attachments=[{
        "kind": "csv", "name": "定期報告_12月期限.csv",
        "rows": [["事件番号", "被後見人", "報告期限", "居所", "病名・障害", "担当"]] +
                [[f"令和{_r4.randrange(3, 6)}年（家）第{_r4.randrange(1000, 9999)}号", p["name"],
                  f"2024/12/{_r4.randrange(2, 27):02d}", _fac3[i], p["diag"],
                  ["森下", "川端", "桑原"][i % 3]] for i, p in enumerate(_w4)],
    }],
)

# 005 — ward's My Number to an outside tax accountant
_mn5 = mynum()
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="a ward's マイナンバー in the body to an external tax office",
    sender=frm("saeki"),
    to=[f"黒田税理士事務所 <info@{KURODA}>"],
    subject="確定申告（不動産所得）の資料につきまして",
    body=("黒田税理士事務所\nご担当者様\n\n"
          "いつもお世話になっております。日の出リーガルサポート 経理の佐伯です。\n"
          "成年後見人として財産管理をしている方の令和６年分確定申告について、"
          "申告書作成に必要な情報をお知らせします。\n\n"
          f"　納税者氏名　左右田 昭二\n"
          f"　住所　　　　埼玉県所沢市小手指町２－１８－６\n"
          f"　個人番号　　{spaced_mn(_mn5)}\n"
          f"　所得の種類　不動産所得（駐車場賃貸 ６区画）\n\n"
          "賃料の入金明細と固定資産税の納税通知書は別途郵送いたします。\n"
          "何卒よろしくお願いいたします。\n" + sig("saeki")),
)

# 006 — reply to the partner bank (quoted), procedural only
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
    note="reply to the partner bank listing required documents; quoted text only from the bank",
    sender=frm("kuwabara"),
    to=[f"みどり銀行 渋谷支店 後見手続窓口 <koken-shibuya@{BANK}>"],
    subject="Re: 後見制度支援預金のお手続きについて",
    body=("みどり銀行 渋谷支店\n後見手続窓口 ご担当者様\n\n"
          "ご丁寧にありがとうございます。日の出リーガルサポートの桑原です。\n"
          "ご案内の書類は以下のとおり準備いたします。\n\n"
          "・登記事項証明書（発行後３か月以内）\n"
          "・家庭裁判所の指示書（支援預金口座開設用）\n"
          "・後見人の実印および印鑑証明書\n"
          "・当社の代表者事項証明書\n\n"
          "来店日は11月20日（水）午前を希望いたします。\n"
          + sig("kuwabara", 2) +
          "\n> 日の出リーガルサポート 桑原様\n>\n"
          "> 平素より格別のお引き立てを賜り、ありがとうございます。\n"
          "> 後見制度支援預金口座の開設にあたり、下記書類をご持参ください。\n"
          "> 詳細は添付のご案内をご参照いただけますと幸いです。\n"
          "> みどり銀行 渋谷支店 後見手続窓口\n"),
)

# 007 — three heirs on three free-mail services in To
add(
    expect="stop", charset="utf-8", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons (heirs) can see each other's addresses in To",
    sender=frm("iwase"),
    to=["鰐淵 浩二 <koji.wanibuchi.1962@gmail.com>", "wanibuchi-yumi@yahoo.co.jp",
        "鰐淵 直樹 <naoki_wb@icloud.com>"],
    subject="故 鰐淵正雄様 遺産分割協議の日程について",
    body=("相続人の皆様\n\n"
          "突然のご連絡失礼いたします。故 鰐淵正雄様の相続手続きをお手伝いしております、"
          "日の出リーガルサポートの岩瀬と申します。\n\n"
          "先日お送りしました財産目録（案）をもとに、遺産分割協議の場を設けたく存じます。\n"
          "下記のいずれかでご都合のよい日をお知らせください。\n\n"
          "  12月7日（土）13:00〜\n  12月8日（日）10:00〜\n  12月14日（土）13:00〜\n\n"
          "会場：当社 道玄坂オフィス 6階 会議室（オンライン参加も可能です）\n\n"
          "ご不明な点はお気軽にお問い合わせください。\n" + sig("iwase", 1)),
)

# 008 — ward's asset list to a look-alike of the partner law firm
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-iaw.jp imitates partner shirakawa-law.jp; ward's accounts in body",
    sender=frm("kawabata"),
    to=[f"宮坂先生 <miyasaka@shirakawa-iaw.jp>"],
    subject="十河様 財産目録（預貯金部分）",
    body=("白川法律事務所\n宮坂先生\n\n"
          "お世話になっております。川端です。\n"
          "監督人ご就任に伴い、十河 とみ様の財産目録のうち預貯金部分を先にお送りします。\n\n"
          "  金融機関         支店        種別  口座番号    残高（10/31）\n"
          "  -------------------------------------------------------------\n"
          "  みどり銀行       練馬支店    普通  4512378     3,214,507円\n"
          "  みどり銀行       練馬支店    定期  8803215     5,000,000円\n"
          "  海岸信用金庫     本店営業部  普通  0192743       418,220円\n"
          "  ゆうちょ銀行     記号10130   通常  28841651      62,004円\n\n"
          "不動産・保険については来週中にお送りいたします。\n" + sig("kawabata")),
)

# 009 — English scheduling mail to a Canadian law firm
add(
    expect="pass", charset="utf-8", entities=[], detectors=[],
    note="English scheduling mail to a foreign law firm; no personal data",
    sender=frm("otsuki"),
    to=["Olivia Grant <ogrant@mapleharborlaw.ca>"],
    subject="Notarisation of the Japanese estate division agreement - call next week",
    body=("Dear Ms. Grant,\n\n"
          "Thank you for your reply of 4 November. As discussed, the estate division agreement "
          "(遺産分割協議書) will need to be signed by your client in front of a notary and then "
          "authenticated at the Consulate-General of Japan in Vancouver (署名証明).\n\n"
          "Could we have a short video call to walk through the steps? We are available on:\n"
          "  - Tue 12 Nov, 9:00-10:00 (Vancouver, 11/13 2:00 JST)\n"
          "  - Thu 14 Nov, 16:00-17:00 (Vancouver)\n\n"
          "A Japanese-English side-by-side draft will follow once our partner law firm has "
          "reviewed it.\n\nBest regards," + sig("otsuki", 3) + DISC_EN),
)

# 010 — PPAP: password-protected ZIP to the social welfare council
add(
    expect="stop", charset="iso-2022-jp", entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP (password sent separately) cannot be inspected",
    sender=frm("kuwabara"),
    to=[f"朝日丘市社会福祉協議会 権利擁護センター <kenri@{SHAKYO}>"],
    subject="日常生活自立支援事業からの移行案件　収支報告書の送付",
    body=("朝日丘市社会福祉協議会\n権利擁護センター　ご担当者様\n\n"
          "お世話になっております。日の出リーガルサポートの桑原です。\n"
          "標記の件、収支報告書一式をパスワード付きZIPにてお送りいたします。\n"
          "パスワードは別メールにてお知らせいたします。\n\nよろしくお願いいたします。\n"
          + sig("kuwabara", 1)),
    attachments=[{
        "kind": "zip", "name": "収支報告書_2024Q3.zip", "password": "Hn8501#kz",
        "files": [{"kind": "xlsx", "name": "収支報告書.xlsx",
                   "sheets": {"収支": [["日付", "摘要", "収入", "支出"],
                                      ["2024/07/15", "年金", 142000, ""],
                                      ["2024/07/27", "施設利用料", "", 128400]]}}],
    }],
)

# 011 — the password mail that follows (nothing to inspect)
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
    note="separate password notice; no attachment, no personal data",
    sender=frm("kuwabara"),
    to=[f"朝日丘市社会福祉協議会 権利擁護センター <kenri@{SHAKYO}>"],
    subject="【パスワード】日常生活自立支援事業からの移行案件",
    body=("ご担当者様\n\n先ほどお送りした添付ファイルのパスワードをお知らせします。\n\n"
          "　Hn8501#kz\n\n"
          "※次回以降はクラウドストレージの共有リンクでのお渡しに切り替える予定です。\n\n桑原\n"),
)

# 012 — 【社外秘】 requirements draft to the partner system vendor
add(
    expect="stop", charset="utf-8", entities=[], detectors=["confidential_marking"],
    note="subject and document carry the 社外秘 classification and go outside",
    sender=frm("saeki"),
    to=[f"ツバサシステム 小野寺様 <onodera@tsubasa-system.jp>"],
    cc=[addr_of("tominaga")],
    subject="【社外秘】後見業務管理システム 要件定義書（案）v0.3",
    body=("ツバサシステム株式会社\n小野寺様\n\n"
          "お世話になっております。佐伯です。\n"
          "次回定例（11/18）の議題となる要件定義書の案を添付します。\n"
          "第4章（財産管理・出納帳機能）と第6章（家裁報告書の自動作成）を中心にご確認ください。\n\n"
          "以上、よろしくお願いいたします。\n" + sig("saeki", 2)),
    attachments=[{
        "kind": "docx", "name": "要件定義書_後見業務管理_v0.3.docx", "page_header": "社外秘",
        "title": "後見業務管理システム 要件定義書",
        "paragraphs": ["後見業務管理システム 要件定義書（案）", "第1章 目的",
                       "本システムは、法人後見業務における財産管理・身上保護記録・家裁報告を一元管理する。",
                       "第4章 財産管理", "出納帳の入力、預金残高の照合、領収書画像の紐付けを行う。",
                       "第6章 報告書作成", "定期報告書・財産目録をテンプレートから自動生成する。"],
        "tables": [[["機能ID", "機能名", "優先度"], ["F-401", "出納帳登録", "A"],
                    ["F-402", "残高照合", "A"], ["F-601", "定期報告書出力", "B"]]],
    }],
)

# 013 — mail about an NDA (not a marking)
add(
    expect="pass", charset="cp932", entities=[], detectors=[],
    note="discussion of an NDA draft plus the standard disclaimer; no marking, no personal data",
    sender=frm("saeki"),
    to=[f"小野寺 <onodera@tsubasa-system.jp>"],
    subject="Re: 秘密保持契約書（ドラフト）へのコメント",
    body=("小野寺様\n\nお世話になっております。佐伯です。\n"
          "秘密保持契約書のドラフト、法務確認が終わりましたのでコメントをお返しします。\n\n"
          "・第2条「機密情報」の定義に、被後見人の個人情報を含む旨を明記したい\n"
          "・第5条の返還・廃棄義務に、バックアップ媒体からの削除証明を追加\n"
          "・有効期間は契約終了後５年でお願いしたい\n\n"
          "修正版はWordの変更履歴付きでお送りします。\n" + sig("saeki") + DISC_JP),
)

# 014 — hospital admission: insurance number and medical history
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ward's insurance card number and medical history sent to a hospital",
    sender=frm("kawabata"),
    to=[f"南野中央病院 医療相談室 <soudan@{HOSP}>"],
    subject="入院手続きに必要な情報（百目鬼 勝 様）",
    body=("南野中央病院　医療相談室\nＭＳＷ 三浦様\n\n"
          "本日はお電話ありがとうございました。成年後見人の日の出リーガルサポート 川端です。\n"
          "入院手続きに必要な情報をお送りします。\n\n"
          "■患者氏名　百目鬼 勝（ドウメキ マサル）\n"
          "■生年月日　昭和１３年２月１１日\n"
          "■後期高齢者医療被保険者証　保険者番号 39131018　被保険者番号 04417726\n"
          "■入院理由　誤嚥性肺炎（施設嘱託医より紹介）\n"
          "■既往歴　　脳梗塞（令和２年）、脳血管性認知症、２型糖尿病\n"
          "■服薬　　　施設よりお薬手帳を持参します\n\n"
          "なお、成年後見人には医療行為への同意権がございませんので、"
          "手術等の同意については改めてご相談させてください。\n" + sig("kawabata")),
)

# 015 — internal visit schedule with conditions (space padded)
_r15 = random.Random(SEED + 15)
_w15 = people(_r15, 7)
_lines15 = "\n".join(
    f"{d:<6}{p['name']:<10}{f:<18}{p['diag']}"
    for d, p, f in zip(["11/11", "11/11", "11/12", "11/13", "11/13", "11/14", "11/15"], _w15,
                       ["ひだまりの郷", "あおぞら", "かえでの杜", "自宅", "南野中央病院", "あおぞら", "ひだまりの郷"]))
add(
    expect="pass", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="visit schedule with diagnoses, internal recipients only",
    sender=frm("kuwabara"),
    to=[addr_of("morishita")],
    cc=[addr_of("tominaga")],
    subject="来週の訪問予定（第一課）",
    body=("森下さん\n\n来週の訪問予定です。13日は社用車を押さえてあります。\n\n"
          "日付  被後見人  居所              主な疾病・障害\n"
          "----------------------------------------------------------\n"
          + _lines15 + "\n\n病院の面会は15時以降のみだそうです。\n桑原\n"),
)

# 016 — heirs list (6) to a realtor, full-width padded
_r16 = random.Random(SEED + 16)
_f16 = family(_r16, "漆原", [("長男", False, (1955, 1959), None), ("長女", True, (1959, 1962), "石井"),
                            ("二男", False, (1962, 1965), None), ("孫（代襲）", False, (1986, 1990), None),
                            ("孫（代襲）", True, (1990, 1995), None), ("二女", True, (1966, 1970), "村上")])
_t16 = "\n".join(
    f"{r}　{p['name']}　{p['wa_fw']}　{p['addr']}　{fw(p['mob'])}" for r, p in _f16)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six heirs' DOB, address and phone in the body to an outside realtor",
    sender=frm("arakaki"),
    to=[f"星空不動産 売買仲介課 田島 <tajima@{HOSHI}>"],
    subject="漆原様ご実家売却の件　相続人一覧",
    body=("星空不動産株式会社\n田島様\n\n"
          "いつもお世話になっております。日の出リーガルサポートの新垣です。\n"
          "ご実家（故 漆原 辰雄様名義）の売却につき、相続人全員の同意書を取り付ける予定です。\n"
          "媒介契約書の作成用に、相続人の一覧を共有いたします。\n\n"
          "続柄　　　　氏名　　　　　生年月日　　　　　住所　　　　　　　　　　　　連絡先\n"
          "－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－\n"
          + _t16 + "\n\n代襲相続の孫２名は未成年ではありません。\n" + sig("arakaki", 1)),
)

# 017 — three heirs' contacts to the partner law firm (・bullets)
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three heirs' contact details to the partner law firm: under five people, may warn",
    sender=frm("otsuki"),
    to=[f"白川法律事務所 宮坂 <miyasaka@{LAW}>"],
    subject="相続人の連絡先（管理番号 S-2407）",
    body=("宮坂先生\n\nお世話になっております。大槻です。\n"
          "受任通知の送付先として、相続人３名の連絡先をお知らせします。\n\n"
          "・仁平 誠（長男）　〒251-0052 神奈川県藤沢市藤沢１０２３－４　090-3318-7245\n"
          "・仁平 由美（長女）　〒330-0061 埼玉県さいたま市浦和区常盤６－２－１１　080-6624-1907\n"
          "・駒形 智子（二女）　〒980-0871 宮城県仙台市青葉区八幡３丁目５番２号　022-271-5530\n\n"
          "いずれも平日日中は電話がつながりにくいとのことです。\n" + sig("otsuki", 2)),
)

# 018 — basic pension number to a pension support center
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_BANK_ACCOUNT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="ward's 基礎年金番号 and bank account sent to an external office",
    sender=frm("morishita"),
    to=[f"年金受給者サポートセンター南野 <uketori@minamino-nenkin-support.or.jp>"],
    subject="年金受取口座の変更について（成年後見人からの届出）",
    body=("年金受給者サポートセンター南野　御中\n\n"
          "成年後見人として、下記受給者の年金受取口座を後見人管理口座へ変更したく、"
          "事前にご相談いたします。\n\n"
          "受給者氏名：御手洗 フミ\n"
          "生年月日：S6.5.20\n"
          "基礎年金番号：4127-603918\n"
          "変更後口座：みどり銀行 道玄坂支店 普通 7719024\n"
          "　　　　　　口座名義 ミタライ フミ セイネンコウケンニン ヒノデリーガルサポート（カ\n\n"
          "届書の様式と添付書類（登記事項証明書等）についてご教示ください。\n" + sig("morishita", 1)),
)

# 019 — three-way mail: partner law firm + realtor (two external organisations)
add(
    expect="pass", charset="utf-8", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc is a normal three-way mail; no personal data",
    sender=frm("arakaki"),
    to=[f"白川 恭平 <k.shirakawa@{LAW}>"],
    cc=[f"田島 <tajima@{HOSHI}>", addr_of("otsuki")],
    subject="売却予定物件の現地確認（11/21）",
    body=("白川先生\n（cc）星空不動産 田島様\n\n"
          "お世話になっております。新垣です。\n"
          "先日の打合せでお話しした物件（管理番号 R-118）の現地確認を、\n"
          "11月21日（木）10時30分 現地集合で調整いたしました。\n\n"
          "当日は田島様に鍵をお持ちいただきます。\n"
          "家裁への居住用不動産処分許可申立ての添付資料として、室内写真を撮影する予定です。\n\n"
          "雨天でも実施します。よろしくお願いいたします。\n" + sig("arakaki")),
)

# 020 — HTML-only table of wards with care level and diseases to the welfare council
_r20 = random.Random(SEED + 20)
_w20 = people(_r20, 5)
_rows20 = "".join(
    f"<tr><td>{p['name']}</td><td>{p['wa']}</td><td>{f}</td><td>要介護{_r20.randrange(2, 6)}</td>"
    f"<td>{p['diag']}</td></tr>"
    for p, f in zip(_w20, ["ひだまりの郷", "かえでの杜", "あおぞら", "ケアハウス朝日丘", "自宅"]))
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="HTML table of five wards with DOB and diseases to the welfare council",
    sender=frm("tominaga"),
    to=[f"権利擁護センター 大野 <ono@{SHAKYO}>"],
    subject="法人後見 受任中案件の状況（市長申立分）",
    html=("<html><body><p>朝日丘市社会福祉協議会<br>大野様</p>"
          "<p>いつもお世話になっております。日の出リーガルサポートの冨永です。<br>"
          "市長申立てにより当社が受任している案件の現況を下表のとおりご報告します。</p>"
          "<table border='1' cellpadding='4'><tr><th>被後見人</th><th>生年月日</th><th>居所</th>"
          "<th>要介護度</th><th>主な疾患・障害</th></tr>" + _rows20 + "</table>"
          "<p>いずれも報酬助成の対象となる見込みです。</p>"
          "<p>冨永 修<br>日の出リーガルサポート株式会社 後見支援部<br>TEL 03-5459-3301</p>"
          "</body></html>"),
)

# 021 — corrupt XLSX to the family court
add(
    expect="stop", charset="iso-2022-jp", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is damaged and cannot be inspected",
    sender=frm("morishita"),
    to=[f"南野家庭裁判所 後見センター <koken@{KASAI}>"],
    subject="定期報告書の提出（令和５年（家）第４４１２号）",
    body=("南野家庭裁判所 後見センター 御中\n\n"
          "令和５年（家）第４４１２号 後見開始事件につき、定期報告書および財産目録を提出いたします。\n"
          "原本は本日郵送いたしました。\n\n"
          "成年後見人　日の出リーガルサポート株式会社\n担当　森下 彩\nTEL 03-5459-3301\n"),
    attachments=[{"kind": "corrupt", "name": "財産目録_令和6年.xlsx"}],
)

# 022 — reply to a group home; the fall/fracture details are only in the quote
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
    note="the injury details are quoted from the facility's own mail; new text is a thank-you",
    sender=frm("kuwabara"),
    to=[f"グループホームあおぞら 管理者 松井 <matsui@{AOZORA}>"],
    subject="Re: 【ご報告】転倒について",
    body=("松井様\n\nご連絡ありがとうございます。桑原です。\n"
          "ご対応いただきありがとうございました。明日14時ごろ、そちらに伺います。\n"
          "病院からの説明内容もその際にお聞かせください。\n\n桑原\n\n"
          "> 日の出リーガルサポート 桑原様\n"
          "> 本日6時ごろ、薬袋 静江様が居室内で転倒され、右大腿骨頸部骨折の診断で\n"
          "> 南野中央病院に救急搬送となりました。認知症の進行もあり、術後のリハビリについて\n"
          "> 主治医から説明があるとのことです。\n"
          "> グループホームあおぞら 松井\n"),
)

# 023 — forward of a hospital's explanation to the ward's nephew on gmail
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="forward (new text to the nephew) carries the ward's diagnosis and prognosis",
    sender=frm("kuwabara"),
    to=["薬袋 亮介 <ryosuke.minai@gmail.com>"],
    subject="FW: 薬袋静江様 病状説明の要旨",
    body=("薬袋 亮介 様\n\n"
          "叔母様の件で、病院から届いた説明の要旨を転送いたします。\n"
          "ご親族として一度お目通しいただけますと幸いです。\n\n桑原\n\n"
          "---------- Forwarded message ---------\n"
          "From: 南野中央病院 医療相談室 <soudan@minamino-chuo-hp.or.jp>\n"
          "Subject: 薬袋静江様 病状説明の要旨\n\n"
          "薬袋 静江 様（82歳）\n"
          "診断：右大腿骨頸部骨折、アルツハイマー型認知症（中等度）\n"
          "11月8日に人工骨頭置換術を予定。術後せん妄のリスクが高く、"
          "歩行機能の回復は限定的と見込まれます。\n"
          "退院後は施設での継続リハビリをお勧めします。\n"),
)

# 024 — card number to a private care home for fee payment
_cc24 = card()
add(
    expect="stop", charset="cp932",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a credit card number in the body to an external facility",
    sender=frm("saeki"),
    to=[f"かえでの杜 事務室 <jimu@{KAEDE}>"],
    subject="利用料のカード払い登録について",
    body=("介護付有料老人ホーム かえでの杜\n事務室 ご担当者様\n\n"
          "いつもお世話になっております。日の出リーガルサポートの佐伯です。\n"
          "入居者 四十物 義男様の月額利用料について、来月分からカード払いへの切替をお願いします。\n\n"
          f"カード番号：{_cc24[:4]}-{_cc24[4:8]}-{_cc24[8:12]}-{_cc24[12:]}\n"
          "有効期限：08/28\n"
          "名義：YOSHIO AIMONO\n\n"
          "登録完了後、ご一報いただけますと助かります。\n" + sig("saeki", 2)),
)

# 025 — list of care facilities (businesses) to a relative on gmail
add(
    expect="pass", charset="utf-8", entities=[], detectors=["freemail_recipient"],
    note="list of facilities with switchboards — businesses, not people — to one free-mail relative",
    sender=frm("morishita"),
    to=["tsuyuri.kenta@gmail.com"],
    subject="入所候補の施設一覧をお送りします",
    body=("栗花落 健太 様\n\n"
          "先日はお時間をいただきありがとうございました。森下です。\n"
          "お話ししていた入所候補の施設を一覧にしました。見学のご参考になさってください。\n\n"
          "施設名\t種別\t所在地\t代表電話\t月額目安\n"
          "ひだまりの郷\t特養\t東京都練馬区大泉町２－３－１\t03-5933-1200\t約13万円\n"
          "かえでの杜\t介護付有料\t東京都練馬区関町北４－８－８\t03-3928-4410\t約24万円\n"
          "グループホームあおぞら\tGH\t東京都西東京市谷戸町１－１９－５\t042-438-7781\t約16万円\n"
          "ケアハウス朝日丘\tケアハウス\t東京都練馬区南大泉３－２２－９\t03-5387-6623\t約11万円\n\n"
          "見学の際は私も同行できます。\n" + sig("morishita")),
)

# 026 — an heir's driving licence number to the realtor
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="heir's 運転免許証 number with DOB and address to an outside realtor",
    sender=frm("arakaki"),
    to=[f"田島 <tajima@{HOSHI}>"],
    subject="売主側 本人確認情報",
    body=("田島様\n\nお世話になっております。新垣です。\n"
          "司法書士の本人確認に先立ち、売主（相続人代表）の情報をお送りします。\n\n"
          "　氏名：漆原 哲也\n"
          "　生年月日：昭和５８年４月２日\n"
          "　住所：千葉県船橋市前原西２丁目１４番３号 パークサイド前原302\n"
          "　運転免許証番号：第３０１２４５６７８９０１号（有効期限 令和９年５月２日）\n\n"
          "決済日当日は原本をお持ちいただきます。\n" + sig("arakaki", 2)),
)

# 027 — internal forward of a family-court report draft
add(
    expect="pass", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="report draft with diagnosis circulated internally only",
    sender=frm("morishita"),
    to=[addr_of("tominaga")],
    subject="FW: 定期報告書（案）のレビュー依頼　舎人様",
    body=("冨永部長\n\n舎人様の定期報告書（案）です。身上保護の欄だけご確認ください。\n\n森下\n\n"
          "-------- 転送メッセージ --------\n"
          "【本人の生活状況】\n"
          "舎人 ハナ様（昭和１２年生）はグループホームあおぞらに入居中。\n"
          "レビー小体型認知症による幻視が増えており、10月より主治医の判断で抗精神病薬を減量。\n"
          "転倒が２回あったが骨折なし。食事量は安定している。\n"
          "【今後の方針】\n"
          "医療保護入院の必要性は現時点でないとの主治医意見。\n"),
)

# 028 — DOCX guardianship report to the family court
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="report (DOCX) with the ward's health condition and accounts to the court",
    sender=frm("kawabata"),
    to=[f"南野家庭裁判所 後見センター 書記官室 <shokikan@{KASAI}>"],
    subject="後見事務報告書の提出（令和４年（家）第２０８７号）",
    body=("南野家庭裁判所 後見センター\n担当書記官 殿\n\n"
          "標記事件の後見事務報告書をWord形式でお送りします。\n"
          "押印済みの原本は郵送いたしました。\n\n"
          "成年後見人 日の出リーガルサポート株式会社\n担当 川端 誠\n"),
    attachments=[{
        "kind": "docx", "name": "後見事務報告書_猪狩.docx", "title": "後見事務報告書",
        "paragraphs": ["後見事務報告書（令和６年度）", "事件番号　令和４年（家）第２０８７号",
                       "成年被後見人　猪狩 千代（昭和８年３月３０日生）",
                       "１　本人の心身の状態",
                       "前頭側頭型認知症。常同行動と脱抑制があり、施設職員の見守りが常時必要。"
                       "８月に尿路感染症で１週間入院した。",
                       "２　財産の状況（預貯金）"],
        "tables": [[["金融機関", "口座", "前回残高", "今回残高"],
                    ["みどり銀行 練馬支店", "普通 3305812", "4,812,330", "4,506,118"],
                    ["海岸信用金庫 本店営業部", "定期 0077451", "3,000,000", "3,000,000"]]],
    }],
)

# 029 — look-alike internal domain (co. dropped)
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp is a look-alike of the internal domain; visit record with diagnosis",
    sender=frm("kawabata"),
    to=["桑原 里美 <s.kuwabara@hinode-sangyo.jp>"],
    subject="訪問記録 11/6 一寸木様",
    body=("桑原さん\n\n昨日の訪問記録です。システム入力の前に目を通してください。\n\n"
          "一寸木 金次郎様（グループホームあおぞら）\n"
          "・統合失調症の陽性症状が再燃気味。職員への被害的な発言あり\n"
          "・主治医が12日に往診予定、デポ剤への切替を検討中\n"
          "・金銭管理：小遣い月２万円の範囲内で問題なし\n\n川端\n"),
)

# 030 — order confirmation to the partner printer, with our invoice registration number
_corp30 = corp_number("011001084523")
add(
    expect="pass", charset="cp932", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="order/invoice numbers and the company's own registration number; no personal data",
    sender=frm("saeki"),
    to=[f"錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="発注確認（窓付き封筒・報告書表紙）",
    body=("錦印刷株式会社　営業部 御中\n\n"
          "お世話になっております。日の出リーガルサポート 経理の佐伯です。\n"
          "下記のとおり発注いたします。\n\n"
          "　ご注文番号：NP-2024-11-0387\n"
          "　品目：長3窓付き封筒（社名入り）5,000枚／定期報告書表紙 A4 1,000部\n"
          "　納期：11月28日（木）\n"
          "　納品先：当社 道玄坂オフィス 6階\n\n"
          "請求書の宛名は「日の出リーガルサポート株式会社」、\n"
          f"当社の適格請求書発行事業者登録番号は T{_corp30} です。\n" + sig("saeki")),
)

# 031 — password-protected PDF to the partner law firm
add(
    expect="stop", charset="utf-8", entities=[], detectors=["unscannable_attachment"],
    note="PDF is password-protected and cannot be inspected",
    sender=frm("otsuki"),
    to=[f"宮坂 <miyasaka@{LAW}>"],
    subject="財産目録（相続財産）PDF",
    body=("宮坂先生\n\n財産目録をPDFにてお送りします。\n"
          "開封パスワードは、お電話でお伝えした案件番号の数字8桁です。\n\n大槻\n"),
    attachments=[{
        "kind": "pdf", "name": "相続財産目録_S-2407.pdf", "password": "20242407",
        "lines": ["相続財産目録", "1. 預貯金 みどり銀行 渋谷支店 普通 5527193 12,330,412円",
                  "2. 不動産 東京都杉並区高井戸東三丁目 宅地 142.5㎡"],
    }],
)

# 032 — one relative on docomo: invitation to a family meeting
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=["freemail_recipient"],
    note="one private relative on a carrier address; meeting logistics only",
    sender=frm("iwase"),
    to=["nihei.makoto@docomo.ne.jp"],
    subject="親族会議の会場について",
    body=("仁平 誠 様\n\nお世話になっております。日の出リーガルサポートの岩瀬です。\n"
          "12月7日の親族会議の会場が決まりましたのでお知らせします。\n\n"
          "会場：さくらホテル 渋谷 3階「楓の間」\n"
          "時間：13時00分〜15時00分（受付12時45分〜）\n\n"
          "駐車場はございませんので、公共交通機関をご利用ください。\n" + sig("iwase", 2)),
)

# 033 — CSV of wards' accounts to the partner bank
_r33 = random.Random(SEED + 33)
_w33 = people(_r33, 7)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CSV of seven wards' accounts and DOB to the bank: a list of people",
    sender=frm("saeki"),
    to=[f"みどり銀行 法人営業部 後見信託デスク <koken-trust@{BANK}>"],
    subject="後見制度支援信託 移行対象口座の一覧",
    body=("後見信託デスク ご担当者様\n\n"
          "先日ご説明いただいた支援信託への移行について、対象となる口座の一覧をお送りします。\n"
          "残高は10月末時点です。\n\n佐伯\n"),
    attachments=[{
        "kind": "csv", "name": "shien_shintaku_taisho.csv", "encoding": "utf-8",
        "rows": [["被後見人氏名", "カナ", "生年月日", "支店", "科目", "口座番号", "残高"]] +
                [[p["name"], p["kana"], p["dob"], f"{_r33.choice(['渋谷', '練馬', '港北'])}支店",
                  "普通", p["acct"], _r33.randrange(2_000_000, 18_000_000)] for p in _w33],
    }],
)

# 034 — 療育手帳 / intellectual disability to the city welfare office
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a ward's intellectual disability grade with identity data to the welfare office",
    sender=frm("morishita"),
    to=[f"朝日丘市 障害福祉課 <shogai@{CITY}>"],
    subject="障害福祉サービス（共同生活援助）支給申請のご相談",
    body=("朝日丘市役所 障害福祉課 ご担当者様\n\n"
          "成年後見人の日の出リーガルサポート 森下と申します。\n"
          "下記の方のグループホーム入居に伴い、支給申請の手続きをご相談させてください。\n\n"
          "氏名：王生 大輔（いくるみ だいすけ）\n"
          "生年月日：平成３年７月１９日\n"
          "住所：東京都朝日丘市若葉町１－８－２\n"
          "障害：知的障害（療育手帳Ａ２）、てんかん\n"
          "障害支援区分：区分４（令和４年認定）\n\n"
          "ご家族（母）が高齢のため、在宅生活の継続が難しくなっています。\n" + sig("morishita", 1)),
)

# 035 — general enquiry to the welfare office
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
    note="general question about a subsidy scheme; nobody identified",
    sender=frm("tominaga"),
    to=[f"朝日丘市 高齢福祉課 <koureifukushi@{CITY}>"],
    subject="成年後見制度利用支援事業（報酬助成）の申請様式について",
    body=("朝日丘市役所 高齢福祉課 ご担当者様\n\n"
          "いつもお世話になっております。日の出リーガルサポートの冨永です。\n"
          "令和７年度から報酬助成の申請様式が変わると伺いました。\n"
          "新様式の公開時期と、経過措置の有無についてお教えいただけますでしょうか。\n\n"
          "また、申請期限（報酬付与審判から３か月以内）に変更がないかも併せてご確認ください。\n"
          + sig("tominaga")),
)

# 036 — residence card of the ward's spouse to the partner bank
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="在留カード number of the ward's spouse sent to the bank",
    sender=frm("kuwabara"),
    to=[f"渋谷支店 後見手続窓口 <koken-shibuya@{BANK}>"],
    subject="代理人届（配偶者）の件",
    body=("みどり銀行 渋谷支店 後見手続窓口 ご担当者様\n\n"
          "お世話になっております。桑原です。\n"
          "被後見人の配偶者様を生活費口座の代理人として届け出る件、必要情報をお送りします。\n\n"
          "代理人氏名：SANTOS MARIA CRISTINA（サントス マリア クリスティーナ）\n"
          "国籍：フィリピン\n"
          "生年月日：1968年9月14日\n"
          "在留カード番号：UH48213977EA（永住者）\n\n"
          "来店時は在留カード原本をご持参いただきます。\n" + sig("kuwabara")),
)

# 037 — internal XLSX with wards' My Numbers for tax slips
_r37 = random.Random(SEED + 37)
_w37 = people(_r37, 6)
add(
    expect="pass", charset="cp932",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=[],
    note="My Numbers in a workbook sent only to internal accounting",
    sender=frm("kawabata"),
    to=[addr_of("saeki")],
    subject="支払調書作成用　個人番号一覧（第二課分）",
    body=("佐伯さん\n\n第二課分の一覧です。個人番号はマイナンバーカードの写しと照合済みです。\n"
          "作業後はファイルを削除してください。\n\n川端\n"),
    attachments=[{
        "kind": "xlsx", "name": "個人番号一覧_第二課.xlsx",
        "sheets": {"第二課": [["氏名", "住所", "個人番号"]] +
                   [[p["name"], p["addr2"], mynum()] for p in _w37]},
    }],
)

# 038 — discharge conference: three external organisations visible, with diagnosis
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["external_recipients_visible", "multiple_external_domains", "personal_data"],
    note="three external organisations see each other in To/Cc and the ward's illness is named",
    sender=frm("morishita"),
    to=[f"南野中央病院 三浦 <miura@{HOSP}>", f"ひだまりの郷 古谷 <furuya@{HIDAMARI}>"],
    cc=[f"ケアプランセンターなごみ 石原 <ishihara@nagomi-cp.jp>"],
    subject="退院前カンファレンスの開催について（栗花落キヨ様）",
    body=("関係者各位\n\nお世話になっております。成年後見人の森下です。\n"
          "栗花落キヨ様の退院前カンファレンスを下記で開催いたします。\n\n"
          "日時：11月19日（火）15:00〜16:00\n場所：南野中央病院 3階 相談室\n\n"
          "入院中にアルツハイマー型認知症の周辺症状（夜間せん妄）が強くなっているとのことですので、"
          "退院後の服薬管理と夜間対応を中心に協議したいと考えております。\n" + sig("morishita", 2)),
)

# 039 — heirs notified properly in Bcc
add(
    expect="pass", charset="utf-8", entities=[], detectors=["freemail_recipient"],
    note="relatives are in Bcc (To is the sender); free-mail recipients only",
    sender=frm("iwase"),
    to=[addr_of("iwase")],
    bcc=["koji.wanibuchi.1962@gmail.com", "wanibuchi-yumi@yahoo.co.jp", "naoki_wb@icloud.com",
         "nihei.makoto@docomo.ne.jp", "tomoko.komagata@ezweb.ne.jp", "m-aimono@softbank.ne.jp",
         "hatsukade.k@outlook.jp", "sogo.family@gmail.com"],
    subject="年末年始の休業および担当者変更のお知らせ",
    body=("関係者の皆様\n\n平素より大変お世話になっております。\n"
          "日の出リーガルサポート 相続手続支援課でございます。\n\n"
          "誠に勝手ながら、12月28日（土）から1月5日（日）まで休業とさせていただきます。\n"
          "また、1月より一部案件の担当者が変更となります。該当の方には個別にご連絡いたします。\n\n"
          "本メールはBCCにて一斉送信しております。\n" + sig("iwase", 1)),
)

# 040 — DOCX with a 社外秘 header to a new (non-partner) scrivener
add(
    expect="stop", charset="cp932", entities=[], detectors=["confidential_marking"],
    note="attached hand-over sheet is stamped 社外秘 in its header and goes outside",
    sender=frm("kawabata"),
    to=[f"中井司法書士事務所 <office@{NAKAI}>"],
    subject="復代理業務の手順書",
    body=("中井先生\n\n先日お話しした復代理業務の手順書です。\n"
          "当社内の運用ルールも含まれておりますが、参考までにご覧ください。\n\n川端\n"),
    attachments=[{
        "kind": "docx", "name": "法人後見業務手順書_2024.docx", "page_header": "社外秘　日の出リーガルサポート",
        "paragraphs": ["法人後見業務手順書（2024年改訂）", "1. 受任時の初動",
                       "審判確定後、登記事項証明書を取得し、金融機関へ後見届を提出する。",
                       "2. 財産管理", "預金の出金は課長承認、50万円以上は部長承認とする。",
                       "3. 家裁報告", "定期報告は期限の２週間前までに部内レビューを受ける。"],
    }],
)

# 041 — English: one heir's contact details to a Singapore law firm
add(
    expect="pass", charset="utf-8",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one heir's contact details to a foreign law firm: a single person, may warn",
    sender=frm("otsuki"),
    to=["Daniel Ong <daniel.ong@whitfield-ong.com>"],
    subject="Estate of the late Mr. Tsukumo - contact details of the heir in Singapore",
    body=("Dear Mr. Ong,\n\n"
          "Further to our call, please find below the contact details of the heir residing in "
          "Singapore, who has agreed to be contacted by your office directly:\n\n"
          "  Name:   Mr. Kenji TSUKUMO (九十九 健二)\n"
          "  E-mail: kenji.tsukumo.sg@gmail.com\n"
          "  Mobile: +65 9123 4476\n\n"
          "He prefers to be contacted in English after 6 p.m. Singapore time.\n\n"
          "Kind regards," + sig("otsuki", 3) + DISC_EN),
)

# 042 — English: an heir's passport number to a US firm
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="an heir's passport number and date of birth to an external firm",
    sender=frm("iwase"),
    to=["Sarah Brennan <sbrennan@brennan-estates.com>"],
    subject="Affidavit of heirship - passport details",
    body=("Dear Ms. Brennan,\n\n"
          "For the affidavit of heirship you are preparing, here are the details of our "
          "client's daughter as shown in her Japanese passport:\n\n"
          "Full name: KITO Ayaka (鬼頭 綾香)\n"
          "Date of birth: 3 February 1987\n"
          "Passport No.: TR4417820 (issued 2021-06-11, expires 2031-06-11)\n\n"
          "A certified copy will be sent by courier.\n\nBest regards," + sig("iwase", 3)),
)

# 043 — PPTX training deck with real wards' names and diagnoses
_r43 = random.Random(SEED + 43)
_w43 = people(_r43, 5)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="training slides name five real wards with their disorders; sent outside",
    sender=frm("tominaga"),
    to=[f"研修担当 大野 <ono@{SHAKYO}>"],
    subject="市民後見人養成講座　第3回スライド",
    body=("大野様\n\n第3回（事例検討）のスライドをお送りします。\n"
          "当日は印刷して配布いただけますと助かります。\n\n冨永\n"),
    attachments=[{
        "kind": "pptx", "name": "市民後見人養成講座_第3回.pptx", "title": "事例検討",
        "slides": [["事例検討：身上保護と財産管理", "日の出リーガルサポート 冨永 修"]] +
                  [[f"事例{i + 1}　{p['name']}様（{2024 - p['y']}歳）",
                    f"疾病・障害：{p['diag']}",
                    _r43.choice(["施設入所時の契約締結", "年金の搾取（親族）への対応",
                                 "医療同意を求められた場面", "自宅売却の判断", "悪質商法の取消"])]
                   for i, p in enumerate(_w43)],
        "page_footer": "市民後見人養成講座 2024",
    }],
)

# 044 — PPTX with anonymised cases
add(
    expect="pass", charset="utf-8", entities=[], detectors=[],
    note="anonymised case studies (A氏, 80代) — nobody identifiable",
    sender=frm("tominaga"),
    to=[f"研修担当 大野 <ono@{SHAKYO}>"],
    subject="Re: 第4回スライド（匿名化版）",
    body=("大野様\n\nご指摘ありがとうございました。第4回は事例をすべて匿名化しています。\n"
          "配布用はこちらをお使いください。\n\n冨永\n"),
    attachments=[{
        "kind": "pptx", "name": "市民後見人養成講座_第4回_匿名化.pptx",
        "slides": [["第4回 後見人の役割と限界", "講師：冨永"],
                   ["事例A", "80代女性・認知症・独居", "訪問販売で高額な布団を購入 → 取消権の行使"],
                   ["事例B", "60代男性・知的障害", "親亡き後の住まいの確保"],
                   ["まとめ", "医療同意・身元保証は後見人の職務外"]],
    }],
)

# 045 — plain ZIP with relatives' contact CSV to a funeral company
_r45 = random.Random(SEED + 45)
_f45 = family(_r45, "森田", [("長男", False, (1958, 1962), None), ("長男の妻", True, (1960, 1964), None),
                            ("孫", False, (1988, 1992), None), ("孫", True, (1992, 1996), None),
                            ("長女", True, (1962, 1966), "長谷川"), ("長女の夫", False, (1959, 1963), "長谷川"),
                            ("弟", False, (1936, 1940), None), ("姪", True, (1968, 1974), "岡田")])
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="ZIP holds a CSV of eight relatives' phones and addresses, sent to a funeral company",
    sender=frm("iwase"),
    to=[f"花水木典礼 <sousai@hanamizuki-tenrei.co.jp>"],
    subject="ご葬儀の連絡先一覧と式次第案",
    body=("花水木典礼 ご担当者様\n\n"
          "昨日はお打合せありがとうございました。\n"
          "訃報のご連絡先と式次第の案をまとめてお送りします。\n\n岩瀬\n"),
    attachments=[{
        "kind": "zip", "name": "葬儀関係資料.zip",
        "files": [
            {"kind": "csv", "name": "親族連絡先.csv",
             "rows": [["氏名", "続柄", "住所", "電話"]] +
                     [[p["name"], r, p["addr2"], p["mob"]] for r, p in _f45]},
            {"kind": "docx", "name": "式次第案.docx",
             "paragraphs": ["通夜 12月3日 18時", "告別式 12月4日 11時", "喪主 長男"]},
        ],
    }],
)

# 046 — reply to the partner law firm; the heir list is only in the quoted original
add(
    expect="pass", charset="cp932", entities=[], detectors=[],
    note="heirs' details appear only in the quoted mail from the lawyer",
    sender=frm("otsuki"),
    to=[f"宮坂 <miyasaka@{LAW}>"],
    subject="RE: 相続関係説明図（案）",
    body=("宮坂先生\n\n相続関係説明図、確認いたしました。\n"
          "二女の駒形様の住所は住民票の表記（３丁目５番２号）に合わせてください。それ以外は問題ございません。\n\n"
          "大槻\n\n"
          "差出人: 宮坂 <miyasaka@shirakawa-law.jp>\n"
          "送信日時: 2024年11月6日 17:42\n"
          "宛先: 大槻 美穂\n"
          "件名: 相続関係説明図（案）\n\n"
          "大槻様\n説明図の案です。相続人は以下の５名で作成しました。\n"
          "仁平 誠　昭和35年6月2日生　神奈川県藤沢市藤沢1023-4\n"
          "仁平 由美　昭和38年1月15日生　埼玉県さいたま市浦和区常盤6-2-11\n"
          "駒形 智子　昭和41年9月9日生　宮城県仙台市青葉区八幡3-5-2\n"
          "仁平 拓也　平成2年4月30日生　東京都世田谷区桜丘2-7-1\n"
          "仁平 麻衣　平成5年12月1日生　東京都世田谷区桜丘2-7-1\n"),
)

# 047 — a facility's mail with residents' medication list attached (eml) to a pharmacy
_r47 = random.Random(SEED + 47)
_w47 = people(_r47, 6)
_med = ["ドネペジル5mg", "メマンチン20mg", "リスペリドン0.5mg", "アムロジピン5mg", "バルプロ酸200mg",
        "レボドパ100mg"]
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="attached mail lists six residents' diseases and medication; sent to a pharmacy",
    sender=frm("kuwabara"),
    to=[f"つばめ薬局 朝日丘店 <asahigaoka@tsubame-yakkyoku.co.jp>"],
    subject="FW: 入居者の服薬一覧（居宅療養管理指導の件）",
    body=("つばめ薬局 ご担当者様\n\n"
          "グループホームあおぞらから受け取った服薬一覧を添付で転送します。\n"
          "当社が後見人を務める方の分も含まれています。訪問開始の準備にお使いください。\n\n桑原\n"),
    attachments=[{
        "kind": "eml", "name": "服薬一覧.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": f"グループホームあおぞら 松井 <matsui@{AOZORA}>",
            "to": ["s.kuwabara@hinode-sangyo.co.jp"],
            "subject": "入居者の服薬一覧",
            "body": ("桑原様\n\n服薬一覧をお送りします。\n\n" +
                     "\n".join(f"{p['name']}（{p['wa_abbr']}生）：{p['diag']}／{m}"
                               for p, m in zip(_w47, _med)) + "\n\n松井\n"),
        },
    }],
)

# 048 — look-alike of the partner bank
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginkou.co.jp adds a letter to partner midori-ginko.co.jp; ward's account inside",
    sender=frm("kuwabara"),
    to=["koken-shibuya@midori-ginkou.co.jp"],
    subject="成年後見の届出（月見里様）",
    body=("みどり銀行 渋谷支店 ご担当者様\n\n"
          "下記の方について成年後見の届出をいたします。\n\n"
          "　お名前：月見里 タマ 様\n"
          "　ご住所：神奈川県横浜市港北区日吉本町３－２２－８\n"
          "　口座：渋谷支店 普通 6630185\n\n"
          "届出書と登記事項証明書は窓口に持参いたします。\n" + sig("kuwabara", 2)),
)

# 049 — internal (subdomain) heir research result
_r49 = random.Random(SEED + 49)
_h49 = people(_r49, 7, old=False, sur="廿日出")
add(
    expect="pass", charset="utf-8",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], detectors=[],
    note="heir list sent to colleagues on the internal subdomain only",
    sender=frm("iwase"),
    to=["大槻 美穂 <m.otsuki@mail.hinode-sangyo.co.jp>"],
    cc=["souzoku-team@mail.hinode-sangyo.co.jp"],
    subject="廿日出家 相続人調査の結果",
    body=("大槻さん\n\n戸籍の収集が終わりました。相続人は７名です。\n\n" +
          "\n\n".join(f"【{i + 1}】{p['name']}（{p['kana']}）\n　生年月日：{p['wa']}\n　住所：{p['addr']}"
                      for i, p in enumerate(_h49)) +
          "\n\n数次相続が１件あります。詳細は説明図をご覧ください。\n岩瀬\n"),
)

# 050 — either: ward's name, guardianship status and account to the partner bank
add(
    expect="either", charset="cp932",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one person's account plus 成年被後見人 status: status may or may not be read as disability",
    sender=frm("kawabata"),
    to=[f"みどり銀行 練馬支店 <nerima@{BANK}>"],
    subject="後見人届出済み口座の名義表示について",
    body=("みどり銀行 練馬支店 ご担当者様\n\n"
          "お世話になっております。川端です。\n"
          "成年被後見人 安居院 静江 様（練馬支店 普通 2281406）の通帳表記が、"
          "後見人届出後も本人名義のみとなっております。\n"
          "「安居院静江 成年後見人 日の出リーガルサポート（カ」への変更をお願いできますでしょうか。\n"
          + sig("kawabata")),
)

# 051 — valuation PDF stamped 極秘 to the realtor
add(
    expect="stop", charset="utf-8", entities=[], detectors=["confidential_marking"],
    note="the attached PDF carries a 極秘 stamp in its page header",
    sender=frm("arakaki"),
    to=[f"田島 <tajima@{HOSHI}>"],
    subject="査定比較表（R-118）",
    body=("田島様\n\n当社で取得した他社査定との比較表です。価格設定のご参考までに。\n\n新垣\n"),
    attachments=[{
        "kind": "pdf", "name": "査定比較表_R-118.pdf", "page_header": "極秘",
        "title": "査定比較表",
        "lines": ["査定比較表（物件管理番号 R-118）", "土地 142.5㎡ / 建物 木造2階建 築38年"],
        "table": [["査定会社", "査定額", "販売期間見込"], ["A社", "5,480万円", "3か月"],
                  ["B社", "5,200万円", "2か月"], ["星空不動産", "5,350万円", "3か月"]],
    }],
)

# 052 — realtor + judicial scrivener: settlement schedule
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (realtor, scrivener) in a normal settlement mail",
    sender=frm("arakaki"),
    to=[f"田島 <tajima@{HOSHI}>"],
    cc=[f"中井 <office@{NAKAI}>", addr_of("tominaga")],
    subject="【R-118】売買契約・決済日程のご確認",
    body=("星空不動産 田島様\n中井司法書士事務所 中井先生（cc）\n\n"
          "お世話になっております。新垣です。\n"
          "家庭裁判所から居住用不動産の処分許可が出ましたので、日程を確定させたいと存じます。\n\n"
          "　売買契約　12月5日（木）14:00　星空不動産 本店\n"
          "　残代金決済　12月20日（金）10:00　みどり銀行 渋谷支店\n\n"
          "許可審判書の写しは中井先生に別途お送りします。\n" + sig("arakaki", 1)),
)

# 053 — one record per block: five wards' emergency contacts to a care-taxi company
_r53 = random.Random(SEED + 53)
_w53 = people(_r53, 5)
_k53 = people(_r53, 5, old=False)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="five users' pick-up addresses and relatives' phones, one block each, to a taxi firm",
    sender=frm("kawabata"),
    to=[f"ふれあい介護タクシー 配車係 <haisha@fureai-taxi.jp>"],
    subject="定期通院の送迎利用者登録",
    body=("ふれあい介護タクシー 配車係 御中\n\n"
          "来月からの定期通院送迎について、利用者の登録をお願いします。\n\n" +
          "\n".join(f"■{w['name']} 様\n　お迎え先：{w['addr']}\n　緊急連絡先：{k['name']}（親族）{k['mob']}\n"
                    for w, k in zip(_w53, _k53)) +
          "\n請求書は当社宛にお送りください。\n" + sig("kawabata", 2)),
)

# 054 — tab-separated: six wards' pension numbers and accounts to a labour/social insurance office
_r54 = random.Random(SEED + 54)
_w54 = people(_r54, 6)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six wards' 基礎年金番号 and accounts pasted tab-separated to an outside office",
    sender=frm("morishita"),
    to=[f"平野社会保険労務士事務所 <hirano@hirano-sr.jp>"],
    subject="遺族年金・未支給年金の請求代行（6件）",
    body=("平野先生\n\nお世話になっております。森下です。\n"
          "ご依頼の件、対象者の一覧を貼り付けます（Excelからコピー）。\n\n"
          "氏名\t基礎年金番号\t受取金融機関\t口座番号\n" +
          "\n".join(f"{p['name']}\t{_r54.randrange(1000, 9999)}-{_r54.randrange(100000, 999999)}\t"
                    f"{p['bank']} {p['branch']}\t普通 {p['acct']}" for p in _w54) +
          "\n\nよろしくお願いいたします。\n" + sig("morishita")),
)

# 055 — a relative's phone for a facility tour (one person)
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one relative's phone number to a facility for a tour: one person, may warn",
    sender=frm("morishita"),
    to=[f"ひだまりの郷 古谷 <furuya@{HIDAMARI}>"],
    subject="見学日のご連絡",
    body=("古谷様\n\nお世話になっております。森下です。\n"
          "11月16日（土）10時の見学ですが、ご親族の栗花落 健太様も同席されます。\n"
          "当日遅れる場合は健太様から直接ご連絡が入るかもしれません（携帯 080-4471-2093）。\n\n"
          "どうぞよろしくお願いいたします。\n" + sig("morishita", 2)),
)

# 056 — medical consent question to a hospital, naming the ward's conditions
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="ward's diagnoses and planned surgery in a mail to the hospital",
    sender=frm("kuwabara"),
    to=[f"整形外科 病棟クラーク <seikei-clerk@{HOSP}>"],
    subject="手術同意書についてのご相談（薬袋静江様）",
    body=("南野中央病院 整形外科 ご担当者様\n\n"
          "成年後見人の日の出リーガルサポート 桑原でございます。\n"
          "薬袋 静江 様（昭和17年8月3日生）の人工骨頭置換術の同意書について、ご相談いたします。\n\n"
          "ご本人はアルツハイマー型認知症のため手術内容の理解が難しく、"
          "また成年後見人には医療行為の同意権がございません。\n"
          "ご親族（甥の亮介様）に連絡を取っておりますので、同意者は亮介様でお願いできればと存じます。\n\n"
          "主治医の先生からのご説明には私も同席いたします。\n" + sig("kuwabara")),
)

# 057 — the same topic discussed internally
add(
    expect="pass", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="internal discussion of a ward's surgery; no external recipient",
    sender=frm("tominaga"),
    to=[addr_of("kuwabara")],
    cc=[addr_of("morishita")],
    subject="Re: 薬袋様 手術同意の件",
    body=("桑原さん\n\n方針はそれで良いと思います。\n"
          "甥の方と連絡がつかない場合は、病院の倫理委員会の手続きになるはずなので、\n"
          "MSWに確認しておいてください。薬袋さんは認知症の進行でご本人の意思確認も難しいので、\n"
          "記録は丁寧に残しておきましょう。\n\n冨永\n\n"
          "> 甥の亮介様に同意をお願いする方向で病院に相談します。\n> 桑原\n"),
)

# 058 — the ward was a fraud victim: sent to the partner bank
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names a ward as a crime (特殊詐欺) victim with her account, to the bank",
    sender=frm("kawabata"),
    to=[f"みどり銀行 お客さまサポート室 <support@{BANK}>"],
    subject="【至急】特殊詐欺被害に伴う口座凍結のお願い",
    body=("みどり銀行 お客さまサポート室 御中\n\n"
          "成年後見人の日の出リーガルサポート 川端です。\n"
          "被後見人の東海林 ヨシ子様が、11月5日に息子を名乗る者からの電話を受け、"
          "自宅を訪れた受け子に現金180万円を手渡す詐欺被害に遭いました。\n"
          "キャッシュカードも持ち去られていますので、下記口座の支払停止をお願いいたします。\n\n"
          "　練馬支店 普通 5082217 名義 ショウジ ヨシコ\n\n"
          "練馬警察署には本日被害届を提出済みです（受理番号は追ってお知らせします）。\n" + sig("kawabata")),
)

# 059 — an heir's imprisonment mentioned to the scrivener
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="states that a named heir is serving a prison sentence (criminal record)",
    sender=frm("iwase"),
    to=[f"中井先生 <office@{NAKAI}>"],
    subject="相続人のうち１名への書類送付について",
    body=("中井先生\n\nお世話になっております。岩瀬です。\n"
          "廿日出家の相続人のうち、三男の廿日出 浩二さんは現在、"
          "窃盗罪で府中刑務所に服役中（令和８年出所予定）とのことです。\n"
          "遺産分割協議書への署名押印は、刑務所宛の郵送で対応可能でしょうか。\n"
          "印鑑証明書の代わりに在監証明と拇印で足りるかも併せてご教示ください。\n" + sig("iwase", 2)),
)

# 060 — a ward's faith (religion) sent to a funeral company for a pre-need contract
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named ward's religious faith given to a funeral company",
    sender=frm("morishita"),
    to=[f"花水木典礼 生前相談窓口 <seizen@hanamizuki-tenrei.co.jp>"],
    subject="生前契約のご相談（小鳥遊様）",
    body=("花水木典礼 生前相談窓口 ご担当者様\n\n"
          "成年後見人として財産管理をしております、日の出リーガルサポートの森下です。\n"
          "被後見人の小鳥遊 和夫様より、ご自身の葬儀について生前に決めておきたいとのご希望がありました。\n\n"
          "ご本人は長年天理教の信者で、教会の方に葬儀（神葬祭に近い形式）をお願いしたいとのことです。\n"
          "菩提寺はなく、納骨は教会の合同墓を希望されています。\n\n"
          "お見積りの作成をお願いできますでしょうか。\n" + sig("morishita", 1)),
)

# 061 — funeral estimate request with an estimate number only
add(
    expect="pass", charset="cp932", entities=[], detectors=[],
    note="estimate number and plan names only; nobody's data",
    sender=frm("iwase"),
    to=[f"花水木典礼 <sousai@hanamizuki-tenrei.co.jp>"],
    subject="お見積書（No. HM-24-1193）について",
    body=("花水木典礼 ご担当者様\n\n"
          "お見積書 No. HM-24-1193 を拝受しました。ありがとうございます。\n"
          "「家族葬プランB」から返礼品を除いた場合の金額を再度お見積りいただけますか。\n"
          "また、お支払いは相続財産からとなるため、請求書の宛名は「故人名＋相続人代表」でお願いします。\n\n"
          "岩瀬\n" + sig("iwase", 2)),
)

# 062 — four heirs (3 free mail + a workplace address) in To/Cc
add(
    expect="stop", charset="iso-2022-jp", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private heirs on different domains can see each other's addresses",
    sender=frm("otsuki"),
    to=["仁平 誠 <nihei.makoto@docomo.ne.jp>", "仁平 由美 <yumi-nh@yahoo.co.jp>"],
    cc=["駒形 智子 <t.komagata@marumitsu-kensetsu.co.jp>", "仁平 拓也 <takuya.nihei@gmail.com>"],
    subject="遺産分割協議書（案）送付のご案内",
    body=("相続人の皆様\n\nお世話になっております。日の出リーガルサポートの大槻です。\n"
          "白川法律事務所で作成した遺産分割協議書（案）を、本日皆様のご住所宛に郵送いたしました。\n"
          "内容をご確認のうえ、ご意見があれば11月29日までにお知らせください。\n\n"
          "署名押印は12月7日の親族会議の場でお願いする予定です。\n" + sig("otsuki")),
)

# 063 — two relatives (two free-mail domains): not yet three parties
add(
    expect="pass", charset="utf-8", entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="two private recipients only — below the three-party threshold",
    sender=frm("iwase"),
    to=["tsuyuri.kenta@gmail.com", "栗花落 陽子 <yoko.tsuyuri@outlook.jp>"],
    subject="面会のご予定について",
    body=("健太様、陽子様\n\nお世話になっております。森下に代わりご連絡いたします、岩瀬です。\n"
          "年末のご面会ですが、施設側から12月27日までであれば調整可能と伺っております。\n"
          "ご兄妹でご一緒に行かれる場合は、日時を私までお知らせください。\n" + sig("iwase")),
)

# 064 — legacy XLS: six wards' balances to the supervising lawyer's office
_r64 = random.Random(SEED + 64)
_w64 = people(_r64, 6)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="legacy .xls listing six wards with their accounts, to an outside law office",
    sender=frm("kawabata"),
    to=[f"木下総合法律事務所 木下先生 <kinoshita@{KINO}>"],
    subject="監督事務報告用の預金残高一覧",
    body=("木下先生\n\n後見監督人としてご担当いただいている6件の預金残高一覧をお送りします。\n"
          "監督人さまの様式に合わせて.xls形式にしております。\n\n川端\n"),
    attachments=[{
        "kind": "xls", "name": "残高一覧_監督人提出用.xls",
        "sheets": {"残高": [["事件番号", "被後見人", "金融機関", "口座番号", "残高"]] +
                   [[f"R{_r64.randrange(2, 6)}(家){_r64.randrange(1000, 9999)}", p["name"],
                     f"{p['bank']} {p['branch']}", p["acct"], _r64.randrange(500_000, 9_000_000)]
                    for p in _w64]},
    }],
)

# 065 — look-alike (letters swapped) of the internal domain with a ward CSV
_r65 = random.Random(SEED + 65)
_w65 = people(_r65, 9)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sanygo.co.jp swaps letters of the internal domain; ward list attached",
    sender=frm("kuwabara"),
    to=["m.kawabata@hinode-sanygo.co.jp"],
    subject="被後見人マスタ（第一課）",
    body=("川端さん\n\nシステム移行用の被後見人マスタ（第一課分）です。\n桑原\n"),
    attachments=[{
        "kind": "csv", "name": "master_dai1.csv", "encoding": "utf-8",
        "rows": [["id", "name", "kana", "birth", "disease"]] +
                [[f"G1-{i + 101}", p["name"], p["kana"], p["dob"], p["diag"]] for i, p in enumerate(_w65)],
    }],
)

# 066 — English reply; the passport data is only in the quoted message
add(
    expect="pass", charset="utf-8", entities=[], detectors=[],
    note="passport details appear only in the quoted earlier message",
    sender=frm("iwase"),
    to=["Sarah Brennan <sbrennan@brennan-estates.com>"],
    subject="Re: Affidavit of heirship - passport details",
    body=("Dear Ms. Brennan,\n\nThank you - the draft affidavit looks fine to us. "
          "We will forward it to Ms. Kito for her review.\n\nBest regards,\nKaori Iwase\n\n"
          "On Tue, Nov 12, 2024 at 9:14 AM Sarah Brennan <sbrennan@brennan-estates.com> wrote:\n"
          "> Dear Ms. Iwase,\n"
          "> Attached is the draft. I used the details you sent:\n"
          "> KITO Ayaka, born 3 February 1987, Passport No. TR4417820.\n"
          "> Please confirm.\n> Sarah\n"),
)

# 067 — corrupt PDF to the scrivener
add(
    expect="stop", charset="iso-2022-jp", entities=[], detectors=["unscannable_attachment"],
    note="damaged PDF attachment cannot be inspected",
    sender=frm("arakaki"),
    to=[f"中井司法書士事務所 <office@{NAKAI}>"],
    subject="登記事項証明書のスキャン",
    body=("中井先生\n\nR-118物件の登記事項証明書（全部事項）のスキャンです。\n"
          "原本は決済日にお渡しします。\n\n新垣\n"),
    attachments=[{"kind": "corrupt", "name": "登記事項証明書_R-118.pdf"}],
)

# 068 — directions with a map image to a group home
add(
    expect="pass", charset="cp932", entities=[], detectors=[],
    note="directions and a map image; the address is the facility's own",
    sender=frm("kuwabara"),
    to=[f"松井 <matsui@{AOZORA}>"],
    subject="研修会場の地図",
    body=("松井様\n\n来週の合同研修の会場地図をお送りします。\n"
          "会場：朝日丘市民センター 2階 第3会議室（東京都朝日丘市本町2-1-1）\n"
          "駐車場は市民センター地下をご利用ください。\n\n桑原\n"),
    attachments=[{"kind": "png", "name": "map_civic_center.png"}],
)

# 069 — "CONFIDENTIAL" stamped valuation memo to a Singapore firm
add(
    expect="stop", charset="utf-8", entities=[], detectors=["confidential_marking"],
    note="the PDF is stamped CONFIDENTIAL in its header and goes to an external firm",
    sender=frm("otsuki"),
    to=["Daniel Ong <daniel.ong@whitfield-ong.com>"],
    subject="Valuation memo - Tokyo property of the estate",
    body=("Dear Mr. Ong,\n\nPlease find attached our internal valuation memo for the Tokyo "
          "property, for your background only.\n\nKind regards,\nMiho Otsuki\n"),
    attachments=[{
        "kind": "pdf", "name": "valuation_memo_tokyo.pdf",
        "page_header": "CONFIDENTIAL - INTERNAL ONLY",
        "lines": ["Valuation memo: residential land, Suginami-ku, Tokyo",
                  "Land 142.5 sqm; wooden house built 1986 (no value)",
                  "Estimated sale price: JPY 53.5m; road-price basis: JPY 41.2m"],
    }],
)

# 070 — the word 機密 in running text, not a marking
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
    note="mentions 機密 / 機密保持 in passing; no stamp, no personal data",
    sender=frm("saeki"),
    to=[f"ツバサシステム 小野寺様 <onodera@tsubasa-system.jp>"],
    subject="テスト環境へのデータ投入方法について",
    body=("小野寺様\n\nお世話になっております。佐伯です。\n"
          "テスト環境への投入データは、機密保持の観点から実データではなく"
          "ダミーデータ（架空の被後見人100名分）を当社で作成してお渡しします。\n"
          "受け渡しはPPAPではなく、御社のファイル共有サービスを使わせてください。\n\n"
          "機密保持契約の締結後、12月第2週を目途にお送りします。\n" + sig("saeki", 1)),
)

# 071 — an heir's My Number in full-width digits to the tax office
_mn71 = mynum()
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="an heir's My Number written in full-width digits, to an external tax office",
    sender=frm("otsuki"),
    to=[f"黒田 <kuroda@{KURODA}>"],
    subject="相続税申告　相続人の個人番号",
    body=("黒田先生\n\n相続税申告書に記載する相続人の個人番号をお知らせします。\n"
          "（残りのお二人分は番号確認書類が揃い次第お送りします）\n\n"
          "仁平 由美　昭和３８年１月１５日生\n"
          f"個人番号：{fw(_mn71[:4])}－{fw(_mn71[4:8])}－{fw(_mn71[8:])}\n\n"
          "大槻\n" + sig("otsuki", 2)),
)

# 072 — DOCX table of five heirs (和暦 DOB, addresses) to the scrivener
_r72 = random.Random(SEED + 72)
_f72 = family(_r72, "四十物", [("妻", True, (1936, 1941), None), ("長男", False, (1961, 1964), None),
                              ("長女", True, (1964, 1967), "松本"), ("二男", False, (1967, 1970), None),
                              ("三男", False, (1970, 1974), None)])
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="five heirs' dates of birth and addresses in a DOCX table, to an outside scrivener",
    sender=frm("iwase"),
    to=[f"中井 <office@{NAKAI}>"],
    subject="相続登記のご依頼（四十物家）",
    body=("中井先生\n\n四十物家の相続登記をお願いしたく、相続人一覧をWordでお送りします。\n"
          "戸籍一式は本日発送しました。\n\n岩瀬\n"),
    attachments=[{
        "kind": "docx", "name": "相続人一覧_四十物家.docx",
        "paragraphs": ["被相続人 四十物 重信（令和6年9月2日死亡）", "相続人一覧"],
        "tables": [[["続柄", "氏名", "生年月日", "住所"]] +
                   [[r, p["name"], p["wa"], p["addr"]] for r, p in _f72]],
    }],
)

# 073 — internal thread with three heirs' phone numbers
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="heirs' phones exchanged between colleagues only",
    sender=frm("otsuki"),
    to=[addr_of("iwase")],
    subject="Re: 仁平家 連絡がつかない相続人",
    body=("岩瀬さん\n\n電話番号、以下で合っているはずです。\n"
          "仁平 拓也さん　090-2276-4418\n仁平 麻衣さん　070-5531-0927\n"
          "駒形 智子さん（勤務先直通）022-301-4478\n\n"
          "麻衣さんは夜20時以降の方がつながります。\n大槻\n\n"
          "> 大槻さん\n> 拓也さんと麻衣さんに何度かけてもつながりません。番号の確認をお願いできますか。\n> 岩瀬\n"),
)

# 074 — care team meeting: three external organisations visible (no personal data)
add(
    expect="stop", charset="utf-8", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To/Cc can see each other's addresses",
    sender=frm("morishita"),
    to=[f"石原 <ishihara@nagomi-cp.jp>", "星野訪問看護ステーション <info@hoshino-houkan.jp>"],
    cc=[f"大野 <ono@{SHAKYO}>"],
    subject="サービス担当者会議の日程調整",
    body=("関係者の皆様\n\nお世話になっております。日の出リーガルサポートの森下です。\n"
          "ケアプラン更新に伴うサービス担当者会議について、下記候補で調整させてください。\n\n"
          "・11月25日（月）14時\n・11月27日（水）10時\n・11月28日（木）15時\n\n"
          "場所はご本人宅を予定しています。\n" + sig("morishita", 1)),
)

# 075 — the same kind of invitation, correctly in Bcc
add(
    expect="pass", charset="cp932", entities=[], detectors=[],
    note="external parties are all in Bcc; To is the sender",
    sender=frm("kawabata"),
    to=[addr_of("kawabata")],
    bcc=[f"ishihara@nagomi-cp.jp", "info@hoshino-houkan.jp", f"ono@{SHAKYO}", f"furuya@{HIDAMARI}"],
    subject="【ご案内】地域ケア会議（12月）",
    body=("関係者各位（BCCにて失礼いたします）\n\n"
          "12月の地域ケア会議は12月11日（水）14時から朝日丘市民センターで開催されます。\n"
          "議題は「身寄りのない高齢者の入院・入所時の対応」です。\n"
          "出欠を12月4日までに川端までお知らせください。\n" + sig("kawabata")),
)

# 076 — text+HTML: a ward's medication and diagnoses to the new facility
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one ward's diseases and prescriptions sent to a facility (text and HTML parts)",
    sender=frm("morishita"),
    to=[f"かえでの杜 看護室 <kango@{KAEDE}>"],
    subject="入居前情報（服薬・既往歴）",
    body=("かえでの杜 看護室 ご担当者様\n\n"
          "11月25日入居予定の鬼頭 清様（大正15年4月8日生）の服薬情報です。\n\n"
          "既往歴：心房細動、慢性心不全、脳血管性認知症\n"
          "内服：ワルファリン2mg 朝／フロセミド20mg 朝／ドネペジル5mg 朝\n"
          "注意：ワルファリン服用中のため納豆禁\n\n森下\n"),
    html=("<html><body><p>かえでの杜 看護室 ご担当者様</p>"
          "<p>11月25日入居予定の<b>鬼頭 清様</b>（大正15年4月8日生）の服薬情報です。</p>"
          "<table border='1'><tr><th>既往歴</th><td>心房細動、慢性心不全、脳血管性認知症</td></tr>"
          "<tr><th>内服</th><td>ワルファリン2mg 朝／フロセミド20mg 朝／ドネペジル5mg 朝</td></tr>"
          "<tr><th>注意</th><td>ワルファリン服用中のため納豆禁</td></tr></table>"
          "<p>森下</p></body></html>"),
)

# 077 — facility fee paperwork; no account numbers
add(
    expect="pass", charset="utf-8", entities=[], detectors=[],
    note="administrative note to a facility; no personal data in the text",
    sender=frm("saeki"),
    to=[f"かえでの杜 事務室 <jimu@{KAEDE}>"],
    subject="口座振替依頼書の送付について",
    body=("かえでの杜 事務室 ご担当者様\n\n"
          "いつもお世話になっております。佐伯です。\n"
          "口座振替依頼書（原本）に後見人印を押印のうえ、本日レターパックで発送しました。\n"
          "追跡番号：3421-8865-0972\n"
          "振替開始は1月分からで差し支えございません。\n" + sig("saeki", 2)),
)

# 078 — PDF table of guardian candidates (six people, home data) to the family court
_r78 = random.Random(SEED + 78)
_c78 = people(_r78, 6, old=False)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six candidates' home addresses, DOB and phones in a PDF table to the court",
    sender=frm("tominaga"),
    to=[f"南野家庭裁判所 後見センター <koken@{KASAI}>"],
    subject="市民後見人候補者名簿の提出",
    body=("南野家庭裁判所 後見センター 御中\n\n"
          "当社が養成講座を実施した市民後見人候補者の名簿をお送りします。\n"
          "今年度修了者6名です。\n\n日の出リーガルサポート株式会社 冨永\n"),
    attachments=[{
        "kind": "pdf", "name": "市民後見人候補者名簿_R6.pdf", "title": "市民後見人候補者名簿",
        "lines": ["市民後見人候補者名簿（令和６年度修了）", ""],
        "table": [["氏名", "生年月日", "住所", "電話"]] +
                 [[p["name"], p["wa_abbr"], p["addr2"], p["mob"]] for p in _c78],
        "page_footer": "日の出リーガルサポート株式会社",
    }],
)

# 079 — order to the partner printer for new-year cards
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
    note="print order with a quote number and our office address",
    sender=frm("saeki"),
    to=[f"錦印刷 <eigyo@nishiki-insatsu.co.jp>"],
    subject="年賀状印刷のお願い（見積 NQ-24-0912）",
    body=("錦印刷株式会社 営業部 御中\n\n"
          "お見積り NQ-24-0912 の内容で年賀状印刷をお願いいたします。\n"
          "枚数：800枚（宛名印刷なし）\n納品：12月13日までに当社 道玄坂オフィスへ\n"
          "デザイン：B-07（干支イラスト）\n\n佐伯\n" + sig("saeki")),
)

# 080 — plain ZIP (XLSX + TXT) of disability-card holders to a welfare taxi firm
_r80 = random.Random(SEED + 80)
_w80 = people(_r80, 7)
_grade = ["身体障害者手帳1級（下肢）", "身体障害者手帳2級（体幹）", "療育手帳A", "精神障害者保健福祉手帳2級",
          "身体障害者手帳3級（心臓）", "身体障害者手帳1級（視覚）", "療育手帳B"]
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP with a workbook of seven people's disability certificates and phones, to a taxi firm",
    sender=frm("kawabata"),
    to=[f"みなみ福祉タクシー <office@minami-fukushi-taxi.jp>"],
    subject="福祉割引の登録申請（7名分）",
    body=("みなみ福祉タクシー ご担当者様\n\n"
          "福祉割引の登録申請書類をZIPでまとめてお送りします。\n"
          "手帳の写しは別途郵送します。\n\n川端\n"),
    attachments=[{
        "kind": "zip", "name": "fukushi_waribiki_touroku.zip",
        "files": [
            {"kind": "xlsx", "name": "登録者一覧.xlsx",
             "sheets": {"登録者": [["福祉割引 登録申請者一覧"], ["氏名", "障害者手帳", "連絡先"]] +
                        [[p["name"], g, p["tel"]] for p, g in zip(_w80, _grade)],
                        "申請者": [["申請者", "日の出リーガルサポート株式会社"], ["担当", "川端"]]}},
            {"kind": "txt", "name": "README.txt",
             "text": "登録者一覧.xlsx の順に手帳の写しを郵送します。\n不明点は川端まで。\n"},
        ],
    }],
)

# 081 — one relative (ezweb): visit confirmation
add(
    expect="pass", charset="cp932", entities=[], detectors=["freemail_recipient"],
    note="one relative on a carrier address; visit time only",
    sender=frm("kuwabara"),
    to=["tomoko.komagata@ezweb.ne.jp"],
    subject="面会日時のご確認",
    body=("駒形様\n\nお世話になっております。桑原です。\n"
          "11月23日（土・祝）14時からの面会、施設に伝えておきました。\n"
          "受付で「日の出リーガルサポートから聞いている」とお伝えいただければ大丈夫です。\n\n桑原\n"),
)

# 082 — either: care-level change reported to the ward's son on gmail
add(
    expect="either", charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a named ward's 要介護度 to her own son: care level may or may not count as health data",
    sender=frm("morishita"),
    to=["栗花落 健太 <tsuyuri.kenta@gmail.com>"],
    subject="お母様の要介護認定の結果",
    body=("栗花落 健太 様\n\n"
          "お世話になっております。森下です。\n"
          "お母様（栗花落キヨ様）の要介護認定の区分変更の結果が届き、要介護２から要介護３になりました。\n"
          "これにより特養への入所要件を満たしますので、ひだまりの郷の判定会議に進めます。\n\n"
          "認定通知書の写しは次回お会いする際にお渡しします。\n" + sig("morishita", 2)),
)

# 083 — partner law firm's name under another TLD
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-law.co.jp is the partner's name under another TLD; testator's address inside",
    sender=frm("otsuki"),
    to=["白川 恭平 <k.shirakawa@shirakawa-law.co.jp>"],
    subject="自筆証書遺言の検認申立て",
    body=("白川先生\n\nお世話になっております。大槻です。\n"
          "ご自宅の仏壇から自筆証書遺言が見つかりましたので、検認の申立てをお願いしたく存じます。\n\n"
          "遺言者：五月女 辰雄（令和６年１０月２日死亡）\n"
          "最後の住所：栃木県宇都宮市今泉町４丁目１１番６号\n"
          "遺言書の日付：平成２９年元旦\n\n"
          "封は開けておりません。原本は明日持参いたします。\n" + sig("otsuki")),
)

# 084 — partner law firm + partner bank: a general meeting
add(
    expect="pass", charset="cp932", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc; meeting logistics only",
    sender=frm("tominaga"),
    to=[f"白川 恭平 <k.shirakawa@{LAW}>"],
    cc=[f"みどり銀行 法人営業部 <koken-trust@{BANK}>", addr_of("saeki")],
    subject="後見制度支援信託・支援預金の運用に関する三者協議",
    body=("白川先生\nみどり銀行 法人営業部 ご担当者様\n\n"
          "いつもお世話になっております。冨永です。\n"
          "支援預金と支援信託の使い分けについて、三者で一度整理の場を持ちたく存じます。\n\n"
          "日時案：12月3日（火）16時〜17時\n場所：白川法律事務所 会議室\n\n"
          "資料は当社で用意いたします。\n" + sig("tominaga", 1) + DISC_JP),
)

# 085 — five heirs' payout accounts, comma-separated, to the partner bank
_r85 = random.Random(SEED + 85)
_h85 = people(_r85, 5, old=False, sur="仁平")
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="five heirs' bank accounts listed comma-separated to the bank",
    sender=frm("saeki"),
    to=[f"みどり銀行 渋谷支店 相続センター <souzoku@{BANK}>"],
    subject="遺産分配金の振込依頼（仁平家）",
    body=("みどり銀行 渋谷支店 相続センター ご担当者様\n\n"
          "遺産分割協議が成立しましたので、解約金の分配振込をお願いします。\n"
          "振込先は以下のとおりです（氏名,金融機関,支店,種別,口座番号,金額）。\n\n" +
          "\n".join(f"{p['name']},{p['bank']},{p['branch']},普通,{p['acct']},{a:,}円"
                    for p, a in zip(_h85, [4_120_000, 2_060_000, 2_060_000, 1_030_000, 1_030_000])) +
          "\n\n振込手数料は相続財産からお引落としください。\n佐伯\n"),
)

# 086 — two heirs' accounts to the partner bank (under five people)
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="two heirs' payout accounts to the partner bank: under five people, may warn",
    sender=frm("saeki"),
    to=[f"相続センター <souzoku@{BANK}>"],
    subject="振込先の追加（鰐淵家）",
    body=("相続センター ご担当者様\n\n先日の振込依頼に、下記２名を追加してください。\n\n"
          "１．鰐淵 浩二　海岸信用金庫 船橋支店 普通 ３３０７１２８\n"
          "２．鰐淵 直樹　さくら台信用組合 町田支店 普通 ０４１８８２６\n\n"
          "金額は各１，５００，０００円です。\n" + sig("saeki", 2)),
)

# 087 — workbook footer 取扱注意, fee calculation to the tax office
add(
    expect="stop", charset="cp932", entities=[], detectors=["confidential_marking"],
    note="the workbook's footer is marked 取扱注意 and goes to an external office",
    sender=frm("saeki"),
    to=[f"黒田 <kuroda@{KURODA}>"],
    subject="報酬付与申立ての計算表（法人後見分）",
    body=("黒田先生\n\n法人後見分の報酬見込みの計算表です。\n"
          "当社の収益計画の数字も入っておりますのでご留意ください。\n\n佐伯\n"),
    attachments=[{
        "kind": "xlsx", "name": "報酬見込計算表_2024.xlsx", "page_footer": "取扱注意",
        "sheets": {"集計": [["報酬見込（令和6年度）"], ["区分", "件数", "見込額"],
                           ["基本報酬", 42, 10_080_000], ["付加報酬", 9, 1_350_000]],
                   "前提": [["項目", "値"], ["基本報酬月額", 20000], ["付加報酬率", "0.5"]]},
    }],
)

# 088 — mental disability certificate and diagnosis to the welfare office
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a ward's schizophrenia and mental-disability certificate sent to the welfare office",
    sender=frm("kawabata"),
    to=[f"朝日丘市 生活福祉課 ケースワーカー 福田 <fukuda@{CITY}>"],
    subject="一寸木様の生活状況について",
    body=("朝日丘市 生活福祉課 福田様\n\n"
          "お世話になっております。成年後見人の川端です。\n"
          "一寸木 金次郎様（朝日丘市若葉町３－５－１ グループホームあおぞら内）の近況をご報告します。\n\n"
          "・統合失調症の症状は再燃気味で、主治医が持効性注射剤への切替を検討中です。\n"
          "・精神障害者保健福祉手帳（２級）は来年３月に更新時期を迎えます。\n"
          "・障害年金（２級）の額改定通知が届いています。\n\n"
          "更新手続きは当方で進めます。\n" + sig("kawabata", 1)),
)

# 089 — subsidy application: case number only
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
    note="announces filing by case number only; no personal data",
    sender=frm("tominaga"),
    to=[f"朝日丘市 高齢福祉課 <koureifukushi@{CITY}>"],
    subject="報酬助成申請書の提出予定",
    body=("高齢福祉課 ご担当者様\n\n"
          "令和５年（家）第４４１２号事件について報酬付与審判が出ましたので、"
          "報酬助成の申請書を11月22日までに持参いたします。\n"
          "審判書の写しと収支状況報告書を添付いたします。\n\n冨永\n" + sig("tominaga", 2)),
)

# 090 — PPAP to an heir on gmail
add(
    expect="stop", charset="cp932", entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="encrypted ZIP to a private heir; contents cannot be inspected",
    sender=frm("iwase"),
    to=["hatsukade.k@outlook.jp"],
    subject="相続関係書類一式（パスワード付き）",
    body=("廿日出 様\n\nお世話になっております。岩瀬です。\n"
          "相続関係説明図と財産目録をパスワード付きZIPでお送りします。\n"
          "パスワードはSMSでお送りします。\n\n岩瀬\n"),
    attachments=[{
        "kind": "zip", "name": "hatsukade_souzoku.zip", "password": "h2024souzoku",
        "files": [{"kind": "pdf", "name": "相続関係説明図.pdf", "lines": ["相続関係説明図"]},
                  {"kind": "xlsx", "name": "財産目録.xlsx",
                   "sheets": {"目録": [["区分", "内容", "評価額"], ["預金", "みどり銀行", 8_200_000]]}}],
    }],
)

# 091 — English to a Hawaii property manager about invoices
add(
    expect="pass", charset="utf-8", entities=[], detectors=[],
    note="English business mail about invoice numbers for an estate's rental condo",
    sender=frm("arakaki"),
    to=["accounts@kona-bay-pm.com"],
    subject="Invoices INV-88412 and INV-88519 - estate of the late owner",
    body=("Hello,\n\nWe act for the estate that owns unit 1204 at your managed property. "
          "Could you please re-issue invoices INV-88412 (October HOA dues) and INV-88519 "
          "(repair of the lanai door) addressed to the estate rather than to the late owner? "
          "Payment will be made by wire from the estate account in Tokyo once the re-issued "
          "invoices are received.\n\nThank you,\nRyo Arakaki\nHinode Legal Support Co., Ltd.\n"
          + DISC_EN),
)

# 092 — English, romaji list of five heirs abroad to a US firm
_r92 = random.Random(SEED + 92)
_names92 = [("Ayaka", "KITO", "ayaka.kito87@gmail.com", "+1 (206) 555-0143", "1987-02-03"),
            ("Shun", "KITO", "shunkito@outlook.com", "+1 (425) 555-0177", "1989-11-21"),
            ("Haruka", "KITO-MILLER", "haruka.km@yahoo.com", "+1 (503) 555-0112", "1992-05-30"),
            ("Tetsuya", "KITO", "t.kito@icloud.com", "+81 90-5521-7733", "1960-08-14"),
            ("Sachiko", "KITO", "sachiko.kito@gmail.com", "+81 3-3395-2281", "1934-12-01")]
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five heirs' e-mails, phones and dates of birth in an English mail to an outside firm",
    sender=frm("iwase"),
    to=["Sarah Brennan <sbrennan@brennan-estates.com>"],
    subject="Heirs of the late Mr. Kito - contact list",
    body=("Dear Ms. Brennan,\n\nAs requested, the heirs of the late Mr. Kiyoshi Kito and their "
          "contact details:\n\n"
          "Name                  Date of birth  E-mail                       Phone\n"
          "--------------------  -------------  ---------------------------  -----------------\n" +
          "\n".join(f"{g + ' ' + s:<22}{d:<15}{e:<29}{p}" for g, s, e, p, d in _names92) +
          "\n\nMs. Sachiko Kito (the widow) prefers contact through our office.\n\n"
          "Best regards," + sig("iwase", 3)),
)

# 093 — one relative with a kana name, contact to a facility
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one relative's phone and e-mail to a facility: one person, may warn",
    sender=frm("kuwabara"),
    to=[f"松井 <matsui@{AOZORA}>"],
    subject="緊急連絡先の追加",
    body=("松井様\n\n一寸木様の緊急連絡先に、遠方のご親族を追加してください。\n\n"
          "　氏名：チョッキ ミツ（姉）\n"
          "　電話：０５３－４７１－２２０８\n"
          "　メール：mitsu.chokki@nifty.com\n\n"
          "第一連絡先はこれまでどおり当社です。\n桑原\n"),
)

# 094 — forward of the bank's mail listing five wards' accounts to the supervising lawyer
_r94 = random.Random(SEED + 94)
_w94 = people(_r94, 5)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="a forward (new to the recipient) of the bank's list of five wards' accounts",
    sender=frm("kawabata"),
    to=[f"木下先生 <kinoshita@{KINO}>"],
    subject="転送: 後見届出口座の確認結果",
    body=("木下先生\n\n銀行から届出状況の回答がありましたので転送します。\n"
          "3件目の口座は後見届が未反映のため、再度届出を行います。\n\n川端\n\n"
          "----- 転送メッセージ -----\n"
          "差出人: みどり銀行 練馬支店 <nerima@midori-ginko.co.jp>\n"
          "件名: 後見届出口座の確認結果\n\n"
          "日の出リーガルサポート 川端様\n"
          "お問い合わせの口座の届出状況は以下のとおりです。\n" +
          "\n".join(f"{p['name']}様　{p['branch'] if p['bank'] == 'みどり銀行' else '練馬支店'}　普通 {p['acct']}　"
                    f"{'届出済' if i != 2 else '未反映'}" for i, p in enumerate(_w94)) + "\n"),
)

# 095 — internal monthly report with aggregate figures (PDF)
add(
    expect="pass", charset="utf-8", entities=[], detectors=[],
    note="aggregate statistics sent internally; nobody identified",
    sender=frm("tominaga"),
    to=["kanribu@hinode-sangyo.co.jp"],
    cc=[addr_of("saeki")],
    subject="後見支援部 10月度 月次報告",
    body=("管理部 各位\n\n10月度の月次報告をお送りします。\n"
          "新規受任3件、終了2件（死亡1、辞任1）で、受任中は42件です。\n\n冨永\n"),
    attachments=[{
        "kind": "pdf", "name": "月次報告_2024-10.pdf", "title": "後見支援部 月次報告",
        "lines": ["後見支援部 月次報告（2024年10月）", "受任件数の推移"],
        "table": [["月", "新規", "終了", "受任中"], ["8月", 2, 1, 40], ["9月", 1, 0, 41],
                  ["10月", 3, 2, 42]],
    }],
)

# 096 — IDN homoglyph of the partner hotel, with attendees' phones
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="xn--sakura-htel-ynj.jp is a homoglyph (Cyrillic о) of partner sakura-hotel.jp",
    sender=frm("iwase"),
    to=["宴会予約 <banquet@xn--sakura-htel-ynj.jp>"],
    subject="会議室ご予約の確認（12/7 楓の間）",
    body=("さくらホテル 宴会予約 ご担当者様\n\n"
          "12月7日（土）13時〜15時の楓の間のご予約について、当日の出席者と連絡先をお知らせします。\n\n"
          "・仁平 誠 様　090-3318-7245\n・仁平 由美 様　080-6624-1907\n・駒形 智子 様　022-271-5530\n\n"
          "お茶のご用意を6名分お願いいたします。\n" + sig("iwase")),
)

# 097 — the real partner hotel with the same kind of content (three people)
add(
    expect="pass", charset="cp932",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees' phones to the partner hotel: under five people, may warn",
    sender=frm("iwase"),
    to=["宴会予約 <banquet@sakura-hotel.jp>"],
    subject="会議室ご予約（1/18 桜の間）",
    body=("さくらホテル 宴会予約 ご担当者様\n\n"
          "1月18日（土）10時〜12時、桜の間の予約をお願いします。\n"
          "当日の受付用に出席予定者をお知らせします。\n\n"
          "　鰐淵 浩二 様（携帯 ０９０－７７１２－４０６５）\n"
          "　鰐淵 由美 様（携帯 ０８０－２２９３－１１８４）\n"
          "　鰐淵 直樹 様（携帯 ０７０－３１０５－６６２９）\n\n"
          "請求書は当社宛でお願いします（ご予約番号 SH-250118-03）。\n" + sig("iwase", 1)),
)

# 098 — reply with "-----Original Message-----": My Number only in the quote
_mn98 = mynum()
add(
    expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
    note="the My Number is only in the quoted original from the tax office",
    sender=frm("otsuki"),
    to=[f"黒田 <kuroda@{KURODA}>"],
    subject="RE: 個人番号の記載確認",
    body=("黒田先生\n\nご確認ありがとうございます。記載の番号で相違ございません。\n"
          "申告書の控えは当社にもお送りいただけますでしょうか。\n\n大槻\n\n"
          "-----Original Message-----\n"
          "From: 黒田 <kuroda@kuroda-tax.jp>\n"
          "Sent: Wednesday, November 13, 2024 10:02 AM\n"
          "To: 大槻 美穂\n"
          "Subject: 個人番号の記載確認\n\n"
          "大槻様\n相続人 仁平誠様の個人番号は以下で間違いないでしょうか。\n"
          f"{_mn98}\n黒田\n"),
)

# 099 — the diagnosis is in the subject line, to a new facility
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="subject names the ward and her worsening dementia; sent to an external facility",
    sender=frm("morishita"),
    to=[f"かえでの杜 入居相談 <nyukyo@{KAEDE}>"],
    subject="【至急】舎人ハナ様　レビー小体型認知症の進行による住み替えのご相談",
    body=("かえでの杜 入居相談 ご担当者様\n\n"
          "件名の件、現在の入居先での対応が難しくなってきており、早めにご相談させてください。\n"
          "明日午前中にお電話いたします。\n\n森下\n" + sig("morishita", 2)),
)

# 100 — either: five heirs by name and relationship only
add(
    expect="either", charset="cp932",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five heirs with names and relationship only (no contact data): borderline list",
    sender=frm("otsuki"),
    to=[f"宮坂 <miyasaka@{LAW}>"],
    subject="廿日出家　相続人の確認",
    body=("宮坂先生\n\n廿日出家の相続人は戸籍上、以下の５名で確定しました。\n\n"
          "　妻　　廿日出 静江\n　長男　廿日出 修\n　二男　廿日出 誠\n"
          "　三男　廿日出 浩二\n　長女　薬袋 裕子（婚姻により改姓）\n\n"
          "協議書の作成をお願いいたします。\n大槻\n"),
)
