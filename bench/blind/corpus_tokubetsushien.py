"""Blind corpus — area: tokubetsushien (特別支援学校の送迎・添乗業務).

日の出産業株式会社 送迎事業部 runs school buses and supplies bus attendants (添乗員) for
prefectural special-needs schools (特別支援学校): pupils' routes and stops, seizure and
medical-care plans, guardians' contacts, attendants' rosters, incident reports, mail with
the prefectural board of education, plus ordinary vehicle, fuel and invoice mail.

Every person, number, address, school and company here (other than the organisations
named in BRIEF.md) is invented.  Written blind, from bench/blind/BRIEF.md, build.py and
SPEC.md only: no mailguard code, rules or tests were read.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 20401
R = random.Random(SEED)
AREA = "tokubetsushien"
MESSAGES: list[dict] = []


def add(n: int, expect: str, entities: list[str], detectors: list[str], note: str,
        **msg) -> None:
    MESSAGES.append({"id": f"{AREA}-{n:03d}", **msg, "expect": expect,
                     "entities": list(entities), "detectors": list(detectors),
                     "note": note})


# -- small helpers -------------------------------------------------------------------------

def mn(k: int) -> str:
    return my_number(SEED + k)


def cc(k: int) -> str:
    return card_number(SEED + k)


def fw(s: str) -> str:
    """ASCII → full-width (digits, letters, hyphen, space)."""
    out = []
    for ch in s:
        if ch == " ":
            out.append("\u3000")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - dw(s), 0)


def text_table(rows: list[list[str]], gap: str = "  ", rule: bool = True,
               indent: str = "") -> str:
    widths = [max(dw(str(r[i])) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append(indent + gap.join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0 and rule:
            lines.append(indent + gap.join("-" * w for w in widths))
    return "\n".join(lines)


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def not_card16(prefix: str) -> str:
    """16 digits that fail the Luhn check (a device serial, not a card)."""
    s = prefix + "".join(str(R.randrange(10)) for _ in range(16 - len(prefix)))
    if _luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def _mn_ok(s: str) -> bool:
    body = [int(c) for c in s[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def not_mynumber12() -> str:
    s = str(R.randint(10 ** 11, 10 ** 12 - 1))
    if _mn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


SEI = [("相川", "あいかわ"), ("飯嶋", "いいじま"), ("猪狩", "いがり"), ("宇佐美", "うさみ"),
       ("漆原", "うるしばら"), ("大豆生田", "おおまめうだ"), ("小野寺", "おのでら"),
       ("鬼頭", "きとう"), ("久木田", "くきた"), ("五味", "ごみ"), ("笹森", "ささもり"),
       ("東海林", "しょうじ"), ("菅生", "すごう"), ("瀬古", "せこ"), ("田名部", "たなぶ"),
       ("栗花落", "つゆり"), ("手塚", "てづか"), ("百目鬼", "どうめき"), ("新垣", "あらかき"),
       ("温井", "ぬくい"), ("根本", "ねもと"), ("野々村", "ののむら"), ("萩原", "はぎわら"),
       ("比嘉", "ひが"), ("福士", "ふくし"), ("別府", "べっぷ"), ("保坂", "ほさか"),
       ("真壁", "まかべ"), ("三橋", "みつはし"), ("武藤", "むとう"), ("目黒", "めぐろ"),
       ("茂木", "もてぎ"), ("八木橋", "やぎはし"), ("結城", "ゆうき"), ("吉成", "よしなり"),
       ("若狭", "わかさ"), ("四十物", "あいもの"), ("小鳥遊", "たかなし"),
       ("御子柴", "みこしば"), ("一戸", "いちのへ"), ("蓮見", "はすみ"), ("矢作", "やはぎ"),
       ("勅使河原", "てしがわら"), ("薬師寺", "やくしじ"), ("五十嵐", "いがらし"),
       ("樋渡", "ひわたし"), ("千々岩", "ちぢいわ"), ("鴨志田", "かもしだ")]
KID = [("陽翔", "はると"), ("結菜", "ゆいな"), ("蒼", "あおい"), ("湊", "みなと"),
       ("芽依", "めい"), ("颯太", "そうた"), ("心春", "こはる"), ("律", "りつ"),
       ("陽葵", "ひまり"), ("悠真", "ゆうま"), ("紬", "つむぎ"), ("大和", "やまと"),
       ("凛", "りん"), ("朝陽", "あさひ"), ("美桜", "みお"), ("航", "わたる"),
       ("柚希", "ゆずき"), ("樹", "いつき"), ("莉子", "りこ"), ("奏多", "かなた"),
       ("琴音", "ことね"), ("蓮", "れん"), ("葵", "あおい"), ("拓海", "たくみ")]
ADULT = [("恵美", "えみ"), ("聡", "さとし"), ("由香里", "ゆかり"), ("浩二", "こうじ"),
         ("真理子", "まりこ"), ("健一", "けんいち"), ("千尋", "ちひろ"), ("和也", "かずや"),
         ("順子", "じゅんこ"), ("幸恵", "さちえ"), ("勝", "まさる"), ("典子", "のりこ"),
         ("孝", "たかし"), ("美穂", "みほ"), ("康弘", "やすひろ"), ("弥生", "やよい"),
         ("久美子", "くみこ"), ("直樹", "なおき"), ("早苗", "さなえ"), ("豊", "ゆたか"),
         ("綾", "あや"), ("剛", "つよし"), ("佳代子", "かよこ"), ("信也", "しんや")]

CITIES = [("川越市", ["南台", "今福", "笠幡", "的場", "藤間", "山田"]),
          ("鶴ヶ島市", ["上広谷", "五味ヶ谷", "富士見", "藤金"]),
          ("坂戸市", ["千代田", "末広町", "関間", "伊豆の山町"]),
          ("日高市", ["高麗川", "鹿山", "原宿"]),
          ("狭山市", ["入間川", "狭山台", "北入曽"]),
          ("比企郡川島町", ["平沼", "中山", "八幡"])]
KANSUJI = "〇一二三四五六七八九"


def people(n: int, pool=KID) -> list[dict]:
    seis = R.sample(SEI, n)
    meis = [R.choice(pool) for _ in range(n)]
    return [{"sei": s[0], "sei_k": s[1], "mei": m[0], "mei_k": m[1],
             "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}"} for s, m in zip(seis, meis)]


_MALE = {"聡", "浩二", "健一", "和也", "勝", "孝", "康弘", "直樹", "豊", "剛", "信也"}


def guardian(p: dict) -> dict:
    rel = R.choice(["母", "母", "父", "祖母"])
    pool = [a for a in ADULT if (a[0] in _MALE) == (rel == "父")]
    g = R.choice(pool)
    return {"name": f"{p['sei']} {g[0]}", "kana": f"{p['sei_k']} {g[1]}", "rel": rel}


def mobile() -> str:
    return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def home_tel() -> str:
    if R.random() < 0.5:
        return f"049-{R.randint(220, 299)}-{R.randint(1000, 9999)}"
    return f"042-9{R.randint(10, 89)}-{R.randint(1000, 9999)}"


def address(pref: bool = True, style: int | None = None) -> str:
    city, towns = R.choice(CITIES)
    town = R.choice(towns)
    style = R.randrange(4) if style is None else style
    if style == 0:
        num = f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
    elif style == 1:
        num = f"{KANSUJI[R.randint(1, 5)]}丁目{R.randint(1, 30)}番{R.randint(1, 20)}号"
    elif style == 2:
        num = f"{R.randint(100, 2999)}番地{R.randint(1, 9)}"
    else:
        num = f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)} " + R.choice(
            ["ハイツ南台", "コーポ若葉", "グランメゾン坂戸", "サンライズ高麗"]) + \
            f"{R.randint(1, 3)}0{R.randint(1, 8)}"
    return ("埼玉県" if pref else "") + city + town + num


def kid_dob() -> date:
    return date(2008, 4, 2) + timedelta(days=R.randrange(4380))


def adult_dob() -> date:
    return date(1962, 1, 1) + timedelta(days=R.randrange(12000))


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, base, e = "令和", 2018, "R"
    elif d >= date(1989, 1, 8):
        era, base, e = "平成", 1988, "H"
    else:
        era, base, e = "昭和", 1925, "S"
    y = d.year - base
    if style == "short":
        return f"{e}{y}.{d.month}.{d.day}"
    ys = "元" if y == 1 else str(y)
    s = f"{era}{ys}年{d.month}月{d.day}日"
    return fw(s) if style == "fw" else s


def grade(d: date, style: int = 0) -> str:
    fy = d.year if (d.month, d.day) >= (4, 2) else d.year - 1
    g = 2026 - fy - 6
    g = min(max(g, 1), 12)
    if g <= 6:
        dept, y, short = "小学部", g, "小"
    elif g <= 9:
        dept, y, short = "中学部", g - 6, "中"
    else:
        dept, y, short = "高等部", g - 9, "高"
    return f"{dept}{y}年" if style == 0 else f"{short}{y}"


# -- who writes and who receives -------------------------------------------------------------

H = "hinode-sangyo.co.jp"
MINAMINO = "minamino-sh.ed.jp"      # 県立みなみ野特別支援学校
SAKURADAI = "sakuradai-sh.ed.jp"    # 県立さくら台特別支援学校
HIBARINO = "hibarino-sh.ed.jp"      # 県立ひばり野特別支援学校
BOARD = "kyoiku.pref-tamagawa.lg.jp"  # 県教育局 特別支援教育課
NURSE = "hoshizora-kango.jp"        # 訪問看護ステーションほしぞら
STAFF = "hikari-staff.co.jp"        # ひかりスタッフサービス（添乗員派遣）
FUEL = "towa-sekiyu.co.jp"          # 東和石油
DEALER = "musashi-motors.co.jp"     # 武蔵モータース
SR = "nakano-sr.jp"                 # 中野社会保険労務士事務所
INS = "tokiwa-sonpo.co.jp"          # 常盤損害保険
HOSP = "kawagoe-minami-hp.or.jp"    # 川越みなみ総合病院

MATSUURA = f"松浦 隆之 <matsuura.t@{H}>"
SHIRAISHI = f"白石 真由美 <shiraishi.m@{H}>"
OBA = f"大庭 聡子 <oba.s@{H}>"
NEGISHI = f"根岸 健 <negishi.k@{H}>"
KUBODERA = f"久保寺 洋平 <kubodera.y@{H}>"
MIYASAKA = f"宮坂 香織 <miyasaka.k@{H}>"
BANDO = f"Ryo Bando <bando.r@{H}>"
KITAMURA = f"北村 博 <kitamura.h@{H}>"
TSUJI = f"辻 美咲 <tsuji.m@{H}>"

SIG_MATSUURA = """
-- 
日の出産業株式会社
送迎事業部 運行管理課　松浦 隆之
〒350-1124 埼玉県川越市新宿町5-8-3
TEL 049-246-7731　FAX 049-246-7739
matsuura.t@hinode-sangyo.co.jp
"""

SIG_SHIRAISHI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　送迎事業部
添乗員サポート係　白石 真由美（しらいし まゆみ）
TEL：049-246-7735（直通）
Mail：shiraishi.m@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_OBA = """
*************************************
日の出産業株式会社 経理部
大庭 聡子 Satoko Oba
〒350-1124 埼玉県川越市新宿町5-8-3
TEL:049-246-7700(代表) 内線214
*************************************
"""

SIG_NEGISHI = """
------------------------------
日の出産業(株) 送迎事業部 車両管理課
根岸 健
TEL 049-246-7738 / 携帯 080-4412-9037
negishi.k@hinode-sangyo.co.jp
------------------------------
"""

SIG_KUBODERA = """
──────────────────────────
日の出産業株式会社
営業部 公共事業グループ　課長　久保寺 洋平
〒350-1124 埼玉県川越市新宿町五丁目8番地3
TEL 049-246-7720 ／ FAX 049-246-7729
https://www.hinode-sangyo.co.jp/
──────────────────────────
"""

SIG_MIYASAKA = """
============================
日の出産業株式会社 総務部 人事労務課
宮坂 香織
内線 118 / 直通 049-246-7708
miyasaka.k@hinode-sangyo.co.jp
============================
"""

SIG_BANDO = """
--
Ryo Bando
IT Systems Dept., Hinode Sangyo Co., Ltd.
5-8-3 Shinshuku-machi, Kawagoe, Saitama 350-1124, Japan
Tel +81-49-246-7760
"""

SIG_KITAMURA = """
日の出産業株式会社 送迎事業部 川越営業所
所長 北村 博
TEL 049-246-7730
"""

SIG_TSUJI = """
----
日の出産業 運行管理課 配車担当 辻 美咲
049-246-7733
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。本メールを誤って受信された方は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願い申し上げます。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you have
received it in error, please notify the sender and delete it.
"""

HINODE_T = "T" + corp_number("011001041736")


# ==========================================================================================
# 001 — route list XLSX (two routes, notes incl. wheelchair / epilepsy) to partner bus co.
# ==========================================================================================
_k = people(13)
_stopsA = ["今福公民館前", "南台三丁目バス停", "笠幡駅北口ロータリー", "藤間交差点", "山田小学校前",
           "的場郵便局前", "霞ヶ関北一丁目"]
_notes = ["車いす（リフト乗降・4点固定）", "", "てんかん発作あり。座薬は添乗員預かり", "",
          "前方座席", "", "自閉症。大きな音・急ブレーキに注意", "", "", "医療的ケア（吸引）看護師同乗",
          "", "", "乗り物酔いしやすい"]
_rows = []
for i, p in enumerate(_k):
    g = guardian(p)
    _rows.append([i % 7 + 1, p["name"], p["kana"], grade(kid_dob(), 1),
                  _stopsA[i % 7] if i < 7 else R.choice(["鶴ヶ島駅西口", "上広谷児童公園前",
                                                          "五味ヶ谷集会所", "富士見市民センター前"]),
                  f"7:{12 + (i % 7) * 6:02d}", f"{g['name']}（{g['rel']}）", mobile(), _notes[i]])
_hdr = ["No", "氏名", "ふりがな", "学年", "停留所", "乗車時刻", "保護者", "緊急連絡先", "備考"]
add(1, "stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "13 pupils' route rows with guardians' mobiles and disability/epilepsy notes to a partner",
    sender=MATSUURA, to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"], cc=[TSUJI],
    subject="【みなみ野支援学校】2学期 送迎ルート表（A便・B便）送付の件",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
配車課　岩渕様

いつも大変お世話になっております。日の出産業の松浦です。

9月1日（火）からの2学期運行分について、みなみ野特別支援学校のルート表を
お送りいたします。A便・B便とも乗車順を組み直しておりますので、
ドライバーの皆様への周知をお願いできますでしょうか。

主な変更点
　・A便：藤間交差点を追加（転入生1名）
　・B便：上広谷児童公園前の時刻を5分繰り上げ
　・備考欄に記載のある児童は、添乗員からの引継ぎ事項を必ずご確認ください

ご不明点は松浦または配車担当の辻までご連絡ください。
よろしくお願いいたします。
{SIG_MATSUURA}""",
    attachments=[{"kind": "xlsx", "name": "みなみ野_2学期ルート表.xlsx",
                  "sheets": {
                      "A便": [["県立みなみ野特別支援学校　スクールバスA便　乗車名簿（2学期）"], [],
                             _hdr] + _rows[:7],
                      "B便": [["県立みなみ野特別支援学校　スクールバスB便　乗車名簿（2学期）"], [],
                             _hdr] + _rows[7:],
                      "注意事項": [["運行上の注意"],
                               ["1", "車いす固定は添乗員と運転手の2名で確認すること"],
                               ["2", "発作時は停車のうえ時刻を記録し、学校へ第一報"],
                               ["3", "保護者不在時は停留所で待機、運行管理へ連絡"]]}}])

# ==========================================================================================
# 002 — fuel invoice check with the fuel supplier (masked card, T-number, plates): pass
# ==========================================================================================
_towa_t = "T" + corp_number("030001077215")
add(2, "pass", ["JP_CORPORATE_NUMBER"], [],
    "fuel invoice reconciliation: plates, masked card tail, supplier's T-number; no people",
    sender=OBA, to=[f"吉住 様 <yoshizumi@{FUEL}>"],
    subject="Re: 8月分 軽油ご請求書送付のご案内（請求番号 TW-2608-0317）",
    charset="cp932",
    body=f"""東和石油株式会社
法人営業部　吉住様

いつもお世話になっております。日の出産業 経理部の大庭です。
8月分のご請求書、確かに拝受いたしました。

車両別の給油明細を当社の運行日報と照合したところ、下記1件のみ差異がございました。
お手数ですがご確認いただけますでしょうか。

{text_table([["車両", "カード", "貴社明細(L)", "当社日報(L)", "差異"],
             ["所沢200か12-34", "****-****-****-4471", "412.6", "398.6", "+14.0"]], indent="  ")}

その他の9台（日野リエッセII 6台、トヨタ ハイエース車いす仕様 3台）は一致しております。
なお、請求書に記載の登録番号 {_towa_t} は当社の取引先マスタと一致しておりました。

以上、よろしくお願いいたします。
{SIG_OBA}
> 日の出産業株式会社 経理部 御中
> 平素より格別のお引き立てを賜り厚く御礼申し上げます。
> 8月分のご請求書をPDFにてお送りいたします。
> 請求金額：1,284,930円（税込）　お支払期日：9月30日
""")

# ==========================================================================================
# 003 — seizure-response plan of one pupil (DOCX) to a visiting-nurse station
# ==========================================================================================
_p3 = people(1)[0]
_d3 = date(2017, 7, 14)
_m3 = mobile()
add(3, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    ["personal_data"],
    "one pupil's seizure plan: diagnosis, rescue medication, DOB, mother's mobile, external",
    sender=SHIRAISHI, to=[f"杉若 看護師 <sugiwaka@{NURSE}>"],
    subject="送迎車内での発作時対応計画（案）ご確認のお願い",
    charset="utf-8",
    body=f"""訪問看護ステーションほしぞら
杉若様

お世話になっております。日の出産業 送迎事業部の白石です。
先日お打合せいたしました、送迎車内での発作時対応計画の案を作成しました。
主治医の先生の指示書の内容と齟齬がないか、看護の立場からご確認いただけますと幸いです。

特に、ブコラムの投与タイミング（発作開始から5分）と、投与後の119番通報の順序について
ご意見をいただければと思います。

来週中にご返信いただければ、学校・保護者様との三者確認に間に合います。
どうぞよろしくお願いいたします。
{SIG_SHIRAISHI}""",
    attachments=[{"kind": "docx", "name": "発作時対応計画_送迎車内用_案.docx",
                  "title": "発作時対応計画書（送迎車内用）",
                  "paragraphs": [
                      "発作時対応計画書（送迎車内用）　案",
                      f"児童氏名：{_p3['name']}（{_p3['kana']}）",
                      f"生年月日：{wareki(_d3)}　　学部学年：{grade(_d3)}",
                      "利用便：みなみ野 A便（今福公民館前 7:12 乗車）",
                      "診断名：症候性てんかん（レノックス・ガストー症候群）",
                      "主な発作型：強直発作（10〜40秒）、まれに強直間代発作へ移行",
                      "対応：①安全な場所に停車　②時刻を記録し横向きに寝かせる　"
                      "③5分以上継続、または短時間に反復する場合はブコラム口腔用液を頬粘膜に投与　"
                      "④投与後ただちに119番通報、学校と保護者へ連絡",
                      "服薬：デパケンR、ラミクタール（朝夕、家庭にて）",
                  ],
                  "tables": [[["連絡順", "連絡先", "電話"],
                              ["1", f"母　{_p3['sei']} 早苗", _m3],
                              ["2", "みなみ野特別支援学校 保健室", "049-233-5810"],
                              ["3", "日の出産業 運行管理", "049-246-7731"]]]}])

# ==========================================================================================
# 004 — internal: attendants' My Numbers to HR (all internal): pass
# ==========================================================================================
_a4 = people(5, ADULT)
_rows4 = [["氏名", "フリガナ", "生年月日", "個人番号", "住所"]]
for i, a in enumerate(_a4):
    _rows4.append([a["name"], a["kana"], adult_dob().strftime("%Y/%m/%d"), mn(4 + i),
                   address()])
add(4, "pass", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], [],
    "five new attendants' My Numbers, but every recipient is internal",
    sender=SHIRAISHI, to=[MIYASAKA], cc=[f"soumu@{H}"],
    subject="10月採用 添乗員5名の個人番号届（社内）",
    charset="iso-2022-jp",
    body=f"""宮坂さん

お疲れさまです。白石です。
10月1日付で直接雇用に切り替わる添乗員5名分の個人番号届を取りまとめました。
本人確認書類（免許証・通知カード等）のコピーは紙で総務の金庫にお渡しします。

ファイルはパスワードなしで社内共有のみとしています。取り扱いよろしくお願いします。
{SIG_SHIRAISHI}""",
    attachments=[{"kind": "xlsx", "name": "個人番号届_添乗員_10月採用.xlsx",
                  "sheets": {"個人番号": [["添乗員 個人番号届（2026年10月採用分）"], []] + _rows4,
                             "確認欄": [["確認者", "確認日"], ["白石", "9/24"], ["宮坂", ""]]}}])

# ==========================================================================================
# 005 — three schools + the board visible in To/Cc (meeting notice, no personal data)
# ==========================================================================================
add(5, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three schools and the prefectural board can all see each other in To/Cc",
    sender=KUBODERA,
    to=[f"高梨 教頭 <takanashi@{MINAMINO}>", f"戸塚 事務長 <totsuka@{SAKURADAI}>",
        f"小笠原 教頭 <ogasawara@{HIBARINO}>"],
    cc=[f"特別支援教育課 送迎担当 <sped-soge@{BOARD}>"],
    subject="夏季休業中の運行および2学期ダイヤ説明会のご案内",
    charset="iso-2022-jp",
    body=f"""各特別支援学校
送迎ご担当の先生方

いつも大変お世話になっております。
スクールバス運行を受託しております日の出産業の久保寺でございます。

標記の件、下記のとおり説明会を開催いたします。
ご多用のところ恐縮ですが、ご出席くださいますようお願い申し上げます。

　日時：8月6日（木）14:00〜15:30
　場所：県立みなみ野特別支援学校　会議室2
　内容：①夏季休業中のプール指導日の臨時便について
　　　　②2学期ダイヤ（案）の説明
　　　　③車両入替（リフト付き2台）のご報告

ご出欠を7月31日（金）までにご返信いただけますと幸いです。
{SIG_KUBODERA}""")

# ==========================================================================================
# 006 — look-alike of the partner bus company's domain (letter dropped), benign content
# ==========================================================================================
add(6, "stop", [], ["lookalike_domain"],
    "recipient domain aoba-uny.co.jp is a look-alike of partner aoba-unyu.co.jp",
    sender=TSUJI, to=["haisha@aoba-uny.co.jp"],
    subject="明日の配車変更（3号車→5号車）",
    charset="cp932",
    body=f"""青葉運輸 配車ご担当様

お疲れさまです。日の出産業の辻です。
明日（9/17）朝便、3号車がリフト点検のため入庫となりましたので、
ひばり野B便は5号車（所沢200か45-06）での運行に変更をお願いします。

ルート・時刻の変更はありません。
帰り便は3号車が戻り次第、通常どおりです。
{SIG_TSUJI}""")

# ==========================================================================================
# 007 — reply to the school; personal data only in the quoted text
# ==========================================================================================
_p7 = people(1)[0]
add(7, "pass", [], [],
    "new text only confirms; the pupil's new address and guardian phone are in '>' quotes",
    sender=MATSUURA, to=[f"高梨 教頭 <takanashi@{MINAMINO}>"],
    subject="Re: 10月からの乗車停留所変更について",
    charset="iso-2022-jp",
    body=f"""高梨先生

ご連絡ありがとうございます。日の出産業の松浦です。
承知いたしました。10月1日（木）の朝便から新しい停留所で運行いたします。
乗車時刻は7:26頃となる見込みですので、保護者様へのご案内をお願いできますでしょうか。

取り急ぎ、御礼とご報告まで。
{SIG_MATSUURA}
> 日の出産業株式会社
> 松浦様
>
> いつもお世話になっております。みなみ野特別支援学校の高梨です。
> 小学部2年の{_p7['name']}さんが転居されるため、10月から乗車場所の変更をお願いします。
> 新住所：{address()}
> 保護者（母）携帯：{mobile()}
> 新しい停留所は「的場郵便局前」が最寄りとのことです。
> よろしくお願いいたします。
""")

# ==========================================================================================
# 008 — padded table of nine guardians' contacts in the body, to a school
# ==========================================================================================
_k8 = people(9)
_rows8 = [["No", "児童名", "学年", "保護者", "続柄", "連絡先1", "連絡先2"]]
for i, p in enumerate(_k8, 1):
    g = guardian(p)
    _rows8.append([str(i), p["name"], grade(kid_dob(), 1), g["name"], g["rel"], mobile(),
                   home_tel() if i % 3 else "なし"])
add(8, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "nine pupils' guardians with mobile and home numbers, padded table in body, external",
    sender=MATSUURA, to=[f"戸塚 事務長 <totsuka@{SAKURADAI}>"],
    subject="運休時連絡網の突合のお願い（さくら台 C便）",
    charset="iso-2022-jp",
    body=f"""さくら台特別支援学校
事務長　戸塚様

お世話になっております。日の出産業の松浦です。

台風シーズンを前に、運休時の連絡網を再確認しております。
当社で保持しているC便の保護者連絡先は下記のとおりです。
学校様の名簿と相違がないか、ご確認いただけますでしょうか。

{text_table(_rows8)}

相違がございましたら、該当行のみご返信いただければ修正いたします。
{SIG_MATSUURA}""")

# ==========================================================================================
# 009 — vehicle inspection schedule to the dealer: plates and chassis numbers, pass
# ==========================================================================================
_veh = [["号車", "登録番号", "車名", "車台番号", "車検満了日", "入庫希望日"]]
for i, (car, code) in enumerate([("日野 リエッセII", "XZB70"), ("日野 リエッセII", "XZB70"),
                                 ("トヨタ ハイエース 車いす", "GDH223"),
                                 ("トヨタ ハイエース 車いす", "GDH223"),
                                 ("いすゞ エルガミオ", "LR290J"), ("日野 リエッセII", "XZB70")], 1):
    _veh.append([f"{i}号車", f"所沢200か{R.randint(10, 99)}-{R.randint(10, 99)}", car,
                 f"{code}-{R.randint(1000000, 1099999)}", f"2026/{10 + i // 3}/{R.randint(1, 28)}",
                 f"{10 + i // 3}月第{R.randint(1, 3)}週"])
add(9, "pass", [], [],
    "vehicle list (plates, chassis numbers, dates) to the dealer: no people",
    sender=NEGISHI, to=[f"サービス工場 小室様 <komuro@{DEALER}>"],
    subject="10〜11月 車検入庫のご相談（6台）",
    charset="cp932",
    body=f"""武蔵モータース株式会社
サービス工場　小室様

いつもお世話になっております。日の出産業 車両管理の根岸です。
10〜11月に車検満了を迎える車両が6台ございます。
スクールバスの運行に支障が出ないよう、土曜入庫・月曜朝納車でお願いできれば助かります。

{text_table(_veh, gap=" | ", rule=True)}

※3・4号車は車いすリフトの法定点検も併せてお願いします（菱光リフトさん手配済み）。
※代車はハイエース（10人乗り）で結構です。

ご都合をお知らせください。
{SIG_NEGISHI}""")

# ==========================================================================================
# 010 — one attendant's My Number in full-width digits to the labour consultant
# ==========================================================================================
_mn10 = mn(10)
_d10 = adult_dob()
add(10, "stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "an attendant's My Number (full-width) and DOB sent to an outside labour consultant",
    sender=MIYASAKA, to=[f"中野 先生 <nakano@{SR}>"],
    subject="雇用保険 資格取得届の件（添乗員 1名）",
    charset="cp932",
    body=f"""中野社会保険労務士事務所
中野先生

いつもお世話になっております。日の出産業 人事労務課の宮坂です。
送迎事業部の添乗員1名、雇用保険の資格取得手続きをお願いいたします。

氏名　　温井 早苗（ヌクイ サナエ）
生年月日　{wareki(_d10, 'fw')}
個人番号　{fw(_mn10[:4] + ' ' + _mn10[4:8] + ' ' + _mn10[8:])}
資格取得日　令和８年１０月１日
週所定労働時間　２５時間（朝夕の添乗）

前職の離職票はございません。
ご不明点があればご連絡ください。
{SIG_MIYASAKA}""")

# ==========================================================================================
# 011 — company fuel card number (corporate card) sent in clear to the supplier
# ==========================================================================================
_c11 = cc(11)
add(11, "stop", ["CREDIT_CARD"], ["personal_data"],
    "full fuel/corporate card number in the body: any card number must stop",
    sender=NEGISHI, to=[f"カード事務センター <card-center@{FUEL}>"],
    subject="給油カード再発行のお願い（磁気不良）",
    charset="iso-2022-jp",
    body=f"""東和石油株式会社
カード事務センター ご担当者様

お世話になっております。日の出産業株式会社 車両管理課の根岸です。

下記の法人給油カードが磁気不良となり、スタンドで読み取りできなくなりました。
再発行の手続きをお願いいたします。

　カード番号：{_c11[:4]}-{_c11[4:8]}-{_c11[8:12]}-{_c11[12:]}
　有効期限：09/28
　紐付け車両：所沢200か33-81（5号車）

再発行までの間、同車両の給油は現金立替で対応します。
{SIG_NEGISHI}""")

# ==========================================================================================
# 012 — bus stops at public places (addresses of facilities, not people): pass
# ==========================================================================================
_stops12 = [["No", "停留所名", "所在地（目安）", "朝", "夕"],
            ["1", "高麗川駅東口ロータリー", "日高市高麗川一丁目（駅前ロータリー）", "7:05", "16:20"],
            ["2", "鹿山公民館前", "日高市鹿山（公民館駐車場入口）", "7:13", "16:12"],
            ["3", "原宿郵便局前", "日高市原宿（郵便局向かい）", "7:19", "16:06"],
            ["4", "ファミリーマート日高原宿店前", "県道15号沿い", "7:24", "16:01"],
            ["5", "狭山台中央公園", "狭山市狭山台（公園北側）", "7:36", "15:50"],
            ["6", "北入曽集会所", "狭山市北入曽（集会所前）", "7:44", "15:42"]]
add(12, "pass", [], [],
    "stop list at stations, post offices, parks: places, not people",
    sender=TSUJI, to=[f"小笠原 教頭 <ogasawara@{HIBARINO}>"],
    subject="ひばり野 D便 停留所一覧（3学期案）",
    charset="utf-8",
    body=f"""ひばり野特別支援学校
小笠原先生

お世話になっております。日の出産業 配車担当の辻です。
3学期のD便の停留所案をお送りします。保護者会資料にお使いください。

{text_table(_stops12)}

※時刻は目安です。積雪・渋滞時は前後します。
※「ファミリーマート日高原宿店前」は店舗様の了承をいただいています。
{SIG_TSUJI}""")

# ==========================================================================================
# 013 — incident report PDF (fracture of a named pupil), stamped 取扱注意, to the board
# ==========================================================================================
_p13 = people(1)[0]
add(13, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "confidential_marking"],
    "incident report naming a pupil with a fracture diagnosis, PDF stamped 取扱注意, to the board",
    sender=KITAMURA, to=[f"特別支援教育課 <sped-soge@{BOARD}>"], cc=[MATSUURA],
    subject="【事故報告】9月10日 さくら台C便 降車時の転倒事故について（第一報）",
    charset="iso-2022-jp",
    body=f"""県教育局 特別支援教育課 御中

日の出産業株式会社 川越営業所の北村でございます。
9月10日（木）夕便にて発生した降車時の転倒事故について、第一報を添付にてご報告いたします。
ご迷惑とご心配をおかけし、誠に申し訳ございません。

再発防止策を含めた最終報告は、9月18日までに提出いたします。
{SIG_KITAMURA}""",
    attachments=[{"kind": "pdf", "name": "事故報告書_第一報_0910.pdf",
                  "title": "事故報告書（第一報）", "page_header": "取扱注意",
                  "lines": ["事故報告書（第一報）", "",
                            "発生日時：令和8年9月10日（木）16時08分頃",
                            "場所：さくら台C便 停留所「関間四丁目」",
                            f"児童：{_p13['name']}（中学部2年）",
                            "状況：降車ステップ最下段で足を踏み外し、右手をついて転倒。",
                            "　　　添乗員が付き添い、保護者到着後に川越みなみ総合病院を受診。",
                            "診断：右橈骨遠位端骨折（全治約6週間、ギプス固定）",
                            "原因（推定）：降車時の介助位置が児童の利き手側でなかったこと",
                            "対応：当日中に保護者様へ謝罪、学校へ報告済み"]}])

# ==========================================================================================
# 014 — school and partner bus company in To/Cc (two organisations): pass
# ==========================================================================================
add(14, "pass", [], ["multiple_external_domains"],
    "ordinary three-way meeting mail: one school and one partner in To/Cc",
    sender=MATSUURA, to=[f"高梨 教頭 <takanashi@{MINAMINO}>"],
    cc=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="下校便の時刻調整についての打合せ日程",
    charset="iso-2022-jp",
    body=f"""高梨先生
（cc：青葉運輸 岩渕様）

お世話になっております。日の出産業の松浦です。
11月からの下校時刻繰り上げ（水曜日）に伴うダイヤ調整について、
三者で30分ほどお打合せをさせていただけないでしょうか。

候補日
　・10月14日（水）15:30〜
　・10月16日（金）10:00〜
　・10月20日（火）15:30〜

場所は学校様の会議室をお借りできればと存じます。
ご都合のよい日時をお知らせください。
{SIG_MATSUURA}""")

# ==========================================================================================
# 015 — six guardians in To (free mail), typhoon cancellation notice
# ==========================================================================================
_g15 = ["mama.hinata0712@gmail.com", "k-sugou@yahoo.co.jp", "yuzu.papa@docomo.ne.jp",
        "tmotegi_88@icloud.com", "hagiwara-family@ezweb.ne.jp", "aimono.kyoko@outlook.jp"]
add(15, "stop", [], ["external_recipients_visible", "multiple_external_domains",
                     "freemail_recipient"],
    "six guardians' private addresses in To: each can see the others (should be Bcc)",
    sender=MATSUURA, to=_g15,
    subject="【運休】台風10号接近に伴う明日のスクールバス運休について",
    charset="iso-2022-jp",
    body=f"""保護者の皆様

ひばり野特別支援学校 E便の送迎を担当しております、日の出産業の松浦です。

台風10号の接近に伴い、学校様の臨時休校の決定を受け、
明日9月29日（火）のスクールバスは朝・夕とも運休いたします。

9月30日（水）の運行は、明日17時までに改めてご連絡いたします。
ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。
{SIG_MATSUURA}""")

# ==========================================================================================
# 016 — one guardian on free mail: delay notice (child's first name only): pass
# ==========================================================================================
add(16, "pass", [], ["freemail_recipient"],
    "delay notice to one guardian on free mail; no record, no health data",
    sender=TSUJI, to=["y.hosaka.0421@yahoo.co.jp"],
    subject="本日の下校便 遅延のお知らせ",
    charset="iso-2022-jp",
    body=f"""保坂様

いつもお世話になっております。スクールバス配車担当の辻です。

本日の下校便ですが、国道254号の事故渋滞の影響で、
「南台三丁目バス停」への到着が15分ほど遅れる見込みです（16:35頃）。
悠真さんは元気に乗車されています。

お待たせして申し訳ございません。
{SIG_TSUJI}""")

# ==========================================================================================
# 017 — CP932 CSV of eight attendants (DOB 和暦 short, mobile, address) to staffing agency
# ==========================================================================================
_a17 = people(8, ADULT)
_csv17 = [["氏名", "フリガナ", "生年月日", "携帯電話", "住所", "担当便", "勤務曜日"]]
for a in _a17:
    _csv17.append([a["name"], a["kana"], wareki(adult_dob(), "short"), mobile(),
                   address(pref=R.random() < 0.5), R.choice(["みなみ野A", "みなみ野B", "さくら台C",
                                                             "ひばり野D", "ひばり野E"]),
                   R.choice(["月〜金", "月水金", "火木", "月〜木"])])
add(17, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    ["personal_data"],
    "eight attendants' records (DOB, mobile, home address) in a CSV to the staffing agency",
    sender=SHIRAISHI, to=[f"派遣コーディネーター 森谷様 <moriya@{STAFF}>"],
    subject="添乗員名簿（10月シフト反映版）",
    charset="iso-2022-jp",
    body=f"""ひかりスタッフサービス
森谷様

お世話になっております。日の出産業の白石です。
10月シフトを反映した添乗員名簿をお送りします。
貴社側の登録情報と突き合わせのうえ、住所・携帯に変更のある方がいればお知らせください。
（交通費精算の経路確認にも使います）

よろしくお願いします。
{SIG_SHIRAISHI}""",
    attachments=[{"kind": "csv", "name": "tenjoin_meibo_202610.csv", "encoding": "cp932",
                  "rows": _csv17}])

# ==========================================================================================
# 018 — drivers' licence numbers (three blocks) to the board for the contract file
# ==========================================================================================
_d18 = people(3, ADULT)
_blocks18 = []
for i, d in enumerate(_d18, 1):
    lic = f"{R.choice(['30', '40', '45'])}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
    _blocks18.append(f"""【{i}】{d['name']}（{d['kana']}）
　　生年月日：{wareki(adult_dob())}
　　免許証番号：第{lic}号
　　種類：大型二種・中型・普通　　有効期限：令和{R.randint(9, 11)}年{R.randint(1, 12)}月{R.randint(1, 28)}日""")
_nl = "\n\n"
add(18, "stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "three drivers' licence numbers with DOB to the board: identity document numbers",
    sender=KUBODERA, to=[f"契約担当 <sped-keiyaku@{BOARD}>"],
    subject="運転者届の提出について（10月着任 3名）",
    charset="cp932",
    body=f"""県教育局 特別支援教育課
契約ご担当者様

平素より大変お世話になっております。日の出産業の久保寺です。
仕様書第12条に基づき、10月から着任する運転者3名の運転者届を提出いたします。
（原本は郵送いたします）

{_nl.join(_blocks18)}

3名とも社内の初任運転者研修（適性診断含む）を修了しております。
{SIG_KUBODERA}""")

# ==========================================================================================
# 019 — mail about an NDA with the visiting-nurse station: pass
# ==========================================================================================
add(19, "pass", [], [],
    "mail about an NDA draft (機密保持契約): the word is mentioned, nothing is marked",
    sender=KUBODERA, to=[f"管理者 杉若様 <sugiwaka@{NURSE}>"],
    subject="秘密保持契約書（案）の修正箇所について",
    charset="iso-2022-jp",
    body=f"""訪問看護ステーションほしぞら
管理者　杉若様

お世話になっております。日の出産業 営業部の久保寺です。
医療的ケア児の送迎に看護師様の同乗をお願いするにあたり、
秘密保持契約書の案を法務と確認いたしました。修正をお願いしたい点は次の3点です。

1. 第2条（機密情報の定義）：口頭で開示した情報も、開示後14日以内に書面で特定したものは含める
2. 第5条（返還・廃棄）：送迎記録の保存期間（5年）との整合を取る
3. 第9条（有効期間）：契約終了後3年間存続

修正版はWordの変更履歴付きで来週お送りします。
{SIG_KUBODERA}
{DISC_JA}""")

# ==========================================================================================
# 020 — forward of the school nurse's mail about one pupil's suctioning, to staffing agency
# ==========================================================================================
_p20 = people(1)[0]
add(20, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forward (new to recipient) of a named pupil's tracheostomy/suction care to an outside agency",
    sender=SHIRAISHI, to=[f"森谷様 <moriya@{STAFF}>"],
    subject="FW: 【さくら台】送迎中の喀痰吸引について",
    charset="utf-8",
    body=f"""森谷さん

お世話になっております。白石です。
学校の看護師さんから下記の連絡がありました。11月からC便に入っていただく方の
引継ぎ事項になりますので、事前にご共有します。
（吸引そのものは看護師が行い、添乗員は介助のみです）

-----Original Message-----
From: 養護教諭 井筒 <izutsu@{SAKURADAI}>
Sent: Monday, October 19, 2026 4:12 PM
To: 白石 真由美
Subject: 【さくら台】送迎中の喀痰吸引について

白石様

さくら台特別支援学校 保健室の井筒です。
高等部1年の{_p20['name']}さん（{_p20['kana']}）について、11月から通学バスの利用が始まります。
気管切開をしており、乗車中も痰が多いときは吸引が必要です（15〜20分に1回程度）。
吸引器とバッテリーは本人のバギーに搭載、酸素は不要です。
体調の急変時は学校保健室（内線21）へ連絡をお願いします。

井筒
{SIG_SHIRAISHI}""")


# ==========================================================================================
# 021 — PPAP: password ZIP of a route file to a school
# ==========================================================================================
_k21 = people(6)
add(21, "stop", [], ["unscannable_attachment"],
    "AES-encrypted ZIP to an external school: content cannot be inspected",
    sender=MATSUURA, to=[f"小笠原 教頭 <ogasawara@{HIBARINO}>"],
    subject="3学期ルート表の送付（パスワード別送）",
    charset="iso-2022-jp",
    body=f"""ひばり野特別支援学校
小笠原先生

お世話になっております。日の出産業の松浦です。
3学期のルート表を暗号化ZIPにてお送りいたします。
解凍パスワードは別メールにてお送りします。

ご確認のほど、よろしくお願いいたします。
{SIG_MATSUURA}""",
    attachments=[{"kind": "zip", "name": "hibarino_3gakki_route.zip", "password": "Hn#2027tk3",
                  "files": [{"kind": "xlsx", "name": "ルート表_D便E便.xlsx",
                             "sheets": {"D便": [["氏名", "停留所", "時刻", "連絡先"]] +
                                        [[p["name"], "鹿山公民館前", "7:13", mobile()]
                                         for p in _k21]}}]}])

# ==========================================================================================
# 022 — monthly invoice PDF to the board: company's own account and T-number: pass
# ==========================================================================================
add(22, "pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice with the company's own bank account and registration number: business data",
    sender=OBA, to=[f"会計担当 <sped-kaikei@{BOARD}>"],
    subject="9月分 特別支援学校スクールバス運行業務委託料のご請求",
    charset="cp932",
    body=f"""県教育局 特別支援教育課
会計ご担当者様

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 経理部の大庭でございます。

9月分の業務委託料につきまして、請求書をお送りいたします。
原本は本日郵送いたしました。

　請求番号：HS-2609-0042
　ご請求金額：8,712,400円（うち消費税 792,036円）
　お支払期限：10月31日

ご査収のほど、よろしくお願い申し上げます。
{SIG_OBA}""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-2609-0042.pdf", "title": "請求書",
                  "lines": ["請　求　書", "",
                            "県教育局 特別支援教育課 御中", "",
                            "日の出産業株式会社",
                            "〒350-1124 埼玉県川越市新宿町5-8-3　TEL 049-246-7700",
                            f"登録番号：{HINODE_T}", "",
                            "件名：特別支援学校スクールバス運行業務（令和8年9月分）", ""],
                  "table": [["学校", "便数", "運行日数", "金額（税抜）"],
                            ["みなみ野特別支援学校", "A・B", "21", "2,856,000"],
                            ["さくら台特別支援学校", "C", "21", "1,512,000"],
                            ["ひばり野特別支援学校", "D・E", "21", "2,940,000"],
                            ["臨時便（校外学習）", "2", "—", "612,364"],
                            ["", "", "小計", "7,920,364"],
                            ["", "", "消費税(10%)", "792,036"],
                            ["", "", "合計", "8,712,400"],
                            ["振込先", "みどり銀行 川越支店", "普通 3048817", "ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ"]]}])

# ==========================================================================================
# 023 — seizure on the bus reported to the pupil's own guardian on free mail: either
# ==========================================================================================
_p23 = people(1)[0]
add(23, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "seizure details of a child sent to that child's own guardian (free mail): defensible both ways",
    sender=SHIRAISHI, to=[f"{_p23['sei']} 様 <{_p23['sei_k'] and 'c.ikusei'}.{R.randint(10, 99)}@gmail.com>"],
    subject="本日の下校便でのご様子について",
    charset="iso-2022-jp",
    body=f"""{_p23['sei']}様

いつもお世話になっております。日の出産業の白石です。
お電話でもお伝えしましたが、念のためメールでも記録をお送りします。

本日の下校便（16:02発）で、{_p23['mei']}さんに車内で発作がありました。
・16:21頃、笠幡駅北口の手前で、右手のぴくつきと呼びかけへの反応低下
・すぐに路肩に停車し、添乗員が横向きにして時間を計測
・約1分50秒で治まり、その後は眠そうにしていましたが呼吸・顔色とも問題ありませんでした
・座薬（ダイアップ）は使用していません
・学校保健室にも報告済みです

お迎えの際にお渡しした発作記録票を、次回の受診時に主治医の先生へお見せください。
どうぞお大事になさってください。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 024 — HTML-only mail: six pupils with guardians' phones for an excursion run, to partner
# ==========================================================================================
_k24 = people(6)
_tr24 = "".join(
    f"<tr><td>{i}</td><td>{p['name']}</td><td>{grade(kid_dob())}</td>"
    f"<td>{R.choice(['鶴ヶ島駅西口', '上広谷児童公園前', '五味ヶ谷集会所'])}</td>"
    f"<td>{guardian(p)['name']}</td><td>{mobile()}</td></tr>"
    for i, p in enumerate(_k24, 1))
add(24, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "HTML table of six pupils with guardians' mobiles to the partner bus company",
    sender=TSUJI, to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="10/22 校外学習 臨時便の乗車名簿",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸 岩渕様</p>
<p>お世話になっております。日の出産業 配車担当の辻です。<br>
10月22日（木）みなみ野特別支援学校 中学部の校外学習（県立自然公園）の臨時便について、
乗車名簿をお送りします。当日は保護者に直接連絡が必要になる場合がありますので、
運転手さんにもお渡しください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>学年</th><th>乗車場所</th><th>保護者</th><th>連絡先</th></tr>
{_tr24}
</table>
<p>出発 8:40 学校正面玄関／帰着 14:30 予定です。<br>よろしくお願いいたします。</p>
<p>----<br>日の出産業 運行管理課 配車担当 辻 美咲<br>049-246-7733</p>
</body></html>""")

# ==========================================================================================
# 025 — internal incident report of a seizure on the bus: all internal, pass
# ==========================================================================================
_p25 = people(1)[0]
add(25, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "named pupil's seizure and rescue medication, but recipients are all internal",
    sender=SHIRAISHI, to=[KITAMURA, MATSUURA], cc=[f"anzen@{H}"],
    subject="【ヒヤリ報告】10/5 A便 車内での発作・座薬使用",
    charset="iso-2022-jp",
    body=f"""北村所長、松浦さん
（cc：安全推進室）

白石です。本日のA便朝便での件、ご報告します。

対象：{_p25['name']}さん（小学部5年、てんかん）
7:31 藤間交差点付近で強直間代発作。添乗員の鴨志田さんが停車を指示し時間計測。
7:36 5分経過したため、事前指示どおりダイアップ座薬を使用。
7:39 発作消失。学校・保護者に連絡し、そのまま学校保健室へ引継ぎ。
救急搬送はなし。保護者（母）からは「指示どおり対応いただきありがとうございます」とのこと。

反省点：座薬の保管ポーチが運転席側にあり、取り出しに20秒ほどかかった。
→ 全車、添乗員席のポーチ定位置を統一します。

以上
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 026 — look-alike of the company's own domain (co. dropped): health-check list misaddressed
# ==========================================================================================
_a26 = people(6, ADULT)
_rows26 = [["氏名", "受診日", "総合判定", "主な所見", "就業上の措置"]]
_find = [("A", "異常なし", "なし"), ("C", "血圧高値（要経過観察）", "なし"),
         ("D", "血糖高値（要精密検査）", "受診結果確認まで夜間運行なし"),
         ("B", "軽度肝機能異常", "なし"), ("E", "糖尿病 治療中", "主治医意見書を提出"),
         ("C", "右耳 聴力低下", "添乗業務に支障なし")]
for a, f in zip(_a26, _find):
    _rows26.append([a["name"], f"2026/06/{R.randint(1, 28):02d}", f[0], f[1], f[2]])
add(26, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["lookalike_domain", "personal_data"],
    "hinode-sangyo.jp is a look-alike of the own domain; carries six staff health-check results",
    sender=MIYASAKA, to=["kitamura.h@hinode-sangyo.jp"],
    subject="送迎事業部 健康診断結果（要措置者の確認）",
    charset="cp932",
    body=f"""北村所長

お疲れさまです。人事労務課の宮坂です。
今年度の定期健康診断の結果のうち、送迎事業部の運転手・添乗員で
判定B以上の方の一覧をお送りします。就業上の措置についてご意見をください。

産業医面談はD・Eの2名を10月中に設定予定です。
{SIG_MIYASAKA}""",
    attachments=[{"kind": "xlsx", "name": "健診結果_送迎事業部_要確認.xlsx",
                  "sheets": {"要確認者": [["2026年度 定期健康診断 要確認者一覧（送迎事業部）"], []]
                             + _rows26}}])

# ==========================================================================================
# 027 — English mail to the lift manufacturer about parts: pass
# ==========================================================================================
add(27, "pass", [], [],
    "English parts order to an overseas lift maker: part numbers, serials, no people",
    sender=f"Ken Negishi <negishi.k@{H}>", to=["parts-apac@liftmark-mobility.com"],
    subject="Replacement parts for LM-720 wheelchair lifts (serial LM720-J-0388 / 0391)",
    charset="utf-8",
    body=f"""Dear Liftmark APAC Parts Team,

We operate school buses for special-needs schools in Saitama and run two Toyota Hiace
vans fitted with your LM-720 platform lift (serials LM720-J-0388 and LM720-J-0391).

During the statutory inspection our contractor found worn parts. Could you quote:

  P/N          Description                      Qty
  -----------  -------------------------------  ---
  LM-HY-2207   Hydraulic pump seal kit            2
  LM-RB-0415   Roll-stop barrier hinge pin        4
  LM-EL-1130   Hand pendant (JP, 12 V)            1

Please include lead time to Japan and DDP shipping to our Kawagoe depot.
Our local service partner, Ryoko Lift Kogyo, will fit the parts.

Best regards,
Ken Negishi
Fleet Management, Hinode Sangyo Co., Ltd.
Tel +81-49-246-7738
{DISC_EN}""")

# ==========================================================================================
# 028 — one attendant's health-check result in running text, to staffing agency
# ==========================================================================================
add(28, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "health-check findings of one named attendant (blood pressure, follow-up) sent outside",
    sender=SHIRAISHI, to=[f"森谷様 <moriya@{STAFF}>"],
    subject="猪狩さんの勤務継続について",
    charset="iso-2022-jp",
    body=f"""森谷さん

いつもお世話になっております。白石です。
貴社から派遣いただいている猪狩 豊さんの件でご相談です。

先月の雇入れ時健診の結果、血圧が168/102で「要精密検査」となっており、
ご本人からは高血圧で内科に通院を始めたと聞いています。
車いすの乗降介助は中腰での作業が多いため、主治医の意見書（就労可否）を
いただけるまでは、歩行可能な児童の多いE便への配置にしたいと考えています。

貴社の方でご本人と面談いただくことは可能でしょうか。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 029 — three substitute attendants with mobiles to the school: 1–4 people, pass (warn)
# ==========================================================================================
_a29 = people(3, ADULT)
add(29, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three substitute attendants' names and mobiles: under five people, may warn",
    sender=SHIRAISHI, to=[f"高梨 教頭 <takanashi@{MINAMINO}>"],
    subject="明日の添乗員の交代について（A便・B便）",
    charset="iso-2022-jp",
    body=f"""高梨先生

お世話になっております。日の出産業の白石です。
明日10/8（木）は研修のため、添乗員が下記のとおり交代いたします。
当日何かございましたら、添乗員の携帯に直接ご連絡いただいて構いません。

　A便朝・夕　{_a29[0]['name']}　{mobile()}
　B便朝　　　{_a29[1]['name']}　{mobile()}
　B便夕　　　{_a29[2]['name']}　{mobile()}

いずれも過去にA・B便の経験がある者です。
よろしくお願いいたします。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 030 — bid estimate breakdown marked 社外秘 sent to the partner
# ==========================================================================================
add(30, "stop", [], ["confidential_marking"],
    "cost breakdown stamped 社外秘 (title row and page header) sent to a partner",
    sender=KUBODERA, to=[f"営業部 大沢様 <osawa@aoba-unyu.co.jp>"],
    subject="次年度入札 共同見積の内訳（たたき台）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
大沢様

お世話になっております。久保寺です。
次年度の特別支援学校スクールバス運行業務の入札について、
当社分と貴社分を合わせた共同見積の内訳たたき台をお送りします。
燃料単価の前提（軽油 148円/L）だけ先にご確認いただけますか。
{SIG_KUBODERA}""",
    attachments=[{"kind": "xlsx", "name": "R9入札_共同見積内訳_v0.3.xlsx",
                  "page_header": "社外秘",
                  "sheets": {"見積内訳": [["【社外秘】令和9年度 スクールバス運行業務 見積内訳（案）"], [],
                                      ["項目", "日の出産業", "青葉運輸", "合計"],
                                      ["車両費（償却）", 18400000, 9200000, 27600000],
                                      ["人件費（運転手）", 41760000, 20880000, 62640000],
                                      ["人件費（添乗員）", 22320000, 0, 22320000],
                                      ["燃料費", 9850000, 4930000, 14780000],
                                      ["一般管理費", 6120000, 2870000, 8990000],
                                      ["利益", 4400000, 2100000, 6500000]],
                             "前提条件": [["軽油単価", "148円/L"], ["運行日数", "203日"],
                                      ["車両数", "日の出8台・青葉4台"]]}}])

# ==========================================================================================
# 031 — corrupt XLSX attached to a mail to a school
# ==========================================================================================
add(31, "stop", [], ["unscannable_attachment"],
    "the attached workbook is corrupt and cannot be inspected",
    sender=OBA, to=[f"戸塚 事務長 <totsuka@{SAKURADAI}>"],
    subject="9月分 利用実績表の送付",
    charset="cp932",
    body=f"""さくら台特別支援学校
戸塚様

お世話になっております。日の出産業 経理部の大庭です。
9月分の利用実績表をお送りします。請求書との照合にお使いください。

※先ほどお送りしたファイルが開けないとのことでしたので、再送いたします。
{SIG_OBA}""",
    attachments=[{"kind": "corrupt", "name": "利用実績_さくら台_202609.xlsx"}])

# ==========================================================================================
# 032 — general seizure first-aid training deck (no person) to the staffing agency: pass
# ==========================================================================================
add(32, "pass", [], [],
    "general training slides on seizures and suctioning: health words, no identifiable person",
    sender=SHIRAISHI, to=[f"研修担当 <kenshu@{STAFF}>"],
    subject="添乗員向け研修資料（てんかん発作時の対応）",
    charset="utf-8",
    body=f"""ひかりスタッフサービス
研修ご担当者様

お世話になっております。日の出産業の白石です。
11月の合同研修で使用する資料をお送りします。
派遣スタッフの皆さんにも事前に目を通していただけると助かります。

内容は一般的な対応手順のみで、個別の児童の情報は含んでいません。
{SIG_SHIRAISHI}""",
    attachments=[{"kind": "pptx", "name": "添乗員研修_発作時対応_2026.pptx",
                  "title": "添乗員研修 発作時の対応",
                  "slides": [["てんかん発作時の対応（送迎車内）", "日の出産業 送迎事業部", "2026年11月"],
                             ["まず確認すること", "時刻を確認する", "安全な場所に停車",
                              "体を横向きに、口に物を入れない"],
                             ["救急要請の目安", "5分以上続く", "意識が戻らないまま次の発作",
                              "けが・嘔吐・呼吸の異常"],
                             ["座薬・口腔用液", "個別の指示書がある児童のみ",
                              "保護者・主治医の同意の範囲で", "使用時刻を必ず記録"],
                             ["記録と報告", "発作記録票に記入", "学校と運行管理へ第一報",
                              "ヒヤリハットは当日中に提出"]]}])

# ==========================================================================================
# 033 — English: pupils' CSV for the bus-locator app, sent to the IT partner
# ==========================================================================================
_k33 = people(7)
_csv33 = [["pupil_name", "pupil_kana", "route", "stop_id", "guardian_name", "guardian_phone",
           "guardian_email"]]
for p in _k33:
    g = guardian(p)
    _csv33.append([p["name"], p["kana"], R.choice(["A", "B"]), f"MN-{R.randint(1, 14):02d}",
                   g["name"], mobile(),
                   f"{p['sei_k'] and 'hogosha'}{R.randint(100, 999)}@{R.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}"])
add(33, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "seven pupils with guardians' phones and e-mails in a CSV for app setup, to the IT partner",
    sender=BANDO, to=["Arjun Mehta <a.mehta@tsubasa-system.jp>"],
    subject="Bus locator pilot - pupil/guardian import file for Minamino routes",
    charset="utf-8",
    body=f"""Hi Arjun,

As agreed in Tuesday's call, attached is the import file for the bus-locator pilot
(Minamino school, routes A and B). Guardians on this list have opted in to the
"bus approaching" push notification.

Columns follow your template v2 (UTF-8, comma separated). stop_id matches the
stop master we sent last week.

Could you load it into the staging tenant by Friday? We would like the school to
test the guardian view next Monday.

Thanks,
{SIG_BANDO}""",
    attachments=[{"kind": "csv", "name": "minamino_pilot_import.csv", "encoding": "utf-8",
                  "rows": _csv33}])

# ==========================================================================================
# 034 — aggregate statistics to the board (counts of wheelchair / medical-care pupils): pass
# ==========================================================================================
add(34, "pass", [], [],
    "aggregate counts per route (wheelchair, medical care): no identifiable pupil",
    sender=KUBODERA, to=[f"特別支援教育課 <sped-soge@{BOARD}>"],
    subject="スクールバス利用状況調査への回答（10月1日現在）",
    charset="iso-2022-jp",
    body=f"""県教育局 特別支援教育課 御中

お世話になっております。日の出産業の久保寺です。
標記調査について、10月1日現在の状況を回答いたします。

{text_table([["学校", "便", "利用者数", "うち車いす", "うち医療的ケア", "添乗員数"],
             ["みなみ野", "A", "14", "2", "1", "2"],
             ["みなみ野", "B", "12", "1", "0", "1"],
             ["さくら台", "C", "16", "3", "2", "2"],
             ["ひばり野", "D", "11", "0", "0", "1"],
             ["ひばり野", "E", "13", "1", "0", "1"],
             ["合計", "", "66", "7", "3", "7"]])}

医療的ケアのある児童の便には、訪問看護ステーションの看護師が同乗しております。
個別の児童に関する情報は、学校様経由でお問い合わせください。
{SIG_KUBODERA}""")

# ==========================================================================================
# 035 — English: a foreign attendant's residence card and passport numbers to an agency
# ==========================================================================================
add(35, "stop", ["JP_RESIDENCE_CARD", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    ["personal_data"],
    "residence card and passport numbers with DOB of one attendant, sent to an outside agency",
    sender=MIYASAKA, to=["visa-support@globalcare-staffing.com"],
    subject="Visa renewal support - Ms. Santos (bus attendant)",
    charset="utf-8",
    body=f"""Dear Global Care Staffing visa team,

We would like to ask for your support with the renewal of the status of residence of one
of our bus attendants, whom you placed with us last year.

  Name:            SANTOS, Maria Luisa
  Date of birth:   1991-03-27
  Nationality:     Philippines
  Residence card:  UH48273915PA (valid until 2026-12-14)
  Passport no.:    P7284019B
  Employer:        Hinode Sangyo Co., Ltd. (school bus operations, Kawagoe)

Her employment certificate and the tax certificate will follow by post.
Please let us know if anything else is needed for the Immigration Bureau.

Kind regards,
Kaori Miyasaka
HR & Labour, Hinode Sangyo Co., Ltd.
Tel +81-49-246-7708
{DISC_EN}""")

# ==========================================================================================
# 036 — internal: guardians' list CSV to the drivers' team, all internal: pass
# ==========================================================================================
_k36 = people(8)
_csv36 = [["児童名", "保護者", "住所", "電話"]]
for p in _k36:
    _csv36.append([p["name"], guardian(p)["name"], address(), mobile()])
add(36, "pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], [],
    "eight pupils' guardians with addresses and phones, but only internal recipients",
    sender=TSUJI, to=[f"drivers-kawagoe@{H}"], cc=[MATSUURA],
    subject="E便 保護者連絡先（運転手控え用）",
    charset="cp932",
    body=f"""運転手の皆さん

お疲れさまです。配車の辻です。
E便の保護者連絡先を更新しました。車内の控えと差し替えてください。
古い控えは営業所のシュレッダーで処分をお願いします。

辻""",
    attachments=[{"kind": "csv", "name": "E便_保護者連絡先_1001.csv", "encoding": "cp932",
                  "rows": _csv36}])

# ==========================================================================================
# 037 — one pupil's anaphylaxis history in running text to the partner dispatcher
# ==========================================================================================
add(37, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "named pupil's food anaphylaxis history and adrenaline auto-injector, to a partner",
    sender=MATSUURA, to=[f"配車課 岩渕様 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="Re: 11月からのD便応援運行について",
    charset="iso-2022-jp",
    body=f"""岩渕様

お世話になっております。松浦です。
応援運行の件、ありがとうございます。1点、運転手さんに必ずお伝えいただきたいことがあります。

D便で乗車する勅使河原 芽依さん（中学部1年）は、小麦と卵でアナフィラキシーを起こした既往があり、
エピペンを携帯しています。車内での飲食は禁止していますが、他の児童がお菓子を
持ち込むことがありますので、気づいたら添乗員に声をかけてください。
エピペンはランドセル右側のポケットです（使用は添乗員が行います）。

よろしくお願いいたします。
{SIG_MATSUURA}
> 松浦様
> 11月2日からのD便応援、運転手2名で対応可能です。
> 車両はリエッセ（所沢200か71-20）を予定しています。
""")

# ==========================================================================================
# 038 — RFQ to three bus companies visible to each other in To
# ==========================================================================================
add(38, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three competing bus companies in To can see each other: should have been Bcc",
    sender=KUBODERA,
    to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>", "営業部 <eigyo@kenou-kanko.co.jp>",
        "貸切バス課 <kashikiri@musashino-kotsu.co.jp>"],
    subject="【見積依頼】3学期 校外学習臨時便（中型・リフト付）",
    charset="cp932",
    body=f"""各位

いつもお世話になっております。日の出産業の久保寺です。
特別支援学校の校外学習に伴う臨時便について、下記の条件でお見積りをお願いいたします。

　期間：令和9年1月〜3月（計7回）
　車両：中型バス（リフト付、車いす2台固定可）
　区間：県内（片道40km以内）
　時間：8:30〜15:00（拘束6.5時間）

お見積書は12月4日（金）までに、久保寺宛にお送りください。
{SIG_KUBODERA}""")

# ==========================================================================================
# 039 — shipping tracking number for seat belts: pass
# ==========================================================================================
add(39, "pass", [], [],
    "order number, product codes and a tracking number: no personal data",
    sender=NEGISHI, to=["受注センター <juchu@anzen-seat.co.jp>"],
    subject="Re: ご注文品出荷のお知らせ（注文番号 AS-77120）",
    charset="iso-2022-jp",
    body=f"""安全シート工業株式会社
受注センター ご担当者様

出荷のご連絡ありがとうございます。
追跡番号 4471-2290-3815 で配送状況を確認できました。

念のため、ご注文内容を再掲します。
　・PB-400 ポジショニングベルト（小）　×6
　・PB-410 ポジショニングベルト（中）　×4
　・WT-22 車いす固定用タイダウン　　　×2セット

納品先は川越営業所（車両管理課 根岸宛）でお願いします。
{SIG_NEGISHI}""")

# ==========================================================================================
# 040 — basic pension number of a new attendant to the labour consultant (CP932)
# ==========================================================================================
_p40 = people(1, ADULT)[0]
add(40, "stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a new attendant's basic pension number and DOB sent to the outside labour consultant",
    sender=MIYASAKA, to=[f"中野 先生 <nakano@{SR}>"], cc=[f"jimu@{SR}"],
    subject=f"社会保険 資格取得（添乗員 {_p40['sei']}さん）",
    charset="cp932",
    body=f"""中野先生
（cc：事務所ご担当者様）

お世話になっております。宮坂です。
11月1日入社の添乗員について、健康保険・厚生年金の資格取得をお願いします。

氏名：{_p40['name']}（{_p40['kana']}）
生年月日：S{R.randint(45, 63)}.{R.randint(1, 12)}.{R.randint(1, 28)}
基礎年金番号：{R.randint(1000, 9999)}-{R.randint(100000, 999999)}
標準報酬月額の見込み：月額 158,000円（通勤手当含む）
被扶養者：なし

年金手帳の写しは本日郵送しました。
{SIG_MIYASAKA}""")


# ==========================================================================================
# 041 — reply; the seizure details sit only in the "On … wrote:" quote
# ==========================================================================================
_p41 = people(1)[0]
add(41, "pass", [], [],
    "new text is scheduling only; the pupil's seizure history is in the quoted reply",
    sender=SHIRAISHI, to=[f"杉若 <sugiwaka@{NURSE}>"],
    subject="Re: 同乗看護の引継ぎ日程",
    charset="utf-8",
    body=f"""杉若様

ご返信ありがとうございます。白石です。
来週10月13日（火）14時で承知しました。当日は私と、C便担当の添乗員の2名で
ステーションに伺います。駐車場は1台分お借りできますでしょうか。

よろしくお願いいたします。
{SIG_SHIRAISHI}
On Fri, Oct 2, 2026 at 10:12 AM 杉若 <sugiwaka@{NURSE}> wrote:
> 白石様
>
> お世話になっております。ほしぞらの杉若です。
> {_p41['name']}さんは9月に入ってから欠神発作が1日5〜6回と増えており、
> 主治医の指示でイーケプラが増量になっています。
> 車内での観察ポイントを含めて引継ぎをしたいので、来週どこかでお時間をいただけますか。
> 候補：13日(火)14時、14日(水)10時
""")

# ==========================================================================================
# 042 — unencrypted ZIP: CSV of five medical-care pupils + DOCX procedure, to nursing station
# ==========================================================================================
_k42 = people(5)
_care = ["経管栄養（胃ろう）", "喀痰吸引（口鼻腔）", "導尿（自己導尿の介助）", "酸素吸入（1L/分）",
         "喀痰吸引・気管切開"]
_csv42 = [["氏名", "ふりがな", "生年月日", "住所", "保護者", "保護者携帯", "医療的ケア", "主治医"]]
for p, c in zip(_k42, _care):
    _csv42.append([p["name"], p["kana"], kid_dob().strftime("%Y/%m/%d"), address(),
                   guardian(p)["name"], mobile(), c,
                   R.choice(["川越みなみ総合病院 小児科", "県立小児医療センター 神経科",
                             "つるがしまこどもクリニック"])])
add(42, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                 "SENSITIVE_CATEGORY"], ["personal_data"],
    "ZIP with five medical-care pupils (DOB, address, guardian phone, care) to the nursing station",
    sender=SHIRAISHI, to=[f"杉若 <sugiwaka@{NURSE}>", f"station@{NURSE}"],
    subject="同乗看護 対象児童一覧と手順書（11月開始分）",
    charset="iso-2022-jp",
    body=f"""訪問看護ステーションほしぞら
杉若様、ステーションご担当者様

お世話になっております。日の出産業の白石です。
11月から看護師同乗をお願いする児童の一覧と、車内での手順書をZIPでお送りします。
一覧は学校様・保護者様の同意を得た範囲の情報です。

手順書は前回いただいたコメントを反映済みです。
{SIG_SHIRAISHI}""",
    attachments=[{"kind": "zip", "name": "同乗看護_11月開始.zip",
                  "files": [{"kind": "csv", "name": "対象児童一覧.csv", "encoding": "cp932",
                             "rows": _csv42},
                            {"kind": "docx", "name": "車内手順書_v2.docx",
                             "paragraphs": ["送迎車内における医療的ケア実施手順（第2版）",
                                            "1. 乗車前に看護師がバイタル・機器の動作を確認する",
                                            "2. 吸引は停車中に行うことを原則とする",
                                            "3. 異常時は運転手に停車を指示し、学校と保護者へ連絡する"]}]}])

# ==========================================================================================
# 043 — list of subcontracted bus companies (switchboards, offices) to the board: pass
# ==========================================================================================
add(43, "pass", [], [],
    "list of businesses (bus companies' offices and switchboards), not of people",
    sender=KUBODERA, to=[f"契約担当 <sped-keiyaku@{BOARD}>"],
    subject="再委託先一覧の提出（仕様書第15条）",
    charset="iso-2022-jp",
    body=f"""県教育局 特別支援教育課
契約ご担当者様

お世話になっております。日の出産業の久保寺です。
仕様書第15条に基づき、令和8年度の再委託先一覧を提出いたします。

■青葉運輸株式会社
　〒350-0822 埼玉県川越市山田1520-3　TEL 049-222-6600（代表）
　再委託範囲：みなみ野B便、ひばり野D便（応援）
■県央観光バス株式会社
　〒350-0227 埼玉県坂戸市末広町12-8　TEL 049-281-3030（代表）
　再委託範囲：校外学習臨時便
■むさしの交通株式会社
　〒350-1305 埼玉県狭山市入間川2-9-1　TEL 04-2958-1212（代表）
　再委託範囲：校外学習臨時便（予備）
■株式会社菱光リフト工業
　〒350-2203 埼玉県鶴ヶ島市上広谷788-1　TEL 049-287-4410（代表）
　再委託範囲：車いすリフト保守点検

各社の一般貨物・一般旅客の許可証写しは郵送いたします。
{SIG_KUBODERA}""")

# ==========================================================================================
# 044 — PPTX for the board: a case slide names a pupil and their tube feeding
# ==========================================================================================
_p44 = people(1)[0]
add(44, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "report deck with a case slide naming a pupil with gastrostomy feeding, to the board",
    sender=KUBODERA, to=[f"特別支援教育課 <sped-soge@{BOARD}>"],
    subject="医療的ケア児送迎 実施状況報告（上半期）資料",
    charset="utf-8",
    body=f"""県教育局 特別支援教育課 御中

お世話になっております。日の出産業の久保寺です。
10月29日の連絡協議会でご説明する、上半期の実施状況報告資料をお送りします。
事例紹介のページは学校様のご了解をいただいております。
{SIG_KUBODERA}""",
    attachments=[{"kind": "pptx", "name": "医ケア児送迎_上半期報告.pptx",
                  "title": "医療的ケア児送迎 実施状況報告",
                  "slides": [["医療的ケア児送迎 実施状況報告（令和8年度上半期）",
                              "日の出産業株式会社 送迎事業部"],
                             ["実績", "対象児童 3名（さくら台2、みなみ野1）", "運行日数 104日",
                              "看護師同乗 100%", "ヒヤリハット 2件（いずれも機器関係）"],
                             ["事例紹介", f"{_p44['name']}さん（さくら台 高等部2年）",
                              "胃ろうからの経管栄養、てんかん発作あり",
                              "帰り便で注入後の嘔吐が2回 → 学校での注入時刻を30分前倒し",
                              "以降、車内での嘔吐なし"],
                             ["下半期の課題", "看護師の確保（代替要員）", "冬季の吸引器バッテリー管理"]]}])

# ==========================================================================================
# 045 — one new business contact (school's coordinator) passed to the partner: pass
# ==========================================================================================
add(45, "pass", [], [],
    "one school coordinator's business contact (school number/address): not a list",
    sender=MATSUURA, to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="みなみ野 送迎窓口の先生が変わります",
    charset="iso-2022-jp",
    body=f"""岩渕様

お世話になっております。松浦です。
10月から、みなみ野特別支援学校の送迎窓口の先生が交代されます。
当日の遅延連絡などは、今後は下記にお願いいたします。

　県立みなみ野特別支援学校　教務主任　瀬古 真理子 先生
　TEL 049-233-5800（学校代表）　平日 7:30〜17:00
　seko@{MINAMINO}

高梨教頭は引き続き全体の窓口です。
{SIG_MATSUURA}""")

# ==========================================================================================
# 046 — homoglyph of the own domain (0 for o): internal-looking report sent out
# ==========================================================================================
add(46, "stop", [], ["lookalike_domain"],
    "hinode-sangy0.co.jp (zero for o) imitates the own domain",
    sender=NEGISHI, to=["keiri@hinode-sangy0.co.jp"],
    subject="9月 車両別燃料消費レポート",
    charset="cp932",
    body=f"""経理部 ご担当者様

車両管理の根岸です。9月分の車両別燃料消費をまとめました。

{text_table([["車両", "走行km", "給油L", "燃費km/L"],
             ["1号車", "2,412", "398.6", "6.05"], ["2号車", "2,288", "371.2", "6.16"],
             ["3号車", "1,906", "221.4", "8.61"], ["5号車", "2,530", "412.6", "6.13"]])}

5号車は代走が多かったため走行距離が増えています。
東和石油さんの請求との差異（14L）は先方に確認中です。
{SIG_NEGISHI}""")

# ==========================================================================================
# 047 — PDF route sheet: six home-address stops (no names) to the partner
# ==========================================================================================
_rows47 = [["順", "乗車場所（自宅前）", "時刻", "介助"]]
for i in range(6):
    _rows47.append([str(i + 1), address(), f"7:{8 + i * 7:02d}",
                    R.choice(["車いす・リフト", "手引き", "見守り", "バギー"])])
add(47, "stop", ["JP_ADDRESS"], ["personal_data"],
    "six pupils' home addresses as door-to-door stops: a list of people even without names",
    sender=TSUJI, to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="さくら台C便（戸口送迎）運行経路表",
    charset="iso-2022-jp",
    body=f"""岩渕様

お世話になっております。辻です。
12月から応援いただくさくら台C便（戸口送迎）の運行経路表をお送りします。
氏名は載せていませんので、乗車順で運転手さんに共有してください。
{SIG_TSUJI}""",
    attachments=[{"kind": "pdf", "name": "C便_運行経路表_12月.pdf", "title": "C便 運行経路表",
                  "lines": ["さくら台特別支援学校 C便（戸口送迎）運行経路表", ""],
                  "table": _rows47}])

# ==========================================================================================
# 048 — price quote acceptance with the partner: pass
# ==========================================================================================
add(48, "pass", [], [],
    "price and quote numbers with a partner: ordinary business mail",
    sender=KUBODERA, to=[f"大沢様 <osawa@aoba-unyu.co.jp>"],
    subject="Re: 御見積書（AU-Q-26-118）臨時便",
    charset="iso-2022-jp",
    body=f"""大沢様

お見積りありがとうございました。久保寺です。
下記の条件で発注させていただきます。注文書は本日中にFAXいたします。

　見積番号：AU-Q-26-118
　中型リフト付 臨時便　1日あたり 48,000円（税別）× 7日
　高速代・駐車場代は実費精算

よろしくお願いいたします。
{SIG_KUBODERA}
> 日の出産業株式会社 久保寺様
> 標記につき御見積書を添付いたします。ご検討のほどよろしくお願いいたします。
""")

# ==========================================================================================
# 049 — hospital: pupil's health-insurance card symbol/number and injury
# ==========================================================================================
_p49 = people(1)[0]
_d49 = kid_dob()
add(49, "stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    ["personal_data"],
    "a pupil's health-insurance symbol/number, DOB and injury sent to a hospital",
    sender=KITAMURA, to=[f"医事課 <iji@{HOSP}>"],
    subject="本日救急外来を受診した児童の保険証情報について",
    charset="cp932",
    body=f"""川越みなみ総合病院
医事課 ご担当者様

本日、救急外来でお世話になりました児童の件でご連絡いたします。
日の出産業（スクールバス運行）川越営業所の北村です。

受診時に保険証をお持ちしておらず、保護者様から番号を伺いましたのでお知らせします。

　患者氏名：{_p49['name']}（{_p49['kana']}）
　生年月日：{wareki(_d49)}
　保険者番号：06{R.randint(110000, 119999)}
　記号：{R.randint(100, 999)}　番号：{R.randint(1000, 9999)}　枝番：0{R.randint(2, 4)}
　受傷内容：スクールバス乗車時に額を手すりにぶつけ、額部挫創（2針縫合）

費用は当社の賠償責任保険で対応いたしますので、請求書は当社宛にお願いいたします。
{SIG_KITAMURA}""")

# ==========================================================================================
# 050 — eight guardians in Bcc, To is the sender: pass (free mail recipients)
# ==========================================================================================
add(50, "pass", [], ["freemail_recipient"],
    "guardians correctly in Bcc; general timetable notice with no personal data",
    sender=MATSUURA, to=[MATSUURA],
    bcc=["mama.hinata0712@gmail.com", "k-sugou@yahoo.co.jp", "yuzu.papa@docomo.ne.jp",
         "tmotegi_88@icloud.com", "hagiwara-family@ezweb.ne.jp", "aimono.kyoko@outlook.jp",
         "rin.yagi@softbank.ne.jp", "taka-nashi.home@gmail.com"],
    subject="【ひばり野E便】12月からの時刻改正のお知らせ",
    charset="iso-2022-jp",
    body=f"""保護者の皆様

いつもスクールバスをご利用いただきありがとうございます。
日の出産業 運行管理課の松浦です。

12月1日（火）から、冬季の日没に合わせて下校便の時刻を改正いたします。
朝便の時刻に変更はありません。

　学校発　15:40 → 15:25
　各停留所の到着時刻も、概ね15分早まります。

新しい時刻表は、お子様の連絡帳に挟んでお配りします。
（本メールは保護者の皆様にBCCでお送りしております）
{SIG_MATSUURA}""")

# ==========================================================================================
# 051 — usage record PDF: seven pupils with grade, stop and days used, to the school
# ==========================================================================================
_k51 = people(7)
_rows51 = [["No", "氏名", "学年", "停留所", "利用日数(朝)", "利用日数(夕)", "欠席連絡"]]
for i, p in enumerate(_k51, 1):
    _rows51.append([str(i), p["name"], grade(kid_dob(), 1),
                    R.choice(["関間四丁目", "千代田公園前", "末広町交差点", "伊豆の山集会所"]),
                    str(R.randint(15, 21)), str(R.randint(14, 21)), str(R.randint(0, 4))])
add(51, "stop", ["PERSON_NAME"], ["personal_data"],
    "seven named pupils' usage rows (grade, stop, attendance): a list of people",
    sender=OBA, to=[f"戸塚 事務長 <totsuka@{SAKURADAI}>"],
    subject="10月分 C便 利用実績（請求明細）",
    charset="iso-2022-jp",
    body=f"""さくら台特別支援学校
戸塚様

お世話になっております。大庭です。
10月分のC便利用実績をお送りします。請求書の明細としてご確認ください。
{SIG_OBA}""",
    attachments=[{"kind": "pdf", "name": "C便_利用実績_202610.pdf", "title": "利用実績",
                  "lines": ["さくら台特別支援学校 C便 利用実績（令和8年10月）", ""],
                  "table": _rows51}])

# ==========================================================================================
# 052 — lost property found on the bus: pass
# ==========================================================================================
add(52, "pass", [], [],
    "lost-property notice: objects and a bus number, no personal data",
    sender=TSUJI, to=[f"保健室・事務室 <jimu@{HIBARINO}>"],
    subject="車内忘れ物のご連絡（D便）",
    charset="iso-2022-jp",
    body=f"""ひばり野特別支援学校 事務室 御中

お世話になっております。日の出産業の辻です。
本日のD便（夕）車内に、下記の忘れ物がありました。

　・水色の水筒（キャラクター柄、名前シールなし）
　・紺色の体操服袋（「2-1」と刺しゅう）

明朝のD便で学校にお届けしますので、お心当たりの方にお伝えください。
{SIG_TSUJI}""")

# ==========================================================================================
# 053 — reply to the school nurse: new text restates a pupil's changed rescue medication
# ==========================================================================================
_p53 = people(1)[0]
add(53, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "new (unquoted) text restates a named pupil's epilepsy medication change, to the school",
    sender=SHIRAISHI, to=[f"養護教諭 井上 <inoue@{MINAMINO}>"],
    subject="Re: 頓用薬変更のお知らせ",
    charset="iso-2022-jp",
    body=f"""井上先生

ご連絡ありがとうございます。白石です。
念のため、当社側の理解を確認させてください。

・{_p53['name']}さん（小学部4年）の発作時の頓用薬が、来週月曜から
　ダイアップ座薬 → ブコラム口腔用液 7.5mg に変更
・使用の目安は従来どおり「発作が5分以上続いた場合」
・薬はこれまでどおり、朝の乗車時に保護者様から添乗員が預かり、学校で保健室にお渡しする

上記で相違なければ、添乗員全員に周知いたします。
{SIG_SHIRAISHI}
> 白石様
> いつもありがとうございます。みなみ野 保健室の井上です。
> 頓用薬の変更がありましたので、指示書の写しをお渡しします。
""")

# ==========================================================================================
# 054 — the word 社外秘 is mentioned (refusal), nothing is marked: pass
# ==========================================================================================
add(54, "pass", [], [],
    "mentions that cost data is 社外秘 and will not be sent: a mention, not a marking",
    sender=KUBODERA, to=[f"契約担当 <sped-keiyaku@{BOARD}>"],
    subject="Re: 運行原価資料のご提出について",
    charset="iso-2022-jp",
    body=f"""県教育局 特別支援教育課
契約ご担当者様

お問い合わせありがとうございます。久保寺です。
ご依頼の車両別運行原価の明細につきましては、当社規程上「社外秘」扱いの資料であるため、
そのままの形でのご提出は控えさせていただきたく存じます。

代わりに、仕様書の積算区分（車両費・人件費・燃料費・管理費）ごとの合計額で
整理した資料であれば、来週中にお出しできます。
それでよろしければ、ご指示いただけますでしょうか。
{SIG_KUBODERA}""")

# ==========================================================================================
# 055 — 「・」 bullets: six attendants, kana names, full-width mobiles, to a school
# ==========================================================================================
_a55 = people(6, ADULT)
_lines55 = "\n".join(f"・{a['sei_k']} {a['mei_k']}（{R.choice(['D便朝', 'D便夕', 'E便朝', 'E便夕', 'D・E便'])}）"
                     f"　{fw(mobile())}" for a in _a55)
add(55, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six attendants in kana with full-width mobile numbers, bullet list, to a school",
    sender=SHIRAISHI, to=[f"小笠原 教頭 <ogasawara@{HIBARINO}>"],
    subject="添乗員 緊急連絡先（ひばり野D・E便）",
    charset="cp932",
    body=f"""小笠原先生

お世話になっております。白石です。
先日ご依頼のあった、D・E便の添乗員の緊急連絡先です。
運行中に学校から直接連絡を取りたい場合にお使いください。

{_lines55}

※名前はひらがなで失礼します（児童向けの名札と合わせています）
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 056 — TLD swap of the partner 川崎電機 (.com instead of .co.jp)
# ==========================================================================================
add(56, "stop", [], ["lookalike_domain"],
    "kawasaki-denki.com is a look-alike (other TLD) of partner kawasaki-denki.co.jp",
    sender=NEGISHI, to=["eigyo2@kawasaki-denki.com"],
    subject="リフト用インバーター電源の在庫確認",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
営業二課 ご担当者様

お世話になっております。日の出産業 車両管理課の根岸です。
車いすリフト付き車両の後付けインバーター電源（型番 KD-INV1500-12）について、
2台分の在庫と納期を教えていただけますでしょうか。

取付は武蔵モータースさんで行う予定です。
{SIG_NEGISHI}""")

# ==========================================================================================
# 057 — meeting minutes to the board (no personal data): pass
# ==========================================================================================
add(57, "pass", [], [],
    "minutes of a liaison meeting: decisions and dates, no personal data",
    sender=KUBODERA, to=[f"特別支援教育課 <sped-soge@{BOARD}>"],
    subject="10/29 連絡協議会 議事録（案）の送付",
    charset="utf-8",
    body=f"""県教育局 特別支援教育課 御中

お世話になっております。久保寺です。
10月29日の連絡協議会の議事録（案）をお送りします。
修正がございましたら11月6日までにお知らせください。

―――――――――――――――――――――
令和8年度 第2回 スクールバス運行連絡協議会 議事録（案）
日時：10月29日（木）14:00〜15:20　場所：県庁第二庁舎 5階会議室
出席：特別支援教育課、各校送迎担当、日の出産業、青葉運輸

1. 上半期の運行実績：定時率 97.8%、運休 2日（台風）
2. ヒヤリハット：6件（車内4、乗降時2）。再発防止策を了承
3. 冬季ダイヤ：12月1日から下校便15分繰り上げを了承
4. 次年度仕様書：車いす固定装置の基準を追記する方向で検討
次回：2月18日（木）14:00
―――――――――――――――――――――
{SIG_KUBODERA}""")

# ==========================================================================================
# 058 — legacy XLS seating chart: 和暦 DOB, wheelchair fixation, to partner
# ==========================================================================================
_k58 = people(8)
_rows58 = [["座席", "氏名", "生年月日", "学年", "乗車時の配慮"]]
_care58 = ["車いす固定（後方左）", "車いす固定（後方右）", "", "体幹保持ベルト使用", "",
           "てんかん・窓側不可", "", "視覚障害・乗降時声かけ"]
for i, (p, c) in enumerate(zip(_k58, _care58)):
    d = kid_dob()
    _rows58.append([f"{'ABCDEFGH'[i]}", p["name"], wareki(d, "short"), grade(d, 1), c])
add(58, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "eight pupils with 和暦 DOB and disability-related seating notes in an .xls, to a partner",
    sender=TSUJI, to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="B便 座席表（リエッセ用）",
    charset="cp932",
    body=f"""岩渕様

辻です。B便の座席表を送ります。
車いす2台の固定位置が変わっていますので、運転手さんにご確認いただくようお願いします。
（古いExcelで作っているので、開けなければ連絡ください）
{SIG_TSUJI}""",
    attachments=[{"kind": "xls", "name": "B便座席表.xls",
                  "sheets": {"座席表": _rows58}}])

# ==========================================================================================
# 059 — English to a guardian on free mail: route time only: pass
# ==========================================================================================
add(59, "pass", [], ["freemail_recipient"],
    "English pickup-time notice to one guardian on free mail; no health or record data",
    sender=MATSUURA, to=["Chinedu Okafor <c.okafor.family@gmail.com>"],
    subject="School bus pick-up time from October 1",
    charset="utf-8",
    body=f"""Dear Mr. Okafor,

This is Takayuki Matsuura from Hinode Sangyo, the company operating the school bus for
Minamino School.

From Thursday, October 1, the morning bus will stop at "Matoba Post Office" at about
7:26 a.m. (previously 7:31). The afternoon bus times do not change.

If your child will not take the bus on a given day, please call our dispatch office
(049-246-7733) by 6:45 a.m., or tell the school.

Best regards,
Takayuki Matsuura
Hinode Sangyo Co., Ltd. - School Transport Division
{DISC_EN}""")

# ==========================================================================================
# 060 — vehicle replacement plan with 部外秘 in the sheet header, to the dealer
# ==========================================================================================
add(60, "stop", [], ["confidential_marking"],
    "spreadsheet stamped 部外秘 (page header and title) sent to the dealer",
    sender=NEGISHI, to=[f"法人営業 平塚様 <hiratsuka@{DEALER}>"],
    subject="車両更新計画（3か年）ご相談用資料",
    charset="iso-2022-jp",
    body=f"""武蔵モータース株式会社
法人営業　平塚様

お世話になっております。根岸です。
来週のお打合せ用に、当社の車両更新計画（3か年）をお送りします。
下取り価格の目安と、リフト付き車両の納期感をお伺いできればと思います。
{SIG_NEGISHI}""",
    attachments=[{"kind": "xlsx", "name": "車両更新計画_2027-2029.xlsx", "page_header": "部外秘",
                  "sheets": {"更新計画": [["部外秘　車両更新計画（2027〜2029年度）"], [],
                                      ["年度", "更新車両", "台数", "予算（千円）", "備考"],
                                      ["2027", "リエッセII → 新型リエッセ", 2, 19800, "リフト付1台"],
                                      ["2028", "ハイエース車いす仕様", 2, 12400, ""],
                                      ["2029", "エルガミオ", 1, 21500, "入札結果次第"]]}}])


# ==========================================================================================
# 061 — password-protected PDF invoice to a school
# ==========================================================================================
add(61, "stop", [], ["unscannable_attachment"],
    "the PDF is encrypted (opening password): cannot be inspected",
    sender=OBA, to=[f"戸塚 事務長 <totsuka@{SAKURADAI}>"],
    subject="臨時便ご請求書（パスワード付PDF）",
    charset="cp932",
    body=f"""さくら台特別支援学校
戸塚様

お世話になっております。日の出産業 経理部の大庭です。
10月の校外学習臨時便のご請求書をお送りします。
PDFにはパスワードを設定しております。パスワードは学校様の代表電話番号（ハイフンなし）です。
{SIG_OBA}""",
    attachments=[{"kind": "pdf", "name": "請求書_臨時便_202610.pdf", "password": "0492815500",
                  "lines": ["請求書", "さくら台特別支援学校 御中", "校外学習臨時便 2回 96,000円（税別）",
                            f"登録番号 {HINODE_T}"]}])

# ==========================================================================================
# 062 — internal subdomain recipient, document marked 社外秘: pass
# ==========================================================================================
add(62, "pass", [], [],
    "社外秘 document, but the recipient is on an internal subdomain (mail.hinode-sangyo.co.jp)",
    sender=KUBODERA, to=[f"unkou-kanri@mail.{H}"], cc=[KITAMURA],
    subject="【社外秘】次年度入札方針（送迎事業部内限り）",
    charset="iso-2022-jp",
    body=f"""運行管理課 各位
北村所長

久保寺です。次年度入札の方針を共有します。社外秘につき、転送はご遠慮ください。

・現行5便を維持し、さくら台に1便（F便）増便を提案
・添乗員は直接雇用比率を50%→70%に引き上げ
・燃料単価は148円/Lで積算、超過分はスライド条項で協議

詳細は11月第2週の部内会議で説明します。
{SIG_KUBODERA}""",
    attachments=[{"kind": "docx", "name": "R9入札方針_社外秘.docx", "page_header": "社外秘",
                  "paragraphs": ["令和9年度 スクールバス運行業務 入札方針（社外秘）",
                                 "1. 基本方針：現行受託の継続と1便増便",
                                 "2. 価格：前年比+3.5%以内",
                                 "3. 体制：添乗員の直接雇用化"]}])

# ==========================================================================================
# 063 — four guardians in To and the school in Cc: five parties visible
# ==========================================================================================
add(63, "stop", [], ["external_recipients_visible", "multiple_external_domains",
                     "freemail_recipient"],
    "four guardians' private addresses in To plus the school in Cc: five parties see each other",
    sender=MATSUURA,
    to=["yagihashi.n@gmail.com", "mo-tegi.kazuya@yahoo.co.jp", "wakasa-yayoi@docomo.ne.jp",
        "saki.fukushi@icloud.com"],
    cc=[f"高梨 教頭 <takanashi@{MINAMINO}>"],
    subject="新ルート（A便延伸）保護者説明会のご案内",
    charset="iso-2022-jp",
    body=f"""保護者の皆様
（cc：みなみ野特別支援学校 高梨先生）

日の出産業 運行管理課の松浦です。
1月から、A便を上広谷方面へ延伸するにあたり、対象地域の保護者様向けに
説明会を開催いたします。

　日時：12月12日（土）10:00〜11:00
　場所：鶴ヶ島市立上広谷公民館 和室
　内容：新しい停留所と時刻、乗降時のお願い

ご都合がつかない場合は、個別にご説明いたしますのでお知らせください。
{SIG_MATSUURA}""")

# ==========================================================================================
# 064 — one pupil's Down syndrome and heart condition in running text, to the partner
# ==========================================================================================
_p64 = people(1)[0]
add(64, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "named pupil's Down syndrome and heart disease in plain running text, to a partner",
    sender=MATSUURA, to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="B便 乗車児童の追加について",
    charset="iso-2022-jp",
    body=f"""岩渕様

お世話になっております。松浦です。
11月16日から、B便に{_p64['name']}さん（小学部1年）が加わります。
ダウン症で、心臓に疾患（心室中隔欠損の術後）があるため、夏場や坂道での乗降時に
息切れしやすいそうです。顔色が悪いときは無理に歩かせず、添乗員が抱えて乗降します。

停留所は「五味ヶ谷集会所」、乗車時刻は7:40を予定しています。
{SIG_MATSUURA}""")

# ==========================================================================================
# 065 — print order for the guardians' guide booklet: pass
# ==========================================================================================
add(65, "pass", [], [],
    "print order with quantities, sizes and a proof schedule: ordinary business",
    sender=MATSUURA, to=[f"営業部 西田様 <nishida@nishiki-insatsu.co.jp>"],
    subject="「スクールバスご利用のしおり」増刷のお願い",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
西田様

いつもお世話になっております。日の出産業の松浦です。
昨年度作成した「スクールバスご利用のしおり」について、時刻表ページを差し替えて
増刷をお願いしたく、ご連絡いたしました。

　仕様：A5・中綴じ16ページ・4色　部数：300部
　差替：P8〜P11（時刻表）、P15（問合せ先）
　希望納期：11月27日（金）

差替データは来週前半にお送りします。お見積りをお願いいたします。
{SIG_MATSUURA}""")

# ==========================================================================================
# 066 — intake form (DOCX) for one new pupil: disability certificate, DOB, address, phone
# ==========================================================================================
_p66 = people(1)[0]
_d66 = kid_dob()
_g66 = guardian(_p66)
add(66, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                 "SENSITIVE_CATEGORY"], ["personal_data"],
    "one pupil's intake form with disability certificate grade, diagnosis, DOB, address, to school",
    sender=TSUJI, to=[f"教務 瀬古 <seko@{MINAMINO}>"],
    subject="送迎利用申込書（確認済み）の返送",
    charset="utf-8",
    body=f"""瀬古先生

お世話になっております。日の出産業 配車担当の辻です。
ご送付いただいた送迎利用申込書を確認し、当社記入欄を埋めたものを返送いたします。
乗車開始は12月1日を予定しています。
{SIG_TSUJI}""",
    attachments=[{"kind": "docx", "name": "送迎利用申込書_確認済.docx",
                  "title": "スクールバス利用申込書",
                  "paragraphs": ["スクールバス利用申込書（学校記入・事業者確認済）"],
                  "tables": [[["項目", "内容"],
                              ["児童氏名", f"{_p66['name']}（{_p66['kana']}）"],
                              ["生年月日", wareki(_d66)],
                              ["学部・学年", grade(_d66)],
                              ["住所", address()],
                              ["保護者", f"{_g66['name']}（{_g66['rel']}）"],
                              ["連絡先", mobile()],
                              ["障害の状況", "脳性まひ（痙直型四肢まひ）、身体障害者手帳1級"],
                              ["移動", "車いす（リクライニング型）、リフト乗降"],
                              ["服薬・医療", "抗てんかん薬を服用中。医療的ケアなし"],
                              ["【事業者記入】便・停留所", "A便・藤間交差点（戸口送迎可）"]]]}])

# ==========================================================================================
# 067 — hotel booking for four attendees with mobiles (1–4 people): pass, may warn
# ==========================================================================================
_a67 = people(4, ADULT)
add(67, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four training attendees with mobiles to the partner hotel: under five people",
    sender=SHIRAISHI, to=[f"宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="12/3〜4 研修参加者の宿泊予約（4名）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の白石です。
県の添乗員研修（12月3日〜4日）に参加する4名の宿泊をお願いいたします。

　{_a67[0]['name']}　{mobile()}
　{_a67[1]['name']}　{mobile()}
　{_a67[2]['name']}　{mobile()}
　{_a67[3]['name']}　{mobile()}

シングル4室、12/3チェックイン・12/4チェックアウト、朝食付きでお願いします。
精算は法人一括（請求書払い）でお願いいたします。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 068 — five attendants' payroll bank accounts to the bank (tab-separated attachment)
# ==========================================================================================
_a68 = people(5, ADULT)
_txt68 = "氏名\tフリガナ\t銀行\t支店\t種別\t口座番号\n" + "\n".join(
    f"{a['name']}\t{a['kana']}\tみどり銀行\t{R.choice(['川越支店', '坂戸支店', '鶴ヶ島支店'])}\t普通\t"
    f"{R.randint(1000000, 9999999)}" for a in _a68)
add(68, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "five attendants' personal bank accounts (payroll transfer registration) to the bank",
    sender=OBA, to=[f"法人営業 <houjin-kawagoe@midori-ginko.co.jp>"],
    subject="給与振込 口座追加登録（5名）",
    charset="cp932",
    body=f"""みどり銀行 川越支店
法人営業ご担当者様

お世話になっております。日の出産業 経理部の大庭です。
11月支給分から、直接雇用となる添乗員5名の給与振込口座を追加登録いたします。
添付のとおり登録をお願いいたします。
{SIG_OBA}""",
    attachments=[{"kind": "txt", "name": "給与振込口座_追加_202611.txt", "encoding": "cp932",
                  "text": _txt68}])

# ==========================================================================================
# 069 — fuel price change notice reply: pass
# ==========================================================================================
add(69, "pass", [], [],
    "fuel unit-price change: prices and dates only",
    sender=OBA, to=[f"吉住 様 <yoshizumi@{FUEL}>"],
    subject="Re: 12月以降の軽油単価改定について",
    charset="iso-2022-jp",
    body=f"""吉住様

ご連絡ありがとうございます。大庭です。
12月1日給油分からの単価改定（軽油 151.20円/L → 149.80円/L、税抜）、承知いたしました。
契約書別紙の単価表は、差し替え版をお送りいただければ押印して返送します。

引き続きよろしくお願いいたします。
{SIG_OBA}
> 日の出産業株式会社 経理部 大庭様
> 平素より弊社製品をご愛顧いただき誠にありがとうございます。
> 市況の変動に伴い、12月1日より軽油の納入単価を改定させていただきます。
""")

# ==========================================================================================
# 070 — five pupils' food allergies to the caterer (text + HTML alternative)
# ==========================================================================================
_k70 = people(5)
_al70 = ["卵・乳（除去）", "小麦（アナフィラキシー既往、エピペン携帯）", "えび・かに", "そば・落花生",
         "乳（加熱品も不可）"]
_tx70 = "\n".join(f"  {i}. {p['name']}（{grade(kid_dob(), 1)}）…{a}"
                  for i, (p, a) in enumerate(zip(_k70, _al70), 1))
_ht70 = "".join(f"<tr><td>{p['name']}</td><td>{a}</td></tr>" for p, a in zip(_k70, _al70))
add(70, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five named pupils' food allergies (anaphylaxis history) to the caterer",
    sender=SHIRAISHI, to=[f"法人受注 <houjin@kitaguni-foods.co.jp>"],
    subject="12/19 送迎バス クリスマス会 お弁当のアレルギー対応について",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
法人受注ご担当者様

お世話になっております。日の出産業の白石です。
12月19日の送迎バス利用者クリスマス会（児童22名）のお弁当について、
アレルギー対応が必要なお子さんは以下の5名です。

{_tx70}

個別に名前シールを貼っていただけると助かります。
{SIG_SHIRAISHI}""",
    html=f"""<html><body><p>北国フーズ株式会社<br>法人受注ご担当者様</p>
<p>お世話になっております。日の出産業の白石です。<br>
12月19日の送迎バス利用者クリスマス会（児童22名）のお弁当について、アレルギー対応が必要なお子さんは以下の5名です。</p>
<table border="1"><tr><th>氏名</th><th>アレルギー</th></tr>{_ht70}</table>
<p>個別に名前シールを貼っていただけると助かります。</p></body></html>""")

# ==========================================================================================
# 071 — GPS device serials (16 digits, not Luhn-valid) and SIM numbers to the IT partner
# ==========================================================================================
_dev = [(f"{i}号車", not_card16("35"), f"8981{R.randint(10 ** 14, 10 ** 15 - 1)}")
        for i in (1, 2, 3, 5, 6)]
add(71, "pass", [], [],
    "device serials (16 digits failing Luhn) and SIM ICCIDs for buses: not personal data",
    sender=BANDO, to=[f"サポート <support@tsubasa-system.jp>"],
    subject="バスロケ端末の登録情報（5台分）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業 情報システム部の坂東です。
バスロケーション端末5台の初期登録をお願いします。

{text_table([["車両", "端末シリアル", "SIM ICCID"]] + [list(d) for d in _dev])}

端末は各車両のダッシュボードに取付済みです。
管理画面への反映予定日を教えてください。

坂東 亮
日の出産業株式会社 情報システム部　TEL 049-246-7760""")

# ==========================================================================================
# 072 — an attendant's past arrest discussed with the staffing agency
# ==========================================================================================
add(72, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "criminal-record information (past arrest) about one named attendant, sent outside",
    sender=KITAMURA, to=[f"森谷様 <moriya@{STAFF}>"], cc=[SHIRAISHI],
    subject="派遣予定者の件（ご確認のお願い）",
    charset="iso-2022-jp",
    body=f"""ひかりスタッフサービス
森谷様

川越営業所の北村です。いつもお世話になっております。
12月から派遣予定の百目鬼 和也さんについて、学校関係者の方から
「数年前に傷害事件で逮捕された人ではないか」との話が当社に入りました。

事実関係を当社で調べることはいたしませんが、児童と接する業務である以上、
貴社の登録時の確認状況だけ教えていただけますでしょうか。
結果によっては、別の方のご紹介をお願いすることになるかもしれません。
{SIG_KITAMURA}""")

# ==========================================================================================
# 073 — company's own account change with the bank: pass
# ==========================================================================================
add(73, "pass", [], [],
    "the company's own business account and transfer fees: not a person's data",
    sender=OBA, to=[f"法人営業 <houjin-kawagoe@midori-ginko.co.jp>"],
    subject="総合振込の引落口座変更について",
    charset="cp932",
    body=f"""みどり銀行 川越支店
法人営業ご担当者様

お世話になっております。日の出産業 経理部の大庭です。
12月分から、総合振込（協力会社様への支払い）の引落口座を下記に変更したく存じます。

　変更前：川越支店 当座 0012740（日の出産業株式会社）
　変更後：川越支店 普通 3048817（日の出産業株式会社 送迎事業部）

必要な届出用紙がございましたら、お送りいただけますでしょうか。
{SIG_OBA}""")

# ==========================================================================================
# 074 — forward of the school's mail (attached .eml) listing medical-care pupils
# ==========================================================================================
_k74 = people(5)
_care74 = ["胃ろう（昼の注入は学校）", "吸引（口腔・鼻腔）", "てんかん（頓用薬あり）",
           "導尿（1日2回）", "在宅酸素"]
_eml74_body = "日の出産業 白石様\n\n次年度のスクールバス利用予定者のうち、医療的ケアのある児童は以下のとおりです。\n\n" + \
    "\n".join(f"・{p['name']}（{grade(kid_dob())}）{c}" for p, c in zip(_k74, _care74)) + \
    "\n\nさくら台特別支援学校 保健室 井筒"
add(74, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "attached forwarded mail lists five pupils' medical care: a forward is new to the recipient",
    sender=SHIRAISHI, to=[f"杉若 <sugiwaka@{NURSE}>"],
    subject="転送：次年度 医療的ケア対象児童について",
    charset="iso-2022-jp",
    body=f"""杉若様

お世話になっております。白石です。
学校から届いた次年度の対象児童のメールを転送します（添付）。
看護師さんの配置の検討にお使いください。
{SIG_SHIRAISHI}""",
    attachments=[{"kind": "eml", "name": "次年度 医療的ケア対象児童.eml",
                  "message": {"sender": f"井筒 <izutsu@{SAKURADAI}>",
                              "to": [SHIRAISHI], "subject": "次年度 医療的ケア対象児童",
                              "charset": "iso-2022-jp", "body": _eml74_body}}])

# ==========================================================================================
# 075 — board (To), school and nursing station (Cc): three organisations visible
# ==========================================================================================
add(75, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "board, school and nursing station (three organisations) visible to each other",
    sender=KUBODERA, to=[f"特別支援教育課 <sped-soge@{BOARD}>"],
    cc=[f"戸塚 事務長 <totsuka@{SAKURADAI}>", f"杉若 <sugiwaka@{NURSE}>"],
    subject="医療的ケア児送迎に関する四者協議の日程調整",
    charset="iso-2022-jp",
    body=f"""県教育局 特別支援教育課 御中
（cc：さくら台特別支援学校 戸塚様、訪問看護ステーションほしぞら 杉若様）

お世話になっております。日の出産業の久保寺です。
次年度の医療的ケア児送迎の体制について、四者での協議の場を設けたく、
日程調整をお願いいたします。

　候補：1月13日（水）、1月15日（金）、1月20日（水）いずれも14時〜
　所要：1時間程度
　場所：さくら台特別支援学校（予定）

ご都合の悪い日をお知らせください。
{SIG_KUBODERA}""")

# ==========================================================================================
# 076 — look-alike of the partner (letter added) carrying three attendants' mobiles
# ==========================================================================================
_a76 = people(3, ADULT)
add(76, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "aoba-unnyu.co.jp (extra n) imitates partner aoba-unyu.co.jp; three attendants' mobiles",
    sender=SHIRAISHI, to=["iwabuchi.t@aoba-unnyu.co.jp"],
    subject="応援便の添乗員連絡先",
    charset="iso-2022-jp",
    body=f"""岩渕様

白石です。来週の応援便に同乗する添乗員の連絡先です。
運転手さんと当日の待ち合わせの際にお使いください。

{_a76[0]['name']}　{mobile()}（月・火）
{_a76[1]['name']}　{mobile()}（水・木）
{_a76[2]['name']}　{mobile()}（金）
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 077 — law firm about a contract clause (no personal data): pass
# ==========================================================================================
add(77, "pass", [], [],
    "contract-clause question to the partner law firm; no personal data",
    sender=KUBODERA, to=[f"白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="業務委託契約書（スクールバス）損害賠償条項のご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の久保寺です。
県教育局との次年度業務委託契約書（案）について、第21条（損害賠償）のご相談です。

案では「受託者の責に帰すべき事由により児童に損害が生じた場合、受託者はその全額を賠償する」
となっており、上限の定めがありません。当社の賠償責任保険（1事故1億円）を超える部分について、
協議条項を加える修正を申し入れることは可能でしょうか。

該当ページのPDFを添付いたします。
{SIG_KUBODERA}""",
    attachments=[{"kind": "pdf", "name": "委託契約書案_第21条.pdf",
                  "lines": ["第21条（損害賠償）",
                            "受託者は、受託者の責に帰すべき事由により委託者又は児童に損害を与えたときは、",
                            "その損害の全額を賠償しなければならない。"]}])

# ==========================================================================================
# 078 — corrupt PDF attached to the insurer
# ==========================================================================================
add(78, "stop", [], ["unscannable_attachment"],
    "the attached PDF is corrupt and cannot be inspected",
    sender=KITAMURA, to=[f"事故受付 <jiko-uketsuke@{INS}>"],
    subject="事故報告書の送付（証券番号 TS-8820-1147）",
    charset="cp932",
    body=f"""常盤損害保険株式会社
事故受付ご担当者様

お世話になっております。日の出産業 川越営業所の北村です。
先日お電話でご連絡した事故について、事故報告書をお送りいたします。

　証券番号：TS-8820-1147（自動車保険フリート契約）
　事故日：10月27日
{SIG_KITAMURA}""",
    attachments=[{"kind": "corrupt", "name": "事故報告書_1027.pdf"}])

# ==========================================================================================
# 079 — route map PDF with stops and times only: pass
# ==========================================================================================
add(79, "pass", [], [],
    "route map: stop names and times, no pupils",
    sender=TSUJI, to=[f"教務 瀬古 <seko@{MINAMINO}>"],
    subject="A便延伸後の路線図（保護者説明会用）",
    charset="utf-8",
    body=f"""瀬古先生

お世話になっております。辻です。
12月12日の保護者説明会でお配りする、A便延伸後の路線図をお送りします。
学校名の入った版が必要でしたらお申し付けください。
{SIG_TSUJI}""",
    attachments=[{"kind": "pdf", "name": "A便_路線図_1月改正.pdf",
                  "lines": ["スクールバス A便 路線図（令和9年1月〜）", ""],
                  "table": [["停留所", "朝", "夕"], ["上広谷児童公園前", "7:02", "16:28"],
                            ["上広谷公民館", "7:06", "16:24"], ["今福公民館前", "7:12", "16:18"],
                            ["南台三丁目バス停", "7:18", "16:12"], ["藤間交差点", "7:24", "16:06"],
                            ["みなみ野特別支援学校", "7:50", "15:40"]]}])

# ==========================================================================================
# 080 — six drivers' licence numbers and alcohol-check results (XLSX) to the board
# ==========================================================================================
_d80 = people(6, ADULT)
_rows80 = [["氏名", "免許証番号", "免許種別", "11/2 朝", "11/2 夕", "確認者"]]
for d in _d80:
    _rows80.append([d["name"], f"{R.choice(['30', '40'])}{R.randint(1000000000, 9999999999)}",
                    "大型二種", "0.00mg/L", "0.00mg/L", "北村"])
add(80, "stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "six drivers' licence numbers with check records, a list of people, to the board",
    sender=KITAMURA, to=[f"監査担当 <sped-kansa@{BOARD}>"],
    subject="運行管理状況の実地確認（資料提出）",
    charset="iso-2022-jp",
    body=f"""県教育局 特別支援教育課
監査ご担当者様

日の出産業 川越営業所の北村です。
11月10日の実地確認に先立ち、ご指示のあった資料を提出いたします。
・運転者の免許確認記録
・アルコールチェック記録（抜粋：11月2日分）
{SIG_KITAMURA}""",
    attachments=[{"kind": "xlsx", "name": "運転者確認記録_202611.xlsx",
                  "sheets": {"免許・アルコール": [["運転者 免許確認・アルコールチェック記録"], []] + _rows80,
                             "凡例": [["検知器", "タニタ FC-1200（校正 2026/08）"]]}}])


# ==========================================================================================
# 081 — internal HTML: guardians' e-mails with care notes, all internal: pass
# ==========================================================================================
_k81 = people(6)
_notes81 = ["てんかん（発作時は座薬）", "自閉症・音に敏感", "", "車いす", "糖尿病（1型）・補食あり", ""]
_tr81 = "".join(f"<tr><td>{p['name']}</td><td>{guardian(p)['name']}</td>"
                f"<td>{p['sei_k'] and 'hogo'}{R.randint(10, 99)}.{R.choice(['minami', 'sora', 'hana', 'kaze'])}"
                f"@{R.choice(['gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp'])}</td><td>{n}</td></tr>"
                for p, n in zip(_k81, _notes81))
add(81, "pass", ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], [],
    "guardians' e-mails with pupils' health notes, HTML-only, but all recipients internal",
    sender=TSUJI, to=[SHIRAISHI, MATSUURA],
    subject="メール連絡網 登録状況（A便）",
    charset="utf-8",
    html=f"""<html><body>
<p>白石さん、松浦さん</p>
<p>辻です。A便のメール連絡網の登録状況をまとめました（社内用）。<br>
備考は添乗員の引継ぎメモから転記しています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>児童</th><th>保護者</th><th>登録アドレス</th><th>備考</th></tr>{_tr81}
</table>
<p>未登録の2家庭には、来週の連絡帳でお願い文を入れます。</p>
<p>辻</p></body></html>""")

# ==========================================================================================
# 082 — one attendant's herniated disc and sick leave, in running text, to the agency
# ==========================================================================================
add(82, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named attendant's diagnosis (lumbar disc herniation) and leave, sent to the agency",
    sender=SHIRAISHI, to=[f"森谷様 <moriya@{STAFF}>"],
    subject="代替要員のお願い（12月前半）",
    charset="iso-2022-jp",
    body=f"""森谷さん

いつもお世話になっております。白石です。
C便に入っていただいている五十嵐 典子さんですが、昨日整形外科で腰椎椎間板ヘルニアと
診断され、医師から2週間の安静を指示されたとのことです。
12月1日〜12月14日の朝夕、代わりの方を1名ご手配いただけないでしょうか。

C便は車いすの児童が3名いますので、移乗介助の経験がある方だと助かります。
復帰後もしばらくは車いすの介助は外す方向で考えています。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 083 — caterer order with counts only: pass
# ==========================================================================================
add(83, "pass", [], [],
    "lunch order for a training day: counts and prices only",
    sender=SHIRAISHI, to=[f"法人受注 <houjin@kitaguni-foods.co.jp>"],
    subject="1/9 添乗員研修 昼食のご注文",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
法人受注ご担当者様

いつもお世話になっております。日の出産業の白石です。
1月9日（土）の添乗員研修の昼食を、下記のとおり注文いたします。

　幕の内弁当（お茶付）　24個　@850円
　配達先：日の出産業 川越営業所 2階研修室
　配達時刻：11:45

請求書は経理部 大庭宛にお願いいたします。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 084 — incident between two named pupils (autism, aggression) reported to the board
# ==========================================================================================
_k84 = people(2)
add(84, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "two named pupils in an incident report with autism and injury details, to the board",
    sender=KITAMURA, to=[f"特別支援教育課 <sped-soge@{BOARD}>"],
    subject="【ヒヤリハット報告】11/18 ひばり野E便 車内での児童間トラブル",
    charset="cp932",
    body=f"""県教育局 特別支援教育課 御中

日の出産業 川越営業所の北村です。
11月18日（水）ひばり野E便（夕）の車内で発生した児童間のトラブルについてご報告します。

・16:05頃、{_k84[0]['name']}さん（高等部1年、自閉スペクトラム症）が、車内の工事音をきっかけに
　パニックとなり、隣席の{_k84[1]['name']}さん（中学部3年）の腕をつかみました。
・添乗員がすぐに間に入り、{_k84[0]['sei']}さんを最後列に誘導。約10分で落ち着きました。
・{_k84[1]['sei']}さんの左前腕に引っかき傷（出血なし）。学校の養護教諭に確認いただき、
　保護者様へは学校から連絡済みです。

今後、{_k84[0]['sei']}さんにはイヤーマフを使用し、座席を最前列の窓側に固定します。
{SIG_KITAMURA}""")

# ==========================================================================================
# 085 — board survey: the company's corporate number, representative, a 12-digit receipt no.
# ==========================================================================================
_rcpt85 = not_mynumber12()
add(85, "pass", ["JP_CORPORATE_NUMBER"], [],
    "company registration data (法人番号, office, representative) and a receipt number: business",
    sender=KUBODERA, to=[f"契約担当 <sped-keiyaku@{BOARD}>"],
    subject="競争入札参加資格 事業者情報変更届",
    charset="iso-2022-jp",
    body=f"""県教育局 特別支援教育課
契約ご担当者様

お世話になっております。日の出産業の久保寺です。
電子申請（受付番号 {_rcpt85}）で提出した事業者情報変更届の内容を、念のため下記にお送りします。

　商号：日の出産業株式会社
　法人番号：{HINODE_T[1:]}
　本店所在地：埼玉県川越市新宿町五丁目8番地3
　代表者：代表取締役 日野 正和
　営業所：送迎事業部 川越営業所（同上）
　変更内容：営業種目に「特別支援学校送迎添乗業務」を追加

ご確認のほど、よろしくお願いいたします。
{SIG_KUBODERA}""")

# ==========================================================================================
# 086 — pupil described only by school, grade, sex and route, with ventilator use: either
# ==========================================================================================
add(86, "either", ["SENSITIVE_CATEGORY"], ["personal_data"],
    "no name, but school+grade+sex+route make the ventilator user identifiable to the board",
    sender=KUBODERA, to=[f"特別支援教育課 <sped-soge@{BOARD}>"],
    subject="来年度C便の車両仕様について（ご相談）",
    charset="iso-2022-jp",
    body=f"""県教育局 特別支援教育課 御中

お世話になっております。久保寺です。
来年度、さくら台C便を利用予定の高等部2年の女子生徒1名が、
夜間に加えて日中も人工呼吸器を使用することになったと学校から伺いました。

現行車両では呼吸器とバッテリーを固定する場所がなく、
リフト付きハイエースの後部を改造する必要があります（概算 85万円）。
仕様変更として委託料に反映いただけるか、ご検討をお願いできますでしょうか。
{SIG_KUBODERA}""")

# ==========================================================================================
# 087 — tab-separated guardians' contacts with e-mails in the body, to a new subcontractor
# ==========================================================================================
_k87 = people(6)
_tsv87 = "児童\t保護者\t携帯\tメール\n" + "\n".join(
    f"{p['name']}\t{guardian(p)['name']}\t{mobile()}\t"
    f"{R.choice(['nk', 'ym', 'st', 'hr'])}.{R.randint(1970, 1995)}@{R.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'au.com'])}"
    for p in _k87)
add(87, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "six guardians' mobiles and e-mails, tab-separated in the body, to a bus company",
    sender=TSUJI, to=["運行管理 <unkou@kenou-kanko.co.jp>"],
    subject="1/15 校外学習臨時便 保護者連絡先",
    charset="utf-8",
    body=f"""県央観光バス株式会社
運行管理ご担当者様

お世話になっております。日の出産業の辻です。
1月15日の臨時便で、帰着が遅れた場合に保護者へ直接連絡いただくための連絡先です。
（Excelから貼り付けています）

{_tsv87}

当日の添乗は当社から2名出します。
{SIG_TSUJI}""")

# ==========================================================================================
# 088 — reply below the staffing agency's list (-----Original Message-----): pass
# ==========================================================================================
_a88 = people(6, ADULT)
_q88 = "\n".join(f"{a['name']}　{mobile()}　{address(pref=False)}" for a in _a88)
add(88, "pass", [], [],
    "new text only thanks; the six-person list is the agency's own mail quoted below",
    sender=SHIRAISHI, to=[f"森谷様 <moriya@{STAFF}>"],
    subject="RE: 1月からの派遣スタッフ一覧",
    charset="cp932",
    body=f"""森谷さん

一覧ありがとうございます。白石です。
6名とも1月7日の事前研修に参加いただけるとのこと、承知しました。
集合は8:30に川越営業所2階でお願いします。
{SIG_SHIRAISHI}
-----Original Message-----
From: 森谷 <moriya@{STAFF}>
Sent: Tuesday, December 15, 2026 5:40 PM
To: 白石 真由美 <shiraishi.m@{H}>
Subject: 1月からの派遣スタッフ一覧

白石様

1月から派遣予定のスタッフは以下の6名です。

{_q88}

よろしくお願いいたします。
森谷
""")

# ==========================================================================================
# 089 — next year's staffing plan stamped 極秘, sent to the partner (no personal data)
# ==========================================================================================
add(89, "stop", [], ["confidential_marking"],
    "DOCX and mail classified 極秘 sent to a partner",
    sender=KITAMURA, to=[f"大沢様 <osawa@aoba-unyu.co.jp>"],
    subject="【極秘】次年度体制案（運転手配置）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
大沢様

北村です。先日お話しした次年度の運転手配置案をお送りします。
入札前の資料のため、貴社内でも限られた方のみでご確認ください。
{SIG_KITAMURA}""",
    attachments=[{"kind": "docx", "name": "次年度体制案.docx", "page_header": "極秘",
                  "paragraphs": ["極秘", "令和9年度 スクールバス運行 体制案",
                                 "日の出産業：運転手 9名（うち予備1）、添乗員 12名",
                                 "青葉運輸：運転手 4名（B便・D便、応援）",
                                 "増便（F便）を受注した場合は青葉運輸から1名追加"]}])

# ==========================================================================================
# 090 — first-aid course request to the fire department: names only, no data: pass
# ==========================================================================================
add(90, "pass", [], [],
    "course request with participants' names only (no other data about them)",
    sender=SHIRAISHI, to=["kyukyu-kosyu@fd.kawagoe-chiiki.lg.jp"],
    subject="普通救命講習の受講申込（4名）",
    charset="iso-2022-jp",
    body=f"""川越地区消防局 救急課
救命講習ご担当者様

日の出産業株式会社 送迎事業部の白石と申します。
スクールバス添乗員の普通救命講習（小児・乳児を含む）について、下記のとおり受講を申し込みます。

　希望日：2月6日（土）9:00〜12:00
　受講者：4名（白石 真由美、結城 順子、小鳥遊 幸恵、別府 孝）
　会場：貴局 川越中央署 講堂

受講票の送付先は当社川越営業所でお願いいたします。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 091 — homoglyph of the partner bank (l for i)
# ==========================================================================================
add(91, "stop", [], ["lookalike_domain"],
    "midori-glnko.co.jp (l for i) imitates partner midori-ginko.co.jp",
    sender=OBA, to=["houjin-kawagoe@midori-glnko.co.jp"],
    subject="東和石油様への振込予約の確認",
    charset="cp932",
    body=f"""みどり銀行 川越支店
法人営業ご担当者様

お世話になっております。日の出産業 経理部の大庭です。
9月30日付の東和石油様への振込予約（1,284,930円）が、法人インターネットバンキング上で
「受付中」のままとなっております。状況をご確認いただけますでしょうか。
{SIG_OBA}""")

# ==========================================================================================
# 092 — five pupils, one block each (name, DOB in full-width 和暦, address) to the insurer
# ==========================================================================================
_k92 = people(5)
_blk92 = "\n\n".join(
    f"■{p['name']}（{p['kana']}）\n　{wareki(kid_dob(), R.choice(['fw', 'kanji']))}生\n　{address(pref=R.random() < 0.6)}"
    for p in _k92)
add(92, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "five pupils' blocks with DOB (full-width 和暦) and home address, to the insurer",
    sender=KITAMURA, to=[f"法人営業 <houjin@{INS}>"],
    subject="送迎利用者傷害保険 被保険者追加（1月分）",
    charset="iso-2022-jp",
    body=f"""常盤損害保険株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業 川越営業所の北村です。
送迎利用者傷害保険（証券番号 TS-5120-0093）について、1月から利用を開始する
児童5名の被保険者追加をお願いいたします。

{_blk92}

追加保険料の請求書は経理部宛にお願いいたします。
{SIG_KITAMURA}""")

# ==========================================================================================
# 093 — property-damage accident (mirror vs pole) to the insurer: pass
# ==========================================================================================
add(93, "pass", [], [],
    "property-damage report: vehicle, place, damage; driver named without personal data",
    sender=NEGISHI, to=[f"事故受付 <jiko-uketsuke@{INS}>"],
    subject="物損事故のご報告（証券番号 TS-8820-1147）",
    charset="iso-2022-jp",
    body=f"""常盤損害保険株式会社
事故受付ご担当者様

日の出産業 車両管理課の根岸です。物損事故のご報告です。

　日時：12月2日（水）15:52頃
　場所：坂戸市千代田 市道（千代田公園の東側）
　車両：所沢200か45-06（5号車）
　状況：狭路ですれ違いの際、左ドアミラーが電柱に接触。ミラー破損、電柱は損傷なし
　乗客：児童なし（回送中）、けが人なし
　運転手：当社社員 萩原

修理は武蔵モータースに依頼予定です。
{SIG_NEGISHI}""")

# ==========================================================================================
# 094 — attendant's pregnancy mentioned to the agency (work restriction): either
# ==========================================================================================
add(94, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named attendant's pregnancy: health information, but not clearly 要配慮 under APPI",
    sender=SHIRAISHI, to=[f"森谷様 <moriya@{STAFF}>"],
    subject="A便添乗員の業務内容の調整について",
    charset="iso-2022-jp",
    body=f"""森谷さん

お世話になっております。白石です。
A便の真壁 綾さんから、妊娠5か月に入ったとの報告がありました。
ご本人の希望もあり、来月から車いすの移乗介助と重い荷物の積み下ろしは外し、
見守り中心の業務に切り替えます。

貴社の就業条件明示書の変更が必要であれば、ご対応をお願いできますでしょうか。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 095 — forward of an internal near-miss (autism, panic) to the partner
# ==========================================================================================
_p95 = people(1)[0]
add(95, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forwarded internal near-miss naming a pupil with autism, sent to a partner: new text",
    sender=MATSUURA, to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="FW: 【ヒヤリ】B便 走行中のシートベルト外し",
    charset="iso-2022-jp",
    body=f"""岩渕様

松浦です。B便を担当いただく運転手さんにも共有したく、社内の報告を転送します。
停車のタイミングについて、ご意見があればお聞かせください。

---------- Forwarded message ---------
From: 辻 美咲 <tsuji.m@{H}>
Date: 2026年12月8日(火) 17:20
Subject: 【ヒヤリ】B便 走行中のシートベルト外し
To: 松浦 隆之 <matsuura.t@{H}>

松浦さん

本日B便（夕）で、{_p95['name']}さん（小学部6年、自閉スペクトラム症・知的障害）が
走行中にシートベルトを外して立ち上がりました。
予定外の迂回（工事）で、いつもと違う道になったことで不安になったようです。
添乗員が声かけし、路肩に停車して座り直してもらいました。けがはありません。

今後、迂回がある日は乗車前に添乗員から絵カードで説明するようにします。
辻
{SIG_MATSUURA}""")

# ==========================================================================================
# 096 — one pupil's temporary pickup at the grandmother's house: 1 person, pass (warn)
# ==========================================================================================
_p96 = people(1)[0]
add(96, "pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one pupil's temporary pickup address and grandmother's phone: one person, no health data",
    sender=TSUJI, to=[f"岩渕 智也 <iwabuchi.t@aoba-unyu.co.jp>"],
    subject="12/14〜18 B便 乗車場所の一時変更（1名）",
    charset="utf-8",
    body=f"""岩渕様

辻です。B便で1名、来週だけ乗車場所が変わります。

{_p96['name']}さん：12月14日（月）〜18日（金）の朝便のみ、
祖母宅（{address()}）前での乗車となります。
お迎えは7:35頃、祖母（{_p96['sei']}様）の携帯は{mobile()}です。
夕便は通常どおり「五味ヶ谷集会所」です。

運転手さんへのお伝えをお願いします。
{SIG_TSUJI}""")

# ==========================================================================================
# 097 — five attendants' My Numbers (year-end adjustment) in XLSX, to the labour consultant
# ==========================================================================================
_a97 = people(5, ADULT)
_rows97 = [["社員番号", "氏名", "生年月日", "住所", "個人番号", "扶養人数"]]
for i, a in enumerate(_a97):
    _rows97.append([f"S{2601 + i:04d}", a["name"], adult_dob().strftime("%Y-%m-%d"),
                    address(), mn(97 + i), R.randint(0, 3)])
add(97, "stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    ["personal_data"],
    "five attendants' My Numbers with DOB and address in an XLSX, to an outside consultant",
    sender=MIYASAKA, to=[f"中野 先生 <nakano@{SR}>"],
    subject="年末調整資料（送迎事業部 直接雇用分）",
    charset="iso-2022-jp",
    body=f"""中野先生

お世話になっております。宮坂です。
今年から直接雇用となった添乗員5名分の年末調整資料をお送りします。
扶養控除等申告書の内容をExcelに転記しています（原本は郵送済み）。
{SIG_MIYASAKA}""",
    attachments=[{"kind": "xlsx", "name": "年末調整_送迎事業部_2026.xlsx",
                  "sheets": {"扶養控除等申告": [["令和8年分 扶養控除等（異動）申告 転記表"], []] + _rows97,
                             "メモ": [["保険料控除", "2名分は12/10までに回収予定"]]}}])

# ==========================================================================================
# 098 — the separate password mail for message 021's ZIP: pass
# ==========================================================================================
add(98, "pass", [], [],
    "a password alone, no attachment and no personal data",
    sender=MATSUURA, to=[f"小笠原 教頭 <ogasawara@{HIBARINO}>"],
    subject="Re: 3学期ルート表の送付（パスワード別送）",
    charset="iso-2022-jp",
    body=f"""小笠原先生

先ほどお送りしたZIPファイルのパスワードです。

　Hn#2027tk3

開けない場合はお知らせください。
{SIG_MATSUURA}""")

# ==========================================================================================
# 099 — look-alike of the partner hotel (letters swapped)
# ==========================================================================================
add(99, "stop", [], ["lookalike_domain"],
    "sakura-hotle.jp (swapped letters) imitates partner sakura-hotel.jp",
    sender=SHIRAISHI, to=["banquet@sakura-hotle.jp"],
    subject="2月 添乗員研修会の会場予約",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会・会議室ご担当者様

いつもお世話になっております。日の出産業の白石です。
2月20日（土）9:30〜16:00で、30名程度の研修に使える会議室を予約したく存じます。
スクール形式、プロジェクター・マイク2本をお願いします。
昼食（お弁当30個）も併せてお見積りいただけますでしょうか。
{SIG_SHIRAISHI}""")

# ==========================================================================================
# 100 — English reply to the IT partner about the monthly bus-locator report: pass
# ==========================================================================================
add(100, "pass", [], [],
    "English mail about device uptime and on-time rates: vehicles, not people",
    sender=BANDO, to=["Arjun Mehta <a.mehta@tsubasa-system.jp>"],
    subject="Re: Bus locator monthly report - November",
    charset="utf-8",
    body=f"""Hi Arjun,

Thanks for the November report. A few notes from our side:

- Bus 5 shows 11 hours offline on Nov 17-18. That was the lift inspection at the
  dealer; please exclude it from the SLA calculation.
- On-time rate per route (arrival within 3 min of timetable):
    A 96.1% / B 97.4% / C 94.8% / D 98.2% / E 97.0%
- The school asked whether the guardian view can hide the map while the bus is
  parked at the depot. Could you check if that is configurable?

Let's go through the rest in the call on Thursday.

Best,
{SIG_BANDO}
On Mon, Dec 7, 2026 at 9:02 AM Arjun Mehta <a.mehta@tsubasa-system.jp> wrote:
> Hello Bando-san,
> Please find the November report for the Hinode fleet attached to the portal.
> Overall device availability was 99.2%.
""")
