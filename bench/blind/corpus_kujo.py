"""Blind evaluation corpus, area **kujo**: the customer complaints desk of 日の出産業株式会社
(品質保証部 お客様相談室).

The mail of a complaints desk: クレーム対応の経緯報告, 製造委託先・保険会社・弁護士への連絡,
顧客のけが・体調不良の申し出, お詫び状の発送リスト, 消費生活センターからの照会 — to
manufacturers, insurers, lawyers, carriers, printers, call-centre contractors, shops,
consumer centres and the customers themselves.

Everything here is invented: every person, address, phone number, account, card and
My Number (from build.py's helpers), every case, and every domain beyond those named in
the brief. The file was written blind, from bench/blind/BRIEF.md, bench/blind/build.py
and shared/SPEC.md only, without reading mailguard's code, rules, tests or other corpora.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 32801
rng = random.Random(SEED)

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# -- small helpers -------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-().:/ ", "０１２３４５６７８９－（）．：／　")


def zen(s: str) -> str:
    """ASCII digits and separators as full-width, the way some people type them."""
    return s.translate(_ZEN)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) < (1989, 1, 8):
        era, e, n = "昭和", "S", y - 1925
    elif (y, m, d) < (2019, 5, 1):
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "令和", "R", y - 2018
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "kanji_zen":
        return zen(f"{era}{n}年{m}月{d}日")
    if style == "abbr":
        return f"{e}{n}.{m}.{d}"
    if style == "abbr_zen":
        return f"{chr(ord(e) + 0xFEE0)}{zen(str(n))}．{zen(str(m))}．{zen(str(d))}"
    raise ValueError(style)


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


SURNAMES = [
    ("蕪木", "カブラギ", "kaburagi"), ("五十嵐", "イガラシ", "igarashi"), ("仁科", "ニシナ", "nishina"),
    ("鬼頭", "キトウ", "kito"), ("我妻", "ワガツマ", "wagatsuma"), ("東海林", "ショウジ", "shoji"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("小鳥遊", "タカナシ", "takanashi"),
    ("百目鬼", "ドウメキ", "domeki"), ("釘宮", "クギミヤ", "kugimiya"), ("鍋島", "ナベシマ", "nabeshima"),
    ("宍戸", "シシド", "shishido"), ("柘植", "ツゲ", "tsuge"), ("桐生", "キリュウ", "kiryu"),
    ("若狭", "ワカサ", "wakasa"), ("都築", "ツヅキ", "tsuzuki"), ("巽", "タツミ", "tatsumi"),
    ("曽我部", "ソガベ", "sogabe"), ("乙部", "オトベ", "otobe"), ("芦田", "アシダ", "ashida"),
    ("湊", "ミナト", "minato"), ("鶴見", "ツルミ", "tsurumi"), ("鏑木", "カブラキ", "kaburaki"),
    ("帯刀", "タテワキ", "tatewaki"), ("猪狩", "イガリ", "igari"), ("舘野", "タテノ", "tateno"),
    ("比嘉", "ヒガ", "higa"), ("新垣", "アラカキ", "arakaki"), ("上遠野", "カドノ", "kadono"),
    ("水落", "ミズオチ", "mizuochi"), ("栗城", "クリキ", "kuriki"), ("塙", "ハナワ", "hanawa"),
    ("生田目", "ナマタメ", "namatame"), ("土生", "ハブ", "habu"), ("薬袋", "ミナイ", "minai"),
    ("望月", "モチヅキ", "mochizuki"), ("安住", "アズミ", "azumi"), ("井口", "イグチ", "iguchi"),
    ("向後", "コウゴ", "kogo"), ("小此木", "オコノギ", "okonogi"), ("左右田", "ソウダ", "soda"),
    ("及川", "オイカワ", "oikawa"), ("日比野", "ヒビノ", "hibino"), ("千々岩", "チヂイワ", "chijiiwa"),
]
GIVEN = [
    ("里江", "リエ", "rie"), ("徹", "トオル", "toru"), ("美沙子", "ミサコ", "misako"),
    ("康介", "コウスケ", "kosuke"), ("直人", "ナオト", "naoto"), ("さゆり", "サユリ", "sayuri"),
    ("修", "オサム", "osamu"), ("典子", "ノリコ", "noriko"), ("俊", "シュン", "shun"),
    ("瑞穂", "ミズホ", "mizuho"), ("雅美", "マサミ", "masami"), ("朋子", "トモコ", "tomoko"),
    ("浩二", "コウジ", "koji"), ("千晴", "チハル", "chiharu"), ("亮", "リョウ", "ryo"),
    ("陽子", "ヨウコ", "yoko"), ("和彦", "カズヒコ", "kazuhiko"), ("真由美", "マユミ", "mayumi"),
    ("拓", "タク", "taku"), ("佐知子", "サチコ", "sachiko"), ("聡", "サトシ", "satoshi"),
    ("洋平", "ヨウヘイ", "yohei"), ("久美子", "クミコ", "kumiko"), ("義明", "ヨシアキ", "yoshiaki"),
    ("梨花", "リカ", "rika"), ("悠真", "ユウマ", "yuma"), ("結衣", "ユイ", "yui"),
    ("文子", "フミコ", "fumiko"), ("勝也", "カツヤ", "katsuya"), ("恵美", "エミ", "emi"),
    ("昌平", "ショウヘイ", "shohei"), ("菜摘", "ナツミ", "natsumi"), ("隆之", "タカユキ", "takayuki"),
    ("静香", "シズカ", "shizuka"), ("健太", "ケンタ", "kenta"), ("ハル", "ハル", "haru"),
    ("登志子", "トシコ", "toshiko"), ("源太郎", "ゲンタロウ", "gentaro"),
]
PLACES = [
    ("332-0004", "埼玉県", "川口市", "領家"), ("177-0041", "東京都", "練馬区", "石神井町"),
    ("252-0303", "神奈川県", "相模原市南区", "相模大野"), ("487-0013", "愛知県", "春日井市", "高蔵寺町"),
    ("591-8025", "大阪府", "堺市北区", "長曽根町"), ("003-0023", "北海道", "札幌市白石区", "南郷通"),
    ("830-0023", "福岡県", "久留米市", "中央町"), ("432-8021", "静岡県", "浜松市中央区", "佐鳴台"),
    ("273-0005", "千葉県", "船橋市", "本町"), ("663-8113", "兵庫県", "西宮市", "甲子園口"),
    ("981-3132", "宮城県", "仙台市泉区", "将監"), ("720-0802", "広島県", "福山市", "松浜町"),
    ("503-0015", "岐阜県", "大垣市", "林町"), ("510-0074", "三重県", "四日市市", "鵜の森"),
    ("611-0042", "京都府", "宇治市", "小倉町"), ("940-0062", "新潟県", "長岡市", "大手通"),
    ("310-0015", "茨城県", "水戸市", "宮町"), ("370-0801", "群馬県", "高崎市", "上並榎町"),
    ("700-0815", "岡山県", "岡山市北区", "野田屋町"), ("862-0950", "熊本県", "熊本市中央区", "水前寺"),
    ("920-0961", "石川県", "金沢市", "香林坊"), ("790-0003", "愛媛県", "松山市", "三番町"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]
BUILDINGS = ["コーポ若葉", "メゾン南風", "ハイツひまわり", "グランシャリオ", "サンライズ", "パークサイド"]

_used_names: set[str] = set()
# names written by hand into single messages below: keep the generated lists apart from them
_used_names.update({"鍋島 朋子", "若狭 陽子", "舘野 勝也", "東海林 さゆり", "鏑木 義明", "都築 和彦",
                    "比嘉 悠真", "千々岩 登志子", "薬袋 文子", "猪狩 菜摘", "帯刀 梨花", "乙部 佐知子",
                    "上遠野 ハル", "宍戸 浩二", "栗城 隆之", "日比野 典子", "安住 瑞穂", "望月 結衣",
                    "鬼頭 康介", "芦田 聡"})


AREA_CODE = {"埼玉県": "048", "東京都": "03", "神奈川県": "042", "愛知県": "0568", "大阪府": "072",
             "北海道": "011", "福岡県": "0942", "静岡県": "053", "千葉県": "047", "兵庫県": "0798",
             "宮城県": "022", "広島県": "084", "岐阜県": "0584", "三重県": "059", "京都府": "0774",
             "新潟県": "0258", "茨城県": "029", "群馬県": "027", "岡山県": "086", "熊本県": "096",
             "石川県": "076", "愛媛県": "089"}


def people(n: int, *, landline_share: float = 0.15, born: tuple[int, int] = (1942, 2001)) -> list[dict]:
    """n invented customers (unique names over the whole file)."""
    out: list[dict] = []
    while len(out) < n:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        name = s[0] + " " + g[0]
        if name in _used_names:
            continue
        _used_names.add(name)
        zipc, pref, city, town = rng.choice(PLACES)
        street = f"{town}{rng.randint(1, 7)}-{rng.randint(1, 30)}-{rng.randint(1, 24)}"
        if rng.random() < 0.3:
            street += f" {rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 8)}"
        if rng.random() < landline_share:
            area = AREA_CODE[pref]
            mid = 6 - len(area)  # 10 digits in all
            phone = f"{area}-{rng.randint(10 ** (mid - 1) * 2, 10 ** mid - 1)}-{rng.randint(1000, 9999)}"
        else:
            phone = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        style = rng.randrange(4)
        num = rng.randint(1, 99)
        local = [f"{g[2]}.{s[2]}{num}", f"{s[2]}_{g[2][0]}{num}", f"{g[2]}{s[2][:3]}{1950 + num}",
                 f"{s[2]}-{g[2]}"][style]
        y = rng.randint(*born)
        out.append({
            "sei": s[0], "mei": g[0], "name": name, "kana": s[1] + " " + g[1],
            "roma": f"{s[2].capitalize()} {g[2].capitalize()}", "sei_r": s[2], "mei_r": g[2],
            "zip": zipc, "pref": pref, "city": city, "addr": pref + city + street,
            "phone": phone, "email": f"{local}@{rng.choice(FREEMAIL)}",
            "dob": (y, rng.randint(1, 12), rng.randint(1, 28)), "age": 2026 - y,
        })
    return out


def uketsuke() -> str:
    return f"K26-{rng.randint(300, 1999):04d}"


# -- the desk's people and their signatures ------------------------------------------------

MURASE = "村瀬 千尋 <c.murase@hinode-sangyo.co.jp>"
ONODERA = "小野寺 航 <w.onodera@hinode-sangyo.co.jp>"
FUJIEDA = "藤枝 隆 <t.fujieda@hinode-sangyo.co.jp>"
HIEDA = "稗田 佳織 <k.hieda@hinode-sangyo.co.jp>"
KUGA = "久我 智也 <t.kuga@hinode-sangyo.co.jp>"
YAKUSHIJI = "薬師寺 麻衣 <m.yakushiji@hinode-sangyo.co.jp>"
DESK = "日の出産業 お客様相談室 <sodan@hinode-sangyo.co.jp>"
NAKAGAMI = "中神 修一 <s.nakagami@mail.hinode-sangyo.co.jp>"

SIG_MURASE = """
――――――――――――――――――――――
日の出産業株式会社
品質保証部 お客様相談室
村瀬 千尋（むらせ ちひろ）
〒461-0005 愛知県名古屋市東区東桜2-14-9 日の出ビル5F
TEL 052-938-4410（直通）／FAX 052-938-4419
c.murase@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_ONODERA = """
--
日の出産業（株）お客様相談室 主任
小野寺 航  Wataru Onodera
TEL: 052-938-4412  携帯: 080-2291-5530
w.onodera@hinode-sangyo.co.jp"""

SIG_FUJIEDA = """
======================================
 日の出産業株式会社 品質保証部 課長
 藤枝 隆（Takashi Fujieda）
 〒461-0005 名古屋市東区東桜2-14-9
 TEL 052-938-4400（代表） 内線 4521
======================================"""

SIG_HIEDA = """
日の出産業株式会社
品質保証部 品質管理課　稗田 佳織
TEL：052-938-4430　FAX：052-938-4439"""

SIG_KUGA = """
************************************
日の出産業株式会社 総務部 法務グループ
久我 智也 (Tomoya Kuga)
TEL 052-938-4460 / t.kuga@hinode-sangyo.co.jp
************************************"""

SIG_YAKUSHIJI = """
─────────────────
お客様相談室　薬師寺 麻衣
日の出産業株式会社
〒461-0005 愛知県名古屋市東区東桜二丁目14番9号
TEL 0120-48-7731（受付 9:00〜17:00 土日祝除く）
─────────────────"""

SIG_DESK = """
日の出産業株式会社 お客様相談室
フリーダイヤル 0120-48-7731（平日 9:00〜17:00）
本メールにご返信いただいても、担当者に届きます。"""

SIG_EN = """
Best regards,

Wataru Onodera
Customer Support Center, Quality Assurance Dept.
Hinode Sangyo Co., Ltd.
2-14-9 Higashi-sakura, Higashi-ku, Nagoya 461-0005, Japan
Tel: +81-52-938-4412"""

DISCLAIMER_JA = """
------------------------------------------------------------
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの内容の無断転載・複製を禁じます。
------------------------------------------------------------"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""


# =========================================================================================
# 001  お詫び状の封入・発送: 12 customers as a CP932 CSV to the printer
# =========================================================================================
_p = people(12)
add(
    id="kujo-001",
    sender=MURASE,
    to=["錦印刷 早川様 <hayakawa@nishiki-insatsu.co.jp>"],
    cc=["小野寺 航 <w.onodera@hinode-sangyo.co.jp>"],
    subject="お詫び状 封入・発送のお願い（電気ケトル HK-120 対象者分）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部 早川様

いつもお世話になっております。
日の出産業 お客様相談室の村瀬です。

先日お見積りをいただきました「電気ケトル HK-120 無償点検のお知らせ（お詫び状）」の
封入・封緘・発送につきまして、正式にお願いしたく宛先リストをお送りいたします。

　・宛先件数：12件（添付CSV）
　・同封物　：お詫び状（A4 1枚）、点検申込はがき、返信用封筒
　・発送希望：10月16日（金）差出
　・差出人　：日の出産業株式会社 お客様相談室

リストの「備考」欄は弊社内のメモですので、印字は不要です。
ご不明点がございましたらご連絡ください。

よろしくお願いいたします。
{SIG_MURASE}""",
    attachments=[{
        "kind": "csv", "name": "owabi_HK120_hassou.csv", "encoding": "cp932",
        "rows": [["受付番号", "郵便番号", "住所", "氏名", "電話番号", "備考"]] + [
            [uketsuke(), p["zip"], p["addr"], p["name"], p["phone"],
             rng.choice(["", "", "", "日中不在がち", "集合住宅 部屋番号要確認", "ご家族名義で購入"])]
            for p in _p],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 customers' names, addresses and phones (CSV) to an external printer: a list of people",
)

# =========================================================================================
# 002  経緯報告 (internal only) with the customer's burn diagnosis
# =========================================================================================
add(
    id="kujo-002",
    sender=MURASE,
    to=[FUJIEDA],
    cc=[HIEDA, NAKAGAMI],
    subject="【経緯報告】K26-0871 電気ケトル HK-120 使用中のやけど申し出（第2報）",
    charset="iso-2022-jp",
    body="""藤枝課長
（Cc：稗田さん、中神部長）

お疲れさまです。村瀬です。
標記の件、第2報として経緯をまとめました。

■お客様
　鍋島 朋子 様（42歳）　090-4417-2863
　埼玉県川口市領家4-12-7
■製品
　電気ケトル HK-120（ホワイト）　製造ロット 26A14
　購入日 2026/8/22（かでんマート川口店）
■経緯
　10/3 10:12　ご本人より入電。注ぎ口付近から湯が噴き出し、右手甲をやけどしたとのお申し出。
　10/3 15:40　小野寺主任より折り返し。製品の回収をご了承いただく。
　10/5　　　　青葉運輸にて製品回収（伝票 4410-2287-5531）
　10/7　　　　お客様より、皮膚科で「右手背 II度熱傷、全治約3週間」と診断された旨のご連絡。
　　　　　　　通院は週1回の予定とのこと。
　10/8　　　　品証にて現品確認開始。蓋パッキンの変形を確認（調査中）。
■お客様のご要望
　治療費と通院交通費の補償、原因の説明（書面で）。
■今後
　・PL保険の適用可否をやまぶき損保に確認（久我さん経由）
　・10/15までに中間報告を書面でお送りする

以上、取り急ぎご報告いたします。
村瀬
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="customer's injury diagnosis and contact, but every recipient is internal (incl. mail. subdomain)",
)

# =========================================================================================
# 003  PL insurer: accident report DOCX with victim's DOB and diagnosis
# =========================================================================================
add(
    id="kujo-003",
    sender=KUGA,
    to=["桑原 様 <kuwabara.r@yamabuki-sonpo.co.jp>"],
    cc=[MURASE],
    subject="PL保険 事故報告書の送付（証券番号 PL-2026-004518）",
    charset="utf-8",
    body=f"""やまぶき損害保険株式会社
企業損害サービス部 桑原様

いつも大変お世話になっております。
日の出産業の久我でございます。

先日お電話でご相談いたしました、当社電気ケトルによる負傷事故につきまして、
事故報告書を作成しましたので添付にてお送りいたします。
被害者の方の診断書の写しは、原本が届き次第、別途郵送いたします。

ご確認のほど、よろしくお願い申し上げます。
{SIG_KUGA}""",
    attachments=[{
        "kind": "docx", "name": "事故報告書_HK-120_K26-0871.docx", "title": "事故報告書",
        "paragraphs": [
            "生産物賠償責任保険　事故報告書",
            "報告日：2026年10月9日　　契約者：日の出産業株式会社（証券番号 PL-2026-004518）",
            "1．被害者",
            "氏名：鍋島 朋子（なべしま ともこ）",
            "生年月日：昭和59年6月18日（42歳）",
            "住所：〒332-0004 埼玉県川口市領家4-12-7",
            "電話：090-4417-2863",
            "2．事故の概要",
            "2026年10月3日午前、被害者宅において電気ケトル HK-120 で湯を沸かし、カップに注いだ際、"
            "注ぎ口付近から熱湯が噴出し右手甲にかかった。",
            "3．負傷の程度",
            "傷病名：右手背 II度熱傷（10月4日 川口みなみ皮膚科クリニック初診）",
            "全治見込み：約3週間。週1回の通院加療。",
            "4．製品",
            "品番 HK-120　製造ロット 26A14　購入日 2026年8月22日　購入店 かでんマート川口店",
            "5．被害者の要望",
            "治療費・通院交通費の補償、事故原因の書面による説明。",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identified victim's diagnosis (要配慮: medical) plus DOB/address in a DOCX to the insurer",
)

# =========================================================================================
# 004  consumer centre: reply whose only personal data is in the quoted inquiry
# =========================================================================================
add(
    id="kujo-004",
    sender=ONODERA,
    to=["北浜市消費生活センター <shohi-center@city.kitahama.lg.jp>"],
    subject="Re: 貴社製品に関する照会（北浜市消費生活センター 受付番号2026-1184）",
    charset="iso-2022-jp",
    body=f"""北浜市消費生活センター
相談員 長谷部様

お世話になっております。日の出産業 お客様相談室の小野寺でございます。
ご照会いただいた件、ご連絡が遅くなり申し訳ございません。

現在、ご相談者様から製品をお預かりし、当社品質保証部にて調査を進めております。
調査結果は10月23日（金）までに書面にてご相談者様へご説明し、
あわせて貴センターにもご報告いたします。

なお、同型製品について、現時点で同様の事象のお申し出は当社では確認しておりません。
引き続きよろしくお願いいたします。
{SIG_ONODERA}

2026/10/09 14:22、北浜市消費生活センター <shohi-center@city.kitahama.lg.jp> のメッセージ:
> 日の出産業株式会社 お客様相談室 御中
>
> 北浜市消費生活センターの長谷部です。
> 下記のご相談について、貴社のご見解とご対応状況をお知らせください。
>
> ご相談者：若狭 陽子 様（北浜市在住）　電話 080-3362-1907
> 製品　　：電気ケトル HK-120
> 内容　　：9月末に購入した製品で、湯を注ぐ際に蓋が外れて熱湯がかかり、
> 　　　　　左腕にやけどを負った。現在病院で治療を受けている。
> 　　　　　販売店に相談したがメーカーに連絡するよう言われた。
>
> ご多忙のところ恐縮ですが、10月20日までにご回答をお願いいたします。
> --
> 北浜市消費生活センター　相談員 長谷部
> TEL 0566-41-7720
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the consumer centre; the consumer's name, phone and injury are only in the '>' quote",
)

# =========================================================================================
# 005  look-alike of a partner: kitaguni-food.co.jp (the s dropped)
# =========================================================================================
add(
    id="kujo-005",
    sender=HIEDA,
    to=["佐藤 様 <sato.k@kitaguni-food.co.jp>"],
    cc=[MURASE],
    subject="冷凍ぎょうざ（12個入）異物混入のお申し出について",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
品質管理課 佐藤様

いつもお世話になっております。日の出産業 品質保証部の稗田です。

お客様より、下記製品に異物が混入していたとのお申し出がございました。
　品名　　　：冷凍ぎょうざ 12個入（KF-GZ12）
　賞味期限　：2027.03.14
　製造所記号：+KF2
　異物　　　：青色の樹脂片 長さ約5mm（加熱後の製品内部から発見）

現品は本日、青葉運輸にて貴社品質管理課宛に発送しました（伝票番号 3390-1475-6602）。
製造ラインでの該当部材の有無を含め、原因調査をお願いできますでしょうか。
お客様には2週間程度でご報告するとお伝えしておりますので、
10月30日までに一次報告をいただけますと幸いです。

よろしくお願いいたします。
{SIG_HIEDA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp is a one-letter look-alike of partner kitaguni-foods.co.jp",
)

# =========================================================================================
# 006  the same partner, right domain, no personal data
# =========================================================================================
add(
    id="kujo-006",
    sender=HIEDA,
    to=["北国フーズ 品質管理課 <kanri@kitaguni-foods.co.jp>"],
    cc=["佐藤 様 <sato.k@kitaguni-foods.co.jp>"],
    subject="Re: 【ご報告】KF-GZ12 異物調査の中間報告について",
    charset="utf-8",
    body=f"""北国フーズ株式会社 品質管理課 各位
佐藤様

中間報告書のご送付ありがとうございました。拝見しました。

ご報告のとおり、異物は成形機ホッパーの目視窓（青色PC樹脂）の欠けと形状が一致する、
との見立てで理解しております。当社からは以下の3点をお願いします。

1. 同日製造分（製造所記号 +KF2、2027.03.14）の出荷数量と出荷先の確定
2. 目視窓の交換記録と、欠けが発生した時期の推定
3. 金属検出機で検出できない異物への対策案（X線検査の導入可否を含む）

お客様（関東地方にお住まいの方）には、中間報告の内容を本日口頭でお伝えし、
ご了承をいただいております。最終報告は11月13日を目安にお願いいたします。

> 当該ロットの出荷数量は現在集計中です。11/6までに確定値をお送りします。
> 目視窓は10/2に定期点検を実施しており、その時点で欠けは確認されていません。

以上、よろしくお願いいたします。
{SIG_HIEDA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail to a partner manufacturer: lot numbers and a customer described only by region",
)

# =========================================================================================
# 007  recall notice with six customers all visible in To
# =========================================================================================
add(
    id="kujo-007",
    sender=DESK,
    to=["kaburagi.rie@gmail.com", "t-igarashi77@yahoo.co.jp", "misako.n@outlook.jp",
        "kosuke_kito@icloud.com", "wagatsuma-n@docomo.ne.jp", "sayu.shoji@ezweb.ne.jp"],
    subject="【重要】電気ケトル HK-120 無償点検・交換のご案内",
    charset="iso-2022-jp",
    body=f"""お客様各位

平素は日の出産業製品をご愛用いただき、誠にありがとうございます。

このたび、弊社が販売いたしました電気ケトル HK-120（製造ロット 26A10〜26A16）におきまして、
蓋のパッキンが変形し、注ぐ際にお湯が漏れるおそれがあることが判明いたしました。
お客様には多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。

製品登録をいただいているお客様に、本メールにてご案内しております。
お手数ですが、製品底面の銘板でロット番号をご確認のうえ、
該当する場合は下記までご連絡ください。無償で新しい製品と交換いたします。

　受付：フリーダイヤル 0120-48-7731（平日 9:00〜17:00）
　Web ：https://www.hinode-sangyo.co.jp/info/hk120/

交換までの間は、ご使用をお控えくださいますようお願い申し上げます。
{SIG_DESK}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="six private customers in To see each other's addresses: should have been Bcc",
)

# =========================================================================================
# 008  PPAP zip to the law firm
# =========================================================================================
add(
    id="kujo-008",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
    subject="示談書案と経緯書の送付（K26-0871）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の久我です。
先日ご相談いたしました件、示談書案と経緯書を作成しましたのでお送りします。
ご確認のうえ、修正すべき点をご指摘いただけますと幸いです。

添付ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。
{SIG_KUGA}""",
    attachments=[{
        "kind": "zip", "name": "K26-0871_示談書案.zip", "password": "Kj7#wq2M",
        "files": [
            {"kind": "docx", "name": "示談書案_v2.docx",
             "paragraphs": ["示談書（案）", "第1条　甲は乙に対し、本件事故の解決金として金○○円を支払う。",
                            "第2条　乙は、本示談書に定めるほか、甲に対し何らの請求をしない。"]},
            {"kind": "txt", "name": "経緯書.txt",
             "text": "10/3 入電、10/5 製品回収、10/7 診断内容の連絡、10/8 現品確認開始"},
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the lawyer: the attachment cannot be inspected",
)

# =========================================================================================
# 009  the follow-up mail with the password
# =========================================================================================
add(
    id="kujo-009",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
    subject="【パスワード】示談書案と経緯書の送付（K26-0871）",
    charset="iso-2022-jp",
    body=f"""白川先生

続けて失礼いたします。
先ほどお送りしたZIPファイルのパスワードをお知らせいたします。

　パスワード：Kj7#wq2M

開けない場合はご連絡ください。
{SIG_KUGA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="just the ZIP password to the law firm: nothing personal, no attachment",
)

# =========================================================================================
# 010  one customer's illness (diagnosis) to the food manufacturer
# =========================================================================================
add(
    id="kujo-010",
    sender=MURASE,
    to=["佐藤 様 <sato.k@kitaguni-foods.co.jp>"],
    cc=["北国フーズ 品質管理課 <kanri@kitaguni-foods.co.jp>", HIEDA],
    subject="【至急】五目チャーハン 喫食後の体調不良のお申し出（K26-0932）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
品質管理課 佐藤様

お世話になっております。日の出産業 お客様相談室の村瀬です。
本日午前、下記のお申し出がありましたので取り急ぎ共有いたします。

　お申し出者：舘野 勝也 様（51歳・静岡県浜松市）
　製品　　　：五目チャーハン 450g　賞味期限 2027.01.20
　内容　　　：10/12の夕食に喫食後、夜間に嘔吐と下痢。翌朝近所の内科を受診し、
　　　　　　　「急性胃腸炎（細菌性の疑い）」と診断され点滴を受けられたとのこと。
　　　　　　　同じものを食べたご家族2名には症状なし。
　現品　　　：残り約150g。ご自宅で冷凍保管いただいています。

つきましては、同ロットの保存サンプルの細菌検査と、製造記録（加熱工程の温度記録）の
確認をお願いいたします。現品は明日回収し、貴社へ直送いたします。

ご多用中恐れ入りますが、よろしくお願いいたします。
{SIG_MURASE}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's medical diagnosis (要配慮) sent to the external manufacturer",
)

# =========================================================================================
# 011  either: illness of an unnamed customer described by age band and city
# =========================================================================================
add(
    id="kujo-011",
    sender=YAKUSHIJI,
    to=["北国フーズ 品質管理課 <kanri@kitaguni-foods.co.jp>"],
    subject="鮭フレーク瓶詰 喫食後の腹痛のお申し出（匿名希望）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
品質管理課 ご担当者様

お世話になっております。日の出産業 お客様相談室の薬師寺です。

鮭フレーク瓶詰（110g、賞味期限 2027.02.08）について、喫食後に腹痛があったとの
お申し出をいただきました。お客様のご希望により、お名前とご連絡先は伏せております。

　・北浜市にお住まいの70代の女性の方
　・開封後、冷蔵庫で約10日保管したものを朝食で召し上がった
　・昼頃から腹痛があり、近所の医院を受診。「食あたりかもしれない」と言われた
　・現在は回復されている

開封後の保存期間が表示（開封後はお早めに）との関係でどう判断すべきか、
貴社のご見解をいただけますでしょうか。現品は回収できておりません。
{SIG_YAKUSHIJI}""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health information of a customer who is not named; age band + city may or may not identify her",
)

# =========================================================================================
# 012  社外秘 stamped on a PDF report sent to the manufacturer
# =========================================================================================
add(
    id="kujo-012",
    sender=FUJIEDA,
    to=["田辺 様 <tanabe.y@kawasaki-denki.co.jp>"],
    cc=[HIEDA],
    subject="HK-120 蓋パッキン変形の調査報告書（当社版）送付",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
品質保証部 田辺様

お世話になっております。日の出産業の藤枝です。

HK-120 の蓋パッキン変形について、当社での調査結果を報告書にまとめましたのでお送りします。
貴社の解析結果と突き合わせたく、10/20の打合せでご議論させてください。
{SIG_FUJIEDA}""",
    attachments=[{
        "kind": "pdf", "name": "QA-2026-118_品質調査報告書.pdf", "title": "品質調査報告書 QA-2026-118",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 品質保証部",
        "lines": [
            "品質調査報告書　QA-2026-118",
            "取扱区分：社外秘",
            "件名：電気ケトル HK-120 蓋パッキン変形による熱湯噴出",
            "1．事象　使用中に蓋パッキンが変形し、注湯時に蓋周辺から熱湯が噴出する。",
            "2．調査　返品14台中9台でパッキン外周の波打ち変形を確認。",
            "3．推定原因　パッキン材（シリコーン）の硬度ばらつき（規格 50±5 に対し実測 41〜47）。",
            "4．対策案　受入検査での硬度全数測定、材料メーカー変更の検討。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF stamped 社外秘 (header and classification line) going to an external company",
)

# =========================================================================================
# 013  mail about an NDA, NDA draft attached: a mention, not a marking
# =========================================================================================
add(
    id="kujo-013",
    sender=HIEDA,
    to=["製品安全検査協会 試験受付 <shiken-uketsuke@seihin-anzen.or.jp>"],
    subject="試験依頼に先立つ秘密保持契約の締結について",
    charset="iso-2022-jp",
    body=f"""一般財団法人 製品安全検査協会
試験受付ご担当者様

はじめてご連絡いたします。日の出産業株式会社 品質保証部の稗田と申します。

当社販売の電気ケトルについて、第三者機関として耐熱・耐圧試験をお願いしたく
ご相談させていただきます。試験にあたり製品図面と部材仕様書をお渡しする必要があるため、
事前に秘密保持契約を締結させていただけますでしょうか。

当社のひな形を添付いたします。貴協会の書式がございましたら、そちらでも構いません。
{SIG_HIEDA}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_日の出産業.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と一般財団法人製品安全検査協会（以下「乙」という。）は、"
            "甲が乙に依頼する製品試験に関し、以下のとおり秘密保持契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上の情報をいう。",
            "第2条（秘密保持義務）乙は、秘密情報を第三者に開示・漏えいしてはならない。",
            "第3条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with its draft: mentions of 秘密保持/秘密情報 are not a confidentiality stamp",
)

# =========================================================================================
# 014  returns pickup with tracking numbers and the standard disclaimer
# =========================================================================================
add(
    id="kujo-014",
    sender=ONODERA,
    to=["川崎電機 部品センター <buhin-center@kawasaki-denki.co.jp>"],
    subject="不具合返品の引取りのお願い（10月分）",
    charset="utf-8",
    body=f"""川崎電機株式会社 部品センター ご担当者様

いつもお世話になっております。日の出産業の小野寺です。

10月分の不具合返品（HK-120 14台）を下記のとおりお引き取りいただけますでしょうか。

　保管場所：日の出産業 小牧物流センター 2F 返品棚
　　　　　　〒485-0011 愛知県小牧市横内1120-3
　引取希望：10月27日（火）午後
　荷姿　　：120サイズ段ボール 4箱

お客様から回収した際の伝票番号は以下のとおりです（照合用）。
　4410-2287-5531 / 4410-2287-6019 / 4410-2288-0142 / 4410-2288-0377
　4410-2288-1095 / 4410-2289-2260 / 4410-2289-4481 ほか7件（箱に同梱の一覧参照）

よろしくお願いいたします。
{SIG_ONODERA}
{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary returns logistics: a warehouse address, tracking numbers and the standard disclaimer",
)

# =========================================================================================
# 015  XLSX ledger (title row, several sheets) handed over to the call-centre contractor
# =========================================================================================
_p = people(20)
_kinds = ["異音", "破損", "返金希望", "使い方", "部品請求", "漏れ", "表示の誤り"]
add(
    id="kujo-015",
    sender=ONODERA,
    to=["コスモコンタクト SVチーム <sv-team@cosmo-contact.co.jp>"],
    cc=[YAKUSHIJI],
    subject="【引継ぎ】相談室受付台帳（10月継続案件）の送付",
    charset="iso-2022-jp",
    body=f"""株式会社コスモコンタクト
SVチーム ご担当者様

お世話になっております。日の出産業 お客様相談室の小野寺です。

11月1日からの一次受付業務の委託開始にあたり、10月受付分のうち対応が継続している
案件を引き継がせていただきます。受付台帳を添付しますので、
折り返し連絡の際にご活用ください。「集計」シートは参考です。

ご不明な点は薬師寺までお問い合わせください。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "xlsx", "name": "受付台帳_202610_継続案件.xlsx",
        "sheets": {
            "継続案件": [["お客様相談室 受付台帳（2026年10月・継続対応分）"], [],
                         ["受付日", "受付番号", "氏名", "フリガナ", "電話番号", "メール", "製品", "区分", "状況"]]
            + [[f"2026/10/{rng.randint(1, 28):02d}", uketsuke(), p["name"], p["kana"], p["phone"],
                p["email"], rng.choice(["HK-120", "HK-080", "KF-GZ12", "AR-300"]), rng.choice(_kinds),
                rng.choice(["折返し待ち", "現品回収済", "調査中", "代替品手配中"])] for p in _p],
            "集計": [["区分", "件数"], ["異音", 4], ["破損", 3], ["返金希望", 4], ["使い方", 2],
                     ["部品請求", 3], ["漏れ", 3], ["表示の誤り", 1]],
            "記入ルール": [["・状況欄は「折返し待ち／現品回収済／調査中／代替品手配中／完了」から選択"],
                           ["・完了時は日付を備考に記入"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="20 customers' names, phones and e-mails in an XLSX to the outsourced call centre",
)

# =========================================================================================
# 016  tab-separated delivery list without a name column
# =========================================================================================
_p = people(8)
_rows = "\n".join(
    f"{i + 1:03d}\t{p['zip']}\t{p['addr']}\t{p['phone']}\tHK-120R\t1" for i, p in enumerate(_p))
add(
    id="kujo-016",
    sender=YAKUSHIJI,
    to=["青葉運輸 名古屋営業所 <nagoya-eigyo@aoba-unyu.co.jp>"],
    subject="代替品の個別配送のお願い（8件）",
    charset="cp932",
    body=f"""青葉運輸株式会社 名古屋営業所 御中

いつもお世話になっております。日の出産業 お客様相談室の薬師寺です。

下記8件、代替品（HK-120R）の個別配送をお願いいたします。
集荷は明日10/14午前、小牧物流センターでお願いします。時間指定はございません。
送り状の宛名はこちらで記入済みですので、下表はお届け先の確認用です。

管理No\t郵便番号\t届け先住所\t電話番号\t品名\t個数
{_rows}

よろしくお願いいたします。
{SIG_YAKUSHIJI}""",
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="eight private delivery addresses with phones (no name column), tab-separated, to the carrier",
)

# =========================================================================================
# 017  four pickups: under the list threshold, may be warned
# =========================================================================================
_p = people(4)
_blk = "\n".join(f"・{p['name']} 様　〒{p['zip']} {p['addr']}　TEL {p['phone']}" for p in _p)
add(
    id="kujo-017",
    sender=ONODERA,
    to=["青葉運輸 名古屋営業所 <nagoya-eigyo@aoba-unyu.co.jp>"],
    subject="回収品の集荷依頼（4件）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 名古屋営業所 ご担当者様

お世話になっております。日の出産業の小野寺です。
不具合品の回収で、下記4件の集荷をお願いします。お客様には今週中の集荷とお伝え済みです。

{_blk}

回収キット（箱・緩衝材）はお客様宅でお渡しいただく形でお願いします。
着払い伝票は弊社の契約番号 HS-77120 でお願いします。
{SIG_ONODERA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four customers' pickup records to the carrier: below the five-person list threshold (warn)",
)

# =========================================================================================
# 018  five customers in running prose, to the insurance agency
# =========================================================================================
_p = people(5)
add(
    id="kujo-018",
    sender=MURASE,
    to=["寿保険サービス 丸尾様 <maruo@kotobuki-hs.co.jp>"],
    subject="生産物回収費用保険 請求資料の補足（個別対応の状況）",
    charset="utf-8",
    body=f"""寿保険サービス株式会社
丸尾様

お世話になっております。日の出産業の村瀬です。
先日ご指摘いただいた「個別対応にかかった費用の内訳」について、対応状況を補足いたします。

10月5日は、{_p[0]['city']}の{_p[0]['name']}様（{_p[0]['addr']}、{_p[0]['phone']}）に
代替品を直接お届けし、その足で{_p[1]['name']}様（{_p[1]['addr']}、電話{_p[1]['phone']}）宅で
旧製品を回収しました。社員2名・社用車での対応です。
10月6日は{_p[2]['name']}様からご要望があり、ご指定の{_p[2]['addr']}へ伺って点検を実施、
同日夕方に{_p[3]['name']}様（{_p[3]['phone']}）へ電話でご説明のうえ代替品を宅配便で発送しました。
最後に{_p[4]['name']}様ですが、{_p[4]['addr']}のご自宅には3回伺ってもご不在で、
10月9日にようやくお電話（{_p[4]['phone']}）がつながり、着払いで返送いただくことになりました。

交通費・人件費の明細は別途Excelでお送りします。
{SIG_MURASE}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five customers with addresses and phones written into running text, to an external agency",
)

# =========================================================================================
# 019  a customer's credit card number to the payment processor
# =========================================================================================
_card = card_number(SEED + 0)
add(
    id="kujo-019",
    sender=YAKUSHIJI,
    to=["ペイネクスト 返金サポート <refund-support@paynext.co.jp>"],
    subject="返金処理のご相談（取引IDが特定できない件）",
    charset="iso-2022-jp",
    body=f"""株式会社ペイネクスト
返金サポート ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の薬師寺です。

オンラインショップでご購入のお客様への返金について、注文データの不整合で
取引IDが特定できない状態です。お手数ですが、カード番号から取引を検索いただけますでしょうか。

　ご購入者：東海林 さゆり 様
　カード番号：{_card[0:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:16]}
　有効期限：08/29
　ご利用日：2026/09/14　金額：5,480円（税込）

返金額は全額でお願いいたします。
{SIG_YAKUSHIJI}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full credit card number in the body to an external processor",
)

# =========================================================================================
# 020  refunds by transaction ID, card shown masked: must go
# =========================================================================================
add(
    id="kujo-020",
    sender=YAKUSHIJI,
    to=["ペイネクスト 返金サポート <refund-support@paynext.co.jp>"],
    subject="返金処理のお願い（3件）",
    charset="iso-2022-jp",
    body=f"""株式会社ペイネクスト
返金サポート ご担当者様

お世話になっております。日の出産業の薬師寺です。
下記3件の全額返金をお願いいたします。

取引ID                 ご利用日     金額      カード
PNX-260914-00871       2026/09/14   5,480円   ****-****-****-4412
PNX-260921-01305       2026/09/21   3,980円   ****-****-****-0937
PNX-261002-00218       2026/10/02   12,800円  ****-****-****-7750

処理完了のご連絡は、本メールへの返信でお願いします。
{SIG_YAKUSHIJI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="refunds by transaction ID with masked cards (last four digits only): nothing sensitive",
)

# =========================================================================================
# 021  consumer centre: the reply itself now carries the diagnosis
# =========================================================================================
add(
    id="kujo-021",
    sender=ONODERA,
    to=["北浜市消費生活センター <shohi-center@city.kitahama.lg.jp>"],
    subject="Re: Re: 貴社製品に関する照会（受付番号2026-1184）調査結果のご報告",
    charset="iso-2022-jp",
    body=f"""北浜市消費生活センター
相談員 長谷部様

お世話になっております。日の出産業の小野寺です。
10月9日付でご照会いただいた件、調査結果と当社の対応をご報告いたします。

1．ご相談者の状況
　ご相談者の若狭 陽子様より、10月12日付で診断書の写しをご提出いただきました。
　診断名は「左前腕 II度熱傷」、通院加療約4週間の見込みとのことです。
2．調査結果
　お預かりした製品は、蓋パッキンの変形により蓋の固定が不十分となっていました。
　同ロットの他製品でも同様の変形を確認しており、製品側の不具合と判断しております。
3．当社の対応
　治療費・通院交通費を全額負担いたします。若狭様には10月22日に訪問のうえご説明し、
　ご了承をいただきました。

ご不明な点がございましたらお問い合わせください。
{SIG_ONODERA}

> 現在、ご相談者様から製品をお預かりし、当社品質保証部にて調査を進めております。
> 調査結果は10月23日（金）までに書面にてご相談者様へご説明し、
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new text names the consumer and states her diagnosis (要配慮), sent outside (to a city office)",
)

# =========================================================================================
# 022  internal forward of the consumer centre's inquiry
# =========================================================================================
add(
    id="kujo-022",
    sender=ONODERA,
    to=["品証 クレーム担当 <qa-kujo@mail.hinode-sangyo.co.jp>"],
    cc=[FUJIEDA],
    subject="FW: 貴社製品に関する照会（北浜市消費生活センター 受付番号2026-1184）",
    charset="iso-2022-jp",
    body="""品証 クレーム担当各位

消費生活センター経由の照会です。回答期限が10/20なので、HK-120の調査の優先度を
上げていただけますか。お客様ご本人からはまだ当社に直接の連絡はありません。

小野寺

---------- 転送メッセージ ----------
差出人: 北浜市消費生活センター <shohi-center@city.kitahama.lg.jp>
日付: 2026年10月9日(金) 14:22
件名: 貴社製品に関する照会（北浜市消費生活センター 受付番号2026-1184）
宛先: sodan@hinode-sangyo.co.jp

日の出産業株式会社 お客様相談室 御中

北浜市消費生活センターの長谷部です。
下記のご相談について、貴社のご見解とご対応状況をお知らせください。

ご相談者：若狭 陽子 様（北浜市在住）　電話 080-3362-1907
製品　　：電気ケトル HK-120
内容　　：9月末に購入した製品で、湯を注ぐ際に蓋が外れて熱湯がかかり、
　　　　　左腕にやけどを負った。現在病院で治療を受けている。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="forward with a consumer's injury, but only to internal addresses (mail. subdomain)",
)

# =========================================================================================
# 023  three retailers openly in To
# =========================================================================================
add(
    id="kujo-023",
    sender=FUJIEDA,
    to=["かでんマート 商品部 小林様 <kobayashi@kaden-mart.co.jp>",
        "マルキタ 家電バイヤー 上野様 <h.ueno@marukita-mart.co.jp>",
        "サニー 本部 商品課 <shohin@sunny-super.jp>"],
    subject="【ご案内】HK-120 店頭告知物の設置と回収品受付について",
    charset="iso-2022-jp",
    body=f"""お取引先各位

平素より大変お世話になっております。日の出産業の藤枝でございます。

電気ケトル HK-120 の無償交換につきまして、各店舗での告知物の設置と、
店頭での回収品受付にご協力をお願いしたく、ご案内申し上げます。

・告知POP（A4）とレジ横用の案内カードを10/19着で各店舗にお送りします
・店頭で回収品をお預かりいただいた場合は、同梱の着払い伝票で弊社宛にご返送ください
・お客様からのお問い合わせは、弊社フリーダイヤル（0120-48-7731）へご案内ください

ご迷惑をおかけし申し訳ございません。何卒よろしくお願い申し上げます。
{SIG_FUJIEDA}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing retailers' buyers all in To: three external organisations see each other",
)

# =========================================================================================
# 024  a normal three-way meeting mail: two external organisations
# =========================================================================================
add(
    id="kujo-024",
    sender=HIEDA,
    to=["佐藤 様 <sato.k@kitaguni-foods.co.jp>"],
    cc=["製品安全検査協会 神戸様 <kobe.m@seihin-anzen.or.jp>", FUJIEDA],
    subject="異物混入品の合同確認（10/22）日程のご連絡",
    charset="utf-8",
    body=f"""北国フーズ 佐藤様
（Cc：製品安全検査協会 神戸様）

お世話になっております。日の出産業の稗田です。
KF-GZ12 の異物について、三者での合同確認を下記のとおり設定いたしました。

　日時：10月22日（木）13:30〜15:00
　場所：製品安全検査協会 中部試験所 2F 会議室
　　　　（〒486-0817 愛知県春日井市東野町2-8-1）
　持参：北国フーズ様 … 目視窓の破片・交換記録
　　　　当社 … 現品（冷凍保管）、お申し出内容の記録

当日の受付は神戸様（TEL 0568-84-2210）宛でお願いします。
ご都合が悪い場合はお知らせください。
{SIG_HIEDA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting: only two external organisations, business contacts only",
)

# =========================================================================================
# 025  look-alike of the partner law firm: another TLD
# =========================================================================================
add(
    id="kujo-025",
    sender=KUGA,
    to=["白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="内容証明郵便の受領について（ご相談）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。日の出産業の久我です。

本日、加湿器 AR-300 をご購入のお客様の代理人を名乗る方から、内容証明郵便が届きました。
製品代金の返還と、床の張替え費用として38万円の支払いを求める内容で、
回答期限は受領から2週間とされています。

原本のスキャンは明日お送りします。今週中に一度お打合せのお時間をいただけますでしょうか。
{SIG_KUGA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a TLD look-alike of the partner law firm shirakawa-law.jp",
)

# =========================================================================================
# 026  the right law firm: one claimant's name and address (warn)
# =========================================================================================
add(
    id="kujo-026",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="K26-1045 お客様からの損害賠償請求について",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。日の出産業の久我です。
先日お電話でお話しした件、概要を整理しましたのでお送りします。

【相手方】鏑木 義明 氏
　　　　　〒663-8113 兵庫県西宮市甲子園口3-27-1
【製品】　加湿器 AR-300（2025年12月購入）
【主張】　給水タンクのひび割れから水が漏れ、フローリングが変色・膨張した。
【請求】　製品代金 19,800円の返還、床の張替え費用 38万円（見積書添付あり）
【当社の確認状況】
　・タンクのひびは落下痕と思われる打痕を起点としている（品証見解）
　・同型製品でタンク割れの申し出は過去2年で2件、いずれも落下起因

当社としては製品代金の返還には応じる方向ですが、床の費用については
どのように回答すべきかご助言をいただけますと幸いです。
{SIG_KUGA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one claimant's name and address to the company's own lawyer: a single person's record (warn)",
)

# =========================================================================================
# 027  driver's licence number of the victim to the insurer
# =========================================================================================
add(
    id="kujo-027",
    sender=KUGA,
    to=["桑原 様 <kuwabara.r@yamabuki-sonpo.co.jp>"],
    subject="被害者様の本人確認情報（保険金の直接支払いの件）",
    charset="iso-2022-jp",
    body=f"""やまぶき損害保険 桑原様

お世話になっております。日の出産業の久我です。
保険金を被害者様の口座へ直接お支払いいただく件、ご本人確認の情報をお知らせします。
（10/14にご本人と面談し、運転免許証の原本で確認しました。）

　氏名　　：鍋島 朋子
　生年月日：1984年6月18日
　住所　　：埼玉県川口市領家4-12-7
　運転免許証番号：第301204587219号
　　　　　　（有効期限 2029年7月18日）

振込先口座はご本人から貴社へ直接ご連絡いただくことになっています。
{SIG_KUGA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a victim's driver's licence number (identity document) to the insurer",
)

# =========================================================================================
# 028  health insurance card symbol/number and the injury, to the insurer
# =========================================================================================
add(
    id="kujo-028",
    sender=MURASE,
    to=["やまぶき損保 企業損害サービス部 <kigyo-sc@yamabuki-sonpo.co.jp>"],
    cc=[KUGA],
    subject="治療費立替分の精算について（受付番号2026-1184 関連）",
    charset="utf-8",
    body=f"""やまぶき損害保険株式会社
企業損害サービス部 ご担当者様

お世話になっております。日の出産業 お客様相談室の村瀬です。
北浜市の件で、当社が立て替えた治療費の精算に必要な情報をお送りします。

　被害者　：若狭 陽子 様
　保険証　：保険者番号 06231458　記号 5102・0013　番号 24
　通院先　：北浜中央病院 形成外科（10/2〜、週1回）
　傷病名　：左前腕 II度熱傷
　立替額　：38,420円（10月分、領収書5枚）

領収書の原本は本日レターパックで発送しました。
{SIG_MURASE}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-insurance card symbol and number plus a diagnosis of one person, to the insurer",
)

# =========================================================================================
# 029  My Number for the payment record of a research honorarium
# =========================================================================================
_mn = my_number(SEED + 0)
add(
    id="kujo-029",
    sender=MURASE,
    to=["吉野税理士法人 大塚様 <otsuka@yoshino-tax.jp>"],
    subject="調査協力謝礼の支払調書作成について",
    charset="iso-2022-jp",
    body=f"""吉野税理士法人
大塚様

いつもお世話になっております。日の出産業の村瀬です。

製品不具合の再現調査にご協力いただいたお客様に、謝礼として8万円をお支払いしました。
支払調書の作成をお願いしたく、必要事項をお送りします。

　氏名：都築 和彦
　住所：愛知県春日井市高蔵寺町3-18-5
　個人番号：{_mn[0:4]} {_mn[4:8]} {_mn[8:12]}
　支払日：2026年10月30日　支払金額：80,000円（源泉徴収 8,168円）

ご本人から番号確認書類の写しもいただいていますので、必要でしたらお送りします。
{SIG_MURASE}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a customer's My Number in the body to an external tax office",
)

# =========================================================================================
# 030  corrupt XLSX to the manufacturer
# =========================================================================================
add(
    id="kujo-030",
    sender=HIEDA,
    to=["田辺 様 <tanabe.y@kawasaki-denki.co.jp>"],
    subject="不具合品リスト（9月分）",
    charset="iso-2022-jp",
    body=f"""川崎電機 田辺様

お世話になっております。稗田です。
9月分の不具合品リストをお送りします。件数は先月比で+6件です。
ご確認よろしくお願いします。
{SIG_HIEDA}""",
    attachments=[{"kind": "corrupt", "name": "不具合品リスト_202609.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# =========================================================================================
# 031  a photo of the damaged part
# =========================================================================================
add(
    id="kujo-031",
    sender=HIEDA,
    to=["田辺 様 <tanabe.y@kawasaki-denki.co.jp>"],
    subject="Re: 不具合品リスト（9月分）／破損部の写真",
    charset="iso-2022-jp",
    body=f"""田辺様

先ほどの件、蓋ヒンジ部の破損写真を添付します。
No.7 の個体で、ヒンジのボス部に白化とクラックが見られます。
{SIG_HIEDA}""",
    attachments=[{"kind": "png", "name": "IMG_0412_hinge.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a product photo to the manufacturer: nothing personal, nothing unreadable by design",
)

# =========================================================================================
# 032  HTML-only mail with an HTML table of 8 addressees for the printer
# =========================================================================================
_p = people(8)
_tr = "\n".join(
    f"<tr><td>{i + 1}</td><td>〒{p['zip']}</td><td>{p['addr']}</td><td>{p['name']} 様</td></tr>"
    for i, p in enumerate(_p))
add(
    id="kujo-032",
    sender=MURASE,
    to=["錦印刷 早川様 <hayakawa@nishiki-insatsu.co.jp>"],
    subject="追加分の宛名印字（8件）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>錦印刷株式会社<br>早川様</p>
<p>お世話になっております。日の出産業の村瀬です。<br>
先日の発送分に追加で、下記8件の宛名印字と発送をお願いいたします。<br>
同封物は前回と同じです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#ddeeff"><th>No</th><th>郵便番号</th><th>住所</th><th>宛名</th></tr>
{_tr}
</table>
<p>お手数をおかけしますが、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 お客様相談室<br>村瀬 千尋<br>TEL 052-938-4410</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail whose table lists eight customers' names and home addresses, to the printer",
)

# =========================================================================================
# 033  HTML table of shops (business list) to the carrier
# =========================================================================================
add(
    id="kujo-033",
    sender=YAKUSHIJI,
    to=["青葉運輸 名古屋営業所 <nagoya-eigyo@aoba-unyu.co.jp>"],
    subject="店頭回収品の集荷先（5店舗）",
    charset="utf-8",
    html="""<html><body>
<p>青葉運輸 名古屋営業所 ご担当者様</p>
<p>お世話になっております。日の出産業の薬師寺です。<br>
店頭でお預かりいただいた回収品の集荷を、下記5店舗でお願いします。いずれもサービスカウンター宛です。</p>
<table border="1" cellpadding="3">
<tr><th>店舗</th><th>住所</th><th>電話（代表）</th><th>個数</th></tr>
<tr><td>かでんマート 川口店</td><td>埼玉県川口市本町4-1-8</td><td>048-222-3190</td><td>3</td></tr>
<tr><td>かでんマート 春日井店</td><td>愛知県春日井市鳥居松町5-44</td><td>0568-81-7720</td><td>2</td></tr>
<tr><td>マルキタ 浜松中央店</td><td>静岡県浜松市中央区鍛冶町100-1</td><td>053-452-6018</td><td>4</td></tr>
<tr><td>マルキタ 四日市店</td><td>三重県四日市市諏訪栄町7-34</td><td>059-351-2288</td><td>1</td></tr>
<tr><td>サニー 堺北花田店</td><td>大阪府堺市北区東浅香山町4-1-12</td><td>072-258-9931</td><td>2</td></tr>
</table>
<p>よろしくお願いいたします。<br>日の出産業株式会社 お客様相談室 薬師寺</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of shops with their switchboard numbers: businesses, not people",
)

# =========================================================================================
# 034  plain ZIP with a UTF-8 CSV of 15 addressees and a spec note
# =========================================================================================
_p = people(15)
add(
    id="kujo-034",
    sender=MURASE,
    to=["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
    cc=["錦印刷 早川様 <hayakawa@nishiki-insatsu.co.jp>"],
    subject="お詫び状（加湿器 AR-300）発送データ一式",
    charset="cp932",
    body=f"""錦印刷株式会社 発送センター御中
（Cc：早川様）

お世話になっております。日の出産業の村瀬です。
加湿器 AR-300 のお詫び状の発送データ一式をZIPでお送りします。
中身は宛先CSV（UTF-8）と発送仕様のメモです。

発送日は11月2日（月）でお願いいたします。
{SIG_MURASE}""",
    attachments=[{
        "kind": "zip", "name": "AR300_owabi_data.zip",
        "files": [
            {"kind": "csv", "name": "AR300_atesaki.csv", "encoding": "utf-8",
             "rows": [["No", "zip", "address", "name", "tel"]]
             + [[i + 1, p["zip"], p["addr"], p["name"], p["phone"]] for i, p in enumerate(_p)]},
            {"kind": "txt", "name": "発送仕様.txt",
             "text": "封筒：長3 窓なし\n差出人：日の出産業株式会社 お客様相談室\n"
                     "同封物：お詫び状、交換申込書、返信用封筒\n料金別納"},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) holding a CSV of 15 customers' names, addresses and phones",
)

# =========================================================================================
# 035  forwarded customer mail (attached .eml) with her chronic illness
# =========================================================================================
add(
    id="kujo-035",
    sender=YAKUSHIJI,
    to=["佐藤 様 <sato.k@kitaguni-foods.co.jp>"],
    subject="FW: 糖質表示についての問い合わせ（お客様からのメール）",
    charset="iso-2022-jp",
    body=f"""北国フーズ 佐藤様

お世話になっております。日の出産業 お客様相談室の薬師寺です。
低糖質ロールケーキの栄養成分表示について、お客様から添付のメールが届いております。
表示値の根拠（分析値か計算値か）を確認させていただけますでしょうか。
{SIG_YAKUSHIJI}""",
    attachments=[{
        "kind": "eml", "name": "糖質表示についての問い合わせ.eml",
        "message": {
            "sender": "薬袋 文子 <minai.fumiko@gmail.com>",
            "to": ["sodan@hinode-sangyo.co.jp"],
            "subject": "糖質表示についての問い合わせ",
            "charset": "utf-8",
            "body": """日の出産業 お客様相談室 御中

いつも低糖質ロールケーキを購入している薬袋と申します。
私は1型糖尿病で、インスリンの量を食品の糖質量で決めています。
先週購入した分（賞味期限 11/20）を表示どおり糖質8.2gとして計算して食べたところ、
食後2時間の血糖値が普段より100以上高くなりました。
表示が間違っているのではないでしょうか。きちんと調べてお返事ください。

薬袋 文子
電話 090-6613-2058
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forwarded customer mail (attached .eml) stating her type-1 diabetes, sent to the manufacturer",
)

# =========================================================================================
# 036  English reply to the OEM, quoted "On ... wrote:" text, nothing personal
# =========================================================================================
add(
    id="kujo-036",
    sender=ONODERA,
    to=["Kevin Lin <kevin.lin@formosa-appliance.com.tw>"],
    subject="Re: HK-120 lid gasket failure analysis (FA-2610-03)",
    charset="utf-8",
    body=f"""Dear Kevin,

Thank you for the detailed failure analysis. We agree with the root cause
(hardness variation of the silicone lot SG-2608).

We will ship 20 more returned units to your Dongguan plant for confirmation:
  Carrier: Aoba Unyu International, AWB 781-2290-4415, ETD Oct 28.

Could you also share the incoming inspection records of lot SG-2608?
{SIG_EN}

On Fri, Oct 23, 2026 at 6:12 PM Kevin Lin <kevin.lin@formosa-appliance.com.tw> wrote:
> Dear Onodera-san,
>
> Please find our analysis summary below.
> - 9 of 14 units: gasket rim deformation, hardness 41-47 Shore A (spec 50+/-5)
> - 5 of 14 units: no defect found (NDF)
> Root cause: silicone lot SG-2608 from our sub-supplier.
> Corrective action: 100% hardness check at incoming inspection from Nov 1.
>
> Best regards,
> Kevin Lin / QA Manager, Formosa Appliance Co., Ltd.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail to the overseas manufacturer: lot and AWB numbers, quoted analysis, no personal data",
)

# =========================================================================================
# 037  English: six customers with contacts for the OEM's Japan service desk
# =========================================================================================
_p = people(6)
_lines = "\n".join(
    f"{i + 1}. {p['roma']}, {p['phone']}, {p['email']}, S/N HK120-26A{rng.randint(10, 16)}-{rng.randint(10000, 99999)}"
    for i, p in enumerate(_p))
add(
    id="kujo-037",
    sender=ONODERA,
    to=["Formosa Japan Service <jp-service@formosa-appliance.com.tw>"],
    cc=["Kevin Lin <kevin.lin@formosa-appliance.com.tw>"],
    subject="Field retrieval - customers who agreed to an on-site check",
    charset="utf-8",
    body=f"""Dear Japan Service team,

As agreed in yesterday's call, your field engineers will visit the following
customers for an on-site check of the HK-120 before we collect the units.
All of them agreed to be contacted by your team directly.

Name, phone, e-mail, serial number
{_lines}

Please contact them by Nov 6 and report the visit dates to us.
{SIG_EN}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six customers' romaji names, phones and e-mails in an English mail to an overseas partner",
)

# =========================================================================================
# 038  English: serial numbers and failure modes only
# =========================================================================================
_sn = "\n".join(
    f"HK120-26A{rng.randint(10, 16)}-{rng.randint(10000, 99999)}   {rng.choice(['gasket deformed', 'hinge crack', 'NDF', 'thermostat no-cut', 'leak at spout'])}"
    for _ in range(12))
add(
    id="kujo-038",
    sender=ONODERA,
    to=["Kevin Lin <kevin.lin@formosa-appliance.com.tw>"],
    subject="HK-120 returns in October - serial list",
    charset="utf-8",
    body=f"""Dear Kevin,

Here is the list of October returns (12 units) with our first-look findings.

Serial number          Finding
{_sn}

The units will leave our Komaki warehouse on Oct 28.
{SIG_EN}
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="serial numbers and failure modes, English disclaimer: no personal data",
)

# =========================================================================================
# 039  residence card number of a foreign customer, to the lawyer
# =========================================================================================
add(
    id="kujo-039",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="返金請求の件（本人確認の方法について）",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。久我です。
昨日ご相談した返金請求の件で、本人確認の結果をお知らせします。

ご本人が来社され、在留カードの原本を確認しました。
　氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　生年月日：1996年3月9日
　在留カード番号：UH48207315KA（在留期間満了日 2028年4月30日）

購入時の名義とも一致しておりますので、返金手続きを進めてよいか最終確認をお願いします。
{SIG_KUGA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a customer's residence card number (identity document) to an external law firm",
)

# =========================================================================================
# 040  passport number and injury of a customer living abroad, to the insurer
# =========================================================================================
add(
    id="kujo-040",
    sender=MURASE,
    to=["桑原 様 <kuwabara.r@yamabuki-sonpo.co.jp>"],
    subject="海外在住のお客様の事故（保険金請求のご相談）",
    charset="iso-2022-jp",
    body=f"""やまぶき損害保険 桑原様

お世話になっております。日の出産業の村瀬です。
海外在住のお客様の事故について、保険金請求の手続きをご相談させてください。

　お客様：比嘉 悠真 様（シンガポール在住、一時帰国中に事故）
　本人確認：旅券（旅券番号 TR4827163）で確認済み
　事故　：10/18、帰省先で踏み台 ST-02 の脚部が折れて転倒
　負傷　：那覇市内の整形外科で「右足関節捻挫・右足背挫創」と診断、4針縫合
　ご要望：治療費と、帰国便の変更費用の補償

海外在住の方への保険金のお支払いが可能かどうか、ご確認いただけますでしょうか。
{SIG_MURASE}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one customer's passport number and injury diagnosis, to the insurer",
)

# =========================================================================================
# 041  basic pension number copied from a pension book, to the lawyer
# =========================================================================================
add(
    id="kujo-041",
    sender=YAKUSHIJI,
    to=["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
    cc=[KUGA],
    subject="RE: 現金書留での返金時の本人確認について",
    charset="iso-2022-jp",
    body=f"""白川法律事務所 事務局 御中

お世話になっております。日の出産業 お客様相談室の薬師寺です。
先生からご質問いただいた、現金書留で返金したお客様の本人確認の件です。

ご本人（高齢の方で、身分証は年金手帳しかお持ちでないとのこと）から、
年金手帳の写しを郵送いただき、以下の内容で確認いたしました。

　氏名　　　：千々岩 登志子
　生年月日　：昭和16年11月3日
　基礎年金番号：4310-628951

写しは当社で施錠保管しております。
{SIG_YAKUSHIJI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a customer's basic pension number (基礎年金番号) in the body, to an external law firm",
)

# =========================================================================================
# 042  letter template with merge fields, no real data
# =========================================================================================
add(
    id="kujo-042",
    sender=MURASE,
    to=["錦印刷 早川様 <hayakawa@nishiki-insatsu.co.jp>"],
    subject="お詫び状 原稿（差込み用）のご確認",
    charset="iso-2022-jp",
    body=f"""錦印刷 早川様

お世話になっております。村瀬です。
お詫び状の原稿を差込み用に修正しました。«郵便番号»«住所»«氏名»の各フィールドに、
別途お送りするデータを差し込んでいただく形でお願いします。

校正は1回でお願いできますでしょうか。
{SIG_MURASE}""",
    attachments=[{
        "kind": "docx", "name": "お詫び状_差込原稿_v3.docx",
        "paragraphs": [
            "〒«郵便番号»", "«住所»", "«氏名» 様", "",
            "製品の無償交換についてのお知らせとお詫び",
            "拝啓　時下ますますご清祥のこととお慶び申し上げます。",
            "このたびは弊社製品 電気ケトル HK-120 につきまして、多大なるご迷惑とご心配をおかけしましたことを、"
            "心より深くお詫び申し上げます。",
            "つきましては、同封の申込書にてお申し込みいただけましたら、新しい製品と無償で交換いたします。",
            "敬具",
            "日の出産業株式会社 代表取締役社長 日向 誠一郎",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="a mail-merge template with placeholder fields: no one's data",
)

# =========================================================================================
# 043  DOCX address table of seven people for the printer
# =========================================================================================
_p = people(7)
add(
    id="kujo-043",
    sender=MURASE,
    to=["錦印刷 早川様 <hayakawa@nishiki-insatsu.co.jp>"],
    subject="Re: お詫び状 原稿（差込み用）のご確認／差込みデータ",
    charset="iso-2022-jp",
    body=f"""早川様

校正ありがとうございました。原稿はv3で確定です。
差込みデータをWordの表でお送りします（7件）。Excelでなくて申し訳ありません。
{SIG_MURASE}""",
    attachments=[{
        "kind": "docx", "name": "差込みデータ_7件.docx",
        "paragraphs": ["お詫び状 差込みデータ（HK-120 追加分）"],
        "tables": [[["郵便番号", "住所", "氏名"]]
                   + [[p["zip"], p["addr"], p["name"]] for p in _p]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a DOCX table of seven customers' names and home addresses, to the printer",
)

# =========================================================================================
# 044  PPTX with a Confidential footer to the moulding contractor
# =========================================================================================
add(
    id="kujo-044",
    sender=FUJIEDA,
    to=["東邦樹脂工業 品質保証課 <qa@toho-jushi.co.jp>"],
    subject="上期クレーム傾向と成形品起因の案件について（11/5 品質会議資料）",
    charset="utf-8",
    body=f"""東邦樹脂工業株式会社
品質保証課 ご担当者様

お世話になっております。日の出産業の藤枝です。
11/5の品質会議の資料をお送りします。事前にご一読いただけますと幸いです。
{SIG_FUJIEDA}""",
    attachments=[{
        "kind": "pptx", "name": "2026上期_クレーム傾向_成形品.pptx", "page_footer": "Confidential",
        "slides": [
            ["2026年度上期 クレーム傾向", "受付総数 1,284件（前年同期比 +12%）", "うち成形品起因 96件"],
            ["成形品起因の内訳", "バリ・ヒケ 41件", "割れ 33件", "異物（樹脂片）22件"],
            ["お願い事項", "割れ：ゲート位置の見直し", "異物：ホッパー周辺の点検頻度アップ"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="slides carry a 'Confidential' footer on every page, sent to an external contractor",
)

# =========================================================================================
# 045  PPTX of counts, no marking
# =========================================================================================
add(
    id="kujo-045",
    sender=HIEDA,
    to=["田辺 様 <tanabe.y@kawasaki-denki.co.jp>"],
    subject="月次 品質連絡会の資料（10月）",
    charset="iso-2022-jp",
    body=f"""田辺様

お世話になっております。稗田です。
月次品質連絡会の資料を送ります。数字は10/31締めです。
{SIG_HIEDA}""",
    attachments=[{
        "kind": "pptx", "name": "品質連絡会_202610.pptx",
        "slides": [
            ["10月 川崎電機様製品の受付状況", "HK-120：58件（うち漏れ 31件）", "HK-080：7件", "AR-300：12件"],
            ["HK-120 交換進捗", "対象 4,820台", "交換済 1,906台（39.5%）"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="monthly counts in slides to the manufacturer: no marking, no people",
)

# =========================================================================================
# 046  legacy XLS accident list with injuries, to the insurer
# =========================================================================================
_p = people(5)
_inj = ["右手指 I度熱傷", "左前腕 II度熱傷", "右大腿部 熱傷（医療機関受診）", "手掌の水疱（皮膚科受診）",
        "顔面 I度熱傷・眼科受診（異常なし）"]
add(
    id="kujo-046",
    sender=KUGA,
    to=["やまぶき損保 企業損害サービス部 <kigyo-sc@yamabuki-sonpo.co.jp>"],
    subject="HK-120 関連の事故一覧（保険請求予定分）",
    charset="cp932",
    body=f"""やまぶき損害保険 企業損害サービス部 御中

お世話になっております。日の出産業の久我です。
HK-120 に関連して負傷のお申し出があった5件の一覧をお送りします。
いずれも治療費の請求が見込まれるため、事前にご共有いたします。
（古いExcel形式で失礼します）
{SIG_KUGA}""",
    attachments=[{
        "kind": "xls", "name": "HK120_事故一覧.xls",
        "sheets": {"事故一覧": [["受付番号", "氏名", "生年月日", "電話番号", "受傷日", "負傷の内容"]]
                   + [[uketsuke(), p["name"], f"{p['dob'][0]}/{p['dob'][1]}/{p['dob'][2]}", p["phone"],
                       f"2026/10/{rng.randint(1, 20)}", _inj[i]] for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five injured customers with DOB, phone and injury in a legacy XLS, to the insurer",
)

# =========================================================================================
# 047  PDF table of six people who fell ill, to the food manufacturer
# =========================================================================================
_p = _p47 = people(6)
_sym = ["嘔吐・下痢（内科受診、急性胃腸炎）", "腹痛・発熱38.2℃（救急外来）", "下痢（受診なし）",
        "嘔吐（内科受診、ウイルス性胃腸炎の疑い）", "腹痛・下痢（内科受診、点滴）", "吐き気（受診なし）"]
add(
    id="kujo-047",
    sender=HIEDA,
    to=["佐藤 様 <sato.k@kitaguni-foods.co.jp>"],
    cc=["北国フーズ 品質管理課 <kanri@kitaguni-foods.co.jp>"],
    subject="五目チャーハン 体調不良申し出者一覧（10/16現在）",
    charset="iso-2022-jp",
    body=f"""北国フーズ 佐藤様

お世話になっております。稗田です。
同ロット（賞味期限 2027.01.20）の五目チャーハンについて、体調不良のお申し出が
計6件となりましたので一覧をPDFでお送りします。保健所への相談も視野に入れています。
{SIG_HIEDA}""",
    attachments=[{
        "kind": "pdf", "name": "体調不良申出者一覧_1016.pdf",
        "lines": ["五目チャーハン 450g（賞味期限 2027.01.20）体調不良申出者一覧", "2026年10月16日現在　日の出産業 品質保証部", ""],
        "table": [["No", "氏名", "年齢", "電話番号", "喫食日", "症状・受診状況"]]
        + [[str(i + 1), p["name"], str(p["age"]), p["phone"], f"10/{rng.randint(9, 14)}", _sym[i]]
           for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a PDF table of six named customers with their illness and treatment, to the manufacturer",
)

# =========================================================================================
# 048  the same list, internal only
# =========================================================================================
_p = _p47
add(
    id="kujo-048",
    sender=HIEDA,
    to=[FUJIEDA, NAKAGAMI],
    cc=["品質保証部 部長 <qa-bucho@hinode-sangyo.co.jp>", "リスク管理委員会 <risk-iinkai@mail.hinode-sangyo.co.jp>"],
    subject="【要報告】五目チャーハン 体調不良申し出 6件（社内共有）",
    charset="iso-2022-jp",
    body=f"""関係各位

稗田です。五目チャーハンの体調不良申し出が6件となりました。
北国フーズには本日午後に一覧を共有済みです。明朝のリスク管理委員会で報告します。

No 氏名           年齢 電話             症状・受診
""" + "\n".join(f"{i + 1:<2} {p['name']:<12} {p['age']:>3}  {p['phone']:<16} {_sym[i]}"
                for i, p in enumerate(_p)) + f"""

保健所への届出要否は法務（久我さん）と相談中です。
{SIG_HIEDA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="six named customers' illnesses, but all recipients are internal (incl. mail. subdomain)",
)

# =========================================================================================
# 049  four retailers in To/Cc for a harmless notice
# =========================================================================================
add(
    id="kujo-049",
    sender=DESK,
    to=["かでんマート 商品部 小林様 <kobayashi@kaden-mart.co.jp>"],
    cc=["マルキタ 家電バイヤー 上野様 <h.ueno@marukita-mart.co.jp>",
        "サニー 本部 商品課 <shohin@sunny-super.jp>",
        "ほしぞらホームセンター 仕入部 <shiire@hoshizora-hc.co.jp>"],
    subject="年末年始のお客様相談室 受付時間のご案内",
    charset="iso-2022-jp",
    body=f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
年末年始のお客様相談室の受付時間を下記のとおりご案内いたします。

　12月28日（月）：9:00〜12:00
　12月29日（火）〜1月4日（月）：休業
　1月5日（火）より通常受付

店頭でお客様からお問い合わせがあった際は、上記をご案内いただけますと幸いです。
{SIG_DESK}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four retail companies in To/Cc can see each other: should have been Bcc",
)

# =========================================================================================
# 050  one customer on free mail: apology and refund done
# =========================================================================================
add(
    id="kujo-050",
    sender=YAKUSHIJI,
    to=["mochizuki.yui03@gmail.com"],
    subject="返金手続き完了のご連絡（日の出産業 お客様相談室）",
    charset="iso-2022-jp",
    body=f"""望月 結衣 様

日の出産業 お客様相談室の薬師寺でございます。
このたびは当社製品でご不便をおかけし、誠に申し訳ございませんでした。

ご注文番号 HS-EC-2609-44817 の代金 3,980円につきまして、
本日ご利用のクレジットカード宛に返金の手続きが完了いたしました。
カード会社のご請求への反映には1〜2か月ほどかかる場合がございます。

今後とも日の出産業をよろしくお願い申し上げます。
{SIG_YAKUSHIJI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a reply to a single customer on free mail about her own order: nothing else",
)

# =========================================================================================
# 051  insurer and its agency: two external organisations
# =========================================================================================
add(
    id="kujo-051",
    sender=KUGA,
    to=["桑原 様 <kuwabara.r@yamabuki-sonpo.co.jp>"],
    cc=["寿保険サービス 丸尾様 <maruo@kotobuki-hs.co.jp>"],
    subject="保険金請求書類の進捗確認",
    charset="utf-8",
    body=f"""やまぶき損害保険 桑原様
（Cc：寿保険サービス 丸尾様）

お世話になっております。日の出産業の久我です。
10月に提出した請求書類3件（事故受付番号 Y26-55810、Y26-55872、Y26-56004）について、
審査の進捗を教えていただけますでしょうか。
不足書類があれば、代理店の丸尾様経由でご指示いただいても構いません。
{SIG_KUGA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="insurer in To and its agency in Cc: two external organisations, claim numbers only",
)

# =========================================================================================
# 052  look-alike of the own domain (letter added): one customer's name and phone
# =========================================================================================
add(
    id="kujo-052",
    sender=ONODERA,
    to=["稗田 佳織 <k.hieda@hinode-sanngyo.co.jp>"],
    subject="HK-080 異音の件 現品回収の段取り",
    charset="iso-2022-jp",
    body=f"""稗田さん

お疲れさまです。小野寺です。
HK-080 の異音の件、お客様と回収日の調整がつきました。

　鬼頭 康介 様　090-5528-1174
　回収：10/21（水）午前　青葉運輸

品証での確認が終わったら、結果を鬼頭様に直接お電話いただけますか。
よろしくお願いします。
小野寺""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sanngyo.co.jp (extra n) imitates the own domain: an internal note would leave the company",
)

# =========================================================================================
# 053  look-alike of the carrier (co. dropped): three pickups
# =========================================================================================
_p = people(3)
add(
    id="kujo-053",
    sender=YAKUSHIJI,
    to=["青葉運輸 名古屋営業所 <nagoya-eigyo@aoba-unyu.jp>"],
    subject="回収品の集荷依頼（3件・急ぎ）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 名古屋営業所 ご担当者様

お世話になっております。日の出産業の薬師寺です。
急ぎで恐縮ですが、下記3件の集荷を明日中にお願いできますでしょうか。

""" + "\n".join(f"（{i + 1}）{p['name']}様\n　　{p['addr']}\n　　{p['phone']}" for i, p in enumerate(_p)) + f"""

よろしくお願いいたします。
{SIG_YAKUSHIJI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp; three customers' records would go to it",
)

# =========================================================================================
# 054  the real carrier: two pickups (warn)
# =========================================================================================
_p = people(2)
add(
    id="kujo-054",
    sender=ONODERA,
    to=["青葉運輸 名古屋営業所 <nagoya-eigyo@aoba-unyu.co.jp>"],
    subject="再配達のお願い（2件）",
    charset="utf-8",
    body=f"""青葉運輸 名古屋営業所 御中

お世話になっております。日の出産業の小野寺です。
先週お願いした代替品のうち、下記2件がご不在で持ち戻りになっていると伺いました。
お客様に確認し、再配達のご希望日をいただきましたのでお願いします。

■{_p[0]['name']} 様 / {_p[0]['addr']} / {_p[0]['phone']} / 10月24日（土）18-20時
■{_p[1]['name']} 様 / {_p[1]['addr']} / {_p[1]['phone']} / 10月25日（日）午前

伝票番号はそれぞれ 4410-2291-3306、4410-2291-3314 です。
{SIG_ONODERA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two customers' delivery records to the partner carrier: below the list threshold (warn)",
)

# =========================================================================================
# 055  look-alike of the printer (a letter dropped)
# =========================================================================================
add(
    id="kujo-055",
    sender=MURASE,
    to=["錦印刷 早川様 <hayakawa@nishiki-insatu.co.jp>"],
    subject="お詫び状 原稿の差し替え（2か所）",
    charset="iso-2022-jp",
    body=f"""早川様

お世話になっております。村瀬です。
お詫び状の原稿に2か所修正が出ましたので、差し替えをお願いします。

　・2段落目「ご心配をお掛けし」→「ご心配をおかけし」
　・受付時間「9:00〜18:00」→「9:00〜17:00」

修正版PDFは明朝お送りします。校了は10/14でお願いします。
{SIG_MURASE}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter of partner nishiki-insatsu.co.jp",
)

# =========================================================================================
# 056  homoglyph look-alike of the bank: rn for m
# =========================================================================================
add(
    id="kujo-056",
    sender="経理部 出納 金子 <kaneko.a@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <hojin-eigyo@rnidori-ginko.co.jp>"],
    cc=[YAKUSHIJI],
    subject="返金振込の組戻しについてのご相談",
    charset="iso-2022-jp",
    body="""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の金子です。
10月30日に実行した総合振込のうち1件で、受取人口座の相違が判明しました。
組戻しの手続きについてご教示いただけますでしょうか。

　振込指定日：2026年10月30日
　受付番号：SJ-20261030-0047　明細 No.12
　金額：19,800円

必要書類があればお知らせください。

日の出産業株式会社 経理部 出納課
金子 亜希子　TEL 052-938-4480
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp uses 'rn' for 'm': a homoglyph look-alike of partner midori-ginko.co.jp",
)

# =========================================================================================
# 057  refund bulk-transfer CSV with eight customers' accounts, to the bank
# =========================================================================================
_p = people(8)
_banks = [("0005", "三葉"), ("0009", "住吉"), ("0001", "瑞穂"), ("9900", "ゆうちょ"), ("0150", "駿河台"),
          ("0397", "しずおか中央"), ("0542", "浜の手"), ("1251", "川口信用金庫")]
add(
    id="kujo-057",
    sender="経理部 出納 金子 <kaneko.a@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 江藤様 <eto.h@midori-ginko.co.jp>"],
    subject="総合振込データ（返金分）の送付について",
    charset="cp932",
    body="""みどり銀行 法人営業部
江藤様

お世話になっております。日の出産業 経理部の金子です。
お電話でご相談のとおり、インターネットバンキングの取込みエラーが解消しないため、
11月5日振込分（製品返金 8件）のデータをCSVでお送りします。
お手数ですが、窓口での代行入力をお願いいたします。

日の出産業株式会社 経理部 出納課
金子 亜希子　TEL 052-938-4480
""",
    attachments=[{
        "kind": "csv", "name": "sogofurikomi_20261105.csv", "encoding": "cp932",
        "rows": [["銀行コード", "銀行名", "支店コード", "預金種目", "口座番号", "受取人名", "金額"]]
        + [[b[0], b[1], f"{rng.randint(1, 899):03d}", "普通", f"{rng.randint(1000000, 9999999)}",
            p["kana"].replace(" ", "　"), rng.choice([3980, 5480, 12800, 19800, 7600])]
           for p, b in zip(_p, _banks)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="eight customers' bank accounts with kana names (refund transfer CSV) to the bank",
)

# =========================================================================================
# 058  one customer's account for a transfer correction (warn)
# =========================================================================================
add(
    id="kujo-058",
    sender="経理部 出納 金子 <kaneko.a@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 江藤様 <eto.h@midori-ginko.co.jp>"],
    subject="組戻し依頼（明細No.12）の正しい振込先",
    charset="iso-2022-jp",
    body="""江藤様

お世話になっております。金子です。
組戻しをお願いした明細No.12について、お客様から正しい口座をお知らせいただきました。
再振込は下記でお願いいたします。

　受取人：ソウダ　ミズホ
　口座　：駿河台銀行 本店営業部（店番001）普通 4417093
　金額　：19,800円

組戻し依頼書の原本は本日郵送しました。

日の出産業株式会社 経理部 出納課
金子 亜希子　TEL 052-938-4480
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one customer's bank account to the company's own bank: a single record (may warn)",
)

# =========================================================================================
# 059  【社外秘】 in the subject and body, to the law firm
# =========================================================================================
add(
    id="kujo-059",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="【社外秘】HK-120 事案の対応方針（経営会議決定事項）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。久我です。
本日の経営会議で決定したHK-120事案の対応方針をお送りします。
社内限りの資料ですが、先生には今後の交渉方針のご検討のためご共有いたします。

━━━━━━━━━━━━━━━━━━━━
社外秘　取扱：法務グループ
━━━━━━━━━━━━━━━━━━━━
1．対象ロット全数（4,820台）の無償交換を継続。社告は行わない。
2．負傷事案は治療費・交通費を全額負担。慰謝料は1件あたり上限20万円で個別協議。
3．消費者庁への重大製品事故報告の要否は、11月末の調査完了時点で再判断。
4．公表を求められた場合の想定問答は広報と法務で準備する。

ご意見をいただけますと幸いです。
{SIG_KUGA}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the subject and a classification block mark the mail 社外秘, and it goes to an outside firm",
)

# =========================================================================================
# 060  the word 機密 in running text plus the disclaimer: must go
# =========================================================================================
add(
    id="kujo-060",
    sender=HIEDA,
    to=["製品安全検査協会 神戸様 <kobe.m@seihin-anzen.or.jp>"],
    subject="Re: 試験依頼に先立つ秘密保持契約の締結について",
    charset="iso-2022-jp",
    body=f"""神戸様

ご返信ありがとうございます。稗田です。
貴協会の書式で秘密保持契約を結ぶことで承知しました。
試験データの機密性についても、貴協会の規程どおりのお取扱いで問題ございません。

押印済みの契約書2部は、本日郵送いたしました。
試験の申込書は契約締結後にお送りします。
{SIG_HIEDA}
{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="talks about an NDA and the word 機密 in a sentence; the disclaimer is standard: no marking",
)

# =========================================================================================
# 061  取扱注意 header on a DOCX case record of one customer
# =========================================================================================
add(
    id="kujo-061",
    sender=MURASE,
    to=["桑原 様 <kuwabara.r@yamabuki-sonpo.co.jp>"],
    subject="対応記録の送付（踏み台 ST-02 の件）",
    charset="utf-8",
    body=f"""桑原様

お世話になっております。村瀬です。
踏み台 ST-02 の件、お客様との対応記録をお送りします。
{SIG_MURASE}""",
    attachments=[{
        "kind": "docx", "name": "対応記録_ST-02_K26-1302.docx", "page_header": "取扱注意",
        "paragraphs": [
            "お客様対応記録（受付番号 K26-1302）",
            "お客様：比嘉 悠真 様　連絡先：070-3894-6612（国内用携帯）",
            "10/19 10:05 入電。帰省先で踏み台の脚が折れたとのこと。製品の写真をメールで受領。",
            "10/20 14:30 折り返し。製品回収と保険会社からの連絡についてご了承。",
            "10/22 製品到着。脚部の溶接部に破断を確認。",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["confidential_marking", "personal_data"],
    note="a DOCX whose page header is the marking 取扱注意, sent to an external insurer",
)

# =========================================================================================
# 062  社外秘 but internal only
# =========================================================================================
add(
    id="kujo-062",
    sender=FUJIEDA,
    to=["品質保証部 全員 <qa-all@hinode-sangyo.co.jp>"],
    subject="【社外秘】HK-120 事案 経営会議決定事項の共有",
    charset="iso-2022-jp",
    body="""品質保証部各位

藤枝です。本日の経営会議で決定したHK-120事案の方針を共有します。
社外秘につき、社外への転送・持ち出しは禁止です。

1．対象ロット全数の無償交換を継続（社告は行わない）
2．負傷事案は治療費・交通費を全額負担
3．重大製品事故報告の要否は11月末に再判断

以上
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="marked 社外秘 but sent only to an internal list",
)

# =========================================================================================
# 063  atopic dermatitis of a named customer, to the cosmetics manufacturer
# =========================================================================================
add(
    id="kujo-063",
    sender=YAKUSHIJI,
    to=["白鳥化粧品 品質保証部 <hinsho@shiratori-keshohin.co.jp>"],
    subject="入浴剤「ひのでの湯 ゆず」使用後の肌トラブルのお申し出",
    charset="iso-2022-jp",
    body=f"""白鳥化粧品株式会社
品質保証部 ご担当者様

お世話になっております。日の出産業 お客様相談室の薬師寺です。
OEMでお願いしている入浴剤について、下記のお申し出がありました。

　お客様：猪狩 菜摘 様（34歳）　TEL 080-7125-3390
　製品　：ひのでの湯 ゆず（製造番号 YZ2608C）
　内容　：アトピー性皮膚炎で皮膚科に通院中。使用した翌日から首と腕に湿疹が広がり、
　　　　　主治医から「接触皮膚炎の合併」と言われ、ステロイド外用薬が増量になった。
　ご要望：成分の詳細（香料の内訳）を主治医に見せたい。

香料のアレルゲン情報について、開示可能な範囲でご回答いただけますでしょうか。
{SIG_YAKUSHIJI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's skin disease and treatment (要配慮) sent to an outside manufacturer",
)

# =========================================================================================
# 064  skin symptom described without anyone being identifiable
# =========================================================================================
add(
    id="kujo-064",
    sender=YAKUSHIJI,
    to=["白鳥化粧品 品質保証部 <hinsho@shiratori-keshohin.co.jp>"],
    subject="ひのでの湯 ゆず 10月のお申し出件数",
    charset="utf-8",
    body=f"""白鳥化粧品 品質保証部 ご担当者様

お世話になっております。薬師寺です。
ひのでの湯 ゆず の10月のお申し出状況をお知らせします。

　・肌に赤み・かゆみが出た：4件（うち製造番号 YZ2608C が3件）
　・香りが弱い：2件
　・袋が破れていた：1件

肌のお申し出はいずれも軽いもので、使用中止で治まったとのことです。
YZ2608C の香料ロットについて、念のため確認をお願いできますでしょうか。
{SIG_YAKUSHIJI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="symptom counts per batch number: nobody is identifiable, so no personal data",
)

# =========================================================================================
# 065  a blind customer's complaint (disability), to the manufacturer
# =========================================================================================
add(
    id="kujo-065",
    sender=ONODERA,
    to=["田辺 様 <tanabe.y@kawasaki-denki.co.jp>"],
    cc=["川崎電機 商品企画 <shohin-kikaku@kawasaki-denki.co.jp>"],
    subject="HK-120R（代替品）の操作部についてのご意見",
    charset="iso-2022-jp",
    body=f"""川崎電機 田辺様

お世話になっております。小野寺です。
代替品 HK-120R について、お客様から次のようなご意見をいただきました。

お客様の帯刀 梨花様（電話 090-2873-4106）は視覚障害（全盲、身体障害者手帳1級）をお持ちで、
旧製品では電源スイッチに凸点があり手で触って操作できていたが、代替品では凸点がなく
保温ボタンと区別できない、とのことです。
次回ロットで凸点シールを付けられないか、ご検討いただけますでしょうか。
お客様には当面、凸点シールを別送することでご了承いただいています。
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's disability (要配慮) in running text to an outside manufacturer",
)

# =========================================================================================
# 066  a stalking victim asks to hide her address: to the carrier
# =========================================================================================
add(
    id="kujo-066",
    sender=YAKUSHIJI,
    to=["青葉運輸 名古屋営業所 <nagoya-eigyo@aoba-unyu.co.jp>"],
    subject="配送時の特別なお取り扱いのお願い（1件）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 名古屋営業所 ご担当者様

お世話になっております。日の出産業の薬師寺です。
代替品をお届けするお客様から、特別なお取り扱いのご要望がありました。

お客様は以前ストーカー被害に遭われ、警察に相談されている方で、
不在票への氏名の記載や、近隣の方への配達先の確認は控えてほしいとのことです。

　お届け先：乙部 佐知子 様
　　　　　　東京都練馬区石神井町2-9-14 メゾン南風305
　　　　　　TEL 070-4482-9315（配達前に必ずお電話ください）

ご対応可能かどうか、ご返信いただけますでしょうか。
{SIG_YAKUSHIJI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the customer was a crime victim (要配慮) and is named with her address, sent to the carrier",
)

# =========================================================================================
# 067  religion (halal) of a named customer, to the food manufacturer
# =========================================================================================
add(
    id="kujo-067",
    sender=MURASE,
    to=["佐藤 様 <sato.k@kitaguni-foods.co.jp>"],
    subject="ビーフカレー（レトルト）原材料についてのお問い合わせ",
    charset="utf-8",
    body=f"""北国フーズ 佐藤様

お世話になっております。村瀬です。
ビーフカレー（レトルト 200g）について、お客様から強いお申し出がありました。

お申し出の方は上遠野 ハル様（メール haru.kadono@outlook.jp）で、
ご本人はイスラム教徒のため豚由来の原料を避けておられます。
原材料表示にない「ポークエキス」が含まれているとSNSで見たとのことで、
すでに2袋を召し上がってしまい、大変ご立腹です。

製造ラインで豚由来原料を使う製品との共用があるか、エキス類の由来を含め
至急ご確認いただけますでしょうか。
{SIG_MURASE}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's religion (要配慮: 信条) and e-mail, sent to an outside manufacturer",
)

# =========================================================================================
# 068  shop list for the recall posters: businesses only
# =========================================================================================
add(
    id="kujo-068",
    sender=FUJIEDA,
    to=["錦印刷 早川様 <hayakawa@nishiki-insatsu.co.jp>"],
    subject="告知POPの直送先（店舗一覧）",
    charset="cp932",
    body=f"""早川様

お世話になっております。藤枝です。
告知POPの直送先の店舗一覧です。各店 A4 2枚・案内カード50枚でお願いします。

店舗名                    郵便番号   住所                               電話
------------------------  ---------  ---------------------------------  ------------
かでんマート 川口店       332-0012   埼玉県川口市本町4-1-8             048-222-3190
かでんマート 春日井店     486-0844   愛知県春日井市鳥居松町5-44        0568-81-7720
かでんマート 船橋店       273-0005   千葉県船橋市本町7-2-1             047-431-5560
マルキタ 浜松中央店       430-0933   静岡県浜松市中央区鍛冶町100-1     053-452-6018
マルキタ 四日市店         510-0086   三重県四日市市諏訪栄町7-34        059-351-2288
サニー 堺北花田店         591-8008   大阪府堺市北区東浅香山町4-1-12    072-258-9931
ほしぞらHC 大垣店         503-0015   岐阜県大垣市林町8-1120            0584-73-4401

着日は10/19（月）でお願いします。
{SIG_FUJIEDA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a padded table of shops with their addresses and switchboards: a business list",
)

# =========================================================================================
# 069  invoice confirmation quoting the printer's registration number
# =========================================================================================
_tno = corporate_number("801102457316")
add(
    id="kujo-069",
    sender="経理部 買掛担当 <kaikake@hinode-sangyo.co.jp>",
    to=["錦印刷 経理課 <keiri@nishiki-insatsu.co.jp>"],
    cc=[MURASE],
    subject="ご請求書（お詫び状 封入・発送業務）の確認",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 経理課 御中

お世話になっております。日の出産業 経理部です。
下記のご請求書を受領しました。11月末日にお振込みいたします。

　請求書番号：NI-2610-0388
　件名　　　：お詫び状 封入・封緘・発送（HK-120、AR-300）
　金額　　　：418,770円（うち消費税 38,070円）
　登録番号　：T{_tno}

適格請求書として処理いたします。

日の出産業株式会社 経理部
TEL 052-938-4480
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice number and the supplier's T-number (法人番号): business data, no people",
)

# =========================================================================================
# 070  full-width list with 和暦 dates of birth for identity checks, to the call centre
# =========================================================================================
_p = people(6, born=(1931, 1952), landline_share=0.5)
_w = ["kanji_zen", "abbr_zen", "kanji_zen", "abbr_zen", "kanji_zen", "kanji_zen"]
_rows = "\n".join(
    f"{zen(str(i + 1))}　{p['sei']}　{p['mei']}" + "　" * max(1, 6 - len(p['sei'] + p['mei']))
    + f"{wareki(*p['dob'], style=_w[i])}　{zen(p['phone'])}　{p['addr']}"
    for i, p in enumerate(_p))
add(
    id="kujo-070",
    sender=YAKUSHIJI,
    to=["コスモコンタクト SVチーム <sv-team@cosmo-contact.co.jp>"],
    subject="ご高齢のお客様への架電リスト（本人確認用の生年月日つき）",
    charset="cp932",
    body=f"""コスモコンタクト SVチーム ご担当者様

お世話になっております。日の出産業の薬師寺です。
HK-120 交換のご案内で、郵送ではお返事をいただけていないご高齢のお客様に、
お電話でご案内をお願いします。ご家族が出られることが多いので、
ご本人確認は生年月日でお願いします。

Ｎｏ　氏名　　　　　生年月日　　　　　電話番号　　　　　　住所
{_rows}

架電は平日10時〜16時の間でお願いします。
{SIG_YAKUSHIJI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six elderly customers with 和暦 birth dates, full-width phones and addresses, to the call centre",
)

# =========================================================================================
# 071  one block per customer: callback requests to the call centre
# =========================================================================================
_p = people(7)
_blocks = "\n\n".join(
    f"【{i + 1}】受付 {uketsuke()}\n　お名前：{p['name']}（{p['kana']}）\n　電話：{p['phone']}\n"
    f"　メール：{p['email']}\n　用件：{rng.choice(['交換品の到着日確認', '返金の時期', '部品の購入方法', '点検結果の説明', '回収キットが届かない'])}"
    for i, p in enumerate(_p))
add(
    id="kujo-071",
    sender=ONODERA,
    to=["コスモコンタクト 受付チーム <uketsuke@cosmo-contact.co.jp>"],
    subject="折り返し依頼（10/26 夜間受付分 7件）",
    charset="iso-2022-jp",
    body=f"""コスモコンタクト 受付チーム ご担当者様

おはようございます。日の出産業の小野寺です。
昨夜の留守番電話から、折り返しが必要な7件をお送りします。本日中の架電をお願いします。

{_blocks}

対応結果は共有シートにご記入ください。
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="seven customers, one block each with name, phone and e-mail, to the outsourced call centre",
)

# =========================================================================================
# 072  three callback requests: under the threshold (warn)
# =========================================================================================
_p = people(3)
add(
    id="kujo-072",
    sender=YAKUSHIJI,
    to=["コスモコンタクト 受付チーム <uketsuke@cosmo-contact.co.jp>"],
    subject="折り返し依頼（3件）",
    charset="utf-8",
    body=f"""受付チームの皆さま

お疲れさまです。日の出産業の薬師寺です。
本日分の折り返しは3件です。

・{_p[0]['name']}様　{_p[0]['phone']}　交換品の色違いについて
・{_p[1]['name']}様　{_p[1]['phone']}　返金の時期のお問い合わせ
・{_p[2]['name']}様　{_p[2]['phone']}　回収キットが届かない（伝票 4410-2293-0058）

よろしくお願いします。
{SIG_YAKUSHIJI}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three customers' names and phones to the call-centre contractor: below the list threshold (warn)",
)

# =========================================================================================
# 073  space-padded ASCII table with a rule: six refund customers' e-mails, to the mall
# =========================================================================================
_p = people(6)
_tbl = "\n".join(
    f"{'HM-' + str(rng.randint(10000000, 99999999)):<14}{p['name']:<10}{p['email']:<34}{rng.choice(['3,980', '5,480', '12,800'])}"
    for p in _p)
add(
    id="kujo-073",
    sender=YAKUSHIJI,
    to=["ひらめきモール 出店者サポート <seller-support@hirameki-mall.com>"],
    subject="[店舗ID: hinode-direct] 返金対象注文の一括キャンセル依頼",
    charset="utf-8",
    body=f"""ひらめきモール 出店者サポート ご担当者様

日の出産業 公式ストア（店舗ID: hinode-direct）の薬師寺です。
製品の不具合により、下記6件の注文を一括でキャンセル・返金したいのですが、
管理画面からは出荷済み注文のキャンセルができないため、ご対応をお願いします。
購入者の方には当方から別途メールでお詫びしています。

注文番号      購入者      メールアドレス                    金額
------------  ----------  --------------------------------  --------
{_tbl}

よろしくお願いいたします。
{SIG_YAKUSHIJI}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six buyers' names and e-mail addresses in a padded table, to the online mall",
)

# =========================================================================================
# 074  monthly internal tally, 30 rows in an XLSX
# =========================================================================================
_p = people(30)
add(
    id="kujo-074",
    sender=YAKUSHIJI,
    to=[FUJIEDA, ONODERA],
    cc=["品質保証部 全員 <qa-all@hinode-sangyo.co.jp>"],
    subject="10月 受付集計と明細（社内）",
    charset="iso-2022-jp",
    body="""皆さま

お疲れさまです。薬師寺です。
10月の受付集計と明細をまとめました。体調不良・けがの案件は色付けしています。
月次会議（11/4）でご確認ください。

薬師寺
""",
    attachments=[{
        "kind": "xlsx", "name": "受付明細_202610.xlsx",
        "sheets": {
            "明細": [["受付番号", "氏名", "電話", "メール", "製品", "内容"]]
            + [[uketsuke(), p["name"], p["phone"], p["email"],
                rng.choice(["HK-120", "KF-GZ12", "五目チャーハン", "AR-300", "ひのでの湯"]),
                rng.choice(["漏れ", "異物", "体調不良（受診あり）", "やけど", "破損", "返金希望"])]
               for p in _p],
            "集計": [["内容", "件数"], ["漏れ", 9], ["異物", 4], ["体調不良", 6], ["やけど", 5], ["その他", 6]],
        },
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="30 customers' records with health complaints, but only internal recipients",
)

# =========================================================================================
# 075  internal progress report that also Ccs the manufacturer
# =========================================================================================
add(
    id="kujo-075",
    sender=MURASE,
    to=[FUJIEDA],
    cc=[HIEDA, "田辺 様 <tanabe.y@kawasaki-denki.co.jp>"],
    subject="【経緯報告】K26-1188 HK-120 やけど申し出（第1報）",
    charset="iso-2022-jp",
    body="""藤枝課長
（Cc：稗田さん、川崎電機 田辺様）

村瀬です。新規の負傷申し出について第1報です。
製造元の川崎電機様にも情報共有のためCcしています。

・お客様：宍戸 浩二 様（67歳）　TEL 0584-73-2219
・10/26 朝、HK-120 で湯を注いだ際に蓋が開き、左手に熱湯がかかった
・同日、大垣市内の病院で「左手背 II度熱傷」と診断、軟膏処置。通院3回程度の見込み
・糖尿病の持病があり、傷の治りが遅い可能性があると医師から言われたとのこと
・製品は10/28に回収予定

以上
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an internal-style report with a named customer's diagnosis and illness, Cc'd to an outside manufacturer",
)

# =========================================================================================
# 076  reply to the printer: their list of returned letters only below Original Message
# =========================================================================================
_p = people(6)
_ret = "\n".join(f"{i + 1}. {p['name']} 様　〒{p['zip']} {p['addr']}　{rng.choice(['宛所に尋ねあたりません', '転居先不明', '受取拒否', '保管期間経過'])}"
                 for i, p in enumerate(_p))
add(
    id="kujo-076",
    sender=MURASE,
    to=["錦印刷 早川様 <hayakawa@nishiki-insatsu.co.jp>"],
    subject="RE: お詫び状 返戻分のご報告",
    charset="iso-2022-jp",
    body=f"""早川様

ご報告ありがとうございます。村瀬です。
返戻分6件は当社でお客様に電話で確認しますので、御社での再発送は不要です。
返戻された封書は、まとめて当社宛にお送りいただけますでしょうか。
{SIG_MURASE}

-----Original Message-----
From: 早川 <hayakawa@nishiki-insatsu.co.jp>
Sent: Wednesday, October 21, 2026 4:05 PM
To: 村瀬 千尋 <c.murase@hinode-sangyo.co.jp>
Subject: お詫び状 返戻分のご報告

日の出産業 村瀬様

お世話になっております。錦印刷の早川です。
10/16発送分のうち、下記6件が返戻となりましたのでご報告します。

{_ret}

よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-person list is only in the quoted original from the same recipient",
)

# =========================================================================================
# 077  the printer's list forwarded to the carrier (a forward counts)
# =========================================================================================
add(
    id="kujo-077",
    sender=MURASE,
    to=["青葉運輸 名古屋営業所 <nagoya-eigyo@aoba-unyu.co.jp>"],
    subject="FW: お詫び状 返戻分のご報告",
    charset="iso-2022-jp",
    body=f"""青葉運輸 名古屋営業所 御中

お世話になっております。日の出産業の村瀬です。
下記の返戻分について、代替品を宅配でお届けしたいのですが、
住所不備でお届けできない可能性がある先を事前に確認いただけますでしょうか。

---------- Forwarded message ---------
差出人: 早川 <hayakawa@nishiki-insatsu.co.jp>
送信日時: 2026年10月21日 16:05
宛先: 村瀬 千尋 <c.murase@hinode-sangyo.co.jp>
件名: お詫び状 返戻分のご報告

日の出産業 村瀬様

お世話になっております。錦印刷の早川です。
10/16発送分のうち、下記6件が返戻となりましたのでご報告します。

{_ret}

よろしくお願いいたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a forward gives the carrier six customers' names and addresses it never had",
)

# =========================================================================================
# 078  short reply above an Outlook-style quote from the insurer
# =========================================================================================
add(
    id="kujo-078",
    sender=KUGA,
    to=["桑原 様 <kuwabara.r@yamabuki-sonpo.co.jp>"],
    subject="RE: 追加書類のお願い（事故受付番号 Y26-55810）",
    charset="utf-8",
    body=f"""桑原様

承知しました。ご指示の書類は11/2（月）に郵送いたします。
久我
{SIG_KUGA}

差出人: 桑原 涼子 <kuwabara.r@yamabuki-sonpo.co.jp>
送信日時: 2026年10月29日 11:47
宛先: 久我 智也 <t.kuga@hinode-sangyo.co.jp>
件名: 追加書類のお願い（事故受付番号 Y26-55810）

日の出産業 久我様

いつもお世話になっております。やまぶき損保の桑原です。
鍋島朋子様（昭和59年6月18日生）の件、審査にあたり以下の書類の追加をお願いします。
・診断書（右手背II度熱傷、全治3週間の記載のあるもの）の原本
・通院交通費の明細（10/4〜10/25 計4回）
・製品の写真（変形したパッキン部分）

お手数ですがよろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the victim's DOB and diagnosis are only in the quoted mail from the insurer itself",
)

# =========================================================================================
# 079  either: five similar cases with symptoms, no names or contacts
# =========================================================================================
add(
    id="kujo-079",
    sender=ONODERA,
    to=["北浜市消費生活センター <shohi-center@city.kitahama.lg.jp>"],
    subject="同種事例のご照会への回答（受付番号2026-1184 関連）",
    charset="iso-2022-jp",
    body=f"""北浜市消費生活センター 長谷部様

お世話になっております。日の出産業の小野寺です。
ご照会のあった同種事例（HK-120 による負傷）について、当社受付分をお知らせします。

受付日　　 年代・性別　都道府県　内容　　　　　　　　　　　　　受診
2026/09/28　40代女性　　埼玉県　　右手背 II度熱傷　　　　　　　あり（皮膚科）
2026/10/02　60代男性　　岐阜県　　左手背 II度熱傷　　　　　　　あり（外科）
2026/10/07　30代女性　　千葉県　　指先の軽いやけど　　　　　　なし
2026/10/11　70代女性　　宮城県　　前腕 I度熱傷　　　　　　　　あり（内科）
2026/10/18　50代男性　　静岡県　　手のひらの水疱　　　　　　　あり（皮膚科）

いずれも蓋パッキンの変形が原因と考えております。
{SIG_ONODERA}""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five injury cases with age band, sex and prefecture but no names or contacts: arguably a list",
)

# =========================================================================================
# 080  password ZIP of claim documents to the insurer
# =========================================================================================
add(
    id="kujo-080",
    sender=MURASE,
    to=["やまぶき損保 企業損害サービス部 <kigyo-sc@yamabuki-sonpo.co.jp>"],
    subject="保険金請求書類一式（Y26-55872）",
    charset="iso-2022-jp",
    body=f"""やまぶき損害保険 企業損害サービス部 御中

お世話になっております。日の出産業の村瀬です。
事故受付番号 Y26-55872 の請求書類一式を、パスワード付きZIPでお送りします。
パスワードは、いつもの方法（お電話）でお伝えいたします。
{SIG_MURASE}""",
    attachments=[{
        "kind": "zip", "name": "Y26-55872_seikyu.zip", "password": "yb55872!",
        "files": [
            {"kind": "pdf", "name": "保険金請求書.pdf", "lines": ["保険金請求書", "事故受付番号 Y26-55872"]},
            {"kind": "xlsx", "name": "費用明細.xlsx",
             "sheets": {"明細": [["日付", "項目", "金額"], ["10/26", "治療費", 4820], ["10/28", "交通費", 1260]]}},
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="an encrypted ZIP to the insurer: its content cannot be inspected",
)

# =========================================================================================
# 081  protected PDF (scanned medical certificate) to the law firm
# =========================================================================================
add(
    id="kujo-081",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="K26-1188 ご本人提出資料（PDF）",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。久我です。
K26-1188 の件で、お客様からご提出いただいた資料のスキャンを送ります。
PDFにはパスワードを設定しています（事前にお伝えしたものです）。
{SIG_KUGA}""",
    attachments=[{
        "kind": "pdf", "name": "K26-1188_提出資料.pdf", "password": "hs1188",
        "lines": ["診断書（写）", "傷病名：左手背 II度熱傷", "上記により約3週間の通院加療を要する。"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="a password-protected PDF to the law firm cannot be inspected",
)

# =========================================================================================
# 082  PL insurance renewal with the company's own 法人番号
# =========================================================================================
_hinode_no = corporate_number("180101457902")
add(
    id="kujo-082",
    sender=KUGA,
    to=["寿保険サービス 丸尾様 <maruo@kotobuki-hs.co.jp>"],
    subject="PL保険・回収費用保険の更新手続きについて",
    charset="iso-2022-jp",
    body=f"""寿保険サービス 丸尾様

いつもお世話になっております。日の出産業の久我です。
12月1日更新の生産物賠償責任保険・生産物回収費用保険の更新手続きにつき、
申込書に記載する当社情報をお送りします。

　商号：日の出産業株式会社
　法人番号：{_hinode_no}
　本店所在地：愛知県名古屋市東区東桜2-14-9
　売上高（前期）：184億3,200万円
　担当窓口：総務部 法務グループ 久我

今年度はHK-120の事案がありましたので、保険料の見込みを早めに教えていただけますと助かります。
{SIG_KUGA}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="the company's own corporate number and head-office address: business data only",
)

# =========================================================================================
# 083  lawyer, insurer and manufacturer all in To/Cc
# =========================================================================================
add(
    id="kujo-083",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>", "桑原 様 <kuwabara.r@yamabuki-sonpo.co.jp>"],
    cc=["田辺 様 <tanabe.y@kawasaki-denki.co.jp>", FUJIEDA],
    subject="HK-120 事案 四者協議の日程について",
    charset="iso-2022-jp",
    body=f"""白川先生、やまぶき損保 桑原様、川崎電機 田辺様

お世話になっております。日の出産業の久我です。
HK-120 の負傷事案について、求償の考え方を整理するため、
四者で協議の場を設けたく存じます。

候補日：11月10日（火）14時〜／11月12日（木）10時〜
場所　：日の出産業 本社 5F 第2会議室（オンライン参加も可）

ご都合をお知らせいただけますでしょうか。
{SIG_KUGA}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (law firm, insurer, manufacturer) see each other in To/Cc",
)

# =========================================================================================
# 084  50-person list for review, internal only
# =========================================================================================
_p = people(50)
add(
    id="kujo-084",
    sender=MURASE,
    to=["総務部 文書発送 <bunsho@mail.hinode-sangyo.co.jp>"],
    cc=[ONODERA],
    subject="お詫び状 第2次発送リスト（50件）ご確認のお願い",
    charset="utf-8",
    body="""総務部 文書発送ご担当 各位

お疲れさまです。お客様相談室の村瀬です。
お詫び状の第2次発送リスト（50件）です。錦印刷に出す前に、
住所の表記ゆれと重複の確認をお願いできますでしょうか。

村瀬
""",
    attachments=[{
        "kind": "xlsx", "name": "第2次発送リスト_確認用.xlsx",
        "sheets": {"第2次": [["第2次発送リスト（確認用）"], ["No", "郵便番号", "住所", "氏名", "電話"]]
                   + [[i + 1, p["zip"], p["addr"], p["name"], p["phone"]] for i, p in enumerate(_p)]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="a 50-person address list, but sent only to internal addresses",
)

# =========================================================================================
# 085  notice to five customers correctly in Bcc
# =========================================================================================
add(
    id="kujo-085",
    sender=DESK,
    to=[DESK],
    bcc=["iguchi.kenta@gmail.com", "s-tsurumi@yahoo.co.jp", "mizuochi_emi@icloud.com",
         "taku.sogabe@outlook.jp", "hanawa-k@softbank.ne.jp"],
    subject="交換品発送のお知らせ（日の出産業 お客様相談室）",
    charset="iso-2022-jp",
    body=f"""お客様各位

日の出産業 お客様相談室でございます。
お申し込みいただいた交換品（電気ケトル HK-120R）を、本日発送いたしました。
2〜3日中に青葉運輸よりお届けいたします。

お届け時に、お手元の旧製品をドライバーにお渡しください（回収用の箱をお持ちします）。
ご不明な点は下記までお問い合わせください。
{SIG_DESK}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="five customers in Bcc (they cannot see each other), To is the desk itself: nothing to hold",
)

# =========================================================================================
# 086  two customers and a shop all visible
# =========================================================================================
add(
    id="kujo-086",
    sender=ONODERA,
    to=["ryo.kiryu88@gmail.com"],
    cc=["domeki-masami@docomo.ne.jp", "かでんマート 春日井店 店長 <kasugai-ten@kaden-mart.co.jp>"],
    subject="交換品の入荷と店頭でのお受け取りについて",
    charset="iso-2022-jp",
    body=f"""お客様各位
かでんマート 春日井店 店長様

日の出産業 お客様相談室の小野寺でございます。
店頭でのお受け取りをご希望いただいた交換品が、かでんマート春日井店に入荷しました。
11月7日（土）以降、サービスカウンターでお受け取りいただけます。
お受け取りの際は、旧製品をご持参ください。
{SIG_ONODERA}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="two private customers and a shop see each other in To/Cc: three external parties",
)

# =========================================================================================
# 087  a customer with her shop in Cc: two parties
# =========================================================================================
add(
    id="kujo-087",
    sender=ONODERA,
    to=["otobe.yohei@outlook.jp"],
    cc=["かでんマート 川口店 サービスカウンター <kawaguchi-sc@kaden-mart.co.jp>"],
    subject="Re: 加湿器の修理について",
    charset="iso-2022-jp",
    body=f"""乙部様

日の出産業 お客様相談室の小野寺でございます。
ご購入店のかでんマート川口店様にもCcでお送りしております。

お預かりした加湿器 AR-300 は、給水センサーの交換で修理が完了しました。
保証期間内のため、修理費用はかかりません。
11月2日以降、川口店のサービスカウンターでお受け取りください。
{SIG_ONODERA}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="one customer plus her shop: only two external parties, nothing personal beyond the salutation",
)

# =========================================================================================
# 088  UTF-8 CSV without names: ten pickup addresses and phones to a new carrier
# =========================================================================================
_p = people(10)
add(
    id="kujo-088",
    sender=YAKUSHIJI,
    to=["はやてエクスプレス 法人窓口 <hojin@hayate-express.co.jp>"],
    subject="回収品の集荷データ（10件）",
    charset="utf-8",
    body=f"""はやてエクスプレス株式会社 法人窓口 御中

お世話になっております。日の出産業の薬師寺です。
先日お見積りいただいた回収業務、正式にお願いいたします。
初回分10件の集荷データをCSVでお送りします。
お名前は伝票に印字しない運用のため、管理番号でお願いします。
{SIG_YAKUSHIJI}""",
    attachments=[{
        "kind": "csv", "name": "shuka_20261102.csv", "encoding": "utf-8",
        "rows": [["kanri_no", "yubin", "jusho", "tel", "kosu", "biko"]]
        + [[f"R{2611000 + i}", p["zip"], p["addr"], p["phone"], 1, rng.choice(["", "", "夕方希望", "要事前電話"])]
           for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ten private addresses with phones (no name column) in a CSV to an external carrier",
)

# =========================================================================================
# 089  CSV of shipping destinations that are shops
# =========================================================================================
add(
    id="kujo-089",
    sender=HIEDA,
    to=["北国フーズ 品質管理課 <kanri@kitaguni-foods.co.jp>"],
    subject="KF-GZ12 対象ロットの出荷先（店舗）一覧",
    charset="iso-2022-jp",
    body=f"""北国フーズ 品質管理課 御中

お世話になっております。稗田です。
当社から出荷した対象ロットの出荷先店舗の一覧をお送りします。
店頭在庫の確認は当社営業から各店に依頼済みです。
{SIG_HIEDA}""",
    attachments=[{
        "kind": "csv", "name": "KF-GZ12_shukkasaki.csv", "encoding": "cp932",
        "rows": [["店舗コード", "店舗名", "住所", "電話", "出荷数"],
                 ["S0112", "サニー 堺北花田店", "大阪府堺市北区東浅香山町4-1-12", "072-258-9931", 48],
                 ["S0130", "サニー 宇治小倉店", "京都府宇治市小倉町寺内42-1", "0774-21-6605", 36],
                 ["M0021", "マルキタ 浜松中央店", "静岡県浜松市中央区鍛冶町100-1", "053-452-6018", 60],
                 ["M0044", "マルキタ 四日市店", "三重県四日市市諏訪栄町7-34", "059-351-2288", 24],
                 ["H0007", "ほしぞらHC 大垣店", "岐阜県大垣市林町8-1120", "0584-73-4401", 12],
                 ["K0103", "かでんマート 船橋店（食品館）", "千葉県船橋市本町7-2-1", "047-431-5560", 30]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="a CSV of shops (business addresses and switchboards): no people",
)

# =========================================================================================
# 090  a claimant's arrest record, to the law firm
# =========================================================================================
add(
    id="kujo-090",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="カスタマーハラスメント案件のご相談（K26-0655）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。久我です。
先週お話しした、繰り返し高額の補償を求めてこられるお客様の件です。

　氏名：栗城 隆之 氏　電話 080-1964-7302
　9月以降、電話47回、来社2回。「誠意を見せろ」と現金での補償を要求。

販売店から聞いた話では、同氏は数年前に別の家電量販店で同様の要求をし、
恐喝未遂で逮捕されたことがあるとのことです（不起訴と聞いています）。
今後の対応方針と、警察への相談のタイミングについてご助言をお願いします。
{SIG_KUGA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's arrest history (要配慮: 犯罪の経歴) sent to an outside law firm",
)

# =========================================================================================
# 091  a customer's dementia, to the shop accepting the return
# =========================================================================================
add(
    id="kujo-091",
    sender=ONODERA,
    to=["かでんマート 川口店 サービスカウンター <kawaguchi-sc@kaden-mart.co.jp>"],
    subject="返品受付のお願い（ご家族からのお申し出）",
    charset="utf-8",
    body=f"""かでんマート川口店 サービスカウンター ご担当者様

いつもお世話になっております。日の出産業の小野寺です。

9月に貴店で加湿器 AR-300 を3台購入された日比野 典子様について、
娘様からお電話をいただきました。日比野様はアルツハイマー型認知症と診断されており、
同じ製品を何度も購入してしまっているとのことです。未開封の2台について、
特例で返品をお受けいただけないでしょうか。差額は当社で負担いたします。

娘様は11月8日（日）に来店されるそうです。
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's dementia diagnosis (要配慮) in a mail to an outside shop",
)

# =========================================================================================
# 092  law firm: harassment case, a name with no other data
# =========================================================================================
add(
    id="kujo-092",
    sender=KUGA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="RE: カスタマーハラスメント案件のご相談（K26-0655）",
    charset="iso-2022-jp",
    body=f"""白川先生

ご助言ありがとうございました。久我です。
いただいた方針どおり、今後は以下で対応します。

・栗城氏からの電話は、相談室ではなく法務の久我が一本化して受ける
・通話は録音し、要求内容を記録に残す
・次回来社の申し出には「書面でのご連絡をお願いします」と回答する
・先生名での通知書は、来週の状況を見てから改めてご相談します

引き続きよろしくお願いいたします。
{SIG_KUGA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a person's name appears with no contact data or sensitive information: ordinary legal mail",
)

# =========================================================================================
# 093  hyphen-for-dot look-alike of the internal subdomain
# =========================================================================================
add(
    id="kujo-093",
    sender=MURASE,
    to=["総務部 文書発送 <bunsho@mail-hinode-sangyo.co.jp>"],
    subject="お詫び状 第2次発送の進捗",
    charset="iso-2022-jp",
    body="""総務部 文書発送ご担当 各位

お疲れさまです。村瀬です。
第2次発送リストの確認、ありがとうございました。
重複3件を削除した47件で錦印刷に発注しました。発送は11/9の予定です。

村瀬
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="mail-hinode-sangyo.co.jp puts a hyphen for the dot of the internal mail.hinode-sangyo.co.jp",
)

# =========================================================================================
# 094  internal subdomain, full health details: must go
# =========================================================================================
add(
    id="kujo-094",
    sender=ONODERA,
    to=["品証 クレーム担当 <qa-kujo@mail.hinode-sangyo.co.jp>", NAKAGAMI],
    subject="K26-1302 踏み台事故 お客様の負傷状況（更新）",
    charset="utf-8",
    body="""品証 クレーム担当各位、中神部長

小野寺です。踏み台 ST-02 の件、お客様の負傷状況の更新です。

・比嘉 悠真 様（32歳）　070-3894-6612
・右足関節捻挫・右足背挫創（4針縫合）→ 10/30 抜糸済み
・帰国便を11/3に延期。変更手数料 28,000円の領収書を受領
・痛み止めの影響で胃を悪くされ、別途内科を受診されたとのこと

保険会社への報告は村瀬さんから行います。
小野寺
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a customer's injuries and treatment, sent only to internal addresses (mail. subdomain)",
)

# =========================================================================================
# 095  report to the public health centre: full-width phone and 和暦 DOB, Shift_JIS
# =========================================================================================
add(
    id="kujo-095",
    sender=HIEDA,
    to=["南山県 中央保健所 食品衛生課 <shokuhin-eisei@pref.minamiyama.lg.jp>"],
    cc=[FUJIEDA],
    subject="食中毒が疑われる事案のご相談（五目チャーハン）",
    charset="cp932",
    body=f"""南山県中央保健所 食品衛生課 御中

日の出産業株式会社 品質保証部の稗田と申します。
弊社が販売する冷凍食品について、喫食後の体調不良のお申し出があり、
食中毒の可能性も否定できないため、ご相談させていただきます。

■お申し出者（初発の方）
　氏名　　：舘野　勝也　様
　生年月日：{wareki(1975, 4, 2, "kanji_zen")}
　住所　　：静岡県浜松市中央区佐鳴台４－１７－９
　電話　　：{zen("090-3318-2706")}
　症状　　：１０月１２日夕食後、嘔吐・下痢。翌日内科受診、急性胃腸炎の診断
■製品
　五目チャーハン　４５０ｇ　賞味期限　２０２７．０１．２０（製造：北国フーズ株式会社）
■その他
　同ロットについて、ほかに５件の体調不良のお申し出があります。

ご指導のほど、よろしくお願いいたします。
{SIG_HIEDA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named customer's diagnosis with 和暦 DOB and full-width phone, sent outside (health centre)",
)

# =========================================================================================
# 096  consumer centre: safety explanation with a test report, nothing personal
# =========================================================================================
add(
    id="kujo-096",
    sender=ONODERA,
    to=["北浜市消費生活センター <shohi-center@city.kitahama.lg.jp>"],
    subject="HK-120R（代替品）の安全性に関する資料の送付",
    charset="iso-2022-jp",
    body=f"""北浜市消費生活センター 長谷部様

お世話になっております。日の出産業の小野寺です。
先日お問い合わせいただいた代替品 HK-120R の安全性について、
第三者機関の試験成績書を添付いたします。相談対応の際にご活用ください。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "pdf", "name": "試験成績書_HK-120R.pdf",
        "lines": ["試験成績書　No. SA-26-04418", "依頼者：日の出産業株式会社",
                  "試料：電気ケトル HK-120R（10台）", "試験項目：蓋部耐熱試験、転倒時漏水試験、パッキン硬度",
                  "結果：全項目 合格（パッキン硬度 実測 49〜53、規格 50±5）",
                  "一般財団法人 製品安全検査協会 中部試験所"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="a product test report to the consumer centre: no personal data",
)

# =========================================================================================
# 097  XLSX with a title row and no name column: 9 people's contacts and symptoms
# =========================================================================================
_p = people(9)
_sx = ["手背 II度熱傷（皮膚科）", "指先の水疱", "前腕 I度熱傷（内科）", "手掌 II度熱傷（形成外科）",
       "やけど（受診なし）", "手首 I度熱傷", "大腿部 熱傷（救急外来）", "指 II度熱傷（皮膚科）", "手背の発赤"]
add(
    id="kujo-097",
    sender=HIEDA,
    to=["製品安全検査協会 神戸様 <kobe.m@seihin-anzen.or.jp>"],
    subject="再現試験の条件設定用データ（受傷事例）",
    charset="utf-8",
    body=f"""神戸様

お世話になっております。稗田です。
再現試験の条件設定のため、お客様からお伺いした使用状況と受傷の状況をまとめました。
追加のヒアリングが必要な場合に備え、連絡先も載せています。
{SIG_HIEDA}""",
    attachments=[{
        "kind": "xlsx", "name": "受傷事例_使用状況.xlsx",
        "sheets": {"事例": [["HK-120 受傷事例 使用状況まとめ（2026/11/2 時点）"], [],
                            ["受付番号", "電話番号", "メール", "使用年数", "注湯量", "受傷内容"]]
                   + [[uketsuke(), p["phone"], p["email"], f"{rng.randint(1, 14)}か月",
                       rng.choice(["満水", "半分", "1L程度"]), _sx[i]] for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="nine people's phones, e-mails and injuries (no name column) in an XLSX to an outside lab",
)

# =========================================================================================
# 098  serial numbers for the lab, nothing personal
# =========================================================================================
add(
    id="kujo-098",
    sender=HIEDA,
    to=["製品安全検査協会 試験受付 <shiken-uketsuke@seihin-anzen.or.jp>"],
    subject="試験試料の送付（HK-120 返品 10台）",
    charset="iso-2022-jp",
    body=f"""製品安全検査協会 試験受付 御中

お世話になっております。日の出産業の稗田です。
試験試料10台を本日発送しました（青葉運輸 伝票番号 4410-2296-7713）。
試料の一覧を添付します。
{SIG_HIEDA}""",
    attachments=[{
        "kind": "xlsx", "name": "試料一覧_HK-120.xlsx",
        "sheets": {"試料": [["試料No", "製造番号", "ロット", "不具合内容"]]
                   + [[f"S-{i + 1:02d}", f"HK120-26A{rng.randint(10, 16)}-{rng.randint(10000, 99999)}",
                       f"26A{rng.randint(10, 16)}", rng.choice(["パッキン変形", "蓋浮き", "異常なし"])]
                      for i in range(10)]},
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="sample list with serial and lot numbers: product data, no people",
)

# =========================================================================================
# 099  either: a child's minor burn, not treated by a doctor
# =========================================================================================
add(
    id="kujo-099",
    sender=YAKUSHIJI,
    to=["田辺 様 <tanabe.y@kawasaki-denki.co.jp>"],
    subject="HK-080 蒸気口についてのお申し出",
    charset="iso-2022-jp",
    body=f"""川崎電機 田辺様

お世話になっております。薬師寺です。
HK-080 について、次のお申し出がありました。

お客様の安住 瑞穂様（電話 080-4456-1379）のお子様（5歳）が、沸騰中の蒸気口に手をかざし、
指先を軽くやけどされたそうです。すぐに冷やして赤みは引き、病院には行っていないとのこと。
お客様は、蒸気口の位置が子どもの手の届く高さにあることを問題にされています。

蒸気口カバーの設計変更のご検討状況を教えていただけますでしょうか。
{SIG_YAKUSHIJI}""",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named parent's contact and a child's slight burn without medical care: health data or not is arguable",
)

# =========================================================================================
# 100  English NDA renewal mail with the English disclaimer
# =========================================================================================
add(
    id="kujo-100",
    sender=ONODERA,
    to=["Kevin Lin <kevin.lin@formosa-appliance.com.tw>"],
    cc=["Legal Dept. <legal@formosa-appliance.com.tw>"],
    subject="Renewal of our Non-Disclosure Agreement (expires Dec 31)",
    charset="utf-8",
    body=f"""Dear Kevin,

Our mutual Non-Disclosure Agreement of January 2024 expires on December 31.
As we will keep exchanging failure analysis data on the HK-120, we would like
to renew it for another three years on the same terms.

Our legal team (Mr. Kuga) will send the renewal draft next week. Could you let us
know who on your side should sign it?
{SIG_EN}
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail about renewing an NDA, with the standard disclaimer: nothing marked, nothing personal",
)
