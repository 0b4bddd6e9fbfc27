"""Blind corpus: welfarerental — 福祉用具貸与・住宅改修 at 日の出産業株式会社 ライフケア事業部.

Mail of 日の出産業's welfare-equipment rental and home-modification business
(相模原ケアセンター, 大和営業所, 配送管理, メンテナンスセンター, 住宅改修課,
介護保険請求チーム): care managers of 居宅介護支援事業所, users and their
families, users' care levels (要介護度) and 被保険者番号, wheelchairs, special beds
and lifts, delivery and pick-up schedules with 青葉運輸, municipal subsidies
(住宅改修費・補助金) at 朝霧市, manufacturers and repair shops, invoices to care
insurance via 国保連, payment by 口座振替 and card, staff paperwork.

Every person, address, telephone number, insurance number, account, card number,
My Number and organisation outside the brief's fixed partners is invented; any likeness
to real people or numbers is accidental.  Written blind from BRIEF.md, build.py and the
detector / entity names of SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 8901
rng = random.Random(SEED)
_NEXT = [SEED]


def _seed() -> int:
    v = _NEXT[0]
    _NEXT[0] += 1
    return v


def mynum() -> str:
    return my_number(_seed())


def card() -> str:
    return card_number(_seed())


def corp_no(base12: str) -> str:
    """法人番号: check digit + 12-digit base (法人番号の指定等に関する省令)."""
    d = [int(c) for c in base12]
    total = sum(d[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def grp(n: str, sep: str = " ") -> str:
    return sep.join([n[0:4], n[4:8], n[8:12]])


def zen(s: str) -> str:
    """ASCII digits and '-' to full width, the way some people type."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


# ---- signatures (the sender's own contacts: never labelled) ---------------------------

SIG_MORISHITA = """
――――――――――――――――――――――
日の出産業株式会社 ライフケア事業部
相模原ケアセンター　福祉用具専門相談員
森下 遥（もりした はるか）
〒252-0236 神奈川県相模原市中央区富士見2-9-14
TEL 042-700-5521　FAX 042-700-5522
morishita.h@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_USAMI = """
--
日の出産業株式会社 ライフケア事業部 配送管理課
宇佐美 亮
TEL 042-700-5530（配送直通）／携帯 080-3321-7705
usami.r@care.hinode-sangyo.co.jp"""

SIG_OBA = """
*************************************
日の出産業株式会社
ライフケア事業部 住宅改修課　大庭 健吾
福祉住環境コーディネーター2級
〒252-0236 神奈川県相模原市中央区富士見2-9-14
TEL：042-700-5540 ／ FAX：042-700-5522
*************************************"""

SIG_MITSUYA = """
-------------------------------------------
日の出産業株式会社 ライフケア事業部
介護保険請求チーム　三ツ矢 典子
TEL 042-700-5525（請求担当直通）
mitsuya.n@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_NARUMI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業（株）メンテナンスセンター
鳴海 拓真
〒252-0244 神奈川県相模原市中央区田名4011-6
TEL 042-760-8812
━━━━━━━━━━━━━━━━━━━━"""

SIG_HIGA = """
………………………………………………
日の出産業株式会社 大和営業所
福祉用具専門相談員　比嘉 美咲
〒242-0017 神奈川県大和市大和東1-8-3
TEL 046-200-7781 / FAX 046-200-7782
………………………………………………"""

SIG_KURAMOTO = """
---
日の出産業株式会社 ライフケア事業部長
蔵元 修一
TEL 042-700-5500"""

SIG_IGARASHI_EN = """
Best regards,

Toru Igarashi
Procurement, Life Care Division
Hinode Sangyo Co., Ltd.
2-9-14 Fujimi, Chuo-ku, Sagamihara, Kanagawa 252-0236, Japan
Tel +81-42-700-5560"""

SIG_WATARAI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 総務人事部
渡会 佳奈（わたらい かな）
内線 2214 / TEL 03-5800-2210
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_CHIHAYA = """
--
日の出産業株式会社 情報システム部
千早 蓮
TEL 03-5800-2290"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。宛先に心当たりのない方は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete it."""


MESSAGES: list[dict] = []

# ---- 001-020 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "welfarerental-001",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["佐伯 真理子 <saeki@kyotaku-hidamari.jp>"],
        "subject": "10月分 貸与品目一覧（佐伯様ご担当分）",
        "charset": "iso-2022-jp",
        "body": """ひだまり居宅介護支援事業所
佐伯 真理子 様

いつもお世話になっております。日の出産業 相模原ケアセンターの森下です。
10月分のサービス提供票との突合用に、佐伯様ご担当の利用者様の貸与品目を一覧にしました。
相違がございましたら25日までにお知らせいただけますと助かります。

利用者名        被保険者番号  介護度   貸与品目                    開始日
--------------  ------------  -------  --------------------------  ----------
久保田 キヨ     0001482736    要介護3  特殊寝台・付属品3点         2025/04/01
東海林 正雄     0001539021    要介護2  車いす（自走式）            2026/02/15
勅使河原 トミ子 0001217754    要介護4  特殊寝台・床ずれ防止用具    2024/11/20
四十物 幸吉     0001603348    要支援2  歩行器（四輪）・手すり      2026/06/03
薬師寺 静江     0001388190    要介護1  置き型手すり                2025/09/10
五月女 勝次     0001450672    要介護5  特殊寝台・体位変換器・車いす 2023/07/01

※五月女様は10/8から短期入所のため、日割りの有無をご確認ください。

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "six users' names with 介護保険被保険者番号 in a space-padded list to an external care manager",
    },
    {
        "id": "welfarerental-002",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 相模原営業所 配車係 <haisha-sagamihara@aoba-unyu.co.jp>"],
        "subject": "【搬入依頼】10/14 特殊寝台 1件",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 相模原営業所
配車ご担当者様

いつもお世話になっております。日の出産業 配送管理課の宇佐美です。
下記1件、特殊寝台の搬入をお願いいたします。

■搬入日時：10月14日（水）13:00〜15:00
■お届け先：東海林 正雄 様
　〒252-0303 神奈川県相模原市南区相模大野6-17-3 グリーンハイツ205
　TEL 042-745-3381（ご自宅）
■品目：松葉メディカル 3モーターベッド MB-330（91cm幅）、マットレス、サイドレール×2
■備考：エレベーターなしの2階です。2名作業でお願いします。
　当社からは相談員の比嘉が現地で立ち会います。

伝票番号が決まりましたらご返信ください。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one user's delivery address and phone to the delivery partner: a single record, may warn",
    },
    {
        "id": "welfarerental-003",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["haisha-sagamihara@aoba-unyu.co.jp"],
        "cc": ["宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>"],
        "subject": "10月第3週 配送・回収予定表",
        "charset": "cp932",
        "body": """青葉運輸 配車ご担当 各位

お疲れさまです。日の出産業の宇佐美です。
第3週（10/19〜10/24）の配送・回収予定をCSVでお送りします。
時間帯指定のある件は★を付けています。前日17時までに車両割当をお知らせください。

宇佐美
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "haiso_yotei_1019-1024.csv",
                "encoding": "cp932",
                "rows": [
                    ["No", "日付", "時間帯", "区分", "利用者名", "郵便番号", "住所", "電話番号", "品目"],
                    ["1", "10/19", "★9-11", "搬入", "栗林 文子", "252-0302", "神奈川県相模原市南区上鶴間4-21-7", "042-742-1180", "特殊寝台"],
                    ["2", "10/19", "13-15", "回収", "雲井 清", "252-0131", "神奈川県相模原市緑区西橋本2-8-15 サンライズ橋本301", "042-771-0934", "車いす"],
                    ["3", "10/20", "★10-12", "搬入", "芦沢 昭二", "228-0013", "神奈川県座間市入谷西3-5-9", "046-254-7712", "歩行器"],
                    ["4", "10/20", "14-16", "交換", "楠本 光子", "242-0005", "神奈川県大和市西鶴間7-2-22", "046-275-3398", "マットレス"],
                    ["5", "10/21", "9-11", "搬入", "及川 喜代美", "252-0234", "神奈川県相模原市中央区東淵野辺1-14-3", "042-756-2201", "スロープ"],
                    ["6", "10/21", "★13-14", "搬入", "海老原 茂", "243-0401", "神奈川県海老名市東柏ケ谷5-11-2", "046-231-8875", "特殊寝台"],
                    ["7", "10/22", "10-12", "回収", "熊谷 信子", "252-0324", "神奈川県相模原市南区相武台団地2-3-6-404", "046-251-6630", "特殊寝台"],
                    ["8", "10/22", "15-17", "搬入", "角田 房江", "194-0013", "東京都町田市原町田2-19-8", "042-728-5541", "車いす付属品"],
                    ["9", "10/23", "9-11", "搬入", "桧山 善治", "252-0216", "神奈川県相模原市中央区清新6-1-17", "090-4418-2267", "手すり"],
                    ["10", "10/23", "13-15", "交換", "蛭田 和子", "243-0034", "神奈川県厚木市船子1180-3", "046-228-9914", "エアマット"],
                    ["11", "10/24", "★9-10", "搬入", "瀬戸口 敏夫", "252-0104", "神奈川県相模原市緑区大島1542", "042-761-4409", "移動用リフト"],
                    ["12", "10/24", "11-13", "回収", "仙石 タケ", "228-0024", "神奈川県座間市入谷東1-30-12", "080-6652-1093", "歩行器"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) of twelve users' names, home addresses and phones to the external delivery partner",
    },
    {
        "id": "welfarerental-004",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["戸塚 康平 <totsuka@minori-careplan.jp>"],
        "subject": "歩行器・車いす 貸与価格表（2026年10月改定）",
        "charset": "iso-2022-jp",
        "body": """みのりケアプランセンター
戸塚 康平 様

お世話になっております。日の出産業 大和営業所の比嘉です。
先日お問い合わせいただいた歩行器と車いすの貸与価格、10月改定後の表をお送りします。
全国平均貸与価格・上限額は厚労省公表値を併記しています。

TAISコード      商品名                        当社価格/月  上限額   単位数
--------------  ----------------------------  -----------  -------  ------
00170-000412    ウォーカーフレンド WF-2       2,400円      3,150円  240
00170-000588    ロレータ軽快 RL-50            3,000円      3,620円  300
01263-000097    自走式車いす KZ-22 標準        5,500円      6,980円  550
01263-000131    介助式車いす KZ-16 コンパクト  4,800円      6,120円  480
00432-000210    六輪車いす SIX-M              7,200円      8,400円  720

※消費税は非課税です。搬出入・調整費は価格に含みます。
※KZ-22 は在庫僅少のため、11月以降はKZ-22Lでのご案内になる場合があります。

パンフレットが必要でしたら郵送いたしますのでお申し付けください。
""" + SIG_HIGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a padded table of product codes and prices to a care manager: a business list, no people",
    },
    {
        "id": "welfarerental-005",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["風車ホイール 神奈川営業所 <kanagawa-eigyo@kazaguruma-wheel.co.jp>"],
        "subject": "モジュール型車いす 採寸・デモのお願い",
        "charset": "utf-8",
        "body": """株式会社風車ホイール 神奈川営業所
ご担当者様

いつもお世話になっております。日の出産業の森下でございます。

モジュール型車いすのデモ機と採寸をお願いしたく、ご連絡いたしました。
対象の方は鬼塚 勝次 様（78歳・男性）です。昨年12月の脳梗塞の後遺症で左片麻痺があり、
座位保持が難しく右側へ傾きやすい状態です。また糖尿病性の末梢神経障害で足部の感覚が鈍く、
フットサポートの高さ調整に注意が必要とケアマネジャーから伺っています。

ご自宅は座間市内、訪問可能日は10/27（火）午後か10/29（木）午前です。
ティルト機能付きで片手駆動が可能な機種を2台ほどお持ちいただけますでしょうか。

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named user's medical history (stroke, hemiplegia, diabetic neuropathy) in running text to a manufacturer",
    },
    {
        "id": "welfarerental-006",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["森下 遥 <morishita.h@hinode-sangyo.co.jp>", "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>"],
        "cc": ["宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>"],
        "subject": "【社外秘】10月 利用者台帳（請求前チェック用）",
        "charset": "utf-8",
        "body": """森下さん、比嘉さん

請求前チェック用の利用者台帳を添付します。
主病名・被保険者番号の転記ミスが先月2件ありましたので、担当分の確認をお願いします。
チェック後は共有フォルダの「202610_請求」に戻してください。外部への転送は厳禁です。

三ツ矢
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "利用者台帳_202610.xlsx",
                "page_header": "社外秘",
                "sheets": {
                    "相模原": [
                        ["2026年10月 利用者台帳（相模原ケアセンター）"],
                        [],
                        ["利用者ID", "氏名", "フリガナ", "生年月日", "被保険者番号", "要介護度", "住所", "電話", "主病名", "担当CM"],
                        ["SG-0112", "久保田 キヨ", "クボタ キヨ", "昭和9年3月14日", "0001482736", "要介護3", "神奈川県相模原市中央区矢部2-4-11", "042-752-0087", "変形性膝関節症", "佐伯"],
                        ["SG-0127", "勅使河原 トミ子", "テシガワラ トミコ", "昭和12年8月2日", "0001217754", "要介護4", "神奈川県相模原市南区古淵3-22-9", "042-749-3365", "アルツハイマー型認知症", "佐伯"],
                        ["SG-0140", "五月女 勝次", "ソウトメ カツジ", "昭和5年11月30日", "0001450672", "要介護5", "神奈川県相模原市中央区星が丘1-7-2", "042-757-1140", "パーキンソン病", "佐伯"],
                        ["SG-0151", "百目鬼 ハル", "ドウメキ ハル", "昭和14年1月9日", "0001509983", "要介護2", "神奈川県相模原市緑区橋本台4-3-18", "042-772-6618", "慢性心不全", "小野寺"],
                    ],
                    "大和": [
                        ["2026年10月 利用者台帳（大和営業所）"],
                        [],
                        ["利用者ID", "氏名", "フリガナ", "生年月日", "被保険者番号", "要介護度", "住所", "電話", "主病名", "担当CM"],
                        ["YM-0033", "一ノ瀬 正雄", "イチノセ マサオ", "昭和11年6月21日", "0002130457", "要介護1", "神奈川県大和市中央林間5-9-3", "046-274-5512", "脊柱管狭窄症", "戸塚"],
                        ["YM-0041", "宇津木 千代子", "ウツギ チヨコ", "昭和16年10月5日", "0002188302", "要介護3", "神奈川県大和市南林間2-16-8", "046-275-0419", "関節リウマチ", "根岸"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "full user ledger with diagnoses and 社外秘 stamp, but every recipient is internal (incl. care. subdomain)",
    },
    {
        "id": "welfarerental-007",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
        "subject": "特養ひかりの郷 ベッド回収の件（10/30）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 配車センター 御中

お世話になっております。日の出産業の宇佐美です。
特別養護老人ホーム ひかりの郷様でのショート用ベッド入替えに伴い、旧型ベッドの回収をお願いします。

・日時：10月30日（金）10:00〜
・場所：特別養護老人ホーム ひかりの郷（施設搬入口、守衛室で受付）
・台数：在宅用3モーターベッド 6台＋マットレス6枚
・車両：2t ゲート車1台、作業員3名

回収品はそのまま田名のメンテナンスセンターへ納品してください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "ordinary pick-up request, but the domain aoba-unyu.jp is a dropped-'co.' look-alike of partner aoba-unyu.co.jp",
    },
    {
        "id": "welfarerental-008",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": [
            "佐伯 真理子 <saeki@kyotaku-hidamari.jp>",
            "小野寺 仁 <onodera.j@sakuragaoka-kai.or.jp>",
            "根岸 由香 <negishi@aozora-kaigo.co.jp>",
            "戸塚 康平 <totsuka@minori-careplan.jp>",
        ],
        "subject": "福祉用具 新製品説明会のご案内（11/12・大和営業所）",
        "charset": "iso-2022-jp",
        "body": """居宅介護支援事業所 ケアマネジャー 各位

いつも大変お世話になっております。日の出産業 大和営業所の比嘉です。
下記のとおり、新製品の説明会を開催いたします。ご多忙のところ恐縮ですが、ぜひご参加ください。

　日時：2026年11月12日（木）14:00〜16:00
　会場：日の出産業 大和営業所 2階ショールーム
　内容：・自動排泄処理装置「スマートケアS」体験
　　　　・2027年度 貸与価格上限見直しの動向
　　　　・住宅改修 事前申請書類の書き方（朝霧市様式）

お申込みは11/5までにこのメールへの返信でお願いいたします。
駐車場は4台分ございます。
""" + SIG_HIGA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "invitation with four care offices of different organisations visible in To: should have been Bcc",
    },
    {
        "id": "welfarerental-009",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["戸塚 康平 <totsuka@minori-careplan.jp>"],
        "subject": "Re: 11月 モニタリング訪問の日程",
        "charset": "iso-2022-jp",
        "body": """戸塚様

ご連絡ありがとうございます。
いただいた日程で承知しました。5件とも比嘉が伺います。
一ノ瀬様のお宅は午後の方がご都合よいとのことでしたので、当日お電話してから伺います。

比嘉

2026/10/21 9:12、戸塚 康平 <totsuka@minori-careplan.jp> のメール:
> 比嘉様
>
> お世話になっております。みのりケアプランセンター戸塚です。
> 11月のモニタリング、以下でお願いできますでしょうか。
>
> 11/4  10:00  一ノ瀬 正雄 様  大和市中央林間5-9-3      046-274-5512
> 11/4  14:00  長谷部 ミツ 様  大和市つきみ野3-12-20    046-272-8841
> 11/6  10:30  芦沢 昭二 様    座間市入谷西3-5-9        046-254-7712
> 11/9  13:30  仙石 タケ 様    座間市入谷東1-30-12      080-6652-1093
> 11/11 11:00  鬼塚 勝次 様    座間市相模が丘4-2-15     046-255-0362
>
> 戸塚
""" + SIG_HIGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person schedule is only quoted (>) from the care manager's own mail; new text carries nothing",
    },
    {
        "id": "welfarerental-010",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["根岸 由香 <negishi@aozora-kaigo.co.jp>"],
        "subject": "9月分 給付管理票との差異一覧（パスワード付）",
        "charset": "iso-2022-jp",
        "body": """あおぞら介護サービス
根岸 由香 様

いつもお世話になっております。日の出産業 介護保険請求チームの三ツ矢です。
9月分の国保連返戻のうち、貴事業所様の給付管理票との差異がある分を一覧にしました。
個人情報を含むため、パスワード付きZIPでお送りします。
解凍パスワードは別メールにてお知らせいたします。

お手数ですが、10/28までにご確認をお願いいたします。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "zip",
                "name": "sai_ichiran_202609.zip",
                "password": "Aozora#2609",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "差異一覧_202609.xlsx",
                        "sheets": {"差異": [
                            ["被保険者番号", "氏名", "サービスコード", "当社単位数", "給付管理単位数"],
                            ["0002188302", "宇津木 千代子", "171001", "600", "500"],
                            ["0002211876", "海老原 千代子", "171006", "300", "0"],
                            ["0002230041", "楠本 光子", "171004", "1000", "1100"],
                            ["0002264418", "及川 喜代美", "171009", "200", "250"],
                            ["0002270593", "蛭田 和子", "171001", "800", "700"],
                        ]},
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external care office: the attachment cannot be inspected",
    },
    {
        "id": "welfarerental-011",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["根岸 由香 <negishi@aozora-kaigo.co.jp>"],
        "cc": ["丸清工務店 丸山 <maruyama@marusei-koumuten.co.jp>", "森下 遥 <morishita.h@hinode-sangyo.co.jp>"],
        "subject": "海老原様邸 手すり設置 現地調査日程のご相談",
        "charset": "iso-2022-jp",
        "body": """あおぞら介護サービス 根岸様
（cc：丸清工務店 丸山様、当社 森下）

お世話になっております。日の出産業 住宅改修課の大庭です。
先日ご依頼いただいた海老原 千代子様邸の手すり設置・段差解消について、
現地調査の日程を調整させてください。

　場所：神奈川県海老名市東柏ケ谷5-11-2（海老原様ご自宅）
　候補：11/2（月）10:00〜 ／ 11/4（水）14:00〜 ／ 11/5（木）10:00〜

丸清工務店の丸山様には施工可否と見積のため同行いただく予定です。
根岸様のご都合の良い日をご返信いただけますか。ご本人様・ご家族様への連絡は当社から行います。

住宅改修の事前申請は、見積確定後に理由書と合わせて朝霧市ではなく海老名市へ提出となりますのでご留意ください。
""" + SIG_OBA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["multiple_external_domains", "personal_data"],
        "note": "normal three-way scheduling (care office + builder) with one user's home address: two external organisations, one person",
    },
    {
        "id": "welfarerental-012",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["haisha-sagamihara@aoba-unyu.co.jp"],
        "subject": "11/2（月）緊急追加分 8件",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸 配車ご担当様</p>
<p>いつもお世話になっております。日の出産業 宇佐美です。<br>
退院に合わせた緊急の追加分です。11/2（月）中にお願いできますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>#</th><th>お名前</th><th>お届け先</th><th>連絡先</th><th>品目</th><th>希望時間</th></tr>
<tr><td>1</td><td>長谷部 ミツ</td><td>神奈川県大和市つきみ野3-12-20</td><td>046-272-8841</td><td>特殊寝台一式</td><td>午前</td></tr>
<tr><td>2</td><td>小鳥遊 ハナ</td><td>神奈川県相模原市南区東林間6-4-1</td><td>042-744-9027</td><td>エアマット</td><td>午前</td></tr>
<tr><td>3</td><td>宇津木 千代子</td><td>神奈川県大和市南林間2-16-8</td><td>046-275-0419</td><td>車いす</td><td>11時以降</td></tr>
<tr><td>4</td><td>百目鬼 ハル</td><td>神奈川県相模原市緑区橋本台4-3-18</td><td>042-772-6618</td><td>特殊寝台一式</td><td>午後</td></tr>
<tr><td>5</td><td>鬼塚 勝次</td><td>神奈川県座間市相模が丘4-2-15</td><td>046-255-0362</td><td>リクライニング車いす</td><td>午後</td></tr>
<tr><td>6</td><td>雲井 清</td><td>神奈川県相模原市緑区西橋本2-8-15-301</td><td>042-771-0934</td><td>スロープ</td><td>指定なし</td></tr>
<tr><td>7</td><td>栗林 文子</td><td>神奈川県相模原市南区上鶴間4-21-7</td><td>042-742-1180</td><td>ポータブルトイレ回収</td><td>指定なし</td></tr>
<tr><td>8</td><td>芦沢 昭二</td><td>神奈川県座間市入谷西3-5-9</td><td>090-2217-6634（長男様）</td><td>歩行器交換</td><td>16時以降</td></tr>
</table>
<p>難しい件があればお電話ください（080-3321-7705 宇佐美）。</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of eight users' names, addresses and phones to the delivery partner",
    },
    {
        "id": "welfarerental-013",
        "sender": "Toru Igarashi <igarashi.t@hinode-sangyo.co.jp>",
        "to": ["Elin Sjöberg <elin.sjoberg@nordvikmobility.com>"],
        "subject": "PO HS-2026-0419: shipping schedule and documents",
        "charset": "utf-8",
        "body": """Dear Elin,

Thank you for confirming purchase order HS-2026-0419.

Please find our requests for the shipment below:
- 40 x Nordvik Flex 2 (seat width 42 cm), 12 x Nordvik Flex 2 Tilt
- Incoterms: CIF Yokohama; please book the vessel leaving Gothenburg in week 46
- HS code 8713.10 (wheelchairs, not mechanically propelled)
- Documents: commercial invoice, packing list, certificate of origin (EUR.1 not needed),
  and the JIS T 9201 test summary for each model

Our forwarder is Aoba Unyu; their customs team will contact you about the B/L.
Could you also send the spare-parts price list (armrests, anti-tippers) for 2027?
""" + SIG_IGARASHI_EN + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English purchase-order mail to a foreign manufacturer with HS codes and a legal disclaimer: ordinary business",
    },
]

_MN_014 = mynum()

MESSAGES += [
    {
        "id": "welfarerental-014",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 高齢福祉課 介護保険係 <kaigohoken@city.asagiri.lg.jp>"],
        "subject": "住宅改修費 事前申請書類の送付（芦沢 昭二 様）",
        "charset": "iso-2022-jp",
        "body": """朝霧市 高齢福祉課 介護保険係 御中

いつもお世話になっております。日の出産業 住宅改修課の大庭です。
受領委任払いにて、下記の住宅改修費 事前申請書類をお送りします。
原本は本日郵送いたしました。

・住宅改修費支給申請書（事前）
・住宅改修が必要な理由書（ケアマネジャー作成）
・見積書、改修前写真

ご確認のほどよろしくお願いいたします。
""" + SIG_OBA,
        "attachments": [
            {
                "kind": "docx",
                "name": "住宅改修費支給申請書_芦沢様.docx",
                "title": "介護保険 住宅改修費支給申請書",
                "paragraphs": [
                    "介護保険 住宅改修費支給申請書（事前申請）",
                    "朝霧市長 様",
                    "下記のとおり関係書類を添えて申請します。",
                ],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["被保険者氏名", "芦沢 昭二（アシザワ ショウジ）"],
                        ["被保険者番号", "0003317720"],
                        ["個人番号", grp(_MN_014)],
                        ["生年月日", "昭和13年5月27日"],
                        ["住所", "神奈川県朝霧市本町西2-14-6"],
                        ["電話番号", "0463-71-2286"],
                        ["要介護状態区分", "要介護2"],
                        ["改修内容", "浴室手すり設置、玄関段差解消（踏み台設置）"],
                        ["改修費用", "184,800円"],
                        ["施工業者", "日の出産業株式会社 住宅改修課"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX application form with the applicant's 個人番号 (My Number) sent to the city by mail",
    },
    {
        "id": "welfarerental-015",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 高階様 <takashina@nishiki-insatsu.co.jp>"],
        "subject": "2027年版 福祉用具カタログ 裏表紙の営業所一覧",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
高階様

いつもお世話になっております。日の出産業の蔵元です。
2027年版カタログ裏表紙に載せる営業所一覧を確定しましたので送ります。
昨年版から、海老名出張所が廃止、町田営業所が移転しています。

【日の出産業 ライフケア事業部 営業拠点】
・相模原ケアセンター
　〒252-0236 神奈川県相模原市中央区富士見2-9-14　TEL 042-700-5521　FAX 042-700-5522
・大和営業所
　〒242-0017 神奈川県大和市大和東1-8-3　TEL 046-200-7781　FAX 046-200-7782
・町田営業所（11月移転）
　〒194-0022 東京都町田市森野1-33-10 森野ビル3F　TEL 042-710-3360　FAX 042-710-3361
・メンテナンスセンター（消毒・点検）
　〒252-0244 神奈川県相模原市中央区田名4011-6　TEL 042-760-8812
・住宅改修ご相談窓口（フリーダイヤル）
　0120-558-210（平日9:00〜18:00）

初校は11/20頃とのこと、承知しました。
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own branches with addresses and phone numbers: businesses, not people",
    },
    {
        "id": "welfarerental-016",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["松葉メディカル 営業本部 桐生様 <kiryu@matsuba-medical.co.jp>"],
        "subject": "2027年度 お取引条件のご相談（資料送付）",
        "charset": "utf-8",
        "body": """株式会社松葉メディカル 営業本部
桐生 様

平素より大変お世話になっております。日の出産業の蔵元でございます。
先日の面談でお話しした2027年度のお取引条件について、当社の考えを資料にまとめました。
ご査収のうえ、11月中旬の打合せでご意見を伺えれば幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_KURAMOTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "2027取引条件案_松葉メディカル様.pdf",
                "title": "2027年度 特殊寝台 仕入条件の見直し案",
                "page_header": "社外秘",
                "lines": [
                    "2027年度 特殊寝台 仕入条件の見直し案",
                    "日の出産業株式会社 ライフケア事業部",
                    "",
                    "1. 現状：MB-330 仕入単価 168,000円、年間調達 420台",
                    "2. 競合（天馬精機 TB-3）提示：152,000円、保守5年込み",
                    "3. 当社目標：仕入単価 155,000円以下、もしくは保守期間の延長",
                    "4. 交渉が不調の場合、2027年下期より調達比率を60:40へ変更予定",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the internal negotiation PDF carries a 社外秘 page stamp only inside the attachment, sent to the manufacturer",
    },
    {
        "id": "welfarerental-017",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["鶴岡 加奈子 <kanako.tsuruoka88@gmail.com>"],
        "subject": "車いす お届け日のご案内（日の出産業）",
        "charset": "iso-2022-jp",
        "body": """鶴岡 加奈子 様

お世話になっております。日の出産業 相模原ケアセンターの森下です。
昨日はお電話ありがとうございました。お母様の車いすのお届け日が決まりましたのでご連絡いたします。

　お届け日：10月20日（火）
　時間：10時〜12時の間（当日、ドライバーから30分前にお電話いたします）
　品目：介助式車いす KZ-16 コンパクト、クッション

ご説明と調整のため、私も同行いたします。
ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "delivery notice to one family member on gmail: one free-mail recipient, no list or sensitive data",
    },
    {
        "id": "welfarerental-018",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 厚木営業所 <atsugi-center@aoba-unyu.co.jp>"],
        "subject": "厚木・海老名エリア 11月第1週 定期点検ルート",
        "charset": "cp932",
        "body": """青葉運輸 厚木営業所 御中

日の出産業の宇佐美です。
11月第1週の定期点検ルート（同乗点検）です。Excelから貼り付けたのでずれていたらすみません。
お名前は当日の点検票に記載しています。

利用者ID\t訪問日\t時間\t住所\t電話\t点検品目
AT-0208\t11/2\t9:30\t神奈川県厚木市船子1180-3\t046-228-9914\tエアマット
AT-0215\t11/2\t11:00\t神奈川県厚木市愛甲東2-7-31\t046-227-4450\t特殊寝台
AT-0231\t11/2\t14:00\t神奈川県厚木市妻田西3-18-5\t046-221-3087\t移動用リフト
EB-0109\t11/3\t10:00\t神奈川県海老名市東柏ケ谷5-11-2\t046-231-8875\t特殊寝台
EB-0112\t11/3\t13:30\t神奈川県海老名市上今泉4-2-19-103\t046-233-6021\t車いす
EB-0127\t11/3\t15:00\t神奈川県海老名市国分寺台1-9-8\t070-5512-8843\t特殊寝台
EB-0130\t11/4\t10:00\t神奈川県海老名市杉久保北2-20-4\t046-238-1170\t床ずれ防止用具

よろしくお願いします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of seven users' home addresses and phones without a name column, to the delivery partner",
    },
    {
        "id": "welfarerental-019",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["小野寺 仁 <onodera.j@sakuragaoka-kai.or.jp>"],
        "subject": "百目鬼様 区分変更後の貸与継続について",
        "charset": "iso-2022-jp",
        "body": """桜ヶ丘会 居宅介護支援センター
小野寺 仁 様

お世話になっております。日の出産業の森下です。
百目鬼 ハル様の区分変更の結果を奥様から伺いました。
要介護2 → 要介護4（認定有効期間 2026/10/1〜2027/9/30）とのことですので、
特殊寝台・付属品はこのまま継続、床ずれ防止用具を追加する方向でよろしいでしょうか。

サービス担当者会議の日程が決まりましたら教えてください。
""" + SIG_MORISHITA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one named user's changed 要介護度 to her own care manager: care level is borderline 要配慮 information",
    },
    {
        "id": "welfarerental-020",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["松葉メディカル 神奈川営業所 <kanagawa@matsuba-medical.co.jp>"],
        "subject": "FW: 自動排泄処理装置 デモ希望者",
        "charset": "utf-8",
        "body": """松葉メディカル 神奈川営業所 ご担当者様

お世話になっております。日の出産業 大和営業所の比嘉です。
ケアマネジャーさんから下記の問い合わせがありました。デモ機の手配をお願いできますでしょうか。
訪問日程の調整は貴社から直接ご連絡いただいて構いません。

比嘉

-------- 転送メッセージ --------
件名: 自動排泄処理装置 デモ希望者
日付: 2026/10/19 16:40
差出人: 根岸 由香 <negishi@aozora-kaigo.co.jp>
宛先: 比嘉 美咲 <higa.m@hinode-sangyo.co.jp>

比嘉さん

先日お話しした自動排泄処理装置、デモを希望しているご家族が5件あります。
連絡先はご家族の番号です。

1. 楠本 光子 様　大和市西鶴間7-2-22　046-275-3398（娘様）
2. 及川 喜代美 様　相模原市中央区東淵野辺1-14-3　042-756-2201
3. 蛭田 和子 様　厚木市船子1180-3　090-7731-0256（長男様）
4. 雲井 清 様　相模原市緑区西橋本2-8-15-301　042-771-0934
5. 熊谷 信子 様　相模原市南区相武台団地2-3-6-404　080-1902-4475（夫様）

よろしくお願いします。
根岸
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of a care manager's mail listing five users with addresses and phones to a manufacturer: a forward counts",
    },
]

# ---- 021-040 ---------------------------------------------------------------------------

_CARD_023 = card()

MESSAGES += [
    {
        "id": "welfarerental-021",
        "sender": "千早 蓮 <chihaya.r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <dounyu-support@tsubasa-system.jp>"],
        "cc": ["三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>"],
        "subject": "【移行テスト】利用者マスタ サンプルデータ送付",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の千早です。
新請求システム「TSUBASA介護」へのデータ移行テストに使う利用者マスタを添付します。
旧システムからそのままエクスポートしたもので、和暦・西暦が混在しています。
変換ルールのご確認をお願いします。

千早
""" + SIG_CHIHAYA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "利用者マスタ_移行テスト.xlsx",
                "sheets": {
                    "利用者基本": [
                        ["旧システム 利用者マスタ 出力日 2026/10/20"],
                        ["利用者コード", "氏名", "カナ", "生年月日", "被保険者番号", "要介護度", "郵便番号", "住所", "電話"],
                        ["100112", "久保田 キヨ", "クボタ キヨ", "S9.3.14", "0001482736", "3", "252-0232", "神奈川県相模原市中央区矢部2-4-11", "042-752-0087"],
                        ["100127", "勅使河原 トミ子", "テシガワラ トミコ", "S12.8.2", "0001217754", "4", "252-0344", "神奈川県相模原市南区古淵3-22-9", "042-749-3365"],
                        ["100140", "五月女 勝次", "ソウトメ カツジ", "1930/11/30", "0001450672", "5", "252-0238", "神奈川県相模原市中央区星が丘1-7-2", "042-757-1140"],
                        ["100151", "百目鬼 ハル", "ドウメキ ハル", "昭和14年1月9日", "0001509983", "4", "252-0132", "神奈川県相模原市緑区橋本台4-3-18", "042-772-6618"],
                        ["100163", "小鳥遊 ハナ", "タカナシ ハナ", "T15.2.11", "0001622340", "2", "252-0311", "神奈川県相模原市南区東林間6-4-1", "042-744-9027"],
                        ["100170", "栗林 文子", "クリバヤシ フミコ", "S7.12.25", "0001640018", "1", "252-0302", "神奈川県相模原市南区上鶴間4-21-7", "042-742-1180"],
                        ["100184", "桧山 善治", "ヒヤマ ゼンジ", "1941/4/4", "0001701165", "2", "252-0216", "神奈川県相模原市中央区清新6-1-17", "090-4418-2267"],
                        ["100192", "瀬戸口 敏夫", "セトグチ トシオ", "S18.9.1", "0001735592", "3", "252-0104", "神奈川県相模原市緑区大島1542", "042-761-4409"],
                    ],
                    "負担割合": [
                        ["被保険者番号", "負担割合", "適用開始", "適用終了"],
                        ["0001482736", "1割", "2026/08/01", "2027/07/31"],
                        ["0001217754", "2割", "2026/08/01", "2027/07/31"],
                        ["0001450672", "1割", "2026/08/01", "2027/07/31"],
                        ["0001509983", "1割", "2026/08/01", "2027/07/31"],
                        ["0001622340", "3割", "2026/08/01", "2027/07/31"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "real user master (eight people: DOB in mixed 和暦, insurance numbers, addresses) in a multi-sheet XLSX to the system vendor",
    },
    {
        "id": "welfarerental-022",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["神奈川県国保連 介護保険課 <kaigo-seikyu@kn-kokuhoren.or.jp>"],
        "subject": "伝送エラー（エラーコード 1NB3）についての問い合わせ",
        "charset": "iso-2022-jp",
        "body": """神奈川県国民健康保険団体連合会
介護保険課 ご担当者様

お世話になっております。日の出産業株式会社 介護保険請求チームの三ツ矢と申します。

10月10日に伝送した9月サービス提供分の請求について、到達確認でエラーとなりました。
　事業所番号：1471200345（福祉用具貸与）
　受付番号：K2610-0048772
　エラーコード：1NB3（様式第六 明細情報）
　対象件数：3件

同じファイルを再伝送すると二重請求になるのか、エラー分だけ月遅れで出せばよいのか、
取り扱いをご教示いただけますでしょうか。
なお、同日伝送の住宅改修（事業所番号 1471200352）は正常に受付されています。

お忙しいところ恐れ入りますが、よろしくお願いいたします。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "billing inquiry with 事業所番号, 受付番号 and error codes only: no person's data",
    },
    {
        "id": "welfarerental-023",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["ペイリンクゲート 加盟店サポート <merchant-support@paylink-gate.co.jp>"],
        "subject": "継続課金の登録がエラーになる件（自費レンタル）",
        "charset": "iso-2022-jp",
        "body": """株式会社ペイリンクゲート
加盟店サポート ご担当者様

加盟店ID HSN-004417 の日の出産業です。
自費レンタル（介護保険対象外の電動カート）の継続課金登録が、管理画面で何度やっても
「E-2031 カード情報不備」で止まってしまいます。お客様のカードは下記のとおりです。

　会員名：TSURUOKA KANAKO
　カード番号：{card}
　有効期限：08/29
　利用開始：2026年11月1日／月額 8,800円

お客様からは他のお店では普通に使えていると伺っております。
原因をお調べいただけますでしょうか。
""".format(card=" ".join([_CARD_023[i:i + 4] for i in range(0, 16, 4)])) + SIG_MITSUYA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a customer's full credit card number in the body to the payment agent",
    },
    {
        "id": "welfarerental-024",
        "sender": "千早 蓮 <chihaya.r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 水無瀬様 <minase@tsubasa-system.jp>"],
        "subject": "秘密保持契約書のドラフトについて",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム株式会社
営業部 水無瀬様

お世話になっております。日の出産業の千早です。
移行テストの前に締結する秘密保持契約書（NDA）について、当社法務からのコメントをお伝えします。

1. 第2条「秘密情報」の定義に、利用者の個人情報（要配慮個人情報を含む）を明記してください。
2. 第7条の返還・廃棄について、廃棄証明書の提出を義務としてください。
3. 有効期間は契約終了後5年で問題ありません。

修正版をWordの変更履歴付きでお送りいただけますと助かります。
締結までは本番データは一切お渡ししませんので、テストはダミーデータでお願いします。

千早
""" + SIG_CHIHAYA + DISCLAIMER,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (秘密保持契約) and its terms, plus the standard disclaimer: no marking, no data",
    },
    {
        "id": "welfarerental-025",
        "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
        "to": ["やまびこ修理サービス 工務課 <koumu@yamabiko-repair.jp>"],
        "subject": "移動用リフト 年次点検 訪問先（11月分）",
        "charset": "cp932",
        "body": """やまびこ修理サービス 工務課 御中

メンテナンスセンター鳴海です。
11月の移動用リフト年次点検（メーカー指定点検）の訪問先をお知らせします。
いずれもご家族の立ち会いが必要です。事前の電話連絡をお願いします。

【1】
　氏名：瀬戸口 敏夫 様
　住所：神奈川県相模原市緑区大島1542
　電話：042-761-4409
　機種：天馬精機 つるべー TL-200（製造番号 TL2-18840）

【2】
　氏名：五月女 勝次 様
　住所：神奈川県相模原市中央区星が丘1-7-2
　電話：042-757-1140（奥様）
　機種：天馬精機 つるべー TL-200（製造番号 TL2-19113）

【3】
　氏名：宇津木 千代子 様
　住所：神奈川県大和市南林間2-16-8
　電話：046-275-0419
　機種：据置式リフト SR-5（製造番号 SR5-00722）

【4】
　氏名：勅使河原 トミ子 様
　住所：神奈川県相模原市南区古淵3-22-9
　電話：090-5521-3308（長女様）
　機種：天馬精機 つるべー TL-250（製造番号 TL25-03021）

【5】
　氏名：桧山 善治 様
　住所：神奈川県相模原市中央区清新6-1-17
　電話：090-4418-2267
　機種：床走行式リフト FL-1（製造番号 FL1-40087）

点検報告書は従来どおりPDFでお願いします。
""" + SIG_NARUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five users' records, one block each (name, address, phone), to an external repair company",
    },
    {
        "id": "welfarerental-026",
        "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
        "to": ["やまびこ修理サービス 受付 <uketsuke@yamabiko-repair.jp>"],
        "subject": "修理依頼：電動車いす コントローラー不良（製造番号 EW7-22615）",
        "charset": "iso-2022-jp",
        "body": """やまびこ修理サービス 受付ご担当様

日の出産業メンテナンスセンターの鳴海です。修理を1件お願いします。

機種：風車ホイール 電動車いす EW-7
製造番号：EW7-22615　／　当社管理番号：R-EW-0088
症状：ジョイスティックを前に倒すと断続的に停止する。エラーランプ3回点滅。
引取先：雲井 清 様 宅　神奈川県相模原市緑区西橋本2-8-15 サンライズ橋本301
　　　　（ご本人 042-771-0934、平日日中はご在宅）
代替機：当社から10/23に同型を搬入済みです。

見積が3万円を超える場合は着手前にご連絡ください。
""" + SIG_NARUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a repair request with serial numbers and one user's pick-up address: a single person, may warn",
    },
    {
        "id": "welfarerental-027",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["蔵元 修一 <kuramoto.s@hinode-sangyou.co.jp>"],
        "cc": ["森下 遥 <morishita.h@hinode-sangyo.co.jp>"],
        "subject": "11月 土曜当番表（案）",
        "charset": "iso-2022-jp",
        "body": """蔵元部長

お疲れさまです。比嘉です。
11月の土曜当番表（案）です。緊急対応の携帯は当番が持ち帰ります。

　11/7　相模原：森下　　大和：比嘉
　11/14 相模原：宇佐美　大和：比嘉
　11/21 相模原：森下　　大和：鳴海（応援）
　11/28 相模原：宇佐美　大和：比嘉

ご確認いただければ、全体に展開します。
""" + SIG_HIGA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for the internal boss, but hinode-sangyou.co.jp is an added-letter look-alike of the own domain",
    },
    {
        "id": "welfarerental-028",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
        "subject": "「かながわ福祉機器フェア」出展者控室・宿泊の件",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会営業ご担当 様

お世話になっております。日の出産業の蔵元です。
12/3〜12/4 の福祉機器フェアにつき、出展者控室と宿泊の手配をお願いいたします。
当日の現場責任者と連絡先は下記3名です。

　・蔵元 修一（責任者）　携帯 090-6624-1187
　・比嘉 美咲　　　　　　携帯 080-4470-2391
　・宇佐美 亮（搬入担当）携帯 080-3321-7705

宿泊：12/2（水）チェックイン シングル3室、領収書は会社名でお願いします。
搬入は12/2 18時以降、台車4台をお借りできれば助かります。
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff contacts with mobile numbers to the partner hotel: under five people, may warn",
    },
    {
        "id": "welfarerental-029",
        "sender": "五十嵐 透 <igarashi.t@hinode-sangyo.co.jp>",
        "to": [
            "松葉メディカル 桐生様 <kiryu@matsuba-medical.co.jp>",
            "天馬精機 営業部 <sales@tenma-seiki.co.jp>",
            "芙蓉機器 法人営業 <houjin@fuyou-kiki.co.jp>",
        ],
        "cc": ["風車ホイール 神奈川営業所 <kanagawa-eigyo@kazaguruma-wheel.co.jp>"],
        "subject": "【お見積依頼】在宅用特殊寝台 2027年度 年間調達（回答期限 11/27）",
        "charset": "utf-8",
        "body": """各社 ご担当者様

平素より大変お世話になっております。日の出産業株式会社 購買担当の五十嵐です。
2027年度の在宅用特殊寝台の年間調達について、下記条件でお見積をお願いいたします。

・数量：3モーター 400台／2モーター 120台（分納、月次発注）
・仕様：幅83cm・91cm、ハイロー可動域 25〜65cm、JIS T 9254 適合
・付帯：5年保守、部品供給保証10年、引取・消毒済みリユース品の下取り
・納入先：相模原ケアセンター、大和営業所
・回答期限：2026年11月27日（金）

ご不明点は五十嵐までお問い合わせください。
""" + "\n五十嵐 透\n日の出産業株式会社 ライフケア事業部 購買\nTEL 042-700-5560\n",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "RFQ to four competing manufacturers visible to each other in To/Cc: should have been Bcc",
    },
    {
        "id": "welfarerental-030",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["森下 遥 <morishita.h@hinode-sangyo.co.jp>"],
        "bcc": [
            "kanako.tsuruoka88@gmail.com",
            "h-kumagai1960@yahoo.co.jp",
            "ebihara.family@icloud.com",
            "kurumi-k.0215@docomo.ne.jp",
            "setoguchi_m@outlook.jp",
            "yoshie.kusumoto@ezweb.ne.jp",
        ],
        "subject": "年末年始の営業についてのお知らせ（日の出産業 相模原ケアセンター）",
        "charset": "iso-2022-jp",
        "body": """ご利用者様・ご家族様

いつも日の出産業の福祉用具レンタルをご利用いただき、ありがとうございます。
年末年始の営業についてお知らせいたします。

　休業期間：2026年12月29日（火）〜2027年1月3日（日）
　※休業中も、ベッド・エアマット・リフトの故障など緊急時は
　　緊急受付ダイヤル 0120-558-219 で24時間承ります。

消耗品（車いすのクッションカバー等）のご注文は12月25日までにお願いいたします。
本メールは送信専用ではございません。ご不明な点はご返信ください。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to six families correctly in Bcc (To is the sender): recipients cannot see each other",
    },
    {
        "id": "welfarerental-031",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["haisha-sagamihara@aoba-unyu.co.jp"],
        "subject": "10/26 古淵 回収作業時のお願い",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 配車ご担当様

宇佐美です。10/26（月）午前の回収1件、ドライバーさんへの申し送りをお願いします。

お伺い先の勅使河原 トミ子様（古淵3-22-9）は、アルツハイマー型認知症で、知らない人が
来ると強く拒否されることがあります。必ず長女様（同居）が在宅の時間に伺い、
玄関でまず長女様を呼んでいただくようお願いします。
「回収」という言葉に不安になられるので、「点検で預かります」とお伝えください。

以上、よろしくお願いします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a named user's dementia diagnosis (要配慮個人情報) in running text to the delivery partner",
    },
    {
        "id": "welfarerental-032",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
        "subject": "新製品DM 発送先リスト（居宅介護支援事業所 12件）",
        "charset": "utf-8",
        "body": """錦印刷 DM事業部 御中

お世話になっております。日の出産業 大和営業所の比嘉です。
自動排泄処理装置のDM、大和・座間エリアの居宅介護支援事業所への発送分です。
宛名は「ケアマネジャー各位」でお願いします（個人名は入れません）。

事業所名                          〒        住所                                  TEL
--------------------------------  --------  ------------------------------------  ------------
みのりケアプランセンター          242-0006  神奈川県大和市南林間1-5-12 2F         046-277-1130
あおぞら介護サービス 大和         242-0017  神奈川県大和市大和東3-2-8             046-263-4470
ケアプラン木もれび                242-0021  神奈川県大和市中央2-11-3              046-264-0082
社会福祉法人 桜ヶ丘会 居宅        242-0029  神奈川県大和市上草柳6-4-40            046-260-2215
つるま居宅介護支援事業所          242-0004  神奈川県大和市鶴間1-28-7 鶴間ビル101  046-274-9931
居宅介護支援 ゆうあい              242-0014  神奈川県大和市上和田1520-3            046-268-3317
ざま中央ケアプラン                228-0024  神奈川県座間市入谷東2-4-19            046-256-7720
ひまわり居宅介護支援センター      228-0004  神奈川県座間市小松原1-40-2            046-255-1048
相武台ケアマネジメント            228-0001  神奈川県座間市相武台3-5010-8          046-251-5603
さがみ野居宅介護支援事業所        228-0002  神奈川県座間市ひばりが丘2-33-1        046-298-3366
ケアステーションはるかぜ          228-0011  神奈川県座間市相模が丘6-12-5          046-257-8801
医療法人 清和会 居宅介護支援      228-0013  神奈川県座間市入谷西5-1-1             046-253-2290

発送は11/9（月）着でお願いします。
""" + SIG_HIGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a mailing list of twelve care offices (business names, addresses, switchboards): businesses, not people",
    },
    {
        "id": "welfarerental-033",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "請求データのExcel出力が開けません（問合せ番号 TS-58113）",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム サポートデスク 御中

日の出産業の三ツ矢です。問合せ番号 TS-58113 の件で、実際に出力されたファイルを添付します。
「明細出力」ボタンで保存したExcelが、開くと「ファイルが壊れています」と表示されます。
こちらの環境（Excel 2021、Windows 11）では修復もできませんでした。

お手数ですが原因をご確認ください。
""" + SIG_MITSUYA,
        "attachments": [
            {"kind": "corrupt", "name": "meisai_202609.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt XLSX (a billing export) to the vendor: the attachment cannot be inspected",
    },
    {
        "id": "welfarerental-034",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["佐伯 真理子 <saeki@kyotaku-hidamari.jp>"],
        "subject": "RE: 久保田様 ベッド変更のご相談",
        "charset": "cp932",
        "body": """佐伯様

ご連絡ありがとうございます。
来週火曜の午後でしたら伺えますので、その時に実機をお持ちします。
詳しくはお電話でご相談させてください。

森下

差出人: 佐伯 真理子 <saeki@kyotaku-hidamari.jp>
送信日時: 2026年10月22日 11:05
宛先: 森下 遥 <morishita.h@hinode-sangyo.co.jp>
件名: 久保田様 ベッド変更のご相談

森下様

いつもありがとうございます。ひだまりの佐伯です。
久保田 キヨ様（被保険者番号 0001482736）ですが、先週の受診で変形性膝関節症が進行していると
言われ、整形外科の医師からも起き上がりの補助が必要と指示がありました。
背上げと膝上げが連動するタイプへの変更をご検討いただけますか。

佐伯
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the diagnosis and insurance number are only in the quoted Outlook-style original from the care manager herself",
    },
    {
        "id": "welfarerental-035",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 車両管理課 <sharyo@aoba-unyu.co.jp>"],
        "subject": "リース車両 運転者追加登録のお願い",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 車両管理課 御中

お世話になっております。日の出産業 配送管理課の宇佐美です。
リース中の2tゲート車（相模 400 あ 21-87）の運転者として、当社社員1名の追加登録をお願いします。

　氏名：仙波 大輔（せんば だいすけ）
　生年月日：1994年7月18日
　運転免許証番号：第 453107822640 号
　免許の種類：準中型（5t限定なし）
　有効期限：2029年08月18日

免許証の写しは原本確認後に破棄いたしました。登録完了のご連絡をお待ちしております。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "an employee's driver's licence number (identity document) sent to an external partner",
    },
    {
        "id": "welfarerental-036",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["朝霧市 介護保険課 事業者指導係 <shidou@city.asagiri.lg.jp>"],
        "subject": "福祉用具貸与 利用状況調査への回答（日の出産業）",
        "charset": "iso-2022-jp",
        "body": """朝霧市 介護保険課 事業者指導係 御中

お世話になっております。日の出産業株式会社 ライフケア事業部の蔵元です。
10月5日付でご依頼のありました利用状況調査について、2026年9月末時点の集計をお送りします。

要介護度    利用者数   特殊寝台  車いす  歩行器  手すり  床ずれ防止
----------  ---------  --------  ------  ------  ------  ----------
要支援1       18          0        2      11      14        0
要支援2       31          0        5      19      22        0
要介護1       64          4       21      27      30        3
要介護2       77         39       35      22      25       12
要介護3       52         44       30       6      11       24
要介護4       29         28       22       1       4       20
要介護5       16         16       12       0       1       15
----------  ---------  --------  ------  ------  ------  ----------
計           287        131      127      86     107       74

※軽度者（要支援・要介護1）への特殊寝台4件は、いずれも例外給付の確認済みです。
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate counts by care level to the city: statistics, nobody identifiable",
    },
    {
        "id": "welfarerental-037",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["丸清工務店 丸山様 <maruyama@marusei-koumuten.co.jp>"],
        "subject": "11月 住宅改修 施工予定表",
        "charset": "utf-8",
        "body": """丸清工務店
丸山様

お世話になっております。大庭です。
11月の施工予定表を添付します。施主様への着工前の電話連絡をお願いします。
申請承認済みのものだけ載せています。

大庭
""" + SIG_OBA,
        "attachments": [
            {
                "kind": "docx",
                "name": "202611_施工予定表.docx",
                "paragraphs": ["2026年11月 住宅改修 施工予定表", "日の出産業株式会社 住宅改修課"],
                "tables": [
                    [
                        ["施工日", "施主", "住所", "電話", "工事内容", "承認番号"],
                        ["11/6", "芦沢 昭二", "神奈川県朝霧市本町西2-14-6", "0463-71-2286", "浴室手すり・玄関踏み台", "AS-26-0311"],
                        ["11/9", "海老原 千代子", "神奈川県海老名市東柏ケ谷5-11-2", "046-231-8875", "廊下手すり", "EB-26-1047"],
                        ["11/12", "一ノ瀬 正雄", "神奈川県大和市中央林間5-9-3", "046-274-5512", "トイレ洋式化", "YM-26-0872"],
                        ["11/16", "雲井 清", "神奈川県相模原市緑区西橋本2-8-15-301", "042-771-0934", "引き戸への交換", "SG-26-2210"],
                        ["11/19", "熊谷 信子", "神奈川県相模原市南区相武台団地2-3-6-404", "080-1902-4475", "浴室段差解消", "SG-26-2231"],
                        ["11/25", "四十物 幸吉", "神奈川県相模原市中央区陽光台3-2-27", "042-753-6104", "階段手すり（両側）", "SG-26-2248"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six homeowners' names, addresses and phones to an external builder",
    },
    {
        "id": "welfarerental-038",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["特別養護老人ホーム ひかりの郷 事務長 <jimu@hikarinosato.or.jp>"],
        "subject": "請求書送付のご案内（No. HS-INV-2610-0217）",
        "charset": "iso-2022-jp",
        "body": """社会福祉法人 光雲会
特別養護老人ホーム ひかりの郷 事務長様

平素よりお引き立ていただき、誠にありがとうございます。日の出産業の三ツ矢です。
10月分の施設向けレンタル（ショートステイ用ベッド10台、エアマット4枚）の請求書をお送りします。

　請求書番号：HS-INV-2610-0217
　請求金額：158,400円（税込）
　お支払期限：2026年11月30日
　お振込先：みどり銀行 相模原支店 普通 1234567 ニチノデサンギョウ（カ
　適格請求書発行事業者登録番号：T{corp}

請求書PDFは郵送分と同じものです。ご不明点はお気軽にお問い合わせください。
""".format(corp=corp_no("021001045187")) + SIG_MITSUYA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "an invoice mail with the company's own bank account and T-number (法人番号): business data, nobody's personal data",
    },
    {
        "id": "welfarerental-039",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["佐伯 真理子 <saeki@kyotaku-hidamari.jp>", "栗林 雅人 <masato.kuribayashi@gmail.com>"],
        "cc": ["丸清工務店 丸山様 <maruyama@marusei-koumuten.co.jp>"],
        "subject": "栗林 文子様邸 工事日程のご連絡",
        "charset": "iso-2022-jp",
        "body": """佐伯様、栗林様（ご長男様）
cc：丸清工務店 丸山様

お世話になっております。日の出産業 住宅改修課の大庭です。
栗林 文子様邸（相模原市南区上鶴間4-21-7）の手すり・段差解消工事の日程が確定しました。

　工事日：11月17日（火）9:00〜16:00
　内容：玄関上がり框 手すり、トイレ L型手すり、浴室出入口 段差解消
　施工：丸清工務店（丸山様ほか1名）

当日はお母様のデイサービスの日と伺っています。鍵のお預かり方法は栗林様とご相談させてください。
""" + SIG_OBA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
        "note": "three external parties (care office, a family member on gmail, the builder) visible to each other in To/Cc",
    },
    {
        "id": "welfarerental-040",
        "sender": "Toru Igarashi <igarashi.t@hinode-sangyo.co.jp>",
        "to": ["Quality Assurance <qa@evergrace-med.com.tw>"],
        "cc": ["Jason Lin <jason.lin@evergrace-med.com.tw>"],
        "subject": "Quality claim QC-26-031: cracked brake levers (lot EG-W2607)",
        "charset": "utf-8",
        "body": """Dear Evergrace QA team,

We have found cracked brake levers on three wheelchairs from lot EG-W2607 during our
routine disinfection and inspection:

  Model      Serial no.     Received     Finding
  ---------  -------------  -----------  -------------------------------
  EG-LW18    W18-2607-0142  2026-08-04   left brake lever cracked at pivot
  EG-LW18    W18-2607-0177  2026-08-04   left brake lever cracked at pivot
  EG-LW18    W18-2607-0203  2026-08-04   hairline crack, right lever

No injuries have been reported. We have withdrawn all 48 units of this lot from rental.
Please send us your root-cause analysis and tell us whether replacement levers
(part no. BL-18-L/R) can be shipped by air before November 20.

Photos are on our shared folder (link sent separately by Jason's request).
""" + SIG_IGARASHI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English quality claim with serial and lot numbers to one foreign manufacturer: equipment data only",
    },
]

# ---- 041-060 ---------------------------------------------------------------------------

_MN_042A = mynum()
_MN_042B = mynum()
_MN_042C = mynum()

_SURNAMES = ["佐々木", "久保田", "東海林", "長谷部", "宇津木", "仙石", "栗林", "鬼塚", "雲井", "芦沢",
             "楠本", "及川", "海老原", "熊谷", "角田", "桧山", "蛭田", "瀬戸口", "二階堂", "鹿島",
             "犬飼", "御手洗", "漆原", "相馬", "早乙女", "甘粕", "嵯峨", "砂田", "羽生", "月岡"]
_GIVEN = ["キヨ", "トミ子", "正雄", "千代子", "勝次", "ハル", "幸吉", "静江", "文子", "清",
          "昭二", "光子", "喜代美", "茂", "信子", "房江", "善治", "和子", "敏夫", "タケ",
          "フミ", "義男", "ミサヲ", "寅雄", "節子"]
_CODES = [("171001", "特殊寝台", 800), ("171002", "特殊寝台付属品", 200), ("171004", "車いす", 550),
          ("171005", "車いす付属品", 100), ("171006", "床ずれ防止用具", 600), ("171009", "手すり", 300),
          ("171011", "歩行器", 300), ("171015", "移動用リフト", 1200)]


def _billing_rows(n: int) -> list[list[str]]:
    rows = [["サービス提供年月", "被保険者番号", "氏名", "サービスコード", "品目", "単位数", "負担割合", "利用者負担額"]]
    used = set()
    while len(rows) <= n:
        name = rng.choice(_SURNAMES) + " " + rng.choice(_GIVEN)
        if name in used:
            continue
        used.add(name)
        code, item, units = rng.choice(_CODES)
        ratio = rng.choice([1, 1, 1, 2, 3])
        rows.append(["202609", "000" + "".join(str(rng.randrange(10)) for _ in range(7)), name, code,
                     item, str(units), f"{ratio}割", str(units * 10 * ratio // 10)])
    return rows


MESSAGES += [
    {
        "id": "welfarerental-041",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["朝霧市東部地域包括支援センター <info@houkatsu-asagiri-higashi.jp>"],
        "subject": "要支援の方 認定更新予定一覧（ご依頼の件）",
        "charset": "utf-8",
        "body": """朝霧市東部地域包括支援センター
ご担当者様

お世話になっております。日の出産業の森下です。
先日お電話でご依頼いただいた、当社で福祉用具をご利用中の要支援の方のうち、
12月〜2月に認定の有効期間が切れる方の一覧をPDFでお送りします。
更新申請の声かけの参考にしていただければと思います。
""" + SIG_MORISHITA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "認定更新予定一覧_要支援.pdf",
                "title": "認定更新予定一覧",
                "lines": ["要支援の方 認定更新予定一覧（2026年12月〜2027年2月満了）", "日の出産業株式会社 相模原ケアセンター", ""],
                "table": [
                    ["氏名", "生年月日", "被保険者番号", "要支援", "有効期間満了", "貸与品目"],
                    ["鹿島 フミ", "昭和10年4月18日", "0003302217", "要支援1", "2026/12/31", "歩行器"],
                    ["犬飼 義男", "昭和8年9月3日", "0003310045", "要支援2", "2026/12/31", "手すり"],
                    ["御手洗 ミサヲ", "大正15年1月27日", "0003291188", "要支援2", "2027/01/31", "歩行器・手すり"],
                    ["漆原 寅雄", "昭和13年11月11日", "0003327790", "要支援1", "2027/01/31", "手すり"],
                    ["相馬 節子", "昭和17年6月6日", "0003335512", "要支援2", "2027/01/31", "スロープ"],
                    ["早乙女 静江", "昭和11年2月20日", "0003298473", "要支援1", "2027/02/28", "歩行器"],
                    ["甘粕 茂", "昭和15年7月30日", "0003341106", "要支援2", "2027/02/28", "手すり"],
                    ["嵯峨 和子", "昭和9年12月1日", "0003286654", "要支援1", "2027/02/28", "歩行補助つえ"],
                    ["砂田 敏夫", "昭和20年3月15日", "0003350029", "要支援2", "2027/02/28", "歩行器"],
                    ["月岡 房江", "昭和12年10月9日", "0003319937", "要支援1", "2027/02/28", "手すり"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "PDF table of ten users with dates of birth and insurance numbers to an external community support centre",
    },
    {
        "id": "welfarerental-042",
        "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
        "to": ["渡会 佳奈 <watarai.k@hinode-sangyo.co.jp>"],
        "subject": "年末調整 扶養控除等申告書の個人番号（鳴海）",
        "charset": "iso-2022-jp",
        "body": """総務人事部 渡会さん

お疲れさまです。メンテナンスセンターの鳴海です。
扶養控除等申告書の個人番号欄、記入漏れのご指摘ありがとうございました。以下のとおりです。

　本人　鳴海 拓真　　個人番号 {a}
　配偶者　鳴海 沙織（昭和63年2月9日生）　個人番号 {b}
　長男　鳴海 颯太（平成28年5月21日生）　個人番号 {c}

紙の申告書にも追記して、明日社内便で送ります。
""".format(a=grp(_MN_042A), b=grp(_MN_042B), c=grp(_MN_042C)) + SIG_NARUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of an employee and his family for 年末調整, sent only to internal HR",
    },
    {
        "id": "welfarerental-043",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 相模原支店 法人営業課 <sagamihara-houjin@midori-ginko.co.jp>"],
        "subject": "口座振替 新規登録分（11月引落開始）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 相模原支店 法人営業課
ご担当者様

いつもお世話になっております。日の出産業株式会社の三ツ矢です。
利用者負担金の口座振替について、11月引落開始の新規登録分をお送りします。
依頼書の原本は明日、バイク便でお届けします。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "zip",
                "name": "kouzafurikae_202611.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "furikae_shinki_202611.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["顧客番号", "預金者名（カナ）", "金融機関", "支店", "種目", "口座番号", "引落開始"],
                            ["200341", "クボタ キヨ", "みどり銀行", "相模原支店", "普通", "3027741", "202611"],
                            ["200356", "テシガワラ サチエ", "みどり銀行", "古淵支店", "普通", "1185520", "202611"],
                            ["200362", "ソウトメ カツジ", "横浜中央信用金庫", "淵野辺支店", "普通", "0442817", "202611"],
                            ["200375", "ドウメキ シゲル", "みどり銀行", "橋本支店", "普通", "2209963", "202611"],
                            ["200381", "タカナシ ハナ", "ゆうちょ銀行", "〇一八店", "普通", "5530172", "202611"],
                            ["200394", "クリバヤシ マサト", "みどり銀行", "相模大野支店", "普通", "4471038", "202611"],
                            ["200402", "ヒヤマ ゼンジ", "相模湾信用組合", "本店", "当座", "0018874", "202611"],
                            ["200417", "セトグチ トシオ", "みどり銀行", "相模原支店", "普通", "3390125", "202611"],
                            ["200423", "ナルセ ヨシコ", "みどり銀行", "上溝支店", "普通", "1702649", "202611"],
                        ],
                    },
                    {"kind": "txt", "name": "readme.txt", "text": "11月分から引落開始。顧客番号は当社の利用者コードです。"},
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "a ZIP holding a CSV of nine account holders' bank accounts, to the partner bank",
    },
    {
        "id": "welfarerental-044",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 高階様 <takashina@nishiki-insatsu.co.jp>"],
        "subject": "Re: 介護保険改正セミナー資料の増刷について",
        "charset": "iso-2022-jp",
        "body": """高階様

お問い合わせありがとうございます。
先日のセミナー配布資料は社外秘ではありませんので、ケアマネジャー向けに増刷していただいて
問題ありません。300部でお願いします。
表紙の「参加者限り」の文言だけ削除してください。
データ上の機密扱いのマークも特に付けていないはずですが、念のため最終PDFを確認させてください。

納期は11/16希望です。

> 蔵元様
> 先日のセミナー資料ですが、増刷のご依頼をいただいたケアマネジャーさんがいらっしゃると
> 伺いました。社外に出してよい資料か、念のため確認させてください。
> 錦印刷 高階
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned (the document is NOT confidential); no marking on anything",
    },
    {
        "id": "welfarerental-045",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["朝霧市 障害福祉課 補装具担当 <hosougu@city.asagiri.lg.jp>"],
        "subject": "補装具（車いす）支給と介護保険貸与の調整について",
        "charset": "iso-2022-jp",
        "body": """朝霧市 障害福祉課 補装具ご担当 様

お世話になっております。日の出産業の森下と申します。
当社で車いすを貸与している二階堂 義男様（朝霧市在住、68歳）についてご相談です。

二階堂様は身体障害者手帳1種2級（両下肢機能障害）をお持ちで、
介護保険の標準型車いすでは体幹保持が難しいため、補装具としてのオーダーメイド車いすの
支給申請を検討されています。
介護保険優先の原則との関係で、どのような書類（医師意見書、貸与品では対応できない理由書等）が
必要か、ご教示いただけますでしょうか。

担当ケアマネジャーとも共有のうえ、必要であればご本人と窓口へ伺います。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named user's disability (身体障害者手帳 1種2級, 両下肢機能障害) in running text to the city",
    },
    {
        "id": "welfarerental-046",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 相模原支店 <sagamihara-houjin@midori-ginkou.co.jp>"],
        "subject": "口座振替データ 伝送スケジュールの確認",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 相模原支店 法人営業課 ご担当者様

お世話になっております。日の出産業の三ツ矢です。
12月以降の口座振替データの伝送スケジュールについて確認させてください。

　・12月引落分：伝送締切 12/10（木）、引落日 12/28（月）
　・1月引落分：伝送締切 1/12（火）、引落日 1/27（水）

年末の引落日が28日で問題ないか、また振替結果データの還元日をお知らせいただけますか。
""" + SIG_MITSUYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp is an added-letter look-alike of the partner bank midori-ginko.co.jp",
    },
    {
        "id": "welfarerental-047",
        "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
        "to": ["やまびこ修理サービス 工務課 <koumu@yamabiko-repair.jp>"],
        "subject": "エアマット ポンプ交換 訪問4件",
        "charset": "cp932",
        "body": """やまびこ修理サービス 工務課 様

鳴海です。メーカーから交換ポンプが入荷しましたので、下記4件の訪問交換をお願いします。

  お名前          住所                                電話           機種
  --------------  ----------------------------------  -------------  ----------
  蛭田 和子 様    厚木市船子1180-3                    046-228-9914   AM-600
  百目鬼 ハル 様  相模原市緑区橋本台4-3-18            042-772-6618   AM-600
  熊谷 信子 様    相模原市南区相武台団地2-3-6-404     080-1902-4475  AM-800R
  小鳥遊 ハナ 様  相模原市南区東林間6-4-1             042-744-9027   AM-600

いずれも使用中のため、交換は30分以内でお願いします。外したポンプはセンターへ返送願います。
""" + SIG_NARUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four users' visit records to the repair shop: below the five-person list threshold, may warn",
    },
    {
        "id": "welfarerental-048",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["星空損害保険 賠償事故受付 <baisho-uketsuke@hoshizora-sonpo.co.jp>"],
        "subject": "【事故報告】貸与車いすのブレーキ不具合による転倒（証券番号 HB-8830217）",
        "charset": "utf-8",
        "body": """星空損害保険株式会社
賠償事故受付 ご担当者様

いつもお世話になっております。日の出産業株式会社 ライフケア事業部の蔵元です。
生産物賠償責任保険（証券番号 HB-8830217）に関し、事故のご報告をいたします。

■事故日時：2026年10月18日（日）15時頃
■被害者：羽生 節子 様（昭和14年3月2日生、87歳）
■状況：当社貸与の車いす（EG-LW18、W18-2607-0142）で移乗中、左ブレーキレバーが破損し転倒。
■負傷：右大腿骨頸部骨折。朝霧中央病院に入院、10/20に人工骨頭置換術。
■健康保険：後期高齢者医療被保険者証 被保険者番号 39141207（ご家族から写しを受領）

ご家族は治療費と入院中の付添費用について補償を希望されています。
今後の手続きと必要書類をご教示ください。
""" + SIG_KURAMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "accident report naming the injured user with injury/surgery details and her health-insurance number, to an insurer",
    },
    {
        "id": "welfarerental-049",
        "sender": "Toru Igarashi <igarashi.t@hinode-sangyo.co.jp>",
        "to": ["Elin Sjöberg <elin.sjoberg@nordvikmobility.com>"],
        "subject": "Re: Custom seating request",
        "charset": "utf-8",
        "body": """Dear Elin,

Thank you. Understood that the tilt module will be available from January.
Our specialist will visit the user again and send you the final measurements next week.

Best regards,
Toru

On Wed, 21 Oct 2026 at 08:14, Elin Sjöberg <elin.sjoberg@nordvikmobility.com> wrote:
> Dear Toru,
>
> Regarding the user you described (Mr. Kaito Somei, 52, cervical spinal cord injury C6,
> seat width 40 cm, needs 30-degree tilt): the Flex 2 Tilt cannot go below 42 cm.
> We suggest the Flex Junior frame with the adult tilt module instead.
>
> Kind regards,
> Elin
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the user's diagnosis appears only in the quoted 'On ... wrote:' text of the manufacturer's own mail",
    },
    {
        "id": "welfarerental-050",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["大和市北部地域包括支援センター <soudan@houkatsu-yamato-kita.jp>"],
        "subject": "ご相談（訪問時に気になったこと）",
        "charset": "iso-2022-jp",
        "body": """大和市北部地域包括支援センター
ご担当者様

日の出産業 大和営業所の比嘉と申します。急ぎご相談したいことがあり、ご連絡しました。

10/23に手すりの点検で伺った相馬 節子様（大和市上草柳6-18-2、84歳）ですが、
両腕と首のあたりに新しいあざが複数あり、同居の次男様に強い口調で叱責されている場面に
立ち会いました。ご本人は「転んだ」とおっしゃっていましたが、次男様がいない時に
「叩かれるのが怖い」ともらされました。
また、年金の通帳を次男様が管理していて、食事も十分でない様子でした。

高齢者虐待の疑いとして通報すべき事案と考えています。
担当ケアマネジャーさんにはまだ伝えておりません。対応についてご指示いただけますでしょうか。
""" + SIG_HIGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "suspected elder abuse (victim of a crime) of a named user with her address, sent outside",
    },
    {
        "id": "welfarerental-051",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["漆原 寅雄 様 <urushibara-t@yahoo.co.jp>"],
        "subject": "手すり工事のお見積書（日の出産業）",
        "charset": "iso-2022-jp",
        "body": """漆原 寅雄 様

先日はご自宅での打合せにお時間をいただき、ありがとうございました。
日の出産業 住宅改修課の大庭です。
お話しした手すり工事のお見積書をPDFでお送りします。

介護保険の住宅改修（上限20万円、1割負担）が使えますので、
実際のご負担は見積額の1割、約16,000円となる見込みです。
ご了承いただけましたら、ケアマネジャーさんに理由書の作成をお願いしますので、
お電話かメールでお知らせください。
""" + SIG_OBA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "御見積書_漆原様邸.pdf",
                "title": "御見積書",
                "lines": [
                    "御見積書　No. HK-26-0488",
                    "漆原 寅雄 様",
                    "工事場所：神奈川県相模原市中央区上溝7-12-33",
                    "",
                    "下記のとおりお見積り申し上げます。　有効期限：2026年12月31日",
                    "日の出産業株式会社 住宅改修課　〒252-0236 神奈川県相模原市中央区富士見2-9-14",
                ],
                "table": [
                    ["品名", "数量", "単価", "金額"],
                    ["玄関 縦手すり（φ35、600mm）", "1", "18,000", "18,000"],
                    ["廊下 横手すり（φ35、2,400mm）", "2", "36,000", "72,000"],
                    ["トイレ L型手すり", "1", "28,000", "28,000"],
                    ["下地補強工事", "一式", "24,000", "24,000"],
                    ["諸経費", "一式", "18,000", "18,000"],
                    ["合計（非課税）", "", "", "160,000"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "an estimate sent to the customer himself on yahoo.co.jp: only his own name and address, one free-mail recipient",
    },
    {
        "id": "welfarerental-052",
        "sender": "渡会 佳奈 <watarai.k@hinode-sangyo.co.jp>",
        "to": ["神崎社会保険労務士事務所 神崎先生 <kanzaki@sr-kanzaki.jp>"],
        "subject": "【部外秘】相談員手当 新設に伴う月額変更の試算",
        "charset": "iso-2022-jp",
        "body": """【部外秘】
神崎先生

いつもお世話になっております。日の出産業 総務人事部の渡会です。
11月から新設する「福祉用具専門相談員手当」により固定的賃金が変動する3名について、
随時改定（月額変更届）の対象になるかご確認いただけますでしょうか。

　氏名　　　　現行月額報酬　手当新設後　　等級（現行）
　森下 遥　　　268,000円　　 298,000円　　22等級
　比嘉 美咲　　252,000円　　 282,000円　　21等級
　宇佐美 亮　　275,000円　　 290,000円　　22等級

※鳴海は相談員資格がないため対象外です。
社内でもまだ公表前の内容ですので、取扱いにご注意ください。
""" + SIG_WATARAI,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "mail stamped 【部外秘】 (with three employees' pay) sent to an external labour consultant",
    },
    {
        "id": "welfarerental-053",
        "sender": "渡会 佳奈 <watarai.k@hinode-sangyo.co.jp>",
        "to": ["ケアワークスタッフ 外国人材担当 <global@carework-staff.co.jp>"],
        "subject": "配送補助スタッフ（特定技能）の在留カード情報",
        "charset": "utf-8",
        "body": """株式会社ケアワークスタッフ
外国人材担当 ご担当者様

いつもお世話になっております。日の出産業の渡会です。
12月から配送補助で受け入れ予定のスタッフについて、在留カードの情報をお送りします。
支援計画書の作成にお使いください。

　氏名：NGUYEN VAN KHOA（グエン ヴァン コア）
　国籍：ベトナム
　生年月日：2001年3月12日
　在留カード番号：UH48120937EA
　在留資格：特定技能1号　在留期間満了日：2027年9月30日

住居は当社借上げ社宅（相模原市中央区）を予定しています。
""" + SIG_WATARAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a worker's 在留カード number (identity document) sent to a staffing agency",
    },
    {
        "id": "welfarerental-054",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["atsugi-center@aoba-unyu.co.jp"],
        "subject": "Re: 10/28 厚木 回収2件 時間変更",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 厚木営業所 様

宇佐美です。時間変更の件、ご家族に確認が取れました。
下記2件、この時間でお願いします。

・10:30　犬飼 義男 様　厚木市愛甲東2-7-31　（ご本人 046-227-4450）　歩行器回収
・14:00　嵯峨 和子 様　厚木市妻田西3-18-5　（娘様 090-8814-2260）　手すり回収

よろしくお願いします。

> 宇佐美様
> 10/28の厚木2件、午前の車両が埋まってしまったため、時間をずらせないでしょうか。
> 青葉運輸 厚木 杉浦
""" + SIG_USAMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two users' pick-up addresses and phones to the delivery partner: two people, may warn",
    },
    {
        "id": "welfarerental-055",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["ナイトラインサポート 受託窓口 <jutaku@nightline-support.co.jp>"],
        "subject": "夜間緊急受付 連絡先リスト更新（エアマット・リフト利用者）",
        "charset": "utf-8",
        "body": """株式会社ナイトラインサポート
受託窓口 ご担当者様

日の出産業の森下です。夜間緊急受付でお使いいただく緊急連絡先リストに、
11月から下記5件を追加してください（電動エアマット・リフトの新規利用者様です）。

◇鹿島 フミ 様　　緊急連絡先：長男 鹿島 隆之 様　０９０－３３７８－５５１０
◇犬飼 義男 様　　緊急連絡先：妻 犬飼 トシ 様　　０４６－２２７－４４５０
◇御手洗 ミサヲ 様　緊急連絡先：次女 宮前 恵子 様　０８０－６６２１－９０４７
◇砂田 敏夫 様　　緊急連絡先：本人携帯　　　　　０７０－２２５８－３１１６
◇月岡 房江 様　　緊急連絡先：長女 月岡 真弓 様　０９０－１１０４－７７８２

機器停止の入電時は、上記にご連絡のうえ当番（080-3321-7705）へ転送をお願いします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five users' emergency contacts with full-width phone numbers to an outsourced call centre",
    },
    {
        "id": "welfarerental-056",
        "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
        "to": ["小野寺 仁 <onodera.j@sakuragaoka-kai.or.jp>"],
        "subject": "FW: 【重要】移動用リフト TL-200 自主回収（リコール）のお知らせ",
        "charset": "iso-2022-jp",
        "body": """小野寺様

日の出産業メンテナンスセンターの鳴海です。
天馬精機からリコールの通知がありました。小野寺様ご担当の方にも該当機がありますので、
念のため転送いたします。該当機は当社で順次交換に伺い、日程はご家族に直接ご連絡します。

鳴海

---------- Forwarded message ---------
From: 天馬精機株式会社 品質保証部 <qa-info@tenma-seiki.co.jp>
Date: 2026年10月20日(火) 10:00
Subject: 【重要】移動用リフト TL-200 自主回収（リコール）のお知らせ

お取引先各位

弊社製 移動用リフト「つるべー TL-200」の一部において、吊り具接続部の固定ピンが
経年により緩むおそれがあることが判明いたしました。
下記対象製品を無償で点検・部品交換させていただきます。

　対象機種：TL-200
　製造番号：TL2-18001 〜 TL2-19500
　製造期間：2023年4月〜2024年9月
　対応：固定ピンおよびワッシャーの交換（作業時間約20分）

お問い合わせ：天馬精機 リコール専用窓口 0120-770-355（9:00〜17:00）
""" + SIG_NARUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forwarded manufacturer recall notice with serial ranges and a toll-free number: no personal data",
    },
    {
        "id": "welfarerental-057",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "Re: TS-58113 再現用データのご提供",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム サポートデスク 御中

三ツ矢です。再現用データが必要とのことでしたので、9月分の明細をCSVで書き出しました。
文字コードはUTF-8です。30件分あれば再現すると思います。

> 三ツ矢様
> 恐れ入りますが、現象を再現できるデータをご提供いただけますでしょうか。
> サポートデスク 藤代
""" + SIG_MITSUYA,
        "attachments": [
            {"kind": "csv", "name": "meisai_202609_saigen.csv", "encoding": "utf-8", "rows": _billing_rows(30)},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "real billing detail (thirty users' names and 被保険者番号) exported as UTF-8 CSV to the vendor's support desk",
    },
    {
        "id": "welfarerental-058",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "ご相談：貸与品による転倒事故の責任範囲について",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の蔵元です。
次回の定例相談の前に、概要だけお伝えしておきます。

先日、当社が貸与している車いすのブレーキレバーが破損し、利用者の方（80代女性）が
移乗時に転倒して骨折される事故がありました。メーカー（台湾）の製造ロットに
起因する可能性が高く、同ロットの48台はすでに回収済みです。

ご相談したい点：
1. 当社（貸与事業者）とメーカーの責任の分担
2. ご家族への説明と、示談に向けた進め方
3. 同ロットをご利用中だった他の方への通知文の文案

資料は当日紙でお持ちします。個人が特定できる情報は、先生にお会いした際にお渡しします。
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an injury is discussed but the user is not identifiable (80代女性, no name); lawyer partner, no list",
    },
    {
        "id": "welfarerental-059",
        "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
        "to": ["松葉メディカル 品質管理課 <qc@matsuba-medical.co.jp>"],
        "subject": "MB-330 不具合発生状況（上期）",
        "charset": "utf-8",
        "body": """松葉メディカル 品質管理課 御中

日の出産業メンテナンスセンターの鳴海です。
MB-330の上期不具合の集計を添付します。リモコン断線が目立ちますので、対策をご検討ください。
""" + SIG_NARUMI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "MB330_不具合集計_2026上期.xlsx",
                "page_header": "取扱注意",
                "sheets": {
                    "集計": [
                        ["MB-330 不具合集計（2026年4月〜9月）"],
                        ["不具合区分", "件数", "うち交換", "平均対応日数"],
                        ["リモコン断線", "23", "23", "1.2"],
                        ["背上げモーター異音", "9", "4", "3.5"],
                        ["サイドレール差込口割れ", "6", "6", "2.0"],
                        ["キャスターロック不良", "4", "2", "1.8"],
                    ],
                    "明細": [
                        ["管理番号", "製造番号", "発生日", "区分", "処置"],
                        ["R-BD-1102", "MB3-224418", "2026/04/12", "リモコン断線", "リモコン交換"],
                        ["R-BD-1175", "MB3-225730", "2026/05/03", "背上げモーター異音", "モーター交換"],
                        ["R-BD-1220", "MB3-226011", "2026/06/21", "リモコン断線", "リモコン交換"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the XLSX carries a 取扱注意 page-header classification, sent to the manufacturer",
    },
    {
        "id": "welfarerental-060",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>", "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>"],
        "subject": "FW: デモ希望者（病状メモ付き）",
        "charset": "utf-8",
        "body": """宇佐美さん、鳴海さん

デモ訪問の前に、ケアマネさんからの病状メモを共有します。社内限りでお願いします。

楠本 光子 様（大和市西鶴間7-2-22／046-275-3398）：頸椎症性脊髄症、夜間頻尿
及川 喜代美 様（相模原市中央区東淵野辺1-14-3／042-756-2201）：脳出血後遺症、右片麻痺
蛭田 和子 様（厚木市船子1180-3／090-7731-0256）：多系統萎縮症、胃ろう
雲井 清 様（相模原市緑区西橋本2-8-15-301／042-771-0934）：前立腺がん術後、尿失禁
熊谷 信子 様（相模原市南区相武台団地2-3-6-404／080-1902-4475）：認知症、寝たきり

比嘉
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "five users' diagnoses and contacts, but forwarded only to internal colleagues (incl. the care. subdomain)",
    },
]

# ---- 061-080 ---------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "welfarerental-061",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["風車ホイール 神奈川営業所 <kanagawa-eigyo@kazaguruma-wheel.co.jp>"],
        "subject": "EG-LW18 入替用の車いす手配（対象者メール添付）",
        "charset": "iso-2022-jp",
        "body": """風車ホイール 神奈川営業所 ご担当者様

日の出産業の森下です。
他社製車いすの回収に伴い、KZ-22 への入替を6台お願いしたいです。
対象の方の情報は社内で回したメールをそのまま添付しますので、座幅の参考にしてください。
納品は相模原ケアセンターへ一括でお願いします。
""" + SIG_MORISHITA,
        "attachments": [
            {
                "kind": "eml",
                "name": "入替対象者一覧.eml",
                "message": {
                    "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
                    "to": ["森下 遥 <morishita.h@hinode-sangyo.co.jp>"],
                    "subject": "EG-LW18 入替対象者（相模原分）",
                    "charset": "iso-2022-jp",
                    "body": """森下さん

EG-LW18 回収ロットの利用者のうち、相模原分の6名です。入替の連絡をお願いします。

1) 佐々木 キヨ　相模原市中央区相生3-9-20　042-758-2219　座幅40
2) 鹿島 フミ　相模原市緑区大島3312-4　042-762-0871　座幅38
3) 犬飼 義男　相模原市南区麻溝台8-1-5　042-749-6602　座幅42
4) 甘粕 茂　相模原市中央区淵野辺本町2-30-11　042-753-9946　座幅42
5) 砂田 敏夫　相模原市緑区二本松4-7-2　070-2258-3116　座幅40
6) 月岡 房江　相模原市南区新磯野1-41-8　042-748-1275　座幅38

鳴海
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an attached internal mail (.eml) listing six users with addresses and phones, sent to a manufacturer",
    },
    {
        "id": "welfarerental-062",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 高階様 <takashina@nishiki-insatsu.co.jp>"],
        "subject": "Re: 2027年版カタログ 初校の戻し",
        "charset": "utf-8",
        "body": """高階様

初校ありがとうございました。赤字を入れたPDFを戻します。
主な修正は価格と商品コードです。P.12 の写真は差し替えデータを別途お送りします。
""" + SIG_KURAMOTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "catalog2027_shoko_akaji.pdf",
                "title": "2027年版 福祉用具カタログ 初校 赤字",
                "lines": [
                    "2027年版 福祉用具レンタルカタログ　初校 修正指示",
                    "日の出産業株式会社 ライフケア事業部",
                    "",
                    "P.4  特殊寝台 MB-330：月額 9,800円 → 9,500円",
                    "P.6  エアマット AM-600：商品コード 00217-000331 → 00217-000338",
                    "P.9  車いす KZ-22L（新規）：月額 5,500円、TAIS 01263-000158 を追加",
                    "P.12 歩行器 RL-50：写真差し替え",
                    "P.20 裏表紙：営業所一覧（町田営業所 住所変更）",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "catalogue proof corrections (prices, product codes) to the partner printer",
    },
    {
        "id": "welfarerental-063",
        "sender": "渡会 佳奈 <watarai.k@hinode-sangyo.co.jp>",
        "to": ["神崎社会保険労務士事務所 <office@sr-kanzaki.jp>"],
        "subject": "資格取得届の作成依頼（11/1入社 1名）",
        "charset": "iso-2022-jp",
        "body": """神崎社会保険労務士事務所 御中

いつもお世話になっております。日の出産業 総務人事部の渡会です。
11月1日入社の福祉用具専門相談員1名について、健康保険・厚生年金の資格取得届の作成をお願いします。

　氏名：雫石 彩乃（しずくいし あやの）
　生年月日：平成9年8月25日
　住所：〒252-0303 神奈川県相模原市南区相模大野3-8-1-702
　基礎年金番号：4417-382906
　報酬月額：245,000円（通勤手当 12,400円含む）
　被扶養者：なし

雇用保険の手続きは当社で行います。
""" + SIG_WATARAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a new hire's 基礎年金番号 with date of birth and address to the labour consultant",
    },
    {
        "id": "welfarerental-064",
        "sender": "千早 蓮 <chihaya.r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <dounyu-support@tsubasa-system.co.jp>"],
        "subject": "本番切替日程とVPN接続テストについて",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム 導入支援ご担当者様

日の出産業 情報システム部の千早です。
本番切替の日程について、社内で以下の案となりました。

　・VPN接続テスト：11/18（水）15:00〜
　・データ移行リハーサル：11/25（水）夜間
　・本番切替：12/1（火）　※11月サービス提供分の請求は旧システムで実施

接続テスト用のグローバルIPは別途お知らせします。
ご都合をお聞かせください。
""" + SIG_CHIHAYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-system.co.jp is a TLD-swap look-alike of the partner tsubasa-system.jp",
    },
    {
        "id": "welfarerental-065",
        "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
        "to": ["松葉メディカル 神奈川営業所 <kanagawa@matsuba-medical.co.jp>"],
        "subject": "下取り対象 旧型ベッド在庫一覧",
        "charset": "cp932",
        "body": """松葉メディカル 神奈川営業所 様

鳴海です。下取りのご提案に関して、田名センターにある旧型ベッドの在庫一覧を送ります。
すべて消毒・点検済みで、保管は倉庫B棟です。
""" + SIG_NARUMI,
        "attachments": [
            {
                "kind": "csv",
                "name": "kyugata_bed_zaiko.csv",
                "encoding": "cp932",
                "rows": [
                    ["管理番号", "機種", "製造番号", "製造年", "状態", "保管場所", "最終消毒日"],
                    ["R-BD-0412", "MB-300", "MB3-118204", "2016", "A", "B棟-2-04", "2026/09/14"],
                    ["R-BD-0418", "MB-300", "MB3-118377", "2016", "B", "B棟-2-05", "2026/09/14"],
                    ["R-BD-0503", "MB-310", "MB31-20441", "2017", "A", "B棟-2-06", "2026/09/28"],
                    ["R-BD-0511", "MB-310", "MB31-20583", "2017", "C", "B棟-3-01", "2026/08/30"],
                    ["R-BD-0620", "MB-320", "MB32-31170", "2018", "A", "B棟-3-02", "2026/10/05"],
                    ["R-BD-0644", "MB-320", "MB32-31402", "2018", "B", "B棟-3-03", "2026/10/05"],
                    ["R-BD-0659", "MB-320", "MB32-31519", "2018", "A", "B棟-3-04", "2026/10/12"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV of equipment (asset and serial numbers, storage) to a manufacturer: no people in it",
    },
    {
        "id": "welfarerental-066",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": [
            "h-kumagai1960@yahoo.co.jp",
            "ebihara.family@icloud.com",
            "setoguchi_m@outlook.jp",
            "kurumi-k.0215@docomo.ne.jp",
        ],
        "subject": "住宅改修・補助金の個別相談会のご案内",
        "charset": "iso-2022-jp",
        "body": """ご家族の皆さま

先日、相談会への参加をご希望いただいた皆さまに、詳細をご案内します。
日の出産業 住宅改修課の大庭です。

　日時：11月21日（土）10:00〜12:00（お一人30分の個別相談）
　会場：相模原市南区 相武台公民館 第2会議室
　持ち物：介護保険被保険者証、改修を考えている場所の写真（あれば）

朝霧市・相模原市の上乗せ補助の対象になるかも、その場でお調べします。
ご都合が悪くなった場合は、このメールにご返信ください。
""" + SIG_OBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four private persons (families on four free-mail domains) put in To and visible to each other",
    },
    {
        "id": "welfarerental-067",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["大和市北部地域包括支援センター <soudan@houkatsu-yamato-kita.jp>"],
        "subject": "Re: 自動排泄処理装置の空き状況",
        "charset": "iso-2022-jp",
        "body": """ご担当者様

お問い合わせありがとうございます。比嘉です。
現在、自動排泄処理装置は全台貸出中で、以下の方が空き待ちです。
順番はこの並びで、12月上旬に2台入荷予定です。

１．宇津木 千代子様（大和市南林間）　046-275-0419　要介護3
２．長谷部 ミツ様（大和市つきみ野）　046-272-8841　要介護4
３．相馬 節子様（大和市上草柳）　　　046-264-7718　要介護4
４．楠本 光子様（大和市西鶴間）　　　046-275-3398　要介護3
５．一ノ瀬 正雄様（大和市中央林間）　046-274-5512　要介護5

お問い合わせの方は6番目でのご案内になります。

> 日の出産業 比嘉様
> 当センターで相談を受けている方が自動排泄処理装置の利用を希望しています。
> 現在の空き状況と、待っている方の人数を教えていただけますか。
> 大和市北部地域包括支援センター 社会福祉士 梅宮
""" + SIG_HIGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "the new reply text (above the quote) lists five waiting users with phones and care levels",
    },
    {
        "id": "welfarerental-068",
        "sender": "渡会 佳奈 <watarai.k@hinode-sangyo.co.jp>",
        "to": ["かいごジョブナビ 掲載担当 <keisai@kaigo-jobnavi.jp>"],
        "subject": "求人原稿：福祉用具専門相談員（相模原・大和）",
        "charset": "utf-8",
        "body": """かいごジョブナビ 掲載ご担当者様

お世話になっております。日の出産業 総務人事部の渡会です。
11月掲載分の求人原稿をお送りします。

【職種】福祉用具専門相談員（正社員）
【勤務地】相模原ケアセンター（相模原市中央区富士見）／大和営業所（大和市大和東）
【仕事内容】ケアマネジャーと連携した福祉用具の選定・納品・モニタリング、住宅改修の提案
【給与】月給 235,000円〜310,000円（経験・資格による）、相談員手当 30,000円
【休日】土日祝（当番制の土曜出勤あり・振替休日）、年間休日 122日
【応募資格】普通自動車免許（AT限定可）。福祉用具専門相談員の資格は入社後取得可
【応募方法】貴サイトの応募フォームより。採用担当：渡会（TEL 03-5800-2210）

掲載開始は11/2からでお願いします。
""" + SIG_WATARAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a job advertisement to a recruiting site: business text with the sender's own contact",
    },
    {
        "id": "welfarerental-069",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["根岸 由香 <negishi@aozora-kaigo.co.jp>"],
        "subject": "宇津木様 福祉用具貸与計画書・契約書の写し",
        "charset": "iso-2022-jp",
        "body": """あおぞら介護サービス 根岸様

お世話になっております。日の出産業の森下です。
宇津木様の福祉用具貸与計画書と契約書の写しをお送りします。
PDFにはパスワードをかけていますので、いつものパスワードで開いてください。

ご確認よろしくお願いします。
""" + SIG_MORISHITA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "貸与計画書_契約書_宇津木様.pdf",
                "password": "aozora2026",
                "lines": [
                    "福祉用具貸与計画書",
                    "利用者氏名：宇津木 千代子　　被保険者番号：0002188302",
                    "要介護3　認定有効期間：2026/04/01〜2027/03/31",
                    "目標：自宅内での移乗を安全に行い、日中は車いすで過ごす",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a password-protected PDF to an external care office: the attachment cannot be inspected",
    },
    {
        "id": "welfarerental-070",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 高齢福祉課 <koureifukushi@city.asagiri.lg.jp>"],
        "subject": "高齢者住宅改修 上乗せ補助（市単独事業）についての問い合わせ",
        "charset": "iso-2022-jp",
        "body": """朝霧市 高齢福祉課 ご担当者様

いつもお世話になっております。日の出産業株式会社 住宅改修課の大庭です。
市単独の「高齢者住宅改修費上乗せ補助」について、一般的な取り扱いを教えてください。

1. 介護保険の住宅改修（上限20万円）を超えた部分に、上乗せ補助は使えますか。
2. 補助の対象に、浴室暖房機の設置は含まれますか（ヒートショック対策）。
3. 令和9年度も同じ要綱で継続される予定でしょうか。受付開始時期も知りたいです。
4. 申請は施工業者からの代理申請でも構いませんか。

ケアマネジャー向け勉強会で案内したいため、要綱のPDFがあれば頂戴できれば幸いです。
""" + SIG_OBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general subsidy question to the city: no individual named, no data",
    },
    {
        "id": "welfarerental-071",
        "sender": "Toru Igarashi <igarashi.t@hinode-sangyo.co.jp>",
        "to": ["Elin Sjöberg <elin.sjoberg@nordvikmobility.com>"],
        "subject": "Custom seating: two users (measurements attached below)",
        "charset": "utf-8",
        "body": """Dear Elin,

As discussed, here are the two users for whom we would like custom Flex 2 Tilt chairs.
Our specialist Ms Morishita measured them last week.

1) Mr. Kaito Somei (born 14 May 1974)
   Diagnosis: cervical spinal cord injury (C6, complete), since 2019
   Seat width 40 cm, seat depth 44 cm, needs 30-degree tilt and a head support.
   History of pressure ulcers on the sacrum; needs an air cushion.

2) Mrs. Yoko Naruse (born 2 December 1951)
   Diagnosis: ALS, diagnosed 2024; upper-limb weakness progressing
   Seat width 42 cm; she will need a chin control within a year.

Could you quote both configurations, and tell us the lead time to Yokohama?
""" + SIG_IGARASHI_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail with two named users' diagnoses (spinal cord injury, ALS) and dates of birth to a foreign manufacturer",
    },
    {
        "id": "welfarerental-072",
        "sender": "五十嵐 透 <igarashi.t@hinode-sangyo.co.jp>",
        "to": ["川崎電機 産業機器営業部 能登様 <noto@kawasaki-denki.co.jp>"],
        "cc": ["松葉メディカル 桐生様 <kiryu@matsuba-medical.co.jp>"],
        "subject": "MB-330 背上げモーター 補修部品の供給について（三者協議）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 能登様
（cc：松葉メディカル 桐生様）

お世話になっております。日の出産業 購買の五十嵐です。
MB-330 に搭載されている川崎電機製アクチュエータ KD-LA24 の補修部品について、
三社で一度お打合せさせていただけませんでしょうか。

論点：
・KD-LA24 の生産終了予定（2027年3月と伺っています）と後継品 KD-LA30 の互換性
・補修用モーターの最終購入（ラストバイ）数量：当社想定 60台
・松葉メディカル様経由か、川崎電機様からの直接購入か

候補日：11/10（火）14時、11/12（木）10時、いずれも当社相模原ケアセンターにて。
""" + "\n五十嵐 透\n日の出産業株式会社 ライフケア事業部 購買\nTEL 042-700-5560\n",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way meeting mail: two external organisations (two partners) in To/Cc",
    },
    {
        "id": "welfarerental-073",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["アトリエひらや 設計室 <sekkei@atelier-hiraya.jp>"],
        "subject": "バリアフリー改修 図面作成のご依頼（6邸分・資料一式）",
        "charset": "utf-8",
        "body": """アトリエひらや 設計室 御中

お世話になっております。日の出産業 住宅改修課の大庭です。
来月着手予定の6邸分、図面作成をお願いしたく資料一式をZIPでお送りします。
仕様書と、施主様の一覧（現地調査の連絡用）が入っています。
""" + SIG_OBA,
        "attachments": [
            {
                "kind": "zip",
                "name": "kaishu_shiryo_202612.zip",
                "files": [
                    {
                        "kind": "docx",
                        "name": "共通仕様書.docx",
                        "paragraphs": [
                            "バリアフリー改修 共通仕様書",
                            "手すり：φ32〜35mm、床面から750〜800mm、下地は構造用合板12mm以上",
                            "段差解消：5mm以下を目標、ミニスロープは勾配1/8以内",
                            "扉：開き戸→引き戸、有効開口 800mm 以上",
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "施主一覧_202612.xlsx",
                        "sheets": {"施主": [
                            ["2026年12月着手分 施主一覧"],
                            ["No", "施主氏名", "住所", "電話", "改修箇所"],
                            ["1", "羽生 節子", "神奈川県相模原市中央区小町通1-6-9", "042-755-3081", "トイレ・廊下"],
                            ["2", "二階堂 義男", "神奈川県朝霧市桜台4-2-10", "0463-72-5519", "玄関スロープ"],
                            ["3", "漆原 寅雄", "神奈川県相模原市中央区上溝7-12-33", "042-762-8840", "廊下・トイレ"],
                            ["4", "早乙女 静江", "神奈川県座間市ひばりが丘5-21-6", "046-256-2274", "浴室"],
                            ["5", "嵯峨 和子", "神奈川県厚木市妻田西3-18-5", "046-221-3087", "階段"],
                            ["6", "甘粕 茂", "神奈川県相模原市中央区淵野辺本町2-30-11", "042-753-9946", "引き戸交換"],
                        ]},
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a plain ZIP holding an XLSX of six homeowners' names, addresses and phones, to a design office",
    },
    {
        "id": "welfarerental-074",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["佐伯 真理子 <saeki@kyotaku-hidamari.jp>"],
        "subject": "認定期間切れ間近の方（4名）のご確認",
        "charset": "iso-2022-jp",
        "body": """佐伯様

お世話になっております。森下です。
佐伯様ご担当の方で、12月に認定期間が切れる方が4名いらっしゃいます。
更新後に軽度者判定になると特殊寝台が例外給付扱いになりますので、早めにご相談させてください。

・久保田 キヨ様　要介護3　特殊寝台・付属品　　〜12/31
・勅使河原 トミ子様　要介護4　特殊寝台・床ずれ防止用具　〜12/31
・四十物 幸吉様　要支援2　歩行器・手すり　　〜12/31
・薬師寺 静江様　要介護1　置き型手すり　　〜12/31

以上です。
""" + SIG_MORISHITA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "four named users with care levels to their own care manager: under five, but 要介護度 may be seen as 要配慮",
    },
    {
        "id": "welfarerental-075",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル イベント担当 <event@sakura-hotel.jp>"],
        "subject": "福祉機器フェア 当社セミナー枠の投影資料",
        "charset": "utf-8",
        "body": """さくらホテル イベントご担当 様

お世話になっております。日の出産業の蔵元です。
12/3 14時からの当社セミナー枠で投影する資料をお送りします。
会場のPCに事前に入れておいていただけますでしょうか。
""" + SIG_KURAMOTO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "ライフケア事業 中期計画2027-2029.pptx",
                "title": "ライフケア事業 中期計画",
                "page_footer": "Confidential - Hinode Sangyo Internal Only",
                "slides": [
                    ["ライフケア事業 中期計画 2027-2029", "日の出産業株式会社 ライフケア事業部"],
                    ["重点施策", "町田・八王子エリアへの出店（2027年度 2拠点）", "自動排泄処理装置の貸与台数 3倍", "住宅改修の粗利率 28% → 33%"],
                    ["M&A候補", "県央エリアの福祉用具事業者 2社と秘密裏に協議中", "買収予算上限 4億円"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "wrong deck: the PPTX carries a 'Confidential - Internal Only' footer on every slide, sent to the hotel",
    },
    {
        "id": "welfarerental-076",
        "sender": "千早 蓮 <chihaya.r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 水無瀬様 <minase@tsubasa-system.jp>"],
        "cc": ["三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>"],
        "subject": "10/27 定例会 議事録",
        "charset": "iso-2022-jp",
        "body": """水無瀬様

本日はありがとうございました。議事録を送付します。修正があればご指摘ください。

■日時：2026年10月27日（火）10:00〜11:30　■場所：オンライン
■出席：ツバサシステム 水無瀬様、藤代様／日の出産業 千早、三ツ矢

1. 移行テストの状況
　・利用者マスタ変換：和暦・西暦混在の変換ルールを確定（ツバサ側で対応）
　・テストはダミーデータで実施、NDA締結後に本番データで再テスト
2. 帳票
　・サービス提供票の突合リストに「事業所番号」列を追加
3. 宿題
　・ツバサ：VPN接続手順書（11/6まで）
　・日の出：本番切替日の社内調整（11/4まで）

以上
""" + SIG_CHIHAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting minutes naming only the attendees of both companies: no personal data",
    },
    {
        "id": "welfarerental-077",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["松葉メディカル 神奈川営業所 <kanagawa@matsuba-medical.co.jp>"],
        "subject": "【至急】明日退院の方 電動ベッド在庫のお願い",
        "charset": "iso-2022-jp",
        "body": """松葉メディカル 神奈川営業所 ご担当者様

日の出産業の森下です。至急のお願いです。
明日10/29に朝霧中央病院を退院される甘粕 茂様（相模原市中央区淵野辺本町）用に、
3モーターベッドとエアマット AM-800R を1台ずつ手配できませんでしょうか。

甘粕様は膵臓がんの末期で、ご自宅での看取りを希望されての退院です。
痛みが強く体位変換が難しいため、エアマットは自動体位変換機能付きが必須です。
当社在庫がすべて出払っており、貴社からの直送をお願いしたいです。

午前中にお返事いただけますと助かります。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named user's terminal cancer diagnosis in running text to a manufacturer",
    },
    {
        "id": "welfarerental-078",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["戸塚 康平 <totsuka@minori-careplan.jp>"],
        "subject": "カタログ・パンフレット発送のお知らせ",
        "charset": "iso-2022-jp",
        "body": """戸塚様

お世話になっております。比嘉です。
ご依頼のカタログとパンフレットを本日発送しました。

　・2026年版 総合カタログ ×10部　　　青葉運輸 送り状番号 4102-7755-3018
　・自動排泄処理装置パンフレット ×30部　青葉運輸 送り状番号 4102-7755-3029
　・住宅改修 事例集 ×10部　　　　　　ゆうパケット 追跡番号 6310-4428-9902

明日午前中に届く予定です。事業所の皆さまでお使いください。
""" + SIG_HIGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers for catalogue parcels to a care manager: no personal data",
    },
    {
        "id": "welfarerental-079",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業課 <houjin-eigyo@rnidori-ginko.co.jp>"],
        "subject": "でんさい 利用申込書の送付先について",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業課 ご担当者様

いつもお世話になっております。日の出産業の三ツ矢です。
先日ご案内いただいた電子記録債権（でんさい）の利用申込について、
申込書の送付先は本社経理部でよろしいでしょうか。
また、手数料体系の資料をPDFでいただけますと助かります。
""" + SIG_MITSUYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "rnidori-ginko.co.jp imitates midori-ginko.co.jp with 'rn' for 'm' (homoglyph look-alike)",
    },
    {
        "id": "welfarerental-080",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["丸清工務店 丸山様 <maruyama@marusei-koumuten.co.jp>"],
        "subject": "東林間の件 ケアマネさんの連絡先",
        "charset": "iso-2022-jp",
        "body": """丸山様

お疲れさまです。大庭です。
東林間の件、工事内容の細かい点はケアマネさんと直接やり取りしていただいて構いません。
連絡先は以下です。

　社会福祉法人 桜ヶ丘会 居宅介護支援センター
　主任介護支援専門員　小野寺 仁 様
　TEL 042-744-5800（事業所代表）　FAX 042-744-5801
　onodera.j@sakuragaoka-kai.or.jp

水曜は訪問が多いので、午前中のお電話がつながりやすいそうです。
""" + SIG_OBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "passes on one care manager's business contact (office switchboard, work e-mail): not personal data",
    },
]

# ---- 081-100 ---------------------------------------------------------------------------

_CARD_083A = card()
_CARD_083B = card()
_MN_084 = [mynum() for _ in range(5)]

MESSAGES += [
    {
        "id": "welfarerental-081",
        "sender": "渡会 佳奈 <watarai.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 介護保険課 事業者指定係 <shitei@city.asagiri.lg.jp>"],
        "subject": "指定更新申請 従業者の勤務体制一覧・資格者一覧の送付",
        "charset": "cp932",
        "body": """朝霧市 介護保険課 事業者指定係 御中

いつもお世話になっております。日の出産業株式会社 総務人事部の渡会です。
福祉用具貸与事業所（朝霧営業所）の指定更新申請につき、福祉用具専門相談員の
資格者一覧をお送りします（市の様式が旧Excel形式のため .xls で作成しています）。
資格証の写しは申請書と一緒に郵送いたします。
""" + SIG_WATARAI,
        "attachments": [
            {
                "kind": "xls",
                "name": "資格者一覧_朝霧営業所.xls",
                "sheets": {"資格者一覧": [
                    ["No", "氏名", "生年月日", "住所", "資格", "資格取得年月", "常勤/非常勤"],
                    [1, "森下 遥", "平成4年11月3日", "神奈川県相模原市中央区淵野辺3-11-4-205", "福祉用具専門相談員", "2015年3月", "常勤"],
                    [2, "比嘉 美咲", "平成7年6月19日", "神奈川県大和市深見西2-6-17", "福祉用具専門相談員・介護福祉士", "2018年10月", "常勤"],
                    [3, "宇佐美 亮", "昭和63年1月28日", "神奈川県座間市栗原中央1-21-9", "福祉用具専門相談員", "2012年7月", "常勤"],
                    [4, "雫石 彩乃", "平成9年8月25日", "神奈川県相模原市南区相模大野3-8-1-702", "福祉用具専門相談員（取得予定）", "2026年12月", "常勤"],
                    [5, "木賊 美千代", "昭和48年4月2日", "神奈川県朝霧市本町東1-9-12", "福祉用具専門相談員・看護師", "2009年2月", "非常勤"],
                    [6, "浜路 克也", "昭和55年9月30日", "神奈川県朝霧市桜台2-17-1", "福祉用具専門相談員", "2011年5月", "非常勤"],
                ]},
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of six employees with dates of birth and home addresses sent to the city",
    },
    {
        "id": "welfarerental-082",
        "sender": "鳴海 拓真 <narumi.t@hinode-sangyo.co.jp>",
        "to": ["特別養護老人ホーム ひかりの郷 施設管理 <shisetsu@hikarinosato.or.jp>"],
        "subject": "レンタル機器 消毒・定期点検の実施報告（10月）",
        "charset": "iso-2022-jp",
        "body": """ひかりの郷 施設管理ご担当者様

日の出産業メンテナンスセンターの鳴海です。
10月26日に実施した施設向けレンタル機器の消毒・定期点検の結果をご報告します。

機器               管理番号     設置場所        点検結果  備考
-----------------  -----------  --------------  --------  ------------------------
3モーターベッド    R-BD-2201    ショート2F-201  良好      —
3モーターベッド    R-BD-2202    ショート2F-202  良好      —
3モーターベッド    R-BD-2203    ショート2F-203  要調整    キャスター1個交換済み
エアマット AM-600  R-AM-0871    ショート2F-205  良好      —
エアマット AM-600  R-AM-0874    ショート2F-207  良好      ポンプフィルター清掃
車いす KZ-22       R-WC-3310    1F 共用         良好      —
車いす KZ-22       R-WC-3318    1F 共用         要修理    タイヤ摩耗、11/2に交換予定

次回は1月下旬の予定です。
""" + SIG_NARUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a padded table of equipment, asset numbers and room locations to a facility: no people's data",
    },
    {
        "id": "welfarerental-083",
        "sender": "三ツ矢 典子 <mitsuya.n@hinode-sangyo.co.jp>",
        "to": ["ペイリンクゲート 加盟店サポート <merchant-support@paylink-gate.co.jp>"],
        "subject": "Re: E-2031 の件（追加で2件発生）",
        "charset": "utf-8",
        "body": """ペイリンクゲート 加盟店サポート ご担当者様

三ツ矢です。ご回答ありがとうございました。
同じエラーがさらに2件発生しましたので、管理画面から出力したCSVをお送りします。
お手数ですが、こちらも併せてご確認をお願いいたします。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "csv",
                "name": "keizoku_error_20261030.csv",
                "encoding": "utf-8",
                "rows": [
                    ["受付番号", "会員名", "カード番号", "有効期限", "金額", "エラー"],
                    ["PL-88213", "KUMAGAI HIROSHI", _CARD_083A, "03/28", "4400", "E-2031"],
                    ["PL-88240", "SETOGUCHI MEGUMI", _CARD_083B, "11/30", "8800", "E-2031"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a CSV with two customers' full credit card numbers sent to the payment agent",
    },
    {
        "id": "welfarerental-084",
        "sender": "渡会 佳奈 <watarai.k@hinode-sangyo.co.jp>",
        "to": ["吉村税理士事務所 <info@tax-yoshimura.jp>"],
        "subject": "法定調書（支払調書）作成用データ",
        "charset": "utf-8",
        "body": """吉村税理士事務所 御中

いつもお世話になっております。日の出産業の渡会です。
今年度の法定調書作成用に、非常勤相談員・講師への報酬支払先データをお送りします。
個人番号はご依頼どおり全員分記入しています。
""" + SIG_WATARAI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "報酬支払先_2026.xlsx",
                "sheets": {
                    "支払先": [
                        ["2026年 報酬・料金等の支払先一覧（日の出産業 ライフケア事業部）"],
                        ["氏名", "住所", "個人番号", "区分", "支払金額"],
                        ["木賊 美千代", "神奈川県朝霧市本町東1-9-12", _MN_084[0], "非常勤相談員報酬", "1,248,000"],
                        ["浜路 克也", "神奈川県朝霧市桜台2-17-1", _MN_084[1], "非常勤相談員報酬", "986,000"],
                        ["真柴 京子", "東京都町田市金森東4-3-8", _MN_084[2], "研修講師謝金", "150,000"],
                        ["菰田 譲", "神奈川県横浜市緑区長津田7-22-5", _MN_084[3], "研修講師謝金", "90,000"],
                        ["巴 直樹", "神奈川県大和市下鶴間2190-4", _MN_084[4], "住宅改修 図面作成料", "420,000"],
                    ],
                    "メモ": [["個人番号は本人確認済み（番号確認：通知カード／マイナンバーカード）"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with five payees' My Numbers and home addresses sent to an external tax accountant",
    },
    {
        "id": "welfarerental-085",
        "sender": "Toru Igarashi <igarashi.t@hinode-sangyo.co.jp>",
        "to": ["Jason Lin <jason.lin@evergrace-med.com.tw>"],
        "subject": "PO EG-2026-118: revised ETA and replacement parts",
        "charset": "utf-8",
        "body": """Hi Jason,

Thanks for the update. To summarise what we agreed on the call today:

- PO EG-2026-118 (120 x EG-LW18, lot EG-W2611): container TGHU 884201-6,
  vessel ETD Keelung 9 Nov, ETA Yokohama 14 Nov.
- Replacement brake levers BL-18-L/R (100 sets) go by air, AWB 695-2201 8874,
  arriving Narita 5 Nov.
- Your QA report on claim QC-26-031 is due 13 Nov.
- The invoice for the levers should show "no commercial value".

Please confirm, and send the packing list once the container is sealed.
""" + SIG_IGARASHI_EN + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English logistics mail (PO, container and air-waybill numbers) to one foreign supplier, with disclaimer",
    },
    {
        "id": "welfarerental-086",
        "sender": "五十嵐 透 <igarashi.t@hinode-sangyo.co.jp>",
        "to": ["川崎電機 能登様 <noto@kawasaki-denki.jp>"],
        "subject": "Re: KD-LA24 ラストバイ数量のご回答",
        "charset": "iso-2022-jp",
        "body": """能登様

お世話になっております。日の出産業の五十嵐です。
先日の三者協議を受け、KD-LA24 のラストバイ数量を社内で確定しました。

　数量：64台（当初想定 60台＋予備4台）
　納期：2027年2月末までに分納可
　単価：ご提示の 21,500円 で承知しました

正式な注文書は来週お送りします。
""" + "\n五十嵐 透\n日の出産業株式会社 ライフケア事業部 購買\nTEL 042-700-5560\n",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.jp drops the 'co.' of the partner kawasaki-denki.co.jp: a look-alike domain",
    },
    {
        "id": "welfarerental-087",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "事業譲受に関する基本合意書（案）のご確認",
        "charset": "utf-8",
        "body": """白川先生

いつもお世話になっております。日の出産業の蔵元です。
県央エリアの福祉用具事業者からの事業譲受について、先方から基本合意書の案が届きました。
当社側の懸念点をメモにしましたので、合意書案と併せてご確認いただけますでしょうか。
""" + SIG_KURAMOTO,
        "attachments": [
            {
                "kind": "docx",
                "name": "基本合意書案_当社メモ.docx",
                "page_header": "極秘",
                "paragraphs": [
                    "極秘",
                    "事業譲受に関する基本合意書（案）に対する当社メモ",
                    "1. 譲受対象：福祉用具貸与事業（利用者約420名）、住宅改修事業、従業員14名",
                    "2. 譲受価格：3億2千万円（デューデリジェンスの結果により調整）",
                    "3. 懸念：独占交渉期間 6か月は長すぎる。3か月を提案したい",
                    "4. 懸念：利用者の同意取得の方法（個別同意か、通知のみで足りるか）",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped 極秘 (header and first line) sent outside, even if to the company's lawyer",
    },
    {
        "id": "welfarerental-088",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["ライフケア事業部 全員 <lifecare-all@hinode-sangyo.co.jp>"],
        "subject": "【部外秘】10/29 ケース検討会の記録",
        "charset": "iso-2022-jp",
        "body": """ライフケア事業部の皆さま

昨日のケース検討会の記録です。部外秘のため、印刷・転送はしないでください。

――――――――――
■ケース1　甘粕 茂 様（72歳）
　膵臓がん末期、在宅看取り方針。10/29退院。
　エアマットは自動体位変換付き（AM-800R）。訪問看護と週2回の状況共有。
　→ 夜間緊急時は当番携帯で対応、松葉メディカルの直送分は11月中に当社品へ入替。

■ケース2　相馬 節子 様（84歳）
　次男による身体的虐待の疑い。大和市北部地域包括に相談済み、市が事実確認中。
　→ 訪問は必ず2名で。次男への説明は包括の指示があるまで行わない。

■ケース3　二階堂 義男 様（68歳）
　身体障害者手帳1種2級。補装具（オーダー車いす）支給決定まで当社品を継続貸与。
――――――――――

森下
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "case-conference notes with diagnoses, abuse and disability, stamped 部外秘, to an internal mailing list only",
    },
    {
        "id": "welfarerental-089",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 高齢福祉課 介護保険係 <kaigohoken@city.asagiri.lg.jp>"],
        "subject": "住宅改修 完了報告（写真）の送付",
        "charset": "iso-2022-jp",
        "body": """朝霧市 高齢福祉課 介護保険係 御中

日の出産業 住宅改修課の大庭です。
承認番号 AS-26-0311 の住宅改修が完了しましたので、完了写真のPDFをお送りします。
領収書と工事費内訳書の原本は郵送いたしました。

受領委任払いの振込予定日をお知らせいただけますと幸いです。
""" + SIG_OBA,
        "attachments": [
            {"kind": "corrupt", "name": "kanryo_shashin_AS-26-0311.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached completion-photo PDF is corrupt and cannot be inspected",
    },
    {
        "id": "welfarerental-090",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
        "subject": "福祉機器フェア 体験会ご招待者の送迎について",
        "charset": "utf-8",
        "body": """さくらホテル 宴会営業ご担当様

日の出産業 大和営業所の比嘉です。
12/4の体験会にご招待している利用者様のうち、ホテルの福祉タクシー送迎をご希望の方です。
お迎えの際にお電話いただけるよう、連絡先も記載しています。

・宇津木 千代子 様（車いす使用・介助者1名）　046-275-0419
・長谷部 ミツ 様（車いす使用）　046-272-8841
・一ノ瀬 正雄 様（杖歩行）　046-274-5512
・早乙女 静江 様（歩行器使用）　046-256-2274
・楠本 光子 様（車いす使用・娘様同乗）　046-275-3398
・犬飼 義男 様（杖歩行・奥様同伴）　046-227-4450

お迎え時間は追ってご相談させてください。
""" + SIG_HIGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a bulleted list of six users with phone numbers (and mobility aids) sent to the partner hotel",
    },
    {
        "id": "welfarerental-091",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["戸塚 康平 <totsuka@minori-careplan.jp>"],
        "subject": "早乙女様 モニタリング訪問日のご報告",
        "charset": "iso-2022-jp",
        "body": """戸塚様

お世話になっております。比嘉です。
早乙女 静江様のモニタリング、11/10（火）10時に伺うことになりました。
ご自宅（座間市ひばりが丘5-21-6）で、歩行器の高さ調整も併せて行います。
同席をご希望でしたらお知らせください。

比嘉
""" + SIG_HIGA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one user's visit date and home address to her own care manager: a single person, may warn",
    },
    {
        "id": "welfarerental-092",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["朝霧市 介護保険課 給付係 <kyufu@city.asagiri.lg.jp>"],
        "subject": "軽度者への福祉用具貸与 例外給付の確認依頼（6件）",
        "charset": "iso-2022-jp",
        "body": """朝霧市 介護保険課 給付係 御中

お世話になっております。日の出産業の森下です。
軽度者（要支援1・2、要介護1）への特殊寝台等の例外給付について、
下記6件の確認依頼をお送りします。医師の意見とケアマネジャーの判断書は別途郵送します。

被保険者番号   生年月日       介護度    対象品目        該当類型
-------------  -------------  --------  --------------  --------
0003302217     S10.04.18      要支援1   特殊寝台        ⅰ
0003310045     S08.09.03      要支援2   特殊寝台        ⅱ
0003291188     T15.01.27      要介護1   床ずれ防止用具  ⅲ
0003327790     S13.11.11      要介護1   特殊寝台        ⅰ
0003335512     S17.06.06      要支援2   移動用リフト    ⅱ
0003298473     S11.02.20      要介護1   特殊寝台付属品  ⅰ

ご確認をお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a list of six people without a name column: 被保険者番号, 和暦 dates of birth and care levels, to the city",
    },
    {
        "id": "welfarerental-093",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["小野寺 仁 <onodera.j@sakuragaoka-kai.or.jp>"],
        "subject": "モニタリング報告書（10月分）",
        "charset": "iso-2022-jp",
        "body": """小野寺様

お世話になっております。日の出産業の森下です。
10月分のモニタリング報告書をお送りします。ご確認をお願いいたします。
""" + SIG_MORISHITA,
        "attachments": [
            {
                "kind": "docx",
                "name": "モニタリング報告書_202610.docx",
                "paragraphs": [
                    "福祉用具貸与 モニタリング報告書",
                    "実施日：2026年10月22日　実施者：森下 遥（福祉用具専門相談員）",
                ],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["利用者氏名", "百目鬼 ハル 様"],
                        ["生年月日", "昭和14年1月9日"],
                        ["既往歴", "慢性心不全（2019〜）、2型糖尿病、左大腿骨転子部骨折（2025年）"],
                        ["身体状況", "仙骨部に褥瘡（DESIGN-R d2）あり。訪問看護で処置中。"],
                        ["利用中の用具", "特殊寝台 MB-330、エアマット AM-600、サイドレール"],
                        ["評価", "褥瘡悪化防止のため、AM-800R（自動体位変換）への変更を提案"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a monitoring report (DOCX) with one user's medical history and pressure ulcer, sent outside",
    },
    {
        "id": "welfarerental-094",
        "sender": "大庭 健吾 <oba.k@hinode-sangyo.co.jp>",
        "to": ["戸塚 康平 <totsuka@minori-careplan.jp>", "アトリエひらや 設計室 <sekkei@atelier-hiraya.jp>"],
        "cc": ["比嘉 美咲 <higa.m@hinode-sangyo.co.jp>"],
        "subject": "一ノ瀬様邸 トイレ改修 現地確認（11/5）の段取り",
        "charset": "iso-2022-jp",
        "body": """戸塚様、アトリエひらや 御中
（cc：当社 比嘉）

お世話になっております。日の出産業の大庭です。
11/5（木）10:00 の一ノ瀬様邸 現地確認の段取りです。

・集合：10:00 現地（駐車場はありませんので、近隣のコインパーキングをご利用ください）
・確認内容：和式→洋式トイレへの変更、出入口の段差と扉（引き戸化の可否）
・アトリエひらや様：採寸と図面の方向性の確認
・戸塚様：理由書に必要な動作の確認（立ち座り）

所要は1時間程度を見込んでいます。よろしくお願いいたします。
""" + SIG_OBA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "site-visit arrangements with two external organisations plus an internal cc; the user is only named",
    },
    {
        "id": "welfarerental-095",
        "sender": "蔵元 修一 <kuramoto.s@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@sirakawa-law.jp>"],
        "subject": "定例相談の日程変更のお願い",
        "charset": "iso-2022-jp",
        "body": """白川先生

いつもお世話になっております。日の出産業の蔵元です。
11月の定例相談（11/12 15時）ですが、社内会議と重なってしまいました。
誠に恐縮ですが、11/13（金）か11/16（月）の午後に変更いただくことは可能でしょうか。

よろしくお願いいたします。
""" + SIG_KURAMOTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sirakawa-law.jp drops the 'h' of the partner law firm's shirakawa-law.jp: a look-alike",
    },
    {
        "id": "welfarerental-096",
        "sender": "Toru Igarashi <igarashi.t@hinode-sangyo.co.jp>",
        "to": ["Elin Sjöberg <elin.sjoberg@nordvikmobility.com>"],
        "subject": "Measurement sheets (password-protected)",
        "charset": "utf-8",
        "body": """Dear Elin,

Please find attached the measurement sheets for the two custom chairs.
As they contain personal information, the ZIP file is password-protected.
I will send you the password in a separate e-mail.
""" + SIG_IGARASHI_EN,
        "attachments": [
            {
                "kind": "zip",
                "name": "measurement_sheets.zip",
                "password": "Nordvik-1126",
                "files": [
                    {"kind": "pdf", "name": "somei_measurement.pdf", "lines": ["Seat width 40 cm", "Tilt 30 deg"]},
                    {"kind": "pdf", "name": "naruse_measurement.pdf", "lines": ["Seat width 42 cm", "Chin control"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP (password sent separately) to a foreign manufacturer: cannot be inspected",
    },
    {
        "id": "welfarerental-097",
        "sender": "比嘉 美咲 <higa.m@hinode-sangyo.co.jp>",
        "to": ["根岸 由香 <negishi@aozora-kaigo.co.jp>"],
        "subject": "楠本様 歩行器の選定について（ご提案）",
        "charset": "iso-2022-jp",
        "body": """根岸様

お世話になっております。大和営業所の比嘉です。
楠本 光子様の歩行器について、先日の訪問時の様子からご提案です。

最近ふらつきが増えていて、9月に室内で2回転倒されたとご家族から伺いました。
現在の四輪歩行器では前方へ進みすぎる傾向があるため、
抵抗付きのキャスターのタイプ（RL-50B）への変更をお勧めしたいと考えています。
来週、試用品をお持ちしてもよろしいでしょうか。
""" + SIG_HIGA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one named user's falls and unsteady gait to her care manager: health condition, but no diagnosis",
    },
    {
        "id": "welfarerental-098",
        "sender": "宇佐美 亮 <usami.r@care.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "11月 施設向け 一括回収・納品ルート",
        "charset": "cp932",
        "body": """青葉運輸 配車センター 御中

宇佐美です。11月の施設向け一括作業のルートです。いずれも施設の搬入口で受付してください。

- 11/9（月）　特別養護老人ホーム ひかりの郷（朝霧市桜台5-1-1）　TEL 0463-72-1100
　　ベッド6台 回収／6台 納品
- 11/11（水）サービス付き高齢者向け住宅 ソレイユ相模大野（相模原市南区相模大野8-2-6）　TEL 042-701-3355
　　車いす10台 納品
- 11/16（月）介護老人保健施設 みずき苑（座間市相模が丘1-33-40）　TEL 046-257-2200
　　エアマット8枚 交換
- 11/19（木）グループホーム あかね（大和市中央林間西2-4-8）　TEL 046-271-6020
　　ベッド3台 納品、歩行器2台 回収
- 11/24（火）ショートステイ こもれび（厚木市愛甲東3-10-1）　TEL 046-229-8870
　　ベッド4台 回収

各施設の担当者名は当日の作業指示書に記載します。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a route list of five care facilities with their addresses and switchboards: businesses, not people",
    },
    {
        "id": "welfarerental-099",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["小野寺 仁 <onodera.j@sakuragaoka-kai.or.jp>"],
        "cc": ["青葉運輸 配車係 <haisha-sagamihara@aoba-unyu.co.jp>"],
        "subject": "ソレイユ相模大野 入居者様 車いす納品の段取り",
        "charset": "utf-8",
        "body": """小野寺様
（cc：青葉運輸 配車係様）

お世話になっております。日の出産業の森下です。
11/11 のソレイユ相模大野への車いす納品、入居者様ごとの割り振りと
当日不在時のご家族連絡先をまとめました。青葉運輸さんにも共有しています。

部屋   お名前         品目             ご家族連絡先
-----  -------------  ---------------  ---------------------------
201    漆原 ミサヲ    KZ-22 自走式     042-701-2209（長男様）
203    羽生 節子      KZ-16 介助式     090-6612-0348（長女様）
205    菰田 キヨ      KZ-22 自走式     080-2275-9136（次男様）
208    鹿島 義男      リクライニング   042-748-5521（奥様・別居）
302    月岡 清        KZ-16 介助式     070-4410-8823（姪御様）
306    巴 トミ子      KZ-22 自走式     090-3329-1705（長女様）

採寸は済んでいますので、当日は調整のみです。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "a six-resident list with family phone numbers to a care office, copied to the delivery partner",
    },
    {
        "id": "welfarerental-100",
        "sender": "森下 遥 <morishita.h@hinode-sangyo.co.jp>",
        "to": ["朝霧中央病院 地域連携室 真柴様 <renkei@asagiri-chuo-hp.or.jp>"],
        "subject": "福祉機器フェアご来場のお礼",
        "charset": "iso-2022-jp",
        "body": """朝霧中央病院 地域連携室
医療ソーシャルワーカー 真柴 様

先日はお忙しい中、かながわ福祉機器フェアの当社ブースにお立ち寄りいただき、
誠にありがとうございました。日の出産業の森下でございます。

お話のあった「退院前カンファレンスへの福祉用具専門相談員の同席」について、
当社では相模原市・朝霧市内であれば平日はいつでも対応可能です。
ご依頼の際は、相模原ケアセンター（042-700-5521）へお電話いただくか、
このメールにご返信ください。

今後ともどうぞよろしくお願いいたします。
""" + SIG_MORISHITA + DISCLAIMER,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a thank-you mail to a hospital social worker with the standard confidentiality disclaimer",
    },
]

assert len(MESSAGES) == 100, len(MESSAGES)
