"""Blind evaluation corpus — area "yoshi": a licensed adoption and foster-matching agency.

日の出産業株式会社 社会事業本部 養子縁組支援室（民間あっせん機関）のメール: 実親（生みの親）の
事情と既往歴、養親希望者の家庭調査と収入、家庭裁判所、児童相談所、乳児院、病院、心理相談室、
国際養子縁組の海外提携機関とのやり取り。

Every person, number, address, case, licence number and external organisation in this
file is invented (fictional); any resemblance to real people or numbers is accidental.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 14001
rng = random.Random(SEED)

_n = [SEED]


def next_my_number() -> str:
    v = my_number(_n[0])
    _n[0] += 1
    return v


def next_card() -> str:
    v = card_number(_n[0])
    _n[0] += 1
    return v


_FW = str.maketrans("0123456789-.() /:", "０１２３４５６７８９－．（）　／：")


def fw(s: str) -> str:
    """ASCII digits and separators → full-width."""
    return s.translate(_FW)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    """和暦: kanji 「平成2年11月3日」, short 「H2.11.3」, fwshort 「Ｈ２．１１．３」."""
    if (y, m, d) >= (2019, 5, 1):
        era, letter, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, letter, ey = "平成", "H", y - 1988
    else:
        era, letter, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{letter}{ey}.{m}.{d}"
    if style == "fwshort":
        return fw(f"{letter}{ey}.{m}.{d}").replace("H", "Ｈ").replace("S", "Ｓ").replace("R", "Ｒ")
    if style == "fwkanji":
        return f"{era}{fw(str(ey)) if ey > 1 else '元'}年{fw(str(m))}月{fw(str(d))}日"
    return f"{era}{ey if ey > 1 else '元'}年{m}月{d}日"


SURNAMES = [
    ("篠原", "シノハラ", "Shinohara"), ("東海林", "ショウジ", "Shoji"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("田所", "タドコロ", "Tadokoro"),
    ("黒川", "クロカワ", "Kurokawa"), ("宇佐美", "ウサミ", "Usami"),
    ("栗林", "クリバヤシ", "Kuribayashi"), ("嶋津", "シマヅ", "Shimazu"),
    ("萩原", "ハギワラ", "Hagiwara"), ("神保", "ジンボ", "Jimbo"),
    ("長谷部", "ハセベ", "Hasebe"), ("大河内", "オオコウチ", "Okochi"),
    ("御子柴", "ミコシバ", "Mikoshiba"), ("土師", "ハジ", "Haji"),
    ("仁科", "ニシナ", "Nishina"), ("片桐", "カタギリ", "Katagiri"),
    ("志賀", "シガ", "Shiga"), ("真壁", "マカベ", "Makabe"),
    ("千葉", "チバ", "Chiba"), ("渡辺", "ワタナベ", "Watanabe"),
    ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("伊藤", "イトウ", "Ito"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("森田", "モリタ", "Morita"), ("坂口", "サカグチ", "Sakaguchi"),
    ("安藤", "アンドウ", "Ando"), ("石黒", "イシグロ", "Ishiguro"),
    ("桑原", "クワバラ", "Kuwabara"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("及川", "オイカワ", "Oikawa"), ("門脇", "カドワキ", "Kadowaki"),
    ("比嘉", "ヒガ", "Higa"), ("蓮沼", "ハスヌマ", "Hasunuma"),
]
GIVEN_F = [
    ("美咲", "ミサキ", "Misaki"), ("由香", "ユカ", "Yuka"), ("彩乃", "アヤノ", "Ayano"),
    ("恵", "メグミ", "Megumi"), ("早苗", "サナエ", "Sanae"), ("千尋", "チヒロ", "Chihiro"),
    ("麻衣", "マイ", "Mai"), ("裕子", "ユウコ", "Yuko"), ("奈緒", "ナオ", "Nao"),
    ("瞳", "ヒトミ", "Hitomi"), ("香織", "カオリ", "Kaori"), ("真由美", "マユミ", "Mayumi"),
    ("沙織", "サオリ", "Saori"), ("綾", "アヤ", "Aya"), ("智子", "トモコ", "Tomoko"),
    ("紗希", "サキ", "Saki"), ("律子", "リツコ", "Ritsuko"),
]
GIVEN_M = [
    ("拓真", "タクマ", "Takuma"), ("健太", "ケンタ", "Kenta"), ("直樹", "ナオキ", "Naoki"),
    ("大輔", "ダイスケ", "Daisuke"), ("誠", "マコト", "Makoto"), ("翔", "ショウ", "Sho"),
    ("和也", "カズヤ", "Kazuya"), ("浩二", "コウジ", "Koji"), ("隆之", "タカユキ", "Takayuki"),
    ("亮", "リョウ", "Ryo"), ("聡", "サトシ", "Satoshi"), ("雅人", "マサト", "Masato"),
    ("俊介", "シュンスケ", "Shunsuke"), ("悠", "ユウ", "Yu"), ("修平", "シュウヘイ", "Shuhei"),
]
ADDRS = [
    ("神奈川県", "横浜市港北区", "日吉本町", "223"), ("神奈川県", "川崎市中原区", "木月", "211"),
    ("神奈川県", "相模原市南区", "相模大野", "252"), ("東京都", "町田市", "森野", "194"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251"), ("神奈川県", "横須賀市", "久里浜", "239"),
    ("神奈川県", "平塚市", "八重咲町", "254"), ("静岡県", "沼津市", "大岡", "410"),
    ("東京都", "世田谷区", "北沢", "155"), ("神奈川県", "大和市", "中央林間", "242"),
    ("神奈川県", "厚木市", "旭町", "243"), ("千葉県", "船橋市", "本町", "273"),
    ("埼玉県", "川口市", "芝", "333"), ("神奈川県", "横浜市戸塚区", "戸塚町", "244"),
    ("神奈川県", "茅ヶ崎市", "東海岸南", "253"), ("東京都", "八王子市", "明神町", "192"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def person(sex: str | None = None, y0: int = 1976, y1: int = 1996, sur=None) -> dict:
    s = sur or rng.choice(SURNAMES)
    sex = sex or rng.choice("FM")
    g = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    pref, city, town, z3 = rng.choice(ADDRS)
    street = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    return {
        "sur": s[0], "given": g[0], "name": f"{s[0]} {g[0]}",
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "romaji_sur": s[2],
        "sex": sex, "y": y, "m": m, "d": d,
        "dob": f"{y}/{m:02d}/{d:02d}", "dob_iso": f"{y}-{m:02d}-{d:02d}",
        "age": 2025 - y - (1 if (m, d) > (6, 1) else 0),
        "pref": pref, "city": city, "zip": f"{z3}-{rng.randint(0, 9999):04d}",
        "addr": f"{pref}{city}{town}{street}",
        "phone": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "email": f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 98)}@{rng.choice(FREEMAIL)}",
    }


def couple(y0: int = 1978, y1: int = 1990) -> tuple[dict, dict]:
    s = rng.choice(SURNAMES)
    h = person("M", y0, y1, sur=s)
    w = person("F", y0 + 1, y1 + 1, sur=s)
    w["addr"], w["zip"], w["pref"], w["city"] = h["addr"], h["zip"], h["pref"], h["city"]
    return h, w


def yen(n: int) -> str:
    return f"{n:,}"


ORG = "日の出産業株式会社 社会事業本部 養子縁組支援室"
ORG_ADDR = "〒231-0023 横浜市中区山下町98-2 日の出山下ビル5F"
LICENSE = "民間あっせん機関 許可番号：神奈川県指令子家第4127号"

SIG_MORIMOTO = f"""
--------------------------------------------------
日の出産業株式会社 社会事業本部
養子縁組支援室 ソーシャルワーカー
森本 結衣（Morimoto Yui）
{ORG_ADDR}
TEL 045-662-7410 / FAX 045-662-7411
Mail y.morimoto@hinode-sangyo.co.jp
（{LICENSE}）
--------------------------------------------------"""

SIG_KAGAYA = f"""
━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 社会事業本部 養子縁組支援室 室長
 加賀谷 慎一
 {ORG_ADDR}
 TEL：045-662-7410（代表）　直通：045-662-7415
 s.kagaya@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONODERA = f"""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
小野寺 春香（おのでら はるか）
里親支援専門相談員
{ORG}
{ORG_ADDR}
TEL 045-662-7410 ／ 携帯（業務用）080-4417-2290
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HAMASAKI = """
--
浜崎 徹
日の出産業株式会社 社会事業本部 管理課（総務・経理）
〒231-0023 横浜市中区山下町98-2
TEL 045-662-7418  t.hamasaki@hinode-sangyo.co.jp"""

SIG_SAKUMA = f"""
-------------------------------
佐久間 理沙
{ORG}
妊娠・出産相談窓口 相談員（社会福祉士）
相談専用ダイヤル 0120-418-377（通話料無料）
TEL 045-662-7410　FAX 045-662-7411
-------------------------------"""

SIG_TODO = """
--
藤堂 怜 / Rei Todo
日の出産業株式会社 情報システム部
TEL 045-662-7200 (ext. 2231)
r.todo@hinode-sangyo.co.jp"""

SIG_MANABE_EN = """
--
Ken Manabe
International Adoption Liaison
Adoption Support Office, Social Services Division
Hinode Sangyo Co., Ltd.
98-2 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan
Tel +81-45-662-7416 | k.manabe@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []


def add(**spec) -> None:
    spec = {"id": f"yoshi-{len(MESSAGES) + 1:03d}", **spec}
    MESSAGES.append(spec)


def corporate_number(base12: str) -> str:
    """法人番号 (13 digits): check digit first, from the 12-digit base."""
    total = 0
    for n in range(1, 13):  # n-th digit from the right
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# ---------------------------------------------------------------------------------------
# 001 stop — one birth mother's diagnosis in a sentence, to a family court clerk
_bm = person("F", 2001, 2004)
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["港川家庭裁判所 家事第二係 <kaji2@minatogawa-kasai.go.jp>"],
    subject="特別養子縁組成立申立事件（令和7年（家）第214号）補充資料の送付について",
    charset="iso-2022-jp",
    body=f"""港川家庭裁判所 家事第二係
書記官 寺西 様

いつもお世話になっております。
日の出産業 養子縁組支援室の森本でございます。

標記事件につき、先日お電話でご指示いただいた実母の状況について、
補充の説明を以下のとおりお送りいたします。

　実母 {_bm['name']}（{wareki(_bm['y'], _bm['m'], _bm['d'])}生）は、
　令和5年より双極性障害の診断を受けて心療内科に通院しており、
　現在も服薬を継続しております。出産後の養育は困難であるとの本人の
　意思は一貫しており、主治医からも同趣旨の意見を得ております。

主治医意見書の原本は、明日付で簡易書留にて郵送いたします。
ご不明な点がございましたら、森本までご連絡ください。

何卒よろしくお願い申し上げます。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="一人の実母の病名（双極性障害・通院）と氏名・生年月日を社外（家裁）へ: 要配慮個人情報",
)

# 002 pass — seminar co-hosting request, no personal data
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["NPO法人 里親ネットかながわ 事務局 <jimukyoku@satooya-net.or.jp>"],
    subject="【ご相談】秋の養親・里親説明会の共催について",
    charset="iso-2022-jp",
    body=f"""NPO法人 里親ネットかながわ
事務局 御中

平素より大変お世話になっております。
日の出産業 養子縁組支援室の小野寺です。

例年ご一緒している秋の説明会について、今年も共催をお願いできればと
思いご連絡いたしました。現時点の案は以下のとおりです。

　■日時　　10月18日（土）13:30〜16:00（受付13:00〜）
　■会場　　さくらホテル横浜 2F「けやき」
　■内容　　・特別養子縁組と普通養子縁組の違い
　　　　　　・里親登録の流れ（児童相談所ご担当者よりご説明予定）
　　　　　　・先輩養親さんのお話（30分）
　　　　　　・個別相談コーナー
　■定員　　40名（事前申込制）

チラシの原稿は今月末までに弊室で作成し、確認をお願いする予定です。
ご都合のよい打合せ日程を2〜3候補いただけますと幸いです。

よろしくお願いいたします。
{SIG_ONODERA}
""",
    entities=[],
    detectors=[],
    note="説明会の共催依頼。個人のデータなし、社外一組織のみ: 通常業務メール",
)

# 003 stop — XLSX extract of applicants (8 couples) sent to the system vendor "for testing"
_rows3 = []
for i in range(8):
    h, w = couple()
    _rows3.append([f"A25-{rng.randint(100, 999)}", h["name"], w["name"], h["dob"], w["dob"],
                   h["addr"], h["phone"], rng.choice([520, 610, 680, 740, 830, 910, 1150, 455]),
                   f"2025/{rng.randint(4, 9):02d}/{rng.randint(1, 28):02d}"])
add(
    expect="stop",
    sender="藤堂 怜 <r.todo@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 野々村様 <nonomura@tsubasa-system.jp>"],
    subject="ケース管理システム移行テスト用データの件",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
野々村様

お世話になっております。日の出産業 情報システム部の藤堂です。

先日の移行打合せでご依頼のあった「養親希望者台帳」のサンプルですが、
列の並びや日付形式が実データと同じ方がよいとのことでしたので、
現行台帳から一部の行をそのまま抜き出して添付しました。
シート「申込者」の3行目以降がデータです。

取込み時のエラー内容がわかりましたら共有をお願いします。
{SIG_TODO}
""",
    attachments=[{
        "kind": "xlsx", "name": "養親希望者台帳_移行テスト.xlsx",
        "sheets": {
            "説明": [["移行テスト用サンプル"], ["作成：情報システム部"], ["列定義は別紙参照"]],
            "申込者": [["養親希望者台帳（2025年度受付分）"],
                     ["受付番号", "氏名（夫）", "氏名（妻）", "生年月日（夫）", "生年月日（妻）",
                      "住所", "連絡先電話", "世帯年収（万円）", "家庭調査実施日"]] + _rows3,
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="養親希望者8組の氏名・生年月日・住所・電話・年収の台帳をベンダーへ: 名簿",
)

# 004 pass — internal only: full case notes between staff
_bm4 = person("F", 1998, 2003)
add(
    expect="pass",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
        "小野寺 春香 <h.onodera@hinode-sangyo.co.jp>"],
    subject="新規相談ケース（受付No.S-0388）の共有",
    charset="cp932",
    body=f"""室長、小野寺さん

昨日の相談窓口の新規ケースを共有します（室内限り）。

■相談者　　{_bm4['name']}（{_bm4['kana']}）
■生年月日　{_bm4['dob']}（{_bm4['age']}歳）
■連絡先　　{_bm4['phone']}（本人携帯・夜間は不可）
■住所　　　{_bm4['addr']}
■状況　　　妊娠28週。パートナーとは連絡が取れない状態。
　　　　　　適応障害で心療内科通院歴あり（現在は中断）。
　　　　　　実家とは疎遠、経済的にも養育は難しいとの本人意向。
■次回　　　来週火曜 14時 来所面談（佐久間・小野寺）

病院受診の同行が必要になりそうなので、ご相談させてください。

佐久間
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="宛先がすべて社内（hinode-sangyo.co.jp）: 要配慮情報を含んでも送信可",
)

# 005 stop — look-alike of the partner law firm (shirakawa-law.jp → shirakawa-law.co.jp)
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["白川法律事務所 弁護士 白川 透 <t.shirakawa@shirakawa-law.co.jp>"],
    subject="Re: 審判確定証明書の取得について",
    charset="iso-2022-jp",
    body=f"""白川先生

いつも大変お世話になっております。加賀谷です。

前田様ご夫妻の件、審判の確定を待って確定証明書の申請をする段取りで
承知いたしました。申請書の書式は先生の事務所でご用意いただけるとの
ことで、大変助かります。

戸籍届出の期限（確定から10日以内）がございますので、確定日が判明しましたら
弊室にもお知らせいただけますと幸いです。

引き続きよろしくお願いいたします。
{SIG_KAGAYA}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="提携先 shirakawa-law.jp の類似ドメイン shirakawa-law.co.jp 宛て（co. の追加）",
)

# 006 pass — reply to a hospital MSW; the sensitive details are only in the quoted text
_bm6 = person("F", 2004, 2006)
add(
    expect="pass",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["聖マルタ病院 医療相談室 <msw@st-marta-hp.or.jp>"],
    subject="Re: ご紹介の件（産科病棟より）",
    charset="utf-8",
    body=f"""聖マルタ病院 医療相談室
水野様

ご連絡ありがとうございます。佐久間です。
面談は16日（木）14時から、病棟の面談室でお願いできれば幸いです。
当日は小野寺と2名で伺います。

どうぞよろしくお願いいたします。
{SIG_SAKUMA}

> 日の出産業 佐久間様
>
> いつもお世話になっております。聖マルタ病院 医療相談室の水野です。
> 先日お電話でお話しした方の件です。
> {_bm6['name']}さん（{_bm6['age']}歳）、現在妊娠34週で、妊娠糖尿病のため
> 管理入院中です。軽度知的障害の疑いがあり、療育手帳の申請を検討中です。
> ご本人は出産後の養育は難しいとのことで、養子縁組について話を聞きたいと
> おっしゃっています。来週中に一度ご面談いただけますでしょうか。
>
> 水野
""",
    entities=[],
    detectors=[],
    note="新しい本文は日程調整のみ。病歴・障害は引用部分（>）にあるだけで受信者は既に保有",
)

# 007 stop — CSV (cp932) list without a name column, to a child guidance centre
_rows7 = [["登録番号", "生年月日", "郵便番号", "住所", "電話番号", "登録区分", "更新期限"]]
for i in range(12):
    p = person(None, 1962, 1988)
    _rows7.append([f"南浦-{2019 + i % 5}-{rng.randint(10, 99):03d}", wareki(p["y"], p["m"], p["d"], "short"),
                   p["zip"], p["addr"], p["phone"].replace("-", ""),
                   rng.choice(["養育里親", "養子縁組里親", "専門里親", "親族里親"]),
                   f"R{rng.randint(7, 8)}.{rng.randint(1, 12)}.末"])
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["南浦市児童相談所 里親係 <satooya@kodomo-sodan.city.minamiura.lg.jp>"],
    subject="里親登録更新の対象者リスト（当室支援分）",
    charset="cp932",
    body=f"""南浦市児童相談所 里親係
ご担当 各位

お世話になっております。日の出産業 養子縁組支援室の小野寺です。

今年度・来年度に登録更新を迎える里親さんのうち、当室で支援している
世帯の一覧をCSVでお送りします。更新研修のご案内の際にご活用ください。
（氏名は貴所の台帳と登録番号で照合いただけます）
{SIG_ONODERA}
""",
    attachments=[{"kind": "csv", "name": "更新対象_当室支援分.csv", "encoding": "cp932", "rows": _rows7}],
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="氏名列はないが12人分の生年月日（和暦）・住所・電話のCSV: 人の名簿",
)

# 008 stop — one applicant's My Number, full-width digits, to an administrative scrivener
_h8 = person("M", 1980, 1986)
_mn8 = next_my_number()
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["大庭行政書士事務所 大庭 様 <office@ooba-gyosei.jp>"],
    subject="養親希望者の住民票記載事項について",
    charset="iso-2022-jp",
    body=f"""大庭行政書士事務所
大庭 先生

お世話になっております。日の出産業の森本です。
ご依頼いただいていた書類作成の件、住民票の記載内容を転記いたします。

　氏名　　　：{_h8['name']}
　生年月日　：{wareki(_h8['y'], _h8['m'], _h8['d'], 'fwkanji')}
　住所　　　：{fw(_h8['addr'])}
　個人番号　：{fw(_mn8[:4])}　{fw(_mn8[4:8])}　{fw(_mn8[8:])}

原本の写しが必要な場合は、ご本人の同意を取ったうえで郵送いたします。
よろしくお願いいたします。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="養親希望者のマイナンバー（全角・空白区切り）を社外の行政書士へ",
)

# 009 pass — list of public offices (businesses) to one applicant on free mail
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["宇佐美 様 <usami.family.0412@gmail.com>"],
    subject="各種窓口の連絡先について",
    charset="utf-8",
    body=f"""宇佐美 様

先日はご来所いただきありがとうございました。小野寺です。
面談の中でお尋ねのあった窓口の連絡先をまとめました。

・港川家庭裁判所（家事受付）
　〒231-8502 横浜市中区港川町1-4　TEL 045-681-4100（代表）
・港川家庭裁判所 相模原支部
　〒252-0236 相模原市中央区富士見6-10-1　TEL 042-755-8600
・南浦市児童相談所
　〒236-0042 横浜市金沢区釜利谷東2-1-5　TEL 045-784-3211
・県立中央児童相談所（里親支援課）
　〒252-0813 藤沢市亀井野3-28-1　TEL 0466-84-1600
・こもれび心理相談室（提携カウンセリング）
　〒220-0011 横浜市西区高島2-9-4 5F　TEL 045-620-3377

手続きのご不明点は、いつでも私までお問い合わせください。
{SIG_ONODERA}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="役所・機関の代表番号と所在地の一覧（事業者のリスト）をフリーメールの申込者一人へ",
)

# 010 stop — case conference invitation: four external organisations visible in To/Cc
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["南浦市児童相談所 相談課 <sodan@kodomo-sodan.city.minamiura.lg.jp>",
        "あさひ乳児院 家庭支援専門相談員 <fsw@asahi-nyujiin.or.jp>",
        "聖マルタ病院 医療相談室 <msw@st-marta-hp.or.jp>"],
    cc=["こもれび心理相談室 <info@komorebi-shinri.jp>"],
    subject="個別ケース検討会議（R児）開催のご案内",
    charset="iso-2022-jp",
    body=f"""関係機関 ご担当者様

いつもお世話になっております。日の出産業 養子縁組支援室の加賀谷です。

R児の今後の支援方針について、関係機関で検討会議を開催したく
ご案内申し上げます。

　日時：11月6日（木）15:00〜16:30
　場所：南浦市児童相談所 2階 会議室B（オンライン併用）
　議題：1. 乳児院での生活状況
　　　　2. 養親候補との交流開始時期
　　　　3. 実母への支援状況

資料は当日配布とし、事前送付はいたしません。
ご出欠を10月31日までにご返信ください。
{SIG_KAGAYA}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外4組織（児相・乳児院・病院・相談室）が To/Cc で互いに見える: Bcc にすべき",
)

# 011 pass — mail about an NDA with the system vendor, standard disclaimer
add(
    expect="pass",
    sender="藤堂 怜 <r.todo@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 福永様 <fukunaga@tsubasa-system.jp>"],
    subject="秘密保持契約の締結について（ケース管理システム更改）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
営業部 福永様

お世話になっております。日の出産業の藤堂です。

ケース管理システム更改の件、要件定義に入る前に秘密保持契約を
締結させていただきたく存じます。弊社ひな形をベースに、以下の点を
ご確認いただけますでしょうか。

1. 機密情報の範囲に「相談者・養親希望者等の個人情報」を明記すること
2. 再委託の際は事前の書面承諾を要すること
3. 契約終了時の返却・消去と、その証明書の提出

ひな形は法務確認が済み次第、来週中にお送りします。
押印は電子契約（クラウドサイン等）でも差し支えありません。
{SIG_TODO}
{DISCLAIMER_JA}
""",
    entities=[],
    detectors=[],
    note="NDA（秘密保持契約）についてのやり取りと定型の免責文のみ: 秘密区分の表示ではない",
)

# 012 stop — HTML-only table: six pregnancy consultations, kana names, diagnoses
_r12 = []
for _ in range(6):
    p = person("F", 1995, 2007)
    _r12.append((f"2025/{rng.randint(7, 9)}/{rng.randint(1, 28)}", p["kana"], p["age"],
                 f"{rng.randint(10, 37)}週", p["phone"],
                 rng.choice(["うつ病で服薬中", "パニック障害の既往", "特記なし", "てんかん（服薬中）",
                             "摂食障害の既往", "特記なし", "統合失調症で通院中"])))
_tr12 = "\n".join(
    f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>"
    for a, b, c, d, e, f in _r12)
add(
    expect="stop",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["こもれび心理相談室 相談員 秋吉様 <akiyoshi@komorebi-shinri.jp>"],
    subject="心理面接のご依頼（9月分）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>こもれび心理相談室<br>秋吉様</p>
<p>いつもお世話になっております。日の出産業 妊娠・出産相談窓口の佐久間です。<br>
9月に受け付けた相談者のうち、心理面接をお願いしたい方の一覧です。
ご本人には貴室から直接ご連絡いただくことの了解を得ています。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f0e0"><th>受付日</th><th>相談者（カナ）</th><th>年齢</th><th>妊娠週数</th><th>連絡先</th><th>既往・備考</th></tr>
{_tr12}
</table>
<p>面接枠が決まりましたらご一報ください。</p>
<p>佐久間 理沙<br>日の出産業株式会社 社会事業本部 養子縁組支援室<br>TEL 045-662-7410</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTMLのみの表: 6人の相談者（カナ氏名）の電話と精神疾患等の既往: 名簿かつ要配慮",
)

# 013 stop — look-alike of the printer's domain (co. dropped) + 社外秘 header in the DOCX
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.jp>"],
    subject="冊子印刷のお見積りのお願い",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部 ご担当者様

お世話になっております。日の出産業の小野寺です。

職員向けの手順書を冊子にしたく、お見積りをお願いいたします。
　・A4、本文モノクロ約40ページ、表紙カラー
　・無線綴じ、部数30部
　・納期：11月末

ページ数の参考として原稿データを添付します。
よろしくお願いいたします。
{SIG_ONODERA}
""",
    attachments=[{
        "kind": "docx", "name": "マッチング業務手順書_v3.docx",
        "title": "マッチング業務手順書",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 養子縁組支援室　社外秘・複製禁止",
        "paragraphs": ["マッチング業務手順書（第3版）",
                       "1. 目的　本手順書は、養親希望者と児童のマッチングに関する業務の標準を定める。",
                       "2. 適用範囲　養子縁組支援室の全職員に適用する。",
                       "3. マッチング会議の構成　室長、担当ソーシャルワーカー、外部委員（医師・心理職）",
                       "4. 判断基準　別表1のとおり（非公開）。",
                       "5. 記録の保存　ケース記録は成立後も永年保存とする。"],
    }],
    entities=[],
    detectors=["lookalike_domain", "confidential_marking"],
    note="錦印刷（nishiki-insatsu.co.jp）の co. 落ち類似ドメイン宛て、かつ社外秘ヘッダの文書添付",
)

# 014 pass — English mail to an overseas partner: scheduling a call
add(
    expect="pass",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["Laura Whitfield <l.whitfield@bridgehome-adoption.org>"],
    subject="Post-placement reporting requirements - call next week?",
    charset="utf-8",
    body=f"""Dear Laura,

Thank you for the updated guidelines on post-placement reporting. Our team has
gone through them and we have a few questions, mainly about:

  - the frequency of reports in the second year after finalisation,
  - whether reports may be submitted in Japanese with a certified translation,
  - the template for the social worker's home visit summary.

Would you have 45 minutes for a video call next week? Tuesday or Thursday,
8:00-10:00 a.m. Japan time (i.e. your Monday/Wednesday afternoon), works for us.

Best regards,
{SIG_MANABE_EN}
{DISCLAIMER_EN}
""",
    entities=[],
    detectors=[],
    note="海外提携機関との日程調整、免責文のみ: 通常業務",
)

# 015 stop — password-protected ZIP (PPAP) to the partner law firm
_h15, _w15 = couple()
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川 透 <t.shirakawa@shirakawa-law.jp>"],
    subject="家庭調査報告書の送付（前田様ご夫妻）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。森本です。
前田様ご夫妻の家庭調査報告書を、パスワード付きZIPにてお送りします。
パスワードは別メールでお知らせいたします。
{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "zip", "name": "家庭調査報告書_前田.zip", "password": "Hdm#2025-0612",
        "files": [{"kind": "docx", "name": "家庭調査報告書_前田.docx",
                   "paragraphs": ["家庭調査報告書",
                                  f"申込者（夫）{_h15['name']}　生年月日 {_h15['dob']}",
                                  f"申込者（妻）{_w15['name']}　生年月日 {_w15['dob']}",
                                  f"住所 {_h15['addr']}",
                                  "世帯年収 約780万円、持家（戸建て）"]}],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）: 中身を検査できない添付",
)

# 016 pass — the separate password mail
add(
    expect="pass",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川 透 <t.shirakawa@shirakawa-law.jp>"],
    subject="【パスワード】家庭調査報告書の送付（前田様ご夫妻）",
    charset="iso-2022-jp",
    body="""白川先生

先ほどお送りした添付ファイルのパスワードをお知らせします。

　Hdm#2025-0612

開けない場合はお手数ですがご連絡ください。
森本
""",
    entities=[],
    detectors=[],
    note="別送のパスワードのみ。個人データも添付もない",
)

# 017 stop — PDF table of five placed children with 令和 birth dates, to another guidance centre
_t17 = [["No.", "児童氏名", "生年月日", "性別", "委託先（里親）", "委託開始日", "在籍"]]
for i in range(5):
    c = person(None, 2016, 2023)
    carer = rng.choice(SURNAMES)[0]
    _t17.append([str(i + 1), c["name"], wareki(c["y"], c["m"], c["d"]), "男" if c["sex"] == "M" else "女",
                 f"{carer}家（養育里親）", wareki(rng.randint(max(c["y"] + 1, 2021), 2025), rng.randint(1, 9), rng.randint(1, 28), "short"),
                 rng.choice(["さくら保育園", "みなと幼稚園", "港南第二小学校", "未就園", "ひまわりこども園"])])
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["北湊児童相談所 措置係 <sochi@jiso.city.kitaminato.lg.jp>"],
    subject="委託児童の在籍状況一覧（10月1日現在）",
    charset="cp932",
    body=f"""北湊児童相談所
措置係 ご担当者様

いつもお世話になっております。
ご依頼の委託児童の在籍状況一覧をPDFでお送りいたします。
内容にご不明点があればお知らせください。
{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "委託児童在籍状況_1001.pdf",
                  "title": "委託児童在籍状況一覧",
                  "lines": ["委託児童在籍状況一覧（令和7年10月1日現在）", "日の出産業株式会社 養子縁組支援室", ""],
                  "table": _t17}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF表: 委託児童5人の氏名・和暦生年月日・委託先・在籍園: 5人の名簿",
)

# 018 pass — three-way meeting: two external organisations in To/Cc
add(
    expect="pass",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["白川 透 <t.shirakawa@shirakawa-law.jp>"],
    cc=["大庭行政書士事務所 大庭 様 <office@ooba-gyosei.jp>"],
    subject="三者打合せの日程候補（申立書類の分担について）",
    charset="iso-2022-jp",
    body=f"""白川先生、大庭先生

いつもお世話になっております。加賀谷です。

申立書類の作成分担について、三者で一度すり合わせをさせてください。
候補日は以下のとおりです（各1時間程度、オンライン）。

　① 10月22日（水）10:00〜
　② 10月23日（木）16:00〜
　③ 10月27日（月）13:30〜

ご都合のよい日を返信いただけますと幸いです。
{SIG_KAGAYA}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2組織（法律事務所・行政書士）の三者打合せ: 3者以上ではないので可",
)

# 019 stop — English: one birth mother's diagnosis, to an overseas partner
_bm19 = person("F", 1999, 2003)
add(
    expect="stop",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["Laura Whitfield <l.whitfield@bridgehome-adoption.org>"],
    subject="Re: Child referral JP-2025-07 - birth family background",
    charset="utf-8",
    body=f"""Dear Laura,

As requested, here is the birth family background for referral JP-2025-07.

The birth mother, Ms. {_bm19['romaji']} (DOB {_bm19['dob_iso']}), was diagnosed
with major depressive disorder in 2023 and has been on antidepressant medication
since then. She also has a history of an eating disorder in her teens. The birth
father is unknown. There is no known family history of hereditary disease.

The full medical report (Japanese, with translation) will follow by courier.

Kind regards,
{SIG_MANABE_EN}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="英文: 実母一人の氏名（ローマ字）・生年月日と精神疾患の診断・既往を海外機関へ",
)

# 020 pass — internal only: XLSX with foster parents' My Numbers for the payment record
_rows20 = [["支払調書作成用（里親委託費・講師謝金）"], ["氏名", "フリガナ", "生年月日", "住所", "個人番号", "支払額"]]
for _ in range(6):
    p = person(None, 1960, 1985)
    _rows20.append([p["name"], p["kana"], p["dob"], p["addr"], next_my_number(), rng.choice([60000, 120000, 45000, 90000])])
add(
    expect="pass",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["経理部 給与・税務チーム <zeimu@hinode-sangyo.co.jp>"],
    subject="支払調書用データ（社会事業本部分）",
    charset="utf-8",
    body=f"""給与・税務チーム 御中

社会事業本部分の支払調書作成用データを添付します。
個人番号を含むため、作業後は共有フォルダからも削除をお願いします。
{SIG_HAMASAKI}
""",
    attachments=[{"kind": "xlsx", "name": "支払調書_社会事業本部.xlsx",
                  "sheets": {"対象者": _rows20}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=[],
    note="社内宛てのみ（経理部）: マイナンバーを含んでも送信可",
)

# 021 stop — a card number pasted into a mail to the payment provider
_p21 = person("M", 1978, 1988)
_cc21 = next_card()
add(
    expect="stop",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["ペイライン決済 加盟店サポート <support@payline-kessai.co.jp>"],
    subject="カード決済エラーの調査依頼（加盟店ID: HS-22107）",
    charset="cp932",
    body=f"""ペイライン決済株式会社
加盟店サポート ご担当者様

いつもお世話になっております。
日の出産業株式会社（加盟店ID：HS-22107）の浜崎と申します。

登録手数料のオンライン決済で、下記のお客様のカードが
「与信エラー（G12）」となり決済できない事象が発生しております。
ご本人によるとカード会社側では問題ないとのことですので、原因の調査を
お願いできますでしょうか。

　カード名義　　{_p21['romaji'].upper()}
　カード番号　　{_cc21[:4]}-{_cc21[4:8]}-{_cc21[8:12]}-{_cc21[12:]}
　有効期限　　　{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　決済日時　　　2025/09/12 10:41頃
　金額　　　　　55,000円（税込）

お手数をおかけしますが、よろしくお願いいたします。
{SIG_HAMASAKI}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="申込者のクレジットカード番号と名義を社外の決済事業者へ本文で送付",
)

# 022 pass — invoice to one applicant on free mail; the agency's own bank account
add(
    expect="pass",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["栗林 様 <kuribayashi_k@yahoo.co.jp>"],
    subject="登録手数料のご請求について（請求番号 HS-2025-0417）",
    charset="iso-2022-jp",
    body=f"""栗林 様

このたびは養親希望者登録のお申込みをいただき、誠にありがとうございます。
日の出産業株式会社 管理課の浜崎でございます。

登録手数料につきまして、下記のとおりご請求申し上げます。

　請求番号　　HS-2025-0417
　ご請求額　　55,000円（税込）
　お支払期限　10月31日（金）
　お振込先　　みどり銀行 横浜中央支店　普通　1234567
　　　　　　　ヒノデサンギヨウ（カ
　登録番号　　T{corporate_number("020001099841")}

お振込手数料はご負担いただきますようお願いいたします。
領収書が必要な場合はお申し付けください。
{SIG_HAMASAKI}
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["freemail_recipient"],
    note="請求書: 会社の口座・登録番号（T番号）のみでフリーメール1名宛て。個人のデータなし",
)

# 023 stop — a forward of the hospital's mail (birth mother's test results) to the adopters
_bm23 = person("F", 1997, 2002)
_ch23 = person("F", 2025, 2025)
_h23, _w23 = couple()
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=[f"{_h23['name']} <{_h23['romaji_sur'].lower()}.home@gmail.com>"],
    subject="FW: 出生時の状況と検査結果について",
    charset="utf-8",
    body=f"""{_h23['sur']} 様

森本です。病院から届いた情報を、そのまま転送いたします。
ご不明な点は次回の面談でご説明します。

---------- Forwarded message ---------
From: 聖マルタ病院 産科病棟 <sanka@st-marta-hp.or.jp>
Date: 2025年9月3日(水) 17:12
Subject: 出生時の状況と検査結果について
To: 森本 結衣 <y.morimoto@hinode-sangyo.co.jp>

日の出産業 森本様

お問い合わせの件、以下のとおりご報告いたします。

【児】{_ch23['given']}ちゃん　{wareki(_ch23['y'], 8, 27)}生　在胎37週3日　出生体重2,612g
　　　新生児聴覚スクリーニング：両耳パス
【実母】{_bm23['name']}（{_bm23['age']}歳）
　　　妊娠中の梅毒検査で陽性、妊娠20週から治療済み。HBs抗原陰性。
　　　喫煙歴あり（妊娠判明後も1日5本程度）。

児は念のため梅毒の追加検査を予定しております。

聖マルタ病院 産科病棟 助産師 川端
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="転送（FW）は受信者にとって新しい本文: 実母の感染症検査結果・児の出生情報を養親のフリーメールへ",
)

# 024 stop — tab-separated list of seven trainees with phone and e-mail, to the hotel
_r24 = []
for _ in range(7):
    p = person(None, 1970, 1992)
    _r24.append(f"{p['name']}\t{p['kana']}\t{p['phone']}\t{p['email']}")
_tab24 = "\n".join(_r24)
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["さくらホテル横浜 宴会予約 <banquet-yokohama@sakura-hotel.jp>"],
    subject="11/8 里親研修 参加者名簿（名札作成用）",
    charset="utf-8",
    body=f"""さくらホテル横浜
宴会予約ご担当 様

いつもお世話になっております。日の出産業の小野寺です。
11月8日の研修の参加者名簿をお送りします。名札の作成と、当日遅刻の際の
ご連絡用にお使いください（Excelから貼り付けています）。

氏名\tフリガナ\t携帯\tメール
{_tab24}

以上7名です。よろしくお願いいたします。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="タブ区切りで7人の氏名・携帯・メールをホテルへ: 5人以上の名簿",
)

# 025 pass — three attendees' mobiles for a room booking (under five people)
_a25 = [person(None, 1975, 1990) for _ in range(3)]
add(
    expect="pass",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["さくらホテル横浜 フロント <front-yokohama@sakura-hotel.jp>"],
    subject="面談室のご予約（10/25）",
    charset="iso-2022-jp",
    body=f"""さくらホテル横浜 フロント御中

お世話になっております。日の出産業の森本です。
10月25日（土）13:00〜15:00で、小会議室を1室お借りしたく存じます。

当日は弊社職員2名と、下記の3名様がご来館予定です。
到着が遅れる場合はフロントからご連絡いただけますと助かります。

　{_a25[0]['name']} 様　{_a25[0]['phone']}
　{_a25[1]['name']} 様　{_a25[1]['phone']}
　{_a25[2]['name']} 様　{_a25[2]['phone']}

お手数ですが、ご予約可否をお知らせください。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="来館者3名の氏名と携帯番号: 5人未満の記録なので送信可（警告はあり得る）",
)

# 026 stop — internal colleague's address mistyped: hinode-sanygo.co.jp (letters swapped)
_c26 = person(None, 2022, 2024)
add(
    expect="stop",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["森本 結衣 <y.morimoto@hinode-sanygo.co.jp>"],
    subject="明日の家庭訪問の件",
    charset="cp932",
    body=f"""森本さん

お疲れさまです。佐久間です。
明日の家庭訪問、私は直接現地に向かいます。

　委託児童：{_c26['name']}くん（{_c26['dob']}生）
　訪問先　：{_c26['addr']}（養育里親 宅）
　時間　　：10:30〜

駐車場は近くのコインパーキングを使ってください。
佐久間
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="社内宛てのつもりが hinode-sanygo.co.jp（文字の入替え）: 自社ドメインの類似",
)

# 027 stop — 取扱注意 marking in an XLSX of aggregated statistics (no personal data)
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["北陽大学 社会福祉学部 高森研究室 <takamori@hokuyo-u.ac.jp>"],
    subject="成立件数の集計データ（共同研究用）",
    charset="utf-8",
    body=f"""高森先生

お世話になっております。加賀谷です。
共同研究の件、2020〜2024年度の成立件数の集計をお送りします。
集計方法は「注記」シートをご覧ください。
{SIG_KAGAYA}
""",
    attachments=[{
        "kind": "xlsx", "name": "成立件数集計_2020-2024.xlsx",
        "page_footer": "【取扱注意】日の出産業株式会社 養子縁組支援室",
        "sheets": {
            "集計": [["【取扱注意】特別養子縁組 成立件数・相談件数（内部集計）"],
                   ["年度", "妊娠相談", "実親との面談", "養親登録", "委託", "成立", "不成立・取下げ"],
                   ["2020", 214, 61, 38, 17, 15, 2], ["2021", 238, 70, 41, 19, 18, 1],
                   ["2022", 251, 66, 44, 21, 19, 3], ["2023", 276, 73, 47, 24, 22, 2],
                   ["2024", 301, 80, 52, 26, 23, 3]],
            "注記": [["件数は年度内の受付ベース。成立は審判確定日で計上。"]],
        },
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="個人データのない集計表だが、ファイルに「取扱注意」の区分表示（セル・フッタ）",
)

# 028 pass — annual report of aggregated numbers to the prefecture
add(
    expect="pass",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["神奈川県 子ども家庭課 <kodomokatei@pref-kanagawa.lg.jp>"],
    subject="令和6年度 養子縁組あっせん事業 実績報告",
    charset="iso-2022-jp",
    body=f"""神奈川県 福祉子どもみらい局 子ども家庭課
ご担当者様

お世話になっております。日の出産業株式会社 養子縁組支援室の加賀谷です。
令和6年度の事業実績を下記のとおりご報告いたします。
（様式第8号は本日郵送いたしました）

　１．相談件数　　　　　　　301件（うち妊娠中の相談 212件）
　２．養親希望者の登録　　　 52組
　３．あっせんによる委託　　 26件
　４．縁組の成立　　　　　　 23件
　５．研修の実施　　　　　　 養親向け 6回 延べ118名
　６．苦情の受付　　　　　　  1件（対応済）

ご不明点がございましたらご連絡ください。
{SIG_KAGAYA}
""",
    entities=[],
    detectors=[],
    note="件数の集計のみの行政への実績報告: 個人が特定されるデータなし",
)

# 029 stop — one applicant's criminal record in a sentence, to the law firm
_h29 = person("M", 1982, 1988)
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["白川 透 <t.shirakawa@shirakawa-law.jp>"],
    subject="養親希望者の適格性についてご相談",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。加賀谷です。
一件、法的なご意見を伺いたくご連絡いたしました。

現在家庭調査中の申込者のうち、夫の{_h29['name']}氏について、ご本人の申告により
平成28年に傷害罪で罰金刑を受けた前科があることが分かりました。
その後の生活は安定しており、妻も事情を承知しております。

この事実が、家庭裁判所の判断や当室のあっせん可否の判断において
どの程度考慮されるべきか、お考えをお聞かせいただけますでしょうか。
来週どこかで30分ほどお電話できれば幸いです。
{SIG_KAGAYA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="申込者一人の氏名と前科（犯罪の経歴）を社外へ: 一人でも要配慮個人情報",
)

# 030 pass — Outlook-style reply; the list of people is only in the quoted original
_q30 = "\n".join(f"{p['name']}　{p['phone']}　{p['addr']}" for p in [person() for _ in range(6)])
add(
    expect="pass",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
    subject="RE: 面会交流調停 関係者連絡先",
    charset="cp932",
    body=f"""白川法律事務所
事務局 今井様

連絡先一覧、拝受いたしました。ありがとうございます。
当日の進行については、改めて白川先生とご相談させていただきます。

森本

-----Original Message-----
From: 白川法律事務所 事務局 <jimu@shirakawa-law.jp>
Sent: Tuesday, September 30, 2025 4:02 PM
To: 森本 結衣 <y.morimoto@hinode-sangyo.co.jp>
Subject: 面会交流調停 関係者連絡先

森本様

期日当日の関係者の連絡先を共有いたします。

{_q30}

白川法律事務所 事務局 今井
""",
    entities=[],
    detectors=[],
    note="人の一覧は引用された元メール（Original Message）にのみあり、新しい本文は受領の連絡だけ",
)

# 031 stop — driver's licence number for an identity check, to a research company
_p31 = person("F", 1981, 1989)
_dl31 = f"{rng.choice(['44', '45', '30'])}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["セーフティリサーチ 調査受付 <order@safety-research.co.jp>"],
    subject="本人確認調査のご依頼（案件番号 SR-7731）",
    charset="utf-8",
    body=f"""セーフティリサーチ株式会社
調査受付 ご担当者様

いつもお世話になっております。日の出産業の森本です。
契約に基づく本人確認調査を1件お願いいたします。

【対象者】
  氏名        {_p31['name']}（{_p31['kana']}）
  生年月日    {_p31['dob']}
  現住所      〒{_p31['zip']} {_p31['addr']}
  運転免許証  第{_dl31}号（{rng.randint(2026, 2029)}年{rng.randint(1, 12)}月まで有効）

ご本人の同意書（写し）は別途郵送いたします。
報告は2週間以内にいただけますと幸いです。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="申込者の運転免許証番号・住所・生年月日を調査会社へ: 本人確認書類の番号",
)

# 032 stop — DOCX home-study report for one couple, health details, to the family court
_h32, _w32 = couple(1979, 1986)
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["港川家庭裁判所 家庭裁判所調査官 <chosakan3@minatogawa-kasai.go.jp>"],
    subject="家庭調査報告書の提出（令和7年（家）第214号）",
    charset="iso-2022-jp",
    body=f"""港川家庭裁判所
家庭裁判所調査官 杉浦 様

お世話になっております。日の出産業 養子縁組支援室の森本です。
ご指示のありました申立人夫婦の家庭調査報告書を添付にてお送りします。
正本は本日郵送いたしました。
{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "docx", "name": "家庭調査報告書_令和7年家214.docx",
        "title": "家庭調査報告書",
        "paragraphs": [
            "家庭調査報告書",
            "調査日：令和7年8月19日、8月30日（家庭訪問2回）　調査者：森本 結衣",
            "1. 申立人の状況",
            "2. 所見　夫婦関係は良好で、養育への意欲は高い。夫は2型糖尿病で内服治療中であるが、"
            "主治医の意見では日常生活・育児に支障はない。妻は不妊治療を5年間受けた経緯がある。",
            "3. 住環境　持家（戸建て、4LDK）。近隣に妻の実母が居住し、支援が見込まれる。",
        ],
        "tables": [[
            ["", "夫", "妻"],
            ["氏名", _h32["name"], _w32["name"]],
            ["生年月日", wareki(_h32["y"], _h32["m"], _h32["d"]), wareki(_w32["y"], _w32["m"], _w32["d"])],
            ["住所", _h32["addr"], "同左"],
            ["職業", "地方公務員（市役所）", "会社員（時短勤務）"],
            ["年収", "約640万円", "約310万円"],
            ["健康状態", "2型糖尿病（内服治療中）", "良好"],
        ]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCXの家庭調査報告書: 夫婦の氏名・生年月日・住所・年収と夫の病歴（糖尿病）、妻の不妊治療歴",
)

# 033 pass — four applicants' phone numbers for psychological interviews (under five)
_p33 = [person(None, 1978, 1990) for _ in range(4)]
_lines33 = "\n".join(f"  {p['name']:<8}{'':2}{p['phone']:<15}{d}"
                     for p, d in zip(_p33, ["10/14 10:00", "10/14 13:30", "10/16 10:00", "10/16 15:00"]))
add(
    expect="pass",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["こもれび心理相談室 秋吉様 <akiyoshi@komorebi-shinri.jp>"],
    subject="養親希望者の心理面接 日程確定のご連絡",
    charset="utf-8",
    body=f"""こもれび心理相談室
秋吉様

お世話になっております。佐久間です。
養親希望者の心理面接、以下の4名で日程が確定しました。
当日連絡が必要な場合は直接ご本人にお電話ください。

  氏名          電話            面接日時
  ----------------------------------------------
{_lines33}

よろしくお願いいたします。
{SIG_SAKUMA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="4名の氏名・電話・面接日時のみ: 5人未満で要配慮情報なし",
)

# 034 stop — five records, one block each, katakana names, to an interpreting company
_b34 = []
for i in range(5):
    p = person(None, 1975, 1992)
    _b34.append(f"""【{i + 1}】
　フリガナ：{p['kana']}
　電話　　：{p['phone']}
　メール　：{p['email']}
　希望言語：{rng.choice(['英語', 'タガログ語', 'ベトナム語', '中国語', 'ポルトガル語'])}
　面談予定：10月{rng.randint(10, 30)}日""")
_blocks34 = "\n\n".join(_b34)
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["ことば翻訳センター 通訳手配係 <tsuyaku@kotoba-trans.co.jp>"],
    subject="通訳者手配のお願い（10月 面談5件）",
    charset="iso-2022-jp",
    body=f"""ことば翻訳センター
通訳手配係 御中

いつもお世話になっております。日の出産業の小野寺です。
10月の面談で通訳をお願いしたい方は以下の5名です。
通訳者さんから事前に連絡を取っていただいて構いません。

{_blocks34}

以上、よろしくお願いいたします。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="1人1ブロックで5人のカナ氏名・電話・メール: 5人以上の名簿",
)

# 035 pass — internal forward of a hospital mail with a birth mother's medical details
_bm35 = person("F", 1996, 2003)
add(
    expect="pass",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>"],
    cc=["加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>"],
    subject="転送: 【聖マルタ病院】診療情報のご提供",
    charset="iso-2022-jp",
    body=f"""佐久間さん（cc: 室長）

病院から届きました。明日の面談前に目を通しておいてください。

森本

-------- 転送メッセージ --------
差出人: 聖マルタ病院 地域連携室 <renkei@st-marta-hp.or.jp>
件名: 【聖マルタ病院】診療情報のご提供

日の出産業 森本様

ご本人の同意を得て、以下の情報をご提供します。
　患者氏名：{_bm35['name']}様（{wareki(_bm35['y'], _bm35['m'], _bm35['d'])}生）
　診断名　：切迫早産、甲状腺機能低下症（内服中）
　既往歴　：10代でのうつ病治療歴あり
　分娩予定：11月中旬

聖マルタ病院 地域連携室
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="病院からの診療情報の転送だが、宛先は社内（To/Cc とも hinode-sangyo.co.jp）のみ",
)

# 036 stop — PPTX with 極秘 footer and a child's diagnosis, to the guidance centre
_c36 = person("M", 2024, 2024)
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["南浦市児童相談所 相談課 石井様 <ishii@kodomo-sodan.city.minamiura.lg.jp>"],
    subject="検討会議資料（事前確認用）",
    charset="utf-8",
    body=f"""石井様

お世話になっております。加賀谷です。
来週の検討会議の資料案をお送りします。
事実関係に誤りがないか、事前にご確認いただけますと幸いです。
{SIG_KAGAYA}
""",
    attachments=[{
        "kind": "pptx", "name": "ケース検討資料_R児.pptx",
        "title": "ケース検討資料", "page_footer": "極秘　日の出産業株式会社 養子縁組支援室",
        "slides": [
            ["ケース検討資料", "対象児：R児", "作成：養子縁組支援室 加賀谷"],
            ["対象児の状況", f"氏名：{_c36['name']}", f"生年月日：{_c36['dob']}",
             "先天性心疾患（心室中隔欠損）：生後6か月で手術、経過観察中",
             "発達：月齢相当"],
            ["今後の方針", "養親候補との交流を12月から開始", "主治医の意見書を取得予定"],
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["confidential_marking", "personal_data"],
    note="PPTXのフッタに「極秘」、児童の氏名・生年月日と心疾患の病歴",
)

# 037 pass — general seminar slides, no personal data
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["里親ネットかながわ 事務局 <jimukyoku@satooya-net.or.jp>"],
    subject="説明会スライド（案）の共有",
    charset="utf-8",
    body=f"""里親ネットかながわ 事務局 ご担当者様

小野寺です。説明会で使用するスライドの案を共有します。
先輩養親さんのパートは、ご本人の了解を得てから写真を差し込む予定です。
お気づきの点があれば今週中にコメントをお願いします。
{SIG_ONODERA}
""",
    attachments=[{
        "kind": "pptx", "name": "特別養子縁組制度のご案内.pptx",
        "title": "特別養子縁組制度のご案内",
        "slides": [
            ["特別養子縁組制度のご案内", "日の出産業株式会社 養子縁組支援室", "NPO法人 里親ネットかながわ"],
            ["特別養子縁組とは", "実親との法的な親子関係が終了する", "原則15歳未満の子どもが対象",
             "家庭裁判所の審判により成立"],
            ["養親になるまでの流れ", "説明会 → 申込 → 研修・家庭調査 → 登録", "マッチング → 委託 → 試験養育（6か月以上）→ 審判申立"],
            ["費用について", "登録手数料、研修費、あっせん手数料（所得に応じた減免あり）"],
        ],
    }],
    entities=[],
    detectors=[],
    note="制度の一般的な説明資料のみ: 個人データ・秘密区分なし",
)

# 038 stop — corrupt XLSX attachment to the family court
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["港川家庭裁判所 家事第二係 <kaji2@minatogawa-kasai.go.jp>"],
    subject="添付資料一覧の送付（令和7年（家）第214号）",
    charset="iso-2022-jp",
    body=f"""港川家庭裁判所 家事第二係
寺西 様

お世話になっております。森本です。
提出済み資料の一覧表をお送りします。ご確認をお願いいたします。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "corrupt", "name": "添付資料一覧_家庭調査.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="壊れたXLSXの添付: 中身を検査できない",
)

# 039 pass — interview schedule to one applicant on a carrier address
add(
    expect="pass",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["shimazu-family@docomo.ne.jp"],
    subject="面接日時のご案内",
    charset="iso-2022-jp",
    body=f"""嶋津 様

お世話になっております。日の出産業 養子縁組支援室の森本です。
第2回の面接日時が決まりましたのでご案内いたします。

　日時：10月20日（月）10:00〜11:30
　場所：弊社5F 相談室2（横浜市中区山下町98-2 日の出山下ビル）
　持ち物：印鑑、研修修了証

ご夫婦そろってお越しください。ご都合が悪い場合はご連絡ください。
{SIG_MORIMOTO}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="キャリアメールの申込者本人へ面接日時の案内のみ",
)

# 040 stop — English dossier summary with both spouses' passport numbers
_h40, _w40 = couple(1980, 1987)
_pp = lambda: f"T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}"
add(
    expect="stop",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["Intake Team <intake@bridgehome-adoption.org>"],
    subject="Dossier submission - prospective adoptive parents (JP-HS-118)",
    charset="utf-8",
    body=f"""Dear Intake Team,

Please find below the identity details for the dossier JP-HS-118, as required
for the pre-approval check.

Applicant 1: {_h40['romaji'].upper()}
  Date of birth: {_h40['dob_iso']}
  Passport No.: {_pp()} (Japan, expires 2031-04)

Applicant 2: {_w40['romaji'].upper()}
  Date of birth: {_w40['dob_iso']}
  Passport No.: {_pp()} (Japan, expires 2029-11)

Certified copies of the passports will be couriered together with the home study.

Best regards,
{SIG_MANABE_EN}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="英文: 養親希望者夫婦の旅券番号・生年月日を海外機関へ",
)

# 041 stop — a birth mother's residence card number, to the translation company
_rc41 = f"{rng.choice(['AB', 'UH', 'EK'])}{rng.randint(10000000, 99999999)}{rng.choice(['CD', 'FA', 'JP'])}"
add(
    expect="stop",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["ことば翻訳センター 翻訳受付 <honyaku@kotoba-trans.co.jp>"],
    subject="翻訳のご依頼（同意書・タガログ語）",
    charset="cp932",
    body=f"""ことば翻訳センター
翻訳受付 ご担当者様

お世話になっております。日の出産業の佐久間です。
下記の方に署名いただく同意書類一式のタガログ語訳をお願いしたく存じます。
訳文の氏名表記は在留カードどおりにしてください。

　氏名（在留カード表記）　SANTOS MARIA CLARISSA REYES
　生年月日　　　　　　　　2000年7月14日
　在留カード番号　　　　　{_rc41}
　在留資格　　　　　　　　特定活動

原稿（Word）は後ほど共有フォルダにアップロードします。
納期は10日程度を希望します。
{SIG_SAKUMA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="実母の在留カード番号・氏名・生年月日を翻訳会社へ",
)

# 042 pass — list of partner clinics (businesses): switchboards and addresses in columns
add(
    expect="pass",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["NPO法人 妊娠SOSネット 相談員 <soudan@ninshin-sos.or.jp>"],
    subject="提携医療機関一覧（2025年10月版）",
    charset="utf-8",
    body=f"""妊娠SOSネット 相談員の皆さま

お世話になっております。佐久間です。
相談者をご紹介いただく際の提携医療機関一覧を更新しました。

医療機関名                 所在地                        代表電話       備考
--------------------------------------------------------------------------------------
聖マルタ病院 産科          横浜市中区山手町112           045-641-2201   24時間対応
ひかりレディースクリニック  川崎市中原区小杉町3-8-1       044-712-8800   土曜午前可
みなと母子医療センター      横浜市南区六ツ川2-138-4       045-711-5100   NICUあり
さがみ野産婦人科医院        相模原市南区相模大野5-2-9     042-745-3030   女性医師
ふじさわ総合病院 産婦人科   藤沢市藤沢1-5-20              0466-22-1150   MSW常駐

受診の際は、事前に当室（045-662-7410）までご一報ください。
{SIG_SAKUMA}
""",
    entities=[],
    detectors=[],
    note="医療機関（事業者）の所在地・代表電話の一覧: 人の名簿ではない",
)

# 043 stop — a child's health insurance card symbol/number, to a paediatric clinic
_c43 = person(None, 2023, 2024)
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["聖マルタ病院 小児科外来 <shonika@st-marta-hp.or.jp>"],
    subject="受診予約のお願い（委託児童）",
    charset="iso-2022-jp",
    body=f"""聖マルタ病院 小児科外来 ご担当者様

いつもお世話になっております。日の出産業 養子縁組支援室の小野寺です。
委託中のお子さんの予防接種と健診のため、受診の予約をお願いいたします。

　氏名　　　　：{_c43['name']}（{_c43['kana']}）
　生年月日　　：{wareki(_c43['y'], _c43['m'], _c43['d'])}
　保険証　　　：記号 {rng.randint(10, 99)}{rng.randint(100, 999)}　番号 {rng.randint(1, 999)}（枝番 0{rng.randint(1, 3)}）
　　　　　　　　保険者番号 {rng.choice(['06', '01', '31'])}{rng.randint(130000, 139999)}
　受給者証　　：あり（窓口で提示します）
　希望日　　　：10月27日（月）または29日（水）午前

付き添いは養育里親さんと私の2名の予定です。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="委託児童の健康保険証の記号・番号・保険者番号と氏名・生年月日を病院へ",
)

# 044 stop — a new part-time worker's basic pension number, to the labour consultants
_p44 = person("F", 1970, 1980)
_bp44 = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
add(
    expect="stop",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["つばき社会保険労務士法人 手続担当 <tetsuzuki@tsubaki-sr.jp>"],
    subject="資格取得届の作成依頼（10/1入社 支援員1名）",
    charset="utf-8",
    body=f"""つばき社会保険労務士法人
手続担当 ご担当者様

いつもお世話になっております。日の出産業の浜崎です。
10月1日付でパート入社した支援員1名について、社会保険の資格取得届の
作成をお願いいたします。

- 氏名：{_p44['name']}（{_p44['kana']}）
- 生年月日：{_p44['dob']}
- 基礎年金番号：{_bp44}
- 所定労働時間：週30時間
- 月額報酬：218,000円

雇用契約書の写しは明日お送りします。
{SIG_HAMASAKI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="従業員の基礎年金番号・生年月日を社労士事務所へ",
)

# 045 pass — mentions 社外秘 but carries no marked document; public brochure attached
add(
    expect="pass",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["北陽大学 高森先生 <takamori@hokuyo-u.ac.jp>"],
    subject="Re: マッチング基準についての資料",
    charset="iso-2022-jp",
    body=f"""高森先生

お問い合わせありがとうございます。加賀谷です。

ご依頼のマッチング基準の詳細版は社内規程上「社外秘」の扱いとなっており、
残念ながらそのままお出しすることができません。代わりに、公開している
パンフレットをお送りしますので、まずはこちらをご参照ください。

共同研究の契約締結後であれば、秘密保持条項のもとで閲覧いただける形を
検討いたします。
{SIG_KAGAYA}
""",
    attachments=[{"kind": "pdf", "name": "養子縁組支援室のご案内.pdf",
                  "title": "養子縁組支援室のご案内",
                  "lines": ["養子縁組支援室のご案内", "",
                            "わたしたちは、生みの親と育ての親、そして子どもの幸せを第一に考えます。",
                            "・妊娠・出産に関するご相談（無料・匿名可）",
                            "・養親希望者向け説明会・研修",
                            "・縁組成立後の支援（交流会、真実告知のサポート）",
                            "", "相談専用ダイヤル 0120-418-377"]}],
    entities=[],
    detectors=[],
    note="「社外秘」という語への言及のみで、区分表示のある文書は添付していない（公開パンフのみ）",
)

# 046 stop — 【機密】 in the subject, to the law firm, no personal data
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["白川 透 <t.shirakawa@shirakawa-law.jp>"],
    subject="【機密】苦情申立てへの対応方針について",
    charset="cp932",
    body=f"""白川先生

お世話になっております。加賀谷です。

先般ご相談した元申込者からの苦情申立ての件、当室の対応方針案を
下記のとおりまとめました。ご助言をいただけますと幸いです。

1. 事実経過の確認（面談記録の精査）は今週中に完了予定
2. 回答書は先生のご確認を経て、10月末までに発送
3. 県への報告は回答書の発送後に行う
4. 再発防止策として、不登録の理由説明の手順を見直す

以上、よろしくお願いいたします。
{SIG_KAGAYA}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="件名に【機密】の区分表示があるメールを社外へ",
)

# 047 pass — internal only, 【極秘】 with sensitive case details
_bm47 = person("F", 1990, 1999)
add(
    expect="pass",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["養子縁組支援室 全員 <yoshi-all@hinode-sangyo.co.jp>"],
    subject="【極秘】S-0359 ケースの対応について（室内限り）",
    charset="utf-8",
    body=f"""室員各位

S-0359（{_bm47['name']}さん）について、本人から性被害による妊娠であることが
打ち明けられ、警察への相談を支援することになりました。

・窓口対応は佐久間さんに一本化します
・加害者側からの問い合わせには一切応じないこと
・記録は紙で保管し、システムには概要のみ入力

以上、室内限りでお願いします。
加賀谷
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="【極秘】・犯罪被害の情報を含むが、宛先は社内のみ",
)

# 048 stop — plain ZIP with a UTF-8 CSV of ten foster parents, to the vendor
_rows48 = [["id", "name", "kana", "birthday", "zip", "address", "tel"]]
for i in range(10):
    p = person(None, 1965, 1990)
    _rows48.append([f"FP{i + 1:04d}", p["name"], p["kana"], p["dob_iso"], p["zip"], p["addr"], p["phone"]])
add(
    expect="stop",
    sender="藤堂 怜 <r.todo@hinode-sangyo.co.jp>",
    to=["ツバサシステム 野々村様 <nonomura@tsubasa-system.jp>"],
    cc=["藤堂 怜 <r.todo@hinode-sangyo.co.jp>"],
    subject="Re: インポート形式の確認",
    charset="utf-8",
    body=f"""野々村様

藤堂です。
ご指定の形式（UTF-8、ヘッダ行あり）で里親マスタを書き出しました。
ZIPにまとめています。文字化けがないかご確認ください。
{SIG_TODO}
""",
    attachments=[{"kind": "zip", "name": "import_test_20251003.zip",
                  "files": [{"kind": "csv", "name": "foster_parents.csv", "encoding": "utf-8", "rows": _rows48},
                            {"kind": "txt", "name": "README.txt",
                             "text": "foster_parents.csv: 里親マスタ（全件ではなく10件）\n文字コード UTF-8 / 改行 CRLF\n"}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP内のUTF-8 CSV: 里親10人の氏名・生年月日・住所・電話",
)

# 049 stop — hospital's medical information forwarded as an attached .eml
_bm49 = person("F", 1994, 2001)
add(
    expect="stop",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["こもれび心理相談室 秋吉様 <akiyoshi@komorebi-shinri.jp>"],
    subject="面接前の参考情報（転送）",
    charset="iso-2022-jp",
    body=f"""秋吉様

佐久間です。来週面接をお願いしている方について、病院から届いた情報を
添付で転送します。面接の参考にしてください。
{SIG_SAKUMA}
""",
    attachments=[{"kind": "eml", "name": "診療情報のご提供.eml", "message": {
        "sender": "ひかりレディースクリニック <info@hikari-ladies.jp>",
        "to": ["佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>"],
        "subject": "診療情報のご提供",
        "charset": "iso-2022-jp",
        "body": f"""日の出産業 佐久間様

ご本人の同意を得ましたので、以下お知らせいたします。

患者：{_bm49['name']} 様（{_bm49['age']}歳）
現在妊娠24週。パニック障害の既往があり、前医で抗不安薬を処方されていました。
妊娠判明後は自己判断で中断しています。睡眠障害の訴えあり。

ひかりレディースクリニック 院長 三好
""",
    }}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="添付の転送メール（.eml）に実母の氏名と精神疾患の既往: 転送は新しい情報として数える",
)

# 050 pass — hotel's booking confirmation forwarded as .eml to the caterer (business only)
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="会場の搬入条件について（ホテルからの案内を転送します）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
ケータリング事業部 ご担当者様

お世話になっております。日の出産業の小野寺です。
10/18の説明会で軽食をお願いしている件、会場のさくらホテルから搬入条件の
案内が届きましたので、添付で転送いたします。
搬入口と時間のご確認をお願いします。
{SIG_ONODERA}
""",
    attachments=[{"kind": "eml", "name": "ご予約確認書（10月18日）.eml", "message": {
        "sender": "さくらホテル横浜 宴会予約 <banquet-yokohama@sakura-hotel.jp>",
        "to": ["小野寺 春香 <h.onodera@hinode-sangyo.co.jp>"],
        "subject": "ご予約確認書（10月18日 けやきの間）",
        "charset": "utf-8",
        "body": """日の出産業株式会社 小野寺様

この度はご予約を賜り誠にありがとうございます。

ご予約番号：SKR-251018-07
会場：2F けやきの間（スクール形式 45席）
時間：12:00〜17:00（設営・撤去含む）
外部業者様の搬入：地下1F 搬入口より 11:30〜12:00
お問い合わせ：宴会予約 045-650-1234（10:00〜19:00）

さくらホテル横浜 宴会予約 担当 西田
""",
    }}],
    entities=[],
    detectors=[],
    note="ホテルの予約確認（事業者の連絡先のみ）を添付転送: 個人のデータなし",
)

# 051 stop — a child's disability named to prospective adopters on free mail
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["tadokoro.n.family@gmail.com"],
    subject="ご紹介を検討しているお子さんについて",
    charset="utf-8",
    body=f"""田所 様

いつもお世話になっております。森本です。
先日お話しした、ご紹介を検討しているお子さんについてお知らせします。

お子さんは ゆうと くん（令和5年2月生まれ、男の子）で、現在あさひ乳児院で
生活しています。ダウン症候群があり、心臓の手術を1歳のときに受けています。
現在の体調は安定しており、よく笑う、人なつこいお子さんです。

ご夫婦でよく話し合っていただき、来週の面談でお気持ちをお聞かせください。
どのようなお返事でも、今後の手続きに不利になることはありません。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="特定できる児童（名・生年月・在籍施設）の障害と手術歴をフリーメールへ: 一人でも要配慮",
)

# 052 pass — list of documents to submit, to one applicant on iCloud
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["神保 様 <jimbo.sayaka@icloud.com>"],
    subject="ご提出書類のご案内",
    charset="iso-2022-jp",
    body=f"""神保 様

研修へのご参加ありがとうございました。小野寺です。
登録に向けて、以下の書類のご提出をお願いいたします。

　□ 養親希望者登録申込書（当室様式1）
　□ 住民票（世帯全員・続柄記載、個人番号の記載は不要です）
　□ 健康診断書（ご夫婦それぞれ、3か月以内のもの）
　□ 源泉徴収票または確定申告書の写し
　□ 研修修了証の写し

※個人番号（マイナンバー）が記載された書類は受け付けておりません。
　お手数ですがマスキングのうえご提出ください。

ご不明な点はお気軽にお問い合わせください。
{SIG_ONODERA}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="提出書類の案内（健康診断書・マイナンバーへの言及のみ）: 個人のデータなし",
)

# 053 stop — five foster parents on free mail / carrier addresses visible in To
_fp53 = [person() for _ in range(5)]
_fp53_doms = ["gmail.com", "yahoo.co.jp", "ezweb.ne.jp", "gmail.com", "softbank.ne.jp"]
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=[f"{p['name']} <{p['romaji_sur'].lower()}{rng.randint(10, 99)}@{d}>" for p, d in zip(_fp53, _fp53_doms)],
    subject="【日程変更】11月のフォローアップ研修について",
    charset="iso-2022-jp",
    body=f"""里親の皆さま

いつもお世話になっております。日の出産業 養子縁組支援室の小野寺です。

11月15日（土）に予定しておりましたフォローアップ研修は、講師の都合により
11月22日（土）に変更となりました。時間・会場に変更はありません。

　時間：10:00〜12:00
　会場：日の出山下ビル 5F 研修室

ご出欠を11月10日までに本メールへの返信でお知らせください。
{SIG_ONODERA}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="里親5名（個人）のアドレスが To で互いに見える: Bcc にすべき",
)

# 054 pass — foster parents' salon announcement with the recipients in Bcc
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["養子縁組支援室 <yoshi-info@hinode-sangyo.co.jp>"],
    bcc=[f"{person()['romaji_sur'].lower()}.{i}@{d}" for i, d in
         enumerate(["gmail.com", "icloud.com", "yahoo.co.jp", "docomo.ne.jp", "outlook.jp", "gmail.com"])],
    subject="里親サロン「ひだまり」12月のご案内",
    charset="utf-8",
    body=f"""里親・養親の皆さま（BCCにて失礼いたします）

こんにちは。養子縁組支援室の小野寺です。
12月の里親サロンのご案内です。今回はクリスマス会を兼ねて、お子さん連れでの
ご参加も大歓迎です。

  日時：12月13日（土）13:30〜15:30
  会場：日の出山下ビル 5F 多目的室
  内容：先輩養親さんとの座談会／おやつタイム／絵本の読み聞かせ
  参加費：無料

お申込みは12月5日までに、小野寺あてにご返信ください。
{SIG_ONODERA}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="個人の宛先はすべて Bcc: 互いに見えないので可（フリーメール宛ての警告のみ）",
)

# 055 stop — padded columns, no name column: six infants with 令和 dates and diagnoses
_r55 = []
for i in range(6):
    c = person(None, 2023, 2024)
    _r55.append(f"  {'N-' + str(2500 + rng.randint(10, 99)):<9}{wareki(c['y'], c['m'], c['d'], 'fwkanji'):<14}"
                f"{'男' if c['sex'] == 'M' else '女':<3}{wareki(c['y'] + (c['m'] + 1) // 13, (c['m'] % 12) + 1, rng.randint(1, 28), 'short'):<11}"
                f"{rng.choice(['低出生体重児（1,980g）', 'アトピー性皮膚炎', '心室中隔欠損（経過観察）', '特記なし', '口唇口蓋裂（術後）', '先天性難聴（補聴器）', 'てんかん（服薬中）'])}")
_cols55 = "\n".join(_r55)
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["あさひ乳児院 家庭支援専門相談員 <fsw@asahi-nyujiin.or.jp>"],
    subject="Re: 委託候補児の健康状態の確認",
    charset="cp932",
    body=f"""あさひ乳児院
家庭支援専門相談員 長岡様

お世話になっております。小野寺です。
当室で把握している内容を下記にまとめました。相違があればご指摘ください。

  児童番号 生年月日      性別 入所日     健康状態・既往
  ------------------------------------------------------------------
{_cols55}

よろしくお願いいたします。
{SIG_ONODERA}
""",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名列なしでも6人の児童番号・和暦生年月日・病歴の一覧: 名簿かつ要配慮",
)

# 056 pass — English reply; the list of families is only in the quoted text
_q56 = "\n".join(f"> - {p['romaji']}, {p['email']}, +81-{p['phone'][1:]}" for p in [person() for _ in range(5)])
add(
    expect="pass",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["Laura Whitfield <l.whitfield@bridgehome-adoption.org>"],
    subject="Re: Webinar registrants from Japan",
    charset="utf-8",
    body=f"""Hi Laura,

Thanks, noted. We'll make sure each of them receives the joining link and the
pre-reading pack by Friday. I'll also attend as a host from our side.

Best,
Ken
{SIG_MANABE_EN}

On Wed, Oct 8, 2025 at 9:14 AM Laura Whitfield <l.whitfield@bridgehome-adoption.org> wrote:
> Hi Ken,
>
> These are the registrants from Japan for the Oct 21 webinar:
{_q56}
>
> Could you make sure they get the materials?
> Laura
""",
    entities=[],
    detectors=[],
    note="人の一覧は \"On ... wrote:\" 以下の引用部分のみ: 新しい本文は短い返答",
)

# 057 stop — homoglyph look-alike of the partner bank (midori-glnko.co.jp: l for i)
_p57 = person("F", 1978, 1988)
add(
    expect="stop",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["みどり銀行 横浜中央支店 法人営業 <hojin-yokohama@midori-glnko.co.jp>"],
    subject="返金のお振込み依頼",
    charset="iso-2022-jp",
    body=f"""みどり銀行 横浜中央支店
法人営業 ご担当者様

いつもお世話になっております。日の出産業の浜崎です。
登録辞退された方への手数料返金につき、下記のとおり振込をお願いいたします。

　振込先　　さくら信用金庫 港北支店
　口座　　　普通 {rng.randint(1000000, 9999999)}
　名義　　　{_p57['kana']}
　金額　　　33,000円

振込依頼書は別途FAXいたします。
{SIG_HAMASAKI}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="みどり銀行（midori-ginko.co.jp）の i→l ホモグリフ類似ドメイン宛てに個人の口座情報",
)

# 058 pass — corporate online banking settings, to the genuine partner bank
add(
    expect="pass",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["みどり銀行 横浜中央支店 法人営業 <hojin-yokohama@midori-ginko.co.jp>"],
    subject="法人インターネットバンキングの利用者追加について",
    charset="cp932",
    body=f"""みどり銀行 横浜中央支店
法人営業 ご担当者様

お世話になっております。日の出産業株式会社 管理課の浜崎でございます。

社会事業本部の口座（普通 1234567）について、法人インターネットバンキングの
利用者を1名追加したく存じます。必要な書類と手続きの流れをご教示ください。
また、振込の承認権限を2段階に設定することは可能でしょうか。

ご多用のところ恐縮ですが、よろしくお願いいたします。
{SIG_HAMASAKI}
""",
    entities=[],
    detectors=[],
    note="正規の提携銀行宛て、法人口座の手続き相談のみ",
)

# 059 stop — DOCX table of eight couples with incomes, to an external screening member
_t59 = [["受付番号", "氏名（夫／妻）", "年齢", "職業", "世帯年収", "住居", "家庭調査所見"]]
for i in range(8):
    h, w = couple()
    _t59.append([f"A25-{rng.randint(100, 999)}", f"{h['name']}／{w['given']}", f"{h['age']}／{w['age']}",
                 rng.choice(["会社員／会社員", "自営業／主婦", "公務員／パート", "医師／会社員", "会社員／教員"]),
                 f"{rng.choice([480, 560, 690, 820, 950, 1240])}万円",
                 rng.choice(["持家", "賃貸マンション", "持家（二世帯）"]),
                 rng.choice(["養育環境良好", "就労調整に課題", "親族の支援あり", "要再面接"])])
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["北陽大学 人間科学部 北条先生 <hojo@hokuyo-u.ac.jp>"],
    subject="登録審査会（10/24）資料のご送付",
    charset="utf-8",
    body=f"""北条先生

いつも審査委員としてご協力いただき、ありがとうございます。加賀谷です。
10月24日の登録審査会の資料をお送りします。今回の審査対象は8組です。
当日までにご一読いただけますと幸いです。
{SIG_KAGAYA}
""",
    attachments=[{"kind": "docx", "name": "登録審査会資料_1024.docx",
                  "title": "登録審査会資料",
                  "paragraphs": ["養親希望者 登録審査会資料（令和7年10月24日）", "審査対象：8組"],
                  "tables": [_t59]}],
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="DOCX表: 8組の氏名・年齢・職業・年収・所見を外部委員へ: 5人以上の記録",
)

# 060 pass — the recipient's own bank details, read back to him for confirmation
add(
    expect="pass",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["北陽大学 北条先生 <hojo@hokuyo-u.ac.jp>"],
    subject="審査委員謝金のお振込先確認",
    charset="iso-2022-jp",
    body=f"""北条 先生

いつもお世話になっております。日の出産業 管理課の浜崎でございます。
審査委員謝金のお振込みにあたり、ご登録のお振込先をご確認ください。

　氏名　　　北条 隆之 様
　振込先　　みどり銀行 青葉台支店　普通 {rng.randint(1000000, 9999999)}
　支払予定　11月10日

変更がございましたら、11月4日までにお知らせください。
{SIG_HAMASAKI}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="受信者本人の振込先の確認（一人分）: 警告はあり得るが保留する理由はない",
)

# 061 stop — password-protected PDF to the adoptive parents on free mail
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["hasunuma.kazuya@gmail.com"],
    subject="審判書（写し）の送付",
    charset="utf-8",
    body=f"""蓮沼 様

このたびは審判の確定、誠におめでとうございます。森本です。
審判書の写しをPDFでお送りします。パスワードは、お電話でお伝えした
4桁の数字です。戸籍届出の際にお役立てください。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "pdf", "name": "審判書写し.pdf", "password": "0826",
                  "lines": ["審判", "申立人 蓮沼 和也、蓮沼 紗希", "主文 事件本人を申立人らの特別養子とする。"]}],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="パスワード保護されたPDF: 検査できない添付（フリーメール宛て）",
)

# 062 pass — public fee schedule PDF to one applicant on Yahoo
add(
    expect="pass",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["katagiri-home@yahoo.co.jp"],
    subject="費用のご案内（料金表）",
    charset="iso-2022-jp",
    body=f"""片桐 様

お問い合わせありがとうございます。日の出産業 管理課の浜崎です。
当室の費用について、料金表をお送りします。
所得に応じた減免制度もございますので、詳しくは面談時にご説明いたします。
{SIG_HAMASAKI}
""",
    attachments=[{"kind": "pdf", "name": "料金表_2025.pdf", "title": "料金表",
                  "lines": ["養子縁組あっせんに係る費用（2025年4月改定）", ""],
                  "table": [["項目", "金額（税込）", "備考"],
                            ["登録手数料", "55,000円", "登録時"],
                            ["研修費", "22,000円", "全6回"],
                            ["家庭調査費", "33,000円", "訪問2回"],
                            ["あっせん手数料", "440,000円", "委託時。減免制度あり"],
                            ["成立後支援", "無料", "交流会・相談"]]}],
    entities=[],
    detectors=["freemail_recipient"],
    note="料金表のみの添付、フリーメール1名宛て: 個人のデータなし",
)

# 063 stop — legacy XLS consultation log (20 rows, no names) with sensitive notes
_rows63 = [["受付日", "年齢", "居住市区町村", "連絡先", "相談経路", "相談内容（要約）"]]
_topics = ["交際相手からのDV被害あり、避難中", "性被害による妊娠", "うつ病で通院中、経済的困窮",
           "知的障害あり、支援者同伴", "未成年・家族に未告知", "在留資格の不安、受診歴なし",
           "前夫の暴力で保護命令申立て中", "統合失調症で服薬中", "特記なし（養子縁組の情報提供のみ）"]
for _ in range(20):
    p = person("F", 1992, 2009)
    _rows63.append([f"2025/{rng.randint(4, 9)}/{rng.randint(1, 28)}", p["age"], p["city"], p["phone"],
                    rng.choice(["電話", "LINE", "メール", "来所"]), rng.choice(_topics)])
add(
    expect="stop",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["NPO法人 妊娠SOSネット 事務局長 <kyokucho@ninshin-sos.or.jp>"],
    subject="上半期 相談受付記録（引継ぎ分）",
    charset="utf-8",
    body=f"""妊娠SOSネット 事務局長 様

お世話になっております。佐久間です。
夜間窓口の運営移管にあたり、上半期に当室で受け付けたケースの記録を
お送りします（古いExcel形式で失礼します）。継続支援の要否のご判断に
お使いください。
{SIG_SAKUMA}
""",
    attachments=[{"kind": "xls", "name": "相談受付記録_2025上期.xls",
                  "sheets": {"受付記録": _rows63}}],
    entities=["PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLS: 20人の相談者の電話・年齢・居住地とDV被害・性被害・精神疾患の記録（氏名列なし）",
)

# 064 pass — English introduction of a colleague (own staff business contact)
add(
    expect="pass",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["Laura Whitfield <l.whitfield@bridgehome-adoption.org>"],
    subject="New liaison officer for post-placement visits",
    charset="utf-8",
    body=f"""Dear Laura,

I'd like to introduce my colleague Haruka Onodera, who will be your contact for
post-placement home visits in the Kanagawa area from November.

  Haruka Onodera, Foster Care Support Specialist
  Direct line: +81-45-662-7419
  E-mail: h.onodera@hinode-sangyo.co.jp

I will remain in copy on all case correspondence.

Best regards,
{SIG_MANABE_EN}
""",
    entities=[],
    detectors=[],
    note="自社職員の業務上の連絡先（一人）の紹介: 業務連絡先であり個人の記録ではない",
)

# 065 stop — romaji list of five prospective families with e-mail and phone, to overseas
_l65 = "\n".join(f"{i + 1}. {h['romaji_sur'].upper()}, {h['romaji'].split()[0]} & {w['romaji'].split()[0]} | "
                 f"{h['email']} | +81 {h['phone'][1:]} | {h['city']}"
                 for i, (h, w) in enumerate(couple() for _ in range(5)))
add(
    expect="stop",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["Programs <programs@kinship-bridge.com>"],
    subject="Families interested in the 2026 intercountry program",
    charset="utf-8",
    body=f"""Hello Programs team,

As discussed, here are the Japanese families who asked to be contacted about
your 2026 intercountry program. They have consented to us sharing their contact
details with you.

{_l65}

Please copy me when you reach out to them.

Thank you,
{SIG_MANABE_EN}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="英文・ローマ字で5家族の氏名・メール・電話を海外機関へ: 5件以上の名簿",
)

# 066 either — anonymised case vignettes with diagnoses, to a researcher
add(
    expect="either",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["北陽大学 高森先生 <takamori@hokuyo-u.ac.jp>"],
    subject="学会発表用の事例（匿名化済み）",
    charset="iso-2022-jp",
    body=f"""高森先生

加賀谷です。学会発表で用いる事例を、匿名化したうえで3つ選びました。

事例A：20代前半の女性。妊娠32週で初めて相談。精神科通院歴あり（気分障害）。
　　　　県東部在住、実家の支援なし。出産後に特別養子縁組が成立。
事例B：10代後半の女性。高校在学中。家族に知られずに出産を希望。
　　　　出産後、本人の意向が変わり自ら養育を選択。
事例C：30代の女性。DV被害により避難中に妊娠が判明。県外の病院で出産。

年齢は幅を持たせ、居住地・時期はぼかしています。
発表原稿に使う前に、表現のご確認をお願いします。
{SIG_KAGAYA}
""",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="匿名化した事例（年代・地域のみ）に精神科通院歴・DV被害: 特定可能性の判断が分かれる",
)

# 067 stop — English invitation to three overseas partner organisations, all in To
add(
    expect="stop",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["Laura Whitfield <l.whitfield@bridgehome-adoption.org>",
        "Programs <programs@kinship-bridge.com>",
        "Sophie Martin <s.martin@nestwell-family.org.au>"],
    subject="Invitation: Annual partner meeting 2026 (Yokohama / online)",
    charset="utf-8",
    body=f"""Dear partners,

We are pleased to invite you to our annual partner meeting.

  Date:   Thursday 26 February 2026, 9:00-12:00 JST
  Venue:  Sakura Hotel Yokohama, Room "Keyaki" (hybrid, Zoom link to follow)
  Agenda: 1) 2025 placements and post-placement reports
          2) Changes to the Hague Convention procedures in Japan
          3) Shared training for home-study social workers

Please let us know by 31 January whether you will join in person or online.

Warm regards,
{SIG_MANABE_EN}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3組織（海外提携機関）が To で互いに見える: Bcc にすべき",
)

# 068 pass — two external organisations in To/Cc about a brochure QR code
add(
    expect="pass",
    sender="藤堂 怜 <r.todo@hinode-sangyo.co.jp>",
    to=["ツバサシステム 野々村様 <nonomura@tsubasa-system.jp>"],
    cc=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="パンフレット用QRコードと申込フォームURLの件",
    charset="iso-2022-jp",
    body=f"""野々村様
（cc：錦印刷 制作部様）

お世話になっております。日の出産業の藤堂です。

新しいパンフレットに載せるQRコードについて、申込フォームのURLを
次のとおり確定したいと思います。

　https://www.hinode-sangyo.co.jp/yoshi/entry/

ツバサシステム様にはリダイレクト設定を、錦印刷様には入稿データの
差し替えをお願いいたします。入稿締切は10月24日です。
{SIG_TODO}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2組織（システム会社・印刷会社）の To/Cc: 3者未満なので可",
)

# 069 stop — five emergency contacts in 「・」 bullets with full-width phone numbers
_b69 = "\n".join(f"・{p['name']}　{fw(p['phone'])}（{rng.choice(['本人', '本人', '母', '姉', '祖母'])}）"
                 for p in [person("F", 1985, 2005) for _ in range(5)])
add(
    expect="stop",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["聖マルタ病院 産科病棟 <sanka@st-marta-hp.or.jp>"],
    subject="緊急時の連絡先（当室支援中の方）",
    charset="iso-2022-jp",
    body=f"""聖マルタ病院 産科病棟
看護師長 様

いつもお世話になっております。佐久間です。
当室で支援中で、貴院で受診予定の方の緊急連絡先をお知らせします。
夜間に当室へ連絡がつかない場合は、こちらへ直接ご連絡ください。

{_b69}

よろしくお願いいたします。
{SIG_SAKUMA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="「・」箇条書きで5人の氏名と全角の電話番号: 5人以上の名簿",
)

# 070 pass — internal only: CP932 CSV of thirty applicants
_rows70 = [["受付番号", "氏名", "フリガナ", "生年月日", "住所", "電話", "ステータス"]]
for i in range(30):
    p = person(None, 1975, 1992)
    _rows70.append([f"A{24 + i % 2}-{i + 101}", p["name"], p["kana"], p["dob"], p["addr"], p["phone"],
                    rng.choice(["研修中", "家庭調査中", "登録済", "待機", "委託中"])])
add(
    expect="pass",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>"],
    cc=["浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>"],
    subject="申込者一覧（最新版）",
    charset="cp932",
    body="""室長、浜崎さん

申込者一覧の最新版をCSVで添付します。
ステータスは10/1時点です。手数料の入金確認にもお使いください。

森本
""",
    attachments=[{"kind": "csv", "name": "申込者一覧_1001.csv", "encoding": "cp932", "rows": _rows70}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="30人の名簿だが宛先は社内のみ",
)

# 071 stop — mail.hinode-sangyo.co.jp mistyped with a hyphen: mail-hinode-sangyo.co.jp
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["森本 結衣 <y.morimoto@mail-hinode-sangyo.co.jp>"],
    subject="今週の訪問予定（週報）",
    charset="utf-8",
    body="""森本さん

お疲れさまです。今週の訪問予定です。

  月：午前 乳児院（交流2回目）／午後 事務所
  火：終日 研修準備
  水：家庭訪問 2件（戸塚・藤沢）
  木：児相 定例会
  金：記録整理

金曜の午後は在席しています。
小野寺
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内サブドメイン mail.hinode-sangyo.co.jp のドットをハイフンにした類似ドメイン宛て",
)

# 072 pass — internal subdomain recipient, withholding slip data with a My Number
_p72 = person("M", 1980, 1988)
add(
    expect="pass",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["森本 結衣 <y.morimoto@mail.hinode-sangyo.co.jp>"],
    subject="減免審査用の所得確認について",
    charset="iso-2022-jp",
    body=f"""森本さん

お疲れさまです。浜崎です。
{_p72['name']}様の減免審査の件、提出された源泉徴収票を確認しました。

　支払金額　　　　4,620,000円
　給与所得控除後　3,166,000円
　個人番号　　　　{next_my_number()}（※提出書類にマスキング漏れあり）

個人番号はご本人に連絡のうえ、写しを返却するか当方で黒塗りします。
減免区分は「B」に該当します。

浜崎
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="宛先は社内サブドメイン（mail.hinode-sangyo.co.jp）: マイナンバーを含んでも社内",
)

# 073 stop — a couple's religion in the matching notes, to the guidance centre
_h73, _w73 = couple()
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["南浦市児童相談所 相談課 石井様 <ishii@kodomo-sodan.city.minamiura.lg.jp>"],
    subject="養親候補の選定理由について",
    charset="iso-2022-jp",
    body=f"""石井様

お世話になっております。森本です。
昨日お尋ねのあった養親候補の選定理由について補足いたします。

実母の方から「信仰を大切にする家庭で育ててほしい」との強い希望があり、
候補の{_h73['name']}様・{_w73['given']}様ご夫妻は、ともにキリスト教
（プロテスタント・港南グレース教会）の信徒で、毎週日曜の礼拝に通っておられます。
この点を含め、実母の意向に最も沿う候補として選定いたしました。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の夫婦の信仰（宗教・信条）を社外へ: 要配慮個人情報",
)

# 074 pass — venue booking with a non-discrimination statement (no person)
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["南浦市 港南地区センター <konan-center@city.minamiura.lg.jp>"],
    subject="会議室の利用申請（説明会・1/17）",
    charset="utf-8",
    body=f"""港南地区センター ご担当者様

お世話になっております。日の出産業 養子縁組支援室の小野寺です。
下記のとおり会議室の利用を申請いたします。

- 日時：2026年1月17日（土）13:00〜16:00
- 部屋：第1会議室（定員30名）
- 目的：特別養子縁組・里親制度の説明会（参加無料）
- 備考：営利・宗教・政治活動ではありません。参加は宗教・信条・国籍を問わず
        どなたでも可能です。

申請書の様式があればお送りください。
{SIG_ONODERA}
""",
    entities=[],
    detectors=[],
    note="「宗教・信条」は一般的な記述で個人に結びつかない: 通常の施設予約",
)

# 075 stop — PDF draft opinion: birth father in prison (criminal record), to the law firm
_bf75 = person("M", 1986, 1992)
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川 透 <t.shirakawa@shirakawa-law.jp>"],
    subject="意見書（案）のご確認",
    charset="cp932",
    body=f"""白川先生

お世話になっております。加賀谷です。
実父の同意に関する意見書の案をPDFでお送りします。
表現に問題がないかご確認をお願いいたします。
{SIG_KAGAYA}
""",
    attachments=[{"kind": "pdf", "name": "意見書（案）_実父の同意について.pdf",
                  "title": "意見書（案）",
                  "lines": ["意 見 書（案）", "",
                            "1. 実父の状況",
                            f"　実父 {_bf75['name']}（{wareki(_bf75['y'], _bf75['m'], _bf75['d'])}生）は、",
                            "　令和5年に窃盗罪及び詐欺罪で懲役2年6月の判決を受け、現在 湊西刑務所 に服役中である。",
                            "　当室から2度にわたり書面で意向を確認したが、回答は得られていない。",
                            "2. 意見",
                            "　民法817条の6ただし書の要件について、以下のとおり意見を述べる。"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF: 実父の氏名・生年月日と犯罪歴・服役の事実: 一人でも要配慮個人情報",
)

# 076 pass — office relocation notice, partner organisations in Bcc
add(
    expect="pass",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["養子縁組支援室 <yoshi-info@hinode-sangyo.co.jp>"],
    bcc=["jimukyoku@satooya-net.or.jp", "fsw@asahi-nyujiin.or.jp", "msw@st-marta-hp.or.jp",
         "info@komorebi-shinri.jp", "t.shirakawa@shirakawa-law.jp", "info@hikari-ladies.jp"],
    subject="【ご案内】相談室移転のお知らせ",
    charset="iso-2022-jp",
    body=f"""関係機関の皆さま（BCCにて一斉送信しております）

平素より格別のご高配を賜り、厚く御礼申し上げます。
このたび、日の出産業株式会社 養子縁組支援室の相談室を下記に移転いたします。

　新住所：〒231-0023 横浜市中区山下町98-2 日の出山下ビル 5F
　　　　　（旧：同ビル 3F）
　業務開始：12月1日（月）
　電話・FAX番号に変更はございません。

今後ともよろしくお願い申し上げます。
{SIG_KAGAYA}
""",
    entities=[],
    detectors=[],
    note="関係機関は Bcc、To は社内のみ: 互いに見えない移転案内",
)

# 077 stop — XLSX: summary sheet + roster of six foster families, to the NPO
_rows77 = [["里親会 会員名簿（当室支援分）"], [], ["No", "氏名", "住所", "電話", "登録区分", "受託児童数"]]
for i in range(6):
    p = person(None, 1965, 1985)
    _rows77.append([i + 1, p["name"], f"〒{p['zip']} {p['addr']}", p["phone"],
                    rng.choice(["養育里親", "養子縁組里親", "専門里親"]), rng.randint(0, 2)])
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["里親ネットかながわ 会員担当 <kaiin@satooya-net.or.jp>"],
    subject="会員登録の取りまとめ（当室支援世帯）",
    charset="utf-8",
    body=f"""里親ネットかながわ 会員担当 様

お世話になっております。小野寺です。
里親会への入会を希望された世帯を取りまとめました。
「集計」シートは世帯数のみ、「名簿」シートが入会希望者です。
{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "入会希望世帯_当室支援分.xlsx",
                  "sheets": {"集計": [["区分", "世帯数"], ["養育里親", 3], ["養子縁組里親", 2], ["専門里親", 1]],
                             "名簿": _rows77}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSXの2枚目のシートに6世帯の氏名・住所・電話: 名簿",
)

# 078 stop — CP932 CSV with two lecturers' My Numbers, to the tax accountants
_rows78 = [["氏名", "フリガナ", "住所", "個人番号", "支払区分", "支払金額"]]
for _ in range(2):
    p = person(None, 1960, 1975)
    _rows78.append([p["name"], p["kana"], p["addr"], next_my_number(), "講演料", rng.choice([110000, 55000])])
add(
    expect="stop",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["みなと税理士法人 担当 岩崎様 <iwasaki@minato-tax.jp>"],
    subject="報酬の支払調書（外部講師2名分）",
    charset="cp932",
    body=f"""みなと税理士法人
岩崎様

いつもお世話になっております。日の出産業の浜崎です。
研修の外部講師2名分の支払調書作成用データをCSVでお送りします。
番号確認書類の写しは別途郵送いたします。
{SIG_HAMASAKI}
""",
    attachments=[{"kind": "csv", "name": "支払調書_講師.csv", "encoding": "cp932", "rows": _rows78}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="CSVに講師2名のマイナンバー: 人数によらずマイナンバーは送信不可",
)

# 079 pass — reply; the My Number appears only in the quoted text
_mn79 = next_my_number()
add(
    expect="pass",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["みなと税理士法人 担当 岩崎様 <iwasaki@minato-tax.jp>"],
    subject="Re: 支払調書の記載内容の確認",
    charset="cp932",
    body=f"""岩崎様

ご確認ありがとうございます。浜崎です。
ご指摘の1名について、番号の誤りがないことを当方でも確認しました。
そのまま提出をお願いいたします。

浜崎

> 日の出産業 浜崎様
>
> 支払調書の件、1名分の番号が番号確認書類の写しと一致するか念のため
> ご確認ください。
>   氏名：仁科 律子 様
>   個人番号：{_mn79[:4]} {_mn79[4:8]} {_mn79[8:]}
>
> みなと税理士法人 岩崎
""",
    entities=[],
    detectors=[],
    note="マイナンバーは相手からの引用（>）の中だけ: 新しい本文は確認の返答のみ",
)

# 080 stop — text + HTML pick-up schedule of five families, to the transport partner
_f80 = [person(None, 1975, 1990) for _ in range(5)]
_times80 = ["8:30", "8:50", "9:15", "9:40", "10:05"]
_txt80 = "\n".join(f"{t}  {p['name']} 様  {p['addr']}  TEL {p['phone']}" for t, p in zip(_times80, _f80))
_html80 = "\n".join(f"<tr><td>{t}</td><td>{p['name']} 様</td><td>{p['addr']}</td><td>{p['phone']}</td></tr>"
                    for t, p in zip(_times80, _f80))
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="11/22 研修 送迎のお願い（5件）",
    charset="utf-8",
    body=f"""青葉運輸株式会社 配車センター 御中

いつもお世話になっております。日の出産業の小野寺です。
11月22日の研修の送迎を下記のとおりお願いします（行き先はすべて弊社です）。

{_txt80}

よろしくお願いいたします。
{SIG_ONODERA}
""",
    html=f"""<html><body>
<p>青葉運輸株式会社 配車センター 御中</p>
<p>いつもお世話になっております。日の出産業の小野寺です。<br>
11月22日の研修の送迎を下記のとおりお願いします（行き先はすべて弊社です）。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>迎え時刻</th><th>お名前</th><th>迎え先住所</th><th>電話</th></tr>
{_html80}
</table>
<p>よろしくお願いいたします。<br>小野寺 春香<br>日の出産業株式会社 養子縁組支援室</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="テキスト＋HTML表: 5家族の氏名・自宅住所・電話を運送会社へ",
)

# 081 pass — one family's pick-up from a hospital (business address), one mobile number
_p81 = person("F", 1980, 1988)
add(
    expect="pass",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="送迎車の手配（10/30 病院→乳児院）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 配車センター ご担当者様

お世話になっております。日の出産業の森本です。
下記の送迎をお願いいたします（チャイルドシート1台要）。

　日時　　10月30日（木）10:00 お迎え
　お迎え　聖マルタ病院 正面玄関（横浜市中区山手町112）
　行き先　あさひ乳児院（横浜市磯子区杉田5-31-2）
　ご利用　{_p81['name']} 様（当日の連絡先 {_p81['phone']}）、弊社森本の計2名

よろしくお願いいたします。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="一人の利用者の氏名・携帯のみ。住所は病院・施設（事業所）: 5人未満で送信可",
)

# 082 stop — one applicant's health check result in a sentence, to an external doctor
_p82 = person("F", 1979, 1986, sur=("五百旗頭", "イオキベ", "Iokibe"))
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["かえでクリニック 院長 楠先生 <kusunoki@kaede-clinic.jp>"],
    subject="登録審査における健康面のご意見のお願い",
    charset="utf-8",
    body=f"""楠先生

いつも審査会にご協力いただきありがとうございます。加賀谷です。
次回審査対象の{_p82['name']}様について、事前にご意見を伺いたくご連絡しました。

提出された健康診断書では HbA1c 8.1%、空腹時血糖 162mg/dL で、2型糖尿病として
内服治療中との記載があります。ご本人は「コントロールは改善傾向」とのことですが、
乳児の養育にあたり配慮すべき点があればご教示ください。
{SIG_KAGAYA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="申込者一人の氏名と健康診断結果・病名を社外の医師へ: 要配慮個人情報",
)

# 083 either — the recipient's husband's re-examination note, sent to the wife's free mail
add(
    expect="either",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["setoguchi.chihiro@gmail.com"],
    subject="健康診断書について（ご確認のお願い）",
    charset="iso-2022-jp",
    body=f"""瀬戸口 千尋 様

いつもお世話になっております。森本です。
ご提出いただいた健康診断書のうち、ご主人の瀬戸口 亮 様の分で
肝機能（γ-GTP）の再検査の指示がありました。

審査の都合上、再検査の結果（受診されていれば）を11月中にご提出いただけますと
助かります。ご主人にもお伝えいただけますでしょうか。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="夫の健診再検査（要配慮）を、提出した本人である妻のフリーメールへ: 判断が分かれる",
)

# 084 pass — DOCX draft NDA (clauses about 機密情報, no marking), to the vendor
add(
    expect="pass",
    sender="藤堂 怜 <r.todo@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 福永様 <fukunaga@tsubasa-system.jp>"],
    subject="Re: 秘密保持契約書（案）の送付",
    charset="utf-8",
    body=f"""福永様

お待たせしました。藤堂です。
秘密保持契約書の案をお送りします。修正があれば変更履歴でお願いします。
{SIG_TODO}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_ツバサシステム.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                      "ケース管理システム更改に関し、次のとおり契約を締結する。",
                      "第1条（目的）本契約は、甲乙間で開示される機密情報の取扱いを定めることを目的とする。",
                      "第2条（機密情報の定義）機密情報とは、開示の際に秘密である旨を明示した情報、"
                      "及び甲が保有する相談者・養親希望者等の個人情報をいう。",
                      "第3条（秘密保持義務）乙は、機密情報を善良なる管理者の注意をもって管理し、第三者に開示しない。",
                      "第4条（返還・消去）契約終了時、乙は機密情報を返還又は消去し、その旨を書面で証明する。",
                      "第5条（有効期間）本契約の有効期間は締結日から3年間とする。",
                  ]}],
    entities=[],
    detectors=[],
    note="秘密保持契約書の案（条文中の「機密情報」は定義語で区分表示ではない）",
)

# 085 stop — English draft agreement, DOCX header "CONFIDENTIAL"
add(
    expect="stop",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["Programs <programs@kinship-bridge.com>"],
    subject="Draft cooperation agreement for your review",
    charset="utf-8",
    body=f"""Hello,

Please find attached our draft of the cooperation agreement for the 2026
intercountry program. Tracked comments from our legal team are included.

Best regards,
{SIG_MANABE_EN}
""",
    attachments=[{"kind": "docx", "name": "Cooperation_Agreement_draft_v2.docx",
                  "title": "Cooperation Agreement (draft)",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "paragraphs": ["COOPERATION AGREEMENT (DRAFT v2)",
                                 "1. Purpose. The parties cooperate in intercountry adoption cases between Japan and ...",
                                 "2. Fees. The service fee schedule in Annex B applies.",
                                 "3. Reporting. Post-placement reports are exchanged every six months."]}],
    entities=[],
    detectors=["confidential_marking"],
    note="DOCXのヘッダに \"CONFIDENTIAL\" の区分表示がある文書を社外へ",
)

# 086 stop — five couple profiles in blocks, 和暦 full-width dates, one with asthma
_b86 = []
for i in range(5):
    h, w = couple(1976, 1990)
    health = "夫婦とも良好" if i != 2 else "妻：気管支喘息で吸入治療中（発作は年1回程度）"
    _b86.append(f"""■候補{fw(str(i + 1))}
　夫　{h['name']}（{wareki(h['y'], h['m'], h['d'], 'fwshort')}生）　{rng.choice(['会社員', '自営業', '公務員', '薬剤師'])}
　妻　{w['name']}（{wareki(w['y'], w['m'], w['d'], 'fwshort')}生）　{rng.choice(['会社員', '専業主婦', '看護師', 'パート'])}
　居住　{h['city']}　／　健康状態：{health}""")
_blocks86 = "\n".join(_b86)
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["かえでクリニック 臨床心理士 荻野様 <ogino@kaede-clinic.jp>"],
    subject="マッチング会議（11/5）候補者概要",
    charset="iso-2022-jp",
    body=f"""荻野 様

いつもマッチング会議にご参加いただきありがとうございます。森本です。
11月5日の会議で検討する候補者の概要をお送りします。

{_blocks86}

詳細資料は当日お配りします。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="5組のブロック: 氏名・全角和暦の生年月日（Ｓ／Ｈ）・職業と一人の病歴: 名簿かつ要配慮",
)

# 087 pass — training timetable to an external lecturer (no people)
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["えがお子育て研究所 講師 <koushi@egao-kosodate.jp>"],
    subject="養親研修（第3回）の時間割と会場",
    charset="utf-8",
    body=f"""えがお子育て研究所
ご担当講師 様

来月の研修ではお世話になります。小野寺です。
当日の時間割と会場をお知らせします。

| 時間        | 内容                               | 担当       |
|-------------|------------------------------------|------------|
| 10:00-10:10 | 開会・オリエンテーション            | 当室       |
| 10:10-11:40 | 乳幼児の発達とアタッチメント         | 講師       |
| 11:40-12:30 | 昼食                               |            |
| 12:30-14:00 | 真実告知（テリング）の考え方         | 講師       |
| 14:00-14:30 | 質疑応答・アンケート                | 当室       |

会場：日の出山下ビル 5F 研修室（プロジェクター・マイクあり）
受講者は12名の予定です。
{SIG_ONODERA}
""",
    entities=[],
    detectors=[],
    note="研修の時間割と会場のみ: 個人データなし",
)

# 088 stop — PDF internal audit report stamped 部外秘, to the audit firm
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["青空監査法人 業務監査部 <gyomu@aozora-audit.jp>"],
    subject="内部監査結果報告書の送付",
    charset="utf-8",
    body=f"""青空監査法人 業務監査部 ご担当者様

お世話になっております。日の出産業の加賀谷です。
外部評価の事前資料として、当室の内部監査結果報告書をお送りします。
{SIG_KAGAYA}
""",
    attachments=[{"kind": "pdf", "name": "内部監査結果報告書_養子縁組支援室.pdf",
                  "title": "内部監査結果報告書",
                  "page_header": "部外秘",
                  "lines": ["内部監査結果報告書（養子縁組支援室）", "",
                            "1. 監査期間：2025年7月1日〜8月29日",
                            "2. 指摘事項：記録の保存期間の規程と運用の不一致（1件）",
                            "3. 改善提案：相談記録の電子化に伴うアクセス権限の見直し",
                            "4. 総合評価：概ね適正"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="PDFのヘッダに「部外秘」の区分表示: 個人データはないが保留",
)

# 089 pass — Outlook-style quoted header; the child's medical details are only quoted
_c89 = person("F", 2024, 2024)
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["聖マルタ病院 小児科外来 <shonika@st-marta-hp.or.jp>"],
    subject="RE: 次回受診日について",
    charset="cp932",
    body=f"""小児科外来 ご担当者様

ご連絡ありがとうございます。小野寺です。
次回は11月12日（水）10時で承知しました。当日は里親さんと伺います。

よろしくお願いいたします。
小野寺

差出人: 聖マルタ病院 小児科外来 <shonika@st-marta-hp.or.jp>
送信日時: 2025年10月28日 15:22
宛先: 小野寺 春香 <h.onodera@hinode-sangyo.co.jp>
件名: 次回受診日について

日の出産業 小野寺様

{_c89['name']}ちゃん（{_c89['dob']}生）の件です。
先日の心エコーで卵円孔開存の所見がありましたが、経過観察で問題ありません。
次回受診は11月12日（水）10時でいかがでしょうか。

聖マルタ病院 小児科外来
""",
    entities=[],
    detectors=[],
    note="新しい本文は日程の承諾のみ。病歴は「差出人: … 送信日時: …」以下の引用部分",
)

# 090 stop — reply where the new text adds a birth mother's hepatitis carrier status
_bm90 = person("F", 1997, 2001)
add(
    expect="stop",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["聖マルタ病院 産科病棟 <sanka@st-marta-hp.or.jp>"],
    subject="Re: 入院時の情報共有について",
    charset="iso-2022-jp",
    body=f"""産科病棟 助産師 川端様

ご連絡ありがとうございます。佐久間です。
追加でお伝えしておくべきことがあります。

{_bm90['name']}さん（{wareki(_bm90['y'], _bm90['m'], _bm90['d'], 'fwkanji')}生）は、以前の
面談で「Ｂ型肝炎のキャリアと言われたことがある」と話されていました。
また、昨年まで睡眠薬を処方されていたそうです。分娩時の対応にお役立てください。

佐久間

> 日の出産業 佐久間様
> 来週入院予定の方について、事前に把握しておくべき事項があれば
> お知らせください。
> 川端
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="返信の新しい本文に実母の氏名・全角和暦の生年月日とB型肝炎キャリア・服薬歴: 要配慮",
)

# 091 stop — the ethnic origin of a child's birth father, to an applicant on Outlook.jp
add(
    expect="stop",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["oikawa.naoki.m@outlook.jp"],
    subject="お子さんのルーツについて（面談前のお知らせ）",
    charset="utf-8",
    body=f"""及川 様

森本です。来週の面談の前に、ご理解いただきたいことがあり、ご連絡しました。

ご紹介を検討しているお子さん（あさひ乳児院にいる はるき くん、1歳3か月）の
実父は、ネパール出身のグルン民族の方です。実母からは、お子さんが成長したときに
自分のルーツを知ることができるよう、民族の文化や言葉に触れる機会を持たせて
ほしいとの希望が出ています。

この点についてのお考えも、面談でお聞かせください。
{SIG_MORIMOTO}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="特定できる児童（名・月齢・在籍施設）の実父の民族的出自（人種・民族）をフリーメールへ",
)

# 092 pass — home-visit schedule to an adoptive couple, both on the same free-mail domain
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["kadowaki.shun@gmail.com", "kadowaki.mai.0707@gmail.com"],
    subject="委託後1か月の家庭訪問について",
    charset="iso-2022-jp",
    body=f"""門脇 様（ご夫妻）

お子さんとの生活が始まって、もうすぐ1か月ですね。小野寺です。
委託後の家庭訪問の日程をご相談させてください。

　候補① 11月4日（火）10:00〜
　候補② 11月6日（木）14:00〜
　候補③ 11月8日（土）10:00〜

所要時間は1時間ほどです。お子さんのお昼寝の時間などもあると思いますので、
ご都合のよい時間帯があれば遠慮なくお知らせください。
{SIG_ONODERA}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="同じ家族の2名（同一フリーメールドメイン）への訪問日程: 3者以上ではない",
)

# 093 stop — lawyer, family court and the birth mother (gmail) all visible in To/Cc
add(
    expect="stop",
    sender="加賀谷 慎一 <s.kagaya@hinode-sangyo.co.jp>",
    to=["白川 透 <t.shirakawa@shirakawa-law.jp>"],
    cc=["港川家庭裁判所 家事第二係 <kaji2@minatogawa-kasai.go.jp>", "hsmnm.0602@gmail.com"],
    subject="同意確認の面談日程について",
    charset="iso-2022-jp",
    body=f"""白川先生
（cc：家庭裁判所 寺西様、ご本人様）

お世話になっております。加賀谷です。
同意の確認のための面談について、日程を以下のとおり調整いたしました。

　日時：11月11日（火）14:00〜15:00
　場所：白川法律事務所 会議室

ご本人様には、当日お一人で来ていただいて構いません。
交通費は当室で負担いたします。
{SIG_KAGAYA}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="法律事務所・家裁・実母本人（フリーメール）の3者が To/Cc で互いに見える",
)

# 094 pass — internal forward of an overseas partner's mail with passport numbers
_h94, _w94 = couple(1981, 1988)
add(
    expect="pass",
    sender="Ken Manabe <k.manabe@hinode-sangyo.co.jp>",
    to=["森本 結衣 <y.morimoto@hinode-sangyo.co.jp>"],
    subject="FW: Passport details mismatch - JP-HS-121",
    charset="utf-8",
    body=f"""森本さん

真鍋です。先方から旅券番号の不一致の指摘がありました。
申込者に確認をお願いできますか（社内限り）。

-----Original Message-----
From: Intake Team <intake@bridgehome-adoption.org>
Sent: Monday, October 20, 2025 11:05 PM
To: Ken Manabe <k.manabe@hinode-sangyo.co.jp>
Subject: Passport details mismatch - JP-HS-121

Dear Ken,

The passport numbers in the dossier do not match the certified copies:
  {_h94['romaji'].upper()} (DOB {_h94['dob_iso']}): dossier TK{rng.randint(1000000, 9999999)}, copy TK{rng.randint(1000000, 9999999)}
  {_w94['romaji'].upper()} (DOB {_w94['dob_iso']}): dossier TR{rng.randint(1000000, 9999999)}, copy TR{rng.randint(1000000, 9999999)}

Please confirm which is correct.
Intake Team
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=[],
    note="旅券番号を含む海外機関のメールの転送だが、宛先は社内のみ",
)

# 095 stop — plain ZIP: a harmless DOCX plus a PDF stamped 取扱注意
add(
    expect="stop",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["里親ネットかながわ 事務局 <jimukyoku@satooya-net.or.jp>"],
    subject="研修資料一式（講師打合せ用）",
    charset="utf-8",
    body=f"""里親ネットかながわ 事務局 ご担当者様

小野寺です。講師打合せで使う資料一式をZIPでお送りします。
（パスワードはかけていません）
{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "研修資料一式_1122.zip", "files": [
        {"kind": "docx", "name": "研修進行表.docx",
         "paragraphs": ["研修進行表", "10:00 開会", "10:10 講義", "12:00 昼食", "13:00 グループワーク"]},
        {"kind": "pdf", "name": "事例集_研修用.pdf", "title": "事例集（研修用）",
         "page_header": "取扱注意（研修参加者限り）",
         "lines": ["事例集（研修用・架空事例を含む）", "",
                   "事例1：委託直後の夜泣きへの対応",
                   "事例2：小学校入学時の真実告知",
                   "事例3：実親との交流を求める思春期の子ども"]},
    ]}],
    entities=[],
    detectors=["confidential_marking"],
    note="ZIP内のPDFのヘッダに「取扱注意」の区分表示",
)

# 096 pass — ZIP of brochure text and a blank application form (labels, no data)
add(
    expect="pass",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="入稿データ（パンフレット・申込書）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 制作部 ご担当者様

お世話になっております。小野寺です。
パンフレット本文と、綴じ込みの申込書（空欄の様式）の原稿をZIPでお送りします。
レイアウトは前回と同じでお願いします。
{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "入稿データ_1024.zip", "files": [
        {"kind": "docx", "name": "パンフレット本文.docx",
         "paragraphs": ["あなたの「育てたい」を応援します", "特別養子縁組・里親のご相談は日の出産業 養子縁組支援室へ",
                        "説明会は毎月第3土曜日に開催しています。"]},
        {"kind": "docx", "name": "養親希望者申込書（様式1）.docx",
         "paragraphs": ["養親希望者登録申込書（様式1）", "記入日：　　年　　月　　日"],
         "tables": [[["項目", "夫", "妻"], ["氏名", "", ""], ["フリガナ", "", ""], ["生年月日", "　年　月　日", "　年　月　日"],
                     ["住所", "〒", ""], ["電話番号", "", ""], ["メールアドレス", "", ""], ["職業", "", ""]]]},
    ]}],
    entities=[],
    detectors=[],
    note="空欄の申込書様式（項目名のみ）とパンフ本文: 個人データなし",
)

# 097 stop — corrupt DOCX to the counselling office
add(
    expect="stop",
    sender="佐久間 理沙 <r.sakuma@hinode-sangyo.co.jp>",
    to=["こもれび心理相談室 秋吉様 <akiyoshi@komorebi-shinri.jp>"],
    subject="面接記録の様式（修正版）",
    charset="cp932",
    body=f"""秋吉様

佐久間です。面接記録の様式を修正しましたので、差し替えをお願いします。
{SIG_SAKUMA}
""",
    attachments=[{"kind": "corrupt", "name": "面接記録様式_修正版.docx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="壊れたDOCXの添付: 検査できない",
)

# 098 pass — court schedule and case number only, to the law firm
add(
    expect="pass",
    sender="森本 結衣 <y.morimoto@hinode-sangyo.co.jp>",
    to=["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
    subject="期日のご連絡（令和7年（家）第214号）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所 事務局 今井様

お世話になっております。森本です。
本件（特別養子適格の確認及び特別養子縁組成立の申立事件）について、
家庭裁判所から次回期日の連絡がありましたので共有いたします。

　事件番号：令和7年（家）第214号、第215号
　期日　　：12月3日（水）午前10時30分
　場所　　：港川家庭裁判所 本庁 3階 家事調停室

白川先生のご予定の確認をお願いいたします。
{SIG_MORIMOTO}
""",
    entities=[],
    detectors=[],
    note="事件番号と期日のみ: 個人のデータなし",
)

# 099 stop — bank transfer list of six foster parents, full-width-space padded columns
_r99 = []
for _ in range(6):
    p = person(None, 1962, 1985)
    _r99.append(f"{p['kana']:　<12}{rng.choice(['みどり銀行', 'さくら信用金庫', 'かもめ銀行']):　<8}"
                f"{rng.choice(['横浜中央', '港北', '藤沢', '相模大野', '戸塚']):　<6}普通　{rng.randint(1000000, 9999999)}　"
                f"{yen(rng.choice([90000, 90000, 141000, 50000]))}円")
_cols99 = "\n".join(_r99)
add(
    expect="stop",
    sender="浜崎 徹 <t.hamasaki@hinode-sangyo.co.jp>",
    to=["みどり銀行 横浜中央支店 法人営業 <hojin-yokohama@midori-ginko.co.jp>"],
    subject="10月分 里親手当 総合振込の明細",
    charset="cp932",
    body=f"""みどり銀行 横浜中央支店
法人営業 ご担当者様

いつもお世話になっております。日の出産業の浜崎です。
10月分の総合振込の明細をお送りします。データ伝送がエラーになったため、
本メールの内容で手入力をお願いできますでしょうか。

受取人名（カナ）　　　　　金融機関　　　　支店　　　　口座番号　　　金額
―――――――――――――――――――――――――――――――――――――――――
{_cols99}

振込指定日：10月31日
{SIG_HAMASAKI}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="全角スペースで揃えた6人の氏名（カナ）と口座番号の一覧を銀行へ: 5人以上の名簿",
)

# 100 either — five training completers' names and completion dates, to the prefecture
_l100 = "\n".join(f"　{i + 1}．{p['name']}（{p['city']}）　修了日 令和7年9月{rng.randint(20, 28)}日"
                  for i, p in enumerate(person(None, 1970, 1990) for _ in range(5)))
add(
    expect="either",
    sender="小野寺 春香 <h.onodera@hinode-sangyo.co.jp>",
    to=["神奈川県 子ども家庭課 <kodomokatei@pref-kanagawa.lg.jp>"],
    subject="養親研修 修了者の報告（令和7年度 第2期）",
    charset="iso-2022-jp",
    body=f"""神奈川県 子ども家庭課 ご担当者様

お世話になっております。日の出産業 養子縁組支援室の小野寺です。
令和7年度第2期の養親研修の修了者を、下記のとおりご報告いたします。

{_l100}

修了証の写しは郵送いたします。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="5人の氏名と市区町村・修了日のみ（連絡先なし）を行政へ: 名簿とみるか判断が分かれる",
)
