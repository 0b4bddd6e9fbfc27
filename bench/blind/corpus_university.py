"""Blind corpus — area: university (大学・研究室・学生課・同窓会・入試・留学生・研究倫理).

Mail that 日の出産業's 産学連携推進室, 人事部 採用グループ (new-graduate recruiting and
internships), 研究開発センター, 総務, 経理 and the ひので奨学会 事務局 (run from the CSR
推進部) send to universities, their career centres and labs, students, alumni and
research subjects.  Every person, number and address below is invented.
"""

from __future__ import annotations

import datetime
import random
import unicodedata

from build import card_number, my_number

# -- helpers -----------------------------------------------------------------------------


def corporate_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int, fill: str = " ") -> str:
    gap = n - _w(s)
    if fill == "\u3000":
        return s + "\u3000" * (gap // 2) + " " * (gap % 2)
    return s + " " * gap


def table(rows, fill=" ", sep="  ", rule="-"):
    """Columns padded the way people paste them from Excel into a mail."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [sep.join(_pad(c, widths[i], fill) for i, c in enumerate(r)).rstrip() for r in rows]
    if rule:
        lines.insert(1, rule * max(_w(x) for x in lines) if rule == "-" else rule * (max(_w(x) for x in lines) // 2))
    return "\n".join(lines)


ZEN = str.maketrans("0123456789-()/.", "０１２３４５６７８９－（）／．")


def zen(s: str) -> str:
    return s.translate(ZEN)


def wareki(d: datetime.date, short: bool = False) -> str:
    if d.year >= 1989:
        era, ab, y = "平成", "H", d.year - 1988
    else:
        era, ab, y = "昭和", "S", d.year - 1925
    if short:
        return f"{ab}{y}.{d.month}.{d.day}"
    return f"{era}{y}年{d.month}月{d.day}日"


_SEI = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
        ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
        ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
        ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
        ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
        ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
        ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
        ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
        ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
        ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("東海林", "ショウジ", "Shoji"),
        ("九十九", "ツクモ", "Tsukumo"), ("百目鬼", "ドウメキ", "Domeki"), ("栗花落", "ツユリ", "Tsuyuri"),
        ("宇佐美", "ウサミ", "Usami"), ("仲宗根", "ナカソネ", "Nakasone"), ("三上", "ミカミ", "Mikami"),
        ("丹羽", "ニワ", "Niwa"), ("乾", "イヌイ", "Inui"), ("鷲尾", "ワシオ", "Washio"),
        ("柳瀬", "ヤナセ", "Yanase"), ("大城", "オオシロ", "Oshiro"), ("桑原", "クワバラ", "Kuwabara"),
        ("阿久津", "アクツ", "Akutsu"), ("能登", "ノト", "Noto"), ("戸叶", "トガノウ", "Toganou"),
        ("楪", "ユズリハ", "Yuzuriha"), ("都築", "ツヅキ", "Tsuzuki"), ("羽賀", "ハガ", "Haga")]
_MEI = [("大翔", "ヒロト", "Hiroto"), ("蓮", "レン", "Ren"), ("陽菜", "ヒナ", "Hina"),
        ("結衣", "ユイ", "Yui"), ("颯太", "ソウタ", "Sota"), ("美咲", "ミサキ", "Misaki"),
        ("悠真", "ユウマ", "Yuma"), ("葵", "アオイ", "Aoi"), ("湊", "ミナト", "Minato"),
        ("芽依", "メイ", "Mei"), ("拓海", "タクミ", "Takumi"), ("彩花", "アヤカ", "Ayaka"),
        ("健太", "ケンタ", "Kenta"), ("真央", "マオ", "Mao"), ("翔", "ショウ", "Sho"),
        ("千尋", "チヒロ", "Chihiro"), ("直樹", "ナオキ", "Naoki"), ("優奈", "ユウナ", "Yuna"),
        ("一輝", "カズキ", "Kazuki"), ("菜々子", "ナナコ", "Nanako"), ("航平", "コウヘイ", "Kohei"),
        ("莉子", "リコ", "Riko"), ("瑛太", "エイタ", "Eita"), ("紗希", "サキ", "Saki"),
        ("昂", "スバル", "Subaru"), ("詩織", "シオリ", "Shiori"), ("遼", "リョウ", "Ryo"),
        ("柚希", "ユズキ", "Yuzuki"), ("奏多", "カナタ", "Kanata"), ("琴音", "コトネ", "Kotone")]
_ADDR = {
    "kanto": [("東京都", "世田谷区", "経堂"), ("東京都", "杉並区", "高円寺南"),
              ("神奈川県", "川崎市中原区", "木月"), ("神奈川県", "横浜市港北区", "日吉本町"),
              ("埼玉県", "さいたま市浦和区", "岸町"), ("千葉県", "船橋市", "前原西"),
              ("東京都", "八王子市", "南大沢"), ("東京都", "小金井市", "貫井北町"),
              ("神奈川県", "相模原市南区", "相模大野"), ("埼玉県", "川越市", "脇田本町"),
              ("千葉県", "柏市", "若柴"), ("東京都", "町田市", "原町田"), ("東京都", "文京区", "千石")],
    "west": [("岡山県", "岡山市北区", "津島中"), ("広島県", "東広島市", "西条町下見"),
             ("愛媛県", "松山市", "文京町"), ("香川県", "高松市", "幸町"), ("岡山県", "倉敷市", "玉島"),
             ("広島県", "福山市", "東深津町"), ("兵庫県", "姫路市", "書写")],
    "north": [("北海道", "札幌市北区", "北十八条西"), ("北海道", "江別市", "文京台"),
              ("宮城県", "仙台市青葉区", "片平"), ("北海道", "旭川市", "永山"),
              ("北海道", "小樽市", "緑")],
    "hokuriku": [("石川県", "金沢市", "角間町"), ("富山県", "富山市", "五福"),
                 ("石川県", "野々市市", "扇が丘"), ("新潟県", "長岡市", "上富岡町"),
                 ("福井県", "福井市", "文京")],
}
_BLDG = ["コーポ若葉", "メゾン桜台", "ハイツ緑ヶ丘", "グランレーヴ", "サンライズ", "レオパレス東",
         "アーバンコート", "カーサ白樺"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp"]


def people(seed, n, years=(2002, 2004), region="kanto", univ=None):
    """n invented people with the fields a student list carries."""
    rng = random.Random(f"university-{seed}")
    used, out = set(), []
    while len(out) < n:
        s, g = rng.choice(_SEI), rng.choice(_MEI)
        if s[0] in used:
            continue
        used.add(s[0])
        y = rng.randint(*years)
        dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        pref, city, town = rng.choice(_ADDR[region])
        addr = f"{pref}{city}{town}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        if rng.random() < 0.45:
            addr += f" {rng.choice(_BLDG)}{rng.randint(1, 4)}0{rng.randint(1, 8)}"
        zipc = f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"
        phone = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        sid = f"{rng.randint(21, 24)}{rng.choice('ETSBM')}{rng.randint(1000, 9999)}"
        if univ:
            mail = f"{sid.lower()}@st.{univ}"
        else:
            mail = f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(_FREE[:4])}"
        out.append({"sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}",
                    "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
                    "dob": dob, "addr": addr, "zip": zipc, "phone": phone, "sid": sid, "mail": mail,
                    "rng": rng})
    return out


def ymd(d: datetime.date, sep="/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


# -- signatures of the senders (their own contacts are not labelled) ----------------------

SIG_KOGA = """****************************************
日の出産業株式会社
人事部 採用グループ　古賀 健太
〒103-0022 東京都中央区日本橋室町3-4-8 日の出ビル
TEL 03-5201-7621　FAX 03-5201-7629
koga.kenta@hinode-sangyo.co.jp
****************************************"""

SIG_HORIE = """--
日の出産業株式会社　人事部 採用グループ（インターンシップ担当）
堀江 愛（ほりえ あい）
TEL：03-5201-7624（直通）／携帯：080-4417-2093
Mail：horie.ai@hinode-sangyo.co.jp"""

SIG_ONODERA = """━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部
採用グループ マネージャー　小野寺 美穂
〒103-0022 東京都中央区日本橋室町3-4-8
TEL 03-5201-7620 / onodera.miho@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MATSUOKA = """──────────────────────
日の出産業株式会社
技術本部 産学連携推進室
松岡 聡子（Satoko Matsuoka）
〒103-0022 東京都中央区日本橋室町3-4-8 日の出ビル7F
TEL 03-5201-7741 / FAX 03-5201-7749
E-mail matsuoka.satoko@hinode-sangyo.co.jp
──────────────────────"""

SIG_IWAKI = """-------------------------------------------
岩城 隆
日の出産業株式会社 技術本部 産学連携推進室 室長
TEL: 03-5201-7740  Mobile: 090-2281-5530
iwaki.takashi@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_ISURUGI = """石動 浩二 / Koji Isurugi
日の出産業株式会社 研究開発センター 材料研究部
〒243-0303 神奈川県愛甲郡愛川町中津4021
Tel: 046-285-3310  Mobile: 090-6612-8804
isurugi.koji@hinode-sangyo.co.jp"""

SIG_MITSUYA = """=====================================
三ツ矢 玲奈（主任研究員）
日の出産業株式会社 研究開発センター ヘルスケアデバイス研究室
〒243-0303 神奈川県愛甲郡愛川町中津4021
TEL 046-285-3352 ／ FAX 046-285-3399
====================================="""

SIG_TODO = """--------
日の出産業株式会社 経理部 支払グループ
藤堂 恵子
TEL 03-5201-7302（内線 302）
todo.keiko@hinode-sangyo.co.jp
--------"""

SIG_SAKAMAKI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　総務部 総務課
坂巻 淳（さかまき じゅん）
〒103-0022 東京都中央区日本橋室町3-4-8
TEL 03-5201-7110　FAX 03-5201-7119
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_NONOMURA = """◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
公益財団法人ひので奨学会 事務局
（日の出産業株式会社 CSR推進部内）
野々村 和恵
〒103-0022 東京都中央区日本橋室町3-4-8
TEL 03-5201-7855　nonomura.kazue@hinode-sangyo.co.jp
◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆"""

SIG_HAYASHIDA = """Best regards,

Kenji Hayashida
Manager, University Relations & Global Talent
Hinode Sangyo Co., Ltd.
3-4-8 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022, Japan
Tel +81-3-5201-7745 | hayashida.kenji@hinode-sangyo.co.jp"""

SIG_MIYAHARA = """--
宮原 透
日の出産業株式会社 分析技術センター 受託分析グループ
TEL 046-285-3480　E-mail miyahara.toru@hinode-sangyo.co.jp"""

SIG_KAWAI = """────────────
日の出産業株式会社
広報・CSR推進部　河合 琴美
TEL 03-5201-7801
kawai.kotomi@hinode-sangyo.co.jp
────────────"""

DISCLAIMER_JP = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error, please
notify the sender and delete it. Any unauthorised use or disclosure is prohibited."""

KOGA = "古賀 健太 <koga.kenta@hinode-sangyo.co.jp>"
HORIE = "堀江 愛 <horie.ai@hinode-sangyo.co.jp>"
ONODERA = "小野寺 美穂 <onodera.miho@hinode-sangyo.co.jp>"
MATSUOKA = "松岡 聡子 <matsuoka.satoko@hinode-sangyo.co.jp>"
IWAKI = "岩城 隆 <iwaki.takashi@hinode-sangyo.co.jp>"
ISURUGI = "石動 浩二 <isurugi.koji@hinode-sangyo.co.jp>"
MITSUYA = "三ツ矢 玲奈 <mitsuya.rena@hinode-sangyo.co.jp>"
TODO = "藤堂 恵子 <todo.keiko@hinode-sangyo.co.jp>"
SAKAMAKI = "坂巻 淳 <sakamaki.jun@hinode-sangyo.co.jp>"
NONOMURA = "野々村 和恵 <nonomura.kazue@hinode-sangyo.co.jp>"
HAYASHIDA = "Kenji Hayashida <hayashida.kenji@hinode-sangyo.co.jp>"
MIYAHARA = "宮原 透 <miyahara.toru@hinode-sangyo.co.jp>"
KAWAI = "河合 琴美 <kawai.kotomi@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**kw) -> None:
    MESSAGES.append(kw)


# =========================================================================================
# 001 — entry list pasted as a padded table to a career centre
_p = people(1, 7, univ="tohto-u.ac.jp")
_rows = [["学籍番号", "氏名", "学部・学科", "電話番号", "メールアドレス"]]
_dept = ["工学部 機械工学科", "工学部 応用化学科", "理学部 物理学科", "経済学部 経済学科",
         "工学部 電気電子工学科", "理学部 化学科", "商学部 経営学科"]
for i, x in enumerate(_p):
    _rows.append([x["sid"], x["name"], _dept[i], x["phone"], x["mail"]])
add(
    id="university-001", expect="stop",
    sender=KOGA, to=["東都大学 キャリア支援課 <career@tohto-u.ac.jp>"],
    subject="10/15 学内企業説明会 エントリー者一覧の件", charset="iso-2022-jp",
    body=f"""東都大学 キャリア支援課
村瀬様

いつもお世話になっております。日の出産業の古賀です。
先日の学内企業説明会では大変お世話になりました。

ご依頼いただいておりました、説明会後に弊社へエントリーされた貴学学生の一覧を
下記のとおりお送りいたします。個別フォローの際にご活用ください。

{table(_rows)}

以上7名です。今後の選考日程は追ってご連絡いたします。
引き続きよろしくお願いいたします。

{SIG_KOGA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="7 students' names, phones and e-mails in a padded table to a university career office",
)

# 002 — internship intake list as CP932 CSV
_p = people(2, 12, years=(2003, 2004))
_rows = [["氏名", "フリガナ", "学年", "学科", "生年月日", "現住所", "携帯電話", "緊急連絡先（続柄）"]]
_dept = ["機械工学科", "応用化学科", "電気電子工学科", "情報工学科", "材料工学科", "建築学科"]
for i, x in enumerate(_p):
    r = x["rng"]
    _rows.append([x["name"], x["kana"], f"{r.choice([3, 3, 4])}年", _dept[i % 6],
                  ymd(x["dob"]), f"〒{x['zip']} {x['addr']}", x["phone"],
                  f"0{r.choice('49')}{r.randint(2, 9)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}（{r.choice(['父', '母'])}）"])
add(
    id="university-002", expect="stop",
    sender=HORIE, to=["関東理科大学 就職支援課 <shushoku@kanto-rika.ac.jp>"],
    subject="夏季インターンシップ受入学生一覧（8/18〜8/29）", charset="cp932",
    body=f"""関東理科大学 就職支援課
大河内様

平素より大変お世話になっております。
日の出産業 人事部の堀江でございます。

8月18日（月）から実施いたします夏季インターンシップにつきまして、
貴学から受け入れる学生の一覧を添付にてお送りいたします。
大学側でご加入いただいている学研災付帯賠償責任保険の確認にもお使いください。

　添付：インターン受入学生一覧_関東理科大学.csv（12名）

ご不明点がございましたらお知らせください。
引き続きよろしくお願いいたします。

{SIG_HORIE}
""",
    attachments=[{"kind": "csv", "name": "インターン受入学生一覧_関東理科大学.csv",
                  "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 12 interns with birth dates, home addresses and phones to a university",
)

# 003 — booth confirmation with quoted request and the standard disclaimer
add(
    id="university-003", expect="pass",
    sender=KOGA, to=["北辰工業大学 キャリアセンター <career-center@hokushin-it.ac.jp>"],
    subject="Re: 【北辰工大】学内合同企業説明会 出展申込受付のお知らせ", charset="iso-2022-jp",
    body=f"""北辰工業大学 キャリアセンター
ご担当者様

お世話になっております。日の出産業の古賀でございます。
出展申込受付のご連絡、ありがとうございました。

ブース番号 B-12、申込番号 HK-2025-0347 にて承知いたしました。
当日は弊社から3名で伺い、搬入は 9:30〜10:00 の枠で予定しております。
パンフレット（200部）は前日までに宅配便でお送りいたします。

どうぞよろしくお願いいたします。

{SIG_KOGA}

{DISCLAIMER_JP}

> 日の出産業株式会社 人事部 古賀様
>
> このたびは学内合同企業説明会（12月3日・4日）へのお申込み、誠にありがとうございます。
> 下記のとおり受付いたしました。
>   申込番号：HK-2025-0347
>   ブース：B-12（第2体育館）
>   電源：1口（100V）
> 北辰工業大学 キャリアセンター
> TEL 011-737-2210
""",
    entities=[], detectors=[],
    note="ordinary booth confirmation; application/booth numbers, signature and disclaimer only",
)

# 004 — epilepsy of a named intern in running text
add(
    id="university-004", expect="stop",
    sender=HORIE, to=["瀬戸内大学 学生支援課 <gakusei@setouchi-u.ac.jp>"],
    cc=["岡山工場 総務 <okayama-soumu@hinode-sangyo.co.jp>"],
    subject="インターンシップ中の体調不良について（ご相談）", charset="iso-2022-jp",
    body=f"""瀬戸内大学 学生支援課
小西様

お世話になっております。日の出産業 人事部の堀江です。
本日、岡山工場で実習中の宇佐美 葵さん（工学部3年）についてご相談です。

実習2日目の午後、宇佐美さんが製造ライン見学中に意識を失って倒れられました。
救急搬送の後、すぐに意識は戻り、夕方には帰宅されています。
ご本人から、てんかんの持病があり現在も服薬中であること、ここ数日寝不足で
薬を飲み忘れていたことを伺いました。

明日以降の実習の継続について、ご本人は続けたいとのご意向ですが、
弊社としては貴学保健管理センターの先生のご意見も伺ったうえで、
高所・回転機械の近くでの作業は外す方向で考えております。
ご家族へのご連絡も含め、大学側でのご対応をご相談させてください。

{SIG_HORIE}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named intern's epilepsy and medication (病歴) described in running text to a university",
)

# 005 — research subject ledger, XLSX with a title row and two sheets
_p = people(5, 15, years=(1962, 1999))
_hist = ["なし", "高血圧（服薬中）", "なし", "2型糖尿病", "なし", "睡眠時無呼吸症候群（CPAP使用）",
         "なし", "脂質異常症", "うつ病（寛解）", "なし", "なし", "気管支喘息", "なし", "甲状腺機能低下症", "なし"]
_rows = [["睡眠センサー共同研究 被験者台帳（2025年度 第1期）"], ["作成：日の出産業 研究開発センター"], [],
         ["被験者ID", "氏名", "性別", "年齢", "生年月日", "既往歴", "連絡先"]]
for i, x in enumerate(_p):
    _rows.append([f"SL-{i + 1:03d}", x["name"], x["rng"].choice(["男", "女"]),
                  2025 - x["dob"].year, ymd(x["dob"]), _hist[i], x["phone"]])
_sched = [["被験者ID", "測定1回目", "測定2回目", "測定場所"]] + [
    [f"SL-{i + 1:03d}", f"2025/11/{4 + i % 10:02d}", f"2025/12/{2 + i % 10:02d}", "附属病院 睡眠検査室"]
    for i in range(15)]
add(
    id="university-005", expect="stop",
    sender=MITSUYA, to=["倉田 真理子 <m-kurata@tokai-iryo.ac.jp>"],
    subject="睡眠センサー共同研究 被験者台帳の送付", charset="utf-8",
    body=f"""東海医療大学 医学部 公衆衛生学講座
倉田先生

いつもお世話になっております。日の出産業の三ツ矢です。
第1期の被験者15名の台帳がそろいましたので、お送りします。
測定日程はシート「測定日程」にまとめています。

附属病院での測定枠の確保をお願いできますでしょうか。
既往歴の欄は同意取得時の問診票から転記しております。

{SIG_MITSUYA}
""",
    attachments=[{"kind": "xlsx", "name": "被験者台帳_第1期.xlsx",
                  "sheets": {"被験者一覧": _rows, "測定日程": _sched}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 15 research subjects with birth dates, phones and medical history to a university lab",
)

# 006 — protocol submission to an ethics committee; health words about criteria, no person
add(
    id="university-006", expect="pass",
    sender=MITSUYA, to=["東海医療大学 倫理審査委員会事務局 <rinri@tokai-iryo.ac.jp>"],
    subject="【研究計画書 第3版】ウェアラブル睡眠センサーの妥当性検証（受付番号 TR-2025-118）",
    charset="iso-2022-jp",
    body=f"""東海医療大学 倫理審査委員会事務局 御中

いつもお世話になっております。
日の出産業株式会社 研究開発センターの三ツ矢でございます。

前回審査（9月10日）でいただいたご指摘を反映した研究計画書 第3版を提出いたします。
主な修正点は以下の3点です。
　1. 除外基準に「睡眠障害の診断を受け治療中の者」「妊娠中または妊娠の可能性のある者」を追記
　2. 要配慮個人情報の取得範囲を問診票の既往歴欄に限定し、仮名加工後に解析する旨を明記
　3. 同意撤回書の様式を追加

ご確認のほどよろしくお願いいたします。

{SIG_MITSUYA}
""",
    attachments=[{"kind": "docx", "name": "研究計画書_第3版.docx", "title": "研究計画書 第3版",
                  "paragraphs": [
                      "研究課題名：ウェアラブル睡眠センサーによる睡眠段階推定の妥当性検証",
                      "研究責任者：東海医療大学 医学部 公衆衛生学講座 教授",
                      "1. 対象者：20歳以上65歳未満の成人 30名",
                      "2. 除外基準：睡眠障害の診断を受け治療中の者、妊娠中または妊娠の可能性のある者、"
                      "ペースメーカー等の植込み型医療機器を使用している者",
                      "3. 個人情報の取扱い：問診票の既往歴は要配慮個人情報として取得し、"
                      "被験者IDで仮名加工したうえで解析する。対応表は研究責任者が施錠保管する。",
                      "4. 研究期間：倫理審査承認日から2026年3月31日まで"]}],
    entities=[], detectors=[],
    note="protocol text mentions diagnoses and 要配慮個人情報 as criteria, not about any person",
)

# 007 — four universities visible to each other
add(
    id="university-007", expect="stop",
    sender=IWAKI,
    to=["東都大学 産学連携本部 <sangaku@tohto-u.ac.jp>",
        "北辰工業大学 研究推進課 <kenkyu@hokushin-it.ac.jp>",
        "瀬戸内大学 産学連携センター <renkei@setouchi-u.ac.jp>",
        "関東理科大学 研究支援部 <kenkyu-shien@kanto-rika.ac.jp>"],
    cc=[MATSUOKA],
    subject="産学連携フォーラム2025 パネルディスカッションご登壇のお願い", charset="iso-2022-jp",
    body=f"""各大学 産学連携ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 産学連携推進室の岩城でございます。

弊社では来年2月20日（金）に「日の出 産学連携フォーラム2025」を開催いたします。
つきましては、パネルディスカッション「地域と企業をつなぐ共同研究のこれから」に
各大学から先生お一人ずつご登壇いただけないかと考え、ご相談申し上げます。

　日時：2026年2月20日（金）13:30〜17:00
　会場：日の出ビル 2階 ホール（東京都中央区日本橋室町3-4-8）
　謝金：弊社規程によりお支払いいたします

12月12日までにご登壇候補の先生をお知らせいただけますと幸いです。

{SIG_IWAKI}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four universities in To can see each other's addresses: should have been Bcc",
)

# 008 — normal three-way meeting mail: a professor and a partner engineer
add(
    id="university-008", expect="pass",
    sender=ISURUGI, to=["相良 崇 <t.sagara@minato-tech.ac.jp>"],
    cc=["米田 康介 <k.yoneda@kawasaki-denki.co.jp>"],
    subject="三者打合せ（放熱シート評価）日程候補のご相談", charset="utf-8",
    body=f"""相良先生
（cc: 川崎電機 米田様）

お世話になっております。日の出産業の石動です。
先日お話しした放熱シートの評価計画について、三者で一度打合せをさせてください。

候補日：
　・11月18日（火）15:00〜16:30
　・11月20日（木）10:00〜11:30
　・11月25日（火）13:00〜14:30
場所：湊工科大学 材料工学棟 3階 セミナー室（またはオンライン）

ご都合のよい日時をお知らせいただけますと幸いです。

{SIG_ISURUGI}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a meeting: allowed",
)

# 009 — internal colleague in Cc typed with a look-alike of the own domain
add(
    id="university-009", expect="stop",
    sender=MATSUOKA, to=["濱崎 誠一 <hamasaki@eng.tohto-u.ac.jp>"],
    cc=["岩城 隆 <iwaki.takashi@hinode-sangyou.co.jp>"],
    subject="共同研究契約 締結手続きについて", charset="iso-2022-jp",
    body=f"""東都大学 大学院工学研究科
濱崎先生

お世話になっております。日の出産業 産学連携推進室の松岡です。
「高耐熱樹脂の界面制御」共同研究契約につきまして、弊社法務の確認が完了しました。
契約書原本2部を本日発送いたしますので、貴学産学連携本部でのご押印の後、
1部をご返送いただけますでしょうか。

研究開始日は12月1日を予定しております。
（cc の岩城は弊社室長です。）

{SIG_MATSUOKA}
""",
    entities=[], detectors=["lookalike_domain", "multiple_external_domains"],
    note="Cc domain hinode-sangyou.co.jp is a one-letter look-alike of the own domain",
)

# 010 — a lecturer's My Number and home address in the body
add(
    id="university-010", expect="stop",
    sender=TODO, to=["眞鍋 祐介 <manabe.y@econ.tohto-u.ac.jp>"],
    subject="講演謝金のお支払いに関するご確認", charset="cp932",
    body=f"""東都大学 経済学部
眞鍋 祐介 先生

いつも大変お世話になっております。
日の出産業株式会社 経理部の藤堂と申します。

先日は社内研修でのご講演、誠にありがとうございました。
講演謝金のお支払いと支払調書の作成にあたり、ご提出いただいた書類から
転記した内容に誤りがないか、ご確認をお願いできますでしょうか。

　ご氏名　　：眞鍋 祐介（マナベ ユウスケ）
　ご住所　　：〒176-0012 東京都練馬区豊玉北4-17-9
　個人番号　：{my_number(10)[:4]} {my_number(10)[4:8]} {my_number(10)[8:]}
　お支払額　：110,000円（源泉徴収税額 11,231円）

相違なければ、11月末日に先日ご指定の口座へお振込みいたします。

{SIG_TODO}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a lecturer's マイナンバー and home address written in the mail body",
)

# 011 — reply to a student; her personal details are only in the quoted text
add(
    id="university-011", expect="pass",
    sender=KOGA, to=["丹羽 結衣 <yui.niwa.0612@gmail.com>"],
    subject="Re: 一次面接日程のご回答（丹羽 結衣）", charset="iso-2022-jp",
    body=f"""丹羽 結衣 様

日の出産業株式会社 人事部の古賀です。
ご回答いただきありがとうございます。

一次面接は 10月21日（火）14:00〜14:45 で確定いたしました。
当日は日の出ビル1階受付で「採用面接」とお伝えください。
持ち物は特にございません（筆記用具のみお持ちください）。

当日お会いできることを楽しみにしております。

{SIG_KOGA}

-----Original Message-----
From: 丹羽 結衣 <yui.niwa.0612@gmail.com>
Sent: Thursday, October 9, 2025 11:42 PM
To: 古賀 健太 <koga.kenta@hinode-sangyo.co.jp>
Subject: 一次面接日程のご回答（丹羽 結衣）

日の出産業株式会社 人事部 古賀様

お世話になっております。北辰工業大学 工学部4年の丹羽結衣です。
面接日程のご連絡ありがとうございます。第一希望は10月21日14時、
第二希望は10月23日10時でお願いいたします。

丹羽 結衣（ニワ ユイ）
北辰工業大学 工学部 応用化学科4年（学籍番号 22E3175）
〒060-0808 北海道札幌市北区北八条西6丁目2-14 ハイツ緑ヶ丘205
携帯：090-3318-7746
生年月日：2003年6月12日
""",
    entities=[], detectors=["freemail_recipient"],
    note="student's address, phone and DOB only in the quoted text she sent; one free-mail recipient",
)

# 012 — HTML-only results table of recommended students
_p = people(12, 6, univ="aobagakuin.ac.jp")
_tr = "".join(
    f"<tr><td>{x['name']}</td><td>{x['sid']}</td><td>{d}</td><td>{a}</td><td>{b}</td>"
    f"<td>{x['phone']}</td><td>{x['mail']}</td></tr>\n"
    for x, d, a, b in zip(_p, ["機械システム工学科", "応用化学科", "情報科学科", "電気電子工学科",
                                 "機械システム工学科", "物質化学科"],
                          ["合格", "合格", "合格", "不合格", "合格", "合格"],
                          ["内定", "保留", "内定", "－", "不合格", "内定"]))
add(
    id="university-012", expect="stop",
    sender=ONODERA, to=["土屋 浩之 <tsuchiya@sci.aobagakuin.ac.jp>"],
    subject="学校推薦 選考結果のご報告（理工学部）", charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>青葉学院大学 理工学部<br>土屋 浩之 先生</p>
<p>いつも大変お世話になっております。日の出産業 人事部の小野寺でございます。<br>
学校推薦にてご応募いただいた6名の選考結果をご報告いたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>学籍番号</th><th>学科</th><th>一次面接</th><th>最終面接</th><th>携帯電話</th><th>メール</th></tr>
{_tr}</table>
<p>保留の方には今週中に追加面談のご案内をいたします。<br>引き続きよろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 採用グループ<br>小野寺 美穂<br>TEL 03-5201-7620</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only mail with a table of 6 students' selection results, phones and e-mails",
)

# 013 — one international student's residence card number
add(
    id="university-013", expect="stop",
    sender=HORIE, to=["南洋国際大学 国際交流センター <intl@nanyo-kokusai.ac.jp>"],
    subject="留学生インターン受入に伴う在留資格の確認", charset="utf-8",
    body=f"""南洋国際大学 国際交流センター
留学生支援ご担当 田所様

お世話になっております。日の出産業 人事部の堀江でございます。
来月から受け入れる留学生インターンについて、資格外活動の範囲を確認させてください。

　氏名：グエン・ティ・ラン（NGUYEN THI LAN）
　国籍：ベトナム
　在留資格：留学　在留期限：2026年9月30日
　在留カード番号：UH48213976KA
　資格外活動許可：有（週28時間以内）

有給インターンとなるため、週20時間以内のシフトで組む予定です。
大学として問題がないか、ご確認いただけますと幸いです。

{SIG_HORIE}
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a student's 在留カード number in the body",
)

# 014 — a directory of company sites (business contacts, not people)
add(
    id="university-014", expect="pass",
    sender=IWAKI, to=["信州高原大学 産学官連携推進室 <renkei@shinshu-kogen.ac.jp>"],
    subject="弊社 研究拠点・事業所の連絡先一覧", charset="iso-2022-jp",
    body=f"""信州高原大学 産学官連携推進室
ご担当者様

お世話になっております。日の出産業の岩城です。
先日の面談でご依頼のあった、弊社の研究拠点・事業所の代表連絡先をお送りします。

{table([["拠点", "所在地", "代表電話"],
        ["本社（産学連携推進室）", "東京都中央区日本橋室町3-4-8", "03-5201-7700"],
        ["研究開発センター", "神奈川県愛甲郡愛川町中津4021", "046-285-3300"],
        ["分析技術センター", "神奈川県愛甲郡愛川町中津4021", "046-285-3480"],
        ["岡山工場", "岡山県倉敷市水島川崎通1-12", "086-444-6100"],
        ["松本事業所", "長野県松本市並柳2-8-30", "0263-25-8810"],
        ["北海道営業所", "北海道札幌市中央区北二条西3-1", "011-251-4470"]])}

共同研究のご相談は、まず本社の産学連携推進室までご連絡ください。

{SIG_IWAKI}
""",
    entities=[], detectors=[],
    note="list of company sites with switchboard numbers: businesses, not people",
)

# 015 — alumni chapter roster, tab-separated in the body
_p = people(15, 9, years=(1968, 1998), region="kanto")
_lines = ["卒業年\t学科\t氏名\t所属\t自宅住所\t携帯"]
_deps = ["機械", "応化", "電気", "建築", "機械", "情報", "応化", "電気", "材料"]
_affil = ["研究開発センター", "岡山工場", "生産技術部", "品質保証部", "営業本部", "情報システム部",
          "研究開発センター", "松本事業所", "分析技術センター"]
for x, d, a in zip(_p, _deps, _affil):
    _lines.append(f"{x['dob'].year + 23}\t{d}\t{x['name']}\t{a}\t{x['addr']}\t{x['phone']}")
_tab = "\n".join(_lines)
add(
    id="university-015", expect="stop",
    sender=SAKAMAKI, to=["北辰工業大学 校友会事務局 <koyukai@hokushin-it.ac.jp>"],
    subject="校友会 日の出産業支部 会員名簿（更新分）", charset="iso-2022-jp",
    body=f"""北辰工業大学 校友会事務局 御中

いつもお世話になっております。
校友会 日の出産業支部で幹事をしております坂巻です。

今年度の会員名簿の更新分をお送りします。
会報の送付先として自宅住所をいただいている方のみ掲載しています。

{_tab}

不明点がありましたらご連絡ください。

{SIG_SAKAMAKI}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="tab-separated roster of 9 alumni with home addresses and mobiles to an alumni office",
)

# 016 — a credit card number for a conference fee
_cc = card_number(16)
add(
    id="university-016", expect="stop",
    sender=MITSUYA, to=["日本応用材料学会 年会事務局 <nenkai2025@jsam.or.jp>"],
    subject="参加登録費の支払いについて（登録番号 J25-01877）", charset="iso-2022-jp",
    body=f"""日本応用材料学会 年会事務局 御中

お世話になっております。日の出産業の三ツ矢と申します。
年会の参加登録（登録番号 J25-01877）を行ったのですが、オンライン決済の画面で
エラーが表示され、支払いが完了できませんでした。

お手数ですが、下記のカードで決済いただけますでしょうか。

　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：08/28
　名義：RENA MITSUYA
　金額：一般会員 12,000円

領収書の宛名は「日の出産業株式会社」でお願いいたします。

{SIG_MITSUYA}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a credit card number with expiry and holder name sent by mail to a conference office",
)

# 017 — price list of contract analysis services
add(
    id="university-017", expect="pass",
    sender=MIYAHARA, to=["北辰工業大学 研究推進課 <kenkyu@hokushin-it.ac.jp>"],
    subject="受託分析サービス 大学向け料金表（2025年度）", charset="cp932",
    body=f"""北辰工業大学 研究推進課
ご担当者様

お世話になっております。日の出産業 分析技術センターの宮原です。
ご依頼の大学向け受託分析の料金表をお送りします（税別、1検体あたり）。

{table([["コード", "分析項目", "標準納期", "単価"],
        ["AN-101", "XRD（粉末）", "5営業日", "18,000円"],
        ["AN-115", "XPS 定性", "7営業日", "42,000円"],
        ["AN-120", "SEM-EDS 観察", "5営業日", "25,000円"],
        ["AN-204", "TG-DTA", "5営業日", "15,000円"],
        ["AN-310", "ICP-MS 多元素", "10営業日", "38,000円"],
        ["AN-402", "GC-MS 定性", "7営業日", "30,000円"]], fill=" ", sep="   ")}

共同研究契約のある研究室は2割引きとなります。
お見積り・ご依頼は受託分析グループ（046-285-3480）までお気軽にどうぞ。

{SIG_MIYAHARA}
""",
    entities=[], detectors=[],
    note="price list with product codes: nothing personal",
)

# 018 — disability of a named applicant, accommodations for the final interview
add(
    id="university-018", expect="stop",
    sender=ONODERA, to=["白鷺女子大学 障害学生支援室 <shien@shirasagi.ac.jp>"],
    subject="最終面接における合理的配慮について", charset="iso-2022-jp",
    body=f"""白鷺女子大学 障害学生支援室
宮内様

お世話になっております。日の出産業 人事部の小野寺です。
来週11月12日に最終面接を予定している、人間科学部4年の漆間 千尋さんの件でご連絡いたしました。

ご本人から、聴覚障害（身体障害者手帳2級）があり、普段は補聴器と読話で会話されていること、
複数人の面接官が同時に話すと聞き取りが難しいことを伺っております。
弊社としては、面接官を2名に絞り、要約筆記（ノートテイク）を用意する予定です。

在学中に貴学で提供されている配慮の内容を参考にさせていただきたく、
ご本人の了解のもとでご相談させてください。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named applicant's hearing disability and disability certificate grade (要配慮)",
)

# 019 — public seminar on mental health: health words, no person
add(
    id="university-019", expect="pass",
    sender=IWAKI, to=["東海医療大学 社会連携課 <shakai-renkei@tokai-iryo.ac.jp>"],
    subject="寄附講座 公開セミナー「働く世代のメンタルヘルスと睡眠障害」告知文のご確認",
    charset="utf-8",
    body=f"""東海医療大学 社会連携課
ご担当者様

お世話になっております。日の出産業の岩城です。
寄附講座の公開セミナーについて、弊社Webサイトに掲載する告知文案をお送りします。

――――――――――――――――
日の出産業 寄附講座 公開セミナー
「働く世代のメンタルヘルスと睡眠障害 ― うつ病・不眠症の早期発見に向けて」
日時：2026年1月24日（土）14:00〜16:00
会場：東海医療大学 本部棟 大講義室／オンライン併用
内容：職場のストレスチェック制度の現状、睡眠時無呼吸症候群と生活習慣病、
　　　ウェアラブル機器による睡眠計測の可能性
参加費：無料（要事前申込）
――――――――――――――――

講師の先生方のご所属・肩書に誤りがないか、ご確認いただけますと幸いです。

{SIG_IWAKI}
""",
    entities=[], detectors=[],
    note="seminar title and programme use disease words about no one",
)

# 020 — PPAP: recommended applicants list in a password ZIP
_p = people(20, 8, region="hokuriku")
add(
    id="university-020", expect="stop",
    sender=KOGA, to=["越路工業高等専門学校 学生課 進路支援係 <shinro@koshiji-ct.ac.jp>"],
    subject="推薦応募者名簿の送付（パスワード別送）", charset="iso-2022-jp",
    body=f"""越路工業高等専門学校 学生課 進路支援係
ご担当者様

お世話になっております。日の出産業の古賀です。
本年度の推薦応募者名簿をパスワード付きZIPファイルにてお送りいたします。
パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。

{SIG_KOGA}
""",
    attachments=[{"kind": "zip", "name": "推薦応募者名簿_越路高専.zip", "password": "Kj#2025rec",
                  "files": [{"kind": "xlsx", "name": "推薦応募者名簿.xlsx",
                             "sheets": {"名簿": [["氏名", "学科", "生年月日", "携帯"]] + [
                                 [x["name"], "機械工学科", ymd(x["dob"]), x["phone"]] for x in _p]}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): its content cannot be inspected",
)

# 021 — bus manifest as 「・」 bullets to the partner coach operator
_p = people(21, 8)
_uni = ["関東理科大学", "関東理科大学", "関東理科大学", "東都大学", "東都大学", "関東理科大学",
        "東都大学", "関東理科大学"]
_bul = "\n".join(f"・{x['name']}（{u}）　携帯 {x['phone']}" for x, u in zip(_p, _uni))
add(
    id="university-021", expect="stop",
    sender=ISURUGI, to=["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
    subject="11/7 研究開発センター見学 送迎バス 乗車名簿", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 貸切バス課
藤井様

お世話になっております。日の出産業 研究開発センターの石動です。
11月7日（金）の見学会の送迎（本厚木駅北口 9:20 発）につき、乗車名簿をお送りします。
当日遅れる学生がいた場合、乗務員の方から直接連絡いただいて構いません。

{_bul}

引率：関東理科大学 乾 先生 ほか1名（名簿外）
以上、よろしくお願いいたします。

{SIG_ISURUGI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="bulleted list of 8 students with mobile numbers sent to a coach company",
)

# 022 — three contacts for the visit day: may be warned, must go
add(
    id="university-022", expect="pass",
    sender=ISURUGI, to=["乾 正和 <inui.masakazu@kanto-rika.ac.jp>"],
    subject="Re: 11/7 見学会 当日の連絡先", charset="iso-2022-jp",
    body=f"""乾先生

お世話になっております。石動です。
当日の緊急連絡先、承知いたしました。受付と警備室に以下を共有しておきます。

　乾 正和 先生　　　090-5527-3186
　阿久津 由紀 様（技術職員）　080-2264-9071
　学生代表 楪 奏多 さん　070-3915-4428

弊社側の当日の窓口は私（090-6612-8804）です。
どうぞよろしくお願いいたします。

{SIG_ISURUGI}

> 石動様
> 当日の連絡先として、私と技術職員の阿久津、学生代表の楪の携帯をお伝えします。
> 番号は別途お知らせします。
> 乾
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's mobiles for a visit day: under five records, a warning at most",
)

# 023 — an inline forward of an internal mail: allergy blocks of five interns
_p = people(23, 5, region="west")
_alg = ["卵・乳（アナフィラキシー歴あり、エピペン携帯）", "なし", "そば", "甲殻類（えび・かに）",
        "小麦（医師の指示により除去食）"]
_blocks = "\n\n".join(
    f"■{x['name']}（{x['kana']}）\n　携帯：{x['phone']}\n　食物アレルギー：{a}"
    for x, a in zip(_p, _alg))
add(
    id="university-023", expect="stop",
    sender=HORIE, to=["瀬戸内大学 キャリアセンター <career@setouchi-u.ac.jp>"],
    subject="FW: 岡山工場インターン 昼食手配（アレルギー確認）", charset="utf-8",
    body=f"""瀬戸内大学 キャリアセンター
小西様

お世話になっております。日の出産業の堀江です。
工場の総務から下記の確認が来ております。学生さんの申告内容に相違がないか、
大学側で把握されている情報と照らし合わせていただけますでしょうか。

-------- Forwarded Message --------
From: 岡山工場 総務 <okayama-soumu@hinode-sangyo.co.jp>
Date: 2025/08/05 10:14
To: 堀江 愛 <horie.ai@hinode-sangyo.co.jp>
Subject: 岡山工場インターン 昼食手配（アレルギー確認）

堀江さん

来週からのインターン生5名の仕出し弁当手配のため、申告内容をまとめました。

{_blocks}

卵・乳の方は当日の弁当を別業者に切り替えます。
岡山工場 総務課 寺岡
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forward (new to the recipient) of 5 interns' blocks with phones and food allergies (health)",
)

# 024 — internal mail attached as .eml, carrying the offer-holders list
_p = people(24, 6, years=(2002, 2003))
_lst = "\n".join(f"{i + 1}. {x['name']}　{ymd(x['dob'], '.')}生　{x['addr']}　TEL {x['phone']}"
                 for i, x in enumerate(_p))
add(
    id="university-024", expect="stop",
    sender=KOGA, to=["青葉学院大学 キャリアセンター <career@aobagakuin.ac.jp>"],
    subject="FW: 【青葉学院大】2026年度 内定者一覧", charset="iso-2022-jp",
    body=f"""青葉学院大学 キャリアセンター
ご担当者様

お世話になっております。日の出産業の古賀です。
先日お電話でご依頼いただいた、貴学出身の2026年度内定者について、
社内で取りまとめたメールをそのまま添付でお送りいたします。
内定式のご案内は各自に送付済みです。

{SIG_KOGA}
""",
    attachments=[{"kind": "eml", "name": "【青葉学院大】2026年度 内定者一覧.eml", "message": {
        "sender": ONODERA, "to": [KOGA, "採用チーム <saiyo-team@hinode-sangyo.co.jp>"],
        "subject": "【青葉学院大】2026年度 内定者一覧", "charset": "iso-2022-jp",
        "body": f"""採用チーム各位

青葉学院大学からの内定者6名の情報です（入社書類の送付先確認用）。

{_lst}

住所変更があった場合は各自に連絡してください。
小野寺
"""}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded internal mail (attached .eml) listing 6 offer-holders with DOB, address, phone",
)

# 025 — internal only: seminar reservations list among the recruiting team
_p = people(25, 10)
_rows = [["No", "氏名", "大学", "電話", "メール"]]
_u = ["東都大", "関東理科大", "青葉学院大", "北辰工大", "東都大", "瀬戸内大", "白鷺女子大", "関東理科大",
      "湊工科大", "東都大"]
for i, (x, u) in enumerate(zip(_p, _u)):
    _rows.append([i + 1, x["name"], u, x["phone"], x["mail"]])
add(
    id="university-025", expect="pass",
    sender=ONODERA, to=["採用チーム <saiyo-team@hinode-sangyo.co.jp>"],
    cc=[KOGA, HORIE],
    subject="11/30 オンライン説明会 予約者一覧（10名）", charset="utf-8",
    body=f"""採用チーム各位

11/30（日）のオンライン説明会の予約者です。前日リマインドは古賀さんからお願いします。

{table(_rows)}

小野寺
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="a list of 10 applicants, but every recipient is internal",
)

# 026 — partner domain with its co. dropped
add(
    id="university-026", expect="stop",
    sender=ISURUGI, to=["相良 崇 <t.sagara@minato-tech.ac.jp>", "米田 康介 <k.yoneda@kawasaki-denki.jp>"],
    subject="11/20 三者打合せ 議事メモ（放熱シート評価）", charset="utf-8",
    body=f"""相良先生、米田様

本日はありがとうございました。議事メモを共有します。

1. 評価サンプル：川崎電機様より試作モジュール 5台を 12/5 までにご提供
2. 熱抵抗測定：湊工科大学 相良研にて 12月中旬〜1月末
3. 当社からは放熱シート 3仕様（t=0.3/0.5/1.0）を各20枚
4. 次回：1月22日（木）15:00〜 オンライン

訂正があればご指摘ください。

{SIG_ISURUGI}
""",
    entities=[], detectors=["lookalike_domain", "multiple_external_domains"],
    note="kawasaki-denki.jp is the partner kawasaki-denki.co.jp with co. dropped",
)

# 027 — stamp only inside the attachment (PDF page header 社外秘)
add(
    id="university-027", expect="stop",
    sender=IWAKI, to=["大久保 智之 <okubo@mech.hokushin-it.ac.jp>"],
    subject="次期共同研究テーマの候補について", charset="iso-2022-jp",
    body=f"""北辰工業大学 機械知能工学科
大久保先生

お世話になっております。日の出産業の岩城です。
先日の懇談でお話しした次期テーマの候補を資料にまとめましたのでお送りします。
来月の打合せまでにご一読いただけますと幸いです。

{SIG_IWAKI}
""",
    attachments=[{"kind": "pdf", "name": "次期共同研究テーマ候補_v2.pdf", "page_header": "社外秘",
                  "title": "次期共同研究テーマ候補",
                  "lines": ["次期共同研究テーマ候補（2026年度〜）", "",
                            "1. 低温焼結型接合材の疲労寿命予測",
                            "   背景：岡山工場 新ライン（2027年稼働予定）での採用を検討中",
                            "   想定予算：年間 1,200万円 × 3年",
                            "2. 樹脂ギアの摩耗モデル化とデジタルツイン",
                            "   背景：主要顧客向け次期製品の開発計画に関連",
                            "3. 廃プラスチックのケミカルリサイクル触媒",
                            "", "本資料は社内検討段階のものです。"]}],
    entities=[], detectors=["confidential_marking"],
    note="the attached PDF carries a 社外秘 stamp in its page header; body is harmless",
)

# 028 — talk about an NDA; the draft itself is attached, no classification stamp
add(
    id="university-028", expect="pass",
    sender=MATSUOKA, to=["瀬戸内大学 産学連携センター 知財担当 <chizai@setouchi-u.ac.jp>"],
    subject="秘密保持契約書（案）へのコメント", charset="iso-2022-jp",
    body=f"""瀬戸内大学 産学連携センター
知財ご担当 桐山様

お世話になっております。日の出産業の松岡です。
秘密保持契約書（案）について、弊社法務からのコメントを反映した版をお送りします。

主な修正点：
・第2条（秘密情報の定義）：口頭で開示した情報は、開示後30日以内に書面で
　特定したものに限り秘密情報とする旨を追記
・第6条（有効期間）：契約期間を2年、秘密保持義務の存続期間を終了後3年に変更
・第9条：学生が研究に参加する場合は、大学が学生から誓約書を取得する旨を追記

機密情報の範囲が広すぎるとのご指摘については、第2条の修正で対応したつもりです。
ご確認のほどよろしくお願いいたします。

{SIG_MATSUOKA}

{DISCLAIMER_JP}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v3_日の出修正.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "国立大学法人瀬戸内大学（以下「甲」という。）と日の出産業株式会社"
                                 "（以下「乙」という。）は、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、甲乙間の共同研究の可能性検討のために開示される"
                                 "秘密情報の取扱いを定める。",
                                 "第2条（秘密情報の定義）本契約において秘密情報とは、開示者が秘密である旨を"
                                 "明示して開示した技術上・営業上の情報をいう。",
                                 "第6条（有効期間）本契約の有効期間は締結日から2年間とする。"]}],
    entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) and its draft: no stamp, no personal data",
)

# 029 — six students in To: should have been Bcc
add(
    id="university-029", expect="stop",
    sender=HORIE,
    to=["hina.kuwabara21@gmail.com", "souta_endo@yahoo.co.jp", "m.tsuyuri@icloud.com",
        "takumi-oshiro@outlook.jp", "chihiro.n.0415@gmail.com", "kanata-y@docomo.ne.jp"],
    subject="【日の出産業】冬季インターンシップ 初日のご案内", charset="iso-2022-jp",
    body=f"""冬季インターンシップ参加者の皆さま

日の出産業 人事部の堀江です。
12月8日（月）からのインターンシップ初日のご案内です。

　集合：8:50　日の出ビル 1階 受付前（東京都中央区日本橋室町3-4-8）
　服装：スーツ不要、動きやすい服装でお越しください
　持ち物：筆記用具、学生証、昼食（初日は弁当を用意します）

遅刻・欠席の連絡は堀江の携帯までお願いします。

{SIG_HORIE}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="six private students' addresses visible to each other in To",
)

# 030 — the same kind of notice done right: students in Bcc
add(
    id="university-030", expect="pass",
    sender=HORIE, to=[HORIE],
    bcc=["hina.kuwabara21@gmail.com", "souta_endo@yahoo.co.jp", "m.tsuyuri@icloud.com",
         "takumi-oshiro@outlook.jp", "chihiro.n.0415@gmail.com", "kanata-y@docomo.ne.jp",
         "r.haga@ezweb.ne.jp", "mei-toganou@softbank.ne.jp"],
    subject="【日の出産業】インターンシップ 最終日アンケートのお願い", charset="iso-2022-jp",
    body=f"""インターンシップ参加者の皆さま
（一斉送信のため BCC にて失礼いたします）

2週間のインターンシップ、お疲れさまでした。
今後のプログラム改善のため、下記のアンケートにご協力ください（所要5分）。

　回答期限：12月26日（金）
　回答方法：当日配布したQRコード、またはインターン専用ページのリンクから

皆さまのご活躍をお祈りしております。

{SIG_HORIE}
""",
    entities=[], detectors=["freemail_recipient"],
    note="mass mail to students correctly in Bcc; free-mail recipients only warn",
)

# 031 — payment record PDF with My Number, to a professor emeritus on free mail
_mn = my_number(31)
add(
    id="university-031", expect="stop",
    sender=TODO, to=["九十九 憲一 <k.tsukumo1951@outlook.jp>"],
    subject="技術顧問料 支払調書（控）送付のご案内", charset="cp932",
    body=f"""九十九 憲一 先生

いつもお世話になっております。日の出産業 経理部の藤堂です。
本年分の技術顧問料の支払調書（控）を作成いたしましたので、PDFにてお送りいたします。
確定申告の際にご利用ください。

記載内容に誤りがございましたら、お手数ですがご連絡ください。

{SIG_TODO}
""",
    attachments=[{"kind": "pdf", "name": "支払調書_九十九先生.pdf", "title": "報酬、料金、契約金及び賞金の支払調書",
                  "lines": ["令和7年分　報酬、料金、契約金及び賞金の支払調書（控）", "",
                            "支払を受ける者",
                            "  住所：〒980-0871 宮城県仙台市青葉区八幡3-9-22",
                            "  氏名：九十九 憲一",
                            f"  個人番号：{_mn}",
                            "区分：技術顧問料　支払金額：1,200,000円　源泉徴収税額：122,520円",
                            "支払者：日の出産業株式会社　東京都中央区日本橋室町3-4-8"]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="PDF payment record with a professor emeritus's マイナンバー and home address, to free mail",
)

# 032 — tracking and control numbers that look like ID numbers
add(
    id="university-032", expect="pass",
    sender=MITSUYA, to=["湊工科大学 相良研究室 <sagara-lab@minato-tech.ac.jp>"],
    subject="評価用サンプル発送のご連絡", charset="utf-8",
    body=f"""湊工科大学 相良研究室 御中

お世話になっております。日の出産業の三ツ矢です。
評価用の放熱シートサンプルを本日発送いたしました。

　運送会社：青葉運輸（青葉便）
　お問合せ伝票番号：4829 1736 5502
　出荷管理番号：202511180047
　品番：HS-TC05-0300 ×20枚、HS-TC05-0500 ×20枚、HS-TC05-1000 ×20枚
　到着予定：11月19日（水）午前中

受領書を同封しておりますので、到着後にご返送いただけますと幸いです。

{SIG_MITSUYA}
""",
    entities=[], detectors=[],
    note="12-digit tracking and shipment control numbers are not My Numbers or licences",
)

# 033 — a named intern who was the victim of a crime
add(
    id="university-033", expect="stop",
    sender=HORIE, to=["関東理科大学 学生相談室 <soudan@kanto-rika.ac.jp>"],
    subject="インターン生のご様子について（ご連絡）", charset="iso-2022-jp",
    body=f"""関東理科大学 学生相談室
ご担当 西園寺様

お世話になっております。日の出産業 人事部の堀江と申します。
就職支援課の大河内様から、こちらにご相談するようご案内いただきました。

現在弊社でインターン中の大城 莉子さん（理工学部3年）ですが、
昨日の朝、通勤途中の電車内で痴漢の被害に遭われ、昨日のうちに警察へ被害届を出されたとのことです。
本日は出社されましたが、かなり動揺されているご様子でした。

弊社としては、残りの期間は時差出勤やオンライン参加も可能とお伝えしています。
大学でもカウンセリング等のサポートをご検討いただけないでしょうか。
ご本人には、大学にご相談することについて了解をいただいております。

{SIG_HORIE}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named student having been a crime victim (犯罪被害) in running text",
)

# 034 — DOCX guest register with passport numbers, to the partner hotel
_guests = [["氏名（ローマ字）", "国籍", "生年月日", "旅券番号", "滞在"],
           ["NGUYEN VAN HUNG", "ベトナム", "2001/03/17", "C8841527", "11/9〜11/15"],
           ["PHAM THI MAI", "ベトナム", "2002/10/02", "C7735016", "11/9〜11/15"],
           ["SITI NURHALIZA BINTI AZMAN", "マレーシア", "2000/07/24", "A51928847", "11/9〜11/15"],
           ["LIM WEI JIE", "マレーシア", "2001/12/05", "A60371952", "11/9〜11/15"],
           ["PUTRI AYU LESTARI", "インドネシア", "2002/01/30", "X2847193", "11/9〜11/15"],
           ["ARJUN MEHTA", "インド", "1999/05/11", "V4419820", "11/9〜11/16"]]
add(
    id="university-034", expect="stop",
    sender=SAKAMAKI, to=["さくらホテル 法人営業部 <houjin@sakura-hotel.jp>"],
    subject="アジア留学生研修プログラム 宿泊者名簿", charset="utf-8",
    body=f"""さくらホテル 法人営業部
佐伯様

いつもお世話になっております。日の出産業 総務部の坂巻です。
11月9日からの留学生研修プログラム（南洋国際大学との共催）の宿泊者名簿をお送りします。
外国籍のお客様の旅券確認にご利用ください。

{SIG_SAKAMAKI}
""",
    attachments=[{"kind": "docx", "name": "宿泊者名簿_留学生研修.docx", "title": "宿泊者名簿",
                  "paragraphs": ["アジア留学生研修プログラム 宿泊者名簿", "日の出産業株式会社 総務部"],
                  "tables": [_guests]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="DOCX table of 6 foreign students with birth dates and passport numbers",
)

# 035 — hotels near the R&D centre: businesses, in English
add(
    id="university-035", expect="pass",
    sender=HAYASHIDA, to=["Ji-hoon Kang <jh.kang@hanbit.ac.kr>"],
    subject="Accommodation options near our R&D Center", charset="utf-8",
    body=f"""Dear Dr. Kang,

Thank you for confirming your visit from 2 to 6 February.
Here are hotels near our R&D Center that our guests usually use:

Hotel                      Area                  Phone            Rate (approx.)
-------------------------  --------------------  ---------------  --------------
Sakura Hotel Hon-Atsugi    Hon-Atsugi Station    +81-46-221-3300  JPY 14,000
Atsugi Riverside Inn       Atsugi                +81-46-228-7710  JPY 11,500
Aikawa Business Hotel      Aikawa                +81-46-286-0451  JPY 8,800
Ebina Station Hotel        Ebina                 +81-46-233-9012  JPY 12,000

We can arrange a car from Hon-Atsugi each morning. Let me know your choice
and we will make the booking under the corporate rate.

{SIG_HAYASHIDA}
""",
    entities=[], detectors=[],
    note="a list of hotels with switchboard numbers: businesses, not people",
)

# 036 — one employee's passport number and DOB to a foreign university
add(
    id="university-036", expect="stop",
    sender=HAYASHIDA, to=["Visitor Services <visitors@northbridge.edu>"],
    subject="Campus access for visiting researcher Mr. Daichi Mikami (Jan 12-30)",
    charset="utf-8",
    body=f"""Dear Visitor Services team,

Following Prof. Whitfield's invitation, our researcher will stay at the Materials
Science Department from January 12 to 30. For the campus ID card and the lab safety
registration, please find his details below.

  Name: MIKAMI Daichi
  Date of birth: 17 September 1991
  Nationality: Japan
  Passport No.: TR8842107 (expires 2031-04-09)

Please let me know if any other document is needed.

{SIG_HAYASHIDA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="a named employee's passport number and birth date sent to a foreign university",
)

# 037 — English overview with the standard disclaimer
add(
    id="university-037", expect="pass",
    sender=HAYASHIDA, to=["Prof. Alan Whitfield <a.whitfield@northbridge.edu>"],
    subject="Hinode Summer Research Internship 2026 - programme overview", charset="utf-8",
    body=f"""Dear Prof. Whitfield,

It was a pleasure meeting you in Tokyo. As promised, here is an overview of our
summer research internship for graduate students.

- Period: 6 July - 28 August 2026 (8 weeks)
- Place: Hinode R&D Center, Aikawa, Kanagawa
- Topics: thermal interface materials, recyclable polymers, wearable sensors
- Support: round-trip airfare, accommodation and a monthly stipend of JPY 200,000
- Application deadline: 31 January 2026 (nomination by the supervisor)

We would be delighted to host one or two students from your group.

{SIG_HAYASHIDA}

{DISCLAIMER_EN}
""",
    entities=[], detectors=[],
    note="programme description, signature and a confidentiality disclaimer only",
)

# 038 — UTF-8 CSV without a name column: student IDs, e-mails, phones, DOB
_p = people(38, 20, univ="tohto-u.ac.jp")
_rows = [["学籍番号", "メールアドレス", "携帯電話", "生年月日", "受検日", "言語", "非言語", "性格検査"]]
for x in _p:
    r = x["rng"]
    _rows.append([x["sid"], x["mail"], x["phone"], ymd(x["dob"], "-"), f"2025-10-{r.randint(1, 20):02d}",
                  r.randint(38, 72), r.randint(35, 75), r.choice(["A", "B", "B", "C"])])
add(
    id="university-038", expect="stop",
    sender=KOGA, to=["東都大学 キャリア支援課 <career@tohto-u.ac.jp>"],
    subject="Webテスト受検状況（学籍番号ベース）", charset="iso-2022-jp",
    body=f"""東都大学 キャリア支援課
村瀬様

お世話になっております。日の出産業の古賀です。
学内選考枠の応募者について、Webテストの受検状況を学籍番号ベースで抽出しました。
未受検の方への声かけにご活用ください。

{SIG_KOGA}
""",
    attachments=[{"kind": "csv", "name": "webtest_tohto_20251022.csv", "encoding": "utf-8",
                  "rows": _rows}],
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="UTF-8 CSV of 20 students (no name column) with e-mail, mobile, birth date and test scores",
)

# 039 — aggregated hiring statistics per university
add(
    id="university-039", expect="pass",
    sender=KOGA, to=["東都大学 キャリア支援課 <career@tohto-u.ac.jp>"],
    subject="大学別 採用実績（2021〜2025年度）", charset="iso-2022-jp",
    body=f"""村瀬様

お世話になっております。古賀です。
キャリアガイダンス資料用にご依頼いただいた、大学別の採用実績をお送りします。
人数のみの集計で、個人が特定される情報は含めておりません。

{SIG_KOGA}
""",
    attachments=[{"kind": "xlsx", "name": "大学別採用実績_2021-2025.xlsx", "sheets": {
        "学部卒": [["日の出産業 大学別採用実績（学部卒）"], [],
                 ["大学", "2021", "2022", "2023", "2024", "2025"],
                 ["東都大学", 4, 5, 3, 6, 5], ["関東理科大学", 3, 2, 4, 3, 4],
                 ["北辰工業大学", 2, 2, 1, 3, 2], ["青葉学院大学", 1, 3, 2, 2, 3],
                 ["瀬戸内大学", 1, 0, 2, 1, 2]],
        "院了": [["日の出産業 大学別採用実績（修士・博士）"], [],
                ["大学", "2021", "2022", "2023", "2024", "2025"],
                ["東都大学", 6, 4, 7, 5, 8], ["湊工科大学", 2, 3, 2, 4, 3],
                ["関東理科大学", 3, 3, 2, 2, 4]]}}],
    entities=[], detectors=[],
    note="counts per university and year: aggregated, no individuals",
)

# 040 — religion of a named guest, to the partner hotel
add(
    id="university-040", expect="stop",
    sender=SAKAMAKI, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="12/4 産学交流会 お料理のご相談（ご来賓1名）", charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約
ご担当者様

いつもお世話になっております。日の出産業 総務部の坂巻です。
12月4日（木）の産学交流会（40名、立食）について追加のご相談です。

ご来賓のプトラ工科大学（マレーシア）アブドゥル・ラフマン・ビン・イスマイル准教授は
イスラム教徒でいらっしゃるため、ハラール対応のお料理を別皿でご用意いただけますでしょうか。
また、会の途中で礼拝のお時間が必要とのことですので、18時前後に使える小部屋を
一室お借りできると助かります。お酒は召し上がりません。

お見積りの修正をお願いいたします。

{SIG_SAKAMAKI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named guest's religion (信条) disclosed to a hotel in running text",
)

# 041 — 機密 used in passing about handling samples
add(
    id="university-041", expect="pass",
    sender=MITSUYA, to=["相良 崇 <t.sagara@minato-tech.ac.jp>"],
    subject="試作品の保管と評価手順について", charset="iso-2022-jp",
    body=f"""相良先生

お世話になっております。三ツ矢です。
昨日お送りした試作品について、いくつかお願いがございます。

・試作品は機密保持の観点から、研究室内の施錠できる保管庫で管理いただけますと幸いです。
・評価が終わったサンプルは廃棄せず、着払いでご返送ください。
・測定条件は添付の手順書（前回と同じもの）に沿っていただければ十分です。

学生さんが扱う場合も、共同研究契約の秘密保持条項の範囲でお願いいたします。
何かあればお気軽にご連絡ください。

{SIG_MITSUYA}
""",
    entities=[], detectors=[],
    note="機密 and 秘密保持 mentioned as handling advice, not as a classification of the mail",
)

# 042 — a corrupt DOCX
add(
    id="university-042", expect="stop",
    sender=MATSUOKA, to=["瀬戸内大学 産学連携センター <renkei@setouchi-u.ac.jp>"],
    subject="共同研究 成果報告書（最終版）の送付", charset="iso-2022-jp",
    body=f"""瀬戸内大学 産学連携センター
ご担当者様

お世話になっております。日の出産業の松岡です。
「瀬戸内海産海藻由来バイオプラスチックの開発」共同研究の成果報告書（最終版）をお送りします。
学内での回覧と、研究推進課へのご提出をお願いいたします。

{SIG_MATSUOKA}
""",
    attachments=[{"kind": "corrupt", "name": "共同研究成果報告書_最終版.docx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt and cannot be inspected",
)

# 043 — one block per student (OB/OG visit records)
_p = people(43, 5, univ="aobagakuin.ac.jp")
_emp = ["研究開発センター 鷲尾", "生産技術部 羽賀", "品質保証部 都築", "営業本部 戸叶", "情報システム部 能登"]
_days = ["11月5日", "11月7日", "11月12日", "11月14日", "11月19日"]
_blocks = "\n".join(
    f"""【{i + 1}】
氏名　　：{x['name']}（{x['kana']}）
学部学年：{d}
携帯　　：{zen(x['phone'])}
メール　：{x['mail']}
訪問日　：{day}　対応社員：{e}
""" for i, (x, d, day, e) in enumerate(zip(
        _p, ["理工学部 4年", "理工学部 修士1年", "経済学部 3年", "理工学部 3年", "文学部 3年"], _days, _emp)))
add(
    id="university-043", expect="stop",
    sender=ONODERA, to=["青葉学院大学 キャリアセンター <career@aobagakuin.ac.jp>"],
    subject="11月 OB・OG訪問 受付学生のご報告", charset="utf-8",
    body=f"""青葉学院大学 キャリアセンター
松下様

お世話になっております。日の出産業 人事部の小野寺でございます。
貴学の記録用にご依頼いただいた、11月にOB・OG訪問を受け付けた学生さんの情報です。

{_blocks}
以上5名です。訪問後のフォローは各対応社員から行っております。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five students, one block each, with full-width mobile numbers and e-mails",
)

# 044 — employees offered as OG contacts (business e-mail only): could be judged either way
_emps = [["氏名", "所属", "入社年", "出身学科", "連絡先（社用）"],
         ["都築 紗希", "研究開発センター", "2016", "生活科学科", "tsuzuki.saki@hinode-sangyo.co.jp"],
         ["羽賀 美咲", "品質保証部", "2018", "化学科", "haga.misaki@hinode-sangyo.co.jp"],
         ["楪 琴音", "営業本部", "2019", "英語英文学科", "yuzuriha.kotone@hinode-sangyo.co.jp"],
         ["桑原 真央", "人事部", "2020", "心理学科", "kuwabara.mao@hinode-sangyo.co.jp"],
         ["能登 詩織", "情報システム部", "2021", "数理科学科", "noto.shiori@hinode-sangyo.co.jp"],
         ["戸叶 彩花", "経理部", "2022", "経済学科", "toganou.ayaka@hinode-sangyo.co.jp"]]
add(
    id="university-044", expect="either",
    sender=ONODERA, to=["白鷺女子大学 キャリア支援課 <career@shirasagi.ac.jp>"],
    subject="OG訪問 受入社員のご案内（2026年卒向け）", charset="iso-2022-jp",
    body=f"""白鷺女子大学 キャリア支援課
ご担当者様

お世話になっております。日の出産業の小野寺でございます。
今年度もOG訪問の受入れにご協力させていただきます。
学生の皆さまには、下記の社員へ直接ご連絡いただいて構いません（本人了承済み）。

{table(_emps, rule="")}

ご掲示・ご案内のほど、よろしくお願いいたします。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six employees' business e-mails offered with consent for OG visits: a list, but only business contacts",
)

# 045 — arrest of a named offer-holder
add(
    id="university-045", expect="stop",
    sender=ONODERA, to=["西海大学 学生課 <gakuseika@saikai-u.ac.jp>"],
    subject="内定者に関する事実確認のお願い", charset="iso-2022-jp",
    body=f"""西海大学 学生課
ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の小野寺と申します。

貴学工学部4年で弊社の内定者である釜石 湊さんについて、先月、大麻取締法違反の疑いで
逮捕されたとの報道があったと、社内から情報が寄せられました。
ご本人とは現在連絡が取れない状態です。

内定の取扱いを検討するにあたり、大学として把握されている事実関係
（処分の有無、現在の在籍状況など）について、差し支えない範囲でご教示いただけないでしょうか。
お電話でも構いません。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="arrest of a named student (犯罪の経歴) in running text",
)

# 046 — a schedule full of dates that are not birth dates
add(
    id="university-046", expect="pass",
    sender=MATSUOKA, to=["東都大学 産学連携本部 <sangaku@tohto-u.ac.jp>"],
    subject="共同研究（契約番号 TK-2025-0412）年間スケジュール", charset="iso-2022-jp",
    body=f"""東都大学 産学連携本部
ご担当者様

お世話になっております。日の出産業の松岡です。
平成30年度から継続している共同研究の、今年度のスケジュールをお送りします。

　契約期間　　：2025年4月1日〜2026年3月31日
　研究費入金　：令和7年5月30日（前期）、令和7年11月28日（後期）
　中間報告会　：2025/10/15（水）14:00〜
　成果報告書　：R8.3.13 までに提出
　次年度契約　：2026年2月2日 までに更新意思を確認

特許出願（特願2025-104472）の共同出願人の持分についても、中間報告会で確認させてください。

{SIG_MATSUOKA}
""",
    entities=[], detectors=[],
    note="contract dates in 西暦 and 和暦 and a patent application number; no birth dates",
)

# 047 — scholarship alumni visible to each other
add(
    id="university-047", expect="stop",
    sender=NONOMURA,
    to=["shota.kobayashi88@gmail.com", "ayaka-ishikawa@yahoo.co.jp", "r.tanaka@kawasaki-denki.co.jp",
        "naoki_mori@icloud.com", "sakimaeda@outlook.jp", "okada.yuma@eng.tohto-u.ac.jp",
        "chihiro-t@ezweb.ne.jp"],
    subject="ひので奨学会 OB・OG交流会のご案内（1月17日）", charset="iso-2022-jp",
    body=f"""ひので奨学会 奨学生OB・OGの皆さま

ご無沙汰しております。ひので奨学会 事務局の野々村です。
毎年恒例のOB・OG交流会を、今年は下記のとおり開催いたします。

　日時：2026年1月17日（土）17:00〜19:30
　会場：さくらホテル日本橋 2階「桜の間」
　会費：3,000円（当日受付にて）

現役奨学生との懇談の時間も設けます。
ご出欠を1月9日までにこのメールへのご返信でお知らせください。

{SIG_NONOMURA}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="seven former scholars (private and work addresses) can see each other in To",
)

# 048 — scholarship payment list with bank accounts
_p = people(48, 6, region="west", univ="setouchi-u.ac.jp")
_banks = [("中国みらい銀行", "岡山駅前支店"), ("ゆうちょ銀行", "五四八支店"), ("瀬戸内信用金庫", "津島支店"),
          ("みどり銀行", "岡山支店"), ("中国みらい銀行", "倉敷支店"), ("ゆうちょ銀行", "五一八支店")]
_lines = ["| 氏名 | 学籍番号 | 金融機関 | 支店 | 種別 | 口座番号 | 金額 |",
          "|------|----------|----------|------|------|----------|------|"]
for x, (b, s) in zip(_p, _banks):
    _lines.append(f"| {x['name']} | {x['sid']} | {b} | {s} | 普通 | {x['rng'].randint(1000000, 9999999)} | 240,000 |")
_md = "\n".join(_lines)
add(
    id="university-048", expect="stop",
    sender=NONOMURA, to=["瀬戸内大学 学生支援課 奨学金係 <shogakukin@setouchi-u.ac.jp>"],
    subject="後期 給付奨学金 振込予定のご連絡", charset="utf-8",
    body=f"""瀬戸内大学 学生支援課 奨学金係
ご担当者様

いつもお世話になっております。ひので奨学会 事務局の野々村です。
後期分の給付奨学金を10月24日に振り込む予定です。
念のため、学生さんからご提出いただいた振込先に相違がないかご確認をお願いいたします。

{_md}

※口座名義はいずれもご本人名義です。

{SIG_NONOMURA}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six scholarship students' bank accounts in a pipe table",
)

# 049 — invoice with the company's T-number and the company's bank account
_cn = corporate_number("010401088417")
add(
    id="university-049", expect="pass",
    sender=TODO, to=["北辰工業大学 財務課 <zaimu@hokushin-it.ac.jp>"],
    cc=[MIYAHARA],
    subject="請求書送付のご案内（INV-2025-11-0088）", charset="cp932",
    body=f"""北辰工業大学 財務課 御中

いつもお世話になっております。日の出産業 経理部の藤堂でございます。
10月実施分の受託分析につきまして、請求書をお送りいたします。

　請求書番号：INV-2025-11-0088
　ご依頼番号：HK-R25-0193（大久保研究室）
　ご請求金額：79,200円（税込）
　お支払期限：2025年12月26日
　登録番号　：T{_cn}

お振込先：みどり銀行 日本橋支店 当座 0081274 ヒノデサンギヨウ（カ

{SIG_TODO}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2025-11-0088.pdf", "title": "請求書",
                  "lines": ["請求書", "北辰工業大学 御中", "",
                            "日の出産業株式会社　東京都中央区日本橋室町3-4-8",
                            f"登録番号：T{_cn}",
                            "請求書番号：INV-2025-11-0088　発行日：2025年11月10日", ""],
                  "table": [["コード", "品目", "数量", "単価", "金額"],
                            ["AN-115", "XPS 定性", "1", "42,000", "42,000"],
                            ["AN-120", "SEM-EDS 観察", "1", "25,000", "25,000"],
                            ["", "小計", "", "", "67,000"], ["", "共同研究割引", "", "", "▲ 5,000"],
                            ["", "消費税（10%）", "", "", "7,200"], ["", "合計", "", "", "79,200"]]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's registration number and corporate bank account",
)

# 050 — health check results of one named research subject
add(
    id="university-050", expect="stop",
    sender=MITSUYA, to=["倉田 真理子 <m-kurata@tokai-iryo.ac.jp>"],
    subject="スクリーニング結果のご相談（被験者 SL-007）", charset="utf-8",
    body=f"""倉田先生

お世話になっております。三ツ矢です。
第1期の事前スクリーニングで、1名ご判断をいただきたい方がいます。

被験者 SL-007 の木村 颯太さん（46歳）ですが、スクリーニング時の血液検査で
空腹時血糖 138 mg/dL、HbA1c 6.9% と糖尿病型の基準を超えていました。
ご本人は未治療で、健診でも指摘を受けたことがあるとのことです。

除外基準には該当しないものの、結果の解釈に影響しそうですので、
このまま組み入れてよいかご判断をお願いできますでしょうか。
あわせて、ご本人への受診勧奨の方法もご相談させてください。

{SIG_MITSUYA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="blood test results of a named research subject (健康診断等の結果)",
)

# 051 — one professor's mobile given to a partner for the visit
add(
    id="university-051", expect="pass",
    sender=ISURUGI, to=["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
    subject="Re: 11/7 送迎バス 当日の連絡先", charset="iso-2022-jp",
    body=f"""藤井様

お世話になっております。石動です。
当日、学生の集合状況は引率の関東理科大学 乾 先生（携帯 090-5527-3186）が把握されています。
出発前の人数確認は先生と直接やり取りいただければ幸いです。

弊社側は私が研究開発センターの正門でお待ちしております。

{SIG_ISURUGI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="a single professor's mobile as the day's contact: one business contact",
)

# 052 — own domain with co. dropped in Cc
add(
    id="university-052", expect="stop",
    sender=HORIE, to=["北辰工業大学 キャリアセンター <career-center@hokushin-it.ac.jp>"],
    cc=["古賀 健太 <koga.kenta@hinode-sangyo.jp>"],
    subject="春季インターンシップ 受入枠のご相談", charset="iso-2022-jp",
    body=f"""北辰工業大学 キャリアセンター
ご担当者様

お世話になっております。日の出産業の堀江です。
春季インターンシップ（2月16日〜27日）の受入枠について、今年は機械系4名・化学系2名を
予定しております。学内選考の締切を1月16日としていただけますと助かります。

募集要項は来週中にお送りいたします。
（cc：弊社 採用担当 古賀）

{SIG_HORIE}
""",
    entities=[], detectors=["lookalike_domain", "multiple_external_domains"],
    note="colleague in Cc at hinode-sangyo.jp: the own domain with co. dropped",
)

# 053 — plain ZIP with seminar slides and a map
add(
    id="university-053", expect="pass",
    sender=KOGA, to=["湊工科大学 就職課 <shushoku@minato-tech.ac.jp>"],
    subject="学内説明会（12/10）資料一式のご送付", charset="iso-2022-jp",
    body=f"""湊工科大学 就職課
ご担当者様

お世話になっております。日の出産業の古賀です。
12月10日の学内説明会で使用する資料一式をZIPにまとめてお送りいたします。
事前配布用にご利用ください（パスワードはかけておりません）。

　・会社説明会資料_2026卒.pptx
　・研究開発センター_アクセスマップ.pdf

{SIG_KOGA}
""",
    attachments=[{"kind": "zip", "name": "説明会資料_湊工科大_1210.zip", "files": [
        {"kind": "pptx", "name": "会社説明会資料_2026卒.pptx", "slides": [
            ["日の出産業株式会社 会社説明会", "2026年卒業予定の皆さまへ"],
            ["事業紹介", "機能性材料・産業用部材・ヘルスケアデバイス", "売上高 1,820億円（2024年度）"],
            ["募集職種", "研究開発職（材料・化学・機械）", "生産技術職", "品質保証職"],
            ["選考フロー", "エントリー → Webテスト → 面接2回 → 内定"]]},
        {"kind": "pdf", "name": "研究開発センター_アクセスマップ.pdf",
         "lines": ["日の出産業 研究開発センター アクセス", "神奈川県愛甲郡愛川町中津4021",
                   "小田急線 本厚木駅北口より バス30分「中津工業団地」下車 徒歩3分",
                   "代表 046-285-3300"]}]}],
    entities=[], detectors=[],
    note="unencrypted ZIP of public seminar slides and an access map",
)

# 054 — legacy XLS of adult learners in an endowed course
_p = people(54, 10, years=(1970, 1995), region="kanto")
_rows = [["寄附講座「実践マテリアルズ・インフォマティクス」社会人受講生名簿"], [],
         ["No", "氏名", "勤務先", "自宅住所", "電話", "メール"]]
_work = ["川崎電機", "ツバサシステム", "個人事業", "北国フーズ", "日の出産業", "県工業技術センター",
         "錦印刷", "（求職中）", "青葉運輸", "日の出産業"]
for i, (x, w) in enumerate(zip(_p, _work)):
    _rows.append([i + 1, x["name"], w, x["addr"], x["phone"], x["mail"]])
add(
    id="university-054", expect="stop",
    sender=MATSUOKA, to=["信州高原大学 工学部 寄附講座事務 <kifu-koza@shinshu-kogen.ac.jp>"],
    subject="寄附講座 社会人受講生名簿（第3期）", charset="cp932",
    body=f"""信州高原大学 工学部 寄附講座事務
ご担当者様

お世話になっております。日の出産業 産学連携推進室の松岡です。
第3期の社会人受講生10名の名簿をお送りします（弊社で受付した分）。
受講証の発行と図書館利用登録をお願いいたします。
学内システムの都合で .xls 形式にしております。

{SIG_MATSUOKA}
""",
    attachments=[{"kind": "xls", "name": "社会人受講生名簿_第3期.xls", "sheets": {"名簿": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS of 10 adult learners with home addresses, phones and e-mails",
)

# 055 — mental health leave of a named visiting researcher
add(
    id="university-055", expect="stop",
    sender=MITSUYA, to=["濱崎 誠一 <hamasaki@eng.tohto-u.ac.jp>"],
    subject="共同研究員の休養について", charset="iso-2022-jp",
    body=f"""濱崎先生

お世話になっております。日の出産業の三ツ矢です。
先生の研究室から受け入れている共同研究員の栗花落 湊さんについてご連絡です。

先週から体調がすぐれない様子でしたが、本日、弊社の産業医面談で
適応障害と診断され、2週間程度の休養が必要との意見が出ました。
ご本人は、先生にご迷惑をおかけすることをとても気にされています。

実験の引継ぎは私の方で調整しますので、研究室でのスケジュールについて
一度ご相談させていただけますでしょうか。

{SIG_MITSUYA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named researcher's psychiatric diagnosis (病歴) in running text",
)

# 056 — acknowledging a list the university sent; the list is only quoted
add(
    id="university-056", expect="pass",
    sender=ONODERA, to=["青葉学院大学 キャリアセンター <career@aobagakuin.ac.jp>"],
    subject="RE: 学内選考 通過者名簿の送付", charset="iso-2022-jp",
    body=f"""青葉学院大学 キャリアセンター
松下様

お世話になっております。日の出産業の小野寺でございます。
名簿を確かに受領いたしました。
面接日程の候補を来週中にご連絡いたしますので、今しばらくお待ちください。

{SIG_ONODERA}

差出人: 青葉学院大学 キャリアセンター <career@aobagakuin.ac.jp>
送信日時: 2025年11月4日 16:22
宛先: 小野寺 美穂 <onodera.miho@hinode-sangyo.co.jp>
件名: 学内選考 通過者名簿の送付

日の出産業株式会社 小野寺様

学内選考を通過した学生6名の名簿です。
　鷲尾 大翔　理工学部4年　090-4471-2368　washio.h@st.aobagakuin.ac.jp
　仲宗根 芽依　理工学部4年　080-6619-0245　nakasone.m@st.aobagakuin.ac.jp
　阿久津 蓮　理工学部修士2年　070-2238-5190　akutsu.r@st.aobagakuin.ac.jp
　柳瀬 美咲　経済学部4年　090-8873-6614　yanase.m@st.aobagakuin.ac.jp
　三上 航平　理工学部4年　080-3350-7782　mikami.k@st.aobagakuin.ac.jp
　大城 陽菜　理工学部4年　070-5582-1947　oshiro.h@st.aobagakuin.ac.jp
よろしくお願いいたします。
キャリアセンター 松下
""",
    entities=[], detectors=[],
    note="six students' data only in the quoted original from the recipient (差出人/送信日時 block)",
)

# 057 — English: participants with passport numbers to a German university
add(
    id="university-057", expect="stop",
    sender=HAYASHIDA, to=["International Office <international@th-rheinfeld.de>"],
    subject="Summer Research Program 2026 - participant details for visa support letters",
    charset="utf-8",
    body=f"""Dear Ms. Brandt,

Thank you for nominating your students. To prepare the visa support letters and the
group accident insurance, please double-check the details below against the students'
passports and let me know of any corrections by 20 March.

Name                 Date of birth  Nationality  Passport No.  E-mail
-------------------  -------------  -----------  ------------  -----------------------------
Lukas Brenner        1999-04-12     German       C4F7R21K9     lukas.brenner@stud.th-rheinfeld.de
Anna Kowalczyk       2000-11-03     Polish       EK4471936     a.kowalczyk@stud.th-rheinfeld.de
Jonas Wiedemann      1998-08-27     German       C2N9X04T1     jonas.wiedemann@stud.th-rheinfeld.de
Mehmet Yildiz        1999-02-15     Turkish      U19284733     m.yildiz@stud.th-rheinfeld.de
Sophie Lindqvist     2000-06-30     Swedish      91847562      sophie.lindqvist@stud.th-rheinfeld.de

{SIG_HAYASHIDA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="table of 5 students with birth dates, passport numbers and e-mails",
)

# 058 — English reply; the passport details are only in the quoted mail
add(
    id="university-058", expect="pass",
    sender=HAYASHIDA, to=["Priya Raman <p.raman@northbridge.edu>"],
    subject="Re: Invitation letter for Dr. Patel", charset="utf-8",
    body=f"""Dear Priya,

Thank you - we have everything we need. The invitation letter will be signed by our
CTO on Monday and sent to Dr. Patel by courier (tracking will follow).

{SIG_HAYASHIDA}

On Tue, 4 Nov 2025 at 09:12, Priya Raman <p.raman@northbridge.edu> wrote:
> Dear Kenji,
> Here are Dr. Patel's details for the invitation letter:
> Full name: Dr. Anil Kumar Patel
> Date of birth: 22 May 1984
> Passport No.: Z6614028 (Republic of India), expires 2032-01-18
> Home address: 41 Elmwood Lane, Northbridge, MA 01780
> Best,
> Priya
""",
    entities=[], detectors=[],
    note="passport number and DOB appear only in the quoted text the recipient wrote",
)

# 059 — one student's health insurance card symbol and number
add(
    id="university-059", expect="stop",
    sender=HORIE, to=["南洋国際大学 国際交流センター <intl@nanyo-kokusai.ac.jp>"],
    subject="留学生インターン 保険手続きの確認", charset="cp932",
    body=f"""南洋国際大学 国際交流センター
田所様

お世話になっております。日の出産業の堀江です。
来週から受け入れるチャン・ミン・ドゥックさんについて、実習中の事故に備えて
弊社で傷害保険を手配するにあたり、公的保険の加入状況を確認させてください。

ご本人から伺った国民健康保険の被保険者証の内容は以下のとおりです。
　保険者番号：138040
　記号：新宿区　番号：1207-4493
　氏名：TRAN MINH DUC（チャン ミン ドゥック）

大学で加入されている留学生保険と重複がないか、ご確認いただけますと幸いです。

{SIG_HORIE}
""",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="a student's health insurance card symbol and number (健康保険証の記号・番号)",
)

# 060 — basic pension number of a cross-appointed associate professor
add(
    id="university-060", expect="stop",
    sender=SAKAMAKI, to=["東都大学 人事課 クロスアポイントメント担当 <jinji-ca@tohto-u.ac.jp>"],
    subject="クロスアポイントメント 社会保険手続きについて", charset="cp932",
    body=f"""東都大学 人事課
クロスアポイントメントご担当者様

お世話になっております。日の出産業 総務部の坂巻です。
1月1日から弊社と貴学のクロスアポイントメントとなる佐々木 遼 准教授について、
社会保険の二以上事業所勤務届の作成にあたり、情報を照合させてください。

　氏名：佐々木 遼（ササキ リョウ）
　生年月日：昭和６１年９月２７日
　基礎年金番号：４０１２－６３８９１５
　弊社での報酬月額：１８０，０００円

貴学でお持ちの情報と相違がないか、ご確認のほどお願いいたします。

{SIG_SAKAMAKI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="a named professor's 基礎年金番号 and 和暦 birth date in full-width digits",
)

# 061 — two interns' driving licence numbers for a forklift course
add(
    id="university-061", expect="stop",
    sender=ISURUGI, to=["青葉運輸 教育センター <kyoiku@aoba-unyu.co.jp>"],
    subject="フォークリフト運転技能講習 受講申込（インターン生2名）", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 教育センター
ご担当者様

いつもお世話になっております。日の出産業 研究開発センターの石動です。
長期インターンで物流実習を行う学生2名について、12月の技能講習（11時間コース）への
受講申込をお願いいたします。免許証の写しは当日持参させます。

1) 鷲尾 悠真（ワシオ ユウマ）　2002年1月19日生
   運転免許証番号：第 3019 2203 8841 号（普通）
2) 都築 紗希（ツヅキ サキ）　2003年7月8日生
   運転免許証番号：第 3020 2311 5060 号（準中型）

受講料のご請求は弊社宛てでお願いいたします。

{SIG_ISURUGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="two interns' driving licence numbers and birth dates",
)

# 062 — four colleagues' business e-mails for meeting registration
add(
    id="university-062", expect="pass",
    sender=MATSUOKA, to=["東都大学 産学連携本部 <sangaku@tohto-u.ac.jp>"],
    subject="Re: 12/3 オンライン意見交換会 参加者登録", charset="iso-2022-jp",
    body=f"""東都大学 産学連携本部
ご担当者様

お世話になっております。日の出産業の松岡です。
12月3日の意見交換会には、弊社から以下の4名が参加いたします。
招待リンクは各アドレスにお送りいただけますと幸いです。

　岩城 隆（産学連携推進室 室長）　iwaki.takashi@hinode-sangyo.co.jp
　石動 浩二（研究開発センター）　isurugi.koji@hinode-sangyo.co.jp
　三ツ矢 玲奈（研究開発センター）　mitsuya.rena@hinode-sangyo.co.jp
　松岡 聡子（産学連携推進室）　matsuoka.satoko@hinode-sangyo.co.jp

{SIG_MATSUOKA}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=[],
    note="four attendees' business e-mail addresses for a meeting: normal business contact",
)

# 063 — the mail itself is stamped 社外秘
add(
    id="university-063", expect="stop",
    sender=IWAKI, to=["大久保 智之 <okubo@mech.hokushin-it.ac.jp>"],
    subject="【社外秘】寄附講座 2026年度予算案", charset="iso-2022-jp",
    body=f"""■■ 社外秘 ■■

大久保先生

お世話になっております。岩城です。
寄附講座の2026年度予算案（社内稟議前）を共有いたします。

　寄附金総額：3,000万円（前年度比 +500万円）
　内訳：特任助教 人件費 1,400万円／設備費 900万円／運営費 700万円
　社内稟議：12月18日 経営会議

上記は社内決裁前の数字ですので、取扱いにはご注意ください。

{SIG_IWAKI}
""",
    entities=[], detectors=["confidential_marking"],
    note="subject and body are stamped 社外秘 and sent to a university",
)

# 064 — the same marking, internal only
add(
    id="university-064", expect="pass",
    sender=IWAKI, to=[MATSUOKA, "産学連携推進室 <sangaku-renkei@hinode-sangyo.co.jp>"],
    subject="【社外秘】寄附講座 2026年度予算案（経営会議資料）", charset="iso-2022-jp",
    body=f"""【社外秘】

室内各位

12月18日の経営会議に出す寄附講座予算案です。大学側にはまだ出さないでください。

　北辰工業大学 寄附講座：3,000万円（+500万円）
　東海医療大学 寄附講座：1,800万円（据置）
　信州高原大学 寄附講座：1,200万円（新規2年目）

岩城
""",
    entities=[], detectors=[],
    note="社外秘 stamp but every recipient is internal",
)

# 065 — a password-protected PDF
add(
    id="university-065", expect="stop",
    sender=MATSUOKA, to=["関東理科大学 研究支援部 <kenkyu-shien@kanto-rika.ac.jp>"],
    subject="共同研究契約書（押印済）の送付", charset="iso-2022-jp",
    body=f"""関東理科大学 研究支援部
ご担当者様

お世話になっております。日の出産業の松岡です。
共同研究契約書（弊社押印済）のPDFをお送りいたします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えいたします。

{SIG_MATSUOKA}
""",
    attachments=[{"kind": "pdf", "name": "共同研究契約書_押印済.pdf", "password": "Kr2025-1128",
                  "lines": ["共同研究契約書", "学校法人関東理科大学と日の出産業株式会社は、次のとおり契約を締結する。",
                            "第1条（研究題目）リチウムイオン電池用バインダーの劣化解析"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

# 066 — anonymous, aggregated survey results
add(
    id="university-066", expect="pass",
    sender=KOGA, to=["瀬戸内大学 キャリアセンター <career@setouchi-u.ac.jp>"],
    subject="夏季インターンシップ 参加者アンケート集計結果", charset="utf-8",
    body=f"""瀬戸内大学 キャリアセンター
小西様

お世話になっております。古賀です。
夏季インターンシップの参加者アンケート（回答 18名／参加 21名）の集計をお送りします。
無記名のアンケートを集計したもので、個人が分かる情報は含めていません。

　満足度：とても満足 61% ／ 満足 33% ／ ふつう 6%
　印象に残ったプログラム：工場実習 44%、研究員との座談会 28%、グループワーク 22%
　改善要望（自由記述より）：「実習期間をもう少し長く」「宿舎から工場が遠い」
　健康面：期間中の体調不良による欠席 延べ2日

来年度のプログラムに反映させていきます。

{SIG_KOGA}
""",
    entities=[], detectors=[],
    note="anonymous aggregate percentages; the health remark is a count about no one",
)

# 067 — text + HTML alternative with an interview schedule of 7 students
_p = people(67, 7, region="north", univ="hokushin-it.ac.jp")
_topics = ["高分子ゲルの膨潤挙動", "Al合金の疲労き裂進展", "CFRPの界面接着", "固体電解質の合成",
           "熱電変換材料の評価", "摩擦攪拌接合", "セルロースナノファイバー複合材"]
_slots = ["12/9 10:00", "12/9 11:00", "12/9 13:30", "12/9 14:30", "12/10 10:00", "12/10 11:00", "12/10 13:30"]
_txt = table([["氏名", "研究テーマ", "面接日時", "携帯"]] +
             [[x["name"], t, s, x["phone"]] for x, t, s in zip(_p, _topics, _slots)])
_trs = "".join(f"<tr><td>{x['name']}</td><td>{t}</td><td>{s}</td><td>{x['phone']}</td></tr>"
               for x, t, s in zip(_p, _topics, _slots))
add(
    id="university-067", expect="stop",
    sender=KOGA, to=["大久保 智之 <okubo@mech.hokushin-it.ac.jp>"],
    subject="研究室推薦者 面接日程のご連絡", charset="utf-8",
    body=f"""大久保先生

お世話になっております。日の出産業の古賀です。
研究室推薦でご応募いただいた学生さんの面接日程を下記のとおり設定いたしました。
当日の連絡用に携帯番号も記載しております。

{_txt}

会場は日の出ビル 5階です。

{SIG_KOGA}
""",
    html=f"""<html><body>
<p>大久保先生</p>
<p>お世話になっております。日の出産業の古賀です。<br>
研究室推薦でご応募いただいた学生さんの面接日程を下記のとおり設定いたしました。<br>
当日の連絡用に携帯番号も記載しております。</p>
<table border="1"><tr><th>氏名</th><th>研究テーマ</th><th>面接日時</th><th>携帯</th></tr>{_trs}</table>
<p>会場は日の出ビル 5階です。</p>
<p>日の出産業株式会社 人事部 採用グループ 古賀 健太<br>TEL 03-5201-7621</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="7 students with mobiles in both the text and HTML parts",
)

# 068 — three foreign universities visible in To
add(
    id="university-068", expect="stop",
    sender=HAYASHIDA,
    to=["Prof. Alan Whitfield <a.whitfield@northbridge.edu>",
        "Ms. Katrin Brandt <international@th-rheinfeld.de>",
        "Dr. Ji-hoon Kang <jh.kang@hanbit.ac.kr>"],
    subject="Hinode Summer Research Program 2026 - nomination schedule", charset="utf-8",
    body=f"""Dear colleagues,

Thank you all for your interest in the Hinode Summer Research Program 2026.
Please note the following schedule for nominations:

  - 31 January 2026: nomination deadline (one page CV and supervisor's letter)
  - 27 February 2026: online interviews
  - 13 March 2026: results

We look forward to welcoming your students in Aikawa this summer.

{SIG_HAYASHIDA}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three foreign universities' contacts can see each other in To: should have been Bcc",
)

# 069 — offer letter to one applicant on free mail; マイナンバー only as a word
add(
    id="university-069", expect="pass",
    sender=ONODERA, to=["百目鬼 陽菜 <hina.domeki@yahoo.co.jp>"],
    subject="【日の出産業】内定のご連絡", charset="iso-2022-jp",
    body=f"""百目鬼 陽菜 様

日の出産業株式会社 人事部の小野寺でございます。
先日は最終面接にお越しいただき、ありがとうございました。

厳正なる選考の結果、百目鬼様を2026年4月入社の総合職として
内定とさせていただくことになりました。心よりお祝い申し上げます。

内定承諾書と入社手続きの書類（身元保証書、マイナンバー届出書、給与振込口座届など）は
11月中に郵送いたします。マイナンバーの提出は入社後で構いません。

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_ONODERA}
""",
    entities=[], detectors=["freemail_recipient"],
    note="offer mail to one applicant on free mail; マイナンバー mentioned as a form name only",
)

# 070 — partner tsubasa-system.jp typed with a dropped letter
add(
    id="university-070", expect="stop",
    sender=ISURUGI, to=["相良 崇 <t.sagara@minato-tech.ac.jp>"],
    cc=["ツバサシステム 長尾 <nagao@tsubasa-sytem.jp>"],
    subject="計測データ共有基盤のアカウント発行について", charset="utf-8",
    body=f"""相良先生
（cc：ツバサシステム 長尾様）

お世話になっております。石動です。
共同研究の計測データを共有するクラウド基盤について、ツバサシステム様に
研究室用のアカウントを3つ発行していただく予定です。

利用者の確定後、アカウント名だけ長尾様にお伝えいただけますでしょうか。
初期パスワードはツバサシステム様から個別に通知されます。

{SIG_ISURUGI}
""",
    entities=[], detectors=["lookalike_domain", "multiple_external_domains"],
    note="tsubasa-sytem.jp is the partner tsubasa-system.jp with a letter dropped",
)

# 071 — partner hotel with another TLD
add(
    id="university-071", expect="stop",
    sender=SAKAMAKI, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
    subject="校友会 日の出産業支部 懇親会 会場予約のお願い", charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約
ご担当者様

いつもお世話になっております。日の出産業 総務部の坂巻です。
北辰工業大学 校友会 日の出産業支部の懇親会につき、会場の予約をお願いいたします。

　日時：2026年2月6日（金）18:30〜20:30
　人数：30名前後（立食）
　ご予算：お一人様 6,000円（飲み放題込み）

空き状況とお見積りをいただけますと幸いです。

{SIG_SAKAMAKI}
""",
    entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a TLD look-alike of the partner sakura-hotel.jp",
)

# 072 — the printing partner's correct domain
add(
    id="university-072", expect="pass",
    sender=KAWAI, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="大学配布用 会社案内パンフレット 入稿のご連絡", charset="iso-2022-jp",
    body=f"""錦印刷株式会社 営業部
村井様

いつもお世話になっております。日の出産業 広報・CSR推進部の河合です。
大学キャリアセンター配布用の会社案内（A4・12ページ）の入稿データを、
先ほど御社の入稿サーバーにアップロードいたしました。

　見積番号：NI-25-3318
　部数：3,000部
　納品：12月1日（月）本社 1階 受付

色校正は11月20日頃にいただけますと助かります。

{SIG_KAWAI}
""",
    entities=[], detectors=[],
    note="partner printer at its correct domain; quote number only",
)

# 073 — a job posting for a career centre
add(
    id="university-073", expect="pass",
    sender=KOGA, to=["西海大学 キャリア支援センター <career@saikai-u.ac.jp>"],
    subject="2027年卒 求人票のご送付", charset="cp932",
    html="""<html><head><meta charset="shift_jis"></head><body style="font-family:'MS PGothic'">
<p>西海大学 キャリア支援センター<br>ご担当者様</p>
<p>お世話になっております。日の出産業の古賀です。<br>
2027年卒業予定の皆さま向けの求人票をお送りいたします。学内掲示にご利用ください。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th align="left">募集職種</th><td>研究開発職／生産技術職／品質保証職</td></tr>
<tr><th align="left">勤務地</th><td>研究開発センター（神奈川県愛甲郡愛川町中津4021）<br>岡山工場（岡山県倉敷市水島川崎通1-12）</td></tr>
<tr><th align="left">初任給</th><td>学部卒 250,000円／修士了 275,000円（2025年4月実績）</td></tr>
<tr><th align="left">休日</th><td>年間125日（完全週休2日制）</td></tr>
<tr><th align="left">応募方法</th><td>弊社採用サイトよりエントリー</td></tr>
<tr><th align="left">問合せ</th><td>人事部 採用グループ 03-5201-7621</td></tr>
</table>
<p>日の出産業株式会社 人事部 採用グループ 古賀 健太<br>
〒103-0022 東京都中央区日本橋室町3-4-8<br>TEL 03-5201-7621</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML-only job posting with company sites and a switchboard: nothing personal",
)

# 074 — a reply whose new text (not the quote) lists five students
_p = people(74, 5, region="west", univ="saikai-u.ac.jp")
_new = "\n".join(f"　{x['name']}（{x['kana']}）　{x['phone']}　{x['mail']}" for x in _p)
add(
    id="university-074", expect="stop",
    sender=KOGA, to=["西海大学 キャリア支援センター <career@saikai-u.ac.jp>"],
    subject="Re: 一次選考の結果について（ご依頼）", charset="iso-2022-jp",
    body=f"""西海大学 キャリア支援センター
ご担当者様

お世話になっております。古賀です。
ご依頼の件、一次選考を通過した貴学の学生は以下の5名です。

{_new}

二次面接のご案内は明日、ご本人に直接お送りします。

{SIG_KOGA}

> 日の出産業 古賀様
> いつもお世話になっております。
> 貴社一次選考を通過した本学学生がいれば、面接対策を行いたいので
> お名前と連絡先を教えていただけますでしょうか。
> 西海大学 キャリア支援センター 江口
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="reply whose new text lists 5 students with phones and e-mails (only the request is quoted)",
)

# 075 — ethnic origin of named speakers
add(
    id="university-075", expect="stop",
    sender=KAWAI, to=["白鷺女子大学 ダイバーシティ推進室 <diversity@shirasagi.ac.jp>"],
    subject="座談会「多様なルーツと働くこと」登壇者のご紹介", charset="utf-8",
    body=f"""白鷺女子大学 ダイバーシティ推進室
ご担当者様

お世話になっております。日の出産業 広報・CSR推進部の河合です。
1月の座談会に登壇する弊社社員2名について、ご紹介文の材料をお送りします。

仲宗根 ルシア（品質保証部）は日系ブラジル人三世で、10歳のときに来日しました。
日本語とポルトガル語のバイリンガルで、工場の外国籍社員の相談役も務めています。

金 志遠（研究開発センター）は在日コリアン三世で、大学院まで日本で学びました。
本名で就職活動をした経験について、学生の皆さんにお話ししたいと申しております。

パンフレットへの掲載内容は、事前に本人確認のうえで確定させてください。

{SIG_KAWAI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="ethnic origin (人種・出自) of two named employees in running text",
)

# 076 — the company's research ethics rules: category words, no person
add(
    id="university-076", expect="pass",
    sender=IWAKI, to=["関東理科大学 研究倫理推進室 <rinri@kanto-rika.ac.jp>"],
    subject="弊社「人を対象とする研究に関する倫理規程」改定版のご送付", charset="iso-2022-jp",
    body=f"""関東理科大学 研究倫理推進室
ご担当者様

お世話になっております。日の出産業の岩城です。
共同研究の審査資料として、弊社の倫理規程（2025年10月改定）をお送りします。
主な改定点は、要配慮個人情報（病歴、障害、信条等）の取得時の同意手続きの明確化です。

{SIG_IWAKI}
""",
    attachments=[{"kind": "pdf", "name": "人を対象とする研究に関する倫理規程_2025改定.pdf",
                  "title": "人を対象とする研究に関する倫理規程",
                  "lines": ["日の出産業株式会社 人を対象とする研究に関する倫理規程", "",
                            "第1条（目的）この規程は、当社が行う人を対象とする研究の倫理的配慮を定める。",
                            "第5条（要配慮個人情報）研究者は、病歴、障害、信条、犯罪の経歴その他の",
                            "  要配慮個人情報を取得する場合、あらかじめ研究対象者の書面による同意を得る。",
                            "第8条（仮名加工）解析に用いる情報は、原則として仮名加工情報とする。",
                            "附則　この規程は2025年10月1日から施行する。"]}],
    entities=[], detectors=[],
    note="policy text naming the sensitive categories in general, about no one",
)

# 077 — plain ZIP holding a reservation CSV (and a memo)
_p = people(77, 10, region="west")
_rows = [["予約ID", "氏名", "フリガナ", "大学", "学年", "電話", "メール", "面接日時"]]
for i, x in enumerate(_p):
    _rows.append([f"R{2511040 + i}", x["name"], x["kana"], "西海大学", "4年", x["phone"], x["mail"],
                  f"2025/11/{17 + i // 4} {10 + i % 4}:00"])
add(
    id="university-077", expect="stop",
    sender=KOGA, to=["西海大学 キャリア支援センター <career@saikai-u.ac.jp>"],
    subject="福岡会場 面接予約データ一式", charset="iso-2022-jp",
    body=f"""西海大学 キャリア支援センター
江口様

お世話になっております。古賀です。
福岡会場（学内会議室をお借りする分）の面接予約データをZIPでお送りします。
部屋割りのご参考にしてください。

{SIG_KOGA}
""",
    attachments=[{"kind": "zip", "name": "面接予約_西海大学.zip", "files": [
        {"kind": "csv", "name": "面接予約一覧.csv", "encoding": "utf-8", "rows": _rows},
        {"kind": "txt", "name": "部屋割りメモ.txt",
         "text": "11/17・11/18：第3会議室\n11/19：第5会議室\n面接官：古賀・小野寺（交代）\n"}]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="unencrypted ZIP with a CSV of 10 students' phones and e-mails",
)

# 078 — corrupt XLSX (scholarship roster)
add(
    id="university-078", expect="stop",
    sender=NONOMURA, to=["青葉学院大学 学生支援課 奨学金担当 <shogaku@aobagakuin.ac.jp>"],
    subject="2026年度 奨学生推薦名簿の様式について", charset="iso-2022-jp",
    body=f"""青葉学院大学 学生支援課
奨学金ご担当者様

いつもお世話になっております。ひので奨学会 事務局の野々村です。
昨年度ご提出いただいた推薦名簿を、記入例として一部修正してお返しいたします。
今年度も同じ様式でご提出いただけますと幸いです。

{SIG_NONOMURA}
""",
    attachments=[{"kind": "corrupt", "name": "奨学生推薦名簿_記入例.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 079 — professors' public lab contacts sent to a partner: honest people could disagree
_labs = [["大学", "研究室", "教員", "研究室電話", "メール"],
         ["東都大学", "高分子界面工学研究室", "濱崎 誠一 教授", "03-3812-4471", "hamasaki@eng.tohto-u.ac.jp"],
         ["北辰工業大学", "機械知能工学研究室", "大久保 智之 教授", "011-737-2381", "okubo@mech.hokushin-it.ac.jp"],
         ["湊工科大学", "熱物性研究室", "相良 崇 准教授", "045-501-7742", "t.sagara@minato-tech.ac.jp"],
         ["関東理科大学", "電気化学研究室", "乾 正和 教授", "04-7121-3309", "inui.masakazu@kanto-rika.ac.jp"],
         ["瀬戸内大学", "海洋バイオマス研究室", "桐山 亮 准教授", "086-251-8874", "kiriyama@agr.setouchi-u.ac.jp"],
         ["信州高原大学", "精密加工研究室", "百瀬 直人 教授", "0263-37-2150", "momose@shinshu-kogen.ac.jp"]]
add(
    id="university-079", expect="either",
    sender=IWAKI, to=["米田 康介 <k.yoneda@kawasaki-denki.co.jp>"],
    subject="共同研究候補の研究室リスト", charset="utf-8",
    body=f"""川崎電機 米田様

お世話になっております。岩城です。
先日お話しした、三社連携で声をかけられそうな研究室の一覧です。
いずれも各大学の公開情報（研究室Webサイト）から拾ったものです。

{table(_labs)}

優先度について来週ご相談させてください。

{SIG_IWAKI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six professors' published lab phones and e-mails: a list of people, but public business contacts",
)

# 080 — a blood-pressure device: health words about a product
add(
    id="university-080", expect="pass",
    sender=MITSUYA, to=["倉田 真理子 <m-kurata@tokai-iryo.ac.jp>"],
    subject="ウェアラブル血圧計 試作機の評価のお願い", charset="iso-2022-jp",
    body=f"""倉田先生

お世話になっております。三ツ矢です。
手首装着型の血圧計（試作3号機）が完成しましたので、評価をお願いしたくご連絡しました。

　型番：HD-BP03（医療機器認証は未取得）
　測定方式：オシロメトリック法
　想定用途：高血圧・睡眠時無呼吸症候群の方の夜間血圧モニタリング
　台数：10台（12月第2週に発送予定）

評価プロトコルは前回の打合せ内容をもとに、来週中にドラフトをお送りします。

{SIG_MITSUYA}
""",
    entities=[], detectors=[],
    note="disease words describe a product's intended use, not a person",
)

# 081 — scholarship candidates padded with full-width spaces, 和暦 birth dates
_p = people(81, 6, years=(2004, 2006), region="kanto")
_inc = ["２８０万円", "３１０万円", "１９５万円", "３６０万円", "２４０万円", "１７０万円"]
_rows = [["氏名", "生年月日", "住所", "世帯年収"]]
for x, m in zip(_p, _inc):
    _rows.append([x["name"].replace(" ", "\u3000"), zen(wareki(x["dob"])), zen(x["addr"]).replace(" ", "\u3000"), m])
add(
    id="university-081", expect="stop",
    sender=NONOMURA, to=["青葉学院大学 学生支援課 奨学金担当 <shogaku@aobagakuin.ac.jp>"],
    subject="ひので奨学会 2026年度 書類選考通過者のご連絡", charset="cp932",
    body=f"""青葉学院大学 学生支援課
奨学金ご担当者様

いつもお世話になっております。ひので奨学会 事務局の野々村です。
ご推薦いただいた学生のうち、書類選考を通過した方は下記のとおりです。
面接のご案内は大学経由でお願いできますでしょうか。

{table(_rows, fill=chr(0x3000), sep=chr(0x3000), rule="ー")}

面接日：２０２６年１月３１日（土）　会場：日の出ビル ３階

{SIG_NONOMURA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="6 candidates with 和暦 birth dates, home addresses and household income, padded with full-width spaces",
)

# 082 — English: a named student's type 1 diabetes
add(
    id="university-082", expect="stop",
    sender=HAYASHIDA, to=["Ms. Min-ji Seo <minji.seo@hanbit.ac.kr>"],
    subject="Summer program - arrangements for Ms. Park", charset="utf-8",
    body=f"""Dear Ms. Seo,

Thank you for the nomination of Ms. Park Seo-yeon (Department of Chemical Engineering).

During the pre-arrival interview she told us that she has type 1 diabetes and needs to
inject insulin several times a day, and that she had a hypoglycaemic episode during a
lab course last year. We would like to make sure we support her properly:

- a refrigerator for her insulin in the dormitory and at the lab,
- flexible break times during clean-room work,
- a briefing for her supervisor and our occupational nurse.

Could you let us know whether your university has any guidance from her doctor that
she would be willing to share with us?

{SIG_HAYASHIDA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named student's chronic illness and a past episode (病歴), in English running text",
)

# 083 — a professor and one of his students (free mail): two parties
add(
    id="university-083", expect="pass",
    sender=HORIE, to=["大久保 智之 <okubo@mech.hokushin-it.ac.jp>"],
    cc=["阿久津 蓮 <ren.akutsu.0707@gmail.com>"],
    subject="長期インターン（阿久津さん）の実習テーマについて", charset="iso-2022-jp",
    body=f"""大久保先生
（cc：阿久津さん）

お世話になっております。日の出産業の堀江です。
1月からの長期インターンについて、研究開発センターから実習テーマ案が届きました。

　テーマ：樹脂ギアの摩耗試験と寿命予測モデルの検証
　期間：2026年1月13日〜3月6日（週3日）
　指導担当：研究開発センター 石動

修士研究との関係で問題がないか、先生と阿久津さんでご確認いただけますでしょうか。

{SIG_HORIE}
""",
    entities=[], detectors=["multiple_external_domains", "freemail_recipient"],
    note="a university and one student on free mail: two external parties, allowed",
)

# 084 — study-group mail: five organisations visible
add(
    id="university-084", expect="stop",
    sender=ISURUGI,
    to=["濱崎 誠一 <hamasaki@eng.tohto-u.ac.jp>", "相良 崇 <t.sagara@minato-tech.ac.jp>"],
    cc=["米田 康介 <k.yoneda@kawasaki-denki.co.jp>", "長尾 <nagao@tsubasa-system.jp>",
        "北国フーズ 包装技術課 <hoso@kitaguni-foods.co.jp>"],
    subject="材料界面研究会 第12回例会のお知らせ", charset="iso-2022-jp",
    body=f"""材料界面研究会 会員各位

世話人の石動です。第12回例会を下記のとおり開催します。

　日時：2026年1月29日（木）14:00〜17:30
　会場：湊工科大学 材料工学棟 大会議室
　話題提供：
　　1. 食品包装フィルムのバリア層設計（北国フーズ）
　　2. 高熱伝導シートの界面熱抵抗（湊工科大学 相良研）
　懇親会：18:00〜（会費 4,000円）

出欠は1月20日までに石動までお知らせください。

{SIG_ISURUGI}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five external organisations in To/Cc can see each other: should have been Bcc",
)

# 085 — internal only: an intern's condition shared with the plant safety officer
add(
    id="university-085", expect="pass",
    sender=HORIE, to=["岡山工場 安全衛生課 <okayama-anzen@hinode-sangyo.co.jp>"],
    cc=["岡山工場 総務 <okayama-soumu@hinode-sangyo.co.jp>"],
    subject="【要配慮】インターン生 宇佐美さんの持病について共有", charset="iso-2022-jp",
    body=f"""安全衛生課 各位

人事部の堀江です。昨日倒れたインターン生の宇佐美 葵さん（瀬戸内大学3年）について共有します。
ご本人の了解を得ています。取扱いには十分ご注意ください。

・てんかんの持病があり服薬中（昨日は飲み忘れ）
・主治医：岡山市内のクリニック（連絡先は本人が保持）
・残りの実習では高所作業・回転機械の近くの作業から外してください

産業医の先生にもこのメールを転送しておきます。

{SIG_HORIE}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="sensitive health information, but every recipient is internal",
)

# 086 — PDF participant register of a plant tour
_p = people(86, 12, region="north")
_tbl = [["No", "氏名", "学年", "生年月日", "緊急連絡先"]]
for i, x in enumerate(_p):
    _tbl.append([str(i + 1), x["name"], f"{x['rng'].choice([2, 3])}年", ymd(x["dob"]), x["phone"]])
add(
    id="university-086", expect="stop",
    sender=SAKAMAKI, to=["北辰工業大学 学生課 <gakusei@hokushin-it.ac.jp>"],
    subject="工場見学（12/12 松本事業所）参加者名簿のご確認", charset="cp932",
    body=f"""北辰工業大学 学生課
ご担当者様

お世話になっております。日の出産業 総務部の坂巻です。
12月12日の松本事業所見学について、見学者用の傷害保険を手配するため、
お申込みフォームの内容から参加者名簿を作成しました（PDF）。
記載に誤りがないかご確認をお願いいたします。

{SIG_SAKAMAKI}
""",
    attachments=[{"kind": "pdf", "name": "工場見学_参加者名簿_1212.pdf", "title": "参加者名簿",
                  "lines": ["松本事業所 工場見学 参加者名簿（北辰工業大学 機械知能工学科）",
                            "実施日：2025年12月12日（金）", ""], "table": _tbl}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PDF table of 12 students with birth dates and emergency phone numbers",
)

# 087 — order, grant and account numbers that are not personal identifiers
add(
    id="university-087", expect="pass",
    sender=MIYAHARA, to=["湊工科大学 相良研究室 <sagara-lab@minato-tech.ac.jp>"],
    subject="標準試料のご注文受付（注文番号 PO-2025-08817）", charset="utf-8",
    body=f"""湊工科大学 相良研究室 御中

お世話になっております。日の出産業 分析技術センターの宮原です。
下記のとおりご注文を承りました。

　注文番号　：PO-2025-08817
　品名　　　：熱伝導率標準試料 HS-REF-02（3枚組）×2
　金額　　　：132,000円（税込）
　ご予算　　：科研費 基盤研究(C) 課題番号 25K07731
　納品予定　：2025年12月5日
　ロット番号：2511-0342-0715

請求書は納品時に同梱いたします。

{SIG_MIYAHARA}
""",
    entities=[], detectors=[],
    note="order, grant and lot numbers only; nothing personal",
)

# 088 — DOCX register of seconded researchers with DOB and home addresses
_p = people(88, 5, years=(1978, 1996), region="kanto")
_reg = [["氏名", "フリガナ", "生年月日", "国籍", "自宅住所", "携帯電話"]]
for x in _p:
    _reg.append([x["name"], x["kana"], wareki(x["dob"], short=True), "日本", f"〒{x['zip']} {x['addr']}", x["phone"]])
add(
    id="university-088", expect="stop",
    sender=MATSUOKA, to=["東都大学 産学連携本部 <sangaku@tohto-u.ac.jp>"],
    subject="共同研究 派遣研究員名簿（入構証・輸出管理確認用）", charset="iso-2022-jp",
    body=f"""東都大学 産学連携本部
ご担当者様

お世話になっております。日の出産業の松岡です。
1月から濱崎研究室に派遣する弊社研究員5名の名簿をお送りします。
入構証の発行と、安全保障輸出管理の該非確認にご利用ください。

{SIG_MATSUOKA}
""",
    attachments=[{"kind": "docx", "name": "派遣研究員名簿_濱崎研.docx",
                  "paragraphs": ["共同研究 派遣研究員名簿", "派遣先：東都大学 大学院工学研究科 濱崎研究室",
                                 "派遣期間：2026年1月5日〜2026年3月31日"],
                  "tables": [_reg]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 5 researchers with birth dates, home addresses and mobiles",
)

# 089 — English: four travellers' mobiles for an airport pickup
add(
    id="university-089", expect="pass",
    sender=HAYASHIDA, to=["Dr. Ji-hoon Kang <jh.kang@hanbit.ac.kr>"],
    subject="Our delegation to Hanbit University (Feb 24-26)", charset="utf-8",
    body=f"""Dear Dr. Kang,

Thank you for arranging the airport pickup. Our delegation arrives at Incheon on
KE 706 at 14:25 on 24 February. Mobile numbers (roaming) during the trip:

  Koji Isurugi      +81-90-6612-8804
  Rena Mitsuya      +81-80-3391-0275
  Takashi Iwaki     +81-90-2281-5530
  Kenji Hayashida   +81-70-4458-1936

Any of us can be reached if the flight is delayed.

{SIG_HAYASHIDA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four travellers' mobiles for a pickup: under five records, a warning at most",
)

# 090 — one alumnus on free mail
add(
    id="university-090", expect="pass",
    sender=SAKAMAKI, to=["戸叶 一輝 <kazuki.toganou@yahoo.co.jp>"],
    subject="校友会 日の出産業支部 懇親会のご案内（2/6）", charset="iso-2022-jp",
    body=f"""戸叶 一輝 様

ご無沙汰しております。総務部の坂巻です。
昨年ご退職された戸叶さんにも、ぜひお声がけしたくご連絡しました。

北辰工業大学 校友会 日の出産業支部の懇親会を、2月6日（金）18:30から
さくらホテル日本橋で開催します。会費は6,000円です。

ご都合がよろしければ、1月末までにご返信ください。

{SIG_SAKAMAKI}
""",
    entities=[], detectors=["freemail_recipient"],
    note="invitation to one former colleague on free mail",
)

# 091 — Cc to an internal subdomain, lecture request letter attached
add(
    id="university-091", expect="pass",
    sender=IWAKI, to=["百瀬 直人 <momose@shinshu-kogen.ac.jp>"],
    cc=["研究企画部 <kikaku@mail.hinode-sangyo.co.jp>"],
    subject="社内技術講演会でのご講演のお願い", charset="iso-2022-jp",
    body=f"""信州高原大学 工学部
百瀬先生

ご無沙汰しております。日の出産業の岩城です。
弊社の社内技術講演会でのご講演をお願いしたく、依頼書をお送りいたします。
ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。

{SIG_IWAKI}
""",
    attachments=[{"kind": "docx", "name": "講演依頼書_百瀬先生.docx", "title": "講演依頼書",
                  "paragraphs": ["2025年11月14日", "信州高原大学 工学部 百瀬 直人 先生",
                                 "日の出産業株式会社 技術本部 産学連携推進室 室長 岩城 隆",
                                 "講演ご依頼の件",
                                 "日時：2026年3月6日（金）15:00〜16:30",
                                 "会場：日の出産業 松本事業所 講堂（長野県松本市並柳2-8-30）",
                                 "演題（案）：超精密加工の最前線と産業応用",
                                 "謝金：弊社規程により、源泉徴収後にお支払いいたします。"]}],
    entities=[], detectors=[],
    note="one external recipient; the Cc is an internal subdomain; the letter holds no personal data",
)

# 092 — internal only: offer-holders workbook with several sheets
_p1 = people(921, 8, years=(2002, 2003), region="kanto")
_p2 = people(922, 6, years=(1999, 2001), region="west")
_hdr = ["氏名", "フリガナ", "大学", "生年月日", "現住所", "携帯", "メール"]
add(
    id="university-092", expect="pass",
    sender=ONODERA, to=["人事部 労務グループ <romu@hinode-sangyo.co.jp>"],
    cc=["研修チーム <kenshu@mail.hinode-sangyo.co.jp>"],
    subject="2026年4月入社 内定者名簿（入社手続き用）", charset="iso-2022-jp",
    body=f"""労務グループ 各位

2026年4月入社の内定者名簿です。社会保険・給与の事前登録にお使いください。
学部卒・院了でシートを分けています。

小野寺
""",
    attachments=[{"kind": "xlsx", "name": "内定者名簿_2026.xlsx", "sheets": {
        "学部卒": [["2026年4月入社 内定者名簿（学部卒）"], _hdr] + [
            [x["name"], x["kana"], "東都大学", ymd(x["dob"]), x["addr"], x["phone"], x["mail"]] for x in _p1],
        "院了": [["2026年4月入社 内定者名簿（修士・博士）"], _hdr] + [
            [x["name"], x["kana"], "瀬戸内大学大学院", ymd(x["dob"]), x["addr"], x["phone"], x["mail"]] for x in _p2]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="a 14-person roster, but all recipients are internal (incl. a mail. subdomain)",
)

# 093 — a technical progress report, no stamp, 機密保持 only mentioned
add(
    id="university-093", expect="pass",
    sender=ISURUGI, to=["濱崎 誠一 <hamasaki@eng.tohto-u.ac.jp>"],
    subject="共同研究 中間報告書（日の出産業分担分）", charset="iso-2022-jp",
    body=f"""濱崎先生

お世話になっております。石動です。
中間報告会に向けて、弊社分担分の報告書をお送りします。
共同研究契約の機密保持条項に基づき、学外への公表は事前協議のうえでお願いします。

{SIG_ISURUGI}
""",
    attachments=[{"kind": "pdf", "name": "中間報告書_日の出分担.pdf", "title": "中間報告書",
                  "lines": ["高耐熱樹脂の界面制御に関する共同研究 中間報告書（日の出産業 分担分）", "",
                            "1. 目的：PI/Cu 界面の密着強度向上",
                            "2. 実施内容：シランカップリング剤 4種の比較、プラズマ前処理条件の最適化",
                            "3. 結果：APTES + Ar プラズマ 60 s で剥離強度 1.8 N/mm（従来比 1.5倍）",
                            "4. 今後の予定：高温高湿試験（85℃/85%RH, 1000 h）"]}],
    entities=[], detectors=[],
    note="technical report; 機密保持条項 mentioned, no classification stamp",
)

# 094 — CSV of lecturers' My Numbers to an outside tax firm
_lect = [["氏名", "所属", "住所", "個人番号", "支払額", "源泉徴収税額"],
         ["眞鍋 祐介", "東都大学 経済学部", "東京都練馬区豊玉北4-17-9", my_number(941), "110000", "11231"],
         ["百瀬 直人", "信州高原大学 工学部", "長野県松本市蟻ケ崎2-6-14", my_number(942), "220000", "22462"],
         ["桐山 亮", "瀬戸内大学 農学部", "岡山県岡山市北区津島東1-8-3", my_number(943), "55000", "5615"],
         ["倉田 真理子", "東海医療大学 医学部", "静岡県浜松市中央区半田山3-22-5", my_number(944), "110000", "11231"],
         ["相良 崇", "湊工科大学 工学部", "神奈川県横浜市鶴見区寺谷1-14-30", my_number(945), "55000", "5615"]]
add(
    id="university-094", expect="stop",
    sender=TODO, to=["税理士法人なかそ会計 <info@nakaso-tax.jp>"],
    subject="寄附講座 外部講師謝金 支払調書作成用データ", charset="cp932",
    body=f"""税理士法人なかそ会計
中曽根様

いつもお世話になっております。日の出産業 経理部の藤堂です。
寄附講座・社内講演の外部講師5名分の謝金について、支払調書作成用のデータをお送りします。
よろしくお願いいたします。

{SIG_TODO}
""",
    attachments=[{"kind": "csv", "name": "講師謝金_支払調書用_2025.csv", "encoding": "cp932", "rows": _lect}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="CSV of 5 lecturers with home addresses and マイナンバー to an outside tax firm",
)

# 095 — payment notice naming the university's own bank account
add(
    id="university-095", expect="pass",
    sender=MATSUOKA, to=["東都大学 研究協力課 <kenkyu-kyoryoku@tohto-u.ac.jp>"],
    subject="共同研究費（後期分）振込完了のご連絡", charset="iso-2022-jp",
    body=f"""東都大学 研究協力課
ご担当者様

お世話になっております。日の出産業の松岡です。
共同研究（契約番号 TK-2025-0412）の後期分研究費を、本日下記のとおりお振込みいたしました。

　振込先：みどり銀行 本郷支店 普通 3318204
　口座名義：国立大学法人東都大学
　金額：5,500,000円
　振込日：2025年11月28日

ご確認のほどよろしくお願いいたします。

{SIG_MATSUOKA}
""",
    entities=[], detectors=[],
    note="the university's own organisational bank account: not personal data",
)

# 096 — English NDA discussion with a CONFIDENTIALITY NOTICE footer
add(
    id="university-096", expect="pass",
    sender=HAYASHIDA, to=["Dr. Stefan Hollmann <legal@th-rheinfeld.de>"],
    subject="Mutual NDA - our comments on clauses 3 and 7", charset="utf-8",
    body=f"""Dear Dr. Hollmann,

Thank you for the draft mutual non-disclosure agreement. Our legal team has two comments:

Clause 3 (Confidential Information): we propose that information disclosed orally be
treated as confidential only if confirmed in writing within 30 days.

Clause 7 (Term): we would prefer a confidentiality period of three years after
termination instead of five, in line with our other university agreements.

If these are acceptable, we are ready to sign electronically next week.

{SIG_HAYASHIDA}

CONFIDENTIALITY NOTICE: The information in this e-mail may be confidential and/or
privileged. If you are not the intended recipient, please notify the sender and
delete this message. Thank you.
""",
    entities=[], detectors=[],
    note="mail about an NDA with a standard confidentiality notice at the end",
)

# 097 — DOCX classified in its header, sent abroad
add(
    id="university-097", expect="stop",
    sender=HAYASHIDA, to=["Prof. Alan Whitfield <a.whitfield@northbridge.edu>"],
    subject="Draft collaboration roadmap 2026-2028", charset="utf-8",
    body=f"""Dear Prof. Whitfield,

As discussed on our call, please find attached our draft roadmap for a three-year
collaboration on recyclable thermal interface materials. I would welcome your
comments before our internal review in January.

{SIG_HAYASHIDA}
""",
    attachments=[{"kind": "docx", "name": "Collaboration_Roadmap_2026-2028_draft.docx",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
                  "paragraphs": ["Collaboration Roadmap 2026-2028 (draft)",
                                 "Phase 1 (2026): screening of bio-based matrix resins; target 5 W/mK",
                                 "Phase 2 (2027): pilot production at Okayama plant; budget JPY 80 million",
                                 "Phase 3 (2028): customer qualification with two automotive tier-1 suppliers"]}],
    entities=[], detectors=["confidential_marking"],
    note="attached DOCX is marked CONFIDENTIAL / Internal Use Only in its header",
)

# 098 — PPTX with a 社外秘 footer on every slide
add(
    id="university-098", expect="stop",
    sender=IWAKI, to=["百瀬 直人 <momose@shinshu-kogen.ac.jp>"],
    subject="中期技術ロードマップ（精密加工分野）のご共有", charset="iso-2022-jp",
    body=f"""百瀬先生

お世話になっております。岩城です。
先日ご相談した共同研究の背景として、弊社の中期技術ロードマップのうち
精密加工分野の部分を抜粋してお送りします。ご意見をいただけますと幸いです。

{SIG_IWAKI}
""",
    attachments=[{"kind": "pptx", "name": "中期技術ロードマップ_精密加工_抜粋.pptx",
                  "page_footer": "社外秘　日の出産業株式会社",
                  "slides": [["中期技術ロードマップ 2026-2030（精密加工分野）", "技術本部"],
                             ["現状の課題", "歩留まり 92% → 目標 98%", "加工時間の短縮（-30%）"],
                             ["投資計画", "2027年：松本事業所に超精密加工ライン新設（約25億円）"],
                             ["大学との連携テーマ", "工具摩耗のインプロセス計測", "加工面品位のAI判定"]]}],
    entities=[], detectors=["confidential_marking"],
    note="attached slides carry a 社外秘 footer",
)

# 099 — scholarship guidelines: health and disability words as policy
add(
    id="university-099", expect="pass",
    sender=NONOMURA, to=["瀬戸内大学 学生支援課 奨学金係 <shogakukin@setouchi-u.ac.jp>"],
    subject="2026年度 ひので奨学会 給付奨学生 募集要項", charset="utf-8",
    body=f"""瀬戸内大学 学生支援課 奨学金係
ご担当者様

いつもお世話になっております。ひので奨学会 事務局の野々村です。
2026年度の募集要項をお送りします。学内での周知をお願いいたします。

【対象】理工系学部の2年生（2026年4月時点）
【給付額】月額 40,000円（返還不要）、2年間
【募集人数】全国で20名（貴学推薦枠 2名）
【選考】書類選考・面接
【その他】障害のある学生や、病気療養・家計急変などの事情を抱える学生の応募も歓迎します。
　　　　　面接時に配慮が必要な場合は、推薦時に大学からお知らせください。
【締切】2026年4月24日（金）必着

{SIG_NONOMURA}
""",
    entities=[], detectors=[],
    note="guidelines mention disability and illness as policy, about no one",
)

# 100 — a named intern absent with a fever: health-ish, minor
add(
    id="university-100", expect="either",
    sender=HORIE, to=["湊工科大学 就職課 <shushoku@minato-tech.ac.jp>"],
    subject="インターン生の欠席について（ご連絡）", charset="iso-2022-jp",
    body=f"""湊工科大学 就職課
ご担当者様

お世話になっております。日の出産業の堀江です。
インターン中の羽賀 航平さんですが、本日は発熱のため欠席との連絡がありました。
明日の出欠は朝にご本人から連絡をもらうことになっています。

単位認定の出席要件に関わる場合は、お知らせいただけますと幸いです。

{SIG_HORIE}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named student off sick with a fever: minor health information, judgement call",
)
