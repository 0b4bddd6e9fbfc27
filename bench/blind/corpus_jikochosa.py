"""Blind corpus — area: jikochosa (事故対応・車両管理デスク).

The fleet and car-accident claims desk of 日の出産業株式会社 (総務部 車両管理課 / 事故対応デスク):
mail with insurers' claims staff and adjusters (損害調査), body shops, towing and road-service
firms, rental and leasing companies, hospitals treating injured parties, lawyers, the
company's health-insurance society and labour consultant, and drivers — accident reports,
injury details, drivers' licence numbers, repair estimates, dash-cam footage requests,
settlement mail, plus routine fleet and vendor mail.

Every person, number, address, claim number and external organisation in this file is
invented (any likeness is accidental).  Written blind from bench/blind/BRIEF.md,
bench/blind/build.py and SPEC.md only, without reading mailguard's code or other corpora.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 16201
R = random.Random(SEED)

IN = "hinode-sangyo.co.jp"

# -- small helpers (all numbers are invented) ------------------------------------------------

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """ASCII digits and hyphens → full-width, as people type them in IME mode."""
    return s.translate(_ZEN)


def digits(n: int) -> str:
    return str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def licence(pref: str) -> str:
    """A 12-digit driving-licence number: 公安委員会 code, year, serial, check, reissue."""
    return pref + f"{R.randrange(0, 100):02d}" + "".join(str(R.randrange(10)) for _ in range(7)) \
        + str(R.randrange(0, 2))


def mobile() -> str:
    return f"{R.choice(['090', '080', '070'])}-{R.randrange(1000, 10000)}-{R.randrange(1000, 10000)}"


def corp_number() -> str:
    """法人番号 with its check digit (first digit)."""
    base = digits(12)
    s = sum(int(d) * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - s % 9) + base


def grp(s: str, sep: str = " ", size: int = 4) -> str:
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


# the numbers the messages draw on (drawn once, in this order)
LIC_ETO = licence("54")          # 江藤 隆之 (愛知)
LIC_OBA = licence("54")          # 大庭 美咲
LIC_ICHINOSE = licence("30")     # 一ノ瀬 大地 (東京)
LIC_TAKANASHI = licence("62")    # 小鳥遊 陽菜 (大阪)
MN_YANAGIDA = my_number(SEED + 1)
MN_YAKUSHIJI = my_number(SEED + 2)
CARD_CORP = card_number(SEED + 1)
CARD_OBA = card_number(SEED + 2)
CARD_CORP2 = card_number(SEED + 3)
T_HAYATE = corp_number()
T_HOKUTO = corp_number()

# -- people and organisations -----------------------------------------------------------------

KUMAGAI = f"熊谷 翔 <kumagai.sho@{IN}>"
ONODERA = f"小野寺 真理 <onodera.mari@{IN}>"
SAEGUSA = f"三枝 由香 <saegusa.yuka@{IN}>"
HASEBE = f"長谷部 恭平 <hasebe.kyohei@{IN}>"
TODO = f"藤堂 健一 <todo.kenichi@{IN}>"
HOSHINO = f"Rie Hoshino <hoshino.rie@{IN}>"
FLEETDESK = f"車両管理デスク <fleet@{IN}>"

KASHIWAGI = "柏木 透 <kashiwagi.toru@hikari-sonpo.co.jp>"
HAMAGUCHI = "浜口 さやか <hamaguchi.s@hikari-sonpo.co.jp>"
TAKENOUCHI = "竹之内 誠 <takenouchi@higashinihon-chosa.co.jp>"
NISHINA = "仁科 涼子 <r-nishina@minato-kasai.co.jp>"
SAIONJI = "北斗オートリペア 西園寺 <saionji@hokuto-repair.co.jp>"
HOKUTO_FRONT = "北斗オートリペア フロント <front@hokuto-repair.co.jp>"
KAWASE = "板金工房カワセ <kawase@kawase-bankin.jp>"
MARUHISHI = "丸菱モータース サービス課 <service@maruhishi-motors.co.jp>"
HAYATE = "はやてロードサービス 配車センター <dispatch@hayate-road.co.jp>"
HAYATE_KEIRI = "はやてロードサービス 経理 <keiri@hayate-road.co.jp>"
MIRAI = "ミライレンタカー 法人窓口 <hojin@mirai-rentacar.jp>"
NICHIRIN = "日輪オートリース 安斎 <fleet-support@nichirin-lease.co.jp>"
SHIRAKAWA = "白川 隆司 <t.shirakawa@shirakawa-law.jp>"
SAOTOME = "弁護士 早乙女 徹 <saotome@aoi-sogo-law.jp>"
MAMIYA = "間宮 遼 <mamiya@tsubasa-system.jp>"
MORISHITA = "もりした社会保険労務士事務所 <office@morishita-sr.jp>"
MERCER = "Daniel Mercer <d.mercer@pacific-risk.com>"

# -- signatures and disclaimers ----------------------------------------------------------------

SIG_KUMAGAI = """
--------------------------------------------------
日の出産業株式会社 総務部 事故対応デスク
熊谷 翔（くまがい しょう）
〒532-0011 大阪府大阪市淀川区西中島5-9-6 日の出新大阪ビル4F
TEL 06-6305-2281 / FAX 06-6305-2289
kumagai.sho@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 車両管理課　小野寺 真理
〒105-0013 東京都港区浜松町3-14-2 日の出ビル7F
TEL：03-5123-4470（直通）　FAX：03-5123-4479
Mail：onodera.mari@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SAEGUSA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業（株） 総務部 車両管理課
三枝 由香　内線 4473
TEL 03-5123-4473
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HASEBE = """
――
日の出産業株式会社
総務部 課長（車両・事故対応担当）
長谷部 恭平
〒105-0013 東京都港区浜松町3-14-2
TEL 03-5123-4400（代表） 携帯 080-3391-0724"""

SIG_TODO = """
----
日の出産業(株) 名古屋営業所 所長
藤堂 健一
TEL 052-221-6630"""

SIG_HOSHINO = """
Best regards,

Rie Hoshino
Fleet & Risk Administration, General Affairs Dept.
Hinode Sangyo Co., Ltd.
3-14-2 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5123-4477"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []


def M(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    MESSAGES.append({"id": f"jikochosa-{len(MESSAGES) + 1:03d}", **msg, "expect": expect,
                     "entities": entities, "detectors": detectors, "note": note})


# ============================================================================================
# 001-010
# ============================================================================================

# 001
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "accident report to the insurer with the driver's licence number and date of birth",
  sender=KUMAGAI, to=[KASHIWAGI], charset="iso-2022-jp",
  subject="【事故報告】1月14日 名古屋市中区 追突事故（証券番号 HKR-4471-20988）",
  body=f"""ひかり損害保険株式会社
東京損害サービス第二課　柏木様

いつもお世話になっております。日の出産業 事故対応デスクの熊谷です。
昨日お電話でご報告いたしました追突事故につきまして、書面でもご報告いたします。

■事故日時　令和8年1月14日（水）17時40分頃
■場所　　　名古屋市中区錦2丁目　錦通 伏見交差点の手前
■当方車両　名古屋 500 ふ 38-17（プロボックス・社有車）
■状況　　　信号待ちで停車中の相手車両に、当方車両が低速で追突
■運転者　　江藤 隆之（エトウ タカユキ）名古屋営業所 営業1課
　　　　　　生年月日　昭和58年4月2日
　　　　　　運転免許証　第{LIC_ETO}号（ゴールド）
■相手方　　軽自動車（白）1台、運転者の方にお怪我はないとのことです
■警察届出　中警察署 交通課へ届出済み

相手方の連絡先は、ご本人の了解をいただいたうえで別途お電話でお伝えします。
ご確認のほど、よろしくお願いいたします。
{SIG_KUMAGAI}""")

# 002
M("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"], [],
  "internal first report (injury, licence number, mobile): all recipients internal",
  sender=TODO, to=[FLEETDESK, KUMAGAI], charset="cp932",
  subject="【第一報】社用車 被追突（春日井市・国道19号）",
  body=f"""車両管理デスク 各位／熊谷さん

名古屋営業所の藤堂です。取り急ぎ第一報です。

本日10:20頃、営業2課の大庭美咲さんが運転する社用車（名古屋 400 そ 12-06）が、
国道19号 春日井市内で右折待ちの停車中に後続車から追突されました。

大庭さんは首と右肩の痛みを訴え、春日井みなみ病院に救急搬送。
「頸椎捻挫、右肩打撲」との診断で、本日はそのまま帰宅させています（全治2週間見込み）。
免許証　第 {zen(grp(LIC_OBA, '　'))} 号
本人携帯　{mobile()}

相手方は運送会社の4tトラックで、先方の保険会社から連絡が入るとのことです。
ドラレコのSDカードは車両から抜いて所長席で保管しています。
詳細はわかり次第追って連絡します。
{SIG_TODO}""")

# 003
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
  ["personal_data"],
  "to a hospital: injured employee's diagnosis, birth date and health-insurance 記号・番号",
  sender=SAEGUSA, to=["春日井みなみ病院 医事課 <iji@kasugai-minami.or.jp>"], charset="cp932",
  subject="第三者行為による受診の保険証切替について（1/20 救急外来受診分）",
  body=f"""春日井みなみ病院
医事課　ご担当者様

お世話になっております。日の出産業株式会社 総務部の三枝と申します。
1月20日に貴院の救急外来を受診いたしました弊社社員の件でご連絡いたします。

　患者氏名：大庭 美咲（おおば みさき）
　生年月日：平成4年9月17日
　傷病名　：頸椎捻挫・右肩打撲（救急外来でのご診断）

相手方保険会社の一括対応が始まるまでの間、健康保険での受診に切り替えさせて
いただきたく、保険証の情報をお知らせいたします。

　保険者番号　06137425（関東機械健康保険組合）
　記号　2041　番号　318

第三者行為による傷病届は健保組合へ提出済みです。
次回の再診（1/27）の際、本人が保険証原本を持参いたします。
{SIG_SAEGUSA}""")

# 004
M("pass", [], [],
  "body-shop estimate thread: part numbers, labour, company plate and claim numbers only",
  sender=ONODERA, to=[SAIONJI], charset="iso-2022-jp",
  subject="Re: 御見積書送付の件（品川 400 さ 71-08 ハイエース）",
  body=f"""北斗オートリペア株式会社
西園寺様

お世話になっております。日の出産業の小野寺です。
御見積書ありがとうございました。

リアゲートは交換ではなく板金修理で可能か、保険会社（ひかり損保 柏木様）から
確認が入る見込みです。当方で気づいた点を添付の「修正依頼」シートに記入しました。
協定が済みましたら着工をお願いいたします。

> 日の出産業株式会社 小野寺様
> 先日お預かりしましたハイエースの御見積書を添付にてお送りします。
> 部品の納期は概ね5営業日です。
> 北斗オートリペア 西園寺
{SIG_ONODERA}""",
  attachments=[{"kind": "xlsx", "name": "見積書_HR-25118_修正依頼.xlsx", "sheets": {
      "見積": [["御見積書 No.HR-25118　車両：品川 400 さ 71-08 ハイエース（TRH200V）"],
               [],
               ["品番", "部品名", "数量", "部品単価", "工賃", "金額"],
               ["67005-26D21", "バックドアパネル", 1, 98400, 21600, 120000],
               ["52159-26A70", "リアバンパーカバー", 1, 32800, 8400, 41200],
               ["81551-26B40", "リアコンビランプ RH", 1, 18950, 2400, 21350],
               ["75441-26020", "エンブレム", 1, 2310, 0, 2310],
               ["-", "塗装（バックドア・バンパー）", 1, 0, 64800, 64800],
               ["-", "脱着・調整", 1, 0, 19800, 19800],
               ["", "", "", "", "小計", 269460],
               ["", "", "", "", "消費税", 26946],
               ["", "", "", "", "合計", 296406]],
      "修正依頼": [["No", "項目", "日の出産業コメント"],
                   [1, "バックドアパネル", "板金修理の場合の金額も併記願います"],
                   [2, "代車", "代車は当社手配のため不要です"]]}}])

# 005
M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "insurer, body shop, tow firm and rental company all in To/Cc: four external parties visible",
  sender=KUMAGAI, to=[KASHIWAGI, SAIONJI, HAYATE], cc=[MIRAI], charset="iso-2022-jp",
  subject="事故車の引取り・入庫・代車手配の件（1/22）",
  body=f"""関係各位

お世話になっております。日の出産業 事故対応デスクの熊谷です。
1/14の事故車両（名古屋 500 ふ 38-17）について、段取りを以下のとおり共有いたします。

1. 1/22（木）9:00　はやてロードサービス様にて名古屋営業所駐車場から引取り
2. 同日 13:00頃　北斗オートリペア様 名古屋工場へ入庫
3. 1/23（金）　ひかり損保様のアジャスターによる損害確認
4. 代車はミライレンタカー様 名古屋駅前店で 1/23〜 手配済み

時間の変更がある場合は、お手数ですが私までご一報ください。
{SIG_KUMAGAI}""")

# 006
M("stop", [], ["lookalike_domain"],
  "the law firm's domain mistyped as shirakawa-iaw.jp (l→i): a look-alike of a partner",
  sender=HASEBE, to=["白川 隆司 <t.shirakawa@shirakawa-iaw.jp>"], charset="iso-2022-jp",
  subject="江藤案件　相手方代理人からの回答書について",
  body=f"""白川先生

いつも大変お世話になっております。日の出産業の長谷部です。

本日、相手方代理人（あおい総合法律事務所）から回答書が郵送で届きました。
過失割合について当方主張（90：10）には応じられないとの内容です。
原本はスキャンのうえ、明日事務局様宛にお送りいたします。

来週のお打合せですが、2/3（火）15時または 2/5（木）10時でご都合いかがでしょうか。
よろしくお願いいたします。
{SIG_HASEBE}""")

# 007
_drivers_007 = [
    ("H0412", "江藤 隆之", "エトウ タカユキ", "1983/04/02", LIC_ETO, "中型(8t)", "2028/05/02", "ゴールド"),
    ("H0587", "大庭 美咲", "オオバ ミサキ", "1992/09/17", LIC_OBA, "普通", "2027/10/17", "ブルー"),
    ("H0633", "宮坂 俊", "ミヤサカ シュン", "1988/12/05", licence("54"), "普通", "2029/01/05", "ゴールド"),
    ("H0701", "東海林 浩二", "ショウジ コウジ", "1979/06/21", licence("54"), "中型", "2026/07/21", "ゴールド"),
    ("H0745", "仲宗根 勇気", "ナカソネ ユウキ", "1989/07/30", licence("47"), "普通", "2028/08/30", "ブルー"),
    ("H0802", "御手洗 修", "ミタライ オサム", "1971/02/11", licence("54"), "大型", "2027/03/11", "ゴールド"),
    ("H0866", "小鳥遊 陽菜", "タカナシ ヒナ", "1990/11/03", LIC_TAKANASHI, "普通", "2026/12/03", "ブルー"),
    ("H0910", "物部 剛", "モノノベ ツヨシ", "1995/05/28", licence("54"), "準中型", "2027/06/28", "グリーン"),
]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "CSV of eight drivers with birth dates and licence numbers to the leasing company",
  sender=ONODERA, to=[NICHIRIN], charset="iso-2022-jp",
  subject="リース車両 任意保険 運転者登録の更新データ（名古屋営業所分）",
  body=f"""日輪オートリース株式会社
フリートサポート課　安斎様

お世話になっております。日の出産業の小野寺でございます。
ご依頼いただいておりました、名古屋営業所のリース車両の運転者登録データを
CSVにてお送りいたします（8名分、2月1日時点）。

年齢条件の確認に必要とのことでしたので、生年月日も入れております。
不足の項目がございましたらお知らせください。
{SIG_ONODERA}""",
  attachments=[{"kind": "csv", "name": "運転者登録_名古屋_202602.csv", "encoding": "cp932",
                "rows": [["社員番号", "氏名", "フリガナ", "生年月日", "免許証番号", "免許種別",
                          "有効期限", "免許の色"]] + [list(d) for d in _drivers_007]}])

# 008
M("pass", [], [],
  "vehicle inspection schedule to a dealer: plates, chassis numbers and dates, no people",
  sender=SAEGUSA, to=["トーカイモータース 浜松町店 <service-hmc@tokai-motors.co.jp>"],
  charset="utf-8",
  subject="3月・4月 車検対象車両のご連絡",
  body=f"""トーカイモータース浜松町店
サービスご担当者様

いつもお世話になっております。日の出産業 車両管理課の三枝です。
3月・4月に車検満了を迎える社有車は以下の5台です。入庫日のご提案をお願いいたします。

登録番号              車名・型式                 車台番号              車検満了日
--------------------  -------------------------  --------------------  ----------
品川 400 さ 71-08     ハイエース TRH200V         TRH200-0318842        2026/03/09
品川 500 る 20-44     プロボックス NCP160V       NCP160-0127730        2026/03/21
品川 300 ぬ 5-12      アルファード AGH30W        AGH30-0409915         2026/04/02
横浜 400 へ 88-30     キャラバン VR2E26          VR2E26-150284         2026/04/15
品川 480 か 3-77      N-VAN JJ1                  JJ1-4105526           2026/04/28

代車は不要です（社内でやりくりします）。
引取り・納車をお願いする場合は別途ご相談させてください。
{SIG_SAEGUSA}""")

# 009
M("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], ["personal_data"],
  "English report to the insurer with a foreign driver's residence card number and birth date",
  sender=HOSHINO, to=["Aaron Pike <claims-intl@hikari-sonpo.co.jp>"], charset="utf-8",
  subject="Accident report - driver Nguyen Van Thanh (policy HKR-4471-20988)",
  body=f"""Dear Mr. Pike,

Thank you for taking my call this morning. As requested, here are the details of the
driver involved in the collision on January 19 at our Kawasaki logistics yard.

  Driver:           Nguyen Van Thanh (employee no. H1127)
  Date of birth:    8 March 1996
  Residence card:   {R.choice('ABCDEFGH')}{R.choice('HJKLMN')}{digits(8)}{R.choice('ABCDE')}{R.choice('PQRST')}
  Status:           Engineer/Specialist in Humanities/International Services, valid to 2027-09-30
  Licence:          Japanese ordinary licence (converted from Vietnamese licence, 2022)

The yard camera footage will be uploaded to your portal by Friday.
Please let me know if you need a copy of the card itself.
{SIG_HOSHINO}""")

# 010
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "new text tells the other party's insurer an employee's fracture and past hernia",
  sender=KUMAGAI, to=[NISHINA], charset="iso-2022-jp",
  subject="Re: 治療状況のご確認（貴社受付番号 MK-25-0339182）",
  body=f"""みなと火災海上保険株式会社
仁科様

お世話になっております。日の出産業の熊谷です。
お問い合わせの件、本人に確認のうえご回答いたします。

弊社の柳田 健吾は、事故当日に搬送された病院で「第1腰椎圧迫骨折」と診断され、
現在はコルセットを装着して自宅療養中です。主治医からは加療約3か月と言われています。
なお、5年ほど前に腰椎椎間板ヘルニアで通院していた時期があるとのことですが、
ここ数年は症状はなかったと本人は申しております。

診断書の写しは明日郵送いたします。

> 日の出産業株式会社 熊谷様
> 柳田様の現在の治療状況と、既往症の有無についてご教示いただけますでしょうか。
> みなと火災海上 損害サービス部 仁科
{SIG_KUMAGAI}""")

# ============================================================================================
# 011-020
# ============================================================================================

# 011
M("pass", [], [],
  "reply: the diagnosis appears only in the quoted mail of the insurer; new text is logistics",
  sender=KUMAGAI, to=[KASHIWAGI], charset="iso-2022-jp",
  subject="Re: 柳田様 診断書受領のご連絡",
  body=f"""柏木様

ご連絡ありがとうございます。
休業損害証明書は、給与の締めが終わり次第、来週前半に郵送いたします。
引き続きよろしくお願いいたします。

熊谷

> 日の出産業株式会社 熊谷様
>
> お世話になっております。ひかり損保の柏木です。
> 柳田健吾様の診断書（第1腰椎圧迫骨折、加療約3か月）を本日拝受いたしました。
> 休業損害の算定のため、休業損害証明書と前年の源泉徴収票をご提出ください。
>
> ひかり損害保険株式会社 東京損害サービス第二課 柏木 透
{SIG_KUMAGAI}""")

# 012
M("stop", [], ["unscannable_attachment"],
  "password-protected ZIP of photos and estimate sent to the adjusting firm (PPAP)",
  sender=SAEGUSA, to=[TAKENOUCHI], charset="iso-2022-jp",
  subject="事故車両写真・修理見積一式の送付",
  body=f"""東日本損害調査株式会社
竹之内様

お世話になっております。日の出産業の三枝です。
ご依頼の事故車両写真（12枚）と修理見積書をZIPにまとめてお送りします。
解凍用パスワードは、このあと別メールにてお知らせいたします。
{SIG_SAEGUSA}""",
  attachments=[{"kind": "zip", "name": "事故車両資料_20260122.zip", "password": "Hn#0122ks",
                "files": [{"kind": "png", "name": "photo_01.png"},
                          {"kind": "png", "name": "photo_02.png"},
                          {"kind": "xlsx", "name": "修理見積書.xlsx",
                           "sheets": {"見積": [["品番", "部品名", "金額"],
                                              ["52119-12A30", "フロントバンパー", 45800]]}}]}])

# 013
M("pass", [], [],
  "list of road-service bases (businesses: switchboards and office addresses) to a partner",
  sender=ONODERA, to=["青葉運輸 配車課 <haisha@aoba-unyu.co.jp>"], charset="cp932",
  subject="当社契約ロードサービスの拠点一覧（共有）",
  body=f"""青葉運輸株式会社
配車課 ご担当者様

お世話になっております。日の出産業 車両管理課の小野寺です。
先日のお打合せでお話しした、当社が契約しているロードサービスの拠点一覧です。
共同配送便で事故・故障があった際の連絡先としてお使いください。

拠点名　　　　　　　　　　所在地　　　　　　　　　　　　　　　　　代表電話　　　　受付
--------------------------------------------------------------------------------------------
はやて 東京中央センター　東京都江東区新木場2-7-15　　　　　　　　03-3521-0880　　24時間
はやて 横浜センター　　　神奈川県横浜市鶴見区大黒町5-31　　　　　045-506-1190　　24時間
はやて 名古屋センター　　愛知県名古屋市港区潮見町37-9　　　　　　052-612-4470　　24時間
はやて 大阪センター　　　大阪府大阪市住之江区南港東8-2-40　　　　06-6612-3300　　24時間
はやて 仙台センター　　　宮城県仙台市宮城野区扇町4-6-11　　　　　022-258-7715　　7時〜22時
はやて 福岡センター　　　福岡県福岡市東区箱崎ふ頭3-5-2　　　　　092-641-9020　　7時〜22時

※夜間は東京中央センターに転送されます。
{SIG_ONODERA}""")

# 014
_dash_014 = [("H0633", "宮坂 俊"), ("H0701", "東海林 浩二"), ("H0802", "御手洗 修"),
             ("H0910", "物部 剛"), ("H1033", "四十物 亮")]
_rows_014 = "\n".join(f"{no}\t{name}\t{mobile()}\t{car}\t{when}" for (no, name), car, when in zip(
    _dash_014, ["HS-NGY-011", "HS-NGY-014", "HS-NGY-019", "HS-NGY-021", "HS-NGY-030"],
    ["1/06 8:00-18:00", "1/09 全日", "1/13 13:00-17:00", "1/15 全日", "1/16 9:00-12:00"]))
M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "tab-separated list of five drivers with their mobiles sent to the dash-cam vendor",
  sender=HASEBE, to=[MAMIYA], charset="utf-8",
  subject="ドラレコ映像抽出のお願い（1月分・5名）",
  body=f"""株式会社ツバサシステム
間宮様

お世話になっております。日の出産業の長谷部です。
ヒヤリハット検証のため、以下5名の乗務時間帯の映像抽出をお願いします。
映像確認の際に本人へ直接ヒアリングいただく可能性があるため、携帯番号も記載しています。

社員番号\t氏名\t携帯\t車両ID\t対象日時
{_rows_014}

納品はいつものクラウドフォルダで結構です。
{SIG_HASEBE}""")

# 015
M("pass", [], ["freemail_recipient"],
  "apology and claim reference to the other driver on free mail; no personal data of others",
  sender=KUMAGAI, to=["村瀬 和子 <murase.kazuko58@gmail.com>"], charset="iso-2022-jp",
  subject="1月14日の事故の件（日の出産業 熊谷）",
  body=f"""村瀬 和子 様

突然のメールにて失礼いたします。日の出産業株式会社 事故対応デスクの熊谷と申します。
このたびは弊社社員の運転する車両がご迷惑をおかけし、誠に申し訳ございません。

本件は弊社の契約保険会社であるひかり損害保険が対応させていただきます。
担当は東京損害サービス第二課の柏木様で、近日中にお電話でご連絡があります。
（事故受付番号：HKR-2601-07715）

お車の修理工場がお決まりになりましたら、柏木様へお伝えいただけますと幸いです。
ご不明な点がございましたら、私までお気軽にお問い合わせください。
{SIG_KUMAGAI}""")

# 016
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "tells the company lawyer that a named driver was arrested for drink-driving (犯罪・逮捕)",
  sender=HASEBE, to=[SHIRAKAWA], cc=["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
  charset="iso-2022-jp",
  subject="【ご相談】当社ドライバーの逮捕について",
  body=f"""白川先生

夜分に失礼いたします。日の出産業の長谷部です。
至急ご相談したい件があり、メールいたします。

本日未明、浜松営業所のドライバー 鬼塚 雅人（38歳）が、社用トラックで帰庫する途中に
浜松市中央区内でガードレールに接触する物損事故を起こし、呼気検査で基準値を超える
アルコールが検出されたため、酒気帯び運転の疑いで現行犯逮捕されました。
現在、浜松中央警察署に留置されているとのことです。

・接見をお願いできるかどうか
・会社として警察・被害者（道路管理者）にどう対応すべきか
・本人の処分の進め方

について、明朝お電話でご相談させていただけますでしょうか。
{SIG_HASEBE}""")

# 017
M("stop", ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  ["personal_data"],
  "withholding slip with the injured employee's My Number (PDF) plus his fracture to the insurer",
  sender=SAEGUSA, to=[KASHIWAGI], charset="cp932",
  subject="休業損害証明書および源泉徴収票の送付（柳田 健吾）",
  body=f"""ひかり損害保険株式会社
柏木様

お世話になっております。日の出産業 総務部の三枝です。
柳田の休業損害の件、必要書類をお送りします。

・休業損害証明書（12/3〜1/31、腰椎圧迫骨折による休業）…原本は本日郵送
・令和7年分 源泉徴収票（PDF）

よろしくお願いいたします。
{SIG_SAEGUSA}""",
  attachments=[{"kind": "pdf", "name": "源泉徴収票_R7_柳田.pdf", "title": "令和7年分 給与所得の源泉徴収票",
                "lines": ["令和7年分　給与所得の源泉徴収票",
                          "",
                          "支払を受ける者",
                          "　住所　神奈川県横浜市港北区日吉本町4-21-8 コーポ日吉203",
                          f"　個人番号　{MN_YANAGIDA}",
                          "　氏名　柳田 健吾（ヤナギダ ケンゴ）",
                          "　生年月日　昭和61年10月8日",
                          "",
                          "種別　給料・賞与　　支払金額　5,842,300円",
                          "給与所得控除後の金額　4,137,840円",
                          "所得控除の額の合計額　1,466,212円",
                          "源泉徴収税額　137,800円",
                          "",
                          "支払者　東京都港区浜松町3-14-2　日の出産業株式会社"]}])

# 018
M("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "forward of the adjuster's treatment report to colleagues: all recipients internal",
  sender=KUMAGAI, to=[HASEBE], cc=[TODO], charset="iso-2022-jp",
  subject="FW: 大庭様 治療状況のご報告",
  body=f"""長谷部さん、藤堂所長

保険会社から大庭さんの治療状況について連絡がありましたので共有します。
3月末で症状固定の打診がありそうです。

熊谷

-------- 転送メッセージ --------
差出人: 浜口 さやか <hamaguchi.s@hikari-sonpo.co.jp>
件名: 大庭様 治療状況のご報告

日の出産業株式会社 熊谷様

大庭美咲様は、春日井市内の整形外科に週3回通院され、頸部の牽引と電気治療を
継続されています。右肩の可動域は改善傾向とのことですが、頸部痛としびれが残っており、
主治医はMRI検査を予定されています。

ひかり損害保険 中部損害サービス課 浜口
""")

# 019
M("stop", [], ["confidential_marking"],
  "accident-analysis slides stamped 社外秘 on the cover and footer sent to the insurance agency",
  sender=HASEBE, to=["ハーバー保険サービス 青柳 <aoyagi@harbor-hoken.co.jp>"], charset="iso-2022-jp",
  subject="次年度フリート契約更新に向けた事故分析資料",
  body=f"""株式会社ハーバー保険サービス
青柳様

いつもお世話になっております。日の出産業の長谷部です。
先日ご依頼のありました、当社の2025年度 社有車事故の分析資料をお送りします。
保険料のお見積りの参考にしていただければ幸いです。
{SIG_HASEBE}""",
  attachments=[{"kind": "pptx", "name": "2025年度_社有車事故分析.pptx", "title": "2025年度 社有車事故分析",
                "page_footer": "社外秘　日の出産業株式会社 総務部",
                "slides": [["2025年度 社有車事故分析", "【社外秘】", "日の出産業株式会社 総務部 車両管理課"],
                           ["事故件数の推移", "2023年度 55件 / 2024年度 52件 / 2025年度 47件",
                            "うち人身事故 6件、物損事故 41件"],
                           ["事故形態別", "追突 38%、駐車場内接触 27%、出会い頭 14%、その他 21%"],
                           ["対策", "全車ドラレコ通信型へ更新（2026年6月完了予定）",
                            "事故惹起者への個別指導プログラム"]]}])

# 020
M("pass", [], [],
  "mail about an NDA with the draft contract attached: not a confidentiality marking",
  sender=ONODERA, to=[MAMIYA], charset="iso-2022-jp",
  subject="秘密保持契約書（テレマティクス導入検討）ドラフトの送付",
  body=f"""株式会社ツバサシステム
間宮様

お世話になっております。日の出産業の小野寺です。
通信型ドライブレコーダー・テレマティクスの導入検討にあたり、
当社法務で作成した秘密保持契約書のドラフトをお送りいたします。
ご確認のうえ、修正のご希望があれば変更履歴でお戻しください。
{SIG_ONODERA}""",
  attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_v1.docx", "title": "秘密保持契約書（案）",
                "paragraphs": ["秘密保持契約書（案）",
                               "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                               "甲の社有車両へのテレマティクスサービス導入の検討（以下「本件」という。）に関し、"
                               "次のとおり秘密保持契約を締結する。",
                               "第1条（秘密情報）本契約において秘密情報とは、本件に関し開示当事者が受領当事者に開示した"
                               "技術上又は営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                               "第2条（秘密保持義務）受領当事者は、秘密情報を第三者に開示又は漏えいしてはならない。",
                               "第3条（有効期間）本契約の有効期間は、締結日から2年間とする。"]}])

# ============================================================================================
# 021-030
# ============================================================================================

# 021
M("stop", ["CREDIT_CARD"], ["personal_data"],
  "corporate card number, expiry and name given to the rental company in the body",
  sender=SAEGUSA, to=[MIRAI], charset="cp932",
  subject="代車予約（1/23〜2/6 名古屋駅前店）とお支払い方法について",
  body=f"""ミライレンタカー株式会社
法人窓口 ご担当者様

お世話になっております。日の出産業の三枝です。
先ほどお電話で仮予約した代車の件、以下のとおり本予約をお願いいたします。

　貸出店舗：名古屋駅前店
　期間　　：1月23日(金) 10:00 〜 2月6日(金) 18:00
　車種　　：Sクラス（カローラフィールダー同等）、禁煙車
　利用者　：名古屋営業所 江藤

お支払いは法人カードでお願いいたします。
　カード番号　{grp(CARD_CORP, '-')}
　有効期限　　09/29
　名義　　　　HINODE SANGYO CO LTD

保険会社から代車費用のご請求先について連絡があった場合は、そちらを優先してください。
{SIG_SAEGUSA}""")

# 022
_names_022 = [("江藤 隆之", "エトウ タカユキ", "S58.4.2", LIC_ETO, "名古屋・営業1課"),
              ("大庭 美咲", "オオバ ミサキ", "H4.9.17", LIC_OBA, "名古屋・営業2課"),
              ("一ノ瀬 大地", "イチノセ ダイチ", "H6.1.25", LIC_ICHINOSE, "東京・物流課"),
              ("小鳥遊 陽菜", "タカナシ ヒナ", "H2.11.3", LIC_TAKANASHI, "大阪・営業課"),
              ("勅使河原 恵", "テシガワラ メグミ", "H2.2.14", licence("30"), "東京・営業3課"),
              ("百目鬼 正樹", "ドウメキ マサキ", "S52.8.8", licence("45"), "横浜・配送課"),
              ("薬師寺 拓", "ヤクシジ タク", "H5.6.19", licence("30"), "東京・営業2課"),
              ("五十嵐 千尋", "イガラシ チヒロ", "H8.3.30", licence("62"), "大阪・業務課"),
              ("鬼頭 彩乃", "キトウ アヤノ", "H11.12.1", licence("30"), "東京・総務部"),
              ("権藤 大和", "ゴンドウ ヤマト", "S63.10.10", licence("46"), "千葉・配送課"),
              ("真柴 篤", "マシバ アツシ", "S55.5.5", licence("30"), "東京・物流課"),
              ("ラーマン・アリフ", "ラーマン アリフ", "H9.7.7", licence("30"), "東京・物流課")]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "XLSX roster of twelve trainees with 和暦 birth dates and licence numbers to a driving school",
  sender=ONODERA, to=["中央自動車教習所 法人研修係 <hojin@chuo-ds.co.jp>"], charset="iso-2022-jp",
  subject="安全運転講習（2/18実施）受講者名簿の送付",
  body=f"""中央自動車教習所
法人研修係 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
2月18日（水）の安全運転講習の受講者名簿をお送りします。全12名です。
適性検査の事前準備に必要とのことで、生年月日と免許証番号を記入しています。

当日は9:30に本館ロビー集合で承知しております。
{SIG_ONODERA}""",
  attachments=[{"kind": "xlsx", "name": "受講者名簿_0218.xlsx", "title": "安全運転講習 受講者名簿",
                "sheets": {
                    "名簿": [["令和8年2月18日 安全運転講習 受講者名簿　日の出産業株式会社"], [],
                             ["No", "氏名", "フリガナ", "生年月日", "免許証番号", "所属"]]
                    + [[i + 1, *r] for i, r in enumerate(_names_022)],
                    "日程": [["時間", "内容"], ["9:30", "受付"], ["10:00", "適性検査"],
                             ["13:00", "実車講習（構内）"], ["16:00", "振り返り・修了"]]}}])

# 023
M("pass", ["JP_CORPORATE_NUMBER"], [],
  "invoice confirmation to the tow firm: its T-number and company bank account (business data)",
  sender=SAEGUSA, to=[HAYATE_KEIRI], charset="iso-2022-jp",
  subject="Re: 請求書送付のご案内（INV-2601-0457）",
  body=f"""はやてロードサービス株式会社
経理ご担当者様

お世話になっております。日の出産業の三枝です。
請求書（INV-2601-0457、1/19 レッカー搬送 名古屋→春日井、¥48,400 税込）を受領しました。
以下の内容で2月末日にお振込みいたします。

　登録番号　　T{T_HAYATE}
　振込先　　　みどり銀行 浜松町支店 普通 4028816
　口座名義　　ハヤテロードサービス（カ
　金額　　　　48,400円（うち消費税 4,400円）

振込手数料は当社負担です。よろしくお願いいたします。

>日の出産業株式会社 三枝様
>1月分のご請求書をPDFにてお送りいたします。ご査収ください。
{SIG_SAEGUSA}""")

# 024
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "a named employee was the victim of a hit-and-run (crime victim) and her fracture, to the insurer",
  sender=KUMAGAI, to=[HAMAGUCHI], charset="iso-2022-jp",
  subject="人身傷害保険のご相談（ひき逃げ被害）",
  body=f"""ひかり損害保険株式会社
中部・関西損害サービス課　浜口様

お世話になっております。日の出産業 事故対応デスクの熊谷です。
人身傷害保険の適用についてご相談させてください。

1月26日 19時頃、大阪営業所の五十嵐 千尋が、コインパーキングに社用車を停めて
降車した直後、後退してきた乗用車に接触されて転倒しました。相手の車はそのまま
走り去っており、本人が淀川警察署に被害届を提出、ひき逃げ事件として捜査中です。

本人は左足関節骨折で、大阪市内の病院に入院（約2週間の予定）しています。
相手が判明していない状況ですが、会社契約の人身傷害で対応可能でしょうか。
{SIG_KUMAGAI}""")

# 025
M("pass", [], ["multiple_external_domains"],
  "insurer in To and body shop in Cc: two external organisations, an ordinary three-way mail",
  sender=KUMAGAI, to=[KASHIWAGI], cc=[HOKUTO_FRONT], charset="iso-2022-jp",
  subject="立会い日程の調整（品川 400 さ 71-08）",
  body=f"""ひかり損保 柏木様
（cc：北斗オートリペア フロント様）

お世話になっております。日の出産業の熊谷です。
ハイエースの損害確認（立会い）の件、北斗オートリペア様のご都合は
1/28（水）午後 または 1/29（木）終日 とのことです。
柏木様側のアジャスターのご都合はいかがでしょうか。

決まりましたら北斗様へ直接ご連絡いただいて構いません。
{SIG_KUMAGAI}""")

# 026
M("stop", [], ["lookalike_domain"],
  "transport partner's domain written aoba-unyu.jp (co. dropped): look-alike of aoba-unyu.co.jp",
  sender=SAEGUSA, to=["青葉運輸 陸送センター <rikuso@aoba-unyu.jp>"], charset="cp932",
  subject="事故車両の陸送依頼（名古屋→東京）",
  body=f"""青葉運輸株式会社
陸送センター ご担当者様

お世話になっております。日の出産業の三枝です。
修理の終わった社有車1台の陸送をお願いしたく、ご連絡いたしました。

　車両　　：プロボックス（名古屋 500 ふ 38-17）、自走可
　引取り先：北斗オートリペア 名古屋工場（名古屋市港区十一屋2-118）
　納車先　：日の出産業 本社駐車場（東京都港区浜松町3-14-2 地下2階）
　希望日　：2月9日（月）引取り → 2月10日（火）午前納車

お見積りをいただけますでしょうか。
{SIG_SAEGUSA}""")

# 027
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
  ["personal_data"],
  "to the labour consultant: injured employee's basic pension number, birth date and diagnosis",
  sender=SAEGUSA, to=[MORISHITA], charset="iso-2022-jp",
  subject="通勤災害（休業給付）請求書類の作成依頼：仲宗根さん",
  body=f"""もりした社会保険労務士事務所
森下先生

いつもお世話になっております。日の出産業 総務部の三枝です。
通勤災害の休業給付請求（様式第16号の6）の作成をお願いいたします。

【被災者】
　氏名　　　　仲宗根 勇気（なかそね ゆうき）
　生年月日　　平成元年7月30日
　基礎年金番号　{digits(4)}-{digits(6)}
　所属　　　　名古屋営業所 営業1課

【災害の概要】
　1月8日 8時15分頃、自宅から最寄駅へ向かう途中（自転車）、交差点で左折してきた
　乗用車と接触し転倒。右鎖骨骨折（観血的整復固定術施行）。
　1月9日から休業中、復職見込みは3月上旬。

相手方の自賠責との調整が必要かどうかもあわせてご教示ください。
{SIG_SAEGUSA}""")

# 028
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "forward (転送) of a clinic's treatment report on a named employee to the adjusting firm",
  sender=KUMAGAI, to=[TAKENOUCHI], charset="utf-8",
  subject="FW: 診療経過のご報告（薬師寺 拓 様）",
  body=f"""竹之内様

お世話になっております。日の出産業の熊谷です。
病院の医療連携室から届いた経過報告を、そのまま転送いたします。
後遺障害の見込みについて、調査のご参考になれば幸いです。

-------- 転送メッセージ --------
差出人: さつき整形外科 医療連携室 <renkei@satsuki-seikei.jp>
宛先: kumagai.sho@hinode-sangyo.co.jp
件名: 診療経過のご報告（薬師寺 拓 様）

日の出産業株式会社 熊谷様

薬師寺 拓 様（32歳）の診療経過をご報告いたします。
診断名：右大腿骨骨幹部骨折（髄内釘固定術後）
経過：術後10週、骨癒合は進行中。松葉杖歩行から全荷重歩行へ移行中。
リハビリ：週3回継続。膝関節の屈曲制限（患側110度）が残存しています。
今後：3か月後に抜釘の要否を判断予定。

さつき整形外科 医療連携室
{SIG_KUMAGAI}""")

# 029
M("pass", [], [],
  "English reply: the broker's injury remark is only in the quoted 'wrote:' text",
  sender=HOSHINO, to=[MERCER], charset="utf-8",
  subject="Re: Loss notice - Unit 14 (Toyota Hiace)",
  body=f"""Dear Daniel,

Thank you for the quick acknowledgement. The vehicle is now at Hokuto Auto Repair in
Nagoya and the repair estimate should be ready by Friday; I will forward it together with
the photos as soon as we have it. The police report number is 2026-NKA-00318.

Rie

On Thu, 22 Jan 2026 at 09:14, Daniel Mercer <d.mercer@pacific-risk.com> wrote:
> Dear Rie,
> We acknowledge receipt of the loss notice for Unit 14. We understand your driver,
> Mr. Yakushiji, suffered a fractured right femur and is still in hospital; please send
> us the medical certificate once available so we can set the bodily injury reserve.
> Kind regards, Daniel
{SIG_HOSHINO}""")

# 030
M("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "two witnesses on free mail and the adjusting firm all in To/Cc: three parties see each other",
  sender=KUMAGAI, to=["日下部 颯太 <kusakabe.sota.0612@gmail.com>", "坂東 利明 <bando-t@docomo.ne.jp>"],
  cc=[TAKENOUCHI], charset="iso-2022-jp",
  subject="事故目撃のご協力のお礼と今後のお願い",
  body=f"""日下部様、坂東様

先日は、1月26日に大阪市淀川区で発生した事故について目撃状況をお聞かせいただき、
誠にありがとうございました。日の出産業の熊谷です。

今後、損害調査会社の竹之内様（本メールのcc）から、現場の位置関係について
お電話で確認させていただく場合がございます。お手数ですがご協力をお願いいたします。
{SIG_KUMAGAI}""")

# ============================================================================================
# 031-040
# ============================================================================================

# 031
_rows_031 = [("12/02", "東京", "一ノ瀬 大地", "物損", "なし"),
             ("12/05", "名古屋", "東海林 浩二", "人身（被害）", "頸椎捻挫（通院中）"),
             ("12/11", "大阪", "小鳥遊 陽菜", "物損", "なし"),
             ("12/17", "横浜", "百目鬼 正樹", "物損（自損）", "左手打撲"),
             ("12/22", "東京", "柳田 健吾", "人身（被害）", "第1腰椎圧迫骨折（休業中）"),
             ("12/26", "千葉", "権藤 大和", "物損", "なし")]
M("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "HTML-only monthly accident report naming drivers and injuries, to internal recipients only",
  sender=ONODERA, to=[HASEBE, f"総務部長 岩城 <iwaki.noboru@{IN}>"], charset="utf-8",
  subject="12月 社有車事故月報",
  html="""<html><body>
<p>長谷部課長、岩城部長</p>
<p>12月の社有車事故月報です。発生6件（前年同月 8件）、うち人身2件でした。</p>
<table border="1" cellpadding="3">
<tr><th>発生日</th><th>拠点</th><th>運転者</th><th>区分</th><th>運転者の負傷</th></tr>
""" + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>"
                for a, b, c, d, e in _rows_031) + """
</table>
<p>柳田さんの件は休業損害の手続き中です。<br>小野寺</p>
</body></html>""")

# 032
M("stop", [], ["unscannable_attachment"],
  "the re-sent estimate XLSX is corrupt and cannot be inspected",
  sender=SAEGUSA, to=[KASHIWAGI], charset="iso-2022-jp",
  subject="修理見積書（再送）",
  body=f"""柏木様

お世話になっております。日の出産業の三枝です。
先ほどのメールに添付漏れがありましたので、修理見積書を再送いたします。
失礼いたしました。
{SIG_SAEGUSA}""",
  attachments=[{"kind": "corrupt", "name": "修理見積書_HR-25118_rev2.xlsx"}])

# 033
M("pass", [], [],
  "rental-car rate table for the insurer: prices and vehicle classes only",
  sender=SAEGUSA, to=[HAMAGUCHI], charset="cp932",
  subject="代車費用の単価について",
  body=f"""浜口様

お世話になっております。日の出産業の三枝です。
代車費用の相当性確認のため、当社がミライレンタカーと結んでいる法人契約の単価をお知らせします。

クラス　　　　代表車種　　　　　　　1日　　　　1週間　　　　免責補償
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
Ｋ　　　　　　Ｎ－ＢＯＸ等　　　　　4,400円　　 26,400円　　1,100円/日
Ｓ　　　　　　ヤリス・ノート等　　　5,500円　　 33,000円　　1,100円/日
Ｍ　　　　　　カローラ等　　　　　　7,700円　　 46,200円　　1,650円/日
Ｖ（商用）　　プロボックス　　　　　6,600円　　 39,600円　　1,100円/日
Ｈ　　　　　　ハイエースバン　　　 13,200円　　 79,200円　　2,200円/日

※いずれも税込、ガソリン満タン返し。
{SIG_SAEGUSA}""")

# 034
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "English injury update to the overseas broker: named driver's fracture and hypertension",
  sender=HOSHINO, to=[MERCER], charset="utf-8",
  subject="Injury update - driver Koji Shoji (claim PRP-JP-22817)",
  body=f"""Dear Daniel,

Further to my mail of last week, here is the update on our driver.

Mr. Koji Shoji (Nagoya branch) was diagnosed with a fractured left clavicle and two
cracked ribs. He was admitted to Minami General Hospital for ten days and is now
recovering at home. His doctor also noted that he has been under treatment for
hypertension for several years; the hospital asked us whether this could have played
a part in the accident, which we are looking into.

He is expected to be off work until the end of March.
{SIG_HOSHINO}
{DISC_EN}""")

# 035
M("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
  "tow request naming one colleague on site with his mobile: one person's contact",
  sender=KUMAGAI, to=[HAYATE], charset="iso-2022-jp",
  subject="【至急】レッカー手配のお願い（名神高速 上り 一宮IC付近）",
  body=f"""はやてロードサービス 配車センター御中

日の出産業の熊谷です。至急レッカーの手配をお願いします。

　場所：名神高速道路 上り線 一宮IC手前 約1km 路肩（NEXCO通報済み）
　車両：ハイエースバン 品川 400 さ 71-08（後部損傷、自走不可）
　搬送先：北斗オートリペア 名古屋工場
　契約番号：HNS-RS-0032

現場には当社の宮坂が車外の安全な場所で待機しています。
到着前にご連絡いただく場合は宮坂の携帯（{mobile()}）へお願いします。
{SIG_KUMAGAI}""")

# 036
_rows_036 = [["2023/05/11", "江藤 隆之", "名古屋", "追突（加害）", "100:0", "物損", "なし"],
             ["2023/09/02", "御手洗 修", "名古屋", "出会い頭", "70:30", "人身", "右手首骨折"],
             ["2024/01/19", "百目鬼 正樹", "横浜", "単独（壁接触）", "-", "物損", "なし"],
             ["2024/04/30", "権藤 大和", "千葉", "被追突", "0:100", "人身", "頸椎捻挫"],
             ["2024/08/14", "物部 剛", "名古屋", "駐車場内接触", "50:50", "物損", "なし"],
             ["2024/12/03", "真柴 篤", "東京", "進路変更", "80:20", "物損", "なし"],
             ["2025/03/21", "東海林 浩二", "名古屋", "被追突", "0:100", "人身", "頸椎捻挫・腰部挫傷"],
             ["2025/07/07", "薬師寺 拓", "東京", "右直事故", "30:70", "人身", "右大腿骨骨折"],
             ["2025/12/22", "柳田 健吾", "東京", "被追突", "0:100", "人身", "腰椎圧迫骨折"]]
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "PDF table of nine accidents naming each driver with his injury, sent to the insurer",
  sender=HASEBE, to=[KASHIWAGI], charset="iso-2022-jp",
  subject="過去3年の事故歴一覧（フリート契約更新資料）",
  body=f"""柏木様

お世話になっております。日の出産業の長谷部です。
フリート契約の更新にあたりご依頼いただいた、過去3年の人身・物損事故の一覧を
PDFでお送りいたします。

ご査収のほどよろしくお願いいたします。
{SIG_HASEBE}""",
  attachments=[{"kind": "pdf", "name": "事故歴一覧_2023-2025.pdf", "title": "事故歴一覧",
                "lines": ["社有車 事故歴一覧（2023年4月〜2025年12月）", "日の出産業株式会社 総務部", ""],
                "table": [["発生日", "運転者", "拠点", "事故形態", "過失", "区分", "運転者の負傷"]]
                + _rows_036}])

# 037
_cars_037 = [["NL-20871", "品川 400 さ 71-08", "ハイエース", 84211, 1820],
             ["NL-20872", "品川 500 る 20-44", "プロボックス", 61540, 1402],
             ["NL-20873", "名古屋 500 ふ 38-17", "プロボックス", 97302, 0],
             ["NL-20874", "名古屋 400 そ 12-06", "プロボックス", 55018, 960],
             ["NL-20880", "大阪 100 は 55-21", "カローラ", 40337, 2104],
             ["NL-20881", "大阪 400 ろ 9-90", "N-VAN", 22815, 1188],
             ["NL-20885", "横浜 400 へ 88-30", "キャラバン", 120440, 2630],
             ["NL-20890", "千葉 400 き 61-13", "キャラバン", 88702, 2411],
             ["NL-20891", "品川 300 ぬ 5-12", "アルファード", 30124, 845],
             ["NL-20895", "品川 480 か 3-77", "N-VAN", 18805, 1290]]
M("pass", [], [],
  "monthly mileage per leased vehicle (contract numbers and plates) to the leasing company",
  sender=SAEGUSA, to=[NICHIRIN], charset="utf-8",
  subject="月次走行距離のご報告（12月分）",
  body=f"""日輪オートリース株式会社
安斎様

お世話になっております。日の出産業の三枝です。
12月末時点の走行距離をCSVでお送りします。
NL-20873 は事故修理のため12月は稼働なしです。
{SIG_SAEGUSA}""",
  attachments=[{"kind": "csv", "name": "走行距離_202512.csv", "encoding": "utf-8",
                "rows": [["契約番号", "登録番号", "車種", "月末走行距離(km)", "当月走行(km)"]] + _cars_037}])

# 038
M("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["lookalike_domain", "personal_data"],
  "licence number sent to a colleague at hinode-sangyou.co.jp, a look-alike of the own domain",
  sender=TODO, to=["熊谷 翔 <kumagai.sho@hinode-sangyou.co.jp>"], charset="cp932",
  subject="江藤の免許証情報",
  body=f"""熊谷さん

お疲れさまです。藤堂です。
依頼のあった江藤の免許証の件です。

　氏名　江藤 隆之
　番号　{LIC_ETO}
　有効期限　令和10年5月2日まで（ゴールド）
　条件等　なし

コピーが必要なら明日スキャンして送ります。
{SIG_TODO}""")

# 039
M("stop", ["PERSON_NAME", "JP_PASSPORT"], ["personal_data"],
  "the other party's (a tourist's) passport number given to the insurer",
  sender=KUMAGAI, to=[KASHIWAGI], charset="iso-2022-jp",
  subject="相手方（海外からの旅行者）の情報について",
  body=f"""柏木様

お世話になっております。日の出産業の熊谷です。
2/1に京都市内で発生した接触事故の相手方について、現場で確認できた情報をお送りします。

相手方はレンタカーを運転していた海外からの旅行者で、国際運転免許証をお持ちでした。
　氏名：Olivia BRENNAN
　旅券番号：{R.choice('NPR')}{digits(7)}
　滞在先：さくらホテル京都四条（2/6まで）

レンタカー会社側の保険会社へも連絡済みとのことです。
帰国日が近いので、早めに連絡を取っていただけると助かります。
{SIG_KUMAGAI}""")

# 040
M("pass", [], [],
  "reply to the body shop about pickup and the agreed repair cost; quoted text is theirs",
  sender=ONODERA, to=[HOKUTO_FRONT], charset="iso-2022-jp",
  subject="Re: 修理完了のお知らせ（品川 400 さ 71-08）",
  body=f"""北斗オートリペア
フロントご担当者様

ご連絡ありがとうございます。
引取りは2月12日（木）14時に当社の担当者が伺います。
請求書は協定額（386,540円）のとおり、ひかり損保様宛でお願いいたします。
免責分（5万円）は当社宛に別途ご請求ください。

-----Original Message-----
From: 北斗オートリペア フロント <front@hokuto-repair.co.jp>
Sent: Tuesday, February 10, 2026 4:52 PM
Subject: 修理完了のお知らせ（品川 400 さ 71-08）

日の出産業 小野寺様
ハイエースの修理が完了しました。お引取り日時をお知らせください。
{SIG_ONODERA}""")

# ============================================================================================
# 041-050
# ============================================================================================

# 041
M("stop", [], ["confidential_marking", "multiple_external_domains"],
  "settlement-terms DOCX carries a 取扱注意 header stamp, sent to the other side's lawyer",
  sender=HASEBE, to=[SAOTOME], cc=[SHIRAKAWA], charset="iso-2022-jp",
  subject="物損に関する示談条件のご提示（江藤案件）",
  body=f"""あおい総合法律事務所
弁護士 早乙女 徹 先生

（cc：当社代理人 白川法律事務所 白川先生）

拝啓　時下ますますご清栄のこととお慶び申し上げます。
1月14日の事故に関し、物損部分の示談条件を添付のとおりご提示いたします。
ご検討のほどよろしくお願い申し上げます。
{SIG_HASEBE}""",
  attachments=[{"kind": "docx", "name": "示談条件提示書_物損.docx", "title": "示談条件提示書",
                "page_header": "取扱注意",
                "paragraphs": ["【取扱注意】",
                               "示談条件提示書（物損）",
                               "1. 事故日時・場所：令和8年1月14日 名古屋市中区錦2丁目",
                               "2. 修理費：326,800円（協定額）",
                               "3. 評価損：認めない（初度登録から7年経過のため）",
                               "4. 代車費用：14日分 77,000円",
                               "5. 過失割合：当方90 相手方10",
                               "6. 支払額：363,420円（上記合計に当方過失割合を乗じた額）"]}])

# 042
M("pass", [], [],
  "says dash-cam footage is 機密性が高い and uses a share link; a mention, not a marking",
  sender=KUMAGAI, to=[TAKENOUCHI], charset="iso-2022-jp",
  subject="ドラレコ映像の共有方法について",
  body=f"""竹之内様

お世話になっております。日の出産業の熊谷です。
ご依頼のドライブレコーダー映像（前方・車内、計3ファイル 約1.2GB）ですが、
第三者の車両ナンバーや歩行者も映り込んでおり機密性が高いため、メール添付ではなく
当社のファイル共有サービス（ダウンロード期限7日）でお送りします。

URLは本日中に別途お送りしますので、期限内のダウンロードをお願いいたします。
{SIG_KUMAGAI}
{DISC_JA}""")

# 043
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
  "asks a clinic about a named employee's fracture treatment, with his birth date",
  sender=SAEGUSA, to=["さつき整形外科 受付 <uketsuke@satsuki-seikei.jp>"], charset="cp932",
  subject="通院状況のご確認のお願い（弊社社員）",
  body=f"""さつき整形外科
受付ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の三枝と申します。

貴院で右鎖骨骨折の術後治療を受けております弊社社員
仲宗根 勇気（平成元年7月30日生）について、労災の休業給付請求のため、
1月の通院日数と、就労可能見込みの時期をお教えいただくことは可能でしょうか。

本人の同意書は本日郵送いたします。書式のご指定がありましたらお知らせください。
{SIG_SAEGUSA}""")

# 044
_rows_044 = "\n".join(
    f"{name}{' ' * (14 - 2 * len(name))}{dob}   {lic}   {br}"
    for name, dob, lic, br in [
        ("江藤隆之", "1983/04/02", LIC_ETO, "名古屋"),
        ("大庭美咲", "1992/09/17", LIC_OBA, "名古屋"),
        ("一ノ瀬大地", "1994/01/25", LIC_ICHINOSE, "東京"),
        ("小鳥遊陽菜", "1990/11/03", LIC_TAKANASHI, "大阪"),
        ("真柴篤", "1980/05/05", licence("30"), "東京"),
        ("権藤大和", "1988/10/10", licence("46"), "千葉"),
        ("鬼頭彩乃", "1999/12/01", licence("30"), "東京"),
        ("物部剛", "1995/05/28", licence("54"), "名古屋"),
        ("御手洗修", "1971/02/11", licence("54"), "名古屋"),
        ("五十嵐千尋", "1996/03/30", licence("62"), "大阪")])
M("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], [],
  "ten drivers' licence numbers and birth dates sent to HR only: all recipients internal",
  sender=ONODERA, to=[f"人事部 労務グループ <jinji-roumu@{IN}>"], charset="utf-8",
  subject="運転記録証明書の申請対象者（10名）",
  body=f"""人事部 労務グループ 御中

車両管理課の小野寺です。
自動車安全運転センターへの運転記録証明書の一括申請分、対象者は以下の10名です。
申請書の記入にご利用ください（本人同意は取得済み）。

氏名          生年月日     免許証番号       拠点
------------  -----------  ---------------  ------
{_rows_044}

よろしくお願いします。
{SIG_ONODERA}""")

# 045
_rows_045 = "\n".join(f"{n}\t{mobile()}\t{p}\t{c}" for n, p, c in [
    ("鬼頭 彩乃", "品川 530 ち 10-01", "フィット"),
    ("真柴 篤", "練馬 300 ゆ 62-48", "エクストレイル"),
    ("一ノ瀬 大地", "足立 500 さ 7-03", "アクア"),
    ("ラーマン・アリフ", "品川 330 ほ 81-16", "プリウス"),
    ("勅使河原 恵", "世田谷 500 あ 33-09", "ハスラー"),
    ("薬師寺 拓", "品川 300 め 45-72", "CX-5")])
M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "six employees' names, mobiles and private car plates (tab list) to a parking operator",
  sender=SAEGUSA, to=["浜松町パーキング管理 契約係 <keiyaku@hm-parking.co.jp>"], charset="iso-2022-jp",
  subject="月極駐車場 利用者変更届（6名分）",
  body=f"""浜松町パーキング管理株式会社
契約係 御中

お世話になっております。日の出産業の三枝です。
2月分からの月極駐車場（第2駐車場 B区画）の利用者を以下のとおり変更いたします。
夜間の車両移動の連絡用に、本人の携帯番号も記載しました。

氏名\t携帯\t車両番号\t車種
{_rows_045}

旧利用者分の駐車証は回収のうえ返却いたします。
{SIG_SAEGUSA}""")

# 046
M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "other side's lawyer, own lawyer and insurer together in To/Cc: three external parties",
  sender=HASEBE, to=[SAOTOME, SHIRAKAWA], cc=[KASHIWAGI], charset="iso-2022-jp",
  subject="示談協議の日程候補（柳田案件）",
  body=f"""早乙女先生、白川先生
（cc：ひかり損保 柏木様）

お世話になっております。日の出産業の長谷部です。
柳田案件の示談協議について、日程候補を以下のとおりお送りします。

　① 2月16日（月）14:00〜
　② 2月18日（水）10:00〜
　③ 2月20日（金）15:00〜

場所は白川法律事務所様の会議室をお借りできると伺っております。
ご都合のよい日時をお知らせください。
{SIG_HASEBE}""")

# 047
M("pass", [], [],
  "notice to many body shops sent with the shops in Bcc and the desk itself in To",
  sender=FLEETDESK, to=[FLEETDESK],
  bcc=[SAIONJI, KAWASE, MARUHISHI, "オートボディ城南 <info@jonan-autobody.co.jp>",
       "株式会社みやび自動車 <repair@miyabi-jidosha.co.jp>"], charset="iso-2022-jp",
  subject="【ご案内】事故修理のご請求手続き変更について（3月1日〜）",
  body=f"""協力修理工場 各位

平素より当社社有車の修理にご協力いただき、誠にありがとうございます。
日の出産業株式会社 総務部 車両管理課でございます。

3月1日入庫分より、事故修理のご請求手続きを以下のとおり変更いたします。

1. 請求書の宛先：保険会社協定分は保険会社宛、免責・対象外分は当社宛
2. 請求書の送付先：fleet@hinode-sangyo.co.jp（PDF）
3. 適格請求書（インボイス）の登録番号を必ずご記載ください
4. 支払サイト：月末締め 翌月末払い（従来どおり）

ご不明点は車両管理課（03-5123-4470）までお問い合わせください。
{DISC_JA}""")

# 048
M("stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
  "an employee's personal card number quoted to the tow firm to cancel a double charge",
  sender=SAEGUSA, to=[HAYATE_KEIRI], charset="cp932",
  subject="1/19 レッカー代の二重決済について",
  body=f"""はやてロードサービス 経理ご担当者様

お世話になっております。日の出産業の三枝です。
1月19日のレッカー搬送代（48,400円）について確認させてください。

現場で当社の大庭が、下記の個人カードで立替決済をしておりますが、
同じ案件の請求書（INV-2601-0457）も当社宛に届いております。
請求書払いでお支払いしますので、カード決済のほうを取り消していただけますでしょうか。

　カード番号：{CARD_OBA[:4]} {CARD_OBA[4:8]} {CARD_OBA[8:12]} {CARD_OBA[12:]}
　名義：MISAKI OBA
　決済日：2026/01/19　金額：48,400円
{SIG_SAEGUSA}""")

# 049
M("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["freemail_recipient", "personal_data"],
  "her own diagnosis sent to the injured employee's private iCloud address: data subject is the recipient",
  sender=KUMAGAI, to=["大庭 美咲 <misaki.oba.917@icloud.com>"], charset="iso-2022-jp",
  subject="診断書受領しました",
  body=f"""大庭さん

お疲れさまです。事故対応デスクの熊谷です。
郵送いただいた診断書（頸椎捻挫・右肩打撲、加療2週間）、本日受け取りました。
保険会社へは私から提出しておきます。

通院の交通費は、領収書かメモで構いませんので、月ごとにまとめて送ってください。
お大事になさってください。
{SIG_KUMAGAI}""")

# 050
M("stop", ["PERSON_NAME", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
  "employee's My Number in full-width digits with his injury, to the labour consultant",
  sender=SAEGUSA, to=[MORISHITA], charset="iso-2022-jp",
  subject="薬師寺さんの傷病補償年金の届出について",
  body=f"""森下先生

お世話になっております。日の出産業の三枝です。
薬師寺 拓の件（業務中の交通事故、右大腿骨骨幹部骨折）、療養開始から1年6か月を
経過しても治癒していないため、傷病の状態等に関する届の作成をお願いいたします。

届出書に記載する本人の個人番号は以下のとおりです。
　薬師寺 拓　個人番号　{zen(grp(MN_YAKUSHIJI, '　'))}

主治医の診断書は本人が2月中に取得予定です。
{SIG_SAEGUSA}""")

# ============================================================================================
# 051-060
# ============================================================================================

# 051
M("pass", ["CREDIT_CARD"], [],
  "corporate card number discussed with accounting: all recipients internal",
  sender=SAEGUSA, to=[f"経理部 支払グループ <keiri-shiharai@{IN}>"], charset="cp932",
  subject="Re: 代車費用の法人カード決済について",
  body=f"""経理部 支払グループ 御中

三枝です。ご確認ありがとうございます。
1月分の代車費用は、総務部の法人カード（{CARD_CORP2}）で決済しています。
利用明細が届きましたら、事故案件番号（HKR-2601-07715）で仕訳をお願いします。
保険会社から代車費用が入金された時点で、雑収入で戻す予定です。

> 三枝さん
> 明細に「ミライレンタカー 77,000円」の決済がありますが、どのカードでしょうか。
> 経理部 支払G 田村
{SIG_SAEGUSA}""")

# 052
M("stop", [], ["lookalike_domain"],
  "partner bank's domain given as midori-ginko.com (TLD swapped): look-alike of midori-ginko.co.jp",
  sender=SAEGUSA, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.com>"], charset="iso-2022-jp",
  subject="賠償金の振込（総合振込）のご相談",
  body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の三枝です。
事故の賠償金（物損）を当社から相手方へ直接お支払いする案件が月に数件あり、
インターネットバンキングの総合振込で扱えるか、ご相談させてください。

・振込件数：月3〜5件程度
・1件あたり：10万円〜50万円程度
・振込元口座：浜松町支店 当座

来週ご訪問いただける日時があればお知らせください。
{SIG_SAEGUSA}""")

# 053
M("stop", ["PERSON_NAME"], ["personal_data"],
  "DOCX table of six named drivers with age, accident history and coaching notes to a consultant",
  sender=ONODERA, to=["セーフティラボ 研修担当 <info@safety-labo.co.jp>"], charset="utf-8",
  subject="事故惹起者面談記録（個別指導プログラム用）",
  body=f"""株式会社セーフティラボ
研修ご担当者様

お世話になっております。日の出産業の小野寺です。
個別指導プログラムの対象者6名について、社内面談の記録をWordでお送りします。
指導カリキュラム作成のご参考にしてください。
{SIG_ONODERA}""",
  attachments=[{"kind": "docx", "name": "事故惹起者面談記録_2026.docx", "title": "事故惹起者面談記録",
                "paragraphs": ["事故惹起者 面談記録（2026年1月実施）", "記録者：総務部 車両管理課 小野寺"],
                "tables": [[["氏名", "年齢", "所属", "直近の事故", "3年累計", "面談メモ"],
                            ["江藤 隆之", "42", "名古屋 営業1課", "2026/01/14 追突", "2件", "夕方の疲労時に注意散漫と自覚"],
                            ["御手洗 修", "54", "名古屋 配送", "2023/09/02 出会い頭", "2件", "一時停止の確認不足"],
                            ["百目鬼 正樹", "48", "横浜 配送課", "2024/01/19 単独", "3件", "後退時の目視確認をしない癖"],
                            ["物部 剛", "30", "名古屋 配送", "2024/08/14 駐車場", "1件", "狭い場所での切り返し不慣れ"],
                            ["真柴 篤", "45", "東京 物流課", "2024/12/03 進路変更", "2件", "ミラー死角の理解不足"],
                            ["権藤 大和", "37", "千葉 配送課", "2025/10/02 接触", "2件", "時間指定配送で焦りがち"]]]}])

# 054
M("pass", [], [],
  "dash-cam extraction request by vehicle ID and time window only",
  sender=KUMAGAI, to=["ツバサシステム サポート <support@tsubasa-system.jp>"], charset="iso-2022-jp",
  subject="ドラレコ映像の抽出依頼（車両ID HS-NGY-014）",
  body=f"""ツバサシステム サポートご担当者様

いつもお世話になっております。日の出産業の熊谷です。
下記の映像抽出をお願いいたします。

　車両ID：HS-NGY-014
　日時　：2026/01/22 10:05〜10:35
　カメラ：前方・後方（車内は不要）
　イベント：Gセンサー検知 10:21:37

保険会社への提出用のため、速度・位置情報を重畳した形式でお願いします。
{SIG_KUMAGAI}""")

# 055
M("stop", [], ["unscannable_attachment"],
  "scanned certificate PDF attached to the insurer is corrupt and cannot be read",
  sender=KUMAGAI, to=[HAMAGUCHI], charset="iso-2022-jp",
  subject="先日お電話した件の書類写しを送付します",
  body=f"""浜口様

お世話になっております。日の出産業の熊谷です。
先日お電話でお話しした件の書類の写しを添付します。
原本は明日、簡易書留で発送いたします。
{SIG_KUMAGAI}""",
  attachments=[{"kind": "corrupt", "name": "scan_20260203_01.pdf"}])

# 056
M("pass", [], ["multiple_external_domains"],
  "body shop in To and tow firm in Cc to fix a delivery time: two external organisations",
  sender=SAEGUSA, to=[KAWASE], cc=[HAYATE], charset="cp932",
  subject="事故車の搬入時間について（横浜 400 へ 88-30）",
  body=f"""板金工房カワセ 川瀬様
（cc：はやてロードサービス 配車センター様）

お世話になっております。日の出産業の三枝です。
横浜営業所のキャラバン（横浜 400 へ 88-30）の搬入ですが、
2月5日（木）15時頃に、はやてロードサービス様のキャリアカーで伺います。
工場の受入れが難しい時間帯があれば、直接配車センター様へご連絡ください。
{SIG_SAEGUSA}""")

# 057
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
  "HTML-only mail to the other party's insurer with one employee's birth date and concussion",
  sender=KUMAGAI, to=[NISHINA], charset="utf-8",
  subject="当方負傷者の情報（貴社受付番号 MK-26-0041277）",
  html="""<html><body>
<p>みなと火災海上保険株式会社<br>仁科様</p>
<p>お世話になっております。日の出産業の熊谷です。<br>
2月2日の事故で負傷した当方運転者の情報をお送りします。</p>
<table border="1" cellpadding="4">
<tr><th>氏名</th><td>勅使河原 恵（テシガワラ メグミ）</td></tr>
<tr><th>生年月日</th><td>1990年2月14日</td></tr>
<tr><th>受傷内容</th><td>頭部打撲・脳震盪（CT異常なし、経過観察）、左膝挫創</td></tr>
<tr><th>受診先</th><td>市立みなみ総合病院 脳神経外科</td></tr>
<tr><th>休業</th><td>2/3〜2/9（医師の指示による）</td></tr>
</table>
<p>治療費の一括対応をお願いできますでしょうか。</p>
<p>--<br>日の出産業株式会社 総務部 事故対応デスク 熊谷 翔<br>TEL 06-6305-2281</p>
</body></html>""")

# 058
M("pass", [], [],
  "bulleted list of emergency hospitals near branches (institutions' switchboards and addresses)",
  sender=ONODERA, to=[KASHIWAGI], charset="iso-2022-jp",
  subject="各営業所近隣の救急指定病院一覧",
  body=f"""柏木様

お世話になっております。日の出産業の小野寺です。
事故時の初動マニュアル改訂にあたり、各営業所近隣の救急指定病院を一覧にしました。
貴社のロードアシスタンスの案内先と齟齬がないか、ご確認いただけますと幸いです。

・東京本社　　港区立みなと中央病院　　東京都港区芝公園1-9-4　　03-3431-0118
・横浜営業所　横浜港北総合病院　　　　神奈川県横浜市港北区新横浜2-5-8　045-471-2200
・名古屋営業所　春日井みなみ病院　　　愛知県春日井市鳥居松町6-33　0568-81-4101
・名古屋営業所　名古屋さかえ記念病院　愛知県名古屋市中区栄3-20-7　052-251-8811
・大阪営業所　市立みなみ総合病院　　　大阪府大阪市淀川区宮原1-7-12　06-6394-1100
・千葉営業所　千葉みなと医療センター　千葉県千葉市中央区中央港2-1-5　043-247-3300
{SIG_ONODERA}""")

# 059
M("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
  "forwarded mail attached (eml) carries a driver's licence number, birth date and home address",
  sender=KUMAGAI, to=[TAKENOUCHI], charset="iso-2022-jp",
  subject="FW: 運転者情報（一ノ瀬）",
  body=f"""竹之内様

お世話になっております。日の出産業の熊谷です。
ご依頼の運転者情報について、営業所からのメールを添付で転送いたします。
{SIG_KUMAGAI}""",
  attachments=[{"kind": "eml", "name": "運転者情報（一ノ瀬）.eml", "message": {
      "sender": f"真柴 篤 <mashiba.atsushi@{IN}>", "to": [KUMAGAI], "charset": "iso-2022-jp",
      "subject": "運転者情報（一ノ瀬）",
      "body": f"""熊谷さん

東京物流課の真柴です。一ノ瀬の件、免許証から転記しました。

氏名：一ノ瀬 大地
生年月日：平成6年1月25日
住所：東京都足立区西新井栄町3-18-5 グランメゾン西新井502
免許証番号：{LIC_ICHINOSE}
種類：普通・準中型
有効期限：令和9年2月25日

以上です。
真柴"""}}])

# 060
M("pass", [], [],
  "English vendor mail on dash-cam firmware; 'confidential' only in the standard disclaimer",
  sender=HOSHINO, to=["Javier Alvarez <j.alvarez@roadlens.com>"], charset="utf-8",
  subject="Dashcam firmware rollout for 42 units",
  body=f"""Hi Javier,

Thanks for the release notes for firmware 4.2.1. We would like to roll it out to our
42 RL-500 units in two waves:

  Wave 1 (Tokyo, Yokohama, Chiba): 18 units, week of 16 February
  Wave 2 (Nagoya, Osaka):          24 units, week of 2 March

Could you confirm that the over-the-air update keeps the event recordings already on
the cards? A few of them are still needed for open insurance claims.
{SIG_HOSHINO}
{DISC_EN}""")

# ============================================================================================
# 061-070
# ============================================================================================

# 061
M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "quote request with three competing body shops all in To: they can see each other",
  sender=SAEGUSA, to=[SAIONJI, KAWASE, MARUHISHI], charset="iso-2022-jp",
  subject="【相見積のお願い】ハイエース リア損傷修理",
  body=f"""各位

いつもお世話になっております。日の出産業 車両管理課の三枝です。
下記車両の修理について、お見積りをお願いいたします（3社様に同時にお願いしています）。

　車両：トヨタ ハイエースバン（TRH200V、2019年式）
　損傷：リアゲート凹損、リアバンパー割れ、右テールランプ破損
　保管場所：本社地下駐車場（東京都港区浜松町3-14-2）
　現車確認：2月9日〜13日の平日10〜17時

ご提出期限は2月16日（月）とさせてください。
{SIG_SAEGUSA}""")

# 062
M("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "three witnesses' names and phones to the adjuster: under five people, may be warned",
  sender=KUMAGAI, to=[TAKENOUCHI], charset="iso-2022-jp",
  subject="目撃者の連絡先（3名）",
  body=f"""竹之内様

お世話になっております。日の出産業の熊谷です。
1/26 淀川区の事故について、現場で連絡先をいただいた目撃者の方は以下の3名です。
いずれもご本人から、調査会社からの連絡に応じてよいとの了承を得ています。

・日下部 颯太 様　{mobile()}（平日18時以降希望）
・坂東 利明 様　　{zen(mobile())}
・ハンナ・ミラー 様　{mobile()}（英語対応、日本語は簡単な会話のみ）

よろしくお願いいたします。
{SIG_KUMAGAI}""")

# 063
_pax_063 = [("羽柴 トメ", 81, "大阪府豊中市庄内東町2-4-17", "腰部打撲"),
            ("羽柴 正雄", 84, "大阪府豊中市庄内東町2-4-17", "頸椎捻挫"),
            ("御厨 文江", 77, "大阪府豊中市服部西町5-1-30", "右手関節捻挫"),
            ("杠 勝次", 79, "大阪府豊中市三和町1-12-8", "胸部打撲（肋骨不全骨折の疑い）"),
            ("鰐淵 芳子", 75, "大阪府豊中市庄内幸町4-9-2", "異常なし（念のため受診）")]
_tbl_063 = "\n".join(f"{n}　{a}歳　{addr}　{mobile()}　{inj}" for n, a, addr, inj in _pax_063)
M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
  "five passengers' addresses, phones and injuries listed for a personal-injury claim",
  sender=KUMAGAI, to=[HAMAGUCHI], charset="cp932",
  subject="人身傷害 同乗者情報（デイサービス送迎受託車両の事故）",
  body=f"""浜口様

お世話になっております。日の出産業の熊谷です。
2/4に豊中市内で発生した、当社が送迎業務を受託している車両の事故について、
同乗されていた利用者様5名の情報をお送りします。

氏名　年齢　住所　電話　受傷内容
{_tbl_063}

いずれも豊中市内の病院で受診済みです。ご家族への連絡は受託先の施設が行っています。
{SIG_KUMAGAI}""")

# 064
M("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "HR tells the claims desk about an employee's sick leave and diagnosis: internal only",
  sender=f"人事部 佐伯 <saeki.kanako@{IN}>", to=[ONODERA, KUMAGAI], charset="iso-2022-jp",
  subject="柳田さん 休職の件（共有）",
  body="""小野寺さん、熊谷さん

人事の佐伯です。柳田健吾さんの件で共有です。
腰椎圧迫骨折の治療が長引いており、主治医の診断書（あと2か月の療養を要す）が出たため、
2月1日から3月31日まで休職扱いとなります。
休業損害の証明書は、休職期間中も月ごとに人事から発行しますので、必要時に声をかけてください。

佐伯""")

# 065
M("stop", [], ["confidential_marking"],
  "English loss-run PDF marked CONFIDENTIAL in its page header, sent to the overseas broker",
  sender=HOSHINO, to=[MERCER], charset="utf-8",
  subject="FY2025 motor fleet loss run for renewal",
  body=f"""Dear Daniel,

Please find attached our motor fleet loss run for FY2025 (April 2025 - January 2026),
as requested for the renewal discussions with the underwriters.
{SIG_HOSHINO}""",
  attachments=[{"kind": "pdf", "name": "HinodeSangyo_LossRun_FY2025.pdf", "title": "Motor Fleet Loss Run FY2025",
                "page_header": "CONFIDENTIAL",
                "lines": ["CONFIDENTIAL - Hinode Sangyo Co., Ltd.", "Motor Fleet Loss Run FY2025", ""],
                "table": [["Claim no.", "Date", "Type", "Paid (JPY)", "Reserve (JPY)", "Status"],
                          ["HKR-2504-01120", "2025-04-18", "PD", "212,300", "0", "Closed"],
                          ["HKR-2507-03388", "2025-07-07", "BI+PD", "1,840,000", "2,600,000", "Open"],
                          ["HKR-2510-05561", "2025-10-02", "PD", "96,800", "0", "Closed"],
                          ["HKR-2512-06902", "2025-12-22", "BI", "0", "3,100,000", "Open"],
                          ["HKR-2601-07715", "2026-01-14", "PD", "0", "420,000", "Open"]]}])

# 066
M("pass", [], [],
  "one-line reply; the driver's licence number is only in the quoted 差出人/送信日時 block",
  sender=SAEGUSA, to=[MIRAI], charset="cp932",
  subject="RE: 代車ご利用者の確認",
  body=f"""ミライレンタカー 法人窓口 ご担当者様

ご確認ありがとうございます。その内容で問題ございません。
引き続きよろしくお願いいたします。

三枝

差出人: ミライレンタカー 法人窓口 <hojin@mirai-rentacar.jp>
送信日時: 2026年1月22日 11:08
宛先: 三枝 由香 <saegusa.yuka@hinode-sangyo.co.jp>
件名: 代車ご利用者の確認

日の出産業株式会社 三枝様

1/23からの代車について、ご利用者様の情報を以下のとおり登録いたしました。
　ご利用者：江藤 隆之 様
　運転免許証番号：{LIC_ETO}
　有効期限：2028年5月2日
相違がございましたらご連絡ください。
{SIG_SAEGUSA}""")

# 067
M("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "licence number written unlabelled in full-width digits in running text to the rental shop",
  sender=TODO, to=["ミライレンタカー 名古屋駅前店 <nagoya-eki@mirai-rentacar.jp>"], charset="iso-2022-jp",
  subject="明日の代車受取りについて",
  body=f"""ミライレンタカー名古屋駅前店 御中

日の出産業 名古屋営業所の藤堂です。明日10時の代車受取りの件です。
受取りには江藤が伺います。事前登録に必要とのことでしたので、
江藤の免許は　第{zen(LIC_ETO)}号（ゴールド、令和１０年まで）です。
当日は本人が免許証原本を持参します。
{SIG_TODO}""")

# 068
M("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
  "one employee's name and mobile as the rental user's contact: a single person",
  sender=SAEGUSA, to=[MIRAI], charset="iso-2022-jp",
  subject="代車ご利用者の連絡先（東京・2/9〜）",
  body=f"""ミライレンタカー 法人窓口 ご担当者様

お世話になっております。日の出産業の三枝です。
2/9からの代車（浜松町店、Vクラス）のご利用者の連絡先をお知らせします。

　ご利用者：一ノ瀬 大地（東京 物流課）
　携帯：{mobile()}

返却日が延びる場合は、本人または私からご連絡いたします。
{SIG_SAEGUSA}""")

# 069
M("stop", [], ["lookalike_domain"],
  "partner's domain typed kawasaki-dennki.co.jp (letter added): look-alike of kawasaki-denki.co.jp",
  sender=KUMAGAI, to=["川崎電機 総務部 <soumu@kawasaki-dennki.co.jp>"], charset="iso-2022-jp",
  subject="1/27 駐車場内接触事故の件（貴社営業車）",
  body=f"""川崎電機株式会社
総務部 ご担当者様

いつもお世話になっております。日の出産業 事故対応デスクの熊谷です。
1月27日に貴社川崎工場の来客用駐車場で、当社の営業車と貴社の営業車が接触した件で
ご連絡いたしました。

双方とも物損のみで、当社側の損傷は右リアドアの擦り傷です。
お互いの保険会社を通じて進める形でよろしいでしょうか。
当社の保険会社はひかり損保（東京損害サービス第二課 柏木様）です。
{SIG_KUMAGAI}""")

# 070
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "named driver's epilepsy history and medication told to the company's lawyer",
  sender=HASEBE, to=[SHIRAKAWA], charset="iso-2022-jp",
  subject="百目鬼案件　運転者の既往症について（ご相談）",
  body=f"""白川先生

お世話になっております。日の出産業の長谷部です。
横浜の単独事故（1/30、配送トラックが歩道の植え込みに乗り上げた件）について、
本日本人と面談したところ、新たな事実が判明しましたのでご相談いたします。

百目鬼 正樹は、10年ほど前にてんかんの診断を受けて服薬しており、
ここ数年は発作がなかったため会社には申告していなかったとのことです。
事故当時の記憶が途切れていると話しており、発作の可能性があります。
主治医は横浜市内の神経内科クリニックです。

会社としての責任（運行供用者責任・安全配慮義務）と、免許に関する手続きについて
ご助言をいただけますでしょうか。
{SIG_HASEBE}""")

# ============================================================================================
# 071-080
# ============================================================================================

# 071
M("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "an employee's hearing disability and licence conditions discussed internally only",
  sender=ONODERA, to=[TODO], charset="iso-2022-jp",
  subject="東海林さんの社用車運転について",
  body=f"""藤堂所長

お疲れさまです。車両管理課の小野寺です。
東海林浩二さんの社用車運転の件、人事と確認しました。

東海林さんは聴覚障害（身体障害者手帳4級）があり、免許の条件は「補聴器」です。
条件どおり補聴器を装着していれば運転は問題ありません。
ワイドミラーの追加とバックモニター付きの車両（名古屋 400 そ 12-06）を
優先的に割り当てていただけますでしょうか。
{SIG_ONODERA}""")

# 072
_rows_072 = [["氏名", "生年月日", "年齢", "主使用車両"],
             ["権藤 大和", "S63.10.10", 37, "千葉 400 き 61-13"],
             ["物部 剛", "H7.5.28", 30, "名古屋 500 ふ 38-17"],
             ["鬼頭 彩乃", "H11.12.1", 26, "品川 480 か 3-77"],
             ["ラーマン・アリフ", "H9.7.7", 28, "品川 400 さ 71-08"],
             ["五十嵐 千尋", "H8.3.30", 29, "大阪 400 ろ 9-90"],
             ["小鳥遊 陽菜", "H2.11.3", 35, "大阪 100 は 55-21"],
             ["一ノ瀬 大地", "H6.1.25", 32, "品川 500 る 20-44"]]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "legacy XLS of seven young drivers with 和暦 birth dates for the age condition, to the agency",
  sender=ONODERA, to=["ハーバー保険サービス 青柳 <aoyagi@harbor-hoken.co.jp>"], charset="cp932",
  subject="フリート契約 運転者年齢条件の確認用リスト",
  body=f"""青柳様

お世話になっております。日の出産業の小野寺です。
年齢条件を「26歳以上補償」に変更できるかの確認用に、30歳前後の運転者の一覧をお送りします。
（古いExcel形式ですみません。）
{SIG_ONODERA}""",
  attachments=[{"kind": "xls", "name": "運転者年齢確認.xls", "sheets": {"運転者": _rows_072}}])

# 073
M("pass", [], [],
  "CSV of designated body shops (businesses, switchboards, certification numbers) to the insurer",
  sender=SAEGUSA, to=[HAMAGUCHI], charset="utf-8",
  subject="当社指定修理工場リスト（関西・中部）",
  body=f"""浜口様

お世話になっております。日の出産業の三枝です。
ご依頼の当社指定修理工場リストをCSVでお送りします。
事故受付時の入庫先のご案内にお使いください。
{SIG_SAEGUSA}""",
  attachments=[{"kind": "csv", "name": "指定修理工場_関西中部.csv", "encoding": "utf-8",
                "rows": [["工場名", "所在地", "代表電話", "認証番号", "対応"],
                         ["北斗オートリペア 名古屋工場", "愛知県名古屋市港区十一屋2-118", "052-381-5520", "中認-第3188号", "板金塗装・整備"],
                         ["北斗オートリペア 一宮工場", "愛知県一宮市木曽川町黒田字北宿二の切40", "0586-87-0034", "中認-第3417号", "板金塗装"],
                         ["丸菱モータース 本店", "大阪府大阪市西淀川区御幣島6-3-21", "06-6471-2288", "近認-第5520号", "整備・車検"],
                         ["丸菱モータース 堺店", "大阪府堺市堺区築港八幡町1-44", "072-243-6610", "近認-第6102号", "板金塗装"],
                         ["オートボディ京滋", "滋賀県草津市野路東7-2-5", "077-566-3003", "近認-第7011号", "板金塗装"],
                         ["みやび自動車", "兵庫県尼崎市西長洲町2-9-12", "06-6488-4410", "近認-第4835号", "整備・板金"],
                         ["名港カーリペア", "愛知県名古屋市港区船見町1-61", "052-661-7781", "中認-第2990号", "大型車対応"],
                         ["岐阜ボデーワークス", "岐阜県岐阜市茜部本郷3-88", "058-273-1205", "中認-第4102号", "板金塗装"]]}])

# 074
_rows_074 = [["氏名", "営業所", "携帯", "個人メール"]] + [
    [n, b, mobile(), m] for n, b, m in [
        ("江藤 隆之", "名古屋", "eto.taka0402@gmail.com"),
        ("大庭 美咲", "名古屋", "misaki.oba.917@icloud.com"),
        ("宮坂 俊", "名古屋", "shun-m1205@yahoo.co.jp"),
        ("東海林 浩二", "名古屋", "k.shoji79@ezweb.ne.jp"),
        ("物部 剛", "名古屋", "tsuyoshi.mononobe@gmail.com"),
        ("一ノ瀬 大地", "東京", "daichi.i.0125@outlook.jp"),
        ("真柴 篤", "東京", "mashiba-a@docomo.ne.jp"),
        ("小鳥遊 陽菜", "大阪", "hina.takanashi.1103@gmail.com"),
        ("五十嵐 千尋", "大阪", "chihiro-i.330@yahoo.co.jp"),
        ("権藤 大和", "千葉", "yamato.gondo@icloud.com")]]
M("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
  "plain ZIP holding a CSV of ten drivers' mobiles and private e-mails, sent to the road-service firm",
  sender=ONODERA, to=["はやてロードサービス 受付センター <center@hayate-road.co.jp>"], charset="iso-2022-jp",
  subject="緊急連絡網データ（ロードサービス受付用）",
  body=f"""はやてロードサービス株式会社
受付センター ご担当者様

お世話になっております。日の出産業の小野寺です。
夜間・休日の故障・事故受付時に運転者本人へ折り返していただくための
緊急連絡網データをお送りします（ZIP内のCSV、10名分）。
{SIG_ONODERA}""",
  attachments=[{"kind": "zip", "name": "緊急連絡網_202602.zip",
                "files": [{"kind": "csv", "name": "緊急連絡網.csv", "encoding": "cp932", "rows": _rows_074}]}])

# 075
M("pass", [], [],
  "thanks the other side's lawyer for the signed property-damage settlement; amounts only",
  sender=HASEBE, to=[SAOTOME], charset="iso-2022-jp",
  subject="示談書（物損）ご返送のお礼",
  body=f"""あおい総合法律事務所
早乙女先生

お世話になっております。日の出産業の長谷部です。
物損に関する示談書2通、ご署名のうえご返送いただきありがとうございました。
当社控えを受領し、貴職控えを本日簡易書留で発送いたしました。

示談金 363,420円は、示談書第3条のとおり2月27日までに
ご指定の預り金口座へ保険会社から振り込まれる予定です。

本件ではご尽力いただき、誠にありがとうございました。
{SIG_HASEBE}
{DISC_JA}""")

# 076
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "the other party's pregnancy and obstetric check after the crash, by name, to the insurer",
  sender=KUMAGAI, to=[KASHIWAGI], charset="iso-2022-jp",
  subject="相手方の通院について（追加情報）",
  body=f"""柏木様

お世話になっております。日の出産業の熊谷です。
2/6の世田谷区の事故の相手方、伊集院 さくら様について追加でお知らせします。

本日ご本人からお電話があり、現在妊娠7か月で、事故の翌日に念のため
かかりつけの産婦人科を受診されたとのことです。胎児に異常はなかったものの、
腹部の張りがあり、しばらく経過観察で通院が必要と言われたそうです。

治療費の扱いについて、ご本人へ直接ご説明いただけますでしょうか。
{SIG_KUMAGAI}""")

# 077
M("either", ["PERSON_NAME"], ["personal_data"],
  "six drivers named only with the vehicle each mainly uses, to the lessor: thin list, judgement call",
  sender=SAEGUSA, to=[NICHIRIN], charset="utf-8",
  subject="車両割当表（2月）",
  body=f"""安斎様

お世話になっております。日の出産業の三枝です。
2月の主使用者の割当てをお知らせします（事故受付時の照合用）。

登録番号             車種            主使用者
-------------------  --------------  ------------
品川 400 さ 71-08    ハイエース      ラーマン・アリフ
品川 500 る 20-44    プロボックス    一ノ瀬 大地
名古屋 500 ふ 38-17  プロボックス    物部 剛
名古屋 400 そ 12-06  プロボックス    東海林 浩二
大阪 100 は 55-21    カローラ        小鳥遊 陽菜
千葉 400 き 61-13    キャラバン      権藤 大和
{SIG_SAEGUSA}""")

# 078
_kana_078 = ["ミヤサカ　シュン", "エトウ　タカユキ", "オオバ　ミサキ", "ショウジ　コウジ",
             "ミタライ　オサム", "モノノベ　ツヨシ"]
M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "kana names with full-width mobile numbers, six bullets, to the lessor's accident centre",
  sender=TODO, to=["日輪オートリース 事故受付センター <jiko-center@nichirin-lease.co.jp>"],
  charset="iso-2022-jp",
  subject="名古屋営業所　社用車使用者の緊急連絡先",
  body=f"""日輪オートリース　事故受付センター御中

名古屋営業所の藤堂です。
事故・故障時に運転者へ直接連絡いただくための連絡先です。よろしくお願いします。

""" + "\n".join(f"・{k}　{zen(mobile())}" for k in _kana_078) + f"""

※営業所の代表（052-221-6630）は夜間不在です。
{SIG_TODO}""")

# 079
M("pass", [], [],
  "general legal question on grade-14 after-effects with no person or case identified",
  sender=HASEBE, to=[SHIRAKAWA], charset="iso-2022-jp",
  subject="後遺障害14級の逸失利益について（一般的なご質問）",
  body=f"""白川先生

お世話になっております。日の出産業の長谷部です。
社内の事故対応研修の資料作りのため、一般論として教えていただきたい点がございます。

1. むち打ちで後遺障害14級9号が認定された場合、労働能力喪失期間は5年程度に
   制限されるのが一般的という理解でよいでしょうか。
2. 会社が加害者側（運行供用者）となる場合に、会社独自に見舞金を支払うことの
   是非について、実務上の留意点があれば教えてください。

特定の案件ではありませんので、お手すきの際にご回答いただければ幸いです。
{SIG_HASEBE}""")

# 080
M("stop", [], ["confidential_marking"],
  "【社外秘】 in the subject and a 社外秘 header on the attached plan, sent to a vendor",
  sender=HASEBE, to=[MAMIYA], charset="iso-2022-jp",
  subject="【社外秘】社有車削減・再配置計画（2026年度案）",
  body=f"""間宮様

お世話になっております。日の出産業の長谷部です。
テレマティクスの契約台数の見込みを立てていただくため、
2026年度の社有車削減・再配置計画（案）をお送りします。
社内決裁前の資料ですので、お取扱いにはご注意ください。
{SIG_HASEBE}""",
  attachments=[{"kind": "xlsx", "name": "社有車再配置計画_2026案.xlsx", "page_header": "社外秘",
                "sheets": {"計画": [["【社外秘】2026年度 社有車削減・再配置計画（案）"], [],
                                    ["拠点", "現有台数", "2026年度末", "増減", "備考"],
                                    ["東京", 14, 11, -3, "カーシェア併用"],
                                    ["横浜", 6, 6, 0, ""],
                                    ["千葉", 5, 4, -1, ""],
                                    ["名古屋", 12, 10, -2, "配送は青葉運輸へ一部委託"],
                                    ["大阪", 9, 8, -1, ""]]}}])

# ============================================================================================
# 081-090
# ============================================================================================

# 081
M("pass", [], [],
  "report of damage to a guard rail to the city road office: property only, no person's data",
  sender=KUMAGAI, to=["南里市 道路管理課 <doro-kanri@city.minamisato.lg.jp>"], charset="iso-2022-jp",
  subject="道路付属物（ガードレール）損傷のご報告",
  body=f"""南里市 建設部 道路管理課 御中

日の出産業株式会社 事故対応デスクの熊谷と申します。
当社の社用車が市道のガードレールを損傷させてしまいましたので、ご報告いたします。

　発生日時：令和8年2月3日（火）7時50分頃
　場所　　：市道 南里中央線 南里三丁目交差点付近（東側歩道沿い）
　損傷　　：ガードレール ビーム2スパン（約8m）曲損、支柱1本傾き
　原因　　：路面凍結によるスリップ
　警察　　：南里警察署へ届出済み（物件事故）

復旧費用は当社の保険（ひかり損害保険）で対応いたします。
復旧工事の手続きについてご教示ください。
{SIG_KUMAGAI}""")

# 082
M("stop", [], ["unscannable_attachment"],
  "settlement draft sent as a password-protected PDF that cannot be inspected",
  sender=HASEBE, to=[SHIRAKAWA], charset="iso-2022-jp",
  subject="示談書案（PDF）送付",
  body=f"""白川先生

お世話になっております。日の出産業の長谷部です。
柳田案件の示談書案をPDFでお送りします。
パスワードは先生の事務所の代表電話番号の下4桁です。
{SIG_HASEBE}""",
  attachments=[{"kind": "pdf", "name": "示談書案_柳田案件.pdf", "password": "7731",
                "lines": ["示談書（案）", "甲と乙は、令和7年12月22日に発生した交通事故について次のとおり示談する。",
                          "第1条 甲は乙に対し、本件事故の損害賠償金として金○○円を支払う。"]}])

# 083
_rows_083 = [["社員番号", "氏名", "生年月日", "免許証番号", "有効期限", "拠点"]] + [
    [no, n, d, lic, exp, br] for no, n, d, lic, exp, br in [
        ("H0701", "東海林 浩二", "1979/06/21", licence("54"), "2026/07/21", "名古屋"),
        ("H0866", "小鳥遊 陽菜", "1990/11/03", LIC_TAKANASHI, "2026/12/03", "大阪"),
        ("H1033", "四十物 亮", "1986/02/18", licence("30"), "2026/03/18", "東京"),
        ("H1102", "鬼頭 彩乃", "1999/12/01", licence("30"), "2026/01/01", "東京"),
        ("H1127", "Nguyen Van Thanh", "1996/03/08", licence("45"), "2026/04/08", "横浜"),
        ("H1140", "権藤 大和", "1988/10/10", licence("46"), "2026/11/10", "千葉"),
        ("H1168", "真柴 篤", "1980/05/05", licence("30"), "2026/06/05", "東京"),
        ("H1201", "御厨 崇", "1975/09/09", licence("62"), "2026/10/09", "大阪"),
        ("H1230", "杠 みのり", "1993/03/27", licence("62"), "2026/04/27", "大阪"),
        ("H1255", "鰐淵 亨", "1969/01/31", licence("45"), "2026/03/02", "横浜")]]
M("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], [],
  "XLSX of drivers with licence numbers and birth dates to branch managers on internal domains",
  sender=ONODERA, to=[TODO, f"大阪営業所長 <osaka-shocho@mail.{IN}>", f"横浜営業所長 <yokohama-shocho@mail.{IN}>"],
  cc=[f"東京物流課 真柴 <mashiba.atsushi@{IN}>"], charset="utf-8",
  subject="免許証有効期限一覧（年内更新対象者）",
  body=f"""各営業所長

車両管理課の小野寺です。
年内に免許証の更新期限を迎える運転者の一覧です。
更新後は免許証の両面コピーを車両管理課まで提出するよう、本人へお声がけください。
鬼頭さんは期限切れのため、更新まで社用車の運転を止めてください。
{SIG_ONODERA}""",
  attachments=[{"kind": "xlsx", "name": "免許更新対象者_2026.xlsx",
                "sheets": {"対象者": _rows_083, "メモ": [["更新後の提出期限：更新日から2週間以内"]]}}])

# 084
M("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "four drivers' private addresses in To: private persons can see each other's addresses",
  sender=ONODERA, to=["eto.taka0402@gmail.com", "shun-m1205@yahoo.co.jp", "daichi.i.0125@outlook.jp",
                      "k.shoji79@ezweb.ne.jp"], charset="iso-2022-jp",
  subject="【再送】安全運転講習のご案内（2/21 土曜開催）",
  body=f"""対象者各位

車両管理課の小野寺です。社用メールが見られない方がいるとのことで、
個人アドレスへ再送いたします。

2月21日（土）9:30〜16:00、中央自動車教習所で安全運転講習を実施します。
休日出勤扱い（振替休日あり）です。参加可否を2月13日までに返信してください。
{SIG_ONODERA}""")

# 085
M("pass", [], ["freemail_recipient"],
  "repair-estimate figures sent to the other driver on free mail; nothing about anyone else",
  sender=KUMAGAI, to=["佐々木 光 <hikaru.s1987@outlook.jp>"], charset="iso-2022-jp",
  subject="修理費お見積りの件",
  body=f"""佐々木 光 様

お世話になっております。日の出産業の熊谷です。
先日はお車の修理工場のご紹介、ありがとうございました。

工場から届いたお見積り額は、部品・工賃・塗装で合計 184,690円（税込）です。
この金額でひかり損保の柏木様と協定を進めますので、特にご異論がなければ
そのまま修理に着手していただいて構いません。

代車が必要な場合は、柏木様へご連絡ください。
{SIG_KUMAGAI}""")

# 086
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "training slides name an employee with his fracture and 45-day admission; sent to the insurer",
  sender=ONODERA, to=["ひかり損保 リスクコンサルティング室 <risk-consulting@hikari-sonpo.co.jp>"],
  charset="iso-2022-jp",
  subject="安全運転研修用 事例スライドのご確認依頼",
  body=f"""ひかり損害保険 リスクコンサルティング室 ご担当者様

お世話になっております。日の出産業の小野寺です。
来月の安全運転研修で使う事例スライドを作成しました。
事故原因の分析が適切か、専門家の目でご確認いただけますでしょうか。
{SIG_ONODERA}""",
  attachments=[{"kind": "pptx", "name": "研修事例スライド_v2.pptx",
                "slides": [["安全運転研修 2026　事故事例に学ぶ", "日の出産業株式会社 総務部 車両管理課"],
                           ["事例1 駐車場内の後退事故", "後方確認不足、バックモニター過信"],
                           ["事例2 夕方の追突事故", "疲労と脇見、車間距離不足"],
                           ["事例3 交差点での右直事故",
                            "運転者：東京 営業2課 薬師寺 拓（32）",
                            "負傷：右大腿骨骨幹部骨折、入院45日・休業4か月",
                            "対向車の速度を見誤り右折を開始"],
                           ["まとめ", "「だろう運転」から「かもしれない運転」へ"]]}])

# 087
M("pass", [], [],
  "case slides made anonymous (A社員・30代男性); injuries are not tied to an identifiable person",
  sender=ONODERA, to=["中央自動車教習所 法人研修係 <hojin@chuo-ds.co.jp>"], charset="iso-2022-jp",
  subject="講習用の社内事例（匿名化済み）",
  body=f"""中央自動車教習所 法人研修係 ご担当者様

お世話になっております。日の出産業の小野寺です。
2/18の講習の座学で取り上げていただく社内事例を、匿名化したうえでお送りします。
氏名・所属・日付は伏せています。
{SIG_ONODERA}""",
  attachments=[{"kind": "pptx", "name": "社内事例_匿名化.pptx",
                "slides": [["社内事故事例（匿名化版）", "個人が特定されないよう編集しています"],
                           ["事例A", "A社員（30代・男性・営業職）", "交差点で右折時に直進車と衝突",
                            "A社員は脚を骨折し長期休業となった"],
                           ["事例B", "B社員（40代・配送職）", "後退時に電柱へ接触、けが人なし"],
                           ["事例C", "C社員（20代）", "信号待ちで追突され、むち打ちで通院"]]}])

# 088
M("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  ["personal_data"],
  "one-row CSV with a health-insurance card number, birth date and injury sent to the 健保組合",
  sender=SAEGUSA, to=["関東機械健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"], charset="cp932",
  subject="第三者行為による傷病届 添付資料（勅使河原）",
  body=f"""関東機械健康保険組合
給付課 ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の三枝です。
先日お電話でお伝えしました第三者行為（交通事故）の件、
傷病届の添付資料として被保険者の情報をCSVでお送りいたします。
届出書の原本は本日郵送いたしました。
{SIG_SAEGUSA}""",
  attachments=[{"kind": "csv", "name": "第三者行為_被保険者情報.csv", "encoding": "cp932",
                "rows": [["記号", "番号", "被保険者氏名", "生年月日", "受傷日", "傷病名", "相手方保険会社"],
                         ["2041", "527", "勅使河原 恵", "1990/02/14", "2026/02/02",
                          "頭部打撲・脳震盪・左膝挫創", "みなと火災海上"]]}])

# 089
M("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "drink-driving arrest and discipline discussed between the section head and HR: internal only",
  sender=HASEBE, to=[f"人事部 佐伯 <saeki.kanako@{IN}>"], cc=[f"総務部長 岩城 <iwaki.noboru@{IN}>"],
  charset="iso-2022-jp",
  subject="鬼塚さんの処分検討について",
  body=f"""佐伯さん

長谷部です。浜松営業所の鬼塚雅人さんの件です。
酒気帯び運転で逮捕された後、本日釈放されたと弁護士から連絡がありました。
略式起訴で罰金刑になる見込みとのことです。

就業規則上は懲戒解雇もあり得る事案ですので、懲罰委員会の日程調整をお願いします。
本人の社用車運転は当面禁止とし、浜松営業所長にも伝えてあります。
{SIG_HASEBE}""")

# 090
M("stop", [], ["lookalike_domain"],
  "vendor domain typed tsubasa-systern.jp (m→rn): look-alike of partner tsubasa-system.jp",
  sender=KUMAGAI, to=["ツバサシステム サポート <support@tsubasa-systern.jp>"], charset="iso-2022-jp",
  subject="ドラレコ映像の追加抽出（HS-OSK-007）",
  body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の熊谷です。
先日の抽出に加えて、以下もお願いいたします。

　車両ID：HS-OSK-007
　日時　：2026/01/26 18:40〜19:10
　カメラ：前方・右側方

保険会社への提出期限が2/10のため、2/6までに納品いただけますと助かります。
{SIG_KUMAGAI}""")

# ============================================================================================
# 091-100
# ============================================================================================

# 091
M("pass", [], [],
  "English mail to a foreign lessor on returning a leased car: a list of damaged parts only",
  sender=HOSHINO, to=["Returns Desk <returns@ofl-leasing.com>"], charset="utf-8",
  subject="Return of leased vehicle - contract OFL-JP-3391 - damage list",
  body=f"""Dear Returns Desk,

We will return the Toyota Alphard under contract OFL-JP-3391 (plate Shinagawa 300 nu 5-12)
on 27 February at your Tokyo Bay depot. The vehicle was involved in a minor parking-lot
collision last year and was repaired by an authorised body shop; the remaining items are:

  Part                      Condition                       Repair invoice
  ------------------------  ------------------------------  --------------
  Front bumper cover        replaced (OEM 52119-58090)      HR-24991
  Left sliding door         repaired, repainted             HR-24991
  Left mirror cover         light scratches (not repaired)  -
  Rear wiper arm            bent, replaced                  HR-25003

Please let us know if you need the repair invoices before the inspection.
{SIG_HOSHINO}
{DISC_EN}""")

# 092
_rows_092 = [("2025/12/03 14:20", "名古屋市中区栄3丁目", "名古屋 500 ふ 38-17", "江藤 隆之", "H0412"),
             ("2025/12/09 11:05", "名古屋市東区泉1丁目", "名古屋 400 そ 12-06", "大庭 美咲", "H0587"),
             ("2025/12/15 16:40", "大阪市北区梅田2丁目", "大阪 100 は 55-21", "小鳥遊 陽菜", "H0866"),
             ("2025/12/18 10:10", "港区芝浦1丁目", "品川 500 る 20-44", "一ノ瀬 大地", "H0921"),
             ("2025/12/22 13:30", "横浜市西区高島2丁目", "横浜 400 へ 88-30", "百目鬼 正樹", "H0455"),
             ("2026/01/07 15:55", "千葉市中央区富士見2丁目", "千葉 400 き 61-13", "権藤 大和", "H1140")]
M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "HTML attachment listing six drivers with employee no., mobile and their parking offences",
  sender=SAEGUSA, to=[NICHIRIN], charset="iso-2022-jp",
  subject="放置違反金 納付済みのご報告（運転者一覧添付）",
  body=f"""安斎様

お世話になっております。日の出産業の三枝です。
貴社宛に届いた放置違反金の納付書6件について、当社で納付を済ませました。
違反時の運転者は添付のとおりです。公安委員会からの照会があった場合にご利用ください。
{SIG_SAEGUSA}""",
  attachments=[{"kind": "html", "name": "放置違反_運転者一覧.html",
                "html": "<html><body><h3>放置違反 運転者一覧（2025年12月〜2026年1月）</h3>"
                        "<table border='1'><tr><th>違反日時</th><th>場所</th><th>登録番号</th>"
                        "<th>運転者</th><th>社員番号</th><th>携帯</th></tr>"
                        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td>"
                                  f"<td>{mobile()}</td></tr>" for a, b, c, d, e in _rows_092)
                        + "</table></body></html>"}])

# 093
M("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "property-damage report says the named driver saw a doctor and the X-ray was normal: borderline health data",
  sender=KUMAGAI, to=[KASHIWAGI], charset="cp932",
  subject="物損事故のご報告（大阪 100 は 55-21）",
  body=f"""柏木様

お世話になっております。日の出産業の熊谷です。
物損事故が1件発生しましたのでご報告いたします。

　日時：2月9日（月）9時10分頃
　場所：大阪市淀川区西中島4丁目 コインパーキング内
　車両：大阪 100 は 55-21（カローラ）
　運転者：大阪営業所 宮坂（名古屋から応援で出張中）
　状況：駐車枠から後退で出る際、後方の精算機に接触。精算機の前面パネル破損。
　相手方：パーキング運営会社（連絡済み）

宮坂は衝突時に首に違和感があったため念のため近くの整形外科を受診しましたが、
レントゲンでは異常なしとのことで、そのまま業務に戻っています。
{SIG_KUMAGAI}""")

# 094
M("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "reply-all: the other driver (free mail), his insurer and ours in To/Cc — three parties visible",
  sender=KUMAGAI, to=["佐々木 光 <hikaru.s1987@outlook.jp>"],
  cc=["やまと共済 事故受付 <jiko-uketsuke@yamato-kyosai.or.jp>", KASHIWAGI], charset="iso-2022-jp",
  subject="Re: 修理費お見積りの件",
  body=f"""佐々木様
（cc：やまと共済 事故受付ご担当者様、ひかり損保 柏木様）

ご返信ありがとうございます。日の出産業の熊谷です。
過失割合については、保険会社同士で協議いただく形になります。
関係者の皆様に同じ情報を共有するため、お二方をccに入れさせていただきました。

> 熊谷様
> 見積りの件承知しました。ただ、私の過失が2割というのは納得できません。
> 佐々木
{SIG_KUMAGAI}""")

# 095
M("pass", [], ["multiple_external_domains"],
  "the other party's insurer in To and the company's insurer in Cc: two organisations, no personal data",
  sender=KUMAGAI, to=[NISHINA], cc=[KASHIWAGI], charset="iso-2022-jp",
  subject="過失割合についての当社見解（貴社受付番号 MK-26-0041277）",
  body=f"""みなと火災海上保険株式会社
仁科様
（cc：ひかり損保 柏木様）

お世話になっております。日の出産業の熊谷です。
2月2日の事故の過失割合について、当社の見解をお伝えいたします。

ドライブレコーダー映像（前方）から、相手方車両は黄色信号の終わり際に交差点へ
進入しており、当方車両は青信号で右折を開始しています。判例タイムズの基本割合を
前提としても、当方 60：相手方 40 が妥当と考えております。

映像データは柏木様経由でご提供いたします。
{SIG_KUMAGAI}
{DISC_JA}""")

# 096
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "a named employee's PTSD diagnosis at a psychosomatic clinic given to the insurer",
  sender=SAEGUSA, to=[HAMAGUCHI], charset="iso-2022-jp",
  subject="五十嵐の休業延長について",
  body=f"""浜口様

お世話になっております。日の出産業の三枝です。
五十嵐 千尋の件でご相談です。

足首の骨折は順調に回復しておりますが、事故以来、夜眠れない・車の音で
事故の場面がよみがえるといった症状が続き、2月から心療内科に通院しています。
先週、「心的外傷後ストレス障害（PTSD）」との診断を受け、主治医から
3月末までの休業が必要との意見が出されました。

人身傷害保険で、心療内科の治療費と休業損害の延長が対象となるか
ご確認いただけますでしょうか。診断書の写しは郵送いたします。
{SIG_SAEGUSA}""")

# 097
M("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], [],
  "the other party's personal bank account passed to accounting: all recipients internal",
  sender=HASEBE, to=[f"経理部 支払グループ <keiri-shiharai@{IN}>"], charset="cp932",
  subject="見舞金の振込依頼（事故案件 HKR-2602-08114）",
  body=f"""経理部 支払グループ 御中

長谷部です。2/6世田谷区の事故の相手方へ、会社からの見舞金を振り込んでください。
社長決裁済みです（稟議 SM-2026-0142）。

　振込先：みどり銀行 世田谷支店（店番 214）
　種別　：普通
　口座番号：{digits(7)}
　口座名義：イジュウイン サクラ
　金額　：50,000円
　振込日：2月20日

振込後、控えを総務へ回してください。
{SIG_HASEBE}""")

# 098
_furi_098 = [("クサカベ ソウタ", "みどり銀行", "梅田支店", "普通", 30000),
             ("バンドウ トシアキ", "なにわ信用金庫", "十三支店", "普通", 30000),
             ("ミラー ハンナ", "みどり銀行", "新大阪支店", "普通", 30000),
             ("ハシバ マサオ", "とよなか農業協同組合", "庄内支店", "普通", 20000),
             ("ミクリヤ フミエ", "みどり銀行", "豊中支店", "貯蓄", 20000)]
M("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
  "transfer text file with five private persons' bank accounts sent to the bank",
  sender=SAEGUSA, to=["みどり銀行 総合振込受付 <sogofurikomi@midori-ginko.co.jp>"], charset="iso-2022-jp",
  subject="総合振込データ送付（事故救護協力者への謝礼）",
  body=f"""みどり銀行 浜松町支店
総合振込ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の三枝です。
インターネットバンキングの障害により、総合振込データを添付ファイルにてお送りいたします。
振込指定日は2月25日、振込元は浜松町支店 当座 0081124 です。
{SIG_SAEGUSA}""",
  attachments=[{"kind": "txt", "name": "furikomi_20260225.txt", "encoding": "cp932",
                "text": "受取人名            銀行              支店          種別  口座番号   金額\n"
                        "------------------  ----------------  ------------  ----  ---------  -------\n"
                        + "\n".join(f"{n:<18}  {b:<16}  {s:<12}  {k}  {digits(7)}    {a:,}"
                                    for n, b, s, k, a in _furi_098)
                        + "\n合計 5件 130,000円\n"}])

# 099
_rows_099 = "\n".join(f"{i}. {n}（{r}） {mobile()}" for i, (n, r) in enumerate([
    ("小鳥遊 陽菜", "営業課"), ("五十嵐 千尋", "業務課"), ("御厨 崇", "営業課"),
    ("杠 みのり", "業務課"), ("宮坂 俊", "名古屋より応援"), ("物部 剛", "名古屋より応援"),
    ("ラーマン・アリフ", "東京より応援")], start=1))
M("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
  "seven drivers' mobiles to the Osaka branch address on the internal mail subdomain",
  sender=ONODERA, to=[f"大阪営業所 <osaka-eigyo@mail.{IN}>"], charset="utf-8",
  subject="大阪営業所 社用車使用者 緊急連絡先（更新版）",
  body=f"""大阪営業所 各位

車両管理課の小野寺です。2月からの社用車使用者の緊急連絡先を更新しました。
営業所の掲示用ファイルの差し替えをお願いします。

{_rows_099}

応援の3名は3月末までの予定です。
{SIG_ONODERA}""")

# 100
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "accident-report PDF form with the driver's 和暦 birth date (Ｈ２．１１．３) and licence number",
  sender=TODO, to=[TAKENOUCHI], charset="iso-2022-jp",
  subject="事故状況報告書の送付（大阪 100 は 55-21 / 1月分）",
  body=f"""東日本損害調査株式会社
竹之内様

お世話になっております。日の出産業 名古屋営業所の藤堂です（大阪営業所の代理で送付します）。
ご依頼の事故状況報告書をPDFでお送りします。
{SIG_TODO}""",
  attachments=[{"kind": "pdf", "name": "事故状況報告書_0118.pdf", "title": "事故状況報告書",
                "lines": ["事故状況報告書", "",
                          "1. 事故日時　令和8年1月18日 8時25分",
                          "2. 発生場所　大阪府吹田市江坂町1丁目 府道14号 江坂交差点",
                          "3. 運転者　　氏名　小鳥遊 陽菜（タカナシ ヒナ）",
                          "　　　　　　生年月日　Ｈ２．１１．３",
                          f"　　　　　　免許証番号　{zen(LIC_TAKANASHI)}",
                          "　　　　　　免許の種類　普通（ＡＴ限定）",
                          "4. 車両　　　大阪 100 は 55-21（カローラ）",
                          "5. 事故状況　左折時、左後方から進行してきた自転車と接触。",
                          "　　　　　　自転車の方は転倒したが、起き上がって自力で立ち去った。",
                          "6. 警察への届出　吹田警察署（物件事故として受理）",
                          "",
                          "報告者　大阪営業所 業務課"]}])
