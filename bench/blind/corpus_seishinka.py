"""ブラインド評価コーパス — 精神科病院の地域医療連携室（AREA = seishinka, SEED = 25601）

日の出産業グループの医療法人社団 日の出会「日の出こころの杜病院」地域医療連携室・
医療福祉相談室・デイケア科・医事課・総務課（家族会事務局）から出るメール 100 通。
退院支援、措置入院・医療保護入院の連絡（保健所・市役所）、デイケア利用者名簿、家族会、
地域活動支援センター・相談支援事業所・訪問看護・グループホーム、復職する患者の勤務先
（川崎電機・北国フーズ・青葉運輸ほか）とのやり取り。人物・番号・住所はすべて架空。
マイナンバーとカード番号は build.py の my_number(SEED + k) / card_number(SEED + k) のみ。
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 25601
_rng = random.Random(SEED)

# -- small helpers --------------------------------------------------------------------

_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    """全角数字・記号に"""
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - _w(s), 1)


def zpad(s: str, n: int) -> str:
    """全角スペースで桁揃え"""
    missing = max(n - _w(s), 2)
    return s + "　" * (missing // 2) + (" " if missing % 2 else "")


def corp_no(base12: str) -> str:
    """法人番号（先頭が検査用数字）"""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def mn4(n: str, sep: str = " ") -> str:
    return sep.join((n[0:4], n[4:8], n[8:12]))


def cc4(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


HOSPITAL_CORP = corp_no("030005012874")
HOMOGLYPH_TSUBASA = "tsub\u0430sa-system.jp".encode("idna").decode()  # а = Cyrillic

SURNAMES = [
    ("久我", "クガ", "Kuga"), ("宍倉", "シシクラ", "Shishikura"), ("百目鬼", "ドウメキ", "Domeki"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("神保", "ジンボ", "Jinbo"), ("鬼頭", "キトウ", "Kito"),
    ("蓮見", "ハスミ", "Hasumi"), ("一ノ瀬", "イチノセ", "Ichinose"), ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("栗林", "クリバヤシ", "Kuribayashi"), ("相馬", "ソウマ", "Soma"),
    ("鷹野", "タカノ", "Takano"), ("巽", "タツミ", "Tatsumi"), ("乙部", "オトベ", "Otobe"),
    ("日下部", "クサカベ", "Kusakabe"), ("早乙女", "サオトメ", "Saotome"), ("佐々木", "ササキ", "Sasaki"),
    ("田中", "タナカ", "Tanaka"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青柳", "アオヤギ", "Aoyagi"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("原田", "ハラダ", "Harada"), ("小川", "オガワ", "Ogawa"), ("四方田", "ヨモダ", "Yomoda"),
    ("猪俣", "イノマタ", "Inomata"), ("及川", "オイカワ", "Oikawa"), ("芳賀", "ハガ", "Haga"),
    ("糟谷", "カスヤ", "Kasuya"), ("笠原", "カサハラ", "Kasahara"), ("溝口", "ミゾグチ", "Mizoguchi"),
    ("樋渡", "ヒワタシ", "Hiwatashi"), ("仁科", "ニシナ", "Nishina"), ("比嘉", "ヒガ", "Higa"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("漆原", "ウルシハラ", "Urushihara"), ("南雲", "ナグモ", "Nagumo"),
]
GIVEN = [
    ("正臣", "マサオミ", "Masaomi", "M"), ("恒夫", "ツネオ", "Tsuneo", "M"),
    ("美代子", "ミヨコ", "Miyoko", "F"), ("健太", "ケンタ", "Kenta", "M"), ("由美", "ユミ", "Yumi", "F"),
    ("翔", "ショウ", "Sho", "M"), ("千尋", "チヒロ", "Chihiro", "F"), ("和彦", "カズヒコ", "Kazuhiko", "M"),
    ("直樹", "ナオキ", "Naoki", "M"), ("幸子", "サチコ", "Sachiko", "F"), ("亮", "リョウ", "Ryo", "M"),
    ("早苗", "サナエ", "Sanae", "F"), ("修", "オサム", "Osamu", "M"), ("絵里", "エリ", "Eri", "F"),
    ("大輔", "ダイスケ", "Daisuke", "M"), ("真由美", "マユミ", "Mayumi", "F"), ("哲也", "テツヤ", "Tetsuya", "M"),
    ("恵", "メグミ", "Megumi", "F"), ("勝", "マサル", "Masaru", "M"), ("聡子", "サトコ", "Satoko", "F"),
    ("隆", "タカシ", "Takashi", "M"), ("久美子", "クミコ", "Kumiko", "F"), ("悠斗", "ユウト", "Yuto", "M"),
    ("彩", "アヤ", "Aya", "F"), ("博", "ヒロシ", "Hiroshi", "M"), ("智子", "トモコ", "Tomoko", "F"),
    ("浩二", "コウジ", "Koji", "M"), ("紀子", "ノリコ", "Noriko", "F"), ("勇気", "ユウキ", "Yuki", "M"),
    ("麻衣", "マイ", "Mai", "F"), ("信之", "ノブユキ", "Nobuyuki", "M"), ("弥生", "ヤヨイ", "Yayoi", "F"),
    ("謙三", "ケンゾウ", "Kenzo", "M"), ("文江", "フミエ", "Fumie", "F"), ("拓真", "タクマ", "Takuma", "M"),
    ("沙織", "サオリ", "Saori", "F"), ("剛", "ツヨシ", "Tsuyoshi", "M"), ("梢", "コズエ", "Kozue", "F"),
]
# (都道府県+市区町村, 町名候補, 郵便番号上3桁)
CITIES = [
    ("埼玉県入間野市", ["豊岡", "東町", "扇台", "宮寺", "仏子", "野田"], "358"),
    ("埼玉県所沢市", ["小手指町", "北野", "上新井", "久米", "山口"], "359"),
    ("埼玉県狭山市", ["入間川", "柏原", "水野", "広瀬東"], "350"),
    ("埼玉県飯能市", ["双柳", "川寺", "笠縫", "岩沢"], "357"),
    ("埼玉県川越市", ["的場", "笠幡", "霞ケ関東", "今福"], "350"),
    ("東京都東村山市", ["本町", "秋津町", "萩山町", "富士見町"], "189"),
    ("東京都清瀬市", ["松山", "元町", "中里"], "204"),
    ("埼玉県日高市", ["高麗川", "原宿", "鹿山"], "350"),
]
BUILDINGS = ["", "", "", " コーポ扇101", " ハイツみどり203", " メゾン宮寺 2F", " グリーンヒル305",
             " 第二松風荘12号", " サンライズ入間野 402"]
DX = [
    ("統合失調症", "F20"), ("うつ病", "F32"), ("双極性障害", "F31"), ("アルコール依存症", "F10"),
    ("自閉スペクトラム症", "F84"), ("強迫性障害", "F42"), ("心的外傷後ストレス障害", "F43.1"),
    ("統合失調感情障害", "F25"), ("パニック障害", "F41.0"), ("適応障害", "F43.2"),
    ("境界性パーソナリティ障害", "F60.3"), ("持続性妄想性障害", "F22"),
]
DX_ELDER = [("アルツハイマー型認知症", "F00"), ("レビー小体型認知症", "G31.8"),
            ("血管性認知症", "F01"), ("前頭側頭型認知症", "F02.0")]
MEDS = {
    "統合失調症": "リスペリドン 4mg", "うつ病": "エスシタロプラム 10mg", "双極性障害": "炭酸リチウム 600mg",
    "アルコール依存症": "アカンプロサート 1998mg", "自閉スペクトラム症": "アリピプラゾール 3mg",
    "強迫性障害": "フルボキサミン 100mg", "心的外傷後ストレス障害": "セルトラリン 50mg",
    "統合失調感情障害": "オランザピン 10mg", "パニック障害": "パロキセチン 20mg",
    "適応障害": "頓用のみ", "境界性パーソナリティ障害": "バルプロ酸 600mg",
    "持続性妄想性障害": "アリピプラゾール 12mg",
}
FREEMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
            "outlook.jp", "softbank.ne.jp", "au.com"]


def wareki(y: int, m: int, d: int, style: str = "long") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, en, yy = "平成", "H", y - 1988
    else:
        era, en, yy = "昭和", "S", y - 1925
    if style == "long":
        return f"{era}{yy}年{m}月{d}日"
    if style == "short":
        return f"{en}{yy}.{m}.{d}"
    if style == "fwlong":
        return fw(f"{era}{yy}年{m}月{d}日")
    return fw(f"{en}{yy}.{m}.{d}")


class P:
    """架空の人物"""

    def __init__(self, rng: random.Random, y0: int = 1950, y1: int = 2000,
                 used: set | None = None) -> None:
        while True:
            s = rng.choice(SURNAMES)
            g = rng.choice(GIVEN)
            if used is None or (s[0] not in used):
                break
        if used is not None:
            used.add(s[0])
        self.sei, self.sei_kana, self.sei_ro = s
        self.mei, self.mei_kana, self.mei_ro, self.sex = g
        self.name = f"{self.sei} {self.mei}"
        self.name_nosp = f"{self.sei}{self.mei}"
        self.kana = f"{self.sei_kana} {self.mei_kana}"
        self.hira = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ン" else c for c in self.kana)
        self.romaji = f"{self.mei_ro} {self.sei_ro}"
        self.y, self.m, self.d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
        self.age = 2025 - self.y - (1 if (self.m, self.d) > (11, 1) else 0)
        city, towns, z3 = rng.choice(CITIES)
        self.zip = f"{z3}-{rng.randint(1, 99):02d}{rng.randint(0, 99):02d}"
        self.addr = (f"{city}{rng.choice(towns)}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番"
                     f"{rng.randint(1, 25)}号{rng.choice(BUILDINGS)}")
        self.addr_short = (f"{city}{rng.choice(towns)}{rng.randint(1, 4)}-{rng.randint(1, 28)}-"
                           f"{rng.randint(1, 20)}")
        self.mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        self.tel = f"04-29{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        self.email = (f"{self.sei_ro.lower()}.{self.mei_ro[0].lower()}{rng.randint(10, 99)}"
                      f"@{rng.choice(FREEMAIL)}")
        self.dx, self.icd = rng.choice(DX)

    def dob(self, style: str = "iso") -> str:
        if style == "iso":
            return f"{self.y}/{self.m:02d}/{self.d:02d}"
        if style == "dash":
            return f"{self.y}-{self.m:02d}-{self.d:02d}"
        if style == "jp":
            return f"{self.y}年{self.m}月{self.d}日"
        if style == "en":
            mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec"][self.m - 1]
            return f"{self.d} {mon} {self.y}"
        return wareki(self.y, self.m, self.d, style)


def people(n: int, y0: int = 1950, y1: int = 2000, rng: random.Random = _rng) -> list[P]:
    used: set = set()
    return [P(rng, y0, y1, used) for _ in range(n)]


# -- senders and signatures ------------------------------------------------------------

S_SAEKI = "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>"
S_MANABE = "真鍋 拓也 <manabe.takuya@hinode-sangyo.co.jp>"
S_ONODERA = "小野寺 舞 <onodera.mai@hinode-sangyo.co.jp>"
S_SHISHIDO = "宍戸 健一 <shishido.kenichi@hinode-sangyo.co.jp>"
S_KIRYU = "桐生 あかね <kiryu.akane@hinode-sangyo.co.jp>"
S_CHIBA = "千葉 亮介 <chiba.ryosuke@hinode-sangyo.co.jp>"
S_HATTORI = "Kenji Hattori <hattori.kenji@hinode-sangyo.co.jp>"
S_IJUIN = "伊集院 理沙 <ijuin.risa@hinode-sangyo.co.jp>"
S_NOGI = "野木 俊介 <nogi.shunsuke@hinode-sangyo.co.jp>"
S_TAKAMURA = "高村 ひとみ <takamura.hitomi@hinode-sangyo.co.jp>"

HOSP = "日の出こころの杜病院"
HOSP_ADDR = "〒358-0014 埼玉県入間野市宮寺2丁目11番地"
HOSP_TEL = "04-2934-5100"


def sig_renkei(name: str, title: str, mail: str, ext: str) -> str:
    return f"""
──────────────────────────
医療法人社団 日の出会（日の出産業グループ）
{HOSP} 地域医療連携室
{title}　{name}
{HOSP_ADDR}
TEL {HOSP_TEL}（代表） 内線{ext}　FAX 04-2934-5109
E-mail: {mail}
──────────────────────────"""


def sig_short(name: str, dept: str, ext: str) -> str:
    return f"""
--
{HOSP} {dept}
{name}（内線{ext}）
TEL {HOSP_TEL} / FAX 04-2934-5109"""


def sig_box(name: str, dept: str, mail: str) -> str:
    return f"""
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
医療法人社団 日の出会　{HOSP}
{dept}　{name}
{HOSP_ADDR}
ＴＥＬ：０４－２９３４－５１００（代表）
Mail：{mail}
￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣"""


SIG_EN = """
--
Kenji Hattori, PhD
Research & International Liaison
Hinode Kokoro-no-Mori Hospital (Hinode Medical Corporation, Hinode Sangyo Group)
2-11 Miyadera, Irumano-shi, Saitama 358-0014, Japan
Tel +81-4-2934-5100 / hattori.kenji@hinode-sangyo.co.jp"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

# 保健所・行政・関係機関（架空）
HC = "狭丘保健所 保健予防課 <seishin@hokenjo.sakaoka.lg.jp>"
HC_HAYAMA = "葉山 奈津子 <hayama.n@hokenjo.sakaoka.lg.jp>"
CITY_SHOGAI = "入間野市 障害福祉課 <shogai-fukushi@city.irumano.lg.jp>"
KOMOREBI = "相談支援事業所こもれび 佐藤様 <sato.k@komorebi-soudan.or.jp>"
AOZORA = "訪問看護ステーションあおぞら <kanri@aozora-houkan.jp>"
KEYAKI = "グループホームけやき荘 <nyukyo@keyaki-gh.jp>"
STEPWORK = "水野 亜希子 <mizuno@stepwork.co.jp>"
HIDAMARI = "地域活動支援センターひだまり <info@hidamari-center.or.jp>"
SHAKYO = "入間野市社会福祉協議会 地域福祉課 <chiiki@irumano-shakyo.or.jp>"


MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001 送迎ルート表（ASCII スペース桁揃え） → 青葉運輸
_p = people(11, 1955, 1995)
_rows = "\n".join(
    f"{i:>2}  {pad(p.name, 14)}{pad(p.addr_short, 36)}{pad(p.mobile if i % 3 else p.tel, 15)}"
    f"{['8:20', '8:25', '8:32', '8:40', '8:47', '8:55'][i % 6]}{' ★' if i in (4, 9) else ''}"
    for i, p in enumerate(_p, 1))
add(
    id="seishinka-001", expect="stop", charset="iso-2022-jp",
    sender=S_ONODERA,
    to=["青葉運輸株式会社 送迎センター 岸本様 <kishimoto.s@aoba-unyu.co.jp>"],
    subject="デイケア送迎 12月分ルート表（北ルート）",
    body=f"""青葉運輸株式会社
送迎センター 岸本様

いつもお世話になっております。
{HOSP} デイケア科の小野寺です。

12月からの北ルート（入間野・所沢方面）のデイケア利用者 乗車一覧をお送りします。
新規の方が2名（★印）おりますので、初回は運転手さんからお声がけをお願いいたします。

No  氏名          乗車場所（自宅）                    電話           迎え時刻
--  ------------  ----------------------------------  -------------  --------
{_rows}

雨天時も乗車場所は変わりません。欠席連絡は当日8時までにこちらからお電話します。
どうぞよろしくお願いいたします。
{sig_short("小野寺 舞", "デイケア科", "341")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="精神科デイケア利用者11名の氏名・自宅住所・電話を運送会社へ本文で送付（名簿）",
)

# 002 会議室予約 → さくらホテル
add(
    id="seishinka-002", expect="pass", charset="utf-8",
    sender=S_CHIBA,
    to=["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    subject="【会議室予約のお願い】12月6日(土) 家族会研修会",
    body=f"""さくらホテル
宴会予約係 ご担当者様

いつも大変お世話になっております。
日の出こころの杜病院 総務課の千葉でございます。

昨年に引き続き、当院家族会の研修会で会議室をお借りしたく、ご連絡いたしました。

　日時　　：2025年12月6日(土) 13:00～16:30（設営12:30～）
　会場希望：「桜の間」または同規模のお部屋
　人数　　：30名（スクール形式）
　備品　　：プロジェクター・スクリーン、ワイヤレスマイク2本、演台
　飲料　　：ペットボトルのお茶 30本
　お支払　：請求書払い（宛名：医療法人社団日の出会）

空き状況とお見積りをお知らせいただけますと幸いです。
昨年は控室もご用意いただき助かりました。今年も可能でしたら1室お願いできればと存じます。

何卒よろしくお願いいたします。
{sig_box("千葉 亮介", "総務課（家族会事務局）", "chiba.ryosuke@hinode-sangyo.co.jp")}
""",
    entities=[], detectors=[],
    note="取引先ホテルへの会議室予約。個人データなし",
)

# 003 医療保護入院届（要配慮：1名） → 保健所
_p = P(_rng, 1972, 1972)
add(
    id="seishinka-003", expect="stop", charset="shift_jis",
    sender=S_IJUIN,
    to=[HC],
    subject="医療保護入院者の入院届について（事前のご連絡）",
    body=f"""狭丘保健所 保健予防課
精神保健福祉担当 御中

いつもお世話になっております。
日の出こころの杜病院 医療福祉相談室の伊集院です。

精神保健福祉法第33条第7項に基づく入院届を本日郵送いたしましたので、
到着前に概要をお知らせいたします。

　入院者氏名　：{_p.name}（{_p.hira}）　{['男', '女'][_p.sex == 'F']}
　生年月日　　：{_p.dob('long')}（{_p.age}歳）
　住所　　　　：{_p.addr}
　入院年月日　：令和7年10月28日
　病名　　　　：{_p.dx}（{_p.icd}）
　入院時の状態：幻聴・被害妄想が活発で服薬を拒否、家族への暴言が続いていた
　同意者　　　：{_p.sei} 絹江（母）
　指定医　　　：野木 俊介

推定される入院期間は3か月、退院後生活環境相談員は当職が担当いたします。
ご不明点がございましたらご連絡ください。

伊集院 理沙（精神保健福祉士）
{HOSP} 医療福祉相談室　TEL {HOSP_TEL}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="医療保護入院者1名の氏名・生年月日・住所・病名（要配慮個人情報）を保健所へメール",
)

# 004 社内のみ：デイケア利用者名簿 XLSX
_p = people(14, 1950, 2000)
_rows = [[i, p.name, p.kana, p.dob("iso"), p.mobile, ["野木", "三枝", "堀"][i % 3], p.dx,
          ["月水金", "火木", "月～金", "水金", "火木土"][i % 5]] for i, p in enumerate(_p, 1)]
_q = people(3, 1960, 1990)
add(
    id="seishinka-004", expect="pass", charset="iso-2022-jp",
    sender=S_ONODERA,
    to=["デイケア科スタッフ <dc-staff@kokoro.hinode-sangyo.co.jp>"],
    cc=[S_MANABE],
    subject="デイケア利用者名簿（12月1日更新版）",
    body=f"""デイケア科の皆さま

お疲れさまです。小野寺です。
12月1日付の利用者名簿を更新しました。共有フォルダにも置いてあります。
退所者は別シートに移しています。印刷したものは必ず鍵付き書庫へお願いします。
{sig_short("小野寺", "デイケア科", "341")}
""",
    attachments=[{
        "kind": "xlsx", "name": "デイケア利用者名簿_20251201.xlsx",
        "sheets": {
            "名簿": [["デイケア利用者名簿（2025年12月1日現在）"], [],
                   ["No", "氏名", "フリガナ", "生年月日", "電話", "主治医", "診断名", "利用曜日"]]
                  + _rows,
            "退所者": [["氏名", "退所日", "理由"]]
                    + [[p.name, f"2025/{9 + i}/30", r] for i, (p, r) in
                       enumerate(zip(_q, ["就労移行へ", "転居", "入院"]))],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="利用者名簿（病名つき）だが宛先はすべて社内（サブドメイン含む）",
)

# 005 類似ドメイン（hinode-sangyou）
add(
    id="seishinka-005", expect="stop", charset="utf-8",
    sender=S_KIRYU,
    to=["戸川 敬子 <togawa.keiko@hinode-sangyou.co.jp>"],
    subject="退院支援委員会 12月開催日程の件",
    body=f"""戸川部長

お疲れさまです。退院調整看護師の桐生です。
12月の退院支援委員会ですが、下記で開催したいと思います。

　日時：12月11日(木) 15:00～16:00
　場所：管理棟2階 第2会議室
　議題：1) 長期入院者の地域移行 進捗
　　　　2) 退院前訪問の運用見直し
　　　　3) 年末年始の退院調整について

ご都合が悪いようでしたらお知らせください。
資料は前日までに共有フォルダへ入れておきます。

桐生
""",
    entities=[], detectors=["lookalike_domain"],
    note="社内の看護部長宛のつもりが hinode-sangyou.co.jp（u が1字多い類似ドメイン）",
)

# 006 4機関を To に並べた会議案内
add(
    id="seishinka-006", expect="stop", charset="cp932",
    sender=S_SAEKI,
    to=[HC_HAYAMA, KOMOREBI, AOZORA, "けやき荘 管理者 森様 <mori@keyaki-gh.jp>"],
    subject="退院支援会議（ケースNo.K-2291）開催のご案内",
    body=f"""関係機関の皆さま

いつもお世話になっております。
日の出こころの杜病院 地域医療連携室の佐伯です。

当院入院中の方（ケースNo.K-2291）の退院に向けて、下記のとおり
退院支援会議を開催いたします。ご本人・ご家族の同意は得ております。

　日時：2025年12月9日(火) 14:00～15:30
　場所：当院 本館1階 多目的室（オンライン参加も可）
　内容：退院後の住まい、日中活動、訪問支援の役割分担

会議資料は個人情報を含むため、当日会場で配布・回収いたします。
ご出欠を12月3日までにお知らせください。
{sig_renkei("佐伯 美穂", "精神保健福祉士", "saeki.miho@hinode-sangyo.co.jp", "215")}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="外部4機関を To で並べて送信（Bcc にすべき）。本文に個人データはなし",
)

# 007 NDA の相談（合格）
add(
    id="seishinka-007", expect="pass", charset="iso-2022-jp",
    sender=S_MANABE,
    to=["太田 陽介 <ota.y@tsubasa-system.jp>"],
    subject="Re: 地域連携ネットワーク導入に係る秘密保持契約書（案）",
    body=f"""ツバサシステム株式会社
太田様

お世話になっております。日の出こころの杜病院の真鍋です。
秘密保持契約書（案）を拝見しました。当院法務と確認した結果、以下3点ご検討ください。

1. 第2条（機密情報の定義）
   患者の診療情報が含まれることを明記し、「個人情報保護法上の要配慮個人情報を含む」と
   追記いただきたいです。
2. 第7条（返還・廃棄）
   契約終了時の廃棄について、廃棄証明書の提出を義務としていただけますでしょうか。
3. 第11条（有効期間）
   契約終了後3年 → 5年への延長を希望します。

締結は電子契約サービスで問題ございません。修正版をお待ちしております。

真鍋 拓也
{HOSP} 地域医療連携室 室長
TEL {HOSP_TEL}
{DISC_JA}
""",
    entities=[], detectors=[],
    note="秘密保持契約の条文についての相談と定型の免責文。機密指定の文書ではない",
)

# 008 復職に関する主治医意見（要配慮：1名） → 川崎電機
_p = P(_rng, 1983, 1990)
add(
    id="seishinka-008", expect="stop", charset="utf-8",
    sender=S_SAEKI,
    to=["川崎電機 人事部 健康管理グループ <kenko-kanri@kawasaki-denki.co.jp>"],
    subject=f"職場復帰に関する主治医意見のご連絡（社員番号 KD-10472）",
    body=f"""川崎電機株式会社
人事部 健康管理グループ ご担当者様

いつもお世話になっております。
日の出こころの杜病院 地域医療連携室の佐伯です。

貴社 技術本部所属 {_p.name} 様（社員番号 KD-10472）について、ご本人の同意のもと、
主治医（野木）の意見をお伝えいたします。

・診断名：うつ病（中等症エピソード）
・休職期間：2025年6月2日～現在
・現在の状態：睡眠・食欲は回復、リワークプログラム出席率9割を維持
・復職可能日：2025年12月1日（短時間勤務 1日6時間から）
・就業上の配慮：3か月間は時間外労働・出張を控えること、月1回の通院時間の確保
・服薬：セルトラリン 50mg を継続中（眠気の副作用は軽度）

正式な意見書は郵送いたします。産業医の先生との面談日程が決まりましたらお知らせください。
{sig_renkei("佐伯 美穂", "精神保健福祉士", "saeki.miho@hinode-sangyo.co.jp", "215")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="従業員1名の病名・服薬・休職を勤務先へ（要配慮個人情報）",
)

# 009 事業所一覧（事業者のリスト：合格）
add(
    id="seishinka-009", expect="pass", charset="shift_jis",
    sender=S_IJUIN,
    to=[HC_HAYAMA],
    subject="管内の地域活動支援センター・相談支援事業所一覧",
    body=f"""葉山様

お世話になっております。日の出こころの杜病院の伊集院です。
先日の連絡会でお話しした、当院がよく連携している事業所の一覧です。
着任されたばかりとのことでしたので、ご参考になれば幸いです。

■地域活動支援センター
・地域活動支援センターひだまり　　入間野市豊岡3-5-2　　　TEL 04-2936-1180（平日9-17時）
・地域活動支援センターⅠ型 そよかぜ　入間野市東町1-14-7　　TEL 04-2931-4402（土曜も開所）
・ふれあいスペースこだま　　　　　所沢市小手指町2-20-11　TEL 04-2948-7731

■相談支援事業所
・相談支援事業所こもれび　　　　　入間野市扇台4-2-18　　　TEL 04-2935-0067
・狭山市基幹相談支援センター　　　狭山市入間川1-23-5　　　TEL 04-2953-2210
・相談室ゆずりは　　　　　　　　　飯能市双柳94-1　　　　　TEL 042-971-3385

■就労系
・就労移行支援事業所ステップワーク入間野　入間野市豊岡1-7-9 2F　TEL 04-2937-5521

各所とも見学を受け付けています。ご不明な点があればお声がけください。

伊集院 理沙
{HOSP} 医療福祉相談室
""",
    entities=[], detectors=[],
    note="事業所（法人・施設）の代表電話と所在地の一覧。人の名簿ではない",
)

# 010 家族会会員名簿 CSV(cp932) → 錦印刷
_p = people(18, 1940, 1975)
add(
    id="seishinka-010", expect="stop", charset="iso-2022-jp",
    sender=S_CHIBA,
    to=["錦印刷 営業二課 村瀬様 <eigyo2@nishiki-insatsu.co.jp>"],
    subject="家族会会報「ひまわり通信」第48号 宛名ラベル用データ",
    body=f"""錦印刷株式会社
営業二課 村瀬様

お世話になっております。日の出こころの杜病院 総務課の千葉です。
先日お願いした会報第48号の件、宛名ラベル用の会員データをお送りします。

・部数：本体 120部（うち郵送分は添付の18件）
・ラベル：A4 12面、敬称「様」付き
・発送：12月10日（水）ポスト投函でお願いします

データの取扱いには十分ご注意ください。作業完了後は削除をお願いいたします。

千葉 亮介
{HOSP} 総務課（家族会事務局）
TEL {HOSP_TEL}
""",
    attachments=[{
        "kind": "csv", "name": "hinode_kazokukai_label.csv", "encoding": "cp932",
        "rows": [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号"]]
                + [[f"H{201 + i:04d}", p.name, p.kana, p.zip, p.addr, p.tel if i % 2 else p.mobile]
                   for i, p in enumerate(_p)],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="家族会会員18名の氏名・住所・電話の CSV（cp932）を印刷会社へ",
)

# 011 返信：引用部に患者情報（合格）
_p = P(_rng, 1988, 1995)
add(
    id="seishinka-011", expect="pass", charset="iso-2022-jp",
    sender=S_KIRYU,
    to=[AOZORA],
    subject="Re: 退院後の初回訪問日について",
    body=f"""あおぞら 管理者 沢井様

お世話になっております。桐生です。
ご提示の10月14日(火) 14時で結構です。ご本人にも伝えておきます。
当日は当院の担当看護師が同行する予定です。

桐生

> 日の出こころの杜病院
> 桐生様
>
> いつもお世話になっております。訪問看護ステーションあおぞらの沢井です。
> {_p.name}様（{_p.dx}）の退院後初回訪問ですが、
> 10月14日(火) 14時 または 10月15日(水) 10時はいかがでしょうか。
> ご自宅（{_p.addr}）へ伺います。
> 携帯（{_p.mobile}）にも事前にご連絡します。
>
> 沢井
""",
    entities=[], detectors=[],
    note="患者名・病名・住所は相手から届いたメールの引用部（>）のみ。新しい本文は日程だけ",
)

# 012 マイナンバー・基礎年金番号（障害年金） → 社労士
_p = P(_rng, 1979, 1979)
_mn = my_number(SEED + 0)
add(
    id="seishinka-012", expect="stop", charset="utf-8",
    sender=S_IJUIN,
    to=["田中社会保険労務士事務所 <info@tanaka-sr-office.jp>"],
    subject=f"障害年金請求（{_p.sei}様）の必要事項について",
    body=f"""田中社会保険労務士事務所
田中先生

いつもお世話になっております。日の出こころの杜病院の伊集院です。
ご依頼いただいていた、障害年金（障害基礎・厚生）請求の記入事項をお送りします。
ご本人から書類作成の委任状をいただいております。

　請求者氏名　：{_p.name}（{_p.kana}）
　生年月日　　：{_p.dob('long')}
　基礎年金番号：4310-587266
　個人番号　　：{mn4(_mn, ' ')}
　傷病名　　　：{_p.dx}（{_p.icd}）
　初診日　　　：平成24年9月14日（当院）
　障害者手帳　：精神障害者保健福祉手帳 2級（令和6年更新）

診断書は主治医が作成中で、来週中にお渡しできる見込みです。
よろしくお願いいたします。

伊集院 理沙（精神保健福祉士）
{HOSP} 医療福祉相談室
""",
    entities=["JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="患者1名の個人番号・基礎年金番号・傷病名・手帳等級を社労士へ",
)

# 013 研修会の案内（合格）
add(
    id="seishinka-013", expect="pass", charset="cp932",
    sender=S_MANABE,
    to=[CITY_SHOGAI],
    subject="精神保健福祉研修「地域移行のいま」ご案内（ご周知のお願い）",
    body=f"""入間野市 障害福祉課 御中

平素より大変お世話になっております。
日の出こころの杜病院 地域医療連携室の真鍋でございます。

当院では毎年、地域の支援者向けに精神保健福祉研修を開催しております。
今年度は下記のとおり実施いたしますので、関係機関へのご周知をお願いできれば幸いです。

　■テーマ　「地域移行のいま ― 長期入院から地域生活へ」
　■日　時　令和8年1月24日（土）13:30～16:00
　■会　場　日の出こころの杜病院 本館3階 講堂
　■講　師　当院 副院長　野木 俊介（精神保健指定医）
　　　　　　相談支援事業所こもれび 管理者
　■定　員　60名（参加費無料）
　■申込み　1月16日(金)までに、当院ホームページの申込フォームまたはFAXにて

案内チラシ（PDF）は来週お送りいたします。
何卒よろしくお願い申し上げます。

真鍋 拓也
{HOSP} 地域医療連携室 室長
{HOSP_ADDR}　TEL {HOSP_TEL}
""",
    entities=[], detectors=[],
    note="市役所への研修案内。講師名のみで個人データはない",
)

# 014 地域移行対象者一覧 XLSX（複数シート・タイトル行） → 相談支援事業所
_p = people(8, 1948, 1975)
_rows = [[i, p.name, p.hira, p.dob("short"), ["医療保護", "任意", "任意", "医療保護"][i % 4],
          f"{p.dx}", f"{_rng.randint(6, 31)}年", p.mobile] for i, p in enumerate(_p, 1)]
add(
    id="seishinka-014", expect="stop", charset="iso-2022-jp",
    sender=S_SAEKI,
    to=[KOMOREBI],
    subject="地域移行支援 対象候補者一覧の送付",
    body=f"""相談支援事業所こもれび
佐藤様

いつもお世話になっております。佐伯です。
先日の打合せでお話しした、地域移行支援の対象候補者（長期入院の方）の一覧をお送りします。
2枚目のシートに初回面談の候補日を入れています。

ご家族の連絡先も載せていますが、まず当院からご家族へ説明してからの連絡でお願いします。
{sig_renkei("佐伯 美穂", "精神保健福祉士", "saeki.miho@hinode-sangyo.co.jp", "215")}
""",
    attachments=[{
        "kind": "xlsx", "name": "地域移行_対象候補者_R7.xlsx",
        "sheets": {
            "対象者": [["地域移行支援 対象候補者一覧（令和7年11月 作成）"],
                    ["作成：地域医療連携室"],
                    ["No", "氏名", "ふりがな", "生年月日", "入院形態", "主病名", "入院期間",
                     "家族連絡先"]] + _rows,
            "面談予定": [["氏名", "初回面談候補", "同席"]]
                     + [[p.name, f"12/{8 + i}", "病棟担当看護師"] for i, p in enumerate(_p[:5])],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="長期入院患者8名の氏名・生年月日・入院形態・病名・家族連絡先の XLSX",
)

# 015 社外秘のマーキング（本文・件名） → コンサル
add(
    id="seishinka-015", expect="stop", charset="utf-8",
    sender=S_MANABE,
    to=["小林 修平 <kobayashi@meisei-mc.co.jp>"],
    subject="【社外秘】病床再編計画（案）v0.3 ご確認のお願い",
    body=f"""明星メディカルコンサルティング
小林様

━━━━━━━━━━━━━━━━━━━━━━━━
　機密区分：社外秘（経営会議メンバー限り）
━━━━━━━━━━━━━━━━━━━━━━━━

お世話になっております。真鍋です。
病床再編計画の案 v0.3 の要点を先にお送りします。

1. 精神科急性期治療病棟 60床 → 48床（個室化による稼働率維持）
2. 精神療養病棟（第5病棟）を地域移行機能強化病棟へ転換（2026年10月目標）
3. 認知症治療病棟は現状維持、ただし平均在院日数を180日 → 150日へ
4. 削減分の看護職員 6名は訪問看護部門・デイケアへ配置転換

理事会前に人員配置の試算を見ていただけますでしょうか。
数字は暫定のため、院外への展開はお控えください。

真鍋
""",
    entities=[], detectors=["confidential_marking"],
    note="件名と本文に「社外秘」の区分表示がある経営資料を外部コンサルへ",
)

# 016 出席者3名の携帯（合格・警告可）
add(
    id="seishinka-016", expect="pass", charset="shift_jis",
    sender=S_SAEKI,
    to=[HC],
    subject="12/3 精神保健福祉連絡会 出席者のご連絡",
    body=f"""狭丘保健所 保健予防課 御中

お世話になっております。日の出こころの杜病院の佐伯です。
12月3日の精神保健福祉連絡会には、当院から下記3名が出席いたします。

　真鍋 拓也（地域医療連携室 室長）　携帯 080-4417-2093
　佐伯 美穂（精神保健福祉士）　　　携帯 090-6281-7754
　桐生 あかね（退院調整看護師）　　携帯 070-3352-8816

当日、道路状況等で遅れる場合は上記携帯からご連絡いたします。
よろしくお願いいたします。
{sig_renkei("佐伯 美穂", "精神保健福祉士", "saeki.miho@hinode-sangyo.co.jp", "215")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="出席する職員3名の携帯番号のみ（1～4名の連絡先は通してよい）",
)

# 017 体験利用希望者（タブ区切り） → 就労移行
_p = people(6, 1985, 2003)
_rows = "\n".join(
    "\t".join([p.name, f"{p.age}歳", p.dx, ["2級", "3級", "申請中", "なし"][i % 4], p.mobile,
               ["軽作業", "事務補助", "清掃", "データ入力", "調理補助", "倉庫"][i]])
    for i, p in enumerate(_p))
add(
    id="seishinka-017", expect="stop", charset="cp932",
    sender=S_IJUIN,
    to=[STEPWORK],
    subject="体験利用希望者のご連絡（6名）",
    body=f"""ステップワーク入間野
水野様

いつもお世話になっております。伊集院です。
来月の体験利用を希望している当院通院中の方を下記にまとめました。
（Excelから貼り付けたので見づらかったらすみません）

氏名\t年齢\t診断名\t手帳\t連絡先\t希望職種
{_rows}

体験日程はそちらで調整いただき、ご本人へ直接ご連絡いただいて構いません。
よろしくお願いいたします。

伊集院
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="通院患者6名の氏名・診断名・手帳等級・携帯をタブ区切りで本文に",
)

# 018 社内のみ：措置入院の受入連絡（要配慮を含むが社内）
_p = P(_rng, 1990, 1996)
add(
    id="seishinka-018", expect="pass", charset="utf-8",
    sender=S_IJUIN,
    to=["第1病棟 ナースステーション <ward1-ns@kokoro.hinode-sangyo.co.jp>",
        "医局 <ikyoku@hinode-sangyo.co.jp>"],
    cc=[S_MANABE],
    subject="【至急】措置入院 受入れ 本日15時到着予定",
    body=f"""関係各位

伊集院です。保健所より措置入院の受入れ要請があり、院長了承済みです。

・対象者：{_p.name}（{_p.age}歳・{['男性', '女性'][_p.sex == 'F']}）
・住所　：{_p.addr}
・経緯　：本日未明、駅前で刃物を持って徘徊し警察に保護（法第23条通報）
　　　　　指定医2名の診察で要措置の判定
・既往　：{_p.dx}で他院通院歴あり、半年前から治療中断
・到着　：15時頃、保健所職員・警察官同行

第1病棟の保護室1床の確保をお願いします。
到着後の診察は野木先生です。

伊集院
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="措置入院患者の情報だが宛先は社内（kokoro.hinode-sangyo.co.jp はサブドメイン）のみ",
)

# 019 類似ドメイン（kitaguni-food：s 欠落）
add(
    id="seishinka-019", expect="stop", charset="iso-2022-jp",
    sender=S_SAEKI,
    to=["北国フーズ 人事部 <jinji@kitaguni-food.co.jp>"],
    subject="三者面談（職場復帰支援）の日程候補について",
    body=f"""北国フーズ株式会社
人事部 ご担当者様

お世話になっております。日の出こころの杜病院 地域医療連携室の佐伯です。
先日お電話でご相談した三者面談（ご本人・貴社・当院）の日程候補をお送りします。

　1) 12月2日(火) 10:00〜11:00
　2) 12月4日(木) 15:00〜16:00
　3) 12月5日(金) 13:30〜14:30

場所は当院 相談室（本館1階）を予定しております。
貴社にお伺いする形でも構いませんので、ご希望をお知らせください。
{sig_renkei("佐伯 美穂", "精神保健福祉士", "saeki.miho@hinode-sangyo.co.jp", "215")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="取引先 kitaguni-foods.co.jp の類似ドメイン kitaguni-food.co.jp（s 欠落）宛",
)

# 020 フリーメール1名（家族会会長）へ会報原稿（合格）
add(
    id="seishinka-020", expect="pass", charset="utf-8",
    sender=S_CHIBA,
    to=["村井 和代 <murai.himawari@yahoo.co.jp>"],
    subject="会報原稿（講演会のご報告）をお送りします",
    body=f"""村井会長

いつもお世話になっております。家族会事務局の千葉です。
先日の講演会の報告記事の原稿ができましたので、添付でお送りします。
直したいところがあれば、赤字でもお電話でも構いません。
12月1日(月)までにお返事いただければ、第48号に間に合います。

千葉 亮介
{HOSP} 総務課（家族会事務局）
""",
    attachments=[{
        "kind": "docx", "name": "ひまわり通信48号_講演会報告.docx",
        "paragraphs": [
            "公開講演会「家族が元気でいるために」を開催しました",
            "10月18日（土）、入間野市民会館にて公開講演会を開催し、会員・一般あわせて52名の方に"
            "ご参加いただきました。",
            "講師の先生からは、家族自身が休むことの大切さ、相談先を複数持つことなどについて、"
            "具体的なお話がありました。",
            "質疑応答では「本人が受診を嫌がるときにどうするか」といった質問が多く寄せられ、"
            "保健所の相談窓口や訪問支援の紹介がありました。",
            "次回の講演会は来年3月を予定しています。",
        ],
    }],
    entities=[], detectors=["freemail_recipient"],
    note="家族会会長（フリーメール1名）への会報原稿。個人データなし",
)

# 021 HTML のみの表：訪問看護指示 対象者一覧
_p = people(7, 1950, 1990)
_tr = "\n".join(
    f"<tr><td>{p.name}</td><td>{p.addr}</td><td>{p.tel if i % 2 else p.mobile}</td>"
    f"<td>{p.dx}</td><td>週{1 + i % 3}回</td><td>12/1～5/31</td></tr>"
    for i, p in enumerate(_p))
add(
    id="seishinka-021", expect="stop", charset="shift_jis",
    sender=S_KIRYU,
    to=[AOZORA],
    subject="訪問看護指示書 対象者一覧（12月更新分）",
    html=f"""<html><body>
<p>訪問看護ステーションあおぞら<br>沢井様</p>
<p>いつもお世話になっております。日の出こころの杜病院の桐生です。<br>
12月から指示書を更新する方の一覧です。指示書の原本は本日郵送しました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>氏名</th><th>住所</th><th>電話</th><th>病名</th><th>訪問頻度</th><th>指示期間</th></tr>
{_tr}
</table>
<p>変更点がある方は備考でお知らせします。よろしくお願いいたします。</p>
<p>--<br>日の出こころの杜病院 看護部 退院調整担当<br>桐生 あかね<br>TEL {HOSP_TEL}</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML のみのメールの表に患者7名の住所・電話・病名",
)

# 022 請求書（登録番号・法人口座）：合格
add(
    id="seishinka-022", expect="pass", charset="cp932",
    sender=S_SHISHIDO,
    to=["北国フーズ 総務部 経理課 <keiri@kitaguni-foods.co.jp>"],
    subject="請求書送付のご案内（職場復帰支援プログラム 10月分）",
    body=f"""北国フーズ株式会社
総務部 経理課 御中

いつもお世話になっております。
医療法人社団日の出会 日の出こころの杜病院 医事課の宍戸でございます。

職場復帰支援プログラム（法人契約）10月分の請求書をPDFにて郵送いたしました。
概要は以下のとおりです。

　請求書番号：HK-2025-1043
　ご請求金額：￥165,000（税込）
　　　　　　　（うち消費税 ￥15,000／10%対象）
　登録番号　：T{HOSPITAL_CORP}
　お支払期限：2025年12月26日
　お振込先　：みどり銀行 入間野支店 普通 1234567
　　　　　　　イ）ヒノデカイ

ご不明な点がございましたら、医事課までお問い合わせください。
{sig_short("宍戸 健一", "医事課", "120")}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="法人宛の請求案内。登録番号（法人番号）と法人口座のみで個人データなし",
)

# 023 旅行参加者（・箇条書き、生年月日つき） → 旅行会社
_p = people(8, 1945, 1970)
_rows = "\n".join(f"・{p.name}（{p.hira}）／{p.dob('short')}／携帯 {p.mobile}" for p in _p)
add(
    id="seishinka-023", expect="stop", charset="iso-2022-jp",
    sender=S_CHIBA,
    to=["ほしぞら旅行 団体旅行課 <group@hoshizora-travel.co.jp>"],
    subject="家族会 日帰り研修旅行 参加者名簿（旅行保険用）",
    body=f"""ほしぞら旅行株式会社
団体旅行課 ご担当者様

お世話になっております。日の出こころの杜病院 家族会事務局の千葉です。
11月29日（土）の日帰り研修旅行（秩父方面）について、
国内旅行傷害保険の加入に必要な参加者情報をお送りします。

{_rows}

引率は当院職員2名（千葉・小野寺）です。職員分は別途団体で加入済みです。
当日の集合は8時、当院正面玄関前でお願いします。

千葉
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="参加者8名の氏名・生年月日（和暦）・携帯を「・」箇条書きで旅行会社へ",
)

# 024 措置入院の連絡（逮捕歴・病名：1名） → 市役所
_p = P(_rng, 1996, 1998)
add(
    id="seishinka-024", expect="stop", charset="iso-2022-jp",
    sender=S_IJUIN,
    to=[CITY_SHOGAI],
    cc=["入間野市 生活福祉課 <seikatsu@city.irumano.lg.jp>"],
    subject="措置入院者に関するご連絡（法第23条通報の件）",
    body=f"""入間野市 障害福祉課 ご担当者様
（cc：生活福祉課 ケースワーカー様）

日の出こころの杜病院 医療福祉相談室の伊集院です。
貴市在住の方が当院へ措置入院となりましたので、ご連絡いたします。

　氏名：{_p.name}（{_p.age}歳）
　住所：{_p.addr}
　経緯：11月6日夜、入間野駅構内で器物損壊の疑いで現行犯逮捕。
　　　　取調べ中の言動から警察官通報となり、措置診察の結果、同日措置入院。
　病名：統合失調症の疑い（初発）
　その他：生活保護受給中（担当CW 入間野市 生活福祉課）

退院後の生活について、早めにケース会議をお願いしたく存じます。
伊集院 理沙（精神保健福祉士）
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="1名の逮捕歴・措置入院・病名（要配慮個人情報）を市役所へ（同一組織の2課なので可視性は問題なし）",
)

# 025 2機関（To と Cc）：合格
add(
    id="seishinka-025", expect="pass", charset="cp932",
    sender=S_MANABE,
    to=[HC_HAYAMA],
    cc=[SHAKYO],
    subject="地域連携会議（第3回）日程調整のお願い",
    body=f"""狭丘保健所　葉山様
入間野市社会福祉協議会　地域福祉課 ご担当者様

お世話になっております。日の出こころの杜病院の真鍋です。
第3回 地域連携会議の日程について、三者でご相談させてください。

候補：
　1) 1月14日(水) 14:00～
　2) 1月16日(金) 10:00～
　3) 1月21日(水) 15:00～

議題は「精神障害にも対応した地域包括ケアシステム」の進捗と、
来年度の家族向け講座の共催についてを予定しています。
ご都合のよい日を12月19日までにお知らせください。

真鍋 拓也
{HOSP} 地域医療連携室
""",
    entities=[], detectors=["multiple_external_domains"],
    note="外部2機関（To と Cc）への通常の日程調整。3者以上ではない",
)

# 026 1人1ブロック：入居検討者5名 → グループホーム
_p = people(5, 1955, 1985)
_rel = ["母", "兄", "長女", "妹", "叔父"]
_blocks = "\n\n".join(
    f"【{i}】{p.name}（{p.hira}）\n"
    f"　生年月日：{p.dob('jp')}（{p.age}歳）\n"
    f"　病名　　：{p.dx}\n"
    f"　服薬　　：{MEDS.get(p.dx, 'リスペリドン 4mg')}（自己管理{['可', '練習中', '可', '不可', '練習中'][i - 1]}）\n"
    f"　家族連絡先：{_rel[i - 1]} {p.sei}様 {p.mobile if i % 2 else p.tel}"
    for i, p in enumerate(_p, 1))
add(
    id="seishinka-026", expect="stop", charset="utf-8",
    sender=S_KIRYU,
    to=[KEYAKI],
    subject="入居検討者の情報提供（5名分）",
    body=f"""グループホームけやき荘
入居担当 森様

お世話になっております。日の出こころの杜病院 退院調整看護師の桐生です。
来春の空き室に向けて、入居をご検討いただきたい方5名の情報をお送りします。
いずれもご本人の見学希望があります。

{_blocks}

見学の日程は各病棟から改めてご連絡します。
よろしくお願いいたします。

桐生 あかね
{HOSP} 看護部
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="入院患者5名を1人1ブロックで（生年月日・病名・服薬・家族の電話）",
)

# 027 パスワード付き ZIP（PPAP）
_p = people(6, 1960, 1990)
add(
    id="seishinka-027", expect="stop", charset="iso-2022-jp",
    sender=S_SAEKI,
    to=[KOMOREBI],
    subject="【送付】モニタリング報告資料（パスワードは別メール）",
    body=f"""相談支援事業所こもれび
佐藤様

お世話になっております。佐伯です。
ご依頼のモニタリング報告資料をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールでお送りします。

ご確認のほどよろしくお願いいたします。
{sig_renkei("佐伯 美穂", "精神保健福祉士", "saeki.miho@hinode-sangyo.co.jp", "215")}
""",
    attachments=[{
        "kind": "zip", "name": "monitoring_202511.zip", "password": "Kc7#pq29hz",
        "files": [{"kind": "xlsx", "name": "モニタリング_11月.xlsx",
                   "sheets": {"一覧": [["氏名", "生年月日", "病名", "状況"]]
                              + [[p.name, p.dob("iso"), p.dx, "安定"] for p in _p]}}],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="暗号化 ZIP で中身を検査できない（PPAP）",
)

# 028 英語：視察の日程と定型免責文（合格）
add(
    id="seishinka-028", expect="pass", charset="utf-8",
    sender=S_HATTORI,
    to=["Dr. Yu-Chen Lin <lin.ycchen@taoyuan-mhc.org.tw>"],
    subject="Study visit to Hinode Kokoro-no-Mori Hospital - draft schedule",
    body=f"""Dear Dr. Lin,

Thank you for your kind reply. We are delighted to welcome your team of four on
3-4 February 2026. Here is the draft schedule:

  Day 1 (Tue 3 Feb)
    10:00  Welcome and overview of the hospital (Director Nogi)
    11:00  Tour: acute ward, day care centre, occupational therapy
    14:00  Lecture: discharge support and the community liaison office
    16:00  Discussion with peer support workers (no patient data shared)

  Day 2 (Wed 4 Feb)
    09:30  Visit to a local community activity support centre
    13:00  Joint seminar on outreach services
    15:30  Closing

We will arrange an interpreter (Mandarin-Japanese) for both days. Could you let me know
your arrival airport so that we can suggest the best route to Irumano?

Best regards,
Kenji
{SIG_EN}
{DISC_EN}
""",
    entities=[], detectors=[],
    note="海外提携先への視察日程。署名と英語の定型免責文のみ",
)

# 029 クレジットカード番号 → 決済代行
_c = card_number(SEED + 1)
add(
    id="seishinka-029", expect="stop", charset="shift_jis",
    sender=S_SHISHIDO,
    to=["ペイライン サポートデスク <support@payline-service.co.jp>"],
    subject="カード決済の手動処理依頼（入院費 11月分）",
    body=f"""ペイラインサービス株式会社
サポートデスク ご担当者様

いつもお世話になっております。日の出こころの杜病院 医事課の宍戸です。
窓口端末の不具合により、お電話で承ったご家族のカード決済を手動処理でお願いしたく存じます。

　加盟店ID　：HN-440921
　カード名義：AKIRA SOMA
　カード番号：{cc4(_c)}
　有効期限　：08/28
　金額　　　：186,420円（一括）
　伝票番号　：IN-2511-0387

処理が完了しましたら承認番号をお知らせください。
{sig_short("宍戸 健一", "医事課", "120")}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="家族のクレジットカード番号・名義・有効期限を決済代行へメール",
)

# 030 入院形態別の件数（統計のみ：合格）
add(
    id="seishinka-030", expect="pass", charset="iso-2022-jp",
    sender=S_IJUIN,
    to=[HC],
    subject="上半期 入院形態別件数のご報告",
    body=f"""狭丘保健所 保健予防課 御中

お世話になっております。日の出こころの杜病院 医療福祉相談室です。
ご依頼のあった令和7年度上半期の入院形態別件数をお送りします。

 月      措置  緊急措置  医療保護  任意  応急
 -----  ----  --------  --------  ----  ----
 4月       1         0        14     9     0
 5月       0         1        11    12     1
 6月       2         0        16     8     0
 7月       1         1        13    10     0
 8月       0         0        12    11     0
 9月       1         0        15     7     1
 合計      5         2        81    57     2

個人が特定される情報は含めておりません。
内訳の詳細が必要でしたら、来庁時に紙でお持ちします。

伊集院 理沙
{HOSP} 医療福祉相談室
""",
    entities=[], detectors=[],
    note="月別の集計値のみ。個人データなし",
)

# 031 PDF の表：デイケア利用実績（受給者番号・病名） → 市役所
_p = people(9, 1958, 1998)
add(
    id="seishinka-031", expect="stop", charset="utf-8",
    sender=S_ONODERA,
    to=["入間野市 障害福祉課 自立支援医療担当 <jiritsu@city.irumano.lg.jp>"],
    subject="デイケア利用実績報告（10月分）",
    body=f"""入間野市 障害福祉課
自立支援医療担当 様

いつもお世話になっております。日の出こころの杜病院 デイケア科の小野寺です。
10月分の利用実績報告書（PDF）を添付いたします。
原本は月末の定期便でお届けします。
{sig_short("小野寺 舞", "デイケア科", "341")}
""",
    attachments=[{
        "kind": "pdf", "name": "デイケア利用実績_202510.pdf",
        "title": "精神科デイケア 利用実績報告（令和7年10月）",
        "lines": ["精神科デイケア 利用実績報告（令和7年10月分）",
                  "医療機関：日の出こころの杜病院　デイケア科", ""],
        "table": [["No", "氏名", "受給者番号", "診断名", "利用日数", "区分"]]
                 + [[i, p.name, f"{_rng.randint(10000000, 99999999)}", f"{p.dx}({p.icd})",
                     _rng.randint(6, 21), ["DC", "DN", "DC", "SC"][i % 4]]
                    for i, p in enumerate(_p, 1)],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF の表に利用者9名の氏名・自立支援医療受給者番号・診断名",
)

# 032 社内のみ：家族会名簿 CSV
_p = people(16, 1940, 1972)
add(
    id="seishinka-032", expect="pass", charset="cp932",
    sender=S_CHIBA,
    to=["総務課 <somu@hinode-sangyo.co.jp>"],
    subject="家族会名簿 最新版（会費納入状況つき）",
    body=f"""総務課の皆さん

千葉です。家族会の名簿を更新しました（会費の納入状況を追加しています）。
年末の会計監査で使うので、保存先は総務課フォルダのみとしてください。

千葉
""",
    attachments=[{
        "kind": "csv", "name": "kazokukai_meibo_202511.csv", "encoding": "utf-8",
        "rows": [["氏名", "郵便番号", "住所", "電話", "R7会費"]]
                + [[p.name, p.zip, p.addr, p.tel, ["済", "済", "未"][i % 3]] for i, p in enumerate(_p)],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="会員名簿の CSV だが宛先は社内のみ",
)

# 033 診療情報提供（1名・要配慮） → 内科クリニック
_p = P(_rng, 1990, 1990)
add(
    id="seishinka-033", expect="stop", charset="iso-2022-jp",
    sender=S_NOGI,
    to=["やまぶき内科クリニック 院長 <in@yamabuki-naika.jp>"],
    subject=f"診療情報提供（御侍史）{_p.name}様",
    body=f"""やまぶき内科クリニック
院長 先生 御侍史

平素より大変お世話になっております。日の出こころの杜病院の野木です。
先日お電話でご相談した患者さんについて、取り急ぎメールで情報提供いたします。
（正式な診療情報提供書は郵送いたします）

　患者氏名：{_p.name}様
　生年月日：{_p.dob('fwshort')}
　診断：双極性障害II型（F31.8）
　処方：炭酸リチウム 600mg/日、ラモトリギン 100mg/日
　直近の血中リチウム濃度：0.82 mEq/L（11月5日）
　既往：甲状腺機能低下症の疑い（TSH 7.2）

甲状腺機能の精査とフォローをお願いできればと存じます。
ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。

日の出こころの杜病院 精神科
野木 俊介
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="患者1名の診断・処方・検査値（要配慮）を他院へメール",
)

# 034 産業医1名の連絡先（合格・警告可）
add(
    id="seishinka-034", expect="pass", charset="utf-8",
    sender=S_SAEKI,
    to=[STEPWORK],
    subject="北国フーズ 産業医の先生のご連絡先",
    body=f"""水野様

お世話になっております。佐伯です。
先日お問い合わせのあった、北国フーズさんの産業医の先生の連絡先です。
先生ご本人から、ステップワークさんにお伝えしてよいとご了承をいただいています。

　北国フーズ株式会社 健康管理室
　産業医　森永 敦子 先生
　直通　049-283-6120
　メール morinaga.a@kitaguni-foods.co.jp

面談の調整は健康管理室経由でとのことでした。
よろしくお願いいたします。

佐伯
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="取引先の産業医1名の業務上の連絡先のみ",
)

# 035 フリーメールの個人4名を To に並べる
add(
    id="seishinka-035", expect="stop", charset="iso-2022-jp",
    sender=S_CHIBA,
    to=["村井 和代 <murai.himawari@yahoo.co.jp>", "芳賀 昭二 <haga.shoji1951@gmail.com>",
        "南雲 文江 <fumie-n@docomo.ne.jp>", "比嘉 信之 <higa.nobu@icloud.com>"],
    subject="12月 役員会のご案内（ひまわり会）",
    body=f"""ひまわり会 役員の皆さま

いつもお世話になっております。家族会事務局の千葉です。
12月の役員会を下記のとおり開催します。

　日時：12月13日(土) 10:00〜11:30
　場所：日の出こころの杜病院 本館1階 多目的室
　議題：・来年度の講演会テーマ
　　　　・会報の発行回数について
　　　　・会費の見直し

ご都合が悪い方は事務局までご連絡ください。

千葉 亮介（家族会事務局）
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="家族会役員（個人4名・フリーメール）のアドレスを To で互いに見える状態で送信",
)

# 036 DOCX の表：認知症病棟 退院調整 → 地域包括
_p = people(5, 1932, 1948)
for p in _p:
    p.dx, p.icd = _rng.choice(DX_ELDER)
add(
    id="seishinka-036", expect="stop", charset="utf-8",
    sender=S_IJUIN,
    to=["扇台地域包括支援センター <ougidai-houkatsu@irumano-shakyo.or.jp>"],
    subject="ケース会議資料（認知症治療病棟 退院調整 5名）",
    body=f"""扇台地域包括支援センター
ご担当者様

お世話になっております。日の出こころの杜病院の伊集院です。
来週のケース会議の資料（Word）を添付いたします。
事前にお目通しいただけますと幸いです。

伊集院 理沙
{HOSP} 医療福祉相談室
""",
    attachments=[{
        "kind": "docx", "name": "ケース会議資料_1202.docx",
        "paragraphs": ["ケース会議資料（認知症治療病棟 退院調整）", "日時：12月2日(火) 13:30～",
                       "対象者一覧"],
        "tables": [[["氏名", "年齢", "住所", "要介護度", "診断", "退院先の希望", "キーパーソン"]]
                   + [[p.name, f"{p.age}", p.addr, f"要介護{1 + i % 4}", p.dx,
                       ["自宅", "特養", "サ高住", "老健", "自宅"][i], ["長男", "妻", "長女", "次男", "姪"][i]]
                      for i, p in enumerate(_p)]],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX の表に高齢患者5名の住所・要介護度・認知症の診断",
)

# 037 返信：-----Original Message----- の下に保健所からのリスト（合格）
_p = people(6, 1960, 1995)
_q = "\n".join(f"{p.name}　{p.dob('iso')}　{p.addr_short}" for p in _p)
add(
    id="seishinka-037", expect="pass", charset="cp932",
    sender=S_SAEKI,
    to=[HC_HAYAMA],
    subject="RE: 長期未受診者の状況確認について",
    body=f"""葉山様

お世話になっております。佐伯です。
ご照会の件、院内で確認いたしました。
当院に通院歴のある方は2名で、うち1名は昨年転居されています。
詳細はメールではなく、明日お電話でお伝えします。

佐伯

-----Original Message-----
From: 葉山 奈津子 <hayama.n@hokenjo.sakaoka.lg.jp>
Sent: Thursday, November 20, 2025 4:12 PM
To: 佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>
Subject: 長期未受診者の状況確認について

日の出こころの杜病院
佐伯様

狭丘保健所の葉山です。
下記の方々について、貴院での受診歴の有無を確認させていただけますでしょうか。

{_q}

お手数をおかけしますが、よろしくお願いいたします。
""",
    entities=[], detectors=[],
    note="名簿は相手（保健所）からのメールの引用部のみ。新しい本文に個人データなし",
)

# 038 健康保険証の記号・番号 → 訪問看護
_p = P(_rng, 1996, 1996)
add(
    id="seishinka-038", expect="stop", charset="shift_jis",
    sender=S_KIRYU,
    to=[AOZORA],
    subject=f"訪問看護開始に伴う保険情報（{_p.sei}様）",
    body=f"""訪問看護ステーションあおぞら
沢井様

お世話になっております。桐生です。
12月から訪問開始となる方の保険情報をお送りします。

　氏名　　　　：{_p.name}（{_p.kana}）
　生年月日　　：{_p.dob('iso')}
　保険者　　　：全国健康保険協会 埼玉支部（保険者番号 01110012）
　被保険者証　：記号 3214055　番号 18
　自立支援医療：受給者番号 11240938（上限額 5,000円）
　病名　　　　：{_p.dx}

受給者証の写しは初回訪問時にご本人からご提示いただく予定です。

桐生
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="患者1名の健康保険証の記号・番号、自立支援医療、病名",
)

# 039 単価表（合格）
add(
    id="seishinka-039", expect="pass", charset="shift_jis",
    sender=S_ONODERA,
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    subject="デイケア昼食 来年度単価のお見積りについて",
    body=f"""北国フーズ株式会社
給食事業部 ご担当者様

お世話になっております。日の出こころの杜病院 デイケア科の小野寺です。
来年度のデイケア昼食について、現行の単価表を下記に記載します。
食材高騰の件は承知しておりますので、改定案をお示しいただければ検討いたします。

　品番　　　メニュー区分　　　　　現行単価（税抜）
　KF-D01　　常食（日替わり）　　　　　480円
　KF-D02　　常食（麺・丼）　　　　　　450円
　KF-D11　　エネルギー調整食　　　　　520円
　KF-D21　　きざみ食　　　　　　　　　500円
　KF-D31　　ソフト食　　　　　　　　　560円
　KF-X01　　行事食加算（月1回）　　　＋120円

1日あたり平均42食、年間約10,000食の見込みです。
見積書は1月末までにいただけますと助かります。

小野寺
""",
    entities=[], detectors=[],
    note="品番と単価の一覧（価格表）。個人データなし",
)

# 040 類似ドメイン（shirakawa-law.co.jp：co. 追加）
add(
    id="seishinka-040", expect="stop", charset="utf-8",
    sender=S_IJUIN,
    to=["白川 誠一郎 先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="成年後見申立ての打合せ日程について",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出こころの杜病院の伊集院です。
先日ご相談した成年後見申立ての件、打合せの日程をご相談させてください。

　・12月3日(水) 午後
　・12月5日(金) 午前
　・12月8日(月) 終日

ご家族（申立人）も同席を希望されています。
当院にお越しいただくか、事務所に伺うか、どちらでも対応可能です。

伊集院 理沙
{HOSP} 医療福祉相談室　TEL {HOSP_TEL}
""",
    entities=[], detectors=["lookalike_domain"],
    note="取引先 shirakawa-law.jp の類似ドメイン shirakawa-law.co.jp 宛",
)

# 041 PPTX の研修スライドに実名の対象者一覧
_p = people(6, 1950, 1972)
add(
    id="seishinka-041", expect="stop", charset="iso-2022-jp",
    sender=S_SAEKI,
    to=["精神保健福祉センター 研修担当 <kenshu@mhwc.sakaoka.lg.jp>"],
    subject="研修発表スライド（当院の地域移行の取り組み）",
    body=f"""精神保健福祉センター
研修担当 ご担当者様

お世話になっております。日の出こころの杜病院の佐伯です。
1月の実践報告会で発表するスライドをお送りします。
配布資料として印刷される場合は、このファイルをそのままお使いください。

佐伯 美穂
{HOSP} 地域医療連携室
""",
    attachments=[{
        "kind": "pptx", "name": "地域移行の取り組み_日の出こころの杜病院.pptx",
        "slides": [
            ["当院の地域移行の取り組み", "日の出こころの杜病院 地域医療連携室", "精神保健福祉士 佐伯 美穂"],
            ["背景", "長期入院者（1年以上）：112名（2023年4月）", "地域移行機能強化病棟の準備"],
            ["今年度の退院者一覧"] + [f"{p.name}（{p.age}歳）{p.dx} 入院{_rng.randint(8, 30)}年 → "
                               f"{['GH', 'アパート単身', '実家', 'GH', '救護施設', 'アパート単身'][i]}"
                               for i, p in enumerate(_p)],
            ["成果と課題", "退院後1年の再入院率 12%", "住まいの確保と日中活動の場が課題"],
        ],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTX のスライドに退院者6名の実名・年齢・病名・入院年数",
)

# 042 社内のみ：社外秘の経営会議資料
add(
    id="seishinka-042", expect="pass", charset="utf-8",
    sender=S_MANABE,
    to=["院長室 <incho@hinode-sangyo.co.jp>", "事務長 <jimucho@hinode-sangyo.co.jp>"],
    cc=["看護部長 <kango-bucho@kokoro.hinode-sangyo.co.jp>"],
    subject="経営会議資料（病床再編）事前送付",
    body="""院長、事務長、看護部長

真鍋です。来週の経営会議資料を事前にお送りします。
社外秘扱いですので、印刷は会議当日分のみでお願いします。

真鍋
""",
    attachments=[{
        "kind": "pptx", "name": "経営会議_病床再編_v3.pptx", "page_footer": "社外秘",
        "slides": [["病床再編計画 v3", "経営会議 2025年12月"],
                   ["現状", "病床稼働率 86.4%", "平均在院日数 248日"],
                   ["再編案", "急性期 60→48床", "第5病棟 → 地域移行機能強化病棟"]],
    }],
    entities=[], detectors=[],
    note="「社外秘」のスライドだが宛先はすべて社内",
)

# 043 DOCX のヘッダーに「社外秘」 → 訪問看護
add(
    id="seishinka-043", expect="stop", charset="cp932",
    sender=S_KIRYU,
    to=[AOZORA],
    subject="地域連携クリニカルパス改定案へのご意見のお願い",
    body=f"""訪問看護ステーションあおぞら
沢井様

お世話になっております。桐生です。
院内で検討中の地域連携クリニカルパス（退院前後の支援）の改定案を添付します。
訪問看護の立場からご意見をいただけますと大変助かります。
12月12日(金)までにいただければ、院内の委員会に反映いたします。

桐生 あかね
""",
    attachments=[{
        "kind": "docx", "name": "地域連携パス改定案_v2.docx", "page_header": "社外秘",
        "title": "地域連携クリニカルパス改定案",
        "paragraphs": ["地域連携クリニカルパス（退院支援）改定案 第2版",
                       "1. 退院3か月前：退院支援委員会で対象者を選定",
                       "2. 退院2か月前：関係機関による退院前カンファレンス",
                       "3. 退院1か月前：退院前訪問（訪問看護同行）",
                       "4. 退院後1週間以内：訪問看護初回訪問",
                       "5. 退院後3か月：評価カンファレンス"],
    }],
    entities=[], detectors=["confidential_marking"],
    note="添付 DOCX のヘッダーに「社外秘」の区分表示",
)

# 044 英語の返信：引用部（On … wrote:）に訪問者の旅券番号（合格）
add(
    id="seishinka-044", expect="pass", charset="utf-8",
    sender=S_HATTORI,
    to=["Maria Ortega <m.ortega@salud-mental.uvalle.edu>"],
    subject="Re: Visitor registration for the December workshop",
    body=f"""Dear Maria,

Thank you. All three of you are now registered, and the guest passes will be ready at
the reception desk on the first morning. Lunch is provided on both days.

Looking forward to seeing you in Irumano.

Kenji
{SIG_EN}

On Tue, 4 Nov 2025 at 18:22, Maria Ortega <m.ortega@salud-mental.uvalle.edu> wrote:
> Dear Kenji,
>
> For the hospital's visitor registration, here are our details:
>
>   Maria Ortega Ruiz   - passport XDB318274, born 14/03/1979
>   Pablo Herrera Gil   - passport PAB552091, born 02/11/1985
>   Lucia Fernandez Mora - passport LFM770143, born 27/06/1990
>
> Best wishes,
> Maria
""",
    entities=[], detectors=[],
    note="訪問者の旅券番号・生年月日は相手から届いたメールの引用部のみ",
)

# 045 ZIP（パスワードなし）に CSV と XLSX → 障害者職業センター
_p = people(6, 1980, 2001)
add(
    id="seishinka-045", expect="stop", charset="utf-8",
    sender=S_IJUIN,
    to=["障害者職業センター ジョブコーチ担当 <jobcoach@saitama-shokugyo.or.jp>"],
    subject="ジョブコーチ支援 申請対象者資料（ZIP）",
    body=f"""障害者職業センター
ジョブコーチ担当 ご担当者様

お世話になっております。日の出こころの杜病院の伊集院です。
ジョブコーチ支援の申請対象者資料をZIPにまとめて送付いたします。
（一覧のCSVと、支援計画案のExcelが入っています）

伊集院 理沙
""",
    attachments=[{
        "kind": "zip", "name": "jobcoach_shinsei_202512.zip",
        "files": [
            {"kind": "csv", "name": "対象者一覧.csv", "encoding": "utf-8",
             "rows": [["氏名", "生年月日", "診断名", "手帳", "携帯", "就職先"]]
                     + [[p.name, p.dob("dash"), p.dx, ["精神2級", "精神3級"][i % 2], p.mobile,
                         ["北国フーズ", "青葉運輸", "川崎電機", "市内スーパー", "物流倉庫", "清掃会社"][i]]
                        for i, p in enumerate(_p)]},
            {"kind": "xlsx", "name": "支援計画案.xlsx",
             "sheets": {"計画": [["氏名", "支援期間", "重点課題"]]
                        + [[p.name, "3か月", ["対人緊張", "疲労管理", "作業手順の理解"][i % 3]]
                           for i, p in enumerate(_p)]}},
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP 内の CSV に6名の生年月日・診断名・手帳・携帯",
)

# 046 講演会チラシ PDF → 社協（合格）
add(
    id="seishinka-046", expect="pass", charset="shift_jis",
    sender=S_CHIBA,
    to=[SHAKYO],
    subject="家族会公開講演会チラシ 掲示のお願い",
    body=f"""入間野市社会福祉協議会
地域福祉課 ご担当者様

お世話になっております。日の出こころの杜病院 家族会事務局の千葉です。
来年3月の公開講演会のチラシができましたので、窓口への掲示・配架をお願いできますでしょうか。
紙のチラシは50部、来週お届けに伺います。

千葉 亮介
{HOSP} 総務課（家族会事務局）　TEL {HOSP_TEL}
""",
    attachments=[{
        "kind": "pdf", "name": "kouenkai_2026_chirashi.pdf", "title": "公開講演会チラシ",
        "lines": ["ひまわり会（日の出こころの杜病院 家族会）公開講演会",
                  "「こころの病気と回復 ― 家族にできること」",
                  "日時：2026年3月14日（土）13:30～15:30",
                  "会場：入間野市民会館 小ホール",
                  "参加費：無料（申込不要・先着150名）",
                  "講師：精神科医・当事者の家族による対談",
                  "問合せ：日の出こころの杜病院 家族会事務局 04-2934-5100"],
    }],
    entities=[], detectors=[],
    note="講演会チラシ。病院の代表電話のみで個人データなし",
)

# 047 転送（FW:）：保健所からの未受診者リストを訪問看護へ
_p = people(5, 1965, 1995)
_list = "\n".join(
    f"{i}. {p.name}（{p.age}歳）\n   {p.addr}\n   TEL {p.mobile}\n   {p.dx}、{_rng.randint(2020, 2024)}年から通院中断"
    for i, p in enumerate(_p, 1))
add(
    id="seishinka-047", expect="stop", charset="cp932",
    sender=S_SAEKI,
    to=[AOZORA],
    subject="FW: 未受診者への訪問支援について（保健所より）",
    body=f"""あおぞら 沢井様

お世話になっております。佐伯です。
保健所の葉山さんから下記の依頼がありましたので転送します。
このうち、あおぞらさんの訪問エリアにお住まいの方について、
保健所との同行訪問が可能かご検討いただけますでしょうか。

佐伯

---------- Forwarded message ---------
From: 葉山 奈津子 <hayama.n@hokenjo.sakaoka.lg.jp>
Date: 2025年11月18日(火) 17:05
Subject: 未受診者への訪問支援について
To: 佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>

佐伯様

保健所の葉山です。治療中断となっている下記の方々について、
アウトリーチでの支援を検討しております。

{_list}

ご協力いただける事業所をご紹介いただけますと助かります。
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="保健所のメールを別の事業者へ転送：転送部分は新たな開示で、5名の住所・電話・病名を含む",
)

# 048 社内のみ：パスワード付き ZIP
add(
    id="seishinka-048", expect="pass", charset="iso-2022-jp",
    sender=S_SHISHIDO,
    to=["医事課 <iji@hinode-sangyo.co.jp>"],
    cc=["経理 <keiri@hinode-sangyo.co.jp>"],
    subject="未収金一覧（11月末）",
    body="""医事課・経理の皆さま

宍戸です。11月末時点の未収金一覧を送ります。
パスワードはいつもの共有ルールのものです。

宍戸
""",
    attachments=[{
        "kind": "zip", "name": "mishukin_202511.zip", "password": "hinode-iji-1130",
        "files": [{"kind": "csv", "name": "mishukin.csv",
                   "rows": [["患者ID", "金額"], ["100231", "52000"], ["100877", "18400"]]}],
    }],
    entities=[], detectors=[],
    note="暗号化 ZIP だが宛先はすべて社内",
)

# 049 運転免許証番号（申立人）・本人の認知症 → 白川法律事務所
_p = P(_rng, 1939, 1939)
_p.dx = "アルツハイマー型認知症"
_s = P(_rng, 1966, 1966)
add(
    id="seishinka-049", expect="stop", charset="iso-2022-jp",
    sender=S_IJUIN,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject=f"成年後見申立て書類（{_p.sei}様）の件",
    body=f"""白川法律事務所
白川先生

お世話になっております。日の出こころの杜病院の伊集院です。
成年後見の申立てについて、申立書に記載する事項をまとめました。

■本人
　氏名：{_p.name}
　生年月日：{_p.dob('long')}
　住所：{_p.addr}
　病名：{_p.dx}（HDS-R 9点、MMSE 11点）
　当院 認知症治療病棟に入院中（令和7年8月〜）

■申立人（長男）
　氏名：{_p.sei} {_s.mei}
　住所：{_s.addr}
　本人確認書類：運転免許証 第{_rng.randint(30, 39)}{_rng.randint(1000000000, 9999999999)}号

診断書（成年後見用）は主治医が作成済みで、原本を郵送いたします。
よろしくお願いいたします。

伊集院 理沙
""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="本人の認知症の診断・検査結果と申立人の運転免許証番号を法律事務所へ",
)

# 050 どちらとも：ご家族（フリーメール）へ退院前カンファの日程
_p = P(_rng, 1944, 1950)
add(
    id="seishinka-050", expect="either", charset="utf-8",
    sender=S_KIRYU,
    to=[f"{_p.sei} 彩 <{_p.sei_ro.lower()}.aya0712@gmail.com>"],
    subject="退院前カンファレンスの日程について",
    body=f"""{_p.sei} 様

いつもお世話になっております。日の出こころの杜病院 退院調整看護師の桐生です。
お父様（{_p.name} 様）の退院前カンファレンスの日程が決まりましたのでご連絡します。

　日時：11月20日(木) 14:00～15:00
　場所：3階東病棟 面談室
　出席：主治医、病棟看護師、精神保健福祉士、ケアマネジャー

お父様の最近のご様子もその際にお伝えします。
ご都合が悪い場合は病棟までお電話ください。

桐生 あかね
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient"],
    note="患者の入院（要配慮）に触れるが、宛先は本人の家族（キーパーソン）本人のアドレス。判断が分かれる",
)

# 051 破損した XLSX → 市役所
add(
    id="seishinka-051", expect="stop", charset="shift_jis",
    sender=S_SHISHIDO,
    to=["入間野市 障害福祉課 自立支援医療担当 <jiritsu@city.irumano.lg.jp>"],
    subject="自立支援医療 上限額管理票の集計（10月分）",
    body=f"""入間野市 障害福祉課
自立支援医療担当 様

お世話になっております。日の出こころの杜病院 医事課の宍戸です。
10月分の上限額管理票の集計ファイルをお送りします。
ご確認のほどよろしくお願いいたします。
{sig_short("宍戸 健一", "医事課", "120")}
""",
    attachments=[{"kind": "corrupt", "name": "上限額管理_集計_202510.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="添付 XLSX が壊れていて検査できない",
)

# 052 2機関：職場実習の相談（合格）
add(
    id="seishinka-052", expect="pass", charset="iso-2022-jp",
    sender=S_SAEKI,
    to=["北国フーズ 人事部 採用グループ <jinji@kitaguni-foods.co.jp>"],
    cc=[STEPWORK],
    subject="職場実習の受入れについて（ご相談）",
    body=f"""北国フーズ株式会社
人事部 採用グループ ご担当者様
（cc：ステップワーク入間野 水野様）

いつもお世話になっております。日の出こころの杜病院 地域医療連携室の佐伯です。

就労移行支援を利用中の方1名について、貴社工場（入間野第二工場）での
職場実習（2週間・1日4時間程度）の受入れが可能か、ご相談させてください。

実習中の支援はステップワークさんのスタッフが担当し、当院は医療面のフォローを行います。
一度、工場見学の機会をいただけますと幸いです。

佐伯 美穂
{HOSP} 地域医療連携室　TEL {HOSP_TEL}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="外部2組織（To と Cc）への相談。対象者は特定されない",
)

# 053 在留カード番号・病状 → 国際交流協会
add(
    id="seishinka-053", expect="stop", charset="utf-8",
    sender=S_IJUIN,
    to=["入間野市国際交流協会 医療通訳担当 <tsuyaku@irumano-kokusai.or.jp>"],
    subject="医療通訳派遣の依頼（ベトナム語）",
    body=f"""入間野市国際交流協会
医療通訳担当 御中

お世話になっております。日の出こころの杜病院 医療福祉相談室の伊集院です。
下記のとおりベトナム語の医療通訳の派遣をお願いいたします。

　患者氏名　：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　国籍　　　：ベトナム
　在留カード：UH48217305FA（在留資格：技能実習）
　状況　　　：10月末より当院入院中。急性ストレス反応・抑うつ状態。
　　　　　　　実習先でのトラブルがきっかけとのこと
　日時　　　：12月4日(木) 10:00～11:30（主治医面談・今後の治療方針の説明）

監理団体の担当者も同席予定です。よろしくお願いいたします。

伊集院 理沙（精神保健福祉士）
""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="外国籍患者1名の在留カード番号と病状を外部団体へ",
)

# 054 見学の依頼（合格）
add(
    id="seishinka-054", expect="pass", charset="cp932",
    sender=S_ONODERA,
    to=[HIDAMARI],
    subject="デイケアメンバーの見学のお願い",
    body=f"""地域活動支援センターひだまり
ご担当者様

いつもお世話になっております。日の出こころの杜病院 デイケア科の小野寺です。
デイケアの「地域を知ろう」プログラムで、ひだまりさんを見学させていただけないでしょうか。

　希望日：11月25日(火) または 11月27日(木) 13:30～15:00
　人数　：メンバー10名程度、職員2名引率
　内容　：施設のご案内、活動の紹介、創作活動の体験（可能でしたら）

お忙しいところ恐縮ですが、ご検討いただけますと幸いです。
{sig_short("小野寺 舞", "デイケア科", "341")}
""",
    entities=[], detectors=[],
    note="見学依頼。人数のみで個人は特定されない",
)

# 055 XLS（旧形式）：口座振替依頼 → みどり銀行
_p = people(12, 1940, 1975)
add(
    id="seishinka-055", expect="stop", charset="utf-8",
    sender=S_CHIBA,
    to=["みどり銀行 入間野支店 法人営業課 <irumano-houjin@midori-ginko.co.jp>"],
    subject="家族会会費 口座振替依頼データ（12月引落分）",
    body=f"""みどり銀行 入間野支店
法人営業課 ご担当者様

いつもお世話になっております。日の出こころの杜病院 総務課の千葉です。
家族会会費の口座振替依頼データ（12月26日引落分）を添付いたします。
いつもの伝送サービスが利用できなかったため、今回はメールでの送付となります。

件数：12件　合計金額：36,000円

よろしくお願いいたします。
千葉 亮介
""",
    attachments=[{
        "kind": "xls", "name": "furikae_202512.xls",
        "sheets": {"振替依頼": [["顧客番号", "預金者名（カナ）", "支店番号", "科目", "口座番号", "金額"]]
                   + [[f"K{3100 + i}", p.kana, f"{_rng.randint(100, 899)}", "普通",
                       f"{_rng.randint(1000000, 9999999)}", 3000] for i, p in enumerate(_p)]},
    }],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="会員12名の預金者名・口座番号の XLS（旧形式）を銀行へメール",
)

# 056 講師2名の当日連絡先（合格・警告可）
add(
    id="seishinka-056", expect="pass", charset="shift_jis",
    sender=S_MANABE,
    to=["入間野市民会館 管理事務所 <kanri@irumano-bunka.or.jp>"],
    subject="1/24 研修会 当日の講師連絡先",
    body=f"""入間野市民会館 管理事務所 御中

お世話になっております。日の出こころの杜病院の真鍋です。
1月24日の研修会（小ホール利用）について、講師お二人の当日連絡先をお知らせします。
搬入口の案内などでご連絡いただく場合はこちらへお願いします。

　・長谷部 千景 先生（保健師）　　090-2274-6618
　・今泉 恭平 先生（弁護士）　　　080-5530-1947

主催者側の責任者は私（真鍋）で、当日は 080-4417-2093 に出られます。
よろしくお願いいたします。

真鍋 拓也
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="講師2名の携帯のみ（1～4名の連絡先）",
)

# 057 信仰（輸血拒否）・病名：1名 → 総合病院
_p = P(_rng, 1977, 1977)
add(
    id="seishinka-057", expect="stop", charset="iso-2022-jp",
    sender=S_NOGI,
    to=["入間野総合病院 地域医療連携室 <renkei@irumano-general.or.jp>"],
    subject="転院のご相談（輸血拒否の意思表示あり）",
    body=f"""入間野総合病院
地域医療連携室 御中

いつもお世話になっております。日の出こころの杜病院 精神科の野木です。
当院入院中の患者さんについて、婦人科手術目的の転院をご相談させてください。

　患者：{_p.name}様（{_p.dob('long')}生、{_p.age}歳）
　精神科診断：統合失調症（病状は安定、疎通良好）
　身体：子宮筋腫（貧血 Hb 8.9）、手術適応ありと前医で説明済み
　その他：エホバの証人の信者で、輸血拒否の意思表示カードを所持されています。
　　　　　無輸血での手術が可能かどうかも含めてご検討いただけますと幸いです。

受入れ可能でしたら、診療情報提供書をお送りします。
何卒よろしくお願いいたします。

野木 俊介
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="患者1名の信仰（信条）と精神科診断・身体疾患を他院へ",
)

# 058 社内のみ：職員の個人番号（年末調整）
_p = people(6, 1965, 1998)
add(
    id="seishinka-058", expect="pass", charset="utf-8",
    sender=S_TAKAMURA,
    to=["給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    subject="年末調整 扶養控除等申告書の個人番号（連携室分）",
    body="""給与担当 ご担当者様

人事の高村です。地域医療連携室・デイケア科の扶養控除等申告書のうち、
個人番号の記載漏れがあった6名分を確認してまとめました。
原本は社内便で回します。

高村 ひとみ
""",
    attachments=[{
        "kind": "xlsx", "name": "個人番号_追記分.xlsx",
        "sheets": {"追記": [["職員番号", "氏名", "生年月日", "個人番号"]]
                   + [[f"E{20451 + i}", p.name, p.dob("iso"), my_number(SEED + 2 + i)]
                      for i, p in enumerate(_p)]},
    }],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="職員6名の個人番号だが宛先は社内のみ",
)

# 059 カンマ区切りの本文：訪問薬剤管理の対象者 → 薬局
_p = people(6, 1945, 1985)
_rx = ["リスペリドン内用液 2mL", "オランザピン 10mg", "炭酸リチウム 400mg", "アリピプラゾール 6mg",
       "ブロナンセリン 8mg", "クロザピン 200mg"]
_rows = "\n".join(f"P{40210 + i},{p.name},{p.addr_short},{p.tel},{p.dx},{_rx[i]}" for i, p in enumerate(_p))
add(
    id="seishinka-059", expect="stop", charset="shift_jis",
    sender=S_KIRYU,
    to=["ほしの薬局 在宅担当 <zaitaku@hoshino-pharmacy.jp>"],
    subject="訪問薬剤管理 対象者（12月分）",
    body=f"""ほしの薬局
在宅担当 薬剤師様

お世話になっております。日の出こころの杜病院の桐生です。
12月の訪問薬剤管理の対象者です。処方箋はFAXで別途お送りします。

患者ID,氏名,住所,電話,病名,主な処方
{_rows}

服薬カレンダーのセットもいつも通りお願いいたします。

桐生
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="患者6名の住所・電話・病名・処方をカンマ区切りで本文に",
)

# 060 着任挨拶と署名（合格）
add(
    id="seishinka-060", expect="pass", charset="iso-2022-jp",
    sender=S_MANABE,
    to=["入間野市 障害福祉課 課長 <shogai-fukushi@city.irumano.lg.jp>"],
    subject="着任のご挨拶",
    body=f"""入間野市 障害福祉課
課長 様

拝啓 晩秋の候、貴課におかれましてはますますご清栄のこととお慶び申し上げます。

さて、私こと
このたび11月1日付で、日の出こころの杜病院 地域医療連携室 室長に着任いたしました。
前任の横山同様、地域の皆さまとの連携を大切にしてまいります。
近いうちに改めてご挨拶に伺いたく存じます。

今後ともご指導ご鞭撻のほど、よろしくお願い申し上げます。
敬具

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
医療法人社団 日の出会（日の出産業グループ）
日の出こころの杜病院
地域医療連携室 室長　真鍋 拓也（まなべ たくや）
精神保健福祉士・社会福祉士
{HOSP_ADDR}
TEL {HOSP_TEL}（代表）／内線 210　FAX 04-2934-5109
携帯 080-4417-2093
E-mail manabe.takuya@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""",
    entities=[], detectors=[],
    note="着任挨拶。連絡先は送信者自身の署名のみ",
)

# 061 外部3組織を To/Cc に並べ、患者の病状も（可視性＋要配慮）
_p = P(_rng, 1986, 1986)
add(
    id="seishinka-061", expect="stop", charset="utf-8",
    sender=S_SAEKI,
    to=["川崎電機 人事部 健康管理グループ <kenko-kanri@kawasaki-denki.co.jp>"],
    cc=["こころEAP カウンセリング室 <counsel@kokoro-eap.co.jp>", STEPWORK],
    subject=f"リワーク経過報告（{_p.sei}様）",
    body=f"""関係者各位

お世話になっております。日の出こころの杜病院の佐伯です。
{_p.name}様のリワークプログラムの経過をご報告します。

・診断：適応障害 → うつ病（再発）
・出席率：10月 92%、11月 95%
・集団プログラムでの発言も増え、生活リズムは安定
・課題：午後の集中力低下、上司との関係への不安が残る

主治医としては、1月からの試し出勤が可能と判断しています。
次回の合同面談は12月17日(水) 15時を予定しています。

佐伯
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["external_recipients_visible", "multiple_external_domains", "personal_data"],
    note="外部3組織が互いに見える宛先で、従業員1名の病名と経過（要配慮）",
)

# 062 配送の問い合わせ番号（合格）
add(
    id="seishinka-062", expect="pass", charset="cp932",
    sender=S_CHIBA,
    to=["青葉運輸 入間野営業所 <haisou@aoba-unyu.co.jp>"],
    subject="パンフレット配送の件（お問い合わせ番号のご連絡）",
    body=f"""青葉運輸株式会社
入間野営業所 ご担当者様

お世話になっております。日の出こころの杜病院 総務課の千葉です。
本日集荷いただいたパンフレットの配送について、お問い合わせ番号をお知らせします。

　お問い合わせ番号：4417-2209-8861
　弊院注文番号　　：PO-25-0311
　個数　　　　　　：段ボール3箱（A4パンフレット 1,500部）
　お届け先　　　　：入間野市社会福祉協議会（入間野市豊岡2-1-8）
　希望日時　　　　：11月27日(木) 午前中

お届け先の受付は平日9時からです。よろしくお願いいたします。

千葉
""",
    entities=[], detectors=[],
    note="問い合わせ番号・注文番号と届け先（団体の所在地）のみ",
)

# 063 氏名なしの研究データ（ID・生年月日・住所・電話・診断） → 大学
_p = people(7, 1960, 1995)
_rows = "\n".join(f"{'R2-' + str(1031 + i):<9}{p.dob('dash'):<12}{pad(p.addr_short, 34)}{p.mobile:<15}"
                  f"{p.icd:<7}{_rng.randint(48, 96)}" for i, p in enumerate(_p))
add(
    id="seishinka-063", expect="stop", charset="utf-8",
    sender=S_HATTORI,
    to=["小川 啓子 先生 <k-ogawa@musashino-med.ac.jp>"],
    subject="共同研究 データ送付（第2回抽出分）",
    body=f"""武蔵野医療大学
小川先生

お世話になっております。日の出こころの杜病院の服部です。
共同研究の第2回抽出分をお送りします。氏名は外してあります。
追跡調査の連絡用に住所と電話は残しています。

研究ID   生年月日    住所                              電話           ICD    PANSS
-------- ----------- --------------------------------- -------------- ------ -----
{_rows}

次回抽出は2月を予定しています。

服部
""",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名列のない7名分の生年月日・住所・電話・診断コード（名簿にあたる）",
)

# 064 類似ドメイン（キリル文字の а を含む IDN：ツバサシステム）
add(
    id="seishinka-064", expect="stop", charset="cp932",
    sender=S_SHISHIDO,
    to=[f"ツバサシステム サポート <support@{HOMOGLYPH_TSUBASA}>"],
    subject="電子カルテ 地域連携モジュールの仕様確認",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出こころの杜病院 医事課の宍戸です。
地域連携モジュールについて、以下2点を確認させてください。

1. 紹介状の様式に「精神保健福祉法上の入院形態」欄を追加できるか
2. 連携先の事業所マスタをCSVで一括登録できるか

来月の運用委員会で報告したいため、12月5日頃までにご回答いただけますと助かります。
{sig_short("宍戸 健一", "医事課", "120")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="取引先 tsubasa-system.jp に見せかけた同形異字（キリル文字 а）の IDN ドメイン宛",
)

# 065 匿名化した事例（合格）
add(
    id="seishinka-065", expect="pass", charset="iso-2022-jp",
    sender=S_SAEKI,
    to=["埼玉県精神保健福祉士協会 研修委員会 <kenshu@saitama-psw.or.jp>"],
    subject="事例検討会 提出事例（匿名化済み）",
    body="""研修委員会 ご担当者様

お世話になっております。日の出こころの杜病院の佐伯です。
1月の事例検討会の提出事例をお送りします。個人が特定されないよう加工済みです。

【事例】A氏　40代　男性
・20代で発症した統合失調症。入院歴3回、直近の入院は約8年。
・両親は他界し、きょうだいとは疎遠。
・退院に向けてグループホームの体験利用を始めたが、金銭管理で支援者と対立。
・検討したい点：本人の「自分で決めたい」気持ちと、支援者の不安をどう折り合わせるか。

当日は口頭で補足します。よろしくお願いいたします。

佐伯 美穂
""",
    entities=[], detectors=[],
    note="年代・性別のみの匿名事例で特定の個人に結びつかない",
)

# 066 英語：日本の旅券番号・病名 → 海外保険会社
_p = P(_rng, 1987, 1987)
add(
    id="seishinka-066", expect="stop", charset="utf-8",
    sender=S_HATTORI,
    to=["Claims Department <claims@pacific-travelcare.com>"],
    subject=f"Medical claim - inpatient {_p.romaji} (policy PTC-7781023)",
    body=f"""Dear Claims Team,

We are writing regarding your policyholder, who has been admitted to our hospital.
Please find the details needed to open the claim below.

  Patient name    : {_p.romaji.upper()}
  Date of birth   : {_p.dob('en')}
  Passport (Japan): TR{_rng.randint(1000000, 9999999)}
  Policy number   : PTC-7781023
  Admission       : 12 November 2025 (involuntary admission for medical care and protection)
  Diagnosis       : Acute and transient psychotic disorder (ICD-10 F23), onset during travel
  Estimated stay  : 4-6 weeks

An itemised invoice will follow at discharge. Please let us know if you need a medical
report in English.

Kind regards,
Kenji Hattori
{SIG_EN}
""",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="患者1名の旅券番号・生年月日・精神科の診断を海外保険会社へ（英語）",
)

# 067 社内のみ：部外秘のインシデント報告を転送
_p = P(_rng, 1970, 1990)
add(
    id="seishinka-067", expect="pass", charset="cp932",
    sender=S_IJUIN,
    to=["医療安全管理室 <anzen@hinode-sangyo.co.jp>"],
    subject="FW: 【部外秘】インシデント報告（11/2 無断離院）",
    body=f"""医療安全管理室 御中

伊集院です。病棟からの報告を転送します。相談室としての対応経過を追記しました。
・11/2 17時 家族へ連絡、18時 警察へ捜索願
・11/3 8時 自宅近くで発見、同日帰院

---------- 転送メッセージ ----------
差出人: 第2病棟 <ward2-ns@kokoro.hinode-sangyo.co.jp>
件名: 【部外秘】インシデント報告（11/2 無断離院）

患者：{_p.name}（{_p.age}歳）{_p.dx}、医療保護入院中
状況：外出訓練中に付き添い職員から離れ、そのまま所在不明となった
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="部外秘・患者情報を含むが宛先は社内のみ",
)

# 068 PDF のヘッダーに「取扱注意」 → ツバサシステム
add(
    id="seishinka-068", expect="stop", charset="utf-8",
    sender=S_MANABE,
    to=["太田 陽介 <ota.y@tsubasa-system.jp>"],
    subject="地域連携ポータル 運用状況報告書（10月）の送付",
    body=f"""ツバサシステム株式会社
太田様

お世話になっております。真鍋です。
10月の運用状況報告書を添付いたします。次回の定例会で議論させてください。

真鍋
""",
    attachments=[{
        "kind": "pdf", "name": "portal_unyo_202510.pdf", "page_header": "取扱注意",
        "title": "地域連携ポータル 運用状況報告書",
        "lines": ["地域連携ポータル 運用状況報告書（2025年10月）",
                  "1. 利用状況：連携先 34事業所、月間ログイン 1,208件",
                  "2. 障害：10/14 21:00-23:30 ログイン不可（原因：証明書更新漏れ）",
                  "3. 課題：事業所側の権限管理、パスワード再発行の運用",
                  "4. 来月の予定：二要素認証の試行導入"],
    }],
    entities=[], detectors=["confidential_marking"],
    note="添付 PDF の各ページに「取扱注意」の表示",
)

# 069 「機密」「社外秘」に言及するだけ（合格）
add(
    id="seishinka-069", expect="pass", charset="utf-8",
    sender=S_IJUIN,
    to=[HC_HAYAMA],
    subject="個人情報を含む書類のやり取りについて（ご相談）",
    body=f"""葉山様

お世話になっております。伊集院です。
先日お話しした、個人情報を含む書類のやり取りの方法についてです。

当院では院内規程（社外秘扱いの運用マニュアル）を改定し、
患者さんの氏名や病状が入った書類は、今後メールでは送らないことになりました。

・機密性の高い書類（入院届、診療情報など）は郵送または持参
・FAXは原則禁止（やむを得ない場合は送信前に電話で確認）
・メールは日程調整など個人が特定されない内容に限定

保健所さんとのやり取りでも、このルールでご協力いただけますと幸いです。

伊集院 理沙
{HOSP} 医療福祉相談室
""",
    entities=[], detectors=[],
    note="「社外秘」「機密性」という語への言及のみで、区分表示された文書ではない",
)

# 070 保護された PDF → クリニック
add(
    id="seishinka-070", expect="stop", charset="iso-2022-jp",
    sender=S_NOGI,
    to=["そらメンタルクリニック 受付 <uketsuke@sora-mental.jp>"],
    subject="診療情報提供書の送付（パスワードは別途お電話で）",
    body="""そらメンタルクリニック
院長 先生 御侍史

お世話になっております。日の出こころの杜病院の野木です。
ご依頼の件、診療情報提供書をPDFでお送りします。
パスワードは本日中にお電話でお伝えします。

野木 俊介
""",
    attachments=[{
        "kind": "pdf", "name": "shinryo_joho_teikyo.pdf", "password": "sora1127",
        "lines": ["診療情報提供書", "紹介先：そらメンタルクリニック", "（以下略）"],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="パスワードで保護された PDF で中身を検査できない",
)

# 071 全角スペース桁揃え：家族相談会の申込者（相談内容に病名） → ひだまり
_p = people(6, 1945, 1970)
_topic = ["息子（統合失調症）の就労について", "娘のひきこもりと受診の勧め方", "夫のアルコール依存症の治療先",
          "息子の双極性障害と金銭管理", "母の認知症と妄想への対応", "娘（摂食障害）の退院後の生活"]
_rows = "\n".join(f"{zpad(p.name, 14)}{zpad(fw(p.mobile), 30)}{_topic[i]}" for i, p in enumerate(_p))
add(
    id="seishinka-071", expect="stop", charset="shift_jis",
    sender=S_CHIBA,
    to=[HIDAMARI],
    subject="家族相談会 申込者一覧（11/29開催分）",
    body=f"""地域活動支援センターひだまり
ご担当者様

お世話になっております。家族会事務局の千葉です。
11月29日の家族相談会（会場：ひだまりさん）の申込者一覧です。
相談員の割り振りの参考にしてください。

{zpad("氏名", 14)}{zpad("電話", 30)}相談内容
―――――――――――――――――――――――――――――――――――
{_rows}

当日は受付を13時から始めます。よろしくお願いいたします。
千葉
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="申込者6名の氏名・全角の電話番号と、家族の病名を含む相談内容（全角スペース揃え）",
)

# 072 社内のみ（サブドメイン）：今週の退院予定者
_p = people(4, 1950, 1995)
add(
    id="seishinka-072", expect="pass", charset="iso-2022-jp",
    sender=S_KIRYU,
    to=["地域医療連携室 <renkei@kokoro.hinode-sangyo.co.jp>"],
    cc=["医事課 <iji@hinode-sangyo.co.jp>"],
    subject="今週の退院予定者（12/1〜12/5）",
    body="連携室・医事課の皆さま\n\n桐生です。今週の退院予定者です。\n\n"
         + "\n".join(f"・12/{1 + i}　{p.name}（{p.age}）{p.dx}　→ {['自宅', 'GH', 'アパート', '施設'][i]}"
                     for i, p in enumerate(_p))
         + "\n\n退院時処方と次回外来予約の確認をお願いします。\n桐生\n",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="退院予定者の病名つき一覧だが宛先は社内（サブドメイン含む）のみ",
)

# 073 実習生の抗体価・T-SPOT（健康診断結果） → 看護大学
_p = people(8, 2003, 2005)
_rows = "\n".join(
    f"{'N' + str(2240 + i * 7):<8}{pad(p.name, 12)}{pad(['陽性', '陽性', '陰性', '陽性'][i % 4], 6)}"
    f"{pad(['陽性', '陰性', '陽性', '陽性', '陽性'][i % 5], 6)}"
    f"{pad(['陽性', '陽性', '陽性', '判定保留'][i % 4], 10)}{['陰性', '陰性', '陰性', '陰性', '陰性', '陽性', '陰性', '陰性'][i]}"
    for i, p in enumerate(_p))
add(
    id="seishinka-073", expect="stop", charset="cp932",
    sender=S_TAKAMURA,
    to=["武蔵野看護大学 実習支援室 <jisshu@musashino-kango.ac.jp>"],
    subject="実習生の抗体価・T-SPOT結果のご確認",
    body=f"""武蔵野看護大学
実習支援室 ご担当者様

お世話になっております。日の出こころの杜病院 人事・教育担当の高村です。
1月からの精神看護学実習について、事前にご提出いただいた検査結果を確認しました。
陰性・判定保留の方は、実習開始前にワクチン接種または再検査をお願いいたします。

学籍番号 氏名        麻疹  風疹  水痘      T-SPOT
-------- ----------- ----- ----- --------- ------
{_rows}

T-SPOT陽性の方については、胸部X線の結果もご提出ください。

高村 ひとみ
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="実習生8名の抗体価・結核検査の結果（健康診断結果＝要配慮）の一覧",
)

# 074 日本語の定型免責文（合格）
add(
    id="seishinka-074", expect="pass", charset="iso-2022-jp",
    sender=S_MANABE,
    to=["藤本 直子 教授 <fujimoto@seiran-u.ac.jp>"],
    subject="公開講座のご講演のお願い",
    body=f"""青嵐大学 人間福祉学部
藤本 直子 先生

突然のご連絡失礼いたします。
日の出こころの杜病院 地域医療連携室の真鍋と申します。

当院の家族会「ひまわり会」では、毎年春に公開講座を開催しております。
来年度は「家族のレジリエンス」をテーマにしたく、先生にご講演をお願いできないかと
ご連絡いたしました。

　日程案：2026年5月16日（土）または 5月23日（土） 午後
　会場　：入間野市民会館 小ホール（150名規模）
　謝礼　：規程により5万円（交通費別途）

ご検討いただけますと幸いです。改めてお電話でもご説明させてください。

真鍋 拓也
{HOSP} 地域医療連携室 室長
TEL {HOSP_TEL}
{DISC_JA}
""",
    entities=[], detectors=[],
    note="講演依頼。末尾は「機密情報が含まれている場合があります」の定型免責文のみ",
)

# 075 DV被害（犯罪被害）・転居先・PTSD：1名 → 市の女性相談
_p = P(_rng, 1991, 1991)
add(
    id="seishinka-075", expect="stop", charset="utf-8",
    sender=S_IJUIN,
    to=["入間野市 女性相談窓口 <josei-soudan@city.irumano.lg.jp>"],
    subject="DV被害により入院中の方の退院後の住まいについて",
    body=f"""入間野市 女性相談窓口
ご担当者様

お世話になっております。日の出こころの杜病院 医療福祉相談室の伊集院です。
先日お電話でご相談した方について、情報を共有させてください。

　氏名：{_p.sei} 絵里（{_p.sei_kana} エリ）　{_p.age}歳
　状況：配偶者からの身体的暴力・脅迫の被害（警察に被害届提出済み、保護命令申立て中）
　診断：心的外傷後ストレス障害（PTSD）、うつ状態
　退院予定：12月中旬
　転居予定先：{_p.addr}
　　　　　　　※加害者に知られないよう、住民票の閲覧制限の手続きが必要です

支援措置の申出について、退院前に一度面談の機会をいただけますでしょうか。

伊集院 理沙（精神保健福祉士）
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="犯罪（DV）被害・PTSD の診断・秘匿すべき転居先（要配慮個人情報：1名）",
)

# 076 B型事業所一覧 XLSX（事業者のリスト：合格）
add(
    id="seishinka-076", expect="pass", charset="cp932",
    sender=S_SAEKI,
    to=[STEPWORK],
    subject="管内 就労継続支援B型事業所一覧（当院作成）",
    body="""水野様

お世話になっております。佐伯です。
先日お話しした、当院で把握しているB型事業所の一覧をお送りします。
定員・作業内容は今年4月時点の情報です。

佐伯
""",
    attachments=[{
        "kind": "xlsx", "name": "B型事業所一覧_2025.xlsx",
        "sheets": {"一覧": [["就労継続支援B型 事業所一覧（入間野・所沢・狭山）"], [],
                          ["事業所名", "所在地", "代表電話", "定員", "主な作業", "送迎"],
                          ["ワークショップ麦の穂", "入間野市仏子2-8-1", "04-2932-7710", 20, "パン製造・販売", "有"],
                          ["ひだまり工房", "入間野市豊岡3-5-2", "04-2936-1181", 15, "手工芸・軽作業", "無"],
                          ["あすなろ作業所", "所沢市北野1-4-22", "04-2947-3390", 20, "農作業・野菜販売", "有"],
                          ["ステップファーム狭山", "狭山市柏原870", "04-2955-6021", 25, "茶葉加工", "有"],
                          ["こもれびワークス", "入間野市扇台4-2-20", "04-2935-0068", 10, "データ入力", "無"],
                          ["就労サポートたんぽぽ", "飯能市川寺411-3", "042-974-2206", 20, "清掃受託", "有"],
                          ["みのり舎", "所沢市久米1150-2", "04-2928-5544", 18, "弁当製造", "無"],
                          ["クラフト工房かえで", "狭山市入間川4-11-6", "04-2952-8830", 12, "木工", "無"],
                          ["オフィスサポート青空", "入間野市東町1-3-15 3F", "04-2931-9902", 20, "封入・発送", "有"]]},
    }],
    entities=[], detectors=[],
    note="事業所（法人）の所在地・代表電話の一覧。人の名簿ではない",
)

# 077 社内メールを .eml で添付して転送（退院見込み者7名）
_p = people(7, 1950, 1990)
_inner = "\n".join(f"{i}. {p.name}（{p.dob('short')}）{p.dx}　見込み：{['1月', '2月', '3月', '1月', '未定', '2月', '3月'][i - 1]}"
                   for i, p in enumerate(_p, 1))
add(
    id="seishinka-077", expect="stop", charset="iso-2022-jp",
    sender=S_KIRYU,
    to=[KOMOREBI],
    subject="FW: 3病棟 退院見込み者（11月カンファ結果）",
    body="""こもれび 佐藤様

お世話になっております。桐生です。
病棟カンファの結果を添付のメールのとおりお送りします。
地域移行支援の申請が必要な方がいれば、ご相談させてください。

桐生
""",
    attachments=[{
        "kind": "eml", "name": "3病棟_退院見込み者.eml",
        "message": {
            "sender": "第3病棟 師長 <ward3-ns@kokoro.hinode-sangyo.co.jp>",
            "to": [S_KIRYU],
            "subject": "3病棟 退院見込み者（11月カンファ結果）",
            "charset": "iso-2022-jp",
            "body": f"桐生さん\n\n3病棟師長です。11月の病棟カンファで退院見込みとした方です。\n\n{_inner}\n\n"
                    "よろしくお願いします。\n",
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="添付の社内メール（.eml）に入院患者7名の生年月日・病名。転送は新たな開示",
)

# 078 フリーメール1名への返信：引用部に相手自身の住所（合格）
add(
    id="seishinka-078", expect="pass", charset="utf-8",
    sender=S_CHIBA,
    to=["笠原 梢 <kozue.kasahara88@gmail.com>"],
    subject="Re: ボランティア応募について",
    body=f"""笠原 梢 様

このたびはボランティアにご応募いただき、ありがとうございます。
日の出こころの杜病院 総務課の千葉です。

説明会を下記の日程で行いますので、ご都合のよい回をお知らせください。
　・12月6日(土) 10:00～11:00
　・12月10日(水) 18:30～19:30
場所は当院本館1階の多目的室です。筆記用具をお持ちください。

千葉 亮介

> 日の出こころの杜病院 ボランティア担当 様
>
> ホームページを拝見し、デイケアの園芸プログラムのボランティアに応募いたします。
> 笠原 梢（かさはら こずえ）
> 住所：埼玉県所沢市小手指町3-14-6
> 電話：090-3318-5042
> 土曜日であれば毎週参加できます。
""",
    entities=[], detectors=["freemail_recipient"],
    note="フリーメール1名への返信。応募者自身の住所・電話は引用部のみ",
)

# 079 全角の個人番号・生活保護・アルコール依存症 → 福祉事務所
_p = P(_rng, 1968, 1968)
_mn = my_number(SEED + 8)
add(
    id="seishinka-079", expect="stop", charset="cp932",
    sender=S_IJUIN,
    to=["入間野市 福祉事務所 生活福祉課 <seikatsu@city.irumano.lg.jp>"],
    subject="生活保護申請（入院中の方）の書類について",
    body=f"""入間野市 福祉事務所
生活福祉課 ご担当者様

お世話になっております。日の出こころの杜病院 医療福祉相談室の伊集院です。
入院中の方の生活保護申請について、申請書の記載事項をお送りします。
ご本人が入院中で来所できないため、書類は当職が代理でお届けします。

　申請者：{_p.name}（{_p.kana}）
　生年月日：{_p.dob('fwlong')}
　住所：{_p.addr}
　個人番号：{fw(mn4(_mn, '　'))}
　入院理由：アルコール依存症・離脱せん妄（11月10日より当院入院中）
　収入：なし（失業給付終了）　預貯金：約3万円

訪問調査の日程をご連絡いただけますと幸いです。

伊集院 理沙
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="全角数字の個人番号と入院理由（アルコール依存症）を福祉事務所へ",
)

# 080 社内のみ：当番表と職員の携帯
_p = people(6, 1975, 1998)
add(
    id="seishinka-080", expect="pass", charset="utf-8",
    sender=S_MANABE,
    to=["地域医療連携室 <renkei@kokoro.hinode-sangyo.co.jp>"],
    subject="年末年始 当番表と緊急連絡先",
    body="連携室の皆さん\n\n真鍋です。年末年始の当番表です。当番の日は携帯を手元に置いてください。\n\n"
         + "\n".join(f"{d}\t{p.name}\t{p.mobile}" for d, p in
                     zip(["12/29", "12/30", "12/31", "1/1", "1/2", "1/3"], _p))
         + "\n\n緊急時は当番→真鍋の順で連絡してください。\n真鍋\n",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="職員6名の携帯番号だが宛先は社内のみ",
)

# 081 外部6機関を To に並べた議事録送付
add(
    id="seishinka-081", expect="stop", charset="iso-2022-jp",
    sender=S_MANABE,
    to=[HC_HAYAMA, CITY_SHOGAI, SHAKYO, KOMOREBI, HIDAMARI,
        "入間野市医師会 事務局 <jimukyoku@irumano-med.or.jp>"],
    subject="自立支援協議会 精神部会 議事録（第2回）の送付",
    body=f"""精神部会 委員の皆さま

お世話になっております。事務局（日の出こころの杜病院）の真鍋です。
第2回精神部会の議事録（案）を添付いたします。
修正がございましたら12月12日(金)までにお知らせください。

真鍋 拓也
""",
    attachments=[{
        "kind": "docx", "name": "精神部会_第2回_議事録案.docx",
        "paragraphs": ["入間野市地域自立支援協議会 精神部会 第2回 議事録（案）",
                       "日時：2025年11月12日（水）14:00～16:00　場所：市役所 302会議室",
                       "1. 精神障害にも対応した地域包括ケアシステムの進捗について",
                       "　保健所より、アウトリーチ支援の実施件数が前年比1.3倍との報告があった。",
                       "2. ピアサポーターの養成について",
                       "　来年度、養成講座を共催する方向で合意。",
                       "3. その他：次回は2月中旬に開催予定。"],
    }],
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="外部6機関のアドレスを To で互いに見える形で送信（Bcc にすべき）",
)

# 082 返信：差出人／送信日時の引用に従業員の病名（合格）
add(
    id="seishinka-082", expect="pass", charset="cp932",
    sender=S_SAEKI,
    to=["こころEAP カウンセリング室 <counsel@kokoro-eap.co.jp>"],
    subject="RE: ご紹介の件（初回面談日程）",
    body="""こころEAP
宮原様

お世話になっております。佐伯です。
初回面談は12月3日(水) 10時で承りました。当日は相談室へ直接お越しいただくよう、
ご本人にお伝えください。

佐伯

差出人: 宮原 由紀 <counsel@kokoro-eap.co.jp>
送信日時: 2025年11月21日 11:48
宛先: 佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>
件名: ご紹介の件

日の出こころの杜病院 佐伯様

こころEAPの宮原です。
北国フーズ様の社員の乙部 拓真さん（32歳）について、抑うつ症状と不眠が続いており
貴院の受診をお勧めしました。12月3日(水)10時か4日(木)14時で初診は可能でしょうか。
""",
    entities=[], detectors=[],
    note="従業員の氏名・症状は相手からのメールの引用部（差出人／送信日時）のみ",
)

# 083 CSV(UTF-8)：昼食の個別対応リスト（疾患・治療食） → 北国フーズ
_p = people(9, 1950, 1995)
_ill = ["2型糖尿病", "慢性腎臓病", "嚥下障害", "高血圧症", "2型糖尿病", "脂質異常症", "嚥下障害",
        "てんかん", "慢性腎臓病"]
add(
    id="seishinka-083", expect="stop", charset="utf-8",
    sender=S_ONODERA,
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    subject="デイケア昼食 個別対応リスト（アレルギー・治療食）",
    body=f"""北国フーズ株式会社
給食事業部 ご担当者様

お世話になっております。デイケア科の小野寺です。
12月から個別対応が必要な方のリストを更新しました。添付のCSVをご確認ください。
盛り付け時の名札もこのリストの氏名でお願いします。
{sig_short("小野寺 舞", "デイケア科", "341")}
""",
    attachments=[{
        "kind": "csv", "name": "kobetsu_taiou_202512.csv", "encoding": "utf-8",
        "rows": [["氏名", "生年月日", "食形態", "除去食材", "疾患・治療食"]]
                + [[p.name, p.dob("iso"), ["常食", "常食", "ソフト食", "常食", "常食", "常食", "きざみ食", "常食", "常食"][i],
                    ["なし", "そば", "なし", "えび・かに", "なし", "卵", "なし", "なし", "乳"][i], _ill[i]]
                   for i, p in enumerate(_p)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="利用者9名の氏名・生年月日・疾患（治療食）の CSV を給食業者へ",
)

# 084 求人票（法人番号：合格）
add(
    id="seishinka-084", expect="pass", charset="shift_jis",
    sender=S_TAKAMURA,
    to=["青嵐大学 キャリアセンター <career@seiran-u.ac.jp>"],
    subject="求人票の送付（精神保健福祉士 2027年新卒採用）",
    body=f"""青嵐大学 キャリアセンター
ご担当者様

いつもお世話になっております。
医療法人社団日の出会 日の出こころの杜病院 人事担当の高村です。
2027年4月入職の精神保健福祉士の求人票をお送りします。学内での掲示をお願いいたします。

　法人名　：医療法人社団 日の出会（法人番号 {HOSPITAL_CORP}）
　職種　　：精神保健福祉士（医療福祉相談室・地域医療連携室）
　採用予定：2名
　給与　　：基本給 218,000円～（資格手当 15,000円 別途）
　勤務時間：8:30～17:00（休憩60分）、土曜は月2回出勤
　応募方法：履歴書を人事担当宛に郵送、または説明会でお渡しください
　病院見学：随時受付（人事担当 TEL {HOSP_TEL}）

よろしくお願い申し上げます。

高村 ひとみ
{HOSP} 人事担当
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="法人の求人票（法人番号を含む）。個人データなし",
)

# 085 破損した DOCX → 保健所
add(
    id="seishinka-085", expect="stop", charset="cp932",
    sender=S_IJUIN,
    to=[HC],
    subject="入院届（控え）の再送",
    body="""狭丘保健所 保健予防課 御中

お世話になっております。日の出こころの杜病院の伊集院です。
先ほどのファイルが開けないとのことでしたので、再送いたします。
お手数をおかけして申し訳ございません。

伊集院
""",
    attachments=[{"kind": "corrupt", "name": "入院届_控え_再送.docx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="添付 DOCX が壊れていて検査できない",
)

# 086 会報の印刷見積依頼（合格）
add(
    id="seishinka-086", expect="pass", charset="iso-2022-jp",
    sender=S_CHIBA,
    to=["錦印刷 営業二課 村瀬様 <eigyo2@nishiki-insatsu.co.jp>"],
    subject="会報「ひまわり通信」第49号 印刷のお見積り依頼",
    body=f"""錦印刷株式会社
営業二課 村瀬様

いつもお世話になっております。日の出こころの杜病院 総務課の千葉です。
第49号（3月発行）について、下記仕様でお見積りをお願いいたします。

　サイズ：A4 中綴じ 8ページ（今回より4ページ増）
　色数　：表紙・裏表紙 4色、中面 1色
　用紙　：マットコート 90kg
　部数　：150部
　納期　：2026年3月6日（金）
　前回見積番号：NS-2509-114

入稿データは2月中旬にお送りする予定です。
どうぞよろしくお願いいたします。

千葉 亮介
{HOSP} 総務課
""",
    entities=[], detectors=[],
    note="印刷の見積依頼。見積番号と仕様のみ",
)

# 087 類似ドメイン（midori-ginko.com：TLD 違い）
add(
    id="seishinka-087", expect="stop", charset="utf-8",
    sender=S_SHISHIDO,
    to=["みどり銀行 法人営業部 <houjin@midori-ginko.com>"],
    subject="口座振替サービス 申込書類の送付について",
    body=f"""みどり銀行
法人営業部 ご担当者様

いつもお世話になっております。日の出こころの杜病院 医事課の宍戸です。
入院費の口座振替サービスについて、申込書類一式を本日郵送いたしました。
届きましたら、お手数ですが受領のご連絡をお願いいたします。

また、振替データの伝送方式（全銀フォーマット）について、
来週お打合せの時間をいただけますでしょうか。
{sig_short("宍戸 健一", "医事課", "120")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="取引先 midori-ginko.co.jp の類似ドメイン midori-ginko.com（TLD 違い）宛",
)

# 088 英語：2機関（To と Cc）への共同セミナー（合格）
add(
    id="seishinka-088", expect="pass", charset="utf-8",
    sender=S_HATTORI,
    to=["Prof. Jihoon Park <park.jh@hanbit-univ.ac.kr>"],
    cc=["Dr. Yu-Chen Lin <lin.ycchen@taoyuan-mhc.org.tw>"],
    subject="Joint webinar on community mental health - draft programme",
    body=f"""Dear Prof. Park, dear Dr. Lin,

Following our call last week, here is the draft programme for the joint webinar on
17 March 2026 (14:00-16:30 JST / KST, 13:00-15:30 Taipei).

  1. Opening remarks (Hinode Kokoro-no-Mori Hospital)
  2. Korea: community mental health welfare centres and outreach (Prof. Park)
  3. Taiwan: case management after discharge (Dr. Lin)
  4. Japan: the community liaison office and day care (our team)
  5. Panel discussion and Q&A

Each talk is 25 minutes. Could you send me the titles of your talks by the end of
January? We will provide simultaneous interpretation in Japanese.

Best regards,
Kenji
{SIG_EN}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="外部2機関（To と Cc）への通常の三者連絡",
)

# 089 XLSX のタイトル行に【部外秘】 → ツバサシステム
add(
    id="seishinka-089", expect="stop", charset="iso-2022-jp",
    sender=S_SHISHIDO,
    to=["太田 陽介 <ota.y@tsubasa-system.jp>"],
    subject="電子カルテ 権限設計表（ドラフト）",
    body="""ツバサシステム株式会社
太田様

お世話になっております。宍戸です。
地域連携モジュールの権限設計表（ドラフト）を添付します。
職種ごとの閲覧・編集範囲について、実装上の問題がないかご確認ください。

宍戸
""",
    attachments=[{
        "kind": "xlsx", "name": "権限設計表_draft.xlsx",
        "sheets": {"権限": [["【部外秘】電子カルテ 地域連携モジュール 権限マトリクス（案）"], [],
                          ["職種", "患者基本", "診療記録", "紹介状", "連携先マスタ", "監査ログ"],
                          ["医師", "閲覧・編集", "閲覧・編集", "作成・承認", "閲覧", "―"],
                          ["看護師", "閲覧", "閲覧・編集", "閲覧", "閲覧", "―"],
                          ["精神保健福祉士", "閲覧・編集", "閲覧", "作成", "編集", "―"],
                          ["医事課", "閲覧・編集", "―", "閲覧", "編集", "―"],
                          ["システム管理者", "―", "―", "―", "編集", "閲覧"]]},
    }],
    entities=[], detectors=["confidential_marking"],
    note="添付 XLSX のタイトル行に【部外秘】の区分表示",
)

# 090 研修の参加申込3名（合格・警告可）
add(
    id="seishinka-090", expect="pass", charset="utf-8",
    sender=S_SAEKI,
    to=["入間野市医師会 研修係 <kenshu@irumano-med.or.jp>"],
    subject="産業保健研修会 参加申込（3名）",
    body=f"""入間野市医師会
研修係 ご担当者様

お世話になっております。日の出こころの杜病院の佐伯です。
12月18日の産業保健研修会に、当院から下記3名の参加を申し込みます。
受講票はそれぞれのアドレスへお送りください。

　1. 野木 俊介（医師）　　　　nogi.shunsuke@hinode-sangyo.co.jp
　2. 佐伯 美穂（精神保健福祉士）saeki.miho@hinode-sangyo.co.jp
　3. 溝口 沙織（公認心理師）　mizoguchi.saori@hinode-sangyo.co.jp

参加費は当院でまとめて振り込みます。
よろしくお願いいたします。

佐伯 美穂
{HOSP} 地域医療連携室
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=[],
    note="職員3名の氏名と業務用アドレスのみ（1～4名）",
)

# 091 英語：外部4機関を To/Cc に並べる
add(
    id="seishinka-091", expect="stop", charset="utf-8",
    sender=S_HATTORI,
    to=["Prof. Jihoon Park <park.jh@hanbit-univ.ac.kr>",
        "Dr. Yu-Chen Lin <lin.ycchen@taoyuan-mhc.org.tw>",
        "Maria Ortega <m.ortega@salud-mental.uvalle.edu>"],
    cc=["小川 啓子 先生 <k-ogawa@musashino-med.ac.jp>"],
    subject="Draft manuscript - community transition outcomes (v2)",
    body=f"""Dear co-authors,

Please find below the revised outline of our manuscript. The full draft (v2) is on the
shared drive; I have not attached it because of its size.

  - Introduction: shortened, with two new references on peer support
  - Methods: clarified the definition of "long-stay" (>= 1 year)
  - Results: aggregate tables only; no individual-level data in the manuscript
  - Discussion: added the Korean and Taiwanese perspectives

Comments by 15 January would be much appreciated, so that we can submit in February.

Best regards,
Kenji
{SIG_EN}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="外部4機関の共著者を To/Cc に並べて送信（3者以上が互いに見える）",
)

# 092 どちらとも：勤務先へ復職可能日のみ（病名なし）
_p = P(_rng, 1975, 1985)
add(
    id="seishinka-092", expect="either", charset="iso-2022-jp",
    sender=S_SAEKI,
    to=["青葉運輸 総務部 労務課 <roumu@aoba-unyu.co.jp>"],
    subject="復職日についてのご連絡",
    body=f"""青葉運輸株式会社
総務部 労務課 ご担当者様

お世話になっております。日の出こころの杜病院 地域医療連携室の佐伯です。
貴社ドライバーの{_p.name}様について、ご本人の同意を得てご連絡いたします。

主治医の判断として、12月8日(月)から通常勤務での復職が可能です。
運転業務についても制限は設けておりません。
復職後の面談は産業医の先生とご調整ください。

佐伯 美穂
{HOSP} 地域医療連携室　TEL {HOSP_TEL}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="病名はないが、精神科病院から従業員の受診・休職の事実を伝える。本人同意ありで判断が分かれる",
)

# 093 類似ドメイン（hinode-sangyo.jp：co. 欠落）
add(
    id="seishinka-093", expect="stop", charset="shift_jis",
    sender=S_TAKAMURA,
    to=["日の出産業 人事部 研修担当 <kenshu@hinode-sangyo.jp>"],
    subject="メンタルヘルス研修 講師派遣の件",
    body="""本社 人事部 研修担当 御中

お世話になっております。日の出こころの杜病院 人事担当の高村です。
来年度の管理職向けメンタルヘルス研修について、当院から講師を派遣する件です。

　講師候補：公認心理師 1名、精神保健福祉士 1名
　日程案　：2026年6月の第2・第3水曜日（各回 13:30～16:30）
　内容　　：ラインケア、復職支援の流れ、相談窓口の紹介

本社側の会場と受講者数が決まりましたらお知らせください。

高村 ひとみ
""",
    entities=[], detectors=["lookalike_domain"],
    note="社内（hinode-sangyo.co.jp）のつもりが co. の抜けた類似ドメイン hinode-sangyo.jp 宛",
)

# 094 一般的な体制の回答と免責文（合格）
add(
    id="seishinka-094", expect="pass", charset="utf-8",
    sender=S_IJUIN,
    to=[HC_HAYAMA],
    subject="夜間・休日の精神科救急受入体制について（回答）",
    body=f"""葉山様

お世話になっております。伊集院です。
お問い合わせの夜間・休日の受入体制について、概要をお知らせします。

・精神科救急医療システムの輪番日（月4～5回）は、指定医1名・看護師が当直
・輪番日以外の夜間は、かかりつけ患者のみ電話相談で対応
・措置診察は平日日中を基本とし、夜間は輪番病院へお願いしています
・保護室は4床、うち1床を緊急用として確保

来年度の輪番表は1月にお送りします。

伊集院 理沙
{HOSP} 医療福祉相談室
{DISC_JA}
""",
    entities=[], detectors=[],
    note="病院の体制についての一般的な回答と定型の免責文",
)

# 095 text+HTML：家族会連絡網（11名）をフリーメールの会長へ
_p = people(11, 1940, 1975)
_txt = "\n".join(f"{i:>2}. {p.name}　{p.tel}　{p.email}" for i, p in enumerate(_p, 1))
_tr = "\n".join(f"<tr><td>{i}</td><td>{p.name}</td><td>{p.tel}</td><td>{p.email}</td></tr>"
                for i, p in enumerate(_p, 1))
add(
    id="seishinka-095", expect="stop", charset="utf-8",
    sender=S_CHIBA,
    to=["村井 和代 <murai.himawari@yahoo.co.jp>"],
    subject="連絡網（令和7年度）のデータ",
    body=f"""村井会長

千葉です。ご依頼の連絡網のデータです。会長のお手元で印刷していただけるよう、
表の形でもお送りします。

{_txt}

千葉
""",
    html=f"""<html><body><p>村井会長</p>
<p>千葉です。ご依頼の連絡網のデータです。</p>
<table border="1"><tr><th>No</th><th>氏名</th><th>電話</th><th>メール</th></tr>
{_tr}
</table><p>千葉</p></body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="会員11名の電話・メールの連絡網をフリーメールへ（テキストと HTML の両方）",
)

# 096 システム障害の報告（受付番号：合格）
add(
    id="seishinka-096", expect="pass", charset="cp932",
    sender=S_SHISHIDO,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【障害報告】地域連携ポータル ログイン不可（受付番号 TS-88213）",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出こころの杜病院 医事課の宍戸です。
先ほどお電話した件（受付番号 TS-88213）、状況を文面でもお送りします。

　発生日時：11月25日(火) 9:10頃～
　現象　　：地域連携ポータルにログインすると「認証エラー E-401」と表示される
　範囲　　：院内端末・連携先事業所とも全ユーザー
　試したこと：ブラウザのキャッシュ削除、別端末からのアクセス（いずれも同じ）

連携先からの紹介状受信が止まっているため、至急ご対応をお願いいたします。
{sig_short("宍戸 健一", "医事課", "120")}
""",
    entities=[], detectors=[],
    note="取引先への障害報告。受付番号とエラーコードのみ",
)

# 097 基礎年金番号（職員2名） → 社労士
_p = people(2, 1995, 2002)
add(
    id="seishinka-097", expect="stop", charset="iso-2022-jp",
    sender=S_TAKAMURA,
    to=["青木社会保険労務士事務所 <office@aoki-sr.jp>"],
    subject="新規入職者 社会保険の資格取得手続き（2名）",
    body=f"""青木社会保険労務士事務所
青木先生

いつもお世話になっております。日の出こころの杜病院 人事担当の高村です。
12月1日入職の職員2名について、資格取得の手続きをお願いいたします。

(1) {_p[0].name}（{_p[0].kana}）
　生年月日：{_p[0].dob('jp')}
　住所：{_p[0].addr}
　基礎年金番号：{_rng.randint(1000, 9999)}-{_rng.randint(100000, 999999)}
　職種：看護師　月額報酬：312,000円

(2) {_p[1].name}（{_p[1].kana}）
　生年月日：{_p[1].dob('jp')}
　住所：{_p[1].addr}
　基礎年金番号：{_rng.randint(1000, 9999)}-{_rng.randint(100000, 999999)}
　職種：作業療法士　月額報酬：268,000円

被扶養者はいずれもおりません。
高村 ひとみ
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="職員2名の基礎年金番号（番号は1名分でも止める）・住所・生年月日",
)

# 098 XLSX の2枚目のシートに利用者の連絡先と病状
_p = people(7, 1965, 2000)
_note = ["てんかん発作あり（服薬中）", "人混みで不安が強くなる", "糖尿病・低血糖に注意",
         "幻聴が強い日は早退あり", "特になし", "過呼吸の既往", "服薬：昼食後あり"]
add(
    id="seishinka-098", expect="stop", charset="utf-8",
    sender=S_ONODERA,
    to=[HIDAMARI],
    subject="合同プログラム 12月の予定表",
    body=f"""ひだまり ご担当者様

お世話になっております。デイケア科の小野寺です。
12月の合同プログラム（ひだまりさん会場）の予定表をお送りします。
よろしくお願いいたします。
{sig_short("小野寺 舞", "デイケア科", "341")}
""",
    attachments=[{
        "kind": "xlsx", "name": "合同プログラム_12月.xlsx",
        "sheets": {
            "12月予定": [["合同プログラム 12月予定"], [],
                       ["日付", "内容", "担当"],
                       ["12/2(火)", "園芸（球根植え）", "ひだまり"],
                       ["12/9(火)", "調理実習（豚汁）", "デイケア"],
                       ["12/16(火)", "クリスマス会の準備", "合同"],
                       ["12/23(火)", "クリスマス会", "合同"]],
            "参加者連絡先": [["氏名", "携帯", "主治医", "注意事項"]]
                       + [[p.name, p.mobile, ["野木", "三枝", "堀"][i % 3], _note[i]]
                          for i, p in enumerate(_p)],
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="予定表の XLSX の2枚目のシートに参加者7名の携帯・病状（本文では触れていない）",
)

# 099 どちらとも：ピアサポーター4名の紹介（本人同意あり）
_p = people(4, 1970, 1990)
add(
    id="seishinka-099", expect="either", charset="shift_jis",
    sender=S_SAEKI,
    to=[KOMOREBI],
    subject="ピアサポーターのご紹介",
    body=f"""こもれび 佐藤様

お世話になっております。佐伯です。
地域移行支援で活動していただけるピアサポーターの方を4名ご紹介します。
いずれも当院デイケアの元メンバーで、統合失調症・うつ病の経験を語る活動をされています。
連絡先をお伝えすることは、皆さんご本人から了承をいただいています。

""" + "\n".join(f"　{p.name}さん　{p.mobile}　（{['土日可', '平日午後', '火・木', '要相談'][i]}）"
                for i, p in enumerate(_p)) + """

謝金の扱いについては、こもれびさんの規程に合わせていただいて構いません。

佐伯
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="4名の連絡先と精神疾患の経験（要配慮）だが、本人が公表して活動しており同意もある。判断が分かれる",
)

# 100 件名に氏名と病名（本文は短い） → 保健所
_p = P(_rng, 1958, 1965)
add(
    id="seishinka-100", expect="stop", charset="cp932",
    sender=S_IJUIN,
    to=[HC_HAYAMA],
    subject=f"【至急】{_p.name}様（アルコール依存症・離脱せん妄）の転院の件",
    body="""葉山様

先ほどお電話した件です。
本日16時に入間野総合病院へ転院の運びとなりました。
ご家族には当院から連絡済みです。詳細は明日改めてご報告します。

伊集院
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="件名に患者1名の氏名と病名（要配慮個人情報）",
)
