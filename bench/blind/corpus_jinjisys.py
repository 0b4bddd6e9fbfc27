"""Blind evaluation corpus, area "jinjisys": an HR / payroll system migration.

日の出産業株式会社 replaces its 人事・給与システム: migration data for the vendor
(ツバサシステム, a SaaS provider, a payroll BPO, a 社労士 office, the bank, the printer),
master definitions (マスタ定義), test results, role / permission settings (権限設定) and the
parallel run (並行稼働).

Everything here is invented: people, numbers, addresses, companies other than the ones the
brief names, and every domain.  Written blind from BRIEF.md, build.py and SPEC.md only
(no look at mailguard's code, rules, tests or the other corpus files).
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 36801
R = random.Random(SEED)

_MN = itertools.count()
_CC = itertools.count()


def mn() -> str:
    return my_number(SEED + next(_MN))


def cc() -> str:
    return card_number(SEED + next(_CC))


# -- invented people ------------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤井", "フジイ", "Fujii"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"),
    ("原田", "ハラダ", "Harada"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"),
    ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"),
    ("横山", "ヨコヤマ", "Yokoyama"), ("宮崎", "ミヤザキ", "Miyazaki"), ("内田", "ウチダ", "Uchida"),
    ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"), ("丸山", "マルヤマ", "Maruyama"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四十物", "アイモノ", "Aimono"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("一番ヶ瀬", "イチバンガセ", "Ichibangase"), ("薬袋", "ミナイ", "Minai"),
    ("五百蔵", "イオロイ", "Ioroi"), ("廿日出", "ハツカデ", "Hatsukade"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("鬼頭", "キトウ", "Kito"), ("比嘉", "ヒガ", "Higa"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("及川", "オイカワ", "Oikawa"), ("万代", "マンダイ", "Mandai"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("御手洗", "ミタライ", "Mitarai"), ("猪瀬", "イノセ", "Inose"), ("纐纈", "コウケツ", "Koketsu"),
]
MEI_M = [
    ("健一", "ケンイチ", "Kenichi"), ("大輔", "ダイスケ", "Daisuke"), ("翔太", "ショウタ", "Shota"),
    ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("誠", "マコト", "Makoto"),
    ("浩二", "コウジ", "Koji"), ("隆", "タカシ", "Takashi"), ("亮介", "リョウスケ", "Ryosuke"),
    ("和也", "カズヤ", "Kazuya"), ("悠真", "ユウマ", "Yuma"), ("蓮", "レン", "Ren"),
    ("修", "オサム", "Osamu"), ("雅人", "マサト", "Masato"), ("慎吾", "シンゴ", "Shingo"),
    ("勝利", "カツトシ", "Katsutoshi"), ("龍之介", "リュウノスケ", "Ryunosuke"), ("晃", "アキラ", "Akira"),
    ("伸也", "シンヤ", "Shinya"), ("康弘", "ヤスヒロ", "Yasuhiro"), ("陽翔", "ハルト", "Haruto"),
]
MEI_F = [
    ("美穂", "ミホ", "Miho"), ("由美", "ユミ", "Yumi"), ("彩", "アヤ", "Aya"),
    ("恵子", "ケイコ", "Keiko"), ("真由美", "マユミ", "Mayumi"), ("智子", "トモコ", "Tomoko"),
    ("陽菜", "ヒナ", "Hina"), ("沙織", "サオリ", "Saori"), ("里奈", "リナ", "Rina"),
    ("千尋", "チヒロ", "Chihiro"), ("久美子", "クミコ", "Kumiko"), ("結衣", "ユイ", "Yui"),
    ("麻衣", "マイ", "Mai"), ("直美", "ナオミ", "Naomi"), ("葵", "アオイ", "Aoi"),
    ("奈緒", "ナオ", "Nao"), ("瑞希", "ミズキ", "Mizuki"), ("幸子", "サチコ", "Sachiko"),
]
ADDR = [
    ("464-0807", "愛知県", "名古屋市千種区東山通"), ("453-0015", "愛知県", "名古屋市中村区椿町"),
    ("486-0945", "愛知県", "春日井市勝川町"), ("444-0864", "愛知県", "岡崎市明大寺町"),
    ("500-8833", "岐阜県", "岐阜市神田町"), ("510-0061", "三重県", "四日市市朝日町"),
    ("430-0933", "静岡県", "浜松市中央区鍛冶町"), ("466-0064", "愛知県", "名古屋市昭和区鶴舞"),
    ("471-0025", "愛知県", "豊田市西町"), ("441-8021", "愛知県", "豊橋市白河町"),
    ("133-0057", "東京都", "江戸川区西小岩"), ("222-0033", "神奈川県", "横浜市港北区新横浜"),
    ("330-0063", "埼玉県", "さいたま市浦和区高砂"), ("532-0011", "大阪府", "大阪市淀川区西中島"),
    ("604-8151", "京都府", "京都市中京区橋弁慶町"), ("812-0011", "福岡県", "福岡市博多区博多駅前"),
    ("491-0858", "愛知県", "一宮市栄"), ("475-0902", "愛知県", "半田市宮路町"),
    ("448-0857", "愛知県", "刈谷市大手町"), ("514-0009", "三重県", "津市羽所町"),
    ("468-0015", "愛知県", "名古屋市天白区原"), ("458-0847", "愛知県", "名古屋市緑区浦里"),
    ("503-0904", "岐阜県", "大垣市赤坂町"), ("512-0921", "三重県", "四日市市尾平町"),
]
BLDG = ["", "", "", " グランメゾン栄502", " コーポ緑ヶ丘201", " サンハイツ東山303", " パークサイド勝川1105",
        " ハイム明大寺2F", " メゾン椿103", " ルミエール鶴舞701"]
DEPTS = ["営業第一部", "営業第二部", "製造部", "品質保証部", "経理部", "総務部", "物流センター",
         "技術開発部", "名古屋工場", "四日市工場", "購買部", "人事部"]
BANKS = [("みどり銀行", "0178", [("本店営業部", "001"), ("栄支店", "112"), ("千種支店", "125"), ("春日井支店", "231")]),
         ("中部あおい銀行", "0591", [("名駅支店", "203"), ("岡崎支店", "318"), ("一宮支店", "411")]),
         ("あけぼの信用金庫", "1562", [("本店", "001"), ("豊田支店", "027"), ("刈谷支店", "034")]),
         ("東海ひかり銀行", "0613", [("四日市支店", "502"), ("津支店", "505"), ("岐阜支店", "611")])]
FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
        "softbank.ne.jp", "hotmail.co.jp"]

ZEN = str.maketrans("0123456789-./:()ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                    "０１２３４５６７８９－．／：（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def zen(s: str) -> str:
    return s.translate(ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def zpad(s: str, w: int) -> str:
    """pad with full-width spaces to w display columns (as people do in Outlook)."""
    n = max(w - width(s), 0)
    return s + "　" * (n // 2) + " " * (n % 2)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(1989, 1, 8):
        era, e, y = "平成", "H", d.year - 1988
    else:
        era, e, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{e}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{e}{y}.{d.month}.{d.day}")
    if style == "zenkanji":
        return f"{era}{zen(str(y))}年{zen(str(d.month))}月{zen(str(d.day))}日"
    raise ValueError(style)


_used_names: set[str] = set()
_used_emp: set[int] = set()


def person(sex: str | None = None, born: tuple[int, int] = (1963, 2001)) -> dict:
    while True:
        sei = R.choice(SEI)
        sx = sex or R.choice("MF")
        mei = R.choice(MEI_M if sx == "M" else MEI_F)
        name = f"{sei[0]} {mei[0]}"
        if name not in _used_names:
            _used_names.add(name)
            break
    dob = date(R.randint(*born), R.randint(1, 12), R.randint(1, 28))
    zipc, pref, city = R.choice(ADDR)
    style = R.randrange(3)
    a, b, c = R.randint(1, 5), R.randint(1, 28), R.randint(1, 19)
    if style == 0:
        street = f"{a}丁目{b}番{c}号"
    elif style == 1:
        street = f"{a}-{b}-{c}"
    else:
        street = f"{R.randint(100, 2999)}番地{'' if R.random() < .5 else 'の' + str(R.randint(1, 9))}"
    addr = f"{pref}{city}{street}{R.choice(BLDG)}"
    while True:
        emp = R.randint(10001, 29999)
        if emp not in _used_emp:
            _used_emp.add(emp)
            break
    bank, bcode, branches = R.choice(BANKS)
    br, brcode = R.choice(branches)
    hire = date(max(dob.year + 18, 1985), 4, 1) + timedelta(days=R.choice([0, 0, 0, 30, 183, 400, 900]))
    area = R.choice(["52", "561", "568", "59", "58", "564", "566"])
    if len(area) == 2:
        home = f"0{area}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"
    else:
        home = f"0{area}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    return {
        "sei": sei[0], "mei": mei[0], "name": name, "kana": f"{sei[1]} {mei[1]}",
        "romaji": f"{mei[2]} {sei[2]}", "sei_r": sei[2], "mei_r": mei[2],
        "sex": "男" if sx == "M" else "女", "dob": dob, "zip": zipc, "pref": pref, "addr": addr,
        "mobile": f"0{R.choice('789')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
        "home": home,
        "mail": f"{mei[2].lower()}.{sei[2].lower()}{R.randint(1, 99)}@{R.choice(FREE)}",
        "work": f"{sei[2].lower()}.{mei[2][0].lower()}@hinode-sangyo.co.jp",
        "emp": f"{emp:06d}", "dept": R.choice(DEPTS), "hire": hire,
        "bank": bank, "bcode": bcode, "branch": br, "brcode": brcode,
        "acct": f"{R.randint(1000000, 9999999)}", "acct_type": R.choice(["普通", "普通", "普通", "当座"]),
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def pension() -> str:
    return f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"


def license_no() -> str:
    return f"{R.choice(['53', '54', '55', '30'])}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"[:12]


def passport() -> str:
    return f"{R.choice(['TK', 'TR', 'TZ', 'MU'])}{R.randint(1000000, 9999999)}"


def zairyu() -> str:
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return f"{R.choice(a)}{R.choice(a)}{R.randint(10000000, 99999999)}{R.choice(a)}{R.choice(a)}"


# -- the people who write -------------------------------------------------------------

TAKATSUKI = "高槻 真理子 <takatsuki.m@hinode-sangyo.co.jp>"
MURAI = "村井 航 <murai.wataru@hinode-sangyo.co.jp>"
IWABUCHI = "岩渕 誠 <iwabuchi.makoto@hinode-sangyo.co.jp>"
ETO = "江藤 佳奈 <eto.kana@hinode-sangyo.co.jp>"
ONODERA = "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>"
KANZAKI = "神崎 浩之 <kanzaki.h@hinode-sangyo.co.jp>"
NOGUCHI = "野口 さやか <noguchi.sayaka@hinode-sangyo.co.jp>"
HATTORI = "服部 剛 <hattori.tsuyoshi@hinode-sangyo.co.jp>"

SIG_TAKATSUKI = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　人事部 人事企画課
新人事システム導入プロジェクト PMO
高槻 真理子（Takatsuki Mariko）
〒460-0008 愛知県名古屋市中区栄二丁目5番12号 日の出ビル7F
TEL：052-211-4500（代表）　内線：3214
E-mail：takatsuki.m@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MURAI = """
--
日の出産業株式会社 人事部 給与厚生課
村井 航
TEL 052-211-4511 / FAX 052-211-4599
murai.wataru@hinode-sangyo.co.jp"""

SIG_IWABUCHI = """
----------------------------------------
日の出産業(株) 情報システム部 基幹システムG
岩渕 誠  Makoto Iwabuchi
〒460-0008 名古屋市中区栄2-5-12
TEL: 052-211-4620  Mobile: 080-4471-2093
----------------------------------------"""

SIG_ETO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 労務課　江藤 佳奈
TEL：052-211-4515（直通）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_ONODERA = """
________________________________
総務部 総務課 小野寺
日の出産業株式会社 / Hinode Sangyo Co., Ltd.
052-211-4530"""

SIG_KANZAKI = """
===
Hiroyuki Kanzaki | 神崎 浩之
HR Systems, Hinode Sangyo Co., Ltd.
2-5-12 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel +81-52-211-4622
==="""

SIG_NOGUCHI = """
--------------------------
日の出産業株式会社
人事部 給与厚生課 野口 さやか
内線 3322 / 直通 052-211-4512
--------------------------"""

SIG_HATTORI = """
//////////////////////////////
人事部長 服部 剛
日の出産業株式会社
〒460-0008 名古屋市中区栄二丁目5番12号
//////////////////////////////"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

# partners and others (invented where the brief does not name them)
TSUBASA_PM = "ツバサシステム 宇佐美様 <usami.k@tsubasa-system.jp>"
TSUBASA_SE = "ツバサシステム 西岡様 <nishioka@tsubasa-system.jp>"
TSUBASA_MIG = "移行チーム <hr-migration@tsubasa-system.jp>"
KUMO = "クモHRサポート <support@kumo-hr.co.jp>"
KUMO_PM = "三好 様 <miyoshi.r@kumo-hr.co.jp>"
ASAHI = "あさひペイロールサービス 坂口様 <sakaguchi@asahi-payroll.co.jp>"
FUJIMOTO = "藤本社会保険労務士事務所 <office@fujimoto-sr.jp>"
KENPO = "関東機械健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"
MIDORI = "みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"
NISHIKI = "錦印刷 営業部 堀様 <hori@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"
PEOPLEGRID = "Priya Raman <priya.raman@peoplegrid.com>"
MERIDIAN = "Daniel Koh <daniel.koh@meridian-consulting.com>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"jinjisys-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# =====================================================================================
# 001  社員基本情報の移行データ (CSV, CP932) → ベンダー
_p = people(40)
add(
    sender=TAKATSUKI, to=[TSUBASA_MIG], cc=[TSUBASA_PM, MURAI],
    subject="【移行】第1回移行リハーサル用データ（社員基本情報）送付の件", charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
移行チーム ご担当者様
（cc: 宇佐美様）

いつもお世話になっております。日の出産業の高槻です。

第1回移行リハーサル用に、旧人事システム（JINJI-21）から抽出した
社員基本情報を添付いたします。

・対象：在籍者のうち名古屋本社所属分（40名）
・抽出日：先週金曜日 18:00時点
・文字コード：Shift_JIS、ヘッダ行あり

住所の丁目・番地が全角/半角混在になっておりますが、旧システムの入力のままです。
正規化は御社の変換ツール側でお願いできればと存じます。

ご確認のほど、よろしくお願いいたします。
{SIG_TAKATSUKI}""",
    attachments=[{"kind": "csv", "name": "JINJI21_shain_kihon_20XX0614.csv", "encoding": "cp932",
                  "rows": [["社員番号", "氏名", "フリガナ", "生年月日", "性別", "入社年月日", "郵便番号", "現住所", "電話番号"]]
                  + [[p["emp"], p["name"], p["kana"], ymd(p["dob"]), p["sex"], ymd(p["hire"]), p["zip"], p["addr"],
                      p["mobile"] if i % 3 else p["home"]] for i, p in enumerate(_p)]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 40 employees (name, birth date, address, phone) sent to the migration vendor",
)

# 002  並行稼働スケジュールの相談 (no personal data)
add(
    sender=TAKATSUKI, to=[TSUBASA_PM], cc=[IWABUCHI],
    subject="RE: 並行稼働の実施月について", charset="iso-2022-jp",
    body=f"""宇佐美様

お世話になっております。高槻です。
並行稼働の実施月について、社内で確認が取れましたのでご連絡します。

  第1回：7月度給与（7/25支給）
  第2回：8月度給与（8/25支給）＋夏季賞与
  第3回：9月度給与（9/25支給）　※ここで差異ゼロなら10月本番切替

賞与を並行稼働に含めるかどうかは前回の定例で保留になっていましたが、
給与厚生課の村井より「賞与計算も一度は新旧で突き合わせたい」との意見があり、
8月に含める形でお願いできればと思います。

工数への影響があれば、来週の定例でご提示ください。

高槻
{SIG_TAKATSUKI}""",
    expect="pass", entities=[], detectors=[],
    note="schedule of the parallel run with the vendor; no personal data",
)

# 003  パスワード付きZIP (PPAP)
_p = people(18)
add(
    sender=MURAI, to=[TSUBASA_MIG],
    subject="給与マスタ移行データ（差替版）", charset="cp932",
    body=f"""ツバサシステム 移行チーム 御中

日の出産業 給与厚生課の村井です。
先日お送りした給与マスタ移行データに、手当コードの誤りがありましたので
差替版を送付します。ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りします。

よろしくお願いします。
{SIG_MURAI}""",
    attachments=[{"kind": "zip", "name": "kyuyo_master_v2.zip", "password": "Hs-ikou#0621",
                  "files": [{"kind": "csv", "name": "kyuyo_master_v2.csv",
                             "rows": [["社員番号", "氏名", "基本給", "職務手当", "通勤手当", "振込銀行", "口座番号"]]
                             + [[p["emp"], p["name"], R.randint(210, 480) * 1000, R.choice([0, 10000, 20000]),
                                 R.randint(3, 30) * 1000, p["bank"], p["acct"]] for p in _p]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the vendor: the attachment cannot be inspected",
)

# 004  パスワードの別送
add(
    sender=MURAI, to=[TSUBASA_MIG],
    subject="【パスワード】給与マスタ移行データ（差替版）", charset="cp932",
    body=f"""ツバサシステム 移行チーム 御中

先ほどお送りしたファイルのパスワードです。

  Hs-ikou#0621

※次回以降は御社のファイル授受サイト（SecureBox）経由に切り替える予定です。
{SIG_MURAI}""",
    expect="pass", entities=[], detectors=[],
    note="the separate password mail: nothing personal in it",
)

# 005  給与振込口座 (XLSX, title row, two sheets)
_p = people(25)
add(
    sender=NOGUCHI, to=[TSUBASA_SE], cc=[MURAI],
    subject="振込口座マスタ 移行データの件", charset="utf-8",
    body=f"""西岡様

お世話になっております。日の出産業 給与厚生課の野口です。
振込口座マスタの移行データをお送りします。
1シート目に項目説明、2シート目にデータを入れています。

第二口座（賞与のみ別口座）の社員は今回の対象から外しています。
こちらは別途ご相談させてください。

以上、よろしくお願いいたします。
{SIG_NOGUCHI}""",
    attachments=[{"kind": "xlsx", "name": "振込口座マスタ_移行用.xlsx",
                  "sheets": {
                      "項目説明": [["項目", "桁数", "備考"], ["社員番号", 6, "前ゼロ埋め"], ["銀行コード", 4, ""],
                                ["支店コード", 3, ""], ["預金種目", 1, "1:普通 2:当座"], ["口座番号", 7, ""],
                                ["口座名義カナ", 30, "全角カナ（スペース区切り）"]],
                      "データ": [["振込口座マスタ（給与）　抽出日：6/14"], [],
                               ["社員番号", "氏名", "銀行コード", "銀行名", "支店コード", "支店名", "預金種目", "口座番号", "口座名義カナ"]]
                      + [[p["emp"], p["name"], p["bcode"], p["bank"], p["brcode"], p["branch"],
                          1 if p["acct_type"] == "普通" else 2, p["acct"],
                          p["kana"]] for p in _p],
                  }}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="XLSX of 25 employees' salary bank accounts to the vendor",
)

# 006  マイナンバー移行データ → 給与BPO
_p = people(15)
add(
    sender=MURAI, to=[ASAHI],
    subject="個人番号データのご送付（年末調整業務移管分）", charset="iso-2022-jp",
    body=f"""株式会社あさひペイロールサービス
坂口様

いつも大変お世話になっております。
日の出産業株式会社 給与厚生課の村井でございます。

年末調整業務の移管に伴い、対象社員の個人番号データを添付にてお送りいたします。
委託契約第12条に基づく提供となります。受領後はご一報いただけますと幸いです。

対象：15名（四日市工場 所属分）
{SIG_MURAI}""",
    attachments=[{"kind": "xlsx", "name": "kojinbango_yokkaichi.xlsx",
                  "sheets": {"個人番号": [["社員番号", "氏名", "生年月日", "個人番号"]]
                             + [[p["emp"], p["name"], ymd(p["dob"], "-"), mn()] for p in _p]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="My Numbers of 15 employees sent to an external payroll outsourcer",
)

# 007  社内のみ：マイナンバー一覧を本文に
_p = people(6)
add(
    sender=NOGUCHI, to=[MURAI, "江藤 佳奈 <eto.kana@hinode-sangyo.co.jp>"],
    subject="個人番号 未登録者の確認（新システム登録前）", charset="utf-8",
    body="村井さん、江藤さん\n\n新システムに登録する前に、旧システム側の個人番号が\n"
         "以下6名分だけ更新されていないようです。\n"
         "本人確認書類の写しと突き合わせをお願いできますか。\n\n"
         + "\n".join(f"{p['emp']}  {pad(p['name'], 14)}{mn()}" for p in _p)
         + "\n\n※社内のみ。外部には転送しないでください。\n" + SIG_NOGUCHI,
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers of 6 employees, but every recipient is internal",
)

# 008  扶養親族データ：スペース揃えの表を本文に
_p = people(6, born=(1965, 1990))
_rows = []
for p in _p:
    for rel in R.sample(["配偶者", "長男", "長女", "次男", "次女", "母", "父"], R.randint(1, 2)):
        y = p["dob"].year
        span = {"配偶者": (y - 4, y + 6), "母": (y - 34, y - 22), "父": (y - 36, y - 24)}.get(rel, (y + 24, min(y + 38, 2023)))
        dep = person(sex="F" if rel in ("母", "長女", "次女") else "M" if rel in ("父", "長男", "次男") else
                     ("F" if p["sex"] == "男" else "M"), born=span)
        _rows.append((p["emp"], f"{p['sei']} {dep['mei']}", rel, ymd(dep["dob"], ".")))
add(
    sender=ETO, to=[TSUBASA_SE],
    subject="扶養親族データ（エラー分）について", charset="iso-2022-jp",
    body=f"""西岡様

いつもお世話になっております。日の出産業 労務課の江藤です。

移行リハーサルで「続柄コード不正」のエラーになった扶養親族データ、
元データを確認しましたので下記に貼り付けます。
旧システムでは続柄を漢字で持っているため、コード変換表の追加をお願いします。

社員番号  扶養親族氏名     続柄    生年月日
--------  ---------------  ------  ----------
""" + "\n".join(f"{a}    {pad(b, 17)}{pad(c, 8)}{d}" for a, b, c, d in _rows) + f"""

以上です。ご確認ください。
{SIG_ETO}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="space-padded table of employees' dependants (names, birth dates) pasted into the body to the vendor",
)

# 009  マスタ定義書（コード類のみ）
add(
    sender=IWABUCHI, to=[TSUBASA_SE], cc=[TAKATSUKI],
    subject="マスタ定義書 v0.9 レビュー結果", charset="utf-8",
    body=f"""西岡さん

情シス岩渕です。マスタ定義書 v0.9 のレビュー結果を返します。
主な指摘は3点です。

1. 所属マスタ：旧コード（4桁）と新コード（6桁）の対応が1対多になるケースの扱い
2. 役職マスタ：「担当課長」「課長代理」の序列が逆になっている
3. 手当マスタ：在宅勤務手当（T17）が定義漏れ

詳細は添付の「指摘」列を見てください。
{SIG_IWABUCHI}""",
    attachments=[{"kind": "xlsx", "name": "マスタ定義書_v0.9_指摘.xlsx",
                  "sheets": {
                      "所属マスタ": [["旧コード", "新コード", "所属名", "上位所属", "指摘"],
                                ["1100", "110100", "営業第一部", "営業本部", ""],
                                ["1100", "110200", "営業第一部 東京営業所", "営業第一部", "1対多"],
                                ["1200", "120100", "営業第二部", "営業本部", ""],
                                ["3100", "310100", "製造部", "生産本部", ""],
                                ["3110", "310110", "名古屋工場", "製造部", ""],
                                ["3120", "310120", "四日市工場", "製造部", ""],
                                ["5100", "510100", "人事部", "管理本部", ""]],
                      "役職マスタ": [["役職コード", "役職名", "序列", "指摘"], ["K10", "部長", 10, ""],
                                ["K20", "次長", 20, ""], ["K30", "課長", 30, ""],
                                ["K35", "担当課長", 40, "課長代理と逆"], ["K40", "課長代理", 35, "担当課長と逆"],
                                ["K50", "係長", 50, ""], ["K60", "主任", 60, ""]],
                      "手当マスタ": [["手当コード", "手当名", "課税区分", "指摘"], ["T01", "役職手当", "課税", ""],
                                ["T05", "家族手当", "課税", ""], ["T10", "通勤手当", "非課税(限度内)", ""],
                                ["T12", "住宅手当", "課税", ""], ["T17", "在宅勤務手当", "課税", "定義漏れ"]],
                  }}],
    expect="pass", entities=[], detectors=[],
    note="master definitions (department, title, allowance codes): business data, no people",
)

# 010  【社外秘】権限設定方針（docx header 社外秘）
add(
    sender=IWABUCHI, to=[TSUBASA_PM],
    subject="【社外秘】新人事システム 権限設計方針書 ご送付", charset="iso-2022-jp",
    body=f"""宇佐美様

お世話になっております。情報システム部の岩渕です。
新人事システムの権限設計方針書を送付いたします。
社内規程の内容を含むため社外秘扱いとしております。取扱いにはご留意ください。

岩渕
{SIG_IWABUCHI}""",
    attachments=[{"kind": "docx", "name": "権限設計方針書_v1.0.docx", "page_header": "社外秘",
                  "title": "新人事システム 権限設計方針書",
                  "paragraphs": ["新人事システム 権限設計方針書 第1.0版",
                                 "1. 目的　本書は新人事システムにおけるロールおよび参照範囲の設計方針を定める。",
                                 "2. 基本方針　最小権限の原則に従い、所属階層に基づく参照範囲を設定する。",
                                 "3. 給与情報の参照は給与厚生課および人事部長に限定する。",
                                 "4. 特権ID（システム管理者）は情報システム部の2名に限定し、操作ログを保全する。"],
                  "tables": [[["ロール", "参照範囲", "更新"], ["一般社員", "本人のみ", "一部"],
                              ["所属長", "配下所属", "不可"], ["人事担当", "全社", "可"],
                              ["給与担当", "全社(給与含む)", "可"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="document stamped 社外秘 (header) and mail subject 【社外秘】 sent outside",
)

# 011  「社外秘」に言及するだけ
add(
    sender=TAKATSUKI, to=[KUMO_PM],
    subject="評価制度資料の件", charset="utf-8",
    body=f"""三好様

お世話になっております。日の出産業の高槻です。

先日ご依頼いただいた評価制度の資料ですが、社内の評価基準書は社外秘の扱いのため、
そのままではお渡しできないことになりました。申し訳ございません。

代わりに、就業規則のうち評価・昇格に関する条文の抜粋（社員向けに公開済みのもの）を
テキストでお送りします。評価シートの項目設計はこちらで足りるかと存じます。
{SIG_TAKATSUKI}""",
    attachments=[{"kind": "txt", "name": "就業規則_抜粋_評価昇格.txt",
                  "text": "第38条（人事評価）\n会社は、社員の職務遂行能力及び業績について、毎年4月及び10月に評価を行う。\n"
                          "第39条（昇格）\n昇格は、前条の評価結果及び在級年数を勘案し、人事委員会の審議を経て決定する。\n"
                          "第40条（降格）\n会社は、評価結果が著しく低い場合、等級を1段階下げることがある。\n"}],
    expect="pass", entities=[], detectors=[],
    note="mentions 社外秘 only to say the document will not be sent; the attachment is public rules",
)

# 012  look-alike: tsubasa-systen.jp
add(
    sender=KANZAKI, to=["西岡 様 <nishioka@tsubasa-systen.jp>"],
    subject="結合テスト第2サイクル 開始日の件", charset="iso-2022-jp",
    body=f"""西岡様

お世話になっております。日の出産業 神崎です。
結合テスト第2サイクルの開始日ですが、弊社側の環境準備が間に合わず、
7/8（月）からに1日後ろ倒しさせてください。
テストケースの範囲に変更はありません。

取り急ぎご連絡まで。
{SIG_KANZAKI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-systen.jp is a typo of the partner tsubasa-system.jp",
)

# 013  RFP説明会：3社がToで見える
add(
    sender=TAKATSUKI,
    to=["ツバサシステム株式会社 営業部 <sales@tsubasa-system.jp>",
        "株式会社クモHR 営業担当 <eigyo@kumo-hr.co.jp>",
        "ネクサソフト株式会社 <info@nexa-soft.co.jp>"],
    subject="新人事給与システム 提案依頼説明会のご案内", charset="iso-2022-jp",
    body=f"""各位

平素より大変お世話になっております。
日の出産業株式会社 人事部の高槻でございます。

このたび弊社では人事・給与システムの刷新を計画しており、
下記のとおり提案依頼（RFP）説明会を開催いたします。

　日時：7月3日（水）14:00～15:30
　場所：弊社本社 7F 第2会議室（オンライン参加可）
　内容：RFPの説明、質疑応答

参加ご希望の場合は、6月28日までに参加者のお名前をご返信ください。
なお、RFP資料は説明会当日に秘密保持誓約書と引き換えにお渡しします。
{SIG_TAKATSUKI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing vendors in To can see each other: should have been Bcc",
)

# 014  同じ案内を Bcc で
add(
    sender=TAKATSUKI, to=[TAKATSUKI],
    bcc=["ツバサシステム株式会社 営業部 <sales@tsubasa-system.jp>",
         "株式会社クモHR 営業担当 <eigyo@kumo-hr.co.jp>",
         "ネクサソフト株式会社 <info@nexa-soft.co.jp>",
         "株式会社ブライトワークス <contact@brightworks.co.jp>"],
    subject="【再送】提案依頼説明会 会場変更のお知らせ", charset="iso-2022-jp",
    body=f"""各位（Bccにて失礼いたします）

日の出産業株式会社 人事部の高槻でございます。
7月3日の提案依頼説明会ですが、会場を下記に変更いたします。

　変更前：本社 7F 第2会議室
　変更後：本社 3F 大会議室

オンライン参加のURLに変更はございません。
お手数をおかけしますが、よろしくお願いいたします。
{SIG_TAKATSUKI}""",
    expect="pass", entities=[], detectors=[],
    note="vendors addressed in Bcc, To is the sender herself: nobody sees anyone",
)

# 015  タブ区切り、氏名なし
_p = people(8)
add(
    sender=ETO, to=[TSUBASA_MIG],
    subject="住所変更の未反映分（差分）", charset="utf-8",
    body="移行チーム ご担当者様\n\n労務課 江藤です。\n"
         "抽出日以降に住所変更届が出ていた社員分です。差分として取り込みをお願いします。\n"
         "（氏名は社員番号で引いてください）\n\n"
         "社員番号\t生年月日\t郵便番号\t新住所\t携帯電話\n"
         + "\n".join(f"{p['emp']}\t{ymd(p['dob'])}\t{p['zip']}\t{p['addr']}\t{p['mobile']}" for p in _p)
         + "\n\nよろしくお願いします。\n" + SIG_ETO,
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="tab-separated records of 8 employees without a name column (birth date, address, mobile) to the vendor",
)

# 016  結合テスト結果（不具合IDのみ）
add(
    sender=KANZAKI, to=[TSUBASA_PM, TSUBASA_SE],
    subject="結合テスト第1サイクル 結果報告", charset="utf-8",
    body=f"""宇佐美様、西岡様

神崎です。結合テスト第1サイクルの結果を共有します。

  実施ケース数：412
  OK：371 / NG：36 / 保留：5
  起票不具合：BUG-0142～BUG-0177（36件）
  うち重大度A：4件（BUG-0145, 0151, 0160, 0172）

重大度Aはいずれも社会保険料の端数処理に関するもので、
健康保険料の50銭以下切り捨て処理が旧システムと異なります。
第2サイクル開始までに修正版のご提供をお願いします。

明細は添付のとおりです。
{SIG_KANZAKI}""",
    attachments=[{"kind": "xlsx", "name": "IT1_result_summary.xlsx",
                  "sheets": {"サマリ": [["機能", "ケース数", "OK", "NG", "保留"],
                                      ["人事異動", 88, 84, 4, 0], ["給与計算", 156, 131, 22, 3],
                                      ["賞与計算", 64, 60, 3, 1], ["社会保険", 52, 47, 5, 0],
                                      ["帳票出力", 52, 49, 2, 1]],
                             "不具合一覧": [["ID", "機能", "重大度", "概要", "状態"],
                                       ["BUG-0145", "社会保険", "A", "健保料端数処理(50銭以下)", "修正中"],
                                       ["BUG-0151", "社会保険", "A", "介護保険料 40歳到達月の判定", "修正中"],
                                       ["BUG-0160", "給与計算", "A", "日割計算 暦日/所定日の切替", "調査中"],
                                       ["BUG-0172", "社会保険", "A", "厚年 標準報酬上限等級", "修正中"]]}}],
    expect="pass", entities=[], detectors=[],
    note="test results: counts and bug IDs only, no person",
)

# 017  並行稼働 差異一覧 (XLSX)
_p = people(20)
add(
    sender=MURAI, to=[TSUBASA_SE], cc=[TSUBASA_PM],
    subject="並行稼働（7月度）差異一覧の送付", charset="iso-2022-jp",
    body=f"""西岡様

給与厚生課 村井です。
7月度の並行稼働で差異が出た20名分の一覧を添付します。
原因欄はこちらで推定したものです。特に住民税の月割額のズレは
6月分と7月分で年税額の按分が変わる件かと思いますので、ご確認ください。
{SIG_MURAI}""",
    attachments=[{"kind": "xlsx", "name": "並行稼働_7月度_差異一覧.xlsx",
                  "sheets": {"差異": [["7月度 並行稼働 差異一覧（新旧比較）"],
                                    ["社員番号", "氏名", "所属", "旧:差引支給額", "新:差引支給額", "差額", "推定原因"]]
                             + [[p["emp"], p["name"], p["dept"], (b := R.randint(180, 520) * 1000 + R.randint(0, 999)),
                                 b + (d := R.choice([-1300, -100, -1, 1, 50, 2400, 800])), d,
                                 R.choice(["住民税月割", "通勤手当日割", "健保端数", "残業単価", "不明"])] for p in _p]}}],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="parallel-run difference list: 20 employees' names with their pay, sent to the vendor",
)

# 018  休職者1名：病名つき
_p = person(sex="M")
add(
    sender=ETO, to=[TSUBASA_SE],
    subject="休職者の勤怠区分について（ご相談）", charset="iso-2022-jp",
    body=f"""西岡様

お世話になっております。労務課の江藤です。

移行後の勤怠区分についてご相談です。
現在、{_p['dept']}の{_p['name']}さん（社員番号{_p['emp']}）が、うつ病の診断により
4月から私傷病休職中です。復職予定は未定で、主治医の診断書では
「少なくとも3か月の療養を要する」とされています。

旧システムでは「休職（私傷病）」の区分で給与を停止していますが、
新システムでは傷病手当金の申請期間と連動させたく、
区分をどう設定すればよいかご教示いただけますでしょうか。
{SIG_ETO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's diagnosis (depression, sick leave) sent to the vendor: 要配慮個人情報",
)

# 019  休職区分のコード体系（人物なし）
add(
    sender=ETO, to=[TSUBASA_SE],
    subject="休職区分コードの追加", charset="iso-2022-jp",
    body=f"""西岡様

労務課の江藤です。
勤怠区分マスタに、休職区分として以下を追加してください。

　K1　私傷病休職
　K2　業務上傷病（労災）休職
　K3　育児休業
　K4　介護休業
　K5　出向準備休職（当社独自）

K1・K2は傷病手当金・休業補償の申請期間と紐づける想定です。
個別の対象者はこちらで設定しますので、マスタだけご用意いただければ結構です。
{SIG_ETO}""",
    expect="pass", entities=[], detectors=[],
    note="leave-type code master mentioning sick leave in general; nobody identified",
)

# 020  障害者雇用データ (XLSX)
_p = people(5)
add(
    sender=ETO, to=[TSUBASA_MIG],
    subject="障害者雇用関連項目の移行データ", charset="utf-8",
    body=f"""移行チーム 御中

労務課の江藤です。
障害者雇用納付金の申告に使う項目（個人属性の拡張項目）の移行データです。
対象者5名分、添付のとおりです。
拡張項目のため標準の移行ツールでは取り込めないと伺っていますので、手作業での登録をお願いします。
{SIG_ETO}""",
    attachments=[{"kind": "xlsx", "name": "拡張項目_障害者雇用.xlsx",
                  "sheets": {"Sheet1": [["社員番号", "氏名", "障害の種別", "等級", "手帳交付日", "重度判定"]]
                             + [[p["emp"], p["name"], t, g, ymd(date(R.randint(2005, 2022), R.randint(1, 12), R.randint(1, 28))), h]
                                for p, (t, g, h) in zip(_p, [("身体（下肢）", "3級", "否"), ("精神", "2級", "否"),
                                                             ("身体（聴覚）", "2級", "重度"), ("知的", "B1", "否"),
                                                             ("身体（内部・心臓）", "1級", "重度")])]}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="disability type and grade of 5 named employees: 要配慮個人情報 to the vendor",
)

# 021  基礎年金番号 (CSV UTF-8) → 社労士
_p = people(12)
add(
    sender=ETO, to=[FUJIMOTO],
    subject="社会保険 資格情報の突合データ", charset="cp932",
    body=f"""藤本先生

いつもお世話になっております。日の出産業の江藤です。

新システムへの移行にあたり、社会保険の資格情報を年金事務所の
被保険者記録と突合したいと考えております。
対象12名分の基礎年金番号等を添付しますので、確認をお願いできますでしょうか。
（昨年中途入社の方が中心です）
{SIG_ETO}""",
    attachments=[{"kind": "csv", "name": "shikaku_totsugo.csv", "encoding": "utf-8",
                  "rows": [["社員番号", "氏名", "生年月日", "基礎年金番号", "資格取得日", "標準報酬月額"]]
                  + [[p["emp"], p["name"], ymd(p["dob"]), pension(), ymd(p["hire"]), R.choice([240, 280, 320, 360, 410, 470]) * 1000]
                     for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="basic pension numbers of 12 employees sent to an outside 社労士 office",
)

# 022  健康保険証の記号・番号：1名
_p = person(sex="F", born=(1990, 1999))
add(
    sender=NOGUCHI, to=[KENPO],
    subject="被保険者資格の照会（記号番号の確認）", charset="iso-2022-jp",
    body=f"""関東機械健康保険組合
適用課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 給与厚生課の野口と申します。

人事システム入替に伴うデータ照合で、下記1名の記号・番号が
貴組合からの資格取得通知と当社台帳で一致しておりません。
正しい記号・番号をご教示いただけますでしょうか。

　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p['dob'])}
　当社台帳　：記号 {R.randint(1000, 9999)}　番号 {R.randint(10, 999)}
　資格取得日：{ymd(_p['hire'])}

お手数をおかけいたしますが、よろしくお願い申し上げます。
{SIG_NOGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="one person's health-insurance 記号・番号 with name and birth date to the health insurance society",
)

# 023  在留カード番号 (DOCX table)
_f = [("NGUYEN VAN AN", "ベトナム", "技能実習2号"), ("TRAN THI HOA", "ベトナム", "技能実習2号"),
      ("PHAM MINH DUC", "ベトナム", "特定技能1号"), ("SANTOS MARIA CLARA", "フィリピン", "特定技能1号"),
      ("WANG JIANGUO", "中国", "技術・人文知識・国際業務"), ("GURUNG BISHAL", "ネパール", "特定技能1号")]
add(
    sender=ETO, to=[TSUBASA_SE], cc=[TSUBASA_MIG],
    subject="外国籍社員の在留資格項目（移行テスト用）", charset="utf-8",
    body=f"""西岡様

江藤です。在留期限アラート機能のテスト用に、四日市工場の外国籍社員の
在留カード情報をWordの表にまとめました。
在留期限の近い方が含まれているので、アラートの動作確認に使えると思います。
{SIG_ETO}""",
    attachments=[{"kind": "docx", "name": "在留カード情報_四日市工場.docx",
                  "paragraphs": ["外国籍社員 在留カード情報（四日市工場）", ""],
                  "tables": [[["氏名", "国籍・地域", "生年月日", "在留資格", "在留カード番号", "在留期限"]]
                             + [[n, c, ymd(date(R.randint(1988, 2002), R.randint(1, 12), R.randint(1, 28))), q, zairyu(),
                                 ymd(date(R.choice([2025, 2026, 2027]), R.randint(1, 12), R.randint(1, 28)))] for n, c, q in _f]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="residence card numbers of 6 foreign employees in a DOCX table sent to the vendor",
)

# 024  運転免許証番号：1名をサンプルとして
_p = person(sex="M")
add(
    sender=KANZAKI, to=[TSUBASA_SE],
    subject="RE: 免許証番号項目の桁チェックについて", charset="iso-2022-jp",
    body=f"""西岡様

神崎です。ご質問の件、マイカー通勤者の免許証番号は12桁で登録しています。
実データの例を1件お送りしますので、桁チェックの確認にお使いください。

　{_p['name']}（{_p['dept']}）
　運転免許証番号：{license_no()}
　有効期限：{ymd(date(2027, _p['dob'].month, _p['dob'].day))}

テストが終わったら破棄をお願いします。
{SIG_KANZAKI}""",
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a real employee's driving licence number sent as a 'sample' to the vendor",
)

# 025  旅券番号 (PDF table) → 海外赴任サポート会社
_p = people(4, born=(1970, 1992))
add(
    sender=KANZAKI, to=["グローバルリロケーション 佐々木様 <sasaki@global-relo.co.jp>"],
    subject="海外赴任者情報のご提供（システム連携前の初回分）", charset="utf-8",
    body=f"""佐々木様

お世話になっております。日の出産業 人事システム担当の神崎です。
新人事システムと御社サービスの連携開始前に、現任の海外赴任者の情報を
PDFでお送りします。連携開始後はAPI経由となります。
{SIG_KANZAKI}""",
    attachments=[{"kind": "pdf", "name": "overseas_assignees.pdf", "title": "海外赴任者一覧",
                  "lines": ["海外赴任者一覧（現任）", ""],
                  "table": [["氏名", "ローマ字", "生年月日", "赴任先", "旅券番号", "旅券有効期限"]]
                  + [[p["name"], p["romaji"].upper(), ymd(p["dob"]), d, passport(),
                      ymd(date(R.randint(2026, 2033), R.randint(1, 12), R.randint(1, 28)))]
                     for p, d in zip(_p, ["タイ（バンコク）", "米国（オハイオ）", "中国（蘇州）", "メキシコ（グアナフアト）"])]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="passport numbers of 4 employees (identity documents) in a PDF to an outside company",
)

# 026  HTML-only: UAT用アカウント発行依頼（携帯番号つき）
_p = people(8)
_tr = "".join(f"<tr><td>{p['emp']}</td><td>{p['name']}</td><td>{p['dept']}</td><td>{p['work']}</td><td>{p['mobile']}</td></tr>"
              for p in _p)
add(
    sender=TAKATSUKI, to=[KUMO],
    subject="UAT環境 ユーザーアカウント発行のお願い", charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>株式会社クモHR<br>サポートご担当者様</p>
<p>いつもお世話になっております。日の出産業の高槻です。</p>
<p>受入テスト（UAT）環境に、下記8名のユーザーアカウントを発行してください。<br>
二要素認証のSMS送信先として携帯番号も記載しています。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>所属</th><th>メールアドレス</th><th>携帯電話</th></tr>
{_tr}
</table>
<p>ロールはすべて「人事担当（テスト）」でお願いします。</p>
<p>高槻<br>日の出産業株式会社 人事部 人事企画課<br>TEL 052-211-4500</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML table of 8 employees with e-mail and mobile numbers sent to the SaaS vendor",
)

# 027  FW: 社内メールの転送（退職者の送付先住所）
_p = people(7)
add(
    sender=NOGUCHI, to=[TSUBASA_SE],
    subject="FW: 退職者 源泉徴収票の送付先", charset="iso-2022-jp",
    body=f"""西岡様

野口です。退職者の源泉徴収票の送付先住所が、旧システムでは
在職時住所のままになっている件、社内で整理したメールを転送します。
新システムでは「退職後連絡先」項目に入れる想定です。

-----Original Message-----
From: 江藤 佳奈
Sent: Tuesday, June 18, 2024 10:12 AM
To: 野口 さやか
Subject: 退職者 源泉徴収票の送付先

野口さん

今年1～5月の退職者で、退職後に転居の連絡があった方です。

""" + "\n".join(f"{i}) {p['name']}　退職日 {ymd(date(2024, R.randint(1, 5), R.choice([15, 20, 28])))}\n   〒{p['zip']} {p['addr']}"
                 for i, p in enumerate(_p, 1)) + f"""

江藤
{SIG_NOGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="a forward (new text to the vendor) of an internal list of 7 ex-employees' home addresses",
)

# 028  返信：相手のリストは引用のみ
_p = people(6)
add(
    sender=MURAI, to=[TSUBASA_SE],
    subject="Re: 通勤手当 計算結果の確認依頼", charset="utf-8",
    body=f"""西岡様

村井です。ご確認ありがとうございます。
下記6名の件、いずれも旧システム側の定期区間が更新漏れでした。
こちらで旧データを直しますので、再抽出は不要です。

{SIG_MURAI}

On 2024/06/20 16:41, 西岡 <nishioka@tsubasa-system.jp> wrote:
> 村井様
>
> 通勤手当の計算結果で新旧差異が出ている方です。
>
""" + "\n".join(f"> {p['emp']} {p['name']} 旧:{R.randint(5, 30) * 1000}円 新:{R.randint(5, 30) * 1000}円 自宅 {p['addr']}" for p in _p) + """
>
> 定期区間の登録内容をご確認いただけますでしょうか。
> 西岡""",
    expect="pass", entities=[], detectors=[],
    note="the list of 6 people is only quoted from the vendor's own mail; the new text has none",
)

# 029  返信：新しい本文に修正済みデータ5件（引用つき）
_p = people(5)
add(
    sender=ETO, to=[TSUBASA_MIG],
    subject="RE: 生年月日エラー（5件）のご確認", charset="cp932",
    body="移行チーム ご担当者様\n\n江藤です。\nご指摘の5件、正しい値を確認しました。以下で上書きしてください。\n\n"
         + "\n".join(f"■{p['emp']}　{p['name']}　生年月日：{wareki(p['dob'], 'short')}　（旧システム上は {ymd(p['dob'] + timedelta(days=R.choice([-365, 31, 1])))}）"
                     for p in _p)
         + f"""

以上です。

{SIG_ETO}

-----Original Message-----
From: hr-migration@tsubasa-system.jp
Sent: Friday, June 21, 2024 9:03 AM
To: 江藤 佳奈
Subject: 生年月日エラー（5件）のご確認

江藤様

リハーサルで生年月日の妥当性チェックに5件エラーが出ております。
社員番号を添付しますのでご確認ください。
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="reply whose new text carries 5 employees' corrected birth dates (the quote has only IDs)",
)

# 030  壊れた XLSX
add(
    sender=MURAI, to=[TSUBASA_MIG],
    subject="移行データ 差分（第3版）", charset="iso-2022-jp",
    body=f"""移行チーム 御中

村井です。差分データの第3版を添付します。
前回版からの変更は「変更区分」列をご覧ください。
{SIG_MURAI}""",
    attachments=[{"kind": "corrupt", "name": "移行データ_差分_v3.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

# 031  パスワード付き PDF → 錦印刷
add(
    sender=NOGUCHI, to=[NISHIKI],
    subject="給与明細 印字確認用データ（7月度分）", charset="iso-2022-jp",
    body=f"""錦印刷株式会社
堀様

お世話になっております。日の出産業 給与厚生課の野口です。
新システムから出力した7月度の給与明細データ（印字確認用）を
パスワード付きPDFでお送りします。パスワードはお電話でお伝えします。
{SIG_NOGUCHI}""",
    attachments=[{"kind": "pdf", "name": "meisai_202407_check.pdf", "password": "nishiki0725",
                  "lines": ["給与明細書 2024年7月分"] + [f"{p['emp']} {p['name']} 差引支給額 {R.randint(180, 450) * 1000}円"
                                                  for p in people(10)]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF to the printer: cannot be inspected",
)

# 032  明細レイアウト（ダミー表記のみ）→ 錦印刷
add(
    sender=NOGUCHI, to=[NISHIKI],
    subject="給与明細 新レイアウトのご確認", charset="utf-8",
    body=f"""堀様

野口です。新システム移行に伴う給与明細の新レイアウト案です。
項目位置のみの確認用で、値はすべてダミー表記にしています。
圧着ハガキの剥離部分にかからないか、ご確認をお願いします。
{SIG_NOGUCHI}""",
    attachments=[{"kind": "pdf", "name": "meisai_layout_v2.pdf", "title": "給与明細 レイアウト案 v2",
                  "lines": ["給与明細書（レイアウト案 v2）", "", "社員番号：XXXXXX　　氏名：ＸＸＸＸ ＸＸＸＸ　様",
                            "所属：XXXXXXXXXX", ""],
                  "table": [["支給", "金額", "控除", "金額"], ["基本給", "999,999", "健康保険", "99,999"],
                            ["役職手当", "99,999", "厚生年金", "99,999"], ["通勤手当", "99,999", "雇用保険", "9,999"],
                            ["時間外手当", "99,999", "所得税", "99,999"], ["", "", "住民税", "99,999"]]}],
    expect="pass", entities=[], detectors=[],
    note="payslip layout with placeholder values only",
)

# 033  法人カード番号 (経費精算モジュール移行)
_p = people(6, born=(1965, 1985))
add(
    sender=KANZAKI, to=[TSUBASA_SE],
    subject="経費精算モジュール：法人カード紐付けデータ", charset="utf-8",
    body="西岡様\n\n神崎です。経費精算モジュールの法人カード明細連携用に、\n"
         "カード保有者と社員番号の紐付けデータを送ります（管理職6名）。\n\n"
         "社員番号,氏名,カード番号,有効期限\n"
         + "\n".join(f"{p['emp']},{p['name']},{cc()},{R.randint(1, 12):02d}/{R.randint(26, 30)}" for p in _p)
         + "\n\n明細取込のテストが終わったら、テスト環境からも削除をお願いします。\n" + SIG_KANZAKI,
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="credit card numbers of 6 named card holders (comma-separated in the body) to the vendor",
)

# 034  エラーログ抜粋に個人番号1件
_p = person()
_mn = mn()
add(
    sender=IWABUCHI, to=[TSUBASA_SE],
    subject="取込バッチ異常終了のログ", charset="utf-8",
    body=f"""西岡さん

岩渕です。昨夜の取込バッチ（IF-HR-012）が異常終了しました。
ログの該当部分を貼ります。

---- batch_if_hr_012.log (抜粋) ----
2024-06-25 02:14:07 INFO  start IF-HR-012 records=1832
2024-06-25 02:14:55 WARN  row=1207 field=KOJIN_NO length=13 expected=12
2024-06-25 02:14:55 ERROR row=1208 emp_no={_p['emp']} name={_p['name']} kojin_no={_mn} reason=DUPLICATE_KEY
2024-06-25 02:14:55 ERROR abort: constraint violation on T_KOJIN_BANGO (PK)
-----------------------------------

個人番号の重複チェックで落ちているようです。原因調査をお願いします。
{SIG_IWABUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="an error log pasted into the body carries one employee's My Number",
)

# 035  媒体発送の伝票番号
add(
    sender=IWABUCHI, to=[TSUBASA_MIG],
    subject="移行データ格納媒体の発送について", charset="iso-2022-jp",
    body=f"""移行チーム 御中

情報システム部の岩渕です。
本番移行データを格納した暗号化USBを本日発送しました。

　配送：セキュリティ便（手渡し・受領印要）
　お問い合わせ伝票番号：4127-8830-5512
　到着予定：6/27（木）午前

復号キーは当日、弊社担当より電話でお伝えします。
受領後、受領書の返送をお願いいたします。
{SIG_IWABUCHI}""",
    expect="pass", entities=[], detectors=[],
    note="shipping notice with a tracking number; no personal data",
)

# 036  look-alike: hinode-sangyo.jp（co. 抜け）に社内向けの異動リスト
_p = people(6)
add(
    sender=TAKATSUKI, to=["人事部 人事企画課 <jinji-kikaku@hinode-sangyo.jp>"],
    subject="7/1付 人事異動データ（新システム登録用）", charset="iso-2022-jp",
    body="人事企画課各位\n\n7/1付の異動者データです。新システムへの登録をお願いします。\n\n"
         + "\n".join(f"・{p['name']}（{p['emp']}）　{p['dept']} → {R.choice(DEPTS)}　携帯 {p['mobile']}"
                     for p in _p)
         + "\n\n登録後、所属長への通知メールが飛ぶかどうかも確認してください。\n" + SIG_TAKATSUKI,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="meant for the internal team but sent to hinode-sangyo.jp (co. dropped), with 6 employees' records",
)

# 037  look-alike: midori-ginkou.co.jp に全銀フォーマットのテストデータ
_p = people(10)
_HK = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF61, 0xFFA0)}
_HK.update({"\u3099": "ﾞ", "\u309a": "ﾟ", " ": " "})


def hankaku(s: str) -> str:
    return "".join(_HK.get(c, c) for c in unicodedata.normalize("NFD", s))


_zengin = ["1210000000000ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ                            07250178ﾐﾄﾞﾘｷﾞﾝｺｳ      001ﾎﾝﾃﾝ          10001234"]
for p in _p:
    _zengin.append(f"2{p['bcode']}{' ' * 15}{p['brcode']}{' ' * 15}    {1 if p['acct_type'] == '普通' else 2}{p['acct']}"
                   f"{hankaku(p['kana']).ljust(30)}{R.randint(150000, 480000):010d}0")
_zengin.append("8" + f"{len(_p):06d}" + "000003124560")
add(
    sender=MURAI, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    subject="給与振込データ テスト送信のお願い", charset="cp932",
    body=f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 給与厚生課の村井です。
新給与システムから作成した総合振込データ（全銀フォーマット）のテストファイルです。
形式チェックをお願いできますでしょうか。実データ10件を含みます。
{SIG_MURAI}""",
    attachments=[{"kind": "txt", "name": "FB_TEST_0725.txt", "encoding": "cp932", "text": "\n".join(_zengin)}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="bank file with 10 employees' accounts sent to midori-ginkou.co.jp, a look-alike of the partner bank",
)

# 038  本物のみどり銀行：フォーマット質問
add(
    sender=MURAI, to=[MIDORI],
    subject="総合振込 全銀フォーマットの仕様について", charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業株式会社 給与厚生課の村井でございます。

給与システムの入替に伴い、振込データの作成元が変わります。
以下2点、仕様をご確認させてください。

1. ヘッダーレコードの「振込指定日」は、給与振込の場合も MMDD の4桁でよいか
2. データレコードの「新規コード」は、新システムでは常に「0」を設定する予定で問題ないか

なお、テストファイルの送付はインターネットバンキングの
テスト環境経由で行う予定です。
{SIG_MURAI}""",
    expect="pass", entities=[], detectors=[],
    note="format questions to the real partner bank; no data",
)

# 039  定例会議事録：外部3組織が To/Cc に
add(
    sender=TAKATSUKI, to=[TSUBASA_PM], cc=[KUMO_PM, "藤本先生 <fujimoto@fujimoto-sr.jp>", IWABUCHI],
    subject="【議事録】新人事システム 第14回定例会", charset="iso-2022-jp",
    body=f"""関係者各位

第14回定例会の議事録を送付します。

日時：6月24日（月）15:00-16:30
出席：ツバサシステム 宇佐美様・西岡様／クモHR 三好様／藤本社労士事務所 藤本先生／
　　　日の出産業 高槻・岩渕・村井

1. 進捗：結合テスト第1サイクル完了（NG 36件、うち重大度A 4件）
2. 社会保険：端数処理の仕様を藤本先生にご確認いただく（6/28まで）
3. SaaS側：UAT環境の提供開始は7/1（クモHR様）
4. 次回：7月1日（月）15:00

以上
{SIG_TAKATSUKI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (SIer, SaaS vendor, 社労士) can see each other in To/Cc",
)

# 040  定例会：外部2社のみ
add(
    sender=TAKATSUKI, to=[TSUBASA_PM], cc=[KUMO_PM, IWABUCHI, MURAI],
    subject="第15回定例会 アジェンダ", charset="utf-8",
    body=f"""宇佐美様、三好様

高槻です。明日の定例会のアジェンダです。

1. 結合テスト第2サイクル 進捗
2. UAT環境のアカウント発行状況
3. 並行稼働の実施体制（給与厚生課の体制表は当日配布）
4. 課題管理表の棚卸し

会議URLは前回と同じです。
{SIG_TAKATSUKI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="only two external organisations in To/Cc: a normal three-way project mail",
)

# 041  内定者1名（フリーメール）への案内
_p = person(born=(2001, 2003))
add(
    sender=NOGUCHI, to=[f"{_p['name']} <{_p['mail']}>"],
    subject="【日の出産業】入社手続きのWeb登録のお願い", charset="utf-8",
    body=f"""{_p['name']} 様

日の出産業株式会社 人事部の野口です。
来春のご入社に向けて、入社手続きをWebで行っていただく準備が整いました。

今年から人事システムを新しくしたため、紙の書類に代わって
下記のWebページからご登録いただく形になります。

　登録期限：11月30日（土）
　登録内容：住所、緊急連絡先、給与振込口座、扶養家族、通勤経路
　URL：https://hinode.kumo-hr.jp/onboarding （初回ログイン用IDは別途郵送します）

マイナンバーは、郵送でお届けする専用封筒でご提出ください（Webでは登録しません）。
ご不明点があれば、このメールにご返信ください。
{SIG_NOGUCHI}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one prospective employee on free mail, no data about her beyond the salutation",
)

# 042  退職者4名を To に並べた案内（すべて gmail）
_p = people(4, born=(1950, 1960))
add(
    sender=NOGUCHI, to=[f"{p['name']} <{p['mei_r'].lower()}{p['sei_r'].lower()}.{R.randint(50, 69)}@gmail.com>" for p in _p],
    subject="退職者向けWeb明細サービス終了のお知らせ", charset="iso-2022-jp",
    body=f"""退職者の皆様

日の出産業株式会社 人事部給与厚生課の野口でございます。
在職中にご利用いただいていた「Web明細」サービスは、人事システムの入替に伴い
9月30日をもって終了いたします。

過去の源泉徴収票が必要な方は、終了日までにダウンロードいただくか、
給与厚生課（052-211-4512）までご連絡ください。郵送にて再発行いたします。
{SIG_NOGUCHI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="four private persons in To can see each other's addresses: should have been Bcc",
)

# 043  PDF に「機密」のヘッダ（ロール一覧のみ）
add(
    sender=IWABUCHI, to=[KUMO_PM],
    subject="ロール別 画面権限一覧（最終版）", charset="utf-8",
    body=f"""三好様

岩渕です。ロール別の画面権限一覧の最終版をPDFでお送りします。
これをもとにSaaS側の権限設定をお願いいたします。
{SIG_IWABUCHI}""",
    attachments=[{"kind": "pdf", "name": "role_matrix_final.pdf", "page_header": "機密 / Confidential",
                  "page_footer": "日の出産業株式会社 情報システム部",
                  "lines": ["ロール別 画面権限一覧（最終版）", ""],
                  "table": [["画面", "一般社員", "所属長", "人事担当", "給与担当", "システム管理者"],
                            ["本人情報照会", "参照", "参照", "参照", "参照", "-"],
                            ["部下情報照会", "-", "参照", "参照", "参照", "-"],
                            ["給与明細", "本人", "本人", "-", "全社", "-"],
                            ["人事異動登録", "-", "-", "更新", "-", "-"],
                            ["給与計算実行", "-", "-", "-", "更新", "-"],
                            ["ユーザー管理", "-", "-", "-", "-", "更新"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDF stamped 機密 / Confidential in its page header sent to the SaaS vendor",
)

# 044  定型の免責文（機密情報…）つきの通常メール
add(
    sender=KANZAKI, to=[TSUBASA_SE],
    subject="帳票一覧の確認結果", charset="iso-2022-jp",
    body=f"""西岡様

神崎です。帳票一覧（v1.3）を確認しました。
「賃金台帳」と「源泉徴収簿」は新システム標準帳票で代替可とします。
「部門別人件費集計表」のみ、カスタム帳票として残す方向でお願いします。
出力レイアウトは旧帳票と同じで結構です。
{SIG_KANZAKI}
{DISC_JA}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary mail with the standard 機密情報 disclaimer",
)

# 045  NDA ドラフト
add(
    sender=TAKATSUKI, to=[TSUBASA_PM],
    subject="秘密保持契約書（ドラフト）修正版の送付", charset="utf-8",
    body=f"""宇佐美様

お世話になっております。高槻です。
本番データを用いた移行作業に先立ち、秘密保持契約書（NDA）のドラフトに
弊社法務のコメントを反映しました。主な修正は以下です。

・第2条：秘密情報の定義に「個人情報」を明示
・第7条：返還・廃棄の期限を「契約終了後30日以内」に変更
・第9条：再委託時の事前承諾を追加

ご確認のうえ、問題なければ押印手続きに進めさせてください。
{SIG_TAKATSUKI}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_r2.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                                 "甲の人事給与システム移行業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、本業務の遂行にあたり相互に開示される秘密情報の取扱いを定める。",
                                 "第2条（定義）秘密情報とは、開示者が秘密である旨を明示して開示した情報及び個人情報をいう。",
                                 "第7条（返還・廃棄）乙は、本契約終了後30日以内に秘密情報を返還又は廃棄する。",
                                 "第9条（再委託）乙は、甲の事前の書面による承諾なく本業務を再委託してはならない。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with the NDA draft attached; no marking, no personal data",
)

# 046  ZIP（暗号化なし）の中に CSV と XLSX
_p = people(9)
add(
    sender=NOGUCHI, to=[TSUBASA_MIG],
    subject="家族・通勤情報の移行データ一式", charset="utf-8",
    body=f"""移行チーム 御中

野口です。家族情報と通勤情報の移行データをZIPにまとめました。
（今回は件数が少ないのでパスワードはかけていません）

- family.csv ：扶養家族（9名分の社員に紐づく家族）
- tsukin.xlsx ：通勤経路・定期代
{SIG_NOGUCHI}""",
    attachments=[{"kind": "zip", "name": "family_tsukin_0628.zip",
                  "files": [{"kind": "csv", "name": "family.csv", "encoding": "cp932",
                             "rows": [["社員番号", "家族氏名", "続柄", "生年月日", "同居区分", "扶養区分"]]
                             + [[p["emp"], f"{p['sei']} {person()['mei']}", R.choice(["配偶者", "子", "子", "父", "母"]),
                                 ymd(date(R.randint(1955, 2020), R.randint(1, 12), R.randint(1, 28))),
                                 R.choice(["同居", "別居"]), R.choice(["税扶養", "税・社保扶養", "なし"])] for p in _p]},
                            {"kind": "xlsx", "name": "tsukin.xlsx",
                             "sheets": {"通勤": [["社員番号", "氏名", "自宅住所", "最寄駅", "勤務地最寄駅", "6か月定期代"]]
                                        + [[p["emp"], p["name"], p["addr"], R.choice(["勝川", "大曽根", "金山", "知立", "近鉄四日市"]),
                                            R.choice(["栄", "名古屋", "四日市"]), R.randint(30, 120) * 1000] for p in _p]}}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="unencrypted ZIP with family members' birth dates and employees' home addresses (9 people) to the vendor",
)

# 047  社内メールを添付（.eml）で転送：健康診断結果
_p = people(5, born=(1960, 1985))
_inner = {
    "sender": "産業保健スタッフ 水野 <mizuno.h@hinode-sangyo.co.jp>", "to": [ETO],
    "subject": "定期健診 要再検査者（5名）", "charset": "iso-2022-jp",
    "body": "江藤さん\n\n今年の定期健康診断で要再検査となった方です。新システムの健康管理機能に登録予定です。\n\n"
            + "\n".join(f"{p['emp']} {p['name']}（{ymd(p['dob'])}生）… {f}" for p, f in zip(
                _p, ["血圧 168/102 要精密検査", "HbA1c 7.4% 糖尿病の疑い", "心電図 心房細動の所見",
                     "γ-GTP 312 肝機能障害", "胸部X線 要精密検査（結節影）"]))
            + "\n\n水野\n",
}
add(
    sender=ETO, to=[KUMO],
    subject="健康管理機能の取込形式について（元データ添付）", charset="utf-8",
    body=f"""クモHR サポートご担当者様

日の出産業の江藤です。
健康管理機能に健診結果を取り込みたいのですが、社内ではこのような形で
情報をやり取りしています。添付のメールの形式から一括で取り込む方法があれば教えてください。
{SIG_ETO}""",
    attachments=[{"kind": "eml", "name": "定期健診 要再検査者（5名）.eml", "message": _inner}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="attached internal mail with 5 employees' health check findings, sent to the SaaS vendor",
)

# 048  社内のみ：健診結果の一覧
_p = people(7, born=(1960, 1990))
add(
    sender=ETO, to=["産業保健スタッフ 水野 <mizuno.h@hinode-sangyo.co.jp>"], cc=[HATTORI],
    subject="新システムへの健診結果登録 対象者", charset="utf-8",
    body="水野さん\n\n健康管理機能に先行登録する方の一覧です。登録は水野さんの権限でお願いします。\n\n"
         + "\n".join(f"{p['emp']}\t{p['name']}\t{R.choice(['高血圧', '脂質異常症', '糖尿病', '睡眠時無呼吸症候群', '要精密検査(胃)'])}"
                     for p in _p)
         + "\n\n" + SIG_ETO,
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health findings of 7 employees, but sent only inside the company",
)

# 049  「・」箇条書き：新任管理職4名（閾値未満）
_p = people(4, born=(1975, 1985))
add(
    sender=TAKATSUKI, to=[KUMO_PM],
    subject="管理職権限の先行付与（4名）", charset="iso-2022-jp",
    body="三好様\n\nお世話になっております。高槻です。\n"
         "7/1付で新任管理職となる下記4名について、UAT環境で所属長ロールを先行付与してください。\n"
         "本人確認用に生年月日と連絡先を添えます。\n\n"
         + "\n".join(f"・{p['name']}（{p['kana']}）　{ymd(p['dob'])}生　{p['dept']}　TEL {p['home']}" for p in _p)
         + "\n\n以上4名です。\n" + SIG_TAKATSUKI,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="bulleted records of four people only: below the list threshold, may be warned",
)

# 050  1件1ブロック：緊急連絡先
_p = people(5)
_blocks = []
for i, p in enumerate(_p, 1):
    kin = person(born=(1950, 1995))
    _blocks.append(f"""【{i}】社員番号：{p['emp']}
　　氏名　　　：{p['name']}
　　緊急連絡先：{p['sei']} {kin['mei']}（{R.choice(['妻', '夫', '父', '母', '姉', '兄'])}）
　　連絡先電話：{kin['mobile']}
　　住所　　　：{p['addr']}""")
add(
    sender=ETO, to=[TSUBASA_SE],
    subject="緊急連絡先 移行対象外データの手入力分", charset="iso-2022-jp",
    body="西岡様\n\n江藤です。\n緊急連絡先は旧システムに項目がなく、紙の台帳から起こした5名分を送ります。\n"
         "お手数ですが手入力での登録をお願いします。\n\n" + "\n\n".join(_blocks) + "\n\n" + SIG_ETO,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="five one-record-per-block entries (name, emergency contact phone, address) to the vendor",
)

# 051  UAT立会者3名の連絡先
_p = people(3)
add(
    sender=KANZAKI, to=[TSUBASA_SE],
    subject="UAT 立会者の連絡先", charset="cp932",
    body="西岡様\n\n神崎です。来週のUAT（工場会場）の立会者です。\n当日、入館の際に連絡がつかない場合はこちらへ。\n\n"
         + "\n".join(f"  {p['name']}（{p['dept']}）  携帯 {p['mobile']}" for p in _p)
         + "\n\n" + SIG_KANZAKI,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees' mobile numbers: a short list, may be warned but must go",
)

# 052  拠点一覧（勤務地マスタ）：事業所の住所と代表電話
add(
    sender=IWABUCHI, to=[TSUBASA_SE],
    subject="勤務地マスタの元データ", charset="utf-8",
    body=f"""西岡さん

岩渕です。勤務地マスタの元データです。住所・代表電話は総務の拠点台帳から取りました。

勤務地CD  拠点名            住所                                          代表電話
--------  ----------------  --------------------------------------------  ------------
W001      本社              愛知県名古屋市中区栄二丁目5番12号             052-211-4500
W002      名古屋工場        愛知県名古屋市港区潮見町37番地の2             052-611-3301
W003      四日市工場        三重県四日市市霞二丁目1番地の5                059-364-7710
W004      東京営業所        東京都港区芝大門一丁目10番8号 芝NKビル4F      03-5401-2260
W005      大阪営業所        大阪府大阪市淀川区西中島5-14-10               06-6305-1188
W006      物流センター      愛知県小牧市大字三ツ渕字西ノ門878             0568-73-9021

{SIG_IWABUCHI}""",
    expect="pass", entities=[], detectors=[],
    note="list of the company's own sites with switchboard numbers: businesses, not people",
)

# 053  全角スペース揃え・全角数字・和暦：中途入社者6名 → 給与BPO
_p = people(6, born=(1975, 1998))
add(
    sender=MURAI, to=[ASAHI],
    subject="中途入社者の年末調整対象者リスト", charset="iso-2022-jp",
    body="坂口様\n\nいつもお世話になっております。日の出産業の村井です。\n"
         "新システム稼働前に入社した中途入社者のうち、年末調整の対象となる方の一覧です。\n"
         "前職の源泉徴収票は本人から回収次第お送りします。\n\n"
         + zpad("氏名", 16) + zpad("生年月日", 24) + zpad("入社日", 10) + "連絡先\n"
         + "－" * 38 + "\n"
         + "\n".join(zpad(p["name"].replace(" ", "　"), 16) + zpad(wareki(p["dob"], "zenkanji"), 24)
                     + zpad(zen(f"{p['hire'].month}/{p['hire'].day}"), 10) + zen(p["mobile"]) for p in _p)
         + "\n\nよろしくお願いいたします。\n" + SIG_MURAI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="full-width padded table of 6 people with 和暦 birth dates and full-width phone numbers to the payroll outsourcer",
)

# 054  旧システムからのエクスポート（XLS）
_p = people(30)
add(
    sender=IWABUCHI, to=[TSUBASA_MIG],
    subject="旧システム 社員マスタ エクスポート（名古屋工場）", charset="cp932",
    body=f"""移行チーム 御中

情シス岩渕です。
旧システム（JINJI-21）のエクスポート機能がExcel 97-2003形式（.xls）しか出せないため、
そのままお送りします。変換で文字化けがあれば教えてください。
{SIG_IWABUCHI}""",
    attachments=[{"kind": "xls", "name": "SHAIN_MST_NGY.xls",
                  "sheets": {"SHAIN_MST": [["SHAIN_NO", "SHIMEI_KANJI", "SHIMEI_KANA", "SEIBETSU", "SEINENGAPPI",
                                            "YUBIN", "JUSHO", "TEL_JITAKU", "NYUSHA_YMD"]]
                             + [[p["emp"], p["name"], p["kana"], "1" if p["sex"] == "男" else "2",
                                 p["dob"].strftime("%Y%m%d"), p["zip"].replace("-", ""), p["addr"], p["home"],
                                 p["hire"].strftime("%Y%m%d")] for p in _p]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy XLS export of 30 employees' master records to the vendor",
)

# 055  PPTX：移行リハーサル報告にエラーデータ例（実データ）
_p = people(5)
add(
    sender=TAKATSUKI, to=[TSUBASA_PM, TSUBASA_SE],
    subject="第1回移行リハーサル 報告資料（ステコミ用）", charset="utf-8",
    body=f"""宇佐美様、西岡様

高槻です。来週のステアリングコミッティで使う報告資料のドラフトです。
5枚目のエラー例は実データから拾っています。表現を含めてご意見ください。
{SIG_TAKATSUKI}""",
    attachments=[{"kind": "pptx", "name": "移行リハーサル1_報告_draft.pptx",
                  "slides": [["第1回移行リハーサル 結果報告", "新人事システム導入プロジェクト", "人事部 / ツバサシステム"],
                             ["実施概要", "実施日：6/15-16", "対象：社員基本・給与・家族・口座", "所要時間：14時間（計画12時間）"],
                             ["結果サマリ", "移行件数 1,832件", "エラー 47件（2.6%）", "うち要手修正 12件"],
                             ["エラー内訳", "生年月日不正 5件", "住所 都道府県欠落 19件", "続柄コード不正 23件"],
                             ["エラーデータ例（住所）"] + [f"{p['emp']} {p['name']} {ymd(p['dob'])}生 {p['addr'].replace(p['pref'], '', 1)}"
                                                      for p in _p],
                             ["次回に向けて", "住所正規化ロジックの追加", "続柄変換表の整備"]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="slide deck with 5 real employees' names, birth dates and addresses as 'error examples'",
)

# 056  PPTX：移行計画（人物なし）
add(
    sender=TAKATSUKI, to=[TSUBASA_PM],
    subject="移行計画書（概要版）", charset="utf-8",
    body=f"""宇佐美様

高槻です。経営会議向けの移行計画概要をスライドにまとめました。
本番切替の判定基準（Go/No-Go）の表現を御社の計画書と揃えたので、相違がないかご確認ください。
{SIG_TAKATSUKI}""",
    attachments=[{"kind": "pptx", "name": "移行計画_概要版.pptx",
                  "slides": [["新人事給与システム 移行計画（概要）", "2024年6月 人事部"],
                             ["スケジュール", "6月：移行リハーサル1・2", "7-9月：並行稼働（3回）", "10月：本番切替"],
                             ["Go/No-Go 判定基準", "並行稼働で差異ゼロ（説明可能な差異を除く）", "重大度A不具合の残0件",
                              "操作研修の受講率90%以上"],
                             ["体制", "PMO：人事企画課", "移行：ツバサシステム", "SaaS：クモHR"]]}],
    expect="pass", entities=[], detectors=[],
    note="migration plan slides: no personal data",
)

# 057  English: three external organisations in To/Cc
add(
    sender=KANZAKI, to=[PEOPLEGRID], cc=[TSUBASA_PM, MERIDIAN],
    subject="Kick-off: payroll interface for overseas subsidiaries", charset="utf-8",
    body=f"""Dear Priya, Usami-san, Daniel,

Thank you all for joining the call last week. As agreed, I am putting the three teams
in touch so that you can work out the interface between PeopleGrid (our overseas HR
platform), the new domestic HR system built by Tsubasa System, and the reporting
layer Meridian is designing for us.

Proposed next steps:
  1. PeopleGrid to share the outbound employee-event API spec (by 5 July)
  2. Tsubasa to map it to the domestic master definitions (by 19 July)
  3. Meridian to confirm the headcount report layout

Please reply-all with any concerns.

Best regards,
{SIG_KANZAKI}
{DISC_EN}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (peoplegrid, tsubasa-system, meridian) visible to each other in To/Cc",
)

# 058  look-alike: tsubasa-system.co.jp (TLD 違い)
add(
    sender=IWABUCHI, to=["西岡 <nishioka@tsubasa-system.co.jp>"],
    subject="所属マスタ 新旧対応表（確定版）", charset="iso-2022-jp",
    body=f"""西岡さん

岩渕です。所属マスタの新旧対応表、確定版を添付します。
前回指摘の「1対多」のケースは、旧コード1100を営業第一部本体（110100）に寄せる形で決着しました。
{SIG_IWABUCHI}""",
    attachments=[{"kind": "csv", "name": "shozoku_map_final.csv", "encoding": "cp932",
                  "rows": [["旧所属CD", "新所属CD", "所属名"], ["1100", "110100", "営業第一部"], ["1105", "110200", "東京営業所"],
                           ["1200", "120100", "営業第二部"], ["3110", "310110", "名古屋工場"], ["3120", "310120", "四日市工場"]]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-system.co.jp is not the partner's domain (tsubasa-system.jp): a TLD look-alike",
)

# 059  look-alike: homoglyph (Cyrillic а) → punycode
add(
    sender=MURAI, to=["ツバサシステム 移行チーム <hr-migration@xn--tsubsa-system-z1k.jp>"],
    subject="Re: 賞与計算テスト用データのご依頼", charset="utf-8",
    body=f"""移行チーム ご担当者様

村井です。賞与計算テストの件、承知しました。
データは来週火曜にファイル授受サイトにアップロードします。
アップロード先のフォルダ名だけ先に教えてください。
{SIG_MURAI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain is an IDN homoglyph of tsubasa-system.jp (Cyrillic а)",
)

# 060  look-alike: hinode-sangyo-co.jp（ドットがハイフン）に2名の給与情報
_p = people(2, born=(1970, 1980))
add(
    sender=HATTORI, to=["村井 航 <murai.wataru@hinode-sangyo-co.jp>"],
    subject="部長昇格者の給与設定", charset="iso-2022-jp",
    body=f"""村井君

7/1付で部長に昇格する2名の新給与です。新システムへの設定をお願いします。

　{_p[0]['name']}（{_p[0]['emp']}）　基本給 612,000円　役職手当 120,000円
　{_p[1]['name']}（{_p[1]['emp']}）　基本給 598,000円　役職手当 120,000円

発令前なので取扱いに注意してください。
{SIG_HATTORI}""",
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but addressed to hinode-sangyo-co.jp (hyphen for dot): look-alike of the own domain",
)

# 061  パートナーのサブドメイン（正規）
add(
    sender=KANZAKI, to=["ツバサシステム ヘルプデスク <helpdesk@support.tsubasa-system.jp>"],
    subject="UAT環境へのVPN接続ができません", charset="utf-8",
    body=f"""ヘルプデスク ご担当者様

日の出産業の神崎です。本日10時頃から、UAT環境へのVPN接続がタイムアウトします。
エラーは「接続先のゲートウェイが応答しません（809）」です。
弊社側のFWログでは、送信は許可されています。
ご確認をお願いします。
{SIG_KANZAKI}""",
    expect="pass", entities=[], detectors=[],
    note="help-desk address on a subdomain of the real partner domain; ordinary support request",
)

# 062  社内サブドメイン宛て：移行データ一覧
_p = people(10)
add(
    sender=IWABUCHI, to=["hr-batch@mail.hinode-sangyo.co.jp"], cc=[TAKATSUKI],
    subject="[batch] 移行差分 取込対象一覧 0626", charset="utf-8",
    body="本日夜間バッチで取り込む差分一覧です（自動配信用アドレス宛）。\n\n"
         "EMP_NO,NAME,DOB,ADDRESS,TEL\n"
         + "\n".join(f"{p['emp']},{p['name']},{ymd(p['dob'], '-')},{p['addr']},{p['home']}" for p in _p)
         + "\n" + SIG_IWABUCHI,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="10 employees' records to an internal subdomain address only",
)

# 063  懲戒処分履歴（逮捕歴を含む）
_p = people(5, sex="M", born=(1965, 1995))
add(
    sender=ETO, to=[TSUBASA_SE],
    subject="懲戒処分履歴の移行について", charset="iso-2022-jp",
    body="西岡様\n\n江藤です。\n懲戒処分履歴は旧システムでは備考欄のフリーテキストでした。\n"
         "新システムの「賞罰」項目に移すため、過去5年分を整理しました。\n\n"
         "社員番号 | 氏名 | 処分日 | 処分 | 事由\n"
         + "\n".join(f"{p['emp']} | {p['name']} | {ymd(date(R.randint(2019, 2023), R.randint(1, 12), R.randint(1, 28)))} | {a} | {b}"
                     for p, (a, b) in zip(_p, [("出勤停止5日", "酒気帯び運転により逮捕（略式起訴・罰金）"),
                                              ("減給", "無断欠勤の反復"),
                                              ("けん責", "経費の不適切な精算"),
                                              ("諭旨解雇", "業務上横領（刑事告訴済）"),
                                              ("けん責", "ハラスメント行為")]))
         + "\n\n事由の文字数が新システムの上限（100字）を超えるものはありません。\n" + SIG_ETO,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="disciplinary records of 5 named employees, including an arrest and criminal complaint",
)

# 064  宗教上の配慮：1名
_p = person(sex="F", born=(1985, 1995))
add(
    sender=ONODERA, to=[TSUBASA_SE],
    subject="特記事項の移行（1件だけ個別対応のお願い）", charset="utf-8",
    body=f"""ツバサシステム 西岡様

総務部の小野寺です。
特記事項欄の移行について、1件だけ個別に扱っていただきたいものがあります。

技術開発部の{_p['name']}さんはイスラム教徒のため、社員食堂のハラール対応と、
金曜昼の礼拝時間の勤務配慮を登録しています。新システムでは特記事項を所属長も
参照できる仕様と伺ったので、この1件だけは人事担当のみ参照の項目に移してください。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's religion sent to the vendor: 要配慮個人情報 even for one person",
)

# 065  特記事項の扱い（人物なし）
add(
    sender=ONODERA, to=[TSUBASA_SE],
    subject="特記事項欄の移行方針", charset="utf-8",
    body=f"""西岡様

小野寺です。特記事項欄（フリーテキスト）の扱いですが、
病歴や信条など要配慮個人情報が混じっている可能性があるため、
一括移行の対象外とし、必要なものだけ人事で個別に再登録する方針になりました。

移行ツールの対象項目から外していただけますでしょうか。
{SIG_ONODERA}""",
    expect="pass", entities=[], detectors=[],
    note="talks about sensitive categories in general; no person identified",
)

# 066  労災：1名の傷病名 → 社労士
_p = person(sex="M", born=(1978, 1995))
add(
    sender=ETO, to=["藤本先生 <fujimoto@fujimoto-sr.jp>"],
    subject="労災の休業補償と新システムの勤怠区分", charset="iso-2022-jp",
    body=f"""藤本先生

お世話になっております。江藤です。
名古屋工場の{_p['name']}さん（{_p['dob'].year}年生）ですが、
6/3にプレス作業中の事故で左手指を骨折（左第2・第3指 開放骨折）し、現在休業中です。
労働基準監督署への様式第8号は提出済みです。

新システムでは「業務上傷病休職」の区分で休業期間を管理する予定ですが、
待期期間3日間の会社補償分を給与計算側でどう扱うべきか、ご助言いただけますか。
{SIG_ETO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's work injury and diagnosis sent outside",
)

# 067  カンマ区切り：Web明細の初期登録（私用メール・携帯）
_p = people(12)
add(
    sender=NOGUCHI, to=[KUMO],
    subject="Web明細 私用アドレス登録（初期データ）", charset="utf-8",
    body="クモHR サポート御中\n\n日の出産業の野口です。\n"
         "Web明細の通知を私用アドレスで受け取りたいと申請した社員の初期データです。\n"
         "一括登録をお願いします。\n\n"
         "社員番号,氏名,私用メールアドレス,携帯電話番号\n"
         + "\n".join(f"{p['emp']},{p['name']},{p['mail']},{p['mobile'].replace('-', '')}" for p in _p)
         + "\n\n" + SIG_NOGUCHI,
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="12 employees' private e-mail addresses and mobiles (CSV in the body) to the SaaS vendor",
)

# 068  1名の例で不具合を説明
_p = person(born=(1984, 1984))
add(
    sender=MURAI, to=[TSUBASA_SE],
    subject="介護保険料 40歳到達月の判定（BUG-0151）", charset="iso-2022-jp",
    body=f"""西岡様

村井です。BUG-0151の再現例です。

　社員番号 {_p['emp']}　{_p['name']}さん　生年月日 {ymd(_p['dob'])}

この方は今年{_p['dob'].month}月に40歳になりますが、新システムでは翌月から
介護保険料が控除されています。40歳到達日（誕生日の前日）の属する月から
控除するのが正しい扱いです。誕生日が1日の方の扱いも併せて確認してください。
{SIG_MURAI}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one employee's birth date as a bug example: a single person's record, may be warned",
)

# 069  either: 「架空データ」と称するテストデータ
_fake = people(10)
add(
    sender=KANZAKI, to=[TSUBASA_SE],
    subject="性能テスト用のテストデータ（架空）", charset="utf-8",
    body=f"""西岡様

神崎です。性能テスト用に、こちらで作ったテストデータのひな形を送ります。
氏名・住所・電話はツールで生成した架空のものです（実在の社員ではありません）。
これを1万件に膨らませて使ってください。
{SIG_KANZAKI}""",
    attachments=[{"kind": "csv", "name": "perf_seed_10.csv", "encoding": "utf-8",
                  "rows": [["emp_no", "name", "kana", "birth", "zip", "address", "tel"]]
                  + [[f"9{p['emp'][1:]}", p["name"], p["kana"], ymd(p["dob"]), p["zip"], p["addr"], p["mobile"]] for p in _fake]}],
    expect="either", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="10 realistic-looking records the sender says are synthetic: looks like a people list, cannot be verified",
)

# 070  either: プロジェクト体制表（自社メンバー7名の業務連絡先）
_p = people(7)
add(
    sender=TAKATSUKI, to=[TSUBASA_PM],
    subject="並行稼働 体制表（日の出産業側）", charset="iso-2022-jp",
    body="宇佐美様\n\n高槻です。並行稼働期間中の弊社側体制です。\n"
         "問い合わせ先としてご利用ください。\n\n"
         "役割　　　　　氏名　　　　　　　所属　　　　　　メール　　　　　　　　　　　　　　内線\n"
         + "\n".join(f"{zpad(r, 14)}{zpad(p['name'], 18)}{zpad(p['dept'], 16)}{pad(p['work'], 36)}{R.randint(3000, 3999)}"
                     for r, p in zip(["責任者", "給与計算", "給与計算", "社会保険", "勤怠", "システム", "システム"], _p))
         + "\n\n" + SIG_TAKATSUKI,
    expect="either", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="seven staff members' work e-mail and extension as a project roster: business contacts or a people list",
)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for i, ch in enumerate(reversed(base12), 1):
        total += int(ch) * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_number("180001047326")

# 071  either: 部署別の集計（小さい部署で休職者1名）
add(
    sender=KANZAKI, to=[MERIDIAN],
    subject="Headcount report – sample figures for layout check", charset="utf-8",
    body=f"""Daniel,

As requested, here are sample figures (June, actual) so you can check the layout of the
headcount report. Figures are counts only.

部署            在籍  うち休職  うち育休
--------------  ----  --------  --------
営業第一部        84         0         2
営業第二部        61         1         1
品質保証部         7         1         0
技術開発部        45         0         3
名古屋工場       312         4         5
四日市工場       228         2         4

Note the 品質保証部 row: 7 people, 1 on sick leave. Let me know if the report should
suppress small cells.

Regards,
{SIG_KANZAKI}""",
    expect="either", entities=[], detectors=[],
    note="aggregate counts only, but a 7-person department with one person on leave may be identifiable",
)

# 072  市役所へ：特別徴収の対象者一覧
_p = people(6)
add(
    sender=NOGUCHI, to=["花咲市役所 市民税課 特別徴収係 <tokucho@city.hanasaki.lg.jp>"],
    subject="給与支払報告に係る特別徴収対象者の照会", charset="iso-2022-jp",
    body="花咲市役所 市民税課 特別徴収係 御中\n\n"
         "日の出産業株式会社（特別徴収義務者指定番号 0012345678）給与厚生課の野口と申します。\n"
         "給与システムの入替に伴い、貴市在住の従業員の年税額を照合しております。\n"
         "下記6名について、当社の控えと税額通知書の金額が一致しないため、ご確認をお願いいたします。\n\n"
         "No. 氏名 / 生年月日 / 住所 / 当社控え年税額\n"
         + "\n".join(f"{i}. {p['name']} / {wareki(p['dob'])} / {p['addr']} / {R.randint(60, 420) * 100}円"
                     for i, p in enumerate(_p, 1))
         + "\n\nお手数をおかけしますが、よろしくお願いいたします。\n" + SIG_NOGUCHI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="6 residents' names, birth dates and addresses sent by mail to a city office",
)

# 073  市役所へ：形式の質問のみ
add(
    sender=NOGUCHI, to=["花咲市役所 市民税課 特別徴収係 <tokucho@city.hanasaki.lg.jp>"],
    subject="特別徴収税額通知（電子データ）の受取方法について", charset="iso-2022-jp",
    body=f"""花咲市役所 市民税課 特別徴収係 御中

日の出産業株式会社 給与厚生課の野口と申します。
来年度から、特別徴収税額通知を電子データ（eLTAX経由）で受け取りたいと考えております。
給与システムの入替に伴うもので、個人別明細も電子で受け取れるのか、
また申出の期限はいつまでかをご教示ください。
{SIG_NOGUCHI}""",
    expect="pass", entities=[], detectors=[],
    note="procedural question to the city office; no person's data",
)

# 074  権限付与申請書 (DOCX) 12名
_p = people(12)
add(
    sender=IWABUCHI, to=[KUMO_PM],
    subject="本番環境 権限付与申請（人事・給与担当者）", charset="utf-8",
    body=f"""三好様

岩渕です。本番環境の権限付与申請書を送付します。
人事・給与担当の12名分です。SSO連携のため、メールアドレスはIdPと一致させています。
{SIG_IWABUCHI}""",
    attachments=[{"kind": "docx", "name": "権限付与申請書_本番_第1回.docx",
                  "paragraphs": ["権限付与申請書（本番環境）", "申請者：情報システム部 岩渕", "承認者：人事部長 服部", ""],
                  "tables": [[["No", "氏名", "社員番号", "メールアドレス", "付与ロール", "参照範囲"]]
                             + [[str(i), p["name"], p["emp"], p["work"], R.choice(["人事担当", "給与担当", "人事担当(参照)"]),
                                 R.choice(["全社", "本社", "工場"])] for i, p in enumerate(_p, 1)]]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="DOCX table of 12 employees (name, employee no., e-mail, role) sent to the SaaS vendor",
)

# 075  ロール定義 (XLSX)：人物なし
add(
    sender=IWABUCHI, to=[TSUBASA_SE],
    subject="ロール定義とデータ参照範囲（案）", charset="utf-8",
    body=f"""西岡さん

岩渕です。ロール定義とデータ参照範囲の案です。
参照範囲の判定は「所属階層」と「雇用区分」の組み合わせにしたいと考えています。
実装上の制約があれば指摘してください。
{SIG_IWABUCHI}""",
    attachments=[{"kind": "xlsx", "name": "role_definition_draft.xlsx",
                  "sheets": {"ロール": [["ロールID", "ロール名", "説明"], ["R01", "一般社員", "本人情報の参照・申請"],
                                      ["R02", "所属長", "配下社員の勤怠承認・基本情報参照"],
                                      ["R03", "人事担当", "人事情報の更新（給与除く）"],
                                      ["R04", "給与担当", "給与・社保情報の更新"], ["R09", "監査", "全情報の参照のみ"]],
                             "参照範囲": [["ロールID", "所属階層", "雇用区分", "給与項目"], ["R02", "配下", "正社員・契約", "不可"],
                                      ["R03", "全社", "全区分", "不可"], ["R04", "全社", "全区分", "可"],
                                      ["R09", "全社", "全区分", "参照のみ"]]}}],
    expect="pass", entities=[], detectors=[],
    note="role and permission definitions: no people",
)

# 076  退職金計算テスト結果 (PDF) 8名
_p = people(8, born=(1962, 1966))
add(
    sender=MURAI, to=[TSUBASA_SE],
    subject="退職金計算 検証結果（定年予定者）", charset="cp932",
    body=f"""西岡様

村井です。退職金計算の検証結果をPDFにしました。
来年度定年予定者8名の実データで、旧システムとの差異はありませんでした。
ポイント制の加算部分だけ端数処理を再確認ください。
{SIG_MURAI}""",
    attachments=[{"kind": "pdf", "name": "taishokukin_check.pdf", "title": "退職金計算 検証結果",
                  "lines": ["退職金計算 新旧比較（定年予定者）", ""],
                  "table": [["氏名", "生年月日", "入社日", "勤続", "旧システム", "新システム"]]
                  + [[p["name"], ymd(p["dob"]), ymd(date(R.randint(1984, 1990), 4, 1)), f"{R.randint(34, 40)}年",
                      f"{(v := R.randint(1800, 2600) * 10000):,}", f"{v:,}"] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="PDF table of 8 employees with birth dates and retirement allowance amounts to the vendor",
)

# 077  English: field names only
add(
    sender=KANZAKI, to=[PEOPLEGRID],
    subject="RE: Field mapping for the employee sync", charset="utf-8",
    body=f"""Hi Priya,

Thanks for the draft mapping. A few points from our side:

- We will NOT send date_of_birth, home_address or my_number (the Japanese individual
  number) to PeopleGrid. The sync should carry employee_id, legal_entity, org_code,
  job_grade and email only.
- "employment_status" values: ACTIVE / LEAVE / RETIRED. We do not send the reason for
  leave.
- Please drop the "passport_no" field from the Japan template; it is managed locally.

Once you update the spec I will ask Tsubasa to build the outbound interface.

Best,
{SIG_KANZAKI}

-----Original Message-----
From: Priya Raman <priya.raman@peoplegrid.com>
Sent: Monday, July 1, 2024 6:02 PM
Subject: Field mapping for the employee sync

Hiroyuki, attached is our draft mapping for the Japan entity. Let me know which fields
you can provide.
""",
    expect="pass", entities=[], detectors=[],
    note="discusses personal-data field names in English, carries no one's data",
)

# 078  English: JSON sample with 5 real employees
_p = people(5)
_json = ",\n".join(
    f'  {{"employee_id": "{p["emp"]}", "name": "{p["romaji"]}", "date_of_birth": "{ymd(p["dob"], "-")}", '
    f'"email": "{p["work"]}", "mobile": "+81-{p["mobile"][1:]}"}}' for p in _p)
add(
    sender=KANZAKI, to=[PEOPLEGRID],
    subject="Sample payload for the Thailand secondees", charset="utf-8",
    body=f"""Hi Priya,

Here is a sample payload for the five secondees moving to the Bangkok entity in August,
so you can test the inbound API before we switch on the interface:

[
{_json}
]

Could you confirm the records are created correctly on your side?

Best,
{SIG_KANZAKI}
{DISC_EN}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="JSON with 5 real employees' birth dates, e-mails and mobiles sent to a foreign vendor",
)

# 079  注文書：会社の登録番号のみ
add(
    sender=TAKATSUKI, to=[TSUBASA_PM], cc=["購買部 <kobai@hinode-sangyo.co.jp>"],
    subject="注文書送付（追加開発：退職金ポイント計算）", charset="utf-8",
    body=f"""宇佐美様

お世話になっております。高槻です。
先日お見積りいただいた追加開発の注文書をお送りします。
原本は購買部より郵送いたします。

  注文番号：PO-2024-0718
  見積番号：TS-Q-24-0612
  金額：1,980,000円（税抜）
{SIG_TAKATSUKI}""",
    attachments=[{"kind": "pdf", "name": "PO-2024-0718.pdf", "title": "注文書 PO-2024-0718",
                  "lines": ["注 文 書", "ツバサシステム株式会社 御中", "",
                            "日の出産業株式会社", "〒460-0008 愛知県名古屋市中区栄二丁目5番12号",
                            f"登録番号 T{HINODE_CORP}", "", "注文番号 PO-2024-0718"],
                  "table": [["品名", "数量", "単価", "金額"],
                            ["退職金ポイント計算 追加開発", "1式", "1,980,000", "1,980,000"],
                            ["消費税（10%）", "", "", "198,000"], ["合計", "", "", "2,178,000"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="purchase order with the company's own registration number: business data",
)

# 080  ライセンス見積の確認
add(
    sender=TAKATSUKI, to=[KUMO_PM],
    subject="お見積書（Q-KH-24-1182）について", charset="iso-2022-jp",
    body=f"""三好様

お見積書ありがとうございます。2点確認させてください。

1. 基本ライセンス 1,850ユーザー × 月額 480円 ＝ 888,000円/月 とありますが、
   休職者・出向者もユーザー数にカウントされますか。
2. 健康管理オプション（月額 80,000円）は初年度のみ無償とのことでしたが、
   見積書上は有償になっています。

社内の稟議を7/10に上げたいので、それまでにご回答いただけると助かります。
{SIG_TAKATSUKI}""",
    expect="pass", entities=[], detectors=[],
    note="questions about a license quotation: prices and quote numbers only",
)

# 081  外部2社 + 個人事業主（gmail）が Cc で見える
add(
    sender=TAKATSUKI, to=[TSUBASA_PM],
    cc=[KUMO_PM, "柏木 美沙 <kashiwagi.misa.hrc@gmail.com>", IWABUCHI],
    subject="操作研修の講師打合せ日程", charset="iso-2022-jp",
    body=f"""宇佐美様、三好様、柏木様

高槻です。新システムの操作研修について、講師打合せの日程調整をお願いします。
柏木様（研修講師としてフリーランスでご参画）にも加わっていただきます。

候補日：7/16（火）13時、7/17（水）10時、7/18（木）15時

ご都合のよい日を返信ください。
{SIG_TAKATSUKI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two vendors and a freelancer on gmail see each other in To/Cc: three external parties",
)

# 082  退職者1名（フリーメール）：本人の住所確認
_p = person(sex="F", born=(1958, 1963))
add(
    sender=NOGUCHI, to=[f"{_p['name']} <{_p['mail']}>"],
    subject="源泉徴収票の再発行について", charset="utf-8",
    body=f"""{_p['name']} 様

日の出産業 給与厚生課の野口です。
源泉徴収票（令和5年分）の再発行のご依頼、承りました。
下記の住所に郵送いたしますので、お間違いがないかご確認ください。

　〒{_p['zip']}
　{_p['addr']}

人事システムの入替中のため、発送まで10日ほどお時間をいただきます。
{SIG_NOGUCHI}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["freemail_recipient", "personal_data"],
    note="one former employee's own address sent to her private mail: one person, may be warned",
)

# 083  内定者データ（CSV UTF-8 BOM）→ SaaS
_p = people(8, born=(2001, 2003))
add(
    sender=NOGUCHI, to=[KUMO],
    subject="入社手続き機能 事前登録データ（来春入社予定者）", charset="utf-8",
    body=f"""クモHR サポート御中

野口です。入社手続き機能の事前登録用データです。
来春入社予定者8名分、UTF-8（BOM付き）のCSVです。
{SIG_NOGUCHI}""",
    attachments=[{"kind": "csv", "name": "naitei_2025.csv", "encoding": "utf-8-sig",
                  "rows": [["内定者番号", "氏名", "ふりがな", "生年月日", "最終学歴", "現住所", "携帯電話", "メールアドレス"]]
                  + [[f"N25-{i:03d}", p["name"], p["kana"], ymd(p["dob"]),
                      R.choice(["名城大学 理工学部", "中京大学 経営学部", "三重大学 工学部", "愛知工業大学 工学部", "岐阜大学 教育学部"]),
                      p["addr"], p["mobile"], p["mail"]] for i, p in enumerate(_p, 1)]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 8 prospective employees (birth date, address, mobile, private e-mail) to the SaaS vendor",
)

# 084  社内宛てだが Cc にベンダー：本文に通勤情報
_p = people(6)
add(
    sender=NOGUCHI, to=[MURAI, ETO], cc=[TSUBASA_SE],
    subject="通勤手当 再計算対象者（7月）", charset="cp932",
    body="村井さん、江藤さん\n（cc：ツバサ西岡様）\n\n"
         "7月の通勤手当で再計算が必要な方です。住所変更に伴う経路変更です。\n\n"
         + "\n".join(f"- {p['emp']} {p['name']} / 新住所：{p['addr']} / 経路：{R.choice(['名鉄', 'JR', '地下鉄', '近鉄', 'バス+地下鉄'])}"
                     for p in _p)
         + "\n\n" + SIG_NOGUCHI,
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="mostly internal, but the vendor in Cc receives 6 employees' home addresses",
)

# 085  社内のみ：並行稼働の差異（氏名つき）
_p = people(9)
add(
    sender=MURAI, to=[NOGUCHI, TAKATSUKI],
    subject="並行稼働 8月度 差異の内訳", charset="iso-2022-jp",
    body="野口さん、高槻さん\n\n8月度の差異の内訳です（社内共有）。\n\n"
         + "\n".join(f"{pad(p['name'], 14)}{pad(p['dept'], 14)}差額 {R.choice([-1200, -50, 1, 300, 3300]):>6}円" for p in _p)
         + "\n\n明日の定例で報告します。\n" + SIG_MURAI,
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="employees' pay differences shared internally only",
)

# 086  XLSX に「社外秘」のヘッダ：等級別賃金テーブル（個人なし）
add(
    sender=MURAI, to=[TSUBASA_SE],
    subject="等級別賃金テーブル（給与計算マスタ用）", charset="utf-8",
    body=f"""西岡様

村井です。給与計算マスタに登録する等級別の賃金テーブルです。
号俸の上限が旧システムと変わっている等級があるのでご注意ください。
{SIG_MURAI}""",
    attachments=[{"kind": "xlsx", "name": "等級別賃金テーブル_2024.xlsx", "page_header": "社外秘",
                  "sheets": {"賃金表": [["【社外秘】等級別賃金テーブル 2024年度"], [],
                                     ["等級", "初号", "号俸ピッチ", "上限号俸", "上限額"],
                                     ["J1", 205000, 1200, 40, 253000], ["J2", 228000, 1500, 40, 288000],
                                     ["S1", 262000, 1800, 35, 325000], ["S2", 301000, 2100, 35, 374500],
                                     ["M1", 380000, 2500, 30, 455000], ["M2", 450000, 3000, 25, 525000]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="wage table stamped 社外秘 (title and page header) sent outside",
)

# 087  「Internal Only」に言及するだけ
add(
    sender=KANZAKI, to=[TSUBASA_PM],
    subject="課題管理表の共有方法", charset="utf-8",
    body=f"""宇佐美様

神崎です。課題管理表は弊社Confluenceで管理していますが、スペースの設定が
"Internal Only"（社外アカウント不可）になっていて御社からは見られません。
当面は御社担当分の課題だけをPDFに書き出して、毎週月曜にお送りします。
今週分を添付します。
{SIG_KANZAKI}""",
    attachments=[{"kind": "pdf", "name": "issues_tsubasa_w27.pdf", "title": "課題一覧（ツバサシステム担当分）",
                  "lines": ["課題一覧（ツバサシステム担当分） 第27週", ""],
                  "table": [["課題ID", "件名", "期限", "状態"],
                            ["ISS-211", "住所正規化ロジック追加", "7/5", "対応中"],
                            ["ISS-214", "続柄コード変換表", "7/5", "完了"],
                            ["ISS-220", "賞与計算テスト環境準備", "7/12", "未着手"]]}],
    expect="pass", entities=[], detectors=[],
    note="'Internal Only' is mentioned as a wiki setting, not a marking; the attached issue list is meant for the vendor",
)

# 088  本文冒頭に「機密区分：極秘」
add(
    sender=TAKATSUKI, to=[TSUBASA_PM, TSUBASA_SE],
    subject="本番切替 当日タイムテーブル", charset="iso-2022-jp",
    body=f"""機密区分：極秘
━━━━━━━━━━━━━━━━━━━━━━━━

宇佐美様、西岡様

本番切替の当日タイムテーブルです。切替日は社内でも限られたメンバーにしか
開示していないため、取扱いにご注意ください。

　10/4（金）18:00　旧システム 更新停止
　10/4（金）19:00　最終差分抽出・移送
　10/5（土）09:00　本番データ取込開始
　10/5（土）17:00　データ検証（人事・給与厚生課）
　10/6（日）12:00　Go/No-Go 判定
　10/7（月）08:00　新システム 利用開始
{SIG_TAKATSUKI}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail itself is classified 機密区分：極秘 at the top",
)

# 089  社労士へ：1名の住所変更
_p = person(sex="M", born=(1980, 1990))
add(
    sender=ETO, to=[FUJIMOTO],
    subject="住所変更届の手続き依頼（1名）", charset="iso-2022-jp",
    body=f"""藤本社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業の江藤です。
下記1名について、被保険者住所変更届の提出をお願いいたします。

　氏名：{_p['name']}
　新住所：〒{_p['zip']} {_p['addr']}
　異動日：7月1日

※人事システム入替中のため、今月は紙の届出書控えでご対応ください。
{SIG_ETO}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="one employee's new address to the 社労士 for a filing: one person, may be warned",
)

# 090  健保組合：電子申請の開始時期
add(
    sender=NOGUCHI, to=[KENPO],
    subject="電子申請への切替時期について", charset="iso-2022-jp",
    body=f"""関東機械健康保険組合
適用課 ご担当者様

日の出産業株式会社 給与厚生課の野口でございます。
弊社では10月から新しい人事給与システムに切り替わり、
資格取得・喪失届を電子申請（e-Gov経由）に移行する予定です。
紙での届出は9月提出分までとさせていただきたく、ご承知おきください。
電子申請に必要な事前登録があればご教示ください。
{SIG_NOGUCHI}""",
    expect="pass", entities=[], detectors=[],
    note="procedural mail to the health insurance society; no data",
)

# 091  1名の個人番号（全角）訂正
_p = person()
_n = mn()
add(
    sender=MURAI, to=[ASAHI],
    subject="個人番号の訂正（1名）", charset="utf-8",
    body=f"""坂口様

村井です。先日お送りした個人番号データに誤りが1件ありました。
正しくは下記のとおりです。お手数ですが差し替えをお願いします。

　社員番号：{zen(_p['emp'])}
　氏名　　：{_p['name']}
　個人番号：{zen(_n[:4])} {zen(_n[4:8])} {zen(_n[8:])}
{SIG_MURAI}""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="one person's My Number (full-width digits) sent to the payroll outsourcer",
)

# 092  マイナンバーの言及のみ
add(
    sender=MURAI, to=[ASAHI],
    subject="個人番号の受け渡し方法について", charset="iso-2022-jp",
    body=f"""坂口様

村井です。個人番号（マイナンバー）の受け渡しについてです。
今後はメールでは一切送らず、御社の「マイナンバー受渡しポータル」に
弊社担当者がアップロードする方式に統一させてください。
先日の訂正1件もメールで送ってしまいましたので、ポータル上でも再登録いたします。
委託契約の別紙（安全管理措置）の改訂案は来週お送りします。
{SIG_MURAI}""",
    expect="pass", entities=[], detectors=[],
    note="talks about My Numbers and how to hand them over; contains none",
)

# 093  年末調整：2名の例
_p = people(2, born=(1970, 1985))
_k = person(born=(2006, 2008))
add(
    sender=MURAI, to=[ASAHI],
    subject="年末調整 特定扶養の判定について（2件）", charset="utf-8",
    body=f"""坂口様

村井です。特定扶養親族の判定について、新システムの結果が旧システムと違う例が2件あります。

(1) {_p[0]['name']}さん：長男 {_p[0]['sei']} {_k['mei']}（{ymd(date(2005, 12, 31))}生）
    新システムでは一般扶養、旧システムでは特定扶養
(2) {_p[1]['name']}さん：生命保険料控除 新契約 一般 84,000円／介護医療 36,000円
    控除額の計算が旧システムより2,000円少ない

どちらが正しいか、見解をいただけますか。
{SIG_MURAI}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="two employees' year-end adjustment details: below the list threshold, may be warned",
)

# 094  look-alike: shirakawa-1aw.jp（l→1）
add(
    sender=ONODERA, to=["白川法律事務所 <info@shirakawa-1aw.jp>"],
    subject="就業規則（システム利用規程）改定案のレビュー依頼", charset="iso-2022-jp",
    body=f"""白川法律事務所 御中

いつもお世話になっております。日の出産業 総務部の小野寺でございます。
人事システムの入替に合わせて、就業規則の付属規程（情報システム利用規程）を改定します。
改定案のリーガルチェックをお願いできますでしょうか。
特に第12条（モニタリング）の表現についてご意見を伺いたく存じます。
{SIG_ONODERA}""",
    attachments=[{"kind": "docx", "name": "情報システム利用規程_改定案.docx",
                  "paragraphs": ["情報システム利用規程（改定案）",
                                 "第12条（モニタリング）会社は、情報セキュリティの確保のため必要な範囲で、"
                                 "社員のシステム利用状況を記録し、確認することがある。"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp is a look-alike of the partner law firm shirakawa-law.jp",
)

# 095  本物の白川法律事務所：委託契約の覚書
add(
    sender=ONODERA, to=[SHIRAKAWA],
    subject="個人情報の取扱い委託に関する覚書のご確認", charset="utf-8",
    body=f"""白川先生

いつもお世話になっております。総務部の小野寺です。
人事システムの移行作業を委託するツバサシステム社・クモHR社との間で、
個人情報の取扱いに関する覚書を締結する予定です。
再委託先の監督と、国外（クラウドのバックアップ拠点）での保管について
条項案を作りましたので、ご確認いただけますでしょうか。
{SIG_ONODERA}""",
    attachments=[{"kind": "docx", "name": "覚書_個人情報取扱い_案.docx",
                  "paragraphs": ["個人情報の取扱いに関する覚書（案）",
                                 "第3条（再委託）乙は、甲の書面による事前承諾を得た場合に限り再委託できる。",
                                 "第5条（保管場所）乙は、個人データを日本国内のデータセンターに保管する。"
                                 "バックアップを国外に保管する場合は、事前に甲に通知する。"]}],
    expect="pass", entities=[], detectors=[],
    note="contract review with the real partner law firm; no personal data",
)

# 096  氏名なし4件：社保の差異（閾値未満）
_p = people(4)
add(
    sender=MURAI, to=[TSUBASA_SE],
    subject="標準報酬月額の差異（4件）", charset="utf-8",
    body="西岡様\n\n村井です。7月の並行稼働で、標準報酬月額の判定が新旧で違う4件です。\n\n"
         "社員番号   生年月日     旧等級  新等級\n"
         "---------  -----------  ------  ------\n"
         + "\n".join(f"{p['emp']}     {ymd(p['dob'])}   {R.randint(18, 30):>4}    {R.randint(18, 30):>4}" for p in _p)
         + "\n\n随時改定（月変）の判定で、固定的賃金の変動月の扱いが違うようです。\n" + SIG_MURAI,
    expect="pass", entities=["DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four records without names (employee no. and birth date): below the list threshold, may be warned",
)

# 097  並行稼働 第2回結果：社員番号だけ
add(
    sender=MURAI, to=[TSUBASA_PM, TSUBASA_SE],
    subject="並行稼働 第2回 結果報告", charset="iso-2022-jp",
    body=f"""宇佐美様、西岡様

村井です。並行稼働 第2回（8月度給与＋夏季賞与）の結果です。

　対象人数：1,832名
　差異なし：1,829名
　差異あり：3名（社員番号 {R.randint(10001, 29999):06d}、{R.randint(10001, 29999):06d}、{R.randint(10001, 29999):06d}）
　　→ いずれも通勤手当の日割（月途中の経路変更）。原因特定済み、修正版で解消見込み

賞与計算は全件一致しました。
第3回で差異ゼロを確認できれば、Go判定に進めます。
{SIG_MURAI}""",
    expect="pass", entities=[], detectors=[],
    note="parallel-run results: totals and three bare employee numbers, no personal data",
)

# 098  FW: ベンダーからのメール（リスト入り）を別の外部（SaaS）へ転送
_p = people(6)
add(
    sender=TAKATSUKI, to=[KUMO_PM],
    subject="FW: 【ツバサ】SaaS連携テスト エラー対象者", charset="iso-2022-jp",
    body=f"""三好様

高槻です。ツバサシステムさんから届いた連携テストのエラー報告を転送します。
SaaS側の必須チェックで落ちているようなので、御社でもご確認ください。

---------- Forwarded message ---------
From: 西岡 <nishioka@tsubasa-system.jp>
Date: 2024年7月9日(火) 11:20
Subject: 【ツバサ】SaaS連携テスト エラー対象者
To: 高槻 真理子 <takatsuki.m@hinode-sangyo.co.jp>

高槻様

連携テストでSaaS側に登録できなかった6名です。

""" + "\n".join(f"  {p['emp']}  {pad(p['name'], 14)}{ymd(p['dob'])}  {p['mobile']}  エラー:{R.choice(['E102 電話番号形式', 'E117 生年月日範囲', 'E120 必須項目'])}"
                 for p in _p) + f"""

西岡
{SIG_TAKATSUKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forward of the vendor's list of 6 employees to a different external company: new text to that recipient",
)

# 099  FW: ベンダーからのメールを社内へ転送
_p = people(5)
add(
    sender=TAKATSUKI, to=[ETO, NOGUCHI],
    subject="FW: 扶養家族 取込エラー", charset="utf-8",
    body=f"""江藤さん、野口さん

ツバサさんから。確認をお願いします。

-----Original Message-----
From: hr-migration@tsubasa-system.jp
Sent: Wednesday, July 10, 2024 3:45 PM
To: 高槻 真理子
Subject: 扶養家族 取込エラー

""" + "\n".join(f"{p['emp']} {p['name']} 生年月日 {ymd(p['dob'])} 続柄コード未設定" for p in _p) + "\n",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="forward of a vendor's list to internal colleagues only",
)

# 100  Go/No-Go 会議の招集：4名の緊急連絡先
_p = people(4, born=(1970, 1990))
add(
    sender=TAKATSUKI, to=[TSUBASA_PM], cc=[TSUBASA_SE, HATTORI, IWABUCHI],
    subject="【ご案内】本番切替 Go/No-Go 判定会議", charset="utf-8",
    body="宇佐美様、西岡様\n\n高槻です。本番切替の判定会議を下記で開催します。\n\n"
         "日時：10/6（日）12:00～12:30\n場所：本社7F 第2会議室／Teams\n\n"
         "当日は休日のため、弊社側の連絡先（携帯）をお知らせします。\n"
         + "\n".join(f"　{r}：{p['name']}　{p['mobile']}" for r, p in zip(["判定責任者", "給与", "労務", "情報システム"], _p))
         + "\n\nよろしくお願いいたします。\n" + SIG_TAKATSUKI,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four staff members' mobile numbers for a weekend meeting: a short list, may be warned",
)
