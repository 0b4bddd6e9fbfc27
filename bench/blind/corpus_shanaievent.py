"""Blind evaluation corpus — area: shanaievent (社内イベント at 総務).

社員旅行・忘年会・運動会・永年勤続表彰: mail between 日の出産業's 総務部 (and the event
幹事) and travel agencies, hotels, ryokan, bus and taxi companies, venues, gift vendors,
printers, insurance agents and retirees — participant lists, rooming lists, food
allergies and other 配慮事項, travel insurance enrolment, passports, cards.

Everything here is invented (people, numbers, addresses, companies other than the
organisation and partners given in the brief). It was written blind, from
bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only, without reading
mailguard's code, rules or tests.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date
from types import SimpleNamespace

from build import card_number, my_number

SEED = 33001
rng = random.Random(SEED)
AREA = "shanaievent"

# -- invented people -----------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "SATO"), ("鈴木", "スズキ", "SUZUKI"), ("高橋", "タカハシ", "TAKAHASHI"),
    ("田中", "タナカ", "TANAKA"), ("伊藤", "イトウ", "ITO"), ("渡辺", "ワタナベ", "WATANABE"),
    ("山本", "ヤマモト", "YAMAMOTO"), ("中村", "ナカムラ", "NAKAMURA"), ("小林", "コバヤシ", "KOBAYASHI"),
    ("加藤", "カトウ", "KATO"), ("吉田", "ヨシダ", "YOSHIDA"), ("山田", "ヤマダ", "YAMADA"),
    ("佐々木", "ササキ", "SASAKI"), ("松本", "マツモト", "MATSUMOTO"), ("井上", "イノウエ", "INOUE"),
    ("木村", "キムラ", "KIMURA"), ("林", "ハヤシ", "HAYASHI"), ("清水", "シミズ", "SHIMIZU"),
    ("山崎", "ヤマザキ", "YAMAZAKI"), ("森", "モリ", "MORI"), ("池田", "イケダ", "IKEDA"),
    ("橋本", "ハシモト", "HASHIMOTO"), ("阿部", "アベ", "ABE"), ("石川", "イシカワ", "ISHIKAWA"),
    ("前田", "マエダ", "MAEDA"), ("藤田", "フジタ", "FUJITA"), ("小川", "オガワ", "OGAWA"),
    ("岡田", "オカダ", "OKADA"), ("後藤", "ゴトウ", "GOTO"), ("長谷川", "ハセガワ", "HASEGAWA"),
    ("村上", "ムラカミ", "MURAKAMI"), ("近藤", "コンドウ", "KONDO"), ("石井", "イシイ", "ISHII"),
    ("坂本", "サカモト", "SAKAMOTO"), ("遠藤", "エンドウ", "ENDO"), ("青木", "アオキ", "AOKI"),
    ("藤井", "フジイ", "FUJII"), ("福田", "フクダ", "FUKUDA"), ("太田", "オオタ", "OTA"),
    ("三浦", "ミウラ", "MIURA"), ("藤原", "フジワラ", "FUJIWARA"), ("岡本", "オカモト", "OKAMOTO"),
    ("松田", "マツダ", "MATSUDA"), ("中川", "ナカガワ", "NAKAGAWA"), ("勅使河原", "テシガワラ", "TESHIGAWARA"),
    ("東海林", "ショウジ", "SHOJI"), ("小鳥遊", "タカナシ", "TAKANASHI"), ("四十物", "アイモノ", "AIMONO"),
    ("薬師寺", "ヤクシジ", "YAKUSHIJI"), ("五十嵐", "イガラシ", "IGARASHI"), ("御手洗", "ミタライ", "MITARAI"),
    ("百目鬼", "ドウメキ", "DOMEKI"), ("比嘉", "ヒガ", "HIGA"), ("我妻", "ワガツマ", "WAGATSUMA"),
    ("鬼頭", "キトウ", "KITO"), ("砂川", "スナガワ", "SUNAGAWA"), ("宍戸", "シシド", "SHISHIDO"),
    ("明石", "アカシ", "AKASHI"), ("乙部", "オトベ", "OTOBE"), ("能登谷", "ノトヤ", "NOTOYA"),
    ("鳩山", "ハトヤマ", "HATOYAMA"), ("猪狩", "イガリ", "IGARI"), ("雲雀", "ヒバリ", "HIBARI"),
]
MEI_M = [
    ("健一", "ケンイチ", "KENICHI"), ("大輔", "ダイスケ", "DAISUKE"), ("翔太", "ショウタ", "SHOTA"),
    ("拓也", "タクヤ", "TAKUYA"), ("浩二", "コウジ", "KOJI"), ("誠", "マコト", "MAKOTO"),
    ("直樹", "ナオキ", "NAOKI"), ("隆", "タカシ", "TAKASHI"), ("亮", "リョウ", "RYO"),
    ("修", "オサム", "OSAMU"), ("和也", "カズヤ", "KAZUYA"), ("悠斗", "ユウト", "YUTO"),
    ("蓮", "レン", "REN"), ("哲也", "テツヤ", "TETSUYA"), ("正樹", "マサキ", "MASAKI"),
    ("慎吾", "シンゴ", "SHINGO"), ("陽介", "ヨウスケ", "YOSUKE"), ("勝利", "カツトシ", "KATSUTOSHI"),
    ("一馬", "カズマ", "KAZUMA"), ("孝之", "タカユキ", "TAKAYUKI"), ("昌平", "ショウヘイ", "SHOHEI"),
    ("恭介", "キョウスケ", "KYOSUKE"), ("伸也", "シンヤ", "SHINYA"), ("実", "ミノル", "MINORU"),
]
MEI_F = [
    ("美咲", "ミサキ", "MISAKI"), ("陽子", "ヨウコ", "YOKO"), ("由美", "ユミ", "YUMI"),
    ("真由美", "マユミ", "MAYUMI"), ("恵", "メグミ", "MEGUMI"), ("沙織", "サオリ", "SAORI"),
    ("千尋", "チヒロ", "CHIHIRO"), ("奈々", "ナナ", "NANA"), ("智子", "トモコ", "TOMOKO"),
    ("優花", "ユウカ", "YUKA"), ("久美子", "クミコ", "KUMIKO"), ("麻衣", "マイ", "MAI"),
    ("さくら", "サクラ", "SAKURA"), ("理恵", "リエ", "RIE"), ("葵", "アオイ", "AOI"),
    ("綾乃", "アヤノ", "AYANO"), ("静香", "シズカ", "SHIZUKA"), ("友里", "ユリ", "YURI"),
    ("香織", "カオリ", "KAORI"), ("早苗", "サナエ", "SANAE"),
]
DEPTS = ["営業部", "製造部", "品質保証部", "経理部", "総務部", "物流部", "技術開発部", "購買部",
         "人事部", "情報システム部"]
PLACES = [
    ("330-0846", "埼玉県さいたま市大宮区大門町"), ("330-0061", "埼玉県さいたま市浦和区常盤"),
    ("332-0021", "埼玉県川口市西川口"), ("362-0035", "埼玉県上尾市仲町"),
    ("343-0836", "埼玉県越谷市蒲生寿町"), ("115-0055", "東京都北区赤羽西"),
    ("174-0056", "東京都板橋区志村"), ("335-0015", "埼玉県戸田市川岸"),
    ("335-0004", "埼玉県蕨市中央"), ("350-0043", "埼玉県川越市新富町"),
    ("179-0072", "東京都練馬区光が丘"), ("359-1141", "埼玉県所沢市小手指町"),
    ("344-0061", "埼玉県春日部市粕壁"), ("270-0034", "千葉県松戸市新松戸"),
    ("340-0015", "埼玉県草加市高砂"), ("331-0812", "埼玉県さいたま市北区宮原町"),
    ("337-0051", "埼玉県さいたま市見沼区東大宮"), ("362-0042", "埼玉県上尾市谷津"),
]
_used_names: set[str] = set()
_used_phones: set[str] = set()


def mobile() -> str:
    while True:
        p = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if p not in _used_phones:
            _used_phones.add(p)
            return p


def person(sex: str | None = None, born: tuple[int, int] = (1964, 2003)) -> SimpleNamespace:
    while True:
        s = rng.choice(SEI)
        sx = sex or rng.choice("MMMFF")
        g = rng.choice(MEI_M if sx == "M" else MEI_F)
        if s[0] + g[0] not in _used_names:
            break
    _used_names.add(s[0] + g[0])
    dob = date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
    zipc, town = rng.choice(PLACES)
    addr = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    if rng.random() < 0.35:
        addr += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グランシャリオ'])}{rng.choice(['桜', '白梅', '大宮', '東'])}{rng.randint(1, 4)}0{rng.randint(1, 8)}"
    return SimpleNamespace(
        sei=s[0], mei=g[0], name=f"{s[0]} {g[0]}", kana=f"{s[1]} {g[1]}",
        romaji=f"{s[2]} {g[2]}", sur=s[2], given=g[2], sex=sx,
        sexj="男" if sx == "M" else "女", dob=dob, tel=mobile(), dept=rng.choice(DEPTS),
        emp=f"{rng.randint(10, 26):02d}{rng.randint(100, 999)}", zip=zipc, addr=addr,
        age=2026 - dob.year - (1 if (dob.month, dob.day) > (10, 16) else 0),
    )


def people(n: int, **kw) -> list[SimpleNamespace]:
    return [person(**kw) for _ in range(n)]


_FW = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def fw(s: str) -> str:
    """full-width digits, letters and signs (０９０－…)."""
    return s.translate(_FW).replace("-", "－")


def wareki(d: date) -> tuple[str, str, int]:
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


def dob(d: date, style: str) -> str:
    era, letter, y = wareki(d)
    return {
        "iso": d.isoformat(),
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "kanji": f"{d.year}年{d.month}月{d.day}日",
        "wareki": f"{era}{y}年{d.month}月{d.day}日",
        "wabbr": f"{letter}{y}.{d.month}.{d.day}",
        "wfw": fw(f"{letter}{y}.{d.month}.{d.day}"),
        "wfwk": fw(f"{era}{y}年{d.month}月{d.day}日"),
        "en": d.strftime("%d %b %Y").upper(),
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
    }[style]


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s: str, w: int, fill: str = " ") -> str:
    gap = max(w - dw(s), 0)
    return s + (fill * (gap // 2) + (" " if gap % 2 else "") if fill == "\u3000" else fill * gap)


def columns(rows: list[list[str]], gap: int = 2, rule: str | None = "-") -> str:
    widths = [max(dw(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append((" " * gap).join(rule * w for w in widths))
    return "\n".join(out)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def passport() -> str:
    return rng.choice(["TK", "TR", "TZ", "MZ", "TS", "TH"]) + f"{rng.randint(0, 9999999):07d}"


def licence() -> str:
    return f"30{rng.randint(0, 9999999999):010d}"


def pension() -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"


# -- the organisation's people and signatures ----------------------------------------------

NISHIMURA = "西村 彩 <a.nishimura@hinode-sangyo.co.jp>"
ONODERA = "小野寺 健太 <k.onodera@hinode-sangyo.co.jp>"
FUKUDOME = "福留 真由 <m.fukudome@hinode-sangyo.co.jp>"
OKOUCHI = "大河内 徹 <t.okouchi@hinode-sangyo.co.jp>"
YANAGIDA = "柳田 翼 <t.yanagida@hinode-sangyo.co.jp>"
KANNO = "菅野 里奈 <r.kanno@hinode-sangyo.co.jp>"
IWABUCHI = "岩渕 勇気 <y.iwabuchi@hinode-sangyo.co.jp>"
SOUMU = "日の出産業 総務課 <soumu@hinode-sangyo.co.jp>"

DISCLAIMER_JA = (
    "本メールおよび添付ファイルには機密情報が含まれている場合があります。\n"
    "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、削除をお願いいたします。")
DISCLAIMER_EN = (
    "This e-mail and any attachments may contain confidential information. If you are not\n"
    "the intended recipient, please notify the sender and delete this e-mail.")

SIG_NISHIMURA = """
――――――――――――――――――――――
日の出産業株式会社　総務部 総務課
西村 彩（Aya Nishimura）
〒330-0854 埼玉県さいたま市大宮区桜木町4-218-3 日の出ビル5F
TEL：048-641-2270（代表）　内線：2315
Mail：a.nishimura@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_ONODERA = """
--
日の出産業株式会社
総務部 総務課　小野寺 健太
TEL 048-641-2270 / FAX 048-641-2279
k.onodera@hinode-sangyo.co.jp"""

SIG_FUKUDOME = """
*************************************
 日の出産業株式会社 総務部
 福留 真由（ふくどめ まゆ）
 〒330-0854 さいたま市大宮区桜木町4-218-3
 TEL: 048-641-2270（内線2318）
 E-mail: m.fukudome@hinode-sangyo.co.jp
*************************************"""

SIG_OKOUCHI = """
日の出産業株式会社
総務部長　大河内 徹
TEL 048-641-2270"""

SIG_YANAGIDA = """
------------------------------
日の出産業株式会社 営業部 営業二課
社員旅行実行委員（幹事）　柳田 翼
TEL: 048-641-2270 内線 3121 / 携帯: 080-4417-2093（会社貸与）
------------------------------"""

SIG_KANNO = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 人事部 人事課
菅野 里奈
TEL 048-641-2270（内線2240）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_IWABUCHI = """
----
日の出産業（株） 製造部 生産管理課
秋季運動会 実行委員長　岩渕 勇気
内線 4402"""

SIG_EN = """
--
Aya Nishimura
General Affairs Section, Hinode Sangyo Co., Ltd.
4-218-3 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
Tel: +81-48-641-2270
"""

HINODE_CORP = corp_number("030001083412")

# -- the messages ------------------------------------------------------------------------

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# 001 ---------------------------------------------------------------------------------
_p = people(8)
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    cc=["柳田 翼 <t.yanagida@hinode-sangyo.co.jp>"],
    subject="【日の出産業】社員旅行（箱根）参加者名簿 第1班分",
    charset="iso-2022-jp",
    body=f"""星空トラベル株式会社
法人営業部　岡島 様

いつも大変お世話になっております。
日の出産業 総務課の西村でございます。

10月16日（金）～17日（土）の社員旅行（箱根・強羅）の件、
参加が確定した第1班（営業部・物流部）の名簿をお送りいたします。
バス座席表・旅行傷害保険の手配にご利用ください。

""" + columns([["No", "氏名", "フリガナ", "性別", "生年月日", "携帯電話"]] + [
        [str(i + 1), p.name, p.kana, p.sexj, dob(p.dob, "slash"), p.tel] for i, p in enumerate(_p)]) + """

第2班（製造部・品質保証部）は今週金曜日までにお送りします。
何卒よろしくお願いいたします。
""" + SIG_NISHIMURA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 participants with birth dates and mobiles, padded columns in the body, to a travel agency",
)

# 002 ---------------------------------------------------------------------------------
add(
    sender=ONODERA, to=["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    subject="12/18 忘年会のご予約について（日の出産業）",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約係 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
先日お電話でご相談した忘年会の件、下記の内容で仮予約をお願いいたします。

　日時　　：2026年12月18日（金）18:30～21:00
　会場　　：鳳凰の間（立食ではなく着席・円卓希望）
　人数　　：60名前後（最終人数は12/11までにご連絡します）
　お料理　：和洋折衷コース 8,800円（税サ込）
　お飲物　：飲み放題プラン 2,500円
　その他　：マイク2本、プロジェクター、ビンゴ用の長机1台

お見積書をPDFでいただけますと幸いです。
また、駐車場は何台まで確保可能でしょうか。

よろしくお願いいたします。
""" + SIG_ONODERA + "\n\n" + DISCLAIMER_JA,
    expect="pass",
    entities=[], detectors=[],
    note="ordinary banquet booking to a partner hotel; only a disclaimer mentions 機密情報",
)

# 003 ---------------------------------------------------------------------------------
add(
    sender=OKOUCHI,
    to=["松永 茂 <matsunaga.shigeru52@gmail.com>", "komiyama-h@yahoo.co.jp",
        "鶴田 和子 <kazuko.tsuruta@docomo.ne.jp>", "h-uesugi1950@icloud.com",
        "石黒 様 <ishiguro.kanji@gmail.com>"],
    subject="忘年会のご案内（OB・OGの皆様へ）",
    charset="iso-2022-jp",
    body="""OB・OGの皆様

ご無沙汰しております。総務部の大河内でございます。
皆様にはお元気でお過ごしのことと存じます。

今年も下記のとおり忘年会を開催いたします。
現役社員一同、皆様のお越しを心よりお待ちしております。

　日時：2026年12月18日（金）18:30～
　会場：さくらホテル大宮 2階「鳳凰の間」
　会費：OB・OGの皆様は無料です

ご出欠を12月4日までにこのメールへのご返信でお知らせください。
""" + SIG_OKOUCHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five retirees' private addresses openly in To: should have been Bcc",
)

# 004 ---------------------------------------------------------------------------------
_p = people(9)
_cond = ["", "そば（重度・エピペン携帯）", "", "えび・かに", "", "乳製品", "", "", "卵"]
_note = ["", "", "持病の腰痛のため和室不可", "", "高血圧で服薬中（飲酒控えめ）", "", "", "妊娠中", ""]
add(
    sender=FUKUDOME,
    to=["社員旅行幹事 <ryoko-kanji@hinode-sangyo.co.jp>"],
    cc=["柳田 翼 <t.yanagida@hinode-sangyo.co.jp>"],
    subject="社員旅行 食事・配慮事項の取りまとめ（幹事限り）",
    charset="utf-8",
    body="""幹事の皆さん

お疲れさまです。福留です。
参加申込フォームの「食物アレルギー・配慮事項」欄に記入があった方をまとめました。
旅館に伝えるのは人数と内容のみとし、お名前は出さない方針でお願いします。

""" + "\n".join(f"{p.name}（{p.dept}）\t{p.tel}\t{a or '－'}\t{n or '－'}"
                for p, a, n in zip(_p, _cond, _note)) + """

※ 本リストの社外転送は禁止です。
""" + SIG_FUKUDOME,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="allergies and health notes per named employee, but every recipient is internal",
)

# 005 ---------------------------------------------------------------------------------
_p = people(14)
add(
    sender=NISHIMURA,
    to=["ときわ保険サービス 篠原様 <shinohara@tokiwa-hoken.co.jp>"],
    cc=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="国内旅行傷害保険 加入者一覧の送付",
    charset="shift_jis",
    body="""ときわ保険サービス株式会社
篠原 様

お世話になっております。日の出産業の西村です。
社員旅行（10/16～17）の国内旅行傷害保険につきまして、加入者一覧をお送りします。
生年月日は社内システムの出力のため和暦表記になっております。ご了承ください。
※旅行会社の岡島様にもCCでお送りしております。

ご確認のほど、よろしくお願いいたします。
""" + SIG_NISHIMURA,
    attachments=[{
        "kind": "xlsx", "name": "旅行傷害保険_加入者一覧_20261016.xlsx",
        "sheets": {
            "加入者一覧": [["2026年度 社員旅行 国内旅行傷害保険 加入者一覧（日の出産業株式会社）"], [],
                        ["No", "所属", "氏名", "フリガナ", "性別", "生年月日", "プラン"]] + [
                [i + 1, p.dept, p.name, p.kana, p.sexj, dob(p.dob, "wareki"), "Bプラン"]
                for i, p in enumerate(_p)],
            "集計": [["プラン", "人数", "保険料"], ["Bプラン", 14, 14 * 680]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data", "multiple_external_domains"],
    note="14 insured employees with 和暦 birth dates in an XLSX (title row above header), insurer + travel agency",
)

# 006 ---------------------------------------------------------------------------------
add(
    sender=YANAGIDA, to=["みなと交通 貸切バス営業所 <kashikiri@minato-kotsu.co.jp>"],
    subject="貸切バス配車のお願い（10/16-17 箱根方面）",
    charset="utf-8",
    body="""みなと交通株式会社
貸切バス営業所 御中

お世話になっております。
日の出産業株式会社の柳田と申します。社員旅行の幹事をしております。
以下の行程で大型バスの配車をお願いできますでしょうか。

■ 10月16日（金）
　07:30　弊社本社前（さいたま市大宮区桜木町4-218-3）集合・出発
　10:30頃　御殿場プレミアム・アウトレット（昼食・自由行動）
　15:00頃　強羅 旅館 湯の花荘 着
■ 10月17日（土）
　09:30　湯の花荘 出発
　11:00　大涌谷 見学
　13:00　小田原にて昼食
　17:30頃　本社前 着・解散

台数：大型（正席45）×2台
参加予定：82名＋添乗員1名

お見積りをいただけましたら社内で決裁を取ります。
よろしくお願いいたします。
""" + SIG_YANAGIDA,
    expect="pass",
    entities=[], detectors=[],
    note="bus charter request: itinerary and headcount only, the company's own address",
)

# 007 ---------------------------------------------------------------------------------
_p = people(9, born=(1968, 2002))
add(
    sender=NISHIMURA, to=["星空トラベル 海外旅行センター <kaigai@hoshizora-travel.co.jp>"],
    subject="台湾研修旅行 パスポート情報の送付",
    charset="iso-2022-jp",
    body="""星空トラベル株式会社 海外旅行センター
ご担当 堀様

お世話になっております。日の出産業の西村です。
11月の台湾研修旅行（優秀社員表彰旅行）の航空券発券用に、
参加者9名のパスポート情報をCSVでお送りします。
氏名はパスポート記載どおりのローマ字です。

お手数ですが、内容をご確認のうえ発券をお願いいたします。
""" + SIG_NISHIMURA,
    attachments=[{
        "kind": "csv", "name": "taiwan_passport_list.csv", "encoding": "cp932",
        "rows": [["No", "SURNAME", "GIVEN NAME", "性別", "生年月日", "旅券番号", "有効期限"]] + [
            [i + 1, p.sur, p.given, p.sex, dob(p.dob, "iso"), passport(),
             f"20{rng.randint(28, 35)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
            for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers of 9 travellers in a CP932 CSV to a travel agency",
)

# 008 ---------------------------------------------------------------------------------
add(
    sender=ONODERA, to=["村瀬様 <murase@sakura-hote1.jp>"],
    subject="Re: 忘年会 最終人数のご連絡",
    charset="iso-2022-jp",
    body="""さくらホテル 村瀬様

お世話になっております。日の出産業の小野寺です。
忘年会の最終人数が確定しましたのでご連絡いたします。

　ご出席：63名（うちOB・OG 7名）
　お料理：和洋折衷コース 63名分
　お飲物：飲み放題 63名分

受付用の長机を1台、入口付近にご用意いただけますと助かります。
当日は17:30に幹事4名で伺います。

引き続きよろしくお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain sakura-hote1.jp: digit 1 for l, look-alike of partner sakura-hotel.jp",
)

# 009 ---------------------------------------------------------------------------------
_p = people(10)
_rooms = ["301", "301", "302", "302", "303", "303", "305", "305", "306", "306"]
add(
    sender=NISHIMURA, to=["村瀬 様 <murase@sakura-hotel.jp>"],
    subject="Re: 【さくらホテル】お部屋割りのご確認",
    charset="iso-2022-jp",
    body="""村瀬様

お世話になっております。日の出産業の西村です。
お部屋割り、ご確認いただきありがとうございます。
下記の内容で相違ございません。
チェックインは16時頃、全員まとめての到着になります。

どうぞよろしくお願いいたします。
""" + SIG_NISHIMURA + """

> 日の出産業株式会社
> 西村様
>
> いつもありがとうございます。さくらホテル 宿泊予約の村瀬でございます。
> いただいたお部屋割りを下記のとおり登録いたしました。ご確認ください。
>
""" + "\n".join(f"> {r}号室　{p.name}様（{p.sexj}性）" for r, p in zip(_rooms, _p)) + """
>
> 以上、よろしくお願いいたします。
""",
    expect="pass",
    entities=[], detectors=[],
    note="the rooming list is only quoted (>) from the hotel's own mail; new text has no data",
)

# 010 ---------------------------------------------------------------------------------
_p = people(12)
_rt = ["和洋室", "和洋室", "和洋室", "ツイン", "ツイン", "和室8畳", "和室8畳", "和室8畳", "ツイン",
       "ツイン", "シングル", "シングル"]
add(
    sender=FUKUDOME, to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="ルーミングリスト送付（日の出産業 10/16泊）",
    charset="utf-8",
    body="""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 総務部の福留です。
10/16ご宿泊分のルーミングリスト（先発グループ）をお送りします。
Excelから貼り付けているため見づらくて申し訳ございません。

部屋タイプ\t氏名\tフリガナ\t性別\t喫煙\t到着予定
""" + "\n".join(f"{t}\t{p.name}\t{p.kana}\t{p.sexj}\t{rng.choice(['禁煙', '禁煙', '喫煙'])}\t{rng.choice(['15:30', '16:00', '18:30'])}"
                for t, p in zip(_rt, _p)) + """

残りの方は確定次第お送りします。
""" + SIG_FUKUDOME,
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="rooming list of 12 named employees (kana, sex, smoking) tab-separated in the body",
)

# 011 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA,
    to=["岡島 様 <okajima@hoshizora-travel.co.jp>", "法人旅行部 <houjin@nippon-tabi.co.jp>",
        "sales@kaiyo-tours.jp"],
    subject="【お見積依頼】2027年度 社員旅行プランについて",
    charset="iso-2022-jp",
    body="""各位

お世話になっております。日の出産業株式会社 総務課の西村です。
2027年度の社員旅行につきまして、下記条件でプランとお見積りをお願いいたします。

・時期：2027年10月中旬の金土（1泊2日）
・人数：80～90名
・方面：関東近郊の温泉地（移動片道3時間以内）
・予算：お一人様 35,000円以内（バス・宿泊・2食・保険込み）
・宴会場：全員が入れる大広間

ご提案は11月30日までに、本メールの返信にてお送りください。
社内で比較検討のうえ、12月中旬にご連絡いたします。
""" + SIG_NISHIMURA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="request for quotes sent to three competing travel agencies, all visible in To",
)

# 012 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="社員旅行 お見積りの前提条件について",
    charset="utf-8",
    body="""岡島様

お世話になっております。西村です。
お見積りの前提条件について、ご質問の件を回答いたします。

1. 参加人数：現時点で82名（男性56名・女性26名）
2. 年代構成：20代 18名、30代 24名、40代 22名、50代以上 18名
3. お部屋：和室4～5名1室が基本、女性は別棟希望
4. 宴会：大広間、カラオケ設備あり希望
5. 貸切バス：みなと交通様に手配済み（旅行会社様手配の対象外）

請求書は「日の出産業株式会社 総務部」宛てでお願いいたします。
""" + SIG_NISHIMURA,
    expect="pass",
    entities=[], detectors=[],
    note="aggregate headcounts and age bands only, no individual",
)

# 013 ---------------------------------------------------------------------------------
_years = [40, 30, 30, 20, 20, 20]
_p = [person(born=(max(1962, 2026 - y - 40), 2026 - y - 19)) for y in _years]
add(
    sender=KANNO, to=["青木税理士法人 給与計算チーム <payroll@aoki-tax.jp>"],
    subject="永年勤続表彰 副賞（旅行券）の課税処理について",
    charset="iso-2022-jp",
    body="""青木税理士法人
給与計算チーム 御中

いつもお世話になっております。日の出産業 人事部の菅野です。

11月の創立記念式典で永年勤続表彰を行い、副賞として旅行券を支給いたします。
旅行券は現物給与として課税対象になると理解しておりますので、
11月支給分の給与計算に反映をお願いいたします。
対象者の個人番号も一覧に記載しております。

ご不明点があればご連絡ください。
""" + SIG_KANNO,
    attachments=[{
        "kind": "xlsx", "name": "永年勤続_副賞支給一覧.xlsx",
        "sheets": {"支給一覧": [["社員番号", "氏名", "勤続年数", "副賞", "金額", "個人番号"]] + [
            [p.emp, p.name, f"{y}年", "旅行券", {40: 200000, 30: 100000, 20: 50000}[y], my_number(SEED + k)]
            for k, (p, y) in enumerate(zip(_p, _years))]},
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="My Numbers of six award recipients in an XLSX to an outside payroll firm",
)

# 014 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="Re: 予算内訳のご提示について",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。西村です。

予算の内訳についてお問い合わせをいただきましたが、
会社補助と積立金の内訳は社内規程上「社外秘」の扱いとなっておりますので、
恐れ入りますが総額のみでのご回答とさせてください。

　総予算：3,120,000円（82名分、税込）

上記の範囲内でご提案いただければ幸いです。
よろしくお願いいたします。
""" + SIG_NISHIMURA,
    expect="pass",
    entities=[], detectors=[],
    note="mentions that the breakdown is 社外秘 and withholds it: a mention, not a marking",
)

# 015 ---------------------------------------------------------------------------------
_p = person("M", born=(1965, 1975))
add(
    sender=YANAGIDA, to=["湯の花荘 フロント <front@yunohana-ryokan.jp>"],
    subject="10/16ご宿泊 日の出産業 お食事のご相談",
    charset="shift_jis",
    body=f"""湯の花荘 ご担当者様

お世話になっております。10/16に団体でお世話になる日の出産業の柳田です。

参加者のうち、{_p.dept}の{_p.name}（{_p.age}歳）が1型糖尿病のため
インスリン注射を行っており、夕食の開始時刻を事前に正確に知りたいとのことです。
また、夕食は糖質を控えたメニューに変更いただくことは可能でしょうか。
インスリン製剤を冷蔵保管したいので、お部屋の冷蔵庫が使えるかも併せてご確認ください。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_YANAGIDA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's diabetes and insulin treatment (medical history) to a ryokan",
)

# 016 ---------------------------------------------------------------------------------
_p = people(20)
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="社員旅行 参加者名簿（第2班）送付",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。日の出産業の西村です。
第2班の参加者名簿をお送りいたします。
個人情報を含むため、ZIPファイルにパスワードを設定しております。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_NISHIMURA,
    attachments=[{
        "kind": "zip", "name": "参加者名簿_第2班.zip", "password": "Hn2026#Gora",
        "files": [{"kind": "xlsx", "name": "参加者名簿_第2班.xlsx", "sheets": {"名簿": [
            ["氏名", "性別", "生年月日", "携帯"]] + [[p.name, p.sexj, dob(p.dob, "slash"), p.tel] for p in _p]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of a participant list: cannot be inspected",
)

# 017 ---------------------------------------------------------------------------------
add(
    sender=OKOUCHI, to=["鴨志田 様 <kamoshida.ichiro@gmail.com>"],
    subject="創立50周年記念式典へのご招待",
    charset="iso-2022-jp",
    body="""鴨志田 一郎 様

ご無沙汰しております。総務部の大河内です。
在職中は大変お世話になりました。

さて、弊社は本年11月に創立50周年を迎え、記念式典を執り行うこととなりました。
元専務として会社の礎を築いてこられた鴨志田様に、ぜひご臨席を賜りたく存じます。

　日時：2026年11月20日（金）15:00～（祝賀会 17:00～）
　会場：さくらホテル大宮 3階「桜の間」

正式な招待状は郵送いたしますが、取り急ぎメールにてご案内申し上げます。
ご都合をお聞かせいただけましたら幸いです。
""" + SIG_OKOUCHI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="personal invitation to one retiree at his own Gmail address",
)

# 018 ---------------------------------------------------------------------------------
_p = person("F", born=(1980, 1992))
add(
    sender=YANAGIDA, to=["みなと交通 貸切バス営業所 <kashikiri@minato-kotsu.co.jp>"],
    subject="Re: 貸切バス配車のお願い（車椅子対応について）",
    charset="iso-2022-jp",
    body=f"""みなと交通 貸切バス営業所
ご担当 大関様

お世話になっております。日の出産業の柳田です。
先日お伝えしていた車椅子のお客様について、詳細をお知らせします。

　お名前：{_p.name}（{_p.kana}）様　{_p.dept}
　状況　：脊髄損傷による下肢機能障害（身体障害者手帳1級）
　　　　　電動ではなく手動の車椅子、折りたたみ可
　同行　：介助者として同僚1名が隣席に座ります

2号車をリフト付き車両にしていただくことは可能でしょうか。
難しい場合はご相談させてください。
""" + SIG_YANAGIDA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named employee's disability and 障害者手帳 grade sent to a bus company",
)

# 019 ---------------------------------------------------------------------------------
_p = people(3)
add(
    sender=YANAGIDA, to=["みなと交通 貸切バス営業所 <kashikiri@minato-kotsu.co.jp>"],
    subject="当日の連絡先（日の出産業 社員旅行）",
    charset="utf-8",
    body="""大関様

お世話になっております。柳田です。
当日、各号車に乗車する幹事の連絡先をお知らせします。
遅延や集合場所の変更などは下記にご連絡ください。

""" + "\n".join(f"{i + 1}号車：{p.name}　携帯 {p.tel}" for i, p in enumerate(_p)) + """

私（柳田）は全体統括として1号車に乗車します。
""" + SIG_YANAGIDA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three organisers' mobiles to the bus company: under five people, may be warned",
)

# 020 ---------------------------------------------------------------------------------
_p = people(6, born=(1960, 1985))
add(
    sender=FUKUDOME, to=["想い出ギフト 法人窓口 <houjin@omoide-gift.co.jp>"],
    subject="永年勤続記念品 お届け先リスト",
    charset="iso-2022-jp",
    body="""想い出ギフト株式会社
法人窓口 ご担当者様

お世話になっております。日の出産業の福留です。
先日注文いたしました永年勤続記念品（カタログギフト「極」コース）につきまして、
ご本人様のご自宅へ直送をお願いしたく、お届け先をお送りいたします。

""" + "\n\n".join(f"""【{i + 1}】
お名前：{p.name} 様
〒{p.zip}
{p.addr}
TEL：{p.tel}""" for i, p in enumerate(_p)) + """

お届け希望日：11月21日（土）午前中
のし：「祝 永年勤続」／日の出産業株式会社

よろしくお願いいたします。
""" + SIG_FUKUDOME,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six home delivery addresses, one block per person, to a gift vendor",
)

# 021 ---------------------------------------------------------------------------------
_p = person("F")
add(
    sender=ONODERA, to=["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    subject="忘年会 お料理について1点ご相談",
    charset="iso-2022-jp",
    body=f"""宴会予約係 ご担当者様

お世話になっております。日の出産業の小野寺です。
忘年会のお料理について1点ご相談です。

参加者の{_p.name}様（{_p.dept}）が甲殻類アレルギーのため、
えび・かにを使わないお料理に差し替えていただくことは可能でしょうか。
お席は受付で「{_p.sei}様」とお声がけいただければ分かるようにしておきます。

ご対応可否をお知らせください。
""" + SIG_ONODERA,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named guest's food allergy to the venue: health data of one person, but an ordinary catering request",
)

# 022 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="2027年度 社員旅行 予算案",
    charset="utf-8",
    body="""岡島様

お世話になっております。西村です。
来年度の社員旅行の予算案をお送りします。
これをもとにプランの組み立てをお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_NISHIMURA,
    attachments=[{
        "kind": "xlsx", "name": "2027社員旅行_予算案_v2.xlsx", "page_header": "社外秘",
        "title": "【社外秘】2027年度 社員旅行 予算案",
        "sheets": {
            "予算案": [["【社外秘】2027年度 社員旅行 予算案", "", "", "総務部作成"], [],
                     ["費目", "単価", "人数", "金額"],
                     ["会社補助", 25000, 85, 2125000], ["親睦会積立金", 10000, 85, 850000],
                     ["宿泊・食事", 22000, 85, 1870000], ["貸切バス", 180000, 2, 360000],
                     ["旅行保険", 680, 85, 57800], ["予備費", "", "", 150000]],
            "前年実績": [["年度", "参加者", "総額"], ["2025", 79, 2891000], ["2026", 82, 3043000]],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="spreadsheet stamped 社外秘 (title cell, page header) sent to a travel agency",
)

# 023 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="宿泊候補の旅館について",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。西村です。
社内アンケートで希望の多かった宿をまとめました。
空き状況と団体料金をご確認いただけますでしょうか。

・湯の花荘（箱根・強羅）　TEL 0460-82-3311　神奈川県足柄下郡箱根町強羅1300-52
・ホテル翠嵐亭（伊香保）　TEL 0279-72-4150　群馬県渋川市伊香保町伊香保557
・鬼怒川グランドホテル雅　TEL 0288-77-2206　栃木県日光市鬼怒川温泉大原1022
・石和温泉 富士見館　　　TEL 055-262-3840　山梨県笛吹市石和町市部833
・草津 湯畑荘　　　　　　TEL 0279-88-2119　群馬県吾妻郡草津町草津118

第一希望は湯の花荘です。
""" + SIG_NISHIMURA,
    expect="pass",
    entities=[], detectors=[],
    note="five hotels with switchboard numbers and addresses: businesses, not people",
)

# 024 ---------------------------------------------------------------------------------
_p = people(3, sex="M", born=(1975, 1995))
add(
    sender=IWABUCHI, to=["風レンタカー 大宮駅前店 <omiya@kaze-rentacar.jp>"],
    subject="レンタカー予約（10/3 運動会備品運搬）運転者情報",
    charset="shift_jis",
    body="""風レンタカー 大宮駅前店 御中

お世話になっております。日の出産業の岩渕です。
10月3日（土）のハイエース2台のご予約について、
事前登録をお願いされていた運転者の情報をお送りします。

""" + "\n".join(f"""運転者{i + 1}
　氏名　　　：{p.name}
　免許証番号：{licence()}
　有効期限　：{2027 + i}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日まで
　連絡先　　：{p.tel}""" for i, p in enumerate(_p)) + """

当日は8:00に受け取りに伺います。
""" + SIG_IWABUCHI,
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="driving licence numbers of three drivers to a rental car shop",
)

# 025 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="Re: 秘密保持契約書のご送付について",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。西村です。

参加者名簿をお預けするにあたっての秘密保持契約（NDA）の件、承知いたしました。
貴社ひな形の第5条（個人情報の取扱い）について、
「旅行終了後30日以内に返却または廃棄し、その旨を書面で報告する」旨を
追記いただくことは可能でしょうか。

法務担当の確認が取れ次第、押印した原本を郵送いたします。
名簿の送付は契約締結後とさせてください。
""" + SIG_NISHIMURA + "\n\n" + DISCLAIMER_JA,
    expect="pass",
    entities=[], detectors=[],
    note="mail about an NDA before sending a participant list; no list, no marking",
)

# 026 ---------------------------------------------------------------------------------
_p = people(22)
add(
    sender=ONODERA, to=["ときわ保険サービス 篠原様 <shinohara@tokiwa-hoken.co.jp>"],
    subject="運動会 レクリエーション保険 加入者データ",
    charset="utf-8",
    body="""篠原様

お世話になっております。日の出産業の小野寺です。
10/3の秋季運動会のレクリエーション保険について、加入者データをお送りします。
社内規程により氏名は外し、社員番号で管理させていただいております。
事故があった場合は社員番号でご照会ください。

よろしくお願いいたします。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "csv", "name": "rec_hoken_20261003.csv", "encoding": "utf-8",
        "rows": [["社員番号", "性別", "生年月日", "年齢"]] + [
            [p.emp, p.sexj, dob(p.dob, "slash"), p.age] for p in _p],
    }],
    expect="stop",
    entities=["DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="22 rows of employee number, sex and birth date without a name column, to an insurance agent",
)

# 027 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA,
    to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    cc=["村瀬 様 <murase@sakura-hotel.jp>"],
    subject="三者打合せの日程調整（忘年会・宿泊プラン）",
    charset="iso-2022-jp",
    body="""星空トラベル 岡島様
さくらホテル 村瀬様

お世話になっております。日の出産業の西村です。
忘年会と遠方社員の宿泊プランにつきまして、三者で一度打合せをお願いしたく、
候補日時をお送りします。

　① 11月10日（火）14:00～15:00
　② 11月12日（木）10:00～11:00
　③ 11月13日（金）16:00～17:00

場所はさくらホテル様のロビーラウンジを想定しております。
ご都合のよい日時をお知らせください。
""" + SIG_NISHIMURA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To/Cc",
)

# 028 ---------------------------------------------------------------------------------
_p = people(5)
add(
    sender=YANAGIDA, to=["みなと交通 運行管理 <unkou@minato-kotsu.co.jp>"],
    subject="各号車の責任者について",
    charset="iso-2022-jp",
    body=f"""みなと交通 運行管理ご担当様

お世話になっております。日の出産業の柳田です。
当日の各号車の責任者が決まりましたのでお知らせします。

1号車は{_p[0].dept}の{_p[0].name}さん（携帯 {_p[0].tel}）、2号車は{_p[1].name}さん
（{_p[1].tel}）にお願いしています。帰りは号車を入れ替えて、1号車が{_p[2].name}さん
（{_p[2].tel}）、2号車が{_p[3].name}さん（{_p[3].tel}）になります。
なお、{_p[4].name}さん（{_p[4].tel}、{_p[4].dept}）は往路のみ別行動のため、
小田原駅で合流する予定です。

ドライバーさんへの共有をお願いいたします。
""" + SIG_YANAGIDA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five employees' names and mobiles written in running text",
)

# 029 ---------------------------------------------------------------------------------
_p = people(5, born=(1960, 1990))
add(
    sender=KANNO, to=["給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    cc=["西村 彩 <a.nishimura@hinode-sangyo.co.jp>"],
    subject="永年勤続 副賞の現物給与対象者（個人番号確認用）",
    charset="iso-2022-jp",
    body="""給与チーム各位

人事の菅野です。
副賞（旅行券）の現物給与対象者のうち、扶養・番号の確認が必要な方です。
マイナンバー管理台帳と突合をお願いします。

""" + "\n".join(f"{p.emp}　{p.name}　個人番号：{my_number(SEED + 6 + k)}" for k, p in enumerate(_p)) + """

確認後、このメールは削除してください。
""" + SIG_KANNO,
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="My Numbers of five employees, but all recipients are internal",
)

# 030 ---------------------------------------------------------------------------------
add(
    sender=IWABUCHI, to=["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    subject="運動会備品の運搬のお願い",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 配車センター 御中

いつもお世話になっております。日の出産業 製造部の岩渕です。
秋季運動会の備品運搬を今年もお願いしたく、ご連絡いたしました。

　10/2（金）16:00　本社倉庫 → 大宮第二公園 体育館（テント6張、長机20台、パイプ椅子120脚）
　10/3（土）17:00　大宮第二公園 体育館 → 本社倉庫（同上）

2tトラック1台で足りると思いますが、ご判断ください。
お見積書は総務部 小野寺宛にお送りください。
""" + SIG_IWABUCHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp: look-alike domain",
)

# 031 ---------------------------------------------------------------------------------
_p = person("M")
_cc = card_number(SEED + 0)
add(
    sender=YANAGIDA, to=["星空トラベル 岡島様 <okajima@hoshizora-travel.co.jp>"],
    subject="オプショナルツアー代金のカード決済について",
    charset="utf-8",
    body=f"""岡島様

お世話になっております。柳田です。
台湾旅行のオプショナルツアー（九份・十分 夜景ツアー）に参加する{_p.name}さんから、
代金は個人のクレジットカードで支払いたいと申し出がありましたので、情報をお送りします。

　名義　　　：{_p.romaji}
　カード番号：{fw('-'.join(_cc[i:i + 4] for i in range(0, 16, 4)))}
　有効期限　：０８／２９
　金額　　　：１２，８００円

決済が完了しましたらご連絡ください。
""" + SIG_YANAGIDA,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="an employee's credit card number in full-width digits sent to a travel agency",
)

# 032 ---------------------------------------------------------------------------------
add(
    sender=ONODERA, to=["さくらホテル 経理課 <keiri@mail.sakura-hotel.jp>"],
    subject="ご請求書（No.SH-2026-11873）お支払いについて",
    charset="iso-2022-jp",
    body="""さくらホテル 経理課 御中

お世話になっております。日の出産業の小野寺です。
忘年会のご請求書（No.SH-2026-11873、ご請求額 731,500円）を受領いたしました。

請求書記載の下記口座へ、12月25日（金）にお振込みいたします。

　みどり銀行 大宮支店　普通　4418203
　口座名義：カ）サクラホテル

振込手数料は弊社にて負担いたします。
領収書は不要です。
""" + SIG_ONODERA,
    expect="pass",
    entities=[], detectors=[],
    note="invoice number and the hotel's own company bank account; partner subdomain, not a look-alike",
)

# 033 ---------------------------------------------------------------------------------
_p = people(7, born=(1965, 2000))
_health = ["なし", "喘息（吸入薬携帯）", "高血圧（降圧剤服用中）", "なし", "2年前に心筋梗塞、経過観察中",
           "膝の半月板損傷（手術歴あり）", "なし"]
add(
    sender=FUKUDOME, to=["やまびこ山岳ガイド <info@yamabiko-guide.jp>"],
    subject="11/7 高尾山～陣馬山ハイキング 健康調査票の送付",
    charset="utf-8",
    body="""やまびこ山岳ガイド
ご担当 長峰様

お世話になっております。日の出産業の福留です。
社内レクリエーション（ハイキング）の参加者7名の健康調査票をまとめましたので、
コース設定の参考にしていただければと思います。

よろしくお願いいたします。
""" + SIG_FUKUDOME,
    attachments=[{
        "kind": "docx", "name": "健康調査票_まとめ.docx", "title": "ハイキング参加者 健康調査票",
        "paragraphs": ["社内ハイキング（2026年11月7日）参加者 健康調査票 まとめ",
                       "※ご本人の申告に基づく"],
        "tables": [[["氏名", "年齢", "既往歴・持病", "服薬", "緊急連絡先"]] + [
            [p.name, str(p.age), h, "あり" if "服用" in h or "吸入" in h else "なし", p.tel]
            for p, h in zip(_p, _health)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of seven hikers' medical history and medication, to a guide company",
)

# 034 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["ときわ保険サービス 篠原様 <shinohara@tokiwa-hoken.co.jp>"],
    subject="団体傷害保険 契約者情報のご連絡",
    charset="iso-2022-jp",
    body=f"""篠原様

お世話になっております。日の出産業の西村です。
申込書の契約者欄に記載する弊社情報をお知らせします。

　契約者名　：日の出産業株式会社
　代表者　　：代表取締役社長 日野 雄一郎
　所在地　　：〒330-0854 埼玉県さいたま市大宮区桜木町4-218-3
　法人番号　：{HINODE_CORP}
　適格請求書発行事業者登録番号：T{HINODE_CORP}
　保険料振替口座：みどり銀行 大宮支店 当座 0082154

被保険者は「社員旅行参加者（無記名・人数建て）」でお願いいたします。
""" + SIG_NISHIMURA,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="the company's own 法人番号 / T-number and company account: business data, no person",
)

# 035 ---------------------------------------------------------------------------------
_p = people(6)
_mails = [f"{p.given.lower()}.{p.sur.lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}"
          for p in _p]
add(
    sender=YANAGIDA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="FW: 社員旅行 追加参加者（確定）",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。柳田です。
追加参加者が確定しましたので、社内の連絡をそのまま転送いたします。
旅のしおりのPDFは各人の個人アドレスに送っていただけると助かります。

-------- 転送メッセージ --------
差出人: 福留 真由 <m.fukudome@hinode-sangyo.co.jp>
宛先: 柳田 翼 <t.yanagida@hinode-sangyo.co.jp>
件名: 社員旅行 追加参加者（確定）

柳田さん

追加参加の6名です。旅行会社さんへの連絡をお願いします。

""" + "\n".join(f"""■{p.name}（{p.dept}）
　携帯：{p.tel}
　個人メール：{m}""" for p, m in zip(_p, _mails)) + """

福留
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward (FW) of an internal list of six people with mobiles and private e-mail: new text to the agency",
)

# 036 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    subject="創立記念祝賀会 特別食のお願い",
    charset="iso-2022-jp",
    body="""宴会予約係 ご担当者様

お世話になっております。日の出産業の西村です。
11/20の創立記念祝賀会（120名）につきまして、特別食のお願いです。

　・ハラール対応のお食事：1名分
　・ベジタリアン（卵・乳は可）：2名分
　・お子様ランチ：3名分（ご家族招待分）

ハラール対応の方には、アルコールを使用した調味料も避けていただけますと幸いです。
お席の位置は当日受付でお伝えします。
""" + SIG_NISHIMURA,
    expect="pass",
    entities=[], detectors=[],
    note="special meal counts without names: nobody is identifiable",
)

# 037 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["さくらホテル 村瀬様 <murase@xn--sakura-htel-ynj.jp>"],
    subject="創立記念祝賀会 お見積りの件",
    charset="iso-2022-jp",
    body="""村瀬様

お世話になっております。日の出産業の西村です。
お見積りありがとうございました。
1点、お料理を1ランク上のコース（12,000円）にした場合の総額を
再計算いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_NISHIMURA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="IDN domain xn--sakura-htel-ynj.jp (Cyrillic о in sakura-hotel): homoglyph of a partner",
)

# 038 ---------------------------------------------------------------------------------
_p = people(6, born=(1950, 1962))
_banks = [("みどり銀行", "大宮支店"), ("むさし信用金庫", "上尾支店"), ("埼北銀行", "川越支店"),
          ("みどり銀行", "浦和駅前支店"), ("ゆうちょ銀行", "〇一八店"), ("関東中央銀行", "蕨支店")]
add(
    sender=ONODERA, to=["みどり銀行 法人営業部 石田様 <ishida.k@midori-ginko.co.jp>"],
    subject="親睦会積立金 返金振込のご依頼",
    charset="shift_jis",
    body="""みどり銀行 法人営業部
石田 様

いつもお世話になっております。日の出産業 総務部の小野寺です。
親睦会（社員旅行積立金）の退職者返金につきまして、
総合振込での処理をお願いしたく、振込先一覧をお送りいたします。

""" + columns([["氏名", "金融機関", "支店", "種目", "口座番号", "口座名義", "返金額"]] + [
        [p.name, b, s, "普通", f"{rng.randint(1000000, 9999999)}", p.kana.replace(" ", " "),
         f"{rng.randint(3, 24) * 5000:,}円"] for p, (b, s) in zip(_p, _banks)], gap=1) + """

振込指定日：12月10日
よろしくお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six retirees' personal bank accounts in a padded table, to a bank",
)

# 039 ---------------------------------------------------------------------------------
add(
    sender="Aya Nishimura <a.nishimura@hinode-sangyo.co.jp>",
    to=["Maria Santos <maria.santos@islandgate-tours.com>"],
    subject="Hinode Sangyo incentive trip to Guam - itinerary and rooms",
    charset="utf-8",
    body="""Dear Ms. Santos,

Thank you for your proposal for our incentive trip.
Please find our requirements below.

  Dates:      March 5-8, 2027 (3 nights)
  Group size: 32 pax (24 male / 8 female) + 1 tour leader
  Flights:    arranged by our travel agent in Japan
  Rooms:      16 twin rooms, ocean view if possible
  Meals:      welcome dinner on Day 1, BBQ lunch on Day 3
  Activities: half-day snorkeling tour, optional shopping tour

Could you send us a revised quotation in USD by the end of this month?
We will confirm the final rooming list about four weeks before departure.

Best regards,
""" + SIG_EN + "\n" + DISCLAIMER_EN,
    expect="pass",
    entities=[], detectors=[],
    note="English mail to a foreign ground handler: counts only, standard disclaimer",
)

# 040 ---------------------------------------------------------------------------------
_p = people(7, born=(1975, 2000))
_meal = ["-", "Peanut allergy (anaphylaxis, carries EpiPen)", "-", "Vegetarian", "-",
         "No raw fish", "Lactose intolerance"]
add(
    sender="Aya Nishimura <a.nishimura@hinode-sangyo.co.jp>",
    to=["Maria Santos <maria.santos@islandgate-tours.com>"],
    subject="Guam trip - first group list and meal requests",
    charset="utf-8",
    body="""Dear Maria,

Here is the first group (7 pax) for the hotel registration and the welcome dinner.

No., Surname, Given name, Sex, Date of Birth, Meal request
""" + "\n".join(f"{i + 1}, {p.sur}, {p.given}, {p.sex}, {dob(p.dob, 'en')}, {m}"
                for i, (p, m) in enumerate(zip(_p, _meal))) + """

Please make sure the restaurant is informed about the peanut allergy.

Best regards,
""" + SIG_EN,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven travellers with birth dates, one with anaphylaxis, comma-separated in an English mail",
)

# 041 ---------------------------------------------------------------------------------
_p = people(15, born=(1960, 1990))
add(
    sender=FUKUDOME, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="永年勤続表彰 表彰者一覧（PDF）",
    charset="iso-2022-jp",
    body="""錦印刷株式会社 営業部
ご担当 戸塚様

お世話になっております。日の出産業の福留です。
表彰状と記念冊子の原稿用に、表彰者一覧をPDFでお送りします。
PDFには閲覧パスワードを設定しております（お電話でお伝えします）。

よろしくお願いいたします。
""" + SIG_FUKUDOME,
    attachments=[{
        "kind": "pdf", "name": "表彰者一覧_2026.pdf", "password": "nishiki1120",
        "lines": ["2026年度 永年勤続表彰 表彰者一覧"],
        "table": [["氏名", "所属", "勤続", "生年月日"]] + [
            [p.name, p.dept, f"{rng.choice([10, 20, 30])}年", dob(p.dob, "kanji")] for p in _p],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to a printer: content cannot be inspected",
)

# 042 ---------------------------------------------------------------------------------
_p = people(6, born=(1970, 2000))
add(
    sender=NISHIMURA, to=["星空トラベル 海外旅行センター 堀様 <hori@hoshizora-travel.co.jp>"],
    subject="RE: 【ご確認】台湾研修旅行 航空券発券内容",
    charset="shift_jis",
    body="""堀様

お世話になっております。西村です。
発券内容を確認いたしました。下記のとおり誤りございません。
このまま発券を進めてください。

よろしくお願いいたします。
""" + SIG_NISHIMURA + """

-----Original Message-----
From: 堀 千秋 <hori@hoshizora-travel.co.jp>
Sent: Thursday, September 10, 2026 4:12 PM
To: 西村 彩 <a.nishimura@hinode-sangyo.co.jp>
Subject: 【ご確認】台湾研修旅行 航空券発券内容

日の出産業株式会社 西村様

いつもお世話になっております。星空トラベルの堀です。
発券前の最終確認として、下記の内容にお間違いがないかご確認ください。

""" + "\n".join(f"{p.sur}/{p.given}　{p.sex}　{dob(p.dob, 'en')}　PASSPORT:{passport()}" for p in _p) + """

以上、よろしくお願いいたします。
""",
    expect="pass",
    entities=[], detectors=[],
    note="passport list appears only in the quoted original from the agency; new text is a confirmation",
)

# 043 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["星空トラベル 海外旅行センター 堀様 <hori@hoshizora-travel.co.jp>"],
    subject="台湾研修旅行 外国籍社員の再入国について",
    charset="utf-8",
    body=f"""堀様

お世話になっております。西村です。
参加者のうち外国籍の2名について、みなし再入国許可での出国となりますので、
ご依頼のあった在留カード情報をお送りします。

1. グエン・ヴァン・ナム（NGUYEN VAN NAM）
　 在留カード番号：{rng.choice(['UH', 'RB', 'EK'])}{rng.randint(10000000, 99999999)}{rng.choice(['FA', 'JD', 'CQ'])}
　 在留期間満了日：2028年3月31日
　 旅券番号：C{rng.randint(1000000, 9999999)}

2. リー・ウェイ（LI WEI）
　 在留カード番号：{rng.choice(['PL', 'TC', 'AM'])}{rng.randint(10000000, 99999999)}{rng.choice(['ZE', 'HN', 'BK'])}
　 在留期間満了日：2027年12月15日
　 旅券番号：E{rng.randint(10000000, 99999999)}

出入国の際の注意事項があれば、本人たちにも伝えますのでお知らせください。
""" + SIG_NISHIMURA,
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="residence card and passport numbers of two foreign employees to a travel agency",
)

# 044 ---------------------------------------------------------------------------------
add(
    sender=FUKUDOME, to=["想い出ギフト 法人窓口 <houjin@omoide-gift.co.jp>"],
    subject="Re: 記念品の発送について",
    charset="iso-2022-jp",
    body="""想い出ギフト 法人窓口 ご担当者様

お世話になっております。日の出産業の福留です。
発送のご連絡ありがとうございます。

会社宛てにお送りいただいた式典用の見本品（3箱）ですが、
お問い合わせ番号 4418-2290-7361（ヤマト運輸）で追跡したところ、
まだ配達中の表示になっております。
11/18（水）までに届かない場合はご相談させてください。

ご注文番号：OG-2026-0931
""" + SIG_FUKUDOME,
    expect="pass",
    entities=[], detectors=[],
    note="tracking and order numbers only",
)

# 045 ---------------------------------------------------------------------------------
_p = people(8, born=(1958, 1986))
add(
    sender=FUKUDOME, to=["錦印刷 戸塚様 <totsuka@nishiki-insatsu.co.jp>"],
    subject="FW: 永年勤続表彰 対象者の確定について",
    charset="iso-2022-jp",
    body="""戸塚様

お世話になっております。福留です。
人事部から対象者確定の連絡がありましたので、転送いたします。
表彰状の氏名はこちらのメールの表記でお願いいたします。
""" + SIG_FUKUDOME,
    attachments=[{
        "kind": "eml", "name": "永年勤続表彰 対象者の確定について.eml",
        "message": {
            "sender": KANNO, "to": [FUKUDOME],
            "subject": "永年勤続表彰 対象者の確定について", "charset": "iso-2022-jp",
            "body": "福留さん\n\n人事の菅野です。今年度の永年勤続表彰の対象者が確定しました。\n"
                    "入社日は人事システムからの出力です。\n\n" + "\n".join(
                        f"{p.emp} {p.name}（{p.kana}） 生年月日 {dob(p.dob, 'wabbr')} 入社 "
                        f"{rng.choice([y for y in (1986, 1996, 2006, 2016) if y >= p.dob.year + 19])}/04/01"
                        for p in _p) + "\n\n以上です。\n" + SIG_KANNO,
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="forwarded internal mail (attached .eml) with eight honourees' birth dates, to a printer",
)

# 046 ---------------------------------------------------------------------------------
add(
    sender=IWABUCHI, to=["大宮第二公園 体育館 予約担当 <taiikukan-yoyaku@city.sakuragi.lg.jp>"],
    subject="体育館（アリーナ全面）使用申請について",
    charset="iso-2022-jp",
    body="""桜木市 スポーツ振興課
大宮第二公園 体育館 予約ご担当者様

お世話になっております。日の出産業株式会社の岩渕と申します。
下記のとおり体育館の使用を申請いたします。申請書（様式第3号）を添付いたします。

　使用日時：2026年10月3日（土）8:00～17:00
　使用区分：アリーナ全面・更衣室
　使用目的：社内運動会
　使用人数：約150名（社員とその家族）
　団体名　：日の出産業株式会社（代表者 総務部長 大河内 徹）

駐車場の利用台数についてもご相談させてください。
""" + SIG_IWABUCHI,
    attachments=[{
        "kind": "pdf", "name": "shiyou_shinseisho.pdf",
        "lines": ["体育施設使用申請書（様式第3号）", "", "団体名：日の出産業株式会社",
                  "所在地：埼玉県さいたま市大宮区桜木町4-218-3", "電話：048-641-2270",
                  "使用日：2026年10月3日（土） 8:00～17:00", "使用施設：アリーナ全面、更衣室",
                  "使用目的：社内運動会", "人数：150名"],
    }],
    expect="pass",
    entities=[], detectors=[],
    note="venue application to a city office: company data and a headcount only",
)

# 047 ---------------------------------------------------------------------------------
_p = person("M", born=(1985, 1995))
add(
    sender=ONODERA, to=["ときわ保険サービス 篠原様 <shinohara@tokiwa-hoken.co.jp>"],
    subject="【事故報告】運動会での負傷について（保険金請求）",
    charset="iso-2022-jp",
    body=f"""篠原様

お世話になっております。日の出産業の小野寺です。
10/3の運動会でケガ人が出ましたので、レクリエーション保険の請求をお願いいたします。

　被保険者　：{_p.name}（{_p.kana}）
　生年月日　：{dob(_p.dob, 'wareki')}
　事故日時　：2026年10月3日（土）14:20頃
　事故状況　：リレー競技中に転倒
　傷病名　　：左アキレス腱断裂（大宮中央整形外科にて10/5手術、全治約3か月）
　健康保険証：記号 31{rng.randint(10, 99)}　番号 {rng.randint(100, 999)}　保険者番号 06{rng.randint(100000, 999999)}

診断書は原本を郵送いたします。
請求書類のご案内をお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one employee's diagnosis and health insurance card numbers, to an insurance agent",
)

# 048 ---------------------------------------------------------------------------------
add(
    sender=ONODERA, to=["ときわ保険サービス 篠原様 <shinohara@tokiwa-hoken.co.jp>"],
    subject="運動会 レクリエーション保険のお見積り依頼",
    charset="utf-8",
    body="""篠原様

いつもお世話になっております。日の出産業の小野寺です。
今年の秋季運動会について、レクリエーション保険のお見積りをお願いします。

　開催日：2026年10月3日（土）
　会場　：大宮第二公園 体育館・グラウンド
　参加見込み：社員 112名、家族 38名（うち未就学児 9名）
　年齢構成：10歳未満 14名／10代 6名／20～30代 61名／40～50代 58名／60代以上 11名
　補償内容：昨年と同じ（死亡・後遺障害 500万円、入院日額 5,000円、通院日額 3,000円）

名簿は加入確定後にお送りします。
""" + SIG_ONODERA,
    expect="pass",
    entities=[], detectors=[],
    note="insurance quote request with aggregate age bands only",
)

# 049 ---------------------------------------------------------------------------------
add(
    sender=OKOUCHI,
    to=["川崎電機 総務部 <soumu@kawasaki-denki.co.jp>", "青葉運輸 総務課 <soumu@aoba-unyu.co.jp>",
        "北国フーズ 総務部 <general@kitaguni-foods.co.jp>", "ツバサシステム 管理部 <kanri@tsubasa-system.jp>"],
    subject="秋季運動会へのご招待（お取引先様チーム対抗リレー）",
    charset="iso-2022-jp",
    body="""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 総務部の大河内でございます。

本年も秋季運動会を開催する運びとなりました。
恒例の「お取引先様チーム対抗リレー」に、ぜひ貴社からもご参加いただきたく存じます。

　日時：2026年10月3日（土）9:00～16:00
　会場：大宮第二公園 体育館・グラウンド
　参加：1チーム4名（リレー出場者）＋応援の方

9月18日（金）までにチーム名と人数をお知らせください。
""" + SIG_OKOUCHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four partner companies in one To line: they can see each other, should have been Bcc",
)

# 050 ---------------------------------------------------------------------------------
add(
    sender=OKOUCHI, to=["日の出産業 総務部 <soumu@hinode-sangyo.co.jp>"],
    bcc=["matsunaga.shigeru52@gmail.com", "komiyama-h@yahoo.co.jp", "kazuko.tsuruta@docomo.ne.jp",
         "h-uesugi1950@icloud.com", "ishiguro.kanji@gmail.com", "t.hanzawa@ezweb.ne.jp"],
    subject="【OB会】忘年会のご案内（再送）",
    charset="iso-2022-jp",
    body="""OB・OGの皆様

（本メールはBCCで一斉にお送りしております）

総務部の大河内です。先日ご案内した忘年会について、会場の案内図を追記して再送いたします。

　会場：さくらホテル大宮 2階「鳳凰の間」
　　　　JR大宮駅 西口より徒歩5分、ソニックシティ隣

ご出欠のご返信がまだの方は、12月4日までにお知らせください。
""" + SIG_OKOUCHI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="retirees' private addresses correctly in Bcc; only free-mail recipients to note",
)

# 051 ---------------------------------------------------------------------------------
_p = people(3)
add(
    sender=YANAGIDA,
    to=["福留 真由 <m.fukudome@hinode-sangyo.jp>", "社員旅行幹事 <ryoko-kanji@hinode-sangyo.co.jp>"],
    subject="幹事会 議事メモ（9/8）",
    charset="utf-8",
    body="""幹事の皆さん

お疲れさまです。柳田です。9/8の幹事会のメモです。

1. バス座席表：9/25までに各部署の幹事が作成
2. 宴会の余興：ビンゴ（景品予算 15万円）、部署対抗クイズ
3. 雨天時の代替：大涌谷→箱根ガラスの森美術館
4. 次回幹事会：9/29（火）12:15～ 第3会議室

以上です。
""" + SIG_YANAGIDA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="colleague's address typed as hinode-sangyo.jp: other-TLD look-alike of the own domain",
)

# 052 ---------------------------------------------------------------------------------
add(
    sender=FUKUDOME, to=["湯の花荘 フロント <front@yunohana-ryokan.jp>"],
    subject="10/16 日の出産業 お食事の個別対応について",
    charset="iso-2022-jp",
    body="""湯の花荘 ご担当者様

お世話になっております。日の出産業の福留です。
ご夕食・ご朝食について、個別対応が必要な人数をお知らせします。

　・そば（重度のため調理器具も分けていただきたい）：1名
　・えび・かに：2名
　・乳製品：1名
　・卵：1名
　・生もの不可：3名

該当者の席には当日幹事が札を置きますので、
お名前ではなく「特別膳A～E」の札で配膳をお願いできますでしょうか。
""" + SIG_FUKUDOME,
    expect="pass",
    entities=[], detectors=[],
    note="allergy counts without names: no identifiable person",
)

# 053 ---------------------------------------------------------------------------------
_p = people(11)
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="第3班 名簿と申込書（ZIP）",
    charset="utf-8",
    body="""岡島様

お世話になっております。西村です。
第3班の名簿（CSV）と団体申込書（Word）をZIPにまとめてお送りします。
しおりの送付先として個人メールアドレスも記載しています。
""" + SIG_NISHIMURA,
    attachments=[{
        "kind": "zip", "name": "daisanhan_20260918.zip",
        "files": [
            {"kind": "csv", "name": "daisanhan_meibo.csv", "encoding": "cp932",
             "rows": [["氏名", "ﾌﾘｶﾞﾅ", "生年月日", "携帯", "メール"]] + [
                 [p.name, p.kana, dob(p.dob, "wabbr"), p.tel,
                  f"{p.sur.lower()}{rng.randint(10, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp'])}"]
                 for p in _p]},
            {"kind": "docx", "name": "団体申込書.docx",
             "paragraphs": ["団体旅行申込書", "団体名：日の出産業株式会社", "人数：11名（第3班）",
                            "代表者：総務部 西村 彩"]},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="plain ZIP holding a CSV of 11 participants (birth dates, mobiles, private mail)",
)

# 054 ---------------------------------------------------------------------------------
add(
    sender=OKOUCHI, to=["役員室 <yakuin@hinode-sangyo.co.jp>"],
    cc=["西村 彩 <a.nishimura@hinode-sangyo.co.jp>"],
    subject="【社外秘】創立50周年記念式典 予算・来賓リスト（案）",
    charset="iso-2022-jp",
    body="""役員各位

総務部の大河内です。
創立50周年記念式典の予算案と来賓リスト（案）をお送りします。
【社外秘】につき、取扱いにご注意ください。

　予算総額：9,800,000円（会場 3,200千円、料理 4,100千円、記念品 1,600千円、その他 900千円）
　来賓：お取引先 38社 52名、金融機関 4行、地元自治体 2名

11/2の経営会議でご審議をお願いいたします。
""" + SIG_OKOUCHI,
    expect="pass",
    entities=[], detectors=[],
    note="marked 社外秘 but sent only to internal recipients",
)

# 055 ---------------------------------------------------------------------------------
_p = people(10)
add(
    sender=IWABUCHI, to=["さいたまスポーツ振興財団 施設管理課 <shisetsu@saitama-sports.or.jp>"],
    subject="施設利用者名簿の提出（10/3 日の出産業）",
    charset="shift_jis",
    body="""公益財団法人 さいたまスポーツ振興財団
施設管理課 御中

お世話になっております。日の出産業の岩渕です。
10/3のグラウンド利用にあたり、ご提出を求められていた
「施設利用者名簿（責任者・救護担当）」をお送りします。
古いExcel形式で失礼いたします。
""" + SIG_IWABUCHI,
    attachments=[{
        "kind": "xls", "name": "riyousha_meibo.xls",
        "sheets": {"名簿": [["施設利用者名簿（日の出産業株式会社 秋季運動会）"],
                          ["役割", "氏名", "所属", "携帯電話", "緊急時連絡先"]] + [
            [rng.choice(["責任者", "救護", "誘導", "本部"]), p.name, p.dept, p.tel, mobile()] for p in _p]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS with ten staff members' mobiles and emergency numbers, to a sports foundation",
)

# 056 ---------------------------------------------------------------------------------
_p = people(12, born=(1958, 1990))
add(
    sender=FUKUDOME, to=["錦印刷 戸塚様 <totsuka@nishiki-insatsu.co.jp>"],
    subject="表彰状 印刷原稿（氏名・勤続年数）",
    charset="iso-2022-jp",
    body="""戸塚様

お世話になっております。福留です。
表彰状の印刷原稿です。旧字体の方がいらっしゃいますので、ゲラで確認させてください。

""" + "\n".join(f"{pad(p.name, 12)}{p.dept}\t勤続{rng.choice(['十', '二十', '三十'])}年" for p in _p) + """

納期は11月13日（金）でお願いいたします。
""" + SIG_FUKUDOME,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="12 names with department and years of service to the certificate printer: needed for the job, no contact data",
)

# 057 ---------------------------------------------------------------------------------
_p = [person(born=(max(1962, 2026 - y - 40), 2026 - y - 19)) for y in [30, 30, 20, 20, 10, 10]]
add(
    sender=FUKUDOME, to=["スタジオきらめき 制作部 <seisaku@studio-kirameki.co.jp>"],
    subject="表彰式 紹介スライドの素材",
    charset="utf-8",
    body="""スタジオきらめき 制作部
ご担当 早瀬様

お世話になっております。日の出産業の福留です。
表彰式で上映する紹介映像の素材として、スライド原稿をお送りします。
写真は別途ファイル便でお送りします。
""" + SIG_FUKUDOME,
    attachments=[{
        "kind": "pptx", "name": "表彰者紹介_原稿.pptx",
        "slides": [["永年勤続表彰 表彰者紹介", "2026年11月20日 創立50周年記念式典"]] + [
            [f"勤続{y}年　{p.name} さん", f"所属：{p.dept}", f"生年月日：{dob(p.dob, 'kanji')}",
             f"出身：{rng.choice(['秋田県', '長野県', '埼玉県', '福島県', '熊本県'])}",
             f"趣味：{rng.choice(['渓流釣り', '家庭菜園', 'マラソン', '将棋', '御朱印集め'])}"]
            for p, y in zip(_p, [30, 30, 20, 20, 10, 10])],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PPTX with six employees' birth dates and profiles, one slide each, to a video studio",
)

# 058 ---------------------------------------------------------------------------------
_p = people(7)
add(
    sender=ONODERA,
    to=["大宮工場 総務 <soumu@omiya.hinode-sangyo.co.jp>"],
    cc=["西村 彩 <a.nishimura@hinode-sangyo.co.jp>"],
    subject="運動会 工場チームの参加者確認",
    charset="iso-2022-jp",
    body="""大宮工場 総務ご担当者様

本社総務の小野寺です。
工場チームの参加者を下記で把握しています。相違があればご指摘ください。

""" + "\n".join(f"・{p.name}（{p.dept}）携帯 {p.tel}" for p in _p) + """

よろしくお願いします。
""" + SIG_ONODERA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="seven people's mobiles to a subdomain of the own domain: internal",
)

# 059 ---------------------------------------------------------------------------------
_p = people(8)
add(
    sender=YANAGIDA, to=["星空トラベル 添乗員 宮下様 <miyashita@hoshizora-travel.co.jp>"],
    subject="班分け表（PDF）",
    charset="iso-2022-jp",
    body="""宮下様

お世話になっております。柳田です。
当日の班分け表をPDFでお送りします。
自由行動中の点呼は各班長の携帯にご連絡ください。
""" + SIG_YANAGIDA,
    attachments=[{
        "kind": "pdf", "name": "hanwake.pdf",
        "lines": ["社員旅行 班分け表（2026/10/16-17）", ""],
        "table": [["班", "役割", "氏名", "携帯"]] + [
            [f"{i // 2 + 1}班", "班長" if i % 2 == 0 else "副班長", p.name, p.tel] for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of eight group leaders with mobiles, to the tour conductor",
)

# 060 ---------------------------------------------------------------------------------
add(
    sender=IWABUCHI, to=["日の出観光バス 営業部 <eigyo@hinode-kanko.co.jp>"],
    subject="送迎バスのお見積り依頼（運動会・家族参加者向け）",
    charset="iso-2022-jp",
    body="""日の出観光バス株式会社 営業部 御中

突然のご連絡失礼いたします。日の出産業株式会社の岩渕と申します。
社名が似ておりますが、弊社とは別会社と承知のうえでご連絡しております。

10/3（土）に大宮第二公園で運動会を行うにあたり、
大宮駅西口～会場間のシャトル運行（中型バス1台、8:00～17:30）のお見積りをお願いできますでしょうか。
""" + SIG_IWABUCHI,
    expect="pass",
    entities=[], detectors=[],
    note="an unrelated real company with a similar name (hinode-kanko.co.jp), not a typo of any domain",
)

# 061 ---------------------------------------------------------------------------------
_p = people(7)
_rows = "".join(
    f"<tr><td>{i + 1}</td><td>{p.name}</td><td>{p.addr}</td><td>{rng.choice(['1次会後', '2次会後'])}</td></tr>"
    for i, p in enumerate(_p))
add(
    sender=ONODERA, to=["第一タクシー 法人予約センター <houjin@daiichi-taxi.co.jp>"],
    subject="12/18 忘年会後のタクシー手配",
    charset="utf-8",
    html=f"""<html><body>
<p>第一タクシー 法人予約センター 御中</p>
<p>お世話になっております。日の出産業の小野寺です。<br>
12/18の忘年会終了後（21:15頃）、さくらホテル大宮の正面玄関から下記の方々のご自宅まで
タクシーをお願いいたします。料金はタクシーチケット（法人契約）でお支払いします。</p>
<table border="1" cellpadding="4">
<tr><th>No</th><th>お名前</th><th>行き先（ご自宅）</th><th>時間帯</th></tr>
{_rows}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 小野寺 健太<br>TEL 048-641-2270</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of seven employees' home addresses, to a taxi company",
)

# 062 ---------------------------------------------------------------------------------
_p = people(4)
add(
    sender=FUKUDOME, to=["さくらホテル フロント <front@sakura-hotel.jp>"],
    subject="10/16 遅着者のご連絡（日の出産業）",
    charset="iso-2022-jp",
    body="""さくらホテル フロント ご担当者様

お世話になっております。日の出産業の福留です。
本日ご宿泊の団体のうち、業務の都合で到着が遅れる者が4名おります。

""" + "\n".join(f"{p.name}様　到着予定 {t}　連絡先 {p.tel}" for p, t in zip(_p, ["21:30", "21:30", "22:00", "23:00"])) + """

夕食は不要です。お部屋の鍵をフロントでお預かりいただけますでしょうか。
""" + SIG_FUKUDOME,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four late arrivals with mobiles to the hotel: under five people, may be warned",
)

# 063 ---------------------------------------------------------------------------------
_p = people(6)
_rel = ["妻", "夫", "母", "妻", "父", "姉"]
_fam = [person("F" if r in "妻母姉" else "M") for r in _rel]
add(
    sender=YANAGIDA, to=["星空トラベル 添乗員 宮下様 <miyashita@hoshizora-travel.co.jp>"],
    subject="緊急連絡先一覧（添乗員様控え）",
    charset="shift_jis",
    body="""宮下様

柳田です。ご依頼の緊急連絡先です（社内の申込書から転記しました）。

""" + "\n".join(
        pad(p.name, 14, "\u3000") + pad(f"{p.sei}{f.mei}（{r}）", 20, "\u3000") + fw(mobile())
        for p, f, r in zip(_p, _fam, _rel)) + """

※旅行終了後は破棄をお願いいたします。
""" + SIG_YANAGIDA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six participants' family emergency contacts, full-width digits and spaces",
)

# 064 ---------------------------------------------------------------------------------
add(
    sender=ONODERA, to=["錦印刷 戸塚様 <totsuka@nishiki-insatsu.co.jp>"],
    subject="Re: 忘年会 案内状の校正",
    charset="iso-2022-jp",
    body="""戸塚様

お世話になっております。小野寺です。
校正紙ありがとうございました。以下2点の修正をお願いします。

　1. 会費の欄：「5,000円」→「4,000円（当日受付にて）」
　2. 地図：さくらホテル大宮の位置を駅西口側に修正

部数は250部、単価 38円 でお願いいたします（お見積り No.NK-26-1042）。
修正後のPDFを確認次第、校了といたします。
""" + SIG_ONODERA,
    expect="pass",
    entities=[], detectors=[],
    note="proofreading and price: no personal data",
)

# 065 ---------------------------------------------------------------------------------
add(
    sender=FUKUDOME, to=["想い出ギフト 法人窓口 <houjin@omoide-gift.co.jp>"],
    subject="【部外秘】永年勤続記念品 来年度の予算枠について",
    charset="iso-2022-jp",
    body="""想い出ギフト 法人窓口 ご担当者様

お世話になっております。日の出産業の福留です。

【部外秘】
来年度の記念品予算は、勤続10年 3万円・20年 5万円・30年 10万円・40年 20万円の枠で
社内決裁が下りる見込みです（対象者は計24名の予定）。
上記の枠に合わせたカタログのご提案をお願いできますでしょうか。
""" + SIG_FUKUDOME,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject and body carry a 【部外秘】 stamp, sent to a vendor",
)

# 066 ---------------------------------------------------------------------------------
add(
    sender=FUKUDOME, to=["想い出ギフト 法人窓口 <houjin@omoide-gift.co.jp>"],
    subject="記念品のご注文（追加分）",
    charset="shift_jis",
    body="""想い出ギフト 法人窓口 ご担当者様

お世話になっております。日の出産業の福留です。
下記のとおり追加で注文いたします。

品番　　　　　　商品名　　　　　　　　　　　　単価　　　数量
----------------------------------------------------------------
KW-3000-GD　　カタログギフト「雅」　　　　　30,800円　　 4
KW-5000-GD　　カタログギフト「極」　　　　　53,900円　　 2
NS-120　　　　名入れ記念盾（クリスタル）　　12,100円　　 6
WR-01　　　　 ラッピング・のし　　　　　　　　 330円　　12

納品先：弊社総務部（請求書は従来どおり月末締めでお願いします）
""" + SIG_FUKUDOME,
    expect="pass",
    entities=[], detectors=[],
    note="order with product codes and prices",
)

# 067 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="部屋割り表（最終版）",
    charset="iso-2022-jp",
    body="""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の西村です。
部屋割り表の最終版を添付いたします。
前回版からの変更点は黄色で塗っております。
""" + SIG_NISHIMURA,
    attachments=[{"kind": "corrupt", "name": "部屋割り表_最終.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be read",
)

# 068 ---------------------------------------------------------------------------------
add(
    sender=YANAGIDA, to=["みなと交通 貸切バス営業所 大関様 <ozeki@minato-kotsu.co.jp>"],
    subject="Re: 乗務員のご案内",
    charset="iso-2022-jp",
    body="""大関様

お世話になっております。柳田です。
乗務員のご案内ありがとうございます。承知いたしました。

当日の連絡は運行管理者の大関様（営業所 048-662-4410）宛てにさせていただき、
走行中の変更は1号車の乗務員 堤様にお伝えします。

引き続きよろしくお願いいたします。
""" + SIG_YANAGIDA,
    expect="pass",
    entities=[], detectors=[],
    note="the bus company's own business contact and a driver's name only",
)

# 069 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["湯の花荘 フロント <front@yunohana-ryokan.jp>"],
    subject="ご宿泊者の礼拝スペースについて",
    charset="utf-8",
    body="""湯の花荘 ご担当者様

お世話になっております。日の出産業の西村です。

今回の参加者のうち、技術開発部のアフマド・ハサン様はイスラム教徒のため、
ご夕食・ご朝食ともにハラール対応（豚肉・アルコール不使用）をお願いいたします。
また、1日5回のお祈りのため、静かな小部屋を10分ほどお借りできる時間帯があれば
教えていただけますでしょうか。お部屋は西向きでなくとも構わないとのことです。
""" + SIG_NISHIMURA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's religion sent to a ryokan (要配慮: 信条)",
)

# 070 ---------------------------------------------------------------------------------
_p = people(8)
add(
    sender="Aya Nishimura <a.nishimura@hinode-sangyo.co.jp>",
    to=["Maria Santos <maria.santos@islandgate-tours.com>"],
    subject="Re: Rooming list - please confirm",
    charset="utf-8",
    body="""Hi Maria,

Confirmed, the rooming list below is correct. Thank you for your quick work.
Could you also arrange a late check-out for rooms 1204 and 1206?

Best regards,
Aya

On Tue, Feb 2, 2027 at 10:12 AM Maria Santos <maria.santos@islandgate-tours.com> wrote:
> Dear Aya,
>
> Please confirm the rooming list for the first group:
>
""" + "\n".join(f"> {1200 + 2 * (i // 2)}  {p.romaji}  ({p.sex})  DOB {dob(p.dob, 'us')}" for i, p in enumerate(_p)) + """
>
> Kind regards,
> Maria Santos
> Islandgate Tours Guam
""",
    expect="pass",
    entities=[], detectors=[],
    note="rooming list with birth dates only in the quoted part (On ... wrote:) of the DMC's own mail",
)

# 071 ---------------------------------------------------------------------------------
_p = people(5)
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="Re: 追加参加者について",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。西村です。
追加の5名が確定しましたので、保険手配用の情報をお送りします。

氏名｜フリガナ｜性別｜生年月日
""" + "\n".join(f"{p.name}｜{p.kana}｜{p.sexj}｜{dob(p.dob, 'wfw')}" for p in _p) + """

よろしくお願いいたします。
""" + SIG_NISHIMURA + """

> 西村様
> 追加参加の方がいらっしゃる場合は、9/25までに
> 氏名・性別・生年月日をお知らせください。
> 星空トラベル 岡島
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="reply whose new text adds five people with full-width 和暦 birth dates",
)

# 072 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["さくらホテル 村瀬様 <murase@sakura-hotel.jp>"],
    subject="記念式典 進行表・会場レイアウト",
    charset="iso-2022-jp",
    body="""村瀬様

お世話になっております。西村です。
記念式典の進行表と会場レイアウトをお送りします。
音響・照明のご担当者様にも共有をお願いいたします。
""" + SIG_NISHIMURA,
    attachments=[{
        "kind": "pptx", "name": "式典進行_レイアウト.pptx",
        "slides": [["創立50周年記念式典 進行表", "15:00 開式の辞", "15:05 社長挨拶",
                    "15:25 来賓祝辞", "15:45 永年勤続表彰", "16:20 閉式の辞"],
                   ["会場レイアウト（桜の間）", "ステージ：正面 幅8m", "来賓席：前方2列",
                    "社員席：円卓12卓", "受付：入口右手"],
                   ["機材", "ワイヤレスマイク×3", "プロジェクター・スクリーン", "BGM用 音響卓"]],
    }],
    expect="pass",
    entities=[], detectors=[],
    note="event programme and layout slides, no personal data",
)

# 073 ---------------------------------------------------------------------------------
add(
    sender=IWABUCHI, to=["北国フーズ 法人営業 <houjin@kitaguni-fodos.co.jp>"],
    subject="運動会 お弁当のご注文",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社 法人営業 御中

いつもお世話になっております。日の出産業の岩渕です。
運動会のお弁当を下記のとおり注文いたします。

　お届け日時：10月3日（土）11:30
　お届け先　：大宮第二公園 体育館 正面入口（本部テント）
　内容　　　：幕の内弁当 140個、お子様弁当 15個、お茶 155本

ご請求は総務部宛てでお願いいたします。
""" + SIG_IWABUCHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-fodos.co.jp swaps letters of partner kitaguni-foods.co.jp",
)

# 074 ---------------------------------------------------------------------------------
add(
    sender=FUKUDOME, to=["さくらホテル 村瀬様 <murase@sakura-hotel.jp>"],
    subject="式次第（司会台本用）",
    charset="utf-8",
    body="""村瀬様

お世話になっております。福留です。
司会者様用の式次第をお送りします。
""" + SIG_FUKUDOME,
    attachments=[{
        "kind": "docx", "name": "式次第_司会用.docx",
        "paragraphs": ["創立50周年記念式典 式次第", "1. 開式の辞（総務部長 大河内）",
                       "2. 社長挨拶", "3. 来賓祝辞", "4. 永年勤続表彰",
                       "5. 表彰者代表謝辞（製造部 第二課 猪狩 実）", "6. 閉式の辞",
                       "※ 表彰者のお名前は当日お渡しする読み上げ原稿をご使用ください。"],
    }],
    expect="pass",
    entities=[], detectors=[],
    note="programme with one speaker's name and nothing else about him",
)

# 075 ---------------------------------------------------------------------------------
add(
    sender=IWABUCHI, to=["ファンイベントプラン 企画部 <kikaku@fun-event-plan.co.jp>"],
    subject="運動会 実施要領（社内版）の送付",
    charset="iso-2022-jp",
    body="""ファンイベントプラン株式会社 企画部
ご担当 桐生様

お世話になっております。日の出産業の岩渕です。
競技進行の参考に、社内向けの実施要領をそのままお送りします。
""" + SIG_IWABUCHI,
    attachments=[{
        "kind": "pdf", "name": "undoukai_jisshiyouryou.pdf", "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 総務部 ／ 社外秘・無断転載禁止",
        "lines": ["秋季運動会 実施要領（社内版）", "", "1. 目的：部門間の交流と健康増進",
                  "2. 日時：2026年10月3日（土）9:00～16:00", "3. 会場：大宮第二公園 体育館・グラウンド",
                  "4. 予算：会社負担 1,850,000円（前年比 +8%）", "5. 競技：綱引き、玉入れ、部署対抗リレー、借り物競争",
                  "6. 表彰：優勝部署に金一封 10万円"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF with a 社外秘 page header and footer sent to an event company",
)

# 076 ---------------------------------------------------------------------------------
add(
    sender=IWABUCHI, to=["ファンイベントプラン 桐生様 <kiryu@fun-event-plan.co.jp>"],
    subject="競技プログラムと必要備品",
    charset="utf-8",
    body="""桐生様

お世話になっております。岩渕です。
競技プログラムと、貴社でご用意いただきたい備品の一覧です。
""" + SIG_IWABUCHI,
    attachments=[{
        "kind": "xlsx", "name": "program_bihin.xlsx",
        "sheets": {
            "プログラム": [["秋季運動会 競技プログラム"], ["時刻", "競技", "出場", "所要"],
                        ["9:30", "開会式・準備体操", "全員", "20分"], ["9:50", "玉入れ", "家族", "15分"],
                        ["10:10", "綱引き", "部署対抗", "30分"], ["11:00", "借り物競争", "各部2名", "25分"],
                        ["13:00", "大縄跳び", "部署対抗", "30分"], ["14:00", "リレー", "各部4名", "30分"]],
            "備品": [["品目", "数量"], ["玉入れセット", 2], ["綱引きロープ 30m", 1],
                   ["大縄", 4], ["バトン", 6], ["得点板", 1]],
        },
    }],
    expect="pass",
    entities=[], detectors=[],
    note="competition programme and equipment, no names",
)

# 077 ---------------------------------------------------------------------------------
add(
    sender="Aya Nishimura <a.nishimura@hinode-sangyo.co.jp>",
    to=["Maria Santos <maria.santos@islandgate-tours.com>"],
    subject="Incentive trip - award criteria and budget",
    charset="utf-8",
    body="""Dear Maria,

To help you design the award dinner, I attach our internal memo on the incentive trip
(award criteria and budget). Please use it for planning purposes only.

Best regards,
""" + SIG_EN,
    attachments=[{
        "kind": "docx", "name": "Incentive_trip_memo.docx",
        "page_header": "CONFIDENTIAL - Internal Use Only",
        "title": "Incentive trip 2027 - internal memo",
        "paragraphs": ["Incentive Trip 2027 (Guam) - Internal Memo",
                       "Award criteria: top 10% of sales achievement in FY2026, plus 8 nominations from plants.",
                       "Budget: JPY 8,400,000 in total (JPY 250,000 per person).",
                       "Award dinner: President's speech, MVP award, slideshow."],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX with a 'CONFIDENTIAL - Internal Use Only' header sent to a foreign ground handler",
)

# 078 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="参加申込書のひな形（印刷のお願い）",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。西村です。
参加申込書のひな形を作成しました。
各事業所に配布する分として、A4で100部の印刷をお願いできますでしょうか。
記入済みの申込書は社内で回収し、こちらで取りまとめます。
""" + SIG_NISHIMURA,
    attachments=[{
        "kind": "docx", "name": "参加申込書_ひな形.docx",
        "paragraphs": ["2026年度 社員旅行 参加申込書", "以下にご記入のうえ、各部署の幹事に提出してください。"],
        "tables": [[["氏名", ""], ["フリガナ", ""], ["所属", ""], ["生年月日", "　　年　　月　　日"],
                    ["携帯電話", "　　　－　　　　－"], ["食物アレルギー", "□なし　□あり（　　　　　）"],
                    ["配慮事項", ""]]],
    }],
    expect="pass",
    entities=[], detectors=[],
    note="a blank application form: field labels without any person's data",
)

# 079 ---------------------------------------------------------------------------------
_p = person("M", born=(1972, 1985))
add(
    sender=ONODERA, to=["青木税理士法人 <info@aoki-tax.jp>"],
    subject="忘年会 余興出演者への謝礼（支払調書作成のお願い）",
    charset="shift_jis",
    body=f"""青木税理士法人 御中

いつもお世話になっております。日の出産業の小野寺です。
忘年会の余興にお呼びしたマジシャンの方への謝礼（報酬）について、
源泉徴収と支払調書の作成をお願いいたします。ご本人から番号をいただいております。

　氏名　　：{_p.name}（芸名：マジシャン KAZZ）
　住所　　：〒{_p.zip} {_p.addr}
　個人番号：{' '.join(my_number(SEED + 11)[i:i + 4] for i in range(0, 12, 4))}
　報酬額　：110,000円（税込、交通費込み）
　支払日　：2026年12月25日

よろしくお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one performer's My Number and home address to a tax firm",
)

# 080 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="旅程表（案）へのコメント",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。西村です。
旅程表（案）に社内のコメントを書き込みましたのでお返しします。
主に2日目の昼食会場と帰着時刻についてです。
""" + SIG_NISHIMURA,
    attachments=[{
        "kind": "pdf", "name": "ryotei_comment.pdf",
        "lines": ["社員旅行 旅程表（案） ※日の出産業コメント入り", "",
                  "1日目 07:30 本社前出発 → 10:30 御殿場 → 15:00 強羅 着",
                  "  【コメント】御殿場での滞在は90分に短縮希望",
                  "2日目 09:30 出発 → 11:00 大涌谷 → 13:00 小田原 昼食",
                  "  【コメント】昼食は小田原漁港の海鮮店を希望（予算 2,500円）",
                  "  【コメント】帰着は17:30厳守（渋滞時は高速経路を変更）"],
    }],
    expect="pass",
    entities=[], detectors=[],
    note="itinerary PDF with comments, no personal data",
)

# 081 ---------------------------------------------------------------------------------
_cc = card_number(SEED + 1)
add(
    sender=ONODERA, to=["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    subject="祝賀会 予約金のお支払い（法人カード）",
    charset="iso-2022-jp",
    body=f"""宴会予約係 ご担当者様

お世話になっております。日の出産業の小野寺です。
創立記念祝賀会の予約金（300,000円）を法人カードでお支払いいたします。

　カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
　有効期限　：03/28
　名義　　　：HINODE SANGYO CO LTD

決済後、領収書を総務部 小野寺宛にお送りください。
""" + SIG_ONODERA,
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full corporate credit card number sent by mail to a hotel",
)

# 082 ---------------------------------------------------------------------------------
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="Re: 取消料の規定について",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。西村です。
取消料規定のご説明ありがとうございました。社内向けに下記のとおり周知いたします。

　・旅行開始日の前日から起算して20日前まで：無料
　・20日前～8日前：旅行代金の20％
　・7日前～2日前：30％
　・前日：40％
　・当日：50％（旅行開始後・無連絡不参加は100％）

予約番号 HST-2026-08817 の人数変更は、今後も岡島様宛てにご連絡いたします。
""" + SIG_NISHIMURA,
    expect="pass",
    entities=[], detectors=[],
    note="cancellation terms and a booking number only",
)

# 083 ---------------------------------------------------------------------------------
_p = people(8)
add(
    sender=FUKUDOME, to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="Re: 部屋割り表のご送付のお願い",
    charset="iso-2022-jp",
    body="""ご担当者様

お世話になっております。日の出産業の福留です。
お待たせいたしました。部屋割り表を添付いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_FUKUDOME,
    attachments=[{
        "kind": "xlsx", "name": "社員台帳_抜粋_2026.xlsx",
        "sheets": {"抜粋": [["社員番号", "氏名", "生年月日", "基礎年金番号", "住所"]] + [
            [p.emp, p.name, dob(p.dob, "slash"), pension(), f"〒{p.zip} {p.addr}"] for p in _p]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="wrong file attached: staff register with pension numbers and addresses instead of the rooming list",
)

# 084 ---------------------------------------------------------------------------------
_p = person("F")
add(
    sender=ONODERA, to=["ときわ保険サービス 篠原様 <shinohara@tokiwa-hoken.co.jp>"],
    subject="加入者の差し替え（1名）",
    charset="iso-2022-jp",
    body=f"""篠原様

お世話になっております。小野寺です。
旅行傷害保険の加入者について、1名差し替えをお願いいたします。

　取消：No.12 の方（体調不良により不参加）
　追加：{_p.name}（{_p.kana}）　{_p.sexj}性　{dob(_p.dob, 'wareki')}生
　　　　連絡先 {_p.tel}

保険料に変更はないものと理解しております。
""" + SIG_ONODERA,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's record for insurance (name, birth date, mobile): may be warned, not held",
)

# 085 ---------------------------------------------------------------------------------
_p = people(9)
_al = ["なし", "そば", "なし", "えび・かに", "なし", "なし", "卵", "なし", "なし"]
_hc = ["", "", "高血圧（服薬中）", "", "てんかん（服薬中・夜間発作の可能性あり）", "", "", "人工透析のため2日目朝に退館", "うつ病で通院中・相部屋不可"]
_trs = "\n".join(
    f"<tr><td>{p.name}</td><td>{p.kana}</td><td>{p.age}</td><td>{a}</td><td>{h}</td></tr>"
    for p, a, h in zip(_p, _al, _hc))
add(
    sender=FUKUDOME, to=["湯の花荘 フロント <front@yunohana-ryokan.jp>"],
    subject="ご宿泊者一覧（配慮事項つき）",
    charset="utf-8",
    html=f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo'">
<p>湯の花荘 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の福留です。<br>
別館にご宿泊の9名について、アレルギーと配慮事項をまとめました。<br>
夜間の対応がある方もいらっしゃいますので、フロントの方にも共有をお願いいたします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>氏名</th><th>フリガナ</th><th>年齢</th><th>食物アレルギー</th><th>配慮事項</th></tr></thead>
<tbody>
{_trs}
</tbody></table>
<p>--<br>日の出産業株式会社 総務部 福留 真由<br>TEL: 048-641-2270（内線2318）</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML table of nine guests with allergies, epilepsy, dialysis, depression",
)

# 086 ---------------------------------------------------------------------------------
_txt = """湯の花荘 宴会ご担当者様

お世話になっております。日の出産業の西村です。
宴会とお部屋の人数内訳をお知らせします。

・宴会（大広間）：82名　18:30開始
・お部屋：男性 56名（和室 4名×14室）、女性 26名（和洋室 4～5名×6室）
・添乗員様・乗務員様：3名（別室）
・二次会：カラオケルーム 2室（21:00～23:00）

よろしくお願いいたします。
"""
add(
    sender=NISHIMURA, to=["湯の花荘 宴会係 <enkai@yunohana-ryokan.jp>"],
    subject="宴会・お部屋の人数内訳",
    charset="iso-2022-jp",
    body=_txt + SIG_NISHIMURA,
    html="<html><body>" + "".join(f"<p>{ln}</p>" for ln in _txt.split("\n") if ln) + "</body></html>",
    expect="pass",
    entities=[], detectors=[],
    note="text and HTML alternatives with headcounts only",
)

# 087 ---------------------------------------------------------------------------------
_p = person("F", born=(1990, 2000))
add(
    sender=OKOUCHI, to=["さくらホテル 村瀬様 <murase@sakura-hotel.jp>"],
    subject="忘年会当日のお願い（ご内密に）",
    charset="iso-2022-jp",
    body=f"""村瀬様

いつもお世話になっております。日の出産業の大河内です。
ご内密にお願いしたいことがあり、ご連絡いたしました。

弊社の{_p.name}（{_p.dept}）が昨年、元交際相手からのストーカー被害に遭い、
現在も警察に相談している状況です。
当日、外部から「{_p.sei}が来ているか」といった問い合わせがあっても、
在館の有無はお答えにならないようお願いできますでしょうか。
また、帰りは正面玄関ではなく通用口からタクシーに乗れるようご配慮いただけると助かります。
""" + SIG_OKOUCHI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee as a victim of a crime (stalking), told to the venue",
)

# 088 ---------------------------------------------------------------------------------
_p = people(6)
add(
    sender=YANAGIDA,
    to=["社員旅行幹事 <ryoko-kanji@hinode-sangyo.co.jp>"],
    cc=["大河内 徹 <t.okouchi@hinode-sangyo.co.jp>", "soumu@hinode-sangyo.co.jp"],
    subject="幹事の緊急連絡網（個人携帯・個人メール）",
    charset="utf-8",
    body="""幹事の皆さん

柳田です。当日、社用携帯がつながらない場合に備えた連絡網です。
個人の番号ですので取扱いにご注意ください。

氏名,部署,個人携帯,個人メール
""" + "\n".join(
        f"{p.name},{p.dept},{p.tel},{p.sur.lower()}.{p.given.lower()[:3]}@{rng.choice(['gmail.com', 'icloud.com', 'yahoo.co.jp'])}"
        for p in _p) + "\n" + SIG_YANAGIDA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="organisers' private mobiles and mail in the body, but every recipient is internal",
)

# 089 ---------------------------------------------------------------------------------
_p = person("M", born=(1988, 1998))
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="お部屋割りについてのご相談",
    charset="iso-2022-jp",
    body=f"""岡島様

お世話になっております。西村です。
お部屋割りについて1点ご相談です。

{_p.dept}の{_p.name}さんは、適応障害による休職から先月復職したばかりで、
産業医からも大人数での相部屋は避けるよう意見が出ております。
追加料金がかかっても構いませんので、シングルルームを1室確保いただけますでしょうか。
""" + SIG_NISHIMURA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's mental health diagnosis and sick leave sent to a travel agency",
)

# 090 ---------------------------------------------------------------------------------
add(
    sender=OKOUCHI,
    to=["松永 茂 <matsunaga.shigeru52@gmail.com>", "上杉 博 <h-uesugi1950@icloud.com>"],
    subject="OB会 忘年会の出欠取りまとめのお願い",
    charset="iso-2022-jp",
    body="""松永様、上杉様

いつもOB会のお世話をいただきありがとうございます。大河内です。
今年の忘年会について、OB・OGの皆様の出欠の取りまとめを
今年もお二人にお願いできればと存じます。

ご案内文は先日皆様にお送りしたものと同じです。
12月4日までに人数をお知らせいただけますと幸いです。
""" + SIG_OKOUCHI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="two retirees who coordinate together: two private parties see each other, below three",
)

# 091 ---------------------------------------------------------------------------------
add(
    sender=OKOUCHI,
    to=["みどり銀行 大宮支店 支店長 <shitencho.omiya@midori-ginko.co.jp>"],
    cc=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>", "錦印刷 社長室 <president@nishiki-insatsu.co.jp>"],
    subject="創立50周年記念式典へのご臨席のお願い",
    charset="iso-2022-jp",
    body="""拝啓 時下ますますご清祥のこととお慶び申し上げます。

平素は格別のご高配を賜り、厚く御礼申し上げます。
さて、弊社は本年11月に創立50周年を迎えることとなりました。
つきましては、ささやかながら記念式典ならびに祝賀会を催したく、
ご多用中誠に恐縮ではございますが、ご臨席を賜りますようお願い申し上げます。

　日時：2026年11月20日（金）15:00～
　会場：さくらホテル大宮 3階「桜の間」

正式な招待状は別途郵送いたします。
敬具
""" + SIG_OKOUCHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To/Cc of one invitation: should have been Bcc",
)

# 092 ---------------------------------------------------------------------------------
add(
    sender=FUKUDOME, to=["フォトスタジオひかり <order@photo-hikari.jp>"],
    subject="社員旅行 集合写真の焼き増しについて",
    charset="utf-8",
    body="""フォトスタジオひかり ご担当者様

お世話になっております。日の出産業の福留です。
先日撮影いただいた集合写真（湯の花荘前）の焼き増しをお願いします。

　・集合写真 六つ切り：85枚
　・データ納品：共有リンクでお願いします（社内ポータルに掲載予定）

共有フォルダのURLは以下で受領済みです。
https://share.photo-hikari.jp/g/HNS-20261016
ダウンロード期限の延長も可能でしょうか。
""" + SIG_FUKUDOME,
    expect="pass",
    entities=[], detectors=[],
    note="photo reprint order and a link, no personal data",
)

# 093 ---------------------------------------------------------------------------------
_p = people(3, born=(1970, 2000))
_inj = ["右手首骨折（大宮中央整形外科、ギプス固定4週間）", "熱中症により救急搬送（点滴後に帰宅）",
        "右膝打撲・靱帯損傷の疑い（MRI検査予定）"]
add(
    sender=ONODERA, to=["ときわ保険サービス 事故受付 <jiko@tokiwa-hoken.co.jp>"],
    subject="運動会 負傷者のご報告（3名）",
    charset="utf-8",
    body="""ときわ保険サービス 事故受付ご担当者様

日の出産業の小野寺です。10/3の運動会での負傷者をご報告します。

""" + "\n".join(f"{i + 1}) {p.name}（{p.age}歳・{p.dept}）\n   {x}" for i, (p, x) in enumerate(zip(_p, _inj))) + """

いずれもレクリエーション保険の対象と考えております。
必要書類をお知らせください。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="three named employees' injuries and diagnoses to an insurance agent",
)

# 094 ---------------------------------------------------------------------------------
_p = people(7)
add(
    sender=NISHIMURA, to=["岡島 様 <okajima@hoshizora-travel.co.jp>"],
    subject="RE: バス座席表について",
    charset="iso-2022-jp",
    body="""岡島様

お世話になっております。西村です。
座席表の件、承知いたしました。前方2列は幹事と添乗員様の席でお願いします。
集合時刻は7:15に変更なしです。

よろしくお願いいたします。

差出人: 岡島 健司 <okajima@hoshizora-travel.co.jp>
送信日時: 2026年9月24日 17:48
宛先: 西村 彩 <a.nishimura@hinode-sangyo.co.jp>
件名: バス座席表について

西村様

お世話になっております。星空トラベルの岡島です。
先日お送りいただいた1号車の名簿をもとに座席表を作成しました。

""" + "\n".join(f"{i + 1}A {p.name}（{p.tel}）" for i, p in enumerate(_p)) + """

前方の座席の割り当てについてご希望があればお知らせください。
""",
    expect="pass",
    entities=[], detectors=[],
    note="names and mobiles only in the quoted original (差出人/送信日時) from the agency itself",
)

# 095 ---------------------------------------------------------------------------------
add(
    sender=IWABUCHI, to=["川崎電機 総務部 丸山様 <maruyama@kawasakidenki.co.jp>"],
    subject="Re: 運動会リレーへのご参加ありがとうございます",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 総務部
丸山様

お世話になっております。日の出産業の岩渕です。
リレーへのご参加のご連絡、ありがとうございました。
チーム名「川崎電機ライトニング」で登録いたしました。

当日は8:45までに本部テントで受付をお願いいたします。
駐車場は2台分確保しております。
""" + SIG_IWABUCHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasakidenki.co.jp drops the hyphen of partner kawasaki-denki.co.jp",
)

# 096 ---------------------------------------------------------------------------------
_p = people(18, born=(1966, 2003))
add(
    sender=NISHIMURA, to=["みらい航空 団体予約デスク <group-desk@mirai-air.co.jp>"],
    subject="団体予約（HND-OKA 11/12）搭乗者名の登録",
    charset="shift_jis",
    body="""みらい航空 団体予約デスク ご担当者様

お世話になっております。日の出産業株式会社の西村です。
予約番号 GRP-881203 の搭乗者名を下記のとおり登録願います。
（カナ氏名,性別,年齢）

""" + "\n".join(f"{p.kana.replace(' ', '　')},{'M' if p.sex == 'M' else 'F'},{p.age}" for p in _p) + """

以上18名です。よろしくお願いいたします。
""" + SIG_NISHIMURA,
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="18 passengers' kana names with sex and age, comma-separated, to an airline",
)

# 097 ---------------------------------------------------------------------------------
_p = person("F", born=(1990, 1996))
add(
    sender=YANAGIDA, to=["みなと交通 貸切バス営業所 大関様 <ozeki@minato-kotsu.co.jp>"],
    subject="座席についてのお願い",
    charset="utf-8",
    body=f"""大関様

お世話になっております。柳田です。
座席について1点お願いがございます。

{_p.dept}の{_p.name}さんが現在妊娠6か月のため、
揺れの少ない前方の通路側の席を確保していただけますでしょうか。
トイレ休憩も予定より少し多めにとっていただけると助かります。
""" + SIG_YANAGIDA,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's pregnancy to the bus company: health data, but not clearly 要配慮 and needed for the seat",
)

# 098 ---------------------------------------------------------------------------------
_p = people(9)
add(
    sender=YANAGIDA, to=["みなと交通 運行管理 <unkou@minato-kotsu.co.jp>"],
    subject="2号車 乗車名簿",
    charset="iso-2022-jp",
    body="""みなと交通 運行管理ご担当様

お世話になっております。柳田です。
ご依頼のあった2号車の乗車名簿（途中乗車の方）をお送りします。

""" + "\n".join(f"・{p.name}（{p.kana}）　{p.tel}　乗車：{rng.choice(['本社前', '大宮駅西口', '上尾駅東口'])}" for p in _p) + """

本社前以外から乗車する方は、出発10分前に乗車場所にいるよう伝えてあります。
""" + SIG_YANAGIDA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bulleted list of nine passengers with mobiles to the bus company",
)

# 099 ---------------------------------------------------------------------------------
add(
    sender=OKOUCHI, to=["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    subject="記念式典 招待状の印刷について",
    charset="iso-2022-jp",
    body="""錦印刷株式会社 営業部 御中

いつもお世話になっております。日の出産業の大河内です。
創立50周年記念式典の招待状の印刷をお願いいたします。

　仕様：二つ折りカード、返信はがき付き、封筒（洋2）宛名印刷なし
　部数：300部
　納期：10月9日（金）

デザインは昨年の40周年の際のものをベースにお願いできればと存じます。
""" + SIG_OKOUCHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter of partner nishiki-insatsu.co.jp",
)

# 100 ---------------------------------------------------------------------------------
_p = people(25)
add(
    sender=ONODERA, to=["ときわ保険サービス 篠原様 <shinohara@tokiwa-hoken.co.jp>"],
    subject="運動会 家族参加者の加入者名簿（暗号化ZIP）",
    charset="iso-2022-jp",
    body="""篠原様

お世話になっております。小野寺です。
運動会に参加する社員の家族の加入者名簿です。
社内ルールによりZIP暗号化しております。解凍パスワードは電話でお伝えします。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "zip", "name": "kazoku_kanyu.zip", "password": "tokiwa-1003",
        "files": [{"kind": "csv", "name": "kazoku_kanyu.csv", "encoding": "cp932",
                   "rows": [["社員氏名", "家族氏名", "続柄", "生年月日"]] + [
                       [p.name, f"{p.sei} {rng.choice(MEI_F + MEI_M)[0]}", rng.choice(["妻", "夫", "長男", "長女", "次男"]),
                        dob(date(rng.randint(1980, 2022), rng.randint(1, 12), rng.randint(1, 28)), "slash")]
                       for p in _p]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP of a family member list: attachment cannot be inspected",
)


for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"{AREA}-{_i:03d}"
    # keys in the order build.py documents them
    MESSAGES[_i - 1] = {"id": _m.pop("id"), **_m}

assert len(MESSAGES) == 100, len(MESSAGES)
