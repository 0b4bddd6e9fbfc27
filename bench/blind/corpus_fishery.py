"""corpus_fishery — 日の出産業株式会社 水産事業部（汐見水産事業所）のメール 100 通。

水産事業部は汐見漁業協同組合（JFしおみ）と組んで、組合員（漁業者）の水揚げを買い取り、
精算して組合員の口座へ代金を振り込み、乗組員の保険（船員保険・漁船保険・漁業共済）、
漁船の登録、市場の買受人（仲買）とのやりとり、加工場への出荷、時化・低気圧被害の見舞金、
季節雇用の外国人乗組員（技能実習・特定技能）の受入れまでを扱う。

ここに出てくる人物、組合員番号、口座番号、電話番号、住所、生年月日、旅券・在留カード番号、
船名・漁船登録番号、提携先以外の組織とそのドメインは、すべて架空のものである。
マイナンバーとカード番号は build.py の my_number() / card_number() で作った検査用の番号
（SEED 9301 から 1 ずつ増やす）。実在の人物・団体とは関係がない。
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 9301
rng = random.Random(SEED)
_seed = [SEED]


def _mn() -> str:
    v = my_number(_seed[0])
    _seed[0] += 1
    return v


def _cc() -> str:
    v = card_number(_seed[0])
    _seed[0] += 1
    return v


_ZEN = str.maketrans("0123456789-()./:SHT ", "０１２３４５６７８９－（）．／：ＳＨＴ　")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - dw(s))


def table(rows, gap: int = 2, rule: str = "-") -> str:
    widths = [max(dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append((" " * gap).join(rule * (widths[i] // dw(rule)) for i in range(len(widths))))
    return "\n".join(out)


SURNAMES = [
    ("志田", "シダ"), ("及川", "オイカワ"), ("畠山", "ハタケヤマ"), ("小野寺", "オノデラ"),
    ("熊谷", "クマガイ"), ("菅原", "スガワラ"), ("武山", "タケヤマ"), ("阿部", "アベ"),
    ("千葉", "チバ"), ("遠藤", "エンドウ"), ("鯨岡", "クジラオカ"), ("浦辺", "ウラベ"),
    ("磯崎", "イソザキ"), ("潮田", "ウシオダ"), ("我妻", "ワガツマ"), ("東海林", "ショウジ"),
    ("苫米地", "トマベチ"), ("四ノ宮", "シノミヤ"), ("鵜飼", "ウカイ"), ("舘洞", "タテホラ"),
    ("晴山", "ハレヤマ"), ("八木橋", "ヤギハシ"), ("漆原", "ウルシバラ"), ("一戸", "イチノヘ"),
    ("波多野", "ハタノ"), ("海老原", "エビハラ"), ("勅使河原", "テシガワラ"), ("狩野", "カノウ"),
    ("赤間", "アカマ"), ("佐々木", "ササキ"), ("大和田", "オオワダ"), ("雁部", "ガンベ"),
    ("丹野", "タンノ"), ("渥美", "アツミ"), ("後藤", "ゴトウ"), ("三浦", "ミウラ"),
    ("木幡", "コワタ"), ("猪狩", "イガリ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"),
    ("今野", "コンノ"), ("尾形", "オガタ"), ("庄司", "ショウジ"), ("斉藤", "サイトウ"),
]
GIVEN_M = [
    ("勝男", "カツオ"), ("辰夫", "タツオ"), ("浩二", "コウジ"), ("健一", "ケンイチ"),
    ("清", "キヨシ"), ("正樹", "マサキ"), ("利夫", "トシオ"), ("義明", "ヨシアキ"),
    ("和也", "カズヤ"), ("誠", "マコト"), ("翔太", "ショウタ"), ("大輔", "ダイスケ"),
    ("勇", "イサム"), ("茂", "シゲル"), ("実", "ミノル"), ("忠", "タダシ"),
    ("光男", "ミツオ"), ("豊", "ユタカ"), ("秀樹", "ヒデキ"), ("丈二", "ジョウジ"),
    ("海斗", "カイト"), ("航", "ワタル"), ("港一", "コウイチ"), ("喜一郎", "キイチロウ"),
    ("周平", "シュウヘイ"), ("竜也", "タツヤ"),
]
GIVEN_F = [
    ("幸子", "サチコ"), ("恵子", "ケイコ"), ("美由紀", "ミユキ"), ("由美", "ユミ"),
    ("和子", "カズコ"), ("節子", "セツコ"), ("千尋", "チヒロ"), ("真理子", "マリコ"),
    ("汐里", "シオリ"), ("波江", "ナミエ"),
]
ID_NAMES = ["Agus Setiawan", "Budi Santoso", "Dedi Kurniawan", "Rizky Pratama",
            "Ahmad Fauzi", "Wahyu Hidayat", "Eko Saputra", "Fajar Nugroho",
            "Hendra Wijaya", "Imam Syahputra", "Joko Susilo", "Yusuf Maulana",
            "Slamet Riyadi", "Andi Firmansyah"]
VN_NAMES = ["NGUYEN VAN HUNG", "TRAN MINH DUC", "LE QUOC BAO", "PHAM THANH TUNG",
            "VO VAN LONG", "DANG XUAN THANH", "BUI DUC ANH", "HOANG VAN NAM",
            "DO MANH CUONG", "NGO QUANG VINH"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TOWNS = ["大浜町2丁目", "港町3丁目", "鮫浦字前浜", "小網倉浜", "寄木浜字東", "東浜町",
         "西浜町1丁目", "汐入2丁目", "鯨沢字上ノ台", "月崎字中道", "網場字砂押", "白磯1丁目"]


def people(n: int, female: float = 0.15):
    out = []
    for s, sk in rng.sample(SURNAMES, n):
        g, gk = rng.choice(GIVEN_F if rng.random() < female else GIVEN_M)
        out.append((f"{s} {g}", f"{sk} {gk}"))
    return out


def dob(y0: int = 1956, y1: int = 2003):
    return (rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def wareki(d, style: str = "kanji") -> str:
    y, m, dd = d
    if (y, m, dd) >= (1989, 1, 8):
        era, ab, n = "平成", "H", y - 1988
    else:
        era, ab, n = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{'元' if n == 1 else n}年{m}月{dd}日"
    if style == "abbr":
        return f"{ab}{n}.{m}.{dd}"
    if style == "zen":
        return zen(f"{ab}{n}.{m}.{dd}")
    if style == "zenkanji":
        return f"{era}{'元' if n == 1 else zen(str(n))}年{zen(str(m))}月{zen(str(dd))}日"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "slash":
        return f"{y}/{m}/{dd}"
    if style == "nen":
        return f"{y}年{m}月{dd}日"
    if style == "en":
        return f"{dd:02d} {MONTHS[m - 1]} {y}"
    raise ValueError(style)


def age(d) -> int:
    return 2025 - d[0] - (1 if (d[1], d[2]) > (4, 1) else 0)


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def landline() -> str:
    return f"0225-{rng.randrange(21, 99)}-{rng.randrange(1000, 10000)}"


def acct() -> str:
    return f"{rng.randrange(10000, 9999999):07d}"


def postal() -> str:
    return f"986-{rng.randrange(1, 300):04d}"


def street(pref: bool = True) -> str:
    t = rng.choice(TOWNS)
    if "字" in t or t.endswith("浜"):
        num = f"{rng.randrange(1, 120)}" + (f"-{rng.randrange(1, 9)}" if rng.random() < 0.4 else "")
    else:
        num = f"{rng.randrange(1, 30)}-{rng.randrange(1, 25)}"
    return ("宮城県" if pref else "") + "汐見市" + t + num


def passport(prefix: str = "BCE") -> str:
    return rng.choice(prefix) + f"{rng.randrange(1000000, 9999999)}"


def zairyu() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(L) + rng.choice(L) + f"{rng.randrange(10000000, 99999999)}"
            + rng.choice(L) + rng.choice(L))


def corp_number(base12: str) -> str:
    """法人番号: check digit = 9 - (Σ P_n × Q_n mod 9), Q_n = 1 (n odd) / 2 (n even)."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


BANKS = ["みどり銀行 汐見支店 普通", "JFしおみ 本所 普通貯金", "みどり銀行 大浜出張所 普通",
         "東浜信漁連 汐見支所 普通", "JFしおみ 鮫浦支所 普通貯金"]

SIG = {
    "kouso": """
--
日の出産業株式会社　水産事業部　精算課
高祖 明日香（こうそ あすか）
〒986-0022 宮城県汐見市港町1丁目8-2　汐見水産事業所
TEL 0225-93-4410（直通）／FAX 0225-93-4419
kouso.asuka@hinode-sangyo.co.jp
""",
    "ebina": """
──────────────────────
　日の出産業株式会社 水産事業部 買付課
　蛯名 拓真　Takuma Ebina
　汐見水産事業所（汐見魚市場 2F 事務所）
　TEL：0225-93-4421　携帯：080-4417-2093
　ebina.takuma@hinode-sangyo.co.jp
──────────────────────
""",
    "ashikari": """
*************************************
日の出産業株式会社
水産事業部 総務課（外国人材受入れ担当）
芦刈 なつみ
〒986-0022 宮城県汐見市港町1-8-2
TEL 0225-93-4402 / FAX 0225-93-4419
ashikari.natsumi@hinode-sangyo.co.jp
*************************************
""",
    "jonouchi": """
------------------------------
日の出産業(株) 経理部 経理課
城之内 修
TEL 03-5219-7730（本社）
jonouchi.osamu@hinode-sangyo.co.jp
------------------------------
""",
    "hibari": """
========================================
日の出産業株式会社 水産事業部 加工品営業課
雲雀 恭平 (Kyohei Hibari)
〒986-0022 宮城県汐見市港町1丁目8-2
TEL 0225-93-4430  FAX 0225-93-4439
hibari.kyohei@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/seafood/
========================================
""",
    "mamiya": """
--
日の出産業株式会社 水産事業部
安全衛生・保険担当　間宮 さやか
TEL 0225-93-4408（内線 208）
mamiya.sayaka@hinode-sangyo.co.jp
""",
    "todoroki": """
----
轟 健吾（とどろき けんご）
日の出産業株式会社 情報システム部
TEL 03-5219-7781
todoroki.kengo@hinode-sangyo.co.jp
""",
    "wanibuchi": """
──────────────
日の出産業株式会社
取締役 水産事業部長　鰐淵 誠一郎
〒986-0022 宮城県汐見市港町1丁目8-2
TEL 0225-93-4400（代表）
──────────────
""",
    "kume": """
_________________________________
日の出産業株式会社 水産事業部 総務課
久米 ひかり
TEL：0225-93-4405　FAX：0225-93-4419
Mail：kume.hikari@hinode-sangyo.co.jp
_________________________________
""",
    "ebina_en": """
Best regards,

Takuma Ebina
Procurement Section, Seafood Division
Hinode Sangyo Co., Ltd.
1-8-2 Minato-machi, Shiomi, Miyagi 986-0022, Japan
Tel: +81-225-93-4421
ebina.takuma@hinode-sangyo.co.jp
""",
    "hibari_en": """
Kind regards,
Kyohei Hibari
Processed Products Sales, Seafood Division
Hinode Sangyo Co., Ltd.
Tel +81-225-93-4430 | hibari.kyohei@hinode-sangyo.co.jp
""",
}

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""
DISC_EN = """
This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited.
"""

K = "kouso.asuka@hinode-sangyo.co.jp"
FROM = {
    "kouso": "高祖 明日香 <kouso.asuka@hinode-sangyo.co.jp>",
    "ebina": "蛯名 拓真 <ebina.takuma@hinode-sangyo.co.jp>",
    "ashikari": "芦刈 なつみ <ashikari.natsumi@hinode-sangyo.co.jp>",
    "jonouchi": "城之内 修 <jonouchi.osamu@hinode-sangyo.co.jp>",
    "hibari": "雲雀 恭平 <hibari.kyohei@hinode-sangyo.co.jp>",
    "mamiya": "間宮 さやか <mamiya.sayaka@hinode-sangyo.co.jp>",
    "todoroki": "轟 健吾 <todoroki.kengo@hinode-sangyo.co.jp>",
    "wanibuchi": "鰐淵 誠一郎 <wanibuchi.seiichiro@hinode-sangyo.co.jp>",
    "kume": "久米 ひかり <kume.hikari@hinode-sangyo.co.jp>",
    "ebina_en": "Takuma Ebina <ebina.takuma@hinode-sangyo.co.jp>",
    "hibari_en": "Kyohei Hibari <hibari.kyohei@hinode-sangyo.co.jp>",
}

_BUILDERS = []


def msg(f):
    _BUILDERS.append(f)
    return f


def M(expect, entities, detectors, note, **kw):
    return {**kw, "expect": expect, "entities": entities, "detectors": detectors, "note": note}


# ======================================================================================
# must stop — lists of people, identifiers, sensitive data
# ======================================================================================


@msg
def s_payment_padded():
    ppl = people(8)
    rows = [["組合員No", "氏名", "振込先", "口座番号", "振込金額"]]
    total = 0
    for nm, _ in ppl:
        amt = rng.randrange(180, 2400) * 1000 + rng.randrange(0, 10) * 100
        total += amt
        rows.append([f"SM-{rng.randrange(100, 999)}", nm, rng.choice(BANKS), acct(), f"{amt:,}"])
    body = f"""みどり銀行 汐見支店
法人営業課 御中

いつもお世話になっております。
日の出産業 水産事業部 精算課の高祖でございます。

10月16日～31日水揚げ分の買取代金につき、下記のとおり総合振込をお願いいたします。
伝送サービスのメンテナンスで本日はデータ送信ができないため、今回に限りメールにて失礼いたします。

　振込指定日：11月8日（金）
　依頼人口座：当社 当座 0081123

{table(rows)}

以上 8件　合計 {total:,}円

総合振込依頼書の原本は、本日夕方に買付課の蛯名が窓口へお持ちします。
ご不明な点がございましたらご連絡ください。
{SIG['kouso']}"""
    return M("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
             "8 members' names and bank accounts in a space-padded table, sent to the bank",
             sender=FROM["kouso"], to=["みどり銀行 汐見支店 法人営業課 <hojin.shiomi@midori-ginko.co.jp>"],
             subject="10月後半分 水揚代金 総合振込のお願い（8件）", body=body, charset="iso-2022-jp")


@msg
def s_crew_tsv():
    ppl = people(6)
    ranks = ["船長", "機関長", "甲板長", "甲板員", "甲板員", "司厨員"]
    lines = ["職名\t氏名\tフリガナ\t生年月日\t住所"]
    for r, (nm, kn) in zip(ranks, ppl):
        lines.append(f"{r}\t{nm}\t{kn}\t{wareki(dob(1958, 2001))}\t{street()}")
    body = f"""海陽漁船保険組合
業務課　ご担当者様

お世話になっております。日の出産業 水産事業部の間宮です。
第三十一宝来丸（19トン・まき網付属船）の船主責任保険の更新にあたり、
乗組員名簿の提出をとのことでしたので、Excel から貼り付けでお送りします。

{chr(10).join(lines)}

※ 4月から甲板員が1名入れ替わっています（前任者は3月末で下船）。
保険料の見積もりが出ましたらご連絡ください。
{SIG['mamiya']}"""
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
             "six crew members with birth dates (和暦) and home addresses, tab-separated, to an insurer",
             sender=FROM["mamiya"], to=["gyomu@kaiyo-gyosen.or.jp"],
             subject="第三十一宝来丸 乗組員名簿（船主責任保険 更新用）", body=body, charset="iso-2022-jp")


@msg
def s_sms_csv_noname():
    rows = [["組合員コード", "携帯電話", "金融機関コード", "支店コード", "預金種目", "口座番号", "通知区分"]]
    for _ in range(30):
        rows.append([f"{rng.randrange(10, 99)}{rng.randrange(1000, 9999)}", mobile(),
                     rng.choice(["9xx1", "0571"]).replace("xx", "41"), f"{rng.randrange(1, 40):03d}",
                     "1", acct(), rng.choice(["SMS", "SMS", "SMS+MAIL"])])
    body = f"""ツバサシステム株式会社
開発部 二階堂様

お世話になっております。日の出産業の高祖です。

精算システムの「水揚代金 振込完了SMS通知」の本番切替に向けて、初期登録用のデータをお送りします。
ご指示どおり氏名の列は外し、組合員コードと携帯番号、振込先口座の対応表だけにしています。
（今回は汐見本所分の30名です。鮫浦支所分は来週お送りします）

ファイル：sms_init_honsho.csv（UTF-8、ヘッダーあり）

取込後、件数の確認結果だけご返信いただけますと助かります。
{SIG['kouso']}"""
    return M("stop", ["PHONE_NUMBER", "JP_BANK_ACCOUNT"], ["personal_data"],
             "CSV of 30 members (code, mobile, bank account) without a name column, to the system vendor",
             sender=FROM["kouso"], to=["二階堂 亮 <nikaido.r@tsubasa-system.jp>"],
             subject="SMS通知 初期登録データ（汐見本所分）", body=body, charset="utf-8",
             attachments=[{"kind": "csv", "name": "sms_init_honsho.csv", "encoding": "utf-8", "rows": rows}])


@msg
def s_foreign_xlsx_ids():
    names = rng.sample(ID_NAMES, 9)
    def sheet(ns, ship):
        rows = [[f"令和7年度 漁業技能実習生 受入予定者一覧（{ship}）"], [],
                ["No", "氏名（旅券表記）", "国籍", "生年月日", "旅券番号", "旅券有効期限", "在留カード番号（再入国者のみ）"]]
        for i, n in enumerate(ns, 1):
            d = dob(1996, 2004)
            rows.append([i, n.upper(), "インドネシア", wareki(d, "slash"), passport(),
                         f"20{rng.randrange(28, 34)}/{rng.randrange(1, 13)}/{rng.randrange(1, 28)}",
                         zairyu() if rng.random() < 0.4 else "—"])
        return rows
    sheets = {"第八汐見丸": sheet(names[:5], "第八汐見丸"), "第十八浜栄丸": sheet(names[5:], "第十八浜栄丸"),
              "記入要領": [["記入要領"], ["旅券の氏名表記どおり大文字で記入"], ["再入国者は在留カード番号を記入"]]}
    body = f"""アジア人材育成協同組合
監理部 ご担当 田村様

いつも大変お世話になっております。日の出産業 水産事業部 総務課の芦刈です。

4月入国予定の技能実習生（漁船漁業）9名分の受入予定者一覧を添付いたします。
船ごとにシートを分けております。再入国の2名については在留カード番号も記載しました。
認定申請の書類作成にお使いください。

不足の項目がございましたらお知らせください。
{SIG['ashikari']}"""
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"], ["personal_data"],
             "XLSX (two ship sheets, title row) of 9 foreign trainees with passport and residence card numbers",
             sender=FROM["ashikari"], to=["田村 <tamura@asia-jinzai.or.jp>"],
             subject="技能実習生 受入予定者一覧（4月入国分）の送付", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "xlsx", "name": "受入予定者一覧_R7_4月入国.xlsx", "sheets": sheets}])


@msg
def s_mynumber_one():
    n = _mn()
    body = f"""浜田会計
浜田先生

いつもお世話になっております。日の出産業 経理課の城之内です。

昨年秋の「若手漁業者 漁労技術研修」で講師をお願いした元船長の方への謝金について、
報酬の支払調書の作成をお願いいたします。ご本人から番号の提供を受けましたので記載します。

　氏名　　：鯨岡 喜一郎（クジラオカ キイチロウ）
　住所　　：〒986-0153 宮城県汐見市鮫浦字前浜41
　個人番号：{n[:4]} {n[4:8]} {n[8:]}
　支払金額：150,000円（源泉徴収税額 15,315円）
　支払日　：令和6年11月29日

本人確認書類の写しは郵送でお送りします。
よろしくお願いいたします。
{SIG['jonouchi']}"""
    return M("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
             "one person's My Number with name and address in running text to an outside accountant",
             sender=FROM["jonouchi"], to=["浜田 <hamada@hamada-kaikei.jp>"],
             subject="支払調書の作成依頼（研修講師謝金 1名分）", body=body, charset="iso-2022-jp")


@msg
def s_card_hotel():
    c = _cc()
    body = f"""さくらホテル 汐見
ご予約係 御中

お世話になっております。日の出産業 水産事業部 総務課の久米でございます。
先日お電話で仮予約いたしました研修宿泊の件、下記のとおり本予約をお願いいたします。

　宿泊日　：11月18日（火）～11月22日（土）4泊
　部屋　　：ツイン 2室（朝食・夕食付き）
　人数　　：4名（新規乗組員研修）

お支払いは当社の法人カードでお願いいたします。
　カード番号：{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

領収書の宛名は「日の出産業株式会社」でお願いいたします。
{SIG['kume']}"""
    return M("stop", ["CREDIT_CARD"], ["personal_data"],
             "a full credit card number with expiry in a hotel booking mail",
             sender=FROM["kume"], to=["さくらホテル 汐見 <reserve-shiomi@sakura-hotel.jp>"],
             subject="【本予約】11/18～11/22 研修宿泊 ツイン2室", body=body, charset="iso-2022-jp")


@msg
def s_injury_report():
    body = f"""海陽漁船保険組合
損害査定課 御中

日の出産業 水産事業部 安全衛生・保険担当の間宮です。
当社用船 第八汐見丸 にて乗組員の負傷事故が発生しましたので、第一報をお送りします。

1. 発生日時　令和7年1月14日（火）午前4時20分ごろ
2. 発生場所　汐見埼 東方 約12海里（操業中）
3. 負傷者　　甲板員　志田 勝男（しだ かつお）　58歳
4. 状況　　　揚網作業中、ネットホーラーに右手を巻き込まれた。船長の判断で操業を中止し帰港。
5. 診断　　　汐見市立病院 整形外科にて「右示指・中指 末節骨開放骨折」と診断。
　　　　　　 同日手術、3日間入院。全治約8週間の見込み。
6. 今後　　　当面休業。船員保険の休業手当金の申請も並行して行います。

事故報告書（正式版）と診断書の写しは今週中に郵送いたします。
{SIG['mamiya']}"""
    return M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
             "a named crew member's injury and diagnosis (要配慮: 病歴) sent to an insurer",
             sender=FROM["mamiya"], to=["satei@kaiyo-gyosen.or.jp"],
             subject="【事故報告・第一報】第八汐見丸 乗組員負傷について", body=body, charset="iso-2022-jp")


@msg
def s_three_buyers():
    body = f"""買受人各位

いつも汐見魚市場をご利用いただき、ありがとうございます。
日の出産業 水産事業部 買付課の蛯名です。

年末年始の入札日程を下記のとおり変更いたします。

　12月28日（日）　通常どおり（5:30 入札開始）
　12月29日（月）　臨時休市
　12月30日（火）　5:00 入札開始（30分繰り上げ）
　12月31日～1月4日　休市
　1月5日（月）　初市（5:30 入札開始、終了後 初市式）

初市式は市場2階 会議室にて行います。ご出席の可否を12月20日までにお知らせください。
{SIG['ebina']}"""
    return M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
             "three buyer companies openly in To: they see each other's addresses (should be Bcc)",
             sender=FROM["ebina"],
             to=["丸浜商店 仕入部 <shiire@maruhama-shoten.co.jp>", "魚亀水産 <info@uokame.co.jp>",
                 "北洋鮮魚 営業 <eigyo@hokuyo-sengyo.jp>"],
             subject="年末年始の入札日程変更のお知らせ", body=body, charset="iso-2022-jp")


@msg
def s_lookalike_bank_typo():
    body = f"""みどり銀行 汐見支店
佐伯様

お世話になっております。日の出産業の高祖です。
11月前半分の総合振込につきまして、本日 伝送にてデータを送信いたしました。
件数と金額の照合をお願いいたします。

　振込指定日　11月22日（金）
　件数　　　　46件
　合計金額　　38,417,600円

手数料は従来どおり当座からの引落しでお願いします。
{SIG['kouso']}"""
    return M("stop", [], ["lookalike_domain"],
             "recipient domain midori-ginkou.co.jp is a one-letter look-alike of the partner bank midori-ginko.co.jp",
             sender=FROM["kouso"], to=["佐伯 拓也 <saeki.t@midori-ginkou.co.jp>"],
             subject="11月前半分 総合振込 件数・金額のご確認", body=body, charset="iso-2022-jp")


@msg
def s_docx_shagaihi_header():
    body = f"""潮騒加工株式会社
製造部 大山様

先日はありがとうございました。日の出産業の雲雀です。
打合せで話に出ました、来季の秋鮭の買付計画のたたき台をお送りします。
数量はまだ漁協と詰めている途中ですので、ラインの稼働計画の参考程度にご覧ください。

ご意見があれば来週の定例でうかがえればと思います。
{SIG['hibari']}"""
    doc = {"kind": "docx", "name": "2025秋鮭_買付計画_たたき台.docx", "page_header": "社外秘",
           "title": "2025年度 秋鮭買付計画（案）",
           "paragraphs": ["2025年度 秋鮭 買付計画（たたき台）", "日の出産業株式会社 水産事業部 買付課",
                          "1. 目標数量：前年比 92%（資源低迷を反映）",
                          "2. 買付価格の上限：オス 420円/kg、メス 780円/kg（いくら相場に連動して見直し）",
                          "3. 漁協別の配分は下表のとおり。東浜漁協分は合併協議の結果を見て再調整。"],
           "tables": [[["漁協", "前年実績(t)", "計画(t)", "備考"], ["汐見", "1,240", "1,150", "定置網 5ヶ統"],
                       ["東浜", "610", "540", "合併協議中"], ["鮫浦", "330", "300", ""]]]}
    return M("stop", [], ["confidential_marking"],
             "社外秘 stamp only in the DOCX page header; the mail text is harmless",
             sender=FROM["hibari"], to=["大山 <ooyama@shiosai-kako.co.jp>"],
             subject="来季 秋鮭の買付計画（たたき台）", body=body, charset="iso-2022-jp", attachments=[doc])


@msg
def s_ppap_zip():
    ppl = people(12)
    rows = [["組合員No", "氏名", "水揚金額", "控除（手数料）", "差引支払額"]] + [
        [f"SM-{rng.randrange(100, 999)}", n, f"{a:,}", f"{a * 5 // 100:,}", f"{a - a * 5 // 100:,}"]
        for n, _ in ppl for a in [rng.randrange(300, 4000) * 1000]]
    body = f"""汐見漁業協同組合
販売課 千葉様

いつもお世話になっております。日の出産業 精算課の高祖です。

12月分の組合員別 精算明細書をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。
{SIG['kouso']}"""
    z = {"kind": "zip", "name": "精算明細_202412.zip", "password": "Shiomi#2412",
         "files": [{"kind": "xlsx", "name": "精算明細_202412.xlsx", "sheets": {"12月": rows}}]}
    return M("stop", [], ["unscannable_attachment"],
             "password-protected ZIP (PPAP) of settlement statements: cannot be inspected",
             sender=FROM["kouso"], to=["千葉 弘美 <chiba.h@shiomi-gyokyo.or.jp>"],
             subject="12月分 精算明細書の送付（パスワード別送）", body=body, charset="iso-2022-jp", attachments=[z])


@msg
def s_corrupt_xlsx():
    body = f"""青葉運輸株式会社
汐見営業所 配車ご担当様

お世話になっております。日の出産業 加工品営業課の雲雀です。
年末ギフト（塩引き鮭・いくら醤油漬け）の保冷便 配送先一覧をお送りします。
集荷は12月16日（月）14時、汐見水産事業所 出荷口でお願いします。

件数は142件です。送り状の発行をよろしくお願いいたします。
{SIG['hibari']}"""
    return M("stop", [], ["unscannable_attachment"],
             "attached XLSX is corrupt (truncated/garbled) and cannot be scanned",
             sender=FROM["hibari"], to=["汐見営業所 配車係 <haisha-shiomi@aoba-unyu.co.jp>"],
             subject="年末ギフト 保冷便 配送先一覧", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "corrupt", "name": "配送先一覧_歳暮2024.xlsx"}])


@msg
def s_html_disaster_table():
    ppl = people(6)
    dmg = ["船外機 浸水・全損", "船体 破損（係留索切断）", "養殖筏 流失 3台", "漁具倉庫 損壊",
           "船体 座礁・大破", "定置網 側張り 破損"]
    trs = "".join(
        f"<tr><td>{nm}</td><td>{street()}</td><td>{mobile()}</td><td>{d}</td><td>{rng.choice(['100,000', '200,000', '300,000'])}円</td></tr>\n"
        for (nm, _), d in zip(ppl, dmg))
    html = f"""<html><body>
<p>汐見市 産業部 水産課<br>ご担当者様</p>
<p>お世話になっております。日の出産業 水産事業部 総務課の久米です。<br>
2月の低気圧による被害について、漁協と当社で確認した見舞金の対象者（第1次分）をご報告いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>組合員氏名</th><th>住所</th><th>連絡先</th><th>被害内容</th><th>見舞金額</th></tr>
{trs}</table>
<p>第2次分（鮫浦地区）は来週中にまとめてお送りします。<br>
市の災害見舞金との重複がないか、ご確認をお願いいたします。</p>
<p>日の出産業株式会社 水産事業部 総務課<br>久米 ひかり<br>TEL 0225-93-4405</p>
</body></html>"""
    return M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
             "HTML-only mail with a table of six members (address, mobile, damage) to the city office",
             sender=FROM["kume"], to=["汐見市 水産課 <suisan@city.shiomi.lg.jp>"],
             subject="低気圧被害 見舞金対象者（第1次）のご報告", html=html, charset="utf-8")


@msg
def s_forward_blocks_bus():
    ppl = people(7, female=0.3)
    blocks = []
    for i, (nm, kn) in enumerate(ppl, 1):
        blocks.append(f"【{i}】{nm}（{kn}）\n　住所：{street()}\n　携帯：{mobile()}\n　乗車：{rng.choice(['大浜公民館前', '鮫浦バス停', '自宅前', '月崎集会所'])}")
    body = f"""青葉運輸 汐見営業所
貸切バス担当 小林様

お世話になっております。日の出産業の蛯名です。
漁協から定置網の作業員の送迎について連絡が来ましたので、そのまま転送します。
来週月曜からの送迎ルートの設定にお使いください。

---------- Forwarded message ---------
From: 汐見漁協 指導課 及川 <oikawa@shiomi-gyokyo.or.jp>
Date: 2025年3月6日(木) 16:12
Subject: 定置網 作業員 送迎について
To: 蛯名 拓真 <ebina.takuma@hinode-sangyo.co.jp>

蛯名さん

お疲れさまです。及川です。
春の定置網の作業員、今年は下記の7名です。朝4時に大浜の番屋集合なので、
送迎バスのピックアップをお願いします。

{chr(10).join(blocks)}

以上、よろしくお願いします。
{SIG['ebina']}"""
    return M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
             "forward of the co-op's mail: seven workers in blocks with home address and mobile, to a bus company",
             sender=FROM["ebina"], to=["小林 <kobayashi@aoba-unyu.co.jp>"],
             subject="FW: 定置網 作業員 送迎について", body=body, charset="iso-2022-jp")


@msg
def s_zairyu_one():
    z = zairyu()
    body = f"""株式会社ブルーウェーブ支援
支援担当 ホアン様

いつもお世話になっております。日の出産業の芦刈です。

特定技能（漁業）で当社に在籍している NGUYEN VAN HUNG（グエン・ヴァン・フン）さんの
在留期間更新の件です。申請書の作成に必要とのことでしたので、在留カードの情報をお送りします。

　氏名　　　　：NGUYEN VAN HUNG
　在留カード番号：{z}
　在留期間満了日：2025年6月14日
　所属船　　　：第十八浜栄丸

雇用条件書の写しは本日郵送しました。
よろしくお願いいたします。
{SIG['ashikari']}"""
    return M("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD"], ["personal_data"],
             "one worker's residence card number (在留カード) in running text to a support agency",
             sender=FROM["ashikari"], to=["Hoang <hoang@bluewave-support.jp>"],
             subject="在留期間更新の書類について（NGUYEN VAN HUNG さん）", body=body, charset="utf-8")


@msg
def s_pension_one():
    body = f"""社会保険労務士法人 海風
担当 松浦様

お世話になっております。日の出産業 水産事業部の間宮です。
4月1日付で新たに乗船する乗組員1名の船員保険 資格取得届をお願いいたします。

　氏名：苫米地 海斗（トマベチ カイト）
　生年月日：平成12年7月3日
　基礎年金番号：4107-382615
　乗船日：令和7年4月1日（第八汐見丸 甲板員）
　報酬月額：320,000円

扶養家族はいないとのことです。
{SIG['mamiya']}"""
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
             "a new crew member's basic pension number and birth date to a labour consultant",
             sender=FROM["mamiya"], to=["松浦 <matsuura@umikaze-sr.jp>"],
             subject="船員保険 資格取得届の依頼（新規乗組員 1名）", body=body, charset="iso-2022-jp")


@msg
def s_health_ins_card():
    body = f"""汐見市立病院
健診センター 予約係 御中

いつもお世話になっております。日の出産業 水産事業部の間宮です。
雇入時の健康診断の予約をお願いした件で、受診者の保険証について追加でご連絡します。

本人（八木橋 翔太さん、21歳）が船員保険の被保険者証を船上で紛失し、再発行中です。
窓口で番号を確認されるとのことでしたので、番号をお伝えします。

　被保険者証　記号：２３０１５０４７　番号：１２６
　保険者：全国健康保険協会 船員保険部

受診日は3月11日（火）午前9時で変わりありません。
{SIG['mamiya']}"""
    return M("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE"], ["personal_data"],
             "a named person's health insurance card symbol and number (full-width digits) to a hospital",
             sender=FROM["mamiya"], to=["kenshin-yoyaku@shiomi-hosp.jp"],
             subject="健診予約の件（保険証番号について）", body=body, charset="iso-2022-jp")


@msg
def s_religion_meals():
    body = f"""さくらホテル 汐見
宴会・レストラン ご担当 森様

お世話になっております。日の出産業 総務課の芦刈です。
来週の新規乗組員研修（インドネシア出身 5名、5泊）のお食事についてお願いがございます。

5名のうち、Ahmad Fauzi さん、Rizky Pratama さん、Yusuf Maulana さんの3名はイスラム教徒のため、
豚肉・ラード・みりん等のアルコールを使わない食事をご用意いただけますでしょうか。
また、1日5回のお祈りのため、研修会場の隣の小会議室を昼の時間帯にお借りできれば幸いです。

残りの Agus Setiawan さん、Budi Santoso さんは通常メニューで問題ありません。
{SIG['ashikari']}"""
    return M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
             "religion (要配慮: 信条) of three named trainees, told to a hotel",
             sender=FROM["ashikari"], to=["森 <mori.banquet@sakura-hotel.jp>"],
             subject="研修時の食事について（ハラール対応のお願い）", body=body, charset="utf-8")


@msg
def s_arrest():
    body = f"""北国フーズ株式会社
購買部 水産グループ 石井様

いつもお世話になっております。日の出産業 買付課の蛯名でございます。

誠に恐縮ですが、第五鮫浦丸の水揚げ分について、当面のあいだ出荷を停止させていただきます。
漁協からの連絡によりますと、同船の船主である 鮫島 辰夫 氏が、先週、漁業法違反（密漁）の疑いで
汐見警察署に逮捕されたとのことです。事実関係が明らかになるまで、同船からの買付を見合わせます。

すでにご発注いただいている 3月12日着 の活ホタテ 200kg は、他船分で手当てしてお届けいたします。
ご迷惑をおかけし申し訳ございません。
{SIG['ebina']}"""
    return M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
             "a named boat owner's arrest (要配慮: 逮捕歴) disclosed to a partner company",
             sender=FROM["ebina"], to=["石井 <ishii.k@kitaguni-foods.co.jp>"],
             subject="第五鮫浦丸 分の出荷停止について", body=body, charset="iso-2022-jp")


@msg
def s_health_xlsx():
    ppl = people(7)
    findings = ["異常なし", "高血圧（要治療）", "糖尿病（経過観察）", "肝機能異常（要精密検査）",
                "異常なし", "難聴 右耳（要再検）", "心電図異常（要精密検査）"]
    rows = [["乗組員 健康証明書 更新状況（令和7年2月末）"], [],
            ["氏名", "生年月日", "所属船", "受診日", "判定", "所見"]]
    for (nm, _), f in zip(ppl, findings):
        rows.append([nm, wareki(dob(1958, 1999), "abbr"), rng.choice(["第八汐見丸", "第十八浜栄丸", "第三十一宝来丸"]),
                     f"2025/2/{rng.randrange(1, 28)}", "合格" if f == "異常なし" else "条件付", f])
    body = f"""汐見漁業協同組合
指導課 及川様

お疲れさまです。日の出産業の間宮です。
当社用船の乗組員の健康証明書（船員法）の更新状況を一覧にしました。
条件付きの方は乗船前に再検査を受けてもらう予定です。漁協でも把握しておいていただければと思います。
{SIG['mamiya']}"""
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
             "XLSX of seven crew health-check results (要配慮: 健康診断結果) to the co-op",
             sender=FROM["mamiya"], to=["及川 <oikawa@shiomi-gyokyo.or.jp>"],
             subject="乗組員 健康証明書の更新状況", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "xlsx", "name": "健康証明_更新状況_202502.xlsx",
                           "sheets": {"一覧": rows}}])


@msg
def s_three_freemail():
    body = """皆さま

こんにちは。日の出産業 水産事業部の蛯名です。
先日は港でお声がけいただき、ありがとうございました。

漁協青年部の皆さんと、当社の買付担当で意見交換会を開きたいと思います。

　日時：3月21日（金）18:30～
　場所：汐見魚市場 2階 会議室（終了後、懇親会あり）
　内容：来季の買取価格の考え方、活魚出荷の試行について

ご都合をこのメールに返信でお知らせください。
お仲間で参加したい方がいれば、一緒にどうぞ。

日の出産業（株）水産事業部 買付課　蛯名
TEL 0225-93-4421"""
    return M("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
             "three private fishermen on free/carrier mail openly in To: each is a party and sees the others",
             sender=FROM["ebina"],
             to=["潮田 竜也 <ushioda.tatsuya.0712@docomo.ne.jp>", "gyogyo.wataru@ezweb.ne.jp",
                 "Shuhei Kowata <kowata.shuhei.sea@gmail.com>"],
             subject="若手漁業者との意見交換会のご案内", body=body, charset="iso-2022-jp")


@msg
def s_lookalike_internal_typo():
    ppl = people(6)
    lines = [f"{nm}（{rng.choice(['第一', '第二', '第三', '第五', '第七', '第十一'])}{rng.choice(['汐見丸', '浜栄丸', '宝来丸', '大漁丸'])}）　{mobile()}"
             for nm, _ in ppl]
    body = f"""高祖さん

お疲れさまです。蛯名です。
時化で水揚げが中止になったときの連絡網、船主さんの携帯を更新しました。
精算課の控えも差し替えておいてください。

{chr(10).join(lines)}

鮫浦支所分は及川さんから来週もらえる予定です。
{SIG['ebina']}"""
    return M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
             "meant for a colleague but addressed to hinode-sangyou.co.jp (look-alike of the own domain); six owners' mobiles",
             sender=FROM["ebina"], to=["高祖 明日香 <kouso.asuka@hinode-sangyou.co.jp>"],
             cc=["久米 ひかり <kume.hikari@hinode-sangyo.co.jp>"],
             subject="時化連絡網（船主携帯）更新", body=body, charset="iso-2022-jp")


@msg
def s_lookalike_kitaguni():
    body = f"""北国フーズ株式会社
購買部 石井様

お世話になっております。日の出産業の雲雀です。
今週の銀鮭フィレの出荷予定をお知らせします。

　3/11（火）　IQF 銀鮭フィレ 1kg×10　40ケース
　3/13（木）　IQF 銀鮭フィレ 1kg×10　35ケース
　3/14（金）　塩銀鮭 切身 80g×50　20ケース

いずれも青葉運輸の冷凍便で、翌日午前着の予定です。
{SIG['hibari']}"""
    return M("stop", [], ["lookalike_domain"],
             "kitaguni-food.co.jp drops the 's' of partner kitaguni-foods.co.jp",
             sender=FROM["hibari"], to=["石井 <ishii.k@kitaguni-food.co.jp>"],
             subject="今週の出荷予定（銀鮭フィレ）", body=body, charset="iso-2022-jp")


@msg
def s_encrypted_pdf():
    body = f"""汐見漁業協同組合
総務課 畠山様

お世話になっております。日の出産業 経理課の城之内です。
令和6年分の報酬・料金等の支払調書（組合員分の写し）をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはいつもの方法でお伝えします。
{SIG['jonouchi']}"""
    pdf = {"kind": "pdf", "name": "支払調書_写し_R6.pdf", "password": "hinode2025",
           "lines": ["令和6年分 報酬、料金、契約金及び賞金の支払調書（写し）", "日の出産業株式会社"]}
    return M("stop", [], ["unscannable_attachment"],
             "password-protected PDF cannot be inspected",
             sender=FROM["jonouchi"], to=["畠山 <hatakeyama@shiomi-gyokyo.or.jp>"],
             subject="令和6年分 支払調書（写し）の送付", body=body, charset="iso-2022-jp", attachments=[pdf])


@msg
def s_pdf_table_accountant():
    ppl = people(12, female=0.1)
    tbl = [["No", "組合員名", "船名", "年間買取額（円）", "振込口座"]]
    for i, (nm, _) in enumerate(ppl, 1):
        tbl.append([str(i), nm, f"第{rng.choice(['一', '二', '三', '五', '八', '十一'])}{rng.choice(['汐見丸', '浜栄丸', '宝来丸', '鮫浦丸', '福漁丸'])}",
                    f"{rng.randrange(3, 48) * 1000000 + rng.randrange(0, 999) * 1000:,}",
                    f"{rng.choice(BANKS)} {acct()}"])
    body = f"""浜田会計
浜田先生、ご担当の佐野様

お世話になっております。日の出産業 経理課の城之内です。
先日ご依頼のありました、令和6年分の組合員別 買取精算額の一覧をPDFでお送りします。
組合員さんの確定申告のご相談で使われるとのことでしたので、振込口座も載せたままにしています。
{SIG['jonouchi']}"""
    pdf = {"kind": "pdf", "name": "組合員別_買取精算額_R6.pdf", "title": "組合員別 買取精算額（令和6年分）",
           "lines": ["組合員別 買取精算額一覧（令和6年1月～12月）", "日の出産業株式会社 水産事業部 精算課", ""],
           "table": tbl}
    return M("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
             "PDF table of 12 members with annual amounts and bank accounts, to an outside accountant",
             sender=FROM["jonouchi"], to=["浜田会計 <hamada@hamada-kaikei.jp>"], cc=["佐野 <sano@hamada-kaikei.jp>"],
             subject="組合員別 買取精算額一覧（令和6年分）", body=body, charset="iso-2022-jp", attachments=[pdf])


@msg
def s_zip_csv_dorm():
    names = rng.sample(ID_NAMES, 5) + rng.sample(VN_NAMES, 3)
    rows = [["部屋", "氏名", "国籍", "生年月日", "携帯電話", "入居日"]]
    for i, n in enumerate(names):
        rows.append([f"{(i // 2) + 101}", n, "インドネシア" if i < 5 else "ベトナム",
                     wareki(dob(1995, 2004), "iso"), mobile(), "2025/4/3"])
    body = f"""汐見ハイツ管理株式会社
管理課 ご担当者様

お世話になっております。日の出産業 総務課の芦刈です。
4月から社員寮（汐見ハイツ B棟）に入居する乗組員8名の入居者名簿をお送りします。
ZIPの中に名簿のCSVと、寮のルール（日本語・英語）を入れています。

鍵の受け渡しは4月3日（木）15時にお願いできればと思います。
{SIG['ashikari']}"""
    z = {"kind": "zip", "name": "汐見ハイツB棟_入居者名簿_2025春.zip",
         "files": [{"kind": "csv", "name": "入居者名簿.csv", "encoding": "cp932", "rows": rows},
                   {"kind": "txt", "name": "寮のルール.txt",
                    "text": "ゴミ出しは月・木（燃えるゴミ）、第2水曜（資源ゴミ）\n22時以降は静かに\nRubbish: Mon/Thu burnable"}]}
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
             "ZIP holding a CP932 CSV of eight foreign crew (birth date, mobile) sent to the dorm manager",
             sender=FROM["ashikari"], to=["kanri@shiomi-heights.co.jp"],
             subject="B棟 入居者名簿（4月入居 8名）", body=body, charset="iso-2022-jp", attachments=[z])


@msg
def s_english_passports():
    names = rng.sample(ID_NAMES, 6)
    lines = []
    for n in names:
        d = dob(1996, 2003)
        lines.append(f"{n.upper():<22} DOB {wareki(d, 'en')}   Passport {passport('CE')}   Exp. {rng.randrange(1, 28):02d} {rng.choice(MONTHS)} 20{rng.randrange(29, 35)}")
    body = f"""Dear Mr. Hartono,

Thank you for your quick support with the second group.
For the flight booking and the visa application, please find below the six crew members
who will join our vessels (Dai-8 Shiomi Maru / Dai-18 Hamae Maru) in April.

{chr(10).join(lines)}

Please let me know if any of the passports need renewal before departure.
The medical check in Jakarta should be finished by 10 March.
{SIG['ebina_en']}"""
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
             "English mail listing six crew with dates of birth and passport numbers, to the sending agency",
             sender=FROM["ebina_en"], to=["Hartono <hartono@samudrakarya.co.id>"],
             subject="Crew list for April - passport details", body=body, charset="utf-8")


@msg
def s_bullets_printing():
    ppl = people(7, female=0.2)
    items = [f"・{nm} 様　〒{postal()} {street()}　TEL {landline() if rng.random() < 0.5 else mobile()}" for nm, _ in ppl]
    body = f"""錦印刷株式会社
営業部 中西様

お世話になっております。日の出産業 水産事業部の蛯名です。
初市のご案内状（はがき）の宛名印刷を追加でお願いします。
個人で買受人登録をしている仲買さんの分で、ご自宅宛てになります。

{chr(10).join(items)}

先日お渡しした法人分（38件）と合わせて、12月20日までに納品いただけると助かります。
{SIG['ebina']}"""
    return M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
             "「・」 bullets: seven individual brokers' home addresses and phone numbers to a printer",
             sender=FROM["ebina"], to=["中西 <nakanishi@nishiki-insatsu.co.jp>"],
             subject="初市案内状 宛名印刷の追加（個人買受人分 7件）", body=body, charset="iso-2022-jp")


@msg
def s_blocks_new_members():
    ppl = people(5, female=0.2)
    blocks = []
    for i, (nm, kn) in enumerate(ppl, 1):
        d = dob(1988, 2004)
        blocks.append(f"""■{i}人目
　氏名　　：{nm}（{kn}）
　生年月日：{wareki(d, 'zenkanji')}
　住所　　：〒{zen(postal())}　{street()}
　電話　　：{zen(mobile())}""")
    body = f"""東浜信用漁業協同組合連合会
汐見支所 貯金課 ご担当者様

いつもお世話になっております。日の出産業 水産事業部 精算課の高祖です。
4月に汐見漁協へ新規加入した組合員5名について、水揚代金の受取口座（普通貯金）の開設をお願いしたく、
本人確認前の事前登録用の情報をお送りします。

{chr(10).join(blocks)}

本人確認書類は各自が窓口へ持参します。
{SIG['kouso']}"""
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
             "five new members as one block each (full-width birth dates, postcodes, phones) to a credit federation",
             sender=FROM["kouso"], to=["chokin-shiomi@higashihama-shingyoren.or.jp"],
             subject="新規組合員 5名の貯金口座開設（事前登録）", body=body, charset="iso-2022-jp")


@msg
def s_homoglyph_bank():
    body = f"""みどり銀行 汐見支店
法人営業課 御中

お世話になっております。日の出産業の高祖です。
組合員向け口座振替（燃油代・氷代）の依頼書の原本を、本日レターパックで発送しました。
到着しましたら受領のご連絡をいただけますでしょうか。

追跡番号：3321-4458-9017
{SIG['kouso']}"""
    return M("stop", [], ["lookalike_domain"],
             "rnidori-ginko.co.jp uses 'rn' for 'm': homoglyph of the partner bank's domain",
             sender=FROM["kouso"], to=["法人営業課 <hojin@rnidori-ginko.co.jp>"],
             subject="口座振替依頼書 原本発送のご連絡", body=body, charset="iso-2022-jp")


@msg
def s_gokuhi_subject():
    body = f"""汐見漁業協同組合
代表理事組合長　狩野 様

平素より大変お世話になっております。日の出産業の鰐淵でございます。

先日お話のありました、汐見・東浜 両漁協の合併後の買取条件について、当社の考えをまとめました。

1. 合併後3年間は、現行の買取手数料率（5.0%）を据え置く。
2. 東浜地区の定置網分は、汐見魚市場への集約を前提に、運搬費を当社負担とする。
3. 活魚・活貝の直送分は、別途 1.5% の奨励金を設ける。

まだ役員会にも諮っていない段階ですので、理事の皆さまへの共有はお控えいただけますと幸いです。
{SIG['wanibuchi']}"""
    return M("stop", [], ["confidential_marking"],
             "subject stamped 【極秘】 on mail to an outside co-op",
             sender=FROM["wanibuchi"], to=["狩野 組合長 <kano@shiomi-gyokyo.or.jp>"],
             subject="【極秘】合併後の買取条件について（当社案）", body=body, charset="iso-2022-jp")


@msg
def s_pdf_footer_confidential():
    body = f"""Dear Ms. Lim,

Further to our call on Tuesday, please find attached our revised FOB price sheet
for frozen Pacific saury (round, 3L/2L) and frozen boiled scallop meat for the
coming season. Prices are valid for shipments loaded by 31 October.

Looking forward to your comments.
{SIG['hibari_en']}"""
    pdf = {"kind": "pdf", "name": "FOB_price_sheet_2025.pdf", "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. Seafood Division",
           "lines": ["FOB Price Sheet 2025 season", "Port of loading: Sendai-Shiogama", ""],
           "table": [["Item", "Size", "Packing", "USD/kg FOB"], ["Frozen saury, round", "3L", "10kg x 1", "2.85"],
                     ["Frozen saury, round", "2L", "10kg x 1", "2.40"], ["Boiled scallop meat", "S", "1kg x 10", "14.20"],
                     ["Boiled scallop meat", "M", "1kg x 10", "16.10"]]}
    return M("stop", [], ["confidential_marking"],
             "the attached PDF carries a CONFIDENTIAL footer on every page",
             sender=FROM["hibari_en"], to=["Grace Lim <grace.lim@oceanharvest.com.sg>"],
             subject="Revised FOB price sheet - frozen saury & scallop", body=body, charset="utf-8", attachments=[pdf])


@msg
def s_xlsx_toriatsukai_corp():
    rows = [["買受人 与信状況一覧（2025年2月末）"], [],
            ["買受人番号", "商号", "法人番号", "与信限度額（千円）", "未収残高（千円）", "延滞"]]
    firms = ["株式会社丸浜商店", "魚亀水産株式会社", "北洋鮮魚株式会社", "三陸マリンフーズ株式会社",
             "有限会社ヤマニ水産", "株式会社汐見冷蔵", "カネキチ商事株式会社"]
    for i, f in enumerate(firms, 1):
        rows.append([f"B-{100 + i * 7}", f, corp_number(f"{rng.randrange(10**11, 10**12)}"),
                     rng.choice([5000, 8000, 10000, 15000, 30000]), rng.randrange(200, 9000),
                     rng.choice(["なし", "なし", "なし", "30日超 1件"])])
    body = f"""みどり銀行 汐見支店
融資課 佐伯様

お世話になっております。日の出産業の城之内です。
先日の面談でお話しした、市場の買受人の与信状況一覧をお送りします。
売掛債権の流動化のご検討にお使いください。
{SIG['jonouchi']}"""
    x = {"kind": "xlsx", "name": "買受人与信状況_202502.xlsx", "page_header": "取扱注意",
         "sheets": {"与信一覧": rows}}
    return M("stop", ["JP_CORPORATE_NUMBER"], ["confidential_marking"],
             "XLSX page header says 取扱注意 (business data with corporate numbers only)",
             sender=FROM["jonouchi"], to=["佐伯 <saeki.t@midori-ginko.co.jp>"],
             subject="買受人 与信状況一覧（ご参考）", body=body, charset="iso-2022-jp", attachments=[x])


@msg
def s_corrupt_zip():
    body = f"""汐見漁業協同組合
共済担当 遠藤様

お世話になっております。日の出産業の間宮です。
漁獲共済の加入申込に必要な書類一式（申込書・漁獲実績・船舶明細）をZIPでまとめてお送りします。
ご確認よろしくお願いします。
{SIG['mamiya']}"""
    return M("stop", [], ["unscannable_attachment"],
             "corrupt ZIP attachment cannot be opened",
             sender=FROM["mamiya"], to=["遠藤 <endo.kyosai@shiomi-gyokyo.or.jp>"],
             subject="漁獲共済 申込書類一式", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "corrupt", "name": "漁獲共済_申込書類.zip"}])


@msg
def s_corrupt_pdf():
    body = f"""汐見市 産業部 水産課
ご担当者様

日の出産業の久米です。いつもお世話になっております。
大浜地区の岸壁・荷さばき施設の被害調書と写真をPDFにしてお送りします。
補助金の申請に使用する分です。よろしくお願いいたします。
{SIG['kume']}"""
    return M("stop", [], ["unscannable_attachment"],
             "attached PDF is corrupt",
             sender=FROM["kume"], to=["suisan@city.shiomi.lg.jp"],
             subject="大浜地区 被害調書（写真付き）", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "corrupt", "name": "被害調書_大浜地区.pdf"}])


@msg
def s_three_orgs_cc():
    body = f"""汐見漁協 販売課 千葉様
（cc：潮騒加工 大山様、青葉運輸 小林様）

お世話になっております。日の出産業の蛯名です。

ブリの大量入網が続いた場合の受入体制について、三者で確認させてください。
　・1日 30t を超える場合は、潮騒加工さんの第2ラインを稼働（前日17時までに連絡）
　・超過分は青葉運輸さんの 10t 保冷車 3台で 北国フーズ 石巻センターへ転送
　・水揚げの締めは 7:30、それ以降は翌日扱い

来週水曜 14時から、市場2階で打合せをお願いできますでしょうか。
{SIG['ebina']}"""
    return M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
             "three outside organisations (co-op, processor, carrier) see each other in To/Cc",
             sender=FROM["ebina"], to=["千葉 <chiba.h@shiomi-gyokyo.or.jp>"],
             cc=["大山 <ooyama@shiosai-kako.co.jp>", "小林 <kobayashi@aoba-unyu.co.jp>"],
             subject="ブリ大量入網時の受入体制について", body=body, charset="iso-2022-jp")


@msg
def s_lookalike_aoba_noco():
    body = f"""青葉運輸 汐見営業所
配車係 ご担当者様

いつもお世話になっております。日の出産業 加工品営業課の雲雀です。
12月20日便の積込予定をお送りします。

　便名　　　品目　　　　　　　　　　数量　　温度帯
　第1便　　塩引き鮭（ギフト）　　　 180ケース　冷蔵
　第2便　　いくら醤油漬け 500g　　　 95ケース　冷凍
　第2便　　ホタテ貝柱 1kg　　　　　 60ケース　冷凍

積込開始は 13:30 です。
{SIG['hibari']}"""
    return M("stop", [], ["lookalike_domain"],
             "aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp",
             sender=FROM["hibari"], to=["haisha-shiomi@aoba-unyu.jp"],
             subject="12/20 便 積込予定", body=body, charset="iso-2022-jp")


@msg
def s_lookalike_internal_noco():
    body = f"""城之内さん

お疲れさまです。間宮です。
漁船保険料の部門別配賦の件、今期分を計算しました。

　定置網部門　　　4,812,000円
　まき網部門　　　6,240,500円
　養殖部門　　　　1,105,300円
　合計　　　　　 12,157,800円

配賦基準は前期と同じく、船舶のトン数比です。月次の振替をお願いします。
{SIG['mamiya']}"""
    return M("stop", [], ["lookalike_domain"],
             "colleague addressed at hinode-sangyo.jp instead of hinode-sangyo.co.jp (dropped 'co.')",
             sender=FROM["mamiya"], to=["城之内 修 <jonouchi.osamu@hinode-sangyo.jp>"],
             subject="漁船保険料 部門別配賦（今期分）", body=body, charset="iso-2022-jp")


@msg
def s_disability():
    body = f"""汐見市 産業部 水産課
補助金担当 ご担当者様

お世話になっております。日の出産業 水産事業部の久米です。
漁業用燃油の高騰対策補助金について、組合員の申請を当社が取りまとめております。

そのうち1件、障害者加算の対象になるか確認させてください。
組合員 波多野 茂 氏（65歳、第二福漁丸 船主）は、身体障害者手帳 3級（右上肢機能障害）をお持ちで、
現在は息子さんが船長として操業しています。この場合も加算の対象となりますでしょうか。

手帳の写しが必要であれば、ご本人の同意を得てお送りします。
{SIG['kume']}"""
    return M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
             "a named member's disability (身体障害者手帳, 要配慮) told to the city office",
             sender=FROM["kume"], to=["hojokin@city.shiomi.lg.jp"],
             subject="燃油補助金 障害者加算の対象について", body=body, charset="iso-2022-jp")


@msg
def s_crime_victim():
    body = f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 水産事業部の鰐淵でございます。
ご相談したい件がございます。

3月2日の早朝、汐見魚市場の荷さばき場で、組合員の 浦辺 健一 さん（第三大漁丸 船主）が、
買受人である某社の従業員から殴打され、顔面を負傷しました。浦辺さんは汐見警察署に被害届を出しており、
市場を運営する当社の管理責任を問われる可能性もあるかと思います。

市場内の防犯カメラ映像は保存済みです。一度ご面談の時間をいただけますでしょうか。
{SIG['wanibuchi']}"""
    return M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
             "a named member as victim of an assault (要配慮: 犯罪被害) sent to an outside law firm",
             sender=FROM["wanibuchi"], to=["白川 <shirakawa@shirakawa-law.jp>"],
             subject="市場内の暴行事案についてご相談", body=body, charset="iso-2022-jp")


@msg
def s_eml_attached_phones():
    ppl = people(8)
    rows = "\n".join(f"{nm}\t{rng.choice(['第八汐見丸', '第十八浜栄丸'])}\t{mobile()}" for nm, _ in ppl)
    inner = {"sender": "及川 <oikawa@shiomi-gyokyo.or.jp>", "to": ["蛯名 拓真 <ebina.takuma@hinode-sangyo.co.jp>"],
             "subject": "さんま船 乗船者の連絡先", "charset": "iso-2022-jp",
             "body": f"""蛯名さん

及川です。さんま船の乗船者の連絡先です。出港日の朝、港までの送迎で使ってください。

氏名\t船\t携帯
{rows}

よろしくお願いします。
汐見漁協 指導課 及川"""}
    body = f"""汐見交通株式会社
貸切営業課 ご担当様

お世話になっております。日の出産業の蛯名です。
さんま船 出港日（8月20日）の送迎の件、漁協から届いたメールを添付でお送りします。
乗船者の連絡先はそちらに載っていますので、当日の連絡に使ってください。
{SIG['ebina']}"""
    return M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
             "the co-op's mail attached as .eml: eight crew with mobiles, passed on to a taxi/bus company",
             sender=FROM["ebina"], to=["kashikiri@shiomi-kotsu.co.jp"],
             subject="さんま船 出港日の送迎（乗船者連絡先）", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "eml", "name": "さんま船_乗船者の連絡先.eml", "message": inner}])


@msg
def s_tsv_debit_noname():
    lines = ["組合員コード\t貯金口座番号\t引落予定額\t不能理由"]
    for _ in range(6):
        lines.append(f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}\t普通 {acct()}\t{rng.randrange(20, 480) * 1000:,}\t"
                     + rng.choice(["残高不足", "残高不足", "口座解約", "残高不足"]))
    body = f"""東浜信用漁業協同組合連合会
汐見支所 為替課 御中

お世話になっております。日の出産業 精算課の高祖です。
2月27日の燃油代 口座振替で不能となった6件について、3月10日の再振替をお願いいたします。

{chr(10).join(lines)}

口座解約の1件は組合員本人に連絡し、現金での入金をお願いしています（再振替は不要です）。
{SIG['kouso']}"""
    return M("stop", ["JP_BANK_ACCOUNT"], ["personal_data"],
             "six members' savings account numbers and failed debits (no name column) to the credit federation",
             sender=FROM["kouso"], to=["kawase-shiomi@higashihama-shingyoren.or.jp"],
             subject="燃油代 口座振替 不能分の再振替依頼（6件）", body=body, charset="iso-2022-jp")


@msg
def s_fullwidth_staff():
    ppl = people(6, female=0.5)
    rows = [["氏名", "携帯", "勤務"]] + [[nm, zen(mobile()), rng.choice(["早番（４：００～）", "日勤（８：００～）", "早番・日勤"])]
                                        for nm, _ in ppl]
    body = f"""株式会社海人スタッフ
汐見営業所　ご担当者様

いつもお世話になっております。日の出産業 加工場管理の雲雀です。
来月から いくら加工 の短期アルバイトとして来ていただく方の連絡網です。
シフトの変更があった場合、当社からも直接連絡させていただきます。

{table(rows, gap=2, rule='－')}

１０月１日（水）は７：４５に加工場の休憩室へ集合でお願いします。
{SIG['hibari']}"""
    return M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
             "six temp workers with full-width mobile numbers in a padded table, to the staffing agency",
             sender=FROM["hibari"], to=["shiomi@uminchu-staff.jp"],
             subject="いくら加工 短期アルバイト 連絡網", body=body, charset="iso-2022-jp")


@msg
def s_xls_kyosai():
    ppl = people(9, female=0.1)
    rows = [["加入者番号", "氏名", "生年月日", "住所", "漁業種類", "共済金額（千円）"]]
    for nm, _ in ppl:
        rows.append([f"KS{rng.randrange(100000, 999999)}", nm, wareki(dob(1950, 1995), "abbr"), street(),
                     rng.choice(["定置網", "刺網", "かご", "ほたて養殖", "わかめ養殖"]), rng.choice([3000, 5000, 8000, 12000])])
    body = f"""みなと漁業共済組合
業務部 ご担当者様

お世話になっております。日の出産業の間宮です。
当社が取りまとめている漁業者の 漁獲共済 継続加入者の一覧をお送りします。
（共済システムから出力した Excel 97-2003 形式です）
{SIG['mamiya']}"""
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
             "legacy XLS of nine insured fishermen with birth dates and addresses, to the mutual-aid fund",
             sender=FROM["mamiya"], to=["gyomu@minato-kyosai.or.jp"],
             subject="漁獲共済 継続加入者一覧", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "xls", "name": "継続加入者一覧.xls", "sheets": {"加入者": rows}}])


@msg
def s_docx_aid_bank():
    ppl = people(7, female=0.2)
    rows = [["氏名", "住所", "振込先", "口座番号", "配分額"]]
    for nm, _ in ppl:
        rows.append([nm, street(), rng.choice(BANKS), acct(), rng.choice(["50,000円", "80,000円", "120,000円"])])
    body = f"""汐見市社会福祉協議会
義援金担当 佐藤様

いつもお世話になっております。日の出産業 総務課の久米です。
社員有志と取引先から集まった義援金について、被災した漁業者への配分案と振込先を
Word の表にまとめました。配分委員会の資料としてお使いください。
{SIG['kume']}"""
    doc = {"kind": "docx", "name": "義援金_配分案_振込先.docx",
           "paragraphs": ["低気圧災害 義援金 配分案（日の出産業 取りまとめ分）", "配分委員会 資料", ""],
           "tables": [rows]}
    return M("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"], ["personal_data"],
             "DOCX table of seven aid recipients with address and bank account, to the social welfare council",
             sender=FROM["kume"], to=["佐藤 <sato.gienkin@shiomi-shakyo.or.jp>"],
             subject="義援金の配分案と振込先", body=body, charset="iso-2022-jp", attachments=[doc])


@msg
def s_xlsx_mynumbers():
    names = rng.sample(ID_NAMES, 4) + rng.sample(VN_NAMES, 2)
    rows = [["源泉徴収事務用 個人番号一覧（外国人乗組員）"], [],
            ["社員番号", "氏名", "生年月日", "個人番号", "扶養"]]
    for i, n in enumerate(names):
        rows.append([f"F25{i + 11:03d}", n, wareki(dob(1995, 2003), "slash"), _mn(), "なし"])
    body = f"""社会保険労務士法人 海風
松浦様

お世話になっております。日の出産業の芦刈です。
年末調整の準備として、外国人乗組員6名の個人番号一覧をお送りします。
シート1に一覧、シート2に住所（寮）を入れています。
{SIG['ashikari']}"""
    x = {"kind": "xlsx", "name": "外国人乗組員_個人番号.xlsx",
         "sheets": {"個人番号": rows, "住所": [["寮"], ["汐見ハイツB棟（宮城県汐見市港町3丁目12-5）"]]}}
    return M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], ["personal_data"],
             "XLSX with six crew members' My Numbers, to a labour consultant",
             sender=FROM["ashikari"], to=["松浦 <matsuura@umikaze-sr.jp>"],
             subject="年末調整用 個人番号一覧（外国人乗組員）", body=body, charset="iso-2022-jp", attachments=[x])


@msg
def s_reply_new_list():
    ppl = people(5, female=0.2)
    lines = "\n".join(f"　{nm}　{mobile()}（個人携帯）" for nm, _ in ppl)
    body = f"""及川さん

お世話になっております。日の出産業の間宮です。
漁場清掃の件、当社からは以下の5名が参加します。当日の連絡は各自の携帯にお願いします。

{lines}

軍手とゴミ袋は当社で用意します。

> 日の出産業 間宮様
>
> お世話になっております。汐見漁協の及川です。
> 来週 4月19日（土）の漁場清掃（大浜～鮫浦の海岸）ですが、
> 参加される方のお名前と当日の連絡先を教えていただけますか。
> 雨天の場合は26日に延期します。
>
> 汐見漁協 指導課 及川
{SIG['mamiya']}"""
    return M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
             "a reply whose new text (not the quote) lists five people's private mobiles",
             sender=FROM["mamiya"], to=["及川 <oikawa@shiomi-gyokyo.or.jp>"],
             subject="Re: 漁場清掃の参加者について", body=body, charset="iso-2022-jp")


@msg
def s_three_importers():
    body = f"""Dear valued partners,

We are pleased to inform you that the Pacific saury season off Shiomi will open on 20 August.
Based on last year's landings and the quota announced by the Fisheries Agency,
we expect to offer the following volumes of frozen round saury this season:

  - August / September loading: approx. 180 MT
  - October loading:            approx. 240 MT

Allocation requests should reach us by 31 July. Prices will be announced after the
first auction.
{SIG['hibari_en']}"""
    return M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
             "three overseas importers (SG, HK, TW) in To/Cc can see each other",
             sender=FROM["hibari_en"],
             to=["Grace Lim <grace.lim@oceanharvest.com.sg>", "Purchasing <purchasing@pacseafood.com.hk>"],
             cc=["Chen Wei-Ting <weiting.chen@formosamarine.com.tw>"],
             subject="Pacific saury 2025 - season opening and allocation", body=body, charset="utf-8")


@msg
def s_pptx_bugaihi():
    body = f"""汐見食品工業株式会社
開発部 石森様

お世話になっております。日の出産業の雲雀です。
明日の共同開発の打合せ資料を先にお送りします。ご一読いただけますと幸いです。
{SIG['hibari']}"""
    p = {"kind": "pptx", "name": "共同開発_ホヤ加工品_打合せ資料.pptx", "page_footer": "部外秘　日の出産業 水産事業部",
         "slides": [["ホヤ加工品 共同開発", "2025年3月 打合せ資料", "日の出産業 × 汐見食品工業"],
                    ["狙い", "韓国向け輸出の停止で余剰のホヤを国内向け加工品に", "燻製・塩辛・チップス"],
                    ["原価試算", "原料 180円/kg 想定", "燻製 100g 小売 580円"]]}
    return M("stop", [], ["confidential_marking"],
             "部外秘 footer on every slide of the attached PPTX",
             sender=FROM["hibari"], to=["石森 <ishimori@shiomi-shokuhin.co.jp>"],
             subject="明日の打合せ資料（ホヤ加工品）", body=body, charset="iso-2022-jp", attachments=[p])


@msg
def s_drivers_license():
    lic = f"{rng.randrange(10, 99)}{rng.randrange(10**9, 10**10)}"
    body = f"""青葉運輸株式会社
汐見営業所 所長 小林様

お世話になっております。日の出産業の蛯名です。
繁忙期のため、組合員の方に臨時で保冷車の運転をお願いすることになりました。
御社のセンターへの入構証の発行をお願いします。

　氏名：雁部 正樹（ガンベ マサキ）
　運転免許証番号：第 {lic} 号
　免許の種類：中型
　有効期限：令和9年8月3日まで

入構は3月15日から4月末までの予定です。
{SIG['ebina']}"""
    return M("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
             "one person's 12-digit driving licence number to a partner carrier",
             sender=FROM["ebina"], to=["小林 <kobayashi@aoba-unyu.co.jp>"],
             subject="センター入構証の発行依頼（臨時ドライバー 1名）", body=body, charset="iso-2022-jp")


@msg
def s_card_in_pdf():
    c = _cc()
    body = f"""株式会社海空サット
レンタル受付 ご担当者様

お世話になっております。日の出産業 水産事業部の間宮です。
さんま船に搭載する衛星電話のレンタル申込書を添付いたします。
お支払いはクレジットカードでお願いします（申込書に記入済みです）。
{SIG['mamiya']}"""
    pdf = {"kind": "pdf", "name": "衛星電話レンタル申込書.pdf",
           "lines": ["衛星電話 レンタル申込書", "", "申込者：日の出産業株式会社 水産事業部", "担当：間宮 さやか",
                     "機種：IS-PRO2 × 2台", "期間：2025年8月15日～2025年11月30日",
                     f"お支払い方法：クレジットカード", f"カード番号：{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}",
                     "有効期限：11/27", "カード名義：SAYAKA MAMIYA"]}
    return M("stop", ["CREDIT_CARD"], ["personal_data"],
             "a credit card number inside the attached PDF application form",
             sender=FROM["mamiya"], to=["rental@umisora-sat.co.jp"],
             subject="衛星電話 レンタル申込書の送付", body=body, charset="iso-2022-jp", attachments=[pdf])


@msg
def s_lookalike_tsubasa():
    ppl = people(5)
    lines = ["組合員コード,氏名,電話,振込口座"] + [
        f"{rng.randrange(10, 99)}{rng.randrange(1000, 9999)},{nm},{mobile()},{rng.choice(BANKS)} {acct()}" for nm, _ in ppl]
    body = f"""ツバサシステム 二階堂様

お世話になっております。日の出産業の轟です。
データ移行のテストで不整合が出ている組合員5名分です。元データをそのまま貼ります。

{chr(10).join(lines)}

電話番号の桁区切りの違いで照合に失敗しているように見えます。ご確認ください。
{SIG['todoroki']}"""
    return M("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_BANK_ACCOUNT"], ["lookalike_domain", "personal_data"],
             "tsubasa-systems.jp adds an 's' to partner tsubasa-system.jp; five members' records comma-separated",
             sender=FROM["todoroki"], to=["二階堂 亮 <nikaido.r@tsubasa-systems.jp>"],
             subject="移行テスト 不整合の5件", body=body, charset="utf-8")


@msg
def s_pdf_in_zip_encrypted():
    body = f"""株式会社ブルーウェーブ支援
ホアン様

お世話になっております。日の出産業の芦刈です。
定期面談の記録（1～3月分）をまとめてお送りします。
個人情報を含むため、ZIPの中のPDFにパスワードをかけています。パスワードはお電話でお伝えします。
{SIG['ashikari']}"""
    z = {"kind": "zip", "name": "定期面談記録_2025Q1.zip",
         "files": [{"kind": "pdf", "name": "定期面談記録_2025Q1.pdf", "password": "bw2025q1",
                    "lines": ["1号特定技能外国人 定期面談報告書", "対象期間：2025年1月～3月"]}]}
    return M("stop", [], ["unscannable_attachment"],
             "ZIP that opens, but the PDF inside is password-protected and cannot be read",
             sender=FROM["ashikari"], to=["Hoang <hoang@bluewave-support.jp>"],
             subject="定期面談記録（1～3月分）", body=body, charset="iso-2022-jp", attachments=[z])


@msg
def s_mental_health():
    body = f"""アジア人材育成協同組合
監理部 田村様

いつもお世話になっております。日の出産業の芦刈です。
技能実習生の TRAN MINH DUC（チャン・ミン・ドゥック）さんの体調についてご報告です。

先月から眠れない・食欲がないと訴えがあり、3月4日に汐見メンタルクリニックを受診したところ、
「適応障害」と診断されました。医師の指示で2週間は乗船せず、寮で休養しています。
通院には当社の通訳が付き添っています。

今後の実習計画の変更について、一度ご相談させてください。
{SIG['ashikari']}"""
    return M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
             "a named trainee's mental-health diagnosis (要配慮: 病歴) to the supervising organisation",
             sender=FROM["ashikari"], to=["田村 <tamura@asia-jinzai.or.jp>"],
             subject="TRAN MINH DUC さんの体調について", body=body, charset="utf-8")


@msg
def s_two_orgs_plus_freemail():
    body = f"""関係者各位

日の出産業 水産事業部の久米です。
大浜地区 岸壁の災害復旧工事について、地元説明会を下記のとおり開催します。

　日時：4月8日（火）19:00～20:00
　場所：大浜公民館 大広間
　説明：汐見市 水産課、汐見漁協、日の出産業

工事期間中（5月～9月）は、大浜の荷揚げを鮫浦岸壁に振り替える予定です。
大浜地区の船主代表として、潮田さんにもご案内をお送りしています。
{SIG['kume']}"""
    return M("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
             "two organisations plus a private person (carrier mail) visible to each other in To/Cc",
             sender=FROM["kume"], to=["千葉 <chiba.h@shiomi-gyokyo.or.jp>", "suisan@city.shiomi.lg.jp"],
             cc=["潮田 竜也 <ushioda.tatsuya.0712@docomo.ne.jp>"],
             subject="大浜地区 岸壁復旧工事 地元説明会のご案内", body=body, charset="iso-2022-jp")


# ======================================================================================
# either
# ======================================================================================


@msg
def e_owner_list():
    ppl = people(8)
    rows = [["船名", "船主", "漁船登録番号", "総トン数", "主な漁業"]]
    for nm, _ in ppl:
        rows.append([f"第{rng.choice(['一', '二', '三', '五', '七', '八'])}{rng.choice(['汐見丸', '浜栄丸', '福漁丸', '大漁丸', '鮫浦丸'])}",
                     nm, f"MG2-{rng.randrange(10000, 99999)}", f"{rng.choice([4.9, 9.7, 14, 19])}", rng.choice(["刺網", "かご", "底びき", "定置"])])
    body = f"""北国フーズ株式会社
品質保証部 原田様

お世話になっております。日の出産業の雲雀です。
トレーサビリティ監査でご依頼のあった、当社に出荷している船の一覧です。

{table(rows)}

各船の漁獲証明書は監査当日にファイルでご覧いただけます。
{SIG['hibari']}"""
    return M("either", ["PERSON_NAME"], ["personal_data"],
             "eight vessels with their owners' names and registration numbers but no contact data: a business list or a list of people",
             sender=FROM["hibari"], to=["原田 <harada.qa@kitaguni-foods.co.jp>"],
             subject="出荷船一覧（トレーサビリティ監査用）", body=body, charset="iso-2022-jp")


@msg
def e_hospitalised():
    body = f"""丸浜商店
仕入部 ご担当 丸山様

いつもお世話になっております。日の出産業の蛯名です。
来週の初物 毛ガニの入札立会いの件ですが、漁協の狩野組合長が先週から入院されているため、
当日は副組合長の武山さんが立ち会われます。式次第はそのままです。

当日は 5:00 に市場へお越しください。
{SIG['ebina']}"""
    return M("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
             "mentions that a named co-op head is in hospital (health, but no diagnosis) in passing",
             sender=FROM["ebina"], to=["丸山 <maruyama@maruhama-shoten.co.jp>"],
             subject="毛ガニ初入札の立会いについて", body=body, charset="iso-2022-jp")


@msg
def e_crew_nationality():
    names = rng.sample(ID_NAMES, 3) + rng.sample(VN_NAMES, 2)
    lines = "\n".join(f"　・{n}（{'インドネシア' if i < 3 else 'ベトナム'}／{rng.choice(['第八汐見丸', '第十八浜栄丸'])}）"
                      for i, n in enumerate(names))
    body = f"""潮騒加工株式会社
総務部 ご担当者様

お世話になっております。日の出産業の芦刈です。
4月15日（火）の工場見学にうかがう乗組員5名は以下のとおりです。

{lines}

引率は当社の芦刈と通訳1名です。衛生帽とマスクはこちらで用意します。
{SIG['ashikari']}"""
    return M("either", ["PERSON_NAME"], [],
             "five named foreign crew with nationality and vessel only (no contact or ID data)",
             sender=FROM["ashikari"], to=["soumu@shiosai-kako.co.jp"],
             subject="工場見学の参加者（4/15）", body=body, charset="iso-2022-jp")


# ======================================================================================
# must go
# ======================================================================================


@msg
def p_landing_bcc():
    rows = [["魚種", "規格", "数量(kg)", "高値", "安値", "中値"],
            ["ブリ", "8kg上", "4,820", "1,150", "780", "950"], ["ブリ", "5～8kg", "6,310", "820", "540", "690"],
            ["サワラ", "", "1,240", "1,400", "900", "1,180"], ["マダラ", "", "2,960", "520", "310", "430"],
            ["ヤリイカ", "", "380", "1,980", "1,200", "1,650"], ["ヒラメ", "活", "145", "3,200", "2,100", "2,600"]]
    body = f"""買受人各位

おはようございます。汐見魚市場（日の出産業 水産事業部）です。
本日の水揚げ速報をお送りします（単位：円/kg、税抜）。

{table(rows)}

入網 定置網 5ヶ統、刺網 11隻。明日は北東の風が強まる予報のため、定置網は休漁見込みです。
{SIG['ebina']}"""
    return M("pass", [], [],
             "daily landing prices to buyers; the buyers are all in Bcc, To is the sender's own address",
             sender=FROM["ebina"], to=["蛯名 拓真 <ebina.takuma@hinode-sangyo.co.jp>"],
             bcc=["shiire@maruhama-shoten.co.jp", "info@uokame.co.jp", "eigyo@hokuyo-sengyo.jp",
                  "shiire@sanriku-marine.co.jp", "yamani@yamani-suisan.co.jp", "order@shiomi-reizo.co.jp",
                  "ishii.k@kitaguni-foods.co.jp", "kanekichi@kanekichi-shoji.co.jp"],
             subject="【水揚速報】1/22（水）汐見魚市場", body=body, charset="iso-2022-jp")


@msg
def p_price_tsv():
    body = f"""北国フーズ株式会社
購買部 石井様

お世話になっております。日の出産業の雲雀です。
2月の加工品 納品価格表をお送りします（前月からの変更箇所に＊）。

品番\t品名\t規格\t入数\t単価（円）
SK-101\t塩銀鮭 切身\t80g\t50\t98
SK-102\t塩銀鮭 切身\t100g\t40\t121＊
IK-201\tいくら醤油漬け\t500g\t12\t4,380＊
HT-301\tボイルほたて\tM 1kg\t10\t2,950
HY-401\tほや燻製\t100g\t30\t410

有効期限：2025年2月28日 納品分まで
{SIG['hibari']}"""
    return M("pass", [], [], "tab-separated product price list to a partner",
             sender=FROM["hibari"], to=["石井 <ishii.k@kitaguni-foods.co.jp>"],
             subject="2月 納品価格表", body=body, charset="iso-2022-jp")


@msg
def p_plant_list():
    rows = [["加工場", "所在地", "代表電話", "受入時間"],
            ["潮騒加工（株）本社工場", "宮城県汐見市港町4丁目2-1", "0225-93-6100", "6:00-15:00"],
            ["潮騒加工（株）第二工場", "宮城県汐見市鮫浦字浜田12", "0225-95-2210", "7:00-14:00"],
            ["汐見食品工業（株）", "宮城県汐見市東浜町8-3", "0225-94-0081", "6:30-16:00"],
            ["（有）ヤマニ水産 加工部", "宮城県汐見市白磯1丁目5-7", "0225-93-8820", "5:30-12:00"],
            ["カネキチ商事（株）冷凍工場", "宮城県汐見市網場字砂押40", "0225-96-1132", "8:00-17:00"]]
    body = f"""青葉運輸株式会社
汐見営業所 小林様

お世話になっております。日の出産業の蛯名です。
春漁期の配送ルート作成用に、納品先の加工場一覧をお送りします。

{table(rows)}

荷受けの担当者は各工場の事務所で確認をお願いします。
{SIG['ebina']}"""
    return M("pass", [], [], "a list of processing plants (businesses: address, switchboard), not people",
             sender=FROM["ebina"], to=["小林 <kobayashi@aoba-unyu.co.jp>"],
             subject="納品先 加工場一覧（春漁期）", body=body, charset="iso-2022-jp")


@msg
def p_one_contact():
    body = f"""北国フーズ株式会社
購買部 石井様

お世話になっております。日の出産業の蛯名です。
4月から漁協の販売担当が替わりましたので、お知らせします。
活魚の直送など、急ぎの確認は直接ご連絡いただいて構わないとのことです。

　汐見漁業協同組合 販売課
　千葉 弘美（ちば ひろみ）
　携帯：090-6621-3048
　メール：chiba.h@shiomi-gyokyo.or.jp

前任の佐々木さんは指導課へ異動されました。
{SIG['ebina']}"""
    return M("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
             "one partner's business contact (name, mobile, mail) in ordinary mail",
             sender=FROM["ebina"], to=["石井 <ishii.k@kitaguni-foods.co.jp>"],
             subject="漁協 販売担当者の変更について", body=body, charset="iso-2022-jp")


@msg
def p_three_attendees():
    ppl = people(3)
    lines = "\n".join(f"　{i}. {nm}　携帯 {mobile()}" for i, (nm, _) in enumerate(ppl, 1))
    body = f"""汐見市 産業部 水産課
ご担当者様

お世話になっております。日の出産業の久米です。
来週の 復旧岸壁 視察 に当社から参加する者は以下の3名です。
当日、現場で連絡がつかない場合は各携帯までお願いします。

{lines}

集合は10時、大浜漁港の荷さばき所前とうかがっております。
{SIG['kume']}"""
    return M("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
             "three attendees with mobile numbers: fewer than five people (may warn)",
             sender=FROM["kume"], to=["suisan@city.shiomi.lg.jp"],
             subject="岸壁視察の参加者（3名）", body=body, charset="iso-2022-jp")


@msg
def p_two_orgs():
    body = f"""潮騒加工 大山様
青葉運輸 小林様

お世話になっております。日の出産業の雲雀です。
HACCP の外部監査で指摘のあった「原料受入時の温度記録」について、
受入口での温度計測と記録のやり方を、加工場と運送の両方で揃えたいと考えています。

　・保冷車の荷台温度：到着時にドライバーが記録（青葉運輸さん）
　・原料の中心温度：受入時に加工場で3尾を計測（潮騒加工さん）
　・記録様式：当社で統一様式を作成し、来週お送りします

3月18日（火）10時から、潮騒加工さんの会議室で打合せをお願いできますでしょうか。
{SIG['hibari']}"""
    return M("pass", [], ["multiple_external_domains"],
             "a normal three-way meeting mail: two external organisations in To",
             sender=FROM["hibari"], to=["大山 <ooyama@shiosai-kako.co.jp>", "小林 <kobayashi@aoba-unyu.co.jp>"],
             subject="原料受入時の温度記録について（打合せのお願い）", body=body, charset="iso-2022-jp")


@msg
def p_own_statement_freemail():
    a = acct()
    body = f"""武山 豊 様

いつもお世話になっております。日の出産業 精算課の高祖です。
先日お電話でお問い合わせいただいた、2月分の水揚代金の精算内訳をお送りします。

　水揚金額（2/1～2/28）　　 1,842,300円
　市場手数料（5.0%）　　　　　92,115円
　氷・箱代　　　　　　　　　　38,400円
　差引お振込額　　　　　　 1,711,785円

　お振込先：JFしおみ 本所 普通貯金 {a}
　お振込日：3月7日（金）

ご不明な点がありましたら、お気軽にご連絡ください。
{SIG['kouso']}"""
    return M("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["freemail_recipient", "personal_data"],
             "one member's own settlement sent to his own free-mail address (one free-mail recipient, one person)",
             sender=FROM["kouso"], to=["takeyama.yutaka.fuku@yahoo.co.jp"],
             subject="2月分 水揚代金の精算内訳", body=body, charset="iso-2022-jp")


@msg
def p_internal_mynumbers():
    ppl = people(12)
    rows = [["社員番号", "氏名", "生年月日", "個人番号", "所属船"]]
    for i, (nm, _) in enumerate(ppl):
        rows.append([f"S{rng.randrange(1000, 9999)}", nm, wareki(dob(1960, 2002), "kanji"), _mn(),
                     rng.choice(["第八汐見丸", "第十八浜栄丸", "第三十一宝来丸"])])
    body = f"""城之内さん

お疲れさまです。間宮です。
日本人乗組員12名分の個人番号一覧を、経理の保管用フォルダへ入れる前にお送りします。
受領確認をいただいたら、こちらのメールと手元のファイルは削除します。
{SIG['mamiya']}"""
    return M("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], [],
             "My Numbers of 12 crew, but the only recipient is internal",
             sender=FROM["mamiya"], to=["城之内 修 <jonouchi.osamu@hinode-sangyo.co.jp>"],
             subject="乗組員 個人番号一覧（経理保管用）", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "xlsx", "name": "乗組員_個人番号.xlsx", "sheets": {"一覧": rows}}])


@msg
def p_internal_shagaihi_subdomain():
    body = f"""各位

鰐淵です。
合併後の買取条件（当社案）を添付します。社外秘の扱いでお願いします。
月曜の部会で議論しますので、目を通しておいてください。
{SIG['wanibuchi']}"""
    doc = {"kind": "docx", "name": "合併後の買取条件_当社案.docx", "page_header": "社外秘",
           "paragraphs": ["合併後の買取条件（当社案）", "1. 手数料率 5.0% を3年据え置き", "2. 東浜地区 運搬費 当社負担"]}
    return M("pass", [], [],
             "社外秘 document sent only to internal addresses (one on the suisan. subdomain)",
             sender=FROM["wanibuchi"],
             to=["蛯名 拓真 <ebina.takuma@hinode-sangyo.co.jp>", "雲雀 恭平 <hibari.kyohei@suisan.hinode-sangyo.co.jp>"],
             cc=["高祖 明日香 <kouso.asuka@hinode-sangyo.co.jp>"],
             subject="合併後の買取条件（当社案）", body=body, charset="iso-2022-jp", attachments=[doc])


@msg
def p_internal_health():
    ppl = people(6)
    finds = ["高血圧 要治療", "異常なし", "糖尿病 要精密", "異常なし", "腰椎椎間板ヘルニア 通院中", "異常なし"]
    lines = "\n".join(f"・{nm}（{wareki(dob(1960, 1995), 'abbr')}生）：{f}" for (nm, _), f in zip(ppl, finds))
    body = f"""鰐淵部長

間宮です。今年の乗組員 健康診断の結果で、乗船可否の判断が必要な人をまとめました。

{lines}

要治療・要精密の方は来月の出漁前に再受診させます。
{SIG['mamiya']}"""
    return M("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], [],
             "crew health results (sensitive) but sent only to an internal manager",
             sender=FROM["mamiya"], to=["鰐淵 誠一郎 <wanibuchi.seiichiro@hinode-sangyo.co.jp>"],
             subject="健診結果 乗船可否の確認が必要な人", body=body, charset="iso-2022-jp")


@msg
def p_reply_quoted_list():
    ppl = people(6)
    quoted = "\n".join(f"> {nm}\t{rng.choice(BANKS)} {acct()}\t{mobile()}" for nm, _ in ppl)
    body = f"""千葉様

お世話になっております。日の出産業の高祖です。
6名分、受領いたしました。来週の精算から新しい口座でお振込みします。

{SIG['kouso']}
-----
> 日の出産業 高祖様
>
> 汐見漁協の千葉です。振込先の変更があった組合員の一覧です。
>
{quoted}
>
> よろしくお願いします。"""
    return M("pass", [], [],
             "a list of six members appears only in '>' quoted text of the co-op's own mail",
             sender=FROM["kouso"], to=["千葉 <chiba.h@shiomi-gyokyo.or.jp>"],
             subject="Re: 振込先変更の組合員一覧", body=body, charset="iso-2022-jp")


@msg
def p_reply_original_message():
    ppl = people(7)
    quoted = "\n".join(f"{nm}　普通 {acct()}　{rng.randrange(30, 300) * 1000:,}円" for nm, _ in ppl)
    body = f"""為替課 ご担当者様

日の出産業の高祖です。ご連絡ありがとうございます。
7件とも再振込で処理いただいて問題ございません。手数料は当社負担でお願いします。
{SIG['kouso']}
-----Original Message-----
差出人: 東浜信漁連 汐見支所 為替課 <kawase-shiomi@higashihama-shingyoren.or.jp>
送信日時: 2025年3月10日 11:02
宛先: kouso.asuka@hinode-sangyo.co.jp
件名: 振込不能のご連絡

日の出産業 高祖様

3月7日の総合振込のうち、下記7件が受取人名義相違で不能となりました。

{quoted}

再振込の要否をご指示ください。"""
    return M("pass", [], [],
             "the list is the credit federation's own mail quoted under -----Original Message-----",
             sender=FROM["kouso"], to=["kawase-shiomi@higashihama-shingyoren.or.jp"],
             subject="RE: 振込不能のご連絡", body=body, charset="iso-2022-jp")


@msg
def p_nda_talk():
    body = f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の雲雀です。
汐見食品工業さんとのホヤ加工品の共同開発にあたり、秘密保持契約（NDA）を結ぶことになりました。
先方から届いた契約書案について、以下の点をご確認いただけますでしょうか。

　1. 第2条「機密情報」の定義が広すぎないか（口頭で開示した情報まで含まれている）
　2. 第7条 秘密保持期間が契約終了後10年となっている点
　3. 共同で得た成果の帰属（第11条）

契約書案はツバサシステム経由の共有フォルダに置いてあります。来週中にご意見をいただけますと助かります。
{SIG['hibari']}"""
    return M("pass", [], [],
             "mail about an NDA (機密情報 mentioned as a topic, not a marking)",
             sender=FROM["hibari"], to=["白川 <shirakawa@shirakawa-law.jp>"],
             subject="秘密保持契約書（案）のご確認のお願い", body=body, charset="iso-2022-jp")


@msg
def p_ja_disclaimer():
    body = f"""魚亀水産株式会社
営業部 亀井様

いつもお世話になっております。日の出産業 加工品営業課の雲雀です。
ご依頼のありました 冷凍ボイルほたて の見積りをお送りします。

　品名：冷凍ボイルほたて（M、1kg×10）
　数量：200ケース
　単価：29,500円／ケース（税抜、貴社倉庫 持込渡し）
　納期：ご発注から7営業日

見積り有効期限は3月末日です。ご検討のほどよろしくお願いいたします。
{SIG['hibari']}{DISC_JA}"""
    return M("pass", [], [], "ordinary quotation ending with the standard Japanese confidentiality disclaimer",
             sender=FROM["hibari"], to=["亀井 <kamei@uokame.co.jp>"],
             subject="お見積り（冷凍ボイルほたて M）", body=body, charset="iso-2022-jp")


@msg
def p_en_disclaimer():
    body = f"""Dear Mr. Cheung,

Thank you for your enquiry. Please find our offer below.

  Product : Frozen sea urchin roe (Grade A), 100g tray x 40
  Quantity: 50 cartons
  Price   : JPY 158,000 per carton, CIF Hong Kong
  Shipment: within 14 days of order confirmation, reefer container via Sendai

The offer is valid until 15 March.
{SIG['hibari_en']}{DISC_EN}"""
    return M("pass", [], [], "English offer with the standard confidentiality disclaimer at the end",
             sender=FROM["hibari_en"], to=["Raymond Cheung <raymond.cheung@pacseafood.com.hk>"],
             subject="Offer - frozen sea urchin roe", body=body, charset="utf-8")


@msg
def p_invoice_tnumber():
    tno = corp_number("409100213877")
    body = f"""株式会社丸浜商店
経理ご担当者様

いつもお世話になっております。日の出産業 精算課の高祖です。
2月分の 競り落とし代金 のご請求をお送りします。

　請求書番号：INV-2502-0318
　ご請求金額：2,318,450円（うち消費税 171,737円）
　お支払期日：2025年3月15日
　お振込先　：みどり銀行 汐見支店 当座 0081123 ヒノデサンギョウ（カ
　適格請求書発行事業者登録番号：T{tno}

明細は市場システムの買受人ページからもご確認いただけます。
{SIG['kouso']}"""
    return M("pass", ["JP_CORPORATE_NUMBER"], [],
             "invoice with an invoice number, the company's T-number and its corporate bank account",
             sender=FROM["kouso"], to=["keiri@maruhama-shoten.co.jp"],
             subject="2月分 ご請求のご案内（INV-2502-0318）", body=body, charset="iso-2022-jp")


@msg
def p_tracking():
    body = f"""北国フーズ株式会社
物流センター 受入ご担当様

お世話になっております。日の出産業の雲雀です。
本日出荷分の送り状番号をお知らせします。

　注文番号 PO-88124　銀鮭フィレ 40cs　　送り状 4312-7788-0915
　注文番号 PO-88125　ボイルほたて 18cs　送り状 4312-7788-0926
　注文番号 PO-88131　いくら 12cs　　　　送り状 4312-7788-0930

明日午前中の到着予定です。
{SIG['hibari']}"""
    return M("pass", [], [], "order numbers and tracking numbers only",
             sender=FROM["hibari"], to=["ukeire@kitaguni-foods.co.jp"],
             subject="本日出荷分 送り状番号", body=body, charset="iso-2022-jp")


@msg
def p_lot_trace():
    rows = [["ロット", "漁獲日", "船名", "海域", "漁法", "原料重量(kg)"],
            ["L250312-01", "2025/03/12", "第八汐見丸", "汐見沖 三陸北部", "定置網", "1,240"],
            ["L250312-02", "2025/03/12", "第二福漁丸", "汐見湾口", "刺網", "310"],
            ["L250313-01", "2025/03/13", "第十八浜栄丸", "金華山沖", "まき網", "4,800"]]
    body = f"""汐見食品工業 品質管理課 ご担当者様

日の出産業の雲雀です。
ご依頼のトレーサビリティ情報（3月12日・13日納品分）です。

{table(rows)}

製品ロットとの紐付け表は来週の定例でお渡しします。
{SIG['hibari']}"""
    return M("pass", [], [], "lot numbers, vessel names and fishing areas: traceability data, no people",
             sender=FROM["hibari"], to=["hinshitsu@shiomi-shokuhin.co.jp"],
             subject="トレーサビリティ情報（3/12・3/13 納品分）", body=body, charset="iso-2022-jp")


@msg
def p_buyer_companies():
    lines = ["買受人番号,商号,所在地,代表電話,登録区分"]
    firms = [("B-107", "株式会社丸浜商店", "汐見市港町2丁目4-3", "0225-93-1120"),
             ("B-114", "魚亀水産株式会社", "汐見市東浜町3-11", "0225-94-2231"),
             ("B-121", "北洋鮮魚株式会社", "石巻市魚町2丁目7-1", "0225-22-4410"),
             ("B-128", "三陸マリンフーズ株式会社", "気仙沼市港町5-8", "0226-23-7781"),
             ("B-135", "有限会社ヤマニ水産", "汐見市白磯1丁目5-7", "0225-93-8820"),
             ("B-142", "株式会社汐見冷蔵", "汐見市網場字砂押38", "0225-96-1100")]
    for f in firms:
        lines.append(",".join(f) + ",法人")
    body = f"""汐見漁協 販売課 千葉様

お疲れさまです。蛯名です。
令和7年度の買受人登録（法人分）の一覧です。組合の名簿と照合をお願いします。

{chr(10).join(lines)}

個人登録の方は書類がまだ揃っていないので、来週まとめてお持ちします。
{SIG['ebina']}"""
    return M("pass", [], [], "comma-separated list of buyer companies with switchboard numbers (businesses)",
             sender=FROM["ebina"], to=["千葉 <chiba.h@shiomi-gyokyo.or.jp>"],
             subject="令和7年度 買受人登録（法人分）一覧", body=body, charset="iso-2022-jp")


@msg
def p_bcc_members_freemail():
    body = f"""組合員の皆さま（汐見本所・鮫浦支所）

日の出産業 精算課です。
3月から、水揚代金の精算明細をメールでもお送りできるようになりました。
これまでどおり紙の明細も漁協の窓口でお渡しします。

メールでの受取りを希望される方は、このメールに「希望」とだけ返信してください。
（このメールは皆さまに一斉送信していますが、他の方のアドレスは見えないようにしています）

日の出産業株式会社 水産事業部 精算課
TEL 0225-93-4410"""
    return M("pass", [], ["freemail_recipient"],
             "announcement to seven members on free/carrier mail, all in Bcc (nobody sees the others)",
             sender=FROM["kouso"], to=["精算課 <kouso.asuka@hinode-sangyo.co.jp>"],
             bcc=["ushioda.tatsuya.0712@docomo.ne.jp", "gyogyo.wataru@ezweb.ne.jp", "kowata.shuhei.sea@gmail.com",
                  "takeyama.yutaka.fuku@yahoo.co.jp", "hamae-maru18@softbank.ne.jp", "oikawa.makoto55@icloud.com",
                  "sameura.shigeru@outlook.jp"],
             subject="精算明細のメール受取りについて", body=body, charset="iso-2022-jp")


@msg
def p_stats():
    body = f"""汐見市 産業部 水産課
ご担当者様

お世話になっております。日の出産業の久米です。
漁業振興計画の基礎資料として、当社で把握している数値をお送りします。

　・汐見漁協 組合員数　　　正組合員 128名／准組合員 41名
　・年代別（正組合員）　　 40歳未満 17名、40～59歳 38名、60歳以上 73名
　・外国人乗組員　　　　　 23名（インドネシア 15、ベトナム 8）
　・令和6年 水揚金額　　　 48億2,300万円（前年比 94%）
　・組合員1人当たり平均　　3,768万円

個人が特定される数値ではありませんので、計画書への掲載は問題ございません。
{SIG['kume']}"""
    return M("pass", [], [], "aggregated statistics only (counts and averages, no individuals)",
             sender=FROM["kume"], to=["suisan@city.shiomi.lg.jp"],
             subject="漁業振興計画 基礎資料（数値）", body=body, charset="iso-2022-jp")


@msg
def p_vessel_list():
    rows = [["船名", "漁船登録番号", "総トン数", "漁業種類", "船籍港", "建造年"],
            ["第八汐見丸", "MG2-31842", "19", "定置網（付属船）", "汐見", "2008"],
            ["第十八浜栄丸", "MG2-30177", "79", "さんま棒受網", "汐見", "2001"],
            ["第三十一宝来丸", "MG2-29905", "19", "まき網（付属船）", "汐見", "1998"],
            ["第二福漁丸", "MG3-11420", "4.9", "刺網", "鮫浦", "2015"],
            ["第五鮫浦丸", "MG3-10983", "9.7", "かご", "鮫浦", "2011"]]
    body = f"""海陽漁船保険組合
業務課 ご担当者様

お世話になっております。日の出産業の間宮です。
令和7年度の漁船保険（普通損害保険）の更新対象船の一覧です。

{table(rows, gap=3)}

第五鮫浦丸は今年度で当社の用船契約が終わるため、更新は9月までの短期でお願いします。
{SIG['mamiya']}"""
    return M("pass", [], [], "a list of vessels (names, registration numbers, tonnage), no owners or people",
             sender=FROM["mamiya"], to=["gyomu@kaiyo-gyosen.or.jp"],
             subject="漁船保険 更新対象船一覧（令和7年度）", body=body, charset="iso-2022-jp")


@msg
def p_two_crew_flight():
    body = f"""株式会社ブルーウェーブ支援
ホアン様

お世話になっております。日の出産業の芦刈です。
再入国する2名の到着便が決まりましたのでお知らせします。

　LE QUOC BAO さん、PHAM THANH TUNG さん
　3月28日（金）ベトナム航空 VN310　成田 08:05 着

成田から仙台までは当社の車で迎えに行きます。生活オリエンテーションは31日（月）でお願いします。
{SIG['ashikari']}"""
    return M("pass", ["PERSON_NAME"], [], "two named workers with their arrival flight: no identifiers, two people",
             sender=FROM["ashikari"], to=["Hoang <hoang@bluewave-support.jp>"],
             subject="再入国者2名の到着便", body=body, charset="iso-2022-jp")


@msg
def p_two_phones_dorm():
    body = f"""汐見ハイツ管理 管理課 ご担当者様

日の出産業の芦刈です。
B棟 203号室のエアコン修理の件、業者さんが入る日に在室している2名の連絡先です。
日本語は簡単な会話ならできます。

　DEDI KURNIAWAN　080-5130-7742
　EKO SAPUTRA　　 070-2284-6619

修理の日程が決まりましたら、私にもご一報ください。
{SIG['ashikari']}"""
    return M("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
             "two residents' mobile numbers for a repair visit: below the list threshold (may warn)",
             sender=FROM["ashikari"], to=["kanri@shiomi-heights.co.jp"],
             subject="B棟203号室 エアコン修理の件", body=body, charset="iso-2022-jp")


@msg
def p_four_members():
    ppl = people(4)
    blocks = []
    for nm, kn in ppl:
        blocks.append(f"◇ {nm}（{kn}）　{wareki(dob(1985, 2003), 'kanji')}生\n　 {street()}　TEL {mobile()}")
    body = f"""東浜信漁連 汐見支所
貯金課 ご担当者様

お世話になっております。日の出産業の高祖です。
先日の5名に続き、追加で加入した組合員4名分の口座開設の事前登録をお願いします。

{chr(10).join(blocks)}

以上4名です。本人確認書類は各自が持参します。
{SIG['kouso']}"""
    return M("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
             "four people's records (birth date, address, phone): under five, may be warned but not held",
             sender=FROM["kouso"], to=["chokin-shiomi@higashihama-shingyoren.or.jp"],
             subject="追加 組合員4名の口座開設（事前登録）", body=body, charset="iso-2022-jp")


@msg
def p_mention_shagaihi():
    body = f"""汐見食品工業株式会社
開発部 石森様

お世話になっております。日の出産業の雲雀です。
ご依頼のあった当社の原料調達の資料ですが、詳細版は社外秘の扱いとなっており、
NDA の締結前にはお出しできません。申し訳ございません。

代わりに、ホームページで公開している「水産事業のご案内」のPDFのURLをお送りします。
https://www.hinode-sangyo.co.jp/seafood/guide2025.pdf

NDA 締結後に、詳細版をあらためてお送りいたします。
{SIG['hibari']}"""
    return M("pass", [], [], "the word 社外秘 is only mentioned (the document is withheld), not a marking",
             sender=FROM["hibari"], to=["石森 <ishimori@shiomi-shokuhin.co.jp>"],
             subject="Re: 原料調達に関する資料について", body=body, charset="iso-2022-jp")


@msg
def p_html_markets():
    rows = [("汐見魚市場", "宮城県汐見市港町1丁目8-2", "0225-93-4400", "5:30"),
            ("鮫浦魚市場", "宮城県汐見市鮫浦字前浜1", "0225-95-1001", "6:00"),
            ("東浜地方卸売市場", "宮城県汐見市東浜町1-1", "0225-94-3300", "6:00"),
            ("月崎産地市場", "宮城県汐見市月崎字中道2", "0225-97-1010", "6:30"),
            ("汐見冷凍水産物センター", "宮城県汐見市網場字砂押1", "0225-96-1000", "-")]
    trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    html = f"""<html><body style="font-family:sans-serif">
<p>Ocean Harvest Trading<br>Ms. Grace Lim</p>
<p>Dear Ms. Lim,</p>
<p>For your visit in May, here are the fish markets we plan to show you, with their main phone numbers and auction start times.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>市場 / Market</th><th>所在地 / Address</th><th>代表電話 / Tel</th><th>入札開始 / Auction</th></tr>
{trs}
</table>
<p>We will pick you up at Sendai Airport on 12 May.</p>
<p>Kind regards,<br>Kyohei Hibari<br>Hinode Sangyo Co., Ltd.</p>
</body></html>"""
    return M("pass", [], [], "HTML table of fish markets (businesses, main numbers), no people",
             sender=FROM["hibari_en"], to=["Grace Lim <grace.lim@oceanharvest.com.sg>"],
             subject="Market visit in May - list of markets", html=html, charset="utf-8")


@msg
def p_xlsx_prices():
    sheets = {
        "鮮魚": [["2025年3月 買取基準単価（鮮魚）"], [], ["魚種", "規格", "基準単価(円/kg)", "備考"],
                ["ブリ", "8kg上", 900, ""], ["ブリ", "5-8kg", 650, ""], ["マダラ", "", 420, "白子別"], ["ヒラメ", "活", 2400, ""]],
        "貝類": [["2025年3月 買取基準単価（貝類）"], [], ["品目", "規格", "基準単価(円/kg)"],
                ["ホタテ（活）", "", 480], ["カキ（殻付）", "", 350], ["ホヤ", "", 180]],
        "改定履歴": [["日付", "内容"], ["2025/3/1", "ブリ 8kg上 +50円"], ["2025/2/1", "ホヤ -20円"]],
    }
    body = f"""汐見漁協 販売課 千葉様

お世話になっております。蛯名です。
3月の買取基準単価表を添付します。魚種別にシートを分けています。
組合員さんへの掲示用にお使いください。
{SIG['ebina']}"""
    return M("pass", [], [], "multi-sheet XLSX price list, no personal data",
             sender=FROM["ebina"], to=["千葉 <chiba.h@shiomi-gyokyo.or.jp>"],
             subject="3月 買取基準単価表", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "xlsx", "name": "買取基準単価_202503.xlsx", "sheets": sheets}])


@msg
def p_pdf_invoice():
    tno = corp_number("409100213877")
    body = f"""汐見食品工業株式会社
経理ご担当者様

お世話になっております。日の出産業 加工品営業課の雲雀です。
2月分の請求書をPDFでお送りします。ご査収のほどよろしくお願いいたします。
{SIG['hibari']}"""
    pdf = {"kind": "pdf", "name": "請求書_INV-2502-0411.pdf",
           "lines": ["請 求 書", "汐見食品工業株式会社 御中", "請求書番号：INV-2502-0411　発行日：2025年2月28日",
                     "日の出産業株式会社（登録番号 T" + tno + "）", "宮城県汐見市港町1丁目8-2　TEL 0225-93-4400", ""],
           "table": [["品名", "数量", "単価", "金額"], ["冷凍ホヤ むき身 10kg", "40", "3,600", "144,000"],
                     ["活ホタテ 20kg", "25", "9,200", "230,000"], ["小計", "", "", "374,000"],
                     ["消費税（8%）", "", "", "29,920"], ["合計", "", "", "403,920"],
                     ["振込先：みどり銀行 汐見支店 当座 0081123", "", "", ""]]}
    return M("pass", ["JP_CORPORATE_NUMBER"], [], "PDF invoice: company T-number and company bank account only",
             sender=FROM["hibari"], to=["keiri@shiomi-shokuhin.co.jp"],
             subject="2月分 ご請求書の送付", body=body, charset="iso-2022-jp", attachments=[pdf])


@msg
def p_csv_landings_by_boat():
    rows = [["水揚日", "船名", "漁業種類", "魚種", "数量(kg)", "金額(円)"]]
    boats = ["第八汐見丸", "第十八浜栄丸", "第二福漁丸", "第五鮫浦丸", "第三大漁丸"]
    for day in range(3, 8):
        for b in rng.sample(boats, 3):
            kg = rng.randrange(80, 3000)
            rows.append([f"2025/03/{day:02d}", b, rng.choice(["定置網", "刺網", "かご"]),
                         rng.choice(["ブリ", "マダラ", "サワラ", "ヤリイカ", "毛ガニ"]), kg, kg * rng.randrange(300, 1200)])
    body = f"""汐見漁協 販売課 千葉様

お疲れさまです。蛯名です。
3月第1週の船別水揚実績をCSVでお送りします（市場システムからの出力です）。
{SIG['ebina']}"""
    return M("pass", [], [], "CSV of landings by vessel (dates, species, kg, yen): no personal data",
             sender=FROM["ebina"], to=["千葉 <chiba.h@shiomi-gyokyo.or.jp>"],
             subject="3月第1週 船別水揚実績", body=body, charset="iso-2022-jp",
             attachments=[{"kind": "csv", "name": "船別水揚実績_20250303-07.csv", "encoding": "cp932", "rows": rows}])


@msg
def p_docx_minutes():
    doc = {"kind": "docx", "name": "議事録_20250305_買取条件協議.docx",
           "paragraphs": ["議事録　買取条件協議（第3回）", "日時：2025年3月5日 14:00～15:30　場所：汐見漁協 2階会議室",
                          "出席者：汐見漁協 狩野組合長、千葉（販売課）、及川（指導課）／日の出産業 鰐淵、蛯名、高祖",
                          "1. 手数料率：据え置きで合意。", "2. 氷代：4月から1箱 20円値上げ（漁協から組合員へ周知）。",
                          "3. 次回：4月2日（水）14:00"]}
    body = f"""汐見漁協 千葉様

お世話になっております。蛯名です。
3月5日の協議の議事録（案）を添付します。修正があれば今週中にお知らせください。
{SIG['ebina']}"""
    return M("pass", [], [], "DOCX minutes naming attendees with their organisations only (no personal data)",
             sender=FROM["ebina"], to=["千葉 <chiba.h@shiomi-gyokyo.or.jp>"],
             subject="議事録（案）3/5 買取条件協議", body=body, charset="iso-2022-jp", attachments=[doc])


@msg
def p_disaster_summary():
    rows = [["地区", "被害船舶（隻）", "うち全損", "養殖施設（台）", "被害見込額（千円）"],
            ["大浜", "14", "3", "22", "68,400"], ["鮫浦", "9", "1", "41", "53,100"],
            ["月崎", "4", "0", "8", "9,800"], ["計", "27", "4", "71", "131,300"]]
    body = f"""汐見市 産業部 水産課
ご担当者様

日の出産業の久米です。2月の低気圧被害の地区別集計（速報値）です。

{table(rows)}

個別の被害状況は漁協が調書を取りまとめ中です。
{SIG['kume']}"""
    return M("pass", [], [], "disaster damage totals by district (no individuals)",
             sender=FROM["kume"], to=["suisan@city.shiomi.lg.jp"],
             subject="低気圧被害 地区別集計（速報）", body=body, charset="iso-2022-jp")


@msg
def p_forward_driver():
    body = f"""潮騒加工 大山様

お世話になっております。雲雀です。
明日の原料（ブリ 8t）の配車について、青葉運輸さんから連絡がありましたので転送します。

---------- 転送メッセージ ----------
差出人: 青葉運輸 汐見営業所 配車係 <haisha-shiomi@aoba-unyu.co.jp>
日付: 2025年3月13日 17:40
件名: 3/14 配車のご連絡

日の出産業 雲雀様

明日の配車が決まりました。
　車両：10t 保冷車（宮城 100 か 12-34）
　ドライバー：丹野（携帯 080-3391-2750）
　到着予定：潮騒加工 本社工場 7:30

よろしくお願いいたします。
青葉運輸株式会社 汐見営業所 配車係"""
    return M("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
             "forward of a carrier's dispatch note with one driver's business mobile",
             sender=FROM["hibari"], to=["大山 <ooyama@shiosai-kako.co.jp>"],
             subject="FW: 3/14 配車のご連絡", body=body, charset="iso-2022-jp")


@msg
def p_english_schedule():
    body = f"""Dear Mr. Hartono,

Thank you for the meeting in Jakarta last week.
As discussed, our plan for the 2025 intake is as follows:

  - Number of crew: 8 (longline / set-net)
  - Interview: online, 14-16 May (Japan time 10:00-15:00)
  - Japanese language course: June to September at your training centre
  - Expected arrival: early October, before the saury season ends

We will send the job description and working conditions in Bahasa Indonesia by the end of April.
{SIG['ebina_en']}"""
    return M("pass", [], [], "English mail about a recruitment schedule, no individuals",
             sender=FROM["ebina_en"], to=["Hartono <hartono@samudrakarya.co.id>"],
             subject="2025 intake - schedule", body=body, charset="utf-8")


@msg
def p_internal_ppap_forward():
    body = f"""高祖さん

お疲れさまです。城之内です。
浜田会計から届いた 年末調整の結果ファイル（パスワード付きZIP）を転送します。
パスワードは後ほど口頭で伝えます。
{SIG['jonouchi']}"""
    z = {"kind": "zip", "name": "年末調整結果_R6.zip", "password": "hamada-r6",
         "files": [{"kind": "txt", "name": "年末調整結果.txt", "text": "結果一覧"}]}
    return M("pass", [], [], "encrypted ZIP, but forwarded to an internal colleague only",
             sender=FROM["jonouchi"], to=["高祖 明日香 <kouso.asuka@hinode-sangyo.co.jp>"],
             subject="FW: 年末調整の結果について", body=body, charset="iso-2022-jp", attachments=[z])


@msg
def p_internal_subdomain_roster():
    ppl = people(10)
    rows = [["氏名", "振込先", "口座番号", "携帯"]] + [[nm, rng.choice(BANKS), acct(), mobile()] for nm, _ in ppl]
    body = f"""雲雀さん（加工場）

高祖です。
臨時雇用の加工場スタッフ10名の給与振込先一覧です。来週の支払いの確認用です。

{table(rows)}

確認後はこのメールを削除してください。
{SIG['kouso']}"""
    return M("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"], [],
             "ten staff with bank accounts, sent to an internal subdomain address (suisan.hinode-sangyo.co.jp)",
             sender=FROM["kouso"], to=["雲雀 恭平 <hibari.kyohei@suisan.hinode-sangyo.co.jp>"],
             subject="加工場 臨時スタッフ 振込先一覧", body=body, charset="iso-2022-jp")


@msg
def p_zairyu_procedure():
    body = f"""株式会社ブルーウェーブ支援
ホアン様

お世話になっております。日の出産業の芦刈です。
特定技能の乗組員の在留カード更新について、手続きの流れを確認させてください。

　1. 在留期間満了の3か月前から申請可能
　2. 必要書類：在留期間更新許可申請書、在留カード・旅券の提示、雇用条件書、
　　 1号特定技能外国人支援計画書、健康診断個人票
　3. 申請は仙台出入国在留管理局（当社の取次者が代行）

対象者と時期は、来月の定期面談のときに一覧でお渡しします。
{SIG['ashikari']}"""
    return M("pass", [], [], "procedure for residence card renewal: document names only, no numbers or people",
             sender=FROM["ashikari"], to=["Hoang <hoang@bluewave-support.jp>"],
             subject="在留カード更新の手続きについて", body=body, charset="iso-2022-jp")


@msg
def p_checkup_booking():
    body = f"""汐見市立病院
健診センター 予約係 御中

お世話になっております。日の出産業 水産事業部の間宮です。
今年度の乗組員 定期健康診断（船員法の健康証明を含む）の枠を、昨年と同様に押さえていただけますでしょうか。

　希望日：6月10日（火）・11日（水）・12日（木）　各日 8:30～11:00
　人数　：約35名（うち外国人 12名、通訳同行）
　項目　：船員法施行規則の検査項目一式＋胃部X線（希望者）

受診者の名簿は、日程が確定してから別途お送りします。
{SIG['mamiya']}"""
    return M("pass", [], [], "booking health checks in bulk: dates and counts, no names or results",
             sender=FROM["mamiya"], to=["kenshin-yoyaku@shiomi-hosp.jp"],
             subject="乗組員 定期健康診断の予約（6月）", body=body, charset="iso-2022-jp")


@msg
def p_shipping_notice_en():
    body = f"""Dear Mr. Chen,

Please be advised of the following shipment:

  Commodity : Frozen Pacific saury, round, 2L (HS 0303.89)
  Quantity  : 2,400 cartons x 10 kg
  Container : TCLU 482913-7 (40' reefer, -25C)
  B/L No.   : SGMTPE250318
  Vessel    : WAN HAI 325 V.E118, ETD Sendai 19 Mar, ETA Keelung 24 Mar
  Invoice   : HS-EX-2503-07

Original documents (B/L, health certificate, certificate of origin) will be couriered
today via EMS, tracking EE 402 913 558 JP.
{SIG['hibari_en']}"""
    return M("pass", [], [], "English shipping advice: container, B/L, invoice and tracking numbers only",
             sender=FROM["hibari_en"], to=["Chen Wei-Ting <weiting.chen@formosamarine.com.tw>"],
             subject="Shipping advice - SGMTPE250318", body=body, charset="utf-8")


@msg
def p_en_quoted_passports():
    quoted = "\n".join(f"> {n.upper()}  passport {passport('CE')}" for n in rng.sample(ID_NAMES, 6))
    body = f"""Dear Mr. Hartono,

Thank you, we have received the list and the scanned passports.
We will start the application next Monday.
{SIG['ebina_en']}
On Mon, 3 Mar 2025 at 09:12, Hartono <hartono@samudrakarya.co.id> wrote:
> Dear Mr. Ebina,
>
> Please find below the passport numbers of the six candidates.
>
{quoted}
>
> Best regards,
> Hartono"""
    return M("pass", [], [],
             "passport numbers appear only in the quoted part of the agency's own mail (On ... wrote:)",
             sender=FROM["ebina_en"], to=["Hartono <hartono@samudrakarya.co.id>"],
             subject="Re: Passport numbers - April group", body=body, charset="utf-8")


@msg
def p_licence_numbers():
    body = f"""汐見漁協 指導課 及川様

お疲れさまです。間宮です。
来季の許可更新に向けて、当社用船の許可・登録番号を整理しました。

　第八汐見丸　　 漁船登録 MG2-31842　大臣許可 第 2025-0318 号
　第十八浜栄丸　 漁船登録 MG2-30177　さんま棒受網 許可 第 北-112 号
　第三十一宝来丸 漁船登録 MG2-29905　知事許可 第 宮-7741 号
　共同漁業権 共第12号（汐見地区）／区画漁業権 区第231号（ほたて養殖）

無線局免許（JM4821）の更新も同じ時期ですので、合わせて確認をお願いします。
{SIG['mamiya']}"""
    return M("pass", [], [], "vessel registration, licence and fishing-right numbers: no personal data",
             sender=FROM["mamiya"], to=["及川 <oikawa@shiomi-gyokyo.or.jp>"],
             subject="用船の許可・登録番号の整理", body=body, charset="iso-2022-jp")


@msg
def p_branch_bullets():
    body = f"""株式会社海空サット
法人営業部 ご担当者様

お世話になっております。日の出産業の間宮です。
漁船向け衛星通信サービスの説明会を、漁協の各支所で開いていただく件です。
会場と代表電話は以下のとおりです。

・汐見漁協 本所（汐見市港町1丁目10-4）　TEL 0225-93-2111
・汐見漁協 鮫浦支所（汐見市鮫浦字前浜3）　TEL 0225-95-2111
・汐見漁協 月崎支所（汐見市月崎字中道21）　TEL 0225-97-2111
・汐見漁協 大浜出張所（汐見市大浜町2丁目1-1）　TEL 0225-93-2190
・汐見漁協 白磯出張所（汐見市白磯1丁目2-8）　TEL 0225-98-2111

日程は各支所と調整のうえ、改めてご連絡します。
{SIG['mamiya']}"""
    return M("pass", [], [], "bulleted list of co-op branches with office numbers (businesses)",
             sender=FROM["mamiya"], to=["hojin@umisora-sat.co.jp"],
             subject="説明会の会場（漁協 各支所）", body=body, charset="iso-2022-jp")


# ======================================================================================
# assemble: build every message, shuffle them with the seeded generator, number them
# ======================================================================================

_built = [f() for f in _BUILDERS]
rng.shuffle(_built)
MESSAGES = [{"id": f"fishery-{i:03d}", **m} for i, m in enumerate(_built, 1)]
