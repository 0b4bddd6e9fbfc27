"""Blind evaluation corpus — area: casting.

The mail of 日の出産業株式会社's film and advertising production arm (映像制作部 キャスティング課
and the production staff around it): applicants' and models' profiles (ages, heights,
photos), minors and their guardians' consent, talent agencies, shooting-day call sheets,
fee payments to individuals and their bank accounts, location, bus, hotel and catering
vendors, and the ordinary production scheduling mail in between.

Every person, number, address, company outside the brief's list and domain in this file
is invented; any likeness to a real one is accidental.  Written blind: its author read
only bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md, never mailguard's code,
rules, tests or the other corpus files.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 17201
_rng = random.Random(SEED)

MESSAGES: list[dict] = []


def _add(**m) -> None:
    m["id"] = f"casting-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# -- invented people ---------------------------------------------------------------------

_SURNAMES = [
    ("佐々木", "ササキ", "Sasaki"), ("根本", "ネモト", "Nemoto"), ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小野寺", "オノデラ", "Onodera"), ("長谷部", "ハセベ", "Hasebe"), ("鬼塚", "オニヅカ", "Onizuka"),
    ("久保田", "クボタ", "Kubota"), ("宇佐美", "ウサミ", "Usami"), ("百瀬", "モモセ", "Momose"),
    ("芦田", "アシダ", "Ashida"), ("真壁", "マカベ", "Makabe"), ("柘植", "ツゲ", "Tsuge"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("一ノ瀬", "イチノセ", "Ichinose"), ("服部", "ハットリ", "Hattori"),
    ("早乙女", "サオトメ", "Saotome"), ("六車", "ムグルマ", "Muguruma"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("栗原", "クリハラ", "Kurihara"), ("桑島", "クワジマ", "Kuwajima"), ("野々村", "ノノムラ", "Nonomura"),
    ("相楽", "サガラ", "Sagara"), ("結城", "ユウキ", "Yuki"), ("三雲", "ミクモ", "Mikumo"),
    ("袴田", "ハカマダ", "Hakamada"), ("神保", "ジンボ", "Jimbo"), ("浜崎", "ハマサキ", "Hamasaki"),
    ("大庭", "オオバ", "Oba"), ("日下部", "クサカベ", "Kusakabe"), ("舘野", "タテノ", "Tateno"),
    ("猪瀬", "イノセ", "Inose"), ("萩原", "ハギワラ", "Hagiwara"), ("砂川", "スナガワ", "Sunagawa"),
    ("比嘉", "ヒガ", "Higa"), ("生田目", "ナマタメ", "Namatame"), ("木暮", "コグレ", "Kogure"),
    ("安斎", "アンザイ", "Anzai"), ("湯浅", "ユアサ", "Yuasa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("蓮見", "ハスミ", "Hasumi"), ("鶴岡", "ツルオカ", "Tsuruoka"), ("井筒", "イヅツ", "Izutsu"),
]
_GIVEN_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"), ("葵", "アオイ", "Aoi"),
    ("凛", "リン", "Rin"), ("真央", "マオ", "Mao"), ("彩花", "アヤカ", "Ayaka"), ("莉子", "リコ", "Riko"),
    ("千尋", "チヒロ", "Chihiro"), ("紗季", "サキ", "Saki"), ("朋美", "トモミ", "Tomomi"),
    ("恵理子", "エリコ", "Eriko"), ("澪", "ミオ", "Mio"), ("芽衣", "メイ", "Mei"), ("杏奈", "アンナ", "Anna"),
    ("小春", "コハル", "Koharu"), ("詩織", "シオリ", "Shiori"), ("由紀子", "ユキコ", "Yukiko"),
]
_GIVEN_M = [
    ("蓮", "レン", "Ren"), ("大翔", "ヒロト", "Hiroto"), ("湊", "ミナト", "Minato"), ("颯太", "ソウタ", "Sota"),
    ("健吾", "ケンゴ", "Kengo"), ("隆之", "タカユキ", "Takayuki"), ("翔", "ショウ", "Sho"),
    ("悠真", "ユウマ", "Yuma"), ("拓海", "タクミ", "Takumi"), ("和也", "カズヤ", "Kazuya"),
    ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"), ("樹", "イツキ", "Itsuki"),
    ("陽翔", "ハルト", "Haruto"), ("正樹", "マサキ", "Masaki"), ("光太郎", "コウタロウ", "Kotaro"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "gmail.com"]
_TOWNS = [
    ("154-0021", "東京都世田谷区豪徳寺"), ("211-0025", "神奈川県川崎市中原区木月"),
    ("330-0061", "埼玉県さいたま市浦和区常盤"), ("273-0005", "千葉県船橋市本町"),
    ("177-0041", "東京都練馬区石神井町"), ("166-0001", "東京都杉並区阿佐谷北"),
    ("223-0061", "神奈川県横浜市港北区日吉"), ("146-0082", "東京都大田区池上"),
    ("272-0021", "千葉県市川市八幡"), ("333-0848", "埼玉県川口市芝下"),
    ("182-0022", "東京都調布市国領町"), ("134-0088", "東京都江戸川区西葛西"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("252-0303", "神奈川県相模原市南区相模大野"),
    ("359-1111", "埼玉県所沢市緑町"), ("120-0034", "東京都足立区千住"),
    ("206-0033", "東京都多摩市落合"), ("251-0052", "神奈川県藤沢市藤沢"),
]
_BUILDINGS = ["", "", "", " コーポ若葉201", " メゾン桜台302", " パークハイツ1105", " グリーンヒル103",
              " サンライズ壱番館405", " ハイム松風2F"]
_BANKS = [("みどり銀行", "0397"), ("東都銀行", "0521"), ("北辰銀行", "0538"),
          ("さくら台信用金庫", "1392"), ("東湾銀行", "0614"), ("武州中央銀行", "0577")]
_BRANCHES = [("渋谷支店", "101"), ("新宿西口支店", "215"), ("大宮支店", "312"),
             ("横浜駅前支店", "408"), ("吉祥寺支店", "127"), ("船橋支店", "530"),
             ("川崎支店", "421"), ("立川支店", "163")]


def _phone() -> str:
    return f"{_rng.choice(['090', '080', '070'])}-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}"


def _person(sur, sex=None, minor=False, years=(1972, 2005)) -> dict:
    r = _rng
    sex = sex or r.choice("FM")
    giv = r.choice(_GIVEN_F if sex == "F" else _GIVEN_M)
    y = r.randint(2011, 2020) if minor else r.randint(*years)
    mo, d = r.randint(1, 12), r.randint(1, 28)
    age = 2026 - y - (1 if (mo, d) > (10, 1) else 0)
    if minor:
        height = 95 + 6 * max(age - 3, 0) + r.randint(-4, 4)
    else:
        height = r.randint(155, 174) if sex == "F" else r.randint(166, 186)
    zip_, town = r.choice(_TOWNS)
    addr = f"{town}{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}{r.choice(_BUILDINGS)}"
    sep = r.choice([".", "_", "", "-"])
    email = f"{giv[2].lower()}{sep}{sur[2].lower()}{r.randint(1, 99)}@{r.choice(_FREEMAIL)}"
    bank, bcode = r.choice(_BANKS)
    branch, brcode = r.choice(_BRANCHES)
    return {
        "name": f"{sur[0]} {giv[0]}", "kana": f"{sur[1]} {giv[1]}", "romaji": f"{giv[2]} {sur[2]}",
        "ROMAJI": f"{sur[2].upper()} {giv[2].upper()}", "sur": sur[0], "giv": giv[0],
        "sex": sex, "y": y, "m": mo, "d": d, "age": age, "height": height,
        "phone": _phone(), "email": email, "zip": zip_, "addr": addr,
        "bank": bank, "bcode": bcode, "branch": branch, "brcode": brcode,
        "acct": f"{r.randint(1000000, 9999999)}",
    }


def _people(n, **kw) -> list[dict]:
    return [_person(s, **kw) for s in _rng.sample(_SURNAMES, n)]


def _cast(spec) -> list[dict]:
    """One invented person per (sex, kind) role: kind is adult, old or child."""
    out = []
    for sur, (sex, kind) in zip(_rng.sample(_SURNAMES, len(spec)), spec):
        if kind == "child":
            out.append(_person(sur, sex=sex, minor=True))
        elif kind == "old":
            out.append(_person(sur, sex=sex, years=(1944, 1960)))
        else:
            out.append(_person(sur, sex=sex, years=(1976, 1998)))
    return out


_ZEN = str.maketrans("0123456789-().:/", "０１２３４５６７８９－（）．：／")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, ab, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, ab, n = "平成", "H", y - 1988
    else:
        era, ab, n = "昭和", "S", y - 1925
    if style == "abbr":
        return f"{ab}{n}.{m}.{d}"
    return f"{era}{'元' if n == 1 else n}年{m}月{d}日"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _table(rows, gap: int = 2, rule: str = "-") -> str:
    """Columns padded with spaces the way people line up a plain-text table."""
    widths = [max(_w(str(r[i])) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    out = []
    for k, row in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(str(c))) for i, c in enumerate(row)]
        out.append((" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def _corp(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    digits = [int(c) for c in base12]
    total = sum(digits[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def _spaced(num: str) -> str:
    return f"{num[:4]} {num[4:8]} {num[8:]}"


# -- the company's own people ------------------------------------------------------------

D = "hinode-sangyo.co.jp"
OKABE = f"岡部 真理子 <okabe.m@{D}>"
SUGIURA = f"杉浦 恭平 <sugiura.k@{D}>"
MIZUNO = f"水野 遼 <mizuno.r@{D}>"
SAKAKI = f"榊原 典子 <sakakibara.n@{D}>"
OKOCHI = f"大河内 聡 <okochi.s@{D}>"
TSUCHIYA = f"土屋 ひかる <tsuchiya.h@{D}>"
ASO = f"Ken Aso <aso.k@{D}>"
AKIYOSHI = f"秋吉 彩 <akiyoshi.a@{D}>"
HIRATSUKA = f"平塚 修一 <hiratsuka.s@{D}>"

SIG_OKABE = """
――――――――――――――――――――
日の出産業株式会社　映像制作部 キャスティング課
岡部 真理子（おかべ まりこ）
〒135-0061 東京都江東区豊洲三丁目2番20号 豊洲フロントビル9F
TEL 03-5534-7712 / FAX 03-5534-7790
okabe.m@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_SUGIURA = """
--
日の出産業株式会社
映像制作部 キャスティング課 課長
杉浦 恭平  Kyohei Sugiura
TEL: 03-5534-7711  Mobile: 080-4417-2286
https://www.hinode-sangyo.co.jp/"""

SIG_MIZUNO = """
********************************
日の出産業（株）映像制作部 制作進行
水野 遼
〒135-0061 東京都江東区豊洲3-2-20 豊洲フロントビル9F
TEL 03-5534-7720 ／ 携帯 070-3318-5562
Mail mizuno.r@hinode-sangyo.co.jp
********************************"""

SIG_SAKAKI = """
━━━━━━━━━━━━━━━━━━
日の出産業株式会社 映像制作部
プロデューサー　榊原 典子
TEL 03-5534-7700（代表）
━━━━━━━━━━━━━━━━━━"""

SIG_OKOCHI = """
----------------------------------------
日の出産業株式会社 経理部 出納課
大河内 聡（Okochi Satoshi）
TEL 03-5534-7101（直通）内線 2204
----------------------------------------"""

SIG_TSUCHIYA = """
-----
映像制作部 AD 土屋ひかる
日の出産業株式会社 / 03-5534-7720"""

SIG_ASO = """
Best regards,

Ken Aso
International Production Coordinator
Hinode Sangyo Co., Ltd. — Film & Advertising Production
3-2-20 Toyosu, Koto-ku, Tokyo 135-0061, Japan
Tel: +81-3-5534-7725"""

SIG_AKIYOSHI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
映像制作部 キャスティング課 アシスタント
秋吉 彩（あきよし あや）
TEL 03-5534-7713
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HIRATSUKA = """
===================================
日の出産業株式会社 総務部 法務グループ
平塚 修一
TEL 03-5534-7050
==================================="""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者にご連絡の上、
本メールを削除していただきますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""


# == 001 ================================================================================
_p = _people(8, sex="F", years=(1992, 2005))
_rows = [["受付No", "氏名", "フリガナ", "年齢", "身長", "携帯"]] + [
    [f"A-{i + 1:02d}", p["name"], p["kana"], str(p["age"]), f"{p['height']}cm", p["phone"]]
    for i, p in enumerate(_p)]
_add(
    sender=AKIYOSHI,
    to=["みなとスタジオ 受付 <front@minato-studio.co.jp>"],
    subject="10/14 第2スタジオ オーディション参加者の件",
    charset="iso-2022-jp",
    body=f"""みなとスタジオ
受付ご担当者様

いつもお世話になっております。
日の出産業の秋吉です。

10月14日（水）13時から第2スタジオでお借りしているオーディションですが、
参加者の方が直接受付にいらっしゃいますので、入館の際の照合用に一覧をお送りします。
遅刻・道に迷った等の連絡が入った場合は、お手数ですがご本人に直接お電話いただけますと助かります。

{_table(_rows)}

以上8名です。お名前を伝えられたら2階控室へご案内ください。
どうぞよろしくお願いいたします。
{SIG_AKIYOSHI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="eight applicants with names, ages and mobile numbers sent to an external studio: a list of people",
)

# == 002 ================================================================================
_add(
    sender=MIZUNO,
    to=["石黒 様 <ishiguro@star-pro.co.jp>"],
    cc=[f"岡部 真理子 <okabe.m@{D}>"],
    subject="【日程変更】海野化粧品 秋冬CM 本番日 10/21→10/23",
    charset="iso-2022-jp",
    body=f"""株式会社スタープロモーション
石黒様

お世話になっております。日の出産業 制作進行の水野です。

先日ご確定いただきました海野化粧品 秋冬CMの本番日ですが、
クライアント側の商品パッケージ修正の関係で、下記のとおり変更させていただきたく存じます。

　変更前：10月21日（水）終日
　変更後：10月23日（金）終日（予備日 10月26日（月））

集合時間・場所（みなとスタジオ 第1スタジオ、7:30入り）は変更ございません。
衣装合わせの日程（10/19）もそのままです。

急なご連絡となり大変申し訳ございません。
所属の皆様のスケジュールをご確認のうえ、明日中にお返事いただけますと幸いです。
{SIG_MIZUNO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary scheduling mail to one talent agency, no personal data",
)

# == 003 ================================================================================
_p = _people(24, years=(1958, 2004))
_sheet = [["エキストラ登録者一覧（2026年度 秋期 更新分）", "", "", "", "", "", ""],
          ["氏名", "フリガナ", "性別", "生年月日", "住所", "携帯電話", "メール"]]
for p in _p:
    _sheet.append([p["name"], p["kana"], "女" if p["sex"] == "F" else "男",
                   f"{p['y']}/{p['m']:02d}/{p['d']:02d}", p["addr"], p["phone"], p["email"]])
_add(
    sender=OKABE,
    to=["中津 様 <nakatsu@tokyo-extra.jp>"],
    subject="登録者リスト共有（11月ロケ分のシフト調整用）",
    charset="utf-8",
    body=f"""東京エキストラセンター
中津様

お世話になっております。日の出産業の岡部です。

11月の北国フーズ様ロケ（3日間）のエキストラ手配について、
弊社で直接登録いただいている方の最新リストを添付いたします。
御社ご登録の方と重複がないかご確認のうえ、シフト案を作成いただけますでしょうか。

年齢層は40〜60代中心でお願いしたいので、生年月日の列でフィルタしていただければと思います。

よろしくお願いいたします。
{SIG_OKABE}""",
    attachments=[{"kind": "xlsx", "name": "extra_touroku_2026aki.xlsx",
                  "sheets": {"登録者": _sheet, "更新履歴": [["更新日", "内容"], ["2026/09/30", "秋期募集分 追加"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="spreadsheet of 24 registered extras with birth dates, addresses, phones and e-mail to an external agency",
)

# == 004 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["菊屋弁当 ご注文係 <order@bento-kikuya.co.jp>"],
    subject="ロケ弁ご注文（10/23 豊洲・みなとスタジオ）",
    charset="cp932",
    body=f"""菊屋弁当 ご注文係様

いつもお世話になっております。日の出産業 映像制作部の土屋です。
下記のとおりロケ弁の注文をお願いいたします。

■お届け日時　10月23日（金）昼 11:30着／夕 17:30着
■お届け先　　みなとスタジオ 第1スタジオ 搬入口（江東区豊洲6丁目）
■内容
　・昼　特製幕の内（No.12）×38　／　ベジタリアン弁当（No.31）×3
　・夕　唐揚げ弁当（No.05）×25　／　鮭のり弁（No.08）×16
　・お茶（500ml）×90
■アレルギー対応
　・卵不使用のもの 昼夕とも 2食ずつ（別包装でお名前シール不要です）
■お支払い　いつもどおり月末締めの請求書払いでお願いします。

現場の受け取りは制作部のスタッフが対応します。
ご不明点あれば土屋の携帯ではなく、制作部代表（03-5534-7720）までご連絡ください。
{SIG_TSUCHIYA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="catering order with counts and an allergy count not tied to anyone: business mail",
)

# == 005 ================================================================================
_p = _people(12, years=(1960, 2005))
_rows = [["データ区分", "銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額", "EDI情報"]]
for p in _p:
    _rows.append(["2", p["bcode"], p["brcode"], "1", p["acct"],
                  p["kana"].replace(" ", "　"), str(_rng.choice([8000, 10000, 12000, 15000, 20000])),
                  "ｴｷｽﾄﾗ ｼｬﾚｲ"])
_rows.append(["8", "", "", "", "", "", "", ""])
_add(
    sender=OKOCHI,
    to=["みどり銀行 法人サポートデスク <houjin-support@midori-ginko.co.jp>"],
    subject="総合振込ファイルのアップロードエラーについて（お客様番号 H-2281907）",
    charset="iso-2022-jp",
    body=f"""みどり銀行
法人サポートデスク御中

いつもお世話になっております。
日の出産業株式会社 経理部の大河内と申します（お客様番号 H-2281907）。

本日、法人インターネットバンキングで総合振込ファイルをアップロードしたところ
「E0213 レコード形式が不正です」と表示され、登録ができませんでした。
撮影に参加いただいたエキストラの方への謝礼振込で、10月15日付で実行したいものです。

どの行が悪いのか当方では判断がつきませんので、該当ファイルを添付いたします。
お手数ですが原因をご確認いただけますでしょうか。
{SIG_OKOCHI}""",
    attachments=[{"kind": "csv", "name": "sogo_furikomi_1015.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="bulk-transfer CSV of twelve extras' bank accounts and names sent to the bank's help desk",
)

# == 006 ================================================================================
_p = _person(("蓮見", "ハスミ", "Hasumi"), sex="F", years=(1996, 2000))
_add(
    sender=OKABE,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    subject="Re: 追加候補のご提案（スキンケアライン Web動画）",
    charset="utf-8",
    body=f"""海野化粧品株式会社
宣伝部 三好様

お世話になっております。日の出産業の岡部です。

昨日のお打ち合わせでお話しのあった「もう少し落ち着いた雰囲気の方」の件で、
1名追加でご提案させていただきます。宣材写真を添付いたしました。

　{_p['name']}（{_p['kana']}）
　{_p['age']}歳／{_p['height']}cm／B80 W59 H85／靴 23.5cm
　所属：モデル工房
　主な出演：飲料メーカーWeb CM、アパレルカタログ（2025〜）

肌の質感を見たいとのことでしたので、ノーメイクに近い写真もお願いしております。
届き次第お送りします。

ご検討のほど、よろしくお願いいたします。

> 三好です。本日はありがとうございました。
> 候補の皆さんとても良かったのですが、もう少し落ち着いた雰囲気の方がいれば
> 追加で見てみたいです。来週水曜までにお願いできますか。
{SIG_OKABE}""",
    attachments=[{"kind": "png", "name": "hasumi_profile_01.png"},
                 {"kind": "png", "name": "hasumi_profile_02.png"}],
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="one model's profile (age, height, sizes) proposed to the client: one person's record",
)

# == 007 ================================================================================
_p = _people(7, years=(1975, 2003))
_sheet = [["2026年分 報酬、料金、契約金及び賞金の支払調書 作成用データ", "", "", "", "", ""],
          ["No", "氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
for i, p in enumerate(_p):
    amt = _rng.choice([180000, 240000, 320000, 450000, 610000, 880000])
    _sheet.append([i + 1, p["name"], f"〒{p['zip']} {p['addr']}", my_number(SEED + 1 + i),
                   amt, int(amt * 0.1021)])
_add(
    sender=OKOCHI,
    to=["宮坂 様 <miyasaka@yamabuki-tax.jp>"],
    subject="支払調書作成データ（モデル報酬分）送付の件",
    charset="utf-8",
    body=f"""山吹税理士事務所
宮坂様

いつも大変お世話になっております。日の出産業 経理部の大河内です。

ご依頼いただいておりました、映像制作部で今年お支払いしたモデル報酬（個人契約分）の
支払調書作成用データを添付にてお送りいたします。
7名分、個人番号まで記入済みです。

代理店経由で支払っている方は含めておりません。
ご確認のほどよろしくお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{"kind": "xlsx", "name": "shiharai_chosho_model_2026.xlsx",
                  "sheets": {"支払調書データ": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="My Numbers and addresses of seven models sent to the outside tax accountant",
)

# == 008 ================================================================================
_p = _people(3, years=(1980, 2001))
_add(
    sender=AKIYOSHI,
    to=[OKOCHI],
    cc=[OKABE],
    subject="RE: 個人番号の回収状況について",
    charset="iso-2022-jp",
    body=f"""大河内さん

お疲れ様です、秋吉です。
未回収だった3名分、本人確認書類とあわせて回収できました。
原本は施錠キャビネットに入れてあります。番号は以下のとおりです。

{_p[0]['name']}　{_spaced(my_number(SEED + 20))}
{_p[1]['name']}　{_spaced(my_number(SEED + 21))}
{_p[2]['name']}　{_spaced(my_number(SEED + 22))}

これで今年の個人契約モデルは全員そろったはずです。
よろしくお願いします。

-----Original Message-----
From: 大河内 聡
Sent: Tuesday, October 6, 2026 10:12 AM
To: 秋吉 彩
Subject: 個人番号の回収状況について

秋吉さん
支払調書の準備を始めたいので、未回収の個人番号があれば今週中にお願いします。
{SIG_AKIYOSHI}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers of three models, but every recipient is internal",
)

# == 009 ================================================================================
_p = _people(3, years=(1985, 2002))
_rows = [["区分", "氏名（ローマ字）", "旅券番号", "有効期限", "生年月日", "性別"]]
for i, p in enumerate(_p):
    _rows.append(["出演" if i < 2 else "スタッフ", p["ROMAJI"],
                  f"T{_rng.choice('KRSZ')}{_rng.randint(1000000, 9999999)}",
                  f"20{_rng.randint(28, 35)}/{_rng.randint(1, 12):02d}/{_rng.randint(1, 28):02d}",
                  f"{p['y']}/{p['m']:02d}/{p['d']:02d}", "F" if p["sex"] == "F" else "M"])
_add(
    sender=MIZUNO,
    to=["古川 様 <furukawa@tabi-plus.co.jp>"],
    subject="ハワイロケ 航空券・ESTA手配　渡航者情報",
    charset="cp932",
    body=f"""株式会社旅プラス 法人営業部
古川様

お世話になっております。日の出産業の水野です。
先日お見積りいただいたハワイロケ（11/16〜11/21）の件、正式に発注させていただきます。

追加分の渡航者3名の情報をお送りします。航空券の発券とESTA申請の代行をお願いいたします。

{_table(_rows)}

※旅券の記載どおりのローマ字表記です。
※出演2名はビジネスクラス、スタッフはエコノミーでお願いします。

本体スタッフ10名分は先週お送りした内容から変更ありません。
{SIG_MIZUNO}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport numbers and birth dates of three travellers sent to a travel agency: identity document numbers",
)

# == 010 ================================================================================
_loc = [["ロケ候補地リスト（海野化粧品 秋冬CM 屋外カット）", "", "", "", ""],
        ["No", "施設名", "所在地", "代表電話", "備考"],
        [1, "葉山マリーナテラス", "神奈川県三浦郡葉山町堀内12-3", "046-875-2210", "平日のみ撮影可・要事前申請"],
        [2, "旧白鷺邸（洋館）", "東京都目黒区青葉台4-11-8", "03-3463-0917", "内観可、午前中は逆光"],
        [3, "みなと海浜公園 西エリア", "千葉県千葉市美浜区高浜7-2", "043-277-5104", "公園管理事務所に許可申請"],
        [4, "カフェ・ド・リュンヌ 代官山店", "東京都渋谷区猿楽町18-6", "03-5489-3372", "定休日（火）貸切可"],
        [5, "秩父ミューズの森 キャンプ場", "埼玉県秩父市大滝4410", "0494-55-0231", "移動2時間、ロケバス必須"],
        [6, "ホテルさくら 横浜ベイ ロビー", "神奈川県横浜市中区海岸通1-1", "045-211-8800", "さくらホテル様経由で交渉中"]]
_add(
    sender=SAKAKI,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    subject="屋外カットのロケ候補地について",
    charset="utf-8",
    body=f"""三好様

いつもお世話になっております。日の出産業の榊原です。
屋外カットのロケ候補地を6か所に絞りましたので、一覧をお送りします。
写真は別途ギガファイル便でお送りします。

個人的には2番の洋館が世界観に合うと考えておりますが、
天候リスクを考えると4番のカフェを雨天時の予備としておくのが安心です。

来週のPPMでご相談させてください。
{SIG_SAKAKI}""",
    attachments=[{"kind": "xlsx", "name": "location_kouho_v2.xlsx", "sheets": {"候補地": _loc}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of location facilities with their switchboard numbers: businesses, not people",
)

# == 011 ================================================================================
_add(
    sender=HIRATSUKA,
    to=["海野化粧品 コンプライアンス推進室 <compliance@umino-cosme.co.jp>"],
    cc=[OKABE],
    subject="出演者の就労資格確認について（秋冬CM）",
    charset="iso-2022-jp",
    body=f"""海野化粧品株式会社
コンプライアンス推進室 御中

いつもお世話になっております。
日の出産業株式会社 総務部法務グループの平塚でございます。

秋冬CMにご出演いただく外国籍モデルにつき、御社取引基準に基づく就労資格の確認を
求められておりましたので、在留カードの記載事項をご報告いたします。

　氏名　　　　：ANDERSSON, Freja Linnea
　国籍・地域　：スウェーデン
　在留カード番号：RK{_rng.randint(10000000, 99999999)}EA
　在留資格　　：興行
　在留期間（満了日）：2027年03月18日
　就労制限の有無：在留資格に基づく就労活動のみ可

カードの写しは、契約締結時に弊社で確認・保管しております。
その他必要な書類がございましたらお申し付けください。
{SIG_HIRATSUKA}
{DISCLAIMER_JA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a foreign model's residence card number sent to the client: an identity document number",
)

# == 012 ================================================================================
_add(
    sender=SUGIURA,
    to=["藤代 様 <fujishiro@koukoku-plan.co.jp>"],
    subject="キッズ案件でお付き合いのある事務所一覧",
    charset="utf-8",
    body=f"""コウコクプラン 藤代様

お世話になっております。日の出産業の杉浦です。
先日お尋ねのあった、子役・キッズモデルで弊社が継続的にお付き合いしている事務所です。
各社とも窓口の方に弊社名を出していただければ話が早いと思います。

・えがおキッズプロダクション（東京都渋谷区）　代表 03-6418-2250　窓口：吉持さん
・劇団こまどり（東京都中野区）　代表 03-3381-7704　窓口：制作部 浅岡さん
・スタープロモーション キッズ部門（東京都港区）　代表 03-5771-3090　窓口：石黒さん
・ひかりタレント（大阪市北区・東京営業所あり）　東京 03-6709-1188　窓口：森永さん
・ポップコーン児童劇団（横浜市西区）　代表 045-620-5513　窓口：宍戸さん

オーディションを組む場合は、弊社でまとめて声がけすることも可能です。
{SIG_SUGIURA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of agencies with switchboards and a named contact each: businesses, not people",
)

# == 013 ================================================================================
_c = _person(("井筒", "イヅツ", "Izutsu"), sex="M", minor=True)
_g = _person(("井筒", "イヅツ", "Izutsu"), sex="F", years=(1982, 1990))
_add(
    sender=OKABE,
    to=["堀之内 様 <horinouchi@cinq-film.co.jp>"],
    subject="子役出演 保護者同意書（井筒くん）共有",
    charset="utf-8",
    body=f"""サンク・フィルム
堀之内様

お世話になっております。日の出産業の岡部です。
北国フーズ様「おうちごはん」篇に出演する子役の井筒くんの保護者同意書を、
お母様からいただきましたので共有いたします（書面の内容をWordに起こしたものです）。

健康面の記載欄に重要な内容がありますので、現場の食べ物の扱いについて
御社の制作部の皆さんにもご周知いただけますと助かります。
{SIG_OKABE}""",
    attachments=[{"kind": "docx", "name": "hogosha_doui_izutsu.docx",
                  "title": "出演に関する保護者同意書",
                  "paragraphs": [
                      "出演に関する保護者同意書",
                      "日の出産業株式会社 御中",
                      "私は、下記の未成年者が貴社の制作するCM撮影に出演することに同意します。",
                      "撮影日：2026年11月7日（土）　場所：みなとスタジオ",
                  ],
                  "tables": [[
                      ["出演者氏名", f"{_c['name']}（{_c['kana']}）"],
                      ["生年月日", f"{_c['y']}年{_c['m']}月{_c['d']}日（{_c['age']}歳）"],
                      ["保護者氏名", f"{_g['name']}（続柄：母）"],
                      ["住所", f"〒{_g['zip']} {_g['addr']}"],
                      ["緊急連絡先", _g["phone"]],
                      ["健康上の留意点",
                       "小麦アレルギー（3歳時にアナフィラキシーの既往あり）。エピペンを持参します。"
                       "撮影で使用するパン・麺類は口に入れないようお願いします。"],
                      ["署名", f"{_g['name']}　2026年10月2日"],
                  ]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a child's allergy with anaphylaxis history (medical history) on a consent form sent outside",
)

# == 014 ================================================================================
_add(
    sender=SUGIURA,
    to=[SAKAKI, OKABE],
    subject="百瀬さんの件（アクションカット）",
    charset="iso-2022-jp",
    body=f"""榊原さん、岡部さん

杉浦です。先ほど事務所のマネージャーから電話があり、
百瀬 湊さんが9月から腰椎椎間板ヘルニアで整形外科に通院中とのこと。
日常の動きは問題ないが、走る・跳ぶ系は医師から止められているそうです。

北国フーズのアクションカット（自転車で坂を駆け上がるところ）は吹替えで組み直す方向で、
明日の制作会議で相談させてください。クライアントにはまだ伝えていません。
{SIG_SUGIURA}""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a cast member's diagnosis discussed among internal staff only",
)

# == 015 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["高森 様 <takamori@medic-support.jp>"],
    subject="11/7 現場看護師ご派遣の件　事前共有",
    charset="cp932",
    body=f"""メディックサポート
看護師 高森様

日の出産業 映像制作部の土屋です。11月7日の現場へのご派遣ありがとうございます。

事前に共有させていただきたいことがございます。
当日エキストラで参加される真壁朋美さん（42歳・女性、商店街の通行人役）は
てんかんの持病があり、現在も抗てんかん薬を服用中とのことです。
ご本人からは「強い点滅光で発作が出たことがある」と伺っており、
照明部には点滅演出を避けるよう伝えてありますが、万一の際のご対応をお願いできればと存じます。

ご本人には看護師さんへ情報共有することについて了承をいただいております。
集合は7:00、場所は青葉台市 中央商店街アーケード東口です。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named extra's epilepsy and medication (medical history) sent to an outside nurse service",
)

# == 016 ================================================================================
_add(
    sender=AKIYOSHI,
    to=[OKOCHI],
    subject="本人確認書類（10月契約分）",
    charset="utf-8",
    body="""大河内さん

お疲れ様です。秋吉です。
10月に個人契約したモデルさんの本人確認書類のスキャンをお送りします。
念のためパスワード付きにしました。パスワードはTeamsで送ります。

よろしくお願いします。
秋吉""",
    attachments=[{"kind": "zip", "name": "honnin_kakunin_202610.zip", "password": "Hn2026#oct",
                  "files": [{"kind": "pdf", "name": "kakunin_01.pdf", "lines": ["本人確認書類 写し"]},
                            {"kind": "pdf", "name": "kakunin_02.pdf", "lines": ["本人確認書類 写し"]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an encrypted ZIP, but sent only to an internal colleague",
)

# == 017 ================================================================================
_p = _cast([("M", "adult"), ("F", "adult"), ("F", "child"), ("F", "old"), (None, "adult"),
            (None, "adult"), (None, "old")])
_roles = ["父（主演）", "母", "長女", "祖母", "店員", "通行人A", "通行人B"]
_cst = [["役名", "氏名", "所属", "携帯", "入り", "メイク開始"]]
for i, (p, role) in enumerate(zip(_p, _roles)):
    _cst.append([role, p["name"], _rng.choice(["スタープロモーション", "ひかりタレント", "フリー", "モデル工房"]),
                  p["phone"], f"{7 + i // 3}:{(i * 20) % 60:02d}", f"{7 + i // 3}:{(i * 20 + 15) % 60:02d}"])
_add(
    sender=MIZUNO,
    to=["真田 様 <sanada@hm-atelier.jp>"],
    subject="【香盤】11/7 北国フーズ「おうちごはん」篇 コールシート",
    charset="utf-8",
    body=f"""ヘアメイクアトリエ
真田様

お世話になっております。日の出産業 水野です。
11/7本番のコールシートを添付します。メイク順はシートのとおりでお願いします。
出演者の到着が遅れそうな場合は、直接ご本人に確認いただいて構いません。

どうぞよろしくお願いいたします。
{SIG_MIZUNO}""",
    attachments=[{"kind": "docx", "name": "callsheet_1107_kitaguni.docx",
                  "title": "コールシート 11/7",
                  "paragraphs": ["北国フーズ TVCM「おうちごはん」篇　撮影コールシート",
                                 "日時：2026年11月7日（土）　集合 6:45　撮影開始 9:00（予定）",
                                 "場所：みなとスタジオ 第1スタジオ（江東区豊洲6丁目）",
                                 "天候：スタジオのため影響なし", "■ 出演者"],
                  "tables": [_cst,
                             [["部署", "担当", "連絡先"], ["制作進行", "水野", "070-3318-5562"],
                              ["AD", "土屋", "制作部代表 03-5534-7720"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="call sheet with seven cast members' names and mobile numbers sent to the outside hair-make company",
)

# == 018 ================================================================================
_p = _people(5, sex="F", years=(1995, 2004))
_quoted = "\n".join(
    f"> {i + 1}. {p['name']}（{p['age']}）{p['height']}cm　{p['y']}.{p['m']}.{p['d']}生　"
    f"担当マネージャー直通 {p['phone']}" for i, p in enumerate(_p))
_add(
    sender=OKABE,
    to=["坂上 様 <sakagami@model-kobo.com>"],
    subject="Re: 【モデル工房】ご提案リスト（海野化粧品様 案件）",
    charset="iso-2022-jp",
    body=f"""坂上様

早速のご提案ありがとうございます。日の出産業の岡部です。
クライアントと相談し、2番の方と5番の方で仮押さえをお願いできますでしょうか。
（{_p[1]['sur']}さん、{_p[4]['sur']}さん）
10/19の衣装合わせにお二人ともお越しいただけると助かります。

引き続きよろしくお願いいたします。

2026年10月5日(月) 17:42 坂上 <sakagami@model-kobo.com>:
> 日の出産業 岡部様
>
> お世話になっております。モデル工房の坂上です。
> ご依頼の20代後半〜30代前半女性の件、下記5名をご提案いたします。
>
{_quoted}
>
> ご検討よろしくお願いいたします。
{SIG_OKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the list of five models is only quoted back to the agency that sent it; new text names two without data",
)

# == 019 ================================================================================
_staff = _people(9, years=(1968, 2001))
_jobs = ["監督", "撮影", "撮影助手", "照明", "録音", "美術", "スタイリスト", "ヘアメイク", "ロケ車両"]
_tbl = [["担当", "氏名", "携帯", "入り"]] + [
    [j, p["name"], p["phone"], _rng.choice(["5:30", "6:00", "6:30", "7:00"])] for j, p in zip(_jobs, _staff)]
_add(
    sender=TSUCHIYA,
    to=["岩城 様 <iwaki@light-works.co.jp>"],
    subject="11/12 葉山ロケ 香盤表・スタッフ連絡先",
    charset="utf-8",
    body=f"""ライトワークス
岩城様

日の出産業の土屋です。お世話になっております。
11/12 葉山ロケの香盤表（スタッフ連絡先つき）をPDFでお送りします。
照明車の駐車位置は2ページ目の地図をご確認ください。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "pdf", "name": "koubanhyo_1112_hayama.pdf", "title": "香盤表 11/12",
                  "lines": ["海野化粧品 秋冬CM 屋外カット　香盤表（11月12日）",
                            "集合：5:30 葉山マリーナテラス 第2駐車場",
                            "日の出 6:09 ／ 撮影開始 6:20 予定", "", "■スタッフ連絡先"],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF call sheet listing nine crew members' names and personal mobiles, sent to an outside lighting company",
)

# == 020 ================================================================================
_add(
    sender=SAKAKI,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>", "藤代 様 <fujishiro@koukoku-plan.co.jp>"],
    cc=[SUGIURA],
    subject="PPM日程のご相談（秋冬CM）",
    charset="iso-2022-jp",
    body=f"""海野化粧品 三好様
コウコクプラン 藤代様

お世話になっております。日の出産業の榊原です。
秋冬CMのPPM（プリプロダクションミーティング）の日程を調整させてください。

　候補1：10月13日（火）14:00〜16:00
　候補2：10月14日（水）10:00〜12:00
　候補3：10月15日（木）16:00〜18:00

場所は海野化粧品様 本社会議室をお借りできればと思っております。
出演者の最終候補、ロケ地、衣装ラフ、香盤をご説明いたします。

ご都合のよい候補をお知らせいただけますと幸いです。
{SIG_SAKAKI}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: client and ad agency, two external organisations",
)

# == 021 ================================================================================
_add(
    sender=OKABE,
    to=["石黒 様 <ishiguro@star-pro.co.jp>", "森永 様 <morinaga@hikari-talent.jp>",
        "坂上 様 <sakagami@model-kobo.com>"],
    subject="【キャスティングのお願い】30代女性（主婦役）／11月下旬 撮影",
    charset="utf-8",
    body=f"""各事務所ご担当者様

いつもお世話になっております。日の出産業の岡部です。
下記の案件でキャスティングのご協力をお願いいたします。

■案件：食品メーカー TVCM（15秒×2タイプ）
■役柄：30代前半〜半ばの女性（小学生の子を持つ母親役）、ナチュラルな雰囲気の方
■撮影：11月24日（火）予備 11月25日（水）、都内スタジオ 1日拘束
■オーディション：11月9日（月）午後、弊社会議室
■ギャラ：事務所様へのお支払いで 1日 25万円（税別）、使用期間1年・TV／Web
■締切：10月20日（火）までに宣材と簡単なプロフィールをお送りください

NGの条件：競合食品メーカーとの契約中の方。
ご不明点は岡部までお気軽にどうぞ。
{SIG_OKABE}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three talent agencies (competitors) can see each other in To: should have been Bcc",
)

# == 022 ================================================================================
_add(
    sender=SUGIURA,
    to=[f"杉浦 恭平 <sugiura.k@{D}>"],
    bcc=["吉持 様 <yoshimochi@egao-kids.jp>", "浅岡 様 <asaoka@komadori-gekidan.jp>",
         "石黒 様 <ishiguro@star-pro.co.jp>", "森永 様 <morinaga@hikari-talent.jp>",
         "宍戸 様 <shishido@popcorn-jidou.jp>"],
    subject="[募集] 小学校低学年の男の子（CM・1日撮影）",
    charset="iso-2022-jp",
    body=f"""各位（BCCにて失礼いたします）

日の出産業 キャスティング課の杉浦です。
下記の子役キャスティングをお願いいたします。

・年齢：6〜8歳くらいの男の子（身長115〜130cm目安）
・内容：家電メーカーWeb CM、リビングで父親と遊ぶシーン（セリフなし）
・撮影：12月5日（土）、都内ハウススタジオ、拘束は最大6時間
・保護者の付き添い必須、控室あり
・締切：10月23日（金）

学校行事と重ならない土曜日設定です。よろしくお願いいたします。
{SIG_SUGIURA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the same kind of call to five agencies, but they are in Bcc: nobody can see the others",
)

# == 023 ================================================================================
_p = _people(4, sex="F", years=(1996, 2005))
_addrs = [f"{p['name']} <{p['email']}>" for p in _p]
_add(
    sender=AKIYOSHI,
    to=_addrs,
    subject="【日の出産業】二次審査のご案内",
    charset="utf-8",
    body=f"""オーディションにご応募いただいた皆様

日の出産業株式会社 映像制作部の秋吉です。
先日は一次審査（書類・動画）にご応募いただき、ありがとうございました。
厳正な審査の結果、皆様には二次審査にお進みいただくこととなりました。

■日時：10月31日（土）13:00〜（お一人30分程度、時間は個別にご連絡します）
■場所：日の出産業株式会社 9F 会議室（東京都江東区豊洲3-2-20）
■持ち物：動きやすい服装、ヒールのない靴、身分証

ご参加の可否を10月26日までにこのメールへの返信でお知らせください。
{SIG_AKIYOSHI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private applicants on free mail all in To: each sees the others' addresses",
)

# == 024 ================================================================================
_p = _person(("猪瀬", "イノセ", "Inose"), sex="F", years=(2000, 2004))
_add(
    sender=AKIYOSHI,
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="オーディション結果のご連絡（日の出産業）",
    charset="iso-2022-jp",
    body=f"""{_p['name']}様

日の出産業 映像制作部の秋吉です。
先日は二次審査にお越しいただき、ありがとうございました。

審査の結果、今回は{_p['sur']}様に「カフェ店員役」でご出演をお願いしたく、ご連絡いたしました。
撮影は11月24日（火）を予定しております。
契約条件と撮影概要を改めてお送りしますので、まずはご出演の意向をお聞かせいただけますでしょうか。

ご不明な点がございましたらお気軽にお問い合わせください。
{SIG_AKIYOSHI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private applicant on free mail told her own result: one free-mail recipient",
)

# == 025 ================================================================================
_add(
    sender=MIZUNO,
    to=["北国フーズ 広報部 <koho@kitaguni-food.co.jp>"],
    subject="撮影用 商品ご提供のお願い（11/7）",
    charset="cp932",
    body=f"""北国フーズ株式会社
広報部 ご担当者様

お世話になっております。日の出産業の水野です。
11月7日の「おうちごはん」篇撮影にあたり、撮影用の商品をご提供いただけますでしょうか。

　・北海道じゃがバターコロッケ（冷凍）　6袋
　・とうもろこしの冷製スープ　　　　　　12個
　・ほたてクリームグラタン　　　　　　　8個

お届け先はみなとスタジオ（11/6 夕方着）でお願いできれば幸いです。
パッケージは最新版（9月リニューアル後）でお願いいたします。
{SIG_MIZUNO}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp is a look-alike of partner kitaguni-foods.co.jp (letter dropped)",
)

# == 026 ================================================================================
_p = _person(("鶴岡", "ツルオカ", "Tsuruoka"), sex="F", years=(1990, 1998))
_add(
    sender=OKOCHI,
    to=[f"{_p['name']} <{_p['email']}>"],
    cc=[OKABE],
    subject="出演料お振込のご案内",
    charset="utf-8",
    body=f"""{_p['name']}様

いつもお世話になっております。
日の出産業株式会社 経理部の大河内でございます。

先日の海野化粧品 Web動画へのご出演料につき、下記のとおりお振込いたします。
お振込先にお間違いがないか、ご確認をお願いいたします。

　お支払額　　：165,000円（税込）から源泉徴収税 15,315円を差し引いた 149,685円
　お振込予定日：2026年10月30日（金）
　お振込先　　：{_p['bank']} {_p['branch']} 普通 {_p['acct']}
　口座名義　　：{_p['kana'].replace(' ', '')}

誤りがある場合は10月23日までにご返信ください。
{SIG_OKOCHI}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["freemail_recipient", "personal_data"],
    note="one model's own bank account sent back to her for confirmation: one person's record, may warn",
)

# == 027 ================================================================================
_p = _people(3, years=(1975, 2000))
_add(
    sender=TSUCHIYA,
    to=["さくらホテル 横浜ベイ 予約課 <reserve-yokohama@sakura-hotel.co.jp>"],
    subject="宿泊者名簿（11/11泊 日の出産業 3室）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 横浜ベイ
予約課 ご担当者様

お世話になっております。日の出産業の土屋です。
予約番号 SY-260911-42 の宿泊者名をお知らせします。

　1室目：{_p[0]['name']}様（出演者）　携帯 {_p[0]['phone']}
　2室目：{_p[1]['name']}様（出演者）　携帯 {_p[1]['phone']}
　3室目：{_p[2]['name']}（弊社スタッフ）

翌朝4:30にロケバスが迎えに参りますので、朝食は不要です。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="sakura-hotel.co.jp is a look-alike (other TLD) of partner sakura-hotel.jp",
)

# == 028 ================================================================================
_tno = "T" + _corp("010401089732")
_add(
    sender=OKOCHI,
    to=["菊池 様 <kikuchi@bento-kikuya.co.jp>"],
    subject="Re: 9月分ご請求書の件",
    charset="utf-8",
    body=f"""菊屋弁当 菊池様

お世話になっております。日の出産業 経理部の大河内です。
9月分のご請求書（請求番号 KB-2609-0173、ご請求額 412,830円）を受領いたしました。

1点確認させてください。
今回から請求書の登録番号が「{_tno}」に変わっていますが、
国税庁の公表サイトでは従来の番号と商号が一致しています。社名変更等はございましたか。
問題なければ、10月末日に下記口座へお振込いたします。

　みどり銀行 豊洲支店 当座 0412235　株式会社菊屋弁当

よろしくお願いいたします。
{SIG_OKOCHI}

> 日の出産業株式会社 経理部 御中
> 9月分のご請求書をお送りします。ご査収ください。
> 株式会社菊屋弁当 菊池""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a caterer's invoice number, T-number and company bank account: business data only",
)

# == 029 ================================================================================
_add(
    sender=SUGIURA,
    to=["岡部 真理子 <okabe.m@hinode-sangyou.co.jp>"],
    subject="Re: 明日のオーディション会場",
    charset="iso-2022-jp",
    body=f"""岡部さん

9F会議室AとB、両方押さえました（10:00〜18:00）。
待合はAの半分をパーテーションで仕切って使ってください。
カメラテスト用の照明は水野くんが13時に搬入します。

杉浦

> 杉浦さん
> 明日の会場、会議室Bだけだと待合が足りなさそうです。Aも取れますか？
> 岡部
{SIG_SUGIURA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="a reply meant for a colleague goes to hinode-sangyou.co.jp, a look-alike of the company's own domain",
)

# == 030 ================================================================================
_add(
    sender=HIRATSUKA,
    to=["森永 様 <morinaga@hikari-talent.jp>"],
    subject="秘密保持契約書（案）ご確認のお願い",
    charset="utf-8",
    body=f"""株式会社ひかりタレント
森永様

お世話になっております。日の出産業 総務部法務グループの平塚です。

来年春に公開予定の新商品CMは、発表前の商品情報を含むため、
所属タレントの皆様にも事前に秘密保持契約を締結いただきたいと考えております。
弊社ひな形をベースにした秘密保持契約書（案）を添付いたしますので、ご確認ください。

主な内容は、撮影内容・商品情報をCM公開日まで第三者に開示しないこと、
SNSへの撮影現場写真の投稿禁止、の2点です。
修正のご希望があれば、変更履歴でお戻しいただければ幸いです。
{SIG_HIRATSUKA}
{DISCLAIMER_JA}""",
    attachments=[{"kind": "docx", "name": "NDA_hikari_talent_draft.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社ひかりタレント（以下「乙」という。）は、"
                                 "甲が制作するCMへの乙所属タレントの出演に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する商品、撮影内容その他一切の情報をいう。",
                                 "第2条（秘密保持）乙は、秘密情報を第三者に開示または漏えいしてはならない。",
                                 "第3条（有効期間）本契約の有効期間は、締結日から2年間とする。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a mail about an NDA with its draft attached and the standard disclaimer: no marking, no personal data",
)

# == 031 ================================================================================
_add(
    sender=MIZUNO,
    to=["青葉運輸 貸切バス営業所 <kashikiri@a0ba-unyu.co.jp>"],
    subject="ロケバス（マイクロ）2台 手配のお願い 11/12",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
貸切バス営業所 ご担当者様

いつもお世話になっております。日の出産業 制作進行の水野です。
11月12日（木）の葉山ロケにつき、ロケバスの手配をお願いいたします。

　車種：マイクロバス（28人乗り）×2台
　配車：4:30 日の出産業 本社前（江東区豊洲3-2-20）
　　　　4:50 さくらホテル 横浜ベイ 正面玄関
　行先：葉山マリーナテラス 第2駐車場
　帰着：19:00頃 同ルートで戻り

前回（9月）と同じ運転手さんだとありがたいです。
お見積りと配車確認書をお送りいただけますでしょうか。
{SIG_MIZUNO}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="a0ba-unyu.co.jp (zero for o) is a homoglyph look-alike of partner aoba-unyu.co.jp",
)

# == 032 ================================================================================
_add(
    sender=ASO,
    to=["Olivia Grant <olivia@bluewave-models.com>"],
    subject="Tokyo shoot - revised schedule for Mia",
    charset="utf-8",
    body=f"""Hi Olivia,

Thanks for your quick reply yesterday. Here is the revised schedule for Mia's trip to Tokyo:

  Nov 15 (Sun)  Arrival at Haneda, NH 880 — our driver will meet her at the arrivals hall
  Nov 16 (Mon)  Fitting at our office, 2pm-4pm
  Nov 17 (Tue)  Shoot day 1 — studio, call time 7:30am
  Nov 18 (Wed)  Shoot day 2 — Hayama beach (weather permitting; backup Nov 19)
  Nov 20 (Fri)  Departure, NH 879

The hotel is booked for 5 nights (Nov 15-20). Per diem will be paid in cash on arrival,
as agreed in the booking confirmation.

Let me know if anything needs to change.
{SIG_ASO}
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English scheduling mail to a foreign agency with the standard disclaimer: ordinary business",
)

# == 033 ================================================================================
_add(
    sender=OKABE,
    to=["石黒 様 <ishiguro@star-pro.co.jp>"],
    subject="絵コンテ送付（衣装合わせ前にご確認ください）",
    charset="utf-8",
    body=f"""スタープロモーション 石黒様

お世話になっております。日の出産業の岡部です。
10/19の衣装合わせの前に、出演者の方に動きをイメージしていただきたく、
絵コンテ（最新版 v3）をお送りします。
公開前の商品デザインが含まれておりますので、取扱いにはご注意ください。
{SIG_OKABE}""",
    attachments=[{"kind": "pdf", "name": "ekonte_umino_v3.pdf", "title": "絵コンテ v3",
                  "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 映像制作部 — 社外秘・複製禁止",
                  "lines": ["海野化粧品 秋冬CM「ひかりを纏う」篇　絵コンテ v3",
                            "C1 朝の窓辺。女性（30代）がカーテンを開ける。逆光。",
                            "C2 洗面台。新ボトル（ゴールド）を手に取るアップ。",
                            "C3 頬に手をあてる。肌の質感を寄りで。",
                            "C4 外出。葉山の海沿いを歩く引きの画。",
                            "C5 商品カット＋ロゴ。NA「ひかりを纏う。」"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the storyboard PDF carries a 社外秘 stamp in its header and footer and goes to an agency",
)

# == 034 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["衣装レンタル ドレスポート <order@isho-rental.co.jp>"],
    subject="レンタル注文（注文番号 DP-58213）追加のお願い",
    charset="cp932",
    body=f"""ドレスポート ご担当者様

日の出産業の土屋です。いつもありがとうございます。
注文番号 DP-58213 に以下を追加でお願いできますでしょうか。

　品番　　　　　商品名　　　　　　　　　サイズ　数量
　-----------------------------------------------------
　KW-2201-NV　　ウールロングコート 紺　　M　　　　1
　KW-2201-NV　　ウールロングコート 紺　　L　　　　1
　BL-0874-WH　　ブラウス 白 ボウタイ　　9号　　　2
　SK-3310-BE　　プリーツスカート ベージュ　9号　　2
　AC-0091　　　 パールネックレス（撮影用）　F　　　1

小道具として 市販のハンドクリーム（JAN 4901234567894）も3本お願いします。
返却は11/13 午前中の予定です。
{SIG_TSUCHIYA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="rental order with product codes, an order number and a JAN code: no personal data",
)

# == 035 ================================================================================
_add(
    sender=SAKAKI,
    to=["藤代 様 <fujishiro@koukoku-plan.co.jp>"],
    subject="【極秘】新ブランド「LUMINA」CM キャスティング方針（案）",
    charset="iso-2022-jp",
    body=f"""藤代様

お世話になっております。日の出産業の榊原です。
来春ローンチ予定の新ブランド「LUMINA」につき、キャスティング方針（案）をまとめました。
ブランド名・発売時期ともに未発表ですので、御社内でも限られた方のみでのご確認をお願いします。

1. メインは知名度より「素肌感」を重視し、新人〜中堅の女性モデルから起用
2. 30〜40代の年齢幅を持たせ、3名によるリレー形式
3. 競合他社の化粧品CM出演歴がないこと（過去3年）
4. オーディションは11月中旬、撮影は1月中旬を想定

ご意見いただけましたら、クライアント提出用に清書いたします。
{SIG_SAKAKI}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the subject classifies the mail 【極秘】 and it goes to the ad agency",
)

# == 036 ================================================================================
_add(
    sender=AKIYOSHI,
    to=["坂上 様 <sakagami@model-kobo.com>"],
    subject="衣装・宣材写真 返送のご連絡",
    charset="utf-8",
    body=f"""モデル工房 坂上様

お世話になっております。日の出産業の秋吉です。
お預かりしていた衣装とポジ写真を、本日下記にて返送いたしました。

　・ゆうパック　　　　問合せ番号 3391-8820-4476（衣装 2箱）
　・クロネコ宅急便　　伝票番号 4826-1190-5532（ポジファイル 1冊）

明日午前中の到着予定です。お受け取りのほどよろしくお願いいたします。
{SIG_AKIYOSHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers for returned costumes: no personal data",
)

# == 037 ================================================================================
_add(
    sender=ASO,
    to=["Daniel Reyes <d.reyes@northstar-talent.com>"],
    subject="Treatment deck for the January campaign",
    charset="utf-8",
    body=f"""Dear Daniel,

As discussed on our call, please find attached the treatment deck for the January campaign.
It outlines the concept, the roles we are casting for and the tentative shoot schedule,
so you can start shortlisting talent on your side.

Please note that the brand and product have not been announced yet.
{SIG_ASO}""",
    attachments=[{"kind": "pptx", "name": "LUMINA_treatment_v2.pptx",
                  "title": "LUMINA treatment v2",
                  "page_footer": "CONFIDENTIAL — Hinode Sangyo Co., Ltd.",
                  "slides": [["LUMINA — Launch Campaign Treatment", "Hinode Sangyo Film & Advertising",
                              "Draft v2 / October 2026"],
                             ["Concept", "Light you can wear", "Three women, three generations, one glow"],
                             ["Roles", "Woman A: late 20s, international look", "Woman B: 30s",
                              "Woman C: 40s"],
                             ["Schedule", "Auditions: mid-November (Tokyo / online)",
                              "Shoot: January 14-16, 2027", "On air: March 2027"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="every slide of the attached deck carries a CONFIDENTIAL footer; goes to a foreign agency",
)

# == 038 ================================================================================
_p = _people(3, years=(1970, 1995))
_add(
    sender=MIZUNO,
    to=["みなとスタジオ 受付 <front@minato-studio.co.jp>"],
    subject="10/23 立会いのお客様（3名）",
    charset="iso-2022-jp",
    body=f"""みなとスタジオ 受付様

お世話になっております。日の出産業の水野です。
10/23の第1スタジオ撮影に、クライアントの海野化粧品様から3名が立会いにいらっしゃいます。
11時頃のご到着予定です。ロビーでお待ちいただき、水野の携帯までご一報ください。

　{_p[0]['name']}様（宣伝部 部長）　{_p[0]['phone']}
　{_p[1]['name']}様（宣伝部）　　　{_p[1]['phone']}
　{_p[2]['name']}様（商品企画部）　{_p[2]['phone']}

駐車場は1台分（品川 300 あ 12-34）お願いします。
{SIG_MIZUNO}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three visitors with their mobiles: fewer than five people, may be warned",
)

# == 039 ================================================================================
_add(
    sender=OKABE,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    subject="二次オーディション 候補者資料（写真・プロフィール）",
    charset="utf-8",
    body=f"""三好様

お世話になっております。日の出産業の岡部です。
二次オーディションの候補者12名の写真とプロフィールをお送りします。
容量が大きいためZIPにまとめ、パスワードを設定しております。
パスワードは別メールにてお送りいたします。
{SIG_OKABE}""",
    attachments=[{"kind": "zip", "name": "audition2_kouhosha.zip", "password": "umino1031",
                  "files": [{"kind": "png", "name": "01_profile.png"},
                            {"kind": "png", "name": "02_profile.png"},
                            {"kind": "xlsx", "name": "kouhosha_list.xlsx",
                             "sheets": {"候補者": [["No", "氏名", "年齢", "身長"], [1, "—", "", ""]]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the client: the attachment cannot be inspected",
)

# == 040 ================================================================================
_p = _people(4, years=(1955, 1990))
_add(
    sender=TSUCHIYA,
    to=["塩谷 様 <shioya@location-navi.jp>"],
    subject="Re: 商店街ロケ 当日の店頭エキストラについて",
    charset="cp932",
    body=f"""塩谷様

土屋です。ご調整ありがとうございます。
お店の前を歩いていただく常連役のエキストラは下記4名です。
当日はアーケード東口で7時集合、私が受付をしますが、
万一私がつかまらない場合は直接ご本人へご連絡ください。

{_p[0]['name']}　{_p[0]['phone']}
{_p[1]['name']}　{_p[1]['phone']}
{_p[2]['name']}　{_p[2]['phone']}
{_p[3]['name']}　{_p[3]['phone']}

よろしくお願いいたします。

> 土屋様
> 商店会長の了承が取れました。店頭で歩く方の人数とお名前を教えてください。
> ロケーションナビ 塩谷
{SIG_TSUCHIYA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four extras with phone numbers: under the five-person threshold, may be warned",
)

# == 041 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["ロケ弁クラブ 受注センター <juchu@rokeben-club.jp>"],
    subject="11月分 発注書の送付",
    charset="iso-2022-jp",
    body=f"""ロケ弁クラブ 受注センター御中

日の出産業 映像制作部の土屋です。
11月のロケ分（4現場）の発注書をお送りします。
数量・お届け先はシートの各タブに記載しております。ご確認をお願いいたします。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "corrupt", "name": "hacchusho_2026_11.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached spreadsheet is corrupt and cannot be read",
)

# == 042 ================================================================================
_c = _person(("小鳥遊", "タカナシ", "Takanashi"), sex="F", minor=True)
_g = _person(("小鳥遊", "タカナシ", "Takanashi"), sex="M", years=(1980, 1988))
_add(
    sender=AKIYOSHI,
    to=[f"{_g['name']} <{_g['email']}>"],
    subject=f"出演同意書のご確認（{_c['giv']}さん）",
    charset="utf-8",
    body=f"""{_g['name']}様

いつもお世話になっております。日の出産業の秋吉です。
先日お電話でお伝えした、{_c['giv']}さんの出演同意書を添付いたします。
お伺いした内容で記入済みの箇所がございますので、誤りがないかご確認のうえ、
ご署名・ご捺印をいただき、同封の返信用封筒でご返送ください。

撮影日：12月5日（土）　集合 9:00　解散予定 15:00
場所：都内ハウススタジオ（詳細は追ってご連絡します）
{SIG_AKIYOSHI}""",
    attachments=[{"kind": "docx", "name": "shutsuen_douisho.docx", "title": "出演同意書",
                  "paragraphs": ["出演同意書", "日の出産業株式会社 御中",
                                 "私は、下記の者が貴社の制作する広告映像に出演することに同意いたします。"],
                  "tables": [[["出演者氏名", _c["name"]],
                              ["生年月日", _wareki(_c["y"], _c["m"], _c["d"])],
                              ["保護者氏名", _g["name"]],
                              ["住所", f"〒{_g['zip']} {_g['addr']}"],
                              ["電話", _g["phone"]],
                              ["署名・捺印", ""]]]}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["freemail_recipient", "personal_data"],
    note="a consent form with the child's and guardian's own details sent to that guardian: two people, no sensitive data",
)

# == 043 ================================================================================
_add(
    sender=HIRATSUKA,
    to=["森永 様 <morinaga@hikari-talent.jp>"],
    cc=[OKABE],
    subject="出演契約書（締結版）の送付",
    charset="utf-8",
    body=f"""株式会社ひかりタレント
森永様

お世話になっております。日の出産業 法務グループの平塚です。
双方押印済みの出演契約書をPDFでお送りします。
閲覧用パスワードは、御社との取り決めどおり別途お電話でお伝えいたします。
{SIG_HIRATSUKA}""",
    attachments=[{"kind": "pdf", "name": "shutsuen_keiyaku_signed.pdf", "password": "HkT-2026-1019",
                  "lines": ["出演契約書", "日の出産業株式会社（甲）と株式会社ひかりタレント（乙）は…"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: the attachment cannot be inspected",
)

# == 044 ================================================================================
_add(
    sender=AKIYOSHI,
    to=["オーディションナビ 掲載窓口 <keisai@audition-navi.jp>"],
    subject="募集情報掲載のお願い（日の出産業 CMエキストラ）",
    charset="utf-8",
    html="""<html><body style="font-family:sans-serif">
<p>オーディションナビ 掲載窓口 ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 映像制作部の秋吉です。<br>
下記の募集情報の掲載をお願いいたします（掲載期間：10/10〜10/25）。</p>
<h3>【CMエキストラ募集】家族で楽しむ冬の食卓</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>募集内容</th><td>食品メーカーTVCMの食卓シーン（家族役・通行人役）</td></tr>
<tr><th>対象</th><td>20〜70代の男女、親子での参加も歓迎（未成年は保護者の同意必須）</td></tr>
<tr><th>撮影日</th><td>2026年11月7日（土）7:00〜17:00（予定）</td></tr>
<tr><th>場所</th><td>東京都江東区内のスタジオ</td></tr>
<tr><th>謝礼</th><td>1日 10,000円（交通費込み）・ロケ弁あり</td></tr>
<tr><th>応募方法</th><td>応募フォームより、全身・顔写真を添えてご応募ください</td></tr>
</table>
<p>応募フォームURL：https://www.hinode-sangyo.co.jp/casting/entry/2611</p>
<p>--<br>日の出産業株式会社 映像制作部 キャスティング課<br>秋吉 彩　TEL 03-5534-7713</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only mail with a public casting call to a listing site: no personal data",
)

# == 045 ================================================================================
_p = _people(6, sex="F", years=(1993, 2003))
_fw = "\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　生年月日：{p['y']}年{p['m']}月{p['d']}日（{p['age']}歳）"
    f"\n　身長：{p['height']}cm　B{_rng.randint(78, 86)} W{_rng.randint(56, 62)} H{_rng.randint(82, 90)}"
    f"　靴{_rng.choice(['23', '23.5', '24', '24.5'])}cm\n"
    for i, p in enumerate(_p))
_add(
    sender=OKABE,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    subject="FW: 【スタープロモーション】ご提案モデル（秋冬CM）",
    charset="iso-2022-jp",
    body=f"""三好様

お世話になっております。日の出産業の岡部です。
スタープロモーションさんからの提案が届きましたので、そのまま転送いたします。
写真は追ってお送りします。気になる方がいらっしゃいましたらお知らせください。

-----Original Message-----
From: 石黒 <ishiguro@star-pro.co.jp>
Sent: Wednesday, October 7, 2026 6:05 PM
To: 岡部 真理子 <okabe.m@hinode-sangyo.co.jp>
Subject: 【スタープロモーション】ご提案モデル（秋冬CM）

日の出産業 岡部様

お世話になっております。スタープロモーションの石黒です。
ご依頼の件、弊社所属より下記6名をご提案いたします。

{_fw}
スケジュールはいずれも11月中旬まで空いております。
よろしくお願いいたします。
{SIG_OKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="forward (FW) of an agency's six model profiles with birth dates to the client: new text to its recipient",
)

# == 046 ================================================================================
_add(
    sender=SAKAKI,
    to=["藤代 様 <fujishiro@koukoku-plan.co.jp>"],
    subject="FW: 2026年度 スタジオ料金表",
    charset="utf-8",
    body=f"""藤代様

榊原です。お見積りのご参考に、みなとスタジオの料金表を転送します。
第1スタジオ（ホリゾント）で2日押さえる想定で計算しています。

---------- Forwarded message ---------
From: みなとスタジオ 営業部 <sales@minato-studio.co.jp>
Date: 2026年9月28日(月) 11:20
Subject: 2026年度 スタジオ料金表

各位
平素よりご利用いただきありがとうございます。2026年度の料金表をお送りします。

  スタジオ        広さ     基本料金(8h)   延長(1h)
  ------------------------------------------------
  第1スタジオ     180㎡    280,000円      35,000円
  第2スタジオ     90㎡     150,000円      20,000円
  第3スタジオ     45㎡     80,000円       10,000円
  メイクルーム    —        20,000円       2,500円

※料金はすべて税別です。早朝（7時前）入りは1時間あたり5,000円加算。
みなとスタジオ 営業部 03-3531-0088
{SIG_SAKAKI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forwarded studio price list: business data only",
)

# == 047 ================================================================================
_p = _people(10, years=(1950, 2005))
_inner = "\n".join(f"{i + 1:>2}  {p['name']}  {p['kana']}  {p['phone']}" for i, p in enumerate(_p))
_add(
    sender=TSUCHIYA,
    to=["塩谷 様 <shioya@location-navi.jp>"],
    subject="FW: 11/12 エキストラ確定者リスト",
    charset="utf-8",
    body=f"""塩谷様

土屋です。ロケ先の入館者名簿用に、エキストラ会社から届いた確定リストを転送します（添付のメールです）。
施設の方にお渡しいただけますでしょうか。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "eml", "name": "FW_extra_kakutei_1112.eml",
                  "message": {"sender": "中津 <nakatsu@tokyo-extra.jp>",
                              "to": [f"土屋 ひかる <tsuchiya.h@{D}>"],
                              "subject": "11/12 エキストラ確定者リスト",
                              "charset": "iso-2022-jp",
                              "body": f"""日の出産業 土屋様

お世話になっております。東京エキストラセンターの中津です。
11/12 葉山ロケの確定者10名です。当日朝の欠員連絡は弊社までお願いします。

No  氏名  フリガナ  携帯
{_inner}

東京エキストラセンター 中津"""}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an agency's mail listing ten extras with mobiles, forwarded as an attachment to a third party",
)

# == 048 ================================================================================
_add(
    sender=OKABE,
    to=["宍戸 様 <shishido@popcorn-jidou.jp>"],
    subject="Re: 絵コンテのご提供について",
    charset="iso-2022-jp",
    body=f"""宍戸様

お世話になっております。日の出産業の岡部です。
絵コンテの件、申し訳ございませんが、クライアントの社外秘資料にあたるため
事務所様へお渡しすることができません。
代わりに、当日の動きを下記のとおり文章でお伝えいたします。

・玄関から「ただいま」と走って入ってくる（セリフあり：ひと言）
・テーブルでお父さん役とおやつを食べる（実際に食べます。内容は市販のクッキー）
・最後にカメラに向かって手を振る

ご不明点はお電話でも構いません。

> 岡部様
> お子さんに事前に動きを説明したいので、絵コンテをいただくことは可能でしょうか。
> ポップコーン児童劇団 宍戸
{SIG_OKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="only mentions that the storyboard is 社外秘 and is not sent: no marked document goes out",
)

# == 049 ================================================================================
_c = _people(9, minor=True)
_csv = [["応募No", "子の氏名", "ふりがな", "生年月日", "保護者氏名", "保護者携帯", "メール"]]
for i, c in enumerate(_c):
    _csv.append([f"K{2611000 + i * 7}", c["name"], c["kana"], f"{c['y']}-{c['m']:02d}-{c['d']:02d}",
                 f"{c['sur']} {_rng.choice(_GIVEN_F)[0]}", c["phone"], c["email"]])
_add(
    sender=SUGIURA,
    to=["吉持 様 <yoshimochi@egao-kids.jp>"],
    subject="一般公募分 キッズ応募者データ（面談調整のお願い）",
    charset="utf-8",
    body=f"""えがおキッズプロダクション 吉持様

杉浦です。いつもお世話になっております。
家電メーカーWeb CMの一般公募で、書類を通過したお子さん9名のデータをお送りします。
御社所属の子と合同で面談を組みたいので、保護者の方への日程調整の連絡をお願いできますでしょうか。
（御社からご連絡が行く旨は、応募時に同意をいただいています）
{SIG_SUGIURA}""",
    attachments=[{"kind": "zip", "name": "kids_oubo_2611.zip",
                  "files": [{"kind": "csv", "name": "kids_oubo_2611.csv", "encoding": "utf-8",
                             "rows": _csv},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "書類通過者のみ。写真は別途フォルダで共有します。"}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP with a CSV of nine children's birth dates and their guardians' phones and e-mails sent to an agency",
)

# == 050 ================================================================================
_add(
    sender=MIZUNO,
    to=["中津 様 <nakatsu@tokyo-extra.jp>"],
    subject="11/7 撮影時の注意事項（エキストラの皆様へのご周知のお願い）",
    charset="cp932",
    body=f"""東京エキストラセンター 中津様

お世話になっております。日の出産業の水野です。
11/7の撮影にご参加いただくエキストラの皆様へ、以下の点をご周知いただけますでしょうか。

1. 発売前の商品が映り込むため、機密保持の観点から現場内での写真・動画撮影はご遠慮ください。
2. SNSへの投稿（撮影に参加したこと自体を含む）はCM公開日まで控えてください。
3. 白・黒・派手な柄の服は避け、落ち着いた色の普段着でお越しください。
4. 昼食はこちらで用意します。持病やアレルギーでお弁当が食べられない方は各自ご持参ください。

当日は受付で誓約書（1枚）にご署名いただきます。
{SIG_MIZUNO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions 機密保持 as a rule for the set; no marking, no personal data",
)

# == 051 ================================================================================
_p = _people(6, years=(1984, 2000))
_trs = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['age']}</td><td>{p['height']}</td>"
    f"<td>{_rng.choice(['スタープロモーション', 'モデル工房', 'ひかりタレント'])}</td>"
    f"<td>{_rng.choice(['家電量販店CM（2025）', '住宅メーカー Web', '雑誌「LEE」読者モデル', '新人', '舞台中心'])}</td></tr>"
    for i, p in enumerate(_p))
_add(
    sender=OKABE,
    to=["川崎電機 宣伝部 長尾 様 <nagao.t@kawasaki-denki.co.jp>"],
    subject="父親役・母親役 候補者のご提案",
    charset="utf-8",
    html=f"""<html><body>
<p>川崎電機株式会社<br>宣伝部 長尾様</p>
<p>いつもお世話になっております。日の出産業の岡部です。<br>
新型ロボット掃除機 Web CMの父親役・母親役の候補者をご提案いたします。<br>
宣材写真を添付しておりますので、番号と照らし合わせてご覧ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>氏名</th><th>年齢</th><th>身長(cm)</th><th>所属</th><th>主な出演</th></tr>
{_trs}
</table>
<p>11月9日のオーディションには全員参加可能です。<br>
ご希望の方に◎をつけてお戻しいただけますと幸いです。</p>
<p>日の出産業株式会社 映像制作部 キャスティング課<br>岡部 真理子<br>TEL 03-5534-7712</p>
</body></html>""",
    attachments=[{"kind": "png", "name": f"kouho_{i + 1:02d}.png"} for i in range(6)],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="HTML table of six candidates with ages, heights and careers to the client: a list of people's attributes",
)

# == 052 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["堀之内 様 <horinouchi@cinq-film.co.jp>"],
    subject="Re: ロケ弁業者のご紹介",
    charset="iso-2022-jp",
    body=f"""堀之内様

土屋です。弊社でよく使っているロケ弁業者をまとめました。
どこも前日15時までの注文で対応してもらえます。

・菊屋弁当（江東区）　TEL 03-3644-2581　定番の幕の内、30食〜配達可
・ロケ弁クラブ（品川区）　TEL 03-5718-0462　ハラール・ヴィーガン対応あり
・キッチンカー はなまる（横浜市）　TEL 045-482-7719　温かいもの、屋外ロケ向け
・森のおむすび屋（渋谷区）　TEL 03-6455-3108　朝ごはん用のおにぎりセット
・つきじ丼丸 ロケ便（中央区）　TEL 03-3541-6620　海鮮、夏場は不可

担当者名が必要でしたらお知らせください。

> 土屋さん
> ロケ弁でおすすめのところがあれば教えてください。来月のロケで使いたいです。
> サンク・フィルム 堀之内
{SIG_TSUCHIYA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of five caterers with their shop numbers: businesses, not people",
)

# == 053 ================================================================================
_p = _people(5, years=(1948, 1999))
_lines = "\n".join(
    f"・{p['kana'].replace(' ', '　')}（{p['name']}）　{_zen(_wareki(p['y'], p['m'], p['d']))}生　"
    f"{'男' if p['sex'] == 'M' else '女'}" for p in _p)
_add(
    sender=TSUCHIYA,
    to=["清水 様 <shimizu@anshin-hoken.co.jp>"],
    subject="撮影参加者の傷害保険 追加加入のお願い",
    charset="cp932",
    body=f"""あんしん保険サービス
清水様

いつもお世話になっております。日の出産業の土屋です。
１１月１２日の葉山ロケ（海辺のシーン）に参加するエキストラ５名について、
国内傷害保険（１日型）への追加加入をお願いいたします。

{_lines}

補償内容は前回（証券番号 ＡＨ－２６０８－１１９３）と同じプランでお願いします。
保険料のご請求は弊社経理宛でお願いいたします。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five extras with kana names and 和暦 birth dates in full-width digits sent to an insurance agent",
)

# == 054 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["スタイルラボ 衣装部 <isho@style-lab.jp>"],
    subject="衣装サイズ表（役柄別）",
    charset="utf-8",
    body=f"""スタイルラボ 衣装部 ご担当者様

日の出産業 AD土屋です。11/7撮影分の衣装サイズを役柄ごとにお送りします。
出演者の確定前のため、役柄での管理でお願いします。

役柄        服サイズ   靴      備考
-------------------------------------------------
父          L          26.5    スーツ不要、部屋着
母          9号        23.5    エプロン着用
長女        130        20.0    小学2年生想定
祖母        11号       22.5    割烹着
店員        M          25.0    店の制服は先方支給
通行人A〜F  各種       —       私服（色味のみ指定）

フィッティングは11/5 14時〜、弊社会議室です。
{SIG_TSUCHIYA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="costume sizes listed by role, not by person: no personal data",
)

# == 055 ================================================================================
_add(
    sender=SAKAKI,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    subject="出演者変更のご報告とお詫び",
    charset="iso-2022-jp",
    body=f"""三好様

いつも大変お世話になっております。日の出産業の榊原です。
秋冬CMのWeb版にご出演予定だった五十嵐 真央さんについて、ご報告がございます。

所属事務所より、五十嵐さんが先月から適応障害とうつ病の診断を受けて療養に入っており、
医師から当面の仕事を控えるよう指示が出ているとの連絡がありました。
ご本人の回復を最優先とし、誠に勝手ながら今回は降板とさせていただきたく存じます。

代役は二次審査で次点だった方を中心に、明日中にご提案いたします。
撮影日程への影響はございません。
ご迷惑をおかけし、誠に申し訳ございません。
{SIG_SAKAKI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named model's mental-health diagnosis sent to the client: special-care data of one person",
)

# == 056 ================================================================================
_p = _people(12, years=(1960, 2004))
_lst = "\n".join("\t".join([p["name"], p["phone"], p["email"]]) for p in _p)
_add(
    sender=MIZUNO,
    to=[f"映像制作部 全員 <eizo-all@{D}>"],
    subject="【社内】11/7 北国フーズ 連絡網（出演者・スタッフ）",
    charset="utf-8",
    body=f"""制作部各位

水野です。11/7の連絡網です。当日の遅刻・欠席連絡はこれで確認してください。
社外の方には転送しないようお願いします。

{_lst}
{SIG_MIZUNO}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="a twelve-person contact list, but sent to an internal distribution list only",
)

# == 057 ================================================================================
_add(
    sender=SAKAKI,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    cc=["藤代 様 <fujishiro@koukoku-plan.co.jp>", SUGIURA],
    subject="【至急】出演者に関するご報告",
    charset="utf-8",
    body=f"""三好様
（cc：コウコクプラン 藤代様）

お世話になっております。日の出産業の榊原です。
至急ご報告させていただきたい事項がございます。

秋冬CMの夫役で起用予定の鬼塚 健吾氏について、本日所属事務所から、
同氏が2019年に傷害事件で逮捕され、罰金刑を受けていたことが判明したとの連絡がありました。
契約時の反社・コンプライアンスチェックでは把握できていなかった事実です。

現時点で報道等はございませんが、御社ブランドへの影響を考慮し、
起用の可否についてご判断を仰ぎたく存じます。
撮影済み素材はございませんので、差し替えの場合も日程への影響は最小限です。
{SIG_SAKAKI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="a named actor's arrest and criminal record sent to the client and ad agency: special-care data",
)

# == 058 ================================================================================
_card = card_number(SEED + 101)
_add(
    sender=TSUCHIYA,
    to=[MIZUNO],
    subject="ホテルのカード保証",
    charset="iso-2022-jp",
    body=f"""水野さん

土屋です。さくらホテルから、ブロンさんの部屋（11/15〜20）は
クレジットカード保証が必要と言われました。部の法人カードで大丈夫でしょうか。

　カード番号：{_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}
　有効期限：08/29　名義：HINODE SANGYO EIZO

OKならこのまま私から電話で伝えます。
土屋""",
    expect="pass",
    entities=["CREDIT_CARD"],
    detectors=[],
    note="a card number, but between two internal colleagues only",
)

# == 059 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["ロケ弁クラブ 受注センター <juchu@rokeben-club.jp>"],
    subject="11/17・18 ハラール弁当のご相談",
    charset="utf-8",
    body=f"""ロケ弁クラブ ご担当者様

日の出産業の土屋です。いつもありがとうございます。
11/17・18の撮影に出演するマレーシア出身のモデル、アイシャ・ビンティ・ラザクさんが
ムスリムで、ハラールの食事が必要です。ご本人からはラマダン期間外なので昼食は通常どおり、
礼拝の時間（12時台・15時台）に休憩をずらしてほしいとのご要望もいただいています。

ハラール認証のお弁当を各日1食ずつ、ほかの方の分（各日32食）とは別便でお願いできますか。
アルコールを含む調味料の使用がないものでお願いします。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named model's religion (Muslim, prayer times) sent to the caterer: special-care data of one person",
)

# == 060 ================================================================================
_p = _people(6, sex="M", years=(1978, 1994))
_fw = "\n".join(f"{p['name']}／{p['age']}歳／{p['height']}cm／{p['y']}.{p['m']}.{p['d']}生" for p in _p)
_add(
    sender=OKABE,
    to=[SUGIURA],
    cc=[SAKAKI],
    subject="FW: 父親役 ご提案（ひかりタレント）",
    charset="iso-2022-jp",
    body=f"""杉浦さん

ひかりタレントさんから父親役の提案が来ました。3番目の方、前に別件で現場が良かった方です。
川崎電機さんに出す前に一度見てもらえますか。

-------- 転送メッセージ --------
差出人: 森永 <morinaga@hikari-talent.jp>
送信日時: 2026年10月8日 16:31
宛先: 岡部 真理子

岡部様
父親役のご提案です。

{_fw}

ひかりタレント 森永""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="an agency's six-person proposal forwarded, but only to internal colleagues",
)

# == 061 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["青葉台市 中央公民館 <kominkan@city.aobadai.lg.jp>"],
    subject="11/21 撮影時のバリアフリー対応について（ご相談）",
    charset="iso-2022-jp",
    body=f"""青葉台市 中央公民館
施設ご担当者様

お世話になっております。11月21日に大ホールで撮影をさせていただく日の出産業の土屋です。

当日、地域の方の役で参加いただく我妻 正樹さん（身体障害者手帳1種2級、車いすを使用）が
いらっしゃいます。ご本人は付き添いなしで来場予定です。
つきましては、次の点を確認させてください。

　・大ホール舞台袖までのスロープの有無
　・多目的トイレの場所（控室からの距離）
　・車いす対応の駐車スペースを1台分確保できるか

必要であれば、当日は弊社スタッフ1名が専任で付き添います。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named extra's physical disability certificate grade sent to the venue: special-care data",
)

# == 062 ================================================================================
_add(
    sender=MIZUNO,
    to=["ゆめランド 広報課 撮影担当 <satsuei@yume-land.co.jp>"],
    subject="12/5 撮影当日の窓口について",
    charset="utf-8",
    body=f"""ゆめランド 広報課 撮影ご担当者様

いつもお世話になっております。日の出産業の水野です。
12月5日の園内撮影の件、当日の弊社窓口は私、水野が務めます。
開園前の搬入時（6:30〜）は事務所にお電話がつながらないと伺っておりますので、
何かございましたら私の携帯（070-3318-5562）までお願いいたします。

撮影エリア・時間は先日お送りした申請書のとおりです。
どうぞよろしくお願いいたします。
{SIG_MIZUNO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the sender's own business mobile as the on-site contact: business contact of one person",
)

# == 063 ================================================================================
_add(
    sender=OKABE,
    to=["Yoichi Kamiya <kamiya.yoichi.film@gmail.com>"],
    subject="蓮くん（子役）の現場での配慮について",
    charset="utf-8",
    body=f"""神谷監督

お疲れさまです。日の出産業の岡部です。
家電メーカーWeb CMの子役、長谷部 蓮くん（7歳）の件で事前にお伝えしておきます。

お母様から、蓮くんはADHD（注意欠如・多動症）の診断を受けていて、
待ち時間が長いと集中が切れやすいと伺いました。服薬で落ち着いているそうですが、
できれば蓮くんの出番は午前中にまとめ、1テイクごとに短い休憩を入れていただけると助かります。
本番前に一度、監督からご本人に声をかけていただけると安心するそうです。

お母様からは監督・助監督までに限って共有してよいと了承をいただいています。
{SIG_OKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named child's ADHD diagnosis and medication sent to a freelance director's Gmail",
)

# == 064 ================================================================================
_add(
    sender=SUGIURA,
    to=["藤代 様 <fujishiro@koukoku-plan.co.jp>"],
    subject="一般公募の応募状況（ご報告）",
    charset="iso-2022-jp",
    body=f"""藤代様

杉浦です。LUMINAとは別件の、冬の食卓CM エキストラ一般公募の状況をご報告します。

　応募総数　　　：1,248名（10/25締切時点）
　男女比　　　　：女性 62％／男性 38％
　年代　　　　　：20代 24％、30代 21％、40代 19％、50代 17％、60代以上 13％、親子 6％
　居住地　　　　：東京都 58％、神奈川県 21％、埼玉県 11％、千葉県 9％、その他 1％
　書類通過　　　：86名（うち親子 9組）

例年より50代以上の応募が多く、祖父母役の選択肢が増えそうです。
{SIG_SUGIURA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics of applicants: nobody identifiable",
)

# == 065 ================================================================================
_card = card_number(SEED + 102)
_add(
    sender=TSUCHIYA,
    to=["さくらホテル 東京ベイ 予約センター <reserve@sakura-hotel.jp>"],
    subject="予約番号 ST-261115-08 カード保証の件",
    charset="iso-2022-jp",
    body=f"""さくらホテル 予約センター ご担当者様

日の出産業の土屋です。お電話ありがとうございました。
海外からお越しのモデル ブロン様の宿泊（11/15〜11/20、5泊）のギャランティー用に、
弊社法人カードの情報をお送りします。

　カード番号　{_card}
　有効期限　　08/29
　カード名義　HINODE SANGYO EIZO

宿泊費は弊社請求でお願いいたします。ルームサービス等の個人利用分はご本人精算です。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a credit card number written in the mail to the hotel",
)

# == 066 ================================================================================
_p = _people(2, sex="F", years=(1994, 2001))
_add(
    sender=ASO,
    to=["Olivia Grant <olivia@bluewave-models.com>"],
    subject="Re: Passport details for the Sydney shoot",
    charset="utf-8",
    body=f"""Hi Olivia,

Thank you — we have everything we need now. Our travel agent will send the e-tickets
directly to you by Friday, and I will forward the hotel vouchers once they are issued.

Looking forward to working with you again.
{SIG_ASO}

On Tue, Oct 13, 2026 at 9:14 AM Olivia Grant <olivia@bluewave-models.com> wrote:
> Hi Ken,
> Here are the passport details of your two talents for the visa application, as requested:
>   {_p[0]['ROMAJI']}  passport TR{_rng.randint(1000000, 9999999)}  DOB {_p[0]['y']}-{_p[0]['m']:02d}-{_p[0]['d']:02d}
>   {_p[1]['ROMAJI']}  passport TS{_rng.randint(1000000, 9999999)}  DOB {_p[1]['y']}-{_p[1]['m']:02d}-{_p[1]['d']:02d}
> Please double-check the spelling.
> Olivia""",
    expect="pass",
    entities=[],
    detectors=[],
    note="passport numbers appear only in the quoted mail of the recipient herself; new text has none",
)

# == 067 ================================================================================
_card = card_number(SEED + 103)
_add(
    sender=MIZUNO,
    to=["撮影機材レンタル キザイ堂 <rental@kizai-rental.jp>"],
    subject="機材レンタル申込書（11/12 葉山ロケ）",
    charset="utf-8",
    body=f"""キザイ堂 ご担当者様

日の出産業の水野です。初めてご利用させていただきます。
機材レンタル申込書を記入しましたので、PDFでお送りします。
お支払いは申込書記載のカードでお願いいたします。
{SIG_MIZUNO}""",
    attachments=[{"kind": "pdf", "name": "rental_moushikomi_hinode.pdf", "title": "機材レンタル申込書",
                  "lines": ["機材レンタル申込書", "お申込日：2026年10月20日",
                            "会社名：日の出産業株式会社 映像制作部　担当：水野 遼",
                            "ご利用期間：2026年11月11日 17:00 〜 11月13日 12:00",
                            "機材：ARRI SkyPanel S60-C ×2、HMI 1.8kW ×1、発電機 2.8kVA ×1",
                            "お支払方法：クレジットカード",
                            f"カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}",
                            "有効期限：11/28　名義：RYO MIZUNO"]}],
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="the attached application form PDF carries a full credit card number",
)

# == 068 ================================================================================
_add(
    sender=MIZUNO,
    to=["青葉台市 シティプロモーション課 <film@city.aobadai.lg.jp>"],
    subject="公道での撮影許可申請について（11/21 中央商店街）",
    charset="iso-2022-jp",
    body=f"""青葉台市 シティプロモーション課
ロケ支援ご担当者様

お世話になっております。日の出産業株式会社 映像制作部の水野でございます。
11月21日（土）に中央商店街アーケード周辺で行うCM撮影について、
ロケ支援の申請書を添付いたします。

　撮影内容：食品メーカーTVCM（商店街を家族が歩くシーン）
　撮影時間：7:00〜12:00（うち公道使用は9:00〜10:30の予定）
　人数　　：スタッフ18名、出演者・エキストラ約25名
　車両　　：ロケバス2台、機材車1台（コインパーキング利用）

所轄警察署への道路使用許可申請は、市のご確認後に提出する予定です。
責任者は弊社 制作進行 水野（当日携帯 070-3318-5562）です。
{SIG_MIZUNO}""",
    attachments=[{"kind": "docx", "name": "roke_shien_shinsei_aobadai.docx", "title": "ロケ支援申請書",
                  "paragraphs": ["ロケーション撮影支援申請書", "申請者：日の出産業株式会社",
                                 "作品名：北国フーズ TVCM「冬の食卓」篇",
                                 "撮影日：2026年11月21日（土）予備日 11月28日（土）",
                                 "撮影場所：青葉台市 中央商店街アーケード東口〜中央広場",
                                 "撮影責任者：水野 遼（制作進行）"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="location permit application to a city office: production details and one business contact",
)

# == 069 ================================================================================
_c = _person(("宇佐美", "ウサミ", "Usami"), sex="F", minor=True)
_add(
    sender=OKABE,
    to=["ゆめランド 救護室 <kyugo@yume-land.co.jp>"],
    subject="12/5 撮影に参加する子役の緊急時情報",
    charset="cp932",
    body=f"""ゆめランド 救護室 ご担当者様

日の出産業の岡部です。12/5の園内撮影では保護者の方が撮影エリアに入れない時間帯があるため、
万一の際に備え、保護者の了承を得て子役の情報をお知らせします。

氏名　　：{_c['name']}（{_c['kana']}）
生年月日：{_wareki(_c['y'], _c['m'], _c['d'])}
健康保険証：記号 {_rng.randint(10000, 99999)}　番号 {_rng.randint(100, 999)}（被扶養者）
保険者番号：{_rng.randint(1000000, 1399999):08d}
かかりつけ：あおば小児科クリニック

当日は弊社の岡部が常に付き添います。
{SIG_OKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a child's health insurance card symbol and number sent to the amusement park's first-aid room",
)

# == 070 ================================================================================
_add(
    sender=AKIYOSHI,
    to=["みなとスタジオ 予約係 <booking@minato-studio.co.jp>"],
    subject="Re: ご予約確定のお知らせ（予約番号 MS-2611-0457）",
    charset="utf-8",
    body=f"""みなとスタジオ 予約係様

日の出産業の秋吉です。予約確定のご連絡ありがとうございます。
内容確認いたしました。以下、念のため復唱いたします。

　予約番号：MS-2611-0457
　日時：11月9日（月）12:00〜19:00（7時間）
　スタジオ：第3スタジオ＋メイクルーム
　用途：オーディション（カメラテストあり）
　ご請求：弊社映像制作部宛、月末締め

当日の搬入は11:30からでお願いいたします。

> 日の出産業株式会社 秋吉様
> 下記のとおりご予約を承りました。予約番号 MS-2611-0457
{SIG_AKIYOSHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a studio booking confirmation with a booking number: business mail",
)

# == 071 ================================================================================
_p = _people(2, sex="F", years=(1996, 2003))
_blk = "\n\n".join(
    f"（{i + 1}）{p['name']}（{p['kana']}）\n"
    f"　　生年月日　{_wareki(p['y'], p['m'], p['d'])}\n"
    f"　　住所　　　〒{p['zip']} {p['addr']}\n"
    f"　　基礎年金番号　{_rng.randint(1000, 9999)}-{_rng.randint(100000, 999999)}\n"
    f"　　資格取得日　2026年11月1日"
    for i, p in enumerate(_p))
_add(
    sender=SUGIURA,
    to=["中井 様 <nakai@nakai-sr.jp>"],
    cc=[f"人事部 給与社保 <kyuyo@{D}>"],
    subject="専属モデル2名 社会保険資格取得のお手続き依頼",
    charset="iso-2022-jp",
    body=f"""中井社会保険労務士事務所
中井先生

いつもお世話になっております。日の出産業 映像制作部の杉浦です。
11月1日付で、これまで業務委託だった専属モデル2名を契約社員として雇用することになりました。
健康保険・厚生年金の資格取得届の作成をお願いいたします。

{_blk}

標準報酬月額の算定に必要な給与額は、人事部から別途お送りします。
{SIG_SUGIURA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="basic pension numbers of two models sent to the outside labour consultant",
)

# == 072 ================================================================================
_add(
    sender=SAKAKI,
    to=["藤代 様 <fujishiro@koukoku-plan.co.jp>"],
    subject="制作スケジュール（全体線表）ver.3",
    charset="utf-8",
    body=f"""藤代様

榊原です。全体スケジュールを更新しましたので、PowerPointでお送りします。
変更点は、オーディションを1日前倒し（11/9）にした点と、オフライン試写を12/10に確定した点です。
{SIG_SAKAKI}""",
    attachments=[{"kind": "pptx", "name": "schedule_umino_aki_v3.pptx", "title": "制作スケジュール v3",
                  "slides": [["海野化粧品 秋冬CM 制作スケジュール ver.3", "2026年10月14日 日の出産業株式会社"],
                             ["10月", "10/13 PPM", "10/19 衣装合わせ", "10/23 スタジオ本番"],
                             ["11月", "11/9 追加オーディション（Web版）", "11/12 葉山ロケ（予備 11/13）",
                              "11/20 オフライン編集"],
                             ["12月", "12/10 オフライン試写", "12/17 本編集・MA", "12/24 納品"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a production timeline deck: no personal data, no marking",
)

# == 073 ================================================================================
_p = _people(20, years=(1950, 2006))
_xls = [["11/21 青葉台ロケ　ロケバス乗車名簿（1号車・2号車）", "", "", "", "", ""],
        ["号車", "氏名", "フリガナ", "性別", "年齢", "携帯"]]
for i, p in enumerate(_p):
    _xls.append(["1号車" if i < 10 else "2号車", p["name"], p["kana"], "男" if p["sex"] == "M" else "女",
                 p["age"], p["phone"]])
_add(
    sender=MIZUNO,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="11/21 乗車名簿の送付",
    charset="cp932",
    body=f"""青葉運輸 配車センター 御中

日の出産業の水野です。11/21 青葉台ロケの乗車名簿をお送りします。
点呼の際にご利用ください（運転手さんにもお渡しいただけますと助かります）。
古いExcelで作っているので、開けなければご連絡ください。
{SIG_MIZUNO}""",
    attachments=[{"kind": "xls", "name": "jousha_meibo_1121.xls", "sheets": {"乗車名簿": _xls}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS boarding list of twenty extras with ages and mobiles sent to the bus company",
)

# == 074 ================================================================================
_add(
    sender=OKABE,
    to=["長尾 様 <nagao.t@kawasaki-denki.co.jp>"],
    subject="Re: 父親役・母親役 最終決定のご連絡",
    charset="iso-2022-jp",
    body=f"""長尾様

お世話になっております。日の出産業の岡部です。
ご決定のご連絡ありがとうございます。

　父親役：舘野さん（候補No.2）
　母親役：萩原さん（候補No.5）

両事務所に本日中に本決定の連絡を入れ、出演契約の手続きに入ります。
次点のお二人には、念のため11月末までスケジュールを押さえていただくようお願いしておきます。

> 岡部様
> 社内で検討した結果、父親役は2番、母親役は5番の方でお願いします。
> 川崎電機 長尾
{SIG_OKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="two chosen actors named by surname only, with no other data about them",
)

# == 075 ================================================================================
_p = _people(5, years=(1965, 2000))
_plates = [f"{_rng.choice(['品川', '横浜', '練馬', '大宮', '湘南'])} {_rng.randint(300, 599)} "
           f"{_rng.choice('あいうえかきくけこさすせそ')} {_rng.randint(10, 99)}-{_rng.randint(10, 99)}" for _ in _p]
_lst = "\n".join(f"{p['name']}, {pl}, {p['phone']}" for p, pl in zip(_p, _plates))
_add(
    sender=TSUCHIYA,
    to=["塩谷 様 <shioya@location-navi.jp>"],
    subject="Re: Re: 葉山ロケ 駐車場の利用台数について",
    charset="utf-8",
    body=f"""塩谷様

土屋です。追加でご連絡です。
自家用車で来る出演者が5名いるため、第2駐車場の許可証をお願いできますでしょうか。
管理人さんに渡していただけるよう、名前・車両ナンバー・携帯をまとめました。

{_lst}

よろしくお願いいたします。

> 土屋様
> 第2駐車場はロケバスと機材車で計4台までとなっています。
> 追加がある場合は事前に車両情報をお知らせください。
> 塩谷
>> 塩谷様
>> 当日の駐車台数ですが、ロケバス2台・機材車2台の予定です。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="new text of a reply lists five cast members with car plates and mobiles for a location agent",
)

# == 076 ================================================================================
_add(
    sender=OKOCHI,
    to=["みどり銀行 法人営業部 中島 様 <nakajima.k@midori-ginko.co.jp>"],
    subject="総合振込の手数料・1日あたりの上限額について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
中島様

いつもお世話になっております。日の出産業 経理部の大河内です。

撮影に参加いただく個人の方への謝礼振込が年末に集中する見込みのため、
次の2点を教えていただけますでしょうか。

1. 総合振込の1日あたり・1回あたりの上限額の変更手続き（期間限定で引き上げ可能か）
2. 他行宛て振込手数料の、件数に応じた割引プランの有無

件数は12月に約300件、1件あたり1万〜3万円を想定しております。
お手すきの際にご回答いただけますと幸いです。
{SIG_OKOCHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a question to the bank about transfer limits and fees: no personal data",
)

# == 077 ================================================================================
_p = _people(2, sex="M", years=(1975, 1995))
_lic = "\n".join(
    f"　{p['name']}（{p['kana']}）\n"
    f"　　生年月日：{_wareki(p['y'], p['m'], p['d'])}\n"
    f"　　運転免許証番号：第{_rng.randint(30, 62)}{_rng.randint(1000000000, 9999999999)}号"
    f"（{_rng.choice(['ゴールド', 'ブルー'])}、有効期限 令和{_rng.randint(9, 12)}年{_rng.randint(1, 12)}月）"
    for p in _p)
_add(
    sender=MIZUNO,
    to=["ドライブレンタカー 法人窓口 <houjin@kuruma-rent.co.jp>"],
    subject="劇用車レンタル（11/21）運転者情報のご連絡",
    charset="cp932",
    body=f"""ドライブレンタカー 法人窓口 ご担当者様

日の出産業の水野です。11/21にお借りするミニバン（劇用車）について、
撮影中に運転する出演者2名の情報をお送りします。運転者登録をお願いいたします。

{_lic}

撮影は公道ではなく商店街の私有地部分のみでの走行です。
{SIG_MIZUNO}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="driver's licence numbers of two actors sent to a car rental company: identity document numbers",
)

# == 078 ================================================================================
_add(
    sender=OKABE,
    to=["小川 光太 <kota.ogawa.photo@gmail.com>", "坂上 様 <sakagami@model-kobo.com>"],
    subject="テスト撮影の日程（10/27）",
    charset="utf-8",
    body=f"""小川さん、坂上様

お世話になっております。日の出産業の岡部です。
モデル工房さん所属の方のテスト撮影を、下記で行いたいと思います。

　日時：10月27日（火）15:00〜17:00
　場所：弊社9F 撮影スペース
　内容：肌の質感テスト（ノーメイク／ベースメイクのみ）

小川さんにはライティング含めてお願いします。機材は弊社のものを使っていただいて大丈夫です。
坂上様、モデルさんの入りは14:30でお願いできますでしょうか。
{SIG_OKABE}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="a freelance photographer on Gmail and one agency: two external parties, no personal data",
)

# == 079 ================================================================================
_p = _people(10, sex="F", years=(1988, 1998))
_ev = [["No", "氏名", "年齢", "演技", "表情", "総合", "コメント"]]
_comments = ["透明感◎ 声が少し硬い", "笑顔が自然、商品との相性良", "目線の外し方が上手い", "緊張気味、2回目で改善",
             "肌の質感が商品イメージに近い", "落ち着きあり、30代に見える", "動きが大きく画面映えする",
             "セリフ回し◎ 表情の幅は少なめ", "ナチュラル、主婦役の説得力あり", "経験少ないが伸びしろ大"]
for i, (p, c) in enumerate(zip(_p, _comments)):
    _ev.append([f"{i + 1:02d}", p["name"], p["age"], _rng.choice("ABC"), _rng.choice("ABC"),
                _rng.choice(["◎", "○", "△"]), c])
_add(
    sender=OKABE,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    subject="二次オーディション 評価シート",
    charset="utf-8",
    body=f"""三好様

本日は長時間にわたりお立会いいただき、ありがとうございました。
日の出産業の岡部です。

弊社スタッフの評価をまとめた評価シートをお送りします。
総合◎の方を中心に、最終候補を3名程度に絞り込めればと考えております。
{SIG_OKABE}""",
    attachments=[{"kind": "docx", "name": "hyoka_sheet_audition2.docx", "title": "二次オーディション評価シート",
                  "paragraphs": ["海野化粧品 秋冬CM 二次オーディション 評価シート（2026/10/31）",
                                 "評価者：日の出産業 岡部・杉浦・榊原"],
                  "tables": [_ev]}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="DOCX table of ten applicants with ages and evaluations sent to the client: records of ten people",
)

# == 080 ================================================================================
_tno = "T" + _corp("010001087419")
_est = [["御見積書", "", "", ""],
        ["海野化粧品株式会社 御中", "", "見積番号", "HS-E-26-0418"],
        ["日の出産業株式会社 映像制作部", "", "登録番号", _tno],
        ["項目", "数量", "単価", "金額"],
        ["企画・演出費", 1, 800000, 800000],
        ["出演料（主演・事務所経由）", 1, 1200000, 1200000],
        ["出演料（助演・エキストラ）", 28, 15000, 420000],
        ["スタジオ費（2日）", 2, 280000, 560000],
        ["ロケ費（車両・許可申請）", 1, 350000, 350000],
        ["撮影・照明機材費", 1, 620000, 620000],
        ["編集・MA費", 1, 900000, 900000],
        ["小計", "", "", 4850000], ["消費税（10%）", "", "", 485000], ["合計", "", "", 5335000]]
_add(
    sender=SAKAKI,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    subject="お見積書（秋冬CM Web版追加分）",
    charset="iso-2022-jp",
    body=f"""三好様

いつもお世話になっております。日の出産業の榊原です。
Web版追加分のお見積書をお送りいたします。
エキストラは28名で見込んでおりますが、最終人数で精算いたします。
ご確認のほどよろしくお願いいたします。
{SIG_SAKAKI}""",
    attachments=[{"kind": "xlsx", "name": "mitsumori_HS-E-26-0418.xlsx", "sheets": {"御見積書": _est}}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an estimate with line items and the company's own registration number: business data",
)

# == 081 ================================================================================
_p = _people(6, sex="F", years=(1990, 2002))
_slides = [["LUMINA キャスティング候補（Woman A／B）", "日の出産業株式会社 映像制作部", "2026年11月"]]
for i, p in enumerate(_p):
    _slides.append([f"候補 {i + 1}　{p['name']}",
                    f"{p['kana']}　{p['age']}歳",
                    f"身長 {p['height']}cm／B{_rng.randint(78, 86)} W{_rng.randint(56, 62)} H{_rng.randint(83, 90)}",
                    f"所属：{_rng.choice(['スタープロモーション', 'モデル工房', 'ひかりタレント', 'フリー'])}",
                    f"出演歴：{_rng.choice(['化粧品Web（2024）', '雑誌専属モデル', 'ドラマ脇役多数', '新人・初CM'])}"])
_add(
    sender=OKABE,
    to=["藤代 様 <fujishiro@koukoku-plan.co.jp>"],
    subject="LUMINA 候補者コンポジット",
    charset="utf-8",
    body=f"""藤代様

日の出産業の岡部です。
Woman A／B の候補6名のコンポジットをまとめました（写真は仮配置です）。
クライアントプレゼン前に一度ご意見をいただけますと幸いです。
{SIG_OKABE}""",
    attachments=[{"kind": "pptx", "name": "LUMINA_composite_AB.pptx", "slides": _slides}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="slide deck with six candidates' names, ages, heights and measurements sent to the ad agency",
)

# == 082 ================================================================================
_add(
    sender=SAKAKI,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    subject="ロケハン写真（葉山・目黒）",
    charset="utf-8",
    body=f"""三好様

榊原です。昨日のロケハン写真をZIPでお送りします（パスワードはかけておりません）。
葉山は朝6時台、目黒の洋館は10時台の光です。
{SIG_SAKAKI}""",
    attachments=[{"kind": "zip", "name": "lokehan_1015.zip",
                  "files": [{"kind": "png", "name": "hayama_01.png"}, {"kind": "png", "name": "hayama_02.png"},
                            {"kind": "png", "name": "meguro_01.png"},
                            {"kind": "txt", "name": "memo.txt",
                             "text": "葉山：日の出6:09、満潮7:40。目黒：2階サロンの窓は東向き。"}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an unencrypted ZIP of location-scout photos: readable, no personal data",
)

# == 083 ================================================================================
_add(
    sender=MIZUNO,
    to=["三好 様 <miyoshi.k@umino-cosme.co.jp>"],
    cc=["藤代 様 <fujishiro@koukoku-plan.co.jp>", "堀之内 様 <horinouchi@cinq-film.co.jp>"],
    subject="【確定】秋冬CM 本番スケジュール",
    charset="iso-2022-jp",
    body=f"""関係者各位

日の出産業の水野です。秋冬CMの本番スケジュールが確定しましたのでお知らせします。

　10/23（金）スタジオ本番　みなとスタジオ 第1st　7:30集合
　11/12（木）葉山ロケ　5:30現地集合（予備 11/13）
　11/20（金）オフライン編集（サンク・フィルム編集室）
　12/10（木）オフライン試写　14:00〜　海野化粧品様 本社

香盤表は各日の前々日にお送りします。
{SIG_MIZUNO}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="client, ad agency and production company all in To/Cc: three external organisations see each other",
)

# == 084 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["菊池 様 <kikuchi@bento-kikuya.co.jp>"],
    subject="Re: 11/21 ロケ弁ご注文の件（アレルギー対応）",
    charset="cp932",
    body=f"""菊池様

土屋です。追加のご相談です。
エキストラで参加される結城 恵理子さんがそばアレルギーをお持ちとのことで、
そばの入ったおかず・同じ工場で調理したものを避けたお弁当を1食、
「結城様」とお名前を書いて別にしていただけますでしょうか。

> 土屋様
> 11/21分、幕の内30食・唐揚げ15食で承りました。
> 菊屋弁当 菊池
{SIG_TSUCHIYA}""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named extra's food allergy to the caterer: health-related, but an officer could see it as an ordinary meal request",
)

# == 085 ================================================================================
_add(
    sender=MIZUNO,
    to=["塩谷 様 <shioya@location-navi.jp>"],
    subject="葉山ロケ 進行表（最新）",
    charset="utf-8",
    body=f"""【社外秘】

塩谷様

日の出産業の水野です。葉山ロケの進行表の最新版です。
施設の方との調整にお使いください。

　5:30　スタッフ集合・搬入（第2駐車場）
　6:09　日の出／C4 海沿いの引き画
　7:30　C4' 寄り（モデル2名）
　9:00　撤収開始（海岸は9:30までに原状回復）
　10:00　テラス内 C6 商品カット
　12:00　昼食（テラス2F個室）
　14:00　撤収完了

※本進行表は発売前商品の撮影内容を含むため、関係者限りでお取り扱いください。
{SIG_MIZUNO}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail body is stamped 【社外秘】 at the top and goes to an outside location agent",
)

# == 086 ================================================================================
_p = _cast([("M", "adult"), ("F", "adult"), ("M", "child"), ("M", "old"), (None, "adult"),
            ("M", "adult")])
_roles = ["父", "母", "長男", "祖父", "隣人", "配達員"]
_cl = "\n".join(f"{r}｜{p['name']}｜入り {7 + i // 2}:{'00' if i % 2 == 0 else '30'}"
                for i, (r, p) in enumerate(zip(_roles, _p)))
_add(
    sender=MIZUNO,
    to=["真田 様 <sanada@hm-atelier.jp>"],
    subject="11/21 メイク順（出演者）",
    charset="iso-2022-jp",
    body=f"""真田様

水野です。11/21のメイク順です。上から順にお願いします。

{_cl}

エキストラの方はメイクなし（髪の乱れだけ直していただければ）です。
{SIG_MIZUNO}""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="six cast names with roles and call times but no contact or identifying data: a borderline list",
)

# == 087 ================================================================================
_p = _people(5, years=(1952, 1998))
_lbl = "\n".join(f"{p['zip']},{p['addr']},{p['name']} 様" for p in _p)
_add(
    sender=AKIYOSHI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="宛名ラベル印刷のお願い（お礼状送付分）",
    charset="utf-8",
    body=f"""錦印刷 営業部 ご担当者様

いつもお世話になっております。日の出産業の秋吉です。
撮影にご協力いただいた方へのお礼状（クオカード同封）用に、宛名ラベルの印刷をお願いします。
データは下記のとおりです（郵便番号,住所,氏名）。

{_lbl}

ラベルはA4 12面でお願いします。納品は10/30までに弊社受付へ。
{SIG_AKIYOSHI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five private persons' home addresses sent to the printer for labels: a list of people",
)

# == 088 ================================================================================
_add(
    sender=OKABE,
    to=["スタイルラボ 衣装部 <isho@style-lab.jp>"],
    subject="母親役の衣装について（ご相談）",
    charset="utf-8",
    body=f"""スタイルラボ ご担当者様

日の出産業の岡部です。11/21撮影の母親役、芦田 詩織さんの衣装についてご相談です。
ご本人から、現在妊娠5か月でお腹が少し目立ち始めていると伺いました。
ウエストを締めないワンピースか、チュニック丈のトップスで候補をご用意いただけますか。
靴もヒールなしでお願いします。事務所からは撮影に支障はないとの回答をいただいています。
{SIG_OKABE}""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named actress's pregnancy told to the stylist: health-related but not clearly a diagnosis",
)

# == 089 ================================================================================
_p = _people(6, years=(1970, 2000))
_jobs = ["撮影助手", "照明助手", "ヘアメイク", "スタイリスト助手", "制作応援", "ドライバー"]
_s1 = [["フリーランス外注先 振込先一覧（11月支払分）", "", "", "", "", ""],
       ["氏名", "職種", "銀行", "支店", "種別", "口座番号"]]
_s2 = [["氏名", "住所", "電話"]]
for p, j in zip(_p, _jobs):
    _s1.append([p["name"], j, p["bank"], p["branch"], "普通", p["acct"]])
    _s2.append([p["name"], f"〒{p['zip']} {p['addr']}", p["phone"]])
_add(
    sender=OKOCHI,
    to=["宮坂 様 <miyasaka@yamabuki-tax.jp>"],
    subject="11月支払分 外注費（フリーランス）の振込データ",
    charset="utf-8",
    body=f"""宮坂様

大河内です。11月支払分のフリーランス外注費の振込先一覧をお送りします。
源泉徴収の要否のご確認と、振込データの作成代行をお願いいたします。
住所・電話は2枚目のシートです。
{SIG_OKOCHI}""",
    attachments=[{"kind": "xlsx", "name": "gaichu_furikomi_202611.xlsx",
                  "sheets": {"振込先": _s1, "住所録": _s2}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six freelancers' bank accounts, addresses and phones sent to the outside accounting office",
)

# == 090 ================================================================================
_p = _people(5, years=(1958, 2000))
_blocks = "\n\n".join(
    f"■{p['name']}（{p['kana']}）\n"
    f"　{p['age']}歳／{p['height']}cm／最寄：{_rng.choice(['小田急線 経堂', 'JR 船橋', '東横線 日吉', '西武池袋線 石神井公園', '京王線 国領'])}\n"
    f"　TEL {p['phone']}　Mail {p['email']}"
    for p in _p)
_add(
    sender=AKIYOSHI,
    to=["堀之内 様 <horinouchi@cinq-film.co.jp>"],
    subject="一般公募の出演者（冬の食卓）フィッティング連絡先",
    charset="iso-2022-jp",
    body=f"""堀之内様

日の出産業の秋吉です。
冬の食卓CMで一般公募から決まった5名の連絡先です。
衣装フィッティングの日程調整を御社の衣装担当の方から直接していただけるとのことで、お送りします。

{_blocks}

ご本人には御社からご連絡が行く旨お伝え済みです。
{SIG_AKIYOSHI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one block per person: five private cast members' ages, phones and e-mails sent to the co-production company",
)

# == 091 ================================================================================
_add(
    sender=OKABE,
    to=["石黒 様 <ishiguro@star-pro.co.jp>", "三浦 由香 <yuka.miura.style@gmail.com>",
        "小川 光太 <kota.ogawa.photo@icloud.com>"],
    subject="宣材撮影（11/2）のご案内",
    charset="utf-8",
    body=f"""石黒様、三浦さん、小川さん

お世話になっております。日の出産業の岡部です。
スタープロモーション様の新人3名の宣材撮影を、下記で行います。

　日時：11月2日（月）10:00〜16:00
　場所：弊社9F 撮影スペース
　スタイリング：三浦さん（私服＋白シャツ・デニムの2パターン）
　撮影：小川さん

お昼はこちらで用意します。よろしくお願いいたします。
{SIG_OKABE}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="an agency and two private freelancers all in To: three external parties see each other",
)

# == 092 ================================================================================
_add(
    sender=OKABE,
    to=["長尾 様 <nagao.t@kawasaki-denkl.co.jp>"],
    subject="オーディション当日のご案内（11/9）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
宣伝部 長尾様

お世話になっております。日の出産業の岡部です。
11月9日のオーディションの詳細をご案内します。

　時間：13:00〜18:00（父親役 13:00〜、母親役 15:30〜）
　場所：みなとスタジオ 第3スタジオ
　お立会い：長尾様ほか2名様と伺っております

お車でお越しの際は、前日までにナンバーをお知らせください。
{SIG_OKABE}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp (l for i) is a homoglyph look-alike of partner kawasaki-denki.co.jp",
)

# == 093 ================================================================================
_add(
    sender=TSUCHIYA,
    to=["大河内 聡 <okochi.s@hinode-sangyo-co.jp>"],
    subject="タクシー代の精算について",
    charset="utf-8",
    body=f"""大河内さん

お疲れ様です。映像制作部の土屋です。
10/23のスタジオ撮影で、終電後に出演者をタクシーで送った分の精算ですが、
領収書が3枚（合計 18,460円）あります。
仮払いではなく立替精算で申請すればよいでしょうか。

土屋""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp (hyphen for the dot) is a look-alike of the company's own domain",
)

# == 094 ================================================================================
_add(
    sender=MIZUNO,
    to=["小川 光太 <kota.ogawa.photo@gmail.com>"],
    subject="11/12 香盤表（パスワード別送）",
    charset="iso-2022-jp",
    body=f"""小川さん

お疲れさまです。水野です。
11/12 葉山ロケの香盤表をお送りします。
ZIPのパスワードはこのあと別メールでお送りします。
{SIG_MIZUNO}""",
    attachments=[{"kind": "zip", "name": "kouban_1112.zip", "password": "hayama1112",
                  "files": [{"kind": "pdf", "name": "koubanhyo_1112.pdf", "lines": ["香盤表 11/12"]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected ZIP to a freelancer's Gmail: the attachment cannot be inspected",
)

# == 095 ================================================================================
_add(
    sender=SUGIURA,
    to=["石黒 様 <ishiguro@star-pro.co.jp>"],
    subject="出演料の考え方について",
    charset="utf-8",
    body=f"""石黒様

杉浦です。先日ご質問のあった、弊社の出演料の考え方について資料をお送りします。
個別の金額はご相談ですが、目安としてご覧ください。
{SIG_SUGIURA}""",
    attachments=[{"kind": "docx", "name": "shutsuenryo_kijun_2026.docx", "title": "出演料算定基準 2026",
                  "page_header": "部外秘　映像制作部",
                  "paragraphs": ["出演料算定基準（2026年度版）",
                                 "1. 基本料：TVCM 主演 80〜150万円／助演 20〜50万円／エキストラ 1〜1.5万円",
                                 "2. 使用期間：1年を基本とし、延長は基本料の50％",
                                 "3. 媒体追加：Web・SNS追加は基本料の30％",
                                 "4. 事務所マージン：各社との取り決めに従う（別表）",
                                 "5. 値引き交渉の上限：基本料の15％まで（部長承認で20％）"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached document is marked 部外秘 in its header and goes to a talent agency",
)

# == 096 ================================================================================
_p = _person(("比嘉", "ヒガ", "Higa"), sex="F", years=(1993, 1999))
_add(
    sender=OKOCHI,
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="2026年分 支払調書（控え）送付のご案内",
    charset="utf-8",
    body=f"""{_p['name']}様

いつもお世話になっております。日の出産業株式会社 経理部の大河内でございます。
確定申告のご参考として、2026年分の「報酬、料金、契約金及び賞金の支払調書」の控えを
PDFでお送りいたします。ご査収のほどよろしくお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{"kind": "pdf", "name": "shiharai_chosho_2026_higa.pdf", "title": "支払調書 2026",
                  "lines": ["令和8年分 報酬、料金、契約金及び賞金の支払調書",
                            f"支払を受ける者　住所：{_p['addr']}",
                            f"　　　　　　　　氏名：{_p['name']}",
                            f"　　　　　　　　個人番号：{my_number(SEED + 40)}",
                            "区分：出演料　支払金額：1,320,000円　源泉徴収税額：134,772円",
                            "支払者：日の出産業株式会社　東京都江東区豊洲三丁目2番20号"]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a payment record PDF carrying the model's My Number, sent to her free-mail address",
)

# == 097 ================================================================================
_mn = my_number(SEED + 41)
_add(
    sender=AKIYOSHI,
    to=["宮坂 様 <miyasaka@yamabuki-tax.jp>"],
    cc=[OKOCHI],
    subject="ＦＷ：マイナンバーの件（相楽です）",
    charset="iso-2022-jp",
    body=f"""宮坂様

日の出産業の秋吉です。支払調書の件で未提出だった相楽さんから返信がありましたので転送します。

-----Original Message-----
From: 相楽 芽衣 <mei.sagara.0612@docomo.ne.jp>
Sent: Thursday, November 5, 2026 11:48 PM
To: 秋吉 彩
Subject: Re: マイナンバーの件

秋吉さん
遅くなってすみません！番号です。
{_zen(_mn)}
住所は前にお伝えしたところから変わっていません。よろしくお願いします。
相楽""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward of a model's mail giving her My Number in full-width digits, sent to the outside accountant",
)

# == 098 ================================================================================
_add(
    sender=OKABE,
    to=["藤代 様 <fujishiro@koukoku-plan.co.jp>"],
    subject="Web版エンドクレジット・SNS告知についてのお願い",
    charset="utf-8",
    body=f"""藤代様

日の出産業の岡部です。Web版にご出演いただく栗原 紗季さんについてお願いがございます。

ご本人は以前、元交際相手からストーカー被害に遭い、警察の保護を受けていた経緯があるそうです。
そのため、エンドクレジットやSNSでの告知にフルネームを出さないこと、
撮影場所・日時を事前にも事後にも公開しないことを強く希望されています。

クライアント様へのご説明の際は、「本人の事情により」程度にとどめていただけますと幸いです。
{SIG_OKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named actress having been a crime (stalking) victim, told to the ad agency: special-care data",
)

# == 099 ================================================================================
_p = _cast([("M", "old"), ("F", "old"), ("M", "adult"), ("F", "adult"), ("F", "child"),
            ("M", "child"), (None, "adult")])
_sched = [["鎌倉・旧館やかた ロケ スケジュール（12/12）", "", ""], ["時間", "内容", "場所"],
          ["7:00", "集合・搬入", "正門"], ["8:30", "C1〜C3 縁側", "庭園側"], ["12:00", "昼食", "大広間"],
          ["13:30", "C4〜C6 書斎", "2階"], ["17:00", "撤収", ""]]
_contacts = [["氏名", "役", "携帯", "メール"]] + [
    [p["name"], r, p["phone"], p["email"]] for p, r in zip(_p, ["祖父", "祖母", "父", "母", "長女", "長男", "近所の人"])]
_add(
    sender=MIZUNO,
    to=["旧館やかた 管理事務所 <info@kamakura-yakata.jp>"],
    subject="12/12 撮影スケジュールのご送付",
    charset="utf-8",
    body=f"""旧館やかた 管理事務所 ご担当者様

お世話になっております。日の出産業の水野です。
12/12の撮影スケジュールをお送りします。館内の使用場所と時間をご確認ください。
{SIG_MIZUNO}""",
    attachments=[{"kind": "xlsx", "name": "schedule_1212_yakata.xlsx",
                  "sheets": {"スケジュール": _sched, "出演者連絡先": _contacts}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="the schedule workbook's second sheet lists seven cast members' mobiles and e-mails; goes to the venue",
)

# == 100 ================================================================================
_add(
    sender=MIZUNO,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="12/12 鎌倉ロケ 運行表",
    charset="iso-2022-jp",
    body=f"""青葉運輸 配車センター 御中

いつもお世話になっております。日の出産業の水野です。
12/12 鎌倉ロケの運行表をお送りします。

  便    出発    乗車場所                     人数   行先
  ----------------------------------------------------------------
  1号車 5:30    日の出産業 本社前（豊洲）     18名   旧館やかた
  1号車 6:10    JR大船駅 西口ロータリー        6名   旧館やかた
  2号車 6:00    JR新宿駅 西口 スバルビル跡前   22名   旧館やかた
  2号車 18:30   旧館やかた                    28名   JR新宿駅 西口
  1号車 18:45   旧館やかた                    24名   日の出産業 本社前

乗車名簿は前日にお送りします。高速代・駐車代は実費でご請求ください。
{SIG_MIZUNO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="bus timetable with pick-up points and head counts only: no personal data",
)
