"""Blind corpus, area "printing": 日の出産業's printing and mailing business (印刷・DM発送代行).

Clients' address data for direct mail, variable-data printing of names, proofs sent for
approval, address-cleansing results, returned-mail lists, postal discounts, business cards
with staff data, exam certificates with names, data deletion certificates, subcontracted
binding, clients' confidential documents.

Every person, number, address, company (other than the partner domains named in BRIEF.md)
and domain in this file is invented.  My Numbers and card numbers come from build.py's
my_number() / card_number(), seeds starting at 8401 (8401, 8402, … in order of use).
"""

from __future__ import annotations

import random

from build import card_number, my_number

_rng = random.Random(8401)
_seed = [8401]


def _next_seed() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


def corp_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"), ("阿部", "アベ", "Abe"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"),
    ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("石田", "イシダ", "Ishida"), ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"),
    ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"), ("宮本", "ミヤモト", "Miyamoto"),
    ("大野", "オオノ", "Ono"), ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"),
    ("河野", "コウノ", "Kono"), ("藤原", "フジワラ", "Fujiwara"), ("小島", "コジマ", "Kojima"),
    # rare surnames
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("薬袋", "ミナイ", "Minai"), ("一寸木", "チョッキ", "Chokki"), ("九十九", "ツクモ", "Tsukumo"),
    ("四十物", "アイモノ", "Aimono"), ("御手洗", "ミタライ", "Mitarai"), ("左右田", "ソウダ", "Soda"),
    ("鬼頭", "キトウ", "Kito"), ("神宮寺", "ジングウジ", "Jingūji"), ("雲母", "キララ", "Kirara"),
    ("十文字", "ジュウモンジ", "Jumonji"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("纐纈", "コウケツ", "Koketsu"), ("栗花落", "ツユリ", "Tsuyuri"), ("小鳥遊", "タカナシ", "Takanashi"),
]

GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("健一", "ケンイチ", "Kenichi"),
    ("由美子", "ユミコ", "Yumiko"), ("大輔", "ダイスケ", "Daisuke"), ("彩香", "アヤカ", "Ayaka"),
    ("誠", "マコト", "Makoto"), ("恵子", "ケイコ", "Keiko"), ("拓海", "タクミ", "Takumi"),
    ("千尋", "チヒロ", "Chihiro"), ("浩二", "コウジ", "Koji"), ("真理子", "マリコ", "Mariko"),
    ("隆", "タカシ", "Takashi"), ("陽菜", "ヒナ", "Hina"), ("和也", "カズヤ", "Kazuya"),
    ("久美", "クミ", "Kumi"), ("修", "オサム", "Osamu"), ("奈々", "ナナ", "Nana"),
    ("勝彦", "カツヒコ", "Katsuhiko"), ("文子", "フミコ", "Fumiko"), ("悠斗", "ユウト", "Yuto"),
    ("沙織", "サオリ", "Saori"), ("正樹", "マサキ", "Masaki"), ("弘美", "ヒロミ", "Hiromi"),
    ("智也", "トモヤ", "Tomoya"), ("典子", "ノリコ", "Noriko"), ("蓮", "レン", "Ren"),
    ("結衣", "ユイ", "Yui"), ("義男", "ヨシオ", "Yoshio"), ("トミ", "トミ", "Tomi"),
    ("清", "キヨシ", "Kiyoshi"), ("幸子", "サチコ", "Sachiko"), ("直人", "ナオト", "Naoto"),
    ("早苗", "サナエ", "Sanae"), ("功", "イサオ", "Isao"), ("芳江", "ヨシエ", "Yoshie"),
]

# (都道府県, 市区町村, 町域, 郵便番号の上3桁)
PLACES = [
    ("東京都", "練馬区", "豊玉北", "176"), ("東京都", "世田谷区", "経堂", "156"),
    ("東京都", "江戸川区", "西葛西", "134"), ("東京都", "八王子市", "長房町", "193"),
    ("東京都", "板橋区", "常盤台", "174"), ("神奈川県", "横浜市港北区", "日吉本町", "223"),
    ("神奈川県", "川崎市中原区", "小杉町", "211"), ("神奈川県", "相模原市南区", "相南", "252"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251"), ("埼玉県", "さいたま市浦和区", "常盤", "330"),
    ("埼玉県", "川口市", "芝新町", "333"), ("埼玉県", "所沢市", "小手指町", "359"),
    ("埼玉県", "越谷市", "蒲生寿町", "343"), ("千葉県", "船橋市", "習志野台", "274"),
    ("千葉県", "柏市", "豊四季", "277"), ("千葉県", "市川市", "八幡", "272"),
    ("茨城県", "つくば市", "竹園", "305"), ("栃木県", "宇都宮市", "戸祭", "320"),
    ("群馬県", "高崎市", "江木町", "370"), ("静岡県", "浜松市中央区", "富塚町", "432"),
    ("愛知県", "名古屋市千種区", "覚王山通", "464"), ("愛知県", "岡崎市", "康生通西", "444"),
    ("大阪府", "大阪市阿倍野区", "阪南町", "545"), ("大阪府", "豊中市", "緑丘", "560"),
    ("大阪府", "堺市北区", "中百舌鳥町", "591"), ("京都府", "京都市左京区", "下鴨松原町", "606"),
    ("兵庫県", "神戸市灘区", "六甲台町", "657"), ("兵庫県", "西宮市", "甲子園口", "663"),
    ("宮城県", "仙台市青葉区", "八幡", "980"), ("北海道", "札幌市豊平区", "月寒東", "062"),
    ("北海道", "旭川市", "東光", "078"), ("新潟県", "新潟市中央区", "関屋", "951"),
    ("長野県", "松本市", "清水", "390"), ("広島県", "広島市安佐南区", "祇園", "731"),
    ("福岡県", "福岡市東区", "香椎駅前", "813"), ("福岡県", "北九州市小倉北区", "黄金", "802"),
    ("熊本県", "熊本市中央区", "水前寺", "862"), ("岡山県", "岡山市北区", "津島", "700"),
    ("石川県", "金沢市", "もりの里", "920"), ("沖縄県", "那覇市", "首里石嶺町", "903"),
]

BUILDINGS = ["コーポ若葉", "サンハイツ", "グランメゾン", "メゾン・ド・ソレイユ", "パークサイド",
             "ハイム緑", "レジデンス桜", "シャトー", "ヴィラ青葉", "ドミール"]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com"]

ZEN = str.maketrans("0123456789-/.,:()", "０１２３４５６７８９－／．，：（）")


def zen(s: str) -> str:
    return s.translate(ZEN)


def wareki(y: int, m: int, d: int, style: str = "long") -> str:
    if y >= 2019 and (y, m) >= (2019, 5):
        era, short, ey = "令和", "R", y - 2018
    elif y >= 1989 and (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "long":
        return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "zen":
        return zen(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{ey}年{m}月{d}日"


def person(rng: random.Random = _rng, young: bool = False, old: bool = False) -> dict:
    s = rng.choice(SURNAMES)
    g = rng.choice(GIVEN)
    pref, city, town, zp = rng.choice(PLACES)
    zipc = f"{zp}-{rng.randrange(10000):04d}"
    style = rng.randrange(4)
    a, b, c = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 22)
    if style == 0:
        street = f"{a}-{b}-{c}"
    elif style == 1:
        street = f"{a}丁目{b}番{c}号"
    elif style == 2:
        street = f"{rng.randint(100, 2999)}-{rng.randint(1, 9)}"
    else:
        street = f"{a}-{b}-{c} {rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 8)}"
    if old:
        y = rng.randint(1930, 1950)
    elif young:
        y = rng.randint(1995, 2007)
    else:
        y = rng.randint(1948, 2002)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mobile = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    area = {"東京都": "03", "大阪府": "06", "神奈川県": "045", "愛知県": "052",
            "北海道": "011", "福岡県": "092", "宮城県": "022"}.get(pref, "04" + str(rng.randint(2, 9)))
    if len(area) == 2:
        home = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    else:
        home = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    local = rng.choice([f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{rng.randint(10, 99)}",
                        f"{g[2][0].lower()}{s[2].lower()}{y % 100:02d}",
                        f"{g[2].lower()}_{rng.randint(100, 999)}"])
    local = local.replace("ū", "u")
    email = f"{local}@{rng.choice(FREEMAIL)}"
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nsp": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}".replace("ū", "u"),
        "ROMAJI": f"{s[2].upper()} {g[2]}".replace("Ū", "U"),
        "zip": zipc, "pref": pref, "addr": f"{pref}{city}{town}{street}",
        "addr_nopref": f"{city}{town}{street}",
        "mobile": mobile, "home": home, "email": email,
        "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}",
        "dob_jp": wareki(y, m, d), "dob_short": wareki(y, m, d, "short"),
        "dob_zen": wareki(y, m, d, "zen"),
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def pad(cell: str, width: int) -> str:
    """Left-justify by display width (full-width characters count 2)."""
    w = sum(2 if ord(ch) > 0x2E7F else 1 for ch in cell)
    return cell + " " * max(width - w, 0)


def ptable(header: list[str], rows: list[list[str]], widths: list[int], rule: str = "-") -> str:
    out = ["".join(pad(h, w) for h, w in zip(header, widths)).rstrip()]
    out.append(rule * (sum(widths) - 2))
    for r in rows:
        out.append("".join(pad(c, w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


def zpad(cell: str, width: int) -> str:
    """Pad with full-width spaces (width in characters)."""
    return cell + "\u3000" * max(width - len(cell), 0)


def acct(rng: random.Random = _rng) -> str:
    return f"{rng.randint(1000000, 9999999)}"


# -- staff signatures (the sender's own contacts: never labelled) -------------------------

SAKAMAKI = "坂巻 亮 <r.sakamaki@hinode-sangyo.co.jp>"
NOTO = "能登 さやか <s.noto@hinode-sangyo.co.jp>"
MARUOKA = "丸岡 健二 <k.maruoka@print.hinode-sangyo.co.jp>"
SETOGUCHI = "瀬戸口 真由美 <m.setoguchi@hinode-sangyo.co.jp>"
OBINATA = "大日向 徹 <t.obinata@hinode-sangyo.co.jp>"
KASAI = "葛西 みのり <m.kasai@hinode-sangyo.co.jp>"
KUSAKABE = "日下部 聡 <s.kusakabe@hinode-sangyo.co.jp>"
MIZUSHIMA = "Kenta Mizushima <k.mizushima@hinode-sangyo.co.jp>"
TOKORO = "所 裕太 <y.tokoro@dm.hinode-sangyo.co.jp>"

SIG_SAKAMAKI = """--
日の出産業株式会社 DM事業部 営業一課
坂巻 亮（さかまき りょう）
〒333-0851 埼玉県川口市芝新町8-21 川口プリントセンター
TEL 048-265-7701 / FAX 048-265-7709
r.sakamaki@hinode-sangyo.co.jp"""

SIG_NOTO = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
データ処理センター　能登 さやか
TEL：048-265-7740（直通）
Mail：s.noto@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_MARUOKA = """-------------------------------------
日の出産業(株) 印刷事業部 制作課
丸岡 健二
川口プリントセンター 2F
TEL 048-265-7722 内線 318
-------------------------------------"""

SIG_SETOGUCHI = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　発送管理課
瀬戸口　真由美
〒333-0851　埼玉県川口市芝新町８－２１
ＴＥＬ　０４８－２６５－７７３０
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_OBINATA = """日の出産業株式会社
営業本部 営業二課　大日向 徹
TEL: 03-5820-4411  携帯: 080-4417-2290
https://www.hinode-sangyo.co.jp/"""

SIG_KASAI = """――――――――――――――――
日の出産業株式会社 総務部 総務課
葛西 みのり　内線 102
――――――――――――――――"""

SIG_KUSAKABE = """日の出産業株式会社 情報セキュリティ推進室
日下部 聡 (Kusakabe Satoshi)
TEL 03-5820-4400 (代表)"""

SIG_MIZUSHIMA = """Best regards,

Kenta Mizushima
Procurement, Printing Division
Hinode Sangyo Co., Ltd.
8-21 Shibashinmachi, Kawaguchi, Saitama 333-0851, Japan
Tel +81-48-265-7715"""

SIG_TOKORO = """――
日の出産業株式会社　DMセンター 封入発送チーム
所 裕太（ところ ゆうた）
TEL 048-265-7736"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("attachments", [])
    m["id"] = f"printing-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)

# =========================================================================================
# 001-010
# =========================================================================================

_p = people(30)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="30-row DM address list (name, address, phone) in a CSV sent to the subcontract printer",
    charset="iso-2022-jp", sender=SAKAMAKI,
    to=["錦印刷 工務部 安西様 <anzai@nishiki-insatsu.co.jp>"],
    subject="【ミナトヤ通販様 春DM】宛名データ送付の件",
    body=f"""錦印刷株式会社
工務部 安西様

いつもお世話になっております。日の出産業の坂巻です。

ミナトヤ通販様 春のカタログDM（圧着ハガキ）の宛名データをお送りします。
今回は追加分の30件のみです。本体分（12,400件）は先週お渡し済みのデータをご利用ください。

・ファイル：minatoya_spring_add.csv（CP932）
・差込項目：顧客番号／氏名／郵便番号／住所／電話番号
・印字位置は前回校正どおりで問題ございません

刷了予定は4/18（金）で変更ございません。
よろしくお願いいたします。

{SIG_SAKAMAKI}
""",
    attachments=[{"kind": "csv", "name": "minatoya_spring_add.csv",
                  "rows": [["顧客番号", "氏名", "郵便番号", "住所", "電話番号"]]
                  + [[f"MN{_rng.randint(100000, 999999)}", p["name"], p["zip"], p["addr"], p["home"]]
                     for p in _p]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="DM printing quotation: a price table, no personal data",
    charset="cp932", sender=OBINATA,
    to=["ミナトヤ通販 販促課 <hansoku@minatoya-tsuhan.co.jp>"],
    cc=["r.sakamaki@hinode-sangyo.co.jp"],
    subject="Re: 夏季DMのお見積りについて",
    body=f"""株式会社ミナトヤ通販
販促課 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業の大日向でございます。

ご依頼いただきました夏季DM（A4三つ折り・封筒封入）のお見積りを下記のとおりお送りいたします。

  部数        印刷単価   封入封緘   宛名印字   合計（税抜）
  ----------------------------------------------------------
  10,000部    \\8.2       \\4.5       \\1.8       \\145,000
  20,000部    \\6.9       \\4.1       \\1.6       \\252,000
  30,000部    \\6.1       \\3.8       \\1.5       \\342,000

※郵便料金は別途となります（広告郵便割引適用時の見込みは別紙にてご案内いたします）。
※データ入稿は7/1までにいただけましたら、7/15差出が可能です。
※見積有効期限：発行日より30日

ご不明な点がございましたら、お気軽にお申し付けください。

{SIG_OBINATA}
""",
)

_p = people(12)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="variable-data proof PDF carrying 12 real recipients' names and addresses sent out for approval",
    charset="utf-8", sender=MARUOKA,
    to=["北国フーズ 通販事業部 <tsuhan@kitaguni-foods.co.jp>"],
    subject="お歳暮カタログ 宛名面 校正のご確認（初校）",
    body=f"""北国フーズ株式会社 通販事業部 ご担当者様

お世話になっております。日の出産業 制作課の丸岡です。
お歳暮カタログの宛名面、初校PDFをお送りいたします。

実データの先頭12件を差し込んで出力しております。
外字・旧字の表示、住所の改行位置をご確認いただき、
11/8（金）までにご返信をお願いできますでしょうか。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "pdf", "name": "oseibo_atena_shoko1.pdf", "title": "宛名面 初校",
                  "lines": ["北国フーズ お歳暮カタログ 宛名面 初校（実データ差込）", "",
                            "No / 郵便番号 / 住所 / 氏名"],
                  "table": [[str(i + 1), p["zip"], p["addr"], p["name"] + " 様"] for i, p in enumerate(_p)]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="proof sent for approval with an obviously dummy sample name and placeholder address only",
    charset="iso-2022-jp", sender=MARUOKA,
    to=["kikaku@aozora-coop.or.jp"],
    subject="組合員だより 宛名ラベル レイアウト確認のお願い",
    body=f"""青空生活協同組合 企画広報部 御中

いつもお世話になっております。日の出産業の丸岡でございます。

組合員だより10月号の宛名ラベル、レイアウト案をお送りします。
実データはまだ差し込まず、下記の見本で組んでおります。

  〒000-0000
  ○○県○○市○○町 0-0-0 見本マンション000号
  見本　花子　様
  組合員番号：0000000

フォントはUD新ゴ、宛名 14pt／住所 10pt です。
バーコード（カスタマバーコード）はラベル下部に入ります。
問題なければ、実データでの再校に進めさせていただきます。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "pdf", "name": "label_layout_sample.pdf",
                  "lines": ["宛名ラベル レイアウト案（見本データ）", "〒000-0000", "○○県○○市○○町0-0-0",
                            "見本 花子 様", "サイズ：86.4×42.3mm（12面）"]}],
)

_p = people(40)
_rows_fix = [["青空生協 組合員DM 住所クレンジング結果（修正済）"], [],
             ["組合員番号", "氏名", "旧住所", "新住所", "郵便番号", "判定"]]
for p in _p[:28]:
    _rows_fix.append([f"{_rng.randint(2000000, 2999999)}", p["name"], p["addr_nopref"], p["addr"], p["zip"],
                      _rng.choice(["住所正規化", "町域補完", "番地表記修正", "郵便番号訂正"])])
_rows_ng = [["組合員番号", "氏名", "住所", "不達判定理由"]]
for p in _p[28:]:
    _rows_ng.append([f"{_rng.randint(2000000, 2999999)}", p["name"], p["addr"],
                     _rng.choice(["番地不存在", "転居（転送期間切れ）", "建物名不一致"])])
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="address-cleansing result workbook with 40 members' names and addresses returned to the client",
    charset="cp932", sender=NOTO,
    to=["青空生協 組合員サービス課 <member@aozora-coop.or.jp>"],
    subject="住所クレンジング結果のご報告（10月号発送分）",
    body=f"""青空生活協同組合
組合員サービス課 ご担当者様

いつもお世話になっております。
日の出産業 データ処理センターの能登です。

10月号発送分の住所クレンジングが完了しましたので、結果をお送りします。
添付Excelの「修正済」シートが正規化した組合員様、「不達判定」シートが
配達不能と判定した組合員様です。不達分はお手数ですが住所のご確認をお願いいたします。

{SIG_NOTO}
""",
    attachments=[{"kind": "xlsx", "name": "cleansing_result_oct.xlsx",
                  "sheets": {"修正済": _rows_fix, "不達判定": _rows_ng,
                             "集計": [["区分", "件数"], ["入力", "40"], ["修正", "28"], ["不達", "12"]]}}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="address-cleansing summary with counts only, no records",
    charset="utf-8", sender=NOTO,
    to=["森下様 <morishita@sakura-hotel.jp>"],
    subject="会員様向けDM 住所クレンジング 集計結果",
    body=f"""さくらホテル 営業推進部
森下様

お世話になっております。日の出産業の能登です。
ご依頼の会員様向けDM（年末ディナーショー）の住所クレンジング結果を集計でご報告いたします。

■入力件数　　　　12,480件
■正規化・補完　　 1,024件（町域補完 611／番地表記 388／郵便番号訂正 25）
■転居判定　　　　   312件
■不達判定　　　　    97件
■重複（名寄せ）　   158件
■差出対象　　　　11,913件

明細データは、これまでどおり御社のファイル共有サービスにアップロードいたしました。
メールでの明細送付はいたしませんのでご了承ください。

差出予定日は12/2（月）、広告郵便の区分差出で手配しております。

{SIG_NOTO}
""",
)

_p = people(9)
_lines = []
for i, p in enumerate(_p):
    _lines.append([f"H{_rng.randint(10000, 99999)}", p["name"], p["addr"],
                   _rng.choice(["あて所に尋ねあたりません", "転居先不明", "受取拒否", "あて所不完全"])])
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="returned-mail list of 9 hotel members (name + address) pasted as a padded table",
    charset="iso-2022-jp", sender=SETOGUCHI,
    to=["sakura-hotel 会員担当 <member-desk@sakura-hotel.jp>"],
    subject="ディナーショーDM 返戻分のご連絡（第1報）",
    body="さくらホテル 会員担当 御中\n\nいつもお世話になっております。日の出産業 発送管理課の瀬戸口です。\n"
         "先日差し出しましたディナーショーDMのうち、本日までに返戻となった分をご連絡いたします。\n\n"
         + ptable(["会員番号", "氏名", "住所", "返戻理由"], _lines, [10, 16, 52, 26])
         + "\n\n会員情報の更新をお願いいたします。第2報は来週金曜にお送りします。\n\n" + SIG_SETOGUCHI + "\n",
)

_p = people(2)
add(
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="only two returned items (name + address) reported to the client: under the list threshold",
    charset="cp932", sender=SETOGUCHI,
    to=["kitaguni-foods 通販事業部 奥寺様 <okudera@kitaguni-foods.co.jp>"],
    subject="Re: カタログ返戻の有無について",
    body=f"""奥寺様

お世話になっております。日の出産業の瀬戸口です。
お問い合わせの件、現時点での返戻は下記2件のみです。

　{_p[0]['name']} 様　{_p[0]['zip']}　{_p[0]['addr']}（転居先不明）
　{_p[1]['name']} 様　{_p[1]['zip']}　{_p[1]['addr']}（あて所に尋ねあたりません）

現物は月末にまとめてご返却いたします。

{SIG_SETOGUCHI}
""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="explaining postal discounts (広告郵便・区分郵便) to a client: rates and counts only",
    charset="iso-2022-jp", sender=TOKORO,
    to=["総務部 石黒様 <ishiguro@shinonome-kosha.or.jp>"],
    subject="郵便料金の割引についてのご説明",
    body=f"""東雲まちづくり公社
総務部 石黒様

お世話になっております。日の出産業 DMセンターの所です。
先日お電話でご質問いただいた郵便料金の割引について、要点をまとめました。

1. 区分郵便物（バーコード付）
   ・差出通数 3,000通以上、郵便番号順に区分して差し出すことが条件です。
   ・カスタマバーコードを印字すると割引率が上がります。
2. 広告郵便物
   ・内容が広告（商品・催しのご案内など）で、同一内容2,000通以上が条件です。
   ・事前に郵便局の承認が必要で、見本の提出を弊社で代行いたします。
3. 今回の「施設利用のご案内」（予定 8,600通）の場合
   ・広告郵便＋区分郵便の併用が可能な見込みです。
   ・定形（25g以内）で概算すると、1通あたり割引後 60円台前半となる想定です。

正式な料金は差出局との協議後、差出票の作成時にご連絡いたします。

{SIG_TOKORO}
""",
)

_p = people(6)
add(
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="business-card data of 6 client employees with personal mobiles and e-mails sent on to a subcontractor",
    charset="utf-8", sender=MARUOKA,
    to=["錦印刷 名刺課 <meishi@nishiki-insatsu.co.jp>"],
    subject="川崎電機様 4月入社 名刺データ（6名分）",
    body=f"""錦印刷 名刺課 ご担当者様

お世話になっております。日の出産業の丸岡です。
川崎電機様の4月入社分の名刺、6名分のデータを添付します。
テンプレートは「KD-標準B（両面・裏英語）」、各100枚でお願いします。
納品は4/3 川崎電機様 本社 総務部宛に直送です。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "xlsx", "name": "KD_meishi_202504.xlsx",
                  "sheets": {"名刺データ": [["川崎電機株式会社 名刺発注データ 2025年4月"], [],
                                         ["氏名", "ローマ字", "所属", "携帯", "E-mail"]]
                             + [[p["name"], p["ROMAJI"], _rng.choice(["営業部", "技術部 第二課", "品質保証部", "総務部"]),
                                 p["mobile"], f"{p['romaji'].split()[0].lower()}.{p['romaji'].split()[1].lower()}@kawasaki-denki.co.jp"]
                                for p in _p]}}],
)
# =========================================================================================
# 011-020
# =========================================================================================

add(
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one person's business-card proof text sent back to the client: a single record, may be warned",
    charset="iso-2022-jp", sender=MARUOKA,
    to=["川崎電機 総務部 名刺担当 <soumu-meishi@kawasaki-denki.co.jp>"],
    subject="名刺校正（営業本部 新部長様分）",
    body=f"""川崎電機株式会社 総務部 名刺ご担当者様

お世話になっております。日の出産業の丸岡です。
ご依頼の名刺1名分、校正をお送りします。表記をご確認ください。

  ----------------------------------------
  営業本部 部長
  鴨志田 雅人（かもしだ まさと）
  直通 044-733-5182 / 携帯 090-6318-2547
  m.kamoshida@kawasaki-denki.co.jp
  ----------------------------------------

裏面（英語）は Masato Kamoshida / General Manager, Sales Division で組んでいます。
OKをいただければ本日中に出稿いたします。

{SIG_MARUOKA}
""",
)

_p = people(25)
add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="certificate data for 25 examinees (name, kana, 和暦 date of birth) sent outside for checking",
    charset="cp932", sender=NOTO,
    to=["日本文書技能検定協会 試験部 <shiken@bunsho-kentei.or.jp>"],
    subject="第52回 文書技能検定 合格証書 差込データ確認のお願い",
    body=f"""一般財団法人 日本文書技能検定協会
試験部 ご担当者様

いつも大変お世話になっております。
日の出産業 データ処理センターの能登でございます。

第52回 2級合格者分の合格証書につきまして、差込データを整形しましたのでお送りいたします。
生年月日は証書の表記に合わせて和暦へ変換しております。
外字（旧字体）が必要な方がいらっしゃいましたら、受験番号でご指示ください。

{SIG_NOTO}
""",
    attachments=[{"kind": "xlsx", "name": "第52回_2級_合格証書差込.xlsx",
                  "sheets": {"2級": [["受験番号", "氏名", "ふりがな", "生年月日", "合格日"]]
                             + [[f"52-2-{_rng.randint(1000, 9999)}", p["name"], p["kana"], p["dob_jp"], "令和7年2月20日"]
                                for p in _p]}}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="certificate design proof using a sample name; schedule talk only",
    charset="utf-8", sender=MARUOKA,
    to=["shiken@bunsho-kentei.or.jp"],
    subject="合格証書 デザイン校正（第2校）",
    body=f"""日本文書技能検定協会 試験部 御中

お世話になっております。日の出産業の丸岡です。
合格証書の第2校をお送りします。前回ご指摘の箇所は以下のとおり修正しました。

・理事長名の字間を詰めました
・「第　号」の番号欄を右寄せに変更
・地紋の色をやや薄く（C10→C7）

氏名欄は「検定　太郎」の見本で表示しています。
校了後、実データでの差込校正を別途お送りします（協会様のセキュア便にて）。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "pdf", "name": "goukaku_shousho_2ko.pdf",
                  "lines": ["合格証書", "第　　号", "氏名　検定　太郎　殿", "あなたは本協会が実施した",
                            "文書技能検定2級に合格したことを証します", "令和　年　月　日",
                            "一般財団法人 日本文書技能検定協会 理事長"]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="data deletion certificate: job number, record count, method; no personal data",
    charset="iso-2022-jp", sender=KUSAKABE,
    to=["ミナトヤ通販 情報システム部 <isys@minatoya-tsuhan.co.jp>"],
    subject="データ消去証明書の送付（案件番号 DM-2024-1187）",
    body=f"""株式会社ミナトヤ通販 情報システム部 御中

平素よりお世話になっております。
日の出産業 情報セキュリティ推進室の日下部です。

ご委託いただいた案件の作業完了に伴い、お預かりしたデータを消去しましたので、
データ消去証明書（PDF）をお送りします。原本は郵送いたします。

{SIG_KUSAKABE}
""",
    attachments=[{"kind": "pdf", "name": "消去証明書_DM-2024-1187.pdf", "title": "データ消去証明書",
                  "lines": ["データ消去証明書", "", "株式会社ミナトヤ通販 御中", "",
                            "案件番号：DM-2024-1187（冬季カタログDM）",
                            "消去対象：宛名データ一式（CSV 3ファイル）および作業用中間ファイル",
                            "消去件数：18,240件",
                            "消去方法：データ処理サーバ上のファイルを上書き消去（3回）、バックアップ媒体は物理破砕",
                            "消去日：2025年1月31日",
                            "作業者：データ処理センター　立会者：情報セキュリティ推進室",
                            "", "上記のとおり消去したことを証明します。",
                            "日の出産業株式会社 情報セキュリティ推進室長"]}],
)

_p = people(10)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="deletion report that wrongly includes a 10-record 'before deletion' sample of the client's customers",
    charset="cp932", sender=NOTO,
    to=["kitaguni-foods 情報管理 <jouhou-kanri@kitaguni-foods.co.jp>"],
    subject="消去作業報告書（お歳暮DM 2024）",
    body=f"""北国フーズ株式会社 情報管理ご担当者様

お世話になっております。日の出産業の能登です。
お歳暮DM 2024 のデータ消去作業報告書をお送りします。
消去前の確認として、データの先頭部分を報告書の別紙に記録しております。

{SIG_NOTO}
""",
    attachments=[{"kind": "docx", "name": "消去作業報告書_お歳暮DM2024.docx",
                  "paragraphs": ["消去作業報告書", "案件：お歳暮DM 2024（北国フーズ株式会社様）",
                                 "消去件数：9,812件　消去日：2025年1月24日",
                                 "別紙：消去前確認（先頭10件）"],
                  "tables": [[["No", "氏名", "住所", "電話番号"]]
                             + [[str(i + 1), p["name"], p["addr"], p["home"]] for i, p in enumerate(_p)]]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="subcontracted saddle-stitch binding spec and schedule to a bindery: business only",
    charset="iso-2022-jp", sender=MARUOKA,
    to=["丸山製本所 工場長 <koujou@maruyama-seihon.co.jp>"],
    subject="製本外注のお願い（会社案内 A4 中綴じ 3,000部）",
    body=f"""丸山製本所
工場長 様

いつもお世話になっております。日の出産業 制作課の丸岡です。
下記の製本をお願いしたく、ご連絡いたしました。

  品名　　：東雲精機様 会社案内 2025
  仕様　　：A4 縦 中綴じ 24P（表紙4P＋本文20P）
  部数　　：3,000部（予備 2%）
  刷了　　：5/12（月）午後 弊社川口工場より搬入
  納期　　：5/16（金）午前 弊社着
  梱包　　：100部ずつクラフト包み、外箱に品名・部数表示

折り見本は明日お持ちします。お見積りもあわせてお願いできますでしょうか。

{SIG_MARUOKA}
""",
)

add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="client's draft stamped 社外秘 in header and text, sent on to an external subcontractor",
    charset="utf-8", sender=SAKAMAKI,
    to=["錦印刷 営業部 岸本様 <kishimoto@nishiki-insatsu.co.jp>"],
    subject="FW: 新商品カタログ原稿（東雲精機様）",
    body=f"""岸本様

お世話になっております。坂巻です。
東雲精機様の新商品カタログ、原稿一式が届きましたので転送します。
文字校正の段取りだけ先に組んでいただけると助かります。

{SIG_SAKAMAKI}
""",
    attachments=[{"kind": "docx", "name": "新商品カタログ原稿_v3.docx",
                  "page_header": "社外秘　東雲精機株式会社 営業企画部",
                  "paragraphs": ["【社外秘】2025年秋 新商品カタログ 原稿（第3版）",
                                 "発表日（10月1日）までは社外秘としてお取り扱いください。",
                                 "1. 精密リニアガイド SL-400 シリーズ",
                                 "   従来比 30% の軽量化を実現。価格：オープン",
                                 "2. 小型ボールねじ BT-12",
                                 "   受注開始 11月予定"]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) with the law firm; the word 機密 is only mentioned",
    charset="iso-2022-jp", sender=KUSAKABE,
    to=["白川法律事務所 弁護士 相馬先生 <souma@shirakawa-law.jp>"],
    subject="秘密保持契約書（みずほクリニック様）のご確認のお願い",
    body=f"""白川法律事務所
相馬先生

いつもお世話になっております。日の出産業の日下部です。

医療法人清流会 みずほクリニック様から健診案内DMの受託にあたり、
秘密保持契約書の案文をいただきました。以下の点についてご意見を頂戴できますでしょうか。

1. 第3条「機密情報」の定義に、宛名データ以外の受診歴が含まれるか
2. 第7条の再委託（封入封緘の外注）に事前承諾が必要とされている点
3. 第9条 契約終了後のデータ消去証明書の提出期限（終了後10日）が現実的か

案文はWordで添付しております。ご多忙のところ恐縮ですが、
今月20日頃までにご返信いただけますと幸いです。

{SIG_KUSAKABE}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_清流会.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "医療法人清流会（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、",
                                 "甲が乙に委託する印刷及び発送業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第3条（機密情報） 本契約において機密情報とは、甲が乙に開示する一切の情報をいう。",
                                 "第7条（再委託） 乙は、甲の事前の書面による承諾なく再委託してはならない。",
                                 "第9条（返還・消去） 乙は契約終了後10日以内に消去証明書を提出する。"]}],
)

add(
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of a DM list: contents cannot be inspected",
    charset="cp932", sender=NOTO,
    to=["aozora-coop 組合員サービス課 <member@aozora-coop.or.jp>"],
    subject="11月号 宛名データ（差替版）の送付",
    body=f"""青空生協 組合員サービス課 御中

お世話になっております。日の出産業の能登です。
11月号の宛名データ（差替版）をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

{SIG_NOTO}
""",
    attachments=[{"kind": "zip", "name": "atena_nov_sashikae.zip", "password": "Hn2025#nov",
                  "files": [{"kind": "csv", "name": "atena_nov.csv",
                             "rows": [["組合員番号", "氏名", "郵便番号", "住所"]]
                             + [[f"{_rng.randint(2000000, 2999999)}", p["name"], p["zip"], p["addr"]] for p in people(15)]}]}],
)

add(
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be read",
    charset="iso-2022-jp", sender=SETOGUCHI,
    to=["ミナトヤ通販 物流課 <butsuryu@minatoya-tsuhan.co.jp>"],
    subject="差出明細の送付（4/18差出分）",
    body=f"""ミナトヤ通販 物流課 御中

お世話になっております。日の出産業の瀬戸口です。
4/18差出分の差出明細をお送りします。ご査収ください。

{SIG_SETOGUCHI}
""",
    attachments=[{"kind": "corrupt", "name": "差出明細_0418.xlsx"}],
)
# =========================================================================================
# 021-030
# =========================================================================================

add(
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain kitaguni-food.co.jp drops an 's' from the partner kitaguni-foods.co.jp",
    charset="utf-8", sender=SAKAMAKI,
    to=["奥寺様 <okudera@kitaguni-food.co.jp>"],
    subject="夏ギフトカタログ 進行スケジュールのご案内",
    body=f"""北国フーズ株式会社
通販事業部 奥寺様

お世話になっております。日の出産業の坂巻です。
夏ギフトカタログの進行スケジュールをお送りします。

 5/20(火) 原稿・写真入稿締切
 5/27(火) 初校提出
 6/03(火) 再校提出
 6/06(金) 校了
 6/13(金) 刷了・製本
 6/18(水) 宛名印字・封入
 6/20(金) 差出（広告郵便・区分）

宛名データは6/10までにいただければ間に合います。
ご確認のほどよろしくお願いいたします。

{SIG_SAKAMAKI}
""",
)

add(
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="year-end notice to four client organisations all in To: each sees the others",
    charset="iso-2022-jp", sender=TOKORO,
    to=["販促課 <hansoku@minatoya-tsuhan.co.jp>", "通販事業部 <tsuhan@kitaguni-foods.co.jp>",
        "企画広報部 <kikaku@aozora-coop.or.jp>", "営業推進部 <eigyo@sakura-hotel.jp>"],
    subject="年末年始の郵便差出スケジュールについて",
    body=f"""お取引先各位

平素より格別のご高配を賜り、誠にありがとうございます。
日の出産業 DMセンターでございます。

年末年始期間の郵便差出につきまして、下記のとおりご案内いたします。

・12月20日（金）差出分まで：通常どおり
・12月23日（月）～12月27日（金）：年賀郵便の引受繁忙期のため、差出日の調整をお願いする場合がございます
・12月28日（土）～1月5日（日）：弊社休業（発送作業なし）
・1月6日（月）より通常営業

年始第一便のDMをご予定の場合は、12月13日までにご相談ください。

{SIG_TOKORO}
""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="the same kind of notice sent properly: clients in Bcc, only the sender's own address in To",
    charset="utf-8", sender=TOKORO,
    to=["dm-center@hinode-sangyo.co.jp"],
    bcc=["hansoku@minatoya-tsuhan.co.jp", "tsuhan@kitaguni-foods.co.jp", "kikaku@aozora-coop.or.jp",
         "eigyo@sakura-hotel.jp", "soumu@shinonome-kosha.or.jp"],
    subject="ゴールデンウィーク期間の発送業務について",
    body=f"""お取引先各位
（本メールはBCCにて一斉にお送りしております）

いつもお世話になっております。日の出産業 DMセンターです。

ゴールデンウィーク期間中の発送業務についてお知らせいたします。
  4/29（火・祝）休業
  5/3（土）～5/6（火）休業
  上記以外は通常どおり作業いたします。

5/7差出をご希望の場合は、データ入稿を4/25（金）正午までにお願いいたします。

{SIG_TOKORO}
""",
)

_mn = mynum()
add(
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="test print of a withholding slip (源泉徴収票) with an employee's 個人番号 sent to the client",
    charset="cp932", sender=NOTO,
    to=["東雲精機 人事部 給与グループ <kyuyo@shinonome-seiki.co.jp>"],
    subject="源泉徴収票 印刷・封入 テスト出力のご確認",
    body=f"""東雲精機株式会社
人事部 給与グループ ご担当者様

お世話になっております。日の出産業の能登です。
源泉徴収票の印刷・圧着封入の件、テスト出力の結果をお知らせします。
1件目のデータで出力し、印字内容を下記に書き起こしました。

  支払を受ける者：住所　埼玉県所沢市小手指町3-14-9
  　　　　　　　　氏名　芳賀 智也
  　　　　　　　　個人番号　{_mn}
  支払金額　5,184,000円　源泉徴収税額　142,300円

個人番号欄の桁ずれ・文字切れはございませんでした。
問題なければ、全件（1,236名分）の本番出力に入ります。

{SIG_NOTO}
""",
)

_cc = card()
add(
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a phone-order customer's credit card number typed into mail to the payment agent",
    charset="iso-2022-jp", sender=OBINATA,
    to=["決済サポート <support@pay-gate.co.jp>"],
    subject="電話受注分のカード決済処理のお願い",
    body=f"""ペイゲート株式会社 決済サポート 御中

いつもお世話になっております。日の出産業の大日向です。
年賀状印刷の電話受注分で、管理画面からの登録がエラーになる1件があり、
代行でのご登録をお願いできますでしょうか。

  ご注文番号　NG-25-00418
  お名前　　　宇佐美 千鶴 様
  電話　　　　090-2281-6637
  カード番号　{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
  有効期限　　09/28
  金額　　　　12,760円（税込）

お手数をおかけしますが、よろしくお願いいたします。

{SIG_OBINATA}
""",
)

_p = people(14, old=True)
_res = ["要精密検査（胃）", "要再検査（血糖）", "要治療（高血圧）", "要精密検査（便潜血）", "要経過観察（肝機能）"]
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="health-check result DM list: 14 patients with addresses and their findings, sent to the insertion subcontractor",
    charset="utf-8", sender=TOKORO,
    to=["ふうとう工房 作業管理 <sagyo@futo-kobo.co.jp>"],
    subject="みずほクリニック様 再検査のご案内 封入指示",
    body=f"""ふうとう工房 作業管理ご担当様

お世話になっております。日の出産業 DMセンターの所です。
みずほクリニック様「再検査のご案内」の封入をお願いします。
判定ごとに同封するリーフレットが異なりますので、下表で突き合わせてください。

受診者ID\t氏名\t郵便番号\t住所\t判定
""" + "\n".join(f"MZ{_rng.randint(10000, 99999)}\t{p['name']}\t{p['zip']}\t{p['addr']}\t{_rng.choice(_res)}" for p in _p)
    + f"""

リーフレット：胃→A、血糖→B、高血圧→C、便潜血→D、肝機能→E
差出は10/9（木）、親展扱いです。

{SIG_TOKORO}
""",
)

add(
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named temp worker's diagnosis (うつ病) and leave sent to the staffing agency",
    charset="iso-2022-jp", sender=KASAI,
    to=["ワークブリッジ 川口営業所 <kawaguchi@workbridge-staff.co.jp>"],
    subject="封入ライン 派遣スタッフの件",
    body=f"""ワークブリッジ株式会社 川口営業所
担当 平塚様

お世話になっております。日の出産業 総務の葛西です。

封入ラインでご就業いただいている西園寺 奈央さんですが、
本日ご本人から診断書の提出があり、「うつ病のため1か月の休養を要する」とのことでした。
明日から当面お休みとなりますので、代替の方の手配をご検討いただけますでしょうか。

ご本人は体調が優れないご様子でしたので、連絡はなるべく御社経由でお願いしたく存じます。

{SIG_KASAI}
""",
)

_p = people(11, old=True)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="temple parishioner (檀家) list for a donation mailing: religious affiliation of 11 named people with addresses",
    charset="cp932", sender=SETOGUCHI,
    to=["futo-kobo 作業管理 <sagyo@futo-kobo.co.jp>"],
    subject="光明寺様 本堂修復ご寄付のお願い 封入データ",
    body=f"""ふうとう工房 ご担当者様

いつもお世話になっております。日の出産業の瀬戸口です。
浄土宗 光明寺様の「本堂修復ご寄付のお願い」封入分です。
檀家名簿から今回の対象の方を抜き出しています。

""" + "\n".join(f"・{p['name']}様（檀家 {_rng.choice(['総代', '一般', '一般', '新檀家'])}）　{p['zip']} {p['addr']}" for p in _p)
    + f"""

振込用紙は檀家区分ごとに色が違います（総代：水色）。よろしくお願いいたします。

{SIG_SETOGUCHI}
""",
)

_p = people(8, old=True)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="city welfare-taxi voucher mailing: 8 named residents with disability certificate grades, sent to the carrier",
    charset="utf-8", sender=TOKORO,
    to=["青葉運輸 川口営業所 配達管理 <kawaguchi-haitatsu@aoba-unyu.co.jp>"],
    subject="東雲市 福祉タクシー券 手渡し配達分の一覧",
    body=f"""青葉運輸 川口営業所
配達管理ご担当者様

お世話になっております。日の出産業の所です。
東雲市 障害福祉課様の福祉タクシー券のうち、本人限定の手渡し配達となる8件の一覧です。
受領印をいただく際、手帳の等級と照合するよう市から指示が出ています。

""" + ptable(["氏名", "住所", "手帳種別・等級"],
             [[p["name"], p["addr"], _rng.choice(["身体障害者手帳 1級", "身体障害者手帳 2級", "療育手帳 A",
                                                  "精神障害者保健福祉手帳 2級"])] for p in _p],
             [16, 48, 30])
    + f"""

配達日は3/24（月）～3/26（水）でお願いします。

{SIG_TOKORO}
""",
)

add(
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a driver's licence number (運転免許証番号) and date of birth sent to the carrier for a yard pass",
    charset="cp932", sender=SETOGUCHI,
    to=["aoba-unyu 構内管理 <kounai@aoba-unyu.co.jp>"],
    subject="構内入構申請（弊社ドライバー追加1名）",
    body=f"""青葉運輸株式会社 構内管理ご担当者様

お世話になっております。日の出産業 発送管理課の瀬戸口です。
来週から、DM持込便のドライバーを1名追加いたします。入構申請をお願いいたします。

  氏名：　　　　　葛城 隼人（かつらぎ はやと）
  生年月日：　　　1991年7月14日
  運転免許証番号：第 301509627740 号
  車両：　　　　　2tトラック（大宮 400 て 21-87）

入構証の発行までの間は、私が同乗いたします。

{SIG_SETOGUCHI}
""",
)
# =========================================================================================
# 031-040
# =========================================================================================

add(
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="residence card (在留カード) numbers of three foreign line workers sent to the staffing agency",
    charset="utf-8", sender=KASAI,
    to=["グローバルワークス 管理部 <kanri@globalworks-hr.jp>"],
    subject="在留カード確認結果のご報告（4月就業開始の3名）",
    body=f"""グローバルワークス株式会社 管理部 御中

お世話になっております。日の出産業 総務課の葛西です。
4月から封入ラインにご就業いただく3名について、初日に在留カードの原本を確認いたしました。
確認結果をご報告します。

 1) NGUYEN THI LAN　　在留カード番号 UH48213307KA　在留期限 2026/08/19
 2) TRAN VAN DUC　　　在留カード番号 QM20559814PB　在留期限 2025/12/03
 3) SANTOS MARIA R.　 在留カード番号 EL73016642RC　在留期限 2027/02/27

いずれも就労制限なし（特定技能）で、問題ございませんでした。

{SIG_KASAI}
""",
)

add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new part-timer's basic pension number, date of birth and address sent to the external 社労士 office",
    charset="iso-2022-jp", sender=KASAI,
    to=["社会保険労務士法人 みらい <info@mirai-sr.jp>"],
    subject="資格取得届の作成依頼（パート 1名）",
    body=f"""社会保険労務士法人みらい
ご担当 宍戸先生

いつもお世話になっております。日の出産業の葛西です。
5月1日付で入社のパート社員について、資格取得届の作成をお願いします。

　氏名　　　　：鰐淵 早苗（わにぶち さなえ）
　生年月日　　：昭和５６年１０月２日
　住所　　　　：〒343-0836 埼玉県越谷市蒲生寿町14-7
　基礎年金番号：４２１５－８０９３６１
　所属　　　　：DMセンター 封入発送チーム（週30時間）

雇用契約書の写しは郵送いたします。

{SIG_KASAI}
""",
)

add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="an employee's health insurance card symbol/number and date of birth sent to an outside clinic",
    charset="cp932", sender=KASAI,
    to=["けやき健診センター 予約係 <yoyaku@keyaki-kenshin.jp>"],
    subject="雇入時健診の予約（日の出産業 1名）",
    body=f"""けやき健診センター 予約係 御中

いつもお世話になっております。日の出産業株式会社 総務課の葛西です。
雇入時健康診断の予約をお願いいたします。

  受診者：越智 蓮（おち れん）
  生年月日：平成１２年３月２７日
  保険証：記号 ３１０２　番号 ４７８
  　　　　（埼玉印刷工業健康保険組合）
  希望日：6/10（火）または 6/12（木）午前

請求書は弊社総務課宛にお願いいたします。

{SIG_KASAI}
""",
)

add(
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="English mail to a trade-fair organiser with two staff members' passport numbers and dates of birth",
    charset="utf-8", sender=MIZUSHIMA,
    to=["Visa Desk <visa@printexpo-dusseldorf.com>"],
    subject="Invitation letters for Print Expo 2025 - Hinode Sangyo",
    body=f"""Dear Visa Desk team,

We are exhibiting at Print Expo 2025 (booth 7A-22) and would like to request
invitation letters for the following two staff members:

1. Name: MARUOKA KENJI
   Date of birth: 12 March 1979
   Passport No.: TR5186624, expires 2031-05-08

2. Name: SETOGUCHI MAYUMI
   Date of birth: 3 November 1986
   Passport No.: TZ0937715, expires 2029-10-21

Both will travel from Tokyo on 22 June and return on 30 June.
Please let me know if you need anything else.

{SIG_MIZUSHIMA}
""",
)

_p = people(22)
add(
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="full DM list CSV passed between internal teams only (internal subdomain included)",
    charset="utf-8", sender=NOTO,
    to=["丸岡 健二 <k.maruoka@print.hinode-sangyo.co.jp>"],
    cc=["所 裕太 <y.tokoro@dm.hinode-sangyo.co.jp>"],
    subject="差込用データ（さくらホテル 会員DM 追加分）",
    body=f"""丸岡さん、所さん

データ処理センター能登です。
さくらホテル会員DMの追加22件、差込用に整形したCSVを置いておきます。
外字は「髙」「﨑」の2件のみ、画像外字で対応済みです。
刷り出しのときに一度見てもらえると助かります。

能登
""",
    attachments=[{"kind": "csv", "name": "sakura_member_add22.csv", "encoding": "utf-8",
                  "rows": [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話"]]
                  + [[f"SH-{_rng.randint(100000, 999999)}", p["name"], p["kana"], p["zip"], p["addr"], p["mobile"]]
                     for p in _p]}],
)

_p = people(7)
_quoted = "\n".join(f"> {p['name']}　{p['zip']}　{p['addr']}" for p in _p)
add(
    expect="pass", entities=[], detectors=[],
    note="reply whose only list is quoted text from the client's own mail; new text has no personal data",
    charset="iso-2022-jp", sender=SETOGUCHI,
    to=["奥寺様 <okudera@kitaguni-foods.co.jp>"],
    subject="Re: 住所修正分の再発送について",
    body=f"""奥寺様

お世話になっております。日の出産業の瀬戸口です。
ご連絡ありがとうございます。下記7件、修正後の住所で明日再発送いたします。
発送後に追跡番号をまとめてご連絡します。

{SIG_SETOGUCHI}

> 瀬戸口様
>
> お世話になっております。北国フーズの奥寺です。
> 返戻分のうち、下記7件の住所が判明しましたので再発送をお願いします。
>
{_quoted}
>
> よろしくお願いいたします。
""",
)

_p = people(2)
add(
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="forward to the subcontractor carrying two people's new addresses: counts, but only two records",
    charset="utf-8", sender=SAKAMAKI,
    to=["錦印刷 工務部 安西様 <anzai@nishiki-insatsu.co.jp>"],
    subject="FW: 宛名修正2件",
    body=f"""安西様

坂巻です。クライアントから宛名修正の連絡がありましたので転送します。
刷版前でしたら差し替えをお願いします。

-------- 転送メッセージ --------
差出人: ミナトヤ通販 販促課 村瀬
件名: 宛名修正2件

坂巻様

下記2件、住所の修正をお願いします。
・顧客番号 MN382710　{_p[0]['name']}様 → {_p[0]['zip']} {_p[0]['addr']}
・顧客番号 MN519004　{_p[1]['name']}様 → {_p[1]['zip']} {_p[1]['addr']}

村瀬
""",
)

add(
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: the client and one subcontractor in To/Cc",
    charset="cp932", sender=SAKAMAKI,
    to=["奥寺様 <okudera@kitaguni-foods.co.jp>"],
    cc=["錦印刷 岸本様 <kishimoto@nishiki-insatsu.co.jp>", "r.sakamaki@hinode-sangyo.co.jp"],
    subject="色校正立会いの日程調整",
    body=f"""北国フーズ 奥寺様
（cc：錦印刷 岸本様）

お世話になっております。日の出産業の坂巻です。
夏ギフトカタログの本機色校正、立会いの日程候補をお送りします。

  ① 6/4（水）14:00～
  ② 6/5（木）10:00～
  場所：錦印刷様 戸田工場（埼玉県戸田市）

表紙の特色（DIC 156）の再現を中心にご確認いただく予定です。
ご都合のよい日程をお知らせください。

{SIG_SAKAMAKI}
""",
)

add(
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one private customer on free mail: a New Year card proof for their own order",
    charset="iso-2022-jp", sender=OBINATA,
    to=["tomoko.hanzawa72@gmail.com"],
    subject="年賀状印刷 校正のご確認（ご注文番号 NG-25-01127）",
    body=f"""半沢 様

このたびは日の出産業の年賀状印刷をご注文いただき、誠にありがとうございます。
ご注文番号 NG-25-01127 の校正をお送りいたします。

・デザイン：和-07「梅と金波」
・差出人面：ご指定どおり連名（ご夫妻＋お子様2名）で組んでおります
・印刷枚数：80枚

内容に問題がなければ、本メールにご返信いただくか、マイページの「校正OK」を押してください。
12/10までにご返信いただければ、12/15頃のお届けとなります。

日の出産業 年賀状印刷サービス
大日向
""",
    attachments=[{"kind": "png", "name": "proof_NG-25-01127.png"}],
)

add(
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private examinees on free mail put together in To: they see each other's addresses",
    charset="utf-8", sender=NOTO,
    to=["kaito.minami03@gmail.com", "h-shiraishi1988@gmail.com", "ayumi.kanzaki@gmail.com"],
    subject="合格証書 再発行のご案内",
    body=f"""受験者の皆様

日本文書技能検定協会より委託を受け、合格証書の印刷・発送を担当しております日の出産業です。

先日お送りした合格証書に印字のかすれがあったため、再発行いたします。
お手元の証書は、同封の返信用封筒でご返送いただけますでしょうか。
再発行分は来週中にお届けいたします。

ご迷惑をおかけし、誠に申し訳ございません。

日の出産業株式会社 データ処理センター
""",
)
# =========================================================================================
# 041-050
# =========================================================================================

add(
    expect="pass", entities=[], detectors=[],
    note="English mail to a foreign paper supplier: PO and tracking numbers, no personal data",
    charset="utf-8", sender=MIZUSHIMA,
    to=["Ingrid Solberg <ingrid.solberg@fjordpaper.com>"],
    subject="Re: PO HS-2025-0412 shipment status",
    body=f"""Hi Ingrid,

Thank you for the update. We have received the shipping documents for PO HS-2025-0412
(Fjord Silk 115 gsm, 18 pallets).

Could you confirm the following?
- Container no. MSKU 7720415 is the one booked on the vessel leaving Gothenburg on 3 May
- The courier for the paper samples: DHL tracking 4827 1930 66
- Invoice FP-INV-88214 will be issued in JPY as agreed

Our warehouse in Kawaguchi can receive deliveries Monday to Friday, 9:00-16:00.

{SIG_MIZUSHIMA}

On Tue, 22 Apr 2025 at 09:14, Ingrid Solberg wrote:
> Dear Kenta,
> PO HS-2025-0412 has left our mill today. Shipping documents attached.
> Kind regards, Ingrid
""",
)

_p = people(20)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="20 real customer records attached to a support ticket abroad to reproduce a VDP bug",
    charset="utf-8", sender=MARUOKA,
    to=["VarioPrint Support <support@varioprint-software.com>"],
    subject="Ticket #55210: line break error in Japanese address field",
    body=f"""Hello,

We are seeing a problem with VarioPrint Designer 11.4 when composing Japanese addresses.
When the address field contains a building name after the block number, the line break is
inserted in the middle of the number (e.g. "1-2" / "-3").

To help you reproduce it, I attach the actual data file from the job (20 records, UTF-8)
and the template. The error appears on records 4, 9 and 17.

Best regards,
Kenji Maruoka
Prepress, Hinode Sangyo Co., Ltd.
""",
    attachments=[{"kind": "csv", "name": "job_2291_sample.csv", "encoding": "utf-8",
                  "rows": [["id", "name", "zip", "address", "email"]]
                  + [[str(i + 1), p["name"], p["zip"], p["addr"], p["email"]] for i, p in enumerate(_p)]}],
)

_t = corp_number("101100058842")
add(
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice mail with the company's registration T-number and corporate bank account: business data only",
    charset="iso-2022-jp", sender="経理課 松浦 <keiri@hinode-sangyo.co.jp>",
    to=["ミナトヤ通販 経理部 <keiri@minatoya-tsuhan.co.jp>"],
    subject="請求書送付のご案内（2025年4月分）",
    body=f"""株式会社ミナトヤ通販
経理部 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
2025年4月分のご請求書をお送りいたします。

  請求書番号：HS-INV-2504-0317
  ご請求金額：1,284,920円（税込）
  　内訳：春DM印刷・封入 1,046,500円／郵便料金立替 238,420円（不課税）
  お支払期限：2025年5月31日
  登録番号：T{_t}

【お振込先】
  みどり銀行 川口支店　普通預金 3081446
  口座名義　ヒノデサンギョウ（カ

ご不明な点は経理課までお問い合わせください。

日の出産業株式会社 経理課　松浦
TEL 048-265-7705
""",
    attachments=[{"kind": "pdf", "name": "HS-INV-2504-0317.pdf",
                  "lines": ["請求書", "株式会社ミナトヤ通販 御中", "請求書番号 HS-INV-2504-0317",
                            f"日の出産業株式会社　登録番号 T{_t}", "ご請求金額 1,284,920円"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["春DM 圧着ハガキ 印刷", "12,430", "42", "522,060"],
                            ["宛名印字・封入", "12,430", "38", "472,340"],
                            ["消費税(10%)", "", "", "52,100"],
                            ["郵便料金立替", "12,430", "", "238,420"]]}],
)

add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="client's AGM notice draft carrying a 取扱注意 stamp sent to the subcontract printer",
    charset="utf-8", sender=SAKAMAKI,
    to=["nishiki-insatsu 岸本様 <kishimoto@nishiki-insatsu.co.jp>"],
    subject="【取扱注意】東雲精機様 招集通知 組版原稿",
    body=f"""岸本様

坂巻です。東雲精機様の定時株主総会 招集通知、組版用の原稿をお送りします。
開示前の決算数値を含むため、クライアントから「取扱注意」の指定が出ています。
作業は限られた担当者のみでお願いします。

{SIG_SAKAMAKI}
""",
    attachments=[{"kind": "pdf", "name": "shoshu_tsuchi_genko.pdf", "page_header": "取扱注意",
                  "lines": ["第78回 定時株主総会招集ご通知（原稿）", "取扱注意：開示日 5月14日 15:00 まで",
                            "日時　2025年6月26日（木）午前10時", "場所　東雲市 シノノメ会館 大ホール",
                            "第1号議案　剰余金の処分の件", "第2号議案　取締役7名選任の件"]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="the word 社外秘 only mentioned (asking the client not to send such files); no marking on the mail",
    charset="cp932", sender=SAKAMAKI,
    to=["東雲精機 営業企画部 <eigyo-kikaku@shinonome-seiki.co.jp>"],
    subject="Re: カタログ用データのご送付方法",
    body=f"""東雲精機株式会社
営業企画部 ご担当者様

お世話になっております。日の出産業の坂巻です。

入稿データの件、承知しました。
カタログに掲載する写真と確定原稿のみお送りいただければ十分です。
社外秘の設計資料や社内向けの検討資料はお送りいただかなくて結構ですので、
その点だけご留意いただけますと幸いです。

写真は弊社のファイル便にアップロードいただく形で問題ございません。

{SIG_SAKAMAKI}
""",
)

_p = people(7)
_tr = "".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['zip']}</td><td>{p['addr']}</td><td>{p['mobile']}</td>"
    f"<td>{_rng.choice(['A賞 ギフトセット', 'B賞 商品券3,000円', 'B賞 商品券3,000円', 'C賞 オリジナルタオル'])}</td></tr>"
    for i, p in enumerate(_p))
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail with a table of 7 prize winners (name, address, mobile) sent to the client",
    charset="utf-8", sender=TOKORO,
    to=["キャンペーン事務局 <campaign@kitaguni-foods.co.jp>"],
    subject="夏のプレゼントキャンペーン 当選者発送リスト（最終）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>北国フーズ キャンペーン事務局 御中</p>
<p>お世話になっております。日の出産業 DMセンターの所です。<br>
当選者様への賞品発送リスト（最終版）です。本日14時に発送いたしました。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>〒</th><th>住所</th><th>電話</th><th>賞品</th></tr>
{_tr}
</table>
<p>お問い合わせ番号は明日お送りします。</p>
<p>日の出産業株式会社 DMセンター 所 裕太<br>TEL 048-265-7736</p>
</body></html>""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="HTML-only price list of printing services: business data only",
    charset="utf-8", sender=OBINATA,
    to=["総務課 <soumu@kogane-kensetsu.co.jp>"],
    subject="封筒印刷・名刺印刷 価格表（2025年度版）",
    html="""<html><body>
<p>黄金建設株式会社 総務課 御中</p>
<p>平素よりお世話になっております。日の出産業の大日向です。<br>
2025年度の封筒・名刺印刷の価格表をお送りいたします。</p>
<table border="1" cellpadding="3">
<tr><th>品目</th><th>仕様</th><th>500部</th><th>1,000部</th><th>3,000部</th></tr>
<tr><td>長3封筒</td><td>クラフト85g 1色</td><td>9,800円</td><td>13,500円</td><td>29,700円</td></tr>
<tr><td>角2封筒</td><td>白ケント100g 2色</td><td>24,200円</td><td>33,000円</td><td>71,500円</td></tr>
<tr><td>窓付き長3</td><td>白ケント80g 1色</td><td>14,300円</td><td>19,800円</td><td>44,000円</td></tr>
<tr><td>名刺（片面）</td><td>100枚／1名</td><td colspan="3">1,650円（2名以上 1,430円／名）</td></tr>
<tr><td>名刺（両面）</td><td>100枚／1名</td><td colspan="3">2,200円（2名以上 1,980円／名）</td></tr>
</table>
<p>※価格は税込、納期は校了後5営業日です。<br>※データ入稿の場合、版代は不要です。</p>
<p>日の出産業株式会社 営業二課 大日向 徹<br>TEL 03-5820-4411</p>
</body></html>""",
)

_p = people(16)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy .xls alumni mailing list (16 graduates with address and phone) sent to the university",
    charset="iso-2022-jp", sender=SAKAMAKI,
    to=["北辰学院大学 校友課 <kouyuu@hokushin.ac.jp>"],
    subject="校友会報 発送先リスト（宛先不備の抽出分）",
    body=f"""北辰学院大学 校友課 御中

いつもお世話になっております。日の出産業の坂巻です。
校友会報の発送データのうち、郵便番号と住所が一致しない等の不備があった16件を抜き出しました。
校友課様の管理システムのほうでご確認いただけますでしょうか。
（古いExcel形式でとのご指定でしたので .xls で保存しています）

{SIG_SAKAMAKI}
""",
    attachments=[{"kind": "xls", "name": "koyu_fubi_16.xls",
                  "sheets": {"不備": [["卒業年度", "学部", "氏名", "郵便番号", "住所", "電話"]]
                             + [[str(_rng.randint(1975, 2015)), _rng.choice(["文学部", "経済学部", "理工学部", "法学部"]),
                                 p["name"], p["zip"], p["addr"], p["home"]] for p in _p]}}],
)

_p = people(10)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="mail-merge DOCX proof with a 10-row table of real recipients sent to the client",
    charset="cp932", sender=MARUOKA,
    to=["東雲まちづくり公社 総務部 石黒様 <ishiguro@shinonome-kosha.or.jp>"],
    subject="施設利用のご案内 差込文書 校正",
    body=f"""石黒様

お世話になっております。日の出産業の丸岡です。
「施設利用のご案内」の差込文書、校正用Wordをお送りします。
本文のあとに差込対象の一覧（先頭10件）を付けています。宛名の敬称の付け方をご確認ください。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "docx", "name": "shisetsu_annai_sashikomi.docx",
                  "paragraphs": ["施設利用のご案内（差込文書 校正）",
                                 "«氏名» 様",
                                 "日頃より東雲市の公共施設をご利用いただき、ありがとうございます。",
                                 "令和7年度の利用登録更新のご案内をお送りいたします。",
                                 "", "差込対象（先頭10件）"],
                  "tables": [[["登録番号", "氏名", "郵便番号", "住所"]]
                             + [[f"SK{_rng.randint(10000, 99999)}", p["name"], p["zip"], p["addr"]] for p in _p]]}],
)

_p = people(6)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="report slides to the client include a slide with 6 returned members' names and addresses",
    charset="utf-8", sender=SAKAMAKI,
    to=["sakura-hotel 営業推進部 森下様 <morishita@sakura-hotel.jp>"],
    subject="ディナーショーDM 効果測定・返戻分析のご報告資料",
    body=f"""森下様

お世話になっております。日の出産業の坂巻です。
来週の定例でご説明する効果測定の資料を先にお送りします。
返戻の傾向と、特に多かったケースの実例を載せています。

{SIG_SAKAMAKI}
""",
    attachments=[{"kind": "pptx", "name": "dinner_show_DM_report.pptx", "title": "DM効果測定",
                  "slides": [["ディナーショーDM 効果測定", "差出 11,913通", "予約 418件（反応率 3.5%）"],
                             ["返戻の内訳", "あて所に尋ねあたりません 61", "転居先不明 27", "受取拒否 9"],
                             ["返戻の実例"] + [f"{p['name']}様　{p['addr']}" for p in _p],
                             ["次回に向けて", "会員情報の更新案内を同封する", "転居届の案内をWebに掲載"]]}],
)
# =========================================================================================
# 051-060
# =========================================================================================

add(
    expect="pass", entities=[], detectors=[],
    note="proposal slides with aggregate response rates by region: no individual data",
    charset="iso-2022-jp", sender=OBINATA,
    to=["ミナトヤ通販 販促課 村瀬様 <murase@minatoya-tsuhan.co.jp>"],
    subject="次期DM施策のご提案資料",
    body=f"""村瀬様

お世話になっております。日の出産業の大日向です。
先日のお打合せを踏まえ、次期DM施策のご提案資料をお送りいたします。
地域別・年代別の反応率（集計値）をもとに、送付対象の絞り込み案をまとめました。

ご検討のほど、よろしくお願いいたします。

{SIG_OBINATA}
""",
    attachments=[{"kind": "pptx", "name": "proposal_next_DM.pptx", "page_footer": "日の出産業株式会社",
                  "slides": [["次期DM施策のご提案", "株式会社ミナトヤ通販 御中", "2025年5月"],
                             ["前回の結果（集計）", "差出 12,430通／受注 587件", "反応率 4.7%（前年比 +0.6pt）"],
                             ["地域別反応率", "関東 5.1%", "関西 4.3%", "東北・北海道 3.9%", "九州 4.6%"],
                             ["ご提案", "60代以上：圧着ハガキ→A4封書に変更", "購入1年以上なし：送付対象から除外",
                              "想定コスト削減 18%"]]}],
)

_p = people(50)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="plain ZIP holding a 50-record CSV (names, addresses, phones) sent to the address-cleansing vendor",
    charset="cp932", sender=NOTO,
    to=["アドレスクリーン 受付 <uketsuke@addressclean.co.jp>"],
    subject="住所正規化 テスト依頼（50件）",
    body=f"""アドレスクリーン株式会社 受付ご担当者様

お世話になっております。日の出産業 データ処理センターの能登です。
先日ご相談した住所正規化サービスのトライアルとして、50件のデータをお送りします。
ZIPの中にCSVと仕様メモを入れています。結果は同じ形式で返却いただけますでしょうか。

{SIG_NOTO}
""",
    attachments=[{"kind": "zip", "name": "trial_50.zip",
                  "files": [{"kind": "csv", "name": "trial_50.csv",
                             "rows": [["ID", "氏名", "郵便番号", "住所", "電話番号"]]
                             + [[f"T{i + 1:03d}", p["name"], p["zip"], p["addr"], p["home"]] for i, p in enumerate(_p)]},
                            {"kind": "txt", "name": "memo.txt",
                             "text": "・文字コード CP932\n・住所は1カラム\n・返却時は正規化住所と判定コードを追加してください\n"}]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="ZIP of print-ready PDFs (catalog pages) to the subcontract printer: no personal data",
    charset="utf-8", sender=MARUOKA,
    to=["錦印刷 製版課 <seihan@nishiki-insatsu.co.jp>"],
    subject="入稿：北国フーズ 夏ギフト 本文P1-P8",
    body=f"""錦印刷 製版課 ご担当者様

日の出産業 制作課の丸岡です。
北国フーズ様 夏ギフトカタログ 本文P1-P8の入稿データをお送りします。
PDF/X-4、トンボ付き、塗り足し3mmです。P9以降は明日入稿します。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "zip", "name": "kitaguni_summer_P1-8.zip",
                  "files": [{"kind": "pdf", "name": "P01-02.pdf",
                             "lines": ["北国の夏ギフト 2025", "産地直送 夕張メロン 2玉 5,400円（税込・送料込）",
                                       "オホーツク産 ほたて貝柱 500g 4,860円"]},
                            {"kind": "pdf", "name": "P03-04.pdf",
                             "lines": ["十勝のチーズ詰め合わせ 3,980円", "お申込み番号 K-2503",
                                       "フリーダイヤル 0120-52-7788（北国フーズ通販センター）"]},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "P1-P8 本文 / 4C / 特色なし / 画像はCMYK変換済み"}]}],
)

_p = people(8)
_inner = "\n".join(f"{p['name']}\t{p['email']}\t{p['addr']}" for p in _p)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="the client's mail with an 8-member list attached as .eml and forwarded to the insertion subcontractor",
    charset="iso-2022-jp", sender=TOKORO,
    to=["ふうとう工房 作業管理 <sagyo@futo-kobo.co.jp>"],
    subject="FW: 特別会員様向け 招待状の追加発送",
    body=f"""ふうとう工房 ご担当者様

所です。さくらホテル様から追加発送の依頼がありました。
元のメールを添付しますので、宛名のご確認をお願いします。招待状は手書き風フォントで宛名印字です。

{SIG_TOKORO}
""",
    attachments=[{"kind": "eml", "name": "特別会員様向け招待状の追加.eml",
                  "message": {"charset": "iso-2022-jp",
                              "sender": "森下 <morishita@sakura-hotel.jp>",
                              "to": ["y.tokoro@dm.hinode-sangyo.co.jp"],
                              "subject": "特別会員様向け 招待状の追加発送",
                              "body": "所様\n\nお世話になっております。さくらホテルの森下です。\n"
                                      "特別会員様8名に招待状の追加発送をお願いします。\n\n"
                                      "氏名\tメール\t住所\n" + _inner + "\n\nよろしくお願いいたします。\n"}}],
)

add(
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops an 's' from the partner nishiki-insatsu.co.jp",
    charset="cp932", sender=MARUOKA,
    to=["製版課 <seihan@nishiki-insatu.co.jp>"],
    subject="入稿：北国フーズ 夏ギフト 本文P9-P16",
    body=f"""錦印刷 製版課 ご担当者様

丸岡です。昨日の続き、P9-P16 の入稿データです。
データ便の容量制限のため、URLでお送りします。
https://files.hinode-sangyo.co.jp/s/k9Qm2Zt

ダウンロード期限は5/30です。

{SIG_MARUOKA}
""",
)

_p = people(9)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="internal list mail but Cc goes to hinode-sangyou.co.jp, a look-alike of the own domain; 9 records leave",
    charset="utf-8", sender=NOTO,
    to=["瀬戸口 真由美 <m.setoguchi@hinode-sangyo.co.jp>"],
    cc=["所 裕太 <y.tokoro@hinode-sangyou.co.jp>"],
    subject="再発送対象（北国フーズ 9件）",
    body="瀬戸口さん\ncc: 所さん\n\n能登です。北国フーズ様の再発送対象9件です。明日の便で出してください。\n\n"
         + "\n".join(f"{i + 1}. {p['name']} / {p['zip']} {p['addr']} / {p['home']}" for i, p in enumerate(_p))
         + "\n\n能登\n",
)

add(
    expect="pass", entities=[], detectors=[],
    note="ordinary shipping instructions to the partner carrier with tracking numbers",
    charset="iso-2022-jp", sender=SETOGUCHI,
    to=["青葉運輸 川口営業所 <kawaguchi@aoba-unyu.co.jp>"],
    subject="カタログ配送のお願い（支店納品 6件口）",
    body=f"""青葉運輸株式会社 川口営業所 御中

いつもお世話になっております。日の出産業の瀬戸口です。
本日集荷分の配送をお願いいたします。

  出荷番号　AU-250613-01～06
  品名　　　北国フーズ様 夏ギフトカタログ（段ボール 42ケース）
  納品先　　北国フーズ様 各支店（一覧は集荷時に伝票でお渡しします）
  指定日　　6/16（月）午前

送り状番号：
  7410-2288-5103 / 7410-2288-5114 / 7410-2288-5125
  7410-2288-5136 / 7410-2288-5140 / 7410-2288-5151

集荷は15時でお願いします。

{SIG_SETOGUCHI}
""",
)

add(
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp imitates the partner midori-ginko.co.jp with 'rn' for 'm'",
    charset="utf-8", sender="経理課 松浦 <keiri@hinode-sangyo.co.jp>",
    to=["法人営業部 <houjin@rnidori-ginko.co.jp>"],
    subject="取引明細書 印刷業務の見積書送付",
    body="""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理課の松浦です。
ご依頼の取引明細書（圧着・親展）の印刷・発送業務の見積書をお送りいたします。

  見積番号：HS-EST-2505-044
  数量：月間 約38,000通
  単価：印刷・圧着 14.2円／通、封入なし
  郵便料金：別途（区分郵便・バーコード割引適用見込み）

ご検討のほどよろしくお願いいたします。

日の出産業株式会社 経理課　松浦
""",
    attachments=[{"kind": "pdf", "name": "HS-EST-2505-044.pdf",
                  "lines": ["御見積書", "株式会社みどり銀行 御中", "見積番号 HS-EST-2505-044",
                            "取引明細書 圧着ハガキ 印刷・発送 月間38,000通", "単価 14.2円"]}],
)

add(
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp: partner sakura-hotel.jp with a different TLD",
    charset="iso-2022-jp", sender=SAKAMAKI,
    to=["森下様 <morishita@sakura-hotel.co.jp>"],
    subject="Re: 来期の会員DM 年間計画について",
    body=f"""森下様

お世話になっております。日の出産業の坂巻です。
来期の会員DMの年間計画、ご提示いただいた4回案で進めさせていただきます。

  6月　夏のビアガーデン
  9月　秋のブッフェフェア
  11月　ディナーショー
  2月　ブライダルフェア（既婚者除く）

各回のデータ入稿は差出日の3週間前を目安にお願いします。

{SIG_SAKAMAKI}
""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="maintenance notice to the partner IT vendor about the VDP server: no personal data",
    charset="utf-8", sender=KUSAKABE,
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="可変印刷サーバ 定期保守日程の件",
    body=f"""ツバサシステム株式会社
保守窓口 ご担当者様

お世話になっております。日の出産業 情報セキュリティ推進室の日下部です。
可変印刷サーバ（VDP-SV01/02）の定期保守について、下記の日程でお願いできますでしょうか。

  日時：7/5（土）9:00～17:00
  作業：OSセキュリティパッチ適用、RAIDコントローラのファームウェア更新
  留意：作業前にジョブキューが空であることを弊社で確認します
        サーバ上の顧客データは前日までに所定の手順で退避・消去します

作業報告書は従来の様式で結構です。

{SIG_KUSAKABE}
""",
)
# =========================================================================================
# 061-070
# =========================================================================================

_p = people(5)
_blocks = "\n\n".join(
    f"【{i + 1}】\n氏名：{p['name']}（{p['kana']}）\n所属：{_rng.choice(['技術本部 開発一課', '営業部 東日本グループ', '生産管理部', '経営企画室'])}\n"
    f"携帯：{p['mobile']}\nメール：{p['romaji'].split()[1].lower()}.{p['romaji'].split()[0].lower()[0]}@kawasaki-denki.co.jp"
    for i, p in enumerate(_p))
add(
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="5 staff card records (mobiles, e-mails) sent to kawasakl-denki.co.jp, a look-alike of the partner domain",
    charset="iso-2022-jp", sender=MARUOKA,
    to=["総務部 名刺担当 <soumu-meishi@kawasakl-denki.co.jp>"],
    subject="名刺 校正のご確認（5名分・異動者）",
    body=f"""川崎電機株式会社 総務部 名刺ご担当者様

お世話になっております。日の出産業の丸岡です。
7月異動の方5名分の名刺校正です。記載内容をご確認ください。

{_blocks}

修正がなければ、明日出稿いたします。

{SIG_MARUOKA}
""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="internal-only mail carrying a 社外秘 marking: no external recipient",
    charset="cp932", sender=KUSAKABE,
    to=["印刷事業部 管理職 <print-managers@hinode-sangyo.co.jp>"],
    cc=["所 裕太 <y.tokoro@dm.hinode-sangyo.co.jp>"],
    subject="【社外秘】誤封入事故の再発防止策（案）",
    body=f"""【社外秘】

印刷事業部 管理職各位

情報セキュリティ推進室の日下部です。
先月の誤封入事故（他人宛の案内状1通が同封された件）について、再発防止策の案をまとめました。
社外への説明は営業本部から行いますので、本資料は社内のみでお取り扱いください。

1. 封入機のカメラ照合を全ジョブで必須化（現状は5,000通以上のみ）
2. 手封入ジョブはダブルチェック者の押印を作業票に残す
3. ヤレ紙・余部の廃棄を当日中に溶解ボックスへ
4. 月次で照合ログを抜き取り点検

ご意見は今週金曜までにお願いします。

{SIG_KUSAKABE}
""",
)

_p = people(4)
_mns = [mynum() for _ in _p]
add(
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="My Numbers in an internal-only check of a withholding-slip print job: recipients all internal",
    charset="utf-8", sender=NOTO,
    to=["丸岡 健二 <k.maruoka@print.hinode-sangyo.co.jp>"],
    subject="源泉徴収票ジョブ 個人番号の印字チェック（社内）",
    body="丸岡さん\n\n能登です。東雲精機様の源泉徴収票ジョブ、個人番号欄の印字チェック用に4件抜き出しました。\n"
         "刷り出しの1～4枚目と突き合わせてください。確認後このメールは削除をお願いします。\n\n"
         + "\n".join(f"  {i + 1}枚目　{p['name']}　{n[:4]} {n[4:8]} {n[8:]}" for i, (p, n) in enumerate(zip(_p, _mns)))
         + "\n\n能登\n",
)

add(
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="client plus three subcontractors of different companies all in To/Cc",
    charset="iso-2022-jp", sender=SAKAMAKI,
    to=["村瀬様 <murase@minatoya-tsuhan.co.jp>"],
    cc=["岸本様 <kishimoto@nishiki-insatsu.co.jp>", "ふうとう工房 <sagyo@futo-kobo.co.jp>",
        "青葉運輸 川口営業所 <kawaguchi@aoba-unyu.co.jp>"],
    subject="秋カタログDM 全体工程の共有",
    body=f"""関係各位

お世話になっております。日の出産業の坂巻です。
ミナトヤ通販様 秋カタログDMの全体工程を共有いたします。

  9/1　  印刷（錦印刷様）
  9/5　  宛名印字・封入（ふうとう工房様）
  9/9　  郵便局持込（青葉運輸様にて横持ち）
  9/10　 差出

各工程で遅れが出そうな場合は、早めに坂巻までご連絡ください。

{SIG_SAKAMAKI}
""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="one external addressee (post office sales) with an internal Cc: postage slip arrangements",
    charset="cp932", sender=TOKORO,
    to=["東雲郵便局 法人営業 <houjin-eigyo@shinonome-post.jp>"],
    cc=["瀬戸口 真由美 <m.setoguchi@hinode-sangyo.co.jp>"],
    subject="広告郵便物 差出のご相談（9/10 約12,000通）",
    body=f"""東雲郵便局 法人営業ご担当者様

お世話になっております。日の出産業 DMセンターの所です。
9/10（水）に下記の差出を予定しております。広告郵便物の承認手続きをお願いできますでしょうか。

　差出人　　：株式会社ミナトヤ通販（料金は弊社後納）
　種別　　　：定形外 規格内（A4三つ折り 封筒入り 48g）
　通数　　　：約12,000通（確定は9/8）
　割引　　　：広告郵便＋区分郵便（バーコード付）
　搬入　　　：9/10 10:00 トラック2台

見本は来週お持ちします。

{SIG_TOKORO}
""",
)

_p = people(8, old=True)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="tab-separated list of 8 elderly recipients (name, address, phone) for gift delivery sent to the carrier",
    charset="utf-8", sender=SETOGUCHI,
    to=["aoba-unyu 配達管理 <kawaguchi-haitatsu@aoba-unyu.co.jp>"],
    subject="敬老記念品 時間指定配達の一覧",
    body="青葉運輸 配達管理ご担当者様\n\n瀬戸口です。東雲市様の敬老記念品のうち、\n"
         "ご家族から時間指定の希望があった8件です。事前に電話連絡をお願いします。\n\n"
         "氏名\t住所\t電話\t希望時間\n"
         + "\n".join(f"{p['name']}\t{p['addr']}\t{p['home']}\t{_rng.choice(['午前', '14-16時', '16-18時', '18-20時'])}" for p in _p)
         + "\n\n" + SIG_SETOGUCHI + "\n",
)

_p = people(5)
add(
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="5 card proofs of the client's own staff (office lines, company e-mails) returned to that client: business contacts or a list",
    charset="cp932", sender=MARUOKA,
    to=["北辰学院大学 総務課 <soumu@hokushin.ac.jp>"],
    subject="教職員名刺 校正（新任5名）",
    body=f"""北辰学院大学 総務課 御中

お世話になっております。日の出産業の丸岡です。
新任の先生方5名分の名刺校正をお送りします。

""" + ptable(["氏名", "所属・職位", "研究室直通", "E-mail"],
             [[p["name"], _rng.choice(["文学部 准教授", "経済学部 講師", "理工学部 教授", "法学部 助教"]),
               f"03-3719-{_rng.randint(1000, 9999)}", f"{p['romaji'].split()[1].lower()}@hokushin.ac.jp"] for p in _p],
             [16, 22, 16, 30])
    + f"""

各100枚、大学ロゴ入りの標準様式です。

{SIG_MARUOKA}
""",
)

add(
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees' mobile numbers for a press check sent to the printer: under five people",
    charset="iso-2022-jp", sender=SAKAMAKI,
    to=["岸本様 <kishimoto@nishiki-insatsu.co.jp>"],
    subject="Re: 色校正立会いの件（6/5 確定）",
    body=f"""岸本様

坂巻です。6/5（木）10時の立会い、以下の3名で伺います。
当日の連絡は携帯にお願いします。

・北国フーズ 通販事業部　奥寺 玲子 様（携帯 080-3392-5716）
・北国フーズ 広報課　　　鳩山 慎吾 様（携帯 090-7741-0238）
・日の出産業　　　　　　 坂巻 亮（携帯 070-1189-4462）

駐車場2台分のご用意をお願いできますでしょうか。

{SIG_SAKAMAKI}
""",
)

_p = people(6)
add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="bullet list of 6 examinees with dates of birth to reprint certificates, sent to the association",
    charset="utf-8", sender=NOTO,
    to=["shiken@bunsho-kentei.or.jp"],
    subject="Re: 証書の氏名誤記について",
    body="試験部 ご担当者様\n\nお世話になっております。日の出産業の能登です。\n"
         "お問い合わせの件、誤記のあった証書は以下の6名分です。本日中に刷り直し、明日発送いたします。\n\n"
         + "\n".join(f"・{p['name']}（{p['kana']}）　生年月日 {p['dob_short']}　受験番号 52-3-{_rng.randint(1000, 9999)}" for p in _p)
         + "\n\n原因は旧字体の外字登録漏れでした。申し訳ございません。\n\n" + SIG_NOTO + "\n",
)

add(
    expect="pass", entities=[], detectors=[],
    note="order confirmation written with full-width digits: order number, quantities, delivery",
    charset="iso-2022-jp", sender=OBINATA,
    to=["黄金建設 総務課 <soumu@kogane-kensetsu.co.jp>"],
    subject="ご注文確認（封筒印刷）",
    body=f"""黄金建設株式会社 総務課 御中

いつもお世話になっております。日の出産業の大日向です。
下記のとおりご注文を承りました。

　ご注文番号　：ＨＳ－２５０６－０８８１
　品目　　　　：長３封筒　クラフト８５ｇ　１色
　数量　　　　：３，０００枚
　金額　　　　：２９，７００円（税込）
　納品予定日　：６月２０日（金）
　納品先　　　：御社本社　総務課

納品書は商品に同梱いたします。

{SIG_OBINATA}
""",
)
# =========================================================================================
# 071-080
# =========================================================================================

_p = people(7)
_zrows = "\n".join(f"{zpad(p['name_nsp'], 7)}{zpad(zen(p['mobile']), 14)}{zen(p['zip'])}　{zen(p['addr'])}" for p in _p)
add(
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="full-width padded table of 7 people with full-width mobile numbers and addresses sent to the subcontractor",
    charset="cp932", sender=TOKORO,
    to=["ふうとう工房 作業管理 <sagyo@futo-kobo.co.jp>"],
    subject="代引き発送分の宛先（７件）",
    body=f"""ふうとう工房　ご担当者様

日の出産業　所です。
ミナトヤ通販様の代引き発送分、７件の宛先です。
送り状の電話番号欄は携帯番号で印字してください。

{zpad('氏名', 7)}{zpad('携帯', 14)}住所
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{_zrows}

よろしくお願いします。

{SIG_TOKORO}
""",
)

_p = people(12, old=True)
add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="CSV of 12 elderly residents with 和暦 dates of birth and addresses sent to the subcontract printer",
    charset="iso-2022-jp", sender=NOTO,
    to=["錦印刷 工務部 安西様 <anzai@nishiki-insatsu.co.jp>"],
    subject="東雲市 長寿祝い状 差込データ（米寿・白寿）",
    body=f"""安西様

お世話になっております。日の出産業の能登です。
東雲市様の長寿祝い状（米寿・白寿）、差込データを添付します。
祝い状の本文に生年月日を和暦で入れる仕様のため、和暦変換済みです。
件数が少ないので、オンデマンド機での出力をお願いします。

{SIG_NOTO}
""",
    attachments=[{"kind": "csv", "name": "chouju_iwai.csv",
                  "rows": [["区分", "氏名", "生年月日", "郵便番号", "住所"]]
                  + [[_rng.choice(["米寿", "米寿", "白寿"]), p["name"], wareki(_rng.choice([1937, 1927]), p["m"], p["d"]),
                      p["zip"], p["addr"]] for p in _p]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="annual mailing schedule written in 和暦 dates: no personal data",
    charset="utf-8", sender=TOKORO,
    to=["東雲市 長寿福祉課 <choju@city.shinonome.lg.jp>"],
    subject="令和7年度 長寿祝い状 発送スケジュール（案）",
    body=f"""東雲市 長寿福祉課 御中

いつもお世話になっております。日の出産業 DMセンターの所です。
令和7年度の長寿祝い状の発送スケジュール案をお送りします。

  令和7年8月29日（金）　対象者データご提供（庁内セキュア転送にて）
  令和7年9月5日（金）　 祝い状 校正提出
  令和7年9月10日（水）　校了
  令和7年9月12日（金）　印刷・封入
  令和7年9月16日（火）　差出（敬老の日の翌日着を目安）

例年どおり、対象者データのご提供はメールではなく庁内のセキュア転送でお願いいたします。

{SIG_TOKORO}
""",
)

_p = people(6)
add(
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="English mail listing six customers in romaji with e-mail and phone to an overseas mailing house",
    charset="utf-8", sender=MIZUSHIMA,
    to=["Operations <ops@lionmail-fulfilment.com.sg>"],
    subject="Overseas catalogue mailing - customer contacts for delivery issues",
    body=f"""Hi team,

For the Kitaguni Foods overseas catalogue mailing, six parcels could not be delivered
in Singapore. The client has asked you to contact the customers directly.

""" + "\n".join(f"- {p['romaji']} | {p['email']} | +81-{p['mobile'][1:]}" for p in _p) + f"""

Please reschedule delivery and let us know the new tracking numbers.

{SIG_MIZUSHIMA}
""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="ordinary mail naming one client contact in katakana with no other data about her",
    charset="iso-2022-jp", sender=OBINATA,
    to=["eigyo@sakura-hotel.jp"],
    subject="ブライダルフェア案内状の件",
    body=f"""さくらホテル 営業推進部 御中

お世話になっております。日の出産業の大日向です。
ブライダルフェア案内状の件、先ほどお電話でご担当のミヤザワ様とお話しし、
紙を「ヴァンヌーボ VG スノーホワイト 195kg」に変更することで合意しました。
差額のお見積りは明日お送りします。

ミヤザワ様によろしくお伝えください。

{SIG_OBINATA}
""",
)

_p = people(5)
add(
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="names and job titles of 5 client staff only (no contact data) for a card order: a list or just names",
    charset="utf-8", sender=MARUOKA,
    to=["錦印刷 名刺課 <meishi@nishiki-insatsu.co.jp>"],
    subject="名刺 追加発注（北国フーズ様 5名）",
    body="名刺課 ご担当者様\n\n丸岡です。北国フーズ様の名刺、下記5名分の追加をお願いします。\n"
         "電話・メールは会社共通のため、テンプレートの固定文字のままで結構です。\n\n"
         + "\n".join(f"　{p['name']}　{_rng.choice(['通販事業部 主任', '通販事業部', '広報課 課長', '物流課'])}" for p in _p)
         + "\n\n各100枚、納期は来週水曜でお願いします。\n\n" + SIG_MARUOKA + "\n",
)

add(
    expect="either", entities=[], detectors=[],
    note="30 returned-mail rows with only customer numbers and reasons, no names: pseudonymous per-person rows",
    charset="cp932", sender=SETOGUCHI,
    to=["ミナトヤ通販 販促課 <hansoku@minatoya-tsuhan.co.jp>"],
    subject="春DM 返戻分 顧客番号一覧",
    body=f"""ミナトヤ通販 販促課 御中

お世話になっております。日の出産業の瀬戸口です。
春DMの返戻30件について、顧客番号と返戻理由の一覧をお送りします。
氏名・住所は御社システムでご確認ください。

{SIG_SETOGUCHI}
""",
    attachments=[{"kind": "csv", "name": "henrei_spring.csv",
                  "rows": [["顧客番号", "返戻理由", "返戻日"]]
                  + [[f"MN{_rng.randint(100000, 999999)}", _rng.choice(["あて所に尋ねあたりません", "転居先不明", "受取拒否"]),
                      f"2025/04/{_rng.randint(21, 30)}"] for _ in range(30)]}],
)

add(
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named examinee's disability (wheelchair, separate room) sent to the exam venue hotel",
    charset="iso-2022-jp", sender=NOTO,
    to=["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    subject="検定試験会場 別室のご用意について",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日本文書技能検定協会の試験運営を受託している日の出産業の能登です。
2/9（日）の検定会場の件で、1点追加のお願いがございます。

受験者の芥川 美和子様（受験番号 52-2-4471）が下肢障害により車椅子を使用されるため、
1階の小会議室を別室として、段差のない動線とあわせてご用意いただけますでしょうか。
付き添いの方が1名同席されます。

{SIG_NOTO}
""",
)

add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named DV victim's new address forwarded to the subcontractor for suppression: crime-victim data",
    charset="utf-8", sender=SETOGUCHI,
    to=["ふうとう工房 作業管理 <sagyo@futo-kobo.co.jp>"],
    subject="【至急】発送除外1件のお願い",
    body=f"""ふうとう工房 ご担当者様

瀬戸口です。至急のお願いです。
青空生協様から、下記の組合員様はDV被害で避難中のため、
旧住所・新住所とも今回の発送から必ず除外してほしいと連絡がありました。

  組合員：桐ケ谷 紗希 様
  旧住所：千葉県船橋市習志野台4-18-2
  新住所：神奈川県相模原市南区相南2-7-11 ハイム緑203（絶対に印字しないこと）

封入済みの場合は抜き取りをお願いします。抜き取り後、写真を送ってください。

{SIG_SETOGUCHI}
""",
)

add(
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named candidate's past arrest (criminal record) reported to the staffing agency",
    charset="cp932", sender=KASAI,
    to=["ワークブリッジ 川口営業所 平塚様 <hiratsuka@workbridge-staff.co.jp>"],
    subject="Re: 封入ライン 追加人員のご紹介",
    body=f"""平塚様

お世話になっております。日の出産業の葛西です。
ご紹介いただいた件、面談の結果をご連絡いたします。

馬場園 勇気さんですが、面談の中でご本人から、3年前に窃盗の容疑で逮捕され
執行猶予中であるとの申告がありました。
弊社の封入業務は顧客の個人情報を扱うため、今回は見送らせていただきたく存じます。
もう1名の候補の方については、来週面談させてください。

{SIG_KASAI}
""",
)
# =========================================================================================
# 081-090
# =========================================================================================

add(
    expect="pass", entities=[], detectors=[],
    note="mailing completion report with counts, post office receipt and postage: no personal data",
    charset="iso-2022-jp", sender=TOKORO,
    to=["村瀬様 <murase@minatoya-tsuhan.co.jp>"],
    cc=["r.sakamaki@hinode-sangyo.co.jp"],
    subject="【発送完了】秋カタログDM（9/10差出）",
    body=f"""村瀬様

お世話になっております。日の出産業 DMセンターの所です。
秋カタログDM、本日9/10に差出が完了しましたのでご報告いたします。

  差出通数　　　12,206通（データ 12,230件 − 除外 24件）
  差出局　　　　東雲郵便局
  受領証番号　　第 0910-0437 号
  郵便料金　　　755,551円（広告郵便・区分割引後、1通あたり61.9円）
  予備在庫　　　230部（弊社倉庫で3か月保管）

到着は9/12～9/16頃の見込みです。
データ消去は、返戻対応期間（1か月）の終了後に実施し、証明書をお送りします。

{SIG_TOKORO}
""",
)

_br = [["店舗コード", "店舗名", "郵便番号", "住所", "代表電話", "部数"]]
for code, nm, z, ad, tel in [
        ("S01", "札幌大通店", "060-0042", "北海道札幌市中央区大通西4-6-1", "011-231-4480"),
        ("S02", "旭川駅前店", "070-0030", "北海道旭川市宮下通7-2-5", "0166-26-3310"),
        ("S03", "函館ベイ店", "040-0065", "北海道函館市豊川町12-8", "0138-27-9021"),
        ("S04", "仙台一番町店", "980-0811", "宮城県仙台市青葉区一番町3-9-14", "022-262-7145"),
        ("S05", "盛岡店", "020-0022", "岩手県盛岡市大通2-4-20", "019-651-2203"),
        ("S06", "東京日本橋店", "103-0027", "東京都中央区日本橋2-11-3", "03-3272-5590"),
        ("S07", "横浜元町店", "231-0861", "神奈川県横浜市中区元町1-30", "045-662-1187"),
        ("S08", "名古屋栄店", "460-0008", "愛知県名古屋市中区栄3-15-27", "052-241-6634"),
        ("S09", "大阪梅田店", "530-0001", "大阪府大阪市北区梅田1-8-16", "06-6341-2078"),
        ("S10", "福岡天神店", "810-0001", "福岡県福岡市中央区天神2-5-35", "092-721-4416")]:
    _br.append([code, nm, z, ad, tel, str(_rng.choice([300, 400, 500, 800]))])
add(
    expect="pass", entities=[], detectors=[],
    note="delivery list of the client's ten shops (business addresses and switchboards): not people",
    charset="utf-8", sender=SETOGUCHI,
    to=["青葉運輸 川口営業所 <kawaguchi@aoba-unyu.co.jp>"],
    subject="北国フーズ様 店頭用カタログ 店舗納品リスト",
    body=f"""青葉運輸 川口営業所 御中

日の出産業の瀬戸口です。
北国フーズ様 店頭用カタログの店舗納品リストを添付します（10店舗）。
各店舗とも午前中着でお願いします。店舗の受付時間は10時からです。

{SIG_SETOGUCHI}
""",
    attachments=[{"kind": "xlsx", "name": "kitaguni_shop_delivery.xlsx",
                  "sheets": {"納品先": [["北国フーズ 店頭カタログ 納品先一覧"], []] + _br}}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="list of post offices used as mailing points (business addresses): no personal data",
    charset="cp932", sender=TOKORO,
    to=["東雲まちづくり公社 総務部 石黒様 <ishiguro@shinonome-kosha.or.jp>"],
    subject="Re: 差出局について",
    body=f"""石黒様

お世話になっております。日の出産業の所です。
ご質問の差出局ですが、通数と地域に応じて以下の局を使い分けております。

  局名             住所                                 取扱
  ---------------------------------------------------------------------
  東雲郵便局       東雲市本町2-1-1                      広告郵便・区分（大口）
  川口郵便局       埼玉県川口市本町1-4-21               通常・小口
  さいたま新都心局 さいたま市中央区新都心3-1             年賀・繁忙期の振替

今回の「施設利用のご案内」は東雲郵便局から差し出します。

{SIG_TOKORO}
""",
)

_p = people(100)
_rows = [["北国フーズ お歳暮DM 対象者（最終）"], ["抽出条件：過去2年購入あり・60歳以上"],
         ["顧客番号", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話番号"]]
for p in _p:
    _rows.append([f"KF{_rng.randint(1000000, 9999999)}", p["name"], p["kana"], p["dob"], p["zip"], p["addr"], p["home"]])
add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="workbook with 100 customers (birth date, address, phone) returned to the client for a final check",
    charset="utf-8", sender=NOTO,
    to=["北国フーズ 通販事業部 奥寺様 <okudera@kitaguni-foods.co.jp>"],
    subject="お歳暮DM 対象者抽出結果（最終確認用）",
    body=f"""奥寺様

お世話になっております。日の出産業の能登です。
お歳暮DMの対象者抽出が終わりましたので、最終確認用のExcelをお送りします。
「対象者」シートが差出対象、「集計」シートが年代・地域別の件数です。

{SIG_NOTO}
""",
    attachments=[{"kind": "xlsx", "name": "oseibo_target_final.xlsx", "title": "お歳暮DM 対象者",
                  "sheets": {"対象者": _rows,
                             "集計": [["年代", "件数"], ["60代", "48"], ["70代", "39"], ["80代以上", "13"]]}}],
)

add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="client's pre-release results booklet marked CONFIDENTIAL on every page, sent to the bindery",
    charset="iso-2022-jp", sender=MARUOKA,
    to=["丸山製本所 工場長 <koujou@maruyama-seihon.co.jp>"],
    subject="製本仕様確認用PDF（東雲精機様 決算説明資料）",
    body=f"""丸山製本所 工場長様

丸岡です。東雲精機様の決算説明資料（無線綴じ 200部）、面付け確認用のPDFをお送りします。
ページ順と背幅（5.5mm）のご確認をお願いします。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "pdf", "name": "kessan_setsumei_menzuke.pdf",
                  "page_footer": "CONFIDENTIAL - Shinonome Seiki Co., Ltd. - Do not distribute before 2025-05-14",
                  "lines": ["2025年3月期 決算説明資料", "売上高 842億円（前期比 +6.2%）",
                            "営業利益 71億円", "2026年3月期 業績予想"]}],
)

add(
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF proof: the attachment cannot be inspected",
    charset="cp932", sender=MARUOKA,
    to=["みどり銀行 事務統括部 <jimu@midori-ginko.co.jp>"],
    subject="取引明細書 差込校正（パスワード付PDF）",
    body=f"""みどり銀行 事務統括部 ご担当者様

お世話になっております。日の出産業の丸岡です。
取引明細書の差込校正をお送りします。
御行のご指定により、PDFにパスワードを設定しております。パスワードは担当者様へお電話でお伝えします。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "pdf", "name": "meisai_sashikomi_shoko.pdf", "password": "mdr0611",
                  "lines": ["お取引明細のお知らせ（校正）", "口座番号 ******1234", "お取引日 2025/05/30"]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="flyer proof PDF with prices and shop info only",
    charset="utf-8", sender=MARUOKA,
    to=["さくらホテル 営業推進部 <eigyo@sakura-hotel.jp>"],
    subject="ビアガーデン チラシ 初校",
    body=f"""さくらホテル 営業推進部 御中

お世話になっております。日の出産業の丸岡です。
夏のビアガーデン チラシ（A4両面）の初校をお送りします。
料金表と営業時間のご確認をお願いいたします。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "pdf", "name": "beergarden_flyer_1ko.pdf",
                  "lines": ["さくらホテル 屋上ビアガーデン 2025", "期間：6月13日（金）～9月15日（月・祝）",
                            "営業時間：17:30～21:30（L.O. 21:00）", "ご予約・お問い合わせ：さくらホテル ビアガーデン係"],
                  "table": [["プラン", "時間", "料金"], ["スタンダード", "2時間", "5,500円"],
                            ["プレミアム", "2.5時間", "7,700円"], ["ソフトドリンク", "2時間", "3,300円"]]}],
)

add(
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached Word document is damaged and cannot be read",
    charset="iso-2022-jp", sender=KASAI,
    to=["社会保険労務士法人 みらい <info@mirai-sr.jp>"],
    subject="就業規則（改定案）の送付",
    body=f"""社会保険労務士法人みらい
宍戸先生

お世話になっております。日の出産業の葛西です。
先日ご相談した就業規則の改定案（テレワーク規程の追加）をお送りします。
ご確認のほど、よろしくお願いいたします。

{SIG_KASAI}
""",
    attachments=[{"kind": "corrupt", "name": "就業規則_改定案_202506.docx"}],
)

_p = people(6)
add(
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="reply whose new text adds 6 recipients' names and addresses above the quoted thread",
    charset="utf-8", sender=SETOGUCHI,
    to=["aozora-coop 組合員サービス課 <member@aozora-coop.or.jp>"],
    subject="Re: Re: 11月号 未着のお問い合わせ",
    body="組合員サービス課 ご担当者様\n\nお世話になっております。日の出産業の瀬戸口です。\n"
         "お問い合わせの件、差出記録を確認したところ、以下の6名様は10/28に差出済みでした。\n"
         "郵便局の調査を依頼しておりますので、結果が出次第ご連絡いたします。\n\n"
         + "\n".join(f"  ◇ {p['name']} 様　{p['addr']}" for p in _p)
         + f"""

{SIG_SETOGUCHI}

> 瀬戸口様
> 11月号が届いていないという問い合わせが組合員様から数件ありました。
> 差出状況を確認いただけますか。
> 青空生協 組合員サービス課
""",
)

_p = people(9)
_orig = "\n".join(f"{p['name']}　{p['zip']} {p['addr']}　{p['mobile']}" for p in _p)
add(
    expect="pass", entities=[], detectors=[],
    note="the 9-person list sits only under -----Original Message-----, quoted from the client's own mail",
    charset="cp932", sender=TOKORO,
    to=["村瀬様 <murase@minatoya-tsuhan.co.jp>"],
    subject="RE: 再送対象リスト",
    body=f"""村瀬様

お世話になっております。日の出産業の所です。
再送対象リスト、確かに受領いたしました。
明日午前中に封入し、午後の便で発送いたします。完了しましたら件数のみご報告します。

{SIG_TOKORO}

-----Original Message-----
From: 村瀬 <murase@minatoya-tsuhan.co.jp>
Sent: Tuesday, September 16, 2025 5:42 PM
To: 所 裕太 <y.tokoro@dm.hinode-sangyo.co.jp>
Subject: 再送対象リスト

所様

再送をお願いしたい9件です。

{_orig}

以上、よろしくお願いいたします。
村瀬
""",
)
# =========================================================================================
# 091-100
# =========================================================================================

_p = people(6)
_q = "\n".join(f"> {p['romaji']}, {p['email']}, {p['mobile']}" for p in _p)
add(
    expect="pass", entities=[], detectors=[],
    note="English reply: the six-person list appears only in the quoted 'On ... wrote:' part",
    charset="utf-8", sender=MIZUSHIMA,
    to=["Operations <ops@lionmail-fulfilment.com.sg>"],
    subject="Re: Overseas catalogue mailing - redelivery done",
    body=f"""Hi Wei Ling,

Thanks a lot for handling this so quickly. I have passed the new tracking numbers to
Kitaguni Foods. No further action is needed on your side for this batch.

We will send the forecast for the winter catalogue (approx. 1,800 pieces) next week.

{SIG_MIZUSHIMA}

On Thu, 9 Oct 2025 at 16:02, Tan Wei Ling <ops@lionmail-fulfilment.com.sg> wrote:
> Hi Kenta,
> All six customers were contacted and the parcels re-delivered today:
{_q}
> Tracking numbers are in the portal.
> Regards, Wei Ling
""",
)

_p = people(6)
add(
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=[],
    note="refund list with six customers' bank accounts sent only to internal accounting",
    charset="iso-2022-jp", sender=OBINATA,
    to=["経理課 <keiri@hinode-sangyo.co.jp>"],
    subject="年賀状印刷 過入金の返金依頼（6件）",
    body="経理課 御中\n\n営業二課の大日向です。年賀状印刷サービスで過入金のあったお客様6名分の返金をお願いします。\n"
         "振込手数料は弊社負担です。\n\n"
         + ptable(["注文番号", "お名前", "返金額", "振込先"],
                  [[f"NG-25-0{_rng.randint(1000, 2999)}", p["name"], f"{_rng.choice([660, 1320, 2200, 4180])}円",
                    f"{_rng.choice(['みどり銀行', '東雲信用金庫', 'ひかり銀行'])} {_rng.choice(['本店', '駅前支店', '川口支店', '浦和支店'])} 普通 {acct()}"]
                   for p in _p],
                  [14, 16, 10, 44])
    + "\n\n口座名義はご注文者様と同一です。\n\n" + SIG_OBINATA + "\n",
)

_p = people(6)
add(
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="bulk refund instruction to the bank listing six private customers' bank accounts",
    charset="cp932", sender="経理課 松浦 <keiri@hinode-sangyo.co.jp>",
    to=["みどり銀行 川口支店 法人担当 <kawaguchi-houjin@midori-ginko.co.jp>"],
    subject="総合振込の依頼（返金分 6件）",
    body=f"""みどり銀行 川口支店 法人ご担当者様

いつもお世話になっております。日の出産業 経理課の松浦です。
インターネットバンキングの障害のため、本日分の総合振込（返金6件）を書面とあわせてお願いいたします。

""" + "\n".join(f"{i + 1}. {p['kana']}（{p['name']}）／{_rng.choice(['東雲信用金庫', 'ひかり銀行', 'あおぞら信組'])} "
                f"{_rng.choice(['本店', '北支店', '中央支店'])}／普通 {acct()}／{_rng.choice([660, 1320, 2200])}円"
                for i, p in enumerate(_p)) + """

依頼書の原本は本日夕方お持ちします。

日の出産業株式会社 経理課　松浦
TEL 048-265-7705
""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="English mail to a foreign client's Japan office with the standard disclaimer: no personal data",
    charset="utf-8", sender=MIZUSHIMA,
    to=["Laura Bennett <laura.bennett@northbridge-outdoor.com>"],
    subject="Autumn DM campaign - paper options and postage estimate",
    body=f"""Dear Laura,

Thank you for your time yesterday. As discussed, here are the options for the autumn
direct mail campaign (approx. 25,000 pieces, A5 postcard):

  Option A: coated 220 gsm, full colour both sides - JPY 9.8 per piece
  Option B: recycled matte 210 gsm, FSC certified   - JPY 11.2 per piece

Postage with the advertising-mail and sorting discounts is estimated at JPY 52-55 per
piece. The final rate is confirmed with the post office once the count is fixed.

We can take your mailing data via our secure upload portal; please do not send it by e-mail.

{SIG_MIZUSHIMA}
{DISCLAIMER_EN}
""",
)

add(
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="the university office and two alumni on gmail all visible in To/Cc: three external parties",
    charset="iso-2022-jp", sender=SAKAMAKI,
    to=["北辰学院大学 校友課 <kouyuu@hokushin.ac.jp>"],
    cc=["seiji.tamura.1978@gmail.com", "hokushin86.kubota@gmail.com"],
    subject="同窓会 案内状の入稿スケジュール",
    body=f"""北辰学院大学 校友課 御中
（cc：昭和53年卒 幹事 田村様、昭和61年卒 幹事 久保田様）

お世話になっております。日の出産業の坂巻です。
合同同窓会の案内状について、入稿スケジュールをお知らせします。

　原稿締切　　10/3（金）
　初校　　　　10/8（水）
　校了　　　　10/14（火）
　差出　　　　10/20（月）

幹事の皆様から原稿をいただく際は、校友課様経由でお願いいたします。

{SIG_SAKAMAKI}
""",
)

add(
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a private customer on icloud ordering their own business cards; internal Cc only",
    charset="utf-8", sender=OBINATA,
    to=["kokoro.design.studio@icloud.com"],
    cc=["丸岡 健二 <k.maruoka@print.hinode-sangyo.co.jp>"],
    subject="Re: 名刺印刷のご相談",
    body=f"""ご担当者様

お問い合わせいただきありがとうございます。日の出産業の大日向です。

ご希望の名刺（活版風・コットン紙 600g・両面）は1名100枚で 6,600円（税込）です。
デザインデータ（Illustrator, アウトライン化済み）をいただければ、校正は翌営業日にお出しします。
納期は校了後7営業日です。

制作担当の丸岡をccに入れております。データの仕様で不明点があれば丸岡からご連絡いたします。

{SIG_OBINATA}

2025/06/02 21:14、kokoro.design.studio@icloud.com のメール:
> 個人でデザイン事務所をしている者です。活版風の名刺を作りたいのですが、
> 少部数でもお願いできますか。
""",
)

add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail marked 【極秘】 in subject and body about an unannounced merger notice, sent to the client",
    charset="cp932", sender=SAKAMAKI,
    to=["東雲精機 経営企画室 <keiki@shinonome-seiki.co.jp>"],
    subject="【極秘】合併に関するお知らせ 印刷スケジュール",
    body=f"""極秘

東雲精機株式会社 経営企画室 御中

日の出産業の坂巻です。
ご依頼の「合併に関するお知らせ」（株主様・お取引先様向け）につきまして、
公表日（11/14 15:00）に合わせた印刷・発送スケジュールをお送りします。

　11/10（月）最終原稿ご入稿（弊社制作課の限定メンバーのみで作業）
　11/12（水）校了
　11/13（木）印刷・封入（施錠した別室で作業）
　11/14（金）15:00 公表後に差出

版下・刷り出しは作業後ただちに溶解処理いたします。

{SIG_SAKAMAKI}
""",
)

add(
    expect="pass", entities=[], detectors=[],
    note="arranging a confidential-document shredding service: 機密文書 is a service name, not a marking",
    charset="iso-2022-jp", sender=KASAI,
    to=["エコリサイクル東雲 営業部 <eigyo@eco-recycle-shinonome.co.jp>"],
    subject="機密文書溶解処理の回収依頼",
    body=f"""エコリサイクル東雲株式会社 営業部 御中

いつもお世話になっております。日の出産業 総務課の葛西です。
今月分の機密文書溶解処理の回収をお願いいたします。

　回収日　　：6/27（金）午後
　場所　　　：川口プリントセンター 1F 搬出口
　数量　　　：溶解ボックス 14箱（ヤレ紙・校正紙・返戻郵便物）
　証明書　　：溶解証明書を従来どおり発行してください

担当者不在の場合は守衛室で鍵をお受け取りください。

{SIG_KASAI}
""",
)

_p = people(200)
add(
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="UTF-8 CSV of 200 members' names and e-mail addresses sent to an e-mail delivery vendor",
    charset="utf-8", sender=NOTO,
    to=["配信サポート <support@haishin-cloud.jp>"],
    subject="メルマガ併用施策 配信リスト（さくらホテル会員）",
    body=f"""配信クラウド株式会社 配信サポート ご担当者様

お世話になっております。日の出産業の能登です。
さくらホテル様のDM＋メール併用施策で、メール配信対象の会員リストをお送りします。
DM到着予定日の翌日（6/14 10:00）に配信予約をお願いいたします。

{SIG_NOTO}
{DISCLAIMER_JA}
""",
    attachments=[{"kind": "csv", "name": "sakura_mail_list.csv", "encoding": "utf-8",
                  "rows": [["member_id", "name", "email"]]
                  + [[f"SH-{_rng.randint(100000, 999999)}", p["name"], p["email"]] for p in _p]}],
)

add(
    expect="pass", entities=[], detectors=[],
    note="sign-off (校了) notes and print instructions to the partner printer: no personal data",
    charset="cp932", sender=MARUOKA,
    to=["錦印刷 製版課 <seihan@nishiki-insatsu.co.jp>"],
    cc=["坂巻 亮 <r.sakamaki@hinode-sangyo.co.jp>"],
    subject="【校了】北国フーズ 夏ギフトカタログ 全16P",
    body=f"""錦印刷 製版課 ご担当者様

お世話になっております。日の出産業の丸岡です。
北国フーズ様 夏ギフトカタログ、本日クライアントより校了をいただきました。

■修正反映（最終）
　・P3 メロン価格 5,400円 → 5,480円
　・P11 商品コード K-2517 の写真差替（差替データは本メールのURLに格納）
　・表4 QRコードのリンク先をキャンペーンページに変更

■印刷仕様
　・本文 コート90kg 4/4、表紙 コート135kg 4/4＋ニス
　・部数 32,000部、刷了 6/13（金）

差替データ：https://files.hinode-sangyo.co.jp/s/Lp7xQ2a
以上、よろしくお願いいたします。

{SIG_MARUOKA}
""",
)
