"""Blind evaluation corpus — area ``dd``: M&A and due diligence.

買収監査（財務・法務・人事 DD）、データルーム、従業員名簿・給与台帳・労務リスク、秘密保持契約、
弁護士・会計士・FA とのやり取り、取締役会資料、プレスリリース前の情報管理。

Everything here is invented: the people, the companies outside the brief's partner list,
the numbers and the addresses.  It was written blind, from BRIEF.md, build.py and SPEC.md
only (never from mailguard's code, rules or tests).  My Numbers come from
``build.my_number(SEED + k)`` and card numbers from ``build.card_number(SEED + k)``.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 31601
rng = random.Random(SEED)

_MN_K = 0
_CARD_K = 0


def next_my_number() -> str:
    global _MN_K
    v = my_number(SEED + _MN_K)
    _MN_K += 1
    return v


def next_card() -> str:
    global _CARD_K
    v = card_number(SEED + _CARD_K)
    _CARD_K += 1
    return v


# --- invented people -------------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四十物", "アイモノ", "Aimono"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("五十嵐", "イガラシ", "Igarashi"),
    ("袴田", "ハカマタ", "Hakamata"), ("鈴村", "スズムラ", "Suzumura"),
    ("榊原", "サカキバラ", "Sakakibara"), ("杉浦", "スギウラ", "Sugiura"),
    ("大石", "オオイシ", "Oishi"), ("内山", "ウチヤマ", "Uchiyama"), ("天野", "アマノ", "Amano"),
    ("栗田", "クリタ", "Kurita"), ("野末", "ノズエ", "Nozue"), ("一寸木", "チョッキ", "Chokki"),
    ("鵜飼", "ウカイ", "Ukai"), ("海老原", "エビハラ", "Ebihara"), ("影山", "カゲヤマ", "Kageyama"),
    ("望月", "モチヅキ", "Mochizuki"), ("竹腰", "タケコシ", "Takekoshi"), ("斉木", "サイキ", "Saiki"),
    ("河合", "カワイ", "Kawai"), ("夏目", "ナツメ", "Natsume"), ("戸田", "トダ", "Toda"),
    ("八木橋", "ヤギハシ", "Yagihashi"), ("小柳", "コヤナギ", "Koyanagi"), ("名倉", "ナグラ", "Nagura"),
]
MEI = [
    ("大輔", "ダイスケ", "Daisuke"), ("智子", "トモコ", "Tomoko"), ("健一", "ケンイチ", "Kenichi"),
    ("由美", "ユミ", "Yumi"), ("翔太", "ショウタ", "Shota"), ("美穂", "ミホ", "Miho"),
    ("拓也", "タクヤ", "Takuya"), ("恵", "メグミ", "Megumi"), ("直樹", "ナオキ", "Naoki"),
    ("彩", "アヤ", "Aya"), ("浩二", "コウジ", "Koji"), ("真由美", "マユミ", "Mayumi"),
    ("誠", "マコト", "Makoto"), ("千尋", "チヒロ", "Chihiro"), ("隆", "タカシ", "Takashi"),
    ("沙織", "サオリ", "Saori"), ("和也", "カズヤ", "Kazuya"), ("陽子", "ヨウコ", "Yoko"),
    ("修", "オサム", "Osamu"), ("亜希子", "アキコ", "Akiko"), ("勇気", "ユウキ", "Yuki"),
    ("里奈", "リナ", "Rina"), ("幸平", "コウヘイ", "Kohei"), ("紀子", "ノリコ", "Noriko"),
    ("敦", "アツシ", "Atsushi"), ("麻衣", "マイ", "Mai"), ("昌弘", "マサヒロ", "Masahiro"),
    ("久美子", "クミコ", "Kumiko"), ("徹", "トオル", "Toru"), ("瑞穂", "ミズホ", "Mizuho"),
]

_used_names: set[tuple[str, str]] = set()


def people(n: int) -> list[dict]:
    """n invented people, never the same full name twice in the corpus."""
    out = []
    while len(out) < n:
        s = rng.choice(SEI)
        m = rng.choice(MEI)
        if (s[0], m[0]) in _used_names:
            continue
        _used_names.add((s[0], m[0]))
        out.append({"sei": s[0], "mei": m[0], "kana": f"{s[1]} {m[1]}",
                    "name": f"{s[0]} {m[0]}", "name_nosp": f"{s[0]}{m[0]}",
                    "romaji": f"{m[2]} {s[2]}", "romaji_jp": f"{s[2].upper()} {m[2]}",
                    "login": f"{m[2][0].lower()}.{s[2].lower()}"})
    return out


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def landline() -> str:
    return f"053-{rng.randrange(400, 480)}-{rng.randrange(1000, 10000)}"


def dob(y0: int, y1: int) -> _dt.date:
    return _dt.date(rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def day(y: int, y1: int | None = None) -> _dt.date:
    return dob(y, y1 or y)


_ERAS = [(_dt.date(2019, 5, 1), "令和", "R"), (_dt.date(1989, 1, 8), "平成", "H"),
         (_dt.date(1926, 12, 25), "昭和", "S")]

_ZEN = str.maketrans("0123456789-.:/() ", "０１２３４５６７８９－．：／（）　")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    for start, kanji, letter in _ERAS:
        if d >= start:
            y = d.year - start.year + 1
            break
    if style == "kanji":
        return f"{kanji}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{letter}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{letter}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "zenkanji":
        return zen(f"{kanji}{y}年{d.month}月{d.day}日")
    raise ValueError(style)


def wpad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count two), as people align columns."""
    w = sum(1 if ord(c) < 0x2000 else 2 for c in s)
    return s + " " * max(1, width - w)


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


_PLACES = [
    ("静岡県浜松市中央区", ["高林", "曳馬", "佐鳴台", "富塚町", "上島", "和合町", "鴨江", "小豆餅"], "43"),
    ("静岡県浜松市浜名区", ["小松", "中瀬", "貴布祢", "平口"], "434-"),
    ("静岡県磐田市", ["中泉", "見付", "今之浦", "豊田"], "438-"),
    ("静岡県湖西市", ["鷲津", "新居町新居", "古見"], "431-"),
    ("愛知県豊橋市", ["花田町", "牛川町", "向山町"], "440-"),
    ("静岡県袋井市", ["高尾", "方丈", "上山梨"], "437-"),
]


def address(with_zip: bool = True, chome: bool = None) -> str:
    city, towns, zp = rng.choice(_PLACES)
    town = rng.choice(towns)
    if zp.endswith("-"):
        z = f"{zp}{rng.randrange(0, 10000):04d}"
    else:
        z = f"{zp}{rng.randrange(0, 10)}-{rng.randrange(0, 10000):04d}"
    if chome is None:
        chome = rng.random() < 0.5
    if chome and not town.endswith("町"):
        num = f"{rng.randrange(1, 8)}丁目{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    else:
        num = f"{rng.randrange(100, 2500)}-{rng.randrange(1, 30)}"
    if rng.random() < 0.25:
        num += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グランシティ'])}{rng.choice(['佐鳴', '若葉', '浜名', 'ひかり'])}{rng.randrange(101, 412)}"
    a = f"{city}{town}{num}"
    return f"〒{z} {a}" if with_zip else a


def corporate_number(base12: str) -> str:
    """13-digit 法人番号: check digit in front of the 12-digit 会社法人等番号."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def bank_account() -> str:
    bank, branches = rng.choice([
        ("みどり銀行", ["浜松支店", "磐田支店", "浜松駅前支店"]),
        ("遠州信用金庫", ["本店営業部", "曳馬支店", "湖西支店"]),
        ("するが中央銀行", ["浜松中央支店", "袋井支店"]),
        ("ゆうちょ銀行", ["〇一八店", "二三八店"]),
    ])
    return f"{bank} {rng.choice(branches)} 普通 {rng.randrange(1000000, 9999999)}"


# --- the organisation's staff (senders) and their signatures ---------------------------

HQ = "〒103-0027 東京都中央区日本橋2-14-7 日の出ビル8F"

ISURUGI = "石動 圭介 <isurugi.keisuke@hinode-sangyo.co.jp>"
ONODERA = "小野寺 美咲 <onodera.misaki@hinode-sangyo.co.jp>"
NISHINA = "仁科 亮 <nishina.ryo@hinode-sangyo.co.jp>"
TSUCHIYA = "土屋 和恵 <tsuchiya.kazue@hinode-sangyo.co.jp>"
MAKABE = "真壁 直人 <makabe.naoto@hinode-sangyo.co.jp>"
HANYU = "羽生 さやか <hanyu.sayaka@hinode-sangyo.co.jp>"
USAMI = "宇佐美 玲子 <usami.reiko@hinode-sangyo.co.jp>"
SHIINA = "椎名 拓 <shiina.taku@hinode-sangyo.co.jp>"
KIRYU = "Masamichi Kiryu <kiryu.masamichi@hinode-sangyo.co.jp>"
KIRYU_JA = "桐生 正道 <kiryu.masamichi@hinode-sangyo.co.jp>"
OTOBE = "乙部 聡 <otobe.satoshi@hinode-sangyo.co.jp>"

SIG_ISURUGI = f"""
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
経営企画部 M&A推進室 室長
石動 圭介（Keisuke Isurugi）
{HQ}
TEL 03-6262-4180（直通） / 携帯 090-3318-7702
isurugi.keisuke@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONODERA = f"""
--
日の出産業株式会社 経営企画部 M&A推進室
小野寺 美咲
{HQ}
TEL：03-6262-4183　FAX：03-6262-4189
Mail：onodera.misaki@hinode-sangyo.co.jp"""

SIG_NISHINA = """
------------------------------------------------
日の出産業株式会社　人事部 労務課
仁科　亮（にしな　りょう）
TEL 03-6262-4211 / 内線 4211
nishina.ryo@hinode-sangyo.co.jp
------------------------------------------------"""

SIG_TSUCHIYA = f"""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 経理部 決算・税務グループ
土屋 和恵
{HQ}
TEL 03-6262-4230
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MAKABE = f"""
――――――――――――――――――――
日の出産業株式会社
法務部 法務グループ マネージャー
真壁 直人
{HQ}
TEL: 03-6262-4250  Mail: makabe.naoto@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_HANYU = """
--
日の出産業株式会社 広報IR部
羽生 さやか
TEL 03-6262-4300 / ir@hinode-sangyo.co.jp"""

SIG_USAMI = """
=============================
日の出産業株式会社
総務部 取締役会事務局
宇佐美 玲子
内線 4105 / TEL 03-6262-4105
============================="""

SIG_SHIINA = """
--
椎名 拓 / Taku Shiina
日の出産業株式会社 情報システム部
TEL 03-6262-4400"""

SIG_KIRYU = f"""
--
Masamichi Kiryu
Director & CFO, Hinode Sangyo Co., Ltd.
2-14-7 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-6262-4100"""

SIG_OTOBE = """
------------------------------
日の出産業株式会社 総務部
乙部 聡
TEL 03-6262-4110
------------------------------"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee(s). If you have received this e-mail in error, please notify
the sender immediately and delete it. Any unauthorised copying, disclosure or
distribution of the material in this e-mail is strictly forbidden."""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。本メールの宛先以外の方が受信された場合は、
誠に恐れ入りますが、送信者までご連絡のうえ、本メールを削除してくださいますようお願い申し上げます。
本メールの無断転用・開示・複製は固くお断りいたします。"""

# --- external parties ------------------------------------------------------------------

KISHI = "岸 瑞穂 <kishi@shirakawa-law.jp>"
SHIRAKAWA = "白川 透 <shirakawa@shirakawa-law.jp>"
MORITA = "森田 <morita@shirakawa-law.jp>"
TOTSUKA = "戸塚 雅人 <totsuka.m@ariake-kansa.jp>"
ASAMI = "浅見 洋子 <asami.y@ariake-kansa.jp>"
OGATA = "緒方 慎也 <ogata@marunouchi-cap.co.jp>"
ARAKAKI = "新垣 <arakaki@marunouchi-cap.co.jp>"
IDE = "井出 早苗 <ide@fujimi-sr.jp>"
YAGI = "八木 修一 <s.yagi@minato-seiko.co.jp>"
HORI = "堀 奈緒 <n.hori@minato-seiko.co.jp>"
TSUJIMOTO = "辻本 圭 <tsujimoto.kei@midori-ginko.co.jp>"
TAKACHIHO = "高千穂 <takachiho@tsubasa-system.jp>"
OSARAGI = "大仏 <osaragi@nishiki-insatsu.co.jp>"
SENGA = "千賀 <senga@kotonoha-pr.co.jp>"
WHITFIELD = "Daniel Whitfield <dwhitfield@pacificcrest-cap.com>"

_msgs: list[dict] = []


def add(**m) -> None:
    _msgs.append(m)


# =======================================================================================
# S1  従業員名簿 CSV (CP932) to the law firm
_p = people(28)
_rows = [["社員番号", "氏名", "フリガナ", "生年月日", "入社日", "所属", "住所", "電話番号"]]
for i, p in enumerate(_p):
    _rows.append([f"M{1040 + i * 7:05d}", p["name"], p["kana"], ymd(dob(1962, 2001)),
                  ymd(day(1986, 2024)), rng.choice(["製造1課", "製造2課", "品質保証課", "生産技術課", "営業部", "総務課", "購買課"]),
                  address(with_zip=False), rng.choice([mobile(), landline()])])
add(sender=ONODERA, to=[KISHI], cc=[SHIRAKAWA],
    subject="【Aurora】従業員名簿（人事DD用）のご送付",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
岸 先生

いつも大変お世話になっております。日の出産業の小野寺でございます。

対象会社より受領いたしました従業員名簿（2025年3月末時点）をお送りいたします。
本来であればデータルームにアップロードすべきところ、先方のVDRの容量上限に達しており
アップロードできなかったため、取り急ぎメールに添付いたしました。

人事DDのうち、有期契約社員の無期転換状況の確認にご利用ください。
なお正社員・契約社員の別は「所属」欄の備考に含まれておりませんので、
別途、雇用契約書一覧と突合いただけますと幸いです。

よろしくお願いいたします。
{SIG_ONODERA}""",
    attachments=[{"kind": "csv", "name": "従業員名簿_20250331.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="28-row employee roster (name, DOB, address, phone) in a CP932 CSV to the outside law firm")

# S2  給与台帳 XLSX without a name column, to the FA
def _ledger(year: int, n: int) -> list[list]:
    rows = [[f"ミナト精工株式会社　給与台帳（年間集計）　{year}年度"], [],
            ["社員番号", "等級", "生年月日", "基本給(月額)", "時間外手当(年計)", "賞与(年計)", "振込口座"]]
    for i in range(n):
        rows.append([f"{2000 + i * 3}", rng.choice(["J1", "J2", "S1", "S2", "M1", "M2"]),
                     ymd(dob(1965, 2002), "-"), rng.randrange(19, 48) * 10000,
                     rng.randrange(0, 160) * 5000, rng.randrange(40, 180) * 10000, bank_account()])
    return rows
add(sender=ISURUGI, to=[ARAKAKI], cc=[OGATA],
    subject="給与データ（Aurora）",
    charset="utf-8",
    body=f"""新垣さん

お疲れさまです。石動です。
昨日の打合せでご依頼のあった人件費の正常化分析用に、対象会社の給与台帳（2期分）を添付します。
氏名列は先方で削除済みとのことですが、社員番号は名簿と紐づいていますので取扱いにご注意ください。

シート「2024年度」「2023年度」それぞれ先頭2行はタイトルです。
{SIG_ISURUGI}""",
    attachments=[{"kind": "xlsx", "name": "Aurora_給与台帳_FY23-24.xlsx",
                  "sheets": {"2024年度": _ledger(2024, 22), "2023年度": _ledger(2023, 21)}}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="payroll ledger of 40+ employees without a name column (DOB, pay, bank account) to the FA")

# S3  未払残業の試算 — padded columns in the body, to the 社労士
_p = people(8)
_lines = ["社員番号  氏名            所属          月平均残業(h)  36協定超過月数  未払見込額(円)",
          "--------  --------------  ------------  -------------  --------------  --------------"]
for i, p in enumerate(_p):
    _lines.append(f"{30112 + i * 13:<8}  {wpad(p['name'], 14)}"
                  f"  {wpad(rng.choice(['製造1課', '製造2課', '物流課', '生産管理課']), 12)}"
                  f"{rng.randrange(450, 990) / 10:>13.1f}  {rng.randrange(2, 12):>14}  {rng.randrange(28, 190) * 10000:>14,}")
add(sender=NISHINA, to=[IDE],
    subject="Re: 未払残業代リスクの試算について",
    charset="iso-2022-jp",
    body=f"""富士見社会保険労務士法人
井出 様

お世話になっております。日の出産業 人事部の仁科です。
先日ご相談した対象会社（ミナト精工）の未払残業代の件、固定残業代を超過している社員を抽出しました。
賃金台帳と勤怠データから当方で試算したものですので、算定方法に誤りがないかご確認いただけますでしょうか。

{chr(10).join(_lines)}

※ 未払見込額は直近2年分（時効3年への移行前の分を含む）
※ 固定残業代（月30時間分）を控除後の金額です

特に上位3名は月80時間を超える月があり、安全配慮義務の観点からもご意見を伺えればと存じます。
{SIG_NISHINA}""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="8 named employees with overtime hours and unpaid-wage estimates, padded columns in the body, to the labour consultant")

# S4  休職者一覧 DOCX to the law firm (3 people, diagnoses)
_p = people(3)
add(sender=NISHINA, to=[KISHI],
    subject="休職者の状況について（人事DD 質問No.H-14 回答）",
    charset="cp932",
    body=f"""岸先生

いつもお世話になっております。日の出産業の仁科でございます。
質問No.H-14（長期休職者の有無および復職見込み）について、対象会社から回答がありましたので
一覧にまとめたWordファイルをお送りします。

3名とも私傷病休職で、うち1名は休職期間満了が近いため、退職扱いとなった場合の紛争リスクについて
ご見解をいただけますと幸いです。
{SIG_NISHINA}""",
    attachments=[{"kind": "docx", "name": "H-14_休職者一覧.docx",
                  "paragraphs": ["質問No.H-14 回答資料", "対象会社：ミナト精工株式会社　2025年4月1日現在", ""],
                  "tables": [[["氏名", "所属", "休職開始日", "傷病名", "休職期間満了日", "復職見込み"],
                              [_p[0]["name"], "生産技術課", "2024/06/10", "うつ病", "2025/06/09", "主治医意見待ち"],
                              [_p[1]["name"], "営業部", "2024/11/01", "適応障害", "2025/10/31", "リハビリ出社検討中"],
                              [_p[2]["name"], "製造2課", "2025/01/20", "腰椎椎間板ヘルニア（手術予定）", "2026/01/19", "未定"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="three named employees on sick leave with their diagnoses (要配慮個人情報) in a DOCX table to the law firm")

# S5  one employee's 労災 in running text
_p = people(1)[0]
add(sender=MAKABE, to=[SHIRAKAWA], cc=[KISHI],
    subject="対象会社における労災案件（係争可能性）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。法務部の真壁です。

マネジメントインタビューで判明した件をご報告いたします。
対象会社の製造1課に所属する{_p['name']}氏（{_p['kana']}、42歳）が、昨年9月にプレス機の作業中に
右手指を負傷し、現在も右示指の可動域制限と心因反応（PTSD様症状）で通院中とのことです。
労災認定済みですが、ご本人側が会社の安全配慮義務違反を理由に損害賠償請求を検討していると、
八木管理本部長から口頭で説明がありました。

SPAの表明保証（労務・訴訟）で個別に手当てすべきか、特別補償とすべきかご相談させてください。
{SIG_MAKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's injury and psychiatric symptoms in running text to the law firm: sensitive data of one person")

# S6  forwarded background check on a director of the target (criminal record)
_p = people(1)[0]
_d = dob(1958, 1966)
add(sender=ISURUGI, to=[OGATA],
    subject="FW: 【調査報告】対象会社役員に関する風評・反社チェック結果",
    charset="utf-8",
    body=f"""緒方さん

下記、調査会社からの速報です。価格交渉のスタンスにも影響しうるので共有します。
取締役の交代をクロージング条件に入れるべきか、明日の定例で議論させてください。

石動

---------- Forwarded message ---------
From: 東京リスクリサーチ 調査部 <report@tokyo-riskresearch.co.jp>
Date: 2025年4月14日(月) 18:02
Subject: 【調査報告】対象会社役員に関する風評・反社チェック結果
To: 石動 圭介 <isurugi.keisuke@hinode-sangyo.co.jp>

日の出産業株式会社
石動様

ご依頼いただきました標記調査につき、速報をお送りします。

■ 対象者：{_p['name']}（{_p['kana']}）
   生年月日：{_d.year}年{_d.month}月{_d.day}日
   役職：ミナト精工株式会社 取締役 営業本部長
■ 反社会的勢力との関係：該当情報なし
■ 刑事事件：2013年、前職在籍時に業務上横領罪で起訴され、
   懲役2年・執行猶予3年の有罪判決が確定（静岡地裁浜松支部）。
   新聞報道（地方紙2紙）あり。
■ 民事訴訟：該当なし

詳細は最終報告書にてご報告いたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (new text to the FA) of a background check: a named director's criminal conviction and DOB")

# S7  My Number of one person, to the tax advisor
_mn = next_my_number()
add(sender=TSUCHIYA, to=[ASAMI],
    subject="退職所得の源泉徴収票作成の件（湊社長分）",
    charset="cp932",
    body=f"""有明監査法人 税務部門
浅見様

お世話になっております。日の出産業の土屋です。
クロージング日付で対象会社の湊社長が退任され、役員退職慰労金が支給される予定です。
退職所得の源泉徴収票・特別徴収票の作成にあたり、必要事項をお知らせします。

　氏名　　　：湊　善之（ミナト　ヨシユキ）
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　住所　　　：静岡県浜松市中央区佐鳴台4丁目18-3
　勤続年数　：31年（1994年4月就任）
　支給予定額：金85,000,000円

退職所得の受給に関する申告書はご本人から回収済みです。
ご確認のほどよろしくお願いいたします。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="the target's president's My Number (and home address) to the external tax advisor")

# S8  基礎年金番号 of transferring employees, XLSX to the 社労士
_p = people(6)
_rows = [["転籍予定者　社会保険資格取得届 準備資料"], ["作成：日の出産業 人事部", "", "", "", "2025/05/12"],
         ["No", "氏名", "フリガナ", "生年月日", "基礎年金番号", "標準報酬月額", "被扶養者"]]
for i, p in enumerate(_p):
    _rows.append([i + 1, p["name"], p["kana"], wareki(dob(1968, 1999), "kanji"),
                  f"{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}",
                  rng.choice([260000, 300000, 340000, 380000, 410000]), rng.choice(["あり(2)", "なし", "あり(1)", "なし"])])
add(sender=NISHINA, to=[IDE],
    subject="転籍者の資格取得手続きのお願い",
    charset="iso-2022-jp",
    body=f"""井出様

お世話になっております。仁科です。
PMIの一環で、対象会社から当社へ転籍する6名の社会保険の資格取得手続きをお願いしたく、
準備資料を添付いたします。転籍日は2025年7月1日の予定です。

扶養家族の情報は、別途ご本人から扶養届を回収次第お送りします。
{SIG_NISHINA}""",
    attachments=[{"kind": "xlsx", "name": "転籍者_資格取得準備.xlsx", "sheets": {"転籍者": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="six transferring employees with 和暦 DOB and basic pension numbers in an XLSX to the labour consultant")

# S9  passport number of the target's president, bank KYC
add(sender=TSUCHIYA, to=[TSUJIMOTO],
    subject="本人確認書類の件（連帯保証人）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 ストラクチャードファイナンス部
辻本様

いつもお世話になっております。日の出産業の土屋でございます。
買収資金のブリッジローンに関し、対象会社の既存借入の保証解除までの間、湊社長に
連帯保証を継続いただく件で、本人確認資料の記載事項をご連絡いたします。
（運転免許証をお持ちでないとのことで、旅券での確認をお願いできればと存じます）

　氏名：湊 善之
　生年月日：1956年3月17日
　旅券番号：TK4829173
　有効期限：2031年8月22日
　住所：静岡県浜松市中央区佐鳴台4丁目18-3

旅券の写しは原本確認の際にご持参いたします。
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one person's passport number, DOB and home address to the bank: an identity document number")

# S10 在留カード numbers of technical interns, PDF table, to the law firm
_interns = [("NGUYEN VAN HUNG", "ベトナム"), ("TRAN THI MAI", "ベトナム"), ("PHAM DUC ANH", "ベトナム"),
            ("SANTOS MARIA LUZ", "フィリピン"), ("REYES JOHN PAUL", "フィリピン"),
            ("KHIN MYAT NOE", "ミャンマー"), ("LE QUANG VINH", "ベトナム")]
_table = [["No.", "氏名", "国籍・地域", "在留資格", "在留カード番号", "在留期間満了日", "生年月日"]]
for i, (nm, nat) in enumerate(_interns):
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    _table.append([str(i + 1), nm, nat, rng.choice(["技能実習2号ロ", "技能実習3号ロ", "特定技能1号"]),
                   f"{letters}{rng.randrange(10000000, 99999999)}{tail}", ymd(day(2025, 2027)), ymd(dob(1994, 2004))])
add(sender=MAKABE, to=[KISHI],
    subject="外国人材の在留資格確認（不法就労リスク）",
    charset="utf-8",
    body=f"""岸先生

お世話になっております。真壁です。
対象会社の外国人技能実習生・特定技能の在籍者一覧を、監理団体の台帳から転記したPDFで受領しました。
在留資格と実際の従事業務（プレス・溶接・検査）との整合性について、ご確認をお願いできますでしょうか。

特に特定技能の1名は、前職退職から入社までに空白期間があるため、在留期間の更新状況も気になっております。
{SIG_MAKABE}""",
    attachments=[{"kind": "pdf", "name": "外国人従業員一覧_在留カード.pdf", "title": "外国人従業員一覧",
                  "lines": ["ミナト精工株式会社　外国人従業員一覧（2025年4月1日現在）", ""],
                  "table": _table}],
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="seven foreign workers with residence card numbers and DOB in a PDF table to the law firm")

# S11 a credit card number in an expense finding, to the FDD team
_cc = next_card()
add(sender=TSUCHIYA, to=[TOTSUKA],
    subject="Re: 役員経費の精査（FDD 論点No.27）",
    charset="iso-2022-jp",
    body=f"""戸塚様

お世話になっております。土屋です。
論点No.27の件、対象会社の経理担当者に確認しました。

社長の個人カードで立替払いされた接待交際費が、毎月まとめて精算されています。
精算書に添付された利用明細のカード番号は {_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}（名義：YOSHIYUKI MINATO）で、
2023年度の精算額は合計 4,812,300円、うちゴルフ関連が約6割でした。
私的費用が含まれている可能性があるため、正常化調整の対象にするかご検討ください。

> 論点No.27：役員の立替経費精算の内容と、私的費用混入の有無をご確認ください。
> 有明監査法人 戸塚
{SIG_TSUCHIYA}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a person's full credit card number written into the new text of a reply to the audit firm")

# S12 kick-off mail with four outside firms in To
add(sender=ISURUGI,
    to=[SHIRAKAWA, TOTSUKA, OGATA, TAKACHIHO, "環境調査 担当 <dd-team@eco-survey.co.jp>"],
    subject="Project Aurora キックオフミーティングのご案内",
    charset="iso-2022-jp",
    body=f"""関係者各位

平素より大変お世話になっております。日の出産業の石動でございます。
この度はProject Aurora（案件名）のデューデリジェンスにご協力いただき誠にありがとうございます。
下記のとおりキックオフミーティングを開催いたしますので、ご出席のほどお願い申し上げます。

　日時：2025年4月7日（月）14:00～16:00
　場所：当社本社 8階 第2会議室（Teamsでの参加も可）
　議題：1. 案件概要とスケジュール
　　　　2. 各DDの調査範囲・重要性の基準
　　　　3. データルーム運用ルールとQ&Aの手順
　　　　4. 報告書の提出時期

ご出席者のお名前を4月3日（木）までにご返信ください。
{SIG_ISURUGI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five outside firms (law, audit, FA, IT, environmental) all visible in To: should have been Bcc")

# S13 management presentation logistics, target in To and three advisers in Cc
add(sender=ONODERA, to=[YAGI], cc=[OGATA, TOTSUKA, KISHI],
    subject="マネジメントプレゼンテーションの参加者について",
    charset="cp932",
    body=f"""ミナト精工株式会社
管理本部長 八木様

お世話になっております。日の出産業の小野寺でございます。
4月22日（火）のマネジメントプレゼンテーションについて、当社側の参加者は以下の5名となります。
ccに入っております各アドバイザーからも1～2名ずつ参加させていただく予定です。

・経営企画部 石動
・経営企画部 小野寺
・経理部 土屋
・人事部 仁科
・法務部 真壁

会場のプロジェクターとWi-Fiのご用意をお願いできますでしょうか。
{SIG_ONODERA}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="target company in To and FA, audit firm and law firm in Cc: four outside organisations see each other")

# S14 process letter to five bidders in To, with a marked PDF
add(sender=ISURUGI,
    to=["東邦ホールディングス 経営企画部 <corpdev@toho-hd.co.jp>",
        "大和田通商 事業開発室 <m-and-a@owada-tsusho.co.jp>",
        "Greenfield Japan Partners <deals@greenfield-jp.com>",
        "北斗キャピタル 投資部 <invest@hokuto-capital.co.jp>",
        "三晃物流 経営戦略部 <senryaku@sanko-butsuryu.co.jp>"],
    subject="Project Kestrel 一次入札プロセスレターのご送付",
    charset="iso-2022-jp",
    body=f"""各位

平素より格別のご高配を賜り厚く御礼申し上げます。
先般秘密保持契約をご締結いただきましたProject Kestrel（当社子会社の株式譲渡案件）につき、
一次入札のプロセスレターを添付にてお送りいたします。

意向表明書のご提出期限は2025年6月13日（金）正午です。
インフォメーション・メモランダムはデータルームに格納しておりますので、別途ご案内のIDでご確認ください。
{SIG_ISURUGI}""",
    attachments=[{"kind": "pdf", "name": "Kestrel_Process_Letter_Phase1.pdf",
                  "page_header": "STRICTLY PRIVATE & CONFIDENTIAL",
                  "title": "Project Kestrel - Process Letter",
                  "lines": ["Project Kestrel", "一次入札プロセスレター", "",
                            "1. 本プロセスの概要", "2. 意向表明書の記載事項（買収価格、資金調達方法、前提条件）",
                            "3. 提出期限：2025年6月13日（金）正午", "4. 問い合わせ窓口：売主FA", ""]}],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "confidential_marking"],
    note="five competing bidders all visible in To, and the process letter is stamped STRICTLY PRIVATE & CONFIDENTIAL")

# S15 three founding-family shareholders on free mail in To
add(sender=ISURUGI,
    to=["湊 静江 <shizue.minato.1951@yahoo.co.jp>", "湊 健太 <kenta.minato@gmail.com>",
        "湊 由美 <yumi-m0812@icloud.com>"],
    subject="株式譲渡契約書ご署名の日程について",
    charset="iso-2022-jp",
    body=f"""湊 静江 様
湊 健太 様
湊 由美 様

突然のご連絡失礼いたします。日の出産業株式会社の石動と申します。
ミナト精工株式会社の株式譲渡の件では、善之社長を通じて大変お世話になっております。

株式譲渡契約書へのご署名・ご捺印を、下記いずれかの日程でお願いできればと存じます。
ご都合のよい日時をご返信いただけますと幸いです。

　① 5月26日（月）10:00～
　② 5月27日（火）15:00～
　③ 5月29日（木）13:00～
　場所：白川法律事務所（東京都千代田区）または浜松市内の会議室

当日はご実印と印鑑登録証明書（発行後3か月以内）をご持参ください。
{SIG_ISURUGI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private shareholders on three free-mail addresses all visible in To: should have been Bcc")

# S16 look-alike of the partner law firm (l -> i)
add(sender=MAKABE, to=["岸 瑞穂 <kishi@shirakawa-iaw.jp>"],
    subject="Re: 法務DD報告書（ドラフト）へのコメント",
    charset="iso-2022-jp",
    body=f"""岸先生

お世話になっております。真壁です。
ドラフトを拝見しました。以下3点、コメントいたします。

1. 第4章（重要な契約）：取引基本契約のCoC条項の一覧に、川崎電機との契約が漏れているようです。
2. 第6章（知的財産）：職務発明規程の未整備について、リスク評価を「中」とした理由をご教示ください。
3. エグゼクティブサマリー：表明保証で手当てする事項と価格調整で手当てする事項を分けて記載いただけますか。

金曜日の定例までにご修正版をいただけますと助かります。
{SIG_MAKABE}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-iaw.jp is a look-alike of the partner shirakawa-law.jp (l replaced by i)")

# S17 look-alike of the partner bank (dropped co.)
add(sender=KIRYU_JA, to=["辻本 圭 <tsujimoto.kei@midori-ginko.jp>"],
    subject="買収ファイナンスの実行スケジュール",
    charset="iso-2022-jp",
    body="""辻本様

いつもお世話になっております。日の出産業の桐生です。
先日のタームシートのご提示ありがとうございました。社内で検討のうえ、下記の日程で進めたく存じます。

　5月下旬　 与信承認（貴行）
　6月2日　　取締役会決議（当社）
　6月20日　 金銭消費貸借契約締結
　7月1日　　実行・クロージング

コベナンツの水準につきましては、来週の面談で改めてご相談させてください。

日の出産業株式会社
取締役CFO 桐生 正道""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the co. of the partner bank's midori-ginko.co.jp")

# S18 look-alike of the organisation's own domain (letter added)
add(sender=USAMI, to=["桐生 正道 <kiryu.masamichi@hinode-sangyou.co.jp>"], cc=["石動 圭介 <isurugi.keisuke@hinode-sangyo.co.jp>"],
    subject="臨時取締役会の開催日程について",
    charset="iso-2022-jp",
    body=f"""桐生取締役

お疲れさまです。取締役会事務局の宇佐美です。
株式取得に関する臨時取締役会について、下記の候補日で社外取締役のご都合を伺っております。
桐生取締役のご予定もお知らせいただけますでしょうか。

　・6月2日（月）9:00～10:00
　・6月3日（火）17:00～18:00

議案書の案は石動室長から5月28日までにいただく予定です。
{SIG_USAMI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyou.co.jp adds a letter to the organisation's own domain")

# S19 press release draft to a look-alike of the partner printer, stamped
add(sender=HANYU, to=["大仏 <osaragi@nishiki-insatu.co.jp>"],
    subject="適時開示資料の組版のお願い",
    charset="utf-8",
    body=f"""錦印刷株式会社
大仏様

いつもお世話になっております。日の出産業 広報IR部の羽生です。
6月2日15:00開示予定の「株式の取得（子会社化）に関するお知らせ」の原稿をお送りします。
英文版の組版も併せてお願いできますでしょうか。
初校は5月29日中にいただけますと助かります。
{SIG_HANYU}""",
    attachments=[{"kind": "docx", "name": "開示資料_株式取得_原稿v3.docx",
                  "page_header": "取扱注意（公表前）",
                  "paragraphs": ["2025年6月2日", "各位", "日の出産業株式会社",
                                 "ミナト精工株式会社の株式の取得（子会社化）に関するお知らせ",
                                 "当社は、本日開催の取締役会において、ミナト精工株式会社の発行済株式の全部を取得し、"
                                 "子会社化することについて決議いたしましたので、お知らせいたします。",
                                 "1. 株式取得の理由", "2. 異動する子会社の概要", "3. 株式取得の相手先の概要",
                                 "4. 取得株式数、取得価額及び取得前後の所有株式の状況", "5. 日程", "6. 今後の見通し"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain", "confidential_marking"],
    note="nishiki-insatu.co.jp drops an s from the partner printer; the pre-announcement draft is stamped 取扱注意")

# S20 IDN homoglyph of the partner law firm (Cyrillic а)
add(sender=ONODERA, to=["森田 <morita@xn--shirkawa-law-09j.jp>"],
    subject="Q&Aシート（第3回）の送付",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
森田様

お世話になっております。日の出産業の小野寺です。
対象会社からの第3回Q&A回答（法務関連 12問）を取りまとめましたので、データルームに格納いたしました。
格納先：/05_Q&A/第3回/法務_回答.xlsx

追加質問がございましたら、来週水曜日までにシートへご記入ください。
{SIG_ONODERA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="IDN domain xn--shirkawa-law-09j.jp is shirаkawa-law.jp with a Cyrillic а: homoglyph of the partner law firm")

# S21 look-alike of the partner IT company (s added)
add(sender=SHIINA, to=["高千穂 <takachiho@tsubasa-systems.jp>"],
    subject="ITデューデリジェンスの現地調査日程",
    charset="utf-8",
    body=f"""ツバサシステム 高千穂様

お世話になっております。情報システム部の椎名です。
対象会社のIT DDですが、先方の情報システム担当（兼務1名）との調整がつき、
5月14日（水）に浜松本社でのヒアリングが可能となりました。

主な確認事項
- 基幹システム（販売・生産管理）の保守契約と更改時期
- サーバ室の物理セキュリティ、バックアップの運用
- Microsoft 365 のライセンス形態（親会社との分離が必要か）

当日は私も同行します。新幹線の時間が決まりましたらご連絡ください。
{SIG_SHIINA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-systems.jp adds an s to the partner tsubasa-system.jp")

# S22 own domain on another TLD
add(sender=ONODERA, to=["石動 圭介 <isurugi.keisuke@hinode-sangyo.com>"],
    subject="明日のDD定例のアジェンダ",
    charset="iso-2022-jp",
    body="""石動室長

お疲れさまです。小野寺です。
明日10時からのDD定例のアジェンダ案です。追加があればお知らせください。

1. 各DDの進捗（財務・法務・人事・IT・環境）
2. 第3回Q&Aの未回答項目
3. 現地視察（5/14）の参加者確定
4. SPAドラフトの論点整理（白川先生より）

小野寺""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.com is the organisation's own name on another TLD")

# S23 look-alike of the partner customer (dropped co.)
add(sender=MAKABE, to=["川崎電機 法務部 <legal@kawasaki-denki.jp>"],
    subject="取引基本契約に関するご相談",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
法務部 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 法務部の真壁でございます。

貴社とミナト精工株式会社との間の取引基本契約（2016年4月1日付）第28条に関し、
同社の株主構成に変更が生じた場合のお取扱いについて、一度ご相談の機会をいただけないでしょうか。
詳細はお目にかかった際にご説明申し上げます。
{SIG_MAKABE}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki.jp drops the co. of the partner kawasaki-denki.co.jp")

# S24 board materials PDF stamped 極秘, to the partner law firm
add(sender=USAMI, to=[SHIRAKAWA],
    subject="取締役会議案（株式取得の件）のリーガルチェックのお願い",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。取締役会事務局の宇佐美でございます。
6月2日開催予定の臨時取締役会の議案資料をお送りいたします。
善管注意義務の観点から、審議資料として不足している事項がないかご確認いただけますと幸いです。
{SIG_USAMI}""",
    attachments=[{"kind": "pdf", "name": "第2号議案_株式取得の件.pdf", "page_header": "極秘",
                  "page_footer": "日の出産業株式会社 取締役会事務局",
                  "lines": ["第2号議案　ミナト精工株式会社の株式取得の件", "",
                            "1. 取得の目的：精密プレス部品の内製化と中部地区の生産拠点確保",
                            "2. 取得価額：普通株式 200,000株　総額 4,850百万円（FA算定レンジ 4,300～5,600百万円）",
                            "3. 資金調達：手元資金 1,850百万円、みどり銀行からの借入 3,000百万円",
                            "4. DDで識別された主なリスクと対応", "　・未払残業代（見込 約38百万円）：特別補償",
                            "　・CoC条項付契約 3件：クロージング前に同意取得",
                            "5. スケジュール：6/2 決議・契約締結・開示、7/1 クロージング"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="board resolution material stamped 極秘 in the PDF header, sent outside")

# S25 management presentation deck with a Strictly Confidential footer, to the FA
add(sender=ONODERA, to=[OGATA, ARAKAKI],
    subject="MP資料（先方ご提供）",
    charset="utf-8",
    body=f"""緒方様、新垣様

お世話になっております。小野寺です。
マネジメントプレゼンテーションで先方から投影された資料をいただきましたので、共有いたします。
事業計画の前提（受注単価の年3%上昇）について、次回ご意見をいただけますでしょうか。
{SIG_ONODERA}""",
    attachments=[{"kind": "pptx", "name": "Minato_Management_Presentation.pptx",
                  "page_footer": "Strictly Confidential - Prepared for Project Aurora",
                  "slides": [["ミナト精工株式会社 会社説明", "2025年4月22日", "代表取締役社長 湊 善之"],
                             ["事業概要", "精密プレス部品・金型", "主要顧客：自動車部品Tier1、家電メーカー"],
                             ["中期事業計画", "売上高 FY25 62億円 → FY28 78億円", "営業利益率 6.1% → 8.4%"],
                             ["設備投資計画", "サーボプレス 2台更新（FY26）", "金型CAD/CAM刷新"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="management presentation deck carries a Strictly Confidential footer on every slide")

# S26 mail stamped 【社外秘】 at the top, to the bank
add(sender=KIRYU_JA, to=[TSUJIMOTO],
    subject="シナジー試算の共有",
    charset="cp932",
    body="""【社外秘】

辻本様

お世話になっております。桐生です。
与信審査のご参考として、当社社内で試算したシナジー効果の概要を共有いたします。

　売上シナジー：既存顧客へのクロスセル　　　年 3.2億円（3年目）
　コストシナジー：材料共同購買　　　　　　　年 1.1億円
　　　　　　　　　物流拠点の統合　　　　　　年 0.6億円
　統合コスト（一時）：ITシステム統合　　　　 2.4億円

本資料は社内検討段階の数値であり、取締役会の承認を得たものではございません。
貴行内でのご利用に限定いただけますようお願い申し上げます。

日の出産業株式会社
取締役CFO 桐生 正道""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is stamped 【社外秘】 at the top and goes to the bank")

# S27 valuation model XLSX with a CONFIDENTIAL page header, to the FA
add(sender=ISURUGI, to=[OGATA],
    subject="Re: DCFモデル（当社側修正）",
    charset="iso-2022-jp",
    body=f"""緒方さん

石動です。モデル拝受しました。
当社側で割引率（WACC）の前提を1点修正し、感応度分析のシートを追加しています。
β値は類似会社5社の中央値に差し替えました。ご確認ください。
{SIG_ISURUGI}""",
    attachments=[{"kind": "xlsx", "name": "Aurora_DCF_v7_HS修正.xlsx", "page_header": "CONFIDENTIAL",
                  "sheets": {"Summary": [["Project Aurora - Valuation Summary"], [],
                                         ["手法", "下限(百万円)", "上限(百万円)"],
                                         ["DCF法", 4420, 5380], ["類似会社比較法", 4150, 5610],
                                         ["修正純資産法", 3980, 3980]],
                             "WACC": [["項目", "値"], ["リスクフリーレート", 0.012], ["β(アンレバード)", 0.87],
                                      ["市場リスクプレミアム", 0.065], ["サイズプレミアム", 0.025], ["WACC", 0.071]],
                             "Sensitivity": [["WACC＼永久成長率", 0.0, 0.005, 0.01],
                                             [0.065, 5120, 5390, 5710], [0.071, 4760, 4980, 5240],
                                             [0.077, 4440, 4620, 4830]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="valuation workbook with a CONFIDENTIAL print header, sent to the FA")

# S28 SPA mark-up DOCX with a 機密 header, to the law firm
add(sender=MAKABE, to=[KISHI], cc=[SHIRAKAWA],
    subject="SPA 第3版（当社コメント反映）",
    charset="iso-2022-jp",
    body=f"""岸先生、白川先生

お世話になっております。真壁です。
株式譲渡契約書の第3版に当社のコメントを反映しました（変更履歴付き）。
主な論点は、特別補償の上限額と、表明保証の存続期間（18か月→24か月）です。
{SIG_MAKABE}""",
    attachments=[{"kind": "docx", "name": "株式譲渡契約書_v3_HSコメント.docx", "page_header": "機密",
                  "title": "株式譲渡契約書（案）",
                  "paragraphs": ["株式譲渡契約書（案）", "第1条（定義）", "第2条（本株式の譲渡）",
                                 "第7条（売主の表明及び保証）", "第12条（補償）",
                                 "【HSコメント】補償の上限は譲渡価額の20%とすることを提案。",
                                 "第13条（特別補償）", "【HSコメント】未払残業代に関する特別補償を追加。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="SPA draft whose page header is the classification 機密")

# S29 subject classification 【極秘】, to the FA
add(sender=ISURUGI, to=[OGATA],
    subject="【極秘】Aurora 最終提示価格の社内方針",
    charset="iso-2022-jp",
    body=f"""緒方さん

石動です。本日の経営会議の結果をお伝えします。

・最終提示価格の上限は 49億円（エンタープライズバリュー）
・売主の当初希望 55億円との差は、アーンアウト（2年、最大3億円）で調整を試みる
・役員退職慰労金は売主負担（価格から控除）を維持

次回の交渉では、まず47億円を提示する想定です。
{SIG_ISURUGI}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the subject carries the classification 【極秘】")

# S30 PPAP: password ZIP of DD materials, to the audit firm
add(sender=TSUCHIYA, to=[TOTSUKA],
    subject="追加資料の送付（パスワードは別送します）",
    charset="iso-2022-jp",
    body=f"""戸塚様

お世話になっております。土屋です。
ご依頼の追加資料（月次試算表 24か月分、棚卸明細）をZIPファイルでお送りします。
解凍パスワードは別メールにてお送りいたします。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "zip", "name": "追加資料_0512.zip", "password": "Aur0ra#0512",
                  "files": [{"kind": "xlsx", "name": "月次試算表_24か月.xlsx",
                             "sheets": {"PL": [["科目", "2023/04", "2023/05"], ["売上高", 512, 498]]}},
                            {"kind": "csv", "name": "棚卸明細.csv", "rows": [["品番", "数量", "単価"], ["MP-2210", 1200, 85]]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the guard cannot read it")

# S31 password-protected PDF, to the law firm
add(sender=MAKABE, to=[KISHI],
    subject="対象会社 定款・登記事項（保護PDF）",
    charset="utf-8",
    body=f"""岸先生

真壁です。対象会社の定款と履歴事項全部証明書をスキャンしたPDFをお送りします。
先方の指定により閲覧パスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_MAKABE}""",
    attachments=[{"kind": "pdf", "name": "ミナト精工_定款_登記.pdf", "password": "minato2025",
                  "lines": ["定款", "第1章 総則", "第1条（商号）当会社は、ミナト精工株式会社と称する。",
                            "第2条（目的）", "第3条（本店の所在地）当会社は、本店を静岡県浜松市に置く。"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted PDF attachment cannot be inspected")

# S32 corrupt XLSX, to the FA
add(sender=ONODERA, to=[ARAKAKI],
    subject="Re: 人員計画の前提資料",
    charset="iso-2022-jp",
    body=f"""新垣様

お世話になっております。小野寺です。
ご依頼の人員計画（部門別・年度別）のファイルを添付いたします。
先方からのファイルを一度保存し直したものですので、開けない場合はお知らせください。
{SIG_ONODERA}""",
    attachments=[{"kind": "corrupt", "name": "人員計画_FY25-FY28.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read")

# S33 password ZIP to the labour consultant
add(sender=NISHINA, to=[IDE],
    subject="就業規則一式",
    charset="cp932",
    body=f"""井出様

仁科です。対象会社の就業規則・賃金規程・退職金規程一式を送付します。
社内ルールにより暗号化しております。パスワードは後ほどお電話でお伝えします。
{SIG_NISHINA}""",
    attachments=[{"kind": "zip", "name": "就業規則一式.zip", "password": "Kisoku-2025",
                  "files": [{"kind": "docx", "name": "就業規則.docx", "paragraphs": ["就業規則", "第1章 総則"]},
                            {"kind": "docx", "name": "賃金規程.docx", "paragraphs": ["賃金規程", "第1条 目的"]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP of regulations: unreadable attachment")

# S34 corrupt DOCX to the law firm
add(sender=MAKABE, to=[MORITA],
    subject="重要契約一覧（修正版）",
    charset="iso-2022-jp",
    body=f"""森田様

お世話になっております。真壁です。
重要契約一覧の修正版をお送りします。川崎電機・青葉運輸との契約を追記しました。
{SIG_MAKABE}""",
    attachments=[{"kind": "corrupt", "name": "重要契約一覧_rev2.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt DOCX attachment cannot be inspected")

# S35 株主名簿 of the target (individual shareholders), XLSX to the law firm
_p = people(11)
_rows = [["株主名簿（2025年3月31日現在）"], ["ミナト精工株式会社"], [],
         ["株主番号", "株主名", "住所", "所有株式数", "取得日", "備考"]]
_rows.append([1, "湊 善之", "静岡県浜松市中央区佐鳴台4丁目18-3", 98000, "1994/04/01", "代表取締役"])
for i, p in enumerate(_p):
    _rows.append([i + 2, p["name"], address(with_zip=False), rng.choice([500, 1000, 1500, 2000, 3000, 8000]),
                  ymd(day(1978, 2019)), rng.choice(["", "従業員持株", "元役員", "親族", ""])])
_rows.append([13, "ミナト精工従業員持株会", "静岡県浜松市中央区和合町186-4", 12400, "2008/10/01", ""])
add(sender=MAKABE, to=[KISHI],
    subject="株主名簿の確認（株式の帰属）",
    charset="iso-2022-jp",
    body=f"""岸先生

真壁です。対象会社の株主名簿を受領しましたので添付します。
名義株の疑いがある株主（元役員・親族）について、株式の帰属の確認方法をご相談させてください。
{SIG_MAKABE}""",
    attachments=[{"kind": "xlsx", "name": "株主名簿_20250331.xlsx", "sheets": {"株主名簿": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="shareholder register of twelve individuals with home addresses, XLSX with title rows, to the law firm")

# S36 HTML-only mail: key employees table with DOB and mobile, to the FA
_p = people(6)
_tr = "\n".join(
    f"<tr><td>{p['name']}</td><td>{r}</td><td>{ymd(dob(1966, 1988), '.')}</td><td>{mobile()}</td><td>{b}</td></tr>"
    for p, r, b in zip(_p, ["取締役 製造本部長", "生産技術部長", "品質保証部長", "営業部長", "金型課長", "経理課長"],
                       ["1,500万円", "800万円", "800万円", "1,000万円", "600万円", "400万円"]))
add(sender=ISURUGI, to=[OGATA],
    subject="キーパーソンのリテンション案",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>緒方さん</p>
<p>お疲れさまです。石動です。<br>
クロージング後の離職リスクが高いキーパーソン6名と、リテンションボーナスの当社案です。<br>
面談の日程調整で直接ご連絡いただく可能性があるため、携帯番号も記載しています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>氏名</th><th>役職</th><th>生年月日</th><th>携帯電話</th><th>リテンション（2年）</th></tr>
{_tr}
</table>
<p>支給条件は「クロージング後24か月在籍」とし、半額を1年経過時に支給する案です。</p>
<p>--<br>日の出産業株式会社 経営企画部 M&amp;A推進室<br>石動 圭介<br>TEL 03-6262-4180</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six key employees (name, DOB, mobile, bonus) to the FA")

# S37 tab-separated list pasted into the body, to the target's HR
_p = people(7)
_tsv = "氏名\t所属\t住所\t連絡先\t未提出書類\n" + "\n".join(
    f"{p['name']}\t{rng.choice(['製造1課', '品質保証課', '営業部', '購買課'])}\t{address(with_zip=False)}\t{mobile()}\t"
    f"{rng.choice(['転籍同意書', '転籍同意書・誓約書', '秘密保持誓約書'])}" for p in _p)
add(sender=NISHINA, to=[HORI],
    subject="転籍同意書の未回収者について",
    charset="iso-2022-jp",
    body=f"""ミナト精工株式会社
人事課 堀様

いつもお世話になっております。日の出産業 人事部の仁科です。
転籍同意書の回収状況を確認したところ、以下の7名の方が未提出となっております。
ご自宅宛てに再送付したいので、住所に誤りがないかご確認いただけますでしょうか。

{_tsv}

6月20日（金）までに回収できれば、7月1日付の転籍に間に合います。
{SIG_NISHINA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of seven employees with home address and mobile pasted into a mail to the target")

# S38 「・」 bullets: interview schedule with mobiles, to the FA
_p = people(7)
_slots = ["5/19(月) 10:00", "5/19(月) 13:30", "5/19(月) 15:00", "5/20(火) 9:30", "5/20(火) 11:00",
          "5/20(火) 14:00", "5/20(火) 16:00"]
_bul = "\n".join(f"・{s}　{p['name']}（{t}）　携帯：{mobile()}"
                 for s, p, t in zip(_slots, _p, ["製造部長", "生産管理課長", "品質保証課長", "購買課長",
                                                 "営業課長", "経理課長", "総務課長"]))
add(sender=ONODERA, to=[ARAKAKI],
    subject="管理職インタビューの日程確定",
    charset="cp932",
    body=f"""新垣様

お世話になっております。小野寺です。
対象会社の管理職インタビューの日程が確定しました。
当日、会議室の変更などがあった場合は各人に直接ご連絡いただいて構わないとのことです。

{_bul}

場所：ミナト精工 本社2階 応接室
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of seven named managers with their mobile numbers to the FA")

# S39 one record per block: former employees in labour disputes, to the law firm
_p = people(5)
_blocks = []
for i, p in enumerate(_p):
    d = dob(1970, 1995)
    _blocks.append(f"""【{i + 1}】{p['name']}（{p['kana']}）
　生年月日：{wareki(d, rng.choice(['kanji', 'short']))}
　住　　所：{address()}
　退職日　：{ymd(day(2023, 2024), '.')}
　請求内容：{rng.choice(['未払残業代 約320万円', '不当解雇（地位確認）', '未払残業代 約180万円・付加金', 'パワハラによる損害賠償 500万円', '退職金差額 約95万円'])}
　状　　況：{rng.choice(['労働審判 第2回期日済', '内容証明受領・交渉中', '静岡地裁浜松支部に係属中', '代理人弁護士から受任通知'])}""")
add(sender=MAKABE, to=[KISHI],
    subject="係争中・係争可能性のある労務案件（一覧）",
    charset="utf-8",
    body=f"""岸先生

お世話になっております。真壁です。
対象会社の元従業員との紛争案件について、先方総務から個別に聞き取った内容を整理しました。
引当金計上の要否と、SPAでの特別補償の範囲についてご意見をお願いいたします。

{chr(10).join(_blocks)}

以上5件です。訴状・申立書の写しはデータルーム（/07_訴訟/）に格納されています。
{SIG_MAKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five former employees, one block each with DOB, home address and claim, sent to the law firm")

# S40 health check findings keyed by employee number (no names), to the 社労士
_lines = ["社員番号,生年月日,性別,所属,有所見項目,判定"]
for i in range(9):
    _lines.append(f"{41003 + i * 11},{wareki(dob(1962, 1995), 'zen')},{rng.choice(['男', '女', '男'])},"
                  f"{rng.choice(['製造1課', '製造2課', '物流課', '検査課'])},"
                  f"{rng.choice(['血圧（高血圧症 治療中）', '肝機能（γ-GTP 高値）', '血糖（糖尿病 要治療）', '心電図（不整脈 要精密検査）', '聴力（騒音性難聴の疑い）', 'ストレスチェック 高ストレス者・面接指導対象'])},"
                  f"{rng.choice(['D2 要精密検査', 'D1 要治療', 'C 要経過観察', '要面接指導'])}")
add(sender=NISHINA, to=[IDE],
    subject="健康診断の事後措置の状況（対象会社）",
    charset="iso-2022-jp",
    body=f"""井出様

仁科です。対象会社の2024年度定期健康診断で「要精密検査」「要治療」となった従業員のうち、
事後措置（就業上の措置・再検査の受診勧奨）が記録上確認できないものを抜き出しました。
氏名は伏せていますが社員番号は先方名簿と一致します。

{chr(10).join(_lines)}

騒音職場の聴力所見について、特殊健診の実施状況も含めてご意見をいただければ幸いです。
{SIG_NISHINA}""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="nine rows of health-check findings per employee number and 和暦 DOB (no name column): sensitive data of a list")

# S41 障害者雇用 CSV (UTF-8), to the 社労士
_p = people(5)
_rows = [["氏名", "生年月日", "障害の種類", "手帳等級", "雇用形態", "週所定労働時間", "カウント"]]
for p in _p:
    _rows.append([p["name"], ymd(dob(1970, 2002), "-"),
                  rng.choice(["肢体不自由", "聴覚障害", "精神障害（統合失調症）", "知的障害", "内部障害（心臓）"]),
                  rng.choice(["身体2級", "身体4級", "精神3級", "療育B", "身体1級"]),
                  rng.choice(["正社員", "契約社員"]), rng.choice([40, 30, 20]), rng.choice([1, 2, 0.5])])
add(sender=NISHINA, to=[IDE],
    subject="法定雇用率の確認",
    charset="iso-2022-jp",
    body=f"""井出様

仁科です。障害者雇用状況報告書（6.1報告）の記載内容と、在籍者の実態を照合したいと考えています。
対象会社から受領した在籍者リストをCSVで送ります。
短時間労働者のカウントに誤りがないか、ご確認いただけますか。
{SIG_NISHINA}""",
    attachments=[{"kind": "csv", "name": "障害者雇用_在籍者.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five named employees with their disability type and grade (要配慮個人情報) in a UTF-8 CSV")

# S42 plain ZIP with a roster XLSX and the work rules DOCX, to the law firm
_p = people(15)
_rows = [["No.", "氏名", "社員区分", "生年月日", "メールアドレス", "携帯電話"]]
for i, p in enumerate(_p):
    _rows.append([i + 1, p["name"], rng.choice(["正社員", "契約社員", "パート", "嘱託"]), ymd(dob(1957, 2003)),
                  f"{p['login']}@minato-seiko.co.jp", mobile()])
add(sender=ONODERA, to=[MORITA], cc=[KISHI],
    subject="人事関連資料一式（ZIP）",
    charset="iso-2022-jp",
    body=f"""森田様

お世話になっております。小野寺です。
岸先生からご依頼のあった人事関連資料を1つのZIPにまとめました。
・有期雇用者一覧.xlsx
・就業規則（2019年改定）.docx
ご確認のほどよろしくお願いいたします。
{SIG_ONODERA}""",
    attachments=[{"kind": "zip", "name": "人事関連資料.zip",
                  "files": [{"kind": "xlsx", "name": "有期雇用者一覧.xlsx", "sheets": {"一覧": _rows}},
                            {"kind": "docx", "name": "就業規則（2019年改定）.docx",
                             "paragraphs": ["就業規則", "第1章 総則", "第1条（目的）この規則は…"]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP holding an XLSX list of 15 employees with DOB, e-mail and mobile, to the law firm")

# S43 attached mail (forwarded as .eml) carrying a payroll CSV, to the FA
_p = people(9)
_rows = [["氏名", "支給額合計", "控除合計", "差引支給額", "振込先"]]
for p in _p:
    g = rng.randrange(240, 620) * 1000
    _rows.append([p["name"], g, int(g * 0.22), g - int(g * 0.22), bank_account()])
add(sender=ISURUGI, to=[OGATA],
    subject="FW: 3月分給与振込データ",
    charset="iso-2022-jp",
    body=f"""緒方さん

対象会社の堀さんから届いたメールをそのまま転送します（添付の通り）。
役員・管理職の3月分給与の振込データです。役員報酬の水準比較に使ってください。

石動""",
    attachments=[{"kind": "eml", "name": "3月分給与振込データ.eml",
                  "message": {"sender": "堀 奈緒 <n.hori@minato-seiko.co.jp>",
                              "to": ["石動 圭介 <isurugi.keisuke@hinode-sangyo.co.jp>"],
                              "subject": "3月分給与振込データ", "charset": "iso-2022-jp",
                              "body": "石動様\n\nご依頼の3月分の給与振込データ（役員・管理職分）をお送りします。\n\nミナト精工 人事課 堀",
                              "attachments": [{"kind": "csv", "name": "kyuyo_202503.csv", "rows": _rows}]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a forwarded .eml whose CSV lists nine people's pay and bank accounts, sent to the FA")

# S44 English mail to the co-investor with key employees in the body
_p = people(6)
_en = "\n".join(f"{i + 1}. {p['romaji']:<20} {t:<28} DOB {d.strftime('%d %b %Y')}   {p['login']}@minato-seiko.co.jp"
                for i, (p, t, d) in enumerate(zip(_p, ["Head of Manufacturing", "Chief Die Engineer",
                                                       "QA Manager", "Sales Manager (Auto)", "Controller",
                                                       "Plant Manager, Kosai"], [dob(1964, 1986) for _ in range(6)])))
add(sender=KIRYU, to=[WHITFIELD],
    subject="Aurora - key employees for the retention plan",
    charset="utf-8",
    body=f"""Dear Daniel,

Thank you for the call this morning. As discussed, below are the six key employees we
propose to cover with the retention plan, with their dates of birth for the pension
calculation and their work e-mail addresses, in case your HR adviser needs to reach them
after signing.

{_en}

Retention pool: JPY 51m over 24 months, 50% payable at month 12.
Please let me know if Pacific Crest would like to add anyone.

Best regards,
{SIG_KIRYU}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail listing six named employees with DOB and e-mail to a foreign co-investor")

# S45 legacy XLS: retirement allowance calculation with 和暦 DOB, to the tax advisor
_p = people(8)
_rows = [["退職給付債務 簡便法計算表（2025年3月期）"], [],
         ["社員番号", "氏名", "生年月日", "入社年月日", "勤続年数", "基本給", "自己都合要支給額"]]
for i, p in enumerate(_p):
    d = dob(1960, 1985)
    _rows.append([f"{5100 + i}", p["name"], wareki(d, "short"), wareki(day(1982, 2010), "short"),
                  rng.randrange(8, 40), rng.randrange(28, 52) * 10000, rng.randrange(300, 2600) * 10000])
add(sender=TSUCHIYA, to=[ASAMI, TOTSUKA],
    subject="退職給付引当金の検証資料",
    charset="cp932",
    body=f"""浅見様、戸塚様

お世話になっております。土屋です。
退職給付引当金の検証に使う計算表を、対象会社の経理から受領しました（Excel 97-2003形式のままです）。
要支給額の計算で、勤続年数の端数処理が規程と異なっている可能性があります。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "xls", "name": "退職給付_簡便法.xls", "sheets": {"計算表": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS with eight named employees, 和暦 DOB and retirement amounts, to the audit firm")

# S46 PDF table of directors' personal guarantees with home addresses, to the bank
_p = people(4)
_table = [["氏名", "役職", "生年月日", "自宅住所", "保証対象借入", "保証額(千円)"],
          ["湊 善之", "代表取締役社長", "1956/03/17", "静岡県浜松市中央区佐鳴台4丁目18-3", "遠州信金 設備資金", "300,000"]]
for p, t in zip(_p, ["専務取締役", "常務取締役", "取締役", "取締役"]):
    _table.append([p["name"], t, ymd(dob(1955, 1972)), address(with_zip=False), rng.choice(["するが中央 運転資金", "遠州信金 設備資金"]),
                   f"{rng.randrange(5, 25) * 10000:,}"])
add(sender=TSUCHIYA, to=[TSUJIMOTO],
    subject="経営者保証の解除対象一覧",
    charset="iso-2022-jp",
    body=f"""辻本様

お世話になっております。土屋です。
クロージング時に解除を予定している対象会社役員の個人保証の一覧をお送りいたします。
借換えの範囲をご検討いただく際にご利用ください。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "pdf", "name": "個人保証一覧.pdf",
                  "lines": ["ミナト精工株式会社　役員個人保証一覧（2025年3月末）", ""], "table": _table}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of five directors with DOB and home addresses to the bank")

# S47 driving licence numbers of sales drivers, to an insurance agency
_p = people(6)
_lines = ["氏名　　　　　　免許証番号　　　　　有効期限　　　種類　　過去3年の事故",
          "────────────────────────────────────"]
for p in _p:
    _lines.append(f"{p['name']:　<8}{zen(str(rng.randrange(10, 99)) + str(rng.randrange(1000000000, 9999999999)))}　"
                  f"{wareki(day(2026, 2029), 'zenkanji')}　{rng.choice(['普通', '中型', '準中型'])}　　{rng.choice(['なし', '物損1件', 'なし', '人身1件'])}")
add(sender=OTOBE, to=["まもり保険サービス 法人課 <hojin@mamori-hoken.co.jp>"],
    subject="営業車両の保険切替に伴う運転者情報",
    charset="iso-2022-jp",
    body=f"""まもり保険サービス株式会社
法人課 ご担当者様

お世話になっております。日の出産業 総務部の乙部です。
子会社化予定のミナト精工の営業車両（6台）を当社のフリート契約に切り替えるにあたり、
運転者の情報をお送りします。

{chr(10).join(_lines)}

見積りは7月1日始期でお願いいたします。
{SIG_OTOBE}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="six drivers with 12-digit licence numbers in full-width digits, padded with full-width spaces, to an insurer")

# S48 health insurance card of one employee, to the 社労士
_p = people(1)[0]
add(sender=NISHINA, to=[IDE],
    subject="Re: 資格喪失手続き（1名分）",
    charset="iso-2022-jp",
    body=f"""井出様

仁科です。ご依頼の件、以下のとおりです。
PMI前に退職となった対象会社の従業員1名について、健康保険の資格喪失届の作成をお願いします。

　氏名　　：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(dob(1975, 1990), 'kanji')}
　被保険者証　記号：{rng.randrange(10000, 99999)}　番号：{rng.randrange(100, 999)}
　保険者番号：{rng.choice(['01220017', '06220019'])}
　退職日：2025年5月31日

保険証は本人から回収済みで、明日レターパックで郵送します。
{SIG_NISHINA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one employee's health insurance card symbol and number with DOB to the labour consultant")

# S49 My Numbers of five executives, XLSX to the tax advisor
_p = people(4)
_rows = [["役員 扶養控除等申告書 記載事項（年末調整用）"], [],
         ["氏名", "個人番号", "住所", "源泉控除対象配偶者", "扶養親族数"]]
_rows.append(["湊 善之", next_my_number(), "静岡県浜松市中央区佐鳴台4-18-3", "有", 0])
for p in _p:
    _rows.append([p["name"], next_my_number(), address(with_zip=False), rng.choice(["有", "無"]), rng.randrange(0, 4)])
add(sender=TSUCHIYA, to=[ASAMI],
    subject="年末調整資料（役員分）",
    charset="utf-8",
    body=f"""浅見様

土屋です。対象会社の役員5名分の年末調整資料です。
クロージング年度の年末調整を当社グループで行うため、先方から申告書の記載事項を取り寄せました。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "xlsx", "name": "役員_扶養控除申告_2025.xlsx", "sheets": {"役員": _rows,
                                                                                  "メモ": [["出典", "各役員の扶養控除等(異動)申告書"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX listing five executives' My Numbers and home addresses to the tax advisor")

# S50 forwarded disciplinary record list incl. an arrest, to the law firm
_p = people(5)
_fw = "\n".join(f"  {ymd(day(2021, 2024))}  {p['name']}（{r}）  {c}"
                for p, r, c in zip(_p, ["製造2課", "営業部", "物流課", "製造1課", "購買課"],
                                   ["けん責：無断欠勤 3日", "減給：経費の不正請求 約12万円",
                                    "出勤停止7日：傷害事件で逮捕（不起訴処分）",
                                    "けん責：ハラスメント（同僚への暴言）", "諭旨解雇：取引先からの金品受領"]))
add(sender=MAKABE, to=[KISHI],
    subject="転送: 懲戒処分歴について",
    charset="iso-2022-jp",
    body=f"""岸先生

真壁です。対象会社総務から受けた回答を転送します。
逮捕歴のある従業員の処分（出勤停止7日）が就業規則の懲戒事由に照らして相当か、ご確認をお願いします。

-------- 転送メッセージ --------
差出人: 八木 修一 <s.yagi@minato-seiko.co.jp>
送信日時: 2025年5月8日 17:40
宛先: 真壁 直人
件名: 懲戒処分歴について

真壁様
過去3年間の懲戒処分は以下の5件です。

{_fw}

以上、よろしくお願いいたします。
ミナト精工 八木""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward of five named employees' disciplinary records, one with an arrest (要配慮): forwarded text counts")

# S51 religion of named employees (prayer/halal accommodation), to the law firm
_names = ["MUHAMMAD RIZKY PRATAMA", "SITI NURHALIZA", "AHMAD FAUZI", "KHAN IMRAN"]
add(sender=NISHINA, to=[SHIRAKAWA],
    subject="外国人従業員への宗教上の配慮（PMI）",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。人事部の仁科です。
対象会社では、イスラム教徒の従業員4名（{'、'.join(_names[:3])}、{_names[3]}）に対し、
就業時間中の礼拝時間の確保と、ラマダン期間中のシフト調整を認めています。
当社の工場に配置転換する場合、同様の配慮を就業規則上どう位置づけるべきか、
また他の従業員との公平性の観点で留意点があればご教示ください。

なお、KHAN IMRAN氏はハラール対応の食事を社員食堂で個別に手配しています。
{SIG_NISHINA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="four named employees' religion in running text to the law firm: 要配慮個人情報")

# S52 an employee who was a crime victim, to the law firm
_p = people(1)[0]
add(sender=MAKABE, to=[KISHI],
    subject="Re: 対象会社のハラスメント事案",
    charset="iso-2022-jp",
    body=f"""岸先生

真壁です。ヒアリングで追加の事実が分かりましたのでご報告します。

品質保証課の{_p['name']}さん（女性、30代）が、昨年12月に元交際相手からストーカー被害を受け、
浜松中央警察署に被害届を提出しています。加害者が工場の通用口で待ち伏せしたことがあり、
会社は警備の強化と勤務地の一時変更で対応したとのことです。

本件で会社の対応に不備があったとの主張がなされる可能性は低いと思われますが、
PMIで当社の事業所に異動させる場合の配慮事項について、ご意見をいただけますか。
{SIG_MAKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee who was a crime victim (要配慮: 犯罪被害) described to the law firm")

# S53 press release draft with 解禁前・取扱注意 stamp, text + HTML, to the PR agency
add(sender=HANYU, to=[SENGA],
    subject="プレスリリース原稿（6/2 15:00解禁）",
    charset="utf-8",
    body="""千賀様

お世話になっております。羽生です。
6月2日に配信するプレスリリースの原稿です。メディアリストの選定をお願いいたします。

＜解禁前・取扱注意＞
日の出産業、精密プレス部品のミナト精工を子会社化
日の出産業株式会社（本社：東京都中央区、代表取締役社長：日向 隆）は、本日開催の取締役会において、
ミナト精工株式会社（本社：静岡県浜松市）の全株式を取得し、子会社化することを決議しました。

羽生""",
    html="""<html><body>
<p>千賀様</p><p>お世話になっております。羽生です。<br>
6月2日に配信するプレスリリースの原稿です。メディアリストの選定をお願いいたします。</p>
<p style="color:#c00;font-weight:bold">＜解禁前・取扱注意＞</p>
<h3>日の出産業、精密プレス部品のミナト精工を子会社化</h3>
<p>日の出産業株式会社（本社：東京都中央区、代表取締役社長：日向 隆）は、本日開催の取締役会において、
ミナト精工株式会社（本社：静岡県浜松市）の全株式を取得し、子会社化することを決議しました。</p>
<p>羽生</p></body></html>""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="pre-announcement press release stamped ＜解禁前・取扱注意＞ in both text and HTML parts")

# S54 sample of the target's individual (B2C) customer data, CSV to the IT DD firm
_p = people(10)
_rows = [["customer_id", "name", "kana", "email", "tel", "zip_address", "last_order"]]
for i, p in enumerate(_p):
    _rows.append([f"C{880120 + i * 37}", p["name_nosp"], p["kana"].replace(" ", ""),
                  f"{p['login'].replace('.', '')}{rng.randrange(10, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'])}",
                  mobile().replace("-", ""), address(), ymd(day(2024, 2025), "-")])
add(sender=SHIINA, to=[TAKACHIHO],
    subject="EC会員データのサンプル（個人情報管理の確認用）",
    charset="iso-2022-jp",
    body=f"""高千穂様

椎名です。対象会社が運営している補修部品のECサイトの会員データについて、
暗号化・アクセス制御の状況を確認いただくため、サンプル10件を抽出してもらいました。
DBのカラム構成の確認にお使いください。
{SIG_SHIINA}""",
    attachments=[{"kind": "csv", "name": "ec_members_sample.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ten real-looking customer records (name, e-mail, phone, address) in a CSV to the IT DD firm")

# S56 Q&A workbook: one sheet holds a named employee's occupational disease
_p = people(1)[0]
add(sender=ONODERA, to=[KISHI, MORITA],
    subject="Q&A管理表（第4回回答反映）",
    charset="iso-2022-jp",
    body=f"""岸先生、森田様

お世話になっております。小野寺です。
第4回の回答を反映したQ&A管理表をお送りします。「訴訟・労災」シートに新しい回答が入っています。
{SIG_ONODERA}""",
    attachments=[{"kind": "xlsx", "name": "Aurora_QA管理表_第4回.xlsx",
                  "sheets": {"一般": [["No", "質問", "回答", "回答日"],
                                     ["G-01", "主要な許認可の一覧", "データルーム 03-02 参照", "2025/04/18"],
                                     ["G-02", "子会社・関連会社の有無", "なし", "2025/04/18"]],
                             "訴訟・労災": [["No", "質問", "回答", "回答日"],
                                        ["L-07", "過去5年の労災発生状況",
                                         f"2022年 金型課 {_p['name']}（当時38歳）が有機溶剤中毒で休業4か月。"
                                         "現在は復職済みだが、肝機能障害で定期通院中。", "2025/05/09"],
                                        ["L-08", "係争中の訴訟", "なし", "2025/05/09"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a Q&A workbook answer names one employee with an occupational disease and ongoing treatment")

# S57 PPTX slide listing headcount-reduction candidates, to the FA
_p = people(6)
_slide = ["対象者（早期退職勧奨の候補）"] + [
    f"{p['name']}　{rng.randrange(52, 63)}歳　{rng.choice(['製造1課', '総務課', '購買課', '営業部'])}　"
    f"評価{rng.choice(['C', 'D', 'C'])}　年収{rng.randrange(520, 880)}万円" for p in _p]
add(sender=ISURUGI, to=[OGATA],
    subject="PMI人員計画（ドラフト）",
    charset="utf-8",
    body=f"""緒方さん

石動です。PMI 100日計画のうち、人員計画のスライドをお送りします。
早期退職の費用見積りをシナジー試算に反映したいので、割増退職金の相場感を教えてください。
{SIG_ISURUGI}""",
    attachments=[{"kind": "pptx", "name": "PMI_人員計画_draft.pptx",
                  "slides": [["PMI 人員計画", "2025年7月～2026年3月"],
                             ["人員の現状", "正社員 212名 / 契約社員 38名 / 派遣 24名", "間接部門比率 18%（当社 12%）"],
                             _slide]}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="a slide lists six named employees with age, rating and salary as early-retirement candidates")

# =======================================================================================
# P1  meeting scheduling with the partner law firm
add(sender=MAKABE, to=[KISHI],
    subject="打合せ日程のご相談",
    charset="iso-2022-jp",
    body=f"""岸先生

いつもお世話になっております。日の出産業の真壁です。
SPAの論点整理について、一度お打合せのお時間をいただけないでしょうか。
以下の候補でご都合はいかがでしょうか。

　5月13日（火）14:00～15:00
　5月14日（水）10:00～11:00
　5月15日（木）16:00～17:00

当社からは私と経営企画部の石動が参加いたします。オンラインでも構いません。
{SIG_MAKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary scheduling mail to the partner law firm; only the sender's signature")

# P2  NDA draft to the second target — about an NDA, no marking
add(sender=MAKABE, to=["東雲ケミカル 総務部 <soumu@shinonome-chem.co.jp>"],
    subject="秘密保持契約書（案）のご送付",
    charset="iso-2022-jp",
    body=f"""東雲ケミカル株式会社
総務部 ご担当者様

平素より大変お世話になっております。日の出産業株式会社 法務部の真壁でございます。
先日、弊社石動よりご説明いたしました業務提携のご検討に先立ち、
秘密保持契約書の案をお送りいたします。

当社標準の書式となっておりますが、「秘密情報」の定義（第1条）や有効期間（第9条）など、
ご意見がございましたら修正履歴にてお知らせください。
ご確認のほど、よろしくお願い申し上げます。
{SIG_MAKABE}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_日の出産業.docx", "title": "秘密保持契約書",
                  "paragraphs": ["秘密保持契約書",
                                 "日の出産業株式会社（以下「甲」という。）と東雲ケミカル株式会社（以下「乙」という。）は、"
                                 "両社間の業務提携の検討（以下「本目的」という。）に関し、相互に開示する秘密情報の取扱いについて、"
                                 "以下のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示者が受領者に対し、書面、電磁的記録その他の方法により"
                                 "開示した技術上又は営業上の情報であって、開示の際に秘密である旨が明示されたものをいう。",
                                 "第2条（秘密保持義務）受領者は、秘密情報を厳に秘密として保持し、開示者の事前の書面による承諾なく"
                                 "第三者に開示又は漏えいしてはならない。",
                                 "第3条（目的外使用の禁止）",
                                 "第9条（有効期間）本契約の有効期間は、締結日から2年間とする。",
                                 "甲：東京都中央区日本橋2-14-7　日の出産業株式会社　代表取締役社長　日向 隆",
                                 "乙：静岡県磐田市○○　東雲ケミカル株式会社　代表取締役　　　　　　　　印"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an NDA draft: full of 秘密情報 wording but not itself classified; mail about an NDA must go")

# P3  English disclaimer at the end of a mail to the FA
add(sender=KIRYU, to=[OGATA],
    subject="Re: Aurora - call tomorrow",
    charset="utf-8",
    body=f"""Ogata-san,

Thank you. 9:30 tomorrow works for me. I will dial in from the Osaka office.
Could you circulate the revised timeline before the call?

Best regards,
Masamichi
{SIG_KIRYU}
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="short reply with the standard English confidentiality disclaimer at the end")

# P4  Japanese disclaimer, to the bank
add(sender=TSUCHIYA, to=[TSUJIMOTO],
    subject="面談のお礼",
    charset="iso-2022-jp",
    body=f"""みどり銀行
辻本様

本日はお忙しいところお時間をいただき、誠にありがとうございました。
ご依頼いただいた当社の直近3期分の決算書と、月次の資金繰り表は、明日中にお届けいたします。
引き続きよろしくお願い申し上げます。
{SIG_TSUCHIYA}
{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary thank-you mail with the standard Japanese 機密情報 disclaimer")

# P5  two outside organisations (law + audit) — a normal three-way mail
add(sender=ONODERA, to=[KISHI], cc=[TOTSUKA],
    subject="DD報告書の提出時期について",
    charset="iso-2022-jp",
    body=f"""岸先生
（cc：有明監査法人 戸塚様）

お世話になっております。小野寺です。
法務DD・財務DDの報告書につきまして、最終版のご提出を5月30日（金）でお願いできますでしょうか。
取締役会資料への反映のため、エグゼクティブサマリーのみ5月27日（火）にいただけますと助かります。
{SIG_ONODERA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two outside firms in To/Cc: an ordinary three-way mail, not yet a Bcc case")

# P6  one free-mail recipient: the founder's son
add(sender=ISURUGI, to=["湊 健太 <kenta.minato@gmail.com>"],
    subject="Re: 面談の件",
    charset="iso-2022-jp",
    body=f"""湊 健太 様

ご返信ありがとうございます。日の出産業の石動です。
それでは5月21日（水）18時に、浜松駅南口のホテル1階ラウンジでお待ちしております。
当日はクロージング後の役員就任のお話を中心にさせていただければと存じます。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private person on gmail: freemail warning only")

# P7  internal only: full roster XLSX between M&A team and HR
_p = people(24)
_rows = [["ミナト精工 従業員名簿（PMI用・社内限り）"], [],
         ["社員番号", "氏名", "生年月日", "住所", "携帯電話", "等級"]]
for i, p in enumerate(_p):
    _rows.append([f"M{2200 + i}", p["name"], ymd(dob(1960, 2002)), address(), mobile(), rng.choice(["J2", "S1", "S2", "M1"])])
add(sender=ONODERA, to=[NISHINA], cc=["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    subject="対象会社 従業員名簿（PMI準備用）",
    charset="iso-2022-jp",
    body=f"""仁科さん

お疲れさまです。小野寺です。
PMIの人事制度統合の準備用に、対象会社の従業員名簿を共有します。
社内限りの取扱いでお願いします（労務課の共有フォルダへの保存は可）。
{SIG_ONODERA}""",
    attachments=[{"kind": "xlsx", "name": "ミナト精工_従業員名簿_PMI.xlsx", "sheets": {"名簿": _rows}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="24-person roster, but every recipient is internal (hinode-sangyo.co.jp)")

# P8  internal only: a My Number between accounting and HR
_mn = next_my_number()
add(sender=TSUCHIYA, to=[NISHINA],
    subject="湊社長の個人番号（支払調書用）",
    charset="cp932",
    body=f"""仁科さん

土屋です。役員退職慰労金の支払調書作成のため、湊社長の個人番号を共有します。
　湊 善之　個人番号 {_mn}
番号確認書類（通知カード写し）は人事部のキャビネットで保管をお願いします。

土屋""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="a My Number, but between two internal addresses only")

# P9  internal subdomain: board material stamped 極秘
add(sender=USAMI, to=["取締役各位 <board@mail.hinode-sangyo.co.jp>"], cc=["監査役室 <kansayaku@mail.hinode-sangyo.co.jp>"],
    subject="【極秘】臨時取締役会 議案資料の事前配布",
    charset="iso-2022-jp",
    body=f"""取締役各位
監査役各位

取締役会事務局の宇佐美です。
6月2日（月）9:00開催の臨時取締役会の議案資料を事前配布いたします。
インサイダー取引規制上の重要事実に該当しますので、公表まで取扱いにご注意ください。
{SIG_USAMI}""",
    attachments=[{"kind": "pdf", "name": "臨時取締役会_議案資料.pdf", "page_header": "極秘",
                  "lines": ["臨時取締役会 議案資料", "第1号議案 ミナト精工株式会社の株式取得の件",
                            "第2号議案 借入実行の件"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="極秘 board material, but all recipients are on the internal subdomain mail.hinode-sangyo.co.jp")

# P10 reply quoting (>) a list the lawyer sent; the new text has no personal data
_p = people(6)
_q = "\n".join(f"> {p['name']}　{mobile()}　{address(with_zip=False)}" for p in _p)
add(sender=NISHINA, to=[KISHI],
    subject="Re: 元従業員の連絡先について",
    charset="iso-2022-jp",
    body=f"""岸先生

ご連絡ありがとうございます。仁科です。
6名とも当社の把握している連絡先と一致しておりました。内容証明の発送はお任せいたします。

仁科

On 2025/05/16 11:02, 岸 瑞穂 wrote:
> 仁科様
>
> 未払残業代の請求が見込まれる元従業員の連絡先を、対象会社の記録から以下のとおり把握しました。
> 念のため貴社の記録と相違ないかご確認ください。
>
{_q}
>
> 白川法律事務所 岸""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-person list is only in quoted text (>) the lawyer sent; the new text carries nothing")

# P11 reply quoting under -----Original Message----- the sick-leave diagnoses
_p = people(3)
add(sender=NISHINA, to=[IDE],
    subject="RE: 休職者の復職判定について",
    charset="iso-2022-jp",
    body=f"""井出様

承知いたしました。産業医面談の日程は対象会社側で調整してもらいます。
結果が出ましたら改めてご連絡いたします。

仁科

-----Original Message-----
From: 井出 早苗 <ide@fujimi-sr.jp>
Sent: Thursday, May 15, 2025 4:12 PM
To: 仁科 亮 <nishina.ryo@hinode-sangyo.co.jp>
Subject: 休職者の復職判定について

仁科様

ご共有いただいた休職者3名のうち、
・{_p[0]['name']}さん（うつ病）
・{_p[1]['name']}さん（適応障害）
については、主治医の復職可能診断だけでなく、産業医面談を経て判断されることをお勧めします。
{_p[2]['name']}さん（椎間板ヘルニア術後）は、軽作業への配置転換の可否を検討ください。

富士見社会保険労務士法人 井出""",
    expect="pass",
    entities=[],
    detectors=[],
    note="diagnoses appear only in the quoted Original Message from the consultant herself")

# P12 English reply quoting a list under "On ... wrote:"
_p = people(5)
_q = "\n".join(f"> - {p['romaji']}, {t}, DOB {ymd(dob(1965, 1985), '-')}"
               for p, t in zip(_p, ["Plant Manager", "QA Manager", "Controller", "Die Engineer", "Sales Manager"]))
add(sender=KIRYU, to=[WHITFIELD],
    subject="Re: Retention list - comments",
    charset="utf-8",
    body=f"""Daniel,

Agreed on all five. We will ask Shirakawa to draft the retention letters next week.

Best,
Masamichi

On Mon, 19 May 2025 at 08:41, Daniel Whitfield <dwhitfield@pacificcrest-cap.com> wrote:
> Masamichi,
>
> We are fine with the following five names for the retention plan:
{_q}
>
> Regards, Daniel""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the five-person list is only in the quoted part of the co-investor's own mail")

# P13 list of the target's sites with 法人番号 — businesses, not people
_sites = [("ミナト精工株式会社 本社・浜松工場", "〒432-8006 静岡県浜松市中央区大久保町1250-3", "053-486-1100"),
          ("ミナト精工株式会社 湖西工場", "〒431-0431 静岡県湖西市鷲津4120", "053-576-2210"),
          ("ミナト精工株式会社 名古屋営業所", "〒460-0008 愛知県名古屋市中区栄3-18-1 栄ビル5F", "052-261-7734"),
          ("株式会社ミナトテクノサービス（子会社）", "〒432-8006 静岡県浜松市中央区大久保町1250-3", "053-486-1180"),
          ("ミナト金型株式会社（子会社）", "〒438-0078 静岡県磐田市中泉2905", "0538-33-4410")]
_cn = [corporate_number("0804" + f"{rng.randrange(0, 100000000):08d}") for _ in range(3)]
add(sender=ONODERA, to=[TOTSUKA],
    subject="対象会社グループの拠点一覧",
    charset="utf-8",
    body=f"""戸塚様

お世話になっております。小野寺です。
往査日程の調整用に、対象会社グループの拠点一覧をお送りします。

拠点名                                  所在地                                             代表電話
----------------------------------------------------------------------------------------------------------
{chr(10).join(wpad(a, 40) + wpad(b, 51) + c for a, b, c in _sites)}

法人番号：ミナト精工 {_cn[0]}／ミナトテクノサービス {_cn[1]}／ミナト金型 {_cn[2]}
棚卸立会は湖西工場（6月末）を予定しています。
{SIG_ONODERA}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a list of business sites with switchboards and 法人番号: businesses, not people")

# P14 top customers of the target — a list of businesses
_cust = [("川崎電機株式会社", "1,284"), ("東海オートパーツ株式会社", "962"), ("株式会社浜名工業", "611"),
         ("遠州精機株式会社", "455"), ("中部家電製作所", "388"), ("株式会社サンライズ部品", "301"),
         ("三河トランスミッション株式会社", "276"), ("その他（142社）", "1,923")]
add(sender=ISURUGI, to=[ARAKAKI],
    subject="Re: 顧客別売上の推移",
    charset="iso-2022-jp",
    body=f"""新垣さん

石動です。FY24の顧客別売上（百万円）は以下の通りです。
上位2社で約36%を占めており、川崎電機との取引基本契約にはCoC条項があります。

{chr(10).join(f'　{n}　{v}' for n, v in _cust)}
　合計　6,200

顧客集中リスクは価格交渉の材料にできると考えています。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of customer companies with sales figures: businesses, not people")

# P15 payment notice to the FA: invoice number, T-number, company bank account
add(sender=TSUCHIYA, to=["丸の内キャピタル・アドバイザーズ 経理部 <keiri@marunouchi-cap.co.jp>"],
    subject="リテイナーフィーのお支払いについて（請求書番号 MCA-2025-0417）",
    charset="iso-2022-jp",
    body=f"""丸の内キャピタル・アドバイザーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業株式会社 経理部の土屋でございます。
下記のご請求につき、5月30日にお振込みの手続きをいたしましたのでご連絡いたします。

　請求書番号：MCA-2025-0417
　登録番号　：T{corporate_number('0104' + '01093512')}
　ご請求金額：5,500,000円（うち消費税 500,000円）
　お振込先　：みどり銀行 丸の内支店 普通 2081734 マルノウチキャピタルアドバイザーズ（カ
　お振込日　：2025年5月30日

お手数ですが、ご入金の確認をお願いいたします。
{SIG_TSUCHIYA}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice number, the FA's T-number and its company bank account: business data only")

# P16 one contact person's details at the target, to the law firm
add(sender=MAKABE, to=[MORITA],
    subject="対象会社の窓口担当者",
    charset="iso-2022-jp",
    body=f"""森田様

お世話になっております。真壁です。
契約書原本の確認作業について、対象会社側の窓口は下記の方になります。
直接日程をご調整いただいて構いません。

　ミナト精工株式会社 総務課 係長　{(p := people(1)[0])['name']} 様
　携帯：{mobile()}
　メール：{p['login']}@minato-seiko.co.jp

よろしくお願いいたします。
{SIG_MAKABE}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one contact person's mobile and e-mail: may be warned, must go")

# P17 four site-visit attendees with mobiles, to the target
_p = people(4)
add(sender=ONODERA, to=[YAGI],
    subject="工場見学の参加者（5/14）",
    charset="cp932",
    body=f"""八木様

お世話になっております。小野寺でございます。
5月14日の浜松工場見学の参加者をお知らせいたします。当日の緊急連絡先として携帯番号を記載しております。

　1. {_p[0]['name']}（日の出産業 生産本部）　{mobile()}
　2. {_p[1]['name']}（日の出産業 品質保証部）　{mobile()}
　3. {_p[2]['name']}（日の出産業 安全環境室）　{mobile()}
　4. {_p[3]['name']}（ツバサシステム）　{mobile()}

10時に正門の守衛所に伺います。安全靴とヘルメットは各自持参いたします。
{SIG_ONODERA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees with mobiles: below the five-person list threshold, may be warned")

# P18 interview slots naming three managers (names only)
add(sender=ONODERA, to=[OGATA],
    subject="追加インタビューの候補者",
    charset="iso-2022-jp",
    body=f"""緒方様

小野寺です。追加インタビューの件、対象会社から以下3名の了承が得られました。
製造部の勅使河原部長、経理課の野末課長、営業部の夏目課長です。
時間はいずれも5月27日（火）の午後、1名45分でお願いしたいとのことです。
{SIG_ONODERA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="three names with job titles and no other data about them")

# P20 tracking number of the courier carrying signed originals
add(sender=MAKABE, to=[MORITA],
    subject="署名済み原本の発送について",
    charset="iso-2022-jp",
    body=f"""森田様

真壁です。当社押印済みの株式譲渡契約書（2通）を本日発送いたしました。

　配送業者：ヤマト運輸（宅急便・午前指定）
　伝票番号：4812-3309-7716
　到着予定：5月31日（土）午前中

到着しましたらご一報いただけますと幸いです。
{SIG_MAKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a tracking number and shipping details: no personal data")

# P21 aggregate HR statistics, no individuals
add(sender=NISHINA, to=[IDE],
    subject="対象会社の人員構成（集計値）",
    charset="utf-8",
    body=f"""井出様

仁科です。人事制度統合の検討用に、対象会社の人員構成の集計値をお送りします（2025年3月末）。

部門          人数   平均年齢   平均勤続   平均残業(h/月)   有休取得率
-----------   ----   --------   --------   --------------   ----------
製造部         148      44.2       15.1             31.5        52%
品質保証部      22      41.8       13.6             18.2        61%
営業部          19      39.5       10.2             24.7        48%
管理部          23      46.9       17.8             12.3        70%
合計           212      43.9       14.8             27.6        55%

個人別のデータは必要になった段階で改めて対象会社に依頼します。
{SIG_NISHINA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="department-level aggregates only, a padded table with no individual rows")

# P23 notice that the NDA is signed
add(sender=ISURUGI, to=["東雲ケミカル 経営企画室 <kikaku@shinonome-chem.co.jp>"],
    subject="秘密保持契約締結のご連絡と今後の進め方",
    charset="iso-2022-jp",
    body=f"""東雲ケミカル株式会社
経営企画室 御中

いつもお世話になっております。日の出産業の石動でございます。
本日、秘密保持契約書の原本を受領いたしました。締結にご協力いただき誠にありがとうございます。

今後は同契約に基づき、機密情報の授受をデータルーム経由で行わせていただければと存じます。
初回の資料依頼リストは来週お送りいたします。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA being signed and 機密情報 handling: a mention, not a marking")

# P24 instructions mentioning 社外秘 as a word
add(sender=ONODERA, to=[SHIRAKAWA, KISHI, MORITA],
    subject="データルームの運用ルール（再周知）",
    charset="iso-2022-jp",
    body=f"""白川先生、岸先生、森田様

お世話になっております。小野寺です。
先方から、社外秘・極秘の区分が付いた資料はデータルーム上での閲覧のみとし、
ダウンロードやメール添付での転送は控えてほしいとの要望がありました。
お手数ですが、事務所内でも周知いただけますと幸いです。
{SIG_ONODERA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions 社外秘・極秘 as words in an instruction; three lawyers of one firm are one party")

# P25 four VDR users to the data room vendor
_p = people(4)
add(sender=SHIINA, to=["DataSafe Room サポート <support@datasafe-room.jp>"],
    subject="ユーザー追加申請（プロジェクトID: HS-AURORA）",
    charset="utf-8",
    body=f"""DataSafe Room サポートご担当者様

お世話になっております。日の出産業 情報システム部の椎名です。
プロジェクト HS-AURORA に以下のユーザー追加をお願いします（権限：閲覧のみ、DL不可）。

{chr(10).join(f'- {p["name"]} / {p["login"]}@{d}' for p, d in zip(_p, ['ariake-kansa.jp', 'ariake-kansa.jp', 'marunouchi-cap.co.jp', 'tsubasa-system.jp']))}

有効期限は2025年7月31日でお願いします。
{SIG_SHIINA}""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four named users with work e-mail addresses: under five, may be warned")

# P26 data room index: file names that sound risky
add(sender=ONODERA, to=[TOTSUKA, ASAMI],
    subject="データルーム格納資料の一覧（5/9時点）",
    charset="iso-2022-jp",
    body=f"""戸塚様、浅見様

小野寺です。5/9時点でデータルームに格納済みの資料（人事・財務関連）です。

　04_人事
　　04-01 組織図.pdf
　　04-02 従業員名簿（氏名マスキング版）.xlsx
　　04-03 賃金台帳_FY24.xlsx
　　04-04 就業規則・賃金規程.pdf
　　04-05 36協定届.pdf
　06_財務
　　06-01 決算書_FY22-24.pdf
　　06-02 勘定科目内訳書.pdf
　　06-03 月次試算表.xlsx

マイナンバー関連の書類は先方方針により格納対象外です。
{SIG_ONODERA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="an index of data-room file names (名簿, 賃金台帳, マイナンバー) with no data in it")

# P27 conference bridge details
add(sender=ISURUGI, to=[OGATA, ARAKAKI],
    subject="電話会議の接続情報",
    charset="iso-2022-jp",
    body=f"""緒方さん、新垣さん

明日11時からの電話会議の接続情報です。
　電話番号：03-4578-9021（東京）／ 06-4560-1177（大阪）
　会議ID：482 771 905#
　パスコード：3318#
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="conference bridge numbers and IDs: not personal data")

# P28 financing numbers to the bank
add(sender=KIRYU_JA, to=[TSUJIMOTO],
    subject="Re: タームシート（改訂版）",
    charset="cp932",
    body="""辻本様

改訂版のタームシートを拝受しました。以下の点は当社として合意可能です。

　借入金額：30億円（タームローンA 20億円／B 10億円）
　期間：A 7年（元金均等）、B 7年（期限一括）
　金利：TIBOR＋0.85%（A）、＋1.10%（B）
　財務制限条項：純資産維持（前期比75%）、レバレッジ・レシオ 3.5倍以下

アップフロントフィーの料率のみ、改めてご相談させてください。

日の出産業株式会社
取締役CFO 桐生 正道""",
    expect="pass",
    entities=[],
    detectors=[],
    note="loan terms and rates to the partner bank: business numbers only")

# P29 English timeline mail with a disclaimer
add(sender=KIRYU, to=[WHITFIELD],
    subject="Project Aurora - revised timeline",
    charset="utf-8",
    body=f"""Dear Daniel,

Please find below the revised timeline agreed with the seller's adviser:

  2 June      Board approval and signing; public announcement at 15:00 JST
  16 June     Antitrust filing (not required - confirmed by Shirakawa)
  1 July      Closing

We will share the final SPA through the data room once it is signed.

Kind regards,
{SIG_KIRYU}
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English timeline mail to one co-investor with the usual disclaimer")

# P30 internal: board minutes draft stamped 極秘 in the body
add(sender=USAMI, to=[ISURUGI, MAKABE],
    subject="議事録案の確認のお願い",
    charset="iso-2022-jp",
    body=f"""石動室長、真壁さん

お疲れさまです。宇佐美です。
6月2日の臨時取締役会の議事録案です。事実関係の確認をお願いします。

【極秘】
第1号議案 ミナト精工株式会社の株式取得の件
議長は、本議案について石動経営企画部M&A推進室長に説明させた。石動室長より、取得価額、
デューデリジェンスの結果及びリスク対応策について説明があり、社外取締役 梶谷氏より
未払残業代の補償の実効性について質問がなされ、真壁法務部マネージャーより回答がなされた。
議長が本議案の賛否を諮ったところ、出席取締役全員一致で原案どおり承認可決された。
{SIG_USAMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="【極秘】 minutes draft, but only internal recipients")

# P31 internal: sick-leave diagnoses between HR and legal
_p = people(3)
add(sender=NISHINA, to=[MAKABE], cc=["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
    subject="対象会社の休職者（PMI上の留意点）",
    charset="iso-2022-jp",
    body=f"""真壁さん

仁科です。転籍対象から外す方向で検討中の休職者3名です（社内限り）。
・{_p[0]['name']}（生産技術課）うつ病　休職満了 2025/6/9
・{_p[1]['name']}（営業部）適応障害　休職満了 2025/10/31
・{_p[2]['name']}（製造2課）腰椎椎間板ヘルニア　休職満了 2026/1/19
転籍除外が不利益取扱いとならないか、白川先生への相談事項に加えてください。
{SIG_NISHINA}""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="diagnoses of three named people, but sent only inside hinode-sangyo.co.jp")

# P32 internal: bulk CSV with an internal subdomain in Cc
_p = people(30)
_rows = [["氏名", "メール", "携帯", "生年月日"]] + [
    [p["name"], f"{p['login']}@minato-seiko.co.jp", mobile(), ymd(dob(1960, 2002))] for p in _p]
add(sender=SHIINA, to=["情報システム部 アカウント管理 <id-admin@hinode-sangyo.co.jp>"],
    cc=["椎名 拓 <shiina.taku@it.hinode-sangyo.co.jp>"],
    subject="対象会社社員のアカウント発行準備",
    charset="utf-8",
    body=f"""アカウント管理チーム各位

椎名です。7/1のクロージングに合わせ、対象会社社員30名分のグループアカウントを発行します。
元データを添付しますので、ID採番をお願いします。社外への送付は不可です。
{SIG_SHIINA}""",
    attachments=[{"kind": "csv", "name": "minato_accounts.csv", "encoding": "utf-8", "rows": _rows}],
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=[],
    note="30-person CSV to internal addresses (incl. the it. subdomain): all recipients internal")

# P33 teaser to six bidders correctly in Bcc
add(sender=ISURUGI, to=[ISURUGI],
    bcc=["corpdev@toho-hd.co.jp", "m-and-a@owada-tsusho.co.jp", "deals@greenfield-jp.com",
         "invest@hokuto-capital.co.jp", "senryaku@sanko-butsuryu.co.jp", "bd@kansai-logi-hd.co.jp"],
    subject="物流子会社の譲渡に関するご案内（ノンネームシート）",
    charset="iso-2022-jp",
    body=f"""各位

平素より大変お世話になっております。日の出産業株式会社の石動でございます。
当社グループの物流子会社の株式譲渡について、ご関心をお持ちいただけそうな事業会社・投資ファンドの皆様に
ノンネームシートをお送りしております（本メールはBccにてお送りしております）。

　事業内容：3PL（食品・日用品）、倉庫4拠点（関東・中部）
　売上高：約85億円／従業員数：約320名
　譲渡対象：発行済株式の100%

ご関心をお持ちいただける場合は、秘密保持契約の締結後、詳細資料をご提供いたします。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="six bidders are in Bcc (To is the sender himself): nobody sees anybody, and no marking")

# P35 order backlog with order numbers and product codes
add(sender=ONODERA, to=[TOTSUKA],
    subject="受注残の明細（大口分）",
    charset="iso-2022-jp",
    body=f"""戸塚様

小野寺です。受注残のうち1,000万円以上の案件です（3月末）。

受注番号      顧客                 品番        数量      金額(千円)   納期
------------  -------------------  ----------  --------  ----------   ----------
SO-25-00318   川崎電機             MP-2210-A    120,000      18,600   2025/06/30
SO-25-00342   東海オートパーツ     DK-0871      40,000      14,200   2025/07/15
SO-25-00377   浜名工業             MP-3305       85,000      11,050   2025/06/20
SO-25-00401   川崎電機             KT-1190-B     12,500      10,400   2025/08/31

{SIG_ONODERA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order numbers, customers and product codes in a padded table: no people")

# P37 the published press release, after 15:00, to the bank
add(sender=HANYU, to=[TSUJIMOTO],
    subject="本日公表のプレスリリース",
    charset="utf-8",
    body=f"""みどり銀行 辻本様

いつもお世話になっております。広報IR部の羽生です。
本日15時にTDnetおよび当社ウェブサイトで公表いたしましたリリースをお送りいたします。

日の出産業、精密プレス部品のミナト精工を子会社化
日の出産業株式会社は、本日開催の取締役会において、ミナト精工株式会社の全株式を取得し、
子会社化することを決議しました。取得予定日は2025年7月1日です。

【本件に関するお問い合わせ先】
日の出産業株式会社 広報IR部　TEL 03-6262-4300
{SIG_HANYU}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="an already-published release with the company's PR contact only")

# P39 reply giving one on-site contact's mobile
add(sender=TSUCHIYA, to=[TOTSUKA],
    subject="Re: 棚卸立会の集合場所",
    charset="iso-2022-jp",
    body=f"""戸塚様

土屋です。当日は湖西工場の正門に8時半集合でお願いします。
現地では対象会社 経理課の{(p := people(1)[0])['name']}さんがご案内します（携帯 {mobile()}）。

> 棚卸立会の集合場所と、現地のご担当者をお知らせください。
> 戸塚
{SIG_TSUCHIYA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's name and mobile in the new text of a reply: may be warned")

# P40 reply: two attendees in new text, a long list only in the quote
_new = people(2)
_old = people(7)
add(sender=ONODERA, to=[YAGI],
    subject="Re: 説明会の出席者",
    charset="iso-2022-jp",
    body=f"""八木様

小野寺です。当社からの出席者は以下の2名です。
　{_new[0]['name']}（人事部）携帯 {mobile()}
　{_new[1]['name']}（人事部）携帯 {mobile()}

貴社側の出席者一覧もありがとうございました。

差出人: 八木 修一 <s.yagi@minato-seiko.co.jp>
送信日時: 2025年6月10日 9:15
宛先: 小野寺 美咲
件名: 説明会の出席者

小野寺様
従業員説明会の当社側の出席者は以下のとおりです。
{chr(10).join(f'{p["name"]}　内線{rng.randrange(200, 299)}　{mobile()}' for p in _old)}
ミナト精工 八木""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people in new text; the seven-person list sits under 差出人/送信日時 quoted from the recipient")

# P41 data-room support request with a screenshot
add(sender=SHIINA, to=["DataSafe Room サポート <support@datasafe-room.jp>"],
    subject="ダウンロード時のエラーについて",
    charset="utf-8",
    body=f"""サポートご担当者様

椎名です。プロジェクト HS-AURORA で、フォルダ一括ダウンロード時に
「E-4031: ウォーターマーク処理がタイムアウトしました」と表示されます。
画面のスクリーンショットを添付します。ブラウザは Edge 124 です。
{SIG_SHIINA}""",
    attachments=[{"kind": "png", "name": "error_E4031.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="support request with an error code and a screenshot")

# P42 internal forward of the law firm's finding on a director's conviction
_p = people(1)[0]
add(sender=ISURUGI, to=[USAMI, KIRYU],
    subject="FW: 法務DD 重要発見事項（役員の適格性）",
    charset="iso-2022-jp",
    body=f"""宇佐美さん、桐生取締役

取締役会の審議資料に反映すべきか、ご判断ください。

-----Forwarded Message-----
From: 白川 透 <shirakawa@shirakawa-law.jp>
Subject: 法務DD 重要発見事項（役員の適格性）

対象会社の取締役 {_p['name']}氏について、2013年に業務上横領罪で有罪判決（執行猶予付き）を受けていた事実が
確認されました。会社法上の欠格事由には該当しませんが、取引先との関係で風評リスクがあります。
白川""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a named director's conviction, but forwarded only to internal recipients")

# P43 questions about My Number handling, no numbers
add(sender=NISHINA, to=[IDE],
    subject="マイナンバーの引継ぎ方法について",
    charset="iso-2022-jp",
    body=f"""井出様

仁科です。転籍者の個人番号（マイナンバー）の取扱いについてご相談です。
対象会社が保管している転籍者の個人番号を当社が引き継ぐことは、番号法上の「提供」の制限との関係で
可能でしょうか。それとも当社が改めて本人から提供を受ける必要がありますか。
また、基礎年金番号や健康保険証の情報も同様の扱いになるか、併せてご教示ください。
{SIG_NISHINA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a question about マイナンバー・基礎年金番号 rules: the words only, no numbers")

# P44 registry numbers: 会社法人等番号 (12 digits) and 法人番号
_base = "0804" + "01" + "023871"
add(sender=MAKABE, to=[MORITA],
    subject="登記情報の確認",
    charset="iso-2022-jp",
    body=f"""森田様

真壁です。商業登記の確認をお願いしている件、対象会社の番号は以下のとおりです。
　会社法人等番号：{_base[:4]}-{_base[4:6]}-{_base[6:]}
　法人番号　　　：{corporate_number(_base)}
　管轄：静岡地方法務局 浜松支局
役員変更登記の申請書類は、クロージング日の翌営業日に提出予定です。
{SIG_MAKABE}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a company's registry numbers (12-digit 会社法人等番号, 13-digit 法人番号): not personal data")

# P45 fixed asset register XLSX
_rows = [["固定資産台帳（抜粋）2025年3月31日"], [],
         ["資産番号", "資産名称", "設置場所", "取得日", "取得価額", "帳簿価額"]]
for i in range(25):
    _rows.append([f"FA-{10230 + i * 17}", rng.choice(["サーボプレス 300t", "順送金型 MP-2210用", "三次元測定機",
                                                      "フォークリフト", "コンプレッサー", "ワイヤーカット放電加工機"]),
                  rng.choice(["浜松工場 A棟", "浜松工場 B棟", "湖西工場"]), ymd(day(2005, 2024)),
                  rng.randrange(200, 9000) * 10000, rng.randrange(10, 3000) * 10000])
add(sender=TSUCHIYA, to=[TOTSUKA],
    subject="固定資産台帳の送付",
    charset="iso-2022-jp",
    body=f"""戸塚様

土屋です。減損兆候の検討用に、固定資産台帳（主要設備）を添付いたします。
遊休資産には備考欄に印を付けるよう先方に依頼中です。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "xlsx", "name": "固定資産台帳_抜粋.xlsx", "sheets": {"台帳": _rows}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a 25-row asset register: a long list, but of machines, not people")

# P46 lawyer plus an independent consultant on outlook.jp: two parties
add(sender=ISURUGI, to=[SHIRAKAWA], cc=["名倉 俊介 <s.nagura.consult@outlook.jp>"],
    subject="環境リスクに関する専門家のご紹介",
    charset="iso-2022-jp",
    body=f"""白川先生

石動です。対象会社の土壌汚染リスクについて、以前ご紹介いただいた元自治体職員の名倉さんに
ccでお入りいただきました。今後は三者でやり取りさせてください。

名倉様、白川法律事務所の白川先生です。どうぞよろしくお願いいたします。
{SIG_ISURUGI}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains", "freemail_recipient"],
    note="a law firm and one independent consultant on free mail: two outside parties, a normal three-way mail")

# =======================================================================================
# E1  org chart with eight managers' names, titles and joining year, to the FA
_p = people(8)
add(sender=ONODERA, to=[ARAKAKI],
    subject="対象会社の組織図（管理職）",
    charset="utf-8",
    body=f"""新垣様

小野寺です。組織図のテキスト版です（PDFは解像度が低く読みにくいため）。

代表取締役社長　湊 善之
├ 製造本部長　　{_p[0]['name']}（1991年入社）
│ ├ 製造1課長　{_p[1]['name']}（1998年入社）
│ └ 製造2課長　{_p[2]['name']}（2003年入社）
├ 品質保証部長　{_p[3]['name']}（1995年入社）
├ 営業部長　　　{_p[4]['name']}（2010年中途入社）
└ 管理本部長　　八木 修一（2012年中途入社）
　 ├ 経理課長　{_p[5]['name']}（2001年入社）
　 ├ 総務課長　{_p[6]['name']}（2007年入社）
　 └ 購買課長　{_p[7]['name']}（1999年入社）
{SIG_ONODERA}""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="org chart: ten named managers with titles and joining year, no contact data; a list of people or a business org chart")

# E2  directors' list as published in the annual securities report, to the bank
_p = people(5)
_rows = [["役職名", "氏名", "生年月日", "略歴", "任期", "所有株式数(千株)"]]
for p, t in zip(_p, ["代表取締役社長", "取締役専務執行役員", "取締役", "社外取締役", "常勤監査役"]):
    d = dob(1952, 1970)
    _rows.append([t, p["name"], f"{d.year}年{d.month}月{d.day}日生", rng.choice(["1979年4月 当社入社", "1985年4月 日の出銀行入行", "1990年4月 弁護士登録"]),
                  "(注)3", rng.randrange(2, 120)])
add(sender=TSUCHIYA, to=[TSUJIMOTO],
    subject="役員の状況（有価証券報告書より）",
    charset="iso-2022-jp",
    body=f"""辻本様

土屋です。与信申請書にご記載いただく当社役員の状況です。
有価証券報告書（第78期）の「役員の状況」の記載をそのまま抜き出しています。
{SIG_TSUCHIYA}""",
    attachments=[{"kind": "xlsx", "name": "役員の状況_第78期.xlsx", "sheets": {"役員": _rows}}],
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five directors with dates of birth, but copied from the public annual securities report")

# E3  lawyer + target CFO + the same CFO's private gmail
add(sender=MAKABE, to=[KISHI, YAGI, "八木 修一 <shuichi.yagi.1969@gmail.com>"],
    subject="クロージング書類の最終確認",
    charset="iso-2022-jp",
    body=f"""岸先生
八木様

お世話になっております。真壁です。
クロージング書類のチェックリストを更新しました。八木様には、ご出張中とのことで
ご指定の個人アドレスにも併せてお送りしております。
未了の書類（取締役の辞任届、株券不発行の確認書）について、6月27日までにご準備をお願いします。
{SIG_MAKABE}""",
    expect="either",
    entities=[],
    detectors=["multiple_external_domains", "freemail_recipient", "external_recipients_visible"],
    note="three external addresses visible, but the gmail one is the same target CFO: two or three parties")


# --- ids: the scenarios above are dealt into a seeded order, then numbered ------------
_order = list(range(len(_msgs)))
random.Random(SEED).shuffle(_order)
MESSAGES = [{"id": f"dd-{n:03d}", **_msgs[j]} for n, j in enumerate(_order, 1)]
