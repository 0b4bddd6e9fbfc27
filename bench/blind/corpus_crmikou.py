"""CRM移行 (crmikou): 日の出産業が旧顧客管理システム（社内開発の「HCS」）から新しいクラウドCRMへ顧客データベースを移行するプロジェクトのメール。SIパートナーのツバサシステム、新CRMベンダー（クラウドネクサス、米Orbitel Software）、名寄せ・データクレンジング業者、住所正規化業者、コールセンター、DM印刷の錦印刷、みどり銀行（口座振替）、白川法律事務所などとの間で、ベンダー向けサンプル抽出、フィールドマッピング定義、テストデータ、クレンジング対象リスト、移行エラー一覧、会議調整・見積・契約といった普通のプロジェクト連絡が行き交う。"""

import hashlib as _hashlib
import random as _random
import unicodedata as _ud
from datetime import date as _date

from build import card_number, my_number

SEED = 67401

# ---------------------------------------------------------------------------------------
# fictional people (customers of 日の出産業); every name, number and address is invented
# ---------------------------------------------------------------------------------------

_R = _random.Random(SEED)

_SURNAMES = [
    ("纐纈", "コウケツ", "Koketsu"), ("栗花落", "ツユリ", "Tsuyuri"), ("八月一日", "ホズミ", "Hozumi"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("月見里", "ヤマナシ", "Yamanashi"), ("九十九", "ツクモ", "Tsukumo"),
    ("王生", "イクルミ", "Ikurumi"), ("嘉手苅", "カデカル", "Kadekaru"), ("知念", "チネン", "Chinen"),
    ("伊集院", "イジュウイン", "Ijuin"), ("左右田", "ソウダ", "Soda"), ("寒河江", "サガエ", "Sagae"),
    ("雲母", "キラ", "Kira"), ("御子柴", "ミコシバ", "Mikoshiba"), ("蒲生", "ガモウ", "Gamo"),
    ("椎葉", "シイバ", "Shiiba"), ("目々澤", "メメザワ", "Memezawa"), ("砂金", "イサゴ", "Isago"),
    ("丹下", "タンゲ", "Tange"), ("榎戸", "エノキド", "Enokido"), ("日下部", "クサカベ", "Kusakabe"),
    ("鷲見", "スミ", "Sumi"), ("我妻", "アガツマ", "Agatsuma"), ("廿楽", "ツヅラ", "Tsuzura"),
    ("仁平", "ニヘイ", "Nihei"), ("生田目", "ナマタメ", "Namatame"), ("饗庭", "アイバ", "Aiba"),
    ("城所", "キドコロ", "Kidokoro"), ("麻績", "オミ", "Omi"), ("小比類巻", "コヒルイマキ", "Kohiruimaki"),
    ("宍戸", "シシド", "Shishido"), ("雑賀", "サイカ", "Saika"), ("笹生", "サソウ", "Saso"),
    ("蓬田", "ヨモギダ", "Yomogida"), ("漆原", "ウルシバラ", "Urushibara"), ("桧垣", "ヒガキ", "Higaki"),
    ("真栄田", "マエダ", "Maeda"), ("四十物", "アイモノ", "Aimono"), ("一寸木", "チョッキ", "Chokki"),
    ("安心院", "アジミ", "Ajimi"), ("指宿", "イブスキ", "Ibusuki"), ("上遠野", "カトオノ", "Katono"),
    ("五月女", "ソウトメ", "Sotome"), ("神保", "ジンボ", "Jimbo"), ("都築", "ツヅキ", "Tsuzuki"),
    ("畔柳", "クロヤナギ", "Kuroyanagi"), ("大豆生田", "オオマメウダ", "Omameuda"), ("東風谷", "コチヤ", "Kochiya"),
    ("水流", "ツル", "Tsuru"), ("祝", "ホウリ", "Hori"), ("百々", "ドド", "Dodo"),
    ("釜萢", "カマヤチ", "Kamayachi"), ("頴娃", "エイ", "Ei"), ("勘解由小路", "カデノコウジ", "Kadenokoji"),
    ("天羽", "アモウ", "Amo"), ("及位", "ノゾキ", "Nozoki"), ("毒島", "ブスジマ", "Busujima"),
    ("南雲", "ナグモ", "Nagumo"), ("鬼塚", "オニヅカ", "Onizuka"), ("汐見", "シオミ", "Shiomi"),
]

_GIVEN = [
    ("千尋", "チヒロ", "Chihiro", "F"), ("颯太", "ソウタ", "Sota", "M"), ("美咲", "ミサキ", "Misaki", "F"),
    ("悠真", "ユウマ", "Yuma", "M"), ("結衣", "ユイ", "Yui", "F"), ("大和", "ヤマト", "Yamato", "M"),
    ("琴音", "コトネ", "Kotone", "F"), ("健一", "ケンイチ", "Kenichi", "M"), ("和子", "カズコ", "Kazuko", "F"),
    ("光男", "ミツオ", "Mitsuo", "M"), ("節子", "セツコ", "Setsuko", "F"), ("正樹", "マサキ", "Masaki", "M"),
    ("由美子", "ユミコ", "Yumiko", "F"), ("隆", "タカシ", "Takashi", "M"), ("直美", "ナオミ", "Naomi", "F"),
    ("修", "オサム", "Osamu", "M"), ("智子", "トモコ", "Tomoko", "F"), ("翔太", "ショウタ", "Shota", "M"),
    ("彩花", "アヤカ", "Ayaka", "F"), ("拓真", "タクマ", "Takuma", "M"), ("麻衣", "マイ", "Mai", "F"),
    ("康弘", "ヤスヒロ", "Yasuhiro", "M"), ("恵子", "ケイコ", "Keiko", "F"), ("勝利", "カツトシ", "Katsutoshi", "M"),
    ("久美子", "クミコ", "Kumiko", "F"), ("稔", "ミノル", "Minoru", "M"), ("幸子", "サチコ", "Sachiko", "F"),
    ("俊介", "シュンスケ", "Shunsuke", "M"), ("真理", "マリ", "Mari", "F"), ("哲也", "テツヤ", "Tetsuya", "M"),
    ("佳奈", "カナ", "Kana", "F"), ("慎吾", "シンゴ", "Shingo", "M"), ("小百合", "サユリ", "Sayuri", "F"),
    ("達郎", "タツロウ", "Tatsuro", "M"), ("早苗", "サナエ", "Sanae", "F"), ("義明", "ヨシアキ", "Yoshiaki", "M"),
    ("花梨", "カリン", "Karin", "F"), ("伸之", "ノブユキ", "Nobuyuki", "M"), ("睦美", "ムツミ", "Mutsumi", "F"),
    ("公平", "コウヘイ", "Kohei", "M"), ("紗和", "サワ", "Sawa", "F"), ("源太", "ゲンタ", "Genta", "M"),
]

# (郵便番号, 都道府県, 市区町村+町名, 市外局番)
_PLACES = [
    ("154-0002", "東京都", "世田谷区下馬", "03"), ("167-0051", "東京都", "杉並区荻窪", "03"),
    ("114-0023", "東京都", "北区滝野川", "03"), ("183-0022", "東京都", "府中市宮西町", "042"),
    ("225-0011", "神奈川県", "横浜市青葉区あざみ野", "045"), ("211-0063", "神奈川県", "川崎市中原区小杉町", "044"),
    ("251-0025", "神奈川県", "藤沢市鵠沼石上", "0466"), ("330-0846", "埼玉県", "さいたま市大宮区大門町", "048"),
    ("350-1123", "埼玉県", "川越市脇田本町", "049"), ("273-0005", "千葉県", "船橋市本町", "047"),
    ("260-0013", "千葉県", "千葉市中央区中央", "043"), ("310-0015", "茨城県", "水戸市宮町", "029"),
    ("320-0811", "栃木県", "宇都宮市大通り", "028"), ("371-0023", "群馬県", "前橋市本町", "027"),
    ("950-0087", "新潟県", "新潟市中央区東大通", "025"), ("380-0823", "長野県", "長野市南千歳", "026"),
    ("420-0852", "静岡県", "静岡市葵区紺屋町", "054"), ("430-0926", "静岡県", "浜松市中央区砂山町", "053"),
    ("460-0008", "愛知県", "名古屋市中区栄", "052"), ("444-0043", "愛知県", "岡崎市唐沢町", "0564"),
    ("500-8833", "岐阜県", "岐阜市神田町", "058"), ("920-0853", "石川県", "金沢市本町", "076"),
    ("600-8216", "京都府", "京都市下京区烏丸通七条下る東塩小路町", "075"), ("530-0012", "大阪府", "大阪市北区芝田", "06"),
    ("564-0051", "大阪府", "吹田市豊津町", "06"), ("590-0028", "大阪府", "堺市堺区三国ヶ丘御幸通", "072"),
    ("650-0021", "兵庫県", "神戸市中央区三宮町", "078"), ("662-0832", "兵庫県", "西宮市甲風園", "0798"),
    ("630-8215", "奈良県", "奈良市東向中町", "0742"), ("700-0024", "岡山県", "岡山市北区駅元町", "086"),
    ("730-0011", "広島県", "広島市中区基町", "082"), ("760-0019", "香川県", "高松市サンポート", "087"),
    ("790-0003", "愛媛県", "松山市三番町", "089"), ("812-0011", "福岡県", "福岡市博多区博多駅前", "092"),
    ("802-0001", "福岡県", "北九州市小倉北区浅野", "093"), ("860-0806", "熊本県", "熊本市中央区花畑町", "096"),
    ("890-0053", "鹿児島県", "鹿児島市中央町", "099"), ("900-0015", "沖縄県", "那覇市久茂地", "098"),
    ("060-0042", "北海道", "札幌市中央区大通西", "011"), ("040-0063", "北海道", "函館市若松町", "0138"),
    ("980-0811", "宮城県", "仙台市青葉区一番町", "022"), ("990-0039", "山形県", "山形市香澄町", "023"),
    ("020-0022", "岩手県", "盛岡市大通", "019"), ("960-8041", "福島県", "福島市大町", "024"),
]

_BUILDINGS = ["コーポ桜台", "メゾン・ド・ソレイユ", "グランシャトー", "ハイツ若葉", "パークサイド東",
              "レジデンス藤", "サンライズ", "ヴィラ青葉", "リバーテラス", "カーサ緑ヶ丘"]

_FREE = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp",
         "softbank.ne.jp", "nifty.com", "biglobe.ne.jp", "au.com"]


def _make_person(i: int) -> dict:
    s = _SURNAMES[(i * 7 + 3) % len(_SURNAMES)]
    g = _GIVEN[(i * 11 + 5) % len(_GIVEN)]
    pl = _PLACES[(i * 13 + 1) % len(_PLACES)]
    r = _R
    dob = _date(r.randrange(1942, 2004), r.randrange(1, 13), r.randrange(1, 29))
    since = _date(r.randrange(2004, 2024), r.randrange(1, 13), r.randrange(1, 29))
    chome, ban, go = r.randrange(1, 6), r.randrange(1, 30), r.randrange(1, 25)
    street = f"{chome}丁目{ban}番{go}号" if r.random() < 0.4 else f"{chome}-{ban}-{go}"
    if r.random() < 0.35:
        street += f" {r.choice(_BUILDINGS)}{r.randrange(1, 9)}0{r.randrange(1, 9)}"
    area = pl[3]
    rest = 10 - len(area)  # total 10 digits
    local = str(r.randrange(10 ** (rest - 1), 10 ** rest)).zfill(rest)
    if rest == 8:
        tel = f"{area}-{local[:4]}-{local[4:]}"
    elif rest == 7:
        tel = f"{area}-{local[:3]}-{local[3:]}"
    else:
        tel = f"{area}-{local[:2]}-{local[2:]}"
    mobile = f"{r.choice(['090', '080', '070'])}-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}"
    user = r.choice([
        f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{r.randrange(10, 99)}",
        f"{g[2][0].lower()}{s[2].lower()}{dob.year % 100:02d}", f"{g[2].lower()}_{r.randrange(100, 999)}",
        f"{s[2].lower()}-{g[2].lower()[:3]}"])
    return {
        "sei": s[0], "mei": g[0], "sei_kana": s[1], "mei_kana": g[1],
        "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}",
        "roma_rev": f"{s[2].upper()} {g[2]}", "sex": g[3], "dob": dob, "since": since,
        "zip": pl[0], "pref": pl[1], "city": pl[2], "street": street,
        "addr": f"{pl[1]}{pl[2]}{street}", "tel": tel, "mobile": mobile,
        "email": f"{user}@{r.choice(_FREE)}",
        "cid": f"C{r.randrange(1000000, 9999999)}", "member": f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}",
    }


P = [_make_person(i) for i in range(120)]


# ---------------------------------------------------------------------------------------
# formatting helpers
# ---------------------------------------------------------------------------------------

_FW = str.maketrans("0123456789-./: ()ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "０１２３４５６７８９－．／：　（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def fw(text: str) -> str:
    """ASCII digits and separators to full width (as typed with IME)."""
    return str(text).translate(_FW)


def wareki(d: _date, style: str = "kanji") -> str:
    if d >= _date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "kanji_fw":
        return f"{era}{fw(str(y))}年{fw(str(d.month))}月{fw(str(d.day))}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "short_fw":
        return fw(f"{short}{y}.{d.month}.{d.day}")
    return f"{short}{y:02d}/{d.month:02d}/{d.day:02d}"


def ymd(d: _date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _w(text: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in ("F", "W", "A") else 1 for c in str(text))


def table(rows: list, gap: int = 2, rule: str = "-") -> str:
    """Columns padded with spaces under a header row and a rule line."""
    n = max(len(r) for r in rows)
    widths = [max(_w(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]

    def line(r):
        cells = [str(c) + " " * (widths[i] - _w(c)) for i, c in enumerate(r)]
        return (" " * gap).join(cells).rstrip()

    out = [line(rows[0]), rule * ((sum(widths) + gap * (n - 1)) // _w(rule))]
    out += [line(r) for r in rows[1:]]
    return "\n".join(out)


def corp_no(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# ---------------------------------------------------------------------------------------
# people and signatures used in the mail
# ---------------------------------------------------------------------------------------

SIG_MAKABE = """--
日の出産業株式会社 情報システム部 CRM移行プロジェクト
真壁 遼（Makabe Ryo）
〒105-0013 東京都港区浜松町2-11-8 日の出ビル7F
TEL 03-5472-3310（内線 4102） / 携帯 080-3391-6620
makabe.ryo@hinode-sangyo.co.jp"""

SIG_SAOTOME = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
情報システム部 業務システム課
早乙女 紗季
TEL：03-5472-3310（内線4117）
Mail：saotome.saki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_ICHINOSE = """----------------------------------------
日の出産業（株） 情報システム部
一ノ瀬 拓海 / Takumi Ichinose
03-5472-3310 (ext.4125)
----------------------------------------"""

SIG_SHOJI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 営業企画部 顧客戦略グループ
東海林 恵（しょうじ めぐみ）
〒105-0013 東京都港区浜松町２－１１－８
ＴＥＬ ０３－５４７２－３３５１　ＦＡＸ ０３－５４７２－３３５９
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_DOMEKI = """日の出産業株式会社 お客様相談室
百目鬼 純
フリーダイヤル 0120-418-226（平日9:00-17:30）
domeki.jun@hinode-sangyo.co.jp"""

SIG_EN = """--
Ryo Makabe
CRM Migration Project Lead, IT Division
Hinode Sangyo Co., Ltd.
2-11-8 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5472-3310 / Mobile +81-80-3391-6620"""

DISC_JA = """――――――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。
――――――――――――――――――――――――――――"""

DISC_EN = """This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

MAKABE = "真壁 遼 <makabe.ryo@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 紗季 <saotome.saki@hinode-sangyo.co.jp>"
ICHINOSE = "一ノ瀬 拓海 <ichinose.takumi@hinode-sangyo.co.jp>"
SHOJI = "東海林 恵 <shoji.megumi@hinode-sangyo.co.jp>"
DOMEKI = "百目鬼 純 <domeki.jun@hinode-sangyo.co.jp>"
TAKANASHI = "小鳥遊 誠 <takanashi.makoto@hinode-sangyo.co.jp>"
IOKIBE = "五百旗頭 和子 <iokibe.kazuko@hinode-sangyo.co.jp>"
MITARAI = "御手洗 健司 <mitarai.kenji@hinode-sangyo.co.jp>"
TESHIGAWARA = "勅使河原 亮 <teshigawara.ryo@hinode-sangyo.co.jp>"

SAWATARI = "沢渡 浩一 <sawatari.koichi@tsubasa-system.jp>"
HASUMI = "蓮見 はるか <hasumi.haruka@tsubasa-system.jp>"
HIMURO = "氷室 翔 <s.himuro@cloudnexus.co.jp>"
SHITARA = "設楽 理沙 <r.shitara@cloudnexus.co.jp>"
KITO = "鬼頭 勇気 <kito@dclab.co.jp>"
PRIYA = "Priya Raman <priya.raman@orbitel-software.com>"
DANIEL = "Daniel Whitfield <d.whitfield@orbitel-software.com>"
TOGASHI = "冨樫 美奈 <togashi@hikari-contact.co.jp>"
NARUSE = "成瀬 亘 <naruse@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川 玲子 <r.shirakawa@shirakawa-law.jp>"
GEO = "住所正規化サポート <support@geocode-lab.jp>"

MESSAGES = [
    # ------------------------------------------------------------------------------ 001
    {
        "id": "crmikou-001",
        "sender": MAKABE,
        "to": [HIMURO],
        "cc": [SAWATARI, SAOTOME],
        "subject": "【サンプル抽出】顧客マスタ（個人）30件の送付",
        "charset": "iso-2022-jp",
        "body": f"""株式会社クラウドネクサス
氷室様

（CC：ツバサシステム 沢渡様）

いつもお世話になっております。日の出産業の真壁です。

先日の定例でご依頼いただいた、取込テスト用の顧客マスタ抽出サンプルを
お送りします。旧HCSの個人顧客テーブル（KOKYAKU_M）から、登録年の古い順に
30件をそのまま抜き出したものです。

・ファイル：kokyaku_sample_30.csv（Shift_JIS / カンマ区切り / ヘッダあり）
・生年月日は西暦に揃えています
・電話番号と携帯番号は旧システム上で別項目のため、列を分けています

インポート時のエラー内容を、行番号付きでお知らせいただけますと助かります。
よろしくお願いいたします。

{SIG_MAKABE}
""",
        "attachments": [{
            "kind": "csv", "name": "kokyaku_sample_30.csv", "encoding": "cp932",
            "rows": [["顧客コード", "氏名", "氏名カナ", "性別", "生年月日", "郵便番号", "住所",
                      "電話番号", "携帯番号", "メールアドレス", "登録日"]]
            + [[p["cid"], p["name"], p["kana"], "男" if p["sex"] == "M" else "女", ymd(p["dob"]),
                p["zip"], p["addr"], p["tel"], p["mobile"], p["email"], ymd(p["since"])] for p in P[0:30]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "30 customers' full records in a CSV to the CRM vendor (and SI): a list of people",
    },
    # ------------------------------------------------------------------------------ 002
    {
        "id": "crmikou-002",
        "sender": SAOTOME,
        "to": [SHITARA],
        "cc": [HIMURO],
        "subject": "Re: 項目マッピング定義書 v0.7 のご確認",
        "charset": "utf-8",
        "body": f"""クラウドネクサス
設楽様

お世話になっております。日の出産業の早乙女です。

項目マッピング定義書を v0.7 に更新しましたので添付いたします。
前回からの主な変更点は以下です。

  1. 「DM送付可否」を Boolean ではなく選択リスト（可／不可／宛先不明）に変更
  2. 旧「顧客ランク」（S/A/B/C）は新CRMの「会員ステージ」に読み替え
  3. 電話番号は E.164 変換せず、ハイフン付きのまま格納（画面表示の都合）

「住所2（建物名）」の桁数が新CRM側で80文字までとのことでしたので、
超過するデータの件数を別途お調べしてお知らせします。

ご確認のほどよろしくお願いいたします。

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "xlsx", "name": "項目マッピング定義書_v0.7.xlsx",
            "sheets": {
                "表紙": [["顧客管理システム移行 項目マッピング定義書"], ["版数", "0.7"],
                         ["作成", "日の出産業 情報システム部"], ["更新日", "2026/03/12"]],
                "個人顧客": [
                    ["No", "旧テーブル", "旧項目ID", "旧項目名", "型", "桁", "新オブジェクト", "新項目API名", "変換ルール"],
                    [1, "KOKYAKU_M", "KYK_CD", "顧客コード", "CHAR", 8, "Contact", "Legacy_Id__c", "そのまま"],
                    [2, "KOKYAKU_M", "KYK_NM", "氏名", "NVARCHAR", 40, "Contact", "LastName/FirstName", "全角スペースで分割"],
                    [3, "KOKYAKU_M", "KYK_KN", "氏名カナ", "NVARCHAR", 60, "Contact", "Kana__c", "半角カナ→全角カナ"],
                    [4, "KOKYAKU_M", "BIRTH_YMD", "生年月日", "CHAR", 8, "Contact", "Birthdate", "YYYYMMDD→日付型、和暦は変換"],
                    [5, "KOKYAKU_M", "TEL1", "電話番号", "VARCHAR", 15, "Contact", "Phone", "ハイフン補完"],
                    [6, "KOKYAKU_M", "TEL2", "携帯番号", "VARCHAR", 15, "Contact", "MobilePhone", "ハイフン補完"],
                    [7, "KOKYAKU_M", "MAIL", "メール", "VARCHAR", 100, "Contact", "Email", "小文字化・前後空白除去"],
                    [8, "KOKYAKU_M", "RANK", "顧客ランク", "CHAR", 1, "Contact", "Stage__c", "S→Platinum/A→Gold/B,C→Regular"],
                    [9, "KOKYAKU_M", "DM_FLG", "DM可否", "CHAR", 1, "Contact", "DM_Status__c", "0→不可/1→可/9→宛先不明"],
                ],
                "法人顧客": [
                    ["No", "旧テーブル", "旧項目ID", "旧項目名", "型", "桁", "新オブジェクト", "新項目API名", "変換ルール"],
                    [1, "TORIHIKI_M", "TRH_CD", "取引先コード", "CHAR", 6, "Account", "Legacy_Id__c", "そのまま"],
                    [2, "TORIHIKI_M", "HOJIN_NO", "法人番号", "CHAR", 13, "Account", "CorporateNo__c", "チェックデジット検証"],
                    [3, "TORIHIKI_M", "TRH_NM", "取引先名", "NVARCHAR", 80, "Account", "Name", "（株）→株式会社"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "field mapping definition (column names and rules only), no personal data",
    },
    # ------------------------------------------------------------------------------ 003
    {
        "id": "crmikou-003",
        "sender": SAOTOME,
        "to": [KITO],
        "subject": "名寄せ候補（同一人物の疑い）5グループの判定のご相談",
        "charset": "utf-8",
        "body": "鬼頭様\n\nお世話になっております。日の出産業の早乙女です。\n\n"
        "先日ご提示いただいた名寄せロジックで、判定が割れたグループを抜き出しました。\n"
        "いずれも「同一人物とみなしてよいか」弊社内でも意見が分かれているものです。\n"
        "御社の過去事例ではどう扱われたか、ご見解をいただけますでしょうか。\n\n"
        + table([["G", "顧客コード", "氏名", "電話番号", "住所"]]
                + [r for i, p in enumerate(P[30:35], 1) for r in (
                    [f"G{i}", p["cid"], p["name"], p["tel"], p["addr"]],
                    [f"G{i}", f"C{int(p['cid'][1:]) + 3117}", p["kana"], p["mobile"],
                     f"{p['pref']}{p['city']}{p['street'].split(' ')[0]}"])])
        + "\n\n※G2・G4は旧住所のまま残っている側のレコードがDM返送になっています。\n\n"
        + SIG_SAOTOME + "\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "10 rows (5 customers, suspected duplicates) with phone and address in the body to the cleansing vendor",
    },
    # ------------------------------------------------------------------------------ 004
    {
        "id": "crmikou-004",
        "sender": MAKABE,
        "to": [SAWATARI, HIMURO, KITO],
        "cc": [MITARAI, SAOTOME],
        "subject": "【ご案内】顧客DB移行プロジェクト キックオフ会議（4/8）",
        "charset": "iso-2022-jp",
        "body": f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業の真壁です。
標記の件、下記のとおりキックオフ会議を開催いたします。

　日時：2026年4月8日（水）14:00～16:00
　場所：日の出産業 本社7階 第2会議室（Teams併用）
　議題：
　　1. プロジェクト体制・役割分担
　　2. 全体スケジュール（移行リハーサル2回、本番は9月連休を予定）
　　3. データ抽出・クレンジング・取込の受け渡し方法
　　4. 個人情報の取扱いルール（受け渡しは専用ストレージのみ）

ご出席者のお名前を4/3（金）までにお知らせください。
入館証を用意いたします。

{SIG_MAKABE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (SI, CRM vendor, cleansing vendor) see each other in To",
    },
    # ------------------------------------------------------------------------------ 005
    {
        "id": "crmikou-005",
        "sender": SAOTOME,
        "to": [MAKABE, ICHINOSE],
        "subject": "移行リハーサル1回目 抽出結果（個人顧客 先頭40件）",
        "charset": "utf-8",
        "body": f"""真壁さん、一ノ瀬さん

リハーサル1回目の抽出が終わりました。
件数照合の前に目視チェックしたいので、先頭40件をCSVで共有します。
（全件は共有フォルダ \\\\fs01\\crm_ikou\\rehearsal1\\ に置いてあります）

気になった点：
- 生年月日が 19000101 のダミー値になっている顧客が 312 件
- カナ氏名に半角が混在

よろしくお願いします。
早乙女
""",
        "attachments": [{
            "kind": "csv", "name": "rehearsal1_head40.csv", "encoding": "utf-8",
            "rows": [["KYK_CD", "KYK_NM", "KYK_KN", "BIRTH_YMD", "ZIP", "ADDR", "TEL1", "TEL2", "MAIL"]]
            + [[p["cid"], p["name"], p["kana"], ymd(p["dob"], ""), p["zip"].replace("-", ""), p["addr"],
                p["tel"], p["mobile"], p["email"]] for p in P[40:80]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "40 customer records, but every recipient is internal",
    },
    # ------------------------------------------------------------------------------ 006
    {
        "id": "crmikou-006",
        "sender": ICHINOSE,
        "to": ["沢渡 浩一 <sawatari.koichi@tsubasa-sytem.jp>"],
        "subject": "移行ツールの文字コード変換について",
        "charset": "iso-2022-jp",
        "body": f"""ツバサシステム
沢渡様

お世話になっております。日の出産業の一ノ瀬です。

移行ツールの文字コード変換で一点確認させてください。
旧HCSは Shift_JIS（一部IBM拡張文字あり）で、新CRMは UTF-8 ですが、
髙・﨑などの機種依存文字は変換テーブルで吸収される想定でよろしいでしょうか。
変換できなかった文字は「〓」に置き換えず、エラーログに出力していただきたいです。

お手すきの際にご回答ください。

{SIG_ICHINOSE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain tsubasa-sytem.jp is a typo of partner tsubasa-system.jp",
    },
    # ------------------------------------------------------------------------------ 007
    {
        "id": "crmikou-007",
        "sender": DOMEKI,
        "to": [HASUMI],
        "cc": [SAOTOME],
        "subject": "対応履歴メモの移行可否について（1件ご相談）",
        "charset": "shift_jis",
        "body": f"""ツバサシステム
蓮見様

お世話になっております。日の出産業 お客様相談室の百目鬼です。

対応履歴の「申し送りメモ」を新CRMのケース履歴へ移す件で、
移行対象から外すべきか迷っている記録がありますのでご相談です。
以下、旧システムの画面からそのまま写しています。

　顧客コード：{P[81]["cid"]}
　氏名　　　：{P[81]["name"]}（{P[81]["kana"]}）様
　電話　　　：{P[81]["mobile"]}
　申し送り　：うつ病で通院中とのこと。電話は午後のみ、ご本人以外への
　　　　　　　折り返しは不可。長時間の通話はご負担になるため手短に。

このような健康情報を含むメモは、新CRMでは閲覧権限を絞った項目に
移すのがよいのか、そもそも移行しないのがよいのか、
他社事例があれば教えてください。

{SIG_DOMEKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one identified customer's illness (depression, outpatient care) sent to the SI: 要配慮個人情報",
    },
    # ------------------------------------------------------------------------------ 008
    {
        "id": "crmikou-008",
        "sender": SAOTOME,
        "to": [HASUMI],
        "subject": "Re: 取込エラー7件のご報告（リハーサル1回目）",
        "charset": "utf-8",
        "body": "蓮見様\n\nお世話になっております。早乙女です。\n\n"
        "ご報告いただいた7件、弊社側で元データを修正しました。\n"
        "メールアドレスの全角混入が原因でしたので、抽出SQLで変換を入れます。\n"
        "次回のリハーサルで再確認をお願いいたします。\n\n早乙女\n\n"
        "> 日の出産業 早乙女様\n>\n"
        "> リハーサル1回目の取込で、以下7件がエラーとなりました。\n>\n"
        + "\n".join(f"> {i}. {p['cid']} {p['name']} {fw(p['mobile'])} {p['email'].replace('@', '＠')}"
                    for i, p in enumerate(P[82:89], 1))
        + "\n>\n> エラー内容：Email 形式不正（全角文字）\n>\n> ツバサシステム 蓮見\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of 7 customers is only in quoted text from the SI's own mail; the new text has no personal data",
    },
    # ------------------------------------------------------------------------------ 009
    {
        "id": "crmikou-009",
        "sender": ICHINOSE,
        "to": [SAWATARI],
        "subject": "【至急】備考欄にカード番号が残っているレコードについて",
        "charset": "iso-2022-jp",
        "body": f"""沢渡様

お世話になっております。一ノ瀬です。

旧EC会員の備考欄を確認していたところ、カード番号がそのまま
入力されているレコードを見つけました。例として1件貼ります。

  会員番号 {P[89]["member"]}　{P[89]["name"]} 様
  備考：「電話注文時 カード {card_number(SEED + 101)} 有効期限 08/28 で決済」

同じパターン（16桁の数字）が備考欄に何件あるか、移行ツールの
事前チェックで洗い出していただくことは可能でしょうか。
該当レコードは移行前にマスキングする方針です。

{SIG_ICHINOSE}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a customer's full credit card number pasted as an example to the SI",
    },
    # ------------------------------------------------------------------------------ 010
    {
        "id": "crmikou-010",
        "sender": SAOTOME,
        "to": [KITO],
        "subject": "住所正規化でエラーになった3件",
        "charset": "cp932",
        "body": "鬼頭様\n\nいつもお世話になっております。日の出産業 早乙女です。\n\n"
        "トライアルの住所正規化で「該当なし」になった3件について、\n"
        "原因を調べていただけますでしょうか。\n\n"
        + "\n".join(f"{i}) {p['name']}様　〒{p['zip']}　{p['addr']}　TEL {p['tel']}"
                    for i, p in enumerate(P[90:93], 1))
        + "\n\n番地の表記（丁目なし）が原因かと思っておりますが、念のため。\n\n"
        + SIG_SAOTOME + "\n",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three customers' addresses to the cleansing vendor: below the list threshold, may warn",
    },
    # ------------------------------------------------------------------------------ 011
    {
        "id": "crmikou-011",
        "sender": SAOTOME,
        "to": [KITO],
        "cc": [MAKABE],
        "subject": "クレンジング対象一覧（第1弾）をお送りします",
        "charset": "iso-2022-jp",
        "body": f"""株式会社データクレンジング・ラボ
鬼頭様

お世話になっております。日の出産業の早乙女です。

クレンジング第1弾の対象一覧をお送りします。
シートごとに不備の種類を分けていますので、ご確認ください。

　・電話番号不備（桁数不足・市外局番なし）
　・メール不達（過去1年でバウンスあり）
　・住所不備（番地欠落・旧町名）

作業結果は同じ形式で戻していただけますと助かります。
よろしくお願いいたします。

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "xlsx", "name": "クレンジング対象一覧_第1弾.xlsx",
            "sheets": {
                "電話番号不備": [["クレンジング対象（電話番号）　抽出日：2026/03/18"], [],
                                 ["顧客コード", "氏名", "登録電話番号", "携帯番号", "不備内容"]]
                + [[p["cid"], p["name"], p["tel"].split("-", 1)[1], p["mobile"], "市外局番なし"] for p in P[93:101]],
                "メール不達": [["クレンジング対象（メール）"], [],
                               ["顧客コード", "氏名", "メールアドレス", "最終バウンス日"]]
                + [[p["cid"], p["name"], p["email"], f"2025/{(i % 12) + 1:02d}/{(i * 3) % 28 + 1:02d}"]
                   for i, p in enumerate(P[101:107])],
                "住所不備": [["クレンジング対象（住所）"], [],
                             ["顧客コード", "氏名", "郵便番号", "住所", "不備内容"]]
                + [[p["cid"], p["name"], p["zip"], f"{p['pref']}{p['city']}", "番地欠落"] for p in P[107:112]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX with three sheets listing 19 customers' phone, e-mail and address to the cleansing vendor",
    },
    # ------------------------------------------------------------------------------ 012
    {
        "id": "crmikou-012",
        "sender": MAKABE,
        "to": [SAWATARI],
        "cc": [HIMURO],
        "subject": "第3回定例の日程変更のお願い",
        "charset": "iso-2022-jp",
        "body": f"""沢渡様、氷室様

お世話になっております。日の出産業の真壁です。

4/22（水）に予定していた第3回定例ですが、弊社の株主総会準備と重なり、
下記いずれかに変更させていただけないでしょうか。

　案1：4/23（木）10:00～11:30
　案2：4/24（金）15:00～16:30

Teams の招集は日程確定後に送り直します。
ご都合をお聞かせください。

{SIG_MAKABE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary scheduling mail to two external organisations (SI and CRM vendor)",
    },
    # ------------------------------------------------------------------------------ 013
    {
        "id": "crmikou-013",
        "sender": MAKABE,
        "to": [HIMURO],
        "subject": "移行計画書（第1版）送付",
        "charset": "utf-8",
        "body": f"""氷室様

お世話になっております。真壁です。
移行計画書の第1版を添付します。移行方式（一括移行）と切替手順の
章について、御社の作業範囲に誤りがないかご確認ください。

{SIG_MAKABE}
""",
        "attachments": [{
            "kind": "docx", "name": "顧客DB移行計画書_第1版.docx", "title": "顧客DB移行計画書",
            "page_header": "社外秘　日の出産業株式会社",
            "paragraphs": [
                "顧客DB移行計画書（第1版）",
                "1. 目的：旧顧客管理システム（HCS）の保守終了に伴い、顧客データを新CRMへ移行する。",
                "2. 移行方式：一括移行。差分は切替前日の夜間バッチで反映する。",
                "3. 切替日：2026年9月19日（土）～9月22日（火・祝）",
                "4. 体制：日の出産業（PMO）、ツバサシステム（移行ツール）、クラウドネクサス（CRM構築）",
                "5. 移行対象件数（概算）：個人顧客 約41万件、法人顧客 約6,200社、対応履歴 約180万件",
            ],
            "tables": [[["工程", "開始", "終了", "担当"],
                        ["抽出設計", "2026/04", "2026/05", "日の出産業"],
                        ["クレンジング", "2026/05", "2026/07", "データクレンジング・ラボ"],
                        ["リハーサル1", "2026/06", "2026/06", "ツバサシステム"],
                        ["リハーサル2", "2026/08", "2026/08", "ツバサシステム"],
                        ["本番移行", "2026/09", "2026/09", "全社"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached plan carries a 社外秘 header on every page, sent to the CRM vendor",
    },
    # ------------------------------------------------------------------------------ 014
    {
        "id": "crmikou-014",
        "sender": ICHINOSE,
        "to": [GEO],
        "subject": "住所正規化APIトライアル用データ",
        "charset": "utf-8",
        "body": "ジオコード研究所 サポートご担当者様\n\n"
        "お世話になっております。日の出産業 情報システム部の一ノ瀬です。\n"
        "トライアルアカウントの発行ありがとうございました。\n\n"
        "APIに投げる前に、変換結果のイメージを確認したく、\n"
        "弊社データの一部をタブ区切りで貼り付けます（氏名は外してあります）。\n\n"
        "顧客ID\t郵便番号\t住所\t電話番号\n"
        + "\n".join(f"{p['cid']}\t{p['zip']}\t{p['addr']}\t{p['tel']}" for p in P[10:19])
        + "\n\n建物名の分離と、丁目表記の統一がどの程度できるか教えてください。\n\n"
        + SIG_ICHINOSE + "\n",
        "expect": "stop",
        "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "nine customers' addresses and phone numbers (no name column, still people's records) to an outside API vendor",
    },
    # ------------------------------------------------------------------------------ 015
    {
        "id": "crmikou-015",
        "sender": SHOJI,
        "to": [SHITARA],
        "subject": "テリトリー設定用 支店・営業所一覧",
        "charset": "utf-8",
        "body": """設楽様

いつもお世話になっております。日の出産業 営業企画部の東海林です。
テリトリー設定に使う支店・営業所の一覧です（HTML版もご覧ください）。

札幌営業所 〒060-0001 北海道札幌市中央区北一条西3-2-10 TEL 011-221-4470
仙台支店   〒980-0021 宮城県仙台市青葉区中央2-8-13 TEL 022-262-5081
本社営業部 〒105-0013 東京都港区浜松町2-11-8 TEL 03-5472-3300
名古屋支店 〒450-0002 愛知県名古屋市中村区名駅4-5-27 TEL 052-581-6620
大阪支店   〒541-0041 大阪府大阪市中央区北浜1-9-4 TEL 06-6201-3345
福岡営業所 〒812-0011 福岡県福岡市博多区博多駅前3-22-1 TEL 092-451-7713

東海林
""",
        "html": """<html><body><p>設楽様</p><p>テリトリー設定に使う支店・営業所の一覧です。</p>
<table border="1" cellpadding="4">
<tr><th>拠点</th><th>所在地</th><th>代表電話</th><th>管轄</th></tr>
<tr><td>札幌営業所</td><td>〒060-0001 北海道札幌市中央区北一条西3-2-10</td><td>011-221-4470</td><td>北海道</td></tr>
<tr><td>仙台支店</td><td>〒980-0021 宮城県仙台市青葉区中央2-8-13</td><td>022-262-5081</td><td>東北6県</td></tr>
<tr><td>本社営業部</td><td>〒105-0013 東京都港区浜松町2-11-8</td><td>03-5472-3300</td><td>関東・甲信越</td></tr>
<tr><td>名古屋支店</td><td>〒450-0002 愛知県名古屋市中村区名駅4-5-27</td><td>052-581-6620</td><td>東海・北陸</td></tr>
<tr><td>大阪支店</td><td>〒541-0041 大阪府大阪市中央区北浜1-9-4</td><td>06-6201-3345</td><td>近畿・中四国</td></tr>
<tr><td>福岡営業所</td><td>〒812-0011 福岡県福岡市博多区博多駅前3-22-1</td><td>092-451-7713</td><td>九州・沖縄</td></tr>
</table><p>東海林</p></body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own branches with office addresses and switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------------------ 016
    {
        "id": "crmikou-016",
        "sender": SAOTOME,
        "to": [HIMURO],
        "subject": "取込テスト用データ（リハーサル1回目分）",
        "charset": "iso-2022-jp",
        "body": f"""氷室様

お世話になっております。日の出産業の早乙女です。
リハーサル1回目の取込テスト用データをお送りします。
解凍パスワードは別メールにてお送りいたします。

　添付：rehearsal1_contact.zip（CSV 3ファイル）

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "zip", "name": "rehearsal1_contact.zip", "password": "Hnd#2026rh1",
            "files": [{"kind": "csv", "name": "contact.csv", "encoding": "utf-8",
                       "rows": [["cid", "name", "tel", "mail"]]
                       + [[p["cid"], p["name"], p["tel"], p["email"]] for p in P[0:20]]},
                      {"kind": "csv", "name": "address.csv", "encoding": "utf-8",
                       "rows": [["cid", "zip", "addr"]] + [[p["cid"], p["zip"], p["addr"]] for p in P[0:20]]},
                      {"kind": "csv", "name": "rank.csv", "encoding": "utf-8",
                       "rows": [["cid", "rank"]] + [[p["cid"], "A"] for p in P[0:20]]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the CRM vendor: contents cannot be inspected",
    },
    # ------------------------------------------------------------------------------ 017
    {
        "id": "crmikou-017",
        "sender": ICHINOSE,
        "to": [HASUMI],
        "subject": "生年月日の変換エラー一覧",
        "charset": "utf-8",
        "html": "<html><body><p>蓮見様</p>"
        "<p>お世話になっております。一ノ瀬です。<br>和暦→西暦変換で落ちたレコードを一覧にしました。"
        "元データの入力ゆれ（元号の略記や全角数字）が原因と思われます。</p>"
        "<table border=\"1\" style=\"border-collapse:collapse\">"
        "<tr><th>顧客コード</th><th>氏名</th><th>旧生年月日（入力値）</th><th>メール</th><th>電話</th></tr>"
        + "".join(f"<tr><td>{p['cid']}</td><td>{p['name']}</td><td>{wareki(p['dob'], st)}</td>"
                  f"<td>{p['email']}</td><td>{p['tel']}</td></tr>"
                  for p, st in zip(P[19:26], ["short", "kanji_fw", "slash", "short_fw", "kanji", "short", "slash"]))
        + "</table><p>変換ルールに追加をお願いできますでしょうか。</p>"
        "<p>日の出産業 情報システム部<br>一ノ瀬 拓海<br>03-5472-3310 (ext.4125)</p></body></html>",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of 7 customers (name, birth date, e-mail, phone) to the SI",
    },
    # ------------------------------------------------------------------------------ 018
    {
        "id": "crmikou-018",
        "sender": MAKABE,
        "to": [PRIYA],
        "subject": "Countersigned Mutual NDA - Hinode Sangyo / Orbitel Software",
        "charset": "utf-8",
        "body": f"""Dear Priya,

Thank you for the draft. Our legal team has reviewed the Mutual Non-Disclosure
Agreement and we are fine with your version 3, including the 3-year term for
Confidential Information and the carve-out for residual knowledge.

Please find the countersigned copy attached. Once you send back the fully executed
PDF, we can share the data dictionary of our legacy customer database.

Best regards,
{SIG_EN}

{DISC_EN}
""",
        "attachments": [{
            "kind": "pdf", "name": "Mutual_NDA_Hinode_Orbitel_signed.pdf", "title": "Mutual NDA",
            "lines": ["MUTUAL NON-DISCLOSURE AGREEMENT",
                      "This Agreement is entered into between Hinode Sangyo Co., Ltd. and Orbitel Software Inc.",
                      "1. Definition. \"Confidential Information\" means any information disclosed by either party",
                      "   that is marked or reasonably understood to be confidential.",
                      "2. Obligations. The receiving party shall not disclose Confidential Information to third parties.",
                      "3. Term. This Agreement remains in effect for three (3) years from the Effective Date.",
                      "4. Governing law. The laws of Japan. Exclusive jurisdiction: Tokyo District Court.",
                      "Signed for Hinode Sangyo Co., Ltd.: Kenji Mitarai, General Manager, IT Division"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the signed NDA attached; 'confidential' only as a defined term, no marking",
    },
    # ------------------------------------------------------------------------------ 019
    {
        "id": "crmikou-019",
        "sender": ICHINOSE,
        "to": [HIMURO],
        "cc": [SHITARA],
        "subject": "個人事業主の取引先に残っている個人番号項目について",
        "charset": "utf-8",
        "body": f"""氷室様、設楽様

お世話になっております。一ノ瀬です。

法人顧客テーブルのうち、個人事業主の取引先には支払調書作成のために
「個人番号」列が残っていることがわかりました。
新CRMでこの項目を暗号化項目として保持できるか、あるいは持たない方がよいか
ご意見を伺いたく、実データの形を添付で共有します（3件）。

{SIG_ICHINOSE}
""",
        "attachments": [{
            "kind": "xlsx", "name": "torihiki_kojin_jigyo.xlsx",
            "sheets": {"個人事業主": [["取引先コード", "屋号", "代表者氏名", "個人番号", "所在地", "電話"],
                                      ["T10482", "さがえ工房", P[50]["name"], my_number(SEED + 1), P[50]["addr"], P[50]["tel"]],
                                      ["T10517", "ツクモ商店", P[51]["name"], my_number(SEED + 2), P[51]["addr"], P[51]["tel"]],
                                      ["T10603", "アイバ設計", P[52]["name"], my_number(SEED + 3), P[52]["addr"], P[52]["mobile"]]]},
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three sole proprietors' My Numbers in an XLSX to the CRM vendor",
    },
    # ------------------------------------------------------------------------------ 020
    {
        "id": "crmikou-020",
        "sender": SAOTOME,
        "to": [SHITARA],
        "subject": "画面レイアウト確認用のマスキング済みサンプル",
        "charset": "iso-2022-jp",
        "body": "設楽様\n\nお世話になっております。早乙女です。\n\n"
        "画面レイアウト（顧客詳細・一覧）の確認用に、マスキング済みのサンプルを\n"
        "用意しました。氏名・電話・メールはすべて伏せ字、住所は市区町村までです。\n"
        "桁あふれや折り返しの確認にお使いください。\n\n"
        + table([["No", "氏名", "電話", "メール", "住所"]]
                + [[str(i), p["sei"][0] + "＊ ＊＊", p["mobile"][:4] + "****-****",
                    p["email"][0] + "****@" + p["email"].split("@")[1], p["pref"] + p["city"][:3] + "＊＊＊"]
                   for i, p in enumerate(P[60:80], 1)])
        + "\n\n" + SIG_SAOTOME + "\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "20 rows but fully masked (no name, phone, e-mail or street address left): no personal data",
    },
    # ------------------------------------------------------------------------------ 021
    {
        "id": "crmikou-021",
        "sender": "日の出産業 会員サポート <member-support@hinode-sangyo.co.jp>",
        "to": [P[3]["email"], P[4]["email"], P[5]["email"], P[6]["email"]],
        "subject": "【日の出産業】会員サイトリニューアルに伴う再登録のお願い",
        "charset": "iso-2022-jp",
        "body": """会員各位

いつも日の出産業の製品をご愛用いただき、誠にありがとうございます。

このたび、お客様情報の管理システムを刷新することとなりました。
これに伴い、2026年9月24日以降、会員サイトへ初めてログインされる際に
パスワードの再設定が必要となります。

お手数をおかけいたしますが、以下のページより手続きをお願いいたします。
https://member.hinode-sangyo.co.jp/renewal

ご不明な点は、お客様相談室（0120-418-226）までお問い合わせください。

日の出産業株式会社 会員サポート
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "notice to four private customers with all addresses in To: each can see the others (should be Bcc)",
    },
    # ------------------------------------------------------------------------------ 022
    {
        "id": "crmikou-022",
        "sender": MAKABE,
        "to": ["有馬 隆之 <arima.takayuki.pm@gmail.com>"],
        "subject": "全体スケジュール（案）のレビューお願い",
        "charset": "iso-2022-jp",
        "body": f"""有馬さん

お疲れさまです。真壁です。
先日お話しした移行プロジェクトの全体スケジュール案です。
外部PMOの立場から、リハーサルと本番の間隔が短すぎないか見ていただけると助かります。

　6月中旬　　リハーサル1（件数照合・取込時間計測）
　8月下旬　　リハーサル2（切替手順の通し）
　9月19日～　本番切替（3連休）
　9月24日　　新CRM 稼働

ご請求は従来どおり月末締めでお願いします。

{SIG_MAKABE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "schedule only, to one freelance consultant on free mail",
    },
    # ------------------------------------------------------------------------------ 023
    {
        "id": "crmikou-023",
        "sender": SAOTOME,
        "to": [SHITARA],
        "subject": "移行テスト 照合不一致レコードの一覧（Word）",
        "charset": "cp932",
        "body": f"""設楽様

お世話になっております。日の出産業 早乙女です。

件数照合は一致しましたが、項目単位の照合で8件の不一致がありました。
Wordの表にまとめましたので、新CRM側の値をご確認ください。

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "docx", "name": "照合不一致一覧_20260619.docx",
            "paragraphs": ["リハーサル1 項目照合 不一致一覧", "照合日：2026年6月19日"],
            "tables": [[["No", "顧客コード", "氏名", "項目", "旧HCSの値", "新CRMの値"]]
                       + [[str(i), p["cid"], p["name"], f, o, n] for i, (p, f, o, n) in enumerate([
                           (P[26], "携帯番号", P[26]["mobile"], P[26]["mobile"].replace("-", "")),
                           (P[27], "メール", P[27]["email"].upper(), P[27]["email"]),
                           (P[28], "生年月日", wareki(P[28]["dob"]), ymd(P[28]["dob"], "-")),
                           (P[29], "住所", P[29]["addr"], P[29]["addr"][:20]),
                           (P[35], "電話番号", fw(P[35]["tel"]), P[35]["tel"]),
                           (P[36], "生年月日", wareki(P[36]["dob"], "short"), "(空欄)"),
                           (P[37], "メール", P[37]["email"] + " ", P[37]["email"]),
                           (P[38], "住所", P[38]["addr"], P[38]["pref"])], 1)]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 8 customers with their field values (phone, e-mail, birth date, address) to the vendor",
    },
    # ------------------------------------------------------------------------------ 024
    {
        "id": "crmikou-024",
        "sender": ICHINOSE,
        "to": [MITARAI, TESHIGAWARA],
        "cc": [MAKABE],
        "subject": "【報告】旧HCSに個人番号が残存している件",
        "charset": "iso-2022-jp",
        "body": f"""御手洗部長、勅使河原さん

一ノ瀬です。移行前調査でわかったことをご報告します。

法人顧客テーブルの個人事業主レコードに、個人番号が平文で残っています。
件数は3件、いずれも2016年の支払調書対応時に入力されたものです。

　取引先T10291　{P[44]["name"]}　{my_number(SEED + 4)}
　取引先T10355　{P[45]["name"]}　{my_number(SEED + 5)}
　取引先T10714　{P[46]["name"]}　{my_number(SEED + 6)}

経理では現在この項目を使っていないとのことなので、移行対象から除外し、
旧システム側も削除する方向で進めたいと考えています。
法務の観点で問題がないかご確認をお願いします。

一ノ瀬
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "My Numbers in the body, but every recipient is internal",
    },
    # ------------------------------------------------------------------------------ 025
    {
        "id": "crmikou-025",
        "sender": SAOTOME,
        "to": ["一ノ瀬 拓海 <ichinose.takumi@hinode-sangyou.co.jp>"],
        "subject": "リハーサル2 切替手順書のレビュー依頼",
        "charset": "utf-8",
        "body": """一ノ瀬さん

お疲れさまです。早乙女です。
リハーサル2の切替手順書（ドラフト）をレビューしてもらえますか。
特に「旧HCSの更新停止」から「差分抽出」までの間隔と、
ロールバック判定の時刻（9/21 18:00）を見てほしいです。

手順書は Teams のプロジェクトチャネルに上げてあります。
金曜までにコメントもらえると助かります。

早乙女
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague addressed at hinode-sangyou.co.jp, a look-alike of the company's own domain",
    },
    # ------------------------------------------------------------------------------ 026
    {
        "id": "crmikou-026",
        "sender": SHOJI,
        "to": [NARUSE],
        "subject": "移行のご案内DM　宛先除外リスト（返送分）",
        "charset": "shift_jis",
        "body": f"""錦印刷株式会社
成瀬様

いつも大変お世話になっております。日の出産業の東海林です。

9月発送予定の「システム切替のご案内」DMにつきまして、
前回の春季DMで宛先不明により返送されたお客様を除外したく、
対象者一覧をPDFでお送りします。宛名データ作成時に除外をお願いいたします。

{SIG_SHOJI}
""",
        "attachments": [{
            "kind": "pdf", "name": "DM返送_除外対象者一覧.pdf", "title": "DM返送 除外対象者一覧",
            "lines": ["春季DM 返送分 除外対象者一覧（10名）", "作成：日の出産業株式会社 営業企画部"],
            "table": [["顧客コード", "氏名", "郵便番号", "住所", "返送理由"]]
            + [[p["cid"], p["name"], p["zip"], p["addr"], r] for p, r in zip(
                P[41:51], ["転居先不明", "あて所に尋ねあたりません", "転居先不明", "受取拒否", "あて所に尋ねあたりません",
                           "転居先不明", "番地不足", "転居先不明", "受取拒否", "あて所に尋ねあたりません"])],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF table of 10 customers' names and home addresses to the printer",
    },
    # ------------------------------------------------------------------------------ 027
    {
        "id": "crmikou-027",
        "sender": ICHINOSE,
        "to": [SAWATARI],
        "subject": "法人顧客（Account）取込テスト用の取引先データ",
        "charset": "utf-8",
        "body": "沢渡様\n\nお世話になっております。一ノ瀬です。\n"
        "法人顧客の取込テスト用に、主要取引先8社のデータを貼ります。\n"
        "法人番号のチェックデジット検証が通るかも併せてご確認ください。\n\n"
        + table([["取引先CD", "法人番号", "取引先名", "本社所在地", "代表電話"],
                 ["T00012", corp_no("010401082211"), "川崎電機株式会社", "神奈川県川崎市幸区堀川町72-4", "044-520-1100"],
                 ["T00031", corp_no("020001054418"), "北国フーズ株式会社", "北海道札幌市北区北七条西5-1", "011-707-3200"],
                 ["T00047", corp_no("011001099302"), "青葉運輸株式会社", "宮城県仙台市若林区卸町2-9-3", "022-235-4411"],
                 ["T00105", corp_no("120001147725"), "株式会社ナカノ精機", "大阪府東大阪市高井田元町1-2-18", "06-6782-0091"],
                 ["T00218", corp_no("180001033364"), "東海メディカルサプライ株式会社", "愛知県名古屋市熱田区金山町1-7-3", "052-678-5120"],
                 ["T00340", corp_no("290001026617"), "有限会社山見製作所", "福岡県糟屋郡粕屋町長者原西2-3-6", "092-938-4400"],
                 ["T00402", corp_no("070001012843"), "あおい工業株式会社", "福島県郡山市富田町字満水田81", "024-952-3030"],
                 ["T00577", corp_no("100001028831"), "信州ホームテック株式会社", "長野県松本市島内4085-1", "0263-40-7720"]])
        + "\n\n" + SIG_ICHINOSE + "\n",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of business customers (corporate numbers, head-office addresses, switchboards): not people",
    },
    # ------------------------------------------------------------------------------ 028
    {
        "id": "crmikou-028",
        "sender": MAKABE,
        "to": [PRIYA],
        "cc": [SAWATARI, HIMURO],
        "subject": "API integration workshop - proposed agenda (Apr 15, JST)",
        "charset": "utf-8",
        "body": f"""Hi Priya,

As discussed, I would like to hold a joint workshop on the API integration between
the Orbitel marketing platform and our new CRM. I have copied Mr. Sawatari
(Tsubasa System, our integrator) and Mr. Himuro (CloudNexus, CRM implementation).

Proposed agenda (Apr 15, 9:00-10:30 JST / Apr 14, 17:00-18:30 PDT):
  1. Sync direction and frequency (contacts, consent flags, campaign responses)
  2. Rate limits and bulk API usage during the cut-over weekend
  3. Error handling and retry policy
  4. Test environment access

Please let me know if the time works for you.

Best regards,
{SIG_EN}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (Orbitel, Tsubasa, CloudNexus) in To/Cc see each other",
    },
    # ------------------------------------------------------------------------------ 029
    {
        "id": "crmikou-029",
        "sender": SAOTOME,
        "to": [HASUMI],
        "subject": "FW: DM停止をご希望のお客様（3月受付分）",
        "charset": "iso-2022-jp",
        "body": "蓮見様\n\nお世話になっております。早乙女です。\n"
        "お客様相談室から回ってきた3月受付分のDM停止希望です。\n"
        "移行時に「DM不可」フラグが立つよう、差分データに含めていただけますか。\n\n"
        "早乙女\n\n"
        "-----Original Message-----\n"
        "From: 百目鬼 純 <domeki.jun@hinode-sangyo.co.jp>\n"
        "Sent: Tuesday, March 31, 2026 5:12 PM\n"
        "To: 早乙女 紗季 <saotome.saki@hinode-sangyo.co.jp>\n"
        "Subject: DM停止をご希望のお客様（3月受付分）\n\n"
        "早乙女さん\n\n3月に電話・はがきでDM停止のご依頼があったお客様です。\n"
        "HCSのフラグ更新が間に合っていないので、移行側で対応お願いします。\n\n"
        + "\n".join(f"■{p['name']}（{p['kana']}）\n　〒{p['zip']} {p['addr']}\n　TEL {p['tel']}\n　受付：3/{d} {how}"
                    for p, d, how in zip(P[52:58], [3, 9, 12, 18, 24, 30],
                                         ["電話", "はがき", "電話", "電話", "はがき", "メール"]))
        + "\n\n百目鬼\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of an internal mail listing 6 customers (address, phone) to the SI: forwarded text counts",
    },
    # ------------------------------------------------------------------------------ 030
    {
        "id": "crmikou-030",
        "sender": ICHINOSE,
        "to": [HIMURO],
        "subject": "RE: 取込ログ（警告12件）",
        "charset": "cp932",
        "body": "氷室様\n\nお世話になっております。一ノ瀬です。\n\n"
        "警告12件の件、ありがとうございました。\n"
        "いずれも電話番号の桁数に関する警告で、データとしては問題ないため\n"
        "このまま進めていただいて結構です。\n\n"
        "一ノ瀬\n\n"
        "-----Original Message-----\n"
        "差出人: 氷室 翔 <s.himuro@cloudnexus.co.jp>\n"
        "送信日時: 2026年6月22日 11:40\n"
        "宛先: 一ノ瀬 拓海 <ichinose.takumi@hinode-sangyo.co.jp>\n"
        "件名: 取込ログ（警告12件）\n\n"
        "一ノ瀬様\n\n取込ログのうち、警告となった12件をお知らせします。\n\n"
        + "\n".join(f"{p['cid']},{p['name']},{p['tel']},WARN: Phone length" for p in P[58:70])
        + "\n\nクラウドネクサス 氷室\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 12 records appear only below the Original Message separator (the vendor's own mail)",
    },
    # ------------------------------------------------------------------------------ 031
    {
        "id": "crmikou-031",
        "sender": DOMEKI,
        "to": [SHITARA],
        "subject": "本人確認記録の項目設計について",
        "charset": "utf-8",
        "body": f"""設楽様

お世話になっております。お客様相談室の百目鬼です。

高額修理の受付時に記録している本人確認情報について、新CRMでの
項目設計をご相談させてください。現状は以下のように自由記述で入っています。

[1] {P[70]["name"]} 様 生年月日 {wareki(P[70]["dob"])}
    確認書類：運転免許証 第{"30" + str(_R.randrange(10**9, 10**10))}号
[2] {P[71]["name"]} 様 生年月日 {wareki(P[71]["dob"])}
    確認書類：運転免許証 番号 {"45" + str(_R.randrange(10**9, 10**10))}
[3] {P[72]["name"]} 様 生年月日 {wareki(P[72]["dob"])}
    確認書類：運転免許証（{"62" + str(_R.randrange(10**9, 10**10))}）

番号そのものは保持せず「確認済み／書類種別／確認日」だけ残す形にしたいと
考えていますが、いかがでしょうか。

{SIG_DOMEKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "three customers' driver's licence numbers (identity documents) sent to the vendor",
    },
    # ------------------------------------------------------------------------------ 032
    {
        "id": "crmikou-032",
        "sender": DOMEKI,
        "to": [TOGASHI],
        "subject": "連絡先確認コールのご依頼（5名様分）",
        "charset": "iso-2022-jp",
        "body": "株式会社ひかりコンタクト\n冨樫様\n\n"
        "いつもお世話になっております。日の出産業 お客様相談室の百目鬼です。\n\n"
        "移行前の連絡先確認コールについて、先行して下記5名様分をお願いできますでしょうか。\n"
        "いずれも登録メールが不達で、携帯番号のみ有効と思われるお客様です。\n\n"
        + "\n".join(f"・{p['name']}様（{p['kana']}）　携帯 {fw(p['mobile'])}　生年月日 {wareki(p['dob'], 'short')}"
                    for p in P[73:78])
        + "\n\n架電時は本人確認のため生年月日を伺ってください。\n"
        "結果は共有シートにご記入ください。\n\n" + SIG_DOMEKI + "\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five customers' mobile numbers and birth dates as bullets to the call-centre contractor",
    },
    # ------------------------------------------------------------------------------ 033
    {
        "id": "crmikou-033",
        "sender": IOKIBE,
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "4/27 新CRM操作研修 会場ご予約の件（当日連絡先）",
        "charset": "iso-2022-jp",
        "body": f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業 総務部の五百旗頭です。
4月27日（月）の「新CRM操作研修」（桜の間、40名、スクール形式）の件で、
当日の連絡先をお知らせします。

　運営責任者　真壁 遼　　　080-3391-6620
　受付　　　　早乙女 紗季　070-5521-8034
　機材担当　　一ノ瀬 拓海　080-2267-4419
　総務　　　　五百旗頭 和子　090-6634-1208

プロジェクター2台とワイヤレスマイク2本の手配をお願いいたします。
昼食（幕の内弁当 40個）は12:00搬入でお願いします。

日の出産業株式会社 総務部
五百旗頭 和子
TEL 03-5472-3305
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four staff contacts for an event to the hotel: a short attendee list, may warn",
    },
    # ------------------------------------------------------------------------------ 034
    {
        "id": "crmikou-034",
        "sender": MAKABE,
        "to": [SAWATARI],
        "subject": "【取扱注意】新CRM 権限設計（案）",
        "charset": "utf-8",
        "body": f"""【取扱注意】

沢渡様

お世話になっております。真壁です。
新CRMのロール・権限設計の案です。移行ツールの実行ユーザーの権限範囲を
決める前提になりますので、ご確認ください。

  ロール            参照範囲              編集   エクスポート
  ----------------------------------------------------------------
  営業担当          自拠点の顧客          可     不可
  営業マネージャー  自拠点＋配下          可     承認制
  お客様相談室      全顧客（対応履歴含む）可     不可
  マーケティング    全顧客（連絡先除く）  不可   承認制
  システム管理者    全件                  可     可（ログ監査）
  移行ツール        全件（期間限定）      可     不可

監査ログの保管期間は1年で考えています。

{SIG_MAKABE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 【取扱注意】 in subject and body, sent to the SI",
    },
    # ------------------------------------------------------------------------------ 035
    {
        "id": "crmikou-035",
        "sender": TAKANASHI,
        "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginkou.co.jp>"],
        "subject": "口座振替データの受け渡し方式変更について",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の小鳥遊でございます。

弊社顧客管理システムの刷新に伴い、口座振替の請求データ・結果データの
受け渡し方式を、2026年10月請求分より下記のとおり変更したく存じます。

　現行：全銀協フォーマットのファイルを媒体（CD-R）で持参
　変更後：インターネットバンキング（データ伝送サービス）経由

切替にあたり必要なお手続き・書類をお教えいただけますでしょうか。

日の出産業株式会社 経理部
小鳥遊 誠
TEL 03-5472-3320
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp is a look-alike (letter added) of partner bank midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------------------ 036
    {
        "id": "crmikou-036",
        "sender": TAKANASHI,
        "to": [KITO],
        "subject": "ご請求書（DCL-2026-0412）受領のご連絡",
        "charset": "cp932",
        "body": f"""株式会社データクレンジング・ラボ
鬼頭様

いつもお世話になっております。日の出産業 経理部の小鳥遊です。

下記ご請求書を受領いたしました。社内承認を経て、4月30日に
お振込みの予定です。

　請求書番号：DCL-2026-0412
　件名　　　：顧客データクレンジング（第1弾）作業費
　金額　　　：1,485,000円（税込）
　登録番号　：T{corp_no("010401172206")}

なお、次回以降のご請求書は電子（PDF）でのご送付で差し支えございません。

日の出産業株式会社 経理部
小鳥遊 誠
TEL 03-5472-3320
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice receipt with invoice number and the vendor's T-number: ordinary accounting mail",
    },
    # ------------------------------------------------------------------------------ 037
    {
        "id": "crmikou-037",
        "sender": SHOJI,
        "to": [HIMURO],
        "subject": "配送時の配慮フラグ（移行対象）のサンプル",
        "charset": "utf-8",
        "body": f"""氷室様

お世話になっております。営業企画部の東海林です。

旧HCSの「配送配慮」項目を新CRMのどこに持つか検討中で、
実際の入力内容のイメージを3件分添付します。
障害の内容まで書かれているケースがあるため、閲覧権限の設定も
併せてご相談させてください。

{SIG_SHOJI}
""",
        "attachments": [{
            "kind": "xlsx", "name": "配送配慮フラグ_サンプル.xlsx",
            "sheets": {"配送配慮": [
                ["顧客コード", "氏名", "住所", "電話", "配慮内容（自由記述）"],
                [P[78]["cid"], P[78]["name"], P[78]["addr"], P[78]["tel"],
                 "身体障害者手帳1級（車椅子）。玄関先ではなく室内まで搬入"],
                [P[79]["cid"], P[79]["name"], P[79]["addr"], P[79]["mobile"],
                 "聴覚障害のため電話不可。配達前の連絡はSMSで"],
                [P[80]["cid"], P[80]["name"], P[80]["addr"], P[80]["tel"],
                 "視覚障害あり。伝票の読み上げをお願いしたい"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three identified customers' disabilities (要配慮個人情報) in an XLSX to the vendor",
    },
    # ------------------------------------------------------------------------------ 038
    {
        "id": "crmikou-038",
        "sender": ICHINOSE,
        "to": [SAWATARI],
        "subject": "抽出SQLの結果（先頭9行）",
        "charset": "utf-8",
        "body": "沢渡様\n\n一ノ瀬です。\nご依頼の抽出SQLを流した結果、先頭9行を貼っておきます。\n"
        "NULLの扱い（空文字になっている列）をご確認ください。\n\n"
        "KYK_CD,KYK_NM,BIRTH_YMD,TEL1,TEL2,MAIL,ZIP,ADDR1\n"
        + "\n".join(f"{p['cid']},{p['name']},{ymd(p['dob'], '')},{p['tel'] if i % 3 else ''},"
                    f"{p['mobile']},{p['email'] if i % 4 else ''},{p['zip'].replace('-', '')},{p['addr']}"
                    for i, p in enumerate(P[100:109]))
        + "\n\n以上、よろしくお願いします。\n\n" + SIG_ICHINOSE + "\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "comma-separated query result of 9 customers pasted in the body to the SI",
    },
    # ------------------------------------------------------------------------------ 039
    {
        "id": "crmikou-039",
        "sender": SAOTOME,
        "to": [KITO],
        "subject": "クレンジング第1弾 結果確認報告書",
        "charset": "iso-2022-jp",
        "body": f"""鬼頭様

お世話になっております。早乙女です。
第1弾の結果確認報告書をお送りします。
PDFにはパスワードを設定しております（パスワードは別途お電話でお伝えします）。

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "pdf", "name": "クレンジング第1弾_結果確認報告書.pdf", "password": "dcl0412",
            "lines": ["クレンジング第1弾 結果確認報告書", "対象件数 19件 / 修正済 17件 / 保留 2件"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the cleansing vendor: cannot be inspected",
    },
    # ------------------------------------------------------------------------------ 040
    {
        "id": "crmikou-040",
        "sender": MAKABE,
        "to": [DANIEL],
        "subject": "Weekly status - CRM migration (week 24)",
        "charset": "utf-8",
        "body": f"""Hi Daniel,

Here is this week's status from our side.

- Rehearsal 1 finished on Jun 19. Record counts matched for contacts (412,306)
  and accounts (6,214). Field-level reconciliation found 8 mismatches, all fixed.
- Consent flags: mapping of our "DM OK / NG / unknown" to your subscription
  statuses is agreed (see mapping sheet v0.9, section 4).
- Open issue: bulk API daily limit during the cut-over weekend. Could you confirm
  whether a temporary increase to 2M calls/day is possible?

Next checkpoint: Jun 30 (Tue) 8:00 JST.

Thanks,
Ryo
{SIG_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English status report with record counts only",
    },
    # ------------------------------------------------------------------------------ 041
    {
        "id": "crmikou-041",
        "sender": ICHINOSE,
        "to": [HASUMI],
        "subject": "旧会員台帳（2008年以前のExcel）の取り込みについて",
        "charset": "shift_jis",
        "body": f"""蓮見様

お世話になっております。一ノ瀬です。

HCS導入以前の会員台帳が Excel 97-2003 形式で残っており、
こちらも移行対象に含めるかを検討しています。
形式の確認のため、先頭12件を切り出したファイルを添付します。
生年月日が和暦の文字列で入っている点にご注意ください。

{SIG_ICHINOSE}
""",
        "attachments": [{
            "kind": "xls", "name": "会員台帳_H20以前_抜粋.xls",
            "sheets": {"会員台帳": [["会員番号", "氏名", "フリガナ", "生年月日", "住所", "電話"]]
                       + [[p["member"], p["name"], p["kana"], wareki(p["dob"]), p["addr"], p["tel"]]
                          for p in P[109:120]] + [[P[0]["member"], P[0]["name"], P[0]["kana"],
                                                   wareki(P[0]["dob"]), P[0]["addr"], P[0]["tel"]]]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy .xls member ledger with 12 people (和暦 birth dates, addresses, phones) to the SI",
    },
    # ------------------------------------------------------------------------------ 042
    {
        "id": "crmikou-042",
        "sender": IOKIBE,
        "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
        "subject": "配送状況の確認（新CRM用PC 3梱包）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 お客様センター御中

いつもお世話になっております。日の出産業 総務部の五百旗頭です。

お客様相談室向けのPCを下記のとおり発送いただいておりますが、
追跡画面で「持戻り」となっております。再配達のご手配をお願いできますでしょうか。

　送り状番号：4821-3305-7716 / 4821-3305-7720 / 4821-3305-7731
　お届け先　：日の出産業株式会社 本社7階 お客様相談室（東京都港区浜松町2-11-8）
　ご希望日時：4月10日（金）午前中

よろしくお願いいたします。

日の出産業株式会社 総務部 五百旗頭
TEL 03-5472-3305
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and the company's own delivery address: ordinary logistics mail",
    },
    # ------------------------------------------------------------------------------ 043
    {
        "id": "crmikou-043",
        "sender": SHOJI,
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
        "subject": "配送先マスタの件（お届け先2件の修正）",
        "charset": "cp932",
        "body": f"""青葉運輸 配車センター ご担当者様

いつもお世話になっております。日の出産業の東海林です。

配送先マスタのうち、下記2件のお届け先が移行作業中の確認で
古い住所のままだとわかりました。次回配送分から修正をお願いします。

１．{P[12]["name"]}様　〒{fw(P[12]["zip"])}　{P[12]["addr"]}　℡{fw(P[12]["tel"])}
２．{P[13]["name"]}様　〒{fw(P[13]["zip"])}　{P[13]["addr"]}　℡{fw(P[13]["mobile"])}

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp: look-alike recipient (with two customers' addresses)",
    },
    # ------------------------------------------------------------------------------ 044
    {
        "id": "crmikou-044",
        "sender": DOMEKI,
        "to": [HASUMI],
        "subject": "転送：住所変更のお届け（切替期間中受付）",
        "charset": "utf-8",
        "body": f"""蓮見様

お世話になっております。百目鬼です。
切替期間中（9/19以降）にWebフォームで受け付けた住所変更が1件ありました。
差分反映の対象に追加をお願いします。

---------- 転送メッセージ ----------
From: 会員サイト <noreply@member.hinode-sangyo.co.jp>
Date: 2026年9月20日(日) 10:14
Subject: [会員サイト] 登録情報変更のお届け

会員番号：{P[14]["member"]}
お名前　：{P[14]["name"]}（{P[14]["kana"]}）
新住所　：〒{P[14]["zip"]} {P[14]["addr"]}
電話番号：{P[14]["mobile"]}
変更理由：転居
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded address change of one customer to the SI: one person's record, may warn",
    },
    # ------------------------------------------------------------------------------ 045
    {
        "id": "crmikou-045",
        "sender": DOMEKI,
        "to": [HASUMI],
        "cc": [SAOTOME],
        "subject": "連絡制限フラグの移行（ご家族経由のみ連絡のお客様）",
        "charset": "iso-2022-jp",
        "body": f"""蓮見様

百目鬼です。連絡制限フラグの移行について、もう1件確認させてください。

　{P[15]["name"]}様（顧客コード {P[15]["cid"]}、{P[15]["pref"]}在住）
　メモ：令和6年に特殊詐欺の被害に遭われ、以降は長男様経由でのみ連絡。
　　　　ご本人宛の電話・訪問営業は不可。

このお客様は旧HCSでは「連絡不可」フラグしか立っておらず、理由はメモ欄のみです。
新CRMでは理由欄を持たずフラグだけ移す想定で問題ないか、ご確認ください。

{SIG_DOMEKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identified customer described as a victim of fraud (crime victim: 要配慮個人情報) to the SI",
    },
    # ------------------------------------------------------------------------------ 046
    {
        "id": "crmikou-046",
        "sender": SHOJI,
        "to": ["営業企画部 <eigyo-kikaku@hinode-sangyo.co.jp>"],
        "cc": [MAKABE],
        "subject": "新CRM移行後の優良顧客フォロー対象（15名）",
        "charset": "utf-8",
        "body": "営業企画部各位\n\n切替後1か月は、下記15名の優良顧客に重点フォローを行います。\n"
        "担当割当は来週の部会で決めます。\n\n東海林\n",
        "html": "<html><body><p>営業企画部各位</p><p>切替後1か月は、下記15名の優良顧客に重点フォローを行います。</p>"
        "<table border=\"1\"><tr><th>顧客コード</th><th>氏名</th><th>電話</th><th>住所</th><th>累計購入額</th></tr>"
        + "".join(f"<tr><td>{p['cid']}</td><td>{p['name']}</td><td>{p['tel']}</td><td>{p['addr']}</td>"
                  f"<td>{(i * 37 % 90 + 10) * 10000:,}円</td></tr>" for i, p in enumerate(P[16:31], 1))
        + "</table><p>東海林</p></body></html>",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "list of 15 customers, but sent only to an internal mailing list",
    },
    # ------------------------------------------------------------------------------ 047
    {
        "id": "crmikou-047",
        "sender": SAOTOME,
        "to": [SHITARA],
        "subject": "性能試験用のテストデータ（架空データ）",
        "charset": "utf-8",
        "body": f"""設楽様

お世話になっております。早乙女です。

性能試験用のテストデータ（50件）を添付します。
社内のテストデータ生成ツールで作った架空のデータで、実在のお客様の情報は
含まれておりません（氏名・住所・電話番号はいずれもランダム生成です）。
本番想定の400万件は、このファイルを元に御社環境で増幅していただく想定です。

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "csv", "name": "perf_test_seed_50.csv", "encoding": "utf-8",
            "rows": [["legacy_id", "last_name", "first_name", "kana", "birthdate", "phone", "mobile", "email", "postal_code", "address"]]
            + [[f"T{900000 + i}", p["sei"], p["mei"], p["kana"], ymd(p["dob"], "-"), p["tel"], p["mobile"],
                p["email"], p["zip"], p["addr"]] for i, p in enumerate(P[55:105])],
        }],
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "50 realistic-looking records declared as generated test data: looks like a customer list, claimed fictitious",
    },
    # ------------------------------------------------------------------------------ 048
    {
        "id": "crmikou-048",
        "sender": MAKABE,
        "to": [SHITARA],
        "subject": "新CRM ユーザーアカウント発行依頼（第1陣 10名）",
        "charset": "iso-2022-jp",
        "body": "設楽様\n\nお世話になっております。真壁です。\n"
        "UAT参加者のユーザーアカウント発行をお願いします。第1陣は以下10名です。\n"
        "ログインIDはメールアドレス、MFAはSMSで設定してください。\n\n"
        + table([["社員番号", "氏名", "所属", "メールアドレス", "携帯（SMS用）"]]
                + [[f"H{10231 + i * 17}", n, d, f"{m}@hinode-sangyo.co.jp", t] for i, (n, d, m, t) in enumerate([
                    ("鍋島 芳樹", "札幌営業所", "nabeshima.yoshiki", "090-4418-2210"),
                    ("宇留野 聡", "仙台支店", "uruno.satoshi", "080-6120-5573"),
                    ("檜山 葵", "本社営業部", "hiyama.aoi", "070-3349-8826"),
                    ("駒場 晴美", "本社営業部", "komaba.harumi", "090-7725-0148"),
                    ("香月 大輔", "名古屋支店", "katsuki.daisuke", "080-1906-3372"),
                    ("樋渡 美穂", "大阪支店", "hiwatashi.miho", "070-8831-4405"),
                    ("禰津 航", "大阪支店", "nezu.wataru", "090-5503-9917"),
                    ("栂野 紀子", "福岡営業所", "togano.noriko", "080-2274-6630"),
                    ("百目鬼 純", "お客様相談室", "domeki.jun", "070-4410-2285"),
                    ("東海林 恵", "営業企画部", "shoji.megumi", "090-3318-7702")])])
        + "\n\n" + SIG_MAKABE + "\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list of 10 employees with personal mobile numbers and e-mail to the CRM vendor",
    },
    # ------------------------------------------------------------------------------ 049
    {
        "id": "crmikou-049",
        "sender": SAOTOME,
        "to": [KITO],
        "subject": "表記ゆれ統一ルール（第2版）",
        "charset": "utf-8",
        "body": f"""鬼頭様

お世話になっております。早乙女です。
クレンジング第2弾に向けて、表記ゆれの統一ルールを更新しました。
テキストファイルで添付しますので、御社のルールエンジンへの反映をお願いします。

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "txt", "name": "表記ゆれ統一ルール_v2.txt", "encoding": "utf-8",
            "text": """# 表記ゆれ統一ルール v2（日の出産業 顧客DB移行）
[法人格]
（株） / (株) / ㈱ → 株式会社
（有） / (有) / ㈲ → 有限会社
[住所]
丁目・番地・号 → ハイフン区切り（例：2丁目11番8号 → 2-11-8）
ヶ / ケ / が（地名中） → 郵便番号辞書の表記に合わせる
[電話番号]
全角数字 → 半角、ハイフン欠落は市外局番辞書で補完
[メール]
全角＠ → @、末尾のピリオド・空白は削除、大文字 → 小文字
[カナ]
半角カナ → 全角カナ、ヰ・ヱ → イ・エ
""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "normalisation rules document, no personal data",
    },
    # ------------------------------------------------------------------------------ 050
    {
        "id": "crmikou-050",
        "sender": MITARAI,
        "to": [HIMURO, PRIYA, "ミライCRM 営業部 久住 <kusumi@mirai-crm.co.jp>"],
        "subject": "CRM製品選定結果のご連絡",
        "charset": "iso-2022-jp",
        "body": """各社ご担当者様

日の出産業株式会社 情報システム部の御手洗でございます。
このたびは弊社CRM製品選定のご提案に多大なるご協力をいただき、
誠にありがとうございました。

厳正な評価の結果、株式会社クラウドネクサス様のご提案を採用させていただく
こととなりました。マーケティング連携につきましては、Orbitel Software様の
製品を併用いたします。

ミライCRM様におかれましては、ご期待に沿えず誠に申し訳ございません。
今後とも何卒よろしくお願い申し上げます。

日の出産業株式会社 情報システム部 部長
御手洗 健司
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "selection result sent with three competing vendors visible to each other in To (should be Bcc / separate mails)",
    },
    # ------------------------------------------------------------------------------ 051
    {
        "id": "crmikou-051",
        "sender": MAKABE,
        "to": [PRIYA],
        "subject": "Sample contacts for the consent sync test",
        "charset": "utf-8",
        "body": "Hi Priya,\n\nFor tomorrow's consent sync test, here are eight contacts taken from our\n"
        "legacy database. Please create them in the sandbox as they are, so that we can\n"
        "check how the opt-in/opt-out flags come back to the CRM.\n\n"
        + table([["Legacy ID", "Name", "Email", "Mobile", "Email opt-in", "SMS opt-in"]]
                + [[p["cid"], p["roma_rev"], p["email"], "+81 " + p["mobile"][1:].replace("-", " "),
                    "Y" if i % 3 else "N", "N" if i % 2 else "Y"] for i, p in enumerate(P[2:10])])
        + "\n\nThanks,\n" + SIG_EN + "\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English mail with a padded table of 8 customers (romaji names, e-mail, mobile) to a foreign vendor",
    },
    # ------------------------------------------------------------------------------ 052
    {
        "id": "crmikou-052",
        "sender": SAOTOME,
        "to": [KITO],
        "cc": [GEO],
        "subject": "住所辞書の版の統一について",
        "charset": "iso-2022-jp",
        "body": f"""鬼頭様
（CC：ジオコード研究所 サポートご担当者様）

お世話になっております。日の出産業の早乙女です。

クレンジング（データクレンジング・ラボ様）と住所正規化API（ジオコード研究所様）で
参照している住所辞書の版がずれていると、市町村合併・住居表示変更の扱いに
差が出てしまいます。以下の版に揃えていただけますでしょうか。

　・郵便番号データ：2026年5月末日版
　・住居表示・町字データ：2026年4月版

第2弾の対象件数は約12,400件の見込みです（内訳は別途お送りします）。

{SIG_SAOTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external vendors in To/Cc, technical coordination only",
    },
    # ------------------------------------------------------------------------------ 053
    {
        "id": "crmikou-053",
        "sender": ICHINOSE,
        "to": [DANIEL],
        "subject": "Consent object mapping (draft) for your review",
        "charset": "utf-8",
        "body": f"""Hello Daniel,

Attached is the draft mapping between our legacy consent fields and the Orbitel
subscription model. Sheet 2 lists the transformation rules. Please review the
handling of "unknown" consent before our call on Thursday.

Best regards,
Takumi Ichinose
IT Division, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "xlsx", "name": "consent_mapping_draft_v2.xlsx", "title": "Consent mapping",
            "page_header": "CONFIDENTIAL - Hinode Sangyo Internal Only",
            "sheets": {
                "Cover": [["CONFIDENTIAL"], ["Consent object mapping - draft v2"], ["Owner", "IT Division"]],
                "Fields": [["Legacy field", "Legacy values", "Orbitel object", "Orbitel field", "Rule"],
                           ["DM_FLG", "0/1/9", "Subscription", "postal_status", "0=unsubscribed, 1=subscribed, 9=bounced"],
                           ["MAIL_FLG", "0/1", "Subscription", "email_status", "1=subscribed"],
                           ["SMS_FLG", "0/1/NULL", "Subscription", "sms_status", "NULL=unknown (no send)"],
                           ["CONSENT_YMD", "YYYYMMDD", "Subscription", "consent_date", "convert to ISO 8601"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "spreadsheet classified CONFIDENTIAL / Internal Only (page header and cover) sent to an external vendor",
    },
    # ------------------------------------------------------------------------------ 054
    {
        "id": "crmikou-054",
        "sender": ICHINOSE,
        "to": ["Orbitel Support <support@orbitel-software.com>"],
        "subject": "Case #48812 - record rejected by import validation",
        "charset": "utf-8",
        "body": """Hello Orbitel Support,

Regarding case #48812: one record in yesterday's sandbox import was rejected with
"VALIDATION_ERROR: notes field contains restricted pattern".

The record is:
  Legacy ID : C3390417
  Name      : NGUYEN THI LAN (グエン ティ ラン)
  Notes     : ID checked at counter 2025-11-02, residence card UH48213975FA,
              valid until 2028-03-14

We understand the validation is working as designed. Could you tell us whether the
restricted-pattern check can be configured per field, and which patterns it covers?

Regards,
Takumi Ichinose
IT Division, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a named customer's residence card number quoted in a support case to a foreign vendor",
    },
    # ------------------------------------------------------------------------------ 055
    {
        "id": "crmikou-055",
        "sender": ICHINOSE,
        "to": [SAWATARI],
        "subject": "差分データ（9/15締め）一式",
        "charset": "iso-2022-jp",
        "body": f"""沢渡様

一ノ瀬です。9/15締めの差分データ一式をZIPでお送りします。
リハーサル2と同じ手順で取込確認をお願いします。

　address_change.csv … 住所変更 7件
　new_members.xlsx … 新規会員 5件
　payment_legacy.csv … 旧決済テーブル（念のため同梱）

{SIG_ICHINOSE}
""",
        "attachments": [{
            "kind": "zip", "name": "diff_20260915.zip",
            "files": [
                {"kind": "csv", "name": "address_change.csv", "encoding": "cp932",
                 "rows": [["顧客コード", "氏名", "新郵便番号", "新住所", "電話"]]
                 + [[p["cid"], p["name"], p["zip"], p["addr"], p["tel"]] for p in P[20:27]]},
                {"kind": "xlsx", "name": "new_members.xlsx",
                 "sheets": {"新規": [["9月前半 新規会員"], ["会員番号", "氏名", "カナ", "生年月日", "メール", "携帯"]]
                            + [[p["member"], p["name"], p["kana"], ymd(p["dob"]), p["email"], p["mobile"]]
                               for p in P[27:32]]}},
                {"kind": "csv", "name": "payment_legacy.csv", "encoding": "cp932",
                 "rows": [["会員番号", "氏名", "カード番号", "有効期限"]]
                 + [[p["member"], p["name"], card_number(SEED + k), f"{m:02d}/{y}"] for p, k, m, y in
                    [(P[32], 102, 4, 27), (P[33], 103, 11, 28), (P[34], 104, 7, 26), (P[35], 105, 1, 29)]]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "unencrypted ZIP with customer lists (12 people) and four credit card numbers to the SI",
    },
    # ------------------------------------------------------------------------------ 056
    {
        "id": "crmikou-056",
        "sender": MAKABE,
        "to": [PRIYA],
        "subject": "Re: Sandbox results for the 8 test contacts",
        "charset": "utf-8",
        "body": "Hi Priya,\n\nThanks a lot - the flags came back exactly as expected, including the\n"
        "SMS opt-outs. We are happy to close this test item.\n\nBest,\nRyo\n\n"
        "On Tue, Jun 9, 2026 at 10:12 PM Priya Raman <priya.raman@orbitel-software.com> wrote:\n"
        "> Hi Ryo,\n>\n> All eight contacts were created. Results after the round trip:\n>\n"
        + "\n".join(f"> {p['cid']}  {p['roma_rev']:<22} {p['email']:<34} email={'Y' if i % 3 else 'N'} sms={'N' if i % 2 else 'Y'}"
                    for i, p in enumerate(P[2:10]))
        + "\n>\n> Let me know if anything looks off.\n> Priya\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the eight records appear only in the quoted reply ('On ... wrote:'); new text has none",
    },
    # ------------------------------------------------------------------------------ 057
    {
        "id": "crmikou-057",
        "sender": DOMEKI,
        "to": [TOGASHI],
        "subject": "海外在住会員様の本人確認について（1件）",
        "charset": "shift_jis",
        "body": f"""冨樫様

お世話になっております。百目鬼です。

海外在住の会員様から登録情報の変更依頼があり、本人確認のため
旅券の写しをご提出いただきました。コール時の照合用に記載内容をお知らせします。

　お名前　　：{P[36]["name"]}（{P[36]["romaji"].upper()}）様
　生年月日　：{ymd(P[36]["dob"], ".")}
　旅券番号　：TR{_R.randrange(1000000, 9999999)}
　有効期限　：2031.02.17

照合後は、コール記録にこの番号を残さないようお願いいたします。

{SIG_DOMEKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "one customer's passport number and birth date to the call-centre contractor",
    },
    # ------------------------------------------------------------------------------ 058
    {
        "id": "crmikou-058",
        "sender": SHOJI,
        "to": [SHITARA],
        "subject": "商品マスタ（見積・商談用）の移行データ",
        "charset": "utf-8",
        "body": f"""設楽様

お世話になっております。東海林です。
商談オブジェクトで使う商品マスタをCSVでお送りします。
廃番品（販売終了フラグ=1）も参照用に移行対象としてください。

{SIG_SHOJI}
""",
        "attachments": [{
            "kind": "csv", "name": "product_master.csv", "encoding": "utf-8",
            "rows": [["品番", "品名", "カテゴリ", "標準単価", "販売終了"]]
            + [[f"HS-{c}-{n:04d}", nm, c2, f"{pr}", e] for c, n, nm, c2, pr, e in [
                ("PU", 1021, "業務用ポンプユニット 0.75kW", "ポンプ", 186000, 0),
                ("PU", 1022, "業務用ポンプユニット 1.5kW", "ポンプ", 243000, 0),
                ("PU", 1030, "小型循環ポンプ", "ポンプ", 58000, 1),
                ("FL", 2105, "ろ過フィルター 10インチ", "消耗品", 4800, 0),
                ("FL", 2106, "ろ過フィルター 20インチ", "消耗品", 7200, 0),
                ("FL", 2110, "活性炭カートリッジ", "消耗品", 6300, 0),
                ("VL", 3301, "電磁弁 25A", "バルブ", 32500, 0),
                ("VL", 3302, "電磁弁 40A", "バルブ", 45800, 0),
                ("VL", 3310, "逆止弁 25A", "バルブ", 12400, 1),
                ("CT", 4001, "制御盤 標準型", "制御", 398000, 0),
                ("CT", 4002, "制御盤 防滴型", "制御", 452000, 0),
                ("CT", 4010, "リモート監視ユニット", "制御", 129000, 0),
                ("SV", 9001, "定期点検（年1回）", "保守", 45000, 0),
                ("SV", 9002, "定期点検（年2回）", "保守", 82000, 0),
                ("SV", 9010, "緊急出動（1回）", "保守", 30000, 0)]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product master with codes and prices: no personal data",
    },
    # ------------------------------------------------------------------------------ 059
    {
        "id": "crmikou-059",
        "sender": SAOTOME,
        "to": [SAWATARI],
        "cc": [HASUMI],
        "subject": "差分抽出結果（9/20 02:00時点）",
        "charset": "utf-8",
        "body": f"""沢渡様、蓮見様

早乙女です。本番切替の差分抽出（9/20 02:00時点）を添付します。
抽出ジョブがディスク逼迫で一度異常終了しており、再実行後のファイルです。
開けない場合はすぐにご連絡ください。

{SIG_SAOTOME}
""",
        "attachments": [{"kind": "corrupt", "name": "差分抽出_20260920_0200.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt (truncated by a failed job) and cannot be inspected",
    },
    # ------------------------------------------------------------------------------ 060
    {
        "id": "crmikou-060",
        "sender": TESHIGAWARA,
        "to": [SHIRAKAWA],
        "subject": "CRMベンダーとの業務委託契約（個人データの取扱い条項）のご相談",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
白川 玲子 先生

いつも大変お世話になっております。日の出産業 法務課の勅使河原です。

顧客管理システムの刷新にあたり、CRMベンダー（クラウドネクサス社）との
業務委託契約書案について、個人データの取扱いに関する条項をご確認いただきたく
ご連絡いたしました。特に以下の点についてご意見を頂戴できればと存じます。

　1. 再委託（海外クラウド事業者を含む）の事前承諾の要否と通知方法
　2. 外国にある第三者への提供に該当するか否か（保存先リージョン：国内）
　3. 委託先監督としての監査権の範囲、報告頻度
　4. 契約終了時のデータ返還・消去証明

契約書案は来週前半にお送りいたします。ご多忙のところ恐縮ですが、
ご都合のよい打合せ日時をお知らせください。

日の出産業株式会社 総務部 法務課
勅使河原 亮
TEL 03-5472-3308
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legal consultation about contract clauses, no personal data",
    },
    # ------------------------------------------------------------------------------ 061
    {
        "id": "crmikou-061",
        "sender": SAOTOME,
        "to": [HASUMI],
        "subject": "Re: DM不可フラグの反映（3月受付分）",
        "charset": "iso-2022-jp",
        "body": "蓮見様\n\n早乙女です。反映ありがとうございました。\n"
        "申し訳ありません、4月受付分も追加で6件ありました。同様にお願いできますか。\n\n"
        + table([["氏名", "郵便番号", "住所", "電話番号"]]
                + [[p["name"], fw(p["zip"]), p["addr"], fw(p["tel"])] for p in P[60:66]], gap=3)
        + "\n\n早乙女\n\n"
        "> 早乙女様\n>\n> 3月受付分6件、差分データにDM不可フラグを立てて反映しました。\n"
        "> 次回リハーサルでの確認をお願いいたします。\n>\n> ツバサシステム 蓮見\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reply whose NEW text adds a table of 6 customers (address, phone) above the quote",
    },
    # ------------------------------------------------------------------------------ 062
    {
        "id": "crmikou-062",
        "sender": SHOJI,
        "to": [HIMURO],
        "subject": "健康食品アンケート回答の移行（カスタムオブジェクト案）",
        "charset": "utf-8",
        "body": f"""氷室様

お世話になっております。東海林です。

健康食品ブランドの購入者アンケート（回答約3万件）を新CRMのカスタムオブジェクトで
持つ案について、実際の回答形式を見ていただきたく、4件を抜き出しました。
既往歴の設問があるため、項目レベルの暗号化と権限制御の可否も教えてください。

{SIG_SHOJI}
""",
        "attachments": [{
            "kind": "xlsx", "name": "アンケート回答_抜粋.xlsx",
            "sheets": {"回答": [["健康食品 購入者アンケート（2025年秋）回答抜粋"],
                                ["顧客コード", "氏名", "年齢", "電話", "Q3 既往歴・通院中の病気", "Q4 服用中の薬"],
                                [P[66]["cid"], P[66]["name"], 2026 - P[66]["dob"].year, P[66]["tel"], "2型糖尿病（通院中）", "メトホルミン"],
                                [P[67]["cid"], P[67]["name"], 2026 - P[67]["dob"].year, P[67]["mobile"], "高血圧、脳梗塞の既往", "降圧剤"],
                                [P[68]["cid"], P[68]["name"], 2026 - P[68]["dob"].year, P[68]["tel"], "なし", "なし"],
                                [P[69]["cid"], P[69]["name"], 2026 - P[69]["dob"].year, P[69]["mobile"], "乳がん術後（経過観察）", "ホルモン剤"]]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "survey answers tying named customers to medical history and medication: 要配慮個人情報",
    },
    # ------------------------------------------------------------------------------ 063
    {
        "id": "crmikou-063",
        "sender": MAKABE,
        "to": [MAKABE],
        "bcc": [SAWATARI, HIMURO, KITO, TOGASHI],
        "subject": "【確定】本番切替日程のお知らせ",
        "charset": "iso-2022-jp",
        "body": f"""関係各社 ご担当者様（Bccにて失礼いたします）

いつもお世話になっております。日の出産業の真壁です。
本番切替の日程が確定しましたのでお知らせいたします。

　旧システム更新停止：2026年9月19日（土）00:00
　移行作業　　　　　：9月19日（土）～9月21日（月・祝）
　判定会議　　　　　：9月21日（月・祝）18:00
　新CRM稼働　　　　　：9月24日（木）8:30

期間中の緊急連絡先は、別途お送りする体制表をご参照ください。

{SIG_MAKABE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "four external vendors correctly placed in Bcc (To is the sender himself): nobody sees anyone",
    },
    # ------------------------------------------------------------------------------ 064
    {
        "id": "crmikou-064",
        "sender": SHOJI,
        "to": ["北国フーズ 購買部 田村様 <tamura.k@kitaguni-foods.com>"],
        "subject": "請求書送付先・取引先ポータル移行のご案内",
        "charset": "iso-2022-jp",
        "body": f"""北国フーズ株式会社
購買部 田村様

いつも大変お世話になっております。日の出産業の東海林でございます。

弊社顧客管理システムの刷新に伴い、10月分のご請求から、請求書を
新しい取引先ポータルでご確認いただけるようになります。
ポータルのご招待メールを9月下旬にお送りいたしますので、
ご登録をお願いできますでしょうか。

紙の請求書の郵送も当面は継続いたします。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-foods.com swaps the TLD of partner kitaguni-foods.co.jp: look-alike recipient",
    },
    # ------------------------------------------------------------------------------ 065
    {
        "id": "crmikou-065",
        "sender": MAKABE,
        "to": [HIMURO],
        "subject": "弊社プロジェクト体制変更のお知らせ（担当者追加）",
        "charset": "utf-8",
        "body": f"""氷室様

お世話になっております。真壁です。
7月より弊社側の体制に2名が加わりますのでお知らせします。
今後の定例・課題管理表の共有先に追加をお願いいたします。

・鍋島 芳樹（札幌営業所 → 情報システム部へ異動）
　直通 03-5472-3316 / nabeshima.yoshiki@hinode-sangyo.co.jp
・檜山 葵（本社営業部、UATリーダー兼務）
　直通 03-5472-3362 / hiyama.aoi@hinode-sangyo.co.jp

{SIG_MAKABE}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two staff members' business contacts to the vendor: below the list threshold, may warn",
    },
    # ------------------------------------------------------------------------------ 066
    {
        "id": "crmikou-066",
        "sender": SHOJI,
        "to": [SHOJI],
        "cc": [P[38]["email"], P[39]["email"], P[40]["email"], P[41]["email"], P[42]["email"]],
        "subject": "新会員サイト ユーザー座談会ご参加の御礼と当日のご案内",
        "charset": "iso-2022-jp",
        "body": f"""お客様各位

このたびは、日の出産業 新会員サイトのユーザー座談会にご応募いただき、
誠にありがとうございます。ご参加いただく5名様に当日のご案内をお送りします。

　日時：2026年7月11日（土）13:30～15:30（受付13:15～）
　会場：日の出産業 本社7階 会議室（東京都港区浜松町2-11-8）
　謝礼：QUOカード 5,000円分

ご不明な点は本メールにご返信ください。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five private customers in Cc can see each other's addresses (should have been Bcc)",
    },
    # ------------------------------------------------------------------------------ 067
    {
        "id": "crmikou-067",
        "sender": MITARAI,
        "to": [MAKABE, SAOTOME, ICHINOSE],
        "cc": ["経営企画部 <keiei-kikaku@hinode-sangyo.co.jp>"],
        "subject": "移行判定基準（経営会議報告版）",
        "charset": "utf-8",
        "body": """各位

来週の経営会議に出す移行判定基準です。社外秘の扱いでお願いします。
ベンダーには数値部分だけ別途共有するので、このファイルは転送しないでください。

御手洗
""",
        "attachments": [{
            "kind": "docx", "name": "移行判定基準_経営会議.docx", "page_header": "社外秘",
            "paragraphs": ["移行判定基準（案）",
                           "1. 件数照合：全テーブル一致（差異0件）",
                           "2. 項目照合：抽出1,000件で不一致0件",
                           "3. 性能：顧客検索 3秒以内（95パーセンタイル）",
                           "4. 切戻し判断期限：9月21日 18:00",
                           "5. 投資額：初期 1億2,400万円、年額 3,800万円"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 document, but sent only to internal addresses",
    },
    # ------------------------------------------------------------------------------ 068
    {
        "id": "crmikou-068",
        "sender": SHOJI,
        "to": [SHITARA, HIMURO],
        "subject": "顧客画面ワークショップ資料（ペルソナ）",
        "charset": "utf-8",
        "body": f"""設楽様、氷室様

お世話になっております。東海林です。
明日のワークショップ資料をお送りします。
イメージしやすいよう、実在のお客様5名のデータをそのまま使ってペルソナを作っています。

{SIG_SHOJI}
""",
        "attachments": [{
            "kind": "pptx", "name": "WS_顧客画面_ペルソナ.pptx", "title": "顧客画面ワークショップ",
            "slides": [["顧客画面ワークショップ", "2026年5月14日", "日の出産業 営業企画部"]]
            + [[f"ペルソナ{i}：{p['name']} 様（{2026 - p['dob'].year}歳）", f"生年月日：{ymd(p['dob'])}",
                f"住所：{p['addr']}", f"電話：{p['tel']}　携帯：{p['mobile']}", f"会員歴：{p['since'].year}年～",
                "よく使う窓口：" + ["電話", "Web", "店頭", "メール", "電話"][i - 1]]
               for i, p in enumerate(P[85:90], 1)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "slides carrying five real customers' full records (birth date, address, phones) to the vendor",
    },
    # ------------------------------------------------------------------------------ 069
    {
        "id": "crmikou-069",
        "sender": DOMEKI,
        "to": [f"{P[91]['name']} <{P[91]['email']}>"],
        "subject": "Re: 会員サイトにログインできません",
        "charset": "iso-2022-jp",
        "body": f"""{P[91]["name"]} 様

このたびはお問い合わせいただき、誠にありがとうございます。
日の出産業 お客様相談室の百目鬼でございます。

9月24日のシステム切替に伴い、初回ログイン時にパスワードの再設定が
必要となっております。ご登録のメールアドレス宛に再設定用のご案内を
お送りしましたので、ご確認いただけますでしょうか。

届いていない場合は、迷惑メールフォルダもご確認のうえ、
お手数ですが再度ご連絡くださいませ。

{SIG_DOMEKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "support reply to one customer at a free-mail address, no other person's data",
    },
    # ------------------------------------------------------------------------------ 070
    {
        "id": "crmikou-070",
        "sender": TAKANASHI,
        "to": ["みどり銀行 口座振替センター <furikae@midori-ginko.co.jp>"],
        "subject": "口座振替依頼書 不備返却分の再提出について",
        "charset": "cp932",
        "body": "みどり銀行 口座振替センター ご担当者様\n\n"
        "いつもお世話になっております。日の出産業 経理部の小鳥遊です。\n"
        "先月不備返却となった口座振替依頼書5件につき、お客様に確認のうえ\n"
        "訂正いたしました。訂正後の内容は以下のとおりです。\n\n"
        + "\n\n".join(f"【{i}】\nお名前　　：{p['name']}\n口座名義　：{p['kana'].replace(' ', '　')}\n"
                      f"支店　　　：{br}支店（{bc}）\n預金種目　：普通\n口座番号　：{acct}\n"
                      f"ご住所　　：{p['addr']}\n不備内容　：{why}"
                      for i, (p, br, bc, acct, why) in enumerate([
                          (P[92], "浜松町", "214", "1048273", "届出印相違"),
                          (P[93], "新宿西口", "108", "3392017", "口座番号誤記"),
                          (P[94], "横浜駅前", "331", "0871245", "名義カナ相違"),
                          (P[95], "大宮", "402", "2210968", "届出印相違"),
                          (P[96], "船橋", "517", "5530184", "支店名誤記")], 1))
        + "\n\n原本は本日、簡易書留にて発送いたしました。\n\n"
        "日の出産業株式会社 経理部\n小鳥遊 誠\nTEL 03-5472-3320\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five customers' bank accounts and addresses, one record per block, to the bank",
    },
    # ------------------------------------------------------------------------------ 071
    {
        "id": "crmikou-071",
        "sender": SAOTOME,
        "to": [SAWATARI],
        "subject": "リハーサル2 テスト計画書",
        "charset": "utf-8",
        "body": f"""沢渡様

早乙女です。リハーサル2のテスト計画書を添付します。
観点表の「切戻し」のケースを追加しています。

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "docx", "name": "リハーサル2_テスト計画書.docx",
            "paragraphs": ["リハーサル2 テスト計画書", "1. 目的：本番切替手順の通し確認と所要時間の計測",
                           "2. 期間：2026年8月22日（土）～23日（日）", "3. 合否基準：全手順が計画時間内に完了すること"],
            "tables": [[["No", "観点", "確認方法", "担当"],
                        ["1", "件数照合", "テーブル別件数を旧新で比較", "ツバサシステム"],
                        ["2", "項目照合", "無作為抽出1,000件の全項目比較", "日の出産業"],
                        ["3", "性能", "検索・一覧表示の応答時間", "クラウドネクサス"],
                        ["4", "切戻し", "旧HCSの更新再開手順", "日の出産業"]]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "test plan document, no personal data",
    },
    # ------------------------------------------------------------------------------ 072
    {
        "id": "crmikou-072",
        "sender": DOMEKI,
        "to": [TOGASHI],
        "subject": "新CRM稼働後のエスカレーションフロー",
        "charset": "iso-2022-jp",
        "body": f"""冨樫様

お世話になっております。百目鬼です。
新CRM稼働後のエスカレーションフローをPDFでお送りします。
9/24からのコールセンター運用に反映をお願いいたします。

{SIG_DOMEKI}
""",
        "attachments": [{
            "kind": "pdf", "name": "エスカレーションフロー_v1.pdf", "title": "エスカレーションフロー",
            "page_header": "機密区分：機密", "page_footer": "日の出産業株式会社 お客様相談室",
            "lines": ["新CRM稼働後のエスカレーションフロー",
                      "レベル1：コールセンター（ひかりコンタクト）一次受付",
                      "レベル2：お客様相談室 SV（平日 9:00-17:30）",
                      "レベル3：情報システム部 CRM担当（障害時）",
                      "重大障害時は30分以内に相談室長へ電話連絡"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF is classified 機密 in its page header, sent to the call-centre contractor",
    },
    # ------------------------------------------------------------------------------ 073
    {
        "id": "crmikou-073",
        "sender": ICHINOSE,
        "to": [HIMURO],
        "subject": "インターフェース定義一式（ZIP）",
        "charset": "utf-8",
        "body": f"""氷室様

一ノ瀬です。基幹システム（受注・請求）との連携インターフェース定義一式です。
ZIPにまとめましたのでご査収ください（パスワードはかけていません）。

{SIG_ICHINOSE}
""",
        "attachments": [{
            "kind": "zip", "name": "IF定義_一式_v1.zip",
            "files": [
                {"kind": "xlsx", "name": "IF001_受注連携.xlsx",
                 "sheets": {"IF001": [["項目", "型", "桁", "必須"], ["受注番号", "CHAR", 12, "Y"],
                                      ["顧客コード", "CHAR", 8, "Y"], ["品番", "VARCHAR", 16, "Y"],
                                      ["数量", "NUMBER", 7, "Y"], ["受注日", "DATE", "", "Y"]]}},
                {"kind": "xlsx", "name": "IF002_請求連携.xlsx",
                 "sheets": {"IF002": [["項目", "型", "桁", "必須"], ["請求番号", "CHAR", 12, "Y"],
                                      ["取引先コード", "CHAR", 6, "Y"], ["請求額", "NUMBER", 11, "Y"]]}},
                {"kind": "txt", "name": "README.txt",
                 "text": "IF定義一式 v1\n文字コード：UTF-8、改行：LF\n連携方式：SFTP（日次 02:00）\n"},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of interface definitions: no personal data",
    },
    # ------------------------------------------------------------------------------ 074
    {
        "id": "crmikou-074",
        "sender": SHOJI,
        "to": [DANIEL],
        "subject": "Pseudonymised purchase data for the segmentation model",
        "charset": "utf-8",
        "body": """Hello Daniel,

As agreed, attached is the purchase dataset for training the segmentation model.
Names, contact details and addresses have been removed; customers are identified only
by a project-specific key (not our customer code), plus prefecture and age band.
The key table stays with us.

200 rows for the first trial. Please do not try to combine it with other data.

Best regards,
Megumi Shoji
Marketing Planning, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "csv", "name": "segment_trial_200.csv", "encoding": "utf-8",
            "rows": [["key", "prefecture", "age_band", "gender", "orders_12m", "amount_12m_jpy", "last_channel"]]
            + [[f"K{_R.randrange(16**7, 16**8):08x}", P[i % 120]["pref"], f"{(2026 - P[i % 120]['dob'].year) // 10 * 10}s",
                P[i % 120]["sex"], (i * 7) % 13 + 1, ((i * 7919) % 380 + 5) * 1000, ["web", "phone", "store", "agent"][i % 4]]
               for i in range(200)],
        }],
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "200 pseudonymised rows (key, prefecture, age band, purchases): no direct identifiers, but still individual-level data",
    },
    # ------------------------------------------------------------------------------ 075
    {
        "id": "crmikou-075",
        "sender": DOMEKI,
        "to": [SHITARA],
        "subject": "Re: 本人確認記録の項目設計について（健康保険証の場合）",
        "charset": "utf-8",
        "body": f"""設楽様

百目鬼です。ご提案いただいた「確認済み／書類種別／確認日」の形で進めます。
あわせて、健康保険証で確認したケースが下記のような書き方で残っています。
移行時にこの記号・番号部分を落とす変換ルールを入れていただけますか。

（例1）{P[97]["name"]} 様　保険証 記号 {_R.randrange(1000, 9999)}　番号 {_R.randrange(10, 999)}　生年月日 {wareki(P[97]["dob"], "slash")}
（例2）{P[98]["name"]} 様　健康保険被保険者証（記号：{_R.randrange(10000000, 99999999)}　番号：{_R.randrange(1, 99)}）

{SIG_DOMEKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two customers' health insurance card symbols/numbers in new text to the vendor",
    },
    # ------------------------------------------------------------------------------ 076
    {
        "id": "crmikou-076",
        "sender": TESHIGAWARA,
        "to": [SHIRAKAWA],
        "subject": "旧システムに残存する個人番号の取扱いについて（追加のご相談）",
        "charset": "iso-2022-jp",
        "body": f"""白川先生

いつもお世話になっております。日の出産業の勅使河原です。

先日ご相談した件に関連し、個人番号の残存が新たに1件見つかりました。
具体的な状況をお伝えするため、記録の内容をそのまま記載いたします。

　取引先区分：個人（外注デザイナー）
　氏名　　　：{P[99]["name"]}
　住所　　　：{P[99]["addr"]}
　個人番号　：{fw(my_number(SEED + 7)[:4] + " " + my_number(SEED + 7)[4:8] + " " + my_number(SEED + 7)[8:])}
　登録日　　：平成２９年１月１６日

この方とは令和３年に取引を終了しており、法定保存期間も経過しています。
移行対象外としたうえで削除することに法的な問題がないか、
また削除記録の残し方についてご教示いただけますと幸いです。

日の出産業株式会社 総務部 法務課
勅使河原 亮
TEL 03-5472-3308
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a person's My Number written in full-width digits, sent to the outside law firm",
    },
    # ------------------------------------------------------------------------------ 077
    {
        "id": "crmikou-077",
        "sender": SHOJI,
        "to": [HIMURO],
        "subject": "取引先担当者（Contact）移行データのサンプル",
        "charset": "utf-8",
        "body": f"""氷室様

東海林です。法人取引先の担当者データのサンプルです。
1社に複数担当者がいるケースと、担当者が退職済みのケースを含めています。

{SIG_SHOJI}
""",
        "attachments": [{
            "kind": "xlsx", "name": "取引先担当者_サンプル.xlsx",
            "sheets": {
                "担当者": [["取引先担当者一覧（2026/05/08時点）"], [],
                           ["取引先CD", "取引先名", "部署", "役職", "担当者名", "直通電話", "携帯", "メールアドレス", "状態"]]
                + [[cd, co, dept, pos, nm, tel, mob, mail, st] for cd, co, dept, pos, nm, tel, mob, mail, st in [
                    ("T00012", "川崎電機株式会社", "資材部", "課長", "相楽 俊彦", "044-520-1187", "080-4472-1930", "sagara.t@kawasaki-denki.co.jp", "在籍"),
                    ("T00012", "川崎電機株式会社", "資材部", "主任", "柚木 佳代", "044-520-1189", "", "yunoki.k@kawasaki-denki.co.jp", "在籍"),
                    ("T00031", "北国フーズ株式会社", "購買部", "", "田村 健", "011-707-3215", "090-2273-8841", "tamura.k@kitaguni-foods.co.jp", "在籍"),
                    ("T00105", "株式会社ナカノ精機", "総務部", "部長", "中野 和彦", "06-6782-0095", "090-5518-2206", "k.nakano@nakano-seiki.co.jp", "在籍"),
                    ("T00105", "株式会社ナカノ精機", "製造部", "", "楠 雄一", "06-6782-0097", "080-3326-4471", "kusunoki@nakano-seiki.co.jp", "退職"),
                    ("T00218", "東海メディカルサプライ株式会社", "調達課", "係長", "苅谷 理恵", "052-678-5133", "", "kariya-r@tokai-medsup.co.jp", "在籍"),
                    ("T00340", "有限会社山見製作所", "", "代表取締役", "山見 辰夫", "092-938-4401", "090-8841-0026", "yamami@yamami-ss.jp", "在籍"),
                    ("T00402", "あおい工業株式会社", "工務部", "課長", "猪狩 悟", "024-952-3041", "080-9902-1184", "igari.s@aoi-kogyo.co.jp", "在籍"),
                    ("T00402", "あおい工業株式会社", "工務部", "", "蛭田 由紀", "024-952-3042", "", "hiruta.y@aoi-kogyo.co.jp", "在籍"),
                    ("T00577", "信州ホームテック株式会社", "営業部", "部長", "降旗 徹", "0263-40-7731", "090-1184-6620", "furihata@shinshu-ht.co.jp", "在籍"),
                    ("T00577", "信州ホームテック株式会社", "営業部", "", "百瀬 千晶", "0263-40-7733", "080-6618-2290", "momose.c@shinshu-ht.co.jp", "在籍"),
                    ("T00612", "株式会社丸光産業", "購買課", "", "宇田川 翼", "048-641-2206", "070-2219-5583", "udagawa@marumitsu.co.jp", "在籍")]],
                "取引先": [["取引先CD", "取引先名"], ["T00012", "川崎電機株式会社"], ["T00031", "北国フーズ株式会社"],
                           ["T00105", "株式会社ナカノ精機"], ["T00218", "東海メディカルサプライ株式会社"],
                           ["T00340", "有限会社山見製作所"], ["T00402", "あおい工業株式会社"],
                           ["T00577", "信州ホームテック株式会社"], ["T00612", "株式会社丸光産業"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "12 business contact persons with direct lines, mobiles and e-mail: a list of people",
    },
    # ------------------------------------------------------------------------------ 078
    {
        "id": "crmikou-078",
        "sender": SHOJI,
        "to": [NARUSE],
        "cc": ["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>", TOGASHI, SAWATARI],
        "subject": "切替案内DM 発送スケジュール（確定版）",
        "charset": "shift_jis",
        "body": f"""関係各社 ご担当者様

お世話になっております。日の出産業の東海林です。
「システム切替のご案内」DMの発送スケジュールが確定しましたので共有いたします。

　8/24（月）　宛名データ確定（ツバサシステム様 → 錦印刷様）
　8/31（月）　印刷・封入完了（錦印刷様）
　9/ 2（水）　青葉運輸様 集荷（約41万通）
　9/ 3（木）～　お問い合わせ増加見込み（ひかりコンタクト様 増員対応）

ご不明点がございましたら、お知らせください。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations (printer, carrier, call centre, SI) in To/Cc see each other",
    },
    # ------------------------------------------------------------------------------ 079
    {
        "id": "crmikou-079",
        "sender": SHOJI,
        "to": ["成瀬 亘 <naruse@nishlki-insatsu.co.jp>"],
        "subject": "Re: 切替案内DM 校正刷りの日程",
        "charset": "iso-2022-jp",
        "body": f"""成瀬様

お世話になっております。東海林です。
校正刷りは8/18（火）午後にお持ちいただけますと助かります。
文面の最終稿は本日中にお送りします。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishlki-insatsu.co.jp (l for i) is a homoglyph look-alike of partner nishiki-insatsu.co.jp",
    },
    # ------------------------------------------------------------------------------ 080
    {
        "id": "crmikou-080",
        "sender": SHOJI,
        "to": ["相楽 俊彦 <sagara.t@kawasakidenki.co.jp>"],
        "subject": "弊社担当営業の変更と新しいお問い合わせ窓口について",
        "charset": "utf-8",
        "body": f"""川崎電機株式会社
資材部 相楽様

平素より格別のお引き立てを賜り、誠にありがとうございます。
日の出産業の東海林でございます。

顧客管理システムの刷新にあわせ、10月1日より貴社のご担当営業を
本社営業部 檜山 葵に変更させていただくこととなりました。
また、技術的なお問い合わせは新設の「法人サポートデスク」にて承ります。

　法人サポートデスク：0120-418-300（平日 9:00～18:00）

今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasakidenki.co.jp drops the hyphen of partner kawasaki-denki.co.jp: look-alike recipient",
    },
    # ------------------------------------------------------------------------------ 081
    {
        "id": "crmikou-081",
        "sender": SAOTOME,
        "to": [KITO],
        "subject": "フリーテキスト項目のクレンジング方針（例示）",
        "charset": "iso-2022-jp",
        "body": f"""鬼頭様

お世話になっております。早乙女です。

営業メモ（フリーテキスト）のクレンジングで、「移行しない情報」として
削除対象にしたい記載の例です。実際の記録を1件そのまま貼ります。

　顧客：{P[100]["name"]} 様（{P[100]["city"]}）
　メモ：ご夫婦とも熱心な〇〇教の信者。日曜は礼拝のため訪問不可。
　　　　教団の行事予定は奥様に確認のこと。

このような信仰に関する記載を、キーワードで検出して削除候補に
挙げていただくことは可能でしょうか。

{SIG_SAOTOME}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's religion (creed) sent as an example to the cleansing vendor",
    },
    # ------------------------------------------------------------------------------ 082
    {
        "id": "crmikou-082",
        "sender": DOMEKI,
        "to": [TOGASHI],
        "subject": "要注意対応のお客様（新CRMでの表示について）",
        "charset": "cp932",
        "body": f"""冨樫様

お世話になっております。百目鬼です。

新CRMでは「要注意」フラグのみを表示し、理由は表示しない設計になります。
コールセンター側の運用に影響があるかご確認いただきたく、
現在フラグが立っている2名の理由を共有します。

・{P[101]["name"]} 様（{P[101]["tel"]}）
　過去に当社店舗で窃盗容疑により逮捕されたことがある（ご本人が電話で言及）。
・{P[102]["name"]} 様（{P[102]["mobile"]}）
　威力業務妨害で有罪判決を受けたとの報道あり。電話は必ずSVが対応。

取扱いには十分ご注意ください。

{SIG_DOMEKI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "arrest and criminal conviction of two named customers (要配慮個人情報) to the call-centre contractor",
    },
    # ------------------------------------------------------------------------------ 083
    {
        "id": "crmikou-083",
        "sender": ICHINOSE,
        "to": [PRIYA],
        "subject": "Reconciliation extract for cut-over dry run",
        "charset": "utf-8",
        "body": """Hi Priya,

Attached is the reconciliation extract for the dry run. As per our security policy the
archive is password-protected; I will send the password via Teams.

Regards,
Takumi Ichinose
IT Division, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "zip", "name": "recon_extract_dryrun.zip", "password": "Orb!t3l-dry",
            "files": [{"kind": "csv", "name": "recon.csv", "encoding": "utf-8",
                       "rows": [["legacy_id", "email", "opt_in"]] + [[p["cid"], p["email"], "Y"] for p in P[60:90]]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to a foreign vendor: contents cannot be inspected",
    },
    # ------------------------------------------------------------------------------ 084
    {
        "id": "crmikou-084",
        "sender": SHOJI,
        "to": [SAWATARI],
        "subject": "顧客セグメント別件数（移行後のリスト抽出条件の参考）",
        "charset": "iso-2022-jp",
        "body": f"""【部外秘】

沢渡様

東海林です。移行後に営業企画部で使うリスト抽出条件の参考として、
現行のセグメント別件数をお知らせします。

　セグメント　　　　件数　　　 年間売上構成比
　―――――――――――――――――――――――
　プラチナ　　　　　 3,214　　 31.8%
　ゴールド　　　　　18,702　　 27.5%
　レギュラー　　　 301,455　　 33.9%
　休眠（3年以上）　 88,935　　  6.8%

抽出条件のSQLは、この件数と一致することを確認してください。

{SIG_SHOJI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 【部外秘】 (sales figures) sent to an external SI",
    },
    # ------------------------------------------------------------------------------ 085
    {
        "id": "crmikou-085",
        "sender": SHOJI,
        "to": [SHITARA],
        "subject": "店頭契約時の本人確認記録（移行対象の確認）",
        "charset": "shift_jis",
        "body": "設楽様\n\nお世話になっております。東海林です。\n"
        "店頭でのリース契約時に入力している本人確認記録の実例です。\n"
        "移行対象に含めるかの判断材料として、5件分をそのまま貼り付けます。\n\n"
        + table([["氏名", "生年月日", "確認書類", "書類番号", "確認日"]]
                + [[p["name"], wareki(p["dob"], "kanji_fw"), "運転免許証", fw(lic), fw(d)]
                   for p, lic, d in zip(P[103:108],
                                        ["301902264815", "442008531170", "622117409853", "302205187764", "551804623390"],
                                        ["2025/04/12", "2025/06/03", "2025/08/29", "2025/11/15", "2026/01/20"])],
                gap=2, rule="－")
        + "\n\n" + SIG_SHOJI + "\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "five people's driver's licence numbers and 和暦 birth dates in full-width digits to the vendor",
    },
    # ------------------------------------------------------------------------------ 086
    {
        "id": "crmikou-086",
        "sender": SHOJI,
        "to": ["SMSゲート 法人営業 <sales@sms-gate.jp>"],
        "subject": "SMS一斉配信のお見積りについて",
        "charset": "iso-2022-jp",
        "body": f"""株式会社SMSゲート 法人営業ご担当者様

はじめてご連絡いたします。日の出産業株式会社 営業企画部の東海林と申します。

弊社会員向けに、システム切替のお知らせをSMSで配信することを検討しております。
下記条件でのお見積りをお願いできますでしょうか。

　配信通数：約18万通（1回）
　配信時期：2026年9月上旬
　文字数　：全角70文字以内
　送信元　：共通番号（0120）表示希望
　その他　：配信結果（到達・不達）をCSVで取得したい

宛先データの受け渡し方法（暗号化・専用ストレージ等）についても
ご案内いただけますと幸いです。

{SIG_SHOJI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "request for a quotation to a new vendor: no personal data",
    },
    # ------------------------------------------------------------------------------ 087
    {
        "id": "crmikou-087",
        "sender": DOMEKI,
        "to": [HASUMI],
        "subject": "FW: 【相談室】住所不一致によるクレーム（6件）",
        "charset": "utf-8",
        "body": f"""蓮見様

百目鬼です。社内で共有されたメールを添付で転送します。
リハーサル2のデータで住所が古いまま表示されていたお客様からのクレームです。
移行ツールの住所マージ処理に不具合がないか確認をお願いします。

{SIG_DOMEKI}
""",
        "attachments": [{
            "kind": "eml", "name": "住所不一致クレーム_6件.eml",
            "message": {
                "sender": "お客様相談室 SV <soudan-sv@hinode-sangyo.co.jp>",
                "to": [DOMEKI],
                "subject": "【相談室】住所不一致によるクレーム（6件）",
                "charset": "iso-2022-jp",
                "body": "百目鬼さん\n\nUAT環境で確認したところ、下記6名のお客様で住所が旧住所のままでした。\n\n"
                + "\n".join(f"{i}. {p['name']}様 TEL:{p['tel']}\n   登録住所（新）: {p['addr']}\n"
                            f"   表示住所（旧）: {P[(i * 17) % 120]['addr']}" for i, p in enumerate(P[108:114], 1))
                + "\n\nSV 詫間\n",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached (forwarded) internal mail listing 6 customers with phones and addresses, sent to the SI",
    },
    # ------------------------------------------------------------------------------ 088
    {
        "id": "crmikou-088",
        "sender": MAKABE,
        "to": [HIMURO],
        "subject": "Re: 移行判定基準の共有について",
        "charset": "iso-2022-jp",
        "body": f"""氷室様

お世話になっております。真壁です。

移行判定基準の件、経営会議向けの資料は社外秘の扱いとなっているため、
恐れ入りますが資料そのものの共有は控えさせていただきます。
御社に関係する判定項目のみ、以下に抜き出します。

　・性能：顧客検索の応答 3秒以内（95パーセンタイル）
　・項目照合：無作為抽出1,000件で不一致0件
　・切戻し判断期限：9月21日（月・祝）18:00

ご不明点があればお知らせください。

{SIG_MAKABE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that a document is 社外秘 (not a marking on this mail); shares only non-confidential criteria",
    },
    # ------------------------------------------------------------------------------ 089
    {
        "id": "crmikou-089",
        "sender": MAKABE,
        "to": [SAWATARI],
        "subject": "お見積り（追加開発分）についてのご相談",
        "charset": "cp932",
        "body": f"""沢渡様

お世話になっております。真壁です。
追加開発分のお見積り（見積番号 TS-Q-2026-0318）を拝見しました。
社内稟議の前に、2点ご相談させてください。

　1. 「住所マージ処理の改修」 8.0人日 × 120,000円 = 960,000円
　　→ 不具合起因の改修のため、瑕疵対応の範囲ではないでしょうか。
　2. 「差分移行の追加リハーサル」 一式 650,000円
　　→ 実施日が1日で済む場合の減額可否

合計 2,310,000円（税抜）から調整いただけるようでしたら、
改訂版のお見積りをお送りください。

{SIG_MAKABE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation negotiation with amounts and a quote number: ordinary business mail",
    },
    # ------------------------------------------------------------------------------ 090
    {
        "id": "crmikou-090",
        "sender": SAOTOME,
        "to": [SAWATARI],
        "cc": [HASUMI],
        "subject": "第5回定例 議事録",
        "charset": "utf-8",
        "body": f"""沢渡様、蓮見様

早乙女です。第5回定例の議事録をPDFでお送りします。
修正点があれば金曜までにお知らせください。

{SIG_SAOTOME}
""",
        "attachments": [{
            "kind": "pdf", "name": "第5回定例_議事録.pdf", "title": "第5回定例 議事録",
            "lines": ["顧客DB移行プロジェクト 第5回定例 議事録",
                      "日時：2026年5月20日（水）10:00～11:30　場所：Teams",
                      "出席：日の出産業 真壁、早乙女、一ノ瀬／ツバサシステム 沢渡、蓮見／クラウドネクサス 氷室",
                      "1. リハーサル1の準備状況：抽出SQLのレビュー完了",
                      "2. 課題No.14（文字コード変換）：機種依存文字の変換表をツバサシステムが作成",
                      "3. 課題No.17（DM不可フラグ）：差分データに含める",
                      "次回：6月3日（水）10:00"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes naming attendees only (no contact data of anyone)",
    },
    # ------------------------------------------------------------------------------ 091
    {
        "id": "crmikou-091",
        "sender": ICHINOSE,
        "to": ["セキュリティ担当 <security@mail.hinode-sangyo.co.jp>"],
        "cc": [MAKABE],
        "subject": "旧決済テーブルのカード番号残存について（削除承認のお願い）",
        "charset": "iso-2022-jp",
        "body": f"""セキュリティ担当各位

一ノ瀬です。旧EC会員の決済テーブルに、トークン化前のカード番号が
平文で残っているレコードが2件見つかりました。

　会員番号 {P[114]["member"]}　{P[114]["name"]}　{card_number(SEED + 106)}
　会員番号 {P[115]["member"]}　{P[115]["name"]}　{card_number(SEED + 107)}

移行対象からは除外済みです。旧DBからの物理削除の承認をお願いします。
削除後、ログを添えて報告します。

一ノ瀬
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": [],
        "note": "card numbers, but sent only to an internal subdomain (mail.hinode-sangyo.co.jp) and internal Cc",
    },
    # ------------------------------------------------------------------------------ 092
    {
        "id": "crmikou-092",
        "sender": SAOTOME,
        "to": [DOMEKI],
        "subject": "UAT用 お客様データ（相談室検証分）",
        "charset": "iso-2022-jp",
        "body": """百目鬼さん

早乙女です。相談室の検証用データをお送りします。
パスワードはTeamsのチャットで送りました。

早乙女
""",
        "attachments": [{
            "kind": "zip", "name": "uat_soudan.zip", "password": "uat-0611",
            "files": [{"kind": "csv", "name": "uat_customers.csv", "encoding": "cp932",
                       "rows": [["顧客コード", "氏名", "電話"]] + [[p["cid"], p["name"], p["tel"]] for p in P[70:100]]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but the only recipient is internal",
    },
    # ------------------------------------------------------------------------------ 093
    {
        "id": "crmikou-093",
        "sender": SHOJI,
        "to": [NARUSE],
        "subject": "DM同封チラシ用 取扱店一覧",
        "charset": "utf-8",
        "html": """<html><body>
<p>錦印刷株式会社<br>成瀬様</p>
<p>いつもお世話になっております。日の出産業の東海林です。<br>
切替案内DMに同封するチラシの裏面に掲載する取扱店一覧です。版下への反映をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>地区</th><th>店名</th><th>住所</th><th>電話</th><th>営業時間</th></tr>
<tr><td>北海道</td><td>ヒノデ設備センター札幌</td><td>札幌市東区北十五条東7-3-12</td><td>011-753-2218</td><td>9:00-18:00</td></tr>
<tr><td>東北</td><td>みちのく住設 仙台店</td><td>仙台市宮城野区扇町4-6-21</td><td>022-231-9054</td><td>9:00-17:30</td></tr>
<tr><td>関東</td><td>ホームプロ藤沢</td><td>藤沢市大庭5061-4</td><td>0466-88-3120</td><td>10:00-19:00</td></tr>
<tr><td>関東</td><td>水まわり工房 川越</td><td>川越市新宿町1-17-9</td><td>049-246-7781</td><td>9:00-18:00</td></tr>
<tr><td>中部</td><td>東海設備サービス 名古屋北店</td><td>名古屋市北区大曽根3-14-5</td><td>052-912-6630</td><td>8:30-17:30</td></tr>
<tr><td>近畿</td><td>なにわ住設 吹田店</td><td>吹田市江坂町2-8-30</td><td>06-6385-4419</td><td>9:00-18:00</td></tr>
<tr><td>九州</td><td>博多ホームサービス</td><td>福岡市博多区東比恵2-11-7</td><td>092-411-5526</td><td>9:00-18:00</td></tr>
</table>
<p>営業企画部 東海林<br>TEL 03-5472-3351</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only list of dealer shops (business addresses and phones): not people",
    },
    # ------------------------------------------------------------------------------ 094
    {
        "id": "crmikou-094",
        "sender": IOKIBE,
        "to": ["日の出ビル 管理事務所 <kanri@hamamatsucho-bm.co.jp>"],
        "subject": "休日入館申請（9/19～9/21 移行作業）",
        "charset": "iso-2022-jp",
        "body": """日の出ビル 管理事務所 御中

いつもお世話になっております。7階 日の出産業 総務部の五百旗頭です。
システム移行作業のため、下記のとおり休日入館を申請いたします。

　期間：2026年9月19日（土）8:00 ～ 9月21日（月・祝）22:00
　場所：7階 日の出産業 フロア、サーバールーム
　外部作業者（ツバサシステム株式会社）：沢渡 浩一、蓮見 はるか、岩城 大地
　弊社立会者：情報システム部 真壁、早乙女、一ノ瀬

空調の休日運転もあわせてお願いいたします。

日の出産業株式会社 総務部 五百旗頭
内線 3305
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "building access request naming workers with their company only (no contact data)",
    },
    # ------------------------------------------------------------------------------ 095
    {
        "id": "crmikou-095",
        "sender": ICHINOSE,
        "to": ["青葉運輸 システム課 <system@aoba-unyu.co.jp>"],
        "subject": "出荷連携データの項目桁数変更のお知らせ",
        "charset": "shift_jis",
        "body": f"""青葉運輸株式会社 システム課 ご担当者様

いつもお世話になっております。日の出産業 情報システム部の一ノ瀬です。

顧客管理システムの刷新に伴い、10月1日出荷分より出荷連携データの
一部項目の桁数を変更させていただきます。

　項目　　　　　現行　　変更後
　お届け先名　　全角20　全角32
　住所2（建物）　全角20　全角40
　電話番号　　　半角11　半角13（ハイフン込み）

テスト用ファイルは9月上旬にお送りします。
受信側のご対応可否をお知らせいただけますでしょうか。

{SIG_ICHINOSE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "interface field-length change notice to a partner: no personal data",
    },
    # ------------------------------------------------------------------------------ 096
    {
        "id": "crmikou-096",
        "sender": SHOJI,
        "to": [NARUSE],
        "subject": "Re: 宛名面のレイアウト確認",
        "charset": "iso-2022-jp",
        "body": """成瀬様

東海林です。宛名面のレイアウト、以下のダミーで作成をお願いします。
（実データは8/24にツバサシステム様から専用ストレージ経由でお渡しします）

　〒105-0013
　東京都港区浜松町2-11-8 日の出ビル7F
　日出 太郎 様
　お客様番号：C0000000

バーコードはカスタマバーコードで印字してください。

東海林

> 東海林様
> 宛名面のレイアウト確認用に、ダミーの宛名を1件お送りいただけますか。
> 錦印刷 成瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a single obviously dummy address label (the company's own address) for a print proof",
    },
    # ------------------------------------------------------------------------------ 097
    {
        "id": "crmikou-097",
        "sender": ICHINOSE,
        "to": [DANIEL],
        "subject": "Question on bulk API job limits",
        "charset": "utf-8",
        "body": f"""Hi Daniel,

Quick question before the dry run: the documentation says a bulk upsert job can hold up
to 10,000 records per batch and 150 MB per file. For our 412k contacts we planned
42 batches. Is there a limit on concurrent jobs per tenant, and do failed rows come
back in the job result or in a separate error file?

Thanks,
Takumi Ichinose
IT Division, Hinode Sangyo Co., Ltd.

{DISC_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "technical question in English with a standard disclaimer",
    },
    # ------------------------------------------------------------------------------ 098
    {
        "id": "crmikou-098",
        "sender": SAOTOME,
        "to": [KITO],
        "subject": "外部リストとの突合用ハッシュ値",
        "charset": "utf-8",
        "body": "鬼頭様\n\n早乙女です。\n"
        "休眠顧客の掘り起こしで、御社保有の転居情報と突合するためのハッシュ値です。\n"
        "メールアドレスを小文字化したうえで SHA-256（ソルトなし）でハッシュ化しています。\n"
        "顧客コードは含めていません。まずは先頭12件を貼ります（全件は専用ストレージに置きます）。\n\n"
        + "\n".join(_hashlib.sha256(p["email"].lower().encode()).hexdigest() for p in P[40:52])
        + "\n\n" + SIG_SAOTOME + "\n",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "unsalted SHA-256 hashes of customers' e-mail addresses: pseudonymous, but re-identifiable by matching",
    },
    # ------------------------------------------------------------------------------ 099
    {
        "id": "crmikou-099",
        "sender": DOMEKI,
        "to": ["CloudNexus サポートデスク <support@cloudnexus.co.jp>"],
        "subject": "【障害問合せ】顧客詳細画面でメールアドレスが表示されない",
        "charset": "utf-8",
        "body": f"""クラウドネクサス サポートデスク御中

日の出産業 お客様相談室の百目鬼です。
本番環境で、1件のお客様について顧客詳細画面のメールアドレス欄が空欄で
表示される事象が発生しています。

　顧客コード：{P[116]["cid"]}
　氏名　　　：{P[116]["name"]}
　登録メール：{P[116]["email"]}（移行データには存在）
　電話番号　：{P[116]["mobile"]}
　発生日時　：2026/09/25 10:42 頃、相談室の端末3台で再現

一覧画面では表示されます。ご調査をお願いいたします。

{SIG_DOMEKI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one customer's record in a support ticket to the vendor: a single person, may warn",
    },
    # ------------------------------------------------------------------------------ 100
    {
        "id": "crmikou-100",
        "sender": MITARAI,
        "to": [SAWATARI],
        "cc": [MAKABE],
        "subject": "顧客DB移行完了の御礼",
        "charset": "iso-2022-jp",
        "body": f"""ツバサシステム株式会社
沢渡様

日の出産業 情報システム部の御手洗でございます。

このたびの顧客データベース移行では、連休中の作業を含め、
多大なるご尽力を賜り誠にありがとうございました。
おかげさまで新CRMは予定どおり9月24日に稼働し、
現在まで大きな問題なく運用できております。

引き続き、稼働後1か月のフォロー期間もよろしくお願い申し上げます。
改めて御礼に伺いたく、近日中に日程のご相談をさせてください。

日の出産業株式会社 情報システム部 部長
御手洗 健司
TEL 03-5472-3301

{DISC_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with the standard confidentiality disclaimer only",
    },
]

# ISO-2022-JP has no FULLWIDTH TILDE / FULLWIDTH HYPHEN-MINUS: Japanese mailers send the
# JIS characters (WAVE DASH, MINUS SIGN) instead, as they do here.
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].replace("～", "〜").replace("－", "−")
