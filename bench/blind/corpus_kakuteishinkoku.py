"""Blind corpus: 確定申告サポート (kakuteishinkoku).

日の出産業株式会社 ライフサポート事業部 確定申告サポート室 — a tax-filing support service
for individuals and sole proprietors: collecting clients' 源泉徴収票 and income statements,
医療費控除 / 扶養控除 / 障害者控除 paperwork, マイナンバー for the returns, e-Tax filing,
the partner tax accountants (税理士) the work is handed to, 相続税 cases with lawyers and
banks, refunds (還付金) paid to clients' accounts, 福利厚生 contracts with partner companies
whose employees use the service, seminars, printing and system vendors.

Every person, address, phone number, account, My Number, card number and other identifier
in this file is invented (My Numbers and card numbers come from build.py's helpers; they
are check-digit valid but belong to no one). Organisations other than the partners named
in BRIEF.md are fictional.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from build import card_number, my_number

SEED = 11401
rng = random.Random(SEED)
_num_seed = [SEED]


def next_my_number() -> str:
    v = my_number(_num_seed[0])
    _num_seed[0] += 1
    return v


def next_card() -> str:
    v = card_number(_num_seed[0])
    _num_seed[0] += 1
    return v


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    return s.translate(_FW)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, k, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, k, y = "平成", "H", d.year - 1988
    else:
        era, k, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日").replace("年", "年")
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "fwshort":
        return {"S": "Ｓ", "H": "Ｈ", "R": "Ｒ"}[k] + fw(f"{y}.{d.month}.{d.day}")
    raise ValueError(style)


def seireki(d: date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    raise ValueError(style)


SURNAMES = [
    ("佐々木", "ササキ", "sasaki"), ("五十嵐", "イガラシ", "igarashi"), ("東海林", "ショウジ", "shoji"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("百目鬼", "ドウメキ", "domeki"),
    ("御手洗", "ミタライ", "mitarai"), ("鰐淵", "ワニブチ", "wanibuchi"), ("我妻", "ワガツマ", "wagatsuma"),
    ("四十物", "アイモノ", "aimono"), ("舘野", "タテノ", "tateno"), ("栗林", "クリバヤシ", "kuribayashi"),
    ("長谷部", "ハセベ", "hasebe"), ("的場", "マトバ", "matoba"), ("大河内", "オオコウチ", "okochi"),
    ("早乙女", "サオトメ", "saotome"), ("一ノ瀬", "イチノセ", "ichinose"), ("日下部", "クサカベ", "kusakabe"),
    ("相馬", "ソウマ", "soma"), ("九十九", "ツクモ", "tsukumo"), ("猪狩", "イガリ", "igari"),
    ("宍戸", "シシド", "shishido"), ("桧山", "ヒヤマ", "hiyama"), ("仁科", "ニシナ", "nishina"),
    ("萩原", "ハギワラ", "hagiwara"), ("伊集院", "イジュウイン", "ijuin"), ("沢渡", "サワタリ", "sawatari"),
    ("蓮見", "ハスミ", "hasumi"), ("米倉", "ヨネクラ", "yonekura"), ("真壁", "マカベ", "makabe"),
    ("垣内", "カキウチ", "kakiuchi"), ("浅葉", "アサバ", "asaba"), ("甲斐", "カイ", "kai"),
    ("比嘉", "ヒガ", "higa"), ("喜屋武", "キャン", "kyan"), ("安里", "アサト", "asato"),
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"), ("渡辺", "ワタナベ", "watanabe"), ("中村", "ナカムラ", "nakamura"),
    ("小林", "コバヤシ", "kobayashi"), ("加藤", "カトウ", "kato"), ("山口", "ヤマグチ", "yamaguchi"),
    ("松本", "マツモト", "matsumoto"), ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"),
    ("清水", "シミズ", "shimizu"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
    ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"), ("藤原", "フジワラ", "fujiwara"),
    ("岡本", "オカモト", "okamoto"), ("村上", "ムラカミ", "murakami"), ("西村", "ニシムラ", "nishimura"),
    ("設楽", "シタラ", "shitara"), ("雨宮", "アマミヤ", "amamiya"), ("乙部", "オトベ", "otobe"),
    ("苫米地", "トマベチ", "tomabechi"), ("阿久津", "アクツ", "akutsu"), ("丹羽", "ニワ", "niwa"),
]
MALE = [("健太", "ケンタ", "kenta"), ("翔", "ショウ", "sho"), ("大輔", "ダイスケ", "daisuke"),
        ("誠一", "セイイチ", "seiichi"), ("浩二", "コウジ", "koji"), ("隆", "タカシ", "takashi"),
        ("勝也", "カツヤ", "katsuya"), ("正樹", "マサキ", "masaki"), ("悠人", "ユウト", "yuto"),
        ("和彦", "カズヒコ", "kazuhiko"), ("稔", "ミノル", "minoru"), ("哲也", "テツヤ", "tetsuya"),
        ("光太郎", "コウタロウ", "kotaro"), ("伸之", "ノブユキ", "nobuyuki"), ("拓海", "タクミ", "takumi"),
        ("義男", "ヨシオ", "yoshio"), ("敏明", "トシアキ", "toshiaki"), ("蒼", "アオイ", "aoi"),
        ("陸斗", "リクト", "rikuto"), ("修", "オサム", "osamu")]
FEMALE = [("美咲", "ミサキ", "misaki"), ("陽子", "ヨウコ", "yoko"), ("恵", "メグミ", "megumi"),
          ("由美子", "ユミコ", "yumiko"), ("千尋", "チヒロ", "chihiro"), ("真由美", "マユミ", "mayumi"),
          ("奈々", "ナナ", "nana"), ("佳代", "カヨ", "kayo"), ("彩花", "アヤカ", "ayaka"),
          ("智子", "トモコ", "tomoko"), ("紀子", "ノリコ", "noriko"), ("葵", "アオイ", "aoi"),
          ("玲奈", "レイナ", "reina"), ("早苗", "サナエ", "sanae"), ("澄江", "スミエ", "sumie"),
          ("芽衣", "メイ", "mei"), ("知佳", "チカ", "chika"), ("文子", "フミコ", "fumiko")]

# (pref, city, towns, zip3, landline area code and local-part lengths)
PLACES = [
    ("東京都", "世田谷区", ["桜丘", "経堂", "上北沢", "若林"], "154", ("03", 4, 4)),
    ("東京都", "練馬区", ["石神井町", "関町北", "豊玉中"], "177", ("03", 4, 4)),
    ("東京都", "江戸川区", ["南小岩", "西葛西", "平井"], "132", ("03", 4, 4)),
    ("神奈川県", "横浜市港北区", ["日吉本町", "綱島西", "大倉山"], "223", ("045", 3, 4)),
    ("神奈川県", "川崎市中原区", ["小杉町", "新丸子東", "木月"], "211", ("044", 3, 4)),
    ("埼玉県", "さいたま市浦和区", ["岸町", "高砂", "常盤"], "330", ("048", 3, 4)),
    ("埼玉県", "川口市", ["芝新町", "元郷", "並木"], "332", ("048", 3, 4)),
    ("千葉県", "船橋市", ["本町", "前原西", "習志野台"], "273", ("047", 3, 4)),
    ("千葉県", "松戸市", ["常盤平", "新松戸", "小金原"], "270", ("047", 3, 4)),
    ("大阪府", "豊中市", ["桜の町", "庄内東町", "新千里南町"], "560", ("06", 4, 4)),
    ("兵庫県", "西宮市", ["甲子園口", "今津曙町", "苦楽園二番町"], "663", ("0798", 2, 4)),
    ("愛知県", "名古屋市昭和区", ["御器所", "八事本町", "川名山町"], "466", ("052", 3, 4)),
    ("福岡県", "福岡市早良区", ["西新", "藤崎", "原"], "814", ("092", 3, 4)),
    ("北海道", "札幌市白石区", ["本郷通", "菊水", "栄通"], "003", ("011", 3, 4)),
    ("宮城県", "仙台市青葉区", ["上杉", "八幡", "国分町"], "980", ("022", 3, 4)),
    ("静岡県", "浜松市中央区", ["佐鳴台", "助信町", "高林"], "432", ("053", 3, 4)),
]
BUILDINGS = ["", "", "", "", " メゾン若葉201", " コーポ緑ヶ丘103", " パークハイツ502", " グランシェル307",
             " サンライズ東館1204", " ハイム桜105", " リバーサイド北棟808"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
BANKS = [("みどり銀行", ["本店営業部", "新宿支店", "浦和支店", "船橋支店", "梅田支店"]),
         ("東都銀行", ["池袋支店", "横浜西口支店", "川口支店"]),
         ("ひまわり信用金庫", ["本店", "松戸支店", "市川支店"]),
         ("あおぞら台信用組合", ["中央支店", "北支店"]),
         ("関東ひかり銀行", ["大宮支店", "千葉支店", "柏支店"])]


def _digits(n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{_digits(4)}"


def rand_date(y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=rng.randrange((date(y1, 12, 31) - start).days))


def person(sex: str | None = None, y0: int = 1948, y1: int = 1997, place: int | None = None) -> dict:
    sex = sex or rng.choice("MF")
    sei = rng.choice(SURNAMES)
    mei = rng.choice(MALE if sex == "M" else FEMALE)
    pl = PLACES[rng.randrange(len(PLACES))] if place is None else PLACES[place]
    pref, city, towns, zip3, (ac, a, b) = pl
    town = rng.choice(towns)
    chome = rng.randrange(1, 6)
    ban, go = rng.randrange(1, 30), rng.randrange(1, 25)
    zipc = f"{zip3}-{rng.randrange(0, 100):02d}{rng.randrange(1, 10)}{rng.randrange(10)}"
    bldg = rng.choice(BUILDINGS)
    bank, branches = rng.choice(BANKS)
    local = f"{mei[2]}.{sei[2]}" if rng.random() < 0.5 else f"{sei[2]}{mei[2][0]}{rng.randrange(10, 99)}"
    return {
        "sex": sex, "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
        "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2].capitalize()} {sei[2].capitalize()}",
        "dob": rand_date(y0, y1), "zip": zipc, "pref": pref, "city": city,
        "addr": f"{pref}{city}{town}{chome}-{ban}-{go}{bldg}",
        "addr_kanji": f"{pref}{city}{town}{chome}丁目{ban}番{go}号{bldg}",
        "tel": f"{ac}-{_digits(a)}-{_digits(b)}", "mobile": mobile(),
        "email": f"{local}@{rng.choice(FREEMAIL)}",
        "bank": bank, "branch": rng.choice(branches),
        "acct": f"{rng.randrange(1000000, 9999999)}",
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def yen(v: int) -> str:
    return f"{v:,}"


# -- the sending side ------------------------------------------------------------------
DOM = "hinode-sangyo.co.jp"
STAFF = {
    "iwaki": ("岩城 真理子", "m.iwaki", "室長"),
    "munakata": ("宗像 達也", "t.munakata", "主任"),
    "onodera": ("小野寺 朋美", "t.onodera", ""),
    "tokano": ("戸叶 健", "k.tokano", ""),
    "eto": ("江藤 沙織", "s.eto", ""),
    "anzai": ("安西 直樹", "n.anzai", "相続サポート担当"),
}
ROMAJI = {"iwaki": "Mariko Iwaki", "munakata": "Tatsuya Munakata", "onodera": "Tomomi Onodera",
          "tokano": "Ken Tokano", "eto": "Saori Eto", "anzai": "Naoki Anzai"}


def frm(key: str) -> str:
    name, local, _ = STAFF[key]
    return f"{name} <{local}@{DOM}>"


def me(key: str) -> str:
    return f"{STAFF[key][1]}@{DOM}"


OFFICE_ADDR = "〒103-0027 東京都中央区日本橋七丁目14番3号 日の出ビル8階"
OFFICE_TEL = "03-5219-4870"
OFFICE_FAX = "03-5219-4871"


def sig(key: str, style: int = 0) -> str:
    name, local, title = STAFF[key]
    t = f" {title}" if title else ""
    if style == 0:
        return (f"\n--\n日の出産業株式会社\nライフサポート事業部 確定申告サポート室{t}\n{name}\n"
                f"{OFFICE_ADDR}\nTEL {OFFICE_TEL} / FAX {OFFICE_FAX}\nMail {local}@{DOM}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社 確定申告サポート室\n{name}（{name.split()[0]}）\n"
                f"TEL：{OFFICE_TEL}（平日 9:30〜18:00）\n{local}@{DOM}\n━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name.split()[0]}（確定申告サポート室 内線 4873）\n"
    if style == 3:
        return (f"\n--\n{ROMAJI[key]}\nTax Filing Support Office, Life Support Division\n"
                f"Hinode Sangyo Co., Ltd.\n7-14-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
                f"Tel +81-3-5219-4870 | {local}@{DOM}\n")
    raise ValueError(style)


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete it.\n")

# -- partners and other outside parties ------------------------------------------------
TAKANASHI = "高梨 周平 <takanashi@takanashi-zeirishi.jp>"
TAKANASHI_OFFICE = "高梨税理士事務所 <office@takanashi-zeirishi.jp>"
MINATO = "森脇 美穂 <m.moriwaki@minato-kaikei.jp>"
KIRYU = "桐生 康介 <kiryu@kiryu-souzoku.co.jp>"
KIRYU_STAFF = "矢吹 智美 <yabuki@kiryu-souzoku.co.jp>"
SHIRAKAWA = "白川 亮 <r.shirakawa@shirakawa-law.jp>"
MIDORI = "岡部 純一 <okabe.j@midori-ginko.co.jp>"
TSUBASA = "平松 大地 <hiramatsu@tsubasa-system.jp>"
NISHIKI = "大庭 さやか <oba@nishiki-insatsu.co.jp>"
SAKURA = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"
ALPHA = "杉浦 和也 <sugiura@alpha-nyuryoku.co.jp>"
KAWASAKI_HR = "新藤 恭子 <shindo.k@kawasaki-denki.co.jp>"
AOBA_HR = "今泉 剛 <imaizumi@aoba-unyu.co.jp>"
KITAGUNI_HR = "北国フーズ 人事総務部 <jinji@kitaguni-foods.co.jp>"
BRIGHT = "Emily Strand <estrand@brightwater-cpa.com>"
SHINODA = "篠田 由香里 <shinoda@shinoda-sr.jp>"
PAYNEXT = "ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    msg.setdefault("charset", "utf-8")
    MESSAGES.append({"id": f"kakuteishinkoku-{len(MESSAGES) + 1:03d}", "expect": expect,
                     "entities": entities, "detectors": detectors, "note": note, **msg})


# ======================================================================================
# 001 — space-padded list of six new clients to the partner tax accountant
_p = people(6)
_kubun = ["給与+副業", "年金", "事業（飲食）", "給与（医療費控除）", "不動産", "事業（ライター）"]
_rows = "\n".join(
    f"{i + 1:<3}{p['name']:<9}{seireki(p['dob'])}  {p['mobile']}  {p['addr']:<34}{_kubun[i]}"
    for i, p in enumerate(_p))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "six new clients' names, birth dates, mobiles and addresses in the body to an outside tax office",
    sender=frm("munakata"), to=[TAKANASHI], cc=[frm("iwaki")],
    subject="【新規ご依頼】今週分 6件のご紹介",
    body=f"""高梨先生

いつもお世話になっております。日の出産業 確定申告サポート室の宗像です。

今週お申込みいただいた方のうち、先生の事務所にお願いしたい6件をお送りします。
書類の回収は当室で行い、揃い次第あらためてお届けいたします。

No 氏名     生年月日    携帯電話       住所                              申告区分
---------------------------------------------------------------------------------------------
{_rows}

初回面談の候補日は各ご依頼者に別途伺っております。
ご都合の悪い案件がございましたらお知らせください。
{sig("munakata")}""")

# 002 — generic checklist of documents to a prospective client on free mail (no data)
add("pass", [], ["freemail_recipient"],
    "a checklist of documents to bring, sent to one private person; no personal data",
    sender=frm("onodera"), to=["kaori.hasumi.1988@gmail.com"],
    subject="確定申告サポート 必要書類のご案内",
    body=f"""蓮見 様

この度は確定申告サポートへのお問い合わせ、誠にありがとうございます。
日の出産業 確定申告サポート室の小野寺でございます。

ご面談の際にお持ちいただきたい書類を下記にまとめました。

・給与所得の源泉徴収票（勤務先が2か所以上の場合はすべて）
・医療費の領収書、または健康保険組合の「医療費のお知らせ」
・生命保険料・地震保険料の控除証明書
・ふるさと納税の受領証明書（ワンストップ特例を申請していない分）
・還付金の振込先がわかるもの（通帳の表紙など）
・本人確認書類

なお、マイナンバーカードの写しや通帳の写真は、メールでお送りいただかないようお願いいたします。
当日窓口で確認させていただきます。

ご不明な点がございましたら、お気軽にお問い合わせください。
{sig("onodera", 1)}""")

# 003 — My Numbers of a client couple typed into the body to a tax firm
_mn1, _mn2 = next_my_number(), next_my_number()
add("stop", ["JP_MY_NUMBER", "PERSON_NAME"], ["personal_data"],
    "two My Numbers (client and spouse) written in the body to an external tax firm",
    sender=frm("tokano"), to=[MINATO],
    subject="Re: 北条様 申告書作成の件（個人番号）",
    body=f"""森脇様

お世話になっております。確定申告サポート室の戸叶です。
先ほどお電話でご依頼いただいた、北条様ご夫妻の個人番号をお知らせします。

　ご本人　北条 晃一 様　　個人番号 {_mn1[:4]} {_mn1[4:8]} {_mn1[8:]}
　配偶者　北条 里美 様　　個人番号 {_mn2}

番号確認書類（通知カード）と身元確認書類は当室で確認済みです。
申告書への記載後、控えをご返送いただけますと幸いです。

以上、よろしくお願いいたします。
{sig("tokano", 0)}""")

# 004 — internal only: master sheet with My Numbers among the team
_rows4 = [["受付番号", "氏名", "フリガナ", "生年月日", "個人番号", "電話番号", "担当税理士", "状況"]]
for i, p in enumerate(people(24)):
    _rows4.append([f"R7-{1040 + i}", p["name"], p["kana"], seireki(p["dob"]), next_my_number(),
                   p["mobile"], rng.choice(["高梨", "みなと", "桐生"]),
                   rng.choice(["書類待ち", "作成中", "提出済", "還付確認中"])])
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "PHONE_NUMBER"], [],
    "client master with My Numbers, but every recipient is internal",
    sender=frm("iwaki"), to=[frm("munakata"), frm("tokano"), frm("onodera")],
    subject="進捗管理表（3/3時点）の共有",
    body=f"""各位

3月3日時点の進捗管理表を添付します。個人番号列を含みますので、
共有フォルダ（\\\\fs01\\kakutei\\2025）以外には保存しないでください。

提出期限まで残り2週間です。「書類待ち」の方へのリマインドを今日中にお願いします。

岩城
""",
    attachments=[{"kind": "xlsx", "name": "進捗管理表_0303.xlsx",
                  "sheets": {"管理表": _rows4, "凡例": [["状況", "意味"], ["書類待ち", "ご依頼者からの書類未着"],
                                                      ["作成中", "税理士にて作成中"], ["提出済", "e-Tax送信済"]]}}])

# 005 — look-alike of the partner bank's domain (midori-ginkou)
add("stop", [], ["lookalike_domain"],
    "recipient domain midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp",
    sender=frm("anzai"), to=["岡部 純一 <okabe.j@midori-ginkou.co.jp>"],
    subject="残高証明書発行のご依頼について",
    body=f"""みどり銀行 相続センター
岡部様

いつも大変お世話になっております。日の出産業の安西です。

先日ご相談した相続案件につきまして、相続開始日時点の残高証明書の発行をお願いしたく、
必要書類の一覧を改めてお送りいただけますでしょうか。

ご依頼者様からは、来週中に戸籍謄本一式をお預かりする予定です。
お忙しいところ恐縮ですが、よろしくお願いいたします。
{sig("anzai")}""")

# 006 — price list to a prospect on yahoo.co.jp
add("pass", [], ["freemail_recipient"],
    "service price list to one private prospect; prices only",
    sender=frm("eto"), to=["hagiwara_nobu@yahoo.co.jp"],
    subject="料金プランのご案内（確定申告サポート）",
    body=f"""萩原様

お問い合わせいただきありがとうございます。日の出産業 確定申告サポート室の江藤です。
ご質問のありました料金は以下のとおりです（いずれも税込）。

　プラン                     基本料金      備考
　------------------------------------------------------------
　給与所得者（医療費控除等）   16,500円     源泉徴収票2枚まで
　年金受給者                   13,200円     
　個人事業主（売上1千万以下）  44,000円     記帳代行は別料金
　不動産所得あり               +22,000円    物件3件まで
　e-Tax送信代行                 3,300円     
　相続税の初回相談               無料        60分

お申込みはWebフォームから承っております。
https://www.hinode-sangyo.co.jp/lifesupport/kakutei/

何卒よろしくお願いいたします。
{sig("eto", 1)}""")

# 007 — XLSX with a title row: withholding slips of twelve clients to the data-entry vendor
_p7 = people(12)
_sh7 = [["源泉徴収票 入力依頼データ（第3回）", "", "", "", "", ""], [],
        ["No.", "支払を受ける者 氏名", "住所", "生年月日", "支払金額", "源泉徴収税額"]]
for i, p in enumerate(_p7):
    pay = rng.randrange(280, 980) * 10000 + rng.randrange(0, 9999)
    _sh7.append([i + 1, p["name"], f"〒{p['zip']} {p['addr']}", wareki(p["dob"], "short"), pay,
                 pay // 23])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "XLSX of twelve clients' withholding-slip data (names, addresses, birth dates) to an outside data-entry vendor",
    sender=frm("onodera"), to=[ALPHA],
    subject="入力依頼（第3回）源泉徴収票12件",
    body=f"""アルファ入力センター
杉浦様

お世話になっております。日の出産業の小野寺です。
第3回分の入力依頼データを添付いたします。12件です。

納期は3/7（金）17時でお願いいたします。
前回同様、和暦の生年月日は西暦に変換のうえご入力ください。
{sig("onodera")}""",
    attachments=[{"kind": "xlsx", "name": "入力依頼_第3回.xlsx", "sheets": {"依頼データ": _sh7}}])

# 008 — two external organisations (tax accountant + law firm) for a meeting
add("pass", [], ["multiple_external_domains"],
    "three-way scheduling between two outside organisations; no personal data",
    sender=frm("anzai"), to=[KIRYU], cc=[SHIRAKAWA],
    subject="鷲見様 相続案件 打合せ日程のご相談",
    body=f"""桐生先生
白川先生

いつもお世話になっております。日の出産業の安西でございます。

鷲見様の相続案件につきまして、遺産分割協議書の案がまとまりましたので、
三者で一度お打合せの機会をいただけますでしょうか。

候補日：
　3月12日（水）14:00〜
　3月13日（木）10:00〜
　3月14日（金）16:00〜

場所は当社日本橋オフィスの会議室をご用意いたします。オンライン参加も可能です。
ご都合をお知らせいただけますと幸いです。
{sig("anzai")}{DISCLAIMER_JA}""")

# 009 — seminar reminder with three private persons in To
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "three private persons on free mail can see each other's addresses in To (should be Bcc)",
    sender=frm("eto"),
    to=["chihiro.tsukumo@gmail.com", "mitarai.k55@yahoo.co.jp", "yuto.igari@icloud.com"],
    subject="【リマインド】3/8 個人事業主向け 確定申告直前セミナー",
    body=f"""セミナーにお申込みの皆様

日の出産業 確定申告サポート室です。
3月8日（土）の「個人事業主向け 確定申告直前セミナー」のご案内です。

　日時：3月8日（土）13:30〜15:30（受付 13:00〜）
　会場：さくらホテル日本橋 2階「桔梗の間」
　持ち物：昨年の申告書控え（お持ちの方）、筆記用具

当日は青色申告特別控除とインボイスの経過措置を中心にお話しします。
皆様のご来場をお待ちしております。
{sig("eto", 1)}""")

# 010 — a client's cancer treatment in running text (one person, medical)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named client's diagnosis and surgery described in running text to an outside tax accountant",
    sender=frm("munakata"), to=[TAKANASHI],
    subject="医療費控除の件（五十嵐様）",
    body=f"""高梨先生

お世話になっております。宗像です。

五十嵐 陽子様の医療費控除についてご相談です。
五十嵐様は昨年6月に乳がんと診断され、聖和会中央病院で手術を受けられたあと、
現在も抗がん剤治療のため月2回通院されています。

医療費の総額は約148万円で、うち先進医療（陽子線治療）の自己負担が92万円ほどです。
がん保険からの給付金（120万円）は補填額として差し引く必要があるかと思いますが、
通院交通費（タクシー利用分）の扱いも含めてご判断いただけますでしょうか。

領収書一式は明日の便でお送りします。
{sig("munakata", 2)}""")

# 011 — reply: the tax accountant's list is only quoted
_p11 = people(5)
_q11 = "\n".join(f"> {p['name']}様　{p['tel']}　{p['city']}　源泉徴収票（2枚目）未着" for p in _p11)
add("pass", [], [],
    "the five-person list is only in the quoted part of the accountant's own mail; new text has no data",
    sender=frm("tokano"), to=[TAKANASHI_OFFICE],
    subject="Re: 書類未着の方のリスト",
    body=f"""高梨税理士事務所
ご担当者様

お世話になっております。戸叶です。
リストありがとうございます。本日中に5名様へ当室からご連絡し、
揃い次第まとめてお送りいたします。

戸叶

2025年3月4日(火) 10:12 高梨税理士事務所 <office@takanashi-zeirishi.jp>:
> 日の出産業 戸叶様
>
> お世話になっております。
> 下記の方の書類がまだ届いておりません。ご確認をお願いします。
>
{_q11}
>
> 高梨税理士事務所 事務局
""")

# 012 — password-protected ZIP (PPAP) of a return to the tax firm
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP cannot be inspected",
    sender=frm("onodera"), to=[MINATO],
    subject="申告書控え（暗号化ファイル）送付の件",
    body=f"""森脇様

お世話になっております。日の出産業の小野寺です。
ご依頼者様から受領した前年分の申告書控えを、暗号化ZIPにてお送りします。
パスワードは別メールにてお知らせいたします。
{sig("onodera")}""",
    attachments=[{"kind": "zip", "name": "shinkokusho_hikae.zip", "password": "Hn7#kt2025",
                  "files": [{"kind": "pdf", "name": "申告書控え_R5.pdf",
                             "lines": ["令和5年分 所得税及び復興特別所得税の申告書（控）", "氏名 猪狩 正樹",
                                       "住所 千葉県船橋市前原西2-14-9", "所得金額 6,842,000円"]}]}])

# 013 — the separate password mail
add("pass", [], [],
    "password notice only; nothing personal or sensitive in it",
    sender=frm("onodera"), to=[MINATO],
    subject="パスワードのご連絡",
    body=f"""森脇様

先ほどお送りした「申告書控え（暗号化ファイル）送付の件」のパスワードです。

　Hn7#kt2025

よろしくお願いいたします。
小野寺
""")

# 014 — 社外秘 stamp only in the DOCX page header
add("stop", [], ["confidential_marking"],
    "attached manual carries a 社外秘 stamp in its page header; the mail body says nothing of it",
    sender=frm("anzai"), to=[KIRYU_STAFF],
    subject="相続案件の受付フロー（ご参考）",
    body=f"""矢吹様

お世話になっております。安西です。
先日の打合せでお話しした、当室での相続案件の受付フローをお送りします。
貴事務所への引継ぎタイミングについて、ご意見をいただけますと助かります。
{sig("anzai")}""",
    attachments=[{"kind": "docx", "name": "相続案件_受付対応マニュアル_v3.docx",
                  "page_header": "社外秘　日の出産業株式会社 確定申告サポート室",
                  "title": "相続案件 受付対応マニュアル",
                  "paragraphs": ["相続案件 受付対応マニュアル（第3版）",
                                 "1. 初回相談：60分無料。相続関係・財産の概要をヒアリングする。",
                                 "2. 見積：財産総額と相続人数から報酬基準表により算定する。",
                                 "3. 提携税理士への引継ぎ：委任契約締結後、5営業日以内に資料を送付。",
                                 "4. 報酬配分：紹介料は税理士報酬の15%（別途覚書による）。"],
                  "tables": [[["工程", "担当", "期限"], ["受付", "サポート室", "即日"],
                              ["見積", "相続担当", "3営業日"], ["引継ぎ", "相続担当", "5営業日"]]]}])

# 015 — internal: HTML table of refund accounts to accounting
_p15 = people(7)
_tr15 = "".join(
    f"<tr><td>{p['name']}</td><td>{p['bank']}</td><td>{p['branch']}</td><td>普通</td>"
    f"<td>{p['acct']}</td><td>{yen(rng.randrange(8, 300) * 1000)}</td></tr>" for p in _p15)
add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], [],
    "clients' refund accounts in an HTML table, but sent only to internal accounting",
    sender=frm("tokano"), to=["経理部 出納担当 <suitou@hinode-sangyo.co.jp>"],
    subject="報酬返金分の振込依頼（7件）",
    html=f"""<html><body>
<p>経理部 出納担当 御中</p>
<p>確定申告サポート室の戸叶です。二重請求となっていた7件について、報酬の返金をお願いします。<br>
振込予定日：3月10日</p>
<table border="1" cellpadding="4">
<tr><th>口座名義</th><th>金融機関</th><th>支店</th><th>種目</th><th>口座番号</th><th>返金額（円）</th></tr>
{_tr15}
</table>
<p>稟議番号：LS-2025-0311</p>
<p>戸叶</p>
</body></html>""")

# 016 — HTML-only: five clients' accounts to the partner bank
_p16 = people(5)
_tr16 = "".join(
    f"<tr><td>{i + 1}</td><td>{p['kana']}</td><td>{p['branch']}</td><td>普通</td><td>{p['acct']}</td>"
    f"<td style='text-align:right'>{yen(rng.randrange(3, 40) * 1100)}</td></tr>" for i, p in enumerate(_p16))
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "HTML table of five clients' names and bank accounts to the (partner) bank",
    sender=frm("tokano"), to=[MIDORI],
    subject="一括振込（返金）の件",
    html=f"""<html><body style="font-family:'Meiryo'">
<p>みどり銀行 岡部様</p>
<p>いつもお世話になっております。日の出産業の戸叶です。<br>
先日ご相談した返金の一括振込について、対象の5件をお送りいたします。<br>
すべて貴行の口座です。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>受取人名（カナ）</th><th>支店名</th><th>科目</th><th>口座番号</th><th>金額</th></tr></thead>
<tbody>{_tr16}</tbody>
</table>
<p>振込手数料は当社負担でお願いいたします。</p>
<p>--<br>日の出産業株式会社 確定申告サポート室<br>戸叶 健<br>TEL 03-5219-4870</p>
</body></html>""")

# 017 — CSV (CP932) of thirty clients to the system vendor for a migration test
_h17 = ["顧客ID", "氏名", "フリガナ", "生年月日", "携帯電話", "メールアドレス", "郵便番号", "住所"]
_r17 = [_h17] + [[f"C{250100 + i}", p["name"], p["kana"], seireki(p["dob"], "iso"), p["mobile"],
                  p["email"], p["zip"], p["addr"]] for i, p in enumerate(people(30))]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    ["personal_data"],
    "CSV of thirty real client records sent to the system vendor for a migration test",
    sender=frm("munakata"), to=[TSUBASA], cc=["城之内 誠 <m.jonouchi@hinode-sangyo.co.jp>"],
    subject="Re: 顧客ポータル移行テスト用データ",
    body=f"""ツバサシステム 平松様

お世話になっております。宗像です。
移行テスト用のデータを添付します。本番から30件だけ抜き出しました。
文字コードはShift_JISです。外字のある方が2名含まれています。

テスト完了後は削除をお願いいたします。
{sig("munakata")}""",
    attachments=[{"kind": "csv", "name": "customer_export_30.csv", "encoding": "cp932", "rows": _r17}])

# 018 — the vendor gets a column spec only (header, no rows)
add("pass", [], [],
    "column specification and a request to use dummy data; no real records",
    sender="城之内 誠 <m.jonouchi@hinode-sangyo.co.jp>", to=[TSUBASA],
    subject="移行テストデータの件（訂正）",
    body="""平松様

情報システム部の城之内です。
先ほど宗像から送った件、テストには実データではなくダミーデータを使う決まりのため、
ファイルは開かずに削除していただけますでしょうか。申し訳ありません。

改めて、項目定義のみお送りします。ダミーデータの生成は貴社でお願いできればと思います。

　顧客ID,氏名,フリガナ,生年月日,携帯電話,メールアドレス,郵便番号,住所
　（顧客IDは C + 6桁、生年月日は YYYY-MM-DD）

ダミーの氏名は「テスト 太郎」形式、電話は 000- から始まる番号でお願いします。

--
日の出産業株式会社 情報システム部
城之内 誠
TEL 03-5219-4100
""")

# 019 — XLSX with My Numbers of one family (three people)
_f19 = [person(sex="M", y0=1970, y1=1980, place=5)]
_f19.append({**person(sex="F", y0=1972, y1=1982), "sei": _f19[0]["sei"]})
_f19.append({**person(sex="M", y0=2008, y1=2010), "sei": _f19[0]["sei"]})
_rel = ["本人", "配偶者", "長男"]
_sh19 = [["扶養控除等 確認シート", "", "", ""], ["続柄", "氏名", "生年月日", "個人番号"]]
for rel, p in zip(_rel, _f19):
    _sh19.append([rel, f"{_f19[0]['sei']} {p['mei']}", seireki(p["dob"]), next_my_number()])
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "spreadsheet with the My Numbers of a client, spouse and son sent to an outside tax accountant",
    sender=frm("eto"), to=[TAKANASHI],
    subject=f"{_f19[0]['sei']}様 扶養控除確認シート",
    body=f"""高梨先生

いつもお世話になっております。江藤です。
{_f19[0]['sei']}様のご家族分の確認シートを添付いたします。
ご長男は今年度から特定扶養の対象になる年齢かと思いますので、ご確認ください。
{sig("eto")}""",
    attachments=[{"kind": "xlsx", "name": "扶養控除確認シート.xlsx", "sheets": {"確認": _sh19}}])

# 020 — one client's record to the tax accountant (allowed, may be warned)
_c20 = person(sex="M", y0=1975, y1=1985, place=13)
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
    "one client's contact details for the hand-over: a single person's record",
    sender=frm("munakata"), to=[MINATO],
    subject="新規案件のご依頼（個人事業・札幌）",
    body=f"""森脇様

お世話になっております。宗像です。
新規で1件お願いしたい案件がございます。

■ご依頼者
　氏名　　：{_c20['name']}（{_c20['kana']}）様
　生年月日：{seireki(_c20['dob'], 'kanji')}
　住所　　：〒{_c20['zip']} {_c20['addr']}
　電話　　：{_c20['mobile']}
　事業内容：Webデザイン（開業3年目、青色申告）

帳簿は会計ソフトで付けておられ、データでのご提出が可能とのことです。
ご対応可否をお知らせいただけますでしょうか。
{sig("munakata")}""")

# 021 — colleague's address mistyped: hinode-sangyo.jp (co. dropped)
add("stop", [], ["lookalike_domain"],
    "hinode-sangyo.jp drops the 'co.' of the company's own domain: a look-alike, not internal",
    sender=frm("onodera"), to=["戸叶 健 <k.tokano@hinode-sangyo.jp>"],
    subject="明日の窓口当番の交代について",
    body="""戸叶さん

お疲れさまです。小野寺です。
明日（水）午後の窓口当番ですが、子どもの通院があるため木曜午前と交代していただけないでしょうか。
難しければ江藤さんにも聞いてみます。

予約は14時に2件入っていて、どちらも年金受給者の方の医療費控除です。
資料はキャビネット2段目にまとめてあります。

小野寺
""")

# 022 — a client's card number (taken by phone) passed to the payment agent
_card22 = next_card()
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a client's full credit card number in the body to the payment service provider",
    sender=frm("eto"), to=[PAYNEXT],
    subject="カード決済エラーの調査依頼（加盟店ID HNS-00871）",
    body=f"""ペイネクスト 加盟店サポート ご担当者様

いつもお世話になっております。
日の出産業株式会社（加盟店ID：HNS-00871）確定申告サポート室の江藤と申します。

昨日、ご依頼者様の報酬決済でエラー（コード E-4012）が3回続けて発生しました。
ご本人にお電話で確認したカード情報は以下のとおりです。

　名義：KUSAKABE MEGUMI（日下部 恵 様）
　カード番号：{_card22[:4]}-{_card22[4:8]}-{_card22[8:12]}-{_card22[12:]}
　有効期限：08/28
　決済金額：16,500円

カード側の問題か、当社の設定の問題か、調査をお願いできますでしょうか。
{sig("eto")}""")

# 023 — mail about an NDA with the partner tax firm
add("pass", [], [],
    "mail about the NDA and outsourcing contract drafts; no personal data, only the word 秘密保持",
    sender=frm("iwaki"), to=[MINATO], cc=[frm("munakata")],
    subject="業務委託契約書・秘密保持契約書（案）のご確認",
    body=f"""税理士法人みなと総合会計
森脇様

いつもお世話になっております。日の出産業の岩城でございます。

来期の業務委託契約の更新にあたり、法務部で契約書案を作成いたしました。
今回から個人番号の取扱いに関する条項を秘密保持契約書から業務委託契約書本体へ移しております。
主な変更点は次のとおりです。

　1. 特定個人情報の再委託には当社の事前の書面承諾を要する（第12条）
　2. 委託業務終了後、個人番号を含む書類は30日以内に返却または廃棄（第13条）
　3. 秘密保持義務の存続期間を契約終了後5年に延長（秘密保持契約書 第8条）

契約書案は当社の共有リンクからご確認いただけます。
ご意見は3月末までにいただけますと幸いです。

{sig("iwaki")}{DISCLAIMER_JA}""")

# 024 — disability of a client's son (special disabled-person deduction)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named client's son's disability grade and diagnosis sent to an outside tax accountant",
    sender=frm("munakata"), to=[TAKANASHI],
    subject="特別障害者控除の適用について（鰐淵様）",
    body=f"""高梨先生

お世話になっております。宗像です。

鰐淵 浩二様（ご依頼者）のご長男 鰐淵 蒼さん（22歳）についてご確認をお願いします。
蒼さんは脳性麻痺により身体障害者手帳1級をお持ちで、ご自宅で鰐淵様ご夫妻と同居されています。
同居特別障害者として扶養控除と合わせて控除を受けられる認識ですが、
昨年秋に2か月ほど施設に短期入所されていた期間があり、同居要件への影響が気になっています。

手帳の写しはご本人の同意を得て郵送でお届けします。
{sig("munakata", 2)}""")

# 025 — three client companies' HR departments visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three different outside companies in To can see each other; should have been Bcc",
    sender=frm("iwaki"), to=[KAWASAKI_HR, AOBA_HR, KITAGUNI_HR],
    subject="【福利厚生ご契約企業様】従業員向け 確定申告相談会のご案内",
    body=f"""福利厚生プランご契約企業 ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 確定申告サポート室の岩城でございます。

今年も従業員の皆様向けの出張相談会を下記の日程で実施いたします。

　・2月18日（火）〜2月21日（金）　各社ご指定の会議室にて
　・1名あたり30分、医療費控除・ふるさと納税・住宅ローン控除（2年目以降は年末調整）のご相談

ご希望の日程を2月7日までにご返信ください。
従業員の方への案内チラシ（PDF）は追ってお送りいたします。
{sig("iwaki")}""")

# 026 — list of partner tax offices (businesses) to a client company
add("pass", [], [],
    "a list of partner tax offices with their office phones and addresses: businesses, not people",
    sender=frm("tokano"), to=[AOBA_HR],
    subject="Re: 地方拠点の従業員向け 提携税理士事務所のご案内",
    body=f"""青葉運輸株式会社 総務部
今泉様

いつもお世話になっております。日の出産業の戸叶です。
お問い合わせいただいた、各営業所近くの提携税理士事務所は以下のとおりです。

【仙台】せんだい中央税理士事務所
　〒980-0811 宮城県仙台市青葉区一番町4-9-18 一番町センタービル5F　TEL 022-268-4410
【名古屋】税理士法人つばき会計
　〒460-0008 愛知県名古屋市中区栄3-22-5 栄南ビル7F　TEL 052-265-7702
【大阪】なにわ総合税理士法人
　〒541-0041 大阪府大阪市中央区北浜2-6-11 北浜NKビル3F　TEL 06-6205-3381
【福岡】博多みらい会計事務所
　〒812-0011 福岡県福岡市博多区博多駅前3-17-2 駅前第2ビル9F　TEL 092-473-5520
【札幌】北斗税理士事務所
　〒060-0042 北海道札幌市中央区大通西11-4-1 大通ハイム2F　TEL 011-231-9065

予約の際は「日の出産業の福利厚生」とお伝えいただければ優待料金が適用されます。
{sig("tokano")}""")

# 027 — PDF list of five heirs to the partner law firm
_d27 = person(sex="M", y0=1932, y1=1940, place=1)
_heirs27 = people(5, y0=1955, y1=1975)
_rel27 = ["配偶者", "長男", "長女", "二男", "孫（代襲）"]
_t27 = [["続柄", "氏名", "生年月日", "住所", "電話"]] + [
    [r, h["name"], wareki(h["dob"]), h["addr"], h["tel"]] for r, h in zip(_rel27, _heirs27)]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "PDF table of five heirs with birth dates, addresses and phones sent to the law firm",
    sender=frm("anzai"), to=[SHIRAKAWA],
    subject=f"故 {_d27['name']} 様 相続人一覧",
    body=f"""白川先生

お世話になっております。安西です。
ご依頼のありました相続人一覧をPDFでお送りします。
戸籍の収集は完了しており、相続人は記載の5名で確定しています。
{sig("anzai")}""",
    attachments=[{"kind": "pdf", "name": "相続人一覧.pdf", "title": "相続人一覧",
                  "lines": [f"被相続人　{_d27['name']}（{wareki(_d27['dob'])}生）",
                            "相続開始日　令和6年11月20日", ""],
                  "table": _t27}])

# 028 — internal forward of a client's complaint
_c28 = person(sex="F", place=7)
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "a client's complaint with her phone and e-mail forwarded to the team leader only (internal)",
    sender=frm("eto"), to=[frm("iwaki")],
    subject="FW: 還付金がまだ振り込まれません",
    body=f"""岩城さん

下記のお問い合わせ、お電話でも強めのご意見をいただいています。
折り返しをお願いできますか。申告は2/14にe-Tax送信済みで、受付番号も控えてあります。

江藤

-----Original Message-----
From: {_c28['name']} <{_c28['email']}>
Sent: Wednesday, March 26, 2025 9:02 PM
To: kakutei-support@hinode-sangyo.co.jp
Subject: 還付金がまだ振り込まれません

2月に申告をお願いした{_c28['name']}です。
ほかの人はもう振り込まれたと聞いたのに、私の分はまだです。
どうなっているのか確認して連絡ください。
携帯 {_c28['mobile']}
""")

# 029 — forward of a client's mail with the basic pension number to an outside labour consultant
_c29 = person(sex="M", y0=1954, y1=1958, place=9)
_bpn = f"{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}"
add("stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "EMAIL_ADDRESS"],
    ["personal_data"],
    "forward (new text to its recipient) of a client's mail with his 基礎年金番号 to an outside 社労士",
    sender=frm("tokano"), to=[SHINODA],
    subject="FW: 公的年金の源泉徴収票について",
    body=f"""篠田先生

お世話になっております。日の出産業の戸叶です。
ご依頼者様から下記のお問い合わせがあり、年金の受給手続きに関わる内容のため
先生にご相談させてください。

---------- Forwarded message ---------
From: {_c29['name']} <{_c29['email']}>
Date: 2025年2月20日(木) 8:41
Subject: 公的年金の源泉徴収票について
To: <kakutei-support@hinode-sangyo.co.jp>

お世話になります。{_c29['name']}です。
昨年の年金の源泉徴収票が届いていないようです。
念のため私の情報を書いておきます。

基礎年金番号　{_bpn}
生年月日　　　{wareki(_c29['dob'])}
住所　　　　　{_c29['addr']}

65歳からの老齢厚生年金の繰下げの手続きもしていたので、それが関係しているのでしょうか。
{sig("tokano", 2)}""")

# 030 — English mail to the US CPA about the filing timetable (names only)
add("pass", [], [],
    "English scheduling mail to a foreign CPA; clients mentioned by name only, no data",
    sender=frm("munakata"), to=[BRIGHT],
    subject="Filing timetable for our joint clients (tax year 2024)",
    body=f"""Dear Emily,

Thank you for the call yesterday. As discussed, here is the timetable on our side:

- Japanese returns (kakutei shinkoku) due March 17; we will e-file by March 10.
- We will send you the Japanese tax amounts paid, in USD at the TTM rate, by March 14,
  so that you can claim the foreign tax credit on the US side.
- Mr. Carter and Ms. Lindqvist have both signed our engagement letters.

Please let me know if the extension for the US returns changes anything.

Best regards,
{sig("munakata", 3)}{DISCLAIMER_EN}""")

# 031 — English: residence card numbers of two expat clients
_rc1 = f"{rng.choice('ABCDEFGH')}{rng.choice('JKLMN')}{_digits(8)}{rng.choice('PQRST')}{rng.choice('UVWXY')}"
_rc2 = f"{rng.choice('ABCDEFGH')}{rng.choice('JKLMN')}{_digits(8)}{rng.choice('PQRST')}{rng.choice('UVWXY')}"
add("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "two clients' residence card numbers and birth dates in an English mail to a foreign CPA",
    sender=frm("munakata"), to=[BRIGHT],
    subject="Residence status of our joint clients",
    body=f"""Hi Emily,

For your treaty analysis, here are the residence details of the two clients, taken from their
Japanese residence cards (zairyu cards):

  Daniel Carter     born 1986-04-17   card no. {_rc1}   status: Engineer/Specialist in Humanities, valid to 2027-05-31
  Sofia Lindqvist   born 1991-10-02   card no. {_rc2}   status: Highly Skilled Professional (i), valid to 2029-01-15

Both have lived in Japan for more than five of the last ten years, so they are "permanent
residents" for Japanese tax purposes and taxed on worldwide income.

Best,
Tatsuya
{sig("munakata", 3)}""")

# 032 — corrupt spreadsheet to the inheritance tax firm
add("stop", [], ["unscannable_attachment"],
    "attached spreadsheet is corrupt and cannot be inspected",
    sender=frm("anzai"), to=[KIRYU],
    subject="財産目録（更新版）",
    body=f"""桐生先生

お世話になっております。安西です。
栗林様案件の財産目録を更新しましたので添付いたします。
有価証券の評価額を1月末時点に置き換えております。
{sig("anzai")}""",
    attachments=[{"kind": "corrupt", "name": "財産目録_栗林様_v4.xlsx"}])

# 033 — a client on gmail and the tax accountant in To: two parties only
add("pass", [], ["freemail_recipient", "multiple_external_domains"],
    "one private client and one tax office in To: two external parties, a normal three-way mail",
    sender=frm("onodera"), to=["sanae.hiyama@gmail.com", TAKANASHI],
    subject="面談日程のご連絡（桧山様）",
    body=f"""桧山様
高梨先生

お世話になっております。日の出産業 確定申告サポート室の小野寺です。

面談の日程が決まりましたのでご連絡いたします。

　日時：3月5日（水）10:30〜11:30
　場所：高梨税理士事務所（JR秋葉原駅 徒歩5分）

桧山様には、開業届の控えと昨年分の帳簿データをお持ちいただくようお願いいたします。
当日は私も同席いたします。
{sig("onodera", 1)}""")

# 034 — look-alike of the partner law firm: shirakawa-law.co.jp
add("stop", [], ["lookalike_domain"],
    "shirakawa-law.co.jp is a TLD variant of the partner law firm's shirakawa-law.jp",
    sender=frm("anzai"), to=["白川 亮 <r.shirakawa@shirakawa-law.co.jp>"],
    subject="遺産分割協議の進め方について",
    body=f"""白川先生

お世話になっております。安西です。

相馬様の案件で、ご長女が協議への参加に消極的とのことで、
調停を視野に入れるべきか、ご意見を伺いたく存じます。
来週前半でお電話のお時間をいただけますでしょうか。
{sig("anzai")}""")

# 035 — the word 社外秘 mentioned, public brochure attached
add("pass", [], [],
    "社外秘 is only mentioned ('cannot share'); the attached brochure is public",
    sender=frm("eto"), to=["西田 彩 <a.nishida@harumi-kikaku.co.jp>"],
    subject="Re: サービス資料のご提供について",
    body=f"""はるみ企画株式会社
西田様

お問い合わせありがとうございます。日の出産業の江藤です。
ご依頼の「利用実績の内訳」は社外秘の資料のため、申し訳ございませんがお渡しできません。
代わりに公開版のサービス紹介パンフレットをお送りしますので、ご参照ください。
{sig("eto")}""",
    attachments=[{"kind": "pdf", "name": "確定申告サポート_サービスのご案内.pdf",
                  "lines": ["確定申告サポート サービスのご案内", "",
                            "・給与所得者、年金受給者、個人事業主の確定申告をサポート",
                            "・提携税理士による申告書作成とe-Tax送信",
                            "・相続税の初回相談無料", "",
                            "お問い合わせ：日の出産業株式会社 確定申告サポート室 TEL 03-5219-4870"]}])

# 036 — tab-separated list of seminar applicants to the hotel
_p36 = people(7)
_tab36 = "\n".join(f"{p['name']}\t{p['kana']}\t{p['mobile']}\t{p['email']}" for p in _p36)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "seven seminar applicants' names, mobiles and e-mails (tab-separated) sent to the hotel",
    sender=frm("eto"), to=[SAKURA],
    subject="3/8 セミナー 名札作成用の参加者リスト",
    body=f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の江藤です。
3月8日「桔梗の間」のセミナーについて、受付で名札をご用意いただける件、ありがとうございます。
追加のお申込み分7名を以下に貼り付けます（Excelからのコピーです）。
当日欠席のご連絡があった場合、ホテル様から直接お電話いただいても差し支えありません。

氏名\tフリガナ\t携帯\tメール
{_tab36}

よろしくお願いいたします。
{sig("eto", 1)}""")

# 037 — room booking with the hotel; business content and the sender's own contact
add("pass", [], [],
    "ordinary room booking with the hotel: headcount, layout, prices; no one's personal data",
    sender=frm("eto"), to=[SAKURA],
    subject="会議室ご予約の確認（3/8 桔梗の間）",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の江藤です。
3月8日（土）のご予約内容を確認させてください。

　会場　　：2階 桔梗の間（スクール形式 40名）
　時間　　：12:00〜16:30（設営・撤収含む）
　備品　　：プロジェクター、ワイヤレスマイク2本、受付用長机1台
　飲料　　：ペットボトルのお茶 45本
　お見積り：会場費 88,000円、備品 16,500円、飲料 8,910円（税込）

請求書は当社経理部宛にお送りください。当日の責任者は私（携帯 080-2231-7786）です。
{sig("eto", 1)}""")

# 038 — one record per block: eight clients' postal addresses to the printer
_p38 = people(8)
_blk38 = "\n\n".join(f"【{i + 1}】\n〒{p['zip']}\n{p['addr_kanji']}\n{p['name']} 様" for i, p in enumerate(_p38))
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "eight clients' names and postal addresses, one block each, sent to the printing company",
    sender=frm("tokano"), to=[NISHIKI],
    subject="申告書控え送付用 宛名ラベルの追加分",
    body=f"""錦印刷株式会社
大庭様

お世話になっております。日の出産業の戸叶です。
先日お願いした宛名ラベルに追加が8件ございます。
レイアウトは前回と同じ（A4 12面）でお願いいたします。

{_blk38}

以上8件です。
{sig("tokano")}""")

# 039 — flyer order with the printer
add("pass", [], [],
    "print order: quantities, prices, delivery address of the office; no personal data",
    sender=frm("iwaki"), to=[NISHIKI],
    subject="確定申告サポート チラシ 発注",
    body=f"""錦印刷株式会社
大庭様

いつもお世話になっております。日の出産業の岩城です。
お見積りいただいたチラシの件、以下の内容で正式に発注いたします。

　品名：確定申告サポート 2025年度版チラシ（A4 両面カラー）
　部数：15,000部
　用紙：コート90kg
　単価：3.8円　合計 57,000円（税別）
　納品：2月3日（月）午前中　当社日本橋オフィス 8階 確定申告サポート室
　見積番号：NS-25-0119

校正は1回でお願いいたします。
{sig("iwaki")}""")

# 040 — eight rows without a name column to the system vendor
_p40 = people(8)
_rows40 = "\n".join(f"  C{253000 + rng.randrange(999):06d} | {seireki(p['dob'], 'iso')} | {p['mobile']} | {p['zip']} {p['addr']}"
                    for p in _p40)
add("stop", ["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "eight customer rows (ID, birth date, mobile, address) without a name column to the vendor",
    sender=frm("munakata"), to=[TSUBASA],
    subject="【障害】ポータルで住所が文字化けする件",
    body=f"""平松様

お世話になっております。宗像です。
顧客ポータルのマイページで、住所の一部が「?」に化ける事象が発生しています。
該当する顧客データを以下に抜粋します（氏名は省いています）。

  顧客ID    | 生年月日   | 携帯電話      | 住所
  ----------+------------+---------------+-----------------------------------
{_rows40}

いずれも3/1のメンテナンス以降に住所を変更した方です。原因の調査をお願いいたします。
{sig("munakata")}""")

# 041 — internal: ZIP of the client list to colleagues
_r41 = [["氏名", "電話", "メール", "住所"]] + [[p["name"], p["tel"], p["email"], p["addr"]] for p in people(40)]
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"], [],
    "ZIP with a forty-client contact list, but only to internal colleagues",
    sender=frm("iwaki"), to=[frm("eto"), frm("onodera")],
    subject="昨年度ご利用者リスト（DM発送前チェック用）",
    body="""江藤さん、小野寺さん

昨年度のご利用者リストをZIPで送ります。DM発送の前に、
「DM不要」の申し出があった方が含まれていないかチェックをお願いします。
錦印刷さんに渡すのは、チェック後のデータを私から暗号化して送ります。

岩城
""",
    attachments=[{"kind": "zip", "name": "riyousha_2024.zip",
                  "files": [{"kind": "csv", "name": "riyousha_2024.csv", "encoding": "utf-8", "rows": _r41}]}])

# 042 — 【取扱注意】 stamp in the subject and at the top of the body
add("stop", [], ["confidential_marking"],
    "mail classified 取扱注意 in subject and header line, sent outside",
    sender=frm("anzai"), to=[KIRYU],
    subject="【取扱注意】相続案件 進捗一覧（2月末）",
    body=f"""━━━━━━━━━━━━━━━━━━━━
  取扱注意（関係者限り）
━━━━━━━━━━━━━━━━━━━━

桐生先生

お世話になっております。安西です。
2月末時点の相続案件の進捗をお知らせします。

　案件番号　　進捗　　　　　　　申告期限
　S-24-031　 財産評価中　　　　2025/05/14
　S-24-036　 協議書作成中　　　2025/06/02
　S-24-041　 申告書作成中　　　2025/04/25
　S-25-002　 資料収集中　　　　2025/10/30

S-24-041は期限が近いため、優先でお願いいたします。
{sig("anzai")}""")

# 043 — ordinary scheduling mail with a legal disclaimer
add("pass", [], [],
    "ordinary scheduling mail; the only 'confidential' is the standard disclaimer",
    sender=frm("tokano"), to=[TAKANASHI],
    subject="3月の打合せ日程",
    body=f"""高梨先生

お世話になっております。戸叶です。
3月の定例打合せですが、申告期限明けの3月19日（水）15時からでいかがでしょうか。
今シーズンの振り返りと、来期の報酬配分の見直しについてご相談できればと思います。
{sig("tokano")}
──────────────────────────────
本メールおよび添付ファイルには、機密情報が含まれている場合があります。
本メールの宛先以外の方が受信された場合は、恐れ入りますが直ちに送信者へご連絡いただき、
本メールを破棄してくださいますようお願いいたします。
──────────────────────────────
""")

# 044 — DOCX table of six employees of a client company, sent back to its HR
_p44 = people(6, y0=1965, y1=1995)
_t44 = [["社員番号", "氏名", "住所", "還付見込額", "状況"]] + [
    [f"K{rng.randrange(10000, 99999)}", p["name"], p["addr"], f"{yen(rng.randrange(5, 90) * 1000)}円",
     rng.choice(["申告済", "書類待ち", "面談予約済"])] for p in _p44]
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "DOCX table of six employees' names, addresses and refund estimates to the client company's HR",
    sender=frm("tokano"), to=[KAWASAKI_HR],
    subject="相談会ご利用者の申告状況（2月分）",
    body=f"""川崎電機株式会社 人事部 福利厚生課
新藤様

いつもお世話になっております。日の出産業の戸叶です。
2月の相談会をご利用いただいた従業員の皆様の申告状況をまとめました。
ご報告書を添付いたしますのでご査収ください。
{sig("tokano")}""",
    attachments=[{"kind": "docx", "name": "ご利用状況報告_2月.docx",
                  "paragraphs": ["川崎電機株式会社 御中", "確定申告相談会 ご利用状況報告（2月分）", ""],
                  "tables": [_t44]}])

# 045 — reply to the client company's HR; their list is only quoted
_p45 = people(6, y0=1970, y1=1998)
_q45 = "\n".join(f"{p['name']}　内線{rng.randrange(2000, 2999)}　{p['mobile']}" for p in _p45)
add("pass", [], [],
    "the employees' list is quoted from HR's own mail under Original Message; new text holds no data",
    sender=frm("tokano"), to=[KAWASAKI_HR],
    subject="RE: 相談会 参加者のご連絡",
    body=f"""新藤様

ご連絡ありがとうございます。6名様、承知いたしました。
当日は会議室Bにて、10時から30分刻みでご案内いたします。
{sig("tokano", 2)}
-----Original Message-----
差出人: 新藤 恭子 <shindo.k@kawasaki-denki.co.jp>
送信日時: 2025年2月10日 11:25
宛先: 戸叶 健 <k.tokano@hinode-sangyo.co.jp>
件名: 相談会 参加者のご連絡

日の出産業 戸叶様

2/19の相談会の参加者は以下の6名です。

{_q45}

よろしくお願いいたします。
川崎電機 人事部 新藤
""")

# 046 — health insurance card symbol/number of one client in the body
add("stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME"], ["personal_data"],
    "a client's health insurance card symbol and number in the body to the tax accountant",
    sender=frm("onodera"), to=[TAKANASHI],
    subject="高額療養費の確認（勅使河原様）",
    body=f"""高梨先生

お世話になっております。小野寺です。
勅使河原 文子様の医療費控除で、高額療養費の支給額を確認したいとのことでしたので、
保険証の情報をお伝えします。

　保険者：全国健康保険協会 東京支部
　記号：{rng.randrange(10000000, 99999999)}　番号：{rng.randrange(10, 300)}
　被保険者氏名：勅使河原 文子

協会けんぽへの照会は、ご本人の委任状を添えて先生の事務所からお願いできますでしょうか。
{sig("onodera", 2)}""")

# 047 — a client was burgled (crime victim) — casualty loss deduction
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"], ["personal_data"],
    "names a client as the victim of a burglary (crime victim, with his address) to the tax accountant",
    sender=frm("munakata"), to=[MINATO],
    subject="雑損控除の適用可否（百目鬼様）",
    body=f"""森脇様

お世話になっております。宗像です。

百目鬼 勝也様（埼玉県川口市元郷2-8-15）のご自宅が、昨年12月に空き巣の被害に遭われました。
現金42万円と腕時計・貴金属（購入価額 約180万円）が盗まれ、川口警察署に被害届を提出済みです
（受理番号は控えております）。

盗難保険からの補填は35万円の見込みとのことで、雑損控除の適用を検討したいと考えています。
時価の算定方法についてご教示いただけますでしょうか。
{sig("munakata")}""")

# 048 — general explanation of the casualty loss deduction to a client on yahoo.co.jp
add("pass", [], ["freemail_recipient"],
    "general tax explanation to one private client; nothing about anyone's circumstances",
    sender=frm("munakata"), to=["tsuyoshi_makabe@yahoo.co.jp"],
    subject="Re: 詐欺被害は控除の対象になりますか",
    body=f"""真壁様

ご質問ありがとうございます。確定申告サポート室の宗像です。

雑損控除の対象となるのは、災害・盗難・横領による損失です。
残念ながら、詐欺や恐喝による損失は対象外とされています。
（所得税法第72条、国税庁タックスアンサー No.1110 をご参照ください）

ご心配な点があれば、面談で詳しくご説明いたしますので、お気軽にお申し付けください。
{sig("munakata", 1)}""")

# 049 — password-protected PDF to a client's gmail
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "encrypted PDF to a private client cannot be inspected",
    sender=frm("eto"), to=["ijuin.mayumi@gmail.com"],
    subject="申告書控えの送付（パスワード付きPDF）",
    body=f"""伊集院様

お世話になっております。確定申告サポート室の江藤です。
本日e-Taxにて申告が完了いたしました。申告書控えをパスワード付きPDFでお送りします。
パスワードはご登録の電話番号の下4桁です。
{sig("eto", 1)}""",
    attachments=[{"kind": "pdf", "name": "申告書控え_伊集院様.pdf", "password": "4417",
                  "lines": ["令和6年分 確定申告書（控）", "氏名 伊集院 真由美", "還付される税金 84,200円"]}])

# 050 — internal: e-Tax certificate renewal notice from IT
add("pass", [], [],
    "internal notice from IT about the e-Tax certificate; internal recipients only",
    sender="城之内 誠 <m.jonouchi@hinode-sangyo.co.jp>",
    to=["確定申告サポート室 <kakutei-support@hinode-sangyo.co.jp>"],
    subject="【情シス】e-Tax用 電子証明書の更新作業（2/1 夜間）",
    body="""確定申告サポート室 各位

情報システム部の城之内です。
e-Tax送信用端末（KT-PC01〜KT-PC04）の電子証明書が2月3日で有効期限を迎えるため、
2月1日（土）20:00〜23:00 に更新作業を行います。

作業中は e-Tax ソフトが起動できません。
週明けに送信テストを1件ずつお願いします（テスト用の利用者識別番号は別途お渡しします）。

不明点は内線4100まで。
""")

# 051 — look-alike of the partner bank with a homoglyph: midori-glnko.co.jp
add("stop", [], ["lookalike_domain"],
    "midori-glnko.co.jp replaces the i of the partner bank's domain with an l",
    sender=frm("tokano"), to=["okabe.j@midori-glnko.co.jp"],
    subject="Re: 振込データの形式について",
    body=f"""岡部様

お世話になっております。日の出産業の戸叶です。
全銀フォーマットの件、承知いたしました。次回からは固定長120バイトで作成いたします。
テストファイルの送付先は、以前と同じ共有ストレージでよろしいでしょうか。
{sig("tokano")}""")

# 052 — partner bank: one deceased person's account for the estate procedure
add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "one deceased person's account at the partner bank for the estate procedure: one record only",
    sender=frm("anzai"), to=[MIDORI],
    subject="相続手続きのご相談（故 設楽 義男 様）",
    body=f"""みどり銀行 相続センター
岡部様

いつもお世話になっております。日の出産業の安西です。
当社がお手伝いしている相続案件で、貴行に下記の口座がございます。

　口座名義：設楽 義男 様（令和6年12月3日 逝去）
　浦和支店　普通預金　口座番号 {rng.randrange(1000000, 9999999)}

相続人代表の方が来店される前に、必要書類を確認させていただけますでしょうか。
遺産分割協議書は作成済み、法定相続情報一覧図も取得済みです。
{sig("anzai")}""")

# 053 — ZIP (not encrypted) with a CSV of fifteen refund accounts to the data-entry vendor
_r53 = [["No", "氏名", "フリガナ", "金融機関", "支店", "種目", "口座番号"]] + [
    [i + 1, p["name"], p["kana"], p["bank"], p["branch"], "普通", p["acct"]] for i, p in enumerate(people(15))]
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "ZIP with a CSV of fifteen clients' names and refund bank accounts to the data-entry vendor",
    sender=frm("onodera"), to=[ALPHA],
    subject="還付金受取口座の入力依頼",
    body=f"""杉浦様

お世話になっております。小野寺です。
還付金の受取口座の入力をお願いしたく、ZIPで添付いたします（15件）。
申告書の「還付される税金の受取場所」欄に転記をお願いします。
{sig("onodera")}""",
    attachments=[{"kind": "zip", "name": "kanpu_kouza_0306.zip",
                  "files": [{"kind": "csv", "name": "還付口座_0306.csv", "encoding": "cp932", "rows": _r53}]}])

# 054 — monthly report from/to the data-entry vendor: counts only
add("pass", [], [],
    "monthly volume report with counts and amounts; no personal data",
    sender=frm("onodera"), to=[ALPHA],
    subject="2月分 入力件数の確認",
    body=f"""杉浦様

お世話になっております。小野寺です。
2月分の入力件数、当方の集計と照合しました。

　源泉徴収票　　　 412件（単価 180円）
　医療費明細　　　 156件（単価 350円）
　収支内訳書　　　　38件（単価 1,200円）
　合計金額　　　　 175,560円（税別）

御社のご請求書（INV-2502-088）の金額と一致しております。
今月もよろしくお願いいたします。
{sig("onodera")}""")

# 055 — three heirs on private mail plus the lawyer, all in To
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "three heirs' private addresses and the lawyer are visible to one another in To",
    sender=frm("anzai"),
    to=["sawatari.kazuhiko@gmail.com", "yumiko-s1962@outlook.jp", "sawatari.t@docomo.ne.jp", SHIRAKAWA],
    subject="遺産分割協議のお打合せについて",
    body=f"""沢渡 和彦様、由美子様、稔様
（cc：白川法律事務所 白川先生）

日の出産業 確定申告サポート室の安西でございます。
故 沢渡 文子様の相続について、相続税の申告期限（9月）に向けたお打合せをご提案いたします。

ご兄弟の皆様お揃いで、4月の土曜日のいずれかにお時間をいただけますでしょうか。
遺産分割の内容については、白川先生からご説明いただく予定です。
{sig("anzai")}""")

# 056 — refund notice to a client on icloud, account masked
add("pass", [], ["freemail_recipient"],
    "notice to the client himself with the refund amount and a masked account; no full data",
    sender=frm("onodera"), to=["k.okochi@icloud.com"],
    subject="還付金の振込予定について",
    body=f"""大河内様

いつもご利用いただきありがとうございます。確定申告サポート室の小野寺です。

税務署の処理状況を確認したところ、還付金 52,300円 が
3月25日ごろ、ご指定の口座（みどり銀行 ****-***1234）へ振り込まれる予定です。

入金が確認できない場合は、4月上旬にあらためてご連絡ください。
{sig("onodera", 1)}""")

# 057 — XLSX with several sheets: employees of a client company using the service
_p57 = people(12, y0=1962, y1=1999)
_sh57a = [["福利厚生プラン 利用申込者一覧（2025年2月受付分）"], [],
          ["No", "社員番号", "氏名", "所属", "生年月日", "携帯電話", "自宅住所", "相談内容"]]
for i, p in enumerate(_p57):
    _sh57a.append([i + 1, f"{rng.randrange(100000, 199999)}", p["name"],
                   rng.choice(["生産技術部", "品質保証部", "営業本部", "総務部", "設計一課"]),
                   seireki(p["dob"]), p["mobile"], p["addr"],
                   rng.choice(["医療費控除", "ふるさと納税", "副業収入", "住宅ローン控除（初年度）", "株式譲渡"])])
_sh57b = [["日程", "会場", "枠数"], ["2/18", "本社 会議室B", 12], ["2/19", "本社 会議室B", 12],
          ["2/20", "川崎工場 厚生棟", 8]]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "XLSX (title row, two sheets) with twelve employees' birth dates, mobiles and home addresses, sent outside",
    sender=frm("tokano"), to=[KAWASAKI_HR],
    subject="相談会 申込者一覧（確定版）",
    body=f"""新藤様

お世話になっております。戸叶です。
相談会の申込者一覧を確定版として更新しました。
面談枠の割り当てを2枚目のシートに入れております。ご確認をお願いします。
{sig("tokano")}""",
    attachments=[{"kind": "xlsx", "name": "相談会申込者一覧_確定版.xlsx",
                  "sheets": {"申込者": _sh57a, "日程": _sh57b}}])

# 058 — internal: a client's illness discussed between colleagues
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "a client's illness discussed between colleagues; internal recipients only",
    sender=frm("munakata"), to=[frm("iwaki")],
    subject="長谷部様の件（ご相談）",
    body="""岩城さん

長谷部 知佳様の件でご相談です。
昨年からうつ病で休職されており、傷病手当金を受給中とのことです。
面談中もつらそうだったので、次回からは電話とメールで進めようと思います。
傷病手当金は非課税なので申告には影響しませんが、医療費控除で精神科の通院費が対象になります。

担当税理士には病名は伝えず、「通院あり」とだけ共有する方針でよいでしょうか。

宗像
""")

# 059 — a client's original mail with her My Number, attached as .eml and forwarded outside
_mn59 = next_my_number()
_c59 = person(sex="F", place=3)
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"], ["personal_data"],
    "attached original mail (.eml) of a client carries her My Number; forwarded to the tax firm",
    sender=frm("eto"), to=[MINATO],
    subject="FW: 書類送付のご連絡（添付メールご参照）",
    body=f"""森脇様

お世話になっております。江藤です。
{_c59['sei']}様からのメールをそのまま添付いたします。
申告書の作成にお使いください。
{sig("eto")}""",
    attachments=[{"kind": "eml", "name": "書類送付のご連絡.eml", "message": {
        "sender": f"{_c59['name']} <{_c59['email']}>",
        "to": ["確定申告サポート室 <kakutei-support@hinode-sangyo.co.jp>"],
        "subject": "書類送付のご連絡",
        "body": f"""日の出産業 ご担当者様

お世話になっております。{_c59['name']}です。
源泉徴収票は郵送しました。マイナンバーは下記のとおりです。

マイナンバー：{_mn59}
住所：{_c59['addr']}

よろしくお願いいたします。
"""}}])

# 060 — reply to the tax accountant; client's details only in the "wrote:" quote
_c60 = person(sex="M", place=4)
add("pass", [], [],
    "the client's contact data appears only in the quoted mail of the recipient himself",
    sender=frm("tokano"), to=[TAKANASHI],
    subject="Re: 連絡先の確認",
    body=f"""高梨先生

ご確認ありがとうございます。その連絡先で間違いございません。
本日、ご本人にも先生からご連絡が行く旨お伝えしました。

戸叶

On 2025/02/26 9:15, 高梨 周平 wrote:
> 戸叶さん
>
> {_c60['sei']}様の連絡先ですが、以下で合っていますか？
> 電話 {_c60['tel']} / 携帯 {_c60['mobile']}
> 住所 {_c60['addr']}
>
> 高梨
""")

# 061 — client with five dependants: full-width digits and 和暦 birth dates
_c61 = person(sex="M", y0=1972, y1=1976, place=11)
_fam61 = [("本人", _c61)] + [
    ("妻", person(sex="F", y0=1974, y1=1978)), ("長女", person(sex="F", y0=2003, y1=2005)),
    ("長男", person(sex="M", y0=2006, y1=2008)), ("二女", person(sex="F", y0=2011, y1=2013)),
    ("母", person(sex="F", y0=1944, y1=1948))]
_inc61 = {"本人": 684, "妻": 0, "長女": 96, "長男": 0, "二女": 0, "母": 112}
_lines61 = "\n".join(
    f"　{rel:　<3}{_c61['sei']} {p['mei']:　<4}{wareki(p['dob'], 'fw')}　　{fw(str(_inc61[rel]))}万円"
    for rel, p in _fam61)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "six family members' names, 和暦 birth dates and incomes (full-width digits) to the tax accountant",
    sender=frm("eto"), to=[TAKANASHI],
    subject=f"{_c61['sei']}様 ご家族構成",
    body=f"""高梨先生

お世話になっております。江藤です。
{_c61['sei']}様（名古屋市昭和区）のご家族構成を伺いましたので、お知らせいたします。

　続柄　氏名　　　　　　生年月日　　　　　　　収入（見込）
{_lines61}

お母様は同居されており、老人扶養（同居老親）の対象と思われます。
長女の方はアルバイト収入があるため、所得金額をご確認ください。
{sig("eto")}""")

# 062 — four family members (allowed: fewer than five)
_c62 = person(sex="F", y0=1980, y1=1984, place=6)
_fam62 = [("本人", _c62), ("夫", person(sex="M", y0=1978, y1=1982)),
          ("長男", person(sex="M", y0=2012, y1=2014)), ("長女", person(sex="F", y0=2016, y1=2018))]
_lines62 = "\n".join(f"・{_c62['sei']} {p['mei']}（{rel}）{wareki(p['dob'], 'short')}生" for rel, p in _fam62)
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a family of four with birth dates: fewer than five people, may be warned",
    sender=frm("onodera"), to=[MINATO],
    subject="住宅ローン控除（2年目）の確認",
    body=f"""森脇様

お世話になっております。小野寺です。
{_c62['sei']}様の住宅ローン控除2年目について、ご家族の情報をお送りします。

{_lines62}

ご主人との共有名義（持分1/2ずつ）で、ペアローンです。
年末残高証明書は本日郵送いたしました。
{sig("onodera")}""")

# 063 — a client's driver's licence number (identity check record) to the tax accountant
_lic63 = f"{rng.randrange(30, 31)}{_digits(10)}"
add("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "a client's driver's licence number with name, address and birth date in the body to the tax office",
    sender=frm("tokano"), to=[TAKANASHI_OFFICE],
    subject="本人確認記録の共有（宍戸様）",
    body=f"""高梨税理士事務所 ご担当者様

お世話になっております。戸叶です。
宍戸様の本人確認を当室窓口で行いましたので、記録を共有いたします。

　確認日　　　：2025年2月12日
　確認書類　　：運転免許証
　免許証番号　：第 {_lic63} 号
　氏名　　　　：宍戸 隆
　生年月日　　：昭和52年8月29日
　住所　　　　：東京都江戸川区南小岩4-17-3 ハイム桜105

原本は確認後すぐにご本人へ返却しております。
{sig("tokano")}""")

# 064 — explanation of the identity-check policy (no numbers)
add("pass", [], [],
    "policy explanation: identity documents are checked but their numbers are not passed on",
    sender=frm("iwaki"), to=[TAKANASHI_OFFICE],
    subject="本人確認記録の共有方法について（お詫びと訂正）",
    body=f"""高梨税理士事務所 ご担当者様

いつもお世話になっております。日の出産業の岩城でございます。
先ほど当室の戸叶から、本人確認記録として免許証番号をメール本文に記載してお送りしてしまいました。
当社の規程ではメールでの番号の送付は認められておりません。大変申し訳ございません。
お手数ですが、該当のメールを削除していただけますでしょうか。

今後は次の運用とさせていただきます。
　・確認書類の種類と確認日、確認者のみを共有し、番号は記載しない
　・写しが必要な場合は、当社のファイル共有サービス（アクセス期限付き）を利用する

ご不便をおかけしますが、何卒よろしくお願いいたします。
{sig("iwaki")}""")

# 065 — CONFIDENTIAL only in the PDF page footer
add("stop", [], ["confidential_marking"],
    "attached fee schedule PDF is stamped CONFIDENTIAL in its page footer",
    sender=frm("iwaki"), to=["岸本 俊介 <kishimoto@kishimoto-tax.jp>"],
    subject="提携のご検討資料",
    body=f"""岸本税理士事務所
岸本先生

先日はお時間をいただき、誠にありがとうございました。日の出産業の岩城です。
ご検討いただくにあたり、提携税理士の皆様との報酬配分の基準をお送りいたします。
ご不明な点はお気軽にお問い合わせください。
{sig("iwaki")}""",
    attachments=[{"kind": "pdf", "name": "提携税理士_報酬配分基準.pdf",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. / 社外秘",
                  "lines": ["提携税理士 報酬配分基準（2025年度）", ""],
                  "table": [["区分", "ご依頼者報酬", "税理士取り分", "当社取り分"],
                            ["給与所得者", "16,500円", "11,000円", "5,500円"],
                            ["年金受給者", "13,200円", "8,800円", "4,400円"],
                            ["個人事業主", "44,000円", "33,000円", "11,000円"],
                            ["相続税申告", "財産額の0.8%", "85%", "15%"]]}])

# 066 — the public fee table to a prospective partner
add("pass", [], [],
    "public fee table and office contact only; no marking, no personal data",
    sender=frm("iwaki"), to=["岸本 俊介 <kishimoto@kishimoto-tax.jp>"],
    subject="Re: 提携のご検討資料",
    body=f"""岸本先生

ご返信ありがとうございます。
ご依頼者向けの料金表（当社Webサイト掲載のもの）もPDFでお付けします。
説明会は4月10日（木）15時から当社日本橋オフィスにて行います。
{sig("iwaki")}""",
    attachments=[{"kind": "pdf", "name": "料金表_2025.pdf",
                  "lines": ["確定申告サポート 料金表（2025年1月改定）", "",
                            "給与所得者　16,500円", "年金受給者　13,200円", "個人事業主　44,000円〜",
                            "相続税申告　330,000円〜", "", "※ 表示価格は税込です。"]}])

# 067 — look-alike of the system vendor: tsubasa-sytem.jp
add("stop", [], ["lookalike_domain"],
    "tsubasa-sytem.jp drops a letter from the partner vendor's tsubasa-system.jp",
    sender="城之内 誠 <m.jonouchi@hinode-sangyo.co.jp>", to=["平松 大地 <hiramatsu@tsubasa-sytem.jp>"],
    subject="ポータル保守契約の更新",
    body="""ツバサシステム株式会社
平松様

いつもお世話になっております。日の出産業 情報システム部の城之内です。
顧客ポータルの保守契約（契約番号 TS-MNT-2201）が4月末で満了となります。
更新のお見積りを3月中旬までにいただけますでしょうか。
SLAの稼働率は現行どおり99.5%で結構です。

--
日の出産業株式会社 情報システム部
城之内 誠
""")

# 068 — the real vendor: release notes, masked IDs in a log excerpt
add("pass", [], [],
    "release note and an error log with masked customer IDs; nothing personal",
    sender="城之内 誠 <m.jonouchi@hinode-sangyo.co.jp>", to=[TSUBASA], cc=[frm("munakata")],
    subject="Re: v2.8.1 リリース後のエラーについて",
    body="""平松様

リリースありがとうございました。城之内です。
本番で次のエラーが1時間に数件出ています。ログの抜粋です（顧客IDはマスクしています）。

2025-03-02T10:14:03+09:00 ERROR upload.handler customer=C25****  file=gensen.pdf size=4.2MB err=timeout
2025-03-02T10:31:47+09:00 ERROR upload.handler customer=C25****  file=iryouhi.jpg size=6.8MB err=timeout
2025-03-02T11:02:19+09:00 ERROR upload.handler customer=C24****  file=scan001.pdf size=5.1MB err=timeout

5MB前後のファイルでタイムアウトしているようです。設定値のご確認をお願いします。

城之内
""")

# 069 — a client's religious affiliation (donations to his church)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a client's religious affiliation (church member, tithes) to the tax accountant",
    sender=frm("onodera"), to=[MINATO],
    subject="寄附金控除の対象か（御手洗様）",
    body=f"""森脇様

お世話になっております。小野寺です。

御手洗 誠一様のご相談で、寄附金控除についてご確認させてください。
御手洗様は「日本福音ルーテル希望教会」の信徒で、毎月の献金のほか、
昨年は会堂修繕のための特別献金として50万円を納められたそうです。

宗教法人への献金は原則として寄附金控除の対象外と理解していますが、
教会が運営する幼稚園（学校法人）への寄附分は対象になり得るとのことで、領収書を確認中です。
{sig("onodera")}""")

# 070 — ふるさと納税 general information to a client on gmail
add("pass", [], ["freemail_recipient"],
    "general information about hometown-tax donations to one private client",
    sender=frm("eto"), to=["ayaka.amamiya@gmail.com"],
    subject="Re: ふるさと納税とワンストップ特例",
    body=f"""雨宮様

お問い合わせありがとうございます。江藤です。

確定申告をされる場合、ワンストップ特例の申請は無効になります。
そのため、ワンストップ特例を申請済みの自治体分も含めて、
すべての寄附を申告書に記載する必要があります。

各自治体の受領証明書、またはポータルサイトの「寄附金控除に関する証明書」を
ご用意ください。
{sig("eto", 1)}""")

# 071 — PPTX case studies with five real clients
_p71 = people(5)
_slides71 = [["事例紹介：副業収入のある給与所得者", "勉強会用（第2回）"]]
for p in _p71:
    age = 2025 - p["dob"].year
    _slides71.append([f"事例：{p['name']} 様（{age}歳）",
                      f"住所：{p['city']}（{p['pref']}）",
                      f"生年月日：{seireki(p['dob'], 'kanji')}",
                      f"連絡先：{p['mobile']}",
                      f"副業収入：{rng.randrange(30, 400)}万円（{rng.choice(['動画編集', 'せどり', '家庭教師', 'ライター', 'デリバリー'])}）",
                      "論点：雑所得か事業所得か"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "study-group slides with five real clients' names, birth dates and phones sent to an outside speaker",
    sender=frm("munakata"), to=["仁科 早苗 <nishina@nishina-kaikei.jp>"],
    subject="勉強会スライド（事例紹介）",
    body=f"""仁科先生

来週の勉強会でご講演いただく件、ありがとうございます。宗像です。
事例紹介のスライドを作成しましたのでお送りします。
内容の補足や修正があればお知らせください。
{sig("munakata")}""",
    attachments=[{"kind": "pptx", "name": "勉強会_事例紹介.pptx", "slides": _slides71}])

# 072 — anonymised case slides to the same speaker
add("pass", [], [],
    "case-study slides with anonymised clients (A様 40代…): no identifiable person",
    sender=frm("munakata"), to=["仁科 早苗 <nishina@nishina-kaikei.jp>"],
    subject="勉強会スライド（匿名化版に差し替え）",
    body=f"""仁科先生

先ほどお送りしたスライドは社内確認前のものでした。大変失礼いたしました。
匿名化した版に差し替えますので、前のファイルは破棄をお願いいたします。
{sig("munakata", 2)}""",
    attachments=[{"kind": "pptx", "name": "勉強会_事例紹介_匿名化.pptx", "slides": [
        ["事例紹介：副業収入のある給与所得者", "勉強会用（第2回）"],
        ["事例A：40代 会社員", "副業：動画編集 年120万円", "論点：帳簿の有無と事業所得該当性"],
        ["事例B：30代 看護師", "副業：ライター 年35万円", "論点：20万円以下ルールと住民税"],
        ["事例C：50代 公務員", "副業：不動産賃貸", "論点：兼業許可と不動産所得"],
        ["まとめ", "令和4年通達改正後の判断基準", "記帳・保存の重要性"]]}])

# 073 — legacy XLS of heirs' bank accounts to the partner bank
_p73 = people(5, y0=1950, y1=1980)
_rows73 = [["相続人", "続柄", "振込先金融機関", "支店", "口座番号", "取得額"]] + [
    [p["name"], rel, p["bank"], p["branch"], p["acct"], yen(rng.randrange(300, 2500) * 10000)]
    for p, rel in zip(_p73, ["妻", "長男", "長女", "二男", "三男"])]
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "legacy XLS with five heirs' names and bank accounts sent to the bank",
    sender=frm("anzai"), to=[MIDORI],
    subject="払戻金の振込先一覧（鷲見様相続）",
    body=f"""岡部様

お世話になっております。安西です。
鷲見様の相続預金の払戻しについて、各相続人の振込先をまとめました。
遺産分割協議書の写しは来店時にご持参いただきます。
{sig("anzai")}""",
    attachments=[{"kind": "xls", "name": "振込先一覧_鷲見様.xls", "sheets": {"振込先": _rows73}}])

# 074 — partner bank and law firm in To: two organisations
add("pass", [], ["multiple_external_domains"],
    "two outside organisations (bank and law firm) for an appointment: allowed",
    sender=frm("anzai"), to=[MIDORI, SHIRAKAWA],
    subject="相続預金の払戻し手続き 来店日程",
    body=f"""みどり銀行 岡部様
白川法律事務所 白川先生

お世話になっております。日の出産業の安西です。
鷲見様案件の払戻し手続きにつきまして、来店日程を以下で調整しております。

　3月21日（金）13:30　みどり銀行 本店営業部 2階相続窓口

相続人代表の方と、白川先生（遺言執行者）にお越しいただく予定です。
ご都合が悪い場合はお知らせください。
{sig("anzai")}""")

# 075 — three tax firms visible in To/Cc
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three outside tax firms can see each other's addresses in To and Cc",
    sender=frm("iwaki"), to=[TAKANASHI], cc=[MINATO, KIRYU],
    subject="提携税理士 連絡会（4/16）のご案内",
    body=f"""提携税理士の先生方

いつも大変お世話になっております。日の出産業の岩城でございます。
今シーズンの振り返りとして、提携税理士連絡会を開催いたします。

　日時：4月16日（水）17:00〜18:30（終了後に懇親会）
　場所：日の出ビル 8階 大会議室

出欠を4月4日までにご返信ください。
{sig("iwaki")}""")

# 076 — the same invitation with the firms in Bcc
add("pass", [], [],
    "the firms are in Bcc and To is the sender's own team address: no one sees the others",
    sender=frm("iwaki"), to=["確定申告サポート室 <kakutei-support@hinode-sangyo.co.jp>"],
    bcc=[TAKANASHI, MINATO, KIRYU, "岸本 俊介 <kishimoto@kishimoto-tax.jp>"],
    subject="【再送】提携税理士 連絡会（4/16）のご案内",
    body=f"""提携税理士の先生方

先ほどのご案内はアドレスが他の先生方に表示される形で送信してしまいました。
大変失礼いたしました。本メールはBccにて再送しております。

　日時：4月16日（水）17:00〜18:30
　場所：日の出ビル 8階 大会議室
{sig("iwaki")}""")

# 077 — English: a client's passport number for the treaty form
_pp77 = f"{rng.choice(['TZ', 'TK', 'MU'])}{_digits(7)}"
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a client's passport number and birth date in an English mail to the foreign CPA",
    sender=frm("munakata"), to=[BRIGHT],
    subject="Treaty relief form - Mr. Sho Kakiuchi",
    body=f"""Hi Emily,

For the US Form 8833 you are preparing for Mr. Sho Kakiuchi, here are the details you asked for:

  Name:            KAKIUCHI SHO
  Date of birth:   14 Sep 1983
  Passport (JPN):  {_pp77}, issued 2021-06-08, expires 2031-06-08
  Japanese address: 3-9-22 Hiyoshi-honcho, Kohoku-ku, Yokohama

He moved back to Japan in August 2024, so he is a dual-status taxpayer for the US year.

Regards,
Tatsuya
{sig("munakata", 3)}""")

# 078 — English general mail about treaty tie-breaker rules
add("pass", [], [],
    "English mail on tax rules with one client named only; no personal data",
    sender=frm("munakata"), to=[BRIGHT],
    subject="Re: Tie-breaker question",
    body=f"""Hi Emily,

Thanks for the question. Under Article 4(3) of the Japan-US treaty the tie-breaker follows the
usual order: permanent home, centre of vital interests, habitual abode, nationality.
In Ms. Lindqvist's case we think the permanent home test already settles it in favour of Japan.

Happy to discuss on our call on Thursday.

Tatsuya
{sig("munakata", 3)}{DISCLAIMER_EN}""")

# 079 — HTML-only: one client's medical receipts with diagnoses
_rows79 = [("2024/01/16", "東和大学病院 腎臓内科", "慢性腎不全（人工透析）", "28,400"),
           ("2024/02/13", "東和大学病院 腎臓内科", "慢性腎不全（人工透析）", "27,900"),
           ("2024/03/05", "さくら台クリニック", "シャント狭窄 PTA", "41,200"),
           ("2024/05/21", "東和大学病院 眼科", "糖尿病網膜症", "12,600"),
           ("2024/07/09", "みなみ薬局", "処方薬", "8,840")]
_tr79 = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td align='right'>{d}</td></tr>" for a, b, c, d in _rows79)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named client's medical receipts with diagnoses (dialysis, retinopathy) in an HTML table to the tax office",
    sender=frm("onodera"), to=[TAKANASHI],
    subject="医療費明細（我妻様）",
    html=f"""<html><body>
<p>高梨先生</p>
<p>お世話になっております。小野寺です。<br>
我妻 稔様の医療費明細を作成しましたのでお送りします（抜粋）。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>日付</th><th>医療機関</th><th>傷病名・内容</th><th>金額（円）</th></tr>
{_tr79}
</table>
<p>透析の通院は送迎サービスを利用されているため、交通費は含めておりません。<br>
身体障害者手帳（1級）もお持ちとのことですので、障害者控除もあわせてご検討ください。</p>
<p>小野寺 朋美<br>日の出産業株式会社 確定申告サポート室</p>
</body></html>""")

# 080 — receipts showing only clinic names (one of them a psychosomatic clinic): either
_rows80 = [("2024/02/03", "駅前メンタルクリニック（心療内科）", "5,230"),
           ("2024/03/02", "駅前メンタルクリニック（心療内科）", "3,410"),
           ("2024/04/11", "たちばな歯科", "42,000"),
           ("2024/06/28", "中央ウィメンズクリニック", "186,500"),
           ("2024/08/17", "のぞみ調剤薬局", "2,960")]
_txt80 = "\n".join(f"  {a}  {b:<26}{c:>9}円" for a, b, c in _rows80)
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one client's receipts list only clinic names, but a psychosomatic and a women's clinic hint at her health",
    sender=frm("eto"), to=[MINATO],
    subject="医療費の集計（乙部様）",
    body=f"""森脇様

お世話になっております。江藤です。
乙部 玲奈様の医療費を集計しました。主なものは以下です。

{_txt80}

合計は 240,100円 です。保険の補填はないとのことです。
{sig("eto")}""")

# 081 — corrupt PDF to a client on gmail
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "the attached PDF is damaged and cannot be read",
    sender=frm("tokano"), to=["domeki.takumi@gmail.com"],
    subject="e-Tax 受信通知の写しをお送りします",
    body=f"""百目鬼様

お世話になっております。日の出産業 確定申告サポート室の戸叶です。
本日、e-Taxでの申告が受け付けられました。受信通知の写しをPDFでお送りします。
大切に保管してください。
{sig("tokano", 1)}""",
    attachments=[{"kind": "corrupt", "name": "受信通知_百目鬼様.pdf"}])

# 082 — an internal memo stamped 【社外秘】 forwarded to a partner in the body
add("stop", [], ["confidential_marking"],
    "forwarded memo carries a 【社外秘】 classification line in the body, sent to an outside firm",
    sender=frm("munakata"), to=[KIRYU],
    subject="FW: 来期の相続案件 受付目標について",
    body=f"""桐生先生

お世話になっております。宗像です。
社内で共有された来期目標の資料です。先生の事務所の体制にも関わるため、ご参考までに転送いたします。

---------- 転送メッセージ ----------
From: 岩城 真理子 <m.iwaki@hinode-sangyo.co.jp>
Date: 2025年3月3日 9:30
Subject: 来期の相続案件 受付目標について
To: 確定申告サポート室 <kakutei-support@hinode-sangyo.co.jp>

【社外秘】

室員各位

来期（2025年度）の相続案件の受付目標を以下のとおりとします。
　・受付件数：年間 120件（前年比 +35%）
　・平均単価：38万円 → 42万円
　・提携税理士への紹介料率の引下げ交渉（15% → 12%）を上期中に実施
提携先への説明は私から行いますので、個別にはお話しにならないようお願いします。

岩城
""")

# 083 — a client's arrest and fine (criminal record) in running text
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named client's arrest and criminal fine described to the tax accountant",
    sender=frm("tokano"), to=[TAKANASHI],
    subject="必要経費の判断について（的場様）",
    body=f"""高梨先生

お世話になっております。戸叶です。

個人事業主の的場 正樹様（運送業）ですが、昨年7月に酒気帯び運転で逮捕され、
略式命令で罰金50万円が確定したとのことです。
ご本人は「仕事中のことなので経費にしたい」とおっしゃっていますが、
罰金は必要経費に算入できない旨を私からもお伝えしています。

あわせて、免許停止期間中（90日）の外注費が増えている点について、
帳簿の確認をお願いできますでしょうか。
{sig("tokano", 2)}""")

# 084 — general answer about fines to a client on gmail
add("pass", [], ["freemail_recipient"],
    "general rule that fines are not deductible, to one private client; nothing about anyone's record",
    sender=frm("tokano"), to=["kenta.kai.office@gmail.com"],
    subject="Re: 駐車違反の反則金は経費になりますか",
    body=f"""甲斐様

お問い合わせありがとうございます。戸叶です。
交通反則金や罰金、延滞税などは、業務に関連して生じたものであっても、
所得税法上、必要経費には算入できません（所得税法第45条）。

なお、コインパーキングの駐車料金など、業務に必要な費用は経費になります。
領収書の保存をお願いいたします。
{sig("tokano", 1)}""")

# 085 — DOCX with the My Numbers of three heirs to the inheritance tax firm
_h85 = people(3, y0=1955, y1=1972)
_t85 = [["相続人", "続柄", "生年月日", "個人番号"]] + [
    [h["name"], rel, wareki(h["dob"]), next_my_number()] for h, rel in zip(_h85, ["妻", "長男", "長女"])]
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "DOCX table with three heirs' My Numbers sent to the outside tax firm",
    sender=frm("anzai"), to=[KIRYU_STAFF],
    subject="相続税申告書 第11表付表用の情報",
    body=f"""矢吹様

お世話になっております。安西です。
申告書に記載する相続人の情報をWordにまとめました。ご査収ください。
{sig("anzai")}""",
    attachments=[{"kind": "docx", "name": "相続人情報_申告書用.docx",
                  "paragraphs": ["相続税申告書 記載用 相続人情報", "被相続人：栗林 敏明（令和6年9月8日 相続開始）"],
                  "tables": [_t85]}])

# 086 — one employee's contact for a meeting (a single person)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one employee's mobile passed for a call-back: a single person's data, may be warned",
    sender=frm("eto"), to=[KAWASAKI_HR],
    subject="Re: 面談の振替について",
    body=f"""新藤様

お世話になっております。江藤です。
2/19に欠席された 早乙女 光太郎様 の件、電話での面談に振り替えることになりました。
ご本人から伺った連絡先で、私から直接お電話いたします。

　早乙女 光太郎様　携帯 080-6604-2187（平日18時以降）

念のため人事部様にも共有いたします。
{sig("eto", 2)}""")

# 087 — look-alike of the company's own domain: hinode-sanngyo.co.jp
add("stop", [], ["lookalike_domain"],
    "hinode-sanngyo.co.jp adds an n to the company's own domain",
    sender=frm("eto"), to=["岩城 真理子 <m.iwaki@hinode-sanngyo.co.jp>"],
    subject="本日の窓口対応の報告",
    body="""岩城さん

お疲れさまです。江藤です。
本日の窓口対応は11件でした。うち2件は相続の初回相談で、安西さんに引き継いでいます。
還付金の入金についての問い合わせが増えてきたので、FAQに追記したいと思います。

江藤
""")

# 088 — internal subdomain recipient with client data
_p88 = people(5)
_lines88 = "\n".join(f"- {p['name']} / {p['mobile']} / {p['email']}" for p in _p88)
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "five clients' contacts to a colleague at mail.hinode-sangyo.co.jp: an internal subdomain",
    sender=frm("onodera"), to=["大阪営業所 確定申告窓口 <kakutei-osaka@mail.hinode-sangyo.co.jp>"],
    subject="関西在住のご依頼者（転居により大阪窓口へ移管）",
    body=f"""大阪窓口 ご担当各位

東京の小野寺です。転居により関西在住となったご依頼者5名を、大阪窓口へ移管します。
ご本人には移管の了承をいただいています。

{_lines88}

書類一式は社内便で明日発送します。

小野寺
""")

# 089 — nine employees of a client company, no name column
_sh89 = [["社員番号", "生年月日", "携帯電話", "郵便番号", "住所", "申告状況"]]
for p in people(9, y0=1960, y1=1995):
    _sh89.append([f"A{rng.randrange(20000, 29999)}", wareki(p["dob"], "kanji"), p["mobile"], p["zip"],
                  p["addr"], rng.choice(["提出済", "未提出", "書類不足"])])
add("stop", ["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "nine employees' birth dates, mobiles and home addresses (no names) in an XLSX to the client company",
    sender=frm("tokano"), to=[AOBA_HR],
    subject="ドライバーの皆様の申告状況",
    body=f"""青葉運輸株式会社 総務部
今泉様

お世話になっております。日の出産業の戸叶です。
医療費控除の申告サポートをご利用のドライバーの皆様の状況をお送りします。
氏名は記載せず、社員番号で管理しております。
「書類不足」の方には、営業所経由でお声がけいただけますと幸いです。
{sig("tokano")}""",
    attachments=[{"kind": "xlsx", "name": "申告状況_青葉運輸.xlsx", "sheets": {"状況": _sh89}}])

# 090 — contract renewal with our registration number (T-number) on the quote
_t90 = "T" + corp_number("010001084417")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "contract renewal quote with the company's own invoice registration number: business data",
    sender=frm("iwaki"), to=[AOBA_HR],
    subject="福利厚生プラン 更新のお見積り",
    body=f"""青葉運輸株式会社 総務部
今泉様

いつもお世話になっております。日の出産業の岩城でございます。
来年度の福利厚生プラン（確定申告サポート）の更新のお見積りをお送りいたします。

　プラン：スタンダード（利用上限 80名）
　年額　：1,320,000円（税込）
　期間　：2025年4月1日〜2026年3月31日
　見積番号：Q-LS-25-0042

適格請求書発行事業者 登録番号：{_t90}
　日の出産業株式会社

ご不明点がございましたらお知らせください。
{sig("iwaki")}""")

# 091 — 転送 of one tax firm's list of five clients to another tax firm
_p91 = people(5)
_l91 = "\n".join(f"{i + 1}. {p['name']}様（{p['tel']}）— {rng.choice(['医療費の領収書', '年金の源泉徴収票', '生命保険料控除証明書', '国保の納付証明'])}未着"
                 for i, p in enumerate(_p91))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forward of one tax office's list of five clients with phones to a different tax firm",
    sender=frm("munakata"), to=[MINATO],
    subject="転送: 書類未着者リスト（高梨事務所より）",
    body=f"""森脇様

宗像です。高梨先生の事務所が繁忙のため、下記5名分を貴事務所に移管させてください。
ご本人には了承済みです。

-------- 転送元のメッセージ --------
差出人: 高梨税理士事務所 <office@takanashi-zeirishi.jp>
送信日時: 2025年3月6日 16:40
宛先: 宗像 達也 <t.munakata@hinode-sangyo.co.jp>
件名: 書類未着者リスト

宗像様
当事務所で未着の方は次の5名です。

{_l91}

高梨税理士事務所 事務局
""")

# 092 — two heirs' contacts to the inheritance tax firm
_h92 = people(2, y0=1958, y1=1970)
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "two heirs' phones and addresses: fewer than five people, may be warned",
    sender=frm("anzai"), to=[KIRYU],
    subject="相続人の連絡先（2名分）",
    body=f"""桐生先生

お世話になっております。安西です。
遠方にお住まいの相続人2名の連絡先をお伝えします。
書類は先生の事務所から直接郵送いただけますでしょうか。

　{_h92[0]['name']}様　{_h92[0]['mobile']}　{_h92[0]['addr']}
　{_h92[1]['name']}様　{_h92[1]['tel']}　{_h92[1]['addr']}
{sig("anzai")}""")

# 093 — 部外秘 only in the XLSX page header (price revision plan) to the printer
add("stop", [], ["confidential_marking"],
    "the attached spreadsheet carries a 部外秘 page header; the mail itself looks harmless",
    sender=frm("iwaki"), to=[NISHIKI],
    subject="来期チラシの料金表データ",
    body=f"""大庭様

お世話になっております。岩城です。
来期チラシに掲載する料金表のデータを添付します。
レイアウトの叩き台を作っていただけますでしょうか。
{sig("iwaki")}""",
    attachments=[{"kind": "xlsx", "name": "料金改定案_2026.xlsx", "page_header": "部外秘",
                  "sheets": {"料金改定案": [["区分", "現行", "改定案", "改定率"],
                                        ["給与所得者", 16500, 18700, "13%"],
                                        ["年金受給者", 13200, 14300, "8%"],
                                        ["個人事業主", 44000, 49500, "13%"],
                                        ["相続税申告（最低額）", 330000, 385000, "17%"]]}}])

# 094 — five names with a filing status only: either
_p94 = people(5)
_l94 = "\n".join(f"　{p['name']}様　… {s}" for p, s in zip(_p94, ["入力済", "入力済", "差戻し", "入力中", "未着手"]))
add("either", ["PERSON_NAME"], ["personal_data"],
    "five clients' names with only a data-entry status: a list of people, but hardly any data about them",
    sender=frm("onodera"), to=[ALPHA],
    subject="第4回分の進捗確認",
    body=f"""杉浦様

お世話になっております。小野寺です。
第4回分の進捗を当方で把握している範囲でまとめました。相違があればご指摘ください。

{_l94}

差戻しの1件は、源泉徴収票の画像が不鮮明だったものです。再送いたします。
{sig("onodera", 2)}""")

# 095 — look-alike of a partner (aoba-unyu.com) with three employees' data
_p95 = people(3)
_l95 = "\n".join(f"　{p['name']}　{p['mobile']}　{seireki(p['dob'])}" for p in _p95)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], ["lookalike_domain", "personal_data"],
    "aoba-unyu.com is a TLD swap of the partner aoba-unyu.co.jp; the mail carries three employees' data",
    sender=frm("tokano"), to=["今泉 剛 <imaizumi@aoba-unyu.com>"],
    subject="面談の日程（3名分）",
    body=f"""今泉様

お世話になっております。戸叶です。
電話面談を希望された3名の方の日程を調整したいと思います。

{_l95}

各営業所の点呼時間を避けてお電話したいので、避けるべき時間帯を教えていただけますか。
{sig("tokano", 2)}""")

# 096 — English mail to an expat client on outlook.com about his own address
add("pass", ["PERSON_NAME", "JP_ADDRESS"], ["freemail_recipient", "personal_data"],
    "the client's own address confirmed to him alone; one person",
    sender=frm("munakata"), to=["Daniel Carter <dan.carter86@outlook.com>"],
    subject="Your 2024 return - address check",
    body=f"""Dear Mr. Carter,

Thank you for sending the documents. Before we file your return, could you confirm that the
address below is your address as of January 1, 2025? It determines which municipality will
assess your resident tax.

  2-11-5-403 Kosugi-machi, Nakahara-ku, Kawasaki, Kanagawa 211-0063
  (神奈川県川崎市中原区小杉町2-11-5-403)

If you moved during 2024, please let us know the date of the move.

Kind regards,
{sig("munakata", 3)}""")

# 097 — ZIP of five memo files, one client each
_files97 = []
for p in people(5):
    _files97.append({"kind": "txt", "name": f"面談メモ_{p['sei']}.txt", "encoding": "utf-8",
                     "text": f"""面談メモ
氏名：{p['name']}（{p['kana']}）
生年月日：{wareki(p['dob'])}
住所：{p['addr']}
電話：{p['mobile']}
内容：{rng.choice(['副業（アフィリエイト）の所得区分', '株式の損益通算と繰越控除', '住宅ローン控除 初年度', '医療費控除とセルフメディケーション税制の選択', '不動産所得（区分マンション1室）'])}
次回：書類到着後に連絡
"""})
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "ZIP of five memo files, one client each (name, birth date, address, phone): five records in total",
    sender=frm("eto"), to=["仁科 早苗 <nishina@nishina-kaikei.jp>"],
    subject="引継ぎ分の面談メモ",
    body=f"""仁科先生

お世話になっております。江藤です。
今期から先生にお願いする5件の面談メモをまとめてお送りします。
ご不明点があればご連絡ください。
{sig("eto")}""",
    attachments=[{"kind": "zip", "name": "mendan_memo.zip", "files": _files97}])

# 098 — forward of a client's own mail about her depression and sick leave to the tax office
_c98 = person(sex="F", y0=1985, y1=1992, place=2)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"], ["personal_data"],
    "forwarded mail in which a named client describes her depression and sick leave, sent to the tax accountant",
    sender=frm("onodera"), to=[TAKANASHI],
    subject="Fw: 今年の申告について（ご相談）",
    body=f"""高梨先生

小野寺です。下記のご相談を先生にもご確認いただきたく、転送いたします。

----- Forwarded Message -----
From: {_c98['name']} <{_c98['email']}>
To: kakutei-support@hinode-sangyo.co.jp
Date: 2025年2月17日 22:48
Subject: 今年の申告について（ご相談）

いつもお世話になっております。{_c98['name']}です。
実は昨年5月からうつ病と適応障害の診断を受けて休職しており、
傷病手当金をいただきながら心療内科に通っています。
12月に退職したので、年末調整を受けていません。
通院費や薬代はどれくらい戻ってくるのでしょうか。
電話だとうまく話せないことがあるので、メールでやりとりさせていただけると助かります。
""")

# 099 — a married couple on two free-mail addresses plus the tax accountant: either
add("either", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "husband, wife (each on free mail) and the tax office in To: three parties, but the couple share a household",
    sender=frm("onodera"),
    to=["nobuyuki.hasebe@gmail.com", "hasebe_mei_0712@yahoo.co.jp", TAKANASHI],
    subject="共有名義の不動産所得について（長谷部様ご夫妻）",
    body=f"""長谷部 伸之様
長谷部 芽衣様
高梨先生

お世話になっております。日の出産業 確定申告サポート室の小野寺です。

ご夫妻共有の賃貸マンションについて、持分（各1/2）に応じてそれぞれ申告が必要です。
修繕費と減価償却費の按分について、高梨先生からご説明いただく時間を設けたいと存じます。
3月第1週で、ご夫妻そろってご都合のよい日時をお知らせください。
{sig("onodera", 1)}""")

# 100 — PDF of a sole proprietor's payment records for seven individual contractors
_p100 = people(7, y0=1970, y1=1998)
_t100 = [["支払を受ける者", "住所", "区分", "支払金額", "源泉徴収税額"]] + [
    [p["name"], p["addr"], rng.choice(["原稿料", "デザイン料", "講演料", "撮影料"]),
     yen(v := rng.randrange(12, 180) * 10000), yen(int(v * 0.1021))] for p in _p100]
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "PDF table of seven individual contractors' names, addresses and fees (支払調書) to the tax firm",
    sender=frm("munakata"), to=[MINATO],
    subject="支払調書の写し（鰐淵デザイン事務所 様分）",
    body=f"""森脇様

お世話になっております。宗像です。
個人事業主の鰐淵様（デザイン事務所）から、外注先への支払調書の写しをお預かりしました。
支払調書合計表との突合をお願いいたします。
{sig("munakata")}""",
    attachments=[{"kind": "pdf", "name": "支払調書一覧_2024.pdf", "title": "報酬、料金等の支払調書 一覧",
                  "lines": ["令和6年分 報酬、料金、契約金及び賞金の支払調書 一覧", "支払者：鰐淵デザイン事務所", ""],
                  "table": _t100}])


# -- charsets as Japanese mail clients send them ---------------------------------------
_ISO = {2, 6, 8, 10, 14, 21, 24, 33, 39, 43, 47, 52, 56, 62, 64, 74, 83, 87, 92, 99}
_SJIS = {1, 11, 26, 38, 45, 61, 91, 94}
for _m in MESSAGES:
    _n = int(_m["id"].rsplit("-", 1)[1])
    if _n in _ISO:
        _m["charset"] = "iso-2022-jp"
    elif _n in _SJIS:
        _m["charset"] = "cp932"
