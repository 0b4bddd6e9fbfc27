"""Blind corpus — area: byouinjimu (病院の医事課・地域医療連携室).

The mail of 日の出産業株式会社's hospital, 日の出記念病院: the 医事課 (billing, claims,
unpaid bills, document requests, insurers' inquiries) and the 地域医療連携室 (referrals
to and from clinics, patient transfers, discharge conferences, care managers, the city).
Written from bench/blind/BRIEF.md alone. Every person, number and address is invented;
My Numbers and card numbers come from build.py's helpers.
"""

from build import card_number, my_number

SEED = 47801

AREA = "byouinjimu"


def _zen(s: str) -> str:
    """ASCII digits and hyphens as full-width, the way some staff type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _sp4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _hy4(s: str) -> str:
    return "-".join(s[i:i + 4] for i in range(0, len(s), 4))


# -- the people who write (signatures as they use them) -----------------------------------

SIG_MORIMOTO = """──────────────────────
日の出産業株式会社 日の出記念病院
事務部 医事課 課長　森本 達也
〒299-0123 千葉県潮見市港町2丁目5番1号
TEL 0436-61-2200（代）／内線 2310　FAX 0436-61-2209
t.morimoto@hinode-sangyo.co.jp
──────────────────────"""

SIG_SASAKI = """--
日の出記念病院 医事課 入院係
佐々木 玲奈（ささき れな）
TEL:0436-61-2200 内線2316 / FAX:0436-61-2209
r.sasaki@hinode-sangyo.co.jp"""

SIG_TANIGUCHI = """****************************************
日の出産業株式会社 日の出記念病院
医事課 外来係　谷口 美咲
〒299-0123 千葉県潮見市港町2-5-1
TEL 0436-61-2200 / FAX 0436-61-2209
****************************************"""

SIG_MURASE = """=====
日の出記念病院 医事課（診療報酬請求担当）
村瀬 大輔
直通 0436-61-2231
d-murase@hinode-sangyo.co.jp
====="""

SIG_EGUCHI = """-------------------------------------------
日の出記念病院　事務部 医事課（未収金対策）
江口 昌平 / Shohei Eguchi
TEL 0436-61-2200（内線2320）
-------------------------------------------"""

SIG_IMAIZUMI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出記念病院 医事課 文書係
今泉 さやか
TEL 0436-61-2200（代表）内線2325
imaizumi.sayaka@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KUBOTA = """◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇
日の出記念病院 地域医療連携室
医療ソーシャルワーカー（社会福祉士）
久保田 和美
直通 0436-61-2240　FAX 0436-61-2249
k.kubota@hospital.hinode-sangyo.co.jp
◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇"""

SIG_HASEBE = """――――――――――――――――
日の出記念病院 地域医療連携室
室長（看護師長）長谷部 智子
連携室直通 0436-61-2240
――――――――――――――――"""

SIG_KITAMURA = """--
地域医療連携室 事務　喜多村 瞳
日の出記念病院（日の出産業株式会社）
TEL 0436-61-2240 FAX 0436-61-2249"""

SIG_SUGAWARA = """-- 
日の出記念病院 診療情報管理室
診療情報管理士　菅原 悠
内線 2350"""

SIG_ONODERA = """----
医事課 入院係 小野寺 健
日の出記念病院 0436-61-2200（内2317）"""

SIG_TOJO = """──────────────────────────
日の出産業株式会社
日の出記念病院 事務部長　東條 誠
〒299-0123 千葉県潮見市港町2丁目5番1号
TEL 0436-61-2200  FAX 0436-61-2209
──────────────────────────"""

SIG_ASHIDA = """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出記念病院 健診センター
芦田 萌
健診センター直通 0436-61-2270
ashida@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_FUJISAKI = """--
Ryo Fujisaki
International Patient Services / 国際診療支援
Hinode Memorial Hospital (Hinode Sangyo Co., Ltd.)
2-5-1 Minatomachi, Shiomi-shi, Chiba 299-0123, Japan
Tel +81-436-61-2245"""

SIG_WATARAI = """────────
日の出記念病院 医事課 係長
渡会 純一（わたらい じゅんいち）
内線 2312 / 0436-61-2200
────────"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。
日の出産業株式会社"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Hinode Sangyo Co., Ltd."""


MESSAGES: list[dict] = [
# ---------------------------------------------------------------------------------- 001
{
    "id": "byouinjimu-001",
    "charset": "iso-2022-jp",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["やまぶき内科クリニック <info@yamabuki-naika.jp>"],
    "subject": "ご紹介患者様の経過報告（乾 静江 様）",
    "body": """やまぶき内科クリニック
院長 山吹 浩二 先生

いつも大変お世話になっております。
日の出記念病院 地域医療連携室の長谷部でございます。

先日ご紹介いただきました患者様につきまして、循環器内科 主治医より
経過報告をお預かりしましたので、取り急ぎメールにてお送りいたします。
（原本は本日郵送いたします）

　患者氏名：乾 静江（いぬい しずえ）様　女性
　生年月日：昭和２１年８月１９日
　傷病名　：急性心筋梗塞（前壁）、２型糖尿病、脂質異常症
　経過　　：９月２日 緊急入院、同日ＬＡＤ＃７に対しＰＣＩ（ＤＥＳ留置）施行。
　　　　　　術後経過良好にて９月１６日退院。
　　　　　　ＨｂＡ１ｃ ８．２％とコントロール不良のため、退院後は貴院にて
　　　　　　血糖管理を継続していただけますと幸いです。
　処方　　：バイアスピリン、プラスグレル、ロスバスタチン、メトホルミン

次回当院外来は１０月２１日（火）循環器内科 岩佐医師の予定です。
今後ともどうぞよろしくお願い申し上げます。

""" + SIG_HASEBE + DISC_JA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "referral report to an outside clinic: named patient with birth date, diagnosis and treatment (要配慮, reason 3)",
},
# ---------------------------------------------------------------------------------- 002
{
    "id": "byouinjimu-002",
    "charset": "cp932",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["内藤 様 <naito@nishiki-insatsu.co.jp>"],
    "subject": "連携医療機関マップ 掲載データのご送付",
    "body": """錦印刷株式会社
営業部 内藤様

お世話になっております。日の出記念病院 地域医療連携室の喜多村です。
先日お打合せしました「連携医療機関マップ（２０２５年度版）」の掲載データを
Excelでお送りします。

・シート「連携医療機関」が掲載する一覧です（今年度 新規３件、閉院１件を反映済み）
・シート「地図区分」はエリア分けの参考です
・電話・FAXは各医療機関の代表番号です

初校は１１月第２週を目途にいただけると助かります。
よろしくお願いいたします。

""" + SIG_KITAMURA,
    "attachments": [{
        "kind": "xlsx", "name": "連携医療機関一覧_2025.xlsx", "title": "連携医療機関一覧",
        "sheets": {
            "連携医療機関": [
                ["日の出記念病院 登録医療機関一覧（2025年10月1日現在）"],
                [],
                ["No", "医療機関名", "診療科", "所在地", "TEL", "FAX", "区分"],
                [1, "やまぶき内科クリニック", "内科・糖尿病内科", "千葉県潮見市港町4-11-3", "0436-61-5521", "0436-61-5522", "A"],
                [2, "小松整形外科医院", "整形外科・リハビリ科", "千葉県潮見市本郷1-8-20", "0436-62-3307", "0436-62-3308", "A"],
                [3, "北川眼科", "眼科", "千葉県潮見市姉ヶ丘2-2-15 北川ビル2F", "0436-63-0141", "0436-63-0142", "B"],
                [4, "おだ皮フ科", "皮膚科", "千葉県潮見市栄町3-1-9", "0436-61-8810", "0436-61-8811", "A"],
                [5, "しおみこどもクリニック", "小児科", "千葉県潮見市緑台5-4-1", "0436-64-2525", "0436-64-2526", "C"],
                [6, "浜中内科医院", "内科・循環器内科", "千葉県市原市白金町2-17", "0436-22-4471", "0436-22-4470", "D"],
                [7, "つつじヶ丘耳鼻咽喉科", "耳鼻咽喉科", "千葉県潮見市つつじヶ丘1-3-6", "0436-65-1133", "0436-65-1134", "C"],
                [8, "港町メンタルクリニック", "心療内科・精神科", "千葉県潮見市港町1-1-2 港ビル3F", "0436-61-7070", "0436-61-7071", "A"],
                [9, "さくら台訪問看護ステーション", "訪問看護", "千葉県潮見市桜台2-9-4", "0436-66-0215", "0436-66-0216", "B"],
                [10, "緑ヶ丘ケアセンター", "介護老人保健施設", "千葉県潮見市緑ヶ丘7-1", "0436-66-8800", "0436-66-8801", "C"],
                [11, "医療法人社団 青柳会 青柳歯科", "歯科・口腔外科", "千葉県潮見市本郷3-3-3", "0436-62-9418", "0436-62-9419", "A"],
                [12, "東山リハビリテーション病院", "回復期リハビリ", "千葉県市原市東山台1-20", "0436-28-1100", "0436-28-1101", "D"],
            ],
            "地図区分": [
                ["区分", "エリア", "備考"],
                ["A", "港町・本郷・栄町", "病院から徒歩圏"],
                ["B", "姉ヶ丘・桜台", "バス路線あり"],
                ["C", "緑台・緑ヶ丘・つつじヶ丘", ""],
                ["D", "市外（市原市）", "別枠で掲載"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of clinics and facilities with their business addresses and switchboards: businesses, not people",
},
# ---------------------------------------------------------------------------------- 003
{
    "id": "byouinjimu-003",
    "charset": "cp932",
    "sender": "久保田 和美 <k.kubota@hospital.hinode-sangyo.co.jp>",
    "to": ["三宅 亮 <r.miyake@higashiyama-reha.or.jp>"],
    "subject": "回復期リハ病棟 転院のご相談（6名）",
    "body": """東山リハビリテーション病院
地域連携室 三宅様

いつもお世話になっております。日の出記念病院 MSWの久保田です。
回復期リハビリテーション病棟への転院について、今月分の候補者を
まとめましたのでご検討をお願いいたします。

氏名            年齢 性別  主病名                      発症/手術日  ADL(FIM)  希望時期
--------------  ---- ----  --------------------------  -----------  --------  --------
椎名 房子        82   女   右大腿骨頸部骨折(人工骨頭)  9/18 手術      58      10月下旬
宮路 敏夫        76   男   脳梗塞(左中大脳動脈領域)    9/21 発症      44      11月上旬
早乙女 ユキ      88   女   腰椎圧迫骨折 L1             9/25 受傷      71      10月下旬
蔵前 剛          64   男   脳出血(右被殻) 高血圧症      9/12 発症      39      相談
日下部 千代子    79   女   左大腿骨転子部骨折          9/29 手術      62      11月上旬
オルテガ 健二    58   男   頸髄損傷(不全) C5            9/10 受傷      35      相談

※蔵前様は高次脳機能障害あり、ご家族（妻）の面談希望があります。
※オルテガ様は身体障害者手帳申請中です。

診療情報提供書・看護サマリは受入れ可否のご連絡をいただいてからFAXいたします。
お忙しいところ恐縮ですが、よろしくお願いいたします。

""" + SIG_KUBOTA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six named patients with diagnoses and disability to another hospital: a list of people with 要配慮 data (reasons 1 and 3)",
},
# ---------------------------------------------------------------------------------- 004
{
    "id": "byouinjimu-004",
    "charset": "utf-8",
    "sender": "東條 誠 <m.tojo@hinode-sangyo.co.jp>",
    "to": ["柳田 様 <yanagida@tsubasa-system.jp>"],
    "cc": ["森本 達也 <t.morimoto@hinode-sangyo.co.jp>"],
    "subject": "RE: 電子カルテ更新プロジェクト 秘密保持契約書のご返送について",
    "body": """株式会社ツバサシステム
第二営業部 柳田様

いつもお世話になっております。日の出記念病院の東條です。

ご送付いただいた秘密保持契約書（2部）につきまして、当社法務の確認が終わり、
本日押印のうえ1部を簡易書留でご返送いたしました。
第7条（秘密情報の返還・廃棄）については前回ご相談のとおり修正版で合意しております。

契約締結後、キックオフは11月5日（水）14時から当院3階会議室でお願いできればと
思います。出席者は当院から医事課 森本、情報システム担当 2名、私の計4名の予定です。

引き続きよろしくお願いいたします。

""" + SIG_TOJO + """

> 東條様
> 秘密保持契約書を2部お送りしましたので、ご確認のほどお願いいたします。
> 株式会社ツバサシステム 柳田
""" + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約) and a meeting, with the standard disclaimer: ordinary business mail",
},
# ---------------------------------------------------------------------------------- 005
{
    "id": "byouinjimu-005",
    "charset": "utf-8",
    "sender": "江口 昌平 <s.eguchi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川 先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["事務局 <office@shirakawa-law.jp>"],
    "subject": "未収金回収のご依頼（2025年9月末締め分）",
    "body": """白川法律事務所
弁護士 白川 秀明 先生

平素より大変お世話になっております。
日の出記念病院 医事課の江口でございます。

院内での督促（電話・文書3回）を経ても入金のない未収金につきまして、
委任契約に基づき回収をお願いしたく、対象者一覧をお送りいたします。
保証人の情報は別シートにまとめております。

ご不明点がございましたらご連絡ください。
何卒よろしくお願い申し上げます。

""" + SIG_EGUCHI,
    "attachments": [{
        "kind": "xlsx", "name": "未収金回収委任_202509.xlsx",
        "sheets": {
            "督促対象": [
                ["未収金 回収委任対象者一覧（2025年9月末現在）", "", "", "", "", "", "", ""],
                ["No", "患者ID", "氏名", "フリガナ", "住所", "電話番号", "未収額(円)", "最終請求日"],
                [1, "00384412", "兵藤 隆之", "ヒョウドウ タカユキ", "千葉県潮見市栄町5-12-7 コーポ栄203", "090-4471-2893", 184320, "2025/06/30"],
                [2, "00412958", "迫田 恵美", "サコタ エミ", "千葉県市原市五井中央東1-14-2", "080-3312-6640", 56780, "2025/07/15"],
                [3, "00399107", "小此木 学", "オコノギ マナブ", "千葉県潮見市姉ヶ丘4-3-18", "070-8854-1029", 412500, "2025/05/31"],
                [4, "00420331", "ファン・ティ・ラン", "ファン ティ ラン", "千葉県袖ケ浦市奈良輪2-9-1 グリーンハイツ105", "080-9021-7735", 97640, "2025/07/31"],
                [5, "00371846", "鬼塚 勇気", "オニツカ ユウキ", "東京都江戸川区西葛西6-21-4-702", "090-1187-5402", 230100, "2025/04/30"],
                [6, "00405520", "一ノ瀬 里香", "イチノセ リカ", "千葉県潮見市本郷2-20-11", "0436-62-8193", 31200, "2025/08/15"],
                [7, "00388764", "大和田 秀一", "オオワダ シュウイチ", "千葉県木更津市請西南3-30-6", "090-6630-2218", 128900, "2025/06/30"],
            ],
            "保証人": [
                ["患者ID", "保証人氏名", "続柄", "住所", "電話番号"],
                ["00384412", "兵藤 和子", "母", "千葉県潮見市栄町5-12-7 コーポ栄203", "0436-61-3390"],
                ["00399107", "小此木 直美", "妻", "千葉県潮見市姉ヶ丘4-3-18", "070-8854-3371"],
                ["00371846", "鬼塚 悟", "父", "福岡県北九州市小倉南区長尾1-4-22", "093-471-2259"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven debtors (and guarantors) with addresses and phones in an XLSX to a law firm: a list of people (reason 1)",
},
# ---------------------------------------------------------------------------------- 006
{
    "id": "byouinjimu-006",
    "charset": "utf-8",
    "sender": "村瀬 大輔 <d-murase@hinode-sangyo.co.jp>",
    "to": ["全国建設工業健康保険組合 適用課 <tekiyo@kensetsu-kenpo.or.jp>"],
    "subject": "被保険者資格のご確認のお願い",
    "body": """全国建設工業健康保険組合
適用課 ご担当者様

突然のご連絡失礼いたします。
日の出記念病院 医事課で診療報酬請求を担当しております村瀬と申します。

貴組合の被保険者証で受診された方につき、オンライン資格確認で
「資格喪失」と表示されたため、資格の有無と喪失日をご確認いただけないでしょうか。

　保険者番号：06138527
　記号：1203　番号：48（枝番 01）
　氏名：蓮沼 康平（ハスヌマ コウヘイ）
　生年月日：1979年3月14日
　受診日：2025年9月8日

退職等で資格喪失されている場合は、ご本人に新しい保険証の提示を
お願いする予定です。電話でのご回答でも構いません（直通 0436-61-2231）。

""" + SIG_MURASE,
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a health insurance card's 記号・番号 with name and birth date to an insurer (reason 2)",
},
# ---------------------------------------------------------------------------------- 007
{
    "id": "byouinjimu-007",
    "charset": "iso-2022-jp",
    "sender": "菅原 悠 <yu.sugawara@hinode-sangyo.co.jp>",
    "to": ["7階東病棟 <ward7e@hospital.hinode-sangyo.co.jp>"],
    "cc": ["村瀬 大輔 <d-murase@hinode-sangyo.co.jp>"],
    "subject": "【至急】DPC病名の確認依頼（7東 10/6時点）",
    "body": """7東病棟 各位（主治医への確認をお願いします）

診療情報管理室の菅原です。
月末請求前の点検で、DPC病名と入院中の処置が合っていない可能性のある
患者さんを抽出しました。主治医へのご確認をお願いします。

患者ID     氏名           主治医   DPC病名（現在）        確認事項
--------   ------------   ------   --------------------   ------------------------------
00418822   猪狩 トミ       岩佐     心不全                 肺炎の治療が主体では？
00420017   館山 義男       岩佐     狭心症                 PCI実施、病名はAMIでは？
00419930   百瀬 和歌子     三好     糖尿病性ケトアシドーシス  副傷病名に腎不全の記載なし
00421101   真鍋 拓        三好     COPD急性増悪           在宅酸素の導入あり、要確認
00420565   綾部 キヨ       岩佐     誤嚥性肺炎              認知症の記載をお願いします

10日（金）までに病名の修正をお願いできれば月末請求に間に合います。
よろしくお願いします。

""" + SIG_SUGAWARA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "inpatients' names and diagnoses, but sent only to the hospital's own ward and colleague (all internal)",
},
# ---------------------------------------------------------------------------------- 008
{
    "id": "byouinjimu-008",
    "charset": "cp932",
    "sender": "久保田 和美 <k.kubota@hospital.hinode-sangyo.co.jp>",
    "to": ["潮見市 国保年金課 給付係 <kokuho-kyufu@city.shiomi.lg.jp>"],
    "subject": "高額療養費支給申請（代理提出）の件",
    "body": """潮見市 国保年金課 給付係
ご担当　宇佐美様

お世話になっております。日の出記念病院 医療相談室の久保田です。
昨日お電話でご相談した高額療養費の支給申請について、ご本人が来庁困難なため
当院からご連絡する件、申請書の記載内容を下記のとおりお知らせします。
原本は委任状とあわせて郵送いたします。

　世帯主氏名　：汐見 勝利（しおみ かつとし）
　生年月日　　：昭和３２年１１月３日
　住所　　　　：千葉県潮見市緑台３丁目８番１４号
　個人番号　　：""" + _zen(_sp4(my_number(SEED + 1))) + """
　振込先　　　：ご本人名義の口座（申請書に記載）

申請書の個人番号欄の記載方法についてご指摘があればお知らせください。

""" + SIG_KUBOTA,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a person's My Number (full-width, spaced) with name, birth date and address to the city office (reason 2)",
},
# ---------------------------------------------------------------------------------- 009
{
    "id": "byouinjimu-009",
    "charset": "iso-2022-jp",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": [
        "やまぶき内科クリニック <info@yamabuki-naika.jp>",
        "小松整形外科医院 <jimu@komatsu-seikei.jp>",
        "北川眼科 <office@kitagawa-ganka.com>",
        "おだ皮フ科 <oda-hifuka@oda-hifuka.jp>",
        "しおみこどもクリニック <contact@shiomi-kodomo-cl.jp>",
        "浜中内科医院 <hamanaka@hamanaka-naika.com>",
    ],
    "subject": "第１２回 潮見地域連携カンファレンスのご案内",
    "body": """連携医療機関の先生方・ご担当者様

平素より当院の診療にご理解とご協力を賜り、厚く御礼申し上げます。
日の出記念病院 地域医療連携室でございます。

下記のとおり地域連携カンファレンスを開催いたします。
ご多忙中とは存じますが、ご参加くださいますようご案内申し上げます。

　日時　：１１月２７日（木）１９：００～２０：３０
　会場　：日の出記念病院 ２階 講堂（Ｗｅｂ併用）
　テーマ：心不全の地域連携パス運用について
　講師　：循環器内科 部長 岩佐 俊介
　申込　：１１月１４日（金）までに本メールへご返信ください

駐車場は病院北側の職員駐車場をご利用いただけます。
どうぞよろしくお願いいたします。

""" + SIG_HASEBE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "six outside clinics all in To: they see each other's addresses, should have been Bcc (reason 4)",
},
# ---------------------------------------------------------------------------------- 010
{
    "id": "byouinjimu-010",
    "charset": "utf-8",
    "sender": "今泉 さやか <imaizumi.sayaka@hinode-sangyo.co.jp>",
    "to": ["kaneda.emi1987@gmail.com"],
    "subject": "Re: 証明書の料金について",
    "body": """金田様

日の出記念病院 医事課 文書係の今泉です。
お問い合わせありがとうございます。文書の料金とお受け取りについてご案内します。

　■ 文書料（税込）
　　入院証明書（生命保険会社様式）……… 5,500円
　　診断書（当院様式）………………………… 3,300円
　　通院証明書 ……………………………………… 2,200円
　　領収証明書 ……………………………………… 1,100円

　■ お申込み・お受け取り
　　1階 医事課 ⑤番窓口（平日 8:30～17:00、土曜 8:30～12:30）
　　作成には通常2週間ほどいただいております。
　　郵送をご希望の場合は、返信用封筒（切手貼付）を同封してお申込みください。

ご本人以外の方が申込み・受取りをされる場合は委任状が必要です。
ご不明な点がありましたら、医事課（0436-61-2200 内線2325）までお問い合わせください。

""" + SIG_IMAIZUMI + """

2025年10月8日(水) 21:14 金田 <kaneda.emi1987@gmail.com>:
> 日の出記念病院 御中
> 母が8月に入院していた分で、生命保険会社に出す入院証明書を
> お願いしたいのですが、料金と受け取り方法を教えてください。
> 金田 恵美
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one private person on gmail with the fee table; her own question is quoted, new text has no personal data",
},
# ---------------------------------------------------------------------------------- 011
{
    "id": "byouinjimu-011",
    "charset": "iso-2022-jp",
    "sender": "江口 昌平 <s.eguchi@hinode-sangyo.co.jp>",
    "to": ["白川 秀明 <shirakawa@shirakawa-law.co.jp>"],
    "subject": "委任契約更新のお打合せ日程",
    "body": """白川先生

お世話になっております。日の出記念病院 医事課の江口です。

未収金回収業務の委任契約（１２月末満了）の更新について、
一度お打合せのお時間をいただけますでしょうか。

　候補１：１１月１０日（月）１５時～
　候補２：１１月１２日（水）１０時～
　候補３：１１月１４日（金）１４時～

場所は貴事務所でも当院でも構いません。
報酬体系（着手金・成功報酬の料率）についても見直しのご相談ができればと存じます。

よろしくお願いいたします。

""" + SIG_EGUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "ordinary meeting mail, but the partner law firm is shirakawa-law.jp and this goes to shirakawa-law.co.jp (reason 5)",
},
# ---------------------------------------------------------------------------------- 012
{
    "id": "byouinjimu-012",
    "charset": "utf-8",
    "sender": "東條 誠 <m.tojo@hinode-sangyo.co.jp>",
    "to": ["桐生 様 <kiryu@hc-keiei.co.jp>"],
    "cc": ["森本 達也 <t.morimoto@hinode-sangyo.co.jp>"],
    "subject": "DPC分析資料（経営会議用）のご確認",
    "body": """株式会社ヘルスケア経営研究所
桐生様

お世話になっております。日の出記念病院の東條です。
来週の経営会議に出す DPC 分析資料の案を添付します。
入院期間II超えの症例割合と、病床稼働率の推移を中心にまとめています。

スライド5の「改善施策（案）」について、他院の事例と比べてご意見をいただけると助かります。
金曜までにコメントをいただけますと幸いです。

""" + SIG_TOJO,
    "attachments": [{
        "kind": "pptx", "name": "DPC分析_経営会議_202510.pptx", "title": "【部外秘】DPC分析 2025年度上期",
        "page_footer": "部外秘　日の出記念病院 事務部",
        "slides": [
            ["【部外秘】DPC分析 2025年度上期", "日の出記念病院 事務部", "2025年10月 経営会議資料"],
            ["入院期間II超え症例の割合", "全体：28.4%（前年同期 24.1%）", "整形外科 36.2% / 循環器内科 22.5% / 消化器内科 27.9%"],
            ["病床稼働率の推移", "4月 84.2% → 9月 78.9%", "7階東・6階西で低下が大きい"],
            ["機能評価係数IIの見込み", "効率性係数：前年比 -0.0021", "複雑性係数：横ばい"],
            ["改善施策（案）", "クリニカルパスの見直し（大腿骨・肺炎）", "退院支援の早期介入（入院3日以内）", "地域包括ケア病棟への転棟基準の明確化"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached slides are stamped 部外秘 (title and footer) and go to an outside consultant (reason 6)",
},
# ---------------------------------------------------------------------------------- 013
{
    "id": "byouinjimu-013",
    "charset": "cp932",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["市立みなと中央病院 地域連携課 石黒様 <ishiguro@minato-chuo-hp.jp>"],
    "cc": ["姉崎地区医師会 事務局 <jimukyoku@anesaki-ishikai.or.jp>"],
    "subject": "地域医療連携協議会（第3回）議題案の共有",
    "body": """市立みなと中央病院 石黒様
姉崎地区医師会 事務局 ご担当者様

お世話になっております。日の出記念病院 地域医療連携室の長谷部です。
12月の協議会の議題案をお送りします。追加・修正があればご指摘ください。

　1. 入退院支援加算の算定状況（各病院より報告）
　2. 逆紹介率の推移と課題
　3. ICTによる診療情報共有システムの導入検討（医師会 情報委員会より）
　4. 救急搬送困難事例の振り返り（件数のみ、個別事例は口頭で）
　5. 次年度の開催日程

資料は12月5日（金）までに各機関から事務局へお送りいただく形でいかがでしょうか。

""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way meeting mail: two outside organisations in To/Cc, no personal data",
},
# ---------------------------------------------------------------------------------- 014
{
    "id": "byouinjimu-014",
    "charset": "iso-2022-jp",
    "sender": "今泉 さやか <imaizumi.sayaka@hinode-sangyo.co.jp>",
    "to": ["東和損害保険 自動車損害サービス課 <songai-service3@towa-sonpo.co.jp>"],
    "subject": "ご依頼書類の送付（貴社受付番号 TS-25-04417）",
    "body": """東和損害保険株式会社
自動車損害サービス課　ご担当者様

いつもお世話になっております。
日の出記念病院 医事課の今泉です。

ご依頼いただいておりました書類一式をパスワード付きZIPにて送付いたします。
パスワードは別メールにてお知らせいたします。

　・診断書（自賠責様式）
　・診療報酬明細書（９月分）

ご確認のほどよろしくお願いいたします。

""" + SIG_IMAIZUMI,
    "attachments": [{
        "kind": "zip", "name": "TS-25-04417.zip", "password": "Hm7#q2Lx",
        "files": [
            {"kind": "pdf", "name": "自賠責診断書.pdf", "lines": ["自動車損害賠償責任保険 診断書", "傷病名 頸椎捻挫 腰椎捻挫", "氏名 相楽 優斗"]},
            {"kind": "pdf", "name": "診療報酬明細書_202509.pdf", "lines": ["診療報酬明細書（自賠責）", "9月分 通院 11日"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an insurer: the attachment cannot be inspected (reason 7)",
},
# ---------------------------------------------------------------------------------- 015
{
    "id": "byouinjimu-015",
    "charset": "utf-8",
    "sender": "今泉 さやか <imaizumi.sayaka@hinode-sangyo.co.jp>",
    "to": ["東和損害保険 自動車損害サービス課 <songai-service3@towa-sonpo.co.jp>"],
    "subject": "【パスワード】ご依頼書類の送付（貴社受付番号 TS-25-04417）",
    "body": """東和損害保険株式会社
自動車損害サービス課　ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hm7#q2Lx

日の出記念病院 医事課 今泉
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up mail with only the ZIP password: no attachment, no personal data",
},
# ---------------------------------------------------------------------------------- 016
{
    "id": "byouinjimu-016",
    "charset": "utf-8",
    "sender": "芦田 萌 <ashida@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 総務部 健康管理室 <kenkou@kitaguni-foods.co.jp>"],
    "subject": "2025年度 定期健康診断 結果データ（第2回実施分）",
    "body": """北国フーズ株式会社
総務部 健康管理室 御中

いつもお世話になっております。
日の出記念病院 健診センターの芦田です。

9月24日・25日に実施しました定期健康診断（第2回）の結果データを
CSVにてお送りいたします。要精密検査の方には個別に受診勧奨の通知を
お送りしておりますので、職場でもフォローをお願いいたします。

個人票（紙）は10月20日頃に一括でお届けします。

""" + SIG_ASHIDA,
    "attachments": [{
        "kind": "csv", "name": "kenshin_kitaguni_2025_02.csv", "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "生年月日", "性別", "BMI", "血圧", "HbA1c", "γ-GTP", "総合判定", "所見"],
            ["K10482", "安住 一平", "1972/04/09", "男", "27.8", "148/96", "6.9", "112", "D2", "糖尿病疑い・高血圧 要精密"],
            ["K10533", "岩倉 早苗", "1985/11/30", "女", "21.2", "112/70", "5.4", "18", "A", "異常なし"],
            ["K10617", "丹羽 航", "1990/07/17", "男", "31.4", "138/88", "6.1", "145", "C", "脂肪肝 生活改善"],
            ["K10702", "大杉 真紀", "1968/02/02", "女", "23.9", "126/82", "5.8", "24", "D2", "乳腺腫瘤疑い 要精密"],
            ["K10795", "猿渡 剛士", "1979/09/21", "男", "25.0", "160/104", "5.6", "88", "D1", "高血圧 要治療"],
            ["K10811", "蒔田 あゆみ", "1993/05/05", "女", "19.6", "104/66", "5.2", "12", "B", "貧血 軽度"],
            ["K10860", "田名部 光", "1981/12/13", "男", "24.4", "130/84", "5.9", "61", "C", "心電図 右脚ブロック 経過観察"],
            ["K10904", "八木沢 凛", "1996/03/28", "女", "20.1", "110/72", "5.3", "15", "A", "異常なし"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health check results of eight named employees in a CSV to the client company (reasons 1 and 3)",
},
# ---------------------------------------------------------------------------------- 017
{
    "id": "byouinjimu-017",
    "charset": "iso-2022-jp",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["青空生命保険 支払査定部 <shiharai-satei@aozora-life.co.jp>"],
    "subject": "RE: 医療照会のお願い（証券番号 AL-7730-21946）",
    "body": """青空生命保険株式会社
支払査定部　野々宮様

お世話になっております。日の出記念病院 医事課の渡会です。
ご照会の件、主治医に確認のうえ下記のとおり回答いたします。
（ご本人の同意書は受領済みです）

　被保険者：綿貫 由紀子 様（生年月日 １９６８年５月３０日）
　入院期間：２０２５年７月２２日～８月４日（１４日間）
　傷病名　：左乳癌（ｐＴ１ｃＮ０Ｍ０　ステージＩ）
　手術　　：７月２３日　乳房部分切除術＋センチネルリンパ節生検
　今後　　：術後放射線治療を当院外来にて予定

正式な回答書は主治医の署名後、郵送いたします。

""" + SIG_WATARAI + """

-----Original Message-----
From: 野々宮 <shiharai-satei@aozora-life.co.jp>
Sent: Friday, October 3, 2025 4:12 PM
To: 日の出記念病院 医事課
Subject: 医療照会のお願い（証券番号 AL-7730-21946）

日の出記念病院 医事課 御中
被保険者様の入院給付金請求につき、入院期間・傷病名・手術名のご教示をお願いいたします。
同意書の写しは郵送にてお送りしております。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "answer to an insurer's inquiry: one named patient's cancer diagnosis and surgery in new text (reason 3, even with consent)",
},
# ---------------------------------------------------------------------------------- 018
{
    "id": "byouinjimu-018",
    "charset": "utf-8",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "11/27 研修会 会場のご予約について（講師の到着時刻）",
    "body": """さくらホテル 宴会予約ご担当 小泉様

お世話になっております。日の出記念病院の喜多村です。
11月27日（木）「鳳凰の間」でお願いしている地域連携研修会の件です。

外部講師お二人の到着予定と、当日の緊急連絡先をお知らせします。
控室へのご案内をお願いできますでしょうか。

　・河東 隆之 先生（東都医科大学）　17:30 到着予定　携帯 090-2847-6613
　・大楠 美和子 先生（認定看護師）　18:00 到着予定　携帯 080-5531-0928

控室にはペットボトルのお茶を2本ずつご用意ください。
請求書は当院 事務部宛てでお願いいたします。

""" + SIG_KITAMURA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two lecturers' names and mobile numbers to the partner hotel: two people's records, may be warned, not held",
},
# ---------------------------------------------------------------------------------- 019
{
    "id": "byouinjimu-019",
    "charset": "iso-2022-jp",
    "sender": "久保田 和美 <k.kubota@hospital.hinode-sangyo.co.jp>",
    "to": ["潮見市 配偶者暴力相談支援センター <dv-soudan@city.shiomi.lg.jp>"],
    "subject": "ご相談（本日当院救急外来を受診された方について）",
    "body": """潮見市 配偶者暴力相談支援センター
相談員 ご担当者様

日の出記念病院 医療相談室の久保田です。先ほどはお電話で失礼いたしました。

本日未明に救急外来を受診された女性について、ご本人の同意を得て
ご相談させていただきます。

　氏名　　：日比野 沙織 様（３４歳）
　受診理由：顔面打撲、左第９肋骨骨折
　状況　　：夫からの暴行による受傷とご本人が申告。
　　　　　　過去にも同様の受傷で他院受診歴あり（本人談）。
　　　　　　小学生のお子様２名あり、現在はご実家に避難中。
　連絡先　：ご本人の携帯 ０８０－６６１２－４０３７
　　　　　　（夫に知られないよう、着信は平日日中のみ希望）

一時保護の要否も含め、面談の調整をお願いできますでしょうか。

""" + SIG_KUBOTA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named woman, her injuries and that she is a victim of domestic violence (crime victim + medical, reason 3)",
},
# ---------------------------------------------------------------------------------- 020
{
    "id": "byouinjimu-020",
    "charset": "cp932",
    "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
    "to": ["ふくろう介護タクシー 配車係 <haisha@fukurou-kaigo.jp>"],
    "subject": "退院送迎のご予約（10/14～10/17）",
    "body": """ふくろう介護タクシー 配車ご担当様

いつもありがとうございます。日の出記念病院 医事課 入院係の小野寺です。
来週の退院送迎を下記のとおりお願いいたします。（タブ区切りです）

日付	時刻	氏名	お迎え	送り先住所	ご家族連絡先	備考
10/14	10:00	沼尻 ハル	6階西	千葉県潮見市桜台3-7-22	090-3318-4470	長女様同乗
10/14	14:30	木之本 繁	7階東	千葉県市原市姉崎東2-11-5	0436-62-7781	
10/15	10:30	岸辺 サチ子	5階東	千葉県潮見市緑台1-19-3 ハイツ緑台101	080-7742-1150	鍵はご近所の方が持参
10/16	11:00	鴨志田 正之	6階西	千葉県潮見市本郷5-2-40	090-9014-2687	
10/17	09:30	柳楽 トシ	7階東	千葉県袖ケ浦市蔵波台4-6-8	0438-63-2294	荷物多め
10/17	13:00	若狭 伸一	5階東	千葉県潮見市港町6-3-1 港町団地12-304	070-2251-8936	

料金は各ご家族の現金払いです。変更があればご連絡します。

""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six people with home addresses and phone numbers, tab-separated, to a taxi company (reason 1)",
},
# ---------------------------------------------------------------------------------- 021
{
    "id": "byouinjimu-021",
    "charset": "utf-8",
    "sender": "谷口 美咲 <misaki.taniguchi@hospital.hinode-sangyo.co.jp>",
    "to": ["小松整形外科医院 事務 小松様 <jimu@komatsu-seikei.jp>"],
    "subject": "Re: MRI検査予約のお願い（6名分）",
    "body": """小松整形外科医院
事務長 小松 真理様

いつもお世話になっております。日の出記念病院 外来係の谷口です。
MRI検査のご依頼、6名分確かに受け付けました。

放射線科の枠を確認のうえ、予約日時を明日午前中に予約票とあわせて
FAX（0436-62-3308）でお送りいたします。
当日は保険証と、お手持ちのお薬手帳をお持ちいただくようお伝えください。

""" + SIG_TANIGUCHI + """

2025年10月9日 17:42 小松整形外科医院 事務 <jimu@komatsu-seikei.jp>:
> 日の出記念病院 外来予約ご担当者様
>
> いつもお世話になっております。以下の患者様のMRI検査をお願いいたします。
>
> 氏名          生年月日     部位       臨床診断
> 水野 恭平     1961/02/11   腰椎       腰部脊柱管狭窄症
> 土居 和枝     1955/08/23   右膝       半月板損傷疑い
> 仁科 遼       1998/06/04   右肩       腱板断裂疑い
> 古閑 チヨ     1947/12/30   胸腰椎     圧迫骨折疑い
> 沢渡 浩司     1970/03/19   頸椎       頸椎症性神経根症
> 与那嶺 蓮     2004/10/01   左膝       前十字靭帯損傷疑い
>
> よろしくお願いいたします。
> 小松整形外科医院 小松
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the patient list is only quoted from the clinic's own mail (it already has it); the new text carries no personal data",
},
# ---------------------------------------------------------------------------------- 022
{
    "id": "byouinjimu-022",
    "charset": "utf-8",
    "sender": "谷口 美咲 <misaki.taniguchi@hospital.hinode-sangyo.co.jp>",
    "to": ["多言語メディカルサポート 予約センター <yoyaku@tagengo-ms.jp>"],
    "subject": "医療通訳（ベトナム語）派遣のお願い 10/15",
    "body": """多言語メディカルサポート株式会社
予約センター ご担当者様

お世話になっております。日の出記念病院 外来係の谷口です。
ベトナム語の医療通訳の派遣をお願いいたします。

日時：10月15日（水）9:30～11:30
場所：日の出記念病院 1階 外来受付前

貴社の利用者登録に必要とのことでしたので、ご本人の情報をお送りします。
　氏名：グエン・ヴァン・トゥアン（NGUYEN VAN TUAN）
　生年月日：1996年1月7日
　在留カード番号：PQ30418825EA
　携帯電話：080-4419-2276

費用は当院負担（請求書払い）でお願いします。

""" + SIG_TANIGUCHI,
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a residence card number with name, birth date and phone to an interpreting company (reason 2)",
},
# ---------------------------------------------------------------------------------- 023
{
    "id": "byouinjimu-023",
    "charset": "utf-8",
    "sender": "Ryo Fujisaki <r.fujisaki@hinode-sangyo.co.jp>",
    "to": ["Case Management Team <cases@pacificcrest-assist.com>"],
    "subject": "Request for Guarantee of Payment - Mr. Daniel Whitcombe",
    "body": """Dear Case Management Team,

This is Ryo Fujisaki from Hinode Memorial Hospital, Japan.
We have admitted your member below and would like to request a Guarantee of Payment.

  Patient name : Daniel James WHITCOMBE
  Date of birth: 12 Feb 1971
  Nationality  : United Kingdom
  Passport No. : 548812307
  Policy No.   : PCA-UK-00918274
  Admitted     : 6 Oct 2025, via our Emergency Department
  Diagnosis    : Acute appendicitis with localized peritonitis
  Procedure    : Laparoscopic appendectomy on 6 Oct 2025
  Expected LOS : 5 days
  Estimate     : JPY 1,180,000 (self-pay rate, 150% of national fee schedule)

Please send the GOP to this address or by fax to +81-436-61-2209.
The attending surgeon is available for a phone call between 13:00 and 15:00 JST.

Best regards,

""" + SIG_FUJISAKI + DISC_EN,
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English GOP request: a patient's passport number, birth date and diagnosis to an overseas assistance company (reasons 2 and 3)",
},
# ---------------------------------------------------------------------------------- 024
{
    "id": "byouinjimu-024",
    "charset": "iso-2022-jp",
    "sender": "今泉 さやか <imaizumi.sayaka@hinode-sangyo.co.jp>",
    "to": ["青空生命保険 お客様サービス部 <service-center@aozora-life.co.jp>"],
    "subject": "Re: 入院の有無についてのご確認",
    "body": """青空生命保険株式会社
お客様サービス部　ご担当者様

お問い合わせいただきありがとうございます。日の出記念病院 医事課の今泉です。

大変恐縮ですが、当院では個人情報保護の観点から、患者様に関するご照会への
回答はメール・お電話では行っておりません。
お手数ですが、ご本人の同意書を添付した照会文書を郵送にてお送りください。
回答までには２～３週間ほどお時間をいただいております。

　送付先：〒２９９－０１２３ 千葉県潮見市港町２－５－１
　　　　　日の出記念病院 医事課 文書係 宛

何卒ご理解のほどお願いいたします。

""" + SIG_IMAIZUMI + """

差出人: お客様サービス部 <service-center@aozora-life.co.jp>
送信日時: 2025年10月6日 10:03
宛先: 日の出記念病院 医事課
件名: 入院の有無についてのご確認

被保険者　浅利 順 様（昭和50年2月8日生）が8月中に貴院へ入院されていたか、
入院期間とあわせてご教示いただけますでしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 個人情報 in passing and a refusal; the insured's name appears only in the quoted request",
},
# ---------------------------------------------------------------------------------- 025
{
    "id": "byouinjimu-025",
    "charset": "cp932",
    "sender": "谷口 美咲 <misaki.taniguchi@hospital.hinode-sangyo.co.jp>",
    "to": ["潮見市 健康づくり課 予防接種係 <yobou@city.shiomi.lg.jp>"],
    "subject": "定期予防接種 実施報告（9月分）",
    "body": """潮見市 健康づくり課 予防接種係 御中

お世話になっております。日の出記念病院 外来係の谷口です。
9月分の定期予防接種（高齢者肺炎球菌）の実施報告をExcelでお送りします。
予診票の原本は月末にまとめて持参いたします。

""" + SIG_TANIGUCHI,
    "attachments": [{
        "kind": "xls", "name": "予防接種実施報告_202509_日の出記念病院.xls",
        "sheets": {
            "9月分": [
                ["医療機関名：日の出記念病院（医療機関コード 1234567）", "", "", "", "", ""],
                ["氏名", "生年月日", "住所", "接種日", "ワクチン", "ロット番号"],
                ["鶴見 キミ", "S25.1.14", "潮見市港町3-4-2", "2025/09/03", "ニューモバックスNP", "W012345"],
                ["押尾 利三郎", "S25.6.30", "潮見市栄町1-22-9", "2025/09/05", "ニューモバックスNP", "W012345"],
                ["小柳 澄子", "S30.9.2", "潮見市緑台4-1-17", "2025/09/10", "ニューモバックスNP", "W012345"],
                ["門馬 武", "S20.3.21", "潮見市本郷6-8-1", "2025/09/12", "ニューモバックスNP", "W012388"],
                ["外山 敏江", "S35.4.11", "潮見市姉ヶ丘1-5-30", "2025/09/17", "ニューモバックスNP", "W012388"],
                ["安斎 光男", "S25.11.8", "潮見市桜台6-2-4", "2025/09/24", "ニューモバックスNP", "W012388"],
                ["皆川 ふじ", "S15.7.7", "潮見市港町8-13-6", "2025/09/26", "ニューモバックスNP", "W012388"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven people with 和暦 birth dates and addresses in a legacy XLS to the city (reason 1)",
},
# ---------------------------------------------------------------------------------- 026
{
    "id": "byouinjimu-026",
    "charset": "utf-8",
    "sender": "東條 誠 <m.tojo@hinode-sangyo.co.jp>",
    "to": ["東和損害保険 医療機関賠償責任保険 担当 <iryo-baisho@towa-sonpo.co.jp>"],
    "subject": "事故報告書（第一報）の送付",
    "body": """東和損害保険株式会社
医療機関賠償責任保険ご担当　須藤様

お世話になっております。日の出記念病院 事務部長の東條です。
先日お電話でお伝えした病棟内の転倒事故について、院内の事故報告書（第一報）を
お送りします。患者様は記号化しております。

患者様ご家族との話し合いは来週予定しております。
今後の対応について、ご助言をいただけますと幸いです。

""" + SIG_TOJO,
    "attachments": [{
        "kind": "docx", "name": "事故報告書_第一報_2025-031.docx", "title": "事故報告書 第一報",
        "page_header": "取扱注意　日の出記念病院 医療安全管理室",
        "paragraphs": [
            "事故報告書（第一報）　管理番号 2025-031",
            "発生日時：2025年9月30日 2時頃　発生場所：5階東病棟 個室",
            "対象：患者A（80歳代 女性）",
            "概要：夜間、トイレへ単独歩行しようとしてベッド脇で転倒。離床センサーは作動したが、訪室までに約3分を要した。",
            "影響レベル：3b（骨折あり、手術を要した）",
            "現時点の対応：家族へ説明済み。再発防止策を医療安全委員会で検討中。",
        ],
        "tables": [[["項目", "内容"], ["報告者", "5東 看護師長"], ["医療安全管理者確認", "済（10/1）"], ["公表区分", "院内限り"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the incident report is stamped 取扱注意 in its header and goes to an insurer; the patient is anonymised (reason 6)",
},
# ---------------------------------------------------------------------------------- 027
{
    "id": "byouinjimu-027",
    "charset": "utf-8",
    "sender": "菅原 悠 <yu.sugawara@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 文書管理サービス 吉永様 <yoshinaga@aoba-unyu.co.jp>"],
    "subject": "機密文書の溶解処理 回収日程のご相談",
    "body": """青葉運輸株式会社
文書管理サービス部 吉永様

いつもお世話になっております。日の出記念病院 診療情報管理室の菅原です。

保存期間（5年）を過ぎた紙カルテ・検査伝票の溶解処理について、
今年度分の回収日程をご相談させてください。

　対象：機密文書回収箱 計42箱（2019年度以前の外来カルテ等）
　希望：11月中旬の平日午前、搬出は地下1階 搬入口から
　必要書類：溶解証明書の発行をお願いします

前回同様、回収時に当院職員が立ち会います。
お見積りをいただけましたら院内で決裁を回します。

""" + SIG_SUGAWARA + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "機密文書 is the name of the shredding service, not a marking; a partner, no personal data",
},
# ---------------------------------------------------------------------------------- 028
{
    "id": "byouinjimu-028",
    "charset": "cp932",
    "sender": "菅原 悠 <yu.sugawara@hinode-sangyo.co.jp>",
    "to": ["ひかり総合法律事務所 弁護士 國分様 <kokubu@hikari-sogo-law.jp>"],
    "subject": "弁護士会照会への回答書（千弁照第2025-1187号）",
    "body": """ひかり総合法律事務所
弁護士 國分 篤 先生

日の出記念病院 診療情報管理室の菅原でございます。
標記の弁護士会照会につきまして、回答書をパスワード付きPDFにてお送りします。
正本は弁護士会宛てに郵送済みです。
パスワードはお電話でお伝えいたします。

""" + SIG_SUGAWARA,
    "attachments": [{
        "kind": "pdf", "name": "回答書_千弁照2025-1187.pdf", "password": "kB9w2025",
        "title": "弁護士会照会 回答書",
        "lines": ["弁護士会照会に対する回答書", "照会番号 千弁照第2025-1187号", "1. 受診の有無：あり", "2. 傷病名：右橈骨遠位端骨折"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is password-protected and cannot be inspected (reason 7)",
},
# ---------------------------------------------------------------------------------- 029
{
    "id": "byouinjimu-029",
    "charset": "utf-8",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["小松整形外科医院 <jimu@komatsu-seikei.jp>"],
    "subject": "ご紹介患者様 受診状況のご報告（9月分）",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>小松整形外科医院<br>院長 小松 義昭 先生</p>
<p>平素は患者様をご紹介いただき誠にありがとうございます。<br>
9月に貴院からご紹介いただいた患者様の受診状況をご報告いたします。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde8f5"><th>氏名</th><th>生年月日</th><th>紹介日</th><th>受診科</th><th>当院診断</th><th>返書</th></tr>
<tr><td>水野 恭平</td><td>1961/02/11</td><td>9/02</td><td>整形外科</td><td>腰部脊柱管狭窄症（手術予定）</td><td>送付済</td></tr>
<tr><td>土居 和枝</td><td>1955/08/23</td><td>9/04</td><td>整形外科</td><td>右膝内側半月板損傷</td><td>送付済</td></tr>
<tr><td>仁科 遼</td><td>1998/06/04</td><td>9/09</td><td>整形外科</td><td>右肩腱板部分断裂</td><td>作成中</td></tr>
<tr><td>古閑 チヨ</td><td>1947/12/30</td><td>9/11</td><td>整形外科</td><td>第1腰椎圧迫骨折・骨粗鬆症</td><td>送付済</td></tr>
<tr><td>沢渡 浩司</td><td>1970/03/19</td><td>9/16</td><td>脳神経外科</td><td>頸椎症性脊髄症</td><td>作成中</td></tr>
<tr><td>与那嶺 蓮</td><td>2004/10/01</td><td>9/22</td><td>整形外科</td><td>左膝前十字靭帯断裂（再建術予定）</td><td>送付済</td></tr>
<tr><td>藤ヶ谷 信子</td><td>1939/05/15</td><td>9/26</td><td>整形外科</td><td>関節リウマチ疑い→膠原病内科へ</td><td>作成中</td></tr>
</table>
<p>ご不明な点がございましたら地域医療連携室までお問い合わせください。</p>
<p>日の出記念病院 地域医療連携室<br>喜多村 瞳<br>TEL 0436-61-2240 / FAX 0436-61-2249</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of seven named patients with birth dates and diagnoses to a clinic (reasons 1 and 3)",
},
# ---------------------------------------------------------------------------------- 030
{
    "id": "byouinjimu-030",
    "charset": "utf-8",
    "sender": "Tatsuya Morimoto <t.morimoto@hinode-sangyo.co.jp>",
    "to": ["Service Desk APAC <service.apac@nordhav-medical.com>"],
    "subject": "Quotation request: annual maintenance for NH-900 infusion pumps",
    "body": """Dear Service Desk,

I hope this finds you well. I am writing from Hinode Memorial Hospital in Chiba, Japan.

Our maintenance contract for the NH-900 infusion pumps (32 units, serial numbers
NH9-17A-0041 to NH9-17A-0072) expires on 31 December 2025. Could you please send us a
quotation for renewal for calendar year 2026, with and without the battery replacement
option?

We would also like to know whether your Japanese distributor can perform the on-site
inspection, as in previous years.

Kind regards,

Tatsuya Morimoto
Manager, Medical Affairs Division
Hinode Memorial Hospital (Hinode Sangyo Co., Ltd.)
Tel +81-436-61-2200
""" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English business mail to a foreign vendor with serial numbers and the standard English disclaimer",
},
# ---------------------------------------------------------------------------------- 031
{
    "id": "byouinjimu-031",
    "charset": "iso-2022-jp",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["さくら台訪問看護ステーション 管理者 <kanri@sakuradai-vnst.or.jp>"],
    "subject": "訪問看護指示書の送付（10/20退院予定の方）",
    "body": """さくら台訪問看護ステーション
管理者 米倉様

お世話になっております。日の出記念病院 地域医療連携室の長谷部です。
10月20日に退院予定の患者様について、訪問看護指示書をお送りします。
原本は退院当日にご家族へお渡しします。

退院前カンファレンスは10月16日（木）14時からです。ご参加をお願いいたします。

""" + SIG_HASEBE,
    "attachments": [{
        "kind": "docx", "name": "訪問看護指示書_宇留野様.docx", "title": "訪問看護指示書",
        "paragraphs": [
            "訪問看護指示書（在宅患者訪問点滴注射指示書）",
            "指示期間：令和7年10月20日 ～ 令和8年1月19日",
            "主治医：日の出記念病院 脳神経内科 三好 紘一",
        ],
        "tables": [[
            ["項目", "内容"],
            ["患者氏名", "宇留野 ミツ（うるの みつ）"],
            ["生年月日", "昭和10年2月26日（90歳）"],
            ["住所", "千葉県潮見市桜台1丁目14番9号"],
            ["電話", "0436-66-3027（長男 宇留野 正）"],
            ["主たる傷病名", "脳梗塞後遺症（右片麻痺・失語）、誤嚥性肺炎（治癒）、仙骨部褥瘡（DESIGN-R d2）"],
            ["病状・治療状態", "胃瘻（PEG 20Fr）より経管栄養。認知機能低下あり。要介護5"],
            ["医療処置", "胃瘻管理、褥瘡処置（1日1回）、吸引"],
            ["留意事項", "ワーファリン内服中のため出血に注意"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a home-nursing order in DOCX: one patient's name, birth date, address and diagnoses to a nursing station (reason 3)",
},
# ---------------------------------------------------------------------------------- 032
{
    "id": "byouinjimu-032",
    "charset": "cp932",
    "sender": "今泉 さやか <imaizumi.sayaka@hinode-sangyo.co.jp>",
    "to": ["潮見社会保険労務士事務所 <info@shiomi-sr.jp>"],
    "subject": "障害年金診断書の記載内容について（ご確認）",
    "body": """潮見社会保険労務士事務所
社会保険労務士 丸茂様

お世話になっております。日の出記念病院 医事課 文書係の今泉です。
ご依頼の障害年金用診断書（精神の障害用）について、主治医から記載内容の確認を
求められております。下記の点をご確認いただけますでしょうか。

・請求者　　　：辰巳 翔太 様（平成３年６月１２日生）
・基礎年金番号：４７２１－０３８８１５
・傷病名　　　：統合失調症（Ｆ２０）
・初診日　　　：平成２６年４月（当院精神科 初診）
・確認事項　　：初診日の証明として、前医（港町メンタルクリニック）の受診状況等
　　　　　　　　証明書を取得済みか

ご確認後、診断書は２週間程度で作成できる見込みです。

""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a basic pension number (full-width) with a named person's psychiatric diagnosis to a labour consultant (reasons 2 and 3)",
},
# ---------------------------------------------------------------------------------- 033
{
    "id": "byouinjimu-033",
    "charset": "utf-8",
    "sender": "江口 昌平 <s.eguchi@hinode-sangyo.co.jp>",
    "to": ["本社 経理部 <keiri@hinode-sangyo.co.jp>"],
    "cc": ["森本 達也 <t.morimoto@hinode-sangyo.co.jp>"],
    "subject": "9月末 医業未収金明細（貸倒引当金の検討用）",
    "body": """経理部 槇原さん

お疲れさまです。病院医事課の江口です。
9月末時点の医業未収金（1年以上経過分）の明細をCSVで送ります。
貸倒引当金の個別評価の検討にお使いください。
法律事務所へ回収委任済みのものは「委任」列に○をつけています。
""",
    "attachments": [{
        "kind": "csv", "name": "mishukin_over1y_202509.csv", "encoding": "utf-8",
        "rows": [
            ["患者ID", "氏名", "住所", "電話", "発生年月", "未収額", "委任"],
            ["00301194", "熊谷 晴美", "千葉県潮見市港町9-2-8", "090-2214-6618", "2023-11", "318400", "○"],
            ["00298820", "石動 浩", "千葉県市原市辰巳台東4-7", "080-6650-3317", "2023-08", "84200", ""],
            ["00312457", "宍戸 真央", "千葉県潮見市栄町2-6-15", "070-3391-0043", "2024-02", "12600", ""],
            ["00307731", "ボルジギン・バトバヤル", "千葉県袖ケ浦市長浦駅前1-3-2", "080-1902-7748", "2024-01", "527800", "○"],
            ["00315096", "真壁 光太郎", "東京都大田区蒲田本町2-9-3", "090-8873-1105", "2024-05", "46900", "○"],
            ["00319310", "城之内 鈴", "千葉県潮見市本郷7-1-1", "0436-62-1195", "2024-07", "9800", ""],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a list of debtors with addresses and phones, but only to head-office accounting (all internal)",
},
# ---------------------------------------------------------------------------------- 034
{
    "id": "byouinjimu-034",
    "charset": "iso-2022-jp",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 <dounyu-shien@tsubasa-system.jp>"],
    "subject": "FW: 【11月】当直医 緊急連絡網",
    "body": """ツバサシステム 導入支援ご担当様

日の出記念病院 医事課の渡会です。
ナースコール連携（当直医呼出し）の設定用に、当直医の連絡先が必要とのことでしたので
院内で回っている連絡網を転送します。設定が済んだら破棄をお願いします。

-------- 転送メッセージ --------
件名: 【11月】当直医 緊急連絡網
送信者: 医局秘書 <ikyoku@hospital.hinode-sangyo.co.jp>
宛先: 当直医各位

各位
11月の当直医連絡網です。携帯は院内PHSに出られないときの緊急用です。

氏名          診療科        携帯電話          個人メール
岩佐 俊介     循環器内科    090-7718-2034     s.iwasa.cardio@gmail.com
三好 紘一     脳神経内科    080-2290-6641     k-miyoshi@icloud.com
楠田 礼子     消化器内科    090-5543-8812     reiko.kusuda@yahoo.co.jp
エヴァンズ 翔  救急科        070-6618-0057     sho.evans@outlook.jp
鷲尾 太郎     整形外科      090-3372-9910     washio.t@gmail.com
一色 真奈美   小児科        080-9925-4418     manami.isshiki@docomo.ne.jp
百田 淳       外科          090-1146-7723     jun.momota@gmail.com
稗田 由香     総合診療科    080-4402-6635     hieda-yuka@ezweb.ne.jp

医局秘書 千葉
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forwarded internal phone tree: eight doctors' private mobiles and e-mails to a vendor (reason 1; a forward counts)",
},
# ---------------------------------------------------------------------------------- 035
{
    "id": "byouinjimu-035",
    "charset": "utf-8",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-sytem.jp>"],
    "subject": "10/19 電子カルテ定期保守の停止時間について",
    "body": """ツバサシステム サポートセンター ご担当者様

お世話になっております。日の出記念病院 医事課の渡会です。

10月19日（日）の定期保守について、システム停止が 1:00～5:00 とのご案内を
いただきましたが、救急外来の受付があるため、停止時間を 3時間以内に
短縮できないかご検討いただけますでしょうか。

停止中はダウンタイム用の紙伝票で運用します。
再開後のデータ取り込み手順書も事前にいただけると助かります。

""" + SIG_WATARAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "ordinary vendor mail, but tsubasa-sytem.jp is a letter-swapped look-alike of the partner tsubasa-system.jp (reason 5)",
},
# ---------------------------------------------------------------------------------- 036
{
    "id": "byouinjimu-036",
    "charset": "cp932",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 経理課 <keiri@kitaguni-foods.co.jp>"],
    "subject": "9月分 患者給食委託費 ご請求書の件",
    "body": """北国フーズ株式会社
経理課 ご担当者様

いつもお世話になっております。日の出記念病院 医事課の渡会です。

9月分のご請求書（請求書番号 INV-2025-09-0387）を拝受しました。
内訳の「特別食加算対応分」が 1,284食 となっておりますが、当院の集計では
1,248食 でしたので、ご確認をお願いできますでしょうか。

なお、インボイスの登録番号（T4040001062718）は前回から変更ない旨、
念のため確認させてください。

　ご請求額：4,912,560円（税込）
　支払予定日：10月31日

""" + SIG_WATARAI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice query to a partner with an invoice number and the company's T-number: business data, no person",
},
# ---------------------------------------------------------------------------------- 037
{
    "id": "byouinjimu-037",
    "charset": "iso-2022-jp",
    "sender": "江口 昌平 <s.eguchi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    "subject": "医療費後払いサービス導入のご相談",
    "body": """株式会社みどり銀行
法人営業部　ご担当者様

いつもお世話になっております。
日の出記念病院 医事課の江口です。

先日ご案内いただいた「医療費後払いサービス」について、
導入を前向きに検討しております。以下についてご教示いただけますでしょうか。

　１．初期費用および月額費用
　２．患者様の与信審査にかかる日数
　３．当院の収納口座（貴行 潮見支店）への入金サイクル

来月の院内会議に諮りたいため、１０月末までに資料をいただけますと幸いです。

""" + SIG_EGUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "harmless bank mail, but midori-ginkou.co.jp is a look-alike (letter added) of the partner midori-ginko.co.jp (reason 5)",
},
# ---------------------------------------------------------------------------------- 038
{
    "id": "byouinjimu-038",
    "charset": "utf-8",
    "sender": "谷口 美咲 <misaki.taniguchi@hospital.hinode-sangyo.co.jp>",
    "to": ["やまぶき内科クリニック 受付 <uketsuke@yamabuki-naika.jp>"],
    "subject": "9/30 FAXご紹介分 予約確定のご連絡",
    "body": """やまぶき内科クリニック 受付ご担当様

お世話になっております。日の出記念病院 外来係の谷口です。
9月30日にFAXでご紹介いただいた患者様（当院ID 00422719）の予約が確定しました。

　10月17日（金）9:00 消化器内科 上部消化管内視鏡検査
　前日21時以降は絶食でお願いします。

患者様へのご連絡をお願いできますでしょうか。

""" + SIG_TANIGUCHI,
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "no name, only an internal ID and the referral date: the clinic can tell who it is and that an endoscopy is booked; arguably pseudonymous",
},
# ---------------------------------------------------------------------------------- 039
{
    "id": "byouinjimu-039",
    "charset": "utf-8",
    "sender": "森本 達也 <t.morimoto@hinode-sangyo.co.jp>",
    "to": ["本社 経営企画部 <keiei-kikaku@hinode-sangyo.com>"],
    "subject": "【月次】病院 患者数・収益速報（9月）",
    "body": """経営企画部 各位

病院医事課の森本です。9月の月次速報をお送りします。

　外来延患者数　　 18,422人（前年同月比 +2.1%）
　1日平均外来　　　　 767.6人
　新入院患者数　　　　 612人（+4.3%）
　平均在院日数　　　　 12.8日
　病床稼働率　　　　　 78.9%
　紹介率 / 逆紹介率　　 68.2% / 81.5%
　医業収益（速報）　 1,032百万円

詳細版は来週の経営会議資料でお送りします。

""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aggregate figures meant for head office, but sent to hinode-sangyo.com, another TLD of the company's own domain (reason 5)",
},
# ---------------------------------------------------------------------------------- 040
{
    "id": "byouinjimu-040",
    "charset": "iso-2022-jp",
    "sender": "久保田 和美 <k.kubota@hospital.hinode-sangyo.co.jp>",
    "to": [
        "居宅介護支援センターみなみ 大河内様 <okochi@kyotaku-minami.jp>",
        "さくら台訪問看護ステーション <kanri@sakuradai-vnst.or.jp>",
        "あゆみ福祉用具 <rental@ayumi-fukushi.co.jp>",
        "田村 恵子 <keiko.tamura.0522@gmail.com>",
    ],
    "subject": "田村 重雄様 退院前カンファレンスの日程について",
    "body": """関係者の皆様

日の出記念病院 医療ソーシャルワーカーの久保田です。
６階西病棟に入院中の田村 重雄様（７８歳）の退院前カンファレンスについて
日程調整のご連絡です。

脳梗塞後の右片麻痺が残っており、ご自宅では車椅子と介護ベッドが必要になる
見込みです。嚥下機能も低下しているため、訪問看護での食事形態の確認をお願いしたいと
考えております。

　候補日：１０月２１日（火）１４時 または １０月２３日（木）１０時
　場所　：日の出記念病院 ６階 カンファレンスルーム

ご都合のよい日を今週中にご返信ください。
奥様（恵子様）にもこのメールでお知らせしております。

""" + SIG_KUBOTA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
    "note": "three outside organisations and a family member's gmail all in To (reason 4), and a named patient's diagnosis (reason 3)",
},
# ---------------------------------------------------------------------------------- 041
{
    "id": "byouinjimu-041",
    "charset": "utf-8",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["地域医療連携室 <renkei@hospital.hinode-sangyo.co.jp>"],
    "bcc": [
        "okochi@kyotaku-minami.jp", "care@shiomi-kaigo.or.jp", "info@hamayu-caremanage.jp",
        "kyotaku@midorigaoka-care.or.jp", "soudan@anesaki-houkatsu.jp", "office@kaede-kyotaku.com",
        "cm-center@ichihara-fukushikai.or.jp", "uketsuke@tsubaki-care.co.jp",
    ],
    "subject": "【ご案内】入院患者様への面会制限の変更について（10月20日から）",
    "body": """居宅介護支援事業所・地域包括支援センターの皆様

いつも当院の入退院支援にご協力いただきありがとうございます。
日の出記念病院 地域医療連携室です。
（本メールは関係各所へBCCにてお送りしております）

感染症の流行状況を踏まえ、10月20日（月）から面会の取扱いを以下のとおり変更します。

　・面会時間：平日 14:00～16:00（土日祝は休止）
　・1回2名まで、15分以内
　・ケアマネジャーの方の退院調整を目的とした面会は、事前に連携室へご連絡ください
　  （時間外も個別に調整いたします）

ご不便をおかけしますが、ご理解とご協力をお願いいたします。

""" + SIG_KITAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an announcement to many care offices correctly sent in Bcc (To is the sender's own office); nothing personal",
},
# ---------------------------------------------------------------------------------- 042
{
    "id": "byouinjimu-042",
    "charset": "utf-8",
    "sender": "村瀬 大輔 <d-murase@hinode-sangyo.co.jp>",
    "to": ["メディカルアシスト 潮見事業所 <shiomi@medi-assist.co.jp>"],
    "subject": "返戻レセプト 再請求作業のお願い（8月診療分）",
    "body": """メディカルアシスト株式会社
潮見事業所 リーダー 桑原様

お世話になっております。医事課 村瀬です。
8月診療分の返戻レセプトの一覧を添付します。
資格関係は保険者への再確認、病名漏れは主治医への確認依頼までを
委託スタッフの方でお願いします。10月20日の再請求に間に合わせたいです。

""" + SIG_MURASE,
    "attachments": [{
        "kind": "csv", "name": "henrei_202508.csv", "encoding": "utf-8",
        "rows": [
            ["患者ID", "氏名", "診療月", "保険者番号", "記号", "番号", "返戻事由", "関連傷病名"],
            ["00411823", "甲斐 哲也", "2025-08", "06139012", "23-45", "1187", "資格喪失後受診", "十二指腸潰瘍"],
            ["00402291", "能登 まゆみ", "2025-08", "138222", "千葉北", "310557", "記号番号誤り", "子宮筋腫"],
            ["00415507", "東海林 勝", "2025-08", "32130412", "4401", "22", "病名漏れ（検査に対応する病名なし）", "慢性C型肝炎"],
            ["00388112", "楢崎 アキ", "2025-08", "39122047", "", "00418853", "資格喪失後受診", "アルツハイマー型認知症"],
            ["00416630", "白鳥 蒼", "2025-08", "01130018", "1098765", "3", "記号番号誤り", "気管支喘息"],
            ["00409978", "ムハンマド・アリフ", "2025-08", "06133305", "7", "2091", "病名漏れ（投薬に対応する病名なし）", "HIV感染症"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six patients with insurance card numbers and diagnoses in a CSV to an outsourcing company (reasons 1, 2 and 3)",
},
# ---------------------------------------------------------------------------------- 043
{
    "id": "byouinjimu-043",
    "charset": "cp932",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["姉崎地区医師会 事務局 <jimukyoku@anesaki-ishikai.or.jp>"],
    "subject": "紹介状様式・FAX予約申込書（改訂版）の送付",
    "body": """姉崎地区医師会 事務局 御中

お世話になっております。日の出記念病院 地域医療連携室の喜多村です。
当院の紹介状様式とFAX予約申込書を改訂しましたので、会員の先生方へ
ご周知いただけますでしょうか。ZIPにまとめております（いずれも空欄の様式です）。

主な変更点：
　・FAX予約申込書に「検査のみ依頼」欄を追加
　・紹介状様式の感染症欄を選択式に変更

""" + SIG_KITAMURA,
    "attachments": [{
        "kind": "zip", "name": "日の出記念病院_紹介様式_2025改訂.zip",
        "files": [
            {"kind": "docx", "name": "診療情報提供書_様式.docx", "title": "診療情報提供書",
             "paragraphs": ["診療情報提供書", "紹介先：日の出記念病院 ＿＿＿＿科 ＿＿＿＿先生 御侍史"],
             "tables": [[["患者氏名", ""], ["生年月日", "　年　月　日"], ["傷病名", ""], ["紹介目的", ""], ["既往歴・家族歴", ""], ["感染症", "□HBV □HCV □梅毒 □MRSA □なし"]]]},
            {"kind": "pdf", "name": "FAX予約申込書.pdf", "title": "FAX予約申込書",
             "lines": ["日の出記念病院 地域医療連携室 行　FAX 0436-61-2249", "受診希望日：第1希望　月　日 ／ 第2希望　月　日",
                       "□診察 □検査のみ依頼（CT・MRI・内視鏡・エコー）", "患者氏名：", "生年月日：", "ご紹介医療機関名："]},
            {"kind": "txt", "name": "はじめにお読みください.txt", "encoding": "cp932",
             "text": "紹介様式の使い方\n・Wordの様式は自由に改変いただいて構いません。\n・FAX申込書は印刷してお使いください。\n日の出記念病院 地域医療連携室"},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a plain ZIP of blank forms (DOCX, PDF, TXT) to the medical association: no personal data",
},
# ---------------------------------------------------------------------------------- 044
{
    "id": "byouinjimu-044",
    "charset": "utf-8",
    "sender": "谷口 美咲 <misaki.taniguchi@hospital.hinode-sangyo.co.jp>",
    "to": ["リサーチプラス 調査部 <chosa@researchplus.co.jp>"],
    "subject": "患者満足度調査 インタビュー協力者リストの送付",
    "body": """株式会社リサーチプラス
調査部 篠崎様

お世話になっております。日の出記念病院 外来係の谷口です。
アンケートで「インタビューに協力してもよい」と回答された方のリストを
ZIPにまとめてお送りします（Excel版とCSV版、中身は同じです）。
日程調整のご連絡は貴社から直接お願いいたします。

""" + SIG_TANIGUCHI,
    "attachments": [{
        "kind": "zip", "name": "interview_kyouryokusha.zip",
        "files": [
            {"kind": "xlsx", "name": "インタビュー協力者.xlsx", "sheets": {"協力者": [
                ["外来患者満足度調査 2025 インタビュー協力者（回答日順）"],
                ["No", "氏名", "年代", "電話番号", "メールアドレス", "希望連絡時間"],
                [1, "根岸 美雪", "40代", "090-8823-4410", "miyuki.negishi@gmail.com", "平日夜"],
                [2, "高嶺 修", "60代", "0436-63-1184", "", "午前"],
                [3, "伊佐 ひかる", "30代", "080-2256-7309", "hikaru_isa@yahoo.co.jp", "いつでも"],
                [4, "漆原 健吾", "50代", "070-4430-1928", "k.urushibara@outlook.jp", "土日"],
                [5, "新城 トモ子", "70代", "0436-62-5547", "", "午後"],
                [6, "カルロス 渡辺", "40代", "090-6612-3385", "carlos.watanabe@icloud.com", "平日夜"],
            ]}},
            {"kind": "csv", "name": "interview_kyouryokusha.csv", "encoding": "cp932", "rows": [
                ["No", "氏名", "年代", "電話番号", "メールアドレス", "希望連絡時間"],
                ["1", "根岸 美雪", "40代", "090-8823-4410", "miyuki.negishi@gmail.com", "平日夜"],
                ["2", "高嶺 修", "60代", "0436-63-1184", "", "午前"],
                ["3", "伊佐 ひかる", "30代", "080-2256-7309", "hikaru_isa@yahoo.co.jp", "いつでも"],
                ["4", "漆原 健吾", "50代", "070-4430-1928", "k.urushibara@outlook.jp", "土日"],
                ["5", "新城 トモ子", "70代", "0436-62-5547", "", "午後"],
                ["6", "カルロス 渡辺", "40代", "090-6612-3385", "carlos.watanabe@icloud.com", "平日夜"],
            ]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a ZIP (XLSX and CSV) of six patients' phones and e-mails to a research firm (reason 1)",
},
# ---------------------------------------------------------------------------------- 045
{
    "id": "byouinjimu-045",
    "charset": "iso-2022-jp",
    "sender": "東條 誠 <m.tojo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 潮見支店 融資課 <shiomi-yushi@midori-ginko.co.jp>"],
    "subject": "病棟改修資金のご相談（経営改善計画書の送付）",
    "body": """株式会社みどり銀行 潮見支店
融資課 坂巻様

お世話になっております。日の出記念病院 事務部長の東條です。
先日ご相談した病棟改修資金の件で、経営改善計画書（案）をお送りします。
数値は9月末の速報ベースです。ご確認のうえ、追加で必要な資料があればお知らせください。

""" + SIG_TOJO,
    "attachments": [{
        "kind": "pdf", "name": "経営改善計画書_案_202510.pdf", "title": "【機密】経営改善計画書（案）",
        "page_header": "【機密】取扱注意",
        "page_footer": "日の出記念病院 事務部　無断複製・転載禁止",
        "lines": [
            "【機密】経営改善計画書（案）　2025年10月",
            "1. 現状：病床稼働率 78.9%、医業利益率 -1.8%",
            "2. 施策：地域包括ケア病棟 48床への転換（2026年4月）",
            "3. 投資：病棟改修 3.2億円（うち借入 2.5億円を希望）",
            "4. 収支見通し：2027年度に医業利益率 +1.5% を目標",
        ],
        "table": [["年度", "医業収益", "医業費用", "医業利益"], ["2025", "12,480", "12,705", "-225"], ["2026", "12,950", "12,890", "60"], ["2027", "13,420", "13,220", "200"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the business plan PDF is stamped 【機密】取扱注意 on every page and goes to the bank (reason 6)",
},
# ---------------------------------------------------------------------------------- 046
{
    "id": "byouinjimu-046",
    "charset": "cp932",
    "sender": "森本 達也 <t.morimoto@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 内藤様 <naito@nishiki-insatsu.co.jp>"],
    "subject": "入院のご案内パンフレット 料金表差し替えデータ",
    "body": """錦印刷株式会社
内藤様

いつもお世話になっております。日の出記念病院 医事課の森本です。
入院のご案内パンフレット（A4・8ページ）の料金表ページを差し替えたく、
新しい料金をExcelでお送りします。11月1日改定分です。

部数は前回と同じ 3,000部 でお願いします。

""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "xlsx", "name": "料金表_20251101改定.xlsx",
        "sheets": {
            "特別療養環境室": [
                ["特別療養環境室（個室）料金　2025年11月1日改定", "", "", ""],
                ["区分", "病棟", "室数", "1日あたり（税込）"],
                ["特別個室A", "7階東", 2, "22,000円"],
                ["個室B（トイレ・シャワー付）", "5階東・6階西・7階東", 18, "11,000円"],
                ["個室C（トイレ付）", "各病棟", 24, "7,700円"],
                ["2人室", "6階西", 6, "3,300円"],
            ],
            "文書料・その他": [
                ["項目", "金額（税込）"],
                ["診断書（当院様式）", "3,300円"],
                ["入院証明書（保険会社様式）", "5,500円"],
                ["診療録の写し（1枚あたり）", "20円（+手数料 2,200円）"],
                ["テレビカード（1,000円分）", "1,000円"],
                ["病衣・タオルセット（1日）", "385円"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a price list in XLSX for a leaflet: no personal data",
},
# ---------------------------------------------------------------------------------- 047
{
    "id": "byouinjimu-047",
    "charset": "utf-8",
    "sender": "Makoto Tojo <m.tojo@hinode-sangyo.co.jp>",
    "to": ["Henrik Lindqvist <henrik.lindqvist@nordhav-medical.com>"],
    "subject": "Our counter-proposal for the patient monitor replacement",
    "body": """Dear Mr. Lindqvist,

Thank you for your proposal of 29 September for replacing our 64 bedside monitors.

Please find attached our counter-proposal. We would be able to sign before the end of
November if the unit price and the five-year service terms in section 2 are acceptable.

I look forward to your reply.

Best regards,
Makoto Tojo
General Manager, Administration
Hinode Memorial Hospital (Hinode Sangyo Co., Ltd.)
""",
    "attachments": [{
        "kind": "docx", "name": "Hinode_counterproposal_monitors.docx", "title": "Counter-proposal - CONFIDENTIAL",
        "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "page_footer": "Confidential: not to be disclosed to third parties",
        "paragraphs": [
            "Counter-proposal: replacement of bedside patient monitors (64 units)",
            "1. Unit price: JPY 1,420,000 per unit (your proposal: JPY 1,580,000)",
            "2. Service: five years of on-site maintenance included, response within 4 hours",
            "3. Trade-in of 64 existing units at JPY 30,000 each",
            "4. Delivery: in two lots, February and March 2026",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached DOCX is marked CONFIDENTIAL in header and footer and goes to a foreign vendor (reason 6)",
},
# ---------------------------------------------------------------------------------- 048
{
    "id": "byouinjimu-048",
    "charset": "iso-2022-jp",
    "sender": "菅原 悠 <yu.sugawara@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "診療記録開示請求への対応についてご相談",
    "body": """白川先生

いつもお世話になっております。日の出記念病院 診療情報管理室の菅原です。

昨年当院で亡くなられた患者様のご長男から、診療記録の開示請求がありました。
ご本人確認書類として運転免許証の提示を受けておりますが、
他のご兄弟から「開示に同意していない」との電話があり、対応についてご相談させてください。

　請求者　　：柏木 正臣 様
　生年月日　：昭和４９年１０月２日
　住所　　　：千葉県市原市青葉台３－１８－６
　運転免許証：第３０１８０４４１７２６０号（千葉県公安委員会）
　続柄　　　：長男

開示の可否、遺族間の意見の相違がある場合の取扱いについてご教示ください。

""" + SIG_SUGAWARA,
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a requester's driver's licence number with name, birth date and address to the law firm (reason 2)",
},
# ---------------------------------------------------------------------------------- 049
{
    "id": "byouinjimu-049",
    "charset": "iso-2022-jp",
    "sender": "森本 達也 <t.morimoto@hinode-sangyo.co.jp>",
    "to": ["星野 様 <s.hoshino_0611@yahoo.co.jp>"],
    "subject": "面接日程のご案内（医療事務パート）",
    "body": """星野 様

このたびは日の出記念病院 医療事務（パート）の求人にご応募いただき、
ありがとうございます。医事課の森本です。

書類選考の結果、面接にお越しいただきたく、ご案内いたします。

　日時：１０月２２日（水）１４：００～（３０分程度）
　場所：日の出記念病院 本館３階 事務部 会議室
　持ち物：筆記用具、医療事務の資格をお持ちであれば合格証の写し

当日は１階総合受付で「医事課の面接」とお伝えください。
ご都合が悪い場合は、このメールにご返信ください。

""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "an interview invitation to one job applicant on yahoo.co.jp: one free-mail recipient, no data about anyone else",
},
# ---------------------------------------------------------------------------------- 050
{
    "id": "byouinjimu-050",
    "charset": "cp932",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["市立みなと中央病院 地域連携課 石黒様 <ishiguro@minato-chuo-hp.jp>"],
    "subject": "転院のご相談（無輸血治療を希望されている患者様）",
    "body": """市立みなと中央病院 地域連携課
石黒様

いつもお世話になっております。日の出記念病院 地域医療連携室の長谷部です。
外科の楠田医師より、転院のご相談がございます。

　患者様　：氷室 康代 様（62歳 女性）
　病名　　：S状結腸癌（cT3N1M0）
　ご事情　：エホバの証人の信者でいらっしゃり、輸血を伴わない手術を強く希望
　　　　　　されています。当院では無輸血手術の体制が整わないため、
　　　　　　貴院の無輸血治療チームでのご対応が可能かご相談させてください。
　ご本人の同意：転院相談について同意済み（署名あり）

受入れの可否が分かりましたら、診療情報提供書と検査データをお送りします。

""" + SIG_HASEBE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named patient's cancer diagnosis and religion to another hospital (要配慮: medical and creed, reason 3)",
},
# ---------------------------------------------------------------------------------- 051
{
    "id": "byouinjimu-051",
    "charset": "utf-8",
    "sender": "谷口 美咲 <misaki.taniguchi@hospital.hinode-sangyo.co.jp>",
    "to": ["北川眼科 <office@kitagawa-ganka.com>"],
    "subject": "RE: 白内障手術目的のご紹介",
    "body": """北川眼科 ご担当者様

お世話になっております。日の出記念病院 外来係の谷口です。
ご依頼の件、予約をお取りしましたので予約票をFAXにてお送りしました。
届いていない場合はお手数ですがご連絡ください。

今後ともよろしくお願いいたします。

日の出記念病院 医事課 外来係 谷口

-----Original Message-----
From: 北川眼科 <office@kitagawa-ganka.com>
Sent: Tuesday, October 7, 2025 11:20 AM
To: 日の出記念病院 外来予約
Subject: 白内障手術目的のご紹介

日の出記念病院 眼科 外来予約ご担当者様

以下の患者様を白内障手術目的でご紹介いたします。
　氏名：乙部 節子 様（昭和１７年３月９日生）
　診断：両眼 加齢性白内障（右眼優位）、糖尿病網膜症（単純）
　既往：２型糖尿病（HbA1c 7.2%）、高血圧症
１１月上旬の初診を希望されています。

北川眼科 院長 北川 徹
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the patient's data is only in the clinic's own quoted mail; the new text says no more than 'booked, see FAX'",
},
# ---------------------------------------------------------------------------------- 052
{
    "id": "byouinjimu-052",
    "charset": "utf-8",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["浜中内科医院 浜中先生 <hamanaka@hamanaka-naika.com>"],
    "subject": "Re: 先月ご紹介した患者さんのその後について",
    "body": """浜中先生

ご連絡ありがとうございます。日の出記念病院 地域医療連携室の長谷部です。
消化器内科の主治医に確認しましたので、取り急ぎご報告いたします。

槙野 聡 様（71歳）は、精査の結果、膵頭部癌（StageⅢ、切除不能）と診断されました。
10月3日から化学療法（ゲムシタビン＋ナブパクリタキセル）目的で入院中です。
ご本人には告知済みで、ご家族（奥様）も同席されています。
正式な報告書は主治医より郵送いたします。

""" + SIG_HASEBE + """

差出人: 浜中内科医院 <hamanaka@hamanaka-naika.com>
送信日時: 2025年10月8日 18:05
宛先: 地域医療連携室 <renkei@hospital.hinode-sangyo.co.jp>
件名: 先月ご紹介した患者さんのその後について

日の出記念病院 地域医療連携室 御中
9月にCEA高値でご紹介した患者さん、その後いかがでしょうか。
ご家族から当院に問い合わせがありまして。
浜中
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the quoted question names no one; the new reply text gives a named patient's cancer diagnosis and treatment (reason 3)",
},
# ---------------------------------------------------------------------------------- 053
{
    "id": "byouinjimu-053",
    "charset": "iso-2022-jp",
    "sender": "久保田 和美 <k.kubota@hospital.hinode-sangyo.co.jp>",
    "to": ["三宅 亮 <r.miyake@higashiyama-reha.or.jp>"],
    "subject": "大腿骨頸部骨折 地域連携パス 登録患者一覧（上期）",
    "body": """東山リハビリテーション病院
地域連携室 三宅様

お世話になっております。久保田です。
連携パスの上期実績確認のため、当院から貴院へ転院された登録患者の一覧を
Wordでお送りします。貴院側の退院時FIMと転帰をご記入いただき、
ご返送いただけますでしょうか。

""" + SIG_KUBOTA,
    "attachments": [{
        "kind": "docx", "name": "連携パス登録患者一覧_2025上期.docx", "title": "大腿骨頸部骨折 地域連携パス 登録患者一覧",
        "paragraphs": ["大腿骨頸部骨折 地域連携パス 登録患者一覧（2025年4月～9月）", "計画管理病院：日の出記念病院　連携病院：東山リハビリテーション病院"],
        "tables": [[
            ["No", "氏名", "年齢", "性別", "病名・術式", "手術日", "転院日", "転院時FIM", "退院時FIM", "転帰"],
            ["1", "荒巻 ツル", "86", "女", "右大腿骨頸部骨折・人工骨頭置換術", "4/11", "4/25", "52", "", ""],
            ["2", "井筒 徳治", "79", "男", "左大腿骨転子部骨折・γネイル", "5/02", "5/16", "61", "", ""],
            ["3", "五味 和子", "83", "女", "右大腿骨頸部骨折・CCS", "5/20", "6/03", "70", "", ""],
            ["4", "須賀 ノブ", "91", "女", "左大腿骨頸部骨折・人工骨頭置換術（認知症あり）", "6/14", "6/30", "41", "", ""],
            ["5", "相馬 富士夫", "75", "男", "右大腿骨転子部骨折・PFNA", "7/08", "7/22", "66", "", ""],
            ["6", "樋渡 ミヨ", "88", "女", "右大腿骨頸部骨折・人工骨頭置換術", "8/19", "9/02", "48", "", ""],
            ["7", "柚木 康子", "80", "女", "左大腿骨転子部骨折・γネイル", "9/05", "9/19", "57", "", ""],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a DOCX table of seven named patients with diagnoses and surgeries to another hospital (reasons 1 and 3)",
},
# ---------------------------------------------------------------------------------- 054
{
    "id": "byouinjimu-054",
    "charset": "utf-8",
    "sender": "芦田 萌 <ashida@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 健康推進グループ <kenko-suishin@kawasaki-denki.co.jp>"],
    "subject": "定期健康診断 未受診者のご連絡（潮見工場）",
    "body": """川崎電機株式会社
人事部 健康推進グループ 御中

お世話になっております。日の出記念病院 健診センターの芦田です。
潮見工場の定期健康診断（10月1日～3日実施）で、当日未受診だった方が4名いらっしゃいました。
追加日程（10月28日）へのご案内をお願いできますでしょうか。一覧をPDFで添付します。

""" + SIG_ASHIDA,
    "attachments": [{
        "kind": "pdf", "name": "未受診者一覧_潮見工場_202510.pdf", "title": "定期健康診断 未受診者一覧",
        "lines": ["定期健康診断 未受診者一覧（川崎電機株式会社 潮見工場）", "実施日：2025年10月1日～3日　追加日程：10月28日（火）8:30～"],
        "table": [
            ["社員番号", "氏名", "所属", "社用携帯"],
            ["KD-20931", "門倉 聡", "製造二課", "080-3301-7742"],
            ["KD-21450", "御子柴 彩", "品質保証課", "080-3301-7758"],
            ["KD-19877", "戸叶 大地", "設備保全課", "080-3301-7719"],
            ["KD-22013", "ロペス 真理", "物流課", "080-3301-7790"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four employees (names, staff numbers, work mobiles) who missed a check-up, to their own employer: four records, no results; may warn",
},
# ---------------------------------------------------------------------------------- 055
{
    "id": "byouinjimu-055",
    "charset": "cp932",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    "subject": "医事会計システム 利用者ID発行申請（2名）",
    "body": """株式会社ツバサシステム
サポートセンター ご担当者様

お世話になっております。日の出記念病院 医事課の渡会です。
11月1日付で医事課に着任する職員2名の利用者IDの発行をお願いします。

　(1) 氏名：鮫島 光（サメジマ ヒカル）　職員番号：H-50231
　　　権限：医事（入院）標準　　利用開始：11/1
　(2) 氏名：宇田川 玲央（ウダガワ レオ）　職員番号：H-50236
　　　権限：医事（外来）標準＋収納　　利用開始：11/1

初期パスワードは例年どおり院内の情報システム担当へお送りください。

""" + SIG_WATARAI,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "two new staff members' names and staff numbers for system accounts to the partner vendor: two people, no contact or sensitive data",
},
# ---------------------------------------------------------------------------------- 056
{
    "id": "byouinjimu-056",
    "charset": "iso-2022-jp",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["東洋ビル警備 潮見営業所 <shiomi@toyo-keibi.co.jp>"],
    "subject": "入館証発行のお願い（医事課 派遣スタッフ６名）",
    "body": """東洋ビル警備株式会社 潮見営業所
防災センター ご担当者様

お世話になっております。日の出記念病院 医事課の渡会です。
１１月から医事課に派遣スタッフが６名着任しますので、職員通用口の入館証の発行を
お願いします。貴社の様式に合わせて下記のとおりお知らせします。

・柴崎 まどか（１９９４年７月２日生）千葉県潮見市栄町２－８－３－２０５
・奈良橋 蒼汰（２０００年１月２５日生）千葉県市原市五井西６－３－１９
・久世 美代子（１９７１年１１月１４日生）千葉県潮見市桜台５－１－２２
・ダ・シルバ 絵美（１９８８年４月３０日生）千葉県袖ケ浦市福王台２－１０－７
・桧山 佳奈（１９９７年９月９日生）千葉県潮見市港町４－６－１１ メゾン港町３０２
・野々村 誠一（１９６５年３月１日生）千葉県木更津市岩根２－１４－４

写真データは派遣会社から直接お送りいただきます。
発行まで何日かかるかお知らせください。

""" + SIG_WATARAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six people's birth dates and home addresses as ・ bullets to a security company (reason 1)",
},
# ---------------------------------------------------------------------------------- 057
{
    "id": "byouinjimu-057",
    "charset": "cp932",
    "sender": "江口 昌平 <s.eguchi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 潮見支店 為替係 <shiomi-kawase@midori-ginko.co.jp>"],
    "subject": "過誤納金 返金振込のご依頼（10月分）",
    "body": """株式会社みどり銀行 潮見支店
為替係 ご担当者様

いつもお世話になっております。日の出記念病院 医事課の江口です。
医療費の過誤納金について、返金振込をお願いいたします。
振込手数料は当院負担、振込元は当院の収納口座（普通 1182045）です。

【1】
氏名：蜂須賀 美穂（ハチスカ ミホ）
振込先：みどり銀行 五井支店 普通 3317820
金額：12,480円

【2】
氏名：大内 玄（オオウチ ゲン）
振込先：ちば中央信用金庫 本店営業部 普通 0062917
金額：3,300円

【3】
氏名：堀之内 さくら（ホリノウチ サクラ）
振込先：ゆうちょ銀行 〇一八店 普通 4472086
金額：41,200円

【4】
氏名：ジョンソン 亜紀（ジョンソン アキ）
振込先：みどり銀行 潮見支店 普通 2205913
金額：8,910円

【5】
氏名：有働 敬之（ウドウ タカユキ）
※クレジットカードでのお支払いのため、カード返金となります。
　カード番号：""" + _hy4(card_number(SEED + 12)) + """（有効期限 08/28）
金額：22,000円

ご不明点がありましたら内線2320の江口までご連絡ください。

""" + SIG_EGUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "five people's bank accounts, one record per block, plus a full card number, to a bank (reasons 1 and 2)",
},
# ---------------------------------------------------------------------------------- 058
{
    "id": "byouinjimu-058",
    "charset": "utf-8",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["本社 人事部 給与課 <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "【個人番号】医事課 10月入職者のマイナンバー登録",
    "body": """給与課 ご担当者様

病院医事課の渡会です。10月1日付入職の2名について、本人から提出された
マイナンバーの登録をお願いします（番号確認・本人確認書類の写しは社内便で送付済み）。

　氏名　　　生年月日　　　個人番号
　芹沢 陸　　1999/08/14　　""" + _sp4(my_number(SEED + 5)) + """
　宝田 奈々　1992/12/03　　""" + _sp4(my_number(SEED + 6)) + """

登録後、このメールは削除いたします。

""" + SIG_WATARAI,
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "staff My Numbers, but to the company's own payroll section only (all internal)",
},
# ---------------------------------------------------------------------------------- 059
{
    "id": "byouinjimu-059",
    "charset": "utf-8",
    "sender": "村瀬 大輔 <d-murase@hinode-sangyo.co.jp>",
    "to": ["関東機械工業健康保険組合 給付課 <kyufu@kikai-kenpo.or.jp>"],
    "subject": "限度額適用認定証の交付状況のご確認（3名）",
    "body": """関東機械工業健康保険組合 給付課 御中

お世話になっております。日の出記念病院 医事課の村瀬です。
入院中の被保険者（被扶養者）の方について、限度額適用認定証の交付申請状況を
確認させてください。いずれもご家族から「申請済み」と伺っております。

保険者番号	記号	番号	氏名	生年月日
06131184	310	27	羽鳥 栄一	S33.4.2
06131184	310	27-02	羽鳥 房江	S36.10.19
06131184	512	104	ハリス 健太	H2.11.3

月末の請求に間に合わない場合は、いったん3割でご請求することになるため、
交付見込みだけでもお知らせいただけると助かります。

""" + SIG_MURASE,
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three people's insurance 記号・番号 with 和暦 birth dates (tab-separated) to an insurer: fewer than five, but reason 2",
},
# ---------------------------------------------------------------------------------- 060
{
    "id": "byouinjimu-060",
    "charset": "iso-2022-jp",
    "sender": "今泉 さやか <imaizumi.sayaka@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 人事部 産業保健スタッフ 松永様 <sangyo-hoken@aoba-unyu.co.jp>"],
    "subject": "復職に関する主治医意見書の内容について",
    "body": """青葉運輸株式会社
人事部 産業保健スタッフ　松永様

お世話になっております。日の出記念病院 医事課 文書係の今泉です。
貴社社員の方の復職に関する主治医意見書につき、主治医（精神科 稗田医師）から
先に要点をお伝えするよう申しつかりましたのでご連絡いたします。

　対象者：貴社 千葉営業所 ドライバー　栗林 拓真 様
　病名　：うつ病（中等症）
　意見　：１１月１日から短時間勤務での復職は可能。
　　　　　ただし睡眠薬を服用中のため、当面（最低３か月）は車両の運転業務を
　　　　　避け、内勤とすることが望ましい。

意見書の原本はご本人にお渡ししております。

""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's depression and medication to his employer, a partner (reason 3, even of one person)",
},
# ---------------------------------------------------------------------------------- 061
{
    "id": "byouinjimu-061",
    "charset": "iso-2022-jp",
    "sender": "村瀬 大輔 <d-murase@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    "subject": "診療行為マスタ 差分ファイルの取込エラーについて",
    "body": """ツバサシステム サポートセンター ご担当者様

お世話になっております。日の出記念病院 医事課の村瀬です。
１０月１日改定分の診療行為マスタ差分を取り込もうとしたところ、
「ファイル形式が不正です」というエラーが出て取込できませんでした。
院内で保存したファイルをそのまま添付しますので、原因をご確認いただけますか。

問い合わせ番号：TS-INC-2025-10-0192

""" + SIG_MURASE,
    "attachments": [{"kind": "corrupt", "name": "shinryo_master_diff_20251001.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected (reason 7)",
},
# ---------------------------------------------------------------------------------- 062
{
    "id": "byouinjimu-062",
    "charset": "utf-8",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["緑ヶ丘ケアセンター 支援相談員 <soudan@midorigaoka-care.or.jp>"],
    "subject": "今週の空床状況（10/13時点）",
    "body": """緑ヶ丘ケアセンター 支援相談員 皆様

いつもお世話になっております。日の出記念病院 地域医療連携室の喜多村です。
今週の空床状況をお知らせします。

  病棟                空床  備考
  地域包括ケア病棟      4   レスパイト入院の受入れ可
  5階東（整形・外科）   2
  6階西（内科）         0   満床
  7階東（循環器）       3

レスパイト入院のご相談は連携室直通（0436-61-2240）までお願いします。

""" + SIG_KITAMURA,
    "html": """<html><body>
<p>緑ヶ丘ケアセンター 支援相談員 皆様</p>
<p>いつもお世話になっております。日の出記念病院 地域医療連携室の喜多村です。<br>今週の空床状況をお知らせします。</p>
<table border="1" cellpadding="3">
<tr><th>病棟</th><th>空床</th><th>備考</th></tr>
<tr><td>地域包括ケア病棟</td><td>4</td><td>レスパイト入院の受入れ可</td></tr>
<tr><td>5階東（整形・外科）</td><td>2</td><td></td></tr>
<tr><td>6階西（内科）</td><td>0</td><td>満床</td></tr>
<tr><td>7階東（循環器）</td><td>3</td><td></td></tr>
</table>
<p>レスパイト入院のご相談は連携室直通（0436-61-2240）までお願いします。</p>
<p>地域医療連携室 事務　喜多村 瞳</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "bed availability by ward (counts only), text and HTML alternative: no personal data",
},
# ---------------------------------------------------------------------------------- 063
{
    "id": "byouinjimu-063",
    "charset": "cp932",
    "sender": "久保田 和美 <k.kubota@hospital.hinode-sangyo.co.jp>",
    "to": ["潮見市 危機管理課 避難行動要支援者担当 <kikikanri@city.shiomi.lg.jp>"],
    "cc": ["潮見市 障害福祉課 <shougai@city.shiomi.lg.jp>"],
    "subject": "災害時要支援者名簿（当院通院中の在宅医療患者）の提出",
    "body": """潮見市 危機管理課 ご担当者様

お世話になっております。日の出記念病院 医療相談室の久保田です。
避難行動要支援者名簿の更新に関し、ご本人の同意が得られた当院の在宅医療患者について
Excelにまとめましたので提出いたします。
「透析」「在宅酸素」のシートに分けております。

""" + SIG_KUBOTA,
    "attachments": [{
        "kind": "xlsx", "name": "要支援者名簿_日の出記念病院_2025.xlsx",
        "sheets": {
            "透析": [
                ["災害時要支援者名簿（維持透析患者）　日の出記念病院 透析センター　2025年10月"],
                ["氏名", "生年月日", "住所", "電話", "透析曜日", "原疾患", "移動手段"],
                ["芦沢 義信", "1950/01/30", "千葉県潮見市港町7-2-5", "0436-61-4418", "月水金", "糖尿病性腎症", "家族送迎"],
                ["長嶺 ヨシ", "1944/06/18", "千葉県潮見市緑台2-15-8", "0436-64-1023", "火木土", "慢性糸球体腎炎", "介護タクシー"],
                ["水落 仁", "1962/09/09", "千葉県潮見市本郷4-4-12", "090-5512-0087", "月水金", "多発性嚢胞腎", "自家用車"],
                ["瀬尾 トキ子", "1938/03/03", "千葉県潮見市栄町6-1-20", "0436-61-9352", "火木土", "腎硬化症", "施設送迎"],
                ["ゴメス 修", "1971/12/25", "千葉県潮見市姉ヶ丘3-9-1", "080-6631-2749", "月水金", "糖尿病性腎症", "自家用車"],
            ],
            "在宅酸素": [
                ["氏名", "生年月日", "住所", "電話", "酸素流量", "病名"],
                ["梶原 勘吉", "1940/08/15", "千葉県潮見市桜台4-3-3", "0436-66-1180", "安静時2L", "COPD"],
                ["仙波 峰子", "1947/02/21", "千葉県潮見市港町2-20-4", "0436-61-0392", "労作時3L", "間質性肺炎"],
                ["鮎川 剛", "1958/11/11", "千葉県潮見市緑ヶ丘3-8-16", "090-4470-8871", "安静時1L", "肺癌術後"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "eight patients with addresses, phones and diseases in a two-sheet XLSX to the city (reasons 1 and 3; consent does not change the rule)",
},
# ---------------------------------------------------------------------------------- 064
{
    "id": "byouinjimu-064",
    "charset": "utf-8",
    "sender": "今泉 さやか <imaizumi.sayaka@hinode-sangyo.co.jp>",
    "to": ["潮見市 介護保険課 認定係 <kaigo-nintei@city.shiomi.lg.jp>"],
    "subject": "主治医意見書の送付（郵送分の事前送付）",
    "body": """潮見市 介護保険課 認定係 御中

お世話になっております。日の出記念病院 医事課 文書係の今泉です。
認定審査会の日程が迫っているとのことでしたので、主治医意見書のPDFを先にお送りします。
原本は本日郵送いたしました。

""" + SIG_IMAIZUMI,
    "attachments": [{
        "kind": "pdf", "name": "主治医意見書_若宮様.pdf", "title": "主治医意見書",
        "lines": [
            "主治医意見書　　記入日 令和7年10月9日",
            "申請者：若宮 八重（わかみや やえ）　明治・大正・(昭和) 9年 5月 27日生（91歳）　女",
            "住所：千葉県潮見市本郷2丁目11番5号　連絡先 0436-62-4481",
            "被保険者番号：0001284475",
            "1. 傷病に関する意見",
            "  (1) 診断名：アルツハイマー型認知症（発症 令和3年頃）、心房細動、変形性膝関節症",
            "  (2) 症状としての安定性：不安定（夜間せん妄あり）",
            "2. 心身の状態に関する意見",
            "  認知症高齢者の日常生活自立度：IIIa　障害高齢者の日常生活自立度：B1",
            "医師氏名：日の出記念病院 脳神経内科 三好 紘一",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a physician's opinion PDF: one named woman's dementia and other diagnoses to the city (reason 3)",
},
# ---------------------------------------------------------------------------------- 065
{
    "id": "byouinjimu-065",
    "charset": "utf-8",
    "sender": "芦田 萌 <ashida@hinode-sangyo.co.jp>",
    "to": ["潮見看護専門学校 教務課 <kyomu@shiomi-kango.ac.jp>"],
    "subject": "臨地実習前 抗体検査の結果について（2年生）",
    "body": """潮見看護専門学校 教務課 実習担当 秋元先生

お世話になっております。日の出記念病院 健診センターの芦田です。
9月30日に実施した実習前抗体検査の結果をお送りします。
基準未満の学生はワクチン接種が必要ですので、実習開始までにご対応をお願いします。

学籍番号,氏名,生年月日,麻疹,風疹,水痘,ムンプス,HBs抗体,判定
N2408,相沢 結衣,2005/05/14,16.2,32,8.1,4.4,陽性,可
N2411,五十嵐 蒼,2004/11/02,2.1,8,12.0,6.8,陰性,要接種(麻疹・風疹・HB)
N2415,上原 千尋,2005/01/27,18.8,64,6.3,2.2,陽性,要接種(ムンプス)
N2419,江藤 遥斗,2005/08/08,20.4,128,9.9,5.1,陽性,可
N2422,小田切 莉子,2004/06/19,4.0,16,3.1,4.0,陰性,要接種(麻疹・水痘・HB)
N2426,加賀美 陸,2005/03/30,12.6,32,10.2,7.7,陽性,可

（単位：麻疹・水痘・ムンプス EIA価、風疹 HI価）

""" + SIG_ASHIDA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six students' antibody test results, comma-separated in the body, to their school (reasons 1 and 3)",
},
# ---------------------------------------------------------------------------------- 066
{
    "id": "byouinjimu-066",
    "charset": "iso-2022-jp",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": [
        "本多 様 <honda.kimiyo@gmail.com>",
        "稲葉 様 <inaba_tsutomu55@yahoo.co.jp>",
        "ミラー 様 <sachiko.miller@icloud.com>",
    ],
    "subject": "図書コーナー ボランティア １１月のシフトについて",
    "body": """ボランティアの皆様

いつも患者図書コーナーのお手伝いをありがとうございます。
地域医療連携室の喜多村です。

１１月のシフト案をお送りします。ご都合の悪い日があれば、２０日までに
お知らせください。

　火曜午前：本多様
　木曜午前：稲葉様
　金曜午後：ミラー様
　第２土曜：皆様（本の入れ替え作業）

１１月１５日（土）はボランティア感謝会です。ぜひご参加ください。

""" + SIG_KITAMURA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private persons on free mail see each other's addresses in To: should have been Bcc (reason 4)",
},
# ---------------------------------------------------------------------------------- 067
{
    "id": "byouinjimu-067",
    "charset": "iso-2022-jp",
    "sender": "谷口 美咲 <misaki.taniguchi@hospital.hinode-sangyo.co.jp>",
    "to": ["潮見市 健康づくり課 <kenko@city.shiomi.lg.jp>"],
    "subject": "休日・夜間に処方箋を受け付ける薬局の一覧（当院周辺）",
    "body": """潮見市 健康づくり課 ご担当者様

お世話になっております。日の出記念病院 外来係の谷口です。
市のホームページに掲載される「休日・夜間に処方箋を受け付ける薬局」について、
当院周辺の薬局の情報を確認しましたのでお送りします。

薬局名                    所在地                        電話           営業時間（土日）
------------------------  ----------------------------  -------------  ----------------
かもめ薬局 港町店          潮見市港町２－６－３           0436-61-3355   土 9-18 / 日 9-13
みなと調剤薬局             潮見市港町１－１０－１        0436-61-8024   土 9-13
さくら台ファーマシー       潮見市桜台２－１－１          0436-66-2090   土日 10-19
ひまわり薬局 本郷店        潮見市本郷３－１４－７         0436-62-7741   土 9-17
ウエルネス薬局 潮見駅前店  潮見市栄町１－２－２ 駅ビル１Ｆ  0436-61-0505   土日 9-21

変更がありましたら改めてご連絡いたします。

""" + SIG_TANIGUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a padded list of pharmacies (businesses) with shop addresses and phones to the city: no people",
},
# ---------------------------------------------------------------------------------- 068
{
    "id": "byouinjimu-068",
    "charset": "utf-8",
    "sender": "土門 由佳 <eiyou@hospital.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 病院給食事業部 <byouin-kyushoku@kitaguni-food.co.jp>"],
    "subject": "嚥下調整食の新メニュー試食会について",
    "body": """北国フーズ株式会社
病院給食事業部 ご担当者様

いつもお世話になっております。日の出記念病院 栄養科の土門です。
先日ご提案いただいた嚥下調整食（コード2-1、3）の新メニューについて、
院内で試食会を行いたいと考えております。

　日時：10月30日（木）14:00～15:00
　場所：日の出記念病院 2階 栄養指導室
　参加予定：栄養科 4名、言語聴覚士 2名、各病棟の看護師 3名

試食は各メニュー10食程度でお願いできますでしょうか。
費用の扱いについてもご教示ください。

--
日の出記念病院 栄養科 科長
管理栄養士 土門 由佳
内線 2460
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "ordinary supplier mail, but kitaguni-food.co.jp drops the s of the partner kitaguni-foods.co.jp (reason 5)",
},
# ---------------------------------------------------------------------------------- 069
{
    "id": "byouinjimu-069",
    "charset": "cp932",
    "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル フロント <front@sakura-h0tel.jp>"],
    "subject": "提携料金でのご宿泊のお願い（10/14～3泊）",
    "body": """さくらホテル フロント ご担当者様

いつもお世話になっております。日の出記念病院 医事課 入院係の小野寺です。
当院の提携料金で、入院患者様のご家族のご宿泊をお願いいたします。

　ご宿泊者：笠原 由美子 様
　ご連絡先：090-7261-3348
　日程　　：10月14日（火）～10月17日（金） 3泊
　お部屋　：シングル 禁煙
　お支払い：ご本人様がチェックアウト時に精算

チェックインは20時頃になるとのことです。
よろしくお願いいたします。

""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "one guest's contact (would pass), but sakura-h0tel.jp uses a zero for the o of the partner sakura-hotel.jp (reason 5)",
},
# ---------------------------------------------------------------------------------- 070
{
    "id": "byouinjimu-070",
    "charset": "utf-8",
    "sender": "森本 達也 <t.morimoto@hinode-sangyo.co.jp>",
    "to": ["錦印刷 内藤様 <naito@nishiki-insatsu.co.jp>"],
    "cc": ["青葉運輸 配送センター 佐野様 <sano@aoba-unyu.co.jp>"],
    "subject": "新診察券（5,000枚）の納品方法について",
    "body": """錦印刷 内藤様
（cc：青葉運輸 佐野様）

お世話になっております。日の出記念病院 医事課の森本です。

発注番号 HN-PO-2025-0488 の新診察券 5,000枚について、
納品は例年どおり青葉運輸さんの定期便で、当院 地下1階 搬入口へお願いします。

　納品希望日：11月6日（木）午前
　荷姿：500枚×10箱（ダンボール）
　受取：医事課 小野寺（内線2317）

佐野様、当日の便に積載可能かご確認いただけますでしょうか。

""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a printer and a carrier, two partner organisations, in To/Cc for a delivery with an order number: normal three-way mail",
},
# ---------------------------------------------------------------------------------- 071
{
    "id": "byouinjimu-071",
    "charset": "iso-2022-jp",
    "sender": "森本 達也 <t.morimoto@hinode-sangyo.co.jp>",
    "to": ["メディカルアシスト 潮見事業所 桑原様 <shiomi@medi-assist.co.jp>"],
    "subject": "【社外秘】医事課 窓口業務マニュアル（改訂第５版）",
    "body": """メディカルアシスト株式会社
潮見事業所 桑原様

お世話になっております。日の出記念病院 医事課の森本です。
１１月から委託範囲が広がる入院窓口について、当院の業務マニュアルをお送りします。
新しく配属される委託スタッフの方の研修にお使いください。

【社外秘】本マニュアルは当院の社外秘文書です。

""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "pdf", "name": "窓口業務マニュアル_第5版.pdf", "title": "医事課 窓口業務マニュアル 第5版",
        "page_header": "社外秘",
        "page_footer": "社外秘　日の出記念病院 医事課　複製禁止",
        "lines": [
            "医事課 窓口業務マニュアル（改訂第5版）",
            "第1章 入院受付：入院申込書・誓約書の確認、保証金の取扱い",
            "第2章 退院会計：概算請求の作成、高額療養費の案内",
            "第3章 未収金発生時の初期対応",
            "第4章 クレーム対応のエスカレーション基準",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject, body and every PDF page carry 社外秘 and it goes to an outsourcing company (reason 6)",
},
# ---------------------------------------------------------------------------------- 072
{
    "id": "byouinjimu-072",
    "charset": "utf-8",
    "sender": "東條 誠 <m.tojo@hinode-sangyo.co.jp>",
    "to": ["医事課 全員 <iji-all@hinode-sangyo.co.jp>"],
    "cc": ["地域医療連携室 <renkei@hospital.hinode-sangyo.co.jp>"],
    "subject": "【社外秘】診療報酬改定への対応方針（案）",
    "body": """医事課・連携室の皆さん

事務部長の東條です。
次期診療報酬改定への対応方針（案）を添付します。社外秘の扱いでお願いします。
来週水曜の課内会議で意見をください。
""",
    "attachments": [{
        "kind": "docx", "name": "改定対応方針_案.docx", "title": "診療報酬改定 対応方針（案）",
        "page_header": "社外秘",
        "paragraphs": [
            "診療報酬改定 対応方針（案）",
            "1. 入退院支援加算1の継続算定に向けた人員配置（MSW 1名増）",
            "2. 地域包括ケア病棟の在宅復帰率 72.5% 以上の維持",
            "3. 外来機能報告に基づく紹介受診重点医療機関の取得検討",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 社外秘 document sent only inside the company (internal and hospital subdomain)",
},
# ---------------------------------------------------------------------------------- 073
{
    "id": "byouinjimu-073",
    "charset": "utf-8",
    "sender": "Ryo Fujisaki <r.fujisaki@hinode-sangyo.co.jp>",
    "to": ["Ms. Wong <coordinator@asiabridge-medtour.com>"],
    "subject": "November health screening bookings - confirmation",
    "body": """Dear Ms. Wong,

Thank you for the bookings for November. Please find the confirmed schedule below.
Each guest should bring his or her passport on the day; the numbers below are the ones
we will check at reception.

Name                  Nationality  Passport No.  Date of birth  Program                  Date
--------------------  -----------  ------------  -------------  -----------------------  ------
CHAN Siu Ming         HK           K41937285     1966-08-02     PET-CT premium           11/04
LIM Boon Hock         SG           E7731904K     1959-01-19     Cardiac dock + CAG       11/05
WANG Li-hua           TW           310948826     1972-12-07     PET-CT premium           11/06
NGUYEN Thi Hoa        VN           C3398217      1980-04-25     Women's dock             11/11
TAN Wei Jie           MY           A40826613     1975-06-30     Follow-up CT (lung       11/12
                                                                nodule found 2024)
SUKSAWAT Anong        TH           AA4401927     1968-09-14     Gastroscopy + colonoscopy 11/13

Mr. Tan's follow-up was requested by our respiratory physician after last year's finding
of a 9 mm nodule in the right upper lobe; please ask him to bring last year's CD.

Best regards,

""" + SIG_FUJISAKI + DISC_EN,
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English list of six foreign guests with passport numbers and birth dates, one with a prior finding, to an agency (reasons 1, 2, 3)",
},
# ---------------------------------------------------------------------------------- 074
{
    "id": "byouinjimu-074",
    "charset": "iso-2022-jp",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["北川眼科 <office@kitagawa-ganka.com>"],
    "subject": "転送：眼科受診のご相談（やまぶき内科様からのご紹介）",
    "body": """北川眼科 ご担当者様

お世話になっております。日の出記念病院 地域医療連携室の喜多村です。
やまぶき内科クリニック様から当院眼科へのご紹介をいただいたのですが、
当院眼科の新患枠が１２月まで埋まっており、貴院での受診が可能かご相談させてください。
ご紹介のメールを添付いたします。やまぶき内科様には了承をいただいております。

""" + SIG_KITAMURA,
    "attachments": [{
        "kind": "eml", "name": "眼科受診のご相談.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "やまぶき内科クリニック <info@yamabuki-naika.jp>",
            "to": ["日の出記念病院 地域医療連携室 <renkei@hospital.hinode-sangyo.co.jp>"],
            "subject": "眼科受診のご相談",
            "body": """日の出記念病院 地域医療連携室 御中

いつもお世話になっております。やまぶき内科クリニックです。
下記の患者様の眼科受診をお願いしたくご連絡いたしました。

　氏名：大須賀 玲子 様
　生年月日：昭和３９年１月２３日
　病名：２型糖尿病（罹病歴１５年、ＨｂＡ１ｃ ９．１％）
　依頼：糖尿病網膜症の評価。最近視力低下の訴えあり。

診療情報提供書はＦＡＸいたします。
やまぶき内科クリニック 院長 山吹 浩二
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a third party's referral mail attached as .eml and sent on to another clinic: a forward counts (reason 3)",
},
# ---------------------------------------------------------------------------------- 075
{
    "id": "byouinjimu-075",
    "charset": "cp932",
    "sender": "土門 由佳 <eiyou@hospital.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 日の出記念病院厨房 <hinode-chubo@kitaguni-foods.co.jp>"],
    "subject": "FW: 7東 食事変更連絡（10/10 昼から）",
    "body": """北国フーズ 厨房 チーフ 大津様

栄養科の土門です。7東から変更連絡が来ていますので転送します。
昼食からの反映をお願いします。

---------- Forwarded message ---------
From: 7階東病棟 <ward7e@hospital.hinode-sangyo.co.jp>
Date: 2025年10月10日(金) 8:42
Subject: 7東 食事変更連絡（10/10 昼から）
To: 栄養科 <eiyou@hospital.hinode-sangyo.co.jp>

栄養科 御中

病室  氏名          変更後の食種                     備考
701   猪狩 トミ      心臓病食 塩分6g                  心不全
703   館山 義男      糖尿病食 1600kcal                
705   百瀬 和歌子    腎臓病食 たんぱく40g             透析導入予定
708   真鍋 拓        常食 → 軟菜食                    
710   綾部 キヨ      嚥下調整食 コード2-1 とろみ中    誤嚥性肺炎後
712   ラフマン 健    禁食 → 流動食                    宗教上の理由で豚肉・アルコール不可

7東 リーダー 秋山
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a forwarded ward list: six named inpatients with therapeutic diets, conditions and a religious restriction, to the caterer (reasons 1 and 3)",
},
# ---------------------------------------------------------------------------------- 076
{
    "id": "byouinjimu-076",
    "charset": "utf-8",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["大和田会計事務所 税理士 大和田様 <owada@owada-tax.jp>"],
    "subject": "報酬・料金の支払調書 作成資料（非常勤医師3名）",
    "body": """大和田会計事務所
大和田先生

いつもお世話になっております。日の出記念病院 医事課の渡会です。
病院で直接報酬をお支払いしている非常勤医師3名分の支払調書の作成資料をお送りします。
個人番号は本人確認済みです。作成後のデータはご返却不要です。

""" + SIG_WATARAI,
    "attachments": [{
        "kind": "xlsx", "name": "支払調書資料_2025_非常勤医師.xlsx",
        "sheets": {
            "支払調書": [
                ["報酬、料金、契約金及び賞金の支払調書 作成資料（2025年分）"],
                ["氏名", "個人番号", "住所", "区分", "支払金額", "源泉徴収税額"],
                ["大槻 理一郎", my_number(SEED + 2), "東京都世田谷区奥沢5-27-3", "診療報酬（非常勤）", 2880000, 294048],
                ["小笠原 瑛子", my_number(SEED + 3), "千葉県千葉市中央区春日2-9-14-801", "診療報酬（非常勤）", 1920000, 196032],
                ["ベルナール 周", my_number(SEED + 4), "神奈川県川崎市中原区小杉町1-403-2205", "講演料", 330000, 33693],
            ],
            "メモ": [["※住所は2025年1月1日現在"], ["※大槻医師は12月に追加支払あり（確定後に連絡）"]],
        },
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three doctors' My Numbers with addresses in an XLSX to a tax accountant (reason 2)",
},
# ---------------------------------------------------------------------------------- 077
{
    "id": "byouinjimu-077",
    "charset": "utf-8",
    "sender": "佐々木 玲奈 <r.sasaki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    "subject": "ご家族宿泊の予約（カード保証）",
    "html": """<div style="font-family:sans-serif">
<p>さくらホテル 予約センター ご担当者様</p>
<p>いつもお世話になっております。日の出記念病院 医事課 入院係の佐々木です。<br>
当院の提携プランで、ご家族1名様の宿泊予約をお願いいたします。<br>
深夜着のため、カード保証をご希望とのことで、ご本人から番号をお預かりしています。</p>
<ul>
<li>ご宿泊者：瀬戸口 和真 様</li>
<li>日程：10月20日（月）～22日（水）2泊</li>
<li>保証カード：""" + _sp4(card_number(SEED + 11)) + """（有効期限 11/27、名義 KAZUMA SETOGUCHI）</li>
<li>到着予定：23時30分</li>
</ul>
<p>よろしくお願いいたします。</p>
<p>日の出記念病院 医事課 入院係<br>佐々木 玲奈<br>TEL:0436-61-2200 内線2316</p>
</div>""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a guest's full credit card number and expiry to the partner hotel (reason 2)",
},
# ---------------------------------------------------------------------------------- 078
{
    "id": "byouinjimu-078",
    "charset": "iso-2022-jp",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["しおみ在宅クリニック 事務長 浦野様 <urano@shiomi-zaitaku.jp>"],
    "subject": "当院の駐車場と夜間入口のご案内",
    "body": """しおみ在宅クリニック
事務長 浦野様

先日は連携医のご登録をありがとうございました。
日の出記念病院 地域医療連携室の長谷部です。

往診の先生方が夜間に患者様の付き添いでお越しになる場合の
駐車場と夜間救急入口の位置を地図にしましたので添付いたします。
北側の職員駐車場（Ｐ３）をご利用いただけます。守衛室で「連携医」とお伝えください。

""" + SIG_HASEBE,
    "attachments": [{"kind": "png", "name": "night_entrance_map.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a map image and directions to a newly registered clinic: nothing personal",
},
# ---------------------------------------------------------------------------------- 079
{
    "id": "byouinjimu-079",
    "charset": "utf-8",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["姉崎地区医師会 事務局 <jimukyoku@anesaki-ishikai.or.jp>"],
    "subject": "症例検討会 発表スライドの送付（11/27）",
    "body": """姉崎地区医師会 事務局 御中

お世話になっております。日の出記念病院 地域医療連携室の長谷部です。
11月27日の症例検討会で使用する発表スライドをお送りします。
事前に会員の先生方へ配布していただけますと幸いです。

""" + SIG_HASEBE,
    "attachments": [{
        "kind": "pptx", "name": "症例検討会_日の出記念病院_1127.pptx", "title": "心不全地域連携 症例検討",
        "slides": [
            ["心不全の地域連携：退院後30日再入院の振り返り", "日の出記念病院 地域医療連携室", "2025年11月27日 症例検討会"],
            ["再入院の状況（2025年4～9月）", "心不全退院 118名中 30日以内再入院 14名（11.9%）", "主因：服薬中断 5、塩分過多 4、感染 3、その他 2"],
            ["検討症例一覧", "羽生 勝己（84）慢性心不全・服薬自己中断　かかりつけ：浜中内科医院",
             "宗像 澄江（79）HFpEF・CKD3b　かかりつけ：やまぶき内科クリニック",
             "利根 正晴（88）虚血性心筋症・独居　かかりつけ：浜中内科医院",
             "江波戸 ふみ（91）大動脈弁狭窄症・認知症　かかりつけ：やまぶき内科クリニック",
             "真田 清（76）拡張型心筋症・アルコール多飲　かかりつけ：しおみ在宅クリニック"],
            ["連携上の課題", "退院時の服薬指導が診療所に伝わっていない", "体重記録の共有手段がない"],
            ["提案", "心不全手帳の統一", "退院後1週間以内の診療所受診を連携パスに組み込む"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a PPTX with a slide of five named patients, their heart disease and other conditions, to the medical association (reasons 1 and 3)",
},
# ---------------------------------------------------------------------------------- 080
{
    "id": "byouinjimu-080",
    "charset": "cp932",
    "sender": "今泉 さやか <imaizumi.sayaka@hinode-sangyo.co.jp>",
    "to": ["東和損害保険 自動車損害サービス課 <songai-service3@towa-sonpo.co.jp>"],
    "subject": "Re: 通院状況のご照会（貴社受付番号 TS-25-04417）",
    "body": """東和損害保険株式会社
自動車損害サービス課　宮坂様

お世話になっております。日の出記念病院 医事課の今泉です。
お電話でご照会のあった件、整形外科の担当医に確認しました。

　患者様　　：相楽 優斗 様（28歳）
　傷病名　　：頸椎捻挫、腰椎捻挫（8月30日 交通事故受傷）
　通院実日数：9月 11日／10月（10日まで）4日
　現在の状況：頸部痛・右上肢のしびれが残存。リハビリを週2回継続中。
　症状固定の見込み：主治医の見解では、少なくともあと2か月程度は治療継続が必要。

書面での回答が必要な場合は、所定の同意書とあわせて照会書をお送りください。

""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named patient's injuries and treatment after a traffic accident to an insurer, in the mail body (reason 3)",
},
# ---------------------------------------------------------------------------------- 081
{
    "id": "byouinjimu-081",
    "charset": "utf-8",
    "sender": "久保田 和美 <k.kubota@hospital.hinode-sangyo.co.jp>",
    "to": ["かもめ薬局 在宅訪問担当 <zaitaku@kamome-yakkyoku.co.jp>"],
    "subject": "訪問薬剤管理指導の依頼（退院予定者分）",
    "body": """かもめ薬局 在宅訪問ご担当 湊様

お世話になっております。日の出記念病院 医療相談室の久保田です。
今月退院予定で、訪問薬剤管理指導をお願いしたい方のリストをお送りします。
（CSVをZIPにまとめています。パスワードはかけていません）

退院時処方の内容も入れていますので、在庫のご準備にお役立てください。

""" + SIG_KUBOTA,
    "attachments": [{
        "kind": "zip", "name": "houmon_yakuzai_202510.zip",
        "files": [{
            "kind": "csv", "name": "訪問薬剤_依頼者一覧.csv", "encoding": "cp932",
            "rows": [
                ["氏名", "生年月日", "住所", "電話", "主病名", "退院時処方（要注意薬）", "退院予定"],
                ["飯干 重蔵", "S13.2.11", "千葉県潮見市港町5-8-2", "0436-61-7720", "膵癌（緩和ケア）", "オキシコドン徐放錠 20mg", "10/17"],
                ["木暮 シズ", "S22.7.4", "千葉県潮見市桜台1-6-30", "0436-66-0458", "1型糖尿病", "インスリン グラルギン・アスパルト", "10/20"],
                ["出雲 栄", "S18.12.9", "千葉県潮見市本郷8-3-11", "0436-62-3119", "心房細動・脳梗塞後", "ワルファリン 2.5mg", "10/22"],
                ["瓜生 多恵", "S26.5.16", "千葉県市原市姉崎2-12-7", "0436-61-2983", "パーキンソン病", "レボドパ・カルビドパ", "10/24"],
                ["アブドゥル 拓海", "H1.9.1", "千葉県潮見市緑台6-2-14", "080-3340-7791", "統合失調症", "クロザピン 200mg", "10/27"],
            ],
        }],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a ZIP holding a CSV of five patients with addresses, diseases and narcotics/antipsychotics, to a pharmacy (reasons 1 and 3)",
},
# ---------------------------------------------------------------------------------- 082
{
    "id": "byouinjimu-082",
    "charset": "utf-8",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["おだ皮フ科 小田先生 <oda-hifuka@oda-hifuka.jp>"],
    "subject": "病理結果のご報告（ご紹介患者様）",
    "body": """おだ皮フ科
院長 小田 美樹 先生

いつもお世話になっております。日の出記念病院 地域医療連携室の喜多村です。
皮膚科 主治医より、ご紹介いただいた患者様の病理結果のご報告です。

患者様：北見 航平 様（1983年9月17日生）
検体：左足底 色素斑 全切除（9月25日）
病理診断：悪性黒色腫（末端黒子型）、腫瘍の厚さ 1.2mm、潰瘍なし、断端陰性
今後：センチネルリンパ節生検目的で10月28日入院予定

詳細は別途郵送いたします報告書をご覧ください。
""",
    "html": """<html><body>
<p>おだ皮フ科<br>院長 小田 美樹 先生</p>
<p>いつもお世話になっております。日の出記念病院 地域医療連携室の喜多村です。<br>
皮膚科 主治医より、ご紹介いただいた患者様の病理結果のご報告です。</p>
<table border="0" cellpadding="2">
<tr><td><b>患者様</b></td><td>北見 航平 様（1983年9月17日生）</td></tr>
<tr><td><b>検体</b></td><td>左足底 色素斑 全切除（9月25日）</td></tr>
<tr><td><b>病理診断</b></td><td><span style="color:#c00">悪性黒色腫（末端黒子型）</span>、腫瘍の厚さ 1.2mm、潰瘍なし、断端陰性</td></tr>
<tr><td><b>今後</b></td><td>センチネルリンパ節生検目的で10月28日入院予定</td></tr>
</table>
<p>詳細は別途郵送いたします報告書をご覧ください。</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "text + HTML report of one named patient's melanoma diagnosis to the referring clinic (reason 3)",
},
# ---------------------------------------------------------------------------------- 083
{
    "id": "byouinjimu-083",
    "charset": "iso-2022-jp",
    "sender": "芦田 萌 <ashida@hinode-sangyo.co.jp>",
    "to": ["全国建設工業健康保険組合 保健事業課 <hokenjigyo@kensetsu-kenpo.or.jp>"],
    "subject": "契約人間ドック　１１月受診予定者のご連絡",
    "body": """全国建設工業健康保険組合
保健事業課　ご担当者様

いつもお世話になっております。日の出記念病院 健診センターの芦田です。
１１月の契約人間ドック受診予定者をお知らせします。
補助対象の確認をお願いいたします。

　氏　名　　　　　記号・番号　　　　　生年月日　　　　　受診日　　コース
　────────　──────────　────────　─────　──────
　国府田　正志　　１２０３・５５　　　昭和４２年３月１日　　１１／４　　１日ドック
　國友　香織　　　１２０３・５５－０１　昭和４５年７月８日　　１１／４　　１日ドック
　仁平　達也　　　２２１０・１０８　　　平成元年１２月２日　　１１／７　　脳ドック付
　鳩山　孝子　　　２２１０・３１　　　　昭和３８年９月２９日　１１／１１　１日ドック
　井手　俊輔　　　４０１２・７　　　　　昭和５５年５月１５日　１１／１８　胃カメラ付
　宇野　沙也加　　４０１２・２２　　　　平成４年１０月１０日　１１／２５　レディース

受診当日は保険証（またはマイナ保険証）をお持ちいただくようご案内しております。

""" + SIG_ASHIDA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six people with full-width insurance 記号・番号 and 和暦 birth dates in full-width padded columns, to an insurer (reasons 1 and 2)",
},
# ---------------------------------------------------------------------------------- 084
{
    "id": "byouinjimu-084",
    "charset": "cp932",
    "sender": "菅原 悠 <yu.sugawara@hinode-sangyo.co.jp>",
    "to": ["ひかり総合法律事務所 弁護士 國分様 <kokubu@hikari-sogo-law.jp>"],
    "subject": "Re: 照会回答の補足資料について",
    "body": """國分先生

お世話になっております。日の出記念病院の菅原です。
ご依頼の補足資料（当院の開示手続の規程）をWordでお送りします。
開けない場合はお知らせください。PDFでお送りし直します。

""" + SIG_SUGAWARA,
    "attachments": [{"kind": "corrupt", "name": "診療情報開示規程_2024改訂.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be inspected (reason 7)",
},
# ---------------------------------------------------------------------------------- 085
{
    "id": "byouinjimu-085",
    "charset": "utf-8",
    "sender": "Ryo Fujisaki <r.fujisaki@hinode-sangyo.co.jp>",
    "to": ["Provider Network <providers@pacificcrest-assist.com>"],
    "subject": "Direct billing arrangement - Hinode Memorial Hospital",
    "body": """Dear Provider Network team,

Thank you for considering Hinode Memorial Hospital as a direct-billing provider in the
Chiba area. Below is the information you requested for our provider file.

  Legal name     : Hinode Sangyo Co., Ltd. - Hinode Memorial Hospital
  Address        : 2-5-1 Minatomachi, Shiomi-shi, Chiba 299-0123, Japan
  Beds           : 312 (acute 264, community-based care 48)
  24h ER         : yes, English-speaking staff on weekdays 9:00-17:00
  Invoices       : issued in JPY within 14 days of discharge, in English on request
  Bank           : Midori Bank, Shiomi Branch, corporate account (details on invoice)
  Contact        : International Patient Services, +81-436-61-2245

We would be grateful if you could send us your standard provider agreement for review.

Best regards,

""" + SIG_FUJISAKI + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail with the hospital's own business details and the standard English disclaimer",
},
# ---------------------------------------------------------------------------------- 086
{
    "id": "byouinjimu-086",
    "charset": "iso-2022-jp",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 潮見支店 為替係 <shiomi-kawase@midori-ginko.co.jp>"],
    "subject": "総合振込 登録先の変更（１件）",
    "body": """株式会社みどり銀行 潮見支店
為替係 ご担当者様

お世話になっております。日の出記念病院 医事課の渡会です。
総合振込に登録している受取人のうち１件について、振込先口座の変更をお願いします。
（１１月分の振込から適用）

　受取人：大槻 理一郎（オオツキ リイチロウ）
　変更前：みどり銀行 自由が丘支店 普通 ６６１０２８４
　変更後：東都銀行 奥沢支店 普通 ２０４４７１９

変更依頼書（押印済）は本日郵送いたしました。

""" + SIG_WATARAI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "one payee's bank accounts to the partner bank: one person's record, may be warned, not held",
},
# ---------------------------------------------------------------------------------- 087
{
    "id": "byouinjimu-087",
    "charset": "utf-8",
    "sender": "森本 達也 <t.morimoto@hinode-sangyo.co.jp>",
    "to": ["青空生命保険 法人営業部 竹内様 <takeuchi.h@aozora-life.co.jp>"],
    "subject": "Re: 団体保険 職員説明会の日程",
    "body": """竹内様

ご連絡ありがとうございます。医事課の森本です。
職員向け説明会は、11月12日（水）と13日（木）の各 12:15～12:45 でお願いします。
場所は本館2階の講堂です。医事課・連携室で計40名ほどの参加を見込んでいます。

申込書の回収方法は、当日会場で竹内様に直接お渡しする形で問題ありません。

""" + SIG_MORIMOTO + """

> 森本様
>
> いつもお世話になっております。青空生命の竹内です。
> 団体保険の職員説明会について、候補日をいただけますでしょうか。
> なお、申込書にご記入いただく個人情報は、当社の「個人情報の取扱いについて」に
> 基づき、保険契約の引受・継続・維持管理にのみ利用いたします。
>
> ――――――――――
> 本メールには機密情報が含まれている場合があります。お心当たりのない方は削除してください。
> 青空生命保険株式会社 法人営業部 竹内 浩
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a scheduling reply; 個人情報 and 機密 appear only in the insurer's quoted text and notice",
},
# ---------------------------------------------------------------------------------- 088
{
    "id": "byouinjimu-088",
    "charset": "utf-8",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["しおみこどもクリニック <contact@shiomi-kodomo-cl.jp>"],
    "subject": "地域医療連携室だより 第38号（2025年秋号）",
    "html": """<html><body style="font-family:sans-serif;color:#333">
<h2 style="color:#2a6f97">地域医療連携室だより 第38号</h2>
<p>しおみこどもクリニック 先生方・スタッフの皆様</p>
<p>いつも当院との連携にご協力いただき、ありがとうございます。</p>
<h3>■ 新任医師のご紹介</h3>
<ul>
<li>小児科 医長　一色 真奈美（小児アレルギー、食物経口負荷試験）</li>
<li>総合診療科　稗田 由香（在宅医療との連携を担当）</li>
</ul>
<h3>■ 小児の食物経口負荷試験 予約枠を拡大します</h3>
<p>11月から火曜・木曜の午後に枠を設けます。FAX予約申込書の「検査のみ依頼」欄をご利用ください。</p>
<h3>■ 年末年始の診療体制</h3>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>日付</th><th>外来</th><th>救急</th></tr>
<tr><td>12/29～1/3</td><td>休診</td><td>24時間対応</td></tr>
<tr><td>1/4～</td><td>通常診療</td><td>24時間対応</td></tr>
</table>
<p style="font-size:small">日の出記念病院 地域医療連携室　TEL 0436-61-2240 / FAX 0436-61-2249<br>
配信停止をご希望の場合は本メールにご返信ください。</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an HTML-only newsletter to one clinic; doctors named only with their specialties",
},
# ---------------------------------------------------------------------------------- 089
{
    "id": "byouinjimu-089",
    "charset": "cp932",
    "sender": "江口 昌平 <s.eguchi@hinode-sangyo.co.jp>",
    "to": ["本社 内部監査室 <naibu-kansa@hinode-sangyo.co.jp>"],
    "subject": "監査資料（窓口収納・未収金管理）の提出",
    "body": """内部監査室 ご担当者様

病院医事課の江口です。
ご依頼の監査資料（窓口収納日報・未収金管理台帳 上期分）を
パスワード付きZIPで提出します。パスワードは社内チャットでお送りしました。

""" + SIG_EGUCHI,
    "attachments": [{
        "kind": "zip", "name": "kansa_iji_2025H1.zip", "password": "Iji-2025-kansa",
        "files": [
            {"kind": "xlsx", "name": "窓口収納日報_2025上期.xlsx", "sheets": {"4月": [["日付", "現金", "カード", "合計"], ["4/1", 1822400, 640300, 2462700]]}},
            {"kind": "xlsx", "name": "未収金管理台帳_2025上期.xlsx", "sheets": {"台帳": [["患者ID", "氏名", "未収額"], ["00384412", "兵藤 隆之", 184320]]}},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a password ZIP, but sent only to the company's own audit office (all internal)",
},
# ---------------------------------------------------------------------------------- 090
{
    "id": "byouinjimu-090",
    "charset": "utf-8",
    "sender": "菅原 悠 <yu.sugawara@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 事務局 <office@shirakawa-law.jp>"],
    "subject": "診療録写しの発送について（貴所整理番号 2025-ミ-118）",
    "body": """白川法律事務所 事務局 御中

お世話になっております。日の出記念病院 診療情報管理室の菅原です。
貴所整理番号 2025-ミ-118 の件、ご請求の診療録写し一式（計214枚）を
本日レターパックプラスで発送いたしました。

　追跡番号：3301-4418-2295
　到着予定：10月16日（木）

複写料金の請求書を同封しております。お手数ですがお振込みをお願いいたします。

""" + SIG_SUGAWARA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a shipping notice with a case number and a tracking number to the partner law firm: no personal data",
},
# ---------------------------------------------------------------------------------- 091
{
    "id": "byouinjimu-091",
    "charset": "iso-2022-jp",
    "sender": "森本 達也 <t.morimoto@hinode-sangyo.co.jp>",
    "to": ["医療事務アカデミー 法人研修窓口 <kenshu@iryojimu-academy.jp>"],
    "subject": "新人向け レセプト点検研修のご依頼",
    "body": """医療事務アカデミー
法人研修ご担当者様

はじめてご連絡いたします。日の出記念病院 医事課 課長の森本と申します。
貴校ホームページで法人向け出張研修を拝見し、ご相談させていただきました。

　対象　：医事課 新人職員 ５名（入職１年未満）
　内容　：入院レセプト（ＤＰＣ）の点検の基礎、返戻・査定の事例
　希望　：１２月中の平日 ２日間（各日１０時～１６時）、当院会議室にて

概算のお見積りと、講師の方のご経歴をお知らせいただけますでしょうか。
どうぞよろしくお願いいたします。

""" + SIG_MORIMOTO + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a first enquiry to a training school: ordinary business mail with the Japanese disclaimer",
},
# ---------------------------------------------------------------------------------- 092
{
    "id": "byouinjimu-092",
    "charset": "utf-8",
    "sender": "東條 誠 <m.tojo@hinode-sangyo.co.jp>",
    "to": ["メディカルアシスト 法務部 <houmu@medi-assist.co.jp>"],
    "cc": ["メディカルアシスト 潮見事業所 桑原様 <shiomi@medi-assist.co.jp>"],
    "subject": "業務委託範囲の拡大に伴う秘密保持契約書（当院案）",
    "body": """メディカルアシスト株式会社
法務部 ご担当者様

お世話になっております。日の出記念病院 事務部長の東條です。
11月からの入院窓口業務の委託に合わせ、秘密保持契約を見直したく、
当院案をWordでお送りします。個人情報の取扱い（第5条）と再委託の禁止（第8条）を
追加しております。修正がございましたら変更履歴でお戻しください。

""" + SIG_TOJO,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_当院案_20251010.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とメディカルアシスト株式会社（以下「乙」という。）は、甲が乙に委託する医事業務に関し、次のとおり契約を締結する。",
            "第1条（秘密情報の定義）本契約において秘密情報とは、業務遂行のため甲が乙に開示した一切の情報をいう。",
            "第5条（個人情報の取扱い）乙は、患者の個人情報を個人情報保護法及び甲の定める規程に従い取り扱う。",
            "第8条（再委託の禁止）乙は、甲の書面による事前承諾なく、業務の全部又は一部を第三者に再委託してはならない。",
            "第12条（有効期間）本契約の有効期間は、締結日から3年間とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a draft NDA: it is about confidentiality and personal data, but carries no marking and no one's data",
},
# ---------------------------------------------------------------------------------- 093
{
    "id": "byouinjimu-093",
    "charset": "utf-8",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["姉崎地区医師会 事務局 <jimukyoku@anesaki-ishikai.or.jp>"],
    "subject": "上期 紹介・逆紹介件数（医療機関別）",
    "body": """姉崎地区医師会 事務局 御中

いつもお世話になっております。日の出記念病院 地域医療連携室の喜多村です。
協議会資料用に、上期（4～9月）の医療機関別 紹介・逆紹介件数をCSVでお送りします。
件数のみで、患者様の情報は含んでおりません。

""" + SIG_KITAMURA,
    "attachments": [{
        "kind": "csv", "name": "shoukai_kensuu_2025H1.csv", "encoding": "utf-8",
        "rows": [
            ["医療機関名", "所在地", "代表電話", "紹介件数", "逆紹介件数"],
            ["やまぶき内科クリニック", "潮見市港町4-11-3", "0436-61-5521", "142", "188"],
            ["小松整形外科医院", "潮見市本郷1-8-20", "0436-62-3307", "97", "121"],
            ["北川眼科", "潮見市姉ヶ丘2-2-15", "0436-63-0141", "38", "44"],
            ["おだ皮フ科", "潮見市栄町3-1-9", "0436-61-8810", "21", "30"],
            ["しおみこどもクリニック", "潮見市緑台5-4-1", "0436-64-2525", "64", "52"],
            ["浜中内科医院", "市原市白金町2-17", "0436-22-4471", "55", "73"],
            ["しおみ在宅クリニック", "潮見市桜台3-2-8", "0436-66-7001", "12", "40"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a CSV of clinics with addresses, switchboards and counts: a list of businesses",
},
# ---------------------------------------------------------------------------------- 094
{
    "id": "byouinjimu-094",
    "charset": "iso-2022-jp",
    "sender": "東條 誠 <m.tojo@hinode-sangyo.co.jp>",
    "to": [
        "東山リハビリテーション病院 事務長 <jimucho@higashiyama-reha.or.jp>",
        "緑ヶ丘ケアセンター 施設長 <shisetsucho@midorigaoka-care.or.jp>",
    ],
    "subject": "連携協定締結式の日程について",
    "body": """東山リハビリテーション病院 事務長 様
緑ヶ丘ケアセンター 施設長 様

お世話になっております。日の出記念病院 事務部長の東條です。

三施設の連携協定の締結式について、下記の日程でいかがでしょうか。

　日時：１２月１日（月）１６：００～１６：３０
　場所：日の出記念病院 本館３階 大会議室
　出席：各施設 ２～３名（院長・施設長、事務長、連携担当）

地元紙の取材を受ける予定ですので、ご了承いただけますと幸いです。

""" + SIG_TOJO,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two outside organisations in To for a joint ceremony: a normal three-party mail, not three parties",
},
# ---------------------------------------------------------------------------------- 095
{
    "id": "byouinjimu-095",
    "charset": "utf-8",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["谷口 美咲 <misaki.taniguchi@hospital.hinode-sangyo.co.jp>"],
    "cc": ["長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>"],
    "subject": "FW: 内視鏡検査のご依頼（5名）",
    "body": """谷口さん

連携室の喜多村です。やまぶき内科さんから下記の依頼が来たので、
内視鏡室の枠の確認と予約をお願いします。予約が取れたら連携室からFAXで返します。

---------- 転送メッセージ ----------
差出人: やまぶき内科クリニック <info@yamabuki-naika.jp>
日付: 2025年10月10日 9:15
件名: 内視鏡検査のご依頼（5名）

日の出記念病院 地域医療連携室 御中

氏名　　　　　生年月日　　　検査　　　　　　　臨床情報
栗栖 弘　　　　1958/03/22　　上部消化管　　　　胃潰瘍瘢痕の経過観察
大鷹 美香　　　1975/10/09　　下部消化管　　　　便潜血陽性
矢萩 輝夫　　　1949/06/28　　上部・下部　　　　鉄欠乏性貧血（Hb 8.9）
遠峰 沙羅　　　1990/01/15　　上部消化管　　　　ピロリ除菌後判定
徳武 源太　　　1966/11/30　　下部消化管　　　　大腸ポリープ術後 1年

よろしくお願いいたします。
やまぶき内科クリニック
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a forwarded list of patients with clinical data, but forwarded only to colleagues on the hospital's own subdomain",
},
# ---------------------------------------------------------------------------------- 096
{
    "id": "byouinjimu-096",
    "charset": "cp932",
    "sender": "渡会 純一 <watarai@hinode-sangyo.co.jp>",
    "to": ["川崎電機 医療システム営業部 <iryo-eigyo@kawasaki-denki.co.jp>"],
    "subject": "注文書送付（自動精算機 保守契約 2026年度）",
    "body": """川崎電機株式会社
医療システム営業部 ご担当者様

いつもお世話になっております。日の出記念病院 医事課の渡会です。
お見積り（見積番号 KD-Q-25-3318）の内容で、自動精算機の保守契約を発注いたします。
注文書をPDFで添付しますので、注文請書のご送付をお願いします。

""" + SIG_WATARAI,
    "attachments": [{
        "kind": "pdf", "name": "注文書_HN-PO-2025-0512.pdf", "title": "注文書 HN-PO-2025-0512",
        "lines": [
            "注　文　書　　注文番号 HN-PO-2025-0512　　2025年10月10日",
            "川崎電機株式会社 御中",
            "日の出産業株式会社 日の出記念病院（法人番号 1012401088645）",
            "件名：自動精算機（KE-PAY300）保守契約 2026年4月～2027年3月",
        ],
        "table": [
            ["品目", "数量", "単価", "金額"],
            ["KE-PAY300 フルメンテナンス", "4台", "396,000", "1,584,000"],
            ["紙幣ユニット定期交換", "4台", "55,000", "220,000"],
            ["小計", "", "", "1,804,000"],
            ["消費税（10%）", "", "", "180,400"],
            ["合計", "", "", "1,984,400"],
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a purchase order PDF with order/quote numbers and the company's own 法人番号: business data, no person",
},
# ---------------------------------------------------------------------------------- 097
{
    "id": "byouinjimu-097",
    "charset": "utf-8",
    "sender": "喜多村 瞳 <kitamura.h@hospital.hinode-sangyo.co.jp>",
    "to": ["錦印刷 内藤様 <naito@nishiki-insatsu.co.jp>"],
    "subject": "連携医名簿（冊子版）追加掲載分の原稿",
    "body": """錦印刷 内藤様

お世話になっております。喜多村です。
連携医名簿（会員配布用の冊子）に追加で掲載する先生方の原稿です。
今回から、ご本人の了承を得た先生については緊急連絡用の携帯番号も載せます。

医療機関名                  院長            専門                携帯（緊急連絡用）
--------------------------  --------------  ------------------  ------------------
しおみ在宅クリニック        浦野 大樹       在宅医療・緩和ケア  090-6621-0834
つつじヶ丘耳鼻咽喉科        鬼頭 紗英       耳鼻咽喉科          080-1145-2290
港町メンタルクリニック      早瀬 信彦       精神科              090-3308-7716
青柳歯科                    青柳 透         口腔外科            070-5529-4401
浜中内科医院                浜中 修         循環器内科          090-2274-6658

校正は12月1日までに連携室へお戻しください。
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five clinic directors with private mobile numbers (published with consent) to a printer: business directory or list of people's records",
},
# ---------------------------------------------------------------------------------- 098
{
    "id": "byouinjimu-098",
    "charset": "iso-2022-jp",
    "sender": "村瀬 大輔 <d-murase@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    "subject": "Re: 【障害報告】10/8 医事会計システム 応答遅延について",
    "body": """ツバサシステム サポートセンター
ご担当者様

ご報告ありがとうございます。医事課の村瀬です。
当日は会計待ちが最大５０分まで延び、窓口が大変混雑しました。
再発防止策について、正式な報告書を１０月末までにいただけますでしょうか。
また、同様の遅延が起きた場合の院内への第一報の手順も合わせてご提案ください。

""" + SIG_MURASE + """

> 日の出記念病院 医事課 御中
>
> 10月8日 10:12～11:05 に発生した医事会計システムの応答遅延について、
> 原因はデータベースサーバのインデックス再構築処理が業務時間帯に
> 実行されたことによるものでした。現在はスケジュールを夜間に変更済みです。
>
> ━━━━━━━━━━━━━━━━━━
> 株式会社ツバサシステム サポートセンター
> このメールは機密情報を含む場合があります。宛先に心当たりのない場合は削除してください。
> ━━━━━━━━━━━━━━━━━━
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a reply about a system incident to the partner vendor; the word 機密 is only in the vendor's quoted disclaimer",
},
# ---------------------------------------------------------------------------------- 099
{
    "id": "byouinjimu-099",
    "charset": "cp932",
    "sender": "長谷部 智子 <hasebe@hospital.hinode-sangyo.co.jp>",
    "to": ["姉崎地区医師会 事務局 丹野様 <tanno@anesaki-ishikai.or.jp>"],
    "subject": "連携室見学会（11/6）の参加者について",
    "body": """姉崎地区医師会 事務局
丹野様

お世話になっております。日の出記念病院 地域医療連携室の長谷部です。
11月6日の連携室見学会、参加申込みが4名となりましたのでお知らせします。
当日の変更連絡は各参加者へ直接いたしますので、連絡先も併記しております。

　1) 坂井 里美（やまぶき内科クリニック 事務）　sakai@yamabuki-naika.jp
　2) 米倉 祐子（さくら台訪問看護ステーション 管理者）　y.yonekura@sakuradai-vnst.or.jp
　3) 大河内 修平（居宅介護支援センターみなみ ケアマネジャー）　okochi@kyotaku-minami.jp
　4) 浦野 大樹（しおみ在宅クリニック 院長）　urano-d@shiomi-zaitaku.jp

集合は13時30分、本館1階 総合案内前です。

""" + SIG_HASEBE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four participants' names and work e-mails to the medical association: four people's records, may be warned",
},
# ---------------------------------------------------------------------------------- 100
{
    "id": "byouinjimu-100",
    "charset": "utf-8",
    "sender": "Makoto Tojo <m.tojo@hinode-sangyo.co.jp>",
    "to": ["Henrik Lindqvist <henrik.lindqvist@nordhav-medical.com>"],
    "cc": ["Tatsuya Morimoto <t.morimoto@hinode-sangyo.co.jp>"],
    "subject": "RE: Our counter-proposal for the patient monitor replacement",
    "body": """Dear Henrik,

Thank you for the quick reply and for accepting the five-year service terms.
We can accept your revised unit price of JPY 1,460,000. As agreed, please treat the
price terms as confidential under the non-disclosure agreement we signed in July.

Could you send the final contract for signature by 14 November? We will arrange
the signing with our President the following week.

Best regards,
Makoto Tojo
Hinode Memorial Hospital

On Thu, 16 Oct 2025 at 09:41, Henrik Lindqvist <henrik.lindqvist@nordhav-medical.com> wrote:
> Dear Mr. Tojo,
>
> We accept the service terms in section 2 of your counter-proposal. On the unit price,
> the best we can offer is JPY 1,460,000 per unit, including the trade-in as proposed.
>
> Kind regards,
> Henrik Lindqvist
> Regional Sales Director APAC, Nordhav Medical AB
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply that mentions confidentiality under an NDA in passing; no marking, no personal data",
},
]

# A JIS mailer writes 〜 and − for the Windows ～ and － it cannot put in ISO-2022-JP.
_JIS = str.maketrans({"\uff5e": "\u301c", "\uff0d": "\u2212"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS)
