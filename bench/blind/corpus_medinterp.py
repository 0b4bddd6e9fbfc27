"""medinterp — 日の出産業株式会社 国際医療サポート事業部（医療通訳・医療ツーリズム）のメール。

The area: the division of 日の出産業 that books medical interpreters (Chinese, English,
Vietnamese, Russian, Mongolian …) for hospitals, coordinates inbound foreign patients and
their families (hospital appointments, 医療滞在ビザ paperwork, hotels, airport transfers),
and deals with travel insurers and assistance companies (GOP requests, claims), overseas
agencies (Chinese-speaking clients who write simple English), hospitals' 国際診療部,
the company's tax accountant and 社労士, and freelance interpreters on free mail.

Every person, patient, interpreter, hospital, insurer, agency, address, phone number,
passport / residence-card / licence / insurance / pension / bank / card / My Number,
case number and diagnosis in this file is invented; any resemblance to a real person or
organisation is coincidence.  My Numbers and card numbers come from build.py's helpers
(seeded from SEED upwards), 法人番号 are generated with a valid check digit.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 9901
rng = random.Random(SEED)
_next = [SEED]


def _seed() -> int:
    s = _next[0]
    _next[0] += 1
    return s


def mynum() -> str:
    return my_number(_seed())


def card() -> str:
    return card_number(_seed())


def card_brand(num: str) -> str:
    if num.startswith("4"):
        return "VISA"
    if num.startswith("35"):
        return "JCB"
    return "Mastercard"


def grouped(num: str, sep: str = "-") -> str:
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def corp_number() -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - total % 9) + "".join(map(str, base))


def zen(s: str) -> str:
    """ASCII digits and - / ( ) . to full width."""
    table = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789-/().:"}
    table[ord("-")] = "－"
    return s.translate(table)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cols(rows, gap: int = 2, rule: str = "-", fullwidth: bool = False) -> str:
    """Rows padded into columns the way people paste them from Excel into a mail."""
    n = max(len(r) for r in rows)
    widths = [max(_w(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for j, r in enumerate(rows):
        parts = []
        for i, c in enumerate(r):
            c = str(c)
            if i < len(r) - 1:
                pad = widths[i] - _w(c) + gap
                if fullwidth:
                    parts.append(c + "　" * (pad // 2) + " " * (pad % 2))
                else:
                    parts.append(c + " " * pad)
            else:
                parts.append(c)
        out.append("".join(parts).rstrip())
        if j == 0 and rule:
            out.append(rule * (min(sum(widths) + gap * (n - 1), 100) // _w(rule)))
    return "\n".join(out)


# -- signatures ---------------------------------------------------------------------

ADDR = "〒103-0023 東京都中央区日本橋本町四丁目12番5号 日の出ビル8階"


def sig_a(name: str, kana: str, email: str, title: str = "医療コーディネート課") -> str:
    return f"""
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 国際医療サポート事業部
{title}　{name}（{kana}）
{ADDR}
TEL 03-5201-7740（代表） FAX 03-5201-7741
Mail: {email}
━━━━━━━━━━━━━━━━━━━━━━━━━━"""


def sig_b(name: str, email: str, direct: str) -> str:
    return f"""
--
日の出産業株式会社
国際医療サポート事業部 通訳手配センター
{name}
直通 {direct} ／ 代表 03-5201-7740
{email}
https://www.hinode-sangyo.co.jp/medical/"""


def sig_en(name: str, title: str, email: str) -> str:
    return f"""
Best regards,

{name}
{title}
International Medical Support Division
Hinode Sangyo Co., Ltd.
8F Hinode Bldg., 4-12-5 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023, Japan
Tel: +81-3-5201-7740 / Fax: +81-3-5201-7741
E-mail: {email}"""


DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願い申し上げます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

LIN = "林 浩然 <lin.haoran@hinode-sangyo.co.jp>"
SAEKI = "佐伯 由香里 <saeki.yukari@hinode-sangyo.co.jp>"
OKABE = "岡部 拓真 <okabe.takuma@med.hinode-sangyo.co.jp>"
MIZUNO = "水野 千尋 <mizuno.chihiro@hinode-sangyo.co.jp>"
KUWABARA = "桑原 聡 <kuwabara.satoshi@hinode-sangyo.co.jp>"
YABUKI = "矢吹 佳奈 <yabuki.kana@hinode-sangyo.co.jp>"
TRAN = "Tran Ngoc Anh <tran.ngocanh@hinode-sangyo.co.jp>"
SHOJI = "東海林 健 <shoji.ken@hinode-sangyo.co.jp>"
DESK = "通訳手配センター <interp-desk@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw["id"] = f"medinterp-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(kw)


# -- 001 ------------------------------------------------------------------------------
add(
    subject="【6月受入予定】海外患者様リストのご送付（日の出産業）",
    sender=LIN,
    to=["東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""東都医科大学病院
国際診療部　御中

いつも大変お世話になっております。
日の出産業 国際医療サポート事業部の林でございます。

6月に初診をご希望の海外患者様を下記のとおり取りまとめました。
初診枠のご調整をお願いできますと幸いです。

{cols([
    ["No", "氏名（ローマ字）", "国籍", "生年月日", "希望診療科", "紹介元での診断"],
    ["1", "WANG Jianguo", "中国", "1961/04/22", "呼吸器外科", "右肺腺癌 cStageIB"],
    ["2", "LI Xiuying", "中国", "1957/11/03", "消化器内科", "肝細胞癌（TACE後再発）"],
    ["3", "NGUYEN Van Hung", "ベトナム", "1970/08/15", "循環器内科", "冠動脈三枝病変"],
    ["4", "ZHAO Lijuan", "中国", "1966/02/28", "乳腺外科", "左乳癌術後・経過観察"],
    ["5", "BATBAYAR Ganzorig", "モンゴル", "1975/06/09", "整形外科", "変形性膝関節症（両側）"],
    ["6", "KUZNETSOVA Anna", "ロシア", "1982/12/17", "脳神経外科", "未破裂脳動脈瘤 7mm"],
])}

通訳は中国語・ベトナム語・モンゴル語・ロシア語とも全日程で手配済みです。
各患者様の紹介状（英文）は、現地医療機関から届き次第あらためてお送りいたします。

何卒よろしくお願い申し上げます。
{sig_a("林 浩然", "りん こうぜん", "lin.haoran@hinode-sangyo.co.jp")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six patients' rows (name, DOB, diagnosis) to a hospital: list of people with 要配慮 medical data",
)

# -- 002 ------------------------------------------------------------------------------
add(
    subject="提携医療機関一覧（2025年度版）の送付",
    sender=SAEKI,
    to=["周 敏 <zhou.min@kangtu-travel.cn>"],
    charset="utf-8",
    body=f"""上海康途国际旅行社
日本事業部　周 敏 様

いつもお世話になっております。日の出産業の佐伯です。
先日お話しした、弊社提携医療機関の最新一覧をお送りします。
患者様へのご案内資料としてご自由にお使いください。

{cols([
    ["医療機関", "所在地", "国際診療部 代表TEL", "対応言語（院内）", "主な受入分野"],
    ["東都医科大学病院", "東京都文京区", "03-3814-5501", "英・中", "がん・心臓血管"],
    ["湾岸中央病院", "東京都江東区", "03-6219-3300", "英", "整形外科・リハビリ"],
    ["若葉台記念病院", "神奈川県横浜市青葉区", "045-972-8100", "英・中・露", "消化器・内視鏡"],
    ["北斗がん研究センター病院", "千葉県柏市", "04-7133-2200", "英", "陽子線治療・腫瘍内科"],
    ["みなと先端医療センター", "東京都港区", "03-5444-1180", "英・中", "人間ドック・PET-CT"],
    ["桜坂レディースクリニック", "東京都渋谷区", "03-3461-0745", "英", "婦人科・不妊治療"],
])}

※院内に通訳がいない時間帯・言語は、弊社から医療通訳者を派遣いたします。
※各院の受入条件（紹介状・画像データの要否）は別紙の「受入条件一覧」をご参照ください。

ご不明点があればお気軽にお問い合わせください。
{sig_a("佐伯 由香里", "さえき ゆかり", "saeki.yukari@hinode-sangyo.co.jp", "医療コーディネート課 課長")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of hospitals with switchboard numbers: businesses, not people",
)

# -- 003 ------------------------------------------------------------------------------
add(
    subject="セカンドオピニオン外来のご相談（膵臓・上海からの患者様）",
    sender=OKABE,
    to=["宮下 香織 <miyashita.kaori@wangan-chuo-hp.or.jp>"],
    charset="iso-2022-jp",
    body="""湾岸中央病院 地域医療連携室
宮下 様

いつもお世話になっております。日の出産業の岡部です。
先日お電話でご相談した件、概要をお送りいたします。

上海在住の張 偉（ZHANG Wei）様、56歳男性です。本年3月に現地の病院で膵頭部癌（cT2N0M0）と
診断され、術前化学療法（GEM＋nab-PTX）を2コース終えたところで、手術適応について
日本でセカンドオピニオンを受けたいとのご希望です。既往として2型糖尿病があり、
インスリンを使用中と伺っています。

CT・MRIの画像データ（DICOM）と英文の紹介状はご本人から取り寄せ済みです。
ご受診が可能でしたら、6月第2週あたりでお時間をいただけないでしょうか。
通訳は弊社の中国語医療通訳者が同行いたします。

どうぞよろしくお願いいたします。

日の出産業株式会社 国際医療サポート事業部
岡部 拓真
TEL 03-5201-7746
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's diagnosis and history in running text to a hospital: 要配慮個人情報",
)

# -- 004 ------------------------------------------------------------------------------
add(
    subject="Re: 中国語通訳のご依頼（5/20 内視鏡）",
    sender=DESK,
    to=["若葉台記念病院 国際医療支援室 <intl-support@wakabadai-kinen.or.jp>"],
    charset="iso-2022-jp",
    body="""若葉台記念病院 国際医療支援室
鈴村 様

ご依頼ありがとうございます。
受付番号 WK-25-0318 の件、承知いたしました。
5/20（火）9:30 に中国語通訳（楊）が内視鏡センター受付へ伺います。
検査説明から結果説明まで、終日対応可能です。

引き続きよろしくお願いいたします。
""" + sig_b("通訳手配センター 仲宗根", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748") + """

> 日の出産業 通訳手配センター 御中
>
> いつもお世話になっております。
> 来週火曜（5/20）10:00 より、李 秀英様（受付番号 WK-25-0318、1957年11月3日生）の
> 上部消化管内視鏡検査を予定しております。胃体部の粘膜下腫瘍の精査目的で、
> 生検を行う可能性があります。ご本人は日本語・英語とも不可のため、
> 中国語通訳の手配をお願いいたします。
>
> 若葉台記念病院 国際医療支援室 鈴村
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the patient's diagnosis is only in the quoted request; the new text carries no personal data",
)

# -- 005 ------------------------------------------------------------------------------
add(
    subject="診療情報提供書一式の送付（周 様）",
    sender=LIN,
    to=["北斗がん研究センター病院 患者サポートセンター <support@hokuto-cancer.or.jp>"],
    charset="iso-2022-jp",
    body="""北斗がん研究センター病院
患者サポートセンター ご担当者様

お世話になっております。日の出産業の林です。
先日ご相談した陽子線治療の件、現地病院の診療情報提供書（英文）と和訳、
病理報告書をパスワード付きZIPファイルにてお送りいたします。
パスワードは別途メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 国際医療サポート事業部
林 浩然 / TEL 03-5201-7740
""",
    attachments=[{
        "kind": "zip", "name": "紹介状一式_0612.zip", "password": "Hn7#q2Lm",
        "files": [
            {"kind": "docx", "name": "診療情報提供書_和訳.docx",
             "paragraphs": ["診療情報提供書（和訳）", "患者氏名：周 敏（ZHOU Min） 1963年5月8日生",
                            "傷病名：前立腺癌（Gleason 4+3, cT3aN0M0）", "既往歴：高血圧症、脂質異常症"]},
            {"kind": "pdf", "name": "pathology_report.pdf",
             "lines": ["Pathology Report", "Patient: ZHOU Min  DOB 1963-05-08",
                       "Diagnosis: Adenocarcinoma of prostate, Gleason score 4+3=7"]},
        ]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to a hospital: the attachment cannot be inspected",
)

_T_HINODE = corp_number()

# -- 006 ------------------------------------------------------------------------------
add(
    subject="医療通訳サービス 料金のご案内（みなと先端医療センター様）",
    sender=SHOJI,
    to=["みなと先端医療センター 事務部 <jimu@minato-amc.jp>"],
    charset="iso-2022-jp",
    body=f"""みなと先端医療センター
事務部 購買担当 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 営業担当の東海林でございます。

先日のお打合せでご依頼いただきました、医療通訳サービスの料金を下記のとおりご案内いたします。

■対面通訳（病院内）
　・基本料金（2時間まで）　　　　　　　　 16,000円
　・延長（30分ごと）　　　　　　　　　　　 3,500円
　・希少言語加算（モンゴル語・ウズベク語等）　 5,000円／回
■遠隔通訳（ビデオ・電話）
　・15分単位　　　　　　　　　　　　　　　 2,200円
　・月額定額プラン（月40時間まで）　　　 280,000円
■その他
　・交通費：実費（東京23区内は一律1,500円）
　・キャンセル料：前日17時以降は基本料金の50％

※表示はすべて税抜価格です。
※適格請求書発行事業者登録番号：T{_T_HINODE}

お見積書（PDF）が必要でしたらお申し付けください。
今後ともよろしくお願い申し上げます。

日の出産業株式会社 国際医療サポート事業部 営業課
東海林 健（しょうじ けん）
TEL 03-5201-7740 / 携帯 090-6631-2085
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="price list with the company's own T-number and the sender's own mobile in his signature",
)

# -- 007 ------------------------------------------------------------------------------
add(
    subject="ケースカンファレンス日程調整のお願い（案件番号 GA-77120）",
    sender=SAEKI,
    to=["若葉台記念病院 国際医療支援室 <intl-support@wakabadai-kinen.or.jp>"],
    cc=["太平洋トラベル損保 保険金サービス部 <claims@pacific-travel-ins.co.jp>",
        "Global Assist Partners <ops-tokyo@globalassist-partners.com>"],
    charset="iso-2022-jp",
    body="""関係者各位

いつもお世話になっております。日の出産業の佐伯です。

案件番号 GA-77120 につきまして、今後の治療方針と費用負担の確認のため、
病院様・保険会社様・アシスタンス会社様と弊社でのオンライン会議を設定したく存じます。

候補日時（いずれも60分）
　① 6/3（火）15:00〜
　② 6/4（水）10:00〜
　③ 6/5（木）16:00〜

ご都合のよい日時を6/2（月）正午までにご返信いただけますと幸いです。
会議URLは確定後にお送りいたします。

Dear all, please let us know which slot works for you by noon, 2 June (JST).

日の出産業株式会社 国際医療サポート事業部
佐伯 由香里
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="hospital, insurer and assistance company (three external organisations) see each other in To/Cc",
)

# -- 008 ------------------------------------------------------------------------------
_p008 = [
    ["5月受入患者 進捗管理表（2025/05/09 時点）"],
    [],
    ["管理No", "氏名", "国籍", "生年月日", "旅券番号", "医療機関", "病名", "ステータス"],
    ["M25-041", "HUANG Zhiqiang", "中国", "1958/01/19", "EH3916284", "東都医大", "大腸癌（S状結腸）", "入院中"],
    ["M25-042", "TRAN Thi Mai", "ベトナム", "1979/07/04", "C4418273", "湾岸中央", "腰部脊柱管狭窄症", "術後リハ"],
    ["M25-043", "SMIRNOV Dmitry", "ロシア", "1969/03/30", "758812064", "若葉台記念", "胃粘膜下腫瘍", "検査待ち"],
    ["M25-044", "XU Guilan", "中国", "1953/10/11", "EK7720519", "北斗がん研", "肺小細胞癌", "陽子線照射中"],
    ["M25-045", "MA Yumei", "中国", "1972/06/25", "EJ2208417", "みなと先端", "人間ドック（要精検：甲状腺結節）", "結果説明済"],
    ["M25-046", "HOANG Duc Anh", "ベトナム", "1988/12/02", "C7734105", "東都医大", "拡張型心筋症", "転院調整中"],
]
add(
    subject="【社内共有】5月受入患者 進捗一覧",
    sender=OKABE,
    to=["医療コーディネート課 <med-coord@hinode-sangyo.co.jp>"],
    cc=[LIN, "Tran Ngoc Anh <tran.ngocanh@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body="""コーディネート課の皆さま

お疲れさまです。岡部です。
5月受入患者の進捗一覧を更新しました（添付）。
M25-046 は転院先が決まり次第、担当を林さんから Tran さんに引き継ぎます。

週次ミーティング（月曜10時）で確認をお願いします。

岡部
""",
    attachments=[{"kind": "xlsx", "name": "5月受入患者_進捗管理.xlsx",
                  "sheets": {"進捗": _p008, "メモ": [["更新者", "岡部"], ["次回更新", "5/16"]]}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="patient list with passports and diagnoses, but every recipient is internal (incl. med. subdomain)",
)

# -- 009 ------------------------------------------------------------------------------
add(
    subject="医療滞在ビザ 身元保証書・受入証明書の作成依頼（劉 洋 様）",
    sender=LIN,
    to=["大原 真一 <ohara@ohara-gyosei.jp>"],
    charset="utf-8",
    body="""大原行政書士事務所
大原 先生

いつもお世話になっております。日の出産業の林です。
新しい医療滞在ビザの案件をお願いしたく、必要事項をお送りします。

【患者】
　氏名：劉 洋（LIU Yang）
　生年月日：1959年7月12日
　国籍：中国（遼寧省大連市在住）
　旅券番号：EJ4827316（有効期限 2031/02/17）
　病名：食道癌（胸部中部食道、cStageII）
　目的：若葉台記念病院にて術前化学療法および胸腔鏡下食道切除術
　予定滞在期間：2025年7月1日〜9月30日（約90日）

【同伴者】
　妻 劉 桂芳（LIU Guifang）1961年2月3日生　旅券番号 EJ4827322

病院の受入証明書（和文・英文）はPDFで別途お送りします。
身元保証機関としての弊社の書類は、前回（M25-019）と同じ書式でお願いできれば幸いです。

よろしくお願いいたします。

日の出産業株式会社 国際医療サポート事業部
林 浩然（TEL 03-5201-7740）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="passport numbers and a named patient's diagnosis sent to an outside 行政書士",
)

# -- 010 ------------------------------------------------------------------------------
add(
    subject="明日の通訳者の連絡先について",
    sender=DESK,
    to=["湾岸中央病院 医事課 <iji@wangan-chuo-hp.or.jp>"],
    charset="iso-2022-jp",
    body="""湾岸中央病院 医事課 外来係 御中

お世話になっております。日の出産業 通訳手配センターです。
明日（6/11）整形外科外来の英語通訳は、下記の者が伺います。

　通訳者：勅使河原 美咲（てしがわら みさき）
　当日連絡先（携帯）：080-4417-2936

8:45 に正面玄関の総合案内前でお待ちしております。
交通事情等で遅れる場合は、通訳者から直接医事課へお電話いたします。

よろしくお願いいたします。
""" + sig_b("通訳手配センター 比嘉", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one interpreter's name and mobile for the day of the visit: one person's contact, may warn",
)

# -- 011 ------------------------------------------------------------------------------
add(
    subject="ご宿泊予約のお願い（6/14〜6/28 ツイン1室）",
    sender=MIZUNO,
    to=["さくらホテル 予約課 <reservation@sakura-hote1.jp>"],
    charset="iso-2022-jp",
    body="""さくらホテル 予約課 御中

いつもお世話になっております。日の出産業の水野です。
下記のとおりご宿泊の予約をお願いいたします。

　チェックイン：6月14日（土）
　チェックアウト：6月28日（土）　14泊
　客室：ツイン 1室（禁煙、できれば高層階）
　宿泊者：HE Shuzhen 様、GAO Peng 様（ご家族2名）
　お支払い：弊社請求書払い（法人契約番号 SH-2207）

ご家族は病院への付き添いのため連泊されます。
予約確認書をお送りいただけますと幸いです。

日の出産業株式会社 国際医療サポート事業部
水野 千尋
TEL 03-5201-7740
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain"],
    note="sakura-hote1.jp is a homoglyph of partner sakura-hotel.jp (l→1)",
)

# -- 012 ------------------------------------------------------------------------------
add(
    subject="2025年度下期 医療通訳単価のご案内",
    sender=SHOJI,
    to=["東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>"],
    charset="iso-2022-jp",
    body="""東都医科大学病院
国際診療部　ご担当者様

お世話になっております。日の出産業 東海林です。
10月以降の医療通訳単価について、言語別の一覧を添付にてお送りいたします。
中国語・英語は据え置き、ベトナム語・ネパール語を改定しております。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 営業課 東海林
""",
    attachments=[{
        "kind": "xlsx", "name": "2025下期_通訳単価.xlsx", "page_header": "社外秘",
        "sheets": {
            "言語別": [["言語", "通訳者報酬（時給）", "請求単価（時給）", "粗利率"],
                      ["中国語", 3800, 6500, "41.5%"], ["英語", 3500, 6000, "41.7%"],
                      ["ベトナム語", 4200, 7800, "46.2%"], ["ネパール語", 4500, 8500, "47.1%"],
                      ["ロシア語", 4300, 7500, "42.7%"], ["モンゴル語", 4800, 8800, "45.5%"]],
            "病院別値引": [["病院", "値引率", "備考"], ["東都医大", "5%", "年間契約"],
                         ["湾岸中央", "3%", ""], ["若葉台記念", "0%", "交渉中"]],
        }}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached cost sheet carries a 社外秘 page header (only in the attachment)",
)

# -- 013 ------------------------------------------------------------------------------
add(
    subject="Re: 秘密保持契約書（案）のご確認",
    sender=SAEKI,
    to=["みなと先端医療センター 法務担当 <legal@minato-amc.jp>"],
    charset="iso-2022-jp",
    body="""みなと先端医療センター
法務ご担当　黒須 様

お世話になっております。日の出産業の佐伯です。
秘密保持契約書（案）をご確認いただきありがとうございました。

ご指摘の点について、弊社の考えは以下のとおりです。
1. 第2条「秘密情報」の定義：口頭で開示した情報も、開示後30日以内に書面で特定したものは
   秘密情報に含める形で異存ございません。
2. 第5条 有効期間：契約終了後3年間とするご提案で結構です。
3. 患者様の個人情報の取扱いについては、本契約とは別に「個人情報の取扱いに関する覚書」を
   締結させていただきたく、弊社のひな形を来週お送りします。

修正版（見え消し）をお送りいただければ、社内決裁に回します。
引き続きよろしくお願いいたします。

佐伯
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約): mentions 秘密情報 but carries no marking or data",
)

# -- 014 ------------------------------------------------------------------------------
_names014 = [
    ("陳 美華", "チン ミカ", "東京都江戸川区西葛西六丁目15番3-402"),
    ("勅使河原 美咲", "テシガワラ ミサキ", "神奈川県川崎市中原区新丸子東二丁目8番11号"),
    ("Olga Petrova", "オルガ ペトロワ", "東京都台東区蔵前三丁目4番2-705"),
    ("月見里 蒼", "ヤマナシ アオイ", "埼玉県さいたま市浦和区高砂一丁目7番9号"),
    ("グエン ティ ラン", "グエン ティ ラン", "東京都豊島区池袋本町二丁目22番6-201"),
    ("百目鬼 亮介", "ドウメキ リョウスケ", "千葉県船橋市本町五丁目3番14号"),
]
_rows014 = [["氏名", "フリガナ", "個人番号", "住所", "支払金額", "源泉徴収税額"]]
for _n, _k, _a in _names014:
    _pay = rng.randrange(180, 2400) * 1000
    _rows014.append([_n, _k, mynum(), _a, _pay, int(_pay * 0.1021)])
add(
    subject="報酬、料金、契約金及び賞金の支払調書 作成資料の送付",
    sender=KUWABARA,
    to=["税理士法人みなみ会計 <office@minami-kaikei.jp>"],
    charset="iso-2022-jp",
    body="""税理士法人みなみ会計
担当　南野 様

いつもお世話になっております。日の出産業 経理課の桑原です。
フリーランス医療通訳者分の支払調書作成資料をCSVでお送りします。
令和6年分、支払金額5万円超の6名分です。

ご確認のうえ、ご不明点があればご連絡ください。

日の出産業株式会社 経理課　桑原 聡
TEL 03-5201-7702
""",
    attachments=[{"kind": "csv", "name": "支払調書_通訳者_R6.csv", "encoding": "cp932",
                  "rows": _rows014}],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of six interpreters' My Numbers and home addresses to an outside accounting firm",
)

# -- 015 ------------------------------------------------------------------------------
add(
    subject="6/18 ご見学者のお名前と連絡先（北京和泰医疗咨询）",
    sender=SHOJI,
    to=["みなと先端医療センター 広報・国際連携室 <kokusai-renkei@minato-amc.jp>"],
    charset="utf-8",
    body="""みなと先端医療センター
広報・国際連携室　野々村 様

お世話になっております。日の出産業の東海林です。
6/18（水）14:00 からの施設見学について、北京和泰医疗咨询の参加者が確定しましたのでお知らせします。

・何 淑珍（HE Shuzhen）総経理　　携帯 +86 139-1044-7782
・宋 雅琴（SONG Yaqin）医療部主任　携帯 +86 186-0152-3390
・鄭 文斌（ZHENG Wenbin）営業担当　携帯 +86 150-1178-6621

当日は弊社の東海林と中国語通訳1名が同行いたします（計5名）。
受付で入館証を受け取る際、代表して東海林が記帳いたします。

どうぞよろしくお願いいたします。

日の出産業株式会社 営業課
東海林 健
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three visitors' names and mobiles for a hospital tour: fewer than five people, may warn",
)

_c016 = card()

# -- 016 ------------------------------------------------------------------------------
add(
    subject="ご予約のギャランティについて（予約番号 R-558120）",
    sender=MIZUNO,
    to=["さくらホテル 予約課 <reservation@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""さくらホテル 予約課
ご担当者様

お世話になっております。日の出産業の水野です。
予約番号 R-558120（7/2〜7/16、CHEN Jing 様）の件、今回はご家族ご本人のカードで
お支払いいただくことになりましたので、ギャランティ用のカード情報をお知らせします。

　カード種別：{card_brand(_c016)}
　カード番号：{grouped(_c016)}
　有効期限：09/28
　名義：CHEN JING

チェックイン時にご本人がカードをご提示します。
お手数ですがご登録をお願いいたします。

日の出産業 国際医療サポート事業部　水野
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a patient family member's credit card number in the body to a hotel",
)

# -- 017 ------------------------------------------------------------------------------
add(
    subject="Your health check results (12 May)",
    sender=TRAN,
    to=["Huang Zhiqiang <huangzq1958@gmail.com>"],
    charset="utf-8",
    body="""Dear Mr. Huang,

Thank you for coming to Minato Advanced Medical Center on 12 May.
The hospital has sent us the summary of your health check. The main points are:

- HbA1c 7.9 %, fasting glucose 162 mg/dL: type 2 diabetes is suspected.
- LDL cholesterol 171 mg/dL.
- Abdominal ultrasound: fatty liver (mild).
- Chest CT and gastroscopy: no abnormal findings.

The doctor recommends that you see a diabetes specialist in Shanghai within one month.
The full report (Japanese and Chinese) will be sent to you by registered mail.

If you have any questions, please reply to this e-mail.
""" + sig_en("Tran Ngoc Anh", "Patient Coordinator", "tran.ngocanh@hinode-sangyo.co.jp"),
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="health check results sent to the patient himself on free mail: his own data, but 要配慮 by e-mail",
)

# -- 018 ------------------------------------------------------------------------------
_rows018 = [["受付No", "性別", "生年月日", "旅券番号", "携帯（中国）"]]
for _i, (_sx, _dob) in enumerate([("男", "1960/09/14"), ("女", "1963/01/27"), ("女", "1971/05/05"),
                                    ("男", "1955/12/30"), ("男", "1949/08/08"), ("女", "1967/04/16"),
                                    ("男", "1974/11/21")]):
    _rows018.append([f"KT-0{_i + 61}", _sx, _dob, f"E{rng.randrange(10**7, 10**8)}",
                     f"+86 1{rng.choice('3589')}{rng.randrange(10)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"])
add(
    subject="ビザ申請書類の照合結果（7月グループ）",
    sender=LIN,
    to=["周 敏 <zhou.min@kangtu-travel.cn>"],
    charset="utf-8",
    body=f"""周 様

お世話になっております。林です。
7月来日グループの申請書類を、お送りいただいた名簿と照合しました。
照合に使った情報は以下のとおりです（お名前は受付Noに置き換えています）。

{cols(_rows018, gap=3)}

KT-064 と KT-066 は旅券の有効期限が残り6か月を切っているため、
更新が必要かどうか領事館に確認します。
それ以外は問題ありませんでした。

林
""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven people's DOB, passport number and mobile without a name column: still a list of people",
)

# -- 019 ------------------------------------------------------------------------------
add(
    subject="【変更】6/24 通訳開始時刻の変更について",
    sender=DESK,
    to=["湾岸中央病院 医事課 <iji@wangan-chuo-hp.or.jp>"],
    charset="iso-2022-jp",
    body="""湾岸中央病院 医事課 御中

いつもお世話になっております。日の出産業 通訳手配センターです。

6/24（火）のベトナム語通訳につきまして、病院様からのご連絡に基づき、
開始時刻を 13:30 → 14:00 に変更いたしました。終了予定は 16:30 のままです。
料金は変更ございません（依頼番号 IR-250624-03）。

ご確認のほどよろしくお願いいたします。
""" + sig_b("通訳手配センター 仲宗根", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748") + "\n" + DISCLAIMER_JA + "\n" + DISCLAIMER_EN + "\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary schedule change with the standard confidentiality disclaimer (JA/EN) at the end",
)

# -- 020 ------------------------------------------------------------------------------
_rows020 = [
    ("SUN Lixin", "さくらホテル日本橋", "7:40", "北斗がん研究センター病院（放射線治療科）", "+86 138-2219-0471", "—"),
    ("GUO Deming", "さくらホテル日本橋", "7:40", "北斗がん研究センター病院（放射線治療科）", "+86 135-6610-2288", "—"),
    ("PHAM Thi Lan", "ホテル汐留ベイ", "8:15", "湾岸中央病院（人工透析室）", "+84 90-331-7725", "要"),
    ("IVANOV Sergei", "さくらホテル日本橋", "8:30", "東都医科大学病院（心臓血管外科）", "+7 914-203-5518", "要"),
    ("TANG Jianping", "ホテル汐留ベイ", "9:00", "みなと先端医療センター（PET-CT）", "+86 159-0021-8834", "—"),
]
_tr020 = "\n".join(
    f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td align=\"center\">{f}</td></tr>"
    for a, b, c, d, e, f in _rows020)
add(
    subject="6/9（月）送迎予定表",
    sender=MIZUNO,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸株式会社<br>配車センター 御中</p>
<p>いつもお世話になっております。日の出産業の水野です。<br>
6/9（月）の患者様送迎を下記のとおりお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f4"><th>お名前</th><th>お迎え場所</th><th>時刻</th><th>行先（診療科）</th><th>携帯</th><th>車椅子</th></tr>
{_tr020}
</table>
<p>※PHAM様は透析後に体調を崩されることがあるため、帰路は16時以降でご調整ください。<br>
※IVANOV様は車椅子をご持参されます（折りたたみ可）。</p>
<p>日の出産業株式会社 国際医療サポート事業部<br>水野 千尋　TEL 03-5201-7740</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of five patients with mobiles and the department each is treated in",
)

# -- 021 ------------------------------------------------------------------------------
add(
    subject="三者お打合せの件（北斗がん研究センター病院様・太平洋トラベル損保様）",
    sender=SAEKI,
    to=["北斗がん研究センター病院 医事課 <iji@hokuto-cancer.or.jp>"],
    cc=["太平洋トラベル損保 提携医療機関窓口 <medical-network@pacific-travel-ins.co.jp>"],
    charset="iso-2022-jp",
    body="""北斗がん研究センター病院 医事課 御中
太平洋トラベル損保株式会社 提携医療機関窓口 御中

いつもお世話になっております。日の出産業の佐伯です。

海外旅行保険のキャッシュレス受診に関する三者の取り決めについて、
一度お打合せの場を設けたく、ご連絡いたしました。

議題（案）
　1. 保険会社様の支払保証（GOP）受領から受診までの流れ
　2. 通訳費用の請求先と請求書の書式
　3. 診療明細の英訳範囲

7月上旬で1時間ほど、オンラインでいかがでしょうか。
候補日をいただけましたら、弊社で会議を設定いたします。

日の出産業株式会社 国際医療サポート事業部
佐伯 由香里
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations in To/Cc, no personal data",
)

# -- 022 ------------------------------------------------------------------------------
add(
    subject="FW: 検査結果のご報告（SUN 様）",
    sender=OKABE,
    to=["Global Assist Partners <ops-tokyo@globalassist-partners.com>"],
    charset="utf-8",
    body="""Global Assist Partners 東京オフィス
Ms. Kimura

お世話になっております。日の出産業の岡部です。
病院から結果報告が届きましたので転送いたします。
追加治療の費用見込みは、病院から届き次第お送りします。

岡部

-------- Forwarded Message --------
件名: 検査結果のご報告（SUN 様）
送信者: 北斗がん研究センター病院 医事課 <iji@hokuto-cancer.or.jp>
日付: 2025/06/04 17:22
宛先: okabe.takuma@med.hinode-sangyo.co.jp

日の出産業 岡部 様

6/3 に実施した検査の結果をご報告します。

患者：SUN Lixin 様（1964年9月30日生、ID 3380271）
・血液検査：CEA 12.4 ng/mL、CA19-9 88 U/mL（いずれも高値）
・造影CT：膵体部に25mm大の腫瘤、肝S6に転移を疑う結節1個
・診断：膵体部癌（cT3N1M1、Stage IV の疑い）
今後、EUS-FNA による組織診断を予定しています。

北斗がん研究センター病院 医事課 國分
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward (new text to its recipient) of a named patient's cancer diagnosis to the assistance company",
)

# -- 023 ------------------------------------------------------------------------------
add(
    subject="お父様ご到着日のお迎えについて",
    sender=MIZUNO,
    to=["王 磊 <wanglei.tokyo@gmail.com>"],
    charset="utf-8",
    body="""王 磊 様

いつもお世話になっております。日の出産業の水野です。
お父様・お母様の来日時のお迎えについてご案内いたします。

　日時：6月21日（土）CA183便 羽田空港 13:05 着予定
　場所：第3ターミナル 到着ロビー（出口B付近）
　目印：「HINODE MEDICAL」のボードを持ったスタッフ

弊社の水野と中国語スタッフ1名がお迎えし、ワゴン車でホテルまでお送りします。
王様もご同行される場合は、前日までにお知らせください。

どうぞよろしくお願いいたします。

日の出産業株式会社 国際医療サポート事業部
水野 千尋（みずの ちひろ）
当日連絡先 070-3318-5542（業務用携帯）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="airport pickup logistics to one private person on gmail; no health data in the text",
)

# -- 024 ------------------------------------------------------------------------------
add(
    subject="外国人雇用状況届出の件（新入社員 楊 暁玲）",
    sender=YABUKI,
    to=["山根社会保険労務士事務所 <info@yamane-sr.jp>"],
    charset="utf-8",
    body="""山根社会保険労務士事務所
山根 先生

いつもお世話になっております。日の出産業 人事総務課の矢吹です。
7/1 入社の医療通訳スタッフについて、雇用保険の資格取得と外国人雇用状況届出をお願いします。

　氏名：楊 暁玲（YANG Xiaoling）
　生年月日：1994年3月19日
　国籍・地域：中国
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2027年4月30日
　在留カード番号：UH48271653EN
　資格外活動許可：なし
　雇入れ日：2025年7月1日（正社員・週40時間）

在留カードの写しは、別途お渡し方法をご相談させてください。
よろしくお願いいたします。

日の出産業株式会社 人事総務課
矢吹 佳奈（TEL 03-5201-7711）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a new employee's 在留カード番号 to an outside 社労士: identity document number",
)

# -- 025 ------------------------------------------------------------------------------
add(
    subject="Hotels near our partner hospitals",
    sender=TRAN,
    to=["Song Yaqin <songyaqin@hetai-medical.com.cn>"],
    charset="utf-8",
    body=f"""Dear Ms. Song,

Thank you for your mail. Below are the hotels that our patients' families often use.
All of them can arrange a long stay rate (7 nights or more).

{cols([
    ["Hotel", "Area", "Phone", "Nearest hospital", "Long stay / night"],
    ["Sakura Hotel Nihonbashi", "Chuo-ku", "+81-3-3270-6611", "Tohto Medical Univ. (20 min)", "JPY 14,500"],
    ["Hotel Shiodome Bay", "Minato-ku", "+81-3-6252-0900", "Wangan Chuo Hosp. (15 min)", "JPY 16,800"],
    ["Kashiwa Garden Inn", "Kashiwa, Chiba", "+81-4-7166-3010", "Hokuto Cancer Center (8 min)", "JPY 9,900"],
    ["Aoba Residence Stay", "Yokohama", "+81-45-979-2231", "Wakabadai Kinen (10 min)", "JPY 11,200"],
    ["Minato Serviced Apartments", "Minato-ku", "+81-3-5447-8800", "Minato AMC (5 min)", "JPY 18,000"],
], gap=3)}

We can make the booking for the family. Please tell us the dates and number of guests.
""" + sig_en("Tran Ngoc Anh", "Patient Coordinator", "tran.ngocanh@hinode-sangyo.co.jp"),
    expect="pass",
    entities=[],
    detectors=[],
    note="list of hotels with their front-desk phones: businesses, not people",
)

# -- 026 ------------------------------------------------------------------------------
_rows026 = [["通訳者ID", "氏名", "言語", "携帯電話", "メールアドレス", "住所"]]
for _i, (_n, _l, _m, _a) in enumerate([
        ("陳 美華", "中国語", "chen.meihua.tr@gmail.com", "東京都江戸川区西葛西6-15-3-402"),
        ("勅使河原 美咲", "英語", "misaki.teshi@icloud.com", "神奈川県川崎市中原区新丸子東2-8-11"),
        ("Olga Petrova", "ロシア語", "olga.petrova.jp@outlook.jp", "東京都台東区蔵前3-4-2-705"),
        ("グエン ティ ラン", "ベトナム語", "lan.nguyen88@yahoo.co.jp", "東京都豊島区池袋本町2-22-6-201"),
        ("九十九 忍", "英語・スペイン語", "tsukumo.s@gmail.com", "東京都世田谷区経堂1-31-8"),
        ("バトバヤル サランゲレル", "モンゴル語", "sarangerel.b@gmail.com", "埼玉県川口市並木2-4-17"),
        ("楊 帆", "中国語", "yangfan.medint@gmail.com", "千葉県市川市行徳駅前1-12-5-903"),
        ("宇佐美 瑠璃", "英語", "ruri.usami@docomo.ne.jp", "東京都練馬区豊玉北5-20-2"),
]):
    _rows026.append([f"IT-{301 + _i}", _n, _l,
                     f"0{rng.choice('987')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", _m, _a])
add(
    subject="登録通訳者名簿のご送付",
    sender=DESK,
    to=["東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>"],
    charset="iso-2022-jp",
    body="""東都医科大学病院 国際診療部
小鳥遊 様

お世話になっております。日の出産業 通訳手配センターの比嘉です。
院内の緊急連絡網に登録したいとのご依頼をいただいた件、
貴院に派遣実績のある通訳者の名簿をCSVでお送りいたします。

よろしくお願いいたします。
""" + sig_b("通訳手配センター 比嘉", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    attachments=[{"kind": "csv", "name": "interpreters_todo.csv", "encoding": "utf-8",
                  "rows": _rows026}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of eight interpreters' private mobiles, e-mails and home addresses to a hospital",
)

# -- 027 ------------------------------------------------------------------------------
_guests027 = [
    ("XIE Zhenyu", "患者", "1956-02-14", "EG5530127", "MU523 7/5 12:40"),
    ("XIE Lina", "妻", "1958-09-01", "EG5530133", "MU523 7/5 12:40"),
    ("XIE Hao", "長男", "1984-12-20", "EE1098274", "MU523 7/5 12:40"),
    ("LUO Guoqiang", "患者", "1962-07-07", "EJ9017735", "CA925 7/6 14:10"),
    ("LUO Xiumei", "妻", "1965-03-23", "EJ9017741", "CA925 7/6 14:10"),
    ("JIANG Yun", "患者", "1970-10-30", "EH6620843", "NH968 7/7 13:55"),
]
add(
    subject="7月 長期滞在のご宿泊者情報（宿泊者名簿ご記入用）",
    sender=MIZUNO,
    to=["さくらホテル フロント <front@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body="""さくらホテル日本橋
フロント ご担当者様

いつもお世話になっております。日の出産業の水野です。
7月上旬から長期滞在される患者様・ご家族の宿泊者情報をお送りします。
宿泊者名簿の事前記入にお使いください（旅券の写しはチェックイン時にご提示します）。

部屋割りは2枚目のシートのとおりです。
よろしくお願いいたします。

水野 千尋
日の出産業株式会社 国際医療サポート事業部（TEL 03-5201-7740）
""",
    attachments=[{
        "kind": "xlsx", "name": "7月_宿泊者情報_さくらホテル.xlsx",
        "sheets": {
            "宿泊者": [["2025年7月 長期滞在 宿泊者情報"], ["作成：日の出産業 国際医療サポート事業部"], [],
                    ["氏名", "区分", "生年月日", "旅券番号", "到着便"]] + [list(g) for g in _guests027],
            "部屋割": [["部屋タイプ", "宿泊者", "泊数"], ["ツイン", "XIE Zhenyu / XIE Lina", 21],
                    ["シングル", "XIE Hao", 7], ["ツイン", "LUO Guoqiang / LUO Xiumei", 28],
                    ["シングル", "JIANG Yun", 14]],
        }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="XLSX (title rows, two sheets) of six guests' passport numbers and DOBs to a partner hotel",
)

# -- 028 ------------------------------------------------------------------------------
add(
    subject="ご請求書送付のご案内（請求書番号 INV-2506-0142）",
    sender=KUWABARA,
    to=["太平洋トラベル損保 保険金サービス部 <claims@pacific-travel-ins.co.jp>"],
    charset="iso-2022-jp",
    body=f"""太平洋トラベル損害保険株式会社
保険金サービス部 御中

平素は格別のお引き立てを賜り、誠にありがとうございます。
下記のとおりご請求申し上げます。請求書（PDF）を添付いたしますのでご査収ください。

　請求書番号　：INV-2506-0142
　貴社受付番号：TP-25-88341
　ご請求内容　：医療通訳（中国語）6/2・6/4・6/9 計9.5時間、通訳者交通費
　ご請求金額　：68,530円（税込）
　お支払期限　：2025年7月31日

【お振込先】
　みどり銀行 日本橋支店　普通預金　1849203
　口座名義　ニチノデサンギョウ（カ

登録番号：T{_T_HINODE}

日の出産業株式会社 経理課
桑原 聡　TEL 03-5201-7702
""",
    attachments=[{"kind": "pdf", "name": "INV-2506-0142.pdf", "title": "請求書",
                  "lines": ["請求書", "太平洋トラベル損害保険株式会社 御中", "請求書番号 INV-2506-0142",
                            "貴社受付番号 TP-25-88341", f"登録番号 T{_T_HINODE}",
                            "医療通訳（中国語） 9.5時間 × 6,500円 = 61,750円",
                            "交通費 540円", "消費税 6,240円", "合計 68,530円",
                            "振込先 みどり銀行 日本橋支店 普通 1849203"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice: invoice and claim reference numbers, company bank account and T-number; no person",
)

# -- 029 ------------------------------------------------------------------------------
add(
    subject="医療滞在ビザ（同伴者あり）申請資料の送付：呉 海濤 様",
    sender=LIN,
    to=["大原行政書士事務所 <ohara@ohara-gyosei.jp>"],
    charset="iso-2022-jp",
    body="""大原先生

お世話になっております。林です。
呉様の医療滞在ビザ（同伴者4名）について、申請資料の取りまとめをWordでお送りします。
同伴者の職業欄が一部空欄のため、確認でき次第追記します。

林
""",
    attachments=[{
        "kind": "docx", "name": "医療滞在ビザ_呉海濤_同伴者一覧.docx",
        "paragraphs": [
            "医療滞在ビザ申請 取りまとめ表",
            "患者：呉 海濤（WU Haitao） 男 1966年8月24日生 旅券番号 EA7301958",
            "傷病名：慢性腎臓病 ステージ5（腎性貧血、二次性副甲状腺機能亢進症）",
            "渡航目的：東都医科大学病院にて生体腎移植（ドナー：妻）の術前評価および手術",
            "予定期間：2025年8月18日〜2026年1月31日",
            "同伴者：",
        ],
        "tables": [[
            ["氏名", "続柄", "生年月日", "旅券番号", "職業"],
            ["蒋 麗（JIANG Li）", "妻（ドナー）", "1968/01/09", "EA7301964", "会社員"],
            ["呉 子涵（WU Zihan）", "長女", "1993/05/30", "EE2287610", "教師"],
            ["呉 子軒（WU Zixuan）", "長男", "1997/11/12", "EE4419023", ""],
            ["蒋 建華（JIANG Jianhua）", "義兄", "1963/04/02", "EB0917346", "自営業"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX with five people's passport numbers and the patient's kidney disease, to an outside office",
)

# -- 030 ------------------------------------------------------------------------------
add(
    subject="医療滞在ビザの必要書類について（ご案内）",
    sender=LIN,
    to=["盛京国际旅游 医疗部 <medical@shengjing-travel.com>"],
    charset="utf-8",
    body="""盛京国际旅游 医疗部
孫 様

お世話になっております。日の出産業の林です。
お問い合わせのあった医療滞在ビザの一般的な流れと必要書類をご案内します。

1. 患者様が日本の医療機関で受診予約（弊社が代行）
2. 医療機関の「受診等予定証明書」発行
3. 身元保証機関（弊社）が「身元保証書」を作成
4. 患者様が在中国日本大使館・総領事館へ申請
   ・旅券（残存有効期間6か月以上を推奨）
   ・ビザ申請書、写真
   ・受診等予定証明書、身元保証書
   ・経済力を証明する資料（預金残高証明など）
5. 同伴者がいる場合は、同伴者ごとに旅券と関係を示す書類

入院を伴う90日を超える滞在の場合は、日本入国後に在留カードが交付されます。
個別の患者様の書類は、決まり次第あらためてご相談させてください。

林 浩然
日の出産業株式会社 国際医療サポート事業部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="general visa guidance naming document types (旅券, 在留カード) but no person or number",
)

# -- 031 ------------------------------------------------------------------------------
add(
    subject="5/27 健診ツアー ご参加者の結果サマリー",
    sender=TRAN,
    to=["盛京国际旅游 医疗部 <medical@shengjing-travel.com>"],
    charset="utf-8",
    body="""盛京国际旅游 医疗部
孫 様

お世話になっております。日の出産業のTranです。
5/27 にみなと先端医療センターで受診された健診ツアー6名様の結果サマリーをPDFでお送りします。
D判定（要精密検査）の方が2名いらっしゃいますので、現地でのフォローをお願いいたします。

Tran Ngoc Anh
日の出産業株式会社 国際医療サポート事業部
""",
    attachments=[{
        "kind": "pdf", "name": "健診結果サマリー_0527.pdf", "title": "健診結果サマリー",
        "lines": ["2025/05/27 健診ツアー 結果サマリー（みなと先端医療センター）", ""],
        "table": [
            ["氏名", "生年月日", "総合判定", "主な所見"],
            ["孫 立新", "1964/09/30", "C", "脂質異常症（LDL 168）"],
            ["馬 玉梅", "1972/06/25", "D", "甲状腺結節 15mm 要精検"],
            ["韓 冬梅", "1969/01/13", "B", "軽度脂肪肝"],
            ["馮 志遠", "1958/03/08", "D", "便潜血陽性 大腸内視鏡要"],
            ["曹 麗", "1980/07/19", "A", "異常なし"],
            ["彭 世傑", "1961/12/05", "C", "高血圧（162/98）"],
        ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of six people's health check results to an overseas agency",
)

# -- 032 ------------------------------------------------------------------------------
add(
    subject="Re: hotel and taxi",
    sender=TRAN,
    to=["Liang Hui <lianghui_0815@163.com>"],
    charset="utf-8",
    body="""Dear Ms. Liang,

Thank you for your reply. Yes, we have booked the hotel for you:

  Hotel Shiodome Bay, 1 single room, 12 Aug - 19 Aug (7 nights)
  Check-in from 15:00. Breakfast included.

The taxi from Haneda airport is also booked. The driver will wait at the arrival
lobby with your name card. If your flight is late, no problem, the driver checks it.

Please tell me if you want to change anything.
""" + sig_en("Tran Ngoc Anh", "Patient Coordinator", "tran.ngocanh@hinode-sangyo.co.jp") + """

> Hello Anh,
> thank you very much. I come 12 August, flight is NH 922. Please book hotel
> near hospital, not expensive. And taxi from airport please. I not speak Japanese.
> Thank you
> Liang Hui
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="simple-English hotel/taxi mail to one private client on 163.com; no health data",
)

# -- 033 ------------------------------------------------------------------------------
_body033 = "\t".join(["氏名", "国籍", "病院", "診療科", "病名・目的", "来日日"]) + "\n" + "\n".join(
    "\t".join(r) for r in [
        ["孫 立新", "中国", "北斗がん研", "放射線治療科", "膵体部癌 陽子線", "7/2"],
        ["韓 冬梅", "中国", "東都医大", "乳腺外科", "乳癌 術後補助療法の相談", "7/3"],
        ["HOANG Duc Anh", "ベトナム", "東都医大", "循環器内科", "拡張型心筋症 植込み型除細動器", "7/3"],
        ["馮 志遠", "中国", "若葉台記念", "消化器内科", "大腸ポリープ切除", "7/8"],
        ["PETROVA Olga", "ロシア", "湾岸中央", "整形外科", "人工股関節置換術", "7/10"],
        ["曹 麗", "中国", "桜坂LC", "婦人科", "体外受精（2回目）", "7/14"],
    ])
add(
    subject="FW: 来月の受入れ状況（社内連絡）",
    sender=SHOJI,
    to=["Song Yaqin <songyaqin@hetai-medical.com.cn>"],
    charset="utf-8",
    body="""宋 様

お世話になっております。東海林です。
先日お尋ねのあった弊社の受入れ規模について、ちょうど社内でまとまった連絡がありましたので
添付のとおり転送いたします。7月はこのくらいのペースで受入れております。

東海林
""",
    attachments=[{"kind": "eml", "name": "来月の受入れ状況.eml", "message": {
        "sender": OKABE, "to": [SHOJI, LIN], "subject": "来月の受入れ状況",
        "charset": "utf-8",
        "body": "東海林さん、林さん\n\n7月の受入れ予定です（確定分）。\n\n" + _body033 +
                "\n\n調整中があと3件あります。\n岡部\n"}}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an internal mail with six patients' diagnoses forwarded as an attached .eml to an outside agency",
)

# -- 034 ------------------------------------------------------------------------------
add(
    subject="診療明細（英訳）の送付：受付番号 TP-25-90217",
    sender=OKABE,
    to=["太平洋トラベル損保 保険金サービス部 <claims@pacific-travel-ins.co.jp>"],
    charset="iso-2022-jp",
    body="""太平洋トラベル損害保険株式会社
保険金サービス部　笹本 様

お世話になっております。日の出産業の岡部です。
受付番号 TP-25-90217 の診療明細書（英訳）をPDFでお送りいたします。
原本は本日、簡易書留で発送しました。

ご査収のほどよろしくお願いいたします。

岡部 拓真（日の出産業 国際医療サポート事業部）
""",
    attachments=[{"kind": "corrupt", "name": "TP-25-90217_statement_EN.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected",
)

# -- 035 ------------------------------------------------------------------------------
add(
    subject="Re: 病院との契約書のコピーについて",
    sender=SAEKI,
    to=["盛京国际旅游 医疗部 <medical@shengjing-travel.com>"],
    charset="utf-8",
    body="""孫 様

お世話になっております。佐伯です。
ご依頼の件ですが、弊社と各病院との業務委託契約書は社外秘の扱いとなっており、
写しをお渡しすることができません。申し訳ございません。

代わりに、患者様向けにお使いいただける「受入れの流れ」と「費用の目安」を
日本語・中国語でまとめた資料を来週お送りします。こちらでご容赦いただけますと幸いです。

佐伯 由香里
日の出産業株式会社 国際医療サポート事業部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 社外秘 is only mentioned (why a contract cannot be shared), not a marking",
)

# -- 036 ------------------------------------------------------------------------------
_rows036 = [["customer_id", "name_en", "name_local", "birth_date", "nationality", "email", "phone", "wechat_id", "last_hospital"]]
for _i, (_e, _l, _d, _nat) in enumerate([
        ("HUANG Zhiqiang", "黄 志強", "1958-01-19", "CN"), ("TRAN Thi Mai", "Trần Thị Mai", "1979-07-04", "VN"),
        ("SMIRNOV Dmitry", "Смирнов Дмитрий", "1969-03-30", "RU"), ("XU Guilan", "徐 桂兰", "1953-10-11", "CN"),
        ("MA Yumei", "马 玉梅", "1972-06-25", "CN"), ("HOANG Duc Anh", "Hoàng Đức Anh", "1988-12-02", "VN"),
        ("ZHU Zhenhua", "朱 振华", "1951-05-17", "CN"), ("HU Xiaoyan", "胡 晓燕", "1977-09-09", "CN"),
        ("LIN Meiling", "林 美玲", "1983-02-21", "TW"), ("SOMCHAI Wongsawat", "สมชาย วงศ์สวัสดิ์", "1966-08-03", "TH"),
]):
    _mail = _e.lower().replace(" ", ".") + rng.choice(["@qq.com", "@163.com", "@gmail.com", "@yahoo.com", "@hotmail.com"])
    _ph = {"CN": "+86 13{}-{}-{}", "VN": "+84 9{}-{}-{}", "RU": "+7 91{}-{}-{}", "TW": "+886 9{}-{}-{}",
           "TH": "+66 8{}-{}-{}"}[_nat].format(rng.randrange(10), rng.randrange(100, 999), rng.randrange(1000, 9999))
    _rows036.append([f"C{22041 + _i}", _e, _l, _d, _nat, _mail, _ph,
                     "wx_" + _e.split()[0].lower() + str(rng.randrange(10, 99)),
                     rng.choice(["Tohto Med Univ", "Wangan Chuo", "Wakabadai Kinen", "Minato AMC"])])
add(
    subject="顧客データ移行テスト用ファイルの送付",
    sender="岡部 拓真 <okabe.takuma@med.hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援チーム <cs-migration@tsubasa-system.jp>"],
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
導入支援チーム　御中

お世話になっております。日の出産業の岡部です。
新しい患者管理システムへの移行テスト用に、現行システムから10件だけ抜き出したファイルを
ZIPでお送りします（パスワードはかけていません）。
文字コードはUTF-8、多言語の氏名が正しく取り込めるかをご確認ください。

岡部
""",
    attachments=[{"kind": "zip", "name": "migration_test_10.zip", "files": [
        {"kind": "csv", "name": "customers_sample.csv", "encoding": "utf-8", "rows": _rows036},
        {"kind": "txt", "name": "README.txt",
         "text": "customers_sample.csv: 10 records exported 2025-06-02\ncolumns: see header row\n"},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="real customer records (10 people, DOB, e-mail, phone) in a CSV inside a plain ZIP sent to a vendor",
)

# -- 037 ------------------------------------------------------------------------------
add(
    subject="7月の担当通訳者（ロシア語・モンゴル語）",
    sender=DESK,
    to=["若葉台記念病院 国際医療支援室 <intl-support@wakabadai-kinen.or.jp>"],
    charset="iso-2022-jp",
    body="""若葉台記念病院 国際医療支援室
鈴村 様

お世話になっております。通訳手配センターの仲宗根です。
7月に貴院を担当する通訳者と、当日の直通連絡先をお知らせします。

　■ロシア語
　　Olga Petrova（オルガ・ペトロワ）　　 090-2274-6618
　　長谷部 ナターリヤ　　　　　　　　　　080-5519-0347
　■モンゴル語
　　バトバヤル サランゲレル　　　　　　 070-4402-9913
　■中国語（予備）
　　楊 帆　　　　　　　　　　　　　　　 090-8861-2750

急な変更がある場合は、通訳手配センター（03-5201-7748）までご連絡ください。
""" + sig_b("通訳手配センター 仲宗根", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four interpreters' names and mobiles: under the five-person threshold, may warn",
)

# -- 038 ------------------------------------------------------------------------------
add(
    subject="初診前の事前登録のお願い（Nguyen Van Phuc 様）",
    sender=TRAN,
    to=["湾岸中央病院 医事課 <iji@wangan-chuo-hp.or.jp>"],
    charset="utf-8",
    body="""湾岸中央病院 医事課 御中

いつもお世話になっております。日の出産業のTranです。
来週月曜（6/16）に初診予定の患者様について、事前登録をお願いいたします。
ご本人は江東区在住の技能実習生で、国民健康保険に加入されています。

　氏名：NGUYEN Van Phuc（グエン・ヴァン・フック）
　生年月日：2001年4月8日
　住所：〒136-0075 東京都江東区新砂三丁目9番2号 ソレイユ新砂305
　国民健康保険被保険者証
　　保険者番号：138123
　　記号：江東　番号：0447192
　電話：080-7321-4406（本人、日本語は簡単な会話のみ）

当日はベトナム語通訳が同行いたします。
よろしくお願いいたします。

Tran Ngoc Anh
日の出産業株式会社 国際医療サポート事業部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one patient's 健康保険証 記号・番号 (with DOB, address) to a hospital: insurance identifier",
)

# -- 039 ------------------------------------------------------------------------------
add(
    subject="医療ツーリズム受入実績（2024年度）のご報告",
    sender=SAEKI,
    to=["江東湾岸市 観光産業課 <medtour@city.koto-wangan.lg.jp>"],
    charset="iso-2022-jp",
    body=f"""江東湾岸市 産業振興部 観光産業課 御中

いつもお世話になっております。日の出産業の佐伯です。
医療ツーリズム推進協議会の年次報告用に、弊社の2024年度受入実績を集計しました。
個人が特定されないよう、国・地域別と分野別の件数のみとしています。

{cols([
    ["国・地域", "健診・人間ドック", "がん治療", "心臓・血管", "整形外科", "その他", "計"],
    ["中国", "212", "64", "18", "22", "31", "347"],
    ["ベトナム", "38", "9", "6", "11", "14", "78"],
    ["ロシア", "15", "12", "7", "5", "3", "42"],
    ["モンゴル", "21", "4", "2", "9", "6", "42"],
    ["その他", "27", "8", "3", "4", "10", "52"],
    ["計", "313", "97", "36", "51", "64", "561"],
])}

平均滞在日数は健診で4.2日、治療目的で38.6日でした。
ご不明点がございましたらお知らせください。

佐伯 由香里
日の出産業株式会社 国際医療サポート事業部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated counts by country and specialty: statistics, no identifiable person",
)

# -- 040 ------------------------------------------------------------------------------
add(
    subject="健康保険・厚生年金 資格取得届の作成依頼（7/1入社 栗花落）",
    sender=YABUKI,
    to=["山根社会保険労務士事務所 <info@yamane-sr.jp>"],
    charset="iso-2022-jp",
    body="""山根先生

いつもお世話になっております。日の出産業 人事総務の矢吹です。
7/1 入社の医療通訳スタッフについて、資格取得届の作成をお願いいたします。

氏名　　　：栗花落 遥（つゆり はるか）
生年月日　：平成８年６月２日
性別　　　：女
住所　　　：〒169-0073 東京都新宿区百人町二丁目18番4号 グランメゾン百人町602
基礎年金番号：4271-839105
報酬月額　：285,000円（通勤手当 12,400円を含む）
被扶養者　：なし

前職は派遣で、年金手帳は紛失されているとのことでしたので、番号はご本人の
ねんきん定期便から転記しました。

矢吹 佳奈
日の出産業株式会社 人事総務課　TEL 03-5201-7711
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a new employee's 基礎年金番号 (with 和暦 DOB and address) to the outside 社労士",
)

# -- 041 ------------------------------------------------------------------------------
add(
    subject="入院中のお食事・お祈りへのご配慮のお願い（7/7入院予定の患者様）",
    sender=TRAN,
    to=["若葉台記念病院 栄養管理室 <eiyo@wakabadai-kinen.or.jp>"],
    cc=["若葉台記念病院 国際医療支援室 <intl-support@wakabadai-kinen.or.jp>"],
    charset="utf-8",
    body="""若葉台記念病院
栄養管理室　ご担当者様

お世話になっております。日の出産業のTranです。
7/7 に整形外科病棟へ入院予定の Siti Rahmawati 様（インドネシア国籍、女性）について、
ご配慮をお願いしたい点をお伝えします。

・ご本人はムスリムで、豚肉・アルコールを含む食事を召し上がれません。
  ハラール対応の食事（または魚・野菜中心の代替食）をお願いいたします。
・1日5回のお祈りの時間があり、病室内で小さな敷物を使われます。
・診察・ケアはできる限り女性スタッフでのご対応を希望されています。
・入院目的は右人工膝関節置換術で、糖尿病のため食事のカロリー制限（1,600kcal）があると
  主治医から伺っています。

インドネシア語通訳は手術日と退院前指導日に手配済みです。
どうぞよろしくお願いいたします。

Tran Ngoc Anh
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's religion and medical condition to a hospital: 要配慮 even for one person",
)

# -- 042 ------------------------------------------------------------------------------
add(
    subject="東都医科大学病院の連絡窓口について",
    sender=LIN,
    to=["周 敏 <zhou.min@kangtu-travel.cn>"],
    charset="utf-8",
    body="""周 様

お世話になっております。林です。
患者様のご家族から直接病院に問い合わせたい場合の窓口をまとめました。

東都医科大学病院（〒113-8602 東京都文京区本郷七丁目1番8号）
　・国際診療部（平日 9:00-17:00）　　 TEL 03-3814-5501 / kokusai@todo-med-u.ac.jp
　・医事課（会計・診断書の発行）　　　 TEL 03-3814-5520
　・夜間・休日救急外来　　　　　　　　 TEL 03-3814-5599
　・国際診療部 コーディネーター 小鳥遊 様（英語・中国語可）

なお、予約の変更や費用のご相談は、これまでどおり弊社を通していただけますと
スムーズです。

林 浩然
日の出産業 国際医療サポート事業部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a hospital's department phone numbers, office address and one staff coordinator: business contacts",
)

# -- 043 ------------------------------------------------------------------------------
add(
    subject="バリアフリールームのご相談（8/1〜 朱 様ご一家）",
    sender=MIZUNO,
    to=["さくらホテル 予約課 <reservation@sakura-hotel.jp>"],
    charset="utf-8",
    body="""さくらホテル 予約課
今井 様

お世話になっております。日の出産業の水野です。
8/1 から3週間ご宿泊予定の朱様ご一家について、お部屋のご相談です。

お父様の朱 振華（ZHU Zhenhua）様は、脊髄損傷による両下肢麻痺で身体障害者手帳1級を
お持ちで、移動はすべて車椅子です。入浴には介助が必要とのことです。
つきましては、
　・ロールインシャワー付きのバリアフリールーム
　・ベッドの高さ調整（45cm前後）
　・シャワーチェア、手すりの貸出し
が可能かご確認いただけますでしょうか。

ご家族は息子さんご夫婦と合わせて3名です。
よろしくお願いいたします。

水野 千尋
日の出産業株式会社 国際医療サポート事業部
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's disability (身体障害者手帳1級, paralysis) to a hotel: 要配慮個人情報",
)

# -- 044 ------------------------------------------------------------------------------
add(
    subject="画像CD-ROM発送のご連絡",
    sender=OKABE,
    to=["東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>"],
    charset="iso-2022-jp",
    body="""東都医科大学病院 国際診療部
小鳥遊 様

お世話になっております。日の出産業の岡部です。
ご依頼のあった3件分の画像CD-ROMを、本日青葉運輸の宅配便で発送いたしました。
明日午前中に到着予定です。

　お問い合わせ伝票番号：4512-3344-8890（受付番号 TM-2025-0611）
　　　　　　　　　　　　4512-3344-8901（受付番号 TM-2025-0612）
　　　　　　　　　　　　4512-3344-8912（受付番号 TM-2025-0615）

配送状況は青葉運輸のウェブサイト（https://www.aoba-unyu.co.jp/track/）でご確認いただけます。

岡部 拓真
日の出産業株式会社 国際医療サポート事業部　TEL 03-5201-7746
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers and internal reference numbers only; no person identified",
)

# -- 045 ------------------------------------------------------------------------------
add(
    subject="7月 通訳者配置表（東都医科大学病院様）",
    sender=DESK,
    to=["東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>"],
    charset="iso-2022-jp",
    body=f"""東都医科大学病院 国際診療部 御中

お世話になっております。日の出産業 通訳手配センターです。
7月前半の常駐通訳の配置を下記のとおりお知らせします。

{cols([
    ["日付", "時間", "言語", "通訳者", "配置場所"],
    ["7/1（火）", "9:00-17:00", "中国語", "陳 美華", "国際診療部"],
    ["7/2（水）", "9:00-13:00", "英語", "勅使河原 美咲", "外来棟2F"],
    ["7/3（木）", "9:00-17:00", "中国語", "楊 帆", "国際診療部"],
    ["7/4（金）", "13:00-17:00", "ベトナム語", "グエン ティ ラン", "外来棟1F"],
    ["7/7（月）", "9:00-17:00", "ロシア語", "Olga Petrova", "国際診療部"],
    ["7/8（火）", "9:00-17:00", "英語", "九十九 忍", "国際診療部"],
])}

変更がある場合は前日17時までにご連絡いたします。
""" + sig_b("通訳手配センター 比嘉", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="six interpreters' names with work assignments, no contact data: staff roster or list of people?",
)

# -- 046 ------------------------------------------------------------------------------
add(
    subject="保険金請求のご相談：新宿での暴行被害によるけが（証券番号 PT-3318-20557）",
    sender=OKABE,
    to=["太平洋トラベル損保 保険金サービス部 <claims@pacific-travel-ins.co.jp>"],
    charset="iso-2022-jp",
    body="""太平洋トラベル損害保険株式会社
保険金サービス部　笹本 様

お世話になっております。日の出産業の岡部です。
貴社の海外旅行保険にご加入の旅行者の方について、治療費のご相談です。

ご加入者：PENG Shijie 様（台湾、61歳男性）
6/13 深夜、新宿区歌舞伎町の路上で見知らぬ男性から暴行を受け、顔面を殴打されました。
新宿警察署に被害届を提出済み（受理番号 第2025-4471号）で、加害者はまだ特定されていません。
湾岸中央病院で鼻骨骨折・左眼窩底骨折と診断され、6/20 に整復手術の予定です。

第三者加害の場合の保険金のお取り扱いについて、ご教示いただけますでしょうか。
診断書の英訳は明日お送りします。

岡部 拓真
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named traveller who was a crime victim, with his injuries, sent to an insurer",
)

# -- 047 ------------------------------------------------------------------------------
add(
    subject="【社外秘】病院別 紹介手数料の交渉方針（7月改定）",
    sender=SAEKI,
    to=["医療コーディネート課 <med-coord@hinode-sangyo.co.jp>", SHOJI],
    cc=["国際医療サポート事業部長 <kuroiwa.masato@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body="""【社外秘】

課内の皆さん、東海林さん

7月の契約更新に向けた、病院別の手数料交渉方針です。社外には出さないでください。

・東都医大：現行12% → 10%までは受諾可（受入件数の増加を条件に）
・湾岸中央：現行10%維持。値下げ要請があれば通訳料で調整
・若葉台記念：8% → 10%への引上げを打診（内視鏡の受入増を材料に）
・北斗がん研：陽子線は別建て（1件あたり定額15万円）を提案

各病院との面談は東海林さんと私で対応します。
佐伯
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 stamp, but every recipient is internal",
)

# -- 048 ------------------------------------------------------------------------------
_rows048 = [["氏名", "フリガナ", "生年月日", "携帯電話"]]
for _n, _k, _d in [("東海林 さくら", "ショウジ サクラ", "昭和５８年４月２日"),
                   ("仲宗根 美紀", "ナカソネ ミキ", "平成２年１１月３日"),
                   ("陳 美華", "チン ミカ", "昭和６２年８月１９日"),
                   ("五百旗頭 聡子", "イオキベ サトコ", "昭和５１年１月３０日"),
                   ("瀬戸口 健太", "セトグチ ケンタ", "平成７年５月２１日")]:
    _rows048.append([_n, _k, _d, zen(f"0{rng.choice('98')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}")])
add(
    subject="入館証発行申請（常駐通訳者５名）",
    sender=DESK,
    to=["みなと先端医療センター 総務課 <somu@minato-amc.jp>"],
    charset="iso-2022-jp",
    body=f"""みなと先端医療センター
総務課　御中

お世話になっております。日の出産業 通訳手配センターの仲宗根です。
８月から健診センターに常駐する通訳者の入館証発行をお願いいたします。
申請様式の項目に沿って記載しております。

{cols(_rows048, gap=2, rule="－", fullwidth=True)}

顔写真データは各自から直接お送りします。
どうぞよろしくお願いいたします。
""" + sig_b("通訳手配センター 仲宗根", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's 和暦 DOBs and full-width mobiles in full-width-padded columns to a hospital",
)

# -- 049 ------------------------------------------------------------------------------
add(
    subject="6月分 通訳者報酬明細（パスワード付き）",
    sender=KUWABARA,
    to=["医療コーディネート課 <med-coord@hinode-sangyo.co.jp>"],
    cc=[DESK],
    charset="iso-2022-jp",
    body="""コーディネート課・通訳手配センターの皆さま

経理の桑原です。
6月分の通訳者報酬明細をパスワード付きZIPで送ります。
パスワードはいつもの社内ルール（部署コード＋月）です。
各通訳者への送付前に、稼働時間の突合をお願いします。

桑原
""",
    attachments=[{"kind": "zip", "name": "通訳者報酬明細_202506.zip", "password": "MED202506",
                  "files": [{"kind": "xlsx", "name": "報酬明細_202506.xlsx",
                             "sheets": {"明細": [["氏名", "稼働時間", "報酬"], ["陳 美華", 62, 235600]]}}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="password ZIP, but sent only to internal recipients",
)

# -- 050 ------------------------------------------------------------------------------
_acc050 = [("ﾁﾝ ﾐｶ", "西葛西支店", "普通"), ("ﾃｼｶﾞﾜﾗ ﾐｻｷ", "武蔵小杉支店", "普通"),
           ("ﾍﾟﾄﾛﾜ ｵﾙｶﾞ", "浅草橋支店", "普通"), ("ｸﾞｴﾝ ﾃｨ ﾗﾝ", "池袋支店", "普通"),
           ("ﾂｸﾓ ｼﾉﾌﾞ", "経堂支店", "当座"), ("ﾊﾞﾄﾊﾞﾔﾙ ｻﾗﾝｹﾞﾚﾙ", "川口支店", "普通")]
_lines050 = ["受取人名\t金融機関\t支店\t種別\t口座番号\t振込金額"]
for _n, _b, _t in _acc050:
    _lines050.append(f"{_n}\tみどり銀行\t{_b}\t{_t}\t{rng.randrange(10**6, 10**7)}\t{rng.randrange(60, 400) * 1000}")
add(
    subject="総合振込の明細（6/25実行分）ご確認のお願い",
    sender=KUWABARA,
    to=["みどり銀行 日本橋支店 法人営業課 <hojin-nihonbashi@midori-ginko.co.jp>"],
    charset="cp932",
    body="""みどり銀行 日本橋支店
法人営業課　飯塚 様

いつもお世話になっております。日の出産業 経理課の桑原です。
6/25 実行の総合振込のうち、エラーになった6件の明細を貼り付けます。
口座番号の桁数不足ではないかとのことでしたが、弊社の登録内容は以下のとおりです。

""" + "\n".join(_lines050) + """

組戻しが必要な場合の手続きもあわせてご教示ください。

日の出産業株式会社 経理課
桑原 聡（TEL 03-5201-7702）
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="tab-separated bank accounts of six interpreters (kana names) to the bank",
)

# -- 051 ------------------------------------------------------------------------------
add(
    subject="夏季休業のお知らせ／Summer holiday notice／夏季休假通知",
    sender="日の出産業 国際医療サポート <medical-support@hinode-sangyo.co.jp>",
    to=["日の出産業 国際医療サポート <medical-support@hinode-sangyo.co.jp>"],
    bcc=["wanglei.tokyo@gmail.com", "lianghui_0815@163.com", "huangzq1958@gmail.com",
         "xie.hao1984@qq.com", "luo.family.sy@126.com", "jiangyun70@yahoo.co.jp",
         "tranmai.vn79@gmail.com", "sergei.ivanov.khv@mail.ru"],
    charset="utf-8",
    body="""患者様・ご家族の皆様

いつも日の出産業 国際医療サポートをご利用いただき、ありがとうございます。
誠に勝手ながら、下記の期間は夏季休業とさせていただきます。

　休業期間：2025年8月13日（水）〜8月17日（日）

休業期間中の通院・入院中の緊急のご連絡は、24時間サポートダイヤル
（+81-3-5201-7799）までお願いいたします。

Dear patients and families,
Our office will be closed from 13 to 17 August. In an emergency, please call our
24-hour support line: +81-3-5201-7799.

各位患者及家属：
本公司8月13日至17日夏季休假。如有紧急情况，请拨打24小时支援热线 +81-3-5201-7799。

日の出産業株式会社 国際医療サポート事業部
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="notice to many private persons, all in Bcc (they cannot see each other), no personal data",
)

# -- 052 ------------------------------------------------------------------------------
add(
    subject="入院患者様の緊急連絡先（ご家族）について",
    sender=LIN,
    to=["北斗がん研究センター病院 7階東病棟 <ward7e@hokuto-cancer.or.jp>"],
    charset="utf-8",
    body="""北斗がん研究センター病院
7階東病棟　看護師長 様

お世話になっております。日の出産業の林です。
先日ご依頼いただいた、弊社経由で入院中の患者様の緊急連絡先（ご家族）をお知らせします。
いずれも中国語のみの対応となりますので、夜間は弊社24時間ダイヤルへお電話ください。

・孫 立新 様 → 妻　孫 麗華 様　＋86 138-2219-0475（滞在先：さくらホテル日本橋 1204号室）
・徐 桂蘭 様 → 長男　徐 明 様　＋86 139-0511-8826
・唐 建平 様 → 妻　唐 秀琴 様　＋86 159-0021-8830（日本の携帯 070-6620-1183）
・謝 振宇 様 → 長男　謝 浩 様　＋86 137-7481-2205
・羅 国強 様 → 妻　羅 秀梅 様　＋86 186-3340-9172

変更があり次第、あらためてご連絡いたします。

林 浩然
日の出産業株式会社 国際医療サポート事業部
24時間ダイヤル：03-5201-7799
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of five inpatients' family contacts with phone numbers to a hospital ward",
)

# -- 053 ------------------------------------------------------------------------------
_blocks053 = [
    ("郭 徳明（GUO Deming）", "1955年10月2日", "EC2281947", "心房細動、僧帽弁閉鎖不全症（中等度）", "カテーテルアブレーションの適応相談", "8月第1週"),
    ("胡 暁燕（HU Xiaoyan）", "1977年9月9日", "EE6172034", "甲状腺乳頭癌 術後（2024年 全摘）", "放射性ヨウ素内用療法", "8月第2週"),
    ("梁 慧（LIANG Hui）", "1985年8月15日", "EG0039518", "不妊症（卵管因子）", "体外受精の初診", "8月12日以降"),
    ("高 鵬（GAO Peng）", "1969年4月27日", "EJ7715260", "腰椎椎間板ヘルニア（L4/5）", "内視鏡下手術の可否", "8月中"),
    ("鄭 文斌（ZHENG Wenbin）", "1962年1月1日", "EH3308815", "C型慢性肝炎、肝硬変（代償期）", "肝癌スクリーニング", "8月第3週"),
]
_txt053 = "\n".join(
    f"【{i + 1}】\n氏名：{n}\n生年月日：{d}\n旅券番号：{p}\n現病歴・診断：{dx}\n受診目的：{purpose}\n来院希望：{when}\n"
    for i, (n, d, p, dx, purpose, when) in enumerate(_blocks053))
add(
    subject="8月初診のご相談（5名分）",
    sender=OKABE,
    to=["東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>"],
    charset="utf-8",
    body=f"""東都医科大学病院 国際診療部
小鳥遊 様

いつもお世話になっております。日の出産業の岡部です。
8月の初診受入れについて、5名分のご相談です。
各科で受入れ可能かご確認いただけますでしょうか。

{_txt053}
紹介状と画像は、受入れ可否のお返事をいただいてから取り寄せます。

岡部 拓真
日の出産業株式会社 国際医療サポート事業部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one block per patient (five): name, DOB, passport and diagnosis to a hospital",
)

# -- 054 ------------------------------------------------------------------------------
add(
    subject="年間契約更新の御礼と次年度のお打合せについて",
    sender=SAEKI,
    to=["湾岸中央病院 事務長 <jimucho@wangan-chuo-hp.or.jp>"],
    cc=[SHOJI, OKABE, "Tran Ngoc Anh <tran.ngocanh@hinode-sangyo.co.jp>",
        "国際医療サポート事業部長 <kuroiwa.masato@hinode-sangyo.co.jp>", DESK],
    charset="iso-2022-jp",
    body="""湾岸中央病院
事務長　大和田 様

平素より大変お世話になっております。日の出産業の佐伯でございます。
このたびは医療通訳業務委託契約を更新いただき、誠にありがとうございました。

次年度は、ベトナム語・ネパール語の遠隔通訳を拡充したいと考えております。
つきましては、7月中に一度ご挨拶とお打合せのお時間を頂戴できますでしょうか。
弊社からは事業部長の黒岩、営業の東海林、私の3名で伺います。

お手数ですが、ご都合のよい日時を2〜3ご提示いただけますと幸いです。
今後ともよろしくお願い申し上げます。

日の出産業株式会社 国際医療サポート事業部
医療コーディネート課 課長　佐伯 由香里
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one external organisation plus several internal colleagues in Cc; ordinary business mail",
)

# -- 055 ------------------------------------------------------------------------------
add(
    subject="August patients - list for invitation letters",
    sender=TRAN,
    to=["Saigon MedTour <booking@saigon-medtour.vn>"],
    charset="utf-8",
    body="""Dear Mr. Khanh,

Thank you for sending the patients for August. Please check the list below before we
ask the hospitals for the invitation letters. If anything is wrong, please correct it
and send back to me.

Name,Date of birth,Passport No.,Hospital,Condition
NGUYEN Thi Thu,1968-03-12,C5520184,Wangan Chuo Hospital,Spinal stenosis (L3-L5)
LE Minh Tuan,1974-11-28,C3391077,Tohto Medical University Hospital,Coronary artery disease
PHAM Van Duc,1959-06-06,B8872014,Hokuto Cancer Center,Nasopharyngeal carcinoma
VO Thi Hoa,1981-01-25,C6640392,Sakurazaka Ladies Clinic,Infertility (IVF)
DANG Quoc Bao,1990-09-17,C7018865,Wakabadai Kinen Hospital,Crohn's disease
BUI Thanh Long,1965-12-03,C2287750,Minato AMC,Health check (liver nodule follow-up)

The letters will be ready about 10 days after the hospital accepts.
""" + sig_en("Tran Ngoc Anh", "Patient Coordinator", "tran.ngocanh@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="comma-separated English list of six patients with DOB, passport and condition to an agency",
)

# -- 056 ------------------------------------------------------------------------------
_h056 = [
    ("Tohto Medical University Hospital", "Tokyo (Bunkyo)", "Cancer surgery, cardiac surgery", "EN / ZH"),
    ("Wangan Chuo Hospital", "Tokyo (Koto)", "Orthopaedics, rehabilitation, dialysis", "EN"),
    ("Wakabadai Kinen Hospital", "Yokohama", "Endoscopy, gastroenterology", "EN / ZH / RU"),
    ("Hokuto Cancer Research Center Hospital", "Kashiwa, Chiba", "Proton therapy, oncology", "EN"),
    ("Minato Advanced Medical Center", "Tokyo (Minato)", "Health check, PET-CT, MRI", "EN / ZH"),
    ("Sakurazaka Ladies Clinic", "Tokyo (Shibuya)", "Gynaecology, IVF", "EN"),
]
add(
    subject="Partner hospitals by specialty",
    sender=SAEKI,
    to=["Vladmed Tour <info@vladmed-tour.ru>"],
    charset="utf-8",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms. Orlova,</p>
<p>Thank you for your interest in our medical coordination service. Below are our partner
hospitals and the fields in which they accept patients from abroad. Russian-speaking
medical interpreters are provided by us for all of them.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr style="background:#eeeeee"><th>Hospital</th><th>Location</th><th>Main fields</th><th>Staff languages</th></tr>
""" + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _h056) + """
</table>
<p>Waiting time for a first appointment is usually 2 to 4 weeks. Please send us the
medical records in English or Russian and we will propose the most suitable hospital.</p>
<p>Best regards,<br>Yukari Saeki<br>Manager, Medical Coordination<br>
Hinode Sangyo Co., Ltd. / +81-3-5201-7740</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only table of hospitals and their specialties: businesses, no person",
)

# -- 057 ------------------------------------------------------------------------------
add(
    subject="Re: visa letter for my father",
    sender=LIN,
    to=["Luo Xiaofang <luoxf_sy@qq.com>"],
    charset="utf-8",
    body="""Dear Ms. Luo,

Thank you. We made the draft of the letter for the embassy. Please check the details of
your father below. If all is correct, we will sign and send the original by EMS.

  Patient: Mr. LUO Guoqiang
  Date of birth: 7 July 1962
  Passport No.: EJ9017735
  Diagnosis: Hepatocellular carcinoma (segment 8, 4.2 cm), Child-Pugh A
  Treatment in Japan: hepatectomy at Tohto Medical University Hospital
  Stay: 6 July - 30 September 2025

Your mother's letter (accompanying person) is the same, only her passport number changes.

Lin Haoran
Hinode Sangyo Co., Ltd. International Medical Support
+81-3-5201-7740

> Dear Mr Lin
> my father passport is EJ9017735, new one. Before was old one, sorry.
> Embassy say need letter from hospital and from your company. Can you make it fast?
> Father want come beginning of July. Thank you very much!!
> Luo Xiaofang
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="new reply text carries the father's passport number and cancer diagnosis (not only the quote)",
)

# -- 058 ------------------------------------------------------------------------------
add(
    subject="Re: MRI images and passports - Kuznetsova, Smirnov",
    sender=OKABE,
    to=["Vladmed Tour <info@vladmed-tour.ru>"],
    charset="utf-8",
    body="""Dear Ms. Orlova,

Thank you, we have received the MRI images (2 DVDs) and the passport copies.
We will send the invitation letters from the hospitals by this Friday.

Best regards,
Takuma Okabe
Hinode Sangyo Co., Ltd.

On Tue, 10 Jun 2025 at 16:41, Vladmed Tour <info@vladmed-tour.ru> wrote:
> Dear Mr. Okabe,
>
> Please find the passport data for the invitation letters:
> 1) KUZNETSOVA Anna, born 17.12.1982, passport 75 4418093, diagnosis: unruptured
>    aneurysm of the left MCA, 7 mm
> 2) SMIRNOV Dmitry, born 30.03.1969, passport 75 8812064, diagnosis: gastric SMT,
>    suspected GIST
> MRI DVDs were sent by DHL, AWB 4471 2093 55.
>
> Best regards,
> Elena Orlova, Vladmed Tour
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="passports and diagnoses appear only in the quoted text the agency itself wrote",
)

# -- 059 ------------------------------------------------------------------------------
_rows059 = [["共同受託プロジェクト 通訳者名簿（日の出産業分）"], [],
            ["氏名", "言語", "資格", "生年月日", "携帯", "住所"]]
for _n, _l, _q, _d, _a in [
        ("陳 美華", "中国語", "医療通訳技能検定1級", "1987/08/19", "東京都江戸川区西葛西6-15-3"),
        ("楊 帆", "中国語", "ICM認定医療通訳士", "1990/02/11", "千葉県市川市行徳駅前1-12-5"),
        ("勅使河原 美咲", "英語", "医療通訳技能検定2級", "1992/10/06", "神奈川県川崎市中原区新丸子東2-8-11"),
        ("九十九 忍", "英語・スペイン語", "—", "1979/12/24", "東京都世田谷区経堂1-31-8"),
        ("Olga Petrova", "ロシア語", "—", "1984/05/03", "東京都台東区蔵前3-4-2"),
        ("グエン ティ ラン", "ベトナム語", "医療通訳技能検定2級", "1988/07/27", "東京都豊島区池袋本町2-22-6"),
        ("バトバヤル サランゲレル", "モンゴル語", "—", "1986/03/15", "埼玉県川口市並木2-4-17")]:
    _rows059.append([_n, _l, _q, _d, f"0{rng.choice('987')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", _a])
add(
    subject="共同受託（江東湾岸市 多言語相談窓口）通訳者名簿",
    sender=DESK,
    to=["リンガメディカル 派遣管理課 <haken@lingua-medical.co.jp>"],
    charset="iso-2022-jp",
    body="""株式会社リンガメディカル
派遣管理課　御中

お世話になっております。日の出産業 通訳手配センターの比嘉です。
市の多言語相談窓口（共同受託）のシフト作成用に、弊社側の通訳者名簿をお送りします。
市のシステムが古いため、xls形式で作成しています。

よろしくお願いいたします。
""" + sig_b("通訳手配センター 比嘉", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    attachments=[{"kind": "xls", "name": "通訳者名簿_日の出産業.xls", "sheets": {"名簿": _rows059}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS with seven interpreters' DOB, mobile and home address to another company",
)

# -- 060 ------------------------------------------------------------------------------
add(
    subject="FW: 【若葉台記念病院】お盆期間の外来診療について",
    sender=LIN,
    to=["周 敏 <zhou.min@kangtu-travel.cn>"],
    charset="utf-8",
    body="""周 様

お世話になっております。林です。
若葉台記念病院から、お盆期間の外来についてお知らせが届きましたので転送します。
8月中旬の来日をご検討中の患者様には、この期間を避けてご案内いただけますと幸いです。

林

---------- 転送メッセージ ----------
差出人：若葉台記念病院 国際医療支援室 <intl-support@wakabadai-kinen.or.jp>
日付：2025年7月1日 10:15
件名：【若葉台記念病院】お盆期間の外来診療について

関係各位

平素より当院の診療にご協力を賜り、誠にありがとうございます。
8月13日（水）〜15日（金）は、一般外来を休診とさせていただきます。
救急外来および入院診療は通常どおり行います。
また、8月12日（火）および18日（月）は混雑が予想されますので、
海外からの初診予約は受け付けておりません。

若葉台記念病院 国際医療支援室
TEL 045-972-8100
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of a hospital's general notice: new text to its recipient, but no personal data",
)

# -- 061 ------------------------------------------------------------------------------
add(
    subject="9/12 医療ツーリズムセミナー 登壇資料（日の出産業）",
    sender=SAEKI,
    to=["医療インバウンド推進機構 セミナー事務局 <seminar@jmib.or.jp>"],
    charset="iso-2022-jp",
    body="""医療インバウンド推進機構
セミナー事務局　御中

お世話になっております。日の出産業の佐伯です。
9/12 のセミナーで使用する登壇資料（PowerPoint）をお送りします。
配布資料として印刷される場合は、モノクロで問題ございません。

よろしくお願いいたします。

佐伯 由香里
日の出産業株式会社 国際医療サポート事業部
""",
    attachments=[{"kind": "pptx", "name": "受入事例紹介_日の出産業.pptx", "slides": [
        ["医療通訳・コーディネートの現場から", "日の出産業株式会社 国際医療サポート事業部", "佐伯 由香里"],
        ["事例1：肝細胞癌の肝切除", "羅 国強 様（63歳・瀋陽）", "Child-Pugh A、S8 4.2cm",
         "東都医大で肝切除、術後12日で退院", "家族2名が3か月滞在"],
        ["事例2：生体腎移植", "呉 海濤 様（59歳・杭州）", "慢性腎臓病ステージ5、妻がドナー",
         "術前評価に6週間、通訳延べ140時間"],
        ["事例3：陽子線治療", "孫 立新 様（60歳・上海）", "膵体部癌 Stage IV疑い",
         "北斗がん研にて陽子線＋化学療法"],
        ["まとめ", "通訳は診療の一部", "家族の生活支援が治療継続の鍵"],
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="slide deck naming real (fictional) patients with their diagnoses, sent to a seminar organiser",
)

# -- 062 ------------------------------------------------------------------------------
add(
    subject="ご予約のお願い（7/20〜7/27 シングル2室）",
    sender=MIZUNO,
    to=["さくらホテル 予約課 <reservation@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body="""さくらホテル 予約課 御中

いつもお世話になっております。日の出産業の水野です。
下記のとおりご予約をお願いいたします。

　ご宿泊者：HAN Dongmei 様、HAN Xue 様
　日程：7月20日（日）〜7月27日（日）7泊
　客室：シングル 2室（隣同士または同じ階でお願いします）
　朝食：あり
　お支払い：弊社請求書払い（法人契約番号 SH-2207）

チェックインは21時頃になる見込みです。
どうぞよろしくお願いいたします。

水野 千尋（日の出産業 国際医療サポート事業部）
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="two guests' names and stay dates to the partner hotel: ordinary booking, no sensitive data",
)

# -- 063 ------------------------------------------------------------------------------
add(
    subject="8月シフト希望の提出のお願い",
    sender=DESK,
    to=["陳 美華 <chen.meihua.tr@gmail.com>", "グエン ティ ラン <lan.nguyen88@yahoo.co.jp>",
        "勅使河原 美咲 <misaki.teshi@icloud.com>"],
    charset="iso-2022-jp",
    body="""通訳者の皆さま

いつもありがとうございます。通訳手配センターの比嘉です。
8月のシフト希望を、7/15（火）までにご提出ください。

・提出方法：通訳者ポータル（https://portal.hinode-sangyo.co.jp/interp/）
・お盆期間（8/13〜8/15）は病院の外来がお休みのため、入院患者対応のみです。
・新規の健診ツアー（8/20、8/27）で中国語・ベトナム語の追加募集があります。

ご不明点はセンターまでお問い合わせください。
""" + sig_b("通訳手配センター 比嘉", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three freelance interpreters on different free-mail addresses see each other in To: should be Bcc",
)

# -- 064 ------------------------------------------------------------------------------
add(
    subject="7月分 報酬のお支払いについて",
    sender=KUWABARA,
    to=["九十九 忍 <tsukumo.s@gmail.com>"],
    charset="iso-2022-jp",
    body="""九十九 忍 様

いつも大変お世話になっております。日の出産業 経理課の桑原です。
7月分の通訳報酬について、下記のとおりお支払いいたします。

　稼働時間：48.5時間（東都医大 32.0h／湾岸中央 16.5h）
　報酬額　：184,300円（源泉徴収後 165,483円）
　振込予定日：8月25日（月）
　振込先：みどり銀行 経堂支店 普通 4418207（ご登録口座）

口座を変更される場合は、8/15までにご連絡ください。
支払明細書は通訳者ポータルからダウンロードいただけます。

日の出産業株式会社 経理課　桑原 聡
""",
    expect="pass",
    entities=["JP_BANK_ACCOUNT"],
    detectors=["personal_data", "freemail_recipient"],
    note="one interpreter's own bank account in a mail to that interpreter: one person, may warn",
)

# -- 065 ------------------------------------------------------------------------------
add(
    subject="Proposal: cashless interpreting service for FY2026",
    sender=SHOJI,
    to=["Global Assist Partners <ops-tokyo@globalassist-partners.com>"],
    charset="utf-8",
    body="""Dear Ms. Kimura,

Thank you for the meeting last week. As promised, please find attached our proposal for
the cashless medical interpreting service for your insured clients from April 2026.

The main points are a fixed monthly fee for remote interpreting and a 24-hour hotline
in six languages. We would be glad to discuss the details at your convenience.
""" + sig_en("Ken Shoji", "Sales Manager", "shoji.ken@hinode-sangyo.co.jp"),
    attachments=[{"kind": "pdf", "name": "Proposal_GAP_FY2026.pdf", "title": "Proposal FY2026",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "lines": ["Proposal: Cashless Medical Interpreting Service (FY2026)",
                            "For: Global Assist Partners K.K.", "",
                            "1. Remote interpreting: JPY 1,650,000 / month (up to 300 h)",
                            "2. On-site interpreting: JPY 6,000 / hour (ZH, EN), JPY 7,500 (RU, VI)",
                            "3. 24-hour hotline: included",
                            "4. Volume discount: 8% above 400 h / month",
                            "Our cost basis and interpreter rates are not to be disclosed."]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached proposal carries a CONFIDENTIAL page footer (marking only in the attachment)",
)

# -- 066 ------------------------------------------------------------------------------
add(
    subject="医療目的渡航者の補償範囲についてのご質問",
    sender=OKABE,
    to=["太平洋トラベル損保 商品開発部 <product@pacific-travel-ins.co.jp>"],
    charset="iso-2022-jp",
    body="""太平洋トラベル損害保険株式会社
商品開発部　御中

お世話になっております。日の出産業の岡部です。
海外からの医療目的渡航者向けの保険について、一般的な補償範囲を確認させてください。

1. 渡航前から治療中の疾病（例：糖尿病、高血圧、がん）が滞在中に悪化した場合、
   既往症として免責となるのでしょうか。それとも急激な悪化は対象となりますか。
2. 予定していた手術の合併症（感染症、再手術など）は補償の対象になりますか。
3. 妊娠・出産に関連する治療、歯科治療の扱いはどうなっていますか。
4. 同伴家族が滞在中に体調を崩した場合、家族向けの特約はありますか。

個別の患者様の案件ではなく、来年度の案内資料作成のためのご質問です。
資料などがあればお送りいただけますと幸いです。

岡部 拓真
日の出産業株式会社 国際医療サポート事業部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="diseases named only as general examples, tied to no person",
)

# -- 067 ------------------------------------------------------------------------------
add(
    subject="次年度契約条件のご提示",
    sender=SAEKI,
    to=["湾岸中央病院 事務長 <jimucho@wangan-chuo-hp.or.jp>"],
    charset="iso-2022-jp",
    body="""【取扱注意】

湾岸中央病院
事務長　大和田 様

先日はお時間をいただきありがとうございました。日の出産業の佐伯です。
次年度の契約条件について、弊社として以下をご提示いたします。
本条件は貴院にのみご提示しているものですので、お取扱いにご注意ください。

・常駐通訳（英語・中国語）：平日9-17時 各1名　月額 1,380,000円（現行比 −4%）
・ベトナム語遠隔通訳：15分 1,900円（新設）
・紹介手数料：10%（据え置き）
・契約期間：2026年4月1日から2年間（現行は1年）

ご検討のほど、よろしくお願い申し上げます。

日の出産業株式会社 国際医療サポート事業部
医療コーディネート課 課長　佐伯 由香里
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="【取扱注意】 stamp at the top of a mail to a hospital",
)

# -- 068 ------------------------------------------------------------------------------
add(
    subject="英語通訳者のご紹介",
    sender=DESK,
    to=["桜坂レディースクリニック 受付 <info@sakurazaka-lc.jp>"],
    charset="iso-2022-jp",
    body="""桜坂レディースクリニック
院長　蓮見 先生

お世話になっております。日の出産業 通訳手配センターの比嘉です。
貴院の英語通訳として、下記の者をご紹介いたします。

　氏名：宇佐美 瑠璃（うさみ るり）
　言語：英語（日本語ネイティブ）
　資格：医療通訳技能検定1級、看護師免許
　経歴：都内の総合病院で看護師として10年勤務（産婦人科病棟）、
　　　　その後オーストラリアで5年間の医療通訳経験
　対応可能日：火・木・土

生殖医療の用語にも慣れておりますので、安心してお任せいただけると思います。
初回の前に一度ご挨拶に伺わせます。
""" + sig_b("通訳手配センター 比嘉", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="one interpreter's professional profile (qualifications, career) to a clinic: one person, business",
)

# -- 069 ------------------------------------------------------------------------------
add(
    subject="7/15 来院時間の確認（受付番号 HC-25-1120）",
    sender=OKABE,
    to=["北斗がん研究センター病院 医事課 <iji@hokuto-cancer.or.jp>"],
    cc=["林 浩然 <lin.haoran@hinode-sanygo.co.jp>"],
    charset="iso-2022-jp",
    body="""北斗がん研究センター病院 医事課
國分 様

お世話になっております。日の出産業の岡部です。
受付番号 HC-25-1120 の件、7/15（火）は 8:30 に放射線治療科受付へ伺います。
当日は弊社の林（中国語）が通訳として同行いたします。

よろしくお願いいたします。

岡部 拓真
日の出産業株式会社 国際医療サポート事業部
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="colleague in Cc typed as hinode-sanygo.co.jp: letters swapped in the company's own domain",
)

# -- 070 ------------------------------------------------------------------------------
add(
    subject="RE: 7月 外国人患者様 予約一覧",
    sender=LIN,
    to=["東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>"],
    charset="iso-2022-jp",
    body="""小鳥遊 様

ご送付ありがとうございます。6名分、内容を確認いたしました。
通訳はすべて手配済みです。7/3 の HOANG 様のみベトナム語、ほかは中国語で伺います。

林

-----Original Message-----
From: 東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>
Sent: Monday, June 30, 2025 5:48 PM
To: lin.haoran@hinode-sangyo.co.jp
Subject: 7月 外国人患者様 予約一覧

日の出産業 林 様

7月前半の予約一覧です。通訳の手配をお願いいたします。

日付    時間    患者ID    氏名            生年月日    診療科        病名
7/2    9:30   T-448102  孫 立新         1964/09/30  消化器内科     膵体部癌
7/3   10:00   T-448117  HOANG Duc Anh  1988/12/02  循環器内科     拡張型心筋症
7/3   14:00   T-448120  韓 冬梅         1969/01/13  乳腺外科       乳癌術後
7/8    9:00   T-448135  馮 志遠         1958/03/08  消化器内科     大腸ポリープ
7/9   11:00   T-448141  羅 国強         1962/07/07  肝胆膵外科     肝細胞癌
7/10  13:30   T-448152  謝 振宇         1956/02/14  泌尿器科       前立腺肥大症

東都医科大学病院 国際診療部 小鳥遊
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-patient list is only in the quoted original from the hospital itself; new text is a short ack",
)

# -- 071 ------------------------------------------------------------------------------
add(
    subject="GOP request - ZHU Zhenhua / Policy GA-CN-5520917",
    sender=OKABE,
    to=["Global Assist Partners <ops-tokyo@globalassist-partners.com>"],
    charset="utf-8",
    body="""Dear Ms. Kimura,

We would like to request a Guarantee of Payment for the following case.

  Patient: ZHU Zhenhua (male)
  Date of birth: 17 May 1951
  Passport No.: EB3391706
  Policy No.: GA-CN-5520917
  Hospital: Wangan Chuo Hospital, Tokyo
  Admission: 2 August 2025 (emergency)
  Diagnosis: Acute appendicitis with perforation and localized peritonitis
  Treatment: Laparoscopic appendectomy on 2 August, IV antibiotics
  Expected stay: 7 days
  Estimated cost: JPY 1,480,000 (hospital) + JPY 96,000 (interpreting)

The hospital's medical report will follow as soon as we receive it.
Please send the GOP to the hospital directly (fax +81-3-6219-3301) with a copy to us.
""" + sig_en("Takuma Okabe", "Case Manager", "okabe.takuma@med.hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="GOP request in English: one patient's passport, DOB and diagnosis to an assistance company",
)

# -- 072 ------------------------------------------------------------------------------
add(
    subject="RE: 在留カード写しのご提出について",
    sender=YABUKI,
    to=["大原 真一 <ohara@ohara-gyosei.jp>"],
    charset="iso-2022-jp",
    body="""大原先生

ご連絡ありがとうございます。承知いたしました。
原本確認が必要とのことですので、来週水曜の午後にご本人と一緒に事務所へ伺います。

矢吹

差出人: 大原 真一 <ohara@ohara-gyosei.jp>
送信日時: 2025年6月24日 11:02
宛先: 矢吹 佳奈 <yabuki.kana@hinode-sangyo.co.jp>
件名: 在留カード写しのご提出について

日の出産業 矢吹様

楊 暁玲様（1994年3月19日生）の在留期間更新許可申請の件です。
お送りいただいた在留カード（番号 UH48271653EN）の写しでは裏面の住居地欄が
読み取れませんでしたので、原本を確認させていただけますでしょうか。

大原行政書士事務所　大原
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="residence-card number only in the quoted mail (Outlook 差出人/送信日時 header) from the recipient",
)

# -- 073 ------------------------------------------------------------------------------
add(
    subject="诊断书翻译（胡晓燕 女士）",
    sender=LIN,
    to=["周 敏 <zhou.min@kangtu-travel.cn>"],
    charset="utf-8",
    body="""周经理：

您好。附件是东都医科大学医院为胡女士出具的诊断书及中文翻译，请转交给患者本人。
原件将于下周随病历资料一起寄出。

林浩然
日の出産業株式会社 国際医療サポート事業部
""",
    attachments=[{"kind": "docx", "name": "診断書_中文訳_HU.docx", "title": "诊断书",
                  "paragraphs": [
                      "诊断书（中文翻译）",
                      "患者姓名：胡 晓燕（HU Xiaoyan）　女",
                      "出生日期：1977年9月9日",
                      "诊断：甲状腺乳头状癌（pT2N1aM0）",
                      "治疗经过：2025年6月3日行甲状腺全切除术及中央区淋巴结清扫术。",
                      "术后需长期服用左甲状腺素钠，并建议行放射性碘治疗。",
                      "东都医科大学医院 头颈外科　医师 关口 修",
                  ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX translation of a named patient's diagnosis certificate sent to the agency (Chinese text)",
)

# -- 074 ------------------------------------------------------------------------------
add(
    subject="初診予約の確認（7/9 14:00 LIN Meiling 様）",
    sender=TRAN,
    to=["桜坂レディースクリニック 受付 <info@sakurazaka-lc.jp>"],
    charset="utf-8",
    body="""桜坂レディースクリニック
受付ご担当者様

お世話になっております。日の出産業のTranです。
お電話でお取りした初診予約について、念のためメールでも確認させてください。

　患者様：LIN Meiling 様（台湾）
　日時：7月9日（水）14:00
　通訳：英語通訳（宇佐美）が同行
　持参物：パスポート、台湾の医療機関の検査結果（英文）

ご本人のご希望で、ご主人も診察に同席される予定です。
よろしくお願いいたします。

Tran Ngoc Anh
日の出産業株式会社 国際医療サポート事業部
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="a named patient's first visit to a gynaecology/IVF clinic, no diagnosis: the clinic type alone hints at health data",
)

# -- 075 ------------------------------------------------------------------------------
add(
    subject="【至急】本日の中国語通訳者の交代について",
    sender=DESK,
    to=["若葉台記念病院 国際医療支援室 <intl-support@wakabadai-kinen.or.jp>"],
    charset="iso-2022-jp",
    body="""若葉台記念病院 国際医療支援室
鈴村 様

お世話になっております。日の出産業 通訳手配センターの仲宗根です。
本日 13:00 から担当予定だった通訳者の楊 帆が、今朝38度台の発熱があり、
新型コロナウイルスの抗原検査で陽性となりました。
昨日（7/2）の午後に貴院の内視鏡センターで通訳をしておりましたので、念のためお知らせいたします。
本人は5日間の自宅療養に入ります。

本日は代わりに陳 美華が 12:45 に伺います。
ご迷惑をおかけし、誠に申し訳ございません。
""" + sig_b("通訳手配センター 仲宗根", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named interpreter's COVID-19 test result (health information) sent to a hospital",
)

# -- 076 ------------------------------------------------------------------------------
add(
    subject="本日のお打合せ議事録（北京和泰医疗咨询様・日の出産業）",
    sender=SHOJI,
    to=["Song Yaqin <songyaqin@hetai-medical.com.cn>"],
    cc=["He Shuzhen <heshuzhen@hetai-medical.com.cn>"],
    charset="utf-8",
    body="""宋 様
（cc：何 総経理）

本日はお忙しいところありがとうございました。東海林です。
議事録をお送りします。修正点があればお知らせください。

■日時：2025年6月18日（水）16:00〜17:10
■場所：みなと先端医療センター 会議室B
■出席者：
　北京和泰医疗咨询　何 総経理、宋 主任、鄭 様
　日の出産業　　　　佐伯、東海林、林（通訳兼務）
■決定事項：
　1. 9月から人間ドックツアーを月2回（各10名まで）で開始する
　2. 申込締切は来日日の30日前、キャンセル規定は別途協議
　3. 現地での事前問診票は中国語版を弊社が作成する（7月末まで）
■次回：7月下旬（オンライン）

以上
日の出産業株式会社 営業課　東海林 健
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting minutes naming attendees of both companies, no personal data; one external organisation",
)

# -- 077 ------------------------------------------------------------------------------
_rows077 = [["オペレーターID", "言語", "稼働時間帯", "携帯（緊急時）", "連絡用メール"]]
for _i, (_l, _t, _m) in enumerate([
        ("中国語", "平日 9-17", "mh.chen.0819@gmail.com"), ("中国語", "平日 17-22", "fan.yang.interp@gmail.com"),
        ("英語", "土日祝", "tsukumo.s@gmail.com"), ("ベトナム語", "平日 9-17", "lan.nguyen88@yahoo.co.jp"),
        ("ロシア語", "平日 13-21", "olga.petrova.jp@outlook.jp"), ("モンゴル語", "オンコール", "sarangerel.b@gmail.com")]):
    _rows077.append([f"RO-{rng.randrange(1000, 9999)}", _l, _t,
                     f"0{rng.choice('987')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", _m])
add(
    subject="遠隔通訳 オペレーター登録情報のご提出",
    sender=DESK,
    to=["みなと先端医療センター 情報システム室 <it@minato-amc.jp>"],
    charset="iso-2022-jp",
    body=f"""みなと先端医療センター
情報システム室　御中

お世話になっております。日の出産業 通訳手配センターの比嘉です。
遠隔通訳システムへのアカウント登録用に、オペレーター情報をお送りします。
氏名は登録不要とのことでしたので、弊社のオペレーターIDで記載しております。

{cols(_rows077)}

アカウント発行後、ログイン情報は各オペレーターのメール宛にお送りください。
""" + sig_b("通訳手配センター 比嘉", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    expect="stop",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six interpreters' private mobiles and e-mails keyed by ID, no name column: still a list of people",
)

# -- 078 ------------------------------------------------------------------------------
add(
    subject="Re: price of health check package",
    sender=SHOJI,
    to=["Song Yaqin <songyaqin@hetai-medical.com.cn>"],
    charset="utf-8",
    body=f"""Dear Ms. Song,

Thank you for your question. The prices for the health check packages at Minato Advanced
Medical Center (from September 2025) are as below. Prices include interpreter and
the report in Chinese.

{cols([
    ["Package", "Main items", "Time", "Price (JPY, tax incl.)"],
    ["Basic", "Blood, urine, ECG, chest X-ray, ultrasound", "half day", "165,000"],
    ["Standard", "Basic + gastroscopy + CT (chest)", "1 day", "286,000"],
    ["Premium", "Standard + PET-CT + brain MRI/MRA", "1 day", "528,000"],
    ["Premium Lady", "Premium + mammography + gynecology", "1 day", "572,000"],
], gap=3)}

Hotel and transfer are not included. For a group of 8 persons or more, 5% discount.
""" + sig_en("Ken Shoji", "Sales Manager", "shoji.ken@hinode-sangyo.co.jp") + """

> Dear Mr Shoji
> customer ask how much is health check. Which is cheap and which is full?
> Please send price list. thank you
> Song
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="package price list in English to a Chinese agency; the quoted question is the recipient's own",
)

# -- 079 ------------------------------------------------------------------------------
add(
    subject="同伴者のビザ申請への影響についてご相談（呉様案件）",
    sender=LIN,
    to=["大原行政書士事務所 <ohara@ohara-gyosei.jp>"],
    charset="iso-2022-jp",
    body="""大原先生

お世話になっております。林です。
呉 海濤様の案件で、同伴者の件でご相談させてください。

同伴予定の義兄、蒋 建華様（1963年4月2日生）について、ご家族から
「2015年に中国で交通事故を起こし、過失致傷罪で有罪判決（懲役1年・執行猶予2年）を受けた」
と打ち明けられました。現在は刑の執行猶予期間も満了しているそうです。

このような前科がある場合、同伴者としての医療滞在ビザの審査に影響があるのか、
また申請書の犯罪歴の欄にどのように記載すべきか、ご助言いただけますでしょうか。
必要であれば同伴者から外し、別の家族に変更することも検討しています。

林 浩然
日の出産業株式会社 国際医療サポート事業部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's criminal conviction (前科) sent to an outside 行政書士: 要配慮個人情報",
)

# -- 080 ------------------------------------------------------------------------------
add(
    subject="中国語パンフレット 最終校正のお願い",
    sender=SAEKI,
    to=["周 敏 <zhou.min@kangtu-travel.cn>"],
    cc=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    charset="utf-8",
    body="""周 様
（cc：錦印刷 宮内様）

お世話になっております。日の出産業の佐伯です。
患者様向け中国語パンフレットの最終校正版をお送りします。
中国語表現に不自然な点がないか、周様にご確認いただけますでしょうか。
修正点は錦印刷の宮内様にも直接お伝えいただいて構いません。

校了は7/18（金）を予定しております。

佐伯 由香里
日の出産業株式会社 国際医療サポート事業部
""",
    attachments=[{"kind": "pdf", "name": "pamphlet_zh_final_proof.pdf", "title": "日本医疗服务指南",
                  "lines": ["日本医疗服务指南 — 日之出产业 国际医疗支援", "",
                            "1. 咨询与医院选择", "2. 签证（医疗滞在签证）办理", "3. 来日、接机与住宿",
                            "4. 就诊与医疗翻译", "5. 费用与付款方式", "",
                            "24小时热线：+81-3-5201-7799"]}],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="brochure proof to the agency with the partner printer in Cc: two external organisations, no personal data",
)

# -- 081 ------------------------------------------------------------------------------
add(
    subject="出産目的のご相談（曹 麗 様・妊娠24週）",
    sender=TRAN,
    to=["桜坂レディースクリニック 院長 <director@sakurazaka-lc.jp>"],
    charset="utf-8",
    body="""桜坂レディースクリニック
蓮見 先生

いつもお世話になっております。日の出産業のTranです。
日本での出産をご希望の方について、受入れが可能かご相談させてください。

曹 麗（CAO Li）様、1980年7月19日生、上海在住。
現在妊娠24週（初産ではなく2回目）、分娩予定日は2025年10月28日です。
前回（2019年）は帝王切開で、今回は妊娠糖尿病の診断を受けインスリン治療中とのことです。
現地の主治医からは、今回も選択的帝王切開を勧められています。

32週頃までに来日し、分娩後1か月ほど日本に滞在するご予定です。
受入れ可能でしたら、現地の紹介状と検査結果を英文でお送りいたします。

Tran Ngoc Anh
日の出産業株式会社 国際医療サポート事業部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named woman's pregnancy, obstetric history and gestational diabetes sent to a clinic",
)

# -- 082 ------------------------------------------------------------------------------
_lines082 = ["氏名\t銀行\t支店\t種別\t口座番号\t6月報酬"]
for _n, _b in [("陳 美華", "西葛西支店"), ("勅使河原 美咲", "武蔵小杉支店"), ("Olga Petrova", "浅草橋支店"),
               ("グエン ティ ラン", "池袋支店"), ("九十九 忍", "経堂支店"), ("楊 帆", "行徳支店"),
               ("宇佐美 瑠璃", "練馬支店")]:
    _lines082.append(f"{_n}\tみどり銀行\t{_b}\t普通\t{rng.randrange(10**6, 10**7)}\t{rng.randrange(80, 320) * 1000:,}")
add(
    subject="6月分 通訳者報酬の振込データ確認",
    sender=DESK,
    to=[KUWABARA],
    cc=["経理課 <keiri@hinode-sangyo.co.jp>"],
    charset="cp932",
    body="""経理課 桑原さん

お疲れさまです。通訳手配センターの仲宗根です。
6月分の通訳者報酬、稼働時間の突合が終わりました。振込データの作成をお願いします。

""" + "\n".join(_lines082) + """

楊さんは7月から口座が変わっています（行徳支店）。ご注意ください。
仲宗根
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="tab-separated bank accounts of seven interpreters, sent only to internal accounting",
)

# -- 083 ------------------------------------------------------------------------------
add(
    subject="明日の精神科外来 通訳の事前情報",
    sender=DESK,
    to=["陳 美華 <chen.meihua.tr@gmail.com>"],
    charset="iso-2022-jp",
    body="""陳さん

お疲れさまです。通訳手配センターの仲宗根です。
明日 10:30 の東都医大 精神科外来の件、病院から事前情報をいただきましたので共有します。

患者様：韓 冬梅 様（女性、56歳）
乳癌の術後から不眠と抑うつ気分が続き、現地で「うつ病」と診断されて抗うつ薬を服用中です。
半年前に一度、自殺未遂で入院した既往があるとのことで、
医師から家族歴や希死念慮について詳しく質問される予定です。

ご本人はとても緊張されているそうなので、ゆっくり話していただけると助かります。
終了後、簡単で構いませんので報告をお願いします。

仲宗根
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named patient's psychiatric history sent to a freelance interpreter's gmail",
)

# -- 084 ------------------------------------------------------------------------------
add(
    subject="今週の入院患者様 一覧（コーディネーター用）",
    sender=OKABE,
    to=["医療コーディネート課 <med-coord@hinode-sangyo.co.jp>"],
    cc=["通訳手配センター <interp-desk@hinode-sangyo.co.jp>"],
    charset="utf-8",
    html="""<html><body style="font-family:Meiryo,sans-serif;font-size:10pt">
<p>皆さん<br>今週（7/7〜7/11）の入院患者様です。巡回の担当を確認してください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr bgcolor="#f0e6d2"><th>氏名</th><th>病院・病棟</th><th>病名</th><th>家族連絡先</th><th>担当</th></tr>
<tr><td>羅 国強</td><td>東都医大 11階西</td><td>肝細胞癌 術後5日目</td><td>+86 186-3340-9172</td><td>林</td></tr>
<tr><td>Siti Rahmawati</td><td>若葉台記念 整形外科</td><td>右TKA 術後2日目</td><td>+62 812-7731-0294</td><td>Tran</td></tr>
<tr><td>孫 立新</td><td>北斗がん研 7階東</td><td>膵体部癌 陽子線</td><td>+86 138-2219-0475</td><td>林</td></tr>
<tr><td>IVANOV Sergei</td><td>東都医大 CCU</td><td>冠動脈バイパス術後</td><td>+7 914-203-5519</td><td>岡部</td></tr>
<tr><td>PETROVA Olga</td><td>湾岸中央 5階</td><td>人工股関節置換術</td><td>+7 924-118-4402</td><td>岡部</td></tr>
</table>
<p>岡部</p>
</body></html>""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=[],
    note="HTML table of five inpatients with diagnoses, but only to internal recipients",
)

# -- 085 ------------------------------------------------------------------------------
_addr085 = [
    ("〒135-0061", "東京都江東区豊洲五丁目3番8-1204", "王 磊 様"),
    ("〒231-0023", "神奈川県横浜市中区山下町148番2 チャイナタウンハイツ502", "黄 美玲 様"),
    ("〒171-0014", "東京都豊島区池袋二丁目41番7 池袋スカイコート803", "張 婷 様"),
    ("〒332-0034", "埼玉県川口市並木三丁目6番11号", "李 強 様"),
    ("〒272-0133", "千葉県市川市行徳駅前二丁目4番9-307", "劉 暁明 様"),
    ("〒169-0073", "東京都新宿区百人町一丁目22番3 メゾン新大久保401", "周 海燕 様"),
    ("〒550-0013", "大阪府大阪市西区新町一丁目10番2-1506", "陳 志偉 様"),
]
add(
    subject="ご挨拶状 宛名リスト（在日ご家族様向け）",
    sender=MIZUNO,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    charset="utf-8",
    body="""錦印刷株式会社
営業部　宮内 様

お世話になっております。日の出産業の水野です。
先日ご注文した夏のご挨拶状（中国語・日本語併記）の宛名リストをお送りします。
日本国内にお住まいの、弊社をご利用いただいた患者様のご家族7名様です。
宛名印字のうえ、7/25 投函でお願いいたします。

""" + "\n\n".join(f"{z}\n{a}\n{n}" for z, a, n in _addr085) + """

以上7件です。よろしくお願いいたします。

水野 千尋
日の出産業株式会社 国際医療サポート事業部
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="address-label blocks of seven private persons (clients' families) to the printer",
)

# -- 086 ------------------------------------------------------------------------------
add(
    subject="通訳料金表（病院様向け・2025年10月改定）",
    sender=SHOJI,
    to=["若葉台記念病院 事務部 <jimu@wakabadai-kinen.or.jp>"],
    charset="iso-2022-jp",
    body="""若葉台記念病院 事務部
経理ご担当　御中

お世話になっております。日の出産業の東海林です。
10月改定後の通訳料金表をExcelでお送りいたします。
1枚目が言語別の料金、2枚目がオプション料金です。

ご不明点がございましたらお知らせください。

東海林 健
日の出産業株式会社 営業課　TEL 03-5201-7740
""",
    attachments=[{
        "kind": "xlsx", "name": "通訳料金表_202510.xlsx", "title": "通訳料金表",
        "sheets": {
            "言語別料金": [["医療通訳 料金表（2025年10月1日改定）"], ["単位：円（税抜）"], [],
                       ["言語", "基本（2時間まで）", "延長30分", "遠隔15分"],
                       ["英語", 15000, 3500, 2000], ["中国語", 16000, 3500, 2200],
                       ["ベトナム語", 18000, 4000, 2400], ["ロシア語", 18000, 4000, 2400],
                       ["モンゴル語", 21000, 4500, 2800], ["ネパール語", 21000, 4500, 2800]],
            "オプション": [["項目", "料金", "備考"], ["早朝・夜間加算", 3000, "7時前・20時以降"],
                       ["文書翻訳（A4 1枚）", 6000, "診断書・説明書等"],
                       ["キャンセル料", "基本料金の50%", "前日17時以降"]],
        }}],
    expect="pass",
    entities=[],
    detectors=[],
    note="price list XLSX (two sheets, title rows) without any marking or personal data",
)

# -- 087 ------------------------------------------------------------------------------
add(
    subject="空港送迎のお願い（7/12 羽田→湾岸中央病院）",
    sender=MIZUNO,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
配車センター　御中

いつもお世話になっております。日の出産業の水野です。
下記のとおり送迎をお願いいたします。

　日時：7月12日（土）NH968便 13:55 羽田着
　お客様：JIANG Yun 様 ほか1名（スーツケース3個）
　行先：湾岸中央病院 正面玄関
　車種：ワゴン（ストレッチャー不要）

料金は月末締めでご請求ください。

水野 千尋
日の出産業株式会社 国際医療サポート事業部（TEL 03-5201-7740）
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp",
)

# -- 088 ------------------------------------------------------------------------------
add(
    subject="医療コーディネートサービス利用規約（2025年改定版）",
    sender=SAEKI,
    to=["Saigon MedTour <booking@saigon-medtour.vn>"],
    charset="utf-8",
    body="""Dear Mr. Khanh,

Please find attached the revised Terms of Service of our medical coordination service
(Japanese, English translation to follow next week). The main changes are in Article 8
(handling of personal information) and Article 12 (cancellation).

Kind regards,
Yukari Saeki
Hinode Sangyo Co., Ltd.
""",
    attachments=[{"kind": "docx", "name": "利用規約_2025改定.docx", "title": "医療コーディネートサービス利用規約",
                  "paragraphs": [
                      "医療コーディネートサービス利用規約",
                      "第1条（目的）本規約は、日の出産業株式会社（以下「当社」）が提供する医療コーディネートサービスの利用条件を定める。",
                      "第7条（秘密保持）当社及び提携先は、業務上知り得た利用者の秘密を正当な理由なく第三者に開示しない。",
                      "第8条（個人情報の取扱い）当社は、利用者の病歴その他の要配慮個人情報を、利用者の同意を得た範囲で医療機関に提供する。",
                      "第12条（キャンセル）来日日の14日前以降のキャンセルは、手配済み費用の実費を申し受ける。",
                      "附則　本規約は2025年8月1日から施行する。",
                  ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="terms-of-service DOCX that talks about 秘密保持 and 要配慮個人情報 in general, no person, no marking",
)

# -- 089 ------------------------------------------------------------------------------
add(
    subject="外貨建て送金の受取手数料について",
    sender=KUWABARA,
    to=["みどり銀行 外為センター <gaitame@midori-ginkou.co.jp>"],
    charset="iso-2022-jp",
    body="""みどり銀行 外為センター 御中

いつもお世話になっております。日の出産業 経理課の桑原です。
海外の患者様から治療費の前受金を外貨（人民元・米ドル）で受け取るケースが増えており、
被仕向送金の受取手数料と、円転の際の適用レートについて教えていただけますでしょうか。

また、中国からの送金で中継銀行手数料が差し引かれる場合の、
受取額の確認方法もあわせてご教示いただけますと幸いです。

日の出産業株式会社 経理課
桑原 聡（TEL 03-5201-7702）
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp adds a letter to partner bank midori-ginko.co.jp",
)

_corp090 = [corp_number() for _ in range(5)]

# -- 090 ------------------------------------------------------------------------------
add(
    subject="医療ツーリズム推進協議会 会員企業一覧（更新）",
    sender=SAEKI,
    to=["江東湾岸市 観光産業課 <medtour@city.koto-wangan.lg.jp>"],
    charset="iso-2022-jp",
    body=f"""江東湾岸市 観光産業課 御中

お世話になっております。協議会幹事会社の日の出産業 佐伯です。
市のウェブサイト掲載用に、会員企業一覧を更新しました。

{cols([
    ["会員企業", "法人番号", "所在地", "代表電話"],
    ["日の出産業株式会社", _T_HINODE, "東京都中央区日本橋本町", "03-5201-7740"],
    ["株式会社リンガメディカル", _corp090[0], "東京都千代田区神田須田町", "03-3254-6610"],
    ["さくらホテル株式会社", _corp090[1], "東京都中央区日本橋室町", "03-3270-6600"],
    ["青葉運輸株式会社", _corp090[2], "神奈川県横浜市鶴見区大黒町", "045-503-2200"],
    ["湾岸トラベルサービス株式会社", _corp090[3], "東京都江東区有明", "03-5530-1177"],
    ["一般社団法人 医療インバウンド推進機構", _corp090[4], "東京都港区芝公園", "03-6435-9020"],
])}

新規入会は湾岸トラベルサービス様の1社です。
ご確認のほどよろしくお願いいたします。

佐伯 由香里
日の出産業株式会社 国際医療サポート事業部
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="list of member companies with 法人番号 and switchboards: businesses, not people",
)

# -- 091 ------------------------------------------------------------------------------
add(
    subject="Re: 提携病院の一覧をいただけますか",
    sender=LIN,
    to=["周 敏 <zhou.min@kangtu-travel.cn>"],
    charset="utf-8",
    body="""周 様

お世話になっております。林です。
ご依頼の提携病院の一覧を添付いたします。
受入件数の多い順に並んでいますので、ご案内の参考にしてください。

林
""",
    attachments=[{
        "kind": "xlsx", "name": "提携病院_2025.xlsx",
        "sheets": {"病院別": [
            ["【社外秘】2025年度 提携病院別 紹介手数料・受入実績"], [],
            ["病院", "紹介手数料率", "受入件数（4-6月）", "手数料収入（千円）", "次期交渉方針"],
            ["東都医科大学病院", "12%", 48, 9120, "10%まで受諾可"],
            ["みなと先端医療センター", "15%", 71, 6890, "据え置き"],
            ["若葉台記念病院", "8%", 22, 1460, "10%へ引上げ打診"],
            ["北斗がん研究センター病院", "定額", 9, 1350, "陽子線は別建て"],
            ["湾岸中央病院", "10%", 17, 1980, "維持"],
        ]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached sheet's title row is stamped 【社外秘】 (internal commission data) — sent to an agency",
)

# -- 092 ------------------------------------------------------------------------------
add(
    subject="来週の通訳シフト（7/14〜7/18）",
    sender=DESK,
    to=["医療コーディネート課 <med-coord@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body=f"""コーディネート課の皆さん

通訳手配センターの比嘉です。来週のシフトです。当日の連絡は各通訳者の携帯へお願いします。

{cols([
    ["日付", "病院", "言語", "通訳者", "携帯"],
    ["7/14", "東都医大", "中国語", "陳 美華", "090-3318-2764"],
    ["7/14", "湾岸中央", "ベトナム語", "グエン ティ ラン", "080-6621-0459"],
    ["7/15", "北斗がん研", "中国語", "楊 帆", "090-8861-2750"],
    ["7/16", "若葉台記念", "ロシア語", "Olga Petrova", "090-2274-6618"],
    ["7/17", "みなと先端", "英語", "九十九 忍", "070-1190-3385"],
    ["7/18", "東都医大", "モンゴル語", "バトバヤル サランゲレル", "070-4402-9913"],
])}

比嘉
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="six interpreters' mobiles in a shift table, but sent only inside the company",
)

# -- 093 ------------------------------------------------------------------------------
add(
    subject="お見積書の送付（10月 健診ツアー 12名様）",
    sender=SHOJI,
    to=["盛京国际旅游 医疗部 <medical@shengjing-travel.com>"],
    charset="utf-8",
    body="""孫 様

お世話になっております。日の出産業の東海林です。
10月の健診ツアー（12名様）のお見積書をお送りします。
PDFにはパスワードを設定しております。パスワードは別途WeChatでお伝えします。

ご検討のほどよろしくお願いいたします。

東海林 健
日の出産業株式会社 営業課
""",
    attachments=[{"kind": "pdf", "name": "見積書_Q2510-031.pdf", "password": "sj2510",
                  "lines": ["御見積書 Q2510-031", "盛京国际旅游 御中",
                            "健診ツアー 12名 スタンダードコース 3,432,000円"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF quotation to an agency: the attachment cannot be inspected",
)

# -- 094 ------------------------------------------------------------------------------
add(
    subject="通訳内容に関するクレームへの対応についてご相談（当社管理番号 C-2025-07）",
    sender=SAEKI,
    to=["白川法律事務所 白川 弁護士 <shirakawa@shirakawa-law.jp>"],
    charset="iso-2022-jp",
    body="""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の佐伯です。
当社管理番号 C-2025-07 の件で、ご相談のお時間をいただきたくご連絡しました。

海外からの患者様のご家族から、「術前説明の通訳が不正確だったため、リスクを理解しないまま
同意書に署名した」として、通訳料の返金と慰謝料を求める書面が届いております。
当社としては、病院の記録と通訳者の報告書を確認した限り、説明内容は正しく伝えられていたと
考えております。

1. 当社の契約上の責任の範囲（利用規約第10条の免責条項の有効性）
2. 病院との責任分担
3. ご家族への回答書の書きぶり
について、ご助言をいただけますでしょうか。
資料一式は、面談の際に紙でお持ちします。

来週前半でご都合のよい日時をお知らせいただけますと幸いです。

佐伯 由香里
日の出産業株式会社 国際医療サポート事業部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="legal consultation with the partner law firm about a complaint, referenced by case number only",
)

# -- 095 ------------------------------------------------------------------------------
add(
    subject="6月分 通訳実績報告書の送付",
    sender=DESK,
    to=["東都医科大学病院 国際診療部 <kokusai@todo-med-u.ac.jp>"],
    charset="iso-2022-jp",
    body="""東都医科大学病院 国際診療部 御中

お世話になっております。日の出産業 通訳手配センターです。
6月分の通訳実績報告書をお送りいたします。
請求書は経理課より別途お送りいたします。

よろしくお願いいたします。
""" + sig_b("通訳手配センター 仲宗根", "interp-desk@hinode-sangyo.co.jp", "03-5201-7748"),
    attachments=[{"kind": "corrupt", "name": "通訳実績報告_202506.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# -- 096 ------------------------------------------------------------------------------
add(
    subject="10月 健診ツアー 受診者名簿の送付（パスワード別送）",
    sender=TRAN,
    to=["青空健診センター 予約係 <yoyaku@aozora-kenshin.jp>"],
    cc=["Song Yaqin <songyaqin@hetai-medical.com.cn>"],
    charset="utf-8",
    body="""青空健診センター 予約係 御中
（cc：北京和泰医疗咨询 宋様）

お世話になっております。日の出産業のTranです。
10/14 の健診ツアー受診者名簿（12名）と事前問診票を、パスワード付きZIPでお送りします。
パスワードは別メールでお知らせいたします。

Tran Ngoc Anh
日の出産業株式会社 国際医療サポート事業部
""",
    attachments=[{"kind": "zip", "name": "受診者名簿_1014.zip", "password": "Az1014#k",
                  "files": [{"kind": "xlsx", "name": "受診者名簿_1014.xlsx",
                             "sheets": {"名簿": [["氏名", "生年月日", "既往歴"],
                                               ["宋 雅琴", "1979/04/11", "なし"]]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "multiple_external_domains"],
    note="encrypted ZIP (PPAP) of a participant list to a clinic, with the agency in Cc",
)

# -- 097 ------------------------------------------------------------------------------
add(
    subject="明日の北斗がん研 外来 患者様情報",
    sender=LIN,
    to=[OKABE],
    bcc=["楊 帆 <yangfan.medint@gmail.com>"],
    charset="utf-8",
    body="""岡部さん
（Bcc：通訳の楊さん）

明日（7/15）の北斗がん研の外来患者様です。楊さんにも事前情報として共有します。

1) 孫 立新 様　1964/09/30　膵体部癌　陽子線 治療計画CT　9:00
2) 徐 桂蘭 様　1953/10/11　肺小細胞癌　陽子線 照射12回目　10:30
3) 唐 建平 様　1967/05/22　食道癌 術後　再発チェック（PET-CT）　11:00
4) 謝 振宇 様　1956/02/14　前立腺癌　陽子線の適応相談　13:30
5) 羅 国強 様　1962/07/07　肝細胞癌　肝切除後の経過観察　15:00

楊さん、13:30 の謝様は初診なので、問診票の記入補助もお願いします。
林
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="To is internal but a freelance interpreter's gmail is in Bcc: five patients' DOBs and cancers go outside",
)

# -- 098 ------------------------------------------------------------------------------
add(
    subject="Fwd: 転院のご相談（HOANG Duc Anh 様）",
    sender=TRAN,
    to=["岡部 拓真 <okabe.takuma@hinode-sangyo.com>"],
    charset="utf-8",
    body="""岡部さん

転院の件、先方病院とのやり取りをまとめました。確認をお願いします。

患者：HOANG Duc Anh 様（1988/12/02、ベトナム）旅券 C7734105
診断：拡張型心筋症（EF 22%）、NYHA III度、心室頻拍の既往あり
東都医大から、植込み型除細動器の適応評価のため循環器専門病院への転院を打診されています。
受入候補：湾岸中央病院 循環器内科（7/22 受入可の回答あり）

ご家族（妻）はベトナムから来日予定で、7/20 到着です。
Tran
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for an internal colleague but addressed to hinode-sangyo.com (TLD swap): a patient's passport and heart disease go out",
)

# -- 099 ------------------------------------------------------------------------------
add(
    subject="レンタカー予約の運転者情報（予約番号 TDR-88412）",
    sender=MIZUNO,
    to=["東京ドライブレンタ 予約センター <yoyaku@tokyo-drive-rent.co.jp>"],
    charset="iso-2022-jp",
    body="""東京ドライブレンタ株式会社
予約センター　御中

お世話になっております。日の出産業の水野です。
予約番号 TDR-88412（7/20〜8/3、ミニバン）について、運転者の情報をお知らせします。
患者様のご家族で、日本在住の方が運転されます。

　運転者氏名：王 磊（ワン レイ）
　生年月日：1986年10月4日
　住所：東京都江東区豊洲五丁目3番8-1204
　運転免許証番号：第301248776130号
　免許の色：ゴールド（有効期限 2028年11月4日）

貸渡時に免許証の原本をご提示します。
よろしくお願いいたします。

水野 千尋
日の出産業株式会社 国際医療サポート事業部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a private person's 運転免許証番号 with DOB and address sent to a car rental company",
)

# -- 100 ------------------------------------------------------------------------------
add(
    subject="来日スケジュール確定のお知らせ（謝様ご一家）",
    sender=LIN,
    to=["周 敏 <zhou.min@kangtu-travel.cn>", "Xie Hao <xie.hao1984@qq.com>"],
    cc=["Xie Lina <xielina58@gmail.com>"],
    charset="utf-8",
    body="""周 様、謝 浩 様、謝 麗娜 様

お世話になっております。日の出産業の林です。
来日スケジュールが確定しましたので、ご案内いたします。

　7/5（土）MU523便 12:40 羽田着 → 弊社スタッフがお迎え、さくらホテル日本橋へ
　7/7（月）9:00 病院初診（弊社の中国語通訳が同行）
　7/8（火）以降は病院の指示に従って通院

ホテルはツイン1室・シングル1室を7/5から21泊で手配済みです。
ご不明点があれば、周様または私までご連絡ください。

林 浩然
日の出産業株式会社 国際医療サポート事業部
TEL 03-5201-7740 / WeChat: hinode_med_lin
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="agency plus two private persons on different free mail in To/Cc: three external parties visible",
)
