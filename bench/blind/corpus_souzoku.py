"""Blind evaluation corpus — area: souzoku (相続手続 BPO).

The mail of 日の出産業株式会社 BPOサービス事業部 相続事務センター, which runs the
inheritance-procedures back office of みどり銀行 as a BPO: deceased customers' accounts,
heirs and family registers (戸籍), death certificates, wills, judicial scriveners
(司法書士) and tax accountants (税理士), securities firms, insurance payouts.

Every person, address, telephone number, account, My Number, card number, licence,
passport, pension and insurance number in this file is invented; the organisations other
than those named in BRIEF.md are fictional too.  My Numbers and card numbers come from
build.my_number / build.card_number with n counting up from SEED.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import itertools
import random

from build import card_number, my_number

SEED = 14801
rng = random.Random(SEED)
_serial = itertools.count(SEED)


def next_mn() -> str:
    return my_number(next(_serial))


def next_card() -> str:
    return card_number(next(_serial))


def mn_fmt(s: str, style: int = 0) -> str:
    if style == 1:
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if style == 2:
        return f"{s[:4]}-{s[4:8]}-{s[8:]}"
    return s


def card_fmt(s: str, sep: str = "-") -> str:
    return sep.join(s[i:i + 4] for i in range(0, 16, 4))


_ZEN = str.maketrans("0123456789-./:() ", "０１２３４５６７８９－．／：（）　")


def zen(s: str) -> str:
    """ASCII digits and separators to full-width."""
    return s.translate(_ZEN)


def corp_no(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for i, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


_ERAS = [((2019, 5, 1), "令和", "R"), ((1989, 1, 8), "平成", "H"),
         ((1926, 12, 25), "昭和", "S"), ((1912, 7, 30), "大正", "T")]


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    for start, name, abbr in _ERAS:
        if (y, m, d) >= start:
            ey = y - start[0] + 1
            break
    if style == "kanji":
        return f"{name}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == "kanji_zen":
        return zen(f"{name}{ey}年{m}月{d}日").replace("　", "")
    if style == "abbr":
        return f"{abbr}{ey}.{m}.{d}"
    if style == "abbr_zen":
        return zen(f"{abbr}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ").replace("T", "Ｔ")
    if style == "slash":
        return f"{name}{ey:02d}/{m:02d}/{d:02d}"
    raise ValueError(style)


def seireki(y: int, m: int, d: int, style: str = "slash") -> str:
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "kanji":
        return f"{y}年{m}月{d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "en":
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                  "Nov", "Dec"]
        return f"{d} {months[m - 1]} {y}"
    raise ValueError(style)


def rdate(y0: int, y1: int) -> tuple[int, int, int]:
    return (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def mobile() -> str:
    return f"0{rng.choice('987')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def landline(area: str) -> str:
    rest = 10 - len(area.replace("-", ""))
    local = str(rng.randrange(10 ** (rest - 1), 10 ** rest))
    mid = len(local) - 4
    return f"{area}-{local[:mid]}-{local[mid:]}"


def acct() -> str:
    return f"{rng.randrange(1000000, 10000000)}"


def postal(prefix: str) -> str:
    return f"{prefix}-{rng.randrange(10000):04d}"


PLACES = [  # (postal prefix, place, area code)
    ("156", "東京都世田谷区桜丘", "03"), ("225", "神奈川県横浜市青葉区美しが丘", "045"),
    ("330", "埼玉県さいたま市浦和区常盤", "048"), ("273", "千葉県船橋市本町", "047"),
    ("561", "大阪府豊中市曽根東町", "06"), ("663", "兵庫県西宮市甲子園口", "0798"),
    ("466", "愛知県名古屋市昭和区八事本町", "052"), ("814", "福岡県福岡市早良区西新", "092"),
    ("064", "北海道札幌市中央区南十条西", "011"), ("980", "宮城県仙台市青葉区上杉", "022"),
    ("430", "静岡県浜松市中央区佐藤", "053"), ("734", "広島県広島市南区宇品海岸", "082"),
    ("606", "京都府京都市左京区下鴨", "075"), ("390", "長野県松本市大手", "0263"),
    ("951", "新潟県新潟市中央区西大畑町", "025"), ("362", "埼玉県上尾市柏座", "048"),
    ("187", "東京都小平市花小金井", "042"), ("252", "神奈川県相模原市南区相模大野", "042"),
    ("300", "茨城県土浦市桜町", "029"), ("320", "栃木県宇都宮市今泉", "028"),
]


def address(style: str = "full", place: tuple[str, str, str] | None = None) -> str:
    pre, where, _ = place or rng.choice(PLACES)
    c, b, g = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 19)
    if style == "full":
        return f"〒{postal(pre)} {where}{c}丁目{b}番{g}号"
    if style == "hyphen":
        return f"{where}{c}-{b}-{g}"
    if style == "zen":
        return f"{where}{zen(f'{c}-{b}-{g}')}"
    raise ValueError(style)


SURNAMES = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
            ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("山本", "ヤマモト", "Yamamoto"),
            ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
            ("吉田", "ヨシダ", "Yoshida"), ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"),
            ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
            ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
            ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
            ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
            ("東海林", "ショウジ", "Shoji"), ("薬袋", "ミナイ", "Minai"), ("百目鬼", "ドウメキ", "Domeki"),
            ("栗花落", "ツユリ", "Tsuyuri"), ("九十九", "ツクモ", "Tsukumo"), ("鬼頭", "キトウ", "Kito"),
            ("雲母", "キララ", "Kirara"), ("服部", "ハットリ", "Hattori"), ("五百旗頭", "イオキベ", "Iokibe"),
            ("四十物", "アイモノ", "Aimono"), ("宍戸", "シシド", "Shishido"), ("乙部", "オトベ", "Otobe")]
MALE = [("正雄", "マサオ", "Masao"), ("健太", "ケンタ", "Kenta"), ("誠", "マコト", "Makoto"),
        ("浩二", "コウジ", "Koji"), ("隆", "タカシ", "Takashi"), ("大輔", "ダイスケ", "Daisuke"),
        ("翔太", "ショウタ", "Shota"), ("勝利", "カツトシ", "Katsutoshi"), ("茂", "シゲル", "Shigeru"),
        ("義男", "ヨシオ", "Yoshio"), ("拓海", "タクミ", "Takumi"), ("康弘", "ヤスヒロ", "Yasuhiro"),
        ("善治", "ゼンジ", "Zenji"), ("悠真", "ユウマ", "Yuma"), ("秀樹", "ヒデキ", "Hideki")]
FEMALE = [("和子", "カズコ", "Kazuko"), ("幸子", "サチコ", "Sachiko"), ("恵美", "エミ", "Emi"),
          ("陽子", "ヨウコ", "Yoko"), ("由美子", "ユミコ", "Yumiko"), ("美咲", "ミサキ", "Misaki"),
          ("千尋", "チヒロ", "Chihiro"), ("直美", "ナオミ", "Naomi"), ("久美子", "クミコ", "Kumiko"),
          ("静江", "シズエ", "Shizue"), ("トメ", "トメ", "Tome"), ("彩", "アヤ", "Aya"),
          ("真由美", "マユミ", "Mayumi"), ("綾乃", "アヤノ", "Ayano"), ("のぞみ", "ノゾミ", "Nozomi")]


def person(sex: str | None = None, surname: tuple[str, str, str] | None = None,
           years: tuple[int, int] = (1945, 1995)) -> dict:
    sn = surname or rng.choice(SURNAMES)
    sex = sex or rng.choice("MF")
    gn = rng.choice(MALE if sex == "M" else FEMALE)
    place = rng.choice(PLACES)
    return {
        "sei": sn[0], "mei": gn[0], "name": f"{sn[0]} {gn[0]}", "name_nospace": sn[0] + gn[0],
        "kana": f"{sn[1]} {gn[1]}", "romaji": f"{gn[2]} {sn[2].upper()}",
        "romaji_jp": f"{sn[2].upper()} {gn[2]}", "sex": sex, "sn": sn,
        "dob": rdate(*years), "addr": address("full", place), "addr_h": address("hyphen", place),
        "tel": mobile(), "home": landline(place[2]),
    }


def family(n_heirs: int, dead_sex: str = "M") -> tuple[dict, list[tuple[str, dict]]]:
    """A deceased and n heirs: the spouse, then the children in order of birth
    (daughters often carry a married surname)."""
    sn = rng.choice(SURNAMES)
    dead = person(dead_sex, sn, (1930, 1952))
    y = dead["dob"][0]
    spouse = person("F" if dead_sex == "M" else "M", sn, (y - 4, y + 3))
    base = min(y, spouse["dob"][0])
    used = {dead["mei"], spouse["mei"]}
    kids: list[dict] = []
    for _ in range(n_heirs - 1):
        sex = rng.choice("MF")
        while True:
            kid = person(sex, sn if sex == "M" or rng.random() < 0.3 else None, (base + 22, base + 40))
            if kid["mei"] not in used:
                break
        used.add(kid["mei"])
        kids.append(kid)
    kids.sort(key=lambda p: p["dob"])
    for prev, kid in zip(kids, kids[1:]):  # siblings at least a year apart
        if kid["dob"][0] <= prev["dob"][0]:
            kid["dob"] = (prev["dob"][0] + 1, kid["dob"][1], kid["dob"][2])
    heirs: list[tuple[str, dict]] = [("妻" if dead_sex == "M" else "夫", spouse)]
    sons, daughters = ["長男", "二男", "三男", "四男", "五男"], ["長女", "二女", "三女", "四女", "五女"]
    for kid in kids:
        heirs.append((sons.pop(0) if kid["sex"] == "M" else daughters.pop(0), kid))
    return dead, heirs


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count two)."""
    w = sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)
    return s + " " * max(width - w, 0)


# -- the organisation ---------------------------------------------------------------------

HQ = "hinode-sangyo.co.jp"
BANK = "midori-ginko.co.jp"
LAW = "shirakawa-law.jp"
PRINT = "nishiki-insatsu.co.jp"
UNYU = "aoba-unyu.co.jp"
SYS = "tsubasa-system.jp"
HOTEL = "sakura-hotel.jp"
SHIHO1 = "kanae-shiho.jp"            # 司法書士法人かなえ総合事務所
SHIHO2 = "katagiri-shihoshoshi.com"  # 片桐司法書士事務所
TAX1 = "hikari-tax.jp"               # 税理士法人ひかり会計
TAX2 = "kubota-kaikei.jp"            # 久保田会計事務所
SEC = "minato-sec.co.jp"             # みなと証券
FSEC = "harborline-sec.com"          # Harborline Securities (Singapore)
LIFE = "yamabiko-life.co.jp"         # やまびこ生命保険
CARD = "himawari-card.co.jp"         # ひまわりカード
TRUST = "tohto-trust.co.jp"          # 東都信託銀行
SR = "nozomi-sr.jp"                  # のぞみ社会保険労務士法人
SOUSAI = "seiryo-sousai.co.jp"       # 清涼葬祭
CITY = "city.aonami.lg.jp"           # 青波市役所
STORE = "keystone-bunsho.co.jp"      # キーストーン文書管理

SIG_OKABE = """
--------------------------------------------------
日の出産業株式会社 BPOサービス事業部
相続事務センター（みどり銀行様 相続手続受託業務）
岡部 真理子（おかべ まりこ）
〒330-0854 埼玉県さいたま市大宮区桜木町9-8-7 日の出大宮ビル5F
TEL: 048-788-1200（代表） 内線 5213 / FAX: 048-788-1299
Mail: okabe.mariko@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_MIZUNO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　日の出産業株式会社
　BPOサービス事業部　相続事務センター　第二グループ
　水野　拓也
　TEL 048-788-1200（代表）　直通 048-788-1231
　t-mizuno@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MIYAGI = """
━━━━━━━━━━━━━━━━━━━━
宮城 彩香 / Ayaka Miyagi
日の出産業株式会社 相続事務センター 審査チーム
〒330-0854 さいたま市大宮区桜木町9-8-7 日の出大宮ビル5F
TEL 048-788-1244  FAX 048-788-1299
━━━━━━━━━━━━━━━━━━━━"""

SIG_SUNAGAWA = """
--
砂川 健吾
日の出産業(株) BPOサービス事業部 相続事務センター 事務統括
直通 048-788-1207 / 携帯(会社貸与) 080-4471-0932
sunagawa.kengo@hinode-sangyo.co.jp"""

SIG_SAIONJI = """
■□■□■□■□■□■□■□■□■□
日の出産業株式会社
相続事務センター 証券・保険チーム
西園寺 遥（Haruka Saionji）
TEL：048-788-1262
Email：h.saionji@hinode-sangyo.co.jp
■□■□■□■□■□■□■□■□■□"""

SIG_LIM = """
Best regards,

Lim Wei Ling
International Desk, Inheritance Processing Center
Hinode Sangyo Co., Ltd. (BPO Services Division)
9-8-7 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
Tel: +81-48-788-1270
wl.lim@hinode-sangyo.co.jp"""

SIG_IMAI = """
----------------------------------------
今井 慎一郎
日の出産業株式会社 相続事務センター 品質管理課 課長
TEL 048-788-1200（内線 5290）
s-imai@hinode-sangyo.co.jp
----------------------------------------"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。本メールの宛先に心当たりのない方は、
誠に恐れ入りますが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee(s). If you are not the intended recipient, please notify the
sender immediately and delete this e-mail. Any unauthorised use or disclosure is prohibited."""

OKABE = "岡部 真理子 <okabe.mariko@hinode-sangyo.co.jp>"
MIZUNO = "水野 拓也 <t-mizuno@hinode-sangyo.co.jp>"
MIYAGI = "宮城 彩香 <miyagi.ayaka@hinode-sangyo.co.jp>"
SUNAGAWA = "砂川 健吾 <sunagawa.kengo@hinode-sangyo.co.jp>"
SAIONJI = "西園寺 遥 <h.saionji@hinode-sangyo.co.jp>"
LIM = "Lim Wei Ling <wl.lim@hinode-sangyo.co.jp>"
IMAI = "今井 慎一郎 <s-imai@hinode-sangyo.co.jp>"
CENTER = "相続事務センター <souzoku-center@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(expect: str, **spec) -> None:
    spec = {"id": f"souzoku-{len(MESSAGES) + 1:03d}", "expect": expect, **spec}
    if spec.get("charset") == "iso-2022-jp":  # as mailers do: FULLWIDTH TILDE -> WAVE DASH
        for key in ("subject", "body", "html"):
            if spec.get(key):
                spec[key] = spec[key].replace("～", "〜")
    spec.setdefault("cc", [])
    spec.setdefault("bcc", [])
    spec.setdefault("attachments", [])
    spec.setdefault("entities", [])
    spec.setdefault("detectors", [])
    MESSAGES.append(spec)

# -- 001-010 ----------------------------------------------------------------------------

_h001 = [("勅使河原 トメ", "妻", wareki(1939, 2, 9), "埼玉県上尾市柏座3丁目14番2号"),
         ("勅使河原 善治", "長男", wareki(1963, 10, 30), "埼玉県上尾市柏座3丁目14番2号"),
         ("宍戸 久美子", "長女", wareki(1965, 5, 17), "東京都小平市花小金井5丁目2番11号"),
         ("勅使河原 悠真", "孫（代襲）", wareki(1995, 8, 1), "神奈川県相模原市南区相模大野2-7-3-402"),
         ("勅使河原 のぞみ", "孫（代襲）", wareki(1998, 12, 24), "神奈川県相模原市南区相模大野2-7-3-402"),
         ("乙部 幸子", "三女", wareki(1970, 3, 3), "茨城県土浦市桜町1丁目9番20号")]
_t001 = pad("氏名", 18) + pad("続柄", 12) + pad("生年月日", 20) + "住所\n" + "-" * 96 + "\n" + \
    "\n".join(pad(n, 18) + pad(r, 12) + pad(d, 20) + a for n, r, d, a in _h001)

add("stop",
    sender=OKABE,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>"],
    subject="【みどり銀行 上尾支店】勅使河原様 相続人の確認について（SZ-2026-04417）",
    charset="iso-2022-jp",
    body=f"""司法書士法人かなえ総合事務所
司法書士 小野寺 様

いつも大変お世話になっております。
みどり銀行 相続事務センターの岡部でございます。

標記の件、上尾支店受付分（受付番号 SZ-2026-04417）につきまして、
ご提出いただいた戸籍謄本一式から相続人を下記のとおり整理いたしました。
法定相続情報一覧図の作成にあたり、齟齬がないかご確認をお願いいたします。

被相続人：勅使河原 正雄（{wareki(1936, 7, 20)}生　令和8年3月2日死亡）
最後の住所：埼玉県上尾市柏座3丁目14番2号

{_t001}

※二男 勅使河原 浩二 様は平成29年に死亡されているため、その子2名が代襲相続人となります。
※二女は幼少時に死亡（除籍謄本にて確認済）のため相続人に含まれません。

戸籍原本は本日レターパックプラスにて返送いたしました。
お手数をおかけしますが、何卒よろしくお願いいたします。
{SIG_OKABE}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Six heirs with 和暦 birth dates and addresses in a space-padded table to a scrivener: a list of people.")

add("pass",
    sender=MIZUNO,
    to=["kumiko.tsukumo1968@gmail.com"],
    subject="相続手続きに必要な書類のご案内（みどり銀行 相続事務センター）",
    charset="iso-2022-jp",
    body=f"""九十九 久美子 様

この度はご愁傷様でございます。心よりお悔やみ申し上げます。
みどり銀行 相続事務センターの水野と申します。
先日はお電話をいただき、ありがとうございました。

故 九十九 茂 様のお手続きに必要な書類を、あらためてご案内いたします。

【ご準備いただく書類】
・相続手続依頼書（当行所定、相続人全員のご署名・ご実印）
・被相続人様の出生から死亡までの連続した戸籍謄本（除籍・改製原戸籍を含む）
・相続人全員の現在の戸籍謄本（または法定相続情報一覧図の写し）
・相続人全員の印鑑登録証明書（発行後6か月以内）
・通帳・キャッシュカード（お手元にある場合）
・遺言書または遺産分割協議書（ある場合）

【ご提出先】
〒330-0854 埼玉県さいたま市大宮区桜木町9-8-7 日の出大宮ビル5F
みどり銀行 相続事務センター 宛（同封の返信用封筒をご利用ください）

ご不明な点がございましたら、受付番号「SZ-2026-05233」をお伝えのうえ
フリーダイヤル 0120-371-404（平日9時～17時）までお問い合わせください。
{SIG_MIZUNO}
""",
    detectors=["freemail_recipient"],
    note="A checklist of documents to one heir on gmail; the deceased is only named: ordinary mail to one free-mail recipient.")

_mn003 = next_mn()
add("stop",
    sender=MIYAGI,
    to=["久保 税理士 <kubo@hikari-tax.jp>"],
    subject="Re: 御手洗様 相続税申告に関する確認事項",
    charset="cp932",
    body=f"""税理士法人ひかり会計
久保 様

お世話になっております。相続事務センターの宮城です。
ご依頼の件、相続人様より回答をいただきましたのでお知らせいたします。

長女の御手洗 千尋様の個人番号は {mn_fmt(_mn003, 1)} とのことです。
（番号確認書類として通知カードの写しを受領済みです）
二男の御手洗 康弘様分は、来週中にご提出いただける見込みです。

残高証明書は発行手続き中で、今月25日頃の発送予定です。
引き続きよろしくお願いいたします。
{SIG_MIYAGI}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="One heir's My Number in a sentence to a tax accountant: any My Number stops.")

_st004 = [("本店営業部", 38, 31, 6, 12.4), ("大宮駅前支店", 27, 22, 4, 14.1),
          ("上尾支店", 19, 17, 2, 11.8), ("浦和常盤支店", 22, 15, 7, 18.9),
          ("川越支店", 14, 14, 1, 10.2), ("春日部支店", 11, 9, 3, 16.5),
          ("所沢支店", 17, 12, 5, 19.7), ("越谷支店", 9, 8, 0, 9.6)]
_t004 = "支店名              新規受付   完了   書類不備   平均処理日数\n" + \
    "------------------  --------  -----  --------  ------------\n" + \
    "\n".join(f"{pad(b, 18)}  {n:>8}  {c:>5}  {x:>8}  {d:>12.1f}" for b, n, c, x, d in _st004)

add("pass",
    sender=SUNAGAWA,
    to=["相続業務管理室 <souzoku-kanri@midori-ginko.co.jp>"],
    subject="【速報】10月度 相続手続受付・完了件数",
    charset="utf-8",
    body=f"""みどり銀行 事務統括部 相続業務管理室 御中

いつもお世話になっております。日の出産業の砂川です。
10月度の受付・完了件数（速報値）をお送りします。確定値は第3営業日にご報告いたします。

{_t004}

・書類不備の内訳は、印鑑証明書の期限切れ（9件）、戸籍の不足（12件）、
  遺産分割協議書の署名漏れ（7件）です。
・所沢支店分の処理日数が延びているのは、大口案件（証券移管を含む）2件によるものです。

以上、よろしくお願いいたします。
{SIG_SUNAGAWA}
""",
    note="Per-branch counts to the client bank: figures about branches, no person's data.")

add("stop",
    sender=OKABE,
    to=["宍戸 善治 <zenji.shishido@gmail.com>", "乙部 由美子 <yumiko-otobe@yahoo.co.jp>",
        "shishido.koji@icloud.com"],
    subject="遺産分割協議書（案）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""宍戸 善治 様
乙部 由美子 様
宍戸 浩二 様

いつもお世話になっております。みどり銀行 相続事務センターの岡部です。

故 宍戸 静江 様のご預金のお手続きにつきまして、
皆様で合意された内容をもとに、当行所定の遺産分割協議書（案）を作成いたしました。
お手数ですが、内容をご確認のうえ、修正点があれば今月末までにご返信ください。

ご確認いただいた後、正本を郵送いたしますので、
ご署名・ご実印の押印と印鑑登録証明書の同封をお願いいたします。

ご不明な点は、お気軽にお問い合わせください。
{SIG_OKABE}
""",
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="Three private heirs on free mail openly in To: three external parties see each other's addresses, should have been Bcc.")

_f006 = [("鈴木 義男", "ｽｽﾞｷ ﾖｼｵ", seireki(1958, 4, 11), next_mn(), "東京都世田谷区桜丘4-11-2"),
         ("鈴木 恵美", "ｽｽﾞｷ ｴﾐ", seireki(1961, 9, 3), next_mn(), "東京都世田谷区桜丘4-11-2"),
         ("木村 綾乃", "ｷﾑﾗ ｱﾔﾉ", seireki(1987, 1, 27), next_mn(), "千葉県船橋市本町2-3-18"),
         ("鈴木 拓海", "ｽｽﾞｷ ﾀｸﾐ", seireki(1990, 6, 14), next_mn(), "神奈川県横浜市青葉区美しが丘1-8-5"),
         ("鈴木 翔太", "ｽｽﾞｷ ｼｮｳﾀ", seireki(1993, 11, 8), next_mn(), "東京都小平市花小金井2-20-1")]
_t006 = "氏名\tフリガナ\t生年月日\t個人番号\t住所\n" + "\n".join("\t".join(r) for r in _f006)

add("pass",
    sender=SAIONJI,
    to=["証券移管チーム <sz-shoken@hinode-sangyo.co.jp>"],
    cc=["水野 拓也 <t-mizuno@mail.hinode-sangyo.co.jp>"],
    subject="【入力依頼】鈴木義男様案件 相続人情報（みなと証券 移管用）",
    charset="utf-8",
    body=f"""証券移管チーム各位

お疲れさまです。西園寺です。
SZ-2026-04980（故 鈴木 正雄 様）の相続人情報です。
みなと証券の「相続人口座開設・移管依頼書」への転記をお願いします。
（Excelに貼り付けられるようタブ区切りにしています）

{_t006}

※個人番号は番号確認書類の写しと突合済みです。
※作業後、このメールは個人番号取扱いルールに従い削除してください。

西園寺
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    note="Heirs' My Numbers in a tab-separated list, but every recipient is internal (incl. a subdomain): may go.")

add("stop",
    sender=MIZUNO,
    to=["大宮駅前支店 相続窓口 <omiya-ekimae@midori-ginkou.co.jp>"],
    subject="書類返送のご連絡（受付番号 SZ-2026-05102）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 大宮駅前支店
相続窓口 ご担当者様

お世話になっております。相続事務センターの水野です。

受付番号 SZ-2026-05102 の案件につき、審査が完了いたしましたので
お預かりしていた書類一式を本日、社内便にて返送いたしました。
（社内便番号：B-1128-0457）

到着後、受領のご連絡をいただけますと幸いです。
よろしくお願いいたします。
{SIG_MIZUNO}
""",
    detectors=["lookalike_domain"],
    note="Harmless content, but midori-ginkou.co.jp is a one-letter look-alike of the partner bank midori-ginko.co.jp.")

_a008a, _a008b = acct(), acct()
add("pass",
    sender=MIYAGI,
    to=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    subject="東海林様 ご預金の内容について（ご照会への回答）",
    charset="cp932",
    body=f"""片桐司法書士事務所
片桐 先生

お世話になっております。みどり銀行 相続事務センターの宮城でございます。
9月18日付でご照会いただきました件につき、下記のとおり回答いたします。

■被相続人
　氏名　　　：東海林 勝利（ショウジ カツトシ）
　生年月日　：{wareki(1941, 1, 15)}
　死亡日　　：令和8年8月30日
　最後の住所：長野県松本市大手3丁目5番12号

■当行のお取引
　松本支店　普通預金　口座番号 {_a008a}
　松本支店　定期預金　口座番号 {_a008b}（自動継続）
　※貸金庫・投資信託のお取引はございません。

残高証明書は相続人代表者様宛に別途郵送いたします。
以上、よろしくお願いいたします。
{SIG_MIYAGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="One deceased customer's accounts and details to the scrivener handling the estate: one person's record, may be warned.")

_pol009 = f"{rng.randrange(10**9, 10**10)}"
add("stop",
    sender=SAIONJI,
    to=["保険金部 請求受付 <shiharai-uketsuke@yamabiko-life.co.jp>"],
    subject="死亡保険金 請求書類の送付について（証券番号 " + _pol009 + "）",
    charset="iso-2022-jp",
    body=f"""やまびこ生命保険株式会社
保険金部 ご担当者様

いつもお世話になっております。
みどり銀行 相続事務センター（日の出産業）の西園寺です。

みどり銀行の窓口販売分につき、下記のとおり死亡保険金の請求書類を送付いたします。

　証券番号　　：{_pol009}
　被保険者　　：百目鬼 秀樹 様（{wareki(1952, 6, 21)}生）
　死亡日　　　：令和8年9月4日
　死亡診断書の記載：直接の死因 急性骨髄性白血病（発病から死亡まで約1年2か月）
　　　　　　　　　　入院先 青波市立総合病院 血液内科
　受取人　　　：百目鬼 陽子 様（妻）

告知義務との関係でご確認が必要な場合は、ご連絡ください。
原本は本日簡易書留にて発送しております。
{SIG_SAIONJI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named insured's cause of death and illness from the death certificate: 要配慮個人情報 of one person.")

add("pass",
    sender=OKABE,
    to=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    subject="Re: 相続人一覧の送付（薬袋様）",
    charset="iso-2022-jp",
    body="""片桐先生

ご送付ありがとうございます。岡部です。
いただいた一覧と当方の戸籍確認結果を照合し、相違がないことを確認しました。
このまま依頼書の作成に進めます。

取り急ぎ御礼まで。

岡部

> みどり銀行 相続事務センター
> 岡部様
>
> お世話になっております。片桐です。
> 薬袋様の相続人は以下のとおりです。
>
> 氏名          続柄   生年月日      電話
> 薬袋 和子     妻     1944/03/12    0263-41-7720
> 薬袋 誠       長男   1968/07/30    090-3318-2207
> 鬼頭 直美     長女   1970/02/05    080-6641-9021
> 薬袋 隆       二男   1973/11/19    070-2295-8830
> 薬袋 大輔     孫     1999/04/02    090-7712-0394
>
> ご確認のほどよろしくお願いします。
> 片桐司法書士事務所　片桐 康弘
""",
    note="The five-heir list is only in the > quoted text the scrivener sent; the new text carries no data.")
# -- 011-020 ----------------------------------------------------------------------------

_p011 = [person() for _ in range(12)]
_rows011 = [["管理番号", "郵便番号", "住所1", "住所2", "宛名", "敬称", "差込区分"]]
for _i, _p in enumerate(_p011, start=1):
    _zip, _rest = _p["addr"].split(" ", 1)
    _rows011.append([f"SZ26-N{_i:04d}", _zip.lstrip("〒"), _rest,
                     rng.choice(["", "", "", "グランドメゾン201", "コーポ桜305号"]),
                     _p["name"], "様", rng.choice(["A", "A", "B"])])

add("stop",
    sender=SUNAGAWA,
    to=["錦印刷 営業部 矢作様 <yahagi@nishiki-insatsu.co.jp>"],
    subject="相続手続のご案内（11月発送分）差込データ送付の件",
    charset="cp932",
    body=f"""錦印刷株式会社
営業部 矢作様

いつもお世話になっております。日の出産業の砂川です。

11月発送分「相続手続のご案内」の差込データをお送りします。
前回と同じレイアウト（A票：預金のみ、B票：預金＋投信）で印刷をお願いします。

・データ件数：12件
・文字コード：Shift_JIS
・納品希望日：11月14日（金）

校正は件数が少ないので、PDF1部だけで結構です。
よろしくお願いいたします。
{SIG_SUNAGAWA}
""",
    attachments=[{"kind": "csv", "name": "sashikomi_202611.csv", "encoding": "cp932",
                  "rows": _rows011}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Mail-merge CSV (CP932) of twelve heirs' names and home addresses to the printing partner: a list of people.")

add("pass",
    sender=MIZUNO,
    to=["ayano.kito@icloud.com"],
    subject="お手続き可能な店舗のご案内",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>鬼頭 綾乃 様</p>
<p>お問い合わせいただきありがとうございます。<br>
みどり銀行 相続事務センターの水野でございます。</p>
<p>ご来店でのお手続きをご希望とのことでしたので、ご実家に近い店舗をご案内いたします。
相続のお手続きは<b>予約制</b>となっておりますので、事前にお電話ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f4e8"><th>店舗名</th><th>所在地</th><th>電話番号</th><th>相続相談日</th></tr>
<tr><td>浦和常盤支店</td><td>さいたま市浦和区常盤6-4-21</td><td>048-822-3101</td><td>月・水・金</td></tr>
<tr><td>大宮駅前支店</td><td>さいたま市大宮区桜木町1-10-8</td><td>048-641-2200</td><td>毎営業日</td></tr>
<tr><td>上尾支店</td><td>上尾市柏座1-1-15</td><td>048-771-5530</td><td>火・木</td></tr>
<tr><td>川越支店</td><td>川越市脇田町18-3</td><td>049-222-8841</td><td>水・金</td></tr>
<tr><td>所沢支店</td><td>所沢市日吉町9-2</td><td>04-2922-6105</td><td>月・木</td></tr>
<tr><td>越谷支店</td><td>越谷市弥生町4-11</td><td>048-962-0017</td><td>火・金</td></tr>
</table>
<p>受付時間は各店舗とも9:00～15:00です。<br>ご来店の際は、受付番号 SZ-2026-05388 をお伝えください。</p>
<p>――――――――――――<br>みどり銀行 相続事務センター（受託：日の出産業株式会社）<br>
水野 拓也　TEL 048-788-1231</p>
</body></html>""",
    detectors=["freemail_recipient"],
    note="HTML table of branches with their switchboard numbers to one heir: a list of businesses, not people.")

_card013 = next_card()
add("stop",
    sender=SAIONJI,
    to=["会員サービス部 相続担当 <souzoku-desk@himawari-card.co.jp>"],
    subject="会員死亡に伴うカード解約のご依頼",
    charset="iso-2022-jp",
    body=f"""株式会社ひまわりカード
会員サービス部 相続担当 御中

お世話になっております。
みどり銀行 相続事務センター（日の出産業株式会社）の西園寺と申します。

みどり銀行提携カードの会員様がお亡くなりになったため、下記のとおり解約をお願いいたします。
あわせて、未払残高の有無と引落口座の停止時期をご教示ください。

  会員氏名    ：栗花落 正雄（ツユリ マサオ）様
  生年月日    ：{seireki(1947, 10, 2, 'kanji')}
  カード番号  ：{card_fmt(_card013)}
  死亡日      ：令和8年10月11日
  届出人      ：栗花落 彩 様（長女）

ご確認のほど、よろしくお願いいたします。
{SIG_SAIONJI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="A deceased member's full credit card number to the card company: any card number stops.")

add("either",
    sender=OKABE,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>"],
    subject="雲母様案件 ご署名の段取りについて",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。岡部です。

雲母様の件、相続人のうちご長男の雲母 浩二様が、先月から入院されており
当面ご来店・ご外出が難しいとのことです。
ご家族によれば退院は年明けの見込みとのことでした。

つきましては、遺産分割協議書への署名は病院宛に郵送する形でお願いできればと思います。
送付先が決まりましたら、あらためてご連絡いたします。
{SIG_OKABE}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="That a named heir is in hospital (no diagnosis) to the scrivener: health-related, a privacy officer could judge either way.")

_sum015 = [["相続手続 月次業務報告（10月度）"], [],
           ["区分", "受付", "完了", "処理中", "不備返却", "苦情"],
           ["預金のみ", 112, 98, 41, 18, 0],
           ["預金＋投資信託", 31, 22, 19, 6, 1],
           ["貸金庫あり", 6, 4, 5, 1, 0],
           ["遺言執行者対応", 8, 5, 7, 2, 0],
           ["合計", 157, 129, 72, 27, 1]]
_sla015 = [["SLA達成状況"], [], ["指標", "目標", "実績"],
           ["受付から審査完了まで（営業日）", "10日以内", "8.7日"],
           ["不備連絡までの日数", "3日以内", "2.1日"],
           ["電話応答率", "90%以上", "92.4%"]]
add("stop",
    sender=SUNAGAWA,
    to=["相続業務管理室 <souzoku-kanri@midori-ginko.co.jp>"],
    cc=["岡部 真理子 <okabe.mariko@hinode-sangyo.co.jp>"],
    subject="【社外秘】10月度 相続手続BPO 月次業務報告書",
    charset="iso-2022-jp",
    body=f"""みどり銀行 相続業務管理室 御中

いつもお世話になっております。日の出産業の砂川です。
10月度の月次業務報告書を添付にてお送りいたします。

苦情1件（投資信託の解約遅延）については、別途報告書をお持ちして
ご説明させていただきます。

ご査収のほど、よろしくお願いいたします。
{SIG_SUNAGAWA}
""",
    attachments=[{"kind": "xlsx", "name": "月次業務報告_2026年10月.xlsx",
                  "sheets": {"件数": _sum015, "SLA": _sla015},
                  "page_header": "社外秘", "title": "相続手続BPO 月次業務報告"}],
    detectors=["confidential_marking"],
    note="Subject and the workbook header are stamped 社外秘 and the mail goes to the client bank: a confidentiality marking.")

add("pass",
    sender=IMAI,
    to=["法務部 大和田様 <owada@keystone-bunsho.co.jp>"],
    subject="機密保持契約書（案）の修正について",
    charset="utf-8",
    body=f"""キーストーン文書管理株式会社
法務部 大和田様

いつもお世話になっております。日の出産業の今井でございます。

戸籍謄本等の原本保管業務の委託にあたり、先日いただいた
秘密保持契約書（案）について当社法務の修正案を添付いたします。

主な修正点は以下の3点です。
1. 第2条（秘密情報の定義）に「個人情報」を明記
2. 第7条（再委託）を事前の書面承諾制に変更
3. 第11条（返還・廃棄）に廃棄証明書の提出を追加

ご確認のうえ、ご意見をいただけますと幸いです。
契約締結後に、取扱手順書等の具体的な資料をお渡しする予定です。
{SIG_IMAI}
{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_修正案_日の出産業.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とキーストーン文書管理株式会社（以下「乙」という。）は、甲が乙に委託する文書保管業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いについて定めることを目的とする。",
                                 "第2条（秘密情報の定義）本契約において秘密情報とは、甲が乙に開示した技術上・営業上の情報及び個人情報をいう。",
                                 "第7条（再委託）乙は、甲の事前の書面による承諾なく、業務の全部又は一部を第三者に再委託してはならない。",
                                 "第11条（返還・廃棄）乙は、本契約終了時、秘密情報を返還又は廃棄し、廃棄証明書を甲に提出する。"]}],
    note="Mail about an NDA with an NDA draft attached: talk of 秘密保持, no marking and no personal data.")

_r017 = [("妻", seireki(1946, 8, 19), "0467-22-3108", "神奈川県藤沢市鵠沼海岸2-14-7"),
         ("長男", seireki(1971, 1, 6), "090-2214-6630", "東京都目黒区八雲5-3-12"),
         ("長女", seireki(1973, 4, 28), "080-9905-1147", "神奈川県藤沢市鵠沼桜が岡1-2-19"),
         ("二男", seireki(1976, 12, 2), "070-3381-4452", "大阪府吹田市千里山西4-8-2-303"),
         ("孫（代襲・二女の子）", seireki(2001, 7, 15), "090-4470-2281", "静岡県沼津市大手町3-6-1")]
add("stop",
    sender=MIYAGI,
    to=["久保田会計事務所 <office@kubota-kaikei.jp>"],
    subject="SZ-2026-05011 相続人の連絡先（申告書作成用）",
    charset="utf-8",
    body="""久保田会計事務所
ご担当 久保田様

お世話になっております。相続事務センターの宮城です。
申告書作成用に、相続人の方の連絡先を以下にまとめました。
（お名前は先日お渡しした法定相続情報一覧図の順番どおりです）

続柄\t生年月日\t電話\t住所
""" + "\n".join("\t".join(r) for r in _r017) + f"""

ご不明点はご連絡ください。
{SIG_MIYAGI}
""",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Five heirs' birth dates, phones and addresses, tab-separated, without a name column, to a tax office: still a list of people.")

add("pass",
    sender=OKABE,
    to=["みどり銀行 相続業務管理室 田島様 <tajima.k@midori-ginko.co.jp>"],
    cc=["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
    subject="遺言執行案件の三者打合せ日程について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 田島様
白川法律事務所 白川先生

いつもお世話になっております。日の出産業の岡部です。

遺言執行者として白川先生がご就任されている案件（SZ-2026-04210）につき、
払戻し手順の確認のため三者でお打合せの機会をいただきたく存じます。

候補日（いずれも1時間程度、オンライン）
　・11月10日（月）14:00～
　・11月12日（水）10:00～
　・11月13日（木）16:00～

ご都合のよい日時をお知らせください。Teamsの招待は当方からお送りします。
{SIG_OKABE}
""",
    detectors=["multiple_external_domains"],
    note="A three-way meeting mail with two external organisations in To/Cc: normal business.")

_dl019 = "45" + f"{rng.randrange(10**9, 10**10)}"
add("stop",
    sender=MIZUNO,
    to=["浦和常盤支店 後方事務 <tokiwa-koho@midori-ginko.co.jp>"],
    subject="本人確認書類の記録について（受付番号 SZ-2026-05470）",
    charset="cp932",
    body=f"""浦和常盤支店 後方事務ご担当者様

お世話になっております。相続事務センターの水野です。

SZ-2026-05470 の相続人代表者様について、来店時の本人確認記録に
記載漏れがありましたので、センターで確認した内容をお送りします。
支店の受付票への追記をお願いいたします。

　相続人代表者：五百旗頭 隆 様（長男）
　生年月日　　：{wareki(1966, 3, 8)}
　確認書類　　：運転免許証
　免許証番号　：第{_dl019}号
　有効期限　　：令和10年4月8日まで

よろしくお願いいたします。
{SIG_MIZUNO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="An heir's driving-licence number to a branch of the (external) client bank: identity document number stops.")

_p020 = [person() for _ in range(7)]
add("stop",
    sender=OKABE,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>"],
    subject="【送付】相続人調査結果一式（パスワードは別送します）",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。岡部です。
ご依頼の相続人調査結果を、パスワード付きZIPにてお送りいたします。
パスワードは別メールにてお知らせします。

よろしくお願いいたします。
{SIG_OKABE}
""",
    attachments=[{"kind": "zip", "name": "souzokunin_chosa_20261104.zip", "password": "Mdr#2026souzoku",
                  "files": [{"kind": "csv", "name": "相続人一覧.csv", "encoding": "cp932",
                             "rows": [["氏名", "生年月日", "住所", "電話"]] +
                                     [[p["name"], seireki(*p["dob"]), p["addr_h"], p["tel"]] for p in _p020]}]}],
    detectors=["unscannable_attachment"],
    note="Password-protected ZIP (PPAP) to an external scrivener: the attachment cannot be inspected.")
# -- 021-030 ----------------------------------------------------------------------------

add("pass",
    sender=SUNAGAWA,
    to=["田島 健一 <tajima.k@midori-ginko.co.jp>"],
    subject="11月定例会のアジェンダ（案）",
    charset="utf-8",
    body=f"""田島様

お世話になっております。砂川です。
11月定例会（11/18 15:00～ 本店3階会議室）のアジェンダ案をお送りします。

 1. 10月度 業務報告（件数・SLA・苦情）
 2. 相続手続依頼書の様式改定（2027年4月～）について
 3. 法定相続情報一覧図の受付拡大に伴う手順変更
 4. 年末年始の受付体制
 5. その他

追加の議題がありましたら、11/14までにお知らせください。
{SIG_SUNAGAWA}

===================================================================
{DISC_JA}
{DISC_EN}
===================================================================
""",
    note="Ordinary agenda mail to the client bank; the only 'confidential' words are in the standard JA/EN disclaimer.")

add("stop",
    sender=MIYAGI,
    to=["白川法律事務所 弁護士 朝霧様 <asagiri@shirakawa-law.jp>"],
    subject="成年後見申立てのご相談（SZ-2026-05295 服部様案件）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
朝霧先生

お世話になっております。日の出産業 相続事務センターの宮城です。

服部様案件について、ご相談させてください。
相続人である妻の服部 和子様（{wareki(1940, 11, 23)}生）が、昨年アルツハイマー型認知症と診断され、
現在は要介護3で施設に入所されているとのことです（長女の服部 美咲様より聴取）。
ご本人による遺産分割協議への参加は難しい状況です。

成年後見人の選任申立てが必要になると思われますので、
先生にお願いする場合の費用感と期間の目安をご教示いただけますでしょうか。
{SIG_MIYAGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named heir's dementia diagnosis and care level to the law firm: 要配慮個人情報 of one person.")

add("pass",
    sender=OKABE,
    to=["税理士法人ひかり会計 久保様 <kubo@hikari-tax.jp>"],
    subject="相続手続代行サービス 料金表の送付",
    charset="cp932",
    body=f"""久保様

お世話になっております。岡部です。
先日お問い合わせいただいた、みどり銀行の相続手続代行サービス（遺産整理業務）の
料金表をお送りします。お客様へのご案内にご活用ください。

なお、税理士報酬は別途となる旨、お客様へお伝えいただけますと幸いです。
{SIG_OKABE}
""",
    attachments=[{"kind": "xlsx", "name": "遺産整理業務_料金表_2026.xlsx",
                  "sheets": {"料金表": [["みどり銀行 遺産整理業務 料金表（2026年10月改定）"], [],
                                     ["相続財産の価額", "料率", "最低報酬額（税込）"],
                                     ["5,000万円以下の部分", "1.65%", "1,100,000円"],
                                     ["5,000万円超 1億円以下の部分", "1.10%", ""],
                                     ["1億円超 3億円以下の部分", "0.55%", ""],
                                     ["3億円超の部分", "0.33%", ""]],
                             "オプション": [["項目", "料金（税込）", "備考"],
                                       ["戸籍収集代行", "33,000円", "1家系あたり"],
                                       ["不動産名義変更の手配", "実費", "司法書士報酬別途"],
                                       ["貸金庫開扉立会い", "22,000円", ""]]}}],
    note="A fee table of a service to a tax office: price list, no personal data.")

_p024 = [person(years=(1928, 1950)) for _ in range(20)]
_rows024 = [["cif_no", "kana_name", "branch", "account_no", "birth_date", "death_date", "status"]]
for _p in _p024:
    _rows024.append([f"{rng.randrange(10**8, 10**9)}", _p["kana"], f"{rng.randrange(100, 400):03d}", acct(),
                     seireki(*_p["dob"], style="iso"), f"2026-{rng.randint(7, 10):02d}-{rng.randint(1, 28):02d}",
                     rng.choice(["DEATH_REG", "DEATH_REG", "FROZEN_ERR"])])
add("stop",
    sender="宇佐美 純 <usami.jun@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="[障害報告] 死亡登録バッチで凍結フラグが立たない件（データ添付）",
    charset="utf-8",
    body="""ツバサシステム サポートご担当者様

お世話になっております。日の出産業 相続事務センターの宇佐美です。

10/28夜間の死亡登録バッチで、一部の口座に支払停止（凍結）フラグが
設定されない事象が発生しています。再現データとして、対象の顧客20件の
抽出結果を添付します（status=FROZEN_ERR が未設定のもの）。

お手数ですが、原因調査と修正パッチの提供時期をご回答ください。

宇佐美 純
日の出産業株式会社 相続事務センター システム担当
TEL 048-788-1285
""",
    attachments=[{"kind": "csv", "name": "death_batch_20261028_extract.csv", "encoding": "utf-8",
                  "rows": _rows024}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 20 deceased customers (kana name, account, birth date) to the system vendor: a list of people.")

add("stop",
    sender=OKABE,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="四十物様案件 遺留分侵害額請求の通知について",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。日の出産業の岡部です。

四十物様案件（遺言執行者：白川先生）について、本日センター宛に
二男の四十物 拓海様から遺留分侵害額請求の通知書（内容証明）の写しが届きました。

　四十物 拓海 様
　〒156-0054 東京都世田谷区桜丘2丁目19番4号
　TEL 090-6627-3145

払戻しは先生のご指示があるまで保留といたします。
原本の写しはFAXでお送りしました。
{SIG_OKABE}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-law.co.jp is a look-alike (added co.) of the partner law firm shirakawa-law.jp.")

_trk026 = [(f"SZ-2026-0{rng.randint(4000, 5600)}", f"{rng.randrange(10**11, 10**12)}", rng.randint(1, 4))
           for _ in range(9)]
add("pass",
    sender=SUNAGAWA,
    to=["青葉運輸 法人営業 <hojin-eigyo@aoba-unyu.co.jp>"],
    subject="原本返却便 配達状況の確認依頼（11/4集荷分）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業の砂川です。
11/4に集荷いただいた原本返却便のうち、下記9件の配達完了が
まだシステム上で確認できておりません。状況をご確認いただけますでしょうか。

受付番号        お問い合わせ番号    個数
""" + "\n".join(f"{a:<16}{b:<20}{c}" for a, b, c in _trk026) + f"""

※宛先は各相続人代表者様のご自宅です（伝票控えは当方で保管）。

よろしくお願いいたします。
{SIG_SUNAGAWA}
""",
    note="Case and tracking numbers only (no names or addresses) to the courier partner: tracking numbers, not personal data.")

_pen027 = f"{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}"
add("stop",
    sender=MIZUNO,
    to=["のぞみ社会保険労務士法人 <info@nozomi-sr.jp>"],
    subject="未支給年金請求のご依頼（故 宍戸 善治 様）",
    charset="utf-8",
    body=f"""のぞみ社会保険労務士法人
ご担当者様

お世話になっております。みどり銀行 相続事務センターの水野です。
遺産整理業務の一環として、未支給年金の請求手続きをお願いしたくご連絡いたしました。

  亡くなった方　：宍戸 善治 様
  生年月日　　　：{wareki(1939, 5, 5)}
  基礎年金番号　：{_pen027}
  死亡日　　　　：令和8年9月21日
  最後の住所　　：栃木県宇都宮市今泉3丁目8番21号
  請求者　　　　：宍戸 静江 様（妻・同一生計）

年金証書の写しと戸籍謄本は、本日郵送いたします。
よろしくお願いいたします。
{SIG_MIZUNO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="A deceased person's 基礎年金番号 to a social-insurance office: social insurance number stops.")

add("pass",
    sender=MIYAGI,
    to=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    subject="村上様 相続登記のご依頼（相続人4名）",
    charset="iso-2022-jp",
    body=f"""片桐先生

いつもお世話になっております。相続事務センターの宮城です。
村上様案件の相続登記をお願いしたく、相続人の情報をお送りします。

・村上 和子（妻）　　{wareki(1948, 2, 14)}生　茨城県土浦市桜町2丁目4番6号
・村上 康弘（長男）　{wareki(1972, 9, 9)}生　茨城県土浦市桜町2丁目4番6号
・井上 真由美（長女）{wareki(1975, 6, 1)}生　千葉県船橋市本町7丁目3番15号
・村上 秀樹（二男）　{wareki(1979, 12, 20)}生　埼玉県上尾市柏座4丁目1番2号

不動産は土浦市桜町の自宅（土地・建物）のみです。
登記事項証明書は添付のとおりです（別便）。
{SIG_MIYAGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Four heirs' records to the scrivener registering the property: one to four people may go (with a warning).")

_d029, _h029 = family(5)
_acc029 = [["預金種類", "支店", "口座番号", "名義", "相続開始日残高（円）"]] + \
    [[k, b, acct(), _d029["name"], f"{rng.randrange(100000, 30000000):,}"]
     for k, b in [("普通預金", "浦和常盤支店"), ("定期預金", "浦和常盤支店"), ("普通預金", "大宮駅前支店")]]
add("stop",
    sender=MIYAGI,
    to=["久保田会計事務所 久保田様 <office@kubota-kaikei.jp>"],
    subject=f"{_d029['sei']}様 相続税申告用資料の送付",
    charset="cp932",
    body=f"""久保田様

お世話になっております。宮城です。
{_d029['sei']}様の相続税申告用に、相続人一覧と預金の一覧をExcelにまとめましたので
お送りいたします。不足があればご指示ください。
{SIG_MIYAGI}
""",
    attachments=[{"kind": "xlsx", "name": f"相続税申告資料_{_d029['sei']}様.xlsx",
                  "sheets": {"相続人": [[f"被相続人 {_d029['name']}（{wareki(*_d029['dob'])}生）相続人一覧"], [],
                                      ["No", "続柄", "氏名", "生年月日", "住所", "電話番号"]] +
                             [[i, r, p["name"], wareki(*p["dob"]), p["addr"], p["tel"]]
                              for i, (r, p) in enumerate(_h029, start=1)],
                             "預金": [["相続開始日現在の預金残高"], []] + _acc029}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLSX (title row, two sheets) with five heirs' records plus the deceased's accounts to a tax office: a list of people.")

_mn030 = next_mn()
_fwd030 = {"sender": "長谷川 直美 <naomi.hasegawa77@yahoo.co.jp>",
           "to": ["souzoku-center@hinode-sangyo.co.jp"],
           "subject": "マイナンバーの件",
           "charset": "iso-2022-jp",
           "body": f"""相続事務センター 御中

いつもお世話になっております。長谷川です。
税理士さんに提出するマイナンバーのご連絡が遅くなり申し訳ありません。

長谷川 直美
個人番号：{_mn030}
日中の連絡先：080-5521-7730

よろしくお願いいたします。
"""}
add("stop",
    sender=MIYAGI,
    to=["久保 税理士 <kubo@hikari-tax.jp>"],
    subject="FW: マイナンバーの件",
    charset="iso-2022-jp",
    body=f"""久保様

お世話になっております。宮城です。
長谷川様（二女）からマイナンバーのご連絡がありましたので、転送いたします。
{SIG_MIYAGI}
""",
    attachments=[{"kind": "eml", "name": "マイナンバーの件.eml", "message": _fwd030}],
    entities=["PERSON_NAME", "JP_MY_NUMBER", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Forwards, as an attached .eml, an heir's mail giving her My Number to a tax accountant: a forward counts, My Number stops.")
# -- 031-040 ----------------------------------------------------------------------------

_mn031 = next_mn()
add("pass",
    sender=MIZUNO,
    to=["小川 恵美 <emi_ogawa0412@yahoo.co.jp>"],
    subject="RE: 個人番号の提出について",
    charset="cp932",
    body=f"""小川 恵美 様

ご連絡ありがとうございます。みどり銀行 相続事務センターの水野です。
ご提出いただいた内容、確かに受領いたしました。
番号確認書類（通知カードまたはマイナンバーカードの写し）は、
同封の返信用封筒にてご郵送くださいますようお願いいたします。

引き続きよろしくお願いいたします。
{SIG_MIZUNO}

-----Original Message-----
From: 小川 恵美 <emi_ogawa0412@yahoo.co.jp>
Sent: Monday, November 2, 2026 9:14 PM
To: 水野 拓也 <t-mizuno@hinode-sangyo.co.jp>
Subject: 個人番号の提出について

水野様

お世話になります。小川です。
投資信託の相続手続きに必要とのことでしたので、私の個人番号をお知らせします。

{mn_fmt(_mn031, 2)}

よろしくお願いします。
""",
    detectors=["freemail_recipient"],
    note="The My Number is only in the quoted original the heir herself sent; the new text carries none.")

add("stop",
    sender=SAIONJI,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>", "久保 税理士 <kubo@hikari-tax.jp>",
        "みなと証券 相続サポート <souzoku-support@minato-sec.co.jp>"],
    subject="薬袋様案件 関係者連絡窓口のご案内",
    charset="iso-2022-jp",
    body=f"""関係各位

いつもお世話になっております。みどり銀行 相続事務センターの西園寺です。

薬袋様の案件につきまして、今後の連絡窓口を以下のとおり整理いたしました。
　・不動産登記　　：司法書士法人かなえ総合事務所 小野寺先生
　・相続税申告　　：税理士法人ひかり会計 久保先生
　・証券口座の移管：みなと証券 相続サポートデスク
　・預金の払戻し　：当センター（西園寺）

各所のスケジュールを共有させていただきたく、来週中に一度オンラインで
お打合せの場を設けたいと考えております。
{SIG_SAIONJI}
""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Three external organisations (scrivener, tax office, securities firm) openly in To: should have been Bcc.")

add("pass",
    sender=MIZUNO,
    to=["ishikawa.shigeru@docomo.ne.jp"],
    subject="司法書士事務所のご紹介",
    charset="iso-2022-jp",
    body=f"""石川 茂 様

お世話になっております。みどり銀行 相続事務センターの水野です。
ご自宅の名義変更について、ご相談先をお探しとのことでしたので、
当行と提携している司法書士事務所をご紹介いたします。

■司法書士法人かなえ総合事務所
　さいたま市浦和区高砂2-6-18 かなえビル3F
　代表 048-829-7711（平日 9:00～18:00）
■片桐司法書士事務所
　上尾市宮本町1-3 片桐ビル2F
　代表 048-776-2048（平日 9:30～17:30）
■司法書士 真柴事務所
　川越市新富町2-22-5
　代表 049-226-3390（土曜も相談可）

いずれも初回のご相談は無料です。ご予約の際は「みどり銀行の紹介」とお伝えください。
{SIG_MIZUNO}
""",
    detectors=["freemail_recipient"],
    note="A list of partner law offices with office addresses and switchboards to one heir: businesses, not people.")

add("stop",
    sender=MIYAGI,
    to=["久保田会計事務所 久保田様 <office@kubota-kaikei.jp>"],
    subject="障害者控除の適用について（九十九様案件）",
    charset="utf-8",
    body=f"""久保田様

お世話になっております。宮城です。

九十九様案件の相続人のうち、二男の九十九 誠様（{seireki(1974, 8, 30, 'kanji')}生）は
身体障害者手帳1級（下肢機能障害）をお持ちとのことです。
手帳の写しをお預かりしておりますので、障害者控除の適用可否をご検討ください。

また、同氏は現在、障害福祉サービスのグループホームにお住まいのため、
書類の送付先は長男の九十九 健太様方になります。
{SIG_MIYAGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named heir's physical disability (手帳1級) to a tax office: 要配慮個人情報 of one person.")

_d035, _h035 = family(6, "F")
add("stop",
    sender=OKABE,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>"],
    subject=f"{_d035['sei']}様 相続関係説明図（当センター作成版）",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。岡部です。
{_d035['sei']}様案件について、当センターで作成した相続関係説明図をWord形式でお送りします。
先生の一覧図と突き合わせていただけますと助かります。
{SIG_OKABE}
""",
    attachments=[{"kind": "docx", "name": f"相続関係説明図_{_d035['sei']}.docx",
                  "title": "相続関係説明図",
                  "paragraphs": ["相続関係説明図",
                                 f"被相続人 {_d035['name']}（{wareki(*_d035['dob'])}生 令和8年7月12日死亡）",
                                 f"最後の住所 {_d035['addr']}",
                                 "相続人は以下のとおり。"],
                  "tables": [[["続柄", "氏名", "生年月日", "住所", "備考"]] +
                             [[r, p["name"], wareki(*p["dob"], style="abbr"), p["addr_h"], "分割協議"]
                              for r, p in _h035]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of six heirs (names, 和暦 birth dates, addresses) to a scrivener: a list of people.")

add("pass",
    sender=SUNAGAWA,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="相続セミナー会場のご予約（2027年1月23日）",
    charset="utf-8",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の砂川です。
みどり銀行主催「はじめての相続・遺言セミナー」の会場として、
下記のとおり仮予約をお願いいたします。

  日時　　：2027年1月23日（土）13:00～16:30（設営 12:00～）
  会場　　：2階「桜の間」スクール形式
  人数　　：60名（講師2名、スタッフ6名を含む）
  備品　　：プロジェクター、マイク2本、受付用長机2台
  飲み物　：ペットボトルのお茶 60本

請求書は「みどり銀行 営業企画部」宛でお願いいたします。
見積書をいただけましたら、社内で確認のうえ本予約のご連絡をいたします。
{SIG_SUNAGAWA}
""",
    note="Venue booking with the partner hotel: no personal data.")

add("stop",
    sender=MIYAGI,
    to=["税理士法人ひかり会計 久保様 <kubo@hikari-tax.jp>"],
    subject="残高証明書（PDF）の送付",
    charset="iso-2022-jp",
    body=f"""久保様

お世話になっております。宮城です。
ご依頼の残高証明書3通をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。
{SIG_MIYAGI}
""",
    attachments=[{"kind": "pdf", "name": "zandaka_shomei_SZ-2026-05011.pdf", "password": "kubo1105",
                  "title": "残高証明書", "lines": ["残高証明書", "被相続人 鈴木 正雄 様", "普通預金 1,234,567円"]}],
    detectors=["unscannable_attachment"],
    note="Password-protected PDF to a tax office: the attachment cannot be inspected.")

_k038 = [("ﾀｶﾅｼ ﾐｻｷ", "090-8813-2264", "10/30 14:10", "必要書類"),
         ("ｸﾘﾊﾗ ﾖｼｵ", "048-853-1190", "10/30 15:42", "残高証明"),
         ("ｲｵｷﾍﾞ ｶｽﾞｺ", "080-2218-5573", "10/31 09:05", "遺言書あり"),
         ("ﾄﾞｳﾒｷ ﾀｶｼ", "070-4412-9087", "10/31 11:30", "貸金庫"),
         ("ﾂﾕﾘ ｱﾔﾉ", "0263-35-2280", "10/31 13:58", "進捗確認"),
         ("ﾐﾀﾗｲ ｺｳｼﾞ", "090-6630-4418", "10/31 16:21", "投信解約")]
add("stop",
    sender=MIZUNO,
    to=["みどり銀行 コールセンター SV <cc-sv@midori-ginko.co.jp>"],
    subject="折返し依頼リスト（10/30-31受付分）",
    charset="cp932",
    body="""コールセンター SV各位

お疲れさまです。相続事務センター水野です。
10/30-31にセンター代表へ入った入電のうち、コールセンターからの
折返し対応をお願いしたい分です（当センターの回線が混み合っていたため）。

カナ氏名        電話番号          受付日時      用件
----------------------------------------------------------------
""" + "\n".join(f"{pad(a, 16)}{pad(b, 18)}{pad(c, 14)}{d}" for a, b, c, d in _k038) + """

よろしくお願いします。
水野（相続事務センター 直通 048-788-1231）
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Six callers' half-width kana names and phone numbers to the bank's call centre (external): a list of people.")

add("pass",
    sender=SAIONJI,
    to=["審査チーム <sz-shinsa@bpo.hinode-sangyo.co.jp>"],
    subject="【共有】百目鬼様 死亡診断書の記載内容（告知義務の確認用）",
    charset="iso-2022-jp",
    body="""審査チーム各位

西園寺です。やまびこ生命から照会があった百目鬼様の件、
死亡診断書の記載内容を共有します（社内確認用）。

　被保険者：百目鬼 秀樹 様
　直接死因：急性骨髄性白血病（発病から約1年2か月）
　その他の疾患：2型糖尿病（既往）
　契約日：令和5年6月1日

契約日時点で既往があった可能性があるため、告知書の写しとの照合をお願いします。
西園寺
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="A named person's cause of death and medical history, but sent only to an internal subdomain: may go.")

add("stop",
    sender=IMAI,
    to=["キーストーン文書管理 業務部 <gyomu@keystone-bunsho.co.jp>"],
    subject="原本保管業務 作業手順書のご送付",
    charset="utf-8",
    body=f"""キーストーン文書管理株式会社
業務部 ご担当者様

お世話になっております。日の出産業の今井です。
機密保持契約の締結、ありがとうございました。
11月からの原本保管業務開始に向け、作業手順書をお送りします。
{SIG_IMAI}
""",
    attachments=[{"kind": "xlsx", "name": "原本保管_作業手順書_v1.2.xlsx",
                  "page_header": "社外秘　日の出産業株式会社",
                  "sheets": {"手順": [["原本保管業務 作業手順書 v1.2"], [],
                                     ["No", "工程", "内容", "担当"],
                                     [1, "受領", "社内便で届いた原本の件数を受付簿と照合", "受付"],
                                     [2, "仕分け", "受付番号ごとに保管箱へ収納", "受付"],
                                     [3, "保管", "施錠キャビネットへ格納、入出庫記録", "保管"],
                                     [4, "返却", "審査完了分を相続人代表者宛に発送", "発送"]],
                             "改訂履歴": [["版", "日付", "内容"], ["1.0", "2026/08/01", "初版"],
                                      ["1.2", "2026/10/20", "返却手順を追加"]]}}],
    detectors=["confidential_marking"],
    note="The workbook's page header is stamped 社外秘 and it goes to an external vendor (an NDA does not lift the marking).")
# -- 041-050 ----------------------------------------------------------------------------

add("pass",
    sender=OKABE,
    to=["久保 税理士 <kubo@hikari-tax.jp>"],
    subject="Re: 相続人代表者様の連絡先",
    charset="iso-2022-jp",
    body=f"""久保様

お世話になっております。岡部です。
相続人代表者様の連絡先は以下のとおりです。先生から直接ご連絡いただいて差し支えない旨、
ご本人の了承をいただいております。

　代表者：池田 浩二 様（長男）
　携帯　：090-5582-1436
　メール：koji.ikeda.1969@gmail.com
　（平日は18時以降がつながりやすいとのことです）

よろしくお願いいたします。
{SIG_OKABE}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="One heir's contact details passed, with consent, to the tax accountant: one person's record may go.")

_r042 = [("Hanako KIRARA", "Spouse", seireki(1951, 3, 9, 'en'), "3-5-12 Shimogamo, Sakyo-ku, Kyoto 606-0851"),
         ("Takashi KIRARA", "Eldest son", seireki(1976, 10, 21, 'en'), "2-8-4 Nishijin, Sawara-ku, Fukuoka 814-0002"),
         ("Ayano LIN (née KIRARA)", "Eldest daughter", seireki(1978, 5, 2, 'en'), "Blk 112 Bishan St 12, #08-31, Singapore 570112"),
         ("Kenta KIRARA", "Second son", seireki(1981, 1, 17, 'en'), "4-1-9 Kamisugi, Aoba-ku, Sendai, Miyagi 980-0011"),
         ("Yuma KIRARA", "Grandson (per stirpes)", seireki(2003, 7, 30, 'en'), "1-14-2 Tokiwa, Urawa-ku, Saitama 330-0061")]
add("stop",
    sender=LIM,
    to=["Estate Services <estates@harborline-sec.com>"],
    subject="Estate of the late Mr. Shigeru KIRARA - list of heirs (A/C HL-55102)",
    charset="utf-8",
    body="""Dear Estate Services team,

Further to our call on Tuesday, please find below the heirs of the late Mr. Shigeru KIRARA
(account HL-55102), as confirmed from the Japanese family register (koseki).

Name                        Relationship             Date of birth    Address
--------------------------  -----------------------  ---------------  ------------------------------------------------
""" + "\n".join(f"{a:<28}{b:<25}{c:<17}{d}" for a, b, c, d in _r042) + f"""

Certified English translations of the koseki extracts will follow by courier.
Please let us know whether your transfer agent also requires notarised signatures.
{SIG_LIM}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Five heirs in romaji with birth dates and addresses to a foreign securities firm, in English: a list of people.")

_rc043 = f"{rng.choice(['AB', 'UH', 'EK'])}{rng.randrange(10**7, 10**8)}{rng.choice(['FA', 'HT', 'CJ'])}"
add("stop",
    sender=LIM,
    to=["大宮駅前支店 相続窓口 <omiya-ekimae@midori-ginko.co.jp>"],
    subject="SZ-2026-05501 外国籍相続人の本人確認について",
    charset="utf-8",
    body=f"""大宮駅前支店 相続窓口 ご担当者様

お世話になっております。相続事務センター 国際デスクのリムです。

SZ-2026-05501（故 佐々木 茂 様）の相続人のうち、配偶者の方は外国籍のため、
本人確認は在留カードで行いました。受付票への記載をお願いします。

  氏名（在留カード表記）: NGUYEN THI MAI（グエン ティ マイ）
  生年月日           : {seireki(1984, 2, 11)}
  在留カード番号      : {_rc043}
  在留期間（満了日）   : 2029年3月14日

英語・ベトナム語の相続手続ガイドをお送り済みです。
{SIG_LIM}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="A foreign heir's residence-card number to a branch of the client bank: identity document number stops.")

_tno044 = "T" + corp_no("301101048836")
add("pass",
    sender="経理課 請求担当 <seikyu@hinode-sangyo.co.jp>",
    to=["みどり銀行 事務統括部 経理ご担当 <jimu-keiri@midori-ginko.co.jp>"],
    subject="【請求書送付】相続手続BPO業務委託料（2026年10月分）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 事務統括部 御中

いつもお世話になっております。日の出産業株式会社 経理課でございます。
2026年10月分の業務委託料の請求書をお送りいたします。

　請求書番号：HS-2026-10-0871
　ご請求金額：8,745,600円（税込）
　お支払期日：2026年11月30日
　登録番号　：{_tno044}

ご査収のほど、よろしくお願い申し上げます。

日の出産業株式会社 経理課
TEL 048-788-1100
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-2026-10-0871.pdf", "title": "請求書",
                  "lines": ["請求書", "株式会社みどり銀行 御中", "請求書番号 HS-2026-10-0871",
                            f"日の出産業株式会社　登録番号 {_tno044}", ""],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["相続手続BPO 基本料", "1", "5,200,000", "5,200,000"],
                            ["従量料金（完了案件）", "129", "18,000", "2,322,000"],
                            ["原本返却 発送料", "129", "1,300", "167,700"],
                            ["小計", "", "", "7,689,700"], ["消費税(10%)", "", "", "768,970"]]}],
    entities=["JP_CORPORATE_NUMBER"],
    note="An invoice with the company's own T-number (corporate number) to the client: business data, no person.")

add("stop",
    sender=SUNAGAWA,
    to=["相続業務管理室 <souzoku-kanri@midori-ginko.co.jp>"],
    subject="Re: 未完了案件一覧のご提出",
    charset="utf-8",
    body=f"""相続業務管理室 ご担当者様

お世話になっております。砂川です。
ご依頼の未完了案件一覧（10月末時点）を添付します。

{SIG_SUNAGAWA}
""",
    attachments=[{"kind": "corrupt", "name": "未完了案件一覧_20261031.xlsx"}],
    detectors=["unscannable_attachment"],
    note="The attached workbook is corrupt and cannot be read: it must be held.")

add("stop",
    sender=OKABE,
    to=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    subject="前田様案件 相続人への連絡方法について",
    charset="cp932",
    body=f"""片桐先生

お世話になっております。岡部です。

前田様案件で連絡が取れていなかった三男の前田 大輔様について、
ご親族から、窃盗罪で実刑判決を受け、現在 府中刑務所に服役中であるとの話を伺いました。
出所は2028年春の予定とのことです。

遺産分割協議書への署名は刑事施設宛の郵送でお願いすることになるかと思いますが、
手続き上の留意点があればご教示ください。
{SIG_OKABE}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named heir's criminal conviction and imprisonment to the scrivener: 要配慮個人情報 (犯罪の経歴) of one person.")

add("pass",
    sender=MIYAGI,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>"],
    subject="RE: RE: 法定相続情報一覧図の写し（橋本様）",
    charset="iso-2022-jp",
    body=f"""小野寺先生

ありがとうございます。宮城です。
一覧図の写し5通、確かに受領いたしました。1通を当センターで保管し、
残りは相続人代表者様へ原本還付とともにお返しいたします。
{SIG_MIYAGI}

差出人: 小野寺 崇 <onodera@kanae-shiho.jp>
送信日時: 2026年11月5日 10:22
宛先: 宮城 彩香 <miyagi.ayaka@hinode-sangyo.co.jp>
件名: RE: 法定相続情報一覧図の写し（橋本様）

宮城様

お世話になっております。かなえ総合事務所の小野寺です。
橋本様の法定相続情報一覧図の写しが交付されましたので、本日5通お送りしました。
記載内容は以下のとおりです。

　橋本 和子　　妻　　　昭和22年6月3日生　　 さいたま市浦和区常盤3丁目2番8号
　橋本 隆　　　長男　　昭和46年1月20日生　　さいたま市浦和区常盤3丁目2番8号
　橋本 誠　　　二男　　昭和49年9月9日生　　 川越市脇田本町12番4号
　岡田 陽子　　長女　　昭和51年11月30日生　 船橋市本町5丁目1番1号
　橋本 拓海　　孫　　　平成12年4月4日生　　 上尾市柏座2丁目7番3号

以上、よろしくお願いいたします。
""",
    note="The five-heir list sits under 差出人/送信日時 — quoted from the scrivener's own mail; the reply adds nothing.")

add("stop",
    sender=SUNAGAWA,
    to=["矢作 様 <yahagi@nishiki-insatu.co.jp>"],
    subject="Re: 「相続手続のご案内」2027年版 校正紙の件",
    charset="iso-2022-jp",
    body=f"""矢作様

お世話になっております。砂川です。
2027年版の校正紙、拝見しました。以下2点の修正をお願いします。

1. 2ページ目「お手続きの流れ」の③と④の順番を入れ替え
2. 裏表紙のフリーダイヤルの受付時間を「9時～17時」に修正

再校は来週火曜までにいただけますと助かります。
{SIG_SUNAGAWA}
""",
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp (dropped s) is a look-alike of the printing partner nishiki-insatsu.co.jp.")

_p049 = [person(years=(1925, 1950)) for _ in range(8)]
_rows049 = "\n".join(
    f"<tr><td>SZ-2026-0{rng.randint(4000, 5600)}</td><td>{p['name']}</td><td>{rng.randrange(100, 400)}-{acct()}</td>"
    f"<td>2026/{rng.randint(7, 10):02d}/{rng.randint(1, 28):02d}</td><td>{mobile()}</td><td>{rng.choice(['戸籍不足', '印鑑証明期限切れ', '署名漏れ', '協議書未着'])}</td></tr>"
    for p in _p049)
add("stop",
    sender=MIZUNO,
    to=["所沢支店 相続担当 <tokorozawa-souzoku@midori-ginko.co.jp>"],
    subject="【要対応】所沢支店 書類不備案件のご連絡",
    charset="utf-8",
    html=f"""<html><body>
<p>所沢支店 相続担当 ご担当者様</p>
<p>お世話になっております。相続事務センターの水野です。<br>
下記8件について書類不備がございます。相続人代表者様へのご連絡をお願いいたします。</p>
<table border="1" style="border-collapse:collapse;font-size:12px">
<thead><tr><th>受付番号</th><th>被相続人</th><th>店番-口座番号</th><th>死亡日</th><th>代表者連絡先</th><th>不備内容</th></tr></thead>
<tbody>
{_rows049}
</tbody></table>
<p>不備解消の目途がつきましたら、センターまでご一報ください。</p>
<p>水野 拓也<br>日の出産業株式会社 相続事務センター<br>TEL 048-788-1231</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of eight deceased customers with account numbers and heirs' phones to a bank branch (external): a list of people.")

add("pass",
    sender=OKABE,
    to=["後藤 隆 <goto.takashi.1970@gmail.com>", "後藤 誠 <makoto-g@ezweb.ne.jp>"],
    subject="ご来店日時の確認（11月15日 大宮駅前支店）",
    charset="iso-2022-jp",
    body=f"""後藤 隆 様
後藤 誠 様

お世話になっております。みどり銀行 相続事務センターの岡部です。
ご兄弟おそろいでのご来店について、下記のとおり予約をお取りしました。

　日時：11月15日（土）10:30～
　場所：大宮駅前支店 2階 相続相談ブース
　お持ちいただくもの：ご実印、印鑑登録証明書、本人確認書類

ご都合が悪くなった場合は、前日までにご連絡ください。
{SIG_OKABE}
""",
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="Two brothers (two private parties) in To for a shared appointment: below the three-party threshold.")
# -- 051-060 ----------------------------------------------------------------------------

_d051, _h051 = family(5)
_blocks051 = "\n\n".join(
    f"【相続人{i}】{r}\n　氏名：{p['name']}（{p['kana']}）\n　生年月日：{wareki(*p['dob'])}\n"
    f"　住所：{p['addr']}\n　電話：{p['tel'] if i % 2 else p['home']}"
    for i, (r, p) in enumerate(_h051, start=1))
add("stop",
    sender=MIYAGI,
    to=["久保田会計事務所 <office@kubota-kaikei.jp>"],
    subject=f"【SZ-2026-05577】{_d051['sei']}様 相続人情報",
    charset="iso-2022-jp",
    body=f"""久保田会計事務所 御中

お世話になっております。相続事務センターの宮城です。
{_d051['sei']}様（{_d051['name']} 様、令和8年8月17日ご逝去）の相続人情報をお送りします。

{_blocks051}

以上5名です。申告期限は令和9年6月17日となります。
{SIG_MIYAGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five heirs, one block per person (name, kana, 和暦 birth date, address, phone), to a tax office: a list of people.")

_hi052 = (f"{rng.randrange(10**7, 10**8)}", f"{rng.randrange(1, 999)}")
add("stop",
    sender=MIZUNO,
    to=["青波市役所 保険年金課 <hoken-nenkin@city.aonami.lg.jp>"],
    subject="葬祭費の支給申請に関するお問い合わせ",
    charset="iso-2022-jp",
    body=f"""青波市役所 保険年金課 ご担当者様

突然のご連絡失礼いたします。
みどり銀行 相続事務センター（運営受託：日の出産業株式会社）の水野と申します。

当行のお客様の相続手続に関連して、ご遺族から葬祭費の申請方法について
ご相談を受けております。下記の方について、申請に必要な書類をご教示ください。

・亡くなった方：加藤 正雄 様（{wareki(1944, 4, 29)}生）
・国民健康保険 被保険者証　記号 {_hi052[0]}　番号 {_hi052[1]}
・死亡日：令和8年10月3日
・申請予定者：加藤 陽子 様（喪主・妻）

ご多忙のところ恐れ入りますが、よろしくお願いいたします。
{SIG_MIZUNO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="A deceased person's health-insurance card 記号・番号 to the city office: insurance card number stops.")

add("pass",
    sender=MIYAGI,
    to=["青波市役所 市民課 戸籍係 <koseki@city.aonami.lg.jp>"],
    subject="戸籍謄本の郵送請求に関する確認",
    charset="utf-8",
    body=f"""青波市役所 市民課 戸籍係 ご担当者様

お世話になっております。みどり銀行 相続事務センターの宮城です。
相続人様からの委任に基づき、下記の除籍謄本を郵送で請求したいと考えております。
委任状の様式に指定があるかどうか、ご教示いただけますでしょうか。

　本籍　　：青波市中町二丁目15番地
　筆頭者　：乙部 義男
　生年月日：{wareki(1931, 9, 1)}
　死亡日　：令和8年6月28日
　請求者　：乙部 静江（長女）からの委任

郵便小為替は定額で同封いたします。
{SIG_MIYAGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="One deceased person's 本籍 and birth date to the city's family-register desk: one person's record may go.")

add("stop",
    sender=LIM,
    to=["Estate Services <estates@harborline-sec.com>"],
    subject="Inheritance procedures in Japan - overview for your transfer agent",
    charset="utf-8",
    body=f"""Dear Estate Services team,

As requested, please find attached our overview of the inheritance procedure flow at
Midori Bank, which you may share with your transfer agent when handling estates of
Japanese residents.
{SIG_LIM}
""",
    attachments=[{"kind": "pdf", "name": "Inheritance_procedure_overview_Midori.pdf",
                  "title": "Inheritance procedure overview",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo / Midori Bank",
                  "page_footer": "Confidential. Do not distribute outside the addressee.",
                  "lines": ["Inheritance procedure overview (Midori Bank)", "",
                            "1. Notification of death and freezing of accounts",
                            "2. Collection of koseki (family register) extracts",
                            "3. Verification of heirs and of any will",
                            "4. Signing of the division agreement or the bank's request form",
                            "5. Payment or transfer to heirs, return of original documents",
                            "", "Average lead time: 8.7 business days from complete documents."]}],
    detectors=["confidential_marking"],
    note="The PDF carries a CONFIDENTIAL page header and footer and goes to a foreign firm: a confidentiality marking.")

add("stop",
    sender=OKABE,
    to=["田島 健一 <tajima.k@midori-ginko.co.jp>", "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["五百旗頭 恵美 <emi.iokibe@gmail.com>"],
    subject="五百旗頭様 遺言執行に伴う払戻しのスケジュール",
    charset="iso-2022-jp",
    body=f"""田島様、白川先生
（CC：五百旗頭 恵美 様）

いつもお世話になっております。日の出産業の岡部です。

五百旗頭様の遺言執行に伴う払戻しについて、今後のスケジュールを共有いたします。
　11/12　遺言執行者（白川先生）による払戻請求書のご提出
　11/14　当センター審査完了
　11/19　指定口座への送金

ご相続人の五百旗頭 恵美様にも、進捗を直接お伝えできるようCCに入れております。
{SIG_OKABE}
""",
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="Bank, law firm and a private heir (three external parties) all in To/Cc: they should not see each other's addresses.")

add("pass",
    sender=SUNAGAWA,
    to=["相続業務管理室 <souzoku-kanri@midori-ginko.co.jp>"],
    subject="上期レビュー資料（11/18定例会用）",
    charset="utf-8",
    body=f"""相続業務管理室 御中

砂川です。11/18の定例会でご説明する上期レビュー資料をお送りします。
事前にお目通しいただけますと幸いです。
{SIG_SUNAGAWA}
""",
    attachments=[{"kind": "pptx", "name": "上期レビュー_相続BPO_2026.pptx", "title": "上期レビュー",
                  "slides": [["2026年度上期 相続手続BPO レビュー", "日の出産業株式会社 BPOサービス事業部",
                              "2026年11月18日"],
                             ["受付・完了件数の推移", "受付：月平均 149件（前年同期比 +12%）",
                              "完了：月平均 131件", "処理中残高：72件（10月末）"],
                             ["品質", "書類不備率 17.2% → 14.8%", "苦情 2件（いずれも対応完了）",
                              "誤払い・誤送付 0件"],
                             ["下期の取組み", "法定相続情報一覧図の受付拡大", "依頼書の様式改定（2027年4月）",
                              "電話応答率 95% を目標"]]}],
    note="A KPI deck of counts and rates to the client bank: no personal data, no marking.")

_mn057 = next_mn()
add("stop",
    sender=SAIONJI,
    to=["みなと証券 相続サポート <souzoku-support@minato-sec.co.jp>"],
    subject="相続口座開設書類の補記について（受付番号 MS-88120）",
    charset="cp932",
    body=f"""みなと証券株式会社
相続サポートデスク ご担当者様

お世話になっております。みどり銀行 相続事務センターの西園寺でございます。

ご指摘いただいた相続人口座開設申込書の個人番号欄の記入漏れにつき、
ご本人様に確認のうえ、下記のとおり補記をお願いいたします。

　申込者　　：長谷川 悠真 様
　個人番号　：{zen(mn_fmt(_mn057, 1))}

番号確認書類（個人番号カード表面の写し）は、追って郵送いたします。
{SIG_SAIONJI}
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="An heir's My Number written in full-width digits to a securities firm: still a My Number.")

_p058 = [person() for _ in range(6)]
_fw058 = "\n".join(f"{p['name']} / {p['addr_h']} / {p['tel']}" for p in _p058)
add("stop",
    sender=OKABE,
    to=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    subject="Fw: 相続人住所の確認結果",
    charset="iso-2022-jp",
    body=f"""片桐先生

お世話になっております。岡部です。
社内で確認した相続人の現住所です。ご参考までに転送いたします。

---------- Forwarded message ---------
From: 宮城 彩香 <miyagi.ayaka@hinode-sangyo.co.jp>
Date: 2026年11月4日(水) 17:02
Subject: 相続人住所の確認結果
To: 岡部 真理子 <okabe.mariko@hinode-sangyo.co.jp>

岡部さん

住民票の写しで確認した現住所と電話番号です（6名）。

{_fw058}

宮城
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="A forward of an internal mail listing six heirs' addresses and phones to a scrivener: a forward is new text, a list of people.")

add("pass",
    sender=MIYAGI,
    to=["田島 健一 <tajima.k@midori-ginko.co.jp>", "相続業務管理室 <souzoku-kanri@midori-ginko.co.jp>",
        "久保 税理士 <kubo@hikari-tax.jp>"],
    cc=["岡部 真理子 <okabe.mariko@hinode-sangyo.co.jp>"],
    subject="残高証明書の発行日の件（税理士法人ひかり会計様ご照会）",
    charset="iso-2022-jp",
    body=f"""田島様、相続業務管理室 各位
久保先生

お世話になっております。日の出産業の宮城です。

久保先生からご照会のあった「相続開始日時点の残高証明書と経過利息計算書の同時発行」について、
みどり銀行様のご判断を仰ぎたく、関係者の皆様に共有いたします。

現行手順では経過利息計算書は別途依頼となっており、発行まで約1週間を要しております。
同時発行が可能になれば、税理士の先生方のご負担が軽減されると考えます。
{SIG_MIYAGI}
""",
    detectors=["multiple_external_domains"],
    note="Four addresses but only two external organisations (the bank and the tax office) plus an internal Cc: a normal mail.")

add("stop",
    sender=SAIONJI,
    to=["やまびこ生命 保険金部 高階様 <takashina@yamabiko-life.co.jp>"],
    subject="Re: 御手洗様 死亡保険金請求（災害死亡保険金の該当性）",
    charset="utf-8",
    body=f"""高階様

お世話になっております。西園寺です。
ご照会の件、ご遺族（長女の御手洗 千尋様）から伺った内容をお伝えします。

被保険者の御手洗 勝利様は、令和8年9月14日夜、自宅近くの路上で強盗に襲われ、
搬送先の病院で亡くなられたとのことです。警察の捜査が続いており、
事件番号等は所轄署に照会中です。

災害死亡保険金の請求書類として、警察発行の証明書が必要かどうかご教示ください。
{SIG_SAIONJI}

> 西園寺様
> 被保険者様の死亡の原因について、事故・事件性の有無を確認させてください。
> やまびこ生命保険 保険金部 高階
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="New text says a named person was killed in a robbery: having been a crime victim is 要配慮個人情報.")
# -- 061-070 ----------------------------------------------------------------------------

_d061, _h061 = family(5, "F")
add("stop",
    sender=SAIONJI,
    to=["みなと証券 相続サポート <souzoku-support@minato-sec.co.jp>"],
    subject=f"{_d061['sei']}様 法定相続情報（一覧）の送付",
    charset="iso-2022-jp",
    body=f"""みなと証券 相続サポートデスク ご担当者様

お世話になっております。西園寺です。
{_d061['sei']}様のお預り証券の移管手続きに関し、法定相続情報をPDFにまとめましたのでお送りします。
原本（一覧図の写し）は別途郵送いたします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "pdf", "name": f"houtei_souzoku_{_d061['romaji_jp'].split()[0].lower()}.pdf",
                  "title": "法定相続情報",
                  "lines": ["法定相続情報（一覧）",
                            f"被相続人 {_d061['name']}　{wareki(*_d061['dob'])}生　令和8年5月30日死亡",
                            f"最後の住所 {_d061['addr_h']}", ""],
                  "table": [["続柄", "氏名", "生年月日", "住所"]] +
                           [[r, p["name"], wareki(*p["dob"]), p["addr_h"]] for r, p in _h061]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of five heirs (names, 和暦 birth dates, addresses) to a securities firm: a list of people.")

add("pass",
    sender=CENTER,
    to=[CENTER],
    bcc=["kazuko.sato.51@gmail.com", "ykimura@yahoo.co.jp", "m.tsukumo@icloud.com",
         "hattori-family@outlook.jp", "aya.domeki@docomo.ne.jp", "shigeru_i@softbank.ne.jp"],
    subject="【みどり銀行 相続事務センター】年末年始の休業についてのお知らせ",
    charset="iso-2022-jp",
    body="""お手続き中のお客様 各位

平素はみどり銀行をご利用いただき、誠にありがとうございます。
相続事務センターでは、年末年始を下記のとおり休業いたします。

　休業期間：2026年12月30日（水）～2027年1月4日（月）

休業期間中にお送りいただいた書類は、1月5日（火）以降に順次確認いたします。
お手続きの完了までにお時間をいただく場合がございますので、あらかじめご了承ください。

※本メールは送信専用アドレスから一斉にお送りしています（宛先は非表示）。

みどり銀行 相続事務センター（運営受託：日の出産業株式会社）
フリーダイヤル 0120-371-404（平日9:00～17:00）
""",
    detectors=["freemail_recipient"],
    note="A holiday notice to many heirs, all in Bcc: nobody sees anyone else; no personal data.")

add("stop",
    sender=MIZUNO,
    to=["岡部 真理子 <okabe.mariko@hinode-sangyo.jp>"],
    cc=["砂川 健吾 <sunagawa.kengo@hinode-sangyo.co.jp>"],
    subject="明日の朝会資料",
    charset="iso-2022-jp",
    body="""岡部さん

お疲れさまです。水野です。
明日の朝会で使う資料の要点です。

・今週の受付：41件（うち証券移管あり 9件）
・不備返却の多い書類：印鑑証明書の期限切れ
・来週から新人2名が審査補助に入ります

以上です。
水野
""",
    detectors=["lookalike_domain"],
    note="Meant for a colleague, but hinode-sangyo.jp drops the co. of the company's own hinode-sangyo.co.jp: a look-alike.")

add("pass",
    sender=OKABE,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>"],
    subject="Re: 貴センターの審査基準について",
    charset="cp932",
    body=f"""小野寺先生

お世話になっております。岡部です。
お問い合わせの審査基準ですが、当センターの審査マニュアルは社外秘の扱いとなっており、
恐れ入りますが原本をお渡しすることができません。
代わりに、先生方からのご質問が多い点を以下にまとめました。

・遺言書がある場合、検認済み（または公正証書遺言）であれば戸籍は被相続人の死亡の記載があるもので足ります。
・法定相続情報一覧図の写しをご提出いただいた場合、戸籍一式は不要です。
・印鑑登録証明書は、発行から6か月以内のものをお願いしております。
・代理人が手続きされる場合は、委任状（当行所定）に相続人の実印の押印が必要です。

ほかにご不明点があれば、お気軽にお問い合わせください。
{SIG_OKABE}
""",
    note="社外秘 is only mentioned (the manual cannot be shared); the mail itself is not marked and carries no personal data.")

_rows065 = [["相続人口座開設 補記情報（SZ-2026-05612）"], [],
            ["氏名", "フリガナ", "生年月日", "住所", "個人番号"]]
for _n, _k, _dob, _ad in [("栗花落 誠", "ツユリ マコト", (1966, 2, 2), "東京都小平市花小金井6-8-14"),
                          ("栗花落 陽子", "ツユリ ヨウコ", (1969, 7, 19), "埼玉県上尾市柏座1-22-7"),
                          ("吉田 綾乃", "ヨシダ アヤノ", (1972, 10, 5), "京都府京都市左京区下鴨宮崎町18")]:
    _rows065.append([_n, _k, seireki(*_dob), _ad, next_mn()])
add("stop",
    sender=SAIONJI,
    to=["みなと証券 相続サポート <souzoku-support@minato-sec.co.jp>"],
    subject="SZ-2026-05612 相続人口座開設の補記情報",
    charset="utf-8",
    body=f"""みなと証券 相続サポートデスク ご担当者様

お世話になっております。西園寺です。
栗花落様の株式移管に関し、相続人3名の口座開設に必要な補記情報をExcelでお送りします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "xlsx", "name": "補記情報_SZ-2026-05612.xlsx",
                  "sheets": {"補記": _rows065}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="Three heirs' My Numbers in an XLSX to a securities firm: any My Number stops (though only three people).")

add("stop",
    sender=OKABE,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="遺産分割調停に向けた論点整理（ドラフト）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。岡部です。
来週のお打合せ用に、銀行側の論点整理ドラフトをお送りします。
{SIG_OKABE}
""",
    attachments=[{"kind": "pptx", "name": "論点整理_SZ-2026-04210_draft.pptx",
                  "title": "論点整理（ドラフト）",
                  "page_footer": "極秘　日の出産業株式会社／みどり銀行",
                  "slides": [["遺産分割調停に向けた論点整理", "SZ-2026-04210", "ドラフト 2026/11/06"],
                             ["論点1 預金の払戻し時期", "調停成立前の仮払い制度（民法909条の2）の適用",
                              "払戻し上限額の算定"],
                             ["論点2 貸金庫", "開扉の立会人", "内容物の目録作成"],
                             ["当面の対応", "払戻し保留を継続", "相続人からの照会は白川先生へ一本化"]]}],
    detectors=["confidential_marking"],
    note="Every slide carries a 極秘 footer and the deck goes to the external law firm: a confidentiality marking.")

add("pass",
    sender=MIYAGI,
    to=["ikeda.misaki.0930@gmail.com"],
    subject="Re: 相続人に判断能力が不十分な方がいる場合について",
    charset="iso-2022-jp",
    body=f"""池田 美咲 様

お問い合わせいただきありがとうございます。みどり銀行 相続事務センターの宮城です。
一般的なご案内となりますが、お手続きの考え方をお知らせいたします。

相続人の中に、認知症や知的障害などにより判断能力が十分でない方がいらっしゃる場合、
その方ご自身が遺産分割協議に参加することはできません。
この場合、家庭裁判所で成年後見人等を選任していただき、後見人が協議に参加することになります。

なお、遺言書があり、遺言執行者が指定されている場合は、協議が不要となることもございます。
個別の状況については、司法書士や弁護士などの専門家にご相談されることをお勧めいたします。
{SIG_MIYAGI}
""",
    detectors=["freemail_recipient"],
    note="General guidance mentioning dementia and guardianship, tied to no identifiable person, to one heir on gmail.")

_p068 = [person() for _ in range(5)]
_l068 = "\n".join(f"　{zen(str(i))}．{p['name']}様\n　　住所：{p['addr_h']}\n　　ＴＥＬ：{zen(p['tel'])}"
                  for i, p in enumerate(_p068, start=1))
add("stop",
    sender=SUNAGAWA,
    to=["青葉運輸 さいたま営業所 <saitama@aoba-unyu.co.jp>"],
    subject="11/10 書類回収（相続人様宅）の集荷依頼",
    charset="cp932",
    body=f"""青葉運輸株式会社 さいたま営業所 ご担当者様

いつもお世話になっております。日の出産業の砂川です。
11月10日（火）に、下記5か所で相続手続書類の回収（集荷）をお願いいたします。
いずれも事前にお客様へ電話連絡のうえ、午後の時間帯でお伺いください。

{_l068}

回収した書類は、当日中に当センター（大宮）へお届けください。
{SIG_SUNAGAWA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five heirs' home addresses and full-width phone numbers for pickups, to the courier partner: a list of people.")

add("stop",
    sender=OKABE,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>"],
    subject="鬼頭様案件 相続人3名の状況",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。岡部です。
鬼頭様案件の相続人3名について、現時点の状況をお知らせします。

氏名            続柄    生年月日        住所                                  備考
--------------  ------  --------------  ------------------------------------  ------------------------------
鬼頭 静江       妻      {wareki(1947, 1, 8, 'abbr'):<14}  愛知県名古屋市昭和区八事本町5-2      特になし
鬼頭 康弘       長男    {wareki(1972, 6, 3, 'abbr'):<14}  愛知県名古屋市昭和区八事本町5-2      統合失調症で入院中（代理人要検討）
佐藤 由美子     長女    {wareki(1975, 9, 14, 'abbr'):<14}  静岡県浜松市中央区佐藤2-17-4         連絡窓口

長男様の件は、成年後見の申立てが必要か先生のご意見を伺えればと存じます。
{SIG_OKABE}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Only three heirs, but one row records a psychiatric diagnosis and hospitalisation: 要配慮個人情報 in a list row.")

_corps070 = [("みなと証券株式会社", "0101" + "48823917"), ("東都信託銀行株式会社", "0101" + "33417250"),
             ("やまびこ生命保険株式会社", "0111" + "62940385"), ("株式会社ひまわりカード", "0301" + "77105262")]
add("pass",
    sender=MIYAGI,
    to=["久保田会計事務所 <office@kubota-kaikei.jp>"],
    subject="Re: 被相続人の取引先金融機関の一覧",
    charset="iso-2022-jp",
    body="""久保田様

お世話になっております。宮城です。
ご依頼の、被相続人（SZ-2026-05577）が取引のあった金融機関の一覧です。
残高証明の請求先としてご利用ください。

  金融機関名                  法人番号         照会窓口
""" + "\n".join(f"  {pad(n, 28)}{corp_no(b)}    {t}" for (n, b), t in zip(
        _corps070, ["相続サポートデスク 0120-370-118", "相続センター 03-5219-4400",
                    "保険金部 0120-882-114", "会員サービス部 0570-011-385"])) + f"""

当行以外の残高証明書は、各社に相続人代表者様から請求いただく必要があります。
{SIG_MIYAGI}
""",
    entities=["JP_CORPORATE_NUMBER"],
    note="A list of financial institutions with their corporate numbers and service desks: businesses, not people.")
# -- 071-080 ----------------------------------------------------------------------------

_p071 = [person(years=(1930, 1950)) for _ in range(6)]
_rows071 = [["受付番号", "氏名", "生年月日", "基礎年金番号", "死亡日", "請求者（続柄）"]]
for _p in _p071:
    _rows071.append([f"SZ-2026-0{rng.randint(4000, 5600)}", _p["name"], wareki(*_p["dob"], style="abbr"),
                     f"{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}",
                     f"R8.{rng.randint(6, 10)}.{rng.randint(1, 28)}", rng.choice(["妻", "夫", "長男", "長女"])])
add("stop",
    sender=MIZUNO,
    to=["のぞみ社会保険労務士法人 <info@nozomi-sr.jp>"],
    subject="未支給年金請求 11月依頼分（6件）",
    charset="cp932",
    body=f"""のぞみ社会保険労務士法人
ご担当者様

いつもお世話になっております。水野です。
11月依頼分の未支給年金請求6件の一覧をお送りします。
（先方システムの都合で .xls 形式です）
{SIG_MIZUNO}
""",
    attachments=[{"kind": "xls", "name": "mishikyu_nenkin_202611.xls", "sheets": {"依頼一覧": _rows071}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="Legacy XLS listing six deceased people's 基礎年金番号 and birth dates to a social-insurance office.")

add("either",
    sender=MIYAGI,
    to=["久保 税理士 <kubo@hikari-tax.jp>"],
    subject="葬式費用の領収書について（雲母様）",
    charset="iso-2022-jp",
    body=f"""久保様

お世話になっております。宮城です。
雲母様の葬式費用について、相続人代表の雲母 綾乃様から領収書の写しをお預かりしました。

故人の雲母 茂様は熱心な浄土真宗の門徒でいらしたとのことで、葬儀は菩提寺で行われ、
お布施（40万円）は領収書がないため、ご遺族作成のメモでのご提出となります。
債務控除の対象として扱えるか、ご判断をお願いいたします。
{SIG_MIYAGI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="The deceased's Buddhist sect is mentioned to explain funeral costs: religion of a named person, but incidental; could go either way.")

_pp073 = f"T{rng.choice('RKZ')}{rng.randrange(10**6, 10**7)}"
add("stop",
    sender=LIM,
    to=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    subject="海外在住相続人のサイン証明について（SZ-2026-05488）",
    charset="utf-8",
    body=f"""片桐先生

お世話になっております。相続事務センター国際デスクのリムです。

SZ-2026-05488の相続人のうち、米国在住の二女 服部 千尋様（{seireki(1979, 12, 1, 'kanji')}生）は
印鑑登録証明書の代わりに在外公館でサイン証明を取得されます。
ご本人確認は日本国旅券で行っております。

　旅券番号：{_pp073}
　有効期限：2031年5月9日
　現住所　：1180 Alder Creek Dr, San Jose, CA 95129, USA

遺産分割協議書の英訳が必要かどうか、先生のお考えをお聞かせください。
{SIG_LIM}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="An overseas heir's passport number to a scrivener: identity document number stops.")

_pp074 = f"T{rng.choice('RKZ')}{rng.randrange(10**6, 10**7)}"
add("pass",
    sender=LIM,
    to=["Chihiro Hattori Miller <chihiro.h.miller@gmail.com>"],
    subject="Re: Signature certificate at the Consulate",
    charset="utf-8",
    body=f"""Dear Ms. Miller,

Thank you for your message. Yes, the signature certificate (shomei-sho) issued by the
Consulate General in San Francisco is accepted in place of the seal certificate.
Please sign the division agreement in front of the consular officer and send us the
original together with the certificate by international courier.

We will reimburse the courier fee; please keep the receipt.
{SIG_LIM}

On Wed, Nov 4, 2026 at 7:41 AM Chihiro Hattori Miller <chihiro.h.miller@gmail.com> wrote:
> Dear Ms. Lim,
>
> I have booked an appointment at the Consulate on Nov 20. For your records, my
> Japanese passport number is {_pp074}, valid until 2031.
> Can I use the consulate's signature certificate instead of the inkan certificate?
>
> Best,
> Chihiro
""",
    detectors=["freemail_recipient"],
    note="The passport number is only in the heir's own quoted message (On ... wrote:); the reply adds no data.")

add("stop",
    sender=MIZUNO,
    to=["hattori-family@outlook.jp"],
    subject="相続手続依頼書（記入見本つき）のお送り",
    charset="iso-2022-jp",
    body=f"""服部 様

お世話になっております。みどり銀行 相続事務センターの水野です。
お電話でお話しした相続手続依頼書を、記入見本つきでお送りいたします。
印刷してご記入のうえ、ご郵送ください。
{SIG_MIZUNO}
""",
    attachments=[{"kind": "corrupt", "name": "相続手続依頼書_記入見本.pdf"}],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="The attached PDF is corrupt (cannot be opened or inspected): unscannable attachment, to a free-mail heir.")

_d076, _h076 = family(5)
add("stop",
    sender=OKABE,
    to=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    subject=f"{_d076['sei']}様 相続登記用資料一式（ZIP）",
    charset="iso-2022-jp",
    body=f"""片桐先生

お世話になっております。岡部です。
{_d076['sei']}様の相続登記に必要な資料一式をZIPにまとめてお送りします。
　・相続人一覧（CSV）
　・遺産分割協議書（案）（Word）
{SIG_OKABE}
""",
    attachments=[{"kind": "zip", "name": f"touki_{_d076['romaji_jp'].split()[0].lower()}.zip",
                  "files": [{"kind": "csv", "name": "heirs.csv", "encoding": "utf-8",
                             "rows": [["続柄", "氏名", "生年月日", "住所", "電話"]] +
                                     [[r, p["name"], seireki(*p["dob"]), p["addr_h"], p["tel"]] for r, p in _h076]},
                            {"kind": "docx", "name": "遺産分割協議書_案.docx",
                             "paragraphs": ["遺産分割協議書（案）",
                                            f"被相続人 {_d076['name']} の遺産について、相続人全員で協議した結果、次のとおり分割することに合意した。",
                                            "1. 土地・建物は妻が取得する。",
                                            "2. みどり銀行の預金は相続人全員で法定相続分により取得する。"]}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="A plain ZIP whose CSV lists five heirs with birth dates, addresses and phones, to a scrivener: a list of people.")

add("pass",
    sender=LIM,
    to=["Estate Services <estates@harborline-sec.com>"],
    subject="Re: Estate of Mr. Yoshio SHIMIZU - status",
    charset="utf-8",
    body=f"""Dear Estate Services team,

Thank you for your follow-up. Regarding the late Mr. Yoshio SHIMIZU (date of birth
{seireki(1943, 4, 18, 'en')}, Harborline account HL-60237), Midori Bank has completed the
verification of heirs. The heirs have chosen to sell the holdings and receive the proceeds
in cash; the sale instruction signed by the heirs' representative will reach you by courier
next week.

Please confirm whether you also need the bank's letter on the freezing date.
{SIG_LIM}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="One deceased client's name, birth date and account reference to a foreign securities firm: one person's record.")

_a078 = acct()
add("stop",
    sender=MIZUNO,
    to=["川越支店 相続担当 <kawagoe-souzoku@midori-ginko.com>"],
    subject="SZ-2026-05633 払戻し完了のご連絡",
    charset="iso-2022-jp",
    body=f"""川越支店 相続担当 ご担当者様

お疲れさまです。相続事務センターの水野です。
下記案件の払戻しが完了しましたのでご連絡いたします。

　被相続人：橋本 茂 様
　口座　　：川越支店 普通 {_a078}（解約済）
　払戻日　：11月6日

通帳の失効処理をお願いいたします。
{SIG_MIZUNO}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginko.com swaps the partner bank's .co.jp for .com: a look-alike domain.")

add("stop",
    sender=MIYAGI,
    to=["税理士法人ひかり会計 久保様 <kubo@hikari-tax.jp>"],
    subject="FW: 相続預金の払戻し制度に関する事務連絡",
    charset="iso-2022-jp",
    body=f"""久保様

お世話になっております。宮城です。
仮払い制度の件、みどり銀行から届いた事務連絡を転送いたします。ご参考まで。
{SIG_MIYAGI}

-------- 転送メッセージ --------
差出人: 相続業務管理室 <souzoku-kanri@midori-ginko.co.jp>
日付: 2026年11月2日
件名: 相続預金の払戻し制度に関する事務連絡

【部外秘】

相続事務センター 各位

遺産分割前の相続預金の払戻し制度（民法909条の2）について、
今般、払戻し上限額の算定手順を以下のとおり変更します。
　1. 相続開始時の預金額に法定相続分と3分の1を乗じた額
　2. 同一金融機関からの払戻しは150万円が上限
　3. 複数口座の場合、口座ごとに算定

本連絡は行内および委託先限りとし、外部への提供は控えてください。

みどり銀行 事務統括部 相続業務管理室
""",
    detectors=["confidential_marking"],
    note="Forwards a bank circular stamped 【部外秘】 to an outside tax office: a forward is new text, the marking counts.")

add("pass",
    sender=OKABE,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="11/20 遺産分割協議の出席者",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。岡部です。
11/20（金）14:00からの遺産分割協議（先生の事務所にて）の出席者は、以下の3名です。

・東海林 浩二 様（長男）　090-2217-6048
・東海林 恵美 様（長女）　080-3390-1172
・宍戸 隆 様（二男の代理人・配偶者）　070-5518-2293

当センターからは私が同席いたします。会議室のご準備をお願いいたします。
{SIG_OKABE}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Three attendees with their phone numbers to the law firm hosting the meeting: a short list, may be warned.")
# -- 081-090 ----------------------------------------------------------------------------

_slides081 = [["係争・要注意案件 ケースレビュー", "2026年11月 相続事務センター", "対象：6件"]]
for _i in range(6):
    _dd, _hh = family(rng.randint(2, 4))
    _slides081.append([f"ケース{_i + 1}：故 {_dd['name']} 様（{wareki(*_dd['dob'], style='abbr')}生）",
                       f"口座：{rng.choice(['本店営業部', '上尾支店', '所沢支店', '川越支店'])} 普通 {acct()}",
                       f"相続開始時残高：{rng.randrange(3, 90) * 1000000 + rng.randrange(1000000):,}円",
                       f"相続人代表：{_hh[1][1]['name']}（{_hh[1][0]}）",
                       rng.choice(["争点：遺言の有効性（自筆証書・検認済）", "争点：特別受益の主張あり",
                                   "争点：相続人の一人と連絡不通", "争点：使途不明の出金（死亡前3か月）",
                                   "争点：預金の名義預金性", "争点：遺留分侵害額請求の予告"])])
add("stop",
    sender=OKABE,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="係争案件ケースレビュー資料（11月）",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。岡部です。
月次のケースレビュー資料をお送りします。
ケース4・5は、早めに先生のご見解をいただきたい案件です。
{SIG_OKABE}
""",
    attachments=[{"kind": "pptx", "name": "ケースレビュー_202611.pptx", "title": "ケースレビュー", "slides": _slides081}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="A deck with one slide per deceased customer (six people: name, birth date, account, balance) to the law firm: a list of people.")

add("pass",
    sender=SAIONJI,
    to=["やまびこ生命 保険金部 高階様 <takashina@yamabiko-life.co.jp>"],
    subject="死亡保険金請求書類の送付（証券番号 7730218845）",
    charset="iso-2022-jp",
    body=f"""やまびこ生命保険株式会社
保険金部 高階様

お世話になっております。西園寺です。
下記の死亡保険金請求書類一式を、本日簡易書留にて発送いたしました。

　証券番号　：7730218845
　被保険者　：雲母 勝利 様
　生年月日　：{wareki(1950, 10, 10)}
　住所　　　：神奈川県横浜市青葉区美しが丘3丁目21番6号
　受取人　　：雲母 のぞみ 様（長女）

同封書類：保険金請求書、死亡診断書（写し）、受取人の印鑑登録証明書、戸籍謄本
到着後、受付番号をお知らせいただけますと幸いです。
{SIG_SAIONJI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="One insured person's details for a claim; the death certificate is only named, not its contents: one person's record.")

_d083, _h083 = family(5)
_t083 = "\n".join(f"{i}) {p['name']}（{r}）{wareki(*p['dob'], style='kanji_zen')}生　{p['addr_h']}"
                  for i, (r, p) in enumerate(_h083, start=1))
add("stop",
    sender=MIYAGI,
    to=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    subject=f"Re: {_d083['sei']}様 相続人の範囲について",
    charset="iso-2022-jp",
    body=f"""片桐先生

ご確認ありがとうございます。宮城です。
ご指摘のとおり、前回お送りした一覧から二男の方が漏れておりました。
訂正後の相続人は以下の5名です。

{_t083}

大変失礼いたしました。
{SIG_MIYAGI}

> 宮城様
> いただいた一覧ですが、除籍謄本を見ると二男の方がいらっしゃるようです。
> 念のためご確認いただけますか。
> 片桐
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="A reply whose quoted part is harmless but whose new text lists five heirs (full-width 和暦 dates, addresses): new text counts.")

_sum084 = [["遺言信託 引継ぎ案件 サマリー（2026年10月）"], [], ["区分", "件数"],
           ["遺言執行 開始", 5], ["相続人確定待ち", 4], ["預金払戻し済", 3], ["合計", 12]]
_raw084 = [["No", "被相続人", "生年月日", "店番", "口座番号", "残高（円）", "遺言公正証書番号"]]
for _i in range(12):
    _p = person(years=(1926, 1948))
    _raw084.append([_i + 1, _p["name"], seireki(*_p["dob"]), f"{rng.randrange(100, 400)}", acct(),
                    rng.randrange(500000, 60000000), f"令和{rng.randint(2, 7)}年第{rng.randrange(100, 2000)}号"])
add("stop",
    sender=SAIONJI,
    to=["東都信託銀行 遺言信託部 <igon-shintaku@tohto-trust.co.jp>"],
    subject="遺言信託 引継ぎ案件の件数報告（10月）",
    charset="utf-8",
    body=f"""東都信託銀行 遺言信託部 ご担当者様

お世話になっております。みどり銀行 相続事務センターの西園寺です。
10月の引継ぎ案件の件数をまとめましたので、ご報告いたします。
内訳は添付のサマリーシートをご覧ください。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "xlsx", "name": "引継ぎ案件報告_202610.xlsx",
                  "sheets": {"サマリー": _sum084, "元データ": _raw084}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="The mail speaks of counts, but the workbook's second sheet holds twelve deceased customers' names, birth dates and accounts.")

add("pass",
    sender=MIZUNO,
    to=["清涼葬祭 経理課 <keiri@seiryo-sousai.co.jp>"],
    subject="葬儀費用のお支払いについて（故 服部 義男 様）",
    charset="cp932",
    body=f"""株式会社清涼葬祭
経理課 ご担当者様

お世話になっております。みどり銀行 相続事務センターの水野と申します。
故 服部 義男 様の葬儀費用につき、ご遺族のご依頼により、
被相続人名義の預金から貴社へ直接お振込みすることとなりました。

　請求書番号：SS-261019-044
　ご請求額　：1,386,000円
　振込先　　：みどり銀行 大宮駅前支店 当座 0088123 カ）セイリョウソウサイ
　振込予定日：11月12日

お振込み後、領収書をご遺族宛にお送りいただけますでしょうか。
{SIG_MIZUNO}
""",
    note="Paying a funeral company's invoice into its corporate account: a business account, the deceased only named.")

add("pass",
    sender="宇佐美 純 <usami.jun@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="[問合せ] 相続受付画面で受付番号の採番が重複する",
    charset="utf-8",
    body="""ツバサシステム サポートご担当者様

お世話になっております。日の出産業 相続事務センターの宇佐美です。

相続受付画面（v3.8.2）で、2名が同時に新規登録した際に受付番号が重複する事象が
2回発生しました（11/2 10:14、11/5 15:31）。
画面のスクリーンショットを添付します（顧客情報はマスクしています）。

・発生画面：相続受付 > 新規登録 > 確定
・エラーメッセージ：「E-2031 一意制約違反」
・回避策：確定ボタンを再押下すると別番号で登録される

調査をお願いいたします。

宇佐美 純
日の出産業株式会社 相続事務センター システム担当
TEL 048-788-1285
""",
    attachments=[{"kind": "png", "name": "screenshot_E2031.png"}],
    note="A bug report to the system partner with a masked screenshot: no personal data.")

add("pass",
    sender=IMAI,
    to=["相続事務センター 全員 <sz-all@hinode-sangyo.co.jp>"],
    subject="【社外秘】審査マニュアル改訂版（v5.0）の配布",
    charset="iso-2022-jp",
    body="""相続事務センター 各位

品質管理課の今井です。
審査マニュアルを改訂しましたので、パスワード付きZIPで配布します。
パスワードは朝会でお伝えします。
11/16以降はv5.0で審査してください。旧版は各自削除をお願いします。

今井
""",
    attachments=[{"kind": "zip", "name": "shinsa_manual_v5.0.zip", "password": "v5-Kaitei!",
                  "files": [{"kind": "docx", "name": "審査マニュアル_v5.0.docx", "page_header": "社外秘",
                             "paragraphs": ["審査マニュアル v5.0", "第1章 受付", "第2章 戸籍の確認"]}]}],
    note="Marked 社外秘 and an encrypted ZIP, but it goes only to an internal list: internal mail may carry anything.")

add("stop",
    sender=SAIONJI,
    to=["ときわ損保 保険金サービス課 <hoken-service@tokiwa-sonpo.co.jp>"],
    subject="傷害保険 死亡保険金請求（死体検案書の写し送付）",
    charset="iso-2022-jp",
    body=f"""ときわ損害保険株式会社
保険金サービス課 ご担当者様

お世話になっております。みどり銀行 相続事務センターの西園寺です。
みどり銀行ローン付帯の傷害保険について、死亡保険金の請求に必要な
死体検案書の写し（記載内容の書き起こし）をお送りいたします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "pdf", "name": "死体検案書_写し_SZ-2026-05702.pdf", "title": "死体検案書（写し）",
                  "lines": ["死体検案書（写し・記載内容）", "",
                            "氏名　　　　：宍戸 拓海（男）",
                            f"生年月日　　：{wareki(1981, 3, 27)}",
                            "住所　　　　：群馬県前橋市大手町2丁目11番5号",
                            "死亡日時　　：令和8年9月30日 午後6時頃（推定）",
                            "死亡の原因　：（ア）外傷性くも膜下出血　（イ）頭部打撲",
                            "外因死の追加事項：作業中の転落（自宅屋根より）",
                            "検案医　　　：前橋中央クリニック 医師 宇都宮 康弘"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A PDF transcript of a named person's post-mortem certificate (cause of death, injuries) to an insurer: medical 要配慮個人情報.")

add("pass",
    sender=SUNAGAWA,
    to=["錦印刷 営業部 矢作様 <yahagi@nishiki-insatsu.co.jp>"],
    subject="10月分 発送実績（請求照合用）",
    charset="utf-8",
    body=f"""矢作様

お世話になっております。砂川です。
10月分の発送実績をCSVでお送りします。請求書との照合にお使いください。
{SIG_SUNAGAWA}
""",
    attachments=[{"kind": "csv", "name": "hassou_jisseki_202610.csv", "encoding": "utf-8",
                  "rows": [["発送日", "帳票", "通数", "料金区分"]] +
                          [[f"2026/10/{d:02d}", rng.choice(["相続手続のご案内A", "相続手続のご案内B", "不備のお知らせ"]),
                            rng.randrange(5, 60), rng.choice(["定形", "定形外"])] for d in (2, 6, 9, 14, 16, 21, 23, 28, 30)]}],
    note="CSV of daily mailing counts per form to the printing partner: aggregate figures, no people.")
# -- 090-100 ----------------------------------------------------------------------------

_acc090 = [("普通預金", "上尾支店", acct(), "2,418,730"), ("定期預金", "上尾支店", acct(), "5,000,000"),
           ("定期預金", "上尾支店", acct(), "3,000,000"), ("積立定期", "大宮駅前支店", acct(), "1,260,000"),
           ("投資信託", "上尾支店", f"{rng.randrange(10**6, 10**7)}", "評価額 4,887,215")]
add("pass",
    sender=MIYAGI,
    to=["久保田会計事務所 久保田様 <office@kubota-kaikei.jp>"],
    subject="五百旗頭様 残高証明書の内容（速報）",
    charset="utf-8",
    body=f"""久保田様

お世話になっております。宮城です。
五百旗頭 正雄 様（{seireki(1938, 2, 11, 'kanji')}生、令和8年9月2日死亡）の
相続開始日現在の残高は以下のとおりです。正本は本日郵送しました。

""" + "\n".join(f"  ・{k}　{b}　{n}　{v}円" for k, b, n, v in _acc090) + f"""

経過利息は普通預金 12円、定期預金 合計 1,845円です。
{SIG_MIYAGI}
""",
    html="""<html><body><p>久保田様</p><p>お世話になっております。宮城です。<br>
五百旗頭 正雄 様の相続開始日現在の残高は以下のとおりです。正本は本日郵送しました。</p>
<table border="1" cellpadding="3"><tr><th>種類</th><th>支店</th><th>口座番号</th><th>残高（円）</th></tr>""" +
    "".join(f"<tr><td>{k}</td><td>{b}</td><td>{n}</td><td>{v}</td></tr>" for k, b, n, v in _acc090) +
    """</table><p>宮城 彩香<br>日の出産業株式会社 相続事務センター</p></body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="Five account rows, but all of one deceased person (text + HTML): one person's record to the tax accountant.")

add("stop",
    sender=OKABE,
    to=["白川法律事務所 朝霧先生 <asagiri@shirakawa-law.jp>"],
    subject="自筆証書遺言の書き起こし（検認前の確認用）",
    charset="iso-2022-jp",
    body=f"""朝霧先生

お世話になっております。岡部です。
相続人様からお預かりした自筆証書遺言（封緘なし）の写しを書き起こしました。
検認申立ての前に、記載内容の有効性についてご意見をいただければ幸いです。
{SIG_OKABE}
""",
    attachments=[{"kind": "docx", "name": "遺言書_書き起こし.docx", "title": "遺言書 書き起こし",
                  "page_footer": "取扱注意（相続事務センター）",
                  "paragraphs": ["遺言書（書き起こし）",
                                 "遺言者 九十九 善治（昭和十年五月五日生）は、次のとおり遺言する。",
                                 "一、埼玉県上尾市柏座四丁目一番二号の土地及び建物を、妻 九十九 トメに相続させる。",
                                 "一、みどり銀行上尾支店の預金のすべてを、長女 鬼頭 久美子に相続させる。",
                                 "一、遺言執行者として、長女 鬼頭 久美子を指定する。",
                                 "令和七年十二月一日　九十九 善治　㊞"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["confidential_marking", "personal_data"],
    note="The DOCX footer is stamped 取扱注意 and it goes to the (external) law firm: a marking inside an attachment.")

add("pass",
    sender=MIZUNO,
    to=["佐藤 和子 <kazuko.sato.51@yahoo.co.jp>"],
    subject="お振込み完了のお知らせ（みどり銀行 相続事務センター）",
    charset="iso-2022-jp",
    body=f"""佐藤 和子 様

平素よりお世話になっております。みどり銀行 相続事務センターでございます。
故 佐藤 茂 様のご預金につき、本日、下記のとおりお振込みが完了いたしました。

　お振込み先：みどり銀行 浦和常盤支店 普通 ****218
　お振込み額：8,214,553円
　お振込み日：2026年11月9日

お預かりしていた戸籍謄本等の原本は、別途簡易書留にてご返却いたします。
このたびは、お手続きにご協力いただき誠にありがとうございました。
{SIG_MIZUNO}
""",
    detectors=["freemail_recipient"],
    note="Payment notice to the heir herself with her account number masked (****218): no full personal data, one free-mail recipient.")

add("pass",
    sender=MIZUNO,
    to=["takumi_minai@softbank.ne.jp"],
    subject="相続手続依頼書の様式と記入例",
    charset="utf-8",
    body=f"""薬袋 拓海 様

お世話になっております。みどり銀行 相続事務センターの水野です。
ご依頼の相続手続依頼書（様式）と記入例をPDFでお送りいたします。
記入例はあくまで見本ですので、実際の内容に置き換えてご記入ください。
{SIG_MIZUNO}
""",
    attachments=[{"kind": "pdf", "name": "相続手続依頼書_様式と記入例.pdf", "title": "相続手続依頼書 記入例",
                  "lines": ["相続手続依頼書（記入例）", "",
                            "1. 被相続人（お亡くなりになった方）",
                            "　　お名前：みどり 太郎（記入例）　ご逝去日：令和○年○月○日",
                            "2. 相続人代表者",
                            "　　お名前：みどり 花子（記入例）　ご住所：○○県○○市○○町○丁目○番○号",
                            "　　お電話：（　　　）　　　－",
                            "3. お手続きの内容（該当に○）",
                            "　　□ 払戻し　□ 名義変更　□ 残高証明書の発行",
                            "4. 振込先口座", "　　金融機関名・支店名・預金種目・口座番号をご記入ください。",
                            "", "※ご実印を押印し、印鑑登録証明書を添付してください。"]}],
    detectors=["freemail_recipient"],
    note="A blank request form with placeholder sample entries (みどり 太郎, ○○県…) to one heir: no real person's data.")

add("pass",
    sender="日の出産業 BPOサービス事業部 <bpo-info@hinode-sangyo.co.jp>",
    to=["bpo-info@hinode-sangyo.co.jp"],
    bcc=["onodera@kanae-shiho.jp", "info@katagiri-shihoshoshi.com", "kubo@hikari-tax.jp",
         "office@kubota-kaikei.jp", "souzoku-support@minato-sec.co.jp", "info@nozomi-sr.jp",
         "shiharai-uketsuke@yamabiko-life.co.jp", "shirakawa@shirakawa-law.jp"],
    subject="【ご案内】相続事務センター 移転のお知らせ",
    charset="iso-2022-jp",
    body="""関係各位

拝啓 時下ますますご清祥のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、このたび日の出産業株式会社 相続事務センターは、業務拡大に伴い
下記へ移転することとなりました。

　新住所　：〒330-0846 埼玉県さいたま市大宮区大門町3-88 大門スクエア8F
　業務開始：2027年1月12日（火）
　電話番号：048-788-1200（変更ございません）

書類のご送付先も同日より新住所へ変更となります。
今後とも変わらぬご愛顧を賜りますよう、お願い申し上げます。
敬具

日の出産業株式会社 BPOサービス事業部
""",
    note="An office-move notice to partners, all in Bcc (no one sees the others): ordinary business mail.")

_d095, _h095 = family(5, "F")
_prose095 = "、".join(f"{r}の{p['name']}（{wareki(*p['dob'])}生、{p['addr_h']}在住）" for r, p in _h095)
add("stop",
    sender=OKABE,
    to=["久保 税理士 <kubo@hikari-tax.jp>"],
    subject=f"{_d095['sei']}様 相続税申告のご依頼",
    charset="cp932",
    body=f"""久保先生

いつもお世話になっております。岡部です。
新たに相続税申告をお願いしたい案件がございます。

被相続人は{_d095['name']}様（令和8年10月1日ご逝去）で、相続人は、{_prose095}の5名です。

遺産はみどり銀行の預金（約6,800万円）と自宅不動産で、申告が必要になる見込みです。
来週、相続人代表者様と一緒にご挨拶に伺えればと存じます。
{SIG_OKABE}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Five heirs' names, 和暦 birth dates and addresses run together in one sentence to a tax accountant: still a list of people.")

add("either",
    sender=MIYAGI,
    to=["小野寺 司法書士 <onodera@kanae-shiho.jp>"],
    subject="Re: 池田様 相続人の確認",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。宮城です。
池田様の相続人は、戸籍上以下の5名で間違いありません。

　池田 静江（妻）
　池田 康弘（長男）
　池田 秀樹（二男）
　長谷川 千尋（長女）
　池田 悠真（孫・代襲相続人）

住所・連絡先は、依頼書の受領後にあらためてお送りします。
{SIG_MIYAGI}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="Five names with only their family relation (no contact data or identifiers): whether that is a 'list of people's records' is debatable.")

add("pass",
    sender=OKABE,
    to=["田島 健一 <tajima.k@midori-ginko.co.jp>"],
    cc=["片桐 司法書士事務所 <info@katagiri-shihoshoshi.com>"],
    bcc=["recept.hattori@gmail.com"],
    subject="服部様 払戻し手続の進め方について",
    charset="iso-2022-jp",
    body=f"""田島様
片桐先生

お世話になっております。日の出産業の岡部です。

服部様案件について、遺産分割協議書の署名が揃いましたので、
払戻し手続を進めさせていただきます。
　・11/13　払戻請求書の受付（片桐先生経由）
　・11/17　送金
相続人代表者様には、本メールをBccでお送りしております。
{SIG_OKABE}
""",
    detectors=["multiple_external_domains", "freemail_recipient"],
    note="Bank and scrivener in To/Cc (two organisations) and the heir in Bcc: nobody visible beyond two parties.")

add("pass",
    sender=OKABE,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="Re: 四十物様案件 今後の進め方",
    charset="utf-8",
    body=f"""白川先生

ご連絡ありがとうございます。岡部です。
承知いたしました。遺留分侵害額請求への回答書は先生からご送付いただき、
当センターでは払戻しの保留を継続いたします。
回答期限（12/4）の前週に、あらためて状況を確認させてください。
{SIG_OKABE}

> 岡部様
>
> 四十物 拓海様の代理人弁護士から、遺留分侵害額として1,240万円の支払いを求める
> 通知が届きました。回答書は当方から12/4までに送付します。
> それまで払戻しは保留でお願いします。
>
> 白川法律事務所 白川
""",
    note="A short reply; the dispute details are in the quoted text from the law firm, and the new text adds no personal data.")

_p099 = [person() for _ in range(6)]
_l099 = "\n".join(
    f"{p['name']}{'　' * max(7 - len(p['name_nospace']), 1)}{rng.choice(['みどり銀行', 'みどり銀行', 'あけぼの信用金庫', 'ひのき銀行'])}"
    f"　{rng.choice(['上尾', '川越', '船橋', '仙台中央', '西新'])}支店　普通　{acct()}"
    for p in _p099)
add("stop",
    sender=SUNAGAWA,
    to=["みどり銀行 事務センター 送金係 <soukin@midori-ginko.co.jp>"],
    subject="【送金依頼】11/17実行分 相続払戻金の振込先",
    charset="cp932",
    body=f"""事務センター 送金係 ご担当者様

お世話になっております。相続事務センターの砂川です。
11/17実行分の相続払戻金の振込先をお知らせします。
依頼書の原本は本日の社内便でお送りしました。

受取人　　　　　　　振込先
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
{_l099}

金額は依頼書の記載どおりです。ご確認をお願いいたします。
{SIG_SUNAGAWA}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="Six heirs' names and their bank accounts, padded with full-width spaces, to the bank's operations centre (external): a list of people.")

add("pass",
    sender=LIM,
    to=["Custody Operations <custody.ops@pacificharbor-trust.com>"],
    subject="Documents required for inheritance claims on Midori Bank accounts",
    charset="utf-8",
    body=f"""Dear Custody Operations team,

Thank you for your enquiry about clients of yours who are heirs of Midori Bank customers.
Please find attached a short list of the documents Midori Bank requires when an heir
lives outside Japan. In general:

 - Certified koseki extracts are obtained in Japan (we can arrange this for a fee).
 - A signature certificate from a Japanese consulate replaces the seal certificate.
 - Non-Japanese heirs may submit a notarised affidavit of signature instead.
 - Payments abroad are made in JPY by telegraphic transfer; fees are borne by the heir.

Typical lead time is four to six weeks from receipt of complete documents.
{SIG_LIM}
{DISC_EN}
""",
    attachments=[{"kind": "docx", "name": "Required_documents_overseas_heirs.docx",
                  "title": "Required documents - overseas heirs",
                  "paragraphs": ["Required documents - heirs residing overseas",
                                 "This checklist applies to Midori Bank deposit accounts."],
                  "tables": [[["Document", "Issued by", "Notes"],
                              ["Koseki extracts of the deceased", "Japanese municipality", "birth to death"],
                              ["Signature certificate", "Japanese embassy / consulate", "within 6 months"],
                              ["Proof of address", "Local authority / notary", "Non-Japanese heirs"],
                              ["Claim form (Midori Bank)", "Midori Bank", "signed by all heirs"]]]}],
    note="A generic English checklist to a foreign custodian with the standard disclaimer: no personal data, no marking.")
