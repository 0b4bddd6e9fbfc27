"""Blind corpus — AREA: wedding.

日の出産業株式会社 ブライダル事業部 (hinode-sangyo.co.jp): couples' bookings and payments,
guest lists with addresses for invitations, seating charts, guests' allergies and mobility
needs, photographers, florists, hotels, foreign guests' travel, cancellations.

Every person, number and address below is invented.  My Number / card seeds start at 4001.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

# -- small helpers ----------------------------------------------------------------------

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    """ASCII digits and hyphens to full-width."""
    return s.translate(_FW)


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - dwidth(s), 0)


def table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    """Space-padded text table with a rule under the header."""
    n = max(len(r) for r in rows)
    widths = [max(dwidth(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append(rule * (sum(widths) + gap * (n - 1)))
    return "\n".join(out)


def tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def corp_number(base12: str) -> str:
    """法人番号: check digit first (9 - Σ(P_n×Q_n) mod 9)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def license_number(area: str, year2: str, serial6: str, reissue: str = "0") -> str:
    """運転免許証番号 12 digits with the modulus-11 check digit in position 11."""
    ten = area + year2 + serial6
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * k for d, k in zip(ten, w)) % 11
    check = 0 if r <= 1 else 11 - r
    return ten + str(check % 10) + reissue


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, k, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, k, y = "平成", "H", d.year - 1988
    else:
        era, k, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "fwshort":
        return fw(f"{k}{y}.{d.month}.{d.day}").replace(".", "．").translate(
            str.maketrans("SHR", "ＳＨＲ"))
    yy = "元" if y == 1 else str(y)
    return f"{era}{yy}年{d.month}月{d.day}日"


# -- invented people ----------------------------------------------------------------------

SEI = [("佐伯", "サエキ", "Saeki"), ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
       ("相馬", "ソウマ", "Soma"), ("五十嵐", "イガラシ", "Igarashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
       ("日下部", "クサカベ", "Kusakabe"), ("鬼頭", "キトウ", "Kito"), ("御手洗", "ミタライ", "Mitarai"),
       ("薬師寺", "ヤクシジ", "Yakushiji"), ("十時", "トトキ", "Totoki"), ("宇佐美", "ウサミ", "Usami"),
       ("長谷部", "ハセベ", "Hasebe"), ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"),
       ("瀬戸口", "セトグチ", "Setoguchi"), ("三枝", "サエグサ", "Saegusa"), ("四十物", "アイモノ", "Aimono"),
       ("桑原", "クワバラ", "Kuwabara"), ("早乙女", "サオトメ", "Saotome"), ("一ノ瀬", "イチノセ", "Ichinose"),
       ("百瀬", "モモセ", "Momose"), ("我妻", "ワガツマ", "Wagatsuma"), ("設楽", "シタラ", "Shitara"),
       ("都築", "ツヅキ", "Tsuzuki"), ("丹羽", "ニワ", "Niwa"), ("芦田", "アシダ", "Ashida"),
       ("関口", "セキグチ", "Sekiguchi"), ("柳沢", "ヤナギサワ", "Yanagisawa"), ("吉永", "ヨシナガ", "Yoshinaga"),
       ("蓮見", "ハスミ", "Hasumi"), ("真壁", "マカベ", "Makabe"), ("宍戸", "シシド", "Shishido"),
       ("皆川", "ミナガワ", "Minagawa"), ("雨宮", "アメミヤ", "Amemiya"), ("岩永", "イワナガ", "Iwanaga"),
       ("江頭", "エガシラ", "Egashira"), ("大庭", "オオバ", "Oba"), ("香月", "カツキ", "Katsuki"),
       ("木佐貫", "キサヌキ", "Kisanuki"), ("久保寺", "クボデラ", "Kubodera"), ("小此木", "オコノギ", "Okonogi"),
       ("笹森", "ササモリ", "Sasamori"), ("新堀", "ニイボリ", "Niibori"), ("菅生", "スゴウ", "Sugo"),
       ("高比良", "タカヒラ", "Takahira"), ("月岡", "ツキオカ", "Tsukioka"), ("鳴海", "ナルミ", "Narumi"),
       ("野々宮", "ノノミヤ", "Nonomiya"), ("羽生田", "ハニュウダ", "Hanyuda"), ("檜山", "ヒヤマ", "Hiyama"),
       ("二階堂", "ニカイドウ", "Nikaido"), ("政所", "マンドコロ", "Mandokoro"), ("水樹", "ミズキ", "Mizuki"),
       ("八木橋", "ヤギハシ", "Yagihashi"), ("湯浅", "ユアサ", "Yuasa"), ("渡久地", "トグチ", "Toguchi")]

MEI_F = [("美咲", "ミサキ", "Misaki"), ("彩花", "アヤカ", "Ayaka"), ("千尋", "チヒロ", "Chihiro"),
         ("栞", "シオリ", "Shiori"), ("結衣", "ユイ", "Yui"), ("菜々子", "ナナコ", "Nanako"),
         ("朋美", "トモミ", "Tomomi"), ("亜希子", "アキコ", "Akiko"), ("瑞穂", "ミズホ", "Mizuho"),
         ("さやか", "サヤカ", "Sayaka"), ("杏奈", "アンナ", "Anna"), ("恵理", "エリ", "Eri"),
         ("和香", "ノドカ", "Nodoka"), ("真由", "マユ", "Mayu"), ("久美子", "クミコ", "Kumiko"),
         ("芙美", "フミ", "Fumi"), ("晴香", "ハルカ", "Haruka"), ("里緒", "リオ", "Rio"),
         ("節子", "セツコ", "Setsuko"), ("紀子", "ノリコ", "Noriko")]

MEI_M = [("翔太", "ショウタ", "Shota"), ("大輝", "ダイキ", "Daiki"), ("健人", "ケント", "Kento"),
         ("拓海", "タクミ", "Takumi"), ("直樹", "ナオキ", "Naoki"), ("隆之", "タカユキ", "Takayuki"),
         ("慎也", "シンヤ", "Shinya"), ("悠真", "ユウマ", "Yuma"), ("和也", "カズヤ", "Kazuya"),
         ("陽介", "ヨウスケ", "Yosuke"), ("誠", "マコト", "Makoto"), ("航", "ワタル", "Wataru"),
         ("孝雄", "タカオ", "Takao"), ("勝彦", "カツヒコ", "Katsuhiko"), ("遼", "リョウ", "Ryo"),
         ("貴之", "タカユキ", "Takayuki"), ("俊介", "シュンスケ", "Shunsuke"), ("昭二", "ショウジ", "Shoji"),
         ("一樹", "カズキ", "Kazuki"), ("康平", "コウヘイ", "Kohei")]

ADDR = [("東京都", "世田谷区", "桜丘", "156"), ("東京都", "杉並区", "阿佐谷北", "166"),
        ("東京都", "練馬区", "石神井町", "177"), ("東京都", "江東区", "南砂", "136"),
        ("神奈川県", "横浜市青葉区", "美しが丘西", "225"), ("神奈川県", "川崎市中原区", "木月", "211"),
        ("神奈川県", "藤沢市", "鵠沼海岸", "251"), ("埼玉県", "さいたま市浦和区", "常盤", "330"),
        ("埼玉県", "川越市", "新富町", "350"), ("千葉県", "船橋市", "本町", "273"),
        ("千葉県", "柏市", "柏の葉", "277"), ("茨城県", "つくば市", "竹園", "305"),
        ("大阪府", "吹田市", "千里山西", "565"), ("大阪府", "大阪市阿倍野区", "昭和町", "545"),
        ("愛知県", "名古屋市昭和区", "八事本町", "466"), ("福岡県", "福岡市中央区", "平尾", "810"),
        ("宮城県", "仙台市青葉区", "上杉", "980"), ("北海道", "札幌市中央区", "南九条西", "064"),
        ("静岡県", "静岡市葵区", "鷹匠", "420"), ("兵庫県", "神戸市灘区", "篠原北町", "657"),
        ("京都府", "京都市左京区", "下鴨松ノ木町", "606"), ("広島県", "広島市南区", "皆実町", "734"),
        ("新潟県", "新潟市中央区", "関屋金鉾", "951"), ("長野県", "松本市", "城東", "390"),
        ("沖縄県", "那覇市", "首里石嶺町", "903"), ("岡山県", "岡山市北区", "奉還町", "700")]

BLDG = ["メゾン桜丘", "グランドール", "コーポ若葉", "パークサイド", "ハイツ青木", "レジデンス",
        "サンライズ", "ヴィラ", "フォレスト"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


_AREA = {"156": "03", "166": "03", "177": "03", "136": "03", "225": "045", "211": "044",
         "251": "0466", "330": "048", "350": "049", "273": "047", "277": "04", "305": "029",
         "565": "06", "545": "06", "466": "052", "810": "092", "980": "022", "064": "011",
         "420": "054", "657": "078", "606": "075", "734": "082", "951": "025", "390": "0263",
         "903": "098", "700": "086"}


def _tel(z3: str, r: random.Random) -> str:
    area = _AREA[z3]
    mid = 4 if len(area) == 2 else (3 if len(area) == 3 else 2)
    return f"{area}-{r.randint(10 ** (mid - 1) * 2, 10 ** mid - 1)}-{r.randint(1000, 9999)}"


def people(n: int, seed: str, *, start_year: int = 1955, end_year: int = 2000,
           gender: str | None = None) -> list[dict]:
    r = random.Random(f"wedding-people-{seed}")
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    while len(out) < n:
        sei = r.choice(SEI)
        female = r.random() < 0.55 if gender is None else gender == "F"
        mei = r.choice(MEI_F if female else MEI_M)
        if (sei[0], mei[0]) in seen:
            continue
        seen.add((sei[0], mei[0]))
        pref, city, town, z3 = r.choice(ADDR)
        street = f"{r.randint(1, 6)}-{r.randint(1, 28)}-{r.randint(1, 19)}"
        bldg = ""
        if r.random() < 0.4:
            bldg = f" {r.choice(BLDG)}{r.randint(1, 9)}0{r.randint(1, 9)}"
        local = f"{mei[2].lower()}{r.choice(['.', '_', '', '-'])}{sei[2].lower()}{r.randint(1, 99)}"
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": f"{sei[0]}{mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2].upper()}",
            "female": female,
            "zip": f"{z3}-{r.randint(0, 9999):04d}",
            "pref": pref, "addr": f"{pref}{city}{town}{street}{bldg}",
            "addr_nopref": f"{city}{town}{street}{bldg}",
            "mobile": f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            "tel": _tel(z3, r),
            "email": f"{local}@{r.choice(FREEMAIL)}",
            "dob": date(r.randint(start_year, end_year), r.randint(1, 12), r.randint(1, 28)),
        })
    return out


# -- the senders (all internal) ----------------------------------------------------------------

YAMANE = "山根 沙織 <s-yamane@hinode-sangyo.co.jp>"
KIRITANI = "桐谷 健吾 <k-kiritani@hinode-sangyo.co.jp>"
OKOCHI = "大河内 みのり <m-okochi@hinode-sangyo.co.jp>"
KUGA = "Ryo Kuga <r-kuga@hinode-sangyo.co.jp>"
MIYATAKE = "宮武 奈緒 <n-miyatake@hinode-sangyo.co.jp>"
TSUGE = "柘植 大輔 <d-tsuge@hinode-sangyo.co.jp>"
NONOMURA = "野々村 理恵 <r-nonomura@bridal.hinode-sangyo.co.jp>"
HAYAMI = "速水 圭 <k-hayami@hinode-sangyo.co.jp>"

SIG_YAMANE = """
--------------------------------------------------
日の出産業株式会社 ブライダル事業部
ウエディングプランナー　山根 沙織（やまね さおり）
〒150-0013 東京都渋谷区恵比寿2-9-14 日の出ビル5F
TEL 03-5789-2210（直通） FAX 03-5789-2219
s-yamane@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_KIRITANI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
ブライダル事業部 手配・コーディネート課
桐谷 健吾
TEL：03-5789-2231　携帯：080-4419-2730
〒150-0013 東京都渋谷区恵比寿2-9-14
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_OKOCHI = """
――
日の出産業株式会社　ブライダル事業部　業務課（会計・ご精算担当）
大河内 みのり
TEL 03-5789-2240 / m-okochi@hinode-sangyo.co.jp"""

SIG_KUGA = """
--
Ryo Kuga (久我 亮)
Overseas Wedding Desk, Bridal Division
Hinode Sangyo Co., Ltd.
5F Hinode Bldg., 2-9-14 Ebisu, Shibuya-ku, Tokyo 150-0013, Japan
Tel +81-3-5789-2255 / r-kuga@hinode-sangyo.co.jp"""

SIG_MIYATAKE = """
==============================
日の出産業株式会社 ブライダル事業部
ゲストリレーション担当　宮武 奈緒
〒150-0013 東京都渋谷区恵比寿2-9-14 日の出ビル5F
TEL 03-5789-2212
=============================="""

SIG_TSUGE = """
-- 
日の出産業株式会社 ブライダル事業部 部長
柘植 大輔
03-5789-2200（代表）"""

SIG_NONOMURA = """
野々村 理恵
日の出産業（株）ブライダル事業部 営業事務
内線 2261"""

SIG_HAYAMI = """
――――――――――
日の出産業株式会社 ブライダル事業部
フォト・映像手配　速水 圭
TEL 03-5789-2236"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""



def couples(n: int, seed: str) -> list[tuple[dict, dict]]:
    """n (groom, bride) pairs of invented people."""
    return list(zip(people(n, seed + "-m", start_year=1986, end_year=1998, gender="M"),
                    people(n, seed + "-f", start_year=1988, end_year=1999, gender="F")))


MESSAGES: list[dict] = []

# == 001-020 ============================================================================

_g001 = people(8, "001")
MESSAGES.append({
    "id": "wedding-001", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 guests' names, addresses and phones pasted as a padded table for the printer",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["相良 様 <sagara@nishiki-insatsu.co.jp>"],
    "subject": "【宛名印刷のお願い】11/23 鳴海様・早乙女様 招待状（第1便）",
    "body": "錦印刷株式会社\n営業部 相良様\n\nいつもお世話になっております。日の出産業ブライダル事業部の山根です。\n"
            "11月23日（土）ご挙式の鳴海様・早乙女様の招待状につきまして、\n"
            "宛名印刷分の第1便（新郎側ご親族・ご友人）をお送りいたします。\n"
            "封筒は洋2・毛筆体の縦書き、連名の場合は「様」をそれぞれにお付けください。\n\n"
            + table([["No", "氏名", "〒", "住所", "電話"]]
                    + [[str(i + 1), p["name"], p["zip"], p["addr"], p["tel"]]
                       for i, p in enumerate(_g001)])
            + "\n\n新婦側の分は新婦様からデータをいただき次第（来週水曜目途）お送りします。\n"
              "校正はPDFで1部いただけますと助かります。\nよろしくお願いいたします。\n" + SIG_YAMANE,
})

MESSAGES.append({
    "id": "wedding-002", "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary scheduling mail to one hotel contact, sender signature only",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["さくらホテル 宴会営業 西園寺様 <k-saionji@sakura-hotel.jp>"],
    "subject": "会場下見のご相談（12/7 蓮見様・皆川様）",
    "body": "さくらホテル\n宴会営業部 西園寺様\n\nいつも大変お世話になっております。\n日の出産業の山根でございます。\n\n"
            "来春ご検討中の蓮見様・皆川様ご両家が、12月7日（日）に会場の下見を希望されています。\n"
            "以下のいずれかのお時間で、「桜の間」と「ガーデンチャペル」を拝見できますでしょうか。\n\n"
            "　第1希望　12/7（日）10:30〜\n　第2希望　12/7（日）14:00〜\n　第3希望　12/14（日）11:00〜\n\n"
            "当日は新郎新婦様とご両親（計4名）、弊社から私が同行いたします。\n"
            "あわせて、控室と駐車場の動線も確認させていただけますと幸いです。\n\n"
            "お忙しいところ恐れ入りますが、ご都合をお知らせくださいませ。\n" + SIG_YAMANE,
})

_card003 = card_number(4001)
MESSAGES.append({
    "id": "wedding-003", "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a bride's full card number and expiry sent to the payment agency",
    "charset": "shift_jis",
    "sender": OKOCHI,
    "to": ["決済プラス 加盟店サポート <support@kessai-plus.co.jp>"],
    "subject": "手動オーソリのお願い（加盟店ID 2207-118）",
    "body": "株式会社決済プラス\n加盟店サポートご担当者様\n\nお世話になっております。日の出産業ブライダル事業部 業務課の大河内です。\n"
            "端末の通信エラーでオーソリが通らないため、お電話で承った内容で手動オーソリをお願いできますでしょうか。\n\n"
            f"　カード番号：{_card003[:4]} {_card003[4:8]} {_card003[8:12]} {_card003[12:]}\n"
            "　有効期限　：08/29\n"
            "　カード名義：AYAKA SETOGUCHI（瀬戸口 彩花 様）\n"
            "　金額　　　：1,280,000円（挙式・披露宴 中間金）\n"
            "　支払区分　：一括\n\n"
            "承認番号が取れましたら、本メールへの返信でお知らせください。\n" + SIG_OKOCHI,
})

MESSAGES.append({
    "id": "wedding-004", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "appointment confirmation to one bride on gmail; no third party data",
    "charset": "utf-8",
    "sender": YAMANE,
    "to": ["瀬戸口 彩花 <ayaka.setoguchi.0612@gmail.com>"],
    "subject": "次回お打合せ（ドレス試着）のご確認",
    "body": "瀬戸口 彩花 様\n\nこんにちは、日の出産業ブライダルの山根です。\n先日はお忙しい中ご来店いただき、ありがとうございました！\n\n"
            "次回のお打合せは下記のとおりです。\n\n■日時：10月18日（土）13:00〜16:00\n■場所：アトリエ・ブラン 恵比寿店（2F 試着室）\n"
            "■内容：ウエディングドレス・カラードレスの試着（3〜4着）\n\n"
            "【お持ちいただきたいもの】\n・当日お使いになる予定のブライダルインナー（お持ちでしたら）\n"
            "・ヒールの高さが近い靴\n・イメージ写真（スマホの画像で大丈夫です）\n\n"
            "ご不明な点がありましたら、いつでもご連絡くださいね。\n当日お会いできるのを楽しみにしております。\n" + SIG_YAMANE,
})

MESSAGES.append({
    "id": "wedding-005", "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five private persons (二次会幹事) on free mail all in To: should have been Bcc",
    "charset": "iso-2022-jp",
    "sender": MIYATAKE,
    "to": ["tomomi.kuwabara27@gmail.com", "shinya-ashida@yahoo.co.jp", "haruka.m0304@icloud.com",
           "kento_tsuzuki88@docomo.ne.jp", "rio-sasamori@outlook.jp"],
    "subject": "二次会幹事の皆さまへ：打合せ日程のご案内",
    "body": "二次会幹事の皆さま\n\nはじめまして。日の出産業ブライダル事業部の宮武と申します。\n"
            "相馬様・設楽様の二次会（ビストロ・シエル貸切）のお手伝いをさせていただきます。\n\n"
            "幹事の皆さまとの初回打合せを、以下の候補で調整させてください。\n"
            "　A）9/27（土）19:00〜　B）9/28（日）14:00〜　C）10/1（水）20:00〜（オンライン）\n\n"
            "ご都合のよいものを、このメールにご返信ください。\n景品の予算や余興の内容も当日ご相談できればと思います。\n"
            + SIG_MIYATAKE,
})

_g006 = people(32, "006")
_rows006 = [["区分", "氏名", "ふりがな", "郵便番号", "住所1", "住所2", "電話番号", "連名"]]
for i, p in enumerate(_g006):
    a = p["addr"].split(" ")
    _rows006.append(["新郎" if i % 2 else "新婦", p["name"], p["kana"], p["zip"], a[0],
                     a[1] if len(a) > 1 else "", p["tel"] if i % 3 else p["mobile"],
                     "ご家族様" if i % 7 == 0 else ""])
MESSAGES.append({
    "id": "wedding-006", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV (CP932) address book of 32 invited guests attached for envelope printing",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["<sagara@nishiki-insatsu.co.jp>"],
    "subject": "相馬様・設楽様　招待状宛名データ送付",
    "body": "相良様\n\nお世話になっております。山根です。\n相馬様・設楽様（1/18挙式）の宛名データを添付いたします。\n"
            "新郎新婦様がExcelで作られたものをCSVに書き出しております。全32件です。\n"
            "「連名」列に「ご家族様」とあるものは、宛名の後に「ご家族様」と添えてください。\n\n"
            "何かございましたらご連絡ください。\n" + SIG_YAMANE,
    "attachments": [{"kind": "csv", "name": "相馬設楽様_宛名リスト.csv", "encoding": "cp932",
                     "rows": _rows006}],
})

_T007 = corp_number("011001045213")
MESSAGES.append({
    "id": "wedding-007", "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": ["personal_data"],
    "note": "invoice to a partner: company T-number and company bank account only",
    "charset": "shift_jis",
    "sender": OKOCHI,
    "to": ["川崎電機 総務部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    "subject": "【請求書送付】提携ウエディングプラン 協賛金（2025年度下期）",
    "body": "川崎電機株式会社\n総務部 福利厚生課 御中\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。\n"
            "社員様向け提携ウエディングプランの2025年度下期分協賛金につきまして、請求書をお送りいたします。\n\n"
            "　請求書番号：HB-INV-250931\n　ご請求金額：1,650,000円（税込）\n　お支払期日：2025年11月30日\n"
            f"　適格請求書発行事業者登録番号：T{_T007}\n\n"
            "お振込先：みどり銀行 恵比寿支店 普通 3318742 ニチノデサンギョウ（カ\n\n"
            "ご査収のほど、よろしくお願い申し上げます。\n" + SIG_OKOCHI,
    "attachments": [{"kind": "pdf", "name": "HB-INV-250931.pdf", "title": "請求書",
                     "lines": ["請求書", "", "川崎電機株式会社 御中", "請求書番号 HB-INV-250931",
                               f"登録番号 T{_T007}", "日の出産業株式会社 東京都渋谷区恵比寿2-9-14",
                               "TEL 03-5789-2200", ""],
                     "table": [["品目", "数量", "単価", "金額"],
                               ["提携プラン協賛金（下期）", "1", "1,500,000", "1,500,000"],
                               ["消費税（10%）", "", "", "150,000"],
                               ["合計", "", "", "1,650,000"]]}],
})

MESSAGES.append({
    "id": "wedding-008", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named guest's disability and stroke history sent to the hotel (要配慮個人情報)",
    "charset": "shift_jis",
    "sender": MIYATAKE,
    "to": ["さくらホテル 宿泊予約 <rsv@sakura-hotel.jp>"],
    "cc": ["k-saionji@sakura-hotel.jp"],
    "subject": "バリアフリールームのご相談（2/8 相馬様ご親族）",
    "body": "さくらホテル 宿泊予約ご担当者様\n（cc：宴会営業 西園寺様）\n\nいつもお世話になっております。日の出産業の宮武です。\n\n"
            "2月8日の相馬家・設楽家ご披露宴にご出席予定の、新郎様のご祖父様について、ご相談させてください。\n\n"
            "　お名前：相馬 孝雄 様（ご宿泊 2/7〜2/8 1泊）\n"
            "　ご状況：昨年の脳梗塞の後遺症で左半身に麻痺があり、身体障害者手帳2級をお持ちです。\n"
            "　　　　　移動は車椅子で、入浴・トイレに手すりが必要とのことです。\n"
            "　付き添い：ご長男（新郎のお父様）が同室予定\n\n"
            "ユニバーサルルームのご用意は可能でしょうか。あわせて、披露宴会場までのエレベーター動線も\n"
            "教えていただけますと助かります。\n\nどうぞよろしくお願いいたします。\n" + SIG_MIYATAKE,
})

_g009 = people(2, "009")
MESSAGES.append({
    "id": "wedding-009", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two reception helpers' mobiles to the hotel: under five people, may warn",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["西園寺様 <k-saionji@sakura-hotel.jp>"],
    "subject": "Re: 12/20 鳴海様 当日の受付について",
    "body": "西園寺様\n\nお世話になっております。山根です。\n当日の受付は、新郎新婦様のご友人お二人が担当されます。\n"
            "集合は10:15に2F受付前でお願いしております。念のため連絡先をお伝えします。\n\n"
            f"　新郎側：{_g009[0]['name']} 様　携帯 {_g009[0]['mobile']}\n"
            f"　新婦側：{_g009[1]['name']} 様　携帯 {_g009[1]['mobile']}\n\n"
            "ご祝儀のお預かりは、受付終了後にお二人から私が受け取り、クロークで保管いたします。\n"
            "よろしくお願いいたします。\n" + SIG_YAMANE,
})

MESSAGES.append({
    "id": "wedding-010", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain sakura-hoteI.jp uses a capital I for the l of the partner's domain",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["宿泊予約課 <group-rsv@sakura-hoteI.jp>"],
    "subject": "団体客室ブロックのお願い（3/15-16 10室）",
    "body": "さくらホテル 宿泊予約課 御中\n\nお世話になっております。日の出産業の桐谷です。\n"
            "3月15日（土）の二階堂様・百瀬様ご披露宴に伴い、遠方ゲスト用の客室ブロックをお願いいたします。\n\n"
            "　期間：3/15（土）〜3/16（日）1泊\n　室数：ツイン6室、シングル4室\n"
            "　料金：いつもの婚礼ゲスト特別料金にて\n　リリース：2/14（金）\n\n"
            "宿泊者名簿は確定次第お送りします。ご確認のほどよろしくお願いいたします。\n" + SIG_KIRITANI,
})

_g011 = people(12, "011")
_g011b = _g011[:8]
MESSAGES.append({
    "id": "wedding-011", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX rooming list (12 guests) and shuttle list with names and mobiles to the hotel",
    "charset": "utf-8",
    "sender": KIRITANI,
    "to": ["group-rsv@sakura-hotel.jp"],
    "subject": "宿泊者名簿・送迎名簿送付（3/15 二階堂様・百瀬様）",
    "body": "さくらホテル 宿泊予約課 ご担当者様\n\nお世話になっております。日の出産業の桐谷です。\n"
            "先日ブロックいただいた3/15の客室につきまして、宿泊者名簿が確定しましたので添付いたします。\n"
            "シート「送迎」は新幹線駅からのシャトル利用者です。\n\n"
            "変更が出ましたら都度ご連絡いたします。よろしくお願いいたします。\n" + SIG_KIRITANI,
    "attachments": [{"kind": "xlsx", "name": "二階堂百瀬様_宿泊送迎名簿.xlsx",
                     "sheets": {
                         "宿泊": [["二階堂家・百瀬家 ご披露宴 宿泊者名簿（3/15-3/16）"], [],
                                  ["No", "氏名", "フリガナ", "携帯電話", "部屋タイプ", "同室", "IN", "OUT"]]
                                 + [[i + 1, p["name"], p["kana"], p["mobile"],
                                     "ツイン" if i < 8 else "シングル",
                                     _g011[i ^ 1]["name"] if i < 8 else "", "3/15", "3/16"]
                                    for i, p in enumerate(_g011)],
                         "送迎": [["新幹線 新横浜駅 → ホテル シャトル（3/15 10:40発）"],
                                  ["氏名", "携帯", "人数", "備考"]]
                                 + [[p["name"], p["mobile"], 1, "大きな荷物あり" if i == 2 else ""]
                                    for i, p in enumerate(_g011b)],
                         "メモ": [["リリース日", "2/14"], ["担当", "桐谷"]]}}],
})

MESSAGES.append({
    "id": "wedding-012", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "list of partner dress shops (business addresses and phones) to one bride on free mail",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["芦田 瑞穂 様 <mizuho_ashida@yahoo.co.jp>"],
    "subject": "提携ドレスショップのご案内",
    "body": "芦田 瑞穂 様\n\nいつもありがとうございます。山根です。\n先日お話しした提携ドレスショップの一覧をお送りしますね。\n"
            "いずれも「日の出ブライダルの紹介」とお伝えいただくと、試着料が無料になります。\n\n"
            "・アトリエ・ブラン 恵比寿店\n　東京都渋谷区恵比寿西1-7-3 ブランビル3F　TEL 03-5456-7781（11:00〜19:00／火曜定休）\n"
            "・アトリエ・ブラン 横浜店\n　神奈川県横浜市西区みなとみらい3-5-1 MMタワー2F　TEL 045-228-4410\n"
            "・ドレスサロン ルミナ 銀座\n　東京都中央区銀座6-12-8 ルミナ銀座ビル5F　TEL 03-6264-1190（要予約）\n"
            "・和装処 紬屋 自由が丘\n　東京都目黒区自由が丘2-14-6　TEL 03-3718-0522\n\n"
            "和装もご検討とのことでしたので、紬屋さんは白無垢・色打掛の品揃えがおすすめです。\n" + SIG_YAMANE,
})

_mn013 = my_number(4001)
MESSAGES.append({
    "id": "wedding-013", "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a freelance MC's My Number (full-width digits) sent to the outside tax office",
    "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["水沢税理士事務所 小田切様 <odagiri@mizusawa-tax.jp>"],
    "subject": "支払調書の件（司会者 報酬分）",
    "body": "水沢税理士事務所\n小田切様\n\nお世話になっております。日の出産業 ブライダル事業部の大河内です。\n"
            "ご依頼のあった報酬の支払調書用の情報が、司会の方から届きましたのでお送りします。\n\n"
            "　氏名　　：香月 恵理（かつき えり）\n"
            "　住所　　：東京都杉並区阿佐谷北4-11-6 ハイツ青木203\n"
            f"　個人番号：{fw(_mn013[:4])} {fw(_mn013[4:8])} {fw(_mn013[8:])}\n"
            "　支払金額：1,184,000円（源泉徴収税額 120,886円）\n\n"
            "ご本人からは番号確認書類の写しも郵送でいただいておりますので、必要でしたらお申し付けください。\n"
            + SIG_OKOCHI,
})

MESSAGES.append({
    "id": "wedding-014", "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregate wedding statistics (counts, averages) with no person in them",
    "charset": "utf-8",
    "sender": TSUGE,
    "to": ["日本ブライダル協会 調査担当 <survey@bridal-kyokai.or.jp>"],
    "subject": "2024年度 婚礼実施状況調査へのご回答",
    "body": "一般社団法人 日本ブライダル協会\n調査ご担当者様\n\n平素よりお世話になっております。日の出産業 ブライダル事業部の柘植でございます。\n"
            "標記調査につきまして、弊社の回答を下記のとおりお送りいたします。\n\n"
            + table([["項目", "2023年度", "2024年度"],
                     ["施行組数", "412組", "438組"],
                     ["平均招待人数", "58.3名", "54.9名"],
                     ["平均単価（挙式・披露宴）", "3,214千円", "3,352千円"],
                     ["フォトウエディングのみ", "61組", "88組"],
                     ["アレルギー対応メニュー提供件数", "1,022食", "1,187食"],
                     ["海外ゲスト参加のある婚礼", "37組", "52組"],
                     ["キャンセル（全体比）", "3.4%", "2.9%"]])
            + "\n\n※組数はリゾート婚・海外挙式（提携先施行分）を除きます。\n不明点がございましたらご連絡ください。\n" + SIG_TSUGE,
})

_g015 = people(7, "015")
_stops015 = ["JR新横浜駅 北口", "JR新横浜駅 北口", "東急 綱島駅", "JR新横浜駅 北口", "東急 綱島駅",
             "JR新横浜駅 北口", "JR新横浜駅 北口"]
MESSAGES.append({
    "id": "wedding-015", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "bullet list of 7 shuttle passengers with mobiles to the bus company",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["青葉運輸 貸切バス配車係 <charter@aoba-unyu.co.jp>"],
    "subject": "3/15 送迎マイクロバス 乗車予定者について",
    "body": "青葉運輸株式会社\n貸切バス配車係 御中\n\nお世話になっております。日の出産業の桐谷です。\n"
            "3/15（土）送迎便（配車番号 AB-0315-02）の乗車予定者をお知らせします。\n"
            "遅れる方がいた場合、ドライバーさんから直接ご連絡いただいて構いません。\n\n"
            + "\n".join(f"・{p['name']}様（{p['mobile']}）乗車地：{s}" for p, s in zip(_g015, _stops015))
            + "\n\n出発は10:40、ホテル着11:20予定です。\nよろしくお願いいたします。\n" + SIG_KIRITANI,
})

_g016 = people(6, "016")
MESSAGES.append({
    "id": "wedding-016", "expect": "pass", "entities": [], "detectors": [],
    "note": "the rooming list is only in the quoted text of the hotel's own mail; new text has no data",
    "charset": "shift_jis",
    "sender": KIRITANI,
    "to": ["宿泊予約課 <group-rsv@sakura-hotel.jp>"],
    "subject": "Re: ルーミングリスト確認のお願い（4/5 日下部様）",
    "body": "宿泊予約課 ご担当者様\n\nお世話になっております。桐谷です。\n確認しました。内容に誤りはございません。\n"
            "1点だけ、3行目の方はチェックインが21時頃になるとのことですので、レイトチェックインの旨ご記録ください。\n"
            "よろしくお願いいたします。\n\n桐谷\n\n"
            "> 日の出産業 桐谷様\n>\n> いつもお世話になっております。さくらホテル宿泊予約課でございます。\n"
            "> 4/5日下部様ご披露宴の宿泊者について、下記のとおり手配いたしました。\n> ご確認をお願いいたします。\n>\n"
            + "\n".join(f"> {i + 1}. {p['name']}様  {p['mobile']}  ツイン  4/4-4/5"
                        for i, p in enumerate(_g016))
            + "\n>\n> さくらホテル 宿泊予約課 TEL 045-330-1200\n",
})

MESSAGES.append({
    "id": "wedding-017", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child guest's anaphylaxis history and EpiPen (medical) sent to the caterer",
    "charset": "utf-8",
    "sender": MIYATAKE,
    "to": ["北国フーズ ケータリング部 井筒様 <izutsu@kitaguni-foods.co.jp>"],
    "subject": "【重要】5/24 檜山様ご披露宴 お子様アレルギー対応のお願い",
    "body": "北国フーズ株式会社\nケータリング部 井筒様\n\nいつもお世話になっております。日の出産業の宮武です。\n"
            "5/24（土）檜山様・月岡様ご披露宴のお子様ゲストについて、アレルギー対応をお願いいたします。\n\n"
            "　お名前：檜山 里緒 ちゃん（新婦様の姪、6歳）／B卓\n"
            "　内容　：鶏卵・乳（牛乳・乳製品すべて）。過去にアナフィラキシーショックで救急搬送歴あり。\n"
            "　　　　　主治医の診断書あり、エピペンを常時携帯されています。\n"
            "　ご要望：完全除去のお子様プレートを別調理で。デザートも別対応をお願いします。\n\n"
            "お母様が当日も同席されますが、万一の際はすぐにキャプテン経由で私にご連絡ください。\n"
            "調理場での混入防止の手順も、事前に共有いただけますと安心です。\n" + SIG_MIYATAKE,
})

MESSAGES.append({
    "id": "wedding-018", "expect": "pass", "entities": [], "detectors": [],
    "note": "allergy counts per table for the caterer, no guest named or identifiable",
    "charset": "shift_jis",
    "sender": MIYATAKE,
    "to": ["izutsu@kitaguni-foods.co.jp"],
    "subject": "6/14 披露宴 アレルギー対応数（確定）",
    "body": "井筒様\n\nお世話になっております。宮武です。\n6/14（土）「桜の間」披露宴（84名）の特別対応食、確定数をお知らせします。\n\n"
            "　A卓：甲殻類除去 1\n　C卓：そば・落花生除去 1、ノンアルコール対応 3\n"
            "　E卓：生もの不可（加熱対応） 2\n　G卓：お子様プレート 2（うち卵除去 1）\n"
            "　高砂：なし\n\n合計：特別対応 10食\n\n変更がありましたら前日15時までにご連絡します。\n"
            "よろしくお願いいたします。\n" + SIG_MIYATAKE,
})

MESSAGES.append({
    "id": "wedding-019", "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four different vendor companies all visible in To",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["花みずきフラワー 岩永様 <iwanaga@hanamizuki-flower.jp>",
           "スタジオ・ルミエール 鳴海様 <narumi@studio-lumiere.jp>",
           "ビジュー・ヘアメイク 宍戸様 <shishido@bijou-hairmake.jp>",
           "司会事務所かなで 三枝様 <saegusa@mc-kanade.jp>"],
    "subject": "【合同打合せ】6/14 菅生様・野々宮様 進行確認のご案内",
    "body": "関係者各位\n\nいつもお世話になっております。日の出産業の山根です。\n"
            "6/14（土）菅生様・野々宮様ご披露宴につきまして、合同の進行確認を行います。\n\n"
            "　日時：6/3（火）14:00〜15:00\n　場所：日の出ビル5F 打合せ室B（オンライン参加可）\n\n"
            "お色直しの入り時間、ブーケプルズ、映像の入りなど、各社さまにまたがる部分を確認させてください。\n"
            "ご都合が悪い場合は代理の方のご参加でも構いません。\n" + SIG_YAMANE,
})

_g020 = people(64, "020")
MESSAGES.append({
    "id": "wedding-020", "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "full guest list to a colleague: every recipient is internal",
    "charset": "utf-8",
    "sender": YAMANE,
    "to": ["宮武 奈緒 <n-miyatake@hinode-sangyo.co.jp>"],
    "cc": ["桐谷 健吾 <k-kiritani@hinode-sangyo.co.jp>"],
    "subject": "菅生様・野々宮様 ゲストリスト（最新版）",
    "body": "宮武さん\n（cc 桐谷さん）\n\nお疲れさまです。山根です。\n菅生様・野々宮様のゲストリスト最新版です（64名）。\n"
            "宿泊と送迎の手配は桐谷さん、席次とアレルギーの確認は宮武さんでお願いします。\n"
            "外部に出すときは必要な列だけにしてくださいね。\n\n山根",
    "attachments": [{"kind": "xlsx", "name": "菅生野々宮様_ゲストリスト_v5.xlsx",
                     "sheets": {"ゲスト": [["区分", "氏名", "かな", "〒", "住所", "電話"]]
                                + [["新郎" if i % 2 else "新婦", p["name"], p["kana"], p["zip"], p["addr"],
                                    p["tel"]] for i, p in enumerate(_g020)]}}],
})

# == 021-040 ============================================================================

_g021 = people(9, "021", start_year=1992, end_year=1999)
MESSAGES.append({
    "id": "wedding-021", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 9 party guests (name, mobile, e-mail) pasted into the body",
    "charset": "utf-8",
    "sender": MIYATAKE,
    "to": ["ビストロ・シエル 店長 真壁様 <makabe@bistro-ciel.jp>"],
    "subject": "相馬様・設楽様 二次会 受付用名簿（幹事様確認済み）",
    "body": "ビストロ・シエル\n真壁様\n\nお世話になっております。日の出産業の宮武です。\n"
            "10/11（土）の二次会、幹事さまから受付用の名簿をいただきましたので共有します。\n"
            "エクセルからそのまま貼り付けていますので、ずれていたらすみません。\n"
            "当日欠席の連絡が入った場合、お店に直接電話が行くかもしれません。\n\n"
            + tsv([["名前", "携帯", "メール", "会費"]]
                  + [[p["name2"], p["mobile"], p["email"], "済" if i % 3 else "当日"]
                     for i, p in enumerate(_g021)])
            + "\n\n残りの方（約30名）は当日受付でお名前を伺う形になります。\n" + SIG_MIYATAKE,
})

MESSAGES.append({
    "id": "wedding-022", "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA with a new photo studio; the draft contract holds no personal data",
    "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["スタジオ・ルミエール 代表 鳴海様 <narumi@studio-lumiere.jp>"],
    "subject": "秘密保持契約書（案）の送付について",
    "body": "株式会社スタジオ・ルミエール\n代表取締役 鳴海様\n\nお世話になっております。日の出産業の速水です。\n"
            "先日はお打合せのお時間をいただき、ありがとうございました。\n\n"
            "提携開始にあたり、まずは秘密保持契約（NDA）を締結させていただきたく、\n"
            "弊社ひな形をもとにした案を添付いたします。\n"
            "第5条（秘密情報の返還・廃棄）と第8条（有効期間）について、御社のご意見をいただけますと幸いです。\n"
            "締結後、撮影データの受け渡し方法や新郎新婦様の肖像の取り扱いについて詳細を詰めさせてください。\n"
            + SIG_HAYAMI,
    "attachments": [{"kind": "docx", "name": "秘密保持契約書（案）_スタジオルミエール様.docx",
                     "title": "秘密保持契約書（案）",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という。）と株式会社スタジオ・ルミエール（以下「乙」という。）は、"
                                    "婚礼写真撮影業務の提携検討に関し、次のとおり契約を締結する。",
                                    "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                                    "第2条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した技術上又は営業上の情報をいう。",
                                    "第5条（返還・廃棄）受領者は、開示者の求めに応じ、秘密情報を速やかに返還又は廃棄する。",
                                    "第8条（有効期間）本契約の有効期間は締結日から3年間とする。",
                                    "甲：東京都渋谷区恵比寿2-9-14 日の出産業株式会社 代表取締役 ＿＿＿＿",
                                    "乙：＿＿＿＿＿＿＿＿ 株式会社スタジオ・ルミエール 代表取締役 ＿＿＿＿"]}],
})

MESSAGES.append({
    "id": "wedding-023", "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers and birth dates of three overseas guests sent to the hotel",
    "charset": "utf-8",
    "sender": KUGA,
    "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
    "subject": "海外ゲスト 旅券情報（4/4チェックイン 日下部様ご披露宴）",
    "body": "さくらホテル フロントご担当者様\n\nお世話になっております。日の出産業 海外ゲスト担当の久我です。\n"
            "4/4チェックインの日下部様ご披露宴の海外ゲスト3名について、宿泊者名簿用の旅券情報をお送りします。\n"
            "（国内に住所のない外国人宿泊者のため、旅券の写しはチェックイン時にご本人様から提示いただきます）\n\n"
            "1) Name: Olivia GRANT　Nationality: Australia\n   Passport No.: PA4829173　DOB: 14 Mar 1991\n"
            "2) Name: Liam GRANT　Nationality: Australia\n   Passport No.: PB0937462　DOB: 02 Nov 1988\n"
            "3) Name: KIM Seo-yeon　Nationality: Korea\n   Passport No.: M58204719　DOB: 1993-07-21\n\n"
            "3名とも日本語は話せませんので、チェックイン時は英語対応をお願いいたします。\n"
            + SIG_KUGA,
})

MESSAGES.append({
    "id": "wedding-024", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "delivery tracking numbers for gift parcels sent to the bride on free mail",
    "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["蓮見 栞 様 <shiori.hasumi@icloud.com>"],
    "subject": "引出物宅配の発送完了のお知らせ",
    "body": "蓮見 栞 様\n\nこのたびはおめでとうございます。日の出産業ブライダル事業部の野々村です。\n"
            "ご依頼いただいた引出物宅配（全42件）の発送が完了いたしました。\n\n"
            "　発送日：11月26日\n　配送会社：青葉運輸\n"
            "　お問い合わせ番号：4402-8817-3056 〜 4402-8817-3097（連番）\n\n"
            "配達状況は青葉運輸のホームページから上記番号でご確認いただけます。\n"
            "ご不在で持ち戻りになった件は、こちらで再配達の手配をいたしますのでご安心ください。\n"
            + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "wedding-025", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops an s from the partner printer's domain",
    "charset": "shift_jis",
    "sender": YAMANE,
    "to": ["相良様 <sagara@nishiki-insatu.co.jp>"],
    "subject": "Re: 【校正】二階堂様・百瀬様 招待状・席札",
    "body": "相良様\n\nお世話になっております。山根です。\n校正ありがとうございました。新郎新婦様から下記2点の修正依頼がありました。\n\n"
            "1. 招待状本文 3行目「ご多用中」→「ご多用のところ」\n"
            "2. 席札の裏メッセージ用の余白を、上下5mmずつ広げてください\n\n"
            "上記修正後は再校不要で、そのまま本刷りに進めていただいて大丈夫です。\n"
            "納品は2/10（月）までに弊社宛でお願いいたします。\n" + SIG_YAMANE,
})

_g026 = people(6, "026", start_year=1990, end_year=1998)
_roles026 = ["受付（新郎側）", "受付（新郎側）", "受付（新婦側）", "受付（新婦側）", "余興：ダンス代表", "友人スピーチ"]
MESSAGES.append({
    "id": "wedding-026", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table with six friends' names, mobiles and e-mails sent to the MC office",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["三枝 様 <saegusa@mc-kanade.jp>"],
    "subject": "菅生様・野々宮様 進行表と余興・受付担当者一覧",
    "body": "司会事務所かなで\n三枝様\n\nいつもお世話になっております。山根です。\n"
            "6/14の進行表（第2稿）と、受付・余興・スピーチ担当の方の一覧をお送りします。\n"
            "余興の段取りは、直接ダンス代表の方とご相談いただいて大丈夫とのことです。\n" + SIG_YAMANE,
    "attachments": [{"kind": "docx", "name": "進行表_第2稿_担当者一覧.docx",
                     "paragraphs": ["菅生家・野々宮家 ご披露宴 進行表（第2稿）", "11:30 受付開始 / 12:00 開宴",
                                    "12:40 乾杯 / 13:30 余興 / 14:10 友人スピーチ / 14:30 お開き",
                                    "", "受付・余興・スピーチ担当者"],
                     "tables": [[["役割", "氏名", "携帯", "メール"]]
                                + [[r, p["name"], p["mobile"], p["email"]] for r, p in zip(_roles026, _g026)]]}],
})

MESSAGES.append({
    "id": "wedding-027", "expect": "pass", "entities": [], "detectors": [],
    "note": "flower order with product codes and quantities to one florist contact",
    "charset": "shift_jis",
    "sender": KIRITANI,
    "to": ["花みずきフラワー 受注センター <order@hanamizuki-flower.jp>"],
    "subject": "【発注】6/14 桜の間 装花（発注番号 HF-0614-07）",
    "body": "花みずきフラワー 受注センター御中\n\nお世話になっております。日の出産業の桐谷です。\n下記のとおり発注いたします。\n\n"
            + table([["品番", "品名", "数量", "単価"],
                     ["WT-210", "メインテーブル装花（ホワイト×グリーン）", "1式", "68,000"],
                     ["GT-045", "ゲストテーブル装花 Mサイズ", "10", "8,500"],
                     ["BQ-118", "クラッチブーケ（芍薬）", "1", "32,000"],
                     ["BT-007", "ブートニア", "1", "3,000"],
                     ["CK-002", "ケーキ周り装花", "1", "6,000"]])
            + "\n\n納品：6/14（土）8:30 さくらホテル 搬入口B\n請求書は月末締めでお願いします。\n" + SIG_KIRITANI,
})

MESSAGES.append({
    "id": "wedding-028", "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "mail classified 【社外秘】 in subject and body stamp, sent to a partner hotel",
    "charset": "iso-2022-jp",
    "sender": TSUGE,
    "to": ["さくらホテル 宴会営業部長 伊集院様 <ijuin@sakura-hotel.jp>"],
    "subject": "【社外秘】2026年度 送客手数料率 改定案",
    "body": "■■ 社外秘 ■■\n\nさくらホテル\n宴会営業部 部長 伊集院様\n\n平素より大変お世話になっております。日の出産業の柘植でございます。\n"
            "来期の送客手数料につきまして、弊社内で検討中の改定案をお送りいたします。\n\n"
            "　・挙式＋披露宴（60名以上）　現行 12% → 改定案 14%\n"
            "　・少人数会食（30名未満）　　現行 10% → 改定案 10%（据え置き）\n"
            "　・フォトウエディング　　　　現行  8% → 改定案 10%\n\n"
            "あくまで弊社内の検討段階の数字ですので、取扱いにはご留意ください。\n"
            "来月の定例で改めてご相談させていただければ幸いです。\n" + SIG_TSUGE,
})

MESSAGES.append({
    "id": "wedding-029", "expect": "pass", "entities": [], "detectors": [],
    "note": "only talks about how guest data will be handled; the word 機密 is a mention, not a marking",
    "charset": "utf-8",
    "sender": YAMANE,
    "to": ["相良様 <sagara@nishiki-insatsu.co.jp>"],
    "subject": "宛名データの受け渡し方法について",
    "body": "相良様\n\nお世話になっております。山根です。\n来月から、招待状の宛名データの受け渡し方法を変更させてください。\n\n"
            "ゲストの皆さまのご住所は機密性の高い情報ですので、今後はメール添付をやめ、\n"
            "ツバサシステムさんの共有ストレージ（アクセス期限7日）経由でお渡しします。\n"
            "御社側の担当者を2名まで登録できますので、ご登録いただくメールアドレスをお知らせください。\n\n"
            "印刷後のデータ削除については、従来どおり削除報告書をいただく形で問題ございません。\n" + SIG_YAMANE,
})

MESSAGES.append({
    "id": "wedding-030", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "bride's cancer diagnosis and hospitalisation in a cancellation-insurance claim",
    "charset": "shift_jis",
    "sender": OKOCHI,
    "to": ["あんしん損保 婚礼キャンセル保険 受付 <claim@anshin-sonpo.co.jp>"],
    "subject": "挙式キャンセル保険 保険金請求のご相談（証券番号 WCX-2025-004417）",
    "body": "あんしん損害保険株式会社\n婚礼キャンセル保険 受付ご担当者様\n\nお世話になっております。日の出産業ブライダル事業部の大河内です。\n"
            "弊社で9/13に予定しておりましたご披露宴が、新婦様のご病気により中止となりましたので、保険金請求のご相談です。\n\n"
            "　証券番号　：WCX-2025-004417\n　契約者　　：二階堂 千尋 様（新婦）\n"
            "　生年月日　：平成4年2月19日\n"
            "　中止理由　：8/2に乳がん（ステージII）と診断、8/20から入院・手術のため\n"
            "　診断書　　：ご本人から原本を郵送予定（○○大学病院 乳腺外科）\n"
            "　キャンセル料：2,148,000円（規定により挙式30日前以降 50%）\n\n"
            "請求書類一式のご案内をいただけますでしょうか。\n" + SIG_OKOCHI,
})

_g031 = people(4, "031")
MESSAGES.append({
    "id": "wedding-031", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four guests' names and mobiles for a hired car: under the five-person threshold",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["charter@aoba-unyu.co.jp"],
    "subject": "4/5 ハイヤー手配（ご親族4名）",
    "body": "青葉運輸 配車係 御中\n\nいつもお世話になっております。桐谷です。\n"
            "4/5（土）、ご高齢のご親族4名様の移動用に、ジャンボタクシーを1台お願いします。\n\n"
            "　ご自宅（川崎市中原区内）→ さくらホテル正面玄関　9:30お迎え\n\n"
            + "\n".join(f"　{p['name']} 様　{p['mobile']}" for p in _g031)
            + "\n\n代表のご連絡先は一番上の方です。よろしくお願いします。\n" + SIG_KIRITANI,
})

_g032 = people(10, "032")
MESSAGES.append({
    "id": "wedding-032", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 10 invited guests with addresses and phones sent to the hotel",
    "charset": "shift_jis",
    "sender": KIRITANI,
    "to": ["group-rsv@sakura-hotel.jp"],
    "subject": "宿泊予定ゲスト一覧（5/24 檜山様・月岡様）",
    "body": "宿泊予約課 ご担当者様\n\nお世話になっております。桐谷です。\n5/24のご披露宴で宿泊予定のゲスト一覧をPDFでお送りします。\n"
            "ご住所は宿泊者名簿の事前記入用です。\n" + SIG_KIRITANI,
    "attachments": [{"kind": "pdf", "name": "檜山月岡様_宿泊ゲスト一覧.pdf",
                     "lines": ["檜山家・月岡家 ご披露宴 宿泊予定ゲスト一覧（5/23〜5/24）", ""],
                     "table": [["No", "氏名", "〒", "住所", "電話"]]
                     + [[str(i + 1), p["name"], p["zip"], p["addr"], p["tel"]] for i, p in enumerate(_g032)]}],
})

MESSAGES.append({
    "id": "wedding-033", "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary English mail to one overseas partner with the standard disclaimer",
    "charset": "utf-8",
    "sender": KUGA,
    "to": ["Kalena Akana <kalena@aloha-bridal.com>"],
    "subject": "Ceremony timeline - Oct 4 (Yagihashi / Yuasa)",
    "body": "Hi Kalena,\n\nThank you for the call yesterday. Here is the timeline we agreed for the Yagihashi / Yuasa ceremony on October 4:\n\n"
            "  2:00 pm  Hair & make-up at the hotel\n  3:30 pm  Departure to the chapel\n"
            "  4:30 pm  Ceremony (30 min)\n  5:15 pm  Beach photo session\n  6:30 pm  Dinner reception (24 guests)\n\n"
            "Could you confirm whether the chapel allows a string trio inside? The couple would love live music.\n\n"
            "Best regards,\nRyo\n" + SIG_KUGA + "\n" + DISCLAIMER_EN,
})

_g034 = people(45, "034")
MESSAGES.append({
    "id": "wedding-034", "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (the guest list inside cannot be inspected)",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["sagara@nishiki-insatsu.co.jp"],
    "subject": "檜山様・月岡様 宛名データ（パスワード別送）",
    "body": "相良様\n\nお世話になっております。山根です。\n檜山様・月岡様の宛名データをお送りします。\n"
            "ZIPのパスワードは別メールでお送りいたします。\n\nよろしくお願いいたします。\n" + SIG_YAMANE,
    "attachments": [{"kind": "zip", "name": "hiyama_tsukioka_atena.zip", "password": "Hy0524#wed",
                     "files": [{"kind": "csv", "name": "atena.csv", "encoding": "cp932",
                                "rows": [["氏名", "郵便番号", "住所"]]
                                + [[p["name"], p["zip"], p["addr"]] for p in _g034]}]}],
})

_mn035 = my_number(4002)
MESSAGES.append({
    "id": "wedding-035", "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "a My Number passed between two internal staff only",
    "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["経理部 源泉担当 <gensen@hinode-sangyo.co.jp>"],
    "subject": "報酬支払 個人番号のご連絡（フラワーアーティスト 笹森様）",
    "body": "経理部 源泉ご担当者様\n\nお疲れさまです。ブライダル事業部の大河内です。\n"
            "外部のフラワーアーティストの方の個人番号を受領しましたので、社内の源泉管理台帳への登録をお願いします。\n\n"
            f"　氏名：笹森 晴香\n　住所：神奈川県藤沢市鵠沼海岸3-8-12\n　個人番号：{_mn035}\n\n"
            "本人確認書類（運転免許証の写し）は、書面で回付します。\n大河内",
})

MESSAGES.append({
    "id": "wedding-036", "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "DOCX application with the couple's passport numbers and birth dates to the Hawaii coordinator",
    "charset": "utf-8",
    "sender": KUGA,
    "to": ["kalena@aloha-bridal.com"],
    "subject": "Marriage license application - YAGIHASHI / YUASA",
    "body": "Hi Kalena,\n\nAttached is the completed application form for the couple's Hawaii marriage license appointment.\n"
            "Their passport details are filled in as on the passports they will bring.\nPlease let me know if anything is missing.\n\n"
            "Thanks,\nRyo\n" + SIG_KUGA,
    "attachments": [{"kind": "docx", "name": "License_Application_Yagihashi_Yuasa.docx",
                     "paragraphs": ["Marriage License Application - Pre-registration", "Ceremony date: October 4",
                                    "Officiant: Rev. Makoa Kealoha"],
                     "tables": [[["", "Groom", "Bride"],
                                 ["Full name", "YAGIHASHI Takumi", "YUASA Nanako"],
                                 ["Date of birth", "1993-05-08", "1995-12-23"],
                                 ["Place of birth", "Saitama, Japan", "Nagano, Japan"],
                                 ["Passport No.", "TR7481920", "TZ3069158"],
                                 ["Passport expiry", "2031-02-17", "2029-08-30"],
                                 ["Father's name", "YAGIHASHI Katsuhiko", "YUASA Takao"],
                                 ["Mother's maiden name", "SHITARA Noriko", "IGARASHI Setsuko"]]]}],
})

MESSAGES.append({
    "id": "wedding-037", "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "normal three-way mail: hotel in To, caterer in Cc (two external organisations)",
    "charset": "iso-2022-jp",
    "sender": MIYATAKE,
    "to": ["西園寺様 <k-saionji@sakura-hotel.jp>"],
    "cc": ["井筒様 <izutsu@kitaguni-foods.co.jp>"],
    "subject": "試食会の日程について（檜山様・月岡様）",
    "body": "さくらホテル 西園寺様\n（cc：北国フーズ 井筒様）\n\nお世話になっております。日の出産業の宮武です。\n"
            "檜山様・月岡様の試食会ですが、4/12（土）12:00からで新郎新婦様のご了承をいただきました。\n"
            "会場は前回と同じ「楓の間」をお借りできますでしょうか。\n"
            "井筒様には、前回ご提案いただいたフレンチコースAとBを、2名分ずつご用意いただけますと幸いです。\n" + SIG_MIYATAKE,
})

_g038 = [("Olivia", "GRANT", "olivia.grant@bigpond.com.au", "+61 412 583 907", "1991-03-14"),
         ("Liam", "GRANT", "liam.grant88@gmail.com", "+61 423 190 446", "1988-11-02"),
         ("Margaret", "GRANT", "mgrant.perth@outlook.com", "+61 8 9384 2271", "1960-06-09"),
         ("Peter", "GRANT", "pgrant.perth@outlook.com", "+61 8 9384 2271", "1958-01-27"),
         ("Chloe", "WALSH", "chloe.w@iinet.net.au", "+61 438 772 015", "1992-09-30"),
         ("Daniel", "O'BRIEN", "dan.obrien@icloud.com", "+61 401 664 328", "1990-04-18")]
MESSAGES.append({
    "id": "wedding-038", "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "English body listing six overseas guests with e-mails, phones and birth dates",
    "charset": "utf-8",
    "sender": KUGA,
    "to": ["Sophie Tran <sophie@pacific-journeys.com>"],
    "subject": "Group flights PER-NRT for the Kusakabe wedding (6 pax)",
    "body": "Dear Sophie,\n\nAs discussed, please find below the six guests travelling from Perth for the Kusakabe wedding in Yokohama.\n"
            "They would like to fly out on April 1 and return on April 8.\n\n"
            + "\n".join(f"{i + 1}. {f} {l} | {e} | {t} | DOB {d}" for i, (f, l, e, t, d) in enumerate(_g038))
            + "\n\nMargaret and Peter would prefer aisle seats. Please contact the guests directly for payment.\n\n"
              "Kind regards,\nRyo Kuga\n" + SIG_KUGA,
})

MESSAGES.append({
    "id": "wedding-039", "expect": "pass", "entities": [], "detectors": [],
    "note": "list of hotels (business addresses and switchboards), not people",
    "charset": "shift_jis",
    "sender": KUGA,
    "to": ["星空トラベル インバウンド課 <inbound@hoshizora-travel.co.jp>"],
    "subject": "提携ホテル一覧（海外ゲスト向け）",
    "body": "星空トラベル株式会社\nインバウンド課 ご担当者様\n\nお世話になっております。日の出産業の久我です。\n"
            "海外ゲスト向けパッケージでご案内いただく提携ホテルの一覧です。\n\n"
            + table([["ホテル名", "所在地", "代表電話", "英語対応"],
                     ["さくらホテル 横浜", "横浜市港北区新横浜2-6-1", "045-330-1200", "○"],
                     ["さくらホテル 恵比寿", "渋谷区恵比寿4-3-8", "03-5420-8800", "○"],
                     ["ホテル潮見坂", "鎌倉市由比ガ浜3-1-22", "0467-24-5110", "△"],
                     ["グランヴェール舞浜", "浦安市舞浜2-30-4", "047-350-7711", "○"],
                     ["旅館 月見亭", "箱根町強羅1300-52", "0460-82-4019", "×"]], gap=3)
            + "\n\n料金表は別途、営業から送らせていただきます。\n" + SIG_KUGA,
})

MESSAGES.append({
    "id": "wedding-040", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest's religion (Muslim: halal meals, prayer room) sent to the hotel",
    "charset": "iso-2022-jp",
    "sender": MIYATAKE,
    "to": ["k-saionji@sakura-hotel.jp"],
    "subject": "ハラール対応と礼拝スペースのご相談（5/24）",
    "body": "西園寺様\n\nお世話になっております。宮武です。\n5/24の檜山様・月岡様ご披露宴に、新郎様の大学時代のご友人でマレーシアご出身の\n"
            "アフマド・ファウジ様（Ahmad Fauzi 様、D卓）がご出席されます。\n\n"
            "イスラム教徒でいらっしゃるため、以下をお願いできますでしょうか。\n"
            "　・お料理：ハラール対応（豚・アルコール由来成分不使用）、乾杯はソフトドリンク\n"
            "　・礼拝：披露宴中（14時前後）に10分ほど礼拝されたいとのことで、空いている小部屋をお借りしたい\n"
            "　・キブラ（メッカの方角）が分かると助かるそうです\n\n"
            "北国フーズさんにはお料理の件のみ別途お伝えします。\n" + SIG_MIYATAKE,
})

# == 041-060 ============================================================================

_g041 = people(15, "041")
MESSAGES.append({
    "id": "wedding-041", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "TSV export of 15 gift recipients (name, address, phone) attached for delivery",
    "charset": "shift_jis",
    "sender": NONOMURA,
    "to": ["寿ギフト 宅配受付 <takuhai@kotobuki-gift.co.jp>"],
    "subject": "引出物宅配 お届け先データ（蓮見様 11/23分）",
    "body": "寿ギフト株式会社\n宅配受付ご担当者様\n\nいつもお世話になっております。日の出産業の野々村です。\n"
            "11/23蓮見様分の引出物宅配のお届け先データを、予約管理システムから出力してお送りします。\n"
            "タブ区切りのテキストです。コースAは縁起物＋カタログ、コースBはカタログのみです。\n"
            "お届け指定日はすべて11/24午前でお願いします。\n" + SIG_NONOMURA,
    "attachments": [{"kind": "txt", "name": "hasumi_1123_delivery.tsv", "encoding": "utf-8",
                     "text": tsv([["guest_id", "氏名", "郵便番号", "住所", "電話番号", "コース"]]
                                 + [[f"G{1123000 + i:07d}", p["name"], p["zip"], p["addr"], p["tel"],
                                     "A" if i % 4 else "B"] for i, p in enumerate(_g041)]) + "\n"}],
})

MESSAGES.append({
    "id": "wedding-042", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "payment receipt to the bride showing only a masked card number",
    "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["mizuho_ashida@yahoo.co.jp"],
    "subject": "お支払い完了のご連絡（内金）",
    "body": "芦田 瑞穂 様\n\nこのたびはご成約誠にありがとうございます。日の出産業ブライダル事業部の大河内です。\n"
            "内金のお支払いを確認いたしましたのでご連絡いたします。\n\n"
            "　お支払い金額：200,000円\n　お支払い方法：クレジットカード（末尾 ****-4821）\n"
            "　ご契約番号　：HB-2025-1187\n\n"
            "領収書は次回お打合せ時にお渡しいたします。\n残金のお支払い期日は、挙式日の14日前となります。\n" + SIG_OKOCHI,
})

MESSAGES.append({
    "id": "wedding-043", "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a foreign service staff member's residence card number sent to the staffing agency",
    "charset": "iso-2022-jp",
    "sender": TSUGE,
    "to": ["ハレスタッフ 営業部 江頭様 <egashira@hare-staff.co.jp>"],
    "subject": "配膳スタッフ 在留資格確認の件",
    "body": "株式会社ハレスタッフ\n営業部 江頭様\n\nお世話になっております。日の出産業の柘植です。\n"
            "来月からご派遣いただく配膳スタッフの方について、就労可否の確認のため在留カードの内容をお送りします。\n"
            "御社の登録情報と相違がないかご確認ください。\n\n"
            "　氏名：NGUYEN THI HOA（グエン ティ ホア）\n　生年月日：2001年8月14日\n"
            "　在留カード番号：UH48207319EA\n　在留資格：留学（資格外活動許可あり・週28時間以内）\n"
            "　在留期間満了日：2026年9月30日\n\n"
            "シフトは週3日、土日中心で予定しています。\n" + SIG_TSUGE,
})

MESSAGES.append({
    "id": "wedding-044", "expect": "pass", "entities": [], "detectors": [],
    "note": "reply whose only personal data is in the quoted \"On ... wrote:\" text of the recipient",
    "charset": "utf-8",
    "sender": KUGA,
    "to": ["kalena@aloha-bridal.com"],
    "subject": "Re: Guest arrivals for Oct 4",
    "body": "Hi Kalena,\n\nThanks, this all looks right. I have passed the arrival times to the couple.\n"
            "One small change: the Yuasa family will take the later shuttle at 3:00 pm instead.\n\nBest,\nRyo\n\n"
            "On Tue, Sep 9, 2025 at 8:12 AM Kalena Akana <kalena@aloha-bridal.com> wrote:\n"
            "> Aloha Ryo,\n> Here are the guest arrivals we have on file:\n"
            "> - Katsuhiko YAGIHASHI, +81 90-3318-2741, HA 864 arr. 10/2 9:05\n"
            "> - Noriko YAGIHASHI, +81 90-3318-2742, HA 864 arr. 10/2 9:05\n"
            "> - Takao YUASA, +81 80-6620-1957, JL 782 arr. 10/3 9:40\n"
            "> - Setsuko YUASA, +81 80-6620-1958, JL 782 arr. 10/3 9:40\n"
            "> - Mizuho SHITARA, +81 70-2284-6613, ZG 2 arr. 10/3 7:50\n"
            "> - Kazuki SHITARA, +81 70-2284-6614, ZG 2 arr. 10/3 7:50\n"
            "> Mahalo,\n> Kalena\n",
})

_g045 = people(38, "045")
MESSAGES.append({
    "id": "wedding-045", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "plain ZIP with a UTF-8 CSV and an XLSX of 38 guests' addresses and phones",
    "charset": "shift_jis",
    "sender": YAMANE,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "二階堂様・百瀬様 席次表・宛名データ一式",
    "body": "錦印刷 制作部 御中\n\nお世話になっております。日の出産業の山根です。\n"
            "二階堂様・百瀬様の席次表データと宛名データをZIPにまとめてお送りします。\n"
            "席次表の肩書は新郎新婦様に確認済みです。\n" + SIG_YAMANE,
    "attachments": [{"kind": "zip", "name": "nikaido_momose_0315.zip",
                     "files": [{"kind": "csv", "name": "atena_utf8.csv", "encoding": "utf-8",
                                "rows": [["氏名", "郵便番号", "住所", "電話"]]
                                + [[p["name"], p["zip"], p["addr"], p["tel"]] for p in _g045]},
                               {"kind": "xlsx", "name": "sekiji.xlsx",
                                "sheets": {"席次": [["卓", "氏名", "肩書"]]
                                           + [[chr(65 + i // 6), p["name"], "新郎友人" if i % 2 else "新婦友人"]
                                              for i, p in enumerate(_g045)]}}]}],
})

_g046 = people(8, "046", start_year=1991, end_year=1998)
MESSAGES.append({
    "id": "wedding-046", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "announcement to eight private guests correctly put in Bcc; no list in the body",
    "charset": "iso-2022-jp",
    "sender": MIYATAKE,
    "to": ["宮武 奈緒 <n-miyatake@hinode-sangyo.co.jp>"],
    "bcc": [p["email"] for p in _g046],
    "subject": "【ご案内】相馬様・設楽様 二次会のお知らせ",
    "body": "二次会にご出席の皆さま\n\n（本メールはBCCでお送りしています）\n\n"
            "日の出産業ブライダル事業部の宮武です。幹事の皆さまに代わりご案内いたします。\n\n"
            "　日時：10月11日（土）18:30受付／19:00開始\n　会場：ビストロ・シエル（渋谷区恵比寿南1-4-9 2F）\n"
            "　会費：男性7,000円／女性6,000円（当日受付にて）\n　服装：平服でお越しください\n\n"
            "ご欠席・遅刻のご連絡は、このメールへのご返信でお願いいたします。\n" + SIG_MIYATAKE,
})

MESSAGES.append({
    "id": "wedding-047", "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "XLSX whose page header classifies it 社外秘, sent to an outside consultant",
    "charset": "utf-8",
    "sender": TSUGE,
    "to": ["和コンサルティング 雨宮様 <amemiya@wa-consulting.co.jp>"],
    "subject": "成約率分析データ送付の件",
    "body": "株式会社和コンサルティング\n雨宮様\n\nお世話になっております。日の出産業の柘植です。\n"
            "来週のワークショップ用に、フェア来場から成約までの店舗別データをお送りします。\n"
            "ご確認のほどよろしくお願いいたします。\n" + SIG_TSUGE,
    "attachments": [{"kind": "xlsx", "name": "成約率分析_FY2025上期.xlsx", "page_header": "社外秘",
                     "title": "成約率分析 FY2025上期（社外秘）",
                     "sheets": {"店舗別": [["成約率分析 FY2025上期　【社外秘】"], [],
                                          ["店舗", "来場組数", "成約組数", "成約率", "平均単価(千円)"],
                                          ["恵比寿サロン", 412, 151, "36.7%", 3480],
                                          ["横浜サロン", 298, 97, "32.6%", 3120],
                                          ["大宮サロン", 187, 52, "27.8%", 2890],
                                          ["オンライン相談", 244, 38, "15.6%", 2650]],
                                "月別": [["月", "来場", "成約"], ["4月", 188, 55], ["5月", 201, 61],
                                         ["6月", 176, 48], ["7月", 190, 53], ["8月", 160, 41], ["9月", 226, 80]]}}],
})

MESSAGES.append({
    "id": "wedding-048", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "contract details sent back to the contract holder herself: the recipient's own data",
    "charset": "utf-8",
    "sender": NONOMURA,
    "to": ["一ノ瀬 結衣 <yui.ichinose.0420@gmail.com>"],
    "subject": "ご登録内容のご確認（ご契約番号 HB-2025-1203）",
    "body": "一ノ瀬 結衣 様\n\nこのたびはご成約ありがとうございます。日の出産業ブライダル事業部の野々村です。\n"
            "ご契約時にご記入いただいた内容を確認のためお送りします。誤りがあればお知らせください。\n\n"
            "　ご契約者：一ノ瀬 結衣 様\n　ご住所：〒211-0025 神奈川県川崎市中原区木月2-17-4 コーポ若葉202\n"
            "　お電話：080-5527-3391\n　挙式日：2026年4月25日（土）\n　会場：さくらホテル 横浜 ガーデンチャペル\n\n"
            "今後のご案内はこのメールアドレス宛にお送りいたします。\n" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "wedding-049", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named groom's arrest (criminal matter) explained to the partner law firm",
    "charset": "shift_jis",
    "sender": TSUGE,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "キャンセル料請求に関するご相談（11/8 挙式中止案件）",
    "body": "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業の柘植でございます。\n"
            "挙式中止に伴うキャンセル料について、ご相談させてください。\n\n"
            "【経緯】\n・11/8に挙式予定だった新郎 宇佐美 直樹 様が、9/30に詐欺の容疑で神奈川県警に逮捕されたと\n"
            "　新婦様のお母様からご連絡がありました（報道もされています）。\n"
            "・新婦 仲宗根 杏奈 様は婚約を解消し、挙式を中止したいとのご意向です。\n"
            "・契約者は新郎様名義で、キャンセル料は規定上 1,420,000円 になります。\n\n"
            "新婦様側からは「自分に責任はないので支払えない」とのお申し出があり、\n"
            "どなたに、どのように請求すべきかご助言をいただけますでしょうか。\n" + SIG_TSUGE,
})

_g050 = people(3, "050")
MESSAGES.append({
    "id": "wedding-050", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three guests' names, mobiles and dates for a room booking: fewer than five people",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["group-rsv@sakura-hotel.jp"],
    "subject": "追加予約のお願い（6/13-14 3名）",
    "body": "宿泊予約課 ご担当者様\n\nお世話になっております。桐谷です。\n6/14菅生様ご披露宴の宿泊で、3名様の追加をお願いします。\n\n"
            + table([["氏名", "携帯", "部屋", "泊数"]]
                    + [[p["name"], p["mobile"], "シングル", "6/13〜1泊"] for p in _g050])
            + "\n\n料金はブロックと同じ特別料金でお願いします。\n" + SIG_KIRITANI,
})

_g051 = couples(6, "051")
_rows051 = "".join(
    f"<tr><td>{d}</td><td>{a['name']}・{b['name']} 様</td><td>{a['mobile']}</td><td>{a['email']}</td><td>{loc}</td></tr>\n"
    for d, a, b, loc in zip(["3/2(日)", "3/8(土)", "3/9(日)", "3/15(土)", "3/16(日)", "3/22(土)"],
                            [c[0] for c in _g051], [c[1] for c in _g051],
                            ["スタジオ", "新宿御苑", "スタジオ", "横浜山下公園", "鎌倉 長谷", "スタジオ"]))
MESSAGES.append({
    "id": "wedding-051", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of six couples (12 names) with mobiles and e-mails",
    "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["スタジオ・ルミエール 予約担当 <booking@studio-lumiere.jp>"],
    "subject": "3月 前撮り撮影 予約一覧",
    "html": "<html><body style=\"font-family:'Meiryo',sans-serif\">"
            "<p>スタジオ・ルミエール 予約ご担当者様</p>"
            "<p>いつもお世話になっております。日の出産業の速水です。<br>"
            "3月分の前撮り撮影のご予約一覧をお送りします。ロケの場合は雨天時の連絡を直接お客様にお願いします。</p>"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
            "<tr style=\"background:#f3e6ea\"><th>撮影日</th><th>お客様</th><th>代表携帯</th><th>メール</th><th>場所</th></tr>\n"
            + _rows051 +
            "</table><p>よろしくお願いいたします。</p>"
            "<p>--<br>日の出産業株式会社 ブライダル事業部<br>フォト・映像手配 速水 圭<br>TEL 03-5789-2236</p>"
            "</body></html>",
})

MESSAGES.append({
    "id": "wedding-052", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "partner vendor companies (business contacts) listed for one groom on free mail",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["長谷部 大輝 様 <daiki.hasebe@icloud.com>"],
    "subject": "持ち込み可能な提携業者のご案内",
    "body": "長谷部 大輝 様\n\nいつもありがとうございます。山根です。\nお問い合わせいただいた、提携業者の一覧をお送りします。\n\n"
            "【写真・映像】スタジオ・ルミエール（渋谷区神宮前）03-6418-2290\n"
            "【装花】花みずきフラワー（目黒区中目黒）03-3716-8871\n"
            "【ヘアメイク】ビジュー・ヘアメイク（港区南青山）03-5771-6602\n"
            "【司会】司会事務所かなで（新宿区四谷）03-3357-4410\n"
            "【引出物】寿ギフト（台東区浅草橋）03-3866-2051\n\n"
            "提携外の業者さんを持ち込まれる場合は、持込料（1業者 33,000円）がかかりますのでご注意ください。\n" + SIG_YAMANE,
})

_dl053 = license_number("30", "15", "482617")
MESSAGES.append({
    "id": "wedding-053", "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a shuttle driver's driving licence number and birth date sent to the insurer",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["あんしん損保 法人営業 瀬戸口様 <setoguchi@anshin-sonpo.co.jp>"],
    "subject": "社用車 運転者追加のお願い（証券番号 FLT-88204）",
    "body": "あんしん損害保険\n法人営業部 瀬戸口様\n\nお世話になっております。日の出産業の桐谷です。\n"
            "ゲスト送迎用ワゴン（品川300 あ 12-34）の運転者として、業務委託のドライバーを1名追加したいです。\n\n"
            "　氏名：設楽 勝彦\n　生年月日：昭和47年10月3日\n"
            f"　運転免許証番号：{_dl053}\n　免許の色：ゴールド\n　運転開始予定：12月1日\n\n"
            "保険料の差額がありましたらお知らせください。\n" + SIG_KIRITANI,
})

MESSAGES.append({
    "id": "wedding-054", "expect": "pass", "entities": [], "detectors": [],
    "note": "PPTX proposal with market statistics and plan prices; no people",
    "charset": "shift_jis",
    "sender": TSUGE,
    "to": ["伊集院様 <ijuin@sakura-hotel.jp>"],
    "subject": "少人数ウエディング共同プランのご提案",
    "body": "さくらホテル\n伊集院様\n\nお世話になっております。柘植です。\n"
            "先日お話しした少人数ウエディングの共同プランについて、提案資料をお送りします。\n"
            "来週の定例でご意見を伺えれば幸いです。\n" + SIG_TSUGE,
    "attachments": [{"kind": "pptx", "name": "少人数ウエディング共同プラン_ご提案.pptx",
                     "slides": [["少人数ウエディング共同プラン", "日の出産業株式会社 × さくらホテル", "2025年10月"],
                                ["市場動向", "30名未満の婚礼：全体の38%（前年+6pt）", "平均単価：162万円",
                                 "検討期間の短期化（平均4.2か月）"],
                                ["プラン概要", "挙式＋会食（10〜30名）", "基本料金 880,000円〜",
                                 "衣装・写真・装花をパッケージ化"],
                                ["収益シミュレーション", "年間60組想定", "売上 約6,100万円", "ホテル側客室稼働 +180室泊"]]}],
})

MESSAGES.append({
    "id": "wedding-055", "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF of partner terms carrying a Confidential footer on every page",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["花みずきフラワー 岩永様 <iwanaga@hanamizuki-flower.jp>"],
    "subject": "2026年度 提携条件書の送付",
    "body": "花みずきフラワー\n岩永様\n\nお世話になっております。桐谷です。\n2026年度の提携条件書（案）をPDFでお送りします。\n"
            "ご確認のうえ、ご不明点があればお知らせください。\n" + SIG_KIRITANI,
    "attachments": [{"kind": "pdf", "name": "提携条件書_2026_花みずき様.pdf",
                     "page_footer": "Confidential - Hinode Sangyo Co., Ltd.",
                     "page_header": "CONFIDENTIAL",
                     "lines": ["2026年度 装花業務 提携条件書（案）", "", "1. 紹介手数料：装花売上の15%",
                               "2. 支払条件：月末締め翌月末払い", "3. 最低保証：年間120件",
                               "4. 品質基準：別紙のとおり", "5. 契約期間：2026年4月1日〜2027年3月31日"]}],
})

MESSAGES.append({
    "id": "wedding-056", "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a bride's epilepsy shared between internal staff only",
    "charset": "utf-8",
    "sender": MIYATAKE,
    "to": ["キャプテン 十時 <s-totoki@hinode-sangyo.co.jp>", "yamane <s-yamane@hinode-sangyo.co.jp>"],
    "subject": "【社内共有】5/24 新婦様の体調について",
    "body": "十時さん、山根さん\n\nお疲れさまです。宮武です。\n5/24の新婦 月岡 美咲 様について、ご本人とお母様から伺った内容を共有します。\n\n"
            "・てんかんの持病があり服薬中。ここ3年発作はないが、強い光の点滅は避けたい\n"
            "・キャンドルサービスの演出はOK、フラッシュ多用のムービー演出はNG\n"
            "・万一の場合は横向きに寝かせ、お母様（C卓）を呼ぶ\n\n"
            "外部業者さんには「演出上フラッシュ不可」とだけ伝えてください。\n宮武",
})

_g057 = people(7, "057")
MESSAGES.append({
    "id": "wedding-057", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of the bride's mail listing seven gift recipients' addresses (forwarded text counts)",
    "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["takuhai@kotobuki-gift.co.jp"],
    "subject": "FW: 引出物の送り先（追加分）",
    "body": "寿ギフト 宅配受付 御中\n\nお世話になっております。野々村です。\n新婦様から追加の送り先が届きましたので、転送いたします。\n"
            "前回分と同じくコースAでお願いします。\n\n野々村\n\n"
            "---------- 転送メッセージ ----------\n"
            "差出人: 蓮見 栞 <shiori.hasumi@icloud.com>\n日付: 2025年11月12日(水) 22:41\n"
            "件名: 引出物の送り先（追加分）\n宛先: r-nonomura@bridal.hinode-sangyo.co.jp\n\n"
            "野々村さん\n\nお世話になっています、蓮見です。\n当日欠席になった親戚と、会社の方の分を追加でお願いしたいです！\n\n"
            + "\n".join(f"{p['name']}　〒{p['zip']} {p['addr']}　{p['tel']}" for p in _g057)
            + "\n\nよろしくお願いします。\n蓮見\n",
})

MESSAGES.append({
    "id": "wedding-058", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "cancellation-fee explanation to the couple on free mail; no sensitive reason given",
    "charset": "shift_jis",
    "sender": OKOCHI,
    "to": ["長谷部 大輝 様 <daiki.hasebe@icloud.com>"],
    "subject": "日程変更・キャンセル規定についてのご回答",
    "body": "長谷部 大輝 様\n\nお問い合わせありがとうございます。日の出産業の大河内です。\n日程変更とキャンセルの規定についてご案内いたします。\n\n"
            "【キャンセル料】\n　挙式日の150日前まで：申込金（10万円）のみ\n　149〜90日前：見積総額の20%\n"
            "　89〜30日前：見積総額の40%\n　29日前以降：見積総額の50%＋実費\n\n"
            "【日程変更】\n　1回まで無料（変更後の日程が1年以内の場合）\n\n"
            "現在のお見積り（2,860,000円）ですと、今月中のご変更であれば費用はかかりません。\n"
            "ご検討のうえ、お気軽にご相談ください。\n" + SIG_OKOCHI,
})

MESSAGES.append({
    "id": "wedding-059", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo-co.jp replaces the dot of the company's own domain with a hyphen",
    "charset": "utf-8",
    "sender": NONOMURA,
    "to": ["速水 圭 <k-hayami@hinode-sangyo-co.jp>"],
    "subject": "11月ブライダルフェア シフト表",
    "body": "速水さん\n\nお疲れさまです。野々村です。\n11月のブライダルフェアのシフト表です。フォトブース担当の日を確認してください。\n\n"
            "　11/2（日）恵比寿サロン 10:00-18:00\n　11/9（日）横浜サロン 10:00-17:00\n"
            "　11/16（日）恵比寿サロン 10:00-18:00\n　11/23（祝）さくらホテル 大宴会場 9:00-17:00\n\n"
            "都合が悪い日があれば今週中に教えてください。\n野々村",
})

MESSAGES.append({
    "id": "wedding-060", "expect": "pass", "entities": [], "detectors": [],
    "note": "quote request to one photo studio with plan codes only",
    "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["booking@studio-lumiere.jp"],
    "subject": "お見積りのお願い（4/25 一ノ瀬様）",
    "body": "スタジオ・ルミエール 予約ご担当者様\n\nお世話になっております。速水です。\n4/25（土）一ノ瀬様のご披露宴について、下記プランのお見積りをお願いします。\n\n"
            "　・PL-STD（スナップ撮影 挙式＋披露宴 300カット）\n　・MV-END（エンドロール撮って出し）\n"
            "　・OP-ALB20（アルバム 20P）\n\n会場：さくらホテル 横浜\n撮影時間：10:30〜15:30\n\n"
            "今週金曜までにいただけますと助かります。\n" + SIG_HAYAMI,
})

# == 061-080 ============================================================================

_g061 = couples(12, "061")
_d061 = ["2021/04/17", "2021/05/22", "2021/06/12", "2021/09/25", "2021/10/09", "2021/11/03"]
MESSAGES.append({
    "id": "wedding-061", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 24 past couples' names, addresses and phones for an anniversary mailing",
    "charset": "shift_jis",
    "sender": NONOMURA,
    "to": ["相良様 <sagara@nishiki-insatsu.co.jp>"],
    "subject": "結婚5周年DM 宛名リストの件",
    "body": "錦印刷 相良様\n\nいつもお世話になっております。日の出産業の野々村です。\n"
            "2021年にご挙式いただいたお客様向けの「結婚5周年記念ディナー」DMの宛名リストです。\n"
            "古いシステムから出したので.xls形式ですみません。ハガキ表面の宛名印字をお願いします。\n"
            "連名（ご夫婦）で印字してください。\n" + SIG_NONOMURA,
    "attachments": [{"kind": "xls", "name": "5th_anniv_DM_2021.xls",
                     "sheets": {"DM": [["挙式日", "ご主人", "奥様", "郵便番号", "住所", "電話"]]
                                + [[_d061[i % 6], a["name"], b["mei"], a["zip"], a["addr"], a["tel"]]
                                   for i, (a, b) in enumerate(_g061)]}}],
})

MESSAGES.append({
    "id": "wedding-062", "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two vendor companies in To for a joint site visit: two external organisations only",
    "charset": "utf-8",
    "sender": YAMANE,
    "to": ["岩永様 <iwanaga@hanamizuki-flower.jp>", "鳴海様 <narumi@studio-lumiere.jp>"],
    "subject": "ガーデンチャペル 新装飾の下見（11/5）",
    "body": "花みずきフラワー 岩永様\nスタジオ・ルミエール 鳴海様\n\nいつもお世話になっております。山根です。\n"
            "さくらホテルのガーデンチャペルが改装されましたので、11/5（水）15時から下見をご一緒いただけますか。\n"
            "装花の設置位置と、撮影時の逆光の具合を一緒に確認できればと思います。\n\n"
            "集合：ホテル1F ロビー（駐車場はB2をご利用ください）\n" + SIG_YAMANE,
})

MESSAGES.append({
    "id": "wedding-063", "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a new planner's basic pension number and health insurance card numbers to the labour consultant",
    "charset": "iso-2022-jp",
    "sender": TSUGE,
    "to": ["長谷川社会保険労務士事務所 <office@hasegawa-sr.jp>"],
    "subject": "資格取得届の件（ブライダル事業部 契約社員1名）",
    "body": "長谷川社会保険労務士事務所 御中\n\nいつもお世話になっております。日の出産業の柘植です。\n"
            "10月1日付で契約社員（ウエディングプランナー）を1名採用しましたので、資格取得手続きをお願いします。\n\n"
            "　氏名　　　　：鳴海 栞（なるみ しおり）\n　生年月日　　：平成8年6月11日\n"
            "　住所　　　　：東京都練馬区石神井町5-12-8 グランドール石神井305\n"
            "　基礎年金番号：4120-583716\n"
            "　前職の健康保険証：記号 31140582　番号 27（協会けんぽ 東京支部）\n"
            "　月額報酬　　：260,000円\n\n"
            "扶養家族はいません。必要書類があればお知らせください。\n" + SIG_TSUGE,
})

MESSAGES.append({
    "id": "wedding-064", "expect": "pass", "entities": [], "detectors": [],
    "note": "XLSX price list of travel+wedding packages; no personal data",
    "charset": "shift_jis",
    "sender": KUGA,
    "to": ["inbound@hoshizora-travel.co.jp"],
    "subject": "海外ゲスト向け宿泊付きプラン 料金表（2026年度）",
    "body": "星空トラベル インバウンド課 ご担当者様\n\nお世話になっております。久我です。\n先日お約束した2026年度の料金表をお送りします。\n"
            "繁忙期（3〜5月、10〜11月）は別シートです。\n" + SIG_KUGA,
    "attachments": [{"kind": "xlsx", "name": "GuestStay_Price_2026.xlsx",
                     "sheets": {"通常期": [["海外ゲスト向け 宿泊付きプラン 料金表（通常期）"], [],
                                          ["プランコード", "内容", "1名料金(円)", "備考"],
                                          ["GS-1N", "1泊朝食＋空港送迎(片道)", 28000, "成田/羽田"],
                                          ["GS-2N", "2泊朝食＋空港送迎(往復)", 52000, ""],
                                          ["GS-2N-T", "2泊＋鎌倉半日観光", 68000, "英語ガイド付"],
                                          ["GS-KIMONO", "着物レンタル＋着付け", 15000, "女性のみ"]],
                                "繁忙期": [["プランコード", "1名料金(円)"], ["GS-1N", 34000], ["GS-2N", 63000],
                                          ["GS-2N-T", 79000], ["GS-KIMONO", 18000]]}}],
})

MESSAGES.append({
    "id": "wedding-065", "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF application form that cannot be inspected",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["k-saionji@sakura-hotel.jp"],
    "subject": "婚礼申込書（檜山様）ご送付",
    "body": "西園寺様\n\nお世話になっております。桐谷です。\n檜山様の婚礼申込書をPDFでお送りします。\n"
            "パスワードは、いつもの方法でお電話にてお伝えします。\n" + SIG_KIRITANI,
    "attachments": [{"kind": "pdf", "name": "婚礼申込書_檜山様.pdf", "password": "hy20250524",
                     "lines": ["婚礼申込書", "新郎 月岡 航 / 新婦 檜山 美咲", "挙式日 2025年5月24日",
                               "新郎住所 東京都江東区南砂4-9-2", "新郎携帯 090-6712-4480"]}],
})

_card066 = card_number(4002)
MESSAGES.append({
    "id": "wedding-066", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "the card number appears only in the bride's own mail quoted under -----Original Message-----",
    "charset": "shift_jis",
    "sender": OKOCHI,
    "to": ["設楽 朋美 <tomomi.shitara@yahoo.co.jp>"],
    "subject": "RE: 残金のお支払いについて",
    "body": "設楽 朋美 様\n\nご連絡ありがとうございます。日の出産業の大河内です。\n"
            "恐れ入りますが、セキュリティ上、カード番号はメールではお受けしておりません。\n"
            "お手数ですが、お送りしたお支払い用URL（有効期限7日）からご入力いただけますでしょうか。\n"
            "いただいたメールは、こちらで削除いたします。\n\n" + SIG_OKOCHI + "\n\n"
            "-----Original Message-----\nFrom: 設楽 朋美 <tomomi.shitara@yahoo.co.jp>\n"
            "Sent: Tuesday, October 14, 2025 11:02 PM\nTo: m-okochi@hinode-sangyo.co.jp\n"
            "Subject: 残金のお支払いについて\n\n大河内さま\n\n残金はカードでお願いします。\n"
            f"カード番号 {_card066}\n有効期限 11/28\n名義 TOMOMI SHITARA\n\nよろしくお願いします。\n",
})

_g067 = [
    ("新郎父", "八木橋 勝彦", "ヤギハシ カツヒコ", date(1962, 9, 3), "330-0061", "埼玉県さいたま市浦和区常盤6-14-3"),
    ("新郎母", "八木橋 紀子", "ヤギハシ ノリコ", date(1965, 1, 27), "330-0061", "埼玉県さいたま市浦和区常盤6-14-3"),
    ("新郎祖母", "八木橋 フミ", "ヤギハシ フミ", date(1938, 4, 2), "350-0043", "埼玉県川越市新富町2-7-11"),
    ("新婦父", "湯浅 孝雄", "ユアサ タカオ", date(1963, 11, 18), "390-0807", "長野県松本市城東2-4-19"),
    ("新婦母", "湯浅 節子", "ユアサ セツコ", date(1966, 6, 30), "390-0807", "長野県松本市城東2-4-19"),
    ("新婦兄", "湯浅 康平", "ユアサ コウヘイ", date(1991, 2, 8), "466-0825", "愛知県名古屋市昭和区八事本町12-4 サンライズ八事502"),
]
MESSAGES.append({
    "id": "wedding-067", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six relatives with 和暦 birth dates (full-width) and addresses sent to the shrine",
    "charset": "shift_jis",
    "sender": YAMANE,
    "to": ["大神神社 社務所 <shamusho@omiwa-jinja.or.jp>"],
    "subject": "神前式 参列者名簿のご送付（１２月６日 湯浅家・八木橋家）",
    "body": "大神神社 社務所 御中\n\n平素より大変お世話になっております。日の出産業株式会社の山根でございます。\n"
            "１２月６日（土）湯浅家・八木橋家の神前式につきまして、ご祈祷用の参列者名簿をお送りいたします。\n\n"
            + "\n".join(f"{fw(str(i + 1))}．{r}　{nm}（{kn}）\n"
                        f"　　生年月日：{wareki(d, 'fwshort') if i % 2 else wareki(d)}\n"
                        f"　　住所：〒{fw(z)}　{ad}"
                        for i, (r, nm, kn, d, z, ad) in enumerate(_g067))
            + "\n\n当日は９時３０分に参集殿へ伺います。\n何卒よろしくお願い申し上げます。\n" + SIG_YAMANE,
})

MESSAGES.append({
    "id": "wedding-068", "expect": "pass", "entities": [], "detectors": [],
    "note": "contract-terms draft (business text) sent to the partner law firm",
    "charset": "iso-2022-jp",
    "sender": TSUGE,
    "to": ["shirakawa@shirakawa-law.jp"],
    "subject": "婚礼契約約款（改定案）のリーガルチェックのお願い",
    "body": "白川先生\n\nお世話になっております。柘植です。\n来年4月から婚礼契約約款を改定したく、改定案のリーガルチェックをお願いできますでしょうか。\n"
            "主な変更点は、感染症等による延期の取り扱いと、キャンセル料の段階の見直しです。\n"
            "消費者契約法第9条との関係で問題がないか、ご意見をいただけますと幸いです。\n" + SIG_TSUGE,
    "attachments": [{"kind": "docx", "name": "婚礼契約約款_改定案_v3.docx",
                     "paragraphs": ["婚礼契約約款（改定案 v3）",
                                    "第12条（お客様都合による解約）お客様の都合により本契約を解約する場合、別表に定める解約料を申し受けます。",
                                    "第13条（延期）天災地変、感染症の流行その他やむを得ない事由により延期する場合は、1回に限り無償とします。",
                                    "第14条（当社都合による解約）当社の責に帰すべき事由により婚礼を実施できない場合、受領済みの金員を全額返還します。"],
                     "tables": [[["解約の時期", "現行", "改定案"],
                                 ["150日前まで", "申込金", "申込金"],
                                 ["149〜90日前", "20%", "15%"],
                                 ["89〜30日前", "40%", "35%"],
                                 ["29日前以降", "50%", "50%"]]]}],
})

MESSAGES.append({
    "id": "wedding-069", "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "hotel in To and three other vendor companies in Cc: four external organisations see each other",
    "charset": "shift_jis",
    "sender": KIRITANI,
    "to": ["西園寺様 <k-saionji@sakura-hotel.jp>"],
    "cc": ["sagara@nishiki-insatsu.co.jp", "izutsu@kitaguni-foods.co.jp", "order@hanamizuki-flower.jp"],
    "subject": "【変更】5/24 檜山様 ご披露宴 人数変更（72名→68名）",
    "body": "さくらホテル 西園寺様\ncc：錦印刷 相良様、北国フーズ 井筒様、花みずきフラワー様\n\n"
            "お世話になっております。日の出産業の桐谷です。\n5/24 檜山様ご披露宴のゲスト人数が 72名 → 68名 に変更となりました。\n\n"
            "・席次表／席札：4名分削除（修正版は明日お送りします）\n・お料理：68名＋スタッフ食6\n"
            "・ゲスト卓装花：10卓 → 9卓\n\n各社さま、お手数ですがご対応をお願いいたします。\n" + SIG_KIRITANI,
})

MESSAGES.append({
    "id": "wedding-070", "expect": "pass", "entities": [], "detectors": [],
    "note": "document stamped 極秘 sent only to an internal subdomain address",
    "charset": "utf-8",
    "sender": TSUGE,
    "to": ["野々村 理恵 <r-nonomura@bridal.hinode-sangyo.co.jp>"],
    "subject": "【極秘】来期 価格改定方針（部内限り）",
    "body": "野々村さん\n\n極秘\n\n来期の価格改定方針です。部長会資料の抜粋なので部内限りでお願いします。\n"
            "・挙式料 +5%、衣装パック +8%\n・少人数プランは据え置き\n・早割（12か月前）の割引率を 10% → 7% に縮小\n\n"
            "発表は1月の全体会議です。それまでは他部署にも出さないでください。\n柘植",
})

_g071 = couples(10, "071")
MESSAGES.append({
    "id": "wedding-071", "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 10 couples (20 people) with e-mails and mobiles sent to a survey company",
    "charset": "utf-8",
    "sender": TSUGE,
    "to": ["ブリーズリサーチ 調査設計部 <cs-survey@brise-research.co.jp>"],
    "subject": "挙式後アンケート 配信リストのご送付",
    "body": "株式会社ブリーズリサーチ\n調査設計部 ご担当者様\n\nお世話になっております。日の出産業の柘植です。\n"
            "挙式後満足度アンケートの配信先リスト（8〜9月挙式分）をCSVでお送りします。\n"
            "配信は新婦様のメールアドレス宛のみでお願いします。\n" + SIG_TSUGE,
    "attachments": [{"kind": "csv", "name": "survey_list_2025_08-09.csv", "encoding": "utf-8",
                     "rows": [["契約番号", "挙式日", "新郎氏名", "新婦氏名", "新婦メール", "新婦携帯"]]
                     + [[f"HB-2025-{900 + i}", f"2025-0{8 + i % 2}-{10 + i:02d}", a["name"], b["name"], b["email"],
                         b["mobile"]] for i, (a, b) in enumerate(_g071)]}],
})

MESSAGES.append({
    "id": "wedding-072", "expect": "pass", "entities": [], "detectors": [],
    "note": "short delivery confirmation; only the sender's own signature with a mobile",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["order@hanamizuki-flower.jp"],
    "subject": "Re: 【納品予定】6/14 桜の間 装花",
    "body": "花みずきフラワー様\n\n承知しました。8:30搬入口Bで私が立ち会います。\n当日何かあれば下記携帯にご連絡ください。\n\n"
            "日の出産業 桐谷\n携帯 080-4419-2730",
})

MESSAGES.append({
    "id": "wedding-073", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named bride as a stalking victim (crime victim information) sent to the hotel",
    "charset": "iso-2022-jp",
    "sender": TSUGE,
    "to": ["さくらホテル 保安室 <security@sakura-hotel.jp>"],
    "cc": ["k-saionji@sakura-hotel.jp"],
    "subject": "【至急】4/25 挙式 警備上のお願い",
    "body": "さくらホテル 保安室 ご担当者様\n\nお世話になっております。日の出産業の柘植です。\n"
            "4/25（土）ガーデンチャペルで挙式予定の新婦 一ノ瀬 結衣 様について、警備上のご相談です。\n\n"
            "新婦様は以前交際していた男性からストーカー被害を受けており、現在、神奈川県警に被害届を提出済みで、\n"
            "相手方には警告が出ているとのことです。当日、会場付近に現れる可能性を心配されています。\n\n"
            "・ゲスト以外の入場確認（受付でリスト照合）\n・館内放送や掲示に新婦様のお名前を出さない\n"
            "・不審者を見かけた場合の警察への通報手順\n\n上記についてご対応可能か、ご相談させてください。\n" + SIG_TSUGE,
})

MESSAGES.append({
    "id": "wedding-074", "expect": "pass", "entities": [], "detectors": [],
    "note": "cancellation notice to the hotel; couple named only, no reason or data",
    "charset": "shift_jis",
    "sender": YAMANE,
    "to": ["k-saionji@sakura-hotel.jp"],
    "subject": "【キャンセル】7/19 長谷部様・早乙女様 ご披露宴",
    "body": "西園寺様\n\nお世話になっております。山根です。\n7/19（土）「桜の間」で仮押さえしておりました長谷部様・早乙女様のご披露宴ですが、\n"
            "お客様のご都合によりキャンセルとなりました。\n\n会場・客室ブロックともに解除をお願いいたします。\n"
            "キャンセル料の精算は弊社とお客様の間で行いますので、御社への発生分があればお知らせください。\n" + SIG_YAMANE,
})

_g075 = people(7, "075", start_year=1950, end_year=1996, gender="F")
_t075 = ["8:00", "8:00", "8:30", "8:30", "9:00", "9:00", "9:30"]
_m075 = ["黒留袖着付け", "黒留袖着付け", "訪問着着付け＋ヘア", "ヘアセット", "ヘアセット", "振袖着付け＋ヘア", "ヘアセット"]
MESSAGES.append({
    "id": "wedding-075", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX slides listing seven guests' names and mobiles for hair and kimono bookings",
    "charset": "utf-8",
    "sender": YAMANE,
    "to": ["宍戸様 <shishido@bijou-hairmake.jp>"],
    "subject": "12/6 湯浅様・八木橋様 着付け・ヘアセット予約者",
    "body": "ビジュー・ヘアメイク\n宍戸様\n\nお世話になっております。山根です。\n"
            "12/6の神前式、ご親族・ご友人の着付けとヘアセットの予約者を、打合せ用の資料にまとめました。\n"
            "お時間の変更はご本人に直接ご連絡いただいて大丈夫です。\n" + SIG_YAMANE,
    "attachments": [{"kind": "pptx", "name": "1206_着付けヘア予約.pptx",
                     "slides": [["12/6 湯浅家・八木橋家 神前式", "着付け・ヘアセット 予約者一覧", "控室：参集殿 2F 桐の間"]]
                     + [[f"予約 {i + 1}：{p['name']} 様", f"時間：{t}", f"メニュー：{m}", f"携帯：{p['mobile']}"]
                        for i, (p, t, m) in enumerate(zip(_g075, _t075, _m075))]}],
})

MESSAGES.append({
    "id": "wedding-076", "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "three children's names and ages for kids' meals: a short list under five people",
    "charset": "iso-2022-jp",
    "sender": MIYATAKE,
    "to": ["izutsu@kitaguni-foods.co.jp"],
    "subject": "6/14 お子様メニューのお願い",
    "body": "井筒様\n\nお世話になっております。宮武です。\n6/14のお子様ゲストは3名です。席札にお名前を入れるため、お皿にもお名前カードを添えてください。\n\n"
            "　・菅生 悠真 くん（8歳）G卓　お子様プレートB\n　・菅生 結衣 ちゃん（5歳）G卓　お子様プレートA\n"
            "　・野々宮 遼 くん（3歳）F卓　お子様プレートA（取り分け用の小皿も）\n\n"
            "よろしくお願いいたします。\n" + SIG_MIYATAKE,
})

MESSAGES.append({
    "id": "wedding-077", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp drops the s of the partner caterer's domain",
    "charset": "utf-8",
    "sender": MIYATAKE,
    "to": ["井筒様 <izutsu@kitaguni-food.co.jp>"],
    "subject": "試食会メニューの件（4/12）",
    "body": "北国フーズ 井筒様\n\nお世話になっております。宮武です。\n4/12の試食会、コースAの魚料理を真鯛から甘鯛に変更できるか、\n"
            "シェフにご確認いただけますでしょうか。\n新郎新婦様は白ワインに合うものをご希望です。\n" + SIG_MIYATAKE,
})

MESSAGES.append({
    "id": "wedding-078", "expect": "pass", "entities": [], "detectors": [],
    "note": "HTML-only bridal-fair announcement to a partner shop; no personal data",
    "charset": "utf-8",
    "sender": NONOMURA,
    "to": ["アトリエ・ブラン 販促ご担当 <pr@atelier-blanc.co.jp>"],
    "subject": "冬のブライダルフェア 出展のご案内",
    "html": "<html><body><p>アトリエ・ブラン 販促ご担当者様</p>"
            "<p>いつもお世話になっております。日の出産業ブライダル事業部の野々村です。<br>"
            "冬のブライダルフェアを下記日程で開催いたします。今回もドレス展示でのご出展をお願いできますでしょうか。</p>"
            "<table border=\"1\" cellpadding=\"5\"><tr><th>日程</th><th>会場</th><th>想定来場</th></tr>"
            "<tr><td>1/12（日）</td><td>恵比寿サロン</td><td>40組</td></tr>"
            "<tr><td>1/19（日）</td><td>さくらホテル 横浜</td><td>80組</td></tr>"
            "<tr><td>2/9（日）</td><td>横浜サロン</td><td>35組</td></tr></table>"
            "<p>出展料は前回同様、無料です。ご回答は12/10までにお願いいたします。</p>"
            "<p>野々村 理恵<br>日の出産業（株）ブライダル事業部 営業事務<br>TEL 03-5789-2261</p></body></html>",
})

_g079 = [("Emma", "NGUYEN", "emma.nguyen.sg@gmail.com", "+65 9174 2286", "SQ 634 / 4/3 21:50 HND"),
         ("Wei Jie", "TAN", "weijie.tan@singnet.com.sg", "+65 8822 6104", "SQ 634 / 4/3 21:50 HND"),
         ("Priya", "RAMAN", "priya.r.raman@yahoo.com", "+65 9031 5578", "NH 842 / 4/3 16:10 HND"),
         ("Marcus", "LIM", "marcuslim.arch@gmail.com", "+65 9760 1143", "TR 808 / 4/4 7:05 NRT"),
         ("Hannah", "LIM", "hannahlim88@hotmail.com", "+65 9760 1190", "TR 808 / 4/4 7:05 NRT"),
         ("Daniel", "KOH", "dkoh@pacificlaw.sg", "+65 6221 7730", "SQ 638 / 4/3 7:30 NRT")]
MESSAGES.append({
    "id": "wedding-079", "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one record per block for six overseas guests (name, e-mail, phone, flight) to the hotel",
    "charset": "utf-8",
    "sender": KUGA,
    "to": ["front@sakura-hotel.jp"],
    "subject": "4/4 日下部様ご披露宴 海外ゲスト（シンガポール）到着情報",
    "body": "さくらホテル フロントご担当者様\n\nいつもお世話になっております。久我です。\n"
            "4/4 日下部様ご披露宴の、シンガポールからのゲスト6名の到着情報です。\n"
            "深夜着の方がいらっしゃいますので、フロントで英語でのご案内をお願いします。\n\n"
            + "\n\n".join(f"■ {f} {l}\n  E-mail: {e}\n  Mobile: {t}\n  Flight: {fl}" for f, l, e, t, fl in _g079)
            + "\n\nよろしくお願いいたします。\n" + SIG_KUGA,
})

MESSAGES.append({
    "id": "wedding-080", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one photographer's business contact given to a bride on free mail",
    "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["芦田 瑞穂 様 <mizuho_ashida@yahoo.co.jp>"],
    "subject": "当日のカメラマンのご紹介",
    "body": "芦田 瑞穂 様\n\nこんにちは。日の出産業 フォト・映像手配の速水です。\n"
            "当日のスナップ撮影は、スタジオ・ルミエールの下記カメラマンが担当いたします。\n\n"
            "　スタジオ・ルミエール　フォトグラファー　菅生 陽介\n　TEL 03-6418-2290（スタジオ代表）\n"
            "　sugo@studio-lumiere.jp\n\n"
            "撮ってほしいカットのご要望があれば、直接ご相談いただいても大丈夫です。\n" + SIG_HAYAMI,
})

# == 081-100 ============================================================================

MESSAGES.append({
    "id": "wedding-081", "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the seating-chart XLSX is corrupt and cannot be read",
    "charset": "iso-2022-jp",
    "sender": MIYATAKE,
    "to": ["k-saionji@sakura-hotel.jp"],
    "subject": "席次表（最終版）送付 6/14 菅生様",
    "body": "西園寺様\n\nお世話になっております。宮武です。\n6/14 菅生様・野々宮様の席次表、最終版をお送りします。\n"
            "配膳とお席札の並びの確認にお使いください。\n" + SIG_MIYATAKE,
    "attachments": [{"kind": "corrupt", "name": "席次表_菅生野々宮様_最終.xlsx"}],
})

MESSAGES.append({
    "id": "wedding-082", "expect": "pass", "entities": [], "detectors": [],
    "note": "system support request to a partner vendor with the standard Japanese disclaimer",
    "charset": "shift_jis",
    "sender": NONOMURA,
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "【不具合】予約管理システムで席次PDFが出力できない（問合せ番号 TS-58812）",
    "body": "ツバサシステム株式会社\nサポートデスク ご担当者様\n\nいつもお世話になっております。日の出産業 ブライダル事業部の野々村です。\n"
            "昨日のアップデート（v4.12.0）以降、予約管理システムから席次表PDFを出力すると\n"
            "「E-2041 テンプレートの読み込みに失敗しました」と表示され、出力できません。\n\n"
            "　発生画面：婚礼詳細 > 席次 > PDF出力\n　ブラウザ：Edge 最新版／Chrome 最新版（どちらも発生）\n"
            "　発生件数：確認した5件すべて\n\n今週末の施行分の印刷が控えておりますので、至急ご確認をお願いいたします。\n"
            + SIG_NONOMURA + "\n" + DISCLAIMER_JA,
})

_g083 = people(5, "083", start_year=1970, end_year=1994)
_inst083 = ["ヴァイオリン", "ヴァイオリン", "ヴィオラ", "チェロ", "ピアノ／編曲"]
MESSAGES.append({
    "id": "wedding-083", "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "XLSX with five musicians' My Numbers, addresses and bank accounts sent to the tax office",
    "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["odagiri@mizusawa-tax.jp"],
    "subject": "演奏者報酬の支払調書用データ（2025年分）",
    "body": "水沢税理士事務所\n小田切様\n\nお世話になっております。大河内です。\n"
            "挙式で演奏をお願いしている弦楽アンサンブルの方々（5名）の、2025年分の支払調書用データです。\n"
            "振込口座も念のため入れてあります。\nよろしくお願いいたします。\n" + SIG_OKOCHI,
    "attachments": [{"kind": "xlsx", "name": "演奏者_支払調書データ_2025.xlsx",
                     "sheets": {"2025年分": [["演奏者 報酬支払一覧（2025年1月〜12月）"], [],
                                           ["氏名", "担当", "住所", "個人番号", "支払金額", "源泉税額", "振込先"]]
                                + [[p["name"], inst, p["addr"], my_number(4003 + i), 240000 + 36000 * i,
                                    int((240000 + 36000 * i) * 0.1021),
                                    f"みどり銀行 {['渋谷', '新宿', '池袋', '横浜', '大宮'][i]}支店 普通 {4810227 + 1379 * i}"]
                                   for i, (p, inst) in enumerate(zip(_g083, _inst083))]}}],
})

MESSAGES.append({
    "id": "wedding-084", "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "DOCX attachment is damaged and cannot be parsed",
    "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["booking@studio-lumiere.jp"],
    "subject": "撮影指示書（5/24 檜山様・月岡様）",
    "body": "スタジオ・ルミエール ご担当者様\n\nお世話になっております。速水です。\n5/24の撮影指示書をお送りします。\n"
            "ご親族の集合写真の並び順も記載しています。\n" + SIG_HAYAMI,
    "attachments": [{"kind": "corrupt", "name": "撮影指示書_0524_檜山月岡様.docx"}],
})

_card085 = card_number(4003)
MESSAGES.append({
    "id": "wedding-085", "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "staff wrote the groom's full card number into a new mail to the couple on gmail",
    "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["月岡 航 <wataru.tsukioka@gmail.com>"],
    "subject": "残金お支払いカードのご確認",
    "body": "月岡 航 様\n\nいつもありがとうございます。日の出産業の大河内です。\n"
            "お電話でお伺いした残金のお支払いカードについて、念のため内容をご確認ください。\n\n"
            f"　カード番号：{_card085[:4]}-{_card085[4:8]}-{_card085[8:12]}-{_card085[12:]}\n"
            "　有効期限：03/30\n　ご名義：WATARU TSUKIOKA\n　ご請求額：1,862,400円（一括）\n\n"
            "お間違いなければ、5/10に決済させていただきます。\n" + SIG_OKOCHI,
})

MESSAGES.append({
    "id": "wedding-086", "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘-stamped PDF circulated inside the company only",
    "charset": "iso-2022-jp",
    "sender": TSUGE,
    "to": ["bridal-all@hinode-sangyo.co.jp"],
    "subject": "上期 部門業績報告",
    "body": "ブライダル事業部の皆さん\n\nお疲れさまです。柘植です。\n上期の部門業績をまとめました。社外秘の資料ですので、外部への転送は厳禁です。\n"
            "来週の部会で説明します。\n柘植",
    "attachments": [{"kind": "pdf", "name": "上期業績報告_ブライダル事業部.pdf", "page_header": "社外秘",
                     "lines": ["2025年度 上期 ブライダル事業部 業績報告", "", "売上高 14.2億円（前年同期比 +7.8%）",
                               "施行組数 221組 / 成約組数 238組", "営業利益 1.31億円", "課題：少人数婚の単価低下"]}],
})

_g087 = people(6, "087")
MESSAGES.append({
    "id": "wedding-087", "expect": "stop",
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six recipients' addresses and phones (no name column) pasted in the body",
    "charset": "shift_jis",
    "sender": NONOMURA,
    "to": ["takuhai@kotobuki-gift.co.jp"],
    "subject": "お届け先の住所修正（6/14 菅生様分）",
    "body": "寿ギフト 宅配受付 御中\n\nお世話になっております。野々村です。\n先日お送りした6/14菅生様分のお届け先のうち、\n"
            "下記6件の住所・電話番号に誤りがありました。受付番号ごとに差し替えをお願いします。\n\n"
            + table([["受付番号", "郵便番号", "住所（修正後）", "電話", "品番"]]
                    + [[f"KG-0614-{17 + i * 3:03d}", p["zip"], p["addr"], p["tel"], "CT-3300" if i % 2 else "CT-5500"]
                       for i, p in enumerate(_g087)])
            + "\n\nお手数をおかけしますが、よろしくお願いいたします。\n" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "wedding-088", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "day-of information to the groom's father on free mail: one private recipient",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["八木橋 勝彦 様 <k-yagihashi@ezweb.ne.jp>"],
    "subject": "12月6日 当日のご案内（新郎ご両親様へ）",
    "body": "八木橋 勝彦 様\n\nこのたびは誠におめでとうございます。日の出産業の山根でございます。\n当日のご案内をお送りいたします。\n\n"
            "　ご集合：9時00分　大神神社 参集殿 1階受付\n　お控室：2階「桐の間」（ご両家別室）\n"
            "　お着付け：お母様は8時30分から2階「萩の間」にて\n"
            "　駐車場：第2駐車場をご利用ください（駐車券は受付でお渡しします）\n\n"
            "ご不明な点がございましたら、当日は下記までお電話ください。\n" + SIG_YAMANE,
})

_g089 = people(9, "089")
MESSAGES.append({
    "id": "wedding-089", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached original mail (message/rfc822) from the bride containing nine guests' addresses",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["seisaku@nishiki-insatsu.co.jp"],
    "subject": "招待状 追加印刷分（新婦様からのメールを添付します）",
    "body": "錦印刷 制作部 御中\n\nお世話になっております。山根です。\n"
            "一ノ瀬様の招待状、追加で9通お願いしたく、新婦様からいただいたメールをそのまま添付します。\n"
            "宛名は添付メール内のリストのとおりです。前回と同じ仕様でお願いいたします。\n" + SIG_YAMANE,
    "attachments": [{"kind": "eml", "name": "追加の招待状について.eml",
                     "message": {"charset": "utf-8",
                                 "sender": "一ノ瀬 結衣 <yui.ichinose.0420@gmail.com>",
                                 "to": ["s-yamane@hinode-sangyo.co.jp"],
                                 "subject": "追加の招待状について",
                                 "body": "山根さん\n\nいつもありがとうございます、一ノ瀬です。\n"
                                         "会社の方と、母方の親戚に追加で招待状を出したいです。\n\n"
                                         + "\n".join(f"{i + 1}) {p['name']} 様\n   〒{p['zip']} {p['addr']}\n   TEL {p['tel']}"
                                                     for i, p in enumerate(_g089))
                                         + "\n\nよろしくお願いします！\n結衣"}}],
})

MESSAGES.append({
    "id": "wedding-090", "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "English mail to two overseas vendor companies (two external organisations)",
    "charset": "utf-8",
    "sender": KUGA,
    "to": ["Kalena Akana <kalena@aloha-bridal.com>", "Noa Kahale <noa@maui-lens-photo.com>"],
    "subject": "Photo locations for Oct 4 - Yagihashi / Yuasa",
    "body": "Hi Kalena, hi Noa,\n\nThe couple has picked two locations for the post-ceremony photo session:\n"
            "  1. Makena Cove (sunset, approx. 5:30 pm)\n  2. The hotel lobby staircase (backup if it rains)\n\n"
            "Noa, could you check whether a permit is needed for Makena Cove? Kalena, please add 20 minutes of\n"
            "travel time to the timeline if needed.\n\nMahalo,\nRyo\n" + SIG_KUGA,
})

MESSAGES.append({
    "id": "wedding-091", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named bride's adjustment-disorder diagnosis and psychiatric treatment sent to the photo studio",
    "charset": "shift_jis",
    "sender": HAYAMI,
    "to": ["スタジオ・ルミエール 鳴海様 <narumi@studio-lumiere.jp>"],
    "subject": "前撮り日程の延期について（瀬戸口様）",
    "body": "鳴海様\n\nお世話になっております。速水です。\n3/9に予定していた瀬戸口 彩花 様の前撮りですが、延期させてください。\n\n"
            "ご本人から、先月心療内科で適応障害と診断され、現在通院・服薬中で、\n"
            "しばらくは長時間の撮影が難しいとのご連絡がありました。\n"
            "主治医と相談のうえ、5月以降で改めて日程を決めたいとのことです。\n\n"
            "撮影当日は短めの構成（90分以内）にしていただけると助かります。\n" + SIG_HAYAMI,
})

_g092 = people(40, "092")
_co092 = ["川崎電機株式会社 営業部 部長", "新郎大学友人", "新郎会社同僚", "新婦高校友人", "新婦会社先輩",
          "みどり銀行 渋谷支店 課長", "新郎叔父", "新婦叔母"]
MESSAGES.append({
    "id": "wedding-092", "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "seating chart of 40 names with table and title/relation only, no contact data: list of people or just names?",
    "charset": "utf-8",
    "sender": MIYATAKE,
    "to": ["seisaku@nishiki-insatsu.co.jp"],
    "subject": "席次表 入稿データ（4/25 一ノ瀬様）",
    "body": "錦印刷 制作部 御中\n\nお世話になっております。宮武です。\n4/25一ノ瀬様の席次表の入稿データをお送りします。\n"
            "肩書は新郎新婦様が最終確認済みです。レイアウトは「クラシックB」でお願いします。\n" + SIG_MIYATAKE,
    "attachments": [{"kind": "xlsx", "name": "席次表_入稿_一ノ瀬様.xlsx",
                     "sheets": {"席次": [["卓", "席", "肩書", "氏名"]]
                                + [[chr(65 + i // 8), i % 8 + 1, _co092[(i * 3) % 8], p["name"] + " 様"]
                                   for i, p in enumerate(_g092)]}}],
})

_g093 = people(14, "093")
MESSAGES.append({
    "id": "wedding-093", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "fixed-width text file of 14 guests' names and addresses attached",
    "charset": "iso-2022-jp",
    "sender": YAMANE,
    "to": ["sagara@nishiki-insatsu.co.jp"],
    "subject": "湯浅様・八木橋様 宛名データ（テキスト）",
    "body": "相良様\n\nお世話になっております。山根です。\n湯浅様・八木橋様の宛名データです。\n"
            "新郎様がテキストで作られたものをそのままお送りします。文字化けがあればお知らせください。\n" + SIG_YAMANE,
    "attachments": [{"kind": "txt", "name": "宛名_湯浅八木橋.txt", "encoding": "cp932",
                     "text": "湯浅家・八木橋家　招待状宛名\n\n"
                             + table([["氏名", "郵便番号", "住所"]]
                                     + [[p["name"], "〒" + p["zip"], p["addr"]] for p in _g093], gap=3, rule="=")
                             + "\n"}],
})

MESSAGES.append({
    "id": "wedding-094", "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named guest's mild shellfish allergy to the caterer: health data or a meal preference?",
    "charset": "iso-2022-jp",
    "sender": MIYATAKE,
    "to": ["izutsu@kitaguni-foods.co.jp"],
    "subject": "Re: 4/25 一ノ瀬様 特別対応食",
    "body": "井筒様\n\nお世話になっております。宮武です。\n4/25の特別対応食、1名追加をお願いします。\n\n"
            "　C卓　小此木 和也 様：えび・かにのアレルギー（軽度、じんましんが出る程度とのこと）\n\n"
            "エキスや出汁までの除去は不要で、見た目で分かる甲殻類を抜いていただければ大丈夫だそうです。\n" + SIG_MIYATAKE,
})

_g095 = people(8, "095")
_g095[6] = people(1, "095-f", gender="F", start_year=1990, end_year=1997)[0]
_care095 = ["", "車椅子（脊髄損傷）", "", "糖尿病のため糖質控えめ", "", "聴覚障害あり（筆談）", "妊娠中", ""]
MESSAGES.append({
    "id": "wedding-095", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX seat list with mobiles and a 配慮事項 column naming disabilities and illness",
    "charset": "shift_jis",
    "sender": MIYATAKE,
    "to": ["k-saionji@sakura-hotel.jp"],
    "subject": "ご配慮が必要なゲスト一覧（4/25 一ノ瀬様）",
    "body": "西園寺様\n\nお世話になっております。宮武です。\n4/25 一ノ瀬様のご披露宴で、配膳・誘導時にご配慮いただきたいゲストの一覧です。\n"
            "キャプテンの方とサービススタッフに共有をお願いいたします。\n" + SIG_MIYATAKE,
    "attachments": [{"kind": "xlsx", "name": "配慮ゲスト一覧_0425.xlsx",
                     "sheets": {"配慮": [["4/25 一ノ瀬家・小此木家　ご配慮ゲスト一覧"],
                                        ["卓", "氏名", "携帯", "配慮事項", "席の希望"]]
                                + [[chr(65 + i), p["name"], p["mobile"], c or "高齢のため段差注意",
                                    "通路側" if i % 2 else "出入口近く"] for i, (p, c) in enumerate(zip(_g095, _care095))]}}],
})

_g096 = people(6, "096")
MESSAGES.append({
    "id": "wedding-096", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reply whose new text (not the quote) adds six guests with mobiles",
    "charset": "iso-2022-jp",
    "sender": KIRITANI,
    "to": ["group-rsv@sakura-hotel.jp"],
    "subject": "Re: 4/25 客室ブロックのご確認",
    "body": "宿泊予約課 ご担当者様\n\nお世話になっております。桐谷です。\nブロックのご確認ありがとうございます。\n"
            "宿泊者が決まりましたので、下記6名でお願いします（いずれもシングル、4/24〜1泊）。\n\n"
            + "\n".join(f"{p['name']}　{p['mobile']}" for p in _g096)
            + "\n\n桐谷\n\n"
            "差出人: さくらホテル 宿泊予約課 <group-rsv@sakura-hotel.jp>\n送信日時: 2026年3月2日 10:14\n"
            "宛先: k-kiritani@hinode-sangyo.co.jp\n件名: 4/25 客室ブロックのご確認\n\n"
            "日の出産業 桐谷様\n4/25一ノ瀬様ご披露宴に伴う客室ブロック（シングル6室、4/24〜1泊）を承りました。\n"
            "宿泊者のお名前が決まりましたらお知らせください。\nさくらホテル 宿泊予約課\n",
})

MESSAGES.append({
    "id": "wedding-097", "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named bride's pregnancy for menu and dress care: pregnancy is health-related but not a listed category",
    "charset": "utf-8",
    "sender": YAMANE,
    "to": ["k-saionji@sakura-hotel.jp"],
    "subject": "新婦様のお料理・お飲み物について（7/5 早乙女様）",
    "body": "西園寺様\n\nお世話になっております。山根です。\n7/5の早乙女 菜々子 様（新婦）ですが、現在妊娠6か月とのことです。\n\n"
            "・高砂のお料理：生もの・ナチュラルチーズを避けた内容に\n・乾杯：ノンアルコールのスパークリングで\n"
            "・お色直しの時間を5分ほど長めに\n\nゲストの皆さまには公表されていますが、念のため司会への原稿には入れないでください。\n" + SIG_YAMANE,
})

MESSAGES.append({
    "id": "wedding-098", "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three overseas vendor companies all in To of one English mail",
    "charset": "utf-8",
    "sender": KUGA,
    "to": ["kalena@aloha-bridal.com", "noa@maui-lens-photo.com", "orders@leilani-florals.com"],
    "subject": "Final headcount and schedule - Oct 4 wedding",
    "body": "Dear all,\n\nPlease note the final details for the Yagihashi / Yuasa wedding on October 4:\n\n"
            "- Guests: 24 adults, 2 children\n- Ceremony: 4:30 pm at the chapel\n- Reception: 6:30 pm, ocean terrace\n"
            "- Flowers: bouquet, boutonniere, 3 centerpieces, 1 arch\n\n"
            "Please send your final invoices by September 20.\n\nThank you,\nRyo Kuga\n" + SIG_KUGA,
})

MESSAGES.append({
    "id": "wedding-099", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-glnko.co.jp uses l for i in the partner bank's domain (refund account of one couple)",
    "charset": "shift_jis",
    "sender": OKOCHI,
    "to": ["みどり銀行 法人営業 <hojin-eigyo@midori-glnko.co.jp>"],
    "subject": "返金振込の依頼（キャンセル返戻金）",
    "body": "みどり銀行 恵比寿支店\n法人営業 ご担当者様\n\nお世話になっております。日の出産業 ブライダル事業部の大河内です。\n"
            "挙式キャンセルに伴う返戻金の振込をお願いいたします。\n\n"
            "　振込先：ゆうひ信用金庫 本店営業部 普通 7730518\n　口座名義：ハセベ ダイキ（長谷部 大輝 様）\n"
            "　金額：184,000円\n　振込指定日：10月31日\n\n"
            "振込依頼書の原本は本日発送いたします。\n" + SIG_OKOCHI,
})

MESSAGES.append({
    "id": "wedding-100", "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "PPTX with a 部外秘 footer on every slide sent to an outside consultant",
    "charset": "iso-2022-jp",
    "sender": TSUGE,
    "to": ["amemiya@wa-consulting.co.jp"],
    "subject": "ワークショップ資料（事業部中期計画）",
    "body": "雨宮様\n\nお世話になっております。柘植です。\n来週のワークショップで使う、事業部の中期計画資料をお送りします。\n"
            "事前にお目通しいただけますと幸いです。\n" + SIG_TSUGE,
    "attachments": [{"kind": "pptx", "name": "ブライダル事業部_中期計画_2026-2028.pptx", "page_footer": "部外秘",
                     "slides": [["ブライダル事業部 中期計画 2026-2028", "部外秘"],
                                ["重点施策", "少人数・フォト婚の強化", "海外ゲスト対応のパッケージ化", "提携ホテル2軒の追加"],
                                ["数値目標", "2028年度 売上 32億円", "施行組数 520組", "営業利益率 10%"]]}],
})
