"""Blind corpus, AREA = ryokan.

日の出産業株式会社 温泉旅館事業部（湯ノ沢温泉「日の出館」・伊豆「別邸 翠月」）のメール:
宿泊者名簿（住所、外国人宿泊者の旅券番号）、旅行会社からの団体予約・ルーミングリスト、
食事（アレルギー・宗教食）やバリアフリーの依頼、大浴場での事故、忘れ物・遺失物、
季節雇用スタッフの寮、英語でやり取りする OTA パートナー。

Seeds for my_number() / card_number() start at 4501.
Every person, number and address below is invented.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

# -- small helpers ------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width, the way some staff type them."""
    return s.translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad_table(rows, sep="  ", rule="-"):
    """Columns padded with ASCII spaces under a header and a ---- rule."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append(sep.join(c + " " * (widths[i] - _w(c)) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append(rule * (sum(widths) + len(sep) * (len(widths) - 1)))
    return "\n".join(out)


def zen_table(rows):
    """Columns padded with full-width spaces (and a half-width one for odd gaps)."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            gap = widths[i] - _w(c)
            cells.append(c + "　" * (gap // 2) + " " * (gap % 2))
        out.append("　".join(cells).rstrip())
        if k == 0:
            out.append("－" * ((sum(widths) + 2 * len(widths)) // 2))
    return "\n".join(out)


def html_table(rows, border=1):
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="4" cellspacing="0" '
            f'style="border-collapse:collapse;font-size:10pt">'
            f"<tr style=\"background:#e8eef7\">{head}</tr>{body}</table>")


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    if style == "zshort":
        return f"{short}{zen(str(y))}．{zen(str(d.month))}．{zen(str(d.day))}".replace(
            short, {"S": "Ｓ", "H": "Ｈ", "R": "Ｒ"}[short], 1)
    return f"{era}{y}年{d.month}月{d.day}日"


def seireki(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


# -- an invented population ---------------------------------------------------------------

_SEI = [
    ("佐々木", "ササキ", "sasaki"), ("宇佐美", "ウサミ", "usami"), ("五十嵐", "イガラシ", "igarashi"),
    ("東海林", "ショウジ", "shoji"), ("鬼頭", "キトウ", "kito"), ("比嘉", "ヒガ", "higa"),
    ("我妻", "ワガツマ", "wagatsuma"), ("久保田", "クボタ", "kubota"), ("勅使河原", "テシガワラ", "teshigawara"),
    ("百瀬", "モモセ", "momose"), ("鳳", "オオトリ", "otori"), ("犬養", "イヌカイ", "inukai"),
    ("寒河江", "サガエ", "sagae"), ("長谷川", "ハセガワ", "hasegawa"), ("御手洗", "ミタライ", "mitarai"),
    ("根本", "ネモト", "nemoto"), ("千葉", "チバ", "chiba"), ("金子", "カネコ", "kaneko"),
    ("芦田", "アシダ", "ashida"), ("水野", "ミズノ", "mizuno"), ("漆原", "ウルシバラ", "urushibara"),
    ("小野寺", "オノデラ", "onodera"), ("栗林", "クリバヤシ", "kuribayashi"), ("堀之内", "ホリノウチ", "horinouchi"),
    ("戸叶", "トカノ", "tokano"), ("仁科", "ニシナ", "nishina"), ("四十物", "アイモノ", "aimono"),
    ("宮良", "ミヤラ", "miyara"), ("桑原", "クワバラ", "kuwabara"), ("大和田", "オオワダ", "owada"),
    ("生稲", "イクイネ", "ikuine"), ("今泉", "イマイズミ", "imaizumi"), ("滝沢", "タキザワ", "takizawa"),
    ("須藤", "ストウ", "suto"), ("橘", "タチバナ", "tachibana"), ("乙部", "オトベ", "otobe"),
    ("門脇", "カドワキ", "kadowaki"), ("深津", "フカツ", "fukatsu"), ("安孫子", "アビコ", "abiko"),
    ("舟木", "フナキ", "funaki"), ("猪俣", "イノマタ", "inomata"), ("蛭田", "ヒルタ", "hiruta"),
    ("神保", "ジンボ", "jinbo"), ("瀬戸口", "セトグチ", "setoguchi"), ("越智", "オチ", "ochi"),
    ("粟野", "アワノ", "awano"), ("真栄城", "マエシロ", "maeshiro"), ("蓮見", "ハスミ", "hasumi"),
]
_MEI = [
    ("恒夫", "ツネオ", "tsuneo", "男"), ("和子", "カズコ", "kazuko", "女"), ("美咲", "ミサキ", "misaki", "女"),
    ("健太", "ケンタ", "kenta", "男"), ("陽菜", "ヒナ", "hina", "女"), ("誠一", "セイイチ", "seiichi", "男"),
    ("由美子", "ユミコ", "yumiko", "女"), ("翔", "ショウ", "sho", "男"), ("千尋", "チヒロ", "chihiro", "女"),
    ("正和", "マサカズ", "masakazu", "男"), ("富美", "フミ", "fumi", "女"), ("大輝", "ダイキ", "daiki", "男"),
    ("さゆり", "サユリ", "sayuri", "女"), ("勝利", "カツトシ", "katsutoshi", "男"), ("綾乃", "アヤノ", "ayano", "女"),
    ("拓海", "タクミ", "takumi", "男"), ("静江", "シズエ", "shizue", "女"), ("光男", "ミツオ", "mitsuo", "男"),
    ("真由", "マユ", "mayu", "女"), ("隆之", "タカユキ", "takayuki", "男"), ("智子", "トモコ", "tomoko", "女"),
    ("蓮", "レン", "ren", "男"), ("千代", "チヨ", "chiyo", "女"), ("悠斗", "ユウト", "yuto", "男"),
    ("喜久江", "キクエ", "kikue", "女"), ("修", "オサム", "osamu", "男"), ("芽衣", "メイ", "mei", "女"),
    ("昭二", "ショウジ", "shoji", "男"), ("琴音", "コトネ", "kotone", "女"), ("雄一郎", "ユウイチロウ", "yuichiro", "男"),
]
_PLACES = [
    ("154-0015", "東京都", "世田谷区", "桜新町"), ("223-0061", "神奈川県", "横浜市港北区", "日吉"),
    ("350-1123", "埼玉県", "川越市", "脇田本町"), ("273-0041", "千葉県", "船橋市", "旭町"),
    ("370-0069", "群馬県", "高崎市", "飯塚町"), ("320-0861", "栃木県", "宇都宮市", "西"),
    ("310-0911", "茨城県", "水戸市", "見和"), ("464-0841", "愛知県", "名古屋市千種区", "覚王山通"),
    ("564-0001", "大阪府", "吹田市", "岸部北"), ("940-0062", "新潟県", "長岡市", "大手通"),
    ("390-0875", "長野県", "松本市", "城西"), ("980-0011", "宮城県", "仙台市青葉区", "上杉"),
    ("430-0906", "静岡県", "浜松市中央区", "住吉"), ("181-0013", "東京都", "三鷹市", "下連雀"),
    ("336-0017", "埼玉県", "さいたま市南区", "南浦和"), ("251-0025", "神奈川県", "藤沢市", "鵠沼石上"),
    ("371-0805", "群馬県", "前橋市", "南町"), ("960-8034", "福島県", "福島市", "置賜町"),
    ("192-0904", "東京都", "八王子市", "子安町"), ("299-0111", "千葉県", "市原市", "姉崎"),
]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "hotmail.co.jp"]


class P(dict):
    """One invented person; attribute access for brevity."""

    __getattr__ = dict.__getitem__


def people(seed: int, n: int, born=(1950, 2002)) -> list[P]:
    rng = random.Random(f"ryokan-people-{seed}")
    out, used = [], set()
    while len(out) < n:
        s = rng.choice(_SEI)
        m = rng.choice(_MEI)
        if (s[0], m[0]) in used:
            continue
        used.add((s[0], m[0]))
        d = _dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        z, pref, city, town = rng.choice(_PLACES)
        addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        if rng.random() < 0.3:
            addr += f" {rng.choice(['コーポ', 'メゾン', 'ハイツ', 'グランシャリオ'])}" \
                    f"{rng.choice(['桜', '若葉', '翠', '白樺'])}{rng.randint(1, 3)}0{rng.randint(1, 9)}"
        mob = f"0{rng.choice([70, 80, 90])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        mail = f"{m[2]}.{s[2]}{rng.choice(['', str(d.year % 100), str(rng.randint(1, 99))])}" \
               f"@{rng.choice(_FREE)}"
        out.append(P(sei=s[0], mei=m[0], name=f"{s[0]} {m[0]}", name_nb=f"{s[0]}{m[0]}",
                     kana=f"{s[1]} {m[1]}", romaji=f"{s[2].upper()} {m[2].capitalize()}",
                     sex=m[3], dob=d, zip=z, pref=pref, addr=addr, tel=mob, mail=mail,
                     age=2025 - d.year - (1 if (d.month, d.day) > (10, 1) else 0)))
    return out


def corporate_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for i, dgt in enumerate(reversed(digits), 1):
        total += dgt * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


# -- senders and signatures ---------------------------------------------------------------

KOMATSU = "小松 理沙 <komatsu.risa@hinode-sangyo.co.jp>"
ADACHI = "安達 健吾 <adachi.kengo@hinode-sangyo.co.jp>"
HASEBE = "長谷部 直子 <hasebe.naoko@hinode-sangyo.co.jp>"
SEO = "瀬尾 拓真 <seo.takuma@hinode-sangyo.co.jp>"
DAIKOKU = "大黒 勝 <daikoku.masaru@hinode-sangyo.co.jp>"
SAEGUSA = "三枝 浩一 <saegusa.koichi@hinode-sangyo.co.jp>"
FUJIMAKI = "藤巻 恵 <fujimaki.megumi@hinode-sangyo.co.jp>"
KATAGIRI = "片桐 亮 <katagiri.ryo@hinode-sangyo.co.jp>"
MUTO = "武藤 慎吾 <muto.shingo@hinode-sangyo.co.jp>"
OGAWA = "Rina Ogawa <ogawa.rina@hinode-sangyo.co.jp>"
NOZAKI = "野崎 彩花 <nozaki.ayaka@hinode-sangyo.co.jp>"
SUIGETSU = "別邸翠月 フロント 桐生 <kiryu.jun@hinode-sangyo.co.jp>"

_HQ = "〒377-1798 群馬県吾妻郡湯ノ沢町大字湯ノ沢１２３"


def sig(who: str, style: int = 0) -> str:
    table = {
        "komatsu": ("予約課", "小松 理沙", "komatsu.risa", "0279-88-1230"),
        "adachi": ("フロント", "安達 健吾", "adachi.kengo", "0279-88-1230"),
        "hasebe": ("総務課", "長谷部 直子", "hasebe.naoko", "0279-88-1235"),
        "seo": ("営業課", "瀬尾 拓真", "seo.takuma", "0279-88-1238"),
        "daikoku": ("調理部 料理長", "大黒 勝", "daikoku.masaru", "0279-88-1230"),
        "saegusa": ("支配人", "三枝 浩一", "saegusa.koichi", "0279-88-1230"),
        "fujimaki": ("人事・労務担当", "藤巻 恵", "fujimaki.megumi", "0279-88-1235"),
        "katagiri": ("経理担当", "片桐 亮", "katagiri.ryo", "0279-88-1236"),
        "muto": ("施設管理課", "武藤 慎吾", "muto.shingo", "0279-88-1239"),
        "nozaki": ("営業課（WEB・販促）", "野崎 彩花", "nozaki.ayaka", "0279-88-1238"),
    }
    dept, name, local, tel = table[who]
    if style == 1:
        return (f"\n--\n日の出産業株式会社 温泉旅館事業部\n湯ノ沢温泉 日の出館 {dept}\n{name}\n"
                f"TEL {tel}　FAX 0279-88-1231\nMail {local}@hinode-sangyo.co.jp\n")
    if style == 2:
        return (f"\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n"
                f"　湯ノ沢温泉　日の出館（日の出産業株式会社）\n　{dept}　{name}\n"
                f"　{_HQ}\n　ＴＥＬ：{zen(tel)}\n"
                f"＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n")
    return (f"\n━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社 温泉旅館事業部\n"
            f"湯ノ沢温泉 日の出館　{dept}　{name}\n{_HQ}\nTEL {tel} / FAX 0279-88-1231\n"
            f"{local}@hinode-sangyo.co.jp\n━━━━━━━━━━━━━━━━━━━━━━━\n")


def sig_en(name: str, title: str, local: str) -> str:
    return (f"\nBest regards,\n\n{name}\n{title}\nHinode-kan Onsen Ryokan (Hinode Sangyo Co., Ltd.)\n"
            f"123 Yunosawa, Yunosawa-machi, Agatsuma-gun, Gunma 377-1798, Japan\n"
            f"Tel +81-279-88-1230 | {local}@hinode-sangyo.co.jp\n")


DISCLAIMER_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information intended "
                 "solely for the addressee. If you have received it in error, please notify the "
                 "sender and delete it. Hinode Sangyo Co., Ltd.\n")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"ryokan-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# =========================================================================================
# 001  rooming list XLSX (title row, two sheets) to a travel agency
_g = people(1, 12, born=(1962, 2001))
_rooms = ["松の間", "松の間", "竹の間", "竹の間", "梅の間", "梅の間", "201", "201", "202", "202", "203", "203"]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX rooming list: 12 guests with birth dates and mobiles sent to a travel agency",
    sender=KOMATSU,
    to=["東都ツーリスト 村上様 <murakami.kei@tohto-tourist.co.jp>"],
    subject="【日の出館】10/18 丸高工業様 社員旅行 ルーミングリスト（確定版）",
    charset="iso-2022-jp",
    body=(
        "東都ツーリスト株式会社\n団体営業部　村上様\n\n"
        "いつも大変お世話になっております。日の出館 予約課の小松でございます。\n\n"
        "10/18（土）ご到着の丸高工業様 社員旅行につきまして、\n"
        "幹事様と調整のうえ部屋割りが確定いたしましたので、ルーミングリストをお送りします。\n"
        "生年月日・携帯番号は宿泊者名簿の記載用に幹事様からいただいたものです。\n\n"
        "・お食事会場：大広間「白樺」18:30～\n・貸切風呂：21:00～22:00 で1枠確保済み\n\n"
        "ご確認のほど、よろしくお願いいたします。\n" + sig("komatsu")),
    attachments=[{
        "kind": "xlsx", "name": "ルーミングリスト_丸高工業様_1018.xlsx",
        "sheets": {
            "ルーミングリスト": [["丸高工業株式会社 様　社員旅行　ルーミングリスト（2025/10/18～19　1泊2食）"], [],
                         ["No", "部屋", "氏名", "フリガナ", "性別", "生年月日", "携帯電話"]] + [
                [i + 1, _rooms[i], p.name, p.kana, p.sex, seireki(p.dob), p.tel] for i, p in enumerate(_g)],
            "食事・備考": [["部屋", "夕食", "朝食", "備考"], ["松の間", "会席A", "和定食", "幹事部屋"],
                       ["竹の間", "会席A", "和定食", ""], ["梅の間", "会席A", "洋定食", "禁煙"],
                       ["201～203", "会席A", "和定食", "エキストラベッド不要"]],
        },
    }],
)

# 002  confirmation of head count to an agency — signature only
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary booking confirmation to one agency; only the sender's signature",
    sender=KOMATSU,
    to=["tanabe@minato-travel.co.jp"],
    subject="Re: 11月8日 団体予約 人数変更のご連絡",
    charset="iso-2022-jp",
    body=(
        "株式会社ミナトトラベル\n田辺様\n\n"
        "お世話になっております。日の出館の小松です。\n"
        "人数変更（大人24名→22名、お部屋は8室のまま）承知いたしました。\n"
        "予約番号 HK-251108-031 の内容を修正し、確認書を再発行いたします。\n\n"
        "なお、11/1 以降の減員は取消料（お一人様あたり宿泊代金の20％）の対象となりますので、\n"
        "念のため申し添えます。\n\n引き続きよろしくお願いいたします。\n" + sig("komatsu", 1)),
)

# 003  foreign guests' register with passport numbers, CSV (CP932) to police
_fg = [
    ("2025/09/02", "Emily CARTER", "アメリカ合衆国", "567120348", "1420 Pine St, Seattle WA, USA", "会社員"),
    ("2025/09/02", "Daniel WHITFORD", "アメリカ合衆国", "583366102", "1420 Pine St, Seattle WA, USA", "エンジニア"),
    ("2025/09/03", "WANG Hao", "中国", "EA4419026", "上海市徐汇区漕溪北路 88号", "教師"),
    ("2025/09/03", "KIM Minji", "韓国", "M47822913", "서울특별시 마포구 월드컵로 12", "学生"),
    ("2025/09/04", "Sophie DUBOIS", "フランス", "19AV52814", "12 rue des Lilas, Lyon, France", "デザイナー"),
    ("2025/09/05", "Oliver SCHMIDT", "ドイツ", "C4R7K1N92", "Bergstr. 7, 80331 München", "医師"),
    ("2025/09/05", "NGUYEN Thi Lan", "ベトナム", "C8834517", "Quận 3, TP. Hồ Chí Minh", "会社員"),
]
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="CSV of 7 foreign guests with passport numbers sent outside (police request)",
    sender=HASEBE,
    to=["吾妻警察署 生活安全課 <seian@agatsuma-keisatsu.lg.jp>"],
    subject="宿泊者名簿（外国人宿泊者分）の提出について",
    charset="shift_jis",
    body=(
        "吾妻警察署 生活安全課 御中\n\n"
        "平素より大変お世話になっております。\n湯ノ沢温泉 日の出館 総務課の長谷部でございます。\n\n"
        "先日お電話でご依頼いただきました、9月2日～5日の外国人宿泊者の名簿を\n"
        "CSV形式にて送付いたします。旅券の写しはフロントで保管しております。\n\n"
        "ご不明な点がございましたら、総務課までお問い合わせください。\n" + sig("hasebe", 2)),
    attachments=[{
        "kind": "csv", "name": "外国人宿泊者名簿_202509.csv", "encoding": "cp932",
        "rows": [["宿泊日", "氏名", "国籍", "旅券番号", "住所", "職業"]] + [list(r) for r in _fg],
    }],
)

# 004  English: no-show charge with card number to an OTA
add(
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a guest's full credit card number sent to an OTA",
    sender=OGAWA,
    to=["StayLoop Partner Support <partner-support@stayloop.com>"],
    subject="No-show charge - Booking SL-88213457 (card declined)",
    charset="utf-8",
    body=(
        "Hello StayLoop Partner Support team,\n\n"
        "We tried to charge the no-show fee for booking SL-88213457 (check-in 14 Sep, 2 nights, "
        "Deluxe Japanese Room with private open-air bath) but the card was declined twice.\n\n"
        "Details as shown in the extranet:\n"
        "  Guest name : Marcus ELLERY\n"
        f"  Card       : {' '.join(card_number(4501)[i:i + 4] for i in range(0, 16, 4))}\n"
        "  Expiry     : 08/27\n"
        "  Amount     : JPY 96,800 (100% of first night + 2nd night per policy)\n\n"
        "Could you please advise whether we should re-try or if StayLoop will collect the fee "
        "under the guarantee programme?\n"
        + sig_en("Rina Ogawa", "International Sales & Reservations", "ogawa.rina")),
)

# 005  English disclaimer on an ordinary rate mail to an OTA
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="rate-plan mail to one OTA with the standard English disclaimer",
    sender=OGAWA,
    to=["yuki.tan@nipponinns.com"],
    subject="Winter rate plans 2025-26 loaded in extranet",
    charset="utf-8",
    body=(
        "Dear Yuki,\n\n"
        "Thank you for your support as always. We have loaded the winter plans into the extranet:\n\n"
        "  WIN-KAI-01  Kaiseki dinner & breakfast, standard room    JPY 28,600 pp\n"
        "  WIN-KAI-02  Kaiseki dinner & breakfast, room w/ open bath JPY 41,800 pp\n"
        "  WIN-SNW-01  Snow monkey tour package (2 nights)           JPY 63,000 pp\n\n"
        "Blackout dates: 29 Dec - 3 Jan. Minimum stay 2 nights on Saturdays in February.\n"
        "Please let me know if the mapping looks fine on your side.\n"
        + sig_en("Rina Ogawa", "International Sales & Reservations", "ogawa.rina") + DISCLAIMER_EN),
)

# 006  bath accident report DOCX with medical history to the insurer
_v = people(6, 1, born=(1946, 1948))[0]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident report on one guest with diagnosis and medical history sent to the insurer",
    sender=SAEGUSA,
    to=["ときわ損害保険 賠償責任保険センター <baisho-kanto@tokiwa-sonpo.co.jp>"],
    subject="施設賠償責任保険　事故報告（大浴場での転倒事故）",
    charset="iso-2022-jp",
    body=(
        "ときわ損害保険株式会社\n賠償責任保険センター ご担当者様\n\n"
        "お世話になっております。日の出館 支配人の三枝でございます。\n"
        "証券番号 BL-7730-2291 の施設賠償責任保険につき、事故の報告をいたします。\n"
        "詳細は添付の事故報告書をご参照ください。\n"
        "ご本人様とご家族には、保険でのご対応となる可能性がある旨をお伝え済みです。\n\n"
        "よろしくお願いいたします。\n" + sig("saegusa")),
    attachments=[{
        "kind": "docx", "name": "事故報告書_20251012_大浴場.docx",
        "paragraphs": [
            "事故報告書", "報告日：2025年10月13日　報告者：支配人 三枝 浩一",
            "1. 発生日時：2025年10月12日（日）6時40分頃",
            "2. 発生場所：大浴場「岩の湯」露天風呂入口の洗い場付近",
            f"3. 被災者：{_v.name}（{_v.kana}）様　{wareki(_v.dob)}生（{_v.age}歳）",
            f"　住所：〒{_v.zip} {_v.addr}　電話：{_v.tel}",
            "4. 状況：濡れた石畳で足を滑らせ転倒。右股関節の痛みを訴え、救急車で吾妻中央病院へ搬送。",
            "5. 診断：右大腿骨頸部骨折（同病院整形外科、手術予定）",
            "6. 既往歴（ご家族より聴取）：高血圧症、5年前に脳梗塞（軽度の左下肢しびれが残る）",
            "7. 当館の対応：転倒防止マットを追加、露天入口に注意表示を増設",
        ],
    }],
)

# 007  seasonal staff moving into the dorm — ASCII padded table to the housing company
_s = people(7, 6, born=(1985, 2005))
_rows = [["部屋", "氏名", "生年月日", "携帯", "入寮日", "緊急連絡先(続柄)"]]
for i, p in enumerate(_s):
    _rows.append([f"{'AB'[i // 3]}-{10 + i}", p.name, seireki(p.dob, "."), p.tel, "12/1" if i < 4 else "12/8",
                  f"{people(700 + i, 1)[0].tel}（{['母', '父', '姉', '母', '兄', '配偶者'][i]}）"])
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 seasonal workers with birth dates and phones in a padded text table to the housing company",
    sender=HASEBE,
    to=["湯ノ沢不動産 管理部 <kanri@yunosawa-fudosan.co.jp>"],
    subject="冬季スタッフ寮　12月入寮者のご連絡",
    charset="iso-2022-jp",
    body=(
        "湯ノ沢不動産株式会社 管理部\n江口様\n\n"
        "いつもお世話になっております。日の出館 総務の長谷部です。\n"
        "スキーシーズンの季節スタッフ、12月入寮分が確定しましたのでお知らせします。\n"
        "鍵の受け渡しは各日 15時に寮の管理人室でお願いできればと存じます。\n\n"
        + pad_table(_rows) + "\n\n"
        "B棟の給湯器の件も、あわせてご確認いただけますと助かります。\n" + sig("hasebe", 1)),
)

# 008  NDA talk with the partner law firm — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA draft with one partner; the word 機密 appears only in clauses, no stamp",
    sender=SEO,
    to=["白川法律事務所 弁護士 白川 <shirakawa@shirakawa-law.jp>"],
    subject="StayLoop社との秘密保持契約書（案）のご確認のお願い",
    charset="shift_jis",
    body=(
        "白川法律事務所\n白川先生\n\n"
        "いつもお世話になっております。日の出産業 温泉旅館事業部の瀬尾でございます。\n\n"
        "海外OTAのStayLoop社と販売データの共有を始めるにあたり、先方から秘密保持契約書の\n"
        "ドラフトが届きました。英文・和文併記で、準拠法がシンガポール法となっている点、\n"
        "機密情報の定義に「口頭で開示された情報」が含まれていない点が気になっております。\n\n"
        "お手数ですが、来週中にコメントをいただけますと幸いです。\n" + sig("seo")),
    attachments=[{
        "kind": "docx", "name": "NDA_StayLoop_draft_v2.docx",
        "paragraphs": [
            "秘密保持契約書（案） / Mutual Non-Disclosure Agreement (Draft)",
            "第1条（機密情報の定義）本契約において機密情報とは、開示当事者が書面により機密である旨を明示して"
            "開示した技術上又は営業上の情報をいう。",
            "第2条（秘密保持義務）受領当事者は、機密情報を第三者に開示又は漏えいしてはならない。",
            "第3条（有効期間）本契約の有効期間は締結日から3年間とする。",
            "第4条（準拠法）本契約はシンガポール法に準拠する。",
        ],
    }],
)

# 009  halal (religion) request for a named guest to the food partner
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="religion (Muslim, halal) of an identified guest sent to a supplier: 要配慮個人情報",
    sender=DAIKOKU,
    to=["北国フーズ 営業部 高梨様 <takanashi@kitaguni-foods.co.jp>"],
    subject="11/3ご宿泊　ハラール対応食材のご相談",
    charset="iso-2022-jp",
    body=(
        "北国フーズ株式会社\n高梨様\n\n"
        "お世話になっております。日の出館 料理長の大黒です。\n\n"
        "11月3日から2泊される、マレーシアからのお客様\n"
        "　Ahmad Faizal bin Rahman 様、奥様の Nurul Huda 様、ご長女（8歳）\n"
        "がムスリムでいらっしゃり、ハラールでのお食事をご希望です。\n"
        "豚由来の原材料・アルコール（みりん・料理酒含む）を使用しない献立にしたいので、\n"
        "ハラール認証のある和牛・鶏肉、認証済みの醤油の取り扱いがあればお見積りをお願いします。\n"
        "お祈りの時間に合わせて夕食は19:30開始の予定です。\n\n"
        "よろしくお願いします。\n" + sig("daikoku", 1)),
)

# 010  quoted reply: the agency's rooming list is only in the quote
_q = people(10, 8)
_quoted = "\n".join(f"> {i + 1}. {p.name}（{p.kana}） {p.tel}" for i, p in enumerate(_q))
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="reply that only quotes the agency's own participant list with '>'; new text has no personal data",
    sender=KOMATSU,
    to=["shuyu-kanko 団体課 <dantai@shuyu-kanko.co.jp>"],
    subject="Re: 【日本周遊観光】11/22 湯ノ沢・草津周遊 参加者名簿",
    charset="iso-2022-jp",
    body=(
        "日本周遊観光株式会社 団体課\n大島様\n\n"
        "お世話になっております。日の出館の小松です。\n"
        "参加者名簿、確かに受領いたしました。8名様・4室で手配いたします。\n"
        "お部屋割りは当日フロントでお渡しいたします。\n\n" + sig("komatsu", 1) + "\n"
        "> 日の出館 小松様\n>\n> いつもお世話になっております。日本周遊観光の大島です。\n"
        "> 11/22 ツアーの参加者名簿をお送りします。\n>\n" + _quoted + "\n>\n> 以上、よろしくお願いいたします。\n"),
)

# 011  look-alike of the partner hotel (sakura-hote1.jp)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient domain sakura-hote1.jp imitates partner sakura-hotel.jp (digit 1 for l)",
    sender=KOMATSU,
    to=["さくらホテル 宿泊予約 <yoyaku@sakura-hote1.jp>"],
    subject="満室のためお客様ご紹介のお願い（12/6 1泊 2名様）",
    charset="iso-2022-jp",
    body=(
        "さくらホテル 宿泊予約ご担当者様\n\n"
        "いつもお世話になっております。日の出館の小松です。\n"
        "12/6（土）当館が満室のため、お問い合わせいただいたお客様をご紹介させてください。\n\n"
        "　代表者：茅野 俊介 様（2名様・禁煙ツイン希望）\n"
        "　ご連絡先：090-3318-7724\n　到着予定：17時頃（お車）\n\n"
        "お受けいただける場合は、お客様へ直接ご連絡いただけますと幸いです。\n" + sig("komatsu")),
)

# 012  one business contact (the tour conductor) to the bus company — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="one partner-side business contact (tour conductor's mobile) in a normal dispatch mail",
    sender=ADACHI,
    to=["湯けむり交通 配車係 <haisha@yukemuri-kotsu.co.jp>"],
    subject="11/22 周遊ツアー 送迎バスの件",
    charset="shift_jis",
    body=(
        "湯けむり交通株式会社\n配車係 ご担当者様\n\n"
        "お世話になっております。日の出館 フロントの安達です。\n"
        "11/22（土）日本周遊観光様のツアー（8名様）の送迎をお願いいたします。\n\n"
        "　往路：JR湯ノ沢口駅 14:50 発 → 日の出館\n　復路：11/23 9:30 日の出館発 → 草津バスターミナル\n\n"
        "当日の添乗員は日本周遊観光の大島様です（携帯 080-6621-4093）。\n"
        "遅延などの際は大島様と直接ご調整ください。\n" + sig("adachi", 2)),
)

# 013  HTML-only: shuttle boarding list with mobiles to the bus company
_b = people(13, 7)
_stops = ["湯ノ沢口駅", "湯ノ沢口駅", "道の駅ゆのさわ", "湯ノ沢口駅", "高崎駅西口", "高崎駅西口", "道の駅ゆのさわ"]
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 passengers and their mobiles to an external bus company",
    sender=ADACHI,
    to=["湯けむり交通 配車係 <haisha@yukemuri-kotsu.co.jp>"],
    subject="10/25 送迎バス 乗車名簿",
    charset="utf-8",
    html=(
        "<html><body style=\"font-family:'Meiryo',sans-serif\">"
        "<p>湯けむり交通株式会社<br>配車係 ご担当者様</p>"
        "<p>お世話になっております。日の出館 フロントの安達です。<br>"
        "10/25（土）の送迎バス乗車名簿をお送りします。遅れる方がいた場合は、"
        "各自の携帯へ直接ご連絡をお願いします。</p>"
        + html_table([["No", "氏名", "乗車場所", "乗車時刻", "携帯電話"]] + [
            [i + 1, p.name, _stops[i], "14:30" if "駅" in _stops[i] else "14:05", p.tel] for i, p in enumerate(_b)])
        + "<p>よろしくお願いいたします。</p>"
        "<p>--<br>日の出産業株式会社 温泉旅館事業部<br>湯ノ沢温泉 日の出館 フロント 安達 健吾<br>"
        "TEL 0279-88-1230</p></body></html>"),
)

# 014  internal only: the full foreign guest register with passports to 総務
_fi = [["宿泊日", "部屋", "氏名", "国籍", "旅券番号", "生年月日"],
       ["2025/10/01", "305", "Lucas MARTIN", "フランス", "20CH41187", "1988/02/11"],
       ["2025/10/01", "305", "Camille MARTIN", "フランス", "20CH41190", "1990/07/30"],
       ["2025/10/02", "210", "LEE Junho", "韓国", "M70211548", "1995/12/03"],
       ["2025/10/02", "211", "Priya RAMAN", "インド", "Z6618420", "1984/05/19"],
       ["2025/10/03", "402", "CHEN Yuting", "台湾", "313558042", "1999/09/09"],
       ["2025/10/04", "207", "Maria SANTOS", "フィリピン", "P4471120B", "1979/01/25"]]
add(
    expect="pass",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=[],
    note="all recipients internal; passport register stays inside hinode-sangyo.co.jp",
    sender=ADACHI,
    to=[HASEBE],
    cc=["フロント共有 <front@hinode-sangyo.co.jp>"],
    subject="10月分 外国人宿泊者名簿（旅券番号入り）",
    charset="iso-2022-jp",
    body="長谷部さん\n\nお疲れさまです。安達です。\n10月第1週分の外国人宿泊者名簿です。旅券コピーは金庫のファイルに綴じてあります。\n\n安達\n",
    attachments=[{"kind": "xlsx", "name": "外国人宿泊者名簿_202510_w1.xlsx",
                  "sheets": {"10月第1週": _fi}}],
)

# 015  My Numbers and pension numbers of seasonal staff to the labour consultant (XLSX)
_m = people(15, 5, born=(1970, 2004))
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with My Numbers and basic pension numbers of 5 seasonal workers to a labour consultant",
    sender=FUJIMAKI,
    to=["高峰社会保険労務士事務所 <office@takamine-sr.jp>"],
    subject="冬季雇用スタッフ5名 資格取得届の作成依頼",
    charset="utf-8",
    body=(
        "高峰社会保険労務士事務所\n高峰先生\n\n"
        "お世話になっております。日の出産業 温泉旅館事業部の藤巻です。\n"
        "12月1日付で雇い入れる季節スタッフ5名分の社会保険・雇用保険の資格取得届をお願いしたく、\n"
        "必要項目をまとめたファイルをお送りします。\n"
        "扶養に入る方はいません。ご不明点があればご連絡ください。\n" + sig("fujimaki")),
    attachments=[{
        "kind": "xlsx", "name": "資格取得_202512.xlsx",
        "sheets": {
            "取得者一覧": [["季節雇用スタッフ　資格取得データ（2025年12月1日取得）"], [],
                      ["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "基礎年金番号", "住所", "月額報酬"]] + [
                [f"S25{31 + i:03d}", p.name, p.kana, wareki(p.dob), my_number(4502 + i),
                 f"{4120 + i * 37:04d}-{random.Random(i).randint(100000, 999999)}", p.addr, 220000 + 10000 * i]
                for i, p in enumerate(_m)],
            "メモ": [["備考"], ["標準報酬月額は見込み額で記入"], ["雇用期間：2025/12/1～2026/3/31"]],
        },
    }],
)

# 016  three travel agencies in To — should have been Bcc
add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external travel agencies can see each other in To",
    sender=SEO,
    to=["murakami.kei@tohto-tourist.co.jp", "tanabe@minato-travel.co.jp", "dantai@shuyu-kanko.co.jp"],
    subject="年末年始（12/28～1/4）客室アロットメントのご案内",
    charset="iso-2022-jp",
    body=(
        "旅行会社各位\n\n"
        "平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n"
        "日の出館 営業課の瀬尾でございます。\n\n"
        "年末年始期間の客室アロットメントを下記のとおりご案内いたします。\n"
        "返室期限は 12月14日（日） とさせていただきます。\n\n"
        "　・12/28～12/30　和室10畳　各社 3室\n"
        "　・12/31～1/2　　和室10畳　各社 2室（年越し会席プラン限定）\n"
        "　・1/3～1/4　　　和洋室　　各社 2室\n\n"
        "何卒よろしくお願い申し上げます。\n" + sig("seo")),
)

# 017  two partner organisations in To — a normal three-way mail
add(
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations (さくらホテル, 青葉運輸) in To: a normal coordination mail",
    sender=ADACHI,
    to=["さくらホテル フロント 堀様 <hori@sakura-hotel.jp>", "青葉運輸 湯ノ沢営業所 <yunosawa@aoba-unyu.co.jp>"],
    subject="手ぶら観光サービス（ホテル間荷物配送）開始日の調整",
    charset="iso-2022-jp",
    body=(
        "さくらホテル 堀様\n青葉運輸 湯ノ沢営業所 ご担当者様\n\n"
        "お世話になっております。日の出館の安達です。\n"
        "両館間の当日荷物配送サービスについて、開始日を 12/1（月）で調整させてください。\n\n"
        "　集荷：各館 10:00 / 配達：15:00 まで\n　料金：1個 1,100円（税込）、フロント精算\n\n"
        "運用マニュアル（案）は来週お送りします。よろしくお願いいたします。\n" + sig("adachi", 1)),
)

# 018  FW: an agency mail listing souvenir deliveries to each participant's home → 青葉運輸
_h = people(18, 7, born=(1940, 1958))
_fw = "\n".join(f"{i + 1}）{p.name} 様　〒{p.zip} {p.addr}　TEL {p.tel}　{['地酒セット', '温泉まんじゅう', '花豆甘納豆'][i % 3]}"
                for i, p in enumerate(_h))
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded agency mail: 7 participants' home addresses and phones are new text to the carrier",
    sender=ADACHI,
    to=["青葉運輸 湯ノ沢営業所 <yunosawa@aoba-unyu.co.jp>"],
    subject="FW: 【湯ノ沢長寿会様】お土産のご自宅配送について",
    charset="shift_jis",
    body=(
        "青葉運輸 湯ノ沢営業所 御中\n\n"
        "お世話になっております。日の出館の安達です。\n"
        "旅行会社様から届いたお土産配送のご依頼を転送します。10/30（木）午前に集荷をお願いします。\n"
        "品物はフロント横にまとめて置いておきます。\n\n"
        "-----Forwarded Message-----\n"
        "差出人: 東都ツーリスト 村上 <murakami.kei@tohto-tourist.co.jp>\n"
        "送信日時: 2025年10月27日 16:12\n宛先: 日の出館 フロント\n件名: 【湯ノ沢長寿会様】お土産のご自宅配送について\n\n"
        "日の出館 ご担当者様\n\n長寿会様のうち、お土産の自宅配送をご希望の方は以下のとおりです。\n\n"
        + _fw + "\n\n送料は旅行会社精算でお願いします。\n東都ツーリスト 村上\n"),
)

# 019  CSV UTF-8: DM mailing list of repeat guests to the printing partner
_dm = people(19, 9)
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV mailing list of 9 repeat guests (name + home address) sent to a printer",
    sender=NOZAKI,
    to=["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    subject="冬季DMはがき　宛名データ送付（テスト分9件）",
    charset="utf-8",
    body=(
        "錦印刷株式会社 DM事業部\n野上様\n\n"
        "お世話になっております。日の出館 販促担当の野崎です。\n"
        "冬季DMはがきの宛名データ、まずはレイアウト確認用に9件お送りします。\n"
        "本番データ（約3,200件）はレイアウトOK後にお送りします。\n" + sig("nozaki")),
    attachments=[{
        "kind": "csv", "name": "dm_winter_test.csv", "encoding": "utf-8",
        "rows": [["会員番号", "郵便番号", "住所", "氏名", "敬称", "最終宿泊日"]] + [
            [f"M{70311 + i * 13}", p.zip, p.addr, p.name_nb, "様", f"2025/0{1 + i % 8}/1{i}"]
            for i, p in enumerate(_dm)],
    }],
)

# 020  one free-mail guest: lost property reply
add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one guest on free mail about a lost item; no third party's data",
    sender=ADACHI,
    to=["m.kanzaki.0712@gmail.com"],
    subject="Re: 忘れ物のお問い合わせ（10/19ご宿泊）",
    charset="iso-2022-jp",
    body=(
        "神崎様\n\n"
        "このたびは日の出館をご利用いただき、誠にありがとうございました。\n"
        "お問い合わせのお忘れ物ですが、307号室の金庫内に、紺色の名刺入れと\n"
        "腕時計（銀色・文字盤白）がございました。フロントにて保管しております。\n\n"
        "着払いでのご返送が可能ですので、お送り先のご住所とご希望の配達日時を\n"
        "ご返信いただけますでしょうか。保管期間は3か月となっております。\n" + sig("adachi")),
)

# 021  PDF with 取扱注意 header: bathers with symptoms to the public health centre
_l = people(21, 6, born=(1945, 1990))
_sym = ["発熱・咳（10/14 肺炎の診断で入院）", "発熱 38.5℃、倦怠感", "咳・頭痛（外来受診、レジオネラ尿中抗原陽性）",
        "症状なし", "下痢・発熱", "発熱・筋肉痛（基礎疾患：糖尿病）"]
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="PDF list of 6 bathers with symptoms/diagnoses (health data) and a 取扱注意 stamp, to the health centre",
    sender=MUTO,
    to=["吾妻保健福祉事務所 衛生環境係 <eisei@agatsuma-hc.pref-gunma.lg.jp>"],
    subject="入浴施設利用者の健康状況調査について（回答）",
    charset="iso-2022-jp",
    body=(
        "吾妻保健福祉事務所 衛生環境係\n御担当 様\n\n"
        "お世話になっております。日の出館 施設管理課の武藤です。\n"
        "10月10日～12日に大浴場を利用された宿泊者のうち、当館から連絡がついた方の\n"
        "健康状況を取りまとめましたので、添付のとおり回答いたします。\n"
        "浴槽水の再検査結果は判明し次第お送りします。\n" + sig("muto")),
    attachments=[{
        "kind": "pdf", "name": "健康状況調査_回答_日の出館.pdf", "title": "健康状況調査 回答",
        "page_header": "取扱注意", "page_footer": "日の出館 施設管理課",
        "lines": ["入浴施設利用者の健康状況調査　回答書", "対象：2025年10月10日～12日 大浴場利用の宿泊者", ""],
        "table": [["No", "氏名", "年齢", "住所", "電話", "宿泊日", "症状・受診状況"]] + [
            [i + 1, p.name, p.age, p.addr, p.tel, f"10/{10 + i % 3}", _sym[i]] for i, p in enumerate(_l)],
    }],
)

# 022  statistics without people to the tourism association
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="monthly occupancy and nationality counts: statistics, no person",
    sender=NOZAKI,
    to=["湯ノ沢温泉観光協会 事務局 <info@yunosawa-kanko.or.jp>"],
    subject="9月分 宿泊実績（観光統計調査）のご報告",
    charset="iso-2022-jp",
    body=(
        "湯ノ沢温泉観光協会 事務局 御中\n\n"
        "いつもお世話になっております。日の出館の野崎です。\n9月分の宿泊実績をご報告します。\n\n"
        + pad_table([["区分", "人泊数", "前年同月比"], ["日本人", "3,412", "102.4%"], ["外国人", "688", "131.0%"],
                     ["　うち台湾", "214", "118.2%"], ["　うち米国", "151", "140.7%"], ["　うち韓国", "97", "88.9%"],
                     ["合計", "4,100", "106.5%"]])
        + "\n\n客室稼働率：81.3%（平日 72.0% / 休前日 97.8%）\n団体比率：14.6%\n" + sig("nozaki", 1)),
)

# 023  disability of a named guest to the care taxi
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one guest's disability (身体障害者手帳, paralysis after stroke) sent to a taxi company",
    sender=ADACHI,
    to=["ふれあい介護タクシー <yoyaku@fureai-care-taxi.jp>"],
    subject="車椅子のお客様の送迎のお願い（11/15）",
    charset="iso-2022-jp",
    body=(
        "ふれあい介護タクシー ご担当者様\n\n"
        "お世話になっております。湯ノ沢温泉 日の出館 フロントの安達です。\n"
        "下記のとおり送迎をお願いできますでしょうか。\n\n"
        "　日時：11月15日（土）13:40 JR湯ノ沢口駅 改札前\n"
        "　お客様：東海林 和子 様（82歳）\n"
        "　　脳梗塞の後遺症で左半身に麻痺があり、身体障害者手帳2級をお持ちです。\n"
        "　　自走式の車椅子をご利用、乗降時に介助が必要です。\n"
        "　同行：ご長女 東海林 真由 様（携帯 080-2214-6630）\n\n"
        "料金は当館でお立替えし、ご精算時にいただく予定です。\n" + sig("adachi", 1)),
)

# 024  bullet list of shops/facilities (businesses, not people) to an agency
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="list of affiliated facilities with phones and addresses: businesses, not people",
    sender=SEO,
    to=["kaede-travel 仕入課 <shiire@kaede-travel.jp>"],
    subject="提携施設一覧（パンフレット掲載用）",
    charset="shift_jis",
    body=(
        "かえでトラベル 仕入課\n森永様\n\n"
        "お世話になっております。日の出館の瀬尾です。\n"
        "パンフレットに掲載いただく提携施設の一覧をお送りします。\n\n"
        "・日の出館（本館）　〒377-1798 群馬県吾妻郡湯ノ沢町大字湯ノ沢123　TEL 0279-88-1230\n"
        "・別邸 翠月　〒413-0411 静岡県賀茂郡東伊豆町稲取 2015-8　TEL 0557-95-3310\n"
        "・日帰り湯「ひのでの湯」　〒377-1798 湯ノ沢町大字湯ノ沢 140　TEL 0279-88-1400\n"
        "・湯ノ沢温泉観光協会　〒377-1798 湯ノ沢町大字湯ノ沢 88-2　TEL 0279-88-2020\n"
        "・湯けむり交通（送迎）　TEL 0279-88-5151\n"
        "・青葉運輸 湯ノ沢営業所（手荷物配送）　TEL 0279-88-4410\n\n"
        "掲載順はお任せいたします。\n" + sig("seo", 2)),
)

# 025  ZIP (not encrypted) with applicants' CSV and an XLSX to the staffing agency
_a = people(25, 6, born=(1980, 2005))
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP with a CSV and an XLSX of 6 hired seasonal applicants (DOB, address, phone) to a staffing agency",
    sender=FUJIMAKI,
    to=["リゾートワークス 湯ノ沢担当 <yunosawa@resort-works.co.jp>"],
    subject="冬季リゾートバイト 採用決定者のご連絡（6名）",
    charset="utf-8",
    body=(
        "株式会社リゾートワークス\n湯ノ沢担当 石黒様\n\n"
        "お世話になっております。日の出館の藤巻です。\n"
        "先日面接させていただいた方のうち、6名の採用が決まりました。\n"
        "採用者一覧と面接時のメモをzipでお送りします。寮の手配は当館で行います。\n" + sig("fujimaki", 1)),
    attachments=[{
        "kind": "zip", "name": "採用決定者_冬季.zip",
        "files": [
            {"kind": "csv", "name": "採用決定者.csv", "encoding": "cp932",
             "rows": [["氏名", "フリガナ", "生年月日", "住所", "携帯", "配属"]] + [
                 [p.name, p.kana, seireki(p.dob), p.addr, p.tel, ["客室", "洗い場", "フロント", "客室", "売店", "送迎"][i]]
                 for i, p in enumerate(_a)]},
            {"kind": "xlsx", "name": "面接メモ.xlsx",
             "sheets": {"面接": [["氏名", "評価", "勤務開始", "コメント"]] + [
                 [p.name, "ABACBB"[i], "12/1", ["経験あり", "普通免許あり", "英語可", "寮希望", "短期", "大型二種"][i]]
                 for i, p in enumerate(_a)]}},
        ],
    }],
)

# =========================================================================================
# 026  attached mail (.eml) with 5 OTA bookings, sent to the PMS vendor
_o = people(26, 5)
_inner = {
    "sender": "Nippon Inns Online <noreply@nipponinns.com>",
    "to": ["日の出館 予約課 <yoyaku@hinode-sangyo.co.jp>"],
    "subject": "[Nippon Inns] 新規予約通知 5件（2025/11/14 チェックイン）",
    "charset": "utf-8",
    "body": "日の出館 様\n\n以下の予約が確定しました。\n\n" + "\n".join(
        f"予約番号: NI-{5512090 + i * 7}\n宿泊者: {p.name}（{p.kana}）\nTEL: {p.tel}\nE-mail: {p.mail}\n"
        f"プラン: 会席夕朝食付き 和室10畳 / 大人2名\n" for i, p in enumerate(_o))
        + "\n※このメールは送信専用です。\nNippon Inns Online\n",
}
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="attached OTA notification mail with 5 guests' phones and e-mail addresses sent to a vendor",
    sender=KOMATSU,
    to=["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    subject="【至急】11/14 二重予約の件（元メールを添付します）",
    charset="iso-2022-jp",
    body=(
        "ツバサシステム サポートセンター ご担当者様\n\n"
        "お世話になっております。日の出館 予約課の小松です。\n"
        "11/14 チェックイン分で、OTA連携の在庫が戻らず二重予約が5件発生しました。\n"
        "サイトコントローラのログと突き合わせていただきたく、OTAからの通知メールを添付します。\n"
        "施設コード：HNK-0147\n\n至急ご確認をお願いいたします。\n" + sig("komatsu")),
    attachments=[{"kind": "eml", "name": "新規予約通知_1114.eml", "message": _inner}],
)

# 027  Japanese disclaimer on an ordinary plan update to a domestic OTA
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary plan update with the Japanese confidentiality disclaimer",
    sender=NOZAKI,
    to=["たびやど.jp 施設サポート <shisetsu@tabiyado.jp>"],
    subject="冬季プラン掲載内容の変更依頼（施設ID 30-22817）",
    charset="shift_jis",
    body=(
        "たびやど.jp 施設サポートご担当者様\n\n"
        "いつもお世話になっております。日の出館の野崎です。\n"
        "下記プランの掲載内容の変更をお願いします。\n\n"
        "　プランコード PL-WIN-0114「上州牛すき焼き会席」\n"
        "　　変更前：夕食 18:00/18:30 のみ\n　　変更後：夕食 18:00/18:30/19:00\n"
        "　プランコード PL-WIN-0120「素泊まり（連泊割）」販売終了 12/20\n\n"
        "以上、よろしくお願いいたします。\n" + sig("nozaki") + DISCLAIMER_JA),
)

# 028  residence card number of a foreign seasonal worker to a staffing company
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one worker's 在留カード number and birth date sent to an external staffing company",
    sender=FUJIMAKI,
    to=["サンライズ人材 登録支援課 <shien@sunrise-jinzai.co.jp>"],
    subject="グエン・ヴァン・ドゥック様　在留カード記載内容の確認",
    charset="utf-8",
    body=(
        "株式会社サンライズ人材\n登録支援課　宮内様\n\n"
        "お世話になっております。日の出館の藤巻です。\n"
        "12月から調理補助で受け入れる特定技能の方について、在留カードの記載内容を確認させてください。\n\n"
        "　氏名：NGUYEN VAN DUC（グエン・ヴァン・ドゥック）\n"
        "　生年月日：1999年7月21日\n"
        "　在留カード番号：UH48217730KA\n"
        "　在留資格：特定技能1号（宿泊）　在留期間満了日：2026年8月9日\n\n"
        "期間更新の手続き時期について、御社の支援計画に沿って進めたいと考えております。\n" + sig("fujimaki")),
)

# 029  one family (4 people) — pass with a warning
_f = people(29, 4, born=(1980, 2018))
add(
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one family of four (ages, one phone) to the booking agency: up to 4 records, may be warned",
    sender=KOMATSU,
    to=["東都ツーリスト 個人旅行課 <kojin@tohto-tourist.co.jp>"],
    subject="Re: 12/27 ファミリープラン ご家族様の情報確認",
    charset="iso-2022-jp",
    body=(
        "東都ツーリスト 個人旅行課 ご担当者様\n\n"
        "お世話になっております。日の出館の小松です。\n"
        "子ども料金の区分を確定するため、宿泊者名簿の内容を以下で控えました。\n\n"
        f"　代表　{_f[0].name} 様　{seireki(_f[0].dob)} 生　携帯 {_f[0].tel}\n"
        f"　同行　{_f[1].name} 様　{seireki(_f[1].dob)} 生\n"
        "　同行　（お子様）小学生　1名、未就学児　1名（添い寝）\n\n"
        "お子様の学年に相違があればお知らせください。\n" + sig("komatsu", 1)),
)

# 030  look-alike of our own domain (hinode-sangyou.co.jp)
_k = people(30, 1)[0]
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient hinode-sangyou.co.jp is a one-letter typo of the organisation's own domain",
    sender=HASEBE,
    to=["藤巻 恵 <fujimaki.megumi@hinode-sangyou.co.jp>"],
    subject="寮の部屋割り変更（B-14 → A-11）",
    charset="iso-2022-jp",
    body=(
        "藤巻さん\n\nお疲れさまです。長谷部です。\n"
        "先週入寮したスタッフの部屋を変更しましたので共有します。\n\n"
        f"　{_k.name}さん（{seireki(_k.dob, '.')}生）携帯 {_k.tel}\n"
        "　B-14 → A-11（12/10から。騒音の申し出のため）\n\n"
        "雇用契約書の住所欄は変わりません。\n長谷部\n"),
)

# 031  TSV attachment of mismatched OTA bookings (English)
_t = people(31, 8)
add(
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="TSV of 8 guests with e-mail and phone sent to an OTA for reconciliation",
    sender=OGAWA,
    to=["StayLoop Finance <finance-apac@stayloop.com>"],
    subject="Reservation reconciliation - September (8 mismatched bookings)",
    charset="utf-8",
    body=(
        "Hi StayLoop Finance team,\n\n"
        "Attached is the list of September bookings where our PMS amount differs from your "
        "commission statement (statement no. SLF-2509-0147). Mostly these are guests who changed "
        "room type at check-in.\n\nCould you check and re-issue the statement?\n"
        + sig_en("Rina Ogawa", "International Sales & Reservations", "ogawa.rina")),
    attachments=[{
        "kind": "txt", "name": "mismatch_2509.tsv", "encoding": "utf-8",
        "text": "\n".join(["Booking ID\tGuest\tEmail\tPhone\tCheck-in\tNights\tPMS (JPY)\tStatement (JPY)"] + [
            f"SL-{88100311 + i * 91}\t{p.romaji}\t{p.mail}\t{p.tel}\t2025-09-{3 + i * 3:02d}\t{1 + i % 2}\t"
            f"{48400 + i * 3300:,}\t{44000 + i * 3300:,}" for i, p in enumerate(_t)]) + "\n",
    }],
)

# 032  reply quoting the agency's list under -----Original Message-----
_oq = people(32, 6)
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="the participant list with phones is only in the quoted original message",
    sender=KOMATSU,
    to=["kaede-travel 団体手配 <tehai@kaede-travel.jp>"],
    subject="RE: 12/6 忘年会プラン 参加者リスト",
    charset="shift_jis",
    body=(
        "かえでトラベル 団体手配　森永様\n\n"
        "お世話になっております。日の出館の小松です。\n"
        "リストありがとうございます。6名様、和洋室3室で確定いたしました。\n"
        "宴会は個室「桔梗」でご用意いたします。\n\n小松\n\n"
        "-----Original Message-----\n"
        "From: 森永 <tehai@kaede-travel.jp>\nSent: Monday, November 17, 2025 10:02 AM\n"
        "To: 日の出館 予約課\nSubject: 12/6 忘年会プラン 参加者リスト\n\n"
        "日の出館 小松様\n\n参加者リストです。\n\n" + "\n".join(
            f"{p.name}\t{p.tel}" for p in _oq) + "\n\nよろしくお願いします。\nかえでトラベル 森永\n"),
)

# 033  driver's licence number of a third party (car park accident) to the insurer
_d = people(33, 1, born=(1970, 1990))[0]
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a guest's driving licence number with address and phone sent to the insurer",
    sender=MUTO,
    to=["ときわ損害保険 自動車事故受付 <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    subject="送迎車両の接触事故について（証券番号 CA-55102874）",
    charset="iso-2022-jp",
    body=(
        "ときわ損害保険 自動車事故受付センター 御中\n\n"
        "お世話になっております。日の出産業 温泉旅館事業部の武藤です。\n"
        "当館駐車場内で、送迎用マイクロバスが宿泊者様の自家用車に接触しました。\n"
        "けが人はおりません。相手方の情報は以下のとおりです。\n\n"
        f"　相手方氏名：{_d.name} 様\n　住所：{_d.addr}\n　電話：{_d.tel}\n"
        "　運転免許証番号：第 304718226590 号（群馬県公安委員会）\n"
        "　車両：トヨタ アクア 群馬 500 ら 27-14\n\n"
        "当方運転手：送迎課 北原（社員）\n事故日時：11/2 9:15頃\n" + sig("muto", 1)),
)

# 034  internal: My Numbers of seasonal staff to 経理
_mi = people(34, 5, born=(1975, 2003))
add(
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers sent only to internal addresses (経理)",
    sender=FUJIMAKI,
    to=[KATAGIRI],
    subject="【源泉徴収票用】季節スタッフ 個人番号",
    charset="utf-8",
    body=(
        "片桐さん\n\nお疲れさまです。藤巻です。\n退職済み季節スタッフの源泉徴収票作成用に、個人番号をお送りします。\n"
        "作業が終わったらメールは削除してください。\n\n"
        + "\n".join(f"{p.name}　{my_number(4507 + i)}" for i, p in enumerate(_mi)) + "\n\n藤巻\n"),
)

# 035  theft victim (crime victim = 要配慮) reported to police with contacts
_tv = people(35, 2)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="two guests identified as victims of a theft (crime victims) with contact details, to police",
    sender=HASEBE,
    to=["吾妻警察署 湯ノ沢駐在所 <yunosawa-chuzai@agatsuma-keisatsu.lg.jp>"],
    subject="脱衣所ロッカーでの盗難被害について（被害届の補足）",
    charset="iso-2022-jp",
    body=(
        "吾妻警察署 湯ノ沢駐在所\n佐伯様\n\n"
        "お世話になっております。日の出館 総務の長谷部です。\n"
        "昨夜の大浴場脱衣所での盗難の件、被害に遭われたお客様の連絡先をお送りします。\n\n"
        f"1. {_tv[0].name} 様　住所 {_tv[0].addr}　TEL {_tv[0].tel}\n"
        "　 被害品：現金約4万円入りの長財布、運転免許証、クレジットカード2枚\n"
        f"2. {_tv[1].name} 様　住所 {_tv[1].addr}　TEL {_tv[1].tel}\n"
        "　 被害品：腕時計（ロレックス）\n\n"
        "防犯カメラの映像（21:00～23:00）はDVDに書き出してお渡しします。\n" + sig("hasebe")),
)

# 036  three private guests on free mail can see each other
add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons on free mail in To (each a party): should have been Bcc",
    sender=KOMATSU,
    to=["kazu.ashida58@yahoo.co.jp", "s-takizawa@icloud.com", "hiro.kuwabara.1960@gmail.com"],
    subject="同窓会ご宿泊（3/14）のご案内",
    charset="iso-2022-jp",
    body=(
        "湯ノ沢高校 昭和53年卒 同窓会 ご参加の皆様\n\n"
        "このたびは日の出館をご予約いただき、ありがとうございます。予約課の小松でございます。\n"
        "幹事の芦田様より、皆様へ直接ご案内するようご依頼いただきました。\n\n"
        "　チェックイン：3月14日（土）15:00～\n　宴会：18:30～ 大広間「白樺」\n"
        "　お支払い：お一人様 18,700円（当日フロントにて各自精算）\n\n"
        "ご不明点はお気軽にお問い合わせください。\n" + sig("komatsu")),
)

# 037  price list XLSX with plan codes to an agency — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="group price list with plan codes; no person",
    sender=SEO,
    to=["murakami.kei@tohto-tourist.co.jp"],
    subject="2026年度 団体料金表（4月～9月）",
    charset="iso-2022-jp",
    body=(
        "東都ツーリスト 村上様\n\nお世話になっております。瀬尾です。\n"
        "2026年度上期の団体料金表をお送りします。前年からの改定は夕食会席のみです。\n" + sig("seo", 1)),
    attachments=[{
        "kind": "xlsx", "name": "団体料金表_2026上期.xlsx",
        "sheets": {
            "料金表": [["湯ノ沢温泉 日の出館　2026年度上期 団体料金（15名以上・税込・1泊2食）"], [],
                    ["プランコード", "プラン", "平日", "休前日", "特定日"],
                    ["GR26-A", "会席A（スタンダード）", 16500, 19800, 22000],
                    ["GR26-B", "会席B（上州牛）", 19800, 23100, 25300],
                    ["GR26-C", "宴会プラン（飲み放題付）", 22000, 25300, 27500]],
            "特定日": [["特定日"], ["2026/5/2～5/5"], ["2026/8/8～8/16"], ["2026/9/19～9/22"]],
        },
    }],
)

# 038  社外秘 stamp in the DOCX header of a net-rate sheet sent to an agency
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX carries a 社外秘 stamp in its header and goes to an external agency",
    sender=SEO,
    to=["かえでトラベル 仕入課 <shiire@kaede-travel.jp>"],
    subject="2026年度 ネット料金および販売戦略について",
    charset="shift_jis",
    body=(
        "かえでトラベル 仕入課\n森永様\n\n"
        "お世話になっております。日の出館の瀬尾です。\n"
        "先日ご相談したネット料金の件、資料をお送りします。\n" + sig("seo")),
    attachments=[{
        "kind": "docx", "name": "2026ネット料金と販売方針.docx", "page_header": "社外秘",
        "paragraphs": ["2026年度 旅行会社向けネット料金と販売方針", "1. ネット料金（販売価格の78%→80%へ改定）",
                       "2. 直販比率目標：42%（2025年度見込み 36%）",
                       "3. 冬季は OTA 向け在庫を平日のみ開放し、休前日は直販優先とする",
                       "4. 別邸翠月は2026年7月から改装のため団体受入れ停止"],
    }],
)

# 039  password-protected ZIP (PPAP) to an agency
add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP cannot be inspected",
    sender=KOMATSU,
    to=["tanabe@minato-travel.co.jp"],
    subject="【ミナトトラベル様】11/8 団体 部屋割り表送付",
    charset="iso-2022-jp",
    body=(
        "ミナトトラベル 田辺様\n\nお世話になっております。日の出館の小松です。\n"
        "11/8 ご到着の団体様の部屋割り表をお送りします。\n"
        "ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。\n" + sig("komatsu", 2)),
    attachments=[{
        "kind": "zip", "name": "heyawari_1108.zip", "password": "Hk1108#minato",
        "files": [{"kind": "xlsx", "name": "部屋割り_1108.xlsx",
                   "sheets": {"部屋割り": [["部屋", "氏名", "携帯"]] + [
                       [f"{201 + i // 2}", p.name, p.tel] for i, p in enumerate(people(39, 10))]}}],
    }],
)

# 040  invoice with our company's 法人番号 / T-number — pass
_cn = corporate_number("070001023456")
add(
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice mail to an agency: invoice number, registration (T) number, company bank account",
    sender=KATAGIRI,
    to=["東都ツーリスト 経理部 <keiri@tohto-tourist.co.jp>"],
    subject="ご請求書送付のご案内（請求書番号 HNK-INV-2510-0082）",
    charset="iso-2022-jp",
    body=(
        "東都ツーリスト株式会社 経理部 御中\n\n"
        "平素は格別のご高配を賜り、厚く御礼申し上げます。\n"
        "10月ご送客分のご請求書をお送りいたします。\n\n"
        "　請求書番号：HNK-INV-2510-0082\n　ご請求金額：1,284,360円（税込）\n"
        "　お支払期限：2025年11月30日\n"
        "　お振込先：みどり銀行 湯ノ沢支店 普通 1123581 ﾆﾁﾉﾃﾞｻﾝｷﾞｮｳ(ｶ\n"
        f"　適格請求書発行事業者登録番号：T{_cn}\n\n"
        "何卒よろしくお願い申し上げます。\n" + sig("katagiri")),
)

# 041  English: contract rate sheet PDF with a CONFIDENTIAL footer to an OTA
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF stamped CONFIDENTIAL in its footer sent to an OTA",
    sender=OGAWA,
    to=["Onsen Go Contracting <contracting@onsengo.com>"],
    subject="Hinode-kan - 2026 contract rates (draft for your review)",
    charset="utf-8",
    body=(
        "Dear Mr. Hartley,\n\nPlease find attached our draft contract rates for 2026. "
        "Allotment and release terms are the same as this year.\n"
        + sig_en("Rina Ogawa", "International Sales & Reservations", "ogawa.rina")),
    attachments=[{
        "kind": "pdf", "name": "Hinodekan_contract_rates_2026.pdf",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "lines": ["Hinode-kan Onsen Ryokan - 2026 Contract Rates (net, JPY per person, 2 sharing)", ""],
        "table": [["Room type", "Low", "Shoulder", "Peak"], ["Japanese 10-mat", "18,000", "21,500", "26,000"],
                  ["Japanese-Western", "21,000", "24,500", "29,000"], ["Suite w/ open-air bath", "38,000", "44,000", "52,000"]],
    }],
)

# 042  either: a named guest's shellfish allergy to the caterer
add(
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named guest's food allergy to a caterer: health data or a mere meal request, arguable",
    sender=DAIKOKU,
    to=["仕出し 山ゆり <order@yamayuri-shidashi.jp>"],
    subject="11/29 法事のお料理 アレルギー対応1名",
    charset="iso-2022-jp",
    body=(
        "仕出し山ゆり様\n\nお世話になっております。日の出館の大黒です。\n"
        "11/29（土）12時 法事後のお食事（18名様）のうち、1名様アレルギー対応をお願いします。\n\n"
        "　鷲尾 早苗 様：甲殻類（えび・かに）アレルギー。エキス・だしも不可とのことです。\n\n"
        "お膳には名札を付けてお届けいただけますと助かります。\n" + sig("daikoku", 1)),
)

# 043  health insurance card + diagnosis of a worker to the hospital
_hw = people(43, 1, born=(1996, 2003))[0]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a worker's health insurance card numbers and diagnosis sent to a hospital",
    sender=HASEBE,
    to=["吾妻中央病院 医事課 <iji@agatsuma-chuo-hp.or.jp>"],
    subject="昨夜救急受診したスタッフの保険証情報について",
    charset="iso-2022-jp",
    body=(
        "吾妻中央病院 医事課 御中\n\n"
        "お世話になっております。日の出館 総務の長谷部です。\n"
        "昨夜、当館スタッフ寮から救急搬送していただいた弊社スタッフの保険証情報をお送りします。\n"
        "本人は急性虫垂炎で本日手術と伺っております。保険証原本は明日ご家族がお持ちします。\n\n"
        f"　氏名：{_hw.name}（{_hw.kana}）\n　生年月日：{wareki(_hw.dob)}\n"
        "　保険者：全国健康保険協会 群馬支部（保険者番号 01100017）\n"
        "　記号：5210388　番号：142\n\n" + sig("hasebe", 1)),
)

# 044  three guests to pick up — pass with a warning
_pk = people(44, 3)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three guests' names and mobiles to the taxi company: under five people",
    sender=ADACHI,
    to=["湯ノ沢タクシー <haisha@yunosawa-taxi.jp>"],
    subject="本日 16:20 湯ノ沢口駅 お迎え3名様",
    charset="shift_jis",
    body=(
        "湯ノ沢タクシー 配車ご担当者様\n\n"
        "日の出館の安達です。本日の駅お迎え、ジャンボタクシー1台でお願いします。\n\n"
        + "\n".join(f"・{p.name} 様　{p.tel}" for p in _pk) +
        "\n\n16:20着の特急でお越しです。見当たらない場合は上記にお電話ください。\n安達\n"),
)

# 045  lost property ledger CSV (CP932) with guests' names and phones to police
_lp = people(45, 6)
_items = ["折りたたみ傘（紺）", "眼鏡（黒縁）", "スマートフォン充電器", "ネックレス（金色）", "ダウンジャケット", "補聴器"]
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV: lost-property ledger with 6 guests' names and phones sent to police",
    sender=ADACHI,
    to=["吾妻警察署 会計課 遺失物係 <ishitsubutsu@agatsuma-keisatsu.lg.jp>"],
    subject="拾得物・遺失物照会 一覧（10月分）",
    charset="shift_jis",
    body=(
        "吾妻警察署 会計課 遺失物係 御中\n\n"
        "お世話になっております。日の出館 フロントの安達です。\n"
        "10月分の遺失物照会一覧をお送りします。持ち主に連絡がつかなかった物品は、\n"
        "11/5 に署へお持ちします。\n" + sig("adachi")),
    attachments=[{
        "kind": "csv", "name": "遺失物照会_202510.csv", "encoding": "cp932",
        "rows": [["受付No", "拾得日", "拾得場所", "品名", "遺失者（申出人）", "連絡先", "状況"]] + [
            [f"L25-10{i + 1:02d}", f"2025/10/{3 + i * 4:02d}", ["客室", "大浴場", "ロビー", "露天風呂", "宴会場", "客室"][i],
             _items[i], p.name, p.tel, "連絡つかず" if i % 2 else "返送済"] for i, p in enumerate(_lp)],
    }],
)

# 046  bullet list of dietary needs, some medical, for 6 named guests to a caterer
_dg = people(46, 6, born=(1940, 1975))
_need = ["人工透析中のため塩分・カリウム制限", "糖尿病のため糖質控えめ（ご飯半量）", "そばアレルギー",
         "嚥下障害のため刻み食", "卵アレルギー", "痛風のため魚卵・白子抜き"]
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="bullets of 6 named guests with diseases (dialysis, diabetes, dysphagia) sent to a caterer",
    sender=DAIKOKU,
    to=["仕出し 山ゆり <order@yamayuri-shidashi.jp>"],
    subject="12/7 喜寿祝い会 特別食のお願い",
    charset="utf-8",
    body=(
        "仕出し山ゆり 様\n\n日の出館 大黒です。いつもありがとうございます。\n"
        "12/7 の喜寿祝い会（24名様）のうち、特別対応の方を以下にまとめました。\n"
        "お膳に名札をお願いします。\n\n"
        + "\n".join(f"・{p.name} 様（{p.age}歳）：{_need[i]}" for i, p in enumerate(_dg))
        + "\n\n折詰の数は当日朝にご連絡します。\n" + sig("daikoku")),
)

# 047  internal via subdomain: accident with medical details
add(
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="recipients on mail.hinode-sangyo.co.jp: internal, whatever it carries",
    sender=SAEGUSA,
    to=["本社 リスク管理室 <risk@mail.hinode-sangyo.co.jp>"],
    cc=[MUTO],
    subject="【報告】露天風呂での意識消失（11/9）",
    charset="iso-2022-jp",
    body=(
        "リスク管理室 各位\n\n日の出館 三枝です。速報です。\n"
        "11/9 22:10頃、露天風呂で宿泊者の稲葉 重信様（71歳）が意識を失っているのを他のお客様が発見、\n"
        "スタッフが引き上げ AED を準備、救急搬送しました。ご家族によると不整脈の持病があり、\n"
        "ペースメーカーを入れているとのことです。現在は意識が戻り入院中。\n\n"
        "湯温は41.5℃、監視カメラ確認済み。詳報は明日。\n三枝\n"),
)

# 048  look-alike of the food partner (kitaguni-fooods.co.jp)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-fooods.co.jp adds a letter to partner kitaguni-foods.co.jp",
    sender=DAIKOKU,
    to=["北国フーズ 受注センター <juchu@kitaguni-fooods.co.jp>"],
    subject="12月第1週 食材発注（日の出館）",
    charset="shift_jis",
    body=(
        "北国フーズ 受注センター 御中\n\n"
        "お世話になっております。日の出館 調理部の大黒です。\n12月第1週分を発注します。\n\n"
        + pad_table([["品番", "品名", "数量", "納品日"], ["KF-1102", "上州牛 肩ロース", "6kg", "12/1"],
                     ["KF-2210", "岩魚（活）", "40尾", "12/2"], ["KF-3305", "下仁田ねぎ", "5箱", "12/1"],
                     ["KF-4410", "こんにゃく（生芋）", "20丁", "12/3"]])
        + "\n\n発注番号：PO-HNK-251201\n" + sig("daikoku", 2)),
)

# 049  full-width padded table with 和暦 birth dates for travel insurance, to the insurer
_ti = people(49, 8, born=(1938, 1955))
_zrows = [["氏名", "フリガナ", "生年月日", "電話番号"]] + [
    [p.name, p.kana, wareki(p.dob, "zshort"), zen(p.tel)] for p in _ti]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="full-width padded table of 8 people with 和暦 birth dates and phones (travel insurance)",
    sender=SEO,
    to=["ときわ損害保険 団体旅行傷害 <dantai-ryoko@tokiwa-sonpo.co.jp>"],
    subject="国内旅行傷害保険　加入者名簿（湯ノ沢長寿会様）",
    charset="shift_jis",
    body=(
        "ときわ損害保険株式会社\n団体旅行傷害保険ご担当　様\n\n"
        "いつもお世話になっております。日の出館 営業課の瀬尾でございます。\n"
        "当館主催の「長寿会 紅葉めぐり日帰りツアー」（１１／８）の加入者名簿をお送りします。\n\n"
        + zen_table(_zrows) + "\n\n以上８名、よろしくお願いいたします。\n" + sig("seo", 2)),
)

# 050  the word 社外秘 only mentioned, not stamped — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 is only mentioned in a sentence (we cannot share such material); no marking",
    sender=SEO,
    to=["minato-travel 企画部 <kikaku@minato-travel.co.jp>"],
    subject="Re: 販売実績データのご提供について",
    charset="iso-2022-jp",
    body=(
        "ミナトトラベル 企画部\n鶴見様\n\n"
        "お世話になっております。日の出館の瀬尾です。\n"
        "ご依頼の販売チャネル別の実績データですが、当社では社外秘扱いとしているため、\n"
        "恐れ入りますが詳細の数値はお出しできません。\n"
        "御社経由の送客実績（月別の人泊数）であれば、次回の商談時にお持ちいたします。\n\n"
        "何卒ご理解のほどお願いいたします。\n" + sig("seo")),
)

# =========================================================================================
# 051  look-alike of the partner bank (midori-ginko.jp, "co." dropped)
add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the co. of partner midori-ginko.co.jp",
    sender=KATAGIRI,
    to=["みどり銀行 湯ノ沢支店 法人担当 <hojin-yunosawa@midori-ginko.jp>"],
    subject="法人インターネットバンキング 振込限度額変更のお願い",
    charset="iso-2022-jp",
    body=(
        "みどり銀行 湯ノ沢支店\n法人営業課 ご担当者様\n\n"
        "いつもお世話になっております。日の出産業 温泉旅館事業部 経理の片桐です。\n"
        "季節スタッフの給与振込が増えるため、12月から3月まで、\n"
        "法人IBの1日あたり振込限度額を 500万円 → 800万円 に変更したく存じます。\n"
        "必要な書類がございましたらご教示ください。\n\n"
        "　お取引店：湯ノ沢支店　口座：当座 0012245\n" + sig("katagiri", 1)),
)

# 052  入湯税 figures to the town office — statistics, pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="monthly bather counts for 入湯税: figures only",
    sender=KATAGIRI,
    to=["湯ノ沢町役場 税務課 <zeimu@town.yunosawa.lg.jp>"],
    subject="入湯税納入申告書（10月分）の送付",
    charset="shift_jis",
    body=(
        "湯ノ沢町役場 税務課 御中\n\n"
        "いつもお世話になっております。日の出館 経理の片桐です。\n"
        "10月分の入湯税納入申告の内容をお送りします。原本は本日郵送いたしました。\n\n"
        "　課税人員：4,286人（宿泊 3,951人 / 日帰り 335人）\n"
        "　課税免除：修学旅行生 112人、12歳未満 204人\n"
        "　税額：4,286人 × 150円 ＝ 642,900円\n\n"
        "納付は11月14日までにみどり銀行より行います。\n" + sig("katagiri")),
)

# 053  PPTX meeting deck with a VIP list (names, birth dates, mobiles) to an agency
_vip = people(53, 5, born=(1944, 1970))
_titles = ["会長", "社長", "専務取締役", "常務取締役", "総務部長"]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX slide with 5 VIPs' birth dates and mobiles sent to an agency",
    sender=SEO,
    to=["日本周遊観光 法人営業部 <hojin@shuyu-kanko.co.jp>"],
    subject="丸高工業様 創立50周年記念旅行 受入れ打合せ資料",
    charset="iso-2022-jp",
    body=(
        "日本周遊観光株式会社 法人営業部\n大島様\n\n"
        "お世話になっております。日の出館 営業課の瀬尾です。\n"
        "来週の打合せ資料をお送りします。VIPの方のお誕生日のお祝い演出についても記載しています。\n" + sig("seo")),
    attachments=[{
        "kind": "pptx", "name": "丸高工業様_50周年_受入れ計画.pptx",
        "slides": [
            ["丸高工業株式会社様 創立50周年記念旅行", "2026年4月17日（金）～18日（土）", "日の出館 営業課"],
            ["行程", "15:00 到着・記念撮影", "17:00 記念式典（大広間）", "18:30 祝宴", "21:00 二次会（ラウンジ）"],
            ["ご来賓・VIP（お部屋・お祝い演出）"] + [
                f"{_titles[i]} {p.name} 様　{wareki(p.dob, 'short')}生　携帯 {p.tel}" for i, p in enumerate(_vip)],
            ["当日の連絡体制", "営業課 瀬尾（総括）", "宴会課 2名・フロント 1名 常駐"],
        ],
    }],
)

# 054  past guests in Bcc (only our own address in To) — pass
add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="announcement to past guests in Bcc; no one sees another; free-mail recipients",
    sender=NOZAKI,
    to=["日の出館 予約課 <yoyaku@hinode-sangyo.co.jp>"],
    bcc=["yumi.hasumi@gmail.com", "t_ochi1971@yahoo.co.jp", "kotone.m@icloud.com", "s.kaneko@ezweb.ne.jp",
         "fumi-tokano@docomo.ne.jp"],
    subject="【日の出館】大浴場改修工事に伴うご案内",
    charset="iso-2022-jp",
    body=(
        "日の出館をご利用いただいたお客様へ\n\n"
        "平素より格別のご愛顧を賜り、誠にありがとうございます。\n"
        "1月13日（火）～2月5日（木）の期間、大浴場「岩の湯」の改修工事を行います。\n"
        "期間中は露天風呂と貸切風呂のみのご利用となるため、ご宿泊料金を10％割引いたします。\n"
        "既にご予約いただいているお客様には個別にご連絡いたします。\n\n"
        "ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。\n\n"
        "湯ノ沢温泉 日の出館\nTEL 0279-88-1230\n"),
)

# 055  one worker's My Number in the body to the tax accountant
_tx = people(55, 1, born=(1988, 1999))[0]
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one person's My Number sent to an external tax office",
    sender=KATAGIRI,
    to=["岡部税理士事務所 <okabe@okabe-tax.jp>"],
    subject="中途退職者の源泉徴収票作成について（個人番号のご連絡）",
    charset="iso-2022-jp",
    body=(
        "岡部税理士事務所\n岡部先生\n\n"
        "お世話になっております。日の出産業 温泉旅館事業部の片桐です。\n"
        "10月末で退職した季節スタッフの源泉徴収票の作成をお願いします。\n\n"
        f"　氏名：{_tx.name}\n　住所：{_tx.addr}\n"
        f"　個人番号：{my_number(4512)[:4]} {my_number(4512)[4:8]} {my_number(4512)[8:]}\n"
        "　支払金額：1,184,500円　源泉徴収税額：21,340円\n\n"
        "よろしくお願いいたします。\n" + sig("katagiri")),
)

# 056  agency, bus company and tourist association in To/Cc
add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations see each other in To/Cc",
    sender=SEO,
    to=["dantai@shuyu-kanko.co.jp", "haisha@yukemuri-kotsu.co.jp"],
    cc=["info@yunosawa-kanko.or.jp"],
    subject="紅葉まつり期間の団体バス駐車場について",
    charset="iso-2022-jp",
    body=(
        "関係各位\n\n"
        "お世話になっております。日の出館の瀬尾です。\n"
        "11/1～11/9 の紅葉まつり期間中、当館前の駐車場がイベント会場となるため、\n"
        "団体バスは町営第2駐車場（湯ノ沢町大字湯ノ沢 301）をご利用ください。\n"
        "観光協会様には誘導員の配置をお願いしております。\n\n"
        "ご不明点は瀬尾までお願いいたします。\n" + sig("seo", 1)),
)

# 057  two people of the same agency + an internal Cc — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="two contacts of a single external organisation; no personal data",
    sender=KOMATSU,
    to=["murakami.kei@tohto-tourist.co.jp", "kojin@tohto-tourist.co.jp"],
    cc=[SEO],
    subject="システム切替に伴う予約受付の一時停止（12/2 深夜）",
    charset="utf-8",
    body=(
        "東都ツーリスト 村上様、個人旅行課ご担当者様\n\n"
        "お世話になっております。日の出館の小松です。\n"
        "予約管理システム更新のため、12/2（火）23:00～12/3（水）5:00 の間、\n"
        "オンラインでの在庫連動が停止いたします。この間のご予約はお電話でお受けします。\n\n"
        "ご迷惑をおかけしますが、よろしくお願いいたします。\n" + sig("komatsu")),
)

# 058  部外秘 header on an occupancy analysis XLSX to a consultant
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX with a 部外秘 page header sent to an external consultant",
    sender=SAEGUSA,
    to=["旅コンサルティング 木暮様 <kogure@tabi-consulting.co.jp>"],
    subject="客室稼働・単価分析データ（2024-2025）",
    charset="shift_jis",
    body=(
        "旅コンサルティング株式会社\n木暮様\n\n"
        "お世話になっております。日の出館 支配人の三枝です。\n"
        "次回のレベニュー会議用に、過去2年分の稼働と単価の推移をお送りします。\n" + sig("saegusa")),
    attachments=[{
        "kind": "xlsx", "name": "稼働単価分析_2024-2025.xlsx", "page_header": "部外秘",
        "sheets": {
            "月次": [["部外秘　日の出館 月次稼働・ADR"], [], ["年月", "稼働率", "ADR", "RevPAR"],
                   ["2024-10", "78.2%", 38400, 30029], ["2024-11", "84.6%", 41200, 34855],
                   ["2025-09", "81.3%", 39900, 32439], ["2025-10", "86.0%", 42800, 36808]],
            "チャネル別": [["チャネル", "構成比"], ["直販", "36%"], ["OTA", "41%"], ["旅行会社", "23%"]],
        },
    }],
)

# 059  corrupt XLSX to an agency
add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be read",
    sender=KOMATSU,
    to=["kaede-travel 団体手配 <tehai@kaede-travel.jp>"],
    subject="12/6 忘年会プラン 確認書（修正版）",
    charset="iso-2022-jp",
    body=(
        "かえでトラベル 森永様\n\nお世話になっております。日の出館の小松です。\n"
        "確認書の修正版をお送りします。先ほどのファイルは破棄してください。\n" + sig("komatsu", 1)),
    attachments=[{"kind": "corrupt", "name": "確認書_1206_修正版.xlsx"}],
)

# 060  English reply; the OTA's arrival list is only quoted under "On … wrote:"
_en = people(60, 6)
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="OTA's own arrival list appears only in the quoted part of the reply",
    sender=OGAWA,
    to=["Yuki Tan <yuki.tan@nipponinns.com>"],
    subject="Re: Arrivals 21 Nov - special requests",
    charset="utf-8",
    body=(
        "Hi Yuki,\n\nThanks, noted. We have arranged an early check-in (13:00) for all of them and "
        "the birthday cake for the room 305 booking. Vegetarian kaiseki is no problem.\n\n"
        "Best,\nRina\n\n"
        "On Tue, 18 Nov 2025 at 11:42, Yuki Tan <yuki.tan@nipponinns.com> wrote:\n"
        "> Hi Rina,\n> Please see the arrivals with special requests for 21 Nov:\n>\n"
        + "\n".join(f"> - {p.romaji}, {p.mail}, {p.tel}, {['early check-in', 'birthday cake', 'vegetarian', 'early check-in', 'late dinner', 'twin beds'][i]}"
                    for i, p in enumerate(_en)) + "\n>\n> Thanks!\n> Yuki\n"),
)

# 061  inbound group with passport numbers and birth dates (English) to an inbound agency
_pp = [("LIM Wei Jie", "Singapore", "K1284470Q", "1979-03-14"), ("TAN Mei Ling", "Singapore", "K2210563M", "1981-11-02"),
       ("ONG Boon Keat", "Malaysia", "A51048377", "1968-06-27"), ("Siti AMINAH", "Malaysia", "A50917234", "1972-01-09"),
       ("CHUA Kai Xuan", "Singapore", "K3390128T", "2006-08-18"), ("Jonathan HO", "Hong Kong", "K09812274", "1990-04-30")]
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six guests' passport numbers and birth dates in the body, to an inbound agency",
    sender=OGAWA,
    to=["Asia Bridge Tours Ops <ops@asiabridge-tours.com>"],
    subject="Group AB-JP1207 - guest register details to confirm",
    charset="utf-8",
    body=(
        "Dear Asia Bridge Tours Operations,\n\n"
        "Under the Japanese Hotel Business Act we have to record nationality and passport number "
        "for each foreign guest. Could you confirm the details below against the passports before "
        "arrival on 7 Dec? Two numbers looked odd in the rooming list you sent.\n\n"
        + pad_table([["Name", "Nationality", "Passport No.", "Date of birth"]] + [list(r) for r in _pp])
        + "\n\nMany thanks.\n" + sig_en("Rina Ogawa", "International Sales & Reservations", "ogawa.rina")),
)

# 062  dorm repair request — rooms, not people — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="repair request for dorm rooms; no personal data",
    sender=HASEBE,
    to=["湯ノ沢不動産 管理部 <kanri@yunosawa-fudosan.co.jp>"],
    subject="スタッフ寮 修繕のお願い（B棟給湯器・A棟網戸）",
    charset="iso-2022-jp",
    body=(
        "湯ノ沢不動産 管理部 江口様\n\n"
        "お世話になっております。日の出館 総務の長谷部です。\n"
        "スタッフ寮（第二ひので寮）の修繕をお願いします。\n\n"
        "　・B棟 B-12、B-14：給湯器の点火不良（エラー表示 111）\n"
        "　・A棟 A-03：網戸の破れ\n　・共用部：2階廊下の照明切れ 2か所\n\n"
        "入居者は日中不在のため、立会いは当館の者が行います。\n" + sig("hasebe", 1)),
)

# 063  a seasonal worker's arrest told to the staffing agency
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identified worker's arrest (criminal record category) sent to a staffing agency",
    sender=FUJIMAKI,
    to=["リゾートワークス 湯ノ沢担当 <yunosawa@resort-works.co.jp>"],
    subject="派遣スタッフ 蛭田 翔さんの件（至急）",
    charset="utf-8",
    body=(
        "リゾートワークス 石黒様\n\n"
        "お世話になっております。日の出館の藤巻です。\n"
        "急ぎご相談です。御社から派遣いただいている蛭田 翔さん（洗い場担当）が、\n"
        "昨夜、町内で酒気帯び運転により吾妻警察署に逮捕されたと、ご本人のお兄様から連絡がありました。\n"
        "本日以降のシフトは外しております。寮の私物の扱いと今後の契約についてご相談させてください。\n" + sig("fujimaki")),
)

# 064  HTML-only (English) arrivals with e-mails and phones to an OTA
_ar = people(64, 6)
add(
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 6 guests' e-mails and phones sent to an OTA",
    sender=OGAWA,
    to=["Onsen Go Guest Relations <guest-relations@onsengo.com>"],
    subject="Guests unreachable - arrivals 30 Nov",
    charset="utf-8",
    html=(
        "<html><body><p>Hello Onsen Go Guest Relations,</p>"
        "<p>We could not reach the following guests to confirm their dinner time. "
        "Could you contact them through your app?</p>"
        + html_table([["Booking", "Guest", "E-mail", "Phone", "Dinner"]] + [
            [f"OG-{330120 + i * 17}", p.romaji, p.mail, p.tel, "18:00 / 19:30?"] for i, p in enumerate(_ar)])
        + "<p>Best regards,<br>Rina Ogawa<br>Hinode-kan Onsen Ryokan</p></body></html>"),
)

# 065  HTML-only table of nearby facilities (businesses) to the tourist association — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML table of facilities with switchboard numbers: businesses, not people",
    sender=NOZAKI,
    to=["湯ノ沢温泉観光協会 <info@yunosawa-kanko.or.jp>"],
    subject="外湯めぐりマップ 掲載施設の確認",
    charset="utf-8",
    html=(
        "<html><body><p>観光協会 事務局 御中</p><p>日の出館の野崎です。マップ掲載施設の一覧です。ご確認ください。</p>"
        + html_table([["施設名", "住所", "電話", "営業時間"],
                      ["ひのでの湯", "湯ノ沢町大字湯ノ沢140", "0279-88-1400", "10:00-21:00"],
                      ["共同浴場 滝の湯", "湯ノ沢町大字湯ノ沢52", "0279-88-3012", "6:00-22:00"],
                      ["足湯 ほっと広場", "湯ノ沢町大字湯ノ沢88-2", "0279-88-2020", "9:00-17:00"],
                      ["町営第2駐車場", "湯ノ沢町大字湯ノ沢301", "0279-88-2111", "24時間"],
                      ["湯ノ沢口駅観光案内所", "湯ノ沢町大字中里15", "0279-88-6060", "9:00-18:00"]])
        + "<p>野崎（日の出館 営業課）</p></body></html>"),
)

# 066  【極秘】 in the subject and as a stamp, to the partner law firm
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail classified 極秘 (subject and heading) goes to an external law firm",
    sender=SAEGUSA,
    to=["白川法律事務所 <shirakawa@shirakawa-law.jp>"],
    cc=["本社 経営企画 <keiki@hinode-sangyo.co.jp>"],
    subject="【極秘】別邸翠月 事業譲渡スキームのご相談",
    charset="iso-2022-jp",
    body=(
        "■極秘■\n\n白川先生\n\n"
        "お世話になっております。日の出館の三枝です。\n"
        "本社経営企画と検討中の、別邸翠月の運営会社への事業譲渡について、\n"
        "従業員の転籍と予約済みのお客様への対応を中心にご相談させてください。\n"
        "譲渡予定日は2026年6月末、候補先は伊豆の同業者1社です。\n\n"
        "来週、30分ほどお時間をいただけますでしょうか。\n" + sig("saegusa")),
)

# 067  legacy XLS export from the old PMS to the PMS vendor
_x = people(67, 9)
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS with 9 guests' addresses, phones and e-mails sent to the PMS vendor",
    sender=KOMATSU,
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="旧システム顧客データ 移行テスト用サンプル",
    charset="shift_jis",
    body=(
        "ツバサシステム 導入支援 ご担当 様\n\n"
        "日の出館の小松です。データ移行のテスト用に、旧システムから出力した顧客データを\n"
        "一部お送りします。文字化けする列があるかご確認ください。\n" + sig("komatsu")),
    attachments=[{
        "kind": "xls", "name": "kokyaku_export_sample.xls",
        "sheets": {"顧客": [["顧客ID", "氏名", "カナ", "郵便番号", "住所", "電話", "メール", "来館回数"]] + [
            [f"C{104220 + i * 3}", p.name, p.kana, p.zip, p.addr, p.tel, p.mail, 1 + i % 5] for i, p in enumerate(_x)]},
    }],
)

# 068  two workers moving into the dorm — pass with a warning
_two = people(68, 2, born=(1990, 2004))
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two workers' names and phones to the housing company: under five people",
    sender=HASEBE,
    to=["湯ノ沢不動産 管理部 <kanri@yunosawa-fudosan.co.jp>"],
    subject="1月入寮者2名のご連絡",
    charset="iso-2022-jp",
    body=(
        "江口様\n\nお世話になっております。長谷部です。\n1月の追加入寮者です。\n\n"
        + "\n".join(f"　{p.name}さん　携帯 {p.tel}　1/5 入寮（A-0{7 + i}）" for i, p in enumerate(_two))
        + "\n\n鍵の受け取りはご本人が管理事務所へ伺います。\n" + sig("hasebe", 1)),
)

# 069  a worker's health check results to the staffing agency
_hc = people(69, 1, born=(1975, 1985))[0]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one worker's health check results (要精密検査) sent to a staffing agency",
    sender=FUJIMAKI,
    to=["サンライズ人材 登録支援課 <shien@sunrise-jinzai.co.jp>"],
    subject="雇入時健康診断の結果について（調理補助スタッフ）",
    charset="utf-8",
    body=(
        "サンライズ人材 宮内様\n\n"
        "お世話になっております。日の出館の藤巻です。\n"
        "先月受けていただいた雇入時健康診断の結果、下記の方が要精密検査となりました。\n\n"
        f"　{_hc.name} 様（{seireki(_hc.dob)}生）\n"
        "　判定：肝機能 D（要精密検査）　γ-GTP 212 / ALT 96\n"
        "　判定：血圧 C（要経過観察）　158/98\n\n"
        "厨房での勤務に支障がないか、受診の上で医師の意見を伺いたいと考えております。\n"
        "ご本人への受診勧奨をお願いできますでしょうか。\n" + sig("fujimaki")),
)

# 070  internal HTML-only staff phone list
_st = people(70, 8)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="staff emergency phone tree sent to internal addresses only",
    sender=HASEBE,
    to=["日の出館 全スタッフ <all-hinodekan@hinode-sangyo.co.jp>"],
    subject="【更新】緊急連絡網（12月～）",
    charset="utf-8",
    html=(
        "<html><body><p>スタッフ各位</p><p>12月からの緊急連絡網です。季節スタッフの方を追加しました。</p>"
        + html_table([["班", "氏名", "携帯"]] + [[f"{'ABCD'[i // 2]}班", p.name, p.tel] for i, p in enumerate(_st)])
        + "<p>総務 長谷部</p></body></html>"),
)

# 071  password-protected PDF to an agency
add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted PDF cannot be inspected",
    sender=KATAGIRI,
    to=["ミナトトラベル 経理課 <keiri@minato-travel.co.jp>"],
    subject="10月分 ご精算書（PDF・パスワード付き）",
    charset="iso-2022-jp",
    body=(
        "ミナトトラベル 経理課 御中\n\n"
        "お世話になっております。日の出館 経理の片桐です。\n10月分のご精算書をお送りします。\n"
        "PDFのパスワードはいつものとおり、御社の取引先コードです。\n" + sig("katagiri")),
    attachments=[{"kind": "pdf", "name": "精算書_202510_ミナトトラベル.pdf", "password": "MT20417",
                  "lines": ["精算書 2025年10月分", "ご送客人数 212名", "ご精算額 3,880,400円"]}],
)

# 072  one record per block: emergency contacts of 5 seasonal workers to the staffing agency
_ec = people(72, 5, born=(1985, 2005))
_blocks = []
for i, p in enumerate(_ec):
    fam = people(7200 + i, 1)[0]
    _blocks.append(
        f"■{p.name}（{p.kana}）\n　生年月日：{wareki(p.dob)}\n　本人携帯：{p.tel}\n"
        f"　実家住所：{fam.addr}\n　緊急連絡先：{fam.tel}（{['父', '母', '祖母', '母', '姉'][i]}）")
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one block per worker: 5 people's birth dates, phones and home addresses to an agency",
    sender=HASEBE,
    to=["リゾートワークス 湯ノ沢担当 <yunosawa@resort-works.co.jp>"],
    subject="冬季派遣スタッフ 緊急連絡先の確認",
    charset="iso-2022-jp",
    body=(
        "リゾートワークス 石黒様\n\n"
        "いつもお世話になっております。日の出館 総務の長谷部です。\n"
        "寮の防災訓練に合わせて緊急連絡先を整理しました。登録内容と相違がないかご確認ください。\n\n"
        + "\n\n".join(_blocks) + "\n\n" + sig("hasebe")),
)

# 073  lost item pick-up for one guest to the partner carrier — pass with a warning
_lg = people(73, 1)[0]
add(
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one guest's delivery address for a lost item to the partner carrier: one person",
    sender=ADACHI,
    to=["青葉運輸 湯ノ沢営業所 <yunosawa@aoba-unyu.co.jp>"],
    subject="着払い発送1件 集荷のお願い",
    charset="shift_jis",
    body=(
        "青葉運輸 湯ノ沢営業所 御中\n\n"
        "日の出館の安達です。お忘れ物の着払い発送を1件お願いします。\n\n"
        f"　お届け先：〒{_lg.zip} {_lg.addr}\n　{_lg.name} 様　TEL {_lg.tel}\n"
        "　品名：衣類・名刺入れ（60サイズ）\n　配達希望：11/20 午前\n\n"
        "伝票は当館で記入済みです（お問い合わせ番号 4471-2209-8036）。\n" + sig("adachi", 1)),
)

# 074  DOCX table: room assignment with employee numbers and mobiles to the client company
_ra = people(74, 10, born=(1965, 2002))
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 10 employees with mobiles sent to the client company's organiser",
    sender=KOMATSU,
    to=["丸高工業 総務部 幹事 <soumu@marutaka-kogyo.co.jp>"],
    subject="社員旅行 お部屋割り表（ご確認のお願い）",
    charset="iso-2022-jp",
    body=(
        "丸高工業株式会社 総務部\n幹事 ご担当者様\n\n"
        "お世話になっております。日の出館の小松です。\n"
        "お部屋割り表を作成しましたので、ご確認をお願いいたします。\n"
        "当日のお部屋鍵の受け渡しは幹事様に一括でお渡しします。\n" + sig("komatsu", 2)),
    attachments=[{
        "kind": "docx", "name": "お部屋割り表_丸高工業様.docx",
        "paragraphs": ["丸高工業株式会社様　お部屋割り表", "2025年10月18日（土）ご宿泊"],
        "tables": [[["部屋", "社員番号", "氏名", "携帯電話"]] + [
            [f"{301 + i // 3}", f"MK-{18020 + i * 11}", p.name, p.tel] for i, p in enumerate(_ra)]],
    }],
)

# 075  either: a named guest who uses a wheelchair (no diagnosis) to the taxi company
add(
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="wheelchair use of a named guest without diagnosis: disability data or a mere service request",
    sender=ADACHI,
    to=["湯ノ沢タクシー <haisha@yunosawa-taxi.jp>"],
    subject="11/24 リフト付き車両の手配",
    charset="iso-2022-jp",
    body=(
        "湯ノ沢タクシー 配車ご担当者様\n\n"
        "日の出館の安達です。11/24（月）10:00 当館発 → 湯ノ沢口駅 で、\n"
        "リフト付き車両を1台お願いできますか。\n"
        "お客様は芦田 静江様、車椅子をお使いです（折りたたみ可）。ご連絡先 090-7780-1256。\n\n"
        "よろしくお願いします。\n安達\n"),
)

# =========================================================================================
# 076  near-drowning and epilepsy of an identified guest to the partner law firm
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one guest's medical condition (epilepsy, seizure, hospitalisation) sent to an external law firm",
    sender=SAEGUSA,
    to=["白川法律事務所 弁護士 宮良 <miyara@shirakawa-law.jp>"],
    subject="貸切風呂での溺水事故について（ご家族からの申入れ）",
    charset="utf-8",
    body=(
        "白川法律事務所\n宮良先生\n\n"
        "いつもお世話になっております。日の出館の三枝です。\n"
        "9/28 に貸切風呂「月見の湯」で発生した事故について、ご家族から書面で申入れがありました。\n\n"
        "　ご本人：仁科 悠斗 様（平成14年6月3日生、23歳）\n"
        "　経緯：入浴中にてんかんの発作を起こされ、浴槽内で溺水。同行のご友人が発見し、\n"
        "　　　　スタッフが救命処置、ドクターヘリで前橋の病院へ搬送。現在も入院中（低酸素脳症の疑い）。\n"
        "　ご家族の主張：貸切風呂に見守り体制がなかった、持病を予約時に伝えていた。\n\n"
        "予約記録には持病の記載がありません。今後の対応方針についてご相談させてください。\n" + sig("saegusa")),
)

# 077  internal: a 社外秘-stamped document among internal addresses — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 document sent only to internal recipients",
    sender=SAEGUSA,
    to=["本社 経営企画 <keiki@hinode-sangyo.co.jp>", SEO],
    subject="2026年度 旅館事業 予算案（社外秘）",
    charset="iso-2022-jp",
    body="経営企画 各位\n\n三枝です。2026年度の予算案（第2版）です。会議前にご確認ください。\n\n三枝\n",
    attachments=[{
        "kind": "docx", "name": "2026予算案_旅館事業_v2.docx", "page_header": "社外秘",
        "paragraphs": ["2026年度 温泉旅館事業 予算案", "売上高 18.4億円（前年比 104%）", "営業利益 1.9億円",
                       "設備投資：大浴場改修 1.2億円、別邸翠月 客室改装 0.8億円"],
    }],
)

# 078  ZIP of DOCX guest registers to the town office (入湯税 audit)
_reg = people(78, 7)
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP holding a DOCX guest register of 7 guests (address, phone) sent to the town office",
    sender=KATAGIRI,
    to=["湯ノ沢町役場 税務課 <zeimu@town.yunosawa.lg.jp>"],
    subject="入湯税 調査資料の提出（宿泊者名簿 抽出分）",
    charset="iso-2022-jp",
    body=(
        "湯ノ沢町役場 税務課\n早川様\n\n"
        "お世話になっております。日の出館 経理の片桐です。\n"
        "先日の入湯税調査でご指示のあった、8月15日分の宿泊者名簿（抽出）をお送りします。\n"
        "課税免除とした方（12歳未満）の確認用です。\n" + sig("katagiri", 1)),
    attachments=[{
        "kind": "zip", "name": "宿泊者名簿_0815.zip",
        "files": [{"kind": "docx", "name": "宿泊者名簿_20250815.docx",
                   "paragraphs": ["宿泊者名簿（2025年8月15日）　湯ノ沢温泉 日の出館"],
                   "tables": [[["部屋", "氏名", "住所", "電話", "人数（大人/小人）"]] + [
                       [f"{202 + i}", p.name, p.addr, p.tel, f"{2}/{i % 3}"] for i, p in enumerate(_reg)]]}],
    }],
)

# 079  English: new photos and room content for the OTA (PNG) — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary content update to one OTA with an image",
    sender=OGAWA,
    to=["Onsen Go Content Team <content@onsengo.com>"],
    subject="New photos - renovated suites (property ID OG-GNM-0147)",
    charset="utf-8",
    body=(
        "Hi Content Team,\n\nWe have renovated our two suites with private open-air baths. "
        "Attached is the first photo; the full set (24 images) is in the shared folder you sent us.\n\n"
        "New room name: \"Suite Kogetsu - private open-air bath, 62 m2, up to 4 guests\".\n"
        + sig_en("Rina Ogawa", "International Sales & Reservations", "ogawa.rina")),
    attachments=[{"kind": "png", "name": "suite_kogetsu_01.png"}],
)

# 080  attached internal incident mail (medical details) forwarded to the insurer
_ac = people(80, 1, born=(1950, 1960))[0]
_incident = {
    "sender": MUTO,
    "to": [SAEGUSA],
    "subject": "【事故速報】サウナ室での体調不良",
    "charset": "iso-2022-jp",
    "body": (
        "支配人\n\n武藤です。速報です。\n"
        f"本日 20:40 頃、男性サウナ室で {_ac.name} 様（{_ac.age}歳、{_ac.addr} 在住、"
        f"携帯 {_ac.tel}）が倒れているのを他のお客様が発見。\n"
        "救急隊の見立てでは熱中症と低血糖。ご本人は1型糖尿病でインスリンを使用中とのこと。\n"
        "吾妻中央病院へ搬送、一晩入院。ご家族（奥様）が同行。\n\n武藤\n"),
}
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached internal mail with a guest's diabetes and hospitalisation, forwarded to the insurer",
    sender=SAEGUSA,
    to=["ときわ損害保険 賠償責任保険センター <baisho-kanto@tokiwa-sonpo.co.jp>"],
    subject="事故の一次報告（サウナ室）",
    charset="iso-2022-jp",
    body=(
        "ときわ損害保険 賠償責任保険センター 御中\n\n"
        "日の出館の三枝です。証券番号 BL-7730-2291 の件で、新たな事故の一次報告です。\n"
        "施設管理課からの社内速報をそのまま添付いたします。\n" + sig("saegusa", 1)),
    attachments=[{"kind": "eml", "name": "事故速報_サウナ室.eml", "message": _incident}],
)

# 081  look-alike of the partner carrier with a hyphen for the dot (aoba-unyu-co.jp)
_ag = people(81, 1)[0]
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu-co.jp puts a hyphen for the dot of partner aoba-unyu.co.jp",
    sender=ADACHI,
    to=["青葉運輸 お客様センター <support@aoba-unyu-co.jp>"],
    subject="配達状況の確認（お問い合わせ番号 4471-2210-0153）",
    charset="iso-2022-jp",
    body=(
        "青葉運輸 お客様センター 御中\n\n"
        "日の出館の安達です。11/12 に発送したお忘れ物が届いていないとお客様から連絡がありました。\n\n"
        f"　お届け先：{_ag.name} 様　{_ag.addr}　TEL {_ag.tel}\n"
        "　お問い合わせ番号：4471-2210-0153\n\n配達状況をご確認いただけますか。\n" + sig("adachi")),
)

# 082  the printing partner and a design office in To — two organisations, pass
add(
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (printer and designer) in one pamphlet thread",
    sender=NOZAKI,
    to=["錦印刷 制作部 野上様 <nogami@nishiki-insatsu.co.jp>", "アトリエ水月 <studio@atelier-suigetsu.jp>"],
    subject="2026春 パンフレット 入稿スケジュール",
    charset="utf-8",
    body=(
        "錦印刷 野上様\nアトリエ水月 様\n\n"
        "お世話になっております。日の出館の野崎です。\n春パンフレットのスケジュールを共有します。\n\n"
        "　1/9　デザイン初稿（アトリエ水月様→当館）\n　1/16 修正戻し\n　1/23 入稿（→錦印刷様）\n"
        "　2/6　納品（5,000部、A4三つ折り）\n\n写真は先週撮影分を使用します。\n" + sig("nozaki")),
)

# 083  PPTX with an "Internal Only" footer to an agency
add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX footer classifies the deck Internal Only; it goes to an external agency",
    sender=SEO,
    to=["東都ツーリスト 村上様 <murakami.kei@tohto-tourist.co.jp>"],
    subject="来期の販売方針（打合せ資料）",
    charset="iso-2022-jp",
    body=(
        "村上様\n\nお世話になっております。瀬尾です。\n"
        "明日の打合せ資料を先にお送りします。\n" + sig("seo", 1)),
    attachments=[{
        "kind": "pptx", "name": "FY2026_sales_policy.pptx", "page_footer": "Internal Only",
        "slides": [["FY2026 販売方針", "日の出館 営業課"],
                   ["チャネル戦略", "直販比率 36% → 42%", "旅行会社：団体・教育旅行に集中", "OTA：平日在庫のみ"],
                   ["価格", "休前日 ADR +6%", "冬季 平日プランの新設"]],
    }],
)

# 084  internal: password-protected ZIP to a colleague — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="encrypted ZIP, but every recipient is internal",
    sender=FUJIMAKI,
    to=["本社 人事部 <jinji@hinode-sangyo.co.jp>"],
    subject="季節スタッフ 雇用契約書（スキャン）",
    charset="iso-2022-jp",
    body="人事部 各位\n\n藤巻です。12月採用分の雇用契約書スキャンです。パスワードは社内チャットで送ります。\n\n藤巻\n",
    attachments=[{"kind": "zip", "name": "keiyaku_202512.zip", "password": "hnk-2512-jinji",
                  "files": [{"kind": "pdf", "name": "契約書_一式.pdf", "lines": ["雇用契約書（写）"] * 5}]}],
)

# 085  reply quoting (差出人/送信日時) an agency mail with passport numbers — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="the passport details appear only in the quoted original under 差出人/送信日時",
    sender=OGAWA,
    to=["Asia Bridge Tours Ops <ops@asiabridge-tours.com>"],
    subject="RE: Group AB-JP1207 - corrected passport numbers",
    charset="utf-8",
    body=(
        "Dear team,\n\nThank you for the quick correction. Our guest register is now updated; "
        "no further action needed on your side.\n\nKind regards,\nRina Ogawa\n\n"
        "差出人: Asia Bridge Tours Ops <ops@asiabridge-tours.com>\n"
        "送信日時: 2025年11月20日 14:05\n宛先: Rina Ogawa <ogawa.rina@hinode-sangyo.co.jp>\n"
        "件名: Group AB-JP1207 - corrected passport numbers\n\n"
        "Hi Rina,\nCorrected as below:\n"
        "ONG Boon Keat - A51048377\nSiti AMINAH - A50917234\nJonathan HO - K09812274\n"
        "Regards, Ops team\n"),
)

# 086  space-padded text file (CP932) of shuttle passengers to the bus company
_sb = people(86, 9)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="padded text file listing 9 passengers with phones, attached for an external bus company",
    sender=ADACHI,
    to=["湯けむり交通 配車係 <haisha@yukemuri-kotsu.co.jp>"],
    subject="12/13 高崎駅 送迎便 乗車名簿（テキスト）",
    charset="shift_jis",
    body=(
        "湯けむり交通 配車係 御中\n\n日の出館の安達です。\n"
        "12/13 高崎駅西口発の送迎便の名簿をテキストで添付します（Excelが開けないとのことでしたので）。\n" + sig("adachi", 2)),
    attachments=[{
        "kind": "txt", "name": "jousha_1213.txt", "encoding": "cp932",
        "text": "送迎便 乗車名簿　12/13(土) 高崎駅西口 13:30発\n\n" + pad_table(
            [["No", "氏名", "カナ", "人数", "連絡先"]] + [
                [i + 1, p.name, p.kana, 1 + i % 3, p.tel] for i, p in enumerate(_sb)]) + "\n",
    }],
)

# 087  XLSX with OTA virtual card numbers and guest names to an outsourced bookkeeper
_vc = people(87, 5)
add(
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="XLSX of card numbers with guests' names sent to an external bookkeeping firm",
    sender=KATAGIRI,
    to=["あおぞら経理サービス <kaikei@aozora-keiri.co.jp>"],
    subject="10月 バーチャルカード決済分の明細",
    charset="iso-2022-jp",
    body=(
        "あおぞら経理サービス 御中\n\n"
        "お世話になっております。日の出館の片桐です。\n"
        "10月のOTAバーチャルカード決済分の明細です。入金照合をお願いします。\n" + sig("katagiri")),
    attachments=[{
        "kind": "xlsx", "name": "VCC_202510.xlsx",
        "sheets": {"10月": [["予約番号", "宿泊者", "カード番号", "有効期限", "金額"]] + [
            [f"SL-{88300100 + i * 53}", p.romaji, card_number(4513 + i), f"0{1 + i}/27", 52800 + i * 4400]
            for i, p in enumerate(_vc)]},
    }],
)

# 088  introducing the new person in charge (one business contact) — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="introduces a colleague's business contact details: one business contact, no customer data",
    sender=SEO,
    to=["kaede-travel 仕入課 <shiire@kaede-travel.jp>"],
    subject="担当者変更のお知らせ（別邸 翠月）",
    charset="shift_jis",
    body=(
        "かえでトラベル 仕入課\n森永様\n\n"
        "いつもお世話になっております。日の出産業の瀬尾です。\n"
        "12月より、別邸 翠月の団体窓口は下記の者が担当いたします。\n\n"
        "　別邸 翠月 フロント　桐生 純（きりゅう じゅん）\n"
        "　TEL 0557-95-3310（直通）／携帯 080-4419-2037\n"
        "　kiryu.jun@hinode-sangyo.co.jp\n\n"
        "引き続きよろしくお願い申し上げます。\n" + sig("seo")),
)

# 089  corrupt DOCX to the printing partner
add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the DOCX attachment is corrupt and cannot be read",
    sender=NOZAKI,
    to=["錦印刷 制作部 野上様 <nogami@nishiki-insatsu.co.jp>"],
    subject="館内案内 原稿（差し替え）",
    charset="utf-8",
    body="野上様\n\nお世話になっております。野崎です。\n館内案内の原稿を差し替えます。よろしくお願いします。\n" + sig("nozaki", 1),
    attachments=[{"kind": "corrupt", "name": "館内案内_原稿_v3.docx"}],
)

# 090  school and agency in one school-trip planning mail — two organisations, pass
add(
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="school and travel agency: two external organisations, no student data",
    sender=KOMATSU,
    to=["桜ヶ丘学園 中学部 学年主任 <gakunen2@sakuragaoka-gakuen.ac.jp>", "dantai@shuyu-kanko.co.jp"],
    subject="修学旅行（5/21～22）下見日程のご相談",
    charset="iso-2022-jp",
    body=(
        "桜ヶ丘学園 中学部 学年主任 先生\n日本周遊観光 大島様\n\n"
        "お世話になっております。日の出館 予約課の小松です。\n"
        "下見は 2/10（火）または 2/12（木）の午後でいかがでしょうか。\n"
        "当日は大広間・避難経路・救護室をご案内し、夕食の試食もご用意いたします。\n"
        "生徒さんの名簿は、4月に旅行会社様経由でいただければ結構です。\n\n"
        "ご都合をお知らせください。\n" + sig("komatsu")),
)

# 091  statistics in a PPTX for the tourist association — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="PPTX of aggregate inbound figures: statistics without people",
    sender=NOZAKI,
    to=["湯ノ沢温泉観光協会 <info@yunosawa-kanko.or.jp>"],
    subject="インバウンド部会 発表資料（日の出館）",
    charset="utf-8",
    body="観光協会 事務局 御中\n\n日の出館の野崎です。部会での発表資料をお送りします。\n" + sig("nozaki"),
    attachments=[{
        "kind": "pptx", "name": "inbound_hinodekan_2025.pptx",
        "slides": [["日の出館 インバウンド実績 2025", "1-10月累計"],
                   ["国・地域別 人泊", "台湾 1,842", "米国 1,205", "香港 764", "韓国 690", "その他 1,311"],
                   ["傾向", "平均泊数 1.8泊", "個人手配 78% / 団体 22%", "貸切風呂の予約率 91%"]],
    }],
)

# 092  allergen counts without names to the caterer — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="allergy meal counts for a banquet without names: no identifiable person",
    sender=DAIKOKU,
    to=["仕出し 山ゆり <order@yamayuri-shidashi.jp>"],
    subject="1/11 新年会 お弁当 60食の内訳",
    charset="iso-2022-jp",
    body=(
        "仕出し山ゆり様\n\n日の出館 大黒です。1/11 新年会（60名）のお弁当の内訳です。\n\n"
        "　通常　　　　　52食\n　えび・かに抜き　4食\n　卵抜き　　　　2食\n　ベジタリアン　2食\n\n"
        "名札は不要です（幹事様が配ります）。11:30 納品でお願いします。\n大黒\n"),
)

# 093  comma-separated list of four cancelled guests in the body — pass with a warning
_cx = people(93, 4)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four guests (names, phones) in a comma-separated list: under the five-person threshold",
    sender=KOMATSU,
    to=["tanabe@minato-travel.co.jp"],
    subject="大雪による取消（1/24着）4件のご確認",
    charset="shift_jis",
    body=(
        "ミナトトラベル 田辺様\n\n"
        "日の出館の小松です。大雪による通行止めのため、下記4件を取消料なしで取り消しました。\n"
        "お客様へのご連絡をお願いいたします。\n\n"
        "予約番号,代表者,連絡先,人数\n" + "\n".join(
            f"HK-260124-0{12 + i * 3},{p.name},{p.tel},{2 + i % 2}" for i, p in enumerate(_cx))
        + "\n\n" + sig("komatsu", 1)),
)

# 094  bath water test results to the health centre — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="water test results of the baths: no person",
    sender=MUTO,
    to=["吾妻保健福祉事務所 衛生環境係 <eisei@agatsuma-hc.pref-gunma.lg.jp>"],
    subject="浴槽水 水質検査結果の報告（再検査分）",
    charset="iso-2022-jp",
    body=(
        "吾妻保健福祉事務所 衛生環境係 御中\n\n"
        "日の出館 施設管理課の武藤です。10/20 採水分の再検査結果をご報告します。\n\n"
        + pad_table([["浴槽", "レジオネラ属菌", "大腸菌群", "遊離残留塩素"],
                     ["岩の湯（内湯）", "10 CFU/100mL 未満", "陰性", "0.6 mg/L"],
                     ["岩の湯（露天）", "10 CFU/100mL 未満", "陰性", "0.5 mg/L"],
                     ["月見の湯（貸切）", "10 CFU/100mL 未満", "陰性", "0.7 mg/L"]])
        + "\n\n検査機関：(一財)ぐんま環境検査センター　成績書番号 GK-25-10881\n" + sig("muto")),
)

# 095  English: data processing agreement discussion with the OTA — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about a DPA/NDA with an OTA; 'confidential' only as a topic",
    sender=OGAWA,
    to=["StayLoop Legal <legal@stayloop.com>"],
    subject="Re: Data Processing Addendum and mutual NDA - comments",
    charset="utf-8",
    body=(
        "Dear StayLoop Legal team,\n\n"
        "Thank you for the revised Data Processing Addendum. Our lawyers have two comments:\n"
        "1. Clause 4.2 - we need guest data to be deleted within 90 days after check-out, as "
        "required under Japan's APPI for our purposes.\n"
        "2. The mutual NDA should cover confidential information disclosed orally as well.\n\n"
        "We will return the signed copies once these are reflected.\n"
        + sig_en("Rina Ogawa", "International Sales & Reservations", "ogawa.rina")),
)

# 096  internal forward of an OTA arrivals list — pass
_iw = people(96, 7)
add(
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="forward of an OTA guest list to an internal colleague only",
    sender=OGAWA,
    to=[KOMATSU],
    subject="FW: Arrivals 6 Dec (Onsen Go)",
    charset="utf-8",
    body=(
        "小松さん\n\n明日の Onsen Go 経由の到着分です。夕食時間の確認をお願いします。\n\n小川\n\n"
        "---------- Forwarded message ---------\nFrom: Onsen Go <noreply@onsengo.com>\n"
        "Subject: Arrivals 6 Dec\n\n" + "\n".join(f"{p.romaji} / {p.mail} / {p.tel}" for p in _iw) + "\n"),
)

# 097  one free-mail job applicant: interview scheduling — pass
add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one applicant on carrier mail; interview time only",
    sender=FUJIMAKI,
    to=["ren-takizawa.0329@docomo.ne.jp"],
    subject="面接日程のご案内（日の出館 冬季スタッフ）",
    charset="iso-2022-jp",
    body=(
        "滝沢 蓮 様\n\n"
        "このたびは日の出館の冬季スタッフにご応募いただき、ありがとうございます。\n"
        "面接を 11月20日（木）14:00 から、オンライン（Zoom）で行います。\n"
        "URLは前日までにお送りします。ご都合が悪い場合はご返信ください。\n" + sig("fujimaki", 1)),
)

# 098  tab-separated list of sick students (health data) to the school and the agency
_sk = people(98, 5, born=(2010, 2011))
_ill = ["38.4℃の発熱、嘔吐", "腹痛・下痢", "喘息の発作（吸入薬使用）", "37.9℃、咽頭痛（インフルエンザ疑い）", "頭痛・めまい"]
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="tab-separated list of 5 named students with symptoms (health data) to two external organisations",
    sender=KOMATSU,
    to=["桜ヶ丘学園 中学部 学年主任 <gakunen2@sakuragaoka-gakuen.ac.jp>", "dantai@shuyu-kanko.co.jp"],
    subject="修学旅行 1日目夜 体調不良の生徒さんの記録",
    charset="utf-8",
    body=(
        "桜ヶ丘学園 学年主任 先生\n日本周遊観光 大島様\n\n"
        "日の出館の小松です。昨夜、救護室で対応した生徒さんの記録を共有します（看護師記録より）。\n\n"
        "クラス\t氏名\t時刻\t症状・対応\n" + "\n".join(
            f"{2}-{i + 1}\t{p.name}\t{22 + i // 3}:{(i * 17) % 60:02d}\t{_ill[i]}" for i, p in enumerate(_sk))
        + "\n\n3名は朝には回復、2名は保護者のお迎えをお願いしております。\n" + sig("komatsu")),
)

# 099  別邸翠月: partner hotel mail with signature and disclaimer — pass
add(
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary referral-agreement mail to one partner hotel with signature and disclaimer",
    sender=SUIGETSU,
    to=["さくらホテル 営業部 <eigyo@sakura-hotel.jp>"],
    subject="相互送客の運用について（別邸 翠月）",
    charset="iso-2022-jp",
    body=(
        "さくらホテル 営業部 御中\n\n"
        "お世話になっております。別邸 翠月 フロントの桐生です。\n"
        "満室時の相互送客について、送客手数料（宿泊代金の5％）を月末締めで相殺する形で\n"
        "運用したいと考えております。ご検討いただけますでしょうか。\n\n"
        "--\n日の出産業株式会社 温泉旅館事業部\n別邸 翠月　フロント　桐生 純\n"
        "〒413-0411 静岡県賀茂郡東伊豆町稲取 2015-8\nTEL 0557-95-3310\n" + DISCLAIMER_JA),
)

# 100  "watch list" of a guest with a past arrest, shared with the ryokan association
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identified person's arrest history (criminal record) and phone sent outside",
    sender=HASEBE,
    to=["湯ノ沢温泉旅館協同組合 事務局 <jimukyoku@yunosawa-ryokan.or.jp>"],
    subject="要注意のお客様について（組合内共有のお願い）",
    charset="iso-2022-jp",
    body=(
        "旅館協同組合 事務局 御中\n\n"
        "日の出館 総務の長谷部です。組合加盟館への注意喚起をお願いしたくご連絡しました。\n\n"
        "　氏名：門脇 隆之（カドワキ タカユキ）と名乗る男性、50代\n"
        "　予約時の電話番号：070-5128-3396\n"
        "　昨年、伊香保の旅館で女性用脱衣所の盗撮により逮捕されたと報道された人物と同一の可能性があります。\n"
        "　当館では11/8に女性用浴場付近をうろつく行為があり、退館をお願いしました。\n\n"
        "各館での予約受付時の参考としてご共有ください。\n" + sig("hasebe")),
)
