"""ブラインド評価コーパス — 業務領域: anpi（安否確認・事業継続）

日の出産業株式会社 総務部 BCP推進室・人事部が扱う安否確認システム周りのメール 100 通。
安否確認の回答一覧、緊急連絡先（家族）の登録、被災社員の状況、避難先（ホテル・避難所）、
安否確認システムのベンダー（ツバサシステム／移行先ベンダー）、ビル管理会社、自治体、
負傷した社員（保険会社・病院・社労士・EAP）とのやり取り。

AREA = anpi, SEED = 26801（マイナンバー・カード番号は my_number(SEED + k) /
card_number(SEED + k)、k は通し番号で重複なし）。人物・住所・番号はすべて架空。
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

SEED = 26801
_K = [0]


def _mn() -> str:
    v = my_number(SEED + _K[0])
    _K[0] += 1
    return v


def _card() -> str:
    v = card_number(SEED + _K[0])
    _K[0] += 1
    return v


def _corp(base12: str) -> str:
    """法人番号（先頭がチェックデジット）"""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-/.:()ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                     "０１２３４５６７８９－／．：（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def zen(s: str) -> str:
    return str(s).translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "FWA" else 1 for c in str(s))


def pad(s: str, n: int) -> str:
    s = str(s)
    return s + " " * max(n - _w(s), 1)


def zpad(s: str, n: int) -> str:
    """全角スペースで桁揃え（n は全角文字数）"""
    s = str(s)
    k = max(n * 2 - _w(s), 2)
    return s + "　" * (k // 2) + (" " if k % 2 else "")


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zshort":
        return zen(f"{short}{y}.{d.month}.{d.day}")
    return d.strftime("%Y/%m/%d")


# -- 架空の人物 -----------------------------------------------------------------------

_SUR = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("東海林", "ショウジ", "Shoji"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"),
    ("五十嵐", "イガラシ", "Igarashi"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("御手洗", "ミタライ", "Mitarai"),
    ("忽那", "クツナ", "Kutsuna"), ("鬼頭", "キトウ", "Kito"), ("宍戸", "シシド", "Shishido"),
    ("纐纈", "コウケツ", "Koketsu"), ("鰐淵", "ワニブチ", "Wanibuchi"), ("砂金", "イサゴ", "Isago"),
    ("今泉", "イマイズミ", "Imaizumi"), ("山路", "ヤマジ", "Yamaji"), ("菅野", "カンノ", "Kanno"),
    ("桐生", "キリュウ", "Kiryu"), ("保科", "ホシナ", "Hoshina"), ("嵯峨", "サガ", "Saga"),
]
_GIV_M = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("和也", "カズヤ", "Kazuya"),
    ("隆之", "タカユキ", "Takayuki"), ("誠", "マコト", "Makoto"), ("悠斗", "ユウト", "Yuto"),
    ("蓮", "レン", "Ren"), ("浩二", "コウジ", "Koji"), ("修", "オサム", "Osamu"),
    ("秀明", "ヒデアキ", "Hideaki"), ("陽介", "ヨウスケ", "Yosuke"), ("匠", "タクミ", "Takumi"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("慎吾", "シンゴ", "Shingo"), ("光太郎", "コウタロウ", "Kotaro"),
    ("宗一郎", "ソウイチロウ", "Soichiro"), ("篤志", "アツシ", "Atsushi"),
]
_GIV_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"), ("由美", "ユミ", "Yumi"),
    ("恵", "メグミ", "Megumi"), ("真由美", "マユミ", "Mayumi"), ("彩", "アヤ", "Aya"),
    ("結衣", "ユイ", "Yui"), ("千尋", "チヒロ", "Chihiro"), ("麻衣", "マイ", "Mai"),
    ("香織", "カオリ", "Kaori"), ("菜々子", "ナナコ", "Nanako"), ("優子", "ユウコ", "Yuko"),
    ("智子", "トモコ", "Tomoko"), ("葵", "アオイ", "Aoi"), ("里奈", "リナ", "Rina"),
    ("紀子", "ノリコ", "Noriko"), ("琴音", "コトネ", "Kotone"), ("早苗", "サナエ", "Sanae"),
    ("沙織", "サオリ", "Saori"), ("瑞穂", "ミズホ", "Mizuho"),
]
_AREAS = [
    ("東京都", "江東区", ["東陽", "南砂", "大島", "亀戸", "北砂"], "136", "03"),
    ("東京都", "江戸川区", ["西葛西", "南小岩", "平井", "船堀"], "134", "03"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "豊玉北"], "177", "03"),
    ("東京都", "大田区", ["蒲田", "大森北", "池上", "久が原"], "144", "03"),
    ("東京都", "足立区", ["梅島", "竹の塚", "西新井栄町"], "121", "03"),
    ("神奈川県", "川崎市中原区", ["新丸子町", "木月", "上小田中"], "211", "044"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "大倉山", "綱島西"], "223", "045"),
    ("神奈川県", "相模原市南区", ["相模大野", "上鶴間本町"], "252", "042"),
    ("千葉県", "船橋市", ["本町", "前原西", "習志野台"], "273", "047"),
    ("千葉県", "市川市", ["行徳駅前", "八幡", "南八幡"], "272", "047"),
    ("千葉県", "浦安市", ["入船", "富岡", "当代島"], "279", "047"),
    ("埼玉県", "さいたま市浦和区", ["常盤", "高砂", "岸町"], "330", "048"),
    ("埼玉県", "川口市", ["栄町", "芝新町", "西川口"], "332", "048"),
    ("埼玉県", "越谷市", ["蒲生寿町", "南越谷", "大沢"], "343", "048"),
    ("茨城県", "取手市", ["新町", "井野台"], "302", "0297"),
]
_BLDG = ["ハイツ", "コーポ", "メゾン", "レジデンス", "パークハウス", "グランシティ"]
_BLDG_PRE = ["サンライズ", "グリーン", "エクセル", "ひまわり", "リバーサイド", "ベルツリー", "若葉"]
_DEPTS = ["総務部", "人事部", "経理部", "営業一課", "営業二課", "情報システム部", "物流センター",
          "品質保証部", "製造部", "購買部", "法人営業部", "カスタマーサポート課"]
_FREE = ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp",
         "icloud.com", "outlook.jp"]
_REL_SP = {"M": "妻", "F": "夫"}


def _person(rng: _random.Random) -> dict:
    sx = rng.choice("MF")
    sur = rng.choice(_SUR)
    giv = rng.choice(_GIV_M if sx == "M" else _GIV_F)
    pref, city, towns, zp, area = rng.choice(_AREAS)
    town = rng.choice(towns)
    chome, ban, go = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 30)
    apt = ""
    if rng.random() < 0.45:
        apt = f" {rng.choice(_BLDG_PRE)}{rng.choice(_BLDG)}{rng.randint(1, 9)}0{rng.randint(1, 8)}"
    birth = _dt.date(rng.randint(1962, 2002), rng.randint(1, 12), rng.randint(1, 28))
    mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    if len(area) == 2:
        home = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    elif len(area) == 3:
        home = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    else:
        home = f"{area}-{rng.randint(70, 89)}-{rng.randint(1000, 9999)}"
    fam_sx = "F" if sx == "M" else "M"
    if rng.random() < 0.75:
        rel = _REL_SP[sx]
        fgiv = rng.choice(_GIV_F if sx == "M" else _GIV_M)
    else:
        rel = rng.choice(["母", "父", "長男", "長女"])
        fgiv = rng.choice(_GIV_F if rel in ("母", "長女") else _GIV_M)
    fam_mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    rom = f"{giv[2].lower()}{rng.choice(['', '.', '_'])}{sur[2].lower()}{rng.randint(1, 99) if rng.random() < 0.6 else ''}"
    from_ = f"{sur[2].lower()}.{fgiv[2].lower()}{rng.randint(10, 99)}"
    return {
        "sei": sur[0], "mei": giv[0], "kana": f"{sur[1]} {giv[1]}", "name": f"{sur[0]} {giv[0]}",
        "romaji": f"{giv[2]} {sur[2]}", "ROMAJI": f"{sur[2].upper()} {giv[2]}", "sex": sx,
        "emp": f"{rng.randint(10, 29)}{rng.randint(1000, 9999)}",
        "dept": rng.choice(_DEPTS),
        "zip": f"{zp}-{rng.randint(0, 99):02d}{rng.randint(1, 99):02d}",
        "pref": pref, "city": city,
        "addr": f"{pref}{city}{town}{chome}-{ban}-{go}{apt}",
        "addr_kanji": f"{pref}{city}{town}{chome}丁目{ban}番{go}号{apt}",
        "birth": birth, "mobile": mob, "home": home,
        "work_mail": f"{giv[2].lower()}.{sur[2].lower()}@hinode-sangyo.co.jp",
        "mail": f"{rom}@{rng.choice(_FREE)}",
        "fam_rel": rel, "fam_name": f"{sur[0]} {fgiv[0]}", "fam_kana": f"{sur[1]} {fgiv[1]}",
        "fam_mobile": fam_mob, "fam_mail": f"{from_}@{rng.choice(_FREE)}",
        "fam_romaji": f"{fgiv[2]} {sur[2]}",
    }


_RNG = _random.Random(SEED)
_MISC = _random.Random(SEED * 7 + 3)  # 口座番号などの付随番号
_POOL = [_person(_RNG) for _ in range(400)]
_NEXT = [0]


def take(n: int) -> list[dict]:
    out = _POOL[_NEXT[0]:_NEXT[0] + n]
    _NEXT[0] += n
    return out


def age(p: dict, on: _dt.date = _dt.date(2026, 10, 1)) -> int:
    b = p["birth"]
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


# -- 社内の差出人と署名 ------------------------------------------------------------------

ISURUGI = "石動 恵美 <ishurugi.emi@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 翔 <saotome.sho@hinode-sangyo.co.jp>"
KASHIWAGI = "柏木 直子 <kashiwagi.naoko@hinode-sangyo.co.jp>"
OMORI = "大森 健太 <omori.kenta@hinode-sangyo.co.jp>"
WASHIO = "鷲尾 隆 <washio.takashi@hinode-sangyo.co.jp>"
NONOMURA = "野々村 彩 <nonomura.aya@hinode-sangyo.co.jp>"
IKEBATA = "Ryo Ikebata <ikebata.ryo@hinode-sangyo.co.jp>"
URUSHIBARA = "漆原 奈緒 <urushibara.nao@hinode-sangyo.co.jp>"
KUSAKABE = "日下部 聡 <kusakabe.satoshi@hinode-sangyo.co.jp>"

SIG_ISURUGI = """
--
日の出産業株式会社
総務部 BCP推進室
石動 恵美（いするぎ えみ）
〒135-0061 東京都江東区豊洲9-8-7 日の出産業ビル 5F
TEL: 03-5500-1234（直通） FAX: 03-5500-1299
E-mail: ishurugi.emi@hinode-sangyo.co.jp
"""

SIG_SAOTOME = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 BCP推進室
早乙女 翔　Sho Saotome
〒135-0061 東京都江東区豊洲9-8-7
TEL 03-5500-1236 / 携帯 080-3321-7745
saotome.sho@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_KASHIWAGI = """
******************************
日の出産業株式会社
総務部 総務課　柏木 直子
TEL：03-5500-1215　内線：2215
Mail：kashiwagi.naoko@hinode-sangyo.co.jp
******************************
"""

SIG_OMORI = """
------------------------------------------
日の出産業株式会社 人事部 労務課
大森 健太 (Kenta Omori)
〒135-0061 東京都江東区豊洲9-8-7 日の出産業ビル 6F
TEL 03-5500-1311  FAX 03-5500-1398
------------------------------------------
"""

SIG_WASHIO = """
日の出産業株式会社
総務部長 兼 BCP推進室長　鷲尾 隆
TEL 03-5500-1201
"""

SIG_NONOMURA = """
─────────────────────
日の出産業株式会社 人事部 人事課
野々村 彩
TEL: 03-5500-1305 / Email: nonomura.aya@hinode-sangyo.co.jp
─────────────────────
"""

SIG_IKEBATA = """
--
Ryo Ikebata
IT Systems Dept., Hinode Sangyo Co., Ltd.
9-8-7 Toyosu, Koto-ku, Tokyo 135-0061, Japan
Tel: +81-3-5500-1422
"""

SIG_URUSHIBARA = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　経理部
漆原 奈緒（うるしばら なお）
TEL：03-5500-1340
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

SIG_KUSAKABE = """
--------------------------------
日の出産業株式会社 市川物流センター 総務課
日下部 聡
〒272-0000 千葉県市川市塩浜5-12-3
TEL 047-300-8812 / FAX 047-300-8819
--------------------------------
"""

DISC_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited.
"""

IDN_HINODE = "xn--" + "hin\u043ede-sangyo".encode("punycode").decode("ascii") + ".co.jp"

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"anpi-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# =====================================================================================
# 1. 人の一覧（5 名以上）を社外へ — stop
# =====================================================================================

_p = take(7)
_rows = "\n".join(
    f"{pad(p['emp'], 9)}{pad(p['name'], 14)}{pad(p['dept'], 16)}{pad(p['mail'], 34)}{p['mobile']}"
    for p in _p)
add(
    charset="iso-2022-jp",
    sender=ISURUGI,
    to=["村瀬 健司 <murase@tsubasa-system.jp>"],
    cc=["saotome.sho@hinode-sangyo.co.jp"],
    subject="9/1 安否確認訓練 不達アドレスの再送設定のお願い",
    body=f"""株式会社ツバサシステム
村瀬様

いつもお世話になっております。日の出産業の石動です。

先日の安否確認訓練（9/1 10:00 一斉配信）で、配信ログ上「宛先不明」となった
ユーザーが7名おりました。下記の登録内容を確認いただき、キャリア側の迷惑メール
フィルタによるものか、アドレス誤りか切り分けをお願いできますでしょうか。

社員番号 氏名          所属            登録メールアドレス                携帯番号
-------------------------------------------------------------------------------------------
{_rows}

本人には別途、受信設定（ドメイン指定受信）を案内済みです。
再送は9/8（火）以降で問題ございません。

よろしくお願いいたします。
{SIG_ISURUGI}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7名分の氏名・私用メール・携帯番号（空白揃えの表）をベンダーへ",
)

_p = take(6)
_rows = "\n".join(
    f"{zpad(p['name'], 8)}{zpad(zen(str(1 + i % 4)) + '名', 4)}{zpad(zen(p['mobile']), 14)}{p['addr']}"
    for i, p in enumerate(_p))
add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    subject="【至急】被災社員ご家族の宿泊手配について（6世帯）",
    body=f"""さくらホテル 予約センター　ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 総務部の柏木でございます。

先日の豪雨で自宅が浸水した社員とそのご家族につきまして、
当面の避難先として貴ホテルのお部屋を下記のとおり手配させていただきたく存じます。
期間は本日チェックインから2週間を予定しております（延長の可能性あり）。

代表者氏名　　　人数　　　携帯電話　　　　　　　被災前の住所
──────────────────────────────────────
{_rows}

ご請求は弊社宛の一括請求でお願いいたします。
空室状況をご確認のうえ、ご連絡いただけますと幸いです。
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6世帯の代表者氏名・携帯・住所（全角スペース揃え）をホテルへ",
)

_p = take(8)
_rows = "\n".join(
    f"{p['emp']}\t{p['name']}\t{p['fam_rel']}\t{p['fam_name']}\t{p['fam_mobile']}\t{p['fam_mail']}"
    for p in _p)
add(
    charset="utf-8",
    sender=SAOTOME,
    to=["support@tsubasa-system.jp"],
    subject="家族連絡先の一括登録（追加分）",
    body=f"""ツバサシステム サポートセンター御中

お世話になっております。日の出産業 BCP推進室の早乙女です。

管理画面のCSV取込がエラーになってしまうため、お手数ですが
以下の8件を「緊急連絡先（家族）」としてサポート側で登録いただけないでしょうか。
（Excelからそのまま貼り付けています。タブ区切りです）

社員番号\t社員氏名\t続柄\t家族氏名\t家族携帯\t家族メール
{_rows}

取込エラーの内容（E-2041 文字コード不正）についても、原因が分かれば教えてください。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="8名の家族氏名・携帯・メールをタブ区切りでベンダーへ",
)

_p = take(5)
_dmg = ["屋根瓦の落下・雨漏り", "床上浸水（約40cm）", "外壁のひび割れ、給湯器破損",
        "車庫の倒壊、車両1台損傷", "床下浸水・家財一部損傷"]
_rows = "\n".join(
    f"・{p['name']}（{p['dept']}）\n　　住所：{p['addr_kanji']}\n　　被害：{d}\n　　連絡先：{p['mobile']}"
    for p, d in zip(_p, _dmg))
add(
    charset="shift_jis",
    sender=OMORI,
    to=["ときわ損保 法人営業部 今井様 <imai.k@tokiwa-sonpo.co.jp>"],
    subject="団体総合保険 住宅被害の事故受付について（5名分）",
    body=f"""ときわ損害保険株式会社
法人営業部　今井様

いつもお世話になっております。日の出産業 人事部の大森です。

台風14号により自宅に被害を受けた社員のうち、団体総合保険（住まいの補償特約）に
加入している者は以下の5名です。事故受付の手続きを進めていただけますでしょうか。

{_rows}

各人の写真・修理見積は本人から直接ご提出させる形でよろしいでしょうか。
ご指示いただければ幸いです。
{SIG_OMORI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="被災社員5名の住所・被害状況・携帯（・箇条書き）を保険会社へ",
)

_p = take(6)
_fl = ["12F 北側島", "12F 窓際", "11F 会議室前", "11F 複合機横", "9F 倉庫エリア", "9F 受付裏"]
_blocks = "\n\n".join(
    f"【{i}】\n氏名　：{p['name']}（{p['kana']}）\n所属　：{p['dept']}\n座席　：{f}\n携帯　：{p['mobile']}"
    for i, (p, f) in enumerate(zip(_p, _fl), 1))
add(
    charset="iso-2022-jp",
    sender=SAOTOME,
    to=["東邦ビルマネジメント 防災センター <bousai-toyosu@toho-bm.co.jp>"],
    subject="安否未確認者の所在確認ご協力のお願い（日の出産業）",
    body=f"""東邦ビルマネジメント株式会社
豊洲センタービル 防災センター　ご担当者様

日の出産業の早乙女です。地震発生から1時間が経過しましたが、
以下の6名と連絡がとれておりません。お手数ですが、フロア巡回の際に
所在をご確認いただけないでしょうか。見つかりましたら私の携帯までご連絡ください。

{_blocks}

何卒よろしくお願いいたします。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="1人1ブロックで6名の氏名・座席・携帯をビル管理会社へ",
)

_p = take(7)
_tr = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{p['birth'].strftime('%Y/%m/%d')}</td>"
    f"<td>{p['addr']}</td><td>{p['mobile']}</td></tr>" for p in _p)
add(
    charset="utf-8",
    sender=KASHIWAGI,
    to=["若葉台市 危機管理課 <kikikanri@city.wakabadai.lg.jp>"],
    subject="一時滞在施設 受入れ者の事前登録について",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>若葉台市 危機管理課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 総務部の柏木です。</p>
<p>先日ご案内いただいた帰宅困難者の一時滞在施設（若葉台市民体育館）への事前登録につき、
弊社若葉台事業所の対象者を下表のとおりお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>住所</th><th>連絡先</th></tr>
{_tr}
</table>
<p>追加・変更がありましたら改めてご連絡いたします。<br>よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 総務課<br>柏木 直子<br>TEL 03-5500-1215</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTMLのみのメールの表に7名の氏名・生年月日・住所・電話、自治体宛",
)

_p = take(10)
add(
    charset="shift_jis",
    sender=SAOTOME,
    to=["support@tsubasa-system.jp"],
    cc=["ishurugi.emi@hinode-sangyo.co.jp"],
    subject="Re: 取込エラーの件（CSV再送）",
    body=f"""ツバサシステム サポート ご担当者様

ご回答ありがとうございました。
ご指摘のとおり文字コードがUTF-8になっていたため、Shift_JISで保存し直しました。
念のため取込前のファイルをお送りしますので、形式に問題がないかご確認ください。

添付：family_contacts_20260915.csv（10件）
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "csv", "name": "family_contacts_20260915.csv", "encoding": "cp932",
        "rows": [["社員番号", "社員氏名", "続柄", "家族氏名", "家族氏名カナ", "家族電話", "家族メール", "通知"]]
        + [[p["emp"], p["name"], p["fam_rel"], p["fam_name"], p["fam_kana"], p["fam_mobile"],
            p["fam_mail"], "1"] for p in _p],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CP932のCSVで10名分の家族連絡先をベンダーへ",
)

_p = take(12)
_st = ["無事", "無事", "無事（在宅勤務中）", "自宅被害あり", "無事", "未回答", "無事",
       "自宅被害あり", "無事", "未回答", "無事", "無事"]
_loc = ["自宅", "会社", "自宅", "避難所", "外出先", "", "会社", "親族宅", "自宅", "", "自宅", "通勤途中"]
add(
    charset="utf-8",
    sender=ISURUGI,
    to=["堀口 様 <horiguchi@riskbridge.co.jp>"],
    subject="訓練結果データ送付（分析のご依頼）",
    body=f"""リスクブリッジ・コンサルティング株式会社
堀口様

お世話になっております。日の出産業の石動です。

先週の総合防災訓練における安否確認の回答データをエクスポートしましたので、
お送りいたします。回答までの所要時間の分布と、未回答者の傾向分析を
次回定例（10/6）までにお願いできれば幸いです。

なお、抽出はまず本社管理部門の12名分のみです。全社分は別途お送りします。
{SIG_ISURUGI}""",
    attachments=[{
        "kind": "csv", "name": "anpi_answers_honsha.csv", "encoding": "utf-8",
        "rows": [["回答日時", "社員番号", "氏名", "メールアドレス", "安否", "現在地", "出社可否"]]
        + [[("" if s == "未回答" else f"2026/09/25 10:{5 + 3 * i:02d}"), p["emp"], p["name"],
            p["work_mail"], s, l, ("" if s == "未回答" else ("可" if i % 3 else "不可"))]
           for i, (p, s, l) in enumerate(zip(_p, _st, _loc))],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8のCSVで12名の安否回答（氏名・メール・所在）をコンサルへ",
)

_p = take(9)
_kbn = ["全壊", "半壊", "一部損壊", "床上浸水", "一部損壊", "なし", "床下浸水", "半壊", "なし"]
_hin = ["さくらホテル豊洲", "親族宅（長野県）", "自宅", "若葉台市民体育館", "自宅", "自宅",
        "自宅", "社宅（空室）", "自宅"]
add(
    charset="iso-2022-jp",
    sender=WASHIO,
    to=["日の出ホールディングス 経営企画部 <keiki@hinode-hd.co.jp>"],
    subject="被災社員 状況一覧（第3報）",
    body=f"""日の出ホールディングス 経営企画部 各位

お疲れさまです。日の出産業の鷲尾です。

グループ報告様式に基づき、被災社員の状況一覧（第3報）を添付いたします。
第2報からの変更点は、避難先の更新2件と新規被災者1名の追加です。
{SIG_WASHIO}""",
    attachments=[{
        "kind": "xlsx", "name": "被災社員状況一覧_第3報.xlsx", "title": "被災社員状況一覧",
        "sheets": {
            "一覧": [["被災社員 状況一覧（第3報）　2026年10月2日 17:00 現在"], [],
                     ["No", "社員番号", "氏名", "所属", "住所", "携帯電話", "住家被害", "避難先"]]
            + [[i, p["emp"], p["name"], p["dept"], p["addr"], p["mobile"], k, h]
               for i, (p, k, h) in enumerate(zip(_p, _kbn, _hin), 1)],
            "集計": [["区分", "人数"], ["全壊", 1], ["半壊", 2], ["一部損壊", 2], ["浸水", 2], ["なし", 2]],
            "更新履歴": [["日時", "内容"], ["10/1 12:00", "第1報"], ["10/1 18:00", "第2報"],
                        ["10/2 17:00", "第3報 避難先更新2件、1名追加"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="9名の住所・携帯・被害・避難先のXLSX（題名行・複数シート）をグループ会社（別ドメイン）へ",
)

_p = take(8)
add(
    charset="shift_jis",
    sender=IKEBATA,
    to=["セーフティコール 導入支援 <onboarding@safetycall.co.jp>"],
    subject="旧システムの緊急連絡網データ（サンプル）",
    body=f"""セーフティコール株式会社
導入支援ご担当者様

日の出産業 情報システム部の池端です。
旧安否確認システムから出力した緊急連絡網ファイル（Excel97-2003形式）のサンプルを
お送りします。移行ツールで読めるかどうか、列の対応を確認いただけますか。
全件（約1,200名）は形式が固まり次第お渡しします。

池端
{SIG_IKEBATA}""",
    attachments=[{
        "kind": "xls", "name": "renrakumou_sample.xls",
        "sheets": {"連絡網": [["班", "氏名", "自宅電話", "携帯電話", "住所"]]
                   + [[f"{(i // 3) + 1}班", p["name"], p["home"], p["mobile"], p["addr"]]
                      for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLS（旧形式）で8名の電話・住所を移行先ベンダーへ",
)

_p = take(6)
add(
    charset="iso-2022-jp",
    sender=KUSAKABE,
    to=["東浜町役場 総務課防災係 <bousai@town.higashihama.lg.jp>"],
    subject="当社研修センター（福祉避難所協定）入所者名簿のご提出",
    body=f"""東浜町役場 総務課 防災係　御中

いつもお世話になっております。
日の出産業株式会社 市川物流センターの日下部です。

協定に基づき当社東浜研修センターを避難所として開設しております。
本日18時時点の入所者名簿（当社社員及び家族）を添付にてご提出いたします。
備蓄の毛布が不足気味のため、追加配布のご検討もお願いできれば幸いです。
{SIG_KUSAKABE}""",
    attachments=[{
        "kind": "docx", "name": "入所者名簿_東浜研修センター.docx", "title": "入所者名簿",
        "paragraphs": ["避難所入所者名簿", "施設名：日の出産業 東浜研修センター", "作成：10月3日 18:00"],
        "tables": [[["No", "氏名", "年齢", "住所", "電話", "備考"]]
                   + [[str(i), p["name"], str(age(p)), p["addr"], p["home"], "社員" if i % 2 else "家族"]
                      for i, p in enumerate(_p, 1)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCXの表で6名の氏名・年齢・住所・電話を町役場へ",
)

_p = take(6)
_yak = ["総務部長", "総務課長", "BCP推進室", "施設担当", "施設担当", "人事部長"]
add(
    charset="utf-8",
    sender=KASHIWAGI,
    to=["東和セキュリティ 契約管理課 <keiyaku@towa-security.co.jp>"],
    subject="機械警備 異常発報時の緊急連絡先（改訂版）",
    body=f"""東和セキュリティ株式会社
契約管理課 ご担当者様

お世話になっております。日の出産業 総務課の柏木です。

人事異動に伴い、夜間・休日の異常発報時にご連絡いただく順番を改訂しましたので、
PDFにてお送りします。10月1日以降はこちらの順でご連絡ください。
{SIG_KASHIWAGI}""",
    attachments=[{
        "kind": "pdf", "name": "緊急連絡先_夜間休日_202610.pdf", "title": "緊急連絡先（夜間・休日）",
        "lines": ["日の出産業株式会社 本社ビル　異常発報時 緊急連絡先", "2026年10月1日改訂", ""],
        "table": [["順位", "氏名", "役職", "携帯電話", "自宅電話"]]
        + [[str(i), p["name"], y, p["mobile"], p["home"]] for i, (p, y) in enumerate(zip(_p, _yak), 1)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDFの表で6名の携帯・自宅電話を警備会社へ",
)

_p = take(6)
add(
    charset="utf-8",
    sender=ISURUGI,
    to=["horiguchi@riskbridge.co.jp"],
    subject="訓練結果報告（役員会用ドラフト）のレビュー依頼",
    body=f"""堀口様

お世話になっております。石動です。
役員会向けの訓練結果報告のドラフトを作成しましたので、添付のとおりお送りします。
構成と表現面でご意見をいただけますと助かります。特に4枚目の「未回答者へのフォロー」の
見せ方について、アドバイスをお願いします。

石動
{SIG_ISURUGI}""",
    attachments=[{
        "kind": "pptx", "name": "安否確認訓練_結果報告_draft.pptx", "title": "安否確認訓練 結果報告",
        "slides": [
            ["2026年度 安否確認訓練 結果報告", "総務部 BCP推進室", "2026年10月"],
            ["実施概要", "日時：9月25日 10:00 一斉配信", "対象：全社員 1,184名", "方式：メール＋アプリ通知"],
            ["回答状況", "1時間以内回答率 87.2%（前年 79.5%）", "24時間以内回答率 98.5%"],
            ["未回答者へのフォロー（個別電話）"]
            + [f"{p['dept']}　{p['name']}　{p['mobile']}" for p in _p],
            ["今後の課題", "家族連絡先の登録率向上（現在 64%）", "アプリ通知の許可設定の周知"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTXのスライドに未回答者6名の氏名・携帯、コンサルへ",
)

_p = take(7)
add(
    charset="shift_jis",
    sender=IKEBATA,
    to=["onboarding@safetycall.co.jp"],
    cc=["ishurugi.emi@hinode-sangyo.co.jp"],
    subject="移行データ一式（第1回検証用）",
    body=f"""セーフティコール株式会社
導入支援チーム 御中

日の出産業の池端です。
列の対応表を反映した第1回検証用の移行データ一式をZIPにまとめてお送りします。
users.csv がユーザー、groups.xlsx が部署マスタです。
検証後、取込結果のログをご共有ください。
{SIG_IKEBATA}""",
    attachments=[{
        "kind": "zip", "name": "migration_batch01.zip",
        "files": [
            {"kind": "csv", "name": "users.csv", "encoding": "cp932",
             "rows": [["user_id", "氏名", "カナ", "メール", "携帯電話", "部署コード"]]
             + [[p["emp"], p["name"], p["kana"], p["mail"], p["mobile"], f"D{10 + i}"]
                for i, p in enumerate(_p)]},
            {"kind": "xlsx", "name": "groups.xlsx",
             "sheets": {"部署": [["部署コード", "部署名"]] + [[f"D{10 + i}", d] for i, d in enumerate(_DEPTS)]}},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP（暗号化なし）内のCSVに7名の氏名・私用メール・携帯、移行先ベンダーへ",
)

_p = take(6)
_rows = "\n".join(f"  {201 + i * 100 if i < 4 else 102 + i}号室  {p['name']}  家族{1 + i % 3}名  {p['mobile']}"
                  for i, p in enumerate(_p))
add(
    charset="iso-2022-jp",
    sender=NONOMURA,
    to=["グリーンハウジング 管理部 <kanri@green-housing.co.jp>"],
    subject="FW: 南砂社宅 入居者一覧（地震後の確認用）",
    body=f"""グリーンハウジング株式会社 管理部 ご担当者様

いつもお世話になっております。日の出産業 人事部の野々村です。
今朝の地震を受けて、南砂社宅の建物点検の際に入居者の在宅確認もお願いしたく、
社内で共有されていた入居者一覧を転送いたします。

----- Forwarded Message -----
From: 人事部 厚生課 <kousei@hinode-sangyo.co.jp>
To: nonomura.aya@hinode-sangyo.co.jp
Subject: 南砂社宅 入居者一覧
Date: 2026/10/05 08:12

野々村さん
南砂社宅（東京都江東区南砂4-17-2）の入居者です。安否確認に使ってください。

{_rows}

厚生課 三宅
-----------------------------
{SIG_NONOMURA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="転送（FW）本文に社宅入居者6名の部屋番号・氏名・携帯、管理会社へ",
)

_p = take(6)
_inner = "\n".join(f"{p['name']} / {p['dept']} / 携帯 {p['mobile']} / {p['mail']}" for p in _p)
add(
    charset="utf-8",
    sender=SAOTOME,
    to=["horiguchi@riskbridge.co.jp"],
    subject="FW: 【安否確認】未回答者リスト（第2報）",
    body=f"""堀口様

早乙女です。
昨日お話しした「未回答者への電話フォロー」の実例として、社内で回付された
メールをそのまま添付します。フォロー手順の改善案の参考にしてください。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "eml", "name": "未回答者リスト_第2報.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "石動 恵美 <ishurugi.emi@hinode-sangyo.co.jp>",
            "to": ["bcp-team@hinode-sangyo.co.jp"],
            "subject": "【安否確認】未回答者リスト（第2報）",
            "body": f"""BCP班各位

12:00時点で未回答の6名です。手分けして電話をお願いします。
（上から早乙女さん3名、柏木さん3名）

{_inner}

石動
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="添付した社内メール(.eml)に未回答者6名の携帯・メール、コンサルへの転送",
)

_p = take(8)
_rows = "\n".join(f"{p['emp']},{p['mail']},{p['mobile']}" for p in _p)
add(
    charset="shift_jis",
    sender=SAOTOME,
    to=["村瀬様 <murase@tsubasa-system.jp>"],
    subject="テスト配信対象の登録について",
    body=f"""村瀬様

お世話になっております。早乙女です。
来週のテスト配信は、まず情報システム部の協力者8名に限定して行いたいと思います。
テスト配信グループに以下のアドレスを登録していただけますか。
（社員番号,携帯メール,携帯番号）

{_rows}

テスト文面は前回と同じもので結構です。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="氏名列なしでも8名分の私用メール・携帯（カンマ区切り）をベンダーへ",
)

_p = take(5)
_cities = ["Bangkok", "Ho Chi Minh City", "Jakarta", "Manila", "Kuala Lumpur"]
_rows = "\n".join(
    f"{i}. {p['ROMAJI']} ({c})\n   Mobile: +81-{p['mobile'][1:]}\n   Personal e-mail: {p['mail']}\n"
    f"   Emergency contact: {p['fam_romaji']} "
    f"({'spouse' if p['fam_rel'] in ('妻', '夫') else 'parent/child'}), +81-{p['fam_mobile'][1:]}"
    for i, (p, c) in enumerate(zip(_p, _cities), 1))
add(
    charset="utf-8",
    sender=IKEBATA,
    to=["Assistance Desk <desk@globalassist-partners.com>"],
    subject="Enrollment of expatriate staff for the travel security programme",
    body=f"""Dear Assistance Desk team,

Following our contract renewal, please enroll the following Hinode Sangyo staff
currently on assignment in Southeast Asia in your crisis-alert service, so that
they receive your evacuation advisories directly.

{_rows}

Please confirm once they have been added.

Kind regards,
{SIG_IKEBATA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English: 5 expatriates' names, mobiles, private e-mails and family phones to an overseas provider",
)

_p = take(6)
_bank = [("みどり銀行", "豊洲支店"), ("さくら信用金庫", "亀戸支店"), ("みどり銀行", "船橋支店"),
         ("ゆうちょ銀行", "〇一八店"), ("東西銀行", "川口支店"), ("みどり銀行", "浦和支店")]
_lines = "\n".join(
    f"{zpad(p['kana'], 12)}{zpad(b, 8)}{zpad(s, 6)}普通  {_MISC.randint(1000000, 9999999):07d}  50,000"
    for p, (b, s) in zip(_p, _bank))
add(
    charset="shift_jis",
    sender=URUSHIBARA,
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    subject="災害見舞金 総合振込の件（データ添付）",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の漆原でございます。

災害見舞金の支給につきまして、インターネットバンキングの上限を超えるため
窓口での総合振込をお願いしたく、振込データをテキストにてお送りいたします。
振込指定日は10月10日です。
{SIG_URUSHIBARA}""",
    attachments=[{
        "kind": "txt", "name": "振込データ_災害見舞金.txt", "encoding": "cp932",
        "text": "受取人名（カナ）        銀行名          支店名      種別  口座番号  金額\n"
                "-------------------------------------------------------------------------\n"
                + _lines + "\n",
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="テキスト添付で6名の口座番号（カナ氏名つき）を銀行へ",
)

_p = take(9)
_paras = ["安否確認携帯カード 印字データ（第1ロット）", "※各カード1名分。裏面は共通デザイン。", ""]
for p in _p:
    _paras += [f"■ {p['name']}（{p['kana']}）　社員番号 {p['emp']}",
               f"　本人携帯：{p['mobile']}",
               f"　緊急連絡先：{p['fam_name']}（{p['fam_rel']}）{p['fam_mobile']}",
               f"　自宅：{p['addr']}", ""]
add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["錦印刷 営業部 中尾様 <nakao@nishiki-insatsu.co.jp>"],
    subject="安否確認カード 印刷データ入稿（第1ロット）",
    body=f"""錦印刷株式会社
営業部　中尾様

いつもお世話になっております。日の出産業の柏木です。
先日お見積りいただいた「安否確認携帯カード」の印字データ（第1ロット9名分）を
Wordファイルで入稿いたします。校正は来週中にいただけますと幸いです。
第2ロット以降は部署ごとに順次お送りします。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "docx", "name": "安否カード印字データ_01.docx", "paragraphs": _paras}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX本文に1人1ブロックで9名の携帯・家族連絡先・自宅住所、印刷会社へ",
)

_p = take(5)
_main = _p[0]
_fam = [("本人", "剛", _dt.date(1979, 11, 3)), ("妻", "早苗", _dt.date(1982, 4, 2)),
        ("長男", "悠斗", _dt.date(2009, 7, 21)), ("長女", "琴音", _dt.date(2012, 1, 30)),
        ("母", "紀子", _dt.date(1951, 9, 14))]
_main = dict(_main, mei="剛", name=_main["sei"] + " 剛")
_lines = []
for rel, mei, bd in _fam:
    nm = _main["sei"] + " " + mei
    _lines.append(f"　{zpad(rel, 3)}{zpad(nm, 8)}{wareki(bd, 'zen')}生")
add(
    charset="shift_jis",
    sender=OMORI,
    to=["全国商工共済会 給付課 <kyufu@zenkoku-kyosai.or.jp>"],
    subject="災害見舞金 給付申請（住家全壊）に関する世帯員情報",
    body=f"""全国商工共済会　給付課　御中

いつもお世話になっております。日の出産業 人事部の大森でございます。
先般ご相談した会員の住家全壊にかかる災害見舞金の給付申請につき、
申請書の世帯員欄の内容を先にお知らせいたします。原本は本日郵送いたします。

会員氏名：{_main['name']}（会員番号 {zen('K-' + _main['emp'])}）
被災住所：{zen(_main['zip'])}　{_main['addr_kanji']}
世帯員：
{chr(10).join(_lines)}

罹災証明書（全壊）の写しは取得済みです。
ご不明点がございましたらご連絡ください。
{SIG_OMORI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="世帯員5名の氏名・和暦生年月日（全角）と住所を共済会へ",
)

# =====================================================================================
# 2. マイナンバー・カード番号・身分証番号 — stop
# =====================================================================================

_p = take(1)[0]
_n = _mn()
add(
    charset="utf-8",
    sender=NONOMURA,
    to=["若葉台市 生活再建支援窓口 <saiken@city.wakabadai.lg.jp>"],
    subject="被災者生活再建支援金 申請書の記載内容について（ご確認）",
    body=f"""若葉台市 生活再建支援窓口 ご担当者様

お世話になっております。日の出産業株式会社 人事部の野々村です。
弊社社員の申請手続きを代行するにあたり、申請書の記載が正しいかご確認いただきたく、
転記内容をお送りします。

申請者氏名　：{_p['name']}（{_p['kana']}）
生年月日　　：{_p['birth'].strftime('%Y年%m月%d日')}
個人番号　　：{_n[:4]} {_n[4:8]} {_n[8:]}
被災時の住所：{_p['addr_kanji']}
被害の程度　：大規模半壊（罹災証明 第2026-0412号）

本人は現在避難先におり来庁が難しいため、委任状を添えて郵送で提出予定です。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="社員1名のマイナンバー・生年月日・住所を市役所へ",
)

_p = take(3)
_ns = [_mn() for _ in _p]
add(
    charset="iso-2022-jp",
    sender=OMORI,
    to=["あさひ社会保険労務士法人 <info@asahi-sr.jp>"],
    subject="被災に伴う退職者3名の資格喪失・離職票手続き",
    body=f"""あさひ社会保険労務士法人
担当　佐伯先生

いつもお世話になっております。日の出産業の大森です。
先月の地震で自宅を失い、実家のある地方へ転居するため退職する社員が3名おります。
雇用保険の資格喪失届・離職票の作成をお願いいたします。
個人番号は添付の一覧に記載しております。
{SIG_OMORI}""",
    attachments=[{
        "kind": "xlsx", "name": "退職者一覧_202610.xlsx",
        "sheets": {"退職者": [["退職者一覧（2026年10月末退職）"], [],
                             ["氏名", "フリガナ", "生年月日", "個人番号", "退職日", "離職理由"]]
                   + [[p["name"], p["kana"], p["birth"].strftime("%Y/%m/%d"), n, "2026/10/31", "自己都合（転居）"]
                      for p, n in zip(_p, _ns)]},
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSXに3名のマイナンバー（5名未満でも個人番号で停止）、社労士へ",
)

_p = take(1)[0]
_c = _card()
add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["reserve@sakura-hotel.jp"],
    subject="Re: 延泊のご依頼（日の出産業）",
    body=f"""さくらホテル 予約センター
ご担当者様

ご連絡ありがとうございます。
延泊分のお支払いは、前回と異なり法人カードでの事前決済でお願いいたします。

宿泊者　　：{_p['name']} 様（携帯 {_p['mobile']}）
期間　　　：10/12〜10/19（7泊）
カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
有効期限　：08/29
名義　　　：HINODE SANGYO CO LTD

お手数をおかけしますが、よろしくお願いいたします。
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="クレジットカード番号をホテルへメールで送付",
)

_c = _card()
add(
    charset="utf-8",
    sender=SAOTOME,
    to=["村瀬様 <murase@tsubasa-system.jp>"],
    subject="Re: SMS配信オプション追加のお見積り",
    body=f"""村瀬様

お見積りありがとうございました。SMS配信オプション（年額 132,000円・税込）で
発注いたします。支払いはカード決済でとのことでしたので、以下でお願いします。

　カード番号　{zen(_c[:4])}　{zen(_c[4:8])}　{zen(_c[8:12])}　{zen(_c[12:])}
　有効期限　　１１／２８
　セキュリティコードはお電話でお伝えします。

早乙女

> 村瀬です。
> SMS配信オプションのお見積りを添付いたします。
> お支払いは請求書払いのほか、クレジットカード決済にも対応しております。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="全角数字のカード番号を新規本文でベンダーへ",
)

_p = take(2)
_lic = [f"{_MISC.randint(30, 63)}{_MISC.randint(10, 99)}{_MISC.randint(10000000, 99999999)}" for _ in _p]
add(
    charset="iso-2022-jp",
    sender=KUSAKABE,
    to=["ひまわりレンタカー 市川駅前店 <ichikawa@himawari-rentacar.jp>"],
    subject="支援物資輸送用トラックの予約（運転者情報）",
    body=f"""ひまわりレンタカー 市川駅前店　御中

お世話になっております。日の出産業 市川物流センターの日下部です。
被災地の社員向け支援物資を運ぶため、2tトラック1台を10/8〜10/10で予約したく、
運転者2名の情報をお送りします。

運転者1
　氏名：{_p[0]['name']}
　運転免許証番号：{_lic[0]}（中型）
　携帯：{_p[0]['mobile']}
運転者2
　氏名：{_p[1]['name']}
　運転免許証番号：{_lic[1]}（準中型）
　携帯：{_p[1]['mobile']}

当日は免許証原本を持参させます。
{SIG_KUSAKABE}""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="運転免許証番号2名分をレンタカー会社へ",
)

_rc = "TK" + f"{_MISC.randint(10000000, 99999999)}" + "FJ"
add(
    charset="utf-8",
    sender=NONOMURA,
    to=["若葉台市 多文化共生センター <tabunka@city.wakabadai.lg.jp>"],
    subject="避難所でのベトナム語通訳のご依頼（当社社員）",
    body=f"""若葉台市 多文化共生センター ご担当者様

日の出産業株式会社 人事部の野々村と申します。
弊社の技能実習修了後に正社員となったベトナム出身の社員が、現在若葉台第二小学校の
避難所に身を寄せています。日本語での複雑な手続き説明が難しいため、
通訳ボランティアの派遣をお願いできないでしょうか。

氏名：NGUYEN VAN THANH（グエン・ヴァン・タイン）
在留カード番号：{_rc}
在留資格：技術・人文知識・国際業務
連絡先：080-6612-4093
現住所：若葉台市緑町2-14-6 コーポ若葉103（浸水のため退去中）

ご検討のほどよろしくお願いいたします。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="在留カード番号（1名）を自治体へ",
)

_p = take(1)[0]
add(
    charset="shift_jis",
    sender=OMORI,
    to=["若葉台中央病院 医事課 <iji@wakabadai-chuo-hp.or.jp>"],
    subject="救急搬送された弊社社員の保険証情報について",
    body=f"""若葉台中央病院　医事課　ご担当者様

日の出産業株式会社 人事部の大森と申します。
昨日、倉庫での荷崩れにより貴院へ救急搬送された弊社社員につきまして、
本人が保険証を持参していなかったため、保険証の情報をお知らせいたします。
（業務中の事故のため、後日労災に切り替える予定です）

氏名　　　　：{_p['name']}（{_p['kana']}）
生年月日　　：{wareki(_p['birth'])}
保険者番号　：０１１３００１２
記号・番号　：{zen(str(_MISC.randint(10000000, 99999999)))}・{zen(str(_MISC.randint(100, 999)))}
傷病名（本人申告）：左大腿骨骨折、頭部打撲

労災の様式（5号）は後日お持ちします。
{SIG_OMORI}""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号と傷病名（要配慮）を病院へ",
)

_p = take(1)[0]
_bp = f"{_MISC.randint(1000, 9999)}-{_MISC.randint(100000, 999999)}"
add(
    charset="iso-2022-jp",
    sender=OMORI,
    to=["info@asahi-sr.jp"],
    subject="労災 障害補償給付の請求準備（物流センター事故の件）",
    body=f"""佐伯先生

いつもお世話になっております。大森です。
7月の物流センターでの事故で負傷した社員について、主治医から症状固定の診断が出ました。
障害補償給付の請求書作成をお願いしたく、必要事項をお送りします。

　氏名：{_p['name']}
　生年月日：{_p['birth'].strftime('%Y年%-m月%-d日')}
　基礎年金番号：{_bp}
　傷病名：右手指挫滅創（第2・第3指 切断）
　症状固定日：2026年9月30日
　住所：{_p['addr']}

診断書（様式10号）は本人から原本を受け取り次第お送りします。
{SIG_OMORI}""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="基礎年金番号と傷病・障害の内容を社労士へ",
)

_p = take(2)
_pp = [f"T{_MISC.choice('KRZS')}{_MISC.randint(1000000, 9999999)}" for _ in _p]
add(
    charset="utf-8",
    sender=IKEBATA,
    to=["Mirai Travel Corporate Desk <corporate@mirai-travel.co.jp>"],
    subject="Urgent: return flights for two staff from Cebu (flood evacuation)",
    body=f"""Dear Corporate Desk,

Due to the flooding in Cebu, we need to bring two of our engineers back to Japan
as soon as possible. Please book the earliest available flights (CEB -> NRT/HND,
economy is fine) and send the e-tickets to me.

1) {_p[0]['ROMAJI']}
   Date of birth: {_p[0]['birth'].strftime('%d %b %Y')}
   Passport No.: {_pp[0]} (exp. 2031-03-14)
2) {_p[1]['ROMAJI']}
   Date of birth: {_p[1]['birth'].strftime('%d %b %Y')}
   Passport No.: {_pp[1]} (exp. 2029-11-02)

Charge to our corporate account as usual (customer code HNS-2207).

Best regards,
{SIG_IKEBATA}""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="English: two passport numbers with dates of birth to a travel agency",
)

# =====================================================================================
# 3. 要配慮個人情報（1 名でも）— stop
# =====================================================================================

_p = _INJURED = take(1)[0]
add(
    charset="iso-2022-jp",
    sender=OMORI,
    to=["imai.k@tokiwa-sonpo.co.jp"],
    subject="傷害保険の事故報告（避難中の負傷）",
    body=f"""ときわ損害保険 今井様

お世話になっております。日の出産業の大森です。
地震当日、非常階段で避難中に転倒した社員について、傷害保険の事故報告をお送りします。

被保険者：{_p['name']}（{_p['dept']}）
事故日時：2026年10月5日 9時42分ごろ
事故状況：本社ビル7階から避難中、非常階段で足を踏み外し転倒
傷病名　：右橈骨遠位端骨折（全治約8週間の見込み、豊洲整形外科クリニックにて手術予定）
通院状況：10月6日より週2回通院

診断書は取得次第、郵送いたします。
{SIG_OMORI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="社員1名の傷病名・治療状況（要配慮個人情報）を保険会社へ",
)

_p = take(1)[0]
add(
    charset="shift_jis",
    sender=ISURUGI,
    to=["なにわビルサービス 大阪本町ビル管理室 <honmachi@naniwa-bs.co.jp>"],
    subject="避難時に介助が必要な入居者従業員について（日の出産業 大阪支店）",
    body=f"""なにわビルサービス株式会社
大阪本町ビル 管理室 ご担当者様

日の出産業株式会社 BCP推進室の石動です。
10月1日付で大阪支店（14階）に着任した社員のうち1名が車いすを利用しており、
災害時にエレベーターが停止した場合の避難介助について、事前にご相談させてください。

　氏名：{_p['name']}
　所属：大阪支店 営業課（14階 西側）
　状況：脊髄損傷による下肢機能障害（身体障害者手帳1級）、電動車いす使用
　避難方法の案：非常用階段での避難車（イーバックチェア）使用、支店員2名で介助

ビル側の避難器具の配置状況と、一時避難場所（階段室前）の使用可否を教えてください。
{SIG_ISURUGI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の社員の障害の内容（要配慮）をビル管理会社へ",
)

_p = take(1)[0]
add(
    charset="utf-8",
    sender=NONOMURA,
    to=["こころケアパートナーズ 相談受付 <uketsuke@kokoro-care.jp>"],
    subject="被災社員のカウンセリング予約のお願い",
    body=f"""こころケアパートナーズ 相談受付 ご担当者様

いつもお世話になっております。日の出産業 人事部の野々村です。
EAP契約に基づき、以下の社員の個別カウンセリングをお願いしたくご連絡しました。

・氏名：{_p['name']}（{_p['kana']}）
・状況：自宅が全壊し、現在は親族宅に避難中。被災後、不眠と動悸が続き、
　10/2に心療内科で「急性ストレス障害」と診断され、2週間の休業中です。
・本人の希望：対面ではなくオンライン面談、平日午前
・連絡先：{_p['mobile']}（本人の了承済み）

本人には御社から直接ご連絡いただいて差し支えありません。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="社員1名の診断名（精神疾患）と休業をEAP事業者へ",
)

_p = take(1)[0]
add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["さくらホテル 宿泊課 <stay@sakura-hotel.jp>"],
    subject="長期滞在の社員に関するお食事等のご配慮のお願い",
    body=f"""さくらホテル 宿泊課
ご担当者様

いつも避難先の受け入れでお世話になっております。日の出産業の柏木です。
明日からご滞在予定の弊社社員{_p['name']}（1名、10/14〜）についてお願いがございます。

本人はイスラム教を信仰しており、豚肉・アルコールを含む食事がとれません。
朝食のご配慮（ハラール対応、または原材料の表示）と、1日5回の礼拝ができる
静かなスペースのご用意が可能かご確認いただけますでしょうか。

難しい点があれば、別の方法を検討いたしますのでお知らせください。
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の社員の信仰（宗教＝要配慮）をホテルへ",
)

_p = take(1)[0]
add(
    charset="shift_jis",
    sender=WASHIO,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["omori.kenta@hinode-sangyo.co.jp"],
    subject="避難所で被害に遭った社員への会社としての対応（ご相談）",
    body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の鷲尾でございます。
大変申し上げにくいご相談ですが、被災地の避難所に身を寄せていた弊社社員
{_p['name']}（{_p['dept']}、{age(_p)}歳）が、10月7日夜に避難所内で暴行被害に遭い、
翌日、所轄の警察署に被害届を提出いたしました。

本人は現在、会社借上げのホテルに移っておりますが、
・加害者との接触を避けるため会社として取り得る措置
・休業中の賃金や労災の扱い
について、ご助言をいただけないでしょうか。近日中にお打合せの時間を頂戴できれば幸いです。
{SIG_WASHIO}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="犯罪被害を受けた社員（要配慮）を特定できる形で法律事務所へ",
)

_p = take(1)[0]
add(
    charset="utf-8",
    sender=SAOTOME,
    to=["bousai-toyosu@toho-bm.co.jp"],
    subject="個別避難計画書のご共有（12階 日の出産業）",
    body=f"""東邦ビルマネジメント 防災センター ご担当者様

日の出産業の早乙女です。
先日の自衛消防訓練の振り返りでご相談した件、個別避難計画書を作成しましたので
添付にてお送りします。発作時の初期対応について、防災センター側でも把握しておいて
いただけると助かります。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "docx", "name": "個別避難計画書_12F.docx", "title": "個別避難計画書",
        "paragraphs": ["個別避難計画書", "日の出産業株式会社 12階"],
        "tables": [[["項目", "内容"],
                    ["氏名", _p["name"]],
                    ["所属・座席", f"{_p['dept']}／12F 南側 窓際"],
                    ["支援が必要な理由", "てんかんの持病あり（服薬中）。強い光・騒音で発作の可能性"],
                    ["発作時の対応", "周囲の物をどけ、横向きに寝かせる。5分以上続く場合は119番"],
                    ["避難支援者", "同課 2名（正・副）"],
                    ["緊急連絡先", f"{_p['fam_name']}（{_p['fam_rel']}） {_p['fam_mobile']}"]]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCXに社員1名の持病（てんかん）と家族連絡先、ビル管理会社へ",
)

# =====================================================================================
# 4. 社外の 3 者以上が To/Cc で互いに見える — stop
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=SAOTOME,
    to=["総務部 御中 <soumu@minamo-shoji.co.jp>", "管理部 防火担当 <bouka@maruwa-seiki.co.jp>",
        "office@kotobuki-design.co.jp"],
    cc=["bousai-toyosu@toho-bm.co.jp"],
    subject="豊洲センタービル 合同防災訓練（11/12）のご案内",
    body=f"""豊洲センタービル 入居テナント各社 防火担当者様

いつもお世話になっております。
本年度の統括防火管理者を務めております日の出産業 BCP推進室の早乙女です。

ビル合同の防災訓練を下記のとおり実施いたします。

　日時：11月12日 14:00〜15:00（雨天決行）
　内容：通報・避難訓練、消火器の取扱い、安否確認（各社の方式で実施）
　集合：1階エントランス前広場

各社の参加予定人数を11/5までにご返信ください。
{SIG_SAOTOME}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="テナント3社とビル管理会社、計4社の宛先をToとCcで互いに見える形で送信（Bccにすべき）",
)

add(
    charset="utf-8",
    sender=ISURUGI,
    to=["saito.family0615@gmail.com", "m-kutsuna@yahoo.co.jp", "hoshina.yuko@icloud.com"],
    subject="【日の出産業】安否確認システム ご家族の登録のご案内",
    body=f"""社員のご家族の皆様

日頃より日の出産業の事業にご理解をいただきありがとうございます。
総務部 BCP推進室の石動でございます。

ご家族の登録を希望された皆様に、安否確認システムの「家族伝言板」へのご登録方法を
ご案内します。下記URLから、社員本人より共有された招待コードを入力してください。

　https://anpi.tsubasa-system.jp/hinode/family
　（招待コードの有効期限：10月31日）

災害時には、社員の安否状況をこちらでご確認いただけます。
ご不明な点は、下記までお問い合わせください。
{SIG_ISURUGI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="社員家族3名（個人＝各1者）のアドレスをToで互いに見える形で送信",
)

add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["kikikanri@city.wakabadai.lg.jp"],
    cc=["南里市 防災課 <bousai@city.nanri.lg.jp>", "bousai@town.higashihama.lg.jp"],
    subject="帰宅困難者対策 連絡会 資料の送付",
    body=f"""若葉台市 危機管理課
南里市 防災課
東浜町 総務課防災係
ご担当者各位

いつもお世話になっております。日の出産業 総務課の柏木です。
先日の帰宅困難者対策連絡会でお約束した、弊社の一斉帰宅抑制の運用ルールを
お送りいたします（本文記載のみ、添付なし）。

1. 発災後72時間は原則として社内待機
2. 備蓄：水 3L×3日分、食料 9食分、簡易トイレを全従業員分確保
3. 来訪者分として1割増しで備蓄
4. 安否確認システムで家族の安否を確認後、段階的に帰宅

次回連絡会は12月を予定しております。
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="3つの自治体（3者）のアドレスがTo/Ccで互いに見える",
)

add(
    charset="iso-2022-jp",
    sender=WASHIO,
    to=["murase@tsubasa-system.jp", "bousai-toyosu@toho-bm.co.jp"],
    cc=["keiyaku@towa-security.co.jp", "reserve@sakura-hotel.jp"],
    subject="BCP合同訓練（首都直下地震想定）の役割分担について",
    body=f"""関係各社 ご担当者様

日の出産業の鷲尾です。いつも弊社のBCPにご協力いただきありがとうございます。
12月の合同訓練につき、各社の役割案をまとめましたのでご確認ください。

・ツバサシステム様：安否確認の一斉配信、回答状況のリアルタイム集計
・東邦ビルマネジメント様：館内放送、エレベーター停止・閉じ込め確認
・東和セキュリティ様：入退館管理、夜間帯のシナリオ
・さくらホテル様：帰宅困難者の受入れ（20名想定）

ご意見は11/20までにお寄せください。
{SIG_WASHIO}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外4社がTo/Ccで互いに見える",
)

add(
    charset="utf-8",
    sender=IKEBATA,
    to=["ops@lumen-logistics.com", "supply@pacific-parts.com.sg"],
    cc=["purchasing@sunrise-trading.com.vn"],
    subject="Hinode Sangyo business continuity update - Typhoon No. 19",
    body=f"""Dear partners,

This is to let you know that our Tokyo headquarters and Ichikawa distribution
centre were closed on 14 October due to Typhoon No. 19. All staff have been
confirmed safe through our safety confirmation system.

Operations resumed this morning. Shipments scheduled for 14-15 October will be
dispatched by 18 October. We apologise for the inconvenience.

Best regards,
{SIG_IKEBATA}{DISC_EN}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="English: three overseas companies in To/Cc can see each other",
)

# =====================================================================================
# 5. 似せドメイン（look-alike）— stop
# =====================================================================================

add(
    charset="shift_jis",
    sender=ISURUGI,
    to=["田辺 純 <tanabe.jun@hinode-sangyou.co.jp>"],
    subject="大阪支店分 安否回答状況（集計）",
    body=f"""田辺さん

お疲れさまです。本社BCP推進室の石動です。
本日の訓練の大阪支店分の集計をお送りします。支店会議で共有してください。

　対象者　　　：86名
　1時間以内回答：71名（82.6%）
　24時間以内　：84名（97.7%）
　未回答　　　：2名（個別に支店長から声掛け済み）

全社平均は1時間以内 87.2% でした。次回は90%超えを目指しましょう。
{SIG_ISURUGI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="自社ドメインに u を足した hinode-sangyou.co.jp（社内宛のつもり）",
)

add(
    charset="iso-2022-jp",
    sender=SAOTOME,
    to=["サポートセンター <support@tsubasa-systern.jp>"],
    subject="管理者権限の追加について",
    body=f"""ツバサシステム サポートセンター御中

お世話になっております。日の出産業の早乙女です。
10月1日付の組織変更に伴い、大阪支店の総務担当者にも「拠点管理者」権限を
付与したいと考えています。管理画面からの設定手順を教えていただけますか。
また、拠点管理者が閲覧できる範囲（自拠点の回答のみか）もあわせてご教示ください。
{SIG_SAOTOME}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="パートナー tsubasa-system.jp の m を rn にした tsubasa-systern.jp",
)

_p = take(3)
_rows = "\n".join(f"　{i}. {p['name']} 様　{p['mobile']}" for i, p in enumerate(_p, 1))
add(
    charset="utf-8",
    sender=KASHIWAGI,
    to=["reserve@sakura-hotels.jp"],
    subject="追加の宿泊手配（3名）",
    body=f"""さくらホテル 予約センター ご担当者様

いつもお世話になっております。日の出産業の柏木です。
本日から、以下の3名の宿泊を追加でお願いできますでしょうか（各シングル、5泊）。

{_rows}

請求は既存の契約どおり弊社一括でお願いいたします。
{SIG_KASHIWAGI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="パートナー sakura-hotel.jp に s を足した sakura-hotels.jp（3名の連絡先つき）",
)

add(
    charset="shift_jis",
    sender=KUSAKABE,
    to=["本社 BCP推進室 <bcp-team@hinode-sangyo.com>"],
    subject="市川物流センター 防災訓練の日程変更",
    body=f"""BCP推進室 各位

お疲れさまです。市川物流センターの日下部です。
11/20に予定していたセンターの防災訓練ですが、繁忙期の入荷と重なるため
11/27（同時刻）に変更させてください。安否確認の一斉配信の対象グループも
同日に合わせて設定をお願いします。
{SIG_KUSAKABE}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="自社ドメインの TLD 違い hinode-sangyo.com（社内宛のつもり）",
)

add(
    charset="utf-8",
    sender=NONOMURA,
    to=["人事部 労務課 <roumu@mail-hinode-sangyo.co.jp>"],
    subject="被災社員の特別休暇 取得状況の確認",
    body=f"""労務課 ご担当者様

お疲れさまです。人事課の野々村です。
今回の地震で適用した「災害特別休暇」について、現時点での取得申請件数と
取得日数の合計を教えてください。来週の経営会議で報告が必要です。
個人別の内訳は不要です。
{SIG_NONOMURA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="mail.hinode-sangyo.co.jp の点をハイフンにした mail-hinode-sangyo.co.jp",
)

add(
    charset="utf-8",
    sender=WASHIO,
    to=[f"経営企画部 <keiki@{IDN_HINODE}>"],
    subject="BCP 年次報告の提出期限について",
    body=f"""経営企画部 各位

鷲尾です。BCP年次報告（安否確認訓練・備蓄・代替拠点）の提出期限について、
11月末から12月第2週に延ばしていただくことは可能でしょうか。
訓練の結果分析が外部コンサルから戻るのが11月下旬になる見込みのためです。
{SIG_WASHIO}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="キリル文字の о を含む IDN（punycode）の hinоde-sangyo.co.jp",
)

# =====================================================================================
# 6. 秘密区分の表示 — stop
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=ISURUGI,
    to=["horiguchi@riskbridge.co.jp"],
    subject="BCP計画書（改訂案）のご確認",
    body=f"""堀口様

お世話になっております。石動です。
先日の打合せを踏まえて、BCP計画書の改訂案を作成しました。
第4章（安否確認・初動体制）を中心にご確認をお願いします。
{SIG_ISURUGI}""",
    attachments=[{
        "kind": "docx", "name": "BCP計画書_改訂案_v3.docx", "title": "事業継続計画書（改訂案）",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 総務部 BCP推進室",
        "paragraphs": ["事業継続計画書（改訂案 v3）", "第4章 安否確認・初動体制",
                       "4.1 震度5強以上の地震発生時、安否確認システムにより全社員へ自動配信する。",
                       "4.2 BCP推進室長は発災後30分以内に災害対策本部を設置する。",
                       "4.3 本社が使用不能の場合、市川物流センターを代替拠点とする。",
                       "4.4 回答率が2時間で80%に満たない場合、部門長による電話確認を行う。"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCXのヘッダに「社外秘」の表示、コンサルへ",
)

add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["imai.k@tokiwa-sonpo.co.jp"],
    subject="本社ビル被害状況報告書の送付（企業財産包括保険）",
    body=f"""ときわ損保 今井様

お世話になっております。日の出産業 総務課の柏木です。
企業財産包括保険の事故報告に関し、本社ビル専有部の被害状況報告書をお送りします。
鑑定人の方の現地調査日程もあわせてご調整をお願いいたします。
{SIG_KASHIWAGI}""",
    attachments=[{
        "kind": "pdf", "name": "被害状況報告書_本社12F.pdf", "title": "被害状況報告書",
        "page_footer": "取扱注意　日の出産業株式会社",
        "lines": ["被害状況報告書（本社ビル 12階 専有部）", "作成日：2026年10月8日", "",
                  "1. 天井ボード落下（執務室北側 約20㎡）", "2. サーバーラック転倒 1台",
                  "3. 複合機 2台 破損", "4. 窓ガラスひび割れ 3枚", "概算損害額：約1,850万円"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDFのフッタに「取扱注意」の区分表示、保険会社へ",
)

add(
    charset="utf-8",
    sender=IKEBATA,
    to=["Kenji Murase <murase@tsubasa-system.jp>"],
    cc=["support@tsubasa-system.jp"],
    subject="Integration roadmap for FY2027 (for discussion)",
    body=f"""Murase-san,

Ahead of next week's meeting, I am sharing our draft roadmap for integrating the
safety confirmation system with our HR master and the new access-control system.
Please review slides 3-4 in particular; we would like your view on the API limits.

Regards,
Ryo
{SIG_IKEBATA}""",
    attachments=[{
        "kind": "pptx", "name": "anpi_integration_roadmap_FY2027.pptx", "title": "Integration roadmap",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
        "slides": [["Safety confirmation: FY2027 roadmap", "IT Systems Dept."],
                   ["Current state", "Nightly CSV export from HR master", "Manual family-contact import"],
                   ["Target state", "Real-time sync via REST API", "SSO with our IdP"],
                   ["Open questions", "API rate limits", "Data residency of backups"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX footer stamped 'CONFIDENTIAL - Internal Use Only', sent to the vendor",
)

add(
    charset="iso-2022-jp",
    sender=WASHIO,
    to=["東邦ビルマネジメント 所長 金森様 <kanamori@toho-bm.co.jp>"],
    subject="[部外秘] 役員の緊急参集手順について",
    body=f"""━━━━━━━━━━━━━━━━━━━━
　区分：部外秘（関係者限り）
━━━━━━━━━━━━━━━━━━━━

東邦ビルマネジメント株式会社
豊洲センタービル 所長　金森様

日の出産業の鷲尾でございます。
夜間・休日に大規模地震が発生した際の、弊社役員の緊急参集手順を改めましたので
ビル側で把握しておいていただきたい点をお知らせします。

1. 参集場所は12階役員会議室。停電時は1階防災センター横の会議室をお借りしたい。
2. 役員用の入館は、防災センターで社員証を確認のうえ通用口から。
3. 参集の判断は安否確認システムの役員グループへの配信をもって行う。

ご不明点は私までお問い合わせください。
{SIG_WASHIO}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と本文冒頭に「部外秘」の区分表示、ビル管理会社へ",
)

add(
    charset="shift_jis",
    sender=WASHIO,
    to=["すみか不動産 法人営業部 <houjin@sumika-fudosan.co.jp>"],
    subject="代替拠点候補物件のご相談",
    body=f"""すみか不動産株式会社
法人営業部 ご担当者様

日の出産業の鷲尾でございます。
本社被災時の代替拠点として、現在検討中の候補をExcelにまとめました。
各物件の空き状況と、短期契約（6か月）の可否をご確認いただけますでしょうか。
{SIG_WASHIO}""",
    attachments=[{
        "kind": "xlsx", "name": "代替拠点候補.xlsx", "page_header": "極秘",
        "sheets": {"候補": [["代替拠点候補一覧（2026年10月）"], [],
                            ["No", "所在地", "面積(㎡)", "想定人数", "非常用電源", "優先度"],
                            [1, "千葉県市川市塩浜5丁目（自社物流センター内）", 420, 80, "有", "A"],
                            [2, "埼玉県さいたま市大宮区 賃貸オフィス", 300, 60, "有", "B"],
                            [3, "神奈川県横浜市西区 レンタルオフィス", 180, 35, "無", "C"]],
                   "前提": [["本社使用不能時の想定"], ["発災後72時間以内に80名を移転"]]},
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSXのヘッダに「極秘」の表示（中身は物件リスト）、不動産会社へ",
)

# =====================================================================================
# 7. 読めない添付（暗号化・破損）— stop
# =====================================================================================

_p = take(20)
add(
    charset="iso-2022-jp",
    sender=IKEBATA,
    to=["onboarding@safetycall.co.jp"],
    subject="移行データ（本番全件）の送付",
    body=f"""セーフティコール 導入支援ご担当者様

日の出産業の池端です。
検証が完了しましたので、本番移行用の全件データをお送りします。
ZIPファイルにはパスワードを設定しております。パスワードは別途メールにてお送りします。

池端
{SIG_IKEBATA}""",
    attachments=[{
        "kind": "zip", "name": "migration_full_20261015.zip", "password": "Hn7#kq2Lm",
        "files": [{"kind": "csv", "name": "users_full.csv", "encoding": "cp932",
                   "rows": [["user_id", "氏名", "メール", "携帯電話", "家族連絡先"]]
                   + [[p["emp"], p["name"], p["mail"], p["mobile"], p["fam_mobile"]] for p in _p]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）で中身を検査できない",
)

_p = take(6)
add(
    charset="utf-8",
    sender=KASHIWAGI,
    to=["kikikanri@city.wakabadai.lg.jp"],
    subject="一時滞在施設 登録者名簿（更新版・パスワード付）",
    body=f"""若葉台市 危機管理課 ご担当者様

お世話になっております。日の出産業の柏木です。
一時滞在施設の事前登録者名簿を更新しましたので、PDFでお送りします。
個人情報を含むためパスワードを設定しました。パスワードはお電話でお伝えします。
{SIG_KASHIWAGI}""",
    attachments=[{
        "kind": "pdf", "name": "登録者名簿_更新版.pdf", "password": "wakaba2026",
        "lines": ["一時滞在施設 事前登録者名簿（更新版）"],
        "table": [["氏名", "生年月日", "電話"]]
        + [[p["name"], p["birth"].strftime("%Y/%m/%d"), p["mobile"]] for p in _p],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード保護されたPDFで中身を検査できない",
)

add(
    charset="shift_jis",
    sender=OMORI,
    to=["imai.k@tokiwa-sonpo.co.jp"],
    subject="事故受付一覧の送付（再送）",
    body=f"""今井様

大森です。先ほどお送りしたファイルが開けないとのことで、再送いたします。
こちらでも開けない場合は、お手数ですがお知らせください。
{SIG_OMORI}""",
    attachments=[{"kind": "corrupt", "name": "事故受付一覧_1015.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="破損したXLSXで中身を検査できない",
)

# =====================================================================================
# 8. 通すべきもの — pass
# =====================================================================================

# -- 社内のみ（何を含んでいても通す）--------------------------------------------------

_p = take(15)
_st = ["○", "○", "○", "△", "○", "×", "○", "○", "○", "△", "○", "×", "○", "○", "○"]
_rows = "\n".join(f"{pad(p['dept'], 18)}{pad(p['name'], 14)}{pad(s, 4)}{p['mobile']}"
                  for p, s in zip(_p, _st))
add(
    charset="utf-8",
    sender=ISURUGI,
    to=["BCP班 <bcp-team@hinode-sangyo.co.jp>"],
    cc=["washio.takashi@hinode-sangyo.co.jp"],
    subject="【安否確認】10:30時点 回答状況（本社管理部門）",
    body=f"""BCP班各位

10:30時点の本社管理部門の回答状況です。
○＝無事、△＝本人無事・自宅被害あり、×＝未回答
×の2名は早乙女さんから電話をお願いします。

所属              氏名          状態 携帯
----------------------------------------------------------
{_rows}

石動""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="15名の安否と携帯の一覧だが宛先はすべて社内",
)

_p = take(2)
_ns = [_mn() for _ in _p]
add(
    charset="iso-2022-jp",
    sender=OMORI,
    to=["給与課 <kyuyo@hinode-sangyo.co.jp>"],
    subject="災害見舞金の支給対象者（個人番号つき）",
    body=f"""給与課 ご担当者様

人事部労務課の大森です。
災害見舞金の支給対象者2名の情報です。源泉徴収票への反映要否の確認をお願いします。

1. {_p[0]['name']}　社員番号 {_p[0]['emp']}　個人番号 {_ns[0]}　支給額 100,000円（全壊）
2. {_p[1]['name']}　社員番号 {_p[1]['emp']}　個人番号 {_ns[1]}　支給額 50,000円（半壊）

大森
{SIG_OMORI}""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="マイナンバーを含むが社内（給与課）宛のみ",
)

_p = take(1)[0]
add(
    charset="shift_jis",
    sender=NONOMURA,
    to=["産業医 相良先生 <sagara.md@hinode-sangyo.co.jp>"],
    cc=["健康管理室 <kenkou@hinode-sangyo.co.jp>"],
    subject="被災社員の面談のお願い（{0}さん）".format(_p["sei"]),
    body=f"""相良先生

人事課の野々村です。
{_p['name']}さん（{_p['dept']}）が、地震後から不眠と食欲不振が続いているとのことで、
かかりつけ医からは「適応障害の疑い」と言われたそうです。
復職判断も含めて、来週どこかで産業医面談をお願いできますでしょうか。
本人の了承は得ています。
{SIG_NONOMURA}""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="要配慮情報（診断）だが社内の産業医・健康管理室宛のみ",
)

_p = take(10)
add(
    charset="utf-8",
    sender=ISURUGI,
    to=["大阪支店 総務 <osaka-soumu@mail.hinode-sangyo.co.jp>"],
    subject="大阪支店 緊急連絡網（最新）",
    body=f"""大阪支店 総務ご担当者様

本社BCP推進室の石動です。
大阪支店の緊急連絡網を最新化しましたので送付します。
社外秘の扱いでお願いします（支店内の共有フォルダ以外には保存しないでください）。
{SIG_ISURUGI}""",
    attachments=[{
        "kind": "xlsx", "name": "緊急連絡網_大阪支店.xlsx", "page_header": "社外秘",
        "sheets": {"連絡網": [["大阪支店 緊急連絡網（2026年10月）"],
                              ["順", "氏名", "携帯", "自宅", "家族連絡先"]]
                   + [[i, p["name"], p["mobile"], p["home"], p["fam_mobile"]] for i, p in enumerate(_p, 1)]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="社外秘の連絡網だが宛先は社内サブドメイン mail.hinode-sangyo.co.jp",
)

_c = _card()
add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["経理部 <keiri@hinode-sangyo.co.jp>"],
    subject="法人カード利用報告（避難先ホテル代）",
    body=f"""経理部 ご担当者様

総務課の柏木です。被災社員の避難先ホテル代を法人カードで決済しましたので報告します。

カード番号：{_c}
利用日：10/12　利用先：さくらホテル豊洲　金額：184,800円
（7泊分、宿泊者は人事部にて管理）

利用明細は月末にまとめて提出します。
{SIG_KASHIWAGI}""",
    expect="pass",
    entities=["CREDIT_CARD"],
    detectors=[],
    note="カード番号を含むが社内（経理部）宛のみ",
)

add(
    charset="utf-8",
    sender=SAOTOME,
    to=["bcp-team@hinode-sangyo.co.jp"],
    subject="FW: 【ツバサシステム】定期メンテナンスのお知らせ（10/19 2:00-5:00）",
    body=f"""BCP班各位

ベンダーからメンテナンスの連絡が来ています。
該当時間帯は安否確認の配信・回答ができませんのでご承知おきください。

早乙女

---------- Forwarded message ----------
From: ツバサシステム サポートセンター <support@tsubasa-system.jp>
Date: 2026年10月9日 15:02
Subject: 【ツバサシステム】定期メンテナンスのお知らせ（10/19 2:00-5:00）
To: saotome.sho@hinode-sangyo.co.jp

お客様各位

平素より「ツバサ安否コール」をご利用いただき誠にありがとうございます。
下記日程で定期メンテナンスを実施いたします。

　日時：10月19日（月）2:00〜5:00
　影響：メッセージ配信・回答画面・管理画面がご利用いただけません

ご迷惑をおかけしますが、何卒ご理解のほどお願い申し上げます。

株式会社ツバサシステム サポートセンター
TEL 0120-000-000（平日9:00-18:00）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ベンダーからのメールを社内で転送（宛先は社内のみ）",
)

# -- 社外宛だが通常業務 -------------------------------------------------------------------

add(
    charset="iso-2022-jp",
    sender=SAOTOME,
    to=["support@tsubasa-system.jp"],
    subject="Re: 【ツバサシステム】定期メンテナンスのお知らせ（10/19 2:00-5:00）",
    body=f"""ツバサシステム サポートセンター御中

日の出産業の早乙女です。ご連絡ありがとうございます。
メンテナンス時間帯について承知いたしました。

1点確認させてください。メンテナンス中に震度5強以上の地震が発生した場合、
自動配信はメンテナンス終了後に遅延して送信されるのでしょうか、
それとも配信自体が行われないのでしょうか。
社内の運用手順に反映したいので、ご教示ください。
{SIG_SAOTOME}{DISC_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ベンダーへの通常の問合せ。末尾は定型の免責文（機密の語を含むが区分表示ではない）",
)

add(
    charset="shift_jis",
    sender=IKEBATA,
    to=["セーフティコール 営業部 岸本様 <kishimoto@safetycall.co.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    body=f"""セーフティコール株式会社
営業部　岸本様

お世話になっております。日の出産業 情報システム部の池端です。
ご送付いただいた秘密保持契約書（案）について、当社法務のコメントを反映した版を
添付いたします。主な修正点は以下のとおりです。

・第2条（秘密情報の定義）：口頭で開示した情報は、開示後30日以内に書面で特定したものに限る
・第5条（返還・廃棄）：廃棄証明書の提出を追加
・第8条（有効期間）：契約終了後3年間 → 5年間

機密保持契約の締結後に、移行データの詳細仕様をご提供できる見込みです。
ご確認のほどよろしくお願いいたします。
{SIG_IKEBATA}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_日の出産業コメント.docx", "title": "秘密保持契約書（案）",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）とセーフティコール株式会社（以下「乙」という。）は、"
                       "安否確認システムの導入検討に関し、次のとおり秘密保持契約を締結する。",
                       "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                       "第2条（秘密情報の定義）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した"
                       "技術上または営業上の情報をいう。",
                       "第5条（返還・廃棄）受領者は、開示者の求めに応じ秘密情報を返還または廃棄し、"
                       "廃棄証明書を提出する。",
                       "第8条（有効期間）本契約の有効期間は締結日から1年間とし、秘密保持義務は契約終了後5年間存続する。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="NDA（秘密保持契約）についての通常のやり取り。区分表示ではない",
)

add(
    charset="utf-8",
    sender=ISURUGI,
    to=["川崎電機 総務部 防災担当 <bousai@kawasaki-denki.co.jp>"],
    subject="豊洲地区 一時避難場所の共同利用について",
    body=f"""川崎電機株式会社
総務部 防災ご担当者様

いつもお世話になっております。日の出産業 BCP推進室の石動です。
先日の地区防災協議会でお話のあった、一時避難場所の共同利用について、
当社で把握している候補施設を一覧にしました。御社の候補と突き合わせていただけますか。

施設名                      所在地                        電話           収容目安
------------------------------------------------------------------------------------
豊洲公園                    東京都江東区豊洲2-3-6         03-3500-0101   3,000名
豊洲西小学校                東京都江東区豊洲5-1-30        03-3500-0202   800名
江東区豊洲文化センター      東京都江東区豊洲2-2-18        03-3500-0303   500名
芝浦工業系グラウンド（仮）  東京都江東区豊洲3-7-5         03-3500-0404   1,200名
有明テニスの森（広域）      東京都江東区有明2-2-22        03-3500-0505   5,000名

よろしくお願いいたします。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="施設（事業所）の一覧で人の一覧ではない",
)

add(
    charset="shift_jis",
    sender=SAOTOME,
    to=["support@tsubasa-system.jp"],
    subject="拠点マスタの更新（大阪支店の移転）",
    body=f"""ツバサシステム サポートセンター御中

日の出産業の早乙女です。
大阪支店の移転に伴い、拠点マスタを更新したCSVをお送りします。
拠点ごとの震度判定（所在地の市区町村）に使われているとのことですので、
反映をお願いいたします。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "csv", "name": "kyoten_master_202610.csv", "encoding": "cp932",
        "rows": [["拠点コード", "拠点名", "郵便番号", "所在地", "代表電話"],
                 ["HQ01", "本社", "135-0061", "東京都江東区豊洲9-8-7", "03-5500-1200"],
                 ["LC01", "市川物流センター", "272-0127", "千葉県市川市塩浜5-12-3", "047-300-8800"],
                 ["BR01", "大阪支店", "541-0053", "大阪府大阪市中央区本町4-6-10", "06-6200-3100"],
                 ["BR02", "名古屋営業所", "460-0008", "愛知県名古屋市中区栄2-9-3", "052-220-4500"],
                 ["BR03", "福岡営業所", "812-0011", "福岡県福岡市博多区博多駅前3-18-1", "092-410-7700"],
                 ["TC01", "東浜研修センター", "299-5500", "千葉県夷隅郡東浜町東浜1200", "0470-80-1234"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="拠点（事業所）の住所・代表電話のCSVで、人の一覧ではない",
)

add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["金森様 <kanamori@toho-bm.co.jp>"],
    subject="自衛消防訓練の日程候補について",
    body=f"""東邦ビルマネジメント株式会社
豊洲センタービル 所長　金森様

いつも大変お世話になっております。
日の出産業株式会社 総務部の柏木でございます。

下期の自衛消防訓練につきまして、日程候補を以下のとおりお送りいたします。
消防署への届出の関係もあるかと存じますので、ご都合をお聞かせください。

　第1候補：12月3日 15:00〜16:00
　第2候補：12月10日 15:00〜16:00
　第3候補：12月17日 10:00〜11:00

当日は弊社社員約180名が参加予定です。
なお、今回は安否確認システムの一斉配信を訓練開始と同時に行う予定です。

何卒よろしくお願い申し上げます。

＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
総務部 総務課　柏木 直子（かしわぎ なおこ）
〒135-0061 東京都江東区豊洲9-8-7 日の出産業ビル 5F
TEL：03-5500-1215（直通）　FAX：03-5500-1299
携帯：090-4418-2270
E-mail：kashiwagi.naoko@hinode-sangyo.co.jp
URL：https://www.hinode-sangyo.co.jp/
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿""",
    expect="pass",
    entities=[],
    detectors=[],
    note="通常の日程調整。署名の住所・電話・携帯は送信者本人のもの",
)

_p = take(6)
_q = "\n".join(f"> {p['emp']},{p['mail']},{p['mobile']}" for p in _p)
add(
    charset="utf-8",
    sender=SAOTOME,
    to=["村瀬様 <murase@tsubasa-system.jp>"],
    subject="Re: Re: テスト配信対象の登録について",
    body=f"""村瀬様

ご対応ありがとうございます。登録完了の件、承知しました。
テスト配信は10/21 14:00でお願いします。配信後の到達ログもあわせて頂けると助かります。

早乙女

村瀬 健司 wrote:
> 早乙女様
>
> お世話になっております。ツバサシステムの村瀬です。
> ご依頼の6件、テスト配信グループへの登録が完了しました。
> 念のため登録内容を記載します。
>
{_q}
>
> 配信日時が決まりましたらお知らせください。
{SIG_SAOTOME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="6名分のアドレス・携帯は返信の引用部（>）にのみあり、新しい本文は連絡のみ",
)

_p = take(5)
_q = "\n".join(f"{1200 + i * 3}号室　{p['name']} 様　{p['mobile']}" for i, p in enumerate(_p))
add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["reserve@sakura-hotel.jp"],
    subject="RE: チェックイン完了のご連絡",
    body=f"""さくらホテル 予約センター
ご担当者様

チェックイン完了のご連絡ありがとうございました。
5名とも無事に到着したとのことで安心いたしました。
引き続きよろしくお願いいたします。

柏木

-----Original Message-----
From: さくらホテル 予約センター <reserve@sakura-hotel.jp>
Sent: Monday, October 12, 2026 8:41 PM
To: kashiwagi.naoko@hinode-sangyo.co.jp
Subject: チェックイン完了のご連絡

日の出産業株式会社
柏木様

本日、下記5名様のチェックインが完了いたしましたのでご報告いたします。

{_q}

さくらホテル豊洲 予約センター
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="5名の部屋番号・携帯はOriginal Message以下の引用にのみあり",
)

_p = take(5)
_q = "\n".join(f"> - {p['ROMAJI']}, mobile +81-{p['mobile'][1:]}" for p in _p)
add(
    charset="utf-8",
    sender=IKEBATA,
    to=["desk@globalassist-partners.com"],
    subject="Re: Enrollment confirmation",
    body=f"""Thank you for the quick turnaround. We will ask the five of them to install
your mobile app and confirm their location check-in works before the end of the month.

Best regards,
Ryo Ikebata

On Wed, Oct 14, 2026 at 9:12 AM Assistance Desk <desk@globalassist-partners.com> wrote:
> Dear Mr. Ikebata,
>
> We have enrolled the following travellers in the crisis-alert service:
{_q}
>
> They will start receiving advisories within 24 hours.
>
> Assistance Desk, Global Assist Partners
{SIG_IKEBATA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply: the five travellers' details are only in the quoted text",
)

add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["stay@sakura-hotel.jp"],
    subject="受入れ当日の連絡窓口について",
    body=f"""さくらホテル 宿泊課 ご担当者様

お世話になっております。日の出産業の柏木です。
明日の受入れにつきまして、当日の弊社側の連絡窓口は総務課の柏木（私）になります。
夜間の緊急時は、総務課代表（03-5500-1215）が転送されますので、そちらへご連絡ください。

到着予定は15時ごろ、人数は社員・家族あわせて11名です。
{SIG_KASHIWAGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="担当者1名の業務連絡先と人数のみ",
)

_p = take(3)
_rows = "\n".join(f"・{p['name']}（{p['dept']}）　携帯 {p['mobile']}" for p in _p)
add(
    charset="shift_jis",
    sender=SAOTOME,
    to=["bousai-toyosu@toho-bm.co.jp"],
    subject="合同防災訓練 当日の弊社担当者",
    body=f"""東邦ビルマネジメント 防災センター ご担当者様

日の出産業の早乙女です。
11/12の合同防災訓練について、弊社の自衛消防隊として当日対応する3名をお知らせします。
訓練中の連絡は以下の携帯にお願いします。

{_rows}

よろしくお願いいたします。
{SIG_SAOTOME}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="3名の氏名・携帯（5名未満）、警告はあり得る",
)

_p = take(4)
_rows = "\n".join(f"{p['name']}\t{p['mobile']}\t大人{1 + i % 2}・子ども{i % 3}" for i, p in enumerate(_p))
add(
    charset="utf-8",
    sender=KASHIWAGI,
    to=["reserve@sakura-hotel.jp"],
    subject="被災社員 宿泊手配（4世帯）",
    body=f"""さくらホテル 予約センター ご担当者様

いつもお世話になっております。日の出産業の柏木です。
昨夜の大雨で自宅が浸水した社員4世帯の宿泊をお願いいたします。
代表者の氏名と携帯番号は以下のとおりです。

{_rows}

本日から3泊、請求は弊社一括でお願いします。
{SIG_KASHIWAGI}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="4世帯の代表者の氏名・携帯（5名未満）、警告はあり得る",
)

add(
    charset="iso-2022-jp",
    sender=ISURUGI,
    to=["村瀬様 <murase@tsubasa-system.jp>"],
    cc=["堀口様 <horiguchi@riskbridge.co.jp>"],
    subject="三者打合せの日程調整（回答率改善施策）",
    body=f"""ツバサシステム 村瀬様
（cc）リスクブリッジ・コンサルティング 堀口様

お世話になっております。日の出産業の石動です。
安否確認の回答率改善について、三者で一度打合せをさせてください。
候補日は以下のとおりです（いずれも1時間程度、Web会議）。

　10/27 10:00〜 / 10/28 15:00〜 / 10/30 13:00〜

ご都合のよい日時をお知らせください。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2社（ベンダーとコンサル）へのTo/Cc、三者打合せの通常メール",
)

add(
    charset="utf-8",
    sender=SAOTOME,
    to=["shishido.ren.1988@gmail.com"],
    subject="安否確認アプリの登録方法（私用スマートフォン）",
    body=f"""宍戸さん

BCP推進室の早乙女です。
会社支給のスマートフォンがない方は私用端末へのアプリ登録をお願いしているため、
ご希望のアドレスにお送りします。

1. App Store / Google Play で「ツバサ安否コール」を検索してインストール
2. 企業コード「HNS2207」を入力
3. 社員番号とパスワード（初期値は社員番号＋誕生月日4桁）でログイン
4. 通知を「許可」に設定

登録がうまくいかない場合は、内線2236までご連絡ください。
{SIG_SAOTOME}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="社員本人の私用Gmail 1件への手順案内（フリーメール宛の警告のみ）",
)

add(
    charset="shift_jis",
    sender=SAOTOME,
    to=["村瀬様 <murase@tsubasa-system.jp>"],
    subject="Re: 次年度ライセンス更新のお見積り",
    body=f"""村瀬様

お見積りありがとうございました。社内稟議用に、オプションごとの単価を整理しました。
認識に誤りがないかご確認ください。

　品目                          単価（税抜）   数量    金額
　-----------------------------------------------------------------
　基本ライセンス（1ユーザー/年）      480円   1,200   576,000円
　家族伝言板オプション              120円   1,200   144,000円
　SMS配信（1通）                     12円   5,000    60,000円
　多言語（英・中・越）オプション   50,000円       1    50,000円
　-----------------------------------------------------------------
　合計                                                830,000円

ボリュームディスカウントの適用可否もあわせてご教示ください。
{SIG_SAOTOME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="価格表・見積の確認のみ",
)

_tno = _corp("0105" + "01" + "123457")
add(
    charset="iso-2022-jp",
    sender=URUSHIBARA,
    to=["ツバサシステム 経理部 <keiri@tsubasa-system.jp>"],
    subject="請求書の再発行のお願い（請求書番号 TS-2026-10-0387）",
    body=f"""株式会社ツバサシステム
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の漆原でございます。
10月分のご請求書（請求書番号 TS-2026-10-0387、注文番号 PO-HNS-26-1142）につきまして、
適格請求書の登録番号の記載が漏れておりました。

貴社の登録番号は T{_tno} と認識しておりますので、
こちらを記載のうえ再発行いただけますでしょうか。お支払期日（11/30）に変更はございません。
{SIG_URUSHIBARA}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="請求書番号・注文番号と取引先の登録番号（法人番号）のみ",
)

add(
    charset="utf-8",
    sender=KUSAKABE,
    to=["青葉運輸 市川営業所 <ichikawa@aoba-unyu.co.jp>"],
    subject="備蓄品の配送状況について（伝票番号）",
    body=f"""青葉運輸株式会社 市川営業所 ご担当者様

お世話になっております。日の出産業 市川物流センターの日下部です。
昨日出荷した各拠点向け備蓄品（保存水・非常食・簡易トイレ）の配送状況を確認させてください。

　送り状番号 4821-7730-1562　本社（江東区豊洲）　　　　 12ケース
　送り状番号 4821-7730-1573　大阪支店（大阪市中央区）　  8ケース
　送り状番号 4821-7730-1584　名古屋営業所（名古屋市中区） 4ケース
　送り状番号 4821-7730-1595　福岡営業所（福岡市博多区）   4ケース

大阪支店分が追跡画面で「持戻り」になっているようです。再配達の手配をお願いします。
{SIG_KUSAKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="送り状番号と拠点宛の配送確認のみ",
)

add(
    charset="shift_jis",
    sender=ISURUGI,
    to=["horiguchi@riskbridge.co.jp"],
    subject="部署別 回答率の集計データ",
    body=f"""堀口様

石動です。ご依頼のあった部署別の回答率データをお送りします。
個人単位のデータは含めず、部署ごとの集計値のみとしています。
{SIG_ISURUGI}""",
    attachments=[{
        "kind": "xlsx", "name": "部署別回答率_2026訓練.xlsx",
        "sheets": {"部署別": [["2026年度 安否確認訓練 部署別回答率"], [],
                              ["部署", "対象者", "1時間以内", "24時間以内", "回答率(1h)"],
                              ["総務部", 42, 41, 42, "97.6%"], ["人事部", 35, 33, 35, "94.3%"],
                              ["経理部", 28, 25, 28, "89.3%"], ["営業一課", 96, 78, 94, "81.3%"],
                              ["営業二課", 88, 70, 86, "79.5%"], ["物流センター", 310, 262, 303, "84.5%"]],
                   "推移": [["年度", "1時間以内回答率"], [2024, "72.1%"], [2025, "79.5%"], [2026, "87.2%"]]},
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="部署別の集計値のみで個人データなし",
)

add(
    charset="iso-2022-jp",
    sender=WASHIO,
    to=["若葉台市 危機管理課 課長 <kikikanri@city.wakabadai.lg.jp>"],
    subject="帰宅困難者等の一時滞在施設に関する協定書（案）",
    body=f"""若葉台市 危機管理課長 様

いつもお世話になっております。日の出産業株式会社の鷲尾でございます。
弊社若葉台事業所の会議室・ロビーを一時滞在施設として提供する件につき、
協定書（案）に弊社のコメントを付してお返しいたします。
主に第6条（費用負担）と第9条（施設損傷時の補償）について修文をお願いしております。
{SIG_WASHIO}""",
    attachments=[{
        "kind": "docx", "name": "協定書案_一時滞在施設_日の出産業コメント.docx",
        "paragraphs": ["帰宅困難者等の一時滞在施設の提供に関する協定書（案）",
                       "若葉台市（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                       "大規模災害時における帰宅困難者等の一時滞在施設の提供に関し、次のとおり協定を締結する。",
                       "第3条 乙は、甲の要請に基づき、若葉台事業所の1階ロビー及び2階会議室を提供する。",
                       "第6条 施設の運営に要した費用は甲が負担する。【乙コメント：備蓄品の補充を含むことを明記願います】",
                       "第9条 受入れにより施設に損傷が生じた場合の扱いは、甲乙協議のうえ定める。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="自治体との協定書案の通常のやり取り",
)

add(
    charset="utf-8",
    sender=IKEBATA,
    to=["Kenji Murase <murase@tsubasa-system.jp>"],
    subject="Questions on the user-sync API",
    body=f"""Murase-san,

Thank you for the API documentation. A few questions before we start development:

1. Is the PUT /v2/users/{{id}} endpoint idempotent, or does it create a new record
   when the user ID does not exist?
2. What is the rate limit per tenant (requests/minute)?
3. For the family-contact fields, is the phone number validated (E.164) on your side?
4. Is there a sandbox tenant we can use without sending real notifications?

We plan to start with a nightly batch and move to event-driven sync later.

Best regards,
Ryo Ikebata
{SIG_IKEBATA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English: API questions to the vendor, no personal data",
)

add(
    charset="shift_jis",
    sender=SAOTOME,
    to=["bousai-toyosu@toho-bm.co.jp"],
    subject="合同防災訓練 実施要領（最終版）",
    body=f"""東邦ビルマネジメント 防災センター ご担当者様

日の出産業の早乙女です。
合同防災訓練の実施要領（最終版）をPDFでお送りします。
館内放送の文案（p.2）に修正が入っていますのでご確認ください。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "pdf", "name": "合同防災訓練_実施要領_最終版.pdf", "title": "合同防災訓練 実施要領",
        "lines": ["豊洲センタービル 合同防災訓練 実施要領", "",
                  "1. 日時　11月12日 14:00〜15:00", "2. 想定　東京湾北部を震源とする震度6強の地震",
                  "3. 流れ", "　14:00 緊急地震速報（模擬）・館内放送", "　14:05 各社 安否確認システム一斉配信",
                  "　14:10 階段避難開始（エレベーター停止想定）", "　14:30 1階広場に集合・人員報告",
                  "　14:40 消火器訓練", "4. 館内放送文案", "　「ただいま地震が発生しました。落ち着いて身の安全を確保してください。」"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="訓練要領のPDF、個人データなし",
)

add(
    charset="iso-2022-jp",
    sender=KUSAKABE,
    to=["北国フーズ 法人営業課 <houjin@kitaguni-foods.co.jp>"],
    subject="非常食の入替発注（品目・数量一覧）",
    body=f"""北国フーズ株式会社
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 市川物流センターの日下部です。
賞味期限が近づいた備蓄食の入替分について、品目と数量を一覧にしました。
納品は11月中旬、各拠点への分納でお願いできますでしょうか。
{SIG_KUSAKABE}{DISC_JA}""",
    attachments=[{
        "kind": "xlsx", "name": "備蓄食_入替発注_2026.xlsx",
        "sheets": {"発注": [["備蓄食 入替発注一覧"], [],
                            ["商品コード", "品名", "賞味期限", "単価", "数量", "納品先"],
                            ["KF-1021", "アルファ米（五目ごはん）", "5年", 380, 1800, "本社"],
                            ["KF-1022", "アルファ米（白飯）", "5年", 320, 1800, "本社"],
                            ["KF-2040", "ようかん（長期保存）", "5年", 150, 1200, "市川物流センター"],
                            ["KF-3300", "保存水 2L×6", "7年", 1100, 300, "各拠点"],
                            ["KF-4102", "缶入りパン", "3年", 420, 900, "大阪支店"]],
                   "納品先": [["拠点", "住所"], ["本社", "東京都江東区豊洲9-8-7"],
                              ["市川物流センター", "千葉県市川市塩浜5-12-3"],
                              ["大阪支店", "大阪府大阪市中央区本町4-6-10"]]},
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="商品コード・数量・拠点住所の発注一覧と定型の免責文",
)

add(
    charset="utf-8",
    sender=SAOTOME,
    to=["support@tsubasa-system.jp"],
    subject="社員向け操作説明資料のレビュー依頼",
    body=f"""ツバサシステム サポートセンター御中

日の出産業の早乙女です。
新入社員研修で使う安否確認システムの操作説明資料を作成しました。
画面キャプチャや操作手順に最新バージョンとの相違がないか、ご確認いただけますでしょうか。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "pptx", "name": "安否確認システム_操作説明_新入社員向け.pptx",
        "slides": [["安否確認システムの使い方", "総務部 BCP推進室"],
                   ["いつ届く？", "震度5強以上（勤務地・自宅の市区町村）", "訓練時は件名に【訓練】"],
                   ["どう答える？", "リンクを開いて「無事／軽傷／重傷」「出社可否」を選択", "コメント欄は任意"],
                   ["家族の登録", "マイページ＞家族伝言板＞招待コード発行"],
                   ["困ったら", "BCP推進室 内線2236"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="操作説明スライド、個人データなし",
)

add(
    charset="shift_jis",
    sender=IKEBATA,
    to=["kishimoto@safetycall.co.jp"],
    subject="社内規程・運用マニュアル一式（提案ご検討用）",
    body=f"""岸本様

日の出産業の池端です。
ご提案の前提として、当社の安否確認に関する社内規程と現行の運用マニュアルを
ZIPにまとめてお送りします。パスワードはかけておりません。
{SIG_IKEBATA}""",
    attachments=[{
        "kind": "zip", "name": "anpi_rules_manuals.zip",
        "files": [
            {"kind": "pdf", "name": "安否確認運用規程.pdf",
             "lines": ["安否確認運用規程", "第1条 目的", "第2条 対象者", "第3条 配信基準（震度5強以上）",
                       "第4条 回答義務", "第5条 家族情報の登録は任意とする"]},
            {"kind": "docx", "name": "運用マニュアル_v2.docx",
             "paragraphs": ["安否確認システム 運用マニュアル v2", "1. 配信グループの管理",
                            "2. 手動配信の手順", "3. 回答集計とエクスポート", "4. 年次訓練"]},
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="暗号化なしZIP（規程PDF・マニュアルDOCX）、個人データなし",
)

add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["kanamori@toho-bm.co.jp"],
    subject="12階 天井ボード落下箇所の写真",
    body=f"""金森様

お世話になっております。日の出産業の柏木です。
本日の地震で12階執務室北側の天井ボードが一部落下しました（けが人はおりません）。
写真を添付しますので、専門業者による点検の手配をお願いできますでしょうか。
当該エリアは立入禁止にしております。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "png", "name": "12F_ceiling_01.png"},
                 {"kind": "png", "name": "12F_ceiling_02.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="被害箇所の写真（PNG）と点検依頼",
)

_cn = _corp("2010" + "01" + "086431")
add(
    charset="utf-8",
    sender=KASHIWAGI,
    to=["南里市 防災課 <bousai@city.nanri.lg.jp>"],
    subject="帰宅困難者支援 協力事業所の登録申請",
    body=f"""南里市 防災課 ご担当者様

お世話になっております。日の出産業株式会社 総務部の柏木です。
「災害時帰宅支援ステーション協力事業所」への登録を申請いたします。
申請書の記載事項は以下のとおりです。

　事業者名　　：日の出産業株式会社
　法人番号　　：{_cn}
　事業所名　　：南里営業所
　所在地　　　：南里市中央3-4-12 南里第一ビル1階
　代表電話　　：0463-55-2100
　提供可能な支援：水道水・トイレの提供、災害情報の提供

申請書原本（押印済み）は本日郵送いたします。
{SIG_KASHIWAGI}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="自社の法人番号と事業所の所在地・代表電話のみ",
)

add(
    charset="shift_jis",
    sender=IKEBATA,
    to=["kishimoto@safetycall.co.jp"],
    subject="Re: 導入時のデータ取扱いについて",
    body=f"""岸本様

ご説明ありがとうございました。
当社としては、機密性の高い情報（健康情報など）は安否確認システムには登録しない
方針ですので、ご提示いただいた「メモ欄」は無効化した状態で運用したいと考えています。
また、データの保管場所（国内リージョン）と、解約時のデータ消去証明の発行可否について、
仕様書に明記していただけますと幸いです。

池端
{SIG_IKEBATA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="「機密」という語への言及のみで区分表示ではない",
)

add(
    charset="utf-8",
    sender=IKEBATA,
    to=["Daniel Reyes <d.reyes@lumen-logistics.com>"],
    subject="Re: Office reopening schedule",
    body=f"""Dear Daniel,

Thank you for checking in. I am glad to report that all of our staff are safe,
and the Tokyo office reopened today. Our Ichikawa distribution centre will resume
full operations on Monday, and we expect to clear the shipping backlog by Friday.

I will send the revised delivery schedule tomorrow.

Best regards,
{SIG_IKEBATA}{DISC_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English business reply with the standard confidentiality disclaimer",
)

add(
    charset="iso-2022-jp",
    sender=ISURUGI,
    to=["ishurugi.emi@hinode-sangyo.co.jp"],
    bcc=["kiryu.home@gmail.com", "t-domeki@yahoo.co.jp", "sanae.kanno@icloud.com",
         "mitarai-family@outlook.jp", "ren.shishido.77@docomo.ne.jp", "wani.yoko@ezweb.ne.jp"],
    subject="【日の出産業】ご家族向け 安否情報の確認方法について",
    body=f"""社員のご家族の皆様

（本メールはBccにて一斉にお送りしています）

日の出産業株式会社 総務部 BCP推進室でございます。
家族伝言板にご登録いただいた皆様へ、災害時の安否情報の確認方法をご案内します。

・社員が安否を回答すると、ご登録のアドレスへ自動でお知らせが届きます。
・伝言板にはご家族からもメッセージを書き込めます。
・お知らせが届かない場合は、迷惑メール設定で「tsubasa-system.jp」を受信許可にしてください。

ご不明点は下記までご連絡ください。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="家族6名はBccで互いに見えない（Toは送信者本人）、フリーメール宛の警告のみ",
)

_p = take(2)
add(
    charset="shift_jis",
    sender=NONOMURA,
    to=["グリーンハウジング 管理部 <kanri@green-housing.co.jp>"],
    subject="社宅 入居者の変更届（2名）",
    body=f"""グリーンハウジング株式会社 管理部 ご担当者様

日の出産業 人事部の野々村です。
被災により社宅へ一時入居する社員2名の変更届です。鍵の受け渡しの日程調整をお願いします。

1) {_p[0]['name']}　旧住所：{_p[0]['addr']}　→ 南砂社宅 305号室　携帯 {_p[0]['mobile']}
2) {_p[1]['name']}　旧住所：{_p[1]['addr']}　→ 南砂社宅 402号室　携帯 {_p[1]['mobile']}

入居開始は10/20を予定しております。
{SIG_NONOMURA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="2名の旧住所・携帯（5名未満）、警告はあり得る",
)

_p = _INJURED
add(
    charset="utf-8",
    sender=OMORI,
    to=["imai.k@tokiwa-sonpo.co.jp"],
    subject="RE: 傷害保険の事故報告（避難中の負傷）",
    body=f"""今井様

ご連絡ありがとうございます。大森です。
ご依頼の診断書原本と通院証明書は、本日レターパックにて発送いたしました。
到着しましたらお知らせいただけますと幸いです。

大森

差出人: 今井 健 <imai.k@tokiwa-sonpo.co.jp>
送信日時: 2026年10月13日 11:20
宛先: omori.kenta@hinode-sangyo.co.jp
件名: RE: 傷害保険の事故報告（避難中の負傷）

日の出産業 大森様

ときわ損保の今井です。事故報告を受け付けました。
被保険者 {_p['name']} 様（右橈骨遠位端骨折、手術予定）の件、
保険金請求にあたり診断書の原本と通院証明書をご提出ください。

今井
{SIG_OMORI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="傷病名は「差出人／送信日時」以下の引用部のみで、新しい本文は発送連絡",
)

add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["みらいトラベル 法人デスク <corporate@mirai-travel.co.jp>"],
    subject="帰宅困難時の宿泊先候補（ホテル一覧）",
    body=f"""みらいトラベル 法人デスク ご担当者様

お世話になっております。日の出産業 総務課の柏木です。
災害時に社員が帰宅困難となった場合の宿泊先候補として、以下のホテルを想定しています。
法人契約料金の適用可否と、災害時の優先予約枠の有無をご確認いただけますでしょうか。

・さくらホテル豊洲　　　　東京都江東区豊洲3-2-20　　TEL 03-6200-1111
・ホテルベイサイド有明　　東京都江東区有明3-6-11　　TEL 03-6200-2222
・東雲ステーションホテル　東京都江東区東雲1-9-40　　TEL 03-6200-3333
・ホテル月島リバー　　　　東京都中央区月島4-1-2　　 TEL 03-6200-4444
・新木場インホテル　　　　東京都江東区新木場2-5-8　 TEL 03-6200-5555
{SIG_KASHIWAGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ホテル（事業者）の一覧で人の一覧ではない",
)

add(
    charset="shift_jis",
    sender=ISURUGI,
    to=["horiguchi@riskbridge.co.jp"],
    subject="自治体の防災窓口一覧（BCP計画書 付録用）",
    body=f"""堀口様

石動です。BCP計画書の付録に載せる、各拠点所在地の自治体防災窓口の一覧です。
体裁の調整をお願いします。

　自治体　　　部署　　　　　　　代表電話　　　　 メール
　江東区　　　防災課　　　　　　03-3647-0001　 bousai@city.koto-sample.lg.jp
　市川市　　　危機管理課　　　　047-334-0002　 kikikanri@city.ichikawa-sample.lg.jp
　若葉台市　　危機管理課　　　　0463-21-0003　 kikikanri@city.wakabadai.lg.jp
　南里市　　　防災課　　　　　　0463-55-0004　 bousai@city.nanri.lg.jp
　東浜町　　　総務課防災係　　　0470-80-0005　 bousai@town.higashihama.lg.jp
　大阪市中央区　総務課　　　　　06-6267-0006　 soumu@city.osaka-chuo-sample.lg.jp
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="自治体の部署の代表連絡先一覧（組織の連絡先で人の一覧ではない）",
)

add(
    charset="utf-8",
    sender=SAOTOME,
    to=["村瀬様 <murase@tsubasa-system.jp>"],
    subject="緊急連絡先（家族）の登録機能についての質問",
    body=f"""村瀬様

お世話になっております。早乙女です。
家族連絡先の登録率が64%にとどまっており、改善策を検討しています。
以下の点について仕様を教えてください。

1. 社員本人ではなく家族側から登録申請する導線は作れますか。
2. 家族の登録情報（氏名・電話・メール）は、管理者画面で閲覧できる範囲を制限できますか。
　（本人と人事部のみに限定したい）
3. 家族への通知は、社員本人の回答内容のうち「安否」のみに絞れますか。

お手数ですが、よろしくお願いいたします。
{SIG_SAOTOME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="家族登録機能についての質問のみ、データなし",
)

_p = take(1)[0]
add(
    charset="iso-2022-jp",
    sender=OMORI,
    to=[f"{_p['fam_mail']}"],
    subject=f"日の出産業 人事部より（{_p['mei']}さんの状況について）",
    body=f"""{_p['sei']}様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の大森と申します。
家族伝言板にご登録のアドレスにお送りしています。

{_p['mei']}さんは地震発生時本社におり、現在も社内で待機しておりますが、
お怪我などはなくご無事です。携帯電話の充電が切れてしまったため、
代わりにご連絡いたしました。

公共交通機関の運転再開を確認のうえ、明朝帰宅していただく予定です。
ご心配をおかけしておりますが、何かございましたら下記までご連絡ください。
{SIG_OMORI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="社員家族（個人のフリーメール1件）への安否の連絡",
)

add(
    charset="shift_jis",
    sender=SAOTOME,
    to=["bousai-toyosu@toho-bm.co.jp", "keiyaku@towa-security.co.jp"],
    subject="夜間の地震発生時の初動について（打合せのお願い）",
    body=f"""東邦ビルマネジメント 防災センター ご担当者様
東和セキュリティ 契約管理課 ご担当者様

日の出産業の早乙女です。
夜間・休日に地震が発生した場合のビル側・警備側・当社の初動の役割分担について、
一度三者で確認させていただきたく存じます。

来週のどこかで30分ほどお時間をいただけますでしょうか。
場所は1階防災センター横の会議室を想定しています。
{SIG_SAOTOME}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2社へのTo（3者打合せの通常のメール）",
)

add(
    charset="utf-8",
    sender=ISURUGI,
    to=["horiguchi@riskbridge.co.jp"],
    subject="Re: 他社事例の資料について",
    body=f"""堀口様

他社事例の資料、ありがとうございました。大変参考になりました。
ご依頼のあった当社の「災害対策本部運営要領」は社外秘の扱いになっているため、
そのままお渡しすることができません。代わりに、公開用に要約した版を来週お送りします。
ご了承ください。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="「社外秘」は送れない理由として言及しているだけで区分表示ではない",
)

# =====================================================================================
# 9. 判断が分かれるもの — either
# =====================================================================================

_p = take(5)
_rows = "\n".join(f"　{p['name']}（{p['dept']}）" for p in _p)
add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["bousai-toyosu@toho-bm.co.jp"],
    subject="臨時入館者の登録（復旧作業要員）",
    body=f"""東邦ビルマネジメント 防災センター ご担当者様

日の出産業の柏木です。
今週末（10/17・18）の12階復旧作業のため、以下の5名の休日入館をお願いします。
入館時間は両日とも9:00〜18:00です。

{_rows}

社員証を提示させます。よろしくお願いいたします。
{SIG_KASHIWAGI}""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="5名だが氏名と所属だけ（連絡先・識別番号なし）で、人の一覧と見るかは判断が分かれる",
)

_p = take(1)[0]
add(
    charset="shift_jis",
    sender=SAOTOME,
    to=["kanamori@toho-bm.co.jp"],
    subject="本日の避難時のけが人について",
    body=f"""金森様

日の出産業の早乙女です。本日の避難の際はご誘導ありがとうございました。
ご報告ですが、弊社の{_p['name']}（{_p['dept']}）が非常階段で足をひねり、
念のため近くの病院で診てもらっています。大事には至らない見込みです。

階段の8階と7階の間の踊り場に段差が分かりにくい箇所があるようですので、
滑り止めテープ等の対策をご検討いただけますと幸いです。
{SIG_SAOTOME}""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の社員の軽いけが・受診の事実（診断名なし）が要配慮に当たるかは判断が分かれる",
)

_p = take(5)
_sy = [f"080-77{_MISC.randint(10, 99)}-{_MISC.randint(1000, 9999)}" for _ in _p]
_rows = "\n".join(f"{pad(r, 14)}{pad(p['name'], 14)}{s}（社用携帯）"
                  for r, p, s in zip(["本部長", "副本部長", "総務班長", "救護班長", "情報班長"], _p, _sy))
add(
    charset="utf-8",
    sender=WASHIO,
    to=["kanamori@toho-bm.co.jp"],
    subject="災害対策本部 連絡窓口（社用携帯）",
    body=f"""金森様

鷲尾です。弊社災害対策本部の各班長の連絡先をお知らせします。
いずれも会社貸与の携帯電話で、異動時には番号ごと引き継ぎます。

役割          氏名          連絡先
------------------------------------------------------
{_rows}

ビル側で災害が発生した際は、上から順にご連絡ください。
{SIG_WASHIO}""",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5名分だが会社貸与の社用携帯（業務連絡先）で、人の一覧として止めるかは判断が分かれる",
)
