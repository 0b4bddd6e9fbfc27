"""Blind corpus — area: setsubihozen (設備保全・メンテナンス).

The plant engineering (設備保全課) team of 日の出産業 市原工場 scheduling inspections,
shutdown maintenance (定修) and repairs with contractors and equipment makers: work
permits (作業許可書), contractor staff entry lists (入構者名簿), safety training records
(安全教育受講記録), parts orders (部品発注), accident reports, maker quotations.

Every person, phone number, address and account below is invented.  My Numbers come
from my_number(SEED + k) and card numbers from card_number(SEED + k), k distinct.
"""

from build import card_number, my_number

SEED = 45801

MESSAGES: list[dict] = []


def _g4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


FACTORY = "〒290-0067 千葉県市原市八幡海岸通7番地3"
TEL = "TEL 0436-43-2118（代表）"

DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。")
DISC_EN = ("This e-mail and any attachments may contain confidential information intended "
           "solely for the addressee. If you have received it in error, please notify the "
           "sender and delete it. Any unauthorised use or disclosure is prohibited.")


def sig_a(name: str, title: str, ext: str, mail: str) -> str:
    return (f"--\n日の出産業株式会社 市原工場\n設備保全課 {title} {name}\n{FACTORY}\n"
            f"{TEL} 内線{ext} / FAX 0436-43-2190\nE-mail: {mail}")


def sig_b(name: str, dept: str, ext: str) -> str:
    return ("━━━━━━━━━━━━━━━━━━━━━━\n"
            f" 日の出産業株式会社 市原工場 {dept}\n {name}\n"
            f" {FACTORY}\n TEL 0436-43-2118 内線{ext}\n"
            "━━━━━━━━━━━━━━━━━━━━━━")


def sig_en(name: str, title: str, mail: str) -> str:
    return (f"{name}\n{title}\nPlant Engineering Section, Ichihara Plant\n"
            "Hinode Sangyo Co., Ltd.\n7-3 Yawata-kaigandori, Ichihara, Chiba 290-0067, Japan\n"
            f"Tel +81-436-43-2118 | {mail}")


YAGI = "八木橋 亮 <r-yagihashi@hinode-sangyo.co.jp>"
TSUTA = "蔦谷 瑞穂 <m-tsutaya@hinode-sangyo.co.jp>"
TSUCHI = "土屋 雅人 <m-tsuchiya@hinode-sangyo.co.jp>"
IWA = "岩渕 健司 <k-iwabuchi@hinode-sangyo.co.jp>"
OKO = "小此木 翔 <s-okonogi@hinode-sangyo.co.jp>"
KURI = "栗林 典子 <n-kuribayashi@hinode-sangyo.co.jp>"
AMOU = "天羽 大輔 <d-amou@hinode-sangyo.co.jp>"
GOMI = "五味 由香里 <y-gomi@mail.hinode-sangyo.co.jp>"

SANEI = "三栄プラント工業 宍戸 昇 様 <n-shishido@sanei-plant.co.jp>"
SANEI_ANZEN = "三栄プラント工業 砂川 功 様 <i-sunagawa@sanei-plant.co.jp>"
TOWA = "東和足場 漆原 光 様 <urushihara@towa-ashiba.co.jp>"
HOKUTO = "北斗クレーン 百瀬 悠斗 様 <momose@hokuto-crane.co.jp>"
KAWA = "川崎電機 柘植 和彦 様 <k-tsuge@kawasaki-denki.co.jp>"
OTAKA = "大鷹ポンプ製作所 鰐淵 智 様 <s.wanibuchi@otaka-pump.co.jp>"
MINATO = "ミナト計装 城之内 達也 様 <jonouchi@minato-keiso.co.jp>"
KANTO = "関東ボイラー整備 舟橋 竜也 様 <funahashi@kanto-boiler.co.jp>"
BOSO = "房総警備保障 曽我部 浩二 様 <sogabe@boso-keibi.co.jp>"
MARU = "丸睦空調サービス 目黒 亮介 様 <r-meguro@marumutsu-kucho.co.jp>"
BEARING = "千葉ベアリング商会 猪狩 修 様 <igari@chiba-bearing.co.jp>"
TSUBASA = "ツバサシステム 左右田 亘 様 <souda@tsubasa-system.jp>"
CARVER = "Dana Whitfield <dwhitfield@carvercompressor.com>"

# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "setsubihozen-001",
        "charset": "iso-2022-jp",
        "sender": YAGI,
        "to": [SANEI],
        "subject": "火気使用作業許可申請の受付について（No.HW-25-0412）",
        "body": """三栄プラント工業株式会社
工務部 宍戸様

いつもお世話になっております。日の出産業 設備保全課の八木橋です。

10/14（火）の火気使用作業許可申請、受付いたしました。
許可番号は HW-25-0412 です。当日朝、作業前に計器室で許可書の原本をお受け取りください。

　作業件名：熱交換器 E-203 出口配管 フランジ部 溶接補修
　作業場所：第2プラント 2階架台（B-4通り）
　作業時間：8:30〜17:00
　許可条件：
　　・ガス検知（LEL 0%）を作業開始前および2時間ごとに実施し、記録票に記入
　　・消火器2本、防炎シートを配置
　　・火気監視人を専任で1名配置
　　・作業終了後30分間の残火確認

ガス検知器は当社の GX-8000（管理No.GD-017）を貸し出します。
ご不明点があればご連絡ください。

""" + sig_a("八木橋 亮", "機械保全係", "2234", "r-yagihashi@hinode-sangyo.co.jp"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary hot-work permit acknowledgement to one contractor; permit and equipment numbers only",
    },
    {
        "id": "setsubihozen-002",
        "charset": "cp932",
        "sender": TSUTA,
        "to": [TOWA],
        "subject": "【入構許可】10月定修 足場組立班 入構者名簿（承認済）の返送",
        "body": """東和足場株式会社
工事課 漆原様

お世話になっております。日の出産業の蔦谷です。

先日ご提出いただいた足場組立班の入構者名簿、承認いたしました。
入構証番号を付番したものを添付にて返送いたしますので、
当日は各自、入構証番号を守衛所にお申し出ください。

新規入構者教育が未受講の方（No.6、No.7）は、10/10（金）13:30からの
教育に必ずご参加ください。

よろしくお願いいたします。

""" + sig_a("蔦谷 瑞穂", "計画係 主任", "2241", "m-tsutaya@hinode-sangyo.co.jp"),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "入構者名簿_東和足場_承認済.xlsx",
                "sheets": {
                    "名簿": [
                        ["2025年10月 定期修理 入構者名簿（東和足場株式会社）"],
                        [],
                        ["No", "入構証番号", "氏名", "フリガナ", "生年月日", "血液型", "携帯電話", "新規入構者教育"],
                        [1, "T-1001", "漆原 光", "ウルシハラ ヒカル", "1976/05/14", "A", "090-3318-2741", "2025/04/08"],
                        [2, "T-1002", "鴨志田 豪", "カモシダ ゴウ", "1981/11/02", "O", "080-6620-1937", "2025/04/08"],
                        [3, "T-1003", "帯刀 勇気", "タテワキ ユウキ", "1995/02/27", "B", "070-4185-6652", "2025/06/12"],
                        [4, "T-1004", "城戸 拓海", "キド タクミ", "1999/08/19", "A", "090-8871-0346", "2025/06/12"],
                        [5, "T-1005", "ファム・ヴァン・ロン", "ファム ヴァン ロン", "1997/03/05", "O", "080-2290-5513", "2025/06/12"],
                        [6, "T-1006", "四方田 壮", "ヨモダ ソウ", "2003/12/01", "AB", "070-1933-8472", "未受講"],
                        [7, "T-1007", "穂積 直樹", "ホヅミ ナオキ", "1969/07/30", "A", "090-5547-2208", "未受講"],
                    ],
                    "持込工具": [
                        ["品名", "数量", "点検日"],
                        ["インパクトレンチ", 3, "2025/09/30"],
                        ["ラチェットレンチ", 10, "2025/09/30"],
                        ["親綱支柱", 12, "2025/09/29"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven contractor workers' records (DOB, blood type, mobile) in XLSX to an external contractor: list of people",
    },
    {
        "id": "setsubihozen-003",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": ["守衛室 <gate-ichihara@hinode-sangyo.co.jp>"],
        "cc": [GOMI],
        "subject": "10/14〜 定修入構者（東和足場・三栄プラント）事前登録のお願い",
        "body": """守衛室 各位

お疲れさまです。設備保全課 蔦谷です。
10/14からの定修で入構する協力会社作業員の事前登録をお願いします。
（入構証は本日中に保全課で作成し、夕方お持ちします）

会社\t氏名\t生年月日\t携帯\t入構証No
東和足場\t漆原 光\t1976/05/14\t090-3318-2741\tT-1001
東和足場\t鴨志田 豪\t1981/11/02\t080-6620-1937\tT-1002
東和足場\t帯刀 勇気\t1995/02/27\t070-4185-6652\tT-1003
東和足場\t城戸 拓海\t1999/08/19\t090-8871-0346\tT-1004
東和足場\t四方田 壮\t2003/12/01\t070-1933-8472\tT-1006
三栄プラント\t宍戸 昇\t1972/09/21\t090-2456-7780\tS-2001
三栄プラント\t木場 翔太\t1988/01/16\t080-3392-0158\tS-2002
三栄プラント\t蛭田 和真\t1998/06/09\t070-6631-2094\tS-2003
三栄プラント\t蓮見 康平\t1991/10/23\t090-1170-4436\tS-2004
三栄プラント\t乙坂 伸\t1984/04/04\t080-5518-9923\tS-2005

五味さん：新規入構者教育の受講状況は別途共有します。

蔦谷""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "ten contractor workers' records but every recipient is internal (守衛室, 環境安全課)",
    },
    {
        "id": "setsubihozen-004",
        "charset": "utf-8",
        "sender": TSUCHI,
        "to": [KAWA, SANEI, HOKUTO, TOWA],
        "cc": [IWA],
        "subject": "2025年秋季定期修理 キックオフ会議のご案内",
        "body": """関係各社 ご担当者様

いつも大変お世話になっております。
日の出産業 市原工場 設備保全課の土屋でございます。

標記の件、下記のとおりキックオフ会議を開催いたします。
ご多忙のところ恐縮ですが、ご出席くださいますようお願い申し上げます。

　日時：2025年9月26日（金）13:30～15:30
　場所：市原工場 事務棟3階 大会議室
　議題：1. 定修全体工程（10/14～11/9）
　　　　2. 各社工事範囲と取り合い
　　　　3. 揚重・足場計画
　　　　4. 安全管理（作業許可、入構手続き、災害防止協議会）
　持参：各社 工程表・施工体制表（案）

出欠を9/22（月）までにご返信ください。

""" + sig_a("土屋 雅人", "機械保全係 係長", "2230", "m-tsuchiya@hinode-sangyo.co.jp"),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four contractor companies in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "setsubihozen-005",
        "charset": "iso-2022-jp",
        "sender": YAGI,
        "to": [OTAKA],
        "cc": [SANEI],
        "subject": "P-105A オーバーホール工程のご相談",
        "body": """大鷹ポンプ製作所 サービス部 鰐淵様
（cc：三栄プラント工業 宍戸様）

お世話になっております。日の出産業の八木橋です。

原料移送ポンプ P-105A のオーバーホールについて、定修工程に合わせて
以下のとおり進めたいと考えております。

　10/20（月）　三栄様にて配管切り離し・ポンプ撤去
　10/21（火）　鰐淵様ご来場、分解点検（SV立会い）
　10/22〜24　 貴社工場にて部品交換・組立（インペラ、メカシール、軸受）
　10/28（火）　再据付・芯出し（三栄様、SV立会い）
　10/29（水）　試運転

貴社工場への輸送は当社手配で考えています。
上記日程でご都合が悪い点があればご指摘ください。

八木橋

""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way scheduling mail: two external organisations (maker and contractor), standard disclaimer",
    },
    {
        "id": "setsubihozen-006",
        "charset": "utf-8",
        "sender": KURI,
        "to": ["川崎電機 柘植 和彦 様 <k-tsuge@kawasaki-denky.co.jp>"],
        "subject": "特高受変電設備 年次点検の停電日程について",
        "body": """川崎電機株式会社 保守部
柘植様

いつもお世話になっております。日の出産業 電気保全係の栗林です。

今年度の特高受変電設備 年次点検について、全停電日が確定しましたのでご連絡します。

■停電日時　11月9日（日）6:00～18:00
■点検範囲　66kV受電GIS、主変圧器 TR-1／TR-2、6.6kV配電盤 No.1～No.14
■その他　　保護継電器試験は11/8（土）午後に先行実施をお願いしたく、可否をご回答ください。

作業人数と入構者名簿は10/24までにいただけると助かります。

栗林
日の出産業株式会社 市原工場 設備保全課 電気保全係
TEL 0436-43-2118 内線2252""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain kawasaki-denky.co.jp is a one-letter look-alike of partner kawasaki-denki.co.jp",
    },
    {
        "id": "setsubihozen-007",
        "charset": "cp932",
        "sender": OKO,
        "to": [BEARING],
        "subject": "注文書送付（PO-25-10873）ベアリング他",
        "body": """株式会社千葉ベアリング商会
営業部 猪狩様

いつもお世話になっております。日の出産業 設備保全課の小此木です。
先日お見積りいただいた件、下記のとおり発注いたします。

注文番号：PO-25-10873（見積No. CB-Q-2509-114）

品番              メーカー  数量   単価      金額
----------------------------------------------------
6310ZZC3          NTN        4    3,850    15,400
22216EAKE4C3      NSK        2   28,600    57,200
UCP210            NTN        2    6,120    12,240
H316X             NSK        2    4,480     8,960
オイルシール TC65×90×12       6      540     3,240
----------------------------------------------------
                                  小計    97,040

納期：10/10（金）必着
納品先：市原工場 資材倉庫 受入口（正門から入って右手）
検収担当：設備保全課 小此木

よろしくお願いいたします。

""" + sig_b("小此木 翔", "設備保全課", "2247"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "parts order with part numbers, prices and an order number: no personal data",
    },
    {
        "id": "setsubihozen-008",
        "charset": "utf-8",
        "sender": OKO,
        "to": ["ツールゲート 法人受付 <houjin@toolgate.jp>"],
        "subject": "至急：トルクレンチ購入の件（Web決済エラーのためメールにて）",
        "body": f"""ツールゲート 法人受付ご担当者様

日の出産業株式会社 市原工場 設備保全課の小此木と申します。
貴社サイトで注文しようとしたところ、決済画面でエラーとなり進めませんでしたので、
メールにて注文させてください。明日の定修作業で使用するため至急お願いします。

商品：デジタルトルクレンチ 品番 TG-DTW200 × 2本
　　　校正証明書付き

支払い：法人カード
　カード番号　{_g4(card_number(SEED + 5))}
　有効期限　　08/28
　名義　　　　KENJI IWABUCHI

お届け先：{FACTORY}
　日の出産業株式会社 市原工場 設備保全課 小此木宛
　TEL 0436-43-2118

お手数ですが、受付できたかご返信ください。

小此木 翔""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a credit card number with holder name and expiry sent to a web shop by mail",
    },
    {
        "id": "setsubihozen-009",
        "charset": "iso-2022-jp",
        "sender": TSUCHI,
        "to": [OTAKA],
        "subject": "P-105A 据付図面・部品表の送付",
        "body": """大鷹ポンプ製作所
鰐淵様

お世話になっております。日の出産業の土屋です。

P-105A の据付図面と部品表を送付いたします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。

土屋""",
        "attachments": [
            {
                "kind": "zip",
                "name": "P-105A_図面一式.zip",
                "password": "Hs2025#p105",
                "files": [
                    {"kind": "pdf", "name": "P-105A_据付図.pdf",
                     "lines": ["P-105A 原料移送ポンプ 据付図", "図番 HS-M-105A-001 Rev.3",
                               "基礎ボルト M24×8", "吐出口 80A JIS10K"]},
                    {"kind": "xlsx", "name": "P-105A_部品表.xlsx",
                     "sheets": {"部品表": [["部品番号", "品名", "数量"],
                                        ["105-01", "インペラ", 1], ["105-07", "メカニカルシール", 1],
                                        ["105-12", "軸受 6309", 2]]}},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
    },
    {
        "id": "setsubihozen-010",
        "charset": "iso-2022-jp",
        "sender": TSUCHI,
        "to": [OTAKA],
        "subject": "【パスワード】P-105A 据付図面・部品表の送付",
        "body": """鰐淵様

先ほどお送りした「P-105A_図面一式.zip」のパスワードです。

　Hs2025#p105

土屋""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "follow-up mail with a ZIP password only: no attachment, no personal data",
    },
    {
        "id": "setsubihozen-011",
        "charset": "cp932",
        "sender": GOMI,
        "to": ["東和足場 二階堂 秀樹 様 <nikaido@towa-ashiba.co.jp>"],
        "cc": [TSUTA],
        "subject": "高所作業従事者の健康確認結果について",
        "body": """東和足場株式会社
安全担当 二階堂様

いつもお世話になっております。日の出産業 市原工場 環境安全課の五味です。

本日の朝礼前に実施した高所作業従事者の血圧測定の結果についてご連絡いたします。

貴社作業員の鴨志田 豪 様の血圧が 178／112 mmHg と高く、
15分後の再測定でも 171／108 mmHg でした。
ご本人のお話では高血圧症で通院中とのことですが、ここ1週間ほど服薬を
中断されていたそうです。

当社産業医と相談のうえ、本日は5m以上の高所作業には従事いただかず、
地上での資材運搬に配置を変更していただきました。
明日以降の配置については、受診結果を踏まえて改めてご相談させてください。

""" + sig_b("五味 由香里", "環境安全課", "2105"),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's blood pressure readings and hypertension treatment (要配慮個人情報) sent outside",
    },
    {
        "id": "setsubihozen-012",
        "charset": "utf-8",
        "sender": IWA,
        "to": ["川崎電機 四十物 豊 様 <aimono@kawasaki-denki.co.jp>"],
        "subject": "受変電設備更新計画（案）のご送付と概算見積のお願い",
        "body": """川崎電機株式会社 営業部
四十物様

平素より大変お世話になっております。日の出産業 設備保全課の岩渕です。

先日お話しした受変電設備の更新について、当社の中期計画（案）の電気設備部分を
お送りします。2027年度予算化に向け、概算見積を12月中旬までにいただけますと幸いです。

よろしくお願いいたします。

""" + sig_a("岩渕 健司", "課長", "2201", "k-iwabuchi@hinode-sangyo.co.jp"),
        "attachments": [
            {
                "kind": "pdf",
                "name": "設備保全中期計画_2026-2030_電気設備.pdf",
                "title": "設備保全中期計画 2026-2030（電気設備）",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 市原工場 設備保全課",
                "lines": ["設備保全中期計画 2026-2030 電気設備編（案）", "",
                          "1. 目的：経年劣化した受変電設備の計画的更新", "2. 対象設備と更新時期"],
                "table": [["設備", "設置年", "更新予定", "概算（百万円）"],
                          ["66kV GIS", "1991", "2027", "420"],
                          ["主変圧器 TR-1", "1991", "2028", "180"],
                          ["主変圧器 TR-2", "1994", "2029", "180"],
                          ["6.6kV 配電盤", "1993", "2027-2028", "95"]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached plan is stamped 社外秘 in its page header and goes to an external maker",
    },
    {
        "id": "setsubihozen-013",
        "charset": "utf-8",
        "sender": AMOU,
        "to": [MINATO],
        "subject": "DCS更新に伴う制御図面のご提供と秘密保持契約について",
        "body": """ミナト計装株式会社 技術部
城之内様

お世話になっております。日の出産業 計装係の天羽です。

DCS更新の基本設計に必要な既設制御図面（ループ図・インターロック線図）について、
社内で確認したところ、ご提供の前に秘密保持契約を締結する必要があるとのことでした。

当社法務で作成した秘密保持契約書の案を添付しますので、貴社でご確認のうえ、
修正のご要望があればお知らせください。締結後すぐに図面をお渡しします。

天羽 大輔
日の出産業株式会社 市原工場 設備保全課 計装係
TEL 0436-43-2118 内線2263

""" + DISC_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書（案）_ミナト計装.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という）とミナト計装株式会社（以下「乙」という）は、"
                    "甲の市原工場DCS更新に関する検討（以下「本件」という）に関し、次のとおり契約を締結する。",
                    "第1条（機密情報の定義）本契約において機密情報とは、本件に関して甲が乙に開示する"
                    "図面、仕様書その他の技術情報をいう。",
                    "第2条（秘密保持義務）乙は、機密情報を本件の目的以外に使用せず、第三者に開示しない。",
                    "第3条（有効期間）本契約の有効期間は締結日から3年間とする。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the unmarked draft attached; 機密情報 only as a defined term; disclaimer",
    },
    {
        "id": "setsubihozen-014",
        "charset": "iso-2022-jp",
        "sender": GOMI,
        "to": [KANTO],
        "subject": "11月 新規入構者安全教育の開催日程",
        "body": """関東ボイラー整備株式会社
工事部 舟橋様

いつもお世話になっております。日の出産業 環境安全課の五味です。
11月の新規入構者安全教育の日程をお知らせします。

・11月4日（火）　8:30〜10:00　事務棟2階 研修室A　定員20名
・11月6日（木）13:30〜15:00　事務棟2階 研修室A　定員20名
・11月11日（火） 8:30〜10:00　第2プラント 計器室横 会議室　定員12名
・11月18日（火）13:30〜15:00　事務棟2階 研修室A　定員20名

持参物：雇入時教育の記録（写し）、該当する技能講習修了証の写し、ヘルメット
申込：受講希望日の3営業日前までに、人数をメールでご連絡ください。

五味""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of training sessions (events), no people",
    },
    {
        "id": "setsubihozen-015",
        "charset": "utf-8",
        "sender": GOMI,
        "to": [SANEI_ANZEN],
        "subject": "酸素欠乏危険作業 特別教育 受講記録の送付（3名）",
        "body": """三栄プラント工業株式会社
安全衛生担当 砂川様

お世話になっております。環境安全課の五味です。
10/9に当社で実施した酸素欠乏・硫化水素危険作業特別教育の受講記録を送付します。
貴社で保管される教育記録としてお使いください。

五味
日の出産業株式会社 市原工場 環境安全課
TEL 0436-43-2118 内線2105""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "受講記録_三栄プラント_1009.pdf",
                "title": "特別教育受講記録",
                "lines": ["酸素欠乏・硫化水素危険作業 特別教育 受講記録", "実施日：2025年10月9日 9:00～16:30",
                          "実施場所：日の出産業 市原工場 研修室A", "講師：日の出産業 環境安全課 五味 由香里", ""],
                "table": [["氏名", "所属", "学科", "実技", "修了証番号"],
                          ["木場 翔太", "三栄プラント工業", "修了", "修了", "HS-O2-25-031"],
                          ["蛭田 和真", "三栄プラント工業", "修了", "修了", "HS-O2-25-032"],
                          ["蓮見 康平", "三栄プラント工業", "修了", "修了", "HS-O2-25-033"]],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "training records of three workers to their employer: under the five-person list line, may be warned",
    },
    {
        "id": "setsubihozen-016",
        "charset": "cp932",
        "sender": TSUTA,
        "to": [MARU],
        "subject": "Re: 空調機更新工事 入構者名簿のご提出",
        "body": """丸睦空調サービス株式会社
目黒様

お世話になっております。日の出産業の蔦谷です。
入構者名簿、確かに受領しました。ありがとうございます。

入構証は初日の朝、守衛所でお渡しします。
新規入構者教育は10/20（月）8:30から事務棟2階 研修室Aで行いますので、
6名全員のご参加をお願いします。

蔦谷

> 日の出産業株式会社
> 蔦谷様
>
> いつもお世話になっております。丸睦空調サービスの目黒です。
> 標記工事の入構者名簿をお送りします。
>
> 氏名　　　　生年月日　　　携帯
> 目黒 亮介　1983/02/11　090-6672-3318
> 茂木 悟　　1978/09/30　080-1145-9027
> 橘 正和　　1990/12/08　070-3361-5504
> 熊谷 雄大　1996/05/17　090-7003-2619
> 木暮 健太郎 2001/01/25　080-9412-7736
> 米倉 敦　　1987/07/04　090-2581-4470
>
> よろしくお願いいたします。""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only in quoted text of the contractor's own mail; new text has no personal data",
    },
    {
        "id": "setsubihozen-017",
        "charset": "iso-2022-jp",
        "sender": TSUTA,
        "to": [BOSO],
        "subject": "FW: 【三栄プラント】10月定修 追加入構者名簿",
        "body": """房総警備保障 市原工場隊
曽我部隊長

お疲れさまです。設備保全課の蔦谷です。
三栄プラントさんから追加の入構者名簿が届きましたので、守衛所での照合用に転送します。
10/16（木）から入構予定です。よろしくお願いします。

-----Original Message-----
From: 砂川 功 <i-sunagawa@sanei-plant.co.jp>
Sent: Monday, October 13, 2025 5:42 PM
To: 蔦谷 瑞穂 <m-tsutaya@hinode-sangyo.co.jp>
Subject: 【三栄プラント】10月定修 追加入構者名簿

日の出産業 蔦谷様

お世話になります。三栄プラント工業の砂川です。
10/16から応援の6名が入ります。名簿をお送りします。

1. 猿渡 誠（サワタリ マコト）
　 生年月日：1974年3月8日
　 住所：千葉県袖ケ浦市長浦駅前4-11-2
　 携帯：090-4418-2207
2. 我妻 俊（アガツマ シュン）
　 生年月日：1989年10月14日
　 住所：千葉県市原市姉崎東2-7-19
　 携帯：080-3306-5521
3. 鳥居 健太（トリイ ケンタ）
　 生年月日：1993年6月1日
　 住所：千葉県木更津市請西南3-25-8
　 携帯：070-2213-9846
4. 芹沢 翼（セリザワ ツバサ）
　 生年月日：2000年2月22日
　 住所：千葉県市原市青葉台5-14-3
　 携帯：090-5526-1183
5. 阿久津 誠一（アクツ セイイチ）
　 生年月日：1967年11月29日
　 住所：千葉県君津市久保2-9-15
　 携帯：080-7745-0392
6. 丹波 伸也（タンバ シンヤ）
　 生年月日：1985年8月3日
　 住所：千葉県市原市五井中央西1-20-6
　 携帯：090-8830-6614

以上、よろしくお願いいたします。""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of a contractor's six-person list (DOB, home address, mobile) to the external security company",
    },
    {
        "id": "setsubihozen-018",
        "charset": "utf-8",
        "sender": YAGI,
        "to": ["Lukas Brenner <l.brenner@kessler-pumpen.de>"],
        "subject": "RFQ: Mechanical seal spares for KP-250 pumps (our ref. RFQ-25-0317)",
        "body": """Dear Mr. Brenner,

We would like to request a quotation for the following spare parts for our two
KP-250/4 process pumps (serial nos. 7720-1184 and 7720-1185), installed in 2012.

  Item  Part no.      Description                       Qty
  ----  ------------  --------------------------------  ---
  1     KP250-MS-04   Mechanical seal, complete          2
  2     KP250-BR-11   Bearing set, DE/NDE                 2
  3     KP250-GK-02   Gasket kit                          4
  4     KP250-WR-06   Wear ring, impeller side            2

Please quote CIF Chiba port, with delivery time and validity. We need the parts on
site by 20 January 2026 for our winter shutdown.

Best regards,

""" + sig_en("Ryo Yagihashi", "Mechanical Maintenance", "r-yagihashi@hinode-sangyo.co.jp") + "\n\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English RFQ to a foreign maker: part and serial numbers, standard English disclaimer",
    },
    {
        "id": "setsubihozen-019",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": [KAWA],
        "subject": "秋季定修 電気関係工程表（第2版）",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>川崎電機株式会社<br>柘植様</p>
<p>お世話になっております。日の出産業の蔦谷です。<br>
電気関係の工程表を第2版に更新しました。変更箇所は<span style="color:red">赤字</span>です。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>日付</th><th>設備</th><th>作業内容</th><th>停電範囲</th></tr>
<tr><td>11/3</td><td>6.6kV 配電盤 No.3</td><td>VCB 点検・グリスアップ</td><td>第1プラント 一部</td></tr>
<tr><td>11/4</td><td>MCC-2A/2B</td><td>絶縁抵抗測定</td><td>第2プラント 動力</td></tr>
<tr><td style="color:red">11/8</td><td>保護継電器</td><td>特性試験</td><td>なし</td></tr>
<tr><td>11/9</td><td>66kV GIS／TR-1／TR-2</td><td>年次点検</td><td>全停電</td></tr>
<tr><td>11/10</td><td>非常用発電機 EG-1</td><td>負荷試験</td><td>なし</td></tr>
</table>
<p>ご確認よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 市原工場 設備保全課<br>蔦谷 瑞穂<br>TEL 0436-43-2118 内線2241</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only mail with a schedule table of equipment, no people",
    },
    {
        "id": "setsubihozen-020",
        "charset": "utf-8",
        "sender": KURI,
        "to": ["杉田電工 杉田様 <sugita.denko.1972@gmail.com>"],
        "subject": "構内照明LED化工事の日程について",
        "body": """杉田電工
杉田様

いつもお世話になっております。日の出産業の栗林です。

構内照明のLED化（倉庫棟・製品ヤード、計46灯）について、
11月17日（月）～19日（水）の3日間でお願いできないでしょうか。
高所作業車（12m）は当社のものをお使いいただけます。

ご都合をお聞かせください。見積書は前回いただいたもの（No.0925-03）で進めます。

栗林
日の出産業株式会社 市原工場 設備保全課 電気保全係
TEL 0436-43-2118 内線2252""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a sole-proprietor electrician); ordinary scheduling",
    },
]

# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "setsubihozen-021",
        "charset": "utf-8",
        "sender": GOMI,
        "to": ["税理士法人かずさ会計 乙部様 <otobe@kazusa-kaikei.jp>"],
        "subject": "FW: 講師謝金のお支払いについて（個人番号のご連絡）",
        "body": f"""税理士法人かずさ会計
乙部様

いつもお世話になっております。日の出産業 環境安全課の五味です。
9月の安全講話の外部講師の方から個人番号のご連絡をいただきましたので、
支払調書作成用に転送いたします。謝金は税込55,000円です。

よろしくお願いいたします。

---------- Forwarded message ---------
From: 霜田 光太郎 <k.shimoda.safety@outlook.jp>
Date: 2025年9月29日(月) 20:14
Subject: 講師謝金のお支払いについて（個人番号のご連絡）
To: 五味 由香里 <y-gomi@mail.hinode-sangyo.co.jp>

五味様

先日はお世話になりました。ご依頼のあった件、下記のとおりお知らせします。

氏名：霜田 光太郎（しもだ こうたろう）
住所：〒299-0111 千葉県市原市姉崎1847-5
個人番号：{_g4(my_number(SEED + 1))}
振込先：本人名義の口座（前回お伝えしたとおり）

以上、よろしくお願いします。
霜田""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of an external lecturer's My Number and home address to an outside tax firm",
    },
    {
        "id": "setsubihozen-022",
        "charset": "cp932",
        "sender": GOMI,
        "to": ["南雲 千絵 <c-nagumo@hinode-sangyo.co.jp>"],
        "subject": "外部講師謝金 支払調書用データ（上期3名分）",
        "body": """経理課 南雲さん

お疲れさまです。環境安全課の五味です。
上期に安全教育でお招きした外部講師3名分の謝金データを送ります。
個人番号の本人確認書類（写し）は、環境安全課の鍵付きキャビネットで保管しています。
原本確認が必要でしたらお声がけください。

五味""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "講師謝金_2025上期.xlsx",
                "sheets": {
                    "謝金一覧": [
                        ["2025年度上期 外部講師謝金一覧（環境安全課）"],
                        ["No", "氏名", "住所", "個人番号", "講習名", "謝金（税込）", "源泉徴収額"],
                        [1, "霜田 光太郎", "千葉県市原市姉崎1847-5", my_number(SEED + 2),
                         "安全講話（9/26）", 55000, 5105],
                        [2, "雲井 正敏", "千葉県千葉市中央区新宿2-14-7-503", my_number(SEED + 3),
                         "玉掛け再教育（7/15）", 33000, 3063],
                        [3, "宇佐見 和代", "千葉県茂原市高師台1-22-4", my_number(SEED + 4),
                         "熱中症予防講習（6/20）", 22000, 2042],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "My Numbers of three lecturers, but sent only to the internal accounting section",
    },
    {
        "id": "setsubihozen-023",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": [BOSO],
        "subject": "構内車両通行許可（青葉運輸 クレーン付トラック3台）",
        "body": """房総警備保障 曽我部様

お疲れさまです。日の出産業の蔦谷です。
10/20（月）に青葉運輸さんのクレーン付トラックが3台入構します。
正門での照合のため、運転者の免許証情報をお知らせします。

【1号車】千葉 100 か 3318　4t ユニック
　運転者：猪俣 健吾　運転免許証番号：第 4 2 1 8 0 3 5 9 7 2 1 0 号（2027年6月まで有効）
【2号車】千葉 100 か 3324　4t ユニック
　運転者：小田切 大和　運転免許証番号：第 4 2 0 9 1 1 7 4 6 6 3 0 号（2028年2月まで有効）
【3号車】袖ケ浦 100 は 7102　10t ユニック
　運転者：真鍋 大悟　運転免許証番号：第 3 0 1 5 0 4 8 8 2 3 9 0 号（2026年11月まで有効）

入構時刻は 7:40 頃、北門から第2プラント資材ヤードへ向かいます。

蔦谷""",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "three drivers' 運転免許証 numbers sent to the external security company (identity document numbers)",
    },
    {
        "id": "setsubihozen-024",
        "charset": "iso-2022-jp",
        "sender": TSUTA,
        "to": ["青葉運輸 熊谷 雄一 様 <kumagai@aoba-unyu.co.jp>"],
        "subject": "構内通行許可証の発行について（10/20 搬入分）",
        "body": """青葉運輸株式会社 配車課
熊谷様

お世話になっております。日の出産業の蔦谷です。
10/20の搬入車両3台分の構内通行許可証を発行しました。

　許可証No.　車番　　　　　　　　車種
　V-25-311　千葉 100 か 3318　　4t ユニック
　V-25-312　千葉 100 か 3324　　4t ユニック
　V-25-313　袖ケ浦 100 は 7102　10t ユニック

許可証はダッシュボード上の見える位置に掲示してください。
構内制限速度は15km/h、第2プラント内は10km/hです。

蔦谷""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company vehicle plates and permit numbers, no people's data",
    },
    {
        "id": "setsubihozen-025",
        "charset": "cp932",
        "sender": TSUCHI,
        "to": [SANEI],
        "subject": "定修工程表（最新版 v7）送付",
        "body": """三栄プラント工業 宍戸様

お世話になっております。日の出産業の土屋です。
昨日の工程会議の内容を反映した工程表（v7）を送付します。
E-203 抜管を1日後ろ倒しにしています。ご確認ください。

土屋""",
        "attachments": [{"kind": "corrupt", "name": "定修工程表_v7.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read",
    },
    {
        "id": "setsubihozen-026",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": ["市原防災設備 茂木 哲也 様 <mogi@ichihara-bousai.co.jp>"],
        "subject": "定修期間中の協力会社連絡先一覧",
        "body": """市原防災設備株式会社
茂木様

お世話になっております。日の出産業の蔦谷です。
消火設備の一時停止の調整で各社に直接ご連絡いただく場合に備え、
定修期間中に入構する協力会社の代表連絡先をお送りします。

会社名                  窓口部署    代表電話        所在地
---------------------------------------------------------------------------
三栄プラント工業(株)    工務部      0436-21-4470    千葉県市原市五井南海岸12-3
東和足場(株)            工事課      0438-36-2218    千葉県木更津市潮見4-8-1
北斗クレーン(株)        工事部      0436-62-7031    千葉県市原市姉崎海岸88
川崎電機(株)            保守部      044-355-1120    神奈川県川崎市川崎区田辺新田1-5
関東ボイラー整備(株)    工事部      043-208-6615    千葉県千葉市美浜区新港221
丸睦空調サービス(株)    工事課      0436-24-9902    千葉県市原市君塚3-17-6
ミナト計装(株)          技術部      047-431-5536    千葉県船橋市海神町南1-1402
---------------------------------------------------------------------------

よろしくお願いいたします。

蔦谷 瑞穂
日の出産業株式会社 市原工場 設備保全課
TEL 0436-43-2118 内線2241

""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of businesses (departments, switchboards, office addresses), not people; disclaimer",
    },
    {
        "id": "setsubihozen-027",
        "charset": "cp932",
        "sender": YAGI,
        "to": [HOKUTO],
        "subject": "11/5 揚重作業 作業員名簿の確認",
        "html": """<html><body>
<p>北斗クレーン株式会社<br>工事部 百瀬様</p>
<p>お世話になっております。日の出産業の八木橋です。<br>
11/5の揚重作業の作業員について、下記の内容で登録してよろしいでしょうか。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>氏名</th><th>年齢</th><th>役割</th><th>携帯電話</th><th>資格</th></tr>
<tr><td>百瀬 悠斗</td><td>41</td><td>作業指揮者</td><td>090-1376-4429</td><td>移動式クレーン、玉掛け</td></tr>
<tr><td>仁平 陽介</td><td>35</td><td>オペレーター</td><td>080-6254-1187</td><td>移動式クレーン</td></tr>
<tr><td>薬師寺 隼</td><td>28</td><td>合図者</td><td>070-5530-2276</td><td>玉掛け</td></tr>
<tr><td>一色 陸</td><td>24</td><td>玉掛け</td><td>090-9921-3360</td><td>玉掛け</td></tr>
<tr><td>六角 慎吾</td><td>52</td><td>誘導員</td><td>080-4418-0753</td><td>玉掛け、高所作業車</td></tr>
<tr><td>霜鳥 瑛太</td><td>31</td><td>玉掛け</td><td>070-2287-6615</td><td>玉掛け</td></tr>
</table>
<p>訂正があればご返信ください。</p>
<p>八木橋 亮<br>日の出産業株式会社 市原工場 設備保全課<br>TEL 0436-43-2118 内線2234</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six workers (age, mobile, qualifications) to an external contractor",
    },
    {
        "id": "setsubihozen-028",
        "charset": "iso-2022-jp",
        "sender": YAGI,
        "to": [HOKUTO],
        "subject": "構内での写真撮影について（お願い）",
        "body": """北斗クレーン株式会社
百瀬様

お世話になっております。日の出産業の八木橋です。

先日、揚重計画の下見の際に作業員の方がスマートフォンで設備を撮影されていたと
守衛から報告がありました。
機密保持の観点から、構内での私物カメラ・スマートフォンによる撮影は原則禁止と
させていただいております。

作業記録用の写真が必要な場合は、当社から防爆カメラ（管理No.CAM-04）を
貸し出しますので、事前にお申し付けください。
撮影したデータは当社で確認のうえ、必要な分をお渡しします。

お手数ですが、作業員の皆様への周知をお願いいたします。

八木橋""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing (photo ban), not a classification of the mail",
    },
    {
        "id": "setsubihozen-029",
        "charset": "utf-8",
        "sender": AMOU,
        "to": [MINATO],
        "cc": ["ミナト計装 芹沢 翼 様 <serizawa@minato-keiso.co.jp>"],
        "subject": "【取扱注意】緊急遮断弁 XV-3021 作動不良 調査報告（一次）",
        "body": """取扱区分：取扱注意（関係者限り・転送禁止）

ミナト計装株式会社
城之内様、芹沢様

お世話になっております。日の出産業 計装係の天羽です。
10/2に発生した緊急遮断弁 XV-3021 の作動不良について、一次調査結果を共有します。

1. 事象
　定期作動試験で閉指令後、全閉まで 14.2秒（規定 5秒以内）。
2. 調査結果
　・電磁弁 SOV-3021A のパイロット部にスケール噛み込み
　・エアフィルタレギュレータのドレン排出不良（オートドレン故障）
3. 暫定処置
　電磁弁交換、フィルタエレメント交換後の再試験で 3.8秒、合格。
4. お願い
　同型電磁弁（計18台）の点検計画と、オートドレンの代替品のご提案をお願いします。

本件は当局報告の要否を検討中のため、社内外とも関係者限りでお願いします。

天羽 大輔
日の出産業株式会社 市原工場 設備保全課 計装係""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 取扱注意 (subject and classification line) sent to an external maker",
    },
    {
        "id": "setsubihozen-030",
        "charset": "utf-8",
        "sender": GOMI,
        "to": [GOMI],
        "bcc": [SANEI_ANZEN, "東和足場 二階堂 秀樹 様 <nikaido@towa-ashiba.co.jp>",
                "北斗クレーン 及川 篤 様 <oikawa@hokuto-crane.co.jp>",
                "関東ボイラー整備 猿渡 誠 様 <saruwatari@kanto-boiler.co.jp>", MARU, MINATO],
        "subject": "【協力会社各位】熱中症予防対策の徹底について",
        "body": """協力会社 各位

日の出産業 市原工場 環境安全課の五味です。
10月に入っても日中の気温が高く、定修期間中は防護服・保護具着用での作業が続きます。
以下の熱中症予防対策の徹底をお願いいたします。

1. WBGT値の確認：各詰所に掲示。31以上の場合は作業中断を原則とします。
2. 水分・塩分補給：30分ごとを目安に。経口補水液は各休憩所に常備しています。
3. 休憩所：第1・第2プラントの冷房休憩所を終日開放しています。
4. 体調確認：朝礼時に睡眠・朝食・体調を確認してください。
5. 異常時：めまい・吐き気・こむら返り等の症状があれば、すぐに作業を中止し
　 計器室（内線2300）へ連絡してください。

以上、よろしくお願いいたします。

""" + sig_b("五味 由香里", "環境安全課", "2105"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to contractors in Bcc (they cannot see each other); heat stroke named only as a topic",
    },
    {
        "id": "setsubihozen-031",
        "charset": "cp932",
        "sender": GOMI,
        "to": [SANEI_ANZEN],
        "cc": [SANEI],
        "subject": "【至急】10/16 構内災害 事故速報（第1報）の共有",
        "body": """三栄プラント工業株式会社
砂川様、宍戸様

本日はご対応ありがとうございました。日の出産業 環境安全課の五味です。
当社で作成した事故速報（第1報）を共有します。
労働者死傷病報告の作成にあたり、記載内容に相違があればご指摘ください。

五味""",
        "attachments": [
            {
                "kind": "docx",
                "name": "事故速報_第1報_20251016.docx",
                "title": "事故速報 第1報",
                "page_header": "日の出産業株式会社 市原工場 環境安全課",
                "paragraphs": [
                    "事故速報（第1報）",
                    "発生日時：2025年10月16日（木）10時40分頃",
                    "発生場所：第2プラント 熱交換器 E-203 周辺",
                    "災害の種類：はさまれ・巻き込まれ",
                    "概要：チューブバンドル引き抜き時、チェーンブロックのフックと架台の間に左手を挟まれた。",
                ],
                "tables": [[
                    ["項目", "内容"],
                    ["被災者", "蛭田 和真（27歳）"],
                    ["所属", "三栄プラント工業株式会社 工務部"],
                    ["経験年数", "4年"],
                    ["傷病名", "左手第3指末節骨骨折、左手背挫創"],
                    ["搬送先", "五井中央病院（救急搬送）"],
                    ["休業見込み", "約4週間（医師所見）"],
                ]],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "accident report naming the injured worker with his diagnosis (要配慮個人情報) sent outside in a DOCX",
    },
    {
        "id": "setsubihozen-032",
        "charset": "iso-2022-jp",
        "sender": GOMI,
        "to": ["京葉環境測定センター 丹波 伸吾 様 <tamba@keiyo-sokutei.or.jp>"],
        "subject": "第2回 作業環境測定 結果報告書の内容確認",
        "body": """一般社団法人 京葉環境測定センター
測定課 丹波様

お世話になっております。日の出産業 環境安全課の五味です。
先日いただいた第2回作業環境測定の結果報告書について、1点確認させてください。

　単位作業場所　物質　　　　　第1評価値　第2評価値　管理区分
　A-1 塗装場　　トルエン　　　12.4ppm　　8.1ppm　　 第1
　A-2 塗装場　　キシレン　　　 6.8ppm　　4.2ppm　　 第1
　A-3 洗浄室　　ノルマルヘキサン 31.0ppm　 18.7ppm　　第1
　A-4 溶接場　　溶接ヒューム　 0.09mg/m3 0.05mg/m3 第1

A-3 のB測定値が前回（9.5ppm）から大きく上がっていますが、
測定点の位置が変わったのでしょうか。測定時のレイアウト図があればお送りください。

五味""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "workplace environment measurements by area: numbers, no personal data",
    },
    {
        "id": "setsubihozen-033",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": [TOWA],
        "subject": "本日の体調不良者の件（ご報告）",
        "body": """東和足場株式会社
漆原様

お疲れさまです。日の出産業の蔦谷です。
本日の件、念のため経過をメールでもお伝えします。

貴社の帯刀 勇気さんが14時ごろ第1プラント屋上で作業中にめまいと吐き気を訴え、
熱中症の疑いで救急搬送されました。
病院で点滴を受け、17時過ぎに帰宅されたと伺っています。大事に至らず何よりでした。

明日は大事をとってお休みいただき、復帰の際は朝礼前に一度
環境安全課で体調確認を受けていただくようお願いします。

蔦谷""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's suspected heat stroke reported to his own employer's foreman: health data, but needed for his safety; arguable",
    },
    {
        "id": "setsubihozen-034",
        "charset": "iso-2022-jp",
        "sender": OKO,
        "to": [BEARING],
        "subject": "予備品補充の発注リスト（11月分）",
        "body": """千葉ベアリング商会
猪狩様

お世話になっております。日の出産業の小此木です。
11月分の予備品補充リストを添付します（Excel 97-2003 形式です）。
お手数ですが、納期と単価を記入のうえご返送ください。

小此木""",
        "attachments": [
            {
                "kind": "xls",
                "name": "予備品発注_11月.xls",
                "sheets": {
                    "発注リスト": [
                        ["品目コード", "品名", "型式", "メーカー", "数量", "単価", "納期"],
                        ["BRG-0031", "深溝玉軸受", "6208ZZ", "NTN", 10, "", ""],
                        ["BRG-0047", "自動調心ころ軸受", "22212EAKE4", "NSK", 2, "", ""],
                        ["BLT-0112", "Vベルト", "B-72", "バンドー", 8, "", ""],
                        ["SEL-0208", "オイルシール", "TC50×72×9", "NOK", 12, "", ""],
                        ["CPL-0015", "カップリングエレメント", "CR-4", "三木プーリ", 4, "", ""],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS order list of spare parts: no personal data",
    },
    {
        "id": "setsubihozen-035",
        "charset": "utf-8",
        "sender": AMOU,
        "to": [MINATO],
        "subject": "計装機器 校正作業時のLOTO手順書について",
        "body": """城之内様

お世話になっております。天羽です。
来週からの校正作業にあたり、当社のロックアウト・タグアウト手順書（計装編）を送ります。
作業前に作業員の方へ周知をお願いします。

天羽""",
        "attachments": [
            {
                "kind": "docx",
                "name": "LOTO手順書_計装編_Rev2.docx",
                "title": "LOTO手順書（計装編）",
                "paragraphs": [
                    "ロックアウト・タグアウト手順書（計装編） Rev.2",
                    "1. 作業許可書に記載された隔離ポイントを、計器室当直と現場で確認する。",
                    "2. 元弁を閉止し、個人錠と作業札を取り付ける。",
                    "3. ドレン・ベント弁を開放し、残圧ゼロを圧力計で確認する。",
                    "4. 作業終了後、取付けた本人が個人錠を外し、当直へ復旧を連絡する。",
                ],
                "tables": [[
                    ["隔離ポイント", "弁番号", "操作", "施錠者"],
                    ["PT-3021 元弁", "V-3021-1", "閉", "作業者本人"],
                    ["PT-3021 ドレン", "V-3021-D", "開", "作業者本人"],
                    ["FT-3105 元弁（上流）", "V-3105-1", "閉", "作業責任者"],
                    ["FT-3105 元弁（下流）", "V-3105-2", "閉", "作業責任者"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DOCX work procedure with valve numbers and roles, no personal data",
    },
    {
        "id": "setsubihozen-036",
        "charset": "cp932",
        "sender": GOMI,
        "to": [KANTO],
        "subject": "新規入構者教育資料（2025年度版）の送付",
        "body": """関東ボイラー整備株式会社
舟橋様

お世話になっております。環境安全課の五味です。
新規入構者教育の資料を2025年度版に改訂しましたので送付します。
事前に作業員の方にお目通しいただけると、当日の教育がスムーズです。

今回の改訂点は、作業許可制度の変更（スライド2）と、
入構者名簿の個人情報の取扱い（スライド5）の追加です。

五味""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "新規入構者教育_2025.pptx",
                "title": "新規入構者教育 2025年度版",
                "page_footer": "日の出産業株式会社 市原工場",
                "slides": [
                    ["構内ルール", "制限速度 15km/h（プラント内 10km/h）", "喫煙は指定場所のみ",
                     "保護具：ヘルメット・安全靴・保護メガネ"],
                    ["作業許可制度（改訂）", "火気・高所・酸欠・電気作業は作業許可書が必要",
                     "許可書は作業場所に掲示", "終了時は許可者に完了報告"],
                    ["KY活動", "作業前に危険予知を行い、KYシートに記録"],
                    ["緊急時の連絡", "計器室 内線2300", "火災・漏洩時は最寄りの非常ボタン"],
                    ["入構者名簿の個人情報について", "名簿の個人情報は入構管理と緊急連絡のためにのみ利用します",
                     "工事完了後1年で廃棄します"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training slides (PPTX); 個人情報 mentioned as a topic only",
    },
    {
        "id": "setsubihozen-037",
        "charset": "utf-8",
        "sender": TSUCHI,
        "to": [SANEI],
        "subject": "定修期間中の緊急連絡体制（当社側）",
        "body": """宍戸様

お世話になっております。土屋です。
定修期間中、夜間・休日に当社側へ連絡が必要な場合は、以下の順でお願いします。

　役割　　　　　氏名　　　　　　携帯
　統括責任者　　岩渕 健司　　　090-6621-3054
　機械担当　　　土屋 雅人　　　080-2219-7745
　機械担当　　　八木橋 亮　　　070-3348-1926
　安全担当　　　五味 由香里　　090-4472-0813

計器室（24時間）：0436-43-2300

土屋
日の出産業 市原工場 設備保全課""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four staff members' mobile numbers to one contractor: under the list line, may be warned",
    },
    {
        "id": "setsubihozen-038",
        "charset": "utf-8",
        "sender": KURI,
        "to": ["杉田 様 <sugita.denko.1972@gmail.com>",
               "野口 様 <noguchi.elec.works@gmail.com>",
               "神田 様 <kanda.densetsu88@gmail.com>"],
        "subject": "年末 構内照明点検の応援のお願い",
        "body": """杉田様、野口様、神田様

いつもお世話になっております。日の出産業の栗林です。
今年も年末の構内照明一斉点検（12/22～12/26）の応援をお願いしたく、ご連絡しました。

・作業内容：外灯・投光器の点灯確認、不点灯器具の交換（約320灯）
・作業時間：8:30～16:30
・単価：昨年と同額

ご都合のつく日を12/5までにご返信ください。

栗林
日の出産業株式会社 市原工場 設備保全課 電気保全係""",
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "external_recipients_visible"],
        "note": "three private persons (sole-proprietor electricians) in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "setsubihozen-039",
        "charset": "utf-8",
        "sender": YAGI,
        "to": [OTAKA],
        "subject": "P-105B 現況資料（運転データ・振動データ）の送付",
        "body": """鰐淵様

お世話になっております。八木橋です。
P-105B の異音の件、運転日誌の抜粋と振動データをZIPにまとめて送ります。
分解の要否についてご意見をいただけますと助かります。

八木橋 亮
日の出産業株式会社 市原工場 設備保全課""",
        "attachments": [
            {
                "kind": "zip",
                "name": "P-105B_現況資料.zip",
                "files": [
                    {"kind": "pdf", "name": "運転日誌抜粋.pdf",
                     "lines": ["P-105B 運転日誌（抜粋）9/1～9/30"],
                     "table": [["日付", "吐出圧 MPa", "電流 A", "軸受温度 ℃"],
                               ["9/1", "0.82", "41.5", "48"], ["9/10", "0.81", "42.0", "51"],
                               ["9/20", "0.79", "43.1", "57"], ["9/30", "0.78", "44.6", "63"]]},
                    {"kind": "csv", "name": "振動データ_P105B.csv", "encoding": "utf-8",
                     "rows": [["測定日", "測定点", "速度 mm/s", "加速度 m/s2"],
                              ["2025-09-05", "DE-H", "2.1", "3.4"], ["2025-09-05", "NDE-H", "1.8", "2.9"],
                              ["2025-09-26", "DE-H", "4.7", "9.8"], ["2025-09-26", "NDE-H", "2.3", "3.6"]]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of operating and vibration data (PDF, CSV): readable, no personal data",
    },
    {
        "id": "setsubihozen-040",
        "charset": "iso-2022-jp",
        "sender": YAGI,
        "to": [SANEI],
        "subject": "FW: P-105A メカニカルシール交換要領について（大鷹ポンプ様回答）",
        "body": """宍戸様

お世話になっております。八木橋です。
メカシール交換の締付要領について、大鷹ポンプさんから回答がありましたので
元メールを添付で転送します。再据付の際の参考にしてください。

八木橋""",
        "attachments": [
            {
                "kind": "eml",
                "name": "RE_P-105A メカシール締付要領.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": OTAKA,
                    "to": [YAGI],
                    "subject": "RE: P-105A メカシール締付要領",
                    "body": """日の出産業 八木橋様

お世話になっております。大鷹ポンプ製作所の鰐淵です。
お問い合わせの件、回答いたします。

・グランド押えボルト（M12）：締付トルク 35N・m、対角順に3回に分けて締付
・セットスクリュー：26N・m、ロックタイト243使用
・組立後、手回しで回転の重さに異常がないことを確認

以上です。ご不明点があればお問い合わせください。

株式会社大鷹ポンプ製作所 サービス部
鰐淵 智
TEL 03-3742-5581（代表）""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "attached maker mail with technical content and a business signature only",
    },
]

# ---------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------

_TRAINEES = [
    ("八木橋 亮", "ヤギハシ リョウ", "1990/04/12", "日の出産業", "070-3348-1926"),
    ("小此木 翔", "オコノギ ショウ", "2001/09/03", "日の出産業", "080-7712-4405"),
    ("栗林 典子", "クリバヤシ ノリコ", "1986/01/28", "日の出産業", "090-2284-6617"),
    ("天羽 大輔", "アモウ ダイスケ", "1983/07/07", "日の出産業", "080-5530-2198"),
    ("須永 拓郎", "スナガ タクロウ", "1995/11/19", "日の出産業", "090-6045-3372"),
    ("保科 莉子", "ホシナ リコ", "1999/03/30", "日の出産業", "070-8821-5506"),
    ("木場 翔太", "キバ ショウタ", "1988/01/16", "三栄プラント工業", "080-3392-0158"),
    ("蓮見 康平", "ハスミ コウヘイ", "1991/10/23", "三栄プラント工業", "090-1170-4436"),
    ("乙坂 伸", "オトサカ シン", "1984/04/04", "三栄プラント工業", "080-5518-9923"),
    ("我妻 俊", "アガツマ シュン", "1989/10/14", "三栄プラント工業", "080-3306-5521"),
    ("芹沢 翼", "セリザワ ツバサ", "2000/02/22", "ミナト計装", "090-5526-1183"),
    ("城之内 達也", "ジョウノウチ タツヤ", "1980/12/15", "ミナト計装", "090-3317-8840"),
    ("茂木 悟", "モテギ サトル", "1978/09/30", "丸睦空調サービス", "080-1145-9027"),
    ("橘 正和", "タチバナ マサカズ", "1990/12/08", "丸睦空調サービス", "070-3361-5504"),
    ("熊谷 雄大", "クマガイ ユウダイ", "1996/05/17", "丸睦空調サービス", "090-7003-2619"),
    ("四方田 壮", "ヨモダ ソウ", "2003/12/01", "東和足場", "070-1933-8472"),
    ("穂積 直樹", "ホヅミ ナオキ", "1969/07/30", "東和足場", "090-5547-2208"),
    ("霜鳥 瑛太", "シモトリ エイタ", "1994/06/26", "北斗クレーン", "070-2287-6615"),
    ("一色 陸", "イッシキ リク", "2001/02/14", "北斗クレーン", "090-9921-3360"),
    ("鬼塚 亮太", "オニヅカ リョウタ", "1987/08/08", "関東ボイラー整備", "080-6637-2051"),
]

MESSAGES += [
    {
        "id": "setsubihozen-041",
        "charset": "utf-8",
        "sender": OKO,
        "to": ["北国フーズ 米倉 美咲 様 <m-yonekura@kitaguni-foods.co.jp>"],
        "subject": "定修期間中の弁当手配（三栄プラント様 応援作業員分）",
        "body": """北国フーズ株式会社 受注センター
米倉様

いつもお世話になっております。日の出産業 設備保全課の小此木です。
定修期間中の昼食弁当について、三栄プラント様の応援作業員分を追加でお願いします。
人数は三栄様からいただいたメール（添付）の名簿のとおり8名です。

　期間：10/20（月）～11/7（金）の平日
　数量：8食／日（通常の42食に追加で計50食）
　配達：第2プラント 協力会社詰所 11:45まで

請求は通常どおり当社宛でお願いします。

小此木 翔
日の出産業株式会社 市原工場 設備保全課
TEL 0436-43-2118 内線2247""",
        "attachments": [
            {
                "kind": "eml",
                "name": "【三栄プラント】応援作業員名簿.eml",
                "message": {
                    "charset": "utf-8",
                    "sender": SANEI_ANZEN,
                    "to": [TSUTA],
                    "cc": [OKO],
                    "subject": "【三栄プラント】応援作業員名簿（10/20～）",
                    "body": """日の出産業 蔦谷様（cc：小此木様）

お世話になります。三栄プラント工業の砂川です。
10/20から入る応援作業員8名の名簿です。入構登録をお願いします。

氏名, 生年月日, 血液型, 携帯
猿渡 誠, 1974/03/08, A, 090-4418-2207
鳥居 健太, 1993/06/01, O, 070-2213-9846
阿久津 誠一, 1967/11/29, B, 080-7745-0392
丹波 伸也, 1985/08/03, A, 090-8830-6614
左近 隆之, 1979/02/17, O, 080-2274-6638
宇賀神 拓, 1997/10/05, AB, 070-5528-1140
袰岩 正一, 1971/04/26, A, 090-3309-7752
日向 晴人, 2002/08/30, O, 080-9146-0327

砂川""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached mail carries an eight-person list (DOB, blood type, mobile) and goes to the caterer: an attachment counts",
    },
    {
        "id": "setsubihozen-042",
        "charset": "utf-8",
        "sender": GOMI,
        "to": ["健康管理室 比嘉 麻美 <a-higa@hinode-sangyo.co.jp>"],
        "cc": [IWA],
        "subject": "定修 高所作業者 健康確認結果（協力会社分）",
        "body": """比嘉さん

お疲れさまです。五味です。
本日の朝礼前健康確認で要注意となった協力会社作業員の一覧です。
産業医面談の要否について、明日の朝までにご意見をいただけますか。

会社          氏名          血圧       申告された既往歴     当日判定
------------  ------------  ---------  -------------------  ------------
東和足場      鴨志田 豪     178/112    高血圧症（服薬中断） 高所不可
東和足場      穂積 直樹     152/96     糖尿病               高所可（要観察）
三栄プラント  阿久津 誠一   146/90     狭心症（治療中）     高所不可
三栄プラント  猿渡 誠       160/101    なし                 再測定
北斗クレーン  六角 慎吾     139/88     睡眠時無呼吸症候群   運転可（要観察）
関東ボイラー  鬼塚 亮太     131/84     てんかん（服薬中）   高所不可

五味""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health data of six contractor workers, but only to the internal occupational health office",
    },
    {
        "id": "setsubihozen-043",
        "charset": "iso-2022-jp",
        "sender": YAGI,
        "to": ["土屋 雅人 <m-tsuchiya@hinode-sangyo.com>"],
        "cc": [IWA],
        "subject": "冷却塔ファン CT-2 減速機 異音の件（点検結果）",
        "body": """土屋さん（cc：岩渕課長）

お疲れさまです。八木橋です。
本日、CT-2 減速機の異音について点検しました。

・振動：入力軸 DE 7.8mm/s（前月 2.4mm/s）、出力軸は変化なし
・油分析：鉄粉濃度 185ppm（管理値 100ppm）
・目視：油面計の油が黒く濁っている

入力軸の軸受損傷の可能性が高いと考えます。
予備機がないため、定修前倒しでメーカーSVを手配してよいかご判断ください。
交換部品の見積は本日中に依頼します。

八木橋""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague's address typed as hinode-sangyo.com: a TLD look-alike of the organisation's own domain",
    },
    {
        "id": "setsubihozen-044",
        "charset": "utf-8",
        "sender": YAGI,
        "to": [SANEI],
        "subject": "作業許可書（一般）発行のご連絡 No.GW-25-0588",
        "body": """宍戸様

お世話になっております。八木橋です。
E-203 保温解体作業の一般作業許可書を発行しましたので、PDFを送付します。
原本は明朝、計器室でお渡しします。

八木橋""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "作業許可書_GW-25-0588.pdf",
                "title": "作業許可書 GW-25-0588",
                "lines": ["作業許可書（一般作業）　No.GW-25-0588",
                          "作業件名：熱交換器 E-203 保温解体", "作業場所：第2プラント 2階架台 B-4通り",
                          "作業期間：2025年10月15日 8:30 ～ 10月17日 17:00",
                          "作業会社：三栄プラント工業株式会社", "作業責任者：宍戸 昇",
                          "許可者：日の出産業 設備保全課 土屋 雅人", "",
                          "安全措置：□ 保温材（ケイ酸カルシウム）飛散防止の散水",
                          "　　　　　□ 防じんマスク（RL2）着用", "　　　　　□ 立入禁止区画の設定"],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "work permit PDF naming the responsible person and the approver without any other data about them",
    },
    {
        "id": "setsubihozen-045",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": [TOWA],
        "subject": "Re: Re: 足場解体の日程前倒しについて",
        "body": """漆原様

承知しました。では11/8（土）8:00から解体開始で進めましょう。
土曜日は守衛所の受付が北門のみになりますので、解体班の皆さんには
北門からの入構をお伝えください。

蔦谷

-----Original Message-----
From: 漆原 光 <urushihara@towa-ashiba.co.jp>
Sent: Thursday, October 30, 2025 6:10 PM
To: 蔦谷 瑞穂 <m-tsutaya@hinode-sangyo.co.jp>
Subject: Re: 足場解体の日程前倒しについて

蔦谷様

お世話になります。東和足場の漆原です。
解体班は以下の5名で入ります。11/8（土）からでいかがでしょうか。

　漆原 光　　　090-3318-2741
　城戸 拓海　　090-8871-0346
　四方田 壮　　070-1933-8472
　穂積 直樹　　090-5547-2208
　ファム・ヴァン・ロン　080-2290-5513

-----Original Message-----
From: 蔦谷 瑞穂
Sent: Thursday, October 30, 2025 11:02 AM
Subject: 足場解体の日程前倒しについて

漆原様
工程が早まったため、足場解体を11/10から前倒しできないかご相談です。""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person contact list is only in the quoted Original Message; new text has none",
    },
    {
        "id": "setsubihozen-046",
        "charset": "utf-8",
        "sender": TSUCHI,
        "to": [CARVER],
        "subject": "Technical specification for C-301 compressor overhaul",
        "body": """Dear Ms. Whitfield,

Please find attached our technical specification for the major overhaul of the
C-301 reciprocating compressor, for your quotation. We would appreciate your
comments on the scope by 14 November.

Kind regards,

""" + sig_en("Masato Tsuchiya", "Assistant Manager, Mechanical Maintenance", "m-tsuchiya@hinode-sangyo.co.jp"),
        "attachments": [
            {
                "kind": "docx",
                "name": "C-301_Overhaul_Specification_Rev1.docx",
                "title": "C-301 Overhaul Specification",
                "page_header": "CONFIDENTIAL - Hinode Sangyo Internal Only",
                "page_footer": "Hinode Sangyo Co., Ltd. Ichihara Plant",
                "paragraphs": [
                    "C-301 Reciprocating Compressor - Major Overhaul Specification, Rev.1",
                    "1. Scope: cylinders, valves, piston rods, packing, crosshead, main bearings.",
                    "2. Process data: hydrogen-rich recycle gas, suction 1.8 MPaG, discharge 5.2 MPaG.",
                    "3. Acceptance: vibration below 4.5 mm/s, valve temperature spread below 10 K.",
                ],
                "tables": [[["Item", "Current", "Target"],
                            ["Rod drop (mm)", "0.42", "< 0.15"],
                            ["Discharge temp. 2nd stage (C)", "148", "< 135"],
                            ["Availability (%)", "94.1", "> 98"]]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached DOCX carries a CONFIDENTIAL / Internal Only page header and goes to a foreign maker",
    },
    {
        "id": "setsubihozen-047",
        "charset": "utf-8",
        "sender": TSUCHI,
        "to": [CARVER],
        "subject": "Re: C-301 overhaul - field service schedule",
        "body": """Dear Dana,

Thank you for the quick reply. The dates work for us:

  - 17 Nov: arrival, safety induction (half day), site survey
  - 18-26 Nov: disassembly and inspection, parts replacement
  - 27 Nov: reassembly check, mechanical run
  - 28 Nov: load run and handover

Our site supervisor will be Mr. Yagihashi. Please have your engineers bring
safety shoes; helmets and coveralls will be provided.

Best regards,
Masato

""" + DISC_EN,
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Dana,</p>
<p>Thank you for the quick reply. The dates work for us:</p>
<ul><li>17 Nov: arrival, safety induction (half day), site survey</li>
<li>18-26 Nov: disassembly and inspection, parts replacement</li>
<li>27 Nov: reassembly check, mechanical run</li>
<li>28 Nov: load run and handover</li></ul>
<p>Our site supervisor will be Mr. Yagihashi. Please have your engineers bring safety shoes;
helmets and coveralls will be provided.</p>
<p>Best regards,<br>Masato</p>
<p style="font-size:8pt;color:#888">""" + DISC_EN + """</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English text+HTML scheduling mail to a foreign maker with the standard disclaimer",
    },
    {
        "id": "setsubihozen-048",
        "charset": "cp932",
        "sender": KURI,
        "to": [KAWA],
        "subject": "非常用発電機 負荷試験結果報告書",
        "body": """川崎電機株式会社
柘植様

お世話になっております。日の出産業の栗林です。
先日の非常用発電機 EG-1 負荷試験の結果報告書（当社まとめ）を送付します。
PDFにはパスワードを設定しています。パスワードは従来どおりです。

栗林""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "EG-1_負荷試験結果報告書.pdf",
                "password": "kwsk2025",
                "title": "EG-1 負荷試験結果報告書",
                "lines": ["非常用発電機 EG-1 負荷試験結果報告書", "試験日：2025年11月10日",
                          "定格：6.6kV 1,000kVA", "30%負荷 30分、電圧・周波数 異常なし"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: the attachment cannot be inspected",
    },
    {
        "id": "setsubihozen-049",
        "charset": "iso-2022-jp",
        "sender": TSUTA,
        "to": ["市原防災設備 茂木 哲也 様 <mogi@ichihara-bousai.co.jp>"],
        "subject": "下期 消防用設備等点検の日程調整",
        "body": """市原防災設備株式会社
茂木様

お世話になっております。日の出産業の蔦谷です。
下期の消防用設備等点検（機器点検）の日程について、以下でお願いできますでしょうか。

　12月2日（火）　事務棟、厚生棟、守衛所
　12月3日（水）　第1プラント 計器室・電気室、倉庫棟
　12月4日（木）　第2プラント 計器室・電気室、タンクヤード泡消火設備
　12月5日（金）　予備日

自動火災報知設備の試験時は計器室に事前連絡をお願いします。
当社の立会いは設備保全課の小此木が担当します。

蔦谷""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "inspection schedule by building: no personal data",
    },
    {
        "id": "setsubihozen-050",
        "charset": "utf-8",
        "sender": GOMI,
        "to": ["千葉県産業安全教育協会 講習受付 <uketsuke@chiba-sangyo-anzen.or.jp>"],
        "subject": "低圧電気取扱業務特別教育 団体受講申込（20名）",
        "body": """一般社団法人 千葉県産業安全教育協会
講習受付 ご担当者様

お世話になっております。日の出産業株式会社 市原工場 環境安全課の五味と申します。
12月9日・10日開催の低圧電気取扱業務特別教育（出張講習）につきまして、
団体受講を申し込みます。受講者一覧をCSVで添付いたしますのでご確認ください。

受講料の請求書は当社 環境安全課宛にお送りください。

""" + sig_b("五味 由香里", "環境安全課", "2105"),
        "attachments": [
            {
                "kind": "csv",
                "name": "受講申込_日の出産業_低圧電気.csv",
                "encoding": "utf-8",
                "rows": [["No", "氏名", "フリガナ", "生年月日", "所属", "連絡先電話"]]
                + [[i + 1, *t] for i, t in enumerate(_TRAINEES)],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV of twenty trainees (DOB, phone) sent to an external training body: list of people",
    },
    {
        "id": "setsubihozen-051",
        "charset": "cp932",
        "sender": OKO,
        "to": [TSUBASA],
        "subject": "保全管理システム 予備品マスタ取込用CSV",
        "body": """株式会社ツバサシステム 導入支援
左右田様

お世話になっております。日の出産業の小此木です。
予備品マスタの取込用データ（第1弾・軸受類）をCSV（Shift_JIS）でお送りします。
保管場所コードは先日お送りしたロケーション表に合わせています。

取込テストの結果をお知らせください。

小此木""",
        "attachments": [
            {
                "kind": "csv",
                "name": "予備品マスタ_軸受.csv",
                "encoding": "cp932",
                "rows": [
                    ["品目コード", "品名", "型式", "メーカー", "在庫数", "保管場所", "発注点"],
                    ["BRG-0031", "深溝玉軸受", "6208ZZ", "NTN", "14", "W1-A-03", "6"],
                    ["BRG-0032", "深溝玉軸受", "6310ZZC3", "NTN", "5", "W1-A-03", "4"],
                    ["BRG-0047", "自動調心ころ軸受", "22212EAKE4", "NSK", "3", "W1-A-05", "2"],
                    ["BRG-0048", "自動調心ころ軸受", "22216EAKE4C3", "NSK", "2", "W1-A-05", "2"],
                    ["BRG-0102", "ユニット軸受", "UCP210", "NTN", "6", "W1-B-01", "2"],
                    ["BRG-0113", "アダプタスリーブ", "H316X", "NSK", "4", "W1-B-02", "2"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CP932 CSV of spare parts master data to the CMMS vendor: no personal data",
    },
    {
        "id": "setsubihozen-052",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": [BOSO],
        "subject": "臨時入構者 1名の追加について（10/22）",
        "body": """曽我部様

お疲れさまです。蔦谷です。
10/22（水）に川崎電機さんの応援で1名臨時入構します。登録をお願いします。

　氏名：　　新堀 勝也（シンボリ カツヤ）
　生年月日：1982年5月9日
　住所：　　神奈川県川崎市川崎区大島3-18-2
　携帯：　　090-7281-4463
　緊急連絡先：新堀 美和（妻）080-3154-2290
　入構証：　臨時 R-118

当日は8:00に正門でお待ちいただくよう伝えています。

蔦谷""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one visitor's record (with one emergency contact) to the security company: under the list line, may be warned",
    },
    {
        "id": "setsubihozen-053",
        "charset": "iso-2022-jp",
        "sender": TSUCHI,
        "to": ["市原市消防局 予防課 危険物係 <kikenbutsu@fire.ichihara-city.lg.jp>"],
        "subject": "危険物施設 定期点検記録の提出について（屋外タンク貯蔵所 T-12）",
        "body": """市原市消防局 予防課 危険物係 御中

日の出産業株式会社 市原工場 設備保全課の土屋でございます。
標記の件、下記のとおり定期点検を実施しましたのでご報告いたします。
点検記録表の原本は、後日窓口へ持参いたします。

　施設区分：屋外タンク貯蔵所
　許可番号：市原消危第 2-0417 号
　貯蔵危険物：第4類 第2石油類（軽油） 許可容量 980kL
　点検実施日：2025年10月27日
　点検結果：異常なし（底板肉厚最小値 8.6mm／基準 4.5mm）

ご確認のほどよろしくお願い申し上げます。

""" + sig_a("土屋 雅人", "機械保全係 係長", "2230", "m-tsuchiya@hinode-sangyo.co.jp"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "report to the fire authority with facility permit numbers and measurements: no personal data",
    },
    {
        "id": "setsubihozen-054",
        "charset": "utf-8",
        "sender": YAGI,
        "to": [OTAKA, "トキワ流体機器 鳥居 和樹 様 <k-torii@tokiwa-ryutai.co.jp>",
               "エムケー・ポンプ 真壁 直人 様 <makabe@mk-pump.co.jp>"],
        "subject": "【見積依頼】冷却水ポンプ P-401A/B 更新",
        "body": """各位

お世話になっております。日の出産業 設備保全課の八木橋です。
冷却水ポンプ P-401A/B の更新について、見積をお願いいたします。

　仕様：横軸両吸込渦巻ポンプ　吐出量 620m3/h × 全揚程 42m
　電動機：132kW 4P 6.6kV（既設流用可否もご提案ください）
　範囲：本体、電動機、共通ベース、据付SV
　回答期限：11月21日（金）

仕様書が必要な場合はご連絡ください。

八木橋 亮
日の出産業株式会社 市原工場 設備保全課""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "competitive RFQ with three makers in To who can see each other: should have been Bcc",
    },
    {
        "id": "setsubihozen-055",
        "charset": "cp932",
        "sender": YAGI,
        "to": [YAGI],
        "bcc": [OTAKA, "トキワ流体機器 鳥居 和樹 様 <k-torii@tokiwa-ryutai.co.jp>",
                "エムケー・ポンプ 真壁 直人 様 <makabe@mk-pump.co.jp>"],
        "subject": "P-402 補修部品 価格・納期のご照会",
        "body": """ポンプメーカー 各社 ご担当者様
（本メールは複数社にBCCでお送りしています）

いつもお世話になっております。日の出産業の八木橋です。
既設ポンプ P-402（平成15年製、吐出量 300m3/h）の補修部品について、
互換品の可否を含めて価格と納期をお知らせください。

　1. インペラ（材質 SCS14）　1個
　2. ケーシングライナーリング　2個
　3. 主軸（SUS420J2）　1本

元の製造元はすでに事業撤退しており、図面は当社で保有しています。
図面をご希望の場合は、秘密保持の取り決めのうえでお渡しします。

八木橋""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "makers in Bcc only (they cannot see each other); NDA only mentioned",
    },
    {
        "id": "setsubihozen-056",
        "charset": "utf-8",
        "sender": TSUCHI,
        "to": ["設備保全課 <hozen-ichihara@hinode-sangyo.co.jp>"],
        "subject": "秋季定修 当社要員表・夜間当番（確定版）",
        "body": """保全課各位

お疲れさまです。土屋です。
定修期間中の要員表と夜間当番が確定しましたので共有します。
携帯番号に誤りがあれば本日中に連絡してください。

氏名\t担当\t夜間当番\t携帯
岩渕 健司\t統括\t-\t090-6621-3054
土屋 雅人\t機械\t10/14,10/21,10/28\t080-2219-7745
蔦谷 瑞穂\t工程・入構\t-\t090-5538-2270
八木橋 亮\t機械\t10/15,10/22,10/29\t070-3348-1926
小此木 翔\t機械・資材\t10/16,10/23,10/30\t080-7712-4405
栗林 典子\t電気\t10/17,10/24,10/31\t090-2284-6617
天羽 大輔\t計装\t10/18,10/25,11/1\t080-5530-2198
須永 拓郎\t電気\t10/19,10/26,11/2\t090-6045-3372
保科 莉子\t計装\t10/20,10/27,11/3\t070-8821-5506
国分 浩之\t機械\t10/14,10/22,10/30\t080-4419-2237
矢作 和人\t機械\t10/15,10/23,10/31\t090-1182-6648
雨宮 早紀\t工程\t-\t070-6627-3395

土屋""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "twelve staff mobiles, but to the internal section mailing list only",
    },
    {
        "id": "setsubihozen-057",
        "charset": "cp932",
        "sender": KURI,
        "to": ["川崎電機 監視サービスセンター <kanshi-center@kawasaki-denki.co.jp>"],
        "cc": [KAWA],
        "subject": "受変電設備 警報発報時の当社呼出し当番表（11月）",
        "body": """川崎電機株式会社 監視サービスセンター 御中
（cc：保守部 柘植様）

いつもお世話になっております。日の出産業 電気保全係の栗林です。
11月の遠隔監視で重故障警報が出た際の、当社側の呼出し当番表をお送りします。
第1呼出しに連絡がつかない場合は、第2呼出しへお願いします。

期間          第1呼出し                        第2呼出し
-----------   -------------------------------  -------------------------------
11/1～11/7    栗林 典子  090-2284-6617         須永 拓郎  090-6045-3372
11/8～11/14   須永 拓郎  090-6045-3372         国分 浩之  080-4419-2237
11/15～11/21  国分 浩之  080-4419-2237         保科 莉子  070-8821-5506
11/22～11/30  保科 莉子  070-8821-5506         栗林 典子  090-2284-6617
（自宅）      栗林 0436-74-2251 ／ 須永 0438-62-9013 ／ 国分 0436-52-7108
              保科 043-497-3356 ／ 天羽 0436-61-4472 ／ 岩渕 0436-23-8804

夜間の連絡はまず携帯、つながらない場合は自宅へお願いします。

""" + sig_a("栗林 典子", "電気保全係", "2252", "n-kuribayashi@hinode-sangyo.co.jp"),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six staff members' mobile and home phone numbers to an external monitoring centre: list of people",
    },
    {
        "id": "setsubihozen-058",
        "charset": "utf-8",
        "sender": AMOU,
        "to": ["ツバサシステム リモート監視センター 巴 大樹 様 <tomoe@tsubasa-system.jp>"],
        "subject": "監視システム異常時の連絡順（計装担当）",
        "body": """ツバサシステム 巴様

お世話になっております。日の出産業の天羽です。
保全監視サーバの異常通知について、計装側の連絡順を更新しました。

　① 天羽 大輔　080-5530-2198
　② 保科 莉子　070-8821-5506
　③ 雨宮 早紀　070-6627-3395（平日日中のみ）

よろしくお願いします。

天羽""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three people's mobile numbers to a partner: under the list line, may be warned",
    },
    {
        "id": "setsubihozen-059",
        "charset": "cp932",
        "sender": TSUTA,
        "to": ["ミナト計装 芹沢 翼 様 <serizawa@minato-keiso.co.jp>"],
        "subject": "11月 計装工事 有資格者の確認",
        "body": """ミナト計装株式会社
芹沢様

お世話になっております。日の出産業の蔦谷です。
11月の計装工事で作業いただく方の資格について、当社の教育記録と照合した結果です。
No.4 の方は酸欠の特別教育の記録が当社にないため、修了証の写しをお送りください。

No  氏名          資格・教育                                   修了年月
1   城之内 達也   第一種電気工事士／酸欠・硫化水素特別教育     2009.04／2018.06
2   芹沢 翼       第二種電気工事士／低圧電気特別教育           2021.11／2022.02
3   宮武 憲司     第二種電気工事士／酸欠・硫化水素特別教育     2015.07／2019.10
4   嵯峨 颯太     低圧電気特別教育                             2024.05
5   綿貫 陽菜     第二種電気工事士／低圧電気特別教育           2023.03／2023.05

蔦谷""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five workers' names with qualifications only (no contact or identifiers) to their own employer: whether it is a list of people's records is arguable",
    },
    {
        "id": "setsubihozen-060",
        "charset": "utf-8",
        "sender": OKO,
        "to": [SANEI],
        "subject": "請求書の登録番号の記載について",
        "body": """三栄プラント工業株式会社
宍戸様

お世話になっております。日の出産業 設備保全課の小此木です。
9月分の請求書（No.SP-2509-031）を拝受しましたが、適格請求書発行事業者の
登録番号の記載が漏れているようです。

経理から、貴社の登録番号は T7040001063911 で間違いないか確認するよう
言われております。お手数ですが、登録番号を記載した請求書を再発行いただけますでしょうか。
日付は元の請求日のままで差し支えありません。

小此木 翔
日の出産業株式会社 市原工場 設備保全課
TEL 0436-43-2118 内線2247

""" + DISC_JA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a company's invoice registration (T-) number and invoice number: no personal data",
    },
]

# ---------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "setsubihozen-061",
        "charset": "iso-2022-jp",
        "sender": OKO,
        "to": ["関東ボイラー整備 経理部 <keiri@kanto-boiler.co.jp>"],
        "subject": "検収完了のご連絡（注文番号 PO-25-09921）",
        "body": """関東ボイラー整備株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 設備保全課の小此木です。
下記のご注文について検収が完了しましたのでご連絡いたします。

　注文番号：PO-25-09921
　件名：　　2号ボイラー 性能検査前整備工事
　検収日：　2025年10月31日
　検収金額：4,268,000円（税込）
　お支払予定日：2025年11月28日
　お振込先（ご登録口座）：みどり銀行 千葉支店 当座 0418826
　　　　　　　　　　　　　カントウボイラーセイビ（カ

ご不明の点は当社経理課までお問い合わせください。

小此木""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "acceptance notice with order number, amount and the supplier's company bank account: not personal data",
    },
    {
        "id": "setsubihozen-062",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": [BOSO],
        "subject": "外国籍作業員の入構確認（在留カード）",
        "body": """曽我部様

お疲れさまです。蔦谷です。
11/4から丸睦空調サービスさんの作業員として、外国籍の方が2名入構します。
入構時に在留カードの原本を確認していただくため、番号をお知らせします。

1) NGUYEN VAN HUNG（グエン・ヴァン・フン）
　在留カード番号：UH48213597EN　在留期限：2027年3月14日
　在留資格：特定技能1号
2) TRAN THI MAI（チャン・ティ・マイ）
　在留カード番号：TM70355182KA　在留期限：2026年9月30日
　在留資格：技能実習2号

番号が一致しない場合は入構を保留し、保全課（内線2241）へご連絡ください。

蔦谷""",
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two workers' residence card (在留カード) numbers sent to the external security company",
    },
    {
        "id": "setsubihozen-063",
        "charset": "utf-8",
        "sender": AMOU,
        "to": [KAWA, TSUBASA],
        "cc": [KURI],
        "subject": "受変電監視データのDCS取込 三者打合せ日程",
        "body": """川崎電機 柘植様
ツバサシステム 左右田様
（cc：当社 栗林）

お世話になっております。日の出産業 計装係の天羽です。
受変電設備の監視データ（電力量・保護継電器の動作記録）を
保全管理システムに取り込む件で、三者で打合せをお願いしたく存じます。

候補日：11/12（水）14:00～、11/13（木）10:00～、11/14（金）13:00～
場所：市原工場 事務棟2階 会議室C（Web参加も可）

議題：
1. 取込対象の信号点数（現状 約240点）
2. 通信方式（Modbus TCP／OPC UA）
3. ネットワーク境界（制御LANと情報LANの分離）

ご都合のよい日をお知らせください。

天羽""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail with two external organisations",
    },
    {
        "id": "setsubihozen-064",
        "charset": "cp932",
        "sender": TSUTA,
        "to": ["青葉運輸 熊谷 雄一 様 <kumagai@aoba-unyuu.co.jp>"],
        "subject": "旧変圧器の搬出日程について",
        "body": """青葉運輸株式会社
熊谷様

お世話になっております。日の出産業の蔦谷です。
撤去した旧変圧器（TR-2、約38t）の搬出ですが、11/20（木）でお願いできますでしょうか。

・搬出ルート：変電所北側 → 北門 → 臨港道路
・積込み：北斗クレーンさんの200t吊りクローラで当日朝に実施
・トレーラー：低床 4軸でお願いします

特殊車両通行許可の申請状況を教えてください。

蔦谷""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain aoba-unyuu.co.jp has one letter added to partner aoba-unyu.co.jp",
    },
    {
        "id": "setsubihozen-065",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": ["青葉運輸 熊谷 雄一 様 <kumagai@aoba-unyu.co.jp>"],
        "subject": "新変圧器（TR-2）搬入ルートと時間帯について",
        "body": """熊谷様

お世話になっております。蔦谷です。
11/15（土）の新変圧器搬入について、構内の条件をまとめました。

・入構ゲート：北門（幅 7.5m、高さ制限なし）
・構内ルート：北門 → 外周道路（東側）→ 変電所前ヤード
　※第2プラント前の交差点は旋回半径が不足するため通行不可
・搬入時間帯：6:30～8:00（通勤車両と重ならないように）
・輸送物：変圧器本体 41t（油抜き状態）、付属品 2.5t

先導車は当社で用意します。

蔦谷 瑞穂
日の出産業株式会社 市原工場 設備保全課
TEL 0436-43-2118 内線2241""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "heavy-haul logistics to the correct partner domain: no personal data",
    },
    {
        "id": "setsubihozen-066",
        "charset": "utf-8",
        "sender": TSUCHI,
        "to": [SANEI],
        "subject": "来期 配管更新計画（概算見積用）",
        "body": """宍戸様

お世話になっております。土屋です。
来期の配管更新計画をお送りします。概算で結構ですので、
12月末までに見積をいただけますでしょうか。

土屋""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "配管更新計画_2026.xlsx",
                "title": "2026年度 配管更新計画",
                "page_header": "部外秘",
                "sheets": {
                    "表紙": [["部外秘"], ["2026年度 配管更新計画（設備保全課）"], ["作成：2025/11/04 土屋"]],
                    "計画一覧": [
                        ["ライン番号", "口径", "材質", "延長(m)", "減肉率(%)", "更新時期", "予算(千円)"],
                        ["CW-101", "200A", "SGP", 85, 42, "2026/05", 6800],
                        ["ST-215", "100A", "STPG370", 40, 38, "2026/10", 4200],
                        ["PR-330", "80A", "SUS304", 26, 21, "2026/10", 3900],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX marked 部外秘 (cover sheet and page header) sent to an external contractor",
    },
    {
        "id": "setsubihozen-067",
        "charset": "utf-8",
        "sender": IWA,
        "to": ["川崎電機 四十物 豊 様 <aimono@kawasaki-denki.co.jp>"],
        "subject": "Re: 更新計画資料のご提供について",
        "body": """四十物様

お世話になっております。岩渕です。
ご依頼の中期計画書ですが、社外秘の扱いとなっているため原本はお渡しできません。
見積に必要な範囲を抜き出した概要版を作成しましたので、こちらでご対応ください。

岩渕

> 岩渕様
> 先日はありがとうございました。見積の精度を上げたいので、
> 可能であれば中期計画書の該当ページをご提供いただけないでしょうか。
> 川崎電機 四十物""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "電気設備更新_概要.pdf",
                "title": "電気設備更新 概要",
                "lines": ["電気設備更新 概要（見積用）", "対象：66kV GIS、主変圧器2台、6.6kV配電盤",
                          "更新時期：2027～2029年度（予定）", "停電可能期間：各年度の秋季定修（約4週間）"],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 only mentioned as the reason an original is withheld; the attached summary carries no marking",
    },
    {
        "id": "setsubihozen-068",
        "charset": "iso-2022-jp",
        "sender": TSUTA,
        "to": [TOWA],
        "subject": "解体班 入構者名簿（修正版）",
        "body": """漆原様

お世話になっております。蔦谷です。
解体班の入構者名簿、住所の誤記を修正したものを送ります。
個人情報のため、パスワード付きZIPにしています。パスワードはお電話でお伝えします。

蔦谷""",
        "attachments": [
            {
                "kind": "zip",
                "name": "入構者名簿_解体班_修正.zip",
                "password": "towa1108",
                "files": [
                    {"kind": "xlsx", "name": "入構者名簿_解体班.xlsx",
                     "sheets": {"名簿": [
                         ["氏名", "生年月日", "住所", "携帯"],
                         ["漆原 光", "1976/05/14", "千葉県木更津市潮見2-9-4", "090-3318-2741"],
                         ["城戸 拓海", "1999/08/19", "千葉県木更津市清見台東1-3-22", "090-8871-0346"],
                         ["四方田 壮", "2003/12/01", "千葉県君津市南子安6-14-8", "070-1933-8472"],
                         ["穂積 直樹", "1969/07/30", "千葉県袖ケ浦市蔵波台3-5-17", "090-5547-2208"],
                         ["ファム・ヴァン・ロン", "1997/03/05", "千葉県木更津市朝日1-7-3-204", "080-2290-5513"],
                         ["鴨志田 豪", "1981/11/02", "千葉県市原市姉崎西1-12-9", "080-6620-1937"],
                         ["帯刀 勇気", "1995/02/27", "千葉県木更津市大久保3-2-15", "070-4185-6652"],
                     ]}},
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP cannot be inspected (it holds a seven-person list as well)",
    },
    {
        "id": "setsubihozen-069",
        "charset": "iso-2022-jp",
        "sender": YAGI,
        "to": [HOKUTO],
        "subject": "11/12 揚重作業 当日の連絡先",
        "body": """百瀬様

お世話になっております。八木橋です。
11/12の冷却塔ファン減速機の揚重作業、当日の現場連絡先を確認させてください。
いただいた体制表から、以下で計器室に登録します。

　オペレーター：仁平 陽介 様（080-6254-1187）
　合図者：　　　薬師寺 隼 様（070-5530-2276）

作業開始前に計器室で作業許可書の受け取りをお願いします。

八木橋""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two workers' mobile numbers back to their employer: a short contact list, may be warned",
    },
    {
        "id": "setsubihozen-070",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": [MARU],
        "subject": "入構者登録内容のご確認（5名）",
        "body": """丸睦空調サービス株式会社
目黒様

お世話になっております。日の出産業の蔦谷です。
空調機更新工事（第2期）の入構者として、以下の5名で登録しました。
お手数ですが内容に誤りがないかご確認ください。

氏　名　　　　生年月日　　　　　　携帯電話　　　　　　　住所
――――――――――――――――――――――――――――――――――――――――――
目黒　亮介　　昭和５８年２月１１日　０９０－６６７２－３３１８　千葉県市原市君塚２－８－１１
茂木　悟　　　昭和５３年９月３０日　０８０－１１４５－９０２７　千葉県市原市八幡１０２４－３
橘　正和　　　平成２年１２月８日　　０７０－３３６１－５５０４　千葉県千葉市緑区誉田町１－４１５
熊谷　雄大　　平成８年５月１７日　　０９０－７００３－２６１９　千葉県袖ケ浦市福王台４－２－６
米倉　敦　　　昭和６２年７月４日　　０９０－２５８１－４４７０　千葉県市原市辰巳台西３－１７

蔦谷""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five people's records (和暦 DOB, full-width mobile, address) in the body to an external contractor",
    },
    {
        "id": "setsubihozen-071",
        "charset": "cp932",
        "sender": AMOU,
        "to": ["ミナト計装 芹沢 翼 様 <serizawa@minato-keiso.co.jp>"],
        "subject": "入構者4名 受付しました",
        "body": """芹沢様

お世話になっております。天羽です。
11/17からの校正作業の入構者4名、受付しました。入構証番号は以下のとおりです。

・城之内 達也 様　090-3317-8840　入構証 M-3101
・芹沢 翼 様　　　090-5526-1183　入構証 M-3102
・宮武 憲司 様　　080-2296-4417　入構証 M-3103
・綿貫 陽菜 様　　070-9913-2086　入構証 M-3104

初日は8:15に正門へお越しください。

天羽""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four workers' phones to their employer: just under the five-person line, may be warned",
    },
    {
        "id": "setsubihozen-072",
        "charset": "utf-8",
        "sender": OKO,
        "to": [TSUBASA],
        "subject": "設備台帳 移行データ（第1プラント分）",
        "body": """左右田様

お世話になっております。小此木です。
設備台帳の移行データ（第1プラント分、412件）をテキスト形式で送ります。
設備管理番号は12桁（工場2桁＋プラント2桁＋系統2桁＋連番6桁）です。

小此木""",
        "attachments": [
            {
                "kind": "txt",
                "name": "設備台帳_第1プラント.txt",
                "encoding": "utf-8",
                "text": """設備管理番号\t機器番号\t名称\t型式\tメーカー\t設置年
410103000012\tP-101A\t原料供給ポンプ\tCZ80-250\t大鷹ポンプ\t2004
410103000013\tP-101B\t原料供給ポンプ\tCZ80-250\t大鷹ポンプ\t2004
410103000027\tE-105\t予熱器\tBEM-600\t三栄プラント\t1998
410105000104\tM-121\t撹拌機\tAX-30\tトキワ流体機器\t2011
410107000318\tFT-1105\t流量伝送器\tEJA110E\tミナト計装\t2016
410107000329\tXV-1021\t緊急遮断弁\tSB-150\tミナト計装\t2013
""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asset register with 12-digit equipment numbers: numbers that are not personal data",
    },
    {
        "id": "setsubihozen-073",
        "charset": "iso-2022-jp",
        "sender": YAGI,
        "to": ["雲母 拓 先生 <kirara@mech.chiba-koka.ac.jp>"],
        "subject": "回転機 振動診断データのご送付（共同研究）",
        "body": """千葉工科大学 工学部 機械工学科
雲母 先生

いつもお世話になっております。日の出産業の八木橋です。
共同研究の件、9月分の振動データを送付いたします。
今回は CT-2 減速機の入力軸で軸受外輪傷と思われるピークが出ています。

　測定点：CT-2 入力軸 DE-H
　回転数：1,480rpm
　主なピーク：BPFO相当 96.3Hz とその高調波、側帯波 24.7Hz間隔

FFTデータはCSVで添付します。ご所見をいただけますと幸いです。

八木橋 亮""",
        "attachments": [
            {
                "kind": "csv",
                "name": "CT2_FFT_20250926.csv",
                "encoding": "utf-8",
                "rows": [["freq_Hz", "amp_mm_s"], ["24.7", "0.82"], ["96.3", "2.41"],
                         ["192.6", "1.37"], ["288.9", "0.66"], ["385.2", "0.31"]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "measurement data to a university research partner: no personal data",
    },
    {
        "id": "setsubihozen-074",
        "charset": "utf-8",
        "sender": GOMI,
        "to": ["北斗クレーン 及川 篤 様 <oikawa@hokuto-crane.co.jp>"],
        "subject": "移動式クレーン運転者の適性確認について",
        "body": """北斗クレーン株式会社
安全担当 及川様

お世話になっております。日の出産業 環境安全課の五味です。
11月の揚重作業に従事予定の運転者について、貴社提出の健康申告書を確認しました。
以下の2名について、運転業務への従事可否を主治医の意見書で確認させてください。

　氏名　　　年齢　健康申告の内容　　　　　　　当社の確認事項
　仁平 陽介　35　てんかん（服薬中・発作なし2年）　主治医の運転可否意見
　六角 慎吾　52　睡眠時無呼吸症候群（CPAP治療中）　治療継続の状況
　霜鳥 瑛太　31　特記なし　　　　　　　　　　　　　―

意見書の様式は貴社のもので構いません。

五味""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named operators' medical history (epilepsy, sleep apnoea) sent outside: 要配慮個人情報",
    },
    {
        "id": "setsubihozen-075",
        "charset": "utf-8",
        "sender": TSUCHI,
        "to": [CARVER],
        "subject": "Re: Visit of field service engineers (C-301)",
        "body": """Dear Dana,

Thank you. We have arranged gate passes for both engineers, and the safety induction
is booked for 17 Nov at 8:30. Mr. Yagihashi will meet them at the main gate.

Best regards,
Masato Tsuchiya

On Wed, Nov 5, 2025 at 9:12 AM Dana Whitfield <dwhitfield@carvercompressor.com> wrote:
> Dear Masato,
>
> Please find below the details of our two engineers for the site access request.
>
> 1. Michael R. Owens, DOB 1979-03-14, Passport No. 588214036 (USA)
> 2. Sofia Lindqvist, DOB 1990-08-02, Passport No. 91247388 (Sweden)
>
> They will arrive at Narita on 16 Nov.
>
> Regards,
> Dana Whitfield
> Field Service Coordinator, Carver Compressor Inc.""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "passport numbers appear only in the quoted text of the partner's own mail",
    },
    {
        "id": "setsubihozen-076",
        "charset": "utf-8",
        "sender": OKO,
        "to": ["さくらホテル市原 フロント <front-ichihara@sakura-hotel.jp>"],
        "subject": "宿泊予約（Carver Compressor様 2名）旅券情報のご連絡",
        "body": """さくらホテル市原 フロントご担当者様

いつもお世話になっております。日の出産業 設備保全課の小此木です。
11/16（日）から12泊でお願いしている予約（予約番号 SH-771582）について、
外国人宿泊者名簿の事前登録のため、旅券情報をお知らせします。

1. Michael R. Owens 様
　国籍：USA　生年月日：1979年3月14日　旅券番号：588214036
2. Sofia Lindqvist 様
　国籍：Sweden　生年月日：1990年8月2日　旅券番号：91247388

チェックイン時に旅券の原本をご確認ください。
請求は当社宛（法人契約）でお願いいたします。

""" + sig_b("小此木 翔", "設備保全課", "2247"),
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two guests' passport numbers and dates of birth sent to the hotel (new text, not quoted)",
    },
    {
        "id": "setsubihozen-077",
        "charset": "iso-2022-jp",
        "sender": OKO,
        "to": ["さくらホテル市原 予約係 <yoyaku-ichihara@sakura-hotel.jp>"],
        "subject": "宿泊予約のお願い（大鷹ポンプ製作所様 2名）",
        "body": """さくらホテル市原 予約係 御中

いつもお世話になっております。日の出産業の小此木です。
下記のとおり宿泊予約をお願いいたします（法人契約 No.HN-0032）。

　宿泊者：鰐淵 智 様、袴田 慎也 様（大鷹ポンプ製作所）
　日程：10/20（月）〜10/23（木）3泊、シングル2室、朝食付き
　到着予定：20:00頃
　当日の連絡先：鰐淵様 携帯 090-5512-8806 ／ 袴田様 携帯 080-4427-1359

請求書は当社 設備保全課宛にお送りください。

小此木""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "hotel booking for two guests with their mobile numbers: a short record, may be warned",
    },
    {
        "id": "setsubihozen-078",
        "charset": "cp932",
        "sender": YAGI,
        "to": ["能登 拓海 <t-noto@hinode-sangyo.co.jp>"],
        "subject": "FW: 見積書送付の件（P-401A/B 更新）",
        "body": """購買課 能登さん

お疲れさまです。八木橋です。
P-401A/B 更新のトキワ流体機器さんの見積メールを添付で転送します。
他2社の回答がそろったら比較表を作りますので、価格交渉の方針を相談させてください。

八木橋""",
        "attachments": [
            {
                "kind": "eml",
                "name": "見積書送付の件（P-401AB更新）.eml",
                "message": {
                    "charset": "cp932",
                    "sender": "トキワ流体機器 鳥居 和樹 <k-torii@tokiwa-ryutai.co.jp>",
                    "to": [YAGI],
                    "subject": "見積書送付の件（P-401A/B 更新）",
                    "body": """日の出産業株式会社 八木橋様

平素より大変お世話になっております。トキワ流体機器の鳥居でございます。
標記の件、下記のとおりお見積り申し上げます。

　見積番号：TR-Q-25-1184
　ポンプ本体（2台）：18,400,000円
　電動機（2台）：6,200,000円
　据付SV：1,150,000円
　納期：受注後7か月

何卒ご検討のほどよろしくお願い申し上げます。

株式会社トキワ流体機器 営業部 鳥居 和樹
TEL 048-621-3300""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of a maker's quotation as an attached mail",
    },
    {
        "id": "setsubihozen-079",
        "charset": "utf-8",
        "sender": TSUCHI,
        "to": ["桑畑 圭 様 <kuwahata.kei@yahoo.co.jp>"],
        "subject": "旧2号ボイラーの改造履歴についてご教示のお願い",
        "body": """桑畑さん

ご無沙汰しております。設備保全課の土屋です。
ご退職後もお元気でお過ごしのことと存じます。

実は2号ボイラーの性能検査の準備で、1990年代の過熱器の改造履歴を調べているのですが、
当時の工事記録が見当たりません。
たしか桑畑さんが担当されていたと伺いましたので、改造の時期や施工会社について
覚えていらっしゃることがあれば教えていただけないでしょうか。

お手すきの際にご返信いただけますと幸いです。

土屋 雅人""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a retired employee); ordinary technical question",
    },
    {
        "id": "setsubihozen-080",
        "charset": "cp932",
        "sender": YAGI,
        "to": [SANEI],
        "subject": "作業計画書（E-203 チューブ抜管）ご確認のお願い",
        "body": """宍戸様

お世話になっております。八木橋です。
E-203 チューブバンドル抜管の作業計画書を当社で作成しました。
作業体制の欄に御社の作業責任者として木場さんを記載していますので、ご確認ください。

八木橋""",
        "attachments": [
            {
                "kind": "docx",
                "name": "作業計画書_E-203抜管.docx",
                "title": "作業計画書 E-203 チューブバンドル抜管",
                "paragraphs": [
                    "作業計画書：熱交換器 E-203 チューブバンドル抜管",
                    "1. 作業期間：2025年10月16日～10月18日",
                    "2. 使用機材：バンドルエキストラクター（5t）、チェーンブロック 3t×2",
                    "3. 主な危険：はさまれ、吊荷の落下、残液の飛散",
                ],
                "tables": [[
                    ["役割", "会社", "氏名", "連絡先"],
                    ["作業責任者", "三栄プラント工業", "木場 翔太", "080-3392-0158"],
                    ["当社監督", "日の出産業", "八木橋 亮", "内線2234"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX work plan with one contractor foreman's mobile number, sent to his employer",
    },
]

# ---------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------

_SANEI_LIST = [
    ["No", "入構証番号", "会社", "氏名", "生年月日", "住所", "携帯", "緊急連絡先"],
    [1, "S-2001", "三栄プラント工業", "宍戸 昇", "1972/09/21", "千葉県市原市五井西4-3-12", "090-2456-7780", "0436-22-4108（自宅）"],
    [2, "S-2002", "三栄プラント工業", "木場 翔太", "1988/01/16", "千葉県市原市若宮2-6-30", "080-3392-0158", "080-6118-2273（妻）"],
    [3, "S-2003", "三栄プラント工業", "蛭田 和真", "1998/06/09", "千葉県市原市東国分寺台1-9-4", "070-6631-2094", "0436-41-7735（実家）"],
    [4, "S-2004", "三栄プラント工業", "蓮見 康平", "1991/10/23", "千葉県袖ケ浦市神納1-15-8", "090-1170-4436", "090-7740-3361（妻）"],
    [5, "S-2005", "三栄プラント工業", "乙坂 伸", "1984/04/04", "千葉県市原市国分寺台中央5-2-17", "080-5518-9923", "0436-21-9052（自宅）"],
    [6, "S-2006", "三栄プラント工業", "猿渡 誠", "1974/03/08", "千葉県袖ケ浦市長浦駅前4-11-2", "090-4418-2207", "0438-62-5519（自宅）"],
    [7, "S-2007", "三栄プラント工業", "我妻 俊", "1989/10/14", "千葉県市原市姉崎東2-7-19", "080-3306-5521", "080-2235-6674（母）"],
    [8, "S-2008", "三栄プラント工業", "丹波 伸也", "1985/08/03", "千葉県市原市五井中央西1-20-6", "090-8830-6614", "0436-23-1186（自宅）"],
    [9, "S-2009", "六角溶接", "六角 隆三", "1962/12/19", "千葉県市原市八幡北町2-4-7", "090-3027-5541", "0436-41-2209（会社）"],
    [10, "S-2010", "六角溶接", "左近 隆之", "1979/02/17", "千葉県市原市白金町3-44", "080-2274-6638", "080-5561-0927（妻）"],
    [11, "S-2011", "六角溶接", "宇賀神 拓", "1997/10/05", "千葉県市原市玉前西1-8-2", "070-5528-1140", "0436-74-3318（実家）"],
    [12, "S-2012", "六角溶接", "袰岩 正一", "1971/04/26", "千葉県君津市外箕輪2-3-6", "090-3309-7752", "0439-52-6604（自宅）"],
    [13, "S-2013", "六角溶接", "日向 晴人", "2002/08/30", "千葉県市原市辰巳台東5-1-9", "080-9146-0327", "090-2218-4450（父）"],
    [14, "S-2014", "六角溶接", "宮下 貴之", "1986/07/12", "千葉県木更津市東太田3-10-5", "090-6653-2817", "0438-30-7712（自宅）"],
    [15, "S-2015", "六角溶接", "葛城 大翔", "1999/01/08", "千葉県市原市ちはら台西2-12-1", "070-3390-6625", "080-1189-3346（母）"],
]

MESSAGES += [
    {
        "id": "setsubihozen-081",
        "charset": "utf-8",
        "sender": YAGI,
        "to": [OTAKA],
        "subject": "P-105A インペラ損傷状況（写真）",
        "body": """鰐淵様

お世話になっております。八木橋です。
本日分解した P-105A のインペラの写真を送ります。
羽根入口側にキャビテーションによるものと思われる浸食が見られます。
補修で対応可能か、新品交換が必要か、ご判断をお願いします。

八木橋""",
        "attachments": [
            {"kind": "png", "name": "P105A_impeller_01.png"},
            {"kind": "png", "name": "P105A_impeller_02.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "equipment photos (PNG) to the maker: no personal data",
    },
    {
        "id": "setsubihozen-082",
        "charset": "cp932",
        "sender": GOMI,
        "to": ["関東ボイラー整備 猿渡 誠 様 <saruwatari@kanto-boiler.co.jp>"],
        "subject": "RE: 作業員の健康状態についてのご連絡",
        "body": """猿渡様

ご連絡ありがとうございます。承知いたしました。
当該の方については、当面は地上での作業に配置いただく形で結構です。
ボイラー内部点検の人員が不足するようでしたら、工程の調整をご相談ください。

五味

差出人: 猿渡 誠 <saruwatari@kanto-boiler.co.jp>
送信日時: 2025年10月22日 17:35
宛先: 五味 由香里 <y-gomi@mail.hinode-sangyo.co.jp>
件名: 作業員の健康状態についてのご連絡

日の出産業 五味様

お世話になっております。関東ボイラー整備の猿渡です。
弊社作業員の阿久津 誠一（57歳）ですが、先月狭心症で入院しており、
主治医から当面は高所・閉所での作業を控えるよう指示が出ております。
今回のボイラー内部点検の班からは外し、地上作業のみとしたいと考えております。

以上、よろしくお願いいたします。""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the worker's diagnosis is only in the quoted 差出人/送信日時 block; the new text names no one",
    },
    {
        "id": "setsubihozen-083",
        "charset": "utf-8",
        "sender": GOMI,
        "to": [SANEI_ANZEN],
        "subject": "転送：作業員の健康状態についてのご連絡",
        "body": """三栄プラント工業 砂川様

お世話になっております。五味です。
関東ボイラー整備さんから下記の連絡がありました。阿久津さんは御社の応援班にも
名前があったと思いますので、念のため共有します。配置の際はご配慮ください。

---- 転送メッセージ ----
差出人: 猿渡 誠 <saruwatari@kanto-boiler.co.jp>
送信日時: 2025年10月22日 17:35
宛先: 五味 由香里 <y-gomi@mail.hinode-sangyo.co.jp>
件名: 作業員の健康状態についてのご連絡

日の出産業 五味様

お世話になっております。関東ボイラー整備の猿渡です。
弊社作業員の阿久津 誠一（57歳）ですが、先月狭心症で入院しており、
主治医から当面は高所・閉所での作業を控えるよう指示が出ております。
今回のボイラー内部点検の班からは外し、地上作業のみとしたいと考えております。

以上、よろしくお願いいたします。""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward of a named worker's angina and hospitalisation to a different contractor: forwarded text counts",
    },
    {
        "id": "setsubihozen-084",
        "charset": "iso-2022-jp",
        "sender": GOMI,
        "to": [GOMI],
        "bcc": [SANEI_ANZEN, "東和足場 二階堂 秀樹 様 <nikaido@towa-ashiba.co.jp>",
                "北斗クレーン 及川 篤 様 <oikawa@hokuto-crane.co.jp>", KANTO, MARU, MINATO, KAWA],
        "subject": "2025年度 安全大会の開催および無災害表彰会社のお知らせ",
        "body": """協力会社 各位

日の出産業 市原工場 環境安全課の五味です。
本年度の安全大会を下記のとおり開催いたします。

　日時：12月12日（金）14:00〜16:30
　会場：市原市民会館 小ホール
　内容：工場長挨拶、安全講話、無災害表彰、事例発表

無災害表彰（連続無災害 3年以上）の対象会社は次のとおりです。
　・ミナト計装株式会社（連続無災害 8年）
　・丸睦空調サービス株式会社（連続無災害 5年）
　・北斗クレーン株式会社（連続無災害 3年）

出席者数を11月28日までにご連絡ください（1社3名まで）。

五味""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "event notice to contractors in Bcc with a list of companies (businesses), no people",
    },
    {
        "id": "setsubihozen-085",
        "charset": "cp932",
        "sender": OKO,
        "to": ["錦印刷 勅使河原 崇 様 <teshigawara@nishiki-insatsu.co.jp>"],
        "subject": "作業許可証・入構証 用紙の印刷発注",
        "body": """錦印刷株式会社 営業部
勅使河原様

いつもお世話になっております。日の出産業の小此木です。
先日お見積りいただいた用紙類、下記のとおり発注いたします。

　1. 火気使用作業許可書（3枚複写・A4）　　500組
　2. 一般作業許可書（2枚複写・A4）　　　　800組
　3. 臨時入構証（PET・名刺サイズ、連番 R-201～R-500）　300枚

版下は前回（2023年版）から「許可番号」欄の位置のみ変更です。
校正をPDFでお送りください。納品は12/5までに資材倉庫へお願いします。

小此木""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order to a partner: form names, quantities, serial ranges",
    },
    {
        "id": "setsubihozen-086",
        "charset": "utf-8",
        "sender": TSUTA,
        "to": [SANEI_ANZEN],
        "cc": ["六角溶接 六角 隆三 様 <rokkaku@rokkaku-yosetsu.co.jp>"],
        "subject": "10月定修 入構者名簿（承認済・入構証番号付）",
        "body": """三栄プラント工業 砂川様
（cc：六角溶接 六角様）

お世話になっております。日の出産業の蔦谷です。
御社および六角溶接様の入構者名簿を承認しました。入構証番号を付したファイルを
お送りしますので、各作業員の方へ番号をお伝えください。
車両と持込機材も別シートで承認済みです。

蔦谷 瑞穂
日の出産業株式会社 市原工場 設備保全課
TEL 0436-43-2118 内線2241""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "入構者名簿_三栄・六角_承認済.xlsx",
                "sheets": {
                    "入構者": [["2025年秋季定期修理 入構者名簿（三栄プラント工業・六角溶接）"], []] + _SANEI_LIST,
                    "車両": [["車番", "車種", "会社"], ["市原 400 さ 2281", "2tダンプ", "三栄プラント工業"],
                            ["市原 100 せ 5517", "溶接機搭載車", "六角溶接"]],
                    "持込機材": [["品名", "数量", "点検日"], ["エンジン溶接機", 2, "2025/10/06"],
                              ["ガス切断器", 3, "2025/10/06"], ["チェーンブロック 3t", 4, "2025/10/03"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "fifteen workers' records (DOB, address, mobile, emergency contact) in a multi-sheet XLSX to two external companies",
    },
    {
        "id": "setsubihozen-087",
        "charset": "utf-8",
        "sender": OKO,
        "to": ["房総機工商会 我妻 誠司 様 <wagatsuma@boso-kiko.co.jp>"],
        "subject": "【至急】Vベルト・カップリング発注（PO-25-11206）",
        "body": """株式会社房総機工商会
我妻様

いつもお世話になっております。日の出産業の小此木です。
冷却塔ファンの修理で急ぎ必要になりました。下記、本日中の出荷をお願いできますでしょうか。

注文番号：PO-25-11206
・Vベルト 5V-1250（レッドS-II）　6本
・カップリング フレキシブル FCL-200　1組
・テーパーブッシュ 3020-55　2個

納品先：〒290-0067 千葉県市原市八幡海岸通7番地3
　　　　日の出産業株式会社 市原工場 資材倉庫（受取：設備保全課 小此木）
　　　　TEL 0436-43-2118（代表）

よろしくお願いいたします。

小此木 翔

""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "urgent parts order with the factory's delivery address and the sender's own contact",
    },
    {
        "id": "setsubihozen-088",
        "charset": "cp932",
        "sender": YAGI,
        "to": [HOKUTO],
        "subject": "天井クレーン 年次自主検査 対象機一覧",
        "body": """百瀬様

お世話になっております。八木橋です。
今年度の天井クレーン年次自主検査の対象機を送ります。
検査日は機番ごとに別途調整させてください。

機番     設置場所              定格荷重  検査証番号      前回検査
-------  --------------------  --------  --------------  ----------
OHC-01   第1プラント 機械室    10t       千第 14-2281 号  2024/11/12
OHC-02   第1プラント 機械室    2.8t      千第 14-2282 号  2024/11/12
OHC-05   第2プラント 圧縮機棟  20t       千第 17-0934 号  2024/11/14
OHC-07   保全工場              5t        千第 09-1166 号  2024/11/15
HST-11   倉庫棟                2.8t      （検査証対象外）  2024/11/15

八木橋""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "equipment list with crane inspection certificate numbers: numbers that are not personal data",
    },
    {
        "id": "setsubihozen-089",
        "charset": "utf-8",
        "sender": IWA,
        "to": ["榊原 敏夫 <t-sakakibara@hinode-sangyo.co.jp>"],
        "cc": [TSUCHI],
        "subject": "【社外秘】2026年度 保全予算（一次案）",
        "body": """工場長

お疲れさまです。岩渕です。
2026年度の保全予算の一次案です。社外秘扱いでお願いします。

　区分　　　　　　　2025年度実績見込　2026年度案
　定期修理　　　　　　 412百万円　　　 438百万円
　日常保全　　　　　　 186百万円　　　 190百万円
　更新工事　　　　　　 240百万円　　　 365百万円（受変電 120含む）
　合計　　　　　　　　 838百万円　　　 993百万円

更新工事の増額理由は、来週の経営会議前にご説明させてください。

岩渕""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "marked 社外秘 but addressed only to internal recipients",
    },
    {
        "id": "setsubihozen-090",
        "charset": "iso-2022-jp",
        "sender": GOMI,
        "to": ["榊原 敏夫 <t-sakakibara@hinode-sangyo.co.jp>"],
        "cc": [IWA, "安全衛生委員会 <anzen-iinkai@hinode-sangyo.co.jp>"],
        "subject": "【事故速報】10/16 協力会社作業員 負傷災害（第1報）",
        "body": """工場長
（cc：岩渕課長、安全衛生委員会）

環境安全課の五味です。本日発生した負傷災害について第1報をご報告します。

・発生：10/16 10:40頃　第2プラント E-203 周辺
・被災者：三栄プラント工業 蛭田 和真さん（27歳、経験4年）
・状況：チューブバンドル引き抜き時、チェーンブロックのフックと架台の間に左手を挟まれた
・傷病：左手第3指末節骨骨折（五井中央病院で診察、休業約4週間の見込み）
・処置：作業を中断し、同種作業の手順を見直し中

明日10時から現場で原因調査を行います。

五味""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "injured worker's name and diagnosis, but sent only to internal recipients",
    },
    {
        "id": "setsubihozen-091",
        "charset": "utf-8",
        "sender": YAGI,
        "to": [KANTO],
        "subject": "Re: 作業許可申請（2号ボイラー 内部点検）",
        "body": """舟橋様

お世話になっております。八木橋です。
申請内容を確認し、酸素欠乏危険作業の許可を出しました（No.CS-25-0077）。

条件：
・入槽前と作業中1時間ごとに酸素濃度（18%以上）とCO濃度を測定し記録
・送風機による連続換気、監視人は入口に常駐
・空気呼吸器を入口に2セット配置

八木橋

> 日の出産業 八木橋様
>
> 2号ボイラー内部点検の作業許可を申請します。
> 作業日：10/27～10/29
> 作業者：
>   舟橋 竜也（酸欠作業主任者） 090-6627-3014
>   鬼塚 亮太　080-6637-2051
>   猿渡 誠　　090-2261-7708
>   東海林 浩　070-4492-1138
> 関東ボイラー整備 舟橋""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "worker names and phones only in quoted text; new text is a permit approval",
    },
    {
        "id": "setsubihozen-092",
        "charset": "iso-2022-jp",
        "sender": AMOU,
        "to": ["ミナト計装 芹沢 翼 様 <serizawa@minato-keiso.co.jp>"],
        "subject": "圧力伝送器 校正成績書の番号について",
        "body": """芹沢様

お世話になっております。天羽です。
先日いただいた校正成績書について、番号の対応を確認させてください。

　計器番号　　シリアル番号　校正証明書番号　　　　　基準器
　PT-3021　　91A27733　　　MK-CAL-250918-044　　DPI620-1187
　PT-3022　　91A27741　　　MK-CAL-250918-045　　DPI620-1187
　PT-3105　　91B03362　　　MK-CAL-250918-046　　DPI620-1187

PT-3105 の成績書の表紙にあるシリアル番号が 91B03326 となっていますが、
銘板は 91B03362 でした。誤記でしたら差し替えをお願いします。

天羽""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "instrument serial and certificate numbers: numbers that are not personal data",
    },
    {
        "id": "setsubihozen-093",
        "charset": "iso-2022-jp",
        "sender": TSUCHI,
        "to": [OTAKA],
        "subject": "工場立会検査の日程確認",
        "body": """鰐淵様

お世話になっております。土屋です。
P-105A の工場立会検査は 10/23（木）13:30 から、貴社大森工場にて承知しました。
当社からは八木橋と私の2名で伺います。

土屋""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short scheduling reply, nothing sensitive",
    },
    {
        "id": "setsubihozen-094",
        "charset": "utf-8",
        "sender": OKO,
        "to": ["Ingrid Sjöberg <ingrid.sjoberg@norrlandvalves.se>"],
        "subject": "Re: Order NV-PO-88214 - delivery status",
        "body": """Dear Ms. Sjöberg,

Thank you for the update. We confirm receipt of the tracking number
(DHL waybill 4471 2208 93) and will arrange customs clearance through our forwarder.

For our records: our purchase order is PO-25-10455, your order confirmation NV-PO-88214,
items 3 x ball valve BV-300-CL300 and 6 x seat kit SK-300.

Best regards,
Sho Okonogi
Plant Engineering Section, Hinode Sangyo Co., Ltd.

On 6 Nov 2025, at 16:02, Ingrid Sjöberg <ingrid.sjoberg@norrlandvalves.se> wrote:
> Dear Mr. Okonogi,
> Your order has been shipped today. Tracking: DHL 4471220893.
> Kind regards, Ingrid

""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English order follow-up with tracking and order numbers, disclaimer",
    },
    {
        "id": "setsubihozen-095",
        "charset": "cp932",
        "sender": TSUTA,
        "to": [MARU],
        "subject": "入構者名簿の様式変更について",
        "body": """丸睦空調サービス株式会社
目黒様

お世話になっております。日の出産業の蔦谷です。
個人情報保護の観点から、入構者名簿の項目を見直しました。
次回のご提出から、添付の新様式をお使いください。

主な変更点：
・血液型、自宅住所の欄を削除しました
・緊急連絡先は会社の連絡先で結構です
・生年月日は年齢（満年齢）に変更しました

蔦谷""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "入構者名簿_新様式.xlsx",
                "sheets": {
                    "名簿": [["入構者名簿（2025年11月改訂様式）　会社名：　　　　　　　"], [],
                            ["No", "氏名", "フリガナ", "年齢", "携帯電話", "新規入構者教育受講日", "保有資格"],
                            [1, "", "", "", "", "", ""], [2, "", "", "", "", "", ""]],
                    "記入例": [["No", "氏名", "フリガナ", "年齢", "携帯電話", "新規入構者教育受講日", "保有資格"],
                            [1, "日の出 太郎", "ヒノデ タロウ", "40", "090-XXXX-XXXX", "2025/04/01", "玉掛け"]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank list template with a placeholder example; 個人情報 mentioned in passing",
    },
    {
        "id": "setsubihozen-096",
        "charset": "utf-8",
        "sender": KURI,
        "to": [KAWA, "京葉電力 一色 真一 様 <isshiki@keiyo-denryoku.co.jp>"],
        "subject": "11/9 全停電作業に伴う受電停止の調整",
        "body": """川崎電機 柘植様
京葉電力 千葉南支社 配電課 一色様

いつもお世話になっております。日の出産業の栗林です。
11/9（日）の特高受変電設備 年次点検に伴う受電停止について、三者で段取りを確認させてください。

　5:30　当社 負荷切り離し完了（構内全停）
　5:45　京葉電力様 66kV 送電停止・検電・接地
　6:00　川崎電機様 点検開始
　17:00 点検終了・接地撤去確認
　17:30 京葉電力様 送電再開 → 当社 順次受電

連絡は当社電気室（0436-43-2350）を窓口とします。
前日の11/8 15:00から、電気室で三者の事前打合せをお願いできればと思います。

栗林 典子
日の出産業株式会社 市原工場 設備保全課 電気保全係""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (maker and utility) in To: a normal three-way coordination mail",
    },
    {
        "id": "setsubihozen-097",
        "charset": "cp932",
        "sender": KURI,
        "to": [KAWA],
        "subject": "Re: 年次点検結果報告書（速報）",
        "body": """柘植様

速報ありがとうございました。栗林です。
1点だけ確認させてください。

TR-2 の絶縁抵抗が高圧－大地間で 1,200MΩ と、昨年（3,800MΩ）から大きく低下しています。
測定時の湿度の影響でしょうか、それとも劣化傾向とみるべきでしょうか。
油中ガス分析の結果が出ましたら、あわせてご見解をいただけますと助かります。

栗林

> 日の出産業 栗林様
> 11/9の年次点検の速報です。
> ・GIS：SF6ガス圧 0.50MPa、異常なし
> ・TR-1：絶縁抵抗 高圧－大地 4,500MΩ、tanδ 0.21%
> ・TR-2：絶縁抵抗 高圧－大地 1,200MΩ、tanδ 0.38%
> ・保護継電器：全台 動作特性良好
> 川崎電機 柘植""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "technical reply on test values to a partner maker: measurements, no personal data",
    },
    {
        "id": "setsubihozen-098",
        "charset": "iso-2022-jp",
        "sender": IWA,
        "to": [IWA],
        "bcc": [SANEI, TOWA, HOKUTO, KAWA, KANTO, MARU, MINATO, OTAKA],
        "subject": "秋季定期修理 完了のご報告と御礼",
        "body": """協力会社 各位

日の出産業株式会社 市原工場 設備保全課の岩渕でございます。

10月14日から実施しておりました秋季定期修理は、11月9日をもって
全工程を予定どおり完了いたしました。
延べ 6,820人日の作業を、休業災害ゼロで終えることができましたのは、
ひとえに各社の皆様のご尽力の賜物と、心より御礼申し上げます。

期間中に発生した不休災害1件、ヒヤリハット23件については、
12月の災害防止協議会で対策をご報告いたします。

今後ともよろしくお願い申し上げます。

岩渕 健司""",
        "html": """<html><body style="font-family:'MS PGothic',sans-serif">
<p>協力会社 各位</p>
<p>日の出産業株式会社 市原工場 設備保全課の岩渕でございます。</p>
<p>10月14日から実施しておりました秋季定期修理は、11月9日をもって全工程を予定どおり完了いたしました。<br>
延べ <b>6,820人日</b>の作業を、<b>休業災害ゼロ</b>で終えることができましたのは、
ひとえに各社の皆様のご尽力の賜物と、心より御礼申し上げます。</p>
<p>期間中に発生した不休災害1件、ヒヤリハット23件については、12月の災害防止協議会で対策をご報告いたします。</p>
<p>今後ともよろしくお願い申し上げます。</p>
<p>岩渕 健司</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you notice (text + HTML) to contractors in Bcc; accident counts only, no person",
    },
    {
        "id": "setsubihozen-099",
        "charset": "cp932",
        "sender": YAGI,
        "to": [KANTO],
        "subject": "2号ボイラー 性能検査 提出書類一式",
        "body": """舟橋様

お世話になっております。八木橋です。
2号ボイラーの性能検査に向けて、当社側で用意した書類一式をZIPで送ります。
・前回検査成績書（PDF）
・水管肉厚測定結果（Excel、3シート）

検査機関への事前提出は御社経由でお願いします。

八木橋""",
        "attachments": [
            {
                "kind": "zip",
                "name": "2号ボイラー_性能検査書類.zip",
                "files": [
                    {"kind": "pdf", "name": "前回検査成績書_2024.pdf",
                     "lines": ["2号ボイラー 性能検査成績書（2024年度）", "ボイラー検査証番号：千第 B-1127 号",
                               "最高使用圧力 2.45MPa、伝熱面積 312m2", "判定：合格"]},
                    {"kind": "xlsx", "name": "水管肉厚測定_2025.xlsx",
                     "sheets": {
                         "蒸発管": [["2025年 水管肉厚測定結果（蒸発管）"], ["管番号", "公称(mm)", "測定(mm)", "減肉率(%)"],
                                  ["EV-01", 4.0, 3.7, 7.5], ["EV-02", 4.0, 3.6, 10.0]],
                         "過熱器": [["管番号", "公称(mm)", "測定(mm)", "減肉率(%)"], ["SH-01", 5.0, 4.6, 8.0]],
                         "節炭器": [["管番号", "公称(mm)", "測定(mm)", "減肉率(%)"], ["EC-01", 3.5, 3.3, 5.7]],
                     }},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of inspection documents (PDF, multi-sheet XLSX): no personal data",
    },
    {
        "id": "setsubihozen-100",
        "charset": "utf-8",
        "sender": OKO,
        "to": [BEARING],
        "subject": "RE: 納期回答のお願い（PO-25-10873）",
        "body": """猪狩様

ご回答ありがとうございます。
22216EAKE4C3 のみ10/17着とのこと、承知しました。
定修の組立が10/20からですので間に合います。残りは10/10着でお願いします。

小此木

差出人: 猪狩 修 <igari@chiba-bearing.co.jp>
送信日時: 2025年10月3日 11:48
宛先: 小此木 翔 <s-okonogi@hinode-sangyo.co.jp>
件名: RE: 納期回答のお願い（PO-25-10873）

日の出産業 小此木様

お世話になっております。千葉ベアリング商会の猪狩です。
PO-25-10873 の納期をご回答します。

6310ZZC3　　　10/10
22216EAKE4C3　10/17（メーカー取寄せ）
UCP210　　　　10/10
H316X　　　　 10/10
オイルシール　10/10

株式会社千葉ベアリング商会 営業部 猪狩 修
TEL 043-261-4480""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply about delivery dates with the supplier's quoted answer: no personal data",
    },
]
