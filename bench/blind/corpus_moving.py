"""Blind corpus: moving — 日の出産業 引越事業部 (household moves, corporate transfers / 転勤,
estimates, old and new addresses, keys, utilities hand-over, damage claims, elderly
customers' care needs, subcontracted crews).

Every person, number and address here is invented.
"""

from __future__ import annotations

import unicodedata

from build import card_number, my_number

# -- small helpers for writing the data the way people paste it ------------------------

_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """ASCII digits and separators to full-width."""
    return s.translate(_ZEN)


def wareki(iso: str, style: str = "kanji") -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    if (y, m, d) >= (2019, 5, 1):
        era, k, e = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, k, e = "平成", "H", y - 1988
    else:
        era, k, e = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{e}年{m}月{d}日"
    if style == "short":
        return f"{k}{e}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{e}年{m}月{d}日")
    raise ValueError(style)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int, fill: str = " ") -> str:
    gap = max(n - _w(s), 0)
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + fill * gap


def text_table(rows, gap: int = 2, rule: str = "-", fill: str = " ") -> str:
    """Columns padded with spaces under a header and a rule, as pasted from Excel."""
    rows = [[str(c) for c in r] for r in rows]
    ncol = max(len(r) for r in rows)
    widths = [max(_w(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    sep = " " * gap if fill == " " else "　"
    for k, r in enumerate(rows):
        out.append(sep.join(_pad(c, widths[i], fill) for i, c in enumerate(r)).rstrip())
        if k == 0:
            total = sum(widths) + _w(sep) * (ncol - 1)
            out.append(rule * (total // _w(rule)))
    return "\n".join(out)


def corp_number(base12: str) -> str:
    """A 13-digit 法人番号 with a valid leading check digit."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def spaced(num: str, step: int = 4, sep: str = " ") -> str:
    return sep.join(num[i:i + step] for i in range(0, len(num), step))


# -- invented people: name, kana, romaji, mobile, old home, new home, date of birth ----

P = [
    ("佐伯 拓海", "サエキ タクミ", "Takumi Saeki", "090-3318-2471",
     "神奈川県横浜市港北区日吉3-14-7", "東京都江東区豊洲5-6-28-1104", "1986-05-12"),
    ("東海林 玲奈", "ショウジ レイナ", "Reina Shoji", "080-5521-0937",
     "北海道札幌市中央区大通西12-4-18", "東京都品川区大崎2-9-3-702", "1991-11-03"),
    ("小鳥遊 誠", "タカナシ マコト", "Makoto Takanashi", "070-2284-6610",
     "福岡県福岡市博多区博多駅前4-9-2", "大阪府吹田市江坂町1-17-5-305", "1979-02-27"),
    ("八木橋 由香", "ヤギハシ ユカ", "Yuka Yagihashi", "090-7702-3385",
     "宮城県仙台市青葉区一番町2-6-11", "埼玉県川口市栄町3-2-14-501", "1983-08-19"),
    ("五十嵐 将太", "イガラシ ショウタ", "Shota Igarashi", "080-1149-7726",
     "愛知県名古屋市中区栄5-21-3", "福岡県福岡市中央区天神2-11-8-903", "1994-01-30"),
    ("百瀬 千尋", "モモセ チヒロ", "Chihiro Momose", "090-6093-4417",
     "大阪府大阪市北区芝田1-8-20", "愛知県名古屋市千種区今池4-3-19-210", "1988-07-07"),
    ("勅使河原 健", "テシガワラ ケン", "Ken Teshigawara", "070-3561-9084",
     "広島県広島市中区紙屋町2-3-15", "東京都世田谷区三軒茶屋1-32-6", "1975-12-14"),
    ("宇佐美 里穂", "ウサミ リホ", "Riho Usami", "080-4470-2218",
     "埼玉県さいたま市浦和区高砂3-7-9", "宮城県仙台市宮城野区榴岡4-2-30-1202", "1992-04-25"),
    ("鬼塚 大輔", "オニヅカ ダイスケ", "Daisuke Onizuka", "090-2836-5501",
     "千葉県千葉市中央区中央2-10-6", "広島県広島市南区京橋町7-14-402", "1981-09-08"),
    ("御手洗 葵", "ミタライ アオイ", "Aoi Mitarai", "070-8815-3302",
     "兵庫県神戸市中央区三宮町1-5-28", "神奈川県川崎市中原区小杉町3-264-1-1507", "1997-06-16"),
    # 10
    ("十河 正樹", "ソゴウ マサキ", "Masaki Sogo", "080-6627-1190",
     "香川県高松市寿町2-1-4", "東京都練馬区豊玉北5-18-2", "1970-03-21"),
    ("樋渡 美咲", "ヒワタシ ミサキ", "Misaki Hiwatashi", "090-5149-8863",
     "熊本県熊本市中央区花畑町9-12", "千葉県船橋市本町6-4-11-608", "1989-10-02"),
    ("一ノ瀬 隼人", "イチノセ ハヤト", "Hayato Ichinose", "070-4408-7725",
     "新潟県新潟市中央区東大通1-11-5", "東京都杉並区荻窪4-7-22-203", "1985-05-29"),
    ("雲雀 沙耶", "ヒバリ サヤ", "Saya Hibari", "080-9932-0416",
     "静岡県静岡市葵区紺屋町17-3", "北海道札幌市北区北七条西4-1-9-1401", "1993-12-11"),
    ("長谷部 浩一", "ハセベ コウイチ", "Koichi Hasebe", "090-1276-3348",
     "群馬県高崎市栄町6-22", "京都府京都市下京区烏丸通四条下ル水銀屋町620", "1968-08-05"),
    ("鷲尾 恵", "ワシオ メグミ", "Megumi Washio", "070-6653-2209",
     "沖縄県那覇市久茂地3-4-17", "東京都大田区蒲田5-13-7-404", "1987-02-14"),
    ("有馬 翔太郎", "アリマ ショウタロウ", "Shotaro Arima", "080-3084-6657",
     "岡山県岡山市北区駅元町11-8", "兵庫県西宮市甲子園口2-5-16", "1990-09-23"),
    ("蓮見 彩花", "ハスミ アヤカ", "Ayaka Hasumi", "090-8817-5034",
     "栃木県宇都宮市大通り2-8-1", "東京都中野区中野3-41-9-301", "1995-03-09"),
    ("真壁 剛", "マカベ ツヨシ", "Tsuyoshi Makabe", "070-1930-4482",
     "鹿児島県鹿児島市中央町22-6", "神奈川県相模原市南区相模大野7-9-3", "1977-11-28"),
    ("城之内 奈緒", "ジョウノウチ ナオ", "Nao Jonouchi", "080-2265-9918",
     "石川県金沢市本町1-3-40", "大阪府堺市堺区中瓦町2-1-17-806", "1984-06-01"),
    # 20
    ("四十物 亮", "アイモノ リョウ", "Ryo Aimono", "090-4391-7062",
     "富山県富山市新富町1-2-3", "東京都北区赤羽2-28-5", "1982-01-17"),
    ("薬師寺 美和", "ヤクシジ ミワ", "Miwa Yakushiji", "080-7718-2650",
     "奈良県奈良市大宮町4-281", "神奈川県藤沢市鵠沼石上1-6-12", "1973-05-04"),
    ("乙部 直人", "オトベ ナオト", "Naoto Otobe", "070-5206-3391",
     "青森県青森市新町1-9-14", "宮城県仙台市太白区長町5-3-8", "1996-08-30"),
    ("比嘉 美奈子", "ヒガ ミナコ", "Minako Higa", "090-3627-1185",
     "沖縄県浦添市城間3-18-6", "福岡県北九州市小倉北区京町4-6-10", "1980-10-20"),
    ("木全 勇気", "キマタ ユウキ", "Yuki Kimata", "080-8850-4127",
     "岐阜県岐阜市橋本町2-52", "東京都港区芝浦4-12-31-2206", "1991-07-13"),
    ("二階堂 楓", "ニカイドウ カエデ", "Kaede Nikaido", "070-2739-8841",
     "山形県山形市香澄町1-3-15", "千葉県柏市柏4-8-1-1003", "1998-02-03"),
    ("粟野 修", "アワノ オサム", "Osamu Awano", "090-9164-2273",
     "徳島県徳島市寺島本町西1-21", "大阪府豊中市本町1-10-4", "1966-12-25"),
    ("三反田 紗希", "サンタンダ サキ", "Saki Santanda", "080-1582-6639",
     "宮崎県宮崎市橘通東3-5-24", "東京都文京区本郷2-17-9-501", "1994-09-18"),
    ("海老原 陸", "エビハラ リク", "Riku Ebihara", "070-7406-1958",
     "茨城県水戸市南町3-4-57", "愛知県豊田市若宮町1-57-2", "1989-04-06"),
    ("槇原 千里", "マキハラ チサト", "Chisato Makihara", "090-6281-4403",
     "長野県長野市南長野県町593", "神奈川県横浜市西区みなとみらい4-7-1-3012", "1978-11-09"),
    # 30
    ("湯浅 和樹", "ユアサ カズキ", "Kazuki Yuasa", "080-3917-5562",
     "和歌山県和歌山市十番丁19", "東京都目黒区中目黒3-6-18", "1987-08-27"),
    ("早瀬 ひかり", "ハヤセ ヒカリ", "Hikari Hayase", "070-9025-6617",
     "滋賀県大津市浜大津2-1-35", "京都府京都市中京区御池通高倉西入ル高宮町200", "1999-01-22"),
    ("宍戸 康平", "シシド コウヘイ", "Kohei Shishido", "090-5530-8874",
     "福島県郡山市駅前1-16-7", "埼玉県所沢市東町5-22-3", "1983-03-15"),
    ("綿貫 優子", "ワタヌキ ユウコ", "Yuko Watanuki", "080-6245-3019",
     "山梨県甲府市丸の内1-8-2", "東京都調布市小島町2-45-1-702", "1976-06-29"),
    ("門脇 隆之", "カドワキ タカユキ", "Takayuki Kadowaki", "070-1168-5520",
     "島根県松江市朝日町477-17", "広島県福山市西町1-1-1-1108", "1971-10-11"),
    ("安曇 舞", "アズミ マイ", "Mai Azumi", "090-2713-9946",
     "長崎県長崎市大黒町3-1", "福岡県福岡市早良区西新4-9-33", "1993-05-05"),
    ("神林 拓真", "カンバヤシ タクマ", "Takuma Kanbayashi", "080-4056-2281",
     "秋田県秋田市中通2-3-8", "東京都豊島区東池袋1-21-4-1205", "1992-12-19"),
    ("若狭 悦子", "ワカサ エツコ", "Etsuko Wakasa", "070-3344-7178",
     "福井県福井市大手3-12-20", "石川県金沢市広岡1-5-3", "1964-04-08"),
    ("舟木 颯", "フナキ ハヤテ", "Hayate Funaki", "090-8602-3355",
     "愛媛県松山市大街道2-5-12", "大阪府大阪市西区靱本町1-9-15-604", "1997-10-27"),
    ("巽 由紀子", "タツミ ユキコ", "Yukiko Tatsumi", "080-5170-8834",
     "大阪府東大阪市永和1-11-10", "東京都新宿区西早稲田2-20-14", "1969-07-31"),
    # 40
    ("芦名 英明", "アシナ ヒデアキ", "Hideaki Ashina", "070-6489-0213",
     "岩手県盛岡市大通3-2-8", "宮城県名取市増田4-7-15", "1974-02-09"),
    ("鈴鹿 杏奈", "スズカ アンナ", "Anna Suzuka", "090-1845-6670",
     "三重県津市羽所町700", "愛知県名古屋市昭和区御器所3-18-1-502", "1996-11-14"),
    ("日比野 徹", "ヒビノ トオル", "Toru Hibino", "080-2931-4458",
     "愛知県一宮市本町3-5-7", "東京都墨田区錦糸1-2-1-1806", "1980-08-03"),
    ("久保寺 美帆", "クボデラ ミホ", "Miho Kubodera", "070-8563-1402",
     "神奈川県平塚市紅谷町11-19", "北海道旭川市宮下通8-3-1", "1985-03-26"),
    ("諏訪部 陽介", "スワベ ヨウスケ", "Yosuke Suwabe", "090-7368-2945",
     "長野県松本市中央2-4-13", "新潟県長岡市城内町2-6-21", "1990-06-12"),
    ("仲宗根 結衣", "ナカソネ ユイ", "Yui Nakasone", "080-9471-3326",
     "沖縄県宜野湾市普天間2-8-1", "東京都町田市原町田6-12-20-405", "1994-10-07"),
    ("藤ヶ谷 昇", "フジガヤ ノボル", "Noboru Fujigaya", "070-4617-8893",
     "千葉県松戸市松戸1307-1", "茨城県つくば市吾妻2-5-1-303", "1972-01-05"),
    ("桐生 さやか", "キリュウ サヤカ", "Sayaka Kiryu", "090-3482-5517",
     "群馬県前橋市大手町2-12-1", "東京都台東区上野7-1-1-909", "1988-12-30"),
    ("大和田 哲也", "オオワダ テツヤ", "Tetsuya Owada", "080-6019-2784",
     "東京都八王子市旭町9-1", "静岡県浜松市中区板屋町111-2", "1979-09-16"),
    ("千葉 こずえ", "チバ コズエ", "Kozue Chiba", "070-2150-9638",
     "宮城県石巻市中央2-7-1", "岩手県盛岡市菜園1-10-5", "1967-05-20"),
    # 50
    ("伊集院 蓮", "イジュウイン レン", "Ren Ijuin", "090-6735-0142",
     "鹿児島県霧島市国分中央3-45-1", "東京都渋谷区恵比寿南1-5-5-1101", "1995-07-24"),
    ("羽賀 紀子", "ハガ ノリコ", "Noriko Haga", "080-1387-6205",
     "栃木県小山市中央町3-7-1", "埼玉県越谷市南越谷1-16-13", "1965-09-02"),
    ("東雲 啓太", "シノノメ ケイタ", "Keita Shinonome", "070-5893-4471",
     "京都府宇治市宇治琵琶33", "大阪府枚方市岡東町12-3-207", "1991-03-01"),
    ("加賀谷 結子", "カガヤ ユウコ", "Yuko Kagaya", "090-4206-7389",
     "秋田県横手市旭川1-3-41", "神奈川県厚木市中町2-2-1-1204", "1984-01-28"),
    ("矢吹 丈", "ヤブキ ジョウ", "Jo Yabuki", "080-7652-0934",
     "東京都荒川区南千住5-19-2", "千葉県浦安市入船1-4-1-813", "1982-11-11"),
]

NAME, KANA, ROMAJI, TEL, OLD, NEW, DOB = range(7)

# -- the senders' signatures (all internal) ----------------------------------------------

SIG_INOKUCHI = """
──────────────────────────
日の出産業株式会社 引越事業部 作業手配センター
井ノ口 翔（いのくち しょう）
〒140-0002 東京都品川区東品川4-8-21 日の出品川物流センター2F
TEL 03-6712-4401　FAX 03-6712-4402
s-inokuchi@hinode-sangyo.co.jp
──────────────────────────"""

SIG_OTSUKI = """
--
日の出産業株式会社
引越事業部 法人転勤サポート課
大槻 真理子 / Mariko Otsuki
〒105-0013 東京都港区浜松町1-22-8 日の出浜松町ビル6F
TEL: 03-5472-8810（直通 03-5472-8836）
Mobile: 080-4127-6630
Mail: m-otsuki@hinode-sangyo.co.jp"""

SIG_MORISHITA = """
*******************************************
日の出産業株式会社 日の出引越センター
営業部 見積課　森下 健吾
フリーダイヤル 0120-41-8610
TEL 03-6712-4410 / FAX 03-6712-4419
https://www.hinode-sangyo.co.jp/hikkoshi/
*******************************************"""

SIG_TSURUMI = """
----------------------------------------
日の出産業株式会社 引越事業部
お客様相談室（事故・補償担当）
鶴見 美穂
TEL 03-6712-4455 / FAX 03-6712-4456
m-tsurumi@hinode-sangyo.co.jp
----------------------------------------"""

SIG_FUJIMIYA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　シニアお引越しサポート室
藤宮 千夏（ふじみや ちなつ）
〒140-0002 東京都品川区東品川4-8-21
TEL 03-6712-4470（平日9:00〜18:00）
c-fujimiya@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_SAOTOME = """
Best regards,

Wataru Saotome
International Relocation Section
Hinode Sangyo Co., Ltd.
1-22-8 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5472-8850 | Mobile: +81-80-3390-1174
w-saotome@hinode-sangyo.co.jp"""

SIG_NONOMURA = """
-- 
日の出産業（株） 引越事業部 協力会社管理課
野々村 恭平
TEL 03-6712-4420 内線 3312
k-nonomura@hinode-sangyo.co.jp"""

SIG_KASHIWAGI = """
──────────
日の出産業株式会社 経理部 経理課
柏木 俊介
TEL 03-5472-8801（代表）
s-kashiwagi@hinode-sangyo.co.jp
──────────"""

SIG_IMAIZUMI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　法人オフィス移転課
今泉 早紀　Saki Imaizumi
〒105-0013 東京都港区浜松町1-22-8 日の出浜松町ビル6F
TEL 03-5472-8860 / 携帯 090-2281-7745
s-imaizumi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HORINOUCHI = """
-----
日の出産業株式会社 管理本部 情報システム課
堀之内 聡
内線 2205 / 03-5472-8815
s-horinouchi@hinode-sangyo.co.jp"""

SIG_CS = """
━━━━━━━━━━━━━━━━━━━━
日の出引越センター お客様窓口
（日の出産業株式会社）
フリーダイヤル 0120-41-8610（9:00〜19:00 年中無休）
cs-hikkoshi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received this e-mail in error, please notify the sender
immediately and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# ======================================================================================
# 001–020
# ======================================================================================

_m001_rows = [["No", "氏名", "旧居", "新居", "携帯", "搬出日"]]
for _i, _d in zip(range(8), ["3/27", "3/27", "3/27", "3/28", "3/28", "3/28", "3/29", "3/29"]):
    _p = P[_i]
    _m001_rows.append([str(_i + 1), _p[NAME], _p[OLD], _p[NEW], _p[TEL], _d])

MESSAGES.append({
    "id": "moving-001",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 transferees' names, old/new homes and mobiles in a padded text table to a subcontracted crew company",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車係 仁科様 <haisha@aoba-unyu.co.jp>"],
    "subject": "【作業依頼】3/27〜3/29 川崎電機様 転勤者引越 8件",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社
配車ご担当　仁科様

いつもお世話になっております。日の出産業 作業手配センターの井ノ口です。

川崎電機様の春の定期異動に伴う転勤者引越のうち、下記8件を貴社に
お願いしたくご連絡いたしました。
いずれも2tロング＋作業員3名の想定、梱包はお客様ご自身（資材は当社より配送済み）です。

""" + text_table(_m001_rows) + """

当日朝、各お客様へ到着予定時刻のご連絡をお願いいたします。
車両・作業員の手配可否を3/21（金）までにご返信いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_INOKUCHI,
})

MESSAGES.append({
    "id": "moving-002",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "estimate sent to the customer herself on free mail; the addresses in it are her own",
    "sender": "森下 健吾 <k-morishita@hinode-sangyo.co.jp>",
    "to": ["尾関 遥 <ozeki.haruka0412@gmail.com>"],
    "subject": "お引越しお見積りの件（見積番号 HM-2025-031877）",
    "charset": "utf-8",
    "body": """尾関 遥 様

このたびは日の出引越センターにお見積りのご依頼をいただき、誠にありがとうございます。
先日は訪問見積りのお時間をいただきありがとうございました。

ご訪問時にお伺いした内容で、お見積書を作成いたしましたので添付にてお送りします。

　作業日　　：2025年4月5日（土）午前便（8:30〜9:00 到着）
　車両・人員：2tロング車 1台／作業員 3名
　お見積金額：128,000円（税込）
　　※ダンボール20箱・ガムテープ2巻は無料でお届けします
　　※エアコン1台の取り外し・取り付けを含みます

ご契約をご希望の場合は、本メールへのご返信または
フリーダイヤルまでお電話ください。3月20日までのご成約で早期割引（5%）を適用いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "pdf", "name": "御見積書_HM-2025-031877.pdf", "title": "御見積書",
        "lines": ["御 見 積 書", "",
                  "尾関 遥 様", "見積番号 HM-2025-031877　発行日 2025年3月11日",
                  "旧居：東京都杉並区阿佐谷南2-13-6 メゾン阿佐谷203",
                  "新居：東京都三鷹市下連雀3-28-11-405",
                  "作業日：2025年4月5日（土）午前便", ""],
        "table": [["項目", "数量", "単価", "金額"],
                  ["基本運賃（2tロング）", "1", "62,000", "62,000"],
                  ["作業員", "3", "12,000", "36,000"],
                  ["エアコン脱着", "1", "18,000", "18,000"],
                  ["小計", "", "", "116,364"],
                  ["消費税(10%)", "", "", "11,636"],
                  ["合計（税込）", "", "", "128,000"]],
        "page_footer": "日の出産業株式会社 日の出引越センター",
    }],
})

MESSAGES.append({
    "id": "moving-003",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an elderly customer's dementia diagnosis and care level, in running text, to a subcontracted crew leader",
    "sender": "藤宮 千夏 <c-fujimiya@hinode-sangyo.co.jp>",
    "to": ["近藤 リーダー <kondo@himawari-unso.jp>"],
    "subject": "4/12（土）芦田様 お引越し作業の注意点",
    "charset": "iso-2022-jp",
    "body": """ひまわり運送
近藤様

お世話になっております。シニアお引越しサポート室の藤宮です。
4/12（土）に貴社でご担当いただく芦田様の件、事前に共有させてください。

お客様：芦田 トミ 様（86歳）
旧居：東京都大田区池上6-21-3（戸建て・2階建て）
新居：東京都大田区久が原2-14-9 ケアレジデンス久が原 307号室
立会い：長女の芦田 由美子 様（携帯 090-5823-1174）

トミ様は3年ほど前にアルツハイマー型認知症と診断されていて、現在は要介護2の認定を
受けておられます。ご自宅の物が運び出されていく様子を見ると混乱されることがあるそうなので、
作業中は由美子様と一緒にリビングで過ごしていただく段取りにしています。
作業員の方から直接トミ様に段取りを質問することは避け、判断が必要なことはすべて
由美子様にご確認ください。

また、仏間のタンスの中身は由美子様が事前に整理されるとのことですので、
当日中身が残っていてもそのまま運ばずにお声がけをお願いします。

よろしくお願いいたします。
""" + SIG_FUJIMIYA,
})

MESSAGES.append({
    "id": "moving-004",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "corporate price list (distance bands × household size) to a partner client: no personal data",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    "subject": "2025年度 転勤引越 法人契約料金表の送付",
    "charset": "cp932",
    "body": """北国フーズ株式会社
総務部 ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業の大槻でございます。

2025年度（2025年4月1日〜2026年3月31日）の転勤引越 法人契約料金表を
お送りいたします。改定点は以下のとおりです。

　1. 燃料費高騰に伴い、500km超の長距離帯を平均3.5%改定
　2. 繁忙期（3/15〜4/10）割増率は据え置き（20%）
　3. 単身パック（カーゴ1本）を新設

料金表はPDFにて添付しております。
ご不明点は大槻までお気軽にお問い合わせください。

今後ともよろしくお願い申し上げます。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "pdf", "name": "2025年度_法人契約料金表_北国フーズ様.pdf",
        "title": "2025年度 法人契約料金表",
        "lines": ["2025年度 転勤引越 法人契約料金表（税抜）", "北国フーズ株式会社 様", ""],
        "table": [["距離帯", "単身(少)", "単身(標準)", "2人世帯", "3〜4人世帯", "5人以上"],
                  ["〜50km", "32,000", "45,000", "78,000", "112,000", "148,000"],
                  ["〜200km", "48,000", "66,000", "105,000", "146,000", "188,000"],
                  ["〜500km", "69,000", "92,000", "148,000", "205,000", "262,000"],
                  ["〜1000km", "98,000", "128,000", "206,000", "284,000", "356,000"],
                  ["1000km超", "124,000", "162,000", "258,000", "352,000", "438,000"],
                  ["単身パック", "1本 19,800", "2本 36,000", "-", "-", "-"]],
        "page_footer": "日の出産業株式会社 引越事業部 法人転勤サポート課",
    }],
})

MESSAGES.append({
    "id": "moving-005",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner aoba-unyu.co.jp mistyped as aoba-unyuu.co.jp (letter added)",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["仁科様 <nishina@aoba-unyuu.co.jp>"],
    "subject": "Re: 4/3（木）応援2名の件",
    "charset": "iso-2022-jp",
    "body": """仁科様

お世話になっております。井ノ口です。
4/3（木）の応援2名、ご手配いただけるとのことで大変助かります。

集合：7:30　日の出品川物流センター 1F 車両置場
持ち物：安全靴、軍手、当社ユニフォーム（こちらで2着ご用意します）
終了予定：17:00ごろ（現場2件）

当日の作業責任者は当社の吉成が務めます。
引き続きよろしくお願いいたします。
""" + SIG_INOKUCHI,
})

_m006_rows = [["社員番号", "氏名", "フリガナ", "旧住所", "新住所", "連絡先", "搬出日", "搬入日", "請求額(税込)"]]
for _k, _i in enumerate(range(8, 15)):
    _p = P[_i]
    _m006_rows.append([f"T{30417 + _k * 13:06d}", _p[NAME], _p[KANA], _p[OLD], _p[NEW], _p[TEL],
                       f"2025/04/{2 + _k}", f"2025/04/{3 + _k}", f"{158400 + _k * 7700}"])

MESSAGES.append({
    "id": "moving-006",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "completion report CSV (CP932) with 7 employees' names, old/new addresses and phones to the client's HR",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["東邦精機 人事部 石丸様 <ishimaru@tohoseiki.co.jp>"],
    "subject": "4月度 転勤引越 完了報告（7件）",
    "charset": "iso-2022-jp",
    "body": """東邦精機株式会社
人事部　石丸様

いつも大変お世話になっております。日の出産業の大槻です。

4月度に実施いたしました転勤引越7件の完了報告をお送りします。
社員番号・搬出入日・ご請求額を一覧にしておりますので、
請求書との突合にご利用ください（請求書は経理より別途郵送いたします）。

・添付：202504_完了報告_東邦精機様.csv

破損・紛失のご申告は現時点で0件です。
引き続きよろしくお願いいたします。
""" + SIG_OTSUKI,
    "attachments": [{"kind": "csv", "name": "202504_完了報告_東邦精機様.csv",
                     "encoding": "cp932", "rows": _m006_rows}],
})

_m007_lines = ["氏名,携帯,旧居,新居,希望日"]
for _i in range(15, 25):
    _p = P[_i]
    _m007_lines.append(",".join([_p[NAME], _p[TEL], _p[OLD], _p[NEW], f"4/{_i - 9}"]))

MESSAGES.append({
    "id": "moving-007",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "a list of 10 customers, but every recipient is internal",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["作業手配センター <haisha-team@hinode-sangyo.co.jp>"],
    "cc": ["井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>"],
    "subject": "北斗建設様 4月転勤者10名 手配お願いします",
    "charset": "utf-8",
    "body": """手配センター各位

お疲れさまです。大槻です。
北斗建設様から4月の転勤者10名分の情報をいただきました。
CSV形式で貼っておきますので、配車表への取り込みをお願いします。

""" + "\n".join(_m007_lines) + """

※鷲尾様は沖縄からの長距離のため、フェリー便の空きを優先で確認してください。
※協力会社に出す場合は、一覧ごと転送せず1件ずつ作業指示書で渡すようお願いします。

よろしくお願いします。
大槻
""",
})

_c008 = card_number(8)
MESSAGES.append({
    "id": "moving-008",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a transferee's credit card number and expiry sent to a hotel in the mail body",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 予約センター <reservation@sakura-hotel.jp>"],
    "subject": "仮住まい宿泊 3泊 ご予約のお願い（日の出産業 法人契約）",
    "charset": "cp932",
    "body": """さくらホテル 予約センター 御中

いつもお世話になっております。日の出産業の大槻です。
転勤者の仮住まいとして、下記のとおり宿泊予約をお願いいたします。

　ご宿泊者：森岡 健太 様（川崎電機株式会社）
　ホテル　：さくらホテル 名古屋栄
　日程　　：2025年3月30日（日）〜4月2日（水） 3泊
　部屋　　：シングル禁煙 1室

今回は宿泊費をご本人様のカードで決済されたいとのことで、
ギャランティ用に以下のカード情報をお預かりしております。

　カード番号：""" + spaced(_c008, 4, "-") + """
　有効期限　：09/28
　名義　　　：KENTA MORIOKA

ご確認のうえ、予約番号をご返信いただけますと幸いです。
""" + SIG_OTSUKI,
})

MESSAGES.append({
    "id": "moving-009",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約) draft for an office move, plus the standard disclaimer: no marking, no personal data",
    "sender": "今泉 早紀 <s-imaizumi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 法務部 早川様 <hayakawa@kawasaki-denki.co.jp>"],
    "subject": "本社移転プロジェクト 秘密保持契約書（案）のご確認",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
法務部　早川様

いつもお世話になっております。日の出産業 法人オフィス移転課の今泉です。

本社移転プロジェクトの着手にあたり、ご依頼のありました秘密保持契約書（案）を
添付にてお送りいたします。
当社ひな形をベースに、前回お打ち合わせでいただいたご要望を反映しております。

　・第2条（機密情報の定義）に、移転先フロアの図面・セキュリティ設備の情報を明記
　・第5条の返還・廃棄の期限を「本件終了後30日以内」に変更
　・有効期間を3年に変更

貴社でのご確認後、修正点がございましたら変更履歴付きでお戻しください。
押印は電子契約（クラウドサイン）でお願いできればと存じます。

どうぞよろしくお願いいたします。
""" + SIG_IMAIZUMI + "\n" + DISCLAIMER_JA,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_v2.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "川崎電機株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "甲の本社移転業務（以下「本件業務」という。）に関し、以下のとおり契約を締結する。",
            "第1条（目的）本契約は、本件業務の遂行にあたり相互に開示される情報の取扱いを定める。",
            "第2条（機密情報の定義）本契約において機密情報とは、移転先フロアの図面、セキュリティ"
            "設備の仕様その他、開示の際に秘密である旨を明示された情報をいう。",
            "第5条（返還・廃棄）乙は、本件終了後30日以内に機密情報を返還または廃棄する。",
            "第9条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }],
})

MESSAGES.append({
    "id": "moving-010",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations (client, building manager, elevator firm, crew) visible to each other in To/Cc",
    "sender": "今泉 早紀 <s-imaizumi@hinode-sangyo.co.jp>",
    "to": ["三和化成 総務部 <somu@sanwa-kasei.co.jp>",
           "丸の内プロパティマネジメント 防災センター <bm-desk@marunouchi-pm.co.jp>",
           "エイペックス昇降機 サービス課 <service@apex-elevator.co.jp>"],
    "cc": ["青葉運輸 仁科様 <nishina@aoba-unyu.co.jp>"],
    "subject": "三和化成様 本社移転（5/17-18）作業日程と養生範囲について",
    "charset": "utf-8",
    "body": """関係各位

お世話になっております。日の出産業 法人オフィス移転課の今泉です。
三和化成様 本社移転作業の日程と、各社様へのお願い事項を取りまとめました。

■日程
　5/17（土）8:00〜22:00　旧オフィス（12F）搬出
　5/18（日）8:00〜20:00　新オフィス（丸の内ビル 21F）搬入・レイアウト

■各社様へのお願い
　・三和化成様：5/16（金）18時までに私物の箱詰めをお願いします
　・丸の内PM様：荷捌き場・非常用EV（4号機）の専用利用、養生範囲の確認
　・エイペックス昇降機様：4号機の専用運転切替と当日の待機
　・青葉運輸様：4t車3台・作業員18名、7:30現地集合

添付の養生範囲図は別途共有フォルダにアップロードいたします。
ご不明点は今泉までご連絡ください。
""" + SIG_IMAIZUMI,
})

MESSAGES.append({
    "id": "moving-011",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three transferees with mobiles for survey visits to the client's HR: under five people",
    "sender": "森下 健吾 <k-morishita@hinode-sangyo.co.jp>",
    "to": ["北斗建設 人事部 田中様 <tanaka-h@hokuto-kensetsu.co.jp>"],
    "subject": "訪問見積り日程のご連絡（3名様分）",
    "charset": "iso-2022-jp",
    "body": """北斗建設株式会社
人事部 田中様

いつもお世話になっております。日の出引越センターの森下です。
ご依頼いただきました3名様の訪問見積り日程が確定しましたのでご連絡いたします。

　1) 3/14（金）10:00〜　真壁 剛 様　　　 070-1930-4482
　2) 3/14（金）14:00〜　城之内 奈緒 様　 080-2265-9918
　3) 3/15（土）11:00〜　四十物 亮 様　　 090-4391-7062

当日は見積担当の森下と、もう1名（佐久間）でお伺いします。
ご都合が悪くなった場合は、ご本人様から直接フリーダイヤルへご連絡いただいて構いません。

よろしくお願いいたします。
""" + SIG_MORISHITA,
})

MESSAGES.append({
    "id": "moving-012",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driver's 運転免許証 number sent to a building manager for a parking permit",
    "sender": "野々村 恭平 <k-nonomura@hinode-sangyo.co.jp>",
    "to": ["汐留タワー管理事務所 <parking@shiodome-tower-pm.co.jp>"],
    "subject": "5/24 搬入車両 駐車許可申請（日の出産業）",
    "charset": "cp932",
    "body": """汐留タワー管理事務所　御中

いつもお世話になっております。日の出産業の野々村です。
5/24（土）の3502号室 引越搬入につき、地下荷捌き場の駐車許可を申請いたします。

　車両　：品川 130 は 42-18（2tロング・箱車 高さ3.1m）
　入庫　：8:15　出庫予定 13:00
　乗務員：久我 純一（くが じゅんいち）
　運転免許証番号：第301904582270号
　所属　：青葉運輸株式会社（当社協力会社）

許可証の発行にあたり、ほかに必要な書類があればお知らせください。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "moving-013",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a directory of the company's own branches (addresses, switchboards): businesses, not people",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["やまびこ化学 総務課 <soumu@yamabiko-chem.co.jp>"],
    "subject": "全国営業所一覧のご送付",
    "charset": "utf-8",
    "body": """やまびこ化学株式会社
総務課 ご担当者様

先日はお打ち合わせのお時間をいただき、ありがとうございました。
お話に出ておりました当社の全国営業所一覧をお送りします。
転勤者様の出発地・到着地に近い営業所が担当いたします。

""" + text_table([
        ["営業所", "住所", "電話"],
        ["札幌営業所", "北海道札幌市白石区流通センター4-3-12", "011-862-4410"],
        ["仙台営業所", "宮城県仙台市若林区卸町2-8-5", "022-236-4410"],
        ["品川センター", "東京都品川区東品川4-8-21", "03-6712-4401"],
        ["名古屋営業所", "愛知県名古屋市港区木場町1-22", "052-692-4410"],
        ["大阪営業所", "大阪府大阪市住之江区南港東8-2-34", "06-6612-4410"],
        ["広島営業所", "広島県広島市西区商工センター6-1-9", "082-277-4410"],
        ["福岡営業所", "福岡県福岡市東区箱崎ふ頭3-5-18", "092-641-4410"],
    ]) + """

営業時間はいずれも9:00〜18:00（日祝休）です。
Excel版も添付いたしましたのでご活用ください。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "xlsx", "name": "日の出産業_営業所一覧.xlsx",
        "sheets": {"営業所一覧": [
            ["日の出産業株式会社 引越事業部 営業所一覧（2025年4月現在）"],
            [],
            ["営業所", "郵便番号", "住所", "電話", "FAX"],
            ["札幌営業所", "003-0030", "北海道札幌市白石区流通センター4-3-12", "011-862-4410", "011-862-4411"],
            ["仙台営業所", "984-0015", "宮城県仙台市若林区卸町2-8-5", "022-236-4410", "022-236-4411"],
            ["品川センター", "140-0002", "東京都品川区東品川4-8-21", "03-6712-4401", "03-6712-4402"],
            ["名古屋営業所", "455-0021", "愛知県名古屋市港区木場町1-22", "052-692-4410", "052-692-4411"],
            ["大阪営業所", "559-0031", "大阪府大阪市住之江区南港東8-2-34", "06-6612-4410", "06-6612-4411"],
            ["広島営業所", "733-0833", "広島県広島市西区商工センター6-1-9", "082-277-4410", "082-277-4411"],
            ["福岡営業所", "812-0051", "福岡県福岡市東区箱崎ふ頭3-5-18", "092-641-4410", "092-641-4411"],
        ]},
    }],
})

_m014_title = ["日の出産業 作業予定表（協力会社用）　丸星エキスプレス様"]
_m014_head = ["時間帯", "お客様名", "電話", "搬出先", "搬入先", "車両", "人員", "備考"]
_m014_s1 = [_m014_title, [], _m014_head]
for _k, _i in enumerate(range(25, 30)):
    _p = P[_i]
    _m014_s1.append([["AM", "AM", "PM", "PM", "フリー"][_k], _p[NAME] + " 様", _p[TEL], _p[OLD], _p[NEW],
                     "2tロング", "3", ["ピアノなし", "冷蔵庫大型", "", "EVなし3F", "時間指定不可"][_k]])
_m014_s2 = [_m014_title, [], _m014_head]
for _k, _i in enumerate(range(30, 37)):
    _p = P[_i]
    _m014_s2.append([["AM", "AM", "AM", "PM", "PM", "PM", "フリー"][_k], _p[NAME] + " 様",
                     _p[TEL].replace("-", ""), _p[OLD], _p[NEW], "2t" if _k % 2 else "3t", "2" if _k % 2 else "3", ""])

MESSAGES.append({
    "id": "moving-014",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX with two day-sheets (title row above header) listing 12 customers' names, phones and addresses, to a subcontractor",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["丸星エキスプレス 業務課 <gyomu@maruboshi-ex.co.jp>"],
    "subject": "4月第1週 作業予定表の送付",
    "charset": "cp932",
    "body": """丸星エキスプレス株式会社
業務課 御中

お世話になっております。日の出産業の井ノ口です。
4月第1週（4/1・4/2分）の作業予定表をお送りします。
シートごとに日付を分けてあります。「凡例」シートもご確認ください。

車両の割り当てに変更がある場合は、前日15時までにご連絡をお願いします。
""" + SIG_INOKUCHI,
    "attachments": [{
        "kind": "xlsx", "name": "作業予定表_0401-0402_丸星様.xlsx",
        "sheets": {"4月1日": _m014_s1, "4月2日": _m014_s2,
                   "凡例": [["記号", "意味"], ["AM", "8:30〜9:00到着"], ["PM", "13:00〜14:00到着"],
                           ["フリー", "前便終了後、到着1時間前に電話連絡"]]},
    }],
})

MESSAGES.append({
    "id": "moving-015",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a named customer who is a DV victim (crime victimisation) and her new address, to the new flat's management company",
    "sender": "森下 健吾 <k-morishita@hinode-sangyo.co.jp>",
    "to": ["ハーモニー管理 入居者窓口 <nyukyo@harmony-kanri.co.jp>"],
    "subject": "4/19入居予定 203号室の件（ご配慮のお願い）",
    "charset": "iso-2022-jp",
    "body": """株式会社ハーモニー管理
入居者窓口 ご担当者様

お世話になっております。日の出引越センターの森下です。
4/19（土）に入居予定の、コーポ若葉台 203号室（神奈川県横浜市青葉区若草台11-4）
相葉 千晶 様のお引越しを担当いたします。

事前にお伝えしておきたいことがございます。
相葉様は元配偶者からのDV被害を受けて避難されての転居で、警察と市に相談のうえ
住民票の閲覧制限（支援措置）も申請中とのことです。
元配偶者の方が、親族や業者を装って新居の場所を問い合わせてくる可能性があるため、
貴社でも入居者に関するお問い合わせには一切お答えにならないようお願いできますでしょうか。

当日の作業車両は社名の入っていないトラックを手配しております。
ご不明点がございましたら森下までご連絡ください。
""" + SIG_MORISHITA,
})

MESSAGES.append({
    "id": "moving-016",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "tracking numbers of a customer's single-pack boxes, to that customer on free mail",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["kouhei_mizusawa@yahoo.co.jp"],
    "subject": "【日の出の単身パック】お荷物の配送状況のお知らせ",
    "charset": "iso-2022-jp",
    "body": """水沢 様

日の出の単身パックをご利用いただき、ありがとうございます。
お預かりしたお荷物の配送状況をお知らせします。

　ご契約番号：SP-25-0088314
　ボックス数：2本

　ボックス1　送り状番号 4418-2290-6637　→　3/29 到着予定（配達中）
　ボックス2　送り状番号 4418-2290-6648　→　3/29 到着予定（中継センター出発）

配送状況は当社ウェブサイトの「お荷物追跡」で送り状番号を入力してご確認いただけます。
お受け取り日時の変更は、フリーダイヤルまでご連絡ください。
""" + SIG_CS,
})

MESSAGES.append({
    "id": "moving-017",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "a rate table stamped 【社外秘】 at the top of the body, sent to a subcontractor",
    "sender": "野々村 恭平 <k-nonomura@hinode-sangyo.co.jp>",
    "to": ["東和物流 営業部 <eigyo@towa-butsuryu.co.jp>"],
    "subject": "2025年度 協力会社支払単価（改定案）",
    "charset": "utf-8",
    "body": """【社外秘】
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
2025年度 協力会社 支払単価表（改定案）
引越事業部 協力会社管理課　2025.02.28 作成
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

　区分　　　　　　　現行　　　改定案　　増減
　2t車 1日　　　　 28,000　　 29,500　　+1,500
　2tロング 1日　　 31,000　　 32,500　　+1,500
　4t車 1日　　　　 42,000　　 44,000　　+2,000
　作業員 1名1日　　13,500　　 14,200　　  +700
　繁忙期加算（3/15-4/10）　+15%　　+18%
　長距離（500km超）km単価　 92　　　　98

※当社粗利目標 32% を前提とした試算。他社（丸星・ひまわり）にも同条件で提示予定。

東和物流 ご担当者様
上記のとおり来期の単価改定案をお送りします。3/10までにご意見をお聞かせください。
""" + SIG_NONOMURA,
})

_q018 = "\n".join(
    f"> {k + 1}. {P[i][NAME]}（{P[i][KANA]}） {P[i][TEL]}\n>    {P[i][OLD]} → {P[i][NEW]}"
    for k, i in enumerate(range(37, 43)))

MESSAGES.append({
    "id": "moving-018",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the client: the list of 6 transferees is only in quoted ('>') text the client itself sent",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 横溝様 <yokomizo@kawasaki-denki.co.jp>"],
    "subject": "Re: 5月異動分 転勤者名簿の送付",
    "charset": "iso-2022-jp",
    "body": """横溝様

お世話になっております。日の出産業の大槻です。
名簿を確かに受領いたしました。6名様とも、今週中に当社から
ご本人様へ訪問見積りのご連絡を差し上げます。

巽様のみ5月末のご希望とのことですので、6月初旬の繁忙期明けとなる
日程もご提案してみます。

取り急ぎ受領のご連絡まで。
大槻

2025年4月14日(月) 9:12 横溝 亮介 <yokomizo@kawasaki-denki.co.jp>:
> 日の出産業 大槻様
>
> お世話になっております。川崎電機 人事部の横溝です。
> 5月異動分の転勤者名簿をお送りします。
>
""" + _q018 + """
>
> 以上6名、よろしくお願いいたします。
> 横溝
""",
})

_m019_tr = "".join(
    f"<tr><td>{n}</td><td>{age}歳</td><td>{addr}</td><td>{tel}</td><td>{note}</td><td>{day}</td></tr>\n"
    for n, age, addr, tel, note, day in [
        ("戸叶 キヨ", 88, "東京都品川区西大井4-12-3", "03-3774-2081", "要介護1・歩行器使用", "5/8 午前"),
        ("奈良橋 勝", 81, "東京都品川区荏原6-8-17-201", "03-3781-5569", "難聴のため大きめの声で", "5/9 午後"),
        ("三ツ木 ハル", 92, "東京都大田区大森西3-24-9", "03-3763-4418", "長男様立会い 090-6628-1930", "5/10 午前"),
        ("砂子田 義男", 79, "東京都目黒区原町1-15-2", "03-3714-9062", "", "5/13 午前"),
        ("菱沼 フサ子", 84, "東京都品川区小山台2-7-11", "03-3712-6603", "透析日（月水金）を避ける", "5/14 午後"),
    ])

MESSAGES.append({
    "id": "moving-019",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail: table of 5 elderly customers with addresses, phones and care/health notes, to an external partner",
    "sender": "藤宮 千夏 <c-fujimiya@hinode-sangyo.co.jp>",
    "to": ["あんしん見守りサービス 訪問調整 <chosei@anshin-mimamori.co.jp>"],
    "subject": "5月 事前訪問（荷物整理サポート）対象のお客様",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>あんしん見守りサービス<br>訪問調整ご担当者様</p>
<p>いつもお世話になっております。日の出産業 シニアお引越しサポート室の藤宮です。<br>
5月に荷物整理の事前訪問をお願いしたいお客様は以下の5名様です。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>お名前</th><th>年齢</th><th>ご住所</th><th>電話</th><th>備考</th><th>訪問希望</th></tr>
""" + _m019_tr + """</table>
<p>訪問の際は、当社から事前にお客様へお電話しておきます。<br>
訪問結果は各回ごとに簡単なメモでお知らせいただければ幸いです。</p>
<p>日の出産業株式会社 シニアお引越しサポート室<br>藤宮 千夏<br>TEL 03-6712-4470</p>
</body></html>""",
})

MESSAGES.append({
    "id": "moving-020",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one customer's name, phone and old/new addresses for tomorrow's job, to the crew company; ends with the standard disclaimer",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 吉成班 <yoshinari-team@aoba-unyu.co.jp>"],
    "subject": "明日 3/22（土）PM便 1件 作業指示",
    "charset": "cp932",
    "body": """吉成班 各位

お疲れさまです。井ノ口です。明日のPM便1件の指示です。

　お客様：海老原 陸 様（携帯 070-7406-1958）
　搬出　：茨城県水戸市南町3-4-57 ラフォーレ南町 5F（EVあり）
　搬入　：愛知県豊田市若宮町1-57-2（戸建て、前面道路 幅4m）
　到着　：13:00〜13:30
　荷物　：2LDK相当／アップライトピアノなし／ドラム式洗濯機あり

洗濯機の給水ホースは新居で取り付けまでお願いします。
搬入は翌朝になるため、車両は当社品川センターで保管です。

以上、よろしくお願いします。
""" + SIG_INOKUCHI + "\n" + DISCLAIMER_JA,
})

# ======================================================================================
# 021–040
# ======================================================================================

MESSAGES.append({
    "id": "moving-021",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of estimates: the content cannot be inspected",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["東邦精機 人事部 石丸様 <ishimaru@tohoseiki.co.jp>"],
    "subject": "5月異動分 お見積書一式の送付",
    "charset": "iso-2022-jp",
    "body": """東邦精機株式会社
人事部　石丸様

いつもお世話になっております。日の出産業の大槻です。
5月異動分（9名様）のお見積書一式をお送りいたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたしますので、お手数ですがご確認ください。

よろしくお願いいたします。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "zip", "name": "見積書一式_202505.zip", "password": "Tk4#wQ8z",
        "files": [
            {"kind": "pdf", "name": "見積書_東邦精機様_202505.pdf",
             "lines": ["御見積書（5月異動分）", "東邦精機株式会社 様"],
             "table": [["No", "区分", "金額"], ["1", "単身", "86,000"], ["2", "家族", "214,000"]]},
            {"kind": "xlsx", "name": "見積明細_202505.xlsx",
             "sheets": {"明細": [["No", "区分", "距離", "金額"], [1, "単身", 420, 86000]]}},
        ],
    }],
})

MESSAGES.append({
    "id": "moving-022",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the separate password notice for a ZIP: no personal data, nothing attached",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["東邦精機 人事部 石丸様 <ishimaru@tohoseiki.co.jp>"],
    "subject": "【パスワードのお知らせ】5月異動分 お見積書一式の送付",
    "charset": "iso-2022-jp",
    "body": """石丸様

先ほどお送りした添付ファイルのパスワードをお知らせいたします。

　ファイル名：見積書一式_202505.zip
　パスワード：Tk4#wQ8z

なお、次回以降は当社のファイル共有サービス（ダウンロードURL方式）での
お送りに切り替えさせていただく予定です。

日の出産業　大槻
""",
})

_mn023 = my_number(23)
MESSAGES.append({
    "id": "moving-023",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an owner-driver's My Number and home address sent to the outside tax accountant",
    "sender": "柏木 俊介 <s-kashiwagi@hinode-sangyo.co.jp>",
    "to": ["森永税理士事務所 <kaikei@morinaga-tax.jp>"],
    "subject": "支払調書作成用　個人事業主ドライバーの情報",
    "charset": "cp932",
    "body": """森永税理士事務所
担当　小野寺様

いつもお世話になっております。日の出産業 経理部の柏木です。

令和6年分の報酬、料金、契約金及び賞金の支払調書作成にあたり、
追加でご依頼のあった個人事業主ドライバー1名分の情報をお送りします。

　氏名　：鳴海 俊（なるみ しゅん）
　住所　：〒332-0034 埼玉県川口市並木2-18-6 グランパレ並木105
　個人番号：""" + spaced(_mn023) + """
　支払金額：3,284,500円（源泉徴収なし）

番号確認書類（通知カード写し）は郵送にてお送りします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_KASHIWAGI,
})

_mn024a, _mn024b = my_number(241), my_number(242)
MESSAGES.append({
    "id": "moving-024",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "My Numbers of two part-time movers, but sent only to the internal HR mailbox",
    "sender": "柏木 俊介 <s-kashiwagi@hinode-sangyo.co.jp>",
    "to": ["人事部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "繁忙期アルバイト作業員 2名 個人番号の回付",
    "charset": "iso-2022-jp",
    "body": """給与担当 各位

お疲れさまです。経理の柏木です。
品川センターで3月から勤務している繁忙期アルバイト2名について、
個人番号の届出が現場経由で経理に届いていましたので回付します。

　森 颯斗　　H15.6.21生　個人番号 """ + _mn024a + """
　宮城 琴音　H16.1.9生 　個人番号 """ + _mn024b + """

原本（個人番号届出書）は本日社内便で送付済みです。
受領後、経理側の写しは破棄します。

柏木
""",
})

MESSAGES.append({
    "id": "moving-025",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "six private customers' addresses all in To: every customer sees the others (should have been Bcc)",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["ozeki.haruka0412@gmail.com", "kouhei_mizusawa@yahoo.co.jp", "t.kiyose@icloud.com",
           "minami-s.0729@docomo.ne.jp", "yu.kagaya@outlook.jp", "okabe.family@gmail.com"],
    "subject": "【日の出引越センター】お引越し後アンケートご協力のお願い",
    "charset": "utf-8",
    "body": """お客様各位

先日は日の出引越センターをご利用いただき、誠にありがとうございました。
サービス向上のため、お引越し後のアンケートにご協力をお願いいたします。

　回答URL：https://www.hinode-sangyo.co.jp/hikkoshi/enquete/?c=2504
　回答期限：2025年5月15日（木）
　所要時間：約3分

ご回答いただいた方の中から抽選で50名様に、QUOカード1,000円分を
お送りいたします（当選者の発表は発送をもって代えさせていただきます）。

今後とも日の出引越センターをよろしくお願いいたします。
""" + SIG_CS,
})

MESSAGES.append({
    "id": "moving-026",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a notice to past customers done correctly: customers only in Bcc, To is the sender's own mailbox",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>"],
    "bcc": ["ozeki.haruka0412@gmail.com", "kouhei_mizusawa@yahoo.co.jp", "t.kiyose@icloud.com",
            "minami-s.0729@docomo.ne.jp", "yu.kagaya@outlook.jp"],
    "subject": "梅雨どきのお荷物保管サービス（トランクルーム）のご案内",
    "charset": "iso-2022-jp",
    "body": """※本メールは、これまでに日の出引越センターをご利用いただいたお客様に
　一斉送信（BCC）でお送りしております。

お客様各位

いつも日の出引越センターをご利用いただき、ありがとうございます。
梅雨どきの湿気からお荷物を守る、空調完備のトランクルームのご案内です。

　・0.5畳タイプ　月額 4,400円（税込）
　・1畳タイプ　　月額 7,700円（税込）
　・お引越しと同時のお申し込みで、初月無料

詳しくはウェブサイトをご覧ください。
https://www.hinode-sangyo.co.jp/hikkoshi/storage/

配信停止をご希望の方は、本メールにその旨ご返信ください。
""" + SIG_CS,
})

MESSAGES.append({
    "id": "moving-027",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner kawasaki-denki.co.jp sent to kawasaki-denki.com (TLD swapped), with a transferee's name and mobile",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["横溝 亮介 <yokomizo@kawasaki-denki.com>"],
    "subject": "鈴鹿様 搬出日の変更について",
    "charset": "utf-8",
    "body": """横溝様

お世話になっております。日の出産業の大槻です。

5月異動の鈴鹿 杏奈様（携帯 090-1845-6670）より、搬出日を
5/24（土）から5/31（土）に変更したいとのご連絡をいただきました。
新任地への着任日が6/2に延びたためとのことです。

当社としては5/31で手配可能です。社宅の退去日との兼ね合いがございますので、
貴社で問題ないかご確認いただけますでしょうか。
""" + SIG_OTSUKI,
})

MESSAGES.append({
    "id": "moving-028",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named crew worker's criminal conviction (theft), sent to his employer, a subcontractor",
    "sender": "野々村 恭平 <k-nonomura@hinode-sangyo.co.jp>",
    "to": ["東和物流 管理部 佐々部様 <sasabe@towa-butsuryu.co.jp>"],
    "subject": "作業員の配置について（ご相談）",
    "charset": "iso-2022-jp",
    "body": """東和物流株式会社
管理部　佐々部様

いつもお世話になっております。日の出産業 協力会社管理課の野々村です。
申し上げにくいご相談で恐縮です。

貴社から当社現場に入っていただいている作業員の鷹取 慎也さんについて、
以前勤めていた運送会社で顧客宅から現金を盗んだとして逮捕され、
窃盗罪で執行猶予付きの有罪判決を受けていた、との情報が当社に寄せられました。
ご本人も当社の現場責任者との面談で事実であることを認めています。

当社はお客様のご自宅内での作業が中心となるため、大変恐縮ですが
当面、鷹取さんの当社現場への配置は見合わせていただきたく存じます。
貴社内での配置についてはもちろん貴社のご判断にお任せします。

お電話でも改めてご説明させてください。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "moving-029",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "health words (腰痛, 熱中症) in a safety seminar invitation, about no one in particular",
    "sender": "野々村 恭平 <k-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全管理室 <anzen@aoba-unyu.co.jp>"],
    "subject": "協力会社向け「腰痛予防・熱中症対策」講習会のご案内",
    "charset": "cp932",
    "body": """青葉運輸株式会社
安全管理室 御中

いつもお世話になっております。日の出産業の野々村です。
今年も繁忙期・夏季に向けて、協力会社の皆さま向けの安全講習会を開催いたします。

　日時：2025年6月11日（水）14:00〜16:00
　会場：日の出品川物流センター 3F 研修室（オンライン併用）
　内容：
　　1. 重量物の持ち方と腰痛予防ストレッチ（講師：産業理学療法士）
　　2. 熱中症の初期症状と現場での応急対応
　　3. 2024年度の労災事例の振り返り

各社2名様までご参加いただけます。
参加者のお名前を6/4（水）までにご返信ください。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "moving-030",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 7 departing tenants: names, forwarding addresses, phones, keys returned — to a property agent",
    "sender": "森下 健吾 <k-morishita@hinode-sangyo.co.jp>",
    "to": ["緑ヶ丘不動産 賃貸管理部 <chintai@midorigaoka-fudosan.jp>"],
    "subject": "社宅一斉退去 鍵返却記録の送付（グリーンハイツ緑ヶ丘）",
    "charset": "iso-2022-jp",
    "body": """緑ヶ丘不動産株式会社
賃貸管理部 御中

お世話になっております。日の出引越センターの森下です。
グリーンハイツ緑ヶ丘（借上社宅）の一斉退去に伴い、当社でお預かりした
鍵の返却記録をWordでお送りします。

鍵の現物は本日夕方、当社スタッフが貴社窓口へお持ちします。
受領印をいただいた控えを、後日PDFでご返送いただけますと助かります。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "docx", "name": "鍵返却記録_グリーンハイツ緑ヶ丘.docx",
        "title": "鍵返却記録",
        "paragraphs": ["鍵返却記録（グリーンハイツ緑ヶ丘）", "退去日：2025年3月29日・30日",
                       "作成：日の出産業株式会社 日の出引越センター"],
        "tables": [[["号室", "退去者", "転居先", "連絡先", "返却鍵", "備考"]] + [
            [room, P[i][NAME], P[i][NEW], P[i][TEL], keys, note]
            for room, i, keys, note in [
                ("101", 43, "3本", ""), ("102", 44, "3本", ""), ("201", 45, "2本", "1本紛失の申告あり"),
                ("202", 46, "3本", ""), ("203", 47, "3本＋ポスト鍵", ""), ("301", 48, "3本", ""),
                ("302", 49, "3本", "エアコン残置の相談あり")]]],
    }],
})

MESSAGES.append({
    "id": "moving-031",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one tenant's name and forwarding address for the deposit refund, to the letting agent: a single person",
    "sender": "森下 健吾 <k-morishita@hinode-sangyo.co.jp>",
    "to": ["緑ヶ丘不動産 賃貸管理部 <chintai@midorigaoka-fudosan.jp>"],
    "subject": "Re: 305号室 退去立会いの件",
    "charset": "utf-8",
    "body": """緑ヶ丘不動産 ご担当者様

お世話になっております。森下です。
305号室（槇原様）の退去立会い、4/2（水）10:00で承知しました。
当日は搬出完了後そのまま立ち会えるよう、当社スタッフも残ります。

敷金精算書の送付先は、槇原様の転居先にお願いしたいとのことです。
　槇原 千里 様
　〒220-0012 神奈川県横浜市西区みなとみらい4-7-1-3012

鍵はディンプルキー2本（刻印 No.K-7741）とポスト鍵1本で、
立会い時にお渡しします。
""" + SIG_MORISHITA,
})

MESSAGES.append({
    "id": "moving-032",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an assignee's residence card (在留カード) number and date of birth sent to an outside relocation firm",
    "sender": "Wataru Saotome <w-saotome@hinode-sangyo.co.jp>",
    "to": ["Emily Carter <e.carter@pacific-relo.com>"],
    "subject": "Mr. Lindqvist - move-in and ward office registration",
    "charset": "utf-8",
    "body": """Dear Emily,

Thank you for your help with Mr. Lindqvist's move to Tokyo.
His household goods were delivered to the new apartment yesterday, and the
unpacking service is booked for Saturday.

For the address registration at Minato ward office on Monday, your
coordinator will need the following details from his residence card:

  Name:               Johan Erik LINDQVIST
  Date of birth:      14 March 1984
  Residence card no.: RK48271056FA
  Period of stay:     until 2028-03-31

Please make sure the coordinator brings the original card and his passport.

""" + SIG_SAOTOME,
})

MESSAGES.append({
    "id": "moving-033",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF completion report with 6 households' names, new addresses and phones, to the corporate client",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["三和化成 人事課 <jinji@sanwa-kasei.co.jp>"],
    "subject": "作業完了報告書（3月後半分）",
    "charset": "cp932",
    "body": """三和化成株式会社
人事課 ご担当者様

いつもお世話になっております。日の出産業の大槻です。
3月後半に実施した転勤引越の作業完了報告書（PDF）をお送りします。
1件（二階堂様）で食器棚の扉に擦り傷があり、補償手続き中です。

ご確認のほどよろしくお願いいたします。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "pdf", "name": "作業完了報告書_三和化成様_2503後半.pdf",
        "title": "作業完了報告書",
        "lines": ["作業完了報告書（2025年3月後半）", "三和化成株式会社 御中",
                  "日の出産業株式会社 引越事業部 法人転勤サポート課", ""],
        "table": [["完了日", "氏名", "新住所", "連絡先", "破損"]] + [
            [d, P[i][NAME], P[i][NEW], P[i][TEL], b]
            for d, i, b in [("3/17", 20, "なし"), ("3/19", 21, "なし"), ("3/22", 25, "あり（食器棚）"),
                            ("3/24", 26, "なし"), ("3/27", 27, "なし"), ("3/29", 28, "なし")]],
        "page_footer": "1 / 1",
    }],
})

MESSAGES.append({
    "id": "moving-034",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way kick-off: the client and one subcontractor in To/Cc, no personal data",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 総務部 高野様 <takano@kitaguni-foods.co.jp>"],
    "cc": ["青葉運輸 仁科様 <nishina@aoba-unyu.co.jp>"],
    "subject": "7月異動 転勤引越 キックオフ会議のご案内",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社 高野様
（cc: 青葉運輸株式会社 仁科様）

お世話になっております。日の出産業の大槻です。
7月の定期異動に向けたキックオフ会議を、下記のとおりご案内いたします。

　日時：6月10日（火）15:00〜16:00
　場所：北国フーズ様 本社 5F 会議室B（Teams併用）
　議題：
　　1. 異動規模の見込み（事業所別）
　　2. 社宅の退去・入居スケジュール
　　3. 北海道〜本州間のフェリー輸送枠の確保
　　4. 連絡体制（当社・青葉運輸様・各事業所）

青葉運輸様には北海道発の長距離輸送をお願いする予定のため、
ご同席いただきます。ご都合をお知らせください。
""" + SIG_OTSUKI,
})

_m035 = ["お客様名\t電話\t回収先住所\t品目\t希望日"]
for _i, _item, _d in [(0, "冷蔵庫(2ドア)、電子レンジ", "4/5"), (4, "シングルベッド(マットレス込)", "4/5"),
                      (9, "洗濯機、カラーボックス×3", "4/6"), (12, "ソファ(3人掛)", "4/6"),
                      (17, "学習机、本棚", "4/7"), (22, "32型テレビ、テレビ台", "4/7")]:
    _p = P[_i]
    _m035.append(f"{_p[NAME]}\t{_p[TEL]}\t{_p[OLD]}\t{_item}\t{_d}")

MESSAGES.append({
    "id": "moving-035",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated paste of 6 customers' names, phones and addresses for bulky-waste collection, to a disposal contractor",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["エコライン回収 受付 <uketsuke@ecoline-kaishu.jp>"],
    "subject": "不用品回収のご依頼（6件）",
    "charset": "utf-8",
    "body": """エコライン回収 ご担当者様

お世話になっております。日の出産業の井ノ口です。
引越に伴う不用品回収を6件お願いします。Excelから貼り付けます。

""" + "\n".join(_m035) + """

家電リサイクル券は当社で発行済みです（控えは当日お客様にお渡しください）。
回収時間はお客様に直接ご連絡のうえ調整をお願いします。
""" + SIG_INOKUCHI,
})

MESSAGES.append({
    "id": "moving-036",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one customer's gas stop/start request (utilities hand-over) to the gas company: a single person",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["城南ガス 引越受付センター <hikkoshi@jonan-gas.co.jp>"],
    "subject": "【引越ワンストップ】ガス閉栓・開栓のお申込み（代行）",
    "charset": "cp932",
    "body": """城南ガス株式会社
引越受付センター 御中

いつもお世話になっております。日の出引越センターです。
引越ワンストップサービスにて、お客様よりガスの閉栓・開栓手続きの代行を承りました。

　お客様氏名：湯浅 和樹 様
　ご連絡先　：080-3917-5562
　閉栓　　　：4月18日（金）午前　和歌山県和歌山市十番丁19（※貴社エリア外のため参考）
　開栓　　　：4月19日（土）14:00〜16:00　東京都目黒区中目黒3-6-18
　開栓立会い：ご本人様
　ガス機器　：ガスコンロ（都市ガス用・持込）、給湯器は備付け

お客様番号は開栓時にお知らせいただけますと幸いです。
よろしくお願いいたします。
""" + SIG_CS,
})

_m037_blocks = []
for _k, (_i, _cust) in enumerate([(29, "4401-2281-06"), (31, "4401-7713-52"), (33, "4401-0952-18"),
                                  (36, "4401-3390-77"), (38, "4401-6618-23")]):
    _p = P[_i]
    _m037_blocks.append(f"""【{_k + 1}】
　ご契約者：{_p[NAME]}（{_p[KANA]}）
　電話　　：{_p[TEL]}
　旧住所　：{_p[OLD]}（停止 4/{_k + 10}）
　新住所　：{_p[NEW]}（開始 4/{_k + 11}）
　お客様番号：{_cust}""")

MESSAGES.append({
    "id": "moving-037",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one block per person: 5 customers' electricity stop/start with names, phones, old and new addresses, to the power company",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["東都エナジー 転居手続き窓口 <tenkyo@toto-energy.co.jp>"],
    "subject": "電気の使用停止・開始 代行申込（5件）",
    "charset": "iso-2022-jp",
    "body": """東都エナジー株式会社
転居手続き窓口 御中

お世話になっております。日の出引越センターです。
引越ワンストップサービスで承ったお客様5名分の、電気の使用停止・開始の
お申し込みをお送りします。

""" + "\n\n".join(_m037_blocks) + """

スマートメーターの遠隔切替のため、立会いは不要と伺っております。
不備がございましたらご連絡ください。
""" + SIG_CS,
})

MESSAGES.append({
    "id": "moving-038",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "12-digit storage and contract numbers that look like ID numbers but are business reference numbers",
    "sender": "今泉 早紀 <s-imaizumi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 総務部 高野様 <takano@kitaguni-foods.co.jp>"],
    "subject": "東京支社移転 一時保管分の管理番号について",
    "charset": "utf-8",
    "body": """高野様

お世話になっております。日の出産業の今泉です。
東京支社移転で一時保管しているお荷物の管理番号をお知らせします。
お問い合わせの際は、下記の番号をお伝えください。

　保管契約番号　　：3102 5584 7719
　お問い合わせ番号：8820-4417-3065
　保管倉庫　　　　：日の出品川物流センター B棟 3F（区画 B3-114〜B3-121）
　保管物　　　　　：書庫用キャビネット 14本、文書保存箱 286箱、OA機器 22点
　保管期間　　　　：2025/05/01〜2025/07/31（以降1か月単位で延長可）
　発注番号（貴社）：PO-KF-2025-00418

取り出しのご依頼は、3営業日前までにご連絡いただければ対応いたします。
""" + SIG_IMAIZUMI,
})

_m039_rows = [["事故番号", "発生日", "お客様氏名", "住所", "電話", "破損品", "修理見積"]]
for _no, _d, _i, _item, _amt in [("HJ25-0311", "3/08", 1, "ドラム式洗濯機 外装割れ", "48,400"),
                                  ("HJ25-0317", "3/12", 6, "フローリング擦り傷（新居）", "66,000"),
                                  ("HJ25-0322", "3/15", 11, "姿見（全損）", "19,800"),
                                  ("HJ25-0329", "3/21", 23, "本棚 天板割れ", "27,500"),
                                  ("HJ25-0334", "3/27", 35, "ノートPC 液晶破損", "132,000")]:
    _p = P[_i]
    _m039_rows.append([_no, _d, _p[NAME], _p[NEW], _p[TEL], _item, _amt])

MESSAGES.append({
    "id": "moving-039",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "monthly list of 5 damage claims with customers' names, addresses and phones, to the insurer",
    "sender": "鶴見 美穂 <m-tsurumi@hinode-sangyo.co.jp>",
    "to": ["あおい損保 企業損害サービス課 <kigyo-songai@aoi-sonpo.co.jp>"],
    "subject": "運送保険 3月度事故報告（5件）",
    "charset": "cp932",
    "body": """あおい損害保険株式会社
企業損害サービス課 御中

お世話になっております。日の出産業 お客様相談室の鶴見です。
3月度の運送保険の事故報告をお送りいたします（証券番号 UNS-2024-118806）。

""" + text_table(_m039_rows, rule="=") + """

写真・修理見積書は各案件ごとに別途郵送いたします。
HJ25-0334はお客様がデータ復旧費用も請求されたいとのことで、別途ご相談させてください。
""" + SIG_TSURUMI,
})

MESSAGES.append({
    "id": "moving-040",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a single damage claim (one customer's name and address, a scratched fridge) to the insurer, photos attached",
    "sender": "鶴見 美穂 <m-tsurumi@hinode-sangyo.co.jp>",
    "to": ["あおい損保 企業損害サービス課 内海様 <utsumi@aoi-sonpo.co.jp>"],
    "subject": "事故受付 HJ25-0402 冷蔵庫側面へこみ（写真送付）",
    "charset": "iso-2022-jp",
    "body": """内海様

いつもお世話になっております。日の出産業の鶴見です。
先日お電話でご連絡した事故の件、写真をお送りします。

　事故番号：HJ25-0402
　発生日　：2025年4月3日
　お客様　：宍戸 康平 様（埼玉県所沢市東町5-22-3）
　内容　　：搬入時、冷蔵庫（2019年製 465L）の右側面を玄関ドア枠に接触させ、へこみ
　お客様ご希望：修理（メーカー修理見積 34,100円）

写真は全体・アップの2枚です。
ご査定のほど、よろしくお願いいたします。
""" + SIG_TSURUMI,
    "attachments": [{"kind": "png", "name": "HJ25-0402_全体.png"},
                    {"kind": "png", "name": "HJ25-0402_アップ.png"}],
})

# ======================================================================================
# 041–060
# ======================================================================================

MESSAGES.append({
    "id": "moving-041",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a customer's child's injury and treatment plus the health insurance card 記号・番号, to the insurer",
    "sender": "鶴見 美穂 <m-tsurumi@hinode-sangyo.co.jp>",
    "to": ["あおい損保 賠償責任保険担当 <baisho@aoi-sonpo.co.jp>"],
    "subject": "【賠責】作業中の人身事故について（第一報の補足）",
    "charset": "utf-8",
    "body": """あおい損害保険株式会社
賠償責任保険ご担当者様

お世話になっております。日の出産業の鶴見です。
4/26（土）に発生した人身事故について、第一報の補足をお送りします。

搬出作業中、当社作業員が玄関脇に仮置きしたスチールラックが倒れ、
お客様のご長男 日比野 湊くん（7歳）の左足に当たりました。
同日、近隣の整形外科で診察を受け、左足背部打撲・第3中足骨の不全骨折との診断で、
全治4週間、ギプス固定中です。現在も週1回通院されています。

治療費は当社加入の賠償責任保険で対応する旨をお父様にお伝えしております。
病院への直接支払いの手続きのため、ご長男の健康保険証の情報をお預かりしました。

　保険者番号：06131427
　記号：4127　番号：2083（枝番 03）
　被保険者：日比野 徹（父）

診断書の原本は郵送いたします。ご確認をお願いいたします。
""" + SIG_TSURUMI,
})

MESSAGES.append({
    "id": "moving-042",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "an elderly customer's wheelchair use and Parkinson's disease, shared only inside the company",
    "sender": "藤宮 千夏 <c-fujimiya@hinode-sangyo.co.jp>",
    "to": ["作業手配センター <haisha-team@hinode-sangyo.co.jp>"],
    "cc": ["吉成 徹 <t-yoshinari@hinode-sangyo.co.jp>"],
    "subject": "5/3 宇多川様（シニアプラン）作業時の配慮事項",
    "charset": "iso-2022-jp",
    "body": """手配センター各位、吉成さん

お疲れさまです。藤宮です。
5/3（土）の宇多川 正子様（82歳）のお引越しについて、社内で共有します。

・パーキンソン病で車椅子を使われています。玄関のスロープは作業中も塞がないでください。
・服薬の時間（12:00）は作業を一時止めて、ヘルパーさんの出入りを優先してください。
・旧居：東京都世田谷区上北沢2-9-14　新居：東京都杉並区高井戸東3-31-2 すずらん荘102
・当日連絡先：ケアマネジャー 伊東様 03-5316-2290、ご本人 03-3302-7718

協力会社には作業指示書の「配慮事項：車椅子・介助者あり」だけ伝え、
病名は伝えないようお願いします。

藤宮
""",
})

MESSAGES.append({
    "id": "moving-043",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a named customer's religion (Muslim) and related handling requests, to a subcontracted crew",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["ひまわり運送 配車担当 <haisha@himawari-unso.jp>"],
    "subject": "5/10 ラフマン様邸 作業時のお願い",
    "charset": "cp932",
    "body": """ひまわり運送 配車ご担当者様

お世話になっております。日の出産業の井ノ口です。
5/10（土）AM便のお客様について、事前にお伝えしておきます。

お客様：ラフマン アハマド 様（川崎電機 出向者）
搬出：千葉県市川市行徳駅前2-17-4 ハイツ行徳401
搬入：東京都江戸川区西葛西6-12-9 グリーンコート西葛西702

ラフマン様ご一家はイスラム教を信仰されていて、以下のご要望があります。
　・奥様がいらっしゃる部屋での作業は女性スタッフでお願いしたい
　・礼拝用の敷物（ラグ3枚）とコーランは床に直置きせず、専用の箱で運んでほしい
　・12:30ごろ礼拝の時間があるため、15分ほど作業を中断してほしい
　・当日の差し入れ等は不要（ハラールの関係）

女性スタッフ1名の手配が可能かどうか、5/2までにご返信ください。
""" + SIG_INOKUCHI,
})

MESSAGES.append({
    "id": "moving-044",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a price list for moving Buddhist altars and shrines: a religious word, but about a service, not a person",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["やまびこ化学 総務課 <soumu@yamabiko-chem.co.jp>"],
    "subject": "Re: 仏壇・神棚の移設オプションについて",
    "charset": "iso-2022-jp",
    "body": """やまびこ化学株式会社
総務課 ご担当者様

お世話になっております。日の出産業の大槻です。
転勤者様から多いご質問とのことで、仏壇・神棚の移設オプションの料金をお送りします。

　・仏壇（上置き型）　　　梱包・運搬　 8,800円
　・仏壇（台付き・高さ150cm以上）　　22,000円
　・神棚（棚板取り外し・再設置）　　 6,600円
　・閉眼・開眼供養のご手配　　　　　 寺院・宗派により別途（ご紹介のみ）

法人契約の場合、上記は会社負担・個人負担のどちらにも設定できます。
規程上の扱いをご検討いただければと存じます。
""" + SIG_OTSUKI,
})

_m045 = "\n".join(
    f"・{P[i][NAME]}　{P[i][TEL]}　{P[i][OLD]}　→　{P[i][NEW]}" for i in (5, 10, 15, 20, 30, 40))
MESSAGES.append({
    "id": "moving-045",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but sent to hinode-sangyou.co.jp (look-alike of the own domain), carrying 6 customers' data",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["大槻 真理子 <m-otsuki@hinode-sangyou.co.jp>"],
    "subject": "GW明け 家族引越 6件の確認",
    "charset": "utf-8",
    "body": """大槻さん

お疲れさまです。井ノ口です。
GW明けの家族引越6件、お客様情報が以下で合っているか確認をお願いします。

""" + _m045 + """

勅使河原様は前回の見積りから新居住所が変わっているようなので、特に確認お願いします。

井ノ口
""",
})

_m046_list = "\n".join(
    f"{k + 1}. {P[i][NAME]}（{wareki(P[i][DOB], 'short')}生）　{P[i][TEL]}\n"
    f"   現住所：{P[i][OLD]}\n   赴任先社宅：{P[i][NEW]}\n   家族：{fam}"
    for k, (i, fam) in enumerate([(2, "妻、長女（H30.7.2生）"), (7, "単身"), (13, "夫"),
                                  (19, "妻、長男（R2.11.15生）、次男（R5.3.3生）"), (24, "単身")]))

MESSAGES.append({
    "id": "moving-046",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward (FW:) of the client's mail: 5 transferees with dates of birth, phones and addresses, to a subcontractor",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["丸星エキスプレス 業務課 <gyomu@maruboshi-ex.co.jp>"],
    "subject": "FW: 【北斗建設】6月赴任者の引越手配について",
    "charset": "iso-2022-jp",
    "body": """丸星エキスプレス 業務課 御中

お世話になっております。日の出産業の大槻です。
北斗建設様の6月赴任者5名分、下記のとおりご依頼がありましたので転送します。
長距離4件は貴社にお願いできればと考えております。車両の空き状況を教えてください。

-------- Forwarded Message --------
差出人: 北斗建設 人事部 田中 <tanaka-h@hokuto-kensetsu.co.jp>
送信日時: 2025年5月12日 17:48
宛先: 大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>
件名: 【北斗建設】6月赴任者の引越手配について

日の出産業 大槻様

いつもお世話になっております。北斗建設 人事部の田中です。
6月1日付の赴任者5名の引越手配をお願いします。
社宅の入居は5/28から可能です。

""" + _m046_list + """

ご本人への連絡は直接していただいて構いません。
田中
""",
})

MESSAGES.append({
    "id": "moving-047",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of partner hotels (addresses, front desk numbers) for temporary stays: businesses, not people",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["東邦精機 人事部 石丸様 <ishimaru@tohoseiki.co.jp>"],
    "subject": "仮住まい用 提携ホテル一覧（2025年度版）",
    "charset": "utf-8",
    "body": """石丸様

お世話になっております。大槻です。
お問い合わせいただいた、転勤時の仮住まい用の提携ホテル一覧をお送りします。
法人料金でのご予約は当社経由となります。

よろしくお願いいたします。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "pdf", "name": "提携ホテル一覧_2025.pdf", "title": "提携ホテル一覧",
        "lines": ["転勤時 仮住まい用 提携ホテル一覧（2025年度）", ""],
        "table": [["ホテル", "住所", "フロント", "法人料金(1泊)"],
                  ["さくらホテル 札幌大通", "北海道札幌市中央区南1条西5-14", "011-222-3901", "7,800円"],
                  ["さくらホテル 仙台駅前", "宮城県仙台市青葉区中央3-6-2", "022-716-3901", "7,400円"],
                  ["さくらホテル 品川", "東京都港区高輪4-9-18", "03-5423-3901", "10,900円"],
                  ["さくらホテル 名古屋栄", "愛知県名古屋市中区錦3-20-5", "052-955-3901", "8,200円"],
                  ["さくらホテル 大阪本町", "大阪府大阪市中央区本町2-3-11", "06-6264-3901", "8,600円"],
                  ["さくらホテル 博多", "福岡県福岡市博多区祇園町7-4", "092-283-3901", "7,600円"]],
    }],
})

MESSAGES.append({
    "id": "moving-048",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF statement: the guard cannot read it",
    "sender": "柏木 俊介 <s-kashiwagi@hinode-sangyo.co.jp>",
    "to": ["三和化成 経理部 <keiri@sanwa-kasei.co.jp>"],
    "subject": "3月分 ご請求明細書の送付",
    "charset": "cp932",
    "body": """三和化成株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の柏木です。
3月分の転勤引越費用のご請求明細書（PDF）をお送りいたします。

PDFにはパスワードを設定しております。
パスワードは従前どおり、貴社ご担当者様宛に別途お電話でお伝えいたします。

お支払期日：2025年4月30日
""" + SIG_KASHIWAGI,
    "attachments": [{
        "kind": "pdf", "name": "請求明細書_三和化成様_202503.pdf", "password": "sk0331",
        "lines": ["ご請求明細書（2025年3月分）", "三和化成株式会社 御中"],
        "table": [["No", "作業日", "区分", "金額"], ["1", "3/17", "家族", "214,500"],
                  ["2", "3/19", "単身", "88,000"]],
    }],
})

_t049 = corp_number("010401087652")
MESSAGES.append({
    "id": "moving-049",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an invoice with invoice number, the company's registration (T) number and the company's bank account: no person's data",
    "sender": "柏木 俊介 <s-kashiwagi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 経理課 <keiri@kitaguni-foods.co.jp>"],
    "subject": "請求書送付のご案内（INV-250331-0087）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
経理課 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
3月分のご請求書をお送りいたします。

　請求書番号：INV-250331-0087
　件名　　　：2025年3月 転勤引越費用（12件）
　ご請求金額：2,184,600円（税込）
　お支払期日：2025年4月30日（水）

　振込先：みどり銀行 浜松町支店 普通 1048827
　　　　　ニチノデサンギヨウ（カ

　適格請求書発行事業者登録番号：T""" + _t049 + """

請求書原本（PDF）は請求書発行システムからダウンロードいただけます。
""" + SIG_KASHIWAGI,
})

_m050 = text_table([["Name", "E-mail", "Mobile", "Arrival", "Home search area"]] + [
    [n, e, t, a, area] for n, e, t, a, area in [
        ("Daniel Whitford", "d.whitford@gmail.com", "+44 7700 914 228", "Jun 2", "Minato / Shibuya"),
        ("Priya Raman", "priya.raman.home@outlook.com", "+91 98450 61732", "Jun 2", "Setagaya"),
        ("Lucas Moreau", "lucas.moreau@free.fr", "+33 6 41 27 88 05", "Jun 9", "Meguro"),
        ("Hannah Berg", "hannah.berg83@gmail.com", "+49 151 2274 6630", "Jun 9", "Yokohama (Aoba-ku)"),
        ("Kevin O'Donnell", "kevin.odonnell@icloud.com", "+1 415 555 0187", "Jun 16", "Minato"),
        ("Mei-Ling Chua", "meiling.chua@yahoo.com.sg", "+65 9127 4406", "Jun 16", "Shinagawa"),
    ]])

MESSAGES.append({
    "id": "moving-050",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six inbound assignees' private e-mails and mobiles in an English plain-text table, to an outside relocation partner",
    "sender": "Wataru Saotome <w-saotome@hinode-sangyo.co.jp>",
    "to": ["Rachel Kim <rachel.kim@globalmove-partners.com>"],
    "subject": "Meridian Pharma - June inbound assignees (6)",
    "charset": "utf-8",
    "body": """Hi Rachel,

As discussed, here are the six Meridian Pharma assignees arriving in June.
Could your team start the home-finding contact this week? They have all
agreed to be contacted on their private e-mail before arrival.

""" + _m050 + """

We will handle the household goods (sea shipment + air) on our side,
so please coordinate the move-in dates with me once leases are signed.

""" + SIG_SAOTOME,
})

MESSAGES.append({
    "id": "moving-051",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a customer's passport number and date of birth for customs clearance, to a freight forwarder",
    "sender": "早乙女 航 <w-saotome@hinode-sangyo.co.jp>",
    "to": ["オーシャンリンク 通関部 <customs@oceanlink-shipping.com>"],
    "subject": "海外引越 通関書類（シンガポール向け・鬼塚様）",
    "charset": "iso-2022-jp",
    "body": """オーシャンリンク株式会社
通関部 ご担当者様

いつもお世話になっております。日の出産業 国際引越課の早乙女です。
シンガポール向け海外引越（船便20ft 1本）の通関用に、お客様情報をお送りします。

　氏名（ローマ字）：ONIZUKA DAISUKE
　氏名（漢字）　　：鬼塚 大輔
　生年月日　　　　：1981年9月8日
　旅券番号　　　　：TR4718263
　旅券有効期限　　：2032年11月20日
　出国予定日　　　：2025年6月14日
　赴任先　　　　　：川崎電機 Singapore Pte. Ltd.

携行品・別送品申告書（Unaccompanied Baggage）は本人署名済みの原本を郵送します。
パッキングリストは明日お送りします。
""" + SIG_SAOTOME,
})

MESSAGES.append({
    "id": "moving-052",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English shipping update with B/L, container and booking numbers: reference numbers, no personal data",
    "sender": "Wataru Saotome <w-saotome@hinode-sangyo.co.jp>",
    "to": ["Tan Wei Ming <weiming.tan@lionport-movers.com.sg>"],
    "subject": "Shipment HS-SG-25061 - vessel details and ETA",
    "charset": "utf-8",
    "body": """Dear Wei Ming,

Please find the shipping details for our consignment below.

  Our ref.:      HS-SG-25061
  B/L No.:       OLKTYO25060887
  Container:     TCLU 482917-3 (20' GP), seal no. 7721964
  Vessel/Voyage: KOTA HARUM 0412W
  ETD Tokyo:     19 Jun 2025
  ETA Singapore: 28 Jun 2025
  Volume:        18 cbm, 142 pkgs, gross 2,860 kg

The customer's preferred delivery date is 3 July. The original B/L will be
couriered to your office on Monday (DHL 4419 2870 31).

""" + SIG_SAOTOME + "\n" + DISCLAIMER_EN,
})

_m053_csv = [["customer_id", "name", "name_kana", "tel", "email", "old_address", "new_address", "move_date"]]
for _k, _i in enumerate(range(41, 53)):
    _p = P[_i]
    _m053_csv.append([f"C{2024100 + _k * 37}", _p[NAME], _p[KANA], _p[TEL],
                      _p[ROMAJI].lower().replace(" ", ".") + "@" + ["gmail.com", "yahoo.co.jp", "icloud.com"][_k % 3],
                      _p[OLD], _p[NEW], f"2024-{(_k % 9) + 3:02d}-{(_k * 3) % 27 + 1:02d}"])

MESSAGES.append({
    "id": "moving-053",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP with a CSV and an XLSX extract of 12 real customers (production data) sent to the IT vendor for a migration test",
    "sender": "堀之内 聡 <s-horinouchi@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 開発部 <dev-hinode@tsubasa-system.jp>"],
    "subject": "顧客管理システム移行　テスト用データ送付",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
開発部 ご担当者様

お世話になっております。日の出産業 情報システム課の堀之内です。
移行テスト用のデータを送付します。

文字化け（旧字・外字）の確認には本番データでないと再現しないとのことでしたので、
本番DBから2024年度の受注を12件抽出しています。
テスト完了後は削除をお願いします。

・customers_2024_sample.csv（UTF-8）
・受注履歴_抜粋.xlsx
""" + SIG_HORINOUCHI,
    "attachments": [{
        "kind": "zip", "name": "migration_test_data_0514.zip",
        "files": [
            {"kind": "csv", "name": "customers_2024_sample.csv", "encoding": "utf-8", "rows": _m053_csv},
            {"kind": "xlsx", "name": "受注履歴_抜粋.xlsx",
             "sheets": {"受注": [["受注番号", "顧客ID", "氏名", "電話", "作業日", "金額"]] + [
                 [f"J24-{5100 + k}", r[0], r[1], r[3], r[7], 98000 + k * 4100]
                 for k, r in enumerate(_m053_csv[1:])]}},
        ],
    }],
})

MESSAGES.append({
    "id": "moving-054",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a field definition sheet for the migration with obviously dummy sample values: no real person",
    "sender": "堀之内 聡 <s-horinouchi@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 開発部 <dev-hinode@tsubasa-system.jp>"],
    "subject": "Re: 移行項目定義書の確認",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム 開発部 ご担当者様

お世話になっております。堀之内です。
項目定義書を修正しましたので再送します。

・「旧住所」「新住所」を都道府県／市区町村／番地以降の3項目に分割
・電話番号はハイフンなし11桁で統一
・サンプル値はすべてダミーに差し替え済みです

ご確認をお願いします。
""" + SIG_HORINOUCHI,
    "attachments": [{
        "kind": "xlsx", "name": "移行項目定義書_v3.xlsx",
        "sheets": {"項目定義": [
            ["顧客管理システム 移行項目定義書 v3"],
            [],
            ["No", "項目名", "型", "桁", "必須", "サンプル"],
            [1, "顧客ID", "文字", 8, "○", "C0000001"],
            [2, "氏名", "文字", 40, "○", "日の出 太郎"],
            [3, "氏名カナ", "文字", 40, "○", "ヒノデ タロウ"],
            [4, "電話番号", "文字", 11, "○", "00000000000"],
            [5, "旧住所_都道府県", "文字", 4, "○", "（都道府県名）"],
            [6, "旧住所_市区町村", "文字", 20, "○", "（市区町村名）"],
            [7, "旧住所_番地以降", "文字", 80, "", "（番地）"],
            [8, "作業日", "日付", 10, "○", "2099-01-01"],
        ], "変更履歴": [["版", "日付", "内容"], ["v3", "2025/05/16", "住所分割、サンプル値ダミー化"]]},
    }],
})

_m055_rows = [["No", "受取人名（カナ）", "銀行", "支店", "種別", "口座番号", "金額", "摘要"]]
for _k, (_i, _bank, _br, _acct, _amt) in enumerate([
        (0, "みどり銀行", "日吉支店", "3308214", "12,400"), (3, "東北中央銀行", "一番町支店", "5520731", "8,800"),
        (9, "みどり銀行", "三宮支店", "1187462", "31,000"), (16, "ひかり信用金庫", "駅前支店", "0049385", "5,500"),
        (27, "みどり銀行", "本郷支店", "2276190", "16,500"), (34, "西海銀行", "大黒町支店", "6603357", "22,000")]):
    _m055_rows.append([str(_k + 1), P[_i][KANA], _bank, _br, "普通", _acct, _amt, "ヒノデ ヘンキン"])

MESSAGES.append({
    "id": "moving-055",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "transfer request listing 6 customers' names and bank accounts for refunds, sent to the bank",
    "sender": "柏木 俊介 <s-kashiwagi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 浜松町支店 法人営業 <hamamatsucho-hojin@midori-ginko.co.jp>"],
    "subject": "総合振込の件（お客様返金 6件）",
    "charset": "cp932",
    "body": """みどり銀行 浜松町支店
法人営業課 御中

いつもお世話になっております。日の出産業 経理部の柏木です。
インターネットバンキングの承認者が不在のため、本日分の総合振込を
書面扱いでお願いしたく、明細をお送りします（依頼書原本は午後お持ちします）。

""" + text_table(_m055_rows, gap=1) + """

振込指定日：2025年4月25日
合計：6件　96,200円
""" + SIG_KASHIWAGI,
})

MESSAGES.append({
    "id": "moving-056",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "refund notice to the customer himself on free mail; his own (masked) account",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["加賀谷 結子 <yu.kagaya@outlook.jp>"],
    "subject": "ご返金手続き完了のお知らせ",
    "charset": "utf-8",
    "body": """加賀谷 結子 様

日の出引越センターでございます。
先日はエアコン取り付けが当日できず、ご迷惑をおかけし申し訳ございませんでした。
取付費用分のご返金手続きが完了しましたのでお知らせいたします。

　ご返金額：16,500円（税込）
　お振込先：ご指定口座（みどり銀行 ****支店 普通 ***7389）
　お振込日：2025年4月25日（金）

お振込の確認ができない場合は、お手数ですがフリーダイヤルまでご連絡ください。
""" + SIG_CS,
})

MESSAGES.append({
    "id": "moving-057",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the work order workbook is corrupt and cannot be opened or inspected",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["丸星エキスプレス 業務課 <gyomu@maruboshi-ex.co.jp>"],
    "subject": "4/15 作業指示書",
    "charset": "iso-2022-jp",
    "body": """丸星エキスプレス 業務課 御中

お世話になっております。井ノ口です。
4/15分の作業指示書をお送りします。

先ほどのファイルが開けないとのご連絡をいただいたので、保存し直して再送しています。
こちらも開けない場合はお電話ください。
""" + SIG_INOKUCHI,
    "attachments": [{"kind": "corrupt", "name": "作業指示書_0415.xlsx"}],
})

MESSAGES.append({
    "id": "moving-058",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the care manager: the dementia and care-level details are only in her own quoted text ('On … wrote:')",
    "sender": "藤宮 千夏 <c-fujimiya@hinode-sangyo.co.jp>",
    "to": ["ケアプランひだまり 伊東様 <cm-ito@hidamari-care.or.jp>"],
    "subject": "Re: 山岸様のお引越し日程について",
    "charset": "iso-2022-jp",
    "body": """伊東様

ご連絡ありがとうございます。日の出産業の藤宮です。
山岸様のお引越しは、ご提案いただいた6/7（土）で確定とさせていただきます。

当日は女性スタッフ2名を含む4名でお伺いし、10時開始・15時終了の予定です。
デイサービスのお迎えが9時とのことですので、それ以降に作業を始めます。
新居での家具配置は、事前にいただいた間取り図どおりにいたします。

引き続きよろしくお願いいたします。
""" + SIG_FUJIMIYA + """

On 2025/05/20 16:05, 伊東 さおり wrote:
> 日の出産業 藤宮様
>
> いつもお世話になっております。ケアプランひだまりの伊東です。
> 山岸 清次様（84歳）のお引越しの件です。
> 山岸様は昨年脳梗塞を起こされ、右半身に麻痺が残っています（要介護3）。
> 軽度の認知症もあり、日によって混乱がみられます。
> デイサービスに行かれている6/7（土）の日中であれば、ご本人が不在の間に
> 作業を進められると思います。
>
> ケアプランひだまり 介護支援専門員 伊東 さおり
""",
})

MESSAGES.append({
    "id": "moving-059",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an assignee's wife's cancer treatment (chemotherapy) in running English text, to an outside relocation firm",
    "sender": "Wataru Saotome <w-saotome@hinode-sangyo.co.jp>",
    "to": ["Emily Carter <e.carter@pacific-relo.com>"],
    "subject": "Brandt family - timing of the move",
    "charset": "utf-8",
    "body": """Dear Emily,

A quick note on the Brandt family before you plan the home-finding days.

Mr. Markus Brandt told us this morning that his wife, Sabine Brandt, is
currently undergoing chemotherapy for breast cancer at St. Luke's and has
treatment every second Tuesday until the end of August. She gets very tired
for two or three days after each session.

Could you please avoid scheduling viewings on Tuesdays to Thursdays of
treatment weeks, and keep each viewing day short? We will also pack the
house over two half-days instead of one full day.

Many thanks for your understanding.

""" + SIG_SAOTOME,
})

MESSAGES.append({
    "id": "moving-060",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one assignee's delivery address and mobile to the relocation firm: a single person",
    "sender": "Wataru Saotome <w-saotome@hinode-sangyo.co.jp>",
    "to": ["Emily Carter <e.carter@pacific-relo.com>"],
    "subject": "Re: Ms. Okafor - delivery of air shipment",
    "charset": "utf-8",
    "body": """Dear Emily,

Thanks for confirming the lease. We will deliver Ms. Okafor's air shipment
(6 cartons, 210 kg) on Friday 6 June, 9:00-12:00.

  Consignee: Ngozi Okafor
  Address:   Park Axis Azabu 804, 2-11-9 Azabujuban, Minato-ku, Tokyo 106-0045
  Mobile:    +81 80-6672-1935

Our crew leader will call her 30 minutes before arrival.

""" + SIG_SAOTOME,
})

# ======================================================================================
# 061–080
# ======================================================================================

MESSAGES.append({
    "id": "moving-061",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the proposal's cost breakdown DOCX carries a 社外秘 page header; the mail itself says nothing about it",
    "sender": "今泉 早紀 <s-imaizumi@hinode-sangyo.co.jp>",
    "to": ["やまびこ化学 総務課 <soumu@yamabiko-chem.co.jp>"],
    "subject": "大阪工場 事務棟移転 ご提案資料の送付",
    "charset": "utf-8",
    "body": """やまびこ化学株式会社
総務課 ご担当者様

お世話になっております。日の出産業 法人オフィス移転課の今泉です。
先日の現地調査を踏まえ、大阪工場 事務棟移転のご提案資料をお送りいたします。

作業は2日間（土日）、延べ作業員46名・4t車8台を想定しております。
詳細は添付をご覧ください。
""" + SIG_IMAIZUMI,
    "attachments": [{
        "kind": "docx", "name": "ご提案_事務棟移転_原価内訳.docx", "title": "事務棟移転 ご提案",
        "page_header": "社外秘",
        "paragraphs": ["やまびこ化学株式会社 大阪工場 事務棟移転 ご提案（原価内訳）",
                       "作業期間：2025年8月9日（土）〜10日（日）",
                       "以下は当社内部の原価試算であり、提示価格は別紙見積書による。"],
        "tables": [[["項目", "原価", "提示価格", "粗利率"],
                    ["4t車 8台×2日", "704,000", "980,000", "28.2%"],
                    ["作業員 延べ46名", "653,200", "920,000", "29.0%"],
                    ["養生資材", "86,000", "140,000", "38.6%"],
                    ["協力会社手数料", "120,000", "-", "-"]]],
    }],
})

MESSAGES.append({
    "id": "moving-062",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "機密 used in passing: a quote for moving and shredding confidential documents during an office move",
    "sender": "今泉 早紀 <s-imaizumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    "subject": "事務所移転時の機密文書搬送・溶解処理のお見積り",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
事務局 ご担当者様

いつもお世話になっております。日の出産業の今泉です。
ご相談いただいた事務所移転時の機密文書の取扱いについて、お見積りをお送りします。

　1. 施錠式セキュリティボックス（120L）の貸出　 20箱　 44,000円
　2. 旧事務所→新事務所の搬送（GPS付き専用車）　　　　 38,500円
　3. 廃棄文書の溶解処理（立会い可・証明書発行）　 1箱 3,300円

溶解処理は提携工場で行い、処理後に溶解証明書を発行いたします。
搬送中はボックスを開封いたしませんので、中身の確認は不要です。

ご検討のほど、よろしくお願いいたします。
""" + SIG_IMAIZUMI + "\n" + DISCLAIMER_JA,
})

_m063_rows = [["受付番号", "受付日", "お客様氏名", "住所", "電話", "内容", "補償額", "状況"]]
for _no, _d, _i, _what, _amt, _st in [
        ("C2022-041", "2022/04/11", 13, "ピアノ鍵盤不良", 88000, "示談済"),
        ("C2022-119", "2022/09/03", 18, "新居壁面損傷", 154000, "示談済"),
        ("C2023-007", "2023/01/20", 26, "骨董皿 破損", 420000, "係争中"),
        ("C2023-052", "2023/03/30", 30, "荷物の一部紛失", 65000, "示談済"),
        ("C2023-144", "2023/10/14", 37, "冷蔵庫 故障", 99000, "示談済"),
        ("C2024-023", "2024/03/18", 39, "桐箪笥 擦り傷", 210000, "係争中"),
        ("C2024-088", "2024/07/07", 42, "搬入遅延による宿泊費", 36300, "示談済"),
        ("C2024-131", "2024/11/22", 47, "フローリング傷", 121000, "交渉中")]:
    _p = P[_i]
    _m063_rows.append([_no, _d, _p[NAME], _p[NEW], _p[TEL].replace("-", ""), _what, _amt, _st])

MESSAGES.append({
    "id": "moving-063",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS export of 8 past damage claims with customers' names, addresses and phones, to the outside law firm",
    "sender": "鶴見 美穂 <m-tsurumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "過去の補償案件一覧（ご依頼の資料）",
    "charset": "cp932",
    "body": """白川先生

いつも大変お世話になっております。日の出産業 お客様相談室の鶴見です。
先日のご相談の際にご依頼いただいた、過去3年分の補償案件のうち
高額・係争案件の一覧をお送りします。

旧補償管理システムからの出力のため、Excel 97-2003形式となっております。
係争中の2件については、経緯書を別途作成中です。
""" + SIG_TSURUMI,
    "attachments": [{"kind": "xls", "name": "補償案件一覧_2022-2024.xls",
                     "sheets": {"補償案件": _m063_rows}}],
})

MESSAGES.append({
    "id": "moving-064",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one customer's dispute (name, address, claim) sent to the company's lawyer: a single person, nothing sensitive",
    "sender": "鶴見 美穂 <m-tsurumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "Re: 粟野様の件 経緯のご報告",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。鶴見です。
粟野様の件、これまでの経緯をまとめました。

　お客様：粟野 修 様（大阪府豊中市本町1-10-4）
　作業日：2023年1月14日
　内容　：骨董の伊万里焼の大皿1枚が、搬入後の開梱時に割れているのを確認
　ご請求：420,000円（ご本人の評価額）
　当社提示：約款上の上限 300,000円、鑑定書がない場合は減額の可能性をご説明

粟野様からは「内容証明を送る」とのお話があり、その後連絡が途絶えております。
今後の対応についてご助言をいただけますでしょうか。
""" + SIG_TSURUMI,
})

_m065 = "\n".join(
    f"・{P[i][NAME]} 様　{P[i][TEL]}　{P[i][NEW]}　（{n}）" for i, n in [
        (1, "取外し1台・取付1台"), (6, "取付2台"), (12, "取付1台、配管延長"), (24, "取外し2台・取付2台"),
        (50, "取付1台、室外機ベランダ吊り")])

MESSAGES.append({
    "id": "moving-065",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "「・」 bullets of 5 customers with phones and new addresses, to an air-conditioner installer",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["クールテック 工事受付 <koji@cool-tech.jp>"],
    "subject": "エアコン工事 依頼（4月下旬分 5件）",
    "charset": "iso-2022-jp",
    "body": """クールテック 工事受付 ご担当者様

お世話になっております。日の出産業の井ノ口です。
4月下旬分のエアコン工事を以下5件お願いいたします。

""" + _m065 + """

日程はお客様へ直接お電話で調整をお願いします。
工事完了後、完了報告書をFAX（03-6712-4402）でお送りください。
""" + SIG_INOKUCHI,
})

MESSAGES.append({
    "id": "moving-066",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four customers' contacts for air-conditioner work: under the five-person threshold",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["クールテック 工事受付 <koji@cool-tech.jp>"],
    "subject": "エアコン工事 追加依頼（5月上旬）",
    "charset": "cp932",
    "body": """クールテック 工事受付 ご担当者様

いつもありがとうございます。井ノ口です。
5月上旬分の追加をお願いします。今回は4件です。

①諏訪部 陽介 様
　TEL 090-7368-2945
　新潟県長岡市城内町2-6-21
　取付1台（2.8kW、持込）

②仲宗根 結衣 様
　TEL 080-9471-3326
　東京都町田市原町田6-12-20-405
　取付2台、うち1台は隠蔽配管

③東雲 啓太 様
　TEL 070-5893-4471
　大阪府枚方市岡東町12-3-207
　取外しのみ（旧居にて、5/2）

④矢吹 丈 様
　TEL 080-7652-0934
　千葉県浦安市入船1-4-1-813
　取付1台、コンセント200V変更あり

よろしくお願いいたします。
""" + SIG_INOKUCHI,
})

_m067_inner = "\n".join(
    f"{P[i][NAME]}\t{P[i][KANA]}\t{wareki(P[i][DOB])}\t{P[i][TEL]}\t{P[i][OLD]}"
    for i in (44, 46, 48, 51, 53, 54))

MESSAGES.append({
    "id": "moving-067",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "the client's mail with 6 transferees (birth dates, phones, addresses) forwarded as an attached message to a subcontractor",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["東和物流 営業部 <eigyo@towa-butsuryu.co.jp>"],
    "subject": "FW: 7月異動者リスト（北国フーズ）",
    "charset": "iso-2022-jp",
    "body": """東和物流 営業部 御中

お世話になっております。日の出産業の大槻です。
北国フーズ様の7月異動者リストを添付で転送します。
北海道・東北発の案件は貴社にお願いする予定です。見積りをお願いします。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "eml", "name": "7月異動者リスト.eml",
        "message": {
            "sender": "高野 美由紀 <takano@kitaguni-foods.co.jp>",
            "to": ["大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>"],
            "subject": "7月異動者リスト",
            "charset": "iso-2022-jp",
            "body": """日の出産業 大槻様

お世話になっております。北国フーズ 総務部の高野です。
7月異動者のリストをお送りします（人事システムから貼り付けています）。

氏名\tフリガナ\t生年月日\t携帯\t現住所
""" + _m067_inner + """

社宅の手配は当社で行います。よろしくお願いいたします。
高野
""",
        },
    }],
})

MESSAGES.append({
    "id": "moving-068",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner sakura-hotel.jp misspelt sakura-hote1.jp (l → 1), with a guest's name and mobile",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 品川 <shinagawa@sakura-hote1.jp>"],
    "subject": "法人予約：6/1〜6/4 シングル1室",
    "charset": "utf-8",
    "body": """さくらホテル 品川 ご予約ご担当者様

いつもお世話になっております。日の出産業の大槻です。
下記のとおり法人料金でのご予約をお願いいたします。

　ご宿泊者：蓮見 彩花 様（携帯 090-8817-5034）
　日程　　：2025年6月1日（日）〜6月4日（水）3泊
　部屋　　：シングル禁煙
　お支払い：当社請求（法人契約番号 HS-CORP-0172）

チェックインは20時ごろのご予定です。
""" + SIG_OTSUKI,
})

MESSAGES.append({
    "id": "moving-069",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a customer's son's autism spectrum disorder (disability) described in running text to a crew company",
    "sender": "森下 健吾 <k-morishita@hinode-sangyo.co.jp>",
    "to": ["ひまわり運送 近藤様 <kondo@himawari-unso.jp>"],
    "subject": "6/14 柚木様 作業のお願い（静かな作業への配慮）",
    "charset": "iso-2022-jp",
    "body": """近藤様

お世話になっております。日の出引越センターの森下です。
6/14（土）の柚木様邸（千葉県習志野市谷津5-8-22 → 千葉県船橋市前原西2-14-3）の件で
お願いがあります。

柚木 雅人様のご長男（小学3年生）に自閉スペクトラム症があり、大きな音や
知らない人が大勢家に入ることに強い不安を感じてしまうそうです。
奥様からは、
　・作業員の方の人数はできるだけ少なく（3名まで）
　・掛け声や大きな声は控えめに
　・お子さんの部屋の荷物は最後にまとめて運ぶ
といったご要望をいただいています。

ご長男は当日の午前中は放課後等デイサービスに行かれるため、子ども部屋は午前中に
片付けられるよう段取りいただけると助かります。
""" + SIG_MORISHITA,
})

MESSAGES.append({
    "id": "moving-070",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregated statistics of last year's transfers by office (counts, averages): no individual",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 横溝様 <yokomizo@kawasaki-denki.co.jp>"],
    "subject": "2024年度 転勤引越 実績サマリのご報告",
    "charset": "utf-8",
    "body": """横溝様

お世話になっております。日の出産業の大槻です。
2024年度の転勤引越の実績サマリをお送りします。

　総件数：214件（前年比 +12件）
　単身 121件／家族 93件
　平均費用：単身 81,300円、家族 196,400円
　破損・事故：3件（発生率 1.4%）
　顧客満足度（5段階）：4.52

事業所別・月別の内訳はExcelにまとめております。
来年度の予算策定のご参考になれば幸いです。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "xlsx", "name": "2024年度_転勤引越実績_川崎電機様.xlsx",
        "sheets": {
            "事業所別": [["2024年度 転勤引越 実績（事業所別）"], [],
                      ["事業所", "単身", "家族", "合計", "平均費用(円)"],
                      ["本社（川崎）", 38, 29, 67, 142800], ["横浜事業所", 21, 17, 38, 131500],
                      ["名古屋工場", 24, 18, 42, 151200], ["大阪支社", 19, 14, 33, 138900],
                      ["福岡営業所", 19, 15, 34, 165400]],
            "月別": [["月", "件数"], ["4月", 31], ["5月", 9], ["6月", 7], ["7月", 26], ["8月", 5],
                   ["9月", 11], ["10月", 38], ["11月", 6], ["12月", 4], ["1月", 8], ["2月", 12], ["3月", 57]],
        },
    }],
})

_m071 = [["郵便番号", "配送先住所", "電話番号", "箱数(M)", "箱数(L)", "配達希望日"]]
for _k, (_zip, _i) in enumerate([("223-0061", 0), ("060-0042", 1), ("812-0011", 2), ("980-0811", 3),
                                 ("460-0008", 4), ("530-0012", 5), ("730-0031", 6), ("330-0063", 7),
                                 ("260-0013", 8), ("650-0021", 9)]):
    _m071.append([_zip, P[_i][OLD], P[_i][TEL], 15 + _k % 3 * 5, 5 + _k % 2 * 5, f"2025/03/{10 + _k}"])

MESSAGES.append({
    "id": "moving-071",
    "expect": "stop",
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 10 private delivery addresses and phones with no name column, to the box supplier",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["錦印刷 資材課 <shizai@nishiki-insatsu.co.jp>"],
    "subject": "梱包資材 直送のお願い（10件）",
    "charset": "utf-8",
    "body": """錦印刷株式会社
資材課 御中

お世話になっております。日の出産業の井ノ口です。
3月分の梱包資材（ロゴ入りダンボール）について、お客様宅への直送を10件お願いします。
送り状に記載する配送先をCSVでお送りします。宛名は「日の出引越センター お客様」で結構です。
""" + SIG_INOKUCHI,
    "attachments": [{"kind": "csv", "name": "資材直送先_202503.csv", "encoding": "utf-8", "rows": _m071}],
})

MESSAGES.append({
    "id": "moving-072",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an order for printed boxes with product codes and quantities: no personal data",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 三上様 <mikami@nishiki-insatsu.co.jp>"],
    "subject": "ご発注：ロゴ入りダンボール（繁忙期追加分）",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
営業部　三上様

いつもお世話になっております。日の出産業の井ノ口です。
繁忙期の追加分として、以下のとおり発注いたします。

　発注番号：HP-2025-0219
　品番 HD-BOX-M（Mサイズ 400×300×300）　 3,000枚　@118円
　品番 HD-BOX-L（Lサイズ 500×400×400）　 1,500枚　@164円
　品番 HD-HNG（ハンガーボックス）　　　　　 200個　@980円
　品番 HD-TAPE（ロゴ入りOPPテープ）　　　　 600巻　@142円

納品先：日の出品川物流センター 1F資材庫（東京都品川区東品川4-8-21）
納期　：2月28日（金）午前必着

請求は月末締めでお願いします。
""" + SIG_INOKUCHI,
})

MESSAGES.append({
    "id": "moving-073",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a PPTX report whose complaints slide lists 5 transferees with names and phones, to the client",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 横溝様 <yokomizo@kawasaki-denki.co.jp>"],
    "subject": "四半期報告会（1-3月）資料の事前送付",
    "charset": "cp932",
    "body": """横溝様

お世話になっております。日の出産業の大槻です。
来週の四半期報告会の資料を事前にお送りします。
P.4にクレーム・ご要望の対応状況をまとめております。

当日はどうぞよろしくお願いいたします。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "pptx", "name": "四半期報告_2025Q1_川崎電機様.pptx",
        "title": "四半期報告会 2025年1-3月",
        "slides": [
            ["川崎電機様 転勤引越 四半期報告（2025年1-3月）", "日の出産業株式会社 法人転勤サポート課"],
            ["実績", "件数：57件（単身31／家族26）", "平均費用：148,200円", "満足度：4.48"],
            ["改善施策", "訪問見積りのオンライン化", "搬出日の土日枠を拡大"],
            ["クレーム・ご要望 対応状況",
             "勅使河原 健 様 070-3561-9084：到着遅延（2時間）→ 謝罪・一部返金済",
             "宇佐美 里穂 様 080-4470-2218：洗濯機の排水ホース未接続 → 再訪対応済",
             "鬼塚 大輔 様 090-2836-5501：作業員の言葉遣い → 協力会社へ指導",
             "十河 正樹 様 080-6627-1190：段ボール回収の遅れ → 対応済",
             "樋渡 美咲 様 090-5149-8863：見積額との差異 → 説明のうえ了承"],
            ["次四半期の予定", "7月異動：約40件見込み", "新料金表の適用開始"],
        ],
    }],
})

MESSAGES.append({
    "id": "moving-074",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a sales proposal deck for a relocation programme: no personal data, no marking",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["北斗建設 人事部 田中様 <tanaka-h@hokuto-kensetsu.co.jp>"],
    "subject": "転勤支援プログラムのご提案",
    "charset": "utf-8",
    "body": """田中様

お世話になっております。日の出産業の大槻です。
先日お話しした「転勤支援プログラム」のご提案資料をお送りします。
内示から着任後の手続きまでを当社窓口で一括して承るプランです。

ご検討のほど、よろしくお願いいたします。
""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "pptx", "name": "転勤支援プログラムご提案_北斗建設様.pptx",
        "slides": [
            ["転勤支援プログラムのご提案", "北斗建設株式会社 様", "日の出産業株式会社"],
            ["課題", "人事部様の手配工数", "転勤者ごとの費用のばらつき", "繁忙期の業者確保"],
            ["サービス内容", "専任窓口による一括手配", "法人料金表による費用の標準化",
             "仮住まい・社宅入退去・ライフライン手続き代行"],
            ["料金体系", "基本料金：法人契約料金表による", "手配手数料：1件 3,000円", "年間契約で手数料無料"],
        ],
    }],
})

_m075 = text_table([["氏名", "フリガナ", "生年月日", "携帯", "所属"]] + [
    [n, k, b, t, c] for n, k, b, t, c in [
        ("吉成 徹", "ヨシナリ トオル", "1979年2月11日", "080-3341-7702", "日の出産業"),
        ("坂巻 竜也", "サカマキ タツヤ", "1988年10月30日", "090-6618-2094", "青葉運輸"),
        ("栗林 大悟", "クリバヤシ ダイゴ", "1995年5月7日", "070-2290-8815", "青葉運輸"),
        ("日下部 隆", "クサカベ タカシ", "1972年12月3日", "080-9057-3318", "青葉運輸"),
        ("外園 翼", "ホカゾノ ツバサ", "2001年8月19日", "090-4478-6621", "丸星エキスプレス"),
        ("眞田 拓", "サナダ タク", "1999年3月25日", "070-8806-1143", "丸星エキスプレス"),
        ("長嶺 勇斗", "ナガミネ ユウト", "2003年1月14日", "080-2215-9970", "丸星エキスプレス"),
    ]], gap=1, fill="　")

MESSAGES.append({
    "id": "moving-075",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a roster of 7 movers with dates of birth and mobiles (padded with full-width spaces), to a building's security office",
    "sender": "野々村 恭平 <k-nonomura@hinode-sangyo.co.jp>",
    "to": ["月島レジデンス 防災センター <bosai@tsukishima-residence.jp>"],
    "subject": "6/7 入館申請（作業員名簿）",
    "charset": "iso-2022-jp",
    "body": """月島レジデンス 防災センター 御中

お世話になっております。日の出産業の野々村です。
6/7（土）2714号室の引越作業につき、入館申請をお送りします。
作業時間 9:00〜16:00、車両は2tロング2台です。

""" + _m075 + """

入館証の受け取りは当日8:45に責任者の吉成が伺います。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "moving-076",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "building work application with vehicle plates, head-count and the sender's own contact: no people's records",
    "sender": "野々村 恭平 <k-nonomura@hinode-sangyo.co.jp>",
    "to": ["月島レジデンス 防災センター <bosai@tsukishima-residence.jp>"],
    "subject": "6/21 作業届（車両・養生）",
    "charset": "cp932",
    "body": """月島レジデンス 防災センター 御中

お世話になっております。日の出産業の野々村です。
6/21（土）1508号室の作業届をWordでお送りします。
作業員の名簿は、前回ご指示のとおり当日朝に紙でお渡しします。
""" + SIG_NONOMURA,
    "attachments": [{
        "kind": "docx", "name": "作業届_0621_1508号室.docx",
        "paragraphs": ["作業届", "作業日：2025年6月21日（土）9:00〜15:00", "作業内容：1508号室 退去に伴う搬出",
                       "作業会社：日の出産業株式会社（責任者 野々村 恭平 03-6712-4420）",
                       "作業員数：5名"],
        "tables": [[["車両", "ナンバー", "車高", "入庫予定"],
                    ["2tロング", "品川 130 は 42-18", "3.1m", "8:40"],
                    ["2t", "品川 400 せ 77-03", "2.9m", "8:40"]],
                   [["養生箇所", "有無"], ["エントランス床", "有"], ["非常用EV（2号機）", "有"],
                    ["15F共用廊下", "有"]]],
    }],
})

MESSAGES.append({
    "id": "moving-077",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "a quote request to three competing subcontractors, all visible in To (should have been Bcc)",
    "sender": "野々村 恭平 <k-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 仁科様 <nishina@aoba-unyu.co.jp>",
           "丸星エキスプレス 業務課 <gyomu@maruboshi-ex.co.jp>",
           "東和物流 営業部 <eigyo@towa-butsuryu.co.jp>"],
    "subject": "【お見積り依頼】2026年3月繁忙期 応援車両・作業員",
    "charset": "utf-8",
    "body": """協力会社各位

いつもお世話になっております。日の出産業 協力会社管理課の野々村です。
来年3月の繁忙期に向けて、応援車両・作業員のお見積りをお願いいたします。

　期間：2026年3月14日（土）〜4月12日（日）
　車両：2tロング・4t（1日単位）
　作業員：1日単位（リーダー／一般）
　提出期限：2025年10月31日（金）

各社のご提示内容を比較のうえ、11月中旬に配分をご連絡いたします。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "moving-078",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a new mover's basic pension number and date of birth for social insurance enrolment, sent to an outside labour consultant",
    "sender": "人事部 秋吉 <h-akiyoshi@hinode-sangyo.co.jp>",
    "to": ["神田社会保険労務士事務所 <office@kanda-sr.jp>"],
    "subject": "社会保険 資格取得届の作成依頼（1名）",
    "charset": "iso-2022-jp",
    "body": """神田社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業 人事部の秋吉です。
6月1日付で正社員登用となる作業スタッフ1名について、健康保険・厚生年金の
資格取得届の作成をお願いいたします。

　氏名　　　：外園 翼（ホカゾノ ツバサ）
　生年月日　：平成13年8月19日
　住所　　　：東京都大田区東糀谷3-7-12 コーポ糀谷201
　基礎年金番号：4208-615937
　報酬月額　：262,000円

扶養家族はおりません。
よろしくお願いいたします。

日の出産業株式会社 人事部 秋吉 晴香
TEL 03-5472-8803
""",
})

MESSAGES.append({
    "id": "moving-079",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a moving checklist that mentions マイナンバーカード and 健康保険証 procedures, with no one's numbers, to a customer on free mail",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["t.kiyose@icloud.com"],
    "subject": "【日の出引越センター】お引越し前後の手続きチェックリスト",
    "charset": "utf-8",
    "body": """清瀬 様

このたびはご成約いただき、誠にありがとうございます。
お引越しの前後に必要な手続きを、チェックリストにまとめました。

■お引越し前
　□ 転出届（市区町村が変わる場合。マイナンバーカードがあればオンライン可）
　□ 電気・ガス・水道の停止連絡（当社ワンストップサービスで代行可）
　□ インターネット回線の移転手続き
　□ 郵便物の転送届（e転居）

■お引越し後（14日以内）
　□ 転入届・転居届
　□ マイナンバーカードの住所変更（券面記載事項の変更）
　□ 国民健康保険の加入手続き（会社の健康保険証の方は勤務先へ住所変更の届出）
　□ 運転免許証の住所変更（警察署・運転免許センター）
　□ 自動車の車庫証明・登録変更

ご不明な点はお気軽にお問い合わせください。
""" + SIG_CS,
})

_m080 = "\n".join(
    f"{zen(str(k + 1))}．{n}（{wareki(b, 'zen')}生）\n"
    f"　　現住所　{zen(o)}\n　　転居先　{zen(nw)}\n　　電話　　{zen(t)}"
    for k, (n, b, o, nw, t) in enumerate([
        ("鳥越 シズエ", "1938-03-14", "東京都江東区北砂4-18-2", "東京都江東区東砂7-3-11 都営東砂第二アパート3-104", "03-3644-2197"),
        ("芹澤 和夫", "1941-09-02", "東京都江東区南砂2-5-16", "東京都江東区大島6-1-9-208", "03-3647-8820"),
        ("宮入 キミ", "1935-12-25", "東京都江東区北砂6-11-4", "東京都墨田区文花1-22-5", "03-3640-5512"),
        ("鞍掛 昭三", "1944-06-18", "東京都江東区東砂3-27-8", "東京都江東区亀戸9-14-3-501", "03-3645-0376"),
        ("今牧 トシ子", "1939-01-30", "東京都江東区南砂5-9-21", "東京都江戸川区小松川2-8-14", "03-3699-4731"),
    ]))

MESSAGES.append({
    "id": "moving-080",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5 elderly residents with 和暦 birth dates, addresses and phones written in full-width digits, to the NPO running the ward's subsidy",
    "sender": "藤宮 千夏 <c-fujimiya@hinode-sangyo.co.jp>",
    "to": ["NPO法人すまいサポート江東 事務局 <jimukyoku@sumai-support-koto.or.jp>"],
    "subject": "高齢者住み替え支援事業　6月実施予定者のご報告",
    "charset": "cp932",
    "body": """NPO法人すまいサポート江東
事務局 住み替え支援ご担当者様

いつもお世話になっております。日の出産業 シニアお引越しサポート室の藤宮です。
江東区の高齢者住み替え支援事業（引越費用助成）の6月実施予定者をご報告いたします。

""" + _m080 + """

助成申請書は各ご本人様から直接ご提出いただく予定です。
引越完了後、実績報告書を取りまとめてお送りいたします。
""" + SIG_FUJIMIYA,
})

# ======================================================================================
# 081–100
# ======================================================================================

MESSAGES.append({
    "id": "moving-081",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the stamp is only inside the ZIP: a cost sheet DOCX with a 社外秘 header next to the customer-facing estimate PDF",
    "sender": "今泉 早紀 <s-imaizumi@hinode-sangyo.co.jp>",
    "to": ["北斗建設 総務部 <somu@hokuto-kensetsu.co.jp>"],
    "subject": "横浜支店 移転工事 お見積り一式",
    "charset": "iso-2022-jp",
    "body": """北斗建設株式会社
総務部 ご担当者様

お世話になっております。日の出産業の今泉です。
横浜支店移転のお見積り一式をZIPにまとめてお送りします。
（パスワードは設定しておりません）

ご不明点がございましたらお気軽にお問い合わせください。
""" + SIG_IMAIZUMI,
    "attachments": [{
        "kind": "zip", "name": "横浜支店移転_見積一式.zip",
        "files": [
            {"kind": "pdf", "name": "御見積書_横浜支店移転.pdf",
             "lines": ["御見積書", "北斗建設株式会社 御中", "件名：横浜支店 移転作業一式", ""],
             "table": [["項目", "金額"], ["搬出・搬入作業", "1,240,000"], ["什器組立", "380,000"],
                       ["養生", "96,000"], ["合計（税込）", "1,887,600"]]},
            {"kind": "docx", "name": "原価計算シート_横浜支店.docx", "page_header": "社外秘",
             "paragraphs": ["原価計算シート（横浜支店移転）", "作成：法人オフィス移転課"],
             "tables": [[["項目", "原価", "売価"], ["作業員 延べ28名", "392,000", "728,000"],
                         ["4t車 5台", "220,000", "512,000"]]]},
        ],
    }],
})

MESSAGES.append({
    "id": "moving-082",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a project timeline full of dates (notice, packing, move, handover) that are not birth dates",
    "sender": "今泉 早紀 <s-imaizumi@hinode-sangyo.co.jp>",
    "to": ["三和化成 総務部 <somu@sanwa-kasei.co.jp>"],
    "subject": "本社移転 全体スケジュール（改訂版）",
    "charset": "cp932",
    "body": """三和化成株式会社
総務部 ご担当者様

お世話になっております。日の出産業の今泉です。
先日の定例会の決定事項を反映し、全体スケジュールを改訂しました。

　2025年3月14日（金）　社内告知・梱包説明会
　2025年4月1日（火）　 資材（ダンボール1,200箱）搬入
　2025年4月21日（月）　不要什器の廃棄日（第1回）
　2025年5月9日（金）　 個人梱包締切（18:00）
　2025年5月17日（土）　旧オフィス搬出
　2025年5月18日（日）　新オフィス搬入・レイアウト
　2025年5月19日（月）　新オフィス業務開始／当社スタッフ常駐（〜5/23）
　2025年6月30日（月）　旧オフィス原状回復・明け渡し

変更点は4/21の廃棄日の追加と、原状回復の完了日を6/30に前倒しした2点です。
""" + SIG_IMAIZUMI,
})

MESSAGES.append({
    "id": "moving-083",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "security-lock options offered generally to a customer on free mail: crime words (空き巣) but no one is said to be a victim",
    "sender": "森下 健吾 <k-morishita@hinode-sangyo.co.jp>",
    "to": ["岡部様 <okabe.family@gmail.com>"],
    "subject": "Re: 新居の防犯対策オプションについて",
    "charset": "iso-2022-jp",
    "body": """岡部様

お問い合わせありがとうございます。日の出引越センターの森下です。
新居の防犯対策オプションについてご案内いたします。

空き巣の侵入経路は窓が最も多いと言われており、1階・2階のお住まいの場合は
窓の補助錠の取り付けをおすすめしております。

　・窓用補助錠（2か所）　　　　　　　　 5,500円
　・防犯フィルム施工（腰高窓1枚）　　　 13,200円
　・玄関ドアの鍵交換（ディンプルキー）　 22,000円〜
　　※賃貸物件の場合は管理会社様の承諾が必要です

お引越し当日に合わせて施工することも可能です。
ご希望の項目をお知らせください。
""" + SIG_MORISHITA,
})

MESSAGES.append({
    "id": "moving-084",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer's ethnic origin (Ainu) in a complaint about a crew member's remark, sent to the subcontractor",
    "sender": "鶴見 美穂 <m-tsurumi@hinode-sangyo.co.jp>",
    "to": ["東和物流 管理部 佐々部様 <sasabe@towa-butsuryu.co.jp>"],
    "subject": "5/24 作業時の作業員の発言について（お客様からのお申し出）",
    "charset": "utf-8",
    "body": """東和物流株式会社
管理部　佐々部様

お世話になっております。日の出産業 お客様相談室の鶴見です。
5/24（土）に貴社作業員の方に入っていただいた北見 遼一様邸の作業について、
お客様から強いお申し出がありましたのでご報告します。

北見様はアイヌ民族の出自で、居間に飾られていた伝統の刺繍衣装や
木彫りの道具について、梱包中の作業員の方が出自を揶揄するような発言をされ、
北見様とご家族が大変傷つかれたとのことです。
北見様は当社からの謝罪は受け入れてくださいましたが、作業員ご本人からの謝罪と
再発防止策の説明を求めておられます。

事実関係のご確認と、当該作業員の方への聞き取りをお願いできますでしょうか。
今週中にお打ち合わせの時間をいただけますと幸いです。
""" + SIG_TSURUMI,
})

MESSAGES.append({
    "id": "moving-085",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail classified 【部外秘】 in the subject and at the head of the body, sent to the printing company",
    "sender": "森下 健吾 <k-morishita@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 三上様 <mikami@nishiki-insatsu.co.jp>"],
    "subject": "【部外秘】10月料金改定（案）チラシ原稿",
    "charset": "iso-2022-jp",
    "body": """■部外秘■　取締役会承認前の資料です

三上様

お世話になっております。日の出引越センターの森下です。
10月の料金改定に向けたチラシの原稿案をお送りします。
改定内容は正式決定前ですので、版下の作成までに留めてください。

　・単身プラン　　　 29,800円 → 32,800円
　・2人家族プラン　　64,800円 → 69,800円
　・早割（30日前）　 10%引 → 8%引

入稿は9月上旬を予定しております。レイアウト案を2パターンいただけますと助かります。
""" + SIG_MORISHITA,
})

MESSAGES.append({
    "id": "moving-086",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the scanned accident report PDF is corrupt and cannot be inspected",
    "sender": "鶴見 美穂 <m-tsurumi@hinode-sangyo.co.jp>",
    "to": ["あおい損保 企業損害サービス課 内海様 <utsumi@aoi-sonpo.co.jp>"],
    "subject": "HJ25-0517 事故写真報告書（スキャン）",
    "charset": "cp932",
    "body": """内海様

お世話になっております。鶴見です。
HJ25-0517の事故写真報告書をスキャンしてお送りします。
複合機の調子が悪く、ファイルが重くなっております。開けない場合はご連絡ください。
""" + SIG_TSURUMI,
    "attachments": [{"kind": "corrupt", "name": "事故写真報告書_HJ25-0517.pdf"}],
})

MESSAGES.append({
    "id": "moving-087",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a short arrival notice to one customer's carrier mail address",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["minami-s.0729@docomo.ne.jp"],
    "subject": "明日のお引越しについて",
    "charset": "iso-2022-jp",
    "body": """南様
日の出引越センターです。
明日は8:30〜9:00にお伺いします。
作業員3名・2tロング車1台です。
駐車場所は建物前の路上で問題ないとのこと、承知しました。
何かございましたら0120-41-8610までご連絡ください。
""",
})

_c088 = card_number(88)
MESSAGES.append({
    "id": "moving-088",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a storage application PDF carrying a customer's card number, address and phone, sent to the storage operator",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["くらストレージ 契約センター <keiyaku@kura-storage.co.jp>"],
    "subject": "トランクルーム利用申込書の送付（日の出引越センター取次）",
    "charset": "utf-8",
    "body": """くらストレージ株式会社
契約センター 御中

いつもお世話になっております。日の出引越センターです。
お引越しのお客様から、トランクルームのお申し込みを1件お預かりしましたので、
申込書をPDFでお送りします。月額料金のカード決済登録をお願いいたします。
""" + SIG_CS,
    "attachments": [{
        "kind": "pdf", "name": "トランクルーム利用申込書_0612.pdf", "title": "トランクルーム利用申込書",
        "lines": ["トランクルーム利用申込書", "",
                  "お申込者：桐生 さやか",
                  "ご住所：東京都台東区上野7-1-1-909",
                  "電話：090-3482-5517",
                  "ご希望タイプ：1畳（品川東 B-208）",
                  "利用開始日：2025年6月15日",
                  "お支払方法：クレジットカード",
                  "カード番号：" + spaced(_c088),
                  "有効期限：11/27　名義：SAYAKA KIRYU",
                  "取次店：日の出引越センター（取次コード HN-021）"],
    }],
})

MESSAGES.append({
    "id": "moving-089",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the evaluation workbook carries a 取扱注意 page header/footer; the mail body does not say so",
    "sender": "野々村 恭平 <k-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 仁科様 <nishina@aoba-unyu.co.jp>"],
    "subject": "2024年度 協力会社評価結果のフィードバック",
    "charset": "iso-2022-jp",
    "body": """仁科様

お世話になっております。日の出産業の野々村です。
2024年度の協力会社評価の結果をお送りします。
貴社は総合評価A（前年B+）でした。特に時間遵守と破損率の改善が高評価です。

詳細は添付をご覧ください。
""" + SIG_NONOMURA,
    "attachments": [{
        "kind": "xlsx", "name": "協力会社評価_2024年度.xlsx", "title": "協力会社評価 2024年度",
        "page_header": "取扱注意", "page_footer": "取扱注意　日の出産業 協力会社管理課",
        "sheets": {"総合評価": [
            ["2024年度 協力会社評価（全社）"], [],
            ["協力会社", "稼働件数", "時間遵守率", "破損率", "クレーム", "総合"],
            ["青葉運輸", 612, "97.1%", "0.8%", 4, "A"],
            ["丸星エキスプレス", 488, "93.4%", "1.6%", 9, "B"],
            ["東和物流", 355, "95.0%", "1.1%", 5, "B+"],
            ["ひまわり運送", 142, "91.2%", "2.1%", 6, "C"],
        ]},
    }],
})

_m090 = [["回答日", "回答者氏名", "メールアドレス", "年代", "総合満足度", "自由記述"]]
for _d, _n, _e, _age, _s, _c in [
        ("2025/04/02", "尾関 遥", "ozeki.haruka0412@gmail.com", "30代", 5, "スタッフの方がとても丁寧でした"),
        ("2025/04/02", "水沢 康平", "kouhei_mizusawa@yahoo.co.jp", "20代", 4, "到着が少し遅れた"),
        ("2025/04/03", "清瀬 徹", "t.kiyose@icloud.com", "40代", 5, ""),
        ("2025/04/03", "南 沙織", "minami-s.0729@docomo.ne.jp", "50代", 3, "見積りより高くなった"),
        ("2025/04/04", "加賀谷 結子", "yu.kagaya@outlook.jp", "40代", 2, "エアコン工事が当日できなかった"),
        ("2025/04/05", "岡部 信二", "okabe.family@gmail.com", "30代", 5, "また利用したい"),
        ("2025/04/05", "久米 菜々子", "nanako.kume@gmail.com", "20代", 4, "段ボール回収が早くて助かった"),
        ("2025/04/06", "瀬戸口 学", "m.setoguchi@ezweb.ne.jp", "60代", 4, "")]:
    _m090.append([_d, _n, _e, _age, _s, _c])

MESSAGES.append({
    "id": "moving-090",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CSV (CP932) of 8 survey respondents with names and private e-mail addresses, to a marketing research agency",
    "sender": "日の出引越センター <cs-hikkoshi@hinode-sangyo.co.jp>",
    "to": ["みなとリサーチ 分析チーム <analysis@minato-research.co.jp>"],
    "subject": "お引越し後アンケート 4月第1週分 回答データ",
    "charset": "cp932",
    "body": """みなとリサーチ株式会社
分析チーム ご担当者様

お世話になっております。日の出引越センターの松尾です。
お引越し後アンケートの4月第1週分の回答データをお送りします。
月次レポートへの反映をお願いいたします。
""" + SIG_CS,
    "attachments": [{"kind": "csv", "name": "enquete_2504w1.csv", "encoding": "cp932", "rows": _m090}],
})

MESSAGES.append({
    "id": "moving-091",
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five client HR staff's business contacts (direct lines, work e-mail) to a subcontractor: a list of people, but only business contact data",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 仁科様 <nishina@aoba-unyu.co.jp>"],
    "subject": "川崎電機様 各事業所の転勤ご担当者",
    "charset": "utf-8",
    "body": """仁科様

お世話になっております。大槻です。
7月異動から、社宅の鍵の受け渡しなどで川崎電機様の各事業所に直接ご連絡いただく
場面が増えますので、各事業所のご担当者を共有します。

　本社（川崎）　人事部　　横溝 亮介 様　044-211-5830　yokomizo@kawasaki-denki.co.jp
　横浜事業所　　総務課　　新堀 千景 様　045-470-2216　shinbori@kawasaki-denki.co.jp
　名古屋工場　　総務課　　水谷 一成 様　052-601-7734　k-mizutani@kawasaki-denki.co.jp
　大阪支社　　　総務G　　 岸本 朋美 様　06-6232-1908　kishimoto-t@kawasaki-denki.co.jp
　福岡営業所　　業務課　　白水 恭子 様　092-414-3367　shirouzu@kawasaki-denki.co.jp

ご連絡は平日9時〜17時でお願いします。
""" + SIG_OTSUKI,
})

MESSAGES.append({
    "id": "moving-092",
    "expect": "either",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an elderly customer's frailty (walks with a cane, stairs are hard) to a crew: a care need but no diagnosis or disability named",
    "sender": "藤宮 千夏 <c-fujimiya@hinode-sangyo.co.jp>",
    "to": ["ひまわり運送 近藤様 <kondo@himawari-unso.jp>"],
    "subject": "6/21 鶴岡様 作業の件",
    "charset": "cp932",
    "body": """近藤様

いつもありがとうございます。藤宮です。
6/21（土）の鶴岡 文子様（82歳）のお引越しの件です。

　旧居：神奈川県横須賀市汐入町4-11-6（3階・エレベーターなし）
　新居：神奈川県横須賀市小川町9-2 サンライズ小川1階
　ご連絡先：046-822-5174（ご自宅）

鶴岡様はここ数年足腰が弱くなられて杖をついておられ、階段の上り下りがおつらいそうです。
当日は作業開始前に、作業員の方お一人に付き添っていただき、先に1階まで降りていただく
段取りでお願いします。新居には娘さんが先に行って待っておられます。
""" + SIG_FUJIMIYA,
})

MESSAGES.append({
    "id": "moving-093",
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one household's five members with dates of birth for a hotel guest register: five people, but a single family booking",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 札幌大通 <sapporo@sakura-hotel.jp>"],
    "subject": "ファミリールーム 2泊 ご予約（転勤者ご家族）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 札幌大通　ご予約ご担当者様

いつもお世話になっております。日の出産業の大槻です。
転勤者ご家族の仮住まいとして、下記のとおりご予約をお願いいたします。

　日程：2025年7月5日（土）〜7月7日（月）2泊
　部屋：ファミリールーム（エキストラベッド1台）
　お支払い：当社請求（法人契約番号 HS-CORP-0172）

宿泊者名簿のご記入用に、ご家族の情報をお送りします。

　雲雀 大樹　　昭和61年10月4日
　雲雀 沙耶　　平成5年12月11日
　雲雀 陽向　　平成31年3月2日
　雲雀 結月　　令和3年8月27日
　雲雀 蒼　　　令和6年1月19日

お子様3名のうち1名は乳児のため、ベビーベッドの貸出もお願いできますでしょうか。
""" + SIG_OTSUKI,
})

MESSAGES.append({
    "id": "moving-094",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English quote request to an overseas agent; 'confidential' only in the standard disclaimer",
    "sender": "Wataru Saotome <w-saotome@hinode-sangyo.co.jp>",
    "to": ["Jonas Weber <j.weber@rheinmove.de>"],
    "subject": "Quote request: door-to-door Tokyo - Frankfurt, LCL approx. 12 cbm",
    "charset": "utf-8",
    "body": """Dear Mr. Weber,

We have a corporate transferee moving from Tokyo to Frankfurt am Main in
September and would appreciate your destination services quote.

  Volume:       approx. 12 cbm (LCL), 95 packages
  Port:         Hamburg
  Delivery:     3rd floor apartment, no lift, Sachsenhausen
  Services:     customs clearance, delivery, unpacking, debris removal
  Required by:  Friday, 11 July

Could you also indicate whether a parking permit (Halteverbotszone) is
needed for the delivery address and what it would cost?

""" + SIG_SAOTOME + "\n" + DISCLAIMER_EN,
})

MESSAGES.append({
    "id": "moving-095",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three overseas agents (competitors of each other) visible in To for a rate request",
    "sender": "Wataru Saotome <w-saotome@hinode-sangyo.co.jp>",
    "to": ["Tan Wei Ming <weiming.tan@lionport-movers.com.sg>",
           "Jonas Weber <j.weber@rheinmove.de>",
           "Sarah Lindholm <sarah@cascadia-relocation.com>"],
    "subject": "2025 H2 agent rate review - request for updated tariffs",
    "charset": "utf-8",
    "body": """Dear partners,

As every year, we are reviewing our destination agent tariffs for the
second half of 2025. Could you please send us your updated rates for:

  - LCL and 20'/40' FCL destination services
  - Air shipment destination services (per 100 kg)
  - Storage in transit (per cbm / per month)
  - Third-party services (piano handling, crating, shuttle)

Please reply by 15 August. We will confirm our preferred agents for each
lane by the end of September.

""" + SIG_SAOTOME,
})

_m096 = text_table([["氏名", "携帯", "現住所", "赴任先"]] + [
    [P[i][NAME], P[i][TEL], P[i][OLD], P[i][NEW]] for i in (3, 8, 14, 21, 29, 33, 41)])

MESSAGES.append({
    "id": "moving-096",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "a client's list of 7 transferees forwarded only to an internal colleague",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["森下 健吾 <k-morishita@hinode-sangyo.co.jp>"],
    "cc": ["sales-houjin@mail.hinode-sangyo.co.jp"],
    "subject": "FW: 東邦精機様 10月異動者（7名）",
    "charset": "utf-8",
    "body": """森下さん

お疲れさまです。大槻です。
東邦精機様の10月異動者7名分、訪問見積りの手配をお願いします。
（協力会社には転送しないでください）

---------- 転送メッセージ ----------
From: 石丸 拓郎 <ishimaru@tohoseiki.co.jp>
Date: 2025年9月1日(月) 10:22
Subject: 10月異動者（7名）
To: 大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>

大槻様

10月異動者の一覧です。よろしくお願いします。

""" + _m096 + """

石丸
""",
})

MESSAGES.append({
    "id": "moving-097",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a transferee's mental-health condition (adjustment disorder, on leave) in running text to a subcontracted crew",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["丸星エキスプレス 業務課 <gyomu@maruboshi-ex.co.jp>"],
    "subject": "7/12 有馬様 作業の連絡窓口について",
    "charset": "iso-2022-jp",
    "body": """丸星エキスプレス 業務課 御中

お世話になっております。日の出産業の大槻です。
7/12（土）の有馬 翔太郎様（岡山→西宮）の件で、連絡方法のお願いです。

有馬様は適応障害で5月から休職・療養中で、今回の引越もご実家近くでの療養のための
転居と伺っています。知らない人からの電話がかなりの負担になるそうで、
会社（北斗建設様）からも配慮の依頼がありました。

つきましては、事前連絡・当日の到着連絡はすべて奥様の携帯（090-2257-6618）宛てに
お願いします。ご本人への直接のお電話はお控えください。
""" + SIG_OTSUKI,
})

_m098 = [["作業番号", "作業日", "搬出エリア", "搬入エリア", "間取り", "車両", "人員", "特記"]]
for _k, (_a, _b, _l, _t, _n, _x) in enumerate([
        ("品川区", "大田区", "1K", "2t", 2, ""), ("目黒区", "世田谷区", "2LDK", "2tロング", 3, "ピアノ"),
        ("港区", "江東区", "1LDK", "2t", 2, ""), ("川崎市中原区", "横浜市港北区", "3LDK", "4t", 4, "EVなし"),
        ("渋谷区", "杉並区", "1R", "軽", 1, ""), ("品川区", "品川区", "2DK", "2t", 2, "近距離"),
        ("大田区", "川崎市幸区", "3DK", "2tロング", 3, ""), ("世田谷区", "練馬区", "2LDK", "2tロング", 3, "冷蔵庫大型"),
        ("江東区", "中央区", "1LDK", "2t", 2, ""), ("港区", "品川区", "4LDK", "4t", 5, "美術品あり")]):
    _m098.append([f"W25-07{_k + 41:03d}", "2025/07/19", _a, _b, _l, _t, _n, _x])

MESSAGES.append({
    "id": "moving-098",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of 10 jobs by job number, ward and layout only: no names, contacts or addresses of anyone",
    "sender": "井ノ口 翔 <s-inokuchi@hinode-sangyo.co.jp>",
    "to": ["丸星エキスプレス 業務課 <gyomu@maruboshi-ex.co.jp>"],
    "subject": "7/19（土）応援依頼 候補案件10件",
    "charset": "cp932",
    "body": """丸星エキスプレス 業務課 御中

お世話になっております。井ノ口です。
7/19（土）の応援依頼の候補案件を10件お送りします。
お受けいただける案件の作業番号をご返信ください。
お受けいただいた案件のみ、前日に作業指示書（お客様情報入り）をお渡しします。
""" + SIG_INOKUCHI,
    "attachments": [{"kind": "csv", "name": "応援候補_0719.csv", "encoding": "cp932", "rows": _m098}],
})

_m099_rows = [("エアコン取り外し", "1台", "7,700円"), ("エアコン取り付け（標準工事）", "1台", "15,400円"),
              ("洗濯機取り付け", "1台", "3,300円"), ("アップライトピアノ運搬", "1台", "27,500円〜"),
              ("不用品引き取り（家具）", "1点", "3,300円〜"), ("ハウスクリーニング（1LDK）", "1回", "33,000円")]

MESSAGES.append({
    "id": "moving-099",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an HTML + text option price list to a corporate client: no personal data",
    "sender": "大槻 真理子 <m-otsuki@hinode-sangyo.co.jp>",
    "to": ["東邦精機 人事部 石丸様 <ishimaru@tohoseiki.co.jp>"],
    "subject": "転勤者様向け オプションサービス料金のご案内",
    "charset": "utf-8",
    "body": "石丸様\n\nお世話になっております。日の出産業の大槻です。\n"
            "転勤者様からお問い合わせの多いオプションサービスの料金をご案内します。\n\n"
            + "\n".join(f"・{a}　{b}　{c}" for a, b, c in _m099_rows)
            + "\n\n※表示はすべて税込です。\n" + SIG_OTSUKI,
    "html": """<html><body>
<p>石丸様</p>
<p>お世話になっております。日の出産業の大槻です。<br>
転勤者様からお問い合わせの多いオプションサービスの料金をご案内します。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>サービス</th><th>単位</th><th>料金（税込）</th></tr>
""" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in _m099_rows) + """</table>
<p>日の出産業株式会社 引越事業部 法人転勤サポート課<br>大槻 真理子<br>TEL 03-5472-8810</p>
</body></html>""",
})

MESSAGES.append({
    "id": "moving-100",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner shirakawa-law.jp mistyped as shirakawa-iaw.jp (l → i), carrying a customer's dispute details",
    "sender": "鶴見 美穂 <m-tsurumi@hinode-sangyo.co.jp>",
    "to": ["白川先生 <shirakawa@shirakawa-iaw.jp>"],
    "subject": "Re: 粟野様の件 内容証明が届きました",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。鶴見です。
粟野様（大阪府豊中市本町1-10-4）から、本日内容証明郵便が届きました。
骨董皿の破損について、42万円の支払いを2週間以内に求める内容です。

原本をスキャンして、明日お持ちします。
今後のご対応について、ご相談のお時間をいただけますでしょうか。
""" + SIG_TSURUMI,
})
