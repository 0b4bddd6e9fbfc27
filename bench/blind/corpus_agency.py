"""Blind corpus: everyday mail of 日の出産業's 法人営業 and 人材 (staffing) teams with
outside agencies and clients (CRM exports, candidate shortlists, temp rosters,
timesheets, reference / background checks, reply threads, look-alike domains …).

Written from BRIEF.md alone (the author never read mailguard's code)."""

import random

from build import card_number, my_number

# -- small helpers to build realistic (invented) people ------------------------------

_SEI = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("佐々木", "ささき", "Sasaki"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("林", "はやし", "Hayashi"), ("清水", "しみず", "Shimizu"),
    ("山崎", "やまざき", "Yamazaki"), ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("阿部", "あべ", "Abe"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"), ("小川", "おがわ", "Ogawa"),
    ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("石井", "いしい", "Ishii"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("藤井", "ふじい", "Fujii"), ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"),
    ("太田", "おおた", "Ota"), ("勅使河原", "てしがわら", "Teshigawara"), ("東海林", "しょうじ", "Shoji"),
    ("五十嵐", "いがらし", "Igarashi"), ("御手洗", "みたらい", "Mitarai"), ("百目鬼", "どうめき", "Domeki"),
    ("漆原", "うるしばら", "Urushibara"), ("九十九", "つくも", "Tsukumo"), ("一ノ瀬", "いちのせ", "Ichinose"),
    ("鬼塚", "おにづか", "Onizuka"), ("宍戸", "ししど", "Shishido"), ("鰐淵", "わにぶち", "Wanibuchi"),
    ("小比類巻", "こひるいまき", "Kohiruimaki"), ("我妻", "わがつま", "Wagatsuma"), ("蒲生", "がもう", "Gamo"),
    ("釘宮", "くぎみや", "Kugimiya"), ("城之内", "じょうのうち", "Jonouchi"), ("比嘉", "ひが", "Higa"),
    ("仲村渠", "なかんだかり", "Nakandakari"), ("四十物", "あいもの", "Aimono"), ("相馬", "そうま", "Soma"),
    ("桑原", "くわばら", "Kuwabara"), ("柳田", "やなぎだ", "Yanagida"), ("今泉", "いまいずみ", "Imaizumi"),
    ("真栄田", "まえだ", "Maeda"), ("舘野", "たての", "Tateno"), ("千葉", "ちば", "Chiba"),
]
_MEI = [
    ("翔太", "しょうた", "Shota", "M"), ("大輔", "だいすけ", "Daisuke", "M"), ("健一", "けんいち", "Kenichi", "M"),
    ("直樹", "なおき", "Naoki", "M"), ("拓也", "たくや", "Takuya", "M"), ("悠真", "ゆうま", "Yuma", "M"),
    ("陽翔", "はると", "Haruto", "M"), ("蓮", "れん", "Ren", "M"), ("誠", "まこと", "Makoto", "M"),
    ("隆之", "たかゆき", "Takayuki", "M"), ("和也", "かずや", "Kazuya", "M"), ("健太", "けんた", "Kenta", "M"),
    ("亮", "りょう", "Ryo", "M"), ("修", "おさむ", "Osamu", "M"), ("圭介", "けいすけ", "Keisuke", "M"),
    ("浩二", "こうじ", "Koji", "M"), ("昌平", "しょうへい", "Shohei", "M"), ("航", "わたる", "Wataru", "M"),
    ("智也", "ともや", "Tomoya", "M"), ("慎吾", "しんご", "Shingo", "M"), ("俊介", "しゅんすけ", "Shunsuke", "M"),
    ("裕子", "ゆうこ", "Yuko", "F"), ("美咲", "みさき", "Misaki", "F"), ("彩香", "あやか", "Ayaka", "F"),
    ("由美", "ゆみ", "Yumi", "F"), ("真由美", "まゆみ", "Mayumi", "F"), ("千尋", "ちひろ", "Chihiro", "F"),
    ("結衣", "ゆい", "Yui", "F"), ("陽菜", "ひな", "Hina", "F"), ("恵", "めぐみ", "Megumi", "F"),
    ("智子", "ともこ", "Tomoko", "F"), ("麻衣", "まい", "Mai", "F"), ("奈々", "なな", "Nana", "F"),
    ("葵", "あおい", "Aoi", "F"), ("沙織", "さおり", "Saori", "F"), ("理恵", "りえ", "Rie", "F"),
    ("香織", "かおり", "Kaori", "F"), ("早紀", "さき", "Saki", "F"), ("瑞穂", "みずほ", "Mizuho", "F"),
    ("加奈子", "かなこ", "Kanako", "F"), ("遥", "はるか", "Haruka", "F"), ("久美子", "くみこ", "Kumiko", "F"),
]
_ADDR = [
    ("154", "東京都", "世田谷区", "桜丘"), ("177", "東京都", "練馬区", "石神井町"),
    ("136", "東京都", "江東区", "南砂"), ("223", "神奈川県", "横浜市港北区", "日吉本町"),
    ("211", "神奈川県", "川崎市中原区", "木月"), ("330", "埼玉県", "さいたま市浦和区", "高砂"),
    ("333", "埼玉県", "川口市", "芝新町"), ("273", "千葉県", "船橋市", "本町"),
    ("270", "千葉県", "松戸市", "常盤平"), ("564", "大阪府", "吹田市", "江坂町"),
    ("532", "大阪府", "大阪市淀川区", "西中島"), ("657", "兵庫県", "神戸市灘区", "六甲町"),
    ("464", "愛知県", "名古屋市千種区", "今池"), ("001", "北海道", "札幌市北区", "北十八条西"),
    ("814", "福岡県", "福岡市早良区", "西新"), ("980", "宮城県", "仙台市青葉区", "国分町"),
    ("192", "東京都", "八王子市", "明神町"), ("174", "東京都", "板橋区", "常盤台"),
    ("252", "神奈川県", "相模原市南区", "相模大野"), ("260", "千葉県", "千葉市中央区", "新宿"),
    ("062", "北海道", "札幌市豊平区", "平岸三条"), ("700", "岡山県", "岡山市北区", "奉還町"),
]
_BLDG = ["", "", "", " コーポ若葉201", " メゾン桜台302", "-105", " ハイツ緑ヶ丘B棟", " パークサイド西新506",
         " グランシャリオ1203", " 第二松風荘4号"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

_ZEN = str.maketrans("0123456789-()/.:@", "０１２３４５６７８９－（）／．：＠")
_ZEN_ISO = str.maketrans("0123456789-()/.:@", "０１２３４５６７８９−（）／．：＠")


def zen(s: str, iso: bool = False) -> str:
    """Full-width digits and separators (U+2212 minus for ISO-2022-JP mail)."""
    return s.translate(_ZEN_ISO if iso else _ZEN)


def kata(h: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in h)


def _w(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    """Left-justify by display width (full-width characters count as two)."""
    return s + " " * max(width - _w(s), 0)


def wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, e, ab = "平成", y - 1988, "H"
    else:
        era, e, ab = "昭和", y - 1925, "S"
    if style == 0:
        return f"{era}{e}年{m}月{d}日"
    if style == 1:
        return f"{ab}{e}.{m}.{d}"
    if style == 2:
        return zen(f"{ab}{e}.{m}.{d}").replace("H", "Ｈ").replace("S", "Ｓ")
    return f"{era}{zen(str(e))}年{zen(str(m))}月{zen(str(d))}日"


def corp_no(base12: str) -> str:
    """13-digit 法人番号 with its check digit in front."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def people(seed: int, n: int, y0: int = 1970, y1: int = 2003, free: bool = True) -> list:
    rng = random.Random(f"agy-{seed}")
    out, used = [], set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        mei = rng.choice(_MEI)
        if sei[0] + mei[0] in used:
            continue
        used.add(sei[0] + mei[0])
        y, mo, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
        zipc, pref, city, town = rng.choice(_ADDR)
        banchi = f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
        mob = f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        local = rng.choice([f"{mei[2].lower()}.{sei[2].lower()}",
                            f"{sei[2].lower()}{mei[2][0].lower()}{rng.randint(10, 99)}",
                            f"{mei[2].lower()}_{rng.randint(1980, 2005)}",
                            f"{sei[2][0].lower()}{mei[2].lower()}.{rng.choice(['work', 'job', 'mail', 'jp'])}"])
        dom = rng.choice(_FREE) if free else "example.jp"
        out.append(dict(
            sei=sei[0], mei=mei[0], ksei=sei[1], kmei=mei[1], rsei=sei[2], rmei=mei[2],
            sex=mei[3], name=f"{sei[0]} {mei[0]}", kana=f"{kata(sei[1])} {kata(mei[1])}",
            y=y, m=mo, d=d, age=2026 - y - (1 if (mo, d) > (10, 1) else 0),
            dob=f"{y}/{mo:02d}/{d:02d}",
            zip=f"{zipc}-{rng.randint(0, 9999):04d}", pref=pref, city=city,
            addr=f"{pref}{city}{town}{banchi}{rng.choice(_BLDG)}", city_only=f"{pref}{city}",
            mobile=mob, email=f"{local}@{dom}",
            staff=f"{rng.choice('HST')}{rng.randint(100000, 999999)}",
        ))
    return out


def contacts(seed: int, n: int, companies: list) -> list:
    """People at client companies (business contacts from the CRM)."""
    rng = random.Random(f"agy-crm-{seed}")
    depts = ["人事部", "総務部", "人事総務部 人材開発課", "経営企画室", "物流部", "営業本部", "製造部 生産管理課",
             "情報システム部", "経理部", "購買部", "人事部 採用グループ", "管理本部"]
    titles = ["部長", "課長", "係長", "主任", "担当", "マネージャー", "次長", "", "室長", "グループリーダー"]
    out = []
    for i, p in enumerate(people(seed, n, 1960, 1995)):
        comp, dom, tel = companies[i % len(companies)]
        direct = tel[:-4] + f"{rng.randint(1000, 9999)}"
        p = dict(p, company=comp, dept=rng.choice(depts), title=rng.choice(titles),
                 direct=direct, cmail=f"{p['rsei'].lower()}.{p['rmei'][0].lower()}@{dom}",
                 cmail2=f"{p['rmei'][0].lower()}-{p['rsei'].lower()}@{dom}")
        out.append(p)
    return out


CLIENTS = [
    ("川崎電機株式会社", "kawasaki-denki.co.jp", "044-522-3100"),
    ("青葉運輸株式会社", "aoba-unyu.co.jp", "022-261-4400"),
    ("株式会社さくらホテル", "sakura-hotel.jp", "03-3562-8800"),
    ("北国フーズ株式会社", "kitaguni-foods.co.jp", "011-741-2200"),
    ("東和精機株式会社", "towa-seiki.co.jp", "0463-55-1200"),
    ("丸岡化成株式会社", "maruoka-kasei.co.jp", "06-6311-5500"),
    ("港南メディカル株式会社", "konan-medical.co.jp", "045-832-7700"),
    ("北斗ソフトウェア株式会社", "hokuto-soft.jp", "03-5820-3300"),
    ("みどり銀行", "midori-ginko.co.jp", "03-3211-0100"),
    ("株式会社ツバサシステム", "tsubasa-system.jp", "03-6418-9900"),
]

# -- signatures of the senders (日の出産業) ---------------------------------------------

SIG = {
    "kurihara": """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人材サービス部 派遣課　栗原 誠（くりはら まこと）
〒105-0012 東京都港区芝大門2-5-8 日の出ビル7F
TEL 03-5401-7720（代表） FAX 03-5401-7721
携帯 080-4417-2286
kurihara@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━""",
    "ohno": """
--
日の出産業株式会社　人材サービス部 紹介課
リクルーティングアドバイザー
大野 沙耶 / Saya Ohno
TEL: 03-5401-7738（直通）
E-mail: ohno@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/recruit/
厚生労働大臣許可番号 13-ユ-308814 / 派13-317702""",
    "miyashita": """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 法人営業部 第一課
宮下 亮介
〒105-0012 東京都港区芝大門2-5-8
TEL:03-5401-7750 / Mobile:090-6612-4083
Mail:miyashita@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊""",
    "iwasaki": """
----------------------------------------
日の出産業（株） 法人営業部 営業企画グループ
岩崎 千夏（Chinatsu Iwasaki）
03-5401-7755 / iwasaki@hinode-sangyo.co.jp
----------------------------------------""",
    "katayama": """
==================================
日の出産業株式会社
人材サービス部 マネージャー
片山 健吾
TEL 03-5401-7730  FAX 03-5401-7721
katayama@hinode-sangyo.co.jp
==================================""",
    "hayakawa": """
――――――――――――――――――――――
日の出産業株式会社 人材サービス部
派遣コーディネーター　早川 梨沙
〒530-0001 大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル12F（大阪オフィス）
TEL 06-6343-2180
hayakawa@hinode-sangyo.co.jp
――――――――――――――――――――――""",
    "sugimoto": """
―――
日の出産業株式会社
人材サービス部 紹介課 キャリアアドバイザー
杉本 優（すぎもと ゆう）
TEL 03-5401-7739 ／ sugimoto@hinode-sangyo.co.jp""",
    "nishida": """
日の出産業株式会社
法人営業部 部長　西田 浩
〒105-0012 東京都港区芝大門2-5-8 日の出ビル
TEL 03-5401-7701（代表）
nishida@hinode-sangyo.co.jp""",
    "miura": """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　法人営業部 第二課
三浦 拓海（みうら たくみ）
TEL：03-5401-7752　携帯：070-3318-5540
miura@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿""",
    "mori": """
--
Kenji Mori
Global Recruiting, Human Resources Services Division
Hinode Sangyo Co., Ltd.
2-5-8 Shiba-Daimon, Minato-ku, Tokyo 105-0012, Japan
Tel: +81-3-5401-7742 | k.mori@hinode-sangyo.co.jp""",
}

DISC_JA = """
※本メールおよび添付ファイルには機密情報が含まれている場合があります。
※誤って受信された場合は、お手数ですが送信者までご連絡のうえ、削除をお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

S_KURIHARA = "栗原 誠 <kurihara@hinode-sangyo.co.jp>"
S_OHNO = "大野 沙耶 <ohno@hinode-sangyo.co.jp>"
S_MIYASHITA = "宮下 亮介 <miyashita@hinode-sangyo.co.jp>"
S_IWASAKI = "岩崎 千夏 <iwasaki@hinode-sangyo.co.jp>"
S_KATAYAMA = "片山 健吾 <katayama@hinode-sangyo.co.jp>"
S_HAYAKAWA = "早川 梨沙 <hayakawa@hinode-sangyo.co.jp>"
S_SUGIMOTO = "杉本 優 <sugimoto@hinode-sangyo.co.jp>"
S_NISHIDA = "西田 浩 <nishida@hinode-sangyo.co.jp>"
S_MIURA = "三浦 拓海 <miura@hinode-sangyo.co.jp>"
S_MORI = "Kenji Mori <k.mori@hinode-sangyo.co.jp>"

MESSAGES: list = []

# ---------------------------------------------------------------------------------------
# 001 CRM export to the CRM vendor (CSV, 30 client contacts)
_c001 = contacts(1, 30, CLIENTS[:8])
MESSAGES.append(dict(
    id="agy-001",
    sender=S_IWASAKI,
    to=["ツバサシステム 村瀬様 <murase@tsubasa-system.jp>"],
    cc=["宮下 亮介 <miyashita@hinode-sangyo.co.jp>"],
    subject="【CRM移行】担当者マスタ抽出データ送付の件",
    charset="iso-2022-jp",
    body="""株式会社ツバサシステム
村瀬様

いつもお世話になっております。日の出産業の岩崎です。

先日の定例でご依頼いただいた、現行顧客管理システムの「担当者マスタ」の
抽出データをお送りします。移行ツールの項目マッピング確認にお使いください。

・抽出条件：最終接触日が2025/04/01以降の担当者（全30件）
・文字コード：Shift_JIS、カンマ区切り
・「携帯」列は営業担当が名刺交換時に伺ったものです

項目の過不足がありましたらご指摘ください。
よろしくお願いいたします。
""" + SIG["iwasaki"],
    attachments=[{"kind": "csv", "name": "担当者マスタ_抽出_20261014.csv", "encoding": "cp932",
                  "rows": [["会社名", "部署", "役職", "氏名", "フリガナ", "直通TEL", "携帯", "E-mail", "最終接触日"]]
                  + [[p["company"], p["dept"], p["title"], p["name"], p["kana"], p["direct"], p["mobile"],
                      p["cmail"], f"2026/0{(i % 9) + 1}/{(i * 3) % 27 + 1:02d}"] for i, p in enumerate(_c001)]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CRM export of 30 client contacts (names, direct lines, mobiles, e-mails) in a CSV to the CRM vendor",
))

# 002 shortlist in the body, space-padded, six candidates to a client
_p002 = people(2, 6, 1980, 1998)
_rows002 = "\n".join(
    f"{i + 1:<3}{pad(p['name'], 14)}{p['age']:>3}歳  {pad(c, 22)}{s:>6}万円  {p['mobile']}  {p['email']}"
    for i, (p, c, s) in enumerate(zip(_p002,
                                      ["電子部品メーカー（品証）", "自動車部品Tier1（設計）", "半導体商社（FAE）",
                                       "精密機器（生産技術）", "家電メーカー（品証）", "制御機器（回路設計）"],
                                      [620, 580, 700, 540, 650, 600])))
MESSAGES.append(dict(
    id="agy-002",
    sender=S_OHNO,
    to=["川崎電機 人事部 採用G 小田切様 <otagiri@kawasaki-denki.co.jp>"],
    subject="品質保証エンジニア（川崎工場）ご推薦候補者のご連絡",
    charset="utf-8",
    body=f"""川崎電機株式会社
人事部 採用グループ
小田切様

いつも大変お世話になっております。
日の出産業 人材サービス部の大野でございます。

先日ご依頼いただきました品質保証エンジニア（川崎工場）のポジションにつきまして、
弊社データベースより以下6名をご推薦いたします。
面接をご希望の方がいらっしゃいましたら、直接ご連絡いただいても構いません。

No 氏名          年齢  現職                    現年収    携帯           メール
-------------------------------------------------------------------------------------------------------
{_rows002}

各候補者の職務経歴書は、面接確定後に改めてお送りいたします。
何卒よろしくお願い申し上げます。
""" + SIG["ohno"],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="space-padded shortlist of 6 candidates with mobiles and private e-mails to a client",
))

# 003 reply: the client quoted our shortlist; our new text only confirms -> pass
_q003 = "\n".join(f"> {i + 1:<3}{pad(p['name'], 14)}{p['age']:>3}歳  {p['mobile']}  {p['email']}"
                  for i, p in enumerate(_p002))
MESSAGES.append(dict(
    id="agy-003",
    sender=S_OHNO,
    to=["小田切 智子 <otagiri@kawasaki-denki.co.jp>"],
    subject="Re: 品質保証エンジニア（川崎工場）ご推薦候補者のご連絡",
    charset="iso-2022-jp",
    body="""小田切様

ご確認いただきありがとうございます。大野です。
No.2とNo.5の方について、10/21（水）午後で面接日程を調整いたします。
候補日が固まり次第、改めてご連絡いたします。

引き続きよろしくお願いいたします。

大野

小田切 智子 wrote:
> 大野様
>
> ご推薦ありがとうございます。部内で確認し、No.2とNo.5の方に
> お会いしたいと考えております。日程調整をお願いできますでしょうか。
>
> 川崎電機 人事部 小田切
>
> ----- 元のメッセージ -----
> 先日ご依頼いただきました品質保証エンジニア（川崎工場）のポジションにつきまして、
> 弊社データベースより以下6名をご推薦いたします。
>
""" + _q003 + """
>
> 大野 沙耶 / 日の出産業株式会社
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-candidate list sits only in the quoted part of the client's reply; new text has no personal data",
))

# 004 temp roster to a warehouse, tab-separated, no name column
_p004 = people(4, 7, 1975, 2004)
MESSAGES.append(dict(
    id="agy-004",
    sender=S_KURIHARA,
    to=["青葉運輸 仙台物流センター 庄司様 <shoji.k@aoba-unyu.co.jp>"],
    subject="11月度 派遣スタッフ配置表（仙台物流センター）",
    charset="cp932",
    body="""青葉運輸株式会社
仙台物流センター　庄司様

お世話になっております。日の出産業の栗原です。
11/2（月）から配置予定のスタッフ一覧をお送りします。
氏名は個人情報のため伏せ、スタッフIDでの記載としております。
入館証の発行時はIDでご照合ください。

スタッフID\t性別\t生年月日\t携帯\t最寄駅\t勤務帯
""" + "\n".join(f"{p['staff']}\t{'男' if p['sex'] == 'M' else '女'}\t{p['dob']}\t{p['mobile']}\t"
                  f"{st}\t{sh}" for p, st, sh in zip(_p004, ["長町", "泉中央", "北四番丁", "卸町", "長町南", "六丁の目", "岩切"],
                                                     ["日勤", "日勤", "夜勤", "日勤", "夜勤", "日勤", "日勤"])) + """

初日は8:30に正面入口の守衛室前へ集合させます。
ご不明点はお気軽にどうぞ。
""" + SIG["kurihara"],
    expect="stop",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated roster of 7 temps without a name column (ID, DOB, mobile) to the client site",
))

# 005 background check with a criminal record, one candidate, prose
MESSAGES.append(dict(
    id="agy-005",
    sender=S_SUGIMOTO,
    to=["さくらホテル 人事部 江藤様 <eto@sakura-hotel.jp>"],
    subject="経理マネージャー候補 漆原様 バックグラウンドチェック結果のご報告",
    charset="iso-2022-jp",
    body="""株式会社さくらホテル
人事部 江藤様

いつもお世話になっております。日の出産業の杉本です。

ご依頼いただいておりました経理マネージャー候補・漆原 慎吾様（1982年7月14日生）の
バックグラウンドチェックが完了しましたので、概要をご報告いたします。

【学歴・職歴】申告内容と相違なし
【破産歴】なし
【犯罪歴】2019年に道路交通法違反（酒気帯び運転）により罰金刑の記録あり。
　　　　　ご本人に確認したところ事実であり、以後運転は控えているとのことです。
【反社会的勢力との関係】該当なし

詳細な報告書は調査会社より別途郵送されます。
採否のご判断にあたりご不明な点があればお知らせください。
""" + SIG["sugimoto"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="criminal record (要配慮) of a named candidate in prose to the client",
))

# 006 org chart of a client, names and titles only -> pass
MESSAGES.append(dict(
    id="agy-006",
    sender=S_MIURA,
    to=["北国フーズ 総務部 今泉様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="ご担当体制のご確認（弊社社内共有用）",
    charset="utf-8",
    body="""北国フーズ株式会社
総務部 今泉様

お世話になっております。日の出産業の三浦です。
先日はお時間をいただきありがとうございました。

弊社内で御社のご担当体制を共有するにあたり、以下のように理解しております。
相違がございましたらご指摘いただけますと幸いです。

代表取締役社長　北村 泰造 様
 └ 管理本部 本部長　相馬 隆 様
    ├ 総務部 部長　宍戸 恵子 様
    │   └ 総務課 課長　今泉 直樹 様（窓口）
    ├ 人事部 部長　桑原 圭介 様
    │   └ 採用課 係長　舘野 美咲 様
    └ 経理部 部長　柳田 修 様
 └ 生産本部 札幌第二工場 工場長　千葉 俊介 様
        └ 製造課 課長　鬼塚 拓也 様（派遣先責任者）

ご多用のところ恐縮ですが、よろしくお願いいたします。
""" + SIG["miura"],
    expect="pass",
    entities=[],
    detectors=[],
    note="client org chart with names and titles only, sent back to the same client: no personal data",
))

# 007 look-alike domain (tsubasa-sytem.jp), harmless content
MESSAGES.append(dict(
    id="agy-007",
    sender=S_MIYASHITA,
    to=["田村 様 <tamura@tsubasa-sytem.jp>"],
    subject="Re: 次回定例の日程について",
    charset="iso-2022-jp",
    body="""田村様

お世話になっております。日の出産業の宮下です。
次回定例ですが、10/28（水）15:00〜16:00で問題ございません。
場所は前回同様、御社五反田オフィスの会議室でお願いできますでしょうか。

議題は以下を想定しております。
１．CRM移行スケジュールの再確認
２．名刺データ取込機能のデモ
３．見積（No. TS-2026-0418）の件

よろしくお願いいたします。
""" + SIG["miyashita"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a one-letter typo of partner tsubasa-system.jp",
))

# 008 timesheet xlsx, 9 temps, to the client factory
_p008 = people(8, 9, 1970, 2004)
MESSAGES.append(dict(
    id="agy-008",
    sender=S_HAYAKAWA,
    to=["鬼塚 拓也 <onizuka@kitaguni-foods.co.jp>"],
    subject="【ご確認依頼】10月度 勤務実績表（札幌第二工場）",
    charset="utf-8",
    body="""北国フーズ株式会社 札幌第二工場
製造課 鬼塚様

いつもお世話になっております。日の出産業の早川です。
10月度の勤務実績表を添付いたします。
内容をご確認のうえ、11/5（木）までに承認のご返信をお願いいたします。
（請求書は承認後に発行いたします）

何卒よろしくお願いいたします。
""" + SIG["hayakawa"],
    attachments=[{"kind": "xlsx", "name": "勤務実績表_2026年10月_札幌第二工場.xlsx",
                  "sheets": {"10月度": [["勤務実績表（2026年10月度）　派遣先：北国フーズ株式会社 札幌第二工場"], [],
                                       ["スタッフNo", "氏名", "勤務日数", "総労働時間", "うち残業", "深夜", "時給(円)"]]
                             + [[p["staff"], p["name"], 18 + i % 4, 144 + i * 3.5, i * 1.5, (i % 3) * 8, 1250 + (i % 3) * 50]
                                for i, p in enumerate(_p008)],
                             "集計": [["区分", "人数", "総時間"], ["日勤", 6, 1010.5], ["夜勤", 3, 492.0]]}}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="timesheet XLSX of 9 named temps (hours, overtime, wage) to the client: list of 5+ people's records",
))

# 009 one candidate's CV (DOCX) to a client -> pass (warn)
_p009 = people(9, 1, 1985, 1992)[0]
MESSAGES.append(dict(
    id="agy-009",
    sender=S_SUGIMOTO,
    to=["東和精機 人事課 一ノ瀬様 <ichinose@towa-seiki.co.jp>"],
    subject="生産管理職 ご推薦（1名）",
    charset="cp932",
    body=f"""東和精機株式会社
人事課 一ノ瀬様

お世話になっております。日の出産業 紹介課の杉本です。
生産管理職の求人につきまして、{_p009['sei']}様をご推薦いたします。
職務経歴書を添付いたしますので、書類選考をお願いいたします。

・現職：精密部品メーカーにて生産管理（8年）
・希望年収：550万円〜
・入社可能時期：2027年1月

ご検討のほど、よろしくお願い申し上げます。
""" + SIG["sugimoto"],
    attachments=[{"kind": "docx", "name": f"職務経歴書_{_p009['sei']}.docx", "title": "職務経歴書",
                  "paragraphs": ["職務経歴書", "2026年10月12日現在",
                                 f"氏名　{_p009['name']}（{_p009['kana']}）",
                                 f"生年月日　{wareki(_p009['y'], _p009['m'], _p009['d'])}",
                                 f"現住所　〒{_p009['zip']} {_p009['addr']}",
                                 f"電話　{_p009['mobile']}　E-mail　{_p009['email']}",
                                 "■職務要約",
                                 "精密部品メーカーにて生産計画の立案、資材所要量計算、外注先の納期管理を担当。",
                                 "■資格　日商簿記2級、生産管理プランニング2級"],
                  "tables": [[["期間", "会社名", "業務内容"],
                              ["2012年4月〜2018年3月", "株式会社三ツ星精工", "製造・工程管理"],
                              ["2018年4月〜現在", "ミナト精密株式会社", "生産管理・外注管理"]]]}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one candidate's CV to the client: one person's record may be warned, not held",
))

# 010 seminar invitation with three client companies visible in To
MESSAGES.append(dict(
    id="agy-010",
    sender=S_NISHIDA,
    to=["川崎電機 人事部長 黒岩様 <kuroiwa@kawasaki-denki.co.jp>",
        "東和精機 管理部長 大河内様 <okochi@towa-seiki.co.jp>",
        "丸岡化成 人事総務部 桜井様 <sakurai@maruoka-kasei.co.jp>"],
    subject="【ご案内】人事ご担当者様向けセミナー「改正派遣法と同一労働同一賃金の実務」",
    charset="iso-2022-jp",
    body="""人事ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 法人営業部の西田でございます。

このたび、お取引先の人事ご担当者様を対象に、下記のセミナーを開催いたします。
ご多忙の折とは存じますが、ぜひご参加をご検討ください。

　日時：2026年11月18日（水）14:00〜16:30
　会場：日の出ビル 10F 大会議室（東京都港区芝大門2-5-8）
　講師：白川法律事務所 弁護士 白川 透 氏
　定員：40名（先着順）
　参加費：無料

お申込みは11月6日（金）までに、本メールへのご返信にてお願いいたします。
""" + SIG["nishida"],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three client companies in To can see each other: should have been Bcc",
))

# 011 the same kind of announcement sent properly via Bcc -> pass
MESSAGES.append(dict(
    id="agy-011",
    sender=S_IWASAKI,
    to=["日の出産業 法人営業部 <sales@hinode-sangyo.co.jp>"],
    bcc=["kuroiwa@kawasaki-denki.co.jp", "okochi@towa-seiki.co.jp", "sakurai@maruoka-kasei.co.jp",
         "t.higa@konan-medical.co.jp", "hr@hokuto-soft.jp", "jinji@aoba-unyu.co.jp"],
    subject="年末年始の営業日のお知らせ",
    charset="iso-2022-jp",
    body="""お取引先各位

（本メールはBCCにて一斉送信しております）

平素は格別のお引き立てを賜り、誠にありがとうございます。
誠に勝手ながら、弊社の年末年始の営業日を下記のとおりとさせていただきます。

　休業期間：2026年12月29日（火）〜2027年1月4日（月）
　営業開始：2027年1月5日（火）9:00〜

休業期間中の派遣スタッフの緊急連絡は、従来どおり緊急窓口（0120-558-210）にて
24時間承っております。

今後とも変わらぬご愛顧のほど、よろしくお願い申し上げます。
""" + SIG["iwasaki"],
    expect="pass",
    entities=[],
    detectors=[],
    note="announcement to six clients correctly in Bcc; To is internal; a freephone number only",
))

# 012 group interview notice with four free-mail candidates in To
MESSAGES.append(dict(
    id="agy-012",
    sender=S_HAYAKAWA,
    to=["ikeda.misaki0611@gmail.com", "ryo_kuwabara@yahoo.co.jp",
        "saori.t.work@icloud.com", "higa-kenta@docomo.ne.jp"],
    subject="【日の出産業】ホテル宴会スタッフ 合同説明会のご案内（10/24）",
    charset="utf-8",
    body="""ご登録者様

このたびは日の出産業の派遣スタッフ募集にご応募いただき、ありがとうございます。
大阪オフィスの早川です。

ホテル宴会スタッフのお仕事について、下記のとおり合同説明会を行います。

　日時：10月24日（土）13:30〜15:00
　場所：日の出産業 大阪オフィス（大阪駅前第4ビル12F）
　持ち物：筆記用具、本人確認書類

ご都合が悪い場合は、前日までにご連絡ください。
当日お会いできるのを楽しみにしております。
""" + SIG["hayakawa"],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private persons on free mail can see each other's addresses in To",
))

# 013 forward of an agency's shortlist (attached .eml) to a client
_p013 = people(13, 5, 1978, 1996)
MESSAGES.append(dict(
    id="agy-013",
    sender=S_OHNO,
    to=["ツバサシステム 人事 坂口様 <sakaguchi@tsubasa-system.jp>"],
    subject="FW: インフラエンジニア候補者のご紹介（キャリアブリッジ）",
    charset="iso-2022-jp",
    body="""坂口様

お世話になっております。日の出産業の大野です。
提携エージェントのキャリアブリッジ社から、インフラエンジニアの候補者情報が届きましたので、
元のメールのまま転送いたします（添付のメールをご覧ください）。

気になる方がいらっしゃいましたらお知らせください。面接調整は弊社で行います。

大野
""",
    attachments=[{"kind": "eml", "name": "候補者のご紹介_キャリアブリッジ.eml", "message": dict(
        sender="キャリアブリッジ 長尾 <nagao@careerbridge.co.jp>",
        to=["大野 沙耶 <ohno@hinode-sangyo.co.jp>"],
        subject="インフラエンジニア候補者のご紹介",
        charset="iso-2022-jp",
        body="""日の出産業株式会社
大野様

いつもお世話になっております。キャリアブリッジの長尾です。
ご依頼のインフラエンジニア案件について、候補者5名をご紹介いたします。

""" + "\n".join(f"【{i + 1}】{p['name']}（{p['age']}歳）\n　経験：{e}\n　連絡先：{p['mobile']} / {p['email']}\n"
                  for i, (p, e) in enumerate(zip(_p013, ["AWS設計構築 6年", "ネットワーク運用 10年", "VMware・Linux 8年",
                                                         "Azure移行 4年", "データセンター運用 12年"]))) + """
ご確認のほどよろしくお願いいたします。

キャリアブリッジ株式会社　長尾 剛
""")}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded agency mail (attached .eml) with 5 candidates' mobiles and e-mails: a forward is new text to the client",
))

# 014 HTML-only mail, table of 8 temps for a banquet
_p014 = people(14, 8, 1990, 2005)
MESSAGES.append(dict(
    id="agy-014",
    sender=S_HAYAKAWA,
    to=["さくらホテル 宴会部 西岡様 <nishioka@sakura-hotel.jp>"],
    subject="11/7 宴会（鳳凰の間）派遣スタッフ名簿",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社さくらホテル<br>宴会部 西岡様</p>
<p>いつもお世話になっております。日の出産業の早川です。<br>
11/7（土）鳳凰の間の婚礼披露宴にお伺いするスタッフをお知らせいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>氏名</th><th>フリガナ</th><th>携帯電話</th><th>経験</th><th>集合</th></tr>
""" + "\n".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{p['mobile']}</td>"
                  f"<td>{['リーダー', '経験2年', '経験1年', '未経験', '経験3年', '経験半年', '経験1年', '経験5年'][i]}</td><td>15:00</td></tr>"
                  for i, p in enumerate(_p014)) + """
</table>
<p>制服は各自持参いたします。当日の緊急連絡は早川（06-6343-2180）までお願いいたします。</p>
<p>――――――――――<br>日の出産業株式会社 人材サービス部<br>派遣コーディネーター 早川 梨沙</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 8 temps' names, kana and mobiles to the hotel",
))

# 015 meeting notes naming people, no personal data -> pass
MESSAGES.append(dict(
    id="agy-015",
    sender=S_MIYASHITA,
    to=["青葉運輸 物流部 相馬様 <soma@aoba-unyu.co.jp>"],
    cc=["青葉運輸 人事部 舘野様 <tateno@aoba-unyu.co.jp>", "栗原 誠 <kurihara@hinode-sangyo.co.jp>"],
    subject="10/15 お打合せ議事録（繁忙期の人員増強について）",
    charset="cp932",
    body="""青葉運輸株式会社
物流部 相馬様

本日はお時間をいただき、ありがとうございました。
打合せの議事録をお送りします。ご確認ください。

■日時　2026年10月15日（木）10:00〜11:30
■場所　青葉運輸様 本社3F会議室
■出席者（敬称略）
　青葉運輸：相馬（物流部 部長）、舘野（人事部 課長）、比嘉（仙台物流センター長）
　日の出産業：宮下、栗原

■決定事項
　1. 11月〜12月の繁忙期に、仙台物流センターへ派遣スタッフを15名増員する。
　2. 夜勤帯は経験者優先とし、比嘉センター長が最終面談を行う。
　3. 単価は既存契約（No.AU-2025-031）の条件を準用する。

■宿題事項
　・日の出産業：候補者の確保状況を10/22までに報告（担当：栗原）
　・青葉運輸：入館手続きの簡素化を検討（担当：舘野課長）

以上、よろしくお願いいたします。
""" + SIG["miyashita"],
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting minutes naming attendees by name and title only, to one client",
))

# 016 PDF shortlist, 5 candidates with Japanese-era DOB, to a bank client
_p016 = people(16, 5, 1970, 1999)
MESSAGES.append(dict(
    id="agy-016",
    sender=S_KATAYAMA,
    to=["みどり銀行 人事部 東海林様 <shoji.m@midori-ginko.co.jp>"],
    subject="紹介予定派遣（窓口事務）候補者一覧の送付",
    charset="iso-2022-jp",
    body="""みどり銀行
人事部 東海林様

いつもお世話になっております。日の出産業の片山でございます。
紹介予定派遣（窓口事務）の候補者一覧をPDFにてお送りいたします。
いずれも金融機関での就業経験があり、11月中の就業開始が可能です。

ご確認のほど、よろしくお願い申し上げます。
""" + SIG["katayama"],
    attachments=[{"kind": "pdf", "name": "候補者一覧_窓口事務.pdf",
                  "lines": ["紹介予定派遣　候補者一覧（窓口事務）", "作成：日の出産業株式会社 人材サービス部　2026年10月", ""],
                  "table": [["No", "氏名", "生年月日", "最寄駅", "金融経験", "電話番号"]]
                  + [[str(i + 1), p["name"], wareki(p["y"], p["m"], p["d"], 1), st, ex, p["mobile"]]
                     for i, (p, st, ex) in enumerate(zip(_p016, ["大宮", "新小岩", "武蔵小杉", "西船橋", "三鷹"],
                                                         ["信金窓口5年", "銀行後方事務3年", "証券事務7年", "銀行窓口2年", "生保事務4年"]))]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 5 candidates with 和暦 dates of birth and phone numbers to the client",
))

# 017 ZIP of five CV DOCX files
_p017 = people(17, 5, 1980, 1997)


def _cv(p, job):
    return {"kind": "docx", "name": f"履歴書_{p['rsei']}.docx",
            "paragraphs": ["履　歴　書", f"ふりがな　{p['ksei']} {p['kmei']}", f"氏　名　{p['name']}",
                           f"生年月日　{p['y']}年{p['m']}月{p['d']}日生（満{p['age']}歳）",
                           f"現住所　〒{p['zip']}　{p['addr']}", f"携帯電話　{p['mobile']}", f"E-mail　{p['email']}",
                           f"希望職種　{job}"]}


MESSAGES.append(dict(
    id="agy-017",
    sender=S_SUGIMOTO,
    to=["川崎電機 人事部 黒岩様 <kuroiwa@kawasaki-denki.co.jp>"],
    subject="組込みソフトエンジニア 応募書類一式（5名分）",
    charset="utf-8",
    body="""黒岩様

お世話になっております。日の出産業の杉本です。
組込みソフトエンジニアの応募者5名分の履歴書をZIPにまとめてお送りします。
書類選考結果は10/30までにいただけますと助かります。

よろしくお願いいたします。
""" + SIG["sugimoto"],
    attachments=[{"kind": "zip", "name": "応募書類_組込みソフト_5名.zip",
                  "files": [_cv(p, "組込みソフトウェア開発") for p in _p017]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP of five CVs (one person each): five people's records in the attachments",
))

# 018 PPAP: password-protected ZIP
MESSAGES.append(dict(
    id="agy-018",
    sender=S_KATAYAMA,
    to=["港南メディカル 総務部 比嘉様 <t.higa@konan-medical.co.jp>"],
    subject="医療事務スタッフ 候補者資料（パスワード付）",
    charset="cp932",
    body="""港南メディカル株式会社
総務部 比嘉様

お世話になっております。日の出産業の片山です。
医療事務スタッフの候補者資料をお送りいたします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG["katayama"],
    attachments=[{"kind": "zip", "name": "候補者資料_20261016.zip", "password": "Kn#2026-1016",
                  "files": [{"kind": "xlsx", "name": "候補者一覧.xlsx",
                             "sheets": {"一覧": [["氏名", "生年月日", "電話"]]
                                        + [[p["name"], p["dob"], p["mobile"]] for p in people(18, 6)]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
))

# 019 the password mail that follows -> pass
MESSAGES.append(dict(
    id="agy-019",
    sender=S_KATAYAMA,
    to=["港南メディカル 総務部 比嘉様 <t.higa@konan-medical.co.jp>"],
    subject="【パスワード】医療事務スタッフ 候補者資料",
    charset="iso-2022-jp",
    body="""比嘉様

先ほどお送りした「候補者資料_20261016.zip」のパスワードをお知らせします。

　Kn#2026-1016

よろしくお願いいたします。
日の出産業 片山
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the separate password mail carries no personal data and no attachment",
))

# 020 password-protected PDF (background check report)
MESSAGES.append(dict(
    id="agy-020",
    sender=S_SUGIMOTO,
    to=["北斗ソフトウェア 人事 蒲生様 <gamo@hokuto-soft.jp>"],
    subject="リファレンス・経歴調査報告書（暗号化PDF）",
    charset="utf-8",
    body="""北斗ソフトウェア株式会社
蒲生様

お世話になっております。日の出産業の杉本です。
ご依頼の経歴調査報告書を暗号化PDFにてお送りします。
開封パスワードはお電話でお伝えいたします。

よろしくお願いいたします。
""" + SIG["sugimoto"],
    attachments=[{"kind": "pdf", "name": "経歴調査報告書_2026-10.pdf", "password": "hokuto1016",
                  "lines": ["経歴調査報告書", "対象者：我妻 結衣", "職歴照会：相違なし", "犯罪歴：なし"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted PDF attachment cannot be inspected",
))

# 021 corrupt XLSX roster
MESSAGES.append(dict(
    id="agy-021",
    sender=S_KURIHARA,
    to=["丸岡化成 堺工場 総務 四十物様 <aimono@maruoka-kasei.co.jp>"],
    subject="11月 派遣スタッフ名簿（更新版）",
    charset="cp932",
    body="""丸岡化成株式会社 堺工場
総務課 四十物様

お世話になっております。日の出産業の栗原です。
11月から就業するスタッフを反映した名簿を添付いたします。
先月分からの変更箇所は黄色で塗っております。

よろしくお願いいたします。
""" + SIG["kurihara"],
    attachments=[{"kind": "corrupt", "name": "派遣スタッフ名簿_11月_堺工場.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the roster workbook is damaged and cannot be read",
))

# 022 English mail to a foreign partner with a confidentiality notice -> pass
MESSAGES.append(dict(
    id="agy-022",
    sender=S_MORI,
    to=["Rachel Tan <rachel.tan@lioncitytalent.com.sg>"],
    subject="Referral fee terms for 2027",
    charset="utf-8",
    body="""Dear Rachel,

Thank you for the call yesterday. As discussed, we would like to keep the referral
fee at 30% of the first-year base salary for permanent placements in Japan, and move
to 25% for roles below JPY 6 million. The guarantee period stays at 90 days.

Could you send us your mark-up of the agreement by 6 November? Our legal counsel at
Shirakawa Law Office will review it, and we can sign both the agreement and the NDA
in the same round.

Best regards,
""" + SIG["mori"] + """

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information intended solely for the addressee. If you are not the intended recipient,
please notify the sender immediately and delete this e-mail.""",
    expect="pass",
    entities=[],
    detectors=[],
    note="commercial terms with a foreign partner; only a standard confidentiality disclaimer",
))

# 023 社外秘 only in the header of an attached DOCX proposal
MESSAGES.append(dict(
    id="agy-023",
    sender=S_NISHIDA,
    to=["みどり銀行 事務企画部 釘宮様 <kugimiya@midori-ginko.co.jp>"],
    subject="ご提案書送付：事務センター人員体制の最適化について",
    charset="iso-2022-jp",
    body="""みどり銀行
事務企画部 釘宮様

平素より大変お世話になっております。日の出産業の西田でございます。
先日お話しいただいた事務センターの人員体制について、
ご提案書を作成いたしましたのでお送りいたします。

ご多忙のところ恐縮ですが、ご高覧いただけますと幸いです。
""" + SIG["nishida"],
    attachments=[{"kind": "docx", "name": "ご提案書_事務センター人員体制.docx", "page_header": "社外秘",
                  "title": "事務センター人員体制の最適化",
                  "paragraphs": ["事務センター人員体制の最適化に関するご提案", "2026年10月　日の出産業株式会社",
                                 "1. 現状の課題：月末月初の処理量に対し、固定人員で対応しているため残業が集中している。",
                                 "2. ご提案：繁閑に応じた派遣スタッフの段階的配置（最大12名）と、業務マニュアルの整備。",
                                 "3. 期待効果：残業時間の30%削減、品質指標の安定化。",
                                 "4. 費用概算：別紙お見積りのとおり。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached proposal carries a 社外秘 stamp in its page header only",
))

# 024 reply thread: new text adds a visitor list of 5 with mobiles
_p024 = people(24, 5, 1985, 2000)
MESSAGES.append(dict(
    id="agy-024",
    sender=S_OHNO,
    to=["北斗ソフトウェア 総務 受付ご担当 <soumu@hokuto-soft.jp>"],
    cc=["蒲生 様 <gamo@hokuto-soft.jp>"],
    subject="Re: Re: 10/29 二次面接 来社者のご連絡について",
    charset="utf-8",
    body="""北斗ソフトウェア 総務ご担当者様

お世話になっております。日の出産業の大野です。
入館登録のため来社者の情報が必要とのこと、承知しました。
10/29（木）二次面接の来社予定者は以下のとおりです。

・10:00　""" + f"{_p024[0]['name']}様　携帯 {_p024[0]['mobile']}" + """
・11:00　""" + f"{_p024[1]['name']}様　携帯 {_p024[1]['mobile']}" + """
・13:30　""" + f"{_p024[2]['name']}様　携帯 {_p024[2]['mobile']}" + """
・14:30　""" + f"{_p024[3]['name']}様　携帯 {_p024[3]['mobile']}" + """
・16:00　""" + f"{_p024[4]['name']}様　携帯 {_p024[4]['mobile']}" + """

当日遅れる場合はご本人から直接ご連絡が入るかと思います。
よろしくお願いいたします。

大野

-----Original Message-----
From: 蒲生 <gamo@hokuto-soft.jp>
Sent: Tuesday, October 20, 2026 6:12 PM
To: 大野 沙耶 <ohno@hinode-sangyo.co.jp>
Cc: soumu@hokuto-soft.jp
Subject: Re: 10/29 二次面接 来社者のご連絡について

大野様

二次面接の日程確定ありがとうございます。
当社ビルは事前の入館登録が必要ですので、来社される方のお名前と
当日連絡のつく電話番号を総務宛にお知らせいただけますでしょうか。

北斗ソフトウェア 蒲生
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="the new text of a reply lists 5 candidates with their mobiles (the quoted part has none)",
))

# 025 quoted reference check with health info; the new text only thanks -> pass
MESSAGES.append(dict(
    id="agy-025",
    sender=S_SUGIMOTO,
    to=["リスクチェックジャパン 調査部 野々村様 <nonomura@riskcheck-japan.co.jp>"],
    subject="RE: リファレンスチェック結果（候補者No.2026-118）",
    charset="cp932",
    body="""野々村様

ご報告ありがとうございました。杉本です。
内容を拝見しました。こちらでクライアントへの伝え方を検討し、
必要があれば改めてご相談させてください。

取り急ぎ御礼まで。

-----Original Message-----
From: 野々村 誠二 [mailto:nonomura@riskcheck-japan.co.jp]
Sent: Wednesday, October 21, 2026 11:40 AM
To: 杉本 優
Subject: リファレンスチェック結果（候補者No.2026-118）

杉本様

候補者No.2026-118（相馬 千尋様）のリファレンスチェック結果です。

・前職上司（株式会社ノースウインド 営業部長）より聴取
・勤務態度：真面目で顧客からの評価も高い
・退職理由：2025年にうつ病で約4か月休職し、復職後に業務量の調整が難しく退職
・再雇用の意向：条件が合えばあり

以上、ご確認ください。
リスクチェックジャパン 野々村
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the health information sits only in the quoted mail from the vendor who wrote it; new text is a thank-you",
))

# 026 eight business cards as OCR text to a data entry vendor
_c026 = contacts(26, 8, CLIENTS)
_cards026 = []
for i, p in enumerate(_c026):
    lay = i % 3
    if lay == 0:
        _cards026.append(f"""[{i + 1:02d}.jpg]
{p['company']}
{p['dept']} {p['title']}
{p['name']}
{p['kana']}
TEL {p['direct']}  携帯 {p['mobile']}
{p['cmail']}""")
    elif lay == 1:
        _cards026.append(f"""[{i + 1:02d}.jpg]
{p['rmei']} {p['rsei'].upper()}
{p['company']}  {p['dept']}
{p['title']}　{p['sei']}{p['mei']}
Direct: {p['direct']} / Mobile: {p['mobile']}
E-mail: {p['cmail2']}""")
    else:
        _cards026.append(f"""[{i + 1:02d}.jpg]
{p['dept']}
{p['sei']}　{p['mei']}（{p['title'] or '担当'}）
{p['company']}
直通 {zen(p['direct'])}
携帯 {zen(p['mobile'])}
{p['cmail']}""")
MESSAGES.append(dict(
    id="agy-026",
    sender=S_IWASAKI,
    to=["データプラス 入力センター 小池様 <koike@dataplus-bpo.co.jp>"],
    subject="名刺データ入力 追加分（8枚）",
    charset="utf-8",
    body="""データプラス株式会社
入力センター 小池様

いつもお世話になっております。日の出産業の岩崎です。
展示会で交換した名刺の追加分です。スキャン画像のOCR結果を貼り付けますので、
誤読箇所を画像と照合のうえ、いつものフォーマットで入力をお願いします。
（画像は共有フォルダの「2026-10_追加」に置いております）

""" + "\n\n".join(_cards026) + """

納期は10/27（火）でお願いできれば幸いです。
""" + SIG["iwasaki"],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="OCR text of 8 business cards (names, direct lines, mobiles, e-mails) to a data entry vendor",
))

# 027 one business card passed on to a partner -> pass (warn)
MESSAGES.append(dict(
    id="agy-027",
    sender=S_MIYASHITA,
    to=["ツバサシステム 営業部 村瀬様 <murase@tsubasa-system.jp>"],
    subject="ご紹介：丸岡化成様 情報システム部のご担当者",
    charset="iso-2022-jp",
    body="""村瀬様

お世話になっております。日の出産業の宮下です。
先日お話しした丸岡化成様の件、情報システム部のご担当者をご紹介いたします。
ご本人には村瀬様からご連絡が入る旨、了承いただいております。

　丸岡化成株式会社 情報システム部 課長
　鰐淵 昌平 様
　直通：06-6311-5528　携帯：080-2291-7046
　Mail：wanibuchi.s@maruoka-kasei.co.jp

基幹システム更改の検討が来期から始まるとのことです。
よろしくお願いいたします。
""" + SIG["miyashita"],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one client contact's card details introduced to a partner: one person, may warn",
))

# 028 residence card number of a foreign candidate
MESSAGES.append(dict(
    id="agy-028",
    sender=S_KURIHARA,
    to=["東和精機 総務課 小比類巻様 <kohiruimaki@towa-seiki.co.jp>"],
    subject="就労資格の確認について（グエン様）",
    charset="cp932",
    body="""東和精機株式会社
総務課 小比類巻様

お世話になっております。日の出産業の栗原です。
来週から就業予定のグエン・ヴァン・ナム様の在留資格について、
ご依頼のとおり在留カードの内容を確認しましたのでお知らせします。

　氏名：NGUYEN VAN NAM
　在留カード番号：UH48213375EA
　在留資格：技術・人文知識・国際業務
　在留期間（満了日）：2028年3月14日
　就労制限の有無：在留資格に基づく就労活動のみ可

原本は弊社で確認済みです。よろしくお願いいたします。
""" + SIG["kurihara"],
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a residence card number (在留カード) of one temp to the client",
))

# 029 basic pension numbers of three temps to the labour consultant
_p029 = people(29, 3, 1975, 2000)
MESSAGES.append(dict(
    id="agy-029",
    sender=S_KURIHARA,
    to=["みなと社労士事務所 渡部様 <watabe@minato-sr.jp>"],
    subject="社会保険 資格取得届の作成依頼（11/1入社 3名）",
    charset="iso-2022-jp",
    body="""みなと社労士事務所
渡部先生

いつもお世話になっております。日の出産業の栗原です。
11/1付で雇用する派遣スタッフ3名の資格取得届の作成をお願いいたします。

""" + "\n".join(f"{i + 1}）{p['name']}（{p['kana']}）\n　　生年月日：{wareki(p['y'], p['m'], p['d'])}\n"
                  f"　　基礎年金番号：{n}\n　　報酬月額：{r}円"
                  for i, (p, n, r) in enumerate(zip(_p029, ["4102-538217", "1058-663094", "3391-207745"],
                                                    ["238,000", "215,000", "262,000"]))) + """

扶養家族はいずれもなしです。
ご不明点があればご連絡ください。
""" + SIG["kurihara"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="basic pension numbers (基礎年金番号) of three temps to an external 社労士 office",
))

# 030 My Numbers of two temps to the payroll outsourcer
_p030 = people(30, 2, 1980, 1999)
MESSAGES.append(dict(
    id="agy-030",
    sender=S_KURIHARA,
    to=["ペイロールサポート 給与計算チーム <payroll-team@payroll-support.co.jp>"],
    subject="新規スタッフ2名 個人番号のご連絡",
    charset="utf-8",
    body=f"""ペイロールサポート株式会社
給与計算チーム ご担当者様

お世話になっております。日の出産業の栗原です。
10月入社スタッフの源泉徴収事務用に、個人番号をお知らせします。

スタッフNo {_p030[0]['staff']}　{_p030[0]['name']}　個人番号 {my_number(3001)}
スタッフNo {_p030[1]['staff']}　{_p030[1]['name']}　個人番号 {my_number(3002)}

本人確認書類の写しは弊社で保管しております。
よろしくお願いいたします。
""" + SIG["kurihara"],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="My Numbers of two temps in the body to an external payroll vendor",
))

# 031 epilepsy of a temp, in prose, to the client site
MESSAGES.append(dict(
    id="agy-031",
    sender=S_HAYAKAWA,
    to=["丸岡化成 堺工場 製造課 城之内様 <jonouchi@maruoka-kasei.co.jp>"],
    subject="来週から就業の九十九さんについて（ご配慮のお願い）",
    charset="cp932",
    body="""城之内様

お世話になっております。日の出産業の早川です。
来週月曜から検査工程に入る九十九 奈々さんについて、事前にお伝えしておきたいことがあります。

ご本人の了承を得たうえでのご連絡ですが、九十九さんはてんかんの持病があり、
服薬で発作はコントロールできているものの、高所作業やフォークリフトの運転は
主治医から控えるよう言われています。
また、万一発作が起きた場合は、無理に体を押さえず安全な場所で横にして、
5分以上続くようなら救急要請をお願いいたします。

配置の際にご配慮いただけますと幸いです。
""" + SIG["hayakawa"],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named temp's medical condition (要配慮) in running text to the client site",
))

# 032 wrong person at a look-alike domain (tsubasa-systems.jp) with a shortlist XLSX
_p032 = people(32, 5, 1983, 1998)
MESSAGES.append(dict(
    id="agy-032",
    sender=S_OHNO,
    to=["鈴木 様 <suzuki@tsubasa-systems.jp>"],
    subject="SE（PMO）候補者リスト送付",
    charset="iso-2022-jp",
    body="""ツバサシステム
鈴木様

お世話になっております。日の出産業の大野です。
PMOポジションの候補者リストをお送りします。
うち2名は来月から面談可能です。

ご確認をお願いいたします。
""" + SIG["ohno"],
    attachments=[{"kind": "xlsx", "name": "候補者リスト_PMO.xlsx",
                  "sheets": {"候補者": [["候補者リスト（PMO）　2026/10/19"], ["氏名", "年齢", "メール", "携帯", "PM経験"]]
                             + [[p["name"], p["age"], p["email"], p["mobile"], f"{3 + i}年"] for i, p in enumerate(_p032)]}}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="sent to tsubasa-systems.jp (an added s: look-alike of partner tsubasa-system.jp) with a 5-candidate list",
))

# 033 four staff emergency mobiles to the partner's correct domain -> pass (warn)
MESSAGES.append(dict(
    id="agy-033",
    sender=S_IWASAKI,
    to=["村瀬様 <murase@tsubasa-system.jp>"],
    subject="11/14-15 CRM切替作業 当日の連絡先",
    charset="utf-8",
    body="""村瀬様

お世話になっております。岩崎です。
11/14（土）〜15（日）の切替作業当日、弊社側で対応するメンバーの連絡先です。

　岩崎 千夏（全体窓口）　090-3346-1187
　宮下 亮介（営業側確認）　080-5529-0712
　阿部 航（情報システム）　070-6620-3358
　桑原 麻衣（データ確認）　090-7714-2406

作業開始前に一度お電話いたします。よろしくお願いいたします。
""" + SIG["iwasaki"],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four staff mobiles for a cut-over weekend to the partner: under five people, may warn",
))

# 034 greeting-card address list of 60 client contacts (XLSX) to the printer
_c034 = contacts(34, 60, CLIENTS)
_ofc = {"川崎電機株式会社": ("210-0024", "神奈川県川崎市川崎区日進町1-14"),
        "青葉運輸株式会社": ("980-0021", "宮城県仙台市青葉区中央3-2-1"),
        "株式会社さくらホテル": ("104-0061", "東京都中央区銀座4-9-2"),
        "北国フーズ株式会社": ("060-0807", "北海道札幌市北区北七条西2-8"),
        "東和精機株式会社": ("254-0034", "神奈川県平塚市宝町5-1"),
        "丸岡化成株式会社": ("530-0012", "大阪府大阪市北区芝田2-3-18"),
        "港南メディカル株式会社": ("233-0002", "神奈川県横浜市港南区上大岡西1-6-1"),
        "北斗ソフトウェア株式会社": ("101-0021", "東京都千代田区外神田4-7-3"),
        "みどり銀行": ("100-0005", "東京都千代田区丸の内1-6-5"),
        "株式会社ツバサシステム": ("141-0022", "東京都品川区東五反田1-10-8")}
MESSAGES.append(dict(
    id="agy-034",
    sender=S_IWASAKI,
    to=["錦印刷 営業部 高野様 <takano@nishiki-insatsu.co.jp>"],
    subject="年末ご挨拶状 宛名印字データの送付",
    charset="cp932",
    body="""錦印刷株式会社
営業部 高野様

いつもお世話になっております。日の出産業の岩崎です。
年末ご挨拶状の宛名印字データをお送りします（60件）。
「宛名」シートが印字用、「備考」シートは社内用メモですので印字不要です。

校正は12/4（金）までにいただけますと助かります。
よろしくお願いいたします。
""" + SIG["iwasaki"],
    attachments=[{"kind": "xlsx", "name": "宛名データ_2026年末.xlsx",
                  "sheets": {"宛名": [["郵便番号", "住所", "会社名", "部署", "役職", "氏名", "敬称"]]
                             + [[_ofc[p["company"]][0], _ofc[p["company"]][1], p["company"], p["dept"], p["title"],
                                 p["name"], "様"] for p in _c034],
                             "備考": [["氏名", "担当営業", "メモ"], [_c034[0]["name"], "宮下", "喪中の可能性あり確認"],
                                    [_c034[5]["name"], "三浦", "異動予定"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="60 client contacts (name, title, company address) for address printing: a list of people even if business contacts",
))

# 035 legacy XLS roster, 15 temps
_p035 = people(35, 15, 1968, 2004)
MESSAGES.append(dict(
    id="agy-035",
    sender=S_KURIHARA,
    to=["港南メディカル 物流センター 五十嵐様 <igarashi@konan-medical.co.jp>"],
    subject="派遣スタッフ登録者一覧（物流センター向け）",
    charset="iso-2022-jp",
    body="""五十嵐様

お世話になっております。日の出産業の栗原です。
ご依頼の物流センター向け登録者一覧を送付します。
御社のシステムに合わせて旧形式（.xls）で保存しております。

よろしくお願いします。
""" + SIG["kurihara"],
    attachments=[{"kind": "xls", "name": "登録者一覧_物流C.xls",
                  "sheets": {"Sheet1": [["登録番号", "氏名", "カナ", "生年月日", "携帯", "フォークリフト"]]
                             + [[p["staff"], p["name"], p["kana"], p["dob"], p["mobile"], "有" if i % 3 else "無"]
                                for i, p in enumerate(_p035)]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS list of 15 temps with DOB and mobiles to the client",
))

# 036 price list -> pass
MESSAGES.append(dict(
    id="agy-036",
    sender=S_MIURA,
    to=["北国フーズ 総務部 今泉様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="2027年度 派遣料金（改定案）のご案内",
    charset="utf-8",
    body="""今泉様

お世話になっております。日の出産業の三浦です。
2027年4月以降の派遣料金（改定案）をご案内いたします。
最低賃金の改定と労使協定方式の一般賃金水準の見直しを反映しております。

職種                    現行(円/h)   改定案(円/h)   備考
--------------------------------------------------------------
食品製造ライン作業         1,980        2,060        深夜割増別途
検品・梱包                 1,900        1,980
フォークリフト作業         2,150        2,240        資格手当込み
一般事務                   2,100        2,180
品質管理補助               2,300        2,390

※交通費は実費精算（上限 月30,000円）
※見積番号：HS-Q-2026-1187（有効期限 2026年12月末）

ご不明点がございましたらお気軽にお問い合わせください。
""" + SIG["miura"],
    expect="pass",
    entities=[],
    detectors=[],
    note="a price list of job categories and a quotation number: no personal data",
))

# 037 PPTX with an emergency contact slide for 5 members
MESSAGES.append(dict(
    id="agy-037",
    sender=S_KATAYAMA,
    to=["さくらホテル 総支配人室 宍戸様 <shishido@sakura-hotel.jp>"],
    subject="年末年始 繁忙期スタッフ体制のご提案資料",
    charset="utf-8",
    body="""宍戸様

お世話になっております。日の出産業の片山です。
年末年始の繁忙期スタッフ体制について、ご提案資料をお送りします。
最終ページに弊社の緊急連絡体制を記載しております。

ご検討のほどよろしくお願いいたします。
""" + SIG["katayama"],
    attachments=[{"kind": "pptx", "name": "年末年始スタッフ体制ご提案.pptx",
                  "slides": [["年末年始 繁忙期スタッフ体制のご提案", "株式会社さくらホテル 御中", "2026年10月 日の出産業株式会社"],
                             ["ご提案の骨子", "客室清掃：12/26〜1/5 最大18名", "宴会サービス：12/28〜1/3 最大12名",
                              "フロント補助：英語対応可能スタッフ4名"],
                             ["緊急連絡体制（24時間）", "責任者　片山 健吾　090-4418-3306",
                              "副責任者　早川 梨沙　080-6127-9941", "客室担当　御手洗 裕子　070-2285-6613",
                              "宴会担当　真栄田 翔太　090-8830-1472", "夜間当番　勅使河原 遥　080-3361-0285"]]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a slide lists 5 people with their mobile numbers: five records in a PPTX",
))

# 038 one block per candidate, 6 blocks
_p038 = people(38, 6, 1975, 1999)
_b038 = []
for i, p in enumerate(_p038):
    _b038.append(f"""■候補者{'ABCDEF'[i]}
　氏名　　：{p['sei']}{p['mei']}（{p['kana']}）
　年齢　　：{p['age']}歳
　現住所　：{p['city_only']}
　保有資格：{['看護師', '准看護師', '医療事務技能審査2級', '診療報酬請求事務能力認定', '登録販売者', '臨床検査技師'][i]}
　連絡先　：{zen(p['mobile'], iso=True)}""")
MESSAGES.append(dict(
    id="agy-038",
    sender=S_KATAYAMA,
    to=["港南メディカル 人事 比嘉様 <t.higa@konan-medical.co.jp>"],
    subject="健診センター スタッフ候補のご案内（6名）",
    charset="iso-2022-jp",
    body="""比嘉様

いつもお世話になっております。日の出産業の片山です。
健診センター（上大岡）の増員の件、候補者を6名ご案内いたします。

""" + "\n\n".join(_b038) + """

面談は11月第1週でいかがでしょうか。
よろしくお願いいたします。
""" + SIG["katayama"],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one block per candidate (6 blocks) with full-width mobile numbers and home city",
))

# 039 job description PDF to a recruitment agency, with the company's 法人番号 -> pass
MESSAGES.append(dict(
    id="agy-039",
    sender=S_OHNO,
    to=["ネクストワークス 法人営業部 川端様 <kawabata@nextworks.jp>"],
    subject="求人票送付：営業事務（正社員）",
    charset="cp932",
    body="""ネクストワークス株式会社
川端様

お世話になっております。日の出産業の大野です。
弊社の営業事務（正社員）の求人票をお送りします。
ご推薦いただける方がいらっしゃいましたら、ぜひお願いいたします。

よろしくお願いいたします。
""" + SIG["ohno"],
    attachments=[{"kind": "pdf", "name": "求人票_営業事務.pdf",
                  "lines": ["求人票", "会社名：日の出産業株式会社", f"法人番号：{corp_no('010401089234')}",
                            "所在地：東京都港区芝大門2-5-8", "職種：営業事務（正社員）",
                            "仕事内容：受発注管理、請求書作成、営業担当のサポート",
                            "給与：月給23万円〜28万円（経験による）", "勤務時間：9:00〜17:30（休憩60分）",
                            "休日：土日祝、年末年始、夏季休暇（年間休日125日）",
                            "応募資格：事務経験2年以上、Excel（VLOOKUP・ピボット）",
                            "紹介手数料：理論年収の30%"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="job description with the company's own 法人番号: no personal data",
))

# 040 job fair attendee list, comma-separated, 10 students, to the venue
_p040 = people(40, 10, 2003, 2006)
MESSAGES.append(dict(
    id="agy-040",
    sender=S_SUGIMOTO,
    to=["さくらホテル 宴会営業 三上様 <mikami@sakura-hotel.jp>"],
    subject="11/21 合同企業説明会 参加学生名簿（名札作成用）",
    charset="utf-8",
    body="""三上様

お世話になっております。日の出産業の杉本です。
11/21の合同企業説明会の参加学生名簿（第1次分）です。名札作成にお使いください。

氏名,ふりがな,大学,学年,メールアドレス
""" + "\n".join(f"{p['name']},{p['ksei']} {p['kmei']},{u},{g},{p['email']}"
                  for p, u, g in zip(_p040, ["東都大学", "城南学院大学", "北星大学", "東都大学", "明和女子大学",
                                             "関東工科大学", "城南学院大学", "武蔵台大学", "北星大学", "明和女子大学"],
                                     ["3年", "3年", "修士1年", "3年", "3年", "修士1年", "3年", "3年", "4年", "3年"])) + """

追加分は11/13頃にお送りします。よろしくお願いいたします。
""" + SIG["sugimoto"],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="comma-separated list of 10 students with private e-mail addresses to the venue",
))

# 041 passports of 5 temps (romaji, capitals) to a travel agency
_p041 = people(41, 5, 1978, 1999)
_pp041 = ["TS4820137", "TR1937564", "TK7702418", "MZ3386102", "TH5519273"]
MESSAGES.append(dict(
    id="agy-041",
    sender=S_KURIHARA,
    to=["旅プランニング 法人旅行課 宮坂様 <miyasaka@tabi-planning.co.jp>"],
    subject="ハノイ出張 航空券・ビザ手配のお願い（派遣エンジニア5名）",
    charset="cp932",
    body="""旅プランニング株式会社
法人旅行課 宮坂様

お世話になっております。日の出産業の栗原です。
川崎電機様ハノイ工場への立上げ支援で、派遣エンジニア5名が出張いたします。
航空券とビザの手配をお願いいたします（氏名はパスポート表記）。

SURNAME       GIVEN NAME   DATE OF BIRTH   PASSPORT NO.   EXPIRY
""" + "\n".join(f"{pad(p['rsei'].upper(), 14)}{pad(p['rmei'].upper(), 13)}{p['d']:02d} {['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'][p['m'] - 1]} {p['y']}     {n}      {2029 + i % 4}/0{i + 3}/15"
                  for i, (p, n) in enumerate(zip(_p041, _pp041))) + """

往路：2026/11/9 羽田発　復路：2026/12/18 ハノイ発
座席はエコノミーで構いません。見積をいただけますと幸いです。
""" + SIG["kurihara"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers and DOB of 5 temps (romaji in capitals) to a travel agency",
))

# 042 internal-only: full CRM export to a colleague -> pass
_c042 = contacts(42, 25, CLIENTS)
MESSAGES.append(dict(
    id="agy-042",
    sender=S_MIYASHITA,
    to=["三浦 拓海 <miura@hinode-sangyo.co.jp>"],
    cc=["営業企画 <eigyo-kikaku@mail.hinode-sangyo.co.jp>"],
    subject="引継ぎ用：担当顧客の連絡先一覧",
    charset="iso-2022-jp",
    body="""三浦さん

お疲れさまです。宮下です。
来月からの担当替えに伴い、私の担当顧客の連絡先一覧をCRMから出力しました。
携帯番号は先方の了承を得て登録しているものです。社外には出さないようにお願いします。

""" + "\n".join(f"{p['company']}\t{p['dept']}\t{p['name']}\t{p['direct']}\t{p['mobile']}\t{p['cmail']}" for p in _c042) + """

不明点は月末までに聞いてください。
宮下
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="all recipients internal (including a mail. subdomain): a contact list may go",
))

# 043 referee contacts, UTF-8 CSV with BOM, to a background check vendor
_c043 = contacts(43, 5, [("株式会社ノースウインド", "northwind-corp.co.jp", "03-5550-1200"),
                         ("東邦トレーディング株式会社", "toho-trading.co.jp", "06-6201-3300"),
                         ("株式会社アークライト", "arclight.jp", "03-6205-4410"),
                         ("みなみ信用金庫", "minami-shinkin.co.jp", "092-711-2200"),
                         ("有限会社ハマダ製作所", "hamada-ss.co.jp", "048-255-3090")])
MESSAGES.append(dict(
    id="agy-043",
    sender=S_SUGIMOTO,
    to=["リスクチェックジャパン 調査部 <research@riskcheck-japan.co.jp>"],
    subject="リファレンスチェック依頼（推薦者5名分）",
    charset="utf-8",
    body="""リスクチェックジャパン株式会社
調査部 ご担当者様

お世話になっております。日の出産業の杉本です。
候補者No.2026-131のリファレンスチェックをお願いいたします。
推薦者（前職の上司・同僚）5名の連絡先をCSVで添付いたします。
いずれも候補者本人から推薦者の同意取得済みと聞いております。

よろしくお願いいたします。
""" + SIG["sugimoto"],
    attachments=[{"kind": "csv", "name": "referees_2026-131.csv", "encoding": "utf-8-sig",
                  "rows": [["推薦者氏名", "所属", "役職", "関係", "電話", "メール", "連絡可能時間帯"]]
                  + [[p["name"], p["company"], p["title"] or "担当", r, p["mobile"], p["cmail"], t]
                     for p, r, t in zip(_c043, ["元上司", "元上司", "元同僚", "取引先", "元部下"],
                                        ["平日18時以降", "平日日中", "いつでも", "昼休み", "土日"])]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 5 referees with phones and e-mails to an external vendor",
))

# 044 background checks of 6 candidates, one criminal record, XLSX
_p044 = people(44, 6, 1975, 1998)
_res044 = ["該当なし", "該当なし", "あり（2016年 窃盗　懲役1年・執行猶予3年）", "該当なし", "該当なし", "該当なし"]
MESSAGES.append(dict(
    id="agy-044",
    sender=S_SUGIMOTO,
    to=["青葉運輸 人事部 舘野様 <tateno@aoba-unyu.co.jp>"],
    subject="ドライバー候補 経歴確認結果（6名）",
    charset="iso-2022-jp",
    body="""舘野様

お世話になっております。日の出産業の杉本です。
ドライバー候補6名の経歴確認結果をまとめました。
1名について注意事項がございますので、備考欄をご確認ください。

よろしくお願いいたします。
""" + SIG["sugimoto"],
    attachments=[{"kind": "xlsx", "name": "経歴確認結果_ドライバー候補.xlsx",
                  "sheets": {"結果": [["受付No", "氏名", "生年月日", "職歴照会", "免許照会", "犯罪歴", "判定"]]
                             + [[f"D-{1201 + i}", p["name"], p["dob"], "相違なし", "有効", r,
                                 "要協議" if "あり" in r else "問題なし"] for i, (p, r) in enumerate(zip(_p044, _res044))]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 candidates' background checks with a criminal record column (要配慮) to the client",
))

# 045 internal forward of a background check with a criminal record -> pass
MESSAGES.append(dict(
    id="agy-045",
    sender=S_SUGIMOTO,
    to=["片山 健吾 <katayama@hinode-sangyo.co.jp>"],
    subject="FW: 経歴調査結果（漆原様）ご相談",
    charset="cp932",
    body="""片山さん

お疲れさまです。杉本です。
さくらホテル様の経理マネージャー候補の件、調査会社から下記の結果が来ました。
犯罪歴（罰金刑）の記載があり、クライアントへの伝え方をご相談させてください。

---------- Forwarded message ---------
From: リスクチェックジャパン 野々村 <nonomura@riskcheck-japan.co.jp>
Subject: 経歴調査結果（漆原様）

対象者：漆原 慎吾（1982年7月14日生）
学歴・職歴：申告どおり
犯罪歴：2019年 道路交通法違反（酒気帯び運転） 罰金30万円
反社会的勢力との関係：該当なし
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="internal-only forward: a criminal record may circulate inside the company",
))

# 046 health check result of a temp to the client site
MESSAGES.append(dict(
    id="agy-046",
    sender=S_HAYAKAWA,
    to=["北国フーズ 札幌第二工場 鬼塚様 <onizuka@kitaguni-foods.co.jp>"],
    subject="定期健康診断の結果に伴う勤務調整のご相談",
    charset="utf-8",
    body="""鬼塚様

お世話になっております。日の出産業の早川です。
9月に実施したスタッフの定期健康診断で、夜勤ラインの相馬 悠真さんが
肝機能（γ-GTP 186）と血圧（168/102）で「要精密検査」の判定となりました。

本人は11/2に精密検査を受ける予定で、結果が出るまでは産業医の意見により
夜勤を外し日勤帯のみとさせていただきたく、ご相談です。
代わりの夜勤要員は弊社で手配いたします。

お手数ですがご検討をお願いいたします。
""" + SIG["hayakawa"],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named temp's health check results (要配慮) to the client",
))

# 047 disability-employment shortlist, three candidates
_p047 = people(47, 3, 1980, 2000)
MESSAGES.append(dict(
    id="agy-047",
    sender=S_OHNO,
    to=["川崎電機 人事部 ダイバーシティ推進室 桜庭様 <sakuraba@kawasaki-denki.co.jp>"],
    subject="障害者雇用枠（事務補助）候補者のご推薦",
    charset="iso-2022-jp",
    body=f"""桜庭様

いつもお世話になっております。日の出産業の大野です。
障害者雇用枠（事務補助）につきまして、以下3名をご推薦いたします。

1. {_p047[0]['name']}さん（{_p047[0]['age']}歳）
　 身体障害者手帳2級（下肢機能障害、車いす使用）
　 前職：損保会社で保険事務5年。エレベーター・多目的トイレのある環境を希望。

2. {_p047[1]['name']}さん（{_p047[1]['age']}歳）
　 精神障害者保健福祉手帳3級（双極性障害、通院月1回）
　 前職：官公庁の臨時職員（データ入力）。短時間勤務からのスタートを希望。

3. {_p047[2]['name']}さん（{_p047[2]['age']}歳）
　 療育手帳B2
　 特例子会社で郵便仕分け・スキャン業務3年。

合理的配慮の詳細は面談時にご本人からご説明いたします。
よろしくお願いいたします。
""" + SIG["ohno"],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="disabilities and diagnoses (要配慮) of three named candidates to the client",
))

# 048 PDF report stamped Confidential in its page header, no personal data
MESSAGES.append(dict(
    id="agy-048",
    sender=S_NISHIDA,
    to=["東和精機 管理部 大河内様 <okochi@towa-seiki.co.jp>"],
    subject="技術職 給与水準調査レポートのご送付",
    charset="cp932",
    body="""大河内様

お世話になっております。日の出産業の西田です。
先日お約束しておりました技術職の給与水準調査レポートをお送りします。
採用計画のご参考になれば幸いです。

よろしくお願いいたします。
""" + SIG["nishida"],
    attachments=[{"kind": "pdf", "name": "給与水準調査_技術職_2026.pdf", "page_header": "CONFIDENTIAL",
                  "page_footer": "© Hinode Sangyo Co., Ltd.",
                  "lines": ["技術職 給与水準調査レポート（2026年度版）", "調査対象：神奈川県内の製造業 128社",
                            "1. 機械設計（経験5年）：中央値 545万円", "2. 生産技術（経験5年）：中央値 520万円",
                            "3. 品質保証（経験5年）：中央値 505万円", "4. 組込みソフト（経験5年）：中央値 580万円",
                            "※当レポートの数値は弊社独自調査によるものです。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF is stamped CONFIDENTIAL in its page header",
))

# 049 corporate card number for a candidate's hotel booking
MESSAGES.append(dict(
    id="agy-049",
    sender=S_OHNO,
    to=["さくらホテル 予約課 <reservation@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（11/5 1泊・面接来訪者）",
    charset="utf-8",
    body=f"""さくらホテル 予約課 ご担当者様

お世話になっております。日の出産業の大野と申します。
弊社の面接にお越しになる方の宿泊を、下記のとおり予約させてください。

　宿泊日：2026年11月5日（木）1泊
　人数：1名（シングル・禁煙）
　宿泊者：比嘉 陽翔 様
　お支払い：弊社法人カードにて事前決済
　カード番号：{card_number(4901)}
　有効期限：09/29
　名義：HINODE SANGYO CO LTD

領収書は弊社宛てでお願いいたします。
""" + SIG["ohno"],
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a credit card number in the body to the hotel",
))

# 050 three-way meeting: two external organisations in To/Cc -> pass
MESSAGES.append(dict(
    id="agy-050",
    sender=S_MIYASHITA,
    to=["川崎電機 情報システム部 森本様 <morimoto@kawasaki-denki.co.jp>"],
    cc=["ツバサシステム 村瀬様 <murase@tsubasa-system.jp>"],
    subject="勤怠連携API 三者打合せの日程候補",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 森本様
（cc：ツバサシステム 村瀬様）

お世話になっております。日の出産業の宮下です。
派遣スタッフの勤怠データ連携について、三者で打合せをお願いしたく、
日程候補をお送りします。

　①11/4（水）10:00〜11:00
　②11/5（木）15:00〜16:00
　③11/6（金）13:00〜14:00

Teamsでのオンライン開催を想定しております。
ご都合のよい候補をお知らせください。
""".replace("①", "(1)").replace("②", "(2)").replace("③", "(3)") + SIG["miyashita"],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations in To/Cc",
))

# 051 look-alike of the own domain (hinode-sangyou.co.jp), internal roster
_p051 = people(51, 10, 1970, 2002)
MESSAGES.append(dict(
    id="agy-051",
    sender=S_HAYAKAWA,
    to=["小野寺 綾 <onodera@hinode-sangyou.co.jp>"],
    subject="大阪オフィス 稼働中スタッフ一覧（10月末時点）",
    charset="iso-2022-jp",
    body="""小野寺さん

お疲れさまです。早川です。
月次会議用に、大阪オフィス管轄の稼働中スタッフ一覧を貼っておきます。

スタッフNo   氏名            派遣先                  時給    携帯
--------------------------------------------------------------------------
""" + "\n".join(f"{p['staff']}  {pad(p['name'], 16)}{pad(c, 24)}{w:<8}{p['mobile']}"
                  for p, c, w in zip(_p051, ["丸岡化成 堺工場"] * 4 + ["さくらホテル 大阪"] * 3 + ["港南メディカル 梅田"] * 3,
                                     [1300, 1300, 1350, 1400, 1250, 1250, 1500, 1450, 1450, 1600])) + """

よろしくお願いします。
早川
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinode-sangyou.co.jp (look-alike of the own domain) with a 10-person roster",
))

# 052 homoglyph of the printer's domain (nishiki-lnsatsu.co.jp)
MESSAGES.append(dict(
    id="agy-052",
    sender=S_SUGIMOTO,
    to=["錦印刷 高野様 <takano@nishiki-lnsatsu.co.jp>"],
    subject="採用パンフレット 2028年卒向け 入稿データについて",
    charset="utf-8",
    body="""高野様

お世話になっております。日の出産業の杉本です。
2028年卒向け採用パンフレットの入稿データをストレージにアップしました。

　・仕様：A4 中綴じ 16ページ、表紙コート135kg、本文マット90kg
　・部数：3,000部
　・納品：12/10（木）弊社本社 人材サービス部宛
　・発注番号：PO-26-1093

色校正を1回お願いできますでしょうか。
よろしくお願いいたします。
""" + SIG["sugimoto"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-lnsatsu.co.jp (l for i) is a homoglyph of partner nishiki-insatsu.co.jp",
))

# 053 the correct printer domain, print order with our recruiting hotline -> pass
MESSAGES.append(dict(
    id="agy-053",
    sender=S_HAYAKAWA,
    to=["錦印刷 大阪営業所 有馬様 <arima@nishiki-insatsu.co.jp>"],
    subject="求人チラシ 増刷のお願い（大阪エリア）",
    charset="utf-8",
    body="""有馬様

いつもお世話になっております。日の出産業 大阪オフィスの早川です。
9月に作成した求人チラシ（ホテル・宴会スタッフ募集）を増刷したく、ご連絡しました。

　品名：求人チラシ B5 両面カラー（前回受注No. NS-26-0877）
　部数：10,000部
　変更点：裏面の応募電話番号を「0120-558-216」（大阪オフィス専用）に差し替え
　納品先：〒530-0001 大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル12F

お見積りをお願いいたします。
""" + SIG["hayakawa"],
    expect="pass",
    entities=[],
    detectors=[],
    note="print order to the correct partner domain; only an office address and a freephone number",
))

# 054 emergency contacts (family) of 5 temps to the client site
_p054 = people(54, 5, 1980, 2004)
_fam054 = people(540, 5, 1950, 1985)
_rel054 = [f"{_p054[0]['sei']} 和子（母）", f"{_p054[1]['sei']} 早苗（妻）", f"{_p054[2]['sei']} 正一（父）",
           f"{_p054[3]['sei']} 健司（夫）", "藤原 美和（姉）"]
MESSAGES.append(dict(
    id="agy-054",
    sender=S_KURIHARA,
    to=["東和精機 平塚工場 安全衛生課 <anzen@towa-seiki.co.jp>"],
    subject="派遣スタッフ 緊急連絡先一覧のご提出",
    charset="cp932",
    body="""東和精機株式会社 平塚工場
安全衛生課 ご担当者様

お世話になっております。日の出産業の栗原です。
安全衛生委員会でご依頼のありました、派遣スタッフの緊急連絡先をお送りします。

""" + "\n".join(f"・{p['name']}　→　{fam}　{f['mobile']}" for p, f, fam in zip(_p054, _fam054, _rel054)) + """

事故等の際は、まず弊社の栗原（080-4417-2286）へもご一報いただけますと幸いです。
""" + SIG["kurihara"],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 temps' family emergency contacts (names, relation, mobiles) in bullets to the client",
))

# 055 bank accounts of 6 temps in a CSV to the payroll vendor
_p055 = people(55, 6, 1975, 2003)
_bk055 = [("みどり銀行", "新橋支店"), ("東都信用金庫", "大森支店"), ("ゆうちょ銀行", "〇一八店"),
          ("みどり銀行", "川崎支店"), ("はまなす銀行", "札幌北支店"), ("中央共栄銀行", "梅田支店")]
MESSAGES.append(dict(
    id="agy-055",
    sender=S_KURIHARA,
    to=["ペイロールサポート 給与計算チーム 中条様 <nakajo@payroll-support.co.jp>"],
    subject="振込口座変更・新規登録分（6名）",
    charset="iso-2022-jp",
    body="""中条様

お世話になっております。日の出産業の栗原です。
11月支給分から反映いただきたい振込口座の新規・変更分をお送りします。
CSV（Shift_JIS）を添付しておりますのでご確認ください。

よろしくお願いいたします。
""" + SIG["kurihara"],
    attachments=[{"kind": "csv", "name": "口座登録_202611.csv", "encoding": "cp932",
                  "rows": [["スタッフNo", "氏名", "銀行名", "支店名", "種別", "口座番号", "口座名義（カナ）", "区分"]]
                  + [[p["staff"], p["name"], b, br, "普通", f"{1000000 + (i * 1234567 + 7654321) % 9000000:07d}",
                      kata(p["ksei"] + " " + p["kmei"]), "新規" if i % 2 else "変更"]
                     for i, (p, (b, br)) in enumerate(zip(_p055, _bk055))]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CSV of 6 temps' bank accounts (bank, branch, 普通, 7 digits, kana holder) to the payroll vendor",
))

# 056 forward (attached .eml) of a driver candidate's mail with his licence number
MESSAGES.append(dict(
    id="agy-056",
    sender=S_SUGIMOTO,
    to=["青葉運輸 人事部 舘野様 <tateno@aoba-unyu.co.jp>"],
    subject="FW: 応募書類の件（大型ドライバー）",
    charset="utf-8",
    body="""舘野様

お世話になっております。日の出産業の杉本です。
大型ドライバーに応募された方から、免許証の情報が届きましたので転送いたします。
免許の種類・有効期限をご確認いただけますでしょうか。

杉本
""",
    attachments=[{"kind": "eml", "name": "応募書類の件.eml", "message": dict(
        sender="石井 健太 <kenta.ishii.1987@gmail.com>",
        to=["杉本 優 <sugimoto@hinode-sangyo.co.jp>"],
        subject="応募書類の件",
        charset="iso-2022-jp",
        body="""日の出産業 杉本様

お世話になります。石井健太です。
ご連絡いただいた運転免許証の情報をお送りします。

免許証番号：第 4410 2387 5506 号
種類：大型・中型・準中型・普通・大特・けん引
有効期限：令和10年08月26日まで
生年月日：昭和62年8月26日

よろしくお願いします。
石井健太
携帯 090-7731-2058
""")}],
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forwarded mail (attached .eml) carries a candidate's driving licence number",
))

# 057 corrected list reprinted in the new text above the quote
_p057 = people(57, 5, 1985, 2003)
MESSAGES.append(dict(
    id="agy-057",
    sender=S_HAYAKAWA,
    to=["さくらホテル 客室部 宮城様 <miyagi@sakura-hotel.jp>"],
    subject="Re: 【訂正】12月 客室清掃スタッフ配置予定",
    charset="iso-2022-jp",
    body="""宮城様

先ほどのメールでスタッフの電話番号に誤りがありました。大変失礼いたしました。
訂正版を以下に記載しますので、こちらでお差し替えください。

【訂正版】
""" + "\n".join(f"{p['name']}（{p['kana']}）　{zen(p['mobile'], iso=True)}　{d}"
                  for p, d in zip(_p057, ["月水金", "火木土", "月〜金", "土日", "水木金"])) + """

早川

> 宮城様
>
> 12月の客室清掃スタッフの配置予定をお送りします。
> （一覧は前便のとおり）
>
> 早川
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="the corrected 5-person list with mobiles is in the new text, not in the quote",
))

# 058 four client HR contacts in Cc
MESSAGES.append(dict(
    id="agy-058",
    sender=S_NISHIDA,
    to=["日の出産業 法人営業部 <sales@hinode-sangyo.co.jp>"],
    cc=["黒岩様 <kuroiwa@kawasaki-denki.co.jp>", "大河内様 <okochi@towa-seiki.co.jp>",
        "桜井様 <sakurai@maruoka-kasei.co.jp>", "比嘉様 <t.higa@konan-medical.co.jp>"],
    subject="【御礼】人事ご担当者様向けセミナーご参加の御礼と資料のご案内",
    charset="cp932",
    body="""ご参加いただいた皆様

先日は弊社セミナー「改正派遣法と同一労働同一賃金の実務」にご参加いただき、
誠にありがとうございました。

当日の資料は以下のURLからダウンロードいただけます（11月末まで）。
https://www.hinode-sangyo.co.jp/seminar/2026-11/

アンケートへのご協力もよろしくお願い申し上げます。
""" + SIG["nishida"],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four client companies in Cc see each other's addresses",
))

# 059 five candidates in running text
_p059 = people(59, 5, 1978, 1999)
_q = _p059
MESSAGES.append(dict(
    id="agy-059",
    sender=S_OHNO,
    to=["北斗ソフトウェア 人事 蒲生様 <gamo@hokuto-soft.jp>"],
    subject="本日の面談結果のご共有",
    charset="utf-8",
    body=f"""蒲生様

お疲れさまです。大野です。本日面談した方々について簡単にご共有します。

まず{_q[0]['sei']}{_q[0]['mei']}さん（{_q[0]['age']}歳）は受託開発で8年のご経験があり、
Java中心ですが最近はGoも書かれています。日中の連絡は携帯（{_q[0]['mobile']}）が確実とのことです。
{_q[1]['sei']}さん（{_q[1]['mei']}さん、{_q[1]['age']}歳）はインフラ寄りで、現職は12月末退職予定、
連絡先は{_q[1]['email']}です。{_q[2]['name']}さんは{_q[2]['age']}歳、PM補佐の経験が長く、
年収は現状維持を希望、携帯は{_q[2]['mobile']}。
{_q[3]['sei']}さんは第二新卒（{_q[3]['age']}歳）でポテンシャル枠になりますが、
受け答えが非常にしっかりしていました（{_q[3]['email']}）。
最後に{_q[4]['name']}さん（{_q[4]['age']}歳）は、お子さんの送迎があり時短勤務を希望、
連絡は{_q[4]['mobile']}へ18時以降にとのことです。

ご興味のある方がいれば、直接ご連絡いただいても構いません。
""" + SIG["ohno"],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five candidates with mobiles or e-mails described in running prose to the client",
))

# 060 DOCX evaluation of two candidates, 社外秘 in the footer
_p060 = people(60, 2, 1980, 1995)
MESSAGES.append(dict(
    id="agy-060",
    sender=S_KATAYAMA,
    to=["みどり銀行 人事部 東海林様 <shoji.m@midori-ginko.co.jp>"],
    subject="最終面接に向けた候補者評価シート",
    charset="iso-2022-jp",
    body="""東海林様

お世話になっております。片山です。
最終面接に進まれる2名について、弊社面談での評価シートを添付いたします。
面接の際の確認ポイントとしてお役立てください。

よろしくお願いいたします。
""" + SIG["katayama"],
    attachments=[{"kind": "docx", "name": "候補者評価シート.docx", "page_footer": "社外秘　日の出産業株式会社",
                  "paragraphs": ["候補者評価シート（最終面接用）"],
                  "tables": [[["項目", _p060[0]["name"], _p060[1]["name"]],
                              ["年齢", f"{_p060[0]['age']}歳", f"{_p060[1]['age']}歳"],
                              ["コミュニケーション", "A", "B+"], ["業務知識", "B", "A"],
                              ["懸念点", "転職回数が多い（4社）", "通勤時間が長い（片道80分）"],
                              ["総合", "推薦", "推薦"]]]}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["confidential_marking", "personal_data"],
    note="the attached evaluation sheet carries 社外秘 in its footer (two candidates' evaluations)",
))

# 061 PDF table without a name column: ID, DOB, address, phone (7 rows)
_p061 = people(61, 7, 1972, 2004)
MESSAGES.append(dict(
    id="agy-061",
    sender=S_KURIHARA,
    to=["丸岡化成 堺工場 総務 四十物様 <aimono@maruoka-kasei.co.jp>"],
    subject="通勤経路確認用資料（11月就業開始分）",
    charset="cp932",
    body="""四十物様

お世話になっております。栗原です。
通勤手当の経路確認用に、11月就業開始のスタッフの住所等をPDFにまとめました。
工場の通勤バス停の割当てにご利用ください。

よろしくお願いいたします。
""" + SIG["kurihara"],
    attachments=[{"kind": "pdf", "name": "通勤経路確認_11月.pdf",
                  "lines": ["通勤経路確認資料（2026年11月就業開始分）", "派遣元：日の出産業株式会社", ""],
                  "table": [["ID", "生年月日", "住所", "連絡先", "最寄駅"]]
                  + [[p["staff"], wareki(p["y"], p["m"], p["d"], 1), p["addr"], p["mobile"], st]
                     for p, st in zip(_p061, ["堺", "三国ヶ丘", "中百舌鳥", "北花田", "浅香山", "白鷺", "津久野"])]}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 7 temps without a name column (ID, 和暦 DOB, home address, mobile)",
))

# 062 crime victim in a reference note
MESSAGES.append(dict(
    id="agy-062",
    sender=S_SUGIMOTO,
    to=["東和精機 人事課 一ノ瀬様 <ichinose@towa-seiki.co.jp>"],
    subject="面接前の補足：鰐淵様の転居・退職理由について",
    charset="iso-2022-jp",
    body="""一ノ瀬様

お世話になっております。日の出産業の杉本です。
明日面接予定の鰐淵 香織様について、職歴に空白期間がある件で補足です。

ご本人から、2024年に元交際相手からストーカー被害を受け、警察に相談のうえ
転居したため、当時の勤務先を退職したと伺っております。
現在は解決しているとのことですが、面接では深く触れないようご配慮いただけますと幸いです。
また、社内の名簿等への住所記載は最小限にしてほしいとのご希望です。

よろしくお願いいたします。
""" + SIG["sugimoto"],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate having been a crime victim (要配慮) in prose to the client",
))

# 063 religion of a temp in prose
MESSAGES.append(dict(
    id="agy-063",
    sender=S_HAYAKAWA,
    to=["北国フーズ 札幌第二工場 鬼塚様 <onizuka@kitaguni-foods.co.jp>"],
    subject="12月から就業のアフマドさんについて",
    charset="iso-2022-jp",
    body="""鬼塚様

お世話になっております。日の出産業の早川です。
12月から包装ラインに入るアフマド・ファリスさん（インドネシア国籍）について、
ご相談がございます。

アフマドさんはイスラム教徒で、1日数回のお祈りの時間（5〜10分程度）と、
金曜昼の礼拝のための休憩延長を希望されています。また豚肉を扱う工程には
入れないため、配置の際にご配慮をお願いできますでしょうか。
社員食堂のメニューについても、成分表示があると助かるとのことでした。

可能な範囲でご検討いただけますと幸いです。
""" + SIG["hayakawa"],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named temp's religion (要配慮: 信条) in prose to the client",
))

# 064 plain ZIP with a CSV of 20 trade-show contacts to an event agency
_c064 = contacts(64, 20, CLIENTS + [("株式会社ミナト精密", "minato-seimitsu.co.jp", "045-651-2200"),
                                      ("東邦トレーディング株式会社", "toho-trading.co.jp", "06-6201-3300")])
MESSAGES.append(dict(
    id="agy-064",
    sender=S_IWASAKI,
    to=["イベントワークス 事務局 <jimukyoku@eventworks.co.jp>"],
    subject="HRテック展2026 ブース来場者リスト（お礼状発送用）",
    charset="cp932",
    body="""イベントワークス株式会社
事務局 ご担当者様

お世話になっております。日の出産業の岩崎です。
先日の展示会でブースにお立ち寄りいただいた方のリストをお送りします。
お礼状の発送代行をお願いいたします（ZIPにCSVを同梱しています）。

よろしくお願いいたします。
""" + SIG["iwasaki"],
    attachments=[{"kind": "zip", "name": "来場者リスト_HRテック展.zip",
                  "files": [{"kind": "csv", "name": "booth_visitors.csv", "encoding": "cp932",
                             "rows": [["No", "会社名", "部署", "お名前", "TEL", "E-mail", "興味分野"]]
                             + [[i + 1, p["company"], p["dept"], p["name"], p["direct"], p["cmail2"],
                                 ["派遣", "紹介", "RPO", "派遣", "研修"][i % 5]] for i, p in enumerate(_c064)]},
                            {"kind": "txt", "name": "readme.txt", "encoding": "cp932",
                             "text": "お礼状文面は昨年と同じものを使用してください。\n差出人：日の出産業株式会社 法人営業部"}]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a plain ZIP holding a CSV of 20 visitors' names, phones and e-mails to an event agency",
))

# 065 English reply; the candidate list is only in the quoted part -> pass
MESSAGES.append(dict(
    id="agy-065",
    sender=S_MORI,
    to=["Rachel Tan <rachel.tan@lioncitytalent.com.sg>"],
    subject="Re: Bilingual candidates for Tokyo roles",
    charset="iso-2022-jp",
    body="""Hi Rachel,

Thanks a lot for the quick turnaround. We would like to move forward with
candidates 2 and 4; I will come back with interview slots by Friday.

Kind regards,
Kenji

On Tue, 20 Oct 2026 at 16:05, Rachel Tan <rachel.tan@lioncitytalent.com.sg> wrote:
> Dear Kenji,
>
> Please find below the shortlist for the bilingual roles in Tokyo.
>
> 1. LIM Wei Ling      +65 9123 4471   weiling.lim@gmail.com      JLPT N1
> 2. KOH Jun Hao       +65 8234 5590   junhao.koh@outlook.com     JLPT N2
> 3. Priya RAMAN       +65 9456 7702   priya.raman88@gmail.com    JLPT N1
> 4. TANAKA Emi        +65 8812 0346   emi.tanaka.sg@yahoo.com    Native
> 5. Marcus CHEONG     +65 9077 2815   m.cheong@icloud.com        JLPT N2
>
> All five are open to relocation from January.
>
> Best,
> Rachel
""" + SIG["mori"],
    expect="pass",
    entities=[],
    detectors=[],
    note="the 5-candidate list is only in the quoted part of the partner's own mail",
))

# 066 XLSX org chart of a client (department, title, name) -> pass
MESSAGES.append(dict(
    id="agy-066",
    sender=S_MIURA,
    to=["港南メディカル 経営企画室 相馬様 <soma.k@konan-medical.co.jp>"],
    subject="体制図の確認（キックオフ資料用）",
    charset="utf-8",
    body="""相馬様

お世話になっております。日の出産業の三浦です。
キックオフ資料に掲載する御社の体制図を、いただいた情報からExcelに起こしました。
お名前・役職に誤りがないかご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG["miura"],
    attachments=[{"kind": "xlsx", "name": "体制図_港南メディカル様.xlsx",
                  "sheets": {"体制": [["港南メディカル株式会社 プロジェクト体制（敬称略）"], ["区分", "部署", "役職", "氏名"],
                                     ["責任者", "経営企画室", "室長", "相馬 圭介"], ["副責任者", "総務部", "部長", "比嘉 智子"],
                                     ["推進", "総務部", "課長", "五十嵐 隆之"], ["推進", "人事部", "課長", "百目鬼 裕子"],
                                     ["推進", "情報システム部", "係長", "我妻 航"], ["現場", "健診センター", "センター長", "釘宮 修"],
                                     ["現場", "健診センター", "主任", "宍戸 由美"], ["現場", "物流センター", "センター長", "五十嵐 浩二"],
                                     ["現場", "物流センター", "主任", "仲村渠 亮"], ["現場", "梅田クリニック", "事務長", "舘野 香織"],
                                     ["事務局", "経営企画室", "主任", "東海林 結衣"], ["事務局", "経営企画室", "担当", "今泉 蓮"],
                                     ["オブザーバー", "経理部", "部長", "柳田 誠"], ["オブザーバー", "監査室", "室長", "城之内 大輔"],
                                     ["オブザーバー", "法務部", "課長", "桑原 加奈子"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a client's own org chart (department, title, name only) back to that client",
))

# 067 interview schedule, names and times only -> pass
MESSAGES.append(dict(
    id="agy-067",
    sender=S_OHNO,
    to=["川崎電機 人事部 小田切様 <otagiri@kawasaki-denki.co.jp>"],
    subject="面接日程確定のご連絡（10/21）",
    charset="cp932",
    body="""小田切様

お世話になっております。日の出産業の大野です。
面接日程が確定しましたのでご連絡いたします。

　10月21日（水）
　　14:00〜15:00　高橋 拓也 様
　　15:30〜16:30　渡辺 彩香 様

当日は弊社の大野が受付までご案内いたします。
よろしくお願いいたします。
""" + SIG["ohno"],
    expect="pass",
    entities=[],
    detectors=[],
    note="two candidates' names and interview times only: names without further personal data",
))

# 068 one temp's timesheet approval -> pass
MESSAGES.append(dict(
    id="agy-068",
    sender=S_HAYAKAWA,
    to=["丸岡化成 経理部 柳田様 <yanagida@maruoka-kasei.co.jp>"],
    subject="10月分タイムシート承認のお願い（経理補助 1名）",
    charset="iso-2022-jp",
    body="""柳田様

お世話になっております。日の出産業の早川です。
経理補助でお世話になっている石川さんの10月分タイムシートです。

　スタッフ：石川 由美（スタッフNo. S403318）
　稼働日数：21日
　実働時間：155.5時間（うち残業 8.0時間）
　有給取得：10/16（1日）

問題なければ、本メールにご返信いただくことで承認とさせていただきます。
""" + SIG["hayakawa"],
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="one temp's timesheet to the client for approval: one person's record",
))

# 069 reply to a candidate on free mail, his CV details only in the quote -> pass
MESSAGES.append(dict(
    id="agy-069",
    sender=S_SUGIMOTO,
    to=["坂本 大輔 <d.sakamoto.0412@yahoo.co.jp>"],
    subject="Re: ご登録ありがとうございます",
    charset="utf-8",
    body="""坂本 大輔 様

ご返信ありがとうございます。日の出産業の杉本です。
いただいた内容で登録を完了いたしました。
ご希望に合う求人がございましたら、改めてご連絡いたします。

今後ともよろしくお願いいたします。

杉本

2026年10月22日(木) 21:14 坂本 大輔 <d.sakamoto.0412@yahoo.co.jp>:
> 杉本様
>
> 登録フォームに不足があったので、こちらで補足します。
> 生年月日：1991年4月12日
> 住所：神奈川県川崎市中原区木月2-14-9 メゾン桜台302
> 電話：080-3462-9917
> 希望職種：生産技術・設備保全
>
> 坂本
""" + SIG["sugimoto"],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one private person on free mail; his details are only in the quoted part",
))

# 070 job order to an outside agency -> pass
MESSAGES.append(dict(
    id="agy-070",
    sender=S_KATAYAMA,
    to=["ヒューマンリンク 営業部 長尾様 <nagao@humanlink-staff.co.jp>"],
    subject="【人材ご紹介依頼】3ポジション",
    charset="iso-2022-jp",
    body="""株式会社ヒューマンリンク
長尾様

いつもお世話になっております。日の出産業の片山です。
弊社クライアント向けに、下記ポジションの候補者ご紹介をお願いできますでしょうか。

１．生産技術（自動車部品）　神奈川県平塚市　年収500〜650万円
２．経理（連結決算）　　　　東京都千代田区　年収600〜800万円
３．ホテルフロント（英語）　東京都中央区　　年収350〜420万円

案件番号：JO-2610-014〜016
いずれも年内の書類選考を予定しております。
条件詳細は添付の募集要項をご確認ください（社名は面接確定後に開示いたします）。
""" + SIG["katayama"],
    attachments=[{"kind": "docx", "name": "募集要項_3ポジション.docx",
                  "paragraphs": ["募集要項（3ポジション）", "1. 生産技術：プレス・溶接ラインの工程設計、設備導入",
                                 "2. 経理：連結パッケージ作成、開示資料作成補助", "3. ホテルフロント：チェックイン・アウト、外国人客対応"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a job order with positions, salaries and order numbers: no personal data",
))

# 071 text + HTML mail with a table of our branches -> pass
_br071 = [("本社", "〒105-0012 東京都港区芝大門2-5-8 日の出ビル7F", "03-5401-7720"),
          ("横浜支店", "〒220-0011 神奈川県横浜市西区高島2-6-32 横浜東口ウィスポートビル5F", "045-451-3380"),
          ("大阪オフィス", "〒530-0001 大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル12F", "06-6343-2180"),
          ("名古屋オフィス", "〒450-0002 愛知県名古屋市中村区名駅3-25-9 堀内ビル6F", "052-581-4410"),
          ("札幌オフィス", "〒060-0005 北海道札幌市中央区北五条西6-2-2 札幌センタービル9F", "011-221-5160"),
          ("仙台オフィス", "〒980-0021 宮城県仙台市青葉区中央1-6-35 東京建物仙台ビル4F", "022-265-7720")]
MESSAGES.append(dict(
    id="agy-071",
    sender=S_MIURA,
    to=["東和精機 管理部 大河内様 <okochi@towa-seiki.co.jp>"],
    subject="弊社拠点一覧のご送付",
    charset="iso-2022-jp",
    body="""大河内様

お世話になっております。日の出産業の三浦です。
御社の新拠点（名古屋・仙台）でのご利用に向け、弊社の拠点一覧をお送りします。

""" + "\n".join(f"■{n}\n　{a}\n　TEL {t}" for n, a, t in _br071) + """

最寄りの拠点から担当がお伺いいたします。
""" + SIG["miura"],
    html="""<html><body><p>大河内様</p><p>お世話になっております。日の出産業の三浦です。<br>
御社の新拠点（名古屋・仙台）でのご利用に向け、弊社の拠点一覧をお送りします。</p>
<table border="1" cellpadding="3"><tr><th>拠点</th><th>所在地</th><th>電話</th></tr>
""" + "\n".join(f"<tr><td>{n}</td><td>{a}</td><td>{t}</td></tr>" for n, a, t in _br071) + """
</table><p>最寄りの拠点から担当がお伺いいたします。</p>
<p>日の出産業株式会社 法人営業部 第二課<br>三浦 拓海</p></body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of our own offices (addresses, switchboards) in text and HTML: businesses, not people",
))

# 072 XLSX of client sites (no people) to a partner agency -> pass
MESSAGES.append(dict(
    id="agy-072",
    sender=S_KATAYAMA,
    to=["ネクストワークス 派遣事業部 川端様 <kawabata@nextworks.jp>"],
    subject="共同受注案件 派遣先事業所一覧",
    charset="utf-8",
    body="""川端様

お世話になっております。日の出産業の片山です。
共同受注の件、対象となる派遣先事業所の一覧を添付いたします。
各事業所の抵触日も記載しておりますので、配置計画の参考にしてください。

よろしくお願いいたします。
""" + SIG["katayama"],
    attachments=[{"kind": "xlsx", "name": "派遣先事業所一覧.xlsx", "title": "派遣先事業所一覧",
                  "sheets": {"事業所": [["派遣先事業所一覧（2026年10月時点）"], [],
                                       ["No", "派遣先", "事業所", "所在地", "代表電話", "抵触日", "派遣先責任者（役職）"],
                                       [1, "川崎電機", "川崎工場", "神奈川県川崎市川崎区日進町1-14", "044-522-3100", "2028/03/31", "総務課長"],
                                       [2, "川崎電機", "相模原事業所", "神奈川県相模原市中央区田名3700", "042-762-1100", "2027/09/30", "管理課長"],
                                       [3, "青葉運輸", "仙台物流センター", "宮城県仙台市宮城野区扇町4-6-1", "022-231-5500", "2028/06/30", "センター長"],
                                       [4, "青葉運輸", "岩沼デポ", "宮城県岩沼市下野郷字新南長沼1-2", "0223-24-3300", "2027/12/31", "デポ長"],
                                       [5, "さくらホテル", "銀座", "東京都中央区銀座4-9-2", "03-3562-8800", "2028/01/31", "人事課長"],
                                       [6, "さくらホテル", "大阪", "大阪府大阪市北区中之島5-3-68", "06-6448-1100", "2027/10/31", "総務課長"],
                                       [7, "北国フーズ", "札幌第二工場", "北海道札幌市東区東苗穂2条3-4-1", "011-781-2200", "2028/03/31", "製造課長"],
                                       [8, "東和精機", "平塚工場", "神奈川県平塚市宝町5-1", "0463-55-1200", "2027/08/31", "総務課長"],
                                       [9, "丸岡化成", "堺工場", "大阪府堺市堺区築港八幡町1-3", "072-241-6600", "2028/02/28", "総務課長"],
                                       [10, "港南メディカル", "健診センター", "神奈川県横浜市港南区上大岡西1-6-1", "045-832-7700", "2027/11/30", "事務長"],
                                       [11, "港南メディカル", "物流センター", "神奈川県横浜市金沢区福浦2-1-7", "045-791-3300", "2028/04/30", "センター長"],
                                       [12, "みどり銀行", "事務センター", "東京都江東区豊洲3-2-20", "03-5548-0100", "2028/09/30", "事務企画部 次長"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of client sites with addresses and switchboards: businesses, not people",
))

# 073 CSV of job openings -> pass
MESSAGES.append(dict(
    id="agy-073",
    sender=S_HAYAKAWA,
    to=["ジョブポスト 掲載担当 <keisai@jobpost-media.jp>"],
    subject="求人広告 11月掲載分の原稿データ",
    charset="iso-2022-jp",
    body="""ジョブポスト 掲載ご担当者様

お世話になっております。日の出産業の早川です。
11月掲載分の求人原稿データ（20件）をCSVでお送りします。
応募受付の電話番号は全件「0120-558-216」で統一してください。

よろしくお願いいたします。
""" + SIG["hayakawa"],
    attachments=[{"kind": "csv", "name": "求人原稿_202611.csv", "encoding": "utf-8",
                  "rows": [["求人番号", "職種", "勤務地", "最寄駅", "時給", "勤務時間", "雇用形態"]]
                  + [[f"OS-26{1101 + i}", j, loc, st, f"{1200 + (i % 6) * 50}円", h, "派遣"]
                     for i, (j, loc, st, h) in enumerate(
                         [("ホテル宴会スタッフ", "大阪市北区", "大阪", "15:00-22:00"),
                          ("客室清掃", "大阪市北区", "福島", "9:00-15:00"),
                          ("検査・検品", "堺市堺区", "堺", "8:30-17:30"),
                          ("ピッキング", "堺市西区", "津久野", "9:00-18:00"),
                          ("一般事務", "大阪市中央区", "本町", "9:00-17:30"),
                          ("医療事務", "大阪市北区", "梅田", "8:45-17:15"),
                          ("コールセンター", "大阪市西区", "肥後橋", "10:00-19:00"),
                          ("フォークリフト", "堺市堺区", "堺", "8:00-17:00"),
                          ("受付", "大阪市北区", "中之島", "9:00-18:00"),
                          ("データ入力", "吹田市", "江坂", "9:30-17:30")] * 2)]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="20 job advertisements (job codes, places, wages): no people",
))

# 074 offer letter PDF to a candidate on free mail -> pass
MESSAGES.append(dict(
    id="agy-074",
    sender=S_SUGIMOTO,
    to=["一ノ瀬 陽菜 <hina.ichinose.work@gmail.com>"],
    subject="労働条件通知書（内定のご連絡）",
    charset="utf-8",
    body="""一ノ瀬 陽菜 様

日の出産業の杉本です。
このたびは内定おめでとうございます。
労働条件通知書をPDFでお送りしますので、内容をご確認ください。
ご不明点があれば、いつでもご連絡ください。

入社承諾書は11/6（金）までにご返送をお願いいたします。
""" + SIG["sugimoto"],
    attachments=[{"kind": "pdf", "name": "労働条件通知書_一ノ瀬様.pdf",
                  "lines": ["労働条件通知書", "一ノ瀬 陽菜 殿", "住所：千葉県船橋市本町4-22-3 コーポ若葉201",
                            "雇用期間：期間の定めなし（試用期間3か月）", "就業場所：東京都港区芝大門2-5-8 日の出産業株式会社",
                            "業務内容：人材サービス部 派遣コーディネーター", "賃金：月給255,000円", "入社日：2027年1月5日",
                            "日の出産業株式会社 代表取締役 日野 昭彦"]}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="the candidate's own offer letter to her free-mail address: one person, one private recipient",
))

# 075 internal roster with My Numbers -> pass
_p075 = people(75, 6, 1975, 2002)
MESSAGES.append(dict(
    id="agy-075",
    sender=S_KURIHARA,
    to=["人事労務グループ <jinji-romu@hinode-sangyo.co.jp>"],
    subject="【要管理】10月入社スタッフ 個人番号一覧",
    charset="iso-2022-jp",
    body="""人事労務グループ 各位

お疲れさまです。派遣課の栗原です。
10月入社の派遣スタッフ6名分の個人番号を取得しましたので、共有します。
確認後、本メールは削除をお願いします。

""" + "\n".join(f"{p['staff']}  {pad(p['name'], 14)}  {my_number(7500 + i)}" for i, p in enumerate(_p075)) + """

栗原
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers of 6 staff but every recipient is internal",
))

# 076 Japanese disclaimer at the end, job order confirmation -> pass
MESSAGES.append(dict(
    id="agy-076",
    sender=S_MIYASHITA,
    to=["青葉運輸 物流部 相馬様 <soma@aoba-unyu.co.jp>"],
    subject="個別契約書（2026年11月〜12月）送付のご案内",
    charset="cp932",
    body="""相馬様

お世話になっております。日の出産業の宮下です。
先日の議事録のとおり、11月〜12月の増員分について個別契約書を作成いたしました。
本日、原本2部を郵送いたしましたので、ご捺印のうえ1部ご返送ください。

　契約番号：AU-2026-118
　派遣期間：2026年11月2日〜2026年12月30日
　人数：15名（仙台物流センター）
　業務：ピッキング・梱包・出荷検品

よろしくお願いいたします。
""" + SIG["miyashita"] + """

本メールには機密情報が含まれている場合があります。
宛先に心当たりのない方は、お手数ですが送信者にご連絡のうえ削除してください。""",
    expect="pass",
    entities=[],
    detectors=[],
    note="contract notice with a contract number and a standard Japanese disclaimer",
))

# 077 PPTX training deck about personal data handling -> pass
MESSAGES.append(dict(
    id="agy-077",
    sender=S_KATAYAMA,
    to=["みどり銀行 事務企画部 釘宮様 <kugimiya@midori-ginko.co.jp>"],
    subject="派遣スタッフ向け 個人情報取扱い研修資料（ご確認用）",
    charset="utf-8",
    body="""釘宮様

お世話になっております。片山です。
事務センターに配属する派遣スタッフ向けの研修資料案をお送りします。
御社のルールと相違がないかご確認いただけますと幸いです。
""" + SIG["katayama"],
    attachments=[{"kind": "pptx", "name": "個人情報取扱い研修_派遣スタッフ向け.pptx",
                  "slides": [["個人情報の取扱いについて", "みどり銀行 事務センター配属スタッフ向け", "日の出産業株式会社"],
                             ["個人情報とは", "氏名・住所・生年月日・電話番号など、特定の個人を識別できる情報",
                              "マイナンバー（個人番号）は特定個人情報として、さらに厳格な管理が必要"],
                             ["要配慮個人情報", "病歴、障害、犯罪の経歴、信条などは本人同意なく取得しない",
                              "業務で知った情報を私的に記録・持ち出ししない"],
                             ["メール送信時の注意", "宛先を送信前に必ず確認する（オートコンプリートに注意）",
                              "複数の社外宛先はBCCを使用する", "番号類はマスキングする（例：1234-****-****）"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="training slides that talk about personal data categories; no actual personal data",
))

# 078 anonymised shortlist (no names, no contacts) -> either
MESSAGES.append(dict(
    id="agy-078",
    sender=S_OHNO,
    to=["東和精機 人事課 一ノ瀬様 <ichinose@towa-seiki.co.jp>"],
    subject="機械設計職 候補者概要（匿名レジュメ）",
    charset="iso-2022-jp",
    body="""一ノ瀬様

お世話になっております。日の出産業の大野です。
機械設計職の候補者概要を匿名にてお送りします。
ご興味のある方がいれば、ご本人の同意を得たうえで実名のレジュメをお送りします。

候補者A　男性　41歳　神奈川県在住　工作機械メーカー設計15年　現年収720万円　転職回数1回
候補者B　女性　33歳　東京都在住　家電メーカー機構設計8年　現年収560万円　転職回数0回
候補者C　男性　29歳　神奈川県在住　自動車部品治具設計5年　現年収480万円　転職回数1回
候補者D　男性　46歳　静岡県在住　産業機械設計20年　現年収780万円　転職回数2回
候補者E　男性　37歳　埼玉県在住　医療機器筐体設計11年　現年収610万円　転職回数1回
候補者F　女性　35歳　東京都在住　精密機器設計10年　現年収590万円　転職回数3回

よろしくお願いいたします。
""" + SIG["ohno"],
    expect="either",
    entities=[],
    detectors=[],
    note="six anonymised candidate profiles (age, sex, residence prefecture, employer type, salary): identifiable or not is arguable",
))

# 079 background check 'no criminal record' of one named candidate -> either
MESSAGES.append(dict(
    id="agy-079",
    sender=S_SUGIMOTO,
    to=["北斗ソフトウェア 人事 蒲生様 <gamo@hokuto-soft.jp>"],
    subject="経歴確認完了のご報告（我妻様）",
    charset="utf-8",
    body="""蒲生様

お世話になっております。日の出産業の杉本です。
内定予定の我妻 結衣様について、経歴確認が完了しましたのでご報告します。

　学歴：申告どおり（確認済）
　職歴：申告どおり（在籍期間・役職とも相違なし）
　犯罪歴・訴訟歴：該当なし
　反社チェック：該当なし

以上、問題ございませんでした。内定通知のお手続きをお進めください。
""" + SIG["sugimoto"],
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="one named candidate's check says 'no criminal record': whether a negative result is 要配慮 is arguable",
))

# 080 introduction of one temp (name, kana, age, qualifications) -> pass
MESSAGES.append(dict(
    id="agy-080",
    sender=S_KURIHARA,
    to=["東和精機 平塚工場 製造課 蒲生様 <gamo.t@towa-seiki.co.jp>"],
    subject="スタッフご紹介（11/9 就業開始）",
    charset="cp932",
    body="""蒲生様

お世話になっております。日の出産業の栗原です。
11/9から組立工程に入るスタッフをご紹介します。

　氏名：小林 健太（コバヤシ ケンタ）
　年齢：32歳
　経験：自動車部品の組立・検査 6年
　資格：フォークリフト運転技能講習修了、玉掛け技能講習修了
　通勤：自家用車（駐車場のご利用をお願いします）

初日は8:15に正門守衛所へ伺います。よろしくお願いいたします。
""" + SIG["kurihara"],
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="one temp introduced to the client site (name, age, experience): one person",
))

# 081 two external organisations, four attendees with mobiles -> pass (warn)
MESSAGES.append(dict(
    id="agy-081",
    sender=S_MIYASHITA,
    to=["青葉運輸 比嘉様 <higa.s@aoba-unyu.co.jp>"],
    cc=["ツバサシステム 村瀬様 <murase@tsubasa-system.jp>"],
    subject="11/12 仙台物流センター 現地調査の参加者",
    charset="utf-8",
    body="""比嘉様
（cc：ツバサシステム 村瀬様）

お世話になっております。日の出産業の宮下です。
11/12（木）の現地調査に伺うメンバーをお知らせします。
入構申請にお使いください。当日の連絡は各自の携帯にお願いします。

　日の出産業　宮下 亮介　　090-6612-4083
　日の出産業　栗原 誠　　　080-4417-2286
　ツバサシステム　村瀬 圭介　080-7719-3021
　ツバサシステム　九十九 沙織　070-1184-5530

集合は13:00、正門守衛所前とさせていただきます。
""" + SIG["miyashita"],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["multiple_external_domains", "personal_data"],
    note="four visitors with mobiles (under five) in a normal mail to two external organisations",
))

# 082 forward of a meeting memo (attached .eml), no personal data -> pass
MESSAGES.append(dict(
    id="agy-082",
    sender=S_NISHIDA,
    to=["川崎電機 人事部長 黒岩様 <kuroiwa@kawasaki-denki.co.jp>"],
    subject="FW: 派遣スタッフ受入れ時の安全教育について（弊社内検討メモ）",
    charset="iso-2022-jp",
    body="""黒岩様

お世話になっております。西田です。
先日ご質問いただいた安全教育の件、弊社内で検討したメモを転送いたします。
ご参考になれば幸いです。
""",
    attachments=[{"kind": "eml", "name": "安全教育検討メモ.eml", "message": dict(
        sender=S_KATAYAMA, to=["西田 浩 <nishida@hinode-sangyo.co.jp>"],
        subject="派遣スタッフ受入れ時の安全教育について",
        charset="iso-2022-jp",
        body="""西田部長

片山です。川崎電機様からのご質問について、以下のとおり整理しました。

1. 雇入れ時教育（派遣元）：弊社で2時間のeラーニングと確認テストを実施
2. 作業内容変更時教育（派遣先）：配属先で1時間程度、現場の危険箇所を説明
3. 保護具：安全靴は弊社支給、ヘルメット・手袋は派遣先で貸与
4. 記録：教育実施記録を双方で保管（3年）

以上です。
""")}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a forwarded internal memo about safety training: no personal data",
))

# 083 look-alike kitaguni-foods.jp (dropped co.) with a quotation PDF
MESSAGES.append(dict(
    id="agy-083",
    sender=S_MIURA,
    to=["北国フーズ 総務部 今泉様 <imaizumi@kitaguni-foods.jp>"],
    subject="お見積書送付（年末繁忙期 増員分）",
    charset="iso-2022-jp",
    body="""今泉様

お世話になっております。日の出産業の三浦です。
年末繁忙期の増員分について、お見積書をお送りいたします。
ご検討のほどよろしくお願いいたします。
""" + SIG["miura"],
    attachments=[{"kind": "pdf", "name": "御見積書_HS-Q-2026-1203.pdf",
                  "lines": ["御見積書", "北国フーズ株式会社 御中", "見積番号：HS-Q-2026-1203", ""],
                  "table": [["品目", "単価", "数量", "金額"],
                            ["食品製造ライン作業（日勤）", "1,980円/h", "1,200h", "2,376,000円"],
                            ["食品製造ライン作業（夜勤）", "2,475円/h", "480h", "1,188,000円"],
                            ["小計", "", "", "3,564,000円"], ["消費税（10%）", "", "", "356,400円"],
                            ["合計", "", "", "3,920,400円"]]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods.jp (co. dropped) is a look-alike of partner kitaguni-foods.co.jp",
))

# 084 look-alike nishiki-insatu.co.jp (kunrei spelling)
MESSAGES.append(dict(
    id="agy-084",
    sender=S_IWASAKI,
    to=["高野 様 <takano@nishiki-insatu.co.jp>"],
    subject="Re: 会社案内パンフレット 初校の件",
    charset="iso-2022-jp",
    body="""高野様

初校ありがとうございました。岩崎です。
以下2点の修正をお願いいたします。

・P3　沿革の「2019年 大阪オフィス開設」→「2018年 大阪オフィス開設」
・P8　拠点一覧の名古屋オフィスの電話番号を 052-581-4410 に修正

再校は11/11頃にいただけますと助かります。
""" + SIG["iwasaki"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp (tsu→tu) is a look-alike of partner nishiki-insatsu.co.jp",
))

# 085 look-alike tsubasa-system.co.jp (other TLD), four accounts to create
MESSAGES.append(dict(
    id="agy-085",
    sender=S_KURIHARA,
    to=["ツバサシステム サポート <support@tsubasa-system.co.jp>"],
    subject="勤怠システム アカウント発行依頼（4名）",
    charset="cp932",
    body="""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の栗原です。
勤怠システムに、新規スタッフのアカウント発行をお願いします。

　宍戸 航　　 shishido.w.hinode@gmail.com
　仲村渠 葵　 aoi.nkd@icloud.com
　舘野 悠真　 yuma_tateno@yahoo.co.jp
　相馬 早紀　 saki-soma@outlook.jp

権限はいずれも「一般スタッフ」でお願いします。
""" + SIG["kurihara"],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="tsubasa-system.co.jp is a TLD swap of partner tsubasa-system.jp (the 4 staff e-mails alone would only warn)",
))

# 086 look-alike kitaguni.foods.co.jp (dot for the hyphen)
MESSAGES.append(dict(
    id="agy-086",
    sender=S_HAYAKAWA,
    to=["鬼塚 拓也 <onizuka@kitaguni.foods.co.jp>"],
    subject="12/1 就業開始スタッフのお知らせ",
    charset="utf-8",
    body="""鬼塚様

お世話になっております。早川です。
12/1（火）から包装ラインに入るスタッフ2名をお知らせします。

　・東海林 恵さん（経験あり、夜勤可）
　・一ノ瀬 翔太さん（未経験、日勤のみ）

初日は8:00に正門へ集合させます。よろしくお願いします。
""" + SIG["hayakawa"],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni.foods.co.jp (a dot for the hyphen) is a look-alike of partner kitaguni-foods.co.jp",
))

# 087 取扱注意 stamp at the top of the body
MESSAGES.append(dict(
    id="agy-087",
    sender=S_NISHIDA,
    to=["丸岡化成 人事総務部 桜井様 <sakurai@maruoka-kasei.co.jp>"],
    subject="2027年度 単価改定に関するご相談",
    charset="iso-2022-jp",
    body="""【取扱注意】

丸岡化成株式会社
人事総務部 桜井様

平素より大変お世話になっております。日の出産業の西田でございます。
2027年度の派遣料金について、弊社の考え方を事前にお伝えいたします。

・最低賃金の上昇（大阪府 +63円）を受け、スタッフ時給を平均4.2%引き上げ
・これに伴い、請求単価を平均3.8%改定させていただきたい
・堺工場の長期就業スタッフ（2年以上）については、据え置き幅を個別にご相談

正式なご提案は12月の定例にてお持ちいたします。
何卒ご理解賜りますようお願い申し上げます。
""" + SIG["nishida"],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is stamped 【取扱注意】",
))

# 088 the word 機密 only in prose -> pass
MESSAGES.append(dict(
    id="agy-088",
    sender=S_OHNO,
    to=["港南メディカル 人事 比嘉様 <t.higa@konan-medical.co.jp>"],
    subject="Re: 候補者の実名開示について",
    charset="cp932",
    body="""比嘉様

お問い合わせありがとうございます。大野です。
候補者の実名につきましては、機密保持の観点から、ご本人の応募意思が確認でき、
書類選考に進む段階でお伝えする運用とさせていただいております。
現在在職中の方も多く、社外秘の情報としてお取り扱いいただく必要があるためです。

ご不便をおかけしますが、ご理解いただけますと幸いです。
""" + SIG["ohno"],
    expect="pass",
    entities=[],
    detectors=[],
    note="機密 and 社外秘 appear only as words in prose, not as a marking",
))

# 089 NDA draft to the law office -> pass
MESSAGES.append(dict(
    id="agy-089",
    sender=S_KATAYAMA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["法務 <legal@hinode-sangyo.co.jp>"],
    subject="秘密保持契約書（ライオンシティタレント社）レビューのお願い",
    charset="iso-2022-jp",
    body="""白川先生

いつもお世話になっております。日の出産業の片山です。
シンガポールの人材紹介会社ライオンシティタレント社との秘密保持契約書について、
先方ドラフトを和訳したものを添付いたします。

特に以下の点についてご意見をいただけますでしょうか。
・第3条（秘密情報の範囲）に候補者の個人情報が含まれるか
・第7条の有効期間（契約終了後5年）が妥当か
・準拠法がシンガポール法となっている点

お忙しいところ恐縮ですが、11/13頃までにいただけますと幸いです。
""" + SIG["katayama"],
    attachments=[{"kind": "docx", "name": "NDA_LionCityTalent_和訳.docx", "title": "秘密保持契約書（和訳）",
                  "paragraphs": ["秘密保持契約書（和訳・ドラフト）",
                                 "第1条（目的）本契約は、両当事者間の人材紹介業務の提携検討に関し、開示される秘密情報の取扱いを定める。",
                                 "第3条（秘密情報）秘密情報とは、開示当事者が秘密である旨を明示して開示した技術上・営業上の情報をいう。",
                                 "第5条（返還）受領当事者は、開示当事者の要求があった場合、秘密情報を速やかに返還又は破棄する。",
                                 "第7条（有効期間）本契約の有効期間は締結日から2年とし、秘密保持義務は終了後5年間存続する。",
                                 "第10条（準拠法）本契約はシンガポール法に準拠する。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the draft attached: talks about secrets but carries no marking or personal data",
))

# 090 invoice with T-number and the company bank account -> pass
MESSAGES.append(dict(
    id="agy-090",
    sender=S_MIURA,
    to=["北国フーズ 経理部 請求書受付 <seikyu@kitaguni-foods.co.jp>"],
    subject="【請求書】2026年10月度 派遣料金（請求書番号 INV-2610-0457）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業の三浦です。
2026年10月度の派遣料金の請求書をお送りいたします。

　請求書番号：INV-2610-0457
　ご請求金額：4,128,960円（税込）
　お支払期限：2026年11月30日
　登録番号：T{corp_no('010401089234')}

【お振込先】
　みどり銀行 芝支店　普通　0481126
　口座名義：ヒノデサンギョウ（カ

何卒よろしくお願い申し上げます。
""" + SIG["miura"],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice: invoice number, the company's T-number and its own bank account (a business, not a person)",
))

# 091 uniform delivery with product codes and tracking numbers -> pass
MESSAGES.append(dict(
    id="agy-091",
    sender=S_KURIHARA,
    to=["さくらホテル 客室部 宮城様 <miyagi@sakura-hotel.jp>"],
    subject="客室清掃スタッフ用ユニフォーム 発送のご連絡",
    charset="iso-2022-jp",
    body="""宮城様

お世話になっております。日の出産業の栗原です。
12月から稼働する客室清掃スタッフのユニフォームを本日発送しました。

　品番 UF-2204-NV（チュニック ネイビー） M×6 / L×4
　品番 UF-3310-BK（パンツ ブラック）　　 M×5 / L×5
　品番 AC-0915（エプロン）　　　　　　　 ×10

　配送：青葉運輸 宅配便
　お問合せ番号：4418-2207-6653 / 4418-2207-6664
　到着予定：11/20（金）午前中

到着しましたら、スタッフ控室での保管をお願いいたします。
""" + SIG["kurihara"],
    expect="pass",
    entities=[],
    detectors=[],
    note="product codes, sizes and tracking numbers: no personal data",
))

# 092 wrong Takahashi at another (not look-alike) company, harmless content -> pass
MESSAGES.append(dict(
    id="agy-092",
    sender=S_SUGIMOTO,
    to=["高橋 様 <takahashi@hokuto-soft.jp>"],
    subject="面接日程のご確認（11/10）",
    charset="cp932",
    body="""北国フーズ株式会社
人事部 高橋様

お世話になっております。日の出産業の杉本です。
品質管理職の面接について、11/10（火）10:00〜で確定いたしました。
当日は候補者が直接、札幌本社の受付に伺います。

何卒よろしくお願いいたします。
""" + SIG["sugimoto"],
    expect="pass",
    entities=[],
    detectors=[],
    note="addressed to 北国フーズ's 高橋 but sent to another client's 高橋 (hokuto-soft.jp, not a look-alike); no personal data, so the policy lets it go",
))

# 093 three outside agencies visible in To
MESSAGES.append(dict(
    id="agy-093",
    sender=S_KATAYAMA,
    to=["キャリアブリッジ 長尾様 <nagao@careerbridge.co.jp>",
        "ネクストワークス 川端様 <kawabata@nextworks.jp>",
        "ヒューマンリンク 須藤様 <sudo@humanlink-staff.co.jp>"],
    subject="【一斉ご依頼】ホテルフロント（英語対応）候補者のご紹介",
    charset="utf-8",
    body="""提携エージェント各位

いつもお世話になっております。日の出産業の片山です。
以下のポジションについて、候補者のご紹介をお願いいたします。

　職種：ホテルフロント（英語対応）
　勤務地：東京都中央区
　年収：350〜420万円
　案件番号：JO-2610-016

推薦期限は11/13（金）とさせていただきます。
よろしくお願いいたします。
""" + SIG["katayama"],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing agencies in To see each other: should have been Bcc",
))

# 094 katakana-only names with full-width mobiles, shift roster to the hotel
_p094 = people(94, 6, 1988, 2005)
MESSAGES.append(dict(
    id="agy-094",
    sender=S_HAYAKAWA,
    to=["さくらホテル大阪 料飲部 有村様 <arimura@sakura-hotel.jp>"],
    subject="12月第1週 シフト表（ラウンジ）",
    charset="iso-2022-jp",
    body="""有村様

お世話になっております。早川です。
12月第1週のラウンジのシフトです。

""" + "\n".join(f"{kata(p['ksei'])}　{kata(p['kmei'])}\t{zen(p['mobile'], iso=True)}\t{s}"
                  for p, s in zip(_p094, ["月火水　10-19", "水木金　10-19", "月金土　14-23", "土日　10-19",
                                          "火木　14-23", "日月　14-23"])) + """

急な欠勤が出た場合は、本人から直接ホテル様にも連絡するよう伝えております。
""" + SIG["hayakawa"],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="shift list of 6 staff, katakana names only, full-width mobile numbers, no header",
))

# 095 Outlook-style reply: the roster is only in the quoted part -> pass
_p095 = people(95, 8, 1980, 2004)
MESSAGES.append(dict(
    id="agy-095",
    sender=S_KURIHARA,
    to=["青葉運輸 仙台物流センター 庄司様 <shoji.k@aoba-unyu.co.jp>"],
    subject="RE: 11月度 派遣スタッフ配置表（仙台物流センター）",
    charset="utf-8",
    body="""庄司様

お世話になっております。栗原です。
ご質問の件、夜勤帯の休憩は0:00〜1:00で統一していただいて問題ございません。
スタッフにもその旨伝えておきます。

よろしくお願いいたします。

差出人: 庄司 和也 <shoji.k@aoba-unyu.co.jp>
送信日時: 2026年10月27日 火曜日 9:12
宛先: 栗原 誠 <kurihara@hinode-sangyo.co.jp>
件名: RE: 11月度 派遣スタッフ配置表（仙台物流センター）

栗原様

配置表ありがとうございます。夜勤帯の休憩時間はセンターの規定に合わせてよいでしょうか。

庄司

差出人: 栗原 誠 <kurihara@hinode-sangyo.co.jp>
送信日時: 2026年10月26日 月曜日 17:40
宛先: 庄司 和也 <shoji.k@aoba-unyu.co.jp>
件名: 11月度 派遣スタッフ配置表（仙台物流センター）

庄司様

11/2から配置予定のスタッフ一覧です。

""" + "\n".join(f"{p['name']}\t{p['kana']}\t{p['mobile']}\t{p['dob']}" for p in _p095) + """

栗原
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the 8-person roster is only in the quoted thread (Outlook 差出人/送信日時 headers); new text has none",
))

# 096 CRM export XLSX with a 社外秘 print header to the CRM vendor
_c096 = contacts(96, 18, CLIENTS)
MESSAGES.append(dict(
    id="agy-096",
    sender=S_IWASAKI,
    to=["ツバサシステム 導入支援 坂口様 <sakaguchi.t@tsubasa-system.jp>"],
    subject="移行リハーサル用データ（商談・担当者）",
    charset="cp932",
    body="""坂口様

お世話になっております。岩崎です。
移行リハーサル用に、商談データと担当者データを1ファイルにまとめました。
シート「担当者」が担当者マスタ、「商談」が進行中案件です。

リハーサル後は速やかに削除をお願いいたします。
""" + SIG["iwasaki"],
    attachments=[{"kind": "xlsx", "name": "移行リハーサル_20261102.xlsx", "page_header": "社外秘",
                  "sheets": {"担当者": [["会社", "部署", "氏名", "かな", "電話（直通）", "携帯", "メール"]]
                             + [[p["company"], p["dept"], p["sei"] + p["mei"], p["ksei"] + " " + p["kmei"], p["direct"],
                                 p["mobile"], p["cmail"]] for p in _c096],
                             "商談": [["商談ID", "会社", "案件", "金額(千円)", "確度"],
                                    ["OP-7781", "川崎電機株式会社", "品証エンジニア紹介", 2100, "B"],
                                    ["OP-7790", "みどり銀行", "事務センター派遣", 18400, "A"],
                                    ["OP-7802", "北国フーズ株式会社", "年末増員", 3920, "A"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "confidential_marking"],
    note="18 client contacts with mobiles in an XLSX whose print header says 社外秘",
))

# 097 a client's new contact person, one business card in a forward -> pass
MESSAGES.append(dict(
    id="agy-097",
    sender=S_MIURA,
    to=["ツバサシステム 村瀬様 <murase@tsubasa-system.jp>"],
    subject="FW: 担当者変更のご挨拶（港南メディカル）",
    charset="iso-2022-jp",
    body="""村瀬様

お世話になっております。三浦です。
港南メディカル様のシステム窓口が変更になったとのことで、先方からのご挨拶を転送します。
勤怠連携の件は今後こちらの方とお話しください。

---------- 転送メッセージ ----------
差出人：我妻 航 <wagatsuma@konan-medical.co.jp>
件名：担当者変更のご挨拶

日の出産業 三浦様

いつもお世話になっております。
11月1日付で情報システム部の窓口を担当することになりました我妻と申します。
前任の今泉同様、よろしくお願いいたします。

港南メディカル株式会社 情報システム部 係長
我妻 航（わがつま わたる）
TEL 045-832-7741（直通）
wagatsuma@konan-medical.co.jp
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a forwarded greeting with one client contact's business signature (direct line, company e-mail)",
))

# 098 one candidate's skill sheet (DOCX) to a client -> pass (warn)
_p098 = people(98, 1, 1990, 1996)[0]
MESSAGES.append(dict(
    id="agy-098",
    sender=S_KURIHARA,
    to=["北斗ソフトウェア 開発部 勅使河原様 <teshigawara@hokuto-soft.jp>"],
    subject="スキルシート送付（テストエンジニア 1名）",
    charset="utf-8",
    body="""勅使河原様

お世話になっております。日の出産業の栗原です。
テストエンジニアの派遣スタッフ候補のスキルシートをお送りします。
顔合わせは11/12（木）午後を希望しております。
""" + SIG["kurihara"],
    attachments=[{"kind": "docx", "name": "スキルシート_テストエンジニア.docx",
                  "paragraphs": ["スキルシート"],
                  "tables": [[["氏名", f"{_p098['sei']} {_p098['mei']}（{_p098['kana']}）"],
                              ["生年月日", wareki(_p098["y"], _p098["m"], _p098["d"], 2)],
                              ["最寄駅", "JR京浜東北線 蒲田駅"],
                              ["経験", "Webアプリの結合テスト・E2Eテスト 6年"],
                              ["スキル", "Selenium、Playwright、JMeter、SQL"],
                              ["資格", "JSTQB Foundation Level"]]]}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one candidate's skill sheet with a 和暦 date of birth: one person's record",
))

# 099 client in To and an outside agency in Cc (two external organisations) -> pass
MESSAGES.append(dict(
    id="agy-099",
    sender=S_KATAYAMA,
    to=["さくらホテル 人事部 江藤様 <eto@sakura-hotel.jp>"],
    cc=["キャリアブリッジ 長尾様 <nagao@careerbridge.co.jp>"],
    subject="共同推薦の進め方について（ホテルフロント）",
    charset="cp932",
    body="""江藤様
（cc：キャリアブリッジ 長尾様）

お世話になっております。日の出産業の片山です。
ホテルフロント（英語対応）の件、弊社と提携先のキャリアブリッジ社で
共同でご推薦させていただく形で進めたく存じます。

・推薦窓口は弊社に一本化いたします
・面接日程の調整も弊社で行います
・紹介手数料は従来どおりの条件（弊社との契約）です

来週、三者で30分ほどお打合せの機会をいただけますでしょうか。
""" + SIG["katayama"],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a client and one partner agency in To/Cc: two external organisations, normal three-way mail",
))

# 100 internal forward of a client's attendee list -> pass
_p100 = people(100, 7, 1965, 1995)
MESSAGES.append(dict(
    id="agy-100",
    sender=S_NISHIDA,
    to=["岩崎 千夏 <iwasaki@hinode-sangyo.co.jp>"],
    cc=["宮下 亮介 <miyashita@hinode-sangyo.co.jp>"],
    subject="FW: セミナー参加申込（川崎電機）",
    charset="utf-8",
    body="""岩崎さん

川崎電機様から参加申込が来ました。受付名簿に追加しておいてください。

西田

---------- Forwarded message ---------
From: 黒岩 <kuroiwa@kawasaki-denki.co.jp>
Subject: セミナー参加申込

日の出産業 西田様

11/18のセミナーに、弊社から下記7名で参加いたします。

""" + "\n".join(f"{i + 1}. {p['name']}（{d}）{p['mobile']}" for i, (p, d) in enumerate(
        zip(_p100, ["人事部", "人事部", "総務部", "川崎工場 総務課", "相模原事業所 管理課", "人事部 採用G", "法務部"]))) + """

よろしくお願いいたします。
川崎電機 人事部 黒岩
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="a forward of a 7-person attendee list, but only to internal colleagues",
))
