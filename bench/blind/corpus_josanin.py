"""Blind evaluation corpus — area: josanin (マタニティ・サポート・プログラム).

The mail of 日の出産業株式会社's maternity-support programme, run together with a
midwife clinic (ひなた助産院) and obstetric hospitals: maternity-leave and
childbirth-allowance paperwork (出産手当金・出産育児一時金・産前産後休業), 母子手帳 and
prenatal check results, postpartum-care bookings, lactation consultations, baby-item
suppliers, hospital partner mail, and ordinary vendor and scheduling mail.

Every person, number, address and organisation outside the brief is invented.
Written blind from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading any of mailguard's code or any other author's corpus file.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 15801
rng = random.Random(SEED)

# -- small helpers ----------------------------------------------------------------------

_FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def fw(s: str) -> str:
    """ASCII digits and separators → full-width, as some staff type them."""
    return s.translate(_FW)


def mn(k: int) -> str:
    return my_number(SEED + k)


def mn_spaced(k: int) -> str:
    n = mn(k)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def card(k: int) -> str:
    return card_number(SEED + k)


def card_spaced(k: int, sep: str = " ") -> str:
    c = card(k)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def corp_number(base12: str) -> str:
    """法人番号 (13 digits): check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def wareki(y: int, m: int, d: int, short: bool = False) -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, e, ab = "平成", y - 1988, "H"
    else:
        era, e, ab = "昭和", y - 1925, "S"
    if short:
        return f"{ab}{e}.{m}.{d}"
    return f"{era}{'元' if e == 1 else e}年{m}月{d}日"


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


_MOTHERS = [
    ("石黒", "加奈子", "イシグロ", "カナコ", "ishiguro", "kanako"),
    ("東海林", "真由", "ショウジ", "マユ", "shoji", "mayu"),
    ("五十嵐", "沙織", "イガラシ", "サオリ", "igarashi", "saori"),
    ("雨宮", "菜摘", "アメミヤ", "ナツミ", "amemiya", "natsumi"),
    ("小鳥遊", "結衣", "タカナシ", "ユイ", "takanashi", "yui"),
    ("眞鍋", "瞳", "マナベ", "ヒトミ", "manabe", "hitomi"),
    ("二階堂", "美咲", "ニカイドウ", "ミサキ", "nikaido", "misaki"),
    ("相馬", "恵理", "ソウマ", "エリ", "soma", "eri"),
    ("古賀", "千尋", "コガ", "チヒロ", "koga", "chihiro"),
    ("仲宗根", "愛", "ナカソネ", "アイ", "nakasone", "ai"),
    ("鬼塚", "里奈", "オニツカ", "リナ", "onitsuka", "rina"),
    ("岩永", "遥", "イワナガ", "ハルカ", "iwanaga", "haruka"),
    ("千葉", "朋美", "チバ", "トモミ", "chiba", "tomomi"),
    ("宇佐美", "彩", "ウサミ", "アヤ", "usami", "aya"),
    ("薬師寺", "奈央", "ヤクシジ", "ナオ", "yakushiji", "nao"),
    ("日比野", "舞", "ヒビノ", "マイ", "hibino", "mai"),
    ("蓮見", "優子", "ハスミ", "ユウコ", "hasumi", "yuko"),
    ("御手洗", "梓", "ミタライ", "アズサ", "mitarai", "azusa"),
    ("坂之上", "香織", "サカノウエ", "カオリ", "sakanoue", "kaori"),
    ("八木橋", "由佳", "ヤギハシ", "ユカ", "yagihashi", "yuka"),
    ("桐生", "麻衣", "キリュウ", "マイ", "kiryu", "mai"),
    ("久保寺", "茜", "クボデラ", "アカネ", "kubodera", "akane"),
    ("大豆生田", "恵", "オオマミュウダ", "メグミ", "omamyuda", "megumi"),
    ("百瀬", "詩織", "モモセ", "シオリ", "momose", "shiori"),
    ("堀之内", "朱里", "ホリノウチ", "アカリ", "horinouchi", "akari"),
    ("砂川", "亜希", "スナガワ", "アキ", "sunagawa", "aki"),
    ("野々村", "紗希", "ノノムラ", "サキ", "nonomura", "saki"),
    ("天野", "若菜", "アマノ", "ワカナ", "amano", "wakana"),
    ("尾花", "理沙", "オバナ", "リサ", "obana", "risa"),
    ("竹之内", "春香", "タケノウチ", "ハルカ", "takenouchi", "haruka"),
    ("漆原", "沙耶", "ウルシバラ", "サヤ", "urushibara", "saya"),
    ("釘宮", "みのり", "クギミヤ", "ミノリ", "kugimiya", "minori"),
]
_FATHERS = ["翔太", "大輔", "健一", "拓也", "直樹", "亮介", "誠", "和也", "悠人", "慎吾",
            "洋平", "隆之"]
_BABIES = [("陽葵", "ひまり"), ("蓮", "れん"), ("湊", "みなと"), ("紬", "つむぎ"),
           ("碧", "あおい"), ("結翔", "ゆいと"), ("凛", "りん"), ("芽依", "めい"),
           ("朝陽", "あさひ"), ("澪", "みお"), ("蒼真", "そうま"), ("杏", "あん")]
_PLACES = [
    ("140", "東京都品川区", "中延"), ("145", "東京都大田区", "上池台"),
    ("211", "神奈川県川崎市中原区", "木月"), ("223", "神奈川県横浜市港北区", "綱島西"),
    ("332", "埼玉県川口市", "芝"), ("273", "千葉県船橋市", "前原西"),
    ("158", "東京都世田谷区", "奥沢"), ("136", "東京都江東区", "南砂"),
    ("330", "埼玉県さいたま市浦和区", "岸町"), ("252", "神奈川県相模原市中央区", "相模原"),
    ("146", "東京都大田区", "鵜の木"), ("214", "神奈川県川崎市多摩区", "登戸"),
]
_BLDG = ["", "", "", " メゾン芝浦203", " パークハイツ401", " コーポ若葉102", " グランシエル1105",
         " サンライズ東館305", ""]


def person_pool(n: int) -> list[tuple]:
    return rng.sample(_MOTHERS, n)


def address() -> tuple[str, str]:
    z, city, town = rng.choice(_PLACES)
    zipc = f"{z}-{rng.randint(0, 9999):04d}"
    a, b, c = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
    style = rng.randrange(3)
    num = (f"{a}-{b}-{c}" if style == 0 else f"{a}丁目{b}番{c}号" if style == 1
           else f"{a}丁目{b}-{c}")
    return zipc, f"{city}{town}{num}{rng.choice(_BLDG)}"


def dob(lo: int = 1986, hi: int = 1998) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count two)."""
    w = sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)
    return s + " " * max(width - w, 0)


# -- people and addresses of the programme ----------------------------------------------

ONODERA = "小野寺 美帆 <onodera.miho@hinode-sangyo.co.jp>"      # 人事部 労務グループ
KUWABARA = "桑原 健太 <kuwabara.kenta@hinode-sangyo.co.jp>"     # 総務部 福利厚生課
ETO = "江藤 由紀子 <eto.yukiko@hinode-sangyo.co.jp>"            # 健康管理室 保健師
SHINOZAKI = "篠崎 亮 <shinozaki.ryo@hinode-sangyo.co.jp>"       # 総務部 購買
MAKI = "牧 智之 <maki.tomoyuki@hinode-sangyo.co.jp>"            # 経理部
SAEGUSA = "三枝 航 <saegusa.wataru@hinode-sangyo.co.jp>"        # 情報システム部
HASEBE = "長谷部 瑞穂 <hasebe.mizuho@hinode-sangyo.co.jp>"      # ダイバーシティ推進室
MORIKAWA = "森川 彩花 <morikawa.ayaka@hinode-sangyo.co.jp>"     # 営業二課 (産休予定)
TSUJI = "辻 紗和 <tsuji.sawa@mail.hinode-sangyo.co.jp>"          # 人事部 (subdomain)

JINJI = "jinji-romu@hinode-sangyo.co.jp"
SAEKI = "佐伯 千鶴 <saeki@hinata-josanin.jp>"                   # ひなた助産院 院長
HINATA_YOYAKU = "ひなた助産院 予約窓口 <yoyaku@hinata-josanin.jp>"
MINATO = "みなと産婦人科病院 地域連携室 <renkei@minato-sanfujinka.or.jp>"
KASUMI = "霞ヶ丘記念病院 産科外来 <sanka@kasumigaoka-hp.or.jp>"
KENPO = "関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"
SR = "堀内 達也 <horiuchi@yamabuki-sr.jp>"                      # 社会保険労務士
KOMOREBI = "産後ケアハウスこもれび <info@komorebi-care.jp>"
POKAPOKA = "ぽかぽかベビー株式会社 法人営業部 <hojin@pokapoka-baby.co.jp>"
MILK = "ミルクハート株式会社 レンタル窓口 <rental@milkheart.co.jp>"
CITY = "南野市 こども家庭課 <kodomo-katei@city.minamino.lg.jp>"
UNIV = "緑陽大学 母性看護学研究室 <bosei-lab@ryokuyo-u.ac.jp>"

SIG = {
    "onodera": """
--
日の出産業株式会社 人事部 労務グループ
小野寺 美帆（おのでら みほ）
〒141-0022 東京都品川区東五反田8-21-3 日の出ビル6F
TEL 03-5793-4410（直通） FAX 03-5793-4499
onodera.miho@hinode-sangyo.co.jp
""",
    "kuwabara": """
━━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 総務部 福利厚生課　桑原 健太
 マタニティ・サポート・プログラム事務局
 TEL：03-5793-4425 / 内線 4425
 Mail：kuwabara.kenta@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━
""",
    "eto": """
-----------------------------
日の出産業株式会社 健康管理室
保健師 江藤 由紀子
TEL 03-5793-4460
-----------------------------
""",
    "shinozaki": """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業（株） 総務部 購買グループ
篠崎 亮　Shinozaki Ryo
〒141-0022 東京都品川区東五反田8-21-3
TEL:03-5793-4431　FAX:03-5793-4499
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
""",
    "maki": """
--
経理部 牧 智之
日の出産業株式会社  03-5793-4450
""",
    "saegusa": """
---
三枝 航 / Wataru Saegusa
情報システム部 業務システムG
日の出産業株式会社  ext.4480
""",
    "hasebe": """
========================================
日の出産業株式会社
人事部 ダイバーシティ推進室 室長
長谷部 瑞穂
TEL 03-5793-4415  hasebe.mizuho@hinode-sangyo.co.jp
========================================
""",
    "morikawa": """
----
日の出産業株式会社 営業本部 営業二課
森川 彩花
TEL 03-5793-4520 / 携帯 070-3318-6642
""",
    "tsuji": """
辻 紗和（人事部 人事企画G）
日の出産業株式会社 〒141-0022 東京都品川区東五反田8-21-3
""",
    "en": """
--
Kenta Kuwabara
Employee Benefits Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
8-21-3 Higashi-Gotanda, Shinagawa-ku, Tokyo 141-0022, Japan
Tel: +81-3-5793-4425
""",
}

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you have
received it in error, please notify the sender and delete it. Any unauthorised use,
disclosure or copying is prohibited."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("attachments", [])
    m.setdefault("charset", "utf-8")
    MESSAGES.append(m)


# -- 001-020 ----------------------------------------------------------------------------

add(id="josanin-001", sender=ONODERA, to=[KENPO], charset="iso-2022-jp",
    subject="出産手当金の申請書類について（事前確認のお願い）",
    body="""関東機械工業健康保険組合
給付課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の小野寺でございます。

下記被保険者の出産手当金（産前分）について、申請書を郵送する前に
記載内容を確認いただきたく、ご連絡いたしました。

　被保険者氏名　：森川 彩花（モリカワ アヤカ）
　被保険者証　　：記号 ７１０２　番号 ３１８
　生年月日　　　：平成４年７月１９日
　出産予定日　　：令和７年１１月２日
　産前休業開始日：令和７年９月２２日

事業主証明欄の賃金支払状況は９月分まで記入済みです。
医師・助産師の証明欄は出産後に病院で記入いただく予定です。

不足書類などございましたらご指摘ください。
よろしくお願いいたします。
""" + SIG["onodera"],
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="health-insurance 記号・番号 of one employee with name and 和暦 DOB to the external 健保組合")

add(id="josanin-002", sender=KUWABARA, to=[SAEKI], charset="cp932",
    subject="授乳相談会（10月）の日程候補",
    body="""ひなた助産院
佐伯先生

いつもお世話になっております。日の出産業の桑原です。
先日はお打ち合わせのお時間をいただき、ありがとうございました。

10月の社内授乳相談会ですが、会議室の空き状況から以下の候補でいかがでしょうか。

　(1) 10月8日（水） 13:30～15:30
　(2) 10月15日（水） 13:30～15:30
　(3) 10月17日（金） 10:00～12:00

場所は本社6階の「さくら」会議室（和室ではなく、マットを敷きます）です。
授乳用のパーテーションとお湯のポットはこちらでご用意します。

ご都合のよい日をお知らせいただけましたら、社内告知を出します。
どうぞよろしくお願いいたします。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="ordinary scheduling with the midwife clinic; no personal data")

add(id="josanin-003", sender=ETO, to=[SAEKI], charset="utf-8",
    subject="Re: 来週の個別相談の件",
    body="""佐伯先生

お世話になっております。健康管理室の江藤です。
来週の個別相談に入っている営業二課の石黒加奈子さん（34歳、初産）について、
事前に共有させてください。本人の了解は得ています。

先週木曜の妊婦健診で血圧が146/94、尿蛋白が（＋）で、主治医から
妊娠高血圧症候群の疑いがあるので塩分を控えて安静に、と言われたそうです。
29週です。むくみも強く、本人はかなり不安がっています。

相談の際は、仕事の負荷の下げ方も含めてアドバイスいただけると助かります。
当日は私も同席する予定です。

> 江藤様
> 来週の相談枠、石黒様で承知しました。事前に気になる点があれば教えてください。
> 佐伯
""" + SIG["eto"],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prenatal check result and suspected diagnosis of one named employee, running text, to the clinic")

add(id="josanin-004", sender=SHINOZAKI, to=[POKAPOKA], charset="iso-2022-jp",
    subject="【発注】出産祝い品（下期分）　発注番号 HS-PO-25-0817",
    body="""ぽかぽかベビー株式会社
法人営業部 御中

いつもお世話になっております。日の出産業 購買の篠崎です。
下期分の出産祝い品を下記のとおり発注いたします。

発注番号：HS-PO-25-0817
-------------------------------------------------------------
品番            品名                        数量   単価(税抜)
-------------------------------------------------------------
PB-3301-IV      ガーゼおくるみ アイボリー      24    2,400
PB-3301-GY      ガーゼおくるみ グレー          12    2,400
PB-5120-00      名入れ木製ラトル               36    1,850
PB-7004-M       母子手帳ケース（M）            30    1,600
-------------------------------------------------------------
納品先：本社 総務部（東五反田） 10月10日必着
請求書は月末締めで経理部宛にお願いします。

以上、よろしくお願いいたします。
""" + SIG["shinozaki"],
    expect="pass", entities=[], detectors=[],
    note="purchase order with product codes and prices; no people")

_p5 = person_pool(8)
_rows5 = []
for i, p in enumerate(_p5, 1):
    _rows5.append(pad(f"{i:>2}  {p[0]} {p[1]}", 22) + pad(f"{p[0]} {_FATHERS[(i * 5) % len(_FATHERS)]}", 16)
                  + pad(mobile(), 16) + f"{p[4]}.{p[5]}{rng.randint(1, 99)}@"
                  + rng.choice(["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"]))
add(id="josanin-005", sender=KUWABARA, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    charset="cp932",
    subject="9/27 両親学級 参加者名簿（受付用）",
    body="""さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の桑原です。
9月27日（土）「あけぼのの間」で開催する両親学級の参加者名簿をお送りします。
受付での名札作成と、当日欠席連絡があった場合の照合にお使いください。

 No  ご本人              パートナー      携帯            連絡先メール
---------------------------------------------------------------------------------
""" + "\n".join(_rows5) + """
---------------------------------------------------------------------------------
計8組16名（ほか助産師2名、事務局2名）

ベビー人形と沐浴用ベビーバスは前日搬入とさせてください。
""" + SIG["kuwabara"],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="list of 8 participant couples with mobile numbers and personal e-mails, padded table, to the hotel")

add(id="josanin-006", sender=KUWABARA,
    to=[HINATA_YOYAKU, MINATO, KASUMI],
    cc=[KOMOREBI, "hasebe.mizuho@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="【ご案内】第3回 産前産後サポート連絡会（11/12）",
    body="""関係各位

いつもマタニティ・サポート・プログラムにご協力いただき、ありがとうございます。
日の出産業株式会社 総務部の桑原です。

第3回 産前産後サポート連絡会を下記のとおり開催いたします。

　日時：11月12日（水）15:00～16:30
　会場：日の出産業 本社 6階 大会議室（オンライン併用）
　議題：
　　１．上期の利用状況のご報告（集計値のみ）
　　２．産後ケア利用枠の拡充について
　　３．授乳相談のオンライン化について

ご出欠を11月5日までにご返信ください。
""" + SIG["kuwabara"],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations (clinic, two hospitals, care house) visible in To/Cc")

_p7 = person_pool(10)
_rows7 = [["マタニティ支援 対象者一覧（2025年度）", "", "", "", "", ""],
          ["氏名", "所属", "生年月日", "出産予定日", "健保記号", "健保番号"]]
for p in _p7:
    y, m, d = dob()
    _rows7.append([f"{p[0]} {p[1]}", rng.choice(["営業一課", "営業二課", "経理部", "製造部", "物流課", "企画室"]),
                   f"{y}/{m:02d}/{d:02d}", f"2025/{rng.randint(6, 12):02d}/{rng.randint(1, 28):02d}",
                   "7102", str(rng.randint(100, 999))])
add(id="josanin-007", sender=ONODERA, to=[JINJI], cc=["hasebe.mizuho@hinode-sangyo.co.jp"],
    charset="utf-8",
    subject="対象者一覧 更新しました",
    body="""労務G各位

今年度の産休・育休対象者一覧を最新化しました（10名）。
健保の記号番号も転記済みです。共有フォルダにも置きましたが念のため添付します。

小野寺
""",
    attachments=[{"kind": "xlsx", "name": "対象者一覧_2025.xlsx",
                  "sheets": {"一覧": _rows7}}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=[],
    note="10 employees' records with insurance numbers, but all recipients internal")

add(id="josanin-008", sender=MORIKAWA, to=["神田 修平 <kanda.shuhei@hinode-sangyo.jp>"],
    charset="cp932",
    subject="産休前の引き継ぎスケジュール（案）",
    body="""神田課長

お疲れさまです。森川です。
産休に入る前の引き継ぎスケジュール案を作りました。

　9/1週　　北国フーズ様・錦印刷様の担当引き継ぎ（同行訪問）
　9/8週　　見積中案件（3件）の資料整理、共有フォルダへ格納
　9/15週　 予備日・社内説明
　9/19（金）最終出社

同行訪問の日程は、先方のご都合を確認してから改めてご相談させてください。
よろしくお願いします。
""" + SIG["morikawa"],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="internal-looking mail sent to hinode-sangyo.jp (dropped co.), a look-alike of the own domain")

add(id="josanin-009", sender=HASEBE, to=[SR], charset="iso-2022-jp",
    subject="マタニティ支援制度 改定案のご相談",
    body="""やまぶき社会保険労務士法人
堀内先生

いつもお世話になっております。日の出産業の長谷部です。
来年4月施行を予定しているマタニティ支援制度の改定案を作成しました。
就業規則・育児介護休業規程との整合について、ご意見をいただけますでしょうか。

主な変更点は、
　・妊娠中の時差出勤を申請制から届出制へ
　・産後ケア利用補助の上限を年5万円に引き上げ
　・配偶者出産休暇を3日から5日へ
の3点です。

添付資料は取締役会付議前のものですので、取扱いにご留意ください。
""" + SIG["hasebe"],
    attachments=[{"kind": "docx", "name": "マタニティ支援制度改定案_v3.docx",
                  "page_header": "社外秘",
                  "title": "マタニティ支援制度 改定案",
                  "paragraphs": ["マタニティ支援制度 改定案（第3版）",
                                 "1. 目的　妊娠・出産期の社員が安心して働き続けられるよう、支援制度を拡充する。",
                                 "2. 時差出勤　妊娠中の社員は、所属長への届出により始業時刻を最大90分繰り下げることができる。",
                                 "3. 産後ケア利用補助　自治体の産後ケア事業又は提携施設の利用料について、年間5万円を上限に補助する。",
                                 "4. 配偶者出産休暇　配偶者の出産に際し、特別休暇5日（有給）を付与する。",
                                 "5. 施行日　2026年4月1日"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX stamped 社外秘 in its page header sent to the external labour consultant")

add(id="josanin-010", sender=ETO, to=["jinji-bucho@hinode-sangyo.co.jp"],
    cc=["onodera.miho@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="営業二課 石黒さんの件（入院）",
    body="""人事部長

健康管理室の江藤です。取り急ぎご報告です。

営業二課の石黒加奈子さんですが、昨日の健診で切迫早産と診断され、
みなと産婦人科病院に管理入院となりました。入院期間は未定で、
少なくとも2週間は安静とのことです。

本人とは電話で話せています。産前休業の前倒しと、それまでの期間の
扱い（欠勤か有休か）について、小野寺さんから本人に説明をお願いできますか。
""" + SIG["eto"],
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="diagnosis of a named employee, but every recipient is internal")

add(id="josanin-011", sender=ONODERA, to=[KENPO], charset="utf-8",
    subject="出産育児一時金（差額）申請書類の送付",
    body="""関東機械工業健康保険組合 給付課 御中

お世話になっております。日の出産業 人事部の小野寺です。

標記の件、申請書類一式（申請書、直接支払制度の合意文書、領収・明細書の写し）を
ZIPファイルにまとめてお送りします。
パスワードは別メールにてお送りいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG["onodera"],
    attachments=[{"kind": "zip", "name": "申請書類_20250912.zip", "password": "Hn#2509kyufu",
                  "files": [{"kind": "docx", "name": "出産育児一時金差額申請書.docx",
                             "paragraphs": ["出産育児一時金 内払金支払依頼書・差額申請書",
                                            "被保険者 記号 7102 番号 205",
                                            "氏名 東海林 真由　生年月日 1990年2月14日"]},
                            {"kind": "pdf", "name": "領収明細書.pdf",
                             "lines": ["領収・明細書（写）", "みなと産婦人科病院"]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the insurer: attachment cannot be inspected")

add(id="josanin-012", sender=ONODERA, to=[KENPO], charset="utf-8",
    subject="Re: 出産育児一時金（差額）申請書類の送付【パスワード】",
    body="""関東機械工業健康保険組合 給付課 御中

先ほどお送りしたファイルのパスワードです。

　Hn#2509kyufu

日の出産業 人事部 小野寺
""",
    expect="pass", entities=[], detectors=[],
    note="the follow-up password mail: no personal data, no attachment, one external recipient")

add(id="josanin-013", sender=KUWABARA, to=[
    "Emily Carter <emily.carter@littlesprout.com>"], charset="utf-8",
    subject="Order LS-88213 - payment details",
    body=f"""Hi Emily,

Thank you for the quick reply. Your web shop keeps rejecting our corporate card at
checkout, so as you suggested, here are the card details for order LS-88213
(40 x organic muslin swaddles, SKU MS-0420-NAT):

  Card:        {card_spaced(1)}
  Expiry:      08/28
  Name on card: HINODE SANGYO CO LTD
  CVC will be given by phone.

Please ship to our Tokyo office (address in my signature) by DHL Express.

Best regards,
""" + SIG["en"] + DISC_EN,
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full credit card number written in the mail to a foreign supplier")

add(id="josanin-014", sender=KUWABARA, to=[MINATO],
    cc=["hasebe.mizuho@hinode-sangyo.co.jp", "eto.yukiko@hinode-sangyo.co.jp"],
    charset="iso-2022-jp",
    subject="産後ケア病棟 見学のお願い",
    body="""みなと産婦人科病院
地域連携室 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 総務部の桑原でございます。

弊社マタニティ・サポート・プログラムの運営委員で、貴院の産後ケア病棟を
見学させていただけないかと考えております。

　見学希望者：長谷部（人事部）、江藤（健康管理室）、桑原（総務部）の3名
　候補日　　：10月21日（火）午後／10月23日（木）午前／10月28日（火）午後
　所要時間　：1時間程度

入院中の方のご迷惑にならない時間帯で結構です。
ご検討のほど、よろしくお願い申し上げます。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="visit request to a partner hospital; staff names only, no personal data")

add(id="josanin-015", sender=ONODERA, to=[SR], charset="cp932",
    subject="グエンさんの出産関連手続きについて",
    body="""堀内先生

お世話になっております。小野寺です。
製造部のグエンさんが12月に出産予定のため、出産育児一時金と
育休給付の手続きをお願いしたく、必要事項をお知らせします。

氏名：NGUYEN THI LAN（グエン・ティ・ラン）
生年月日：1995年3月8日
国籍：ベトナム
在留カード番号：UH48213796LA（在留期限 2027年4月15日、技術・人文知識・国際業務）
雇用保険被保険者番号：5012-483917-6

ご本人は日本語の書類に不安があるとのことで、説明の場を設ける予定です。
必要な翻訳書類があれば教えてください。
""" + SIG["onodera"],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="residence card number of one employee with DOB to the labour consultant")

add(id="josanin-016", sender=ONODERA, to=[SR], charset="iso-2022-jp",
    subject="Re: 産前産後休業保険料免除 申出書の件",
    body="""堀内先生

ご確認ありがとうございます。不足しておりました項目をお送りします。

　氏名　　　　　：雨宮 菜摘
　生年月日　　　：平成２年１１月３日
　基礎年金番号　：""" + fw("4127-583096") + """
　産前産後休業　：令和７年１０月６日～令和８年１月２６日（予定）

出産後に変更届が必要になる点、承知しました。

-----Original Message-----
From: 堀内 達也 <horiuchi@yamabuki-sr.jp>
Sent: Tuesday, September 9, 2025 10:12 AM
Subject: 産前産後休業保険料免除 申出書の件

小野寺様
申出書の作成にあたり、雨宮様の基礎年金番号と生年月日をお知らせください。
堀内
""" + SIG["onodera"],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="new text of a reply gives a basic pension number (full-width) and 和暦 DOB of one employee")

add(id="josanin-017", sender=ETO, to=[SAEKI], charset="iso-2022-jp",
    subject="Re: 石黒様 相談記録",
    body="""佐伯先生

ご丁寧にありがとうございます。
いただいた内容は、本人の同意の範囲で職場の配慮に活かします。
次回は11月の定例でお願いいたします。

江藤

> 江藤様
>
> 本日の石黒加奈子様のご相談内容をまとめます。
> ・血圧 142/90、尿蛋白（±）。妊娠高血圧症候群で経過観察中。
> ・夜間の睡眠が3～4時間と短く、不安感が強い。
> ・在宅勤務の継続と、立ち仕事の免除を会社に相談したいとのこと。
>
> ひなた助産院 佐伯
""" + SIG["eto"],
    expect="pass", entities=[], detectors=[],
    note="the health details are only in quoted text from the clinic's own mail; new text has none")

add(id="josanin-018", sender=ETO, to=[MILK], charset="utf-8",
    subject="FW: 授乳相談の記録（五十嵐様）／搾乳機レンタルのご相談",
    body="""ミルクハート株式会社
レンタル窓口 ご担当者様

日の出産業 健康管理室の江藤と申します。
弊社社員の搾乳機レンタルについてご相談です。助産院からの記録を転送しますので、
状況をご確認のうえ、適した機種をご提案いただけますでしょうか。

---------- Forwarded message ---------
From: 佐伯 千鶴 <saeki@hinata-josanin.jp>
Date: 2025年9月3日(水) 17:48
Subject: 授乳相談の記録（五十嵐様）
To: 江藤 由紀子 <eto.yukiko@hinode-sangyo.co.jp>

江藤様

本日、五十嵐沙織様（産後7週）の授乳相談を行いました。
・左乳房に発赤としこりあり、38.4℃の発熱。急性乳腺炎と判断し、
　提携の乳腺外来を受診いただき抗生剤が処方されています。
・直接授乳が痛みで難しいため、当面は電動搾乳機での搾乳をおすすめしました。
・来週、再度経過を確認します。

ひなた助産院 佐伯
""" + SIG["eto"],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward (new text to the supplier) of one named employee's mastitis diagnosis and treatment")

_p19 = person_pool(7)
_rows19 = [["振込先氏名（カナ）", "金融機関", "支店", "種別", "口座番号", "金額"]]
for p in _p19:
    _rows19.append([f"{p[2]} {p[3]}", rng.choice(["ミドリギンコウ", "ユウチヨギンコウ", "ミズホギンコウ"]),
                    rng.choice(["ホンテン", "ゴタンダ", "カワサキ", "ウラワ", "フナバシ"]),
                    "普通", f"{rng.randint(0, 9999999):07d}", "30000"])
add(id="josanin-019", sender=MAKI, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    charset="cp932",
    subject="総合振込データ（出産祝い金 9月分）",
    body="""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の牧です。
先日ご相談した件、9月分の出産祝い金の総合振込データをCSVで添付します。
振込指定日は9月25日です。

件数：7件　合計：210,000円

インターネットバンキングの不具合が解消するまでの臨時対応として
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG["maki"],
    attachments=[{"kind": "csv", "name": "furikomi_syukusan_202509.csv", "encoding": "cp932",
                  "rows": _rows19}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="CSV of 7 employees' bank accounts (kana names) sent to the bank")

add(id="josanin-020", sender=KUWABARA, to=[CITY], charset="iso-2022-jp",
    subject="提携医療機関一覧の送付",
    body="""南野市 こども家庭課
ご担当者様

お世話になっております。日の出産業 総務部の桑原です。
先日お問い合わせいただいた、弊社プログラムの提携医療機関の一覧です。

・みなと産婦人科病院　　南野市港町2-14-1　　　　代表 044-811-3300
・霞ヶ丘記念病院　　　　南野市霞ヶ丘5-3-8　　　　代表 044-822-5151
・ひなた助産院　　　　　南野市日向1-7-22　　　　 代表 044-833-0418
・さくら台レディースクリニック　東京都品川区大崎3-9-2 代表 03-5436-2210
・産後ケアハウスこもれび　南野市若葉台4-1-6　　 代表 044-845-7720
・あおぞら乳腺外科クリニック　南野市中央1-2-3 中央ビル3F　代表 044-811-9090

いずれも法人としての窓口です。市の産後ケア事業との重複利用の扱いについては、
改めてご相談させてください。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="list of businesses (hospitals, clinics) with switchboards and addresses, not people")

# -- 021-040 ----------------------------------------------------------------------------

_p21 = person_pool(5)
_tr21 = "".join(
    f"<tr><td>{p[0]}　{p[1]}</td><td>{rng.choice(['営業一課', '製造部 品質管理', '経理部', '物流課', '情報システム部'])}</td>"
    f"<td>2025年{rng.randint(10, 12)}月{rng.randint(1, 28)}日</td><td>{mobile()}</td>"
    f"<td>{rng.choice(['1年', '1年6か月', '10か月', '2年'])}</td></tr>\n" for p in _p21)
add(id="josanin-021", sender=ONODERA, to=[SR], charset="utf-8",
    subject="下期 育休取得予定者の一覧",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>堀内先生</p>
<p>お世話になっております。日の出産業の小野寺です。<br>
下期に育休に入る予定の社員を一覧にしました。給付金の申請スケジュールの
ご確認をお願いします。休業中の連絡先として本人携帯も記載しています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>所属</th><th>出産予定日</th><th>本人携帯</th><th>育休予定期間</th></tr>
""" + _tr21 + """</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 労務グループ<br>小野寺 美帆<br>TEL 03-5793-4410</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail with a table of 5 employees and their mobile numbers to the labour consultant")

add(id="josanin-022", sender=KUWABARA, to=["Emily Carter <emily.carter@littlesprout.com>"],
    charset="utf-8",
    subject="Re: Quotation request - nursing covers and swaddles",
    body="""Hi Emily,

Thanks for the quotation (Q-2025-1187). A few questions before we place the order:

1. NC-210-SAGE (nursing cover, sage): is the MOQ of 50 per colour, or per order?
2. MS-0420-NAT (muslin swaddle): can you quote 120 pcs at the tier-2 price (USD 7.80)?
3. Lead time to Tokyo by sea vs. air - we need the goods by 20 November.

Our HS code for the swaddles is 6209.20 according to our forwarder, Aoba Unyu.

Kind regards,
""" + SIG["en"] + """
> Dear Kenta,
> Please find attached our quotation Q-2025-1187 valid until 31 October.
> Best, Emily Carter, Little Sprout Inc.
""" + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="English supplier mail: SKUs, prices, quotation number; disclaimer only")

_y23 = (1991, 5, 27)
add(id="josanin-023", sender=ETO, to=[KOMOREBI], charset="cp932",
    subject="産後ケア入所予定者の健診情報",
    body="""産後ケアハウスこもれび ご担当者様

お世話になっております。日の出産業 健康管理室の江藤です。
10月下旬に入所予定の弊社社員について、ご本人の同意を得て
直近の妊婦健診の結果を共有いたします（PDF添付）。

貧血とGBS陽性の件は、分娩先の病院とも情報共有済みとのことです。
入所時のケアプランのご参考にしてください。
""" + SIG["eto"],
    attachments=[{"kind": "pdf", "name": "妊婦健診結果_御手洗.pdf",
                  "title": "妊婦健診結果",
                  "lines": ["妊婦健康診査 結果記録（写）",
                            "氏名：御手洗 梓　　生年月日：" + wareki(*_y23),
                            "分娩予定：みなと産婦人科病院　　妊娠週数：35週2日", ""],
                  "table": [["検査項目", "結果", "基準", "判定"],
                            ["血圧", "118/72", "<140/90", "正常"],
                            ["Hb（ヘモグロビン）", "9.6 g/dL", "11.0以上", "貧血（鉄剤内服中）"],
                            ["尿蛋白", "（－）", "（－）", "正常"],
                            ["尿糖", "（＋）", "（－）", "要再検"],
                            ["GBS（B群溶連菌）", "陽性", "陰性", "分娩時抗菌薬投与予定"],
                            ["体重", "63.8 kg（+11.2）", "", "指導あり"]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF of one named employee's prenatal check results (anaemia, GBS positive) to the care house")

add(id="josanin-024", sender=KUWABARA, to=[SAEKI], cc=[MINATO, "eto.yukiko@hinode-sangyo.co.jp"],
    charset="iso-2022-jp",
    subject="三者打合せ（産後ケア紹介フロー）日程調整",
    body="""佐伯先生
みなと産婦人科病院 地域連携室 ご担当者様

お世話になっております。日の出産業の桑原です。
産後ケアの紹介フローについて、三者で一度お打ち合わせできればと思います。

候補：
　A）10/30（木）14:00-15:00
　B）11/4（火）10:00-11:00
　C）11/6（木）16:00-17:00

場所はひなた助産院様の2階をお借りできると伺っております（難しければオンラインで）。
ご都合のよい候補をお知らせください。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way meeting mail")

_y25 = (1989, 12, 4)
add(id="josanin-025", sender=ETO, to=[CITY], charset="utf-8",
    subject="産後の支援についてのご相談（弊社社員）",
    body="""南野市 こども家庭課 母子保健担当 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 健康管理室の保健師、江藤と申します。
南野市在住の弊社社員について、ご本人の希望によりご相談いたします。

相馬恵理さん、""" + wareki(*_y25) + """生まれ、南野市若葉台２丁目１１－５ にお住まいで、
８月２０日に第一子を出産されています。先週の面談で実施したＥＰＤＳ
（エジンバラ産後うつ病質問票）が１４点と高く、産後うつの可能性があるため、
心療内科の受診を勧めたところです。夫は単身赴任中で、日中の支援者がいません。

市の訪問事業や産後ケア（宿泊型）の早期利用につなげていただけないでしょうか。
ご本人の連絡先は """ + fw("080-4471-2093") + """ です（平日１０時以降なら出られるそうです）。
""" + SIG["eto"],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one person's 和暦 DOB, address, full-width phone and postnatal-depression screening in running text")

add(id="josanin-026", sender=ONODERA, to=["nonomura.saki.0314@gmail.com"], charset="iso-2022-jp",
    subject="復職面談の日程と提出書類のご案内",
    body="""野々村さん

ご無沙汰しています。人事部の小野寺です。
お子さんとの毎日はいかがでしょうか。

4月の復職に向けて、面談の日程を決めたいと思います。
2月中旬の平日で、ご都合のよい日時を2～3候補いただけますか。
オンライン（Teams）でも、お子さん連れでの来社でも構いません。

面談までに以下をご用意ください。
　・育児休業終了届（会社のフォーマット、後日郵送します）
　・保育園の入園内定通知のコピー（決まっていれば）

ご不明点はこのアドレスに返信してください。
""" + SIG["onodera"],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (the employee's private address), ordinary HR scheduling")

_p27 = person_pool(10)
_t27 = [["No.", "氏名", "ふりがな", "連絡先（携帯）", "予定月", "参加"]]
for i, p in enumerate(_p27, 1):
    _t27.append([str(i), f"{p[0]} {p[1]}", f"{p[2]} {p[3]}", fw(mobile()) if i % 3 == 0 else mobile(),
                 f"{rng.randint(11, 12)}月" if i % 2 else f"{rng.randint(1, 3)}月",
                 rng.choice(["夫婦", "本人のみ", "夫婦"])])
add(id="josanin-027", sender=KUWABARA, to=[HINATA_YOYAKU], cc=[SAEKI], charset="utf-8",
    subject="10/18 両親学級（第2回）出席者名簿",
    body="""ひなた助産院 予約窓口 ご担当者様
（cc：佐伯先生）

お世話になっております。日の出産業の桑原です。
10月18日の両親学級の出席者名簿をお送りします。
当日の沐浴実習のグループ分けにお使いください。

急な欠席がある場合は、名簿の携帯番号に直接ご連絡いただいて構わないと
参加者から了解を得ています。
""" + SIG["kuwabara"],
    attachments=[{"kind": "docx", "name": "両親学級_出席者名簿_1018.docx",
                  "paragraphs": ["両親学級（第2回）出席者名簿", "2025年10月18日（土）10:00～12:30　会場：ひなた助産院 2階"],
                  "tables": [_t27]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="DOCX table of 10 participants (names, kana, mobiles) to the clinic")

add(id="josanin-028", sender=HASEBE, to=["白川法律事務所 三宅 <miyake@shirakawa-law.jp>"],
    charset="iso-2022-jp",
    subject="ひなた助産院との秘密保持契約書（案）レビューのお願い",
    body="""白川法律事務所
三宅先生

いつもお世話になっております。日の出産業の長谷部です。

ひなた助産院様と業務委託契約を結ぶにあたり、先方から秘密保持契約書の
ひな形をいただきました。弊社社員の健康情報を扱うことになるため、
個人情報の取扱い条項（第5条）と、契約終了後の返還・廃棄（第9条）を
特に確認いただきたいです。

来週中にご意見をいただけると助かります。
""" + SIG["hasebe"],
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_ひなた助産院.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とひなた助産院（以下「乙」という。）は、"
                                 "甲の社員に対する妊娠・出産期の支援業務に関し、以下のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示された情報をいう。",
                                 "第5条（個人情報）乙は、業務上知り得た甲の社員の個人情報を、本業務の目的以外に利用しない。",
                                 "第9条（返還・廃棄）本契約終了時、乙は秘密情報を速やかに返還又は廃棄する。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with its draft to the company's law firm; 秘密情報 is mentioned, not stamped")

_p29 = person_pool(12)
_r29 = [["出産祝い品 配送リスト（10月発送分）"], [],
        ["受取人", "郵便番号", "住所", "電話番号", "品番", "配達希望"]]
for p in _p29:
    z, a = address()
    _r29.append([f"{p[0]} {p[1]}", z, a, mobile(), rng.choice(["PB-3301-IV", "PB-5120-00", "PB-7004-M"]),
                 rng.choice(["午前中", "14-16時", "18-20時", "指定なし"])])
add(id="josanin-029", sender=SHINOZAKI, to=["青葉運輸 法人窓口 <hojin@aoba-unyu.co.jp>"],
    charset="utf-8",
    subject="出産祝い品の個別配送（12件）のお願い",
    body="""青葉運輸株式会社 法人窓口 御中

お世話になっております。日の出産業 購買の篠崎です。
今月分の出産祝い品について、社員のご自宅への個別配送をお願いします。
配送先リストをZIPで添付しました（Excel 1ファイル）。

集荷：10月7日（火）14時 本社1階 荷捌き場
個数：12個（各60サイズ）
""" + SIG["shinozaki"],
    attachments=[{"kind": "zip", "name": "haisou_list_1007.zip",
                  "files": [{"kind": "xlsx", "name": "配送リスト_1007.xlsx",
                             "sheets": {"配送先": _r29}}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP with an XLSX of 12 employees' home addresses and phones to the carrier")

add(id="josanin-030", sender=KUWABARA, to=["宴会予約 <banquet@sakura-hote1.jp>"], charset="cp932",
    subject="Re: 両親学級 会場ご予約の確認",
    body="""さくらホテル 宴会予約ご担当 様

ご連絡ありがとうございます。日の出産業の桑原です。
下記の内容で確定をお願いいたします。

　日時：11月22日（土）9:30～13:00（設営含む）
　会場：あけぼのの間（スクール形式 40席＋後方にマット4枚）
　飲食：お茶・お水のみ（ペットボトル 50本）
　その他：授乳・おむつ替え用に控室を1室

お見積りは前回と同額と伺っております。請求書は経理部宛にお願いします。
""" + SIG["kuwabara"],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain sakura-hote1.jp is a look-alike of the partner sakura-hotel.jp (l → 1)")

add(id="josanin-031", sender=HASEBE, to=["yakuin-kai@hinode-sangyo.co.jp"],
    cc=["jinji-bucho@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="【社外秘】次年度マタニティ支援予算（案）",
    body="""役員各位

【社外秘】

ダイバーシティ推進室の長谷部です。
次年度のマタニティ・サポート・プログラム予算案をお送りします。

　助産院委託費　　　　　　　　　　3,600千円（前年比 +600）
　産後ケア利用補助　　　　　　　　4,000千円（新設枠拡大）
　両親学級・授乳相談会 運営費　　　 850千円
　出産祝い品　　　　　　　　　　　 1,200千円
　合計　　　　　　　　　　　　　　9,650千円

来週の経営会議で審議予定です。
""" + SIG["hasebe"],
    expect="pass", entities=[], detectors=[],
    note="mail stamped 社外秘, but only to internal recipients")

_p33 = person_pool(3)
add(id="josanin-033", sender=KUWABARA, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    subject="11/22 下見に伺う者の連絡先",
    body=f"""さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の桑原です。
11月15日（土）の会場下見には、以下の3名が伺います。
当日、私が不在のため、何かあれば直接ご連絡ください。

　{_p33[0][0]} {_p33[0][1]}（運営ボランティア）　{mobile()}
　{_p33[1][0]} {_p33[1][1]}（運営ボランティア）　{mobile()}
　{_p33[2][0]} {_p33[2][1]}（総務部）　　　　　　{mobile()}

よろしくお願いいたします。
""" + SIG["kuwabara"],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's names and mobiles to a partner hotel: under five records, may be warned")

add(id="josanin-032", sender=KUWABARA,
    to=["takenouchi.haruka88@gmail.com", "urushibara_saya@yahoo.co.jp", "kiryu.mai.home@icloud.com"],
    charset="utf-8",
    subject="育休中のみなさまへ：オンライン交流会のご案内",
    body="""育休中のみなさま

こんにちは、総務部 福利厚生課の桑原です。
育休中の社員向けオンライン交流会を、今年も開催します。

　日時：11月20日（木）10:30～11:30
　方法：Teams（URLは前日にお送りします）
　内容：職場の近況報告、先輩ママ・パパ社員の復職体験談、助産師の佐伯先生への質問コーナー

お子さんと一緒に、カメラオフでの参加も大歓迎です。
参加希望の方はこのメールにご返信ください。
""" + SIG["kuwabara"],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private free-mail addresses visible to each other in To: should have been Bcc")

_y34 = (1993, 6, 30)
_z34, _a34 = address()
add(id="josanin-034", sender=ETO, to=[CITY], charset="cp932",
    subject="産後ケア事業 利用申請（代理申請）",
    body="""南野市 こども家庭課 御中

いつもお世話になっております。日の出産業 健康管理室の江藤です。
弊社社員の産後ケア事業（日帰り型）の利用申請を、ご本人の委任により代理でお送りします。
本人確認書類は運転免許証とのことでしたので、記載事項を転記します。

　申請者：砂川 亜希（スナガワ アキ）
　生年月日：""" + f"{_y34[0]}年{_y34[1]}月{_y34[2]}日" + f"""
　住所：〒{_z34} {_a34}
　運転免許証番号：第 302104567813 号（有効期限 令和10年7月30日）
　出産日：令和7年9月14日

委任状の原本は郵送いたします。
""" + SIG["eto"],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="driver's licence number, DOB and address of one employee to the city")

add(id="josanin-035", sender=KUWABARA, to=["北国フーズ ケータリング <catering@kitaguni-foods.co.jp>"],
    charset="iso-2022-jp",
    subject="両親学級 昼食（妊婦さん向け）のご注文",
    body="""北国フーズ株式会社
ケータリング事業部 ご担当者様

お世話になっております。日の出産業の桑原です。
10月18日の両親学級の昼食を下記のとおり注文いたします。

　・マタニティ和膳（減塩・生もの不使用）　　18食
　・通常和膳　　　　　　　　　　　　　　　　14食
　・うち卵不使用に変更　　　　　　　　　　　2食
　・お茶（ノンカフェイン：ルイボス）　　　32本

納品：ひなた助産院（南野市日向1-7-22）2階 11:45
容器回収は14時以降でお願いします。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="catering order; allergy counts are not tied to any person; delivery address is a business")

add(id="josanin-036", sender=ONODERA, to=[KENPO], charset="utf-8",
    subject="海外出産に係る出産育児一時金の申請について",
    body="""関東機械工業健康保険組合 給付課 ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。
被保険者の配偶者が米国で出産したため、家族出産育児一時金の申請を予定しています。
海外出産の場合は渡航の事実を確認する書類が必要と伺いましたので、旅券の記載事項を
先にお知らせします（写しは申請書に添付します）。

　被保険者：蓮見 直樹（記号 7102 番号 466）
　出産者　：蓮見 優子
　旅券番号：TK4839172
　出国日　：2025年6月2日　入国日：2025年9月28日
　出生児　：蓮見 凛（2025年8月11日 米国カリフォルニア州にて出生）

出生証明書の翻訳は本人が用意します。
""" + SIG["onodera"],
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport number, insurance number and the baby's birth date of one family to the insurer")

add(id="josanin-037", sender=KUWABARA, to=["錦印刷 制作部 加賀谷 <kagaya@nishiki-insatsu.co.jp>"],
    charset="cp932",
    subject="Re: 産後ケア利用申込書 校正（第2稿）",
    body="""錦印刷株式会社
加賀谷様

第2稿ありがとうございます。修正点は以下のとおりです。

1. 記入例の氏名「日出 花子」のふりがなを「ひので はなこ」に。
2. 記入例の電話番号は「090-0000-0000」のままで結構です。
3. 記入例の生年月日「平成○年○月○日」は伏字のままでお願いします。
4. 右下の版数表記を「2025.10 v2」に。

初校と同じく、A4片面・2,000部、11月7日納品でお願いします。

> 桑原様
> 申込書の第2稿をお送りします。ご確認ください。
> 錦印刷 制作部 加賀谷
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="proof correction of a form with dummy 記入例 values (日出 花子 / 090-0000-0000): no real person")

_p38 = person_pool(6)
_comp = ["妊娠糖尿病（インスリン使用）", "前置胎盤", "切迫早産で管理入院", "妊娠高血圧症候群",
         "なし", "甲状腺機能低下症（既往）"]
add(id="josanin-038", sender=HASEBE, to=[UNIV], charset="utf-8",
    subject="共同研究：事例検討会の資料",
    body="""緑陽大学 看護学部 母性看護学研究室
岡部先生

お世話になっております。日の出産業の長谷部です。
来週の事例検討会の資料をお送りします。匿名化前の版で申し訳ありませんが、
先生の方で研究用にID化していただけますと幸いです。
""" + SIG["hasebe"],
    attachments=[{"kind": "pptx", "name": "事例検討会_20251024.pptx",
                  "slides": [["マタニティ・サポート 事例検討会", "日の出産業株式会社 ダイバーシティ推進室", "2025年10月24日"],
                             ["対象者と経過（1/2）"] + [f"{p[0]} {p[1]}（{rng.randint(27, 39)}歳）: {c}"
                                                    for p, c in zip(_p38[:3], _comp[:3])],
                             ["対象者と経過（2/2）"] + [f"{p[0]} {p[1]}（{rng.randint(27, 39)}歳）: {c}"
                                                    for p, c in zip(_p38[3:], _comp[3:])],
                             ["論点", "・就業上の配慮の開始時期", "・産業保健スタッフと助産院の情報共有"]]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PPTX listing six named employees with their pregnancy complications, to a university")

add(id="josanin-039", sender=SHINOZAKI, to=["青葉運輸 お客様センター <support@aoba-unyu.co.jp>"],
    charset="iso-2022-jp",
    subject="配達状況の確認（3件）",
    body="""青葉運輸株式会社 お客様センター御中

日の出産業 購買の篠崎です。
10月7日集荷分のうち、下記3件がまだ「輸送中」のままです。
状況をご確認いただけますでしょうか。

　伝票番号 4471-2209-3385
　伝票番号 4471-2209-3392
　伝票番号 4471-2209-3408

いずれも60サイズ、品名「ベビー用品」です。
""" + SIG["shinozaki"],
    expect="pass", entities=[], detectors=[],
    note="tracking numbers only, no recipient details")

add(id="josanin-040", sender=KUWABARA, to=["Emily Carter <emily.carter@littlesprout.com>"],
    charset="utf-8",
    subject="Draft supply agreement - pricing schedule",
    body="""Hi Emily,

As discussed on our call, attached is our draft of the pricing schedule (Schedule B)
for the annual supply agreement. Our legal team has not reviewed it yet, so please
treat it as a working draft and send us your comments by 7 November.

Best regards,
""" + SIG["en"],
    attachments=[{"kind": "pdf", "name": "ScheduleB_pricing_draft.pdf",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo / Little Sprout",
                  "title": "Schedule B - Pricing (draft)",
                  "lines": ["Schedule B - Pricing (draft v0.3)", "",
                            "Tier 1 (up to 500 units/yr): list price less 12%",
                            "Tier 2 (501-1,500 units/yr): list price less 18%",
                            "Tier 3 (over 1,500 units/yr): list price less 22%",
                            "Price review: annually on 1 April, capped at +4%"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF carries a CONFIDENTIAL page header, sent to an external supplier")

# -- 041-060 ----------------------------------------------------------------------------

_p41 = person_pool(5)
_r41 = [["直接支払制度 利用予定者（日の出産業 被保険者分）", "", "", "", ""],
        ["氏名", "生年月日", "保険者番号", "記号・番号", "分娩予定日"]]
for p in _p41:
    y, m, d = dob()
    _r41.append([f"{p[0]}　{p[1]}", wareki(y, m, d, short=True), "06139874",
                 f"7102・{rng.randint(100, 999)}", f"R7.{rng.randint(10, 12)}.{rng.randint(1, 28)}"])
add(id="josanin-041", sender=ONODERA, to=[MINATO], charset="cp932",
    subject="出産育児一時金 直接支払制度の利用予定者について",
    body="""みなと産婦人科病院
医事課・地域連携室 ご担当者様

お世話になっております。日の出産業 人事部の小野寺です。
貴院で分娩予定の弊社被保険者（5名）について、直接支払制度の事前確認用に
一覧をお送りします。古い形式のExcelで恐縮です。

入院時に各自が保険証を提示いたしますので、あくまで事前確認用としてお使いください。
""" + SIG["onodera"],
    attachments=[{"kind": "xls", "name": "chokusetsu_shiharai.xls", "sheets": {"Sheet1": _r41}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="legacy XLS of 5 employees' insurance numbers and 和暦 DOBs to a hospital")

add(id="josanin-042", sender=SAEGUSA, to=["ツバサシステム 大橋 <ohashi@tsubasa-system.jp>"],
    charset="utf-8",
    subject="予約システム改修：入力項目の追加について",
    body="""ツバサシステム株式会社
大橋様

お世話になっております。日の出産業 情報システム部の三枝です。
授乳相談・産後ケアの予約画面に、下記の入力項目を追加したいと考えています。

| 項目名           | 型        | 必須 | 備考                         |
|------------------|-----------|------|------------------------------|
| 氏名             | text(40)  | ○    | 社員マスタから自動入力       |
| 電話番号         | tel       | ○    | 日中つながる番号             |
| 出産予定日／出産日 | date      | ○    |                              |
| 相談したいこと   | textarea  |      | 自由記述、500文字まで       |
| 同意チェック     | checkbox  | ○    | 助産院への情報提供に同意     |

自由記述欄に健康情報が入る想定なので、保存時の暗号化と閲覧権限の設計も
あわせてご提案ください。概算見積を11月中旬までにお願いできますか。
""" + SIG["saegusa"],
    expect="pass", entities=[], detectors=[],
    note="system specification naming personal-data fields; no actual person's data")

_p43 = person_pool(6)
_lines43 = []
for p in _p43:
    z, a = address()
    _lines43.append(f"{p[0]} {p[1]}\t〒{z}\t{a}\t{mobile()}")
add(id="josanin-043", sender=SHINOZAKI, to=[POKAPOKA], charset="iso-2022-jp",
    subject="名入れ母子手帳ケース 直送分の送り先",
    body="""ぽかぽかベビー株式会社 法人営業部
吉住様

お世話になっております。篠崎です。
名入れ母子手帳ケース（PB-7004-M）のうち、直送をお願いする6件の送り先です。
Excelから貼り付けていますので、タブ区切りになっています。

氏名\t郵便番号\t住所\t電話
""" + "\n".join(_lines43) + """

名入れはローマ字（姓のみ）でお願いします。
""" + SIG["shinozaki"],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="tab-separated list of 6 employees' home addresses and phones in the body to a supplier")

add(id="josanin-044", sender=HASEBE, to=[UNIV], charset="iso-2022-jp",
    subject="2025年度上期 プログラム利用状況（集計）",
    body="""緑陽大学 看護学部 母性看護学研究室
岡部先生

お世話になっております。日の出産業の長谷部です。
上期（4～9月）の利用状況を集計しましたので共有いたします。

　プログラム登録者数　　　　　23名（うち配偶者登録 7名）
　平均年齢　　　　　　　　　　31.4歳
　授乳相談 利用件数　　　　　 41件（オンライン 17件）
　産後ケア（宿泊型）利用　　　 6件／延べ 14泊
　両親学級 参加　　　　　　　 3回・延べ 38組
　産後3か月時点の就業継続率　100%

個人が特定されないよう、5件未満の区分は「その他」にまとめています。
""" + SIG["hasebe"],
    expect="pass", entities=[], detectors=[],
    note="aggregate statistics only; no individual records")

add(id="josanin-045", sender=MORIKAWA, to=[HINATA_YOYAKU], charset="cp932",
    subject="Re: 10/9 個別相談のご予約確認",
    body="""ひなた助産院 予約窓口 ご担当者様

お世話になっております。日の出産業の森川です。
10/9の個別相談ですが、キャンセルさせてください。

同じ課の先輩の小鳥遊結衣さんも同日に予約していたのですが、
彼女が昨日の健診で切迫早産と診断されて、そのまま管理入院になったため、
二人ともキャンセルでお願いします。本人から頼まれてご連絡しています。
落ち着いたら改めて予約させてください。

> 森川様
> 10月9日（木）14:00～ 個別相談のご予約を承りました。
> 母子手帳をお持ちください。
> ひなた助産院 予約窓口
""" + SIG["morikawa"],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new reply text discloses a named colleague's diagnosis and hospitalisation to the clinic")

add(id="josanin-046", sender=KUWABARA, to=["kuwabara.kenta@hinode-sangyo.co.jp"],
    bcc=[SAEKI, MINATO, KASUMI, KOMOREBI, "ぽかぽかベビー 吉住 <yoshizumi@pokapoka-baby.co.jp>"],
    charset="iso-2022-jp",
    subject="年末年始の事務局休業のお知らせ",
    body="""関係各位（Bccにて失礼いたします）

いつもマタニティ・サポート・プログラムにご協力いただき、ありがとうございます。
日の出産業 総務部の桑原です。

年末年始は下記のとおり事務局を休業いたします。
　休業期間：12月27日（土）～1月4日（日）

休業期間中の緊急のご連絡は、各社員から直接いただくようお願いしております。
来年もどうぞよろしくお願いいたします。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="external partners correctly in Bcc, To is the sender himself")

_n47 = mn(2)
add(id="josanin-047", sender=ONODERA, to=[SR], charset="utf-8",
    subject="扶養追加（出生）のデータ",
    body="""堀内先生

いつもありがとうございます。小野寺です。
物流課 八木橋さんのお子さんが生まれましたので、健康保険の被扶養者異動届の
作成をお願いします。必要事項をテキストにまとめました。

よろしくお願いします。
""" + SIG["onodera"],
    attachments=[{"kind": "txt", "name": "fuyou_tsuika_yagihashi.txt", "encoding": "cp932",
                  "text": "被扶養者（異動）届 作成用メモ\n\n"
                          "被保険者　八木橋 由佳（記号 7102 番号 377）\n"
                          "異動内容　該当（出生）\n"
                          "被扶養者　八木橋 湊（やぎはし みなと）　続柄：長男\n"
                          "生年月日　令和７年１０月３日\n"
                          "個人番号　" + fw(f"{_n47[:4]} {_n47[4:8]} {_n47[8:]}") + "\n"
                          "同居　　　同居\n"}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="TXT attachment with a newborn's My Number in full-width digits to the labour consultant")

add(id="josanin-048", sender=KUWABARA, to=[KOMOREBI], charset="iso-2022-jp",
    subject="日帰りケアのご予約（1名）",
    body="""産後ケアハウスこもれび ご担当者様

お世話になっております。日の出産業 総務部の桑原です。
弊社社員の日帰り型産後ケアのご予約をお願いいたします。

　ご利用者：千葉 朋美 様（お子様 生後2か月）
　ご希望日：11月13日（木）、第2希望 11月14日（金）
　連絡先　：090-6624-1187（ご本人）

利用料は弊社の補助対象のため、請求書は総務部宛でお願いいたします。
""" + SIG["kuwabara"],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's name and phone for a booking, no health details: may be warned")

_p49 = person_pool(7)
_b49 = "\n".join(
    f"{d}　{t}　{p[0]} {p[1]} 様　{mobile()}　{p[4]}{rng.randint(1, 9)}@{rng.choice(['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'softbank.ne.jp'])}"
    for p, d, t in zip(_p49, ["11/4", "11/4", "11/4", "11/11", "11/11", "11/18", "11/18"],
                       ["10:00", "11:00", "13:30", "10:00", "13:30", "10:00", "11:00"]))
add(id="josanin-049", sender=KUWABARA, to=["kaneshiro.josanshi@gmail.com"], charset="utf-8",
    subject="FW: 11月 授乳相談 予約一覧",
    body="""金城さん

日の出産業の桑原です。佐伯先生から、11月は金城さんにご担当いただけると
伺いました。予約一覧の連絡が先生から届いていたので、そのまま転送します。
ご不明点があればご連絡ください。
""" + SIG["kuwabara"],
    attachments=[{"kind": "eml", "name": "11月授乳相談予約一覧.eml",
                  "message": {"sender": "佐伯 千鶴 <saeki@hinata-josanin.jp>",
                              "to": ["kuwabara.kenta@hinode-sangyo.co.jp"],
                              "subject": "11月 授乳相談 予約一覧", "charset": "iso-2022-jp",
                              "body": "桑原様\n\n11月の予約一覧です。\n\n" + _b49 + "\n\n佐伯\n"}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="forwarded mail (attached .eml) with 7 bookings with phones and e-mails, to a free-mail address")

_p50 = person_pool(30)
_r50 = [["user_id", "氏名", "メール", "電話", "登録日"]]
for i, p in enumerate(_p50, 1):
    _r50.append([f"U{2000 + i}", f"{p[0]} {p[1]}", f"{p[4]}.{p[5]}@hinode-sangyo.co.jp", mobile(),
                 f"2025-0{rng.randint(4, 9)}-{rng.randint(10, 28)}"])
add(id="josanin-050", sender=SAEGUSA, to=["kuwabara.kenta@hinode-sangyo.co.jp"], charset="utf-8",
    subject="予約システム 利用者エクスポート",
    body="""桑原さん

依頼のあった予約システムの利用者一覧をエクスポートしました（30件、UTF-8）。
社外には出さないようお願いします。

三枝
""",
    attachments=[{"kind": "csv", "name": "users_export_20251001.csv", "encoding": "utf-8",
                  "rows": _r50}],
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="CSV of 30 users' contacts, but internal to internal")

add(id="josanin-051", sender=HASEBE, to=[SAEKI],
    cc=[MINATO, KASUMI, CITY, "kuwabara.kenta@hinode-sangyo.co.jp"], charset="cp932",
    subject="第3回 産前産後サポート連絡会 議事メモ",
    body="""連絡会ご出席のみなさま

先日はお忙しいところありがとうございました。議事メモをお送りします。

1. 上期利用状況：登録23名、授乳相談41件、産後ケア6件（詳細は別添なし、口頭報告のみ）
2. 産後ケア利用枠：こもれび様の宿泊枠を月2枠から3枠へ（来年度）
3. 授乳相談のオンライン化：助産院様のご負担を考慮し、まず月2回から試行
4. 次回：2026年2月（日程は改めて調整）

訂正等ございましたら今週中にお知らせください。
""" + SIG["hasebe"],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="clinic, two hospitals and the city all visible in To/Cc: four external organisations")

add(id="josanin-052", sender=MAKI, to=["法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    charset="iso-2022-jp",
    subject="振込依頼の取消について",
    body="""みどり銀行 法人営業部 ご担当者様

お世話になっております。日の出産業 経理部の牧です。
9月22日付でお願いした総合振込のうち、ぽかぽかベビー株式会社様宛
（請求書番号 PBI-2509-0331、金額 184,800円）1件の取消をお願いします。
請求額の訂正があったため、訂正後の請求書で改めて依頼いたします。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG["maki"],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of the partner bank's midori-ginko.co.jp (letter added)")

add(id="josanin-053", sender=KUWABARA, to=["Emily Carter <emily.carter@littlesprout.com>"],
    charset="utf-8",
    subject="Re: Order LS-88213 - payment details",
    body=f"""Hi Emily,

Noted with thanks - the charge went through and the tracking number is fine.
We will call you next time instead of e-mailing the card, as you suggested.

Best,
Kenta

On Fri, Sep 19, 2025 at 9:02 AM Emily Carter <emily.carter@littlesprout.com> wrote:
> Hi Kenta,
> We charged the card ending {card(1)[-4:]} (full number as you sent: {card_spaced(1)}).
> For security, please do not e-mail card numbers in future; call us instead.
> Your order ships today, DHL 1234 5678 90.
> Emily
""",
    expect="pass", entities=[], detectors=[],
    note="the card number appears only in the quoted text of the supplier's own mail")

add(id="josanin-054", sender=SAEGUSA, to=["ツバサシステム 大橋 <ohashi@tsubasa-system.jp>"],
    charset="utf-8",
    subject="予約システム 次年度保守費用の件",
    body="""大橋様

お世話になっております。三枝です。
次年度の保守費用について、社内で検討した予算枠を共有します。
この範囲に収まるプランをご提案いただけますと助かります。
""" + SIG["saegusa"],
    attachments=[{"kind": "xlsx", "name": "予約システム_次年度予算.xlsx",
                  "page_header": "機密区分：社外秘",
                  "sheets": {"予算": [["マタニティ予約システム 次年度予算（案）"], [],
                                      ["項目", "今年度実績(千円)", "次年度案(千円)"],
                                      ["保守・運用", 1800, 1650],
                                      ["改修（入力項目追加）", 0, 900],
                                      ["クラウド利用料", 480, 520],
                                      ["合計", 2280, 3070]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="XLSX whose header is classified 機密区分：社外秘, sent to the vendor")

add(id="josanin-055", sender=ETO, to=[KOMOREBI], charset="iso-2022-jp",
    subject="入所前情報提供書の送付（パスワード付PDF）",
    body="""産後ケアハウスこもれび ご担当者様

健康管理室の江藤です。
来月入所予定の方の情報提供書をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
""" + SIG["eto"],
    attachments=[{"kind": "pdf", "name": "情報提供書_202511.pdf", "password": "komo2511",
                  "lines": ["入所前 情報提供書", "氏名 尾花 理沙", "既往歴 喘息", "分娩方法 帝王切開"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF attachment cannot be inspected")

add(id="josanin-056", sender=ONODERA, to=[SR], charset="cp932",
    subject="育児介護休業規程の該当条文",
    body="""堀内先生

お世話になっております。小野寺です。
ご依頼の件、育児介護休業規程は社外秘の扱いとなっているため、
全文ではなく該当条文だけ抜き出してお送りします。

　第12条（育児休業の申出）
　　育児休業を希望する者は、原則として休業開始予定日の1か月前までに、
　　育児休業申出書を人事部に提出するものとする。
　第13条（申出の撤回）
　　申出者は、休業開始予定日の前日までは、申出を撤回することができる。

改正法への対応として、第12条の2（出生時育児休業）を追加する方向です。
""" + SIG["onodera"],
    expect="pass", entities=[], detectors=[],
    note="社外秘 is mentioned in passing; the mail itself is not marked and carries no personal data")

add(id="josanin-057", sender=ONODERA, to=[SR], charset="utf-8",
    subject="10月分 産休・育休者 勤怠データ",
    body="""堀内先生

10月分の産休・育休者の勤怠データを添付します。
給付金の支給申請にお使いください。

小野寺
""",
    attachments=[{"kind": "corrupt", "name": "kintai_ikukyu_202510.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be read")

add(id="josanin-058", sender=SHINOZAKI, to=["川崎電機 法人営業 <houjin@kawasaki-denki.co.jp>"],
    charset="iso-2022-jp",
    subject="搾乳室用 冷蔵庫・UV消毒器のお見積り依頼",
    body="""川崎電機株式会社
法人営業部 御中

いつもお世話になっております。日の出産業 購買の篠崎です。
本社・川崎工場に搾乳室を新設するにあたり、下記のお見積りをお願いします。

　・小型冷蔵庫（45L程度、鍵付き）　　　　　2台
　・哺乳瓶用UV消毒保管庫　　　　　　　　　2台
　・電気ポット（2.2L）　　　　　　　　　　 2台

設置場所：本社6F（東五反田）、川崎工場 管理棟2F
11月末までの納品を希望します。
""" + SIG["shinozaki"],
    expect="pass", entities=[], detectors=[],
    note="quotation request to a partner for equipment; no personal data")

add(id="josanin-059", sender=ETO, to=["Latchwell Care Team <care@latchwell.com>"], charset="utf-8",
    subject="Referral for virtual lactation support - Ms. Kanako Ishiguro",
    body="""Dear Latchwell Care Team,

I am the occupational health nurse at Hinode Sangyo Co., Ltd. With her consent, I would
like to refer one of our employees for your English-language virtual lactation service.

Ms. Kanako Ishiguro (34) gave birth on 28 October by emergency Caesarean section at 36
weeks. She was diagnosed with gestational diabetes and pre-eclampsia during pregnancy and
is still taking antihypertensive medication. She reports low milk supply and would prefer
a consultant who can take her medication into account.

She can be reached at kanako.ishiguro.home@gmail.com.

Kind regards,
Yukiko Eto, PHN
Health Management Office, Hinode Sangyo Co., Ltd.
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English referral with a named employee's diagnoses and medication to a foreign service")

add(id="josanin-060", sender=MORIKAWA, to=[HINATA_YOYAKU], charset="iso-2022-jp",
    subject="授乳相談の予約をお願いします",
    body="""ひなた助産院 予約窓口 ご担当者様

日の出産業の森川彩花です。会社のプログラムで登録しています。
授乳相談の予約をお願いしたくご連絡しました。

産後6週で、右側の乳首に傷ができて痛みがあり、かかりつけの病院で
軟膏をもらっています。母乳の出も少し減ってきた気がします。
来週の火曜か水曜の午前に伺えますでしょうか。

よろしくお願いいたします。
""" + SIG["morikawa"],
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="the employee describes her own health condition to her own midwife: self-disclosure, judgeable either way")

# -- 061-080 ----------------------------------------------------------------------------

_p61 = person_pool(5)
_blk61 = []
for i, p in enumerate(_p61, 1):
    y, m, d = dob()
    _blk61.append(f"■{i}\n　氏名：{p[0]}　{p[1]}（{p[2]} {p[3]}）\n"
                  f"　生年月日：{fw(wareki(y, m, d)) if i % 2 else wareki(y, m, d, short=True)}\n"
                  f"　所属：{rng.choice(['営業一課', '製造部', '経理部', '品質保証部', '企画室'])}\n"
                  f"　産前休業開始予定：2026年{rng.randint(1, 3)}月{rng.randint(1, 28)}日")
add(id="josanin-061", sender=TSUJI, to=[SR], cc=["onodera.miho@hinode-sangyo.co.jp"],
    charset="iso-2022-jp",
    subject="来年1～3月 産休開始予定者",
    body="""やまぶき社会保険労務士法人
堀内様

人事部の辻です（小野寺の代理でご連絡します）。
来年1～3月に産前休業に入る予定の社員をお知らせします。

""" + "\n\n".join(_blk61) + """

社会保険料免除の申出は、休業開始後すぐに提出できるよう準備をお願いします。
""" + SIG["tsuji"],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="five records in blocks with names, kana and 和暦 DOBs to the labour consultant")

add(id="josanin-062", sender=KUWABARA, to=[SAEKI], charset="utf-8",
    subject="両親学級チラシ（最終版）",
    body="""佐伯先生

お世話になっております。桑原です。
両親学級のチラシが最終版になりました。院内掲示用にお使いください。
A4で印刷して、待合室の掲示板に貼っていただけると助かります。
""" + SIG["kuwabara"],
    attachments=[{"kind": "pdf", "name": "両親学級チラシ_2025冬.pdf",
                  "lines": ["日の出産業 マタニティ・サポート・プログラム",
                            "両親学級（冬）のご案内", "",
                            "日時：2026年1月24日（土）10:00～12:30",
                            "会場：ひなた助産院 2階 多目的室",
                            "内容：沐浴実習、妊娠中の過ごし方、パートナーの役割",
                            "対象：日の出産業の社員とそのパートナー（妊娠20週以降）",
                            "申込：社内ポータル「マタニティ」ページから",
                            "問合せ：総務部 福利厚生課（内線4425）"]}],
    expect="pass", entities=[], detectors=[],
    note="event flyer PDF with an internal extension only; no personal data")

_p63 = person_pool(6)
_csv63 = "\n".join(
    f"{p[0]} {p[1]},{p[4]}.{p[5]}@hinode-sangyo.co.jp,{mobile()},{rng.choice(['営業', '製造', '管理'])}"
    for p in _p63)
add(id="josanin-063", sender=KUWABARA, to=["ハグママセミナー事務局 <entry@hugmom-seminar.jp>"],
    charset="cp932",
    subject="「働くママの復職準備セミナー」団体申込",
    body="""ハグママセミナー事務局 御中

お世話になっております。日の出産業株式会社 総務部の桑原です。
12月6日の「働くママの復職準備セミナー」に、弊社から6名を団体で申し込みます。
ご指定のフォーマット（カンマ区切り）で記載します。

氏名,メールアドレス,電話番号,職種
""" + _csv63 + """

受講料は弊社で一括してお支払いします。請求書の宛名は「日の出産業株式会社 総務部」で
お願いいたします。
""" + SIG["kuwabara"],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated list of 6 employees with e-mail and phone, to an external seminar organiser")

add(id="josanin-064", sender=KUWABARA, to=[SAEKI], charset="iso-2022-jp",
    subject="12月 社内相談日の助産師さん割り当て（確認）",
    body="""佐伯先生

12月の社内相談日について、先日伺った担当の割り当てで確定とさせてください。

　12/3（水）　佐伯先生・金城さん
　12/10（水）　金城さん
　12/17（水）　佐伯先生・新垣さん
　12/24（水）　休み

会議室はいつもの「さくら」を押さえています。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="a staff rota with the midwives' names only; no other data about them")

add(id="josanin-065", sender=ONODERA, to=["にじいろ保育 企業内保育所 <hoiku-hinode@nijiiro-hoiku.co.jp>"],
    charset="utf-8",
    subject="4月入所予定のお子さんについて（事前のご相談）",
    body="""株式会社にじいろ保育
日の出産業 企業内保育所 施設長 様

いつもお世話になっております。日の出産業 人事部の小野寺です。
4月に復職予定の社員のお子さんの入所について、事前にご相談させてください。

お子さんは百瀬 蒼真くん（令和７年５月１９日生まれ）で、先天性心疾患（心室中隔欠損）があり、
来年2月に手術を予定しています。術後は医療的ケアは不要の見込みですが、
感染症への配慮が必要とのことです。

お母さまの百瀬詩織さん（品質保証部）は、受け入れ可能かどうかを早めに知りたいと
希望されています。一度、面談の機会をいただけますでしょうか。
""" + SIG["onodera"],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's congenital heart disease and birth date to the external nursery operator")

_p66 = person_pool(2)
_z66a, _a66a = address()
add(id="josanin-066", sender=KUWABARA, to=["あさひ交通 マタニティ登録係 <maternity@asahi-kotsu.co.jp>"],
    charset="iso-2022-jp",
    subject="陣痛タクシー 事前登録（2名）",
    body=f"""あさひ交通株式会社
マタニティ登録係 御中

お世話になっております。日の出産業 総務部の桑原です。
法人契約に基づき、陣痛タクシーの事前登録をお願いします。

1) {_p66[0][0]} {_p66[0][1]} 様
   お迎え先：{_a66a}
   携帯：{mobile()}
   分娩予定：霞ヶ丘記念病院（11月下旬）

2) {_p66[1][0]} {_p66[1][1]} 様
   お迎え先：本社（東五反田8-21-3）または自宅（登録は本人が電話で行います）
   携帯：{mobile()}
   分娩予定：みなと産婦人科病院（12月上旬）

登録完了のご連絡は、私宛にいただけますと幸いです。
""" + SIG["kuwabara"],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two people's pick-up details to a taxi company: under five records, may be warned")

_p67 = person_pool(8)
_tr67 = []
_tx67 = []
for p in _p67:
    ph = mobile()
    em = f"{p[4]}.{p[5]}@hinode-sangyo.co.jp"
    site = rng.choice(["本社6F", "川崎工場", "大宮物流センター"])
    _tr67.append(f"<tr><td>{p[0]} {p[1]}</td><td>{site}</td><td>{ph}</td><td>{em}</td></tr>")
    _tx67.append(f"{p[0]} {p[1]} / {site} / {ph} / {em}")
add(id="josanin-067", sender=SAEGUSA, to=["ツバサシステム 大橋 <ohashi@tsubasa-system.jp>"],
    charset="utf-8",
    subject="搾乳室 利用登録者データ（移行テスト用）",
    body="""大橋様

三枝です。搾乳室の入室管理を予約システムに統合する件、
移行テスト用に現行の登録者データ（8名）をお送りします。

""" + "\n".join(_tx67) + """

テスト後は削除をお願いします。
""",
    html="""<html><body><p>大橋様</p><p>三枝です。搾乳室の入室管理を予約システムに統合する件、
移行テスト用に現行の登録者データ（8名）をお送りします。</p>
<table border="1"><tr><th>氏名</th><th>拠点</th><th>携帯</th><th>メール</th></tr>
""" + "\n".join(_tr67) + """
</table><p>テスト後は削除をお願いします。</p></body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="8 employees' records (text + HTML table) sent to the system vendor as test data")

add(id="josanin-068", sender=KUWABARA, to=[CITY], charset="iso-2022-jp",
    subject="Re: 搾乳機レンタル業者のご紹介",
    body="""南野市 こども家庭課 ご担当者様

お問い合わせの件、弊社が契約しているレンタル業者の窓口をお知らせします。

　ミルクハート株式会社 レンタル窓口
　担当：水野 様
　TEL 03-6272-5580（平日9:00-17:00）
　rental@milkheart.co.jp

市民の方のご利用も個人契約で可能とのことです。

> 日の出産業 桑原様
> 市民からの問い合わせが増えており、搾乳機の業者をご紹介いただけますか。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="one business contact of a supplier passed on: not personal data to hold")

_p69 = person_pool(6)
_t69 = [["氏名", "産後月数", "EPDS", "自由記述（抜粋）"]]
for p in _p69:
    s = rng.choice([4, 6, 9, 11, 13, 15])
    _t69.append([f"{p[0]} {p[1]}", f"{rng.randint(1, 5)}か月", str(s),
                 rng.choice(["夜泣きで眠れない", "復職が不安", "特になし", "涙もろくなった",
                             "上の子との関係に悩む", "授乳がつらい"])])
add(id="josanin-069", sender=HASEBE, to=[UNIV], charset="utf-8",
    subject="産後アンケート結果（個票）",
    body="""岡部先生

長谷部です。産後アンケートの個票をPDFでお送りします。
EPDSが9点以上の方には、すでに江藤から個別に連絡しています。
分析の際の区分けについて、次回ご相談させてください。
""" + SIG["hasebe"],
    attachments=[{"kind": "pdf", "name": "産後アンケート_個票.pdf",
                  "lines": ["産後アンケート 個票一覧（2025年度上期）", ""],
                  "table": _t69}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PDF table of 6 named employees with postnatal depression scores, to a university")

add(id="josanin-070", sender=ETO,
    to=[SAEKI, "kaneshiro.josanshi@gmail.com", "aragaki.midwife@outlook.jp"], charset="iso-2022-jp",
    subject="12月 社内相談日の運営について",
    body="""佐伯先生、金城さん、新垣さん

健康管理室の江藤です。12月の社内相談日の運営について、確認させてください。

・受付は9:45から、相談は10:00～15:00（12時台はお休み）
・記録用紙は紙で、終了後に私が回収・施錠保管します
・謝金は助産院様経由でお支払いします（金城さん・新垣さん分も含む）

ご意見があればお知らせください。
""" + SIG["eto"],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="the clinic and two private free-mail midwives see each other in To: three external parties")

add(id="josanin-071", sender=SHINOZAKI, to=["ぽかぽかベビー 吉住 <yoshizumi@pokapoka-baby.co.jp>"],
    charset="cp932",
    subject="授乳ケープ サンプル返却のご連絡（RMA-25-1042）",
    body="""吉住様

お世話になっております。篠崎です。
先日お借りした授乳ケープのサンプル（NC-88 シリーズ 4色）を本日返送しました。

　返却番号：RMA-25-1042
　送り状番号：青葉運輸 4471-2210-0157
　内容：NC-88-PK / NC-88-NV / NC-88-BE / NC-88-GR 各1点

採用はNC-88-NVとNC-88-BEの2色で進めたいと考えています。
正式な見積をお待ちしております。
""" + SIG["shinozaki"],
    expect="pass", entities=[], detectors=[],
    note="sample return with RMA, tracking and product codes; no personal data")

add(id="josanin-072", sender=SAEGUSA, to=["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    charset="utf-8",
    subject="【障害】予約画面でエラー（E-4031）",
    body="""ツバサシステム サポートご担当者様

日の出産業 情報システム部の三枝です。
本日10時頃から、授乳相談の予約画面で「E-4031 セッションが無効です」と表示され、
予約が確定できない事象が発生しています。

　発生環境：社内PC（Edge 129）、スマートフォン（iOS 18 Safari）いずれも
　再現手順：ログイン → 予約カレンダー → 時間枠選択 → 確定ボタン
　影響：本日の予約受付が停止中

至急ご確認をお願いします。
""" + SIG["saegusa"],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systern.jp imitates the partner tsubasa-system.jp (rn for m)")

add(id="josanin-073", sender=HASEBE, to=["ひかりスタッフ 法人営業 <sales@hikari-staff.co.jp>"],
    charset="iso-2022-jp",
    subject="【取扱注意】産休代替要員の計画について",
    body="""株式会社ひかりスタッフ
法人営業部 御中

【取扱注意】

いつもお世話になっております。日の出産業の長谷部です。
来年上期の産休・育休による欠員と、代替要員の派遣のご相談です。

　営業本部　　　　：営業事務 2名（2026年1月～、1年程度）
　経理部　　　　　：経理事務 1名（2026年2月～、10か月程度）
　製造部 品質保証 ：検査補助 1名（2026年3月～、1年程度）

欠員の時期は確定前の情報ですので、社内外への開示はお控えください。
""" + SIG["hasebe"],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail classified 【取扱注意】 sent to an external staffing agency")

add(id="josanin-074", sender=ONODERA, to=[SR], charset="cp932",
    subject="RE: 扶養追加（出生）のデータ",
    body=f"""堀内先生

受領のご連絡ありがとうございます。手続き完了後、控えのPDFをお送りください。

小野寺

-----Original Message-----
差出人: 堀内 達也 <horiuchi@yamabuki-sr.jp>
送信日時: 2025年10月8日 16:22
宛先: 小野寺 美帆
件名: RE: 扶養追加（出生）のデータ

小野寺様
データ受領しました。念のため転記内容を確認します。
八木橋 湊 様（令和7年10月3日生）個人番号 {mn_spaced(2)}
明日、電子申請いたします。
堀内
""",
    expect="pass", entities=[], detectors=[],
    note="the My Number is only in the quoted text of the consultant's own mail")

_p75 = person_pool(8)
_r75 = [["被保険者氏名", "被保険者個人番号", "子の氏名", "子の生年月日", "子の個人番号"]]
for i, p in enumerate(_p75):
    b = rng.choice(_BABIES)
    _r75.append([f"{p[0]} {p[1]}", mn(10 + i), f"{p[0]} {b[0]}",
                 f"2025/{rng.randint(4, 9)}/{rng.randint(1, 28)}", mn(30 + i)])
add(id="josanin-075", sender=ONODERA, to=[SR], charset="utf-8",
    subject="上期出生分 扶養追加データ（8件）",
    body="""堀内先生

上期に出生したお子さんの扶養追加、まとめて8件分です。
マイナンバー入りですので、取扱いにご注意ください。

小野寺
""",
    attachments=[{"kind": "csv", "name": "fuyou_tsuika_2025H1.csv", "encoding": "utf-8",
                  "rows": _r75}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 8 employees' and newborns' My Numbers to the labour consultant")

add(id="josanin-076", sender=KUWABARA, to=[SAEKI], charset="utf-8",
    subject="院内物販用 価格表（ぽかぽかベビー製品）",
    body="""佐伯先生

院内で販売いただく件、ぽかぽかベビー様の卸価格表をお送りします。
JANコードも入れてありますので、レジ登録にお使いください。
""" + SIG["kuwabara"],
    attachments=[{"kind": "xlsx", "name": "価格表_ぽかぽかベビー_2025秋.xlsx",
                  "sheets": {"価格表": [["ぽかぽかベビー 院内販売価格表（2025年秋）"], [],
                                        ["品番", "品名", "JANコード", "卸価格", "希望小売価格"],
                                        ["PB-3301-IV", "ガーゼおくるみ アイボリー", "4589412033013", 1680, 2640],
                                        ["PB-3301-GY", "ガーゼおくるみ グレー", "4589412033020", 1680, 2640],
                                        ["PB-5120-00", "木製ラトル", "4589412051208", 1290, 2035],
                                        ["PB-7004-M", "母子手帳ケース M", "4589412070049", 1120, 1760],
                                        ["NC-88-NV", "授乳ケープ ネイビー", "4589412088013", 2240, 3520],
                                        ["NC-88-BE", "授乳ケープ ベージュ", "4589412088020", 2240, 3520]],
                             "条件": [["取引条件"], ["最低発注", "各5点"], ["支払", "月末締め翌月末払い"]]}}],
    expect="pass", entities=[], detectors=[],
    note="price list with 13-digit JAN codes: numbers that are not personal data")

add(id="josanin-077", sender=SHINOZAKI, to=[POKAPOKA], charset="iso-2022-jp",
    subject="抱っこ紐（PB-9100）追加注文とお支払い",
    body="""ぽかぽかベビー株式会社
法人営業部 御中

篠崎です。抱っこ紐 PB-9100 を10本、追加で注文します。
今回は請求書払いではなく、法人カードで決済してほしいと経理から言われています。
オンラインショップでエラーになるため、カード情報をお知らせします。

　カード番号：""" + fw(card_spaced(3, "-")) + """
　有効期限：１１／２７
　名義：ＨＩＮＯＤＥ　ＳＡＮＧＹＯ

お手数ですが、決済後に領収書をお送りください。
""" + SIG["shinozaki"],
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a credit card number written in full-width digits in the mail to a supplier")

add(id="josanin-078", sender=ONODERA, to=[SR], charset="utf-8",
    subject="FW: 退院時サマリー（坂之上様）",
    body="""堀内先生

お世話になっております。小野寺です。
経理部の坂之上さんについて、産後の体調不良で産後休業明けも休みが続く見込みです。
傷病手当金の対象になるか判断いただきたく、病院から本人経由で届いた
サマリーを転送します。

-------- 転送メッセージ --------
差出人: 霞ヶ丘記念病院 産科外来 <sanka@kasumigaoka-hp.or.jp>
件名: 退院時サマリー（坂之上様）

坂之上香織 様（35歳、2経妊1経産）
分娩：令和7年8月30日 経腟分娩（吸引）
分娩時出血量：1,450mL（弛緩出血）、輸血RBC 4単位
産後：貧血（Hb 7.8）、産後うつ病の疑いで精神科紹介済み
退院：令和7年9月6日

霞ヶ丘記念病院 産科
""" + SIG["onodera"],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forwarded hospital discharge summary of one named employee to the labour consultant")

add(id="josanin-079", sender=KUWABARA, to=["錦印刷 制作部 加賀谷 <kagaya@nishiki-insatsu.co.jp>"],
    charset="cp932",
    subject="クーポン冊子 掲載店舗リスト",
    body="""加賀谷様

お世話になっております。桑原です。
出産祝いに同封するクーポン冊子の掲載店舗リストです。

店舗名                      住所                              電話
-------------------------------------------------------------------------------
ベビーランド 五反田店        東京都品川区西五反田2-1-9          03-5487-2201
ベビーランド 武蔵小杉店      神奈川県川崎市中原区小杉町3-264    044-733-1120
こどもの森 大井町店          東京都品川区大井1-3-6 阪急ビル4F   03-5709-3381
ぽかぽかベビー 南野本店      南野市中央2-8-1                    044-811-6020
マムズキッチン 浦和店        埼玉県さいたま市浦和区高砂2-5-7    048-826-1400
ミルクハート ショールーム    東京都千代田区神田錦町1-12         03-6272-5580
こども写真館 きらり 大崎店   東京都品川区大崎1-6-3              03-5436-9821
-------------------------------------------------------------------------------

割引率などの文言は前回と同じでお願いします。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="padded list of shops with addresses and switchboards: businesses, not people")

add(id="josanin-080", sender=ETO, to=["こころEAP カウンセリング窓口 <counsel@kokoro-eap.jp>"],
    charset="utf-8",
    subject="カウンセリングのご依頼（面談記録添付）",
    body="""こころEAP カウンセリング窓口 ご担当者様

日の出産業 健康管理室の江藤です。
産後の復職面談で継続的な支援が必要と判断した社員について、
ご本人同意のうえカウンセリングをお願いしたく、面談記録を添付します。
""" + SIG["eto"],
    attachments=[{"kind": "docx", "name": "復職面談記録_天野.docx",
                  "paragraphs": ["復職面談記録",
                                 "対象者：天野 若菜（経理部）　面談日：2025年10月14日　面談者：保健師 江藤",
                                 "経過：産後4か月。産後うつ病と診断され、9月からメンタルクリニックに通院中。"
                                 "抗うつ薬（SSRI）内服中。睡眠は改善傾向。",
                                 "本人の希望：1月の復職を希望。短時間勤務から始めたい。",
                                 "所見：復職は主治医意見書を確認の上で判断。外部カウンセリングの併用が望ましい。"]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX interview record of a named employee's postnatal depression and medication to an EAP provider")

# -- 081-100 ----------------------------------------------------------------------------

_p81 = person_pool(9)
_r81 = [["氏名", "カナ", "生年月日", "郵便番号", "住所", "受診予定"]]
for p in _p81:
    y, m, d = dob()
    z, a = address()
    _r81.append([f"{p[0]} {p[1]}", f"{p[2]} {p[3]}", f"{y}-{m:02d}-{d:02d}", z, a,
                 rng.choice(["11月", "12月", "1月"])])
add(id="josanin-081", sender=ETO, to=[MINATO], charset="iso-2022-jp",
    subject="会社補助の妊婦健診受診券 発行対象者",
    body="""みなと産婦人科病院 医事課 ご担当者様

お世話になっております。日の出産業 健康管理室の江藤です。
会社補助分の妊婦健診受診券について、発行対象者のリストをお送りします。
ZIPの中にCSVと、発行ルールのメモを入れています。
受付でのご本人確認にお使いください。
""" + SIG["eto"],
    attachments=[{"kind": "zip", "name": "jushinken_2025Q3.zip",
                  "files": [{"kind": "csv", "name": "taishosha.csv", "encoding": "cp932", "rows": _r81},
                            {"kind": "txt", "name": "README.txt", "encoding": "cp932",
                             "text": "受診券は1人あたり3枚（14回分の自治体券を超える分）。\n"
                                     "有効期限は出産日まで。再発行は健康管理室へ。\n"}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP with a CSV of 9 employees' DOBs and home addresses sent to a hospital")

add(id="josanin-082", sender=KUWABARA, to=[KASUMI], charset="iso-2022-jp",
    subject="Re: 院内見学の日程について",
    body="""霞ヶ丘記念病院 産科外来
看護師長 室井様

ご調整いただきありがとうございます。
11月19日（水）15時で確定とさせてください。
伺うのは私と保健師の江藤の2名です。正面玄関の総合受付でお声がけします。

桑原

> 日の出産業 桑原様
> 見学の件、11月19日（水）15時、または11月21日（金）10時でしたら対応可能です。
> 分娩室は稼働状況により見学できない場合がありますのでご了承ください。
> 霞ヶ丘記念病院 産科外来 室井
""",
    expect="pass", entities=[], detectors=[],
    note="visit scheduling reply with a partner hospital; no personal data")

add(id="josanin-083", sender=ETO, to=[KASUMI], charset="cp932",
    subject="分娩予定の社員についての事前のご相談",
    body="""霞ヶ丘記念病院 産科外来 ご担当者様

お世話になっております。日の出産業 健康管理室の江藤です。
貴院で2月に分娩予定の弊社社員、鬼塚里奈さんについて、ご本人の依頼で
事前にご相談いたします。

鬼塚さんはエホバの証人の信者で、信仰上の理由から輸血を受けないことを希望されています。
前回の妊婦健診で低置胎盤を指摘されており、出血のリスクについて
ご本人もご家族も心配されています。

無輸血での分娩への対応方針や、事前に準備すべき書類（同意書など）について、
ご本人が受診時に相談できるよう、あらかじめお伝えしておきたくご連絡しました。
""" + SIG["eto"],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's religion and a placental finding sent to a hospital")

add(id="josanin-084", sender=KUWABARA, to=[KOMOREBI], charset="utf-8",
    subject="宿泊型ケアの仮予約（1名）",
    body="""産後ケアハウスこもれび ご担当者様

お世話になっております。日の出産業の桑原です。
弊社社員の宿泊型ケアの仮予約をお願いいたします。

　ご利用予定者：薬師寺 奈央 様
　状況：現在妊娠32週、初めてのご出産で、出産予定日は12月20日です
　ご希望：退院後すぐ、3泊程度

正式なお申し込みは出産後にご本人からご連絡いたします。
""" + SIG["kuwabara"],
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one named person's pregnancy week and first birth to a care house: pregnancy as health data is debatable")

add(id="josanin-085", sender=SHINOZAKI,
    to=[POKAPOKA], cc=[MILK, "ベベランド 法人営業 <b2b@bebeland.co.jp>"], charset="iso-2022-jp",
    subject="【見積依頼】2026年度 出産祝い品・搾乳機関連",
    body="""各社 ご担当者様

いつもお世話になっております。日の出産業 購買の篠崎です。
2026年度の出産祝い品および搾乳機関連の調達について、相見積をお願いいたします。

　1. 出産祝いセット（おくるみ＋ラトル＋母子手帳ケース）　年間 約80セット
　2. 電動搾乳機（レンタル または 購入）　　　　　　　　　年間 約15台分
　3. 搾乳室用 消耗品（保存バッグ等）　　　　　　　　　　年間 一式

見積書の提出期限は11月28日（金）です。
ご質問はこのメールへの返信でお願いします。
""" + SIG["shinozaki"],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing suppliers see each other in To/Cc: should have been Bcc")

add(id="josanin-086", sender=ONODERA, to=["tsuji.sawa@mail.hinode-sangyo.co.jp"], charset="utf-8",
    subject="FW: 出産育児一時金（差額）申請書類の送付",
    body="""辻さん

健保に送った申請書類の控えです。パスワードは口頭で伝えます。
来週の引き継ぎで使ってください。

小野寺
""",
    attachments=[{"kind": "zip", "name": "申請書類_20250912.zip", "password": "Hn#2509kyufu",
                  "files": [{"kind": "txt", "name": "memo.txt", "text": "申請書類控え"}]}],
    expect="pass", entities=[], detectors=[],
    note="encrypted ZIP, but sent to an internal (subdomain) address only")

_p87 = person_pool(6)
_rows87 = "\n".join(
    f"・{p[0]}{p[1]}　{wareki(*dob(), short=True)}生　{rng.choice(['11月', '12月', '1月', '2月'])}予定"
    for p in _p87)
add(id="josanin-087", sender=TSUJI, to=["小野寺 美帆 <onodera.miho@hinode.sangyo.co.jp>"],
    charset="iso-2022-jp",
    subject="産休予定者 生年月日の確認",
    body="""小野寺さん

辻です。健保提出用に、産休予定者の生年月日を確認しました。
システムの登録と一致しています。

""" + _rows87 + """

このまま申請書に転記してよいか、ご確認ください。
""" + SIG["tsuji"],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode.sangyo.co.jp (dot for the hyphen) imitates the own domain; 6 people's DOBs go with it")

_p88 = person_pool(5)
_fwrows = []
for p in _p88:
    z, a = address()
    _fwrows.append(pad(f"{p[2]}　{p[3]}", 24) + pad(fw(mobile()), 28) + fw(a))
add(id="josanin-088", sender=KUWABARA, to=["あさひ交通 マタニティ登録係 <maternity@asahi-kotsu.co.jp>"],
    charset="cp932",
    subject="陣痛タクシー 追加登録（５名）",
    body="""あさひ交通株式会社
マタニティ登録係 御中

日の出産業の桑原です。１２月～２月に出産予定の社員５名の追加登録をお願いします。
（社内の名簿がカナ表記のため、カナのままで失礼します）

氏名（カナ）            携帯                        お迎え先
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
""" + "\n".join(_fwrows) + """
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－

分娩予定の病院は、各自が登録時のお電話でお伝えします。
""" + SIG["kuwabara"],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="padded full-width table of 5 people (kana names, phones, home addresses) to a taxi company")

add(id="josanin-089", sender=KUWABARA, to=["Sarah Lindqvist <sarah.lindqvist.ibclc@outlook.com>"],
    charset="utf-8",
    subject="Workshop for fathers - fee and date",
    body="""Dear Sarah,

Thank you for agreeing to run the "Dads and Breastfeeding" workshop for our employees.
To confirm:

- Date: Saturday 14 February 2026, 10:00-12:00 (Tokyo time), online
- Fee: JPY 60,000 (tax incl.), paid by bank transfer after the session
- Interpretation: our staff will interpret into Japanese

Could you send us an invoice with your bank details after the workshop?
Please let me know if you need anything else from us.

Best regards,
""" + SIG["en"],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (a freelance consultant), ordinary arrangements")

add(id="josanin-090", sender=ONODERA, to=["Global Relo Support <support@global-relo.com>"],
    charset="utf-8",
    subject="Passport application for newborn - Mr. Daniel Whitfield's family",
    html="""<html><body>
<p>Dear Global Relo team,</p>
<p>Our employee Daniel Whitfield and his wife welcomed a baby in Tokyo. Could you assist
with the baby's first passport application at the embassy? Details below.</p>
<table border="1" cellpadding="3">
<tr><td>Employee</td><td>Daniel James WHITFIELD</td></tr>
<tr><td>Employee passport no.</td><td>533918274</td></tr>
<tr><td>Spouse</td><td>Haruka WHITFIELD (nee IWANAGA), Japanese passport TR7731904</td></tr>
<tr><td>Baby</td><td>Leo Minato WHITFIELD, born 2 October 2025, Kasumigaoka Memorial Hospital</td></tr>
<tr><td>Contact</td><td>+81 80-2247-6190</td></tr>
</table>
<p>Kind regards,<br>Miho Onodera<br>HR Department, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only English mail with passport numbers and a baby's birth date to a relocation agency")

add(id="josanin-091", sender=HASEBE, to=[UNIV], charset="utf-8",
    subject="学会発表スライド（共同演題）の確認",
    body="""岡部先生

来年の学会で発表する共同演題のスライド案です。
社内の承認前のため、取扱いにはご注意ください。
データは集計値のみで、個人は含まれていません。
""" + SIG["hasebe"],
    attachments=[{"kind": "pptx", "name": "学会発表_企業内マタニティ支援.pptx",
                  "page_footer": "Confidential - Hinode Sangyo internal draft",
                  "slides": [["企業内マタニティ支援プログラムの効果", "日の出産業株式会社／緑陽大学"],
                             ["方法", "2024-2025年度の登録者 41名", "授乳相談・産後ケア・両親学級の利用状況"],
                             ["結果", "産後1年の就業継続率 97.6%", "授乳相談利用者の満足度 4.6／5"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PPTX with a 'Confidential' footer on every slide sent to a university")

_p92 = person_pool(7)
_r92 = [["氏名", "支給日", "出産祝い金", "振込先", "口座番号"]]
for p in _p92:
    _r92.append([f"{p[0]} {p[1]}", f"2025/{rng.randint(4, 9)}/25", 30000,
                 rng.choice(["みどり銀行 五反田支店 普通", "みどり銀行 川崎支店 普通", "ゆうちょ銀行 〇一八店 普通"]),
                 f"{rng.randint(0, 9999999):07d}"])
add(id="josanin-092", sender=MAKI, to=["あすなろ会計事務所 今村 <imamura@asunaro-kaikei.jp>"],
    charset="cp932",
    subject="上期 福利厚生費（出産祝い金）の明細",
    body="""あすなろ会計事務所
今村様

お世話になっております。日の出産業 経理部の牧です。
中間決算の監査資料として、出産祝い金の支給明細をお送りします。
「集計」シートと「明細」シートに分けています。
""" + SIG["maki"],
    attachments=[{"kind": "xlsx", "name": "出産祝い金_2025上期.xlsx",
                  "sheets": {"集計": [["上期 出産祝い金 集計"], ["件数", 7], ["金額", 210000]],
                             "明細": _r92}}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="XLSX detail sheet with 7 employees' bank accounts sent to the external accountants")

add(id="josanin-093", sender=KUWABARA, to=[CITY], charset="iso-2022-jp",
    subject="出産・子育て応援給付金の手続きについて（お問い合わせ）",
    body="""南野市 こども家庭課 ご担当者様

日の出産業株式会社 総務部の桑原と申します。
社内向けの案内資料を作成するにあたり、一般的な手続きについてお伺いします。

1. 妊娠届出時の面談は、平日夜間や土曜日にも対応いただけますか。
2. 給付金の申請は電子申請のみでしょうか、窓口でも可能でしょうか。
3. 市外に転出した場合の扱いについて、案内できる資料はありますか。

個別の社員の件ではございません。ご回答いただける範囲で結構です。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=[],
    note="general procedural questions to the city; no person")

add(id="josanin-094", sender=ETO, to=[SAEKI], charset="utf-8",
    subject="Re: 新規登録者の面談について",
    body="""佐伯先生

ご連絡ありがとうございます。来週の初回面談の前に、一点だけお伝えします。

製造部の二階堂美咲さんですが、ご本人から、前回の妊娠で３年前に死産を経験していると
伺っています。今回の妊娠にも強い不安があり、心療内科で抗不安薬を処方されているそうです。
面談ではこの点にご配慮いただけますと幸いです。

> 江藤様
> 新規登録の二階堂様、初回面談を11月5日10時で承りました。
> 事前に共有いただける事項があればお知らせください。
> 佐伯
""" + SIG["eto"],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new reply text gives a named employee's stillbirth history and psychiatric medication")

_p95 = person_pool(5)
_l95 = "\n".join(f"　{p[0]} {p[1]}（{dept}）　{mon}頃から"
                 for p, dept, mon in zip(_p95, ["営業本部", "営業本部", "経理部", "製造部 品質保証", "企画室"],
                                         ["1月", "2月", "2月", "3月", "3月"]))
add(id="josanin-095", sender=HASEBE, to=["ひかりスタッフ 法人営業 <sales@hikari-staff.co.jp>"],
    charset="iso-2022-jp",
    subject="Re: 代替要員のご提案について",
    body="""株式会社ひかりスタッフ
法人営業部 御中

ご提案ありがとうございます。引き継ぎ期間の設定のため、
各ポジションの現担当者と不在開始時期をお知らせします。

""" + _l95 + """

引き継ぎは各自から直接行いますので、派遣スタッフの方の着任日を
この時期の2週間前でご調整ください。
""" + SIG["hasebe"],
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five named employees with department and leave start month (implying maternity leave): list or business info, debatable")

_tn = corp_number("021001058342")
add(id="josanin-096", sender=MAKI, to=["ぽかぽかベビー 経理 <keiri@pokapoka-baby.co.jp>"],
    charset="utf-8",
    subject="Re: 請求書（PBI-2510-0412）について",
    body=f"""ぽかぽかベビー株式会社
経理ご担当 様

請求書ありがとうございます。経理部の牧です。
下記の内容で10月31日にお振込みいたします。

　請求書番号：PBI-2510-0412
　金額：184,800円（税込）
　登録番号：T{_tn}
　振込先：みどり銀行 南野支店 普通 3381027 ポカポカベビー（カ

インボイスの登録番号は国税庁のサイトで確認済みです。
""" + SIG["maki"],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice payment with the supplier's T-number and company bank account: business data only")

_p97 = person_pool(9)
_r97 = [["妊婦健診 結果一覧（会社補助分・健康管理室保管用）"],
        ["氏名", "生年月日", "週数", "血圧", "Hb", "尿蛋白", "所見"]]
for p in _p97:
    y, m, d = dob()
    _r97.append([f"{p[0]} {p[1]}", f"{y}/{m}/{d}", f"{rng.randint(12, 38)}w",
                 f"{rng.randint(100, 148)}/{rng.randint(60, 96)}", f"{rng.randint(92, 128) / 10}",
                 rng.choice(["(-)", "(-)", "(±)", "(+)"]),
                 rng.choice(["異常なし", "異常なし", "貧血", "妊娠糖尿病 経過観察", "つわり", "切迫流産 既往"])])
add(id="josanin-097", sender=ETO, to=["health-room@hinode-sangyo.co.jp"], charset="cp932",
    subject="妊婦健診結果一覧（10月更新）",
    body="""健康管理室 各位

10月分まで反映した妊婦健診結果の一覧です。
就業上の配慮が必要な方は所見欄をご確認ください。

江藤
""",
    attachments=[{"kind": "xlsx", "name": "妊婦健診結果一覧_202510.xlsx",
                  "sheets": {"結果": _r97}}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="health results of 9 employees, but only to the internal health room")

add(id="josanin-098", sender=KUWABARA, to=[MINATO], charset="iso-2022-jp",
    subject="Re: 今月の面会受付リスト",
    body="""みなと産婦人科病院 地域連携室 ご担当者様

リストの件、承知いたしました。社内での共有は控え、
お祝いの品は退院後にご自宅へお送りする形に変更します。

桑原

> 日の出産業 桑原様
> 今月ご入院の貴社社員の方は以下のとおりです。面会受付の参考にしてください。
> 　東海林 真由 様　11/3 入院　帝王切開予定　402号室
> 　相馬 恵理 様　　11/8 入院　経腟分娩　　　315号室
> 　古賀 千尋 様　　11/9 入院　妊娠高血圧症候群のため管理入院　408号室
> 　宇佐美 彩 様　　11/12 入院　経腟分娩　　　311号室
> 　日比野 舞 様　　11/20 入院　双胎　帝王切開予定　405号室
> なお、病棟への面会はご家族に限らせていただいております。
> みなと産婦人科病院 地域連携室
""",
    expect="pass", entities=[], detectors=[],
    note="the list of admitted employees is only quoted back from the hospital's own mail")

add(id="josanin-099", sender=KUWABARA,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    cc=["北国フーズ ケータリング <catering@kitaguni-foods.co.jp>"], charset="cp932",
    subject="1/24 両親学級 持ち込みケータリングの搬入について",
    body="""さくらホテル 宴会予約ご担当様
（cc：北国フーズ様）

お世話になっております。日の出産業の桑原です。
1月24日の両親学級では、昼食を北国フーズ様のケータリングでお願いする予定です。
ホテル様の持ち込み規定に沿って、搬入の段取りを直接ご相談いただけますでしょうか。

　搬入予定：11:30　通用口（地下1階 搬入口）
　食数：32食（マタニティ和膳 18、通常 14）
　回収：14:30

持ち込み料については、別途お見積りをお願いいたします。
""" + SIG["kuwabara"],
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc for a normal three-way arrangement")

add(id="josanin-100", sender=SHINOZAKI, to=[SAEKI], charset="iso-2022-jp",
    subject="FW: 【重要】ベビーラトル（PB-5120）自主回収のお知らせ",
    body="""佐伯先生

お世話になっております。日の出産業の篠崎です。
院内で販売いただいているラトルについて、メーカーから自主回収の連絡がありましたので転送します。
在庫がございましたら販売を停止し、弊社までご連絡ください。回収品は弊社で取りまとめます。

---------- Forwarded message ----------
From: ぽかぽかベビー 吉住 <yoshizumi@pokapoka-baby.co.jp>
Subject: 【重要】ベビーラトル（PB-5120）自主回収のお知らせ

日の出産業株式会社 篠崎様

弊社製品「名入れ木製ラトル（PB-5120-00）」の一部ロット（L2507～L2509）において、
持ち手部分の接着が不十分なものが見つかったため、自主回収を行います。
対象品をお持ちの場合は、下記窓口までご連絡ください。

　ぽかぽかベビー株式会社 品質保証部 回収窓口
　フリーダイヤル 0120-415-238（平日9時～18時）
　担当：吉住
""" + SIG["shinozaki"],
    expect="pass", entities=[], detectors=[],
    note="forwarded recall notice with the supplier's business contact only")

MESSAGES.sort(key=lambda m: m["id"])
assert [m["id"] for m in MESSAGES] == [f"josanin-{i:03d}" for i in range(1, 101)]
