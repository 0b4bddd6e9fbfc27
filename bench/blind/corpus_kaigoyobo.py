"""Area kaigoyobo: 日の出産業株式会社 ヘルスケア事業部 介護予防推進課, which runs 東浜市's
frailty-prevention classes for older residents (介護予防教室「いきいき元気塾」) under a
contract with the city — participant lists and applications, physical measurements and
基本チェックリスト questionnaires, transport with 青葉運輸, meals with 北国フーズ, printing with
錦印刷, instructors' fees and My Numbers, accident reports, and monthly reports to the
city, the 地域包括支援センター and a university research partner. Written blind from
BRIEF.md (and the entity/detector names of SPEC.md) without reading mailguard's code."""

import random
import unicodedata

from build import card_number, my_number

SEED = 52001

# -- invented people -----------------------------------------------------------------

_SURNAMES = [
    ("佐久間", "サクマ"), ("東海林", "ショウジ"), ("百目鬼", "ドウメキ"), ("五十嵐", "イガラシ"),
    ("鰐渕", "ワニブチ"), ("御手洗", "ミタライ"), ("猪股", "イノマタ"), ("釜萢", "カマヤチ"),
    ("薬師寺", "ヤクシジ"), ("勅使河原", "テシガワラ"), ("栗林", "クリバヤシ"), ("大河内", "オオコウチ"),
    ("柳沼", "ヤギヌマ"), ("木暮", "コグレ"), ("高畑", "タカハタ"), ("石渡", "イシワタ"),
    ("秋葉", "アキバ"), ("鶴岡", "ツルオカ"), ("宍戸", "シシド"), ("花岡", "ハナオカ"),
    ("榎本", "エノモト"), ("小田切", "オダギリ"), ("岩佐", "イワサ"), ("保坂", "ホサカ"),
    ("葛西", "カサイ"), ("越智", "オチ"), ("舟橋", "フナハシ"), ("日下部", "クサカベ"),
    ("根岸", "ネギシ"), ("浜名", "ハマナ"), ("米倉", "ヨネクラ"), ("稲垣", "イナガキ"),
    ("牧", "マキ"), ("椎名", "シイナ"), ("香取", "カトリ"), ("鏑木", "カブラギ"),
    ("宇佐美", "ウサミ"), ("桐生", "キリュウ"), ("菅谷", "スガヤ"), ("布施", "フセ"),
    ("安孫子", "アビコ"), ("矢作", "ヤハギ"), ("都築", "ツヅキ"), ("平間", "ヒラマ"),
    ("浅見", "アサミ"), ("笹川", "ササガワ"), ("増渕", "マスブチ"), ("飯塚", "イイヅカ"),
    ("鴨下", "カモシタ"), ("寒川", "サムカワ"), ("及川", "オイカワ"), ("海老原", "エビハラ"),
    ("君島", "キミジマ"), ("瀬戸口", "セトグチ"), ("丹羽", "ニワ"), ("四十物", "アイモノ"),
    ("纐纈", "コウケツ"), ("一戸", "イチノヘ"), ("鬼頭", "キトウ"), ("籾山", "モミヤマ"),
]
_GIVEN_F = [
    ("ハツ", "ハツ"), ("キヨ", "キヨ"), ("節子", "セツコ"), ("和子", "カズコ"), ("幸江", "ユキエ"),
    ("登美子", "トミコ"), ("久子", "ヒサコ"), ("文江", "フミエ"), ("絹代", "キヌヨ"),
    ("美代子", "ミヨコ"), ("トシ子", "トシコ"), ("静枝", "シズエ"), ("八重子", "ヤエコ"),
    ("弘子", "ヒロコ"), ("悦子", "エツコ"), ("喜美江", "キミエ"), ("千代", "チヨ"),
    ("ミツ子", "ミツコ"), ("順子", "ジュンコ"), ("律子", "リツコ"), ("恵美子", "エミコ"),
    ("澄江", "スミエ"), ("信子", "ノブコ"), ("昌代", "マサヨ"), ("ふさ江", "フサエ"),
]
_GIVEN_M = [
    ("茂", "シゲル"), ("勇", "イサム"), ("清", "キヨシ"), ("正雄", "マサオ"), ("武夫", "タケオ"),
    ("昭二", "ショウジ"), ("健一", "ケンイチ"), ("弘", "ヒロシ"), ("敏夫", "トシオ"),
    ("義男", "ヨシオ"), ("幸三", "コウゾウ"), ("忠", "タダシ"), ("貞夫", "サダオ"),
    ("久男", "ヒサオ"), ("勝", "マサル"), ("辰巳", "タツミ"), ("源次", "ゲンジ"),
]
_TOWNS = [
    ("汐見町", "289-2201"), ("桜台", "289-2202"), ("浜松原", "289-2203"), ("北野台", "289-2204"),
    ("緑ケ丘", "289-2205"), ("若葉町", "289-2206"), ("本郷", "289-2207"), ("港南", "289-2208"),
    ("大谷津", "289-2211"), ("鷺沼", "289-2212"), ("潮見台", "289-2213"), ("新田", "289-2214"),
    ("栄町", "289-2216"), ("高根", "289-2217"),
]
_BLDG = ["コーポ", "ハイツ", "メゾン", "サンライズ"]


def people(key, n, young=False):
    """n invented residents of 東浜市 (older people, or volunteers/instructors if young)."""
    rng = random.Random(f"{SEED}:{key}")
    seen, out = set(), []
    while len(out) < n:
        sn = rng.choice(_SURNAMES)
        female = rng.random() < 0.68
        gn = rng.choice(_GIVEN_F if female else _GIVEN_M)
        if sn in seen:
            continue
        seen.add(sn)
        y = rng.randint(1958, 1975) if young else rng.randint(1935, 1957)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        town, zipc = rng.choice(_TOWNS)
        addr = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        if rng.random() < 0.2:
            addr += f" {rng.choice(_BLDG)}{town[:2]}{rng.randint(1, 3)}0{rng.randint(1, 6)}"
        out.append({
            "name": f"{sn[0]} {gn[0]}", "sei": sn[0], "mei": gn[0], "kana": f"{sn[1]} {gn[1]}",
            "sex": "女" if female else "男", "y": y, "m": m, "d": d,
            "age": 2026 - y - (1 if (m, d) > (10, 1) else 0),
            "zip": zipc, "town": town, "addr": addr,
            "tel": f"0479-{rng.randint(21, 89)}-{rng.randint(1000, 9999)}",
            "mob": f"0{rng.choice('98')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        })
    return out


_ZEN = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def zen(s):
    return s.translate(_ZEN)


def wa(p, style="kanji"):
    """a date of birth written the ways people write it."""
    y, m, d = p["y"], p["m"], p["d"]
    s = y - 1925
    return {
        "kanji": f"昭和{s}年{m}月{d}日",
        "short": f"S{s}.{m}.{d}",
        "sslash": f"S{s:02d}/{m:02d}/{d:02d}",
        "zen": zen(f"昭和{s}年{m}月{d}日"),
        "slash": f"{y}/{m:02d}/{d:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "nen": f"{y}年{m}月{d}日",
    }[style]


def _w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def pad(s, w):
    return s + " " * max(0, w - _w(s))


def zpad(s, n):
    """pad with full-width spaces to n characters"""
    return s + "　" * max(0, n - len(s))


def mn(k, sep=""):
    v = my_number(SEED + k)
    return sep.join([v[:4], v[4:8], v[8:]]) if sep else v


def cc(k, sep=""):
    v = card_number(SEED + k)
    return sep.join([v[:4], v[4:8], v[8:12], v[12:]]) if sep else v


# -- the people who write and receive ------------------------------------------------

ADDR_HQ = "〒289-2200 千葉県東浜市汐見町1-8-3 日の出ビル4階"

SIG_HASEBE = """
―――――――――――――――――――――――――
日の出産業株式会社
ヘルスケア事業部 介護予防推進課 主任
長谷部 拓真（はせべ たくま）
〒289-2200 千葉県東浜市汐見町1-8-3 日の出ビル4階
TEL：0479-55-2180（直通）／FAX：0479-55-2181
Mail：hasebe.t@hinode-sangyo.co.jp
―――――――――――――――――――――――――"""

SIG_ONODERA = """
--
日の出産業株式会社 ヘルスケア事業部
介護予防推進課　保健師　小野寺 由香
TEL 0479-55-2183 ／ 携帯 080-3321-7740（教室実施日）
onodera.y@hinode-sangyo.co.jp"""

SIG_KUME = """
**********************************************
日の出産業株式会社 ヘルスケア事業部 介護予防推進課
事務担当　久米 紗希（Kume Saki）
〒289-2200 千葉県東浜市汐見町1-8-3 日の出ビル4F
TEL 0479-55-2180　FAX 0479-55-2181
**********************************************"""

SIG_SAHARA = """
------------------------------------------
日の出産業（株）介護予防推進課 送迎調整担当
佐原 真一
TEL 0479-55-2186 / 携帯 090-6612-0938
sahara.s@hinode-sangyo.co.jp
------------------------------------------"""

SIG_IWABUCHI = """
==============================================
日の出産業株式会社
ヘルスケア事業部 介護予防推進課 課長
岩渕 聡子
〒289-2200 千葉県東浜市汐見町1-8-3 日の出ビル4階
TEL 0479-55-2180（代）　iwabuchi@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/healthcare/
=============================================="""

SIG_TAMAKI = """
――
理学療法士　玉置 健吾
日の出産業株式会社 ヘルスケア事業部 介護予防推進課
TEL 0479-55-2184　tamaki.k@hinode-sangyo.co.jp"""

SIG_KIDO = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 介護予防推進課
管理栄養士　城戸 美穂
TEL：0479-55-2185　Mail：kido.m@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_HORI = """
--------------------------------
日の出産業株式会社 経理部
堀之内 圭
TEL 0479-55-2101（経理部直通）
horinouchi@hinode-sangyo.co.jp
--------------------------------"""

SIG_SATOMI = """
■□■━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　総務部 人事労務グループ
里見 亜紀子
〒289-2200 千葉県東浜市汐見町1-8-3
TEL 0479-55-2110／FAX 0479-55-2111
━━━━━━━━━━━━━━━━━━━━━■□■"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者へご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

HASEBE = "長谷部 拓真 <hasebe.t@hinode-sangyo.co.jp>"
ONODERA = "小野寺 由香 <onodera.y@hinode-sangyo.co.jp>"
KUME = "久米 紗希 <kume.s@hinode-sangyo.co.jp>"
SAHARA = "佐原 真一 <sahara.s@hinode-sangyo.co.jp>"
IWABUCHI = "岩渕 聡子 <iwabuchi@hinode-sangyo.co.jp>"
TAMAKI = "玉置 健吾 <tamaki.k@hinode-sangyo.co.jp>"
KIDO = "城戸 美穂 <kido.m@hinode-sangyo.co.jp>"
HORI = "堀之内 圭 <horinouchi@hinode-sangyo.co.jp>"
SATOMI = "里見 亜紀子 <satomi.a@hinode-sangyo.co.jp>"

CITY_MAKABE = "真壁 祐子 <makabe-y@city.higashihama.lg.jp>"
CITY_HANYU = "羽生 航 <hanyu-w@city.higashihama.lg.jp>"
HOK_NORTH = "坂巻 里美 <sakamaki@shiokaze-kai.or.jp>"
HOK_SOUTH = "松尾 大輔 <matsuo.d@shoutoukai.or.jp>"
HOK_CENTER = "中央地域包括支援センター <houkatsu-chuo@higashihama-shakyo.or.jp>"
AOBA = "三國 恭平 <mikuni@aoba-unyu.co.jp>"
KITAGUNI = "宮坂 昇 <miyasaka@kitaguni-foods.co.jp>"
NISHIKI = "有馬 知佳 <arima@nishiki-insatsu.co.jp>"
TSUBASA = "柘植 亮 <tsuge@tsubasa-system.jp>"
KAWASAKI = "古閑 秀明 <koga@kawasaki-denki.co.jp>"
UNIV = "蓮見 理恵 <hasumi@bousou-hoken.ac.jp>"
TAX = "杉浦会計事務所 杉浦 <sugiura@sugiura-kaikei.jp>"

MESSAGES = []


def add(**m):
    MESSAGES.append(m)


_FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー"
_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"
_DAKU = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ"
_HANDAKU = "パピプペポ"


def hankaku(s):
    """full-width katakana → half-width (as old systems and some people still type)."""
    out = []
    for ch in s:
        if ch in _DAKU:
            base = chr(ord(ch) - 1)
            out.append(_HALF[_FULL.index(base)] + "ﾞ")
        elif ch in _HANDAKU:
            base = chr(ord(ch) - 2)
            out.append(_HALF[_FULL.index(base)] + "ﾟ")
        elif ch in _FULL:
            out.append(_HALF[_FULL.index(ch)])
        else:
            out.append(ch)
    return "".join(out)


# ===================================================================================
# 001 — participant roster (xlsx, two venues) to the city
_p = people("001", 13)
_hdr = ["No", "氏名", "フリガナ", "性別", "生年月日", "年齢", "〒", "住所", "電話番号", "備考"]
_notes = ["", "送迎希望", "", "初参加", "", "", "前期からの継続", "", "送迎希望", "", "", "", "初参加"]


def _roster(rows, start):
    return [[i + 1, p["name"], p["kana"], p["sex"], wa(p, "slash"), p["age"], p["zip"],
             "東浜市" + p["addr"], p["tel"] if i % 3 else p["mob"], _notes[start + i]]
            for i, p in enumerate(rows)]


add(
    id="kaigoyobo-001",
    sender=HASEBE,
    to=[CITY_MAKABE],
    cc=[CITY_HANYU],
    subject="【いきいき元気塾】10月期 参加者名簿の送付（汐見・桜台会場）",
    charset="iso-2022-jp",
    body=f"""東浜市 健康福祉部 高齢者支援課
介護予防係　真壁様
（cc：羽生様）

いつもお世話になっております。
日の出産業の長谷部です。

10月期「いきいき元気塾」の参加者名簿がまとまりましたので、添付にてお送りいたします。
　・汐見地区センター会場：7名
　・桜台コミュニティ会館会場：6名
桜台会場は定員12名に対して6名と少ないため、11月広報での追加募集をご検討いただけますと幸いです。

ご確認のほど、よろしくお願いいたします。
{SIG_HASEBE}""",
    attachments=[{
        "kind": "xlsx", "name": "R8_10月期_参加者名簿.xlsx",
        "sheets": {
            "汐見会場": [["令和8年度 東浜市介護予防教室（いきいき元気塾）10月期 参加者名簿　汐見地区センター"], [],
                      _hdr] + _roster(_p[:7], 0),
            "桜台会場": [["令和8年度 東浜市介護予防教室（いきいき元気塾）10月期 参加者名簿　桜台コミュニティ会館"], [],
                      _hdr] + _roster(_p[7:], 7),
            "集計": [["会場", "定員", "申込", "うち送迎希望"], ["汐見", 15, 7, 2], ["桜台", 12, 6, 0]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="stop: list — 13名の参加者名簿（氏名・生年月日・住所・電話）を市へ xlsx 2シートで送付",
)

# 002 — monthly statistics only
add(
    id="kaigoyobo-002",
    sender=KUME,
    to=[CITY_HANYU],
    subject="9月分 実施報告（集計表）の送付",
    charset="cp932",
    body=f"""羽生様

いつもお世話になっております。日の出産業 介護予防推進課の久米でございます。
9月分の実施報告（集計表）をお送りいたします。

・実施回数：延べ 24回（6会場×4回）
・延べ参加者数：612人（前月比 +38人）
・体力測定の改善者割合（3か月評価）：握力 41.2％、5m歩行 57.8％

個人別の出席状況につきましては、例月どおり紙の様式にて月末にお届けいたします。
何卒よろしくお願いいたします。
{SIG_KUME}""",
    attachments=[{
        "kind": "xlsx", "name": "R8_09_実施報告_集計.xlsx",
        "sheets": {
            "実施状況": [["令和8年9月分 介護予防教室 実施状況（集計）"],
                     ["会場", "実施回数", "延べ参加者数", "実人数", "平均年齢", "男性", "女性"],
                     ["汐見地区センター", 4, 118, 31, 78.4, 7, 24],
                     ["桜台コミュニティ会館", 4, 92, 24, 77.1, 5, 19],
                     ["港南公民館", 4, 104, 27, 79.6, 6, 21],
                     ["北野台集会所", 4, 88, 23, 80.2, 4, 19],
                     ["緑ケ丘会館", 4, 106, 28, 76.9, 9, 19],
                     ["若葉町ふれあい館", 4, 104, 27, 78.0, 8, 19],
                     ["合計", 24, 612, 160, 78.4, 39, 121]],
            "測定平均": [["指標", "初回平均", "3か月後平均", "改善者割合"],
                     ["握力（kg）", 21.8, 22.6, "41.2%"], ["5m歩行（秒）", 5.9, 5.3, "57.8%"],
                     ["TUG（秒）", 9.8, 8.9, "52.1%"], ["開眼片足立ち（秒）", 14.2, 17.5, "46.0%"]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 会場別の集計値と平均のみで個人の記録を含まない月次報告",
)

# 003 — transport list pasted in the body to 青葉運輸
_p = people("003", 8)
_times = ["8:35", "8:42", "8:50", "8:58", "9:05", "9:11", "9:18", "9:24"]
_spots = ["自宅前", "玄関前（坂の上）", "集合住宅1Fロビー", "自宅前", "コンビニ駐車場 向かい", "自宅前",
          "門の前", "自宅前"]
_lines = "\n".join(
    f"{'1便' if i < 4 else '2便'}  {_times[i]:>5}  {pad(p['name'], 14)}{pad('東浜市' + p['addr'], 34)}{p['tel']}  {_spots[i]}"
    for i, p in enumerate(_p))
add(
    id="kaigoyobo-003",
    sender=SAHARA,
    to=[AOBA],
    subject="10/7（水）桜台会場 送迎表",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
送迎事業部 三國様

お世話になっております。日の出産業の佐原です。
10/7（水）桜台会場分の送迎表です。今回から2便体制でお願いします。

便   時刻   氏名          乗車場所                          電話          備考
--------------------------------------------------------------------------------------------
{_lines}
--------------------------------------------------------------------------------------------
会場着 9:40 目安／帰りは 11:45 会場発

当日欠席の連絡が入った場合は、7:45までに携帯へご連絡します。
よろしくお願いします。
{SIG_SAHARA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="stop: list — 送迎8名の氏名・住所・電話を本文の桁揃え表で委託先の運輸会社へ",
)

# 004 — flyer print order (no personal data)
add(
    id="kaigoyobo-004",
    sender=KUME,
    to=[NISHIKI],
    subject="「いきいき元気塾」11月期募集チラシ 印刷のお願い",
    charset="cp932",
    body=f"""錦印刷株式会社
営業部　有馬様

いつも大変お世話になっております。
日の出産業の久米です。

先日お見積りいただいた件（見積番号：NQ-2026-0412）、正式に発注させていただきます。
　・仕様：A4 片面カラー、コート紙 90kg
　・部数：3,000部
　・納品：10月23日（金）午前中、弊社4階 介護予防推進課あて
データは添付のPDFが最終版です。市のロゴの色味だけ、前回と揃えていただけますと助かります。

どうぞよろしくお願いいたします。
{SIG_KUME}""",
    attachments=[{
        "kind": "pdf", "name": "元気塾チラシ_11月期_最終.pdf", "title": "いきいき元気塾 参加者募集",
        "lines": ["東浜市介護予防教室「いきいき元気塾」参加者募集！",
                  "", "いつまでも自分の足で歩き続けるために。", "",
                  "日時：11月4日〜1月27日の毎週水曜日 10:00〜11:30（全12回）",
                  "会場：汐見地区センター／桜台コミュニティ会館／港南公民館 ほか",
                  "対象：市内在住の65歳以上で、医師から運動制限を受けていない方",
                  "費用：無料（動きやすい服装と飲み物をお持ちください）",
                  "内容：体力測定、筋力アップ体操、お口の健康、栄養のお話",
                  "",
                  "申込・問合せ：東浜市 高齢者支援課 介護予防係　TEL 0479-50-1111（代表）",
                  "運営：日の出産業株式会社（東浜市委託事業）"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 印刷会社への発注。チラシは市の代表番号と会社の連絡先のみ",
)

# 005 — one instructor's My Number to the tax accountant
add(
    id="kaigoyobo-005",
    sender=HORI,
    to=[TAX],
    subject="講師謝金 支払調書作成の件（追加1名分）",
    charset="utf-8",
    body=f"""杉浦会計事務所
杉浦先生

いつもお世話になっております。日の出産業 経理部の堀之内です。
先日お送りした講師一覧に1名漏れがございましたので、追加でお知らせいたします。

　氏名　　：能登 さやか（ノト サヤカ）
　住所　　：千葉県東浜市若葉町3-11-2 メゾン若葉202
　個人番号：{mn(1, ' ')}
　区分　　：講演料（健康運動指導）
　支払金額：264,000円／源泉徴収税額：26,952円

お手数ですが、法定調書合計表への反映をお願いいたします。
{SIG_HORI}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="stop: identifier — 講師1名のマイナンバーを本文で税理士事務所へ",
)

# 006 — mail about the NDA / 誓約書 (near miss)
add(
    id="kaigoyobo-006",
    sender=IWABUCHI,
    to=[CITY_MAKABE],
    subject="秘密保持誓約書および個人情報取扱特記事項の提出について",
    charset="iso-2022-jp",
    body=f"""東浜市 高齢者支援課
真壁係長

お世話になっております。日の出産業の岩渕です。

委託契約書第12条に基づく「秘密保持誓約書」（従事者12名分）と、
「個人情報取扱特記事項 遵守状況報告書」の原本を、本日簡易書留にて発送いたしました。
明日（10/9）には到着する見込みです。

なお、10月から従事する講師2名分の誓約書は、初回研修の際に署名をもらい次第、
追ってご提出いたします。

機密保持に関する研修（年1回）は11月の講師会で実施予定です。
実施記録もあわせてご報告いたしますので、引き続きよろしくお願い申し上げます。
{SIG_IWABUCHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 秘密保持誓約書の提出についての連絡。マーキングでも個人データでもない",
)

# 007 — six instructors, all visible in To
add(
    id="kaigoyobo-007",
    sender=HASEBE,
    to=["能登 さやか <noto.sayaka@gmail.com>", "茅野 麻美 <chino.asami@yahoo.co.jp>",
        "嵯峨 千晶 <saga-chiaki@outlook.jp>", "藤堂 ミホ <todo.miho@icloud.com>",
        "真鍋 祐介 <manabe.y@gmail.com>", "大和田 健治 <k-owada@ezweb.ne.jp>"],
    subject="【講師の皆様へ】11月講師会の日程と、台風接近時の休講判断について",
    charset="utf-8",
    body=f"""講師の皆様

いつも教室運営にご協力いただき、ありがとうございます。
日の出産業の長谷部です。

1．11月講師会
　日時：11月13日（金）14:00〜16:00
　場所：弊社4階 会議室B（駐車場は1階来客用をご利用ください）
　内容：後期プログラムの確認、個人情報取扱研修（年1回・必須）

2．台風接近時の休講判断
　前日17時の時点で東浜市に暴風警報が出ている場合は、翌日の教室は全会場休講とします。
　判断結果は前日18時までに、このメールと同じ宛先でお知らせします。

ご不明点があればご連絡ください。
{SIG_HASEBE}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="stop: visible parties — 個人の講師6名（フリーメール）をToに並べて送信、Bccにすべき",
)

# 008 — look-alike of 青葉運輸's domain
add(
    id="kaigoyobo-008",
    sender=SAHARA,
    to=["三國 恭平 <mikuni@aoba-unya.co.jp>"],
    subject="Re: 年末年始の送迎運休日について",
    charset="iso-2022-jp",
    body=f"""三國様

お世話になっております。佐原です。
ご連絡ありがとうございます。運休日の件、承知いたしました。

　12/29（火）〜1/3（日）：全便運休
　1/6（水）：通常どおり運行（教室再開日）

1/6は初回ということもあり、各会場とも参加者が多くなりそうです。
車両を1台追加できるか、改めてご相談させてください。

> 年末年始は12/29〜1/3を運休とさせていただきたく、
> ご確認をお願いいたします。
{SIG_SAHARA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — aoba-unya.co.jp は取引先 aoba-unyu.co.jp の1文字違い",
)

# 009 — list of venues (businesses/facilities, not people)
_venues = [
    ("汐見地区センター", "東浜市汐見町2-1-5", "0479-52-3101", "あり（12台）"),
    ("桜台コミュニティ会館", "東浜市桜台4-9-1", "0479-53-0871", "あり（6台）"),
    ("港南公民館", "東浜市港南1-20-3", "0479-56-2245", "あり（20台）"),
    ("北野台集会所", "東浜市北野台3-3-10", "0479-63-1190", "なし（路上不可）"),
    ("緑ケ丘会館", "東浜市緑ケ丘1-14-2", "0479-58-7302", "あり（4台）"),
    ("若葉町ふれあい館", "東浜市若葉町5-2-8", "0479-55-9014", "あり（8台）"),
]
add(
    id="kaigoyobo-009",
    sender=SAHARA,
    to=[AOBA],
    subject="11月期の会場一覧（送迎ルート検討用）",
    charset="utf-8",
    body=f"""三國様

お世話になっております。佐原です。
11月期の会場一覧をお送りします。ルート検討にお使いください。
北野台集会所は敷地内に駐車できないため、乗降は正面の歩道側でお願いすることになります。

{pad('会場名', 22)}{pad('所在地', 22)}{pad('管理事務所TEL', 15)}駐車場
{'-' * 78}
""" + "\n".join(f"{pad(v[0], 22)}{pad(v[1], 22)}{pad(v[2], 15)}{v[3]}" for v in _venues) + f"""

よろしくお願いします。
{SIG_SAHARA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 会場（施設）の所在地と管理事務所電話の一覧。人の記録ではない",
)

# 010 — accident report to the insurer (health insurance number + injury + history)
add(
    id="kaigoyobo-010",
    sender=IWABUCHI,
    to=["かえで損害保険 事故受付センター <jiko-uketsuke@kaede-sonpo.co.jp>"],
    subject="傷害保険 事故報告（証券番号 KD-2026-118804）",
    charset="cp932",
    body=f"""かえで損害保険株式会社
事故受付センター ご担当者様

いつもお世話になっております。
日の出産業株式会社 介護予防推進課の岩渕でございます。
弊社受託の介護予防教室において参加者の負傷事故が発生しましたので、ご報告いたします。

■証券番号：KD-2026-118804（行事参加者傷害保険）
■事故日時：令和8年10月14日（水）10:25頃
■事故場所：東浜市汐見地区センター 多目的室
■被保険者：鰐渕 トシ子（ワニブチ トシコ）様
　生年月日：昭和14年2月9日（87歳）
　住所　　：千葉県東浜市汐見町3-6-12
　電話　　：0479-52-8847
　健康保険：後期高齢者医療被保険者証　保険者番号 39123457　被保険者番号 00418862
■事故状況：
　椅子を使ったストレッチの最中にバランスを崩して転倒し、右手を床についた。
　同日、みさき整形外科を受診し「右橈骨遠位端骨折（全治約8週間）」との診断。
　なお、ご本人は骨粗しょう症で通院・内服中とのことです（ご家族より聴取）。
■対応：スタッフが応急処置のうえタクシーで受診に付き添い、ご家族（長男様）へ連絡済み。

必要書類のご案内をお願いいたします。
{SIG_IWABUCHI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
              "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stop: identifier+sensitive — 保険会社への事故報告に被保険者番号・骨折の診断・既往歴",
)

# 011 — reply to the 包括; their list only in the quote
_p = people("011", 5)
_quoted = "\n".join(f"> {i + 1}. {p['name']}様（{p['age']}歳）{p['town']}　{p['tel']}"
                    for i, p in enumerate(_p))
add(
    id="kaigoyobo-011",
    sender=ONODERA,
    to=[HOK_NORTH],
    subject="Re: 11月期 教室参加のご紹介（5名）",
    charset="iso-2022-jp",
    body=f"""坂巻様

お世話になっております。日の出産業の小野寺です。
5名のご紹介、ありがとうございます。

全員、桜台会場（水曜）で受け入れ可能です。
初回の体験参加は11/4（水）10時からとなりますので、ご本人様へのご案内をお願いできますでしょうか。
当日は私が受付におります。

{SIG_ONODERA}

坂巻 里美 wrote:
> 日の出産業 小野寺様
>
> いつもお世話になっております。北部地域包括支援センターの坂巻です。
> 11月期の教室に、以下の5名をご紹介させていただきます。
>
{_quoted}
>
> いずれも基本チェックリストで運動器の項目に該当された方です。
> よろしくお願いいたします。""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 5名の一覧は返信の引用部分（>）のみで、新しい本文に個人データなし",
)

# 012 — 社外秘 operations manual to a free-lance instructor
add(
    id="kaigoyobo-012",
    sender=TAMAKI,
    to=["能登 さやか <noto.sayaka@gmail.com>"],
    subject="運営マニュアル（第3版）の送付",
    charset="utf-8",
    body=f"""能登先生

お疲れさまです。玉置です。
11月から担当いただく港南会場に向けて、運営マニュアルの最新版（第3版）をお送りします。
緊急時対応フローとAEDの位置を会場ごとに追記しています。
初回までに目を通していただけると助かります。
{SIG_TAMAKI}""",
    attachments=[{
        "kind": "docx", "name": "介護予防教室_運営マニュアル_第3版.docx",
        "title": "介護予防教室 運営マニュアル 第3版", "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 ヘルスケア事業部　無断複製・転載禁止",
        "paragraphs": ["【社外秘】介護予防教室 運営マニュアル（第3版）",
                       "1. 目的　本マニュアルは、東浜市から受託する介護予防教室の安全かつ均質な運営を目的とする。",
                       "2. 当日の流れ　受付 → バイタル確認 → 準備体操 → 主運動 → 整理体操 → 振り返り",
                       "3. 中止基準　安静時の収縮期血圧180以上、脈拍110以上、体調不良の訴えがある場合は運動を中止する。",
                       "4. 緊急時対応　意識確認 → 119番通報 → AED → 課長へ報告（090-XXXX は課内連絡網を参照）",
                       "5. 委託元への報告　事故は当日中に市へ速報し、3日以内に事故報告書を提出する。"],
        "tables": [[["会場", "AED設置場所", "最寄り救急病院"],
                    ["汐見地区センター", "1階 事務室前", "東浜中央病院"],
                    ["港南公民館", "正面玄関 左", "港南医療センター"],
                    ["緑ケ丘会館", "2階 ホール入口", "東浜中央病院"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking", "freemail_recipient"],
    note="stop: marking — 「社外秘」ヘッダーの運営マニュアル docx を講師の gmail へ",
)

# 013 — PPAP zip to the city
_p = people("013", 9)
add(
    id="kaigoyobo-013",
    sender=KUME,
    to=[CITY_HANYU],
    subject="新規申込者一覧（10月受付分）",
    charset="iso-2022-jp",
    body=f"""羽生様

お世話になっております。日の出産業の久米です。
10月受付分の新規申込者一覧をお送りいたします。
個人情報を含むため、パスワード付きファイルにしております。
パスワードは別メールにてお送りいたします。
{SIG_KUME}""",
    attachments=[{
        "kind": "zip", "name": "新規申込者一覧_202610.zip", "password": "Hn8#k2Qw",
        "files": [{"kind": "xlsx", "name": "新規申込者一覧_202610.xlsx",
                   "sheets": {"10月受付": [["受付日", "氏名", "生年月日", "住所", "電話"]] +
                              [[f"10/{2 + i * 3}", p["name"], wa(p, "kanji"), "東浜市" + p["addr"], p["tel"]]
                               for i, p in enumerate(_p)]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="stop: unreadable — パスワード付きZIP（中身は申込者名簿だが検査できない）",
)

# 014 — the password mail that follows
add(
    id="kaigoyobo-014",
    sender=KUME,
    to=[CITY_HANYU],
    subject="【パスワード】新規申込者一覧（10月受付分）",
    charset="iso-2022-jp",
    body=f"""羽生様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　パスワード：Hn8#k2Qw

ご確認のほどよろしくお願いいたします。
{SIG_KUME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: PPAP の2通目。パスワードのみで添付も個人データもない",
)

# 015 — meal restrictions of tasting participants to 北国フーズ (allergies, diseases)
_p = people("015", 7)
_restr = [("えび・かに", "なし", "常食"), ("なし", "糖尿病（糖質を控えめに）", "常食"),
          ("そば", "なし", "常食"), ("なし", "慢性腎臓病（減塩・たんぱく制限）", "常食"),
          ("卵", "なし", "きざみ食"), ("なし", "嚥下機能低下（脳梗塞後）", "ソフト食"),
          ("なし", "高血圧（減塩）", "常食")]
add(
    id="kaigoyobo-015",
    sender=KIDO,
    to=[KITAGUNI],
    subject="栄養改善教室（11/12）試食メニュー 対象者の食事制限一覧",
    charset="utf-8",
    body=f"""北国フーズ株式会社
営業部 宮坂様

いつもお世話になっております。日の出産業の城戸です。
11/12（木）の栄養改善教室（港南会場）の試食について、対象者の食事制限を一覧にしました。
アレルギー対応と、減塩・糖質調整が必要な方の分を個別にご用意いただけますでしょうか。

参加予定は全体で14名、うち制限のある方は添付の7名です。
{SIG_KIDO}""",
    attachments=[{
        "kind": "csv", "name": "試食対象者_食事制限_1112.csv", "encoding": "utf-8",
        "rows": [["番号", "氏名", "年齢", "会場", "食物アレルギー", "疾患による制限", "食形態"]] +
                [[i + 1, p["name"], p["age"], "港南", *_restr[i]] for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stop: list+sensitive — 7名の氏名と糖尿病・腎臓病等の疾患情報を食品会社へ CSV で",
)

# 016 — internal only: full transport master with notes
_p = people("016", 10)
_tsv = "\n".join("\t".join([p["name"], p["kana"], "東浜市" + p["addr"], p["tel"], p["mob"],
                            ["", "杖", "", "車いす", "", "", "難聴・大きめの声で", "", "", "歩行器"][i]])
                 for i, p in enumerate(_p))
add(
    id="kaigoyobo-016",
    sender=SAHARA,
    to=[HASEBE, ONODERA],
    subject="送迎対象者マスタ更新（全会場・10/1時点）",
    charset="utf-8",
    body=f"""長谷部さん、小野寺さん

送迎対象者マスタを10/1時点で更新しました。
Excelに貼れるようタブ区切りにしています。青葉運輸へ出すときは会場ごとに分けます。

氏名\tフリガナ\t住所\t自宅電話\t携帯\t留意点
{_tsv}

佐原""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="pass: 10名の送迎名簿だが宛先はすべて社内（hinode-sangyo.co.jp）",
)

# 017 — HTML-only table of absentees with reasons (health) to the 南部包括
_p = people("017", 5)
_why = ["入院中（肺炎）とご家族より", "ご家族より：物忘れが進み外出を嫌がるようになった", "不明",
        "膝の痛み（変形性膝関節症で通院中）", "不明・電話がつながらず"]
_rows = "\n".join(
    f"<tr><td>{p['name']}</td><td>東浜市{p['addr']}</td><td>{p['tel']}</td><td>{3 + i % 2}回</td><td>{_why[i]}</td></tr>"
    for i, p in enumerate(_p))
add(
    id="kaigoyobo-017",
    sender=ONODERA,
    to=[HOK_SOUTH],
    subject="連続欠席者のフォローのお願い（港南会場）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'メイリオ',sans-serif;font-size:10.5pt">
<p>南部地域包括支援センター<br>松尾様</p>
<p>いつもお世話になっております。日の出産業の小野寺です。</p>
<p>港南会場で3回以上続けて欠席されている方が5名いらっしゃいます。<br>
把握している範囲の理由を添えますので、訪問等でのフォローをご検討いただけますでしょうか。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>住所</th><th>電話</th><th>連続欠席</th><th>把握している理由</th></tr>
{_rows}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 ヘルスケア事業部<br>介護予防推進課　保健師　小野寺 由香<br>TEL 0479-55-2183</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stop: list+sensitive — HTMLメールの表で5名の住所・電話と入院・通院等の理由",
)

# 018 — two external organisations, minutes without personal data
add(
    id="kaigoyobo-018",
    sender=IWABUCHI,
    to=[CITY_MAKABE],
    cc=[HOK_NORTH],
    subject="第2回 介護予防事業 連絡調整会議 議事録（案）",
    charset="iso-2022-jp",
    body=f"""真壁係長
（cc：北部地域包括支援センター 坂巻様）

お世話になっております。日の出産業の岩渕です。
10/6に開催した連絡調整会議の議事録（案）をお送りします。
修正点がございましたら、10/16（金）までにご返信いただけますと幸いです。
{SIG_IWABUCHI}""",
    attachments=[{
        "kind": "docx", "name": "第2回連絡調整会議_議事録案.docx",
        "paragraphs": ["第2回 東浜市介護予防事業 連絡調整会議 議事録（案）",
                       "日時：令和8年10月6日（火）14:00〜15:30　場所：東浜市役所 本庁舎3階 302会議室",
                       "出席：東浜市 高齢者支援課（真壁係長、羽生主事）、北部地域包括支援センター（坂巻氏）、日の出産業（岩渕、長谷部）",
                       "1. 上期実績報告　延べ参加者数 3,402人（前年同期比 108％）。",
                       "2. 後期の会場追加　若葉町ふれあい館を追加し6会場とする。",
                       "3. 送迎　北野台ルートの所要時間短縮について青葉運輸と調整する。",
                       "4. 次回　12月上旬（日程は別途調整）"],
    }],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="pass: 市と包括の2組織宛（通常の三者連絡）。議事録に個人データなし",
)

# 019 — corporate card number to the hotel
add(
    id="kaigoyobo-019",
    sender=KUME,
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（11/20泊・1名）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業株式会社の久米と申します。
11/21の研修会でご講演いただく先生の宿泊を、下記のとおりお願いいたします。

　宿泊日　：11月20日（金）1泊
　宿泊者　：鵜飼 先生（男性1名）
　部屋　　：シングル禁煙
　お支払い：弊社法人カードにて事前決済
　　カード番号：{cc(101, '-')}
　　有効期限　：09/29
　　名義　　　：HINODE SANGYO CO LTD

領収書は弊社あてでお願いいたします。
{SIG_KUME}""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="stop: identifier — クレジットカード番号を本文でホテルへ",
)

# 020 — one free-lance instructor, schedule
add(
    id="kaigoyobo-020",
    sender=HASEBE,
    to=["茅野 麻美 <chino.asami@yahoo.co.jp>"],
    subject="口腔機能向上プログラム 12月の担当日のご確認",
    charset="iso-2022-jp",
    body=f"""茅野先生

いつもありがとうございます。日の出産業の長谷部です。
12月の「お口の健康」回のご担当日をご確認ください。

　12/2（水）汐見会場　10:00〜11:30
　12/9（水）桜台会場　10:00〜11:30
　12/16（水）港南会場　13:30〜15:00

ご都合の悪い日があれば、11/20までにお知らせいただけますと助かります。
{SIG_HASEBE}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="pass: フリーメールの講師1名への日程確認",
)

# 021 — one participant's fitness measurement to the care manager (either)
add(
    id="kaigoyobo-021",
    sender=TAMAKI,
    to=["河村 みゆき <kawamura@hidamari-care.jp>"],
    subject="東海林様の体力測定結果（3か月評価）",
    charset="utf-8",
    body=f"""居宅介護支援事業所ひだまり
河村様

お世話になっております。日の出産業 理学療法士の玉置です。
ご依頼のあった東海林 久男様の3か月評価の結果をお知らせします。

　　　　　　　　初回（7月）　3か月（10月）
　握力（右）　　20.6kg　　　22.4kg
　握力（左）　　19.2kg　　　20.1kg
　5m通常歩行　　7.4秒　　　 6.8秒
　TUG　　　　　14.1秒　　　13.2秒
　開眼片足立ち　 3秒　　　　 4秒

歩行速度は改善していますが、片足立ちは短いままで、ふらつきもみられます。
ご自宅内の段差についてもケアプランでご検討いただけると安心です。
{SIG_TAMAKI}""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="either: 1名の体力測定値（病名なし）をケアマネへ。健康診断結果に当たるかは判断が分かれる",
)

# 022 — look-alike of ツバサシステム
add(
    id="kaigoyobo-022",
    sender=HASEBE,
    to=["柘植 亮 <tsuge@tsubasa-sytem.jp>"],
    subject="測定データ管理システム 帳票レイアウト変更のご相談",
    charset="cp932",
    body=f"""ツバサシステム株式会社
柘植様

いつもお世話になっております。日の出産業の長谷部です。

市への報告様式が来年度から変わる予定のため、
「個人別評価シート」と「会場別集計表」の帳票レイアウト変更をご相談させてください。
変更点は以下の3点です。
　1. 評価項目に「椅子立ち上がり（5回）」を追加
　2. 会場別集計表に前年同期比の列を追加
　3. 出力形式にCSV（UTF-8）を追加

概算のお見積りと、対応可能な時期を教えていただけますでしょうか。
{SIG_HASEBE}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — tsubasa-sytem.jp は取引先 tsubasa-system.jp の綴り違い",
)

# 023 — certificate mailing list (docx) to the printer
_p = people("023", 9)
add(
    id="kaigoyobo-023",
    sender=KUME,
    to=[NISHIKI],
    subject="修了証の印刷・発送代行について（発送先リスト添付）",
    charset="utf-8",
    body=f"""有馬様

お世話になっております。日の出産業の久米です。
前期修了者への修了証の印刷と発送代行をお願いしたく、発送先リストをお送りします。
宛名は「様」付き、差出人は東浜市・日の出産業の連名でお願いいたします。
{SIG_KUME}""",
    attachments=[{
        "kind": "docx", "name": "修了証_発送先リスト_前期.docx",
        "paragraphs": ["修了証 発送先リスト（令和8年度 前期修了者）", "作成：日の出産業 介護予防推進課"],
        "tables": [[["No", "郵便番号", "住所", "氏名", "会場"]] +
                   [[str(i + 1), "〒" + p["zip"], "千葉県東浜市" + p["addr"], p["name"] + " 様",
                     ["汐見", "桜台", "港南"][i % 3]] for i, p in enumerate(_p)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="stop: list — 修了者9名の氏名・住所（docx の表）を印刷会社へ",
)

# 024 — support question with standard disclaimer and an error log
add(
    id="kaigoyobo-024",
    sender=HASEBE,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="CSV取込時のエラーについて（問合せ番号 TS-20261015-0032）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
サポートセンター ご担当者様

お世話になっております。日の出産業の長谷部です。
測定データ管理システム（Ver.4.2.1）で、測定結果CSVの取込時に以下のエラーが出ます。

　E1043：列数がレイアウト定義と一致しません（行 1）

ヘッダー行だけのテスト用ファイルでも同じエラーになりました。
操作ログを添付しますので、ご確認をお願いいたします。
{SIG_HASEBE}
{DISCLAIMER_JA}""",
    attachments=[{
        "kind": "txt", "name": "import_log_20261015.txt",
        "text": """2026-10-15 09:12:03 INFO  import start file=measure_202610.csv encoding=UTF-8
2026-10-15 09:12:03 INFO  layout=STD_MEASURE_V3 columns=18
2026-10-15 09:12:03 ERROR E1043 column count mismatch at line 1 (expected 18, got 19)
2026-10-15 09:12:03 INFO  import aborted rows=0
2026-10-15 09:14:40 INFO  import start file=header_only.csv encoding=UTF-8
2026-10-15 09:14:40 ERROR E1043 column count mismatch at line 1 (expected 18, got 19)
""",
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: システム問合せ。定型の免責文（機密情報…）は機密表示ではない",
)

# 025 — forward of a family member's mail about a dementia diagnosis
add(
    id="kaigoyobo-025",
    sender=ONODERA,
    to=[HOK_NORTH],
    subject="FW: 母の教室参加について",
    charset="iso-2022-jp",
    body=f"""坂巻様

お世話になっております。小野寺です。
参加者のご家族から下記のご相談がありました。
介護保険の申請も含めたご相談のようですので、包括としてご対応いただけますでしょうか。
ご家族には、包括から連絡が入る旨をお伝えしてあります。

---------- Forwarded message ---------
From: 百目鬼 美樹 <miki.dodomeki@gmail.com>
Date: 2026年10月12日(月) 21:03
Subject: 母の教室参加について
To: <onodera.y@hinode-sangyo.co.jp>

日の出産業 小野寺様

いつも母がお世話になっております。北野台会場に通っている百目鬼 キヨの娘です。
先月、母がみさき脳神経内科でアルツハイマー型認知症と診断されました。
本人は教室を楽しみにしているのですが、最近は日にちを間違えることが増えています。
このまま通わせてよいものか、どなたに相談すればよいでしょうか。

母の自宅：東浜市北野台2-5-14（電話 0479-63-2291）
私の携帯：090-4418-2675

百目鬼 美樹
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="stop: sensitive — 転送（新しい本文）で参加者1名の認知症診断と住所・電話",
)

# 026 — one additional passenger to 青葉運輸 (one person: may warn)
add(
    id="kaigoyobo-026",
    sender=SAHARA,
    to=[AOBA],
    subject="送迎追加1名（10/14〜 汐見会場）",
    charset="cp932",
    body=f"""三國様

お世話になっております。佐原です。
10/14（水）から、汐見会場の1便に1名追加をお願いします。

　氏名　　：猪股 昭二 様
　乗車場所：東浜市汐見町4-2-9（ご自宅前）
　連絡先　：0479-52-7716
　乗車時刻：8:40ごろ（1便の最初でお願いします）

よろしくお願いします。
{SIG_SAHARA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="pass: 送迎追加1名分の氏名・住所・電話（1名は警告まで）",
)

# 027 — three 包括 centres visible in To
add(
    id="kaigoyobo-027",
    sender=IWABUCHI,
    to=[HOK_NORTH, HOK_SOUTH, HOK_CENTER],
    subject="地域ケア会議（介護予防部会）日程調整のお願い",
    charset="iso-2022-jp",
    body=f"""北部・南部・中央 各地域包括支援センター
ご担当者様

いつもお世話になっております。日の出産業の岩渕でございます。
11月の地域ケア会議（介護予防部会）の日程を調整させてください。
以下の候補日のうち、ご都合のよい日を10/20（火）までにご返信ください。

　①11/10（火）14:00〜
　②11/12（木）10:00〜
　③11/17（火）14:00〜

会場は市役所本庁舎302会議室を仮押さえしております。
{SIG_IWABUCHI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="stop: visible parties — 3つの別法人（包括3センター）を To に並べて送信",
)

# 028 — 取扱注意 cost breakdown (xlsx) to the city
add(
    id="kaigoyobo-028",
    sender=IWABUCHI,
    to=[CITY_MAKABE],
    subject="次年度委託料算定の参考資料",
    charset="utf-8",
    body=f"""真壁係長

お世話になっております。岩渕です。
先日お話のあった次年度委託料の算定に向けて、今年度の収支見込みをまとめました。
人件費の単価は弊社の社内資料からの抜粋ですので、取扱いにはご配慮ください。
{SIG_IWABUCHI}""",
    attachments=[{
        "kind": "xlsx", "name": "R8_収支見込_介護予防教室.xlsx", "page_header": "取扱注意",
        "sheets": {
            "収支内訳": [["【取扱注意】令和8年度 介護予防教室運営 収支内訳（見込）"], [],
                     ["科目", "予算額", "見込額", "差異", "備考"],
                     ["委託料収入", 18480000, 18480000, 0, ""],
                     ["人件費（専門職）", 9120000, 9540000, -420000, "PT・保健師の時間単価改定"],
                     ["講師謝金", 2640000, 2710000, -70000, ""],
                     ["送迎委託費", 3960000, 4180000, -220000, "燃料費調整"],
                     ["会場使用料", 720000, 690000, 30000, ""],
                     ["消耗品・印刷費", 540000, 610000, -70000, ""],
                     ["一般管理費", 1500000, 1500000, 0, ""],
                     ["差引", 0, -750000, -750000, ""]],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="stop: marking — 「取扱注意」表示の収支資料 xlsx を社外（市）へ",
)

# 029 — three lecturers with mobile numbers to the hotel (warn only)
add(
    id="kaigoyobo-029",
    sender=KUME,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="11/21 介護予防サポーター研修会 控室ご利用者について",
    charset="utf-8",
    body=f"""さくらホテル 宴会予約ご担当
野々村様

お世話になっております。日の出産業の久米です。
11/21（土）の研修会で控室（楓の間）を利用する講師は次の3名です。
当日、到着が遅れる場合などの緊急連絡先として携帯番号をお知らせいたします。

・鵜飼 誠一 先生（房総保健医療大学）　090-7731-4520
・能登 さやか 先生（健康運動指導士）　080-2296-1184
・茅野 麻美 先生（歯科衛生士）　　　　070-5508-3317

控室へのお茶の用意を10:30にお願いいたします。
{SIG_KUME}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="pass: 講師3名の氏名と携帯番号（5名未満、警告まで）",
)

# 030 — applicants pasted tab-separated after the zip was refused
_p = people("030", 6)
_tsv = "\n".join("\t".join([f"R8-10-{31 + i:03d}", p["name"], wa(p, "short"), "東浜市" + p["addr"], p["tel"],
                            ["汐見", "桜台", "港南", "緑ケ丘", "若葉町", "北野台"][i]])
                 for i, p in enumerate(_p))
add(
    id="kaigoyobo-030",
    sender=KUME,
    to=[CITY_HANYU],
    subject="Re: 10月受付分の申込者について（再送）",
    charset="cp932",
    body=f"""羽生様

お世話になっております。久米です。
zipファイルが庁内システムで受け取れなかったとのこと、失礼いたしました。
本文に貼り付けて再送いたします。

受付番号\t氏名\t生年月日\t住所\t電話\t希望会場
{_tsv}

以上6名です。よろしくお願いいたします。
{SIG_KUME}

-----Original Message-----
From: 羽生 航 <hanyu-w@city.higashihama.lg.jp>
Sent: Wednesday, October 21, 2026 4:52 PM
To: 久米 紗希 <kume.s@hinode-sangyo.co.jp>
Subject: 10月受付分の申込者について

久米様
申し訳ありません、庁内のセキュリティ設定でzipファイルが削除されてしまいました。
お手数ですが別の方法でお送りいただけますでしょうか。""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="stop: list — 申込者6名（生年月日・住所・電話）をタブ区切りで本文に貼付",
)

# 031 — password-protected PDF of measurement results
_p = people("031", 8)
add(
    id="kaigoyobo-031",
    sender=TAMAKI,
    to=[HOK_SOUTH],
    subject="港南会場 3か月評価結果（PDF）",
    charset="iso-2022-jp",
    body=f"""松尾様

お世話になっております。玉置です。
港南会場の3か月評価の結果をPDFでお送りします。
PDFを開くパスワードは、先日お電話でお伝えしたものと同じです。
{SIG_TAMAKI}""",
    attachments=[{
        "kind": "pdf", "name": "港南会場_3か月評価.pdf", "password": "konan1014",
        "lines": ["港南会場 3か月評価結果（令和8年10月）"],
        "table": [["氏名", "年齢", "握力", "5m歩行", "TUG"]] +
                 [[p["name"], p["age"], f"{18 + i * 1.3:.1f}", f"{5.1 + i * 0.3:.1f}", f"{8.2 + i * 0.6:.1f}"]
                  for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="stop: unreadable — パスワード保護された PDF（内容を検査できない）",
)

# 032 — invoice with the company's T-number and bank account
add(
    id="kaigoyobo-032",
    sender=HORI,
    to=["東浜市 高齢者支援課 <koureisha-shien@city.higashihama.lg.jp>"],
    cc=[CITY_HANYU],
    subject="9月分 介護予防教室運営業務委託料 請求書の送付",
    charset="iso-2022-jp",
    body=f"""東浜市 健康福祉部 高齢者支援課 御中

いつもお世話になっております。日の出産業株式会社 経理部の堀之内でございます。
9月分の委託料につきまして、請求書をお送りいたします。

　請求書番号：HS-2026-0917
　請求金額　：1,540,000円（税込）
　お支払期日：令和8年11月30日

原本は本日郵送いたしました。
{SIG_HORI}""",
    attachments=[{
        "kind": "pdf", "name": "請求書_HS-2026-0917.pdf", "title": "請求書",
        "lines": ["請 求 書", "", "東浜市長 様", "",
                  "日の出産業株式会社　代表取締役 日野 晴臣",
                  "〒289-2200 千葉県東浜市汐見町1-8-3　TEL 0479-55-2100",
                  "登録番号：T9040001058372", "",
                  "件名：令和8年度 東浜市介護予防教室運営業務委託（9月分）",
                  "請求金額：1,540,000円（うち消費税額 140,000円）", "",
                  "振込先：みどり銀行 東浜支店 普通預金 4410927 ニチノデサンギョウ（カ"],
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="pass: 請求書。会社の登録番号（T番号）と会社口座のみで個人データなし",
)

# 033 — six instructors' My Numbers in an xlsx to the tax accountant
_p = people("033", 6, young=True)
add(
    id="kaigoyobo-033",
    sender=HORI,
    to=[TAX],
    subject="報酬・料金の支払調書用 講師情報（6名）",
    charset="cp932",
    body=f"""杉浦先生

お世話になっております。日の出産業 経理部の堀之内です。
支払調書の作成に必要な講師6名分の情報をお送りします。
支払金額・源泉徴収税額は12月支払分まで含めた見込額です。
{SIG_HORI}""",
    attachments=[{
        "kind": "xlsx", "name": "支払調書用_講師一覧_R8.xlsx",
        "sheets": {"講師一覧": [["令和8年分 報酬・料金等の支払調書 作成用データ（介護予防教室 講師）"],
                             ["No", "氏名", "フリガナ", "住所", "個人番号", "支払総額", "源泉徴収税額"]] +
                            [[i + 1, p["name"], p["kana"], "千葉県東浜市" + p["addr"], mn(2 + i),
                              180000 + 24000 * i, int((180000 + 24000 * i) * 0.1021)]
                             for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="stop: identifier+list — 講師6名のマイナンバー・住所を xlsx で税理士へ",
)

# 034 — reply on a price quote (product codes, prices)
add(
    id="kaigoyobo-034",
    sender=KIDO,
    to=[KITAGUNI],
    subject="Re: 試食用 介護食サンプル お見積りの件",
    charset="utf-8",
    body=f"""宮坂様

お世話になっております。城戸です。
お見積りありがとうございました。以下の内容で発注させてください。

　KF-3021 やわらか煮物セット　　40食
　KF-3055 たんぱく質強化プリン　40個

納品は11/11（水）午後、港南公民館の調理室あてでお願いします。
{SIG_KIDO}

> 商品コード　品名　　　　　　　　　単価（税別）
> KF-3021　　やわらか煮物セット　　420円／食
> KF-3055　　たんぱく質強化プリン　180円／個
> KF-3102　　とろみ調整食品 2g×50　980円／箱
> 見積有効期限：令和8年11月30日""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 見積への返信。商品コードと単価のみ",
)

# 035 — look-alike of the company's own domain (.com)
add(
    id="kaigoyobo-035",
    sender=ONODERA,
    to=["長谷部 拓真 <hasebe.t@hinode-sangyo.com>"],
    subject="明日の測定会の持ち物",
    charset="iso-2022-jp",
    body=f"""長谷部さん

お疲れさまです。小野寺です。
明日の桜台会場の測定会、持ち物の確認です。

・握力計 2台（1台は電池交換済み）
・ストップウォッチ 3個
・メジャー、ビニールテープ
・血圧計、体温計
・記録用紙（予備30枚）

車は8:15に会社を出ます。よろしくお願いします。""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — 自社ドメインの TLD 違い hinode-sangyo.com への送信",
)

# 036 — tracking number of a returned device (12 digits, not a My Number)
add(
    id="kaigoyobo-036",
    sender=TAMAKI,
    to=[KAWASAKI],
    subject="体組成計 修理品の返送について",
    charset="cp932",
    body=f"""川崎電機株式会社
ヘルスケア機器営業部 古閑様

お世話になっております。日の出産業の玉置です。
修理をお願いしていた体組成計を、本日ヤマト運輸で返送いたしました。

　機種　　　：KD-BC700（シリアル 7A0193）
　送り状番号：4821-3390-5562
　到着予定　：10月16日（金）午前

症状は「起動直後に E-05 が表示される」です。よろしくお願いいたします。
{SIG_TAMAKI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 修理品の送り状番号とシリアル番号のみ",
)

# 037 — PT consultation with the clinic about one participant
add(
    id="kaigoyobo-037",
    sender=TAMAKI,
    to=["吉村 康平 <yoshimura@misaki-seikei.jp>"],
    subject="教室参加者の運動負荷についてのご相談",
    charset="utf-8",
    body=f"""みさき整形外科クリニック
リハビリテーション科 吉村先生

いつもお世話になっております。日の出産業の理学療法士、玉置です。
貴院に通院中の方の運動負荷について、ご意見をいただきたくご連絡しました。

対象者：栗林 節子 様（78歳・女性、緑ケ丘会場）
経過　：令和8年3月に右人工膝関節置換術、術後6か月。高血圧で内服中。
現状　：椅子からの立ち上がりでは右膝の痛みの訴えなし。スクワットは浅めで実施中。

教室では来月から段差昇降（15cm）を取り入れる予定ですが、
栗林様が参加されても問題ないか、注意点があれば教えていただけますでしょうか。
ご本人からは、先生に相談することの了承をいただいております。
{SIG_TAMAKI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stop: sensitive — 参加者1名の手術歴・服薬を氏名付きでクリニックへ",
)

# 038 — NDA draft review with the law firm (mention of 機密情報, not a marking)
add(
    id="kaigoyobo-038",
    sender=IWABUCHI,
    to=["白川 修 <shirakawa@shirakawa-law.jp>"],
    subject="再委託先との秘密保持契約書（案）のご確認依頼",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の岩渕です。
送迎業務の再委託先（青葉運輸）と締結する秘密保持契約書の案を作成しました。
市との委託契約の個人情報取扱特記事項と矛盾がないか、ご確認をお願いできますでしょうか。

特に、第2条（機密情報の定義）に参加者の住所・電話番号が含まれることを明記した点と、
第7条（返還・廃棄）の期限についてご意見をいただければ幸いです。
{SIG_IWABUCHI}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_青葉運輸_案v2.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）と青葉運輸株式会社（以下「乙」という。）は、次のとおり契約を締結する。",
                       "第1条（目的）本契約は、甲が東浜市から受託する介護予防教室の送迎業務を乙に再委託するにあたり、機密情報の取扱いを定める。",
                       "第2条（機密情報の定義）本契約において機密情報とは、送迎対象者の氏名、住所、電話番号その他甲が乙に開示する一切の情報をいう。",
                       "第5条（目的外利用の禁止）乙は、機密情報を送迎業務以外の目的に利用してはならない。",
                       "第7条（返還・廃棄）乙は、業務終了後30日以内に機密情報を返還又は廃棄し、その旨を書面で甲に報告する。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 秘密保持契約書についての相談。条文中の「機密情報」は表示ではない",
)

# 039 — zip (not encrypted) with report PDF and per-person attendance CSV
_p = people("039", 10)
add(
    id="kaigoyobo-039",
    sender=KUME,
    to=[CITY_HANYU],
    subject="9月分 実績報告一式の送付",
    charset="utf-8",
    body=f"""羽生様

お世話になっております。久米です。
9月分の実績報告一式をzipにまとめてお送りします（パスワードはかけておりません）。
　01_実施報告書.pdf
　02_参加者別出席状況_汐見.csv
{SIG_KUME}""",
    attachments=[{
        "kind": "zip", "name": "R8_09_実績報告.zip",
        "files": [
            {"kind": "pdf", "name": "01_実施報告書.pdf",
             "lines": ["令和8年9月分 介護予防教室 実施報告書", "",
                       "実施回数 24回／延べ参加者数 612人／新規参加 11人／中断 3人",
                       "特記事項：9/16 汐見会場は空調故障のため和室に変更して実施"]},
            {"kind": "csv", "name": "02_参加者別出席状況_汐見.csv", "encoding": "cp932",
             "rows": [["氏名", "生年月日", "地区", "9/2", "9/9", "9/16", "9/23", "9/30", "出席回数"]] +
                     [[p["name"], wa(p, "sslash"), p["town"], *["○" if (i + j) % 4 else "×" for j in range(5)],
                       sum(1 for j in range(5) if (i + j) % 4)] for i, p in enumerate(_p)]},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="stop: list — zip 内 CSV に参加者10名の氏名・生年月日・出席状況",
)

# 040 — four families, visible to each other in To/Cc
add(
    id="kaigoyobo-040",
    sender=HASEBE,
    to=["鮫島 和樹 <sameshima.k@docomo.ne.jp>"],
    cc=["椎名 恵 <megumi.shiina@gmail.com>", "香取 洋平 <y-katori@ezweb.ne.jp>",
        "米倉 智子 <tomoko.yonekura@icloud.com>"],
    subject="【汐見会場】10/21 送迎時刻変更のお知らせ",
    charset="utf-8",
    body=f"""送迎をご利用の皆様のご家族様

いつも教室へのご協力をありがとうございます。日の出産業の長谷部です。
10/21（水）は道路工事のため、汐見会場の送迎時刻を次のとおり変更します。

　お迎え：通常より15分早く
　お送り：通常どおり

ご不明な点は、事務局（0479-55-2180）までお問い合わせください。
{SIG_HASEBE}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="stop: visible parties — 参加者の家族4名（個人のフリーメール）を To/Cc で相互に見える形で送信",
)

# 041 — English mail to a foreign partner
add(
    id="kaigoyobo-041",
    sender=IWABUCHI,
    to=["Mette Kjaergaard <mette.k@frailfit.dk>"],
    subject="Study visit to Higashihama - programme for 12 March",
    charset="utf-8",
    body=f"""Dear Ms Kjaergaard,

Thank you for your kind reply and for agreeing to visit our frailty-prevention
classes in Higashihama City next spring.

Please find attached the draft programme for 12 March. In short:
  10:00  Observation of a class at Shiomi Community Centre (about 25 participants)
  12:00  Lunch with the city's Elderly Support Division
  14:00  Workshop: outcome measures (grip strength, gait speed, TUG)
  16:00  Closing discussion

Photographs of participants will not be possible, but we will prepare anonymised
outcome data for the workshop. Please let me know if you would like to change anything.

Best regards,

Satoko Iwabuchi
Manager, Frailty Prevention Section, Healthcare Division
Hinode Sangyo Co., Ltd.
1-8-3 Shiomi-cho, Higashihama, Chiba 289-2200, Japan
Tel +81-479-55-2180
{DISCLAIMER_EN}""",
    attachments=[{
        "kind": "pdf", "name": "StudyVisit_Programme_draft.pdf",
        "lines": ["Study visit programme (draft) - 12 March",
                  "10:00 Class observation, Shiomi Community Centre",
                  "12:00 Lunch meeting, Higashihama City Hall",
                  "14:00 Workshop: outcome measures",
                  "16:00 Closing discussion"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 海外の提携先1組織への英文メール。個人データなし、免責文のみ",
)

# 042 — volunteer driver's licence number to 青葉運輸
add(
    id="kaigoyobo-042",
    sender=SAHARA,
    to=[AOBA],
    subject="臨時運転者登録（ボランティア運転手）の件",
    charset="iso-2022-jp",
    body=f"""三國様

お世話になっております。佐原です。
11月の増便分で、社協のボランティア運転手の方に乗っていただくことになりました。
貴社の臨時運転者登録に必要な情報をお送りします。

　氏名　　　　：舟橋 勝（フナハシ マサル）
　生年月日　　：昭和29年7月3日
　運転免許証番号：第457301284610号
　免許の種類　：中型（8t限定）・普通
　有効期限　　：令和10年8月3日まで

免許証のコピーは、当日ご本人が持参されます。
{SIG_SAHARA}""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="stop: identifier — ボランティア運転手の運転免許証番号を本文で送付",
)

# 043 — reply; the city's sensitive text is only in the quote
add(
    id="kaigoyobo-043",
    sender=ONODERA,
    to=[CITY_MAKABE],
    subject="Re: 要フォロー者の情報提供について",
    charset="utf-8",
    body=f"""真壁様

お世話になっております。小野寺です。
情報提供ありがとうございます。承知いたしました。
次回の教室では、ご本人の様子をスタッフ全員で気にかけるようにいたします。
何か変化があれば、当日中にお電話でご報告します。
{SIG_ONODERA}

2026年10月8日(木) 14:12 真壁 祐子 <makabe-y@city.higashihama.lg.jp>:
> 小野寺様
>
> 若葉町会場の石渡 弘子さん（昭和16年生）について、
> 先週、長男の方から「うつ病で心療内科に通院を始めた」とのご相談が市にありました。
> 教室は続けたいとのご意向ですので、見守りをお願いできますでしょうか。
>
> 東浜市 高齢者支援課 真壁""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 病歴は相手（市）の元メールの引用部分にのみあり、新しい本文にはない",
)

# 044 — Confidential proposal PDF to the university
add(
    id="kaigoyobo-044",
    sender=IWABUCHI,
    to=[UNIV],
    subject="共同研究の提案書（ドラフト）送付",
    charset="cp932",
    body=f"""房総保健医療大学
リハビリテーション学科 蓮見先生

お世話になっております。日の出産業の岩渕です。
先日お話しした共同研究の提案書（ドラフト）をお送りいたします。
学内のご検討用にお使いいただき、外部への展開はお控えいただけますと幸いです。
{SIG_IWABUCHI}""",
    attachments=[{
        "kind": "pdf", "name": "共同研究提案書_draft_v0.3.pdf", "title": "共同研究提案書",
        "page_header": "Confidential", "page_footer": "CONFIDENTIAL - 日の出産業株式会社 - 複製・転送禁止",
        "lines": ["共同研究提案書（ドラフト v0.3）",
                  "研究課題：通いの場型介護予防教室における運動プログラムの効果検証",
                  "1. 背景　東浜市委託事業（令和6〜8年度）の測定データの蓄積",
                  "2. 方法　非ランダム化比較試験、主要評価項目は5m歩行速度",
                  "3. 体制　大学：データ解析／日の出産業：教室運営・測定",
                  "4. 費用負担　当社負担 年間 3,200千円（予定）",
                  "5. 知的財産　成果物の権利帰属は別途協議"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="stop: marking — ヘッダー・フッターに Confidential 表示の提案書 PDF を社外へ",
)

# 045 — six applicants as one block each, half-width kana
_p = people("045", 6)
_blocks = "\n\n".join(
    f"【{i + 1}】\n氏名：{p['name']}（{hankaku(p['kana'])}）\n"
    f"生年月日：{wa(p, 'short')}\n住所：〒{p['zip']} 東浜市{p['addr']}\nTEL：{p['tel']}"
    for i, p in enumerate(_p))
add(
    id="kaigoyobo-045",
    sender=KUME,
    to=[CITY_HANYU],
    subject="電話受付分の申込者（10/19〜10/23）",
    charset="cp932",
    body=f"""羽生様

お世話になっております。久米です。
今週、弊社の電話窓口で受け付けた申込者をお知らせします。
市の申込台帳への登録をお願いいたします。

{_blocks}

以上、6名です。
{SIG_KUME}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="stop: list — 申込者6名を1人1ブロックで（氏名・半角ｶﾅ・和暦生年月日・住所・電話）",
)

# 046 — a family member (free mail), only the participant's name
add(
    id="kaigoyobo-046",
    sender=HASEBE,
    to=["寒川 由美子 <yumiko.samukawa@yahoo.co.jp>"],
    subject="Re: 父の次回参加日について",
    charset="iso-2022-jp",
    body=f"""寒川 由美子 様

お問い合わせありがとうございます。日の出産業の長谷部です。
お父様の次回のご参加は、11月4日（水）10時からとなります。
当日は動きやすい服装と、水分補給用の飲み物をお持ちください。

引き続きよろしくお願いいたします。
{SIG_HASEBE}

> 日の出産業 長谷部様
> 父（寒川 茂）が10月で一区切りと聞きましたが、
> 次はいつから参加できますでしょうか。
> 寒川""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="pass: 家族1名（フリーメール）への返信。新しい本文に個人の記録なし",
)

# 047 — corrupt xlsx to 青葉運輸
add(
    id="kaigoyobo-047",
    sender=SAHARA,
    to=[AOBA],
    subject="11月 配車表（確定版）",
    charset="cp932",
    body=f"""三國様

お世話になっております。佐原です。
11月の配車表（確定版）を添付します。
前回版からの変更は、北野台ルートの2便目の時刻のみです。
{SIG_SAHARA}""",
    attachments=[{"kind": "corrupt", "name": "11月_配車表_確定.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="stop: unreadable — 破損した xlsx（検査できない添付）",
)

# 048 — two external organisations, route plan with a map image
add(
    id="kaigoyobo-048",
    sender=SAHARA,
    to=[AOBA],
    cc=[CITY_HANYU],
    subject="送迎ルート見直し案（北野台・緑ケ丘）",
    charset="utf-8",
    body=f"""三國様
（cc：東浜市 高齢者支援課 羽生様）

お世話になっております。佐原です。
北野台・緑ケ丘ルートの見直し案をお送りします。
個別のお宅ではなく、以下の集合場所での乗降に切り替える案です。

　①北野台バス停（市営バス）前
　②北野台第二公園 東側入口
　③緑ケ丘郵便局 前
　④緑ケ丘会館（会場）

所要時間は現行 42分 → 約 28分 の見込みです。
市のご了承をいただければ、12月から試行したいと考えています。
{SIG_SAHARA}""",
    attachments=[{"kind": "png", "name": "ルート案_北野台緑ケ丘.png"}],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="pass: 2組織（運輸会社と市）宛の通常の連絡。乗降場所は公共の場所",
)

# 049 — basic pension number of a new part-time instructor to the 社労士
add(
    id="kaigoyobo-049",
    sender=SATOMI,
    to=["大庭社会保険労務士事務所 <oba@oba-sharoushi.jp>"],
    subject="新規雇用（パート講師）資格取得届の件",
    charset="iso-2022-jp",
    body=f"""大庭先生

いつもお世話になっております。日の出産業 総務部の里見です。
11/1付でパートタイマー（介護予防教室の講師）を1名雇用しますので、
社会保険の資格取得届の作成をお願いいたします。

　氏名　　　　：真鍋 祐介（マナベ ユウスケ）
　生年月日　　：1984年6月18日
　住所　　　　：千葉県東浜市本郷3-12-5
　基礎年金番号：4519-283746
　雇用保険　　：前職あり（被保険者証の写しは郵送します）
　所定労働時間：週24時間／月額見込 148,000円

よろしくお願いいたします。
{SIG_SATOMI}""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="stop: identifier — 新規雇用者の基礎年金番号を社労士へ",
)

# 050 — 基本チェックリスト results (xlsx) to the city
_p = people("050", 8)
_flags = [(1, 0, 0, 0, 1, 1), (1, 1, 0, 0, 0, 0), (0, 0, 1, 0, 0, 0), (1, 0, 0, 1, 1, 0),
          (0, 0, 0, 0, 0, 1), (1, 0, 1, 0, 0, 0), (1, 1, 0, 0, 1, 1), (0, 0, 0, 0, 1, 0)]
add(
    id="kaigoyobo-050",
    sender=ONODERA,
    to=[CITY_MAKABE],
    subject="基本チェックリスト 実施結果（10月期 初回・緑ケ丘会場）",
    charset="utf-8",
    body=f"""真壁様

お世話になっております。小野寺です。
10月期初回に実施した基本チェックリストの結果（緑ケ丘会場 8名）をお送りします。
うつ・認知機能の項目に該当した方が4名おり、うち2名は包括への情報提供が必要と考えています。
ご確認のうえ、対応方針についてご指示をお願いいたします。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "xlsx", "name": "基本チェックリスト結果_緑ケ丘_202610.xlsx",
        "sheets": {
            "結果一覧": [["基本チェックリスト 実施結果（令和8年10月 緑ケ丘会場）"],
                     ["No", "氏名", "生年月日", "運動器", "栄養", "口腔", "閉じこもり", "認知機能", "うつ", "総合判定", "所見"]] +
                    [[i + 1, p["name"], wa(p, "sslash"), *["該当" if f else "－" for f in _flags[i]],
                      "事業対象者" if sum(_flags[i]) >= 2 else "非該当",
                      ["物忘れの自覚あり", "", "", "不眠・気分の落ち込みを訴える", "", "", "要包括連絡", ""][i]]
                     for i, p in enumerate(_p)],
            "判定基準": [["項目", "該当の基準"], ["運動器", "No.6〜10 のうち3項目以上"],
                     ["認知機能", "No.18〜20 のうち1項目以上"], ["うつ", "No.21〜25 のうち2項目以上"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stop: list+sensitive — 8名の基本チェックリスト結果（うつ・認知の該当）を氏名付きで",
)

# 051 — one application to the city (warn only)
add(
    id="kaigoyobo-051",
    sender=KUME,
    to=[CITY_HANYU],
    subject="申込1件（弊社窓口受付分）",
    charset="iso-2022-jp",
    body=f"""羽生様

お世話になっております。久米です。
本日、弊社窓口で申込を1件受け付けましたのでお知らせします。

　氏名：勅使河原 文江（テシガワラ フミエ）
　生年月日：昭和20年11月2日
　住所：東浜市栄町1-4-8
　電話：0479-58-3302
　希望会場：若葉町ふれあい館

市の台帳への登録をお願いいたします。
{SIG_KUME}""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="pass: 申込者1名の記録（1名は警告まで）",
)

# 052 — look-alike of 北国フーズ
add(
    id="kaigoyobo-052",
    sender=KIDO,
    to=["宮坂 昇 <miyasaka@kitaguni-food.co.jp>"],
    subject="12月分 試食用食材の発注",
    charset="cp932",
    body=f"""北国フーズ株式会社
宮坂様

お世話になっております。日の出産業の城戸です。
12月分の試食用食材を以下のとおり発注いたします。

　KF-3021 やわらか煮物セット　　36食（12/9 港南）
　KF-3055 たんぱく質強化プリン　36個（12/9 港南）
　KF-3210 減塩みそ汁の素　　　　 2箱

納品先は前回と同じく港南公民館 調理室です。
{SIG_KIDO}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — kitaguni-food.co.jp は取引先 kitaguni-foods.co.jp の s 抜け",
)

# 053 — four passengers for an extra run (below the list threshold)
_p = people("053", 4)
add(
    id="kaigoyobo-053",
    sender=SAHARA,
    to=[AOBA],
    subject="10/28 臨時便（鷺沼ルート）乗車者",
    charset="utf-8",
    body=f"""三國様

佐原です。10/28（水）の臨時便の乗車者は以下の4名です。

""" + "\n".join(f"{p['name']},東浜市{p['addr']},{p['tel']}" for p in _p) + f"""

会場は港南公民館、到着は9:45目安でお願いします。
{SIG_SAHARA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="pass: 臨時便の乗車者4名（5名未満、警告まで）",
)

# 054 — five people as 「・」 bullets, full-width digits, 和暦
_p = people("054", 5)
_bul = "\n".join(f"・{p['name']}様（{wa(p, 'zen')}生）　東浜市{zen(p['addr'])}　ＴＥＬ {zen(p['tel'])}"
                 for p in _p)
add(
    id="kaigoyobo-054",
    sender=ONODERA,
    to=[HOK_CENTER],
    subject="教室修了後の通いの場へのつなぎ（5名）",
    charset="iso-2022-jp",
    body=f"""中央地域包括支援センター
ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
前期の教室を修了された方のうち、地域の通いの場への参加を希望された方が5名いらっしゃいます。
お近くのサロン等をご紹介いただけますでしょうか。

{_bul}

ご本人には、包括から連絡が入ることをお伝え済みです。
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="stop: list — 5名を「・」箇条書きで（全角数字・和暦の生年月日・住所・電話）",
)

# 055 — blank questionnaire template (field names only)
add(
    id="kaigoyobo-055",
    sender=ONODERA,
    to=[CITY_HANYU],
    subject="健康状態確認票（様式案）の修正版",
    charset="utf-8",
    body=f"""羽生様

お世話になっております。小野寺です。
先日ご指摘いただいた点を反映し、健康状態確認票の様式案を修正しました。
既往歴欄をチェック式にし、「かかりつけ医」欄を追加しています。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "docx", "name": "健康状態確認票_様式案_v3.docx",
        "paragraphs": ["東浜市介護予防教室　健康状態確認票（参加前）",
                       "記入日：令和　　年　　月　　日",
                       "氏名：＿＿＿＿＿＿＿＿＿＿　　生年月日：昭和・平成　　年　　月　　日",
                       "住所：東浜市＿＿＿＿＿＿＿＿＿＿＿＿　　電話：＿＿＿＿＿＿＿＿",
                       "既往歴：□高血圧　□糖尿病　□心臓病　□脳卒中　□骨粗しょう症　□その他（　　　　）",
                       "かかりつけ医：＿＿＿＿＿＿＿＿＿＿",
                       "※ご記入いただいた内容は、教室の安全な運営のためにのみ使用します。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 空欄の様式案。項目名（既往歴など）だけで誰のデータもない",
)

# 056 — mentions 部外秘 but sends nothing marked
add(
    id="kaigoyobo-056",
    sender=IWABUCHI,
    to=[KITAGUNI],
    subject="次年度の試食会単価についてのご相談",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
宮坂様

いつもお世話になっております。日の出産業の岩渕です。
次年度の入札に向けて、試食会1回あたりの単価をご相談させてください。

弊社の原価資料は部外秘扱いのためお送りできませんが、
現行の1食420円を、年間契約（約1,800食）を前提に見直していただける余地があるか、
概算で結構ですのでお聞かせいただけますでしょうか。

11月中にお打合せの時間をいただけますと幸いです。
{SIG_IWABUCHI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 「部外秘」は資料を送れない理由として触れただけで表示ではない",
)

# 057 — aggregated questionnaire rates (pdf) to the university
add(
    id="kaigoyobo-057",
    sender=ONODERA,
    to=[UNIV],
    subject="基本チェックリスト 該当率の集計（匿名化済み）",
    charset="cp932",
    body=f"""蓮見先生

お世話になっております。日の出産業の小野寺です。
ご依頼の基本チェックリストの該当率を、年代・性別で集計しました。
個人が特定される情報は含めておりません（10人未満のセルは「－」にしています）。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "pdf", "name": "該当率集計_R8前期.pdf",
        "lines": ["基本チェックリスト 項目別該当率（令和8年度 前期、n=312）"],
        "table": [["年代・性別", "人数", "運動器", "栄養", "口腔", "閉じこもり", "認知", "うつ"],
                  ["65-74 男", "38", "18.4%", "2.6%", "13.2%", "5.3%", "21.1%", "13.2%"],
                  ["65-74 女", "71", "22.5%", "4.2%", "15.5%", "4.2%", "19.7%", "16.9%"],
                  ["75-84 男", "46", "34.8%", "4.3%", "23.9%", "10.9%", "30.4%", "15.2%"],
                  ["75-84 女", "117", "41.0%", "6.0%", "24.8%", "9.4%", "29.1%", "20.5%"],
                  ["85- 男", "9", "－", "－", "－", "－", "－", "－"],
                  ["85- 女", "31", "58.1%", "9.7%", "35.5%", "19.4%", "41.9%", "22.6%"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 年代・性別の集計率のみ（匿名の統計）",
)

# 058 — three venue operators visible in To
add(
    id="kaigoyobo-058",
    sender=KUME,
    to=["東浜まちづくり公社 施設管理課 <shisetsu@hmk-kosha.or.jp>",
        "ソレイユ施設管理 桜台事務所 <sakuradai@soleil-fm.co.jp>",
        "NPO法人みなと会館 <info@minato-kaikan.or.jp>"],
    subject="令和9年度 会場使用予定のご提出",
    charset="utf-8",
    body=f"""各会場 指定管理者ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 介護予防推進課の久米でございます。

令和9年度の介護予防教室の会場使用予定表をお送りいたします。
各館とも、前年度と同じ曜日・時間帯での使用を予定しております。
12月の抽選会前に、仮予約の可否をお知らせいただけますと幸いです。
{SIG_KUME}""",
    attachments=[{
        "kind": "xlsx", "name": "R9_会場使用予定.xlsx",
        "sheets": {"使用予定": [["会場", "曜日", "時間", "部屋", "回数"],
                              ["汐見地区センター", "水", "9:30-12:00", "多目的室", 44],
                              ["桜台コミュニティ会館", "水", "9:30-12:00", "集会室A", 44],
                              ["港南公民館", "木", "13:00-15:30", "講座室2", 44]]},
    }],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="stop: visible parties — 会場の指定管理者3団体を To に並べて送信",
)

# 059 — residence card number to the staffing agency
add(
    id="kaigoyobo-059",
    sender=SATOMI,
    to=["ミライブリッジ人材 派遣営業部 <haken@miraibridge-hr.co.jp>"],
    subject="派遣スタッフ（介護補助）の在留資格確認について",
    charset="utf-8",
    body=f"""ミライブリッジ人材株式会社
派遣営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の里見です。
11月から教室の補助に来ていただくスタッフの方について、
弊社で受け入れ時に確認した在留カードの内容と、貴社からの通知書の記載が一部異なっておりました。

　氏名　　　　：NGUYEN THI LAN（グエン・ティ・ラン）
　在留カード番号：UH48203715FA
　在留資格　　：特定技能1号
　在留期間満了日：2028年04月15日

通知書では満了日が2027年となっておりますので、どちらが正しいかご確認いただけますでしょうか。
{SIG_SATOMI}""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="stop: identifier — 派遣スタッフの在留カード番号を本文で送付",
)

# 060 — newsletter draft with an anonymous voice (initials, age band)
add(
    id="kaigoyobo-060",
    sender=KUME,
    to=[NISHIKI],
    subject="「元気塾だより」第14号 原稿",
    charset="iso-2022-jp",
    body=f"""有馬様

お世話になっております。久米です。
「元気塾だより」第14号の原稿をお送りします。
写真は前号と同じく会場の風景のみ（人物なし）です。
初校は11/6（金）にいただけますと助かります。
{SIG_KUME}""",
    attachments=[{
        "kind": "docx", "name": "元気塾だより_14号_原稿.docx",
        "paragraphs": ["元気塾だより　第14号（令和8年11月）",
                       "■ 秋の体力測定、たくさんのご参加ありがとうございました",
                       "前期から続けて参加された方の約6割で、歩く速さが改善しました。",
                       "■ 参加者の声",
                       "「家の前の坂道を休まずに上れるようになりました」（桜台会場 Ｋ・Ｔさん　80代）",
                       "「友だちができたのがいちばんの収穫です」（港南会場 Ｓ・Ｍさん　70代）",
                       "■ 管理栄養士のワンポイント　たんぱく質は毎食、手のひら一枚分を目安に。",
                       "■ 問合せ　東浜市 高齢者支援課 介護予防係 0479-50-1111（代表）"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 広報紙原稿。イニシャルと年代のみで特定できる個人データなし",
)

# 061 — forward (as attached mail) of the 包括's referral list to 青葉運輸
_p = people("061", 5)
_ref = "\n".join(f"（{i + 1}）{p['name']}様　{p['sex']}・{p['age']}歳\n　　住所：東浜市{p['addr']}\n　　電話：{p['tel']}"
                 for i, p in enumerate(_p))
add(
    id="kaigoyobo-061",
    sender=SAHARA,
    to=[AOBA],
    subject="FW: 新規紹介者（送迎希望）",
    charset="iso-2022-jp",
    body=f"""三國様

お世話になっております。佐原です。
北部包括から送迎希望の新規紹介がありましたので、元のメールを添付で転送します。
5名とも北野台・緑ケ丘エリアです。既存ルートに組み込めるか、ご確認をお願いします。
{SIG_SAHARA}""",
    attachments=[{
        "kind": "eml", "name": "新規紹介者（送迎希望）.eml",
        "message": {
            "sender": HOK_NORTH,
            "to": [SAHARA],
            "subject": "新規紹介者（送迎希望）",
            "charset": "iso-2022-jp",
            "body": f"""日の出産業 佐原様

北部地域包括支援センターの坂巻です。
12月からの教室参加にあたり、送迎を希望されている方をご紹介します。

{_ref}

いずれも独居または日中独居の方です。よろしくお願いいたします。

北部地域包括支援センター（社会福祉法人 潮風会）
坂巻 里美　TEL 0479-63-5510""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="stop: list — 添付メール（転送）内に紹介者5名の氏名・住所・電話",
)

# 062 — password zip with a docx to a free-lance instructor
add(
    id="kaigoyobo-062",
    sender=TAMAKI,
    to=["真鍋 祐介 <manabe.y@gmail.com>"],
    subject="担当クラスの参加者情報（事前確認用）",
    charset="utf-8",
    body=f"""真鍋先生

お疲れさまです。玉置です。
12月から担当いただく緑ケ丘会場の参加者情報をお送りします。
パスワードはLINEでお送りしますので、確認後はファイルの削除をお願いします。
{SIG_TAMAKI}""",
    attachments=[{
        "kind": "zip", "name": "緑ケ丘_参加者情報.zip", "password": "mdr-1201",
        "files": [{"kind": "docx", "name": "緑ケ丘_参加者情報.docx",
                   "paragraphs": ["緑ケ丘会場 参加者の留意事項"],
                   "tables": [[["氏名", "年齢", "留意事項"], ["（略）", "", ""]]]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="stop: unreadable — パスワード付きZIPを講師の gmail へ（中身は検査できない）",
)

# 063 — instructors in Bcc (done right)
add(
    id="kaigoyobo-063",
    sender=HASEBE,
    to=[HASEBE],
    bcc=["noto.sayaka@gmail.com", "chino.asami@yahoo.co.jp", "saga-chiaki@outlook.jp",
         "todo.miho@icloud.com", "manabe.y@gmail.com"],
    subject="【講師各位】年末年始の休講および振替日のお知らせ",
    charset="iso-2022-jp",
    body=f"""講師各位（Bccにて失礼いたします）

いつもありがとうございます。日の出産業の長谷部です。
年末年始の休講と振替日をお知らせします。

　休講：12/30（水）、1/6（水）の午前クラス
　振替：1/8（金）10:00〜（各会場とも通常の部屋）

振替日にご都合がつかない方は、12/10までにご連絡ください。
{SIG_HASEBE}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="pass: 講師5名は Bcc で互いに見えない。フリーメール宛のみ通知",
)

# 064 — one participant's blood pressure and medication to her son (free mail)
add(
    id="kaigoyobo-064",
    sender=ONODERA,
    to=["海老原 健太 <kenta.ebihara@gmail.com>"],
    subject="お母様の教室での血圧測定について",
    charset="utf-8",
    body=f"""海老原 健太 様

いつもお世話になっております。日の出産業 保健師の小野寺です。
お母様（海老原 和子様）の教室前の血圧が、ここ3回続けて高めに出ております。

　10/7　178／96
　10/14　182／100
　10/21　176／94

いずれも運動は中止し、見学にしていただきました。
降圧薬を朝に飲み忘れることがあるとご本人からうかがっていますので、
一度、かかりつけの内科でご相談いただけますでしょうか。
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="stop: sensitive — 参加者1名の血圧測定値・服薬状況を家族の gmail へ",
)

# 065 — venue booking at the partner hotel
add(
    id="kaigoyobo-065",
    sender=KUME,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="研修会 会場予約のお願い（2/18 鳳凰の間）",
    charset="cp932",
    body=f"""さくらホテル 宴会予約ご担当
野々村様

いつもお世話になっております。日の出産業の久米です。
来年2月の研修会について、以下のとおり仮予約をお願いいたします。

　日時　：令和9年2月18日（木）13:00〜16:30（設営12:00〜）
　会場　：鳳凰の間（スクール形式 80名）
　備品　：プロジェクター、マイク2本、演台
　飲食　：ペットボトルのお茶 90本

正式なお申込みは、市の予算確定後（1月中旬）となります。
{SIG_KUME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 取引先ホテルへの会場予約。個人データなし",
)

# 066 — look-alike of 錦印刷
add(
    id="kaigoyobo-066",
    sender=KUME,
    to=["有馬 知佳 <arima@nishiki-insatu.co.jp>"],
    subject="Re: 元気塾だより 第14号 初校",
    charset="iso-2022-jp",
    body=f"""有馬様

初校ありがとうございました。久米です。
修正は以下の2点です。

　・2ページ目「たんぱく質」の見出しの色を前号と同じ緑に
　・裏表紙の問合せ先の電話番号（代表）の表記を「0479-50-1111」に統一

再校は不要ですので、このまま校了でお願いいたします。
{SIG_KUME}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — nishiki-insatu.co.jp は取引先 nishiki-insatsu.co.jp の s 抜け",
)

# 067 — contract amendment, ordinary
add(
    id="kaigoyobo-067",
    sender=IWABUCHI,
    to=[CITY_MAKABE],
    subject="Re: 委託契約 変更契約書（第1回）について",
    charset="utf-8",
    body=f"""真壁係長

お世話になっております。岩渕です。
変更契約書（第1回）、押印のうえ2部とも本日郵送いたしました。
　契約番号：東浜高支第R8-0231号
　変更内容：会場追加（若葉町ふれあい館）に伴う委託料の増額（＋1,320,000円）

1部を押印後にご返送いただけますでしょうか。
{SIG_IWABUCHI}

-----Original Message-----
From: 真壁 祐子
Sent: Monday, October 19, 2026 10:03 AM
Subject: 委託契約 変更契約書（第1回）について

日の出産業 岩渕様
変更契約書の案を確定しました。押印のうえ2部ご提出ください。""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 変更契約についての通常の連絡",
)

# 068 — volunteer supporters' roster (legacy xls) to the 社協
_p = people("068", 7, young=True)
add(
    id="kaigoyobo-068",
    sender=HASEBE,
    to=["東浜市社会福祉協議会 ボランティアセンター <volunteer@higashihama-shakyo.or.jp>"],
    subject="介護予防サポーター 登録者名簿（当社登録分）",
    charset="cp932",
    body=f"""東浜市社会福祉協議会
ボランティアセンター ご担当者様

いつもお世話になっております。日の出産業の長谷部です。
来年度からサポーターの登録管理を社協さんに一本化する件で、
当社で登録を受け付けた7名分の名簿をお送りします（旧システムの出力のため xls 形式です）。
{SIG_HASEBE}""",
    attachments=[{
        "kind": "xls", "name": "サポーター名簿_日の出産業.xls",
        "sheets": {"サポーター名簿": [["登録番号", "氏名", "ふりがな", "住所", "自宅電話", "携帯電話", "活動可能曜日"]] +
                   [[f"HS-{1020 + i}", p["name"], p["kana"], "東浜市" + p["addr"], p["tel"], p["mob"],
                     ["月・水", "水", "火・木", "水・金", "土", "月〜金", "水"][i]] for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="stop: list — ボランティア7名の住所・電話・携帯（xls）を社協へ",
)

# 069 — 極秘 slides to the law firm
add(
    id="kaigoyobo-069",
    sender=IWABUCHI,
    to=["白川 修 <shirakawa@shirakawa-law.jp>"],
    subject="ご相談資料（市との委託契約の解除条項について）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。岩渕です。
来週のご相談に先立ち、社内で検討中の資料をお送りします。
取締役会前の資料ですので、ご確認後はご放念いただけますと幸いです。
{SIG_IWABUCHI}""",
    attachments=[{
        "kind": "pptx", "name": "委託契約_解除条項_検討資料.pptx", "page_footer": "極秘／取締役会資料",
        "slides": [["【極秘】東浜市委託事業の継続に関する検討", "取締役会 事前資料（令和8年11月）"],
                   ["現状", "3年連続で送迎費が予算超過", "次年度は委託料据え置きの見込み"],
                   ["選択肢", "A：条件変更を申し入れて継続", "B：契約期間満了で撤退", "C：送迎部分のみ返上"],
                   ["法務上の論点", "中途解約条項（第21条）の適用可否", "違約金の有無"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="stop: marking — 「極秘」表示のスライド pptx を社外（法律事務所）へ",
)

# 070 — quotation request for equipment
add(
    id="kaigoyobo-070",
    sender=TAMAKI,
    to=[KAWASAKI],
    subject="体組成計（KD-BC800）3台 お見積り依頼",
    charset="iso-2022-jp",
    body=f"""古閑様

お世話になっております。日の出産業の玉置です。
来年度の会場増に向けて、体組成計の追加購入を検討しています。
以下の条件でお見積りをお願いできますでしょうか。

　型番　：KD-BC800（専用キャリーケース付き）
　数量　：3台
　オプション：測定データのUSB出力ケーブル、5年保守
　納期　：令和9年3月中旬

市の予算要求に使いますので、11/13（金）までにいただけますと助かります。
{SIG_TAMAKI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 機器の見積依頼",
)

# 071 — participants' e-mail addresses for the newsletter delivery
_p = people("071", 8)
_mails = ["hatsu.k1938@yahoo.co.jp", "shigeru-n@docomo.ne.jp", "kazu.m.55@gmail.com", "fumi-e0712@ezweb.ne.jp",
          "t.oikawa.h@icloud.com", "kinuyo_s@outlook.jp", "isamu.genki@gmail.com", "y.miyoko1945@yahoo.co.jp"]
add(
    id="kaigoyobo-071",
    sender=KUME,
    to=[NISHIKI],
    subject="メール版「元気塾だより」配信リスト",
    charset="utf-8",
    body=f"""有馬様

お世話になっております。久米です。
メール版「元気塾だより」の配信代行について、配信を希望された参加者の一覧をお送りします。
初回は11/15（日）9:00配信でお願いいたします。
{SIG_KUME}""",
    attachments=[{
        "kind": "csv", "name": "配信リスト_元気塾だより.csv", "encoding": "utf-8",
        "rows": [["氏名", "メールアドレス", "会場", "配信形式"]] +
                [[p["name"], _mails[i], ["汐見", "桜台", "港南", "若葉町"][i % 4], "HTML" if i % 3 else "テキスト"]
                 for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="stop: list — 参加者8名の氏名と個人メールアドレスを CSV で印刷会社へ",
)

# 072 — evaluation committee invitation, four organisations visible
add(
    id="kaigoyobo-072",
    sender=IWABUCHI,
    to=[CITY_MAKABE, HOK_NORTH, "田辺 洋子 <tanabe@higashihama-shakyo.or.jp>", UNIV],
    subject="介護予防事業 評価委員会（第1回）開催のご案内",
    charset="utf-8",
    body=f"""評価委員の皆様

いつもお世話になっております。事務局の日の出産業 岩渕でございます。
第1回評価委員会を下記のとおり開催いたします。

　日時：令和8年11月26日（木）15:00〜16:30
　場所：東浜市役所 本庁舎3階 302会議室
　議題：上期実績の報告、評価指標（案）の検討

資料は1週間前までにお送りいたします。
ご出欠を11/13（金）までにご返信ください。
{SIG_IWABUCHI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="stop: visible parties — 市・包括・社協・大学の4組織を To に並べて送信",
)

# 073 — asking the lawyer about consent wording (talks about 要配慮個人情報 in general)
add(
    id="kaigoyobo-073",
    sender=ONODERA,
    to=["鶴見 彩 <tsurumi@shirakawa-law.jp>"],
    subject="測定データの研究利用に関する同意書の文言について",
    charset="cp932",
    body=f"""白川法律事務所
鶴見先生

お世話になっております。日の出産業の小野寺です。
大学との共同研究で教室の測定データを利用するにあたり、参加者から取る同意書の文言をご相談させてください。

既往歴や服薬の有無は要配慮個人情報に当たると理解しておりますが、
握力や歩行速度などの体力測定値も同様の扱いが必要でしょうか。
また、大学へは氏名を削除したIDで提供する予定ですが、
対応表を弊社が保有する場合の同意取得の範囲についてもご教示いただけますと幸いです。
{SIG_ONODERA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 要配慮個人情報の扱い方の一般的な相談で、特定の人のデータはない",
)

# 074 — look-alike of 川崎電機 (l for i)
add(
    id="kaigoyobo-074",
    sender=TAMAKI,
    to=["古閑 秀明 <koga@kawasaki-denkl.co.jp>"],
    subject="Re: 体組成計 修理見積の件",
    charset="utf-8",
    body=f"""古閑様

お世話になっております。玉置です。
修理見積（KD-BC700、基板交換 38,500円）、承知しました。この内容で修理をお願いします。
返送先は前回と同じく、弊社4階の介護予防推進課あてでお願いいたします。
{SIG_TAMAKI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — kawasaki-denkl.co.jp は取引先 kawasaki-denki.co.jp の i→l",
)

# 075 — corrupt docx (accident report) to the city
add(
    id="kaigoyobo-075",
    sender=ONODERA,
    to=[CITY_MAKABE],
    subject="事故報告書（10/15 汐見会場）",
    charset="iso-2022-jp",
    body=f"""真壁様

お世話になっております。小野寺です。
10/15に汐見会場で発生した転倒事故について、事故報告書を提出いたします。
詳細は添付の報告書をご確認ください。
{SIG_ONODERA}""",
    attachments=[{"kind": "corrupt", "name": "事故報告書_1015汐見.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="stop: unreadable — 破損した docx（検査できない添付）",
)

# 076 — parking layout image to 青葉運輸
add(
    id="kaigoyobo-076",
    sender=SAHARA,
    to=[AOBA],
    subject="緑ケ丘会館 駐車位置の図",
    charset="iso-2022-jp",
    body=f"""三國様

佐原です。緑ケ丘会館の駐車位置の図を添付します。
正面の来客用スペースは使えないため、裏手の搬入口側に停めていただくようお願いします。
{SIG_SAHARA}""",
    attachments=[{"kind": "png", "name": "緑ケ丘会館_駐車位置.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 駐車位置の図（画像）のみ",
)

# 077 — research data with names and medical history (pdf) to the university
_p = people("077", 8)
_hx = ["高血圧", "なし", "糖尿病・高血圧", "変形性膝関節症", "骨粗しょう症", "心房細動（抗凝固薬）",
       "腰部脊柱管狭窄症", "なし"]
add(
    id="kaigoyobo-077",
    sender=TAMAKI,
    to=[UNIV],
    subject="共同研究用データ（前期分・汐見会場）",
    charset="utf-8",
    body=f"""蓮見先生

お世話になっております。玉置です。
前期分の汐見会場のデータをPDFでお送りします。
ID化が間に合わず氏名入りのままですが、解析の際にはID列をお使いください。
{SIG_TAMAKI}""",
    attachments=[{
        "kind": "pdf", "name": "研究用データ_前期_汐見.pdf",
        "lines": ["共同研究用データ（令和8年度 前期・汐見会場）"],
        "table": [["ID", "氏名", "年齢", "性別", "既往歴", "握力", "5m歩行", "TUG"]] +
                 [[f"S-{101 + i}", p["name"], p["age"], p["sex"], _hx[i],
                   f"{17.5 + i * 1.4:.1f}", f"{4.8 + (i % 4) * 0.5:.1f}", f"{7.9 + (i % 3) * 1.1:.1f}"]
                  for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stop: list+sensitive — 8名の氏名・既往歴・測定値の表（PDF）を大学へ",
)

# 078 — one person's long-term-care insurance number (either)
add(
    id="kaigoyobo-078",
    sender=ONODERA,
    to=[HOK_NORTH],
    subject="事業対象者の確認依頼（1名）",
    charset="iso-2022-jp",
    body=f"""坂巻様

お世話になっております。小野寺です。
12月から教室に参加予定の方について、事業対象者の登録状況をご確認いただけますでしょうか。

　氏名：鶴岡 澄江 様
　生年月日：昭和17年4月23日
　介護保険被保険者番号：0008174362

市の台帳では未登録になっているようです。
{SIG_ONODERA}""",
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="either: 1名の介護保険被保険者番号。方針の身分証・保険証番号に含めるかは判断が分かれる",
)

# 079 — staff passport data to the travel agency
add(
    id="kaigoyobo-079",
    sender=SATOMI,
    to=["ひばり旅行 法人営業部 <tour@hibari-travel.co.jp>"],
    subject="デンマーク視察研修 航空券手配（旅券情報）",
    charset="utf-8",
    body=f"""ひばり旅行株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の里見です。
3月のデンマーク視察研修について、航空券手配に必要な旅券情報をお送りします。

1）岩渕 聡子（IWABUCHI SATOKO）
　　生年月日：1971年9月14日
　　旅券番号：TK4829163　有効期限：2031年5月20日
2）玉置 健吾（TAMAKI KENGO）
　　生年月日：1988年2月3日
　　旅券番号：TZ1057384　有効期限：2029年11月8日

座席はいずれも通路側を希望します。
{SIG_SATOMI}""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="stop: identifier — 職員2名の旅券番号・生年月日を旅行会社へ",
)

# 080 — class schedule as an HTML table (places, not people)
_rows = [("汐見地区センター", "水", "10:00〜11:30", "東浜市汐見町2-1-5"),
         ("桜台コミュニティ会館", "水", "10:00〜11:30", "東浜市桜台4-9-1"),
         ("港南公民館", "木", "13:30〜15:00", "東浜市港南1-20-3"),
         ("北野台集会所", "火", "10:00〜11:30", "東浜市北野台3-3-10"),
         ("緑ケ丘会館", "金", "10:00〜11:30", "東浜市緑ケ丘1-14-2"),
         ("若葉町ふれあい館", "月", "13:30〜15:00", "東浜市若葉町5-2-8")]
add(
    id="kaigoyobo-080",
    sender=KUME,
    to=[CITY_HANYU],
    subject="後期 教室開催一覧（会場・曜日・時間）",
    charset="utf-8",
    body="羽生様\n\nお世話になっております。久米です。\n市ホームページ掲載用の後期開催一覧です。\n\n" +
         "\n".join(f"{r[0]}　{r[1]}曜　{r[2]}　{r[3]}" for r in _rows) + f"\n{SIG_KUME}",
    html="<html><body><p>羽生様</p><p>お世話になっております。久米です。<br>市ホームページ掲載用の後期開催一覧です。</p>"
         "<table border='1'><tr><th>会場</th><th>曜日</th><th>時間</th><th>所在地</th></tr>" +
         "".join(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td></tr>" for r in _rows) +
         "</table><p>日の出産業株式会社 介護予防推進課 久米</p></body></html>",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 会場（施設）ごとの開催一覧。人の記録ではない",
)

# 081 — look-alike of みどり銀行 (dropped co.)
add(
    id="kaigoyobo-081",
    sender=HORI,
    to=["渋谷 達也 <shibuya@midori-ginko.jp>"],
    subject="講師謝金の総合振込 依頼データについて",
    charset="iso-2022-jp",
    body=f"""みどり銀行 東浜支店
法人営業課 渋谷様

いつもお世話になっております。日の出産業 経理部の堀之内です。
11月25日支払分の講師謝金について、総合振込の依頼データを本日インターネットバンキングで送信しました。
　件数：14件　合計金額：1,086,400円
承認操作は明日午前中に行います。
{SIG_HORI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — midori-ginko.jp は取引先 midori-ginko.co.jp の co. 抜け",
)

# 082 — My Number sent internally (main domain and subdomain)
add(
    id="kaigoyobo-082",
    sender=SATOMI,
    to=[HORI],
    cc=["経理部 <keiri@mail.hinode-sangyo.co.jp>"],
    subject="新任講師のマイナンバー（支払調書用）",
    charset="iso-2022-jp",
    body=f"""堀之内さん

お疲れさまです。総務の里見です。
11月から担当の講師1名分、本人確認が済みましたのでマイナンバーを共有します。
経理の特定個人情報ファイルへの登録をお願いします。

　氏名：嵯峨 千晶（サガ チアキ）
　個人番号：{mn(8, '-')}

通知カードの写しは総務の金庫で保管しています。
里見""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="pass: マイナンバーを含むが宛先は社内（本ドメインとサブドメイン）のみ",
)

# 083 — urgent report to the city: a participant collapsed, medical history
add(
    id="kaigoyobo-083",
    sender=ONODERA,
    to=[CITY_MAKABE],
    cc=[CITY_HANYU],
    subject="【速報】教室中の体調不良者発生について（桜台会場）",
    charset="cp932",
    body=f"""東浜市 高齢者支援課
真壁係長（cc：羽生様）

日の出産業の小野寺です。取り急ぎ速報いたします。

本日10:40頃、桜台会場で参加者の宍戸 正雄 様（81歳・男性、桜台3丁目在住）が
体操中に気分不良を訴え、左手のしびれと言葉のもつれがみられたため救急要請しました。
10:52 救急隊到着、東浜中央病院へ搬送されています。

ご本人は令和5年に脳梗塞の既往があり、心房細動で抗凝固薬を内服中と、
参加時の健康状態確認票に記載がありました。
ご家族（奥様）には連絡済みで、病院で合流されています。

事故報告書は明日中に提出いたします。
{SIG_ONODERA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stop: sensitive — 参加者1名の救急搬送と脳梗塞既往・服薬を氏名付きで市へ",
)

# 084 — reply; the passenger list is only in the partner's original
_p = people("084", 6)
_orig = "\n".join(f"{p['name']}　東浜市{p['addr']}　{p['tel']}" for p in _p)
add(
    id="kaigoyobo-084",
    sender=SAHARA,
    to=[AOBA],
    subject="RE: 10/21 送迎表の件",
    charset="cp932",
    body=f"""三國様

佐原です。ご確認ありがとうございます。
ご指摘のとおり、3番目と4番目の方の順番を入れ替えてください。
それ以外は送迎表のとおりで問題ありません。
{SIG_SAHARA}

-----Original Message-----
From: 三國 恭平 <mikuni@aoba-unyu.co.jp>
Sent: Friday, October 16, 2026 5:20 PM
To: 佐原 真一 <sahara.s@hinode-sangyo.co.jp>
Subject: 10/21 送迎表の件

佐原様
10/21の送迎表、以下の順で回る予定ですが、3番目と4番目を入れ替えた方が効率が良さそうです。

{_orig}

ご確認をお願いします。
青葉運輸 三國""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 6名の一覧は相手から届いたメールの引用（Original Message）部分のみ",
)

# 085 — three 包括 visible, with a participant CSV
_p = people("085", 9)
_area = ["北部", "北部", "北部", "南部", "南部", "南部", "中央", "中央", "中央"]
add(
    id="kaigoyobo-085",
    sender=ONODERA,
    to=[HOK_NORTH, HOK_SOUTH, HOK_CENTER],
    subject="各圏域の参加者一覧（10月期）",
    charset="cp932",
    body=f"""各地域包括支援センター ご担当者様

お世話になっております。日の出産業の小野寺です。
10月期の参加者を圏域別にまとめましたのでお送りします。
各センターの担当圏域の方をご確認ください。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "csv", "name": "圏域別参加者一覧_202610.csv", "encoding": "cp932",
        "rows": [["圏域", "氏名", "生年月日", "住所", "電話番号", "会場"]] +
                [[_area[i], p["name"], wa(p, "kanji"), "東浜市" + p["addr"], p["tel"],
                  ["北野台", "緑ケ丘", "北野台", "港南", "港南", "汐見", "桜台", "若葉町", "桜台"][i]]
                 for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "external_recipients_visible", "multiple_external_domains"],
    note="stop: list+visible parties — 9名の名簿 CSV を3法人の包括に To で同時送信",
)

# 086 — job advertisement (html attachment)
add(
    id="kaigoyobo-086",
    sender=SATOMI,
    to=["ふくしジョブネット 掲載受付 <keisai@fukushi-jobnet.jp>"],
    subject="求人原稿の掲載依頼（健康運動指導士・パート）",
    charset="utf-8",
    body=f"""ふくしジョブネット
掲載受付ご担当者様

お世話になっております。日の出産業株式会社 総務部の里見です。
下記の求人の掲載をお願いいたします。原稿はHTMLで添付しております。
掲載期間は11/1〜11/30の4週間プランでお願いします。
請求書は弊社総務部あてにお送りください。
{SIG_SATOMI}""",
    attachments=[{
        "kind": "html", "name": "求人原稿_健康運動指導士.html",
        "html": """<html><head><meta charset="utf-8"><title>求人：健康運動指導士</title></head><body>
<h1>介護予防教室の運動指導スタッフ募集（パート）</h1>
<p>東浜市の委託を受けて、高齢者向けの介護予防教室を運営しています。</p>
<ul><li>勤務地：東浜市内の地区センター・公民館（6会場）</li>
<li>勤務時間：週2〜4日、9:00〜13:00</li><li>時給：1,600円〜（経験・資格により優遇）</li>
<li>応募資格：健康運動指導士、理学療法士、作業療法士のいずれか</li></ul>
<p>応募・問合せ：日の出産業株式会社 総務部 採用担当 TEL 0479-55-2110</p>
</body></html>""",
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 求人原稿の掲載依頼。会社の連絡先のみ",
)

# 087 — classification line in the body + header in the docx
add(
    id="kaigoyobo-087",
    sender=HASEBE,
    to=[TSUBASA],
    subject="次期システム更改 要件定義書（案）",
    charset="iso-2022-jp",
    body=f"""機密区分：機密（貴社プロジェクトメンバー限り）

ツバサシステム株式会社
柘植様

お世話になっております。日の出産業の長谷部です。
次期システム更改の要件定義書（案）をお送りします。
来週の定例で、第4章（外部連携）を中心にご意見をいただけますと幸いです。
{SIG_HASEBE}""",
    attachments=[{
        "kind": "docx", "name": "要件定義書_案_v0.9.docx", "page_header": "機密",
        "paragraphs": ["介護予防事業 測定データ管理システム 要件定義書（案）v0.9",
                       "第1章 目的　市への報告業務の省力化と測定データの一元管理",
                       "第2章 業務フロー　受付 → 測定 → 入力 → 集計 → 報告",
                       "第3章 機能要件　会場別集計、個人別評価シート出力、CSV出力",
                       "第4章 外部連携　体組成計（川崎電機 KD-BC800）からの自動取込",
                       "第5章 非機能要件　データは国内リージョンで暗号化保管、アクセスログ5年保存"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="stop: marking — 本文冒頭の「機密区分：機密」と docx ヘッダーの「機密」",
)

# 088 — look-alike of さくらホテル (letter added)
add(
    id="kaigoyobo-088",
    sender=KUME,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotels.jp>"],
    subject="Re: 研修会 お見積書のご送付",
    charset="cp932",
    body=f"""野々村様

お見積書をお送りいただき、ありがとうございました。久米です。
内容を確認いたしました。飲み物はペットボトルのお茶のみで結構ですので、
コーヒーサービスの項目を外した見積書を再発行いただけますでしょうか。
{SIG_KUME}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — sakura-hotels.jp は取引先 sakura-hotel.jp に s が付いたもの",
)

# 089 — two people who could not be reached (below the list threshold)
add(
    id="kaigoyobo-089",
    sender=ONODERA,
    to=[HOK_NORTH],
    subject="体験参加後に連絡が取れない方（2名）",
    charset="utf-8",
    body=f"""坂巻様

お世話になっております。小野寺です。
ご紹介いただいた方のうち、体験参加のあと電話がつながらない方が2名いらっしゃいます。
お手数ですが、包括からも連絡を試みていただけますでしょうか。

　1. 木暮 ハツ 様　東浜市北野台1-9-4　0479-63-0158
　2. 牧 源次 様　　東浜市緑ケ丘2-22-7　0479-58-4471

いずれも3回ほど、時間帯を変えておかけしています。
{SIG_ONODERA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="pass: 2名の氏名・住所・電話（5名未満、警告まで）",
)

# 090 — transport users with assistance needs (disabilities) in a CP932 CSV
_p = people("090", 9)
_care = ["なし", "杖歩行・乗降時に手引き", "左片麻痺（脳梗塞後遺症）・車いす", "なし", "視覚障害（身体障害者手帳2級）・誘導必要",
         "歩行器持参", "なし", "パーキンソン病・乗降に時間がかかる", "難聴（補聴器）"]
add(
    id="kaigoyobo-090",
    sender=SAHARA,
    to=[AOBA],
    subject="11月期 送迎利用者一覧（介助内容つき）",
    charset="cp932",
    body=f"""三國様

お世話になっております。佐原です。
11月期の送迎利用者一覧をお送りします。
今期から乗降時の介助内容の欄を追加しました。リフト車の配車の参考にしてください。
{SIG_SAHARA}""",
    attachments=[{
        "kind": "csv", "name": "送迎利用者一覧_11月期.csv",
        "rows": [["No", "氏名", "フリガナ", "乗車場所", "電話", "介助・配慮事項"]] +
                [[i + 1, p["name"], p["kana"], "東浜市" + p["addr"], p["tel"], _care[i]] for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stop: list+sensitive — 9名の送迎名簿に片麻痺・視覚障害・パーキンソン病など",
)

# 091 — forward of a partner's notice (business contact only)
add(
    id="kaigoyobo-091",
    sender=KIDO,
    to=[CITY_HANYU],
    subject="FW: 試食会メニュー変更のお知らせ（北国フーズ）",
    charset="utf-8",
    body=f"""羽生様

お世話になっております。日の出産業の城戸です。
北国フーズ様から下記の連絡がありましたので、共有いたします。
11月の試食会は、代替メニューで実施いたします。
{SIG_KIDO}

---------- 転送メッセージ ----------
差出人: 宮坂 昇 <miyasaka@kitaguni-foods.co.jp>
送信日時: 2026年10月20日 11:42
宛先: 城戸 美穂 <kido.m@hinode-sangyo.co.jp>
件名: 試食会メニュー変更のお知らせ

日の出産業 城戸様

いつもお世話になっております。北国フーズの宮坂です。
原材料の入荷遅延により、「やわらか煮物セット（KF-3021）」の11月出荷が難しくなりました。
代替として「やわらか筑前煮（KF-3024）」をご提案いたします（単価・栄養価はほぼ同等です）。

北国フーズ株式会社 営業部　宮坂 昇
〒060-0042 北海道札幌市中央区大通西9-3-1
TEL 011-231-4870""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 取引先の通知の転送。含まれるのは会社の担当者の業務連絡先のみ",
)

# 092 — interim report slides (aggregates) to the city
add(
    id="kaigoyobo-092",
    sender=IWABUCHI,
    to=[CITY_MAKABE],
    subject="中間報告会 説明資料（案）",
    charset="iso-2022-jp",
    body=f"""真壁係長

お世話になっております。岩渕です。
11/26の中間報告会でご説明する資料の案をお送りします。
数値はすべて9月末時点の集計です。
{SIG_IWABUCHI}""",
    attachments=[{
        "kind": "pptx", "name": "中間報告会_説明資料_案.pptx",
        "slides": [["令和8年度 介護予防教室 中間報告", "東浜市委託事業／日の出産業株式会社"],
                   ["参加状況", "実人数 160人（目標 150人）", "延べ参加者数 3,402人", "継続率 87.5％"],
                   ["効果", "5m歩行 改善者 57.8％", "握力 改善者 41.2％", "基本チェックリスト 運動器該当 38％→29％"],
                   ["後期の取組", "若葉町会場の追加", "送迎ルートの集合場所方式の試行"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 集計値のみのスライド",
)

# 093 — attendance sheet: names and attendance marks only (either)
_p = people("093", 7)
_att = "\n".join(pad(p["name"], 14) + "  ".join(["○", "○", "×", "○", "○", "○", "×", "○"][(i + j) % 8] for j in range(5)) +
                 f"   {sum(1 for j in range(5) if ['○', '○', '×', '○', '○', '○', '×', '○'][(i + j) % 8] == '○')}"
                 for i, p in enumerate(_p))
add(
    id="kaigoyobo-093",
    sender=KUME,
    to=[CITY_HANYU],
    subject="10月 出席簿（若葉町会場）",
    charset="utf-8",
    body=f"""羽生様

お世話になっております。久米です。
若葉町会場の10月分出席簿です（委託料の実績確認用）。

氏名          1   8   15  22  29  計
{'-' * 44}
{_att}

{SIG_KUME}""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="either: 7名の氏名と出席状況のみ（連絡先等なし）。名簿に当たるかは判断が分かれる",
)

# 094 — look-alike of 白川法律事務所 (i for l)
add(
    id="kaigoyobo-094",
    sender=IWABUCHI,
    to=["白川 修 <shirakawa@shirakawa-iaw.jp>"],
    subject="Re: 顧問契約更新のご案内",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。岩渕です。
顧問契約更新のご案内をありがとうございました。
現行と同じ条件（月額顧問料・相談時間）で更新させていただきたく存じます。
契約書2部をお送りいただけましたら、押印のうえ返送いたします。
{SIG_IWABUCHI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="stop: look-alike — shirakawa-iaw.jp は取引先 shirakawa-law.jp の l→i",
)

# 095 — internal mail with a corrupt pdf
add(
    id="kaigoyobo-095",
    sender=SAHARA,
    to=[KUME],
    subject="配車表PDF（開けるか確認してください）",
    charset="iso-2022-jp",
    body="""久米さん

佐原です。複合機でスキャンした配車表のPDFです。
途中で紙詰まりしたので、壊れているかもしれません。開けるか確認をお願いします。

佐原""",
    attachments=[{"kind": "corrupt", "name": "scan_20261019_配車表.pdf"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 破損PDFだが宛先は社内のみ",
)

# 096 — staff roster stamped 社外秘 to the city
_p = people("096", 7, young=True)
_jobs = [("保健師", "保健師"), ("理学療法士", "理学療法士"), ("健康運動指導士", "健康運動指導士"), ("管理栄養士", "管理栄養士"),
         ("看護師", "看護師"), ("事務", "－"), ("送迎調整", "普通自動車免許")]
add(
    id="kaigoyobo-096",
    sender=IWABUCHI,
    to=[CITY_MAKABE],
    subject="従事者名簿の提出（委託仕様書 第8条）",
    charset="utf-8",
    body=f"""真壁係長

お世話になっております。岩渕です。
委託仕様書第8条に基づき、後期の従事者名簿を提出いたします。
緊急連絡網を兼ねておりますので、携帯番号と住所も記載しております。
{SIG_IWABUCHI}""",
    attachments=[{
        "kind": "xlsx", "name": "従事者名簿_R8後期.xlsx", "page_header": "社外秘",
        "sheets": {"従事者名簿": [["【社外秘】東浜市介護予防教室 従事者名簿（令和8年度 後期）"], [],
                               ["No", "氏名", "職種", "資格", "携帯電話", "住所"]] +
                              [[i + 1, p["name"], _jobs[i][0], _jobs[i][1], p["mob"], "千葉県東浜市" + p["addr"]]
                               for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data", "confidential_marking"],
    note="stop: list+marking — 「社外秘」表示の従事者7名の携帯・住所の名簿 xlsx",
)

# 097 — look-alike (co. dropped) carrying a transport list
_p = people("097", 6)
_lst = "\n".join(f"{zpad(p['name'], 8)}{zpad(p['town'], 5)}{p['addr'][len(p['town']):]}　{p['tel']}" for p in _p)
add(
    id="kaigoyobo-097",
    sender=SAHARA,
    to=["三國 恭平 <mikuni@aoba-unyu.jp>"],
    subject="12月第1週 送迎表（港南会場）",
    charset="iso-2022-jp",
    body=f"""三國様

佐原です。12月第1週（12/3 木）港南会場の送迎表です。

氏名　　　　　　地区　　　　番地　　　電話
――――――――――――――――――――――――――――――
{_lst}
――――――――――――――――――――――――――――――
いずれも東浜市内です。よろしくお願いします。
{SIG_SAHARA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="stop: look-alike+list — aoba-unyu.jp（co. 抜け）へ送迎6名の住所・電話",
)

# 098 — statistics by district in the body
add(
    id="kaigoyobo-098",
    sender=HASEBE,
    to=["田辺 洋子 <tanabe@higashihama-shakyo.or.jp>"],
    subject="地区別の参加状況（個人情報なし）",
    charset="cp932",
    body=f"""東浜市社会福祉協議会
地域福祉課 田辺様

お世話になっております。日の出産業の長谷部です。
サロン立ち上げのご検討用に、地区別の参加状況をまとめました。
人数のみで、個人が分かる情報は含めておりません。

地区　　　参加者数　うち75歳以上　送迎利用
―――――――――――――――――――――――
汐見町　　　31　　　　19　　　　　 6
桜台　　　　24　　　　15　　　　　 4
港南　　　　27　　　　18　　　　　 9
北野台　　　23　　　　17　　　　　11
緑ケ丘　　　28　　　　16　　　　　 7
若葉町　　　27　　　　14　　　　　 3

北野台は送迎利用が多く、歩いて通える場の不足がうかがえます。
{SIG_HASEBE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pass: 地区別の人数集計のみ",
)

# 099 — forward of the nurse's hand-over notes (health) to a yoga instructor on free mail
add(
    id="kaigoyobo-099",
    sender=TAMAKI,
    to=["藤堂 ミホ <todo.miho@icloud.com>"],
    subject="FW: 【要確認】ヨガクラス参加者の留意事項",
    charset="utf-8",
    body=f"""藤堂先生

お疲れさまです。玉置です。
来週からのヨガクラスについて、保健師からの申し送りを転送します。
ポーズの選択の際にご配慮をお願いします。

-------- Forwarded Message --------
Subject: 【要確認】ヨガクラス参加者の留意事項
Date: Thu, 22 Oct 2026 16:05:11 +0900
From: 小野寺 由香 <onodera.y@hinode-sangyo.co.jp>
To: 玉置 健吾 <tamaki.k@hinode-sangyo.co.jp>

玉置さん

ヨガクラス（若葉町）の参加者のうち、次の3名は配慮が必要です。

・増渕 喜美江 様：心臓ペースメーカー植込み。腕を強く上げる動作は控えめに。
・鴨下 敏夫 様：腰部脊柱管狭窄症。腰を反らすポーズは避ける。
・浅見 律子 様：緑内障。頭を下げる逆転のポーズは不可（主治医指示）。

小野寺""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="stop: sensitive — 社内メールの転送で3名の病名・ペースメーカー等を講師の個人メールへ",
)

# 100 — two partner organisations in To/Cc (normal three-way mail)
add(
    id="kaigoyobo-100",
    sender=HASEBE,
    to=[KAWASAKI],
    cc=[TSUBASA],
    subject="体組成計データ連携の仕様確認（三者打合せのお願い）",
    charset="utf-8",
    body=f"""川崎電機株式会社 古閑様
（cc：ツバサシステム株式会社 柘植様）

いつもお世話になっております。日の出産業の長谷部です。
KD-BC800 の測定データを、ツバサシステム様の管理システムへ自動で取り込む件について、
出力ファイルの仕様（文字コード、項目順、日付形式）を三者で確認させてください。

候補日：11/10（火）15:00〜、11/12（木）10:00〜（オンライン）
ご都合をお知らせいただけますと幸いです。
{SIG_HASEBE}
{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="pass: 取引先2社への三者打合せの依頼（2組織まで）",
)

assert len(MESSAGES) == 100, len(MESSAGES)
assert [m["id"] for m in MESSAGES] == [f"kaigoyobo-{i:03d}" for i in range(1, 101)]
