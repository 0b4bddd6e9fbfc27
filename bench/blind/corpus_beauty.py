"""Blind corpus — AREA: beauty.

日の出産業株式会社 ビューティー事業部: ヘアサロン「HINODE hair」、エステティックサロン
「ソレイユ・ヒノデ」、ネイルサロン「nail Aurora by HINODE」の直営店とフランチャイズ加盟店。
顧客カルテ、予約、肌・アレルギーの記録、スタッフのシフト、商材の仕入先、キャンペーン DM、
FC オーナーとのやり取り。every person, number and address here is invented.
My Number / card seeds start at 1601.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

D = "hinode-sangyo.co.jp"

_SEI = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("五十嵐", "イガラシ", "Igarashi"),
    ("神保", "ジンボ", "Jimbo"), ("百目鬼", "ドウメキ", "Domeki"), ("鬼頭", "キトウ", "Kito"),
    ("舘野", "タテノ", "Tateno"), ("蕪木", "カブラギ", "Kaburagi"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("羽生田", "ハニュウダ", "Hanyuda"), ("檜山", "ヒヤマ", "Hiyama"), ("鷲尾", "ワシオ", "Washio"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("保坂", "ホサカ", "Hosaka"), ("雨宮", "アメミヤ", "Amemiya"),
    ("柘植", "ツゲ", "Tsuge"), ("葛西", "カサイ", "Kasai"), ("乙部", "オトベ", "Otobe"),
    ("宍戸", "シシド", "Shishido"), ("能登", "ノト", "Noto"), ("犬養", "イヌカイ", "Inukai"),
    ("瓜生", "ウリュウ", "Uryu"), ("芦刈", "アシカリ", "Ashikari"), ("糸数", "イトカズ", "Itokazu"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("照屋", "テルヤ", "Teruya"), ("佐々木", "ササキ", "Sasaki"),
    ("高橋", "タカハシ", "Takahashi"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木下", "キノシタ", "Kinoshita"),
    ("清水", "シミズ", "Shimizu"), ("森田", "モリタ", "Morita"), ("大槻", "オオツキ", "Otsuki"),
    ("水野", "ミズノ", "Mizuno"), ("桑原", "クワバラ", "Kuwabara"), ("日向", "ヒナタ", "Hinata"),
    ("真田", "サナダ", "Sanada"), ("冴島", "サエジマ", "Saejima"), ("二階堂", "ニカイドウ", "Nikaido"),
]
_MEI_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("彩乃", "アヤノ", "Ayano"),
    ("千尋", "チヒロ", "Chihiro"), ("由佳", "ユカ", "Yuka"), ("真由美", "マユミ", "Mayumi"),
    ("恵理子", "エリコ", "Eriko"), ("沙織", "サオリ", "Saori"), ("葵", "アオイ", "Aoi"),
    ("結衣", "ユイ", "Yui"), ("菜々子", "ナナコ", "Nanako"), ("里美", "サトミ", "Satomi"),
    ("玲奈", "レイナ", "Reina"), ("麻衣", "マイ", "Mai"), ("香織", "カオリ", "Kaori"),
    ("芽衣", "メイ", "Mei"), ("紗季", "サキ", "Saki"), ("朋子", "トモコ", "Tomoko"),
    ("典子", "ノリコ", "Noriko"), ("詩織", "シオリ", "Shiori"), ("瑞穂", "ミズホ", "Mizuho"),
    ("琴音", "コトネ", "Kotone"), ("奈緒", "ナオ", "Nao"), ("佳代子", "カヨコ", "Kayoko"),
]
_MEI_M = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Ken-ichi"),
    ("拓海", "タクミ", "Takumi"), ("悠斗", "ユウト", "Yuto"), ("和也", "カズヤ", "Kazuya"),
    ("直樹", "ナオキ", "Naoki"), ("蓮", "レン", "Ren"), ("誠", "マコト", "Makoto"),
]
_PLACES = [
    ("154-0002", "東京都世田谷区下馬"), ("152-0035", "東京都目黒区自由が丘"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("231-0861", "神奈川県横浜市中区元町"),
    ("330-0846", "埼玉県さいたま市大宮区大門町"), ("530-0017", "大阪府大阪市北区角田町"),
    ("460-0008", "愛知県名古屋市中区栄"), ("810-0001", "福岡県福岡市中央区天神"),
    ("980-0811", "宮城県仙台市青葉区一番町"), ("158-0094", "東京都世田谷区玉川"),
    ("277-0005", "千葉県柏市柏"), ("194-0013", "東京都町田市原町田"),
    ("251-0052", "神奈川県藤沢市藤沢"), ("273-0005", "千葉県船橋市本町"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("167-0051", "東京都杉並区荻窪"),
    ("143-0023", "東京都大田区山王"), ("213-0001", "神奈川県川崎市高津区溝口"),
    ("113-0033", "東京都文京区本郷"), ("156-0052", "東京都世田谷区経堂"),
    ("222-0033", "神奈川県横浜市港北区新横浜"), ("343-0845", "埼玉県越谷市南越谷"),
]
_BLDG = ["", "", "", " コーポ若葉102", " パークハイツ305", " グランメゾン1203",
         " ベルエール201", " サンライズ荘3号", " リバーサイド東401", " ドミール桜703"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "outlook.jp", "gmail.com", "yahoo.co.jp", "hotmail.co.jp"]

_FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def fw(s: str) -> str:
    """ASCII digits and separators → full-width."""
    return s.translate(_FW)


def wareki(d: date, short: bool = False) -> str:
    if d >= date(2019, 5, 1):
        era, y, s = "令和", d.year - 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y, s = "平成", d.year - 1988, "H"
    else:
        era, y, s = "昭和", d.year - 1925, "S"
    if short:
        return f"{s}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def people(key: str, n: int, female: float = 0.85, start: int = 100000) -> list[dict]:
    """n invented people, stable for a given key."""
    rng = random.Random(f"beauty-people-{key}")
    out = []
    used: set[str] = set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        is_f = rng.random() < female
        mei = rng.choice(_MEI_F if is_f else _MEI_M)
        name = f"{sei[0]} {mei[0]}"
        if name in used:
            continue
        used.add(name)
        dob = date(1952, 1, 1) + timedelta(days=rng.randrange(0, 365 * 52))
        z, town = rng.choice(_PLACES)
        addr = f"{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}{rng.choice(_BLDG)}"
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
        local = f"{mei[2].lower().replace('-', '')}.{sei[2].lower()}{rng.randrange(1, 99)}"
        if rng.random() < 0.3:
            local = f"{mei[2].lower().replace('-', '')}{rng.choice(['_', ''])}{rng.randrange(1970, 2005)}"
        out.append({
            "sei": sei[0], "mei": mei[0], "name": name, "kana": f"{sei[1]} {mei[1]}",
            "romaji": f"{mei[2]} {sei[2]}", "tel": mob, "email": f"{local}@{rng.choice(_FREE)}",
            "zip": z, "addr": addr, "dob": dob, "dob_iso": dob.strftime("%Y/%m/%d"),
            "dob_w": wareki(dob), "dob_s": wareki(dob, True),
            "age": 2025 - dob.year, "gender": "女" if is_f else "男",
            "cid": f"{start + rng.randrange(1, 89999):06d}",
        })
    return out


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def ptable(header: list[str], rows: list[list], full: bool = False, rule: str = "-") -> str:
    """Columns padded with spaces under a header and a rule, as people paste them."""
    allrows = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    widths = [max(_w(r[i]) for r in allrows) for i in range(len(header))]

    def pad(cell: str, width: int) -> str:
        gap = width - _w(cell)
        if full:
            return cell + "　" * (gap // 2) + " " * (gap % 2)
        return cell + " " * gap

    sep = "　" if full else "  "
    lines = [sep.join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip() for r in allrows]
    total = sum(widths) + _w(sep) * (len(widths) - 1)
    lines.insert(1, rule * (total // _w(rule)))
    return "\n".join(lines)


def tsv(header: list[str], rows: list[list]) -> str:
    return "\n".join("\t".join(map(str, r)) for r in [header] + rows)


SIG_SAEKI = """--
日の出産業株式会社 ビューティー事業部 営業企画課
佐伯 真理子（さえき まりこ）
〒150-0001 東京都渋谷区神宮前4-22-9 日の出神宮前ビル5F
TEL 03-6418-5520 / FAX 03-6418-5521
saeki.mariko@hinode-sangyo.co.jp"""

SIG_HOJO = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
ビューティー事業部 店舗運営課 北条 翔太
TEL：03-6418-5523（直通）
〒150-0001 東京都渋谷区神宮前4-22-9
━━━━━━━━━━━━━━━━━━━━"""

SIG_OKOCHI = """――――――――――――――――
日の出産業株式会社 ビューティー事業部
FC推進室 室長  大河内 健
TEL 03-6418-5530  携帯 080-4471-2093（社用）
okochi.ken@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_SHINODA = """---
日の出産業株式会社 ビューティー事業部 店舗システム担当
篠田 亮
〒150-0001 東京都渋谷区神宮前4-22-9 日の出神宮前ビル5F
TEL 03-6418-5527（直通）"""

SIG_AIZAWA = """*************************************
日の出産業株式会社 ビューティー事業部
総務・人事グループ　相沢 恵
TEL 03-6418-5525　FAX 03-6418-5521
*************************************"""

SIG_MAKABE = """--
日の出産業(株) ビューティー事業部 購買グループ
真壁 拓也 / Takuya Makabe
TEL 03-6418-5535 FAX 03-6418-5536"""

SIG_TACHIBANA = """――
HINODE hair 表参道店　店長
立花 由衣
〒150-0001 東京都渋谷区神宮前5-3-11 1F
TEL 03-6427-1180（店舗）
日の出産業株式会社 ビューティー事業部"""

SIG_KUGA = """□■━━━━━━━━━━━━━━━━
エステティックサロン ソレイユ・ヒノデ
エリアマネージャー　久我 玲奈
日の出産業株式会社 ビューティー事業部
TEL 03-6418-5540
━━━━━━━━━━━━━━━━■□"""

SIG_MORINAGA = """--------------------------------
nail Aurora by HINODE
ネイル事業チーフ 森永 さやか
日の出産業株式会社 ビューティー事業部
TEL 03-6418-5542 / morinaga.sayaka@hinode-sangyo.co.jp
--------------------------------"""

SIG_MIYOSHI = """--
三好 ひかり（販促チーム）
日の出産業株式会社 ビューティー事業部 営業企画課
TEL 03-6418-5529"""

SIG_KUROSAWA = """Emi Kurosawa
Brand & Merchandising, Beauty Division
Hinode Sangyo Co., Ltd.
4-22-9 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan
Tel +81-3-6418-5538"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []

# ======================================================================================
# STOP — lists of five or more people (body and every attachment kind)
# ======================================================================================

_p = people("001", 30)
MESSAGES.append({
    "id": "beauty-001", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"篠田 亮 <shinoda.ryo@{D}>",
    "to": ["小野寺 様 <onodera.k@tsubasa-system.jp>"],
    "cc": [f"北条 翔太 <hojo.shota@{D}>"],
    "subject": "【データ移行】表参道店・自由が丘店 顧客カルテCSVご送付の件",
    "body": f"""ツバサシステム株式会社
導入支援グループ 小野寺様

いつもお世話になっております。
日の出産業 ビューティー事業部の篠田です。

SalonBook への移行テスト用に、表参道店と自由が丘店の顧客カルテを
旧システムから書き出しました（CSV、Shift_JIS）。
列の並びは先日いただいた取込仕様書 v1.3 に合わせてあります。
担当スタイリスト欄は旧コードのままですので、変換表は別途お送りします。

取込後、件数の突き合わせをお願いできますでしょうか。
よろしくお願いいたします。

{SIG_SHINODA}
""",
    "attachments": [{
        "kind": "csv", "name": "karte_omotesando_jiyugaoka.csv", "encoding": "cp932",
        "rows": [["顧客番号", "氏名", "フリガナ", "性別", "生年月日", "電話番号", "住所",
                  "初回来店日", "最終来店日", "担当"]]
        + [[p["cid"], p["name"], p["kana"], p["gender"], p["dob_iso"], p["tel"],
            p["zip"] + " " + p["addr"], f"2019/{(i % 12) + 1:02d}/{(i * 7) % 28 + 1:02d}",
            f"2025/{(i % 9) + 1:02d}/{(i * 3) % 27 + 1:02d}", f"ST{10 + i % 6:03d}"]
           for i, p in enumerate(_p)],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "30 customers' karte (name, DOB, phone, address) in a CP932 CSV to the partner system vendor",
})

_p = people("002", 24)
MESSAGES.append({
    "id": "beauty-002", "expect": "stop", "charset": "shift_jis",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["錦印刷 DM制作課 <dm-seisaku@nishiki-insatsu.co.jp>"],
    "subject": "秋のご来店感謝DM 宛名データ（二子玉川・町田）",
    "body": f"""錦印刷株式会社 DM制作課 御中

お世話になっております。日の出産業の三好です。
先日お見積りいただいた秋の感謝DM（圧着ハガキ）の宛名データをお送りします。

・ファイル：宛名_秋DM_2店舗.xlsx（シートは店舗ごとに分けています）
・件数：二子玉川店 12件／町田店 12件
・差出人表記は「HINODE hair 各店」でお願いします

前回同様、校正は PDF で頂戴できれば幸いです。
発送は10月第2週を希望しております。

{SIG_MIYOSHI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "宛名_秋DM_2店舗.xlsx", "title": "秋DM宛名",
        "sheets": {
            "二子玉川店": [["HINODE hair 二子玉川店 秋DM 宛名リスト（2025/9抽出）"], [],
                       ["No", "郵便番号", "住所", "氏名", "敬称", "最終来店"]]
            + [[i + 1, p["zip"], p["addr"], p["name"], "様", f"2025/0{(i % 8) + 1}/1{i % 9}"]
               for i, p in enumerate(_p[:12])],
            "町田店": [["HINODE hair 町田店 秋DM 宛名リスト（2025/9抽出）"], [],
                     ["No", "郵便番号", "住所", "氏名", "敬称", "最終来店"]]
            + [[i + 1, p["zip"], p["addr"], p["name"], "様", f"2025/0{(i % 8) + 1}/2{i % 8}"]
               for i, p in enumerate(_p[12:])],
        },
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "24 customers' names and home addresses in a two-sheet XLSX (title row) to the DM printer",
})

_p = people("003", 7, female=1.0)
MESSAGES.append({
    "id": "beauty-003", "expect": "stop", "charset": "utf-8",
    "sender": f"森永 さやか <morinaga.sayaka@{D}>",
    "to": ["コールブリッジ 受託窓口 <reminder@call-bridge.co.jp>"],
    "subject": "明日分 リマインド架電リスト（nail Aurora 吉祥寺）",
    "body": f"""コールブリッジ株式会社
リマインドコール担当者様

お世話になっております。nail Aurora の森永です。
明日ご予約のお客様のうち、LINE未登録の方の架電をお願いいたします。

{ptable(["予約時間", "お名前", "電話番号", "メニュー"],
        [[f"{10 + i}:00", p["name"] + " 様", p["tel"],
          ["ワンカラー", "フレンチ", "ケア＋カラー", "オフのみ", "アート10本", "フット", "ニュアンス"][i]]
         for i, p in enumerate(_p)])}

不通の場合はSMSではなく留守電にメッセージをお願いします。
結果は17時までにご返信いただけると助かります。

{SIG_MORINAGA}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "7 customers with mobile numbers in a space-padded body table to an outside call centre",
})

_p = people("004", 6, female=1.0)
MESSAGES.append({
    "id": "beauty-004", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"久我 玲奈 <kuga.rena@{D}>",
    "to": ["あおぞらクレジット 加盟店係 <kameiten@aozora-credit.co.jp>"],
    "subject": "分割払い申込 書類不備のお問い合わせ分（ソレイユ・ヒノデ 大宮店）",
    "body": f"""あおぞらクレジット株式会社
加盟店サポート係 御中

いつも大変お世話になっております。
ソレイユ・ヒノデの久我でございます。

先週お電話でご指摘いただいた、痩身コース分割払いのお申込みで
書類不備となっている６件について、お客様情報を下記に記載いたします。
再審査のほど、よろしくお願い申し上げます。

{ptable(["契約番号", "ご契約者", "生年月日", "連絡先", "コース"],
        [[fw(f"ＳＨ－{2500 + i * 13}"), p["name"], fw(p["dob_w"]),
          fw(p["tel"]), ["痩身１２回", "フェイシャル２４回", "ブライダル８回", "痩身２４回", "脱毛１８回", "痩身１２回"][i]]
         for i, p in enumerate(_p)], full=True, rule="－")}

不足書類（本人確認書類の写し）は、各お客様に再提出をお願いしております。

{SIG_KUGA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6 contract holders with 和暦 DOB and full-width phone numbers in a full-width padded table to a credit company",
})

_p = people("005", 9, female=0.7)
MESSAGES.append({
    "id": "beauty-005", "expect": "stop", "charset": "utf-8",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["ユニフォスタイル 営業部 加納様 <kanou@unifo-style.co.jp>"],
    "subject": "新ユニフォーム 採寸・配送先リスト",
    "body": f"""ユニフォスタイル株式会社
加納様

お世話になっております。日の出産業の北条です。
新ユニフォームの個別配送分、スタッフ一覧を貼り付けます（Excelからコピーしたのでタブ区切りです）。
今回は産休明け・異動で自宅配送を希望したスタッフのみです。

{tsv(["氏名", "所属店舗", "サイズ", "携帯", "配送先住所"],
     [[p["name"], ["吉祥寺店", "自由が丘店", "横浜元町店", "柏店", "大宮店", "藤沢店", "町田店", "船橋店", "浦和店"][i],
       ["S", "M", "M", "L", "S", "M", "LL", "M", "S"][i], p["tel"], p["addr"]] for i, p in enumerate(_p)])}

配送時の不在連絡は本人の携帯へお願いします。

{SIG_HOJO}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "9 staff members' mobiles and home addresses, tab-separated in the body, to a uniform vendor",
})

_p = people("006", 6, female=0.5)
_stores = ["高崎店", "宇都宮店", "水戸駅南店", "つくば店", "前橋店", "小山店"]
MESSAGES.append({
    "id": "beauty-006", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["FCグロース 吉良様 <kira@fc-growth.jp>"],
    "subject": "北関東エリア 加盟店オーナー面談の日程調整について",
    "body": "吉良様\n\nお世話になっております。大河内です。\n"
            "来月の北関東エリアのオーナー面談、直接オーナーへご連絡いただいて構いません。\n"
            "連絡先をまとめておきます（個人携帯・ご自宅しか無い方もいますので取扱いにご注意ください）。\n\n"
            + "\n".join(f"・{p['name']}様（HINODE hair {_stores[i]}）　携帯 {p['tel']}　ご自宅 {p['addr']}"
                        for i, p in enumerate(_p))
            + f"\n\n平日昼はサロンワーク中の方が多いので、夜19時以降がつながりやすいです。\n\n{SIG_OKOCHI}\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "6 franchise owners' private mobiles and home addresses as 「・」 bullets to an outside consultant",
})

_p = people("007", 5, female=1.0)
MESSAGES.append({
    "id": "beauty-007", "expect": "stop", "charset": "shift_jis",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": ["さくらホテル ウエディング 田嶋様 <tajima.w@sakura-hotel.jp>"],
    "subject": "11/23 ご列席者ヘアセット ご予約者情報",
    "body": "田嶋様\n\nいつもお世話になっております。HINODE hair 表参道店の立花です。\n"
            "11/23（日）挙式のご列席者ヘアセットについて、ご予約いただいた方の情報をお送りします。\n"
            "当日の控室割り振りにご利用ください。\n\n"
            + "\n\n".join(
                f"【{i + 1}】\nお名前：{p['name']}（{p['kana']}）\n電話：{p['tel']}\n"
                f"生年月日：{p['dob_iso']}\nご希望：{['アップスタイル', 'ハーフアップ＋着付け', '編み込み', '夜会巻き', 'ダウンスタイル'][i]}\n"
                f"入店時間：{8 + i // 2}:{'00' if i % 2 == 0 else '30'}"
                for i, p in enumerate(_p))
            + f"\n\n何かございましたらご連絡ください。\n\n{SIG_TACHIBANA}\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "5 wedding guests, one block each with phone and DOB, to the partner hotel",
})

_p = people("008", 40)
MESSAGES.append({
    "id": "beauty-008", "expect": "stop", "charset": "utf-8",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["mailcast support <onboarding@mailcast.jp>"],
    "subject": "Re: 配信リスト取込テストのお願い",
    "body": f"""mailcast オンボーディングご担当様

お世話になっております。日の出産業の三好です。
テスト取込用に、会員メールリストの一部（40件）を UTF-8 の CSV でお送りします。
誕生月クーポンのセグメントを確認したいので、生年月日も入れてあります。

問題なければ本番分（約18,000件）は来週お送りします。

{SIG_MIYOSHI}
""",
    "attachments": [{
        "kind": "csv", "name": "members_test_40.csv", "encoding": "utf-8-sig",
        "rows": [["member_id", "last_name", "first_name", "email", "birthday", "home_store", "opt_in"]]
        + [[f"M{p['cid']}", p["sei"], p["mei"], p["email"], p["dob"].isoformat(),
            ["omotesando", "kichijoji", "motomachi", "umeda", "sakae"][i % 5], "1"]
           for i, p in enumerate(_p)],
    }],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "40 members' e-mail addresses and birthdays in a UTF-8 CSV to a mail-marketing vendor",
})

_p = people("009", 8, female=0.9)
_html_rows = "".join(
    f"<tr><td>{p['name']}</td><td>{p['zip']}</td><td>{p['addr']}</td><td>{p['tel']}</td>"
    f"<td>{['¥486,200', '¥412,000', '¥398,500', '¥377,300', '¥352,100', '¥340,800', '¥322,000', '¥301,600'][i]}</td></tr>"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "beauty-009", "expect": "stop", "charset": "utf-8",
    "sender": f"久我 玲奈 <kuga.rena@{D}>",
    "to": ["花森ギフト 法人営業 <hojin@hanamori-gift.co.jp>"],
    "subject": "年末ギフト お届け先一覧（VIP会員様）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>花森ギフト株式会社<br>法人営業部 ご担当者様</p>
<p>いつもお世話になっております。ソレイユ・ヒノデの久我です。<br>
年末のVIP会員様向けギフト（プリザーブドフラワー Bセット）のお届け先をお送りします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#f3e6ef"><th>お名前</th><th>〒</th><th>ご住所</th><th>電話番号</th><th>年間ご利用額</th></tr>
{_html_rows}
</table>
<p>配達日は12/20〜12/23の間でお願いいたします。<br>
のし・メッセージカードは「いつもありがとうございます　ソレイユ・ヒノデ」でお願いします。</p>
<p>--<br>エステティックサロン ソレイユ・ヒノデ<br>エリアマネージャー 久我 玲奈<br>TEL 03-6418-5540</p>
</body></html>""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with an 8-row table of VIP customers' addresses and phones to a gift vendor",
})

_p = people("010", 8, female=0.6)
MESSAGES.append({
    "id": "beauty-010", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "subject": "HINODE ヘアショー2025 出演スタッフ名簿と緊急連絡先",
    "body": f"""さくらホテル 宴会営業部
木崎様

お世話になっております。日の出産業 北条です。
来月のヘアショーにつきまして、館内入館証の発行に必要な出演スタッフ名簿を添付いたします。
ホテル様の規定により緊急連絡先も記載しております。

ご確認のほどよろしくお願いいたします。

{SIG_HOJO}
""",
    "attachments": [{
        "kind": "docx", "name": "ヘアショー2025_出演スタッフ名簿.docx", "title": "出演スタッフ名簿",
        "paragraphs": ["HINODE HAIR SHOW 2025 出演スタッフ名簿", "会場：さくらホテル 鳳凰の間　搬入 9:00〜",
                       "※緊急連絡先は本人の申告によるものです。"],
        "tables": [[["氏名", "役割", "携帯電話", "生年月日", "緊急連絡先（続柄）"]]
                   + [[p["name"], ["ディレクター", "スタイリスト", "スタイリスト", "メイク", "アシスタント",
                                   "アシスタント", "着付け", "音響補助"][i], p["tel"], p["dob_iso"],
                       f"{q['sei']} {q['mei']}（{['母', '夫', '父', '妻', '母', '姉', '夫', '母'][i]}）{q['tel']}"]
                      for i, (p, q) in enumerate(zip(_p, people("010b", 8)))]],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 8 staff with mobiles, DOB and family emergency contacts to the hotel",
})

_p = people("011", 12, female=0.75)
MESSAGES.append({
    "id": "beauty-011", "expect": "stop", "charset": "utf-8",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["ビューティーアカデミア 研修事務局 <kenshu@beauty-academia.jp>"],
    "subject": "新人スタイリスト研修 受講者のご連絡（資料添付）",
    "body": f"""ビューティーアカデミア 研修事務局 御中

いつもお世話になっております。日の出産業 総務・人事の相沢です。
4月からの新人研修について、社内説明で使ったスライドをそのままお送りします。
受講者一覧は5〜6枚目にありますので、受講票の発送にご利用ください。

{SIG_AIZAWA}
""",
    "attachments": [{
        "kind": "pptx", "name": "2025新人研修_オリエン.pptx", "title": "2025年度 新人研修",
        "slides": [
            ["2025年度 新人スタイリスト研修", "日の出産業株式会社 ビューティー事業部", "総務・人事グループ"],
            ["研修スケジュール", "4/7〜4/11 基礎（接客・衛生）", "4/14〜5/30 技術（シャンプー・カラー）",
             "6月 店舗OJT"],
            ["会場", "ビューティーアカデミア 渋谷校 3F", "持ち物：シザーケース、ウィッグ2体"],
            ["評価", "実技チェック 3回", "筆記（衛生管理）1回"],
            ["受講者一覧（1）"] + [f"{p['name']}　{p['tel']}　{p['email']}" for p in _p[:6]],
            ["受講者一覧（2）"] + [f"{p['name']}　{p['tel']}　{p['email']}" for p in _p[6:]],
        ],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PPTX slides listing 12 trainees' mobiles and private e-mails to an outside training school",
})

_p = people("012", 10, female=0.8)
MESSAGES.append({
    "id": "beauty-012", "expect": "stop", "charset": "shift_jis",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["フォトスタジオ灯 予約係 <yoyaku@photo-akari.jp>"],
    "subject": "撮影日のモデル一覧（PDF）",
    "body": f"""フォトスタジオ灯
予約係 ご担当者様

お世話になっております。日の出産業 販促チームの三好です。
10/8 の春夏カタログ撮影に来ていただくサロンモデルの一覧をPDFでお送りします。
未成年の方は保護者同意書を当日持参いただく予定です。

{SIG_MIYOSHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "model_list_1008.pdf", "title": "撮影モデル一覧",
        "lines": ["HINODE hair 2026 S/S カタログ撮影　モデル一覧", "撮影日：10月8日（水）　集合 8:30", ""],
        "table": [["No", "氏名", "年齢", "生年月日", "携帯", "担当スタイリスト"]]
                 + [[str(i + 1), p["name"], str(p["age"]), p["dob_iso"], p["tel"],
                     ["立花", "日向", "真田", "冴島", "立花"][i % 5]] for i, p in enumerate(_p)],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 10 salon models with DOB and mobile to a photo studio",
})

_p = people("013", 25)
_p2 = people("013b", 18)
MESSAGES.append({
    "id": "beauty-013", "expect": "stop", "charset": "utf-8",
    "sender": f"篠田 亮 <shinoda.ryo@{D}>",
    "to": ["データみらい 分析チーム <analysis@data-mirai.co.jp>"],
    "subject": "リピート分析用データ一式（zip）",
    "body": f"""データみらい株式会社
分析チーム 皆様

お世話になっております。日の出産業の篠田です。
ご依頼のリピート率分析用データを zip でお送りします（パスワードはかけていません）。

- raiten_umeda.csv … 梅田店の来店履歴（顧客単位）
- kaiin_sakae.xlsx … 栄店の会員マスタ

不明点はご連絡ください。

{SIG_SHINODA}
""",
    "attachments": [{
        "kind": "zip", "name": "repeat_data_202509.zip",
        "files": [
            {"kind": "csv", "name": "raiten_umeda.csv", "encoding": "cp932",
             "rows": [["顧客ID", "氏名", "電話", "来店回数", "最終来店", "累計金額"]]
             + [[p["cid"], p["name"], p["tel"], (i * 3) % 17 + 1, f"2025-0{i % 9 + 1}-15", (i * 7919) % 90000 + 8000]
                for i, p in enumerate(_p)]},
            {"kind": "xlsx", "name": "kaiin_sakae.xlsx",
             "sheets": {"会員マスタ": [["会員番号", "氏名", "カナ", "生年月日", "メール", "住所"]]
                        + [[p["cid"], p["name"], p["kana"], p["dob_iso"], p["email"], p["addr"]] for p in _p2]}},
        ],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "plain ZIP holding a customer CSV and an XLSX member master (43 people) to an analytics firm",
})

_p = people("014", 6, female=0.9)
_inner = {
    "charset": "iso-2022-jp",
    "sender": f"日向 彩乃 <hinata.ayano@{D}>",
    "to": [f"北条 翔太 <hojo.shota@{D}>"],
    "subject": "吉祥寺店 9月クレーム対応状況",
    "body": "北条さん\n\nお疲れさまです。吉祥寺店の日向です。\n9月のクレーム対応状況を共有します。\n\n"
            + "\n".join(f"{i + 1}. {p['name']}様（{p['tel']}）：{c}"
                        for i, (p, c) in enumerate(zip(_p, [
                            "カラーの色味が希望と違う → 9/12 無料お直し済",
                            "予約時間に30分待たされた → 店長より謝罪の電話済",
                            "パーマの持ちが悪い → 再施術を提案、返答待ち",
                            "ポイント付与漏れ → 付与済",
                            "スタッフの言葉遣い → 本人指導、お詫びのハガキ送付",
                            "駐車場の案内不足 → 返金なし、説明済"])))
            + "\n\n以上です。\n日向\n",
}
MESSAGES.append({
    "id": "beauty-014", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["CSコンサルティング 宮内様 <miyauchi@cs-kaizen.co.jp>"],
    "subject": "FW: 吉祥寺店 9月クレーム対応状況",
    "body": f"""宮内様

お世話になっております。北条です。
次回の接客研修の題材として、吉祥寺店からの報告メールをそのまま添付で転送します。
個別のお客様対応についてもご意見をいただけると助かります。

{SIG_HOJO}
""",
    "attachments": [{"kind": "eml", "name": "吉祥寺店 9月クレーム対応状況.eml", "message": _inner}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached internal mail listing 6 complaining customers with phone numbers, sent to an outside consultant",
})

_p = people("015", 7, female=0.95)
MESSAGES.append({
    "id": "beauty-015", "expect": "stop", "charset": "utf-8",
    "sender": f"森永 さやか <morinaga.sayaka@{D}>",
    "to": ["東京ネイルカレッジ 教務課 <kyomu@tokyo-nail.ac.jp>"],
    "subject": "FW: 【申込】ジェル検定対策講座（10月期）",
    "body": f"""東京ネイルカレッジ 教務課 ご担当者様

お世話になっております。nail Aurora の森永です。
当社スタッフの申込分、店舗から上がってきたメールをそのまま転送します。
受講料は当社一括請求でお願いします。

-----Forwarded Message-----
From: 能登 紗季 <noto.saki@hinode-sangyo.co.jp>
Sent: Monday, September 8, 2025 10:14
To: 森永 さやか
Subject: 【申込】ジェル検定対策講座（10月期）

森永さん
お疲れさまです。各店の受講希望者をまとめました。

氏名 / 店舗 / 携帯 / 生年月日 / 受験級
""" + "\n".join(f"{p['name']} / {['吉祥寺', '梅田', '栄', '天神', '吉祥寺', '横浜元町', '仙台'][i]} / {p['tel']} / {p['dob_s']} / {['中級', '上級', '中級', '初級', '上級', '中級', '初級'][i]}"
                for i, p in enumerate(_p)) + f"""

よろしくお願いします。
能登

{SIG_MORINAGA}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "inline forward of an internal mail listing 7 staff with mobile and 和暦 DOB to a nail school (forwarded text counts)",
})

_p = people("016", 14, female=0.8)
MESSAGES.append({
    "id": "beauty-016", "expect": "stop", "charset": "shift_jis",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": ["コールブリッジ 受託窓口 <reminder@call-bridge.co.jp>"],
    "subject": "10/4(土) 表参道店 予約一覧テキスト",
    "body": f"""コールブリッジ ご担当者様

お世話になっております。表参道店の立花です。
土曜日分の予約一覧（予約システムから出力したテキスト）を添付します。
前日確認のお電話をお願いします。

{SIG_TACHIBANA}
""",
    "attachments": [{
        "kind": "txt", "name": "yoyaku_20251004_omotesando.txt", "encoding": "cp932",
        "text": "予約一覧 2025/10/04 HINODE hair 表参道店\n"
                "==========================================\n"
                + "\n".join(f"{9 + i // 2:02d}:{'00' if i % 2 == 0 else '30'}  {p['name']:<8}  TEL:{p['tel']}  "
                            f"{['カット', 'カット+カラー', '縮毛矯正', 'ヘッドスパ', 'パーマ', 'トリートメント', 'カラー'][i % 7]}"
                            f"  担当:{['立花', '冴島', '真田'][i % 3]}"
                            for i, p in enumerate(_p))
                + "\n==========================================\n14件\n",
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932 .txt export of 14 reservations with customers' phone numbers to a call centre",
})

_p = people("017", 12)
MESSAGES.append({
    "id": "beauty-017", "expect": "stop", "charset": "utf-8",
    "sender": f"篠田 亮 <shinoda.ryo@{D}>",
    "to": ["データみらい 堀江様 <horie@data-mirai.co.jp>"],
    "subject": "Re: 名寄せロジックの確認",
    "body": f"""堀江様

お世話になっております。篠田です。
名寄せで重複判定されているレコードのサンプルです。氏名は抜いてあります。
電話番号と生年月日が一致するのに住所が違うケースが多いようです。

会員ID    電話番号        生年月日    住所
--------  --------------  ----------  ----------------------------------------
""" + "\n".join(f"{p['cid']:<8}  {p['tel']:<14}  {p['dob'].isoformat()}  {p['addr']}" for p in _p) + f"""

判定ルールの見直し案をいただけますでしょうか。

{SIG_SHINODA}
""",
    "entities": ["PHONE_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "12 member rows without a name column (phone, DOB, address) in the body to an analytics vendor",
})

# ======================================================================================
# STOP — My Number, card numbers, ID documents / social insurance numbers
# ======================================================================================

MESSAGES.append({
    "id": "beauty-018", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["田辺社会保険労務士事務所 <info@sr-tanabe.jp>"],
    "subject": "扶養追加（被扶養者異動届）の件　ソレイユ・ヒノデ 横浜元町店 鷲尾",
    "body": f"""田辺社会保険労務士事務所
田辺先生

いつもお世話になっております。日の出産業の相沢です。
横浜元町店のエステティシャン 鷲尾より、出産に伴う扶養追加の申出がありました。
届出に必要な情報は以下のとおりです。

　被保険者：鷲尾 千尋（わしお ちひろ）　社員番号 B-20417
　被保険者 個人番号：{my_number(1601)}
　追加する被扶養者：鷲尾 陽菜（長女）
　生年月日：令和7年8月19日
　被扶養者 個人番号：{my_number(1602)}

出生届受理証明書の写しは郵送いたします。
お手数ですが、手続きのほどよろしくお願いいたします。

{SIG_AIZAWA}
""",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "My Numbers of an employee and her newborn in the body to an outside labour consultant",
})

_p = people("019", 3, female=0.7)
MESSAGES.append({
    "id": "beauty-019", "expect": "stop", "charset": "utf-8",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["給与ナビ 年末調整センター <nencho@kyuyo-navi.co.jp>"],
    "subject": "年末調整 中途入社3名分の追加データ",
    "body": f"""給与ナビ株式会社
年末調整センター ご担当者様

お世話になっております。日の出産業 ビューティー事業部の相沢です。
先日の一括データに漏れていた中途入社3名分を追加でお送りします。
シート「扶養」に配偶者・扶養親族の情報を入れてあります。

{SIG_AIZAWA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "nencho_tsuika_3mei.xlsx",
        "sheets": {
            "本人": [["年末調整 追加分（ビューティー事業部）"],
                   ["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "住所"]]
            + [[f"B-2{2100 + i}", p["name"], p["kana"], p["dob_iso"], my_number(1603 + i), p["addr"]]
               for i, p in enumerate(_p)],
            "扶養": [["社員番号", "扶養者氏名", "続柄", "生年月日", "個人番号"],
                   ["B-22100", f"{_p[0]['sei']} 健一", "夫", "1984/02/11", my_number(1606)],
                   ["B-22102", f"{_p[2]['sei']} 琴音", "長女", "2016/07/30", my_number(1607)]],
        },
    }],
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX with My Numbers of 3 employees and 2 dependants to a payroll outsourcer",
})

MESSAGES.append({
    "id": "beauty-020", "expect": "stop", "charset": "shift_jis",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": ["ペイゲート ジャパン 加盟店サポート <merchant-support@paygate-japan.com>"],
    "subject": "無断キャンセル料の手動決済について（加盟店ID HN-00318）",
    "body": f"""ペイゲートジャパン 加盟店サポート御中

お世話になっております。HINODE hair 表参道店（加盟店ID HN-00318）の立花です。
縮毛矯正＋カラーのご予約で無断キャンセルとなったお客様について、
ご予約時の規約に基づきキャンセル料を決済したいのですが、端末での手入力がエラーになります。

お客様名：犬養 麻衣 様
カード番号：{card_number(1608)}
有効期限：08/28
金額：11,000円（税込）
予約日時：9/27 14:00

お手数ですが、管理画面側での処理可否をご確認いただけますでしょうか。

{SIG_TACHIBANA}
""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a customer's full credit card number in the body to the payment processor",
})

_c = card_number(1609)
_cfw = fw(" ".join(_c[i:i + 4] for i in range(0, 16, 4)))
MESSAGES.append({
    "id": "beauty-021", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"真壁 拓也 <makabe.takuya@{D}>",
    "to": ["ECロジ 受注センター <juchu@ec-logi.co.jp>"],
    "subject": "電話注文分の登録依頼（ホームケア商材）",
    "body": f"""ECロジ株式会社 受注センター御中

お世話になっております。日の出産業 購買の真壁です。
店舗で電話受付したホームケア商品の注文です。通販サイトへの代理登録をお願いします。

■ご注文者
　氏名：照屋 佳代子 様
　電話：０９８－８６２－４４１７
　お届け先：〒９０１－２１２３ 沖縄県浦添市西原３－１１－６
■商品
　HINODE スカルプシャンプー 500ml（HN-SC500）×2
　リペアトリートメント 300g（HN-RT300）×1
■お支払い（クレジット）
　カード番号：{_cfw}
　有効期限：１１／２７　名義：KAYOKO TERUYA

よろしくお願いいたします。

{SIG_MAKABE}
""",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "full-width card number with name, phone and address of a phone-order customer to an EC fulfilment firm",
})

MESSAGES.append({
    "id": "beauty-022", "expect": "stop", "charset": "utf-8",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["リースワン 法人営業部 <car@leaseone.co.jp>"],
    "subject": "訪問美容車両 使用者登録のお願い",
    "body": f"""リースワン株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の北条です。
訪問美容サービス用のリース車両（品川 480 さ 12-07）について、
使用者を追加したく、必要事項をお知らせします。

　氏名：宍戸 奈緒
　生年月日：1991年3月14日
　運転免許証番号：第 3023 1974 8650 号
　免許の色：ブルー（有効期限 2027年4月14日）

保険の運転者限定の変更も併せてお願いいたします。

{SIG_HOJO}
""",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a staff member's driver's licence number and DOB to a car-lease company",
})

MESSAGES.append({
    "id": "beauty-023", "expect": "stop", "charset": "utf-8",
    "sender": f"森永 さやか <morinaga.sayaka@{D}>",
    "to": ["旅プラン 法人旅行センター <hojin@tabi-plan.co.jp>"],
    "subject": "ソウル・ビューティーエキスポ視察 航空券手配（4名）",
    "body": f"""旅プラン株式会社 法人旅行センター
清原様

お世話になっております。nail Aurora の森永です。
11月のソウル視察の航空券・ホテル手配をお願いします。パスポート情報は以下のとおりです。

1) MORINAGA SAYAKA / 森永 さやか　旅券番号 TK4839201　生年月日 1988/06/02　有効期限 2031/05/19
2) NOTO SAKI / 能登 紗季　旅券番号 TR2057714　生年月日 1996/12/09　有効期限 2029/08/03
3) NAKASONE MIZUHO / 仲宗根 瑞穂　旅券番号 MZ7712065　生年月日 1993/02/27　有効期限 2033/01/11
4) KABURAGI REN / 蕪木 蓮　旅券番号 TS0932846　生年月日 1990/10/15　有効期限 2028/03/30

出発は11/12（水）羽田発、帰国は11/15（土）です。

{SIG_MORINAGA}
""",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers of 4 staff to a travel agency (ID documents stop even under five people)",
})

MESSAGES.append({
    "id": "beauty-024", "expect": "stop", "charset": "utf-8",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["中野行政書士事務所 <office@gyosei-nakano.jp>"],
    "subject": "在留資格変更許可申請のご相談（ネイリスト採用予定者）",
    "body": f"""中野行政書士事務所
中野先生

はじめてご連絡いたします。日の出産業株式会社 ビューティー事業部 人事担当の相沢と申します。
ネイルサロン（nail Aurora 梅田店）で採用予定の方について、在留資格の変更手続きをご依頼したくご連絡しました。

・氏名：NGUYEN THI HONG NHUNG（グエン・ティ・ホン・ニュン）
・国籍：ベトナム
・生年月日：1999年7月21日
・在留カード番号：UH48201937KA
・現在の在留資格：留学（有効期限 2026年3月31日）
・住所：大阪府大阪市淀川区十三本町2-8-14 メゾン十三503

ご対応可能かどうか、また費用感をお知らせいただけますと幸いです。

{SIG_AIZAWA}
""",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a job candidate's residence card number, DOB and address to an administrative scrivener",
})

MESSAGES.append({
    "id": "beauty-025", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["田辺社会保険労務士事務所 担当 小倉様 <ogura@sr-tanabe.jp>"],
    "subject": "資格取得届の件（10/1入社 1名）",
    "body": f"""小倉様

お世話になっております。相沢です。
10/1入社のアシスタント1名分、資格取得届の作成をお願いいたします。

氏名　　　　：瓜生 芽衣（ウリュウ メイ）
生年月日　　：平成14年5月8日
基礎年金番号：4107-582936
前職の健康保険証：記号 3120045　番号 118
住所　　　　：東京都杉並区荻窪3-17-4 コーポ若葉102

雇用保険は前職の被保険者番号を確認中です。分かり次第ご連絡します。

{SIG_AIZAWA}
""",
    "entities": ["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a new hire's basic pension number and health insurance 記号・番号 to the labour consultant",
})

# ======================================================================================
# STOP — 要配慮個人情報 (even of one person)
# ======================================================================================

MESSAGES.append({
    "id": "beauty-026", "expect": "stop", "charset": "utf-8",
    "sender": f"久我 玲奈 <kuga.rena@{D}>",
    "to": ["ルミエール化粧品 学術部 <gakujutsu@lumiere-cosme.jp>"],
    "subject": "フェイシャル施術可否のご相談（成分について）",
    "body": f"""ルミエール化粧品株式会社
学術部 ご担当者様

いつもお世話になっております。ソレイユ・ヒノデの久我です。
自由が丘店の会員様について、御社のピーリングジェル（LM-PG30）を使ってよいかご相談させてください。

会員番号 J-30418　二階堂 沙織 様（44歳）
・皮膚科でアトピー性皮膚炎と診断されており、現在ステロイド外用薬（ミディアムクラス）を使用中
・昨年、他サロンのピーリングで顔面に接触皮膚炎を起こし通院歴あり
・パッチテスト（当店実施 9/20）：48時間後に軽度の紅斑

この状態で LM-PG30 の使用は避けるべきか、代替品があればご教示ください。

{SIG_KUGA}
""",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one named customer's atopic dermatitis diagnosis and treatment history to a cosmetics maker",
})

MESSAGES.append({
    "id": "beauty-027", "expect": "stop", "charset": "shift_jis",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": ["ウィッグ花水木 オーダー受付 <order@wig-hanamizuki.co.jp>"],
    "subject": "医療用ウィッグ オーダー（表参道店経由）",
    "body": f"""ウィッグ花水木 オーダー受付 ご担当者様

お世話になっております。HINODE hair 表参道店の立花です。
医療用ウィッグのオーダーをお願いいたします。

お客様：柘植 典子 様（58歳）
状況：乳がんの術後、10月から抗がん剤治療を開始予定。主治医からは治療開始2〜3週で脱毛が始まると説明を受けているとのことです。
頭囲：55.5cm
ご希望：セミロング、現在の髪色に近いダークブラウン、人毛ミックス
お渡し希望：10月10日まで

採寸データのシートは明日FAXいたします。

{SIG_TACHIBANA}
""",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named customer's breast cancer and chemotherapy to a wig maker (medical history of one person)",
})

MESSAGES.append({
    "id": "beauty-028", "expect": "stop", "charset": "utf-8",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["さんぎょうい・クリニック 産業保健窓口 <hoken@sangyoi-clinic.jp>"],
    "subject": "就業判定のご依頼（健診結果 要精密検査 1名）",
    "body": f"""さんぎょうい・クリニック
産業保健窓口 ご担当者様

いつもお世話になっております。日の出産業 ビューティー事業部の相沢です。
定期健康診断で要精密検査となった従業員1名について、就業判定をお願いしたくご連絡しました。

社員番号：B-19233
氏名：舘野 恵理子（大宮店 スタイリスト、42歳）
判定：血圧 168/102（要精密検査）、HbA1c 7.4%（要治療）
本人申告：高血圧で通院歴あり、服薬は自己判断で中断中

立ち仕事が中心の職種のため、勤務上の配慮が必要かご意見をいただけますでしょうか。

{SIG_AIZAWA}
""",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one employee's health check results and medical history to an outside clinic",
})

MESSAGES.append({
    "id": "beauty-029", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["就労支援センターみらい 定着支援 <teichaku@shuro-shien.or.jp>"],
    "subject": "受付スタッフ採用の件（合理的配慮について）",
    "body": f"""就労支援センターみらい
定着支援ご担当　安西様

お世話になっております。日の出産業の相沢です。
先日ご紹介いただいた保坂 琴音さんの件、吉祥寺店の受付スタッフとして採用が決まりました。

ご本人からは精神障害者保健福祉手帳（2級）をお持ちであること、
通院のため月2回は平日午後にお休みが必要と伺っております。
店舗側での配慮事項（休憩の取り方、電話応対の範囲など）について、
一度打ち合わせの機会をいただけますでしょうか。

{SIG_AIZAWA}
""",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named hire's mental disability certificate and hospital visits to a job support organisation",
})

MESSAGES.append({
    "id": "beauty-030", "expect": "stop", "charset": "utf-8",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": ["さくらホテル ブライダルサロン 戸川様 <togawa@sakura-hotel.jp>"],
    "subject": "12/6 アルハティーブ様・雨宮様 挙式 ヘアメイクの打合せメモ",
    "body": f"""戸川様

お世話になっております。HINODE hair 表参道店の立花です。
12/6 ご挙式の新婦 雨宮 香織 様の打合せ内容を共有いたします。

・新郎様がムスリムで、新婦様もご結婚にあたりイスラム教に改宗されています
・ヘアメイクは女性スタッフのみで担当（控室に男性スタッフの入室不可）
・お色直しではヒジャブを着用されるため、ヘアはタイトなシニヨンで
・使用する化粧品はアルコール・豚由来成分不使用のもの（ハラール対応）

控室の割り当てについてご配慮をお願いいたします。

{SIG_TACHIBANA}
""",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named bride's religion (conversion to Islam) shared with the partner hotel",
})

MESSAGES.append({
    "id": "beauty-031", "expect": "stop", "charset": "shift_jis",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["明治ビル管理 防災センター <bousai@meiji-bldg.co.jp>"],
    "subject": "3F ネイルサロン従業員の安全確保についてのお願い",
    "body": f"""明治ビル管理株式会社
防災センター ご担当者様

いつもお世話になっております。3F テナント nail Aurora 町田店を運営しております日の出産業の北条です。

当店スタッフの乙部 朋子が、元交際相手からのストーカー被害を受けており、
先週、町田警察署に被害届を提出し受理されました（警察からは接近禁止の警告が出ています）。
相手の男性がビル周辺で目撃されているため、
閉店時（21時）の通用口の見回りと、不審者を見かけた際のご連絡をお願いできないでしょうか。

相手の特徴等は別途口頭でお伝えします。

{SIG_HOJO}
""",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named employee having been a stalking/crime victim, sent to the building manager",
})

MESSAGES.append({
    "id": "beauty-032", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "加盟希望者の審査についてご相談",
    "body": f"""白川先生

いつもお世話になっております。日の出産業 FC推進室の大河内です。
加盟審査中の方についてご相談させてください。

加盟希望者：神保 和也 氏（栃木県小山市で理容室を経営、47歳）
面談の際に本人から、2019年に業務上横領で逮捕され、執行猶予付きの有罪判決を受けたとの申告がありました
（現在は猶予期間満了）。

当社の加盟基準には反社会的勢力の排除条項しかなく、前科を理由に不承認とできるか、
また不承認とする場合の伝え方について、ご見解をいただけますでしょうか。

{SIG_OKOCHI}
""",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named franchise applicant's arrest and criminal record to the partner law firm",
})

_p = people("033", 6, female=0.9)
MESSAGES.append({
    "id": "beauty-033", "expect": "stop", "charset": "utf-8",
    "sender": f"久我 玲奈 <kuga.rena@{D}>",
    "to": ["川崎電機 美容機器営業部 <biyou-kiki@kawasaki-denki.co.jp>"],
    "subject": "新型美顔器モニター 参加者リスト",
    "body": f"""川崎電機株式会社 美容機器営業部
長谷部様

お世話になっております。ソレイユ・ヒノデの久我です。
新型RF美顔器のモニター参加者が決まりましたので、リストをお送りします。
問診の内容も入れてありますので、禁忌に当たる方がいないかご確認ください。

{SIG_KUGA}
""",
    "attachments": [{
        "kind": "csv", "name": "monitor_list.csv", "encoding": "cp932",
        "rows": [["No", "氏名", "年齢", "電話", "既往歴・服薬", "肌状態"]]
        + [[i + 1, p["name"], p["age"], p["tel"], h, s]
           for i, (p, h, s) in enumerate(zip(_p, [
               "なし", "甲状腺機能低下症（服薬中）", "なし", "2型糖尿病", "てんかん（服薬中）", "なし"],
               ["乾燥", "混合肌", "脂性", "乾燥・くすみ", "敏感", "普通"]))],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "CSV of 6 monitor participants with phones and medical history column to the partner device maker",
})

MESSAGES.append({
    "id": "beauty-034", "expect": "stop", "charset": "utf-8",
    "sender": f"Emi Kurosawa <kurosawa.emi@{D}>",
    "to": ["Ji-won Park <jiwon.park@seoulbeauty-lab.com>"],
    "subject": "Adverse reaction report - Cica Repair Mask (lot SB2408-17)",
    "body": f"""Dear Ms. Park,

I hope this finds you well.
I am writing to report an adverse reaction to your Cica Repair Mask (lot SB2408-17),
which we use in our esthetic salons.

Customer: Ms. Aoi Domeki, 31, member of our Kichijoji salon
Date of treatment: September 18, 2025
Symptoms: redness and swelling on both cheeks about 2 hours after treatment
Medical: she visited a dermatologist on September 19 and was diagnosed with allergic
contact dermatitis; she has a history of asthma and is allergic to propolis.
She is currently on oral antihistamines.

Could you share the full INCI list for this lot and let us know whether any
similar cases have been reported?

Best regards,

{SIG_KUROSAWA}
""",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "English report of a named customer's diagnosis and medical history to a Korean supplier",
})

MESSAGES.append({
    "id": "beauty-035", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["ときわ損保 賠償責任保険 事故受付 <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    "subject": "【事故報告】施術中の頭皮熱傷（証券番号 BS-7720-0913）",
    "body": f"""ときわ損害保険株式会社
事故受付センター御中

いつもお世話になっております。日の出産業の北条です。
サロン賠償責任保険（証券番号 BS-7720-0913）の事故報告書を添付いたします。
被害に遭われたお客様の治療費について、保険適用の可否をご確認ください。

{SIG_HOJO}
""",
    "attachments": [{
        "kind": "pdf", "name": "事故報告書_横浜元町店_0921.pdf", "title": "事故報告書",
        "lines": ["事故報告書", "",
                  "店舗：HINODE hair 横浜元町店", "発生日時：2025年9月21日 15:40頃",
                  "被害者：薬師寺 由佳 様（1986年11月2日生）",
                  "住所：神奈川県横浜市中区山手町112-4",
                  "電話：080-6237-1194",
                  "健康保険証：記号 06130215　番号 42",
                  "内容：デジタルパーマの加温ロッドが頭皮に接触し熱傷",
                  "医療機関：元町皮膚科クリニック　診断名：頭皮II度熱傷（全治3週間）",
                  "対応：店長より謝罪、施術代返金済、通院費を当社で立替中"],
    }],
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                 "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "PDF accident report: a customer's burn diagnosis, health insurance number and contact details to the insurer",
})

# ======================================================================================
# STOP — three or more external parties visible in To/Cc
# ======================================================================================

MESSAGES.append({
    "id": "beauty-036", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["楓ビューティー 有馬様 <arima@kaede-beauty.co.jp>",
           "hair rin 林様 <hayashi@hair-rin.jp>",
           "サロン紬 三枝様 <saegusa@salon-tsumugi.co.jp>",
           "戸田 美佳 <mika.toda.hair@gmail.com>",
           "studio mahoro 国府田様 <koda@studio-mahoro.jp>"],
    "subject": "【加盟店各位】冬のブランドキャンペーン実施のご案内",
    "body": f"""加盟店オーナー各位

いつもお世話になっております。日の出産業 FC推進室の大河内です。
冬のブランドキャンペーンの概要が決まりましたのでご案内いたします。

■期間：2025年12月1日（月）〜2026年1月31日（土）
■内容：ホームケア商品2点以上ご購入で、次回使えるトリートメント無料券を進呈
■販促物：ポスター（B2）2枚、POP 5枚、店頭チラシ300部を11/20までに各店へ発送
■費用：本部負担（チラシの追加は1部8円で承ります）

参加可否を11/7までにご返信ください。

{SIG_OKOCHI}
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five franchise owners (four firms and one Gmail user) visible to each other in To; should have been Bcc",
})

MESSAGES.append({
    "id": "beauty-037", "expect": "stop", "charset": "utf-8",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["beauty salon KAI <info@salon-kai.jp>",
           "ヘアメイク彩 <contact@hairmake-aya.co.jp>",
           "BARBER TOKIWA <owner@barber-tokiwa.com>",
           "エステ・ルーチェ <luce@este-luce.jp>"],
    "subject": "【ご招待】サロン経営セミナー（11/18 渋谷）",
    "body": f"""サロンオーナーの皆様

突然のご連絡失礼いたします。日の出産業株式会社 ビューティー事業部の佐伯と申します。
昨年の美容業界EXPOでご名刺を頂戴した皆様に、経営セミナーのご案内をお送りしております。

日時：11月18日（火）14:00〜16:30
会場：日の出神宮前ビル 5F セミナールーム
テーマ：「客単価を上げるホームケア提案」「スタッフ定着のためのシフト設計」
参加費：無料（先着30名）

お申込みは本メールへのご返信でお願いいたします。

{SIG_SAEKI}
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four unrelated salon businesses in To can see each other's addresses",
})

MESSAGES.append({
    "id": "beauty-038", "expect": "stop", "charset": "shift_jis",
    "sender": f"真壁 拓也 <makabe.takuya@{D}>",
    "to": ["コスモ美容商事 営業部 <eigyo@kosmo-biyou.co.jp>",
           "ネイルラボ 法人窓口 <b2b@nail-labo.co.jp>"],
    "cc": ["ルミエール化粧品 営業部 <sales@lumiere-cosme.jp>", f"久我 玲奈 <kuga.rena@{D}>"],
    "subject": "2026年度 店販・業務用商材 お見積り依頼",
    "body": f"""各社 ご担当者様

いつもお世話になっております。日の出産業 購買グループの真壁です。
2026年度の店販・業務用商材について、相見積りをお願いしたくご連絡いたしました。

・対象：シャンプー／トリートメント（業務用・店販）、ジェル・ベース・トップ、フェイシャル用パック
・想定数量：別紙の昨年度実績の110%
・提出期限：11月14日（金）
・条件：全国62店舗への納品、月末締め翌月末払い

ご不明点は真壁までお問い合わせください。

{SIG_MAKABE}
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing suppliers put in To/Cc together for a quotation request",
})

MESSAGES.append({
    "id": "beauty-039", "expect": "stop", "charset": "utf-8",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["くらばやし ゆか <yuka.kuri0412@gmail.com>",
           "Haruka <haru.ka-ka@icloud.com>",
           "宍戸 <shishido-n@docomo.ne.jp>"],
    "subject": "サロンモデル撮影のご案内（10/8）",
    "body": f"""サロンモデルにご応募いただいた皆様

この度はご応募ありがとうございます。HINODE hair 販促チームの三好です。
撮影の詳細が決まりましたのでご案内します。

日時：10月8日（水）8:30集合（終了は16時頃の予定）
場所：フォトスタジオ灯（渋谷区神南1丁目）
持ち物：白いトップス、ヌーディーカラーのインナー
謝礼：カット・カラー無料券＋交通費1,000円

ご都合が悪くなった場合は前日までにご連絡ください。

三好 ひかり
HINODE hair（日の出産業株式会社 ビューティー事業部）
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private persons on free mail visible to each other in To",
})

MESSAGES.append({
    "id": "beauty-040", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["ひかり広告 小宮様 <komiya@hikari-ad.co.jp>"],
    "cc": ["錦印刷 営業部 奥村様 <okumura@nishiki-insatsu.co.jp>",
           "さくらホテル 宴会営業 木崎様 <kizaki@sakura-hotel.jp>",
           f"三好 ひかり <miyoshi.hikari@{D}>"],
    "subject": "Re: ヘアショー告知物のスケジュール",
    "body": f"""小宮様、奥村様、木崎様

お世話になっております。佐伯です。
スケジュールの件、承知しました。以下で進めさせてください。

・10/15 ポスター・チラシ校了（ひかり広告様→錦印刷様）
・10/24 納品（錦印刷様→さくらホテル様 宴会場控室へ直送）
・会場内掲示の位置は木崎様と当日朝に確認

引き続きよろしくお願いいたします。

{SIG_SAEKI}

> 佐伯様
> ポスターの校了日ですが、印刷所さんの都合で10/15でも間に合いますでしょうか。
> ひかり広告 小宮
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reply-all with three external organisations (agency, printer, hotel) in To/Cc",
})

# ======================================================================================
# STOP — look-alike recipient domains
# ======================================================================================

MESSAGES.append({
    "id": "beauty-041", "expect": "stop", "charset": "utf-8",
    "sender": f"篠田 亮 <shinoda.ryo@{D}>",
    "to": ["小野寺 様 <onodera.k@tsubasa-sytem.jp>"],
    "subject": "SalonBook API 連携の仕様確認",
    "body": f"""小野寺様

お世話になっております。篠田です。
ネット予約とPOSの連携について、下記2点をご確認いただけますでしょうか。

1. 予約キャンセル時の webhook は、店舗側キャンセルと顧客側キャンセルで区別されますか
2. メニューマスタの一括更新 API のレート制限（1分あたりのリクエスト数）

来週の定例で回答いただければ十分です。

{SIG_SHINODA}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain tsubasa-sytem.jp has swapped letters vs partner tsubasa-system.jp",
})

MESSAGES.append({
    "id": "beauty-042", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["日向 彩乃 <hinata.ayano@hinode-sangyou.co.jp>"],
    "subject": "吉祥寺店 11月シフト確定版",
    "body": f"""日向さん

お疲れさまです。北条です。
11月のシフト確定版を共有します。23日（日）の応援は自由が丘店から2名出します。
スタッフへの周知をお願いします。

北条
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "internal colleague addressed at hinode-sangyou.co.jp (letter added to the own domain)",
})

MESSAGES.append({
    "id": "beauty-043", "expect": "stop", "charset": "shift_jis",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["錦印刷 奥村様 <okumura@nishiki-insatu.co.jp>"],
    "subject": "Re: 秋DM 校正2回目",
    "body": f"""奥村様

お世話になっております。三好です。
校正2回目確認しました。以下2点だけ修正をお願いします。

・表面の店舗電話番号：二子玉川店 03-5797-4410 → 03-5797-4411
・裏面のクーポン有効期限：11/30 → 12/7

修正後は色校なしで本刷りに進めていただいて大丈夫です。

{SIG_MIYOSHI}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops a letter from partner nishiki-insatsu.co.jp",
})

MESSAGES.append({
    "id": "beauty-044", "expect": "stop", "charset": "utf-8",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["さくらホテル 宴会営業 木崎様 <kizaki@sakura-hotel.co.jp>"],
    "subject": "鳳凰の間 ご利用契約書（ヘアショー）の返送について",
    "body": f"""木崎様

お世話になっております。日の出産業の北条です。
ヘアショー会場のご利用契約書に押印いたしましたので、本日郵送にて返送いたします。
控えは当社で保管いたします。

前受金（見積額の30%）は10/31までにお振込みいたします。

{SIG_HOJO}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.co.jp is another TLD for partner sakura-hotel.jp",
})

MESSAGES.append({
    "id": "beauty-045", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-glnko.co.jp>"],
    "subject": "加盟店ロイヤリティ 口座振替の件",
    "body": f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 FC推進室の大河内です。
加盟店ロイヤリティの口座振替について、来年1月から新たに3店舗分を追加したく、
必要書類をお送りいただけますでしょうか。

振替日は従来どおり毎月27日を希望いたします。

{SIG_OKOCHI}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-glnko.co.jp uses l for i (homoglyph) in partner midori-ginko.co.jp",
})

MESSAGES.append({
    "id": "beauty-046", "expect": "stop", "charset": "utf-8",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["真田 拓海 <sanada.takumi@hinode-sangyo-co.jp>"],
    "subject": "9月 店舗別売上速報",
    "body": f"""真田さん

お疲れさまです。佐伯です。
9月の店舗別売上速報です。梅田店が前年比112%で好調でした。
明日の会議資料に反映をお願いします。

表参道 18,420千円 / 吉祥寺 12,930千円 / 梅田 15,770千円 / 栄 11,040千円

佐伯
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo-co.jp puts a hyphen for the dot of the own domain",
})

MESSAGES.append({
    "id": "beauty-047", "expect": "stop", "charset": "shift_jis",
    "sender": f"真壁 拓也 <makabe.takuya@{D}>",
    "to": ["青葉運輸 お客様センター <center@aoba-unyu.jp>"],
    "subject": "配送状況の確認（お問い合わせ番号 4417-2290-8831）",
    "body": f"""青葉運輸 お客様センター御中

お世話になっております。日の出産業 購買の真壁です。
9/29出荷の業務用シャンプー（20ケース）が、梅田店にまだ届いていないようです。
お問い合わせ番号：4417-2290-8831
配送状況をご確認いただけますでしょうか。

{SIG_MAKABE}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp",
})

# ======================================================================================
# STOP — confidentiality markings
# ======================================================================================

MESSAGES.append({
    "id": "beauty-048", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["ひかり広告 小宮様 <komiya@hikari-ad.co.jp>"],
    "subject": "【社外秘】2026年春 メニュー価格改定案",
    "body": f"""━━━━━━━━━━━━━━━━━━━━━━
　社外秘　／　取扱い：日の出産業 ビューティー事業部
━━━━━━━━━━━━━━━━━━━━━━

小宮様

お世話になっております。佐伯です。
春の広告ビジュアルに載せる価格の前提として、改定案をお送りします。
正式決定は12月の役員会後です。

　カット　　　　　　　6,600円 → 7,150円
　カラー（リタッチ）　5,500円 → 6,050円
　縮毛矯正　　　　　 17,600円 → 18,700円
　ヘッドスパ（30分）　4,400円 → 据え置き

{SIG_SAEKI}
""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail is stamped 社外秘 in subject and header block and goes to an ad agency",
})

MESSAGES.append({
    "id": "beauty-049", "expect": "stop", "charset": "utf-8",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["FCグロース 吉良様 <kira@fc-growth.jp>"],
    "subject": "加盟店別 月次売上（上期）",
    "body": f"""吉良様

お世話になっております。大河内です。
先日お話しした加盟店の上期売上をお送りします。ロイヤリティ料率の見直し検討にお使いください。

{SIG_OKOCHI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "FC_uriage_2025H1.xlsx", "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 FC推進室",
        "sheets": {"上期売上": [["【社外秘】加盟店別 月次売上 2025年上期（単位：千円）"], [],
                              ["店舗", "4月", "5月", "6月", "7月", "8月", "9月"],
                              ["高崎店", 4210, 4380, 3990, 4450, 4120, 4300],
                              ["宇都宮店", 3870, 3950, 3710, 4020, 3800, 3990],
                              ["水戸駅南店", 2950, 3010, 2880, 3120, 2990, 3060],
                              ["つくば店", 3340, 3420, 3300, 3510, 3280, 3390]]},
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX stamped 社外秘 in its page header and title row, sent to an outside consultant",
})

MESSAGES.append({
    "id": "beauty-050", "expect": "stop", "charset": "shift_jis",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["東栄不動産 店舗開発部 <tenpo@toei-fudosan.co.jp>"],
    "subject": "店舗統廃合計画（案）のご共有",
    "body": f"""東栄不動産株式会社 店舗開発部
辻様

お世話になっております。日の出産業の北条です。
先日ご相談した統廃合の件、社内検討資料をお送りします。
移転候補物件の選定にあたってご参照ください。

{SIG_HOJO}
""",
    "attachments": [{
        "kind": "docx", "name": "店舗統廃合計画_案.docx", "page_header": "極秘",
        "title": "店舗統廃合計画（案）",
        "paragraphs": ["店舗統廃合計画（案）", "作成：ビューティー事業部 店舗運営課",
                       "1. 対象店舗：船橋店（2026年3月閉店）、浦和店（越谷へ移転）",
                       "2. 理由：賃料負担率が売上の18%を超過、駅前再開発による集客減",
                       "3. スタッフ：全員を近隣店へ配置転換（退職勧奨は行わない）",
                       "4. 移転先条件：駅徒歩5分以内、30坪前後、1階または2階"],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX whose page header carries 極秘, sent to a real-estate agent",
})

MESSAGES.append({
    "id": "beauty-051", "expect": "stop", "charset": "utf-8",
    "sender": f"Emi Kurosawa <kurosawa.emi@{D}>",
    "to": ["Claire Fontaine <c.fontaine@belleterre-paris.com>"],
    "subject": "Distribution proposal for Japan - pricing",
    "body": f"""Dear Claire,

Thank you for the productive call last week.
Please find attached our proposal for the exclusive distribution of Belle Terre haircare
in our salons, including the proposed wholesale pricing and volume commitments.

We would appreciate your feedback by the end of October.

Kind regards,

{SIG_KUROSAWA}
""",
    "attachments": [{
        "kind": "pdf", "name": "HinodeBeauty_BelleTerre_proposal.pdf", "title": "Distribution proposal",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. Beauty Division",
        "lines": ["Proposal: exclusive salon distribution of Belle Terre in Japan", "",
                  "1. Channel: 48 directly-managed salons + 14 franchise salons",
                  "2. Year-1 volume commitment: 36,000 units (shampoo / mask / oil)",
                  "3. Target wholesale price: 38% of EU retail",
                  "4. Marketing: co-funded launch campaign, March 2026"],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF footer marked CONFIDENTIAL on every page, sent to a foreign brand",
})

MESSAGES.append({
    "id": "beauty-052", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["ウェブニコ ディレクター 津村様 <tsumura@webnico.jp>"],
    "subject": "LP制作用 冬キャンペーン企画書",
    "body": f"""津村様

お世話になっております。日の出産業 販促チームの三好です。
冬キャンペーンのLP制作に向けて、社内で承認を取った企画書をお送りします。
KPIのページは参考程度にご覧ください。

{SIG_MIYOSHI}
""",
    "attachments": [{
        "kind": "pptx", "name": "冬キャンペーン企画書_v3.pptx", "page_footer": "部外秘",
        "slides": [["冬のブランドキャンペーン 2025", "ビューティー事業部 営業企画課"],
                   ["狙い", "ホームケア購入率を 18% → 25% へ", "休眠顧客（6か月以上）の呼び戻し"],
                   ["施策", "トリートメント無料券", "LINE 友だち限定クーポン", "店頭サンプリング"],
                   ["KPI", "LP 訪問 12万", "予約CV 3.2%", "販促費 1,450万円"]],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX with 部外秘 on every slide, sent to a web agency",
})

# ======================================================================================
# STOP — attachments that cannot be read
# ======================================================================================

_p = people("053", 20)
MESSAGES.append({
    "id": "beauty-053", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": ["コールブリッジ 受託窓口 <reminder@call-bridge.co.jp>"],
    "subject": "来週分 予約者リスト（パスワード付き）",
    "body": f"""コールブリッジ ご担当者様

お世話になっております。表参道店の立花です。
来週分の予約者リストを送付いたします。
パスワードは別メールにてお送りいたします。

{SIG_TACHIBANA}
""",
    "attachments": [{
        "kind": "zip", "name": "yoyaku_next_week.zip", "password": "Hn2025omt!",
        "files": [{"kind": "csv", "name": "yoyaku.csv", "encoding": "cp932",
                   "rows": [["日時", "氏名", "電話"]] + [[f"10/{6 + i % 5} {10 + i % 8}:00", p["name"], p["tel"]]
                                                      for i, p in enumerate(_p)]}],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) that cannot be inspected, to an outside call centre",
})

MESSAGES.append({
    "id": "beauty-054", "expect": "stop", "charset": "utf-8",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["楓ビューティー 経理ご担当 <keiri@kaede-beauty.co.jp>"],
    "subject": "9月分 ロイヤリティご請求書の送付",
    "body": f"""株式会社楓ビューティー
経理ご担当者様

いつもお世話になっております。日の出産業 FC推進室の大河内です。
9月分のロイヤリティご請求書（PDF）をお送りいたします。
PDFを開く際のパスワードは、ご契約時にお知らせした店舗コードです。

お支払期日：10月31日

{SIG_OKOCHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_202509_楓ビューティー.pdf", "password": "K0318",
        "lines": ["請求書", "株式会社楓ビューティー 御中", "ロイヤリティ（売上の5%） 212,500円",
                  "システム利用料 22,000円", "合計 258,550円（税込）"],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF invoice cannot be inspected",
})

MESSAGES.append({
    "id": "beauty-055", "expect": "stop", "charset": "shift_jis",
    "sender": f"真壁 拓也 <makabe.takuya@{D}>",
    "to": ["コスモ美容商事 受注課 <juchu@kosmo-biyou.co.jp>"],
    "subject": "10月 店舗別発注表",
    "body": f"""コスモ美容商事 受注課御中

お世話になっております。真壁です。
10月の店舗別発注表を添付します。納品は各店直送でお願いします。

{SIG_MAKABE}
""",
    "attachments": [{"kind": "corrupt", "name": "hatchu_202510.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX that cannot be opened or scanned",
})

MESSAGES.append({
    "id": "beauty-056", "expect": "stop", "charset": "iso-2022-jp",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["hair rin 林様 <hayashi@hair-rin.jp>"],
    "subject": "加盟契約 更新書類一式",
    "body": f"""林様

いつもお世話になっております。大河内です。
加盟契約の更新書類一式をお送りします。
内容をご確認のうえ、署名・押印した原本を郵送でご返送ください。

{SIG_OKOCHI}
""",
    "attachments": [{"kind": "corrupt", "name": "加盟契約更新_hair_rin.docx"},
                    {"kind": "corrupt", "name": "更新書類_一式.zip"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a broken DOCX and a broken ZIP that cannot be scanned",
})

# ======================================================================================
# PASS — ordinary business mail, signatures, one contact, disclaimers, NDA talk
# ======================================================================================

MESSAGES.append({
    "id": "beauty-057", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"真壁 拓也 <makabe.takuya@{D}>",
    "to": ["コスモ美容商事 営業部 西田様 <nishida@kosmo-biyou.co.jp>"],
    "subject": "Re: 10月納品分 欠品のご連絡",
    "body": f"""西田様

お世話になっております。日の出産業 購買の真壁です。
欠品のご連絡ありがとうございます。以下のとおり対応をお願いします。

・発注番号 PO-2025-10-0417
　- オキシ 6% 1000ml（品番 KB-OX6-1000 / JAN 4589123450017）… 10/20入荷分で後送
　- ヘアカラー 7NB（品番 KB-C7NB / JAN 4589123451236）… 代替品 KB-C7NB2 で可
・発注番号 PO-2025-10-0422 はそのまま出荷してください

請求は従来どおり月末締めでお願いします。

{SIG_MAKABE}
""",
    "entities": [],
    "detectors": [],
    "note": "ordinary supplier mail with order numbers, product codes and JAN codes plus a signature",
})

MESSAGES.append({
    "id": "beauty-058", "expect": "pass", "charset": "shift_jis",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["川崎電機 サービスセンター <service@kawasaki-denki.co.jp>"],
    "subject": "業務用ドライヤー修理訪問のお願い（表参道店）",
    "body": f"""川崎電機株式会社 サービスセンター御中

お世話になっております。日の出産業の北条です。
表参道店の業務用ドライヤー（型番 KD-PRO1800、製造番号 18A-220419）が
使用中に停止し、電源が入らなくなりました。訪問修理をお願いいたします。

訪問先：HINODE hair 表参道店（東京都渋谷区神宮前5-3-11 1F）
ご希望日時：10/14（火）10:00〜11:30（開店前）
当日の立会い：店長 立花（店舗 03-6427-1180）

{SIG_HOJO}
""",
    "entities": [],
    "detectors": [],
    "note": "repair request with a shop address and one staff contact via the shop phone; business contact only",
})

MESSAGES.append({
    "id": "beauty-059", "expect": "pass", "charset": "utf-8",
    "sender": f"久我 玲奈 <kuga.rena@{D}>",
    "to": ["ルミエール化粧品 営業部 <sales@lumiere-cosme.jp>"],
    "subject": "新作美容液サンプルのご依頼",
    "body": f"""ルミエール化粧品株式会社 営業部
高野様

いつもお世話になっております。ソレイユ・ヒノデの久我です。
先日の展示会でご紹介いただいた新作美容液「LM-セラムR」について、
店頭でのテスト用にサンプルを各店5本ずつ（計40本）お送りいただけますでしょうか。

送付先：日の出産業株式会社 ビューティー事業部 物流センター
〒343-0824 埼玉県越谷市流通団地3-2-8

どうぞよろしくお願いいたします。

{SIG_KUGA}
{DISCLAIMER_JA}
{DISCLAIMER_EN}
""",
    "entities": [],
    "detectors": [],
    "note": "sample request with the company's standard Japanese and English disclaimers",
})

MESSAGES.append({
    "id": "beauty-060", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"篠田 亮 <shinoda.ryo@{D}>",
    "to": ["ツバサシステム 法務 <legal@tsubasa-system.jp>"],
    "cc": [f"法務部 <houmu@{D}>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": f"""ツバサシステム株式会社
法務ご担当者様

お世話になっております。日の出産業の篠田です。
SalonBook 導入にあたっての秘密保持契約書（案）について、当社法務からのコメントをお送りします。

1. 第2条（機密情報の定義）：口頭開示の情報も、開示後30日以内に書面で特定すれば対象とする旨を追記
2. 第5条（返還・廃棄）：顧客データについては廃棄証明書の提出を義務とする
3. 第9条（有効期間）：契約終了後3年 → 5年

修正版をいただければ、社内決裁に回します。

{SIG_SHINODA}
""",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA draft (機密情報 as a topic, not a marking) to a partner",
})

MESSAGES.append({
    "id": "beauty-061", "expect": "pass", "charset": "utf-8",
    "sender": f"Emi Kurosawa <kurosawa.emi@{D}>",
    "to": ["Claire Fontaine <c.fontaine@belleterre-paris.com>"],
    "subject": "Mutual NDA - our draft",
    "body": f"""Dear Claire,

As discussed, before we share volume forecasts we would like to sign a mutual
non-disclosure agreement. Please find our standard draft attached.
Section 1 defines "Confidential Information"; we are happy to align it with your template.

Looking forward to your comments.

Best regards,

{SIG_KUROSAWA}
""",
    "attachments": [{
        "kind": "docx", "name": "Mutual_NDA_draft_HinodeSangyo.docx", "title": "Mutual Non-Disclosure Agreement",
        "paragraphs": ["MUTUAL NON-DISCLOSURE AGREEMENT (DRAFT)",
                       "This Agreement is made between Hinode Sangyo Co., Ltd. and Belle Terre SAS.",
                       "1. \"Confidential Information\" means any information disclosed by either party that is "
                       "marked as confidential or that a reasonable person would understand to be confidential.",
                       "2. The receiving party shall use Confidential Information solely to evaluate a distribution "
                       "partnership.",
                       "3. This Agreement shall remain in force for three (3) years.",
                       "4. Governing law: Japan. Jurisdiction: Tokyo District Court."],
    }],
    "entities": [],
    "detectors": [],
    "note": "NDA template discussing 'Confidential Information' as a term, not a classification stamp",
})

MESSAGES.append({
    "id": "beauty-062", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"HINODE hair 吉祥寺店 <kichijoji@{D}>",
    "to": ["鬼頭 瑞穂 <mizuho.kito22@gmail.com>"],
    "subject": "ご予約確認のご連絡（HINODE hair 吉祥寺店）",
    "body": """鬼頭 瑞穂 様

この度はHINODE hair 吉祥寺店をご予約いただき、誠にありがとうございます。
下記の内容でご予約を承りました。

　ご予約番号：KJ-2510-0873
　日時：10月11日（土）13:00〜
　メニュー：カット＋イルミナカラー
　担当：日向

ご変更・キャンセルは前日までにご連絡ください。
当日のご来店を心よりお待ちしております。

HINODE hair 吉祥寺店
東京都武蔵野市吉祥寺本町2-9-3 吉祥寺Kビル2F
TEL 0422-27-6630（10:00〜20:00 火曜定休）
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reservation confirmation to the customer's own Gmail; only her own name and booking",
})

MESSAGES.append({
    "id": "beauty-063", "expect": "pass", "charset": "shift_jis",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["楓ビューティー 有馬様 <arima@kaede-beauty.co.jp>"],
    "subject": "Re: 衛生管理講習 受講者について",
    "body": """有馬様

お世話になっております。日の出産業の相沢です。
受講者のご連絡ありがとうございます。6名様、確かに承りました。
受講票は来週中に店舗宛てにお送りします。

相沢

> 相沢様
> いつもお世話になっております。楓ビューティーの有馬です。
> 11月の衛生管理講習、当店からは以下6名が受講します。
>
> 氏名        携帯            生年月日
> 柘植 詩織   090-3318-7402   1998/04/11
> 栗林 芽衣   080-2264-9915   2001/09/23
> 宍戸 陽菜   070-5581-0337   2000/01/30
> 葛西 奈緒   090-7742-1186   1995/06/08
> 羽生田 葵   080-9013-5524   2002/11/17
> 能登 翔太   090-6620-4478   1997/03/02
>
> よろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the 6-person list is only in '>' quoted text from the recipient's own mail",
})

MESSAGES.append({
    "id": "beauty-064", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": ["コールブリッジ 柳田様 <yanagida@call-bridge.co.jp>"],
    "subject": "RE: 10/4 リマインドコール結果",
    "body": """柳田様

お世話になっております。表参道店の立花です。
架電結果のご報告ありがとうございました。
不通だったお二人には、こちらからもSMSを送っておきます。
引き続きよろしくお願いいたします。

立花

-----Original Message-----
From: 柳田 <yanagida@call-bridge.co.jp>
Sent: Friday, October 3, 2025 5:02 PM
To: 立花 由衣
Subject: 10/4 リマインドコール結果

立花様

本日の架電結果です。

犬養 麻衣 様　090-4417-2283　確認済
木下 沙織 様　080-1190-6654　確認済
冴島 千尋 様　070-3382-9047　不通（留守電）
鷲尾 香織 様　090-5526-1170　時間変更希望 → 14:30
舘野 朋子 様　080-7731-4402　不通
芦刈 結衣 様　090-2209-8816　確認済

以上です。
コールブリッジ 柳田
""",
    "entities": [],
    "detectors": [],
    "note": "customer list appears only under -----Original Message----- quoted from the recipient",
})

MESSAGES.append({
    "id": "beauty-065", "expect": "pass", "charset": "utf-8",
    "sender": f"Emi Kurosawa <kurosawa.emi@{D}>",
    "to": ["Ji-won Park <jiwon.park@seoulbeauty-lab.com>"],
    "subject": "Re: Visitors for the Seoul factory tour",
    "body": """Dear Ji-won,

Thank you for arranging the factory tour. The schedule works for all of us,
and we will be at the reception at 9:30 on November 13.

Best regards,
Emi

On Tue, Oct 7, 2025 at 11:20 AM Ji-won Park <jiwon.park@seoulbeauty-lab.com> wrote:
> Dear Emi,
> For the security desk I have registered your team as follows. Please check.
>
> 1. Sayaka Morinaga, DOB 1988-06-02, +81-90-3307-1842
> 2. Saki Noto, DOB 1996-12-09, +81-80-6614-2093
> 3. Mizuho Nakasone, DOB 1993-02-27, +81-70-2281-5530
> 4. Ren Kaburagi, DOB 1990-10-15, +81-90-8812-4471
> 5. Emi Kurosawa, DOB 1985-04-19, +81-80-1123-9086
>
> Kind regards,
> Ji-won
""",
    "entities": [],
    "detectors": [],
    "note": "English reply; the 5 visitor records are only in the 'On ... wrote:' quote from the recipient",
})

_shops = [
    ("表参道店", "150-0001", "東京都渋谷区神宮前5-3-11 1F", "03-6427-1180"),
    ("自由が丘店", "152-0035", "東京都目黒区自由が丘1-14-2 2F", "03-5731-2207"),
    ("吉祥寺店", "180-0004", "東京都武蔵野市吉祥寺本町2-9-3 2F", "0422-27-6630"),
    ("二子玉川店", "158-0094", "東京都世田谷区玉川3-8-1 1F", "03-5797-4411"),
    ("町田店", "194-0013", "東京都町田市原町田6-12-20 3F", "042-739-5108"),
    ("横浜元町店", "231-0861", "神奈川県横浜市中区元町2-95 1F", "045-662-3319"),
    ("藤沢店", "251-0052", "神奈川県藤沢市藤沢482-1 2F", "0466-29-7751"),
    ("大宮店", "330-0846", "埼玉県さいたま市大宮区大門町2-118 4F", "048-783-2250"),
    ("柏店", "277-0005", "千葉県柏市柏1-4-5 2F", "04-7168-0932"),
    ("梅田店", "530-0017", "大阪府大阪市北区角田町8-47 5F", "06-6359-1124"),
    ("栄店", "460-0008", "愛知県名古屋市中区栄3-6-1 2F", "052-249-8870"),
    ("天神店", "810-0001", "福岡県福岡市中央区天神2-11-3 3F", "092-739-4415"),
    ("仙台一番町店", "980-0811", "宮城県仙台市青葉区一番町3-7-23 2F", "022-397-6604"),
]
MESSAGES.append({
    "id": "beauty-066", "expect": "pass", "charset": "utf-8",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["錦印刷 営業部 奥村様 <okumura@nishiki-insatsu.co.jp>"],
    "subject": "店舗一覧チラシ 掲載データ",
    "body": f"""奥村様

お世話になっております。三好です。
店舗一覧チラシの掲載データです。前回から仙台一番町店が追加になっています。

{ptable(["店舗名", "〒", "住所", "電話"], [list(s) for s in _shops])}

営業時間は全店 10:00〜20:00（土日祝 9:00〜19:00）です。

{SIG_MIYOSHI}
""",
    "entities": [],
    "detectors": [],
    "note": "a list of 13 salons with shop addresses and phones: businesses, not people",
})

MESSAGES.append({
    "id": "beauty-067", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["ビューティーナビ 掲載サポート <keisai@beauty-navi.jp>"],
    "subject": "掲載店舗情報の一括更新（nail Aurora / ソレイユ・ヒノデ）",
    "body": f"""ビューティーナビ 掲載サポートご担当者様

お世話になっております。日の出産業の佐伯です。
ネイル・エステの掲載店舗情報を一括更新したく、フォーマットに入力したファイルをお送りします。
定休日と最寄り駅の表記を修正しています。

{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "keisai_update_202510.xlsx",
        "sheets": {
            "ネイル": [["店舗名", "住所", "電話", "最寄駅", "定休日"],
                     ["nail Aurora 吉祥寺", "東京都武蔵野市吉祥寺本町1-11-5 3F", "0422-27-6641", "吉祥寺駅 徒歩3分", "火曜"],
                     ["nail Aurora 梅田", "大阪府大阪市北区茶屋町1-6 2F", "06-6359-1130", "梅田駅 徒歩5分", "なし"],
                     ["nail Aurora 町田", "東京都町田市原町田4-1-14 3F", "042-739-5120", "町田駅 徒歩4分", "水曜"],
                     ["nail Aurora 天神", "福岡県福岡市中央区天神1-10-17 6F", "092-739-4420", "天神駅 徒歩2分", "なし"]],
            "エステ": [["店舗名", "住所", "電話", "最寄駅", "定休日"],
                     ["ソレイユ・ヒノデ 自由が丘", "東京都目黒区自由が丘2-10-4 4F", "03-5731-2215", "自由が丘駅 徒歩2分", "月曜"],
                     ["ソレイユ・ヒノデ 横浜元町", "神奈川県横浜市中区元町4-168 2F", "045-662-3325", "元町・中華街駅 徒歩4分", "月曜"],
                     ["ソレイユ・ヒノデ 大宮", "埼玉県さいたま市大宮区宮町1-60 5F", "048-783-2261", "大宮駅 徒歩6分", "木曜"]],
        },
    }],
    "entities": [],
    "detectors": [],
    "note": "XLSX of salon shop listings (shop addresses and phones), no people",
})

_p = people("068", 3, female=0.6)
MESSAGES.append({
    "id": "beauty-068", "expect": "pass", "charset": "shift_jis",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["さくらホテル 宴会営業 木崎様 <kizaki@sakura-hotel.jp>"],
    "subject": "11/18 セミナー 来賓3名様のご案内",
    "body": f"""木崎様

お世話になっております。佐伯です。
11/18のセミナー後の懇親会に、来賓として以下の3名様がお越しになります。
当日、クロークで直接ご連絡が必要な場合はこちらの携帯にお願いします。

・{_p[0]['name']} 様　{_p[0]['tel']}
・{_p[1]['name']} 様　{_p[1]['tel']}
・{_p[2]['name']} 様　{_p[2]['tel']}

お席は上座側の円卓でお願いいたします。

{SIG_SAEKI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three guests' names and mobiles to the partner hotel: under the five-person threshold",
})

_p = people("069", 4, female=1.0)
MESSAGES.append({
    "id": "beauty-069", "expect": "pass", "charset": "utf-8",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["フォトスタジオ灯 撮影担当 相馬様 <souma@photo-akari.jp>"],
    "subject": "追加撮影（10/22）のモデル4名",
    "body": f"""相馬様

お世話になっております。三好です。
10/22の追加撮影に来るモデル4名です。遅刻などの連絡はスタジオに直接入るかもしれません。

""" + "\n".join(f"{i + 1}. {p['name']}（{p['kana']}）　携帯：{p['tel']}" for i, p in enumerate(_p)) + f"""

撮影カット数はネイル12カット、ヘア8カットの予定です。

{SIG_MIYOSHI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four models with mobile numbers: up to four people's records may only be warned",
})

_p = people("070", 2, female=1.0)
MESSAGES.append({
    "id": "beauty-070", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"久我 玲奈 <kuga.rena@{D}>",
    "to": ["青葉運輸 法人窓口 <hojin@aoba-unyu.co.jp>"],
    "subject": "個人宅配送 2件（集荷 10/16）",
    "body": f"""青葉運輸株式会社 法人窓口御中

いつもお世話になっております。日の出産業 ソレイユ・ヒノデの久我です。
お客様宅への商品配送を2件お願いします（各1箱・常温）。

①{_p[0]['name']} 様
　〒{_p[0]['zip']} {_p[0]['addr']}
　TEL {_p[0]['tel']}
　お届け希望：10/18 午前中

②{_p[1]['name']} 様
　〒{_p[1]['zip']} {_p[1]['addr']}
　TEL {_p[1]['tel']}
　お届け希望：指定なし

集荷は自由が丘店（03-5731-2215）に16日15時以降でお願いします。

{SIG_KUGA}
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two customers' delivery addresses and phones to the partner carrier: below the list threshold",
})

# ======================================================================================
# PASS — all recipients internal, whatever the content
# ======================================================================================

_p = people("071", 35)
MESSAGES.append({
    "id": "beauty-071", "expect": "pass", "charset": "utf-8",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": [f"篠田 亮 <shinoda.ryo@{D}>"],
    "cc": [f"北条 翔太 <hojo.shota@{D}>"],
    "subject": "表参道店 顧客データ（重複チェック前）",
    "body": """篠田さん

お疲れさまです。立花です。
移行前の重複チェック用に、表参道店の顧客データを出しました。
同姓同名のお客様が何組かいるので、電話番号で見ていただけると助かります。

立花
""",
    "attachments": [{
        "kind": "csv", "name": "omotesando_kokyaku.csv", "encoding": "cp932",
        "rows": [["顧客番号", "氏名", "カナ", "電話", "生年月日", "メール"]]
        + [[p["cid"], p["name"], p["kana"], p["tel"], p["dob_iso"], p["email"]] for p in _p],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "35-customer CSV, but every recipient is internal",
})

_p = people("072", 5, female=0.8)
MESSAGES.append({
    "id": "beauty-072", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": [f"本社人事部 給与グループ <kyuyo@{D}>"],
    "subject": "ビューティー事業部 10月入社者 個人番号の回付",
    "body": "給与グループ ご担当者様\n\nお疲れさまです。ビューティー事業部の相沢です。\n"
            "10月入社者の個人番号を回付します。本人確認書類の写しは社内便で送ります。\n\n"
            + ptable(["社員番号", "氏名", "生年月日", "個人番号"],
                     [[f"B-2{2210 + i}", p["name"], p["dob_s"], my_number(1610 + i)] for i, p in enumerate(_p)])
            + f"\n\n{SIG_AIZAWA}\n",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "My Numbers of five new hires sent only to internal HR",
})

_p = people("073", 6, female=0.8)
MESSAGES.append({
    "id": "beauty-073", "expect": "pass", "charset": "shift_jis",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": [f"北条 翔太 <hojo.shota@{D}>"],
    "cc": [f"保健師 桑原 <kuwabara.hoken@{D}>"],
    "subject": "健診結果 要再検査者のフォロー（店舗運営課）",
    "body": "北条さん\n\nお疲れさまです。相沢です。\n定期健診で要再検査・要治療となったスタッフの一覧です。\n"
            "店長経由で受診勧奨をお願いします（本人以外には伝えないでください）。\n\n"
            + "\n".join(f"・{p['name']}（{s}）… {r}" for p, s, r in zip(_p,
                ["大宮店", "柏店", "町田店", "藤沢店", "吉祥寺店", "梅田店"],
                ["肝機能 要再検査", "貧血 要治療", "胸部X線 要精密検査", "血圧 要再検査", "腰椎椎間板ヘルニア 通院中", "子宮頸部細胞診 要精密検査"]))
            + f"\n\n{SIG_AIZAWA}\n",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "staff health check results, but only to internal colleagues and the company nurse",
})

MESSAGES.append({
    "id": "beauty-074", "expect": "pass", "charset": "utf-8",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": [f"経営企画部 <keiki@mail.{D}>"],
    "subject": "【社外秘】ビューティー事業部 下期予算案",
    "body": f"""経営企画部 各位

お疲れさまです。ビューティー事業部の佐伯です。
下期予算案を添付します。社外秘扱いでお願いします。

{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "beauty_budget_2025H2.xlsx", "page_header": "社外秘",
        "sheets": {"予算": [["【社外秘】ビューティー事業部 2025年下期 予算案（百万円）"],
                          ["項目", "10月", "11月", "12月", "1月", "2月", "3月"],
                          ["売上", 412, 398, 486, 351, 342, 455],
                          ["原価", 61, 59, 73, 52, 51, 68],
                          ["人件費", 188, 188, 192, 186, 186, 190]]},
    }],
    "entities": [],
    "detectors": [],
    "note": "社外秘 budget to an internal subdomain address (mail.hinode-sangyo.co.jp is internal)",
})

_p = people("075", 7, female=0.9)
MESSAGES.append({
    "id": "beauty-075", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": [f"立花 由衣 <tachibana.yui@{D}>", f"日向 彩乃 <hinata.ayano@{D}>",
           f"真田 拓海 <sanada.takumi@{D}>"],
    "cc": [f"佐伯 真理子 <saeki.mariko@{D}>", f"久我 玲奈 <kuga.rena@{D}>"],
    "subject": "【共有】出入り禁止・要注意顧客リスト（全店）",
    "body": "店長各位\n\nお疲れさまです。北条です。\n"
            "全店共通の要注意顧客リストを更新しました。予約が入った場合は必ず店長が対応してください。\n\n"
            + ptable(["氏名", "電話", "内容", "登録店"],
                     [[p["name"], p["tel"], r, s] for p, r, s in zip(_p,
                         ["施術後の返金要求を繰り返す", "スタッフへの暴言", "無断キャンセル5回", "SNSでの誹謗中傷",
                          "無断キャンセル3回", "女性スタッフへのつきまとい", "支払い拒否"],
                         ["吉祥寺", "表参道", "大宮", "梅田", "栄", "町田", "天神"])])
            + f"\n\n取扱いには注意してください。\n\n{SIG_HOJO}\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "7-customer list with phones, all recipients internal",
})

# ======================================================================================
# PASS — two external organisations, one free-mail recipient, statistics, prices
# ======================================================================================

MESSAGES.append({
    "id": "beauty-076", "expect": "pass", "charset": "utf-8",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["ツバサシステム 小野寺様 <onodera.k@tsubasa-system.jp>"],
    "cc": ["錦印刷 奥村様 <okumura@nishiki-insatsu.co.jp>", f"三好 ひかり <miyoshi.hikari@{D}>"],
    "subject": "DM掲載の予約QRコードについて（三者打合せのお願い）",
    "body": f"""小野寺様、奥村様

お世話になっております。日の出産業の佐伯です。
冬のDMに SalonBook の予約ページへのQRコードを載せたく、
QRの発行ルール（店舗別・流入計測用パラメータ）と印刷入稿のタイミングを
三者ですり合わせさせてください。

候補日：10/20（月）15時、10/21（火）10時、10/22（水）16時
場所：オンライン（Teams）

ご都合をお知らせください。

{SIG_SAEKI}
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way meeting mail with two partner organisations in To/Cc",
})

MESSAGES.append({
    "id": "beauty-077", "expect": "pass", "charset": "shift_jis",
    "sender": f"真壁 拓也 <makabe.takuya@{D}>",
    "to": ["ルミエール化粧品 物流課 <butsuryu@lumiere-cosme.jp>"],
    "cc": ["青葉運輸 営業所 <eigyosho-shibuya@aoba-unyu.co.jp>"],
    "subject": "店販品 納品日変更と送り状番号のご連絡",
    "body": f"""ルミエール化粧品 物流課様
（cc：青葉運輸 渋谷営業所様）

お世話になっております。日の出産業 購買の真壁です。
物流センターの棚卸のため、10/24（金）の納品を10/27（月）に変更をお願いします。
すでに出荷済みの以下の荷物は、営業所止めで保管いただけますと助かります。

　送り状番号：3380-1174-5529（LM-セラムR 12ケース）
　送り状番号：3380-1174-5530（LM-PG30 6ケース）
　注文番号：LC-ORD-88421

{SIG_MAKABE}
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "supplier and carrier (two organisations) about a delivery, with tracking and order numbers",
})

MESSAGES.append({
    "id": "beauty-078", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["戸田 美佳 <mika_toda0915@yahoo.co.jp>"],
    "subject": "9月度 店舗実績のご報告（HINODE hair 前橋店）",
    "body": f"""戸田オーナー

いつもお世話になっております。FC推進室の大河内です。
9月度の前橋店の実績をお送りします。

　売上：3,284千円（前年同月比 104.2%）
　客数：612名（新規 88名／再来 524名）
　客単価：5,366円
　店販比率：11.8%（全店平均 14.3%）
　次回予約率：41%

店販比率の改善策は、来週の訪問時にご相談させてください。

{SIG_OKOCHI}
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "franchise owner on Yahoo mail receives store statistics only: one free-mail recipient",
})

MESSAGES.append({
    "id": "beauty-079", "expect": "pass", "charset": "utf-8",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["羽生田 悠斗 <yuto.hanyuda.hair@gmail.com>"],
    "subject": "二次面接のご案内（スタイリスト職）",
    "body": f"""羽生田 悠斗 様

この度は日の出産業株式会社 ビューティー事業部の求人にご応募いただき、ありがとうございます。
書類選考・一次面接の結果、二次面接にお進みいただくことになりました。

日時：10月17日（金）11:00〜12:00
場所：日の出神宮前ビル 5F（東京都渋谷区神宮前4-22-9）
内容：役員面接、技術チェック（ワインディング 30分）
持ち物：シザー・コーム、ウィッグ（当社で用意も可）

ご都合が悪い場合は、候補日を2〜3日お知らせください。

{SIG_AIZAWA}
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "interview invitation to a single applicant on Gmail",
})

MESSAGES.append({
    "id": "beauty-080", "expect": "pass", "charset": "utf-8",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["FCグロース 吉良様 <kira@fc-growth.jp>"],
    "subject": "直営・FC別 KPI比較（上期）",
    "body": f"""吉良様

お世話になっております。大河内です。
ご依頼の直営・FC別のKPI比較です（上期平均）。

区分        店舗数  月商(千円)  客単価   再来率   店販比率  離職率
----------  ------  ----------  -------  -------  --------  ------
直営           48       9,820    6,140    72.4%     14.3%   11.2%
FC             14       3,510    5,480    66.1%     10.9%   17.8%
全体           62       8,390    6,010    71.0%     13.6%   12.7%

年代別では20代の再来率が直営・FCとも60%を切っています。

{SIG_OKOCHI}
""",
    "entities": [],
    "detectors": [],
    "note": "aggregate KPIs per store type, no individual people",
})

MESSAGES.append({
    "id": "beauty-081", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"久我 玲奈 <kuga.rena@{D}>",
    "to": ["ルミエール化粧品 学術部 <gakujutsu@lumiere-cosme.jp>"],
    "subject": "上期 肌トラブル発生件数のご報告",
    "body": f"""ルミエール化粧品 学術部御中

お世話になっております。ソレイユ・ヒノデの久我です。
品質会議用に、上期の肌トラブル発生件数（全7店舗合計）をご報告します。

　施術件数：41,280件
　赤み・かゆみの申告：27件（うち LM-PG30 使用：9件）
　皮膚科受診に至ったもの：4件（いずれも接触皮膚炎、全員回復済み）
　発生率：0.065%（前年同期 0.071%）

個別のお客様情報は含めておりません。ロット別の内訳が必要でしたらお知らせください。

{SIG_KUGA}
""",
    "entities": [],
    "detectors": [],
    "note": "skin-trouble statistics with diagnoses counted in aggregate, no identifiable person",
})

MESSAGES.append({
    "id": "beauty-082", "expect": "pass", "charset": "shift_jis",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["錦印刷 DM制作課 <dm-seisaku@nishiki-insatsu.co.jp>"],
    "subject": "店頭メニュー表（2026春）入稿データ",
    "body": f"""錦印刷 DM制作課 ご担当者様

お世話になっております。三好です。
店頭メニュー表の入稿データ（PDF）をお送りします。A4両面・マットコート・各店50部でお願いします。

{SIG_MIYOSHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "menu_2026spring.pdf", "title": "HINODE hair MENU 2026 Spring",
        "lines": ["HINODE hair  MENU  2026 Spring", ""],
        "table": [["メニュー", "スタイリスト", "トップスタイリスト", "ディレクター"],
                  ["カット", "7,150", "8,250", "9,350"],
                  ["カラー（リタッチ）", "6,050", "6,600", "7,150"],
                  ["イルミナカラー", "9,900", "10,450", "11,000"],
                  ["縮毛矯正", "18,700", "19,800", "20,900"],
                  ["ヘッドスパ30分", "4,400", "4,400", "4,400"],
                  ["TOKIOトリートメント", "5,500", "5,500", "5,500"]],
    }],
    "entities": [],
    "detectors": [],
    "note": "salon menu price list PDF to the partner printer",
})

MESSAGES.append({
    "id": "beauty-083", "expect": "pass", "charset": "utf-8",
    "sender": f"経理 ビューティー担当 <keiri-beauty@{D}>",
    "to": ["サロン紬 経理 <keiri@salon-tsumugi.co.jp>"],
    "subject": "【請求書】2025年9月分 商材代金",
    "body": """株式会社サロン紬
経理ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部です。
9月分の商材代金をご請求申し上げます。

　請求番号：INV-B-2509-0142
　請求金額：418,330円（税込）
　　10%対象 380,300円　消費税 38,030円
　お支払期日：2025年10月31日
　お振込先：みどり銀行 神宮前支店 普通 1284057 ヒノデサンギヨウ（カ
　登録番号：T4701042817563

ご不明点は下記までお問い合わせください。

日の出産業株式会社 経理部 ビューティー担当
TEL 03-6418-5510
""",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's own bank account and T-number: business data, not personal data",
})

MESSAGES.append({
    "id": "beauty-084", "expect": "pass", "charset": "utf-8",
    "sender": f"Emi Kurosawa <kurosawa.emi@{D}>",
    "to": ["Marc Duval <marc.duval@belleterre-paris.com>"],
    "subject": "Meeting at Cosmoprof Asia - Hong Kong",
    "body": f"""Dear Marc,

It was a pleasure to meet you in Paris last spring.
Our team will be at Cosmoprof Asia in Hong Kong from November 12 to 14.
Would you have 45 minutes on November 13 to discuss the Japanese salon launch?

Our booth is 3E-B12 in Hall 3; alternatively we could meet at your stand.

Best regards,

{SIG_KUROSAWA}
Mobile (during the fair): +81-80-4419-2276
{DISCLAIMER_EN}
""",
    "entities": [],
    "detectors": [],
    "note": "English business mail with the sender's own signature, fair mobile and disclaimer",
})

MESSAGES.append({
    "id": "beauty-085", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["studio mahoro 国府田様 <koda@studio-mahoro.jp>"],
    "subject": "Re: 出店候補地の商圏データについて",
    "body": f"""国府田様

お世話になっております。大河内です。
ご依頼いただいた商圏データですが、本部の分析資料は社外秘のためそのままお送りすることができません。
代わりに、公開されている統計から作成した概要版をお送りします。

　・半径1km人口：28,400人（うち20〜40代女性 5,120人）
　・競合サロン数：美容室14、ネイル6、エステ3
　・駅乗降客数：1日平均 41,000人

詳細は来週の訪問時に画面でお見せしながらご説明いたします。

{SIG_OKOCHI}
""",
    "entities": [],
    "detectors": [],
    "note": "mentions that a document is 社外秘 and is therefore not sent; no marking on this mail",
})

MESSAGES.append({
    "id": "beauty-086", "expect": "pass", "charset": "utf-8",
    "sender": f"篠田 亮 <shinoda.ryo@{D}>",
    "to": ["ツバサシステム 運用チーム <ops@tsubasa-system.jp>"],
    "subject": "Re: 定期メンテナンスに伴う店舗端末の再起動について",
    "body": f"""ツバサシステム 運用チーム御中

お世話になっております。篠田です。
10/21 2:00〜5:00 のメンテナンスの件、承知しました。
店舗の予約端末は閉店後に電源を落とし、朝の開店前に再起動するよう各店に周知します。

なお、本社側の接続元IPアドレスが変わりますので、許可リストの更新をお願いします。
　旧：203.0.113.24
　新：203.0.113.57 / 203.0.113.58

{SIG_SHINODA}
""",
    "entities": [],
    "detectors": [],
    "note": "system operations mail with IP addresses, no personal data",
})

MESSAGES.append({
    "id": "beauty-087", "expect": "pass", "charset": "shift_jis",
    "sender": f"北条 翔太 <hojo.shota@{D}>",
    "to": ["さくらホテル 宴会営業 木崎様 <kizaki@sakura-hotel.jp>"],
    "subject": "ヘアショー当日の搬入メンバー",
    "body": f"""木崎様

お世話になっております。北条です。
当日朝の搬入には、当社から以下の5名が伺います。

　北条（責任者）、立花、日向、真田、冴島

車両は1台（ハイエース）で、8:45に搬入口に到着予定です。
台車を2台お借りできれば幸いです。

{SIG_HOJO}
""",
    "entities": [],
    "detectors": [],
    "note": "five staff surnames with no other data about them: names alone are not records",
})

MESSAGES.append({
    "id": "beauty-088", "expect": "pass", "charset": "utf-8",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["ウェブニコ 津村様 <tsumura@webnico.jp>"],
    "subject": "お客様の声（LP掲載用）",
    "body": f"""津村様

お世話になっております。三好です。
LPの「お客様の声」に掲載するコメントです。掲載許可はすべて取得済みです。

・30代女性（会社員）「髪のうねりが落ち着いて、朝のスタイリングが10分短くなりました」
・40代女性（主婦）「白髪ぼかしハイライトで、伸びてきても目立たなくなりました」
・20代女性（学生）「ネイルの持ちが良く、3週間たっても欠けませんでした」
・50代女性「エステのスタッフさんが丁寧で、毎月の楽しみになっています」

イニシャルや店舗名は出さない方針でお願いします。

{SIG_MIYOSHI}
""",
    "entities": [],
    "detectors": [],
    "note": "anonymous testimonials with age bands only; no identifiable person",
})

MESSAGES.append({
    "id": "beauty-089", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"nail Aurora 天神 <tenjin-nail@{D}>",
    "to": [f"nail Aurora 天神 <tenjin-nail@{D}>"],
    "bcc": ["rina.0521@gmail.com", "kaho_kaho@yahoo.co.jp", "m.yoshitake@icloud.com",
            "nanami-bb@docomo.ne.jp", "sakura.t.88@ezweb.ne.jp", "hy2024nail@gmail.com"],
    "subject": "【nail Aurora 天神】10月の空き状況とハロウィン限定デザインのお知らせ",
    "body": """いつもnail Aurora 天神をご利用いただきありがとうございます。

10月はハロウィン限定デザイン（全6種）をご用意しました！
期間中はアート2本まで無料でお付けします。

▼空き状況（10/7時点）
　10/11（土）17:00〜 ／ 10/14（火）11:00〜 ／ 10/18（土）15:30〜

ご予約はお電話またはWEB予約からどうぞ。

nail Aurora 天神
福岡県福岡市中央区天神1-10-17 6F
TEL 092-739-4420
※配信停止をご希望の方は本メールにご返信ください。
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "salon newsletter with customers correctly in Bcc: nobody sees anyone else",
})

MESSAGES.append({
    "id": "beauty-090", "expect": "pass", "charset": "utf-8",
    "sender": f"相沢 恵 <aizawa.megumi@{D}>",
    "to": ["美容ジョブ 掲載担当 <keisai@biyou-job.jp>"],
    "subject": "求人原稿（アシスタント／ネイリスト）のご確認",
    "body": f"""美容ジョブ 掲載ご担当者様

お世話になっております。日の出産業の相沢です。
11月掲載分の求人原稿を下記のとおりお送りします。

【職種】ヘアアシスタント（正社員）
【給与】月給22万円〜（技術手当・店販インセンティブ別途）
【勤務地】表参道・吉祥寺・二子玉川
【休日】月8〜9日、夏季・冬季休暇、有給休暇
【福利厚生】社会保険完備、練習用ウィッグ支給、産休・育休取得実績あり

【職種】ネイリスト（正社員・パート）
【給与】月給21万円〜／時給1,250円〜
【勤務地】吉祥寺・梅田・町田・天神

応募の問い合わせ先は採用専用ダイヤル（0120-410-556）でお願いします。

{SIG_AIZAWA}
""",
    "entities": [],
    "detectors": [],
    "note": "job ad copy for a recruiting site, no people",
})

MESSAGES.append({
    "id": "beauty-091", "expect": "pass", "charset": "shift_jis",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["サロン紬 三枝様 <saegusa@salon-tsumugi.co.jp>"],
    "subject": "加盟契約更新のお打合せ日程",
    "body": f"""株式会社サロン紬
代表取締役 三枝 直樹 様

いつも大変お世話になっております。日の出産業 FC推進室の大河内でございます。
来年3月に加盟契約の更新時期を迎えますので、お打合せのお時間を頂戴できればと存じます。

候補日：11/5（水）、11/7（金）、11/12（水）いずれも14時以降
場所：貴社 宇都宮店 バックヤード、またはオンライン

主な議題は、ロイヤリティ料率、商材の仕入条件、スタッフ研修の受講枠です。

{SIG_OKOCHI}
""",
    "entities": [],
    "detectors": [],
    "note": "ordinary mail to a franchise owner's company; his name appears only in the salutation",
})

_p = people("092", 4, female=0.5)
MESSAGES.append({
    "id": "beauty-092", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "セミナー講師 宿泊手配（4名）",
    "body": f"""さくらホテル 宿泊予約係 御中

お世話になっております。日の出産業の佐伯です。
11/17（月）泊で、セミナー講師4名の宿泊をお願いいたします。
宿泊者名簿を添付いたします。請求は当社宛てでお願いします。

{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "宿泊者名簿_1117.xlsx",
        "sheets": {"名簿": [["11/17 宿泊者名簿（日の出産業株式会社）"],
                          ["氏名", "フリガナ", "携帯", "チェックイン予定", "禁煙/喫煙"]]
                   + [[p["name"], p["kana"], p["tel"], ["18:00", "19:30", "21:00", "18:00"][i], "禁煙"]
                      for i, p in enumerate(_p)]},
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with four guests' mobiles to the partner hotel: under five people",
})

MESSAGES.append({
    "id": "beauty-093", "expect": "pass", "charset": "utf-8",
    "sender": f"日向 彩乃 <hinata.ayano@{D}>",
    "to": ["舘野 沙織 <saori.tateno@icloud.com>"],
    "subject": "Re: 先日の施術について",
    "body": """舘野 沙織 様

HINODE hair 吉祥寺店の日向でございます。
この度はカラーの仕上がりについてご不快な思いをおかけし、誠に申し訳ございません。
お直しは無料で承ります。10/12（日）10時、または10/15（水）18時はいかがでしょうか。
担当は店長の私が務めさせていただきます。

HINODE hair 吉祥寺店 店長 日向 彩乃
TEL 0422-27-6630

差出人: 舘野 沙織 <saori.tateno@icloud.com>
送信日時: 2025年10月8日 22:41
宛先: kichijoji@hinode-sangyo.co.jp
件名: 先日の施術について

10/5にカラーをしていただいた舘野です（会員番号 118204、携帯 090-6651-2087）。
アッシュベージュをお願いしたのに、明るいオレンジっぽい色になってしまいました。
住所は東京都武蔵野市中町2-14-9です。返金か、お直しをお願いしたいです。
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one customer on iCloud; her details are only in her own quoted mail",
})

MESSAGES.append({
    "id": "beauty-094", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["hair rin 林様 <hayashi@hair-rin.jp>"],
    "subject": "担当スーパーバイザー交代のお知らせ",
    "body": f"""林オーナー

いつもお世話になっております。FC推進室の大河内です。
11月より、貴店の担当スーパーバイザーが交代となりますのでお知らせします。

新担当：能登 大輔（のと だいすけ）
　携帯（社用）：080-4471-2118
　メール：noto.daisuke@hinode-sangyo.co.jp

前任の栗林は本部の教育担当に異動します。11/6に能登と二人でご挨拶に伺います。

{SIG_OKOCHI}
""",
    "entities": [],
    "detectors": [],
    "note": "introduces one staff member's business contact details to a franchise owner",
})

MESSAGES.append({
    "id": "beauty-095", "expect": "pass", "charset": "shift_jis",
    "sender": f"三好 ひかり <miyoshi.hikari@{D}>",
    "to": ["錦印刷 奥村様 <okumura@nishiki-insatsu.co.jp>"],
    "subject": "冬DM 宛名面レイアウトの確認",
    "body": f"""奥村様

お世話になっております。三好です。
宛名面のレイアウト見本を確認しました。見本の表記は以下のままで問題ありません。

　〒000-0000
　○○県○○市○○町1-2-3 ○○マンション101
　日の出 花子 様
　会員番号：000000

会員番号は氏名の下、右寄せ8ptでお願いします。
宛名データは個人情報のため、弊社からSFTPでアップロードします。

{SIG_MIYOSHI}
""",
    "entities": [],
    "detectors": [],
    "note": "layout sample with placeholder name and address (○○), no real person",
})

MESSAGES.append({
    "id": "beauty-096", "expect": "pass", "charset": "utf-8",
    "sender": f"佐伯 真理子 <saeki.mariko@{D}>",
    "to": ["ひかり広告 小宮様 <komiya@hikari-ad.co.jp>"],
    "subject": "夏キャンペーン 効果測定まとめ",
    "body": f"""小宮様

お世話になっております。佐伯です。
夏キャンペーンの効果測定を年代別にまとめました。

年代\t来店数\t新規比率\tクーポン利用率\t平均単価
10代\t1,204\t38%\t22%\t4,980
20代\t8,811\t27%\t31%\t6,320
30代\t10,420\t18%\t29%\t7,150
40代\t9,376\t12%\t24%\t7,480
50代以上\t6,092\t9%\t17%\t6,910

20代の新規比率が想定より高く、SNS広告の効果が出ていると見ています。

{SIG_SAEKI}
""",
    "entities": [],
    "detectors": [],
    "note": "campaign statistics by age band (tab-separated), no individual people",
})

MESSAGES.append({
    "id": "beauty-097", "expect": "pass", "charset": "iso-2022-jp",
    "sender": f"真壁 拓也 <makabe.takuya@{D}>",
    "to": ["ECロジ 在庫管理 <zaiko@ec-logi.co.jp>"],
    "subject": "ホームケア商品 在庫移管リスト",
    "body": f"""ECロジ 在庫管理ご担当者様

お世話になっております。真壁です。
店舗在庫からEC倉庫への移管分です。入庫予定日は10/23です。

品番          JANコード        商品名                       数量
------------  ---------------  ---------------------------  ----
HN-SC500      4589123456018    スカルプシャンプー 500ml       120
HN-RT300      4589123456025    リペアトリートメント 300g       96
HN-OIL100     4589123456032    ヘアオイル 100ml               144
HN-MSK200     4589123456049    集中ケアマスク 200g             48

移管伝票番号：TR-2510-0033
出荷元：物流センター（越谷）

{SIG_MAKABE}
""",
    "entities": [],
    "detectors": [],
    "note": "product codes and 13-digit JAN codes with quantities; no people",
})

# ======================================================================================
# EITHER — a privacy officer could judge these either way
# ======================================================================================

_p = people("098", 6, female=0.85)
MESSAGES.append({
    "id": "beauty-098", "expect": "either", "charset": "shift_jis",
    "sender": f"日向 彩乃 <hinata.ayano@{D}>",
    "to": ["リボンスタッフ 派遣営業 <haken@ribbon-staff.co.jp>"],
    "subject": "11月 吉祥寺店シフト（派遣スタッフ手配の参考）",
    "body": "リボンスタッフ ご担当者様\n\nお世話になっております。HINODE hair 吉祥寺店の日向です。\n"
            "11月の土日の手配人数を検討いただくため、店舗のシフト表を貼っておきます。\n\n"
            + ptable(["氏名", "11/1(土)", "11/2(日)", "11/8(土)", "11/9(日)"],
                     [[p["name"]] + [["9-18", "休", "11-20", "9-18"][(i + j) % 4] for j in range(4)]
                      for i, p in enumerate(_p)])
            + "\n\n受付が手薄になる11/2と11/9に1名ずつお願いしたいです。\n\n日向\nHINODE hair 吉祥寺店 TEL 0422-27-6630\n",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six staff names with their working hours only: employee data or just a roster? either way",
})

MESSAGES.append({
    "id": "beauty-099", "expect": "either", "charset": "iso-2022-jp",
    "sender": f"立花 由衣 <tachibana.yui@{D}>",
    "to": ["コスモ美容商事 テクニカルサポート <tech@kosmo-biyou.co.jp>"],
    "subject": "妊娠中のお客様へのカラー剤使用について",
    "body": f"""コスモ美容商事 テクニカルサポート御中

お世話になっております。HINODE hair 表参道店の立花です。
常連の小鳥遊 結衣様が現在妊娠6か月で、つわりで匂いに敏感になっているそうです。
御社のノンジアミンカラー（KB-NDC）は使用可能か、また匂いの少ない代替品があれば教えてください。

{SIG_TACHIBANA}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer's pregnancy: health information, but not clearly 要配慮 medical history",
})

_p = people("100", 6, female=0.5)
_fc = [("高崎店", "027-388-1024"), ("宇都宮店", "028-612-7730"), ("水戸駅南店", "029-244-5108"),
       ("つくば店", "029-869-3312"), ("前橋店", "027-289-6605"), ("小山店", "0285-41-2297")]
MESSAGES.append({
    "id": "beauty-100", "expect": "either", "charset": "utf-8",
    "sender": f"大河内 健 <okochi.ken@{D}>",
    "to": ["FCグロース 吉良様 <kira@fc-growth.jp>"],
    "subject": "北関東 加盟店オーナー一覧（店舗連絡先）",
    "body": "吉良様\n\nお世話になっております。大河内です。\n"
            "アンケートの依頼先として、北関東の加盟店オーナーと店舗の代表番号をお送りします。\n"
            "店舗への電話は営業時間内（10〜19時）でお願いします。\n\n"
            + "\n".join(f"{s}　オーナー：{p['name']}　店舗TEL：{t}" for p, (s, t) in zip(_p, _fc))
            + f"\n\n{SIG_OKOCHI}\n",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six owners' names with their shops' switchboard numbers: business contacts or a list of people",
})
