"""Blind evaluation corpus — area "kaijo": booking outside venues.

貸会議室・研修施設・ホテル宴会場の予約、参加人数・ケータリング、機材、請求、キャンセル, as the
staff of 日の出産業株式会社 (総務・人事研修・営業企画・経理・広報・秘書) really write it.

Everything here is invented: every person, phone number, address, date of birth, card
number, My Number, licence / passport / residence-card / insurance number and every
company other than those named in BRIEF.md is fictional.  Written blind, from
bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only — no mailguard code,
rules, tests or other corpus files were read.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 37601
rng = random.Random(SEED)

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# -- invented material ------------------------------------------------------------------

_FW = str.maketrans("0123456789-()/:.", "０１２３４５６７８９－（）／：．")


def zen(s: str) -> str:
    """ASCII digits and separators → full width (as some people type them)."""
    return s.translate(_FW)


SURNAMES = [
    ("佐々木", "ササキ", "sasaki"), ("高畑", "タカハタ", "takahata"), ("村瀬", "ムラセ", "murase"),
    ("五十嵐", "イガラシ", "igarashi"), ("鵜飼", "ウカイ", "ukai"), ("東海林", "ショウジ", "shoji"),
    ("小鳥遊", "タカナシ", "takanashi"), ("勅使河原", "テシガワラ", "teshigawara"),
    ("長谷部", "ハセベ", "hasebe"), ("宍戸", "シシド", "shishido"), ("吉良", "キラ", "kira"),
    ("八木", "ヤギ", "yagi"), ("栗原", "クリハラ", "kurihara"), ("水野", "ミズノ", "mizuno"),
    ("大槻", "オオツキ", "otsuki"), ("伊集院", "イジュウイン", "ijuin"), ("砂川", "スナガワ", "sunagawa"),
    ("桑田", "クワタ", "kuwata"), ("百瀬", "モモセ", "momose"), ("仲宗根", "ナカソネ", "nakasone"),
    ("北條", "ホウジョウ", "hojo"), ("日下部", "クサカベ", "kusakabe"), ("早乙女", "サオトメ", "saotome"),
    ("一ノ瀬", "イチノセ", "ichinose"), ("丹羽", "ニワ", "niwa"), ("榊原", "サカキバラ", "sakakibara"),
    ("舟橋", "フナハシ", "funahashi"), ("若狭", "ワカサ", "wakasa"), ("馬場", "ババ", "baba"),
    ("久我", "クガ", "kuga"), ("今泉", "イマイズミ", "imaizumi"), ("稗田", "ヒエダ", "hieda"),
    ("真壁", "マカベ", "makabe"), ("野々村", "ノノムラ", "nonomura"), ("有馬", "アリマ", "arima"),
    ("春日", "カスガ", "kasuga"), ("三宅", "ミヤケ", "miyake"), ("土門", "ドモン", "domon"),
]
GIVEN = [
    ("健太", "ケンタ", "kenta", "男"), ("美咲", "ミサキ", "misaki", "女"), ("直樹", "ナオキ", "naoki", "男"),
    ("陽菜", "ヒナ", "hina", "女"), ("拓海", "タクミ", "takumi", "男"), ("由美子", "ユミコ", "yumiko", "女"),
    ("翔", "ショウ", "sho", "男"), ("真由", "マユ", "mayu", "女"), ("浩二", "コウジ", "koji", "男"),
    ("彩花", "アヤカ", "ayaka", "女"), ("大輔", "ダイスケ", "daisuke", "男"), ("千尋", "チヒロ", "chihiro", "女"),
    ("隆之", "タカユキ", "takayuki", "男"), ("恵", "メグミ", "megumi", "女"), ("悠人", "ユウト", "yuto", "男"),
    ("奈々", "ナナ", "nana", "女"), ("俊介", "シュンスケ", "shunsuke", "男"), ("香織", "カオリ", "kaori", "女"),
    ("誠", "マコト", "makoto", "男"), ("里穂", "リホ", "riho", "女"), ("孝雄", "タカオ", "takao", "男"),
    ("沙織", "サオリ", "saori", "女"), ("航平", "コウヘイ", "kohei", "男"), ("朋子", "トモコ", "tomoko", "女"),
]
ADDRS = [
    ("154-0015", "東京都世田谷区桜新町2-14-7"),
    ("223-0062", "神奈川県横浜市港北区日吉本町3-8-21 パークハイツ日吉203"),
    ("330-0061", "埼玉県さいたま市浦和区常盤6-4-15"),
    ("273-0005", "千葉県船橋市本町5-22-3 グランフォート船橋801"),
    ("177-0041", "東京都練馬区石神井町7-3-12"),
    ("194-0013", "東京都町田市原町田4-9-6"),
    ("213-0001", "神奈川県川崎市高津区溝口1-17-9 コーポ溝の口102"),
    ("135-0061", "東京都江東区豊洲3-5-18-1204"),
    ("332-0034", "埼玉県川口市並木2-28-4"),
    ("277-0871", "千葉県柏市若柴178-4 柏の葉レジデンス506"),
    ("183-0022", "東京都府中市宮西町3-11-2"),
    ("305-0032", "茨城県つくば市竹園2-7-14"),
    ("166-0001", "東京都杉並区阿佐谷北5-19-8"),
    ("252-0303", "神奈川県相模原市南区相模大野6-2-25"),
    ("182-0024", "東京都調布市布田4-33-1 メゾン布田301"),
    ("251-0025", "神奈川県藤沢市鵠沼石上1-6-10"),
    ("343-0845", "埼玉県越谷市南越谷2-15-30"),
    ("260-0013", "千葉県千葉市中央区中央3-4-9 ロイヤル中央1102"),
    ("190-0012", "東京都立川市曙町1-25-17"),
    ("124-0012", "東京都葛飾区立石4-2-6"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def _mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def make_people(n: int, domain: str | None = None) -> list[dict]:
    """n invented people (distinct surnames) with their contact data."""
    out = []
    for s in rng.sample(SURNAMES, n):
        g = rng.choice(GIVEN)
        y, mth, d = rng.randrange(1962, 2001), rng.randrange(1, 13), rng.randrange(1, 29)
        zipc, addr = rng.choice(ADDRS)
        if domain:
            email = f"{g[2][0]}.{s[2]}@{domain}"
        else:
            email = f"{s[2]}.{g[2]}{rng.randrange(10, 99)}@{rng.choice(FREEMAIL)}"
        out.append({
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}", "sei": s[0],
            "romaji": f"{g[2].capitalize()} {s[2].capitalize()}",
            "ROMAJI": f"{s[2].upper()} {g[2].upper()}",
            "sex": g[3], "mobile": _mobile(), "dob": (y, mth, d), "zip": zipc, "addr": addr,
            "email": email, "empno": f"{rng.choice('ABHK')}{rng.randrange(10000, 99999)}",
        })
    return out


def seireki(dob: tuple[int, int, int], sep: str = "/") -> str:
    y, m, d = dob
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def wareki(dob: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, d = dob
    if (y, m, d) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    return f"{ab}{ey}.{m}.{d}"


def corp_no(base12: str) -> str:
    """A 13-digit 法人番号: check digit first (法人番号の指定等に関する省令)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def not_luhn(num: str) -> str:
    """num itself if its Luhn check fails, else num with the last digit bumped."""
    return num if not _luhn_ok(num) else num[:-1] + str((int(num[-1]) + 1) % 10)


def not_my_number(num11: str) -> str:
    """12 digits whose My Number check digit is deliberately wrong."""
    total = 0
    for n in range(1, 12):
        p = int(num11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return num11 + str((check + 3) % 10)


def card4(num: str, sep: str = "-") -> str:
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


# -- signatures and disclaimers ------------------------------------------------------------

SIG_SAEKI = """
--
日の出産業株式会社
総務部 総務課　佐伯 由紀子
〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F
TEL：03-5401-2270（代表）　内線：2314
Mail：saeki.y@hinode-sangyo.co.jp
"""

SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 人材開発課
小野寺 健一（Kenichi Onodera）
〒105-0013 東京都港区浜松町2-4-1 日の出ビル8F
TEL 03-5401-2281 / FAX 03-5401-2299
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_MIURA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　営業企画部
三浦 達也 / Tatsuya Miura
〒105-0013 東京都港区浜松町2-4-1
TEL 03-5401-2305　携帯 080-3318-2674
miura.t@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_TANIGUCHI = """
-------------------------------------
日の出産業株式会社 経理部 経理課
谷口 真理
TEL 03-5401-2340（直通）
E-mail taniguchi.m@hinode-sangyo.co.jp
-------------------------------------
"""

SIG_KUBOTA = """
***************************************
日の出産業株式会社
広報・IR室　久保田 遥（くぼた はるか）
〒105-0013 東京都港区浜松町2-4-1 日の出ビル9F
Tel: 03-5401-2360
***************************************
"""

SIG_NAKAI = """
――
日の出産業株式会社 社長室
中井 涼子
TEL 03-5401-2201 / FAX 03-5401-2209
"""

SIG_INABA = """
--
稲葉 俊 / 日の出産業株式会社 情報システム部
内線 2450 / 03-5401-2450
"""

SIG_FUJISAWA = """
==============================
日の出産業株式会社 大阪支店 業務課
藤沢 明美
〒530-0001 大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル15F
TEL 06-6345-7710　FAX 06-6345-7719
==============================
"""

SIG_EN = """
--
Tatsuya Miura
Marketing Planning Dept. | Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5401-2305 | miura.t@hinode-sangyo.co.jp
"""

DISC_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you have
received it in error, please notify the sender immediately and delete it. Any
unauthorised use, disclosure or copying is prohibited.
"""

SAEKI = "佐伯 由紀子 <saeki.y@hinode-sangyo.co.jp>"
ONODERA = "小野寺 健一 <onodera.k@hinode-sangyo.co.jp>"
MIURA = "三浦 達也 <miura.t@hinode-sangyo.co.jp>"
TANIGUCHI = "谷口 真理 <taniguchi.m@hinode-sangyo.co.jp>"
KUBOTA = "久保田 遥 <kubota.h@hinode-sangyo.co.jp>"
NAKAI = "中井 涼子 <nakai.r@hinode-sangyo.co.jp>"
INABA = "稲葉 俊 <inaba.s@hinode-sangyo.co.jp>"
FUJISAWA = "藤沢 明美 <fujisawa.a@hinode-sangyo.co.jp>"

# =========================================================================================
# 001–025
# =========================================================================================

add(
    id="kaijo-001",
    sender=SAEKI,
    to=["会議室プラザ 予約センター <yoyaku@kaigi-plaza.jp>"],
    subject="会議室ご予約のお願い（11/18 午後・30名）",
    charset="utf-8",
    body="""株式会社会議室プラザ
予約センター ご担当者様

いつもお世話になっております。
日の出産業の佐伯でございます。

下記の日程で会議室を利用したく、空き状況のご確認とご予約をお願いできますでしょうか。

　日時　　　：2026年11月18日（水）13:00〜17:30（準備・撤収含む）
　人数　　　：30名程度
　レイアウト：スクール形式
　希望設備　：プロジェクター、スクリーン、ワイヤレスマイク2本、ホワイトボード
　その他　　：15時頃にお茶の用意（30名分）をお願いしたく存じます

第二希望は11月19日（木）の同時間帯です。
お見積もりも合わせていただけますと助かります。

何卒よろしくお願いいたします。
""" + SIG_SAEKI + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary room booking to one venue; signature and the standard disclaimer only",
)

_p002 = make_people(12)
_rooms = ["シングル", "シングル", "ツイン", "ツイン", "シングル", "シングル", "ツイン", "ツイン",
          "シングル", "シングル", "シングル", "シングル"]
add(
    id="kaijo-002",
    sender=ONODERA,
    to=["さくらホテル 宿泊予約課 <shukuhaku@sakura-hotel.jp>"],
    cc=["研修事務局 <kenshu-jimu@hinode-sangyo.co.jp>"],
    subject="【宿泊者名簿送付】11/12〜13 新任管理職研修（日の出産業）",
    charset="iso-2022-jp",
    body="""さくらホテル
宿泊予約課 ご担当者様

いつもお世話になっております。日の出産業 人事部の小野寺です。

11月12日（木）〜13日（金）の新任管理職研修にて、貴館にご宿泊予定の
12名分の宿泊者名簿を添付にてお送りいたします。
フロントでの本人確認のため、生年月日・ご住所・携帯番号も記載しております。

部屋割りは2枚目のシートにまとめておりますので、ご確認をお願いいたします。
変更があればすぐにご連絡いたします。

よろしくお願いいたします。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "xlsx", "name": "宿泊者名簿_日の出産業_1112.xlsx",
        "title": "宿泊者名簿",
        "sheets": {
            "宿泊者名簿": [
                ["2026年11月12日〜13日　新任管理職研修　宿泊者名簿"],
                ["日の出産業株式会社 人事部 人材開発課 作成"],
                [],
                ["No", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "携帯電話", "泊数"],
            ] + [
                [i + 1, p["name"], p["kana"], p["sex"], seireki(p["dob"]), p["zip"], p["addr"],
                 p["mobile"], 1]
                for i, p in enumerate(_p002)
            ],
            "部屋割": [["部屋タイプ", "氏名", "備考"]] + [
                [_rooms[i], p["name"], "禁煙" if i % 3 else "禁煙・高層階希望"]
                for i, p in enumerate(_p002)
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 guests' name, DOB, home address and mobile in an XLSX (title rows above header) to the hotel",
)

add(
    id="kaijo-003",
    sender=SAEKI,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="11/18 研修会 お弁当のご注文（48食）",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
ケータリング事業部 御中

いつも大変お世話になっております。
日の出産業 総務部の佐伯です。

先日お見積りいただいた件、下記のとおり正式に注文させてください。

■お届け日時　2026年11月18日（水）11:45 までに
■お届け先　　弊社 日の出ビル12F 大会議室（受付で「総務部 佐伯」とお申し付けください）
■内容
　・幕の内弁当（松）　　40食　＠1,350円
　・ヘルシー御膳　　　　 4食　＠1,400円
　・アレルギー対応弁当　 4食　＠1,500円
　　　内訳：えび・かに除去 2食／そば除去 1食／乳製品除去 1食
　　　（蓋に除去品目を明記したシールを貼っていただけますと助かります）
　・お茶（ペットボトル） 48本　＠130円

アレルギー対応の方のお名前は社内で管理しておりますので、
当日は品目シールのみで結構です。

請求書は従来どおり経理部宛にお送りください。
よろしくお願いいたします。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="catering order with allergy meal counts but no names; nothing ties a diet to a person",
)

_c004 = card_number(SEED + 0)
add(
    id="kaijo-004",
    sender=NAKAI,
    to=["さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>"],
    subject="ご予約（12/2 森川様 1泊）の保証について",
    charset="utf-8",
    body=f"""さくらホテル 宿泊予約ご担当 様

いつもお世話になっております。日の出産業 社長室の中井でございます。

先日お電話にてお願いいたしました12月2日（水）ご宿泊の件、
レイトチェックイン（23時頃）のため、クレジットカードでの保証をご依頼いただきましたので
下記のとおりお知らせいたします。

　予約番号　：SH-2612-0417
　ご宿泊者　：森川 和夫（弊社代表取締役）
　カード種別：法人カード
　カード番号：{card4(_c004)}
　有効期限　：09/29
　カード名義：KAZUO MORIKAWA

精算は当日フロントにて同カードで行います。
お手数ですがご確認のほどよろしくお願いいたします。
""" + SIG_NAKAI,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a full card number with holder name and expiry sent to the hotel for a guarantee",
)

_p005 = make_people(6)
_q005 = "\n".join(f">  {p['name']:<8}　{p['mobile']}　（{d}）" for p, d in
                  zip(_p005, ["営業一部", "営業二部", "技術部", "総務部", "経理部", "物流部"]))
add(
    id="kaijo-005",
    sender=SAEKI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="Re: 【さくらホテル】12/4 忘年会 各部幹事様のご連絡先について",
    charset="utf-8",
    body="""工藤様

ご確認いただきありがとうございます。
幹事の連絡先は下記のとおりで相違ございません。

なお、出席者が1名減りまして、人数は42名に変更となります。
お料理・お飲み物とも42名でご準備をお願いいたします。

取り急ぎ、よろしくお願いいたします。
佐伯

> 日の出産業株式会社
> 佐伯様
>
> いつもご利用いただきありがとうございます。さくらホテル宴会課の工藤でございます。
> 先日頂戴いたしました各部幹事様のご連絡先、下記のとおり承りました。
> 当日は受付にて幹事様へご連絡させていただく場合がございます。
>
""" + _q005 + """
>
> 相違がございましたらお知らせくださいませ。
> --
> さくらホテル 宴会課 工藤 彩
> TEL 03-3571-8800（代表）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six organisers' phones are only in the quoted reply from the hotel, which already has them",
)

add(
    id="kaijo-006",
    sender=MIURA,
    to=["会議室プラザ 法人営業 <hojin@kaigi-plaza.jp>",
        "ミナトカンファレンス <sales@minato-conference.com>",
        "グランベイ東京 宴会セールス <banquet-sales@grand-bay-tokyo.co.jp>"],
    subject="【お見積依頼】2027年1月 新春販売店会議 会場について",
    charset="iso-2022-jp",
    body="""ご担当者様各位

突然のご連絡失礼いたします。
日の出産業株式会社 営業企画部の三浦と申します。

2027年1月に開催予定の「新春販売店会議」の会場を検討しており、
下記条件でのお見積りをお願いしたくご連絡いたしました。

　・日程　　：2027年1月21日（木）または22日（金）
　・時間　　：会議 13:00〜17:00、懇親会 17:30〜19:30
　・人数　　：会議 120名（スクール形式）、懇親会 100名（立食）
　・設備　　：プロジェクター2面、マイク4本、演台、同時配信用の有線LAN
　・控室　　：2室

ご回答は12月10日（木）までにいただけますと幸いです。
ご不明点はお気軽にお問い合わせください。
""" + SIG_MIURA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="one request for quotation sent to three competing venues, all in To: they see each other",
)

add(
    id="kaijo-007",
    sender=MIURA,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    cc=["ソニックAV 営業部 <eigyo@sonic-av.co.jp>",
        "広報・IR室 久保田 <kubota.h@hinode-sangyo.co.jp>"],
    subject="1/22 新製品発表会 音響・映像機材の搬入について（三者調整）",
    charset="utf-8",
    body="""さくらホテル 工藤様
ソニックAV ご担当者様
（CC：弊社広報 久保田）

お世話になっております。日の出産業の三浦です。

1月22日の新製品発表会につきまして、機材搬入の段取りを
三者で確認させていただきたく、まとめてご連絡いたします。

1. 搬入
　- 1/21（水）21:00以降、「鳳凰の間」への前日搬入は可能でしょうか（工藤様）
　- 搬入口・荷物用エレベーターの寸法をソニックAV様へご共有ください

2. 機材（ソニックAV様ご手配分）
　- LEDビジョン 3m×2m 1面
　- ラインアレイスピーカー 一式
　- ワイヤレスマイク 6本、ピンマイク 2本
　- 配信用スイッチャー・PTZカメラ 2台

3. 電源
　- 機材合計で約40A を想定しております。ホテル様側の電源容量をご確認ください。

来週中に一度、現地での打ち合わせの時間を頂戴できれば幸いです。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way coordination: two external organisations (hotel and AV vendor) plus an internal Cc",
)

_p008 = make_people(10)
_rows008 = "\n".join(
    f"{p['empno']:<8}{p['name']:　<7}{wareki(p['dob'], 'short'):<12}{p['addr']}"
    for p in _p008)
add(
    id="kaijo-008",
    sender=ONODERA,
    to=["総務部 佐伯 <saeki.y@hinode-sangyo.co.jp>"],
    cc=["人事部 研修事務局 <kenshu-jimu@hinode-sangyo.co.jp>"],
    subject="箱根研修の団体傷害保険 加入者リスト",
    charset="iso-2022-jp",
    body=f"""佐伯さん

お疲れさまです。小野寺です。
箱根セミナーハウスでの合宿研修（11/26〜27）の団体傷害保険について、
保険会社への申込みは総務で取りまとめと伺いましたので、加入者リストをお送りします。

社員番号　氏名　　　　　　生年月日　　　住所
---------------------------------------------------------------
{_rows008}

保険会社へ出すときは、必要な項目だけに絞っていただいて大丈夫です。
よろしくお願いします。
""" + SIG_ONODERA,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="ten employees' DOB and home address, but every recipient is internal",
)

add(
    id="kaijo-009",
    sender=SAEKI,
    to=["さくらホテル 宴会予約 山本 <yamamoto.enkai@sakura-hotel.co.jp>"],
    subject="12/4 忘年会 ご予約内容の確認",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約
山本様

いつもお世話になっております。日の出産業の佐伯です。
12月4日（金）の忘年会について、ご予約内容を確認させてください。

　会場　　：3F「桜の間」
　時間　　：18:30〜20:30（受付 18:00〜）
　人数　　：48名（着席・円卓6卓）
　お料理　：和洋折衷コース「雅」 お一人様 8,500円（税サ込）
　飲み放題：2時間プラン

ビンゴ大会用にマイク1本とプロジェクターもお借りしたいです。
最終人数は11月27日（金）にご連絡いたします。

よろしくお願いいたします。
""" + SIG_SAEKI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain sakura-hotel.co.jp is a look-alike of the partner sakura-hotel.jp (added co.)",
)

add(
    id="kaijo-010",
    sender=SAEKI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="Re: 忘年会プランのご案内",
    charset="utf-8",
    body="""工藤様

プランのご案内をありがとうございました。
社内で検討した結果、以下のいずれかで考えております。

プラン名　　　　　　　料理単価　　飲み放題　　合計（税サ込）
------------------------------------------------------------
スタンダード「彩」　　 6,000円　　2,000円　　 8,000円
和洋折衷「雅」　　　　 6,500円　　2,000円　　 8,500円
プレミアム「極」　　　 9,000円　　2,500円　　11,500円

予算は1名9,000円以内のため、「雅」が有力です。
48名×8,500円＝408,000円で、別途会場費が発生しないという理解でよろしいでしょうか。
また、お子様連れの参加者が2名いる場合、お子様料金の設定はありますか。

お手数ですがご教示ください。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="price comparison of banquet plans: numbers in columns, but no person data",
)

add(
    id="kaijo-011",
    sender=ONODERA,
    to=["東京研修センター 宿泊受付 <shukuhaku@tokyo-kenshu-center.or.jp>"],
    subject="外国籍受講者の宿泊登録について（日の出産業 技能実習生研修）",
    charset="utf-8",
    body="""一般財団法人 東京研修センター
宿泊受付ご担当 様

お世話になっております。日の出産業 人事部の小野寺です。

12月7日からの研修で貴センターに宿泊する受講者のうち、外国籍の1名について
在留カードの情報をご提出くださいとのことでしたので、お知らせいたします。

　氏名　　　　：グエン ヴァン ミン（NGUYEN VAN MINH）
　生年月日　　：2001年3月14日
　国籍・地域　：ベトナム
　在留カード番号：UH48207135EA
　在留期間満了日：2028年6月30日

写しが必要な場合は、当日受付で原本をご提示する形でもよろしいでしょうか。
よろしくお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one trainee's residence card number (identity document) sent to the training facility",
)

_t012 = "T" + corp_no("010401088372")
add(
    id="kaijo-012",
    sender=TANIGUCHI,
    to=["さくらホテル 経理課 <keiri@sakura-hotel.jp>"],
    subject="ご請求書（INV-2026-11-0482）お支払い予定のご連絡",
    charset="cp932",
    body=f"""株式会社さくらホテル
経理課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の谷口でございます。

下記ご請求書につきまして、お支払い予定日をご連絡いたします。

　請求書番号　　：INV-2026-11-0482
　件名　　　　　：11/12〜13 新任管理職研修 宿泊・会場費
　ご請求金額　　：1,286,340円（うち消費税 116,940円）
　登録番号　　　：{_t012}
　お支払い予定日：2026年12月25日（金）
　お振込先　　　：みどり銀行 銀座支店 普通 2718304 カ）サクラホテル

なお、適格請求書の記載事項について1点確認させてください。
宴会場使用料（10%）と飲料持込料の税率区分が同じ欄にまとまっておりますが、
差し支えなければ分けて記載いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_TANIGUCHI,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice follow-up: the hotel's own T-number and company bank account, no person's data",
)

add(
    id="kaijo-013",
    sender=KUBOTA,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="1/22 発表会 進行台本（ホテル様共有用）",
    charset="iso-2022-jp",
    body="""工藤様

いつもお世話になっております。日の出産業 広報・IR室の久保田です。

1月22日の新製品発表会の進行台本をお送りします。
照明・扉の開閉のタイミングを赤字で記載しておりますので、
宴会スタッフの皆様とご共有いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_KUBOTA,
    attachments=[{
        "kind": "pdf", "name": "20270122_発表会_進行台本_v3.pdf",
        "title": "新製品発表会 進行台本 v3",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 広報・IR室　無断複製禁止",
        "lines": [
            "2027年1月22日（金）新製品発表会「HINODE AIR 2027」進行台本 v3",
            "会場：さくらホテル 2F 鳳凰の間",
            "",
            "13:30　開場・受付開始（BGM-1）",
            "14:00　開演　客電落とし → オープニング映像（2分30秒）",
            "14:03　司会挨拶　※扉クローズ",
            "14:05　代表挨拶（森川）",
            "14:15　新製品発表（開発本部長）　※製品アンベール時にスポット照明",
            "14:40　価格・発売日発表　※2027年3月1日発売、希望小売価格は当日まで非公開",
            "14:50　質疑応答",
            "15:20　フォトセッション",
            "15:30　閉会　客電アップ・扉オープン",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF carries a 社外秘 stamp in its page header and goes to the hotel",
)

add(
    id="kaijo-014",
    sender=MIURA,
    to=["イベントつばめ 企画部 <kikaku@event-tsubame.co.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    charset="utf-8",
    body="""株式会社イベントつばめ
企画部 野口様

お世話になっております。日の出産業の三浦です。

新製品発表会の運営をご依頼するにあたり、情報解禁日までの取り扱いについて
秘密保持契約（NDA）を締結させていただきたく、弊社ひな形の案をお送りします。

主なポイントは以下のとおりです。
・対象となる秘密情報：製品仕様、発売日、価格、来場者に関する情報
・有効期間：契約締結日から2年間
・発表会終了後の資料の返却または廃棄

法務部のチェックは済んでおりますので、御社の法務ご担当にご確認いただき、
修正のご要望があれば変更履歴付きでお戻しください。
押印は電子契約サービスで行う予定です。

よろしくお願いいたします。
""" + SIG_MIURA + DISC_JA,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社イベントつばめ（以下「乙」という。）は、"
            "甲の新製品発表会の運営業務に関し、相互に開示する秘密情報の取扱いについて、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示された技術上、営業上の一切の情報をいう。",
            "第2条（秘密保持義務）乙は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示または漏えいしてはならない。",
            "第3条（目的外使用の禁止）乙は、秘密情報を本業務の遂行以外の目的に使用してはならない。",
            "第4条（返還・廃棄）乙は、本業務の終了後または甲の請求があったときは、秘密情報を速やかに返還または廃棄する。",
            "第5条（有効期間）本契約の有効期間は、締結日から2年間とする。",
            "以上",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the draft attached: the words 秘密/機密 are the subject, not a stamp",
)

add(
    id="kaijo-015",
    sender=ONODERA,
    to=["石崎 薫 <ishizaki.kaoru.lab@gmail.com>"],
    subject="11/26 合宿研修 ご登壇のご案内（会場・アクセス）",
    charset="iso-2022-jp",
    body="""石崎 薫 先生

いつも大変お世話になっております。
日の出産業 人事部の小野寺でございます。

11月26日（木）の合宿研修でのご講演、改めて御礼申し上げます。
会場とアクセスについてご案内いたします。

【会場】箱根セミナーハウス 本館2F「大研修室」
　　　　神奈川県足柄下郡箱根町仙石原1280（代表 0460-84-0000）
【集合】11:30 に本館ロビーへお越しください（控室をご用意しております）
【ご講演】13:00〜15:00「次世代リーダーのための対話力」
【交通】箱根湯本駅から施設の送迎バス（10:50発）をご利用いただけます

ご宿泊は不要と伺っておりますが、ご変更があればお知らせください。
当日の緊急連絡は、私の携帯（070-2291-5538）までお願いいたします。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one external lecturer on gmail; venue switchboard and the sender's own mobile only",
)

_p016 = make_people(7)
_stops016 = ["浜松町本社前", "浜松町本社前", "品川駅港南口", "品川駅港南口", "新横浜駅", "新横浜駅", "小田原駅"]
_tr016 = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['mobile']}</td><td>{s}</td></tr>"
    for i, (p, s) in enumerate(zip(_p016, _stops016)))
add(
    id="kaijo-016",
    sender=SAEKI,
    to=["やまびこ観光バス 配車係 <haisha@yamabiko-bus.co.jp>"],
    subject="11/26 貸切バス 乗車予定者（各乗車地の責任者）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>やまびこ観光バス株式会社<br>配車係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の佐伯です。</p>
<p>11月26日（木）箱根方面の貸切バス（大型1台）につきまして、各乗車地で点呼を行う社員と
連絡先を下記にまとめました。遅延等の際は直接ご連絡いただいて構いません。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>携帯電話</th><th>乗車地</th></tr>
{_tr016}
</table>
<p>出発は浜松町 7:30 です。どうぞよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 総務課　佐伯 由紀子<br>TEL 03-5401-2270（代表）</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail: a table of seven employees' names and private mobiles to the bus company",
)

_p017 = make_people(4)
add(
    id="kaijo-017",
    sender=FUJISAWA,
    to=["さくらホテル フロント <front@sakura-hotel.jp>"],
    subject="本日到着が遅くなる宿泊者について（日の出産業 大阪支店）",
    charset="utf-8",
    body=f"""さくらホテル フロント ご担当者様

お世話になっております。日の出産業 大阪支店の藤沢です。
本日ご宿泊予定の弊社社員のうち、下記4名は新幹線の遅れにより
到着が23時過ぎになる見込みです。キャンセル扱いにならないよう、お願いいたします。

{_p017[0]['name']}（携帯 {_p017[0]['mobile']}）
{_p017[1]['name']}（携帯 {_p017[1]['mobile']}）
{_p017[2]['name']}（携帯 {_p017[2]['mobile']}）
{_p017[3]['name']}（携帯 {_p017[3]['mobile']}）

何かございましたら各自の携帯へ直接ご連絡ください。
""" + SIG_FUJISAWA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four guests' names and mobiles to the hotel: under five people, may be warned",
)

_p018 = make_people(20)
add(
    id="kaijo-018",
    sender=MIURA,
    to=["ミナトカンファレンス 受付 <uketsuke@minato-conference.com>"],
    subject="12/9 販売店セミナー 参加者名簿（パスワード付き）",
    charset="iso-2022-jp",
    body="""ミナトカンファレンス
受付ご担当者様

お世話になっております。日の出産業の三浦です。
12月9日のセミナーの参加者名簿を、パスワード付きZIPにてお送りいたします。
パスワードは別メールにてお知らせいたします。

当日の受付での照合にお使いください。
""" + SIG_MIURA,
    attachments=[{
        "kind": "zip", "name": "参加者名簿_1209.zip", "password": "Mc7#kR2p",
        "files": [{
            "kind": "xlsx", "name": "参加者名簿_1209.xlsx",
            "sheets": {"名簿": [["氏名", "会社名", "電話", "メール"]] + [
                [p["name"], "販売店", p["mobile"], p["email"]] for p in _p018]},
        }],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external venue: its content cannot be inspected",
)

add(
    id="kaijo-019",
    sender=MIURA,
    to=["ミナトカンファレンス 受付 <uketsuke@minato-conference.com>"],
    subject="パスワードのご連絡（12/9 販売店セミナー 参加者名簿）",
    charset="iso-2022-jp",
    body="""ミナトカンファレンス
受付ご担当者様

先ほどお送りいたしました「参加者名簿_1209.zip」のパスワードをお知らせいたします。

　パスワード：Mc7#kR2p

お手数ですがご確認をお願いいたします。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=[],
    note="the follow-up password mail of a PPAP pair: no attachment, no personal data",
)

add(
    id="kaijo-020",
    sender=ONODERA,
    to=["箱根セミナーハウス 運営課 <unei@hakone-seminar-house.co.jp>"],
    subject="受講者の健康面でのご配慮のお願い（11/26〜27 日の出産業）",
    charset="utf-8",
    body="""箱根セミナーハウス
運営課 ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。

11月26日〜27日の合宿研修につき、1点ご相談させてください。
受講者の鵜飼 直樹（技術部・男性）は1型糖尿病のため、食前にインスリン注射を行います。
お食事の時間が大きくずれる場合は、事前に本人へお声がけいただけますと助かります。
また、低血糖時に備えてブドウ糖を持参しておりますが、
夜間に体調を崩した場合の最寄りの救急病院を教えていただけますでしょうか。

本人の了承は得ておりますが、取り扱いにはご配慮をお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named trainee's diagnosis (type 1 diabetes) sent to the facility: 要配慮個人情報 of one person",
)

add(
    id="kaijo-021",
    sender=SAEKI,
    to=["青葉運輸 東京営業所 <tokyo@aoba-unyu.co.jp>"],
    subject="研修用機材の発送（箱根セミナーハウス宛）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 東京営業所 御中

いつもお世話になっております。日の出産業 総務部の佐伯です。
本日集荷いただいた研修用機材の件、お問い合わせ番号をお送りします。

　1口目　プロジェクター（EB-L200F）　　　お問い合わせ番号 4417-2286-9031
　2口目　スクリーン（100インチ自立式）　お問い合わせ番号 4417-2286-9042
　3口目　配布資料（段ボール3箱）　　　　お問い合わせ番号 4417-2286-9053〜9075

お届け先：箱根セミナーハウス 本館受付（11/25 午前着指定）

プロジェクターの外箱には「取扱注意・精密機器」「天地無用」のシールを貼っております。
積み付けの際はご配慮をお願いいたします。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="shipping tracking numbers to the partner carrier; 取扱注意 is a fragile-goods sticker, not a classification",
)

_p022 = make_people(25)
_co022 = ["株式会社ミヤビ電設", "東和テクノ株式会社", "有限会社三光商会", "北斗設備工業株式会社",
          "株式会社サンライズ住機"]
add(
    id="kaijo-022",
    sender=MIURA,
    to=["イベントつばめ 野口 <noguchi@event-tsubame.co.jp>"],
    subject="12/9 販売店セミナー 申込者リスト（受付名札作成用）",
    charset="utf-8",
    body="""野口様

お世話になっております。三浦です。
昨日締め切った申込者のリストをCSVでお送りします。
受付名札の作成と、当日受付での照合にお使いください。
前日リマインドメールの送信もお願いできれば助かります。

よろしくお願いします。
""" + SIG_MIURA,
    attachments=[{
        "kind": "csv", "name": "申込者リスト_1209.csv", "encoding": "cp932",
        "rows": [["申込No", "氏名", "フリガナ", "会社名", "メールアドレス", "携帯電話"]] + [
            [f"S{1000 + i}", p["name"], p["kana"], _co022[i % 5], p["email"], p["mobile"]]
            for i, p in enumerate(_p022)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of 25 registrants with e-mail and mobile to the event agency",
)

add(
    id="kaijo-023",
    sender=FUJISAWA,
    to=["イベントつばめ 関西支社 <kansai@event-tsubame.co.jp>"],
    subject="大阪会場周辺のホテル候補（2/18 関西代理店会）",
    charset="cp932",
    body="""株式会社イベントつばめ 関西支社
ご担当者様

お世話になっております。日の出産業 大阪支店の藤沢です。
2月18日の関西代理店会について、遠方からの参加者向けの宿泊先候補を
こちらで一覧にしました。各ホテルへの空室確認をお願いできますでしょうか。

ホテル名　　　　　　　　　所在地　　　　　　　　　　　　　代表電話
-------------------------------------------------------------------------------
ホテル梅田グランデ　　　　大阪府大阪市北区梅田3-2-11　　　06-6341-1100
ホテル中之島リバーサイド　大阪府大阪市北区中之島5-8-2　　 06-6447-2200
新大阪ステーションイン　　大阪府大阪市淀川区西中島4-3-7　 06-6305-3300
難波シティホテル　　　　　大阪府大阪市中央区難波2-9-14　　06-6211-4400
ホテル本町ビジネスコート　大阪府大阪市中央区本町3-6-5　　 06-6261-5500
天王寺パークホテル　　　　大阪府大阪市天王寺区悲田院町8-1 06-6771-6600

参加者は約35名、うち宿泊希望は20名前後の見込みです。
""" + SIG_FUJISAWA,
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of six hotels with addresses and switchboards: businesses, not people",
)

_p024 = make_people(2)
add(
    id="kaijo-024",
    sender=SAEKI,
    to=["ひかりレンタカー 浜松町店 <hamamatsucho@hikari-rentacar.co.jp>"],
    subject="マイクロバスご予約（11/26〜27）運転者情報",
    charset="iso-2022-jp",
    body=f"""ひかりレンタカー 浜松町店
ご担当者様

お世話になっております。日の出産業の佐伯です。
11月26日〜27日でご予約しておりますマイクロバス（29人乗り）の件、
運転者2名の情報を事前登録用にお送りします。

【運転者1】
　氏名　　　：{_p024[0]['name']}
　生年月日　：{wareki(_p024[0]['dob'])}
　免許証番号：第{rng.randrange(10, 100)}{rng.randrange(1000, 10000)}{rng.randrange(100000, 1000000)}号（中型）

【運転者2】
　氏名　　　：{_p024[1]['name']}
　生年月日　：{wareki(_p024[1]['dob'])}
　免許証番号：第{rng.randrange(10, 100)}{rng.randrange(1000, 10000)}{rng.randrange(100000, 1000000)}号（大型）

当日は免許証原本を持参いたします。
""" + SIG_SAEKI,
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two drivers' licence numbers (identity documents) with DOB to the rental company",
)

add(
    id="kaijo-025",
    sender=SAEKI,
    to=["会議室プラザ 予約センター <yoyaku@kaigi-plaza.jp>"],
    subject="【キャンセルのご連絡】11/18 会議室A（予約番号 KP-118-2231）",
    charset="iso-2022-jp",
    body="""株式会社会議室プラザ
予約センター ご担当者様

いつもお世話になっております。日の出産業の佐伯です。

大変恐縮ですが、11月18日（水）13:00〜17:30 でご予約しておりました
会議室A（予約番号 KP-118-2231）をキャンセルさせてください。
社内の研修日程が変更になったためです。

ご案内いただいた規定では、
　・利用日の30日前まで　　無料
　・29日前〜8日前　　　　 会場費の30%
　・7日前〜前日　　　　　 会場費の50%
　・当日　　　　　　　　　100%
とのことですので、本日（11/2、16日前）は30%の
　会場費 132,000円 × 30% ＝ 39,600円（税込）
が発生するという理解でよろしいでしょうか。

備品・お茶の手配分は費用がかからないか併せてご確認ください。
キャンセル料のご請求書は経理部 谷口宛にお送りいただけますと幸いです。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="cancellation with the fee calculation: amounts, percentages and a booking number only",
)

# =========================================================================================
# 026–050
# =========================================================================================

add(
    id="kaijo-026",
    sender=ONODERA,
    to=["北国フーズ ケータリング 受注センター <juchu@kitaguni-food.co.jp>"],
    subject="12/7〜11 研修期間中の昼食ケータリング（追加注文）",
    charset="utf-8",
    body="""北国フーズ株式会社
ケータリング受注センター ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。
12月7日（月）〜11日（金）の東京研修センターでの研修について、
昼食の数量を下記のとおり追加させてください。

　日付　　　当初　→　変更後
　12/7(月)　 30食　→　34食
　12/8(火)　 30食　→　34食
　12/9(水)　 30食　→　36食（講師・事務局分を含む）
　12/10(木)　30食　→　34食
　12/11(金)　30食　→　28食（午後解散のため一部不要）

お届け先・時間は変更ございません（各日 11:50、3F 研修室302前）。
変更後のお見積りをお送りいただけますでしょうか。
""" + SIG_ONODERA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops one letter of the partner kitaguni-foods.co.jp",
)

add(
    id="kaijo-027",
    sender=MIURA,
    to=["Events Team <events@harbourview-singapore.com>"],
    subject="Hinode Sangyo – APAC distributor meeting, 16–17 March 2027",
    charset="utf-8",
    body="""Dear Ms. Tan,

Thank you for your quick reply and for sending the venue proposal.

We would like to go ahead with the following, subject to your confirmation:

  - Meeting room: Marina Ballroom II, classroom style, 60 pax
  - 16 March 2027, 09:00–17:30; 17 March 2027, 09:00–12:30
  - Two coffee breaks and a buffet lunch each day
  - Welcome dinner on 16 March at 19:00 (Terrace Restaurant), 55 pax
  - AV: two projectors, 4 wireless microphones, simultaneous interpretation booth (JP/EN)

Room block: 45 deluxe rooms, check-in 15 March, check-out 17 March.
Each delegate will make the booking individually with the group code you provide,
so we will not be sending a rooming list.

Could you please send us the contract and the cancellation terms?
Our Procurement team will need them before signing.

Best regards,
""" + SIG_EN + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English venue booking to a foreign hotel with the standard confidentiality disclaimer",
)

add(
    id="kaijo-028",
    sender=MIURA,
    to=["Sakura Hotel Front Office <front@sakura-hotel.jp>"],
    subject="Pre-registration of two overseas guests (Hinode Sangyo, 20–23 Jan)",
    charset="utf-8",
    body="""Dear Front Office team,

We have two guests from our Singapore distributor staying with you from
20 to 23 January (reservation SH-2701-0203, under Hinode Sangyo).
As requested for foreign nationals, please find their passport details below
so that check-in can be completed quickly.

1) Mr. LIM Wei Jie
   Nationality: Singapore
   Date of birth: 12 Aug 1979
   Passport No.: K4810276R

2) Ms. Priya RAMAN
   Nationality: Singapore
   Date of birth: 3 Feb 1986
   Passport No.: E3927154M

They will show their passports at the front desk on arrival.

Kind regards,
""" + SIG_EN,
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two guests' passport numbers and DOB sent to the hotel",
)

add(
    id="kaijo-029",
    sender=KUBOTA,
    to=["三浦 達也 <miura.t@hinode-sangyo.co.jp>"],
    cc=["広報・IR室 <koho-ir@hinode-sangyo.co.jp>"],
    subject="【社外秘】発表会 会場費・運営費の予算枠（確定版）",
    charset="iso-2022-jp",
    body="""三浦さん

お疲れさまです。久保田です。
取締役会で承認された発表会の予算枠を共有します。
ホテル・イベント会社には出さないでください。

━━━━━━━━━━━━━━━━━━━━━━━━━
取扱区分：社外秘
━━━━━━━━━━━━━━━━━━━━━━━━━
　会場費（鳳凰の間・控室2）　　　2,400,000円
　映像・音響（ソニックAV）　　　 3,100,000円
　運営・受付（イベントつばめ）　 1,850,000円
　ケータリング　　　　　　　　　　 980,000円
　予備費　　　　　　　　　　　　　 670,000円
　合計　　　　　　　　　　　　　 9,000,000円

ホテルとの交渉は会場費230万円を目標にお願いします。
""" + SIG_KUBOTA,
    expect="pass",
    entities=[],
    detectors=[],
    note="marked 社外秘, but every recipient is internal",
)

_p030 = make_people(8)
_rows030 = "\n".join(
    f"> {i + 1}\t{p['empno']}\t{p['name']}\t{p['mobile']}\t{d}"
    for i, (p, d) in enumerate(zip(_p030, ["班長", "副班長", "", "", "", "救護", "", "会計"])))
add(
    id="kaijo-030",
    sender=ONODERA,
    to=["箱根セミナーハウス 運営課 <unei@hakone-seminar-house.co.jp>"],
    subject="FW: 【研修】緊急連絡網（1班）",
    charset="utf-8",
    body=f"""箱根セミナーハウス 運営課 ご担当者様

お世話になっております。小野寺です。
夜間の緊急時に施設の方から直接連絡が取れるようにとのことでしたので、
社内で作成した1班の連絡網をそのまま転送いたします。

-------- Forwarded Message --------
件名: 【研修】緊急連絡網（1班）
日付: 2026/11/16 10:12
差出人: 日下部 <kusakabe.t@hinode-sangyo.co.jp>
宛先: 新任管理職研修1班 <kenshu-1han@hinode-sangyo.co.jp>

1班の皆さん

合宿中の緊急連絡網です。携帯は必ずつながるようにしておいてください。

No\t社員番号\t氏名\t携帯\t役割
{_rows030.replace('> ', '')}

日下部
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forward (new text to the facility) of an internal tab-separated list of eight employees' mobiles",
)

_p031 = make_people(6)
_rows031 = "\n".join(
    f"{p['name']}　{p['kana']}　{zen(p['mobile'])}　{zen(seireki(p['dob']))}" for p in _p031)
add(
    id="kaijo-031",
    sender=ONODERA,
    to=["東京研修センター 宿泊受付 <shukuhaku@tokyo-kenshu-center.or.jp>"],
    subject="RE: 宿泊者名簿の件",
    charset="cp932",
    body=f"""東京研修センター
宿泊受付 ご担当者様

ご連絡ありがとうございます。
ご指摘の2名（3行目・5行目）の生年月日は、下記の名簿のとおりで誤りございません。
お手数をおかけしました。引き続きよろしくお願いいたします。

小野寺

-----Original Message-----
From: 東京研修センター 宿泊受付 <shukuhaku@tokyo-kenshu-center.or.jp>
Sent: Monday, November 30, 2026 3:41 PM
To: 小野寺 健一 <onodera.k@hinode-sangyo.co.jp>
Subject: 宿泊者名簿の件

日の出産業株式会社
小野寺様

宿泊者名簿をお送りいただきありがとうございます。
下記の内容で登録いたしましたが、3行目・5行目の方の生年月日が
事前登録の内容と異なっておりますので、ご確認いただけますでしょうか。

{_rows031}

東京研修センター 宿泊受付 平野
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="six guests' records appear only in the quoted -----Original Message----- from the facility",
)

add(
    id="kaijo-032",
    sender=SAEKI,
    to=["岩城 様 <iwaki.shigeo1951@yahoo.co.jp>"],
    cc=["今村 様 <imamura-ke@gmail.com>", "大庭 様 <ohba.fumiko@icloud.com>",
        "塩谷 様 <shioya_t@docomo.ne.jp>", "雨宮 様 <amamiya.h@outlook.jp>"],
    subject="日の出会（OB会）懇親会 会場決定のお知らせ",
    charset="iso-2022-jp",
    body="""日の出会 幹事の皆様

いつもお世話になっております。総務部の佐伯でございます。
今年の日の出会（OB会）懇親会の会場が決まりましたので、幹事の皆様にお知らせいたします。

　日時：2026年12月12日（土）12:00〜14:30
　会場：さくらホテル 3F「桜の間」
　会費：お一人様 5,000円（当日受付にて）

会員の皆様へのご案内状は来週発送いたします。
ご出欠のとりまとめを、例年どおり各地区でお願いできれば幸いです。
""" + SIG_SAEKI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private persons (retirees on free mail) in To/Cc can see each other's addresses",
)

add(
    id="kaijo-033",
    sender=MIURA,
    to=["三浦 達也 <miura.t@hinode-sangyo.co.jp>"],
    bcc=["<k.funahashi@miyabi-densetsu.co.jp>", "<sato@towa-techno.co.jp>",
         "<info@sanko-shokai.jp>", "<y-ichinose@hokuto-setsubi.co.jp>",
         "<sunrise.kuga@gmail.com>", "<m.imaizumi@sunrise-juki.co.jp>",
         "<arima-denki@yahoo.co.jp>", "<t.domon@kasuga-kogyo.co.jp>",
         "<hieda@nonomura-shoji.co.jp>", "<wakasa.r@makabe-setsubi.jp>",
         "<baba@miyake-denko.co.jp>", "<k.kasuga@ezweb.ne.jp>"],
    subject="【ご案内】12/9 販売店セミナー 会場変更のお知らせ",
    charset="iso-2022-jp",
    body="""販売店各位
（本メールはBCCにてお送りしております）

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 営業企画部の三浦でございます。

12月9日（水）に開催いたします販売店セミナーにつきまして、
お申し込み多数のため、会場を下記に変更させていただきます。

　変更前：日の出ビル12F 大会議室
　変更後：ミナトカンファレンス 5F「ホールA」
　　　　　東京都港区芝浦3-4-1 グランパークタワー5F
　　　　　（JR田町駅 芝浦口より徒歩5分）

開始時刻（14:00）・内容に変更はございません。
ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="announcement to twelve dealers put correctly in Bcc (To is the sender); some are on free mail",
)

add(
    id="kaijo-034",
    sender=SAEKI,
    to=["東京研修センター 営業課 <eigyo@tokyo-kenshu-center.or.jp>"],
    subject="お見積書の件（1月 階層別研修）",
    charset="utf-8",
    body="""東京研修センター 営業課 ご担当者様

お世話になっております。日の出産業の佐伯です。
ご依頼いただいた当社書式の見積依頼書に記入しましたので、添付にてお送りします。
研修室の数と宿泊人数を記載しております。

ご確認のほどよろしくお願いいたします。
""" + SIG_SAEKI,
    attachments=[{"kind": "corrupt", "name": "見積依頼書_2027年1月階層別研修.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

_u035 = not_my_number("72043918605")
_b035 = not_luhn("4902718830416625")
add(
    id="kaijo-035",
    sender=TANIGUCHI,
    to=["ミナトカンファレンス 経理 <keiri@minato-conference.com>"],
    subject="ご請求内容の確認（受付番号 " + _u035 + "）",
    charset="utf-8",
    body=f"""ミナトカンファレンス 経理ご担当者様

お世話になっております。日の出産業 経理部の谷口です。
12月9日ご利用分のご請求につき、確認させてください。

　受付番号　　：{_u035}
　請求番号　　：{_b035}
　ご請求額　　：486,200円（税込）
　内訳　　　　：ホールA 終日 385,000円／備品 56,100円／延長 45,100円

延長料金（18:00〜18:30）は事前にご了承をいただいていたと担当から聞いております。
利用規約の第12条（延長料金の免除）に該当しないか、ご確認をお願いできますでしょうか。
""" + SIG_TANIGUCHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="a 12-digit receipt number (not a valid My Number) and a 16-digit invoice number (fails Luhn)",
)

add(
    id="kaijo-036",
    sender=MIURA,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="1/22 発表会 ケータリング 特別食のお願い",
    charset="utf-8",
    body="""北国フーズ株式会社
ケータリング事業部 御中

お世話になっております。日の出産業の三浦です。
1月22日の発表会後のレセプションについて、特別食のご相談です。

ご招待しているマレーシア代理店のアフマド・ファリド様はムスリムでいらっしゃるため、
ハラール対応のお料理（豚・アルコール不使用、調理器具も分けていただく形）を
1名分ご用意いただけますでしょうか。
また、同じくご招待のスレシュ・クマール様はヒンドゥー教徒のため、牛肉を使用しない
メニューでお願いいたします。

お料理のプレートにお名前札を添えていただけますと、当日の配膳がスムーズです。
""" + SIG_MIURA,
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="two named guests' religion (Muslim, Hindu) sent to the caterer: 要配慮個人情報",
)

add(
    id="kaijo-037",
    sender=MIURA,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="1/22 レセプション 料理数の確定",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社 ケータリング事業部 御中

お世話になっております。三浦です。
1月22日レセプションの料理数が確定しましたのでご連絡いたします。

　通常ビュッフェ　　　　　　　　 92名
　ハラール対応プレート　　　　　　3名
　ベジタリアン（ヴィーガン）　　　2名
　グルテンフリー　　　　　　　　　1名
　─────────────────
　合計　　　　　　　　　　　　　 98名

特別食の方には受付で色付きのカードをお渡ししますので、
カードの色で配膳いただく形でお願いいたします（赤：ハラール、緑：ヴィーガン、黄：グルテンフリー）。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=[],
    note="special-meal counts only; no name is tied to a diet or religion",
)

_p038 = make_people(3)
add(
    id="kaijo-038",
    sender=SAEKI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="12/4 忘年会 アレルギーのある出席者について",
    charset="utf-8",
    body=f"""工藤様

お世話になっております。佐伯です。
12/4の忘年会で、食物アレルギーのある出席者が3名おりますのでお知らせいたします。
お席にお名前を置いていただき、個別にお料理をご用意いただけますと幸いです。

・{_p038[0]['name']}（営業一部）　えび・かに（重度。エキスも不可）
・{_p038[1]['name']}（技術部）　　そば
・{_p038[2]['name']}（経理部）　　卵（加熱したものは可）

ご不明点があればご連絡ください。
""" + SIG_SAEKI,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="three named staff's food allergies to the hotel: health data or a mere catering detail — judgement call",
)

_m039 = my_number(SEED + 0)
add(
    id="kaijo-039",
    sender=KUBOTA,
    to=["イベントつばめ 経理担当 <keiri@event-tsubame.co.jp>"],
    subject="FW: 講演謝金のお振込先について（真壁先生）",
    charset="utf-8",
    body=f"""イベントつばめ 経理ご担当者様

お世話になっております。日の出産業 広報・IR室の久保田です。
発表会の基調講演の謝金は御社からお支払いいただく契約ですので、
真壁先生からいただいたメールを転送いたします。支払調書の作成にお使いください。

---------- Forwarded message ---------
From: 真壁 孝雄 <makabe.takao@outlook.jp>
Date: 2026年12月14日(月) 21:05
Subject: 講演謝金のお振込先について
To: 久保田 遥 <kubota.h@hinode-sangyo.co.jp>

久保田様

お世話になっております。真壁です。
謝金のお支払いに必要な情報をお送りします。

氏名：真壁 孝雄（マカベ タカオ）
住所：〒251-0025 神奈川県藤沢市鵠沼石上1-6-10
個人番号：{_m039[:4]} {_m039[4:8]} {_m039[8:]}
振込先：みどり銀行 藤沢支店 普通 3391027 マカベ タカオ

よろしくお願いいたします。
""" + SIG_KUBOTA,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a forward (new text) carrying a speaker's My Number, home address and bank account to the agency",
)

add(
    id="kaijo-040",
    sender=KUBOTA,
    to=["イベントつばめ 経理担当 <keiri@event-tsubame.co.jp>"],
    subject="Re: 講師謝金 支払調書用のマイナンバー収集について",
    charset="iso-2022-jp",
    body="""イベントつばめ 経理ご担当者様

ご連絡ありがとうございます。久保田です。

講師の方のマイナンバー（個人番号）については、弊社からメールでお渡しすることは
いたしません。御社の収集システム（本人確認書類のアップロード方式）のURLを
講師の皆様へ直接ご案内いただけますでしょうか。

講師は3名で、ご連絡先は別途お電話でお伝えします。
謝金の金額・源泉徴収の扱いは契約書別紙のとおりです。

> 支払調書の作成のため、講師の方の個人番号・住所を
> ご提供いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_KUBOTA,
    expect="pass",
    entities=[],
    detectors=[],
    note="talks about collecting My Numbers but carries none",
)

_p041 = make_people(5)
_banks041 = [("みどり銀行", "渋谷支店"), ("東都信用金庫", "本店営業部"), ("みどり銀行", "川崎支店"),
             ("さきがけ銀行", "柏支店"), ("ゆうちょ銀行", "〇一八支店")]
_blk041 = "\n\n".join(
    f"■講師{i + 1}\n"
    f"　氏名：{p['name']}（{p['kana']}）\n"
    f"　住所：〒{p['zip']} {p['addr']}\n"
    f"　振込先：{b} {br} 普通 {rng.randrange(1000000, 9999999)}\n"
    f"　交通費：{rng.choice([3280, 5640, 12870, 1460, 8820]):,}円（往復）"
    for i, (p, (b, br)) in enumerate(zip(_p041, _banks041)))
add(
    id="kaijo-041",
    sender=ONODERA,
    to=["イベントつばめ 野口 <noguchi@event-tsubame.co.jp>"],
    subject="分科会講師の交通費精算（5名分）",
    charset="utf-8",
    body=f"""野口様

お世話になっております。小野寺です。
1/15の社内フォーラム分科会の講師5名の交通費精算をお願いいたします。
各講師の振込先を下記にまとめました。

{_blk041}

お振込みは1月末でお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five speakers, one block each, with home address and personal bank account, to the agency",
)

add(
    id="kaijo-042",
    sender=MIURA,
    to=["イベントつばめ 野口 <noguchi@event-tsubame.co.jp>",
        "さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="【日程調整】1/22 発表会 会場下見（12/16 or 12/17）",
    charset="iso-2022-jp",
    body="""イベントつばめ 野口様
さくらホテル 工藤様

お世話になっております。日の出産業の三浦です。
発表会の会場下見の日程を調整させてください。
下記の候補で、ご都合のよい枠をお知らせいただけますでしょうか。

　① 12月16日（水）10:00〜11:30
　② 12月16日（水）15:00〜16:30
　③ 12月17日（木）13:00〜14:30

弊社からは三浦・久保田の2名、
イベントつばめ様からは進行・受付のご担当の方にお越しいただければと思います。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="scheduling mail to two external organisations: a normal three-way meeting",
)

add(
    id="kaijo-043",
    sender=KUBOTA,
    to=["錦印刷 営業部 松尾 <matsuo@nishiki-insatsu.co.jp>"],
    subject="発表会プログラム冊子 入稿データ（最終）",
    charset="utf-8",
    body="""錦印刷株式会社
営業部 松尾様

いつもお世話になっております。日の出産業 広報・IR室の久保田です。
発表会のプログラム冊子（A4・8ページ、300部）の入稿データをお送りします。
校正刷りで頂いた赤字はすべて反映済みです。

納品は1月19日（火）午前、さくらホテル 2F クロークへ直接お願いいたします。
""" + SIG_KUBOTA,
    attachments=[{
        "kind": "pdf", "name": "program_booklet_final.pdf",
        "title": "新製品発表会 プログラム",
        "lines": [
            "HINODE AIR 2027 新製品発表会 プログラム",
            "2027年1月22日（金）14:00〜15:30　さくらホテル 鳳凰の間",
            "",
            "ごあいさつ　　　代表取締役社長　森川 和夫",
            "新製品のご紹介　開発本部長　　　土門 航平",
            "基調講演　　　　東都工業大学 教授　真壁 孝雄 氏",
            "質疑応答",
            "",
            "お問い合わせ：日の出産業株式会社 広報・IR室　03-5401-2360",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="print data to the partner printer: speakers' names and titles only, company switchboard",
)

_t044 = "T" + corp_no("030401064917")
add(
    id="kaijo-044",
    sender=TANIGUCHI,
    to=["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
    subject="FW: 【ミナトカンファレンス】ご請求書送付のご案内",
    charset="cp932",
    body=f"""支払担当各位

12/9 販売店セミナー会場費の請求書です。計上をお願いします（営業企画部 予算）。

谷口

-----Original Message-----
From: ミナトカンファレンス 経理 <keiri@minato-conference.com>
Sent: Friday, December 18, 2026 11:02 AM
To: 谷口 真理 <taniguchi.m@hinode-sangyo.co.jp>
Subject: 【ミナトカンファレンス】ご請求書送付のご案内

日の出産業株式会社 経理部 谷口様

いつもご利用ありがとうございます。
12月9日ご利用分のご請求書をお送りいたします。

　請求金額：486,200円（税込）
　お支払期限：2027年1月31日
　登録番号：{_t044}
　振込先：さきがけ銀行 田町支店 当座 0081537 カ）ミナトカンファレンス

株式会社ミナトカンファレンス 経理課
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="internal forward of a venue invoice (T-number, company account); all recipients internal",
)

add(
    id="kaijo-045",
    sender=ONODERA,
    to=["箱根セミナーハウス 予約係 <yoyaku@hakone-seminar-house.co.jp>"],
    subject="施設利用申込書の送付（2027年2月 新入社員フォロー研修）",
    charset="iso-2022-jp",
    body="""箱根セミナーハウス 予約係 ご担当者様

お世話になっております。日の出産業の小野寺です。
2月の研修の施設利用申込書を記入しましたので、PDFにてお送りします。
社内規定によりパスワードを設定しております。パスワードはお電話でお伝えします。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "pdf", "name": "施設利用申込書_日の出産業_202702.pdf", "password": "hinode0215",
        "lines": ["施設利用申込書", "利用日：2027年2月15日〜17日", "利用人数：42名",
                  "研修室：大研修室・分科会室A/B", "宿泊：41名（講師1名含む）"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to an external facility: cannot be inspected",
)

add(
    id="kaijo-046",
    sender=SAEKI,
    to=["会議室プラザ 新橋センター <shimbashi@kaigi-plaza.jp>"],
    subject="12/3 説明会 会場レイアウトと当日の流れ",
    charset="utf-8",
    body="""会議室プラザ 新橋センター ご担当者様

お世話になっております。日の出産業の佐伯です。
12月3日の説明会につき、レイアウト図と当日の進行資料をお送りします。

・layout_1203.png：机の配置（島型6島・1島6名）と受付の位置
・説明会_進行_1203.pptx：タイムテーブル（会場スタッフの方向け）

受付机を入口の外に出してよいか、ご確認いただけますでしょうか。
""" + SIG_SAEKI,
    attachments=[
        {"kind": "png", "name": "layout_1203.png"},
        {"kind": "pptx", "name": "説明会_進行_1203.pptx", "title": "説明会 進行",
         "slides": [["12/3 説明会 タイムテーブル", "12:30 会場設営（島型6島）",
                     "13:15 受付開始", "13:30 開会・会社説明", "14:30 グループワーク",
                     "15:45 閉会・アンケート回収", "16:15 撤収完了"],
                    ["会場スタッフの方へのお願い", "14:25 に休憩用のお茶を各島へ",
                     "15:45 以降、机を元の配置へ戻す作業のご協力"]]},
    ],
    expect="pass",
    entities=[],
    detectors=[],
    note="layout image and a timetable PPTX: readable, nothing personal",
)

add(
    id="kaijo-047",
    sender=KUBOTA,
    to=["錦印刷 営業部 松尾 <matsuo@nishiki-insatsu.co.jp>"],
    subject="招待状 宛名印刷のお願い（取引先 10社）",
    charset="cp932",
    body="""錦印刷株式会社
松尾様

お世話になっております。久保田です。
発表会の招待状（封筒宛名）の印刷をお願いします。
宛先は取引先の会社宛て（御中）で、個人名は入れません。
住所一覧をExcelでお送りしますので、1月5日の発送に間に合わせていただけますと幸いです。
""" + SIG_KUBOTA,
    attachments=[{
        "kind": "xls", "name": "招待状宛名リスト_取引先.xls",
        "sheets": {"宛名": [
            ["郵便番号", "住所", "会社名", "宛名"],
            ["100-0005", "東京都千代田区丸の内2-3-1 丸の内トラストビル", "川崎電機株式会社", "総務部 御中"],
            ["220-0012", "神奈川県横浜市西区みなとみらい3-6-1", "ツバサシステム株式会社", "営業本部 御中"],
            ["103-0027", "東京都中央区日本橋1-9-2", "株式会社みどり銀行", "法人営業部 御中"],
            ["060-0807", "北海道札幌市北区北7条西4-3-1", "北国フーズ株式会社", "東京支社 御中"],
            ["140-0002", "東京都品川区東品川2-5-8 天王洲パークサイド", "青葉運輸株式会社", "営業部 御中"],
            ["530-0011", "大阪府大阪市北区大深町4-20", "株式会社ミヤビ電設", "購買部 御中"],
            ["460-0008", "愛知県名古屋市中区栄3-15-33", "東和テクノ株式会社", "御中"],
            ["812-0011", "福岡県福岡市博多区博多駅前2-1-1", "北斗設備工業株式会社", "九州支店 御中"],
            ["980-0021", "宮城県仙台市青葉区中央1-6-35", "株式会社サンライズ住機", "仙台営業所 御中"],
            ["730-0011", "広島県広島市中区基町11-10", "有限会社三光商会", "御中"],
        ]},
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="legacy XLS of ten client companies' office addresses (御中): a business list, no people",
)

_p048 = make_people(16)
add(
    id="kaijo-048",
    sender=NAKAI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="12/18 役員懇親会 席次表",
    charset="utf-8",
    body="""工藤様

お世話になっております。社長室の中井です。
12月18日の役員懇親会の席次表をお送りします。
お名前の席札の作成をお願いできますでしょうか（敬称なし・フルネーム）。
""" + SIG_NAKAI,
    attachments=[{
        "kind": "docx", "name": "席次表_1218.docx",
        "paragraphs": ["役員懇親会 席次表（12月18日 18:30〜 さくらホテル「菊の間」）",
                       "A卓・B卓とも入口から見て奥が上座です。"],
        "tables": [[["卓", "席1", "席2", "席3", "席4", "席5", "席6", "席7", "席8"],
                    ["A卓"] + [p["name"] for p in _p048[:8]],
                    ["B卓"] + [p["name"] for p in _p048[8:]]]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="seating chart: names only, with no contact data, identifiers or attributes",
)

_p049 = make_people(15)
add(
    id="kaijo-049",
    sender=ONODERA,
    to=["東京研修センター 宿泊受付 <shukuhaku@tokyo-kenshu-center.or.jp>"],
    subject="1月 階層別研修 受講者名簿（ZIP）",
    charset="utf-8",
    body="""東京研修センター 宿泊受付 ご担当者様

お世話になっております。日の出産業の小野寺です。
1月の階層別研修の受講者名簿をお送りします。
ファイルが2つあるためZIPにまとめました（パスワードはかけておりません）。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "zip", "name": "受講者名簿_202701.zip",
        "files": [
            {"kind": "xlsx", "name": "受講者名簿_202701.xlsx",
             "sheets": {"受講者": [["1月 階層別研修 受講者名簿"], [],
                                   ["社員番号", "氏名", "フリガナ", "生年月日", "性別", "所属"]] + [
                 [p["empno"], p["name"], p["kana"], seireki(p["dob"], "-"), p["sex"],
                  rng.choice(["営業一部", "営業二部", "技術部", "物流部", "経理部"])]
                 for p in _p049]}},
            {"kind": "txt", "name": "備考.txt",
             "text": "到着は全員 1/18 15:00〜16:00 の予定です。\n夕食は18:30からでお願いします。\n"},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a plain ZIP holding an XLSX of fifteen trainees with DOB and employee number",
)

_m050 = my_number(SEED + 1)
add(
    id="kaijo-050",
    sender=KUBOTA,
    to=["経理部 源泉担当 <gensen@mail.hinode-sangyo.co.jp>"],
    subject="講師謝金（社内フォーラム）支払調書用の情報",
    charset="iso-2022-jp",
    body=f"""源泉担当 御中

お疲れさまです。広報・IR室の久保田です。
社内フォーラムの外部講師（弊社から直接支払い）の支払調書用の情報です。
本人から書面で受領したものを転記しています。

　氏名　：春日 朋子
　住所　：東京都杉並区阿佐谷北5-19-8
　個人番号：{_m050}
　謝金　：110,000円（源泉徴収前）

原本の書面は社内便でお送りします。
""" + SIG_KUBOTA,
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="a lecturer's My Number sent to accounting on an internal subdomain: all recipients internal",
)

# =========================================================================================
# 051–075
# =========================================================================================

add(
    id="kaijo-051",
    sender=MIURA,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    cc=["ソニックAV 営業部 <eigyo@sonic-av.co.jp>"],
    bcc=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="1/22 発表会 当日タイムライン（搬入〜撤収）",
    charset="utf-8",
    body="""工藤様、ソニックAV ご担当者様

お世話になっております。三浦です。
発表会当日のタイムラインを共有いたします。
（ケータリングの北国フーズ様にはBCCでお送りしております）

 7:00　ソニックAV様 搬入開始（荷捌き場 → 業務用EV → 鳳凰の間）
 9:00　ホテル様 会場設営（スクール120席・プレス席20）
10:30　北国フーズ様 レセプション会場（白鳥の間）設営開始
11:00　音響・映像リハーサル
13:30　開場
15:30　発表会終了 → 16:00 レセプション
18:00　撤収開始（ソニックAV様は21:00完了予定）

変更がありましたら、このスレッドでご連絡ください。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc, the third correctly in Bcc: not three visible parties",
)

_p052 = make_people(7)
_rows052 = "\n".join(f"{p['name']},{p['kana']},{p['email']},{p['mobile']}" for p in _p052)
add(
    id="kaijo-052",
    sender=SAEKI,
    to=["ミナトカンファレンス 受付 <uketsuke@minato-conference.com>"],
    subject="RE: 入館証発行リストのご確認",
    charset="cp932",
    body=f"""ミナトカンファレンス 受付ご担当者様

お世話になっております。佐伯です。
リストの内容、相違ございません。入館証の発行をお願いいたします。
当日は8:45に総務部2名で伺います。

佐伯

差出人: ミナトカンファレンス 受付 <uketsuke@minato-conference.com>
送信日時: 2026年12月3日 木曜日 17:26
宛先: 佐伯 由紀子 <saeki.y@hinode-sangyo.co.jp>
件名: 入館証発行リストのご確認

日の出産業株式会社
佐伯様

いつもご利用ありがとうございます。
12/9 ご利用分の事前入館証につき、下記の方々で発行いたします。
内容にお間違いがないかご確認ください。

氏名,フリガナ,メール,携帯
{_rows052}

ミナトカンファレンス 受付 宮坂
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="seven people's records only in the quoted Outlook block (差出人/送信日時) from the venue itself",
)

add(
    id="kaijo-053",
    sender=SAEKI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    cc=["日下部 <kusakabe.t@hinode-sangyo.jp>"],
    subject="忘年会 会場下見のお願い",
    charset="iso-2022-jp",
    body="""工藤様

お世話になっております。佐伯です。
忘年会の幹事代表（CCの日下部）と、会場の下見に伺いたいと考えております。
11月20日（金）16時頃はご都合いかがでしょうか。

ビンゴの景品置き場と、受付の位置を確認させていただければと存じます。
""" + SIG_SAEKI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="Cc to hinode-sangyo.jp: the own domain with 'co.' dropped, a look-alike outside the company",
)

add(
    id="kaijo-054",
    sender=SAEKI,
    to=["会議室プラザ 新橋センター <shimbashi@kaigi-plaza.jp>"],
    subject="12/3 説明会 備品のご依頼（一覧を添付）",
    charset="utf-8",
    body="""会議室プラザ 新橋センター ご担当者様

お世話になっております。佐伯です。
先日のレイアウトに合わせて、お借りしたい備品を一覧にしました。
料金表の単価で記入しておりますが、誤りがあればご指摘ください。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "xlsx", "name": "備品依頼_1203.xlsx",
        "sheets": {
            "備品": [["12/3 説明会 備品依頼一覧"], [],
                     ["品目", "型番・仕様", "数量", "単価（円）", "小計（円）"],
                     ["プロジェクター", "5000lm", 1, 11000, 11000],
                     ["スクリーン", "120インチ", 1, 5500, 5500],
                     ["ワイヤレスマイク", "ハンド型", 2, 3300, 6600],
                     ["ホワイトボード", "両面・脚付", 3, 2200, 6600],
                     ["延長コード", "5m・4口", 6, 550, 3300],
                     ["受付用長机", "1800mm", 2, 1100, 2200],
                     ["", "", "", "合計", 35200]],
            "レイアウト": [["島", "机", "椅子", "備考"],
                           ["1〜6", "各3台", "各6脚", "島型"],
                           ["受付", "長机2台", "2脚", "入口外（可否確認中）"]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="equipment request in a two-sheet XLSX: items, quantities, prices",
)

_p055 = make_people(6)
_rows055 = "\n".join(
    f"{p['empno']}\t{p['email'].split('@')[0]}@hinode-sangyo.co.jp\t{p['mobile']}" for p in _p055)
add(
    id="kaijo-055",
    sender=INABA,
    to=["ミナトカンファレンス 施設管理 <shisetsu@minato-conference.com>"],
    subject="ゲストWi-Fi アカウント発行依頼（12/9 日の出産業）",
    charset="utf-8",
    body=f"""ミナトカンファレンス 施設管理ご担当者様

日の出産業 情報システム部の稲葉です。
12/9 のセミナーで配信を担当するスタッフ用に、ゲストWi-Fiのアカウント発行をお願いします。
発行通知のSMS・メールの送付先は以下のとおりです（Excelからそのまま貼り付けています）。

社員番号\tメール\t携帯（SMS）
{_rows055}

帯域確保（上り20Mbps以上）についても可否をご教示ください。
""" + SIG_INABA,
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six rows without a name column (employee no., personal work e-mail, mobile) pasted tab-separated to the venue",
)

add(
    id="kaijo-056",
    sender=KUBOTA,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="1/21 前日リハーサルの際のお願い",
    charset="iso-2022-jp",
    body="""工藤様

お世話になっております。久保田です。
1月21日（木）夜の前日リハーサルについて、2点お願いがございます。

1. リハーサルでは社外秘の製品資料を使用するため、19:00〜21:00 の間は
　 鳳凰の間への宴会スタッフ様の出入りをお控えいただけますでしょうか。
2. 配布予定の資料はリハーサル終了後に弊社ですべて回収し、持ち帰ります。
　 会場内に紙を残さないよう注意いたしますが、万一お気づきの際はご連絡ください。

ご不便をおかけいたしますが、よろしくお願いいたします。
""" + SIG_KUBOTA,
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that 社外秘 documents are used at the rehearsal; the mail itself is not marked",
)

add(
    id="kaijo-057",
    sender=KUBOTA,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="【社外秘】1/22 発表会 当日運営マニュアル（抜粋）",
    charset="utf-8",
    body="""［社外秘］取扱区分：社外秘（関係者限り・転送禁止）

工藤様

お世話になっております。久保田です。
ホテル様に関係する部分を、社内の運営マニュアルから抜粋してお送りします。

■製品の搬入
　1/22 7:30 専用ケースで搬入。アンベールまで布で覆い、撮影禁止とします。
■プレス受付
　13:00〜 2F ロビー。事前登録のない方は入場不可です。
■情報解禁
　発売日・価格は 14:40 の発表まで非公開です。スタッフの皆様も口外なさらないようお願いします。
■緊急時
　製品の展示台付近で問題が起きた場合は、広報 久保田まで内線でご連絡ください。
""" + SIG_KUBOTA,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified 社外秘 in its subject and first line, and goes to the hotel",
)

add(
    id="kaijo-058",
    sender=KUBOTA,
    to=["さくらホテル フロント <front@sakura-hotel.jp>"],
    subject="基調講演の真壁先生のご到着について",
    charset="utf-8",
    body="""さくらホテル フロント ご担当者様

お世話になっております。日の出産業 広報・IR室の久保田です。
1月22日に基調講演をお願いしている真壁 孝雄先生が、前日21日にご宿泊されます。
到着が22時頃になるとのことで、何かあればご本人の携帯（090-6624-1873）へ
直接ご連絡いただいて差し支えありません。

ご宿泊費は弊社請求（予約番号 SH-2701-0188）でお願いいたします。
""" + SIG_KUBOTA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one speaker's name and mobile to the hotel: a single person's data, may be warned",
)

add(
    id="kaijo-059",
    sender=SAEKI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="12/4 忘年会 車椅子でご来場の方について",
    charset="iso-2022-jp",
    body="""工藤様

お世話になっております。佐伯です。
忘年会の出席者のうち、営業二部の百瀬 航平は車椅子を利用しております。
お手数ですが、以下についてご配慮いただけますでしょうか。

・入口に近いA卓の端の席を、椅子なしでご用意ください
・多目的トイレの場所を当日ご案内ください
・2次会会場（B1「バー・ルミエール」）へのエレベーター動線

本人も了承済みです。よろしくお願いいたします。
""" + SIG_SAEKI,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's wheelchair use to the hotel: implies a disability, but is an ordinary access request",
)

add(
    id="kaijo-060",
    sender=SAEKI,
    to=["東京研修センター 営業課 <eigyo@tokyo-kenshu-center.or.jp>"],
    subject="台風接近に伴う研修中止と返金のお願い",
    charset="cp932",
    body="""東京研修センター 営業課 ご担当者様

お世話になっております。日の出産業の佐伯です。

台風19号の接近により公共交通機関の計画運休が発表されたため、
10月13日（火）〜14日（水）の研修を中止とさせていただきました。
ご準備いただいていたところ、誠に申し訳ございません。

貴センターの利用規約第9条（天災等による中止）に基づき、
前払いしております利用料 842,600円 の返金をお願いできますでしょうか。
返金先は下記の弊社口座でお願いいたします。

　みどり銀行 浜松町支店 普通 1048236
　口座名義：ヒノデサンギョウ（カ

日程の振替（11月中旬）もご相談させてください。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="cancellation and refund to the company's own bank account: not a person's data",
)

add(
    id="kaijo-061",
    sender=NAKAI,
    to=["さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>"],
    subject="Re: 12/2 ご宿泊 カード決済の確認",
    charset="utf-8",
    body="""さくらホテル 宿泊予約ご担当 様

ご連絡ありがとうございます。中井です。
決済いただいたカードは、下記の法人カードで間違いございません。

　カード番号：****-****-****-4821（下4桁のみ）
　承認番号　：0729316
　ご利用金額：48,400円

領収書は「日の出産業株式会社」宛でお願いいたします。
""" + SIG_NAKAI,
    expect="pass",
    entities=[],
    detectors=[],
    note="only the last four digits of a card and an authorisation code: no card number",
)

add(
    id="kaijo-062",
    sender=MIURA,
    to=["Sakura Hotel Front Office <front@sakura-hotel.jp>"],
    subject="Re: Re: Pre-registration of overseas guests (Hinode Sangyo, 3-5 Feb)",
    charset="utf-8",
    body="""Dear Ms. Hayashi,

Thank you. Yes, both guests will bring their passports and can have them
copied at check-in; no further documents from our side, I understand.

Best regards,
Tatsuya Miura

On Wed, 27 Jan 2027 at 16:40, Sakura Hotel Front Office <front@sakura-hotel.jp> wrote:
> Dear Mr. Miura,
>
> Thank you for the details below. We have pre-registered both guests.
> As required by law, we will also take a copy of each passport at check-in.
>
> Best regards,
> Yuka Hayashi, Front Office
>
>> On Tue, 26 Jan 2027 at 11:02, Tatsuya Miura <miura.t@hinode-sangyo.co.jp> wrote:
>> Dear Front Office team,
>> Please find below the details of our two guests staying 3-5 February.
>>
>> 1) Mr. Hans KELLER, born 21 Nov 1975, Passport No. C7RX4L2M9
>> 2) Ms. Sofia BRANDT, born 8 May 1988, Passport No. C2KT9W4N7
>>
>> Kind regards,
>> Tatsuya Miura
""" + SIG_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="the passport numbers are only in the doubly quoted earlier message the hotel already has",
)

_p063 = make_people(8, domain="hinode-sangyo.co.jp")
_rows063 = "\n".join(
    f"・{p['name']}（{p['kana']}）／{p['email']}／携帯 {p['mobile']}" for p in _p063)
add(
    id="kaijo-063",
    sender=ONODERA,
    to=["土門 航平 <domon.k@hinode-sangyo.co.jp>"],
    subject="箱根合宿 2班の受講者連絡先（講師用）",
    charset="iso-2022-jp",
    body=f"""土門さん

お疲れさまです。小野寺です。
合宿研修で2班の講師をお願いしている件、受講者の連絡先をお送りします。
事前課題の督促などでお使いください。

{_rows063}

施設の方や外部講師には転送しないようお願いします。
""" + SIG_ONODERA,
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="eight trainees' contacts sent to an internal trainer: all recipients internal",
)

add(
    id="kaijo-064",
    sender=SAEKI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>",
        "さくらホテル 宿泊予約課 <shukuhaku@sakura-hotel.jp>",
        "さくらホテル 法人営業部 <hojin@sakura-hotel.jp>"],
    subject="2027年度 社内行事の年間予約について（宴会・宿泊）",
    charset="utf-8",
    body="""さくらホテル
宴会課 工藤様、宿泊予約課・法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の佐伯です。
2027年度の社内行事について、年間でのご予約をご相談させてください。

　4月 8日　入社式・懇親会（宴会 80名）
　6月25日　株主総会後の懇談会（宴会 40名）
　7月 7日〜8日　管理職研修（会議室＋宿泊 25名）
　12月 3日　忘年会（宴会 50名）

法人契約料金の適用についても、法人営業部様からご案内いただけますと幸いです。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="three addresses but all of one external organisation (the partner hotel)",
)

add(
    id="kaijo-065",
    sender=MIURA,
    to=["Conference Services <conference@harbourview-singapore.com>"],
    subject="RE: Contract for APAC distributor meeting (16-17 March 2027)",
    charset="utf-8",
    body="""Dear Ms. Tan,

Thank you for the contract. Our Procurement team has two small comments:

1. Clause 7 (Attrition): could the allowed reduction be 20% up to 30 days
   before arrival, instead of 10%?
2. Clause 11 (Cancellation): we would like force majeure to explicitly
   include travel advisories issued by the Japanese government.

Otherwise we are ready to sign. Please send the revised version at your convenience.

Best regards,
""" + SIG_EN + """
CONFIDENTIALITY NOTICE: The information in this e-mail, including any attachments,
is intended solely for the addressee and may be confidential or legally privileged.
If you are not the intended recipient, please notify the sender and delete this
e-mail. Hinode Sangyo Co., Ltd. accepts no liability for any damage caused by this e-mail.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="contract comments with an upper-case CONFIDENTIALITY NOTICE that is only the standard disclaimer",
)

add(
    id="kaijo-066",
    sender=MIURA,
    to=["Jason Lim <jason.lim@lionpoint-dist.com.sg>"],
    subject="Hotels near our Tokyo office for your visit in February",
    charset="utf-8",
    body="""Dear Jason,

As promised, here are three hotels within walking distance of our office
(Hamamatsucho). All of them offer our corporate rate if you mention Hinode Sangyo.

  Hotel                     Address                                   Phone
  ------------------------  ----------------------------------------  ---------------
  Sakura Hotel              1-8-3 Ginza, Chuo-ku, Tokyo 104-0061        +81-3-3571-8800
  Hamamatsucho Bay Hotel    1-20-5 Kaigan, Minato-ku, Tokyo 105-0022    +81-3-5472-3300
  Shiba Park Inn            2-5-19 Shibakoen, Minato-ku, Tokyo 105-0011 +81-3-3433-4100

The Sakura Hotel is where the product launch will take place on 22 January,
so it may be the most convenient if you plan to attend.

Let me know if you would like us to make the booking for you.

Best regards,
""" + SIG_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English list of three hotels with addresses and switchboards: businesses, not people",
)

_p067 = make_people(6)
_reg067 = "\n\n".join(
    f"[申込 {i + 1}]\nお名前：{p['name']}\n会社名：{c}\nメール：{p['email']}\n電話：{p['mobile']}"
    for i, (p, c) in enumerate(zip(_p067, ["株式会社ミヤビ電設", "東和テクノ株式会社", "有限会社三光商会",
                                             "北斗設備工業株式会社", "株式会社サンライズ住機",
                                             "株式会社ミヤビ電設"])))
add(
    id="kaijo-067",
    sender=MIURA,
    to=["会議室プラザ 新橋センター <shimbashi@kaigi-plaza.jp>"],
    subject="FW: 当日申込の追加分（12/3 説明会）",
    charset="utf-8",
    body="""会議室プラザ 新橋センター ご担当者様

お世話になっております。三浦です。
説明会への追加申込が6件ありましたので、申込フォームの通知メールを添付で転送します。
受付の名簿に追記をお願いいたします。
""" + SIG_MIURA,
    attachments=[{
        "kind": "eml", "name": "追加申込_1203.eml",
        "message": {
            "sender": "申込フォーム <no-reply@hinode-sangyo.co.jp>",
            "to": ["営業企画部 <eigyo-kikaku@hinode-sangyo.co.jp>"],
            "subject": "【申込通知】12/3 説明会 追加申込（6件）",
            "charset": "utf-8",
            "body": "12/3 説明会 に以下の申込がありました。\n\n" + _reg067 + "\n",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an attached mail (.eml) with six registrants' e-mail and phone, forwarded to the venue",
)

add(
    id="kaijo-068",
    sender=MIURA,
    to=["ソニックAV 営業部 <eigyo@sonic-av.co.jp>"],
    subject="機材レンタルお見積りのお願い（2/18 関西代理店会）",
    charset="cp932",
    body="""ソニックAV株式会社 営業部 御中

いつもお世話になっております。日の出産業の三浦です。
2月18日の関西代理店会（大阪・ホテル梅田グランデ）向けに、
添付の機材一覧でお見積りをお願いできますでしょうか。
オペレーター1名の派遣も含めてご提示いただけますと助かります。
""" + SIG_MIURA,
    attachments=[{
        "kind": "csv", "name": "機材一覧_0218.csv", "encoding": "cp932",
        "rows": [["No", "品目", "仕様", "数量", "備考"],
                 [1, "プロジェクター", "7000lm以上", 2, "左右スクリーン"],
                 [2, "スクリーン", "150インチ", 2, ""],
                 [3, "ワイヤレスマイク", "ハンド", 4, "予備電池含む"],
                 [4, "ピンマイク", "", 2, ""],
                 [5, "ミキサー", "8ch以上", 1, ""],
                 [6, "PC切替器", "HDMI 4入力", 1, ""],
                 [7, "オペレーター", "終日", 1, "9:00〜18:00"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="CP932 CSV of equipment items to the AV vendor: no people",
)

_p069 = make_people(1)[0]
add(
    id="kaijo-069",
    sender=ONODERA,
    to=["那須アウトドアベース 受付 <info@nasu-outdoor-base.jp>"],
    subject="ラフティング研修 追加参加者の保険加入情報",
    charset="iso-2022-jp",
    body=f"""那須アウトドアベース
受付ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。
10月のラフティング研修に1名追加となりましたので、
レクリエーション保険の加入に必要な情報をお送りします。

　氏名　　　：{_p069['name']}（{_p069['kana']}）
　生年月日　：{wareki(_p069['dob'])}
　性別　　　：{_p069['sex']}
　健康保険証：記号 {zen('1402')}　番号 {zen('318')}
　保険者番号：{zen('06139982')}

ほかの参加者と同様、当日は保険証のコピーを持参させます。
""" + SIG_ONODERA,
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one participant's health-insurance card symbol and number (full-width digits) to the activity operator",
)

add(
    id="kaijo-070",
    sender=SAEKI,
    to=["経理部 谷口 <taniguchi.m@hinode-sangyo.co.jp>"],
    subject="会場費の前払い申請（暗号化ZIP）",
    charset="iso-2022-jp",
    body="""谷口さん

お疲れさまです。佐伯です。
1月の研修会場費の前払い申請書類一式です。
部内ルールで暗号化しています。パスワードはTeamsで送ります。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "zip", "name": "前払申請_202701.zip", "password": "z8Kq-31pe",
        "files": [{"kind": "pdf", "name": "前払申請書.pdf",
                   "lines": ["前払申請書", "支払先：東京研修センター", "金額：1,032,900円"]}],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="an encrypted ZIP, but sent only to an internal colleague",
)

add(
    id="kaijo-071",
    sender=FUJISAWA,
    to=["イベントつばめ 関西支社 <kansai@event-tsubame.co.jp>"],
    cc=["ホテル梅田グランデ 宴会営業 <banquet@umeda-grande.co.jp>",
        "大阪支店 業務課 <osaka-gyomu@hinode-sangyo.co.jp>"],
    subject="2/18 関西代理店会 打ち合わせ議事メモ",
    charset="cp932",
    body="""イベントつばめ様、ホテル梅田グランデ様
（CC：弊社大阪支店 業務課）

本日はお時間をいただきありがとうございました。
打ち合わせの要点をまとめます。認識違いがあればご指摘ください。

1. 会場：ホテル梅田グランデ 4F「淀の間」 13:00〜17:00、懇親会は同フロア「桜宮」
2. 人数：会議 60名／懇親会 50名（最終確定 2/4）
3. 受付：イベントつばめ様 3名（12:00 集合）
4. 看板：ホテル様の定型看板（1F・4F）を使用、文言は 2/10 までに弊社から送付
5. 次回：2/9（火）15:00 オンライン

以上、よろしくお願いいたします。
""" + SIG_FUJISAWA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="minutes to the agency and the hotel (two external organisations) with an internal Cc",
)

add(
    id="kaijo-072",
    sender=KUBOTA,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="1/22 レセプション 来賓の会社別人数",
    charset="utf-8",
    body="""工藤様

お世話になっております。久保田です。
レセプションの来賓について、会社別の人数が固まりましたのでお知らせします。
受付で会社名ごとに名札を並べる際の参考にしてください。

　川崎電機株式会社　　　　　5名
　ツバサシステム株式会社　　3名
　株式会社みどり銀行　　　　2名
　北国フーズ株式会社　　　　2名
　青葉運輸株式会社　　　　　4名
　白川法律事務所　　　　　　1名
　販売店（12社）　　　　　 38名
　報道関係　　　　　　　　 20名
　─────────────
　合計　　　　　　　　　　 75名
""" + SIG_KUBOTA,
    expect="pass",
    entities=[],
    detectors=[],
    note="head counts per company: a list of organisations, not of people",
)

add(
    id="kaijo-073",
    sender=SAEKI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    cc=["田中 <tanaka.s@mail.hinode-sangyo.co.jp>"],
    subject="12/4 忘年会 最終人数のご連絡",
    charset="iso-2022-jp",
    body="""工藤様

お世話になっております。佐伯です。
12/4の忘年会、最終人数は46名で確定いたしました。
お料理・お飲み物とも46名分でお願いいたします。

当日の精算は、CCの田中（経理）がお伺いいたします。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="hotel plus an internal Cc on the subdomain mail.hinode-sangyo.co.jp (internal, not a look-alike)",
)

add(
    id="kaijo-074",
    sender=FUJISAWA,
    to=["青葉会館 貸室係 <kashishitsu@aoba-kaikan.or.jp>"],
    subject="会議室の利用申込（3/5 大阪支店 安全大会）",
    charset="utf-8",
    body="""公益財団法人 青葉会館
貸室係 ご担当者様

お世話になっております。日の出産業 大阪支店の藤沢と申します。
3月5日（金）に支店の安全大会を開催したく、大ホールの利用を申し込みます。
所定の申込書に記入して添付いたしました。

　利用時間：9:00〜17:00（準備・片付け含む）
　人数　　：約90名
　附帯設備：音響一式、演台、司会台、プロジェクター

利用料のお支払い方法（前納・振込）についてもご案内ください。
""" + SIG_FUJISAWA,
    attachments=[{
        "kind": "docx", "name": "青葉会館_利用申込書_記入済.docx",
        "paragraphs": ["青葉会館 施設利用申込書"],
        "tables": [[["項目", "内容"],
                    ["団体名", "日の出産業株式会社 大阪支店"],
                    ["所在地", "大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル15F"],
                    ["代表電話", "06-6345-7710"],
                    ["責任者", "業務課 藤沢 明美"],
                    ["利用日時", "2027年3月5日（金）9:00〜17:00"],
                    ["利用施設", "大ホール"],
                    ["利用目的", "社内安全大会"],
                    ["人数", "90名"]]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="booking a public hall (aoba-kaikan.or.jp, a different organisation, not a look-alike of aoba-unyu.co.jp)",
)

_p075 = make_people(3)
add(
    id="kaijo-075",
    sender=SAEKI,
    to=["ことぶき保険サービス 法人課 <hojin@kotobuki-hoken.co.jp>"],
    subject="イベント保険 追加被保険者（3名）",
    charset="utf-8",
    body="""ことぶき保険サービス 法人課 ご担当者様

お世話になっております。日の出産業 総務部の佐伯です。
先日お手続きいただいた日の出会（OB会）懇親会のイベント保険について、
当日スタッフとして3名追加になりましたので、被保険者の追加をお願いいたします。
様式に記入したものをPDFでお送りします。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "pdf", "name": "被保険者追加届.pdf",
        "lines": ["被保険者追加届", "契約者：日の出産業株式会社", "行事名：日の出会 懇親会（2026/12/12）", ""],
        "table": [["No", "氏名", "フリガナ", "生年月日"]] + [
            [i + 1, p["name"], p["kana"], wareki(p["dob"])] for i, p in enumerate(_p075)],
    }],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="three insured staff's names and dates of birth in a PDF: under five people, may be warned",
)

# =========================================================================================
# 076–100
# =========================================================================================

add(
    id="kaijo-076",
    sender=ONODERA,
    to=["東京研修センター 営業課 <eigyo@tokyo-kenshu-center.or.jp>"],
    subject="12月研修 受講者アンケート結果（施設に関する項目）",
    charset="utf-8",
    body="""東京研修センター 営業課 ご担当者様

お世話になっております。小野寺です。
12月の研修で実施した受講者アンケートのうち、施設に関する項目を集計しましたので共有いたします。

回答数：34名（回答率 100%）

　項目　　　　　　　満足度（5段階平均）
　研修室の広さ　　　　4.5
　空調　　　　　　　　3.2
　宿泊室　　　　　　　4.1
　食事　　　　　　　　4.4
　Wi-Fi　　　　　　　 2.8

自由記述（抜粋・匿名）
・研修室302の空調が午後に効きすぎて寒かった
・Wi-Fiが夕方に途切れることがあった
・夕食のボリュームが多く満足

次回（2月）に向けて、空調とWi-Fiについてご検討いただけますと幸いです。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated, anonymous survey results",
)

add(
    id="kaijo-077",
    sender=ONODERA,
    to=["東京研修センター 運営課 <unei@tokyo-kenshu-center.or.jp>"],
    subject="受講者への配慮事項について（1月 階層別研修）",
    charset="iso-2022-jp",
    body="""東京研修センター 運営課 ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。
1月の階層別研修の受講者に関して、事前にご相談させてください。

受講者の一ノ瀬 美咲（物流部）は聴覚障害があり、身体障害者手帳（4級）を所持しております。
講義中は手話通訳者が同席いたしますので、講師卓の横に通訳者用の席を1つ、
また字幕表示用に研修室へモニターを1台追加でご用意いただけますでしょうか。
館内放送が聞こえないため、火災報知時の個別のお声がけもお願いいたします。

本人の同意を得てお伝えしております。取り扱いにはご留意ください。
""" + SIG_ONODERA,
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named trainee's disability (hearing, 障害者手帳の等級) sent to the facility",
)

add(
    id="kaijo-078",
    sender=SAEKI,
    to=["総務部 部長 栗原 <kurihara.t@hinode-sangyo.co.jp>"],
    cc=["総務部 総務課 <somu@hinode-sangyo.co.jp>"],
    subject="新春販売店会議 会場3社比較（ご判断のお願い）",
    charset="iso-2022-jp",
    body="""栗原部長

お疲れさまです。佐伯です。
新春販売店会議の会場について、3社の見積りを比較しました。

　　　　　　　　　　会議室プラザ　ミナトカンファレンス　グランベイ東京
会場費　　　　　　　　 480,000　　　　　 620,000　　　　 950,000
懇親会（100名）　　　　　 ―　　　　　　 900,000　　　 1,200,000
機材　　　　　　　　　　88,000　　　　　　込み　　　　　 150,000
アクセス　　　　　　新橋 徒歩3分　　田町 徒歩5分　　 竹芝 徒歩2分
懇親会の同会場可否　　　 不可　　　　　　 可　　　　　　　 可

懇親会まで同じ会場で完結できるミナトカンファレンスを推奨いたします。
ご判断をお願いいたします。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="internal comparison of venue quotes; no person data, internal only",
)

add(
    id="kaijo-079",
    sender=SAEKI,
    to=["さくらホテル 法人営業部 <hojin@sakura-hotel.jp>"],
    subject="個人情報の取扱いに関するご質問（法人契約の更新にあたり）",
    charset="utf-8",
    body="""さくらホテル 法人営業部 ご担当者様

お世話になっております。日の出産業 総務部の佐伯です。
法人契約の更新にあたり、弊社の個人情報保護規程に基づき、
委託先の確認として以下をお伺いできますでしょうか。

1. 弊社が提出する宿泊者名簿（氏名・住所・連絡先）の保管期間と廃棄方法
2. アレルギー等、要配慮個人情報に当たり得る情報をお伝えした場合の管理方法
3. 外国籍の宿泊者の旅券写しの保管について
4. マイナンバー等、業務上不要な個人情報を誤って受領した場合のご対応
5. プライバシーマーク等の第三者認証の取得状況

書面でのご回答が難しい場合は、お打ち合わせの形でも構いません。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="questions about the hotel's privacy handling: risky words (要配慮, マイナンバー, 旅券) but no one's data",
)

_p080 = make_people(4)
_rows080 = "\n".join(
    f"{p['name']:　<6}　{zen(p['mobile'])}　　{t}"
    for p, t in zip(_p080, ["８：３０", "８：３０", "８：４５", "９：００"]))
add(
    id="kaijo-080",
    sender=SAEKI,
    to=["会議室プラザ 新橋センター <shimbashi@kaigi-plaza.jp>"],
    subject="12/3 説明会 当日の設営スタッフについて",
    charset="cp932",
    body=f"""会議室プラザ 新橋センター ご担当者様

お世話になっております。佐伯です。
12/3 の設営には弊社から下記の4名が伺います。
入館の際に受付でお名前を申し上げますので、よろしくお願いいたします。

氏名　　　　　　携帯電話　　　　　　　到着予定
－－－－－－－－－－－－－－－－－－－－－－－－－－
{_rows080}

何かございましたら、各自の携帯までご連絡ください。
""" + SIG_SAEKI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four staff with full-width mobile numbers in padded columns: under five people, may be warned",
)

_p081 = make_people(2)
add(
    id="kaijo-081",
    sender=ONODERA,
    to=["箱根セミナーハウス 送迎係 <sogei@hakone-seminar-house.co.jp>"],
    subject="講師2名の送迎のお願い（11/26 箱根湯本駅）",
    charset="iso-2022-jp",
    body=f"""箱根セミナーハウス 送迎係 ご担当者様

お世話になっております。日の出産業の小野寺です。
11月26日、外部講師2名の箱根湯本駅からの送迎をお願いいたします。

　{_p081[0]['name']} 様　小田原 10:12着 → 箱根湯本 10:30着予定　携帯 {_p081[0]['mobile']}
　{_p081[1]['name']} 様　箱根湯本 12:05着予定（ロマンスカー）　　携帯 {_p081[1]['mobile']}

お二人には施設のお迎えがある旨をお伝え済みです。
""" + SIG_ONODERA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two lecturers' names and mobiles for a pick-up: under five people, may be warned",
)

add(
    id="kaijo-082",
    sender=SAEKI,
    to=["青葉運輸 イベント輸送課 <event@aoba-unyu.co.jp>"],
    subject="1/21〜22 発表会 展示機材の輸送スケジュール",
    charset="utf-8",
    body="""青葉運輸株式会社 イベント輸送課 御中

いつもお世話になっております。日の出産業の佐伯です。
発表会の展示機材の輸送について、スケジュールを確定いたしました。

【往路】
　1/21（木）17:00　弊社 川崎倉庫（神奈川県川崎市川崎区東扇島9-4）集荷
　1/21（木）20:30　さくらホテル 荷捌き場 着（21:00以降の搬入許可あり）
【復路】
　1/22（金）19:00　さくらホテル 荷捌き場 集荷
　1/22（金）21:30　弊社 川崎倉庫 着

車両は2t・パワーゲート付きでお願いいたします。
前回ご担当いただいた石井様に、今回もお願いできれば心強いです。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="transport schedule to the partner carrier (exact domain): company warehouse and venue addresses only",
)

_c083 = corp_no("010401052218")
add(
    id="kaijo-083",
    sender=SAEKI,
    to=["東京研修センター 営業課 <eigyo@tokyo-kenshu-center.or.jp>"],
    subject="取引先登録書のご提出",
    charset="utf-8",
    body="""東京研修センター 営業課 ご担当者様

お世話になっております。日の出産業の佐伯です。
掛け払いでのご利用にあたり、取引先登録書をご提出いたします。
ご不明点がございましたらご連絡ください。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "docx", "name": "取引先登録書_日の出産業.docx",
        "paragraphs": ["取引先登録書", "（一般財団法人 東京研修センター 様式第3号）"],
        "tables": [[["項目", "記入欄"],
                    ["法人名", "日の出産業株式会社"],
                    ["法人番号", _c083],
                    ["適格請求書発行事業者登録番号", "T" + _c083],
                    ["本店所在地", "〒105-0013 東京都港区浜松町2-4-1 日の出ビル"],
                    ["代表電話", "03-5401-2270"],
                    ["請求書送付先", "経理部 経理課"],
                    ["支払条件", "月末締め 翌月末払い"],
                    ["ご担当", "総務部 総務課 佐伯 由紀子"]]],
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="vendor registration form with the company's own 法人番号 / T-number and office address",
)

_c084 = card_number(SEED + 1)
add(
    id="kaijo-084",
    sender=ONODERA,
    to=["箱根セミナーハウス 予約係 <yoyaku@hakone-seminar-house.co.jp>"],
    subject="予約金のカード決済申込書",
    charset="iso-2022-jp",
    body="""箱根セミナーハウス 予約係 ご担当者様

お世話になっております。小野寺です。
2月の研修の予約金（施設利用料の30%）について、
カード決済申込書に記入しましたのでPDFでお送りします。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "pdf", "name": "カード決済申込書_日の出産業.pdf",
        "lines": ["クレジットカード決済申込書", "箱根セミナーハウス 御中", ""],
        "table": [["項目", "記入欄"],
                  ["ご利用団体", "日の出産業株式会社 人事部"],
                  ["ご利用日", "2027年2月15日〜17日"],
                  ["決済金額", "312,000円"],
                  ["カード会員名", "KENICHI ONODERA"],
                  ["カード番号", card4(_c084, " ")],
                  ["有効期限", "11/28"],
                  ["支払区分", "一括"]],
    }],
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a card number with the cardholder's name in a PDF application form to the facility",
)

add(
    id="kaijo-085",
    sender=ONODERA,
    to=["箱根セミナーハウス 運営課 <unei@hakone-seminar-house.co.jp>"],
    subject="健康調査票の様式について",
    charset="utf-8",
    body="""箱根セミナーハウス 運営課 ご担当者様

お世話になっております。小野寺です。
2月の研修ではアウトドアプログラムを予定しているため、
受講者に事前の健康調査（持病・服薬・アレルギーの有無など）を行う予定です。

貴施設で推奨されている健康調査票の様式があれば、ご提供いただけますでしょうか。
記入済みの調査票は弊社人事部で保管し、施設へは緊急時に必要な範囲のみ、
個別に口頭でお伝えする運用を考えております。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=[],
    note="asks for a blank health-questionnaire form: words like 持病・服薬, no person",
)

add(
    id="kaijo-086",
    sender=MIURA,
    to=["会議室プラザ 予約センター <yoyaku@kaigi-plaza.jp>"],
    subject="防音個室のご予約について（12/15）",
    charset="iso-2022-jp",
    body="""会議室プラザ 予約センター ご担当者様

お世話になっております。日の出産業の三浦です。
12月15日（火）10:00〜12:00、6名で利用できる会議室を予約したいと考えております。

取引先との機密保持契約に基づく打ち合わせのため、
できれば防音仕様の個室（ガラス張りでないお部屋）を希望いたします。
ホワイトボードとモニター（HDMI接続）があれば助かります。

空き状況をお知らせいただけますでしょうか。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=[],
    note="booking a soundproof room for an NDA meeting: mention of 機密保持契約, no marking",
)

add(
    id="kaijo-087",
    sender=MIURA,
    to=["川崎電機 営業推進部 <suishin@kawasaki-denki.co.jp>",
        "ツバサシステム 営業本部 <sales@tsubasa-system.jp>",
        "みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="共催セミナー（2/25）会場決定と役割分担のご連絡",
    charset="utf-8",
    body="""川崎電機株式会社 営業推進部 ご担当者様
ツバサシステム株式会社 営業本部 ご担当者様
株式会社みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業の三浦です。
4社共催セミナーの会場が決まりましたのでご連絡いたします。

　日時：2027年2月25日（木）14:00〜17:00
　会場：ミナトカンファレンス 5F ホールA（定員150名）

役割分担（案）
　・会場手配・受付：日の出産業
　・集客（メール案内）：各社
　・第1部講演：川崎電機様／第2部：ツバサシステム様／第3部：みどり銀行様

ご意見があれば1/29までにお知らせください。
""" + SIG_MIURA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three partner organisations in To can see each other's addresses: should have been Bcc",
)

_c088 = card_number(SEED + 2)
add(
    id="kaijo-088",
    sender=NAKAI,
    to=["経理部 谷口 <taniguchi.m@hinode-sangyo.co.jp>"],
    subject="法人カード再発行に伴う番号変更（森川社長分）",
    charset="utf-8",
    body=f"""谷口さん

お疲れさまです。社長室の中井です。
森川社長の法人カードが再発行となり、番号が変わりました。
ホテル予約の保証や会場費の決済で使う登録情報の更新をお願いします。

　カード名義：KAZUO MORIKAWA
　新カード番号：{_c088}
　有効期限：03/31

旧カードは本日ハサミを入れて廃棄済みです。
""" + SIG_NAKAI,
    expect="pass",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=[],
    note="a full card number, but sent only to an internal colleague",
)

_p089 = make_people(8)
_rows089 = "\n".join(
    f"{r}\t{p['name']}\t{p['kana']}\t{p['sex']}"
    for r, p in zip(["ツイン1", "ツイン1", "ツイン2", "ツイン2", "ツイン3", "ツイン3", "シングル1", "シングル2"],
                    _p089))
add(
    id="kaijo-089",
    sender=FUJISAWA,
    to=["さくらホテル 宿泊予約課 <shukuhaku@sakura-hotel.jp>"],
    subject="1/21 ご宿泊 部屋割りのご連絡（日の出産業 大阪支店）",
    charset="utf-8",
    body=f"""さくらホテル 宿泊予約課 ご担当者様

お世話になっております。日の出産業 大阪支店の藤沢です。
1月21日ご宿泊分（予約番号 SH-2701-0211）の部屋割りをお知らせいたします。

部屋\t氏名\tフリガナ\t性別
{_rows089}

チェックインは各自で行います。よろしくお願いいたします。
""" + SIG_FUJISAWA,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="rooming list of eight names with kana and sex only, no contacts or identifiers: list of people or not",
)

add(
    id="kaijo-090",
    sender=INABA,
    to=["ツバサシステム 技術サービス部 <tech-service@tsubasa-system.jp>"],
    subject="1/22 発表会 ライブ配信のネットワーク構成（事前確認）",
    charset="utf-8",
    body="""ツバサシステム株式会社
技術サービス部 ご担当者様

いつもお世話になっております。日の出産業 情報システム部の稲葉です。
1/22 の発表会のライブ配信について、当日のネットワーク構成を共有します。

・ホテル側回線：光 1Gbps ベストエフォート（有線LANを鳳凰の間の音響卓横へ引込み）
・バックアップ：5Gルーター2台（キャリア分散）
・配信エンコーダ：御社よりご持参（IPアドレスは 192.168.50.10〜20 を割当予定）
・配信先：社内配信基盤 → YouTube 限定公開

当日はこちらから私（稲葉）が9:00に現地入りします。
御社のエンジニアの方のお名前を事前にお知らせいただければ、入館証を手配いたします。
""" + SIG_INABA,
    expect="pass",
    entities=[],
    detectors=[],
    note="technical setup mail to the partner (exact domain); IP addresses, no person data",
)

add(
    id="kaijo-091",
    sender=MIURA,
    to=["東和テクノ 佐藤様 <sato@towa-techno.co.jp>"],
    subject="【ご招待】1/22 新製品発表会 会場のご案内",
    charset="utf-8",
    body="""東和テクノ株式会社
佐藤様

平素より大変お世話になっております。日の出産業の三浦でございます。
このたびは新製品発表会へのご出席のご返信をいただき、誠にありがとうございます。

■日時：2027年1月22日（金）14:00〜15:30（受付 13:30〜）
■会場：さくらホテル 2F「鳳凰の間」（東京都中央区銀座1-8-3）
■アクセス：東京メトロ銀座一丁目駅 10番出口より徒歩2分

当日は本メールの画面、またはお名刺を受付でご提示ください。
ご来場を心よりお待ちしております。
""" + SIG_MIURA,
    html="""<html><body>
<p>東和テクノ株式会社<br>佐藤様</p>
<p>平素より大変お世話になっております。日の出産業の三浦でございます。<br>
このたびは新製品発表会へのご出席のご返信をいただき、誠にありがとうございます。</p>
<table cellpadding="3">
<tr><td><b>日時</b></td><td>2027年1月22日（金）14:00〜15:30（受付 13:30〜）</td></tr>
<tr><td><b>会場</b></td><td>さくらホテル 2F「鳳凰の間」（東京都中央区銀座1-8-3）</td></tr>
<tr><td><b>アクセス</b></td><td>東京メトロ銀座一丁目駅 10番出口より徒歩2分</td></tr>
</table>
<p>当日は本メールの画面、またはお名刺を受付でご提示ください。</p>
<p>日の出産業株式会社 営業企画部 三浦 達也<br>TEL 03-5401-2305</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="text+HTML invitation confirmation to one customer contact; venue address only",
)

_p092 = make_people(6)
_rows092 = "\n".join(
    f"・{p['name']}（{p['kana']}）　{wareki(p['dob'], 'short' if i % 2 else 'kanji')}生　"
    f"携帯：{zen(p['mobile']) if i % 3 == 0 else p['mobile']}"
    for i, p in enumerate(_p092))
add(
    id="kaijo-092",
    sender=FUJISAWA,
    to=["那須フォレストヴィラ ご予約係 <yoyaku@forest-villa-nasu.jp>"],
    subject="10/16〜17 ご宿泊者のご連絡（日の出産業 大阪支店 6名）",
    charset="iso-2022-jp",
    body=f"""那須フォレストヴィラ
ご予約係 ご担当者様

お世話になっております。日の出産業 大阪支店の藤沢でございます。
10月16日〜17日の宿泊者について、宿泊者カードの事前記入用に情報をお送りいたします。

{_rows092}

当日は15時頃にレンタカーで到着予定です。
夕食は18時30分からでお願いいたします。
""" + SIG_FUJISAWA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six guests as ・ bullets with 和暦 dates of birth and mobiles (some full-width) to an inn",
)

add(
    id="kaijo-093",
    sender=ONODERA,
    to=["星が丘大学 施設課 <shisetsu@hoshigaoka-u.ac.jp>"],
    cc=["石崎 薫 先生 <ishizaki.kaoru.lab@gmail.com>"],
    subject="3/10 公開講座会場（記念ホール）の機材確認",
    charset="iso-2022-jp",
    body="""星が丘大学 施設課 ご担当者様
（CC：ご登壇の石崎先生）

お世話になっております。日の出産業 人事部の小野寺です。
3月10日に記念ホールをお借りする公開講座について、機材を確認させてください。

・演台マイク1本、ワイヤレスマイク2本
・プロジェクター（HDMI）と書画カメラ
・録画は弊社で行います（三脚1台を後方に設置）

石崎先生のスライドは16:9で作成いただいております。
当日は12:00に搬入に伺います。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains", "freemail_recipient"],
    note="a university hall and one lecturer on gmail: two external parties, normal three-way mail",
)

add(
    id="kaijo-094",
    sender=SAEKI,
    to=["ソニックAV 営業部 <eigyo@sonic-av.co.jp>"],
    subject="レンタル機材の破損についてのご報告",
    charset="utf-8",
    body="""ソニックAV株式会社 営業部 ご担当者様

お世話になっております。日の出産業の佐伯です。
12/3 の説明会でお借りしたプロジェクター（管理番号 PJ-5000-0187）について、
返却前の点検でレンズ周りに擦り傷を見つけました。
撤収時に机の角に当たった可能性があります。大変申し訳ございません。

写真を2枚添付いたします。修理費用のご請求は、動産総合保険の手続きを
とりますので、見積書をお送りいただけますでしょうか。
""" + SIG_SAEKI,
    attachments=[{"kind": "png", "name": "PJ-5000-0187_01.png"},
                 {"kind": "png", "name": "PJ-5000-0187_02.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="damage report with two photos and an asset number",
)

add(
    id="kaijo-095",
    sender=ONODERA,
    to=["まなびラボ 研修企画部 <kikaku@manabi-lab.co.jp>"],
    subject="2月 新入社員フォロー研修 プログラム案（施設手配用）",
    charset="utf-8",
    body="""株式会社まなびラボ
研修企画部 ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。
2月の研修プログラム案をお送りします。
施設側との調整（研修室・グループワーク室の割当）にご活用ください。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "docx", "name": "新入社員フォロー研修_プログラム案_v2.docx",
        "page_header": "部外秘",
        "title": "新入社員フォロー研修 プログラム案",
        "paragraphs": [
            "2027年2月 新入社員フォロー研修 プログラム案（v2）",
            "会場：箱根セミナーハウス（2/15〜17、2泊3日）",
            "目的：配属後10か月の振り返りと、2年目に向けた行動計画の策定",
        ],
        "tables": [[["日", "時間", "内容", "会場"],
                    ["1日目", "13:00-17:00", "オリエンテーション／振り返りワーク", "大研修室"],
                    ["2日目", "9:00-12:00", "ケーススタディ（顧客対応）", "分科会室A/B"],
                    ["2日目", "13:00-17:00", "アウトドアプログラム", "屋外"],
                    ["3日目", "9:00-12:00", "行動計画発表", "大研修室"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached DOCX carries 部外秘 in its page header and goes to an external training vendor",
)

add(
    id="kaijo-096",
    sender=SAEKI,
    to=["会議室プラザ 予約センター <yoyaku@kaigi-plaza.jp>"],
    subject="Re: 【会議室プラザ】ご予約確定のお知らせ（KP-203-0418）",
    charset="cp932",
    body="""ご連絡ありがとうございます。
内容承知いたしました。当日はよろしくお願いいたします。

佐伯
""" + SIG_SAEKI + DISC_JA + """
> 日の出産業株式会社 佐伯様
> このたびはご予約ありがとうございます。下記にて確定いたしました。
> 　予約番号：KP-203-0418　2027年2月3日（水）13:00〜17:00 会議室C（36名）
> 会議室プラザ 予約センター
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one-line acknowledgement with signature, disclaimer and a short quote",
)

add(
    id="kaijo-097",
    sender=KUBOTA,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="1/22 発表会 会場装飾イメージ（ご確認用）",
    charset="utf-8",
    body="""工藤様

お世話になっております。久保田です。
発表会の会場装飾（ステージ背面パネル・バナー）のイメージをお送りします。
壁面への吊り下げが可能か、ご確認いただけますでしょうか。
""" + SIG_KUBOTA,
    attachments=[{
        "kind": "pptx", "name": "会場装飾イメージ_0122.pptx",
        "title": "会場装飾イメージ",
        "page_footer": "© 2026 Hinode Sangyo Co., Ltd.　無断転載・複製を禁じます",
        "slides": [["ステージ背面パネル", "W7,200 × H2,700mm（木工・バックライトなし）",
                    "ロゴ中央、キャッチコピー「空気を、変える。」"],
                   ["天吊りバナー", "W900 × H3,600mm × 2枚", "ステージ左右、バトン使用希望"],
                   ["受付サイン", "A1パネル × 2（イーゼル）"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="PPTX with a copyright / no-reproduction footer, which is not a confidentiality marking",
)

_p098 = make_people(3, domain="kawasaki-denki.co.jp")
add(
    id="kaijo-098",
    sender=KUBOTA,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="来賓（川崎電機様）の控室ご案内について",
    charset="iso-2022-jp",
    body=f"""工藤様

お世話になっております。久保田です。
川崎電機様からご来賓3名がお越しになり、開演前に控室「楓」をご利用になります。
ホテル様から到着時刻の確認メールを直接お送りいただけるとのことでしたので、
ご連絡先をお知らせします。

　{_p098[0]['name']} 様　{_p098[0]['email']}
　{_p098[1]['name']} 様　{_p098[1]['email']}
　{_p098[2]['name']} 様　{_p098[2]['email']}

川崎電機様には、ホテル様からご連絡が行く旨をお伝え済みです。
""" + SIG_KUBOTA,
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="three guests' names and work e-mail addresses: under five people, may be warned",
)

add(
    id="kaijo-099",
    sender=MIURA,
    to=["イベントつばめ 野口 <noguchi@event-tsubame.co.jp>"],
    subject="共催セミナー 各社窓口（集客用）",
    charset="utf-8",
    body="""野口様

お世話になっております。三浦です。
2/25 共催セミナーの集客用LPに、各社のお問い合わせ窓口を掲載したいので、
下記の情報でご準備をお願いします（いずれも各社の代表窓口です）。

会社名,窓口,代表電話,メール
日の出産業株式会社,営業企画部,03-5401-2300,seminar@hinode-sangyo.co.jp
川崎電機株式会社,営業推進部,03-3211-4500,info@kawasaki-denki.co.jp
ツバサシステム株式会社,営業本部,045-650-7700,contact@tsubasa-system.jp
株式会社みどり銀行,法人営業部,03-3270-1100,hojin@midori-ginko.co.jp
株式会社ミヤビ電設,営業部,06-6372-8800,info@miyabi-densetsu.co.jp
東和テクノ株式会社,お客様窓口,052-261-3300,support@towa-techno.co.jp
北斗設備工業株式会社,九州支店,092-441-2200,kyushu@hokuto-setsubi.co.jp
株式会社サンライズ住機,仙台営業所,022-262-5500,sendai@sunrise-juki.co.jp

掲載順はこのままでお願いします。
""" + SIG_MIURA,
    expect="pass",
    entities=[],
    detectors=[],
    note="comma-separated list of eight companies' switchboards and role mailboxes: businesses, not people",
)

add(
    id="kaijo-100",
    sender=SAEKI,
    to=["さくらホテル 宴会課 工藤 <kudo.enkai@sakura-hotel.jp>"],
    subject="忘年会の御礼",
    charset="iso-2022-jp",
    body="""工藤様

昨晩の忘年会では大変お世話になりました。
お料理もサービスも大変好評で、社内アンケートでも46名中41名が
「満足」「とても満足」と回答しておりました。
ビンゴ大会の際にマイクの音量をすぐに調整いただいたことにも、重ねて御礼申し上げます。

来年度の年間予約の件は、あらためて法人営業部様とご相談させてください。
今後ともどうぞよろしくお願いいたします。
""" + SIG_SAEKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="thank-you mail after the event with aggregate survey figures",
)
