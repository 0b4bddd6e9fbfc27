"""Blind corpus, area "nenga": the seasonal-greeting work of 日の出産業's 総務部 and 営業部 —
年賀状・暑中見舞い・寒中見舞い and 喪中はがき: keeping the address lists (宛名リスト) of
customers, partners, OB and employees, ordering the printing from 錦印刷 and other print
shops (designs, quantities, proofs, payments, deliveries), 喪中 notices and the lists of
who sent 喪中欠礼, updating the partners' contact book (取引先名簿), and checking the
addresses of cards that came back (返送分・宛所不明).  Most of it is ordinary business mail
that must go (orders, price lists, company-only lists, short lists of one to four people,
internal mail, quoted threads); the rest must stop: lists of people to printers and mailing
vendors, My Number / card / pension numbers, health or arrest notes on a person, visible
To/Cc mass greetings, look-alike printer and partner domains, 社外秘・取扱注意 stamps and
encrypted or broken attachments.
"""

import random
import unicodedata

from build import card_number, my_number

SEED = 71601

# -- invented people, places and companies (all fictional) -------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("御手洗", "ミタライ", "Mitarai"), ("漆畑", "ウルシバタ", "Urushibata"),
    ("鬼頭", "キトウ", "Kito"), ("相楽", "サガラ", "Sagara"), ("箕輪", "ミノワ", "Minowa"),
    ("猪又", "イノマタ", "Inomata"), ("舘野", "タテノ", "Tateno"), ("蓮見", "ハスミ", "Hasumi"),
    ("四十物", "アイモノ", "Aimono"), ("芳賀", "ハガ", "Haga"), ("宍戸", "シシド", "Shishido"),
    ("榊原", "サカキバラ", "Sakakibara"), ("真壁", "マカベ", "Makabe"), ("仁科", "ニシナ", "Nishina"),
    ("久保寺", "クボデラ", "Kubodera"), ("嵯峨", "サガ", "Saga"), ("目黒", "メグロ", "Meguro"),
]
_MEI = [
    ("健一", "ケンイチ", "Kenichi"), ("美咲", "ミサキ", "Misaki"), ("大輔", "ダイスケ", "Daisuke"),
    ("陽子", "ヨウコ", "Yoko"), ("誠", "マコト", "Makoto"), ("由美子", "ユミコ", "Yumiko"),
    ("翔太", "ショウタ", "Shota"), ("直美", "ナオミ", "Naomi"), ("浩二", "コウジ", "Koji"),
    ("恵", "メグミ", "Megumi"), ("和彦", "カズヒコ", "Kazuhiko"), ("久美子", "クミコ", "Kumiko"),
    ("隆", "タカシ", "Takashi"), ("千尋", "チヒロ", "Chihiro"), ("修", "オサム", "Osamu"),
    ("さゆり", "サユリ", "Sayuri"), ("拓也", "タクヤ", "Takuya"), ("真理子", "マリコ", "Mariko"),
    ("勝也", "カツヤ", "Katsuya"), ("友香", "トモカ", "Tomoka"), ("義男", "ヨシオ", "Yoshio"),
    ("幸子", "サチコ", "Sachiko"), ("悠人", "ユウト", "Yuto"), ("葵", "アオイ", "Aoi"),
    ("清", "キヨシ", "Kiyoshi"), ("とし子", "トシコ", "Toshiko"), ("正和", "マサカズ", "Masakazu"),
    ("彩乃", "アヤノ", "Ayano"), ("哲也", "テツヤ", "Tetsuya"), ("富美江", "フミエ", "Fumie"),
    ("昭", "アキラ", "Akira"), ("紀子", "ノリコ", "Noriko"), ("智之", "トモユキ", "Tomoyuki"),
    ("瑞穂", "ミズホ", "Mizuho"), ("信吾", "シンゴ", "Shingo"), ("千代", "チヨ", "Chiyo"),
]
# (都道府県, 市区町村, 町域, 〒, 市外局番)
_PLACES = [
    ("東京都", "世田谷区", "桜丘", "156-0054", "03"), ("東京都", "練馬区", "石神井台", "177-0045", "03"),
    ("東京都", "三鷹市", "下連雀", "181-0013", "0422"), ("東京都", "江東区", "豊洲", "135-0061", "03"),
    ("東京都", "杉並区", "阿佐谷南", "166-0004", "03"), ("東京都", "町田市", "玉川学園", "194-0041", "042"),
    ("神奈川県", "横浜市青葉区", "美しが丘", "225-0002", "045"),
    ("神奈川県", "川崎市中原区", "小杉町", "211-0063", "044"), ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037", "0466"),
    ("埼玉県", "さいたま市浦和区", "岸町", "330-0064", "048"), ("埼玉県", "川越市", "幸町", "350-0063", "049"),
    ("千葉県", "船橋市", "本町", "273-0005", "047"), ("千葉県", "柏市", "旭町", "277-0852", "04"),
    ("大阪府", "豊中市", "上野西", "560-0012", "06"), ("大阪府", "吹田市", "千里山東", "565-0842", "06"),
    ("愛知県", "名古屋市千種区", "覚王山通", "464-0841", "052"), ("愛知県", "岡崎市", "康生通西", "444-0052", "0564"),
    ("福岡県", "福岡市中央区", "薬院", "810-0022", "092"), ("北海道", "札幌市中央区", "南十条西", "064-0910", "011"),
    ("宮城県", "仙台市青葉区", "上杉", "980-0011", "022"), ("京都府", "京都市左京区", "下鴨泉川町", "606-0807", "075"),
    ("兵庫県", "西宮市", "甲子園口", "663-8113", "0798"), ("広島県", "広島市南区", "宇品御幸", "734-0015", "082"),
    ("静岡県", "浜松市中央区", "富塚町", "432-8002", "053"), ("新潟県", "新潟市中央区", "学校町通", "951-8106", "025"),
    ("長野県", "松本市", "蟻ケ崎", "390-0867", "0263"), ("茨城県", "つくば市", "竹園", "305-0032", "029"),
    ("岡山県", "岡山市北区", "奉還町", "700-0026", "086"), ("熊本県", "熊本市中央区", "水前寺", "862-0950", "096"),
    ("石川県", "金沢市", "長町", "920-0865", "076"), ("奈良県", "奈良市", "学園北", "631-0036", "0742"),
    ("群馬県", "高崎市", "八島町", "370-0849", "027"),
]
_BLDG = ["グランメゾン", "パークハイツ", "コーポ", "サンライズ", "ライオンズマンション", "メゾン・ド",
         "レジデンス", "ハイム", "シティコート", "ヴィラ"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "nifty.com"]
_KANJI_NUM = "〇一二三四五六七八九"

_CACHE: dict = {}


def _rng(key):
    return random.Random(f"{SEED}-{key}")


def _tel(area, r):
    rest = 10 - len(area)
    digits = str(r.randrange(2, 10)) + "".join(str(r.randrange(10)) for _ in range(rest - 1))
    if len(area) == 2:
        return f"{area}-{digits[:4]}-{digits[4:]}"
    if len(area) == 3:
        return f"{area}-{digits[:3]}-{digits[3:]}"
    if len(area) == 4:
        return f"{area}-{digits[:2]}-{digits[2:]}"
    return f"{area}-{digits}"


def _people(key, n):
    """n invented private persons, the same for the same key."""
    if (key, n) in _CACHE:
        return _CACHE[(key, n)]
    r = _rng(key)
    out = []
    used = set()
    while len(out) < n:
        sei, mei = r.choice(_SEI), r.choice(_MEI)
        if (sei[0], mei[0]) in used:
            continue
        used.add((sei[0], mei[0]))
        pref, city, town, zipc, area = r.choice(_PLACES)
        chome, ban, go = r.randrange(1, 6), r.randrange(1, 30), r.randrange(1, 25)
        bldg = ""
        if r.random() < 0.35:
            bldg = f"{r.choice(_BLDG)}{town}{r.choice(['', '弐番館', 'II', 'A棟'])} {r.randrange(1, 9)}0{r.randrange(1, 9)}"
        y = r.randrange(1938, 1999)
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "roma": f"{mei[2]} {sei[2]}",
            "zip": zipc, "pref": pref, "city": city, "town": town,
            "banchi": f"{chome}-{ban}-{go}", "bldg": bldg,
            "addr": f"{pref}{city}{town}{chome}-{ban}-{go}" + (f" {bldg}" if bldg else ""),
            "tel": _tel(area, r),
            "mobile": f"{r.choice(['090', '080', '070'])}-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}",
            "email": f"{mei[2].lower()}.{sei[2].lower()}{r.randrange(10, 99)}@{r.choice(_FREEMAIL)}",
            "dob": (y, r.randrange(1, 13), r.randrange(1, 29)),
            "no": r.randrange(10000, 99999),
        })
    _CACHE[(key, n)] = out
    return out


_CO_A = ["丸三", "東邦", "大和", "光洋", "北斗", "瑞穂", "朝日", "扶桑", "千代田", "若葉", "常盤", "白鳳",
         "明星", "新栄", "三和", "共立", "富岳", "弥生", "旭陽", "黎明", "双葉", "清流", "湊", "葵"]
_CO_B = ["商事", "工業", "電機", "物産", "精機", "化成", "建設", "食品", "運輸", "製作所", "システムズ",
         "ロジテック", "産業", "薬品", "興業", "テクノ"]
_DEPT = ["総務部", "購買部", "営業部", "経営企画室", "管理本部 総務課", "資材部", "秘書室"]


def _companies(key, n):
    """n invented companies: name, department, 〒, office address, switchboard."""
    r = _rng("co-" + key)
    out, used = [], set()
    while len(out) < n:
        nm = r.choice(_CO_A) + r.choice(_CO_B)
        if nm in used:
            continue
        used.add(nm)
        kind = r.choice(["株式会社{}", "{}株式会社", "株式会社{}", "{}有限会社" if r.random() < 0.1 else "{}株式会社"])
        pref, city, town, zipc, area = r.choice(_PLACES)
        out.append({
            "name": kind.format(nm), "dept": r.choice(_DEPT), "zip": zipc,
            "addr": f"{pref}{city}{town}{r.randrange(1, 6)}-{r.randrange(1, 30)}-{r.randrange(1, 20)}"
                    f" {nm}ビル{r.randrange(2, 9)}F",
            "tel": _tel(area, r),
        })
    return out


def _w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def _ljust(s, width, fill=" "):
    s = str(s)
    return s + fill * max(0, width - _w(s))


def _pad(header, rows, gap="  ", rule="-"):
    """A plain-text table padded with spaces, a rule under the header."""
    cols = len(header)
    widths = [max(_w(r[i]) for r in [header] + rows) for i in range(cols)]
    lines = [gap.join(_ljust(header[i], widths[i]) for i in range(cols)).rstrip()]
    lines.append(rule * (sum(widths) + len(gap) * (cols - 1)))
    for r in rows:
        lines.append(gap.join(_ljust(r[i], widths[i]) for i in range(cols)).rstrip())
    return "\n".join(lines)


def _zen(s):
    """ASCII digits and hyphens to full width (as pasted from some address books)."""
    return str(s).translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _wareki(dob, style="kanji"):
    y, m, d = dob
    if y >= 1989:
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zen":
        return _zen(f"{era}{ey}年{m}月{d}日").replace("－", "")
    return f"{era}{ey}年{m}月{d}日"


def _corp(base12):
    """A 13-digit 法人番号 whose leading check digit is valid."""
    digits = [int(c) for c in base12]
    total = 0
    for i, p in enumerate(reversed(digits), start=1):
        total += p * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


_SIG_SOUMU = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 総務課
斎藤 由香（Saito Yuka）
〒103-0027 東京都中央区日本橋2-7-3 日の出ビル5F
TEL 03-5201-7730（代表） / 内線 2214
saito.yuka@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

_SIG_EIGYO = """
--
日の出産業株式会社
営業本部 第二営業部  小野寺 航
〒103-0027 東京都中央区日本橋2-7-3 日の出ビル6F
TEL: 03-5201-7745  FAX: 03-5201-7799
Mobile: 080-3317-6620
onodera.wataru@hinode-sangyo.co.jp"""

_DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者に
ご連絡のうえ本メールを削除してください。無断での複製・転送はご遠慮ください。"""

_DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""


# -- the messages --------------------------------------------------------------------------

MESSAGES = [
    # 001 ─ plain order to the partner printer, bullets, no personal data
    {
        "id": "nenga-001",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["山根様 <yamane@nishiki-insatsu.co.jp>"],
        "subject": "年賀状印刷のご発注（デザインN-14／1,200枚）",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
営業部 山根様

いつも大変お世話になっております。
日の出産業の斎藤でございます。

先日お見積りいただきました来年の年賀状につきまして、下記の内容で正式に
発注させていただきます。

・デザイン番号：N-14「寿松（じゅしょう）」
・用紙：年賀はがき（インクジェット紙）
・枚数：1,200枚（昨年より100枚増）
・差出人面：社名・本社住所・代表電話・URL（昨年と同じレイアウトで結構です）
・挨拶文：文例B「旧年中は格別のご高配を賜り…」
・お見積番号：NQ-25-0388
・納品希望日：12月12日（金）午前中／本社5階 総務部宛

宛名印刷は今年も弊社内で行いますので、印刷は裏面と差出人面のみでお願いいたします。
校正は12月1日頃までにPDFでいただけますと助かります。

何卒よろしくお願い申し上げます。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary print order to the known partner printer; design code, quantity, quote number only",
    },
    # 002 ─ CSV (CP932) of 150 private customers to the printer for address printing
    {
        "id": "nenga-002",
        "sender": "営業推進課 堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["錦印刷 受注窓口 <juchu@nishiki-insatsu.co.jp>"],
        "cc": ["斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>"],
        "subject": "【宛名印刷】個人のお客様分 データ送付の件",
        "charset": "shift_jis",
        "body": """錦印刷株式会社 受注ご担当者様

お世話になっております。日の出産業 営業推進課の堀です。
今年から個人のお客様分の宛名印刷も御社にお願いすることになりましたので、
データをお送りします。

　添付：nenga_kojin_2026.csv（150件）
　列　：顧客番号／氏名／フリガナ／郵便番号／住所1／住所2／電話番号

電話番号は印刷不要です（問い合わせ用にそのまま残しています）。
住所2が空欄の方は建物名なしです。

法人分は別途、総務の斎藤からお送りします。
よろしくお願いいたします。

日の出産業株式会社 営業推進課
堀 加奈子　内線2237
""",
        "attachments": [{
            "kind": "csv", "name": "nenga_kojin_2026.csv", "encoding": "cp932",
            "rows": [["顧客番号", "氏名", "フリガナ", "郵便番号", "住所1", "住所2", "電話番号"]] + [
                [f"C{p['no']:06d}", p["name"], p["kana"], p["zip"],
                 p["pref"] + p["city"] + p["town"] + p["banchi"], p["bldg"], p["tel"]]
                for p in _people("m002", 150)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "150 private customers' names, home addresses and phones in a CSV to an external printer: list of people",
    },
    # 003 ─ XLSX of companies only (御中), title row above the header
    {
        "id": "nenga-003",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "Re: 法人宛 宛名データのご送付",
        "charset": "utf-8",
        "body": """山根様

お世話になっております。日の出産業の斎藤です。
法人宛（御中）の宛名データをお送りいたします。全80社です。

今年は個人名を入れず、すべて「部署名＋御中」で統一することにしました。
敬称列に「御中」と入っておりますので、そのまま印字いただけますと幸いです。

よろしくお願いいたします。

> 斎藤様
> 法人宛のデータは、昨年と同じ形式のExcelでお送りいただければ大丈夫です。
> 錦印刷 山根
""" + _SIG_SOUMU,
        "attachments": [{
            "kind": "xlsx", "name": "法人宛名一覧_2026.xlsx",
            "sheets": {"法人宛": [["2026年 年賀状 法人宛名一覧（御中扱い）"], [],
                                ["No", "会社名", "部署", "郵便番号", "住所", "代表電話", "敬称"]] + [
                [i + 1, c["name"], c["dept"], c["zip"], c["addr"], c["tel"], "御中"]
                for i, c in enumerate(_companies("m003", 80))]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "80 companies with department, office address and switchboard, no person names: a list of businesses",
    },
    # 004 ─ internal only: employees' home addresses to HR
    {
        "id": "nenga-004",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["人事部 宮下 <miyashita.rie@hinode-sangyo.co.jp>"],
        "subject": "社長名義 社員宛年賀状の住所確認（自宅住所一覧）",
        "charset": "iso-2022-jp",
        "body": """宮下さん

お疲れさまです。総務の斎藤です。
社長名義で全社員に出す年賀状について、人事システムから出した自宅住所の一覧を
添付します。10月以降に転居した方が反映されているか、ご確認いただけますか。

確認後の版を錦印刷さんに渡す前に、もう一度こちらで個人名を外せるか検討します。

よろしくお願いします。
斎藤
""",
        "attachments": [{
            "kind": "xlsx", "name": "社員自宅住所_2025-11.xlsx",
            "sheets": {"社員": [["社員番号", "氏名", "所属", "郵便番号", "自宅住所", "自宅電話"]] + [
                [f"H{p['no']}", p["name"], ["総務部", "営業部", "経理部", "製造部", "物流部"][i % 5],
                 p["zip"], p["addr"], p["tel"]]
                for i, p in enumerate(_people("m004", 60))]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "60 employees' home addresses, but the only recipient is internal",
    },
    # 005 ─ New-year e-greeting with six customers of different companies visible in To
    {
        "id": "nenga-005",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["林 様 <hayashi.t@kawasaki-denki.co.jp>", "kudo@kitaguni-foods.co.jp",
               "谷口様 <taniguchi@tokiwa-kogyo.co.jp>", "m.shibata@mizuho-seiki.jp",
               "koga.ryo@asahi-butsuryu.co.jp", "泉 様 <izumi@hakuho-kasei.co.jp>"],
        "subject": "謹賀新年　本年もよろしくお願い申し上げます",
        "charset": "utf-8",
        "body": """謹んで新春のお慶びを申し上げます。

旧年中は格別のお引き立てを賜り、誠にありがとうございました。
本年も社員一同、皆様のご期待にお応えできるよう努めてまいりますので、
変わらぬご愛顧のほどよろしくお願い申し上げます。

なお、弊社は1月6日（火）より通常営業いたします。

皆様のご健勝とご発展を心よりお祈り申し上げます。
""" + _SIG_EIGYO,
        "html": """<html><body style="font-family:serif">
<p style="font-size:20px;color:#b00">謹賀新年</p>
<p>謹んで新春のお慶びを申し上げます。</p>
<p>旧年中は格別のお引き立てを賜り、誠にありがとうございました。<br>
本年も社員一同、皆様のご期待にお応えできるよう努めてまいりますので、<br>
変わらぬご愛顧のほどよろしくお願い申し上げます。</p>
<p>なお、弊社は1月6日（火）より通常営業いたします。</p>
<p>日の出産業株式会社 営業本部 第二営業部 小野寺 航</p>
</body></html>""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "greeting sent with six external customers of six companies in To: should have been Bcc",
    },
    # 006 ─ four additional private addressees (small list) in a UTF-8 CSV
    {
        "id": "nenga-006",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["juchu@nishiki-insatsu.co.jp"],
        "subject": "宛名追加分（4件）のお願い",
        "charset": "utf-8",
        "body": """錦印刷 受注窓口様

お世話になっております。日の出産業の堀です。
先日お送りした個人のお客様分に、追加で4件お願いできますでしょうか。
形式は前回と同じです（add_4ken.csv）。

追加料金が発生する場合はお知らせください。
よろしくお願いいたします。

堀
""",
        "attachments": [{
            "kind": "csv", "name": "add_4ken.csv", "encoding": "utf-8-sig",
            "rows": [["顧客番号", "氏名", "フリガナ", "郵便番号", "住所1", "住所2"]] + [
                [f"C{p['no']:06d}", p["name"], p["kana"], p["zip"],
                 p["pref"] + p["city"] + p["town"] + p["banchi"], p["bldg"]]
                for p in _people("m006", 4)],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four private addressees to the printer: under the five-person line, a warning at most",
    },
    # 007 ─ look-alike printer domain (dropped "s"), harmless content
    {
        "id": "nenga-007",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["山根様 <yamane@nishiki-insatu.co.jp>"],
        "subject": "Re: 年賀状 校正PDF（第2稿）",
        "charset": "iso-2022-jp",
        "body": """山根様

お世話になっております。日の出産業の斎藤です。
第2稿、拝見しました。差出人面の電話番号の書体だけ本文と揃えていただければ、
それ以外は問題ございません。修正後、そのまま校了で進めてください。

よろしくお願いいたします。
""" + _SIG_SOUMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain nishiki-insatu.co.jp is a typo of the partner printer nishiki-insatsu.co.jp",
    },
    # 008 ─ reply: the list of problem addresses is only in the quoted text
    {
        "id": "nenga-008",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "Re: 宛名データ 住所不備のご確認（8件）",
        "charset": "utf-8",
        "body": """大槻様

ご確認ありがとうございます。堀です。
No.2・No.5・No.7 は番地の入力漏れでしたので、こちらで修正して再送します。
残りの5件は今年は送付対象外としてください（リストから削除でお願いします）。

取り急ぎご返信まで。

""" + "\n".join("> " + line for line in (
            "日の出産業 堀様\n\nお世話になっております。錦印刷の大槻です。\n"
            "いただいた宛名データのうち、下記8件の住所に不備がございました。\n\n"
            + _pad(["No", "氏名", "郵便番号", "住所（いただいたまま）", "不備"],
                   [[str(i + 1), p["name"], p["zip"], p["pref"] + p["city"] + p["town"],
                     ["番地なし", "郵便番号不一致", "番地なし", "建物名のみ", "番地なし",
                      "町域なし", "番地なし", "郵便番号不一致"][i]]
                    for i, p in enumerate(_people("m008", 8))])
            + "\n\nご確認をお願いいたします。").split("\n")),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the eight-person list is only in the quoted mail from the printer; the new text names row numbers only",
    },
    # 009 ─ 喪中はがき for the president: one deceased person and his home address
    {
        "id": "nenga-009",
        "sender": "秘書室 仁藤 真澄 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["山根様 <yamane@nishiki-insatsu.co.jp>"],
        "subject": "喪中はがきの印刷について（社長個人分）",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
山根様

いつもお世話になっております。日の出産業 秘書室の仁藤です。
私事で恐縮ですが、社長 東條の母が先月亡くなりましたため、社長個人名義の
喪中はがきを100枚お願いしたく、ご連絡いたしました。

【故人】東條 キヨ（享年九十四）　続柄：母
【差出人】東條 清隆
　〒181-0013 東京都三鷹市下連雀4-18-6
【文面】文例M-3（薄墨・蓮の絵柄）
【枚数】100枚（宛名印刷なし）
【納期】11月28日まで

会社の年賀状とは別会計で、請求書は社長個人宛にお願いいたします。
ご不明点がありましたらお知らせください。

日の出産業株式会社 秘書室
仁藤 真澄　TEL 03-5201-7701
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one bereavement card order: the president's home address and his late mother's name, two people only",
    },
    # 010 ─ corrections for three addressees, one with a diagnosis noted
    {
        "id": "nenga-010",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "宛名リスト修正（3件）",
        "charset": "utf-8",
        "body": """錦印刷 大槻様

お世話になっております。日の出産業の小野寺です。
営業部分の宛名リストについて、3件修正をお願いします。

■ No.41  {a[name]} 様
  住所変更 → 〒{a[zip]} {a[addr]}

■ No.57  {b[name]} 様
  今年は送付見合わせ。
  （9月に脳梗塞で倒れられ、現在もリハビリ病院に入院中と奥様から伺いました。
    来年以降はご回復を待って再開します）

■ No.88  {c[name]} 様
  宛名の漢字誤り → 正しくは「{c[sei]}」です。住所は変更なし（{c[addr]}）。

以上、よろしくお願いいたします。
""".format(a=_people("m010", 3)[0], b=_people("m010", 3)[1], c=_people("m010", 3)[2]) + _SIG_EIGYO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "only three people, but one named customer's stroke and hospitalisation goes to the printer: 要配慮個人情報",
    },
    # 011 ─ two external organisations (printer + design studio): normal three-way mail
    {
        "id": "nenga-011",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "cc": ["大原 様 <ohara@atelier-koyomi.jp>", "onodera.wataru@hinode-sangyo.co.jp"],
        "subject": "年賀状デザイン 校正スケジュールのすり合わせ",
        "charset": "utf-8",
        "body": """錦印刷 山根様
アトリエこよみ 大原様

お世話になっております。日の出産業の斎藤です。
今年はデザインをアトリエこよみ様、印刷を錦印刷様にお願いしますので、
校正の流れを下記で揃えさせてください。

  11/14(金)  大原様 → 弊社：デザイン初稿（PDF）
  11/19(水)  弊社 → 大原様：修正指示
  11/26(水)  大原様 → 山根様：入稿データ（AI・PDF/X-4）
  12/01(月)  山根様 → 弊社：色校
  12/12(金)  納品

入稿データの仕様について、お二人で直接やりとりいただいて構いません。
ご都合の悪い日程があればお知らせください。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc (printer and designer) for a schedule: a normal three-way mail",
    },
    # 012 ─ reply to a retired executive on gmail
    {
        "id": "nenga-012",
        "sender": "秘書室 仁藤 真澄 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["須賀 様 <suga.hisao1949@gmail.com>"],
        "subject": "Re: 年賀状ありがとう",
        "charset": "iso-2022-jp",
        "body": """須賀様

ご丁寧にメールをいただき、ありがとうございます。秘書室の仁藤です。
社長にもお伝えしましたところ、大変喜んでおりました。
春のOB会では、ぜひまたお顔を拝見できればとのことです。

寒い日が続きますので、どうぞご自愛ください。

仁藤

> 仁藤さん
> 今年も会社からの年賀状、ありがたく拝見しました。
> 絵柄の松がなかなか良いですね。東條社長にもよろしくお伝えください。
> 須賀
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a thank-you reply to one retired executive on free mail; no personal data",
    },
    # 013 ─ OB list, padded plain-text table, to the OB club organiser on gmail
    {
        "id": "nenga-013",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["OB会 幹事 桑原様 <kuwabara.ob.hinode@gmail.com>"],
        "subject": "OB会名簿（年賀状用）更新版",
        "charset": "utf-8",
        "body": """桑原様

いつもOB会の取りまとめをありがとうございます。総務部の斎藤です。
年賀状の宛名用に、総務で把握しているOBの方の最新の連絡先を下記にまとめました。
今年退職された方（4名）を追加しています。

""" + _pad(["氏名", "退職年", "郵便番号", "住所", "電話"],
           [[p["name"], str(2008 + i) if i < 8 else "2025", p["zip"], p["addr"], p["tel"]]
            for i, p in enumerate(_people("m013", 12))]) + """

誤りがありましたらお知らせください。
よろしくお願いいたします。
""" + _SIG_SOUMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "twelve retirees' home addresses and phones in the body to a free-mail address: list of people",
    },
    # 014 ─ delivery of printed cards to branches, tracking numbers (businesses only)
    {
        "id": "nenga-014",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人窓口 <houjin@aoba-unyu.co.jp>"],
        "subject": "年賀状の支店配送分 送り状番号のご連絡",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 法人窓口 ご担当者様

お世話になっております。日の出産業 総務部の斎藤です。
本日集荷いただいた年賀状の支店向け配送分、送り状番号をお送りします。
12月16日午前着でお願いしております。

支店              住所                                        送り状番号
-------------------------------------------------------------------------------
札幌支店          北海道札幌市中央区北三条西4-1-2 日の出札幌ビル    4417-2093-5507
仙台支店          宮城県仙台市青葉区一番町2-5-11                     4417-2093-5529
名古屋支店        愛知県名古屋市中区錦2-14-7 錦パークビル8F          4417-2093-5530
大阪支店          大阪府大阪市北区梅田1-9-20 梅田ファーストビル12F   4417-2093-5541
福岡支店          福岡県福岡市博多区博多駅前3-2-8                    4417-2093-5552

万一、配達が遅れそうな場合はご連絡ください。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and the company's own branch addresses to the partner carrier: no personal data",
    },
    # 015 ─ NDA with the printer, DOCX draft (the word 秘密 in clauses is not a marking)
    {
        "id": "nenga-015",
        "sender": "法務課 五十嵐 <igarashi.k@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "cc": ["saito.yuka@hinode-sangyo.co.jp"],
        "subject": "宛名印刷委託に伴う秘密保持契約書（案）の送付",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社 営業部
山根様

いつもお世話になっております。日の出産業 法務課の五十嵐です。
今年から個人のお客様分の宛名印刷をお願いするにあたり、秘密保持契約および
個人情報の取扱いに関する覚書を締結させていただきたく、案を添付いたします。

御社の法務ご担当にもご確認いただき、修正のご希望があれば変更履歴で
お戻しください。データの受け渡しは契約締結後とさせていただきます。

日の出産業株式会社 総務部 法務課
五十嵐 健　TEL 03-5201-7718
""",
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書（案）_錦印刷様.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と錦印刷株式会社（以下「乙」という。）は、"
                "甲が乙に委託する年賀状等の宛名印刷業務（以下「本業務」という。）に関し、次のとおり契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、本業務に関して甲が乙に開示する一切の情報"
                "（宛名データその他の個人情報を含む。）をいう。",
                "第2条（目的外使用の禁止）乙は、秘密情報を本業務の遂行以外の目的に使用してはならない。",
                "第3条（再委託）乙は、甲の書面による事前の承諾なく、本業務を第三者に再委託してはならない。",
                "第4条（返還・消去）乙は、本業務完了後14日以内に宛名データを消去し、その旨を書面で甲に報告する。",
                "第5条（有効期間）本契約の有効期間は締結日から1年間とし、期間満了の1か月前までに"
                "いずれからも申出がない場合は同一条件で1年間更新する。",
                "甲：東京都中央区日本橋2-7-3　日の出産業株式会社　代表取締役 東條 清隆",
                "乙：東京都文京区水道1-12-5　錦印刷株式会社　代表取締役 錦 太一",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the printer; clause text mentions 秘密情報 but carries no stamp and no personal data",
    },
    # 016 ─ company list (no people) with a 社外秘 stamp on the workbook
    {
        "id": "nenga-016",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "取引先名簿（年賀状発送用）",
        "charset": "shift_jis",
        "body": """山根様

お世話になっております。日の出産業の斎藤です。
年賀状発送用に、取引先名簿の最新版をお送りします。
「発送」列が○の会社のみ印刷をお願いします。

斎藤
""",
        "attachments": [{
            "kind": "xlsx", "name": "取引先名簿_2025年度版.xlsx", "page_header": "社外秘",
            "title": "【社外秘】取引先名簿 2025年度版",
            "sheets": {"取引先": [["【社外秘】取引先名簿 2025年度版　総務部管理"], [],
                                ["No", "会社名", "部署", "郵便番号", "住所", "代表電話", "ランク", "発送"]] + [
                [i + 1, c["name"], c["dept"], c["zip"], c["addr"], c["tel"], "ABC"[i % 3],
                 "○" if i % 4 else "×"]
                for i, c in enumerate(_companies("m016", 45))]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the workbook is stamped 社外秘 (title row and page header) and goes to an external printer; contents are businesses only",
    },
    # 017 ─ three returned cards, asking an external sales agency for current addresses
    {
        "id": "nenga-017",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["北斗エージェンシー 三上様 <mikami@hokuto-agency.co.jp>"],
        "subject": "年賀状 返送分（3件）のご相談",
        "charset": "utf-8",
        "body": """三上様

いつもお世話になっております。日の出産業の小野寺です。
御社経由でご紹介いただいたお客様のうち、下記3件の年賀状が「宛所に尋ねあたりません」
で戻ってまいりました。転居先などご存じでしたら教えていただけますでしょうか。

""" + "\n".join(f"{i + 1}. {p['name']} 様　〒{p['zip']} {p['addr']}"
                 for i, p in enumerate(_people("m017", 3))) + """

お手数をおかけしますが、よろしくお願いいたします。
""" + _SIG_EIGYO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three customers' names and old addresses to a sales agency: under five people, a warning at most",
    },
    # 018 ─ partner's own staff list sent back to that partner for confirmation
    {
        "id": "nenga-018",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 林様 <hayashi.t@kawasaki-denki.co.jp>"],
        "subject": "御社ご担当者様一覧（年賀状送付先）のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 総務部
林様

いつもお世話になっております。日の出産業の小野寺です。
毎年恒例で恐縮ですが、年賀状をお送りする御社ご担当者様の一覧です。
ご異動・ご退職等がございましたら、ご指摘いただけますと幸いです。

""" + _pad(["氏名", "部署", "役職", "直通電話", "メール"],
           [[p["name"], d, t, "044-587-" + str(2100 + i * 13), p["roma"].split()[1].lower() + "@kawasaki-denki.co.jp"]
            for i, (p, d, t) in enumerate(zip(_people("m018", 6),
                                             ["資材部", "資材部", "品質保証部", "営業企画部", "総務部", "技術開発センター"],
                                             ["部長", "課長", "主任", "部長代理", "課長", "センター長"]))]) + """

お忙しいところ恐れ入りますが、よろしくお願いいたします。
""" + _SIG_EIGYO,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six people's business contacts, but all are the recipient company's own staff sent back to it for checking",
    },
    # 019 ─ reply with a tab-separated list of nine returned cards to a list-maintenance vendor
    {
        "id": "nenga-019",
        "sender": "総務部 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["名簿ケア 松岡様 <matsuoka@meibo-care.co.jp>"],
        "subject": "RE: 返送分リストのご送付のお願い",
        "charset": "utf-8",
        "body": """松岡様

お世話になっております。日の出産業の堀です。
1月10日までに戻ってきた分をまとめました（タブ区切りです）。現住所の調査をお願いします。

管理番号\t氏名\t旧住所\t返送理由
""" + "\n".join(f"R26-{i + 1:03d}\t{p['name']}\t〒{p['zip']} {p['addr']}\t"
                 + ["宛所に尋ねあたりません", "転居先不明", "受取拒否", "あて名不完全", "宛所に尋ねあたりません",
                    "転居先不明", "保管期間経過", "宛所に尋ねあたりません", "あて名不完全"][i]
                 for i, p in enumerate(_people("m019", 9))) + """

受取拒否の1件は調査不要です。
引き続きよろしくお願いいたします。

堀 加奈子
日の出産業株式会社 総務部

差出人: 松岡 <matsuoka@meibo-care.co.jp>
送信日時: 2026年1月9日 16:12
宛先: hori.kanako@hinode-sangyo.co.jp
件名: 返送分リストのご送付のお願い

日の出産業 堀様
例年どおり、年賀状の返送分がまとまりましたらお送りください。
調査結果は2週間ほどでご報告いたします。
名簿ケア株式会社 松岡
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "nine people's names and old addresses in the new text of a reply to an external vendor: list of people",
    },
    # 020 ─ summer greeting to 30 partner contacts in Bcc
    {
        "id": "nenga-020",
        "sender": "日の出産業 営業本部 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["onodera.wataru@hinode-sangyo.co.jp"],
        "bcc": [f"{n}@{d}" for n, d in zip(
            ["sales", "kobayashi", "info", "t-ueda", "eigyo", "okamura", "nishi", "k.abe", "soumu", "hara",
             "kanri", "m-ishida", "r.sato", "office", "koubai", "yamazaki", "front", "h.mori", "s-oda", "tanabe",
             "kudo", "takeuchi", "y.iida", "shiraishi", "k-fujita", "matsuo", "contact", "n.ohashi", "ando", "ueno"],
            ["kawasaki-denki.co.jp", "aoba-unyu.co.jp", "tsubasa-system.jp", "kitaguni-foods.co.jp",
             "tokiwa-kogyo.co.jp", "mizuho-seiki.jp", "asahi-butsuryu.co.jp", "hakuho-kasei.co.jp",
             "fuso-kensetsu.co.jp", "chiyoda-shoji.co.jp", "wakaba-denshi.co.jp", "meisei-pack.co.jp",
             "sanwa-kiki.co.jp", "kyoritsu-trading.com", "fugaku-kogyo.co.jp", "yayoi-yakuhin.co.jp",
             "reimei-logi.jp", "futaba-techno.co.jp", "seiryu-foods.co.jp", "minato-kaiun.co.jp",
             "aoi-kasei.co.jp", "marusan-bussan.co.jp", "toho-seiki.co.jp", "yamato-shokai.jp",
             "koyo-denki.co.jp", "hokuto-kk.co.jp", "mizuho-print.jp", "asahi-kiko.co.jp",
             "tokiwa-shoji.co.jp", "hakuho-giken.co.jp"])],
        "subject": "暑中お見舞い申し上げます",
        "charset": "iso-2022-jp",
        "body": """暑中お見舞い申し上げます。

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
厳しい暑さが続いておりますが、皆様いかがお過ごしでしょうか。

誠に勝手ながら、弊社では下記の期間を夏季休業とさせていただきます。
　8月13日（水）～8月17日（日）
休業中のお問い合わせには、8月18日（月）以降順次ご対応いたします。

時節柄、皆様のご健康とご多幸をお祈り申し上げます。

日の出産業株式会社 営業本部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mass summer greeting with all 30 external recipients in Bcc: no one can see the others",
    },
    # 021 ─ New-year greeting to one customer with the standard disclaimer
    {
        "id": "nenga-021",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["谷口 様 <taniguchi@tokiwa-kogyo.co.jp>"],
        "subject": "新年のご挨拶",
        "charset": "utf-8",
        "body": """常盤工業株式会社
購買部 谷口様

新年あけましておめでとうございます。
旧年中は大変お世話になり、誠にありがとうございました。

昨年は新ラインの立ち上げでご無理をお願いすることも多く、
谷口様には本当に助けていただきました。
本年も変わらぬお付き合いのほど、よろしくお願い申し上げます。

近いうちに年始のご挨拶に伺えればと存じます。
ご都合のよろしい日をお知らせいただけましたら幸いです。
""" + _SIG_EIGYO + "\n" + _DISCLAIMER,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "greeting to one customer; the standard 機密情報 disclaimer at the end is not a marking",
    },
    # 022 ─ online print shop order paid with the corporate card number in the body
    {
        "id": "nenga-022",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["ねんがネットプリント お客様窓口 <order@nenga-netprint.jp>"],
        "subject": "追加注文（注文番号 NP-884120）のお支払いについて",
        "charset": "iso-2022-jp",
        "body": f"""ねんがネットプリント ご担当者様

いつもご利用させていただいております、日の出産業株式会社の斎藤です。
先ほどWebで追加注文（寒中見舞い はがき200枚、注文番号 NP-884120）をしましたが、
カード決済の画面でエラーになってしまいましたので、こちらでお伝えします。

　カード番号：{card_number(SEED + 1)}
　有効期限　：09/28
　名義　　　：YUKA SAITO
　（法人カード／日の出産業株式会社）

お手数ですが、決済が完了しましたらご連絡ください。
""" + _SIG_SOUMU,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit-card number with expiry and holder name in the body to an external shop",
    },
    # 023 ─ mentions 社外秘 but sends nothing marked
    {
        "id": "nenga-023",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "Re: 個人宛の宛名データについて",
        "charset": "shift_jis",
        "body": """山根様

お世話になっております。斎藤です。
ご提案いただいた件ですが、社内で確認したところ、顧客名簿は社外秘の扱いのため
社外にお渡しすることができないとのことでした。申し訳ございません。

個人宛分は従来どおり弊社で宛名を印字いたしますので、裏面印刷のみで
お願いできますでしょうか。枚数は個人宛分として別に300枚追加になります。

> 斎藤様
> 個人のお客様分も宛名印刷をお受けできますので、
> よろしければ名簿データをお送りください。
> 錦印刷 山根

日の出産業株式会社 総務部　斎藤
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is mentioned as the reason for not sending the list; nothing is marked and no data is sent",
    },
    # 024 ─ seven returned cards of companies (moved offices) to the vendor
    {
        "id": "nenga-024",
        "sender": "総務部 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["matsuoka@meibo-care.co.jp"],
        "subject": "法人宛 返送分（7社）の移転先調査",
        "charset": "utf-8",
        "body": """名簿ケア 松岡様

お世話になっております。日の出産業の堀です。
法人宛（御中）で送った年賀状のうち、下記7社分が移転先不明で戻りました。
法人番号や登記情報からの移転先調査をお願いできますでしょうか。

""" + "\n".join(f"・{c['name']} {c['dept']} 御中 ／ 旧所在地：〒{c['zip']} {c['addr']}"
                 for c in _companies("m024", 7)) + """

よろしくお願いいたします。
堀
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seven companies' old office addresses, no people: a list of businesses",
    },
    # 025 ─ password-protected ZIP of the address data (PPAP)
    {
        "id": "nenga-025",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["juchu@nishiki-insatsu.co.jp"],
        "subject": "宛名データ（暑中見舞い 個人宛）送付",
        "charset": "iso-2022-jp",
        "body": """錦印刷 受注窓口様

お世話になっております。日の出産業の堀です。
暑中見舞いの個人宛の宛名データを、パスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。

堀
""",
        "attachments": [{
            "kind": "zip", "name": "shochu_atena.zip", "password": "Hn#shochu2026",
            "files": [{
                "kind": "xlsx", "name": "shochu_atena.xlsx",
                "sheets": {"個人宛": [["氏名", "郵便番号", "住所"]] + [
                    [p["name"], p["zip"], p["addr"]] for p in _people("m025", 40)]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external printer: the attachment cannot be inspected",
    },
    # 026 ─ logo image for the sender side, to the design studio
    {
        "id": "nenga-026",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["大原 様 <ohara@atelier-koyomi.jp>"],
        "subject": "差出人面のロゴデータ",
        "charset": "utf-8",
        "body": """大原様

お世話になっております。日の出産業の斎藤です。
差出人面に入れるロゴのPNGをお送りします。アウトラインデータ（AI）は
社内のデザイン担当が休暇中のため、来週お送りします。とりあえずレイアウト用に
こちらをお使いください。

よろしくお願いします。
斎藤
""",
        "attachments": [{"kind": "png", "name": "hinode_logo_300dpi.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a logo image to the design studio; nothing personal",
    },
    # 027 ─ the follow-up mail with the ZIP password (no attachment)
    {
        "id": "nenga-027",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["juchu@nishiki-insatsu.co.jp"],
        "subject": "【パスワード】宛名データ（暑中見舞い 個人宛）",
        "charset": "iso-2022-jp",
        "body": """錦印刷 受注窓口様

先ほどお送りした「shochu_atena.zip」のパスワードをお知らせします。

　Hn#shochu2026

ご確認のほどよろしくお願いいたします。
日の出産業 堀
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the password of an earlier ZIP, sent alone: no attachment and no personal data in this mail",
    },
    # 028 ─ summer greeting with four partner companies visible in To/Cc
    {
        "id": "nenga-028",
        "sender": "営業本部長 久慈 <kuji.masato@hinode-sangyo.co.jp>",
        "to": ["川崎電機 林様 <hayashi.t@kawasaki-denki.co.jp>"],
        "cc": ["青葉運輸 辻様 <tsuji@aoba-unyu.co.jp>", "北国フーズ 工藤様 <kudo@kitaguni-foods.co.jp>",
               "ツバサシステム 野村様 <nomura@tsubasa-system.jp>"],
        "subject": "暑中お見舞い申し上げます（夏季休業のお知らせ）",
        "charset": "utf-8",
        "body": """各位

暑中お見舞い申し上げます。
日頃より大変お世話になっております。日の出産業の久慈でございます。

今年は共同プロジェクトで皆様にご協力いただき、誠にありがとうございました。
弊社の夏季休業は8月13日～17日です。休業中の緊急のご連絡は、
各担当の携帯電話までお願いいたします。

酷暑の折、どうぞご自愛ください。

日の出産業株式会社
営業本部長　久慈 正人
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four partner organisations visible to each other in To/Cc: should have been Bcc",
    },
    # 029 ─ summer greeting to one partner contact
    {
        "id": "nenga-029",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["工藤 様 <kudo@kitaguni-foods.co.jp>"],
        "subject": "残暑お見舞い申し上げます",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
工藤様

残暑お見舞い申し上げます。
先日は札幌工場の見学でお世話になり、ありがとうございました。
いただいたとうもろこし、部署の皆でおいしくいただきました。

東京はまだ35度を超える日が続いております。
北海道も今年は暑いと伺いましたが、どうぞご自愛くださいませ。

秋の展示会では、また改めてご挨拶に伺います。
""" + _SIG_EIGYO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "personal seasonal greeting to one partner contact; no data",
    },
    # 030 ─ English season's greetings to an overseas partner
    {
        "id": "nenga-030",
        "sender": "Wataru Onodera <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["Martina Keller <m.keller@brightline-trading.com>"],
        "subject": "Season's Greetings from Hinode Sangyo",
        "charset": "utf-8",
        "body": """Dear Martina,

As the year draws to a close, I would like to thank you and the whole Brightline team
for a wonderful year of working together. The joint launch in Hamburg was a highlight
for all of us in Tokyo.

Please note that our office will be closed from December 27 to January 5.
For anything urgent during the holidays, my colleague Ms. Hori will check the
shared inbox (sales-intl@hinode-sangyo.co.jp) every other day.

Wishing you and your family a peaceful holiday season and a happy New Year.

Best regards,
Wataru Onodera
Sales Division II, Hinode Sangyo Co., Ltd.
2-7-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5201-7745
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English holiday greeting to one foreign partner",
    },
    # 031 ─ look-alike partner domain: kawasaki-denkl (l for i)
    {
        "id": "nenga-031",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["林様 <hayashi.t@kawasaki-denkl.co.jp>"],
        "subject": "年賀状の送付先ご担当者変更の件",
        "charset": "utf-8",
        "body": """川崎電機株式会社 総務部
林様

お世話になっております。日の出産業の小野寺です。
先日お電話でお伺いした件、年賀状の送付先は資材部長様から品質保証部長様へ
変更でよろしかったでしょうか。念のためメールでも確認させてください。

よろしくお願いいたします。
""" + _SIG_EIGYO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denkl.co.jp is a look-alike (l for i) of the partner kawasaki-denki.co.jp",
    },
    # 032 ─ PPTX design proposal to the printer
    {
        "id": "nenga-032",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "来年の年賀状 デザイン方針（社内決定版）",
        "charset": "utf-8",
        "body": """山根様

お世話になっております。斎藤です。
社内でまとめた来年の年賀状のデザイン方針をお送りします（PowerPoint 4枚）。
このイメージに近い既製デザインがあれば、いくつかご提案いただけますでしょうか。

斎藤
""",
        "attachments": [{
            "kind": "pptx", "name": "2026年賀状_デザイン方針.pptx", "title": "2026年 年賀状 デザイン方針",
            "slides": [
                ["2026年 年賀状 デザイン方針", "日の出産業株式会社 総務部", "2025年10月"],
                ["コンセプト", "創業70周年を前面に", "干支（午）は控えめに", "コーポレートカラーの朱色を基調"],
                ["仕様", "はがき縦型", "裏面フルカラー／差出人面1色", "環境配慮：FSC認証紙を希望"],
                ["スケジュール", "11月中旬 デザイン決定", "12月初旬 校了", "12月中旬 納品"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a design brief slide deck to the printer: no personal data, no marking",
    },
    # 033 ─ DOCX template for bereavement cards with placeholders
    {
        "id": "nenga-033",
        "sender": "秘書室 仁藤 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "喪中はがき 文面（社内用テンプレート）ご確認のお願い",
        "charset": "shift_jis",
        "body": """錦印刷 大槻様

お世話になっております。日の出産業 秘書室の仁藤です。
社員から喪中はがきの印刷を頼まれることが増えてきたため、社内用のテンプレートを
作成しました。御社の文例集の表現と齟齬がないか、ご確認いただけますでしょうか。

よろしくお願いいたします。
仁藤
""",
        "attachments": [{
            "kind": "docx", "name": "喪中はがき_テンプレート.docx",
            "paragraphs": [
                "喪中につき年末年始のご挨拶ご遠慮申し上げます",
                "本年〇月に　〇〇（続柄）〇〇〇〇が〇〇歳にて永眠いたしました",
                "ここに本年中に賜りましたご厚情に深謝いたしますとともに",
                "明年も変わらぬご厚誼のほどよろしくお願い申し上げます",
                "令和〇年十二月",
                "〒〇〇〇－〇〇〇〇　（住所）",
                "（氏名）",
                "※ 差出人の住所・氏名は申込者が記入欄に記載すること。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a bereavement-card template with placeholders only; no real person",
    },
    # 034 ─ DOCX table of 22 people for the late chairman's bereavement cards
    {
        "id": "nenga-034",
        "sender": "秘書室 仁藤 真澄 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["山根様 <yamane@nishiki-insatsu.co.jp>"],
        "subject": "故 東條会長 喪中欠礼はがき 宛名リスト",
        "charset": "iso-2022-jp",
        "body": """山根様

先日はお心遣いをいただき、ありがとうございました。秘書室の仁藤です。
故 東條会長の喪中欠礼はがきについて、会長が個人的にお付き合いのあった方々の
宛名リスト（22名様）を添付いたします。ご自宅宛てですので、お取扱いにご注意ください。

文面は先日お決めいただいたM-1でお願いいたします。
""",
        "attachments": [{
            "kind": "docx", "name": "喪中欠礼_宛名リスト.docx",
            "paragraphs": ["故 東條会長 喪中欠礼はがき 送付先（個人宅）", "作成：秘書室"],
            "tables": [[["No", "氏名", "郵便番号", "住所", "備考"]] + [
                [str(i + 1), p["name"], "〒" + p["zip"], p["addr"],
                 ["囲碁仲間", "大学同期", "元取引先役員", "", "ロータリークラブ", "", "親戚", ""][i % 8]]
                for i, p in enumerate(_people("m034", 22))]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "22 private persons' home addresses in a DOCX table to the printer: list of people",
    },
    # 035 ─ printer + carrier in To/Cc (two external organisations) with an internal Cc
    {
        "id": "nenga-035",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp", "houjin@aoba-unyu.co.jp"],
        "cc": ["hori.kanako@hinode-sangyo.co.jp"],
        "subject": "年賀状の納品・支店発送の段取りについて",
        "charset": "iso-2022-jp",
        "body": """錦印刷 山根様
青葉運輸 法人窓口ご担当者様

お世話になっております。日の出産業の斎藤です。
今年は錦印刷様から直接、青葉運輸様に支店分を引き渡していただく形にしたく、
お二社にまとめてご連絡しております。

・引渡し日時：12月15日（月）14時
・引渡し場所：錦印刷様 水道工場 出荷口
・箱数：5箱（支店ごとに1箱、箱に支店名を記載）
・送り状：青葉運輸様にて発行、控えを弊社 堀までメール

段取りに問題がございましたらご指摘ください。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (printer, carrier) plus an internal Cc: a normal three-way mail",
    },
    # 036 ─ forward of an internal mail with two customers' address changes
    {
        "id": "nenga-036",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "FW: 住所変更の連絡（2件）",
        "charset": "utf-8",
        "body": """大槻様

お世話になっております。堀です。
営業から下記の連絡がありましたので、宛名データの修正をお願いいたします。

-------- Forwarded Message --------
From: 小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>
To: 堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>
Subject: 住所変更の連絡（2件）

堀さん
お客様から住所変更の連絡がありました。年賀状のリストに反映をお願いします。

""" + "\n\n".join(f"{p['name']} 様（{p['kana']}）\n新住所：〒{p['zip']} {p['addr']}\n電話：{p['tel']}"
                  for p in _people("m036", 2)) + """

小野寺
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forward is new text to the printer, but it holds only two customers' addresses: under the line",
    },
    # 037 ─ forward of an employee's change-of-address form with the My Number to the payroll outsourcer
    {
        "id": "nenga-037",
        "sender": "人事部 宮下 <miyashita.rie@hinode-sangyo.co.jp>",
        "to": ["給与計算パートナーズ 森岡様 <morioka@kyuyo-partners.co.jp>"],
        "subject": "転送: 住所変更届（年賀状返送で判明）",
        "charset": "iso-2022-jp",
        "body": f"""森岡様

いつもお世話になっております。日の出産業 人事部の宮下です。
会社の年賀状が返送されて判明したのですが、下記社員が8月に転居していたにも
かかわらず届出が漏れておりました。住民税の送付先変更のため、給与システムの
住所を更新いただけますでしょうか。

---------- 転送メッセージ ----------
差出人: 西村 拓也
件名: 住所変更届

人事部 御中
届出が遅れて申し訳ありません。以下のとおり変更をお願いします。

　社員番号：H{_people('m037', 1)[0]['no']}
　氏名　　：西村 拓也（ニシムラ タクヤ）
　新住所　：〒{_people('m037', 1)[0]['zip']} {_people('m037', 1)[0]['addr']}
　転居日　：2025年8月23日
　個人番号：{my_number(SEED + 2)}
------------------------------------

お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 人事部 宮下 理恵
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an employee's My Number (個人番号) with name and new address forwarded to an external payroll firm",
    },
    # 038 ─ masked card number in a payment confirmation
    {
        "id": "nenga-038",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["order@nenga-netprint.jp"],
        "subject": "Re: 決済完了のご連絡（注文番号 NP-884120）",
        "charset": "utf-8",
        "body": """ねんがネットプリント ご担当者様

決済完了のご連絡ありがとうございました。
ご登録済みの法人カード（****-****-****-7731）で問題ございません。
今後はWebの決済画面から手続きいたします。

領収書は「日の出産業株式会社」宛でPDF発行をお願いします。

日の出産業株式会社 総務部 斎藤
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only a masked card number (last four digits) and an order number",
    },
    # 039 ─ 12-digit reservation number for postcards (not a My Number)
    {
        "id": "nenga-039",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "年賀はがき 持込み分の予約受付番号",
        "charset": "iso-2022-jp",
        "body": """山根様

お世話になっております。堀です。
弊社で郵便局に予約していた年賀はがき（無地・インクジェット 500枚）を、
御社の集荷時にそのままお引き取りいただく件、郵便局の受付番号をお知らせします。

　予約受付番号：3087 2215 6640
　受取窓口　　：日本橋郵便局 法人窓口
　受取可能日　：11月4日以降

受け取りの際は上記番号をお伝えいただければ大丈夫とのことです。
よろしくお願いいたします。

日の出産業 総務部 堀
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a 12-digit post-office reservation number, not a person's identifier",
    },
    # 040 ─ HTML-only table: the president's private acquaintances to a secretarial service
    {
        "id": "nenga-040",
        "sender": "秘書室 仁藤 真澄 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["秘書スクエア 大野様 <ohno@hisho-square.jp>"],
        "subject": "社長個人の年賀状 宛名書き代行のお願い",
        "charset": "utf-8",
        "html": """<html><body>
<p>株式会社秘書スクエア<br>大野様</p>
<p>いつもお世話になっております。日の出産業 秘書室の仁藤です。<br>
社長個人の年賀状（毛筆の宛名書き）を今年もお願いしたく、宛名一覧をお送りします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>No</th><th>お名前</th><th>郵便番号</th><th>ご住所</th><th>電話</th><th>関係</th></tr>
""" + "\n".join(f"<tr><td>{i + 1}</td><td>{p['name']} 様</td><td>{p['zip']}</td><td>{p['addr']}</td>"
                 f"<td>{p['tel']}</td><td>{r}</td></tr>"
                 for i, (p, r) in enumerate(zip(_people("m040", 8),
                                                ["恩師", "ゴルフ仲間", "大学同期", "元上司", "郷里の友人",
                                                 "囲碁仲間", "主治医", "大学同期"]))) + """
</table>
<p>12月20日頃までに投函いただけますと幸いです。<br>
日の出産業株式会社 秘書室 仁藤 真澄（TEL 03-5201-7701）</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "eight private persons' home addresses and phones in an HTML table to an outside service: list of people",
    },
    # 041 ─ new-year party at the partner hotel: four staff contacts for the day
    {
        "id": "nenga-041",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "1/9 賀詞交歓会 当日の連絡先について",
        "charset": "utf-8",
        "body": """さくらホテル 宴会予約ご担当 三好様

お世話になっております。日の出産業の斎藤です。
1月9日（金）「鳳凰の間」での賀詞交歓会につきまして、当日の弊社側の連絡先です。

""" + "\n".join(f"  {r}：{p['name']}（携帯 {_zen(p['mobile'])}）"
                 for r, p in zip(["責任者", "受付", "進行", "会計"], _people("m041", 4))) + """

当日は10時から会場設営に入らせていただきます。
何かございましたら、上記いずれかにご連絡ください。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four staff members' mobile numbers for the event day to the partner hotel: under five people",
    },
    # 042 ─ branch list for the sender side (businesses only)
    {
        "id": "nenga-042",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "差出人面 支店版の住所一覧",
        "charset": "shift_jis",
        "body": """山根様

お世話になっております。斎藤です。
今年は支店ごとに差出人面を変えるため、支店の住所・電話番号をお送りします。
支店長名は入れず、支店名のみで結構です。

【本社】　〒103-0027　東京都中央区日本橋2-7-3 日の出ビル　　　TEL 03-5201-7730
【札幌】　〒060-0003　北海道札幌市中央区北三条西4-1-2　　　　TEL 011-231-5580
【仙台】　〒980-0811　宮城県仙台市青葉区一番町2-5-11　　　　　TEL 022-262-4471
【横浜】　〒220-0011　神奈川県横浜市西区高島2-12-6　　　　　　TEL 045-441-3902
【名古屋】〒460-0003　愛知県名古屋市中区錦2-14-7　　　　　　　TEL 052-201-6618
【大阪】　〒530-0001　大阪府大阪市北区梅田1-9-20 12F　　　　　TEL 06-6345-2270
【広島】　〒730-0011　広島県広島市中区基町11-10　　　　　　　 TEL 082-211-0934
【福岡】　〒812-0011　福岡県福岡市博多区博多駅前3-2-8　　　　 TEL 092-472-1156

以上8拠点です。よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the company's own branch addresses and switchboards: a list of business locations",
    },
    # 043 ─ look-alike of the own domain (.com) with a CSV of seven employees
    {
        "id": "nenga-043",
        "sender": "総務部 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["神田 真一 <kanda.shinichi@hinode-sangyo.com>"],
        "subject": "大阪支店 年賀状宛名（社員自宅）",
        "charset": "utf-8",
        "body": """神田さん

お疲れさまです。総務の堀です。
大阪支店の皆さんの自宅住所（支店長名義の年賀状用）をCSVで送ります。
確認したら返信ください。

堀
""",
        "attachments": [{
            "kind": "csv", "name": "osaka_staff_home.csv", "encoding": "utf-8",
            "rows": [["社員番号", "氏名", "郵便番号", "自宅住所"]] + [
                [f"H{p['no']}", p["name"], p["zip"], p["addr"]] for p in _people("m043", 7)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "hinode-sangyo.com is a look-alike (TLD swap) of the own domain, and the CSV lists seven employees' homes",
    },
    # 044 ─ new-year visit route (companies only) for the partner carrier's chauffeur service
    {
        "id": "nenga-044",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 ハイヤー課 <hire@aoba-unyu.co.jp>"],
        "subject": "1月7日 年始挨拶回り 配車のお願い（訪問先一覧）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 ハイヤー課 御中

お世話になっております。日の出産業の小野寺です。
1月7日（水）の年始挨拶回りにつき、ハイヤー1台の手配をお願いいたします。
訪問先は下記のとおりです（各社15分程度の滞在予定）。

""" + _pad(["時刻", "訪問先", "所在地"],
           [[f"{9 + (i * 25) // 60}:{(i * 25) % 60:02d}", c["name"], c["addr"]]
            for i, c in enumerate(_companies("m044", 15))]) + """

乗車：本社前 8:45／同乗：営業本部長 久慈、小野寺
""" + _SIG_EIGYO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a route of fifteen companies' office addresses: a list of businesses, no people's records",
    },
    # 045 ─ name badges for the new-year party: names, companies, titles only
    {
        "id": "nenga-045",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["banquet@sakura-hotel.jp"],
        "subject": "賀詞交歓会 名札作成用 ご来賓一覧",
        "charset": "utf-8",
        "body": """さくらホテル 三好様

お世話になっております。日の出産業の斎藤です。
名札の作成をお願いしたく、ご来賓の一覧をお送りします（14名様）。
席次表は別途お送りいたします。

""" + "\n".join(f"{i + 1:>2}  {c['name']}　{t}　{p['name']} 様"
                 for i, (p, c, t) in enumerate(zip(_people("m045", 14), _companies("m045", 14),
                                                    ["代表取締役社長", "専務取締役", "常務執行役員", "取締役営業本部長",
                                                     "代表取締役", "執行役員", "購買部長", "代表取締役会長",
                                                     "取締役", "営業部長", "代表取締役社長", "総務部長",
                                                     "常務取締役", "支店長"]))) + """

よろしくお願いいたします。
""" + _SIG_SOUMU,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "fourteen guests' names with company and title but no contact details: a people list or business-card facts",
    },
    # 046 ─ freelance copywriter on free mail reviews the winter-greeting text
    {
        "id": "nenga-046",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["春日 様 <kasuga.kotoba@outlook.jp>"],
        "subject": "寒中見舞い 文面のご相談",
        "charset": "iso-2022-jp",
        "body": """春日様

ご無沙汰しております。日の出産業の斎藤です。
今年も寒中見舞いの文面をご相談させてください。喪中の取引先様向けと、
年賀状の返礼が遅れた方向けの2種類を考えています。

＜案1：喪中の方へ＞
寒中お見舞い申し上げます。ご服喪中と伺い、年頭のご挨拶を控えさせていただきました。
…

＜案2：返礼が遅れた方へ＞
寒中お見舞い申し上げます。ご丁寧な年賀状をいただき、ありがとうございました。
…

報酬は昨年と同じ条件でお願いできれば幸いです。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "draft greeting texts to one freelance writer on free mail; no personal data",
    },
    # 047 ─ bereavement: dependant removal with pension and health-insurance numbers to a labour consultant
    {
        "id": "nenga-047",
        "sender": "人事部 宮下 <miyashita.rie@hinode-sangyo.co.jp>",
        "to": ["田辺社会保険労務士事務所 <info@tanabe-sr.jp>"],
        "subject": "被扶養者異動（死亡）の手続きについて",
        "charset": "utf-8",
        "body": f"""田辺先生

いつもお世話になっております。日の出産業 人事部の宮下です。
営業部の社員から、同居のお父様が亡くなられたとの連絡がありました
（社員本人は喪中はがきの手配も総務に依頼済みです）。
健康保険の被扶養者削除の手続きをお願いいたします。

■被保険者
　氏名：{_people('m047', 2)[0]['name']}
　健康保険証：記号 ７１２０４５　番号 ３８
■被扶養者（死亡）
　氏名：{_people('m047', 2)[0]['sei']} 正和（父）
　生年月日：{_wareki((1941, 6, 17))}
　基礎年金番号：4127-093856
　死亡日：令和7年11月3日

保険証（被扶養者分）は本人から回収済みですので、郵送いたします。
よろしくお願いいたします。

日の出産業株式会社 人事部 宮下 理恵
TEL 03-5201-7722
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "health-insurance symbol/number and a basic pension number of named people to an outside consultant",
    },
    # 048 ─ quantities per department (numbers only)
    {
        "id": "nenga-048",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "部署別の仕分け枚数",
        "charset": "shift_jis",
        "body": """大槻様

お世話になっております。堀です。
納品時の仕分けをお願いしたく、部署別の枚数をお知らせします。

""" + _pad(["部署", "フロア", "枚数", "備考"],
           [["役員室", "7F", "150", "社長名義・会長名義を分けて"],
            ["営業本部", "6F", "480", ""],
            ["総務部", "5F", "220", "余剰分含む"],
            ["経理部", "5F", "60", ""],
            ["製造本部", "工場", "170", "川越工場へ直送"],
            ["物流部", "倉庫", "120", ""]]) + """
合計 1,200枚

よろしくお願いいたします。
堀
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "card counts per department: no personal data",
    },
    # 049 ─ internal: who is in mourning this year (names, departments, relation)
    {
        "id": "nenga-049",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["部長各位 <bucho-all@hinode-sangyo.co.jp>"],
        "subject": "【社内】本年 喪中の社員について（年賀状の取扱い）",
        "charset": "iso-2022-jp",
        "body": """部長各位

総務部の斎藤です。
本年ご不幸のあった社員は下記のとおりです。社内での年賀状のやりとりや
新年の挨拶の際にご配慮ください。

""" + "\n".join(f"・{p['name']}（{d}）　{rel}"
                 for p, d, rel in zip(_people("m049", 6), ["営業部", "製造本部", "経理部", "物流部", "営業部", "総務部"],
                                      ["父", "祖母", "母", "義父", "祖父", "母"])) + """

本人への確認は済んでおります。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "six employees in mourning, but sent only to an internal distribution list",
    },
    # 050 ─ plan and budget stamped 取扱注意, to the design studio
    {
        "id": "nenga-050",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["ohara@atelier-koyomi.jp"],
        "subject": "【取扱注意】2026年 年賀状 発送計画・予算",
        "charset": "utf-8",
        "body": """━━━━━━━━━━━━━━
  取扱注意　／　総務部
━━━━━━━━━━━━━━

大原様

お世話になっております。日の出産業の斎藤です。
デザイン費のご提案の参考に、来年の発送計画と予算の概要をお送りします。

  発送総数      2,400通（法人1,200／個人900／OB・社員300）
  予算総額      1,480,000円（デザイン費 350,000円を含む）
  前年実績      1,392,000円
  デザイン案数  3案 → 社内投票で1案

デザイン費は上記の範囲内でご提案いただけますと幸いです。
""" + _SIG_SOUMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail carries a 取扱注意 classification stamp (subject and header box) and goes to an external designer",
    },
    # 051 ─ confirming a customer's own new address back to her (free mail)
    {
        "id": "nenga-051",
        "sender": "お客様相談室 相楽 <sagara.n@hinode-sangyo.co.jp>",
        "to": ["ichinose.sachiko55@yahoo.co.jp"],
        "subject": "Re: 住所変更のお願い",
        "charset": "iso-2022-jp",
        "body": """一ノ瀬 幸子 様

このたびはご連絡いただき、誠にありがとうございます。
日の出産業 お客様相談室の相楽でございます。

ご依頼のとおり、ご登録のご住所を下記のとおり変更いたしました。

　〒336-0017　埼玉県さいたま市南区南浦和3-21-4 ヴィラ南浦和 205
　一ノ瀬 幸子 様

年賀状・ダイレクトメールは次回より新しいご住所にお届けいたします。
万一誤りがございましたら、お手数ですが本メールにご返信ください。

日の出産業株式会社 お客様相談室
相楽 典子　フリーダイヤル 0120-33-7730（平日9:00～17:00）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one customer's own new address confirmed back to her on free mail: one person",
    },
    # 052 ─ unencrypted ZIP: UTF-8 CSV of 60 customers and an instruction note
    {
        "id": "nenga-052",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["山根様 <yamane@nishiki-insatsu.co.jp>"],
        "subject": "暑中見舞い 宛名データ一式（ZIP）",
        "charset": "utf-8",
        "body": """山根様

お世話になっております。日の出産業の堀です。
暑中見舞いの宛名データ一式をZIPにまとめてお送りします。
中に指示書（readme.txt）を入れていますので、ご確認ください。

堀
""",
        "attachments": [{
            "kind": "zip", "name": "shochu_2026_data.zip",
            "files": [
                {"kind": "csv", "name": "shochu_2026/kojin.csv", "encoding": "utf-8",
                 "rows": [["id", "name", "kana", "zip", "address", "tel"]] + [
                     [str(p["no"]), p["name"], p["kana"], p["zip"], p["addr"], p["tel"]]
                     for p in _people("m052", 60)]},
                {"kind": "txt", "name": "shochu_2026/readme.txt", "encoding": "utf-8",
                 "text": "指示書\n・kojin.csv 60件、すべて「様」で印字\n・差出人面は営業本部版\n・7月10日投函\n"},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an unencrypted ZIP whose CSV lists 60 customers' names, addresses and phones, to the printer",
    },
    # 053 ─ remove one name (喪中欠礼 received): a name with no other data
    {
        "id": "nenga-053",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "宛名1件 削除のお願い（No.128）",
        "charset": "iso-2022-jp",
        "body": """大槻様

たびたび失礼します。堀です。
本日、リストNo.128 の蓮見様より喪中欠礼のおはがきが届きましたので、
年賀状の宛名から外していただけますでしょうか。寒中見舞いは別途こちらで出します。

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one surname and a row number, no contact data: nothing to protect beyond a name",
    },
    # 054 ─ summer greeting to the partner bank with generic health wishes
    {
        "id": "nenga-054",
        "sender": "経理部長 桐生 <kiryu.tetsu@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 浅野様 <asano.k@midori-ginko.co.jp>"],
        "subject": "暑中お見舞い申し上げます",
        "charset": "utf-8",
        "body": """みどり銀行 日本橋支店
法人営業課 浅野様

暑中お見舞い申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

連日の猛暑で体調を崩される方も多いと聞きます。
支店の皆様もくれぐれもご自愛くださいませ。

下期の設備資金の件は、9月上旬に改めてご相談させていただきます。

日の出産業株式会社 経理部長 桐生 哲
TEL 03-5201-7740
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a seasonal greeting with generic wishes about health, tied to no one's condition",
    },
    # 055 ─ death notice to three retirees on three free-mail domains, all in To
    {
        "id": "nenga-055",
        "sender": "秘書室 仁藤 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["sugawara.isamu@gmail.com", "芹沢様 <serizawa-k@yahoo.co.jp>", "matsunaga.t1950@icloud.com"],
        "subject": "会長 東條 逝去のお知らせ",
        "charset": "iso-2022-jp",
        "body": """OB会の皆様

秘書室の仁藤でございます。
当社会長 東條 源一郎 が11月2日に永眠いたしました。享年八十八歳でした。
生前のご厚誼に深く感謝申し上げます。

葬儀は近親者のみにて執り行いました。後日「お別れの会」を予定しております。
詳細が決まりましたら改めてご案内申し上げます。

なお、喪中につき、年頭のご挨拶は失礼させていただきます。

日の出産業株式会社 秘書室
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private persons (three free-mail addresses) can see each other in To: should have been Bcc",
    },
    # 056 ─ English request for a partner's mailing address; standard confidentiality footer
    {
        "id": "nenga-056",
        "sender": "Yuka Saito <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["Daniel Ortega <d.ortega@solvia-components.com>"],
        "subject": "Your office address for our New Year card",
        "charset": "utf-8",
        "body": """Dear Mr. Ortega,

Every year we send a printed New Year card to our partners, and this year we would
like to include your team in Valencia. Could you let me know the postal address of
your office and how the card should be addressed (company name and department)?

Thank you in advance, and best wishes for the coming holidays.

Kind regards,
Yuka Saito
General Affairs, Hinode Sangyo Co., Ltd.
""" + _DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English request to one partner; 'confidential' appears only in the standard disclaimer",
    },
    # 057 ─ internal only: partner contacts list stamped 社外秘
    {
        "id": "nenga-057",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["営業部 <eigyo2@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】取引先ご担当者一覧（年賀状送付先）",
        "charset": "utf-8",
        "body": """【社外秘】

第二営業部の皆さん

年賀状送付先の取引先ご担当者一覧です。担当分に漏れがないか、
11月21日までに確認してください。社外への転送は禁止です。

""" + "\n".join(f"{co}\t{p['name']}\t{dept}\t{p['tel'][:-4]}{1100 + i * 7}\t{p['roma'].split()[1].lower()}@{dom}"
                 for i, ((co, dom), dept, p) in enumerate(zip(
                     [("川崎電機株式会社", "kawasaki-denki.co.jp"), ("北国フーズ株式会社", "kitaguni-foods.co.jp"),
                      ("常盤工業株式会社", "tokiwa-kogyo.co.jp"), ("瑞穂精機株式会社", "mizuho-seiki.jp"),
                      ("白鳳化成株式会社", "hakuho-kasei.co.jp"), ("扶桑建設株式会社", "fuso-kensetsu.co.jp"),
                      ("千代田商事株式会社", "chiyoda-shoji.co.jp"), ("明星パック株式会社", "meisei-pack.co.jp")],
                     ["資材部", "購買部", "購買部", "営業部", "総務部", "資材部", "秘書室", "購買部"],
                     _people("m057", 8)))) + """

小野寺
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "a 社外秘-stamped list of partner contacts, but every recipient is internal",
    },
    # 058 ─ corrupt XLSX to the list-maintenance vendor
    {
        "id": "nenga-058",
        "sender": "総務部 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["matsuoka@meibo-care.co.jp"],
        "subject": "返送分リスト（1月第3週）",
        "charset": "shift_jis",
        "body": """松岡様

お世話になっております。日の出産業の堀です。
1月第3週に戻ってきた分のリストをお送りします。
開けない場合はお知らせください（共有フォルダから保存し直したものです）。

堀
""",
        "attachments": [{"kind": "corrupt", "name": "返送分リスト_1月第3週.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected",
    },
    # 059 ─ partner hotel and partner caterer together for the new-year party
    {
        "id": "nenga-059",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["banquet@sakura-hotel.jp"],
        "cc": ["北国フーズ 工藤様 <kudo@kitaguni-foods.co.jp>"],
        "subject": "賀詞交歓会 北海道物産コーナーの搬入について",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 三好様
（cc：北国フーズ 工藤様）

お世話になっております。日の出産業の斎藤です。
賀詞交歓会の北海道物産コーナーについて、北国フーズ様から食材を
搬入いただくことになりました。搬入経路と時間をお二方で直接ご調整いただけますか。

・搬入予定：1月9日 9:30頃、冷蔵車1台
・コーナー：会場奥、約3m×2m
・電源：100V 2口

お手数ですが、よろしくお願いいたします。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (hotel and caterer) in To/Cc: a normal three-way mail",
    },
    # 060 ─ legacy XLS of past order quantities and prices
    {
        "id": "nenga-060",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "過去5年分の発注実績（お見積りの参考に）",
        "charset": "utf-8",
        "body": """山根様

お世話になっております。斎藤です。
来年のお見積りの参考に、過去5年分の発注実績を古い形式のExcelでお送りします
（旧システムから出したままの .xls です）。

よろしくお願いいたします。
""",
        "attachments": [{
            "kind": "xls", "name": "nenga_hachu_jisseki.xls",
            "sheets": {"実績": [["年度", "品目", "枚数", "単価", "金額", "備考"],
                               ["2021", "年賀状（裏面カラー）", 1000, 48, 48000, ""],
                               ["2022", "年賀状（裏面カラー）", 1000, 48, 48000, ""],
                               ["2022", "寒中見舞い", 150, 55, 8250, ""],
                               ["2023", "年賀状（裏面カラー）", 1050, 50, 52500, "紙値上げ"],
                               ["2024", "年賀状（裏面カラー＋差出人面）", 1100, 58, 63800, ""],
                               ["2025", "年賀状（裏面カラー＋差出人面）", 1100, 62, 68200, ""],
                               ["2025", "喪中はがき（社長個人）", 100, 70, 7000, "別請求"]]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order history with quantities and prices: no personal data",
    },
    # 061 ─ an internal mail attached (message/rfc822) listing seven senders of 喪中欠礼
    {
        "id": "nenga-061",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "FW: 喪中欠礼はがき 受領分（12/5時点）",
        "charset": "iso-2022-jp",
        "body": """大槻様

お世話になっております。堀です。
受付から回ってきた喪中欠礼はがきの受領分を、メールごと添付します。
この方々は年賀状の宛名から外していただけますでしょうか。

堀
""",
        "attachments": [{
            "kind": "eml", "name": "喪中欠礼はがき受領分.eml",
            "message": {
                "sender": "受付 <uketsuke@hinode-sangyo.co.jp>",
                "to": ["hori.kanako@hinode-sangyo.co.jp"],
                "subject": "喪中欠礼はがき 受領分（12/5時点）",
                "charset": "iso-2022-jp",
                "body": "堀さん\n\n12月5日までに届いた喪中欠礼はがきです。\n\n" + "\n".join(
                    f"{p['name']} 様　〒{p['zip']} {p['addr']}　（{rel}ご逝去）"
                    for p, rel in zip(_people("m061", 7), ["ご尊父", "ご母堂", "ご祖母", "ご尊父", "ご主人",
                                                          "ご義母", "ご祖父"])) + "\n\n受付 今井\n",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded (attached) mail with seven people's names and home addresses goes to the printer",
    },
    # 062 ─ UTF-8 CSV of 45 corporate addressees to a DM vendor (businesses only)
    {
        "id": "nenga-062",
        "sender": "営業推進課 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["DMエクスプレス 石田様 <ishida@dm-express.co.jp>"],
        "subject": "寒中見舞いDM 法人宛リスト",
        "charset": "utf-8",
        "body": """DMエクスプレス 石田様

お世話になっております。日の出産業 営業推進課の堀です。
寒中見舞いDMの法人宛リスト（45社）を添付します。宛名は「ご担当者様」でお願いします。

堀
""",
        "attachments": [{
            "kind": "csv", "name": "kanchu_houjin.csv", "encoding": "utf-8",
            "rows": [["会社名", "部署", "郵便番号", "所在地", "代表電話", "宛名敬称"]] + [
                [c["name"], c["dept"], c["zip"], c["addr"], c["tel"], "ご担当者様"]
                for c in _companies("m062", 45)],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "45 companies with office address and switchboard, addressed to ご担当者様: a list of businesses",
    },
    # 063 ─ the printer's schedule mail attached and forwarded to the design studio
    {
        "id": "nenga-063",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["ohara@atelier-koyomi.jp"],
        "subject": "FW: 入稿スケジュールについて（錦印刷様より）",
        "charset": "utf-8",
        "body": """大原様

錦印刷の山根様から入稿スケジュールの連絡がありましたので、元のメールを添付します。
入稿締切が11月26日（水）17時とのことです。ご確認ください。

斎藤
""",
        "attachments": [{
            "kind": "eml", "name": "入稿スケジュールについて.eml",
            "message": {
                "sender": "山根 <yamane@nishiki-insatsu.co.jp>",
                "to": ["saito.yuka@hinode-sangyo.co.jp"],
                "subject": "入稿スケジュールについて",
                "charset": "iso-2022-jp",
                "body": "日の出産業 斎藤様\n\nお世話になっております。錦印刷の山根です。\n"
                        "入稿締切：11月26日（水）17時\n入稿形式：PDF/X-4（トンボ付き）、画像は350dpi以上\n"
                        "色校：12月1日（月）発送\n\n錦印刷株式会社 営業部 山根 章\nTEL 03-3812-4410\n",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forwarded schedule mail with the printer's business contact only",
    },
    # 064 ─ look-alike of the partner hotel (sakura-hotel.co.jp for sakura-hotel.jp)
    {
        "id": "nenga-064",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["宴会予約 三好様 <banquet@sakura-hotel.co.jp>"],
        "subject": "賀詞交歓会 最終人数のご連絡",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約 三好様

お世話になっております。日の出産業の斎藤です。
1月9日の賀詞交歓会、最終人数をご連絡いたします。

　ご来賓：68名
　社員　：42名
　合計　：110名（立食、前回お見積りのBプラン）

お支払いは例年どおり請求書払いでお願いいたします。
""" + _SIG_SOUMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotel.co.jp is a look-alike (another TLD) of the partner sakura-hotel.jp",
    },
    # 065 ─ unencrypted ZIP with design images and a note
    {
        "id": "nenga-065",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "差出人面 素材一式",
        "charset": "utf-8",
        "body": """大槻様

差出人面の素材一式（ロゴ、70周年マーク、指示メモ）をZIPでお送りします。

斎藤
""",
        "attachments": [{
            "kind": "zip", "name": "sashidashi_sozai.zip",
            "files": [
                {"kind": "png", "name": "logo_k1.png"},
                {"kind": "png", "name": "70th_mark.png"},
                {"kind": "txt", "name": "memo.txt", "encoding": "cp932",
                 "text": "差出人面 指示\n・ロゴは左上、幅25mm\n・70周年マークは右下\n・社名の下に本社住所と代表電話\n"},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "images and a layout memo in an ordinary ZIP: nothing personal, nothing unreadable",
    },
    # 066 ─ executives' names for the joint-signature line (names and titles only)
    {
        "id": "nenga-066",
        "sender": "秘書室 仁藤 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "役員連名の差出人表記について",
        "charset": "iso-2022-jp",
        "body": """山根様

お世話になっております。秘書室の仁藤です。
役員向け年賀状の連名部分は、下記の順・表記でお願いいたします。

　代表取締役社長　　東條 清隆
　専務取締役　　　　久慈 正人
　常務取締役　　　　御手洗 恭子
　取締役　　　　　　真壁 一朗
　取締役　　　　　　箕輪 崇
　監査役　　　　　　嵯峨 晴美

役職名は明朝、氏名は楷書体でお願いします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the company's officers' names and titles as printed on the card: public business facts, no contact data",
    },
    # 067 ─ PDF table of 30 employees' home addresses to the printer
    {
        "id": "nenga-067",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["山根様 <yamane@nishiki-insatsu.co.jp>"],
        "subject": "社長名義 社員宛年賀状（製造本部分）",
        "charset": "utf-8",
        "body": """山根様

お世話になっております。日の出産業の斎藤です。
社長名義で社員に出す年賀状のうち、製造本部分の宛名をPDFでお送りします（30名）。
本社分は来週お送りします。

斎藤
""",
        "attachments": [{
            "kind": "pdf", "name": "社員宛名_製造本部.pdf", "title": "社員宛名（製造本部）",
            "lines": ["社長名義 年賀状 社員宛名一覧（製造本部）", "2025年11月 総務部作成", ""],
            "table": [["社員番号", "氏名", "郵便番号", "自宅住所"]] + [
                [f"H{p['no']}", p["name"], p["zip"], p["addr"]] for p in _people("m067", 30)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "30 employees' names and home addresses in a PDF table to an external printer: list of people",
    },
    # 068 ─ one retiree on a carrier address, with an internal Cc
    {
        "id": "nenga-068",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["桑原様 <kuwabara-h@ezweb.ne.jp>"],
        "cc": ["nito.masumi@hinode-sangyo.co.jp"],
        "subject": "OB会 新年会のご案内はがきについて",
        "charset": "iso-2022-jp",
        "body": """桑原様

お世話になっております。総務部の斎藤です。
OB会新年会のご案内はがき、今年も会社の年賀状と一緒に錦印刷さんで刷る形で
よろしいでしょうか。文面の案をいただければ、こちらで入稿いたします。

日程：2月7日（土）12時～　会場：さくらホテル 桜の間（予定）

どうぞよろしくお願いいたします。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one carrier-mail recipient (a retiree) with an internal Cc; no personal data",
    },
    # 069 ─ reply quoting a customer's new address; the new text does not repeat it
    {
        "id": "nenga-069",
        "sender": "お客様相談室 相楽 <sagara.n@hinode-sangyo.co.jp>",
        "to": ["tsuchiya.masaru@docomo.ne.jp"],
        "subject": "Re: 年賀状が旧住所に届きました",
        "charset": "utf-8",
        "body": """土屋 様

ご連絡ありがとうございます。日の出産業 お客様相談室の相楽でございます。
旧住所にお送りしてしまい、大変失礼いたしました。
ご登録住所を変更いたしましたので、次回からは新しいご住所にお届けいたします。

今後ともよろしくお願い申し上げます。

On 2026/01/06 21:14, tsuchiya.masaru@docomo.ne.jp wrote:
> 日の出産業 御中
> 年賀状ありがとうございました。ただ、旧住所に届いていたので転送されてきました。
> 新住所は 〒270-1166 千葉県我孫子市我孫子1-9-14 です。
> 電話番号も 090-6612-3087 に変わっています。
> 土屋 勝
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the customer's address and phone are only in his own quoted mail; one free-mail recipient",
    },
    # 070 ─ one addressee dropped because of an arrest report, to the DM vendor
    {
        "id": "nenga-070",
        "sender": "営業推進課 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["ishida@dm-express.co.jp"],
        "subject": "寒中見舞いDM 個人宛リストの除外1件",
        "charset": "shift_jis",
        "body": """DMエクスプレス 石田様

お世話になっております。堀です。
個人宛リストのうち、No.44 漆畑 哲也 様（〒350-0063 埼玉県川越市幸町4-11-2）は
今回から除外をお願いします。
昨年秋に特殊詐欺の容疑で逮捕されたとの報道があり、社内で取引停止が決まったためです。

データ上も「送付停止」フラグを立てておいていただけますと助かります。

堀
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's arrest (criminal record) with his address goes to an external vendor: 要配慮個人情報",
    },
    # 071 ─ asking the partner how many cards they want
    {
        "id": "nenga-071",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["hayashi.t@kawasaki-denki.co.jp"],
        "subject": "共同年賀状の枚数について",
        "charset": "iso-2022-jp",
        "body": """川崎電機 林様

お世話になっております。日の出産業の小野寺です。
共同開発品の告知を兼ねた年賀状（両社連名）について、御社ご使用分の枚数を
11月14日までにお知らせいただけますでしょうか。印刷費は枚数按分でご請求いたします。

昨年は御社300枚・弊社500枚でした。
""" + _SIG_EIGYO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary partner mail with the sender's signature only",
    },
    # 072 ─ internal only: My Number in an HR address-change note
    {
        "id": "nenga-072",
        "sender": "総務部 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["人事部 宮下 <miyashita.rie@hinode-sangyo.co.jp>"],
        "subject": "年賀状返送の件（今村さんの住所変更届）",
        "charset": "utf-8",
        "body": f"""宮下さん

お疲れさまです。総務の堀です。
社員宛の年賀状が1通返送されてきたので本人に確認したところ、転居届が未提出でした。
本人から預かった届出内容を転記します。給与・住民税の手続きをお願いします。

  社員番号  H{_people('m072', 1)[0]['no']}
  氏名      今村 彩乃
  新住所    〒{_people('m072', 1)[0]['zip']} {_people('m072', 1)[0]['addr']}
  個人番号  {my_number(SEED + 3)}

原本は人事ボックスに入れておきます。
堀
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "an employee's My Number and address, but the only recipient is internal HR",
    },
    # 073 ─ sole-proprietor shops: shop name, owner, shop address and phone
    {
        "id": "nenga-073",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "個人商店のお得意様分（8件）の宛名",
        "charset": "utf-8",
        "body": """大槻様

お世話になっております。小野寺です。
取引のある個人商店さん8件分の宛名です。屋号＋店主様のお名前で印字してください。

""" + "\n".join(f"{shop}　店主 {p['name']} 様　〒{p['zip']} {p['pref']}{p['city']}{p['town']}{p['banchi']}　TEL {p['tel']}"
                 for shop, p in zip(["そば処 みのわ", "金物の宍戸商店", "ベーカリー葵", "相楽酒店", "理容タテノ",
                                     "花のはすみ", "芳賀電器", "喫茶 黎明"], _people("m073", 8))) + """

よろしくお願いいたします。
""" + _SIG_EIGYO,
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "eight sole-proprietor shops with owner names: business contacts, but each owner is also a private person",
    },
    # 074 ─ address check sent to five contacts of five companies, all in To
    {
        "id": "nenga-074",
        "sender": "総務部 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["kurihara@fuso-kensetsu.co.jp", "n.oba@chiyoda-shoji.co.jp", "wada.k@meisei-pack.co.jp",
               "ikeuchi@sanwa-kiki.co.jp", "s-kato@reimei-logi.jp"],
        "subject": "【ご確認のお願い】年賀状が返送されてまいりました",
        "charset": "iso-2022-jp",
        "body": """お取引先ご担当者様

突然のご連絡失礼いたします。日の出産業 総務部の堀と申します。
弊社よりお送りした年賀状が「宛所に尋ねあたりません」で返送されてまいりました。
御社の所在地またはご担当部署が変更になっている可能性がございますので、
お手数ですが現在のご住所をご返信いただけますでしょうか。

今後とも何卒よろしくお願い申し上げます。

日の出産業株式会社 総務部 堀 加奈子
TEL 03-5201-7730
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five contacts of five external companies see each other in To: should have been Bcc",
    },
    # 075 ─ internal only: the corporate card number to accounting
    {
        "id": "nenga-075",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["経理部 桐生 <kiryu.tetsu@hinode-sangyo.co.jp>"],
        "subject": "年賀はがき購入の立替精算（法人カード使用分）",
        "charset": "iso-2022-jp",
        "body": f"""桐生部長

お疲れさまです。総務の斎藤です。
郵便局で年賀はがき（500枚／42,500円）を法人カードで購入しました。
カード明細との照合用に、使用したカードをお知らせします。

　カード：{card_number(SEED + 4)}（名義 YUKA SAITO）
　利用日：11月4日
　利用先：日本橋郵便局

領収書は経理ボックスに提出済みです。
斎藤
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "a full card number, but sent only to internal accounting",
    },
    # 076 ─ two advisers' home addresses to the printer
    {
        "id": "nenga-076",
        "sender": "秘書室 仁藤 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "顧問お二人分の宛名追加",
        "charset": "utf-8",
        "body": """山根様

お世話になっております。秘書室の仁藤です。
役員向けの年賀状に、顧問お二人分の宛名を追加してください（ご自宅宛て）。

""" + "\n".join(f"　{p['name']} 様（顧問）\n　〒{_zen(p['zip'])}\n　{p['addr']}\n"
                 for p in _people("m076", 2)) + """
よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two advisers' home addresses to the printer: two people, under the line",
    },
    # 077 ─ English budget PDF with a CONFIDENTIAL footer to an overseas card printer
    {
        "id": "nenga-077",
        "sender": "Yuka Saito <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["Orders Desk <orders@maplepress-cards.com>"],
        "subject": "Holiday card programme 2026 - scope and budget",
        "charset": "utf-8",
        "body": """Hello,

Further to our call, please find attached the scope and budget of our 2026 holiday
card programme for our overseas partners (about 180 cards, English and German
versions). We would appreciate your quotation by October 31.

Best regards,
Yuka Saito
General Affairs, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "pdf", "name": "holiday_cards_2026_scope.pdf",
            "title": "Holiday card programme 2026",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo internal only",
            "lines": ["Holiday card programme 2026 - scope and budget", "",
                      "Quantity: 180 cards (EN 140 / DE 40)", "Format: folded card A6, envelope C6",
                      "Budget ceiling: JPY 260,000 incl. international postage",
                      "Timeline: artwork 11/10, print 11/28, dispatch 12/05"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF carries a CONFIDENTIAL / internal-only footer on every page and goes to an outside vendor",
    },
    # 078 ─ aggregated statistics of returned cards (no individuals)
    {
        "id": "nenga-078",
        "sender": "総務部 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["matsuoka@meibo-care.co.jp"],
        "subject": "今年の返送状況（集計）",
        "charset": "iso-2022-jp",
        "body": """松岡様

お世話になっております。堀です。
今年の年賀状の返送状況を集計しましたので、来年の名簿クリーニングのお見積りの
参考にお送りします。

　発送総数　　　　2,380通
　返送合計　　　　　 46通（1.9％）
　　宛所不明　　　　 21通
　　転居先不明　　　 14通
　　受取拒否　　　　　2通
　　その他　　　　　　9通
　うち法人宛　　　　 12通／個人宛 34通

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "counts only, no individual records",
    },
    # 079 ─ HTML-only e-greeting to one customer
    {
        "id": "nenga-079",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["泉 様 <izumi@hakuho-kasei.co.jp>"],
        "subject": "謹賀新年",
        "charset": "utf-8",
        "html": """<html><body style="background:#fffaf0;font-family:'Hiragino Mincho ProN',serif">
<div style="text-align:center;padding:24px">
<h1 style="color:#c0392b;letter-spacing:8px">謹賀新年</h1>
<p>白鳳化成株式会社 泉様</p>
<p>旧年中はひとかたならぬご厚情を賜り、誠にありがとうございました。<br>
本年も倍旧のご愛顧を賜りますよう、よろしくお願い申し上げます。</p>
<p style="font-size:12px">日の出産業株式会社 営業本部 第二営業部 小野寺 航</p>
</div></body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an HTML e-card to one customer",
    },
    # 080 ─ look-alike printer domain with a hyphen for the dot
    {
        "id": "nenga-080",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu-co.jp"],
        "subject": "寒中見舞い 入稿データ",
        "charset": "shift_jis",
        "body": """大槻様

お世話になっております。斎藤です。
寒中見舞い（150枚）の入稿データをお送りします。
差出人面は本社版のみ、裏面は文例K-2でお願いします。

斎藤
""",
        "attachments": [{
            "kind": "pdf", "name": "kanchu_nyuko.pdf",
            "lines": ["寒中見舞い 入稿指示", "数量：150枚", "裏面：文例K-2（雪椿）", "差出人面：本社版",
                      "日の出産業株式会社 〒103-0027 東京都中央区日本橋2-7-3 TEL 03-5201-7730"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatsu-co.jp is a look-alike (hyphen for the dot) of the partner nishiki-insatsu.co.jp",
    },
    # 081 ─ HTML-only table of business days to a partner
    {
        "id": "nenga-081",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["kudo@kitaguni-foods.co.jp"],
        "subject": "年末年始の営業日のご案内",
        "charset": "utf-8",
        "html": """<html><body>
<p>北国フーズ株式会社 工藤様</p>
<p>いつもお世話になっております。日の出産業の斎藤です。<br>年末年始の営業日をご案内いたします。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>日付</th><th>本社</th><th>川越工場</th><th>物流センター</th></tr>
<tr><td>12/26（金）</td><td>通常</td><td>通常</td><td>最終出荷 15時</td></tr>
<tr><td>12/27（土）～1/4（日）</td><td>休業</td><td>休業</td><td>休業</td></tr>
<tr><td>1/5（月）</td><td>休業</td><td>通常</td><td>入荷のみ</td></tr>
<tr><td>1/6（火）</td><td>通常</td><td>通常</td><td>通常</td></tr>
</table>
<p>本年も大変お世話になりました。来年もよろしくお願いいたします。</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an HTML table of business days; nothing personal",
    },
    # 082 ─ Shift_JIS note on stock of blank postcards
    {
        "id": "nenga-082",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["juchu@nishiki-insatsu.co.jp"],
        "subject": "年賀はがき在庫と追加発注の要否",
        "charset": "shift_jis",
        "body": """錦印刷 受注窓口様

お世話になっております。日の出産業の堀です。
社内の在庫を数えたところ、以下のとおりでした。

　・年賀はがき（インクジェット）　　 85枚
　・年賀はがき（普通紙）　　　　　　 20枚
　・寒中見舞い用 私製はがき　　　　 140枚
　・喪中用 私製はがき（薄墨枠）　　　 35枚

書き損じ対応用として、インクジェット紙を100枚追加で手配いただけますか。
請求は本発注とまとめていただいて結構です。

日の出産業株式会社 総務部 堀
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "stock counts and a small additional order",
    },
    # 083 ─ XLSX, two sheets, 45 private customers with dates of birth, to a new print shop
    {
        "id": "nenga-083",
        "sender": "営業推進課 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["はがき工房 受付 <uketsuke@hagaki-koubou.co.jp>"],
        "subject": "暑中見舞いDM 宛名データ（お試し発注）",
        "charset": "utf-8",
        "body": """はがき工房 ご担当者様

はじめてご依頼させていただきます。日の出産業 営業推進課の堀と申します。
暑中見舞いのDMを試験的に御社にお願いしたく、宛名データをお送りします。

・「個人」シート：45件（生年月日は誕生月の一言メッセージ用です）
・「法人」シート：10社

お見積りと納期をご連絡いただけますと幸いです。

日の出産業株式会社 営業推進課 堀 加奈子
TEL 03-5201-7737
""",
        "attachments": [{
            "kind": "xlsx", "name": "shochu_dm_2026.xlsx",
            "sheets": {
                "個人": [["暑中見舞いDM 宛名（個人）"], ["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話"]] + [
                    [p["name"], p["kana"], _wareki(p["dob"], "abbr"), p["zip"], p["addr"], p["mobile"]]
                    for p in _people("m083", 45)],
                "法人": [["会社名", "部署", "郵便番号", "住所"]] + [
                    [c["name"], c["dept"], c["zip"], c["addr"]] for c in _companies("m083", 10)],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "45 customers' names, dates of birth, addresses and mobiles in a workbook to a new external print shop",
    },
    # 084 ─ small winter-greeting order, padded table of items
    {
        "id": "nenga-084",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "寒中見舞い・喪中の方への返礼はがき ご発注",
        "charset": "iso-2022-jp",
        "body": """山根様

お世話になっております。日の出産業の斎藤です。
年明けの寒中見舞いについて、下記のとおり発注いたします。

""" + _pad(["品目", "仕様", "数量", "単価"],
           [["寒中見舞い（一般）", "私製はがき・裏面カラー", "150", "58"],
            ["寒中見舞い（喪中の方へ）", "私製はがき・落ち着いた色調", "80", "58"],
            ["封筒（役員用）", "洋2・和紙風", "30", "45"]], gap="　") + """

納期は1月8日でお願いいたします。
""" + _SIG_SOUMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an order with items, quantities and unit prices",
    },
    # 085 ─ question to the partner system vendor about the import format (column names only)
    {
        "id": "nenga-085",
        "sender": "情報システム部 江川 <egawa.satoshi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "宛名管理オプションのCSV取込形式について",
        "charset": "utf-8",
        "body": """ツバサシステム サポートご担当者様

いつもお世話になっております。日の出産業 情報システム部の江川です。
顧客管理システムの宛名管理オプションについて質問させてください。

年賀状の宛名データをCSVで取り込む際、以下の列構成で取り込めますでしょうか。

  顧客番号, 氏名, フリガナ, 郵便番号, 住所1, 住所2, 電話番号, 送付区分

特に、住所2（建物名）が空欄の行と、氏名に旧字体（髙・﨑など）を含む行の扱いが
気になっております。文字コードはCP932とUTF-8のどちらが推奨でしょうか。

日の出産業株式会社 情報システム部 江川 聡
内線 2301
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "column names of an address file, no data rows",
    },
    # 086 ─ password-protected PDF to the printer
    {
        "id": "nenga-086",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "校正戻し（役員宛名分）",
        "charset": "iso-2022-jp",
        "body": """山根様

お世話になっております。斎藤です。
役員宛名分の校正戻しをお送りします。社内規程によりパスワードを設定しています。
パスワードはお電話でお伝えします。

斎藤
""",
        "attachments": [{
            "kind": "pdf", "name": "kosei_modoshi_yakuin.pdf", "password": "Yk-0412",
            "lines": ["校正戻し（役員宛名分）", "赤字箇所：No.3 住所の番地、No.7 敬称"],
            "table": [["No", "氏名", "郵便番号", "住所"]] + [
                [str(i + 1), p["name"], p["zip"], p["addr"]] for i, p in enumerate(_people("m086", 12))],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the PDF is password-protected (encrypted) and cannot be inspected",
    },
    # 087 ─ one sample row (test customer) to the system vendor
    {
        "id": "nenga-087",
        "sender": "情報システム部 江川 <egawa.satoshi@hinode-sangyo.co.jp>",
        "to": ["support@tsubasa-system.jp"],
        "subject": "Re: 宛名管理オプションのCSV取込形式について",
        "charset": "utf-8",
        "body": """ツバサシステム サポートご担当者様

ご回答ありがとうございました。江川です。
取込エラーが再現するサンプルを1行だけお送りします（テスト用に作った架空のお客様です）。

C900001,試験 花子,シケン ハナコ,150-0001,東京都渋谷区神宮前6-31-17,ﾊｲﾂ神宮前　203,03-6418-2290,年賀

建物名の「ﾊｲﾂ」（半角カナ）が含まれると、住所2が切れてしまうようです。
ご確認をお願いいたします。

江川
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one sample row (a made-up test customer) to the system vendor: one record at most",
    },
    # 088 ─ legal question about bereavement lists and APPI (abstract, nobody named)
    {
        "id": "nenga-088",
        "sender": "法務課 五十嵐 <igarashi.k@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "喪中欠礼の情報管理についてのご相談",
        "charset": "iso-2022-jp",
        "body": """白川先生

いつもお世話になっております。日の出産業 法務課の五十嵐です。
年賀状の宛名管理に関して、個人情報保護法上の扱いをご相談させてください。

1. 取引先から受け取った喪中欠礼はがきの情報（故人の続柄など）を顧客名簿に
   記録することは、利用目的の範囲内と考えてよいでしょうか。
2. 「入院中のため送付停止」のような備考は、要配慮個人情報（病歴）に当たり得るため
   記録自体をやめるべきか、社内で意見が分かれております。
3. 宛名印刷を印刷会社に委託する場合の監督として、どの程度の確認が必要でしょうか。

来週ご都合のよい時間に、30分ほどお電話でご相談できれば幸いです。

日の出産業株式会社 総務部 法務課 五十嵐 健
TEL 03-5201-7718
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an abstract legal question that names 要配慮個人情報 and 病歴 as categories, tied to no person",
    },
    # 089 ─ English: the chairman's personal holiday list (7 people) to an overseas card service
    {
        "id": "nenga-089",
        "sender": "Masumi Nito <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["Helen Whitaker <helen@inkwell-greetings.com>"],
        "subject": "Mailing list for Mr. Tojo's personal holiday cards",
        "charset": "utf-8",
        "body": """Dear Helen,

As discussed, attached is the mailing list for Mr. Tojo's personal holiday cards
(7 recipients, private addresses). Four of them live in Japan, so please keep the
addresses in Japanese on those envelopes.

Many thanks for your help again this year.

Best regards,
Masumi Nito
Executive Office, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "xlsx", "name": "tojo_personal_list.xlsx",
            "sheets": {"List": [["Name", "Address", "Phone", "E-mail", "Note"]] + [
                [p["roma"], "〒" + p["zip"] + " " + p["addr"], p["tel"], p["email"], "Japan"]
                for p in _people("m089", 4)] + [
                ["Richard Hale", "14 Orchard Lane, Bath BA1 5TT, United Kingdom", "+44 1225 448 190",
                 "r.hale.bath@gmail.com", "former JV partner"],
                ["Ingrid Vogt", "Lindenstrasse 22, 80331 Muenchen, Germany", "+49 89 2180 7741",
                 "ingrid.vogt@web.de", "university friend"],
                ["Paul Mercer", "88 Harbour Rd, Wellington 6011, New Zealand", "+64 4 471 2290",
                 "pmercer@xtra.co.nz", "golf"]]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "seven private persons' home addresses, phones and e-mails in a workbook to an overseas service",
    },
    # 090 ─ new-year visit to the partner bank (names only)
    {
        "id": "nenga-090",
        "sender": "経理部長 桐生 <kiryu.tetsu@hinode-sangyo.co.jp>",
        "to": ["asano.k@midori-ginko.co.jp"],
        "subject": "年始のご挨拶訪問の日程",
        "charset": "utf-8",
        "body": """みどり銀行 日本橋支店 浅野様

お世話になっております。日の出産業の桐生です。
年始のご挨拶に、1月8日（木）10時30分に伺いたく存じます。
弊社からは社長の東條と私の2名で参ります。

支店長の大河内様にもご挨拶できれば幸いです。ご都合をお知らせください。

日の出産業株式会社 経理部長 桐生 哲
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a visit appointment naming people without any data about them",
    },
    # 091 ─ proof corrections for three addressees, one block each
    {
        "id": "nenga-091",
        "sender": "堀 加奈子 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["otsuki.k@nishiki-insatsu.co.jp"],
        "subject": "宛名校正 修正3件",
        "charset": "iso-2022-jp",
        "body": """大槻様

宛名面の校正を確認しました。下記3件の修正をお願いします。

""" + "\n".join(f"【{i + 1}】{p['name']} 様\n  誤：{p['pref']}{p['city']}{p['town']}{p['banchi'][:-1]}\n"
                 f"  正：〒{p['zip']} {p['addr']}\n" for i, p in enumerate(_people("m091", 3))) + """
それ以外は校了でお願いします。
堀
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three addressees' corrections to the printer: under five people",
    },
    # 092 ─ XLSX price sheet back to the printer (counter-proposal)
    {
        "id": "nenga-092",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "Re: 2026年 年賀状 お見積り（NQ-25-0388）",
        "charset": "utf-8",
        "body": """山根様

お見積りありがとうございました。斎藤です。
社内で検討した結果、単価について添付の希望額で再見積りをお願いできますでしょうか。
数量が昨年より増えておりますので、ご検討いただけますと幸いです。

斎藤

-----Original Message-----
From: 山根 章 <yamane@nishiki-insatsu.co.jp>
Sent: Thursday, October 23, 2025 5:40 PM
To: 斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>
Subject: 2026年 年賀状 お見積り（NQ-25-0388）

斎藤様
お見積りをお送りします。ご査収ください。
""",
        "attachments": [{
            "kind": "xlsx", "name": "見積比較_NQ-25-0388.xlsx",
            "sheets": {"比較": [["品目", "数量", "御見積単価", "希望単価", "差額"],
                               ["年賀状 裏面カラー＋差出人面", 1200, 62, 58, -4800],
                               ["寒中見舞い", 150, 58, 55, -450],
                               ["喪中はがき（個人名義）", 100, 70, 70, 0],
                               ["宛名印字（法人・御中）", 80, 15, 12, -240]],
                       "条件": [["支払条件", "月末締め翌月末払い"], ["納品", "本社一括＋支店5箱"]]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a price counter-proposal workbook and a quoted quote mail: no personal data",
    },
    # 093 ─ reply: the 喪中 list is only under -----Original Message-----
    {
        "id": "nenga-093",
        "sender": "秘書室 仁藤 <nito.masumi@hinode-sangyo.co.jp>",
        "to": ["yamane@nishiki-insatsu.co.jp"],
        "subject": "RE: 喪中欠礼はがき 宛名リストの確認",
        "charset": "shift_jis",
        "body": """山根様

ご確認ありがとうございます。仁藤です。
ご指摘の通りで問題ございません。そのまま印刷を進めてください。

-----Original Message-----
From: 山根 章 [mailto:yamane@nishiki-insatsu.co.jp]
Sent: Tuesday, November 18, 2025 10:02 AM
To: 仁藤 真澄
Subject: 喪中欠礼はがき 宛名リストの確認

仁藤様
いただいたリストを入力しました。念のため、読み仮名の確認をお願いします。

""" + "\n".join(f"{i + 1:>2}. {p['name']}（{p['kana']}） {p['zip']} {p['addr']}"
                 for i, p in enumerate(_people("m034", 22)[:10])) + """
…（以下12件は変更なし）

錦印刷 山根
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the ten-person list is only in the quoted mail from the printer; the new text carries nothing",
    },
    # 094 ─ internal: carrier invoice with its registration (T) number to accounting
    {
        "id": "nenga-094",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["経理部 <keiri@hinode-sangyo.co.jp>"],
        "subject": "青葉運輸 請求書（年賀状 支店配送分）",
        "charset": "utf-8",
        "body": f"""経理部 ご担当者様

総務の斎藤です。青葉運輸さんから年賀状の支店配送分の請求書が届きましたので、
支払処理をお願いします。

  請求元：青葉運輸株式会社
  登録番号：T{_corp('020001046518')}
  請求番号：AU-2512-0771
  金額：12,650円（税込）
  支払期日：1月31日

PDFは経理の共有フォルダに保存済みです。
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a supplier's invoice registration number, internal recipients only",
    },
    # 095 ─ the sender's own free-mail address (to work on the design at home)
    {
        "id": "nenga-095",
        "sender": "斎藤 由香 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["saito.yuka.0312@gmail.com"],
        "subject": "年賀状デザイン案（自宅確認用）",
        "charset": "utf-8",
        "body": """自宅で確認する用。
初稿3案のサムネイル。
""",
        "attachments": [{"kind": "png", "name": "draft_A.png"}, {"kind": "png", "name": "draft_B.png"},
                        {"kind": "png", "name": "draft_C.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "design thumbnails to one free-mail address; no personal data",
    },
    # 096 ─ internal (sub-domain): returned cards of twelve people to sales
    {
        "id": "nenga-096",
        "sender": "総務部 堀 <hori.kanako@hinode-sangyo.co.jp>",
        "to": ["営業本部 <eigyo-honbu@mail.hinode-sangyo.co.jp>"],
        "subject": "年賀状 返送分（営業担当のお客様）",
        "charset": "iso-2022-jp",
        "body": """営業本部の皆さま

総務の堀です。営業担当のお客様宛で返送されたものが12件ありました。
新しいご住所がわかる方は、総務までご連絡ください。

""" + _pad(["氏名", "旧住所", "担当"],
           [[p["name"], p["addr"], ["小野寺", "久慈", "長谷", "井出"][i % 4]]
            for i, p in enumerate(_people("m096", 12))], gap="  ", rule="=") + """

堀
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "twelve customers' old addresses, but sent to an internal sub-domain (mail.hinode-sangyo.co.jp)",
    },
    # 097 ─ payment notice to the printer with its registration number
    {
        "id": "nenga-097",
        "sender": "経理部 桐生 <kiryu.tetsu@hinode-sangyo.co.jp>",
        "to": ["錦印刷 経理ご担当 <keiri@nishiki-insatsu.co.jp>"],
        "subject": "お支払いのご案内（請求書 NI-2512-0456）",
        "charset": "iso-2022-jp",
        "body": f"""錦印刷株式会社 経理ご担当者様

いつもお世話になっております。日の出産業 経理部の桐生です。
下記請求書につき、12月26日にお振込いたしますのでご案内いたします。

　請求書番号：NI-2512-0456
　適格請求書発行事業者登録番号：T{_corp('010401087362')}
　金額：76,340円（税込）
　振込先：みどり銀行 本郷支店 普通 2048817 ニシキインサツ（カ

お振込手数料は弊社にて負担いたします。

日の出産業株式会社 経理部 桐生 哲
TEL 03-5201-7740
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a payment notice with the printer's T-number and its company bank account: business data only",
    },
    # 098 ─ English reply: the partner's staff list is only in the quoted text
    {
        "id": "nenga-098",
        "sender": "Wataru Onodera <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["Martina Keller <m.keller@brightline-trading.com>"],
        "subject": "Re: Card recipients at Brightline",
        "charset": "utf-8",
        "body": """Hi Martina,

Thank you, that is exactly what we needed. The cards will go out on December 5.

Best,
Wataru

On Mon, Nov 17, 2025 at 9:12 AM Martina Keller <m.keller@brightline-trading.com> wrote:
> Hi Wataru,
> here are the people on our side who should get a card this year:
>
> Jonas Brandt      Head of Purchasing   +49 40 3180 2214   j.brandt@brightline-trading.com
> Aylin Demir       Buyer                +49 40 3180 2232   a.demir@brightline-trading.com
> Felix Hartmann    Logistics            +49 40 3180 2251   f.hartmann@brightline-trading.com
> Sophie Lange      Quality              +49 40 3180 2267   s.lange@brightline-trading.com
> Tobias Roth       Finance              +49 40 3180 2279   t.roth@brightline-trading.com
> Martina Keller    Sales                +49 40 3180 2200   m.keller@brightline-trading.com
>
> All at our Hamburg office, Grosse Elbstrasse 145, 22767 Hamburg.
> Martina
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is in the partner's own quoted mail; the new text has no data",
    },
    # 099 ─ English: giving the company's own new office address
    {
        "id": "nenga-099",
        "sender": "Yuka Saito <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["Daniel Ortega <d.ortega@solvia-components.com>"],
        "subject": "Re: Your office address for our New Year card",
        "charset": "utf-8",
        "body": """Dear Mr. Ortega,

Thank you for your kind reply and your address. In return, please note that our
Osaka branch will move in February; for cards and parcels, please use our head office:

  Hinode Sangyo Co., Ltd. - General Affairs
  Hinode Bldg. 5F, 2-7-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
  Tel +81-3-5201-7730

Kind regards,
Yuka Saito
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the company's own office address and switchboard: business contact, not personal data",
    },
    # 100 ─ internal only: an employee's illness and leave noted for the card list
    {
        "id": "nenga-100",
        "sender": "総務部 斎藤 <saito.yuka@hinode-sangyo.co.jp>",
        "to": ["営業本部長 久慈 <kuji.masato@hinode-sangyo.co.jp>"],
        "subject": "社員宛年賀状の件（ご相談）",
        "charset": "iso-2022-jp",
        "body": """久慈本部長

お疲れさまです。総務の斎藤です。
社長名義の社員宛年賀状について、第二営業部の猪又 翔太さんは現在うつ病で
休職中（12月末まで）と人事から聞いております。
例年の文面（「今年も一緒に頑張りましょう」）はご負担になる可能性があるため、
猪又さんの分だけ文面を差し替えるか、送付を見合わせるか、ご判断いただけますか。

斎藤
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named employee's depression and sick leave, but sent only inside the company",
    },
]
