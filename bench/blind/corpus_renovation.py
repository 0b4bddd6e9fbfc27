"""Blind corpus — area: renovation (日の出産業 住宅リフォーム事業部).

Home-renovation mail: customers' quotes and contracts, site addresses, subcontractors
(職人・協力業者), renovation loans (みどり銀行 and others), subsidies for barrier-free work
(介護保険住宅改修・障害者住宅改造助成: care level / disability information), customer lists
for campaigns, complaints, building permits, material suppliers, site photos.

Every person, number, address, e-mail address and organisation other than the partner
organisations named in BRIEF.md is invented.  My Numbers and card numbers come from
build.my_number() / build.card_number() with seeds starting at 5501 (5501, 5502, …).
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 5501
_rng = random.Random(SEED)

# -- small helpers ----------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-/:()", "０１２３４５６７８９－／：（）")


def zen(s: str) -> str:
    """ASCII digits and separators → full width."""
    return s.translate(_ZEN)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y >= 2019:
        era, short, n = "令和", "R", y - 2018
    elif y >= 1989:
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    return f"{era}{n}年{m}月{d}日"


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


HINODE_T = "T" + corp_number("030001045678")


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad_table(rows, gap: int = 2, rule: str = "-") -> str:
    """Plain-text table padded with ASCII spaces, with a rule under the header."""
    ncol = max(len(r) for r in rows)
    widths = [max(_w(str(r[i])) for r in rows if i < len(r)) for i in range(ncol)]
    out = []
    for k, r in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(str(c))) for i, c in enumerate(r)]
        out.append((" " * gap).join(cells).rstrip())
        if k == 0:
            out.append(rule * (sum(widths) + gap * (ncol - 1)))
    return "\n".join(out)


def zen_pad_table(rows) -> str:
    """Table padded with full-width spaces (what people do in Outlook with MS ゴシック)."""
    ncol = max(len(r) for r in rows)
    widths = [max((_w(str(r[i])) + 1) // 2 for r in rows if i < len(r)) for i in range(ncol)]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            cells.append(c + "　" * (widths[i] - (_w(c) + 1) // 2))
        out.append("　".join(cells).rstrip("　"))
        if k == 0:
            out.append("─" * (sum(widths) + ncol - 1))
    return "\n".join(out)


SEI = [
    ("山岸", "ヤマギシ", "Yamagishi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("五月女", "ソウトメ", "Sotome"), ("薬袋", "ミナイ", "Minai"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"),
    ("栗原", "クリハラ", "Kurihara"), ("高橋", "タカハシ", "Takahashi"),
    ("鈴木", "スズキ", "Suzuki"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("阿部", "アベ", "Abe"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("野口", "ノグチ", "Noguchi"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("鬼頭", "キトウ", "Kito"),
    ("御手洗", "ミタライ", "Mitarai"), ("仁平", "ニヘイ", "Nihei"),
    ("一戸", "イチノヘ", "Ichinohe"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("左右田", "ソウダ", "Soda"), ("設楽", "シタラ", "Shitara"),
    ("廿日出", "ハツカデ", "Hatsukade"), ("三瓶", "サンペイ", "Sanpei"),
    ("目黒", "メグロ", "Meguro"), ("保坂", "ホサカ", "Hosaka"),
    ("笠原", "カサハラ", "Kasahara"), ("沼尻", "ヌマジリ", "Numajiri"),
    ("蛭田", "ヒルタ", "Hiruta"), ("及川", "オイカワ", "Oikawa"),
    ("宍戸", "シシド", "Shishido"), ("檜山", "ヒヤマ", "Hiyama"),
]
MEI = [
    ("隆", "タカシ", "Takashi"), ("和子", "カズコ", "Kazuko"), ("誠", "マコト", "Makoto"),
    ("美和子", "ミワコ", "Miwako"), ("勝利", "カツトシ", "Katsutoshi"),
    ("トミ", "トミ", "Tomi"), ("健一", "ケンイチ", "Kenichi"), ("節子", "セツコ", "Setsuko"),
    ("浩二", "コウジ", "Koji"), ("恵美", "エミ", "Emi"), ("正雄", "マサオ", "Masao"),
    ("幸子", "サチコ", "Sachiko"), ("博", "ヒロシ", "Hiroshi"), ("由美", "ユミ", "Yumi"),
    ("茂", "シゲル", "Shigeru"), ("久美子", "クミコ", "Kumiko"), ("清", "キヨシ", "Kiyoshi"),
    ("純一", "ジュンイチ", "Junichi"), ("洋子", "ヨウコ", "Yoko"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("千代", "チヨ", "Chiyo"), ("大輔", "ダイスケ", "Daisuke"), ("智子", "トモコ", "Tomoko"),
    ("修", "オサム", "Osamu"), ("真由美", "マユミ", "Mayumi"), ("昭", "アキラ", "Akira"),
    ("京子", "キョウコ", "Kyoko"), ("翔太", "ショウタ", "Shota"), ("綾", "アヤ", "Aya"),
    ("義男", "ヨシオ", "Yoshio"), ("ハル", "ハル", "Haru"), ("俊介", "シュンスケ", "Shunsuke"),
]
PLACES = [
    ("336-0017", "埼玉県さいたま市南区南浦和", "048"),
    ("330-0061", "埼玉県さいたま市浦和区常盤", "048"),
    ("337-0051", "埼玉県さいたま市見沼区東大宮", "048"),
    ("332-0034", "埼玉県川口市並木", "048"),
    ("333-0852", "埼玉県川口市芝樋ノ爪", "048"),
    ("335-0004", "埼玉県蕨市中央", "048"),
    ("359-1111", "埼玉県所沢市緑町", "04"),
    ("350-1123", "埼玉県川越市脇田本町", "049"),
    ("343-0845", "埼玉県越谷市南越谷", "048"),
    ("362-0035", "埼玉県上尾市仲町", "048"),
    ("176-0012", "東京都練馬区豊玉北", "03"),
    ("115-0045", "東京都北区赤羽", "03"),
    ("174-0071", "東京都板橋区常盤台", "03"),
    ("120-0034", "東京都足立区千住", "03"),
    ("182-0024", "東京都調布市布田", "042"),
    ("270-0034", "千葉県松戸市新松戸", "047"),
    ("273-0005", "千葉県船橋市本町", "047"),
    ("222-0032", "神奈川県横浜市港北区大豆戸町", "045"),
    ("252-0303", "神奈川県相模原市南区相模大野", "042"),
    ("338-0002", "埼玉県さいたま市中央区下落合", "048"),
    ("344-0067", "埼玉県春日部市中央", "048"),
    ("340-0015", "埼玉県草加市高砂", "048"),
]
BLDG = ["", "", "", "", "", "", "サンハイツ203", "グランシャトー305号", "コーポ緑102",
        "メゾン・ド・ソレイユ401"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
WORKS = ["ユニットバス交換", "システムキッチン入替", "外壁塗装・屋根カバー工法", "トイレ交換＋内装",
         "洗面化粧台交換", "給湯器交換（エコジョーズ）", "内窓設置（6箇所）", "和室→洋室リフォーム",
         "手すり設置・段差解消", "玄関ドア交換", "床暖房設置", "耐震補強（壁量補強）",
         "屋根葺き替え", "雨樋交換", "フローリング張替え", "浴室暖房乾燥機設置"]


def person(rng: random.Random, *, old: bool = False) -> dict:
    s = rng.choice(SEI)
    g = rng.choice(MEI)
    z, town, area = rng.choice(PLACES)
    chome = rng.randint(1, 6)
    ban = rng.randint(1, 28)
    go = rng.randint(1, 30)
    bldg = rng.choice(BLDG)
    addr = f"{town}{chome}-{ban}-{go}" + (f" {bldg}" if bldg else "")
    if area == "03":
        tel = f"03-{rng.randint(3100, 6999)}-{rng.randint(1000, 9999)}"
    elif area == "04":
        tel = f"04-{rng.randint(2900, 2999)}-{rng.randint(1000, 9999)}"
    else:
        tel = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    y = rng.randint(1932, 1952) if old else rng.randint(1945, 1990)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    local = f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}"
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2]}", "zip": z, "addr": addr, "tel": tel, "mob": mob,
        "email": f"{local}@{rng.choice(FREEMAIL)}", "y": y, "m": m, "d": d,
        "dob": f"{y}/{m:02d}/{d:02d}", "age": 2025 - y, "work": rng.choice(WORKS),
    }


def people(n: int, seed: int, **kw) -> list[dict]:
    rng = random.Random(seed)
    out, seen = [], set()
    while len(out) < n:
        p = person(rng, **kw)
        if p["name"] in seen:
            continue
        seen.add(p["name"])
        out.append(p)
    return out


# -- signatures, disclaimers ------------------------------------------------------------

HQ = "〒330-0063 埼玉県さいたま市浦和区高砂3-14-8"


def sig(key: str) -> str:
    return SIGS[key]


SIGS = {
    "saeki": f"""--
日の出産業株式会社　住宅リフォーム事業部　リフォーム営業課
佐伯 亮介（さえき りょうすけ）
{HQ}
TEL 048-829-7710 / FAX 048-829-7711
r.saeki@hinode-sangyo.co.jp""",
    "miyauchi": f"""━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
住宅リフォーム事業部　福祉リフォーム担当
福祉住環境コーディネーター2級　宮内 千尋
{HQ}
TEL：048-829-7713（直通）
━━━━━━━━━━━━━━━━━━━━""",
    "kudo": """------------------------------
日の出産業（株）リフォーム事業部 工事課
工藤 拓真
TEL 048-829-7715 FAX 048-829-7711
------------------------------""",
    "nagumo": f"""＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 住宅リフォーム事業部
販売促進グループ　南雲 由香
{HQ}
TEL 048-829-7718
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊""",
    "ohashi": """――――――――――――――――
日の出産業株式会社
リフォーム事業部　川口ショールーム
店長　大橋 健太
〒332-0012 埼玉県川口市本町2-7-25 日の出ビル1F
TEL 048-227-5530（ショールーム代表）
営業時間 10:00〜18:00（水曜定休）
――――――――――――――――""",
    "sudo": f"""--
日の出産業株式会社 住宅リフォーム事業部 業務課（ローン・補助金窓口）
須藤 美穂
{HQ}
TEL 048-829-7720  FAX 048-829-7711""",
    "ogino": """//////////////////////////////
日の出産業株式会社 リフォーム事業部
工事部長　荻野 修
TEL 048-829-7714
//////////////////////////////""",
    "ishiguro": """--
日の出産業株式会社 住宅リフォーム事業部 お客様相談室
石黒 彩
フリーダイヤル 0120-48-1107（9:00〜17:30 土日祝除く）""",
    "higuchi": """--
日の出産業株式会社 リフォーム事業部 設計課
一級建築士　樋口 大地
TEL 048-829-7716""",
    "en_saeki": """--
Ryosuke Saeki
Renovation Sales, Home Renovation Division
Hinode Sangyo Co., Ltd.
3-14-8 Takasago, Urawa-ku, Saitama 330-0063, Japan
Tel +81-48-829-7710""",
    "en_higuchi": """Best regards,

Daichi Higuchi
Design Section, Home Renovation Division
Hinode Sangyo Co., Ltd.
Tel: +81-48-829-7716""",
}

DISC_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを破棄してくださいますようお願いいたします。"""

DISC_JA2 = """※このメールは送信専用アドレスからではありません。ご不明点は担当者までご返信ください。
※本メールの内容を第三者に開示・転送することはご遠慮ください。"""

DISC_EN = """This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised use, disclosure or copying is prohibited."""

SENDERS = {
    "saeki": "佐伯 亮介 <r.saeki@hinode-sangyo.co.jp>",
    "miyauchi": "宮内 千尋 <c.miyauchi@hinode-sangyo.co.jp>",
    "kudo": "工藤 拓真 <t.kudo@hinode-sangyo.co.jp>",
    "nagumo": "南雲 由香 <y.nagumo@hinode-sangyo.co.jp>",
    "ohashi": "大橋 健太 <k.ohashi@hinode-sangyo.co.jp>",
    "sudo": "須藤 美穂 <m.sudo@hinode-sangyo.co.jp>",
    "ogino": "荻野 修 <o.ogino@hinode-sangyo.co.jp>",
    "ishiguro": "石黒 彩 <a.ishiguro@hinode-sangyo.co.jp>",
    "higuchi": "樋口 大地 <d.higuchi@hinode-sangyo.co.jp>",
}
S = SENDERS

MESSAGES: list[dict] = []


def add(n: int, expect: str, **kw) -> None:
    kw.setdefault("cc", [])
    kw.setdefault("bcc", [])
    MESSAGES.append({"id": f"renovation-{n:03d}", "expect": expect, **kw})

# =======================================================================================
# 001–020
# =======================================================================================

_dm = people(42, SEED + 100)
add(1, "stop", charset="iso-2022-jp", sender=S["nagumo"],
    to=["錦印刷株式会社 営業部 大森様 <omori@nishiki-insatsu.co.jp>"],
    cc=["佐伯 亮介 <r.saeki@hinode-sangyo.co.jp>"],
    subject="秋の水まわりリフォームフェア　DM宛名データ送付の件",
    body=f"""錦印刷株式会社
営業部　大森様

いつもお世話になっております。日の出産業の南雲です。

先日お打ち合わせいたしました「秋の水まわりリフォームフェア」のDMについて、
宛名印字用のデータ（CSV、{len(_dm)}件）を添付いたします。
前回と同じく、郵便番号・住所・氏名の順で印字をお願いできますでしょうか。
「前回工事」の列は印字不要です（社内の確認用に残したままになっております）。

発送は10月3日（金）の差し出しでお願いいたします。

{sig("nagumo")}
""",
    attachments=[{"kind": "csv", "name": "DM宛名_水まわりフェア_1003.csv",
                  "rows": [["顧客番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "前回工事"]]
                  + [[f"C{21000 + i * 37}", p["name"], p["kana"], p["zip"], p["addr"], p["tel"],
                      p["work"]] for i, p in enumerate(_dm)]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="42 customers' names, addresses and phones in a CSV to the (partner) print shop")

add(2, "pass", charset="cp932", sender=S["kudo"],
    to=["yamagishi.t-0412@docomo.ne.jp"],
    subject="足場設置日のご連絡（外壁塗装工事）",
    body=f"""山岸様

いつも大変お世話になっております。日の出産業の工藤です。
外壁塗装工事の日程が確定しましたのでご連絡いたします。

・足場設置　　10月7日（火）8:30〜
・高圧洗浄　　10月8日（水）
・下塗り〜上塗り　10月9日〜10月17日（天候により前後します）
・足場解体　　10月20日（月）予定

足場設置の当日は、作業車（2tトラック）を前面道路に停めさせていただきます。
お車の出し入れがございましたら、現場の職長（丸山）にお声がけください。
近隣の皆様へのご挨拶は、前日までに弊社でお伺いいたします。

何かございましたらお気軽にご連絡ください。

{sig("kudo")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="schedule to one customer on carrier mail; no personal data beyond the salutation")

_wk = people(6, SEED + 101)
_rows3 = [["No", "施主名", "現場住所", "連絡先", "工事内容"]] + [
    [f"R-{512 + i}", p["name"] + " 様", p["addr"], p["mob"], p["work"]] for i, p in enumerate(_wk)]
add(3, "stop", charset="utf-8", sender=S["kudo"],
    to=["丸栄内装 丸山様 <maruyama@maruei-naiso.co.jp>"],
    subject="来週（10/13〜）の内装工事 現場一覧",
    body=f"""丸栄内装　丸山様

お世話になっております。工藤です。
来週の内装工事の現場一覧です。クロス・CFの搬入は各現場とも前日までにお願いします。

{pad_table(_rows3)}

※R-514 は日中ご不在のため、鍵はキーボックス（暗証番号は当日お電話で）です。
※R-516 はマンションのため、管理室へ作業届を提出済みです。エレベーター養生をお願いします。

よろしくお願いいたします。

{sig("kudo")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six homeowners' names, site addresses and mobiles in a padded table to a subcontractor")

_p4 = people(1, SEED + 102)[0]
add(4, "pass", charset="iso-2022-jp", sender=S["kudo"],
    to=["東和建材株式会社 受注センター <juchu@towa-kenzai.co.jp>"],
    subject="【発注】フローリング材・下地合板（現場No.R-0528）",
    body=f"""東和建材株式会社
受注センター　御中

いつもお世話になっております。日の出産業リフォーム事業部の工藤です。
下記の通り発注いたします。

　発注番号：HS-PO-2025-10418
　現場No.：R-0528
　納品先：弊社資材置場（埼玉県さいたま市緑区大門2851-3　日の出産業 緑資材センター）
　納品希望日：10月14日（火）午前中

　品番　　　　　　品名　　　　　　　　　　　数量
　TW-FL1210-OK　 複合フローリング オーク 12mm　 18ケース
　TW-PW09-N　　　構造用合板 9mm 3×6　　　　　 24枚
　TW-AD-500　　　 フローリング用接着剤 3kg　　　4缶
　TW-NL38　　　　 フロア釘 38mm　　　　　　　　2箱

納品時は資材センター（048-878-2204）へ事前にお電話をお願いします。

{sig("kudo")}
""",
    entities=[], detectors=[],
    note="material order to a supplier: order number, product codes, company warehouse address")

_p5 = people(1, SEED + 103, old=True)[0]
add(5, "stop", charset="cp932", sender=S["miyauchi"],
    to=["居宅介護支援事業所ひだまり 長尾様 <nagao@hidamari-care.or.jp>"],
    subject="住宅改修（介護保険）理由書作成のお願い　百目鬼様",
    body=f"""居宅介護支援事業所ひだまり
介護支援専門員　長尾様

いつもお世話になっております。日の出産業 福祉リフォーム担当の宮内です。
先日ご紹介いただきました百目鬼様の住宅改修の件、現地調査が終わりましたのでご報告いたします。

【利用者】百目鬼 トミ 様（昭和１２年３月８日生）
【住所】埼玉県さいたま市見沼区東大宮4-18-2
【要介護度】要介護２
【身体状況】脳梗塞後遺症により右片麻痺。屋内は杖歩行、段差で右足のつまずきが多い。
　　　　　　浴槽のまたぎが困難で、現在は週2回のデイサービスで入浴。

【改修内容（案）】
　・玄関上がり框　L型手すり設置＋式台設置
　・廊下〜トイレ　横手すり（左側、H=750）
　・浴室　出入口段差解消（グレーチング）、浴槽縦手すり、洗い場手すり
　・トイレ　和式→洋式への便器取替え

見積額は約18万円で、支給限度額（20万円）内に収まる見込みです。
理由書の作成をお願いできますでしょうか。写真と図面は別便でお送りします。

{sig("miyauchi")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one client's care level and stroke after-effects with name and address to an outside care manager")

add(6, "pass", charset="iso-2022-jp", sender=S["miyauchi"],
    to=["樋口 大地 <d.higuchi@hinode-sangyo.co.jp>"],
    cc=["工藤 拓真 <t.kudo@hinode-sangyo.co.jp>"],
    subject="百目鬼様邸　浴室・トイレ改修の図面依頼",
    body="""樋口さん

お疲れさまです。宮内です。
百目鬼様邸（見沼区東大宮）の介護保険住宅改修、図面をお願いします。

・百目鬼トミ様：要介護２、脳梗塞の後遺症で右片麻痺があります
・右手が使えないので、手すりは基本的に「左手で握れる側」に
・浴槽は据え置き（交換は支給限度額を超えるため今回は見送り）
・ケアマネ（ひだまり 長尾さん）の理由書が来週届く予定

現調写真は共有フォルダ \\\\fs01\\reform\\現調\\2025\\百目鬼様 に入れてあります。
金曜までにラフをいただけると助かります。

宮内
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="care level and paralysis of a client, but all recipients are internal")

_w7a = people(10, SEED + 104)
_w7b = people(8, SEED + 105)


def _sched(ps, month):
    rows = [[f"{month}　施工予定表（タカミ設備様 担当分）"], [],
            ["着工日", "施主名", "現場住所", "電話", "工事内容", "備考"]]
    for i, p in enumerate(ps):
        rows.append([f"{month[:-1]}/{3 + i * 2}", p["name"], p["addr"], p["tel"], p["work"],
                     "駐車場なし" if i % 3 == 0 else ""])
    return rows


add(7, "stop", charset="utf-8", sender=S["kudo"],
    to=["株式会社タカミ設備 高見様 <takami@takami-setsubi.co.jp>"],
    cc=["荻野 修 <o.ogino@hinode-sangyo.co.jp>"],
    subject="11月・12月 施工予定表の送付",
    body=f"""株式会社タカミ設備
高見様

お世話になっております。日の出産業の工藤です。
11月・12月の施工予定表をお送りします。設備工事の日程を押さえていただけますでしょうか。
変更がある現場は赤字にしてあります（12月分は一部未確定です）。

{sig("kudo")}
""",
    attachments=[{"kind": "xlsx", "name": "施工予定表_11-12月_タカミ設備.xlsx",
                  "title": "施工予定表",
                  "sheets": {"11月": _sched(_w7a, "11月"), "12月": _sched(_w7b, "12月")}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="18 homeowners' names, site addresses and phones in a two-sheet XLSX to a plumbing subcontractor")

_mn8 = my_number(SEED)
add(8, "stop", charset="iso-2022-jp", sender=S["sudo"],
    to=["小野行政書士事務所 小野先生 <ono@ono-gyosei.jp>"],
    subject="リフォーム助成金 申請代行の件（東海林様）",
    body=f"""小野行政書士事務所
小野先生

いつもお世話になっております。日の出産業 業務課の須藤です。
市の住宅リフォーム助成金の申請代行をお願いしておりました東海林様の件、
申請書に記載が必要な事項をお客様から頂戴しましたのでお送りいたします。

　申請者氏名：東海林 誠（ショウジ マコト）
　住所：埼玉県川口市並木3-22-9
　電話：048-255-3187
　個人番号：{_mn8[:4]} {_mn8[4:8]} {_mn8[8:]}
　工事内容：内窓設置（6箇所）・玄関ドア交換
　工事金額：1,386,000円（税込）

個人番号カードの写しは、お客様が直接先生の事務所へ郵送されるとのことです。
ご不明な点がございましたらお知らせください。

{sig("sudo")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a customer's My Number (with name and address) to an outside administrative scrivener")

add(9, "stop", charset="cp932", sender=S["kudo"],
    to=["sakura.k1978@gmail.com", "m-hosaka@yahoo.co.jp", "aoki_family@icloud.com",
        "hiruta.j@docomo.ne.jp", "kenta-nihei@outlook.jp"],
    subject="【ご近所の皆様へ】外壁塗装工事のお知らせ（山岸様邸）",
    body=f"""ご近所の皆様

いつもお世話になっております。
日の出産業株式会社 リフォーム事業部の工藤と申します。

このたび、山岸様邸にて外壁塗装工事を行わせていただくこととなりました。
工事期間中は、足場の組立・解体時の音や、塗料のにおい等でご迷惑をおかけいたしますが、
何卒ご理解・ご協力を賜りますようお願い申し上げます。

　工事期間：10月7日（火）〜10月20日（月）（日曜・祝日は休工）
　作業時間：8:30〜17:30
　※足場設置（10/7）・解体（10/20）の日は、作業車を道路に一時停車させていただきます。

お気づきの点がございましたら、下記までご連絡ください。

{sig("kudo")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five neighbours' private addresses in To: they can all see each other; should be Bcc")

add(10, "pass", charset="utf-8", sender=S["saeki"],
    to=["株式会社ツバサシステム 営業部 森川様 <morikawa@tsubasa-system.jp>"],
    subject="Re: 顧客管理システム導入の件／秘密保持契約書（案）",
    body=f"""株式会社ツバサシステム
森川様

お世話になっております。日の出産業の佐伯です。
先日はリフォーム顧客管理システムのデモをありがとうございました。

本格的な要件定義に入る前に、秘密保持契約を締結させていただきたく、
弊社ひな形の秘密保持契約書（案）を添付いたします。
特に第3条（機密情報の範囲）と第7条（返還・廃棄）について、貴社のご意見をいただけますと幸いです。

なお、既存顧客データの移行テストは、NDA締結後にダミーデータで実施する想定です。

> 佐伯様
> デモのご参加ありがとうございました。NDAのひな形は貴社のものでも構いません。
> 森川

{sig("saeki")}

{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_日の出産業_ツバサシステム.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                      "顧客管理システム導入の検討（以下「本目的」という。）に関し、次のとおり秘密保持契約を締結する。",
                      "第1条（目的）本契約は、本目的のために相互に開示される機密情報の取扱いを定める。",
                      "第3条（機密情報の範囲）本契約において機密情報とは、開示者が書面により機密である旨を明示して"
                      "開示した技術上・営業上の情報、及び個人情報をいう。",
                      "第5条（個人情報）乙は、甲から預託された個人情報を本目的以外に利用してはならない。",
                      "第7条（返還・廃棄）本契約終了時、受領者は機密情報を速やかに返還又は廃棄する。",
                      "第10条（有効期間）本契約の有効期間は締結日から2年間とする。",
                      "甲：埼玉県さいたま市浦和区高砂3-14-8　日の出産業株式会社　代表取締役　＿＿＿＿",
                      "乙：＿＿＿＿＿＿＿＿＿＿＿＿　株式会社ツバサシステム　代表取締役　＿＿＿＿",
                  ]}],
    entities=[], detectors=[],
    note="mail about an NDA with a draft NDA template; the word 機密 is the subject, not a marking")

add(11, "stop", charset="iso-2022-jp", sender=S["kudo"],
    to=["大橋 健太 <k.ohashi@hinode-sangyou.co.jp>"],
    subject="鬼頭様邸 キッチン工事 本日の報告",
    body="""大橋店長

お疲れさまです。工藤です。鬼頭様邸（川口市芝樋ノ爪）の本日の報告です。

・既存キッチン撤去完了、給排水の位置は図面通り
・床下の根太に一部腐食あり → 補強材追加（約2万円増、施主様了承済み）
・明日はシステムキッチン搬入（10:00着）

施主の鬼頭様より、ショールームで見た水栓に変更したいとのご要望がありました。
店長から直接ご連絡いただけますか。鬼頭 勝利様 携帯：０８０－４４１７－６２９３

工藤
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="internal report mistyped to hinode-sangyou.co.jp, a look-alike of the own domain")

add(12, "pass", charset="utf-8", sender=S["ishiguro"],
    to=["watanuki.haru@yahoo.co.jp"],
    subject="工事代金ご請求書の送付（請求書番号 INV-2025-1187）",
    body=f"""四月一日 様

このたびは日の出産業にトイレ・洗面所のリフォームをご用命いただき、誠にありがとうございました。
工事代金のご請求書をお送りいたします。

　請求書番号：INV-2025-1187
　ご請求金額：628,100円（税込）
　お支払期限：2025年11月30日

お振込先は請求書に記載しております。恐れ入りますが、振込手数料はご負担をお願いいたします。
お引渡し後1か月点検のご案内は、改めてお電話いたします。

{sig("ishiguro")}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2025-1187.pdf", "title": "請求書",
                  "lines": ["御請求書", "", "四月一日 様", "",
                            "請求書番号 INV-2025-1187　発行日 2025年10月31日",
                            "件名：トイレ・洗面所リフォーム工事",
                            "ご請求金額　628,100円（税込）", "",
                            "トイレ交換（TW-TL220）一式　　　　 312,000",
                            "洗面化粧台交換（W750）一式　　　　 198,000",
                            "内装（クロス・CF）一式　　　　　　  61,000",
                            "消費税（10%）　　　　　　　　　　   57,100", "",
                            "お振込先：みどり銀行 浦和支店 普通 1234567 ヒノデサンギョウ（カ",
                            f"日の出産業株式会社　登録番号 {HINODE_T}",
                            "〒330-0063 埼玉県さいたま市浦和区高砂3-14-8 TEL 048-829-7710"]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=["freemail_recipient"],
    note="invoice to the customer herself: company bank account and T-number only")

_cc13 = card_number(SEED)
add(13, "stop", charset="cp932", sender=S["ishiguro"],
    to=["株式会社ペイゲート 加盟店サポート <support@pay-gate.jp>"],
    subject="電話受付分のカード決済（手入力）のお願い",
    body=f"""株式会社ペイゲート
加盟店サポートご担当者様

お世話になっております。加盟店ID：HS-00417 日の出産業の石黒です。
管理画面にログインできない状態のため、お電話で承ったカード決済の代行入力をお願いいたします。

　お客様名：設楽 美和子 様
　カード番号：{_cc13[:4]}-{_cc13[4:8]}-{_cc13[8:12]}-{_cc13[12:]}
　有効期限：09/28
　決済金額：162,800円（一括）
　摘要：浴室暖房乾燥機設置工事

ログイン不具合の件は別途チケット（#58812）でお問い合わせしております。

{sig("ishiguro")}
""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a customer's full card number in mail to a payment agent")

_ln14 = people(5, SEED + 106)
_inc = ["480万円", "620万円", "395万円", "710万円", "540万円"]
_emp = ["株式会社北浦和精機", "さいたま市役所", "医療法人 緑風会", "東日本物流株式会社", "自営（飲食業）"]
_tr14 = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{p['dob']}</td><td>{_emp[i]}</td>"
    f"<td>{_inc[i]}</td><td>{(i + 2) * 100}万円</td><td>{p['mob']}</td></tr>"
    for i, p in enumerate(_ln14))
add(14, "stop", charset="utf-8", sender=S["sudo"],
    to=["みどり銀行 ローンセンター 住宅ローン課 <reform-loan@midori-ginko.co.jp>"],
    subject="リフォームローン仮審査申込（10月第2週分・5件）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>みどり銀行 ローンセンター<br>住宅ローン課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 業務課の須藤です。<br>
10月第2週受付分のリフォームローン仮審査申込を下記の通りお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>勤務先</th><th>年収</th><th>借入希望額</th><th>携帯電話</th></tr>
{_tr14}
</table>
<p>本人確認書類の写しは、従来どおり提携ローン専用便で郵送いたします。<br>
ご審査のほど、よろしくお願いいたします。</p>
<p>日の出産業株式会社 住宅リフォーム事業部 業務課<br>須藤 美穂<br>TEL 048-829-7720</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five loan applicants with birth dates, income and mobiles in an HTML table to the partner bank")

add(15, "pass", charset="iso-2022-jp", sender=S["higuchi"],
    to=["アトリエ縁 一級建築士事務所 江口様 <eguchi@atelier-en.jp>"],
    subject="山岸様邸 現場立会いの日程・参加者",
    body=f"""アトリエ縁
江口様

お世話になっております。日の出産業 設計課の樋口です。
山岸様邸の間取り変更（LDK化）について、構造確認の現場立会いを下記で確定しました。

　日時：10月16日（木）14:00〜15:30
　場所：山岸様邸（さいたま市南区、地図は前回お送りしたもの）
　参加者：
　　施主　山岸 隆 様（携帯 090-3318-2705）
　　奥様　山岸 和子 様（携帯 080-6624-1190）
　　弊社　樋口、工藤

当日、施主様は15時に外出のご予定があるとのことですので、
耐力壁の撤去可否の説明を先にお願いできればと思います。

{sig("higuchi")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two attendees' mobiles to the architect for a site meeting: under five people")

_cw16 = people(3, SEED + 107)
_hi16 = [("01120345", "12"), ("06130871", "3"), ("11150092", "27")]
_pn16 = ["4021-583716", "1398-204457", "5170-662843"]
add(16, "stop", charset="utf-8", sender=S["ogino"],
    to=["大和田建設株式会社 工事部 安全課 <anzen@owada-kensetsu.co.jp>"],
    subject="【大宮駅東口ビル改修】作業員名簿の提出（日の出産業）",
    body=f"""大和田建設株式会社
工事部 安全課 御中

お世話になっております。日の出産業の荻野です。
大宮駅東口ビル改修工事（内装工事）の新規入場者3名分の作業員名簿を添付いたします。
新規入場者教育は10月20日（月）8:00で承知しております。

{sig("ogino")}
""",
    attachments=[{"kind": "docx", "name": "作業員名簿_日の出産業_1020.docx", "title": "作業員名簿",
                  "paragraphs": ["作業員名簿（全建統一様式第5号）", "事業所名：日の出産業株式会社",
                                 "工事名：大宮駅東口ビル改修工事（内装）", "提出日：2025年10月15日"],
                  "tables": [[["氏名", "フリガナ", "生年月日", "現住所", "健康保険（記号・番号）",
                               "基礎年金番号", "職種"]]
                             + [[p["name"], p["kana"], wareki(p["y"], p["m"], p["d"]), p["addr"],
                                 f"協会けんぽ 記号{_hi16[i][0]} 番号{_hi16[i][1]}", _pn16[i],
                                 ["内装工", "大工", "電工"][i]] for i, p in enumerate(_cw16)]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE",
              "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="worker roster with health-insurance and basic-pension numbers to a general contractor")

add(17, "pass", charset="cp932", sender=S["ohashi"],
    to=["小鳥遊様 <takanashi.family@gmail.com>"],
    subject="ショールームのご案内",
    body=f"""小鳥遊様

先日はお電話でのお問い合わせ、ありがとうございました。
キッチンの実物をご覧いただけるショールームをご案内いたします。ご都合のよい店舗へお越しください。

■川口ショールーム
　埼玉県川口市本町2-7-25 日の出ビル1F　TEL 048-227-5530
　水曜定休／駐車場4台
■浦和ショールーム
　埼玉県さいたま市浦和区高砂3-14-8 日の出産業本社1F　TEL 048-829-7700
　年中無休（年末年始除く）
■所沢ショールーム
　埼玉県所沢市日吉町11-3 所沢ファーストビル2F　TEL 04-2925-8810
　火曜定休／提携駐車場あり

ご予約いただくと、専任のアドバイザーがご案内いたします。

{sig("ohashi")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="list of the company's showrooms (business addresses) to one private customer")

add(18, "stop", charset="iso-2022-jp", sender=S["saeki"],
    to=["加賀谷塗装 加賀谷様 <kagaya@kagaya-tosou.jp>"],
    subject="外壁塗装 単価のご相談",
    body=f"""加賀谷様

お世話になっております。日の出産業の佐伯です。
来期の外壁塗装の単価について、ご相談させてください。
弊社側の積算の考え方を添付にまとめましたので、ご確認いただけますでしょうか。

{sig("saeki")}
""",
    attachments=[{"kind": "xlsx", "name": "外壁塗装_原価内訳_2025下期.xlsx",
                  "title": "工事原価内訳（社外秘）", "page_header": "社外秘",
                  "sheets": {"原価内訳": [["【社外秘】外壁塗装工事 原価内訳・粗利率（2025年度下期）"], [],
                                      ["項目", "単位", "外注単価", "販売単価", "粗利率"],
                                      ["足場（くさび緊結）", "㎡", 650, 1100, "40.9%"],
                                      ["高圧洗浄", "㎡", 120, 250, "52.0%"],
                                      ["シーリング打替え", "m", 700, 1200, "41.7%"],
                                      ["シリコン塗装（3回塗り）", "㎡", 1700, 2800, "39.3%"],
                                      ["フッ素塗装（3回塗り）", "㎡", 2600, 4200, "38.1%"],
                                      ["付帯部塗装", "式", 45000, 80000, "43.8%"]],
                             "値引き基準": [["区分", "最大値引率", "承認者"],
                                        ["OB顧客", "8%", "課長"], ["紹介", "5%", "課長"],
                                        ["競合あり", "12%", "部長"]]}}],
    entities=[], detectors=["confidential_marking"],
    note="XLSX stamped 社外秘 (header and title row) with internal margins, sent to a painter")

add(19, "stop", charset="utf-8", sender=S["saeki"],
    to=["tsukumo.ken@gmail.com"],
    subject="お見積書の送付（キッチン・浴室リフォーム）",
    body=f"""九十九様

いつもお世話になっております。日の出産業の佐伯です。
先日の現地調査の結果をもとに、お見積書を作成いたしました。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

{sig("saeki")}
""",
    attachments=[{"kind": "zip", "name": "御見積書_九十九様.zip", "password": "Hn2025kitchen",
                  "files": [{"kind": "pdf", "name": "御見積書_九十九様.pdf",
                             "lines": ["御見積書", "九十九 様", "キッチン・浴室リフォーム工事一式",
                                       "御見積金額 2,948,000円（税込）"]}]}],
    entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected ZIP (PPAP) to a customer: the attachment cannot be inspected")

add(20, "pass", charset="iso-2022-jp", sender=S["saeki"],
    to=["Shishido Kyoko <kyoko.shishido@outlook.jp>"],
    subject="Re: 現地調査の日程について",
    body=f"""宍戸様

ご連絡ありがとうございます。日の出産業の佐伯です。
それでは、10月25日（土）10:00に現地調査に伺います。
所要時間は1時間半ほどです。床下点検口と天井点検口を確認させていただきます。

当日はどうぞよろしくお願いいたします。

{sig("saeki")}

2025年10月20日(月) 21:14 宍戸 京子 <kyoko.shishido@outlook.jp>:
> 日の出産業 佐伯様
>
> お世話になります。先日ショールームで相談した宍戸です。
> 現地調査は25日の土曜日午前中でお願いできますか。
> 住所は 埼玉県上尾市仲町2-9-14 です。駐車場は1台分空けておきます。
> 当日何かあれば、携帯 070-5582-3391 までお願いします。
>
> 宍戸
""",
    entities=[], detectors=["freemail_recipient"],
    note="reply to a customer; her address and mobile are only in the quoted text")

# =======================================================================================
# 021–040
# =======================================================================================

_dorm = people(7, SEED + 108)
_last = ["2016年 浴室", "2015年 外壁", "2017年 キッチン", "2014年 屋根", "2018年 トイレ",
         "2016年 給湯器", "2013年 内装"]
_list21 = "\n".join(f"{i + 1}. {p['name']}（{p['kana']}）　{p['addr']}　TEL {p['tel']}　前回：{_last[i]}"
                    for i, p in enumerate(_dorm))
add(21, "stop", charset="cp932", sender=S["saeki"],
    to=["リフォームコンサルティング 柴崎様 <shibasaki@reform-consulting.jp>"],
    subject="FW: 【営業部】休眠顧客リスト（掘り起こし用）",
    body=f"""柴崎様

お世話になっております。佐伯です。
先日のコンサルの打ち合わせでお話しした「休眠顧客の掘り起こし」の件、
社内で回っていたリストを転送いたします。アプローチ方法のご提案をいただけますと幸いです。

{sig("saeki")}
""",
    attachments=[{"kind": "eml", "name": "【営業部】休眠顧客リスト（掘り起こし用）.eml",
                  "message": {
                      "charset": "cp932", "sender": S["ohashi"],
                      "to": ["営業部 <eigyo@hinode-sangyo.co.jp>"],
                      "subject": "【営業部】休眠顧客リスト（掘り起こし用）",
                      "body": f"""営業部各位

大橋です。前回工事から7年以上ご連絡のないお客様を抽出しました。
秋のキャンペーンで優先的にお電話をお願いします。

{_list21}

大橋
"""}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded internal mail with seven dormant customers' addresses and phones to a consultant")

_en22 = people(5, SEED + 109)
_rows22 = "\n".join(f"  {i + 1}) {p['romaji']} - {p['addr']} - Tel {p['tel']} - {w}"
                    for i, (p, w) in enumerate(zip(_en22, ["LDK interior", "Bathroom", "Exterior",
                                                           "Kitchen", "Entrance & stairs"])))
add(22, "stop", charset="utf-8", sender=S["higuchi"],
    to=["Maria Santos <maria.santos@vistaviz-studio.com>"],
    subject="Rendering jobs for November - client details",
    body=f"""Hi Maria,

Thank you for the quick turnaround on the October renderings - our clients loved them.
Here are the five jobs for November. The site address is needed for the sun angle
and the neighbouring buildings (please use Google Street View as before).

{_rows22}

Floor plans (DWG) will follow via our file share by Friday.
Please send the first drafts by 14 November.

{sig("en_higuchi")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five clients' names, home addresses and phones in English mail to an overseas rendering studio")

add(23, "pass", charset="utf-8", sender=S["higuchi"],
    to=["Luca Bianchi <l.bianchi@ceramica-rossi.it>"],
    subject="Re: PO HS-IT-0921 - shipment status",
    body=f"""Dear Luca,

Thank you for the update. We confirm receipt of the commercial invoice CR-2025-3318.

Could you let us know the vessel and the expected arrival at Tokyo port for
PO HS-IT-0921 (Terrazzo Bianco 600x600, 84 m2, and Nero Marquina mosaic, 12 m2)?
Our customs broker needs the B/L number by 10 November.

{sig("en_higuchi")}

On Thu, 30 Oct 2025 at 17:02, Luca Bianchi <l.bianchi@ceramica-rossi.it> wrote:
> Dear Daichi,
> the goods for PO HS-IT-0921 left our warehouse in Sassuolo today.
> Tracking (to La Spezia): DHL 7741 3820 96. Invoice attached.
> Kind regards, Luca

{DISC_EN}
""",
    entities=[], detectors=[],
    note="order and shipment talk with an overseas tile supplier; the disclaimer mentions 'confidential'")

add(24, "stop", charset="iso-2022-jp", sender=S["miyauchi"],
    to=["アトリエ縁 江口様 <eguchi@atelier-en.jp>"],
    subject="五月女様邸 バリアフリー改修の設計条件",
    body=f"""アトリエ縁
江口様

お世話になっております。宮内です。
五月女様邸のバリアフリー改修について、設計条件を整理しましたのでお送りします。

◆施主：五月女 正雄 様（72歳）
◆身体状況：身体障害者手帳1級（両下肢機能障害）、屋内外とも車いす使用
　　　　　　昨年の脊髄の手術以降、立位保持はできない状態です。
◆ご要望：
　・玄関アプローチをスロープ化（勾配1/12以下）
　・1階和室を寝室に、トイレ・浴室を車いすで使えるように
　・市の重度障害者住宅改造費助成を利用予定

現地は来週火曜に一緒に見ていただけると助かります。

{sig("miyauchi")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named homeowner's disability grade and surgery to an outside architect")

add(25, "stop", charset="cp932", sender=S["sudo"],
    to=["みどり銀行 ローンセンター 小泉様 <koizumi@midori-ginkou.co.jp>"],
    subject="リフォームローン事前相談（蛭田様）",
    body=f"""みどり銀行 ローンセンター
小泉様

いつもお世話になっております。日の出産業の須藤です。
昨日お電話でご相談した件、お客様の情報をお送りいたします。

　氏名：蛭田 純一 様
　生年月日：1968年11月3日
　勤務先：株式会社上尾精密（勤続22年）
　年収：約650万円
　借入希望：450万円／10年（外壁・屋根・浴室）

金利優遇の対象になるかどうか、ご教示いただけますでしょうか。

{sig("sudo")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="loan applicant's data to midori-ginkou.co.jp, a look-alike of partner midori-ginko.co.jp")

add(26, "pass", charset="utf-8", sender=S["sudo"],
    to=["みどり銀行 ローンセンター 小泉様 <koizumi@midori-ginko.co.jp>"],
    subject="提携リフォームローン 仮審査申込（及川様）",
    body=f"""みどり銀行 ローンセンター
小泉様

いつもお世話になっております。日の出産業 業務課の須藤です。
提携リフォームローンの仮審査をお願いいたします。

―――――――――――――――――
申込者：及川 清（オイカワ キヨシ）様
生年月日：昭和44年7月21日
住所：埼玉県越谷市南越谷3-5-17
電話：048-987-4410
勤務先：越谷ガス株式会社／勤続年数 28年
税込年収：720万円
借入希望額：380万円（期間 12年）
資金使途：キッチン・浴室・洗面リフォーム
―――――――――――――――――

お手数ですが、結果は須藤宛にご連絡ください。

{sig("sudo")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one applicant's loan data to the partner bank: a single person's record, may warn")

_subs27 = ["丸栄内装 <maruyama@maruei-naiso.co.jp>", "タカミ設備 <takami@takami-setsubi.co.jp>",
           "加賀谷塗装 <kagaya@kagaya-tosou.jp>", "森田電工 <info@morita-denko.co.jp>",
           "佐久間工務店 <sakuma@sakuma-koumuten.com>", "石塚左官 <ishizuka@ishizuka-sakan.jp>"]
add(27, "stop", charset="iso-2022-jp", sender=S["ogino"],
    to=_subs27,
    subject="年末年始休業および12月の工程についてのお知らせ",
    body=f"""協力業者各位

平素より大変お世話になっております。日の出産業 リフォーム事業部の荻野です。
年末年始の休業期間についてお知らせいたします。

　休業期間：2025年12月27日（土）〜2026年1月5日（月）
　※緊急の漏水・設備トラブルは、工事課当番（048-829-7715）へご連絡ください。

また、12月は工事が集中するため、12月15日以降の追加工事のご依頼は原則お受けできません。
各現場の工程表は担当者から個別にお送りします。

本年も大変お世話になりました。来年もよろしくお願いいたします。

{sig("ogino")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="six subcontractor companies in To can all see each other's addresses")

add(28, "pass", charset="utf-8", sender=S["ogino"],
    to=["日の出産業 工事課 <koujika@hinode-sangyo.co.jp>"],
    bcc=["maruyama@maruei-naiso.co.jp", "takami@takami-setsubi.co.jp", "kagaya@kagaya-tosou.jp",
         "info@morita-denko.co.jp", "sakuma@sakuma-koumuten.com", "ishizuka@ishizuka-sakan.jp"],
    subject="【協力業者各位】安全大会開催のご案内（11/22）",
    body=f"""協力業者各位
（BCCにて一斉送信しております）

いつもお世話になっております。日の出産業の荻野です。
毎年恒例の安全大会を下記のとおり開催いたします。

　日時：2025年11月22日（土）9:30〜12:00
　会場：浦和コミュニティセンター 第5集会室
　内容：今年度の災害事例、熱中症・転落防止、優良業者表彰
　出欠：11月10日までに各社1〜2名、工事課までご返信ください

{sig("ogino")}
""",
    entities=[], detectors=[],
    note="mass mail to subcontractors done right: To internal, partners in Bcc")

add(29, "stop", charset="cp932", sender=S["saeki"],
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="ご相談：高齢のお客様との工事請負契約について",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の佐伯です。
契約の有効性について、ご相談させてください。

9月に外壁・屋根工事（約320万円）の請負契約を締結した御手洗 千代様（82歳、所沢市緑町）について、
本日、別居のご長男様からお電話があり、
「母は2年前にアルツハイマー型認知症と診断されており、契約内容を理解していない。契約を取り消したい」
とのお申し出がありました。

契約時は担当者が2回訪問し、ご本人も受け答えはしっかりされていたと聞いております。
工事はまだ着工前です。今後の対応方針についてご助言いただけますでしょうか。

{sig("saeki")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named elderly customer's dementia diagnosis to an outside law firm")

add(30, "stop", charset="utf-8", sender=S["kudo"],
    to=["ニッポン住設株式会社 北関東営業所 <kitakanto@nippon-jusetsu.co.jp>"],
    subject="11月分 発注書送付",
    body=f"""ニッポン住設株式会社
北関東営業所 御中

お世話になっております。日の出産業の工藤です。
11月分の発注書（ユニットバス3台、洗面化粧台5台）を添付いたします。
納期回答をお願いいたします。

{sig("kudo")}
""",
    attachments=[{"kind": "corrupt", "name": "発注書_2025年11月分.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX order sheet is damaged and cannot be read")

_all31 = people(24, SEED + 110)
add(31, "pass", charset="utf-8", sender=S["nagumo"],
    to=["営業部 <eigyo@hinode-sangyo.co.jp>"],
    cc=["大橋 健太 <k.ohashi@hinode-sangyo.co.jp>"],
    subject="見学会来場者リスト（10/11-12）フォロー用",
    body="""営業部の皆さま

お疲れさまです。販促の南雲です。
週末の完成見学会（緑区・S様邸）の来場者アンケートをCSVにしました。
「連絡希望」がある方は今週中に1次フォローをお願いします。

南雲
""",
    attachments=[{"kind": "csv", "name": "見学会来場者_1011-1012.csv", "encoding": "utf-8",
                  "rows": [["来場日", "氏名", "住所", "電話", "メール", "関心", "連絡希望"]]
                  + [["10/11" if i < 13 else "10/12", p["name"], p["addr"], p["mob"], p["email"],
                      p["work"], "有" if i % 2 else "無"] for i, p in enumerate(_all31)]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="24 visitors' contact data, but only to internal recipients")

_ob32 = people(8, SEED + 111)
_tsv = "\n".join("\t".join([f"OB{30400 + i * 13}", p["name"], p["tel"], p["addr"],
                            f"{2015 + i % 4}/{3 + i}", p["work"]]) for i, p in enumerate(_ob32))
add(32, "stop", charset="iso-2022-jp", sender=S["nagumo"],
    to=["コールリンク株式会社 アウトバウンド事業部 <ob-team@call-link.co.jp>"],
    subject="無料点検キャンペーン 架電リスト（第1弾）",
    body=f"""コールリンク株式会社
アウトバウンド事業部 ご担当者様

お世話になっております。日の出産業 販促グループの南雲です。
無料点検キャンペーンの架電リスト第1弾をお送りします（Excelから貼り付けています）。
トークスクリプトは先週お送りしたv2でお願いいたします。

顧客ID\t氏名\t電話\t住所\t前回工事\t工事内容
{_tsv}

第2弾（約300件）は来週お送りします。

{sig("nagumo")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated list of eight OB customers with phones and addresses to a call-centre vendor")

_ex33 = people(5, SEED + 112)
_b33 = "\n".join(f"・{p['name']}様（{p['addr'].split('-')[0]}丁目付近）　{p['mob']}　{w}"
                 for p, w in zip(_ex33, ["築22年 モルタル", "築18年 サイディング", "築30年 モルタル・ひび多数",
                                         "築15年 サイディング・目地切れ", "築25年 ALC"]))
add(33, "stop", charset="cp932", sender=S["saeki"],
    to=["加賀谷塗装 加賀谷様 <kagaya@kagaya-tosou.jp>"],
    subject="外壁診断の訪問先（今週分）",
    body=f"""加賀谷さん

お疲れさまです。佐伯です。
今週、外壁診断で回っていただきたいお客様です。直接お電話して日程調整をお願いします。

{_b33}

診断結果は例のシートで、金曜までに私宛にください。
よろしくお願いします。

佐伯
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bulleted list of five customers with mobiles and areas to an outside painter")

add(34, "either", charset="iso-2022-jp", sender=S["kudo"],
    to=["丸栄内装 丸山様 <maruyama@maruei-naiso.co.jp>"],
    subject="笠原様邸 廊下の手すり追加",
    body=f"""丸山さん

お疲れさまです。工藤です。
笠原様邸（練馬区豊玉北）の内装工事ですが、追加で廊下とトイレに手すりをお願いしたいです。
施主の笠原様のお母様が最近足が不自由になられたとのことで、
トイレ前の床のわずかな段差もなくしてほしいとのご要望です。

下地補強が必要なので、クロスを貼る前に一度現場で位置を決めさせてください。
木曜の午後はいかがでしょうか。

{sig("kudo")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="vague mobility problem of a homeowner's mother to a subcontractor: borderline health data")

_dl35 = "301245678901"
add(35, "stop", charset="utf-8", sender=S["sudo"],
    to=["ひまわりクレジット株式会社 審査部 <shinsa@himawari-credit.co.jp>"],
    subject="ショッピングクレジット申込 本人確認情報（檜山様）",
    body=f"""ひまわりクレジット株式会社
審査部 御中

お世話になっております。加盟店コード 77-0415 日の出産業の須藤です。
本日お申込みの檜山様について、本人確認書類の情報をお送りいたします。

　氏名：檜山 大輔（ヒヤマ ダイスケ）
　生年月日：{wareki(1979, 5, 14)}
　住所：〒362-0035 埼玉県上尾市仲町1-7-22
　本人確認書類：運転免許証
　　免許証番号：第{zen(_dl35)}号
　　有効期限：令和9年6月14日

お申込み内容：給湯器交換＋浴室暖房乾燥機　418,000円／36回

{sig("sudo")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a customer's driver's licence number (full-width) to a credit company")

add(36, "pass", charset="cp932", sender=S["higuchi"],
    to=["一般財団法人 埼玉建築確認センター 審査部 <shinsa@saitama-kakunin.or.jp>"],
    subject="確認申請（増築）事前相談の件　受付番号 事前-2025-0712",
    body=f"""一般財団法人 埼玉建築確認センター
審査部　ご担当者様

お世話になっております。日の出産業 設計課の樋口です。
先日事前相談させていただいた増築（子ども部屋 約9.9㎡）の件、申請書類の準備ができました。

　受付番号：事前-2025-0712
　建築主：沼尻 浩二
　建築場所：埼玉県川越市脇田本町4-11-6
　主要用途：一戸建ての住宅
　構造：木造2階建（増築部分 木造平屋）
　防火地域：指定なし（22条区域）

10月22日（水）午後に窓口へ持参したいと考えておりますが、ご都合はいかがでしょうか。

{sig("higuchi")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="building permit talk naming one building owner and the site: one person, may warn")

add(37, "stop", charset="iso-2022-jp", sender=S["kudo"],
    to=["川崎電機 住設営業課 <jyusetsu@kawasaki-denki.jp>"],
    subject="給湯器 発注（エコジョーズ 24号）",
    body=f"""川崎電機株式会社
住設営業課 御中

いつもお世話になっております。日の出産業の工藤です。
下記の通り発注いたします。

　品番：KD-GTH2454AW（エコジョーズ 24号 フルオート）×3台
　　　　KD-RC-J112（リモコンセット）×3組
　発注番号：HS-PO-2025-10502
　納期：10月末までに弊社緑資材センター着

在庫状況を含めて、納期回答をお願いいたします。

{sig("kudo")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="order to kawasaki-denki.jp instead of partner kawasaki-denki.co.jp (dropped co.)")

_ins38 = people(12, SEED + 113)
add(38, "stop", charset="utf-8", sender=S["ishiguro"],
    to=["株式会社ホームチェック 点検業務課 <tenken@home-check.co.jp>"],
    subject="12月 定期点検（引渡し後2年・5年）対象のお客様",
    body=f"""株式会社ホームチェック
点検業務課 ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の石黒です。
12月に定期点検を実施するお客様の一覧をPDFでお送りします。
アポイントの電話は、12月1日以降にお願いいたします。

{sig("ishiguro")}

{DISC_JA}
""",
    attachments=[{"kind": "pdf", "name": "定期点検対象_2025年12月.pdf",
                  "title": "定期点検対象一覧 2025年12月",
                  "lines": ["定期点検対象一覧（2025年12月実施分）", "日の出産業株式会社 お客様相談室", ""],
                  "table": [["No", "氏名", "住所", "電話", "引渡日", "点検区分"]]
                  + [[str(i + 1), p["name"], p["addr"], p["tel"],
                      f"{2020 + i % 4}/{(i % 12) + 1:02d}/15", "5年" if i % 3 == 0 else "2年"]
                     for i, p in enumerate(_ins38)]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of twelve customers' addresses and phones to an outsourced inspection company")

add(39, "pass", charset="iso-2022-jp", sender=S["kudo"],
    to=["三瓶様 <sanpei.yumi@icloud.com>"],
    subject="本日の工事写真をお送りします",
    body=f"""三瓶様

お世話になっております。工藤です。
本日の作業（浴室解体・土間打ち）の様子を写真でお送りします。
土台の状態は良好で、追加の補修は不要でした。
明日は給排水配管、明後日ユニットバスの組立てとなります。

{sig("kudo")}
""",
    attachments=[{"kind": "png", "name": "IMG_2041_解体後.png"},
                 {"kind": "png", "name": "IMG_2044_土間打ち.png"}],
    entities=[], detectors=["freemail_recipient"],
    note="site photos to the customer herself")

add(40, "stop", charset="cp932", sender=S["saeki"],
    to=["セーフティホーム株式会社 法人営業部 <hojin@safety-home.co.jp>"],
    subject="防犯リフォームのお客様ご紹介（薬袋様）",
    body=f"""セーフティホーム株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
防犯リフォームのお客様をご紹介いたします。

　お名前：薬袋 久美子 様
　ご住所：東京都板橋区常盤台2-16-4
　状況：先月、留守中に空き巣の被害に遭われ、警察の現場検証も済んでいるとのこと。
　　　　勝手口のガラスを割られて侵入されたそうです。
　ご要望：窓の防犯ガラス化（弊社施工）＋ホームセキュリティのご提案（貴社）

ご本人様はかなり不安に感じておられますので、早めにご訪問いただけますと幸いです。

{sig("saeki")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer having been a burglary victim, with her address, to a security company")

# =======================================================================================
# 041–060
# =======================================================================================

_cb41 = people(6, SEED + 114)
_banks = [("みどり銀行", "大宮支店"), ("埼玉中央信用金庫", "川口支店"), ("ゆうちょ銀行", "〇一八店"),
          ("みどり銀行", "浦和支店"), ("東都銀行", "赤羽支店"), ("武蔵野農協", "上尾支所")]
_r41 = random.Random(SEED + 41)
add(41, "stop", charset="utf-8", sender=S["nagumo"],
    to=["経理サポート株式会社 振込代行チーム <furikomi@keiri-support.co.jp>"],
    subject="ご紹介キャンペーン　謝礼振込の依頼（10月分）",
    body=f"""経理サポート株式会社
振込代行チーム 御中

お世話になっております。日の出産業の南雲です。
「お友達ご紹介キャンペーン」10月分の謝礼（お一人 10,000円のQUOカード→今回から現金振込）の
振込をお願いいたします。振込先一覧を添付します（旧形式のExcelで失礼します）。
振込日は11月10日でお願いします。

{sig("nagumo")}
""",
    attachments=[{"kind": "xls", "name": "紹介謝礼_振込先_202510.xls",
                  "sheets": {"振込先": [["紹介者氏名", "口座名義（カナ）", "金融機関", "支店", "種別",
                                      "口座番号", "金額"]]
                             + [[p["name"], p["kana"], b[0], b[1], "普通",
                                 str(_r41.randint(1000000, 9999999)), 10000]
                                for p, b in zip(_cb41, _banks)]}}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six referrers' personal bank accounts in a legacy XLS to a payment outsourcer")

add(42, "pass", charset="iso-2022-jp", sender=S["saeki"],
    to=["佐久間工務店 佐久間様 <sakuma@sakuma-koumuten.com>"],
    subject="2025年度下期 提携工事 単価表の送付",
    body=f"""佐久間工務店
佐久間様

お世話になっております。日の出産業の佐伯です。
下期の提携工事単価表を添付いたします。前回から変更があるのは木工事の一部です。
ご確認のうえ、問題なければ11月1日受注分から適用させてください。

{sig("saeki")}
""",
    attachments=[{"kind": "xlsx", "name": "提携工事単価表_2025下期.xlsx",
                  "sheets": {"木工事": [["2025年度下期 提携工事単価表（木工事）"], [],
                                     ["コード", "工種", "単位", "単価（円）", "備考"],
                                     ["W-101", "間仕切壁新設（下地共）", "m", 18500, ""],
                                     ["W-110", "床組補強（根太・大引）", "㎡", 6200, "改定"],
                                     ["W-120", "造作棚", "箇所", 24000, ""],
                                     ["W-135", "和室→洋室 床上げ", "㎡", 9800, "改定"]],
                             "手すり・段差": [["コード", "工種", "単位", "単価（円）"],
                                         ["B-201", "I型手すり（下地補強共）", "本", 14000],
                                         ["B-202", "L型手すり（下地補強共）", "本", 21000],
                                         ["B-230", "敷居撤去・段差解消", "箇所", 16500]]}}],
    entities=[], detectors=[],
    note="price list of work items to a partner builder: no personal data")

add(43, "stop", charset="cp932", sender=S["saeki"],
    to=["及川 恵美 様 <emi.oikawa@outlook.jp>"],
    subject="工事請負契約書（控え）の送付",
    body=f"""及川様

いつもお世話になっております。日の出産業の佐伯です。
先日ご署名いただいた工事請負契約書の控えをPDFでお送りいたします。
PDFにはパスワードを設定しております。パスワードはお客様のお電話番号の下4桁です。

着工前の打ち合わせは11月8日（土）を予定しております。

{sig("saeki")}
""",
    attachments=[{"kind": "pdf", "name": "工事請負契約書_控_及川様.pdf", "password": "4410",
                  "lines": ["工事請負契約書", "注文者：及川 恵美", "請負者：日の出産業株式会社",
                            "工事名：キッチン・浴室・洗面リフォーム工事", "請負代金：3,806,000円（税込）"]}],
    entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF contract: the attachment cannot be inspected")

_cw44 = people(6, SEED + 115)
_t44 = [["氏名", "生年月日", "携帯", "現住所", "職種"]] + [
    [p["name"], wareki(p["y"], p["m"], p["d"], "zen"), zen(p["mob"]), zen(p["addr"]),
     ["大工", "大工", "内装", "設備", "電工", "左官"][i]] for i, p in enumerate(_cw44)]
add(44, "stop", charset="iso-2022-jp", sender=S["ogino"],
    to=["大和田建設 工事部 村瀬様 <murase@owada-kensetsu.co.jp>"],
    subject="新規入場者（１１／４～）のご連絡",
    body=f"""大和田建設株式会社
工事部　村瀬様

お世話になっております。日の出産業の荻野です。
１１月４日からの新規入場者は下記の６名です。
グリーンサイトへの登録は本日中に行います。

{zen_pad_table(_t44)}

よろしくお願いいたします。

{sig("ogino")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six craftsmen's birth dates (和暦), mobiles and addresses in full-width digits to a general contractor")

add(45, "pass", charset="utf-8", sender=S["ishiguro"],
    to=["nihei-setsuko@ezweb.ne.jp"],
    subject="ご迷惑をおかけし申し訳ございません（洗面台の水漏れの件）",
    body=f"""仁平 様

日の出産業 お客様相談室の石黒でございます。
このたびは、先月交換させていただいた洗面化粧台から水漏れが発生し、
床を濡らしてしまうなど大変なご迷惑をおかけいたしましたこと、心よりお詫び申し上げます。

本日、工事課の担当者が確認しましたところ、排水トラップの接続部の締付けが不十分であったことが原因でした。
応急処置は完了しておりますが、明日（11月2日）午前中に部材を交換し、
濡れてしまった床材（クッションフロア）も張り替えさせていただきます。費用はすべて弊社で負担いたします。

今後このようなことのないよう、施工後の通水確認の手順を見直してまいります。
重ねてお詫び申し上げます。

{sig("ishiguro")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="complaint apology to the customer concerned: no personal data")

add(46, "stop", charset="cp932", sender=S["ohashi"],
    to=["kimura.hiroshi55@gmail.com", "yuko.takahashi@yahoo.co.jp", "s-endo@softbank.ne.jp"],
    cc=["masao.goto@icloud.com"],
    subject="完成見学会のご案内（11月15日・16日）",
    body=f"""OBのお客様各位

いつも日の出産業をご愛顧いただき、ありがとうございます。川口ショールームの大橋です。
以前ご相談いただいた皆様に、完成見学会のご案内をお送りいたします。

　日時：11月15日（土）・16日（日）10:00〜16:00
　場所：川口市並木 T様邸（築35年の木造住宅をフルリノベーション）
　見どころ：断熱改修・耐震補強、対面キッチン、ヒートショック対策の浴室

ご来場の際は、ショールームまでご一報いただけますと幸いです。

{sig("ohashi")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private customers in To/Cc can see each other's addresses")

_mn47 = my_number(SEED + 1)
add(47, "pass", charset="iso-2022-jp", sender=S["ogino"],
    to=["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
    subject="一人親方　個人番号の提出（支払調書用）",
    body=f"""経理部 支払担当 各位

お疲れさまです。工事部の荻野です。
支払調書作成用に、今年から取引を始めた一人親方の個人番号を回収しましたのでお送りします。
番号確認書類（通知カードの写し）は原本を社内便で送ります。

　氏名：宍戸 剛（大工）
　住所：埼玉県春日部市中央6-2-18
　個人番号：{_mn47}

取扱いにはご注意ください。

荻野
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=[],
    note="a craftsman's My Number, but only to the internal accounting team")

add(48, "stop", charset="utf-8", sender=S["ogino"],
    to=["大和田建設 工事部 村瀬様 <murase@owada-kensetsu.co.jp>"],
    subject="外国人就労者の入場手続きについて（グエン・ヴァン・ナム）",
    body=f"""大和田建設株式会社
工事部　村瀬様

お世話になっております。日の出産業の荻野です。
協力業者（丸栄内装）所属の外国籍作業員について、外国人就労者建設現場入場届出書の記載事項をお送りします。

　氏名：NGUYEN VAN NAM（グエン・ヴァン・ナム）
　国籍：ベトナム
　生年月日：1996年8月12日
　在留資格：特定技能1号（建設）
　在留カード番号：UH48213756KA
　在留期限：2026年9月30日

在留カードの写しは、入場日に本人が持参いたします。

{sig("ogino")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a foreign worker's residence card number and birth date to a general contractor")

add(49, "pass", charset="cp932", sender=S["saeki"],
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["荻野 修 <o.ogino@hinode-sangyo.co.jp>"],
    subject="工事請負契約約款 改定案のリーガルチェックのお願い",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の佐伯です。
来年1月からリフォーム工事請負契約約款を改定する予定で、改定案を添付いたします。
主な変更点は以下のとおりです。

・第12条（追加・変更工事）：口頭での追加指示の扱いを明確化
・第18条（契約不適合責任）：期間を引渡しから2年に統一
・第24条（クーリング・オフ）：書面の記載内容を特商法改正に合わせて修正
・第27条（個人情報の取扱い）：協力業者への提供範囲を明記

12月中旬までにご意見をいただけますと幸いです。

{sig("saeki")}
""",
    attachments=[{"kind": "docx", "name": "リフォーム工事請負契約約款_改定案_v3.docx",
                  "title": "リフォーム工事請負契約約款（改定案）",
                  "paragraphs": ["リフォーム工事請負契約約款（改定案 v3）",
                                 "第1条（総則）注文者及び請負者は、日本国の法令を遵守し、この約款及び"
                                 "設計図書に基づき、誠実にこの契約を履行する。",
                                 "第12条（追加・変更工事）注文者が工事の追加又は変更を求めるときは、"
                                 "請負者は書面により見積を提示し、注文者の承諾を得るものとする。",
                                 "第18条（契約不適合責任）請負者は、引渡しから2年以内に通知を受けた"
                                 "契約不適合について責任を負う。",
                                 "第27条（個人情報の取扱い）請負者は、注文者の個人情報を本工事の施工に"
                                 "必要な範囲で協力業者に提供することがある。"],
                  "tables": [[["条項", "現行", "改定案"], ["第18条", "1年（設備）／2年（構造）", "2年に統一"],
                              ["第24条", "8日間", "8日間（電磁的方法による通知を追加）"]]]}],
    entities=[], detectors=[],
    note="contract terms draft to the partner law firm: a template, no personal data")

_cl50 = people(5, SEED + 116)
_cases = ["工事後に浴室ドアの建付け不良。2回の再訪問でも解消せず", "職人の喫煙・吸い殻放置について近隣から苦情",
          "見積と請求の差額（追加工事の説明不足）", "クロスの継ぎ目が目立つ。張替え要求",
          "着工が3週間遅延。連絡が遅いとの不満"]
add(50, "stop", charset="iso-2022-jp", sender=S["ishiguro"],
    to=["リフォームコンサルティング 柴崎様 <shibasaki@reform-consulting.jp>"],
    subject="クレーム分析勉強会の資料（事例編）",
    body=f"""柴崎様

お世話になっております。お客様相談室の石黒です。
来週のクレーム分析勉強会で使う事例スライドをお送りします。
実際の事例をそのまま載せていますので、ご確認のうえ、ご指摘をいただけますと助かります。

{sig("ishiguro")}
""",
    attachments=[{"kind": "pptx", "name": "クレーム事例_2025上期.pptx", "title": "クレーム事例 2025上期",
                  "slides": [["2025年度上期 クレーム事例", "お客様相談室", "件数：38件（前年同期比 +6）"]]
                  + [[f"事例{i + 1}：{p['name']} 様",
                      f"住所：{p['addr']}　連絡先：{p['tel']}", f"工事：{p['work']}", f"内容：{c}",
                      "対応：担当者・課長が訪問し謝罪、再施工"]
                     for i, (p, c) in enumerate(zip(_cl50, _cases))]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="slides naming five complaining customers with phones and towns, sent to an outside consultant")

add(51, "stop", charset="cp932", sender=S["ogino"],
    to=["丸栄内装 丸山様 <maruyama@maruei-naiso.co.jp>"],
    subject="【部外秘】クロス施工不良クレームへの対応方針",
    body=f"""【部外秘】

丸山さん

お疲れさまです。荻野です。
S様邸のクロス施工不良の件、社内で協議した対応方針をお知らせします。

1. 張替え費用は弊社負担とするが、材料費の50%を丸栄内装様にご負担いただく
2. お客様には「材料ロットの不具合」ではなく「施工上の不備」と説明済み
3. 今後3か月、丸栄内装様の施工現場は完了検査を工事課長が行う
4. 同様の事案が再発した場合は、取引条件の見直しを検討する

この方針は社内の決定事項です。取扱いにご注意ください。

荻野
""",
    entities=[], detectors=["confidential_marking"],
    note="mail stamped 【部外秘】 in subject and body, sent to a subcontractor")

add(52, "pass", charset="utf-8", sender=S["saeki"],
    to=["Akira Meguro <akira.meguro1961@gmail.com>"],
    subject="Re: Re: 和室を洋室に変えたい",
    body=f"""目黒様

ご丁寧にありがとうございます。佐伯です。
ご希望の11月1日（土）14時で承知いたしました。
当日は床下の状態も確認しますので、和室の畳を1枚上げさせていただきます。

{sig("saeki")}

On Mon, Oct 27, 2025 at 8:41 PM Akira Meguro <akira.meguro1961@gmail.com> wrote:
> 佐伯さん
>
> 返信遅くなりました。11/1の14時でお願いします。
> 妻（目黒京子、携帯 080-2296-7034）も同席します。私の携帯は 090-7753-1186 です。
> 家は 東京都北区赤羽3-12-5 です。角の青い屋根の家です。
>
> On Sat, Oct 25, 2025 at 10:03 AM 佐伯 亮介 wrote:
>> 目黒様
>> お問い合わせありがとうございます。現地調査の候補日は11/1、11/2です。
""",
    entities=[], detectors=["freemail_recipient"],
    note="reply: the customer's family phones and address are only in quoted text")

add(53, "stop", charset="iso-2022-jp", sender=S["higuchi"],
    to=["スタジオ木の家 木下様 <kinoshita@studio-kinoie.jp>"],
    subject="廿日出様邸 和室改修の与条件",
    body=f"""スタジオ木の家
木下様

お世話になっております。日の出産業の樋口です。
廿日出様邸（松戸市新松戸）の1階和室改修について、施主様のご要望をお伝えします。

施主の廿日出 昭 様ご一家はカトリックの信者で、毎朝ご家族でお祈りをされるそうです。
和室を洋室に改修し、小さな祭壇（十字架とマリア像）を置ける壁面ニッチを設けたい、とのことです。
仏壇はご実家の兄上様が管理されているため、仏間は不要です。

ニッチの寸法や照明についてご提案いただけますと幸いです。

{sig("higuchi")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named homeowner's religion (creed) sent to an outside designer")

add(54, "stop", charset="utf-8", sender=S["ogino"],
    to=["佐久間工務店 佐久間様 <sakuma@sakuma-koumuten.com>"],
    subject="応援の大工さんの件",
    body=f"""佐久間さん

お疲れさまです。荻野です。
来月の応援でご紹介いただいた大工の保坂 剛さんの件ですが、
うちの工事課の者が以前の現場で一緒だったそうで、
「保坂さんは3年前に傷害事件で逮捕されて、執行猶予中のはず」という話が出ています。

お客様のお宅に入る仕事なので、念のため事実関係を確認させてもらえませんか。
問題なければ予定通りお願いしたいと思っています。

荻野
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named craftsman's arrest and suspended sentence to another company")

add(55, "pass", charset="cp932", sender=S["higuchi"],
    to=["アトリエ縁 江口様 <eguchi@atelier-en.jp>", "タカミ設備 高見様 <takami@takami-setsubi.co.jp>"],
    cc=["工藤 拓真 <t.kudo@hinode-sangyo.co.jp>"],
    subject="山岸様邸 設備配管ルートの打ち合わせ（10/23）",
    body=f"""江口様、高見様

お世話になっております。日の出産業の樋口です。
山岸様邸のLDK化に伴うキッチン移設について、配管ルートの打ち合わせを下記で行います。

　日時：10月23日（木）10:00〜11:00
　場所：弊社本社 2F 会議室B（浦和区高砂3-14-8）
　議題：①排水勾配の確保（床上げ寸法） ②梁貫通の可否 ③工程

図面（最新 rev.C）は本日中に共有フォルダへアップします。

{sig("higuchi")}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations in To")

_mig = people(30, SEED + 117)
add(56, "stop", charset="utf-8", sender=S["saeki"],
    to=["株式会社ツバサシステム 森川様 <morikawa@tsubasa-system.jp>"],
    subject="顧客データ移行テスト用ファイル",
    body=f"""森川様

お世話になっております。佐伯です。
移行テスト用の顧客データをZIPでお送りします。
ダミーデータの作成が間に合わなかったため、実データから30件を抜き出しています。
テスト後は削除をお願いいたします。

{sig("saeki")}
""",
    attachments=[{"kind": "zip", "name": "migration_test_30.zip",
                  "files": [{"kind": "csv", "name": "customers_sample.csv",
                             "rows": [["cust_id", "name", "kana", "zip", "address", "tel", "mobile",
                                       "email", "birth"]]
                             + [[f"{100200 + i}", p["name"], p["kana"], p["zip"], p["addr"], p["tel"],
                                 p["mob"], p["email"], p["dob"]] for i, p in enumerate(_mig)]},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "customers_sample.csv: CP932, 30 rows, header 1 row.\n"}]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="30 real customer records in a CSV inside a plain ZIP to a system vendor")

add(57, "stop", charset="iso-2022-jp", sender=S["nagumo"],
    to=["錦印刷 大森様 <omori@nishiki-lnsatsu.co.jp>"],
    subject="チラシ校正（冬の断熱リフォーム）初校戻し",
    body=f"""大森様

お世話になっております。南雲です。
冬の断熱リフォームチラシの初校、以下の修正をお願いします。

・表面キャッチ「窓から始める、あったか生活」の文字を一回り大きく
・内窓の価格表記を「1窓 42,000円〜（税込）」に修正
・裏面の地図、所沢ショールームの位置がずれています
・QRコードのリンク先は https://www.hinode-sangyo.co.jp/reform/dannetsu/ に変更

再校は11月5日までにいただけますと助かります。

{sig("nagumo")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="flyer proof to nishiki-lnsatsu.co.jp (l for i), a look-alike of partner nishiki-insatsu.co.jp")

add(58, "pass", charset="cp932", sender=S["nagumo"],
    to=["錦印刷 大森様 <omori@nishiki-insatsu.co.jp>"],
    subject="Re: チラシ校正（冬の断熱リフォーム）再校",
    body=f"""大森様

再校ありがとうございます。南雲です。
修正内容すべて反映されていることを確認しました。このまま校了でお願いします。

　仕様：A4 両面カラー　コート90kg
　部数：35,000部（新聞折込 30,000／ショールーム設置 5,000）
　折込日：11月15日（土）　朝日・読売・埼玉新聞（浦和・川口・所沢エリア）
　お問い合わせ先表記：フリーダイヤル 0120-48-1107

請求書は従来どおり販促グループ宛でお願いいたします。

{sig("nagumo")}

-----Original Message-----
From: 大森 <omori@nishiki-insatsu.co.jp>
Sent: Tuesday, November 4, 2025 4:12 PM
Subject: チラシ校正（冬の断熱リフォーム）再校

南雲様
再校をお送りします。ご確認をお願いいたします。
""",
    entities=[], detectors=[],
    note="flyer sign-off to the real print partner: business contact data only")

add(59, "stop", charset="iso-2022-jp", sender=S["ogino"],
    to=["大和田建設 工事部 安全課 <anzen@owada-kensetsu.co.jp>"],
    subject="健康診断結果の報告（高所作業者）",
    body=f"""大和田建設株式会社
工事部 安全課 御中

お世話になっております。日の出産業の荻野です。
高所作業従事者の健康診断結果について、ご指摘のあった2名分を報告いたします。

・鬼頭 茂（大工）：血圧 178/108、要精密検査。現在、降圧剤を服用中とのこと。
・我妻 修（内装工）：空腹時血糖 168、糖尿病で通院治療中。低血糖発作の既往あり。

両名とも主治医から就労可の意見書をもらっております。
高所作業（2m以上）からは当面外し、地上作業に配置いたします。

{sig("ogino")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="two named workers' health-check results and diseases to a general contractor")

_cw60 = people(4, SEED + 118)
_b60 = "\n\n".join(f"【{i + 1}】{p['name']}（{['大工', '大工', '電工', '設備'][i]}）\n　携帯：{p['mob']}\n"
                   f"　所属：{['佐久間工務店', '佐久間工務店', '森田電工', 'タカミ設備'][i]}"
                   for i, p in enumerate(_cw60))
add(60, "pass", charset="utf-8", sender=S["kudo"],
    to=["大和田建設 工事部 村瀬様 <murase@owada-kensetsu.co.jp>"],
    subject="11/6 夜間作業の作業員連絡先",
    body=f"""村瀬様

お世話になっております。日の出産業の工藤です。
11月6日（木）の夜間作業（テナント区画の天井ボード張り）に入る作業員の緊急連絡先です。
当日の責任者は私（工藤）です。

{_b60}

よろしくお願いいたします。

{sig("kudo")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four workers' mobiles to the general contractor: below five people, may warn")

# =======================================================================================
# 061–080
# =======================================================================================

add(61, "stop", charset="utf-8", sender=S["saeki"],
    to=["Chen Wei <chen.wei@dongsheng-stone.com>"],
    subject="Quartz countertop pricing for 2026",
    body=f"""Dear Mr. Chen,

Thank you for your quotation for the 2026 quartz countertop programme.
To explain our position, I attach our pricing analysis. As you can see, at your proposed
FOB prices our margin on the standard I-type 2550 mm top falls below our target.

We would appreciate a revised offer by 28 November.

{sig("en_saeki")}
""",
    attachments=[{"kind": "pdf", "name": "Countertop_pricing_analysis_FY2026.pdf",
                  "title": "Countertop pricing analysis FY2026",
                  "page_header": "CONFIDENTIAL", "page_footer": "CONFIDENTIAL - Internal Use Only - Hinode Sangyo",
                  "lines": ["Countertop pricing analysis FY2026", "Home Renovation Division", "",
                            "Target gross margin: 35%   Current: 31.2%", ""],
                  "table": [["Item", "FOB (USD)", "Landed (JPY)", "Retail (JPY)", "Margin"],
                            ["I-type 2550 white", "212", "38,900", "56,000", "30.5%"],
                            ["I-type 2550 marble look", "245", "44,600", "66,000", "32.4%"],
                            ["Peninsula 2700", "318", "57,800", "89,000", "35.1%"]]}],
    entities=[], detectors=["confidential_marking"],
    note="PDF stamped CONFIDENTIAL - Internal Use Only (header/footer) sent to an overseas supplier")

add(62, "pass", charset="utf-8", sender=S["higuchi"],
    to=["StairGlide Sales <sales@stairglide.com>"],
    subject="Inquiry: curved stairlift for narrow Japanese staircases",
    body=f"""Hello,

We are a home renovation company near Tokyo and are looking for a curved stairlift
that fits staircases with a width of 750-780 mm (typical in Japanese wooden houses).

Could you tell us:
 - the minimum staircase width for your model SG-Curve 2,
 - lead time for delivery to Japan and whether a local installer is available,
 - dealer pricing for 5-10 units per year.

Thank you in advance.

{sig("en_higuchi")}

{DISC_EN}
""",
    entities=[], detectors=[],
    note="product inquiry to an overseas manufacturer; 'confidential' only in the standard disclaimer")

add(63, "stop", charset="utf-8", sender=S["miyauchi"],
    to=["LiftWell Japan Support <support@liftwell.com>"],
    subject="Home lift survey request - Mr. Takashi Domeki",
    body=f"""Dear LiftWell team,

We would like to request a site survey for a residential through-floor lift.

Client: Mr. Takashi Domeki (age 58)
Address: 3-8-21 Tokiwadai, Itabashi-ku, Tokyo 174-0071 (東京都板橋区常盤台3-8-21)
Condition: paraplegia after a spinal cord injury in 2023; full-time wheelchair user
           (wheelchair width 640 mm, weight with user approx. 95 kg)
Requested: lift between the 1st-floor bedroom and the 2nd-floor living room

The client is applying for the city's subsidy for people with disabilities, so we need
your quotation by 30 November.

Best regards,
Chihiro Miyauchi
Barrier-free Renovation, Hinode Sangyo Co., Ltd.
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English mail: a named client's spinal cord injury and paraplegia with his address to an external vendor")

_sv64 = people(6, SEED + 119)
_bl64 = "\n".join(
    f"""■回答No.{201 + i}
　お名前：{p['name']}（{p['age']}歳）
　ご住所：〒{p['zip']} {p['addr']}
　電話：{p['tel']}
　工事内容：{p['work']}
　満足度：{['とても満足', '満足', 'やや不満', '満足', '不満', 'とても満足'][i]}
""" for i, p in enumerate(_sv64))
add(64, "stop", charset="cp932", sender=S["ishiguro"],
    to=["株式会社リサーチワン 調査部 <chosa@research-one.jp>"],
    subject="顧客満足度調査　自由記述の深掘りインタビュー対象者",
    body=f"""株式会社リサーチワン
調査部 ご担当者様

お世話になっております。日の出産業の石黒です。
先月の満足度アンケートの回答者のうち、電話インタビューに同意いただいた方をお送りします。

{_bl64}
インタビューは11月中に実施をお願いいたします。

{sig("ishiguro")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six survey respondents, one block each with address and phone, to a research company")

add(65, "pass", charset="iso-2022-jp", sender=S["miyauchi"],
    to=["ichinohe.family@gmail.com"],
    subject="介護保険の住宅改修・市の助成制度について",
    body=f"""一戸様

先日はお問い合わせいただき、ありがとうございました。日の出産業の宮内です。
お父様のご自宅の手すり設置について、使える制度を簡単にまとめました。

１．介護保険の住宅改修費
　・要支援・要介護認定を受けている方が対象です
　・支給限度額は20万円（うち1〜3割が自己負担）
　・工事の前に、ケアマネジャーの理由書を添えて市へ事前申請が必要です

２．市の高齢者住宅改善費助成
　・介護保険の対象外の工事（浴室の改修など）に使える場合があります
　・所得の条件がありますので、市の高齢介護課にご確認ください

まずは担当のケアマネジャーさんにご相談いただくのがスムーズです。
現地確認のご希望があれば、お気軽にご連絡ください。

{sig("miyauchi")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="general explanation of care-insurance subsidies to a customer; no one's health data")

_ev66 = people(9, SEED + 120)
add(66, "stop", charset="utf-8", sender=S["nagumo"],
    to=["イベントプラス株式会社 運営部 <unei@eventplus.co.jp>"],
    subject="リフォーム相談会 参加者名簿（受付用）",
    body=f"""イベントプラス株式会社
運営部 ご担当者様

お世話になっております。日の出産業の南雲です。
11月8日のリフォーム相談会（さいたま新都心）の事前予約者名簿をお送りします。
受付での照合と、お子様連れの方の託児スペースのご準備をお願いいたします。

{sig("nagumo")}
""",
    attachments=[{"kind": "docx", "name": "相談会参加者名簿_1108.docx", "title": "参加者名簿",
                  "page_header": "リフォーム相談会 11/8",
                  "paragraphs": ["リフォーム相談会 参加者名簿（事前予約）", "会場：さいたま新都心 けやきホール 2F"],
                  "tables": [[["受付No", "氏名", "フリガナ", "電話", "人数", "託児", "相談内容"]]
                             + [[f"A{i + 1:02d}", p["name"], p["kana"], p["mob"], str(1 + i % 3),
                                 "要" if i % 4 == 1 else "", p["work"]] for i, p in enumerate(_ev66)]]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX roster of nine attendees with mobiles to an event company")

_add67 = people(5, SEED + 121)
_l67 = "\n".join(f"{p['name']},{p['kana']},{p['addr']},{p['tel']},{p['work']}" for p in _add67)
add(67, "stop", charset="cp932", sender=S["kudo"],
    to=["丸栄内装 丸山様 <maruyama@maruei-naiso.co.jp>"],
    subject="RE: 11月の空き状況",
    body=f"""丸山さん

ご連絡ありがとうございます。11月後半に空きがあるとのことで助かります。
では追加で、以下の5件をお願いできますか（受付台帳からそのまま貼ります）。
現調はまだなので、直接お客様に連絡してください。

{_l67}

よろしくお願いします。
工藤

> 工藤さん
> お疲れ様です。11月は17日以降なら職人2班空いています。
> 件数多くても大丈夫です。
> 丸山
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="new text of a reply lists five customers with addresses and phones for a subcontractor")

_q68 = people(6, SEED + 122)
_ql68 = "\n".join(f"{p['name']}様　{p['addr']}　{p['mob']}" for p in _q68)
add(68, "pass", charset="iso-2022-jp", sender=S["kudo"],
    to=["丸栄内装 丸山様 <maruyama@maruei-naiso.co.jp>"],
    subject="RE: 完了報告（10月後半分）",
    body=f"""丸山さん

完了報告ありがとうございます。6件とも確認しました。
請求書は月末締めで工事課宛にお送りください。

工藤

-----Original Message-----
From: 丸山 <maruyama@maruei-naiso.co.jp>
Sent: Friday, October 31, 2025 6:20 PM
To: 工藤 拓真 <t.kudo@hinode-sangyo.co.jp>
Subject: 完了報告（10月後半分）

工藤様

お世話になっております。丸栄内装の丸山です。
10月後半の下記現場、すべて完了しました。

{_ql68}

写真はいつものフォルダに入れてあります。
丸山
""",
    entities=[], detectors=[],
    note="reply: the list of six customers is only in the quoted original from the same subcontractor")

_sb69 = people(7, SEED + 123)
add(69, "stop", charset="utf-8", sender=S["sudo"],
    to=["小野行政書士事務所 <office@ono-gyosei.jp>"],
    subject="子育てエコホーム支援事業　申請予定者一覧（第3期）",
    body=f"""小野行政書士事務所 御中

お世話になっております。日の出産業の須藤です。
第3期の申請予定者一覧をCSVでお送りいたします（UTF-8です）。
交付申請の書類チェックをお願いいたします。

{sig("sudo")}
""",
    attachments=[{"kind": "csv", "name": "申請予定者_第3期.csv", "encoding": "utf-8",
                  "rows": [["No", "申請者", "生年月日", "住所", "電話", "工事内容", "補助額"]]
                  + [[str(i + 1), p["name"], p["dob"], p["addr"], p["tel"], p["work"],
                      f"{(i % 4 + 2) * 50000}"] for i, p in enumerate(_sb69)]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of seven subsidy applicants with birth dates and addresses to an outside office")

_ds70 = people(5, SEED + 124, old=True)
_dis = [("肢体不自由", "1級"), ("肢体不自由", "2級"), ("視覚障害", "2級"), ("肢体不自由", "3級"),
        ("内部障害（心臓）", "1級")]
_tr70 = "\n".join(f"<tr><td>{p['name']}</td><td>{p['addr']}</td><td>{d[0]}</td><td>{d[1]}</td>"
                  f"<td>{p['work'] if i % 2 else '浴室改修・手すり'}</td></tr>"
                  for i, (p, d) in enumerate(zip(_ds70, _dis)))
add(70, "stop", charset="utf-8", sender=S["miyauchi"],
    to=["さいたま市 障害支援課 <shogai-shien@city.saitama-minami.lg.jp>"],
    subject="重度障害者住宅改造費助成　事前相談（5件）",
    html=f"""<html><body>
<p>さいたま市 障害支援課<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業 福祉リフォーム担当の宮内です。<br>
重度障害者住宅改造費助成について、事前相談させていただきたい案件が5件ございます。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>対象者</th><th>住所</th><th>障害種別</th><th>手帳等級</th><th>改造内容</th></tr></thead>
<tbody>
{_tr70}
</tbody></table>
<p>各案件の見積書・図面は、来週窓口にお持ちいたします。</p>
<p>--<br>日の出産業株式会社 住宅リフォーム事業部<br>宮内 千尋　TEL 048-829-7713</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML table of five people with disability type and grade and addresses to a city office")

add(71, "pass", charset="cp932", sender=S["ogino"],
    to=["リフォーム事業部 課長会 <reform-kachokai@hinode-sangyo.co.jp>"],
    subject="【社外秘】下期 協力業者評価と発注配分（案）",
    body="""【社外秘】

課長各位

お疲れさまです。荻野です。
下期の協力業者評価と発注配分の案をまとめました。木曜の課長会で協議します。

・丸栄内装：品質B（クロス不良1件）、発注配分 30%→25%
・タカミ設備：品質A、配分 40%→45%
・加賀谷塗装：品質A、単価交渉中（原価資料は別途）
・森田電工：品質A、配分据え置き

社外への持ち出しは禁止です。

荻野
""",
    entities=[], detectors=[],
    note="社外秘-stamped evaluation, but only to an internal mailing list")

_mn72 = my_number(SEED + 2)
add(72, "stop", charset="iso-2022-jp", sender=S["sudo"],
    to=["川口市 長寿支援課 <choju@city.kawaguchi-minami.lg.jp>"],
    subject="高齢者住宅改善費助成 申請書（電子申請用データ）",
    body=f"""川口市 長寿支援課 ご担当者様

お世話になっております。日の出産業の須藤です。
電子申請の受付が止まっているとのことでしたので、申請書をPDFでお送りいたします。
原本は明日、窓口に提出いたします。

{sig("sudo")}
""",
    attachments=[{"kind": "pdf", "name": "住宅改善費助成申請書_我妻様.pdf",
                  "title": "高齢者住宅改善費助成申請書",
                  "lines": ["川口市高齢者住宅改善費助成申請書", "",
                            "申請者氏名：我妻 幸子（ワガツマ サチコ）",
                            f"生年月日：{wareki(1941, 2, 17)}",
                            "住所：埼玉県川口市芝樋ノ爪1-24-3",
                            f"個人番号：{_mn72}",
                            "電話：048-267-5518",
                            "改善内容：浴室の段差解消・浴槽交換・手すり設置",
                            "工事見積額：682,000円",
                            "施工業者：日の出産業株式会社"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="subsidy application PDF with the applicant's My Number sent to a city office by mail")

add(73, "pass", charset="utf-8", sender=S["kudo"],
    to=["青葉運輸 浦和営業所 <urawa@aoba-unyu.co.jp>"],
    subject="Re: 配送完了のご連絡（伝票番号 4417-2290-3318 ほか）",
    body=f"""青葉運輸 浦和営業所 ご担当者様

配送完了のご連絡ありがとうございます。工藤です。
伝票番号 4417-2290-3318（ユニットバス部材 12梱包）、4417-2290-3325（洗面化粧台 2台）
いずれも資材センターで受領を確認しました。

1点だけ、4417-2290-3325 の外箱に凹みがありましたので、開梱して中身を確認のうえ
問題があれば改めてご連絡します。

{sig("kudo")}

> 日の出産業 工藤様
> 本日14:20、緑資材センター様へ配送完了いたしました。受領者：石田様
> 青葉運輸 浦和営業所
""",
    entities=[], detectors=[],
    note="delivery confirmation with tracking numbers to the partner carrier")

add(74, "stop", charset="cp932", sender=S["kudo"],
    to=["青葉運輸 浦和営業所 <urawa@aoba-unyu.com>"],
    subject="現場直送の依頼（システムキッチン）",
    body=f"""青葉運輸 浦和営業所 ご担当者様

いつもお世話になっております。日の出産業の工藤です。
今回は資材センターではなく、現場への直送をお願いいたします。

　納品先：埼玉県蕨市中央5-3-11　左右田 浩二 様邸
　施主連絡先：090-6671-2048（不在時はこちらへ）
　日時：11月12日（水）9:00〜10:00
　荷物：システムキッチン一式（14梱包）、吊戸棚 2梱包

前面道路が狭いため、2t車でお願いします。

{sig("kudo")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="delivery order with a homeowner's address and mobile to aoba-unyu.com, a TLD look-alike of the partner")

add(75, "pass", charset="iso-2022-jp", sender=S["ishiguro"],
    to=["sotome-m@softbank.ne.jp"],
    subject="カード決済完了のお知らせ（受付番号 PG-88120417）",
    body=f"""五月女 様

日の出産業をご利用いただき、ありがとうございます。
工事代金のクレジットカード決済が完了しましたのでお知らせいたします。

　受付番号：PG-88120417
　決済金額：218,900円（一括）
　ご利用カード：VISA ＊＊＊＊－＊＊＊＊－＊＊＊＊－４８２１
　決済日：2025年11月4日

カード会社からのご利用明細にて、「ヒノデサンギョウ」と表示されます。

{sig("ishiguro")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="payment receipt to the customer with a masked card number only")

_cc76 = card_number(SEED + 1)
add(76, "stop", charset="utf-8", sender=S["higuchi"],
    to=["Orders <orders@nordic-fixtures.com>"],
    subject="Re: Order NF-55120 - payment details",
    body=f"""Hello,

As discussed, our client will pay the deposit for the sauna cabin directly by credit card.

Cardholder: TAKANASHI KYOKO
Card number: {_cc76[:4]} {_cc76[4:8]} {_cc76[8:12]} {_cc76[12:]}
Expiry: 03/29
Amount: EUR 2,450.00 (deposit, 30%)

Please confirm once the payment has been processed.

{sig("en_higuchi")}

> Dear Mr. Higuchi,
> for order NF-55120 we require a 30% deposit. You can pay by bank transfer or card.
> Nordic Fixtures Order Desk
""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a client's full card number in English mail to an overseas supplier")

add(77, "stop", charset="iso-2022-jp", sender=S["sudo"],
    to=["みどり銀行 ローンセンター 小泉様 <koizumi@midori-ginko.co.jp>"],
    subject="外国籍のお客様のリフォームローン申込について",
    body=f"""みどり銀行 ローンセンター
小泉様

いつもお世話になっております。須藤です。
外国籍のお客様のお申込みについて、事前に確認させてください。

　氏名：Daniel Morrison（ダニエル・モリソン）様
　国籍：カナダ（永住者）
　生年月日：1982年4月9日
　旅券番号：TR8047352（有効期限 2030年6月）
　勤務先：外資系IT企業（勤続6年）
　借入希望：600万円（フルリノベーション）

永住者であれば通常の審査基準で問題ないか、ご教示いただけますでしょうか。

{sig("sudo")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a customer's passport number to the partner bank")

add(78, "pass", charset="cp932", sender=S["saeki"],
    to=["Teshigawara <teshigawara.aya@gmail.com>"],
    subject="リフォームプランのご提案資料",
    body=f"""勅使河原様

先日はショールームにお越しいただき、ありがとうございました。佐伯です。
お伺いしたご要望をもとに、プランを2案作成いたしました。
ご家族で見比べていただき、気になる点をお聞かせください。

{sig("saeki")}
""",
    attachments=[{"kind": "pptx", "name": "ご提案_勅使河原様邸_LDKリフォーム.pptx",
                  "title": "LDKリフォームご提案",
                  "slides": [["勅使河原様邸 LDKリフォームご提案", "日の出産業株式会社", "2025年11月"],
                             ["A案：対面キッチン＋パントリー", "壁付けキッチンを対面に変更",
                              "パントリー 1.2畳を新設", "概算 3,200,000円〜"],
                             ["B案：アイランドキッチン＋ワークスペース", "リビング横に在宅ワークコーナー",
                              "床暖房を追加", "概算 4,100,000円〜"],
                             ["工期の目安", "解体〜完了まで約4週間", "仮住まいは不要（キッチン使用不可期間 約10日）"]]}],
    entities=[], detectors=["freemail_recipient"],
    note="proposal slides to the customer herself: no personal data")

add(79, "pass", charset="utf-8", sender=S["kudo"],
    to=["東和建材 営業部 <eigyo@towa-kenzai.co.jp>", "ニッポン住設 北関東営業所 <kitakanto@nippon-jusetsu.co.jp>"],
    cc=["荻野 修 <o.ogino@hinode-sangyo.co.jp>"],
    subject="大型案件（集合住宅12戸 水まわり改修）の資材見積依頼",
    body=f"""東和建材様、ニッポン住設様

お世話になっております。日の出産業の工藤です。
賃貸マンション（12戸）の水まわり一括改修の案件で、資材のお見積をお願いいたします。
両社に同じ内容でお願いしています。

　・ユニットバス 1216サイズ ×12
　・洗面化粧台 W600 ×12
　・トイレ（タンク付き） ×12
　・給湯器 20号 ×12
　納期：2026年2月〜3月（4戸ずつ3回納品）

11月20日までにご回答いただけますと幸いです。

{sig("kudo")}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="quote request to two supplier companies in To: two external organisations only")

add(80, "pass", charset="iso-2022-jp", sender=S["ogino"],
    to=["佐伯 亮介 <r.saeki@hinode-sangyo.co.jp>", "大橋 健太 <k.ohashi@hinode-sangyo.co.jp>"],
    subject="【極秘】川口ショールーム移転の件",
    body="""【極秘】

佐伯さん、大橋さん

荻野です。役員会で、川口ショールームを来年6月に移転する方向で決まりました。
候補物件は川口駅東口の路面店（約70坪）です。
正式発表は来年1月の予定なので、それまでは協力業者・お客様には一切話さないでください。

来週、移転スケジュールの打ち合わせをさせてください。

荻野
""",
    entities=[], detectors=[],
    note="極秘-marked mail, but only to internal colleagues")

# =======================================================================================
# 081–100
# =======================================================================================

add(81, "stop", charset="utf-8", sender=S["higuchi"],
    to=["スタジオ木の家 木下様 <kinoshita@studio-kinoie.jp>"],
    subject="廿日出様邸 現況図面",
    body=f"""木下様

お世話になっております。樋口です。
廿日出様邸の現況平面図・立面図をお送りします。
ファイルが重いため1つにまとめています。開けない場合はご連絡ください。

{sig("higuchi")}
""",
    attachments=[{"kind": "corrupt", "name": "廿日出様邸_現況図.pdf"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF drawing is corrupt and cannot be inspected")

add(82, "stop", charset="cp932", sender=S["higuchi"],
    to=["アトリエ縁 江口様 <eguchi@atelier-en.jp>"],
    subject="設計協力の報酬について",
    body=f"""江口様

お世話になっております。樋口です。
来期の設計協力報酬の見直しについて、社内でまとめた資料を添付します。
ご意見をお聞かせいただけますでしょうか。

{sig("higuchi")}
""",
    attachments=[{"kind": "docx", "name": "設計外注費_見直し案.docx", "title": "設計外注費 見直し案",
                  "page_header": "取扱注意　リフォーム事業部 内部資料",
                  "paragraphs": ["【取扱注意】", "2026年度 設計外注費の見直し案", "リフォーム事業部 設計課",
                                 "1. 現状：設計外注費は工事売上の3.8%（業界平均 3.0%）",
                                 "2. 方針：定額制（1件 15万円）から出来高制へ移行",
                                 "3. 外注先別：アトリエ縁 年間42件、スタジオ木の家 年間18件"],
                  "tables": [[["外注先", "2025実績", "2026案", "差額"],
                              ["アトリエ縁", "6,300,000", "5,460,000", "-840,000"],
                              ["スタジオ木の家", "2,700,000", "2,520,000", "-180,000"]]]}],
    entities=[], detectors=["confidential_marking"],
    note="DOCX stamped 取扱注意 (header and first line) sent to an outside architect")

add(83, "pass", charset="iso-2022-jp", sender=S["ohashi"],
    to=["ニッポン住設株式会社 北関東営業所 営業二課 <kitakanto@nippon-jusetsu.co.jp>"],
    subject="総合カタログ・サンプルの送付依頼",
    body=f"""ニッポン住設株式会社
北関東営業所 営業二課 御中

いつもお世話になっております。日の出産業 川口ショールームの大橋です。
ショールーム展示の入替えに伴い、下記のカタログ・サンプルをお送りいただけますでしょうか。

　・2026年版 総合カタログ（キッチン・バス・洗面）　30部
　・浴室パネル 色見本（NJ-BP シリーズ 全12色）　2セット
　・水栓金具 カットサンプル（NJ-KF221、NJ-KF305）　各1
　・介護リフォーム向け 手すり・段差解消部材カタログ　20部

送付先：〒332-0012 埼玉県川口市本町2-7-25 日の出ビル1F　日の出産業 川口ショールーム 大橋宛

{sig("ohashi")}
""",
    entities=[], detectors=[],
    note="catalogue request to a supplier; the address is the company's own showroom")

add(84, "pass", charset="cp932", sender=S["ishiguro"],
    to=["hiyama.osamu@yahoo.co.jp"],
    subject="【日の出産業】引渡し後1年点検のご案内（管理番号 M-2024-0917）",
    body=f"""檜山 修 様

昨年は日の出産業にて外壁・屋根のリフォームをご用命いただき、誠にありがとうございました。
お引渡しから1年が経過いたしますので、無料の定期点検をご案内いたします。

　管理番号：M-2024-0917
　点検内容：外壁の塗膜・シーリング、屋根材の浮き、雨樋の状態など（約40分）
　ご希望日：下記の候補日からお選びいただき、本メールにご返信ください
　　11月29日（土）／12月2日（火）／12月6日（土）　いずれも10:00〜または14:00〜

ご不在でも外回りの点検は可能です。その場合は結果を書面でお届けいたします。

{sig("ishiguro")}

{DISC_JA2}
""",
    entities=[], detectors=["freemail_recipient"],
    note="inspection reminder to one customer: his own name and a reference number only")

_ob85 = people(8, SEED + 125)
add(85, "stop", charset="iso-2022-jp", sender=S["nagumo"],
    to=[f"{p['name']} 様 <{p['email']}>" for p in _ob85],
    subject="【OB様限定】冬の断熱リフォーム 特別ご優待のご案内",
    body=f"""日の出産業でリフォームをしていただいたOBのお客様へ

いつも日の出産業をご愛顧いただき、誠にありがとうございます。
日頃の感謝を込めて、OB様限定の特別ご優待をご案内いたします。

　◆内窓（二重窓）設置　通常価格より15％OFF
　◆浴室暖房乾燥機　工事費無料
　◆期間：2025年11月15日〜12月20日ご契約分

国の補助金（先進的窓リノベ事業）と併用できる場合がございます。
お気軽にショールームまたはフリーダイヤル（0120-48-1107）へお問い合わせください。

{sig("nagumo")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="campaign mail with eight OB customers' names and private addresses visible to each other in To")

add(86, "stop", charset="utf-8", sender=S["ishiguro"],
    to=["森田電工 森田様 <info@morita-denko.co.jp>"],
    subject="FW: 工事の件でお願い（三浦様）",
    body=f"""森田様

お世話になっております。お客様相談室の石黒です。
来週の三浦様邸の電気工事について、お客様から下記のメールをいただきました。
作業前に必ず内容をご確認ください。

---------- Forwarded message ---------
From: 三浦 義男 <yoshio.miura.1950@yahoo.co.jp>
Date: 2025年11月5日(水) 19:32
Subject: 工事の件でお願い
To: <soudan@hinode-sangyo.co.jp>

日の出産業 ご担当者様

来週、分電盤の交換工事をお願いしている三浦です（埼玉県上尾市仲町3-4-9）。
私は心臓病でペースメーカーを入れております。
電動工具や溶接機など、強い電磁波が出る機械を使う場合は事前に教えてください。
作業中は別の部屋にいるようにします。
何かあれば家内の携帯（080-3391-7705）へご連絡ください。

三浦 義男
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (new text to its recipient) of a customer's heart condition and pacemaker to an electrician")

add(87, "pass", charset="iso-2022-jp", sender=S["higuchi"],
    to=["沼尻様 <numajiri.koji@gmail.com>"],
    cc=["アトリエ縁 江口様 <eguchi@atelier-en.jp>"],
    subject="増築部分の外観パース（2案）",
    body=f"""沼尻様

お世話になっております。日の出産業の樋口です。
増築部分の外観パースを、設計協力のアトリエ縁 江口様に2案作成いただきました。
（江口様にもCCでお送りしております）

A案：既存と同じ切妻屋根で一体感を重視
B案：片流れ屋根で、子ども部屋の天井を高く

色味は仮のものです。ご家族でご検討いただき、ご意見をお聞かせください。

{sig("higuchi")}
""",
    attachments=[{"kind": "png", "name": "増築パース_A案.png"},
                 {"kind": "png", "name": "増築パース_B案.png"}],
    entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="customer plus one architect firm in To/Cc: two external parties, no personal data")

_rm88 = people(5, SEED + 126)
_l88 = "\n".join(f"　{100 + (i // 2) * 100 + i % 2 + 1}号室　{p['sei']} 様" for i, p in enumerate(_rm88))
add(88, "either", charset="cp932", sender=S["kudo"],
    to=["株式会社グリーン管理 フロント担当 <front@green-kanri.co.jp>"],
    subject="グランシャトー浦和 排水管更生工事 在宅確認が必要な住戸",
    body=f"""株式会社グリーン管理
フロント担当 ご担当者様

お世話になっております。日の出産業の工藤です。
排水管更生工事の事前調査で、室内立入りの日程が決まっていない住戸は以下の5戸です。
管理会社様から改めてご案内をお願いできますでしょうか。

{_l88}

調査は30分程度です。11月末までに実施したいと考えております。

{sig("kudo")}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five residents' surnames with room numbers to the building manager: a list, but hardly personal records")

_mx89 = people(15, SEED + 127)
add(89, "stop", charset="utf-8", sender=S["ohashi"],
    to=["佐伯 亮介 <r.saeki@hinodesangyo.co.jp>"],
    subject="川口SR 見込み客リスト（11月）",
    body="""佐伯さん

お疲れさまです。大橋です。
川口ショールームの11月の見込み客リストです。
Aランクの方は今月中にプラン提案まで進めたいので、フォローをお願いします。

大橋
""",
    attachments=[{"kind": "csv", "name": "見込み客_川口SR_202511.csv",
                  "rows": [["ランク", "氏名", "電話", "メール", "住所", "検討内容", "予算"]]
                  + [["ABC"[i % 3], p["name"], p["mob"], p["email"], p["addr"], p["work"],
                      f"{(i % 5 + 1) * 80}万円"] for i, p in enumerate(_mx89)]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="15 prospects in CSV sent to hinodesangyo.co.jp (hyphen dropped), a look-alike of the own domain")

add(90, "pass", charset="iso-2022-jp", sender=S["kudo"],
    to=["Kasahara <kasahara.tomoko@icloud.com>"],
    subject="工程表の送付（笠原様邸 内装・手すり工事）",
    body=f"""笠原様

お世話になっております。工藤です。
追加の手すり工事を含めた工程表をお送りします。
クロス貼りの前日（11/18）に、手すりの位置を現地で一緒にご確認いただけますと幸いです。

{sig("kudo")}
""",
    attachments=[{"kind": "xlsx", "name": "工程表_笠原様邸.xlsx",
                  "sheets": {"工程表": [["笠原様邸 内装・手すり工事 工程表"], [],
                                     ["日付", "作業", "業者", "備考"],
                                     ["11/17", "既存クロス剥がし・下地補強", "丸栄内装", ""],
                                     ["11/18", "手すり位置確認・下地処理", "丸栄内装／日の出", "施主様立会い"],
                                     ["11/19-20", "クロス貼り", "丸栄内装", ""],
                                     ["11/21", "手すり取付・床段差解消", "佐久間工務店", ""],
                                     ["11/22", "清掃・完了確認", "日の出産業", "施主様立会い"]]}}],
    entities=[], detectors=["freemail_recipient"],
    note="work schedule to the customer herself: business names and dates only")

_cw91 = people(3, SEED + 128)
_mn91 = [my_number(SEED + 3), my_number(SEED + 4), my_number(SEED + 5)]
_t91 = "\n".join(f"{i + 1}．{p['name']}（{['大工', '左官', '塗装'][i]}）　個人番号：{zen(n[:4] + '-' + n[4:8] + '-' + n[8:])}"
                 f"\n　　住所：{p['addr']}"
                 for i, (p, n) in enumerate(zip(_cw91, _mn91)))
add(91, "stop", charset="iso-2022-jp", sender=S["ogino"],
    to=["神谷税理士事務所 神谷先生 <kamiya@kamiya-tax.jp>"],
    cc=["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
    subject="支払調書作成用　一人親方の個人番号",
    body=f"""神谷先生

いつもお世話になっております。日の出産業 工事部の荻野です。
経理部から依頼のありました、報酬の支払調書作成用の個人番号をお送りします。

{_t91}

よろしくお願いいたします。

{sig("ogino")}
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="three craftsmen's My Numbers (full-width digits) to an outside tax accountant")

add(92, "pass", charset="cp932", sender=S["higuchi"],
    to=["一般財団法人 埼玉建築確認センター 検査部 <kensa@saitama-kakunin.or.jp>"],
    subject="中間検査の日程調整（確認番号 第R07確認建築SKC00481号）",
    body=f"""一般財団法人 埼玉建築確認センター
検査部 ご担当者様

お世話になっております。日の出産業 設計課の樋口です。
下記物件の中間検査について、日程のご調整をお願いいたします。

　確認番号：第R07確認建築SKC00481号
　工事種別：増築（木造平屋 9.9㎡）
　検査希望日：11月26日（水）または27日（木）の午前
　立会者：樋口（設計）、工藤（工事）

筋かい・金物の施工写真は、検査前日までにメールでお送りいたします。

{sig("higuchi")}
""",
    entities=[], detectors=[],
    note="inspection scheduling with a certification body: permit numbers only")

add(93, "either", charset="utf-8", sender=S["saeki"],
    to=["九十九 健一 <tsukumo.ken@gmail.com>", "九十九 恵美 <emi.tsukumo@icloud.com>",
        "スタジオ木の家 木下様 <kinoshita@studio-kinoie.jp>"],
    subject="キッチン・浴室リフォーム 打ち合わせ議事録（11/8）",
    body=f"""九十九様（ご主人様・奥様）
木下様

お世話になっております。日の出産業の佐伯です。
11月8日の打ち合わせ内容をまとめました。

1. キッチン：ペニンシュラ型、食洗機はフロントオープン（奥様ご希望）
2. 浴室：1616サイズ、窓は残す
3. 照明計画：木下様より次回ご提案
4. 次回打ち合わせ：11月22日（土）10:00 ショールーム

訂正等ございましたらご返信ください。

{sig("saeki")}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains",
                            "freemail_recipient"],
    note="a married couple (two free-mail addresses) and one designer in To: three parties or really two?")

add(94, "stop", charset="iso-2022-jp", sender=S["ishiguro"],
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-iaw.jp>"],
    subject="ご相談：工事代金の未払いと損害賠償請求の件",
    body=f"""白川先生

いつもお世話になっております。お客様相談室の石黒です。
先日お電話でご相談した件の詳細をお送りします。

　相手方：九十九 博 様
　住所：千葉県船橋市本町4-19-2
　電話：047-431-8826
　経緯：屋根葺き替え工事（請負代金 2,310,000円）完了後、雨漏りを理由に残金 1,310,000円が未払い。
　　　　弊社の調査では雨漏りは工事範囲外（ベランダ防水）からで、先方は認めていません。
　　　　先方より「弁護士に相談して損害賠償を請求する」との書面が届いています。

対応方針についてご助言をお願いいたします。

{sig("ishiguro")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="legal consultation sent to shirakawa-iaw.jp (I for l), a look-alike of the partner law firm")

add(95, "pass", charset="utf-8", sender=S["ogino"],
    to=["工事課 <koujika@hinode-sangyo.co.jp>"],
    subject="作業員名簿マスタ更新（11月）",
    body="""工事課各位

荻野です。グリーンサイト登録用の作業員名簿マスタを更新しました。
健康保険・年金の番号を今年度のものに差し替えています。
ゼネコンに出すときは、必要な人の分だけ抜き出して、先方指定の様式で提出してください。

荻野
""",
    attachments=[{"kind": "xlsx", "name": "作業員名簿マスタ_202511.xlsx",
                  "sheets": {"名簿": [["氏名", "生年月日", "住所", "健康保険 記号・番号", "基礎年金番号", "職種"]]
                             + [[p["name"], p["dob"], p["addr"], f"記号 {3110000 + i * 731} 番号 {i + 4}",
                                 f"{4100 + i * 37}-{601234 + i * 4097}", ["大工", "内装", "設備", "電工", "左官", "塗装"][i % 6]]
                                for i, p in enumerate(people(14, SEED + 129))]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE",
              "JP_BASIC_PENSION_NUMBER"],
    detectors=[],
    note="14 workers' insurance and pension numbers, but only to the internal works section")

_old96 = people(6, SEED + 130, old=True)
_l96 = "\n".join(f"◇{p['name']}様　{wareki(p['y'], p['m'], p['d'], 'short' if i % 2 else 'kanji')}生"
                 f"（{p['age']}歳）　{p['tel']}\n　{p['addr']}　{'独居' if i % 3 == 0 else 'ご夫婦のみ'}"
                 for i, p in enumerate(_old96))
add(96, "stop", charset="cp932", sender=S["saeki"],
    to=["セーフティホーム株式会社 提携推進室 <teikei@safety-home.co.jp>"],
    subject="見守りサービス　ご紹介候補のお客様",
    body=f"""セーフティホーム株式会社
提携推進室 ご担当者様

お世話になっております。日の出産業の佐伯です。
提携の件、ご紹介候補として、弊社で最近工事をさせていただいた
ご高齢のお客様をリストアップしました。

{_l96}

ご案内の際は「日の出産業からのご紹介」とお伝えください。

{sig("saeki")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six elderly customers with 和暦 birth dates, phones and addresses to a partner-to-be")

add(97, "pass", charset="utf-8", sender=S["saeki"],
    to=["Emma Larsen <emma.larsen@nordic-fixtures.com>"],
    subject="Meeting at Japan Home & Building Show 2025",
    body=f"""Dear Ms. Larsen,

Thank you for your invitation. I will visit your booth (East Hall 4, E4-217) at the
Japan Home & Building Show on 20 November around 2 p.m., together with our designer
Daichi Higuchi.

We are particularly interested in:
 - the compact sauna cabin (model NF-S90) for detached houses,
 - lead times for orders placed in January (ref. our order NF-55120),
 - Japanese-language installation manuals.

Looking forward to meeting you.

{sig("en_saeki")}

{DISC_EN}
""",
    entities=[], detectors=[],
    note="English trade-show appointment with a supplier: order number, no personal data")

add(98, "pass", charset="iso-2022-jp", sender=S["sudo"],
    to=["須藤 美穂 <m.sudo@hinode-sangyo.co.jp>"],
    cc=["経理部 <keiri@hinode-sangyo.co.jp>"],
    subject="ローン申込書類一式（10月分）",
    body="""経理部 各位

業務課の須藤です。10月分のローン申込書類一式をパスワード付きZIPでお送りします。
パスワードはいつもの共有ルールどおりです。

須藤
""",
    attachments=[{"kind": "zip", "name": "ローン申込書類_202510.zip", "password": "hs-loan-1025",
                  "files": [{"kind": "pdf", "name": "申込書_10月.pdf",
                             "lines": ["リフォームローン申込書 10月分", "（12件）"]}]}],
    entities=[], detectors=[],
    note="encrypted ZIP, but every recipient is internal")

add(99, "pass", charset="cp932", sender=S["sudo"],
    to=["みどり銀行 ローンセンター 小泉様 <koizumi@midori-ginko.co.jp>"],
    subject="Re: 連帯債務での申込について（栗原様ご夫妻）",
    body=f"""小泉様

ご回答ありがとうございます。須藤です。
それでは、ご夫妻の連帯債務で仮審査をお願いいたします。

【主債務者】栗原 俊介 様　1976年9月2日生　携帯 090-5512-8840
　　　　　　勤務先：北浦和中央病院（事務職）年収 560万円
【連帯債務者】栗原 綾 様　1979年1月25日生　携帯 080-1274-6093
　　　　　　勤務先：さいたま市立小学校（教員）年収 610万円

借入希望額：900万円／15年（二世帯化リフォーム）

{sig("sudo")}

> 須藤様
> 連帯債務での申込は可能です。お二人分の情報をお送りください。
> みどり銀行 小泉
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a couple's loan data to the partner bank: two people, may warn")

add(100, "pass", charset="utf-8", sender=S["nagumo"],
    to=["大橋 健太 <k.ohashi@mail.hinode-sangyo.co.jp>"],
    cc=["営業企画 <eigyo-kikaku@hinode-sangyo.co.jp>"],
    subject="顧客台帳（川口エリア）最新版",
    body="""大橋店長

お疲れさまです。南雲です。
川口エリアの顧客台帳を最新化しました。シート「OB」「見込み」に分けています。
DM対象の抽出は、「DM可」列が〇の方のみでお願いします。

南雲
""",
    attachments=[{"kind": "xlsx", "name": "顧客台帳_川口_202511.xlsx", "title": "顧客台帳（川口）",
                  "sheets": {
                      "OB": [["顧客台帳（川口エリア）OB顧客"], [],
                             ["顧客番号", "氏名", "生年月日", "住所", "電話", "メール", "DM可"]]
                      + [[f"K{5000 + i}", p["name"], p["dob"], p["addr"], p["tel"], p["email"],
                          "〇" if i % 4 else "×"] for i, p in enumerate(people(20, SEED + 131))],
                      "見込み": [["氏名", "電話", "メール", "検討内容"]]
                      + [[p["name"], p["mob"], p["email"], p["work"]] for p in people(9, SEED + 132)]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="customer ledger to colleagues on the internal domain and an internal subdomain")

