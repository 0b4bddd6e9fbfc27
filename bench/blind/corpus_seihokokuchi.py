"""Blind evaluation corpus — area: seihokokuchi (生保告知).

The mail of 日の出産業株式会社's in-house insurance agency (総務部 保険サービス課), which
sells group term life, group medical, GLTD and individual medical insurance to the
company's employees: health-disclosure (告知書) answers, underwriting queries from the
insurers, beneficiaries, premium payroll deductions, hospitalisation / surgery claims,
and the ordinary product, seminar and commission mail exchanged with insurers.

Every person, number, policy number and address in this file is invented (insurers,
hospitals, lecturers and outsourcers included, apart from the partner domains given in
BRIEF.md).  Written blind, from bench/blind/BRIEF.md, bench/blind/build.py and
shared/SPEC.md only; no code of the product and no other corpus file was read.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 17601
AREA = "seihokokuchi"
rng = random.Random(SEED)

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# -- small helpers ------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width, as some people type them."""
    return s.translate(_ZEN)


def mn(k: int, sep: str = "") -> str:
    n = my_number(SEED + k)
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


def card(k: int, sep: str = "-") -> str:
    c = card_number(SEED + k)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def wareki(y: int, m: int, d: int, short: bool = False) -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "昭和", "S", y - 1925
    if short:
        return f"{e}{n}.{m}.{d}"
    return f"{era}{'元' if n == 1 else n}年{m}月{d}日"


SURNAMES = [
    ("栗林", "クリバヤシ"), ("鳴海", "ナルミ"), ("東海林", "ショウジ"), ("四十万", "シジマ"),
    ("御手洗", "ミタライ"), ("薬師寺", "ヤクシジ"), ("五十嵐", "イガラシ"), ("十河", "ソゴウ"),
    ("勅使河原", "テシガワラ"), ("一戸", "イチノヘ"), ("猪狩", "イガリ"), ("我妻", "ワガツマ"),
    ("小鳥遊", "タカナシ"), ("甲斐", "カイ"), ("帯刀", "タテワキ"), ("仲宗根", "ナカソネ"),
    ("春日井", "カスガイ"), ("目黒", "メグロ"), ("九十九", "ツクモ"), ("能登", "ノト"),
    ("天海", "アマミ"), ("舘", "タチ"), ("相馬", "ソウマ"), ("糸数", "イトカズ"),
    ("早乙女", "サオトメ"), ("月岡", "ツキオカ"), ("南雲", "ナグモ"), ("真壁", "マカベ"),
    ("水無瀬", "ミナセ"), ("大豆生田", "オオマメウダ"), ("秋葉", "アキバ"), ("瀬戸口", "セトグチ"),
    ("城之内", "ジョウノウチ"), ("桧山", "ヒヤマ"), ("宝田", "タカラダ"), ("渡辺", "ワタナベ"),
    ("佐藤", "サトウ"), ("高橋", "タカハシ"), ("鈴木", "スズキ"), ("中村", "ナカムラ"),
    ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山口", "ヤマグチ"),
    ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("清水", "シミズ"),
    ("池田", "イケダ"), ("橋本", "ハシモト"), ("石川", "イシカワ"), ("前田", "マエダ"),
    ("藤井", "フジイ"), ("岡田", "オカダ"), ("長谷川", "ハセガワ"), ("村上", "ムラカミ"),
    ("近藤", "コンドウ"), ("坂本", "サカモト"), ("野々村", "ノノムラ"), ("安斎", "アンザイ"),
]
MALE = [
    ("和也", "カズヤ"), ("正志", "マサシ"), ("健吾", "ケンゴ"), ("蓮", "レン"), ("亮", "リョウ"),
    ("大輔", "ダイスケ"), ("翔太", "ショウタ"), ("剛", "ツヨシ"), ("誠", "マコト"),
    ("浩二", "コウジ"), ("昌平", "ショウヘイ"), ("裕次", "ユウジ"), ("拓", "タク"),
    ("光", "ヒカル"), ("恭平", "キョウヘイ"), ("実", "ミノル"), ("聡", "サトシ"), ("修", "オサム"),
    ("悟", "サトル"), ("隆之", "タカユキ"), ("啓介", "ケイスケ"), ("直樹", "ナオキ"),
    ("陽介", "ヨウスケ"), ("俊彦", "トシヒコ"),
]
FEMALE = [
    ("さゆり", "サユリ"), ("理恵", "リエ"), ("恭子", "キョウコ"), ("智美", "トモミ"),
    ("美穂", "ミホ"), ("瞳", "ヒトミ"), ("典子", "ノリコ"), ("玲奈", "レナ"), ("菜摘", "ナツミ"),
    ("涼子", "リョウコ"), ("亜紀", "アキ"), ("郁美", "イクミ"), ("和子", "カズコ"),
    ("碧", "ミドリ"), ("舞", "マイ"), ("紗希", "サキ"), ("真由美", "マユミ"), ("千夏", "チナツ"),
    ("香織", "カオリ"), ("綾乃", "アヤノ"),
]
PLACES = [
    ("211-0063", "神奈川県川崎市中原区", "小杉町"), ("223-0062", "神奈川県横浜市港北区", "日吉本町"),
    ("145-0066", "東京都大田区", "南雪谷"), ("158-0097", "東京都世田谷区", "用賀"),
    ("252-0303", "神奈川県相模原市南区", "相模大野"), ("194-0043", "東京都町田市", "成瀬台"),
    ("333-0831", "埼玉県川口市", "木曽呂"), ("272-0023", "千葉県市川市", "南八幡"),
    ("242-0007", "神奈川県大和市", "中央林間"), ("142-0041", "東京都品川区", "戸越"),
    ("252-0804", "神奈川県藤沢市", "湘南台"), ("183-0004", "東京都府中市", "紅葉丘"),
    ("213-0001", "神奈川県川崎市高津区", "溝口"), ("216-0033", "神奈川県川崎市宮前区", "宮崎"),
    ("230-0062", "神奈川県横浜市鶴見区", "豊岡町"), ("206-0033", "東京都多摩市", "落合"),
]
DEPTS = ["製造一課", "製造二課", "品質保証課", "購買課", "営業一課", "営業二課", "物流課",
         "経理課", "人事課", "総務課", "設備保全課", "開発部", "情報システム課", "川崎工場"]


def person(female: bool | None = None) -> dict:
    """An invented employee: name, kana, sex, birth date, number, phone, address."""
    if female is None:
        female = rng.random() < 0.4
    s, sk = rng.choice(SURNAMES)
    g, gk = rng.choice(FEMALE if female else MALE)
    y, mo, d = rng.randint(1963, 2003), rng.randint(1, 12), rng.randint(1, 28)
    z, city, town = rng.choice(PLACES)
    return {
        "name": f"{s} {g}", "kana": f"{sk} {gk}", "sex": "女" if female else "男",
        "dob": (y, mo, d), "emp": f"{rng.randint(10, 29)}{rng.randint(0, 9999):04d}",
        "tel": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "zip": z, "addr": f"{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
        "dept": rng.choice(DEPTS),
    }


def people(n: int) -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = person()
        if p["name"] not in seen:
            seen.add(p["name"])
            out.append(p)
    return out


def ymd(p: dict, sep: str = "/") -> str:
    y, m, d = p["dob"]
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count two)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(width - w, 0)


# -- signatures and disclaimers ------------------------------------------------------------

ADDR_HQ = "〒210-0007 神奈川県川崎市川崎区駅前本町11-2 日の出ビル7F"

SIG_KASAI = f"""--
日の出産業株式会社 総務部 保険サービス課
（生命保険・損害保険 代理店）
葛西 拓真 / Takuma Kasai
{ADDR_HQ}
TEL 044-201-7730（内線4412） FAX 044-201-7739
Mail: kasai-t@hinode-sangyo.co.jp"""

SIG_USAMI = f"""━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 保険サービス課　宇佐美 千尋
{ADDR_HQ}
TEL：044-201-7731　内線：4415
E-mail：usami-c@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MORINAGA = f"""――――――――――――――――
日の出産業株式会社 総務部
保険サービス課 課長　森永 里美
{ADDR_HQ}
直通 044-201-7735 / 携帯 080-4471-2093
morinaga-s@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_MOMOSE = """-----
百瀬 航（ももせ わたる）
日の出産業(株) 総務部 保険サービス課
TEL 044-201-7730 ext.4418
momose-w@hinode-sangyo.co.jp"""

SIG_EN = f"""--
Chihiro Usami
Insurance Services Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
11-2 Ekimae-honcho, Kawasaki-ku, Kawasaki, Kanagawa 210-0007, Japan
Tel: +81-44-201-7731  usami-c@hinode-sangyo.co.jp"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄していただきますようお願いいたします。"""

DISC_JA2 = """
【ご注意】このメールは、宛先に記載された方のみを対象としたものです。宛先以外の方が受信された
場合は、内容を開示・複製・利用することなく削除し、送信者にお知らせください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

# the agency's own addresses
KASAI = "葛西 拓真 <kasai-t@hinode-sangyo.co.jp>"
USAMI = "宇佐美 千尋 <usami-c@hinode-sangyo.co.jp>"
MORINAGA = "森永 里美 <morinaga-s@hinode-sangyo.co.jp>"
MOMOSE = "百瀬 航 <momose-w@hinode-sangyo.co.jp>"

# insurers and other outside parties (fictional, apart from BRIEF.md's partners)
SEIRAN_UW = "青嵐生命 引受査定課 水野 <mizuno.mizuho@seiran-life.co.jp>"
SEIRAN_SALES = "佐伯 順一 <saeki.junichi@seiran-life.co.jp>"
SEIRAN_JIMU = "青嵐生命 団体保険事務センター <dantai-jimu@seiran-life.co.jp>"
SHINO_KYUFU = "しののめ生命 給付金課 <kyufu@shinonome-life.co.jp>"
SHINO_KUWA = "桑原 智 <kuwabara-s@shinonome-life.co.jp>"
SHINO_SALES = "吉永 健太郎 <yoshinaga.k@shinonome-life.co.jp>"
MINATO_GLTD = "みなと損保 GLTD引受 <gltd-uw@minato-sonpo.co.jp>"
MINATO_TSUBOI = "坪井 浩美 <tsuboi_h@minato-sonpo.co.jp>"
HARBOR = "Priya Raman <priya.raman@harborline-assurance.com>"
HOTEL = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"
NISHIKI = "錦印刷 丸山 <maruyama@nishiki-insatsu.co.jp>"
LECTURER = "仁科 由紀子 <nishina@lifedesign-lab.jp>"
PAYROLL = "ペイロールパートナーズ サポート <support@payroll-partners.co.jp>"
TSUBASA = "ツバサシステム ほけんNavi サポート <hoken-support@tsubasa-system.jp>"


# ==========================================================================================
# 001–020
# ==========================================================================================

add(  # 001 stop: answer to an underwriting query, one employee's hypertension
    sender=KASAI, to=[SEIRAN_UW], charset="iso-2022-jp",
    subject="Re: 【照会】団体定期保険 増額申込 被保険者 栗林様の告知内容について",
    body=f"""青嵐生命保険株式会社
団体保険部 引受査定課 水野様

いつもお世話になっております。日の出産業 保険サービス課の葛西です。
ご照会いただいた件、ご本人に確認いたしましたのでご回答申し上げます。

被保険者：栗林 和也 様（社員番号 20417／昭和54年8月19日生）
・2021年10月の定期健康診断で高血圧を指摘され、2022年3月より近所の内科
　（かわばた内科クリニック）に月1回通院、降圧剤（アムロジピン5mg）を服用中です。
・直近の血圧は 138/86 とのこと。入院・手術歴はございません。
・告知書の第3問を「はい」に訂正した告知書（訂正印あり）は本日原本を発送しております。

ほかに必要な書類がございましたらご指示ください。
よろしくお願いいたします。

{SIG_KASAI}

> 日の出産業株式会社　葛西様
> 標記の増額申込につきまして、告知書第3問（過去5年以内の通院・投薬）が「いいえ」と
> なっておりますが、健診結果票の記載と整合しないため、ご本人にご確認をお願いいたします。
> 青嵐生命 引受査定課 水野
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new text gives one named employee's diagnosis and medication to the insurer: 要配慮個人情報",
)

add(  # 002 pass: seminar room booking, headcount only
    sender=USAMI, to=[HOTEL], charset="cp932",
    subject="10月18日（土）社内保険セミナー 会場のご予約について",
    body=f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。
日の出産業株式会社 総務部の宇佐美でございます。

先日お電話でご相談いたしました、従業員向け「ライフプラン・保険セミナー」の
会場につきまして、下記の内容で正式に予約をお願いいたします。

　日時　　：2025年10月18日（土）13:30～16:00（設営 13:00～）
　会場　　：3階「鳳凰の間」スクール形式
　人数　　：45名前後（講師1名・スタッフ3名を含む）
　備品　　：プロジェクター、スクリーン、ワイヤレスマイク2本、受付テーブル
　飲食　　：ペットボトルのお茶 50本
　お支払い：請求書払い（日の出産業株式会社 総務部宛）

お見積書をメールでお送りいただけますと幸いです。
何卒よろしくお願い申し上げます。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary venue booking with a headcount; no personal data",
)

_p003 = people(15)
add(  # 003 stop: payroll deduction data (15 employees) to the payroll outsourcer
    sender=MOMOSE, to=[PAYROLL], charset="cp932",
    subject="11月支給分 団体保険料 控除データの送付",
    body=f"""ペイロールパートナーズ株式会社
サポートご担当者様

お世話になっております。日の出産業の百瀬です。
11月支給分の団体保険料（団体定期・医療・がん）の控除データを添付いたします。
新規加入3名、脱退1名を反映済みです。取込後、件数のご確認をお願いします。

{SIG_MOMOSE}
""",
    attachments=[{
        "kind": "csv", "name": "hoken_kojo_202511.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "団体定期", "団体医療", "がん保険", "控除合計"]] + [
            [p["emp"], p["name"], a, b, c, a + b + c]
            for p in _p003
            for a, b, c in [(rng.choice([840, 1260, 1680, 2100]), rng.choice([0, 1450, 2230]),
                             rng.choice([0, 0, 980]))]
        ],
    }],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="CSV of 15 employees' payroll deductions leaving for an outside payroll firm: a list of people",
)

add(  # 004 pass: commission query; the policy list is only in the quoted text
    sender=KASAI, to=[SEIRAN_SALES], charset="iso-2022-jp",
    subject="Re: 9月分 代理店手数料明細のご送付",
    body=f"""佐伯様

お世話になっております。葛西です。
明細ありがとうございました。1点だけ確認させてください。

明細の合計が 412,380円 となっておりますが、当方の計上額は 409,960円 で
2,420円の差がございます。9月に更新月を迎えた契約の手数料率（初年度／次年度）の
適用の違いかと思いますが、ご確認いただけますでしょうか。

{SIG_KASAI}

> 日の出産業株式会社 葛西様
> 9月分の代理店手数料明細をお送りします。
>
> 証券番号      契約者          保険種類    保険料    手数料
> SL-7730184   鳴海 正志 様    医療終身    4,320    1,296
> SL-7730211   一戸 智美 様    収入保障    6,870    2,061
> SL-7731005   猪狩 大輔 様    医療終身    3,980    1,194
> SL-7731092   帯刀 典子 様    がん保障    2,640      792
> SL-7731340   甲斐 翔太 様    定期保険    1,950      585
> SL-7731577   九十九 浩二 様  医療終身    5,110    1,533
> SL-7731620   目黒 菜摘 様    がん保障    2,210      663
> SL-7731842   能登 昌平 様    収入保障    7,440    2,232
> （以下略）
> 青嵐生命 法人営業部 川崎支社 佐伯
""",
    expect="pass", entities=[], detectors=[],
    note="the policyholder list is quoted from the insurer's own mail; new text only asks about a total",
)

_p005 = {"name": "比嘉 玲奈", "kana": "ヒガ レナ"}
add(  # 005 stop: hospitalisation claim (threatened premature labour) with DOCX form
    sender=MORINAGA, to=[SHINO_KYUFU], charset="utf-8",
    subject="入院給付金 請求書類の送付（証券番号 SN08-3318842）",
    body=f"""しののめ生命保険株式会社
保険金部 給付金課 御中

平素より大変お世話になっております。
日の出産業 保険サービス課の森永でございます。

弊社従業員より入院給付金の請求がございましたので、請求書の記載内容を添付にて
先行してお送りいたします（原本および診断書は本日レターパックで発送いたしました）。
ご査定のほど、よろしくお願いいたします。

{SIG_MORINAGA}
{DISC_JA}""",
    attachments=[{
        "kind": "docx", "name": "入院給付金請求書_比嘉.docx", "title": "給付金請求書",
        "paragraphs": ["給付金請求書（入院・手術）", "しののめ生命保険株式会社 御中",
                       "下記のとおり給付金を請求します。"],
        "tables": [[
            ["項目", "記入内容"],
            ["証券番号", "SN08-3318842"],
            ["被保険者氏名", f"{_p005['name']}（{_p005['kana']}）"],
            ["生年月日", "平成3年7月14日"],
            ["傷病名", "切迫早産"],
            ["入院期間", "2025年6月3日～2025年6月21日（19日間）"],
            ["入院先", "川崎中央レディースクリニック"],
            ["手術", "なし"],
            ["受取口座", "みどり銀行 溝の口支店 普通 4417302 ヒガ レナ"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="claim form with one employee's diagnosis, hospital stay and bank account: 要配慮個人情報",
)

add(  # 006 stop: renewal quotation request to three insurers, all in To
    sender=MORINAGA,
    to=["佐伯 順一 <saeki.junichi@seiran-life.co.jp>", SHINO_SALES, MINATO_TSUBOI],
    charset="iso-2022-jp",
    subject="2026年度 団体定期保険・団体医療保険 更改見積ご依頼",
    body=f"""各位

いつも大変お世話になっております。日の出産業 保険サービス課の森永です。

2026年4月更改の団体定期保険・団体医療保険につきまして、
各社様に見積をお願いしたく、ご連絡いたしました。
見積条件（加入者の年齢帯別人数、保険金額の分布、過去3年の支払実績の概要）を
添付いたしますので、11月28日（金）までにご提出をお願いいたします。

ご不明点は森永までお問い合わせください。

{SIG_MORINAGA}
""",
    attachments=[{
        "kind": "xlsx", "name": "2026更改_見積条件.xlsx",
        "sheets": {
            "条件": [["2026年度 団体保険 更改 見積条件"], [],
                     ["項目", "内容"], ["保険期間", "2026/4/1～2027/3/31"],
                     ["被保険者数（本人）", 1284], ["被保険者数（配偶者）", 402],
                     ["保険金額", "100万円～3,000万円（7コース）"], ["払込方法", "給与控除（月払）"]],
            "年齢帯別": [["年齢帯", "男性", "女性", "計"], ["20-29", 161, 88, 249],
                         ["30-39", 214, 97, 311], ["40-49", 262, 104, 366],
                         ["50-59", 205, 77, 282], ["60-64", 58, 18, 76]],
            "支払実績": [["年度", "死亡", "高度障害", "入院給付件数"], ["2022", 2, 0, 41],
                         ["2023", 1, 0, 37], ["2024", 3, 1, 52]],
        },
    }],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing insurers in To can see each other; should have been Bcc",
)

add(  # 007 pass: internal — health disclosure forwarded to the company health office
    sender=KASAI, to=["健康管理室 <kenkou-kanri@hinode-sangyo.co.jp>"],
    cc=["藤代 亜希子 <fujishiro-a@hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="【確認依頼】団体医療 途中加入者の告知内容と健診結果の照合",
    body=f"""健康管理室 藤代さん

お疲れさまです。保険サービス課の葛西です。
途中加入の申込がありました下記の方について、告知内容と直近の健診結果に
食い違いがないか確認をお願いできますでしょうか（保険会社へ出す前の社内確認です）。

　氏名：四十万 理恵（シジマ リエ）　品質保証課
　生年月日：1988年2月9日
　告知内容：
　　・2023年に甲状腺機能低下症（橋本病）と診断、チラーヂン服用中
　　・2024年5月 子宮筋腫で腹腔鏡下手術（入院6日）
　　・その他「いいえ」

健診結果票で TSH の値と、婦人科の所見有無だけ見ていただければ十分です。
よろしくお願いします。

葛西（内線4412）
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="health details of one employee, but every recipient is internal",
)

add(  # 008 stop: My Number of a death-benefit beneficiary for the payment record
    sender=USAMI, to=[SHINO_SALES], charset="utf-8",
    subject="死亡保険金ご請求の件（故 鳴海 正志 様）追加書類について",
    body=f"""吉永様

お世話になっております。宇佐美です。
先日ご連絡いただいた支払調書作成のための追加情報について、
ご遺族（奥様）から伺いましたのでお知らせいたします。

受取人　鳴海 さゆり 様（妻）
個人番号　{zen(mn(1, ' '))}
※番号確認書類（通知カードの写し）と身元確認書類は、ご本人から直接御社へ
　郵送いただく形でよろしいでしょうか。

引き続きよろしくお願いいたします。

{SIG_USAMI}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="a beneficiary's マイナンバー in full-width digits sent to the insurer",
)

add(  # 009 pass: pamphlet order / product codes
    sender=MORINAGA, to=[SEIRAN_SALES], charset="iso-2022-jp",
    subject="就業不能保険（GX-21）パンフレット・設計書ひな形のご送付依頼",
    body=f"""佐伯様

いつもお世話になっております。森永です。
来月の社内保険フェアで就業不能保険を紹介したく、下記をお送りいただけますでしょうか。

・パンフレット　GX-21-2504　300部
・重要事項説明書（契約概要・注意喚起情報）GX-21-J2504　300部
・ご意向確認書　IK-0312　100部
・年齢別保険料早見表（月額、月払・口座振替）PDF データ

送付先は弊社総務部 保険サービス課（本社7F）でお願いいたします。
お手数ですが、よろしくお願いいたします。

{SIG_MORINAGA}
""",
    expect="pass", entities=[], detectors=[],
    note="product material order with product codes only",
)

add(  # 010 stop: look-alike of the partner bank's domain
    sender=MOMOSE, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    charset="cp932",
    subject="団体保険料 収納口座の振替日変更について",
    body=f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業の百瀬です。

弊社が代理店として取り扱う団体保険料の収納口座（当座）につきまして、
2026年1月分より保険会社への振替日が毎月27日から26日に変更となります。
自動振替依頼書の差し替えが必要かどうか、ご教示いただけますでしょうか。

口座：本店営業部 当座 0098812 日の出産業株式会社

{SIG_MOMOSE}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp",
)

_p011 = people(9)
add(  # 011 stop: HTML-only mail with a table of employees' claims and diagnoses
    sender=KASAI, to=[SHINO_KUWA], charset="utf-8",
    subject="給付金請求 進捗確認のお願い（9件）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>しののめ生命 給付金課<br>桑原様</p>
<p>いつもお世話になっております。日の出産業の葛西です。<br>
8月以降にお送りした給付金請求のうち、まだお支払通知をいただいていない9件について
進捗をご確認いただけますでしょうか。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>証券番号</th><th>被保険者</th><th>傷病名</th><th>入院期間</th><th>書類発送日</th></tr>
""" + "\n".join(
        f"<tr><td>{i}</td><td>SN08-{rng.randint(3000000, 3999999)}</td><td>{p['name']}</td>"
        f"<td>{dx}</td><td>{st}～{en}</td><td>{sent}</td></tr>"
        for i, (p, dx, st, en, sent) in enumerate(zip(
            _p011,
            ["大腸ポリープ（内視鏡的切除）", "右橈骨遠位端骨折", "急性虫垂炎", "肺炎",
             "甲状腺がん", "腰椎椎間板ヘルニア", "尿路結石", "うつ病", "胆石症"],
            ["8/4", "8/11", "8/19", "8/25", "9/1", "9/3", "9/10", "9/12", "9/22"],
            ["8/5", "8/20", "8/24", "9/4", "9/16", "9/17", "9/12", "10/20", "9/27"],
            ["8/27", "9/2", "9/5", "9/11", "9/29", "9/29", "9/30", "10/24", "10/3"]), 1)
    ) + f"""
</table>
<p>お忙しいところ恐れ入りますが、よろしくお願いいたします。</p>
<pre>{SIG_KASAI}</pre>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="HTML table of nine employees with their diagnoses and hospital stays",
)

add(  # 012 pass: three-way meeting with two insurers (co-insurance)
    sender=MORINAGA, to=[SEIRAN_SALES], cc=[MINATO_TSUBOI, KASAI], charset="iso-2022-jp",
    subject="GLTD 共同引受に関する打合せ日程のご相談",
    body=f"""青嵐生命 佐伯様
みなと損保 坪井様

いつもお世話になっております。日の出産業の森永です。
団体長期障害所得補償（GLTD）を2026年度から青嵐生命様の団体定期とセットでご案内する
件につき、3社で一度打合せの場を持たせていただけないでしょうか。

候補日：11/11（火）14時～、11/13（木）10時～、11/14（金）15時～
場所　：弊社本社 7F 第2会議室（オンライン参加も可）

議題（案）
1. 引受条件（加入限度、免責期間、てん補期間）
2. 募集資料の共同作成
3. 保険料の給与控除方法

ご都合をお知らせください。

{SIG_MORINAGA}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way meeting mail",
)

add(  # 013 stop: card number for an employee's individual medical policy, no label
    sender=USAMI, to=["こまち少額短期保険 契約サービス <keiyaku@komachi-ssi.co.jp>"],
    charset="iso-2022-jp",
    subject="お支払方法変更（クレジットカード払い）のお手続きについて",
    body=f"""こまち少額短期保険株式会社
契約サービス課 ご担当者様

お世話になっております。日の出産業（代理店コード K-2207）の宇佐美です。
弊社社員の 猪狩 大輔 様（証券番号 KM-0551827）より、保険料のお支払方法を
口座振替からカード払いに変更したいとのお申し出がありました。
ご本人からお預かりした内容は以下のとおりです。

　{card(1, ' ')}　有効期限 08/28　名義 DAISUKE IGARI

変更手続きの書類が必要な場合はお知らせください。

{SIG_USAMI}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="an employee's credit card number with expiry and holder name sent by mail",
)

add(  # 014 pass: internal — payroll deduction change list for 給与課
    sender=MOMOSE, to=["小野寺 恵 <onodera-m@hinode-sangyo.co.jp>"], charset="cp932",
    subject="12月給与 団体保険料控除の変更者一覧",
    body="小野寺さん\n\nお疲れさまです。百瀬です。\n12月給与から控除額が変わる方の一覧です。"
         "給与システムへの反映をお願いします。\n\n"
         + "社員番号\t氏名\t変更前\t変更後\t理由\n"
         + "\n".join(f"{p['emp']}\t{p['name']}\t{a:,}\t{b:,}\t{r}" for p, a, b, r in zip(
             people(8), [1260, 840, 2100, 0, 1680, 2230, 980, 1450],
             [1680, 0, 2520, 1450, 1680, 0, 1960, 1450],
             ["コース変更", "脱退", "配偶者追加", "新規加入", "がん特約追加",
              "退職", "医療コース変更", "端数調整"]))
         + "\n\n以上、よろしくお願いします。\n百瀬（内線4418）\n",
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="eight employees' deduction changes, but sent only to the internal payroll section",
)

add(  # 015 stop: look-alike of the organisation's own domain (hyphen for the dot)
    sender=KASAI, to=["健康管理室 <kenkou-kanri@hinode-sangyo-co.jp>"], charset="iso-2022-jp",
    subject="Fw: 告知書 第2問の記載について（御手洗さん）",
    body=f"""健康管理室 ご担当者様

葛西です。先ほどの件、念のため本人の告知書の記載を転記します。

御手洗 健吾（製造二課）
　第2問：2022年11月 腰椎椎間板ヘルニアで手術（内視鏡下摘出術）、入院8日。
　　　　　現在は経過観察のみ、通院なし。
　第4問：健診で肝機能（γ-GTP 112）要再検。

産業医面談の記録と照らして問題ないかご確認ください。

{SIG_KASAI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for the internal health office but addressed to hinode-sangyo-co.jp, a look-alike; carries medical history",
)

add(  # 016 pass: mail about an NDA with the agency-system vendor
    sender=MORINAGA, to=[TSUBASA], charset="utf-8",
    subject="秘密保持契約書（案）のご確認のお願い",
    body=f"""ツバサシステム株式会社
ほけんNavi サポートご担当者様

お世話になっております。日の出産業の森永です。
代理店管理システム「ほけんNavi」の顧客データ移行作業に先立ち、
弊社ひな形の秘密保持契約書（案）をお送りいたします。

第5条（秘密情報の範囲）と第9条（再委託）について、御社の標準と相違があれば
修正案をご提示ください。法務確認の都合上、11月21日までにご返信いただけますと助かります。

{SIG_MORINAGA}
{DISC_JA}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_ツバサシステム.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                       "甲の保険代理店業務に係る情報の取扱いについて、以下のとおり契約を締結する。",
                       "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                       "第5条（秘密情報の範囲）秘密情報には、甲の顧客の個人情報及び要配慮個人情報を含む。",
                       "第9条（再委託）乙は、甲の書面による事前の承諾なく、業務を第三者に再委託してはならない。"],
    }],
    expect="pass", entities=[], detectors=[],
    note="a mail about an NDA and a draft NDA: the words are mentioned, nothing is marked",
)

add(  # 017 stop: 基礎年金番号 and diagnosis for a GLTD claim
    sender=KASAI, to=[MINATO_GLTD], charset="iso-2022-jp",
    subject="GLTD 保険金請求（LT2210387）必要事項のご連絡",
    body=f"""みなと損害保険株式会社
GLTD ご担当者様

お世話になっております。日の出産業 葛西です。
標記請求につき、請求書の記入内容を先にお知らせします。

被保険者　　：南雲 光（ナグモ ヒカル）
生年月日　　：H元.9.30
就業不能の原因：うつ病（2025年4月より休職、主治医：みなとみらいメンタルクリニック）
基礎年金番号：{zen('4102-738915')}
公的給付　　：傷病手当金 受給中（健康保険組合に確認済）

障害年金の請求状況確認のため基礎年金番号が必要とのことでしたので記載しております。

{SIG_KASAI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one employee's mental-health diagnosis plus basic pension number to the insurer",
)

add(  # 018 pass: commission rates by product code (XLSX)
    sender=MOMOSE, to=[SHINO_SALES], charset="cp932",
    subject="2026年度 代理店手数料率表の確認",
    body=f"""吉永様

お世話になっております。百瀬です。
2026年度の手数料率表、弊社で整理したものを添付します。
「医療終身（MR-3）」の次年度以降率が昨年度から変わっているか、ご確認ください。

{SIG_MOMOSE}
""",
    attachments=[{
        "kind": "xlsx", "name": "手数料率表_2026_しののめ.xlsx",
        "sheets": {"手数料率": [
            ["しののめ生命 代理店手数料率（2026年4月以降契約）"],
            ["商品コード", "商品名", "初年度", "2～5年度", "6年度以降"],
            ["MR-3", "医療終身保険", "30%", "8%", "3%"],
            ["CN-2", "がん保障保険", "30%", "8%", "3%"],
            ["IP-5", "収入保障保険", "28%", "7%", "2%"],
            ["TL-1", "定期保険", "25%", "5%", "2%"],
            ["WL-4", "終身保険", "18%", "4%", "1%"],
        ]},
    }],
    expect="pass", entities=[], detectors=[],
    note="commission rate table by product code; no personal data",
)

_p019 = people(6)
add(  # 019 stop: beneficiary change — six employees' beneficiaries with DOB and relation
    sender=USAMI, to=[SEIRAN_JIMU], charset="cp932",
    subject="団体定期保険 受取人変更届（6件）の送付",
    body=f"""青嵐生命保険株式会社 団体保険事務センター 御中

お世話になっております。日の出産業の宇佐美です。
10月受付分の受取人変更届（6件）の内容を下記にまとめました。
原本は別途郵送いたします。

""" + "\n".join(
        f"■{i}　被保険者：{p['name']}（社員番号 {p['emp']}）\n"
        f"　　新受取人：{rn}（{rel}）　{wareki(*dob)}生\n"
        f"　　変更理由：{why}\n"
        for i, (p, rn, rel, dob, why) in enumerate(zip(
            _p019,
            ["我妻 美穂", "天海 碧", "相馬 陽介", "真壁 和子", "糸数 千夏", "月岡 拓"],
            ["妻", "長女", "夫", "母", "妻", "長男"],
            [(1990, 6, 12), (2004, 1, 25), (1985, 10, 3), (1956, 3, 30), (1993, 8, 8), (2001, 12, 1)],
            ["婚姻", "配偶者死亡", "婚姻", "離婚", "婚姻", "本人希望"]), 1)
    ) + f"\n\n{SIG_USAMI}\n",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six beneficiary-change records (names, relation, 和暦 birth dates): a list of people",
)

add(  # 020 pass: general claim procedure to one employee's private address
    sender=USAMI, to=["tachi.yuji.88@gmail.com"], charset="iso-2022-jp",
    subject="団体医療保険 給付金のご請求方法について",
    body=f"""舘 様

総務部 保険サービス課の宇佐美です。
お問い合わせいただいた団体医療保険の給付金（入院・手術）のご請求方法をご案内します。

1. 請求書（様式 K-12）を社内ポータル「保険の手続き」からダウンロード
2. 医療機関で「入院・手術証明書」を作成してもらう（文書料は自己負担、保険金で補てんされません）
3. 請求書・証明書・給与明細の写しを社内便で保険サービス課へ
4. 書類到着後、約2～3週間で給与振込口座に入金されます

請求期限は入院・手術日から3年です。ご不明点はお気軽に内線4415までどうぞ。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="generic procedure sent to one employee's free-mail address; no health detail",
)

# ==========================================================================================
# 021–040
# ==========================================================================================

add(  # 021 stop: PPAP — password ZIP of disclosure PDFs
    sender=KASAI, to=[SEIRAN_UW], charset="iso-2022-jp",
    subject="告知書（11月受付分）の送付",
    body=f"""水野様

お世話になっております。葛西です。
11月受付分の告知書（スキャンデータ）を送付いたします。
パスワードは別メールにてお送りします。

{SIG_KASAI}
""",
    attachments=[{
        "kind": "zip", "name": "kokuchi_202511.zip", "password": "Hs2025#kokuchi",
        "files": [{"kind": "pdf", "name": f"kokuchi_{i:02d}.pdf",
                   "lines": ["告知書", f"被保険者 {p['name']}", "第1問 いいえ", "第2問 はい"]}
                  for i, p in enumerate(people(4), 1)],
    }],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected",
)

_p022 = people(6)
add(  # 022 pass: Outlook-style reply; the underwriting results are only in the quote
    sender=USAMI, to=[SEIRAN_UW], charset="cp932",
    subject="RE: 10月受付分 引受査定結果のご連絡",
    body=f"""水野様

査定結果のご連絡ありがとうございました。
条件付き承諾の2名の方には、弊社から承諾書をお渡しし、署名をいただき次第返送いたします。
引き続きよろしくお願いいたします。

宇佐美

-----Original Message-----
差出人: 水野 瑞穂 <mizuno.mizuho@seiran-life.co.jp>
送信日時: 2025年11月6日 17:42
宛先: 宇佐美 千尋 <usami-c@hinode-sangyo.co.jp>
件名: 10月受付分 引受査定結果のご連絡

日の出産業株式会社 宇佐美様

10月受付分の査定結果をお知らせします。

""" + "\n".join(f"{pad(p['name'], 16)}{pad(p['emp'], 10)}{r}" for p, r in zip(_p022, [
        "承諾", "承諾", "条件付承諾（特定部位不担保：腰椎 2年）", "承諾",
        "条件付承諾（保険金削減 3年）", "謝絶（糖尿病性網膜症）"])) + """

ご確認のほど、よろしくお願いいたします。
青嵐生命 団体保険部 引受査定課 水野
""",
    expect="pass", entities=[], detectors=[],
    note="the underwriting results of six employees sit under -----Original Message-----: quoted, already the insurer's",
)

_p023 = people(22)
add(  # 023 stop: mid-year enrolment list, XLSX with a title row and two sheets
    sender=MOMOSE, to=[SEIRAN_JIMU], cc=[SEIRAN_SALES], charset="cp932",
    subject="団体定期保険 中途加入者リスト（2025年12月1日付）",
    body=f"""団体保険事務センター ご担当者様
（cc：佐伯様）

お世話になっております。日の出産業の百瀬です。
12月1日付の中途加入者リストを添付いたします。22名です。
告知書で「はい」があった方は別シートに分けております。

{SIG_MOMOSE}
""",
    attachments=[{
        "kind": "xlsx", "name": "中途加入者_20251201.xlsx",
        "sheets": {
            "加入者": [["団体定期保険 中途加入者一覧（契約番号 GT-4471092）"], [],
                       ["No", "社員番号", "氏名", "フリガナ", "性別", "生年月日", "所属", "保険金額(万円)"]]
                      + [[i, p["emp"], p["name"], p["kana"], p["sex"], ymd(p), p["dept"],
                          rng.choice([300, 500, 800, 1000, 1500])] for i, p in enumerate(_p023, 1)],
            "告知あり": [["No", "氏名", "告知内容"],
                         [4, _p023[3]["name"], "2024年 尿管結石 体外衝撃波砕石術"],
                         [11, _p023[10]["name"], "脂質異常症 服薬中"],
                         [17, _p023[16]["name"], "2023年 気管支喘息 通院（現在は治癒）"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="XLSX of 22 enrolees with birth dates, plus disclosure details of three of them",
)

add(  # 024 stop: English — expat employee hospitalised abroad (dengue)
    sender="Chihiro Usami <usami-c@hinode-sangyo.co.jp>", to=[HARBOR],
    cc=["claims@harborline-assurance.com"], charset="utf-8",
    subject="Cashless hospitalisation request - Mr. Kenji Tsukumo (Policy HLA-GM-20931)",
    body=f"""Dear Ms. Raman,

I hope this finds you well.

One of our expatriates in Thailand, Mr. Kenji Tsukumo (born 14 March 1979, member no.
HLA-GM-20931-017), was admitted yesterday to Sukhumvit Riverside Hospital, Bangkok, with
suspected dengue fever (platelet count 42,000). The attending doctor expects 4-5 days of
in-patient treatment.

Could you please issue a guarantee of payment directly to the hospital so that he does
not have to pay up front? The hospital's admission form is attached.

Thank you very much for your help.

Best regards,
{SIG_EN}
{DISC_EN}""",
    attachments=[{"kind": "pdf", "name": "admission_form_Tsukumo.pdf",
                  "lines": ["Sukhumvit Riverside Hospital - Admission Record",
                            "Patient: TSUKUMO KENJI   DOB: 14/03/1979   Sex: M",
                            "Diagnosis (provisional): Dengue fever, thrombocytopenia",
                            "Admitted: 02/11/2025 21:40   Ward: 7B   Attending: Dr. Somchai P.",
                            "Payer: Harborline Assurance (GOP requested)"]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English mail with an identified employee's diagnosis and admission record",
)

add(  # 025 pass: English — renewal rates with an aggregate census
    sender="Chihiro Usami <usami-c@hinode-sangyo.co.jp>", to=[HARBOR], charset="utf-8",
    subject="Renewal 2026 - expatriate medical plan: census summary",
    body=f"""Dear Priya,

Thank you for the renewal terms. As requested, here is the census summary for the 2026
renewal of our expatriate medical plan (policy HLA-GM-20931):

  Region          Employees  Spouses  Children
  -----------------------------------------------
  Thailand               14        9        11
  Vietnam                 8        3         4
  Indonesia               5        4         6
  Mexico                  3        2         1
  -----------------------------------------------
  Total                  30       18        22

Could you confirm whether the 6.5% rate increase already includes the new outpatient
mental-health benefit, or whether that would be priced separately?

Kind regards,
{SIG_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate head-counts per country; nobody is identifiable",
)

add(  # 026 stop: 社外秘 slides sent to an insurer
    sender=MORINAGA, to=[SHINO_SALES], charset="iso-2022-jp",
    subject="来期方針説明資料の件",
    body=f"""吉永様

お世話になっております。森永です。
先日の面談でお話しした来期の団体保険の方針について、社内説明に使った資料を
お送りします。ご参考まで。

{SIG_MORINAGA}
""",
    attachments=[{
        "kind": "pptx", "name": "2026団体保険方針_説明資料.pptx", "page_footer": "社外秘",
        "title": "【社外秘】2026年度 団体保険 方針",
        "slides": [["【社外秘】2026年度 団体保険の方針", "総務部 保険サービス課", "2025年10月 経営会議資料"],
                   ["現状", "団体医療の損害率 78%（前年 71%）", "加入率 62%（目標 70%）"],
                   ["方針", "引受保険会社の入札を実施", "手数料収入の目標 前年比 +5%",
                    "しののめ生命との取引シェアを 40%→25% に縮小"]],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the deck is stamped 社外秘 on its slides and footer and goes to an insurer",
)

add(  # 027 pass: seminar lecturer, agenda and unmarked deck
    sender=USAMI, to=[LECTURER], charset="utf-8",
    subject="10/18 セミナー 進行表と投影資料（弊社パート）",
    body=f"""ライフデザイン研究所
仁科 由紀子 先生

いつもお世話になっております。日の出産業の宇佐美です。
10月18日のセミナーの進行表と、冒頭の弊社パート（制度説明）の投影資料をお送りします。

13:30　開会あいさつ（総務部長）
13:35　弊社の団体保険制度のご説明（宇佐美・15分）
13:50　仁科先生ご講演「人生100年時代のお金と保険」（70分）
15:00　休憩
15:10　個別相談会（予約制、4ブース）
16:00　終了

当日は13:00に会場（さくらホテル3F 鳳凰の間）へお越しください。

{SIG_USAMI}
""",
    attachments=[{"kind": "pptx", "name": "団体保険制度のご案内_2025.pptx",
                  "slides": [["日の出産業の団体保険制度", "2025年度版"],
                             ["3つの制度", "団体定期保険（死亡・高度障害）", "団体医療保険（入院・手術）",
                              "GLTD（長期就業不能）"],
                             ["保険料の例（30歳・月額）", "団体定期 500万円：420円", "団体医療 日額5,000円：1,450円"]]}],
    expect="pass", entities=[], detectors=[],
    note="seminar running order and an unmarked product deck",
)

add(  # 028 stop: health insurance card symbol/number of two dependents
    sender=USAMI, to=[SHINO_KYUFU], charset="cp932",
    subject="家族型医療保険 ご家族追加の件（被保険者 宝田 悟 様）",
    body=f"""しののめ生命 給付金課 ご担当者様

日の出産業の宇佐美です。
家族型医療保険にご家族を追加するにあたり、被扶養者確認として健康保険証の情報が
必要とのことでしたので、ご本人から頂いた内容をお送りします。

被保険者：宝田 悟
追加する家族：
　宝田 郁美（妻）　1987年11月2日生　保険証 記号 4120 番号 318（枝番 01）
　宝田 蓮（長男）　2016年5月19日生　保険証 記号 4120 番号 318（枝番 02）
保険者：日の出産業健康保険組合（保険者番号 06271543）

{SIG_USAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="health insurance card 記号・番号 of two family members: an identity / social insurance number",
)

add(  # 029 pass: two employees' deduction discrepancy
    sender=MOMOSE, to=[SEIRAN_JIMU], charset="cp932",
    subject="10月分 保険料請求額と控除額の差異（2名）",
    body=f"""団体保険事務センター ご担当者様

お世話になっております。百瀬です。
10月分の保険料請求明細と弊社の給与控除額に差異が2件ありましたのでご確認ください。

  社員番号  氏名           請求額   控除額   差額
  --------  -------------  -------  -------  -----
  241377    秋葉 聡         2,100    1,680     420
  198025    瀬戸口 舞       1,260        0   1,260

秋葉さんは9月にコース変更（700万→1,000万）、瀬戸口さんは9月末で脱退の届出済みです。

{SIG_MOMOSE}
""",
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="two employees' deduction records: under the five-person threshold (may warn)",
)

add(  # 030 stop: forward of an employee's own mail about a cancer diagnosis
    sender=KASAI, to=[SHINO_KUWA], charset="iso-2022-jp",
    subject="転送: がん診断給付金について相談です",
    body=f"""桑原様

お世話になっております。葛西です。
弊社社員から下記の相談がありました。がん診断給付金と先進医療特約の対象になるか、
ご見解をいただけますでしょうか。

{SIG_KASAI}

---------- 転送メッセージ ----------
From: 早乙女 郁美 <saotome-i@hinode-sangyo.co.jp>
Date: 2025年11月4日(火) 9:12
Subject: がん診断給付金について相談です
To: 保険サービス課 <hoken@hinode-sangyo.co.jp>

お疲れさまです。経理課の早乙女です。
先月の人間ドックで要精密となり、10月28日に市民病院で右乳がん（ステージI）と
診断されました。12月に部分切除術、その後放射線治療の予定です。
陽子線治療も選択肢として説明されたのですが、先進医療特約は付いていたでしょうか。
申し訳ありませんがよろしくお願いします。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward: the employee's own cancer diagnosis is new text to the insurer",
)

add(  # 031 pass: business list of insurer branches (switchboards)
    sender=MORINAGA, to=["青葉運輸 総務部 <soumu@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="団体保険の事故受付窓口（各地区）のご案内",
    body=f"""青葉運輸株式会社 総務部 ご担当者様

いつもお世話になっております。日の出産業 保険サービス課の森永です。
グループ共通の団体保険について、各地区の保険会社窓口をまとめました。
従業員の方からのお問い合わせ先としてご活用ください。

・青嵐生命 川崎支社　　　044-211-5500（平日9:00～17:00）
・青嵐生命 横浜支社　　　045-662-1180
・しののめ生命 首都圏給付センター　0120-418-227
・みなと損保 GLTD事故受付　0120-77-3451
・みなと損保 北関東支店　027-330-6021

{SIG_MORINAGA}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of insurer offices and switchboards: businesses, not people",
)

add(  # 032 stop: seminar invitation with three group companies visible in To
    sender=USAMI,
    to=["川崎電機 人事部 <jinji@kawasaki-denki.co.jp>", "青葉運輸 総務部 <soumu@aoba-unyu.co.jp>",
        "北国フーズ 人事総務課 <hr@kitaguni-foods.co.jp>"], charset="utf-8",
    subject="【ご案内】グループ合同 保険・ライフプランセミナー（10/18）",
    body=f"""グループ各社 人事・総務ご担当者様

いつもお世話になっております。日の出産業 総務部 保険サービス課の宇佐美です。
本年も、グループ各社の従業員様を対象とした保険・ライフプランセミナーを開催いたします。

　日時：2025年10月18日（土）13:30～16:00
　会場：さくらホテル 3F 鳳凰の間
　講師：仁科 由紀子 氏（CFP®、ライフデザイン研究所）
　定員：各社15名程度（先着順）

社内でご周知いただき、参加希望者数を10月3日までにお知らせください。

{SIG_USAMI}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To: should have been Bcc",
)

add(  # 033 pass: the same kind of notice, but sent properly with Bcc
    sender=USAMI, to=[USAMI],
    bcc=["jinji@kawasaki-denki.co.jp", "soumu@aoba-unyu.co.jp", "hr@kitaguni-foods.co.jp",
         "jinji@nishiki-insatsu.co.jp", "soumu@hinata-kogyo.co.jp", "hr@kawabe-chemical.co.jp"],
    charset="iso-2022-jp",
    subject="【リマインド】保険・ライフプランセミナー 参加者数ご回答のお願い（10/3締切）",
    body=f"""グループ各社 ご担当者様
（BCCにて失礼いたします）

日の出産業 保険サービス課の宇佐美です。
先日ご案内したセミナーの参加者数のご回答期限が10月3日（金）に迫っております。
未回答の会社様はお手数ですがご返信ください。参加者0名の場合もご一報いただけると助かります。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=[],
    note="external recipients are all in Bcc; To is the sender herself",
)

add(  # 034 stop: one person's health-check values in running text, no labels
    sender=KASAI, to=[MINATO_TSUBOI], charset="iso-2022-jp",
    subject="GLTD 加入申込（引受確認）の件",
    body=f"""坪井様

お世話になっております。葛西です。
昨日お電話でご相談した設備保全課の能登さんの件です。
今年の健診は血圧162/98、空腹時血糖131、γ-GTP145で要精密検査、その後の
精密検査の結果はまだ出ていないそうです。本人は加入を強く希望していますが、
結果が出るまで申込を保留にした方がよいか、このまま告知して査定にかけた方がよいか
ご意見をいただけますか。

葛西
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="health-check results of one named employee in running text: 要配慮個人情報",
)

add(  # 035 pass: aggregate claim statistics (no person)
    sender=MORINAGA, to=[SEIRAN_SALES], charset="cp932",
    subject="団体医療 支払実績（2024年度）の集計",
    body=f"""佐伯様

お世話になっております。森永です。
更改協議の材料として、弊社側で集計した2024年度の支払実績をお送りします。
個人が特定されないよう、傷病分類別の件数のみとしております。

　傷病分類（ICD大分類）　　件数　支払額（千円）
　新生物（がん等）　　　　　 7　　　1,840
　循環器系の疾患　　　　　　 5　　　　 920
　消化器系の疾患　　　　　　11　　　　 760
　筋骨格系の疾患　　　　　　 9　　　　 690
　損傷・中毒（骨折等）　　　14　　　　 810
　妊娠・分娩関連　　　　　　 4　　　　 330
　その他　　　　　　　　　　 2　　　　 110
　合計　　　　　　　　　　　52　　　5,460

{SIG_MORINAGA}
""",
    expect="pass", entities=[], detectors=[],
    note="claim counts by disease category only; no identifiable person",
)

add(  # 036 stop: corrupt spreadsheet to the payroll outsourcer
    sender=MOMOSE, to=[PAYROLL], charset="cp932",
    subject="Re: 12月分 控除データ（再送）",
    body=f"""サポートご担当者様

百瀬です。ファイルが開けないとのこと、失礼しました。
保存し直したものを再送いたします。

{SIG_MOMOSE}

> 日の出産業 百瀬様
> 頂いたファイルがエラーで開けませんでした。お手数ですが再送をお願いします。
""",
    attachments=[{"kind": "corrupt", "name": "控除データ_202512.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached spreadsheet is corrupt and cannot be inspected",
)

add(  # 037 pass: registered-mail tracking number for the original forms
    sender=USAMI, to=[SEIRAN_JIMU], charset="iso-2022-jp",
    subject="告知書原本 発送のご連絡",
    body=f"""団体保険事務センター ご担当者様

日の出産業の宇佐美です。
11月受付分の告知書原本（17通）と加入申込書（17通）を本日、簡易書留で発送いたしました。

　お問い合わせ番号：3391-0478-2265
　到着予定：11月12日（水）

到着しましたらご一報いただけますと幸いです。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=[],
    note="a tracking number and a count of documents; no personal data",
)

add(  # 038 stop: look-alike of the system vendor's domain (letter dropped)
    sender=KASAI, to=["ほけんNavi サポート <hoken-support@tsubasa-sytem.jp>"], charset="utf-8",
    subject="【不具合】契約一覧画面で満期日の並び替えができない",
    body=f"""ツバサシステム ほけんNavi サポートご担当者様

いつもお世話になっております。日の出産業の葛西です。
契約一覧画面で「満期日」列のヘッダーをクリックしても並び替えが行われません。
（Ver.4.12.3、Edge 最新版、11/5 のアップデート以降に発生）
画面のキャプチャを添付しますのでご確認ください。

{SIG_KASAI}
""",
    attachments=[{"kind": "png", "name": "capture_keiyaku_ichiran.png"}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a look-alike of the partner tsubasa-system.jp",
)

_p039 = people(40)
add(  # 039 stop: unprotected ZIP with a CSV mailing list for personalised notices
    sender=USAMI, to=[NISHIKI], charset="cp932",
    subject="加入内容確認通知 印刷・封入のご依頼（データ送付）",
    body=f"""錦印刷株式会社
丸山様

お世話になっております。日の出産業の宇佐美です。
先日お見積りいただいた「団体保険 加入内容確認通知」の宛名・差込データを送付します。
今回は自宅送付希望者の40名分です。ZIPにCSV（Shift_JIS）を入れています。
11月20日発送でお願いいたします。

{SIG_USAMI}
""",
    attachments=[{"kind": "zip", "name": "kakunin_tsuchi_data.zip", "files": [{
        "kind": "csv", "name": "sashikomi_40.csv", "encoding": "cp932",
        "rows": [["郵便番号", "住所", "氏名", "団体定期", "団体医療", "がん"]]
                + [[p["zip"], p["addr"], p["name"] + " 様",
                    f"{rng.choice([300, 500, 1000])}万円", rng.choice(["日額5,000円", "日額10,000円", "未加入"]),
                    rng.choice(["加入", "未加入"])] for p in _p039]}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="ZIP with a CSV of 40 employees' home addresses and coverage: a list of people",
)

add(  # 040 either: to the employee's own private address, about her own hospital stay
    sender=USAMI, to=["ichinohe.tomomi@icloud.com"], charset="iso-2022-jp",
    subject="入院給付金のお支払いについて",
    body=f"""一戸 智美 様

保険サービス課の宇佐美です。
このたびは急性虫垂炎でのご入院、大変でしたね。その後お加減はいかがでしょうか。

ご提出いただいた請求書類で、しののめ生命での査定が完了しました。
　入院給付金　日額5,000円 × 6日 ＝ 30,000円
　手術給付金　50,000円
11月25日に給与振込口座へ入金される予定です。

会社のアドレスが使えない期間とのことでしたので、こちらにお送りしております。
どうぞお大事になさってください。

{SIG_USAMI}
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="a diagnosis goes outside, but only to the data subject herself at her own address: judgement call",
)

# ==========================================================================================
# 041–060
# ==========================================================================================


def corp_number(base12: str) -> str:
    """A 13-digit 法人番号: check digit in front of a 12-digit base."""
    total = sum(int(d) * (1 if n % 2 else 2)
                for n, d in enumerate(reversed(base12), 1))
    return str(9 - total % 9) + base12


HINODE_CORP = corp_number("020001048213")

add(  # 041 stop: look-alike of the partner hotel's domain (l → 1)
    sender=USAMI, to=["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"], charset="cp932",
    subject="Re: 10/18 鳳凰の間 お見積りの件",
    body=f"""さくらホテル 宴会予約 ご担当者様

お見積りありがとうございました。内容了解いたしました。
1点だけ変更をお願いします。お茶を50本から60本に増やしてください。
また、受付用に長机をもう1台追加いただけますでしょうか。

{SIG_USAMI}

> 日の出産業株式会社 宇佐美様
> 先日はご予約ありがとうございました。お見積書（No.Q-25-1042）を添付いたします。
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hote1.jp (digit one for l) is a look-alike of the partner sakura-hotel.jp",
)

add(  # 042 pass: English reply; the member's details are only in the quoted text
    sender="Chihiro Usami <usami-c@hinode-sangyo.co.jp>", to=[HARBOR], charset="utf-8",
    subject="Re: Claim HLA-C-88172 - additional documents",
    body=f"""Dear Priya,

Thank you. I have asked our Bangkok office to collect the itemised bill from the hospital
and send it to you directly. They expect to have it by Friday.

Best regards,
Chihiro

On Tue, 11 Nov 2025 at 10:05, Priya Raman <priya.raman@harborline-assurance.com> wrote:
> Dear Chihiro,
> Regarding the claim for Mr. Kenji Tsukumo (DOB 14/03/1979), admitted with dengue fever
> on 2 November, we still need the itemised hospital bill and the discharge summary.
> Kind regards, Priya
""",
    expect="pass", entities=[], detectors=[],
    note="the diagnosis and birth date are only in the quoted text after 'On … wrote:'",
)

add(  # 043 stop: residence card number of a foreign-national beneficiary
    sender=USAMI, to=[SEIRAN_JIMU], charset="utf-8",
    subject="受取人指定の件（外国籍の配偶者）",
    body=f"""団体保険事務センター ご担当者様

お世話になっております。日の出産業の宇佐美です。
被保険者 仲宗根 剛（社員番号 230914）の死亡保険金受取人を配偶者に指定する届出について、
配偶者の方が外国籍のため、本人確認情報を以下のとおりお知らせいたします。

　受取人氏名：NGUYEN THI LAN（グエン ティ ラン）
　続柄：妻
　生年月日：1994年2月17日
　在留カード番号：UH48201937LK
　在留期間満了日：2027年8月3日

書類に不足があればご連絡ください。

{SIG_USAMI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a beneficiary's 在留カード number: an identity document number",
)

add(  # 044 pass: one beneficiary record
    sender=MOMOSE, to=[SEIRAN_JIMU], charset="iso-2022-jp",
    subject="受取人変更（1件）のご連絡",
    body=f"""団体保険事務センター ご担当者様

百瀬です。受取人変更の届出が1件ありましたのでお知らせします。

・被保険者：月岡 拓（社員番号 184402）
・新受取人：月岡 綾乃（妻）、Ｈ５．１０．２２生
・変更理由：婚姻

届出書の原本は来週まとめて郵送します。

{SIG_MOMOSE}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one beneficiary's record (name, relation, birth date): below the list threshold, may warn",
)

add(  # 045 stop: 取扱注意 in the header of a Word memo
    sender=MORINAGA, to=[SEIRAN_SALES], charset="iso-2022-jp",
    subject="手数料体系見直しに関する当社要望",
    body=f"""佐伯様

いつもお世話になっております。森永です。
先日の打合せでお伝えした手数料体系の見直しについて、当社の要望を文書にまとめました。
社内決裁前の段階ですが、ご検討の参考にしていただければと思います。

{SIG_MORINAGA}
""",
    attachments=[{
        "kind": "docx", "name": "手数料体系見直し要望_v3.docx", "page_header": "取扱注意",
        "paragraphs": ["手数料体系見直しに関する要望（案）", "日の出産業株式会社 総務部 保険サービス課",
                       "1. 団体定期保険の事務手数料率を 3.0% から 3.5% へ",
                       "2. 団体医療保険の代理店手数料の成果連動部分（加入率 65% 超）の新設",
                       "3. 他社見積の状況：みなと損保より GLTD 手数料 12% の提示あり"],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the Word memo carries a 取扱注意 header on every page and goes to an insurer",
)

add(  # 046 pass: commission invoice with the company's T-number and bank account
    sender=MOMOSE, to=[SHINO_SALES], charset="cp932",
    subject="請求書送付のご案内（代理店手数料 2025年10月分）",
    body=f"""しののめ生命保険株式会社
代理店営業部 吉永様

お世話になっております。日の出産業の百瀬です。
2025年10月分の代理店手数料の請求書をお送りいたします。

　請求書番号：HS-INS-2510-031
　請求金額　：286,440円（税込）
　お支払期日：2025年11月28日
　振込先　　：みどり銀行 本店営業部 普通 1182034 ヒノデサンギョウ（カ
　登録番号　：T{HINODE_CORP}

ご査収のほど、よろしくお願いいたします。

{SIG_MOMOSE}
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-INS-2510-031.pdf",
                  "lines": ["請求書", "しののめ生命保険株式会社 御中", "請求書番号 HS-INS-2510-031",
                            "件名：代理店手数料（2025年10月分）", "金額：286,440円（税込）",
                            f"日の出産業株式会社　登録番号 T{HINODE_CORP}",
                            "振込先：みどり銀行 本店営業部 普通 1182034"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice with the company's own T-number and bank account; no person's data",
)

add(  # 047 stop: 極秘 stamp on top of the body, to the partner law firm
    sender=MORINAGA, to=["白川 弁護士 <shirakawa@shirakawa-law.jp>"], charset="iso-2022-jp",
    subject="保険代理店事業の移管スキームについてのご相談",
    body=f"""━━━━━━━━━━
　　極　秘
━━━━━━━━━━

白川法律事務所
白川 先生

いつも大変お世話になっております。日の出産業の森永でございます。

当社総務部の保険代理店事業を、2026年10月を目途に新設子会社
（仮称：日の出保険サービス株式会社）へ事業譲渡する案が検討されています。
保険業法上の代理店登録・募集人の再登録、既契約の代理店変更に伴う
顧客同意の要否について、一度ご相談の時間をいただけないでしょうか。

本件は現時点で役員と一部の担当者しか知らない情報ですので、
お取り扱いにご配慮をお願いいたします。

{SIG_MORINAGA}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail itself is stamped 極秘 and goes outside (even to the partner law firm)",
)

add(  # 048 pass: premium table to a retired employee's free-mail address
    sender=KASAI, to=["m.sagara1961@yahoo.co.jp"], charset="iso-2022-jp",
    subject="退職後の団体保険（継続コース）のご案内",
    body=f"""相良 様

ご無沙汰しております。保険サービス課の葛西です。
お問い合わせいただいた退職者向け継続コースの保険料表をお送りします。

　コース　　保険金額　　年払保険料（65～69歳）
　Ａ　　　　300万円　　　 58,200円
　Ｂ　　　　200万円　　　 38,800円
　Ｃ　　　　100万円　　　 19,400円

お申込みは退職日の前日までに、継続申込書をご提出ください。
不明な点はいつでもご連絡ください。

{SIG_KASAI}
""",
    attachments=[{"kind": "pdf", "name": "退職者継続コース_保険料表.pdf",
                  "lines": ["退職者団体定期保険（継続コース）保険料表", "年齢　Aコース　Bコース　Cコース",
                            "60～64歳　41,100円　27,400円　13,700円", "65～69歳　58,200円　38,800円　19,400円",
                            "70～74歳　86,700円　57,800円　28,900円"]}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a premium table to one free-mail recipient; no personal data",
)

add(  # 049 stop: three retirees on free mail, all visible in To
    sender=KASAI,
    to=["m.sagara1961@yahoo.co.jp", "hisako.kuramochi@gmail.com", "t-ebina.58@docomo.ne.jp"],
    charset="iso-2022-jp",
    subject="退職者団体保険 更新手続きのお知らせ",
    body=f"""退職者団体保険にご加入の皆様

いつもお世話になっております。日の出産業 保険サービス課の葛西です。
来年1月1日の更新にあたり、更新案内の書類を12月上旬にご自宅へお送りします。
住所が変わられた方は、11月末までにこのメールへの返信でお知らせください。

{SIG_KASAI}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons can see each other's addresses in To: should have been Bcc",
)

_p050 = people(20)
add(  # 050 stop: legacy XLS of 20 employees' life-insurance deduction amounts
    sender=MOMOSE, to=[PAYROLL], charset="cp932",
    subject="年末調整 生命保険料控除（団体扱い分）データ",
    body=f"""ペイロールパートナーズ サポートご担当者様

百瀬です。年末調整用の、団体扱いの生命保険料（一般・介護医療・個人年金）の
年間払込見込額データです。対象者20名分を送ります。

{SIG_MOMOSE}
""",
    attachments=[{"kind": "xls", "name": "seiho_kojo_nencho.xls", "sheets": {"団体扱い": [
        ["社員番号", "氏名", "一般生命(新)", "介護医療", "個人年金(新)"]]
        + [[p["emp"], p["name"], rng.choice([0, 10080, 25200, 50400]),
            rng.choice([0, 17400, 26760]), rng.choice([0, 0, 120000])] for p in _p050]}}],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="XLS of 20 employees' insurance premium figures for tax adjustment: a list of people",
)

_mn051 = [(p, mn(10 + i, "-")) for i, p in enumerate(people(6))]
add(  # 051 pass: internal — My Numbers of payees for payment records, to accounting
    sender=USAMI, to=["経理部 税務担当 <zeimu@hinode-sangyo.co.jp>"], charset="utf-8",
    subject="支払調書 作成用 受取人個人番号（2025年分）",
    body="税務担当 各位\n\n保険サービス課 宇佐美です。\n"
         "2025年分の保険金支払調書（代理店経由で会社が受取人となった分を除く）作成用に、"
         "受取人の個人番号を下記のとおり連携します。取扱いは個人番号取扱規程に従ってください。\n\n"
         + "\n".join(f"{p['name']}　{n}　{ymd(p)}" for p, n in _mn051)
         + "\n\n宇佐美（内線4415）\n",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="six My Numbers, but the only recipient is the internal tax section",
)

add(  # 052 stop: PDF application form with one asthma disclosure
    sender=KASAI, to=[MINATO_GLTD], charset="cp932",
    subject="GLTD 個別加入申込書の送付（1名）",
    body=f"""みなと損保 GLTD引受 ご担当者様

日の出産業の葛西です。
個別加入の申込書1名分をPDFでお送りします。告知事項に「はい」がありますので、
査定をお願いいたします。

{SIG_KASAI}
""",
    attachments=[{"kind": "pdf", "name": "GLTD_申込書_相馬.pdf", "title": "GLTD加入申込書",
                  "lines": ["団体長期障害所得補償保険 加入申込書 兼 告知書",
                            "契約者：日の出産業株式会社　証券番号：LT2210387",
                            "被保険者：相馬 亜紀（ソウマ アキ）　生年月日：1986年9月5日　女",
                            "所属：開発部　月額給与：412,000円　補償割合：60%",
                            "告知1（過去5年以内の入院・手術）：いいえ",
                            "告知2（過去2年以内の通院・投薬）：はい",
                            "　→ 気管支喘息　2019年～　吸入ステロイド継続使用　呼吸器内科 月1回通院",
                            "告知3（身体障害）：いいえ"]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's disclosure form in a PDF with an ongoing asthma treatment",
)

add(  # 053 stop: insurer in To, two other organisations in Cc — three visible
    sender=MORINAGA, to=[SHINO_KUWA],
    cc=["白川 弁護士 <shirakawa@shirakawa-law.jp>", MINATO_TSUBOI], charset="iso-2022-jp",
    subject="受付番号 C-25-0917 の件 三者協議の日程",
    body=f"""しののめ生命 桑原様
（cc：白川法律事務所 白川先生、みなと損保 坪井様）

お世話になっております。日の出産業の森永です。
受付番号 C-25-0917 の件につき、給付の重複調整について三者で協議したく存じます。
11月19日（水）15時から、弊社7F会議室でいかがでしょうか。
資料は当日配布いたします。

{SIG_MORINAGA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (two insurers and a law firm) visible in To/Cc",
)

add(  # 054 stop: the diagnosis is in the subject line
    sender=KASAI, to=[SEIRAN_SALES], charset="iso-2022-jp",
    subject="【至急】城之内 修 脳梗塞で緊急入院／保険料払込免除の可否",
    body=f"""佐伯様

葛西です。件名の件、取り急ぎご相談です。
払込免除特約の対象になるか、必要書類と合わせてお電話でご教示いただけますか。
本日は17時まで席におります（044-201-7730）。

{SIG_KASAI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="the subject names an employee and his stroke and hospital admission",
)

add(  # 055 pass: the word 機密 is only mentioned (secure transfer notice)
    sender=MORINAGA, to=[SEIRAN_SALES], cc=[SEIRAN_UW], charset="iso-2022-jp",
    subject="告知書等の送付方法変更（PPAP廃止）のお知らせ",
    body=f"""青嵐生命保険株式会社
佐伯様、水野様

いつもお世話になっております。森永です。
12月1日より、告知書・診断書など機密性の高い書類の送付は、パスワード付きZIPを
廃止し、御社の「団体保険 書類アップロードサービス」経由に切り替えます。
メールでは件数とアップロード完了のお知らせのみをお送りいたします。

切替に伴い、アップロード用アカウントを3名分（葛西・宇佐美・百瀬）発行いただけますでしょうか。

{SIG_MORINAGA}
""",
    expect="pass", entities=[], detectors=[],
    note="the word 機密 is only mentioned in running text; no marking, no personal data",
)

add(  # 056 stop: crime victim — injured in an assault, accident-insurance claim
    sender=USAMI, to=[MINATO_TSUBOI], charset="utf-8",
    subject="団体傷害保険 事故報告（被保険者 水無瀬 碧）",
    body=f"""みなと損保 坪井様

お世話になっております。宇佐美です。
団体傷害保険の事故報告です。

被保険者：水無瀬 碧（物流課）
事故日時：2025年11月1日 22時頃
状況：帰宅途中、JR武蔵小杉駅付近の路上で見知らぬ男性に突然殴られ、顔面を負傷。
　　　中原警察署に被害届を提出済み（受理番号は本人が保管）。
傷病：鼻骨骨折、左眼窩打撲。11/2～11/5 入院、その後通院中。

通院保険金の請求書類一式をご送付いただけますでしょうか。

{SIG_USAMI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee who was the victim of a crime, with injuries and hospital stay",
)

add(  # 057 stop: religious belief (refusal of transfusion) of a named employee
    sender=KASAI, to=[SHINO_KUWA], charset="iso-2022-jp",
    subject="Re: 手術給付金 事前照会（帯刀様）",
    body=f"""桑原様

ご照会の件、ご本人の了承を得てお答えします。
帯刀 典子さんが県外の病院で手術を受けるのは、信仰上の理由で輸血を受けられないため、
無輸血手術に対応している病院を選んだためです。術式は子宮全摘術（腹腔鏡）と伺っています。
入院先が遠方であること自体に特段の事情はございません。

{SIG_KASAI}

> 日の出産業 葛西様
> 帯刀様の手術予定先が県外の医療機関となっている理由をお聞かせください。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new text reveals a named employee's religious belief and planned surgery",
)

add(  # 058 pass: seminar questionnaire, aggregated
    sender=USAMI, to=[LECTURER], charset="cp932",
    subject="10/18 セミナー アンケート集計結果",
    body=f"""仁科先生

先日はご登壇いただきありがとうございました。アンケートの集計結果をお送りします。

　回答数：41名（参加者44名）
　満足度：大変満足 23／満足 15／普通 3／不満 0
　役に立った内容（複数回答）：
　　公的保障（高額療養費・遺族年金）の説明　34
　　必要保障額の考え方　29
　　iDeCo・NISA との関係　22
　自由記述（抜粋）：「公的保障の話をもっと聞きたい」「個別相談の枠を増やしてほしい」

次年度もぜひよろしくお願いいたします。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate survey results; no person identifiable",
)

_p059 = people(9)
add(  # 059 stop: tab-separated list of nine leavers with birth dates
    sender=MOMOSE, to=[SEIRAN_JIMU], charset="cp932",
    subject="団体定期保険 脱退者（10月退職者）のご連絡",
    body="団体保険事務センター ご担当者様\n\n日の出産業の百瀬です。\n"
         "10月末退職に伴う脱退者9名です。11月分より保険料請求の停止をお願いします。\n\n"
         "社員番号\t氏名\t生年月日\t退職日\t継続希望\n"
         + "\n".join(f"{p['emp']}\t{p['name']}\t{wareki(*p['dob'], short=True)}\t2025/10/31\t"
                     f"{rng.choice(['なし', 'なし', 'あり'])}" for p in _p059)
         + f"\n\n{SIG_MOMOSE}\n",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="nine leavers with 和暦 birth dates pasted tab-separated: a list of people",
)

add(  # 060 pass: four attendees with mobile numbers to a group company
    sender=USAMI, to=["川崎電機 人事部 <jinji@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="Re: セミナー当日の緊急連絡先",
    body=f"""川崎電機 人事部 ご担当者様

ご連絡ありがとうございます。
当日の弊社スタッフの緊急連絡先は以下のとおりです。何かあればこちらへお願いします。

・宇佐美 千尋　090-3318-7024
・百瀬 航　　　080-6620-1395
・葛西 拓真　　070-2284-5561
・森永 里美　　080-4471-2093

{SIG_USAMI}

> 日の出産業 宇佐美様
> 当日、参加者が遅刻などする場合の連絡先を教えてください。
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's mobile numbers to one partner: under the list threshold, may warn",
)

# ==========================================================================================
# 061–080
# ==========================================================================================

add(  # 061 stop: look-alike of the partner's domain (.com instead of .co.jp)
    sender=MORINAGA, to=["川崎電機 人事部 <jinji@kawasaki-denki.com>"], charset="iso-2022-jp",
    subject="グループ団体保険 2026年度 加入勧奨スケジュール",
    body=f"""川崎電機株式会社 人事部 ご担当者様

いつもお世話になっております。日の出産業 保険サービス課の森永です。
2026年度の団体保険 加入勧奨のスケジュール案をお送りします。

　1月13日～2月6日　募集期間（社内ポータル・紙申込）
　1月下旬　　　　　川崎工場・本社で説明会（各2回）
　2月20日　　　　　申込締切後の告知書 確認
　4月1日　　　　　 保険期間開始（4月給与から控除）

説明会の会場手配について、ご協力をお願いできれば幸いです。

{SIG_MORINAGA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denki.com is a TLD-swapped look-alike of the partner kawasaki-denki.co.jp",
)

add(  # 062 pass: forward of an insurer's product notice to one group company
    sender=USAMI, to=["北国フーズ 人事総務課 <hr@kitaguni-foods.co.jp>"], charset="utf-8",
    subject="FW: 【商品改定のお知らせ】団体医療保険 先進医療特約の保障拡大",
    body=f"""北国フーズ 人事総務課 ご担当者様

お世話になっております。日の出産業の宇佐美です。
しののめ生命から下記の案内がありましたので、転送いたします。
既加入の方は手続き不要で、2026年4月以降の治療から自動的に対象となります。

{SIG_USAMI}
""",
    attachments=[{"kind": "eml", "name": "商品改定のお知らせ.eml", "message": {
        "sender": SHINO_SALES, "to": [USAMI], "charset": "iso-2022-jp",
        "subject": "【商品改定のお知らせ】団体医療保険 先進医療特約の保障拡大",
        "body": """代理店各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2026年4月1日より、団体医療保険の先進医療特約について以下のとおり改定いたします。

・通算限度額：2,000万円 → 3,000万円
・先進医療一時金：1回につき15万円を新設（年1回限度）
・保険料：据え置き

詳細は添付の代理店向け資料（商品コード GM-ADV-26）をご覧ください。

しののめ生命保険株式会社 代理店営業部
"""}}],
    expect="pass", entities=[], detectors=[],
    note="forward of an insurer's product notice: new text, but no personal data",
)

_p063 = people(10)
add(  # 063 stop: forwarding an internal mail (attached) that holds ten employees' deductions
    sender=MOMOSE, to=[SEIRAN_JIMU], charset="cp932",
    subject="FW: 11月控除 不一致者リスト",
    body=f"""団体保険事務センター ご担当者様

百瀬です。給与課から回ってきた不一致者リストを転送します。
御社請求データとの突合をお願いできますか。

{SIG_MOMOSE}
""",
    attachments=[{"kind": "eml", "name": "11月控除 不一致者リスト.eml", "message": {
        "sender": "小野寺 恵 <onodera-m@hinode-sangyo.co.jp>", "to": [MOMOSE], "charset": "cp932",
        "subject": "11月控除 不一致者リスト",
        "body": "百瀬さん\n\n給与課の小野寺です。11月給与で、保険料控除額が前月と変わった方のうち、"
                "届出が確認できない方のリストです。\n\n"
                + f"{pad('社員番号', 10)}{pad('氏名', 16)}{pad('10月', 8)}{pad('11月', 8)}所属\n"
                + "-" * 56 + "\n"
                + "\n".join(f"{pad(p['emp'], 10)}{pad(p['name'], 16)}{pad(format(a, ','), 8)}"
                            f"{pad(format(b, ','), 8)}{p['dept']}"
                            for p, a, b in [(p, rng.choice([840, 1260, 1680, 2100]),
                                             rng.choice([0, 1260, 2520, 3150])) for p in _p063])
                + "\n\nよろしくお願いします。\n小野寺\n"}}],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="an attached (forwarded) mail with ten employees' deduction records goes to the insurer",
)

add(  # 064 pass: text + HTML newsletter about a product, to one group company
    sender=USAMI, to=["青葉運輸 総務部 <soumu@aoba-unyu.co.jp>"], charset="utf-8",
    subject="保険だより 2025年冬号（がん保険の新商品のご紹介）",
    body="""青葉運輸 総務部 ご担当者様

保険だより 2025年冬号をお届けします（HTML形式でご覧いただけない場合はこちらの本文をご覧ください）。

■ がん保障保険「CN-2 プラス」発売
　・がん診断一時金 100万円（2年に1回、回数無制限）
　・通院治療給付 日額1万円
　・30歳男性 月額 1,980円～

■ 年末調整の生命保険料控除証明書について
　団体扱い分は会社でまとめて処理します。個人で加入の分は証明書を各自ご提出ください。

日の出産業株式会社 総務部 保険サービス課
""",
    html="""<html><body>
<h2 style="color:#2a5d9f">保険だより 2025年冬号</h2>
<h3>がん保障保険「CN-2 プラス」発売</h3>
<ul><li>がん診断一時金 100万円（2年に1回、回数無制限）</li>
<li>通院治療給付 日額1万円</li><li>30歳男性 月額 1,980円～</li></ul>
<h3>年末調整の生命保険料控除証明書について</h3>
<p>団体扱い分は会社でまとめて処理します。個人で加入の分は証明書を各自ご提出ください。</p>
<p style="font-size:9pt">日の出産業株式会社 総務部 保険サービス課</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="product newsletter in text and HTML; no personal data",
)

_mn065 = people(6)
add(  # 065 stop: XLSX of six payees' My Numbers for the insurer's payment records
    sender=USAMI, to=[SHINO_KUWA], charset="utf-8",
    subject="支払調書作成用 個人番号の提供（6件）",
    body=f"""桑原様

お世話になっております。宇佐美です。
満期保険金・解約返戻金の支払調書作成に必要な個人番号6件分をまとめました。
ファイルを添付いたしますのでご確認ください。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "個人番号提供_6件.xlsx", "sheets": {
        "提供": [["支払調書用 個人番号一覧（日の出産業 代理店コード D-40155）"],
                 ["証券番号", "受取人氏名", "生年月日", "個人番号", "支払事由"]]
                + [[f"SL-77{rng.randint(10000, 99999)}", p["name"], wareki(*p["dob"]),
                    mn(20 + i), rng.choice(["満期", "解約"])] for i, p in enumerate(_mn065)]}}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="spreadsheet of six people's マイナンバー sent to an insurer",
)

_p066 = people(7)
add(  # 066 pass: internal subdomain — claims list to the HR director
    sender=KASAI, to=["人事部長 <jinji-bucho@mail.hinode-sangyo.co.jp>"], cc=[MORINAGA],
    charset="iso-2022-jp",
    subject="長期休職者の団体保険（GLTD）給付状況",
    body="人事部長\n\nお疲れさまです。保険サービス課の葛西です。\n"
         "ご依頼のあった、現在GLTDの給付を受けている休職者の一覧です。\n\n"
         + "\n".join(f"・{p['name']}（{p['dept']}）　{dx}　休職開始 {st}　給付月額 {amt:,}円"
                     for p, dx, st, amt in zip(
                         _p066, ["うつ病", "脳出血後遺症", "大腸がん", "適応障害", "統合失調症",
                                 "心筋梗塞", "双極性障害"],
                         ["2024/2/1", "2023/9/15", "2025/1/6", "2025/3/1", "2022/11/1",
                          "2025/5/20", "2024/7/8"],
                         [186000, 241000, 198000, 172000, 155000, 263000, 204000]))
         + "\n\n社内限りでお願いします。\n葛西\n",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="seven employees' diagnoses, but the recipients are internal (subdomain included)",
)

add(  # 067 stop: "Confidential" page header on an otherwise aggregate census file
    sender="Chihiro Usami <usami-c@hinode-sangyo.co.jp>", to=[HARBOR], charset="utf-8",
    subject="2026 renewal - claims experience by benefit",
    body=f"""Dear Priya,

Please find attached our claims experience for 2023-2025 by benefit type, as discussed
on our call. These are totals only.

Best regards,
{SIG_EN}
""",
    attachments=[{"kind": "xlsx", "name": "claims_experience_2023-2025.xlsx",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
                  "sheets": {"Summary": [
                      ["CONFIDENTIAL - Hinode Sangyo - claims experience (totals)"],
                      ["Year", "Inpatient", "Outpatient", "Maternity", "Evacuation", "Total USD"],
                      [2023, 14, 212, 3, 0, 184300], [2024, 19, 240, 2, 1, 251900],
                      [2025, 11, 198, 4, 0, 162450]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the spreadsheet is classified CONFIDENTIAL (title row and page header) and goes outside",
)

add(  # 068 pass: blank disclosure form template to the printer (questions only)
    sender=USAMI, to=[NISHIKI], charset="cp932",
    subject="告知書（団体医療）様式改定 版下データのご送付",
    body=f"""錦印刷 丸山様

お世話になっております。宇佐美です。
団体医療保険の告知書の様式を改定しましたので、版下データをお送りします。
複写式（2枚綴り）、A4、5,000部でお見積りをお願いいたします。

{SIG_USAMI}
""",
    attachments=[{"kind": "docx", "name": "告知書_団体医療_2026様式.docx",
                  "paragraphs": ["団体医療保険 告知書（2026年4月改定）",
                                 "被保険者氏名：＿＿＿＿＿＿＿＿　生年月日：＿＿年＿＿月＿＿日",
                                 "1. 最近3か月以内に、医師の診察・検査・治療・投薬を受けたことがありますか。",
                                 "2. 過去5年以内に、病気やけがで7日以上の入院または手術を受けたことがありますか。",
                                 "3. 過去5年以内に、がん・心筋梗塞・脳卒中・糖尿病・肝硬変・うつ病で"
                                 "医師の診察・治療を受けたことがありますか。",
                                 "4. 現在、身体に障害がありますか。",
                                 "署名欄：＿＿＿＿＿＿＿＿"]}],
    expect="pass", entities=[], detectors=[],
    note="a blank form: disease words but no answers and no person",
)

add(  # 069 stop: medical certificate details for a total-disability claim (DOCX)
    sender=MORINAGA, to=[SEIRAN_UW], charset="utf-8",
    subject="高度障害保険金 請求のご相談（診断書写し添付）",
    body=f"""水野様

いつもお世話になっております。森永です。
団体定期保険の高度障害保険金について、請求前に該当性のご見解を伺いたく、
主治医の診断書の記載事項を書き起こしたものを添付いたします。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "docx", "name": "診断書記載事項_秋葉.docx",
                  "paragraphs": ["診断書（写し・書き起こし）"],
                  "tables": [[["項目", "内容"],
                              ["氏名", "秋葉 実（アキバ ミノル）"],
                              ["生年月日", "昭和41年12月8日"],
                              ["傷病名", "筋萎縮性側索硬化症（ALS）"],
                              ["初診日", "2023年5月16日"],
                              ["現症", "四肢筋力低下著明、歩行不能、食事・排泄に全介助を要する"],
                              ["今後の見通し", "回復の見込みなし"],
                              ["医療機関", "川崎北部神経内科病院"]]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a medical certificate transcription for one named employee: diagnosis and condition",
)

add(  # 070 pass: surrender value quote by policy number only
    sender=KASAI, to=[SEIRAN_SALES], charset="iso-2022-jp",
    subject="解約返戻金 試算のお願い（3契約）",
    body=f"""佐伯様

お世話になっております。葛西です。
以下3契約について、12月末時点の解約返戻金の試算をお願いできますでしょうか。
契約者からの相談で、払済保険への変更と比較したいとのことです。

　SL-7728410（終身保険 WL-4）
　SL-7729033（終身保険 WL-4）
　SL-7730552（養老保険 EN-1）

{SIG_KASAI}
""",
    expect="pass", entities=[], detectors=[],
    note="policy numbers and product codes only; no personal data",
)

add(  # 071 stop: kana names with full-width mobile numbers (7 new hires)
    sender=MOMOSE, to=[SHINO_SALES], charset="iso-2022-jp",
    subject="新入社員 個別相談 希望者の連絡先",
    body=f"""吉永様

百瀬です。先日の新入社員研修で個別相談を希望した方の連絡先です。
ご本人たちの了解は取っていますので、日程調整のご連絡をお願いします。
（平日は18時以降が良いそうです）

ササキ ユウト　　０８０－２２４１－６６０３
ミヤベ ハルカ　　０９０－７７１２－０４５８
コンドウ リク　　０７０－３１０５－８８２９
オオツカ メイ　　０９０－４４６８－２１７０
タナハシ ソウタ　０８０－９９０３－４１１２
ヒラノ ユイ　　　０７０－５５２７－３０６４
イシバシ カイト　０９０－１８３６－７７５１

{SIG_MOMOSE}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven people's names in kana with full-width mobile numbers: a list of people",
)

_p072 = people(5)
add(  # 072 stop: five address changes, one block per person
    sender=USAMI, to=[SEIRAN_JIMU], charset="cp932",
    subject="住所変更届（5名分）のご連絡",
    body="団体保険事務センター ご担当者様\n\n日の出産業の宇佐美です。\n"
         "個人契約（団体扱い）の住所変更届を5名分お預かりしました。内容は以下のとおりです。\n\n"
         + "\n".join(f"【{i}】{p['name']}（{p['kana']}）\n　新住所：〒{p['zip']} {p['addr']}\n"
                     f"　電話　：{p['tel']}\n" for i, p in enumerate(_p072, 1))
         + f"\n原本は別途お送りします。\n\n{SIG_USAMI}\n",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's home addresses and phones, one block each: meets the five-person list threshold",
)

_p073 = people(3)
add(  # 073 pass: three address changes (under threshold)
    sender=USAMI, to=[SHINO_KYUFU], charset="utf-8",
    subject="送付先住所の変更（3名）",
    body="しののめ生命 ご担当者様\n\n宇佐美です。給付金の支払通知の送付先変更が3件あります。\n\n"
         + "\n".join(f"{p['name']}様 → {p['zip']} {p['addr']}" for p in _p073)
         + f"\n\nお手数ですが、ご対応をお願いいたします。\n\n{SIG_USAMI}\n",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="three people's addresses: fewer than five records, may warn",
)

add(  # 074 stop: password-protected PDF of a medical certificate
    sender=KASAI, to=[SHINO_KYUFU], charset="iso-2022-jp",
    subject="診断書（受付番号 C-25-1133）",
    body=f"""給付金課 ご担当者様

葛西です。ご依頼の診断書をPDFでお送りします。
パスワードはいつものものです。

{SIG_KASAI}
""",
    attachments=[{"kind": "pdf", "name": "shindansho_C-25-1133.pdf", "password": "hinode1133",
                  "lines": ["診断書", "氏名 目黒 菜摘", "病名 卵巣嚢腫", "手術 腹腔鏡下卵巣嚢腫摘出術"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF: the attachment cannot be inspected",
)

_p075 = people(6)
add(  # 075 either: booking list for the individual consultation booths (names, section, slot)
    sender=USAMI, to=[LECTURER], charset="cp932",
    subject="10/18 個別相談会 予約状況",
    body="仁科先生\n\nお世話になっております。宇佐美です。\n"
         "個別相談会の予約が先生のブース分で6枠埋まりましたのでお知らせします。\n\n"
         + "\n".join(f"　{t}　{p['name']}（{p['dept']}）　テーマ：{th}" for t, p, th in zip(
             ["15:10", "15:20", "15:30", "15:40", "15:50", "16:00"], _p075,
             ["教育資金と保障の見直し", "住宅購入と団信", "老後資金", "共働き夫婦の保障",
              "iDeCoの始め方", "親の介護と保険"]))
         + f"\n\n当日はよろしくお願いいたします。\n\n{SIG_USAMI}\n",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six employees' names, sections and consultation topics to the lecturer who will see them: thin records, borderline",
)

add(  # 076 stop: English — passport number of an expat's spouse
    sender="Chihiro Usami <usami-c@hinode-sangyo.co.jp>", to=[HARBOR], charset="utf-8",
    subject="Addition of dependant - member HLA-GM-20931-022",
    body=f"""Dear Priya,

Please add the following dependant to our expatriate medical plan with effect from
1 December 2025:

  Member:     Ryo Sogo (HLA-GM-20931-022), Ho Chi Minh City
  Dependant:  Mayumi Sogo, spouse
  DOB:        1991-07-30
  Passport:   TR5820417 (Japan), expires 2032-04-11
  Arrival in Vietnam: 24 November 2025

She has no pre-existing conditions to declare. The signed enrolment form will follow by
courier.

Best regards,
{SIG_EN}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a spouse's passport number and birth date: an identity document number",
)

add(  # 077 pass: exam registration for two agents (names only)
    sender=MORINAGA, to=["生命保険募集人研修センター <shiken@boshunin-kenshu.or.jp>"],
    charset="iso-2022-jp",
    subject="変額保険販売資格試験 受験申込（2名）",
    body=f"""生命保険募集人研修センター 試験係 御中

日の出産業株式会社（代理店コード D-40155）の森永でございます。
1月度の変額保険販売資格試験に、弊社から葛西・百瀬の2名を申し込みます。
受験会場は川崎会場を希望いたします。申込書は別途郵送いたします。

{SIG_MORINAGA}
""",
    expect="pass", entities=[], detectors=[],
    note="two staff names for an exam registration, with no other data about them",
)

add(  # 078 stop: driver's licence number for identity verification
    sender=KASAI, to=[SEIRAN_JIMU], charset="cp932",
    subject="証券再発行 本人確認について（SL-7731092）",
    body=f"""団体保険事務センター ご担当者様

お世話になっております。葛西です。
証券番号 SL-7731092 の保険証券再発行の件、本人確認書類として運転免許証を
確認しましたので、記載事項をお知らせします。

　氏名　帯刀 典子
　生年月日　昭和47年4月30日
　免許証番号　第 {zen('305119826140')} 号
　住所　神奈川県川崎市宮前区宮崎4-17-3

写しの送付が必要でしたらお知らせください。

{SIG_KASAI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a driver's licence number (full-width) with name, birth date and address",
)

add(  # 079 stop: text + HTML — spouse's disclosure: pregnancy and past caesarean section
    sender=USAMI, to=[SEIRAN_UW], charset="utf-8",
    subject="配偶者加入 告知内容のご確認（被保険者：甲斐 香織様）",
    body="""水野様

お世話になっております。宇佐美です。
配偶者コースへの加入申込（被保険者：甲斐 香織様、社員 甲斐 翔太の妻）について、
告知内容を確認したところ以下のとおりでした。引受可否をご教示ください。

・現在妊娠中（24週）、2026年2月出産予定
・2021年に帝王切開で第1子を出産
・その他、通院・投薬なし

宇佐美
""",
    html="""<html><body><p>水野様</p><p>お世話になっております。宇佐美です。<br>
配偶者コースへの加入申込（被保険者：<b>甲斐 香織様</b>、社員 甲斐 翔太の妻）について、
告知内容を確認したところ以下のとおりでした。引受可否をご教示ください。</p>
<ul><li>現在妊娠中（24週）、2026年2月出産予定</li><li>2021年に帝王切開で第1子を出産</li>
<li>その他、通院・投薬なし</li></ul><p>宇佐美</p></body></html>""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named spouse's pregnancy and caesarean history sent to the insurer",
)

add(  # 080 pass: two organisations (insurer and system vendor) in To/Cc
    sender=KASAI, to=[SEIRAN_SALES], cc=[TSUBASA], charset="iso-2022-jp",
    subject="契約データ連携（CSV）仕様のすり合わせ",
    body=f"""青嵐生命 佐伯様
ツバサシステム ご担当者様

お世話になっております。葛西です。
青嵐生命様の代理店向け契約データ（月次CSV）を「ほけんNavi」に取り込む件で、
項目定義のすり合わせをお願いしたくご連絡しました。

　・文字コード：Shift_JIS → UTF-8（BOMなし）への変更予定の有無
　・証券番号の桁数（10桁→12桁化の時期）
　・日付項目の形式（YYYYMMDD か YYYY/MM/DD か）

ご回答はこのメールへの全員返信でお願いいたします。

{SIG_KASAI}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc about a file spec; no personal data",
)

# ==========================================================================================
# 081–100
# ==========================================================================================

add(  # 081 stop: reply whose new text adds one person's disability certificate
    sender=MOMOSE, to=[SEIRAN_UW], charset="iso-2022-jp",
    subject="Re: 中途加入者の告知確認（追加1名）",
    body=f"""水野様

百瀬です。確認が漏れておりました1名について追記いたします。

　勅使河原 優（社員番号 260118）
　身体障害者手帳 4級（左下肢機能障害、2015年交付）。現在通院はしていないとのことです。

上記以外の方は前回お送りした内容から変更ありません。
失礼いたしました。

百瀬

> 百瀬様
> 中途加入者のうち、告知書第4問（身体の障害）が未記入の方が1名いらっしゃいます。
> ご確認のうえご回答ください。
> 青嵐生命 引受査定課 水野
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new text discloses one named employee's physical disability: 要配慮個人情報",
)

add(  # 082 pass: premium totals to the payroll outsourcer (no persons)
    sender=MOMOSE, to=[PAYROLL], charset="cp932",
    subject="12月分 団体保険料 控除総額の確認",
    body=f"""ペイロールパートナーズ サポートご担当者様

百瀬です。12月分の控除結果のサマリーを確認しました。こちらの集計と一致しています。

　団体定期　　　1,214件　　1,663,820円
　団体医療　　　　806件　　1,418,560円
　がん保険　　　　377件　　　369,460円
　合計　　　　　　　　　　　3,451,840円

保険会社への送金は12月26日に行います。ありがとうございました。

{SIG_MOMOSE}
""",
    expect="pass", entities=[], detectors=[],
    note="totals and counts only; no person's record",
)

_p083 = people(5)
add(  # 083 stop: PDF table of five re-disclosure results with conditions
    sender=KASAI, to=[SEIRAN_UW], charset="utf-8",
    subject="増額時の再告知 結果一覧（5名）",
    body=f"""水野様

お世話になっております。葛西です。
保険金額の増額を申し込んだ5名の再告知結果をPDFにまとめました。
「告知あり」の方は内容欄をご確認ください。

{SIG_KASAI}
""",
    attachments=[{"kind": "pdf", "name": "再告知結果_5名.pdf", "title": "再告知結果一覧",
                  "lines": ["団体定期保険 増額申込 再告知結果一覧（契約番号 GT-4471092）", ""],
                  "table": [["社員番号", "氏名", "生年月日", "告知", "内容"]]
                  + [[p["emp"], p["name"], ymd(p, "."), k, c] for p, (k, c) in zip(_p083, [
                      ("なし", ""), ("あり", "痛風 服薬中（フェブキソスタット）"),
                      ("なし", ""), ("あり", "2024年 狭心症 カテーテル治療"),
                      ("あり", "睡眠時無呼吸症候群 CPAP使用")])]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of five employees with birth dates and three medical disclosures",
)

add(  # 084 pass: payment notice to the hotel (invoice number, amount)
    sender=USAMI, to=[HOTEL], charset="iso-2022-jp",
    subject="お振込完了のご連絡（請求書 No.INV-25-10871）",
    body=f"""さくらホテル ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
10月18日の会場ご利用分、下記のとおりお振込いたしました。

　請求書番号：INV-25-10871
　金額　　　：187,550円
　振込日　　：2025年11月14日

セミナーは無事終了し、参加者からも会場の評判が良かったです。
ありがとうございました。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=[],
    note="a payment notice with an invoice number; no personal data",
)

add(  # 085 stop: no name, but employee number + section identify the person with a diagnosis
    sender=KASAI, to=[MINATO_GLTD], charset="iso-2022-jp",
    subject="GLTD 免責期間の起算日についての確認",
    body=f"""みなと損保 GLTD ご担当者様

葛西です。次の方の免責期間の起算日について確認させてください。

社員番号 219947（川崎工場 製造一課、40代男性）
適応障害で2025年8月4日から有給休暇を消化、9月1日から休職に入りました。
8月中も主治医の「就労不可」の診断書が出ています。
この場合、免責期間（180日）は8月4日起算と9月1日起算のどちらになりますでしょうか。

葛西
""",
    expect="stop", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="no name, but the employee number (known to the insurer) ties a mental-health diagnosis to one person",
)

add(  # 086 pass: list of medical institutions (businesses) with addresses and phones
    sender=USAMI, to=["北国フーズ 人事総務課 <hr@kitaguni-foods.co.jp>"], charset="utf-8",
    subject="先進医療（陽子線治療）実施医療機関のご案内",
    body=f"""北国フーズ 人事総務課 ご担当者様

お世話になっております。宇佐美です。
従業員の方からお問い合わせのあった、先進医療特約の対象となる陽子線治療の
実施医療機関（関東近郊）を保険会社資料から抜粋しました。

・湘南陽子線治療センター　〒251-0041 神奈川県藤沢市辻堂神台9-1-1　0466-90-2210
・北関東粒子線医療センター　〒370-0001 群馬県高崎市中居町8-20　027-370-5511
・千葉湾岸がんセンター 陽子線科　〒261-0004 千葉県千葉市美浜区高洲7-3-2　043-270-8800
・つくば先端医療病院　〒305-0005 茨城県つくば市天久保6-2-4　029-850-3120
・多摩粒子線クリニック　〒190-0012 東京都立川市曙町5-15-1　042-595-7720

治療内容や費用は各医療機関に直接ご確認いただくようお伝えください。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of hospitals with their addresses and switchboards: businesses, not people",
)

add(  # 087 stop: look-alike of the printer's domain (co. dropped)
    sender=USAMI, to=["錦印刷 丸山 <maruyama@nishiki-insatsu.jp>"], charset="cp932",
    subject="保険フェア用リーフレット 校正の戻し",
    body=f"""錦印刷 丸山様

お世話になっております。宇佐美です。
リーフレットの初校、確認しました。修正点は以下の3点です。

1. 表紙のキャッチコピー「もしもの時に、いつもの安心」→「もしもに備える、いつもの安心」
2. P2 保険料例の注記に「※2025年10月現在」を追記
3. 裏表紙の問い合わせ先の内線番号 4412 → 4415

再校は11月17日までにいただけますと助かります。

{SIG_USAMI}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatsu.jp (co. dropped) is a look-alike of the partner nishiki-insatsu.co.jp",
)

add(  # 088 pass: English — asking for the provider network list
    sender="Chihiro Usami <usami-c@hinode-sangyo.co.jp>", to=[HARBOR], charset="utf-8",
    subject="Direct-billing hospitals in Hanoi and Ho Chi Minh City",
    body=f"""Dear Priya,

Our staff in Vietnam have asked which hospitals accept direct billing under our plan
(policy HLA-GM-20931). Could you send us the current provider network list for Hanoi and
Ho Chi Minh City, and the 24-hour assistance number we should print on the member cards?

Many thanks,
{SIG_EN}
{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary English business mail with a policy number and the standard disclaimer",
)

_p089 = people(12)
add(  # 089 stop: UTF-8 CSV of employees with their spouses' names and birth dates
    sender=MOMOSE, to=[SEIRAN_JIMU], charset="utf-8",
    subject="配偶者コース 加入者データ（2026年4月更改分）",
    body=f"""団体保険事務センター ご担当者様

百瀬です。配偶者コースの新規加入者データ（12件）をCSVでお送りします。
文字コードはご指定どおり UTF-8 にしています。

{SIG_MOMOSE}
""",
    attachments=[{"kind": "csv", "name": "haigusha_shinki_2026.csv", "encoding": "utf-8",
                  "rows": [["社員番号", "社員氏名", "配偶者氏名", "配偶者生年月日", "保険金額"]]
                  + [[p["emp"], p["name"],
                      p["name"].split()[0] + " " + rng.choice(FEMALE if p["sex"] == "男" else MALE)[0],
                      f"{rng.randint(1965, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      rng.choice([200, 300, 500])] for p in _p089]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CSV of twelve employees and their spouses' birth dates: a list of people",
)

add(  # 090 pass: one insurer contact person's business details
    sender=MORINAGA, to=["青葉運輸 総務部 <soumu@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="青嵐生命 担当者交代のお知らせ",
    body=f"""青葉運輸 総務部 ご担当者様

お世話になっております。森永です。
青嵐生命の法人営業のご担当が12月1日付で交代となりますのでお知らせします。

　新担当：青嵐生命保険株式会社 川崎支社 法人営業部　須藤 亮介 様
　TEL：044-211-5512　携帯：080-3092-6617
　Mail：sudo.ryosuke@seiran-life.co.jp

佐伯様は横浜支社へ異動されます。今後ともよろしくお願いいたします。

{SIG_MORINAGA}
""",
    expect="pass", entities=[], detectors=[],
    note="one insurer employee's business contact details: a partner's contact person",
)

add(  # 091 stop: PPTX for an insurer meeting listing five named high-claim cases
    sender=MORINAGA, to=[SHINO_SALES], charset="utf-8",
    subject="明日の更改協議の資料（事前送付）",
    body=f"""吉永様

明日の協議資料を事前にお送りします。
3枚目の高額給付事例は、損害率の上昇要因の説明用です。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "pptx", "name": "更改協議_20251120.pptx",
                  "slides": [["2026年度 団体医療 更改協議", "日の出産業株式会社 保険サービス課"],
                             ["損害率の推移", "2022年度 64%", "2023年度 71%", "2024年度 78%"],
                             ["高額給付事例（2024年度 上位5件）",
                              "仲宗根 剛（52）膵がん 入院82日 手術2回",
                              "舘 裕次（47）くも膜下出血 入院64日",
                              "我妻 美穂（38）乳がん 入院21日 抗がん剤通院",
                              "九十九 浩二（59）心筋梗塞 入院18日 バイパス術",
                              "桧山 紗希（33）潰瘍性大腸炎 入院35日"],
                             ["当社の要望", "保険料率の据え置き", "がん通院給付の維持"]]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a slide names five employees with age, diagnosis and hospital days",
)

add(  # 092 pass: internal — 社外秘 document to an internal colleague
    sender=MORINAGA, to=["総務部長 春日井 <kasugai-m@hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="【社外秘】保険代理店事業 移管スキーム検討メモ",
    body=f"""春日井部長

お疲れさまです。森永です。
白川先生との相談前に、論点を整理したメモをお送りします。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "docx", "name": "移管スキーム検討メモ.docx", "page_header": "社外秘",
                  "paragraphs": ["【社外秘】保険代理店事業 移管スキーム検討メモ",
                                 "1. 事業譲渡か会社分割か", "2. 代理店登録・募集人の再登録",
                                 "3. 既契約者への通知と同意の要否", "4. 手数料収入の帰属"]}],
    expect="pass", entities=[], detectors=[],
    note="marked 社外秘, but the only recipient is internal",
)

_p093 = {"bank": "みどり銀行 新百合ヶ丘支店 普通 7730451 ウジイ ヨウコ"}
add(  # 093 stop: death claim — cause of death and beneficiary's bank account
    sender=USAMI, to=[SEIRAN_JIMU], charset="cp932",
    subject="死亡保険金 請求のご連絡（団体定期 GT-4471092）",
    body=f"""団体保険事務センター ご担当者様

お世話になっております。日の出産業の宇佐美です。
弊社社員が亡くなり、団体定期保険の死亡保険金のご請求をお願いすることになりました。

　被保険者：雲林院 康夫（ウジイ ヤスオ）　昭和43年1月21日生
　死亡日：2025年11月9日
　死因：急性心筋梗塞（自宅で倒れ、搬送先の病院で死亡確認）
　受取人：雲林院 洋子（妻）
　振込先：{_p093['bank']}

必要書類（死亡診断書、戸籍謄本、受取人の印鑑証明等）をご教示ください。

{SIG_USAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="cause of death of a named employee plus the beneficiary's bank account",
)

add(  # 094 pass: honorarium paid to the lecturer's own account
    sender=USAMI, to=[LECTURER], charset="utf-8",
    subject="講師謝礼のお振込について",
    body=f"""仁科先生

先日はありがとうございました。宇佐美です。
講師謝礼をご指定の口座（横浜ひかり銀行 元町支店 普通 2209815 ニシナ ユキコ）に
本日お振込いたしました。

　謝礼　55,000円（税込）
　源泉所得税　5,615円
　お振込額　49,385円

支払調書は1月にお送りいたします。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=[],
    note="the only bank account is the recipient's own: nothing new to her",
)

add(  # 095 stop: CSV with two card numbers for a change of payment method
    sender=USAMI, to=["こまち少額短期保険 契約サービス <keiyaku@komachi-ssi.co.jp>"],
    charset="cp932",
    subject="カード払い切替 申込データ（2件）",
    body=f"""契約サービス課 ご担当者様

日の出産業の宇佐美です。
カード払いへの切替申込が2件ありましたので、データをお送りします。

{SIG_USAMI}
""",
    attachments=[{"kind": "csv", "name": "card_kirikae.csv", "encoding": "cp932",
                  "rows": [["証券番号", "契約者", "カード番号", "有効期限"],
                           ["KM-0552014", "能登 昌平", card(2, ""), "11/27"],
                           ["KM-0553390", "真壁 和子", card(3, ""), "04/29"]]}],
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="two credit card numbers in a CSV attachment: any card number must stop",
)

add(  # 096 pass: agency audit schedule (mentions personal-data handling, carries none)
    sender=MORINAGA, to=[SEIRAN_SALES], charset="iso-2022-jp",
    subject="代理店監査（12月）の日程と準備資料について",
    body=f"""佐伯様

お世話になっております。森永です。
12月の代理店監査の件、12月9日（火）10時～16時で承知しました。

準備資料として以下をご用意します。
・募集人の教育記録（2025年度）
・個人情報の管理状況（告知書の保管庫、持出し記録、廃棄記録）
・意向把握・確認書類の保管状況
・苦情受付簿

当日は葛西・宇佐美も同席いたします。

{SIG_MORINAGA}
""",
    expect="pass", entities=[], detectors=[],
    note="audit planning that mentions personal-data handling but carries none",
)

add(  # 097 stop: arrest for drunk driving and hospitalisation of a named employee
    sender=KASAI, to=[MINATO_TSUBOI], charset="iso-2022-jp",
    subject="団体傷害保険 支払対象となるかのご相談",
    body=f"""坪井様

葛西です。お電話の件、経緯をまとめました。

購買課の真壁 修さん（45歳）が11月8日深夜、自家用車で単独事故を起こし、
酒気帯び運転の現行犯で逮捕されました。本人は肋骨骨折と頚椎捻挫で
現在も入院中（警察の監視下）とのことです。
団体傷害保険の免責（酒気帯び運転）に該当すると思いますが、
医療保険側の入院給付は支払われる可能性があるか、ご見解をお願いします。

{SIG_KASAI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's arrest and injuries: criminal and medical 要配慮個人情報",
)

add(  # 098 pass: a name with no other data (cancellation request pending)
    sender=KASAI, to=[SHINO_SALES], charset="iso-2022-jp",
    subject="解約申出のご連絡",
    body=f"""吉永様

お世話になっております。葛西です。
猪狩様より、個人でご加入の医療終身保険（MR-3）について解約のお申し出がありました。
解約請求書を1部、弊社宛にお送りいただけますでしょうか。
本人には書類到着後に記入してもらいます。

{SIG_KASAI}
""",
    expect="pass", entities=[], detectors=[],
    note="a customer's surname only, with no contact data or sensitive details",
)

add(  # 099 stop: unprotected ZIP with a Word list of three disclosures
    sender=KASAI, to=[SHINO_KUWA], charset="utf-8",
    subject="家族型医療保険 告知あり3件 まとめ",
    body=f"""桑原様

葛西です。家族型医療保険の新規申込で告知ありの3件、内容をWordにまとめて
ZIPでお送りします。査定をお願いします。

{SIG_KASAI}
""",
    attachments=[{"kind": "zip", "name": "kokuchi_ari_3ken.zip", "files": [
        {"kind": "docx", "name": "告知あり3件.docx",
         "paragraphs": ["家族型医療保険 告知あり案件"],
         "tables": [[["被保険者", "続柄", "生年月日", "告知内容"],
                     ["相馬 蓮", "長男（社員 相馬 陽介）", "平成24年6月2日", "アトピー性皮膚炎 通院中"],
                     ["早乙女 和子", "母（社員 早乙女 郁美）", "昭和30年3月11日",
                      "2型糖尿病 インスリン使用"],
                     ["小鳥遊 瞳", "妻（社員 小鳥遊 拓）", "平成2年10月27日", "2025年 パニック障害 服薬中"]]]},
        {"kind": "txt", "name": "readme.txt", "encoding": "cp932",
         "text": "告知書の原本は11/14に郵送済みです。"}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a readable ZIP whose Word table gives three named family members' medical disclosures",
)

add(  # 100 either: a clean disclosure ("all no") for one named employee
    sender=MOMOSE, to=[SEIRAN_UW], charset="cp932",
    subject="告知書 記入漏れの件（回答）",
    body=f"""水野様

百瀬です。ご指摘の記入漏れの件、ご本人に確認しました。

　被保険者：薬師寺 恭子（ヤクシジ キョウコ）
　生年月日：１９９２年８月１６日
　告知書 第1問～第5問：すべて「いいえ」（記入漏れは第5問のみでした）

訂正済みの告知書を明日発送いたします。

{SIG_MOMOSE}
""",
    expect="either", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a health disclosure of one named person that declares nothing: health-related but no condition, borderline",
)

# -- ids -----------------------------------------------------------------------------------

for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"{AREA}-{_i:03d}"

assert len(MESSAGES) == 100, len(MESSAGES)
