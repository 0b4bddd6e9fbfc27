"""Blind corpus — ihinseiri: 遺品整理・生前整理 (estate clearance and downsizing).

Mail of 日の出産業株式会社 ライフサポート事業部「ひので整理サービス」, the group's
estate-clearance and downsizing service: quotes and schedules for bereaved families
(mostly on free mail), landlords, property-management and real-estate agents, antique and
second-hand buyers (古物商), recycling and waste contractors (産廃・マニフェスト), special
cleaning subcontractors, judicial scriveners, tax accountants and lawyers handling the
inheritance, care facilities whose elderly residents move out, community support centres,
the partner haulier 青葉運輸, みどり銀行, 錦印刷 and ツバサシステム.

Every person, address, telephone number, account, card number, My Number, licence,
passport, residence-card, pension and insurance number in this file is invented; any
likeness to a real person or number is chance.  Domains other than the ones BRIEF.md
names are fictional.
"""

import random

from build import card_number as _card_number
from build import my_number as _my_number

SEED = 10201
rng = random.Random(SEED)
_seed = [SEED]


def my_number() -> str:
    s = _seed[0]
    _seed[0] += 1
    return _my_number(s)


def card_number() -> str:
    s = _seed[0]
    _seed[0] += 1
    return _card_number(s)


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """ASCII digits and hyphens → full-width, as many people type them."""
    return s.translate(_ZEN)


def houjin(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def spaced(n: str) -> str:
    return f"{n[0:4]} {n[4:8]} {n[8:12]}"


# -- signatures of the (invented) staff ----------------------------------------------

SIG_SAEKI = """
――――――――――――――――――――――
日の出産業株式会社 ライフサポート事業部
遺品整理・生前整理「ひので整理サービス」
佐伯 美智子（さえき みちこ）
〒116-0013 東京都荒川区西日暮里2-41-7 日の出ビル4F
TEL 03-5850-2271 / FAX 03-5850-2272
saeki.m@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_NIWA = """
--
日の出産業（株） ひので整理サービス 作業管理課
丹羽 拓海
携帯 080-6120-3394（業務用） / 事務所 03-5850-2271
niwa.t@hinode-sangyo.co.jp"""

SIG_HOJO = """
*************************************************
日の出産業株式会社
ライフサポート事業部 営業グループ
北條 誠  Makoto Hojo
〒116-0013 東京都荒川区西日暮里2-41-7
TEL：03-5850-2275  FAX：03-5850-2272
Mail：hojo.makoto@hinode-sangyo.co.jp
*************************************************"""

SIG_KAMO = """
────────────────────
日の出産業株式会社 ひので整理サービス
買取・査定担当　鴨志田 剛
古物商許可 東京都公安委員会 第306601987654号
TEL 03-5850-2273
────────────────────"""

SIG_NONO = """
------------------------------------------
日の出産業株式会社 管理本部 経理課
野々村 早苗
TEL 03-5850-2200（代表） 内線 214
nonomura.s@hinode-sangyo.co.jp
------------------------------------------"""

SIG_USAMI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
生前整理アドバイザー（1級）
日の出産業株式会社 ひので整理サービス
宇佐美 千尋
TEL 03-5850-2271　受付 9:00〜18:00（水曜定休）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_EN = """
--
Chihiro Usami
Life Support Division (Estate Clearance)
Hinode Sangyo Co., Ltd.
2-41-7 Nishi-Nippori, Arakawa-ku, Tokyo 116-0013, Japan
Tel +81-3-5850-2271"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""


MESSAGES = []


def add(**m):
    MESSAGES.append(m)


# ====================================================================================
# 001 — next week's removal schedule to the partner haulier: padded columns, 6 clients
add(
    id="ihinseiri-001",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["小野寺 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="【配車依頼】8/18〜8/22 遺品整理 搬出分",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
配車センター 小野寺様

いつもお世話になっております。日の出産業の丹羽です。
来週（8/18〜8/22）の遺品整理案件の搬出予定をお送りします。
いつもどおり2tトラック＋運転手さんの手配をお願いいたします。

日付   依頼者          現場住所                                     連絡先           車両
------ --------------- -------------------------------------------- ---------------- ------
8/18   菅野 千代子     東京都足立区梅田3-18-6 コーポ梅田201         090-3318-4471    2t×1
8/19   勅使河原 浩二   埼玉県川口市芝新町11-4                       080-2290-5813    2t×2
8/19   間宮 早苗       東京都北区赤羽西5-2-19 赤羽ハイム305         070-6651-0328    2t×1
8/20   御厨 正彦       千葉県松戸市常盤平2-27-3                     090-8142-7760    4t×1
8/21   東海林 ヨシ子   東京都荒川区町屋6-9-12                       03-3895-4417     2t×1
8/22   蓮見 隆之       東京都葛飾区青戸4-30-8 グランメール青戸802   080-4471-9936    2t×1

8/19は2現場重なりますので、午前・午後で分けていただけると助かります。
集合はいずれも現場に8:30です。
""" + SIG_NIWA,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six clients' names, site addresses and phones in padded columns to an external haulier",
)

# 002 — reply to a bereaved daughter; her address and phone are only in the quoted text
add(
    id="ihinseiri-002",
    expect="pass",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["kazumi.tsuruta0412@gmail.com"],
    subject="Re: 見積りのお願い（母の部屋の片付け）",
    charset="iso-2022-jp",
    body="""鶴田 和美 様

ご連絡ありがとうございます。ひので整理サービスの佐伯でございます。
このたびはお母様のこと、心よりお悔やみ申し上げます。

お見積りの訪問ですが、ご希望の9月6日（土）午前10時に伺います。
当日は作業管理の丹羽と二名でお伺いし、所要時間は1時間ほどです。
お部屋の鍵は管理会社様からお借りになるとのこと、承知いたしました。
お見積りは無料で、その場でご契約いただく必要もございませんのでご安心ください。

何卒よろしくお願い申し上げます。
""" + SIG_SAEKI + """

2025年8月29日(金) 21:14 鶴田 和美 <kazumi.tsuruta0412@gmail.com>:
> 日の出産業 ご担当者様
>
> 先日お電話した鶴田です。母が住んでいた部屋の片付けをお願いしたく連絡しました。
> 住所：東京都荒川区東尾久7-3-15 メゾン尾久102
> 私の携帯：090-7714-2053
> 返金などがあった場合の口座：みどり銀行 尾久支店 普通 4417205
> 見積もりは土曜日の午前だと助かります。
>
> 鶴田 和美
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="the client's address, phone and account appear only in the quoted mail she sent; new text has no personal data",
)

# 003 — a deceased's My Number found during clearance, typed into the body to a scrivener
_mn003 = my_number()
add(
    id="ihinseiri-003",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["やまぶき司法書士事務所 岩城先生 <iwaki@yamabuki-shiho.jp>"],
    subject="大曽根様邸 遺品整理中に見つかった書類について",
    charset="iso-2022-jp",
    body=f"""やまぶき司法書士事務所
岩城 先生

お世話になっております。ひので整理サービスの佐伯です。
本日、大曽根様邸（相続登記をご担当いただいている件）の仕分け作業中に、
書斎の引き出しから下記の書類が見つかりましたのでご報告いたします。

  ・個人番号通知カード（紙）
      氏名　　：大曽根 善治
      生年月日：昭和14年2月27日
      個人番号：{spaced(_mn003)}
  ・固定資産税の納税通知書（令和6年度分）
  ・みどり銀行の定期預金証書 1通

原本はご長男の大曽根 章様にお渡し済みです。
準確定申告の際に番号が必要になるかと思い、念のためお知らせしました。
""" + SIG_SAEKI,
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a My Number (with name and date of birth) in running text to an external scrivener",
)

# 004 — price list in padded columns to a nursing home: no people at all
add(
    id="ihinseiri-004",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["かえでの郷 生活相談員 <soudan@kaede-no-sato.or.jp>"],
    subject="居室整理・退去時片付けの料金表をお送りします",
    charset="iso-2022-jp",
    body="""特別養護老人ホーム かえでの郷
生活相談員 若林様

先日はお時間をいただきありがとうございました。日の出産業の北條です。
ご入居者様の退去時の居室整理について、料金の目安をお送りします。
ご家族様へのご案内にお使いいただけましたら幸いです。

プラン    間取り目安      作業人数   作業時間      料金（税込）
--------  --------------  ---------  ------------  --------------
S         居室1部屋        2名        1〜2時間       33,000円〜
A         1R・1K          2名        2〜4時間       49,800円〜
B         1DK・1LDK       3名        3〜6時間       89,000円〜
C         2DK・2LDK       4名        5〜8時間      149,000円〜
D         3DK以上         5名〜      1日〜         ご相談

※家電リサイクル料金・貴金属の買取は別途となります。
※施設様からのご紹介の場合、料金から5％お値引きいたします。

ご不明な点はお気軽にお問い合わせください。
""" + SIG_HOJO,
    entities=[],
    detectors=[],
    note="a price table in padded columns; no person in it",
)

# 005 — site visit arranged with the family, the management company and the antique buyer all in To/Cc
add(
    id="ihinseiri-005",
    expect="stop",
    sender="鴨志田 剛 <kamoshida@hinode-sangyo.co.jp>",
    to=["hiromi-kanno@yahoo.co.jp", "みなと不動産管理 賃貸管理部 <chintai@minato-kanri.co.jp>"],
    cc=["松葉古美術 松葉様 <info@matsuba-kobijutsu.jp>", "niwa.t@hinode-sangyo.co.jp"],
    subject="9/12（金）ハイツ尾久203号室 立会いの件",
    charset="iso-2022-jp",
    body="""各位

お世話になっております。日の出産業 ひので整理サービスの鴨志田です。
ハイツ尾久203号室の遺品整理につきまして、事前立会いの日程が決まりましたので
関係の皆様にまとめてご連絡いたします。

 日時：9月12日（金）13:30〜15:00
 場所：ハイツ尾久 203号室（現地集合）
 内容：・ご遺族様による貴重品・形見分け品の確認
       ・管理会社様による原状回復範囲の確認
       ・松葉古美術様による骨董品・掛軸の事前査定

鍵は管理会社様にて13:20に開錠いただける予定です。
ご都合の悪い方は9/10までに私までお知らせください。
""" + SIG_KAMO,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a private person and two external firms see each other in To/Cc: three external parties, should have been Bcc",
)

# 006 — inheritance lawyer's domain mistyped with .co.jp
add(
    id="ihinseiri-006",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["白川法律事務所 大場先生 <oba@shirakawa-law.co.jp>"],
    subject="井筒様 相続放棄のご相談日程",
    charset="iso-2022-jp",
    body="""白川法律事務所
大場 先生

いつもお世話になっております。日の出産業の佐伯です。
先日お電話でお話しした井筒様の件、ご遺族様が相続放棄を検討されているため、
遺品整理の着手はいったん保留とし、先生とのご面談を先にお願いしたいとのことです。

ご遺族様のご都合は次のとおりです。
  ・9月16日（火）午後
  ・9月18日（木）終日
  ・9月19日（金）午前

相続放棄をされる場合、どこまで片付けてよいか（処分行為にあたらない範囲）も
あわせてご教示いただけますと助かります。
""" + SIG_SAEKI + DISC_JA,
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a TLD look-alike of the partner shirakawa-law.jp",
)

# 007 — internal weekly case list: everything in it, but only colleagues receive it
add(
    id="ihinseiri-007",
    expect="pass",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["ihin-team@hinode-sangyo.co.jp"],
    cc=["榊原 課長 <sakakibara@hinode-sangyo.co.jp>"],
    subject="【週次】進行中案件一覧（9/1週）",
    charset="iso-2022-jp",
    body="""チームの皆さん

お疲れさまです。丹羽です。今週の進行中案件です。担当の割り振りを確認してください。

No  依頼者        区分      現場                                  連絡先          担当
--  ------------  --------  ------------------------------------  --------------  ------
1   鶴田 和美     遺品整理  荒川区東尾久7-3-15 メゾン尾久102      090-7714-2053   佐伯
2   大曽根 章     遺品整理  北区田端新町1-22-4                    080-5531-0974   丹羽
3   栗栖 房江     生前整理  足立区西新井栄町2-8-11                03-3886-2295    宇佐美
4   井筒 亮介     保留      板橋区大山東町30-7 大山コーポ3F       070-2286-1145   佐伯
5   小鳥遊 トメ   施設退去  かえでの郷 303号室                    090-4408-6637   北條
6   長谷部 貴子   遺品整理  埼玉県草加市氷川町1914-2              080-9911-3028   丹羽
7   室伏 浩一     特殊清掃  荒川区町屋8-2-5 第二町屋荘105         （大家様経由）  外注
8   熊谷 キヨ     生前整理  江戸川区中葛西4-15-9                  03-3689-7702    宇佐美

7番は臭気対策が必要なので、クリーンリバース社と日程調整中です。
""" + SIG_NIWA,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="full client list, but every recipient is internal (hinode-sangyo.co.jp)",
)

# 008 — a downsizing client's dementia diagnosis explained to the haulier
add(
    id="ihinseiri-008",
    expect="stop",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["青葉運輸 引越事業部 <hikkoshi@aoba-unyu.co.jp>"],
    subject="10/3 栗栖様 施設入居に伴う引越し・注意事項",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 引越事業部
ご担当者様

いつもありがとうございます。日の出産業の宇佐美です。
10月3日（金）の栗栖様の件、当日の注意事項をお伝えします。

ご本人の栗栖 房江様（86歳）はアルツハイマー型認知症の診断を受けておられ、
有料老人ホームへのご入居に伴う生前整理・お引越しとなります。
作業中に同じことを何度もお尋ねになったり、荷物を箱から出されたりすることが
あるかもしれませんが、否定せず、ゆっくりご説明いただけますようお願いします。
当日は長女の方が10時から立ち会われます。

搬出：足立区西新井栄町の旧宅（トラック横付け可）
搬入：ひだまり苑（居室2階、エレベーターあり）
""" + SIG_USAMI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named living client's dementia diagnosis (medical, 要配慮) in running text to an external firm",
)

# 009 — list of partner antique shops (businesses, with licence numbers) to a real-estate agent
add(
    id="ihinseiri-009",
    expect="pass",
    sender="鴨志田 剛 <kamoshida@hinode-sangyo.co.jp>",
    to=["東雲ハウジング 仕入課 <shiire@shinonome-housing.jp>"],
    subject="提携している買取店のご紹介",
    charset="iso-2022-jp",
    body="""東雲ハウジング株式会社
仕入課 ご担当者様

お世話になっております。ひので整理サービス 査定担当の鴨志田です。
空き家の残置物に骨董・美術品が多い場合に、弊社が査定をお願いしている
提携買取店の一覧です。直接ご相談いただいても構いません。

■ 松葉古美術
  東京都台東区東上野3-19-2　TEL 03-3831-6620
  古物商許可 東京都公安委員会 第301050211876号
  得意分野：掛軸、茶道具、古伊万里

■ 蔵出し堂 浅草店
  東京都台東区寿2-6-14　TEL 03-5827-4410
  古物商許可 東京都公安委員会 第301020556342号
  得意分野：着物、帯、和装小物

■ リユースひかり 川口本店
  埼玉県川口市本町4-3-8　TEL 048-229-7715
  古物商許可 埼玉県公安委員会 第431170098225号
  得意分野：家具、家電、楽器

■ 古書 みずほ堂
  東京都千代田区神田神保町1-48　TEL 03-3295-1187
  古物商許可 東京都公安委員会 第301010877613号
  得意分野：古書、郷土資料、古地図

よろしくお願いいたします。
""" + SIG_KAMO,
    entities=[],
    detectors=[],
    note="a list of shops with business phones and licence numbers: businesses, not people",
)

# 010 — PPAP: estate inventory in a password ZIP to the scrivener
add(
    id="ihinseiri-010",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["iwaki@yamabuki-shiho.jp"],
    subject="長谷部様 財産目録（遺品整理時作成分）の送付",
    charset="iso-2022-jp",
    body="""やまぶき司法書士事務所
岩城 先生

お世話になっております。日の出産業の佐伯です。
長谷部様邸の遺品整理で確認した通帳・証券・貴金属等の一覧を
財産目録の形にまとめましたので、パスワード付きZIPでお送りします。
パスワードは別メールにてお送りいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "zip", "name": "長谷部様_財産目録.zip", "password": "Hase0918",
        "files": [{"kind": "xlsx", "name": "財産目録.xlsx", "sheets": {"目録": [
            ["区分", "内容", "金額・数量"],
            ["預金", "みどり銀行 草加支店 普通 3390125", "2,418,330"],
            ["預金", "ゆうちょ銀行 通常貯金 10150-28833451", "612,004"],
            ["貴金属", "K18 指輪 2点", "査定中"],
        ]}}],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external office: its contents cannot be inspected",
)

# 011 — collection sites to the waste contractor, tab-separated, no name column
add(
    id="ihinseiri-011",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["多摩エコクリーン 収集課 <shushu@tama-ecoclean.co.jp>"],
    subject="9月第1週 回収依頼",
    charset="cp932",
    body="""多摩エコクリーン株式会社
収集課 御中

いつもお世話になっております。日の出産業の丹羽です。
9月第1週の回収をお願いします。当日は現地の立会い者に直接ご連絡ください。

回収日	現場住所	建物・部屋	立会い者連絡先	品目	概算量
9/1	東京都府中市宮西町4-11-2	ベルメゾン府中305	090-5521-8736	家具・布団	2t
9/1	東京都調布市布田2-37-6	戸建	080-3307-1164	可燃・不燃混載	4t
9/2	東京都国分寺市本町3-9-21	コーポ本町102	070-1458-9920	家電4品目	軽トラ
9/3	東京都小金井市貫井北町5-18-3	戸建（2階建）	090-2264-5071	家具・衣類	4t×2
9/3	東京都三鷹市下連雀7-4-14	サンハイツ三鷹201	042-248-3396	布団・衣類	2t
9/4	東京都府中市若松町1-26-9	若松荘6号室	080-7719-2045	可燃ごみ	軽トラ
9/5	東京都日野市多摩平2-10-33	多摩平パークハウス412	090-6082-3317	家具・家電	2t

マニフェストは従来どおり回収時にお渡しします。
""" + SIG_NIWA,
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven residential addresses each with a private contact phone, tab-separated, no name column, to an external contractor",
)

# 012 — ordinary scheduling mail to a property manager, with the standard disclaimer
add(
    id="ihinseiri-012",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["柊エステート 管理部 <kanri@hiiragi-estate.co.jp>"],
    subject="物件番号 HR-2025-0417 残置物撤去の日程",
    charset="iso-2022-jp",
    body="""柊エステート株式会社
管理部 ご担当者様

お世話になっております。日の出産業の北條です。
物件番号 HR-2025-0417 の残置物撤去につきまして、下記日程で確定いたしました。

  作業日　：9月24日（水）9:00〜17:00
  作業人数：4名（2tトラック2台）
  駐車　　：物件前の路上に一時停車させていただきます（誘導員1名配置）

作業完了後、室内写真を添えて完了報告書をお送りします。
原状回復工事のご手配は、完了報告をご確認のうえお進めください。
""" + SIG_HOJO + DISC_JA,
    entities=[],
    detectors=[],
    note="routine schedule with a property number and the standard disclaimer; no personal data, no marking",
)

# 013 — 社外秘 only in the page header of the attached Word file
add(
    id="ihinseiri-013",
    expect="stop",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["みなと不動産管理 営業企画 <kikaku@minato-kanri.co.jp>"],
    subject="ご紹介料の改定について（ご相談）",
    charset="iso-2022-jp",
    body="""みなと不動産管理株式会社
営業企画 ご担当者様

いつもお世話になっております。日の出産業の北條です。
来期からのご紹介料について、改定案をまとめましたので添付いたします。
次回のお打合せでご意見をいただけますと幸いです。
""" + SIG_HOJO,
    attachments=[{
        "kind": "docx", "name": "紹介料改定案_2026.docx", "page_header": "社外秘",
        "title": "紹介料改定案",
        "paragraphs": [
            "2026年度 提携不動産会社様 紹介料改定案",
            "1. 現行：成約額の10％（上限5万円）",
            "2. 改定案：成約額の8％（上限8万円）、年間10件以上で12％",
            "3. 特殊清掃を伴う案件は一律3万円",
            "4. 適用開始：2026年4月1日ご紹介分から",
        ],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the attached document is stamped 社外秘 in its page header; the mail text looks harmless",
)

# 014 — two heirs' contact details to the scrivener (under the list threshold)
add(
    id="ihinseiri-014",
    expect="pass",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["iwaki@yamabuki-shiho.jp"],
    subject="Re: 大曽根様 相続人の連絡先",
    charset="iso-2022-jp",
    body="""岩城先生

お世話になっております。佐伯です。
ご依頼の相続人お二人の連絡先です。ご本人様の了承は得ております。

 ◇ 大曽根 章（長男）
    東京都北区田端新町1-22-4
    080-5531-0974
 ◇ 宮坂 由紀子（長女）
    神奈川県相模原市南区相模大野6-3-17 ヴィラ相模大野501
    090-3378-6612

遺品の中に遺言書らしきものは見当たりませんでした。
""" + SIG_SAEKI,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people's contact details to an external office: below the list threshold, may be warned",
)

# 015 — a card number typed out for a manual charge, to the payment processor
_cc015 = card_number()
add(
    id="ihinseiri-015",
    expect="stop",
    sender="野々村 早苗 <nonomura.s@hinode-sangyo.co.jp>",
    to=["ペイネクスト 加盟店サポート <support@paynext.co.jp>"],
    subject="手動決済のお願い（端末エラーのため）",
    charset="iso-2022-jp",
    body=f"""ペイネクスト株式会社
加盟店サポート ご担当者様

加盟店番号 HNS-00318 日の出産業の野々村です。
本日、遺品整理のお支払いでカード決済を行ったところ端末エラー（E-214）となり、
お客様の了承を得て手動での売上処理をお願いしたく、ご連絡しました。

  カード名義：YODA SHIZUKA
  カード番号：{_cc015[:4]}-{_cc015[4:8]}-{_cc015[8:12]}-{_cc015[12:]}
  有効期限　：08/28
  金額　　　：187,000円（一括）
  お客様名　：依田 静香 様

処理完了のご連絡をいただけますと幸いです。
""" + SIG_NONO,
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a full card number with the holder's name in the body to an external processor",
)

# 016 — a lonely death: cause of death of a named deceased tenant to the special-cleaning subcontractor
add(
    id="ihinseiri-016",
    expect="either",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["クリーンリバース 現場調整 <genba@clean-reverse.jp>"],
    subject="特殊清掃のお願い（荒川区町屋 第二町屋荘105）",
    charset="iso-2022-jp",
    body="""クリーンリバース株式会社
現場調整ご担当 様

いつもお世話になっております。日の出産業の丹羽です。
特殊清掃を1件お願いしたく、ご連絡しました。

物件：東京都荒川区町屋8-2-5 第二町屋荘105号室（木造2階建の1階）
故人：室伏 浩一 様（70代・お一人暮らし）
状況：大家様のお話では、ご自宅で亡くなられ発見まで約3週間。
      警察からは病死（心不全）と聞いているとのことです。
      布団周辺の体液汚染と臭気が強く、隣室から苦情が出ています。

ご遺族（甥御様）は遠方のため、立会いは大家様となります。
オゾン脱臭込みのお見積りをお願いできますでしょうか。
""" + SIG_NIWA,
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="cause of death of a named deceased person: health data, but of the deceased (outside APPI); a privacy officer could go either way",
)

# 017 — three-way meeting: one landlord firm and one recycler (two external organisations)
add(
    id="ihinseiri-017",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["柊エステート 管理部 <kanri@hiiragi-estate.co.jp>", "荒川リサイクルセンター 営業 <eigyo@arakawa-recycle.co.jp>"],
    cc=["niwa.t@hinode-sangyo.co.jp"],
    subject="グリーンコート西尾久 一括退去案件の打合せ",
    charset="iso-2022-jp",
    body="""柊エステート株式会社 管理部 ご担当者様
荒川リサイクルセンター株式会社 営業部 ご担当者様

お世話になっております。日の出産業の北條です。
グリーンコート西尾久の建替えに伴う残置物の一括撤去について、
三社での打合せを下記のとおりお願いしたく存じます。

 日時：10月2日（木）15:00〜16:00
 場所：日の出産業 西日暮里事務所 4F会議室
 議題：1) 撤去対象戸数と工程
       2) 家電リサイクル品・金属類の引取条件
       3) 搬出経路と近隣へのご挨拶

ご都合が悪い場合は、代替日をお知らせください。
""" + SIG_HOJO,
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To (a normal three-way meeting), no personal data",
)

# 018 — CSV of people who asked for a buy-back quote, to an antique dealer
add(
    id="ihinseiri-018",
    expect="stop",
    sender="鴨志田 剛 <kamoshida@hinode-sangyo.co.jp>",
    to=["蔵出し堂 仕入担当 <shiire@kuradashido.com>"],
    subject="着物・帯の出張買取 ご依頼分（9月）",
    charset="iso-2022-jp",
    body="""蔵出し堂 仕入担当 様

お世話になっております。日の出産業の鴨志田です。
遺品整理のお客様のうち、着物・帯の買取をご希望の方をCSVにまとめました。
各ご家庭へ訪問日の調整のお電話をお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_KAMO,
    attachments=[{
        "kind": "csv", "name": "着物買取希望_202509.csv", "encoding": "cp932",
        "rows": [
            ["受付番号", "氏名", "フリガナ", "電話", "住所", "主な品目", "点数"],
            ["K-0901", "百目鬼 敏江", "ドウメキ トシエ", "03-3917-5528", "東京都北区滝野川6-71-3", "訪問着・帯", "24"],
            ["K-0902", "薬師寺 陽子", "ヤクシジ ヨウコ", "090-1184-3307", "東京都豊島区西巣鴨2-30-14", "留袖", "6"],
            ["K-0903", "雨宮 君枝", "アマミヤ キミエ", "080-6625-0147", "埼玉県戸田市下前1-8-22", "大島紬", "11"],
            ["K-0904", "九十九 冨美", "ツクモ フミ", "048-441-9036", "埼玉県蕨市塚越3-15-6", "振袖・帯締め", "17"],
            ["K-0905", "刑部 佐和子", "オサカベ サワコ", "070-3312-8854", "東京都板橋区志村2-9-5 志村台ハイツ204", "喪服・帯", "8"],
            ["K-0906", "御手洗 ハル", "ミタライ ハル", "090-7450-2231", "東京都練馬区北町4-27-1", "結城紬", "5"],
        ],
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV (CP932) of six customers with names, phones and addresses to an external dealer",
)

# 019 — three siblings on three free-mail providers in To
add(
    id="ihinseiri-019",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["長谷部 貴子 様 <takako.hasebe@gmail.com>", "hasebe_shinji@yahoo.co.jp", "m.kudo.hasebe@icloud.com"],
    subject="形見分けのご確認日について",
    charset="iso-2022-jp",
    body="""長谷部 貴子 様
長谷部 慎二 様
工藤 真理 様

いつもお世話になっております。ひので整理サービスの佐伯です。
お父様のご自宅の遺品整理につきまして、本格的な搬出の前に
ご兄弟の皆様で形見分けの品をご確認いただく日を設けたいと存じます。

候補日：10月4日（土）、10月5日（日）、10月11日（土） いずれも10時〜

写真や手紙、アルバム類はすべて段ボールにまとめて保管しております。
ご都合のよい日を、皆様それぞれご返信いただけますと幸いです。
""" + SIG_SAEKI,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons (three parties) see each other's addresses in To: should have been Bcc",
)

# 020 — "取扱注意" as a fragile-goods instruction for antiques, not a confidentiality mark
add(
    id="ihinseiri-020",
    expect="pass",
    sender="鴨志田 剛 <kamoshida@hinode-sangyo.co.jp>",
    to=["青葉運輸 美術品輸送課 <bijutsu@aoba-unyu.co.jp>"],
    subject="美術品輸送のお願い（取扱注意品あり）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
美術品輸送課 ご担当者様

お世話になっております。日の出産業の鴨志田です。
遺品整理で査定に回す品の輸送をお願いします。
割れ物が多いため、下記★印は「取扱注意」の貼り紙をして梱包済みです。

  品名                      数量   梱包          備考
  ------------------------  -----  ------------  ----------------
  ★有田焼 染付大皿          3      木箱          取扱注意・天地無用
  ★九谷焼 花瓶              2      木箱          取扱注意
  掛軸（作者不明）          7      桐箱          湿気厳禁
  ★日本人形（ガラスケース）  1      段ボール+緩衝  取扱注意・横積み不可
  茶道具一式                1      段ボール      ―

集荷：9月20日（土）午前　日の出産業 西日暮里倉庫
届け先：松葉古美術（台東区東上野3-19-2、TEL 03-3831-6620）

よろしくお願いいたします。
""" + SIG_KAMO,
    entities=[],
    detectors=[],
    note="取扱注意 is a handling label for fragile goods, not a classification of the mail; the only address is a shop's",
)

# 021 — a living client's religion explained to a cooperating subcontractor
add(
    id="ihinseiri-021",
    expect="stop",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["きよらサービス 作業手配 <tehai@kiyora-service.jp>"],
    subject="10/8 大鷹様 生前整理 応援2名のお願い",
    charset="iso-2022-jp",
    body="""きよらサービス 作業手配ご担当 様

お世話になっております。日の出産業の宇佐美です。
10月8日（水）の生前整理に、応援スタッフを2名お願いしたくご連絡しました。

ご依頼主：大鷹 節子 様（東京都江戸川区北小岩3-24-10）
作業内容：2階3部屋の整理、不用品の搬出

【作業時のお願い】
大鷹様はカトリックの信徒で、毎週教会に通われています。
ロザリオ、聖書、聖画、十字架などの宗教用品はすべて残す品になりますので、
見つけても処分袋には入れず、リビングのテーブルにまとめてください。
また、ご本人のご希望により、仏壇・神棚の供養は手配不要です。

集合：8:45 現地（近隣のコインパーキングをご利用ください）
""" + SIG_USAMI,
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="religion of a named living client (要配慮) with her address, to an external subcontractor",
)

# 022 — reply to the scrivener; the heirs list is only under -----Original Message-----
add(
    id="ihinseiri-022",
    expect="pass",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["iwaki@yamabuki-shiho.jp"],
    subject="RE: 長谷部重蔵様 相続人一覧",
    charset="iso-2022-jp",
    body="""岩城先生

一覧をお送りいただきありがとうございます。確かに受領しました。
形見分けの確認日が決まりましたら、相続人の皆様には弊社からご連絡いたします。
引き続きよろしくお願いいたします。

佐伯

-----Original Message-----
From: 岩城 <iwaki@yamabuki-shiho.jp>
Sent: Thursday, September 25, 2025 4:12 PM
To: saeki.m@hinode-sangyo.co.jp
Subject: 長谷部重蔵様 相続人一覧

日の出産業 佐伯様

長谷部重蔵様の相続人は以下の5名です。遺品整理の立会い調整にお使いください。

長谷部 貴子   長女  東京都杉並区阿佐谷南2-14-7      090-2231-7786
長谷部 慎二   長男  埼玉県所沢市小手指町4-9-18      080-4419-2203
工藤 真理     次女  千葉県柏市豊四季台1-3-2-507     070-6658-0312
長谷部 哲也   孫    東京都中野区野方5-30-11         090-8820-4415
長谷部 美咲   孫    東京都中野区野方5-30-11         080-1146-9937

やまぶき司法書士事務所
司法書士 岩城 直人
""",
    entities=[],
    detectors=[],
    note="the five-person heirs list is only in the quoted original from the recipient himself; new text is a short thank-you",
)

# 023 — bank domain with an extra letter (ginkou)
add(
    id="ihinseiri-023",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["みどり銀行 赤羽支店 相続手続窓口 <souzoku-akabane@midori-ginkou.co.jp>"],
    subject="遺品整理で見つかった通帳の取扱いについて",
    charset="iso-2022-jp",
    body="""みどり銀行 赤羽支店
相続手続窓口 ご担当者様

いつもお世話になっております。日の出産業 ひので整理サービスの佐伯です。
故 笹目様のご遺族から遺品整理を承っており、作業中に貴行の通帳が2冊見つかりました。

ご遺族様より、
 ・口座凍結の手続きは遺族が窓口に出向く必要があるか
 ・残高証明書の取得に必要な書類は何か
を確認してほしいとのご依頼がありましたので、お手すきの際にご教示いただけますと幸いです。
通帳はご遺族様へお渡し済みです。
""" + SIG_SAEKI,
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp has a letter added to the partner bank's domain midori-ginko.co.jp",
)

# 024 — XLSX heirs list (title row, DOB, addresses) to the scrivener
add(
    id="ihinseiri-024",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["iwaki@yamabuki-shiho.jp"],
    subject="長谷部重蔵様 相続人・形見分け希望一覧（当社確認分）",
    charset="iso-2022-jp",
    body="""岩城先生

お世話になっております。佐伯です。
形見分けの確認日にご家族から伺った内容を反映し、
相続人一覧と形見分けの希望を1つのファイルにまとめました。
遺産分割協議書の作成にお役立てください。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "xlsx", "name": "長谷部様_相続人一覧_1003.xlsx",
        "sheets": {
            "相続人": [
                ["故 長谷部 重蔵 様 相続人一覧（日の出産業 作成 2025/10/03）"],
                [],
                ["氏名", "ふりがな", "続柄", "生年月日", "住所", "電話"],
                ["長谷部 貴子", "はせべ たかこ", "長女", "昭和41年7月9日", "東京都杉並区阿佐谷南2-14-7", "090-2231-7786"],
                ["長谷部 慎二", "はせべ しんじ", "長男", "昭和44年1月22日", "埼玉県所沢市小手指町4-9-18", "080-4419-2203"],
                ["工藤 真理", "くどう まり", "次女", "昭和47年11月30日", "千葉県柏市豊四季台1-3-2-507", "070-6658-0312"],
                ["長谷部 哲也", "はせべ てつや", "孫（代襲）", "平成8年4月3日", "東京都中野区野方5-30-11", "090-8820-4415"],
                ["長谷部 美咲", "はせべ みさき", "孫（代襲）", "平成11年12月18日", "東京都中野区野方5-30-11", "080-1146-9937"],
                ["長谷部 照子", "はせべ てるこ", "妻", "昭和18年3月5日", "埼玉県草加市氷川町1914-2", "048-922-3310"],
            ],
            "形見分け": [
                ["品目", "希望者", "備考"],
                ["腕時計（セイコー）", "長谷部 慎二", ""],
                ["着物一式", "工藤 真理", "桐箪笥ごと"],
                ["アルバム", "長谷部 照子", "全員で分ける"],
            ],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with a title row and six heirs' names, dates of birth, addresses and phones, to an external office",
)

# 025 — memorial service invitation to past clients, properly in Bcc
add(
    id="ihinseiri-025",
    expect="pass",
    sender="ひので整理サービス <ihin-info@hinode-sangyo.co.jp>",
    to=["ihin-info@hinode-sangyo.co.jp"],
    bcc=["kazumi.tsuruta0412@gmail.com", "hasebe_shinji@yahoo.co.jp", "akira.osone@outlook.jp",
         "y.miyasaka-1971@docomo.ne.jp", "kimie.amamiya@icloud.com", "sawako.osakabe@ezweb.ne.jp"],
    subject="【ご案内】秋の合同供養祭（11月8日）",
    charset="iso-2022-jp",
    body="""ご遺族の皆様

平素より「ひので整理サービス」をご利用いただき、誠にありがとうございます。
本年も、お預かりした人形・ぬいぐるみ・写真などの合同供養祭を執り行います。

  日時：2025年11月8日（土）10:30〜11:30
  会場：浄蓮寺 本堂（東京都荒川区西尾久1丁目 ※駐車場なし）
  費用：無料（ご参列は自由です）

ご参列いただける方は、11月1日までに本メールへご返信ください。
ご参列いただけない場合も、供養後に供養証明書をお送りいたします。

日の出産業株式会社 ひので整理サービス
TEL 03-5850-2271
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="announcement to past clients with all private addresses in Bcc; no personal data in the text",
)

# 026 — list of valuables found, including health-insurance card numbers, to the family
add(
    id="ihinseiri-026",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["y.miyasaka-1971@docomo.ne.jp"],
    subject="貴重品の仕分け結果（大曽根様邸）",
    charset="iso-2022-jp",
    body="""宮坂 由紀子 様

お世話になっております。日の出産業の丹羽です。
本日の作業で見つかった貴重品を一覧にしました。返却・廃棄のご判断をお願いします。

・現金　　　　　　　　　　　　　 84,260円（封筒3つに分かれていました）
・後期高齢者医療被保険者証　　　 被保険者番号 39138264（大曽根 善治 様）
・国民健康保険被保険者証　　　　 記号 北04 番号 1187320（大曽根 フミ 様）
・介護保険被保険者証　　　　　　 1枚
・印鑑　　　　　　　　　　　　　 実印・銀行印 各1
・腕時計　　　　　　　　　　　　 2本（1本は動作せず）

保険証は役所への返却が必要です。ご希望であれば返却用にまとめてお送りします。
""" + SIG_NIWA,
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME"],
    detectors=["personal_data", "freemail_recipient"],
    note="health-insurance card numbers of named persons to a private address: identity/insurance numbers always stop",
)

# 027 — four heirs in blocks to the partner law office (one under the list threshold)
add(
    id="ihinseiri-027",
    expect="pass",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["白川法律事務所 大場先生 <oba@shirakawa-law.jp>"],
    subject="井筒様 相続人の方々の連絡先（4名）",
    charset="iso-2022-jp",
    body="""大場先生

お世話になっております。日の出産業の佐伯です。
先日ご相談した井筒様の件、相続人4名の連絡先をお送りします。
皆様、先生からご連絡いただくことにご了承済みです。

【1】井筒 亮介（長男）
     住所：東京都板橋区大山東町30-7 大山コーポ3F
     電話：070-2286-1145
【2】井筒 奈緒美（長男の妻・連絡窓口）
     電話：070-2286-1190
【3】栗田 千春（長女）
     住所：静岡県沼津市大手町2-5-1-1102
     電話：055-962-3378
【4】井筒 康平（次男）
     住所：大阪府吹田市千里山西4-17-26
     電話：080-3356-7401

どうぞよろしくお願いいたします。
""" + SIG_SAEKI,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's records in blocks to a partner lawyer: under five, may be warned but not held",
)

# 028 — quote as a protected PDF to a bereaved client on gmail
add(
    id="ihinseiri-028",
    expect="stop",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["ryousuke.izutsu@gmail.com"],
    subject="お見積書送付のご案内（パスワード付きPDF）",
    charset="iso-2022-jp",
    body="""井筒 亮介 様

お世話になっております。日の出産業の北條でございます。
先日ご訪問した板橋区大山東町のお部屋について、お見積書をお送りします。
個人情報保護のため、PDFにパスワードを設定しております。
パスワードは、お電話でお伝えした4桁の数字です。

相続放棄のご判断が出るまで、作業日の確定はお待ちいたします。
""" + SIG_HOJO,
    attachments=[{
        "kind": "pdf", "name": "御見積書_井筒様.pdf", "password": "4417",
        "title": "御見積書",
        "lines": ["御見積書", "井筒 亮介 様", "遺品整理一式（2DK）  168,000円（税込）"],
    }],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF to an external recipient: cannot be inspected",
)

# 029 — HTML-only mail with a table of our own branches, to the printer
add(
    id="ihinseiri-029",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="パンフレット裏面「営業所一覧」の原稿",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif">
<p>錦印刷株式会社<br>制作部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の北條です。<br>
ひので整理サービスのパンフレット（改訂版）裏面に載せる営業所一覧の原稿です。<br>
前回から川口営業所が移転しておりますのでご注意ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>営業所</th><th>所在地</th><th>電話</th><th>受付時間</th></tr>
<tr><td>本社（西日暮里）</td><td>〒116-0013 東京都荒川区西日暮里2-41-7</td><td>03-5850-2271</td><td>9:00〜18:00</td></tr>
<tr><td>城北営業所</td><td>〒114-0023 東京都北区滝野川7-3-10</td><td>03-5907-1180</td><td>9:00〜18:00</td></tr>
<tr><td>川口営業所（移転）</td><td>〒332-0012 埼玉県川口市本町2-8-15 第3山田ビル1F</td><td>048-222-6041</td><td>9:00〜17:30</td></tr>
<tr><td>松戸営業所</td><td>〒271-0092 千葉県松戸市松戸1176-3</td><td>047-366-2259</td><td>9:00〜17:30</td></tr>
<tr><td>多摩営業所</td><td>〒183-0055 東京都府中市府中町1-9-2</td><td>042-336-7714</td><td>10:00〜18:00</td></tr>
</table>
<p>フリーダイヤル 0120-41-3310 も引き続き掲載をお願いします。</p>
<p>日の出産業株式会社 ライフサポート事業部 北條 誠<br>TEL 03-5850-2275</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="HTML table of the company's own offices: business addresses and numbers, no people",
)

# 030 — DOCX table of care-home residents moving out, with family phone numbers, to the haulier
add(
    id="ihinseiri-030",
    expect="stop",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["青葉運輸 引越事業部 <hikkoshi@aoba-unyu.co.jp>"],
    subject="ひだまり苑様 10月退去分の搬出（5居室）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 引越事業部 御中

お世話になっております。日の出産業の北條です。
有料老人ホーム ひだまり苑様からご依頼いただいた10月の居室退去分です。
搬出日ごとにご家族の立会いがありますので、前日にご家族へ確認のお電話をお願いします。
詳細は添付の一覧をご確認ください。
""" + SIG_HOJO,
    attachments=[{
        "kind": "docx", "name": "ひだまり苑_10月退去一覧.docx",
        "paragraphs": ["有料老人ホーム ひだまり苑 10月 居室退去・搬出予定", "作成：日の出産業 ライフサポート事業部"],
        "tables": [[
            ["居室", "入居者", "退去（搬出）日", "立会いご家族", "ご家族連絡先", "搬出先"],
            ["201", "四月一日 ミツ", "10/6", "四月一日 浩（長男）", "090-3345-1127", "長男宅（柏市）"],
            ["204", "東海林 ヨシ", "10/9", "佐野 紀子（長女）", "080-2671-9450", "処分"],
            ["208", "鬼頭 正三", "10/14", "鬼頭 麻衣（孫）", "070-4023-5516", "トランクルーム"],
            ["305", "蓮見 ハツ", "10/20", "蓮見 秀樹（次男）", "03-3605-2219", "次男宅（葛飾区）"],
            ["311", "雨宮 タケ", "10/27", "雨宮 君枝（長女）", "080-6625-0147", "処分・一部買取"],
        ]],
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of five residents with their families' names and phones, to an external haulier",
)

# 031 — a named client was a fraud victim: told to the real-estate agent
add(
    id="ihinseiri-031",
    expect="stop",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["東雲ハウジング 売買仲介 <baibai@shinonome-housing.jp>"],
    subject="熊谷様（中葛西）ご自宅売却のご相談について",
    charset="iso-2022-jp",
    body="""東雲ハウジング株式会社
売買仲介ご担当 様

お世話になっております。日の出産業の宇佐美です。
生前整理をお手伝いしている熊谷 キヨ様が、施設入居後にご自宅の売却を
検討されており、貴社をご紹介させていただきました。

一点お願いがございます。
熊谷様は昨年、還付金詐欺の被害に遭われ、警察にも届け出をされています。
その経験から、知らない会社からのお電話には出られないことが多く、
ご連絡はまず長女の方を通していただけますようお願いいたします。
初回のご訪問には私も同席いたします。
""" + SIG_USAMI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named living person having been a crime victim (要配慮) disclosed to an external agent",
)

# 032 — NDA talk with the partner law office, draft NDA attached without any marking
add(
    id="ihinseiri-032",
    expect="pass",
    sender="榊原 健吾 <sakakibara@hinode-sangyo.co.jp>",
    to=["白川法律事務所 大場先生 <oba@shirakawa-law.jp>"],
    subject="相続相談のご紹介スキームに関する秘密保持契約書（案）",
    charset="iso-2022-jp",
    body="""白川法律事務所
大場 先生

いつも大変お世話になっております。日の出産業の榊原でございます。
相続手続きのご相談を先生の事務所へご紹介する件につき、
先立って秘密保持契約を締結させていただきたく、弊社ひな形をお送りします。

特に第3条（秘密情報の範囲）と第7条（有効期間）について、
法律事務所様の守秘義務との関係でご修正があればご指摘ください。

日の出産業株式会社 ライフサポート事業部 課長 榊原 健吾
TEL 03-5850-2270
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_白川法律事務所様.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と白川法律事務所（以下「乙」という。）は、"
            "相続相談の紹介に関し、以下のとおり秘密保持契約を締結する。",
            "第1条（目的） 本契約は、甲乙間で開示される秘密情報の取扱いを定める。",
            "第3条（秘密情報の範囲） 秘密情報とは、開示の際に秘密である旨を明示された情報をいう。",
            "第7条（有効期間） 本契約の有効期間は締結日から3年間とする。",
        ],
    }],
    entities=[],
    detectors=[],
    note="mail about an NDA with a draft NDA attached; the word 秘密 is content, not a marking on the document",
)

# 033 — buy-back price criteria marked 社外秘 in subject and body, to an outside buyer
add(
    id="ihinseiri-033",
    expect="stop",
    sender="鴨志田 剛 <kamoshida@hinode-sangyo.co.jp>",
    to=["リユースひかり 仕入部 <shiire@reuse-hikari.co.jp>"],
    subject="【社外秘】買取査定基準表（2025年下期）",
    charset="iso-2022-jp",
    body="""リユースひかり株式会社
仕入部 ご担当者様

取扱区分：社外秘

お世話になっております。日の出産業の鴨志田です。
下期の共同買取にあたり、弊社の査定基準を共有いたします。
他社様への転送はお控えください。

  品目              弊社買取基準              貴社引取価格（案）
  ----------------  ------------------------  ------------------
  冷蔵庫（5年以内）  定価の8〜12％              定価の15％
  洗濯機（5年以内）  定価の6〜10％              定価の12％
  ブランド食器      1客 300〜1,500円           1客 800円〜
  桐箪笥            一棹 3,000〜20,000円       一棹 8,000円〜
  楽器（ピアノ除く） 個別査定                  個別査定

""" + SIG_KAMO,
    entities=[],
    detectors=["confidential_marking"],
    note="subject and body carry the classification 社外秘 and the mail goes to an outside company",
)

# 034 — a document-shredding service offer: 機密文書 is the product, not a marking
add(
    id="ihinseiri-034",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["かえでの郷 事務長 <jimu@kaede-no-sato.or.jp>"],
    subject="機密文書の溶解処理サービスのご案内",
    charset="iso-2022-jp",
    body="""特別養護老人ホーム かえでの郷
事務長 高梨様

お世話になっております。日の出産業の北條です。
先日お話のあった、保存期間を過ぎた書類の処分についてご案内します。

弊社では提携工場での「機密文書溶解処理」を承っております。
  ・段ボール1箱（約10kg）あたり 1,650円（税込）
  ・鍵付き回収ボックスの無料貸出あり
  ・処理後に「溶解処理証明書」を発行
  ・未開封のまま溶解するため、箱の中身を弊社スタッフが見ることはありません

ご入居者様の記録など個人情報を含む書類も安心してお任せください。
回収日のご希望をお知らせいただければ手配いたします。
""" + SIG_HOJO,
    entities=[],
    detectors=[],
    note="offer for confidential-document shredding: 機密 is the service's name, not a classification of this mail",
)

# 035 — PDF address list of past clients to the printer for a direct-mail campaign
add(
    id="ihinseiri-035",
    expect="stop",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["錦印刷 DM発送課 <dm@nishiki-insatsu.co.jp>"],
    subject="合同供養祭DM 宛名データ（第1弾）",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
DM発送課 御中

お世話になっております。日の出産業の北條です。
合同供養祭のご案内はがきの宛名データをPDFでお送りします。
CSVは社内の手続き中のため、先にPDFで宛名の確認だけお願いできますでしょうか。
""" + SIG_HOJO,
    attachments=[{
        "kind": "pdf", "name": "宛名リスト_供養祭DM.pdf", "title": "宛名リスト",
        "lines": ["合同供養祭DM 宛名リスト（第1弾・8件）", ""],
        "table": [
            ["郵便番号", "住所", "氏名"],
            ["116-0012", "東京都荒川区東尾久7-3-15 メゾン尾久102", "鶴田 和美"],
            ["114-0012", "東京都北区田端新町1-22-4", "大曽根 章"],
            ["166-0004", "東京都杉並区阿佐谷南2-14-7", "長谷部 貴子"],
            ["359-1141", "埼玉県所沢市小手指町4-9-18", "長谷部 慎二"],
            ["252-0303", "神奈川県相模原市南区相模大野6-3-17-501", "宮坂 由紀子"],
            ["335-0016", "埼玉県戸田市下前1-8-22", "雨宮 君枝"],
            ["174-0056", "東京都板橋区志村2-9-5-204", "刑部 佐和子"],
            ["179-0081", "東京都練馬区北町4-27-1", "御手洗 ハル"],
        ],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of eight clients' names and home addresses to an external printer",
)

# 036 — scrivener, tax accountant and estate agent all in To/Cc
add(
    id="ihinseiri-036",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["iwaki@yamabuki-shiho.jp", "久我税理士事務所 <info@kuga-tax.jp>"],
    cc=["柊エステート 売買部 <baibai@hiiragi-estate.co.jp>"],
    subject="長谷部様 ご実家の売却に向けた打合せ",
    charset="iso-2022-jp",
    body="""岩城先生、久我先生、柊エステート ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
長谷部様のご実家（草加市）について、遺品整理の完了後に売却の方向となりました。
相続登記・譲渡所得の申告・売却スケジュールをすり合わせるため、
一度オンラインで打合せの場を設けたく存じます。

候補：10月21日（火）16時／10月23日（木）10時／10月24日（金）14時

ご都合のよい日時をご返信ください。Zoomの招待は追ってお送りします。
""" + SIG_SAEKI,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations see each other in To/Cc",
)

# 037 — internal (subdomain) mail to accounting with a lecturer's My Number for the payment record
_mn037 = my_number()
add(
    id="ihinseiri-037",
    expect="pass",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["経理課 <keiri@hq.hinode-sangyo.co.jp>"],
    cc=["nonomura.s@hinode-sangyo.co.jp"],
    subject="相続セミナー講師謝礼 支払調書用の情報",
    charset="iso-2022-jp",
    body=f"""経理課 ご担当者様

お疲れさまです。宇佐美です。
9月27日の「生前整理と相続」セミナーの外部講師謝礼について、
支払調書作成に必要な情報をお送りします。
（本人確認書類の写しは、社内便で別途お送りします）

  氏名　　：芦名 恭子（行政書士・個人事業）
  住所　　：東京都文京区千石4-11-8
  個人番号：{_mn037}
  謝礼額　：55,000円（源泉徴収前）

よろしくお願いいたします。
""" + SIG_USAMI,
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="a My Number, but sent only to an internal subdomain and an internal colleague",
)

# 038 — residence card of a deceased foreign tenant, reported to the property manager
add(
    id="ihinseiri-038",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["みなと不動産管理 賃貸管理部 <chintai@minato-kanri.co.jp>"],
    subject="サンライズ町屋202号室 残置物の中の在留カードについて",
    charset="iso-2022-jp",
    body="""みなと不動産管理株式会社
賃貸管理部 ご担当者様

お世話になっております。日の出産業の丹羽です。
サンライズ町屋202号室（故 グエン・ヴァン・ミン様）の残置物撤去中に、
在留カードが見つかりましたのでご報告します。

  氏名　　　　：NGUYEN VAN MINH
  在留カード番号：UH48213075KA
  在留期間満了日：2026年3月14日

在留カードは出入国在留管理局への返納が必要と聞いております。
貴社からご親族（ベトナム在住の兄）へご連絡いただけるとのことでしたので、
原本はいったん弊社事務所の金庫で保管しております。
""" + SIG_NIWA,
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a residence-card number with the holder's name to an external property manager",
)

# 039 — six jobs listed by ward and floor plan only: nobody identifiable
add(
    id="ihinseiri-039",
    expect="pass",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["荒川リサイクルセンター 配車 <haisha@arakawa-recycle.co.jp>"],
    subject="10月前半の搬入見込み",
    charset="iso-2022-jp",
    body="""荒川リサイクルセンター 配車ご担当 様

お世話になっております。日の出産業の丹羽です。
10月前半の搬入見込みです（確定ではありません）。受入枠の確保をお願いします。

  日付    エリア      間取り   見込量     主な品目
  10/1    荒川区      2DK      2t×1      家具・布団
  10/2    北区        1K       軽トラ    家電4品目
  10/3    足立区      戸建     4t×2      混載
  10/6    葛飾区      3LDK     4t×1      家具・金属
  10/8    江戸川区    戸建     4t×1      混載
  10/9    板橋区      2DK      2t×1      可燃・不燃

前日17時までに確定台数をご連絡します。
""" + SIG_NIWA,
    entities=[],
    detectors=[],
    note="six rows of ward, floor plan and volume: no names, addresses, phones or any attribute of a person",
)

# 040 — meant for a colleague, sent to the look-alike hinode-sangyou.co.jp
add(
    id="ihinseiri-040",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["丹羽 拓海 <niwa.t@hinode-sangyou.co.jp>"],
    subject="鶴田様 立会い時間の変更",
    charset="iso-2022-jp",
    body="""丹羽さん

お疲れさまです。佐伯です。
9/6の鶴田様の見積訪問、ご本人から11時に変更してほしいと連絡がありました。
当日何かあれば鶴田様の携帯 090-7714-2053 に直接お願いします。

佐伯
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyou.co.jp is a look-alike (letter added) of the internal domain; the mail leaves the company",
)

# 041 — customer master for the system migration, in an ordinary (readable) ZIP
add(
    id="ihinseiri-041",
    expect="stop",
    sender="真壁 亮 <makabe@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
    subject="案件管理システム移行：顧客マスタのサンプルデータ",
    charset="utf-8",
    body="""ツバサシステム株式会社
導入支援チーム 各位

お世話になっております。日の出産業 情報システム課の真壁です。
ひので整理サービスの案件管理を新システムへ移行するにあたり、
現行システムから出力した顧客マスタの一部をお送りします。
文字コードと和暦の変換の確認にお使いください。

※圧縮のみでパスワードはかけていません。

日の出産業株式会社 管理本部 情報システム課
真壁 亮（まかべ りょう） 内線 231
""",
    attachments=[{
        "kind": "zip", "name": "顧客マスタ_移行サンプル.zip",
        "files": [{
            "kind": "csv", "name": "customer_master_sample.csv", "encoding": "utf-8",
            "rows": [
                ["顧客ID", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話", "メール"],
                ["C250101", "鶴田 和美", "ツルタ カズミ", "S46.04.12", "116-0012", "東京都荒川区東尾久7-3-15-102", "090-7714-2053", "kazumi.tsuruta0412@gmail.com"],
                ["C250102", "大曽根 章", "オオソネ アキラ", "S40.10.02", "114-0012", "東京都北区田端新町1-22-4", "080-5531-0974", "akira.osone@outlook.jp"],
                ["C250103", "栗栖 房江", "クリス フサエ", "S14.06.19", "123-0843", "東京都足立区西新井栄町2-8-11", "03-3886-2295", ""],
                ["C250104", "井筒 亮介", "イヅツ リョウスケ", "S52.12.08", "173-0014", "東京都板橋区大山東町30-7", "070-2286-1145", "ryousuke.izutsu@gmail.com"],
                ["C250105", "長谷部 貴子", "ハセベ タカコ", "S41.07.09", "166-0004", "東京都杉並区阿佐谷南2-14-7", "090-2231-7786", "takako.hasebe@gmail.com"],
                ["C250106", "熊谷 キヨ", "クマガイ キヨ", "S11.02.25", "134-0083", "東京都江戸川区中葛西4-15-9", "03-3689-7702", ""],
                ["C250107", "依田 静香", "ヨダ シズカ", "S55.09.30", "120-0005", "東京都足立区綾瀬3-7-21", "080-9037-6612", "shizuka.yoda@icloud.com"],
                ["C250108", "大鷹 節子", "オオタカ セツコ", "S17.01.14", "133-0051", "東京都江戸川区北小岩3-24-10", "03-3657-0418", ""],
            ],
        }],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="real customer records (eight) in a CSV inside a plain ZIP, sent to the external system vendor",
)

# 042 — three attendees' names and phones for the hotel's reception (under the threshold)
add(
    id="ihinseiri-042",
    expect="pass",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="10/25 相続・生前整理 個別相談会（桜の間）ご来場者",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の宇佐美です。
10月25日（土）桜の間での個別相談会、事前予約の方は以下の3名です。
フロントでお名前を伺ったら、2階の桜の間へご案内ください。
遅れる場合はホテル様にお電話が入るかもしれませんので、念のため連絡先も記載します。

  13:00  雨宮 君枝 様   080-6625-0147
  14:00  蓮見 秀樹 様   03-3605-2219
  15:00  依田 静香 様   080-9037-6612

当日の受付は弊社スタッフ2名が12:30から待機します。
""" + SIG_USAMI,
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three visitors' names and phones to the partner hotel: a short attendee list, may be warned",
)

# 043 — an heir's imprisonment mentioned to the scrivener
add(
    id="ihinseiri-043",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["iwaki@yamabuki-shiho.jp"],
    subject="室伏様の件 ご遺族の状況について（ご相談）",
    charset="iso-2022-jp",
    body="""岩城先生

お世話になっております。佐伯です。
町屋の室伏様の件で、甥御様からお話を伺いましたのでご相談させてください。

故 室伏 浩一様のご長男の室伏 剛志様は、現在、窃盗罪で服役中（府中刑務所）とのことです。
甥御様としては、剛志様の同意なしに遺品を処分してよいのか心配されています。
遺産分割や相続放棄の手続きを刑務所内からどのように進めるのか、
先生から甥御様へご説明いただくことは可能でしょうか。

遺品整理は、貴重品と書類の保管のみ先行し、処分は保留にしております。
""" + SIG_SAEKI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named living heir's criminal record / imprisonment (要配慮) in running text to an external office",
)

# 044 — invoice PDF with the company's T-number and its own bank account
_t044 = "T" + houjin("011501047732")
add(
    id="ihinseiri-044",
    expect="pass",
    sender="野々村 早苗 <nonomura.s@hinode-sangyo.co.jp>",
    to=["柊エステート 経理部 <keiri@hiiragi-estate.co.jp>"],
    subject="請求書送付のご案内（HR-2025-0417 残置物撤去）",
    charset="iso-2022-jp",
    body=f"""柊エステート株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理課の野々村です。
9月24日実施の残置物撤去作業の請求書をお送りいたします。
お支払期日は10月31日です。ご査収のほどよろしくお願いいたします。

  請求書番号：INV-HS-250930-018
  登録番号　：{_t044}
  ご請求金額：462,000円（税込）
""" + SIG_NONO,
    attachments=[{
        "kind": "pdf", "name": "請求書_INV-HS-250930-018.pdf", "title": "請求書",
        "lines": [
            "請求書",
            "柊エステート株式会社 御中",
            "請求書番号 INV-HS-250930-018    発行日 2025年9月30日",
            f"日の出産業株式会社  登録番号 {_t044}",
            "〒116-0013 東京都荒川区西日暮里2-41-7  TEL 03-5850-2200",
            "",
        ],
        "table": [
            ["品目", "数量", "単価", "金額"],
            ["残置物撤去作業（HR-2025-0417）", "1式", "380,000", "380,000"],
            ["家電リサイクル料金", "4台", "5,000", "20,000"],
            ["小計", "", "", "420,000"],
            ["消費税（10%）", "", "", "42,000"],
            ["合計", "", "", "462,000"],
            ["振込先：みどり銀行 本店営業部 普通 2071836 ヒノデサンギョウ（カ", "", "", ""],
        ],
    }],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="an invoice with the company's registration number and its own bank account: business data, not people's",
)

# 045 — corrupt XLSX to the waste contractor
add(
    id="ihinseiri-045",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["多摩エコクリーン 業務課 <gyomu@tama-ecoclean.co.jp>"],
    subject="9月分 マニフェスト集計",
    charset="iso-2022-jp",
    body="""多摩エコクリーン株式会社
業務課 ご担当者様

お世話になっております。日の出産業の丹羽です。
9月分のマニフェスト集計表を添付します。
請求書との突合をお願いいたします。
""" + SIG_NIWA,
    attachments=[{"kind": "corrupt", "name": "マニフェスト集計_202509.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 046 — English mail to an heir living abroad, on gmail
add(
    id="ihinseiri-046",
    expect="pass",
    sender="Chihiro Usami <usami.c@hinode-sangyo.co.jp>",
    to=["Ken Hasebe <ken.hasebe.sf@gmail.com>"],
    subject="Clearing of your late grandfather's house - schedule",
    charset="utf-8",
    body="""Dear Mr. Hasebe,

Thank you for your e-mail, and please accept our sincere condolences.

As agreed with your aunt, Ms. Takako Hasebe, we will start clearing the house in
Soka on 14 October. The work will take three days. Before we start, we will set aside
photographs, letters and anything that looks like a keepsake, so that the family can
decide what to keep.

If there is anything in particular you would like us to look for (you mentioned a
wristwatch and some records), please let me know by 10 October. We can ship items
to San Francisco by air; the cost is usually between 15,000 and 30,000 yen per box.

Kind regards,
""" + SIG_EN,
    entities=[],
    detectors=["freemail_recipient"],
    note="English schedule mail to one private recipient abroad; no personal data beyond names",
)

# 047 — a landlord's list of vacated tenants, forwarded to the waste contractor
add(
    id="ihinseiri-047",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["多摩エコクリーン 収集課 <shushu@tama-ecoclean.co.jp>"],
    subject="FW: 【グリーンコート西尾久】残置物のある住戸",
    charset="iso-2022-jp",
    body="""多摩エコクリーン 収集課 様

お世話になっております。丹羽です。
大家様から届いた一覧を転送します。各戸の元入居者（または保証人）の方に
搬出日の最終確認をしてから回収をお願いします。

---------- Forwarded message ----------
From: 柊エステート 管理部 <kanri@hiiragi-estate.co.jp>
Date: 2025年9月29日(月) 10:02
Subject: 【グリーンコート西尾久】残置物のある住戸
To: niwa.t@hinode-sangyo.co.jp

日の出産業 丹羽様

建替えに伴い退去済みで、残置物の放棄確認が取れている住戸です。

部屋   元入居者        退去日      連絡先（本人または保証人）
101    小田桐 光男     2025/7/31   090-2215-6604
104    瀬戸口 和代     2025/8/15   080-7736-1192（長男 瀬戸口 隼）
202    ファム・ティ・ラン 2025/8/31  070-8811-2047
203    宍戸 茂         2025/8/31   03-3819-5562
301    磯貝 千鶴子     2025/9/15   090-5537-4128（姪 大沢 様）

よろしくお願いします。
柊エステート 管理部 森
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forwarded list of five former tenants with phones: a forward is new text to its new recipient",
)

# 048 — the antique purchase ledger with sellers' driver's licence numbers, as a PDF
add(
    id="ihinseiri-048",
    expect="stop",
    sender="鴨志田 剛 <kamoshida@hinode-sangyo.co.jp>",
    to=["松葉古美術 松葉様 <info@matsuba-kobijutsu.jp>"],
    subject="共同買取分の古物台帳（写し）",
    charset="iso-2022-jp",
    body="""松葉古美術
松葉 様

お世話になっております。日の出産業の鴨志田です。
9月に共同で買い取った掛軸・茶道具について、弊社側で記帳した古物台帳の写しを
PDFでお送りします。貴店の台帳との照合にお使いください。
""" + SIG_KAMO,
    attachments=[{
        "kind": "pdf", "name": "古物台帳_写し_202509.pdf", "title": "古物台帳（写し）",
        "page_header": "日の出産業株式会社 古物台帳",
        "lines": ["古物台帳（写し） 2025年9月 共同買取分", "本人確認方法：運転免許証", ""],
        "table": [
            ["取引日", "品目", "金額", "売主氏名", "生年月日", "住所", "運転免許証番号"],
            ["9/6", "掛軸 3幅", "45,000", "大曽根 章", "1965/10/02", "東京都北区田端新町1-22-4", "301204815527"],
            ["9/13", "茶道具一式", "82,000", "長谷部 慎二", "1969/01/22", "埼玉県所沢市小手指町4-9-18", "451900336214"],
            ["9/27", "古伊万里 皿5枚", "30,000", "宮坂 由紀子", "1971/05/16", "神奈川県相模原市南区相模大野6-3-17", "491506728830"],
        ],
    }],
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="driver's licence numbers of three sellers (with names, birth dates, addresses) in a PDF to an external dealer",
)

# 049 — system requirements naming the columns only, no data
add(
    id="ihinseiri-049",
    expect="pass",
    sender="真壁 亮 <makabe@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
    subject="Re: 顧客マスタ項目定義のご確認",
    charset="iso-2022-jp",
    body="""ツバサシステム 導入支援チーム 御中

お世話になっております。日の出産業の真壁です。
顧客マスタの項目定義、以下で確定とさせてください。

  No  項目名            型          必須  備考
  --  ----------------  ----------  ----  ------------------------------------
  1   顧客ID            文字(8)     ○    C+年2桁+連番
  2   氏名              文字(40)    ○
  3   氏名カナ          文字(60)    ○    全角カナ
  4   生年月日          日付              和暦入力可、内部は西暦
  5   郵便番号          文字(8)
  6   住所              文字(200)   ○
  7   電話番号          文字(15)    ○    携帯・固定の区別なし
  8   メールアドレス    文字(254)
  9   続柄（故人との）  区分              長男／長女／配偶者／その他
  10  マイナンバー      ―                保持しない（項目自体を作らない）

要配慮個人情報（病歴など）を自由記述欄に書かないよう、入力画面に注意書きを出してください。
""" + """
日の出産業株式会社 情報システム課 真壁
""",
    entities=[],
    detectors=[],
    note="a field definition that only names the columns (氏名, 生年月日, マイナンバー…); it holds no one's data",
)

# 050 — a named client's disability (身体障害者手帳) explained to a real-estate agent
add(
    id="ihinseiri-050",
    expect="stop",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["東雲ハウジング 賃貸仲介 <chintai@shinonome-housing.jp>"],
    subject="鬼頭様 住み替え先のお部屋探しについて",
    charset="iso-2022-jp",
    body="""東雲ハウジング株式会社
賃貸仲介ご担当 様

お世話になっております。日の出産業の宇佐美です。
生前整理をお手伝いしている鬼頭 正三様（78歳）の住み替え先探しをお願いしたく存じます。

鬼頭様は脳梗塞の後遺症で身体障害者手帳2級（下肢機能障害）をお持ちで、
屋内でも車椅子を使われています。
  ・1階またはエレベーター付き
  ・玄関・浴室に段差がないこと
  ・家賃 8万円以内、葛飾区・江戸川区
の条件でご紹介いただけますでしょうか。内見には私とご家族が同行します。
""" + SIG_USAMI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named living client's medical history and disability grade (要配慮) to an external agent",
)

# 051 — family tree with names and relationships only, to the estate agent
add(
    id="ihinseiri-051",
    expect="either",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["柊エステート 売買部 <baibai@hiiragi-estate.co.jp>"],
    subject="長谷部様ご実家 売却同意が必要な方々",
    charset="iso-2022-jp",
    body="""柊エステート 売買部 ご担当者様

お世話になっております。日の出産業の佐伯です。
草加市の長谷部様ご実家について、売却にあたり同意が必要な相続人の方々を
司法書士の先生に確認しましたので共有します（連絡先は先生経由となります）。

  被相続人　長谷部 重蔵（令和7年6月 死亡）
  ├ 妻　　　長谷部 照子（存命・持分1/2）
  ├ 長女　　長谷部 貴子（存命）
  ├ 長男　　長谷部 慎二（存命）
  ├ 次女　　工藤 真理（存命）
  └ 次男　　長谷部 誠一（平成30年 死亡）
  　　├ 孫　長谷部 哲也（代襲相続）
  　　└ 孫　長谷部 美咲（代襲相続）

売却スケジュールは、相続登記の完了見込み（11月末）から逆算してご相談させてください。
""" + SIG_SAEKI,
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="seven relatives with relationship, shares and dates of death but no contact data: a list of people or just a family tree — honestly either",
)

# 052 — one resident's move-out, with one family contact, to the care home
add(
    id="ihinseiri-052",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["かえでの郷 生活相談員 <soudan@kaede-no-sato.or.jp>"],
    subject="303号室 小鳥遊様 居室整理の日程",
    charset="iso-2022-jp",
    body="""かえでの郷 生活相談員 若林様

お世話になっております。日の出産業の北條です。
303号室 小鳥遊 トメ様の居室整理につき、ご家族と日程が決まりました。

  作業日　：10月15日（水）13:00〜15:00
  立会い　：ご長女 宇野 早百合様（携帯 090-4408-6637）
  搬出物　：タンス1、テレビ1、衣類段ボール約6箱（衣類は一部施設へご寄付）

作業中はエレベーターを1基お借りします。ご配慮のほどよろしくお願いいたします。
""" + SIG_HOJO,
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one resident and one family contact's phone to the care home: one or two people, may be warned",
)

# 053 — HTML-only: five downsizing clients with mobile numbers and e-mail, to a subcontractor
add(
    id="ihinseiri-053",
    expect="stop",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["きよらサービス 作業手配 <tehai@kiyora-service.jp>"],
    subject="11月 生前整理 応援依頼分",
    charset="utf-8",
    html="""<html><body>
<p>きよらサービス 作業手配ご担当 様</p>
<p>いつもお世話になっております。日の出産業の宇佐美です。<br>
11月の生前整理で応援をお願いしたい案件です。事前の日程確認は、恐れ入りますが
貴社から直接お客様へご連絡ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>お客様</th><th>希望日</th><th>携帯</th><th>メール</th><th>作業内容</th></tr></thead>
<tbody>
<tr><td>蓮見 ハツ 様</td><td>11/4</td><td>090-1326-5581</td><td>hasumi.hatsu@ezweb.ne.jp</td><td>押入れ・納戸</td></tr>
<tr><td>東海林 ヨシ 様</td><td>11/6</td><td>080-4472-0913</td><td>yoshi.shoji39@docomo.ne.jp</td><td>台所・食器</td></tr>
<tr><td>四月一日 浩 様</td><td>11/11</td><td>090-3345-1127</td><td>h.watanuki@outlook.jp</td><td>実家2階</td></tr>
<tr><td>芦田 喜久子 様</td><td>11/13</td><td>070-2219-8846</td><td>kikuko-ashida@yahoo.co.jp</td><td>書籍・衣類</td></tr>
<tr><td>薬師寺 陽子 様</td><td>11/18</td><td>090-1184-3307</td><td>yakushiji.y@gmail.com</td><td>和室・仏間</td></tr>
</tbody></table>
<p>日の出産業株式会社 ひので整理サービス 宇佐美 千尋<br>TEL 03-5850-2271</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail whose table holds five clients' names, mobiles and e-mail addresses, to an external subcontractor",
)

# 054 — two siblings on gmail plus the property manager in To
add(
    id="ihinseiri-054",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["yuta.murofushi@gmail.com", "murofushi.k.1985@gmail.com", "みなと不動産管理 <chintai@minato-kanri.co.jp>"],
    subject="第二町屋荘105号室 鍵の返却と作業完了のご報告",
    charset="iso-2022-jp",
    body="""室伏 雄太 様
室伏 和也 様
みなと不動産管理 ご担当者様

お世話になっております。日の出産業の丹羽です。
第二町屋荘105号室の遺品整理・特殊清掃がすべて完了しましたのでご報告します。

 ・残置物：すべて搬出済み（貴重品は雄太様へ郵送済み）
 ・清掃：オゾン脱臭3日間、臭気測定で基準値以下を確認
 ・鍵：本日、管理会社様へ2本とも返却しました

完了報告書（写真付き）は、別途郵送いたします。
""" + SIG_NIWA,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two private persons and a company in To: three external parties see each other",
)

# 055 — tracking numbers for keepsakes shipped to relatives: no personal data
add(
    id="ihinseiri-055",
    expect="pass",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["hasebe_shinji@yahoo.co.jp"],
    subject="形見分けの品 発送完了のお知らせ",
    charset="iso-2022-jp",
    body="""長谷部 慎二 様

お世話になっております。日の出産業の丹羽です。
ご指示いただいた形見分けの品を、本日青葉運輸で発送しました。
お問い合わせ番号は以下のとおりです。

  慎二様宛て（腕時計・カメラ）        お問合せ番号 4127-3390-2268
  工藤 真理様宛て（着物・桐箪笥）      お問合せ番号 4127-3390-2275 ほか1口
  照子様宛て（アルバム3冊）            お問合せ番号 4127-3390-2282

配達予定は10月18日（土）午前です。
""" + SIG_NIWA,
    entities=[],
    detectors=["freemail_recipient"],
    note="tracking numbers and relatives' names only (no addresses or phones): no personal data to hold",
)

# 056 — English proposal PDF stamped Confidential in its footer, to an overseas estate-sale firm
add(
    id="ihinseiri-056",
    expect="stop",
    sender="Chihiro Usami <usami.c@hinode-sangyo.co.jp>",
    to=["Laura Bennett <laura@heritage-estates.com>"],
    subject="Partnership proposal - Japanese antiques from estate clearances",
    charset="utf-8",
    body="""Dear Laura,

It was a pleasure meeting you at the Tokyo Antique Fair.
As promised, please find attached our proposal for supplying Japanese ceramics,
scrolls and tea utensils from our estate clearances to your online auctions.

I look forward to your thoughts.

Best regards,
""" + SIG_EN,
    attachments=[{
        "kind": "pdf", "name": "Hinode_partnership_proposal.pdf",
        "title": "Partnership proposal",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo internal use only",
        "lines": [
            "Partnership proposal: Heritage Estates x Hinode Sangyo",
            "1. Volume: about 40 lots per month (ceramics, scrolls, tea utensils)",
            "2. Pricing: consignment, 35% commission to Heritage Estates",
            "3. Our purchase cost basis: 18-25% of expected hammer price",
            "4. Logistics: consolidated sea freight every two months",
        ],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF carries a CONFIDENTIAL / internal-use-only footer on every page and goes abroad",
)

# 057 — internal: a 社外秘 document sent to colleagues only
add(
    id="ihinseiri-057",
    expect="pass",
    sender="榊原 健吾 <sakakibara@hinode-sangyo.co.jp>",
    to=["ihin-team@hinode-sangyo.co.jp"],
    cc=["life-support-mgr@hinode-sangyo.co.jp"],
    subject="【社外秘】下期 単価見直し案（チーム内確認）",
    charset="iso-2022-jp",
    body="""チーム各位

お疲れさまです。榊原です。
下期の単価見直し案です。社外秘ですので、協力会社や提携先には出さないでください。
金曜の定例で意見をください。
""",
    attachments=[{
        "kind": "xlsx", "name": "単価見直し案_下期.xlsx", "page_header": "社外秘",
        "sheets": {"単価": [
            ["【社外秘】ひので整理サービス 単価見直し案"],
            ["プラン", "現行", "改定案", "備考"],
            ["A 1R・1K", 49800, 54800, "人件費上昇分"],
            ["B 1DK・1LDK", 89000, 96000, ""],
            ["特殊清掃 基本", 60000, 70000, "薬剤単価上昇"],
        ]},
    }],
    entities=[],
    detectors=[],
    note="a 社外秘 document, but every recipient is internal",
)

# 058 — basic pension number of the deceased to the labour-and-social-security attorney
add(
    id="ihinseiri-058",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["みのり社会保険労務士事務所 <info@sr-minori.jp>"],
    subject="未支給年金請求のご依頼（大曽根様）",
    charset="iso-2022-jp",
    body="""みのり社会保険労務士事務所
高村先生

お世話になっております。日の出産業の佐伯です。
遺品整理のお客様から、未支給年金の請求手続きをお願いしたいとのご相談があり、
先生をご紹介させていただきました。遺品の中から年金手帳が見つかっております。

  故人　　　：大曽根 善治（昭和14年2月27日生、令和7年7月死亡）
  基礎年金番号：4103-582917
  請求者　　：大曽根 フミ（妻）

ご長男の大曽根 章様から、近日中に先生へお電話があるかと思います。
""" + SIG_SAEKI,
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a basic pension number with name and date of birth to an external office",
)

# 059 — mentions My Number cards and insurance cards in general: no numbers
add(
    id="ihinseiri-059",
    expect="pass",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["kazumi.tsuruta0412@gmail.com"],
    subject="作業当日までにご準備いただきたいこと",
    charset="iso-2022-jp",
    body="""鶴田 和美 様

お世話になっております。ひので整理サービスの佐伯です。
9月20日の作業に向けて、事前にご準備いただきたいことをまとめました。

 1. 貴重品の回収
    マイナンバーカード（通知カード）、健康保険証、年金手帳、通帳、印鑑、権利証などは
    作業前にご家族で回収をお願いします。見つからない場合は、作業中に見つけ次第
    別箱に保管してお渡しします。
 2. 残す物の目印
    残す家具には付箋などで目印をお願いします。
 3. 電気・水道
    作業当日は電気と水道を止めないようお願いします。

健康保険証は、ご逝去後14日以内に役所への返却が必要ですのでご注意ください。
""" + SIG_SAEKI,
    entities=[],
    detectors=["freemail_recipient"],
    note="talks about My Number cards and insurance cards without any number; one free-mail recipient",
)

# 060 — vacant-house owners, one block per record, to the real-estate agent
add(
    id="ihinseiri-060",
    expect="stop",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["東雲ハウジング 仕入課 <shiire@shinonome-housing.jp>"],
    subject="空き家売却をご希望のお客様（ご紹介5件）",
    charset="iso-2022-jp",
    body="""東雲ハウジング 仕入課 ご担当者様

いつもお世話になっております。日の出産業の北條です。
遺品整理が完了し、ご実家の売却を希望されているお客様をご紹介します。
いずれも貴社からの連絡についてご了承をいただいております。

【No.1】
 所有者　：大曽根 章 様
 物件　　：東京都北区田端新町1-22-4（木造2階建）
 連絡先　：080-5531-0974
 備考　　：相続登記済み
【No.2】
 所有者　：長谷部 照子 様 ほか
 物件　　：埼玉県草加市氷川町1914-2
 連絡先　：048-922-3310（窓口：長女 貴子様 090-2231-7786）
 備考　　：登記11月完了予定
【No.3】
 所有者　：御厨 正彦 様
 物件　　：千葉県松戸市常盤平2-27-3
 連絡先　：090-8142-7760
【No.4】
 所有者　：東海林 ヨシ子 様
 物件　　：東京都荒川区町屋6-9-12
 連絡先　：03-3895-4417
 備考　　：借地権付き
【No.5】
 所有者　：勅使河原 浩二 様
 物件　　：埼玉県川口市芝新町11-4
 連絡先　：080-2290-5813

ご紹介料は従来どおりの条件でお願いいたします。
""" + SIG_HOJO,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five owners' names, property addresses and phones, one record per block, to an external agent",
)

# 061 — haulier's domain without "co." (aoba-unyu.jp)
add(
    id="ihinseiri-061",
    expect="stop",
    sender="鴨志田 剛 <kamoshida@hinode-sangyo.co.jp>",
    to=["青葉運輸 集荷受付 <shuka@aoba-unyu.jp>"],
    subject="集荷依頼（桐箪笥1棹・10/17）",
    charset="iso-2022-jp",
    body="""青葉運輸 集荷受付 ご担当者様

お世話になっております。日の出産業の鴨志田です。
形見分けの桐箪笥1棹の集荷をお願いします。

  集荷日：10月17日（金）午後
  集荷先：長谷部様ご実家　埼玉県草加市氷川町1914-2
  立会い：長谷部 照子 様（048-922-3310）
  届け先：工藤様宅（千葉県柏市）※詳細は当日お渡しする送り状のとおり

よろしくお願いいたします。
""" + SIG_KAMO,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.jp drops the 'co.' of the partner domain aoba-unyu.co.jp: look-alike",
)

# 062 — the word 社外秘 is mentioned, nothing is marked
add(
    id="ihinseiri-062",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["みなと不動産管理 営業企画 <kikaku@minato-kanri.co.jp>"],
    subject="Re: 紹介料改定案の資料について",
    charset="iso-2022-jp",
    body="""みなと不動産管理 営業企画 ご担当者様

お世話になっております。日の出産業の北條です。
先日お送りした資料の件、大変失礼いたしました。
社内で確認したところ、あの資料は社外秘の扱いとなっておりましたので、
お手数ですが破棄していただけますでしょうか。

改定の内容については、来週のお打合せの際に口頭でご説明させていただきます。
ご迷惑をおかけし申し訳ございません。
""" + SIG_HOJO,
    entities=[],
    detectors=[],
    note="the mail only talks about a document having been 社外秘; it carries no marked content",
)

# 063 — hoarding case: a named living client's psychiatric diagnosis to the cleaning subcontractor
add(
    id="ihinseiri-063",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["クリーンリバース 現場調整 <genba@clean-reverse.jp>"],
    subject="ゴミ屋敷清掃の事前打合せ（板橋区・御子柴様）",
    charset="iso-2022-jp",
    body="""クリーンリバース 現場調整ご担当 様

お世話になっております。日の出産業の丹羽です。
板橋区の堆積物清掃の件、区の福祉課経由のご依頼で、事前にお伝えしておきます。

ご依頼者の御子柴 俊也様（50代・お一人暮らし）は統合失調症で通院中とのことで、
知らない人が大勢来ると症状が不安定になるそうです。
当日は作業員を4名までにし、ご本人への声かけは私が行います。

  現場：東京都板橋区前野町5-33-2 メゾン前野101
  日時：10月22日（水）9:00〜
  量　：床から約1m堆積、2t×3台想定

保健師さんが午前中だけ同席される予定です。
""" + SIG_NIWA,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a named living client's psychiatric diagnosis (要配慮) with his address, to an external subcontractor",
)

# 064 — English reply; the heirs' details are only in the quoted "On ... wrote:" part
add(
    id="ihinseiri-064",
    expect="pass",
    sender="Chihiro Usami <usami.c@hinode-sangyo.co.jp>",
    to=["Daniel Harrington <dharrington@harrington-probate.com>"],
    subject="Re: Estate of the late Mr. Hasebe - heirs in the US",
    charset="utf-8",
    body="""Dear Mr. Harrington,

Thank you - we have noted the heirs' details you sent. We will contact them only
through your office, as you requested, and will not write to them directly.

The clearance will be finished on 16 October; I will send you the completion
report and the inventory of items kept for the family the following week.

Kind regards,
Chihiro Usami

On Mon, Oct 6, 2025 at 9:41 AM Daniel Harrington <dharrington@harrington-probate.com> wrote:
> Dear Ms. Usami,
>
> For your records, the US-resident heirs are:
>   Ken Hasebe, 1488 Noe St, San Francisco, CA 94131, (415) 555-0187, ken.hasebe.sf@gmail.com
>   Emily Hasebe-Cole, 22 Pine Ridge Rd, Portland, OR 97219, (503) 555-0142
>   Jun Kudo, 901 5th Ave Apt 12, Seattle, WA 98104, (206) 555-0193
>
> Please direct all communication through this office.
>
> Daniel Harrington
> Harrington Probate & Estates LLP
""",
    entities=[],
    detectors=[],
    note="people's details appear only in the quoted text written by the recipient; new text has none",
)

# 065 — seminar applicants as 「・」 bullets with phones and e-mail, to the community support centre
add(
    id="ihinseiri-065",
    expect="stop",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["西日暮里地域包括支援センター <info@houkatsu-nishinippori.or.jp>"],
    subject="11/15 生前整理講座 申込者（当社受付分）",
    charset="iso-2022-jp",
    body="""西日暮里地域包括支援センター
ご担当 様

お世話になっております。日の出産業の宇佐美です。
共催の生前整理講座について、弊社で受け付けた申込者をお知らせします。
センター様の受付分と重複がないかご確認いただけますでしょうか。

・芦田 喜久子 様（070-2219-8846 / kikuko-ashida@yahoo.co.jp）
・東海林 ヨシ 様（080-4472-0913）
・間宮 早苗 様（070-6651-0328 / sanae.mamiya@gmail.com）
・九十九 冨美 様（048-441-9036）
・雨宮 君枝 様（080-6625-0147 / kimie.amamiya@icloud.com）
・百目鬼 敏江 様（03-3917-5528）
・小田桐 光男 様（090-2215-6604 / odagiri.mitsuo@outlook.jp）

定員30名に対し、現在の申込は合計19名と伺っています。
""" + SIG_USAMI,
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="seven applicants with phones and e-mail addresses as bullets, to an external organisation",
)

# 066 — an overseas heir's passport number for identity verification, in English
add(
    id="ihinseiri-066",
    expect="stop",
    sender="Chihiro Usami <usami.c@hinode-sangyo.co.jp>",
    to=["Daniel Harrington <dharrington@harrington-probate.com>"],
    subject="Identity check for release of keepsakes - Mr. Ken Hasebe",
    charset="utf-8",
    body="""Dear Mr. Harrington,

Before we ship the keepsakes (wristwatch, records, two photo albums) to San Francisco,
our procedure requires us to confirm the recipient's identity. Mr. Hasebe sent us a
copy of his Japanese passport, and I have noted the details below so that your office
can confirm they match your records:

  Name:            HASEBE KEN
  Date of birth:   3 April 1996
  Passport No.:    TR4827153
  Expiry:          11 August 2031

Once you confirm, we will ship the items by air on the following business day.

Kind regards,
""" + SIG_EN,
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a passport number with name and date of birth to an external law firm",
)

# 067 — vehicle numbers for the building's loading bay: trucks, not people
add(
    id="ihinseiri-067",
    expect="pass",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["パークタワー王子 管理事務所 <kanri@pt-oji-kanri.co.jp>"],
    subject="10/28 1204号室 搬出作業 車両届",
    charset="iso-2022-jp",
    body="""パークタワー王子 管理事務所 御中

お世話になっております。日の出産業の丹羽です。
10月28日（火）1204号室の搬出作業について、荷捌き場を使用する車両をお届けします。

  No  車両番号              車種        入庫予定  出庫予定
  1   足立 400 て 12-08     2tロング    8:30     12:00
  2   足立 400 て 12-09     2tロング    8:30     12:00
  3   足立 100 ひ 33-71     4t          13:00    16:30
  4   練馬 480 あ 5-62      軽バン      8:30     17:00

養生は弊社にて共用部（エレベーター・廊下）に実施します。
""" + SIG_NIWA,
    entities=[],
    detectors=[],
    note="a list of company vehicles and times; no person's data",
)

# 068 — the private landlord, the management company and the rent guarantor all in To/Cc
add(
    id="ihinseiri-068",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["大家 松浦様 <matsuura.ooya@yahoo.co.jp>"],
    cc=["みなと不動産管理 <chintai@minato-kanri.co.jp>", "あんしん家賃保証 求償担当 <kyusho@anshin-yachin.co.jp>"],
    subject="サンライズ町屋202号室 残置物撤去費用のお見積り",
    charset="iso-2022-jp",
    body="""松浦様
（cc：みなと不動産管理様、あんしん家賃保証様）

お世話になっております。日の出産業の丹羽です。
サンライズ町屋202号室の残置物撤去費用について、お見積りをお送りします。

  残置物撤去一式（1K）　　  98,000円
  家電リサイクル（3品）　　 14,300円
  室内簡易清掃　　　　　　  22,000円
  合計（税込）　　　　　　 134,300円

保証会社様のご負担範囲について、三者でご確認いただけますと幸いです。
""" + SIG_NIWA,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a private landlord and two external companies in To/Cc: three external parties",
)

# 069 — manifest numbers and weights, six rows: waste, not people
add(
    id="ihinseiri-069",
    expect="pass",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["多摩エコクリーン 業務課 <gyomu@tama-ecoclean.co.jp>"],
    subject="Re: 9月分 マニフェスト集計（再送）",
    charset="iso-2022-jp",
    body="""多摩エコクリーン 業務課 様

先ほどのファイルが開けなかったとのこと、失礼しました。本文に貼り付けます。

交付番号        交付日   種類              数量(kg)  運搬先
-------------  -------  ----------------  --------  ----------------
2025-0901-117  9/1      木くず・家具       1,240     府中中間処理場
2025-0901-118  9/1      廃プラスチック       380     府中中間処理場
2025-0902-031  9/2      金属くず             520     多摩金属リサイクル
2025-0903-204  9/3      混合廃棄物         2,860     府中中間処理場
2025-0904-009  9/4      ガラス・陶磁器くず   410     八王子安定型処分場
2025-0905-152  9/5      木くず・家具         970     府中中間処理場

合計 6,380kg です。ご確認をお願いします。
""" + SIG_NIWA,
    entities=[],
    detectors=[],
    note="manifest numbers and weights in padded columns: a business list, no personal data",
)

# 070 — staff entry roster with private mobile numbers, to the building's management office
add(
    id="ihinseiri-070",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["パークタワー王子 管理事務所 <kanri@pt-oji-kanri.co.jp>"],
    subject="10/28 1204号室 作業員 入館者名簿",
    charset="iso-2022-jp",
    body="""パークタワー王子 管理事務所 御中

続けて失礼します。日の出産業の丹羽です。
10月28日の入館者名簿です。当日は各自、社員証を携帯させます。
作業中に緊急のご連絡がある場合は、各作業員の携帯へ直接お願いします。

氏名　　　　　　ふりがな　　　　　　携帯電話　　　　　　生年月日
丹羽 拓海　　　にわ たくみ　　　　080-6120-3394　　　 1991/06/14
栗原 大輔　　　くりはら だいすけ　090-7714-0386　　　 1988/02/29
安斎 翔　　　　あんざい しょう　　070-3381-5529　　　 1999/11/03
ミン・トゥアン　みん とぅあん　　　080-2254-7761　　　 1997/08/21
大河内 玲奈　　おおこうち れいな　090-6637-2195　　　 2001/04/09

以上5名です。よろしくお願いいたします。
""" + SIG_NIWA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five employees' names, mobiles and dates of birth in full-width-space columns to an external office",
)

# 071 — corrupt DOCX to the tax accountant
add(
    id="ihinseiri-071",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["久我税理士事務所 <info@kuga-tax.jp>"],
    subject="長谷部様 遺品目録（最終版）",
    charset="iso-2022-jp",
    body="""久我税理士事務所
久我 先生

お世話になっております。日の出産業の佐伯です。
長谷部様の遺品目録の最終版をお送りします。
相続税評価の参考にしていただければ幸いです。
""" + SIG_SAEKI,
    attachments=[{"kind": "corrupt", "name": "遺品目録_長谷部様_最終版.docx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached DOCX is damaged and cannot be read",
)

# 072 — the client (gmail) and her scrivener in To: two external parties
add(
    id="ihinseiri-072",
    expect="pass",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["takako.hasebe@gmail.com"],
    cc=["iwaki@yamabuki-shiho.jp"],
    subject="Re: 実家の権利証について",
    charset="iso-2022-jp",
    body="""長谷部 貴子 様
（cc：やまぶき司法書士事務所 岩城先生）

お世話になっております。佐伯です。
お尋ねの登記済権利証ですが、仏間の押入れの金庫から見つかり、
他の重要書類と一緒に10月3日にお渡ししたファイルに入っております。
青い表紙の「重要書類」ファイルの2枚目のクリアポケットをご確認ください。

岩城先生にも念のため共有いたします。
""" + SIG_SAEKI,
    entities=[],
    detectors=["multiple_external_domains", "freemail_recipient"],
    note="one private person and one scrivener's office: two external parties, no personal data",
)

# 073 — interview record (DOCX) with a client's depression history, to the community support centre
add(
    id="ihinseiri-073",
    expect="stop",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["西日暮里地域包括支援センター <info@houkatsu-nishinippori.or.jp>"],
    subject="芦田様 初回面談の記録",
    charset="iso-2022-jp",
    body="""西日暮里地域包括支援センター ご担当 様

お世話になっております。日の出産業の宇佐美です。
ご紹介いただいた芦田様の初回面談の記録をお送りします。
今後の進め方について、ケアマネジャーさんも交えてご相談できれば幸いです。
""" + SIG_USAMI,
    attachments=[{
        "kind": "docx", "name": "面談記録_芦田様_1007.docx",
        "paragraphs": [
            "生前整理 初回面談記録",
            "面談日：2025年10月7日　面談者：宇佐美（日の出産業）",
            "ご本人：芦田 喜久子 様（81歳）　東京都荒川区西日暮里5-19-3 ハイム日暮里203",
            "既往歴：うつ病（平成28年〜、現在も月1回通院・服薬中）、高血圧",
            "ご本人の希望：夫の遺品（書籍約2,000冊）を整理したいが、気力が続かない。",
            "所見：作業は1回2時間以内とし、処分の判断を急がせないこと。",
        ],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the attached record gives a named client's medical history (要配慮) and address; the mail text says nothing of it",
)

# 074 — inventory of valuables found (no numbers of any kind) to the family
add(
    id="ihinseiri-074",
    expect="pass",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["kimie.amamiya@icloud.com"],
    subject="本日見つかった貴重品のご報告",
    charset="iso-2022-jp",
    body="""雨宮 君枝 様

お世話になっております。日の出産業の丹羽です。
本日の作業で見つかった貴重品をご報告します。すべて金庫付きの箱に保管しています。

  ・現金　　　　　　128,400円（タンス上段・封筒入り）
  ・指輪　　　　　　3点（うち1点はプラチナ刻印あり）
  ・腕時計　　　　　1点（ロレックス、動作確認済み）
  ・通帳　　　　　　2冊（みどり銀行、ゆうちょ銀行）
  ・印鑑　　　　　　3本
  ・記念硬貨　　　　東京オリンピック1000円銀貨 4枚

明日の作業開始時（9時）にお渡しいたします。
""" + SIG_NIWA,
    entities=[],
    detectors=["freemail_recipient"],
    note="an inventory of objects without any account or identifier; one free-mail recipient",
)

# 075 — bank domain with "rn" for "m" (rnidori-ginko.co.jp)
add(
    id="ihinseiri-075",
    expect="stop",
    sender="野々村 早苗 <nonomura.s@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <hojin-eigyo@rnidori-ginko.co.jp>"],
    subject="総合振込の利用開始について",
    charset="iso-2022-jp",
    body="""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理課の野々村です。
ライフサポート事業部の買取代金の支払いについて、11月から総合振込を
利用したく、申込書類の一式をご送付いただけますでしょうか。

・月間の振込件数見込み：80〜120件
・振込元口座：本店営業部の当座預金
・開始希望日：11月10日

ご担当の方からお電話いただけますと助かります。
""" + SIG_NONO,
    entities=[],
    detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp imitates midori-ginko.co.jp with 'rn' for 'm' (homoglyph)",
)

# 076 — contents-insurance claims with full-width dates in 和暦, to the insurer
add(
    id="ihinseiri-076",
    expect="stop",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["ひかり少額短期保険 保険金部 <hokenkin@hikari-ssi.co.jp>"],
    subject="孤独死保険（家主型）保険金請求 当社作業分の明細",
    charset="cp932",
    body="""ひかり少額短期保険株式会社
保険金部 ご担当者様

お世話になっております。日の出産業の北條です。
貴社の家主型保険の対象となる残置物撤去・原状回復作業5件について、
請求書に添付する明細をお送りします。

［１］被保険者（入居者）：室伏　浩一
　　　生年月日：昭和２８年１１月５日
　　　物件：東京都荒川区町屋８－２－５　第二町屋荘１０５
　　　作業費：３８６，０００円
［２］被保険者（入居者）：グエン・ヴァン・ミン
　　　生年月日：平成２年３月１８日
　　　物件：東京都荒川区町屋３－１１－２０　サンライズ町屋２０２
　　　作業費：１３４，３００円
［３］被保険者（入居者）：宍戸　茂
　　　生年月日：昭和２２年８月３０日
　　　物件：東京都荒川区西尾久４－２－８　グリーンコート西尾久２０３
　　　作業費：１１２，０００円
［４］被保険者（入居者）：磯貝　千鶴子
　　　生年月日：昭和１８年２月１１日
　　　物件：東京都荒川区西尾久４－２－８　グリーンコート西尾久３０１
　　　作業費：９８，０００円
［５］被保険者（入居者）：小田桐　光男
　　　生年月日：Ｓ２５．７．２
　　　物件：東京都荒川区西尾久４－２－８　グリーンコート西尾久１０１
　　　作業費：１０２，５００円

各物件の作業前後の写真は、別便でDVDにてお送りします。
""" + SIG_HOJO,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five insured tenants with 和暦 dates of birth in full-width digits and addresses, to an external insurer",
)

# 077 — the deceased tenant's name and room to the property manager (one person)
add(
    id="ihinseiri-077",
    expect="pass",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["みなと不動産管理 賃貸管理部 <chintai@minato-kanri.co.jp>"],
    subject="サンライズ町屋202号室 作業完了と鍵のご返却",
    charset="iso-2022-jp",
    body="""みなと不動産管理 賃貸管理部 ご担当者様

お世話になっております。日の出産業の丹羽です。
東京都荒川区町屋3-11-20 サンライズ町屋202号室（故 グエン・ヴァン・ミン様 ご契約分）の
残置物撤去と簡易清掃が完了しました。

・鍵2本は本日、貴社窓口にご返却しました（受領印をいただいています）
・エアコンは備え付けとのことで残置しています
・郵便受けのチラシは処分済みです

原状回復工事の業者様の手配をお願いいたします。
""" + SIG_NIWA,
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one deceased tenant's name with the flat's address to the property manager: a single record, may be warned",
)

# 078 — XLSX with the heirs' My Numbers for the final tax return, to the tax accountant
_mn078a = my_number()
_mn078b = my_number()
_mn078c = my_number()
add(
    id="ihinseiri-078",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["久我税理士事務所 <info@kuga-tax.jp>"],
    subject="大曽根様 準確定申告用の資料",
    charset="iso-2022-jp",
    body="""久我先生

お世話になっております。日の出産業の佐伯です。
大曽根様の準確定申告に必要とのことで、ご遺族からお預かりした情報を
Excelにまとめました。ご確認をお願いいたします。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "xlsx", "name": "大曽根様_準確定申告_相続人情報.xlsx",
        "sheets": {
            "相続人": [
                ["準確定申告 付表 用 相続人情報（故 大曽根 善治 様）"],
                ["氏名", "続柄", "住所", "個人番号", "相続分"],
                ["大曽根 フミ", "妻", "東京都北区田端新町1-22-4", _mn078a, "1/2"],
                ["大曽根 章", "長男", "東京都北区田端新町1-22-4", _mn078b, "1/4"],
                ["宮坂 由紀子", "長女", "神奈川県相模原市南区相模大野6-3-17-501", _mn078c, "1/4"],
            ],
            "メモ": [["医療費の領収書は別途郵送"], ["年金の源泉徴収票は原本をお預かり中"]],
        },
    }],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="three heirs' My Numbers in an XLSX to an external tax office",
)

# 079 — a list of care homes with their switchboards for the family: businesses only
add(
    id="ihinseiri-079",
    expect="pass",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["miho.kurisu@gmail.com"],
    subject="お母様の入居先候補（施設一覧）",
    charset="iso-2022-jp",
    body="""栗栖 美帆 様

お世話になっております。宇佐美です。
先日お話しした入居先候補の施設を、足立区・荒川区を中心にまとめました。
見学のご予約は各施設へ直接お電話ください。

  施設名                         種別          所在地              代表電話
  ひだまり苑                     有料老人ホーム  足立区西新井        03-5888-1020
  かえでの郷                     特養          荒川区東尾久        03-3895-6610
  グループホーム あおぞら荒川     GH            荒川区町屋          03-3892-4471
  サンシャイン梅田               サ高住        足立区梅田          03-5845-2318
  ケアレジデンス竹の塚           有料老人ホーム  足立区竹の塚        03-3850-7702
  ハートフル舎人                 サ高住        足立区舎人          03-5837-6655

費用の比較表が必要でしたら作成いたします。
""" + SIG_USAMI,
    entities=[],
    detectors=["freemail_recipient"],
    note="a list of care facilities with their main phone numbers: businesses, not people",
)

# 080 — English: three overseas relatives, two on free mail and one at work, in To
add(
    id="ihinseiri-080",
    expect="stop",
    sender="Chihiro Usami <usami.c@hinode-sangyo.co.jp>",
    to=["ken.hasebe.sf@gmail.com", "emily.hasebecole@outlook.com", "jun.kudo@cascade-biotech.com"],
    subject="Photos of the family albums - which ones to keep?",
    charset="utf-8",
    body="""Dear Ken, Emily and Jun,

We have finished sorting your grandfather's photo albums: 14 albums and about
300 loose photographs. Your aunt Takako asked us to check with each of you before
anything is scanned or sent.

Could each of you reply by 20 October and tell us:
  - whether you would like digital scans (free of charge for up to 500 photos), and
  - which albums, if any, you would like shipped to you.

The list of albums with a short description of each is below.
  1-4   Soka house, 1970s-1980s
  5-9   Family trips
  10-14 Grandfather's company years

Kind regards,
""" + SIG_EN,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons on three domains see each other's addresses in To",
)

# 081 — partnership terms in an XLSX whose title row says 極秘, to the estate agent
add(
    id="ihinseiri-081",
    expect="stop",
    sender="榊原 健吾 <sakakibara@hinode-sangyo.co.jp>",
    to=["柊エステート 取締役 <yamaoka@hiiragi-estate.co.jp>"],
    subject="業務提携の条件について（たたき台）",
    charset="iso-2022-jp",
    body="""柊エステート株式会社
取締役 山岡 様

いつもお世話になっております。日の出産業の榊原でございます。
先日の会食でお話しした業務提携について、条件のたたき台をお送りします。
率直なご意見を頂戴できれば幸いです。

日の出産業株式会社 ライフサポート事業部 課長 榊原 健吾
TEL 03-5850-2270
""",
    attachments=[{
        "kind": "xlsx", "name": "提携条件_たたき台.xlsx",
        "sheets": {
            "条件": [
                ["極秘　柊エステート様との業務提携条件（案）"],
                [],
                ["項目", "内容", "備考"],
                ["相互紹介料", "成約額の10％", "上限なし"],
                ["残置物撤去単価", "一般価格の15％引き", "年間50件以上"],
                ["出資", "日の出産業が柊エステートに5％出資", "取締役会未承認"],
            ],
            "収支試算": [["年度", "紹介件数", "売上見込"], [2026, 60, 18000000], [2027, 90, 27000000]],
        },
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the spreadsheet's title row classifies it 極秘; the mail goes to an outside company",
)

# 082 — internal: a password ZIP of the client list to a colleague
add(
    id="ihinseiri-082",
    expect="pass",
    sender="野々村 早苗 <nonomura.s@hinode-sangyo.co.jp>",
    to=["榊原 課長 <sakakibara@hinode-sangyo.co.jp>"],
    subject="上期 入金消込表（パスワード付き）",
    charset="iso-2022-jp",
    body="""榊原課長

お疲れさまです。野々村です。
上期の入金消込表です。お客様の口座情報を含むため、パスワードを付けています。
パスワードは社内チャットでお送りしました。
""",
    attachments=[{
        "kind": "zip", "name": "入金消込_上期.zip", "password": "Kesikomi2025",
        "files": [{"kind": "xlsx", "name": "入金消込_上期.xlsx", "sheets": {"消込": [
            ["入金日", "振込名義", "金額", "案件番号"],
            ["2025/04/08", "ツルタ カズミ", 168000, "HS-2504-011"],
        ]}}],
    }],
    entities=[],
    detectors=[],
    note="an encrypted ZIP, but sent to an internal colleague only",
)

# 083 — key-custody ledger as a legacy XLS, to the locksmith
add(
    id="ihinseiri-083",
    expect="stop",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["鍵のやすだ <info@kagiya-yasuda.jp>"],
    subject="鍵交換のご依頼（お預かり中の6件）",
    charset="cp932",
    body="""鍵のやすだ 安田様

お世話になっております。日の出産業の丹羽です。
弊社でお預かりしている鍵のうち、売却・賃貸に出す物件の鍵交換をお願いします。
添付の台帳（旧形式のExcelです）にある依頼者様へ、日程のご連絡をお願いできますか。
""" + SIG_NIWA,
    attachments=[{
        "kind": "xls", "name": "鍵預かり台帳.xls",
        "sheets": {"台帳": [
            ["預り番号", "物件住所", "依頼者", "続柄", "電話", "鍵本数"],
            ["KY-031", "東京都北区田端新町1-22-4", "大曽根 章", "長男", "080-5531-0974", 3],
            ["KY-034", "埼玉県草加市氷川町1914-2", "長谷部 貴子", "長女", "090-2231-7786", 2],
            ["KY-036", "千葉県松戸市常盤平2-27-3", "御厨 正彦", "本人", "090-8142-7760", 2],
            ["KY-039", "東京都荒川区町屋6-9-12", "東海林 ヨシ子", "本人", "03-3895-4417", 1],
            ["KY-041", "埼玉県川口市芝新町11-4", "勅使河原 浩二", "本人", "080-2290-5813", 4],
            ["KY-044", "東京都江戸川区中葛西4-15-9", "熊谷 清美", "長女", "080-3319-2766", 2],
        ]},
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS ledger with six clients' names, addresses and phones, to an external locksmith",
)

# 084 — photos of items for appraisal: images only
add(
    id="ihinseiri-084",
    expect="pass",
    sender="鴨志田 剛 <kamoshida@hinode-sangyo.co.jp>",
    to=["リユースひかり 仕入部 <shiire@reuse-hikari.co.jp>"],
    subject="査定のお願い（家具・楽器 写真4点）",
    charset="iso-2022-jp",
    body="""リユースひかり 仕入部 ご担当者様

お世話になっております。鴨志田です。
遺品整理の現場から、買取可否のご判断をお願いしたい品の写真をお送りします。

 1. 食器棚（カリモク、幅120cm）
 2. 電子ピアノ（ヤマハ、2019年製）
 3. マッサージチェア（フジ医療器、動作確認済み）
 4. ロードバイク（ブリヂストン、タイヤ劣化あり）

搬出予定が10/9ですので、10/7までにお返事いただけますと助かります。
""" + SIG_KAMO,
    attachments=[
        {"kind": "png", "name": "IMG_2041.png"},
        {"kind": "png", "name": "IMG_2042.png"},
        {"kind": "png", "name": "IMG_2045.png"},
        {"kind": "png", "name": "IMG_2047.png"},
    ],
    entities=[],
    detectors=[],
    note="photos of furniture for appraisal; no personal data",
)

# 085 — English: a named client's Parkinson's disease, to the relocation company
add(
    id="ihinseiri-085",
    expect="stop",
    sender="Chihiro Usami <usami.c@hinode-sangyo.co.jp>",
    to=["Move coordination <coordination@sunrise-relocation.com>"],
    subject="Mr. Whitaker - move to care residence on 12 November",
    charset="utf-8",
    body="""Hello,

Following our call, here are the details for Mr. George Whitaker's move from his house
in Meguro to the care residence in Setagaya on 12 November.

Mr. Whitaker (84) has advanced Parkinson's disease and is being treated for it at
a hospital in Meguro; he has difficulty with stairs and tires quickly. Please keep
the move short on the day: we will have packed and sorted everything beforehand,
and only about 30 boxes and six pieces of furniture will go to the new room.

His daughter will be present from 9 a.m.

Kind regards,
""" + SIG_EN,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named living client's disease and treatment (要配慮) in running English text to an external firm",
)

# 086 — privacy rules explained to a new subcontractor: talks about 要配慮, holds none
add(
    id="ihinseiri-086",
    expect="pass",
    sender="榊原 健吾 <sakakibara@hinode-sangyo.co.jp>",
    to=["きよらサービス 代表 <daihyo@kiyora-service.jp>"],
    subject="個人情報の取扱いに関するお願い（協力会社様向け）",
    charset="iso-2022-jp",
    body="""きよらサービス
代表 清水 様

いつもご協力いただきありがとうございます。日の出産業の榊原です。
協力会社の皆様に、現場での個人情報の取扱いについて改めてお願いしております。

 1. 現場で見つかった書類（通帳、保険証、マイナンバーカード、手紙、診察券など）は
    写真に撮らず、中身を読まずに「貴重品・書類」箱へ入れてください。
 2. お客様の病歴、障害、信仰、前科などの要配慮個人情報は、
    日報やLINEに書かないでください。
 3. お客様の住所・電話番号を個人の携帯電話に登録しないでください。
 4. 作業後の日報は、案件番号のみでご報告ください（お名前は不要です）。

ご不明な点があれば、私までお問い合わせください。

日の出産業株式会社 ライフサポート事業部 課長 榊原 健吾
TEL 03-5850-2270
""",
    entities=[],
    detectors=[],
    note="a policy mail that names kinds of sensitive data in general; no one's data in it",
)

# 087 — a weekly report meant for the internal address, with two letters swapped
add(
    id="ihinseiri-087",
    expect="stop",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["life-support-mgr@hinode-sagnyo.co.jp"],
    subject="週報（営業G）10/6〜10/10",
    charset="iso-2022-jp",
    body="""事業部長

お疲れさまです。北條です。今週の営業週報です。

 ・問合せ　　　　38件（前週比 +6）
 ・訪問見積　　　17件
 ・成約　　　　　11件（成約率 64.7％）
 ・売上（確定）　4,286,000円
 ・施設紹介経由　5件（かえでの郷 2、ひだまり苑 3）

来週は不動産会社2社への提携提案を予定しています。
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sagnyo.co.jp swaps two letters of the internal domain: the report leaves the company",
)

# 088 — bulk refund transfers: five customers' accounts, to the partner bank
add(
    id="ihinseiri-088",
    expect="stop",
    sender="野々村 早苗 <nonomura.s@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="総合振込（返金分）の依頼内容",
    charset="iso-2022-jp",
    body="""みどり銀行 法人営業部 ご担当者様

お世話になっております。日の出産業 経理課の野々村です。
インターネットバンキングの障害のため、10/15付の総合振込を窓口でお願いしたく、
依頼内容を下記にお送りします。依頼書原本は本日中に持参いたします。

受取人名（カナ）     銀行            支店          種別  口座番号   金額
ツルタ カズミ        みどり銀行      尾久支店       普通  4417205   12,300
オオソネ アキラ      ゆうちょ銀行    〇一八支店     普通  2871406   38,500
ハセベ タカコ        さくら信用金庫  阿佐谷支店     普通  0193375    5,000
イヅツ リョウスケ    東都銀行        大山支店       普通  7730518   20,000
クマガイ キヨミ      みどり銀行      葛西支店       普通  5562091    8,800

振込元：本店営業部 当座 0083217 日の出産業（カ
""" + SIG_NONO,
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five individuals' names and bank accounts in padded columns to an external bank",
)

# 089 — seminar planning with the council of social welfare: no one's data
add(
    id="ihinseiri-089",
    expect="pass",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["あさひ区社会福祉協議会 地域福祉係 <chiiki@shakyo-asahi.or.jp>"],
    subject="「親の家の片付け」講座 企画案",
    charset="iso-2022-jp",
    body="""あさひ区社会福祉協議会
地域福祉係 ご担当 様

お世話になっております。日の出産業の宇佐美です。
来年2月の講座の企画案をお送りします。

 テーマ　：親の家の片付け ― 元気なうちに始める生前整理
 対象　　：区内在住の50歳以上の方とそのご家族（定員40名）
 構成　　：1) 生前整理の進め方（40分）
           2) 遺品整理の費用と悪質業者の見分け方（30分）
           3) 個別相談（希望者のみ）
 講師　　：宇佐美 千尋（生前整理アドバイザー1級）
 費用　　：無料（資料は弊社で用意します）

チラシの原稿は1月上旬にお送りします。
""" + SIG_USAMI,
    entities=[],
    detectors=[],
    note="ordinary seminar plan to a welfare council; the only name is the sender's own",
)

# 090 — a card number confirmed back to the client in full-width digits
_cc090 = card_number()
add(
    id="ihinseiri-090",
    expect="stop",
    sender="野々村 早苗 <nonomura.s@hinode-sangyo.co.jp>",
    to=["mikuriya.masahiko@ezweb.ne.jp"],
    subject="お支払い方法変更の手続き完了のお知らせ",
    charset="iso-2022-jp",
    body=f"""御厨 正彦 様

お世話になっております。日の出産業 経理課の野々村です。
お電話でお伺いしたとおり、残金のお支払いをクレジットカード（分割3回）に変更しました。
念のため、ご登録内容をお知らせします。お間違いがないかご確認ください。

  カード名義：ＭＡＳＡＨＩＫＯ　ＭＩＫＵＲＩＹＡ
  カード番号：{zen(_cc090[:4] + "-" + _cc090[4:8] + "-" + _cc090[8:12] + "-" + _cc090[12:])}
  有効期限　：１１／２７
  お支払額　：２１８，０００円（３回払い）

ご不明点は経理課までお問い合わせください。
""" + SIG_NONO,
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data", "freemail_recipient"],
    note="a full card number in full-width digits with the holder's name, to a carrier mail address",
)

# 091 — one free-mail recipient: plain schedule confirmation
add(
    id="ihinseiri-091",
    expect="pass",
    sender="丹羽 拓海 <niwa.t@hinode-sangyo.co.jp>",
    to=["watanuki.hiroshi@softbank.ne.jp"],
    subject="11/11 ご実家2階の整理 当日の流れ",
    charset="iso-2022-jp",
    body="""四月一日 浩 様

お世話になっております。日の出産業の丹羽です。
11月11日（火）の作業の流れをお送りします。

  8:45  スタッフ到着・ご挨拶、養生
  9:00  2階和室から仕分け開始（残す物／処分／買取）
 12:00  休憩（お昼は各自でとります）
 13:00  搬出開始
 16:00  清掃・最終確認、お支払い

当日はトラックを家の前に停めさせていただきます。
雨天の場合も作業は実施しますのでご安心ください。
""" + SIG_NIWA,
    entities=[],
    detectors=["freemail_recipient"],
    note="schedule mail to one client on a carrier address; no personal data",
)

# 092 — English: five US heirs' contact details sent to a second US law firm
add(
    id="ihinseiri-092",
    expect="stop",
    sender="Chihiro Usami <usami.c@hinode-sangyo.co.jp>",
    to=["Maria Lindqvist <mlindqvist@lindqvist-law.com>"],
    subject="Heirs of the late Ms. Fumiko Ishiguro - contact list",
    charset="utf-8",
    body="""Dear Ms. Lindqvist,

As requested, here are the heirs of the late Ms. Fumiko Ishiguro whom the family in
Japan asked us to inform about the clearance of her apartment in Yokohama.

Name               Relation     Address                                    Phone            E-mail
-----------------  -----------  -----------------------------------------  ---------------  -----------------------------
Naomi Ishiguro     daughter     3120 Alder Ave, Sacramento, CA 95817       (916) 555-0134   naomi.ishiguro@gmail.com
Thomas Ishiguro    son          48 Harbor View Dr, Honolulu, HI 96813      (808) 555-0171   t.ishiguro@kalani-eng.com
Rina Ishiguro-Park granddaughter 2207 Elm St, Austin, TX 78705             (512) 555-0158   rina.ip@outlook.com
Kenji Ishiguro     grandson     610 W 110th St Apt 4C, New York, NY 10025  (212) 555-0116   kenji.ishiguro@icloud.com
Sachiko Mori       niece        神奈川県横浜市中区元町1-4-22               +81-90-3318-2207 sachiko.mori@docomo.ne.jp

We will not contact them ourselves unless you advise us to.

Kind regards,
""" + SIG_EN,
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five heirs' names, addresses, phones and e-mail in an English table to an external law firm",
)

# 093 — forward of the hotel's banquet offer to the co-host: business information only
add(
    id="ihinseiri-093",
    expect="pass",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["西日暮里地域包括支援センター <info@houkatsu-nishinippori.or.jp>"],
    subject="FW: 【さくらホテル】会議室プランのご案内",
    charset="iso-2022-jp",
    body="""西日暮里地域包括支援センター ご担当 様

お世話になっております。宇佐美です。
講座の会場候補として、さくらホテルから届いた案内を転送します。
「桜の間」であれば40名まで入れるようです。

-------- 転送メッセージ --------
差出人: さくらホテル 宴会予約 <banquet@sakura-hotel.jp>
日付: 2025年10月9日 15:22
件名: 【さくらホテル】会議室プランのご案内

日の出産業 宇佐美様

平素よりご利用ありがとうございます。会議室プランをご案内いたします。

  会場       収容（スクール）  半日料金（税込）
  桜の間     40名              66,000円
  楓の間     24名              44,000円
  松の間     80名              132,000円

・プロジェクター、マイク2本は無料でご利用いただけます。
・お飲み物（ペットボトル）は1本 300円で承ります。

さくらホテル 宴会予約 担当 小松
TEL 03-3821-5500（代表）
""",
    entities=[],
    detectors=[],
    note="a forward of a hotel's room-price offer: new text to the recipient, but it holds only business information",
)

# 094 — draft power of attorney with an heir's My Number, to the partner law office
_mn094 = my_number()
add(
    id="ihinseiri-094",
    expect="stop",
    sender="佐伯 美智子 <saeki.m@hinode-sangyo.co.jp>",
    to=["白川法律事務所 大場先生 <oba@shirakawa-law.jp>"],
    subject="井筒様 委任状の下書き（ご確認用）",
    charset="iso-2022-jp",
    body="""大場先生

お世話になっております。日の出産業の佐伯です。
井筒様から、相続放棄の手続きに使う委任状の下書きを作ってほしいと頼まれ、
ご本人から伺った内容で作成しました。記載に問題がないかご確認いただけますか。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "docx", "name": "委任状_下書き_井筒様.docx",
        "paragraphs": [
            "委任状",
            "私は、白川法律事務所 弁護士 大場 聡 を代理人と定め、下記の権限を委任します。",
            "1. 被相続人 井筒 敏夫 の相続に関する相続放棄の申述手続き一切",
            "委任者",
        ],
        "tables": [[
            ["住所", "東京都板橋区大山東町30-7 大山コーポ3F"],
            ["氏名", "井筒 亮介"],
            ["生年月日", "昭和52年12月8日"],
            ["個人番号", _mn094],
            ["電話", "070-2286-1145"],
        ]],
    }],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="the attached draft holds a client's My Number with his other details, sent to an external office",
)

# 095 — flyer copy to the printer: only the company's own contacts
add(
    id="ihinseiri-095",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="新聞折込チラシ（11月）の原稿と部数",
    charset="iso-2022-jp",
    body="""錦印刷 制作部 ご担当者様

お世話になっております。日の出産業の北條です。
11月の新聞折込チラシの原稿です。レイアウトは前回（8月）を踏襲でお願いします。

 ＜表面＞
  見出し：ご実家の片付け、ひとりで悩んでいませんか？
  本文　：遺品整理・生前整理・空き家の片付け　お見積り無料・即日対応
  電話　：0120-41-3310（9:00〜18:00 水曜定休）
  QR　　：https://www.hinode-sangyo.co.jp/ihin/（前回と同じ）
 ＜裏面＞
  料金表（1K 49,800円〜／2DK 149,000円〜）と営業所一覧（前回と同じ）

 部数：荒川区・北区・足立区 各25,000部　合計75,000部
 折込日：11月9日（日）

初校は10月24日までにいただけますと助かります。
""" + SIG_HOJO,
    entities=[],
    detectors=[],
    note="advertising copy with the company's free-dial number; no personal data",
)

# 096 — downsizing move: the client's long-term-care level mentioned to the haulier
add(
    id="ihinseiri-096",
    expect="either",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["青葉運輸 引越事業部 <hikkoshi@aoba-unyu.co.jp>"],
    subject="11/20 芦田様 引越し（サ高住への入居）",
    charset="iso-2022-jp",
    body="""青葉運輸 引越事業部 ご担当者様

いつもありがとうございます。日の出産業の宇佐美です。
11月20日（木）の芦田 喜久子様のお引越しについてご連絡します。

芦田様は要介護2の認定を受けておられ、当日はヘルパーさんが付き添われます。
搬出の間はご本人に近くの喫茶店で待っていただく予定ですので、
搬入先（サービス付き高齢者向け住宅 ハートフル舎人 3階）での
家具の配置だけご本人に確認していただく段取りでお願いします。

荷物量：段ボール25箱、ベッド、整理タンス、テレビ台、小型冷蔵庫
""" + SIG_USAMI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named client's long-term-care level (要介護2): care-need information, arguably health data — honestly either",
)

# 097 — case and property numbers (one of them 12 digits) to the estate agent: no personal data
add(
    id="ihinseiri-097",
    expect="pass",
    sender="北條 誠 <hojo.makoto@hinode-sangyo.co.jp>",
    to=["柊エステート 管理部 <kanri@hiiragi-estate.co.jp>"],
    subject="案件番号の付け替えについて",
    charset="iso-2022-jp",
    body="""柊エステート 管理部 ご担当者様

お世話になっております。日の出産業の北條です。
弊社の案件管理システム更新に伴い、案件番号の体系が変わりました。
貴社の物件番号との対応は以下のとおりです。

  貴社物件番号      旧案件番号        新案件番号
  HR-2025-0417      HS-2509-0117      202510030112
  HR-2025-0452      HS-2509-0121      202510030113
  HR-2025-0460      HS-2510-0004      202510030114

今後のご請求書・完了報告書には新番号を記載します。
お手数ですが、貴社の台帳の更新をお願いいたします。
""" + SIG_HOJO,
    entities=[],
    detectors=[],
    note="12-digit case numbers and property numbers only; nothing about a person",
)

# 098 — the original application mail attached as .eml, forwarded to the welfare council
add(
    id="ihinseiri-098",
    expect="stop",
    sender="宇佐美 千尋 <usami.c@hinode-sangyo.co.jp>",
    to=["あさひ区社会福祉協議会 地域福祉係 <chiiki@shakyo-asahi.or.jp>"],
    subject="FW: 講座 申込取りまとめ（添付）",
    charset="iso-2022-jp",
    body="""あさひ区社会福祉協議会 地域福祉係 ご担当 様

お世話になっております。宇佐美です。
社内で取りまとめた講座の申込状況のメールを、そのまま添付でお送りします。
受付名簿との突き合わせにお使いください。
""" + SIG_USAMI,
    attachments=[{
        "kind": "eml", "name": "講座申込取りまとめ.eml",
        "message": {
            "sender": "受付 <ihin-info@hinode-sangyo.co.jp>",
            "to": ["usami.c@hinode-sangyo.co.jp"],
            "subject": "講座 申込取りまとめ（10/20時点）",
            "charset": "iso-2022-jp",
            "body": """宇佐美さん

10/20時点の申込者です（電話・FAX受付分）。

1. 刑部 佐和子　東京都板橋区志村2-9-5 志村台ハイツ204　070-3312-8854
2. 宍戸 茂　　　東京都荒川区西尾久4-2-8　03-3819-5562
3. 大沢 紀美代　東京都北区滝野川3-40-1　090-4471-2286
4. 小田桐 光男　東京都荒川区西尾久4-2-8　090-2215-6604
5. 瀬戸口 和代　東京都足立区江北6-11-3　080-7736-1192
6. 磯部 しげ　　東京都荒川区東日暮里5-8-17　03-3801-9940

受付 石井
""",
        },
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an attached internal mail listing six applicants with addresses and phones, now sent to an outside body",
)

# 099 — English NDA discussion; "confidential" only in the disclaimer
add(
    id="ihinseiri-099",
    expect="pass",
    sender="Chihiro Usami <usami.c@hinode-sangyo.co.jp>",
    to=["Laura Bennett <laura@heritage-estates.com>"],
    subject="Re: Mutual NDA before we share volumes and pricing",
    charset="utf-8",
    body="""Dear Laura,

Thank you for sending your mutual NDA. Our legal team has reviewed it and is happy
with it, with two small requests:
  - governing law: could we make it the laws of Japan, with Tokyo District Court, or
    alternatively arbitration in Singapore?
  - term: three years instead of five.

If that is acceptable, our managing director can sign it electronically next week,
after which I will send our monthly volumes and pricing.

Best regards,
""" + SIG_EN + "\n" + DISC_EN,
    entities=[],
    detectors=[],
    note="mail about an NDA; the word confidential appears only in the standard disclaimer",
)

# 100 — memorial-service certificate to the bereaved family
add(
    id="ihinseiri-100",
    expect="pass",
    sender="ひので整理サービス <ihin-info@hinode-sangyo.co.jp>",
    to=["kazumi.tsuruta0412@gmail.com"],
    subject="合同供養 証明書の送付",
    charset="iso-2022-jp",
    body="""鶴田 和美 様

このたびはひので整理サービスをご利用いただき、誠にありがとうございました。
お預かりしたお母様の人形・ぬいぐるみ等は、11月8日に浄蓮寺にて
合同供養を執り行いました。供養証明書をPDFでお送りいたします。

原本は郵送にてお届けいたします。
今後とも何かございましたら、お気軽にご相談ください。

日の出産業株式会社 ひので整理サービス
TEL 03-5850-2271
""",
    attachments=[{
        "kind": "pdf", "name": "供養証明書.pdf", "title": "供養証明書",
        "lines": [
            "供養証明書",
            "鶴田 和美 様",
            "お預かりいたしました御品（人形 6体、ぬいぐるみ 11点、写真 1箱）は、",
            "令和7年11月8日、浄蓮寺において懇ろに供養いたしましたことを証明いたします。",
            "",
            "日の出産業株式会社 ひので整理サービス",
        ],
    }],
    entities=[],
    detectors=["freemail_recipient"],
    note="a memorial certificate naming only the recipient herself; one free-mail recipient",
)
