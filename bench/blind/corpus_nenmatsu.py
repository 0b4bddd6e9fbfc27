"""年末調整（nenmatsu）のメール 100 通 — 日の出産業 人事部 給与課。

扶養控除等（異動）申告書、扶養親族のマイナンバー・生年月日、生命保険料・地震保険料控除、
住宅借入金等特別控除（提携ローンのみどり銀行）、源泉徴収票（錦印刷での封入発送）、
給与計算の外部委託先（ツバサシステム 給与アウトソーシング事業部）、税理士法人朝比奈会計、
市町村の市民税課（住民税 特別徴収・異動届）、白川法律事務所とのやりとり。

AREA = nenmatsu, SEED = 25801
人物・番号・住所はすべて架空。マイナンバーとカード番号は build.my_number / build.card_number
（SEED + k, k は通し番号）でのみ作る。
"""

from build import card_number, my_number

SEED = 25801
_K = [0]


def _k() -> int:
    k = _K[0]
    _K[0] += 1
    return k


_ZEN = str.maketrans("0123456789-/.:() ", "０１２３４５６７８９－／．：（）　")


def zen(s: str) -> str:
    """ASCII digits and separators to full width."""
    return s.translate(_ZEN)


def MN(sep: str = " ") -> str:
    """A fresh check-digit-valid My Number (each call: a new k)."""
    n = my_number(SEED + _k())
    return sep.join((n[:4], n[4:8], n[8:])) if sep else n


def CARD(sep: str = "-") -> str:
    n = card_number(SEED + _k())
    return sep.join((n[:4], n[4:8], n[8:12], n[12:])) if sep else n


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits (check = 9 - (Σ P_n Q_n mod 9))."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) < (1989, 1, 8):
        era, short, ey = "昭和", "S", y - 1925
    elif (y, m, d) < (2019, 5, 1):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "令和", "R", y - 2018
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "shortzen":
        return zen(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ").replace("R", "Ｒ")
    raise ValueError(style)


def ymd(dob: tuple[int, int, int], sep: str = "/") -> str:
    return f"{dob[0]}{sep}{dob[1]:02d}{sep}{dob[2]:02d}"


# -- 架空の社員 (社員番号, 氏名, フリガナ, 生年月日, 〒, 住所, 携帯) ---------------------------
EMP = [
    ("H10231", "相馬 直樹", "ソウマ ナオキ", (1983, 4, 2), "273-0005",
     "千葉県船橋市本町4-18-3 グランテラス船橋502", "090-3318-4472"),
    ("H10458", "小野寺 瑞穂", "オノデラ ミズホ", (1990, 11, 3), "330-0063",
     "埼玉県さいたま市浦和区高砂2-7-11", "080-5521-0937"),
    ("H10512", "勅使河原 浩", "テシガワラ ヒロシ", (1976, 7, 19), "214-0014",
     "神奈川県川崎市多摩区登戸3051-2", "070-4412-8860"),
    ("H10777", "鬼塚 真理子", "オニツカ マリコ", (1969, 2, 27), "180-0004",
     "東京都武蔵野市吉祥寺本町1-29-6", "090-7784-1125"),
    ("H11002", "四方田 翔", "ヨモダ ショウ", (1995, 9, 8), "114-0023",
     "東京都北区滝野川6-31-14 コーポ滝野川203", "080-9035-6641"),
    ("H11045", "五十嵐 沙織", "イガラシ サオリ", (1987, 12, 14), "231-0062",
     "神奈川県横浜市中区桜木町1-3-18 ベイサイド桜木町701", "090-2260-7719"),
    ("H11190", "百目鬼 健太", "ドウメキ ケンタ", (1992, 5, 30), "300-1232",
     "茨城県牛久市上柏田2-38-5", "070-1189-3042"),
    ("H11233", "東海林 香織", "ショウジ カオリ", (1981, 8, 21), "343-0845",
     "埼玉県越谷市南越谷4-12-9", "080-6617-2208"),
    ("H11378", "栗花落 悠斗", "ツユリ ユウト", (1998, 1, 17), "157-0062",
     "東京都世田谷区南烏山5-3-22", "090-4407-5513"),
    ("H11402", "金城 美咲", "キンジョウ ミサキ", (1985, 6, 6), "136-0071",
     "東京都江東区亀戸7-44-2", "070-2293-4471"),
    ("H11519", "八木橋 誠", "ヤギハシ マコト", (1972, 10, 9), "270-2241",
     "千葉県松戸市松戸新田591-4", "090-8845-3307"),
    ("H11620", "御手洗 葵", "ミタライ アオイ", (1994, 3, 25), "206-0033",
     "東京都多摩市落合2-35-1-1104", "080-3379-9012"),
    ("H11688", "長谷部 大輔", "ハセベ ダイスケ", (1979, 11, 11), "252-0303",
     "神奈川県相模原市南区相模大野8-2-6", "090-1176-4420"),
    ("H11702", "芦田 千尋", "アシダ チヒロ", (1988, 2, 9), "173-0004",
     "東京都板橋区板橋3-9-17", "080-2041-6358"),
    ("H11755", "九十九 亮介", "ツクモ リョウスケ", (1984, 7, 4), "260-0013",
     "千葉県千葉市中央区中央3-5-8", "070-6652-1194"),
    ("H11803", "漆原 智恵", "ウルシバラ チエ", (1977, 5, 16), "332-0012",
     "埼玉県川口市本町2-4-30", "090-5530-2287"),
    ("H11867", "日下部 隼人", "クサカベ ハヤト", (1996, 10, 28), "183-0022",
     "東京都府中市宮西町1-14-2", "080-7713-0456"),
    ("H11921", "雲母 理沙", "キララ リサ", (1991, 4, 12), "224-0003",
     "神奈川県横浜市都筑区中川中央1-28-7", "070-3307-5582"),
    ("H12004", "宍戸 康平", "シシド コウヘイ", (1982, 12, 1), "350-1123",
     "埼玉県川越市脇田本町22-5", "090-6621-8804"),
    ("H12056", "真栄田 さやか", "マエダ サヤカ", (1993, 8, 30), "143-0016",
     "東京都大田区大森北4-11-3", "080-1152-7736"),
    ("H12110", "一ノ瀬 匠", "イチノセ タクミ", (1986, 1, 23), "277-0005",
     "千葉県柏市柏6-2-19", "070-8854-2210"),
    ("H12177", "南雲 里美", "ナグモ サトミ", (1974, 9, 14), "192-0046",
     "東京都八王子市明神町4-8-1", "090-2918-6643"),
    ("H12233", "袴田 悠真", "ハカマダ ユウマ", (1999, 6, 2), "210-0024",
     "神奈川県川崎市川崎区日進町7-13", "080-4476-3390"),
    ("H12289", "左近 美和", "サコン ミワ", (1980, 3, 8), "340-0015",
     "埼玉県草加市高砂1-16-4", "090-3392-0175"),
    ("H12341", "羽生田 剛", "ハニュウダ ツヨシ", (1971, 11, 29), "125-0041",
     "東京都葛飾区東金町3-22-10", "070-5519-6627"),
    ("H12398", "蓮見 奈央", "ハスミ ナオ", (1997, 2, 14), "330-0854",
     "埼玉県さいたま市大宮区桜木町2-3-41", "080-8827-1045"),
    ("H12450", "設楽 和也", "シタラ カズヤ", (1989, 7, 7), "260-0031",
     "千葉県千葉市中央区新千葉1-7-5", "090-1430-9968"),
]

# -- 社内の差出人と社外の相手 ---------------------------------------------------------------
YAMAUCHI = "山内 由香 <yamauchi.yuka@hinode-sangyo.co.jp>"
BANDO = "坂東 亮 <bando.ryo@hinode-sangyo.co.jp>"
SEKIGUCHI = "関口 梢 <sekiguchi.kozue@hinode-sangyo.co.jp>"
MIYAKE = "三宅 隆之 <miyake.takayuki@hinode-sangyo.co.jp>"
YOSHINARI = "吉成 智子 <yoshinari.tomoko@hinode-sangyo.co.jp>"
OSAKO = "大迫 健 <osako.ken@hinode-sangyo.co.jp>"
KYUYO = "人事部給与課 <kyuyo@hinode-sangyo.co.jp>"
HORINOUCHI = "堀之内 聡 <horinouchi.satoshi@osaka.hinode-sangyo.co.jp>"

NONOMURA = "野々村 彩 <nonomura.aya@tsubasa-system.jp>"
KATAGIRI = "片桐 誠 <katagiri.makoto@tsubasa-system.jp>"
TSUBASA_DESK = "ツバサシステム 年調デスク <nencho-desk@tsubasa-system.jp>"
ASAHINA = "朝比奈 修 <asahina@asahina-kaikei.jp>"
KUDO = "工藤 真帆 <kudo.maho@asahina-kaikei.jp>"
SUDO = "須藤 健二 <sudo.kenji@midori-ginko.co.jp>"
NOTO = "能登 和彦 <noto.kazuhiko@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川 玲子 <shirakawa.reiko@shirakawa-law.jp>"
LINDQVIST = "Erik Lindqvist <erik.lindqvist@lptax-advisors.com>"
HIGASHIHAMA = "東浜市 市民税課 特別徴収係 <shiminzei@city.higashihama.lg.jp>"

HINODE_CORP_NO = corp_number("010401087734")
TSUBASA_CORP_NO = corp_number("011101064129")

SIG_YAMAUCHI = """
--
日の出産業株式会社 人事部 給与課
山内 由香（やまうち ゆか）
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル6F
TEL 03-5812-4471（内線2314） FAX 03-5812-4499
yamauchi.yuka@hinode-sangyo.co.jp
"""

SIG_BANDO = """
━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 人事部 給与課　坂東 亮（ばんどう りょう）
 TEL：03-5812-4471（代）／内線 2317
 Mail：bando.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_SEKIGUCHI = """
************************************
日の出産業株式会社
人事部 給与課　関口 梢
〒103-0027 東京都中央区日本橋2-14-9
TEL 03-5812-4471 / FAX 03-5812-4499
************************************
"""

SIG_MIYAKE = """
----------------------------------------
日の出産業株式会社 人事部
給与課長　三宅 隆之
TEL: 03-5812-4470（代表）　直通: 03-5812-4475
E-mail: miyake.takayuki@hinode-sangyo.co.jp
----------------------------------------
"""

SIG_EN = """
--
Yuka Yamauchi
Payroll Section, Human Resources Dept.
Hinode Sangyo Co., Ltd.
6F Hinode Bldg., 2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5812-4471
"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""


MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"nenmatsu-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ============================================================================ 001-020

# 001 — 扶養親族の異動一覧（空白で桁揃え、和暦・全角数字）
add(
    charset="iso-2022-jp", sender=YAMAUCHI, to=[NONOMURA],
    subject="扶養控除等（異動）申告書　扶養親族の異動分（第1回）",
    body=f"""野々村様

いつもお世話になっております。
日の出産業 人事部給与課の山内でございます。

令和８年分の扶養控除等（異動）申告書のうち、扶養親族に異動のあった社員分を
下記のとおり取りまとめました。１２月支給分の給与計算への反映をお願いいたします。

社員番号  氏名            続柄  扶養親族氏名        生年月日                異動内容
--------  --------------  ----  ------------------  ----------------------  ----------------
H10231    相馬　直樹      長男  相馬　陽向          {wareki(2023, 6, 14, "zen")}      追加（出生）
H10458    小野寺　瑞穂    母    小野寺　恵子        {wareki(1958, 1, 9, "zen")}        追加（同居開始）
H10777    鬼塚　真理子    長女  鬼塚　葉月          {wareki(2003, 3, 3, "zen")}        除外（就職）
H11190    百目鬼　健太    妻    百目鬼　由依        {wareki(1992, 10, 2, "zen")}      追加（婚姻）
H11519    八木橋　誠      二男  八木橋　蒼          {wareki(2007, 8, 27, "zen")}      変更（特定扶養へ）
H11688    長谷部　大輔    父    長谷部　勝利        {wareki(1947, 12, 5, "zen")}      変更（老人扶養・同居）

以上６名分です。申告書の原本はレターパックにて本日発送しております。
ご不明な点がございましたらご連絡ください。

よろしくお願いいたします。
{SIG_YAMAUCHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="6 employees' dependants with names and birth dates, space-padded list to the payroll bureau",
)

# 002 — 社内のみ：中途入社者のマイナンバー収集状況
_rows002 = []
for i, doc in zip((22, 16, 8, 25, 19), ("運転免許証", "マイナンバーカード", "運転免許証", "パスポート", "マイナンバーカード")):
    no, name, kana, dob, *_ = EMP[i]
    _rows002.append(f"{no}\t{name}\t{ymd(dob)}\t{MN('')}\t{doc}")
add(
    charset="utf-8", sender=BANDO, to=[MIYAKE], cc=[SEKIGUCHI],
    subject="【確認】中途入社者のマイナンバー収集状況（10月〜11月入社）",
    body="""三宅課長

お疲れさまです。坂東です。
10月・11月入社の5名について、個人番号の収集と番号確認・身元確認が完了しました。
ツバサシステムへの連携前に、念のため番号の転記ミスがないか確認いただけますでしょうか。

社員番号\t氏名\t生年月日\t個人番号\t身元確認書類
""" + "\n".join(_rows002) + """

番号カードのコピーは人事キャビネット（施錠）に保管済みです。
確認後、このメールは削除をお願いします。
""" + SIG_BANDO,
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="My Numbers of 5 new hires, but all recipients are internal",
)

# 003 — 扶養親族1名の個人番号訂正（本文）
_mn003 = MN("-")
add(
    charset="shift_jis", sender=SEKIGUCHI, to=[KATAGIRI],
    subject="扶養親族の個人番号訂正のお願い（社員番号H10231）",
    body=f"""株式会社ツバサシステム
給与アウトソーシング事業部　片桐様

いつも大変お世話になっております。日の出産業の関口です。

先日お送りした扶養控除等申告書のデータについて、社員番号H10231 相馬直樹さんの
長女の個人番号に転記誤りがございました。大変申し訳ございません。
正しくは以下のとおりです。

　続柄　　：長女
　氏名　　：相馬 ひかり（ソウマ ヒカリ）
　生年月日：平成24年7月30日
　個人番号：{_mn003}

お手数ですが、システム上の登録内容の差し替えをお願いいたします。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a dependant's My Number with name and birth date to the payroll bureau",
)

# 004 — 年末調整スケジュール（個人情報なし、定型の免責文）
add(
    charset="iso-2022-jp", sender=YAMAUCHI, to=[NONOMURA], cc=[KATAGIRI],
    subject="令和8年分 年末調整スケジュールのご連絡",
    body=f"""野々村様
（CC：片桐様）

いつもお世話になっております。日の出産業の山内です。
本年の年末調整について、社内スケジュールが確定しましたのでご連絡いたします。

　11月 4日（水）　申告書（扶養・保険料・基礎／配偶者／所得金額調整）配付
　11月27日（金）　社員からの回収締切
　12月 4日（金）　貴社へのデータ・原本の引き渡し
　12月11日（金）　年調計算結果のご提出（速報）
　12月25日（金）　12月給与にて過不足精算

昨年は保険料控除証明書の添付漏れによる差し戻しが多かったため、今年は社内で
一次チェックを行ってからお渡しする予定です。
作業のご都合で前後する場合は、お早めにお知らせいただけますと幸いです。

何卒よろしくお願いいたします。
{SIG_YAMAUCHI}{DISCLAIMER_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="schedule only, with the standard confidentiality disclaimer",
)

# 005 — 年調基礎データ CSV（cp932）
_rows005 = [["社員番号", "氏名", "フリガナ", "生年月日", "配偶者区分", "一般扶養", "特定扶養",
             "老人扶養", "16歳未満", "一般生命(新)", "介護医療", "個人年金(新)", "地震保険料"]]
for i, sp, a, b, c, u, l1, l2, l3, eq in (
        (0, "源泉控除対象", 0, 0, 0, 2, 84000, 36000, 0, 18400),
        (1, "なし", 0, 0, 1, 0, 42000, 0, 60000, 0),
        (2, "源泉控除対象", 1, 1, 0, 0, 120000, 52000, 96000, 32000),
        (3, "なし", 1, 0, 0, 0, 36500, 24000, 0, 11200),
        (6, "源泉控除対象", 0, 0, 0, 0, 0, 0, 0, 0),
        (10, "源泉控除対象", 0, 1, 0, 1, 98000, 41000, 84000, 26500),
        (12, "配偶者特別", 0, 0, 1, 2, 61000, 38000, 0, 15600),
        (15, "なし", 0, 0, 0, 0, 44200, 0, 0, 9800),
        (23, "源泉控除対象", 1, 0, 0, 1, 72000, 30000, 48000, 0)):
    no, name, kana, dob, *_ = EMP[i]
    _rows005.append([no, name, kana, ymd(dob), sp, a, b, c, u, l1, l2, l3, eq])
add(
    charset="shift_jis", sender=BANDO, to=[TSUBASA_DESK], cc=[NONOMURA],
    subject="年調基礎データ送付（日の出産業／第1回分）",
    body=f"""ツバサシステム 年調デスク ご担当者様
（cc 野々村様）

お世話になっております。日の出産業の坂東です。
年末調整の基礎データ（第1回回収分 9名）をCSVでお送りします。
フォーマットは昨年と同じ「年調取込_v3」です。

取り込みエラーが出た場合はご連絡ください。
{SIG_BANDO}""",
    attachments=[{"kind": "csv", "name": "nencho_kiso_20261204.csv", "encoding": "cp932", "rows": _rows005}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CSV (CP932) of 9 employees with birth dates and deduction amounts to the bureau",
)

# 006 — 協力会社3社へ説明会案内（To に並べてしまった）
add(
    charset="iso-2022-jp", sender=MIYAKE,
    to=["青葉運輸 総務部 給与ご担当 <kyuyo@aoba-unyu.co.jp>",
        "北国フーズ 人事総務課 <jinji-soumu@kitaguni-foods.co.jp>",
        "川崎電機 人事グループ <payroll@kawasaki-denki.co.jp>"],
    subject="年末調整実務説明会（合同開催）のご案内",
    body=f"""各社 給与ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部の三宅でございます。

昨年ご好評をいただきました年末調整の実務説明会を、今年も合同で開催いたします。
講師は税理士法人朝比奈会計の朝比奈先生にお願いしております。

　日時：11月6日（金）14:00〜16:30
　会場：日の出ビル 8F 大会議室（オンライン併用）
　内容：定額減税の精算の振り返り、基礎控除の改正、よくある記入誤り

ご参加いただける場合は、10月30日までに参加人数をご返信ください。
オンライン参加用のURLは前日にお送りいたします。
{SIG_MIYAKE}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three partner companies in To can see each other: should have been Bcc",
)

# 007 — 見た目の似たドメイン（tsubasa-sytem.jp）
add(
    charset="shift_jis", sender=BANDO, to=["片桐 誠 <katagiri.makoto@tsubasa-sytem.jp>"],
    subject="12月度の給与締めと年調データ授受の日程について",
    body=f"""片桐様

お世話になっております。日の出産業の坂東です。

12月度の勤怠締めが、年末休暇の関係で例年より1日早まり12月14日（月）となりました。
それに伴い、年調結果の確定データは12月16日（水）午前中にいただけますと助かります。

なお、賞与支給月のため住民税の特別徴収額の確認も同時にお願いできればと存じます。
ご対応可否をご返信いただけますでしょうか。
{SIG_BANDO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a typo of the partner tsubasa-system.jp",
)

# 008 — 秘密保持契約の話（NDA についてのメール）
add(
    charset="utf-8", sender=MIYAKE, to=[ASAHINA], cc=[KUDO],
    subject="秘密保持契約書（年末調整業務の一部委託）ドラフトのご確認",
    body=f"""税理士法人朝比奈会計
朝比奈先生（cc：工藤様）

いつもお世話になっております。日の出産業の三宅です。

今年度から年末調整の二次チェックをお願いするにあたり、法務部から
秘密保持契約書のドラフトが上がってまいりましたので、お送りします。
第3条（秘密情報の範囲）と第7条（返還・廃棄）について、
先生の事務所の標準的な取扱いと齟齬がないかご確認いただけますでしょうか。

修正のご希望があれば、Word の変更履歴でいただけますと助かります。
{SIG_MIYAKE}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_v2.docx", "title": "秘密保持契約書",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と税理士法人朝比奈会計（以下「乙」という。）は、"
                      "甲が乙に委託する年末調整に係る確認業務に関し、次のとおり契約を締結する。",
                      "第1条（目的）本契約は、前文の業務の遂行にあたり相互に開示される秘密情報の取扱いを定める。",
                      "第3条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示した情報及び"
                      "個人情報の保護に関する法律に定める個人情報をいう。",
                      "第7条（返還・廃棄）乙は、業務終了後又は甲の求めがあったときは、秘密情報を速やかに返還又は廃棄する。",
                      "第10条（有効期間）本契約の有効期間は締結日から1年間とする。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA draft; the word 秘密 is the subject, not a marking",
)

# 009 — 扶養控除等申告書 集計（XLSX 複数シート、タイトル行あり）
_self009 = [["令和8年分 給与所得者の扶養控除等（異動）申告書 集計（本人）"], [],
            ["社員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "障害者区分", "寡婦/ひとり親", "勤労学生"]]
for i, dis, wid in ((4, "", ""), (5, "", "ひとり親"), (8, "", ""), (9, "", ""), (13, "一般障害者", ""),
                    (14, "", ""), (17, "", ""), (19, "", ""), (21, "", "寡婦")):
    no, name, kana, dob, zp, addr, tel = EMP[i]
    _self009.append([no, name, kana, ymd(dob, "-"), zp, addr, dis, wid, ""])
_dep009 = [["扶養親族明細"], ["社員番号", "親族氏名", "続柄", "生年月日", "同居/別居", "所得見積額"],
           ["H11045", "五十嵐 結愛", "長女", "2015-04-21", "同居", 0],
           ["H11402", "金城 亮", "夫", "1983-01-30", "同居", 480000],
           ["H11402", "金城 陸斗", "長男", "2012-09-02", "同居", 0],
           ["H11702", "芦田 和子", "母", "1956-06-18", "別居", 720000],
           ["H11755", "九十九 湊", "長男", "2005-11-27", "別居（留学）", 0],
           ["H12177", "南雲 悠", "長男", "2004-07-08", "同居", 350000]]
add(
    charset="utf-8", sender=YAMAUCHI, to=[NONOMURA],
    subject="扶養控除等申告書 集計表の送付（本人・扶養親族）",
    body=f"""野々村様

お世話になっております。日の出産業の山内です。
扶養控除等申告書の集計表を作成しましたので添付いたします。
シート「本人情報」と「扶養親族」に分けてあります。
障害者区分・寡婦/ひとり親の欄は申告書の記載どおり転記しています。

ご確認のほどよろしくお願いいたします。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "xlsx", "name": "扶養控除等申告書_集計_R8.xlsx",
                  "sheets": {"本人情報": _self009, "扶養親族": _dep009,
                             "変更履歴": [["日付", "内容"], ["2026/11/30", "初版"]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 9 employees (address, birth date, disability status) and their dependants to the bureau",
)

# 010 — 返信：未提出者リストは引用部分のみ
add(
    charset="utf-8", sender=YAMAUCHI, to=[NONOMURA],
    subject="Re: 【ご確認】扶養控除等申告書 未提出者（11/28時点）",
    body=f"""野々村様

ご連絡ありがとうございます。
下記の6名には、本日中に所属長経由で督促いたします。
12月1日（火）中に回収できなかった分は、前年データでの仮計算でお願いできますでしょうか。

山内

> 日の出産業株式会社
> 山内様
>
> お世話になっております。ツバサシステムの野々村です。
> 11/28時点で扶養控除等申告書が未着の方は以下のとおりです。
>
> 社員番号  氏名          所属          生年月日
> H10512    勅使河原 浩   物流部        1976/07/19
> H11002    四方田 翔     営業一部      1995/09/08
> H11378    栗花落 悠斗   情報システム部 1998/01/17
> H11867    日下部 隼人   営業二部      1996/10/28
> H12233    袴田 悠真     経理部        1999/06/02
> H12398    蓮見 奈央     総務部        1997/02/14
>
> ご確認のほどお願いいたします。
> --
> 株式会社ツバサシステム 給与アウトソーシング事業部 野々村
""",
    expect="pass", entities=[], detectors=[],
    note="the list of 6 people is only in the quoted text of the bureau's own mail",
)

# 011 — 錦印刷へ 源泉徴収票 発送リスト（PDF 表）
_tbl011 = [["No", "氏名", "郵便番号", "送付先住所", "不在時連絡先"]]
for n, (name, zp, addr, tel) in enumerate((
        ("鷲尾 博文", "〒311-4141", "茨城県水戸市赤塚1-1902-3", "090-6218-3341"),
        ("大庭 千夏", "〒238-0008", "神奈川県横須賀市大滝町2-15-4", "080-4415-7730"),
        ("茅野 由紀夫", "〒370-0849", "群馬県高崎市八島町11-6", "027-321-4408"),
        ("早乙女 恭子", "〒400-0031", "山梨県甲府市丸の内3-28-1-402", "090-1177-5902"),
        ("仁科 勇", "〒321-0964", "栃木県宇都宮市駅前通り1-4-6", "028-633-0917"),
        ("鳥海 彩花", "〒330-0846", "埼玉県さいたま市大宮区大門町3-7", "070-2281-6643"),
        ("砂川 拓", "〒260-0028", "千葉県千葉市中央区新町18-14", "080-9920-1182"),
        ("的場 美由紀", "〒190-0012", "東京都立川市曙町2-33-8", "090-7406-2256"),
        ("氏家 昌平", "〒980-0021", "宮城県仙台市青葉区中央4-2-25", "022-224-7163")), 1):
    _tbl011.append([n, name, zp, addr, tel])
add(
    charset="iso-2022-jp", sender=BANDO, to=[NOTO],
    subject="退職者分 源泉徴収票の封入・発送リスト",
    body=f"""錦印刷株式会社
能登様

いつもお世話になっております。日の出産業の坂東です。
本年中途退職者分の源泉徴収票について、封入・発送をお願いしたく
宛名リストをPDFでお送りします（9名）。
源泉徴収票の印刷データは、明日ツバサシステム様から直接入稿されます。

発送は12月10日（木）までにお願いできますと幸いです。
{SIG_BANDO}""",
    attachments=[{"kind": "pdf", "name": "源泉徴収票_退職者発送リスト.pdf", "title": "退職者 発送リスト",
                  "lines": ["令和8年分 源泉徴収票 退職者送付先一覧", "日の出産業株式会社 人事部給与課", ""],
                  "table": _tbl011}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PDF table of 9 former employees' names, home addresses and phones to the printing company",
)

# 012 — 市町村の問い合わせ窓口一覧（事業所・役所のリスト）
add(
    charset="shift_jis", sender=SEKIGUCHI, to=[KATAGIRI],
    subject="住民税 特別徴収の問い合わせ先一覧（主要市区町村）",
    body=f"""片桐様

お世話になっております。日の出産業の関口です。
先日お話のあった、住民税の特別徴収に関する各市区町村の窓口一覧です。
社員の居住地上位の自治体をまとめました。異動届の提出先確認にご利用ください。

・東浜市　市民税課 特別徴収係　　　TEL 045-512-3310　〒231-8501 東浜市本町1-1
・北見沢市　税務部 市民税課　　　　TEL 048-771-2204　〒344-8577 北見沢市中央2-10-1
・朝霧町　税務課 住民税グループ　　TEL 0470-62-1119　〒299-5292 朝霧町大原550
・南宮市　課税課 特別徴収担当　　　TEL 042-366-7715　〒183-8703 南宮市宮西町2-24
・西谷区　区民部 税務課　　　　　　TEL 03-3912-4478　〒114-8503 西谷区王子本町1-15-22

上記のほか、東京23区は区ごとに窓口が異なりますので、通知書記載の連絡先をご確認ください。
{SIG_SEKIGUCHI}""",
    expect="pass", entities=[], detectors=[],
    note="list of municipal tax offices (organisations), not people",
)

# 013 — 中途入社者の個人番号・基礎年金番号
_mn013 = MN(" ")
add(
    charset="utf-8", sender=BANDO, to=[NONOMURA],
    subject="中途入社者の登録情報（12月1日入社）",
    body=f"""野々村様

お世話になっております。日の出産業の坂東です。
12月1日付の中途入社者1名について、給与システムへの登録をお願いいたします。

　氏名　　　　：袴田 悠真（ハカマダ ユウマ）
　生年月日　　：1999年6月2日
　住所　　　　：〒210-0024 神奈川県川崎市川崎区日進町7-13
　個人番号　　：{_mn013}
　基礎年金番号：1402-583716
　前職源泉徴収票：提出済（原本を郵送します）

扶養親族はおりません。
{SIG_BANDO}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new hire's My Number and basic pension number sent to the bureau",
)

# 014 — 障害者控除（子の身体障害者手帳）
add(
    charset="iso-2022-jp", sender=SEKIGUCHI, to=[KATAGIRI],
    subject="障害者控除の追加について（八木橋さん）",
    body=f"""片桐様

お世話になっております。日の出産業の関口です。

社員番号H11519 八木橋誠さんから、二男の蒼さん（平成19年8月27日生）について
障害者控除の追加申告がありました。
本年9月に身体障害者手帳1級（肢体不自由）の交付を受けられたとのことで、
同居のため「同居特別障害者」として計算をお願いいたします。

手帳の写しは本人から受領済みで、原本確認も当方で済ませております。
申告書の該当欄の写しを別送いたします。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named dependant's disability (身体障害者手帳1級) sent to the bureau",
)

# 015 — 退職者（フリーメール1名）への返信、引用部に本人の住所
add(
    charset="shift_jis", sender=YAMAUCHI, to=["東海林 香織 <kaori.shoji0821@yahoo.co.jp>"],
    subject="Re: 源泉徴収票の再発行について",
    body=f"""東海林 様

ご連絡ありがとうございます。日の出産業 人事部給与課の山内です。
在職中は大変お世話になりました。

源泉徴収票の再発行は可能です。ご指定の新しいご住所あてに、
12月中旬までに簡易書留でお送りいたします。
なお、確定申告でお使いになる場合、電子データでの送付は行っておりませんので、
紙でのお受け取りとなります点ご了承ください。

{SIG_YAMAUCHI}
-----Original Message-----
From: 東海林 香織
Sent: Monday, November 16, 2026 21:04
Subject: 源泉徴収票の再発行について

山内様
9月末で退職した東海林です。引っ越しのため、源泉徴収票を下記に送っていただけますか。
〒343-0023 埼玉県越谷市東越谷9-41-2 パークハイム東越谷305
携帯 080-6617-2208
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (the former employee); her address only in the quoted original",
)

# 016 — みどり銀行の typo（ginkou）へ、社員1名の提携ローン
add(
    charset="utf-8", sender=SEKIGUCHI, to=["須藤 健二 <sudo.kenji@midori-ginkou.co.jp>"],
    subject="提携住宅ローン 年末残高証明書の再発行について（長谷部）",
    body=f"""みどり銀行 住宅ローンセンター
須藤様

いつもお世話になっております。日の出産業 人事部の関口です。

提携住宅ローンをご利用中の当社社員について、年末残高等証明書を紛失したとの
申し出がありました。再発行のお手続きをお願いできますでしょうか。

　氏名：長谷部 大輔（ハセベ ダイスケ）
　住所：〒252-0303 神奈川県相模原市南区相模大野8-2-6
　融資番号：0387-221645

本人の委任状は追って郵送いたします。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp",
)

# 017 — PPAP（パスワード付き ZIP）
add(
    charset="iso-2022-jp", sender=BANDO, to=[NONOMURA],
    subject="扶養控除等申告書（スキャン）第2回送付分",
    body=f"""野々村様

お世話になっております。日の出産業の坂東です。
第2回回収分の扶養控除等申告書をスキャンしたものを、パスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。

ファイル：扶養控除等申告書_第2回.zip（PDF 14ファイル）
{SIG_BANDO}""",
    attachments=[{"kind": "zip", "name": "扶養控除等申告書_第2回.zip", "password": "Hn2026#nencho",
                  "files": [{"kind": "pdf", "name": f"fuyo_{n:02d}.pdf", "lines": ["扶養控除等（異動）申告書", "（スキャン画像）"]}
                            for n in range(1, 4)]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP: its content cannot be inspected",
)

# 018 — 保険会社の控除証明書再発行窓口（会社のリスト）
add(
    charset="utf-8", sender=YAMAUCHI, to=[TSUBASA_DESK],
    subject="社員問い合わせ対応用：控除証明書 再発行窓口一覧",
    body=f"""年調デスク ご担当者様

お世話になっております。日の出産業の山内です。
社員から「保険料控除証明書を失くした」という問い合わせが毎年多いため、
コールセンターでのご案内用に、当社社員の加入の多い保険会社の窓口をまとめました。

  保険会社              窓口                          電話番号          受付時間
  --------------------  ----------------------------  ----------------  ----------------
  ほしぞら生命保険      控除証明書再発行センター      0120-417-220      平日 9:00-18:00
  やまなみ生命          お客さまサービスセンター      0120-338-561      平日 9:00-17:00
  あけぼの損害保険      地震保険 証明書受付           0120-902-744      平日 9:00-17:30
  ひまわり共済          共済サービスセンター          0570-014-883      月〜土 9:00-17:00
  こもれび生命          ネット再発行（24時間）        ―                ―

Web で再発行できる会社もありますので、あわせてご案内いただけますと助かります。
{SIG_YAMAUCHI}""",
    expect="pass", entities=[], detectors=[],
    note="a list of insurance companies' service desks, no people",
)

# 019 — HTML のみ：年調精算結果 確認表
_tr019 = "".join(
    f"<tr><td>{EMP[i][0]}</td><td>{EMP[i][1]}</td><td>{ymd(EMP[i][3], '.')}</td>"
    f"<td align=right>{tax:,}</td><td align=right>{diff:+,}</td></tr>\n"
    for i, tax, diff in ((1, 184300, -12400), (7, 296100, -38750), (11, 102600, 4200),
                         (16, 88400, -6100), (18, 412900, -51200), (20, 157700, -9800), (24, 503200, 12600)))
add(
    charset="utf-8", sender=YAMAUCHI, to=[NONOMURA],
    subject="年調精算結果の確認（抽出分）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>野々村様</p>
<p>お世話になっております。日の出産業の山内です。<br>
速報値のうち、前年と差額の大きい7名を抜き出しました。生年月日で年齢区分の判定が
正しいかも含めてご確認ください。</p>
<table border=1 cellpadding=3 cellspacing=0>
<tr bgcolor="#dde"><th>社員番号</th><th>氏名</th><th>生年月日</th><th>年調年税額</th><th>過不足額</th></tr>
{_tr019}</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 給与課 山内 由香<br>TEL 03-5812-4471（内線2314）</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="HTML-only mail with a table of 7 employees' names, birth dates and tax amounts",
)

# 020 — 年調ソフトのライセンス更新をカードで
_card020 = CARD("-")
add(
    charset="shift_jis", sender=MIYAKE, to=["ネンチョウクラウド サポート <support@nencho-cloud.jp>"],
    subject="ライセンス追加・更新のお申込み（日の出産業）",
    body=f"""株式会社クラウドワークフロー
ネンチョウクラウド サポートご担当者様

お世話になっております。日の出産業の三宅です。
年末調整申告アプリのライセンスを、現行の650IDから720IDへ追加のうえ、
年間契約を更新したく存じます。お支払いは法人カードでお願いします。

　カード番号：{_card020}
　有効期限　：09/29
　名義　　　：TAKAYUKI MIYAKE

請求書は経理部 吉成宛にお送りください。
{SIG_MIYAKE}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a credit card number (with holder name) sent in clear to a vendor",
)

# ============================================================================ 021-040

# 021 — 社内（サブドメイン）宛て、社外秘ヘッダ付き XLSX
_rows021 = [["大阪支店 年末調整 申告書提出状況（社外秘）"], ["社員番号", "氏名", "生年月日", "扶養申告", "保険料申告", "基礎・配偶者"]]
for no, name, dob, a, b, c in (
        ("O20114", "橘 慎吾", "1978/03/14", "済", "済", "済"),
        ("O20152", "浜口 佳奈", "1989/10/05", "済", "未", "済"),
        ("O20177", "猪俣 隆", "1966/12/22", "未", "未", "未"),
        ("O20203", "阪本 えりか", "1994/07/31", "済", "済", "済"),
        ("O20231", "西條 修平", "1985/02/11", "済", "不備", "済"),
        ("O20260", "玉置 陽菜", "2000/05/19", "未", "―", "未")):
    _rows021.append([no, name, dob, a, b, c])
add(
    charset="iso-2022-jp", sender=SEKIGUCHI, to=[HORINOUCHI],
    subject="大阪支店分 年調申告書の提出状況",
    body=f"""堀之内さん

お疲れさまです。本社給与課の関口です。
大阪支店分の提出状況を添付します。「未」「不備」の方への声かけをお願いできますか。
締切は11月27日です。
{SIG_SEKIGUCHI}""",
    attachments=[{"kind": "xlsx", "name": "大阪支店_提出状況.xlsx", "page_header": "社外秘",
                  "sheets": {"大阪支店": _rows021}}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="internal subdomain recipient (osaka.hinode-sangyo.co.jp): internal mail, marking and list allowed",
)

# 022 — 退職者3名（個人）を To に並べた
add(
    charset="iso-2022-jp", sender=YAMAUCHI,
    to=["yuto.tsuyuri98@gmail.com", "m.kinjo.0606@gmail.com", "hasumi.nao.214@gmail.com"],
    subject="【日の出産業】令和8年分 源泉徴収票の発送について",
    body=f"""本年中にご退職された皆さま

日の出産業株式会社 人事部給与課の山内です。
在職中は大変お世話になりました。

令和8年分の源泉徴収票は、1月15日頃に在職時のご登録住所あてに発送いたします。
ご住所が変わられた方は、1月8日までにこのメールへご返信ください。
再就職先での年末調整にお使いの方で、お急ぎの場合もご連絡ください。
{SIG_YAMAUCHI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons in To can see each other's addresses: should have been Bcc",
)

# 023 — 母の認知症・要介護（同居特別障害者の判定相談）
add(
    charset="utf-8", sender=SEKIGUCHI, to=[KUDO], cc=[ASAHINA],
    subject="同居特別障害者の判定についてご相談",
    body=f"""税理士法人朝比奈会計
工藤様（cc 朝比奈先生）

いつもお世話になっております。日の出産業の関口です。
年末調整で判断に迷う案件があり、ご相談させてください。

社員の宍戸康平さん（社員番号H12004）の母、宍戸トシさん（昭和12年4月3日生）が
アルツハイマー型認知症で要介護4の認定を受けており、今年、川越市から
「障害者控除対象者認定書（特別障害者）」が交付されたとのことです。
10月から本人宅で同居を始めていますが、12月31日時点で同居であれば
同居特別障害者として老人扶養と併せて控除してよいか、ご教示いただけますか。

認定書の写しは手元にあります。必要でしたらお送りします。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named dependant's dementia diagnosis and care level sent to the tax accountant",
)

# 024 — 市役所への連絡（署名のみ）
add(
    charset="iso-2022-jp", sender=BANDO, to=[HIGASHIHAMA],
    subject="特別徴収税額通知（電子データ）受領のご報告",
    body="""東浜市 市民税課 特別徴収係 御中

いつもお世話になっております。
日の出産業株式会社 人事部給与課の坂東と申します。

eLTAX経由で送付いただいた令和8年度の特別徴収税額通知（特別徴収義務者用）について、
無事受領し、内容を確認いたしましたのでご報告いたします。
なお、今後の通知書も引き続き電子データでの受け取りを希望いたします。

ご不明な点がございましたら、下記までご連絡ください。

━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 給与課　坂東 亮
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル6F
TEL：03-5812-4471（代）　FAX：03-5812-4499
━━━━━━━━━━━━━━━━━━━━━━
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary notice to a municipality, only the sender's signature",
)

# 025 — 住宅ローン控除 対象者一覧（DOCX 表）
_tbl025 = [["氏名", "居住用家屋の所在地", "居住開始年月日", "年末残高", "控除額", "区分"]]
for i, start, bal, cred, kind in ((0, "2019/03/20", "28,460,000", "284,600", "一般"),
                                  (2, "2016/10/01", "19,212,000", "192,120", "一般"),
                                  (6, "2024/04/05", "34,880,000", "244,160", "認定長期優良"),
                                  (12, "2021/07/15", "31,005,000", "217,035", "一般"),
                                  (18, "2022/12/09", "25,730,000", "180,110", "ZEH水準"),
                                  (20, "2023/02/27", "38,940,000", "272,580", "認定低炭素"),
                                  (24, "2015/05/30", "11,674,000", "116,740", "一般")):
    no, name, kana, dob, zp, addr, tel = EMP[i]
    _tbl025.append([name, addr, start, bal, cred, kind])
add(
    charset="utf-8", sender=YAMAUCHI, to=[ASAHINA],
    subject="住宅借入金等特別控除 対象者一覧（二次チェック用）",
    body=f"""朝比奈先生

お世話になっております。日の出産業の山内です。
住宅ローン控除の二次チェック分として、対象者7名の一覧をWordでお送りします。
2年目以降の方のみで、初年度の方は確定申告のため含めておりません。
控除額は残高証明書と申告書の記載から当方で算出したものです。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "docx", "name": "住宅ローン控除_対象者一覧.docx", "page_header": "日の出産業株式会社 人事部給与課",
                  "paragraphs": ["令和8年分 住宅借入金等特別控除 対象者一覧", "（年末調整分・2年目以降）"],
                  "tables": [_tbl025]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="DOCX table of 7 employees' home addresses and loan balances to the tax accountant",
)

# 026 — 中途入社4名（4名なので警告まで）
add(
    charset="shift_jis", sender=BANDO, to=[NONOMURA],
    subject="中途入社者の前職源泉徴収票の状況（4名）",
    body=f"""野々村様

お世話になっております。坂東です。
本年中途入社の方の前職分源泉徴収票の回収状況です。

・小野寺 瑞穂（1990/11/03生）　前職：株式会社ミナト商会　　回収済
・栗花落 悠斗（1998/01/17生）　前職：有限会社サクラ設計　　回収済
・日下部 隼人（1996/10/28生）　前職：合同会社ルミナ　　　　未回収（12/4見込み）
・袴田 悠真（1999/06/02生）　　前職：なし（新卒後初職）　　対象外

日下部さんの分は届き次第お送りします。
{SIG_BANDO}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="only 4 people's records (names, birth dates): below the list threshold, may be warned",
)

# 027 — 身元確認書類（運転免許証番号）
add(
    charset="utf-8", sender=SEKIGUCHI, to=[KATAGIRI],
    subject="個人番号の身元確認について（日下部さん）",
    body=f"""片桐様

お世話になっております。日の出産業の関口です。
ご依頼のあった、日下部隼人さん（社員番号H11867）の身元確認書類の情報です。
マイナンバーカードを紛失中とのことで、通知カード＋運転免許証で確認しました。

　確認書類：運転免許証
　免許証番号：第 3019 4487 2261 号
　有効期限：令和11年11月28日まで

写しの送付が必要でしたら、郵送にてお送りいたします。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME"], detectors=["personal_data"],
    note="an employee's driver's licence number sent to the bureau",
)

# 028 — 件名とヘッダに【社外秘】
add(
    charset="iso-2022-jp", sender=MIYAKE, to=[ASAHINA],
    subject="【社外秘】給与規程改定案（年末調整の精算方法）",
    body=f"""朝比奈先生

いつもお世話になっております。日の出産業の三宅です。
来年4月施行予定の給与規程の改定案のうち、年末調整の過不足精算に関する条項を
抜粋してお送りします。税務上の問題がないかご確認いただけますと幸いです。

特に、退職者の還付金の取扱い（第28条の2）についてご意見をいただきたく存じます。
{SIG_MIYAKE}""",
    attachments=[{"kind": "docx", "name": "給与規程改定案_抜粋.docx", "page_header": "社外秘", "title": "給与規程 改定案",
                  "paragraphs": ["給与規程 改定案（抜粋）",
                                 "第28条（年末調整）会社は、毎年最後に給与を支払う際に年末調整を行う。",
                                 "第28条の2（過不足額の精算）年末調整による過納額は12月支給の給与で還付する。"
                                 "ただし、退職者については翌年1月末までに指定口座へ振り込む。",
                                 "第29条（住民税）住民税は特別徴収とし、毎月の給与から控除する。"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="【社外秘】 in the subject and as the document header, sent outside",
)

# 029 — タブ区切り：住宅ローン控除 申告者
_rows029 = []
for i, start, bal in ((1, "2020/08/01", "22,410,552"), (3, "2017/03/31", "9,880,300"),
                      (9, "2023/09/10", "41,200,000"), (13, "2024/11/02", "29,774,118"),
                      (15, "2018/06/20", "16,005,743"), (21, "2021/01/15", "18,350,000"),
                      (26, "2025/03/28", "35,512,900")):
    no, name, kana, dob, zp, addr, tel = EMP[i]
    _rows029.append(f"{no}\t{name}\t〒{zp} {addr}\t{start}\t{bal}")
add(
    charset="shift_jis", sender=SEKIGUCHI, to=[NONOMURA],
    subject="住宅ローン控除申告者（貼り付けデータ）",
    body="""野々村様

お世話になっております。関口です。
Excelから貼り付けで失礼します。住宅借入金等特別控除申告書の提出者7名です。

社員番号\t氏名\t住所\t居住開始日\t年末残高
""" + "\n".join(_rows029) + f"""

残高証明書の写しはスキャンして別途お送りします。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="tab-separated list of 7 employees with home addresses and loan balances",
)

# 030 — 返信：-----Original Message----- 以下に相手の表
add(
    charset="utf-8", sender=YAMAUCHI, to=[KUDO],
    subject="RE: 生命保険料控除額の不一致について",
    body=f"""工藤様

ご指摘ありがとうございました。
ご指摘の6名とも、申告書の「新・旧」区分の転記誤りでしたので、
システム上で修正いたしました。再計算後の結果は明日お送りします。

山内

-----Original Message-----
From: 工藤 真帆 <kudo.maho@asahina-kaikei.jp>
Sent: Tuesday, December 8, 2026 10:12 AM
To: 山内 由香 <yamauchi.yuka@hinode-sangyo.co.jp>
Subject: 生命保険料控除額の不一致について

日の出産業 山内様

二次チェックの結果、以下の方で控除証明書と申告額が一致しませんでした。

氏名          生年月日     証明書額   申告額
相馬 直樹     1983/04/02   84,000    48,000
鬼塚 真理子   1969/02/27   36,500    63,500
百目鬼 健太   1992/05/30   22,800    28,200
金城 美咲     1985/06/06   61,000    16,000
漆原 智恵     1977/05/16   44,200    42,400
羽生田 剛     1971/11/29   98,000    89,000

ご確認をお願いいたします。
工藤
""",
    expect="pass", entities=[], detectors=[],
    note="the 6-person table is only in the quoted Original Message from the recipient",
)

# 031 — 「・」箇条書き：前職源泉 未提出者の個人連絡先
add(
    charset="iso-2022-jp", sender=BANDO, to=[TSUBASA_DESK],
    subject="前職源泉徴収票 未提出者の連絡先（直接ご連絡のお願い）",
    body=f"""年調デスク ご担当者様

お世話になっております。日の出産業の坂東です。
前職の源泉徴収票が未提出の以下5名について、貴社コールセンターから
直接ご連絡いただく件、本人の了承が取れましたので連絡先をお知らせします。
日中は電話に出られない方が多いため、メールを優先してください。

・鳴海 あかね　　携帯 090-5512-3087　　akane.narumi@icloud.com
・城之内 純一　　携帯 080-2276-9104　　j.jonouchi1979@gmail.com
・舟橋 莉子　　　携帯 070-3318-6625　　riko_funahashi@yahoo.co.jp
・轟 大和　　　　携帯 090-8841-0273　　yamato.todoroki@outlook.jp
・沖田 玲奈　　　携帯 080-6690-4418　　rena.okita.0309@docomo.ne.jp

よろしくお願いいたします。
{SIG_BANDO}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="bulleted list of 5 employees' private mobiles and e-mail addresses",
)

# 032 — 社内宛てのつもりが hinode-sangyo.jp（co. 抜け）
_rows032 = [["年末調整 過不足額一覧（12月給与精算分）"],
            ["社員番号", "氏名", "所属", "生年月日", "過不足額", "振込先", "口座番号"]]
for i, dept, diff, bank, acct in ((0, "営業一部", -12400, "みどり銀行 日本橋支店 普通", "4418702"),
                                  (4, "営業一部", -3200, "つばめ信用金庫 王子支店 普通", "0093316"),
                                  (7, "総務部", -38750, "みどり銀行 越谷支店 普通", "2207714"),
                                  (10, "物流部", 4200, "ゆうちょ銀行 〇一八店 普通", "3381029"),
                                  (14, "経理部", -6100, "みどり銀行 千葉支店 普通", "1170448"),
                                  (17, "営業二部", -51200, "はまかぜ銀行 センター南支店 普通", "6620915"),
                                  (22, "経理部", -9800, "みどり銀行 川崎支店 普通", "5094381"),
                                  (25, "総務部", 12600, "さきたま銀行 大宮支店 普通", "7716204")):
    no, name, kana, dob, *_ = EMP[i]
    _rows032.append([no, name, dept, ymd(dob), diff, bank, acct])
add(
    charset="utf-8", sender=BANDO, to=["吉成 智子 <yoshinari.tomoko@hinode-sangyo.jp>"],
    subject="年調 過不足額一覧（12月給与 精算分）",
    body=f"""吉成さん

お疲れさまです。給与課の坂東です。
12月給与で精算する年調の過不足額一覧を送ります。資金繰り表への反映をお願いします。
（還付はマイナス表示です）
{SIG_BANDO}""",
    attachments=[{"kind": "xlsx", "name": "年調過不足一覧_12月.xlsx", "sheets": {"過不足": _rows032}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for an internal colleague, but hinode-sangyo.jp (dropped co.) is an external look-alike",
)

# 033 — 2社（委託先と税理士）での打合せ調整
add(
    charset="shift_jis", sender=MIYAKE, to=[NONOMURA], cc=[KUDO],
    subject="年末調整キックオフ打合せの日程調整",
    body=f"""ツバサシステム 野々村様
税理士法人朝比奈会計 工藤様

いつもお世話になっております。日の出産業の三宅です。
今年も三者でのキックオフ打合せをお願いしたく、候補日をお送りします。

　① 10月20日（火）10:00〜11:00
　② 10月21日（水）15:00〜16:00
　③ 10月23日（金）13:30〜14:30

Teams での開催を予定しております。ご都合のよい日時をご返信ください。
{SIG_MIYAKE}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way meeting mail",
)

# 034 — 在留カード番号（外国籍社員の国外居住親族）
add(
    charset="utf-8", sender=SEKIGUCHI, to=[KATAGIRI],
    subject="国外居住親族の扶養控除（グエンさん）確認書類について",
    body=f"""片桐様

お世話になっております。日の出産業の関口です。
ベトナム国籍の社員、グエン・ティ・ラン（NGUYEN THI LAN、社員番号H12512）さんの
国外居住親族に係る扶養控除について、書類がそろいましたのでご報告します。

　本人 在留カード番号：UH48207315FQ（在留期限 2028/03/14）
　扶養親族①　父　NGUYEN VAN HUNG　1961年2月8日生　ハノイ市在住
　扶養親族②　母　TRAN THI MAI　　1964年9月21日生　ハノイ市在住
　親族関係書類：出生証明書（翻訳文付）
　送金関係書類：外国送金依頼書の控え（年3回、計48万円）

書類一式のコピーは本日郵送します。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a residence card number and the dependants' birth dates sent to the bureau",
)

# 035 — 1人1ブロック：退職者の送付先
_blocks035 = []
for n, (name, kana, out, zp, addr, tel) in enumerate((
        ("鷲尾 博文", "ワシオ ヒロフミ", "2026年3月31日", "311-4141", "茨城県水戸市赤塚1-1902-3", "090-6218-3341"),
        ("大庭 千夏", "オオバ チナツ", "2026年5月20日", "238-0008", "神奈川県横須賀市大滝町2-15-4", "080-4415-7730"),
        ("早乙女 恭子", "サオトメ キョウコ", "2026年6月30日", "400-0031", "山梨県甲府市丸の内3-28-1-402", "090-1177-5902"),
        ("砂川 拓", "スナガワ タク", "2026年8月31日", "260-0028", "千葉県千葉市中央区新町18-14", "080-9920-1182"),
        ("氏家 昌平", "ウジイエ ショウヘイ", "2026年10月15日", "980-0021", "宮城県仙台市青葉区中央4-2-25", "022-224-7163")), 1):
    _blocks035.append(f"""【{n}】
　氏名　　：{name}（{kana}）
　退職日　：{out}
　送付先　：〒{zp}
　　　　　　{addr}
　電話　　：{tel}""")
add(
    charset="iso-2022-jp", sender=YAMAUCHI, to=[NONOMURA],
    subject="退職者 源泉徴収票の送付先（住所変更のあった方）",
    body="""野々村様

お世話になっております。山内です。
退職者のうち、退職後に住所変更の連絡があった方の送付先です。
源泉徴収票の宛名データの修正をお願いいたします。

""" + "\n\n".join(_blocks035) + f"""

以上5名です。
{SIG_YAMAUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one block per person: 5 former employees' home addresses and phones",
)

# 036 — 拠点別の納品先（事業所の住所・代表電話）
add(
    charset="shift_jis", sender=BANDO, to=[NOTO],
    subject="源泉徴収票（在職者分）拠点別の納品先について",
    body=f"""錦印刷株式会社 能登様

お世話になっております。日の出産業の坂東です。
在職者分の源泉徴収票（封入済）の納品先をお知らせします。
各拠点の総務担当あてにお届けください。

拠点            住所                                          電話            部数
--------------  --------------------------------------------  --------------  ----
本社            〒103-0027 東京都中央区日本橋2-14-9 日の出ビル  03-5812-4470     412
大阪支店        〒530-0001 大阪府大阪市北区梅田1-11-4 9F        06-6345-2281     126
名古屋営業所    〒450-0002 愛知県名古屋市中村区名駅3-20-7       052-583-1140      58
福岡営業所      〒812-0011 福岡県福岡市博多区博多駅前2-6-1      092-471-3326      37
仙台営業所      〒980-0811 宮城県仙台市青葉区一番町1-9-2        022-262-5508      24

納品日は12月21日（月）午前着でお願いいたします。
{SIG_BANDO}""",
    expect="pass", entities=[], detectors=[],
    note="list of the company's own offices (business addresses and switchboards)",
)

# 037 — 壊れた XLSX
add(
    charset="utf-8", sender=BANDO, to=[NONOMURA],
    subject="年調データ（最終版）の再送",
    body=f"""野々村様

お世話になっております。坂東です。
先ほどのファイルが開けないとのことでしたので、再保存したものをお送りします。
こちらでも開けない場合はお電話ください。
{SIG_BANDO}""",
    attachments=[{"kind": "corrupt", "name": "年調データ_最終版.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

# 038 — 氏名と提出状況だけの一覧（判断が分かれる）
_rows038 = "\n".join(f"{EMP[i][0]}  {EMP[i][1]:<8}  {dept:<10}  {st}" for i, dept, st in (
    (2, "物流部", "未提出"), (4, "営業一部", "不備（署名なし）"), (8, "情報システム部", "未提出"),
    (11, "営業二部", "不備（証明書なし）"), (16, "営業二部", "未提出"), (19, "総務部", "未提出"),
    (22, "経理部", "不備（続柄未記入）"), (25, "総務部", "未提出")))
add(
    charset="utf-8", sender=SEKIGUCHI, to=[TSUBASA_DESK],
    subject="督促対象者（12/2時点）",
    body=f"""年調デスク ご担当者様

関口です。12/2時点の督促対象者です。社内でも声かけしています。

{_rows038}

以上8名、よろしくお願いします。
{SIG_SEKIGUCHI}""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="8 names with employee number, department and filing status only: no contact data, list or not is arguable",
)

# 039 — 非暗号化 ZIP の中に UTF-8 CSV（扶養親族）
_csv039 = [["社員番号", "扶養親族氏名", "フリガナ", "続柄", "生年月日", "同居区分", "所得見積額"],
           ["H10231", "相馬 ひかり", "ソウマ ヒカリ", "長女", "2012-07-30", "同居", "0"],
           ["H10231", "相馬 陽向", "ソウマ ヒナタ", "長男", "2023-06-14", "同居", "0"],
           ["H10512", "勅使河原 正子", "テシガワラ マサコ", "妻", "1978-02-03", "同居", "960000"],
           ["H10512", "勅使河原 遼", "テシガワラ リョウ", "長男", "2006-05-12", "別居（就学）", "210000"],
           ["H11519", "八木橋 蒼", "ヤギハシ アオ", "二男", "2007-08-27", "同居", "0"],
           ["H11688", "長谷部 勝利", "ハセベ カツトシ", "父", "1947-12-05", "同居", "1100000"],
           ["H12289", "左近 颯太", "サコン ソウタ", "長男", "2010-01-19", "同居", "0"],
           ["H12450", "設楽 未来", "シタラ ミク", "妻", "1991-03-22", "同居", "0"]]
add(
    charset="iso-2022-jp", sender=BANDO, to=[NONOMURA],
    subject="扶養親族データ（取込用）",
    body=f"""野々村様

お世話になっております。坂東です。
扶養親族の取込用データをZIPにまとめてお送りします（UTF-8のCSVです）。
{SIG_BANDO}""",
    attachments=[{"kind": "zip", "name": "fuyo_shinzoku_20261203.zip",
                  "files": [{"kind": "csv", "name": "fuyo_shinzoku.csv", "encoding": "utf-8", "rows": _csv039},
                            {"kind": "txt", "name": "readme.txt", "text": "取込レイアウト：年調取込_v3 扶養親族\n文字コード：UTF-8\n"}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="ZIP (not encrypted) holding a CSV of 8 dependants with birth dates",
)

# 040 — 社内：配偶者の精神障害者保健福祉手帳
add(
    charset="shift_jis", sender=SEKIGUCHI, to=[MIYAKE],
    subject="障害者控除の申告（金城さん）",
    body=f"""三宅課長

お疲れさまです。関口です。
金城美咲さん（H11402）から、配偶者の金城亮さんについて
精神障害者保健福祉手帳2級の交付を受けたとして障害者控除の申告がありました。
配偶者は所得48万円以下のため同一生計配偶者として障害者控除の対象になります。

本人から「委託先には必要最小限で」との要望がありましたので、
ツバサシステムへは区分コードのみ連携し、手帳の写しは社内保管とします。
問題なければこの方針で進めます。
{SIG_SEKIGUCHI}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a named spouse's mental disability, but the mail stays internal",
)

# ============================================================================ 041-060

# 041 — スケジュール表（XLSX）に「社外秘」ヘッダ
add(
    charset="iso-2022-jp", sender=YAMAUCHI, to=[KATAGIRI],
    subject="年調 作業分担表（最新版）",
    body=f"""片桐様

お世話になっております。山内です。
作業分担表を更新しましたので添付します。
変更箇所は黄色セルです。ご確認ください。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "xlsx", "name": "年調作業分担表_v4.xlsx", "page_header": "社外秘",
                  "sheets": {"分担表": [["【社外秘】令和8年分 年末調整 作業分担表"],
                                        ["工程", "日の出産業", "ツバサシステム", "朝比奈会計", "期限"],
                                        ["申告書配付", "○", "", "", "11/4"],
                                        ["回収・一次チェック", "○", "", "", "11/27"],
                                        ["データ入力", "", "○", "", "12/4"],
                                        ["年調計算", "", "○", "", "12/11"],
                                        ["二次チェック", "", "", "○", "12/15"],
                                        ["精算・源泉徴収票発行", "○", "○", "", "12/25"]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="workbook stamped 社外秘 (header and title) sent to the bureau",
)

# 042 — 英文：海外赴任者の年末調整スケジュール（免責文つき）
add(
    charset="utf-8", sender=YAMAUCHI, to=[LINDQVIST],
    subject="Year-end adjustment 2026 - timeline for assignees",
    body=f"""Dear Erik,

Thank you for your support as always.

As discussed last week, here is our timeline for the Japanese year-end adjustment
(nenmatsu chosei) this year, so that you can align the tax equalization calculations
for our assignees:

- Nov 27: employees submit their dependant and insurance declarations
- Dec 11: preliminary results from our payroll bureau
- Dec 18: we send you the final taxable income per assignee (via your secure portal)
- Dec 25: settlement in the December payroll

Please let me know if the portal upload on Dec 18 works for your team.

Best regards,
{SIG_EN}{DISCLAIMER_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="English business mail with the standard disclaimer; no personal data",
)

# 043 — 英文：海外赴任者5名の旅券番号・生年月日・日本の住所
_rows043 = []
for name, dob, pp, addr, dep in (
        ("Kenta Domeki", "1992-05-30", "TR4471820", "2-38-5 Kamikashiwada, Ushiku-shi, Ibaraki", "2026-04-01"),
        ("Mariko Onitsuka", "1969-02-27", "TZ1905537", "1-29-6 Kichijoji Honcho, Musashino-shi, Tokyo", "2026-07-16"),
        ("Ryosuke Tsukumo", "1984-07-04", "TK8830261", "3-5-8 Chuo, Chuo-ku, Chiba-shi, Chiba", "2026-09-01"),
        ("Chie Urushibara", "1977-05-16", "MU2264019", "2-4-30 Honcho, Kawaguchi-shi, Saitama", "2026-10-01"),
        ("Takumi Ichinose", "1986-01-23", "TS5017748", "6-2-19 Kashiwa, Kashiwa-shi, Chiba", "2026-11-16")):
    _rows043.append(f"{name:<18} {dob:<11} {pp:<10} {dep:<11} {addr}")
add(
    charset="utf-8", sender=YAMAUCHI, to=[LINDQVIST],
    subject="Assignee data for non-resident status review",
    body=f"""Dear Erik,

For the non-resident status review, please find below the five employees who left
Japan on assignment this year. Their last Japanese address is the one on their
residence record before departure.

Name               DOB         Passport   Departure   Last address in Japan
-----------------  ----------  ---------  ----------  ------------------------------------------
""" + "\n".join(_rows043) + f"""

Could you confirm by Dec 4 whether any of them should still be treated as resident
for the year-end adjustment?

Best regards,
{SIG_EN}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="English table of 5 assignees with passport numbers, birth dates and addresses",
)

# 044 — 発注書（単価・発注番号・登録番号）
add(
    charset="iso-2022-jp", sender=MIYAKE, to=[KATAGIRI],
    subject="年末調整代行業務 発注書（PO-2026-1187）",
    body=f"""株式会社ツバサシステム
給与アウトソーシング事業部 片桐様

いつもお世話になっております。日の出産業の三宅です。
お見積りいただいた内容で、下記のとおり発注いたします。

　発注番号　：PO-2026-1187
　件名　　　：令和8年分 年末調整代行業務
　単価　　　：1名あたり 1,350円（税抜）×　690名
　オプション：源泉徴収票 電子交付　1名あたり 120円（税抜）
　　　　　　　給与支払報告書 eLTAX提出代行　一式 45,000円（税抜）
　合計　　　：1,021,800円（税抜）
　貴社登録番号：T{TSUBASA_CORP_NO}

請求書は12月末締め、翌月末払いでお願いいたします。
{SIG_MIYAKE}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="purchase order: prices, PO number and the vendor's T-number, no personal data",
)

# 045 — DV 被害による支援措置（市役所へ）
add(
    charset="shift_jis", sender=SEKIGUCHI, to=[HIGASHIHAMA],
    subject="特別徴収税額決定通知書の取扱いについてのお願い",
    body=f"""東浜市 市民税課 特別徴収係 御中

いつもお世話になっております。日の出産業株式会社 人事部の関口と申します。

当社社員の南雲里美（ナグモ サトミ、昭和49年9月14日生）について、
配偶者からのDV被害により住民基本台帳の支援措置を受けている旨、本人から申出がありました。
貴市から当社あての特別徴収税額決定通知書について、住所欄を記載しない様式での
送付をお願いできますでしょうか。本人からも貴市窓口へご相談済みとのことです。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's status as a crime (domestic violence) victim sent outside",
)

# 046 — 健康保険証の記号・番号（被扶養者認定）
add(
    charset="utf-8", sender=BANDO, to=[NONOMURA],
    subject="被扶養者異動と配偶者控除の連動について（百目鬼さん）",
    body=f"""野々村様

お世話になっております。坂東です。
百目鬼健太さん（H11190）が9月に婚姻され、配偶者を健保の被扶養者に追加しました。
年調の配偶者控除とあわせて登録をお願いします。

　被保険者証　記号：4127　番号：886
　被扶養者　　百目鬼 由依（ドウメキ ユイ）平成4年10月2日生　続柄：妻
　認定日　　　2026年9月18日

配偶者の本年の給与収入見込みは98万円とのことです。
{SIG_BANDO}""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="health insurance card symbol and number with a spouse's name and birth date",
)

# 047 — 追跡番号（TXT 添付）
add(
    charset="iso-2022-jp", sender=BANDO, to=[NOTO],
    subject="Re: 源泉徴収票 納品の追跡番号",
    body=f"""能登様

早速のご手配ありがとうございます。追跡番号、各拠点に共有いたしました。
福岡営業所分のみ12月22日着になるとのこと、承知しました。

念のため、こちらで拠点別に整理したものを添付しておきます。
{SIG_BANDO}""",
    attachments=[{"kind": "txt", "name": "tracking_20261218.txt", "encoding": "utf-8",
                  "text": "拠点\t運送会社\t追跡番号\t個数\n本社\tヤマビコ運輸\t4402-1187-3356\t3\n"
                          "大阪支店\tヤマビコ運輸\t4402-1187-3367\t1\n名古屋営業所\tヤマビコ運輸\t4402-1187-3371\t1\n"
                          "福岡営業所\tサザン急便\t21-0093-7745\t1\n仙台営業所\tヤマビコ運輸\t4402-1187-3382\t1\n"}],
    expect="pass", entities=[], detectors=[],
    note="tracking numbers per office, no personal data",
)

# 048 — TLD 違い（tsubasa-system.co.jp）、2名分
add(
    charset="shift_jis", sender=SEKIGUCHI, to=["野々村 彩 <nonomura.aya@tsubasa-system.co.jp>"],
    subject="扶養追加 2名分（11月婚姻・出生）",
    body=f"""野々村様

お世話になっております。関口です。
11月に異動のあった扶養追加2件です。

1. 蓮見 奈央さん（H12398）　配偶者：蓮見 拓真　1995年12月3日生
2. 一ノ瀬 匠さん（H12110）　二女　：一ノ瀬 栞　2026年11月9日生

いずれも申告書の原本を回収済みです。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["lookalike_domain", "personal_data"],
    note="tsubasa-system.co.jp is the partner tsubasa-system.jp with another TLD",
)

# 049 — HTML のみ：日程表（業務のみ）
add(
    charset="utf-8", sender=YAMAUCHI, to=[NONOMURA], cc=[KATAGIRI],
    subject="12月の作業日程（確定版）",
    html="""<html><body>
<p>野々村様、片桐様</p>
<p>お世話になっております。日の出産業の山内です。<br>12月の作業日程が確定しましたのでお知らせします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>日付</th><th>作業</th><th>担当</th></tr>
<tr><td>12/4（金）</td><td>申告データ・原本の引き渡し</td><td>日の出産業</td></tr>
<tr><td>12/11（金）</td><td>年調計算結果（速報）</td><td>ツバサシステム</td></tr>
<tr><td>12/15（火）</td><td>二次チェック結果の反映</td><td>ツバサシステム</td></tr>
<tr><td>12/18（金）</td><td>給与データ確定</td><td>日の出産業</td></tr>
<tr><td>12/25（金）</td><td>12月給与支給・過不足精算</td><td>―</td></tr>
</table>
<p>以上、よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部給与課 山内<br>TEL 03-5812-4471</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML-only schedule table, business content only",
)

# 050 — PPTX：差し戻し対象者（架電用）
add(
    charset="iso-2022-jp", sender=SEKIGUCHI, to=[TSUBASA_DESK],
    subject="差し戻し対象者の架電リスト（スライド）",
    body=f"""年調デスク ご担当者様

関口です。朝会で使った差し戻し対象者のスライドをそのままお送りします。
2枚目・3枚目が架電対象です。不備内容もあわせて記載しています。
{SIG_SEKIGUCHI}""",
    attachments=[{"kind": "pptx", "name": "差し戻し対象者_1202.pptx",
                  "slides": [["年調申告書 差し戻し状況", "回収 648/690名", "差し戻し 23名（うち架電対象 7名）"],
                             ["架電対象（1/2）",
                              "五十嵐 沙織（営業二部）090-2260-7719 / saori.igarashi.87@gmail.com：生命保険 証明書添付漏れ",
                              "四方田 翔（営業一部）080-9035-6641 / sho.yomoda@icloud.com：扶養親族の所得未記入",
                              "御手洗 葵（営業二部）080-3379-9012 / aoi.mitarai325@yahoo.co.jp：署名漏れ",
                              "芦田 千尋（経理部）080-2041-6358 / chihiro.ashida@outlook.jp：地震保険 旧長期区分誤り"],
                             ["架電対象（2/2）",
                              "雲母 理沙（総務部）070-3307-5582 / risa.kirara@gmail.com：住宅ローン 残高証明書なし",
                              "宍戸 康平（物流部）090-6621-8804 / k.shishido1201@docomo.ne.jp：同居老親の区分確認",
                              "設楽 和也（情報システム部）090-1430-9968 / kazuya.shitara@gmail.com：配偶者の所得見積誤り"]]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="PPTX slides listing 7 employees' private mobiles and e-mail addresses",
)

# 051 — 「社外秘」表記を外した版を送る旨（言及のみ）
add(
    charset="utf-8", sender=YAMAUCHI, to=[NONOMURA],
    subject="社員向け 年調FAQ（貴社コールセンター用）",
    body=f"""野々村様

お世話になっております。山内です。
社員向けに配付した年末調整FAQを、貴社コールセンターでもご利用いただけるよう
お送りします。社内版についていた「社外秘」の表記は外し、社内の内線番号など
貴社には不要な部分を削除した版になっています。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "pdf", "name": "年調FAQ_2026_外部共有版.pdf", "title": "年末調整FAQ",
                  "lines": ["令和8年分 年末調整 よくある質問", "",
                            "Q1. 扶養控除等申告書は毎年提出が必要ですか？",
                            "A1. はい。異動がなくても毎年提出してください。",
                            "Q2. 保険料控除証明書を紛失しました。",
                            "A2. 各保険会社に再発行を依頼してください。電子証明書（XML）も利用できます。",
                            "Q3. 配偶者の所得の見積額がわかりません。",
                            "A3. 給与収入のみの場合、収入から給与所得控除額を差し引いた額を記入します。",
                            "Q4. 年の途中で結婚しました。",
                            "A4. 12月31日時点の状況で判定します。異動申告書を提出してください。"]}],
    expect="pass", entities=[], detectors=[],
    note="mentions removing the 社外秘 label; the attached FAQ carries no marking and no personal data",
)

# 052 — 退職者の gmail へパスワード付き PDF
add(
    charset="shift_jis", sender=YAMAUCHI, to=["栗花落 悠斗 <yuto.tsuyuri98@gmail.com>"],
    subject="源泉徴収票（令和8年分）の送付",
    body=f"""栗花落 様

日の出産業 人事部給与課の山内です。
ご依頼のありました源泉徴収票を、パスワード付きPDFでお送りします。
パスワードはご登録の携帯電話番号（ハイフンなし）です。
原本は後日郵送いたします。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "pdf", "name": "gensen_2026_H11378.pdf", "password": "09044075513",
                  "lines": ["令和8年分 給与所得の源泉徴収票", "支払を受ける者 栗花落 悠斗"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF cannot be inspected (to a free-mail address)",
)

# 053 — FW: 大阪支店からの住所変更者一覧を委託先へ転送
add(
    charset="iso-2022-jp", sender=YAMAUCHI, to=[NONOMURA],
    subject="FW: 大阪支店 住所変更者の件",
    body=f"""野々村様

お世話になっております。山内です。
大阪支店から住所変更者の連絡がありましたので、転送いたします。
住民税の異動届と源泉徴収票の宛名にご反映ください。

---------- 転送メッセージ ----------
From: 堀之内 聡 <horinouchi.satoshi@osaka.hinode-sangyo.co.jp>
Date: 2026年11月24日(火) 17:42
Subject: 大阪支店 住所変更者の件
To: 山内 由香 <yamauchi.yuka@hinode-sangyo.co.jp>

山内さん
大阪支店で今年住所変更のあった5名です。よろしくお願いします。

橘 慎吾　　S53.3.14生　〒564-0051 大阪府吹田市豊津町18-7-503
浜口 佳奈　H1.10.5生　 〒660-0881 兵庫県尼崎市昭和通3-96
猪俣 隆　　S41.12.22生 〒590-0077 大阪府堺市堺区中瓦町1-2-10
阪本 えりか H6.7.31生　〒573-0032 大阪府枚方市岡東町12-3-1208
西條 修平　S60.2.11生　〒602-8044 京都府京都市上京区下立売通油小路東入西大路町146

堀之内
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="forward of an internal mail listing 5 employees' new addresses and birth dates: new to the bureau",
)

# 054 — 勉強会の参加者3名（当日連絡用の携帯）
add(
    charset="utf-8", sender=MIYAKE, to=[KUDO],
    subject="年調勉強会 参加者のご連絡",
    body=f"""工藤様

お世話になっております。三宅です。
11月12日の勉強会には、当社から以下の3名が伺います。
当日何かございましたら、各自の携帯にご連絡ください。

　山内 由香　090-4128-7730
　坂東 亮　　080-3361-2094
　関口 梢　　070-5527-8813

どうぞよろしくお願いいたします。
{SIG_MIYAKE}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees with mobile numbers: fewer than five people, may be warned",
)

# 055 — 委託先・税理士・銀行の3社を To/Cc に
add(
    charset="utf-8", sender=MIYAKE, to=[NONOMURA], cc=[KUDO, SUDO],
    subject="提携住宅ローンの年末残高データ連携について（打合せのお願い）",
    body=f"""ツバサシステム 野々村様
朝比奈会計 工藤様
みどり銀行 須藤様

いつもお世話になっております。日の出産業の三宅です。
提携住宅ローン利用者の年末残高を、来年からデータで直接連携できないかという件で、
一度四者でお打合せの機会をいただきたく存じます。

候補：11月17日（火）15時〜／11月19日（木）10時〜
場所：当社8F会議室（オンライン参加可）

ご都合をお知らせいただけますと幸いです。
{SIG_MIYAKE}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To/Cc",
)

# 056 — 英文返信：引用部（On ... wrote:）にだけ表
add(
    charset="utf-8", sender=YAMAUCHI, to=[LINDQVIST],
    subject="Re: Hypothetical tax figures - please confirm",
    body=f"""Hi Erik,

Thanks. All five figures match our payroll records, so please go ahead and
finalize the equalization statements.

Best,
Yuka

On Thu, Dec 10, 2026 at 4:21 PM Erik Lindqvist <erik.lindqvist@lptax-advisors.com> wrote:
> Dear Yuka,
>
> Please confirm the hypothetical tax for the following assignees:
>
> Kenta Domeki       DOB 1992-05-30   JPY 412,300
> Mariko Onitsuka    DOB 1969-02-27   JPY 1,208,900
> Ryosuke Tsukumo    DOB 1984-07-04   JPY 655,100
> Chie Urushibara    DOB 1977-05-16   JPY 873,400
> Takumi Ichinose    DOB 1986-01-23   JPY 590,750
>
> Kind regards,
> Erik
""",
    expect="pass", entities=[], detectors=[],
    note="the 5-person table is only quoted from the recipient's own mail",
)

# 057 — DOCX：扶養控除等申告書の転記（本人・配偶者の個人番号）
_mn057a, _mn057b = MN(" "), MN(" ")
add(
    charset="iso-2022-jp", sender=SEKIGUCHI, to=[ASAHINA],
    subject="一ノ瀬さんの申告書（転記版）の確認依頼",
    body=f"""朝比奈先生

お世話になっております。関口です。
先日ご相談した一ノ瀬さんの件、申告書の内容をWordに転記しましたのでお送りします。
配偶者が年の途中で退職しているため、配偶者控除の判定をご確認ください。
{SIG_SEKIGUCHI}""",
    attachments=[{"kind": "docx", "name": "扶養控除等申告書_転記_一ノ瀬.docx",
                  "paragraphs": ["令和8年分 給与所得者の扶養控除等（異動）申告書（転記）"],
                  "tables": [[["区分", "氏名", "個人番号", "生年月日", "住所", "所得見積額"],
                              ["本人", "一ノ瀬 匠", _mn057a, "昭和61年1月23日", "千葉県柏市柏6-2-19", "―"],
                              ["源泉控除対象配偶者", "一ノ瀬 朋美", _mn057b, "昭和62年8月4日", "同上", "380,000円"]]]}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX with the employee's and spouse's My Numbers sent to the tax accountant",
)

# 058 — 社内転送：名古屋営業所の一覧（携帯・生年月日）
add(
    charset="shift_jis", sender=YAMAUCHI, to=[MIYAKE],
    subject="FW: 名古屋営業所 年調書類送付一覧",
    body="""課長

名古屋営業所から届いた送付一覧です。ご参考まで。

山内

---------- Forwarded message ---------
From: 名古屋営業所 総務 <nagoya-soumu@hinode-sangyo.co.jp>
Subject: 名古屋営業所 年調書類送付一覧

本社給与課 御中
本日、以下7名分の申告書を社内便で送付しました。

氏名　　　　生年月日　　携帯
杉浦 隆之　1975/08/02　090-2219-5530
奥平 千里　1988/12/19　080-4471-0382
水野 克也　1992/03/07　070-1164-9927
加藤木 遥　1996/06/25　090-6630-1148
犬飼 正和　1969/10/30　080-5518-2270
野々山 舞　1990/01/11　090-7702-4415
榊原 達郎　1983/04/28　070-3349-6651
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=[],
    note="7-person list forwarded, but only to an internal recipient",
)

# 059 — PDF に「取扱注意」スタンプ（集計値のみ）
add(
    charset="utf-8", sender=YAMAUCHI, to=[KUDO],
    subject="源泉徴収簿 部門別集計（二次チェック用）",
    body=f"""工藤様

お世話になっております。山内です。
源泉徴収簿の部門別集計をPDFでお送りします。個人別の明細は含めていません。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "pdf", "name": "源泉徴収簿_部門別集計.pdf", "page_header": "取扱注意",
                  "title": "源泉徴収簿 部門別集計",
                  "lines": ["【取扱注意】令和8年分 源泉徴収簿 部門別集計", ""],
                  "table": [["部門", "人数", "支給総額", "社会保険料", "年税額", "過不足"],
                            ["営業一部", "118", "612,450,000", "88,120,300", "21,904,100", "-1,204,300"],
                            ["営業二部", "96", "498,310,000", "71,640,900", "17,330,800", "-988,400"],
                            ["物流部", "204", "851,770,000", "122,410,600", "24,118,500", "-1,610,200"],
                            ["管理部門", "272", "1,402,880,000", "201,935,400", "58,772,900", "-2,330,700"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDF stamped 取扱注意 sent to the tax accountant (aggregates only)",
)

# 060 — 退職者1名の転居先（1名：警告まで）
add(
    charset="iso-2022-jp", sender=BANDO, to=[KATAGIRI],
    subject="退職者の送付先変更（芦田さん）",
    body=f"""片桐様

お世話になっております。坂東です。
10月末退職の芦田千尋さんから転居の連絡がありましたので、
源泉徴収票の送付先を以下に変更願います。

　芦田 千尋 様
　〒231-0023 神奈川県横浜市中区山下町27-4 山下町ハイツ802
　TEL 080-2041-6358
{SIG_BANDO}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one former employee's new address: a single person's record, may be warned",
)

# ============================================================================ 061-080

# 061 — XLS（旧形式）：給与所得者異動届出書（市役所へ）
_rows061 = [["給与所得者異動届出書（一括）　特別徴収義務者：日の出産業株式会社"],
            ["宛名番号", "氏名", "フリガナ", "生年月日", "住所", "異動年月日", "異動事由", "未徴収税額"]]
for row in (("0041187", "猪俣 隆", "イノマタ タカシ", "1966/12/22", "北見沢市中央5-12-3", "2026/10/31", "退職", 84000),
            ("0093315", "茅野 由紀夫", "カヤノ ユキオ", "1958/04/30", "北見沢市南町2-7-18", "2026/09/30", "退職", 61500),
            ("0102276", "仁科 勇", "ニシナ イサム", "1961/08/11", "北見沢市大字新田1304", "2026/08/31", "退職", 42000),
            ("0118840", "鳥海 彩花", "トリウミ アヤカ", "1997/11/02", "北見沢市東口1-4-9-305", "2026/10/15", "転勤（普通徴収へ）", 18300),
            ("0120931", "的場 美由紀", "マトバ ミユキ", "1984/03/27", "北見沢市本町3-22-1", "2026/11/30", "退職", 29700),
            ("0135572", "大庭 千夏", "オオバ チナツ", "1990/06/14", "北見沢市西原6-1-40", "2026/05/20", "退職", 55800)):
    _rows061.append(list(row))
add(
    charset="shift_jis", sender=BANDO, to=["北見沢市 市民税課 <shiminzei@city.kitamizawa.lg.jp>"],
    subject="給与所得者異動届出書の提出（日の出産業株式会社）",
    body=f"""北見沢市 税務部 市民税課 御中

いつもお世話になっております。
日の出産業株式会社 人事部給与課の坂東と申します。

先日お電話でご案内いただいたとおり、退職等による給与所得者異動届出書を
一覧形式（Excel）にて提出いたします。対象は6名です。
様式に不足がございましたらご指摘ください。
{SIG_BANDO}""",
    attachments=[{"kind": "xls", "name": "idou_todoke_kitamizawa.xls", "sheets": {"異動届": _rows061}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="legacy XLS with 6 former employees' addresses and birth dates to a municipality",
)

# 062 — 給与振込口座の変更者一覧（本文にカンマ区切り）
add(
    charset="utf-8", sender=SEKIGUCHI, to=[NONOMURA],
    subject="12月給与から 振込口座変更の方（5名）",
    body=f"""野々村様

お世話になっております。関口です。
12月給与（年調精算含む）から振込口座を変更する方の一覧です。

社員番号,氏名,銀行,支店,種目,口座番号,口座名義
H10458,小野寺 瑞穂,みどり銀行,浦和支店,普通,3307415,オノデラ ミズホ
H11002,四方田 翔,つばめ信用金庫,王子支店,普通,0185526,ヨモダ シヨウ
H11620,御手洗 葵,はまかぜ銀行,多摩センター支店,普通,7720093,ミタライ アオイ
H12056,真栄田 さやか,みどり銀行,大森支店,普通,1148306,マエダ サヤカ
H12341,羽生田 剛,ゆうちょ銀行,〇二八店,普通,4401278,ハニユウダ ツヨシ

変更届の原本は社内で保管しております。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="comma-separated list of 5 employees' bank accounts",
)

# 063 — 拠点別の対象人数（集計 CSV）
add(
    charset="iso-2022-jp", sender=BANDO, to=[NONOMURA],
    subject="年調対象人数（拠点別）",
    body=f"""野々村様

坂東です。見積りの前提となる拠点別の年調対象人数をCSVでお送りします。
前年からは全体で12名増です。
{SIG_BANDO}""",
    attachments=[{"kind": "csv", "name": "taisho_ninzu_kyoten.csv", "encoding": "cp932",
                  "rows": [["拠点", "正社員", "契約社員", "パート", "合計", "前年"],
                           ["本社", 298, 61, 53, 412, 405], ["大阪支店", 88, 21, 17, 126, 121],
                           ["名古屋営業所", 41, 9, 8, 58, 57], ["福岡営業所", 25, 6, 6, 37, 36],
                           ["仙台営業所", 16, 4, 4, 24, 23], ["物流センター", 19, 5, 9, 33, 36]]}],
    expect="pass", entities=[], detectors=[],
    note="aggregate head counts per office, no people",
)

# 064 — がん治療（医療費控除の相談）
add(
    charset="iso-2022-jp", sender=YAMAUCHI, to=[KUDO],
    subject="医療費控除に関するご相談（社員からの質問）",
    body=f"""工藤様

お世話になっております。山内です。
社員から質問があり、会社としてどこまで案内すべきかご相談させてください。

漆原智恵さん（経理部）が、今年、乳がんの手術と抗がん剤治療を受けており、
医療費が高額になったため年末調整で医療費控除を受けたいとの申し出がありました。
年末調整では医療費控除ができない旨は伝えていますが、確定申告の際に
高額療養費や傷病手当金の扱いをどうすればよいか聞かれています。
先生の事務所で個別にご相談を受けていただくことは可能でしょうか。
{SIG_YAMAUCHI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's cancer treatment sent to the tax accountant",
)

# 065 — 白川法律事務所の見た目違い（shirakawa-iaw.jp）
add(
    charset="utf-8", sender=MIYAKE, to=["白川 玲子 <shirakawa.reiko@shirakawa-iaw.jp>"],
    subject="債権差押命令を受けた社員の年末調整について",
    body=f"""白川先生

いつもお世話になっております。日の出産業の三宅です。
先日ご相談した給与債権差押命令の件で、年末調整の還付金の扱いについて
追加でご教示いただけますでしょうか。

　債務者（当社社員）：羽生田 剛
　住所：東京都葛飾区東金町3-22-10
　差押債権額：1,842,000円（令和8年（ル）第1183号）

12月給与で還付が発生する見込みで、還付金も差押えの対象になるのか、
第三債務者として供託すべきかを確認させてください。
{SIG_MIYAKE}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-iaw.jp imitates the partner shirakawa-law.jp (l replaced by i)",
)

# 066 — 説明会スライド（個人情報なし）
add(
    charset="shift_jis", sender=YAMAUCHI, to=[ASAHINA],
    subject="年調説明会 資料案のご確認",
    body=f"""朝比奈先生

お世話になっております。山内です。
11月6日の説明会の資料案です。
3枚目の基礎控除の記載に誤りがないかご確認いただけますでしょうか。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "pptx", "name": "年調説明会_資料案.pptx",
                  "slides": [["令和8年分 年末調整 説明会", "日の出産業株式会社 人事部給与課", "税理士法人朝比奈会計"],
                             ["今年のスケジュール", "11/4 申告書配付", "11/27 回収締切", "12/25 精算"],
                             ["主な改正点", "基礎控除の見直し", "特定親族特別控除の創設", "扶養親族の所得要件の引上げ"],
                             ["よくある記入誤り", "配偶者の所得見積額", "保険料の新旧区分", "住宅ローン控除の残高"]]}],
    expect="pass", entities=[], detectors=[],
    note="presentation without personal data",
)

# 067 — 社内メールを .eml 添付で税理士へ（保険料控除の明細）
_inner067 = {
    "charset": "iso-2022-jp", "sender": YOSHINARI, "to": [YAMAUCHI],
    "subject": "団体扱い保険料の控除明細",
    "body": """山内さん

経理の吉成です。団体扱いの生命保険料の年間払込額です。
年調の保険料控除の突合にお使いください。

氏名　　　　　生年月日　　　保険会社　　　　証券番号　　　年間保険料
相馬 直樹　　1983/04/02　　ほしぞら生命　　HZ-4418207　　96,000
勅使河原 浩　1976/07/19　　やまなみ生命　　YN-2209315　　144,000
鬼塚 真理子　1969/02/27　　ほしぞら生命　　HZ-3307741　　72,000
金城 美咲　　1985/06/06　　こもれび生命　　KM-0081526　　60,000
八木橋 誠　　1972/10/09　　やまなみ生命　　YN-2214770　　120,000
長谷部 大輔　1979/11/11　　ほしぞら生命　　HZ-4420019　　84,000
羽生田 剛　　1971/11/29　　ひまわり共済　　HW-7715208　　48,000

吉成
"""}
add(
    charset="iso-2022-jp", sender=YAMAUCHI, to=[KUDO],
    subject="団体扱い保険料の明細（経理からのメール）",
    body=f"""工藤様

お世話になっております。山内です。
団体扱い保険料の明細について、経理から届いたメールをそのまま添付します。
保険料控除の二次チェックの際にご参照ください。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "eml", "name": "団体扱い保険料の控除明細.eml", "message": _inner067}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="attached internal mail (.eml) with 7 employees' birth dates and insurance policies",
)

# 068 — 1家族5人分の扶養控除等申告書（判断が分かれる）
add(
    charset="utf-8", sender=BANDO, to=[KATAGIRI],
    subject="設楽さんの申告内容（扶養親族の確認）",
    body=f"""片桐様

お世話になっております。坂東です。
設楽和也さん（H12450）の申告書の内容です。
長男が16歳になったため一般扶養に変わる点、ご確認ください。

　本人　　設楽 和也　　1989年7月7日生
　妻　　　設楽 未来　　1991年3月22日生（源泉控除対象配偶者）
　長男　　設楽 蓮　　　2010年4月30日生（一般扶養）
　長女　　設楽 芽依　　2014年9月12日生（16歳未満）
　二男　　設楽 律　　　2019年2月1日生（16歳未満）
　住所　　千葉県千葉市中央区新千葉1-7-5（全員同居）
{SIG_BANDO}""",
    expect="either", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="five people, but one household on one declaration to the bureau that processes it: arguably one record",
)

# 069 — 保険会社3社を To に並べた
add(
    charset="shift_jis", sender=YAMAUCHI,
    to=["ほしぞら生命 法人営業部 <houjin@hoshizora-life.co.jp>",
        "やまなみ生命 団体保険課 <dantai@yamanami-seimei.co.jp>",
        "あけぼの損保 企業営業 <kigyo@akebono-sonpo.co.jp>"],
    subject="控除証明書の電子交付（XML）についてのお問い合わせ",
    body=f"""各社 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部給与課の山内でございます。

当社では来年から、年末調整申告をアプリで行うことを検討しております。
つきましては、団体扱い契約の控除証明書について、電子交付（XML形式）への対応状況と、
社員への案内方法をお教えいただけますでしょうか。

11月上旬に社員向け案内を出す予定のため、10月末までにご回答いただけますと幸いです。
{SIG_YAMAUCHI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three insurance companies in To see each other: should have been Bcc",
)

# 070 — 「機密性が高い」と書いているだけ
add(
    charset="utf-8", sender=BANDO, to=[NONOMURA],
    subject="申告書原本の送付方法について",
    body=f"""野々村様

お世話になっております。坂東です。
申告書の原本は個人番号を含む機密性の高い書類ですので、昨年同様
レターパックではなく、簡易書留（2箱）でお送りします。
12月4日着の予定です。受領されましたらご一報ください。

なお、昨年締結した機密保持契約の更新手続きも、法務から別途ご連絡いたします。
{SIG_BANDO}""",
    expect="pass", entities=[], detectors=[],
    note="the words 機密 are mentioned, not stamped; no personal data",
)

# 071 — 旅券番号（留学中の子）
add(
    charset="iso-2022-jp", sender=SEKIGUCHI, to=[KATAGIRI],
    subject="国外居住の扶養親族（留学中）の確認書類",
    body=f"""片桐様

お世話になっております。関口です。
九十九亮介さん（H11755）の長男が9月からカナダに留学しているため、
国外居住親族として扶養控除を継続します。留学ビザの写しで確認しました。

　氏名：九十九 湊（ツクモ ミナト）
　生年月日：平成17年11月27日
　旅券番号：TT6620487
　留学先：University of Manitoba（2026年9月〜）

送金関係書類は12月中に提出予定です。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a dependant's passport number and birth date sent to the bureau",
)

# 072 — 氏名なし（社員番号のみ）の住所変更者一覧
_rows072 = []
for i in (1, 3, 6, 12, 17, 23):
    no, name, kana, dob, zp, addr, tel = EMP[i]
    _rows072.append(f"{no}　{wareki(*dob, 'short'):<10}　〒{zp} {addr}　{zen(tel)}")
add(
    charset="shift_jis", sender=YAMAUCHI, to=[NONOMURA],
    subject="住所変更者（社員番号のみ）",
    body="""野々村様

お世話になっております。山内です。
今年住所変更のあった方の一覧です。氏名は社員番号に置き換えています。

社員番号　生年月日　　新住所　　　　　　　　　　　　　　　　　　　　　　電話
―――――　―――――　―――――――――――――――――――――――――――　―――――――――
""" + "\n".join(_rows072) + f"""

住民税の異動と源泉徴収票の宛名への反映をお願いします。
{SIG_YAMAUCHI}""",
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="6 people's birth dates, home addresses and phones without a name column",
)

# 073 — 返信：「差出人: … 送信日時: …」以下に相手の一覧
add(
    charset="iso-2022-jp", sender=BANDO, to=[NONOMURA],
    subject="RE: 宛名不達で戻った源泉徴収票について",
    body=f"""野々村様

ご連絡ありがとうございます。坂東です。
5名とも社内の人事記録で現住所を確認し、本人にも連絡がつきましたので、
当社から手渡し・再送いたします。貴社での再発送は不要です。

坂東

差出人: 野々村 彩 <nonomura.aya@tsubasa-system.jp>
送信日時: 2026年12月22日 14:05
宛先: 坂東 亮 <bando.ryo@hinode-sangyo.co.jp>
件名: 宛名不達で戻った源泉徴収票について

坂東様
宛所不明で返送された源泉徴収票が5通ございました。
　小野寺 瑞穂　埼玉県さいたま市浦和区高砂2-7-11
　四方田 翔　　東京都北区滝野川6-31-14 コーポ滝野川203
　金城 美咲　　東京都江東区亀戸7-44-2
　日下部 隼人　東京都府中市宮西町1-14-2
　蓮見 奈央　　埼玉県さいたま市大宮区桜木町2-3-41
いかがいたしましょうか。
野々村
""",
    expect="pass", entities=[], detectors=[],
    note="the 5-address list is only in the quoted original from the recipient",
)

# 074 — 英文：DOCX のフッターに CONFIDENTIAL
add(
    charset="utf-8", sender=MIYAKE, to=[LINDQVIST],
    subject="Draft tax equalization policy - for your review",
    body="""Dear Erik,

Attached is the draft of our revised tax equalization policy for assignees.
Section 4 (Japanese year-end adjustment and hypothetical tax) is new; we would
appreciate your comments by the end of the month.

Best regards,

Takayuki Miyake
Manager, Payroll Section, Human Resources Dept.
Hinode Sangyo Co., Ltd.
""",
    attachments=[{"kind": "docx", "name": "Tax_Equalization_Policy_draft_v3.docx",
                  "page_footer": "CONFIDENTIAL - Internal Use Only", "title": "Tax Equalization Policy (draft)",
                  "paragraphs": ["Tax Equalization Policy (Draft v3)",
                                 "1. Purpose. This policy ensures that assignees neither gain nor lose financially "
                                 "from differences in tax between Japan and the host country.",
                                 "4. Year-end adjustment. For assignees treated as residents of Japan, the company "
                                 "performs the year-end adjustment and reflects the result in the hypothetical tax.",
                                 "7. Responsibilities. Payroll Section, HR Dept. administers this policy."]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="document footer CONFIDENTIAL - Internal Use Only, sent to an external adviser",
)

# 075 — システム部門からベンダーへ（業務連絡）
add(
    charset="shift_jis", sender=OSAKO, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="年調モジュール v5.2 適用作業の日程について",
    body="""ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム部の大迫です。
ご案内いただいた給与システム年調モジュール v5.2 の適用について、
当社側の作業日程を以下で予定しております。

　検証環境への適用：10月13日（火）
　本番環境への適用：10月27日（火）19:00〜21:00
　切り戻し判断期限：10月27日（火）22:00

適用手順書の最新版（リリースノート記載の既知の不具合 #2291 の回避手順を含む）を
事前にいただけますでしょうか。

--
日の出産業株式会社 情報システム部
大迫 健
TEL 03-5812-4480（内線3102）
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary IT mail to the correct partner domain",
)

# 076 — 壊れた PDF
add(
    charset="iso-2022-jp", sender=YAMAUCHI, to=[KUDO],
    subject="源泉徴収票（控え）のPDF",
    body=f"""工藤様

お世話になっております。山内です。
ご依頼の源泉徴収票の控えをPDFにしてお送りします。
複合機で変換したため、開けない場合はお知らせください。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "corrupt", "name": "gensen_hikae_20261222.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the PDF is corrupt and cannot be inspected",
)

# 077 — 返信：引用部にだけ要配慮情報
add(
    charset="utf-8", sender=SEKIGUCHI, to=[KUDO],
    subject="Re: 同居特別障害者の判定についてご相談",
    body="""工藤様

早速ご回答いただき、ありがとうございました。
ご教示のとおり、12月31日時点の同居を確認したうえで処理いたします。

関口

> 関口様
>
> お問い合わせの件、12月31日の現況で同居であれば、同居老親等と
> 同居特別障害者の控除を併せて適用して差し支えありません。
>
> > 社員の宍戸康平さんの母、宍戸トシさん（昭和12年4月3日生）が
> > アルツハイマー型認知症で要介護4の認定を受けており、
>
> 認定書の写しは年末調整の書類として保管しておいてください。
> 工藤
""",
    expect="pass", entities=[], detectors=[],
    note="the diagnosis is only in the quoted text of the recipient's reply",
)

# 078 — 社内：パスワード付き PDF（役員分）
add(
    charset="iso-2022-jp", sender=BANDO, to=[SEKIGUCHI],
    subject="役員分 源泉徴収票（PDF）",
    body=f"""関口さん

お疲れさまです。坂東です。
役員分の源泉徴収票をパスワード付きPDFで置いておきます。
パスワードはいつものものです。封入をお願いします。
{SIG_BANDO}""",
    attachments=[{"kind": "pdf", "name": "yakuin_gensen_2026.pdf", "password": "Yk-2026!",
                  "lines": ["令和8年分 給与所得の源泉徴収票（役員）"]}],
    expect="pass", entities=[], detectors=[],
    note="encrypted PDF, but the recipient is internal",
)

# 079 — 全角数字の個人番号（本文）
_mn079 = zen(MN(" "))
add(
    charset="shift_jis", sender=SEKIGUCHI, to=[NONOMURA],
    subject="配偶者の追加（蓮見さん）個人番号のご連絡",
    body=f"""野々村様

お世話になっております。関口です。
先日ご連絡した蓮見奈央さんの配偶者について、個人番号の記載がもれておりました。

　配偶者氏名：蓮見　拓真（ハスミ　タクマ）
　生年月日　：{zen("1995/12/03")}
　個人番号　：{_mn079}

お手数ですが追加登録をお願いいたします。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a spouse's My Number written in full-width digits",
)

# 080 — 記入例（見本）の DOCX
add(
    charset="utf-8", sender=YAMAUCHI, to=[KATAGIRI],
    subject="申告書の記入例（社員配付用）",
    body=f"""片桐様

お世話になっております。山内です。
社員配付用の記入例を作成しました。貴社で作成いただいた手引きと表現が
食い違っていないかご確認いただけますと助かります。
記入例の氏名・番号はすべて架空のものです。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "docx", "name": "記入例_扶養控除等申告書.docx",
                  "paragraphs": ["【記入例】給与所得者の扶養控除等（異動）申告書",
                                 "※この記入例の氏名・番号・住所は架空のものです。",
                                 "個人番号欄：マイナンバーカード（または通知カード）の12桁を記入します。",
                                 "生年月日欄：和暦で記入します（例：昭和〇〇年〇月〇日）。"],
                  "tables": [[["区分", "氏名", "個人番号", "続柄"],
                              ["本人", "日出 太郎（見本）", "XXXX XXXX XXXX", "―"],
                              ["源泉控除対象配偶者", "日出 花子（見本）", "XXXX XXXX XXXX", "妻"]]]}],
    expect="pass", entities=[], detectors=[],
    note="specimen form with placeholder names and masked numbers",
)

# ============================================================================ 081-100

# 081 — マイナンバーの話をしているだけ
add(
    charset="iso-2022-jp", sender=MIYAKE, to=[KATAGIRI],
    subject="来年度からのマイナンバー収集方法の変更について",
    body=f"""片桐様

いつもお世話になっております。三宅です。
来年度から、扶養親族のマイナンバーを紙の申告書ではなく、年調アプリ上で
直接入力してもらう方式に切り替えたいと考えております。

・貴社システムでの個人番号の保管区画と、アクセスログの保管期間
・アプリ入力時の番号確認（チェックデジット検証）の有無
・番号の廃棄（退職後7年経過分）の運用

以上3点について、次回の定例でご説明いただけますでしょうか。
{SIG_MIYAKE}""",
    expect="pass", entities=[], detectors=[],
    note="talks about My Number handling, carries no number",
)

# 082 — みどり銀行の「.」を「-」に（midori-ginko-co.jp）
add(
    charset="utf-8", sender=SEKIGUCHI, to=["須藤 健二 <sudo.kenji@midori-ginko-co.jp>"],
    subject="提携ローン 年末残高証明書の一括発行スケジュール",
    body=f"""みどり銀行 住宅ローンセンター 須藤様

いつもお世話になっております。日の出産業の関口です。
提携住宅ローン利用者向けの年末残高等証明書について、今年の一括発行・発送の
スケジュールをお知らせいただけますでしょうか。
社員への案内文に発送時期を記載したく、11月10日頃までにご回答いただけますと幸いです。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginko-co.jp (hyphen for dot) imitates the partner midori-ginko.co.jp",
)

# 083 — 銀行と委託先の2社
add(
    charset="shift_jis", sender=SEKIGUCHI, to=[SUDO, NONOMURA],
    subject="年末残高等証明書の電子交付について",
    body=f"""みどり銀行 須藤様
ツバサシステム 野々村様

お世話になっております。日の出産業の関口です。
みどり銀行様の年末残高等証明書が今年から電子交付（XML）にも対応したと伺いました。
ツバサシステム様の年調アプリで取り込めるデータ形式か、お二方で一度すり合わせを
お願いできますでしょうか。当社は仕様の確認結果をいただければ十分です。
{SIG_SEKIGUCHI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To, no personal data",
)

# 084 — 逮捕・勾留中の社員（犯罪歴に関わる情報）
add(
    charset="iso-2022-jp", sender=MIYAKE, to=[SHIRAKAWA],
    subject="勾留中の社員の年末調整・給与の取扱いについて",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の三宅です。
至急ご相談したい件がございます。

物流部の社員 東雲 拓海（しののめ たくみ、社員番号H12608）が、11月20日に
傷害の容疑で逮捕され、現在も勾留中です。家族から連絡がありました。
本人と連絡が取れないため扶養控除等申告書が提出されておらず、
12月の給与・年末調整をどう扱うべきか、また休職の発令が可能か、
ご助言をいただけますでしょうか。

お電話でのご相談も可能です（直通 03-5812-4475）。
{SIG_MIYAKE}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's arrest (criminal record information) sent to the law firm",
)

# 085 — 町役場へ社員1名の転居先
add(
    charset="shift_jis", sender=BANDO, to=["朝霧町 税務課 <zeimu@town.asagiri.lg.jp>"],
    subject="特別徴収対象者の住所変更について（照会へのご回答）",
    body=f"""朝霧町 税務課 住民税グループ 御中

いつもお世話になっております。日の出産業株式会社 人事部給与課の坂東です。
お問い合わせいただいた当社社員の住所につきまして、当社で把握している
現住所は以下のとおりです。

　氏名：雲母 理沙（キララ リサ）
　現住所：神奈川県横浜市都筑区中川中央1-28-7（2026年7月転居）

1月1日時点の住所地での課税となる旨、本人にも案内いたします。
{SIG_BANDO}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="one employee's address in reply to the municipality's inquiry: single person, may be warned",
)

# 086 — 療育手帳（弟）
add(
    charset="utf-8", sender=SEKIGUCHI, to=[NONOMURA],
    subject="特別障害者の扶養親族の追加（真栄田さん）",
    body=f"""野々村様

お世話になっております。関口です。
真栄田さやかさん（H12056）から、弟の真栄田 大河さん（平成10年5月9日生）を
扶養親族に追加する申告がありました。
療育手帳A（重度の知的障害）をお持ちで、本人と同居しているとのことですので、
同居特別障害者として登録をお願いします。

手帳の写しは当方で確認済みです。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named dependant's intellectual disability sent to the bureau",
)

# 087 — 社員から給与課への質問（社内）
add(
    charset="iso-2022-jp", sender="日下部 隼人 <kusakabe.hayato@hinode-sangyo.co.jp>", to=[KYUYO],
    subject="住宅ローン控除の書類について質問です",
    body="""給与課 御中

営業二部の日下部です。
今年の3月に中古マンションを購入し、住宅ローンを組みました。
1年目は確定申告が必要と聞きましたが、会社の年末調整で何か提出するものはありますか。
また、来年以降は銀行の残高証明書を給与課に提出すればよいのでしょうか。

お忙しいところすみませんが、よろしくお願いします。

日下部 隼人（営業二部）
内線 2541
""",
    expect="pass", entities=[], detectors=[],
    note="internal question from an employee to the payroll team",
)

# 088 — 受付番号・利用者識別番号・法人番号（番号っぽいが個人情報ではない）
add(
    charset="utf-8", sender=YAMAUCHI, to=[KUDO],
    subject="法定調書・給与支払報告書の電子提出完了のご報告",
    body=f"""工藤様

お世話になっております。山内です。
本日、法定調書合計表と給与支払報告書の電子提出が完了しましたのでご報告します。

　【e-Tax】源泉徴収票等の法定調書合計表
　　受付番号：20270122093147526
　　利用者識別番号：1402 7730 5912 6634
　【eLTAX】給与支払報告書（総括表・個人別明細 690件）
　　受付番号：EL2027012200418872
　　提出先：42市区町村
　提出者：日の出産業株式会社（法人番号 {HINODE_CORP_NO}）

受信通知のPDFは共有フォルダに保存しました。
{SIG_YAMAUCHI}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="filing receipt numbers and the company's own corporate number; no personal data",
)

# 089 — FAQ（PDF、個人情報なし）を委託先へ
add(
    charset="iso-2022-jp", sender=BANDO, to=[TSUBASA_DESK],
    subject="社内問い合わせ集計（上位10件）",
    body=f"""年調デスク ご担当者様

坂東です。今年社内に寄せられた問い合わせの上位10件を集計しました。
コールセンターのスクリプト見直しにご活用ください。
{SIG_BANDO}""",
    attachments=[{"kind": "pdf", "name": "toiawase_top10.pdf",
                  "lines": ["年末調整 社内問い合わせ 上位10件（11/4〜12/4）", ""],
                  "table": [["順位", "内容", "件数"], ["1", "保険料控除証明書の紛失", "58"],
                            ["2", "配偶者の所得見積額の計算", "41"], ["3", "扶養親族の年齢区分", "33"],
                            ["4", "住宅ローン控除の書類", "27"], ["5", "アプリのログイン", "25"],
                            ["6", "iDeCo・小規模共済の証明書", "19"], ["7", "中途入社の前職分", "17"],
                            ["8", "ひとり親控除の要件", "12"], ["9", "国外居住親族の書類", "8"],
                            ["10", "提出期限の延長", "6"]]}],
    expect="pass", entities=[], detectors=[],
    note="aggregate statistics in a PDF, no people",
)

# 090 — 本文冒頭に【部外秘】
add(
    charset="shift_jis", sender=MIYAKE, to=[KATAGIRI],
    subject="賞与からの年調精算についての方針",
    body=f"""【部外秘】

片桐様

いつもお世話になっております。三宅です。
社内の検討結果（人事部長決裁済）をお伝えします。社内資料をそのまま貼り付けています。

―――――――――――――――――――――――――――
■ 年末調整の過不足精算方針（令和8年分）
１．還付額が12月給与の源泉税額を超える場合も、12月給与で全額還付する。
２．不足額が12月給与の手取りの2割を超える場合は、本人申出により翌年1月・2月に分割徴収する。
３．賞与（12月10日支給）では年調精算を行わない。
―――――――――――――――――――――――――――

システム設定の変更が必要でしたら、ご連絡ください。
{SIG_MIYAKE}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail body is stamped 【部外秘】 and goes to the bureau",
)

# 091 — XLSX：生命保険・地震保険の控除明細（税理士へ）
_life091 = [["生命保険料控除 明細（令和8年分）"],
            ["社員番号", "氏名", "生年月日", "保険会社", "種類", "新旧", "証券番号", "保険料"]]
for i, co, kind, nw, pol, fee in ((0, "ほしぞら生命", "一般", "新", "HZ-4418207", 96000),
                                  (2, "やまなみ生命", "介護医療", "新", "YN-2209315", 52000),
                                  (5, "こもれび生命", "一般", "旧", "KM-0077314", 61200),
                                  (9, "こもれび生命", "一般", "新", "KM-0081526", 60000),
                                  (10, "やまなみ生命", "個人年金", "新", "YN-2214770", 120000),
                                  (13, "ほしぞら生命", "介護医療", "新", "HZ-4433106", 38400),
                                  (18, "ひまわり共済", "一般", "新", "HW-7716042", 45600),
                                  (24, "ひまわり共済", "一般", "新", "HW-7715208", 48000)):
    no, name, kana, dob, *_ = EMP[i]
    _life091.append([no, name, ymd(dob), co, kind, nw, pol, fee])
_eq091 = [["地震保険料控除 明細"], ["社員番号", "氏名", "保険会社", "区分", "保険料"],
          ["H10231", "相馬 直樹", "あけぼの損害保険", "地震", 18400],
          ["H10512", "勅使河原 浩", "あけぼの損害保険", "地震", 32000],
          ["H11519", "八木橋 誠", "あけぼの損害保険", "旧長期", 10000],
          ["H12004", "宍戸 康平", "あけぼの損害保険", "地震", 15600]]
add(
    charset="utf-8", sender=YAMAUCHI, to=[KUDO],
    subject="保険料控除 明細（二次チェック対象分）",
    body=f"""工藤様

お世話になっております。山内です。
二次チェック対象の保険料控除明細をExcelでお送りします。
シート「生命保険」「地震保険」に分けています。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "xlsx", "name": "保険料控除明細_二次チェック.xlsx",
                  "sheets": {"生命保険": _life091, "地震保険": _eq091}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="XLSX of 8 employees' birth dates and insurance policies to the tax accountant",
)

# 092 — 返信：引用部にだけ個人番号（こちらが以前送ったもの）
_mn092 = MN("-")
add(
    charset="iso-2022-jp", sender=SEKIGUCHI, to=[KATAGIRI],
    subject="Re: Re: 扶養親族の個人番号訂正のお願い（社員番号H10777）",
    body=f"""片桐様

反映のご連絡ありがとうございました。承知いたしました。
引き続きよろしくお願いいたします。

関口

> 関口様
>
> ご連絡いただいた個人番号で登録を差し替えました。
>
> > 長女 鬼塚 葉月（平成15年3月3日生）
> > 個人番号：{_mn092}
>
> ツバサシステム 片桐
""",
    expect="pass", entities=[], detectors=[],
    note="the My Number appears only in the quoted text the recipient already has",
)

# 093 — 英文：パスワード付き ZIP
add(
    charset="utf-8", sender=YAMAUCHI, to=[LINDQVIST],
    subject="Payroll data for tax equalization (encrypted)",
    body=f"""Dear Erik,

Please find attached the payroll data for the five assignees in an encrypted ZIP file.
I will send you the password by phone as agreed.

Best regards,
{SIG_EN}""",
    attachments=[{"kind": "zip", "name": "assignee_payroll_2026.zip", "password": "Lp#Hn-1222",
                  "files": [{"kind": "xlsx", "name": "assignee_payroll_2026.xlsx",
                             "sheets": {"Data": [["Name", "Gross", "Tax"], ["-", 0, 0]]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP cannot be inspected",
)

# 094 — 社内：還付金の振込一覧（経理へ）
_rows094 = [["退職者 年調還付金 振込一覧"], ["氏名", "還付額", "銀行", "支店", "種目", "口座番号"]]
for row in (("鷲尾 博文", 21400, "みどり銀行", "水戸支店", "普通", "6620184"),
            ("大庭 千夏", 8300, "はまかぜ銀行", "横須賀支店", "普通", "1103927"),
            ("早乙女 恭子", 15900, "ゆうちょ銀行", "〇四八店", "普通", "2285106"),
            ("砂川 拓", 4700, "みどり銀行", "千葉支店", "普通", "0917736"),
            ("氏家 昌平", 33100, "みちのく銀行", "仙台中央支店", "普通", "4470512"),
            ("的場 美由紀", 12800, "つばめ信用金庫", "立川支店", "普通", "3306621")):
    _rows094.append(list(row))
add(
    charset="shift_jis", sender=BANDO, to=[YOSHINARI],
    subject="退職者の年調還付金 振込依頼",
    body=f"""吉成さん

お疲れさまです。給与課の坂東です。
退職者6名分の還付金の振込をお願いします。振込日は1月29日でお願いします。
{SIG_BANDO}""",
    attachments=[{"kind": "xlsx", "name": "退職者還付金_振込一覧.xlsx", "sheets": {"振込": _rows094}}],
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=[],
    note="6 people's bank accounts, but only to an internal colleague",
)

# 095 — XLSX：2名分の個人番号（税理士へ）
_mn095a, _mn095b = MN(""), MN("")
add(
    charset="iso-2022-jp", sender=SEKIGUCHI, to=[ASAHINA],
    subject="帰任者2名の居住者区分切替について",
    body=f"""朝比奈先生

お世話になっております。関口です。
海外赴任から帰任した2名について、居住者への切替日と個人番号を一覧にしました。
年末調整の対象とする処理でよいか、ご確認をお願いいたします。
{SIG_SEKIGUCHI}""",
    attachments=[{"kind": "xlsx", "name": "帰任者_居住者切替.xlsx",
                  "sheets": {"帰任者": [["氏名", "生年月日", "個人番号", "帰国日", "居住者区分"],
                                        ["八木橋 誠", "1972/10/09", _mn095a, "2026/04/01", "居住者（4/1〜）"],
                                        ["左近 美和", "1980/03/08", _mn095b, "2026/07/20", "居住者（7/20〜）"]]}}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="two employees' My Numbers in an XLSX to the tax accountant",
)

# 096 — 退職者本人の gmail へ源泉徴収票（暗号化なし）（判断が分かれる）
add(
    charset="utf-8", sender=YAMAUCHI, to=["羽生 まどか <madoka.hanyu.0420@gmail.com>"],
    subject="源泉徴収票の送付（ご依頼分）",
    body=f"""羽生 様

日の出産業 人事部給与課の山内です。
お電話でご依頼いただいた源泉徴収票を、PDFでお送りします。
転職先の年末調整に間に合わせたいとのことでしたので、取り急ぎメールでお送りし、
原本はご自宅に郵送いたします。
{SIG_YAMAUCHI}""",
    attachments=[{"kind": "pdf", "name": "gensen_2026_hanyu.pdf", "title": "令和8年分 給与所得の源泉徴収票",
                  "lines": ["令和8年分 給与所得の源泉徴収票",
                            "支払を受ける者　住所：東京都江戸川区西葛西6-14-2-708",
                            "氏名：羽生 まどか（ハニュウ マドカ）　生年月日：平成6年4月20日",
                            "支払金額：2,874,500円　給与所得控除後の金額：1,927,000円",
                            "源泉徴収税額：48,300円　社会保険料等の金額：421,880円",
                            "控除対象配偶者：なし",
                            "支払者：日の出産業株式会社　東京都中央区日本橋2-14-9"]}],
    expect="either", entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["freemail_recipient", "personal_data"],
    note="a former employee's own withholding slip sent, at her request, to her own free-mail address",
)

# 097 — 委託契約の個人情報条項（法律事務所へ）
add(
    charset="iso-2022-jp", sender=MIYAKE, to=[SHIRAKAWA],
    subject="給与計算業務委託契約の個人情報取扱条項について",
    body=f"""白川先生

いつもお世話になっております。日の出産業の三宅です。
ツバサシステム社との給与計算業務委託契約の更新にあたり、
個人情報の取扱いに関する条項（第14条〜第16条）と、別途締結している秘密保持契約との
関係について整理したく、ご相談の時間をいただけますでしょうか。

特に、特定個人情報（マイナンバー）の再委託の許諾の方法と、
委託先への監査の条項の書きぶりについてご意見をいただきたく存じます。
{SIG_MIYAKE}""",
    expect="pass", entities=[], detectors=[],
    note="contract and NDA discussion with the partner law firm, no personal data",
)

# 098 — 英文：赴任者1名の日本の送付先
add(
    charset="utf-8", sender=YAMAUCHI, to=[LINDQVIST],
    subject="Mailing address for Mr. Tsukumo's withholding slip",
    body=f"""Hi Erik,

As requested, Mr. Tsukumo's withholding slip (gensen choshu-hyo) will be mailed to
his family home in Japan. In case your office needs to contact the family:

  Ryosuke Tsukumo
  3-5-8 Chuo, Chuo-ku, Chiba-shi, Chiba 260-0013
  Family phone: +81-70-6652-1194

Best regards,
{SIG_EN}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's address and phone in English mail: a single record, may be warned",
)

# 099 — 税理士事務所の担当者変更（業務上の連絡先）
add(
    charset="shift_jis", sender=YAMAUCHI, to=[NONOMURA],
    subject="朝比奈会計の担当者変更のお知らせ",
    body=f"""野々村様

お世話になっております。山内です。
二次チェックをお願いしている朝比奈会計のご担当が、12月から工藤様に変わりました。
今後、チェック結果の授受で直接やりとりいただく場合は、下記へお願いいたします。

　税理士法人朝比奈会計　監査第二部
　工藤 真帆 様
　TEL 03-6271-0418（事務所代表）
　kudo.maho@asahina-kaikei.jp
{SIG_YAMAUCHI}""",
    expect="pass", entities=[], detectors=[],
    note="a business contact of a firm (office switchboard and work e-mail)",
)

# 100 — 委託先・税理士・本人の gmail を To/Cc に
add(
    charset="iso-2022-jp", sender=SEKIGUCHI, to=[NONOMURA],
    cc=[KUDO, "五十嵐 沙織 <saori.igarashi.87@gmail.com>"],
    subject="五十嵐さんの住宅ローン控除（2年目）について",
    body=f"""野々村様
工藤様
（cc：五十嵐さん）

お世話になっております。日の出産業の関口です。
育児休業中の五十嵐沙織さんの住宅ローン控除について、本人から直接
ご説明したいとのことでしたので、本人の個人アドレスをccに入れております。

　物件所在地：神奈川県横浜市中区桜木町1-3-18 ベイサイド桜木町701
　居住開始日：2025年6月1日
　年末残高　：32,184,000円（みどり銀行 提携ローン）

育休中で本年の給与収入が少ないため、控除しきれない分の住民税からの控除について
朝比奈会計様からご説明いただけますと幸いです。
{SIG_SEKIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
    note="bureau, tax accountant and a private gmail address see each other in To/Cc",
)

assert len(MESSAGES) == 100
