"""Blind corpus — area: shakaihoken (社会保険・雇用保険の手続き).

HR / 労務 mail of 日の出産業株式会社 about social- and employment-insurance filings:
資格取得・喪失, 被扶養者 (dependants), 算定基礎・月変・賞与支払届, 産休・育休と出産手当金・
育児休業給付, 傷病手当金・労災, 退職者の離職票, exchanged with the 社労士 office, the health
insurance society, the pension office, Hello Work, hospitals, insurers and employees.
Every person, number and address is invented; My Numbers and card numbers come from the
helpers in build.py.
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

SEED = 48401

# -- invented people -----------------------------------------------------------------------

_K = [0]


def _mn() -> str:
    """The next My Number of this file (my_number(SEED + k), k distinct)."""
    _K[0] += 1
    return my_number(SEED + _K[0])


def _cc() -> str:
    """The next card number of this file (card_number(SEED + k), k distinct)."""
    _K[0] += 1
    return card_number(SEED + _K[0])


_SURNAMES = [
    ("佐々木", "ササキ", "Sasaki"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("比嘉", "ヒガ", "Higa"),
    ("仲村渠", "ナカンダカリ", "Nakandakari"), ("我如古", "ガネコ", "Ganeko"),
    ("新垣", "アラガキ", "Aragaki"), ("宇佐美", "ウサミ", "Usami"), ("古賀", "コガ", "Koga"),
    ("千葉", "チバ", "Chiba"), ("岩渕", "イワブチ", "Iwabuchi"),
    ("栗林", "クリバヤシ", "Kuribayashi"), ("三ツ矢", "ミツヤ", "Mitsuya"),
    ("百目鬼", "ドウメキ", "Domeki"), ("鬼頭", "キトウ", "Kito"), ("及川", "オイカワ", "Oikawa"),
    ("漆原", "ウルシバラ", "Urushibara"), ("有働", "ウドウ", "Udo"), ("的場", "マトバ", "Matoba"),
    ("相良", "サガラ", "Sagara"), ("柘植", "ツゲ", "Tsuge"), ("蓮見", "ハスミ", "Hasumi"),
    ("九十九", "ツクモ", "Tsukumo"), ("早乙女", "サオトメ", "Saotome"),
    ("猿渡", "サワタリ", "Sawatari"), ("田所", "タドコロ", "Tadokoro"),
    ("稲垣", "イナガキ", "Inagaki"), ("久保田", "クボタ", "Kubota"),
    ("野々村", "ノノムラ", "Nonomura"), ("真田", "サナダ", "Sanada"),
    ("大河内", "オオコウチ", "Okochi"), ("小野寺", "オノデラ", "Onodera"),
    ("阿久津", "アクツ", "Akutsu"), ("日下部", "クサカベ", "Kusakabe"),
    ("生田目", "ナマタメ", "Namatame"), ("目黒", "メグロ", "Meguro"), ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"), ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("後藤", "ゴトウ", "Goto"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"), ("藤井", "フジイ", "Fujii"),
    ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小川", "オガワ", "Ogawa"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"),
    ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"),
    ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"), ("宮本", "ミヤモト", "Miyamoto"),
    ("内田", "ウチダ", "Uchida"), ("高木", "タカギ", "Takagi"), ("安藤", "アンドウ", "Ando"),
    ("谷口", "タニグチ", "Taniguchi"), ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"),
    ("河野", "コウノ", "Kono"), ("村田", "ムラタ", "Murata"), ("杉山", "スギヤマ", "Sugiyama"),
    ("増田", "マスダ", "Masuda"), ("平野", "ヒラノ", "Hirano"), ("大塚", "オオツカ", "Otsuka"),
    ("千田", "チダ", "Chida"), ("小松原", "コマツバラ", "Komatsubara"), ("浅利", "アサリ", "Asari"),
    ("鳩山", "ハトヤマ", "Hatoyama"), ("砂川", "スナガワ", "Sunagawa"), ("釘宮", "クギミヤ", "Kugimiya"),
]

_GIVEN = [
    ("翔太", "ショウタ", "Shota", "男"), ("大輝", "ダイキ", "Daiki", "男"),
    ("拓海", "タクミ", "Takumi", "男"), ("健一", "ケンイチ", "Kenichi", "男"),
    ("浩二", "コウジ", "Koji", "男"), ("誠", "マコト", "Makoto", "男"),
    ("隆之", "タカユキ", "Takayuki", "男"), ("悠真", "ユウマ", "Yuma", "男"),
    ("蓮", "レン", "Ren", "男"), ("和也", "カズヤ", "Kazuya", "男"), ("直樹", "ナオキ", "Naoki", "男"),
    ("哲也", "テツヤ", "Tetsuya", "男"), ("勝", "マサル", "Masaru", "男"),
    ("秀樹", "ヒデキ", "Hideki", "男"), ("智", "サトシ", "Satoshi", "男"), ("航", "ワタル", "Wataru", "男"),
    ("亮介", "リョウスケ", "Ryosuke", "男"), ("慎吾", "シンゴ", "Shingo", "男"),
    ("大和", "ヤマト", "Yamato", "男"), ("雄一郎", "ユウイチロウ", "Yuichiro", "男"),
    ("康弘", "ヤスヒロ", "Yasuhiro", "男"), ("敦", "アツシ", "Atsushi", "男"),
    ("美咲", "ミサキ", "Misaki", "女"), ("陽菜", "ヒナ", "Hina", "女"), ("結衣", "ユイ", "Yui", "女"),
    ("葵", "アオイ", "Aoi", "女"), ("真由美", "マユミ", "Mayumi", "女"), ("恵子", "ケイコ", "Keiko", "女"),
    ("由美子", "ユミコ", "Yumiko", "女"), ("彩", "アヤ", "Aya", "女"), ("優子", "ユウコ", "Yuko", "女"),
    ("沙織", "サオリ", "Saori", "女"), ("千尋", "チヒロ", "Chihiro", "女"), ("麻衣", "マイ", "Mai", "女"),
    ("奈々", "ナナ", "Nana", "女"), ("智子", "トモコ", "Tomoko", "女"), ("早紀", "サキ", "Saki", "女"),
    ("里奈", "リナ", "Rina", "女"), ("芽依", "メイ", "Mei", "女"), ("和子", "カズコ", "Kazuko", "女"),
    ("久美子", "クミコ", "Kumiko", "女"), ("琴音", "コトネ", "Kotone", "女"),
    ("明日香", "アスカ", "Asuka", "女"), ("凛", "リン", "Rin", "女"), ("香織", "カオリ", "Kaori", "女"),
]

_TOWNS = [
    ("142-0053", "東京都品川区中延"), ("146-0082", "東京都大田区池上"),
    ("211-0004", "神奈川県川崎市中原区新丸子東"), ("223-0061", "神奈川県横浜市港北区日吉"),
    ("330-0062", "埼玉県さいたま市浦和区仲町"), ("272-0034", "千葉県市川市市川"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("114-0023", "東京都北区滝野川"),
    ("136-0071", "東京都江東区亀戸"), ("343-0845", "埼玉県越谷市南越谷"),
    ("252-0303", "神奈川県相模原市南区相模大野"), ("270-2231", "千葉県松戸市稔台"),
    ("190-0012", "東京都立川市曙町"), ("532-0011", "大阪府大阪市淀川区西中島"),
    ("560-0021", "大阪府豊中市本町"), ("662-0832", "兵庫県西宮市甲風園"),
    ("960-8034", "福島県福島市置賜町"), ("963-8001", "福島県郡山市大町"),
    ("173-0004", "東京都板橋区板橋"), ("167-0051", "東京都杉並区荻窪"),
    ("358-0003", "埼玉県入間市豊岡"), ("285-0014", "千葉県佐倉市栄町"),
    ("254-0034", "神奈川県平塚市宝町"), ("131-0045", "東京都墨田区押上"),
    ("201-0004", "東京都狛江市岩戸北"), ("206-0011", "東京都多摩市関戸"),
    ("590-0077", "大阪府堺市堺区中瓦町"), ("573-0032", "大阪府枚方市岡東町"),
    ("980-0811", "宮城県仙台市青葉区一番町"), ("124-0012", "東京都葛飾区立石"),
    ("335-0004", "埼玉県蕨市中央"), ("231-0033", "神奈川県横浜市中区長者町"),
]

_BUILDINGS = ["", "", "", " コーポ若葉", " メゾン・ド・ソレイユ", " グランシャリオ", " サンハイツ",
              " パークサイド松風", " リバーコート", " ハイム春日", " エスポワール", " 第二藤荘"]

_BANKS = [("東都銀行", ["蒲田支店", "本店営業部", "吉祥寺支店", "亀戸支店"]),
          ("ひまわり信用金庫", ["中延支店", "池上支店", "本店"]),
          ("北斗銀行", ["浦和支店", "越谷支店", "大宮支店"]),
          ("あけぼの銀行", ["梅田支店", "豊中支店", "堺支店"]),
          ("みなと信用組合", ["本店", "立石支店"]),
          ("阿武隈銀行", ["福島駅前支店", "郡山支店"])]


def _wareki(d: _dt.date, short: bool = False) -> str:
    if d >= _dt.date(2019, 5, 1):
        era, y, s = "令和", d.year - 2018, "R"
    elif d >= _dt.date(1989, 1, 8):
        era, y, s = "平成", d.year - 1988, "H"
    else:
        era, y, s = "昭和", d.year - 1925, "S"
    if short:
        return f"{s}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def _ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _jdate(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


_FW = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def _fw(s: str) -> str:
    """Full-width digits and separators, as some people type them."""
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in ("F", "W") else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(width - _w(s), 0)


def _cols(rows: list[list[str]], gap: str = "  ", rule: str = "-") -> str:
    """Rows padded with spaces under a header and a ---- rule, as pasted from Excel."""
    widths = [max(_w(str(r[i])) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        lines.append(gap.join(_pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0 and rule:
            lines.append(rule * (sum(widths) + len(gap) * (len(widths) - 1)))
    return "\n".join(lines)


def _people(tag: str, n: int, y0: int = 1962, y1: int = 2003) -> list[dict]:
    rng = _random.Random(f"{SEED}-{tag}")
    out = []
    for i in rng.sample(range(len(_SURNAMES)), n):
        sei, seik, seir = _SURNAMES[i]
        mei, meik, meir, sex = rng.choice(_GIVEN)
        dob = _dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        zipc, town = rng.choice(_TOWNS)
        addr = (f"{town}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
                f"{rng.choice(_BUILDINGS)}")
        if addr.endswith(("荘", "ハイツ", "若葉", "ソレイユ", "シャリオ", "松風", "コート", "春日",
                          "エスポワール")):
            addr += f" {rng.randint(1, 4)}0{rng.randint(1, 8)}"
        bank, branches = rng.choice(_BANKS)
        out.append({
            "sei": sei, "mei": mei, "name": f"{sei} {mei}", "name_nosp": sei + mei,
            "kana": f"{seik} {meik}", "romaji": f"{meir} {seir}", "ROMAJI": f"{seir.upper()} {meir}",
            "sex": sex, "dob": dob, "zip": zipc, "addr": addr,
            "phone": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-"
                     f"{rng.randint(1000, 9999)}",
            "emp": f"{rng.randint(10, 26):02d}{rng.randint(100, 999)}",
            "pension": f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
            "koyo": f"{rng.randint(1000, 5099)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}",
            "hi_no": str(rng.randint(12, 1890)),
            "bank": f"{bank} {rng.choice(branches)} 普通 {rng.randint(1000000, 9999999)}",
            "salary": rng.choice(range(198000, 560000, 2000)),
        })
    return out


def _corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12 digits."""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP_NO = _corp_number("010401087342")   # 日の出産業株式会社 (invented)

SIG_SAIONJI = """
--------------------------------------------------
日の出産業株式会社 人事部 労務課
西園寺 里美（さいおんじ さとみ）
〒105-0013 東京都港区浜松町2-9-4 日の出ビル7F
TEL 03-5403-7710（直通 03-5403-7725） FAX 03-5403-7711
saionji@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_HASEBE = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 労務課　長谷部 康介
〒105-0013 東京都港区浜松町2-9-4 日の出ビル
TEL：03-5403-7710（代表）／内線 2214
Mail：hasebe.k@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_NAKASONE = """
--
人事部 給与厚生グループ
仲宗根 亮  Ryo Nakasone
日の出産業株式会社  TEL 03-5403-7728
nakasone@hinode-sangyo.co.jp"""

SIG_UKAI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 総務部 総務課
鵜飼 千尋
TEL 03-5403-7702 / FAX 03-5403-7711
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KAJIWARA = """
-----------------------------------------
日の出産業株式会社 大阪支店 総務課
梶原 由紀
〒532-0003 大阪市淀川区宮原4-1-18 新大阪日の出ビル5F
TEL 06-6398-4410
kajiwara.y@osaka.hinode-sangyo.co.jp
-----------------------------------------"""

SIG_INOMATA = """
----
日の出産業株式会社 福島工場 総務係
猪俣 健太（いのまた けんた）
〒960-2156 福島県福島市荒井北3-2-1
TEL 024-593-8120 内線 301
inomata@fukushima.hinode-sangyo.co.jp"""

SIG_MAKABE = """
日の出産業株式会社
執行役員 人事部長 真壁 修一
TEL 03-5403-7720"""

SIG_SATO_E = """
Best regards,

Emily Sato (佐藤 エミリ)
Global HR, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-9-4 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5403-7731  |  e.sato@hinode-sangyo.co.jp"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。本メールの内容の全部または一部を
許可なく複製・転送・開示することを禁じます。誤って受信された場合は、お手数ですが
送信者にご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised copying, disclosure or distribution
of the material in this e-mail is strictly forbidden."""

# -- addresses used below --------------------------------------------------------------------
SAIONJI = "西園寺 里美 <saionji@hinode-sangyo.co.jp>"
HASEBE = "長谷部 康介 <hasebe.k@hinode-sangyo.co.jp>"
NAKASONE = "仲宗根 亮 <nakasone@hinode-sangyo.co.jp>"
UKAI = "鵜飼 千尋 <ukai-c@hinode-sangyo.co.jp>"
KAJIWARA = "梶原 由紀 <kajiwara.y@osaka.hinode-sangyo.co.jp>"
INOMATA = "猪俣 健太 <inomata@fukushima.hinode-sangyo.co.jp>"
MAKABE = "真壁 修一 <makabe@hinode-sangyo.co.jp>"
ESATO = "Emily Sato <e.sato@hinode-sangyo.co.jp>"
ROUMU_ML = "労務課 <roumu@hinode-sangyo.co.jp>"

SR_TANABE = "田辺 智恵子 <tanabe@tanabe-sr.jp>"          # 田辺社会保険労務士事務所
SR_KOMATSU = "小松 瑞穂 <komatsu@tanabe-sr.jp>"
SR_OFFICE = "田辺社労士事務所 手続担当 <tetsuzuki@tanabe-sr.jp>"
KENPO = "関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"
KENPO_KYUFU = "関東機械工業健保 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"
NENKIN = "芝年金事務所 厚生年金適用調査課 <tekiyo-chosa@shiba-nenkin.go.jp>"
HW = "ハローワーク品川 雇用保険適用課 <koyohoken@hw-shinagawa.go.jp>"
ROKI = "三田労働基準監督署 労災課 <rousai@mita-rokisho.go.jp>"
LAW = "白川法律事務所 弁護士 白川 正道 <m.shirakawa@shirakawa-law.jp>"
TSUBASA = "ツバサシステム 給与BPOチーム <payroll-bpo@tsubasa-system.jp>"

MESSAGES: list[dict] = []


def _add(**kw) -> None:
    MESSAGES.append(kw)


# ============================================================================ 001–020

# 001 — six new hires' data for 資格取得届, pasted as padded columns (stop: list)
_p = _people("001", 6, 1996, 2003)
_rows = [["社員番号", "氏名", "フリガナ", "生年月日", "住所", "報酬月額"]]
for _q in _p:
    _rows.append([_q["emp"], _q["name"], _q["kana"], _wareki(_q["dob"]),
                  f"〒{_q['zip']} {_q['addr']}", f"{_q['salary']:,}円"])
_add(
    id="shakaihoken-001", charset="iso-2022-jp",
    sender=SAIONJI, to=[SR_KOMATSU], cc=[HASEBE],
    subject="12月1日入社 新卒・第二新卒 6名の資格取得手続きのお願い",
    body=f"""田辺社会保険労務士事務所
小松様

いつも大変お世話になっております。日の出産業 人事部の西園寺です。

12月1日付で入社予定の6名について、健康保険・厚生年金保険の資格取得届および
雇用保険の資格取得届の作成をお願いいたします。
基本情報を下記にまとめました（報酬月額は通勤手当込みの見込額です）。

{_cols(_rows)}

※6名とも前職なし（第二新卒の2名は短期アルバイトのみ）と本人申告を受けております。
※扶養家族はいずれもおりません。
※個人番号は本人確認が済み次第、別途所定の方法でお渡しします。

提出期限に余裕がなく恐縮ですが、11月27日（金）頃までに届書の控えを
お送りいただけますと助かります。
何卒よろしくお願いいたします。
{SIG_SAIONJI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six new hires' names, birth dates and home addresses in the body to the 社労士: a list of people",
)

# 002 — bonus schedule to the 社労士, legal disclaimer at the end (pass)
_add(
    id="shakaihoken-002", charset="iso-2022-jp",
    sender=HASEBE, to=[SR_TANABE], cc=[SAIONJI],
    subject="冬季賞与の支給日および賞与支払届の提出について",
    body=f"""田辺先生

お世話になっております。日の出産業の長谷部でございます。

冬季賞与の支給日が決まりましたのでご連絡いたします。

　・支給日　　　：12月10日（木）
　・対象　　　　：正社員および契約社員（パート・アルバイトは寸志のみ）
　・支給データ　：12月4日（金）に給与計算システムから出力し、お送りします

賞与支払届は支給日から5日以内の提出となりますので、例年どおり電子申請での
ご対応をお願いできますでしょうか。
なお今回から大阪支店分も本社一括で計算することになりました。届出上の事業所は
従来どおり分かれておりますので、念のため申し添えます。

ご不明点がございましたらお知らせください。
よろしくお願い申し上げます。
{SIG_HASEBE}
{DISC_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary scheduling mail to the 社労士 with the standard 機密情報 disclaimer; no personal data",
)

# 003 — 算定基礎届 base data, XLSX with a title row and two sheets (stop: list)
_p = _people("003", 14, 1965, 2001)
def _santei(ps):
    rows = [["2026年 算定基礎届 基礎データ（4〜6月支給分）", "", "", "", "", "", "", ""],
            ["整理番号", "氏名", "生年月日", "4月", "5月", "6月", "平均額", "従前標準報酬月額"]]
    for n, q in enumerate(ps, start=1):
        s = q["salary"]
        a, b, c = s + 4200 * (n % 3), s, s + 11800 * (n % 2)
        rows.append([100 + n * 3, q["name"], _ymd(q["dob"]), a, b, c, (a + b + c) // 3,
                     (s // 10000) * 10000])
    return rows
_add(
    id="shakaihoken-003", charset="utf-8",
    sender=HASEBE, to=[SR_OFFICE], cc=[SR_KOMATSU],
    subject="【算定基礎届】基礎データ送付（本社・大阪支店）",
    body=f"""田辺社会保険労務士事務所
手続ご担当者様

お世話になっております。日の出産業の長谷部です。

算定基礎届の基礎データをお送りします。シートは本社と大阪支店に分けてあります。
4月に途中入社した者は含めておりません（別途ご連絡します）。

ご確認のほど、よろしくお願いいたします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "xlsx", "name": "算定基礎データ_2026.xlsx",
                  "title": "算定基礎届 基礎データ",
                  "sheets": {"本社": _santei(_p[:8]), "大阪支店": _santei(_p[8:])}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="XLSX of 14 employees with birth dates and monthly pay to the 社労士: a list of people",
)

# 004 — one mid-career hire's My Number in the body (stop: My Number)
_q = _people("004", 1, 1984, 1990)[0]
_add(
    id="shakaihoken-004", charset="cp932",
    sender=SAIONJI, to=[SR_KOMATSU],
    subject="Re: 中途入社者（11/16付）資格取得届の記載事項",
    body=f"""小松様

お世話になっております。西園寺です。
ご依頼のありました記載事項、本人から回収できましたのでお送りします。

　氏名　　　：{_q['name']}（{_q['kana']}）
　生年月日　：{_jdate(_q['dob'])}
　住所　　　：〒{_q['zip']} {_q['addr']}
　個人番号　：{_mn()}
　資格取得日：2026年11月16日
　報酬月額　：{_q['salary']:,}円（うち通勤手当 12,400円）

前職の厚生年金加入歴はありとのことですが、年金手帳は紛失しているそうなので
個人番号での届出でお願いできればと思います。

よろしくお願いいたします。

人事部 労務課 西園寺
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new hire's 個人番号 with name, birth date and address sent outside to the 社労士",
)

# 005 — internal only: payroll check of My Numbers as CSV (pass: all recipients internal)
_p = _people("005", 12, 1970, 2002)
_rows = [["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "雇用保険届出済"]]
for _n, _q in enumerate(_p):
    _rows.append([_q["emp"], _q["name"], _q["kana"], _ymd(_q["dob"], "-"), _mn(),
                  "済" if _n % 4 else "未"])
_add(
    id="shakaihoken-005", charset="utf-8",
    sender=NAKASONE, to=[HASEBE], cc=[ROUMU_ML],
    subject="マイナンバー登録状況の突合（雇用保険）",
    body=f"""長谷部さん

給与システムに登録されている個人番号と、雇用保険の届出状況を突合しました。
「未」の3名はハローワークへの個人番号登録届がまだのようです。
社内共有フォルダにも置いていますが、念のため添付します（社外には出さないでください）。

仲宗根
{SIG_NAKASONE}
""",
    attachments=[{"kind": "csv", "name": "mynumber_koyo_check.csv", "encoding": "utf-8-sig",
                  "rows": _rows}],
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="My Numbers of 12 employees, but every recipient is inside hinode-sangyo.co.jp",
)

# 006 — sickness allowance, one employee's diagnosis (stop: 要配慮個人情報)
_add(
    id="shakaihoken-006", charset="iso-2022-jp",
    sender=SAIONJI, to=[SR_TANABE],
    subject="傷病手当金の申請についてご相談（営業二部 社員）",
    body=f"""田辺先生

いつもお世話になっております。日の出産業の西園寺です。

営業二部の漆原 拓海さん（社員番号 21573）について、傷病手当金の申請をお願い
したくご相談です。

・10月19日より欠勤しており、11月2日付の診断書で「適応障害」との診断を受けています。
・主治医からは少なくとも3か月の休養が必要との意見です。
・有給休暇は10月30日までで使い切り、以降は無給の欠勤扱いとなっています。
・就業規則上、11月20日から休職発令の予定です。

申請書の事業主証明欄は当社で記入いたしますので、療養担当者の意見欄の取得時期や、
初回は何日分までまとめて申請するのがよいか、ご助言いただけますでしょうか。

本人の体調を考え、書類のやり取りはご家族経由になる見込みです。
よろしくお願いいたします。
{SIG_SAIONJI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's diagnosis (適応障害) and sick leave sent to the 社労士: 要配慮個人情報",
)

# 007 — invitation with five part-timers' private addresses visible in To (stop: 3+ parties)
_add(
    id="shakaihoken-007", charset="utf-8",
    sender=KAJIWARA,
    to=["浅利 香織 <kaori.asari.0412@gmail.com>", "koga-mayumi@yahoo.co.jp",
        "釘宮 智子 <tomo-kugimiya@icloud.com>", "shingo.t.1979@docomo.ne.jp",
        "砂川 結衣 <yui_sunagawa@outlook.jp>"],
    subject="【ご案内】社会保険の加入に関する説明会（大阪支店パートの皆さまへ）",
    body=f"""パートタイマーの皆さま

お疲れさまです。大阪支店総務の梶原です。
社会保険の適用拡大にともない、来年1月から皆さまも健康保険・厚生年金保険の
加入対象となる見込みです。手取り額の変化や扶養から外れる場合の手続きについて、
説明会を開きます。

　日時：11月18日（水）14:00〜15:00
　場所：大阪支店 5階 会議室B
　持ち物：特にありません（ご家族の扶養に入っている方は、ご家族の保険証の写しがあると
　　　　　個別相談がスムーズです）

当日ご都合の悪い方は、このメールにご返信ください。個別に時間をとります。
{SIG_KAJIWARA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private persons' addresses in To can see each other: should have been Bcc",
)

# 008 — one new hire's basic data, no ID numbers (pass: one person's record, may warn)
_q = _people("008", 1, 1992, 1998)[0]
_add(
    id="shakaihoken-008", charset="cp932",
    sender=HASEBE, to=[SR_KOMATSU],
    subject="1名追加：12/1入社（技術部）",
    body=f"""小松様

お世話になっております。長谷部です。
先日お送りした12月1日入社者に、1名追加となりました。申し訳ありません。

　{_q['name']}（{_q['kana']}）　{_q['sex']}
　生年月日　{_ymd(_q['dob'])}
　現住所　　〒{_q['zip']} {_q['addr']}
　報酬月額　{_q['salary']:,}円
　前職　　　株式会社ミナミ精工（2026年10月31日退職、厚生年金・雇用保険加入あり）

個人番号と雇用保険被保険者証は、入社日に本人から受け取り次第お渡しします。
よろしくお願いいたします。
{SIG_HASEBE}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one new hire's record (name, birth date, address) to the 社労士: under the list threshold, may warn",
)

# 009 — PPAP: password ZIP of the enrolment forms (stop: unreadable attachment)
_p = _people("009", 5, 1990, 2003)
_add(
    id="shakaihoken-009", charset="iso-2022-jp",
    sender=SAIONJI, to=[SR_KOMATSU],
    subject="資格取得届データ（12月入社分）",
    body=f"""小松様

お世話になっております。西園寺です。
12月入社分の資格取得届データを、パスワード付きZIPでお送りします。
パスワードは別メールにてお知らせします。

よろしくお願いいたします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "zip", "name": "資格取得届_202612.zip", "password": "Hn2612#rk",
                  "files": [{"kind": "xlsx", "name": "資格取得届_202612.xlsx",
                             "sheets": {"取得者": [["氏名", "生年月日", "個人番号"]] + [
                                 [q["name"], _ymd(q["dob"]), _mn()] for q in _p]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP to the 社労士 cannot be inspected (it holds five hires' My Numbers)",
)

# 010 — lawyer's domain mistyped as .co.jp (stop: look-alike of partner shirakawa-law.jp)
_add(
    id="shakaihoken-010", charset="utf-8",
    sender=MAKABE, to=["白川 正道 <m.shirakawa@shirakawa-law.co.jp>"], cc=[HASEBE],
    subject="元社員からの未払残業代請求の件　打合せ日程",
    body=f"""白川先生

いつもお世話になっております。日の出産業の真壁です。

先日お電話でご相談した、元社員（物流センター勤務、本年8月退職）からの
未払残業代請求の件で、一度打合せのお時間をいただけますでしょうか。

候補日：
　11月24日（火）15時以降
　11月26日（木）終日
　11月27日（金）午前

当社からは私と労務課の長谷部が伺います。タイムカードの写しと賃金台帳は、
日程が決まりましたら事前にお送りします。

よろしくお願いいたします。
{SIG_MAKABE}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a look-alike of the partner law firm's shirakawa-law.jp",
)

# 011 — 賞与支払届 data as CP932 CSV (stop: list)
_p = _people("011", 15, 1968, 2002)
_rows = [["被保険者整理番号", "氏名", "生年月日", "賞与支払年月日", "賞与額(通貨)", "賞与額(現物)"]]
for _n, _q in enumerate(_p, start=1):
    _rows.append([str(40 + _n * 2), _q["name_nosp"], _ymd(_q["dob"]), "2026/12/10",
                  str((_q["salary"] * 2 // 1000) * 1000), "0"])
_add(
    id="shakaihoken-011", charset="cp932",
    sender=NAKASONE, to=[SR_OFFICE], cc=[SR_KOMATSU, HASEBE],
    subject="賞与支払届データ（本社）",
    body=f"""田辺社会保険労務士事務所　御中

お世話になっております。日の出産業 給与厚生グループの仲宗根です。
12月10日支給の賞与について、賞与支払届用のデータをCSVでお送りします。
本社分15名です。大阪支店分は梶原より別途お送りします。

千円未満切り捨て済みです。ご確認をお願いいたします。
{SIG_NAKASONE}
""",
    attachments=[{"kind": "csv", "name": "shoyo_shiharai_honsha.csv", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CSV with 15 employees' names, birth dates and bonus amounts to the 社労士",
)

# 012 — reply that quotes the 社労士's list with '>' (pass: quoted text only)
_p = _people("012", 8, 1970, 2000)
_quoted = "\n".join(f"> {q['name']:　<6}　健保 {((q['salary'] // 10000) * 10000):,}円　"
                    f"厚年 {min((q['salary'] // 10000) * 10000, 650000):,}円" for q in _p)
_add(
    id="shakaihoken-012", charset="iso-2022-jp",
    sender=NAKASONE, to=[SR_KOMATSU],
    subject="Re: 【田辺社労士事務所】標準報酬月額決定通知書の送付",
    body=f"""小松様

お世話になっております。仲宗根です。
決定通知書、確かに受領いたしました。
9月分（10月納付分）の保険料から給与控除に反映済みです。ありがとうございました。

仲宗根

-----
小松 瑞穂 wrote:
> 日の出産業株式会社
> 仲宗根様
>
> お世話になっております。田辺社労士事務所の小松です。
> 算定基礎届の決定通知書が届きましたので、PDFをお送りします。
> 従前から等級が変わった方は以下のとおりです。
>
{_quoted}
>
> 原本は郵送いたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the eight people's pay grades are only in text quoted from the 社労士's own mail; new text has no data",
)

# 013 — draft rules stamped 社外秘 in the DOCX header (stop: confidentiality marking)
_add(
    id="shakaihoken-013", charset="utf-8",
    sender=HASEBE, to=[SR_TANABE],
    subject="育児・介護休業規程 改定案のご確認依頼",
    body=f"""田辺先生

お世話になっております。長谷部です。
来年4月施行の法改正に合わせた育児・介護休業規程の改定案を作成しましたので、
ご確認をお願いできますでしょうか。

主な変更点：
　1. 子の看護等休暇の対象を小学校3年生修了までに拡大
　2. 残業免除の対象を小学校就学前までに拡大
　3. 柔軟な働き方を実現するための措置（テレワーク・短時間勤務から選択）

12月の労使協議に諮る予定ですので、11月末頃までにコメントをいただけますと幸いです。
{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "育児介護休業規程_改定案_v3.docx",
                  "title": "育児・介護休業規程 改定案", "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 人事部 2026.11 改定案",
                  "paragraphs": [
                      "育児・介護休業規程（改定案）", "第1章 目的",
                      "第1条 本規程は、従業員の育児・介護休業、子の看護等休暇、介護休暇、育児・"
                      "介護のための所定外労働、時間外労働及び深夜業の制限並びに所定労働時間の"
                      "短縮措置等に関する取扱いについて定めるものである。",
                      "第2章 育児休業", "第2条 育児のために休業することを希望する従業員であって、"
                      "1歳に満たない子と同居し、養育する者は、この規則に定めるところにより"
                      "育児休業をすることができる。",
                      "第16条（改定）子の看護等休暇 小学校第3学年修了前の子を養育する従業員は、"
                      "1年間につき5日（子が2人以上の場合は10日）を限度として取得できる。"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached draft carries a 社外秘 header stamp and goes to the 社労士",
)

# 014 — dependants' My Numbers in a DOCX for 被扶養者異動届 (stop: My Number)
_q = _people("014", 1, 1988, 1992)[0]
_sp = _people("014s", 1, 1989, 1994)[0]
_rows = [["区分", "氏名", "フリガナ", "続柄", "生年月日", "個人番号", "収入（年額）"],
         ["被保険者", _q["name"], _q["kana"], "本人", _ymd(_q["dob"]), "（届出済）", "—"],
         ["被扶養者", f"{_q['sei']} {_sp['mei']}", f"{_q['kana'].split()[0]} {_sp['kana'].split()[1]}",
          "妻", _ymd(_sp["dob"]), _mn(), "0円（退職）"],
         ["被扶養者", f"{_q['sei']} 陽翔", f"{_q['kana'].split()[0]} ハルト", "長男", "2026/10/08",
          _mn(), "0円"]]
_add(
    id="shakaihoken-014", charset="cp932",
    sender=NAKASONE, to=[KENPO],
    subject="被扶養者異動届（追加）の記入内容確認のお願い",
    body=f"""関東機械工業健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業株式会社（事業所記号 2417）の仲宗根です。

社員1名について、配偶者の退職および第一子出生にともなう被扶養者の追加がございます。
記入内容を添付のとおり整理しましたので、届書作成前にご確認いただけますでしょうか。
配偶者の退職証明書と、子の出生を確認できる書類（住民票）は原本を郵送いたします。

よろしくお願いいたします。
{SIG_NAKASONE}
""",
    attachments=[{"kind": "docx", "name": "被扶養者異動届_記入内容.docx",
                  "paragraphs": ["被扶養者（異動）届 記入内容確認表", "異動年月日：2026年10月8日",
                                 "異動理由：配偶者 退職（2026/9/30）、長男 出生"],
                  "tables": [_rows]}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="DOCX with a spouse's and a newborn's 個人番号 sent to the health insurance society",
)

# 015 — mail about an NDA with a new 社労士 firm, NDA draft attached (pass)
_add(
    id="shakaihoken-015", charset="utf-8",
    sender=MAKABE, to=["社会保険労務士法人みなと労務パートナーズ 代表社員 岸本 <kishimoto@minato-roumu.jp>"],
    cc=[HASEBE],
    subject="秘密保持契約書（案）の送付",
    body=f"""社会保険労務士法人みなと労務パートナーズ
岸本先生

お世話になっております。日の出産業の真壁でございます。
先日はご提案をいただき、ありがとうございました。

給与計算・社会保険手続きのアウトソーシングのご検討に先立ち、当社所定の
秘密保持契約書（案）をお送りします。あわせて、個人情報の取扱いに関する覚書も
締結させていただきたく存じます。

条文についてご意見がございましたら、修正履歴にてお戻しください。
締結後に、従業員数や手続件数など詳細な資料をお渡しいたします。

何卒よろしくお願い申し上げます。
{SIG_MAKABE}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_日の出産業.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と社会保険労務士法人みなと労務"
                      "パートナーズ（以下「乙」という。）は、甲の給与計算及び社会保険手続業務の"
                      "委託の検討（以下「本目的」という。）に関し、以下のとおり契約を締結する。",
                      "第1条（機密情報の定義）本契約において機密情報とは、本目的のために甲が乙に"
                      "開示する技術上、営業上その他一切の情報であって、開示の際に秘密である旨を"
                      "明示したものをいう。",
                      "第2条（個人情報）乙は、甲から預託された従業員の個人情報及び特定個人情報を"
                      "本目的以外に利用してはならない。",
                      "第5条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about a 秘密保持契約 and an NDA draft that mentions 機密情報: no marking, no personal data",
)

# 016 — health check follow-up list to the occupational physician (stop: list + 要配慮)
_p = _people("016", 7, 1964, 1990)
_finds = [("血圧 172/104", "要精密検査"), ("HbA1c 7.6%", "要医療"), ("ALT 96 / γ-GTP 212", "要再検査"),
          ("心電図 心房細動の疑い", "要精密検査"), ("血圧 158/98", "要再検査"),
          ("LDL 212", "要医療"), ("胸部X線 結節影", "要精密検査")]
_rows = [["2026年度 定期健康診断 有所見者一覧（就業判定依頼）", "", "", "", "", ""],
         ["社員番号", "氏名", "生年月日", "所属", "主な所見", "判定"]]
for _q, (_f, _j) in zip(_p, _finds):
    _rows.append([_q["emp"], _q["name"], _ymd(_q["dob"]), "福島工場 製造課", _f, _j])
_add(
    id="shakaihoken-016", charset="utf-8",
    sender=INOMATA, to=["青山メディカルオフィス 産業医 野沢先生 <nozawa@aoyama-medical.jp>"],
    subject="定期健診 有所見者の就業判定のお願い（福島工場）",
    body=f"""野沢先生

いつもお世話になっております。日の出産業 福島工場 総務の猪俣です。

10月実施の定期健康診断の結果、要再検査・要精密検査となった7名の一覧を添付します。
安衛法上の就業判定（通常勤務／就業制限／要休業）のご意見をいただけますでしょうか。
12月の工場訪問時に面談が必要な方がいれば、あわせてお知らせください。

よろしくお願いいたします。
{SIG_INOMATA}
""",
    attachments=[{"kind": "xlsx", "name": "有所見者一覧_福島工場_2026.xlsx",
                  "sheets": {"有所見者": _rows}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven employees' health check findings with names and birth dates to an outside doctor",
)

# 017 — internal only, HTML-only table of leavers (pass: all internal)
_p = _people("017", 6, 1960, 2000)
_tr = "\n".join(
    f"<tr><td>{q['emp']}</td><td>{q['name']}</td><td>2026/10/{20 + n}</td>"
    f"<td>〒{q['zip']} {q['addr']}</td><td>{q['phone']}</td></tr>" for n, q in enumerate(_p))
_add(
    id="shakaihoken-017", charset="utf-8",
    sender=HASEBE, to=[SAIONJI, NAKASONE],
    subject="10月退職者の離職票送付先（社内確認用）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>西園寺さん、仲宗根さん</p>
<p>10月退職者の離職票・源泉徴収票の送付先を一覧にしました。<br>
退職時の申告住所から変わっている方がいれば教えてください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>退職日</th><th>送付先住所</th><th>携帯</th></tr>
{_tr}
</table>
<p>長谷部</p>
</body></html>""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="leavers' addresses and phones in an HTML table, but sent only to colleagues inside the company",
)

# 018 — to the pension office, company identifiers only (pass: business data)
_add(
    id="shakaihoken-018", charset="iso-2022-jp",
    sender=HASEBE, to=[NENKIN],
    subject="算定基礎届 総括表の記載方法についての照会（日の出産業株式会社）",
    body=f"""芝年金事務所
厚生年金適用調査課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の長谷部と申します。

　事業所整理記号：01-ホヒテ
　事業所番号　　：24518
　法人番号　　　：{HINODE_CORP_NO}

本年の算定基礎届の総括表について、照会させてください。
当社は本年4月に大阪支店を独立した適用事業所といたしましたが、総括表の
「被保険者数」欄には、4月1日時点の本社事業所分のみを記載すればよいでしょうか。
それとも7月1日時点の人数でしょうか。

お手数ですが、ご教示いただけますと幸いです。
{SIG_HASEBE}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a question to the pension office with only the company's own 事業所整理記号 and 法人番号",
)

# 019 — health insurance society and 社労士 both addressed (pass: two external organisations)
_add(
    id="shakaihoken-019", charset="cp932",
    sender=NAKASONE, to=[KENPO], cc=[SR_TANABE],
    subject="被扶養者資格再確認の実施スケジュールについて",
    body=f"""関東機械工業健康保険組合 適用課 御中
（cc：田辺社会保険労務士事務所 田辺先生）

いつもお世話になっております。日の出産業の仲宗根です。

今年度の被扶養者資格再確認について、当社の進め方をご相談させてください。
今年は田辺先生の事務所に取りまとめをお願いする予定ですので、先生にも同報しております。

　・対象者リストのご送付時期（例年どおり11月中旬でしょうか）
　・提出期限の延長可否（当社の年末調整と重なるため、1月中旬を希望）
　・提出方法（紙・電子のどちらが望ましいか）

一度三者でオンラインの打合せをさせていただければと存じます。
11月16日の週でご都合のよい日時をお知らせください。
{SIG_NAKASONE}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="a normal three-way scheduling mail: two external organisations in To/Cc, no personal data",
)

# 020 — HTML-only table of six leavers for 離職票 (stop: list)
_p = _people("020", 6, 1958, 1999)
_reasons = ["自己都合", "契約期間満了", "定年", "自己都合", "自己都合（転居）", "会社都合（事業所閉鎖）"]
_tr = "\n".join(
    f"<tr><td>{q['name']}</td><td>{q['kana']}</td><td>2026年10月{10 + 3 * n}日</td><td>{r}</td>"
    f"<td>{q['addr']}</td><td>{'要' if n != 2 else '不要'}</td></tr>"
    for n, (q, r) in enumerate(zip(_p, _reasons)))
_add(
    id="shakaihoken-020", charset="utf-8",
    sender=SAIONJI, to=[SR_OFFICE],
    subject="10月退職者の資格喪失・離職票作成依頼（6名）",
    html=f"""<html><head><meta charset="utf-8"></head><body>
<div>田辺社会保険労務士事務所<br>手続ご担当者様</div>
<div><br>お世話になっております。日の出産業の西園寺です。<br>
10月退職者6名について、資格喪失届と離職証明書の作成をお願いいたします。<br>
賃金台帳とタイムカードは共有フォルダにアップロード済みです。</div>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>氏名</th><th>フリガナ</th><th>退職日</th><th>離職理由</th><th>住所</th><th>離職票</th></tr></thead>
<tbody>
{_tr}
</tbody></table>
<div><br>保険証は5名分回収済み、1名分は郵送で返却予定です。<br>
よろしくお願いいたします。</div>
<div>--<br>日の出産業株式会社 人事部 労務課 西園寺 里美<br>TEL 03-5403-7725</div>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="HTML table of six leavers with addresses and reasons for leaving sent to the 社労士",
)

# ============================================================================ 021–040

# 021 — work injury report with the diagnosis (stop: 要配慮個人情報)
_q = _people("021", 1, 1971, 1976)[0]
_add(
    id="shakaihoken-021", charset="iso-2022-jp",
    sender=INOMATA, to=[SR_KOMATSU], cc=[HASEBE],
    subject="【労災】福島工場 倉庫内での転落事故について（第一報）",
    body=f"""田辺社会保険労務士事務所
小松様

お世話になっております。福島工場総務の猪俣です。
本日、工場内で労災事故が発生しましたので第一報をお送りします。

■被災者　　　{_q['name']}（{_q['kana']}）
■生年月日　　{_wareki(_q['dob'])}
■所属・職種　製造課 物流係／フォークリフト運転・入出庫作業
■発生日時　　11月12日（木）10時40分頃
■発生場所　　第2倉庫 中二階ラック前
■状況　　　　中二階から荷を下ろす際、脚立（高さ約1.5m）から足を踏み外して転落
■傷病名　　　左足関節外果骨折（福島東部病院にて診断、全治約8週間）
■休業見込み　少なくとも4週間

療養補償給付（様式第5号）は病院に提出済みです。休業補償給付の請求と、
労働者死傷病報告の作成をお願いできますでしょうか。
現場写真と再発防止策は追ってお送りします。
{SIG_INOMATA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named worker's injury diagnosis (骨折) and birth date go to the 社労士: medical data of one person",
)

# 022 — to an employee on childcare leave at her private address (pass: one free-mail recipient)
_add(
    id="shakaihoken-022", charset="utf-8",
    sender=SAIONJI, to=["早乙女 奈々 <nana.saotome.88@gmail.com>"],
    subject="育児休業給付金の次回申請について",
    body=f"""早乙女さん

お疲れさまです。人事部の西園寺です。
その後、お子さんとの生活はいかがですか。

育児休業給付金の次回（3回目）の支給申請について、ご連絡です。
前回と同じく会社からハローワークへ電子申請しますので、早乙女さんに
ご準備いただくものは特にありません。振込は12月中旬の見込みです。

また、育休期間中の社会保険料は引き続き免除となっています。
復職日が決まりましたら、保育園の入所決定通知と一緒にお知らせください。

何かあればこちらのアドレスか、人事部直通（03-5403-7725）までどうぞ。
{SIG_SAIONJI}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one private recipient, told about her own procedure; no identifiers or sensitive data",
)

# 023 — password-protected PDF of the 離職証明書 (stop: unreadable attachment)
_add(
    id="shakaihoken-023", charset="cp932",
    sender=HASEBE, to=[SR_KOMATSU],
    subject="離職証明書（事業主控）の写し",
    body=f"""小松様

お世話になっております。長谷部です。
ご依頼の離職証明書（事業主控）の写しをPDFでお送りします。
社内規程によりパスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "離職証明書_写_1023.pdf", "password": "1023rishoku",
                  "title": "離職証明書",
                  "lines": ["雇用保険被保険者離職証明書（事業主控）", "離職年月日 2026年10月23日",
                            "被保険者番号 5023-118472-6", "離職者氏名 蓮見 浩二"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF cannot be inspected on its way to the 社労士",
)

# 024 — address changes, one block per person (stop: list)
_p = _people("024", 5, 1975, 2000)
_old = _people("024o", 5, 1975, 2000)
_blocks = "\n\n".join(
    f"■{n}．{q['name']}（社員番号 {q['emp']}）\n"
    f"　旧住所：〒{o['zip']} {o['addr']}\n"
    f"　新住所：〒{q['zip']} {q['addr']}\n"
    f"　異動日：2026年{9 + n % 3}月{5 * n}日　　携帯：{q['phone']}"
    for n, (q, o) in enumerate(zip(_p, _old), start=1))
_add(
    id="shakaihoken-024", charset="cp932",
    sender=UKAI, to=[SR_OFFICE],
    subject="住所変更届の提出依頼（5名分）",
    body=f"""田辺社会保険労務士事務所 御中

いつもお世話になっております。日の出産業 総務部の鵜飼です。
秋の異動にともない転居した社員5名分の住所変更届（年金事務所・健保組合）を
お願いいたします。マイナンバーと基礎年金番号が紐づいている方は届出不要と
伺っておりますが、念のため全員分お送りします。

{_blocks}

以上、よろしくお願いいたします。
{SIG_UKAI}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five employees' old and new home addresses and mobiles, one block each, to the 社労士",
)

# 025 — 機密 used in passing, registered-mail tracking number (pass)
_add(
    id="shakaihoken-025", charset="iso-2022-jp",
    sender=SAIONJI, to=[SR_KOMATSU],
    subject="マイナンバー関係書類の郵送について",
    body=f"""小松様

お世話になっております。西園寺です。

12月入社者の個人番号関係の書類は、機密性の高い書類ですので、メールではなく
本日簡易書留にて発送いたしました。

　お問い合わせ番号：3261-4408-7712-9
　到着予定：11月20日（金）

到着しましたらご一報いただけますと助かります。
よろしくお願いいたします。
{SIG_SAIONJI}
""",
    expect="pass", entities=[], detectors=[],
    note="機密 and 個人番号 only mentioned; the mail carries a tracking number, no personal data",
)

# 026 — quotation request with three 社労士 offices visible in To (stop: 3+ parties)
_add(
    id="shakaihoken-026", charset="utf-8",
    sender=MAKABE,
    to=["岸本 <kishimoto@minato-roumu.jp>", "神田社会保険労務士事務所 <info@sr-kanda-office.com>",
        "四谷労務管理事務所 相馬様 <soma@yotsuya-roumu.jp>"],
    cc=[HASEBE],
    subject="給与計算・社会保険手続き業務のお見積り依頼",
    body=f"""各位

突然のご連絡失礼いたします。日の出産業株式会社 人事部長の真壁と申します。

当社では来年度より、給与計算および社会保険・労働保険手続き業務の外部委託を
検討しております。つきましては、下記条件にてお見積りをお願いできますでしょうか。

　・従業員数：約320名（本社・大阪支店・福島工場の3事業所）
　・業務範囲：月次給与計算、賞与計算、年末調整、社会保険・雇用保険の得喪、
　　　　　　　算定・月変、労働保険年度更新、各種給付申請
　・開始時期：2027年4月
　・ご回答期限：12月11日（金）

ご不明点は長谷部までお問い合わせください。
{SIG_MAKABE}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing 社労士 offices can see each other in To: should have been Bcc",
)

# 027 — legacy XLS of eight part-timers for 雇用保険 enrolment (stop: list)
_p = _people("027", 8, 1958, 2004)
_rows = [["氏名", "フリガナ", "性別", "生年月日", "前職の被保険者番号", "週所定労働時間", "時給"]]
for _n, _q in enumerate(_p):
    _rows.append([_q["name"], _q["kana"], _q["sex"], _wareki(_q["dob"], short=True),
                  _q["koyo"] if _n % 3 else "なし", 20 + (_n % 4) * 5, 1150 + 20 * (_n % 5)])
_add(
    id="shakaihoken-027", charset="cp932",
    sender=KAJIWARA, to=[SR_KOMATSU], cc=[HASEBE],
    subject="大阪支店 パート8名 雇用保険加入のお願い",
    body=f"""小松様

お世話になっております。大阪支店総務の梶原です。
12月から週20時間以上の契約に変更となるパート8名の雇用保険資格取得届をお願いします。
支店のパソコンが古く、Excel97形式で失礼します。

前職で雇用保険に入っていた方は、被保険者番号を記入しています。
{SIG_KAJIWARA}
""",
    attachments=[{"kind": "xls", "name": "osaka_part_koyohoken.xls",
                  "sheets": {"雇用保険加入": _rows}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="legacy XLS listing eight part-timers with birth dates and 雇用保険 numbers to the 社労士",
)

# 028 — seminar registration paid by card, card number in the body (stop: credit card)
_add(
    id="shakaihoken-028", charset="utf-8",
    sender=UKAI, to=["労務実務セミナー事務局 <entry@roumu-seminar.jp>"],
    subject="Re: 「社会保険手続き実務 2027年改正対応講座」お申込みについて",
    body=f"""労務実務セミナー事務局 御中

お世話になっております。日の出産業株式会社 総務部の鵜飼です。
ご案内のあった講座について、1名申し込みます。受講料はカード払いを希望します。

　受講者：鵜飼 千尋（総務部）
　カード番号：{_cc()}
　有効期限：09/29
　カード名義：CHIHIRO UKAI

領収書の宛名は「日の出産業株式会社」でお願いいたします。
{SIG_UKAI}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full credit card number with holder name and expiry in the body to an outside seminar office",
)

# 029 — list of the company's own establishments (pass: businesses, not people)
_add(
    id="shakaihoken-029", charset="utf-8",
    sender=NAKASONE, to=[TSUBASA],
    subject="給与BPO導入準備：事業所情報の送付",
    body=f"""ツバサシステム 給与BPOチーム 御中

お世話になっております。日の出産業の仲宗根です。
システム初期設定用に、当社の適用事業所の情報をお送りします。

法人番号：{HINODE_CORP_NO}

事業所名　　　所在地　　　　　　　　　　　　　　　　電話　　　　　管轄年金事務所　管轄HW　　　　雇用保険事業所番号
本社　　　　　東京都港区浜松町2-9-4　　　　　　　　03-5403-7710　芝　　　　　　　品川　　　　　1301-604217-3
大阪支店　　　大阪市淀川区宮原4-1-18　　　　　　　06-6398-4410　東淀川　　　　　淀川　　　　　2708-311954-0
福島工場　　　福島県福島市荒井北3-2-1　　　　　　　024-593-8120　福島　　　　　　福島　　　　　0701-100428-5

健康保険は3事業所とも関東機械工業健康保険組合です。
従業員データは、契約締結後に指定の方法でお渡しします。
{SIG_NAKASONE}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a list of the company's own offices and registration numbers: business data, no people",
)

# 030 — disciplinary dismissal after an arrest, lawyer in Cc (stop: criminal data)
_add(
    id="shakaihoken-030", charset="iso-2022-jp",
    sender=MAKABE, to=[SR_TANABE], cc=[LAW],
    subject="懲戒解雇者の離職理由の取扱いについて",
    body=f"""田辺先生
（cc：白川先生）

お世話になっております。真壁です。

物流センターの社員 阿久津 大和（社員番号 18227）が、10月28日に窃盗の容疑で
逮捕され、その後起訴されました。本人も事実を認めており、懲罰委員会の審議を経て
11月30日付で懲戒解雇とする予定です。

つきましては、
　1. 離職証明書の離職理由を「重責解雇」とすることの可否
　2. 解雇予告除外認定の申請の要否
について、ご意見をいただけますでしょうか。法的な手続き面は白川先生にご確認いただいて
おりますので、同報させていただきました。
{SIG_MAKABE}
{DISC_JA}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="a named employee's arrest and prosecution (犯罪の経歴) sent to the 社労士 and the lawyer",
)

# 031 — colleague's domain mistyped, three people's dependant data (stop: look-alike)
_p = _people("031", 3, 1980, 1993)
_kids = _people("031k", 3, 2020, 2026)
_lines = "\n".join(f"・{q['name']}　→　{q['sei']} {k['mei']}（子）{_ymd(k['dob'])}生"
                   for q, k in zip(_p, _kids))
_add(
    id="shakaihoken-031", charset="utf-8",
    sender=SAIONJI, to=["仲宗根 亮 <nakasone@hinode-sanyo.co.jp>"],
    subject="扶養追加3件（家族手当の反映お願いします）",
    body=f"""仲宗根さん

お疲れさまです。西園寺です。
健保の被扶養者追加が承認された3件です。12月給与から家族手当の反映をお願いします。

{_lines}

西園寺
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sanyo.co.jp drops a letter of the company's own domain; the mail carries three families' data",
)

# 032 — four part-timers becoming insured (pass: four records, may warn)
_p = _people("032", 4, 1966, 1999)
_lines = "\n".join(f"{n}. {q['name']}（{q['kana']}） {_ymd(q['dob'])}生 週{22 + n}時間 "
                   f"月額{88000 + n * 6500:,}円" for n, q in enumerate(_p, start=1))
_add(
    id="shakaihoken-032", charset="cp932",
    sender=HASEBE, to=[SR_KOMATSU],
    subject="適用拡大による社保加入者（本社 4名）",
    body=f"""小松様

お世話になっております。長谷部です。
1月1日付で社会保険に新たに加入となる本社のパート社員は下記4名です。

{_lines}

大阪支店分は梶原から別途ご連絡します。よろしくお願いいたします。
{SIG_HASEBE}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four people's records to the 社労士: below five, no identifiers or sensitive data, may warn",
)

# 033 — PPTX schedule for return-to-work interviews with mobiles (stop: list)
_p = _people("033", 6, 1985, 1996)
_slides = [["育休復帰者 面談スケジュール（2026年12月）", "株式会社キャリアブリッジ 御中",
            "日の出産業株式会社 人事部"]]
for _n, _q in enumerate(_p):
    _slides.append([f"面談 {_n + 1}：{_q['name']}",
                    f"所属：{['営業一部', '経理部', '技術部', '総務部', '営業二部', '品質保証部'][_n]}",
                    f"復帰予定日：2027年{1 + _n % 3}月{1 + 7 * (_n % 2)}日",
                    f"連絡先（携帯）：{_q['phone']}",
                    f"面談希望：12月{7 + _n}日 {10 + _n % 4}:00〜"])
_add(
    id="shakaihoken-033", charset="utf-8",
    sender=SAIONJI, to=["小田切 <odagiri@career-bridge.co.jp>"],
    subject="復職前面談の対象者と日程（ご確認ください）",
    body=f"""株式会社キャリアブリッジ
小田切様

お世話になっております。日の出産業の西園寺です。
育休からの復職前面談について、対象者6名と希望日程をスライドにまとめました。
面談の日程調整は、各自の携帯へ直接ご連絡いただいて構いません。

よろしくお願いいたします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "pptx", "name": "復職前面談_対象者一覧.pptx",
                  "title": "育休復帰者 面談スケジュール", "slides": _slides}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PPTX with six employees' names and mobile numbers sent to an outside consultant",
)

# 034 — a foreign hire's residence card number (stop: identity document)
_add(
    id="shakaihoken-034", charset="utf-8",
    sender=KAJIWARA, to=[SR_KOMATSU],
    subject="外国籍社員の資格取得・外国人雇用状況届出について",
    body=f"""小松様

お世話になっております。大阪支店の梶原です。
12月1日入社の外国籍社員について、資格取得届と外国人雇用状況の届出をお願いします。

　氏名（ローマ字）：NGUYEN THI THANH HUONG
　生年月日：1998年7月14日
　国籍・地域：ベトナム
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2029年3月31日
　在留カード番号：UH48203716GA
　資格外活動許可：なし

ローマ字氏名の届出も必要と伺っておりますので、ご対応をお願いいたします。
在留カードの写し（表裏）は郵送します。
{SIG_KAJIWARA}
""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a named employee's 在留カード番号 with birth date sent outside",
)

# 035 — English mail on Japanese social insurance rates (pass)
_add(
    id="shakaihoken-035", charset="utf-8",
    sender=ESATO, to=["Rachel Ng <rachel.ng@expatlink-partners.com>"],
    subject="Japanese social insurance contribution rates for FY2026 assignees",
    body=f"""Dear Rachel,

Thank you for your call yesterday. As requested, here are the employee-side rates we
will use when grossing up the Tokyo package for inbound assignees from April:

  - Health insurance (Kanto Kikai Kogyo HIS): 4.95% of standard monthly remuneration
  - Long-term care insurance (age 40-64 only): 0.90%
  - Employees' pension insurance: 9.15% (capped at JPY 650,000 standard remuneration)
  - Employment insurance: 0.55% of gross pay

Assignees covered by a totalisation agreement (e.g. US, UK, Germany) are exempt from
the pension contribution if they hold a certificate of coverage. We will send the
assignee-specific details once the contracts are signed.

Please let me know if your cost projection model needs anything else.
{SIG_SATO_E}
""",
    expect="pass", entities=[], detectors=[],
    note="English mail about contribution rates to a relocation provider; no personal data",
)

# 036 — cost simulation marked 取扱注意 (stop: confidentiality marking)
_rows = [["取扱注意", "", "", "", ""],
         ["2027年度 法定福利費 試算（適用拡大・料率改定後）", "", "", "", ""],
         ["部門", "人数", "賃金総額（月）", "健保・介護（会社）", "厚年（会社）"],
         ["本社 管理部門", 62, 24180000, 1208000, 2212000],
         ["本社 営業部門", 88, 33440000, 1671000, 3059000],
         ["大阪支店", 54, 18360000, 917000, 1679000],
         ["福島工場", 116, 34800000, 1739000, 3184000]]
_add(
    id="shakaihoken-036", charset="iso-2022-jp",
    sender=MAKABE, to=[SR_TANABE],
    subject="【取扱注意】来年度の法定福利費試算について",
    body=f"""田辺先生

お世話になっております。真壁です。
来年度予算の策定にあたり、社会保険の適用拡大と料率改定を織り込んだ
法定福利費の試算を作成しました。経営会議前の資料のため、取扱注意でお願いします。

前提条件（月額賃金の伸び率、対象となるパートの人数）に違和感がないか、
ご覧いただけますでしょうか。
{SIG_MAKABE}
""",
    attachments=[{"kind": "xlsx", "name": "法定福利費試算_2027_取扱注意.xlsx",
                  "page_header": "取扱注意", "sheets": {"試算": _rows}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail and workbook stamped 取扱注意 go to the 社労士",
)

# 037 — ZIP (no password) with a CSV of seven hires and a DOCX checklist (stop: list)
_p = _people("037", 7, 1994, 2003)
_rows = [["氏名", "ふりがな", "生年月日", "郵便番号", "住所", "電話番号", "入社日"]]
for _q in _p:
    _rows.append([_q["name"], _q["kana"], _ymd(_q["dob"]), _q["zip"], _q["addr"], _q["phone"],
                  "2027/01/05"])
_add(
    id="shakaihoken-037", charset="utf-8",
    sender=HASEBE, to=[SR_OFFICE],
    subject="1月入社者7名の入社手続き資料",
    body=f"""田辺社会保険労務士事務所
手続ご担当者様

お世話になっております。長谷部です。
1月5日入社の7名について、入社手続き資料一式をZIPにまとめてお送りします。
（入社者一覧CSVと、書類回収チェックリストです）

よろしくお願いいたします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "zip", "name": "nyusha_202701.zip", "files": [
        {"kind": "csv", "name": "入社者一覧_202701.csv", "encoding": "utf-8", "rows": _rows},
        {"kind": "docx", "name": "書類回収チェックリスト.docx",
         "paragraphs": ["入社書類 回収チェックリスト（2027年1月入社）"],
         "tables": [[["書類", "回収状況"], ["雇用契約書", "7/7"], ["扶養控除等申告書", "6/7"],
                     ["雇用保険被保険者証", "4/7"], ["年金手帳（基礎年金番号通知書）", "5/7"]]]}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP with a CSV of seven new hires' birth dates, addresses and phones sent to the 社労士",
)

# 038 — internal forward of the 社労士's mail with pension numbers (pass: internal only)
_p = _people("038", 6, 1990, 2003)
_lines = "\n".join(f"  {q['name']:　<6}  基礎年金番号 {q['pension']}" for q in _p)
_add(
    id="shakaihoken-038", charset="iso-2022-jp",
    sender=HASEBE, to=[NAKASONE],
    subject="FW: 資格取得確認通知と基礎年金番号のご連絡",
    body=f"""仲宗根さん

社労士事務所から取得確認の連絡が来ました。給与システムへの基礎年金番号の登録を
お願いします。（社内限りでお願いします）

長谷部

-------- Forwarded Message --------
差出人: 小松 瑞穂 <komatsu@tanabe-sr.jp>
送信日時: 2026年11月10日 16:02
宛先: 長谷部 康介
件名: 資格取得確認通知と基礎年金番号のご連絡

長谷部様

10月入社の6名について、資格取得の確認通知が届きました。
基礎年金番号は以下のとおりです。

{_lines}

確認通知書の原本は本日郵送いたしました。
""",
    expect="pass", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"], detectors=[],
    note="forward with six pension numbers, but only to a colleague inside the company",
)

# 039 — internal mail with eight part-timers attached as a message and forwarded (stop: list)
_p = _people("039", 8, 1960, 2005)
_inner = _cols([["氏名", "生年月日", "週労働時間", "月額賃金", "携帯"]] + [
    [q["name"], _ymd(q["dob"]), f"{18 + n * 2}h", f"{72000 + n * 9000:,}", q["phone"]]
    for n, q in enumerate(_p)])
_add(
    id="shakaihoken-039", charset="utf-8",
    sender=HASEBE, to=[SR_KOMATSU],
    subject="FW: 亀戸店パートの社保加入判定",
    body=f"""小松様

お世話になっております。長谷部です。
亀戸店の店長から届いたパート社員の勤務状況を、そのまま添付で転送します。
加入要件（週20時間・月額8.8万円）に該当するかどうか、判定をお願いできますか。
{SIG_HASEBE}
""",
    attachments=[{"kind": "eml", "name": "亀戸店パート勤務状況.eml", "message": {
        "sender": "亀戸店 店長 生田目 <namatame@hinode-sangyo.co.jp>", "to": [HASEBE],
        "subject": "亀戸店パートの勤務状況（9〜11月平均）", "charset": "iso-2022-jp",
        "body": f"""長谷部さん

お疲れさまです。亀戸店の生田目です。
ご依頼のあった、パート社員の直近3か月の勤務状況です。

{_inner}

ご確認よろしくお願いします。
生田目"""}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an attached internal mail listing eight part-timers with birth dates and mobiles goes to the 社労士",
)

# 040 — one leaver's 雇用保険被保険者番号 to Hello Work (either)
_add(
    id="shakaihoken-040", charset="cp932",
    sender=HASEBE, to=[HW],
    subject="離職証明書の訂正について（照会）",
    body=f"""ハローワーク品川
雇用保険適用課 ご担当者様

お世話になっております。日の出産業株式会社（事業所番号 1301-604217-3）の長谷部です。

先日電子申請いたしました離職証明書について、賃金支払基礎日数に誤りがありました。
訂正の手続き方法をご教示いただけますでしょうか。

　被保険者番号：5012-337619-8
　氏名：鹿野 雅人
　離職日：2026年10月31日

お手数をおかけしますが、よろしくお願いいたします。
{SIG_HASEBE}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one leaver's 雇用保険被保険者番号 to the Hello Work office handling it: an insurance number, but to its own issuer",
)

# ============================================================================ 041–060

# 041 — a leaver's health insurance card symbol and number (stop: social insurance ID)
_q = _people("041", 1, 1979, 1986)[0]
_add(
    id="shakaihoken-041", charset="iso-2022-jp",
    sender=NAKASONE, to=[KENPO],
    subject="資格喪失届の提出と保険証回収不能について",
    body=f"""関東機械工業健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業株式会社の仲宗根です。

10月31日付で退職した下記の者について、資格喪失届を電子申請いたしました。
ただし、本人より保険証を紛失したとの申し出があり、回収できておりません。

　被保険者氏名：{_q['name']}（{_q['kana']}）
　生年月日　　：{_wareki(_q['dob'])}
　保険証　　　：記号 2417　番号 {_q['hi_no']}
　資格喪失日　：2026年11月1日

「健康保険被保険者証回収不能・滅失届」は本人の署名をもらい、郵送いたします。
紛失後に医療機関で使用された場合の取扱いについても、ご教示いただけますと幸いです。
{SIG_NAKASONE}
""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a leaver's 健康保険証の記号・番号 with name and birth date sent outside",
)

# 042 — reply about the 社労士's fee quotation; their price list is quoted (pass)
_add(
    id="shakaihoken-042", charset="cp932",
    sender=MAKABE, to=[SR_TANABE],
    subject="Re: 来年度の顧問契約更新とお見積りについて",
    body=f"""田辺先生

お世話になっております。真壁です。
お見積書（No. Q-2026-118）を拝受しました。ありがとうございます。

月額顧問料については据え置きとのこと、承知いたしました。
給付申請（傷病手当金・出産手当金）のスポット料金について、年間20件程度を
見込んでおりますので、件数に応じた割引をご検討いただけないでしょうか。

ご検討のほど、よろしくお願いいたします。
{SIG_MAKABE}

-----Original Message-----
From: 田辺 智恵子 <tanabe@tanabe-sr.jp>
Sent: Monday, November 9, 2026 11:20 AM
Subject: 来年度の顧問契約更新とお見積りについて

真壁様

来年度の顧問契約の更新にあたり、お見積書をお送りします。

　月額顧問料（従業員300名以上）　　　　　　 88,000円（税込）
　社会保険・雇用保険 得喪手続（1件）　　　　 5,500円
　算定基礎届・月額変更届（1名）　　　　　　　1,100円
　給付申請（傷病手当金・出産手当金 1件）　　 11,000円
　労働保険年度更新　　　　　　　　　　　　　55,000円

ご不明な点がございましたらお知らせください。
""",
    expect="pass", entities=[], detectors=[],
    note="fee negotiation with a quoted price list and quotation number; no personal data",
)

# 043 — four former employees' private addresses in To (stop: 3+ parties)
_add(
    id="shakaihoken-043", charset="iso-2022-jp",
    sender=HASEBE,
    to=["matoba.ryosuke@gmail.com", "tsuge-a@ezweb.ne.jp", "百目鬼 様 <domeki_k1969@softbank.ne.jp>",
        "rin.kusakabe@yahoo.co.jp"],
    subject="離職票の発送について（日の出産業 人事部）",
    body=f"""退職された皆さまへ

日の出産業株式会社 人事部の長谷部です。在職中は大変お世話になりました。

離職票（雇用保険被保険者離職票-1・2）がハローワークから交付されましたので、
本日、退職時にお届けいただいたご住所へ簡易書留で発送いたしました。
数日中に届かない場合は、人事部までご連絡ください。

失業給付の手続きは、お住まいを管轄するハローワークで行ってください。
{SIG_HASEBE}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private persons (former employees) see each other's addresses in To: should have been Bcc",
)

# 044 — forward of an internal list of agency temps to the staffing agency (stop: list)
_p = _people("044", 6, 1970, 2001)
_lines = "\n".join(f"{q['name']}\t{_ymd(q['dob'])}\t{['2026/04/01', '2026/06/01', '2026/07/15', 'なし', '2026/09/01', 'なし'][n]}"
                   for n, q in enumerate(_p))
_add(
    id="shakaihoken-044", charset="utf-8",
    sender=HASEBE, to=["スタッフネクスト 営業担当 若林様 <wakabayashi@staffnext.co.jp>"],
    subject="FW: 派遣スタッフの社会保険加入状況（製造部）",
    body=f"""株式会社スタッフネクスト
若林様

お世話になっております。日の出産業の長谷部です。
製造部から以下の問い合わせがありました。派遣スタッフのうち2名が
社会保険未加入となっているようですが、加入要件の確認をお願いできますでしょうか。

---------- 転送メッセージ ----------
From: 製造部 竹内 <takeuchi.m@hinode-sangyo.co.jp>
Date: 2026年11月11日 9:14
Subject: 派遣スタッフの社会保険加入状況（製造部）
To: 長谷部 康介 <hasebe.k@hinode-sangyo.co.jp>

長谷部さん

製造部で受け入れている派遣スタッフの社保加入状況を、派遣元通知書から拾いました。
「なし」の2名は週30時間以上働いていますが、未加入で大丈夫でしょうか。

氏名\t生年月日\t社保加入日
{_lines}

竹内
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a forwarded internal list of six temps with birth dates is new text to the staffing agency",
)

# 045 — a newborn added as dependant, one family (pass: one person's record, may warn)
_q = _people("045", 1, 1986, 1993)[0]
_add(
    id="shakaihoken-045", charset="utf-8",
    sender=NAKASONE, to=[KENPO],
    subject="出生による被扶養者追加の事前確認",
    body=f"""関東機械工業健康保険組合 適用課 御中

お世話になっております。日の出産業の仲宗根です。
社員 {_q['name']} に第二子が誕生し、被扶養者の追加を予定しています。

　子の氏名：{_q['sei']} 凛（{_q['kana'].split()[0]} リン）
　生年月日：2026年11月3日
　続柄　　：長女

配偶者も当社の被保険者のため、収入の多い方（本人）の扶養とする予定です。
夫婦共働きの場合の年収比較の書類は、源泉徴収票の写しで足りますでしょうか。
個人番号は届書にのみ記載し、書留で郵送いたします。
{SIG_NAKASONE}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one employee's newborn (name, birth date) to the health insurance society; no ID numbers",
)

# 046 — UTF-8 CSV with ten My Numbers for 雇用保険 (stop: My Number + list)
_p = _people("046", 10, 1965, 2002)
_rows = [["No", "被保険者番号", "氏名", "フリガナ", "生年月日", "個人番号"]]
for _n, _q in enumerate(_p, start=1):
    _rows.append([_n, _q["koyo"], _q["name"], _q["kana"], _ymd(_q["dob"], "-"), _mn()])
_add(
    id="shakaihoken-046", charset="utf-8",
    sender=NAKASONE, to=[SR_KOMATSU], cc=[HASEBE],
    subject="個人番号登録届（雇用保険）未提出者分のデータ",
    body=f"""小松様

お世話になっております。仲宗根です。
雇用保険の個人番号登録がまだだった10名分のデータをお送りします。
電子申請でまとめてご提出いただけますでしょうか。

よろしくお願いいたします。
{SIG_NAKASONE}
{DISC_JA}
""",
    attachments=[{"kind": "csv", "name": "kojinbango_toroku_10.csv", "encoding": "utf-8",
                  "rows": _rows}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="CSV of ten employees' 個人番号 and birth dates sent to the 社労士",
)

# 047 — PDF report on disabled employees (stop: list + 要配慮)
_p = _people("047", 5, 1968, 1999)
_kinds = [("身体（下肢）", "3級"), ("精神", "2級"), ("知的（療育手帳）", "B2"), ("身体（聴覚）", "4級"),
          ("精神", "3級")]
_table = [["氏名", "生年月日", "障害の種類", "等級", "週所定労働時間", "算定"]]
for _q, (_k, _g) in zip(_p, _kinds):
    _table.append([_q["name"], _ymd(_q["dob"]), _k, _g, "40h" if _g != "B2" else "25h",
                   "1" if _g != "B2" else "0.5"])
_add(
    id="shakaihoken-047", charset="cp932",
    sender=SAIONJI, to=[SR_TANABE],
    subject="障害者雇用状況報告の準備資料",
    body=f"""田辺先生

お世話になっております。西園寺です。
来年6月の障害者雇用状況報告に向けて、現時点の在籍状況をまとめました。
実雇用率の計算方法（短時間労働者の算定）に誤りがないか、ご確認ください。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "pdf", "name": "障害者雇用状況_2026年11月.pdf",
                  "title": "障害者雇用状況（社内集計）",
                  "lines": ["障害者雇用状況 社内集計（2026年11月1日現在）",
                            "常用労働者数 318名　法定雇用率 2.5%", ""],
                  "table": _table}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF naming five employees with their type and grade of disability: 要配慮 list to the 社労士",
)

# 048 — annual labour insurance renewal, totals only (pass)
_add(
    id="shakaihoken-048", charset="iso-2022-jp",
    sender=NAKASONE, to=["浜松町商工会 労働保険事務組合 <roho@hamamatsucho-shokokai.or.jp>"],
    subject="労働保険 年度更新の賃金集計（確定値）",
    body=f"""浜松町商工会 労働保険事務組合 御中

お世話になっております。日の出産業の仲宗根です。
年度更新の賃金集計表（確定値）を下記のとおりご報告します。

　区分　　　　　　　　　　労災保険対象　　　　雇用保険対象
　常用労働者　　　　　　1,184,260,000円　　 1,184,260,000円
　役員で労働者扱い　　　　 14,400,000円　　　　14,400,000円
　臨時労働者　　　　　　　 88,912,000円　　　　61,305,000円
　合計　　　　　　　　　1,287,572,000円　　 1,259,965,000円

　うち高年齢労働者の賃金：92,118,000円

申告書の作成をよろしくお願いいたします。
{SIG_NAKASONE}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate wage totals for the labour insurance renewal: no individual data",
)

# 049 — bank's domain mistyped (stop: look-alike of partner midori-ginko.co.jp)
_q = _people("049", 1, 1995, 2002)[0]
_add(
    id="shakaihoken-049", charset="utf-8",
    sender=NAKASONE, to=["みどり銀行 浜松町支店 法人営業課 <hojin-hamamatsucho@midori-ginkou.co.jp>"],
    subject="給与振込口座の追加登録について",
    body=f"""みどり銀行 浜松町支店 法人営業課 御中

いつもお世話になっております。日の出産業株式会社 給与厚生グループの仲宗根です。
12月入社者1名について、給与振込先の追加登録をお願いいたします。

　社員番号：{_q['emp']}
　氏名：{_q['name']}（{_q['kana']}）
　振込先：{_q['bank']}

12月25日の給与振込から反映をお願いします。
{SIG_NAKASONE}
""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginkou.co.jp is a look-alike of the partner bank's midori-ginko.co.jp, and carries an account",
)

# 050 — re-employment after retirement, full-width digits (stop: list)
_p = _people("050", 6, 1967, 1967)
_lines = "\n".join(
    f"　{_pad(q['name'], 14)}　{_fw(_wareki(q['dob'], short=True)).replace('S', 'Ｓ')}　　"
    f"{_fw(str(q['dob'].year + 60) + '.' + str(q['dob'].month) + '.末')}　　{_fw(q['phone'])}"
    for q in _p)
_add(
    id="shakaihoken-050", charset="cp932",
    sender=UKAI, to=[SR_KOMATSU],
    subject="定年再雇用者の同日得喪について（６名）",
    body=f"""小松様

いつもお世話になっております。総務部の鵜飼です。
来年定年を迎え、嘱託として再雇用予定の社員６名です。
同日得喪の手続きをお願いしたく、対象者をお知らせします。

　氏名　　　　　　　生年月日　　　定年退職日　　携帯
{_lines}

再雇用後の報酬月額は、辞令が出次第お送りします。
{SIG_UKAI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six employees' birth dates and mobiles written in full-width digits, sent to the 社労士",
)

# 051 — English reply; the provider's assignee list is only quoted (pass)
_p = _people("051", 5, 1978, 1990)
_quoted = "\n".join(f"> {q['ROMAJI']:<22} DOB {q['dob']:%d %b %Y}   Home leave: Dec {10 + n}-Jan {3 + n}"
                    for n, q in enumerate(_p))
_add(
    id="shakaihoken-051", charset="utf-8",
    sender=ESATO, to=["Rachel Ng <rachel.ng@expatlink-partners.com>"],
    subject="Re: Home leave flights - Tokyo assignees",
    body=f"""Hi Rachel,

Thanks, the dates all look right to me. Please go ahead and book. Invoices to the usual
address, attention Global HR, PO 4500-7721.

Best,
Emily

On Wed, Nov 11, 2026 at 5:42 PM, Rachel Ng <rachel.ng@expatlink-partners.com> wrote:
> Dear Emily,
>
> Before we book the home leave flights, could you confirm the travellers below?
>
{_quoted}
>
> Kind regards,
> Rachel
""",
    expect="pass", entities=[], detectors=[],
    note="the five assignees' details are only in the quoted mail from the recipient herself",
)

# 052 — driver's licence number as identity proof (stop: identity document)
_add(
    id="shakaihoken-052", charset="iso-2022-jp",
    sender=SAIONJI, to=[SR_KOMATSU],
    subject="本人確認書類の記載事項（雇用保険 個人番号登録）",
    body=f"""小松様

お世話になっております。西園寺です。
先日ご指摘いただいた本人確認（身元確認）の件、本人の運転免許証で確認しました。

　氏名：有働 紗希
　運転免許証番号：第 30 19 04 77581 0 号
　有効期限：令和10年8月12日まで

個人番号カードは未取得とのことで、番号確認は通知カードの写しで行っています。
通知カードの写しは郵送いたしますので、届いたらご確認ください。
{SIG_SAIONJI}
""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME"], detectors=["personal_data"],
    note="a named employee's 運転免許証番号 sent outside",
)

# 053 — corrupt XLSX wage ledger (stop: unreadable attachment)
_add(
    id="shakaihoken-053", charset="utf-8",
    sender=KAJIWARA, to=[SR_KOMATSU],
    subject="賃金台帳（大阪支店 10月分）",
    body=f"""小松様

大阪支店の梶原です。
離職証明書作成用に、10月分の賃金台帳をお送りします。
ファイルが重くて開きにくいかもしれません。開けなければご連絡ください。
{SIG_KAJIWARA}
""",
    attachments=[{"kind": "corrupt", "name": "賃金台帳_大阪_202610.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

# 054 — three address changes with bullets (pass: three records, may warn)
_p = _people("054", 3, 1975, 1998)
_lines = "\n".join(f"・{q['name']}　〒{q['zip']} {q['addr']}（{9 + n}月{3 + n * 8}日転居）"
                   for n, q in enumerate(_p))
_add(
    id="shakaihoken-054", charset="cp932",
    sender=UKAI, to=[SR_OFFICE],
    subject="住所変更（3名）",
    body=f"""田辺社会保険労務士事務所 御中

お世話になっております。日の出産業 総務部の鵜飼です。
下記3名の住所変更をお願いします。

{_lines}

よろしくお願いいたします。
{SIG_UKAI}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="three people's new addresses to the 社労士: under the list threshold, may warn",
)

# 055 — English: an assignee's hospitalisation and diagnosis to the insurer (stop: 要配慮)
_add(
    id="shakaihoken-055", charset="utf-8",
    sender=ESATO, to=["Claims Team <claims.apac@globalcare-assist.com>"],
    subject="Hospitalisation claim - Hinode Sangyo group policy GC-88214",
    body=f"""Dear Claims Team,

I am writing on behalf of our employee, Mr Wataru Kirara (date of birth 3 March 1983),
who is on assignment in Bangkok under our group policy GC-88214.

He was admitted to Samitivej Hospital on 8 November with a high fever and was
diagnosed with dengue haemorrhagic fever. The attending doctor expects a stay of about
seven days. He also has a history of type 2 diabetes, which the hospital has been told about.

Could you please arrange a guarantee of payment directly with the hospital? The admission
note is attached to the claim portal under reference BKK-1108.
{SIG_SATO_E}
{DISC_EN}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named assignee's diagnosis and medical history sent to the insurer: 要配慮個人情報",
)

# 056 — how to hand over My Numbers; the words マイナンバー and 個人情報 only (pass)
_add(
    id="shakaihoken-056", charset="iso-2022-jp",
    sender=HASEBE, to=[SR_KOMATSU],
    subject="マイナンバーの受け渡し方法について",
    body=f"""小松様

お世話になっております。長谷部です。

個人情報保護委員会のガイドラインを踏まえ、社内でマイナンバーの取扱いを見直しました。
今後、御所へ個人番号をお渡しする際は、メール添付はやめ、次のいずれかにしたいと
考えております。

　1. 御所の申請システム（クラウド）へ当社担当者が直接入力
　2. 書面を簡易書留で郵送（受領書をご返送いただく）

委託契約書の「特定個人情報の取扱い」の条項についても、あわせて見直しをお願いできれば
幸いです。ご都合のよい時にお打合せさせてください。
{SIG_HASEBE}
""",
    expect="pass", entities=[], detectors=[],
    note="mail about how to hand over My Numbers: マイナンバー and 個人情報 mentioned, none carried",
)

# 057 — tab-separated bank accounts for maternity allowance (stop: list)
_p = _people("057", 5, 1988, 1997)
_lines = "\n".join(f"{q['emp']}\t{q['name']}\t{q['bank']}\t2026/{8 + n}/{10 + n}"
                   for n, q in enumerate(_p))
_add(
    id="shakaihoken-057", charset="utf-8",
    sender=NAKASONE, to=[KENPO_KYUFU],
    subject="出産手当金の受取口座（本人口座への振込希望者）",
    body=f"""関東機械工業健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業の仲宗根です。
出産手当金について、会社経由ではなく本人口座への直接振込を希望している
5名の口座情報をお送りします（Excelから貼り付けのため、タブ区切りです）。

社員番号\t氏名\t振込先\t産前休業開始日
{_lines}

申請書の原本は今週中に郵送いたします。
{SIG_NAKASONE}
""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="five employees' bank accounts, tab-separated in the body, to the health insurance society",
)

# 058 — early-retirement slides with a 極秘 footer (stop: confidentiality marking)
_add(
    id="shakaihoken-058", charset="utf-8",
    sender=MAKABE, to=[SR_TANABE],
    subject="早期退職優遇制度の説明資料（ご意見ください）",
    body=f"""田辺先生

お世話になっております。真壁です。
来年実施予定の早期退職優遇制度について、社員説明会用のスライド案を作成しました。
退職後の健康保険（任意継続・国保）や雇用保険の受給についての説明に誤りがないか、
ご確認いただけますでしょうか。
{SIG_MAKABE}
""",
    attachments=[{"kind": "pptx", "name": "早期退職優遇制度_説明会資料_案.pptx",
                  "title": "早期退職優遇制度のご案内", "page_footer": "極秘　日の出産業株式会社 人事部",
                  "slides": [
                      ["早期退職優遇制度のご案内", "対象：満50歳以上・勤続10年以上の社員", "募集人数：60名程度"],
                      ["優遇措置", "特別加算金：基本給の最大24か月分", "再就職支援会社のサービスを無償提供"],
                      ["退職後の健康保険", "任意継続被保険者（最長2年）", "国民健康保険", "家族の被扶養者"],
                      ["雇用保険（基本手当）", "会社都合扱い（特定受給資格者）となります",
                       "給付制限期間はありません"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="slides stamped 極秘 on every page go to the 社労士",
)

# 059 — announcement to part-timers' private addresses in Bcc (pass: Bcc used)
_add(
    id="shakaihoken-059", charset="iso-2022-jp",
    sender=HASEBE, to=[ROUMU_ML],
    bcc=["kaori.asari.0412@gmail.com", "koga-mayumi@yahoo.co.jp", "tomo-kugimiya@icloud.com",
         "shingo.t.1979@docomo.ne.jp", "yui_sunagawa@outlook.jp", "h.sunagawa@ezweb.ne.jp"],
    subject="健康保険証（資格確認書）の発行について",
    body=f"""1月から社会保険に加入された皆さまへ（Bccにて一斉送信しています）

日の出産業 人事部の長谷部です。
健康保険組合から、皆さまの資格確認書が届きました。
次回の出勤日に、各店舗の店長からお渡しします。

マイナ保険証をご利用の方も、念のため受け取って保管してください。
ご家族の扶養から外れた方は、ご家族の勤務先への届出もお忘れなく。
{SIG_HASEBE}
""",
    html=f"""<html><body>
<p>1月から社会保険に加入された皆さまへ（Bccにて一斉送信しています）</p>
<p>日の出産業 人事部の長谷部です。<br>
健康保険組合から、皆さまの<b>資格確認書</b>が届きました。<br>
次回の出勤日に、各店舗の店長からお渡しします。</p>
<p>マイナ保険証をご利用の方も、念のため受け取って保管してください。<br>
ご家族の扶養から外れた方は、ご家族の勤務先への届出もお忘れなく。</p>
<p>--<br>日の出産業株式会社 人事部 労務課 長谷部 康介<br>TEL 03-5403-7710（代表）</p>
</body></html>""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="private recipients are in Bcc and cannot see each other; no personal data",
)

# 060 — English: two assignees' passport numbers for certificates of coverage (stop: passport)
_p = _people("060", 2, 1979, 1988)
_add(
    id="shakaihoken-060", charset="utf-8",
    sender=ESATO, to=["Rachel Ng <rachel.ng@expatlink-partners.com>"],
    subject="Certificates of coverage (Japan-US) - two new assignees",
    body=f"""Dear Rachel,

Please find below the details you asked for, so that your team can prepare the
applications for the Japan-US certificates of coverage before departure.

1) {_p[0]['ROMAJI']}
   Date of birth: {_p[0]['dob']:%d %B %Y}
   Passport No.: TZ4418273 (expires 2031-05-19)
   Assignment: Hinode Sangyo America, Detroit, from 1 February 2027 (3 years)

2) {_p[1]['ROMAJI']}
   Date of birth: {_p[1]['dob']:%d %B %Y}
   Passport No.: TR7702916 (expires 2029-11-02)
   Assignment: Hinode Sangyo America, Detroit, from 1 March 2027 (2 years)

Both will remain enrolled in the Japanese pension and health insurance schemes.
{SIG_SATO_E}
""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two named employees' passport numbers and birth dates sent to a relocation provider",
)

# ============================================================================ 061–080

# 061 — internal only, password ZIP between colleagues (pass: all recipients internal)
_p = _people("061", 9, 1970, 2000)
_add(
    id="shakaihoken-061", charset="iso-2022-jp",
    sender=SAIONJI, to=[NAKASONE],
    subject="傷病手当金 申請中の社員一覧（パスワード付）",
    body=f"""仲宗根さん

お疲れさまです。西園寺です。
傷病手当金を申請中・申請予定の社員一覧です。給与の欠勤控除の確認に使ってください。
内容が内容なので、念のためパスワードを付けています（いつもの労務課のものです）。

西園寺
""",
    attachments=[{"kind": "zip", "name": "shobyo_list_202611.zip", "password": "roumu-2026",
                  "files": [{"kind": "xlsx", "name": "傷病手当金_申請状況.xlsx",
                             "sheets": {"一覧": [["氏名", "休業開始日", "傷病名"]] + [
                                 [q["name"], f"2026/{7 + n % 4}/{3 + n}", "（別紙）"]
                                 for n, q in enumerate(_p)]}}]}],
    expect="pass", entities=[], detectors=[],
    note="an encrypted ZIP, but sent only to a colleague inside the company",
)

# 062 — DOCX table for the dependants' annual re-check (stop: list)
_p = _people("062", 8, 1966, 1992)
_deps = _people("062d", 8, 1950, 2012)
_rels = ["妻", "長男", "母", "長女", "夫", "次男", "父", "妻"]
_rows = [["被保険者氏名", "被扶養者氏名", "続柄", "被扶養者生年月日", "同居／別居", "年間収入見込"]]
for _n, (_q, _d) in enumerate(zip(_p, _deps)):
    _rows.append([_q["name"], f"{_q['sei'] if _rels[_n] not in ('母', '父') or _n % 2 else _d['sei']} {_d['mei']}",
                  _rels[_n], _wareki(_d["dob"]), "同居" if _n % 3 else "別居",
                  f"{[0, 0, 780000, 0, 1020000, 0, 1560000, 960000][_n]:,}円"])
_add(
    id="shakaihoken-062", charset="utf-8",
    sender=NAKASONE, to=[KENPO], cc=[SR_KOMATSU],
    subject="被扶養者資格再確認　要確認者の回答",
    body=f"""関東機械工業健康保険組合 適用課 御中
（cc：田辺社会保険労務士事務所 小松様）

お世話になっております。日の出産業の仲宗根です。
被扶養者資格再確認で「要確認」となっていた8件について、本人から回答を回収しました。
回答内容を一覧にまとめましたので、ご確認ください。
別居の方の仕送りの証明（振込明細の写し）は郵送いたします。
{SIG_NAKASONE}
""",
    attachments=[{"kind": "docx", "name": "被扶養者再確認_回答一覧.docx",
                  "title": "被扶養者資格再確認 回答一覧",
                  "paragraphs": ["被扶養者資格再確認 回答一覧（2026年度）", "事業所：日の出産業株式会社 本社"],
                  "tables": [_rows]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data", "multiple_external_domains"],
    note="DOCX listing eight dependants with birth dates and incomes to the health insurance society and 社労士",
)

# 063 — payroll vendor's domain mistyped (stop: look-alike of partner tsubasa-system.jp)
_add(
    id="shakaihoken-063", charset="cp932",
    sender=NAKASONE, to=["ツバサシステム 給与BPOチーム <payroll-bpo@tsubasa-sytem.jp>"],
    subject="雇用保険料率の変更について（4月支給分から）",
    body=f"""ツバサシステム 給与BPOチーム 御中

お世話になっております。日の出産業の仲宗根です。
来年度の雇用保険料率が公表されましたので、給与計算のマスタ変更をお願いします。

　一般の事業：労働者負担 5.5/1000 → 5.0/1000
　適用開始：2027年4月1日以降に締日のある給与から

当社は末締め翌月25日払いのため、4月分（5月25日支給）からの適用となります。
{SIG_NAKASONE}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of the partner domain tsubasa-system.jp",
)

# 064 — employment certificate for a nursery application to the city (pass: one record)
_q = _people("064", 1, 1989, 1994)[0]
_add(
    id="shakaihoken-064", charset="iso-2022-jp",
    sender=SAIONJI, to=["桜ケ丘市 こども未来部 保育課 <hoiku@city.sakuragaoka.lg.jp>"],
    subject="就労証明書の記載内容に関するお問い合わせへの回答",
    body=f"""桜ケ丘市 こども未来部 保育課
ご担当者様

お世話になっております。日の出産業株式会社 人事部の西園寺です。
お問い合わせいただいた当社社員の就労証明書について、回答いたします。

　社員氏名：{_q['name']}
　児童氏名：{_q['sei']} 芽依（令和7年6月2日生）
　雇用期間：期間の定めなし（2015年4月1日入社）
　就労時間：9時00分〜16時00分（育児短時間勤務、休憩60分）
　育児休業：2025年7月28日〜2027年3月31日（予定）
　復職予定日：2027年4月1日

証明書の「育児休業期間」欄の記載漏れ、失礼いたしました。
訂正版は本人経由で提出いたします。
{SIG_SAIONJI}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one employee's working hours and her child's birth date to the city nursery office: one record",
)

# 065 — threatened premature labour, hospitalised (stop: medical data of one person)
_add(
    id="shakaihoken-065", charset="utf-8",
    sender=SAIONJI, to=[SR_TANABE],
    subject="産前休業前の入院について（傷病手当金か出産手当金か）",
    body=f"""田辺先生

お世話になっております。西園寺です。
経理部の社員 早乙女 明日香さん（出産予定日 2027年2月14日）についてご相談です。

11月9日に切迫早産と診断され、そのまま入院となりました。
主治医からは、少なくとも出産まで自宅での安静が必要と言われているそうです。
産前休業は1月4日からの予定でしたが、それまでの期間の休業について

　1. 傷病手当金の対象となるか
　2. 出産手当金との調整はどうなるか
　3. 入院費について限度額適用認定証の手続きを会社で代行できるか

ご教示いただけますでしょうか。よろしくお願いいたします。
{SIG_SAIONJI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's diagnosis (切迫早産) and hospitalisation sent to the 社労士",
)

# 066 — reply with new rows (five people) above the quoted request (stop: list in new text)
_p = _people("066", 5, 1972, 1996)
_new = _cols([["氏名", "生年月日", "変動月", "変動内容", "新報酬月額"]] + [
    [q["name"], _ymd(q["dob"]), f"2026年{7 + n % 3}月", ["役職手当 新設", "基本給 昇給", "住宅手当 増額",
                                                           "通勤手当 変更", "基本給 昇給"][n],
     f"{q['salary'] + 32000:,}円"] for n, q in enumerate(_p)], gap="   ")
_add(
    id="shakaihoken-066", charset="iso-2022-jp",
    sender=HASEBE, to=[SR_KOMATSU],
    subject="Re: 月額変更届の対象者確認のお願い",
    body=f"""小松様

お世話になっております。長谷部です。
ご確認いただいた件、給与システムで再度確認しました。月変の対象は以下の5名で、
ご指摘の2名（固定的賃金の変動なし）は対象外となります。

{_new}

よろしくお願いいたします。
長谷部

> 長谷部様
>
> 田辺社労士事務所の小松です。
> 10月支給分までの賃金データを確認したところ、月額変更届の対象となりそうな方が
> 7名いらっしゃいました。固定的賃金の変動の有無と変動月をご確認いただけますか。
>
> 小松
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="the reply's new text lists five employees with birth dates and pay: the quoted part has none",
)

# 067 — meeting with the 社労士 and the lawyer, no names (pass: two external organisations)
_add(
    id="shakaihoken-067", charset="utf-8",
    sender=MAKABE, to=[SR_TANABE, LAW], cc=[HASEBE],
    subject="労災事案の対応方針に関する打合せ（12月3日）",
    body=f"""田辺先生、白川先生

お世話になっております。日の出産業の真壁です。
先月の工場での労災事案について、労災保険の請求手続きと、被災者からの
損害賠償請求への対応方針を整理するため、打合せをお願いしたく存じます。

　日時：12月3日（木）14:00〜15:30
　場所：当社本社 7階 第2会議室（オンライン参加も可）
　議題：1. 労災保険給付の進捗（田辺先生）
　　　　2. 安全配慮義務違反の主張への対応（白川先生）
　　　　3. 社内の再発防止策の報告

資料は前日までに共有いたします。ご都合が悪い場合はお知らせください。
{SIG_MAKABE}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="three-way meeting with two external organisations (社労士, lawyer); nobody identified",
)

# 068 — full-width My Numbers to an employee's private address (stop: My Number)
_q = _people("068", 1, 1990, 1995)[0]
_add(
    id="shakaihoken-068", charset="cp932",
    sender=NAKASONE, to=[f"{_q['name']} <{_q['romaji'].lower().replace(' ', '.')}.home@gmail.com>"],
    subject="扶養家族の個人番号の確認（育休中の方へ）",
    body=f"""{_q['sei']}さん

育休中にすみません。給与厚生グループの仲宗根です。
ご提出いただいた扶養控除等申告書の個人番号が、住民票の写しと一致しているか
確認させてください。申告書には以下のように記載されています。

　ご本人　　　　　　：{_fw(' '.join([_mn()[i:i + 4] for i in (0, 4, 8)]))}
　お子様（{_q['sei']} 悠真様 ２０２６．８．２１生）：{_fw(' '.join([_mn()[i:i + 4] for i in (0, 4, 8)]))}

お子様の番号の下4桁が住民票と異なるようです。お手数ですが、通知書等で
ご確認のうえ、ご返信ください。
{SIG_NAKASONE}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data", "freemail_recipient"],
    note="two 個人番号 in full-width digits sent to a private gmail address",
)

# 069 — internal meeting papers stamped 社外秘 (pass: all recipients internal)
_add(
    id="shakaihoken-069", charset="iso-2022-jp",
    sender=MAKABE, to=[HASEBE, SAIONJI, NAKASONE], cc=[KAJIWARA, INOMATA],
    subject="【社外秘】人事部 定例会議資料（11月）",
    body=f"""【社外秘】

人事部 各位

明日の定例会議の資料を送ります。
社外秘ですので、社外への転送・印刷の持ち出しはしないでください。

議題
　1. 社会保険適用拡大への対応状況（長谷部）
　2. 育休取得率と男性育休の推進（西園寺）
　3. 法定福利費の来年度見込み（仲宗根）
　4. 大阪支店・福島工場からの報告

真壁
{SIG_MAKABE}
""",
    expect="pass", entities=[], detectors=[],
    note="社外秘 marking, but every recipient is inside the company (subdomains included)",
)

# 070 — corrupt PDF to the health insurance society (stop: unreadable attachment)
_add(
    id="shakaihoken-070", charset="utf-8",
    sender=NAKASONE, to=[KENPO_KYUFU],
    subject="高額療養費 事業主証明の送付",
    body=f"""関東機械工業健康保険組合 給付課 御中

お世話になっております。日の出産業の仲宗根です。
先日ご依頼のありました事業主証明をスキャンしてお送りします。
読み取りがうまくいかない場合はお知らせください。
{SIG_NAKASONE}
""",
    attachments=[{"kind": "corrupt", "name": "jigyonushi_shomei_scan.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected",
)

# 071 — group life insurance enrolment, XLSX to the insurer (stop: list)
_p = _people("071", 9, 1966, 2000)
_rows = [["団体定期保険 中途加入申込者一覧", "", "", "", "", ""],
         ["日の出産業株式会社 御中　証券番号 GT-40518", "", "", "", "", ""],
         ["氏名", "フリガナ", "性別", "生年月日", "加入口数", "受取人（続柄）"]]
for _n, _q in enumerate(_p):
    _rows.append([_q["name"], _q["kana"], _q["sex"], _ymd(_q["dob"]), 1 + _n % 3,
                  ["配偶者", "父", "母", "配偶者", "子", "配偶者", "母", "法定相続人", "配偶者"][_n]])
_add(
    id="shakaihoken-071", charset="cp932",
    sender=UKAI, to=["ひかり生命 団体保険部 <dantai@hikari-seimei.co.jp>"],
    subject="団体定期保険 中途加入者の申込（12月1日付）",
    body=f"""ひかり生命保険株式会社 団体保険部 御中

いつもお世話になっております。日の出産業 総務部の鵜飼です。
団体定期保険（証券番号 GT-40518）の12月1日付中途加入者9名分の一覧をお送りします。
告知書の原本は社内便で回収中のため、届き次第郵送いたします。
{SIG_UKAI}
""",
    attachments=[{"kind": "xlsx", "name": "団体定期_中途加入_202612.xlsx",
                  "sheets": {"加入者": _rows, "記入要領": [["項目", "説明"],
                                                         ["加入口数", "1口＝300万円"],
                                                         ["受取人", "続柄で記入"]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="XLSX of nine employees with sex and birth date sent to the group insurer: a list of people",
)

# 072 — English scheduling mail with the standard disclaimer (pass)
_add(
    id="shakaihoken-072", charset="utf-8",
    sender=ESATO, to=["Daniel Tan <daniel.tan@payrollasia.com.sg>"],
    subject="Shadow payroll cut-off dates for December",
    body=f"""Hi Daniel,

Thanks for the reminder. For December, our Tokyo payroll closes on 30 November and
the bonus run is on 10 December, so please send the shadow payroll figures for the
Singapore-based assignees by 4 December at the latest.

Social insurance deductions in Japan will be calculated on our side as usual; we only
need the gross figures from you.

Could we have a short call next Tuesday (17 Nov) at 10:00 SGT to walk through the
new year-end template?
{SIG_SATO_E}
{DISC_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary English mail with the standard confidentiality disclaimer; no personal data",
)

# 073 — branch sends monthly-change data to HQ but types hinode-sangyo.jp (stop: look-alike)
_p = _people("073", 5, 1975, 1997)
_lines = "\n".join(f"{q['emp']}, {q['name']}, {_ymd(q['dob'])}, {q['salary']:,} → {q['salary'] + 25000:,}"
                   for q in _p)
_add(
    id="shakaihoken-073", charset="utf-8",
    sender=KAJIWARA, to=["長谷部 康介 <hasebe.k@hinode-sangyo.jp>"],
    subject="大阪支店 月変対象者（9月昇給分）",
    body=f"""長谷部さん

大阪支店の梶原です。9月昇給で月変の対象になりそうな5名です。

社員番号, 氏名, 生年月日, 報酬月額（旧→新）
{_lines}

社労士さんへの依頼は本社からお願いします。
梶原
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp drops the co. of the company's own domain; five employees' pay data go out",
)

# 074 — XLSX with three new hires' basic pension numbers (stop: pension number)
_p = _people("074", 3, 1985, 1999)
_add(
    id="shakaihoken-074", charset="iso-2022-jp",
    sender=HASEBE, to=[SR_OFFICE],
    subject="中途入社3名の基礎年金番号",
    body=f"""田辺社会保険労務士事務所
手続ご担当者様

お世話になっております。長谷部です。
マイナンバーの提出を希望しなかった中途入社者3名について、基礎年金番号で
資格取得届を作成いただきたく、一覧をお送りします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "xlsx", "name": "中途入社_基礎年金番号.xlsx",
                  "sheets": {"Sheet1": [["氏名", "生年月日", "基礎年金番号", "取得日"]] + [
                      [q["name"], _wareki(q["dob"]), q["pension"], "2026/11/16"] for q in _p]}}],
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="three people's 基礎年金番号: any social insurance number outside stops, whatever the count",
)

# 075 — list of partner clinics for health checks (pass: businesses)
_add(
    id="shakaihoken-075", charset="cp932",
    sender=INOMATA, to=["東京健診協会 企業健診課 <kigyo@tokyo-kenshin.or.jp>"],
    subject="来年度 健診実施医療機関の希望一覧",
    body=f"""一般財団法人 東京健診協会
企業健診課 ご担当者様

お世話になっております。日の出産業の猪俣です。
来年度の定期健診について、地方拠点の社員が受診を希望する提携医療機関を
一覧にしました。契約の可否をご確認いただけますでしょうか。

医療機関名　　　　　　　　　所在地　　　　　　　　　　　　　電話
福島中央クリニック　　　　　福島県福島市栄町6-11　　　　　　024-521-3380
郡山健診センター　　　　　　福島県郡山市駅前1-4-2　　　　　 024-932-7716
新大阪メディカルプラザ　　　大阪市淀川区西中島5-7-19　　　　06-6305-1124
堺東ヘルスケアクリニック　　堺市堺区中瓦町2-2-8　　　　　　 072-238-9051

各拠点の受診予定人数は、本社・大阪・福島でそれぞれ別紙のとおりです。
{SIG_INOMATA}
""",
    attachments=[{"kind": "html", "name": "受診予定人数.html",
                  "html": "<table border=1><tr><th>拠点</th><th>予定人数</th></tr>"
                          "<tr><td>本社</td><td>150</td></tr><tr><td>大阪支店</td><td>54</td></tr>"
                          "<tr><td>福島工場</td><td>116</td></tr></table>"}],
    expect="pass", entities=[], detectors=[],
    note="a list of clinics with their public addresses and phones: businesses, not people",
)

# 076 — employees on leave, private addresses in Cc (stop: 3+ parties visible)
_add(
    id="shakaihoken-076", charset="iso-2022-jp",
    sender=SAIONJI, to=[SAIONJI],
    cc=["nana.saotome.88@gmail.com", "aoi.kondo@icloud.com", "k-tsukumo@yahoo.co.jp",
        "mei_inagaki@outlook.jp"],
    subject="【育休中の皆さまへ】復職前の手続きのご案内",
    body=f"""育児休業中の皆さま

こんにちは。人事部の西園寺です。
4月復職予定の方に向けて、復職前に必要な手続きをまとめました。

　1. 保育園の入所決定通知の写しをご提出ください（3月10日まで）
　2. 育児短時間勤務を希望される方は、申出書をご提出ください
　3. 復職後、育児休業等終了時報酬月額変更届の対象となる場合があります
　　（給与が下がる方は、標準報酬月額が早く改定されます）
　4. 養育期間標準報酬月額特例の申出書もあわせてご提出ください

ご不明点は、お気軽にご返信ください。
{SIG_SAIONJI}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private persons in Cc can see each other's addresses: should have been Bcc",
)

# 077 — XLSX of premium rates by prefecture to the payroll vendor (pass)
_add(
    id="shakaihoken-077", charset="utf-8",
    sender=NAKASONE, to=[TSUBASA],
    subject="健康保険料率表（協会けんぽ・2027年度）",
    body=f"""ツバサシステム 給与BPOチーム 御中

お世話になっております。仲宗根です。
出向者の一部が協会けんぽ加入の出向先に移るため、参考として2027年度の
都道府県別保険料率表（当社で抜粋したもの）をお送りします。
マスタ登録の際にご利用ください。
{SIG_NAKASONE}
""",
    attachments=[{"kind": "xlsx", "name": "kenpo_rates_2027.xlsx",
                  "sheets": {"料率": [["都道府県", "健康保険料率", "介護保険料率"],
                                      ["東京都", "9.91%", "1.59%"], ["神奈川県", "9.92%", "1.59%"],
                                      ["大阪府", "10.24%", "1.59%"], ["福島県", "9.59%", "1.59%"],
                                      ["宮城県", "10.10%", "1.59%"]]}}],
    expect="pass", entities=[], detectors=[],
    note="premium rates by prefecture: no personal data",
)

# 078 — three seminar attendees with mobiles (pass: three records, may warn)
_p = _people("078", 3, 1980, 1998)
_add(
    id="shakaihoken-078", charset="iso-2022-jp",
    sender=UKAI, to=["労務実務セミナー事務局 <entry@roumu-seminar.jp>"],
    subject="「育児・介護休業法改正セミナー」参加申込（3名）",
    body=f"""労務実務セミナー事務局 御中

お世話になっております。日の出産業株式会社 総務部の鵜飼です。
12月8日開催のセミナーに、下記3名で参加を申し込みます。
当日の緊急連絡先として、各自の携帯番号を記載しております。

　{_p[0]['name']}（人事部）　携帯 {_p[0]['phone']}
　{_p[1]['name']}（人事部）　携帯 {_p[1]['phone']}
　{_p[2]['name']}（大阪支店）携帯 {_p[2]['phone']}

受講料は請求書払い（銀行振込）でお願いいたします。
{SIG_UKAI}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees with their mobile numbers: a short attendee list, may warn",
)

# 079 — commuting injury from an assault (stop: crime victim + injury)
_add(
    id="shakaihoken-079", charset="cp932",
    sender=HASEBE, to=[SR_KOMATSU],
    subject="通勤災害（第三者行為）の手続きについて",
    body=f"""小松様

お世話になっております。長谷部です。
通勤途中の事故についてご相談です。

技術部の社員 鳩山 哲也（社員番号 15522）が、11月6日の帰宅途中、
JR蒲田駅東口付近で見知らぬ男に殴られ、顔面打撲と右眼窩底骨折のけがを
負いました。加害者はその場で逮捕され、現在、警察で傷害事件として捜査中です。

本人は11月9日から出勤していますが、通院が続く見込みです。
通勤災害として請求する場合、第三者行為災害届の作成が必要と認識しておりますが、
被害届の受理番号など、警察から入手しておくべき情報を教えていただけますか。
{SIG_HASEBE}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee as the victim of an assault, with his injuries: 要配慮個人情報 to the 社労士",
)

# 080 — internal: health check follow-ups to the in-house nurse (pass: internal only)
_p = _people("080", 6, 1964, 1992)
_add(
    id="shakaihoken-080", charset="utf-8",
    sender=INOMATA, to=["保健師 笹森 <sasamori@hinode-sangyo.co.jp>"], cc=[SAIONJI],
    subject="再検査未受診者の一覧（福島工場）",
    body=f"""笹森さん

福島工場の猪俣です。
要再検査のうち、まだ受診報告のない6名を一覧にしました。
個別の受診勧奨をお願いできますでしょうか。

猪俣
""",
    attachments=[{"kind": "xlsx", "name": "再検査未受診者_福島.xlsx",
                  "sheets": {"未受診": [["氏名", "生年月日", "所見", "判定"]] + [
                      [q["name"], _ymd(q["dob"]),
                       ["血圧高値", "空腹時血糖 高値", "肝機能異常", "尿潜血", "貧血", "心電図異常"][n],
                       "要再検査"] for n, q in enumerate(_p)]}}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="health findings of six employees, but the mail stays inside the company",
)

# ============================================================================ 081–100

# 081 — forward of a leaver's mail with her card number to the health insurance society (stop)
_add(
    id="shakaihoken-081", charset="utf-8",
    sender=NAKASONE, to=[KENPO],
    subject="FW: 任意継続の保険料をクレジットカードで払いたい",
    body=f"""関東機械工業健康保険組合 適用課 御中

お世話になっております。日の出産業の仲宗根です。
10月末で退職した元社員から、任意継続被保険者の保険料をクレジットカードで
支払いたいとの連絡がありました。貴組合でカード払いが可能かどうか、
また可能な場合の手続きをご教示ください。本人のメールを転送いたします。

---------- Forwarded message ---------
From: 蓮見 早紀 <saki.hasumi.0707@gmail.com>
Date: 2026年11月10日(火) 21:48
Subject: 任意継続の保険料をクレジットカードで払いたい
To: <nakasone@hinode-sangyo.co.jp>

仲宗根様

在職中はお世話になりました。蓮見です。
任意継続の申請書は先週郵送しました。保険料を毎月カード払いにしたいのですが、
会社から健保に伝えていただくことはできますか。

カード番号：{' '.join([_c[i:i + 4] for _c in [_cc()] for i in (0, 4, 8, 12)])}
有効期限：04/30
名義：SAKI HASUMI

よろしくお願いいたします。
蓮見 早紀
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a forwarded mail carrying a former employee's card number is new text to the health insurance society",
)

# 082 — English benefits review with a Confidential footer (stop: confidentiality marking)
_add(
    id="shakaihoken-082", charset="utf-8",
    sender=ESATO, to=["Marcus Lee <marcus.lee@globalcare-assist.com>"],
    subject="Group policy GC-88214 renewal - our benefits review",
    body=f"""Dear Marcus,

Ahead of the renewal meeting on 24 November, please find attached our internal review
of the expatriate medical plan (utilisation by region, premium trend and the options we
are considering for 2027).

We would appreciate your comments on option B in particular.
{SIG_SATO_E}
""",
    attachments=[{"kind": "pdf", "name": "Expat_Medical_Plan_Review_2027.pdf",
                  "title": "Expatriate Medical Plan Review 2027",
                  "page_header": "CONFIDENTIAL - INTERNAL ONLY",
                  "page_footer": "Hinode Sangyo Co., Ltd. - Confidential",
                  "lines": ["Expatriate Medical Plan Review 2027", "",
                            "1. Utilisation by region (claims count, FY2025-26)",
                            "2. Premium trend: +7.8% expected at renewal",
                            "3. Options: A) status quo  B) higher deductible  C) regional pooling"],
                  "table": [["Region", "Members", "Claims", "Paid (USD)"],
                            ["ASEAN", "38", "112", "214,300"], ["North America", "21", "47", "188,900"],
                            ["Europe", "9", "15", "41,200"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF is stamped CONFIDENTIAL - INTERNAL ONLY on every page and goes to the insurer",
)

# 083 — reply; the 社労士's lines with the diagnosis are quoted under 差出人/送信日時 (pass)
_add(
    id="shakaihoken-083", charset="iso-2022-jp",
    sender=SAIONJI, to=[SR_TANABE],
    subject="RE: 傷病手当金申請書の医師意見欄について",
    body=f"""田辺先生

ご指摘ありがとうございます。西園寺です。
本人に確認のうえ、主治医に意見欄の記入をやり直していただくよう依頼しました。
再取得でき次第、改めてお送りいたします。

西園寺

差出人: 田辺 智恵子 <tanabe@tanabe-sr.jp>
送信日時: 2026年11月12日 10:31
宛先: 西園寺 里美 <saionji@hinode-sangyo.co.jp>
件名: 傷病手当金申請書の医師意見欄について

西園寺様

漆原 拓海様の傷病手当金申請書を拝見しました。
医師の意見欄で、傷病名「適応障害」の初診日が10月19日となっていますが、
労務不能期間の始期が10月12日となっており、整合しておりません。
このままでは健保組合から返戻される可能性がありますので、ご確認ください。

田辺
""",
    expect="pass", entities=[], detectors=[],
    note="the name and diagnosis are only in the quoted mail from the 社労士 herself; new text carries none",
)

# 084 — text+HTML: childcare leave takers for a subsidy application (stop: list)
_p = _people("084", 6, 1984, 1996)
_kids = _people("084k", 6, 2025, 2026)
_rows = [[q["name"], _ymd(k["dob"]), f"{_ymd(k['dob'])}〜2027/{3 + n % 3:02d}/31", q["phone"]]
         for n, (q, k) in enumerate(zip(_p, _kids))]
_text = "\n".join(f"{r[0]}／子の生年月日 {r[1]}／育休 {r[2]}／携帯 {r[3]}" for r in _rows)
_html = "".join(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td></tr>" for r in _rows)
_add(
    id="shakaihoken-084", charset="utf-8",
    sender=SAIONJI, to=[SR_TANABE], cc=[SR_KOMATSU],
    subject="両立支援等助成金（育休中等業務代替支援コース）申請対象者",
    body=f"""田辺先生

お世話になっております。西園寺です。
両立支援等助成金の申請対象となる育休取得者6名をお知らせします。
本人への確認事項がある場合は、携帯に直接ご連絡いただいて構いません。

{_text}

よろしくお願いいたします。
{SIG_SAIONJI}
""",
    html=f"""<html><body>
<p>田辺先生</p>
<p>お世話になっております。西園寺です。<br>
両立支援等助成金の申請対象となる育休取得者6名をお知らせします。<br>
本人への確認事項がある場合は、携帯に直接ご連絡いただいて構いません。</p>
<table border="1" cellpadding="3"><tr><th>氏名</th><th>子の生年月日</th><th>育休期間</th><th>携帯</th></tr>
{_html}</table>
<p>よろしくお願いいたします。</p>
<pre>{SIG_SAIONJI}</pre>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six employees' childcare leave, children's birth dates and mobiles (text and HTML) to the 社労士",
)

# 085 — blank in-house form as PDF (pass)
_add(
    id="shakaihoken-085", charset="cp932",
    sender=NAKASONE, to=[KENPO],
    subject="扶養状況申立書（当社様式）の確認のお願い",
    body=f"""関東機械工業健康保険組合 適用課 御中

お世話になっております。日の出産業の仲宗根です。
被扶養者の認定にあたり社員に記入させている当社様式の申立書です（空欄のまま）。
貴組合の認定基準に照らして、記入項目に不足がないかご確認いただけますでしょうか。
{SIG_NAKASONE}
""",
    attachments=[{"kind": "pdf", "name": "扶養状況申立書_様式.pdf", "title": "扶養状況申立書",
                  "lines": ["扶養状況申立書", "", "被保険者氏名：＿＿＿＿＿＿＿＿　社員番号：＿＿＿＿",
                            "被扶養者氏名：＿＿＿＿＿＿＿＿　続柄：＿＿＿＿",
                            "被扶養者の生年月日：　　年　　月　　日",
                            "同居・別居の別：□同居　□別居（仕送り額 月　　　円）",
                            "被扶養者の年間収入見込額：　　　　　円（内訳：給与・年金・その他）",
                            "上記のとおり相違ないことを申し立てます。",
                            "　　年　　月　　日　　　署名＿＿＿＿＿＿＿＿"]}],
    expect="pass", entities=[], detectors=[],
    note="a blank form: field labels only, nobody's data",
)

# 086 — draft My Number handling rules, 機密・個人情報 as subject matter (pass)
_add(
    id="shakaihoken-086", charset="utf-8",
    sender=HASEBE, to=[SR_TANABE],
    subject="特定個人情報取扱規程の見直し案",
    body=f"""田辺先生

お世話になっております。長谷部です。
先日ご相談した特定個人情報取扱規程の見直し案をお送りします。
委託先（御所）での安全管理措置の確認方法について、第12条を追加しました。
ご確認のほど、よろしくお願いいたします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "特定個人情報取扱規程_見直し案.docx",
                  "paragraphs": [
                      "特定個人情報取扱規程（見直し案）",
                      "第1条（目的）本規程は、当社における個人番号及び特定個人情報の適正な取扱いを"
                      "確保するため、必要な事項を定める。",
                      "第5条（取扱担当者）特定個人情報は、人事部労務課及び給与厚生グループの取扱担当者"
                      "のみが取り扱うものとする。",
                      "第9条（電子メールでの送信の禁止）取扱担当者は、個人番号を電子メールの本文又は"
                      "添付ファイルに記載して送信してはならない。",
                      "第12条（委託先の監督）委託先における安全管理措置の実施状況を年1回以上確認し、"
                      "機密情報の漏えい等が発生した場合の報告体制を定める。"]}],
    expect="pass", entities=[], detectors=[],
    note="rules about 個人番号 and 機密情報 as subject matter; no marking, nobody's data",
)

# 087 — internal, branch subdomain, six employees' pay data (pass: internal only)
_p = _people("087", 6, 1968, 1999)
_add(
    id="shakaihoken-087", charset="cp932",
    sender=KAJIWARA, to=[HASEBE], cc=[INOMATA],
    subject="算定基礎届 大阪支店分（途中入社者含む）",
    body=f"""長谷部さん
（cc 猪俣さん：工場分も同じ形式でお願いします）

大阪支店の梶原です。算定の基礎データ、途中入社者を含めた6名分です。

{_cols([["氏名", "生年月日", "4月", "5月", "6月"]] + [
    [q["name"], _wareki(q["dob"]), f"{q['salary']:,}", f"{q['salary'] + 3800:,}",
     f"{q['salary'] + 1200:,}"] for q in _p])}

梶原
{SIG_KAJIWARA}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="six employees' pay data between the branch and head office: all recipients internal",
)

# 088 — secondees' data to the partner transport company (stop: list)
_p = _people("088", 7, 1970, 1995)
_add(
    id="shakaihoken-088", charset="utf-8",
    sender=HASEBE, to=["青葉運輸 人事課 田島様 <tajima@aoba-unyu.co.jp>"],
    subject="出向者7名の社会保険手続き用情報",
    body=f"""青葉運輸株式会社 人事課
田島様

いつもお世話になっております。日の出産業の長谷部です。
1月1日付で貴社へ出向する7名について、貴社で社会保険に加入いただくための
情報をお送りします。（給与は貴社支給、当社は差額補填のみの予定です）

シート「出向者」に基本情報、シート「報酬」に出向後の報酬見込みを記載しています。
{SIG_HASEBE}
""",
    attachments=[{"kind": "xlsx", "name": "出向者情報_202701.xlsx", "sheets": {
        "出向者": [["出向者一覧（2027年1月1日付）", "", "", ""],
                   ["氏名", "フリガナ", "生年月日", "住所"]] + [
            [q["name"], q["kana"], _ymd(q["dob"]), f"〒{q['zip']} {q['addr']}"] for q in _p],
        "報酬": [["氏名", "貴社支給額（月）", "当社補填額（月）"]] + [
            [q["name"], q["salary"] - 20000, 20000] for q in _p]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with seven secondees' birth dates and home addresses to the partner company",
)

# 089 — partner's domain mistyped aoba-unyuu.co.jp (stop: look-alike)
_add(
    id="shakaihoken-089", charset="iso-2022-jp",
    sender=MAKABE, to=["青葉運輸 人事部長 小此木様 <okonogi@aoba-unyuu.co.jp>"],
    subject="出向契約書の締結日程について",
    body=f"""青葉運輸株式会社
人事部長 小此木様

いつも大変お世話になっております。日の出産業の真壁でございます。
1月からの出向に関する出向契約書について、法務確認が完了いたしました。
押印のため、12月上旬に一度お伺いしたく存じます。

　候補：12月2日（水）10時、12月4日（金）15時

ご都合をお知らせいただけますと幸いです。
{SIG_MAKABE}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyuu.co.jp adds a letter to the partner domain aoba-unyu.co.jp",
)

# 090 — two employees' accounts for maternity allowance (pass: two records, may warn)
_p = _people("090", 2, 1988, 1995)
_add(
    id="shakaihoken-090", charset="cp932",
    sender=NAKASONE, to=[KENPO_KYUFU],
    subject="出産手当金 振込先の変更（2名）",
    body=f"""関東機械工業健康保険組合 給付課 御中

お世話になっております。日の出産業の仲宗根です。
出産手当金を申請中の下記2名から、振込先変更の申し出がありました。

　・{_p[0]['name']}：{_p[0]['bank']}
　・{_p[1]['name']}：{_p[1]['bank']}

変更届の原本は本日発送しました。
{SIG_NAKASONE}
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="two people's bank accounts to the health insurance society: under the list threshold, may warn",
)

# 091 — corrupt DOCX (stop: unreadable attachment)
_add(
    id="shakaihoken-091", charset="utf-8",
    sender=SAIONJI, to=[SR_KOMATSU],
    subject="育児休業申出書（延長分）",
    body=f"""小松様

お世話になっております。西園寺です。
保育園に入れなかった社員の育休延長について、申出書を添付します。
給付金の延長申請もあわせてお願いいたします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "corrupt", "name": "育児休業申出書_延長.docx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt and cannot be inspected",
)

# 092 — department list with switchboard extensions (pass: business list)
_add(
    id="shakaihoken-092", charset="iso-2022-jp",
    sender=NAKASONE, to=[KENPO],
    subject="事業所の連絡先変更について",
    body=f"""関東機械工業健康保険組合 適用課 御中

お世話になっております。日の出産業の仲宗根です。
組織変更にともない、健保関係の問い合わせ先が変わりますのでお知らせします。

　部署　　　　　　　　　　代表電話　　　　　　FAX
　人事部 労務課　　　　　03-5403-7725　　　 03-5403-7711
　人事部 給与厚生G　　　 03-5403-7728　　　 03-5403-7711
　大阪支店 総務課　　　　06-6398-4410　　　 06-6398-4419
　福島工場 総務係　　　　024-593-8120　　　 024-593-8129

書類の送付先は、引き続き本社人事部 労務課宛てでお願いいたします。
{SIG_NAKASONE}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of the company's departments and switchboard numbers: business contacts, no people",
)

# 093 — hospital: one employee and her due date for direct payment (pass: one record)
_add(
    id="shakaihoken-093", charset="utf-8",
    sender=SAIONJI, to=["浜松町レディースクリニック 医事課 <iji@hamamatsucho-ladies.jp>"],
    subject="出産育児一時金の直接支払制度について（当社社員）",
    body=f"""浜松町レディースクリニック
医事課 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部の西園寺と申します。
当社社員の小鳥遊 琴音（2027年3月出産予定）が貴院での出産を予定しております。

出産育児一時金の直接支払制度の利用にあたり、会社側で準備すべき書類があれば
お知らせいただけますでしょうか。健康保険組合は関東機械工業健康保険組合です。
資格確認は、本人がマイナ保険証で行う予定と聞いております。
{SIG_SAIONJI}
""",
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="one employee's name and due month to her clinic: one person, no identifiers or diagnosis",
)

# 094 — "体調不良で休職" of a named employee (either)
_add(
    id="shakaihoken-094", charset="cp932",
    sender=HASEBE, to=[SR_KOMATSU],
    subject="休職中社員の社会保険料の徴収方法",
    body=f"""小松様

お世話になっております。長谷部です。
品質保証部の九十九 誠さんが、体調不良のため12月1日から休職となります。
休職期間中は無給となるため、社会保険料の本人負担分の徴収方法についてご相談です。

　・毎月会社指定口座への振込としてもらうか
　・復職後にまとめて控除するか

他社さんではどのような運用が多いか、教えていただけますと助かります。
{SIG_HASEBE}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="a named employee's sick leave (体調不良, no diagnosis): health data or not is a judgement call",
)

# 095 — returned insurance cards by registered mail, tracking number (pass)
_add(
    id="shakaihoken-095", charset="iso-2022-jp",
    sender=UKAI, to=[KENPO],
    subject="資格確認書・保険証の返却（10月退職者分）",
    body=f"""関東機械工業健康保険組合 適用課 御中

お世話になっております。日の出産業 総務部の鵜飼です。
10月退職者分の保険証等（計7枚）を、本日簡易書留で返却いたしました。

　追跡番号：4420-1873-5066-2
　同封物：被保険者証 4枚、資格確認書 3枚、送付状

送付状に内訳を記載しております。ご査収のほどお願いいたします。
{SIG_UKAI}
""",
    expect="pass", entities=[], detectors=[],
    note="cover note with a tracking number; the cards themselves go by post",
)

# 096 — PPTX training outline to an outside trainer (pass)
_add(
    id="shakaihoken-096", charset="utf-8",
    sender=SAIONJI, to=["研修ラボ 講師 水無瀬様 <minase@kensyu-labo.jp>"],
    subject="新任管理職研修「社会保険の基礎」構成案",
    body=f"""株式会社研修ラボ
水無瀬様

お世話になっております。日の出産業の西園寺です。
1月の新任管理職研修でご担当いただく「社会保険の基礎」のパートについて、
当社で想定している構成案をスライドにしました。事例は一般的なものでお願いします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "pptx", "name": "研修構成案_社会保険の基礎.pptx", "slides": [
        ["社会保険の基礎（新任管理職研修）", "所要時間 90分"],
        ["1. 社会保険の全体像", "健康保険・厚生年金保険・雇用保険・労災保険"],
        ["2. 管理職が知っておくべき場面", "部下の産休・育休", "私傷病による欠勤・休職", "労災事故発生時の初動"],
        ["3. 個人情報の取扱い", "部下の健康情報は人事部・産業医にのみ共有", "メールでの送信に注意"],
        ["4. ケーススタディ", "（一般的な事例で作成をお願いします）"]]}],
    expect="pass", entities=[], detectors=[],
    note="training outline with no people's data; 個人情報 only as a topic",
)

# 097 — body stamped 【部外秘】, plan for an HR measure, to the lawyer (stop: marking)
_add(
    id="shakaihoken-097", charset="cp932",
    sender=MAKABE, to=[LAW],
    subject="【部外秘】福島工場 第2ライン閉鎖に伴う人員配置について",
    body=f"""━━━━━━━━━━━━
　　　　部外秘
━━━━━━━━━━━━

白川先生

お世話になっております。真壁です。
来年9月に予定している福島工場 第2ラインの閉鎖について、対象となる
約40名の配置転換・退職勧奨の進め方をご相談させてください。

　1. 配置転換先（本社・大阪）の提示方法と、応じない場合の取扱い
　2. 退職勧奨の面談回数・時間の目安（退職強要と評価されないために）
　3. 離職理由を会社都合とした場合の助成金への影響

まだ経営会議で正式決定前の段階ですので、取扱いにご留意ください。
{SIG_MAKABE}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the body is stamped 部外秘 and goes to the (partner) law firm",
)

# 098 — job posting to Hello Work with a screenshot (pass)
_add(
    id="shakaihoken-098", charset="iso-2022-jp",
    sender=KAJIWARA, to=["ハローワーク品川 求人部門 <kyujin@hw-shinagawa.go.jp>"],
    subject="求人票の内容変更について（求人番号 13010-48217661）",
    body=f"""ハローワーク品川 求人部門 御中

お世話になっております。日の出産業株式会社の梶原です。
求人番号 13010-48217661（一般事務・パート）について、以下の内容変更をお願いします。

　就業時間：9:30〜15:30 → 9:00〜16:00（休憩60分）
　時給　　：1,150円 → 1,200円
　加入保険：雇用・労災 → 雇用・労災・健康・厚生

求人者マイページの画面では変更ボタンが押せなかったため、画面の写しを添付します。
{SIG_KAJIWARA}
""",
    attachments=[{"kind": "png", "name": "mypage_error.png"}],
    expect="pass", entities=[], detectors=[],
    note="a job posting change with a posting number and a screenshot: business mail",
)

# 099 — a leaver's own separation details to her private address (pass: one record, free mail)
_q = _people("099", 1, 1990, 1996)[0]
_add(
    id="shakaihoken-099", charset="utf-8",
    sender=HASEBE, to=[f"{_q['name']} <{_q['romaji'].split()[1].lower()}.{_q['romaji'].split()[0][0].lower()}.1231@yahoo.co.jp>"],
    subject="離職票の記載内容について",
    body=f"""{_q['sei']}様

日の出産業 人事部の長谷部です。
お問い合わせいただいた離職票の記載内容について、ご回答します。

　離職日：2026年10月31日
　離職理由：4D（正当な理由のない自己都合退職）ではなく、
　　　　　　2C（契約期間満了・更新希望あり不更新）で届け出ています
　離職前6か月の賃金：月額 {_q['salary'] // 2:,}円前後（残業代含む）

2Cの場合、給付制限はありません。ハローワークでの手続きの際、
雇用契約書の写しを持参されるとスムーズです。
{SIG_HASEBE}
""",
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data", "freemail_recipient"],
    note="a leaver's own separation details sent to the leaver's private address: one free-mail recipient, one record",
)

# 100 — internal weekly report listing employees on leave, text attachment (pass: internal)
_p = _people("100", 7, 1985, 1996)
_txt = "労務課 週報（11/9〜11/13）\n\n■産休・育休中の社員\n" + "\n".join(
    f"  {q['name']}（{_ymd(q['dob'])}生）  {['産休', '育休', '育休', '産休', '育休（延長）', '育休', '産前休業予定'][n]}"
    for n, q in enumerate(_p)) + "\n\n■今週の届出\n  資格取得 6件、資格喪失 4件、月変 5件、算定 0件\n"
_add(
    id="shakaihoken-100", charset="iso-2022-jp",
    sender=SAIONJI, to=[MAKABE], cc=[HASEBE, NAKASONE],
    subject="労務課 週報（11/9〜11/13）",
    body=f"""真壁部長

今週の週報を添付します。
育休からの復職予定者が4月に集中しているため、保育園の結果待ちの方について
来週個別にフォローします。

西園寺
""",
    attachments=[{"kind": "txt", "name": "roumu_weekly_1113.txt", "text": _txt}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="a list of employees on leave with birth dates, but only to colleagues inside the company",
)
