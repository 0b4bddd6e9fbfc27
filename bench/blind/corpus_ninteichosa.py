"""Blind evaluation corpus — area: ninteichosa (要介護認定調査の受託業務).

日の出産業株式会社 carries out long-term-care certification surveys (要介護認定調査) under
contract for municipalities: survey schedules with applicants' addresses, survey findings
and 特記事項, attending physicians' opinions (主治医意見書), care managers, families, the
municipal care-insurance sections, plus ordinary contract, invoice and training mail.

Every person, number, address, municipality and organisation in this file is invented
(apart from the organisation and partner domains fixed by BRIEF.md). Written blind from
BRIEF.md, build.py and SPEC.md only: no product code, rules, tests, bench scripts or other
authors' corpus files were read.
"""

from __future__ import annotations

import datetime
import random
import unicodedata

from build import card_number, my_number

SEED = 18601
rng = random.Random(SEED)
MESSAGES: list[dict] = []


def add(num: int, **kw) -> None:
    MESSAGES.append({"id": f"ninteichosa-{num:03d}", **kw})


def mn(k: int) -> str:
    return my_number(SEED + k)


def card(k: int) -> str:
    return card_number(SEED + k)


def corp_no(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_no("080001047718")
HINODE_T = "T" + HINODE_CORP

_Z = str.maketrans("0123456789-()/.:SH", "０１２３４５６７８９－（）／．：ＳＨ")


def zen(s: str) -> str:
    return s.translate(_Z)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def grid(rows, gap: int = 2, rule: str = "-") -> str:
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(str(c))) for i, c in enumerate(r)]
        out.append((" " * gap).join(cells).rstrip())
        if j == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


WD = "月火水木金土日"


def md(m: int, d: int, y: int = 2026) -> str:
    return f"{m}/{d}({WD[datetime.date(y, m, d).weekday()]})"


def mdj(m: int, d: int, y: int = 2026) -> str:
    return f"{m}月{d}日({WD[datetime.date(y, m, d).weekday()]})"


# -- invented people -------------------------------------------------------------------

SEI = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("渡辺", "ワタナベ"),
       ("伊藤", "イトウ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"),
       ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"),
       ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("清水", "シミズ"),
       ("山崎", "ヤマザキ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("石川", "イシカワ"),
       ("小笠原", "オガサワラ"), ("勅使河原", "テシガワラ"), ("四十物", "アイモノ"),
       ("小鳥遊", "タカナシ"), ("百目鬼", "ドウメキ"), ("五十嵐", "イガラシ"),
       ("東海林", "ショウジ"), ("長谷部", "ハセベ"), ("及川", "オイカワ"), ("籾山", "モミヤマ"),
       ("鬼頭", "キトウ"), ("宍戸", "シシド"), ("乙部", "オトベ"), ("我妻", "ワガツマ"),
       ("望月", "モチヅキ"), ("杉浦", "スギウラ"), ("榊原", "サカキバラ"), ("八木", "ヤギ"),
       ("芹沢", "セリザワ"), ("土屋", "ツチヤ"), ("漆原", "ウルシバラ"), ("日置", "ヘキ"),
       ("廿日出", "ハツカデ"), ("一戸", "イチノヘ"), ("大須賀", "オオスガ"), ("瀬尾", "セオ"),
       ("坪内", "ツボウチ"), ("吉住", "ヨシズミ"), ("梶", "カジ"), ("早乙女", "サオトメ"),
       ("桧山", "ヒヤマ"), ("古手川", "コテガワ"), ("仁平", "ニヘイ"), ("菅生", "スゴウ"),
       ("阿久津", "アクツ"), ("角田", "ツノダ"), ("半田", "ハンダ"), ("舘", "タチ"),
       ("御手洗", "ミタライ"), ("鵜飼", "ウカイ"), ("蓮見", "ハスミ"), ("寒河江", "サガエ"),
       ("粟野", "アワノ"), ("砂川", "スナガワ"), ("保科", "ホシナ"), ("桑名", "クワナ")]
GIVEN_F = [("ハル", "ハル"), ("キヨ", "キヨ"), ("ミツ", "ミツ"), ("文子", "フミコ"),
           ("節子", "セツコ"), ("和子", "カズコ"), ("久子", "ヒサコ"), ("静江", "シズエ"),
           ("幸子", "サチコ"), ("千代子", "チヨコ"), ("芳江", "ヨシエ"), ("喜代子", "キヨコ"),
           ("房江", "フサエ"), ("照子", "テルコ"), ("ヨシ", "ヨシ"), ("美津子", "ミツコ"),
           ("登美子", "トミコ"), ("律子", "リツコ"), ("絹代", "キヌヨ"), ("タマ", "タマ"),
           ("八重子", "ヤエコ"), ("ふさ", "フサ")]
GIVEN_M = [("勝男", "カツオ"), ("正一", "ショウイチ"), ("茂", "シゲル"), ("清", "キヨシ"),
           ("稔", "ミノル"), ("弘", "ヒロシ"), ("武雄", "タケオ"), ("利夫", "トシオ"),
           ("貞夫", "サダオ"), ("昭二", "ショウジ"), ("幸吉", "コウキチ"), ("治", "オサム"),
           ("進", "ススム"), ("忠", "タダシ"), ("一郎", "イチロウ"), ("源蔵", "ゲンゾウ"),
           ("久雄", "ヒサオ"), ("和夫", "カズオ"), ("六郎", "ロクロウ"), ("栄作", "エイサク")]
ADULT_F = [("由紀", "ユキ"), ("真理子", "マリコ"), ("恵美", "エミ"), ("智子", "トモコ"),
           ("直美", "ナオミ"), ("陽子", "ヨウコ"), ("香織", "カオリ"), ("京子", "キョウコ"),
           ("早苗", "サナエ"), ("麻衣", "マイ"), ("千尋", "チヒロ"), ("純子", "ジュンコ")]
ADULT_M = [("浩二", "コウジ"), ("誠", "マコト"), ("健一", "ケンイチ"), ("大輔", "ダイスケ"),
           ("隆", "タカシ"), ("修", "オサム"), ("雅人", "マサト"), ("亮", "リョウ"),
           ("拓也", "タクヤ"), ("智之", "トモユキ")]

# municipality: prefecture, city part, zip prefix, area code, towns, address style
MUNI = {
    "minamikawa": ("静岡県", "南川市", "427-00", "0547",
                   ["桜町", "本郷", "東新田", "緑が丘", "川端町", "宮下", "上郷", "中島", "若葉台", "大門"],
                   "chome"),
    "kitayama": ("長野県", "上水内郡北山町", "389-13", "026",
                 ["大字上野原", "大字柏尾", "大字赤沢", "大字中村", "大字峯"], "banchi"),
    "asahigaoka": ("千葉県", "朝日丘市", "289-21", "0475",
                   ["若葉台", "旭町", "富士見", "上宿", "本納", "南台", "芝山"], "hyphen"),
    "nishihama": ("愛知県", "西浜市", "447-08", "0566",
                  ["浜町", "港南", "松原", "新田", "高根", "汐見町"], "chome"),
    "higashitake": ("岩手県", "和賀郡東岳村", "029-56", "0197",
                    ["大字沢内", "大字岳", "大字下前", "大字湯田"], "chiwari"),
    "koto": ("滋賀県", "湖東市", "529-11", "0749",
             ["八日市場", "長松", "尼子", "新町", "中ノ郷", "石畑"], "hyphen"),
}

_used: set[str] = set()


def wareki(y: int, m: int, d: int, style: str = "long") -> str:
    if y >= 1989:
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "long":
        return f"{era}{ey}年{m}月{d}日"
    if style == "dot":
        return f"{short}{ey}.{m}.{d}"
    return f"{era[0]}{ey}.{m}.{d}"


def person(muni: str = "minamikawa", sex: str | None = None, adult: bool = False) -> dict:
    pref, city, zp, area, towns, style = MUNI[muni]
    sex = sex or rng.choice("FM")
    while True:
        sei = rng.choice(SEI)
        if adult:
            mei = rng.choice(ADULT_F if sex == "F" else ADULT_M)
        else:
            mei = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
        if sei[0] + mei[0] not in _used:
            _used.add(sei[0] + mei[0])
            break
    y = rng.randint(1962, 1991) if adult else rng.randint(1927, 1953)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    town = rng.choice(towns)
    if style == "chome":
        addr = f"{town}{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 19)}号"
    elif style == "hyphen":
        addr = f"{town}{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 22)}"
    elif style == "banchi":
        addr = f"{town}{rng.randint(100, 3999)}番地"
        if rng.random() < 0.4:
            addr += str(rng.randint(1, 9))
    else:
        addr = f"{town}第{rng.randint(1, 24)}地割{rng.randint(10, 250)}番地"
    if len(area) == 3:
        tel = f"{area}-{rng.randint(220, 299)}-{rng.randint(0, 9999):04d}"
    else:
        tel = f"{area}-{rng.randint(21, 89)}-{rng.randint(0, 9999):04d}"
    mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": sei[0] + mei[0],
        "kana": f"{sei[1]} {mei[1]}", "sex": sex, "sexj": "女" if sex == "F" else "男",
        "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}", "iso": f"{y}-{m:02d}-{d:02d}",
        "wa": wareki(y, m, d), "wa_dot": wareki(y, m, d, "dot"), "wa_short": wareki(y, m, d, "short"),
        "age": 2026 - y - (1 if (m, d) > (10, 1) else 0),
        "addr": addr, "city": city, "full": f"{pref}{city}{addr}",
        "zip": f"{zp}{rng.randint(10, 99)}", "tel": tel, "mobile": mobile,
        "hiho": f"{rng.randint(0, 99999999):08d}".rjust(10, "0"),
    }


def people(n: int, muni: str = "minamikawa", **kw) -> list[dict]:
    return [person(muni, **kw) for _ in range(n)]


CARE = ["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
NINCHI = ["自立", "I", "IIa", "IIb", "IIIa", "IIIb", "IV"]
NETAKIRI = ["J1", "J2", "A1", "A2", "B1", "B2", "C1"]
KUBUN = ["新規", "更新", "更新", "更新", "区分変更"]

# -- who writes, who receives ------------------------------------------------------------

MIURA = "三浦 菜摘 <n-miura@hinode-sangyo.co.jp>"
OTANI = "大谷 恭平 <k-otani@hinode-sangyo.co.jp>"
ONODERA = "小野寺 瑞穂 <m-onodera@hinode-sangyo.co.jp>"
SAEKI = "佐伯 拓真 <t-saeki@hinode-sangyo.co.jp>"
MURASE = "村瀬 亜希 <a-murase@hinode-sangyo.co.jp>"
KAWABATA = "川端 淳 <j-kawabata@hinode-sangyo.co.jp>"
TAKANASHI = "高梨 慎 <s-takanashi@hinode-sangyo.co.jp>"
NOTO = "能登 美香 <m-noto@hinode-sangyo.co.jp>"
KUSUMI = "久住 沙織 <s-kusumi@hinode-sangyo.co.jp>"

MINAMIKAWA = "南川市介護保険課 認定係 <kaigo-nintei@city.minamikawa.lg.jp>"
KITAYAMA = "北山町保健福祉課 <hokenfukushi@town.kitayama.lg.jp>"
ASAHIGAOKA = "朝日丘市高齢者支援課 <koureisha-shien@city.asahigaoka.lg.jp>"
NISHIHAMA = "西浜市長寿介護課 加納 <kanou-t@city.nishihama.lg.jp>"
HIGASHITAKE = "東岳村住民福祉課 <fukushi@vill.higashitake.lg.jp>"
KOTO = "湖東広域連合 介護保険課 <nintei@kotou-kouiki.lg.jp>"

HIDAMARI = "堀内 様 <horiuchi@cm-hidamari.jp>"
SORA = "ケアプランセンターそら 丸山 <maruyama@careplan-sora.co.jp>"
NOZOMI = "今泉 <imaizumi@nozomikai.or.jp>"
HOUKATSU = "南川市東部地域包括支援センター <toubu@houkatsu-minamikawa.jp>"
AOZORA = "荻野 <ogino@aozora-care.com>"
ASA_CM = "朝日丘ケアマネジメント 石黒 <ishiguro@asahigaoka-cm.jp>"
YAMABUKI = "やまぶき内科クリニック 事務 <jimu@yamabuki-naika.jp>"
CHUO_HP = "南川中央病院 地域連携室 <renkei@minamikawa-chuo-hp.or.jp>"

SIG_MIURA = """――――――――――――――――――――――――
日の出産業株式会社
公共サービス事業部 認定調査センター 主任
三浦 菜摘（みうら なつみ）
〒420-0857 静岡県静岡市葵区御幸町9-9 日の出ビル4F
TEL 054-200-1180　FAX 054-200-1181
n-miura@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_OTANI = """--
日の出産業株式会社 認定調査センター
センター長　大谷 恭平
TEL:054-200-1180（代表）
https://www.hinode-sangyo.co.jp/"""

SIG_ONODERA = """*************************************
 日の出産業（株）認定調査センター 業務係
 小野寺 瑞穂
 TEL 054-200-1180 / FAX 054-200-1181
*************************************"""

SIG_SAEKI = """━━━━━━━━━━━━━━━━━━
日の出産業株式会社 認定調査センター
認定調査員（介護支援専門員）　佐伯 拓真
〒420-0857 静岡市葵区御幸町9-9 日の出ビル4F
TEL 054-200-1180（センター代表）
━━━━━━━━━━━━━━━━━━"""

SIG_MURASE = """――――――――――――――――
日の出産業株式会社　経理部
村瀬 亜希
〒101-0047 東京都千代田区内神田9-4-2
TEL 03-5200-7730（直通）
――――――――――――――――"""

SIG_KAWABATA = """--
日の出産業株式会社
公共サービス事業部 研修企画担当　川端 淳
TEL 054-200-1185 / j-kawabata@hinode-sangyo.co.jp"""

SIG_TAKANASHI = """--------------------------------
日の出産業株式会社 情報システム部
高梨 慎 (Takanashi Shin)
TEL 03-5200-7755
--------------------------------"""

SIG_NOTO = """■□■□■□■□■□■□■□■□■□
日の出産業株式会社 総務部 人事労務課
能登 美香
TEL 03-5200-7710　内線 214
■□■□■□■□■□■□■□■□■□"""

DISC_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISC_EN = """This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender immediately and delete this e-mail."""

DISC_JA2 = """【ご注意】このメールは宛先に記載された方のみに送信したものです。
お心当たりのない方は、お手数ですが削除のうえ送信者までお知らせください。"""


# ========================================================================================
# 001 — weekly visit schedule with applicants' addresses, to the municipality (padded table)
_p = people(6, "minamikawa")
_slots = [(10, 19, "10:00"), (10, 19, "14:00"), (10, 20, "13:30"), (10, 21, "10:00"),
          (10, 22, "15:00"), (10, 23, "10:30")]
_tachiai = ["長女", "妻", "本人のみ", "CM同席", "長男・嫁", "次女"]
_rows = [["No", "訪問日時", "被保険者番号", "氏名", "住所", "電話", "区分", "立会い"]]
for i, (q, (mo, da, hh)) in enumerate(zip(_p, _slots)):
    _rows.append([str(i + 1), f"{md(mo, da)} {hh}", q["hiho"], q["name"], q["addr"], q["tel"],
                  KUBUN[i % 5], _tachiai[i]])
add(1, sender=MIURA, to=[MINAMIKAWA], cc=[OTANI],
    subject="【日程報告】10月第3週 認定調査 訪問予定（南川市分）", charset="iso-2022-jp",
    body=f"""南川市 健康福祉部 介護保険課
認定係　杉山様

いつもお世話になっております。
日の出産業 認定調査センターの三浦です。

10月第3週（10/19～10/23）の訪問調査予定が確定しましたので、ご報告いたします。
前週ご依頼分のうち2件は、ご家族のご都合により翌週へ回しております（別途ご連絡します）。

{grid(_rows)}

※立会い欄は事前の電話連絡時にご家族から伺った内容です。
※時刻は訪問開始予定です。前の訪問の状況により前後することがあります。

ご確認のほど、よろしくお願いいたします。

{SIG_MIURA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six applicants' names, insured numbers, home addresses and phones to the city: a list of people")

# 002 — invoice to the municipality with the company's T-number and bank account
add(2, sender=MURASE, to=[MINAMIKAWA], subject="令和8年9月分 認定調査業務委託料のご請求について",
    charset="cp932",
    body=f"""南川市 介護保険課 御中
（ご担当：杉山様）

平素より大変お世話になっております。
日の出産業株式会社 経理部の村瀬でございます。

令和8年9月分 要介護認定調査業務委託料の請求書をお送りいたします。
原本は本日郵送いたしましたが、先行してPDFを添付いたします。

　請求書番号：HS-2609-0412
　件数　　　：新規 38件／更新 71件／区分変更 9件（計118件）
　請求金額　：485,210円（税込）
　お支払期日：令和8年10月30日

ご査収のほど、よろしくお願い申し上げます。

{SIG_MURASE}
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-2609-0412.pdf", "title": "請求書",
                  "lines": ["請　求　書", "", "南川市長 様", "請求書番号 HS-2609-0412　発行日 2026/10/05",
                            "日の出産業株式会社　〒101-0047 東京都千代田区内神田9-4-2",
                            f"登録番号 {HINODE_T}",
                            "件名：令和8年9月分 要介護認定調査業務委託料", ""],
                  "table": [["区分", "件数", "単価", "金額"],
                            ["新規調査", "38", "4,400", "167,200"],
                            ["更新調査", "71", "3,300", "234,300"],
                            ["区分変更調査", "9", "4,400", "39,600"],
                            ["小計", "", "", "441,100"], ["消費税(10%)", "", "", "44,110"],
                            ["合計", "", "", "485,210"], ["", "", "", ""],
                            ["振込先", "みどり銀行 静岡支店", "普通 3081745", "ﾆﾁﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's own T-number and bank account: ordinary business mail")

# 003 — reply with one applicant's dementia details (new text), the question quoted
_q = person("kitayama", "F")
add(3, sender=SAEKI, to=[KITAYAMA], subject=f"Re: {_q['sei']}様 調査票の特記事項について",
    charset="utf-8",
    body=f"""宮坂様

お世話になっております。日の出産業の佐伯です。
お問い合わせの件、調査を担当した者として回答いたします。

> {_q['sei']}{_q['mei']}様（被保険者番号 {_q['hiho']}）の調査票ですが、
> 5-3「日常の意思決定」を「できない」とした根拠について
> 特記事項の記載が薄いため、補足をお願いできますでしょうか。
> 審査会が10/22のため、10/20までにいただけると助かります。

{_q['sei']}様は、かかりつけの診療所でアルツハイマー型認知症の診断を受けておられ、
ご長女のお話では、今年の夏ごろから着替えや食事の献立を自分で選べなくなり、
その都度ご長女が声をかけて決めている状態とのことです。
調査当日も「今日はどの服にしますか」という問いに答えられず、ご長女の方を見て黙ってしまわれました。
また8月には夜間せん妄で混乱され、近所の方に付き添われて帰宅されたことがあったと伺っています。

以上から「できない」と判断しました。特記事項の修正案を下記に記載します。

【5-3 修正案】
日常の意思決定：できない。着衣・食事内容等、日常的な選択を本人が行えず、長女が毎回代わりに
決めている（長女談）。調査時も衣類選択の問いに応答なし。8月に夜間せん妄のエピソードあり。

ほかに不足がありましたらご指摘ください。

{SIG_SAEKI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new text ties a diagnosis (Alzheimer's, delirium) to a named applicant; only the question is quoted")

# 004 — internal: today's visits with health notes, all internal
_p = people(5, "minamikawa")
_notes = ["インスリン自己注射中。低血糖に注意、午前は避けてほしいとのこと",
          "左耳難聴。右側から大きめの声で", "統合失調症の既往。女性調査員希望（長男より）",
          "在宅酸素（HOT）使用中。火気厳禁、室内禁煙のお願い", "特になし。犬あり（室内飼い）"]
_lines = []
for i, q in enumerate(_p):
    _lines.append(f"{i + 1}) {['9:30', '11:00', '13:30', '15:00', '16:30'][i]}  {q['name']}（{q['age']}歳）\n"
                  f"   {q['addr']}　☎{q['tel']}\n   注意：{_notes[i]}")
add(4, sender=ONODERA, to=["佐伯 拓真 <t-saeki@hinode-sangyo.co.jp>", "久住 沙織 <s-kusumi@hinode-sangyo.co.jp>"],
    cc=["三浦 菜摘 <n-miura@hinode-sangyo.co.jp>"], subject="本日10/14の訪問先と申し送り",
    charset="iso-2022-jp",
    body=f"""佐伯さん、久住さん

おはようございます。小野寺です。
本日の訪問先です。申し送り事項を必ず確認してから出発してください。

{chr(10).join(_lines)}

午後の2件は久住さん、それ以外は佐伯さんでお願いします。
調査票はタブレットに同期済みです。

小野寺
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[], note="all recipients internal: health notes and addresses may circulate inside the company")

# 005 — password ZIP of survey forms (PPAP) to the municipality
_p = people(9, "nishihama")
_sheet = [["西浜市 認定調査票 提出分（10月前半）"], [],
          ["被保険者番号", "氏名", "生年月日", "調査日", "調査員", "認知症自立度", "特記事項（抜粋）"]]
for i, q in enumerate(_p):
    _sheet.append([q["hiho"], q["name"], q["dob"], f"2026/10/{3 + i:02d}", "久住",
                   NINCHI[i % 7], "歩行時ふらつきあり、転倒歴2回"])
add(5, sender=MIURA, to=[NISHIHAMA], subject="認定調査票の送付（10月前半分）", charset="iso-2022-jp",
    body=f"""西浜市 長寿介護課
加納様

いつもお世話になっております。日の出産業の三浦です。
10月前半分の認定調査票（概況調査・基本調査・特記事項）9件をお送りいたします。
情報保護のため、ファイルはパスワード付きZIPとしております。
パスワードは別メールにてお知らせいたします。

　添付：西浜市_調査票_202610前半.zip

よろしくお願いいたします。

{SIG_MIURA}
""",
    attachments=[{"kind": "zip", "name": "西浜市_調査票_202610前半.zip", "password": "Nh7-Kx29q",
                  "files": [{"kind": "xlsx", "name": "調査票_202610前半.xlsx",
                             "sheets": {"提出一覧": _sheet}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected")

# 006 — the separate password mail
add(6, sender=MIURA, to=[NISHIHAMA], subject="パスワードのお知らせ", charset="iso-2022-jp",
    body="""加納様

先ほどお送りした「西浜市_調査票_202610前半.zip」のパスワードをお知らせいたします。

　Nh7-Kx29q

お手数ですが、解凍できない場合はご連絡ください。

日の出産業　三浦
""",
    expect="pass", entities=[], detectors=[],
    note="only a password, no attachment and no personal data")

# 007 — one applicant's stroke and paralysis to the care manager, with address
_q = person("minamikawa", "F")
add(7, sender=MIURA, to=[HIDAMARI], subject=f"区分変更調査の日程ご相談（{_q['sei']}様）",
    charset="utf-8",
    body=f"""居宅介護支援事業所ひだまり
堀内様

お世話になっております。日の出産業 認定調査センターの三浦です。
南川市から区分変更申請の調査依頼をいただきました{_q['name']}様の件でご連絡いたしました。

ご長男様にお電話したところ、9月上旬に脳梗塞を起こされて南川中央病院に２週間ほど入院され、
退院後は左半身に麻痺が残り、室内でも伝い歩きがやっとの状態とのことでした。
言葉も少し出にくくなっておられるそうですので、調査当日は堀内様にもご同席いただけると大変心強いです。

訪問先：南川市{_q['addr']}（退院後、ご長男宅に移られたそうです）
候補日：{mdj(10, 21)} 14:00／{mdj(10, 23)} 10:00

ご都合をお知らせいただけますでしょうか。
どうぞよろしくお願いいたします。

{SIG_MIURA}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="stroke, hospitalisation and paralysis of one named applicant in running text to an external care manager")

# 008 — meeting scheduling with the city and the regional support centre (two organisations)
add(8, sender=OTANI, to=[MINAMIKAWA], cc=[HOUKATSU],
    subject="認定調査 連絡調整会議（11月）の日程調整のお願い", charset="iso-2022-jp",
    body=f"""南川市 介護保険課　杉山様
東部地域包括支援センター　野口様

いつも大変お世話になっております。日の出産業の大谷です。

四半期ごとの連絡調整会議について、11月の候補日を挙げさせていただきます。

　① 11月 9日（月）14:00～15:30
　② 11月12日（木）10:00～11:30
　③ 11月16日（月）15:00～16:30

会場は前回同様、市役所東館3階の会議室を想定しております。
議題案：
　・調査依頼から訪問までの日数（9月実績 平均11.2日）
　・入院中の方の調査手順の確認
　・年末年始の受付体制

ご都合の悪い日がございましたら、10/23（金）までにお知らせください。

{SIG_OTANI}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations, no personal data")

# 009 — training invitation with four care-management offices all in To
add(9, sender=KAWABATA,
    to=[HIDAMARI, SORA, NOZOMI, AOZORA],
    subject="【ご案内】委託認定調査員 現任研修（11/28）", charset="utf-8",
    body=f"""居宅介護支援事業所 各位

平素より認定調査業務にご協力いただき、誠にありがとうございます。
日の出産業 研修企画担当の川端です。

当社が南川市・朝日丘市から受託している認定調査について、委託調査員の皆様を対象とした
現任研修を下記のとおり開催いたします。

　日時：2026年11月28日（土）13:30～16:30（受付13:00～）
　会場：さくらホテル静岡 2階「桂の間」
　内容：・令和8年度 認定調査員テキスト改訂点
　　　　・特記事項の書き方（演習）
　　　　・判断に迷いやすい項目のQ&A
　定員：40名（先着順）

参加を希望される方は、11/13（金）までに事業所ごとに人数をお知らせください。

{SIG_KAWABATA}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external care offices can see each other's addresses in To: should have been Bcc")

# 010 — a list of care-management offices (businesses, not people)
_offices = [["事業所名", "事業所番号", "所在地", "電話"],
            ["朝日丘ケアマネジメント", "1271500318", "朝日丘市旭町2-4-1 旭ビル2F", "0475-62-1180"],
            ["居宅介護支援事業所 みなみ台", "1271500441", "朝日丘市南台1-18-3", "0475-62-7705"],
            ["ケアプラン本納", "1271500516", "朝日丘市本納548-2", "0475-34-2210"],
            ["社会福祉法人芝山会 居宅介護支援センター", "1271500623", "朝日丘市芝山3-2-9", "0475-34-8801"],
            ["ふじみケアサポート", "1271500730", "朝日丘市富士見4-7-12", "0475-62-3346"],
            ["上宿居宅介護支援事業所", "1271500847", "朝日丘市上宿1-1-20", "0475-60-1122"]]
add(10, sender=ONODERA, to=[ASAHIGAOKA], subject="Re: 委託調査 協力事業所一覧のご提出",
    charset="cp932",
    body=f"""朝日丘市 高齢者支援課
根本様

お世話になっております。日の出産業 認定調査センターの小野寺です。
ご依頼のありました、当社が再委託している居宅介護支援事業所の一覧をお送りいたします。

{grid(_offices, rule="=")}

※事業所番号は指定通知書の記載どおりです。
※電話番号は各事業所の代表番号です。

以上、よろしくお願いいたします。

{SIG_ONODERA}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of businesses (care offices with office addresses and switchboards), not of people")

# 011 — monthly record CSV with insured numbers, names, DOB, addresses
_p = people(12, "asahigaoka")
_rows = [["被保険者番号", "氏名", "フリガナ", "生年月日", "住所", "調査日", "調査区分", "調査員"]]
for i, q in enumerate(_p):
    _rows.append([q["hiho"], q["name"], q["kana"], q["dob"], f"千葉県朝日丘市{q['addr']}",
                  f"2026/09/{2 + 2 * i:02d}", KUBUN[(i + 2) % 5], ["石黒", "佐伯", "久住"][i % 3]])
add(11, sender=ONODERA, to=[ASAHIGAOKA], subject="9月分 認定調査実施報告（CSV）",
    charset="cp932",
    body=f"""朝日丘市 高齢者支援課 御中

いつもお世話になっております。日の出産業の小野寺です。
9月分の認定調査実施報告をCSVでお送りいたします（12件）。
紙の実施報告書は月次の請求書類と一緒に郵送いたします。

よろしくお願いいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "csv", "name": "asahigaoka_jisshi_202609.csv", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of twelve applicants with insured number, date of birth and address to the city")

# 012 — reply to the city: their request list only quoted
_p = people(5, "minamikawa")
_quoted = "\n".join(f"> {i + 1}. {q['name']}　{q['addr']}　TEL {q['tel']}　{KUBUN[i]}"
                    for i, q in enumerate(_p))
add(12, sender=MIURA, to=[MINAMIKAWA], subject="RE: 認定調査のご依頼（10/9受付分）",
    charset="iso-2022-jp",
    body=f"""杉山様

お世話になっております。三浦です。
ご依頼の5件、確かに受領いたしました。
10/16（金）までに全件のご家族へ連絡し、日程が決まり次第ご報告いたします。

三浦

-----Original Message-----
差出人: 南川市介護保険課 認定係 <kaigo-nintei@city.minamikawa.lg.jp>
送信日時: 2026年10月9日 16:42
宛先: 三浦 菜摘 <n-miura@hinode-sangyo.co.jp>
件名: 認定調査のご依頼（10/9受付分）

日の出産業 三浦様

いつもお世話になっております。南川市介護保険課の杉山です。
下記5件の認定調査をお願いいたします。

{_quoted}

よろしくお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the applicants' list is only quoted from the city's own mail; new text has no personal data")

# 013 — reminder to a clinic naming the patient and the diagnosis
_q = person("minamikawa", "M")
add(13, sender=ONODERA, to=[YAMABUKI], subject="主治医意見書のご提出状況について（ご確認）",
    charset="cp932",
    body=f"""やまぶき内科クリニック
事務ご担当者様

いつもお世話になっております。
南川市から要介護認定業務（意見書回収・督促）を受託しております、日の出産業の小野寺と申します。

9月24日付で南川市よりご依頼しております下記の方の主治医意見書について、
現時点で市に未着となっておりますので、ご提出状況をご確認いただけますでしょうか。

　患者様　　：{_q['name']} 様（{_q['wa']}生）
　依頼日　　：令和8年9月24日
　申請時傷病名：パーキンソン病、起立性低血圧（申請書記載）

審査会への上程が11月第1週を予定しておりますので、10月30日までにご提出いただけますと幸いです。
すでにご送付済みでしたら、行き違いのご容赦をお願いいたします。

{SIG_ONODERA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named patient's date of birth and diagnoses (Parkinson's) sent to a clinic")

# 014 — aggregate statistics only
add(14, sender=ONODERA, to=[KITAYAMA], subject="上半期 認定調査 実績集計（北山町）",
    charset="utf-8",
    body=f"""北山町 保健福祉課
宮坂様

お世話になっております。日の出産業の小野寺です。
上半期（4～9月）の調査実績の集計表をお送りいたします。
個別の情報は含めておらず、件数のみの集計です。

主なポイント
・総件数 214件（前年同期比 +6.5%）
・うち区分変更が 27件と、前年の 1.5倍
・依頼から訪問までの平均日数 9.8日

ご査収ください。

{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "北山町_上半期実績集計.xlsx",
                  "sheets": {"区分別": [["令和8年度 上半期 調査件数（区分別）"], [],
                                      ["月", "新規", "更新", "区分変更", "計"],
                                      ["4月", 9, 21, 3, 33], ["5月", 11, 19, 4, 34],
                                      ["6月", 8, 25, 5, 38], ["7月", 12, 22, 4, 38],
                                      ["8月", 10, 20, 6, 36], ["9月", 9, 21, 5, 35]],
                             "地区別": [["地区", "件数"], ["上野原", 61], ["柏尾", 44],
                                      ["赤沢", 38], ["中村", 47], ["峯", 24]],
                             "前回認定別": [["前回認定", "件数"], ["要支援1", 22], ["要支援2", 25],
                                        ["要介護1", 48], ["要介護2", 41], ["要介護3", 19],
                                        ["要介護4", 12], ["要介護5", 8], ["なし（新規）", 39]]}}],
    expect="pass", entities=[], detectors=[],
    note="aggregate counts by month, district and care level: no individual")

# 015 — look-alike of the company's own domain, with tomorrow's visit list
_p = people(5, "minamikawa")
_blk = "\n".join(f"・{q['name']}様　南川市{q['addr']}　{q['tel']}" for q in _p)
add(15, sender=ONODERA, to=["佐伯 拓真 <t-saeki@hinode-sangyou.co.jp>"],
    subject="明日の訪問先（5件）", charset="iso-2022-jp",
    body=f"""佐伯さん

お疲れさまです。明日の訪問先です。
直行直帰で大丈夫です。

{_blk}

2件目と3件目は同じ町内なので、順番を入れ替えても構いません。
よろしくお願いします。

小野寺
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyou.co.jp is a typo of the company's own domain, and five applicants' addresses go with it")

# 016 — mail about an NDA with the regional union (no marking)
add(16, sender=OTANI, to=[KOTO], subject="秘密保持契約書（案）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""湖東広域連合 介護保険課
北川様

お世話になっております。日の出産業の大谷です。
先日のお打合せでお話のありました、来年度の認定調査業務に先立つ
秘密保持契約書の案をお送りいたします。

第3条（秘密情報の範囲）に、調査票・主治医意見書の写しを明記し、
第7条で、契約終了時の返還・廃棄の方法を具体的に記載しております。
貴連合の個人情報取扱特記事項と重複する部分は、そちらを優先する旨を第12条に入れました。

ご確認のうえ、修正点がございましたら遠慮なくお知らせください。

{SIG_OTANI}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v2.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "湖東広域連合（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                                 "要介護認定調査業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                                 "第3条（秘密情報の範囲）認定調査票、主治医意見書の写しその他甲が秘密である旨を示して開示した情報をいう。",
                                 "第7条（返還・廃棄）乙は、契約終了後30日以内に秘密情報を返還し、又は甲の立会いのもと廃棄する。",
                                 "第12条（優先関係）甲の定める個人情報取扱特記事項と本契約が抵触する場合は、特記事項を優先する。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA; the draft contract is not itself marked confidential")

# 017 — an application's My Number transcribed to the care manager
_q = person("minamikawa", "M")
add(17, sender=SAEKI, to=[NOZOMI], subject=f"代行申請の記載内容の確認（{_q['sei']}様）",
    charset="utf-8",
    body=f"""居宅介護支援センターのぞみ
今泉様

お世話になっております。日の出産業の佐伯です。
代行申請いただいた{_q['sei']}様の件で、市から申請書の写しを受け取りましたが、
生年月日が介護保険のデータと一致しないため、調査前に確認させてください。

申請書の記載内容（転記）
　氏名　　：{_q['name']}（{_q['kana']}）
　生年月日：{_q['wa']}
　個人番号：{mn(1)[:4]} {mn(1)[4:8]} {mn(1)[8:]}
　住所　　：{_q['full']}

市のデータでは生年月日が１年ずれているようです。ご本人の保険証でご確認いただけますか。

{SIG_SAEKI}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an applicant's My Number transcribed into a mail to an external care manager")

# 018 — surveyors' payment records with My Numbers to the tax accountant
_p = people(7, "minamikawa", adult=True)
_sheet = [["令和8年分 報酬、料金、契約金及び賞金の支払調書 作成用データ"], ["支払者：日の出産業株式会社"], [],
          ["No", "氏名", "個人番号", "住所", "区分", "支払金額", "源泉徴収税額"]]
for i, q in enumerate(_p):
    pay = rng.randint(38, 160) * 4400
    _sheet.append([i + 1, q["name"], mn(10 + i), q["full"], "認定調査報酬", pay, int(pay * 0.1021)])
add(18, sender=MURASE, to=["伊東税理士事務所 伊東 <ito@ito-tax.jp>"],
    subject="支払調書作成用データ（委託調査員分）", charset="utf-8",
    body=f"""伊東先生

いつもお世話になっております。日の出産業 経理部の村瀬です。
委託調査員（個人）7名分の支払調書作成用データをお送りします。
昨年から2名増えております（No.6、7）。

ご確認のほどよろしくお願いいたします。

{SIG_MURASE}
""",
    attachments=[{"kind": "xlsx", "name": "支払調書データ_委託調査員_R8.xlsx",
                  "sheets": {"支払調書": _sheet, "メモ": [["No.6,7は10月から"], ["住所変更 No.3"]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven surveyors' My Numbers and home addresses in an XLSX to an external accountant")

# 019 — shipment of original forms with a tracking number
add(19, sender=ONODERA, to=[NISHIHAMA], subject="調査票原本の発送について", charset="cp932",
    body=f"""西浜市 長寿介護課
加納様

お世話になっております。日の出産業の小野寺です。
10月前半分の調査票原本（9件分）を、本日青葉運輸の書留便で発送いたしました。

　お問い合わせ番号：4476-2291-0358
　お届け予定　　　：10月17日（土）午前中 → 土曜のため19日（月）午前に指定しています
　箱数　　　　　　：1箱（A4封筒 9通）

到着しましたら、受領書にご押印のうえご返送いただけますと幸いです。

{SIG_ONODERA}
""",
    expect="pass", entities=[], detectors=[],
    note="a tracking number and a parcel count: ordinary business mail")

# 020 — corporate card number to the hotel for the training venue guarantee
_c = card(1)
add(20, sender=KAWABATA, to=["さくらホテル静岡 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="11/28 研修会場のご予約（保証のカード情報）", charset="iso-2022-jp",
    body=f"""さくらホテル静岡
宴会予約ご担当　森様

お世話になっております。日の出産業の川端です。
11月28日（土）「桂の間」のご予約につきまして、保証用のカード情報をお知らせいたします。

　カード名義：HINODE SANGYO CO LTD / JUN KAWABATA
　カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
　有効期限　：08/29

当日の精算は請求書払いでお願いできれば幸いです。

{SIG_KAWABATA}
""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full credit card number in the mail body to the hotel")

# 021 — family on free mail: the father's current care level only (debatable)
_q = person("asahigaoka", "M")
add(21, sender=KUSUMI, to=["吉岡 健司 <kenji.yoshioka77@gmail.com>"],
    subject=f"Re: 父（{_q['mei']}）の認定結果について", charset="utf-8",
    body=f"""吉岡健司様

日の出産業 認定調査センターの久住です。
先日はお父様の調査にお立会いいただき、ありがとうございました。

お問い合わせの件ですが、認定結果は当社ではなく朝日丘市から、
申請から概ね30日以内にご本人様宛てに郵送で通知されます。

なお、現在お持ちの被保険者証に記載の認定（吉岡 {_q['mei']}様：要介護１、有効期間 令和8年11月30日まで）は、
新しい結果が出るまで引き続き有効ですので、サービスはそのままご利用いただけます。

ご不明な点は市の高齢者支援課（0475-62-1111 代表）にお問い合わせください。

――――――――――――
日の出産業株式会社 認定調査センター
認定調査員　久住 沙織
TEL 054-200-1180
――――――――――――
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="a named father's care level to his son on gmail: whether 要介護度 alone is 要配慮 is arguable")

# 022 — corrupt PDF attachment to the city
add(22, sender=ONODERA, to=[ASAHIGAOKA], subject="10月分 調査票（スキャン）の送付", charset="cp932",
    body=f"""朝日丘市 高齢者支援課
根本様

お世話になっております。日の出産業の小野寺です。
10月第1週分の調査票をスキャンしたPDFをお送りします（12件、1ファイル）。
原本は月末にまとめて持参いたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "corrupt", "name": "調査票_朝日丘_202610_第1週.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected")

# 023 — printing order with product codes (partner)
add(23, sender=ONODERA, to=["錦印刷 営業部 松井様 <matsui@nishiki-insatsu.co.jp>"],
    subject="調査票用紙・封筒の増刷のお願い", charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部　松井様

いつもお世話になっております。日の出産業 認定調査センターの小野寺です。
下記の増刷をお願いいたします。

　品番　　　　　　　品名　　　　　　　　　　　　数量　　　備考
　NS-CHS-0742　　　認定調査票（概況調査）A4　　3,000枚　令和8年改訂版
　NS-CHS-0743　　　認定調査票（基本調査）A4　　3,000枚　両面
　NS-ENV-1120　　　角2封筒（窓なし・社名入）　　 500枚
　NS-ENV-0615　　　長3封筒（返信用・料金受取人払）1,000枚　承認番号 静岡中央 第2231号

納期：11月6日（金）着でお願いできますでしょうか。
納品先は前回同様、静岡の認定調査センター（4F）です。

お見積りをいただけましたら発注書を起票いたします。

{SIG_ONODERA}
""",
    expect="pass", entities=[], detectors=[],
    note="an order with product codes and quantities to a partner")

# 024 — FW of the city's request list to a freelance surveyor on gmail
_p = people(5, "minamikawa")
_fw = "\n".join(f"{i + 1}  {q['hiho']}  {q['name']}  {q['addr']}  {q['tel']}" for i, q in enumerate(_p))
add(24, sender=MIURA, to=["桑原 由紀 <yuki.kuwabara.cm@gmail.com>"],
    subject="FW: 認定調査のご依頼（10/13受付分）", charset="iso-2022-jp",
    body=f"""桑原さん

いつもありがとうございます。三浦です。
市から来た依頼を転送します。上から3件を桑原さんにお願いできますか？
残り2件は社内で対応します。

-----Original Message-----
From: 南川市介護保険課 認定係 <kaigo-nintei@city.minamikawa.lg.jp>
Sent: Tuesday, October 13, 2026 5:10 PM
To: 三浦 菜摘 <n-miura@hinode-sangyo.co.jp>
Subject: 認定調査のご依頼（10/13受付分）

日の出産業 三浦様

下記5件の調査をお願いします。

No 被保険者番号 氏名 住所 電話
{_fw}

南川市 介護保険課 認定係 杉山
""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a forward is new text to its recipient: five applicants' records go to a gmail address")

# 025 — training slides with an explicitly fictional case
add(25, sender=KAWABATA, to=[KITAYAMA], subject="研修資料（事例演習）の事前送付", charset="utf-8",
    body=f"""北山町 保健福祉課
宮坂様

お世話になっております。日の出産業の川端です。
11月の町内調査員研修で使用する事例演習のスライドを事前にお送りします。
事例はすべて研修用に作成した架空のものです。

内容にご意見がありましたら、11/20までにお知らせください。

{SIG_KAWABATA}
""",
    attachments=[{"kind": "pptx", "name": "事例演習_特記事項の書き方.pptx",
                  "slides": [["特記事項の書き方 ― 事例演習", "北山町 認定調査員研修", "日の出産業株式会社"],
                             ["事例A（架空）", "80代女性・独居", "物忘れが目立ち、服薬管理ができていないと別居の長男から相談",
                              "調査時は「自分でできる」と回答"],
                             ["演習1", "事例Aの 5-1「薬の内服」をどう選択するか",
                              "本人の回答と家族の話が食い違うときの特記事項の書き方"],
                             ["事例B（架空）", "70代男性・妻と二人暮らし", "右膝の痛みで歩行がゆっくり", "屋外は杖使用"],
                             ["まとめ", "選択の根拠を具体的に", "「誰から聞いたか」を明記する",
                              "頻度（週○回）を書く"]]}],
    expect="pass", entities=[], detectors=[],
    note="training slides with invented, non-identifiable cases")

# 026 — reply thread: new text gives a named applicant's fracture and surgery
_q = person("minamikawa", "F")
add(26, sender=SAEKI, to=[SORA], subject="Re: 調査日程の件", charset="cp932",
    body=f"""丸山様

お世話になっております。佐伯です。
ご連絡ありがとうございました。

{_q['sei']}{_q['mei']}様は、9月末に自宅で転倒されて大腿骨頸部骨折で手術を受けられ、
現在は南川中央病院の回復期リハビリ病棟に入院中とのことですね。
状態が安定していない時期の調査は実態と合わない恐れがありますので、
病院の地域連携室とも相談のうえ、11月中旬に病棟で調査させていただく方向で調整します。

市には当社から延期の理由をお伝えしておきます。

佐伯

> 日の出産業 佐伯様
>
> いつもお世話になっております。ケアプランセンターそらの丸山です。
> 来週予定の調査の件ですが、ご本人が入院されてしまいました。
> 詳しくはお電話でお話しした通りです。
> 日程の再調整をお願いできますでしょうか。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="the reply's own text names the applicant with her fracture, surgery and hospitalisation")

# 027 — HTML-only table of six applicants with hearing/vision notes to the support centre
_p = people(6, "minamikawa")
_bikou = ["独居・難聴（補聴器）", "日中独居", "視力低下（白内障術後）", "夫婦とも要介護", "認知症あり、長女同席", "独居"]
_tr = "\n".join(
    f"<tr><td>{md(10, 26 + i % 4)}</td><td>{q['name']}</td><td>{q['addr']}</td><td>{q['tel']}</td>"
    f"<td>{_bikou[i]}</td></tr>" for i, q in enumerate(_p))
add(27, sender=MIURA, to=[HOUKATSU], subject="包括支援センター経由の調査対象者（10月最終週）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>東部地域包括支援センター<br>野口様</p>
<p>いつもお世話になっております。日の出産業の三浦です。<br>
センター経由でご申請いただいた方の訪問予定です。事前の見守り訪問のご参考にしてください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde8f4"><th>訪問日</th><th>氏名</th><th>住所</th><th>電話</th><th>備考</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 認定調査センター<br>三浦 菜摘<br>TEL 054-200-1180</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML table of six applicants with addresses, phones and health notes")

# 028 — one family on free mail: visit confirmation, one person, no health details
_q = person("koto", "F")
add(28, sender=KUSUMI, to=["鵜飼 様 <ukai.michiyo@yahoo.co.jp>"],
    subject="認定調査の訪問日時のご確認", charset="iso-2022-jp",
    body=f"""鵜飼 美千代 様

湖東広域連合から委託を受けております、日の出産業 認定調査員の久住と申します。
本日はお電話でありがとうございました。お母様の訪問調査の日時を確認のためお送りします。

　対象の方：{_q['name']} 様
　日時　　：{mdj(11, 5)} 午前10時～（1時間程度）
　訪問先　：湖東市{_q['addr']}

当日は介護保険被保険者証をご用意ください。
ご自宅前の道が狭いとのことでしたので、近くのコインパーキングに車を停めて伺います。
ご都合が悪くなった場合は、センター（054-200-1180）までご連絡ください。

日の出産業株式会社 認定調査センター
久住 沙織
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="one free-mail recipient and one person's visit address to her own daughter: may be warned, not held")

# 029 — DOCX reasons for a re-survey, one applicant, health details, to the city
_q = person("nishihama", "M")
add(29, sender=MIURA, to=[NISHIHAMA], subject=f"再調査の実施報告（{_q['sei']}様）", charset="iso-2022-jp",
    body=f"""加納様

お世話になっております。日の出産業の三浦です。
審査会からご指示のあった{_q['sei']}様の再調査について、報告書を添付いたします。
原本は本日郵送いたしました。

{SIG_MIURA}
""",
    attachments=[{"kind": "docx", "name": f"再調査報告書_{_q['sei']}.docx",
                  "paragraphs": ["再調査報告書", "西浜市長 様", "日の出産業株式会社 認定調査センター",
                                 f"対象者：{_q['name']}（{_q['kana']}）　被保険者番号：{_q['hiho']}",
                                 f"生年月日：{_q['wa']}",
                                 "再調査の理由：初回調査（9/28）時は、誤嚥性肺炎による入院から退院直後であり、"
                                 "一時的に状態が悪化していたため。",
                                 "再調査結果：慢性心不全の増悪はなく、室内は歩行器で移動可能。"
                                 "食事は刻み食で自力摂取。排尿は日中トイレ、夜間のみリハビリパンツ使用。",
                                 "主治医（西浜ハートクリニック）の意見：今後も心不全の再増悪に注意が必要。"],
                  "tables": [[["項目", "初回", "再調査"], ["2-1 移乗", "全介助", "見守り等"],
                              ["2-2 移動", "全介助", "見守り等"], ["2-4 食事摂取", "一部介助", "介助されていない"]]]}],
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX report with a named applicant's pneumonia, heart failure and care findings")

# 030 — English mail to a foreign software vendor, no personal data
add(30, sender=TAKANASHI, to=["Oliver Grant <o.grant@brightform.co.uk>"],
    subject="Survey app: Japanese UI feedback (build 4.2.1)", charset="utf-8",
    body=f"""Dear Oliver,

Thank you for sending build 4.2.1 of the survey app so quickly.
Our certification survey team tested it on the iPads last week. Feedback below:

1. The date picker still shows Gregorian years only. Our municipal clients need Japanese
   era years (Reiwa) on the printed form; the app may keep ISO dates internally.
2. On the "special notes" screen, the character counter counts full-width characters as 2.
   The municipal form limit is 400 characters regardless of width.
3. Offline sync: when the tablet reconnects, forms saved offline appear twice in the queue
   (screen recording attached to ticket BF-2291, no real data in it).
4. Could the PDF export use a Japanese font by default? Currently it falls back to boxes.

Items 1 and 3 block our rollout in December. Could you give us an estimate by Friday?

Best regards,
Shin Takanashi
IT Systems Department, Hinode Sangyo Co., Ltd.
Tel +81-3-5200-7755
""",
    expect="pass", entities=[], detectors=[],
    note="English feedback to a foreign vendor, ticket numbers only")

# 031 — English: case table with insured numbers and diagnoses to an overseas researcher
_p = people(8, "koto")
_diag = ["Alzheimer's disease", "Cerebral infarction (sequelae)", "Parkinson's disease",
         "Chronic heart failure", "Vascular dementia", "Osteoarthritis (knee), diabetes",
         "COPD", "Lewy body dementia"]
_rows = "\n".join(f"{q['hiho']:<12}{q['age']:<5}{'F' if q['sex'] == 'F' else 'M':<5}{_diag[i]:<34}"
                  f"{NINCHI[1 + (i + 2) % 6]:<7}{CARE[(i + 3) % 7].replace('要介護', 'CL').replace('要支援', 'SL')}"
                  for i, q in enumerate(_p))
add(31, sender=OTANI, to=["Dr. Lena Hoffmann <hoffmann@pflegeinstitut-nord.de>"],
    subject="Sample cases for the assessment comparison study", charset="utf-8",
    body=f"""Dear Dr. Hoffmann,

Thank you for the productive call on Tuesday. As promised, here are eight cases from
our October surveys in the Koto region that we could discuss in the joint workshop.

Insured No. Age  Sex  Main diagnosis                    Dem.   Level
{'-' * 76}
{_rows}

"Dem." is the dementia independence level of the Japanese form (I to IV, M).
Please let me know if you need the full item-level answers as well.

Kind regards,
Kyohei Otani
Certification Survey Center, Hinode Sangyo Co., Ltd.
""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="rows keyed by insured numbers with diagnoses and dementia levels, sent abroad")

# 032 — a new surveyor's basic pension number to the labour consultant
_q = person("minamikawa", "F", adult=True)
add(32, sender=NOTO, to=["藤本社会保険労務士事務所 <office@sr-fujimoto.jp>"],
    subject="資格取得届の作成依頼（11/1入社 1名）", charset="iso-2022-jp",
    body=f"""藤本先生

いつもお世話になっております。日の出産業 総務部の能登です。
11月1日付で認定調査センターに入社する調査員1名の資格取得届の作成をお願いいたします。

　氏名　　　　：{_q['name']}（{_q['kana']}）
　生年月日　　：{_q['wa']}
　性別　　　　：女
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　住所　　　　：〒{_q['zip']} {_q['full']}
　報酬月額　　：265,000円（通勤手当 8,400円含む）
　被扶養者　　：なし

雇用保険は前職（居宅介護支援事業所）の被保険者番号が不明とのことで、確認中です。

{SIG_NOTO}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new hire's basic pension number with name, date of birth and address to an outside firm")

# 033 — internal: My Numbers for year-end adjustment (all internal)
_p = people(3, "minamikawa", adult=True)
_l = "\n".join(f"　{q['name']}　{mn(20 + i)}　（扶養：{['なし', '配偶者', '子1名'][i]}）" for i, q in enumerate(_p))
add(33, sender=NOTO, to=[MURASE], cc=["人事労務課 <jinji@hinode-sangyo.co.jp>"],
    subject="年末調整：認定調査センター 中途入社者の個人番号", charset="iso-2022-jp",
    body=f"""村瀬さん

お疲れさまです。能登です。
今年度中途入社した調査員3名分の個人番号です。源泉徴収票の作成にお使いください。

{_l}

本人確認書類の写しは人事のキャビネットに保管しています。
このメールは処理後に削除をお願いします。

能登
""",
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers between internal staff only: the policy lets internal mail go")

# 034 — three surveyors' driving licence numbers to the insurance agency
_p = people(3, "minamikawa", adult=True)
_lic = "\n".join(f"{i + 1}. {q['name']}　生年月日 {q['dob']}\n"
                 f"   免許証番号 第{rng.randint(30, 49)}{rng.randint(10, 24):02d}{rng.randint(0, 999999):06d}{rng.randint(0, 9)}{rng.randint(0, 2)}号"
                 f"　色 {['ゴールド', 'ブルー', 'ゴールド'][i]}"
                 for i, q in enumerate(_p))
add(34, sender=NOTO, to=["東海保険サービス 杉田様 <sugita@tokai-hoken.co.jp>"],
    subject="社用車 運転者追加のお願い（認定調査センター）", charset="utf-8",
    body=f"""東海保険サービス株式会社
杉田様

いつもお世話になっております。日の出産業 総務部の能登です。
認定調査センターの社用車（軽自動車2台：静岡 580 あ 12-34 / 12-35）の
運転者限定特約に、下記3名の追加をお願いいたします。

{_lic}

11月1日から運転予定です。手続きに必要な書類があればお知らせください。

{SIG_NOTO}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="driving licence numbers of three staff with dates of birth: identity document numbers")

# 035 — a foreign staff member's residence card and passport to the administrative scrivener
add(35, sender=NOTO, to=["近藤行政書士事務所 <kondo@gyosei-kondo.jp>"],
    subject="在留期間更新の件（当社事務スタッフ）", charset="utf-8",
    body=f"""近藤先生

お世話になっております。日の出産業 総務部の能登です。
認定調査センターで事務を担当しているスタッフの在留期間更新について、ご依頼いたします。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　国籍：ベトナム
　生年月日：1996年7月14日
　在留カード番号：UH{rng.randint(10000000, 99999999)}FA
　在留資格：技術・人文知識・国際業務　在留期限：2027年1月20日
　旅券番号：C{rng.randint(1000000, 9999999)}

本人の住民票・課税証明は来週取り寄せます。会社側で準備する書類のリストをいただけますか。

{SIG_NOTO}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="residence card and passport numbers of one employee to an outside office")

# 036 — the city's new contact person (a business contact)
add(36, sender=MIURA, to=[ASA_CM], subject="朝日丘市の担当者変更について", charset="cp932",
    body=f"""朝日丘ケアマネジメント
石黒様

お世話になっております。日の出産業の三浦です。
朝日丘市 高齢者支援課の認定係のご担当が、11月から根本様から下記の方に代わるそうです。

　朝日丘市 高齢者支援課 認定係　坂上 様
　TEL 0475-62-1111（内線 2317）

調査日程の件で市に直接お問い合わせになる場合はご参照ください。
当社の窓口（三浦）は変わりません。

{SIG_MIURA}
""",
    expect="pass", entities=[], detectors=[],
    note="a municipal official's desk extension: one business contact, ordinary mail")

# 037 — an applicant's late-stage elderly insurance card numbers to a clinic
_q = person("minamikawa", "F")
add(37, sender=ONODERA, to=[CHUO_HP], subject=f"意見書作成に係る被保険者証情報（{_q['sei']}様）",
    charset="iso-2022-jp",
    body=f"""南川中央病院 地域連携室
宇野様

お世話になっております。日の出産業の小野寺です。
お問い合わせいただいた件、申請書の写しから転記いたします。

　氏名：{_q['name']}（{_q['kana']}）
　生年月日：{_q['wa']}
　後期高齢者医療被保険者証
　　保険者番号 39{rng.randint(100000, 999999)}　被保険者番号 {rng.randint(10000000, 99999999)}
　介護保険被保険者番号：{_q['hiho']}

意見書の作成料のご請求は、従来どおり市へ直接お願いいたします。

{SIG_ONODERA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a named person's health insurance card numbers to a hospital")

# 038 — internal pricing memo marked 社外秘 sent to the city by mistake
add(38, sender=OTANI, to=[MINAMIKAWA], subject="【社外秘】令和9年度 調査単価改定の考え方（案）",
    charset="iso-2022-jp",
    body=f"""【社外秘】

関係各位

令和9年度の各自治体向け単価について、現時点の考え方を共有します。

1. 人件費上昇分（+4.2%）は全自治体に転嫁する方針
2. 南川市：遠隔地（上郷・大門地区）の加算 600円を新設したい
3. 北山町：現行単価が赤字のため、契約更新時に +12% を提示、下限 +8%
4. 朝日丘市：競合（他社）の参入情報あり。据え置きも選択肢

来週の営業会議で方針を決めたいので、各自コメントをください。

{SIG_OTANI}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail itself is stamped 社外秘 and goes to an external recipient")

# 039 — unit price list (proposal) to a village
add(39, sender=OTANI, to=[HIGASHITAKE], subject="認定調査業務委託 お見積りの送付", charset="cp932",
    body=f"""東岳村 住民福祉課
菊池様

お世話になっております。日の出産業の大谷です。
先日ご相談いただいた認定調査業務の委託について、お見積りをお送りいたします。

　┌────────────┬──────┐
　│区分　　　　　　　　│単価（税抜）│
　├────────────┼──────┤
　│新規調査　　　　　　│　4,600円　│
　│更新調査　　　　　　│　3,500円　│
　│区分変更調査　　　　│　4,600円　│
　│遠隔地加算（片道30km超）│　　800円　│
　│施設入所者調査　　　│　3,200円　│
　└────────────┴──────┘

年間想定件数（120件）での概算は 約48万円（税抜）です。
見積有効期限は令和8年12月末日とさせていただきます。

{SIG_OTANI}
""",
    expect="pass", entities=[], detectors=[],
    note="price list in a box table: ordinary business mail")

# 040 — look-alike of the partner bank's domain
add(40, sender=MURASE, to=["みどり銀行 法人営業部 <houjin@midori-ginkou.co.jp>"],
    subject="口座振替依頼書の様式について", charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の村瀬です。
委託調査員への報酬を来年1月から総合振込に切り替えるにあたり、
口座振替依頼書（法人用）の最新様式をお送りいただけますでしょうか。

また、データ伝送サービスの申込書も併せていただけると助かります。

{SIG_MURASE}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp")

# 041 — look-alike of the system vendor's domain (no personal data)
add(41, sender=TAKANASHI, to=["ツバサシステム サポート <support@tsubasa-systems.jp>"],
    subject="【障害報告】調査タブレット 同期エラー（E-4031）", charset="utf-8",
    body=f"""ツバサシステム株式会社
サポートご担当者様

日の出産業 情報システム部の高梨です。
認定調査タブレット（NinteiPad v3.8）で、昨日から同期エラーが発生しています。

発生日時　：2026/10/20 08:40 頃～
対象端末　：SN: NTP-38-00417, NTP-38-00422（2台）
エラー表示：E-4031 "sync token expired"
再現手順　：オフライン保存 → Wi-Fi接続 → 同期ボタン押下
備考　　　：端末の再起動、再ログインでは解消せず

ログ（端末の診断ログ、個人情報は含まれていません）を添付します。
調査業務が止まっておりますので、至急ご確認をお願いします。

{SIG_TAKANASHI}
""",
    attachments=[{"kind": "txt", "name": "ntp-38-00417_diag.log",
                  "text": "2026-10-20T08:40:12+09:00 INFO  sync start queue=3\n"
                          "2026-10-20T08:40:13+09:00 WARN  token refresh failed status=401\n"
                          "2026-10-20T08:40:13+09:00 ERROR E-4031 sync token expired\n"
                          "2026-10-20T08:40:13+09:00 INFO  retry in 300s\n"}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systems.jp (an added s) is a look-alike of the partner tsubasa-system.jp")

# 042 — the real vendor domain, maintenance contract (no personal data)
add(42, sender=TAKANASHI, to=["ツバサシステム 営業部 小川様 <ogawa@tsubasa-system.jp>"],
    subject="NinteiPad 保守契約（令和9年度）の更新について", charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
営業部　小川様

いつもお世話になっております。日の出産業の高梨です。
NinteiPad の保守契約更新のお見積り（見積番号 TS-Q-26-0918）を拝受しました。

社内で確認したところ、以下2点をご相談させてください。
　(1) 端末台数が 24台 → 30台 に増える予定のため、4月からの台数で再見積りをお願いしたい
　(2) オンサイト対応を「翌営業日」から「当日（受付15時まで）」に変えた場合の差額

年内に稟議を回したいので、11月中旬までにいただけますと助かります。

{SIG_TAKANASHI}
""",
    expect="pass", entities=[], detectors=[],
    note="the partner's real domain; a quotation number and device counts only")

# 043 — look-alike of the printing partner's domain
add(43, sender=ONODERA, to=["錦印刷 制作部 <seisaku@nishiki-insatu.co.jp>"],
    subject="Re: 封筒の校正刷りについて", charset="cp932",
    body=f"""錦印刷 制作部
ご担当者様

お世話になっております。日の出産業の小野寺です。
角2封筒の校正刷り（PDF）を確認いたしました。

・社名ロゴの位置を左に5mm寄せてください
・「親展」の朱色をもう少し濃く（DIC 156 程度）
・郵便番号枠は不要です

修正後の校正を再度お送りいただけますでしょうか。

{SIG_ONODERA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter of the partner nishiki-insatsu.co.jp")

# 044 — city and care office in To, internal Cc: a schedule change of one applicant
_q = person("minamikawa", "M")
add(44, sender=MIURA, to=[MINAMIKAWA, HIDAMARI],
    cc=[OTANI, "佐伯 拓真 <t-saeki@hinode-sangyo.co.jp>", "小野寺 瑞穂 <m-onodera@hinode-sangyo.co.jp>"],
    subject=f"訪問日変更のご連絡（{_q['sei']}様）", charset="iso-2022-jp",
    body=f"""南川市 介護保険課 杉山様
居宅介護支援事業所ひだまり 堀内様

お世話になっております。日の出産業の三浦です。
{_q['sei']}様の訪問調査について、ご家族のご都合により日程を変更いたしました。

　変更前：10月27日（火）10:00
　変更後：11月 2日（月）14:00

担当調査員は変わらず佐伯です。
どうぞよろしくお願いいたします。

{SIG_MIURA}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations plus internal Cc; a surname and a visit time only")

# 045 — three siblings on free mail in To, with the mother's dementia described
_q = person("minamikawa", "F")
add(45, sender=KUSUMI,
    to=["芹沢 隆 <t.serizawa.1971@gmail.com>", "芹沢 京子 <kyoko-s@icloud.com>",
        "大須賀 陽子 <yoko-osuga@docomo.ne.jp>"],
    subject="お母様の認定調査について", charset="utf-8",
    body=f"""芹沢様、大須賀様

日の出産業 認定調査員の久住です。
ご長男様から、ご兄弟皆様に共有してほしいとのご希望をいただきましたので、まとめてお送りします。

お母様（芹沢 {_q['mei']}様）の更新調査を {mdj(11, 9)} 13:30 にご自宅で行います。

事前にお電話で伺ったところでは、今年に入ってから物忘れが進み、
かかりつけ医から「レビー小体型認知症」と言われたとのことでした。
夜間に「知らない人がいる」と言われることがあるそうですので、
そうした症状の頻度を当日お聞かせいただけると、調査票に正確に記載できます。

どなたか1名、立ち会っていただけると助かります。

日の出産業株式会社 認定調査センター　久住 沙織
TEL 054-200-1180
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["external_recipients_visible", "freemail_recipient", "personal_data"],
    note="three private persons see each other in To, and the mail names the mother's dementia diagnosis")

# 046 — year-end notice to five municipalities, correctly in Bcc
add(46, sender=ONODERA, to=["認定調査センター <nintei-center@hinode-sangyo.co.jp>"],
    bcc=[MINAMIKAWA, KITAYAMA, ASAHIGAOKA, NISHIHAMA, KOTO],
    subject="年末年始の調査受付についてのお知らせ", charset="iso-2022-jp",
    body=f"""各自治体 介護保険ご担当者様

（本メールはBCCにてお送りしております）

平素より大変お世話になっております。日の出産業 認定調査センターです。
年末年始の調査受付・訪問について、下記のとおりご案内いたします。

　■ 休業期間：12月29日（火）～1月3日（日）
　■ 年内最終訪問日：12月26日（土）
　■ 年始の訪問開始：1月5日（火）
　■ 12月18日（金）以降の依頼分は、原則として年明けの訪問となります

入院中の方の退院前調査など、お急ぎの案件は個別にご相談ください。

{SIG_ONODERA}
""",
    expect="pass", entities=[], detectors=[],
    note="five municipalities are in Bcc, not visible to each other; no personal data")

# 047 — legacy XLS surveyor roster with home addresses, phones, DOB to the city
_p = people(7, "minamikawa", adult=True)
_sheet = [["認定調査員名簿（令和8年10月1日現在）"], ["受託者：日の出産業株式会社"], [],
          ["No", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "介護支援専門員番号", "研修修了日"]]
for i, q in enumerate(_p):
    _sheet.append([i + 1, q["name"], q["kana"], q["dob"], q["full"], q["mobile"],
                   f"22{rng.randint(100000, 999999)}", f"2026/0{rng.randint(4, 9)}/1{rng.randint(0, 9)}"])
add(47, sender=OTANI, to=[MINAMIKAWA], subject="認定調査員名簿の提出（仕様書第8条）", charset="cp932",
    body=f"""南川市 介護保険課
杉山様

お世話になっております。日の出産業の大谷です。
仕様書第8条に基づき、10月1日現在の認定調査員名簿を提出いたします。
前回（4月）から2名追加、1名削除となっております。

{SIG_OTANI}
""",
    attachments=[{"kind": "xls", "name": "認定調査員名簿_R81001.xls", "sheets": {"名簿": _sheet}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven surveyors' home addresses, mobiles and dates of birth in an XLS to the city")

# 048 — tab-separated applicants to a care office
_p = people(5, "minamikawa")
_tsv = "\n".join("\t".join([q["name"], q["hiho"], "南川市" + q["addr"], q["tel"],
                            ["午前希望", "平日午後", "土曜可", "14時以降", "いつでも"][i]])
                 for i, q in enumerate(_p))
add(48, sender=ONODERA, to=[SORA], subject="そら様ご担当の方の調査予定（11月分）", charset="utf-8",
    body=f"""ケアプランセンターそら
丸山様

お世話になっております。日の出産業の小野寺です。
11月に更新調査を予定している、そら様がケアプランをご担当の方の一覧です。
訪問希望の欄はご家族から伺った内容ですが、ご存じの事情があれば教えてください。

氏名\t被保険者番号\t住所\t電話\t訪問希望
{_tsv}

よろしくお願いいたします。

{SIG_ONODERA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of five applicants with insured numbers, addresses and phones")

# 049 — three training attendees with mobiles to the hotel
_p = people(3, "minamikawa", adult=True)
_l = "\n".join(f"　・{q['name']}（{q['kana']}）　携帯 {q['mobile']}" for q in _p)
add(49, sender=KAWABATA, to=["さくらホテル静岡 宴会予約 森様 <banquet@sakura-hotel.jp>"],
    subject="11/28 研修 講師・スタッフの連絡先", charset="iso-2022-jp",
    body=f"""さくらホテル静岡
森様

お世話になっております。日の出産業の川端です。
11/28の研修当日、搬入と受付を担当する当社スタッフの連絡先です。
荷物の受け取りなどで何かあれば、いずれかにご連絡ください。

{_l}

搬入は 11:30 に裏口（搬入口）から伺います。

{SIG_KAWABATA}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three staff members' mobiles to the venue: under five people, may be warned")

# 050 — bullets with 和暦 dates of birth and full-width digits to the town
_p = people(5, "kitayama")
_b = "\n".join(f"・{q['name']}（{zen(q['wa'])}生）　{zen(q['addr'])}　電話{zen(q['tel'])}" for q in _p)
add(50, sender=SAEKI, to=[KITAYAMA], subject="訪問できなかった方のご報告", charset="iso-2022-jp",
    body=f"""北山町 保健福祉課
宮坂様

お世話になっております。日の出産業の佐伯です。
今週ご依頼分のうち、下記の方はご家族と連絡がつかず、まだ訪問日が決まっておりません。
役場で把握されている別の連絡先があれば教えていただけますでしょうか。

{_b}

３回ずつお電話し、留守電にも伝言を残しております。

{SIG_SAEKI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people with 和暦 dates of birth, addresses and phones in full-width digits")

# 051 — one block per person, five people, to the village
_p = people(5, "higashitake")
_blocks = "\n\n".join(
    f"【{i + 1}】{q['name']}（{q['kana']}）\n　生年月日　{q['wa_short']}\n　住所　　　東岳村{q['addr']}\n"
    f"　電話　　　{q['tel']}\n　調査日　　{mdj(11, 10 + i)}　{['9:30', '13:00', '10:00', '14:30', '10:30'][i]}"
    for i, q in enumerate(_p))
add(51, sender=MIURA, to=[HIGASHITAKE], subject="11月 訪問調査予定（東岳村）", charset="cp932",
    body=f"""東岳村 住民福祉課
菊池様

お世話になっております。日の出産業の三浦です。
11月の訪問予定をお知らせします。冬季閉鎖前に沢内地区を回れるよう前半に寄せています。

{_blocks}

雪の状況によっては日程を変更させていただくことがあります。

{SIG_MIURA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five person blocks with date of birth, address and phone to the village")

# 052 — internal subdomain: list with health notes
_p = people(6, "koto")
_l = "\n".join(f"{q['name']}／{q['addr']}／{['糖尿病性網膜症で視力低下', '脳梗塞後遺症・右麻痺', '認知症（IIIa）', 'がん末期・在宅療養中', '関節リウマチ', '変形性膝関節症'][i]}"
               for i, q in enumerate(_p))
add(52, sender=MIURA, to=["湖東チーム <koto-team@mail.hinode-sangyo.co.jp>"],
    subject="湖東 11月第1週の担当割り", charset="utf-8",
    body=f"""湖東チームの皆さん

お疲れさまです。三浦です。
11月第1週の担当割りです。がん末期の方は優先でお願いします（意見書が先に届いています）。

{_l}

担当：上から2件ずつ 佐伯・久住・外部（桑原さん分は私から別途連絡）

三浦
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=[],
    note="mail.hinode-sangyo.co.jp is an internal subdomain: all recipients internal")

# 053 — attached (forwarded) mail from the city with a request list, to a freelance surveyor
_p = people(5, "nishihama")
_inner = "\n".join(f"{i + 1}. {q['name']}　{q['wa']}生　西浜市{q['addr']}　{q['tel']}" for i, q in enumerate(_p))
add(53, sender=MIURA, to=["真壁 恵美 <makabe-e@outlook.jp>"], subject="FW: 西浜市 調査依頼（11月第2週）",
    charset="utf-8",
    body=f"""真壁さん

お疲れさまです。三浦です。
西浜市からの依頼メールをそのまま添付します。
5件とも真壁さんにお願いしたく、日程調整から進めていただけますか。

三浦
""",
    attachments=[{"kind": "eml", "name": "西浜市_調査依頼_1102.eml",
                  "message": {"sender": "西浜市長寿介護課 加納 <kanou-t@city.nishihama.lg.jp>",
                              "to": [MIURA], "subject": "認定調査のご依頼（11月第2週）",
                              "charset": "iso-2022-jp",
                              "body": f"""日の出産業 三浦様

いつもお世話になっております。西浜市 長寿介護課の加納です。
下記5件の認定調査をお願いいたします。

{_inner}

主治医意見書は依頼済みです。
よろしくお願いいたします。

西浜市 健康福祉部 長寿介護課　加納
"""}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a forwarded mail (attached .eml) with five applicants' records goes to a free-mail surveyor")

# 054 — plain ZIP with a CSV list and a readme to the city
_p = people(9, "nishihama")
_rows = [["hihokensha_no", "shimei", "seinengappi", "jusho", "chosa_bi", "kekka_soufu"]]
for i, q in enumerate(_p):
    _rows.append([q["hiho"], q["name"], q["iso"], "愛知県西浜市" + q["addr"], f"2026-10-{12 + i}", "済"])
add(54, sender=ONODERA, to=[NISHIHAMA], subject="10月後半 調査実施データ", charset="utf-8",
    body=f"""加納様

お世話になっております。日の出産業の小野寺です。
10月後半の調査実施データ（9件）をZIPでお送りします。
中身はCSV（UTF-8）と説明書きのテキストです。

{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "nishihama_202610_2.zip",
                  "files": [{"kind": "csv", "name": "jisshi_202610_2.csv", "encoding": "utf-8", "rows": _rows},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "jisshi_202610_2.csv : 10月後半 調査実施分（9件）\n文字コード UTF-8 / カンマ区切り\n"}]}],
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV inside an unencrypted ZIP: nine applicants with insured numbers, dates of birth, addresses")

# 055 — short reply; the care manager's health details are only quoted
_q = person("asahigaoka", "M")
add(55, sender=SAEKI, to=[AOZORA], subject="RE: 明日の調査について", charset="cp932",
    body=f"""荻野様

ご丁寧にありがとうございます。承知いたしました。
明日はご自宅ではなく、デイサービスの送迎後（15:30頃）に伺います。

佐伯

-----Original Message-----
From: 荻野 <ogino@aozora-care.com>
Sent: Wednesday, October 28, 2026 6:02 PM
To: 佐伯 拓真 <t-saeki@hinode-sangyo.co.jp>
Subject: 明日の調査について

佐伯様

あおぞらケアサービスの荻野です。
明日調査予定の{_q['name']}様ですが、先週から胆管炎で抗生剤の点滴を受けていて、
午前中は体調がすぐれないことが多いです。
また、糖尿病があるので、昼食前の時間帯は避けていただけると助かります。

よろしくお願いします。
""",
    expect="pass", entities=[], detectors=[],
    note="the health details are only in the quoted original from the recipient; the new text has none")

# 056 — PDF list of inpatients with diagnoses to the hospital
_p = people(5, "minamikawa")
_byomei = ["脳梗塞", "大腿骨転子部骨折", "誤嚥性肺炎", "うっ血性心不全", "腰椎圧迫骨折"]
_table = [["No", "氏名", "生年月日", "病棟", "入院理由（申請書記載）", "調査希望日"]]
for i, q in enumerate(_p):
    _table.append([str(i + 1), q["name"], q["wa"], ["3東", "4西", "3東", "5北", "4西"][i], _byomei[i], md(11, 4 + i)])
add(56, sender=ONODERA, to=[CHUO_HP], subject="入院中の方の認定調査（11月第1週）のお願い", charset="utf-8",
    body=f"""南川中央病院 地域連携室
宇野様

いつもお世話になっております。日の出産業 認定調査センターの小野寺です。
南川市から依頼のあった、貴院にご入院中の方の調査予定をお送りいたします。
病棟での調査にあたり、面会時間・場所の調整をお願いできますでしょうか。

{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "入院中調査予定_1104-1108.pdf", "title": "入院中の方の調査予定",
                  "lines": ["入院中の方の認定調査 予定表", "南川中央病院 地域連携室 御中", "日の出産業株式会社 認定調査センター", ""],
                  "table": _table}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of five inpatients with dates of birth and the reasons for admission")

# 057 — consulting the law firm about a family's complaint, with the applicant's dementia
_q = person("asahigaoka", "M")
add(57, sender=OTANI, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="ご相談：調査対象者のご家族からの苦情について", charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の大谷です。
認定調査に関して、ご家族から強い苦情を受けておりますので、対応についてご相談させてください。

■経緯
・10月15日、朝日丘市の依頼で{_q['name']}様（{_q['age']}歳）の更新調査を実施（調査員：佐伯）
・{_q['sei']}様は中等度のアルツハイマー型認知症で、調査時は奥様が同席
・結果、要介護3 → 要介護2 に軽度化
・ご長男から「調査員が本人の『できる』という答えをそのまま書いた」
　「父は精神科にも通っているのに考慮されていない」との苦情が当社と市に寄せられた
・ご長男は調査票の開示と、調査員の交代・謝罪文を求めている

■ご相談したい点
1. 調査票の開示請求は、当社ではなく市に対して行うものと回答してよいか
2. 謝罪文の提出に応じることのリスク

来週お時間をいただけますと幸いです。

{SIG_OTANI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named applicant's dementia and psychiatric treatment described to an outside law firm")

# 058 — a crime victim, one person, to the care manager
_q = person("asahigaoka", "F")
add(58, sender=KUSUMI, to=[ASA_CM], subject=f"{_q['sei']}様の訪問方法について", charset="utf-8",
    body=f"""石黒様

お世話になっております。日の出産業の久住です。
来週訪問予定の{_q['name']}様の件でご相談です。

市の担当の方から、{_q['sei']}様は今年2月に還付金詐欺の被害に遭われ、
それ以来、知らない人の訪問や電話をとても警戒されていると伺いました。
事前に私がお電話しても出ていただけない状態です。

石黒様から「こういう人が行きます」と一言お伝えいただくか、
初回だけでもご同行いただくことは可能でしょうか。

日の出産業株式会社 認定調査センター
認定調査員　久住 沙織
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="that a named person was a fraud (crime) victim is 要配慮個人情報, even for one person")

# 059 — a named applicant's religion, to the care manager
_q = person("minamikawa", "M")
add(59, sender=SAEKI, to=[NOZOMI], subject="Re: 訪問日の件", charset="iso-2022-jp",
    body=f"""今泉様

ご連絡ありがとうございます。佐伯です。

{_q['sei']}様のお宅は、ご本人・奥様ともに熱心なカトリックの信徒で、
日曜の午前と水曜の夕方は教会の集まりに行かれるとのことですので、
木曜の午前中（11/5 10:00）でご提案してみます。

また、奥様から「信仰上、男性の訪問者には身内の同席を」とのご希望があったので、
ご長女にも同席をお願いしておきます。

佐伯

> 佐伯様
> 先ほどお電話でお話しした件、日程の候補はいつ頃になりそうでしょうか。
> 今泉
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="the new text states a named family's religion: 要配慮個人情報")

# 060 — a disability certificate of a named applicant to the city
_q = person("asahigaoka", "M")
add(60, sender=MIURA, to=[ASAHIGAOKA], subject="調査時の配慮事項について（ご報告）", charset="cp932",
    body=f"""朝日丘市 高齢者支援課
根本様

お世話になっております。日の出産業の三浦です。
11月訪問予定の{_q['name']}様（{_q['wa']}生）について、ご家族から事前に伺った内容をご報告します。

・身体障害者手帳１級（視覚障害）をお持ちで、ほぼ全盲の状態
・ご自宅内は手すりと家具の配置で移動されている
・書面の読み上げが必要なため、調査時間を通常より長め（90分）に取ります

調査票の特記事項にも記載いたしますが、審査会資料の準備の参考にしてください。

{SIG_MIURA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's disability certificate grade and blindness to an external recipient")

# 061 — minutes of a meeting with the town (no personal data)
add(61, sender=OTANI, to=[KITAYAMA], cc=["三浦 菜摘 <n-miura@hinode-sangyo.co.jp>"],
    subject="10/16 打合せ議事録の送付", charset="iso-2022-jp",
    body=f"""北山町 保健福祉課
宮坂様、山岸様

先日はお時間をいただき、ありがとうございました。日の出産業の大谷です。
10/16の打合せ議事録をお送りします。ご確認のうえ、修正があればお知らせください。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
認定調査業務 打合せ議事録
日時：2026年10月16日（金）14:00～15:10
場所：北山町役場 2階 小会議室
出席：北山町 宮坂様・山岸様／日の出産業 大谷・三浦
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
1. 上半期実績の報告（日の出産業）
　・総件数214件、依頼から訪問まで平均9.8日
2. 冬期の訪問について
　・12～2月の峯地区は、町の除雪状況を確認してから訪問日を決める
　・町は除雪計画を11月中に共有する
3. 調査票の提出方法
　・現行の紙＋持参から、LGWAN経由の電子提出への切替を来年度に検討
4. 次回：1月中旬（日程は別途調整）

以上

{SIG_OTANI}
""",
    expect="pass", entities=[], detectors=[],
    note="meeting minutes with the officials' names only, no personal data of applicants")

# 062 — password-protected PDF of a physician's opinion to the city
_q = person("nishihama", "F")
add(62, sender=ONODERA, to=[NISHIHAMA], subject="主治医意見書（写し）の送付", charset="iso-2022-jp",
    body=f"""加納様

お世話になっております。日の出産業の小野寺です。
ご依頼の主治医意見書の写し（1件）を、パスワード付きPDFでお送りします。
パスワードはいつものルールで、お電話にてお伝えいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "主治医意見書_写し_1027.pdf", "password": "nh1027",
                  "lines": ["主治医意見書", f"申請者 {_q['name']}　生年月日 {_q['wa']}",
                            "1. 傷病に関する意見　(1) 診断名 1.慢性腎不全（透析中） 2.高血圧症",
                            "(2) 症状としての安定性　不安定"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF cannot be inspected")

# 063 — hand-over schedule for review board documents (dates only)
add(63, sender=ONODERA, to=[KOTO], subject="12月審査会分 調査票の提出スケジュール", charset="utf-8",
    body=f"""湖東広域連合 介護保険課
北川様

お世話になっております。日の出産業の小野寺です。
12月開催の認定審査会に向けた、調査票の提出スケジュールを下記のとおり予定しております。

| 審査会 | 合議体 | 調査票提出期限 | 提出方法 |
|---|---|---|---|
| 12/3（木） | 第1 | 11/19（木） | 持参 |
| 12/10（木） | 第2 | 11/26（木） | 持参 |
| 12/17（木） | 第3 | 12/3（木） | 持参 |
| 12/24（木） | 第1 | 12/10（木） | 郵送 |

12/24分は年末の持参が難しいため、簡易書留で送付させてください。

{SIG_ONODERA}
""",
    expect="pass", entities=[], detectors=[],
    note="a schedule of review board dates and deadlines: no personal data")

# 064 — reply about a billing form, the town's question quoted
add(64, sender=MURASE, to=[KITAYAMA], subject="Re: 請求書の様式について", charset="cp932",
    body=f"""宮坂様

お世話になっております。日の出産業 経理部の村瀬です。

> 来月分から、請求書に件数の内訳（新規・更新・区分変更）を
> 記載していただくことは可能でしょうか。
> また、インボイスの登録番号の記載もお願いします。

いずれも対応可能です。10月分の請求書から内訳欄を追加し、
登録番号（{HINODE_T}）も右上に記載いたします。
様式の見本を添付しますので、ご確認いただけますでしょうか。

{SIG_MURASE}
""",
    attachments=[{"kind": "xlsx", "name": "請求書様式_見本_北山町.xlsx",
                  "sheets": {"請求書": [["請　求　書"], ["北山町長 様"], ["", "", "", f"登録番号 {HINODE_T}"],
                                      ["区分", "件数", "単価", "金額"], ["新規", "", "4,200", ""],
                                      ["更新", "", "3,200", ""], ["区分変更", "", "4,200", ""],
                                      ["合計", "", "", ""]]}}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice template with the company's own registration number; the question is quoted")

# 065 — a surveyor's mental-health leave explained to the city, by name
add(65, sender=OTANI, to=[MINAMIKAWA], subject="調査の遅延についてのお詫びとご報告", charset="iso-2022-jp",
    body=f"""南川市 介護保険課
杉山様

いつも大変お世話になっております。日の出産業の大谷です。
10月に入り、依頼から訪問までの日数が延びておりますことをお詫び申し上げます。

原因についてご説明いたします。
南川市を担当しておりました調査員の久住が、9月下旬から適応障害の診断で休職しており、
復職の見込みが12月以降となっております。
現在、静岡本社から佐伯を応援に出し、外部の委託調査員も1名増やして対応しております。

11月第2週には、依頼から訪問までの日数を通常（10日以内）に戻せる見込みです。
ご迷惑をおかけし、誠に申し訳ございません。

{SIG_OTANI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's diagnosis (adjustment disorder) sent to the city")

# 066 — bulk transfer data with six surveyors' personal bank accounts to the partner bank
_p = people(6, "minamikawa", adult=True)
_banks = [("みどり銀行", "静岡支店"), ("静南信用金庫", "南川支店"), ("ゆうちょ銀行", "〇一八支店"),
          ("みどり銀行", "南川支店"), ("駿河中央銀行", "本店営業部"), ("静南信用金庫", "本郷支店")]
_rows = [["受取人名（カナ）", "金融機関", "支店", "種別", "口座番号", "振込金額"]]
for i, q in enumerate(_p):
    _rows.append([q["kana"], _banks[i][0], _banks[i][1], "普通", f"{rng.randint(1000000, 9999999)}",
                  rng.randint(20, 90) * 4400])
add(66, sender=MURASE, to=["みどり銀行 静岡支店 法人係 <shizuoka-houjin@midori-ginko.co.jp>"],
    subject="総合振込のテストデータ送付", charset="cp932",
    body=f"""みどり銀行 静岡支店
法人係　ご担当者様

お世話になっております。日の出産業 経理部の村瀬です。
総合振込サービスの導入にあたり、ご指示のあったテスト用データをお送りします。
11月25日支払分の実データ（委託調査員6名分）です。

{SIG_MURASE}
""",
    attachments=[{"kind": "csv", "name": "sogofurikomi_test_1125.csv", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six individuals' bank accounts in a CSV to the bank: a list of people")

# 067 — internal: corporate card number to accounting
_c = card(2)
add(67, sender=KAWABATA, to=[MURASE], subject="研修会場の保証カード（経理処理用）", charset="iso-2022-jp",
    body=f"""村瀬さん

お疲れさまです。川端です。
11/28研修のさくらホテルの保証に、部の法人カードを使いました。

　カード番号：{_c}
　利用予定額：会場費 132,000円＋昼食 40名分

請求は請求書払いでお願いしているので、カードには請求されない予定です。
万一カードに計上された場合は、経費精算で処理します。

川端
""",
    expect="pass", entities=["CREDIT_CARD"], detectors=[],
    note="a card number between internal staff only")

# 068 — year-end notice with five municipalities visible in To
add(68, sender=ONODERA, to=[MINAMIKAWA, KITAYAMA, ASAHIGAOKA, NISHIHAMA, KOTO],
    subject="【ご案内】冬期の訪問調査について", charset="iso-2022-jp",
    body=f"""各自治体 介護保険ご担当者様

平素より大変お世話になっております。日の出産業 認定調査センターの小野寺です。

12月から2月の冬期期間中、積雪・路面凍結のおそれがある地域への訪問は、
安全確保のため午前10時以降の開始とさせていただきます。
また、大雪警報発令時は当日の訪問を延期し、速やかにご連絡いたします。

ご理解のほど、よろしくお願い申し上げます。

{SIG_ONODERA}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five municipalities in To can see each other: should have been Bcc")

# 069 — internal manual marked 部外秘 (XLSX header) to a freelance surveyor on gmail
add(69, sender=MIURA, to=["桑原 由紀 <yuki.kuwabara.cm@gmail.com>"], subject="調査の判断基準まとめ（社内用）",
    charset="utf-8",
    body=f"""桑原さん

お疲れさまです。三浦です。
先日お話しした、判断に迷いやすい項目の社内まとめを送ります。
市のテキストと食い違うところがあれば教えてください。

三浦
""",
    attachments=[{"kind": "xlsx", "name": "判断基準まとめ_v5.xlsx", "page_header": "部外秘",
                  "sheets": {"判断基準": [["部外秘　認定調査 判断基準まとめ（日の出産業 認定調査センター）"], [],
                                       ["項目", "迷いやすい例", "当社の判断", "根拠"],
                                       ["1-7 歩行", "室内は伝い歩き、屋外は車いす", "つかまれば可", "テキストp.42"],
                                       ["2-5 排尿", "夜間のみおむつ", "頻回な状況で判断", "テキストp.71"],
                                       ["4-12 ひどい物忘れ", "服薬の飲み忘れのみ", "ない", "審査会事務局確認"]],
                             "改訂履歴": [["版", "日付", "内容"], ["v5", "2026/10/01", "4群を追加"]]}}],
    expect="stop", entities=[], detectors=["confidential_marking", "freemail_recipient"],
    note="attachment stamped 部外秘 in its header and title row goes to a gmail address")

# 070 — one visit for a freelance surveyor on iCloud mail, no health details
_q = person("minamikawa", "M")
add(70, sender=MIURA, to=["柳田 真理子 <yanagida.mariko@icloud.com>"], subject="明日の追加1件",
    charset="iso-2022-jp",
    body=f"""柳田さん

急なお願いですみません。明日の午後、1件追加で回っていただけますか。

　{_q['name']}様（更新）
　南川市{_q['addr']}
　連絡先：{_q['tel']}（奥様）
　15:30 でご家族とお約束済みです

調査票はいつもどおり明後日までに事務所へお願いします。

三浦
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["freemail_recipient", "personal_data"],
    note="one applicant's address and phone to one free-mail surveyor: may be warned, not held")

# 071 — training participants with mobiles and home addresses to the hotel (six)
_p = people(6, "asahigaoka", adult=True)
_l = "\n".join(f"{i + 1}\t{q['name']}\t{q['kana']}\t{q['full']}\t{q['mobile']}\t{['11/27', '11/27', '11/27', 'なし', '11/27', 'なし'][i]}"
               for i, q in enumerate(_p))
add(71, sender=KAWABATA, to=["さくらホテル静岡 宿泊予約 <stay@sakura-hotel.jp>"],
    subject="研修参加者の宿泊者名簿", charset="utf-8",
    body=f"""さくらホテル静岡
宿泊予約ご担当者様

お世話になっております。日の出産業の川端です。
11/28の研修に朝日丘市から参加する調査員のうち、前泊される方の宿泊者名簿です。
宿泊者カードの事前記入用に住所もお知らせします。

No\t氏名\tフリガナ\t住所\t携帯\t前泊
{_l}

前泊なしの2名は当日朝の到着です。

{SIG_KAWABATA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six people's home addresses and mobiles to the hotel: a list of people")

# 072 — full-width aligned list (ISO-2022-JP) to the city
_p = people(6, "nishihama")
_l = "\n".join(f"{zen(str(i + 1))}　{q['name']}　{zen(q['wa_dot'])}　{q['sexj']}　{zen(q['tel'])}　{zen(q['addr'])}"
               for i, q in enumerate(_p))
add(72, sender=SAEKI, to=[NISHIHAMA], subject="住所相違の確認依頼（６件）", charset="iso-2022-jp",
    body=f"""西浜市　長寿介護課
加納様

お世話になっております。日の出産業の佐伯です。
ご依頼いただいた以下６件について、訪問したところ表札が別の方であったり、
ご家族から「転居した」と言われたりしました。
市の住民記録の住所をご確認いただけますでしょうか。

{_l}

（依頼書記載の住所・電話をそのまま記載しています）

{SIG_SAEKI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six applicants with dates of birth, phones and addresses in full-width digits")

# 073 — kana names without labels to a care office
_p = people(5, "asahigaoka")
_l = "\n".join(f"{q['kana']}　{q['wa_dot']}　{q['addr']}　{q['tel']}" for q in _p)
add(73, sender=KUSUMI, to=[ASA_CM], subject="名前の漢字がわからない方", charset="cp932",
    body=f"""石黒様

久住です。何度もすみません。
市の依頼書がFAXでつぶれていて、漢字が読めない方がいます。
石黒様のところのご利用者だと思うのですが、正しい表記を教えていただけますか。

{_l}

よろしくお願いします。
久住
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people in kana with dates of birth, addresses and phones, no column labels")

# 074 — two appointments to the care office (under five people, no health details)
_p = people(2, "minamikawa")
add(74, sender=ONODERA, to=[SORA], subject="調査日確定のご連絡（2件）", charset="utf-8",
    body=f"""丸山様

お世話になっております。日の出産業の小野寺です。
先日ご相談いただいた2件、ご家族と日程が確定しましたのでお知らせします。

1) {_p[0]['name']}様　{mdj(11, 6)} 10:00　南川市{_p[0]['addr']}
2) {_p[1]['name']}様　{mdj(11, 6)} 14:00　南川市{_p[1]['addr']}

ご同席いただける場合は、前日までにお知らせください。

{SIG_ONODERA}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="two people's visit addresses to their care manager: under the list threshold, no sensitive data")

# 075 — XLSX of people due for renewal with care level and dementia level to the care office
_p = people(8, "minamikawa")
_sheet = [["更新申請 対象者一覧（有効期間満了 令和9年1～2月）"], ["ひだまり様ご担当分"], [],
          ["被保険者番号", "氏名", "生年月日", "現在の要介護度", "認知症自立度", "障害自立度", "有効期間満了日"]]
for i, q in enumerate(_p):
    _sheet.append([q["hiho"], q["name"], q["wa"], CARE[(i + 2) % 7], NINCHI[(i + 1) % 7],
                   NETAKIRI[(i + 3) % 7], f"R9.{1 + i % 2}.{[15, 31, 28, 31, 15, 28, 20, 10][i]}"])
add(75, sender=MIURA, to=[HIDAMARI], subject="更新調査の対象者一覧（1～2月満了分）", charset="utf-8",
    body=f"""堀内様

お世話になっております。日の出産業の三浦です。
1～2月に有効期間が満了する方のうち、ひだまり様がご担当の8名の一覧です。
更新申請の時期のご参考にしてください（市の了承を得てお送りしています）。

{SIG_MIURA}
""",
    attachments=[{"kind": "xlsx", "name": "更新対象者_ひだまり様.xlsx",
                  "sheets": {"対象者": _sheet, "注意事項": [["本一覧は更新申請の勧奨目的以外に使用しないでください"]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="eight people with care level and dementia level per row: a list with sensitive attributes")

# 076 — reply whose new text carries a rescheduled list of five
_p = people(5, "minamikawa")
_new = "\n".join(f"　{q['name']}　{q['addr']}　{q['tel']}　→ {md(11, 9 + i)}" for i, q in enumerate(_p))
add(76, sender=MIURA, to=[MINAMIKAWA], subject="Re: 台風による訪問中止の件", charset="iso-2022-jp",
    body=f"""杉山様

お世話になっております。三浦です。
台風で中止となった10/30・31の訪問分について、振替日が決まりました。

{_new}

すべてご家族の了承済みです。

三浦

On Fri, 30 Oct 2026 09:12:44 +0900, 南川市介護保険課 認定係 <kaigo-nintei@city.minamikawa.lg.jp> wrote:
> 三浦様
> 台風の接近に伴い、本日と明日の訪問は中止としてください。
> 振替日が決まりましたらご連絡をお願いします。
> 杉山
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="the reply's new text lists five applicants with addresses and phones")

# 077 — physician's opinion transcribed for the care manager
_q = person("asahigaoka", "M")
add(77, sender=SAEKI, to=[AOZORA], subject=f"{_q['sei']}様 意見書の内容について", charset="utf-8",
    body=f"""荻野様

佐伯です。お電話ありがとうございました。
{_q['sei']}様の主治医意見書のうち、ケアプランに関係しそうなところを抜き出しておきます。

診断名：1. 2型糖尿病（インスリン治療中） 2. 糖尿病性腎症 3. 右下腿切断後（R7.3）
特別な医療：なし（透析導入は検討中とのこと）
服薬：インスリン（朝夕）、降圧剤、利尿剤
留意事項：低血糖発作の既往あり。義足の装着は自立しているが、断端の傷に注意。

市には私から調査票を提出済みです。

佐伯
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named applicant's diagnoses, amputation and medication in running text to a care manager")

# 078 — training confirmation with the standard disclaimer
add(78, sender=KAWABATA, to=[KOTO], subject="調査員研修（12/5）の確定のご連絡", charset="iso-2022-jp",
    body=f"""湖東広域連合 介護保険課
北川様

お世話になっております。日の出産業の川端です。
12月5日（土）の管内調査員研修について、内容が確定しましたのでご連絡します。

　時間：10:00～12:00
　会場：湖東市福祉センター 2階 研修室
　講師：当社 三浦（主任・介護支援専門員）
　資料：当日配布（30部）

プロジェクターとスクリーンのご用意をお願いできますでしょうか。

{SIG_KAWABATA}

{DISC_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary training mail; the 機密 wording is only the standard disclaimer")

# 079 — recruitment ad for surveyors to a job site
add(79, sender=NOTO, to=["かいごJob 掲載窓口 <keisai@kaigo-job.jp>"], subject="求人広告の掲載依頼（認定調査員）",
    charset="utf-8",
    body=f"""かいごJob 掲載ご担当者様

いつもお世話になっております。日の出産業 総務部の能登です。
下記の求人を、12月1日から4週間掲載いただけますでしょうか。

【職種】要介護認定調査員（正社員・契約社員）
【勤務地】静岡市葵区（訪問先：南川市ほか県内各市町）
【応募資格】介護支援専門員、または介護福祉士・看護師等で実務5年以上
【給与】月給 245,000円～310,000円（経験により優遇）
【勤務時間】9:00～18:00（休憩60分）、土曜は月2回程度
【待遇】社用車貸与、研修制度あり、資格手当
【応募方法】当社採用ページ（https://www.hinode-sangyo.co.jp/recruit/）から

原稿の確認用PDFをいただけましたら、社内で最終確認いたします。

{SIG_NOTO}
""",
    expect="pass", entities=[], detectors=[],
    note="a job advertisement: no personal data")

# 080 — English itinerary for a study tour from Taiwan (no personal data)
add(80, sender=OTANI, to=["Ms. Chen Yi-ting <chen.yt@ltc-alliance.org.tw>"],
    subject="Study visit on 18 November - draft itinerary", charset="utf-8",
    body=f"""Dear Ms. Chen,

Thank you for choosing our survey center for your delegation's study visit.
Here is the draft itinerary for Wednesday, 18 November:

  09:30  Arrival at Hinode Building, Shizuoka (Aoi-ku)
  09:45  Overview: how municipalities outsource certification surveys in Japan
  10:30  Demonstration of the tablet survey form (with dummy data only)
  11:30  Q&A with two of our surveyors
  12:15  Lunch (Sakura Hotel Shizuoka, 5 min walk)
  14:00  Visit to Minamikawa City Hall, Long-Term Care Insurance Division
  16:00  End

For privacy reasons, observing a real home visit is not possible; we will show a
recorded role-play instead. Please send us the number of participants by 6 November.

Best regards,
Kyohei Otani
Director, Certification Survey Center
Hinode Sangyo Co., Ltd.

{DISC_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="English itinerary for a foreign delegation, standard disclaimer, no personal data")

# 081 — initials, age and district with dementia progression (debatable identifiability)
add(81, sender=SAEKI, to=[HIDAMARI], subject="先日の件（K様）", charset="utf-8",
    body=f"""堀内様

お世話になっております。佐伯です。
先週お話しした緑が丘のK様（87歳・女性）の件、その後ご長女から連絡がありました。

認知症の進行が思ったより早く、この1か月でお金の管理ができなくなって、
同じものを何度も買ってきてしまうそうです。
区分変更の申請を検討されているとのことなので、ご相談があれば乗ってあげてください。

佐伯
""",
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="dementia of a person given only by initial, age and district: identifiable to the recipient, arguably not to others")

# 082 — English report stamped CONFIDENTIAL to the foreign vendor
add(82, sender=TAKANASHI, to=["Oliver Grant <o.grant@brightform.co.uk>"],
    subject="Throughput figures for the roadmap meeting", charset="utf-8",
    body=f"""Hi Oliver,

Ahead of next week's roadmap meeting, attached are our survey throughput figures for
the first half of the fiscal year, so you can see where the app slows us down.

Best,
Shin
""",
    attachments=[{"kind": "docx", "name": "HS_throughput_H1_FY2026.docx", "page_header": "CONFIDENTIAL",
                  "title": "CONFIDENTIAL - Survey throughput H1 FY2026",
                  "paragraphs": ["CONFIDENTIAL — Hinode Sangyo Co., Ltd.",
                                 "Survey throughput, first half of FY2026 (April–September)",
                                 "Average surveys per surveyor per day: 2.7 (target 3.0)",
                                 "Average time to complete special notes on the tablet: 23 minutes",
                                 "Share of forms re-opened after review-board queries: 6.1%",
                                 "Contract margin by municipality is shown in Table 2."],
                  "tables": [[["Municipality", "Surveys", "Margin"], ["A", "612", "8.2%"],
                              ["B", "214", "-3.5%"], ["C", "388", "5.9%"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached report is stamped CONFIDENTIAL in its header and title")

# 083 — emergency contacts of four surveyors to the city (under five)
_p = people(4, "minamikawa", adult=True)
_l = "\n".join(f"　{q['name']:　<8}　携帯 {q['mobile']}" for q in _p)
add(83, sender=OTANI, to=[MINAMIKAWA], subject="災害時の緊急連絡先（南川市担当調査員）", charset="iso-2022-jp",
    body=f"""杉山様

お世話になっております。日の出産業の大谷です。
先日の防災訓練でご依頼のあった、南川市を担当する調査員の緊急連絡先です。
訪問中に災害が発生した場合の安否確認用としてお使いください。

{_l}

センターの代表電話（054-200-1180）が不通の場合の連絡先として登録をお願いいたします。

{SIG_OTANI}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four staff members' mobiles: under five people, may be warned")

# 084 — look-alike of the law firm's domain (homoglyph 1 for l)
add(84, sender=OTANI, to=["白川法律事務所 <info@shirakawa-1aw.jp>"],
    subject="委託契約書の損害賠償条項について", charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の大谷です。
北山町との業務委託契約の更新にあたり、町から損害賠償条項の修正案が示されました。

現行：乙の責めに帰すべき事由により甲に損害を与えた場合、委託料の総額を上限として賠償する。
修正案：上限の定めを削除

上限の削除に応じた場合のリスクと、対案の考え方をご教示いただけますでしょうか。
契約書の現行版と町の修正案は、追ってお送りします。

{SIG_OTANI}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp uses a digit 1 for the l of the partner shirakawa-law.jp")

# 085 — the real hotel domain: venue layout (no personal data)
add(85, sender=KAWABATA, to=["さくらホテル静岡 宴会予約 森様 <banquet@sakura-hotel.jp>"],
    subject="Re: 11/28 会場レイアウトについて", charset="utf-8",
    body=f"""森様

お世話になっております。川端です。
レイアウト図をありがとうございました。以下でお願いいたします。

・スクール形式 40席（3人掛けテーブル×14、最後列は2人掛け）
・前方に演台、プロジェクター、スクリーン（120インチ）
・ワイヤレスマイク 2本
・受付用の長机 1台を入口の外に
・昼食：幕の内弁当 40個（12:00搬入）、お茶

請求書の宛名は「日の出産業株式会社 公共サービス事業部」でお願いします。

{SIG_KAWABATA}
""",
    expect="pass", entities=[], detectors=[],
    note="venue details to the partner hotel: ordinary business mail")

# 086 — the city and the hotel: two organisations
add(86, sender=KAWABATA, to=[ASAHIGAOKA], cc=["さくらホテル静岡 宴会予約 森様 <banquet@sakura-hotel.jp>"],
    subject="研修会場の下見日程について", charset="iso-2022-jp",
    body=f"""朝日丘市 高齢者支援課 根本様
（cc：さくらホテル静岡 森様）

お世話になっております。日の出産業の川端です。
11/28の合同研修について、市の皆様にも会場を下見いただく件、
ホテル様から11月10日（火）15時であれば会場をご案内いただけるとのことです。

根本様のご都合はいかがでしょうか。
当日は私も同行いたします。

{SIG_KAWABATA}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a normal three-way arrangement")

# 087 — follow-up to a clinic with request numbers only
add(87, sender=ONODERA, to=[YAMABUKI], subject="主治医意見書の到着確認について（4件）", charset="cp932",
    body=f"""やまぶき内科クリニック
事務ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
先日お電話でお問い合わせのあった4件につきまして、いずれも市への到着を確認いたしました。

　依頼番号 MK-2610-031／MK-2610-044／MK-2610-052／MK-2610-067

ご対応いただき、ありがとうございました。

{SIG_ONODERA}
""",
    expect="pass", entities=[], detectors=[],
    note="request numbers only; no names or health data")

# 088 — three freelance surveyors on free mail visible in To
add(88, sender=MIURA,
    to=["桑原 由紀 <yuki.kuwabara.cm@gmail.com>", "遠藤 文恵 <fumie-endo@yahoo.co.jp>",
        "真壁 恵美 <makabe-e@outlook.jp>"],
    subject="【委託調査員の皆様へ】調査票様式の変更（11/1～）", charset="iso-2022-jp",
    body=f"""委託調査員の皆様

いつもありがとうございます。三浦です。
11月1日依頼分から、南川市の概況調査票の様式が一部変わります。

・「家族状況」欄が選択式になります
・「現在受けているサービス」に福祉用具の品目欄が追加
・特記事項の上限文字数は変わりません

新しい様式はタブレットに配信済みです。紙の様式は来週郵送します。

三浦
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons on free mail can see each other's addresses in To")

# 089 — internal: password ZIP of survey forms between colleagues
add(89, sender=ONODERA, to=["大谷 恭平 <k-otani@hinode-sangyo.co.jp>"], subject="監査用 調査票サンプル（暗号化）",
    charset="utf-8",
    body="""大谷さん

お疲れさまです。小野寺です。
来週の内部監査用に、調査票のサンプル10件を暗号化ZIPで送ります。
パスワードは口頭でお伝えします。

小野寺
""",
    attachments=[{"kind": "zip", "name": "audit_samples_202610.zip", "password": "audit-2610",
                  "files": [{"kind": "txt", "name": "samples.txt", "text": "調査票サンプル 10件\n"}]}],
    expect="pass", entities=[], detectors=[],
    note="encrypted attachment, but every recipient is internal")

# 090 — monthly report with counts only
add(90, sender=OTANI, to=[MINAMIKAWA], subject="10月 業務報告", charset="iso-2022-jp",
    body=f"""杉山様

お世話になっております。日の出産業の大谷です。
10月の業務報告です。

　受託件数　　　　　：124件（新規 41／更新 70／区分変更 13）
　調査完了　　　　　：118件
　未完了（翌月繰越）：6件（入院中 3、家族都合 2、連絡不通 1）
　依頼～訪問 平均日数：12.4日（9月 11.2日）
　調査員数　　　　　：社員 4名、委託 3名
　市からの照会件数　：7件（すべて回答済み）

平均日数の悪化については、別途お詫びとご報告を差し上げたとおりです。
11月は10日以内に戻す見込みです。

{SIG_OTANI}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate monthly figures only")

# 091 — surveyors' names with qualification and assigned districts (no contact data)
_p = people(5, "minamikawa", adult=True)
_l = "\n".join(f"　{q['name']}　{['介護支援専門員', '看護師・介護支援専門員', '介護支援専門員', '社会福祉士', '介護福祉士'][i]}"
               f"　担当：{['桜町・本郷', '東新田・緑が丘', '川端町・宮下', '上郷・中島', '若葉台・大門'][i]}"
               for i, q in enumerate(_p))
add(91, sender=MIURA, to=[MINAMIKAWA], subject="11月からの地区担当について", charset="iso-2022-jp",
    body=f"""杉山様

お世話になっております。三浦です。
11月から、南川市の地区担当を下記のとおり変更いたします。

{_l}

ご家族から調査員についてお問い合わせがあった際のご参考にしてください。

{SIG_MIURA}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five staff names with qualification and district: work attributes of people, but no contact data")

# 092 — case-conference slides with a real named applicant to a university lecturer
_q = person("minamikawa", "F")
add(92, sender=KAWABATA, to=["松岡 准教授 <matsuoka@suruga-carewelfare.ac.jp>"],
    subject="事例検討会のスライド（講評のお願い）", charset="utf-8",
    body=f"""松岡先生

お世話になっております。日の出産業の川端です。
12月の社内事例検討会で講評をお願いしている件、発表スライドをお送りします。
発表者は調査員の佐伯です。ご多用のところ恐縮ですが、よろしくお願いいたします。

{SIG_KAWABATA}
""",
    attachments=[{"kind": "pptx", "name": "事例検討_佐伯.pptx",
                  "slides": [["事例検討：在宅酸素療法中の独居高齢者", "発表：佐伯 拓真（認定調査センター）"],
                             ["対象者", f"{_q['name']} 様（{_q['wa']}生、{_q['age']}歳）",
                              f"南川市{_q['addr']}、独居", "前回認定：要介護1"],
                             ["既往・現病", "COPD（在宅酸素 2L/分）", "骨粗鬆症、胸椎圧迫骨折（R7）",
                              "軽度の認知機能低下（HDS-R 21点）"],
                             ["調査で迷った点", "2-1 移乗：日によって変動", "5-1 薬の内服：吸入薬の手技が不確実"],
                             ["検討したいこと", "変動がある場合の選択と特記事項の書き方"]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="slides name a real applicant with date of birth, address and diagnoses, sent to an outside lecturer")

# 093 — manual stamped 取扱注意 (DOCX header) to the regional union
add(93, sender=MIURA, to=[KOTO], subject="調査の適正化に関する当社手順書", charset="iso-2022-jp",
    body=f"""北川様

お世話になっております。日の出産業の三浦です。
先日の監査でご指摘のあった、調査の適正化（不正防止）に関する当社の手順書をお送りします。

{SIG_MIURA}
""",
    attachments=[{"kind": "docx", "name": "調査適正化手順書_v3.docx", "page_header": "取扱注意",
                  "paragraphs": ["【取扱注意】", "認定調査の適正化に関する手順書（第3版）",
                                 "1. 調査員は訪問前に利害関係（親族・自社利用者）の有無を確認する。",
                                 "2. 特記事項と選択肢の整合性は、センター主任が全件確認する。",
                                 "3. 同一調査員が同一対象者を連続して調査しない。",
                                 "4. 調査票の修正は、修正理由と修正者を記録する。"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached document is stamped 取扱注意 in its header and first line")

# 094 — internal forward of a 社外秘 document
add(94, sender=OTANI, to=["三浦 菜摘 <n-miura@hinode-sangyo.co.jp>", "小野寺 瑞穂 <m-onodera@hinode-sangyo.co.jp>"],
    subject="FW: 【社外秘】来期の人員計画（認定調査センター）", charset="iso-2022-jp",
    body="""三浦さん、小野寺さん

本部から来た人員計画です。来週の面談前に目を通しておいてください。

大谷

---------- 転送メッセージ ----------
差出人: 経営企画部 <keiei@hinode-sangyo.co.jp>
件名: 【社外秘】来期の人員計画（認定調査センター）

【社外秘】
認定調査センターの来期人員計画（案）
・調査員：社員 4名 → 6名（採用 2名）
・事務：1名 → 1.5名（本社と兼務）
・委託調査員：3名 → 2名
""",
    expect="pass", entities=[], detectors=[],
    note="a 社外秘 document forwarded between internal staff only")

# 095 — forwarding a care manager's mail about one applicant's health to the city
_q = person("minamikawa", "M")
add(95, sender=MIURA, to=[MINAMIKAWA], subject=f"FW: {_q['sei']}様の状態について", charset="utf-8",
    body=f"""杉山様

お世話になっております。三浦です。
来週調査予定の{_q['sei']}様について、担当ケアマネジャーから下記の連絡がありました。
区分変更の扱いにするかどうか、市のご判断を仰ぎたく転送いたします。

---------- 転送メッセージ ----------
差出人: ケアプランセンターそら 丸山 <maruyama@careplan-sora.co.jp>
日付: 2026年10月26日(月) 17:48
件名: {_q['sei']}様の状態について
宛先: 三浦 菜摘 <n-miura@hinode-sangyo.co.jp>

三浦様

{_q['name']}様ですが、10月に入って自宅で3回転倒され、
先週は誤嚥性肺炎で南川中央病院に入院されました（現在も入院中）。
主治医からは、嚥下機能がかなり落ちているので退院後は胃ろうも検討と言われているそうです。

更新調査の予定でしたが、状態が大きく変わっていますので、ご配慮いただけますでしょうか。

丸山
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward is new text: a named applicant's falls, pneumonia and hospitalisation go to the city")

# 096 — invoice query answered with invoice numbers and the company's registration number
add(96, sender=MURASE, to=[NISHIHAMA], subject="Re: 9月分請求書の金額について", charset="utf-8",
    body=f"""加納様

お世話になっております。日の出産業 経理部の村瀬です。
9月分の請求書（請求書番号 HS-2609-0388）の金額についてのお問い合わせ、ありがとうございます。

ご指摘のとおり、区分変更2件を更新の単価で計算しておりました。
大変失礼いたしました。訂正した請求書（HS-2609-0388-R1）を本日発行し、郵送いたします。

　訂正前：312,840円（税込）
　訂正後：315,260円（税込）　差額 2,420円

適格請求書発行事業者登録番号：{HINODE_T}

旧請求書は破棄していただけますと幸いです。

{SIG_MURASE}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice numbers and the company's own registration number: ordinary business mail")

# 097 — revised guide for filling in forms, town + internal Cc
add(97, sender=MIURA, to=[KITAYAMA], cc=["認定調査センター <nintei-center@hinode-sangyo.co.jp>"],
    subject="調査票記入の手引き（令和8年10月改訂）", charset="cp932",
    body=f"""北山町 保健福祉課
宮坂様

お世話になっております。日の出産業の三浦です。
当社調査員向けの「調査票記入の手引き」を改訂しましたので、ご参考までにお送りします。

主な改訂点
　・特記事項に「誰から聞いた情報か」を必ず書く
　・頻度の表現を「週○回」「月○回」に統一
　・冬期の訪問時の安全確保（峯地区）

ご意見がございましたら、お知らせいただけますと幸いです。

{SIG_MIURA}
""",
    attachments=[{"kind": "pdf", "name": "調査票記入の手引き_R810.pdf", "title": "調査票記入の手引き",
                  "lines": ["調査票記入の手引き（令和8年10月改訂）", "日の出産業株式会社 認定調査センター", "",
                            "1. 特記事項には情報源（本人・家族・介護者）を明記する",
                            "2. 頻度は「週○回」「月○回」で記載する",
                            "3. 選択の根拠となる具体的な場面を書く",
                            "4. 冬期（12～2月）は午前10時以降に訪問を開始する"]}],
    expect="pass", entities=[], detectors=[],
    note="a guide for surveyors, no personal data, no marking")

# 098 — aggregated questionnaire results of the training
add(98, sender=KAWABATA, to=[KOTO], subject="研修アンケート集計結果", charset="utf-8",
    body=f"""北川様

お世話になっております。日の出産業の川端です。
12/5の研修アンケート（回答 27名）の集計結果をお送りします。
自由記述は個人が特定できないよう要約しています。

{SIG_KAWABATA}
""",
    attachments=[{"kind": "xlsx", "name": "研修アンケート集計_1205.xlsx",
                  "sheets": {"満足度": [["研修アンケート集計（回答27名）"], [],
                                     ["設問", "とても良い", "良い", "普通", "悪い"],
                                     ["内容の分かりやすさ", 14, 10, 3, 0],
                                     ["時間配分", 6, 12, 7, 2], ["資料", 11, 13, 3, 0]],
                             "自由記述（要約）": [["要旨", "件数"], ["演習の時間をもっと取ってほしい", 8],
                                          ["特記事項の良い例・悪い例が参考になった", 6],
                                          ["オンライン開催も検討してほしい", 3]]}}],
    expect="pass", entities=[], detectors=[],
    note="aggregated questionnaire results: no individual")

# 099 — CSV of seven applicants with independence levels to the regional union
_p = people(7, "koto")
_rows = [["No.", "被保険者番号", "氏名", "性別", "年齢", "障害高齢者の日常生活自立度", "認知症高齢者の日常生活自立度", "調査日"]]
for i, q in enumerate(_p):
    _rows.append([i + 1, q["hiho"], q["name"], q["sexj"], q["age"], NETAKIRI[(i + 2) % 7], NINCHI[(i + 3) % 7],
                  f"R8.11.{2 + i}"])
add(99, sender=ONODERA, to=[KOTO], subject="11月第1週 調査結果（自立度一覧）", charset="utf-8",
    body=f"""北川様

お世話になっております。日の出産業の小野寺です。
審査会資料の事前準備用に、11月第1週に調査した7名分の自立度一覧をお送りします。
調査票の原本は11/19に持参いたします。

{SIG_ONODERA}

{DISC_JA2}
""",
    attachments=[{"kind": "csv", "name": "jiritsudo_202611_w1.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven named applicants with insured numbers and dementia / disability independence levels")

# 100 — contract renewal with the city
add(100, sender=OTANI, to=[MINAMIKAWA], subject="令和9年度 業務委託契約の更新について", charset="iso-2022-jp",
    body=f"""南川市 健康福祉部 介護保険課
課長 水野様、杉山様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。日の出産業の大谷でございます。

令和9年度の要介護認定調査業務委託契約の更新につきまして、
契約書（案）および仕様書（案）を拝受いたしました。
社内で確認いたしましたところ、以下の点についてご相談させていただきたく存じます。

1. 第5条（委託料）：単価の据え置きについて、人件費上昇分の反映をご検討いただけないか
2. 仕様書 第8条：調査員名簿の提出頻度（年2回 → 変更時のみ）
3. 第14条（再委託）：再委託先の事前承認の手続き

ご多忙のところ恐縮ですが、11月中にお打合せの機会をいただけますと幸いです。

{SIG_OTANI}
""",
    attachments=[{"kind": "docx", "name": "契約書案_コメント付_日の出産業.docx",
                  "paragraphs": ["要介護認定調査業務委託契約書（案）― 日の出産業コメント",
                                 "第5条（委託料）【コメント】人件費上昇（+4.2%）の反映をご検討ください。",
                                 "第8条（個人情報の保護）乙は、別記「個人情報取扱特記事項」を遵守する。【コメントなし】",
                                 "第14条（再委託）【コメント】再委託先の変更時の承認手続きを明確化いただきたい。"]}],
    expect="pass", entities=[], detectors=[],
    note="contract renewal mail with a commented draft: no personal data, no marking")
