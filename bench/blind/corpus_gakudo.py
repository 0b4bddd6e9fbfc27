"""Blind corpus, area "gakudo": 日の出産業's after-school clubs (学童保育・放課後児童クラブ)
run under contract with municipalities — enrolment forms, guardians' work certificates,
pick-up authorisations, allergy and medication notes, injury/incident reports, attendance
lists, fees and reductions (ひとり親・生活保護), the city's children's division (lg.jp),
schools, snack suppliers, insurers, staff.

Every person, child, guardian, number, address and domain in this file is invented
(川波市 / 南郷町 and their schools do not exist); any likeness is chance.
Seeds for build.my_number() / build.card_number() start at 6601 (6601, 6602, …).
List data comes from random.Random(6601).
"""

from __future__ import annotations

import random
from datetime import date

from build import card_number, my_number

MESSAGES: list[dict] = []

_R = random.Random(6601)

# -- people and places (all invented) -----------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"),
    ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("柴田", "シバタ", "Shibata"),
    ("工藤", "クドウ", "Kudo"), ("宮崎", "ミヤザキ", "Miyazaki"), ("内田", "ウチダ", "Uchida"),
    ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"), ("丸山", "マルヤマ", "Maruyama"),
    ("今井", "イマイ", "Imai"), ("杉山", "スギヤマ", "Sugiyama"), ("千葉", "チバ", "Chiba"),
    ("桜井", "サクライ", "Sakurai"), ("野口", "ノグチ", "Noguchi"), ("菊地", "キクチ", "Kikuchi"),
    ("新井", "アライ", "Arai"), ("勅使河原", "テシガワラ", "Teshigawara"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("一尺八寸", "カマツカ", "Kamatsuka"), ("月見里", "ヤマナシ", "Yamanashi"), ("鬼頭", "キトウ", "Kito"),
    ("御手洗", "ミタライ", "Mitarai"), ("五十嵐", "イガラシ", "Igarashi"), ("東條", "トウジョウ", "Tojo"),
    ("釘宮", "クギミヤ", "Kugimiya"), ("左右田", "ソウダ", "Soda"), ("十河", "ソゴウ", "Sogo"),
]
BOYS = [
    ("陽翔", "ハルト", "Haruto"), ("蓮", "レン", "Ren"), ("湊", "ミナト", "Minato"),
    ("大和", "ヤマト", "Yamato"), ("悠真", "ユウマ", "Yuma"), ("颯太", "ソウタ", "Sota"),
    ("樹", "イツキ", "Itsuki"), ("奏太", "カナタ", "Kanata"), ("朝陽", "アサヒ", "Asahi"),
    ("結翔", "ユイト", "Yuito"), ("蒼", "アオ", "Ao"), ("律", "リツ", "Ritsu"),
    ("陸", "リク", "Riku"), ("悠人", "ユウト", "Yuto"), ("健太", "ケンタ", "Kenta"),
    ("翼", "ツバサ", "Tsubasa"), ("碧", "アオイ", "Aoi"), ("暖", "ダン", "Dan"),
]
GIRLS = [
    ("結菜", "ユイナ", "Yuina"), ("陽葵", "ヒマリ", "Himari"), ("芽依", "メイ", "Mei"),
    ("紬", "ツムギ", "Tsumugi"), ("咲良", "サクラ", "Sakura"), ("凛", "リン", "Rin"),
    ("心春", "コハル", "Koharu"), ("琴音", "コトネ", "Kotone"), ("楓", "カエデ", "Kaede"),
    ("莉子", "リコ", "Riko"), ("美桜", "ミオ", "Mio"), ("杏", "アン", "An"),
    ("柚希", "ユズキ", "Yuzuki"), ("一花", "イチカ", "Ichika"), ("詩", "ウタ", "Uta"),
    ("澪", "ミオ", "Mio"), ("葵", "アオイ", "Aoi"), ("花音", "カノン", "Kanon"),
]
MOTHERS = [("恵美", "エミ", "Emi"), ("裕子", "ユウコ", "Yuko"), ("真由美", "マユミ", "Mayumi"),
           ("智子", "トモコ", "Tomoko"), ("沙織", "サオリ", "Saori"), ("香織", "カオリ", "Kaori"),
           ("麻衣", "マイ", "Mai"), ("由紀", "ユキ", "Yuki"), ("彩", "アヤ", "Aya"),
           ("舞", "マイ", "Mai"), ("千尋", "チヒロ", "Chihiro"), ("奈緒", "ナオ", "Nao"),
           ("理恵", "リエ", "Rie"), ("美穂", "ミホ", "Miho"), ("純子", "ジュンコ", "Junko")]
FATHERS = [("亮", "リョウ", "Ryo"), ("健一", "ケンイチ", "Kenichi"), ("直樹", "ナオキ", "Naoki"),
           ("大輔", "ダイスケ", "Daisuke"), ("拓也", "タクヤ", "Takuya"), ("洋平", "ヨウヘイ", "Yohei"),
           ("翔", "ショウ", "Sho"), ("和也", "カズヤ", "Kazuya"), ("剛", "ツヨシ", "Tsuyoshi"),
           ("誠", "マコト", "Makoto"), ("慎吾", "シンゴ", "Shingo")]
TOWNS = [("東町", "210-0811"), ("西原", "210-0824"), ("桜台", "210-0832"), ("緑ヶ丘", "210-0845"),
         ("本町", "210-0801"), ("港南", "210-0867"), ("旭町", "210-0812"), ("若葉台", "210-0853"),
         ("日の出町", "210-0806"), ("柳町", "210-0828"), ("北浜", "210-0871")]
SCHOOLS = ["東小", "桜台小", "緑ヶ丘小", "港南小"]
CLUBS = {"東小": "ひので学童クラブ川波東", "桜台小": "ひので学童クラブ桜台",
         "緑ヶ丘小": "ひので学童クラブ緑ヶ丘", "港南小": "ひので学童クラブ港南"}
FREE = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp",
        "softbank.ne.jp", "outlook.jp", "i.softbank.jp"]


def _mobile(r: random.Random) -> str:
    return f"{r.choice(['090', '080', '070'])}-{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}"


def _home(r: random.Random) -> str:
    return f"044-{r.randrange(700, 1000)}-{r.randrange(1000, 10000)}"


def _wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    ys = "元" if y == 1 else str(y)
    return f"{era}{ys}年{d.month}月{d.day}日"


_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    """full-width digits and separators"""
    return s.translate(_FW)


def kid(r: random.Random, grade: int | None = None, school: str | None = None) -> dict:
    sei = r.choice(SURNAMES)
    boy = r.random() < 0.5
    mei = r.choice(BOYS if boy else GIRLS)
    grade = grade or r.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])
    month, day = r.randint(1, 12), r.randint(1, 28)
    year = 2026 - 6 - grade + (1 if month <= 3 else 0)
    mother = r.random() < 0.72
    g = r.choice(MOTHERS if mother else FATHERS)
    town, zipc = r.choice(TOWNS)
    school = school or r.choice(SCHOOLS)
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "kana": f"{sei[1]} {mei[1]}",
        "romaji": f"{mei[2]} {sei[2].upper()}", "sex": "男" if boy else "女", "grade": grade,
        "klass": f"{grade}-{r.randint(1, 4)}", "dob": date(year, month, day),
        "guardian": f"{sei[0]} {g[0]}", "g_kana": f"{sei[1]} {g[1]}",
        "g_romaji": f"{g[2]} {sei[2]}", "rel": "母" if mother else "父",
        "mobile": _mobile(r), "home": _home(r),
        "email": f"{sei[2].lower()}.{g[2].lower()}{r.randrange(10, 99)}@{r.choice(FREE)}",
        "zip": zipc,
        "addr": f"神奈川県川波市{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号",
        "addr_short": f"川波市{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}",
        "school": school, "club": CLUBS[school],
    }


def kids(n: int, **kw) -> list[dict]:
    return [kid(_R, **kw) for _ in range(n)]


def adult(r: random.Random) -> dict:
    sei = r.choice(SURNAMES)
    female = r.random() < 0.6
    g = r.choice(MOTHERS if female else FATHERS)
    town, zipc = r.choice(TOWNS)
    year = r.randint(1965, 2001)
    return {"name": f"{sei[0]} {g[0]}", "kana": f"{sei[1]} {g[1]}", "romaji": f"{g[2]} {sei[2]}",
            "sex": "女" if female else "男",
            "dob": date(year, r.randint(1, 12), r.randint(1, 28)), "mobile": _mobile(r),
            "zip": zipc, "addr": f"神奈川県川波市{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}",
            "email": f"{g[2].lower()}.{sei[2].lower()}{r.randrange(100, 999)}@{r.choice(FREE)}"}


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corporate_number("020001048836")

# -- recipients (external ones are invented) ------------------------------------------------

CITY_HIEDA = "川波市こども育成課 稗田様 <hieda-y@city.kawanami.lg.jp>"
CITY_KUGA = "kuga-m@city.kawanami.lg.jp"
CITY_BOX = "川波市 放課後児童健全育成係 <houkago@city.kawanami.lg.jp>"
CITY_KATEI = "川波市子ども家庭支援センター <kodomo-katei@city.kawanami.lg.jp>"
NANGO = "南郷町 子育て支援課 <kosodate@town.nango.lg.jp>"
SCH_HIGASHI = "東小学校 教頭 三森先生 <mimori@higashi-es.kawanami.ed.jp>"
SCH_HIGASHI_YOGO = "yogo@higashi-es.kawanami.ed.jp"
SCH_SAKURA = "桜台小学校 <office@sakuradai-es.kawanami.ed.jp>"
SCH_MIDORI = "緑ヶ丘小学校 副校長 <fukukocho@midorigaoka-es.kawanami.ed.jp>"
KITAGUNI = "北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"
OYATSU = "おやつマルシェ 受注センター <order@oyatsu-marche.jp>"
INSURER = "こども安全共済会 事故受付 <jiko@kodomo-anzen.or.jp>"
SR_OFFICE = "やまぶき社会保険労務士事務所 <info@yamabuki-sr.jp>"
AGENCY = "キャリアブリッジ 派遣事業部 <haken@career-bridge.co.jp>"
TSUBASA = "ツバサシステム サポート <support@tsubasa-system.jp>"
MIDORI = "みどり銀行 川波支店 法人営業 <kawanami-hojin@midori-ginko.co.jp>"
NISHIKI = "錦印刷 営業 <sales@nishiki-insatsu.co.jp>"
AOBA = "青葉運輸 貸切バス課 <bus@aoba-unyu.co.jp>"
SAKURA_HOTEL = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"
LAW = "白川法律事務所 水無瀬先生 <minase@shirakawa-law.jp>"

# -- senders and signatures -------------------------------------------------------------------

S_SAEKI = "佐伯 美奈子 <m-saeki@hinode-sangyo.co.jp>"
S_YAHAGI = "矢萩 健太 <k-yahagi@hinode-sangyo.co.jp>"
S_SHOJI = "東海林 さやか <s-shoji@hinode-sangyo.co.jp>"
S_AIMONO = "四十物 昇 <n-aimono@hinode-sangyo.co.jp>"
S_TAKANASHI = "小鳥遊 陽菜 <h-takanashi@hinode-sangyo.co.jp>"
S_DOMEKI = "百目鬼 拓海 <t-domeki@hinode-sangyo.co.jp>"
S_TSUYURI = "栗花落 詩織 <s-tsuyuri@gakudo.hinode-sangyo.co.jp>"
S_OWADA = "大和田 亮 <r-owada@hinode-sangyo.co.jp>"
S_HART = "Emily Hart <e-hart@hinode-sangyo.co.jp>"
S_TESHI = "勅使河原 恵 <m-teshigawara@hinode-sangyo.co.jp>"

SIG = {
    "saeki": """--------------------------------------------
日の出産業株式会社 学童事業部
ひので学童クラブ川波東（川波市放課後児童クラブ受託）
施設長 佐伯 美奈子（さえき みなこ）
〒210-0811 神奈川県川波市東町2-3-1 東小学校敷地内
TEL 044-811-2030 / FAX 044-811-2031
--------------------------------------------""",
    "yahagi": """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
学童事業部 運営管理課　矢萩 健太
〒210-0007 神奈川県川波市駅前本町11-2 日の出ビル5F
TEL：044-200-5511（代）　内線 352
Mail：k-yahagi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━""",
    "shoji": """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業(株) 学童事業部 業務課
東海林（しょうじ） さやか
利用料・減免のお問い合わせ TEL 044-200-5514
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿""",
    "aimono": """日の出産業株式会社
執行役員 学童事業部長　四十物 昇（あいもの のぼる）
〒210-0007 川波市駅前本町11-2 日の出ビル5F　TEL 044-200-5500""",
    "takanashi": """
小鳥遊 陽菜（たかなし ひな）
ひので学童クラブ桜台　放課後児童支援員
TEL 044-832-7100（14時〜19時）""",
    "domeki": """-- 
日の出産業株式会社 総務部 人事労務グループ
百目鬼 拓海 (Takumi Domeki)
TEL 044-200-5520 / t-domeki@hinode-sangyo.co.jp""",
    "tsuyuri": """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
ひので学童クラブ緑ヶ丘　主任支援員
栗花落 詩織（つゆり しおり）
川波市緑ヶ丘3-8-2　TEL 044-845-6612
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊""",
    "owada": """──────────────
日の出産業株式会社 学童事業部
安全管理担当　大和田 亮
携帯（業務用）080-4410-2275
──────────────""",
    "hart": """--
Emily Hart
English Programme Coordinator, After-School Division
Hinode Sangyo Co., Ltd.
5F Hinode Bldg., 11-2 Ekimae-honcho, Kawanami, Kanagawa 210-0007, Japan
Tel +81-44-200-5530""",
    "teshi": """--
勅使河原 恵 / 情報システム部
日の出産業株式会社　内線 610""",
}

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""
DISC_JA2 = """
【ご注意】このメールは送信先として指定された方のみを対象としています。
心当たりのない場合は破棄いただき、差出人へお知らせください。"""
DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete it."""


def add(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    msg.setdefault("charset", "utf-8")
    MESSAGES.append({"id": f"gakudo-{len(MESSAGES) + 1:03d}", "expect": expect,
                     "entities": entities, "detectors": detectors, "note": note, **msg})


PD = "personal_data"
VIS = "external_recipients_visible"
MULTI = "multiple_external_domains"
LOOK = "lookalike_domain"
FREEM = "freemail_recipient"
CONF = "confidential_marking"
UNSCAN = "unscannable_attachment"

# ==========================================================================================
# messages
# ==========================================================================================

# 001 — enrolment roster CSV to the city
_k = kids(28, school="東小")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], [PD],
    "28 enrolled children (name, DOB, address, guardian phone) in a CSV to the city: a list of people",
    charset="iso-2022-jp", sender=S_SAEKI, to=[CITY_HIEDA], cc=["k-yahagi@hinode-sangyo.co.jp"],
    subject="【川波東】令和8年度 入所児童名簿（9月1日現在）の提出について",
    body=f"""川波市こども育成課
稗田様

いつもお世話になっております。
ひので学童クラブ川波東の佐伯です。

ご依頼いただいておりました、9月1日現在の入所児童名簿をお送りいたします。
途中入所が2名（1年生）、退所が1名（4年生、転居のため）ございました。
退所児童は名簿から削除済みです。

添付：川波東_入所児童名簿_20260901.csv（{len(_k)}名分）

内容にご不明な点がございましたらご連絡ください。
よろしくお願いいたします。

{SIG['saeki']}
""",
    attachments=[{"kind": "csv", "name": "川波東_入所児童名簿_20260901.csv",
                  "rows": [["No", "児童氏名", "フリガナ", "性別", "学年", "生年月日", "住所",
                            "保護者氏名", "続柄", "緊急連絡先"]]
                  + [[i + 1, k["name"], k["kana"], k["sex"], k["grade"], k["dob"].strftime("%Y/%m/%d"),
                      k["addr"], k["guardian"], k["rel"], k["mobile"]] for i, k in enumerate(_k)]}])

# 002 — monthly aggregate usage report, no persons
add("pass", [], [],
    "monthly usage counts per club to the city: aggregates, no person",
    charset="cp932", sender=S_YAHAGI, to=[CITY_BOX],
    subject="8月分 放課後児童クラブ 利用実績報告（日の出産業）",
    body=f"""川波市 こども未来部 こども育成課
放課後児童健全育成係 ご担当者様

お世話になっております。日の出産業の矢萩でございます。
8月分（夏季休業期間を含む）の利用実績を下記のとおりご報告いたします。

  クラブ名                    登録児童数  開所日数  延べ利用人数  1日平均  延長利用(延べ)
  --------------------------  ----------  --------  ------------  -------  --------------
  ひので学童クラブ川波東          58          21         1,032       49.1          96
  ひので学童クラブ桜台            44          21           811       38.6          71
  ひので学童クラブ緑ヶ丘          37          21           702       33.4          40
  ひので学童クラブ港南            51          21           958       45.6          88
  --------------------------  ----------  --------  ------------  -------  --------------
  合計                           190          --         3,503      166.8         295

※8月13日〜15日は市の指定により合同開所（川波東会場）としております。
※事故報告対象となる事案は8月中ございませんでした（軽微なけが 4件は所内記録のみ）。

様式第7号（Excel）は月末締めの押印後、別途郵送いたします。
何卒よろしくお願い申し上げます。

{SIG['yahagi']}
""")

# 003 — allergy list to the snack supplier
_k = kids(7)
_allergy = [("卵", "じんましん", "なし"), ("乳・乳製品", "腹痛・嘔吐", "なし"),
            ("小麦", "アナフィラキシー既往（R6.5）", "エピペン所持"), ("落花生・ナッツ類", "呼吸困難の既往", "エピペン所持"),
            ("そば", "口腔内のかゆみ", "なし"), ("えび・かに", "じんましん", "なし"), ("キウイ・バナナ", "口腔アレルギー症候群", "なし")]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "named children's food allergies and anaphylaxis history sent to the snack supplier: health data, 7 rows",
    charset="utf-8", sender=S_TSUYURI, to=[KITAGUNI],
    subject="10月分おやつ発注にあたって：アレルギー対応児童一覧",
    body=f"""北国フーズ株式会社
営業部 ご担当者様

いつもお世話になっております。
ひので学童クラブ緑ヶ丘の栗花落です。

10月分のおやつ発注の前に、アレルギー対応が必要な児童の一覧をお送りします。
除去対象食材を含む商品は、個包装に分けて「除去品」シールを貼っていただけますと助かります。
特に小麦・ナッツの2名はエピペンを預かっておりますので、コンタミネーションにもご配慮ください。

よろしくお願いいたします。

{SIG['tsuyuri']}
""",
    attachments=[{"kind": "xlsx", "name": "アレルギー対応児童一覧_緑ヶ丘_2026-10.xlsx",
                  "sheets": {"アレルギー一覧": [["ひので学童クラブ緑ヶ丘　食物アレルギー対応児童（2026年10月）"], [],
                                              ["児童名", "学年", "除去食材", "症状・既往", "備考"]]
                             + [[k["name"], f"{k['grade']}年", a[0], a[1], a[2]] for k, a in zip(_k, _allergy)],
                             "発注数": [["品目", "通常", "除去品"], ["米粉クッキー", 30, 2], ["ゼリー", 37, 0]]}}])

# 004 — ordinary snack order with product codes and an order number
add("pass", [], [],
    "plain snack order to the partner supplier: product codes, quantities, order number",
    charset="iso-2022-jp", sender=S_TAKANASHI, to=[KITAGUNI],
    subject="Re: 【北国フーズ】10月度 ご注文書送付のお願い（受注No. KF-26-10-0418）",
    body=f"""北国フーズ 営業部
ご担当者様

お世話になっております。ひので学童クラブ桜台の小鳥遊です。
10月分のご注文をお送りします。

・KF-1203　国産小麦の小魚せんべい（個包装）　　 8ケース
・KF-1588　りんごジュース 125ml 紙パック　　　　6ケース
・KF-2011　米粉のやさしいクッキー（特定原材料7品目不使用）　3ケース
・KF-0934　ミニカップゼリー（ぶどう）　　　　　 4ケース

納品希望日：10/1（木）14:00〜16:00
納品先：ひので学童クラブ桜台（桜台小学校 西門よりお入りください）

受注No. KF-26-10-0418 の控えをお送りいただけますと幸いです。

> 10月分のご注文は9月25日（金）までにお送りください。
> 新商品「きなこ棒」のサンプルを同梱いたします。

サンプルありがとうございます。子どもたちの反応をまたお知らせします。
{SIG['takanashi']}
""")

# 005 — incident (fracture) report DOCX to the city
_k = kid(_R, grade=3, school="東小")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], [PD],
    "injury report naming a child with diagnosis (fracture), DOB and guardian phone to the city: health data",
    charset="cp932", sender=S_OWADA, to=[CITY_HIEDA], cc=["m-saeki@hinode-sangyo.co.jp"],
    subject="【事故報告】ひので学童クラブ川波東　9/14 児童負傷（第一報）",
    body=f"""川波市こども育成課　稗田様

日の出産業 学童事業部 安全管理担当の大和田です。
本日発生した児童の負傷事故につきまして、第一報を添付の事故報告書にてご報告いたします。

概要のみ以下に記載いたします。
　・発生日時：9月14日（月）16時20分ごろ
　・場所：東小学校 校庭（遊具：うんてい）
　・状況：うんていから落下し、右手をついて受傷
　・対応：保護者へ連絡のうえ、職員が川波中央病院へ付き添い受診

詳細は添付をご確認ください。第二報は受診結果確定後にお送りします。

{SIG['owada']}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_川波東_20260914.docx", "title": "事故報告書（第一報）",
                  "paragraphs": ["事故報告書（第一報）", "報告日：令和8年9月14日　報告者：大和田 亮",
                                 "施設名：ひので学童クラブ川波東"],
                  "tables": [[["項目", "内容"],
                              ["児童氏名", f"{_k['name']}（{_k['kana']}）"],
                              ["学年・性別", f"{_k['grade']}年・{_k['sex']}"],
                              ["生年月日", _wareki(_k["dob"])],
                              ["保護者", f"{_k['guardian']}（{_k['rel']}） 携帯 {_k['mobile']}"],
                              ["受診医療機関", "川波中央病院 整形外科"],
                              ["診断名", "右橈骨遠位端骨折（全治約6週間、ギプス固定）"],
                              ["発生状況", "うんてい3段目付近で手が滑り落下、右手掌をついた。"],
                              ["再発防止策", "うんてい使用時は職員1名が常時見守り、低学年は2段目までとする。"]]]}])

# 006 — five guardians visible in To
add("stop", [], [VIS, FREEM, MULTI],
    "notice to five guardians' private addresses all in To: each can see the others, should have been Bcc",
    charset="iso-2022-jp", sender=S_TAKANASHI,
    to=["yuki.ishida77@gmail.com", "kaori-m.0315@yahoo.co.jp", "sakurai-mama@docomo.ne.jp",
        "t.kimura.family@icloud.com", "hana-chichi@ezweb.ne.jp"],
    subject="【ひので学童クラブ桜台】夏休みお出かけ（こども科学館）の持ち物について",
    body=f"""保護者の皆さま

いつもありがとうございます。ひので学童クラブ桜台の小鳥遊です。
8月6日（木）のこども科学館へのお出かけに参加されるご家庭へ、持ち物のご案内です。

　・お弁当、水筒（多めに）
　・帽子、タオル、雨具
　・交通系ICカード（チャージ済み 500円以上）
　・名札（クラブで配布したもの）

集合は9時15分、クラブ室です。解散は15時30分ごろの予定です。
雨天の場合も実施します（屋内施設のため）。

ご不明な点はクラブまでお電話ください。
{SIG['takanashi']}
""")

# 007 — reply to one guardian (free mail) about pick-up time
add("pass", [], [FREEM],
    "reply to one guardian's free-mail address about their own pick-up time: ordinary",
    charset="utf-8", sender=S_SAEKI, to=["坂本 奈緒 <nao.sakamoto.0821@gmail.com>"],
    subject="Re: 来週のお迎え時間について",
    body=f"""坂本様

ご連絡ありがとうございます。ひので学童クラブ川波東の佐伯です。
来週（9/21〜9/25）はお迎えが18時45分ごろになる件、承知いたしました。
延長利用（18:30〜19:00）の申請が必要ですので、お迎えの際に延長利用届へご記入をお願いします。
延長料金は1回200円で、翌月の利用料と合わせてご請求いたします。

引き続きよろしくお願いいたします。

佐伯

On 2026/09/17 21:04, 坂本 奈緒 wrote:
> ひので学童クラブ 佐伯先生
> いつもお世話になっております。2年の坂本結菜の母です。
> 来週は仕事の関係でお迎えが19時近くになってしまいそうです。
> 延長の手続きなど必要でしょうか。
> 坂本
""")

# 008 — look-alike of the partner snack supplier
add("stop", [], [LOOK],
    "snack order to kitaguni-food.co.jp (missing s) — look-alike of partner kitaguni-foods.co.jp",
    charset="cp932", sender=S_TSUYURI, to=["北国フーズ 営業部 <eigyo@kitaguni-food.co.jp>"],
    subject="11月分 おやつ注文書",
    body=f"""北国フーズ株式会社
営業部 御中

お世話になっております。ひので学童クラブ緑ヶ丘の栗花落です。
11月分の注文書を以下のとおりお送りいたします。

品番        品名                           数量
KF-1203     小魚せんべい                   6ケース
KF-1588     りんごジュース 125ml           5ケース
KF-2011     米粉のやさしいクッキー         4ケース（うち除去対応 2ケース）
KF-3102     おさつスティック               3ケース

納品日：11/2（月）午後
アレルギー除去品は前回と同じ扱いでお願いいたします。

{SIG['tsuyuri']}
""")

# 009 — password ZIP (PPAP) of the roster to the city
add("stop", [], [UNSCAN],
    "roster sent as a password-protected ZIP to the city: content cannot be inspected",
    charset="iso-2022-jp", sender=S_YAHAGI, to=[CITY_BOX],
    subject="【送付】令和8年度 第2四半期 登録児童名簿（4クラブ分）",
    body=f"""川波市 こども育成課 放課後児童健全育成係
ご担当者様

お世話になっております。日の出産業の矢萩です。
第2四半期の登録児童名簿（4クラブ分）をお送りします。
ファイルはパスワード付きZIPとしております。パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。

{SIG['yahagi']}
""",
    attachments=[{"kind": "zip", "name": "登録児童名簿_2026Q2.zip", "password": "Kw2026q2!",
                  "files": [{"kind": "csv", "name": "登録児童名簿_4クラブ.csv",
                             "rows": [["氏名", "学年", "電話"]] + [[k["name"], k["grade"], k["mobile"]] for k in kids(20)]}]}])

# 010 — internal: roster workbook between colleagues
_k = kids(22, school="桜台小")
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], [PD],
    "full roster but every recipient is internal (hinode-sangyo.co.jp): must go",
    charset="utf-8", sender=S_TAKANASHI, to=["k-yahagi@hinode-sangyo.co.jp"],
    cc=["s-tsuyuri@gakudo.hinode-sangyo.co.jp"],
    subject="桜台 名簿更新版（9月）です",
    body=f"""矢萩さん

お疲れさまです。桜台の小鳥遊です。
9月の名簿更新版を添付します。変更は3件（住所変更2、緊急連絡先変更1）で、黄色セルにしてあります。
市への提出用はいつもどおり矢萩さんの方でまとめていただけると助かります。

栗花落さん、緑ヶ丘との合同開所日のシフト表はまた別で送ります。

小鳥遊
""",
    attachments=[{"kind": "xlsx", "name": "桜台_名簿_2026-09.xlsx",
                  "sheets": {"名簿": [["No", "氏名", "ふりがな", "学年", "生年月日", "住所", "保護者", "連絡先"]]
                             + [[i + 1, k["name"], k["kana"], k["grade"], k["dob"].isoformat(), k["addr"],
                                 k["guardian"], k["mobile"]] for i, k in enumerate(_k)]}}])

# 011 — medication request (epilepsy) to the school nurse
_k = kid(_R, grade=2, school="東小")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "a named child's epilepsy and emergency medication shared with the school nurse: health data of one person",
    charset="utf-8", sender=S_SAEKI, to=[SCH_HIGASHI_YOGO],
    subject="与薬依頼書の内容共有（{0}さん）".format(_k["name"]),
    body=f"""東小学校　養護教諭　白鳥先生

いつもお世話になっております。ひので学童クラブ川波東の佐伯です。
保護者の方から学童でも与薬依頼書をいただきましたので、学校と対応をそろえるため内容を共有いたします。

　児童：{_k['name']}（{_k['klass']}）
　疾患：てんかん（欠神発作・強直間代発作の既往あり）
　服薬：デパケンR錠 朝夕（学童での服薬はなし）
　発作時：5分以上続く場合はブコラム口腔用液を使用し救急要請
　主治医：川波こども医療センター 小児神経科

学童では発作時のマニュアルを職員全員で確認済みです。
学校での対応と異なる点がありましたらお知らせいただけますと幸いです。

{SIG['saeki']}
""")

# 012 — invoice to the city with the T-number
add("pass", ["JP_CORPORATE_NUMBER"], [PD],
    "monthly invoice for the contract fee to the city with the company's registration (T) number",
    charset="cp932", sender=S_SHOJI, to=[CITY_KUGA],
    subject="放課後児童クラブ運営業務委託料 9月分請求書の送付",
    body=f"""川波市 こども育成課
久我様

平素より大変お世話になっております。
日の出産業株式会社 学童事業部 業務課の東海林でございます。

放課後児童クラブ運営業務委託料（9月分）の請求書をPDFにてお送りいたします。
原本は押印のうえ本日郵送いたしました。

　請求番号：HS-GK-2609-004
　請求金額：8,712,000円（税込）
　お支払期限：令和8年10月30日

ご査収のほど、よろしくお願い申し上げます。

{SIG['shoji']}
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-GK-2609-004.pdf", "title": "請求書",
                  "lines": ["請求書", "川波市長 殿", "請求番号 HS-GK-2609-004　発行日 2026年10月1日",
                            "日の出産業株式会社　代表取締役 日野 誠一",
                            f"登録番号 T{HINODE_CORP}",
                            "〒210-0007 神奈川県川波市駅前本町11-2", ""],
                  "table": [["件名", "数量", "単価", "金額"],
                            ["放課後児童クラブ運営業務（川波東）", "1式", "2,420,000", "2,420,000"],
                            ["放課後児童クラブ運営業務（桜台）", "1式", "1,980,000", "1,980,000"],
                            ["放課後児童クラブ運営業務（緑ヶ丘）", "1式", "1,720,000", "1,720,000"],
                            ["放課後児童クラブ運営業務（港南）", "1式", "1,800,000", "1,800,000"],
                            ["小計", "", "", "7,920,000"], ["消費税（10%）", "", "", "792,000"],
                            ["合計", "", "", "8,712,000"],
                            ["振込先", "みどり銀行 川波支店 当座 0051823 ヒノデサンギョウ（カ", "", ""]]}])

# 013 — fee reduction list (生活保護・ひとり親・非課税) to the city
_k = kids(9)
_kbn = ["生活保護", "ひとり親（児童扶養手当受給）", "住民税非課税", "ひとり親（児童扶養手当受給）", "生活保護",
        "住民税非課税", "ひとり親（児童扶養手当受給）", "多子減免", "ひとり親（児童扶養手当受給）"]
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [PD],
    "nine families' reduction categories with names, addresses and phones to the city: a list of people",
    charset="utf-8", sender=S_SHOJI, to=[CITY_KUGA],
    subject="利用料減免 対象世帯一覧（10月適用分）",
    body=f"""久我様

お世話になっております。日の出産業 業務課の東海林です。
10月適用分の利用料減免対象世帯の一覧を添付いたします。
うち2世帯は9月中に新規申請があったもので、市の決定通知の写しは後日郵送します。

減免額の確認をお願いできますでしょうか。

{SIG['shoji']}
""",
    attachments=[{"kind": "xlsx", "name": "減免対象世帯一覧_202610.xlsx", "title": "減免対象世帯一覧",
                  "sheets": {"10月": [["令和8年10月適用　放課後児童クラブ利用料 減免対象世帯"],
                                     ["No", "保護者氏名", "児童氏名", "クラブ", "減免区分", "減免額(月)", "住所", "電話"]]
                             + [[i + 1, k["guardian"], k["name"], k["club"], b,
                                 8000 if b == "生活保護" else 4000, k["addr"], k["mobile"]]
                                for i, (k, b) in enumerate(zip(_k, _kbn))]}}])

# 014 — school event coordination, no personal data
add("pass", [], [],
    "coordination with the school about sports-day dates and room use: ordinary business",
    charset="iso-2022-jp", sender=S_SAEKI, to=[SCH_HIGASHI],
    subject="運動会前後の学童の開所について",
    body=f"""東小学校
教頭 三森先生

いつも大変お世話になっております。ひので学童クラブ川波東の佐伯です。

10月3日（土）の運動会と、10月5日（月）の振替休業日について、学童の開所を以下のとおり予定しております。

　10/2（金）前日準備：通常どおり下校後から開所（校庭は使用しません）
　10/3（土）運動会：学童は休所
　10/5（月）振替休業日：8:00〜19:00 一日開所（体育館の使用をお願いできますでしょうか）

体育館の使用が難しい場合は、クラブ室と図工室での対応を考えております。
お手数ですがご確認のほどよろしくお願いいたします。

{SIG['saeki']}
{DISC_JA}
""")

# 015 — a guardian's My Number in the body to the city
_a = adult(_R)
_mn = my_number(6601)
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], [PD],
    "a guardian's 個人番号 typed into the body of a mail to the city",
    charset="cp932", sender=S_SHOJI, to=[CITY_HIEDA],
    subject="Re: 減免申請書の記載漏れについて",
    body=f"""稗田様

ご連絡ありがとうございます。東海林です。
ご指摘の件、申請書の個人番号欄が空欄のまま提出しておりました。申し訳ございません。
保護者の方に確認しましたので、以下のとおり補記をお願いできますでしょうか。

　申請者：{_a['name']}（{_a['kana']}）
　生年月日：{_wareki(_a['dob'])}
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}

原本の訂正が必要でしたら、保護者に来所いただいて訂正印をいただきます。

東海林

-----Original Message-----
From: 稗田 由香 [mailto:hieda-y@city.kawanami.lg.jp]
Sent: Monday, October 5, 2026 10:12 AM
Subject: 減免申請書の記載漏れについて

日の出産業 東海林様
先日ご提出いただいた減免申請書のうち1件、個人番号の記載がございませんでした。
ご確認をお願いいたします。
""")

# 016 — bank transfer (口座振替) CSV to the partner bank
_k = kids(16)
_rows = [["顧客番号", "預金者名（カナ）", "金融機関", "支店", "種目", "口座番号", "引落金額", "クラブ"]]
for i, k in enumerate(_k):
    _rows.append([f"GK{26090 + i:06d}", k["g_kana"].replace(" ", "　"), "ミドリギンコウ",
                  _R.choice(["カワナミ", "エキマエ", "サクラダイ", "コウナン"]), "普通",
                  f"{_R.randrange(1000000, 9999999)}", _R.choice([6000, 8000, 10000, 10400]), k["club"]])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], [PD],
    "16 guardians' bank accounts for direct debit in a CSV to the partner bank: a list of people",
    charset="iso-2022-jp", sender=S_SHOJI, to=[MIDORI],
    subject="10月口座振替データ（学童利用料）送付のご連絡",
    body=f"""みどり銀行 川波支店
法人営業ご担当 様

いつもお世話になっております。日の出産業 学童事業部 業務課の東海林です。
10月27日振替分の学童利用料 口座振替データを添付にてお送りいたします。
件数 {len(_k)}件、合計金額は添付の最終行のとおりです。

伝送サービスへの切替前につき、今月もメール送付とさせてください。

{SIG['shoji']}
""",
    attachments=[{"kind": "csv", "name": "kouza_furikae_202610.csv", "rows": _rows}])

# 017 — NDA talk with the attendance-system vendor
add("pass", [], [],
    "discussion of an NDA (機密保持契約) draft with the partner vendor: mail about an NDA, not a marking",
    charset="utf-8", sender=S_TESHI, to=["ツバサシステム 営業 岩城様 <iwaki@tsubasa-system.jp>"],
    subject="入退室管理システム導入にあたっての機密保持契約書（案）",
    body=f"""株式会社ツバサシステム
岩城様

いつもお世話になっております。日の出産業 情報システム部の勅使河原です。

入退室管理システム（ICカード打刻・保護者通知）の導入検討にあたり、
弊社法務から機密保持契約書の案が届きましたので添付いたします。
第5条（秘密情報の範囲）に児童・保護者の個人情報を明記し、
第9条で再委託時の事前承諾を求める形にしております。

御社の標準フォームとの差分がございましたら、修正履歴でご指摘ください。
10月中に締結し、11月からテスト環境のご提供をお願いできればと考えております。

{SIG['teshi']}
""",
    attachments=[{"kind": "docx", "name": "機密保持契約書_案_ツバサシステム.docx",
                  "paragraphs": ["機密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                                 "入退室管理システムの導入検討に関し、以下のとおり契約を締結する。",
                                 "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                                 "第5条（秘密情報の範囲）児童及び保護者に関する個人情報を含む。",
                                 "第9条（再委託）乙は甲の書面による事前の承諾なく再委託してはならない。"]}])

# 018 — 社外秘-stamped cost breakdown to the city
add("stop", [], [CONF],
    "a workbook stamped 社外秘 in its header (internal cost breakdown) attached to a mail to the city",
    charset="cp932", sender=S_AIMONO, to=[CITY_KUGA], cc=["k-yahagi@hinode-sangyo.co.jp"],
    subject="次年度委託料の積算根拠について",
    body=f"""川波市 こども育成課
久我様

平素よりお世話になっております。日の出産業の四十物でございます。
先日の打合せでお尋ねのありました次年度委託料の積算根拠を添付いたします。
人件費の上昇分（処遇改善加算を含む）を中心にご確認いただけますと幸いです。

何卒よろしくお願いいたします。

{SIG['aimono']}
""",
    attachments=[{"kind": "xlsx", "name": "R9委託料積算_内訳.xlsx", "page_header": "社外秘",
                  "sheets": {"内訳": [["【社外秘】令和9年度 放課後児童クラブ運営 原価積算（4クラブ）"], [],
                                     ["費目", "川波東", "桜台", "緑ヶ丘", "港南", "備考"],
                                     ["支援員人件費", 18200000, 14800000, 13100000, 16000000, "時給1,280円→1,350円"],
                                     ["補助員人件費", 4100000, 3500000, 3000000, 3900000, ""],
                                     ["おやつ・消耗品", 1650000, 1250000, 1050000, 1450000, ""],
                                     ["本部管理費", 2400000, 1900000, 1700000, 2100000, "管理費率 9.5%"],
                                     ["利益", 1300000, 1000000, 900000, 1100000, "目標粗利 5%"]]}}])

# 019 — HTML-only table of extended-hours users to the city
_k = kids(12, school="港南小")
_tr = "\n".join(f"<tr><td>{i + 1}</td><td>{k['name']}</td><td>{k['grade']}</td><td>{k['guardian']}</td>"
                f"<td>{k['mobile']}</td><td>{_R.choice(['月水金', '毎日', '火木', '月〜木'])}</td></tr>"
                for i, k in enumerate(_k))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], [PD],
    "HTML table of 12 children with guardians' mobile numbers to the city: a list of people",
    charset="utf-8", sender="港南クラブ 須賀 葉子 <y-suga@hinode-sangyo.co.jp>", to=[CITY_BOX],
    subject="港南クラブ 延長利用（18:30以降）登録児童について",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>川波市 放課後児童健全育成係 ご担当者様</p>
<p>お世話になっております。ひので学童クラブ港南の須賀です。<br>
延長利用（18:30〜19:00）を登録している児童は以下のとおりです。<br>
市の延長利用補助の申請に必要とのことでしたので、保護者連絡先も記載しております。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>児童名</th><th>学年</th><th>保護者</th><th>携帯電話</th><th>利用曜日</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p style="color:#666">ひので学童クラブ港南　須賀 葉子<br>日の出産業株式会社 学童事業部<br>TEL 044-867-3300</p>
</body></html>""")

# 020 — list of clubs (businesses) with addresses and phones
add("pass", [], [],
    "list of the company's club facilities with addresses and phones: businesses, not people",
    charset="iso-2022-jp", sender=S_YAHAGI, to=[SCH_MIDORI],
    subject="市内 日の出産業運営クラブの連絡先一覧",
    body=f"""緑ヶ丘小学校
副校長先生

お世話になっております。日の出産業 学童事業部の矢萩です。
先日お話のあった、弊社が運営する市内クラブの連絡先を一覧にいたしました。
転校予定のご家庭へのご案内にお使いください。

■ひので学童クラブ川波東
　〒210-0811 神奈川県川波市東町2-3-1（東小学校敷地内）
　TEL 044-811-2030　開所 下校時〜19:00

■ひので学童クラブ桜台
　〒210-0832 神奈川県川波市桜台1-14-6
　TEL 044-832-7100　開所 下校時〜19:00

■ひので学童クラブ緑ヶ丘
　〒210-0845 神奈川県川波市緑ヶ丘3-8-2
　TEL 044-845-6612　開所 下校時〜18:30（延長なし）

■ひので学童クラブ港南
　〒210-0867 神奈川県川波市港南5-2-18 港南地区センター2階
　TEL 044-867-3300　開所 下校時〜19:00

入所の申込は各クラブではなく市（こども育成課）が窓口です。

{SIG['yahagi']}
""")

# 021 — accident insurance claim with diagnosis
_k = kid(_R, grade=4, school="桜台小")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], [PD],
    "insurance claim naming a child with DOB, head injury, CT and hospital visits: health data of one person",
    charset="iso-2022-jp", sender=S_TAKANASHI, to=[INSURER],
    subject="傷害共済 事故届（ひので学童クラブ桜台）",
    body=f"""こども安全共済会
事故受付ご担当者様

お世話になっております。ひので学童クラブ桜台（加入団体番号 KA-20417）の小鳥遊です。
クラブ活動中の事故について、事故届をお送りします。

【被共済者】
氏名　　：{_k['name']}（{_k['kana']}）
生年月日：{_k['dob'].year}年{_k['dob'].month}月{_k['dob'].day}日
学年　　：小学{_k['grade']}年

【事故内容】
発生日時：2026年9月28日 17時05分ごろ
場所　　：桜台小学校 体育館
状況　　：ドッジボール中に他児童と頭部同士が接触し転倒。
傷病名　：頭部打撲・前額部挫創（3針縫合）
医療機関：さくらだい脳神経外科クリニック（CT検査・異常なし）
通院　　：9/28、9/30、10/5（抜糸）の計3日

保険金請求書の用紙を保護者宛てにお送りいただけますでしょうか。

{SIG['takanashi']}
""")

# 022 — reply; the roster only in the quoted school mail
_k = kids(6, school="東小")
_q = "\n".join(f"> {k['name']}　{k['klass']}　{k['guardian']}　{k['mobile']}" for k in _k)
add("pass", [], [],
    "short reply; the children's list is only in the quoted text the school sent",
    charset="cp932", sender=S_SAEKI, to=[SCH_HIGASHI],
    subject="Re: 【東小】下校時刻変更（10/8 5校時）の対象児童",
    body=f"""三森先生

ご連絡ありがとうございます。佐伯です。
10/8（木）は5校時終了後、14:40ごろにクラブへ来室ということで承知しました。
対象の6名はこちらの名簿とも一致しております。当日はおやつを15時に早めます。

佐伯

> ひので学童クラブ 佐伯様
> 10/8は研究授業のため1・2年生は5校時で下校となります。
> 学童利用の児童は以下の6名です。念のため保護者連絡先も記載します。
{_q}
> 東小学校 教頭 三森
""")

# 023 — look-alike of the company's own domain; staff shift list
_st = [adult(_R) for _ in range(8)]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], [LOOK, PD],
    "staff shift list meant for a colleague sent to hinode-sangyou.co.jp, a look-alike of the own domain",
    charset="utf-8", sender=S_TSUYURI, to=["矢萩 健太 <k-yahagi@hinode-sangyou.co.jp>"],
    subject="10月 合同開所日のシフト（緑ヶ丘・桜台）",
    body=f"""矢萩さん

お疲れさまです。栗花落です。
10/12（月・祝明けの振替）合同開所日のシフト案です。緊急連絡用に携帯番号も入れています。

氏名              担当        時間          携帯
----------------  ----------  ------------  -------------
"""
    + "\n".join(f"{s['name']:<14}  {['早番', '遅番', '中番', '早番', '遅番', '補助', '補助', '中番'][i]:<8}  "
                f"{['8:00-16:30', '10:30-19:00', '9:00-17:30', '8:00-16:30', '10:30-19:00', '9:00-13:00', '13:00-18:00', '9:00-17:30'][i]:<12}  {s['mobile']}"
                for i, s in enumerate(_st))
    + f"""

桜台の小鳥遊さんには確認済みです。OKでしたら市への体制届に反映お願いします。

{SIG['tsuyuri']}
""")

# 024 — four external organisations visible to each other
add("stop", [], [VIS, MULTI],
    "invitation with the city, the school, the snack supplier and the insurer all in To/Cc: four organisations see each other",
    charset="iso-2022-jp", sender=S_AIMONO,
    to=[CITY_HIEDA, SCH_HIGASHI], cc=[KITAGUNI, INSURER],
    subject="【ご案内】放課後児童クラブ 安全連絡会（11/10）の開催について",
    body=f"""関係者各位

平素より大変お世話になっております。日の出産業 学童事業部の四十物でございます。

今年度の放課後児童クラブ安全連絡会を下記のとおり開催いたします。
ご多用のところ恐縮ですが、ご出席のほどよろしくお願い申し上げます。

　日時：令和8年11月10日（火）14:00〜15:30
　場所：川波市役所 本庁舎 5階 第3会議室
　議題：1. 上半期の事故・ヒヤリハット事例の共有（個人が特定されない形でお示しします）
　　　　2. 食物アレルギー対応手順の見直し
　　　　3. 災害時の引渡し訓練について

ご出欠を11月2日（月）までにご返信ください。

{SIG['aimono']}
""")

# 025 — two external organisations in To/Cc: a normal three-way mail
add("pass", [], [MULTI],
    "city and school (two organisations) on a scheduling mail: a normal three-way meeting",
    charset="utf-8", sender=S_SAEKI, to=[CITY_HIEDA], cc=[SCH_HIGASHI],
    subject="Re: 学童クラブ室の増設工事 打合せ日程",
    body=f"""稗田様、三森先生

お世話になっております。ひので学童クラブ川波東の佐伯です。
増設工事の打合せ日程ですが、候補日のうち以下でしたら学童側は対応可能です。

　・10/20（火）10:00〜11:00
　・10/22（木）13:30〜14:30

場所はクラブ室でお願いできればと思います（工事範囲を実際に見ていただけるため）。
学校の使用時間との調整がございましたら、三森先生からご指示いただけますと幸いです。

佐伯
{SIG['saeki']}

> 日の出産業 佐伯様、東小学校 三森先生
> 増設工事について、施工業者を交えた打合せを行いたく、候補日をお知らせください。
> 川波市こども育成課 稗田
""")

# 026 — disability information about one child to the school
_k = kid(_R, grade=1, school="緑ヶ丘小")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "a named child's ADHD diagnosis and disability certificate shared with the school: disability data",
    charset="cp932", sender=S_TSUYURI, to=[SCH_MIDORI],
    subject="支援が必要な児童の情報共有（1年生）",
    body=f"""緑ヶ丘小学校
副校長 先生

いつもお世話になっております。ひので学童クラブ緑ヶ丘の栗花落です。
先日の連携会議でお話しした1年生の児童について、保護者の了解を得ましたので学童での様子をお伝えします。

【児童】{_k['name']}さん（{_k['klass']}）
【保護者からの情報】
　・年長時に川波市発達支援センターでADHD（注意欠如・多動症）の診断
　・療育手帳（B2）を取得済み、放課後等デイサービスを週2回併用
　・服薬（コンサータ）は朝のみ
【学童での様子】
　・集団遊びのルール理解に時間がかかり、トラブルになりやすい
　・見通しが持てると落ち着いて過ごせるため、ホワイトボードで予定を提示している

学校での配慮事項と合わせられるとよいと思います。来週の巡回相談の際に少しお時間をいただけますでしょうか。

{SIG['tsuyuri']}
""")

# 027 — newsletter to guardians in Bcc
add("pass", [], [FREEM],
    "newsletter to guardians with their addresses in Bcc (To is the club itself): no one sees the others",
    charset="iso-2022-jp", sender=S_TAKANASHI, to=["h-takanashi@hinode-sangyo.co.jp"],
    bcc=["yuki.ishida77@gmail.com", "kaori-m.0315@yahoo.co.jp", "sakurai-mama@docomo.ne.jp",
         "t.kimura.family@icloud.com", "hana-chichi@ezweb.ne.jp", "maki_f_1988@softbank.ne.jp",
         "noguchi.riko.mama@gmail.com"],
    subject="ひので学童クラブ桜台　10月のおたより",
    body="""保護者の皆さま

朝夕すっかり涼しくなりました。ひので学童クラブ桜台です。
10月のおたよりをお届けします（紙のおたよりも本日お子さんに持たせています）。

◆10月の主な予定
　10/5（月）振替休業日　一日開所（お弁当をお持たせください）
　10/16（金）避難訓練（引渡し訓練ではありません）
　10/30（金）ハロウィン工作の日

◆お願い
　・上着に名前の記入をお願いします。
　・インフルエンザ等で欠席する場合は、朝9時までにクラブへお電話ください。

◆利用料
　10月分の口座振替日は10月27日（火）です。残高のご確認をお願いします。

このメールは送信専用ではありません。ご質問はこのメールへの返信でも受け付けています。

ひので学童クラブ桜台
TEL 044-832-7100
""",
    html="""<html><body><h3 style="color:#e67e22">ひので学童クラブ桜台　10月のおたより</h3>
<p>保護者の皆さま<br>朝夕すっかり涼しくなりました。10月のおたよりをお届けします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>日付</th><th>予定</th></tr>
<tr><td>10/5（月）</td><td>振替休業日　一日開所（お弁当持参）</td></tr>
<tr><td>10/16（金）</td><td>避難訓練</td></tr>
<tr><td>10/30（金）</td><td>ハロウィン工作の日</td></tr>
</table>
<p>10月分の口座振替日は<b>10月27日（火）</b>です。</p>
<p>ひので学童クラブ桜台　TEL 044-832-7100</p></body></html>""")

# 028 — password-protected PDF (work certificate scan) to the city
add("stop", [], [UNSCAN],
    "work certificate scan sent as a password-protected PDF: cannot be inspected",
    charset="utf-8", sender=S_SHOJI, to=[CITY_HIEDA],
    subject="就労証明書（再提出分）の送付",
    body=f"""稗田様

お世話になっております。東海林です。
先週お電話でお話しした、再提出分の就労証明書（1名分）をお送りします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

{SIG['shoji']}
""",
    attachments=[{"kind": "pdf", "name": "就労証明書_再提出_1009.pdf", "password": "hinode1009",
                  "lines": ["就労証明書", "事業所名 株式会社サンプル商事", "就労時間 9:00〜17:30 週5日"]}])

# 029 — pick-up authorisations, one record per block, to the school coordinator
_k = kids(7, school="東小")
_blocks = []
for k in _k:
    p = adult(_R)
    _blocks.append(f"""◇ {k['name']}（{k['klass']}）
　代理人：{p['name']}（{_R.choice(['祖母', '祖父', '叔母', '近所の知人', 'ファミサポ提供会員'])}）
　代理人連絡先：{p['mobile']}
　保護者：{k['guardian']}　{k['mobile']}""")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], [PD],
    "seven families' pick-up proxies with phone numbers, one block each, to the school: a list of people",
    charset="iso-2022-jp", sender=S_SAEKI, to=["東小 放課後子ども教室 コーディネーター <kyoshitsu@higashi-es.kawanami.ed.jp>"],
    subject="お迎え代理人の登録状況（放課後子ども教室との共有）",
    body=f"""放課後子ども教室　コーディネーター 様

お世話になっております。ひので学童クラブ川波東の佐伯です。
一体型運営にあたり、学童側で「お迎え代理人届」を受けている児童の一覧を共有いたします。
子ども教室参加日に代理人の方がお迎えに来られることがありますので、ご確認ください。

"""
    + "\n\n".join(_blocks)
    + f"""

代理人の方には身分証の提示をお願いしています。
{SIG['saeki']}
""")

# 030 — one family's three pick-up persons to the school
_k = kid(_R, grade=2, school="東小")
_p1, _p2 = adult(_R), adult(_R)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [PD],
    "one family's pick-up persons (three people with phones) to the class teacher: under five people",
    charset="cp932", sender=S_SAEKI, to=["2年3組担任 <tannin-2-3@higashi-es.kawanami.ed.jp>"],
    subject="下校時のお迎えについて（2年 {0}さん）".format(_k["sei"]),
    body=f"""2年3組　担任の先生

お世話になっております。ひので学童クラブ川波東の佐伯です。
{_k['name']}さんの保護者から、来週から学童に寄らず直接お迎えになる日がある旨の連絡がありました。
お迎えに来られる可能性のある方は次の3名です。

　・{_k['guardian']}（{_k['rel']}）　{_k['mobile']}
　・{_p1['name']}（祖母）　{_p1['mobile']}
　・{_p2['name']}（叔母）　{_p2['mobile']}

上記以外の方がお迎えに来られた場合は、学童までご連絡ください。

{SIG['saeki']}
""")

# 031 — forward of a guardian's mail about asthma to the school
_k = kid(_R, grade=3, school="桜台小")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], [PD],
    "forward (new text to the school) of a guardian's mail with the child's asthma treatment, phone and e-mail",
    charset="iso-2022-jp", sender=S_TAKANASHI, to=[SCH_SAKURA],
    subject="FW: 喘息の吸入薬について（{0}）".format(_k["name"]),
    body=f"""桜台小学校　保健室 ご担当の先生

ひので学童クラブ桜台の小鳥遊です。
保護者の方から学校とも共有してほしいとのことでしたので、いただいたメールを転送いたします。

----- Forwarded Message -----
From: {_k['guardian']} <{_k['email']}>
To: ひので学童クラブ桜台 <h-takanashi@hinode-sangyo.co.jp>
Date: 2026/10/06 22:41
Subject: 喘息の吸入薬について

学童の先生方

{_k['klass']}の{_k['name']}の{_k['rel']}です。
先週末に喘息の発作が出て、川波こども医療センターで「気管支喘息（中等症持続型）」と言われました。
今日から発作時用の吸入薬（サルタノールインヘラー）をランドセルに入れています。
運動後に咳込みがひどい時は、本人に吸入させてください。
発作が治まらない時は下記までお電話ください。

{_k['guardian']}　携帯 {_k['mobile']}
""")

# 032 — new hires' basic pension numbers to the labour consultant
_st = [adult(_R) for _ in range(5)]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"], [PD],
    "five new support staff with basic pension numbers, DOB and addresses in a CSV to the labour consultant",
    charset="cp932", sender=S_DOMEKI, to=[SR_OFFICE],
    subject="10月入社 支援員5名 資格取得届の作成依頼",
    body=f"""やまぶき社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業 人事労務の百目鬼です。
10月1日付で入社した放課後児童支援員（パート含む）5名の社会保険 資格取得届の作成をお願いいたします。
必要事項をCSVにまとめました。標準報酬月額は給与規程に基づき算定済みです。

{SIG['domeki']}
""",
    attachments=[{"kind": "csv", "name": "shikaku_shutoku_202610.csv", "encoding": "cp932",
                  "rows": [["氏名", "フリガナ", "性別", "生年月日", "基礎年金番号", "住所", "報酬月額", "配属"]]
                  + [[s["name"], s["kana"], s["sex"], s["dob"].strftime("%Y/%m/%d"),
                      f"{_R.randrange(1000, 9999)}-{_R.randrange(100000, 999999)}", s["addr"],
                      _R.choice([142000, 168000, 196000, 220000]), _R.choice(list(CLUBS.values()))] for s in _st]}])

# 033 — question to the labour consultant, no personal data
add("pass", [], [],
    "general labour-law question to the consultant: no person's data",
    charset="utf-8", sender=S_DOMEKI, to=[SR_OFFICE],
    subject="夏季休業期間の変形労働時間制について（ご相談）",
    body=f"""やまぶき社会保険労務士事務所
先生

お世話になっております。日の出産業の百目鬼です。

学童は夏休み期間（7月下旬〜8月）に朝8時から開所するため、支援員の労働時間が大きく増えます。
現在は月単位の変形労働時間制を採っていますが、1年単位の変形労働時間制に切り替えた方が
残業代と人員配置の面で合理的か、ご意見をいただけないでしょうか。

参考までに、常勤支援員は22名、パート支援員は38名です。
次回の訪問時（10/21）にお時間をいただければ幸いです。

{SIG['domeki']}
""")

# 034 — religion: a Muslim child's dietary needs to the snack supplier
_k = kid(_R, grade=2, school="港南小")
_k["name"] = "アリ・ハサン " + _k["mei"]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "a named child's religion (halal requirements) sent to an external snack supplier: creed is sensitive",
    charset="utf-8", sender="港南クラブ 須賀 葉子 <y-suga@hinode-sangyo.co.jp>", to=[OYATSU],
    subject="ハラール対応のおやつについて",
    body="""おやつマルシェ
受注センター ご担当者様

いつもありがとうございます。ひので学童クラブ港南の須賀です。

11月から入所する2年生の アリ・ハサン・ユースフ さん（2年1組）がムスリムで、
宗教上の理由により豚由来原料（ゼラチン・ラード・ショートニングを含む）とアルコールを含む食品を食べられません。
ハラール認証品、または豚由来原料・アルコール不使用が確認できる商品のリストをいただけますでしょうか。
ラマダン期間中は日中のおやつを辞退されるとのことです。

ご対応可否を今週中にお知らせいただけますと助かります。

ひので学童クラブ港南　須賀 葉子
日の出産業株式会社 学童事業部　TEL 044-867-3300
""")

# 035 — price list reply from the snack supplier, ordering
add("pass", [], [],
    "ordering from a supplier's price list: product codes and prices only",
    charset="cp932", sender="港南クラブ 須賀 葉子 <y-suga@hinode-sangyo.co.jp>", to=[OYATSU],
    subject="Re: 【おやつマルシェ】冬季限定商品 価格表のご案内",
    body="""おやつマルシェ ご担当者様

価格表ありがとうございました。港南の須賀です。
以下を12月分として追加で注文いたします。

OM-W201　ほうじ茶ラスク（20袋入）　　単価1,280円 × 4
OM-W215　みかんゼリー（30個入）　　　単価2,150円 × 3
OM-W230　黒糖ふ菓子（24本入）　　　　単価980円 × 5

合計（税抜）16,470円 になるかと思います。
請求書は従来どおり本社 業務課（東海林）宛てでお願いします。

須賀

> 冬季限定商品の価格表をお送りします。受注締切は11月20日です。
> おやつマルシェ 受注センター
""")

# 036 — English: roster with DOB, allergies and guardian e-mail to an external English camp
_k = kids(10)
_notes = ["none", "egg allergy (mild)", "none", "asthma - inhaler in bag", "none", "peanut allergy - EpiPen",
          "none", "milk allergy", "none", "ADHD - needs visual schedule"]
_lines = "\n".join(f"{i + 1:>2}. {k['romaji']:<22} {k['dob'].strftime('%d %b %Y'):<12} G{k['grade']}  "
                   f"{n:<30} {k['email']}" for i, (k, n) in enumerate(zip(_k, _notes)))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], [PD],
    "English roster of ten children with DOB, medical notes and guardians' e-mails to an external camp provider",
    charset="utf-8", sender=S_HART, to=["Programs Team <programs@bright-kids-academy.com>"],
    subject="Participant list - Autumn English Day Camp (Oct 12)",
    body=f"""Hi Olivia,

Thanks again for running the Autumn English Day Camp for our clubs on 12 October.
As requested, here is the participant list with dates of birth, health notes and a parent
e-mail for each child so your instructors can send the photo link afterwards.

No. Name                   DOB          Gr  Health notes                   Parent e-mail
--- ---------------------- ------------ --- ------------------------------ ------------------------
{_lines}

Two children carry an EpiPen / inhaler; our staff member will stay with the group all day.
Please let me know if anything is missing.

Best regards,
Emily
{SIG['hart']}
""")

# 037 — English: schedule and price with the same provider
add("pass", [], [],
    "English mail to an external provider about schedule and price: no personal data",
    charset="utf-8", sender=S_HART, to=["Programs Team <programs@bright-kids-academy.com>"],
    subject="Re: Quote for Winter English Workshops",
    body=f"""Hi Olivia,

Thank you for the quote (ref. BKA-Q-2611-07). A few points before we confirm:

1. We would like 4 sessions (Dec 26, 28, Jan 4, 5), 10:00-11:30, at our Kawanami-higashi club.
2. Group size will be about 25 children, grades 1-4, so two instructors as in your option B.
3. Could you confirm that materials are included in the JPY 38,000 per-session fee?

Our purchase order will follow from the accounts team once the city approves the budget line.
{SIG['hart']}
{DISC_EN}
> Dear Emily, please find attached our quote for the winter workshops.
> Option A: one instructor, JPY 28,000 / session. Option B: two instructors, JPY 38,000 / session.
""")

# 038 — corrupt attendance workbook to the school
add("stop", [], [UNSCAN],
    "attendance workbook attached to the school is corrupt: it cannot be read",
    charset="iso-2022-jp", sender=S_SAEKI, to=[SCH_HIGASHI],
    subject="9月分 学童利用児童の出席状況",
    body=f"""三森先生

お世話になっております。佐伯です。
9月分の学童利用児童の出席状況を添付いたします。
長期欠席の児童が2名おりますので、学校での様子と照らし合わせていただけますと助かります。

{SIG['saeki']}
""",
    attachments=[{"kind": "corrupt", "name": "出席簿_川波東_2026-09.xlsx"}])

# 039 — six guardians' work certificates summarised, to the city
_k = kids(6)
_emp = ["川波精機株式会社", "医療法人さくら会 川波北病院", "株式会社フレッシュマート", "川波市立図書館（会計年度任用職員）",
        "合同会社ミナトデザイン", "有限会社大和田工務店"]
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [PD],
    "six guardians' employment details, addresses and phones in a workbook to the city: a list of people",
    charset="cp932", sender=S_YAHAGI, to=[CITY_HIEDA],
    subject="途中入所申込 6件の就労状況（確認依頼）",
    body=f"""稗田様

お世話になっております。日の出産業の矢萩です。
10月途中入所の申込6件について、就労証明書の内容を一覧に転記しました。
就労時間が月64時間の基準に満たない可能性がある方が1名（No.4）いらっしゃいますので、ご判断をお願いします。

{SIG['yahagi']}
""",
    attachments=[{"kind": "xlsx", "name": "就労状況一覧_10月途中入所.xlsx",
                  "sheets": {"一覧": [["No", "保護者氏名", "児童氏名", "勤務先", "就労日数/月", "就労時間/日", "住所", "電話"]]
                             + [[i + 1, k["guardian"], k["name"], e, _R.choice([20, 18, 16, 12]),
                                 _R.choice(["8:00", "7:30", "6:00", "3:30"]), k["addr"], k["home"]]
                                for i, (k, e) in enumerate(zip(_k, _emp))]}}])

# 040 — one guardian's employment details to the city
_k = kid(_R)
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [PD],
    "one guardian's employment details and contact to the city: a single person, not sensitive (may warn)",
    charset="utf-8", sender=S_YAHAGI, to=[CITY_HIEDA],
    subject="Re: 就労証明書の勤務先電話番号について",
    body=f"""稗田様

お問い合わせの件、保護者の方に確認いたしました。

　保護者：{_k['guardian']}（児童：{_k['name']}、{_k['grade']}年）
　住所　：{_k['addr']}
　勤務先：株式会社フレッシュマート 川波駅前店（パート・週4日）
　本人連絡先：{_k['mobile']}

勤務先の電話番号は就労証明書の記載が旧店舗のものだったとのことで、
正しくは店舗代表 044-220-6400 とのことです。

{SIG['yahagi']}
""")

# 041 — welfare (生活保護) status of one family to the city: either
_k = kid(_R)
add("either", ["PERSON_NAME", "JP_ADDRESS"], [PD],
    "one family's 生活保護 status to the city that administers the reduction: sensitive but not a listed APPI category",
    charset="iso-2022-jp", sender=S_SHOJI, to=[CITY_KUGA],
    subject="利用料全額免除の適用について（1世帯）",
    body=f"""久我様

お世話になっております。日の出産業 業務課の東海林です。
下記の世帯について、9月から生活保護の受給が開始されたと保護者から申し出がありました。
受給証明書の写しを受け取っておりますので、10月分から利用料全額免除の適用をお願いできますでしょうか。

　保護者氏名：{_k['guardian']}
　児童氏名　：{_k['name']}（{_k['club']}）
　住所　　　：{_k['addr']}
　担当ケースワーカー：川波市生活支援課 ご担当者

証明書の写しは明日の便で郵送いたします。

{SIG['shoji']}
""")

# 042 — look-alike of the attendance-system partner
add("stop", [], [LOOK],
    "support request sent to tsubasa-sytem.jp (letter dropped), look-alike of partner tsubasa-system.jp",
    charset="utf-8", sender=S_TESHI, to=["support@tsubasa-sytem.jp"],
    subject="【障害報告】入退室打刻が保護者アプリに通知されない",
    body=f"""ツバサシステム サポートご担当者様

日の出産業 情報システム部の勅使河原です。
本日15時ごろから、ひので学童クラブ桜台の入退室打刻が保護者アプリに通知されない事象が発生しています。

　契約ID：HS-KIDS-0042
　端末：受付タブレット（iPad 第9世代、アプリ ver.3.8.1）
　事象：打刻は管理画面に反映されるが、プッシュ通知が送られない
　影響：桜台クラブのみ（他3クラブは正常）

至急の調査をお願いいたします。

{SIG['teshi']}
""")

# 043 — the same kind of request to the real partner domain
add("pass", [], [],
    "support ticket to the real partner domain about an admin login error: no personal data",
    charset="cp932", sender=S_TESHI, to=[TSUBASA],
    subject="管理画面ログイン時のエラー（問い合わせ番号 TS-88120）",
    body=f"""ツバサシステム サポート ご担当者様

いつもお世話になっております。日の出産業の勅使河原です。
問い合わせ番号 TS-88120 の件、追加情報をお送りします。

・発生時刻：10/8 8:55、9:10（いずれも朝の開所前）
・エラー表示：「セッションの有効期限が切れました（E-4012）」
・ブラウザ：Microsoft Edge 129、Chrome 129 の両方で発生
・キャッシュ削除後も再現します

スクリーンショットを添付します。ご確認よろしくお願いいたします。

{SIG['teshi']}
""",
    attachments=[{"kind": "png", "name": "E-4012_screenshot.png"}])

# 044 — new hire's health insurance card number to the labour consultant
_a = adult(_R)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], [PD],
    "a staff member's health insurance card symbol/number and DOB sent to the labour consultant",
    charset="iso-2022-jp", sender=S_DOMEKI, to=[SR_OFFICE],
    subject="被扶養者異動届の件（支援員 {0}）".format(_a["name"].split()[0]),
    body=f"""やまぶき社労士事務所
ご担当 様

お世話になっております。百目鬼です。
桜台クラブの支援員について、配偶者の扶養から外れたため被扶養者異動の手続きをお願いします。
本人の現在の保険証の情報は次のとおりです。

　氏名　　：{_a['name']}（{_a['kana']}）
　生年月日：{_wareki(_a['dob'])}
　保険者　：全国健康保険協会 神奈川支部
　記号　　：{_R.randrange(10000000, 99999999)}　番号：{_R.randrange(1, 99)}

資格取得日は11月1日でお願いできればと思います。

{SIG['domeki']}
""")

# 045 — drivers' licence numbers for the shuttle-car insurance
_d1, _d2 = adult(_R), adult(_R)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], [PD],
    "two staff drivers' licence numbers and DOB to a car insurer",
    charset="utf-8", sender=S_OWADA, to=["ひかり損保 川波代理店 <kawanami@hikari-sonpo.co.jp>"],
    subject="送迎車（ハイエース）運転者追加のお願い",
    body=f"""ひかり損保 川波代理店
ご担当者様

日の出産業 学童事業部の大和田です。
長期休業中の送迎車について、運転者限定特約に以下2名の追加をお願いします。

1) {_d1['name']}　生年月日 {_d1['dob'].strftime('%Y年%m月%d日')}
   運転免許証番号 第{_R.randrange(10, 99)}{_R.randrange(1000000000, 9999999999)}号（ゴールド）
2) {_d2['name']}　生年月日 {_d2['dob'].strftime('%Y年%m月%d日')}
   運転免許証番号 第{_R.randrange(10, 99)}{_R.randrange(1000000000, 9999999999)}号

証券番号：HK-7720-331845
適用開始は12月20日からでお願いいたします。

{SIG['owada']}
""")

# 046 — a foreign staff member's residence card number to the staffing agency
_a = adult(_R)
add("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD"], [PD],
    "a dispatched staff member's 在留カード number sent to the staffing agency",
    charset="cp932", sender=S_DOMEKI, to=[AGENCY],
    subject="派遣スタッフ（ロペス マリア様）在留期間更新の確認",
    body=f"""キャリアブリッジ株式会社
派遣事業部 ご担当者様

お世話になっております。日の出産業の百目鬼です。
港南クラブに派遣いただいているロペス マリア様について、在留カードの写しを確認したところ、
在留期間の満了日が近づいておりました。

　氏名：LOPEZ MARIA ELENA（ロペス マリア エレナ）
　在留カード番号：{_R.choice('ABCDEFGHJKLMNPRSTUWXYZ')}{_R.choice('ABCDEFGHJKLMNPRSTUWXYZ')}{_R.randrange(10000000, 99999999)}{_R.choice('ABCDEFGHJKLMNPRSTUWXYZ')}{_R.choice('ABCDEFGHJKLMNPRSTUWXYZ')}
　在留資格：定住者
　在留期間（満了日）：2026年12月15日

更新手続きの状況を御社からご本人にご確認いただけますでしょうか。

{SIG['domeki']}
""")

# 047 — staffing request, no personal data
add("pass", [], [],
    "request for two more dispatched staff: conditions and rates only",
    charset="utf-8", sender=S_DOMEKI, to=[AGENCY],
    subject="冬休み期間の派遣スタッフ追加のご依頼",
    body=f"""キャリアブリッジ株式会社
派遣事業部 ご担当者様

いつもお世話になっております。日の出産業の百目鬼です。
冬休み期間（12/24〜1/7）の一日開所に向けて、以下の条件で2名の追加派遣をお願いできますでしょうか。

　勤務地：ひので学童クラブ川波東、ひので学童クラブ港南（各1名）
　勤務時間：8:00〜16:00 または 11:00〜19:00（シフト制）
　業務内容：放課後児童支援員の補助（子どもの見守り、おやつ準備、清掃）
　条件：子ども関連業務の経験者優先、保育士・教員免許は不問
　請求単価：1,850円／時間（前回と同条件）

11月中旬までにご候補をいただけますと幸いです。

{SIG['domeki']}
""")

# 048 — a prospective staff member's criminal record to the lawyer
_a = adult(_R)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "a named applicant's criminal conviction sent to the law firm: criminal record is sensitive",
    charset="iso-2022-jp", sender=S_DOMEKI, to=[LAW],
    subject="採用内定者の経歴に関するご相談",
    body=f"""白川法律事務所
水無瀬先生

いつもお世話になっております。日の出産業 人事労務の百目鬼です。
放課後児童支援員の採用内定者について、ご相談させてください。

内定者 {_a['name']}（{_a['dob'].year}年生）が、内定後の面談で、
2021年に道路交通法違反（酒気帯び運転）で罰金刑を受けた前科があると申告しました。
応募書類の賞罰欄には記載がありませんでした。

子どもを預かる職種であること、送迎車の運転は予定していないことを踏まえ、
内定取消しが可能か、経歴詐称として扱えるかご見解をいただけますでしょうか。

{SIG['domeki']}
""")

# 049 — terms-of-use review with the lawyer, no personal data
add("pass", [], [],
    "review of the club's terms of use with the law firm: no person's data",
    charset="cp932", sender=S_AIMONO, to=[LAW],
    subject="利用規約（写真掲載・SNS）改定案のご確認",
    body=f"""白川法律事務所　水無瀬先生

平素よりお世話になっております。四十物でございます。
クラブだより・ホームページへの写真掲載について、利用規約の改定案を作成しました。

主な変更点は以下の3点です。
　1. 写真掲載の同意を「包括同意」から「媒体ごとの個別同意」に変更
　2. 保護者による行事写真のSNS投稿に関する注意事項を追加
　3. 同意の撤回方法と撤回後の削除期限（14日以内）を明記

個人情報保護法との整合性の観点でご確認いただけますでしょうか。
11月の保護者説明会で周知したいと考えております。

{SIG['aimono']}
""",
    attachments=[{"kind": "docx", "name": "利用規約_改定案_v3.docx",
                  "paragraphs": ["ひので学童クラブ 利用規約（改定案）", "第12条（写真の取扱い）",
                                 "1 当社は、行事等で撮影した写真を、保護者の個別の同意を得た媒体に限り掲載する。",
                                 "2 保護者は、いつでも同意を撤回することができる。当社は撤回の申出から14日以内に掲載を取りやめる。"]}])

# 050 — suspected abuse report to the city's family support centre
_k = kid(_R, grade=2, school="緑ヶ丘小")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], [PD],
    "report of suspected abuse (injuries) of a named child with home address to the city centre: sensitive",
    charset="utf-8", sender=S_TSUYURI, to=[CITY_KATEI], cc=["r-owada@hinode-sangyo.co.jp"],
    subject="【至急】児童の身体の傷についてのご相談",
    body=f"""川波市子ども家庭支援センター ご担当者様

ひので学童クラブ緑ヶ丘の栗花落です。先ほどお電話した件でメールいたします。

　児童：{_k['name']}（{_k['klass']}、{_k['sex']}）
　住所：{_k['addr']}
　世帯：父・母・本人・弟（3歳）

本日おやつの時間に、本人の左上腕と背中に複数の青あざ（大きさ2〜4cm程度、色の異なるもの）を確認しました。
本人は「お父さんに押された」と話しています。9月にも頬の腫れがあり、記録を残しています。
学校（緑ヶ丘小）にはまだ共有しておりません。

本日はお迎えが19時の予定です。対応についてご指示をお願いいたします。

{SIG['tsuyuri']}
""")

# 051 — internal incident report to HQ
_k = kid(_R, grade=1, school="港南小")
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "injury report with the child's diagnosis sent only to internal colleagues: must go",
    charset="cp932", sender="港南クラブ 須賀 葉子 <y-suga@hinode-sangyo.co.jp>",
    to=["r-owada@hinode-sangyo.co.jp", "n-aimono@hinode-sangyo.co.jp"],
    subject="【社内報告】港南 10/9 児童けが（歯の破折）",
    body=f"""大和田さん、四十物部長

お疲れさまです。港南の須賀です。本日のけがについて社内報告です。

・児童：{_k['name']}（1年）
・17:10ごろ、室内で鬼ごっこ中に机の角に口をぶつけ、上の前歯（永久歯）が一部欠けました。
・母に連絡し、母の希望でこうなん歯科へ職員付き添いで受診。「歯冠破折」の診断で、経過観察。
・母は「学童の責任とは思っていない」とのことですが、治療費の件は共済で対応したい旨お伝えしました。

市への事故報告の要否をご判断ください（受診ありのため報告対象かと思います）。
室内での鬼ごっこは本日から禁止にしました。

須賀
""")

# 052 — full-width digits: emergency contacts handed over to the next operator
_k = kids(9, school="緑ヶ丘小")
_lines = "\n".join(f"{fw(str(i + 1)):>2}　{k['name']}　{fw(str(k['grade']))}年　{k['guardian']}（{k['rel']}）　"
                   f"{fw(k['mobile'])}　{k['addr']}" for i, k in enumerate(_k))
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], [PD],
    "nine families' emergency contacts (full-width digits) and addresses to the incoming operator: a list",
    charset="iso-2022-jp", sender=S_TSUYURI, to=["こどもみらい会 引継担当 <hikitsugi@kodomo-mirai.or.jp>"],
    subject="緑ヶ丘クラブ 分室の引継ぎ資料（緊急連絡先）",
    body=f"""特定非営利活動法人こどもみらい会
引継ご担当 様

お世話になっております。ひので学童クラブ緑ヶ丘の栗花落です。
来年１月から分室の運営を貴会に引き継ぐにあたり、分室利用児童の緊急連絡先をお送りします。

{_lines}

上記は１０月１日時点です。変更があれば都度お知らせします。

{SIG['tsuyuri']}
""")

# 053 — applicants for next year with 和暦 DOB in a DOCX to the city
_k = kids(8, grade=1)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], [PD],
    "eight applicants with 和暦 dates of birth and addresses in a DOCX table to the city",
    charset="utf-8", sender=S_YAHAGI, to=[CITY_BOX],
    subject="令和9年度 新1年生 入所申込受付分（第1回）",
    body=f"""こども育成課 放課後児童健全育成係
ご担当者様

日の出産業の矢萩です。
令和9年度の新1年生入所申込のうち、各クラブ窓口で10月中に受け付けた分を一覧にしました。
申込書の原本は11月5日の定例便でお届けします。

{SIG['yahagi']}
""",
    attachments=[{"kind": "docx", "name": "R9新1年生_入所申込一覧_第1回.docx",
                  "paragraphs": ["令和9年度　放課後児童クラブ入所申込一覧（新1年生・第1回受付分）",
                                 "受付期間：令和8年10月1日〜10月31日"],
                  "tables": [[["No", "氏名", "ふりがな", "生年月日", "住所", "希望クラブ"]]
                             + [[str(i + 1), k["name"], k["kana"], _wareki(k["dob"]), k["addr"], k["club"]]
                                for i, k in enumerate(_k)]]}])

# 054 — answering the city's questionnaire about facilities
add("pass", [], [],
    "answers to the city's facility survey: room sizes, staffing numbers, no persons",
    charset="iso-2022-jp", sender=S_YAHAGI, to=[CITY_BOX],
    subject="Re: 【回答依頼】放課後児童クラブ 施設・設備状況調査",
    body=f"""ご担当者様

日の出産業の矢萩です。標記調査について、4クラブ分を回答いたします。

問1 専用区画の面積（児童1人あたり1.65㎡以上）
　川波東 98.2㎡／桜台 74.5㎡／緑ヶ丘 66.0㎡／港南 88.4㎡
問2 静養スペースの有無：全クラブあり（川波東のみパーティションによる仕切り）
問3 支援員の配置（1支援単位あたり2名以上）：全クラブ充足
問4 AEDの設置：学校設置分を共用（港南は地区センター設置分）
問5 改善希望：緑ヶ丘の手洗い場の増設、桜台の空調更新

以上、よろしくお願いいたします。

{SIG['yahagi']}

-----Original Message-----
From: houkago@city.kawanami.lg.jp
Sent: Friday, October 2, 2026 9:30 AM
Subject: 【回答依頼】放課後児童クラブ 施設・設備状況調査
各運営事業者 様　添付の調査票により10月16日までにご回答ください。
""")

# 055 — tab-separated absences with illness reasons to the school
_k = kids(6, school="桜台小")
_ill = ["インフルエンザA型", "溶連菌感染症", "胃腸炎（ノロウイルス疑い）", "発熱38.5℃・受診予定", "インフルエンザA型",
        "手足口病"]
_tsv = "\n".join(f"{k['name']}\t{k['klass']}\t{d}\t{r}" for k, d, r in
                 zip(_k, ["10/13-", "10/14-", "10/14", "10/15", "10/15-", "10/12-"], _ill))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "six named children with their illnesses (influenza etc.) pasted as a tab list to the school: health data",
    charset="cp932", sender=S_TAKANASHI, to=[SCH_SAKURA],
    subject="学童での欠席状況（感染症）共有",
    body=f"""桜台小学校　保健室 ご担当の先生

小鳥遊です。学童でも感染症による欠席が増えてきましたので共有いたします。
（保護者からの連絡内容をそのまま記載しています）

氏名\tクラス\t欠席日\t理由
{_tsv}

学童では手洗い・換気を強化し、おやつは個包装のみとしています。
学級閉鎖の予定がありましたら早めに教えていただけると助かります。

{SIG['takanashi']}
""")

# 056 — interview notes, one block per child, to the school
_k = kids(5, grade=1, school="東小")
_b = "\n\n".join(f"""【{i + 1}】{k['name']}（{k['kana']}）
　生年月日　{k['dob'].year}年{k['dob'].month}月{k['dob'].day}日
　保護者　　{k['guardian']}（{k['rel']}）／{k['mobile']}
　住所　　　{k['addr_short']}
　面談メモ　{_R.choice(['きょうだいが4年に在籍', '保育園から一緒の友達あり', '長期休業のみ利用希望', '人見知りがあるとのこと', '習い事で水曜は利用なし'])}"""
                 for i, k in enumerate(_k))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], [PD],
    "five new first-graders' records (DOB, guardian phone, address) in blocks to the school: a list of people",
    charset="utf-8", sender=S_SAEKI, to=[SCH_HIGASHI],
    subject="入所面談を終えた新1年生（学校との事前共有）",
    body=f"""三森先生

お世話になっております。佐伯です。
来年度入所予定の新1年生のうち、面談が済んだ5名の情報をお送りします。
就学時健診でお会いになる際の参考にしていただければと思います。

{_b}

残りの方は11月中に面談予定です。

{SIG['saeki']}
""")

# 057 — a child who was the victim of an attempted abduction; school and city in To
_k = kid(_R, grade=3, school="東小")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD, MULTI],
    "names a child who was the victim of an attempted abduction (crime victim) to the school and the city",
    charset="iso-2022-jp", sender=S_SAEKI, to=[SCH_HIGASHI, CITY_HIEDA], cc=["r-owada@hinode-sangyo.co.jp"],
    subject="【報告】下校時の声かけ・連れ去り未遂事案について",
    body=f"""東小学校 三森先生
川波市こども育成課 稗田様

ひので学童クラブ川波東の佐伯です。本日発生した事案についてご報告します。

本日15時40分ごろ、学童へ向かう途中の{_k['name']}さん（{_k['klass']}）が、
東町公園付近で車に乗った男性から「お母さんが事故にあった、乗って」と腕をつかまれました。
本人が大声を出して振りほどき、クラブまで走って来ました。けがはありません。

16時05分に川波警察署へ通報し、被害届の提出について保護者と警察で相談中です。
本人は落ち着いていますが、明日以降も様子を見ていきます。

{SIG['saeki']}
""")

# 058 — general suspicious-person notice, no victim named
add("pass", [], [],
    "general safety notice about a suspicious person in the area: nobody identified",
    charset="utf-8", sender=S_OWADA, to=[SCH_SAKURA],
    subject="不審者情報を受けての学童の対応について",
    body=f"""桜台小学校
ご担当の先生

日の出産業 学童事業部 安全管理担当の大和田です。
市の安全安心メールで配信された不審者情報（10/14 桜台2丁目付近）を受け、
ひので学童クラブ桜台では当面以下のとおり対応いたします。

・学校から学童までの移動は、職員が通用門で出迎え
・17時以降に一人で帰宅する児童は、保護者へお迎えをお願いする連絡を実施
・外遊びは校庭のみとし、公園への外出は中止

学校側の下校指導と足並みをそろえたいと思いますので、変更があればお知らせください。

{SIG['owada']}
{DISC_JA2}
""")

# 059 — romaji export for a support case at the partner vendor
_k = kids(8)
_rows = "\n".join(f"{k['romaji']},{k['grade']},{k['g_romaji']},{k['email']},{k['mobile']}" for k in _k)
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], [PD],
    "eight children/guardians with e-mails and phones pasted (romaji CSV) into a support mail to the vendor",
    charset="utf-8", sender=S_TESHI, to=[TSUBASA],
    subject="Import error on guardian accounts (ticket TS-88244)",
    body=f"""ツバサシステム サポート ご担当者様

勅使河原です。チケット TS-88244 の件、CSVインポートでエラーになる行をそのまま貼り付けます。
ローマ字表記の保護者名に半角スペースが入っている行で失敗しているように見えます。

child_name,grade,guardian_name,guardian_email,guardian_phone
{_rows}

エラーメッセージ：「E-2207 guardian_name contains invalid characters」
ご確認をお願いいたします。

{SIG['teshi']}
""")

# 060 — 【極秘】 bid pricing to an outside consultant
add("stop", [], [CONF],
    "mail marked 【極秘】 (bid price strategy) sent to an outside consultant",
    charset="cp932", sender=S_AIMONO, to=["こそだて経営コンサルティング 真壁様 <makabe@kosodate-consul.co.jp>"],
    subject="【極秘】南郷町 放課後児童クラブ運営事業者 公募 提案価格について",
    body=f"""真壁様

いつもお世話になっております。四十物です。
南郷町の公募（来年4月開始、2クラブ）の提案価格について、社内で以下の方針を固めました。

【極秘】
　・年額提案：2クラブ計 41,800,000円（前回落札額比 −6.5%）
　・人件費は常勤比率を下げ、パート支援員で吸収
　・他社（こどもみらい会）の想定価格：43,000,000円前後

提案書の価格根拠の書き方についてご助言いただけますでしょうか。
金曜の打合せで詳細をご相談できれば幸いです。

{SIG['aimono']}
""")

# 061 — legacy XLS of fee arrears to the law firm
_k = kids(7)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], [PD],
    "seven guardians in arrears with amounts, addresses and phones in an .xls to the law firm: a list",
    charset="iso-2022-jp", sender=S_SHOJI, to=[LAW], cc=["n-aimono@hinode-sangyo.co.jp"],
    subject="利用料未納者への督促について（ご相談・一覧送付）",
    body=f"""白川法律事務所
水無瀬先生

いつもお世話になっております。日の出産業 業務課の東海林です。
3か月以上利用料が未納となっている7世帯について、内容証明による督促をご依頼したく一覧をお送りします。
退所済みの世帯が2件含まれています。

{SIG['shoji']}
""",
    attachments=[{"kind": "xls", "name": "未納者一覧_2026年9月末.xls",
                  "sheets": {"未納一覧": [["保護者氏名", "児童氏名", "住所", "電話", "未納月数", "未納額", "状況"]]
                             + [[k["guardian"], k["name"], k["addr"], k["mobile"], m, m * 8000, s]
                                for k, m, s in zip(_k, [3, 4, 6, 3, 5, 3, 8],
                                                   ["在籍", "在籍", "退所済", "在籍", "在籍", "在籍", "退所済"])]}}])

# 062 — PDF application with a guardian's My Number to the city
_k = kid(_R)
_mn = my_number(6602)
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], [PD],
    "reduction application PDF carrying the guardian's 個人番号, DOB and address, sent to the city",
    charset="utf-8", sender=S_SHOJI, to=[CITY_HIEDA],
    subject="減免申請書（新規1件）の送付",
    body=f"""稗田様

お世話になっております。東海林です。
新規の減免申請書1件を、クラブ窓口で受け付けましたのでPDFでお送りします。
原本は次回の定例便でお届けいたします。

{SIG['shoji']}
""",
    attachments=[{"kind": "pdf", "name": "減免申請書_受付No0412.pdf", "title": "放課後児童クラブ利用料減免申請書",
                  "lines": ["放課後児童クラブ利用料減免申請書", "川波市長 様", "",
                            f"申請者（保護者）氏名：{_k['guardian']}",
                            f"生年月日：{_wareki(_k['dob'].replace(year=1988))}",
                            f"個人番号：{_mn}",
                            f"住所：〒{_k['zip']} {_k['addr']}",
                            f"電話：{_k['mobile']}",
                            f"児童氏名：{_k['name']}（{_k['club']}）",
                            "減免理由：児童扶養手当受給（ひとり親世帯）",
                            "申請日：令和8年10月16日"]}])

# 063 — single-parent families as ・ bullets to the school
_k = kids(6, school="港南小")
_bul = "\n".join(f"・{k['name']}（{k['klass']}）　保護者 {k['guardian']}　{k['mobile']}" for k in _k)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], [PD],
    "six single-parent households' children and guardians' phones as bullets to the school: a list of people",
    charset="cp932", sender="港南クラブ 須賀 葉子 <y-suga@hinode-sangyo.co.jp>",
    to=["港南小学校 事務室 <jimu@konan-es.kawanami.ed.jp>"],
    subject="就学援助・学童減免の案内対象について",
    body=f"""港南小学校　事務室 ご担当者様

お世話になっております。ひので学童クラブ港南の須賀です。
学童の利用料減免（ひとり親世帯）を受けているご家庭のうち、就学援助の申請がまだと思われる方を
念のためお知らせします。学校からもご案内いただけますと助かります。

{_bul}

いずれも学童では「ひとり親」区分で減免中です。

須賀
ひので学童クラブ港南　TEL 044-867-3300
""")

# 064 — internal: reduction list to accounting
_k = kids(11)
add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], [PD],
    "reduction and debit list sent only to an internal colleague: must go",
    charset="utf-8", sender=S_SHOJI, to=["経理部 <keiri@hinode-sangyo.co.jp>"],
    subject="10月 減免・口座振替 突合用リスト",
    body="""経理部 ご担当者様

業務課の東海林です。10月分の減免適用世帯と振替口座の突合用リストです。
振替金額＝基本利用料−減免額 で計算しています。差異があれば教えてください。

保護者名\t減免区分\t減免額\t振替口座
"""
    + "\n".join(f"{k['guardian']}\t{b}\t{a}\tみどり銀行 {_R.choice(['川波', '駅前', '港南'])}支店 普通 {_R.randrange(1000000, 9999999)}"
                for k, b, a in zip(_k, ["ひとり親", "生活保護", "非課税", "ひとり親", "多子", "ひとり親", "非課税",
                                        "生活保護", "ひとり親", "多子", "ひとり親"],
                                   [4000, 8000, 4000, 4000, 2000, 4000, 4000, 8000, 4000, 2000, 4000]))
    + "\n\n東海林\n")

# 065 — a guardian's credit card number to the payment processor
_k = kid(_R)
_cc = card_number(6603)
add("stop", ["CREDIT_CARD", "PERSON_NAME"], [PD],
    "a guardian's full credit card number relayed to the payment processor by mail",
    charset="iso-2022-jp", sender=S_SHOJI, to=["ペイネクスト 加盟店サポート <merchant@paynext.co.jp>"],
    subject="カード決済エラーの件（加盟店ID HNS-00381）",
    body=f"""ペイネクスト株式会社
加盟店サポート ご担当者様

日の出産業 業務課の東海林です。
学童利用料のカード継続課金で、以下の保護者様の決済が3か月連続でエラーになっております。
保護者様からは「カードは有効」と伺っています。

　会員名：{_k['g_romaji'].upper()}
　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：08/29
　エラーコード：G12

原因をご確認いただけますでしょうか。

{SIG['shoji']}
""")

# 066 — fee question to the payment processor
add("pass", [], [],
    "question about processing fees and payout dates: merchant data only",
    charset="cp932", sender=S_SHOJI, to=["ペイネクスト 加盟店サポート <merchant@paynext.co.jp>"],
    subject="決済手数料と入金サイクルについて",
    body=f"""ペイネクスト株式会社 ご担当者様

加盟店ID HNS-00381 の東海林です。
来年度からコンビニ払いを追加する予定のため、以下を教えてください。

1. コンビニ決済の手数料（1件あたり）と、現行のカード決済手数料3.24%との併用可否
2. 入金サイクル（現行：月末締め翌月15日入金）を月2回に変更する場合の条件
3. 管理画面のCSV出力項目に「顧客番号」を追加できるか

見積書をいただけますと幸いです。

{SIG['shoji']}
""")

# 067 — PPTX with the parents' committee members' contacts to the chair's free mail
_p = [adult(_R) for _ in range(6)]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [PD, FREEM],
    "slides listing six guardians' phones and e-mails sent to the committee chair's gmail: a list of people",
    charset="utf-8", sender=S_TAKANASHI, to=["月見里 千尋 <chihiro.yamanashi.sk@gmail.com>"],
    subject="保護者会 役員引継ぎ資料（スライド）をお送りします",
    body=f"""月見里さん

こんばんは、桜台の小鳥遊です。
先日の役員会で使ったスライドをお送りします。新役員さんの連絡先も最後のページに入れています。
印刷される場合は2in1がおすすめです。

{SIG['takanashi']}
""",
    attachments=[{"kind": "pptx", "name": "保護者会_役員引継ぎ_2026.pptx", "title": "保護者会 役員引継ぎ",
                  "slides": [["ひので学童クラブ桜台 保護者会", "令和8年度 役員引継ぎ", "2026年10月17日"],
                             ["年間行事", "11月 もちつき大会の準備", "2月 卒所式（6年生を送る会）", "3月 会計報告"],
                             ["新役員 連絡先"] + [f"{r}：{p['name']}　{p['mobile']}　{p['email']}"
                                                 for r, p in zip(["会長", "副会長", "会計", "会計監査", "行事", "行事"], _p)]],
                  "page_footer": "ひので学童クラブ桜台 保護者会"}])

# 068 — PPTX for the guardians' information session, no personal data
add("pass", [], [],
    "slides for the enrolment information session sent to the city: no personal data",
    charset="iso-2022-jp", sender=S_YAHAGI, to=[CITY_HIEDA],
    subject="入所説明会資料（案）のご確認",
    body=f"""稗田様

お世話になっております。矢萩です。
11月21日の令和9年度入所説明会で使用するスライド案をお送りします。
利用料の記載（月額8,000円、おやつ代2,000円）と減免制度の説明に誤りがないかご確認ください。

{SIG['yahagi']}
""",
    attachments=[{"kind": "pptx", "name": "R9入所説明会_案.pptx",
                  "slides": [["令和9年度 放課後児童クラブ入所説明会", "川波市・日の出産業株式会社"],
                             ["クラブの一日", "下校・宿題タイム", "おやつ（15:30）", "外遊び・室内遊び", "お迎え（〜19:00）"],
                             ["利用料", "月額 8,000円＋おやつ代 2,000円", "延長利用 1回 200円",
                              "減免：生活保護・ひとり親・住民税非課税世帯（市へ申請）"],
                             ["申込方法", "市の電子申請または各クラブ窓口", "締切 令和9年1月15日"]]}])

# 069 — plain ZIP with a CSV of 35 children to the partner vendor (data migration)
_k = kids(35)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], [PD],
    "ZIP (not encrypted) holding a CSV of 35 children and guardians' contacts sent to the vendor: a list",
    charset="cp932", sender=S_TESHI, to=[TSUBASA], cc=["k-yahagi@hinode-sangyo.co.jp"],
    subject="本番移行用データ（川波東・港南）",
    body=f"""ツバサシステム サポート ご担当者様

勅使河原です。本番移行用のデータを添付します（川波東・港南の2クラブ分）。
UTF-8のCSVをZIPにまとめています。インポート後、件数の確認をお願いします。

{SIG['teshi']}
""",
    attachments=[{"kind": "zip", "name": "migration_kawanami-higashi_konan.zip",
                  "files": [{"kind": "csv", "name": "children.csv", "encoding": "utf-8",
                             "rows": [["child_id", "name", "kana", "birth", "club", "guardian", "tel", "mail"]]
                             + [[f"C{3000 + i}", k["name"], k["kana"], k["dob"].isoformat(), k["club"], k["guardian"],
                                 k["mobile"], k["email"]] for i, k in enumerate(_k)]},
                            {"kind": "txt", "name": "readme.txt", "text": "文字コード UTF-8 / 改行 CRLF / 35件"}]}])

# 070 — ZIP of blank forms to the city
add("pass", [], [],
    "ZIP of blank application forms (templates) to the city: nothing personal",
    charset="utf-8", sender=S_YAHAGI, to=[CITY_BOX],
    subject="各種様式（R9年度版）の最終版",
    body=f"""ご担当者様

お世話になっております。矢萩です。
ご確認いただいた各種様式の最終版をZIPでお送りします。市のホームページ掲載用にお使いください。

・様式1 入所申込書
・様式2 お迎え代理人届
・様式3 与薬依頼書
・様式4 退所届

{SIG['yahagi']}
""",
    attachments=[{"kind": "zip", "name": "R9_yoshiki.zip",
                  "files": [{"kind": "docx", "name": "様式1_入所申込書.docx",
                             "paragraphs": ["様式1　放課後児童クラブ入所申込書"],
                             "tables": [[["児童氏名", ""], ["生年月日", "　　年　　月　　日"], ["住所", ""],
                                         ["保護者氏名", ""], ["電話番号", ""]]]},
                            {"kind": "docx", "name": "様式2_お迎え代理人届.docx",
                             "paragraphs": ["様式2　お迎え代理人届", "代理人氏名：", "続柄：", "連絡先："]},
                            {"kind": "docx", "name": "様式3_与薬依頼書.docx",
                             "paragraphs": ["様式3　与薬依頼書", "医療機関名：", "薬品名：", "用法・用量："]},
                            {"kind": "docx", "name": "様式4_退所届.docx",
                             "paragraphs": ["様式4　退所届", "退所日：", "理由："]}]}])

# 071 — attached mail (eml) from a guardian with diagnosis and disability certificate, to the city
_k = kid(_R, grade=3, school="港南小")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], [PD],
    "forwarded guardian mail (attached .eml) with the child's autism diagnosis and disability certificate to the city",
    charset="iso-2022-jp", sender="港南クラブ 須賀 葉子 <y-suga@hinode-sangyo.co.jp>", to=[CITY_HIEDA],
    subject="加配職員の配置申請にあたっての保護者申出（転送）",
    body="""稗田様

ひので学童クラブ港南の須賀です。
障害児受入れに伴う加配職員の配置申請について、保護者からの申出メールを添付で転送します。
申請書には保護者の同意欄にご署名いただいています。

須賀
""",
    attachments=[{"kind": "eml", "name": "保護者申出.eml",
                  "message": {"charset": "utf-8", "sender": f"{_k['guardian']} <{_k['email']}>",
                              "to": ["y-suga@hinode-sangyo.co.jp"], "subject": "来年度の加配のお願い",
                              "body": f"""須賀先生

{_k['klass']} {_k['name']}の{_k['rel']}です。
先日お話しした件ですが、息子は川波こども医療センターで自閉スペクトラム症の診断を受けており、
療育手帳（B1）と精神障害者保健福祉手帳（2級）を持っています。
パニックになった時に個別に対応していただける先生がいると安心です。
必要な書類があれば言ってください。

{_k['guardian']}
{_k['mobile']}
"""}}])

# 072 — attached benign mail forwarded to the school
add("pass", [], [],
    "forwards the city's general notice (attached .eml) to the school: no personal data",
    charset="cp932", sender=S_SAEKI, to=[SCH_HIGASHI],
    subject="FW: 冬季休業期間中の開所時間について（市通知）",
    body=f"""三森先生

佐伯です。市から届いた通知を共有いたします。
冬休み中の学童は8:00開所、12/29〜1/3は休所となります。
学校の日直日程と合わせて、校舎の開錠時間をご相談させてください。

{SIG['saeki']}
""",
    attachments=[{"kind": "eml", "name": "市通知_冬季開所.eml",
                  "message": {"charset": "iso-2022-jp", "sender": "川波市 放課後児童健全育成係 <houkago@city.kawanami.lg.jp>",
                              "to": ["運営事業者各位 <undisclosed-recipients@city.kawanami.lg.jp>"],
                              "subject": "冬季休業期間中の開所時間について（通知）",
                              "body": """運営事業者各位

冬季休業期間（12月24日〜1月7日）中の開所時間は、8時00分から19時00分までとします。
なお、12月29日から1月3日までは休所とします。

川波市 こども育成課"""}}])

# 073 — staff health check results to the staffing agency
_a = adult(_R)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "a named dispatched worker's health check findings (high blood pressure, re-exam) to the agency",
    charset="utf-8", sender=S_DOMEKI, to=[AGENCY],
    subject="派遣スタッフの健康診断結果について",
    body=f"""キャリアブリッジ株式会社
派遣事業部 ご担当者様

百目鬼です。
緑ヶ丘クラブに派遣いただいている{_a['name']}様の健康診断結果（当社で実施分）についてご連絡します。

　判定：要精密検査
　所見：血圧 168/104（高血圧 Ⅱ度）、心電図 ST変化あり、空腹時血糖 142
　医師コメント：循環器内科の受診を強く勧める

夏季の屋外見守り業務が負担になっている可能性がありますので、
受診状況と就業上の配慮の要否について、御社からご本人に確認いただけますでしょうか。

{SIG['domeki']}
""")

# 074 — look-alike of the partner bank (co. dropped)
_k = kid(_R)
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], [LOOK, PD],
    "debit inquiry sent to midori-ginko.jp (co. dropped), a look-alike of partner midori-ginko.co.jp",
    charset="iso-2022-jp", sender=S_SHOJI, to=["みどり銀行 川波支店 <kawanami-hojin@midori-ginko.jp>"],
    subject="口座振替不能分の再振替について",
    body=f"""みどり銀行 川波支店
法人営業ご担当 様

東海林です。9月27日振替分のうち、1件が「資金不足」で振替不能となっておりました。
再振替（10月12日）をお願いしたく、対象口座をお知らせします。

　預金者名：{_k['g_kana']}
　支店：川波支店　普通　{_R.randrange(1000000, 9999999)}
　金額：8,000円

よろしくお願いいたします。

{SIG['shoji']}
""")

# 075 — the real partner bank, schedule change, no personal data
add("pass", [], [],
    "direct-debit schedule talk with the real partner bank: company matters only",
    charset="utf-8", sender=S_SHOJI, to=[MIDORI],
    subject="年末年始の口座振替日程について",
    body=f"""みどり銀行 川波支店
法人営業ご担当 様

いつもお世話になっております。日の出産業の東海林です。
12月分の学童利用料の振替日（通常27日）が日曜日となるため、
翌営業日の12月28日振替で問題ないか確認させてください。
また、データ持込期限（通常5営業日前）も12月21日でよろしいでしょうか。

委託者番号 0312-88 の件です。

{SIG['shoji']}
{DISC_JA}
""")

# 076 — look-alike of the partner printer
add("stop", [], [LOOK],
    "print order to nishiki-insatu.co.jp (tsu→tu), a look-alike of partner nishiki-insatsu.co.jp",
    charset="cp932", sender=S_YAHAGI, to=["錦印刷 営業 <sales@nishiki-insatu.co.jp>"],
    subject="入所のしおり 印刷のお願い（R9年度版）",
    body=f"""錦印刷株式会社
営業ご担当 様

お世話になっております。日の出産業の矢萩です。
令和9年度「入所のしおり」の印刷をお願いいたします。

　仕様：A4 中綴じ 16ページ　フルカラー
　部数：1,200部
　納期：12月10日（木）
　納品先：日の出産業 本社5階 学童事業部

入稿データは明日、ファイル便でお送りします。

{SIG['yahagi']}
""")

# 077 — the real printer, order with a DOCX draft
add("pass", [], [],
    "print order with a draft leaflet to the real partner printer: no personal data",
    charset="iso-2022-jp", sender=S_YAHAGI, to=[NISHIKI],
    subject="Re: 入所のしおり 校正1回目",
    body=f"""錦印刷 営業ご担当 様

校正ありがとうございました。矢萩です。
赤字を反映した原稿を添付します。主な修正は以下です。

・P3 開所時間「18:30」→「19:00」
・P7 利用料の表、おやつ代の行を追加
・P12 問い合わせ先の電話番号（各クラブ代表）を最新版に差し替え

再校は12月1日までにいただけますと助かります。見積No. NI-26-1187 のままで結構です。

{SIG['yahagi']}
""",
    attachments=[{"kind": "docx", "name": "しおり原稿_修正版.docx",
                  "paragraphs": ["令和9年度 入所のしおり", "1. クラブの開所時間　下校時〜19:00",
                                 "2. 利用料　月額8,000円　おやつ代2,000円",
                                 "3. お問い合わせ　ひので学童クラブ川波東 044-811-2030 ほか"]}])

# 078 — reply to one guardian (icloud) about a holiday day-trial
add("pass", [], [FREEM],
    "reply to one guardian's own inquiry about a one-day trial: one free-mail recipient",
    charset="utf-8", sender=S_TAKANASHI, to=["amane.kugimiya@icloud.com"],
    subject="Re: 冬休みの一日体験について",
    body=f"""釘宮様

お問い合わせありがとうございます。ひので学童クラブ桜台の小鳥遊です。
冬休みの一日体験は、12月25日（金）と1月6日（水）の2日間で実施します。
参加費は1日1,500円（おやつ代込み）、お弁当と水筒をお持ちください。

申込は添付の申込書にご記入のうえ、クラブにお持ちいただくか、このメールへの返信でも受け付けます。
定員は各日10名です。

{SIG['takanashi']}

> はじめまして。来年1年生になる娘がいます。
> 冬休みに学童の体験ができると聞いたのですが、日程を教えてください。
> 釘宮
""")

# 079 — bus company and lunch venue: two external organisations
add("pass", [], [MULTI],
    "field-trip logistics with the bus company and the hotel restaurant (two organisations): normal",
    charset="cp932", sender=S_OWADA, to=[AOBA], cc=[SAKURA_HOTEL],
    subject="12/26 冬休み遠足 バス・昼食会場の時間調整",
    body=f"""青葉運輸 貸切バス課 ご担当者様
さくらホテル 宴会予約 ご担当者様

日の出産業 学童事業部の大和田です。
12月26日（土）の冬休み遠足について、バスと昼食会場の時間を合わせたくご連絡しました。

　9:00　川波東クラブ前 出発（大型バス1台、児童42名・職員6名）
　11:30　さくらホテル 到着（バス駐車場のご用意をお願いします）
　11:45〜12:45　昼食（宴会場「桜の間」、お子様ランチ48食）
　13:00　出発 → 15:30 クラブ帰着

アレルギー対応食の詳細は、ホテル様へ別途ご連絡いたします。
予約番号：青葉運輸 AB-26-5512、さくらホテル SH-1226-03

{SIG['owada']}
""")

# 080 — look-alike of the own domain (homoglyph g→q) with a guardian list
_k = kids(10, school="桜台小")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], [LOOK, PD],
    "guardian phone list meant for a colleague sent to hinode-sanqyo.co.jp (g→q), a look-alike of the own domain",
    charset="utf-8", sender=S_TAKANASHI, to=["小鳥遊（自宅PC用） <h-takanashi@hinode-sanqyo.co.jp>"],
    subject="連絡網（桜台）",
    body="""自分宛て。週末に連絡網を作り直すため送ります。

"""
    + "\n".join(f"{k['name']}, {k['guardian']}, {k['mobile']}, {k['home']}" for k in _k)
    + "\n")

# 081 — PDF stamped 取扱注意 to the city
add("stop", [], [CONF],
    "incident summary PDF carrying a 取扱注意 stamp in its header, sent to the city",
    charset="iso-2022-jp", sender=S_OWADA, to=[CITY_HIEDA],
    subject="上半期 事故・ヒヤリハット集計",
    body=f"""稗田様

お世話になっております。大和田です。
安全連絡会の資料として、上半期（4〜9月）の事故・ヒヤリハット集計をお送りします。
個人が特定される情報は含めておりません。

{SIG['owada']}
""",
    attachments=[{"kind": "pdf", "name": "上半期_事故ヒヤリハット集計.pdf", "page_header": "取扱注意",
                  "title": "上半期 事故・ヒヤリハット集計",
                  "lines": ["【取扱注意】令和8年度 上半期 事故・ヒヤリハット集計（日の出産業 4クラブ）", ""],
                  "table": [["区分", "川波東", "桜台", "緑ヶ丘", "港南", "計"],
                            ["受診を要したけが", "2", "1", "0", "2", "5"],
                            ["軽微なけが（所内処置）", "14", "9", "7", "11", "41"],
                            ["ヒヤリハット", "22", "17", "12", "19", "70"],
                            ["うち遊具関連", "8", "3", "2", "6", "19"],
                            ["うちアレルギー関連", "1", "0", "1", "0", "2"]]}])

# 082 — English disclaimer with the word "Confidential" to the staffing agency: no marking
add("pass", [], [],
    "staffing mail whose only 'confidential' is the standard disclaimer at the end: not a marking",
    charset="utf-8", sender=S_HART, to=["Kelly Ward <k.ward@career-bridge.co.jp>"],
    subject="Native-speaker staff for the English programme",
    body=f"""Dear Ms Ward,

Thank you for your call yesterday. To summarise what we need for the English programme:

- 2 native-speaker assistants, Tuesdays and Thursdays, 15:30-18:00, from January 2027
- Clubs: Kawanami-higashi and Sakuradai (15 minutes apart by bus)
- Experience with children aged 6-10; Japanese not required
- Rate: within the JPY 2,400 / hour range we discussed

Could you send two or three candidate profiles (first names and experience only at this stage)
by 20 November?

Kind regards,
Emily Hart
{SIG['hart']}

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information
intended solely for the addressee. If you have received it in error, please notify the sender
and delete it.
""")

# 083 — corrupt PDF (medical certificate scan) to the insurer
add("stop", [], [UNSCAN],
    "the medical certificate scan attached for the insurer is a damaged PDF: cannot be read",
    charset="cp932", sender=S_TAKANASHI, to=[INSURER],
    subject="Re: 傷害共済 事故届（桜台）診断書の送付",
    body=f"""こども安全共済会 事故受付 ご担当者様

桜台の小鳥遊です。先日の事故届について、医療機関の診断書をスキャンして添付いたします。
保険金請求書は保護者の方から直接郵送されるとのことです。

{SIG['takanashi']}

> 事故届を受け付けました。受付番号 KA-J-26-0931 です。
> 診断書（写し）をお送りください。
""",
    attachments=[{"kind": "corrupt", "name": "診断書_scan_20261006.pdf"}])

# 084 — headcount for the annual accident cover: numbers only
add("pass", [], [],
    "annual group-cover renewal with headcounts per club: no person",
    charset="iso-2022-jp", sender=S_OWADA, to=[INSURER],
    subject="令和9年度 傷害共済 団体加入の更新（人数報告）",
    body=f"""こども安全共済会 ご担当者様

日の出産業 学童事業部の大和田です。来年度の団体加入更新について、加入人数をご報告します。

　加入団体番号　クラブ名　　　　　　　　　児童　職員
　KA-20415　　　ひので学童クラブ川波東　　 60　　 9
　KA-20417　　　ひので学童クラブ桜台　　　 46　　 7
　KA-20418　　　ひので学童クラブ緑ヶ丘　　 40　　 6
　KA-20421　　　ひので学童クラブ港南　　　 52　　 8

掛金（児童800円・職員1,850円）は一括で振り込みます。請求書をお送りください。

{SIG['owada']}
""")

# 085 — three guardians visible in To
add("stop", [], [VIS, FREEM, MULTI],
    "three guardians' private addresses together in To (two free-mail domains): should have been Bcc",
    charset="utf-8", sender=S_SAEKI,
    to=["yamato.papa.kw@gmail.com", "mitarai_rie@yahoo.co.jp", "soda.family.2019@gmail.com"],
    subject="もちつき大会 お手伝いのお願い（11/28）",
    body=f"""保護者会 行事係の皆さま

いつもありがとうございます。ひので学童クラブ川波東の佐伯です。
11月28日（土）のもちつき大会について、当日のお手伝いをお願いできればと思いご連絡しました。

　8:30　集合（クラブ室）、臼・杵の搬入
　9:30〜11:30　もちつき（低学年→高学年の順）
　12:00　片付け

エプロンと三角巾をご持参ください。臼と杵は地区センターからお借りします。
ご都合をこのメールにご返信いただけますと幸いです。

佐伯
{SIG['saeki']}
""")

# 086 — reply to the city; the child list is only under the quoted Original Message
_k = kids(7, school="港南小")
_q = "\n".join(f"{k['name']}　{k['grade']}年　{k['guardian']}　{k['mobile']}" for k in _k)
add("pass", [], [],
    "reply to the city whose only list is in the quoted original (the city's own mail)",
    charset="cp932", sender="港南クラブ 須賀 葉子 <y-suga@hinode-sangyo.co.jp>", to=[CITY_HIEDA],
    subject="RE: 【確認依頼】港南クラブ 待機解消による途中入所者",
    body=f"""稗田様

お世話になっております。港南の須賀です。
ご連絡いただいた7名の途中入所について、11月2日からの受け入れで準備いたします。
入所前面談は10月26日〜30日で各ご家庭と調整します。
ロッカーと下駄箱の名札はこちらで用意いたします。

須賀

-----Original Message-----
差出人: 稗田 由香 <hieda-y@city.kawanami.lg.jp>
送信日時: 2026年10月19日 16:02
宛先: y-suga@hinode-sangyo.co.jp
件名: 【確認依頼】港南クラブ 待機解消による途中入所者

日の出産業 須賀様
待機児童のうち、下記7名について11月からの入所を決定しました。
{_q}
受け入れのご準備をお願いします。
川波市こども育成課 稗田
""")

# 087 — English mail to the ALT's private address
add("pass", [], [FREEM],
    "English schedule mail to one assistant language teacher's personal address",
    charset="utf-8", sender=S_HART, to=["Daniel Okafor <dan.okafor.jp@outlook.jp>"],
    subject="Halloween crafts session - timing",
    body=f"""Hi Dan,

Thanks for offering to help with the Halloween crafts session at the Sakuradai club!

Date: Friday 30 October
Time: arrive 15:15, session 15:45-16:45
Plan: paper-bag masks and a short "trick or treat" role play in English (about 30 kids, grades 1-3)

Please use the side gate of Sakuradai Elementary; our staff will meet you there.
We'll cover your transport (please keep the receipt).

Cheers,
Emily
{SIG['hart']}
""")

# 088 — disaster drill coordination with disclaimers
add("pass", [], [],
    "coordination of the hand-over drill with the school, ending in the standard disclaimer",
    charset="iso-2022-jp", sender=S_TSUYURI, to=[SCH_MIDORI],
    subject="引渡し訓練（11/13）学童側の動きについて",
    body=f"""緑ヶ丘小学校　副校長先生

お世話になっております。ひので学童クラブ緑ヶ丘の栗花落です。
11月13日（金）の引渡し訓練について、学童側の動きを以下のとおり考えております。

１．14:30　学童利用児童は学級での引渡し後、学童職員が体育館で受け取り
２．15:00　学童室へ移動、保護者の迎えがない児童は通常どおり学童で過ごす
３．引渡しカードは学校の様式をそのまま使用

当日は支援員3名で対応します。変更点がありましたらご指示ください。

{SIG['tsuyuri']}
{DISC_JA}
""")

# 089 — internal staff meeting minutes
add("pass", [], [],
    "internal minutes of the club leaders' meeting: internal only, no personal records",
    charset="utf-8", sender=S_YAHAGI,
    to=["m-saeki@hinode-sangyo.co.jp", "h-takanashi@hinode-sangyo.co.jp", "s-tsuyuri@gakudo.hinode-sangyo.co.jp",
        "y-suga@hinode-sangyo.co.jp"], cc=["n-aimono@hinode-sangyo.co.jp"],
    subject="【議事録】10月 施設長会議",
    body=f"""各位

10月の施設長会議の議事録です。修正があれば金曜までにご連絡ください。

日時：10月20日（火）10:00〜11:30　場所：本社5F会議室
出席：四十物部長、佐伯、小鳥遊、栗花落、須賀、矢萩（記録）

1. 冬休み体制
　・12/24〜1/7 一日開所。派遣2名追加は百目鬼さん経由で依頼済み。
2. 安全連絡会（11/10）
　・事故集計は個人が特定されない形で大和田さんが作成。
3. 入所説明会（11/21）
　・スライドは市の確認待ち。各クラブから1名ずつ参加。
4. その他
　・入退室管理システムの導入は11月テスト、1月本稼働の予定。

以上
{SIG['yahagi']}
""")

# 090 — reply thread where the NEW text carries the list
_k = kids(6, school="東小")
_new = "\n".join(f"  {k['name']:<10} {k['klass']:<5} {k['guardian']:<10} {k['mobile']}" for k in _k)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], [PD],
    "reply whose new text (not the quote) lists six children with guardians' phones to the school",
    charset="cp932", sender=S_SAEKI, to=[SCH_HIGASHI],
    subject="Re: 台風接近時の学童の対応について",
    body=f"""三森先生

ご連絡ありがとうございます。佐伯です。
明日、午前中で下校となった場合に学童で受け入れる児童は以下の6名です。
保護者への連絡がつかない場合に備えて、学校でも連絡先を控えておいていただけますでしょうか。

  氏名       クラス 保護者     連絡先
  ---------- ----- ---------- -------------
{_new}

それ以外の利用児童は、保護者が在宅のため学童はお休みとの連絡を受けています。

佐伯

> 佐伯様
> 明日は台風の接近により、午前授業で下校となる可能性があります。
> 学童で受け入れる児童がいれば教えてください。
> 東小 三森
""")

# 091 — photo attachment to the school
add("pass", [], [],
    "photo of the children's craft display (image only) sent to the school for its newsletter",
    charset="iso-2022-jp", sender=S_SAEKI, to=[SCH_HIGASHI],
    subject="学校だより用の写真（学童 工作展）",
    body=f"""三森先生

佐伯です。学校だよりに載せていただける学童の工作展の写真をお送りします。
子どもの顔が写っていない、作品だけの写真にしております。

{SIG['saeki']}
""",
    attachments=[{"kind": "png", "name": "kousakuten_2026.png"}])

# 092 — a guardian's passport number (ID for enrolment) to the city
_pn = f"T{_R.choice('KRZ')}{_R.randrange(1000000, 9999999)}"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], [PD],
    "a newly arrived guardian's passport number and DOB (used as ID) sent to the city",
    charset="utf-8", sender=S_YAHAGI, to=[CITY_HIEDA],
    subject="海外からの転入世帯の入所申込（本人確認書類）",
    body=f"""稗田様

お世話になっております。矢萩です。
海外から転入された世帯の入所申込について、住民票の発行前のため本人確認をパスポートで行いました。
確認した内容は以下のとおりです。

　保護者氏名：十河 ソフィア（SOGO SOFIA）
　生年月日：1990年7月22日
　旅券番号：{_pn}
　児童：十河 レオ（来月から港南小2年に転入予定）

住民登録後に改めて住民票の写しを提出いただく形でよろしいでしょうか。

{SIG['yahagi']}
""")

# 093 — hotel booking for a training with two staff's mobiles
_s1, _s2 = adult(_R), adult(_R)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [PD],
    "hotel booking for two staff members with their mobile numbers: two people, may warn",
    charset="cp932", sender=S_DOMEKI, to=[SAKURA_HOTEL],
    subject="放課後児童支援員認定資格研修 宿泊予約のお願い",
    body=f"""さくらホテル ご予約係 様

日の出産業株式会社 総務部の百目鬼です。
県の放課後児童支援員認定資格研修（2日間）に参加する職員2名の宿泊予約をお願いいたします。

　宿泊日：11月18日（水）1泊　シングル2室　朝食付き
　宿泊者：{_s1['name']}（携帯 {_s1['mobile']}）
　　　　　{_s2['name']}（携帯 {_s2['mobile']}）
　お支払い：法人請求（請求書払い）

到着は20時ごろの予定です。

{SIG['domeki']}
""")

# 094 — a guardian's own child's medication follow-up to the guardian (free mail): either
_k = kid(_R, grade=1, school="緑ヶ丘小")
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD, FREEM],
    "the child's own health data sent back to the child's guardian on free mail: sensitive, but to the data subject's family",
    charset="iso-2022-jp", sender=S_TSUYURI, to=[f"{_k['guardian']} <{_k['email']}>"],
    subject="本日の様子と与薬についてのご報告",
    body=f"""{_k['guardian']}様

いつもお世話になっております。ひので学童クラブ緑ヶ丘の栗花落です。
本日の{_k['mei']}さんの様子についてご報告します。

16時ごろ、おやつの後にじんましんが首と腕に出たため、お預かりしている抗ヒスタミン薬（ザイザル）を
依頼書のとおり服用させました。30分ほどで赤みは引き、その後は元気に過ごしています。
食べたおやつは「米粉クッキー」で、卵・乳は不使用の商品です。

念のため、かかりつけ（みどりがおか小児科）の先生にもお伝えいただけますと安心です。

{SIG['tsuyuri']}
""")

# 095 — initials-only injury note to the insurer: either
add("either", ["SENSITIVE_CATEGORY"], [PD],
    "injury with suturing described with initials and grade only: identifiability is arguable",
    charset="utf-8", sender=S_OWADA, to=[INSURER],
    subject="事故届の事前相談（緑ヶ丘）",
    body=f"""こども安全共済会 ご担当者様

日の出産業の大和田です。正式な事故届の前にご相談させてください。

10月21日、ひので学童クラブ緑ヶ丘で、3年女子（イニシャル K.T.）が校庭の鉄棒から落下し、
顎を切って近隣の外科で4針縫合しました。翌日から登校しています。

この場合、通院1日のみでも共済の対象になりますでしょうか。
対象であれば、保護者の同意を得たうえで氏名入りの事故届を提出いたします。

{SIG['owada']}
""")

# 096 — internal allergy list to the snack staff (internal subdomain)
_k = kids(8)
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [PD],
    "allergy list sent only to internal addresses (company subdomain included): must go",
    charset="cp932", sender=S_TSUYURI,
    to=["おやつ担当 <oyatsu@gakudo.hinode-sangyo.co.jp>", "h-takanashi@hinode-sangyo.co.jp"],
    subject="合同開所日のアレルギー児童（緑ヶ丘＋桜台）",
    body="""おやつ担当の皆さん

合同開所日（11/3）のアレルギー児童一覧です。配膳時はトレーの色を分けてください（赤＝除去あり）。

"""
    + "\n".join(f"・{k['name']}（{k['club'][-3:]}・{k['grade']}年）：{a}" for k, a in
                zip(_k, ["卵", "小麦（エピペンあり）", "乳", "落花生", "ごま", "えび・かに", "大豆", "そば（エピペンあり）"]))
    + """

エピペンの保管場所は事務机の一番上の引き出しです。

栗花落
""")

# 097 — waiting list with phones, comma-separated, to the neighbouring town
_k = kids(11)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], [PD],
    "eleven waiting-list children with guardians' phones and addresses (comma list) to the neighbouring town",
    charset="iso-2022-jp", sender=S_AIMONO, to=[NANGO],
    subject="川波市の待機児童で南郷町クラブの利用を希望される世帯について",
    body=f"""南郷町 子育て支援課
ご担当者様

日の出産業 学童事業部の四十物でございます。
川波市側で待機となっている児童のうち、南郷町内のクラブ（来年度弊社運営予定）の利用を希望される世帯が
ありましたので、事前にお知らせいたします。

児童名,学年,保護者名,電話,住所
"""
    + "\n".join(f"{k['name']},{k['grade']},{k['guardian']},{k['mobile']},{k['addr']}" for k in _k)
    + f"""

町外利用の可否についてご検討いただけますと幸いです。

{SIG['aimono']}
""")

# 098 — four waiting-list children to the city: under five people
_k = kids(4, school="桜台小")
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [PD],
    "four children with guardians' phones to the city: fewer than five people (may warn)",
    charset="utf-8", sender=S_TAKANASHI, to=[CITY_HIEDA],
    subject="桜台クラブ 空き枠への案内候補（4名）",
    body=f"""稗田様

お世話になっております。桜台の小鳥遊です。
11月に2名退所予定のため、待機リストのうち兄弟が在籍している次の4名を優先案内候補としてお伝えします。

"""
    + "\n".join(f"{i + 1}. {k['name']}（{k['grade']}年）保護者：{k['guardian']} {k['mobile']}" for i, k in enumerate(_k))
    + f"""

ご案内の順番は市の基準でご判断ください。

{SIG['takanashi']}
""")

# 099 — 部外秘 stamp at the head of an audit findings mail to the city
add("stop", [], [CONF],
    "mail headed 【部外秘】 (internal audit findings) sent to the city",
    charset="cp932", sender=S_AIMONO, to=[CITY_KUGA],
    subject="内部監査の結果について（ご報告）",
    body=f"""━━━━━━━━━━━━━━━━━━━━
【部外秘】学童事業部 内部監査報告（抜粋）
━━━━━━━━━━━━━━━━━━━━

久我様

いつもお世話になっております。四十物でございます。
先月実施した学童事業部の内部監査で、以下の指摘がございましたのでご報告いたします。

　指摘1：桜台クラブで、お迎え代理人届の更新漏れ（3件）
　指摘2：港南クラブで、与薬依頼書の保管が施錠されていない書庫であった
　指摘3：緑ヶ丘クラブで、職員配置が基準を下回った時間帯（10分程度）が2日あった

いずれも是正済みで、是正報告書を11月中に提出いたします。

{SIG['aimono']}
""")

# 100 — the word 社外秘 used in passing, not as a marking
add("pass", [], [],
    "mentions that 社外秘 material cannot be shared (a mention, not a marking) in a mail to the city",
    charset="iso-2022-jp", sender=S_YAHAGI, to=[CITY_KUGA],
    subject="Re: 運営マニュアルのご提供について",
    body=f"""久我様

お問い合わせありがとうございます。矢萩です。
ご依頼の運営マニュアルですが、弊社の全社版は社外秘扱いとなっておりますので、そのままお渡しすることができません。
代わりに、川波市の受託業務に関わる部分（安全管理・苦情対応・個人情報の取扱い）を抜き出した
「川波市版 運営要領」を今月中に作成してお送りいたします。

ご理解のほど、よろしくお願いいたします。

{SIG['yahagi']}

> 日の出産業 矢萩様
> 市の監査資料として、クラブの運営マニュアルをご提供いただけますでしょうか。
> こども育成課 久我
""")
