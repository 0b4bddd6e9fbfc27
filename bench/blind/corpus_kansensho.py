"""Blind corpus — area: kansensho (感染症対策・保健所連携).

Mail of 日の出産業's 総務部 安全衛生課, 人事部 労務課 / 健康管理室, the factories
(相模原工場・北九州工場) and the company's care homes (ひので苑・ひので苑みなみ) during
outbreaks: lists of cases and close contacts, reports to the public health centre (保健所),
disinfection / cleaning contractors, employees' absences, 労災・傷病手当金, workplace
vaccination, notices to partners, tenants and residents' families.
Every person, number and address is invented; My Numbers and card numbers come from
build.my_number / build.card_number with distinct offsets from SEED.
"""

from build import card_number, my_number

SEED = 46201


def _fw(s: str) -> str:
    """ASCII digits and hyphens to full width, as people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def _corp(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


# -- senders' signatures (their own contacts: not labelled) -------------------------------

SIG_TORII = """
--
日の出産業株式会社 相模原工場 総務課
鳥居 健吾 Kengo Torii
〒252-0216 神奈川県相模原市中央区清新8-14-2
TEL 042-770-5521 / FAX 042-770-5530
torii.kengo@hinode-sangyo.co.jp
"""

SIG_YUZUKI = """
*************************************
日の出産業株式会社
人事部 健康管理室 保健師
柚木 奈緒（ゆずき なお）
〒220-8131 横浜市西区みなとみらい2-9-1 日の出ビル13F
TEL:045-600-3185（直通）
Mail:yuzuki.nao@hinode-sangyo.co.jp
*************************************
"""

SIG_MURASE = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 安全衛生課
村瀬 千晴
〒220-8131 神奈川県横浜市西区みなとみらい2-9-1 日の出ビル13F
TEL 045-600-3172 / FAX 045-600-3199
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_OTSUKI = """
------------------------------------------
日の出産業株式会社 人事部 労務課 課長代理
大槻 航平 (Kohei Otsuki)
TEL: 045-600-3160  FAX: 045-600-3169
E-mail: otsuki.kohei@hinode-sangyo.co.jp
------------------------------------------
"""

SIG_HORI = """
――――――――――――――――
社会福祉事業部
特別養護老人ホーム ひので苑
施設長 堀之内 美佐子
〒359-1143 埼玉県所沢市宮本町3-18-6
TEL 04-2929-7710 FAX 04-2929-7719
――――――――――――――――
"""

SIG_ETO = """
====================================
介護老人保健施設 ひので苑みなみ（日の出産業株式会社）
支援相談員 江藤 聡
〒290-0062 千葉県市原市八幡1120-4
TEL 0436-40-8811 / FAX 0436-40-8812
====================================
"""

SIG_SAOTOME = """
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
 日の出産業株式会社 北九州工場
 総務グループ 早乙女 あかり
 〒808-0021 福岡県北九州市若松区響町5-2-10
 TEL 093-771-3360（代） FAX 093-771-3369
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
"""

SIG_SHIMADA = """
日の出産業株式会社
総務部長 嶋田 達也
TEL 045-600-3100（代表）
"""

SIG_RACHEL = """
Best regards,

Rachel Ito
Global HR / Health & Safety
Hinode Sangyo Co., Ltd.
13F Hinode Bldg., 2-9-1 Minatomirai, Nishi-ku, Yokohama 220-8131, Japan
Tel +81-45-600-3190
"""

DISC_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
本メールを誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールを削除していただきますようお願い申し上げます。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised use, disclosure or copying is prohibited.
"""

HC_SAGAMIHARA = "相模原市保健所 感染症対策課 <kansen@hokenjo.sagamihara-city.lg.jp>"
HC_WAKAMATSU = "若松区保健福祉センター 感染症係 <kansensho@wakamatsu-hc.kitakyushu-city.lg.jp>"
HC_SAYAMA = "狭山保健所 保健予防推進担当 <sayama-hoken@pref-saitama-hc.lg.jp>"
HC_ICHIHARA = "市原保健所 疾病対策課 <shippei@ichihara-hc.pref-chiba.lg.jp>"
HC_YOKOHAMA = "西福祉保健センター 感染症・予防接種担当 <nishi-kansen@yokohama-city-hc.lg.jp>"

MESSAGES: list[dict] = []

MESSAGES += [
    {
        "id": "kansensho-001",
        "charset": "iso-2022-jp",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": [HC_SAGAMIHARA],
        "cc": ["村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>"],
        "subject": "【相模原工場】陽性者および濃厚接触者（候補）のご報告",
        "body": """相模原市保健所 感染症対策課
ご担当者様

いつもお世話になっております。
日の出産業株式会社 相模原工場 総務課の鳥居でございます。

本日午前にお電話でご報告いたしました、当工場の新型コロナウイルス感染症
陽性者および濃厚接触者（候補）について、一覧をお送りいたします。
いずれも10月7日（月）まで第3棟の組立ラインで勤務しておりました。

No 氏名        フリガナ          所属      携帯電話       最終出勤 区分        発症日
-- ----------- ----------------- --------- -------------- -------- ----------- ------
 1 保坂 隆之   ホサカ タカユキ   製造2課   090-3318-2741  10/07    陽性        10/08
 2 百目鬼 亮   ドウメキ リョウ   製造2課   080-6621-0957  10/07    陽性        10/09
 3 東海林 美咲 ショウジ ミサキ   品質管理  070-2284-6613  10/07    濃厚接触者  -
 4 猪狩 大地   イカリ ダイチ     製造2課   090-5170-3348  10/06    濃厚接触者  -
 5 瓜生 恵     ウリュウ メグミ   製造2課   080-1942-7706  10/07    濃厚接触者  10/10(発熱)
 6 栗栖 翔太   クリス ショウタ   設備保全  090-8803-1125  10/05    濃厚接触者  -
 7 日下部 忍   クサカベ シノブ   製造2課   070-4456-2290  10/07    濃厚接触者  -

・1、2の2名は医療機関で抗原検査陽性と診断され、自宅療養中です。
・3〜7の5名は10/8より自宅待機とし、当社保健師が健康観察を行っております。
・5の瓜生は10/10朝に37.9℃の発熱があり、本日受診予定です。

第3棟は10/9に専門業者による消毒を実施済みです。
追加で必要な情報がございましたらご指示ください。

何卒よろしくお願い申し上げます。
""" + SIG_TORII,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "seven employees with mobile numbers and positive/close-contact status, padded table in the body to the health centre",
    },
    {
        "id": "kansensho-002",
        "charset": "utf-8",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["安全衛生委員会 <anzen-eisei-iinkai@hinode-sangyo.co.jp>"],
        "cc": ["嶋田 達也 <shimada.tatsuya@hinode-sangyo.co.jp>",
               "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>"],
        "subject": "10月度 感染症発生状況（個人別）— 委員会資料",
        "body": """安全衛生委員会の皆さま

健康管理室の柚木です。
10/24の委員会で使う感染症発生状況の個人別一覧を添付します。
今回は相模原工場のクラスターがあったため、相模原分はシートを分けています。

個人情報を含みますので、委員会終了後は各自のPCから削除してください。
印刷は不要です（当日はスクリーンに投影します）。
""" + SIG_YUZUKI,
        "attachments": [{
            "kind": "xlsx",
            "name": "感染症発生状況_2024年10月_個人別.xlsx",
            "sheets": {
                "全社": [
                    ["2024年10月 感染症発生状況（個人別）", "", "", "", "", "", ""],
                    ["事業所", "氏名", "生年月日", "住所", "電話", "病名", "療養期間"],
                    ["本社", "御手洗 彩", "1988/05/14", "横浜市港北区日吉本町4-21-3", "090-2231-8874", "インフルエンザA", "10/02-10/06"],
                    ["北九州工場", "仲宗根 剛", "1979/11/30", "北九州市若松区東二島3-7-12", "080-5532-1190", "COVID-19", "10/11-10/17"],
                    ["ひので苑", "鰐淵 佳代", "1992/02/08", "所沢市北野2-11-5-203", "070-3346-9021", "ノロウイルス感染症", "10/15-10/17"],
                ],
                "相模原工場": [
                    ["相模原工場 第3棟クラスター", "", "", "", "", "", ""],
                    ["No", "氏名", "生年月日", "住所", "電話", "区分", "療養／待機"],
                    [1, "保坂 隆之", "1985/03/09", "相模原市中央区上溝7-2-18", "090-3318-2741", "陽性", "10/08-10/14"],
                    [2, "百目鬼 亮", "1996/07/21", "相模原市南区相南1-5-6-402", "080-6621-0957", "陽性", "10/09-10/15"],
                    [3, "瓜生 恵", "1990/12/01", "座間市相模が丘5-33-9", "080-1942-7706", "陽性（10/10判明）", "10/10-10/16"],
                    [4, "東海林 美咲", "1998/04/17", "相模原市中央区淵野辺3-16-1", "070-2284-6613", "濃厚接触者", "10/08-10/12"],
                    [5, "猪狩 大地", "1983/09/25", "町田市小山町2218-4", "090-5170-3348", "濃厚接触者", "10/08-10/12"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "full case list with diagnoses, but every recipient is internal",
    },
    {
        "id": "kansensho-003",
        "charset": "cp932",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["桑原社会保険労務士事務所 桑原様 <kuwabara@sr-kuwabara.jp>"],
        "subject": "労災（業務上感染）請求の件　被災者情報",
        "body": f"""桑原先生

いつも大変お世話になっております。日の出産業の大槻です。
先日お電話でご相談した、ひので苑の介護職員の業務上感染の件です。
様式第5号（療養補償給付）と休業補償給付の作成をお願いしたく、
被災者の情報をお送りします。

■被災労働者
　氏名　　　：漆原 さやか（ウルシバラ サヤカ）
　生年月日　：昭和６１年２月１７日
　住所　　　：〒359-1111 埼玉県所沢市緑町2-7-15 グリーンハイツ102
　個人番号　：{_mn(1)}
　職種　　　：介護職員（ユニットリーダー）
■傷病の状況
　傷病名　　：新型コロナウイルス感染症（肺炎あり）
　発症日　　：10月3日
　経過　　　：10/5 所沢中央病院に入院、10/16 退院。現在自宅療養中
　感染経路　：9/30～10/2 陽性入所者2名の介助に従事（施設内クラスター）

診断書の写しは本日郵送いたしました。
不足の書類がありましたらお知らせください。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a care worker's My Number, address and COVID pneumonia hospitalisation sent to an outside labour consultant",
    },
    {
        "id": "kansensho-004",
        "charset": "utf-8",
        "sender": "ひので苑 施設長 堀之内 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": ["koyanagi.family@gmail.com", "s-tachibana1955@yahoo.co.jp",
               "mamoru.higa@docomo.ne.jp", "yumi_sakon@icloud.com",
               "hasumi-k@outlook.jp"],
        "subject": "【ひので苑】面会の一時中止について（ご家族様へ）",
        "body": """ご家族の皆さまへ

平素より、ひので苑の運営にご理解とご協力を賜り、誠にありがとうございます。

このたび、当施設2階ユニットにおいて新型コロナウイルス感染症の陽性者が
確認されました。保健所の指導のもと、以下のとおり対応いたします。

　1. 対面での面会を当面の間中止いたします（10月12日から）
　2. オンライン面会（タブレット）は継続いたします。ご予約は事務所まで
　3. 洗濯物・差し入れのお受け取りは、玄関横の受付ボックスにて承ります

ご入居者さまの体調に変化があった場合は、担当職員より個別にご連絡いたします。
ご心配をおかけいたしますが、何卒ご理解くださいますようお願い申し上げます。
""" + SIG_HORI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five residents' families on private addresses all in To: they see each other, should have been Bcc",
    },
    {
        "id": "kansensho-005",
        "charset": "iso-2022-jp",
        "sender": "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>",
        "to": [HC_WAKAMATSU],
        "subject": "北九州工場 発生状況のご報告（10/18時点）",
        "body": """若松区保健福祉センター
感染症係 ご担当者様

お世話になっております。日の出産業 北九州工場の早乙女です。
ご依頼いただいておりました発生状況を、10/18 17時時点でご報告いたします。

　陽性者　　　　　：累計 3名（うち本日新規 0名）
　濃厚接触者　　　：14名（全員 自宅待機中、有症状者なし）
　入院者　　　　　：なし
　職場内消毒　　　：10/15 実施済み（事務棟2F・食堂）
　食堂の運用　　　：10/16より黙食・パーテーション設置、席数を半分に

新たな陽性者が判明した場合は、速やかにご連絡いたします。
引き続きよろしくお願いいたします。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate counts only, no one identifiable: ordinary report to the health centre",
    },
    {
        "id": "kansensho-006",
        "charset": "cp932",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": [HC_SAGAMIHARA],
        "cc": ["鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>"],
        "subject": "Re: 接触者リストのご提出について（日の出産業 相模原工場）",
        "body": """相模原市保健所
感染症対策課　小野寺様

お世話になっております。
日の出産業 健康管理室の柚木でございます。

お電話でご指示いただいた様式に合わせ、陽性者・濃厚接触者の一覧と
健康観察記録をExcelでお送りいたします。
シート「陽性者」「濃厚接触者」「健康観察」の3つに分けております。

濃厚接触者は、10/3以降に陽性者と15分以上同じ休憩室を利用した者も
含めて広めに抽出しております。
""" + SIG_YUZUKI,
        "attachments": [{
            "kind": "xlsx",
            "name": "接触者リスト_相模原工場_1012.xlsx",
            "title": "接触者リスト 相模原工場",
            "sheets": {
                "陽性者": [
                    ["日の出産業株式会社 相模原工場　陽性者一覧（10/12時点）"],
                    [],
                    ["No", "氏名", "フリガナ", "性別", "生年月日", "住所", "電話", "発症日", "検査日", "検査結果"],
                    [1, "保坂 隆之", "ホサカ タカユキ", "男", "S60.3.9", "神奈川県相模原市中央区上溝7-2-18", "090-3318-2741", "10/8", "10/8", "抗原陽性"],
                    [2, "百目鬼 亮", "ドウメキ リョウ", "男", "H8.7.21", "神奈川県相模原市南区相南1-5-6-402", "080-6621-0957", "10/9", "10/9", "PCR陽性"],
                    [3, "瓜生 恵", "ウリュウ メグミ", "女", "H2.12.1", "神奈川県座間市相模が丘5-33-9", "080-1942-7706", "10/10", "10/10", "抗原陽性"],
                ],
                "濃厚接触者": [
                    ["濃厚接触者一覧（10/12時点）"],
                    [],
                    ["No", "氏名", "フリガナ", "性別", "生年月日", "住所", "電話", "最終接触日", "接触状況"],
                    [1, "東海林 美咲", "ショウジ ミサキ", "女", "H10.4.17", "神奈川県相模原市中央区淵野辺3-16-1", "070-2284-6613", "10/7", "同一ライン"],
                    [2, "猪狩 大地", "イカリ ダイチ", "男", "S58.9.25", "東京都町田市小山町2218-4", "090-5170-3348", "10/6", "同一ライン"],
                    [3, "栗栖 翔太", "クリス ショウタ", "男", "H5.1.30", "神奈川県相模原市緑区橋本6-2-40", "090-8803-1125", "10/5", "休憩室"],
                    [4, "日下部 忍", "クサカベ シノブ", "女", "S54.6.6", "神奈川県相模原市中央区矢部2-9-3", "070-4456-2290", "10/7", "同一ライン"],
                    [5, "帯刀 慎也", "タテワキ シンヤ", "男", "H12.8.14", "神奈川県大和市中央林間4-5-22", "080-7719-3304", "10/7", "送迎車同乗"],
                    [6, "雲雀 由紀子", "ヒバリ ユキコ", "女", "S49.10.3", "神奈川県相模原市南区古淵1-20-8", "090-6612-4470", "10/4", "休憩室"],
                ],
                "健康観察": [
                    ["氏名", "10/8", "10/9", "10/10", "10/11", "10/12"],
                    ["東海林 美咲", "36.4", "36.5", "36.3", "36.6", "36.4"],
                    ["猪狩 大地", "36.8", "37.1", "36.9", "36.7", "36.6"],
                    ["栗栖 翔太", "36.2", "36.4", "36.3", "36.3", "36.5"],
                    ["日下部 忍", "36.5", "36.6", "37.4 咽頭痛", "37.2", "36.9"],
                    ["帯刀 慎也", "36.6", "36.5", "36.6", "36.4", "36.5"],
                    ["雲雀 由紀子", "36.3", "36.3", "36.4", "36.2", "36.4"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX of three positives and six close contacts with 和暦 birth dates, addresses, phones, test results and temperatures",
    },
    {
        "id": "kansensho-007",
        "charset": "iso-2022-jp",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 相模営業所 配車係 <haisha-sagami@aoba-uny.co.jp>"],
        "subject": "相模原工場　構内立入制限と出荷バース変更のお願い",
        "body": """青葉運輸株式会社 相模営業所
配車ご担当者様

いつもお世話になっております。日の出産業 相模原工場の鳥居です。

第3棟で感染者が出たため、10/9〜10/16の間、構内の立入を一部制限いたします。
期間中は下記のとおりお願いいたします。

　・出荷は第1棟北側のバース（B-2）に変更
　・ドライバーの方は守衛所で検温・手指消毒のうえ、車両から降りずにお待ちください
　・伝票の受け渡しは守衛所窓口で行います
　・第3棟周辺（東側通路）への立入はご遠慮ください

ご不便をおかけしますが、よろしくお願いいたします。
""" + SIG_TORII,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner aoba-unyu.co.jp mistyped as aoba-uny.co.jp (letter dropped)",
    },
    {
        "id": "kansensho-008",
        "charset": "utf-8",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["クリーンメイト株式会社 営業部 竹之内様 <takenouchi@cleanmate.co.jp>"],
        "subject": "本社13F 消毒作業のご依頼（10/19土）",
        "body": """クリーンメイト株式会社
営業部 竹之内様

いつもお世話になっております。日の出産業 総務部の村瀬です。
先ほどはお電話ありがとうございました。
本社13Fで体調不良者が出たため、下記のとおり消毒作業をお願いいたします。

【日時】10月19日（土）9:00～12:00
【場所】横浜市西区みなとみらい2-9-1 日の出ビル13F
【範囲】
　・執務エリア東側（座席 E-01～E-24）の机上・椅子・パーテーション
　・会議室1301、1302
　・給湯室、13F男女トイレ
　・エレベーターホールのボタン・ドアノブ類
【立会い】総務部 小松 美緒（当日連絡先 080-4127-6635）
【入館】1F防災センターで「日の出産業 消毒作業」とお伝えください

お見積りは前回（9月）と同条件で問題ございません。
よろしくお願いいたします。
""" + SIG_MURASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "work order with one colleague's mobile as on-site contact; no one's illness named",
    },
    {
        "id": "kansensho-009",
        "charset": "utf-8",
        "sender": "江藤 聡 <eto.satoshi@care.hinode-sangyo.co.jp>",
        "to": [HC_ICHIHARA],
        "subject": "【ひので苑みなみ】感染性胃腸炎 有症者一覧（第2報）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>市原保健所 疾病対策課<br>ご担当者様</p>
<p>いつもお世話になっております。介護老人保健施設 ひので苑みなみの江藤でございます。<br>
第1報でお伝えした感染性胃腸炎について、10月21日18時時点の有症者一覧をお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>区分</th><th>居室</th><th>氏名</th><th>年齢</th><th>性別</th><th>要介護度</th><th>発症日</th><th>症状</th><th>検査</th></tr>
<tr><td>入所者</td><td>201</td><td>芦田 キヨ</td><td>91</td><td>女</td><td>要介護4</td><td>10/18</td><td>嘔吐・下痢</td><td>ノロ迅速 陽性</td></tr>
<tr><td>入所者</td><td>203</td><td>檜山 正一</td><td>86</td><td>男</td><td>要介護3</td><td>10/19</td><td>下痢・発熱37.8</td><td>ノロ迅速 陽性</td></tr>
<tr><td>入所者</td><td>205</td><td>釘宮 ハル</td><td>94</td><td>女</td><td>要介護5</td><td>10/19</td><td>嘔吐</td><td>未実施</td></tr>
<tr><td>入所者</td><td>206</td><td>左近 富美子</td><td>88</td><td>女</td><td>要介護3</td><td>10/20</td><td>下痢</td><td>ノロ迅速 陽性</td></tr>
<tr><td>入所者</td><td>210</td><td>菅生 勝</td><td>79</td><td>男</td><td>要介護2（認知症）</td><td>10/20</td><td>嘔吐・下痢</td><td>未実施</td></tr>
<tr><td>入所者</td><td>212</td><td>城間 トシ</td><td>97</td><td>女</td><td>要介護4</td><td>10/21</td><td>下痢</td><td>結果待ち</td></tr>
<tr><td>職員</td><td>-</td><td>蓮見 和也</td><td>34</td><td>男</td><td>-</td><td>10/20</td><td>嘔吐・腹痛</td><td>医療機関にて陽性</td></tr>
<tr><td>職員</td><td>-</td><td>薬師寺 紗英</td><td>27</td><td>女</td><td>-</td><td>10/21</td><td>下痢</td><td>未実施</td></tr>
</table>
<p>2階フロアは10/19より入所者の居室内対応とし、食事も居室配膳に切り替えております。<br>
職員2名は症状消失後48時間まで就業停止としております。</p>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>====================================<br>
介護老人保健施設 ひので苑みなみ（日の出産業株式会社）<br>支援相談員 江藤 聡<br>
〒290-0062 千葉県市原市八幡1120-4<br>TEL 0436-40-8811 / FAX 0436-40-8812</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of eight residents/staff with symptoms, norovirus results and care levels to the health centre",
    },
    {
        "id": "kansensho-010",
        "charset": "iso-2022-jp",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["相模原市保健所 小野寺様 <onodera.k@hokenjo.sagamihara-city.lg.jp>"],
        "subject": "【送付】接触者リスト（パスワード付）",
        "body": """相模原市保健所
小野寺様

お世話になっております。日の出産業 相模原工場の鳥居です。
追加でご依頼のありました、第1棟の接触者リストを送付いたします。
社内規程によりパスワード付きZIPとしております。
パスワードは別メールにてお送りいたします。

よろしくお願いいたします。
""" + SIG_TORII,
        "attachments": [{
            "kind": "zip",
            "name": "setsshokusha_list_1014.zip",
            "password": "Hs#2024kz",
            "files": [{
                "kind": "xlsx",
                "name": "接触者リスト_第1棟_1014.xlsx",
                "sheets": {"接触者": [
                    ["氏名", "フリガナ", "電話", "最終接触日"],
                    ["鬼頭 拓真", "キトウ タクマ", "090-1184-5527", "10/11"],
                    ["源 麻衣", "ミナモト マイ", "080-3390-7712", "10/11"],
                    ["比嘉 悠斗", "ヒガ ユウト", "070-8821-4406", "10/10"],
                    ["芹沢 遥", "セリザワ ハルカ", "090-2275-6139", "10/11"],
                    ["勅使河原 誠", "テシガワラ マコト", "080-5518-0093", "10/9"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an outside recipient: contents cannot be inspected",
    },
    {
        "id": "kansensho-011",
        "charset": "iso-2022-jp",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["相模原市保健所 小野寺様 <onodera.k@hokenjo.sagamihara-city.lg.jp>"],
        "subject": "【パスワード】接触者リスト（パスワード付）",
        "body": """小野寺様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　ファイル名：setsshokusha_list_1014.zip
　パスワード：Hs#2024kz

よろしくお願いいたします。

日の出産業 相模原工場 総務課 鳥居
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    {
        "id": "kansensho-012",
        "charset": "cp932",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["クリーンメイト 竹之内様 <takenouchi@cleanmate.co.jp>"],
        "subject": "RE: 本社13F 消毒作業のご依頼（10/19土）",
        "body": """竹之内様

お世話になっております。村瀬です。
作業チームの方から重点箇所のご質問をいただいたので補足いたします。

実は今回陽性となったのは経理部の佐久間 理沙さんで、10/16に発熱、
10/17にPCR陽性の連絡がありました。
佐久間さんの席（E-07、窓側から3列目）と、よく使っていた複合機（13F東）、
経理部のキャビネット周りを特に念入りにお願いできますでしょうか。

作業員の皆さまには念のためマスク・手袋の着用をお願いいたします。

> 重点的に消毒すべき席や機器があれば事前にお知らせください。
> 作業員に共有いたします。
> クリーンメイト 竹之内
""" + SIG_MURASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names the employee who tested positive (PCR result, fever) to the cleaning contractor",
    },
    {
        "id": "kansensho-013",
        "charset": "utf-8",
        "sender": "堀之内 美佐子 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": [HC_SAYAMA],
        "subject": "当社運営の介護施設一覧（連絡先）の送付",
        "body": """狭山保健所
保健予防推進担当 ご担当者様

お世話になっております。ひので苑の堀之内でございます。
先日の施設長会議でご依頼いただいた、当社（日の出産業）が埼玉県内で運営する
介護施設の一覧と夜間連絡先をお送りいたします。

施設名                      所在地                              代表電話       定員
--------------------------  ----------------------------------  -------------  ----
特別養護老人ホーム ひので苑  所沢市宮本町3-18-6                  04-2929-7710   80
ひので苑 デイサービス        所沢市宮本町3-18-8                  04-2929-7715   35
グループホーム ひので苑北野  所沢市北野新町1-2-30                04-2947-3301   18
ショートステイ ひので苑入間  入間市扇台4-6-12                    04-2960-5580   20

夜間・休日は各施設の代表電話が宿直室に転送されます。
施設単位の感染症担当窓口は、いずれもひので苑 事務所（04-2929-7710）で承ります。
""" + SIG_HORI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's facilities with switchboard numbers: businesses, not people",
    },
    {
        "id": "kansensho-014",
        "charset": "cp932",
        "sender": "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>",
        "to": ["若松区保健福祉センター 今給黎様 <imakiire@wakamatsu-hc.kitakyushu-city.lg.jp>"],
        "subject": "濃厚接触者連絡先一覧（北九州工場）",
        "body": """今給黎様

お世話になっております。日の出産業 北九州工場の早乙女です。
本日ご依頼のありました濃厚接触者の連絡先をCSVで添付いたします。
保健所様から直接ご連絡いただく際にお使いください。

よろしくお願いいたします。
""" + SIG_SAOTOME,
        "attachments": [{
            "kind": "csv",
            "name": "noukou_sesshokusha_kitakyushu.csv",
            "encoding": "cp932",
            "rows": [
                ["氏名", "ふりがな", "携帯電話", "住所", "最終接触日", "接触場所"],
                ["仲間 拓", "なかま たく", "090-9182-3307", "福岡県北九州市若松区高須南2-4-11", "2024/10/10", "事務棟2F"],
                ["與那覇 直美", "よなは なおみ", "080-2741-5516", "福岡県北九州市八幡西区折尾3-8-21-305", "2024/10/10", "事務棟2F"],
                ["大神 竜二", "おおが りゅうじ", "090-4408-1962", "福岡県遠賀郡水巻町頃末北1-12-4", "2024/10/09", "食堂"],
                ["末次 かおり", "すえつぐ かおり", "070-6635-2284", "福岡県北九州市若松区用勺町6-3", "2024/10/10", "事務棟2F"],
                ["香月 大輔", "かつき だいすけ", "080-9913-0471", "福岡県中間市東中間2-15-9", "2024/10/08", "社用車"],
                ["牟田口 進", "むたぐち すすむ", "090-3356-8820", "福岡県北九州市戸畑区中原西1-7-2", "2024/10/10", "会議室B"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) of six close contacts with home addresses and mobiles to the health centre",
    },
    {
        "id": "kansensho-015",
        "charset": "utf-8",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["サニタ衛生 営業課 蔵前様 <kuramae@sanita-eisei.jp>"],
        "subject": "感染症BCP（消毒業務部分）のご確認のお願い",
        "body": """サニタ衛生株式会社
営業課 蔵前様

お世話になっております。日の出産業 総務部の村瀬です。
来期の消毒業務の年間契約に向け、当社の感染症BCPのうち、
消毒・清掃に関わる部分を抜粋してお送りします。
緊急時の出動要請の流れ（第4章）について、御社の体制で対応可能か
ご確認いただけますと幸いです。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "docx",
            "name": "感染症BCP_消毒業務抜粋_v3.docx",
            "title": "感染症事業継続計画（抜粋）",
            "page_header": "社外秘　日の出産業株式会社",
            "page_footer": "本書の無断複製・転載を禁ず",
            "paragraphs": [
                "感染症事業継続計画（BCP）— 消毒・清掃業務 抜粋",
                "第4章 発生時の初動対応",
                "4.1 陽性者が判明した場合、総務部安全衛生課は2時間以内に消毒業者へ出動を要請する。",
                "4.2 消毒範囲は陽性者の執務席を中心に半径2m、共用部（トイレ・給湯室・会議室）とする。",
                "4.3 工場においては、製造ラインの停止判断を工場長が行い、再稼働は消毒完了報告をもって判断する。",
                "4.4 介護施設においては、施設長が保健所と協議のうえゾーニングを決定する。",
                "第5章 業者との連絡体制",
                "5.1 夜間・休日の要請は総務部当番携帯から行う。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached BCP carries a 社外秘 header stamp and goes to a contractor",
    },
    {
        "id": "kansensho-016",
        "charset": "iso-2022-jp",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["相模原市保健所 小野寺様 <onodera.k@hokenjo.sagamihara-city.lg.jp>"],
        "subject": "Re: 健康観察対象者の追加について",
        "body": """小野寺様

お世話になっております。日の出産業 健康管理室の柚木です。
ご連絡ありがとうございます。承知いたしました。
下記の4名につきましても、本日から10/18まで健康観察を開始いたします。
結果は毎日17時までに、これまでと同じ様式でお送りします。

引き続きよろしくお願いいたします。

柚木

> 日の出産業株式会社 健康管理室 柚木様
>
> お世話になっております。相模原市保健所の小野寺です。
> 陽性者の行動歴を確認したところ、以下の方々も健康観察の対象となります。
>
> 　芹沢 遥　　（090-2275-6139）　10/11 昼食同席
> 　源 麻衣　　（080-3390-7712）　10/11 昼食同席
> 　比嘉 悠斗　（070-8821-4406）　10/10 送迎車同乗
> 　鬼頭 拓真　（090-1184-5527）　10/11 会議同席
>
> お手数ですがご対応をお願いいたします。
> 相模原市保健所 感染症対策課 小野寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the only list is quoted from the health centre's own mail; the new text adds nothing personal",
    },
    {
        "id": "kansensho-017",
        "charset": "utf-8",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
        "subject": "傷病手当金 請求（2件）の事業主記入欄について",
        "body": """関東機械工業健康保険組合
給付課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部 労務課の大槻でございます。

標記の件、被保険者2名分の傷病手当金支給申請にあたり、
事業主記入欄の内容と被保険者情報を添付のとおりまとめました。
申請書原本は本日簡易書留で発送しております。
記入内容に不備がございましたらご指摘ください。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "docx",
            "name": "傷病手当金_添付情報_10月.docx",
            "paragraphs": [
                "傷病手当金支給申請 添付情報（事業主：日の出産業株式会社）",
                "事業所記号 12-ﾋﾉ  ／  提出日 2024年10月25日",
            ],
            "tables": [[
                ["被保険者氏名", "記号・番号", "個人番号", "生年月日", "傷病名", "療養期間", "賃金支払"],
                ["漆原 さやか", f"記号 4127 番号 83", _mn(2), "昭和61年2月17日", "新型コロナウイルス感染症（肺炎）", "10/3～10/24", "なし"],
                ["鰐淵 佳代", f"記号 4127 番号 209", _mn(3), "平成4年2月8日", "ノロウイルス感染症", "10/15～10/20", "10/15のみ有給"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_MY_NUMBER", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX with two insured persons' 記号・番号, My Numbers and diagnoses to the health insurance society",
    },
    {
        "id": "kansensho-018",
        "charset": "cp932",
        "sender": "堀之内 美佐子 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": [HC_SAYAMA],
        "cc": ["所沢市 高齢者支援課 <koureisha-shien@city-tokorozawa.lg.jp>"],
        "subject": "社会福祉施設等における感染症等発生時に係る報告（ひので苑）",
        "body": """狭山保健所 保健予防推進担当 御中
所沢市 高齢者支援課 御中

いつもお世話になっております。特別養護老人ホーム ひので苑の堀之内です。
「社会福祉施設等における感染症等発生時に係る報告について」に基づき、
報告書（PDF）をお送りいたします。
同一の感染症による患者が10名以上となりましたので、ご報告いたします。
""" + SIG_HORI,
        "attachments": [{
            "kind": "pdf",
            "name": "感染症等発生報告書_ひので苑_20241014.pdf",
            "title": "感染症等発生報告書",
            "lines": [
                "社会福祉施設等における感染症等発生報告書",
                "施設名：特別養護老人ホーム ひので苑　　報告日：令和6年10月14日",
                "感染症名：新型コロナウイルス感染症　　初発日：令和6年10月6日",
                "患者数：入所者8名　職員3名（計11名）　うち入院1名",
                "",
                "【患者一覧】",
            ],
            "table": [
                ["No", "区分", "氏名", "生年月日", "居室", "発症日", "症状", "状況"],
                ["1", "入所者", "五十嵐 ツネ", "T15.4.2", "2-01", "10/6", "発熱38.4 咳", "入院（所沢中央病院）"],
                ["2", "入所者", "小鳥遊 茂", "S5.11.20", "2-03", "10/7", "発熱37.9", "施設内療養"],
                ["3", "入所者", "勝又 スミ子", "S8.2.14", "2-04", "10/7", "咽頭痛", "施設内療養"],
                ["4", "入所者", "宍戸 源治", "S11.7.7", "2-06", "10/8", "発熱38.1", "施設内療養"],
                ["5", "入所者", "風間 キミ", "S3.9.30", "2-08", "10/9", "倦怠感 食欲低下", "施設内療養"],
                ["6", "入所者", "轟 ヨシノ", "S9.12.24", "2-09", "10/9", "発熱37.6", "施設内療養"],
                ["7", "入所者", "乙部 寛", "S13.5.5", "2-11", "10/10", "咳", "施設内療養"],
                ["8", "入所者", "門脇 ハツ", "S6.1.18", "2-12", "10/11", "発熱38.0", "施設内療養"],
                ["9", "職員", "漆原 さやか", "S61.2.17", "-", "10/3", "発熱 咳", "自宅療養"],
                ["10", "職員", "三ツ矢 健", "H3.8.9", "-", "10/8", "咽頭痛", "自宅療養"],
                ["11", "職員", "堤 千里", "S57.3.26", "-", "10/10", "発熱37.7", "自宅療養"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "PDF outbreak report listing eleven residents/staff with birth dates, symptoms and hospitalisation, to health centre and city",
    },
    {
        "id": "kansensho-019",
        "charset": "iso-2022-jp",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": [HC_SAGAMIHARA],
        "cc": ["クリーンメイト 竹之内様 <takenouchi@cleanmate.co.jp>"],
        "subject": "第3棟 消毒完了確認の立会い日程について",
        "body": """相模原市保健所 感染症対策課 ご担当者様
（cc：クリーンメイト株式会社 竹之内様）

お世話になっております。日の出産業 相模原工場の鳥居です。

第3棟の消毒完了確認について、保健所様のご都合に合わせて
消毒業者（クリーンメイト様）にも立ち会っていただく予定です。
以下の候補日からご都合のよい日時をお知らせいただけますでしょうか。

　① 10月17日（木）14:00～
　② 10月18日（金）10:00～
　③ 10月18日（金）15:00～

場所：相模原工場 第3棟 1F 入口（守衛所でお名前をお伝えください）

よろしくお願いいたします。
""" + SIG_TORII,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "scheduling mail to two external organisations (health centre and contractor): normal three-way mail",
    },
    {
        "id": "kansensho-020",
        "charset": "utf-8",
        "sender": "Rachel Ito <rachel.ito@hinode-sangyo.co.jp>",
        "to": ["Tan Wei Ling <weiling.tan@lionprecision.com.sg>"],
        "subject": "Notification: COVID-19 case after our engineer's visit to Jurong",
        "body": """Dear Ms Tan,

I am writing on behalf of Hinode Sangyo regarding the service visit to your Jurong
facility from 3 to 5 October.

Our field engineer, Mr Daisuke Kameyama, who carried out the spindle replacement on
Line 4, developed a fever on the evening of 7 October and tested positive for
COVID-19 (PCR) on 8 October. As he has a history of asthma, his doctor has asked him
to stay at home for ten days and he is being followed up by our occupational nurse.

Mr Kameyama mainly worked with two of your maintenance technicians and attended the
handover meeting on 5 October. We would recommend that those colleagues monitor their
health for the next few days.

We apologise for any inconvenience. Please let me know if your site requires any
further information or a formal letter.
""" + SIG_RACHEL + DISC_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail naming one engineer's positive PCR and his asthma to an overseas customer",
    },
    {
        "id": "kansensho-021",
        "charset": "utf-8",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["メディラボ東日本 検体受付 <uketsuke@medilab-east.co.jp>"],
        "subject": "PCR検査 受検者登録（日の出産業 本社分 12名）",
        "body": """株式会社メディラボ東日本
検体受付ご担当者様

お世話になっております。日の出産業 健康管理室の柚木です。
明日10/22回収分の受検者情報をお送りします（タブ区切りです）。
検体容器は12本お受け取り済みです。

No	氏名	フリガナ	性別	生年月日	電話	住所
1	佐久間 理沙	サクマ リサ	女	1991/06/03	090-7725-1184	横浜市神奈川区六角橋3-14-2
2	根岸 由香	ネギシ ユカ	女	1987/01/22	080-3364-9051	横浜市保土ケ谷区岩間町1-8-7
3	薬丸 浩二	ヤクマル コウジ	男	1975/09/11	090-5501-2276	川崎市中原区木月4-22-15
4	栗林 真澄	クリバヤシ マスミ	女	1983/12/05	070-1128-6647	横浜市港南区上大岡西2-5-30
5	城之内 学	ジョウノウチ マナブ	男	1969/04/27	090-8836-1423	横浜市青葉区青葉台1-19-4
6	阿久津 里奈	アクツ リナ	女	1998/08/19	080-6672-3310	横浜市鶴見区豊岡町22-6-501
7	葛城 陸	カツラギ リク	男	2000/03/02	070-4490-5865	横浜市戸塚区戸塚町4102
8	舟橋 美帆	フナハシ ミホ	女	1993/10/14	090-2218-7739	東京都大田区蒲田5-33-12
9	御園 浩之	ミソノ ヒロユキ	男	1980/07/08	080-9940-1652	横浜市港北区菊名6-2-21
10	真栄田 優	マエダ ユウ	女	1995/05/29	070-5523-8804	横浜市西区戸部町3-40-9
11	冨樫 勝也	トガシ カツヤ	男	1972/11/16	090-6647-2081	藤沢市鵠沼橘1-7-3
12	千葉 遼	チバ リョウ	男	1989/02/25	080-1176-4495	横浜市南区弘明寺町128

結果は従来どおり、健康管理室（yuzuki.nao@hinode-sangyo.co.jp）宛にお願いいたします。
""" + SIG_YUZUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated registration of twelve employees (birth dates, phones, addresses) to an outside lab",
    },
    {
        "id": "kansensho-022",
        "charset": "iso-2022-jp",
        "sender": "ひので苑 事務所 <office@care.hinode-sangyo.co.jp>",
        "to": ["koyanagi.family@gmail.com"],
        "subject": "面会再開のお知らせ（ひので苑）",
        "body": """小柳様

いつもお世話になっております。ひので苑 事務所です。
お問い合わせいただいておりました面会について、
保健所との協議の結果、11月1日（金）から対面での面会を再開いたします。

・面会時間：13:30〜15:30（おひとり様15分まで）
・1回につき2名様まで、事前予約制です（事務所 04-2929-7710）
・玄関での検温と手指消毒にご協力ください

お母さまも最近は食堂で体操に参加されています。
ご来苑を心よりお待ちしております。

特別養護老人ホーム ひので苑 事務所
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one family member on gmail, general notice that visits resume; nothing about anyone's health",
    },
    {
        "id": "kansensho-023",
        "charset": "cp932",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": [HC_YOKOHAMA],
        "subject": "FW: 【検査結果】日の出産業様 10/22回収分",
        "body": """西福祉保健センター ご担当者様

お世話になっております。日の出産業 総務部の村瀬でございます。
本社13Fの一斉検査の結果が検査会社から届きましたので、転送いたします。
陽性となった3名はすでに自宅療養を指示しております。

村瀬

-----Original Message-----
From: メディラボ東日本 結果通知 <kekka@medilab-east.co.jp>
Sent: Wednesday, October 23, 2024 4:12 PM
To: yuzuki.nao@hinode-sangyo.co.jp
Subject: 【検査結果】日の出産業様 10/22回収分

日の出産業株式会社 健康管理室 柚木様

10/22回収分のPCR検査結果をお知らせします。

受付番号  氏名          生年月日     結果
--------  ------------  -----------  ------
ML-40211  佐久間 理沙   1991/06/03   陽性
ML-40212  根岸 由香     1987/01/22   陰性
ML-40213  薬丸 浩二     1975/09/11   陽性
ML-40214  栗林 真澄     1983/12/05   陰性
ML-40215  城之内 学     1969/04/27   陰性
ML-40216  阿久津 里奈   1998/08/19   陽性
ML-40217  葛城 陸       2000/03/02   陰性
ML-40218  舟橋 美帆     1993/10/14   陰性
ML-40219  御園 浩之     1980/07/08   陰性

株式会社メディラボ東日本 検査部
""" + SIG_MURASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forward (new to the recipient) of nine employees' PCR results with birth dates",
    },
    {
        "id": "kansensho-024",
        "charset": "iso-2022-jp",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["クリーンメイト 竹之内様 <takenouchi@cleanmate.co.jp>",
               "東和ビルサービス 営業部 <eigyo@towa-bs.co.jp>",
               "サニタ衛生 蔵前様 <kuramae@sanita-eisei.jp>"],
        "subject": "【お見積依頼】2025年度 感染症発生時の緊急消毒業務",
        "body": """各位

いつもお世話になっております。日の出産業株式会社 総務部の村瀬でございます。
2025年度の感染症発生時緊急消毒業務について、お見積りをお願いいたします。

【対象拠点】本社（横浜）、相模原工場、ひので苑（所沢）、ひので苑みなみ（市原）
【内容】陽性者発生時の執務エリア・共用部の消毒（要請から24時間以内の出動）
【提出物】拠点別の単価表、夜間・休日割増、年間契約の場合の条件
【提出期限】11月29日（金）

ご不明点は村瀬までお問い合わせください。
何卒よろしくお願いいたします。
""" + SIG_MURASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing contractors in To can see each other: should have been Bcc",
    },
    {
        "id": "kansensho-025",
        "charset": "utf-8",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["東和ビルサービス 法務担当 葉山様 <hayama@towa-bs.co.jp>"],
        "subject": "秘密保持契約書（案）の送付",
        "body": """東和ビルサービス株式会社
法務ご担当 葉山様

お世話になっております。日の出産業 総務部の村瀬です。
緊急消毒業務の委託に先立ち、秘密保持契約書（案）をお送りします。
作業中に御社スタッフが当社の執務エリアに立ち入るため、
機密保持契約を先に締結させていただく運用としております。

条文について修正のご希望がありましたら、変更履歴付きでご返送ください。
""" + SIG_MURASE + DISC_JA,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書（案）_東和ビルサービス.docx",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と東和ビルサービス株式会社（以下「乙」という。）は、"
                "甲が乙に委託する消毒・清掃業務に関し、以下のとおり秘密保持契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、業務遂行にあたり甲が乙に開示し、または乙が知り得た"
                "甲の技術上・営業上の情報及び甲の従業員等に関する情報をいう。",
                "第2条（秘密保持義務）乙は、秘密情報を第三者に開示・漏えいしてはならない。",
                "第3条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                "第4条（有効期間）本契約の有効期間は締結日から3年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about and draft of an NDA; 機密 only in the disclaimer and the contract wording, no stamp",
    },
]

MESSAGES += [
    {
        "id": "kansensho-026",
        "charset": "iso-2022-jp",
        "sender": "嶋田 達也 <shimada.tatsuya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 新横浜 予約係 <yoyaku-shinyoko@sakura-hotel.jp>"],
        "subject": "宿泊予約（10/24～10/31 シングル3室）とお支払いについて",
        "body": f"""さくらホテル 新横浜
ご予約係 ご担当者様

お世話になっております。日の出産業株式会社 総務部の嶋田でございます。
先ほどお電話でお願いいたしました宿泊について、確認のためお送りいたします。

　チェックイン　：10月24日（木）
　チェックアウト：10月31日（木）
　客室　　　　　：シングル 3室（禁煙・連泊・清掃不要）
　宿泊者　　　　：堤 / 三ツ矢 / 帯刀（いずれも当社社員）

ご家族の療養に伴い自宅での待機が難しい社員のための宿泊です。
お食事はドア前への置き配でお願いできれば幸いです。

お支払いは法人カードでお願いいたします。
　カード番号　：{_card(51)}
　有効期限　　：08/27
　名義　　　　：TATSUYA SHIMADA

領収書の宛名は「日の出産業株式会社」でお願いいたします。
""" + SIG_SHIMADA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "full card number with expiry and holder name in the body to a hotel",
    },
    {
        "id": "kansensho-027",
        "charset": "cp932",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["医療法人社団 健和会 巡回接種係 <junkai@kenwakai-med.or.jp>"],
        "subject": "職域接種（11/9 相模原工場）対象者名簿の送付",
        "body": """医療法人社団 健和会
巡回接種係 ご担当者様

いつもお世話になっております。
日の出産業 健康管理室の柚木です。

11月9日（土）の相模原工場での職域接種（インフルエンザ）について、
対象者名簿を添付いたします。予診の参考として、本人申告の基礎疾患・
アレルギー歴も記載しております。

当日は工場の第2会議室を接種会場としてご用意いたします。
""" + SIG_YUZUKI,
        "attachments": [{
            "kind": "xlsx",
            "name": "職域接種_対象者名簿_相模原_1109.xlsx",
            "sheets": {
                "名簿": [
                    ["職域接種 対象者名簿（相模原工場 11/9 午前の部）"],
                    ["No", "社員番号", "氏名", "フリガナ", "生年月日", "性別", "電話", "基礎疾患", "アレルギー歴"],
                    [1, "S10231", "保坂 隆之", "ホサカ タカユキ", "1985/03/09", "男", "090-3318-2741", "なし", "なし"],
                    [2, "S10877", "百目鬼 亮", "ドウメキ リョウ", "1996/07/21", "男", "080-6621-0957", "なし", "卵"],
                    [3, "S11204", "東海林 美咲", "ショウジ ミサキ", "1998/04/17", "女", "070-2284-6613", "気管支喘息", "なし"],
                    [4, "S09655", "猪狩 大地", "イカリ ダイチ", "1983/09/25", "男", "090-5170-3348", "高血圧", "なし"],
                    [5, "S10512", "瓜生 恵", "ウリュウ メグミ", "1990/12/01", "女", "080-1942-7706", "なし", "なし"],
                    [6, "S11388", "栗栖 翔太", "クリス ショウタ", "1993/01/30", "男", "090-8803-1125", "なし", "ペニシリン"],
                    [7, "S08741", "日下部 忍", "クサカベ シノブ", "1979/06/06", "女", "070-4456-2290", "2型糖尿病", "なし"],
                    [8, "S12006", "帯刀 慎也", "タテワキ シンヤ", "2000/08/14", "男", "080-7719-3304", "なし", "なし"],
                    [9, "S07112", "雲雀 由紀子", "ヒバリ ユキコ", "1974/10/03", "女", "090-6612-4470", "関節リウマチ（服薬中）", "なし"],
                    [10, "S10990", "鬼頭 拓真", "キトウ タクマ", "1994/11/12", "男", "090-1184-5527", "なし", "なし"],
                    [11, "S11671", "源 麻衣", "ミナモト マイ", "1997/05/01", "女", "080-3390-7712", "なし", "そば"],
                    [12, "S09903", "比嘉 悠斗", "ヒガ ユウト", "1988/02/28", "男", "070-8821-4406", "てんかん", "なし"],
                    [13, "S12114", "芹沢 遥", "セリザワ ハルカ", "2001/09/09", "女", "090-2275-6139", "なし", "なし"],
                    [14, "S06458", "勅使河原 誠", "テシガワラ マコト", "1970/12/20", "男", "080-5518-0093", "狭心症", "なし"],
                    [15, "S11902", "左近 由香里", "サコン ユカリ", "1992/07/16", "女", "070-3307-2218", "なし", "なし"],
                ],
                "集計": [
                    ["区分", "人数"],
                    ["午前の部", 15],
                    ["午後の部", 18],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "vaccination roster of fifteen employees with birth dates, phones and chronic illnesses to an outside clinic",
    },
    {
        "id": "kansensho-028",
        "charset": "utf-8",
        "sender": "根岸 由香 <negishi.yuka@hinode-sangyo.co.jp>",
        "to": ["メディラボ東日本 経理課 <keiri@medilab-east.co.jp>"],
        "subject": "ご請求書（No. MLE-2410-0387）の件",
        "body": """株式会社メディラボ東日本
経理課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の根岸でございます。

10月分のPCR検査費用のご請求書（No. MLE-2410-0387、金額 396,000円（税込））を
拝受いたしました。社内の発注記録（発注番号 PO-24-11872）と検体数（12検体 × 2回）が
一致しておりますので、11月末日に指定口座へお振込みいたします。

なお、11月以降はご請求書の宛先を「経理部 支払担当」に変更いただけますでしょうか。
よろしくお願いいたします。

日の出産業株式会社 経理部 根岸 由香
TEL 045-600-3140
""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice and order numbers with the standard confidentiality disclaimer: ordinary business mail",
    },
    {
        "id": "kansensho-029",
        "charset": "cp932",
        "sender": "江藤 聡 <eto.satoshi@care.hinode-sangyo.co.jp>",
        "to": ["北国フーズ 関東営業所 <kanto-eigyo@kitaguni-foodss.co.jp>"],
        "subject": "納品時間変更のお願い（ひので苑みなみ 厨房消毒のため）",
        "body": """北国フーズ株式会社 関東営業所
ご担当者様

いつもお世話になっております。ひので苑みなみの江藤でございます。

施設内で感染性胃腸炎が発生したため、10月23日（水）に厨房の全面消毒を行います。
当日の食材納品は、通常の7:30から14:00以降に変更をお願いできますでしょうか。
納品口は厨房側ではなく、西側の職員通用口にてお受け取りいたします。

また、10/24～10/27は刻み食用の冷凍品を通常の1.5倍量でお願いしたく存じます。
ご確認のほどよろしくお願いいたします。
""" + SIG_ETO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner kitaguni-foods.co.jp misspelt kitaguni-foodss.co.jp (letter added)",
    },
    {
        "id": "kansensho-030",
        "charset": "iso-2022-jp",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["スタッフひかり 相模原支店 派遣管理 <haken-sagamihara@staff-hikari.co.jp>"],
        "subject": "派遣スタッフの就業状況について（10/11時点）",
        "body": """株式会社スタッフひかり 相模原支店
派遣管理ご担当 嘉手納様

いつもお世話になっております。日の出産業 相模原工場の鳥居です。
第3棟の感染者発生に伴い、御社からお越しいただいている派遣スタッフの
状況を共有いたします。ご本人への連絡は御社からもお願いできますと助かります。

・秋庭 大樹 様（アキバ ダイキ）
　状況：10/9 抗原検査陽性、自宅療養（10/15まで）
　連絡先：090-6628-1053

・ソン・ティ・ラン 様（SON THI LAN）
　状況：濃厚接触者 自宅待機（10/12まで）、現在症状なし
　連絡先：070-2291-8864

・鹿野 美和 様（シカノ ミワ）
　状況：10/10 発熱・咽頭痛、PCR結果待ち
　連絡先：080-4473-2016

・立花 聖也 様（タチバナ セイヤ）
　状況：濃厚接触者 自宅待機（10/12まで）
　連絡先：090-1557-3329

・能登 朋美 様（ノト トモミ）
　状況：10/10 抗原検査陽性、自宅療養（10/16まで）
　連絡先：080-8830-6671

待機期間中の休業の取扱いについては、別途ご相談させてください。
""" + SIG_TORII,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "five temp workers, one block each with mobile and test result / symptoms, to the staffing agency",
    },
    {
        "id": "kansensho-031",
        "charset": "utf-8",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 生産管理部 真壁様 <makabe.t@kawasaki-denki.co.jp>"],
        "subject": "Re: 納期への影響と感染者の状況について",
        "body": """川崎電機株式会社
生産管理部 真壁様

お世話になっております。日の出産業 相模原工場の鳥居です。
ご心配をおかけし申し訳ございません。

第3棟のラインは10/17（木）から再稼働しており、11月納品分（注番 KD-4471、KD-4472）の
納期には影響ございません。

なお、感染した従業員の氏名等につきましては、個人情報保護の観点から
お伝えを控えさせていただいております。御社と接触した従業員はおりませんので、
御社側での健康観察は不要と保健所からも確認を得ております。

引き続きよろしくお願いいたします。

-----Original Message-----
From: 真壁 徹 <makabe.t@kawasaki-denki.co.jp>
Sent: Tuesday, October 15, 2024 9:40 AM
To: torii.kengo@hinode-sangyo.co.jp
Subject: 納期への影響と感染者の状況について

鳥居様
御社工場で感染者が出たと伺いました。11月納品分への影響の有無と、
弊社担当者と接触のあった方がいるかどうか、教えていただけますか。
川崎電機 真壁
""" + SIG_TORII,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "個人情報 mentioned only to decline giving names; no personal data",
    },
    {
        "id": "kansensho-032",
        "charset": "iso-2022-jp",
        "sender": "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>",
        "to": ["若松区保健福祉センター 今給黎様 <imakiire@wakamatsu-hc.kitakyushu-city.lg.jp>"],
        "subject": "健康観察記録（10/14〜10/18）の送付",
        "body": """今給黎様

お世話になっております。日の出産業 北九州工場の早乙女です。
濃厚接触者の健康観察記録（10/14〜10/18分）を添付いたします。
ご確認をお願いいたします。
""" + SIG_SAOTOME,
        "attachments": [{"kind": "corrupt", "name": "健康観察記録_1014-1018.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected",
    },
    {
        "id": "kansensho-033",
        "charset": "cp932",
        "sender": "小松 美緒 <komatsu.mio@hinode-sangyo.co.jp>",
        "to": ["三和ビルマネジメント 日の出ビル管理事務所 <hinode-bldg@sanwa-bm.co.jp>"],
        "subject": "休日入館申請（10/26 土）消毒後の備品再配置",
        "body": """三和ビルマネジメント株式会社
日の出ビル管理事務所 御中

いつもお世話になっております。
13F 日の出産業 総務部の小松でございます。

消毒作業後の備品再配置のため、下記のとおり休日入館を申請いたします。

　日時：10月26日（土）9:00～15:00
　フロア：13F
　入館者（4名）
　　小松 美緒　　携帯 080-4127-6635　車両 横浜 500 さ 41-27
　　村瀬 千晴　　携帯 090-3852-1176　（電車）
　　宇佐美 徹　　携帯 070-6619-2043　車両 品川 330 ほ 88-16
　　根岸 由香　　携帯 080-2205-7794　（電車）

駐車場は地下2Fを2台分お願いいたします。
よろしくお願いいたします。

日の出産業株式会社 総務部 小松 美緒
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four employees' mobiles and car plates for a weekend entry permit: under five people, no health data",
    },
    {
        "id": "kansensho-034",
        "charset": "utf-8",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 所沢 フロント <front-tokorozawa@sakura-hotel.jp>"],
        "subject": "応援職員3名の宿泊手配（ひので苑 支援）",
        "body": """さくらホテル所沢
フロントご担当者様

お世話になっております。日の出産業 人事部の大槻です。
当社介護施設（ひので苑）の人員応援として、他施設から職員3名が
10/14より2週間滞在いたします。宿泊を下記のとおりお願いいたします。

　宿泊者            チェックイン  チェックアウト  当日連絡先
　城間 涼子          10/14         10/28           090-3371-2298
　宮里 勇気          10/14         10/28           080-6654-1130
　具志堅 真由        10/16         10/28           070-2215-9487

お支払いは請求書払い（本社 総務部宛）でお願いいたします。
チェックインが21時を過ぎる場合は各自からご連絡いたします。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff members' names, dates and mobiles for a hotel booking: one to four people, no health data",
    },
    {
        "id": "kansensho-035",
        "charset": "utf-8",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["協同組合アジア技能交流 監理担当 <kanri@asia-ginou.or.jp>"],
        "subject": "技能実習生 グエン・ヴァン・フン さんの入院について",
        "body": """協同組合アジア技能交流
監理ご担当 仲嶺様

お世話になっております。日の出産業 相模原工場の鳥居です。
本日お電話でお伝えした件、記録のためメールでもお送りします。

　氏名　　　　：NGUYEN VAN HUNG（グエン・ヴァン・フン）
　生年月日　　：2001年3月14日
　在留カード番号：UH48213307AB
　在留資格　　：技能実習（第2号ロ）
　病名　　　　：新型コロナウイルス感染症（中等症Ⅰ）
　経過　　　　：10/9 発熱、10/10 PCR陽性、10/12 相模原協同病院に入院

寮（清新寮 203号室）の同室者2名は濃厚接触者として待機中です。
ご家族への連絡と、通訳の手配についてご相談させてください。
""" + SIG_TORII,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a technical intern's residence card number, birth date and hospitalisation to the supervising organisation",
    },
    {
        "id": "kansensho-036",
        "charset": "iso-2022-jp",
        "sender": "堀之内 美佐子 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": ["ナースサポート東京 コーディネーター <coordinator@nurse-support-tokyo.jp>"],
        "subject": "施設連絡先のご案内（看護師派遣のご依頼にあたり）",
        "body": """ナースサポート東京
コーディネーター 森永様

お世話になっております。ひので苑の堀之内です。
来週からの看護師派遣にあたり、当施設の連絡先をまとめました。
派遣される看護師の方にもご共有ください。

　窓口                  電話            備考
　--------------------  --------------  ------------------------
　事務所（代表）         04-2929-7710    8:30〜17:30
　看護室（直通）         04-2929-7713    日勤帯
　2階ユニット詰所        04-2929-7721    レッドゾーン側
　宿直室（夜間・休日）   04-2929-7718    17:30〜翌8:30
　FAX                   04-2929-7719
　施設メール             office@care.hinode-sangyo.co.jp

初日は8:30に事務所へお越しください。防護具はこちらでご用意いたします。
""" + SIG_HORI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the facility's own switchboard and desk numbers: business contacts, not people",
    },
    {
        "id": "kansensho-037",
        "charset": "cp932",
        "sender": "根岸 由香 <negishi.yuka@hinode-sangyo.co.jp>",
        "to": ["クリーンメイト 経理部 <keiri@cleanmate.co.jp>"],
        "subject": "適格請求書の登録番号について（請求書 CM-2024-1187）",
        "body": f"""クリーンメイト株式会社
経理部 ご担当者様

お世話になっております。日の出産業 経理部の根岸です。

10月分の消毒作業のご請求書（CM-2024-1187、金額 231,000円）について、
記載の登録番号が国税庁の公表サイトで確認できませんでした。
当社の取引先マスタでは、御社の登録番号は下記となっております。

　請求書記載　：T{_corp('010401139927')[:-1]}8
　当社マスタ　：T{_corp('010401139927')}（法人番号 {_corp('010401139927')}）

お手数ですが、正しい番号をご確認のうえ、再発行をお願いできますでしょうか。

日の出産業株式会社 経理部 根岸
TEL 045-600-3140
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a contractor's invoice registration / corporate number: a business identifier, ordinary accounting mail",
    },
    {
        "id": "kansensho-038",
        "charset": "utf-8",
        "sender": "堀之内 美佐子 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": ["ナースサポート東京 森永様 <morinaga@nurse-support-tokyo.jp>"],
        "subject": "派遣看護師向け 感染対策マニュアル（抜粋）",
        "body": """森永様

お世話になっております。ひので苑の堀之内です。
派遣いただく看護師の方に事前にお読みいただきたい、当施設の感染対策マニュアル
（ゾーニングと防護具の着脱手順）をPDFでお送りします。
当日の朝礼でも説明いたします。
""" + SIG_HORI,
        "attachments": [{
            "kind": "pdf",
            "name": "感染対策マニュアル_抜粋_ひので苑.pdf",
            "title": "感染対策マニュアル（抜粋）",
            "page_header": "部外秘",
            "page_footer": "特別養護老人ホーム ひので苑　第3版",
            "lines": [
                "感染対策マニュアル（抜粋）",
                "1. ゾーニング",
                "  レッドゾーン：2階東ユニット（居室2-01～2-12）",
                "  イエローゾーン：2階詰所前の着脱エリア",
                "  グリーンゾーン：1階、2階西ユニット",
                "2. 個人防護具の着用順序：手指衛生→ガウン→N95マスク→ゴーグル→手袋",
                "3. 脱衣順序：手袋→ゴーグル→ガウン→手指衛生→マスク→手指衛生",
                "4. 汚物処理：次亜塩素酸ナトリウム0.1%で処理、ビニール袋で二重に密閉",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped 部外秘 on every page sent to an outside agency",
    },
    {
        "id": "kansensho-039",
        "charset": "iso-2022-jp",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "出勤停止中の賃金の取扱いについて（ご相談）",
        "body": """白川先生

いつもお世話になっております。日の出産業 人事部の大槻です。
先日お話しした相模原工場の件、経緯がわかるよう、社内で回覧したメールを
そのまま添付いたします。
特に、濃厚接触者として会社判断で待機させた者（添付の区分「待機」）について、
休業手当の支払義務の有無をご教示いただけますでしょうか。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "eml",
            "name": "相模原工場_出勤停止者の件.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
                "to": ["大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>"],
                "subject": "相模原工場 出勤停止者の件",
                "body": """大槻さん

相模原の鳥居です。出勤停止者の一覧です。給与計算の際にご確認ください。

氏名          区分  期間          理由                    電話
保坂 隆之     療養  10/08-10/14   COVID陽性               090-3318-2741
百目鬼 亮     療養  10/09-10/15   COVID陽性               080-6621-0957
瓜生 恵       療養  10/10-10/16   COVID陽性               080-1942-7706
東海林 美咲   待機  10/08-10/12   濃厚接触（会社判断）    070-2284-6613
猪狩 大地     待機  10/08-10/12   濃厚接触（会社判断）    090-5170-3348
日下部 忍     待機  10/08-10/14   濃厚接触・咽頭痛あり    070-4456-2290

鳥居
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "attached internal mail listing six employees with COVID status and phones, sent to the outside lawyer",
    },
    {
        "id": "kansensho-040",
        "charset": "utf-8",
        "sender": "Rachel Ito <rachel.ito@hinode-sangyo.co.jp>",
        "to": ["Jonas Brenner <j.brenner@weber-maschinen.de>"],
        "subject": "Sagamihara plant back to normal operation",
        "body": """Dear Mr Brenner,

Thank you for your patience over the past two weeks. I am pleased to let you know that
all lines at our Sagamihara plant resumed normal operation on 17 October, after
disinfection and with the approval of the local public health centre.

The factory acceptance test for your order (HS-PO 88213) can therefore go ahead as
originally planned on 12 November. Visitors will be asked to wear a mask inside the
assembly halls; no other restrictions apply.

We look forward to welcoming your team.
""" + SIG_RACHEL + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English business update with the standard confidentiality disclaimer; no personal data",
    },
    {
        "id": "kansensho-041",
        "charset": "cp932",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["青柳内科クリニック 青柳先生 <aoyagi@aoyagi-naika.jp>"],
        "subject": "復職面談のご依頼（経理部 佐久間さん）",
        "body": """青柳先生

いつもお世話になっております。日の出産業 健康管理室の柚木です。
産業医面談を1件お願いしたく、事前情報をお送りいたします。

　対象者　：経理部 佐久間 理沙さん（33歳）
　経過　　：10/17 COVID-19 PCR陽性。10/19から咳が続き、10/21 近医で
　　　　　　気管支炎の診断。療養明け後も倦怠感が強く、有給で休養中。
　既往歴　：気管支喘息（吸入ステロイド使用中）、2022年に適応障害で休職歴あり
　本人希望：11/5からの時短勤務での復職

11/1（金）午後の訪問日に面談をお願いできれば幸いです。
主治医の診断書は当日お渡しいたします。
""" + SIG_YUZUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one employee's diagnoses and medical history (asthma, past mental illness) sent to an outside clinic",
    },
    {
        "id": "kansensho-042",
        "charset": "utf-8",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["hosaka.takayuki.85@gmail.com"],
        "subject": "療養期間と職場復帰の手続きについて",
        "body": """保坂 隆之 さん

健康管理室の柚木です。体調はいかがですか。
会社のメールが見られないとのことでしたので、こちらのアドレスにお送りします。

保坂さんは10/8発症・抗原検査陽性ですので、療養期間は10/14（月）までです。
症状が軽快していれば、10/15（火）から出勤できます。
復帰の前日までに、以下をこのメールへの返信でお知らせください。

　・解熱した日
　・咳、のどの痛みなど残っている症状
　・10/15からの出勤を希望するか

療養証明書は不要です。無理はなさらないでください。

柚木
""" + SIG_YUZUKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "an employee's own test result sent to his own private gmail: only he learns it, but it leaves the company's systems",
    },
    {
        "id": "kansensho-043",
        "charset": "utf-8",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["ペイロールセンター 日の出産業様担当 <hinode-team@jp-payroll.co.jp>"],
        "subject": "10月度 勤怠連携：感染症関連の欠勤者一覧",
        "body": """株式会社ペイロールセンター
日の出産業様担当チーム 御中

お世話になっております。日の出産業 人事部の大槻です。
10月度の給与計算にあたり、感染症関連の欠勤者一覧（XLS）をお送りします。
区分「休業手当」の者は平均賃金の60%、「欠勤」の者は欠勤控除でお願いします。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "xls",
            "name": "kansen_kekkin_202410.xls",
            "sheets": {
                "10月": [
                    ["社員番号", "氏名", "所属", "欠勤期間", "日数", "理由", "区分"],
                    ["S10231", "保坂 隆之", "相模原 製造2課", "10/08-10/14", 5, "COVID-19陽性", "欠勤"],
                    ["S10877", "百目鬼 亮", "相模原 製造2課", "10/09-10/15", 5, "COVID-19陽性", "欠勤"],
                    ["S10512", "瓜生 恵", "相模原 製造2課", "10/10-10/16", 5, "COVID-19陽性", "欠勤"],
                    ["S11204", "東海林 美咲", "相模原 品質管理", "10/08-10/12", 3, "濃厚接触（会社指示）", "休業手当"],
                    ["S09655", "猪狩 大地", "相模原 製造2課", "10/08-10/12", 3, "濃厚接触（会社指示）", "休業手当"],
                    ["H20488", "御手洗 彩", "本社 営業1課", "10/02-10/06", 3, "インフルエンザA", "欠勤"],
                    ["K30115", "仲宗根 剛", "北九州 生産技術", "10/11-10/17", 5, "COVID-19陽性", "欠勤"],
                    ["C40772", "鰐淵 佳代", "ひので苑 介護", "10/15-10/17", 3, "ノロウイルス", "欠勤"],
                    ["H20931", "佐久間 理沙", "本社 経理部", "10/17-10/23", 5, "COVID-19陽性", "欠勤"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of nine employees' absences with the disease as reason, to the payroll outsourcer",
    },
    {
        "id": "kansensho-044",
        "charset": "iso-2022-jp",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["青柳内科クリニック 青柳先生 <aoyagi@aoyagi-naika.jp>"],
        "subject": "11月 安全衛生委員会の議題（ご確認）",
        "body": """青柳先生

いつもお世話になっております。日の出産業 総務部の村瀬です。
11月14日（木）15:00からの安全衛生委員会の議題をお送りします。

　1. 10月の感染症発生状況（集計）
　　　COVID-19 陽性 9名（本社3・相模原5・北九州1）
　　　インフルエンザ 1名、感染性胃腸炎 施設内集団発生1件（ひので苑みなみ）
　2. 相模原工場クラスターの振り返りと休憩室の運用見直し
　3. 冬季の職域接種（インフルエンザ）の実施計画
　4. 産業医講話「冬の感染症と換気」（先生にお願いできれば幸いです）

資料は前日までにお送りいたします。
""" + SIG_MURASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "committee agenda with aggregate case counts only",
    },
    {
        "id": "kansensho-045",
        "charset": "cp932",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["川崎電機 横浜営業所 総務 <somu-yokohama@kawasaki-denki.co.jp>",
               "みどり銀行 みなとみらい支店 <mm-shiten@midori-ginko.co.jp>",
               "錦印刷 横浜事業所 <yokohama@nishiki-insatsu.co.jp>"],
        "cc": ["星空企画 総務部 <soumu@hoshizora-kikaku.co.jp>"],
        "subject": "【日の出ビル入居各社様】13F共用部の消毒実施について",
        "body": """日の出ビル 入居各社 ご担当者様

いつもお世話になっております。
13F 日の出産業株式会社 総務部の村瀬でございます。

当社従業員に新型コロナウイルス感染症の陽性者が確認されたため、
下記のとおり共用部の消毒を実施いたします。

　日時：10月19日（土）9:00～12:00
　場所：13F エレベーターホール、13F男女トイレ、非常階段（12F～14F）

当該従業員は10/16以降出社しておらず、他フロアへの立ち入りもございません。
保健所からは、入居各社様での特段の対応は不要との見解をいただいております。

ご不便をおかけいたしますが、ご理解のほどお願い申し上げます。
""" + SIG_MURASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four tenant companies in To/Cc see each other's addresses: should have been Bcc",
    },
    {
        "id": "kansensho-046",
        "charset": "iso-2022-jp",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["鳥居 健吾 <torii.kengo@hinode-sangyou.co.jp>"],
        "cc": ["村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>"],
        "subject": "相模原 健康観察対象者（最新）",
        "body": """鳥居さん

柚木です。本日時点の健康観察対象者です。
明日の朝礼前に、各自の体温報告がそろっているか確認をお願いします。

  芹沢 遥      090-2275-6139  10/11接触  症状なし
  源 麻衣      080-3390-7712  10/11接触  10/13 微熱37.3
  比嘉 悠斗    070-8821-4406  10/10接触  症状なし
  鬼頭 拓真    090-1184-5527  10/11接触  10/13 抗原陽性→療養へ
  勅使河原 誠  080-5518-0093  10/09接触  症状なし

鬼頭さんは療養に切り替わったので、保健所への報告は私からします。

柚木
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyou.co.jp (look-alike of the own domain), carrying five people's health status",
    },
    {
        "id": "kansensho-047",
        "charset": "utf-8",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["メディラボ東日本 結果通知 <kekka@medilab-east.co.jp>"],
        "subject": "RE: 【検査結果】日の出産業様 10/22回収分",
        "body": """株式会社メディラボ東日本
検査部 ご担当者様

お世話になっております。日の出産業 健康管理室の柚木です。
迅速にご連絡いただきありがとうございました。結果、確かに拝受いたしました。
次回（10/29回収）も同じ12名の予定です。容器の送付をお願いいたします。

柚木

-----Original Message-----
From: メディラボ東日本 結果通知 <kekka@medilab-east.co.jp>
Sent: Wednesday, October 23, 2024 4:12 PM
To: yuzuki.nao@hinode-sangyo.co.jp
Subject: 【検査結果】日の出産業様 10/22回収分

日の出産業株式会社 健康管理室 柚木様

10/22回収分のPCR検査結果をお知らせします。

受付番号  氏名          生年月日     結果
ML-40211  佐久間 理沙   1991/06/03   陽性
ML-40212  根岸 由香     1987/01/22   陰性
ML-40213  薬丸 浩二     1975/09/11   陽性
ML-40214  栗林 真澄     1983/12/05   陰性
ML-40215  城之内 学     1969/04/27   陰性
ML-40216  阿久津 里奈   1998/08/19   陽性

株式会社メディラボ東日本 検査部
""" + SIG_YUZUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the lab; the results list is only quoted from the lab's own mail",
    },
    {
        "id": "kansensho-048",
        "charset": "utf-8",
        "sender": "江藤 聡 <eto.satoshi@care.hinode-sangyo.co.jp>",
        "to": ["市原保健所 疾病対策課 保坂様 <hosaka.m@ichihara-hc.pref-chiba.lg.jp>"],
        "subject": "ノロ陽性入所者のキーパーソン連絡先",
        "body": """市原保健所 疾病対策課
保坂様

お世話になっております。ひので苑みなみの江藤です。
お電話でご依頼のあった、陽性入所者のキーパーソン（ご家族）の連絡先です。
ご家族には保健所から連絡がある旨、お伝え済みです。

【1】入所者：芦田 キヨ（201号室）　10/18発症 嘔吐・下痢　ノロ陽性
　　 キーパーソン：芦田 康夫（長男）　090-4418-7320

【2】入所者：檜山 正一（203号室）　10/19発症 下痢・発熱　ノロ陽性
　　 キーパーソン：檜山 洋子（妻）　0436-22-5817

【3】入所者：左近 富美子（206号室）　10/20発症 下痢　ノロ陽性
　　 キーパーソン：左近 真理（長女）　080-6651-2049

【4】入所者：城間 トシ（212号室）　10/21発症 下痢　ノロ陽性（10/22判明）
　　 キーパーソン：城間 秀樹（甥）　070-3314-8856

【5】入所者：菅生 勝（210号室）　10/20発症 嘔吐・下痢　ノロ陽性（10/22判明）
　　 キーパーソン：菅生 恵美（次女）　090-2287-6613

以上5名です。よろしくお願いいたします。
""" + SIG_ETO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "five residents' norovirus results with their families' names and phones, one block per person",
    },
    {
        "id": "kansensho-049",
        "charset": "utf-8",
        "sender": "Rachel Ito <rachel.ito@hinode-sangyo.co.jp>",
        "to": ["Mark Delgado <mdelgado@pacomp.com>"],
        "cc": ["小田切 仁 <otagiri.jin@hinode-sangyo.co.jp>"],
        "subject": "Outbreak response plan - Sagamihara plant (for your supplier audit)",
        "body": """Hi Mark,

As requested for your annual supplier audit, please find attached the summary of our
outbreak response plan for the Sagamihara plant, including the line-stop criteria and
the disinfection procedure we followed in October.

Jin Otagiri (cc) will walk you through it at the audit on 20 November.
""" + SIG_RACHEL,
        "attachments": [{
            "kind": "pptx",
            "name": "Sagamihara_Outbreak_Response_Plan.pptx",
            "title": "Outbreak Response Plan",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
            "slides": [
                ["Outbreak Response Plan - Sagamihara Plant", "Version 2.1, October 2024"],
                ["Trigger levels", "Level 1: one confirmed case - zone disinfection",
                 "Level 2: three cases in one building within 7 days - building line stop",
                 "Level 3: ten cases plant-wide - plant shutdown, health centre consulted"],
                ["October 2024 event", "Building 3, Level 2 declared on 9 Oct",
                 "Disinfection by contractor on 9 Oct, restart on 17 Oct",
                 "No impact on customer deliveries"],
                ["Improvements", "Break-room seating halved", "CO2 monitors in all halls",
                 "Shuttle-bus windows open at all times"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX with a CONFIDENTIAL footer on every slide sent to a customer",
    },
    {
        "id": "kansensho-050",
        "charset": "cp932",
        "sender": "堀之内 美佐子 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": ["狭山保健所 保健予防推進担当 本多様 <honda.y@pref-saitama-hc.lg.jp>"],
        "subject": "10/17 施設内立入調査の当日対応者について",
        "body": """狭山保健所
保健予防推進担当 本多様

お世話になっております。ひので苑の堀之内です。
10月17日（木）10:00からの立入調査について、当日の対応者をお知らせいたします。

　施設長　　　　堀之内 美佐子　携帯 090-7218-3306
　看護主任　　　乙葉 静香　　　携帯 080-3355-9014
　介護主任　　　仲嶺 拓郎　　　携帯 070-6621-4478
　事務長　　　　宇田川 修　　　携帯 090-1189-2257

駐車場は正面玄関前の来客用（2台）をご利用ください。
ご不明点がございましたら、堀之内の携帯までご連絡ください。
""" + SIG_HORI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four staff members attending an inspection, with mobiles: one to four people, may be warned",
    },
]

MESSAGES += [
    {
        "id": "kansensho-051",
        "charset": "iso-2022-jp",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 相模営業所 安全管理 <anzen-sagami@aoba-unyu.co.jp>"],
        "subject": "構内フォークリフト代替運転者の登録について",
        "body": """青葉運輸株式会社 相模営業所
安全管理ご担当 照屋様

お世話になっております。日の出産業 相模原工場の鳥居です。
構内でフォークリフト作業を担当していた当社の2名が療養中のため、
10/15〜10/25の間、下記2名が代わりに御社トラックの積込みを担当します。
御社の構内作業者登録に必要とのことでしたので、免許情報をお送りします。

　氏名：羽賀 俊介（ハガ シュンスケ）
　生年月日：1986年5月2日
　運転免許証番号：第 4419 0862 7351 号（神奈川県公安委員会）
　フォークリフト運転技能講習：修了（2015年）

　氏名：戸叶 亜希子（トカノ アキコ）
　生年月日：1991年11月23日
　運転免許証番号：第 3072 1156 4408 号（東京都公安委員会）
　フォークリフト運転技能講習：修了（2019年）

よろしくお願いいたします。
""" + SIG_TORII,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "two employees' driving licence numbers and birth dates to a partner",
    },
    {
        "id": "kansensho-052",
        "charset": "utf-8",
        "sender": "Rachel Ito <rachel.ito@hinode-sangyo.co.jp>",
        "to": ["Somchai Wongsakul <somchai.w@siamautoparts.co.th>"],
        "subject": "Contact tracing after the joint design review (7-8 Oct)",
        "body": """Dear Khun Somchai,

Following our call this morning: one of the members of our team who attended the
joint design review at Sagamihara on 7-8 October has since tested positive, and a
second has developed symptoms.

For your own contact tracing, the attached file lists everyone from Hinode Sangyo who
was in the meeting room, with their current status and direct contacts. Your team may
contact them directly if they need details of where they sat.

Please treat the file with care and let me know once your team has been informed.
""" + SIG_RACHEL,
        "attachments": [{
            "kind": "csv",
            "name": "design_review_attendees_HS.csv",
            "encoding": "utf-8",
            "rows": [
                ["Name", "Department", "Email", "Mobile", "Status (as of 14 Oct)"],
                ["Takayuki Hosaka", "Production 2", "hosaka.takayuki@hinode-sangyo.co.jp", "+81-90-3318-2741", "COVID-19 positive (antigen) 8 Oct"],
                ["Ryo Domeki", "Production 2", "domeki.ryo@hinode-sangyo.co.jp", "+81-80-6621-0957", "COVID-19 positive (PCR) 9 Oct"],
                ["Misaki Shoji", "Quality Control", "shoji.misaki@hinode-sangyo.co.jp", "+81-70-2284-6613", "Close contact, no symptoms"],
                ["Jin Otagiri", "Sales", "otagiri.jin@hinode-sangyo.co.jp", "+81-90-4471-3328", "Sore throat since 12 Oct, test pending"],
                ["Shota Kurisu", "Maintenance", "kurisu.shota@hinode-sangyo.co.jp", "+81-90-8803-1125", "Negative (PCR) 11 Oct"],
                ["Kengo Torii", "General Affairs", "torii.kengo@hinode-sangyo.co.jp", "+81-42-770-5521", "Negative (antigen) 10 Oct"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail with a CSV of six staff with mobiles and test results to a Thai partner",
    },
    {
        "id": "kansensho-053",
        "charset": "utf-8",
        "sender": "江藤 聡 <eto.satoshi@care.hinode-sangyo.co.jp>",
        "to": ["社会福祉事業部 <fukushi-jigyobu@hinode-sangyo.co.jp>"],
        "cc": ["柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>"],
        "subject": "【ひので苑みなみ】感染性胃腸炎 有症者（10/22朝）",
        "html": """<html><body>
<p>事業部の皆さま</p>
<p>ひので苑みなみの江藤です。10/22朝時点の有症者です（部内共有用）。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>居室</th><th>氏名</th><th>年齢</th><th>症状</th><th>検査</th><th>備考</th></tr>
<tr><td>201</td><td>芦田 キヨ</td><td>91</td><td>回復傾向</td><td>ノロ陽性</td><td>食事再開</td></tr>
<tr><td>203</td><td>檜山 正一</td><td>86</td><td>下痢継続</td><td>ノロ陽性</td><td>脱水に注意、点滴</td></tr>
<tr><td>205</td><td>釘宮 ハル</td><td>94</td><td>嘔吐なし</td><td>陰性</td><td>経過観察</td></tr>
<tr><td>206</td><td>左近 富美子</td><td>88</td><td>下痢</td><td>ノロ陽性</td><td></td></tr>
<tr><td>210</td><td>菅生 勝</td><td>79</td><td>嘔吐・下痢</td><td>ノロ陽性</td><td>認知症あり、徘徊に注意</td></tr>
<tr><td>212</td><td>城間 トシ</td><td>97</td><td>下痢</td><td>ノロ陽性</td><td></td></tr>
</table>
<p>職員：蓮見（陽性、10/24まで就業停止）、薬師寺（症状消失、10/23復帰予定）</p>
<p>江藤</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "residents' norovirus table, but sent from the care subdomain to internal addresses only",
    },
    {
        "id": "kansensho-054",
        "charset": "iso-2022-jp",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
        "subject": "傷病手当金 添付書類（医師の証明）の送付",
        "body": """関東機械工業健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業 人事部の大槻です。
先日お問い合わせのあった被保険者1名分について、医師の証明書類をPDFで
お送りいたします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "pdf",
            "name": "ishi_shomei_1025.pdf",
            "password": "kk1025hs",
            "lines": ["診断書", "氏名 漆原 さやか", "傷病名 新型コロナウイルス感染症 肺炎",
                      "上記の通り診断する。令和6年10月16日 所沢中央病院"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to an outside recipient: cannot be inspected",
    },
    {
        "id": "kansensho-055",
        "charset": "cp932",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["相模原市保健所 小野寺様 <onodera.k@hokenjo.sagamihara-city.lg.jp>"],
        "subject": "清新寮 入寮者の抗原検査結果（１０／１３実施分）",
        "body": f"""小野寺様

お世話になっております。相模原工場の鳥居です。
ご指示のありました清新寮（社員寮）入寮者の抗原検査結果をご報告します。
グエンさんと同じ２階の入寮者です。

　氏名　　　　　　　　生年月日　　　　　　部屋　　携帯電話　　　　　　結果
　━━━━━━━━━━　━━━━━━━━━━　━━━　━━━━━━━━━　━━━
　レ・ティ・マイ　　　平成１２年　５月　８日　２０１　{_fw('080-5527-1134')}　陰性
　チャン・ミン・トゥアン　平成１１年１１月２９日　２０２　{_fw('070-4403-9921')}　陽性
　ファム・ヴァン・ナム　平成１３年　２月１６日　２０３　{_fw('090-2286-4410')}　陰性
　坂巻　陸斗　　　　　平成１４年　７月２２日　２０４　{_fw('080-3361-0278')}　陰性
　飛鳥井　翼　　　　　平成９年　　３月　３日　２０５　{_fw('070-1152-6683')}　陰性
　ホアン・ティ・トゥ　平成１２年１０月１０日　２０６　{_fw('090-7734-2205')}　陰性

寮の住所：〒２５２－０２１６ 神奈川県相模原市中央区清新８－２２－５ 清新寮
陽性のチャンさんは本日より寮内の個室（１０１号室）で療養させております。
""" + SIG_TORII,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six dormitory residents with 和暦 birth dates, full-width mobiles and antigen results, in the body",
    },
    {
        "id": "kansensho-056",
        "charset": "iso-2022-jp",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業部 <hojin@aoba-unyu.co.jp>"],
        "subject": "抗原検査キット発送分の追跡番号",
        "body": """青葉運輸株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 総務部の村瀬です。
本日集荷いただいた抗原検査キット（各拠点分）について、
社内の受取確認のため追跡番号を控えさせていただきました。相違がないかご確認ください。

　送付先拠点              個数  追跡番号
　相模原工場 総務課        8箱   4471-2208-6631
　北九州工場 総務G         6箱   4471-2208-6642
　ひので苑（所沢）         4箱   4471-2208-6653
　ひので苑みなみ（市原）   4箱   4471-2208-6664
　大阪営業所               2箱   4471-2208-6675

いずれも10/25午前着の指定でお願いしております。
""" + SIG_MURASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers to the company's own sites: business addresses, no people",
    },
    {
        "id": "kansensho-057",
        "charset": "utf-8",
        "sender": "江藤 聡 <eto.satoshi@care.hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証部 <hinsho@kitaguni-foods.co.jp>"],
        "subject": "厨房職員のノロウイルス陽性について（ご報告）",
        "body": """北国フーズ株式会社
品質保証部 ご担当者様

いつもお世話になっております。ひので苑みなみの江藤です。

御社から調理業務の委託を受けている当施設の厨房で、調理補助の
中園 千代子さん（パート）が10/20に嘔吐・下痢を発症し、10/21の検便で
ノロウイルス陽性と判明しました。
本人は10/19まで盛り付けを担当していたため、御社の衛生管理基準に沿って
検食の保存状況をご確認いただけますでしょうか。

中園さんは陰性確認まで就業停止としております。
""" + SIG_ETO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names one kitchen worker and her norovirus stool test to a partner",
    },
    {
        "id": "kansensho-058",
        "charset": "utf-8",
        "sender": "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>",
        "to": ["若松ひびきクリニック 産業医 丸岡先生 <maruoka@hibiki-clinic.jp>"],
        "subject": "北九州工場 就業制限者の健康観察記録（ご確認依頼）",
        "body": """丸岡先生

いつもお世話になっております。日の出産業 北九州工場の早乙女です。
就業制限中の6名について、健康観察記録をWordにまとめました。
10/21からの就業再開の可否について、ご意見をいただけますでしょうか。
""" + SIG_SAOTOME,
        "attachments": [{
            "kind": "docx",
            "name": "健康観察記録_北九州_1014-1019.docx",
            "paragraphs": ["就業制限者 健康観察記録（10/14～10/19）", "記入：総務G 早乙女"],
            "tables": [[
                ["氏名", "区分", "10/14", "10/15", "10/16", "10/17", "10/18", "10/19", "症状・備考"],
                ["仲宗根 剛", "陽性（10/11）", "37.8", "37.2", "36.9", "36.6", "36.5", "36.4", "咳 軽度残存"],
                ["仲間 拓", "濃厚接触", "36.4", "36.5", "36.3", "36.5", "36.4", "36.4", "なし"],
                ["與那覇 直美", "濃厚接触", "36.7", "37.5", "37.6", "36.8", "36.6", "36.5", "10/15 抗原陽性、療養へ"],
                ["大神 竜二", "濃厚接触", "36.2", "36.3", "36.4", "36.2", "36.3", "36.3", "高血圧で通院中"],
                ["末次 かおり", "濃厚接触", "36.5", "36.4", "36.6", "36.5", "36.5", "36.4", "なし"],
                ["牟田口 進", "濃厚接触", "36.6", "36.8", "36.6", "36.7", "36.5", "36.6", "なし"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six people's daily temperatures, test results and illnesses to an outside clinic",
    },
    {
        "id": "kansensho-059",
        "charset": "utf-8",
        "sender": "日の出産業 総務部 <somu@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 各位 <eigyo@tsubasa-system.jp>"],
        "subject": "ご来社時の感染対策へのご協力のお願い",
        "html": """<html><body style="font-family:sans-serif">
<h3 style="color:#2a5">ご来社の皆さまへ　感染対策へのご協力のお願い</h3>
<p>ツバサシステム株式会社 営業部 各位</p>
<p>平素より大変お世話になっております。<br>
冬季の感染症流行に備え、11月1日より当社本社・各工場へご来社の際は、以下にご協力をお願いいたします。</p>
<ul>
<li>受付での検温と手指消毒</li>
<li>発熱・咳などの症状がある場合はご来社をお控えいただき、オンライン会議への切替をご相談ください</li>
<li>工場内ではマスクの着用をお願いします</li>
<li>会議室は30分ごとに換気いたします</li>
</ul>
<p>ご不便をおかけいたしますが、ご理解・ご協力のほどよろしくお願い申し上げます。</p>
<p>日の出産業株式会社 総務部<br>TEL 045-600-3100（代表）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only notice to a partner asking for infection-control cooperation; no personal data",
    },
    {
        "id": "kansensho-060",
        "charset": "iso-2022-jp",
        "sender": "嶋田 達也 <shimada.tatsuya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 新横浜 予約係 <yoyaku-shinyoko@sakura-hotel.com>"],
        "subject": "10/24〜 宿泊予約の一部キャンセルについて",
        "body": """さくらホテル 新横浜
ご予約係 ご担当者様

お世話になっております。日の出産業 総務部の嶋田でございます。
10/24から3室お願いしておりました連泊のうち、1室は不要となりました。
（ご家族の療養が早めに終わったため、1名が自宅に戻れることになりました）

変更後：シングル 2室　10/24〜10/31
キャンセル料が発生する場合はお知らせください。

よろしくお願いいたします。
""" + SIG_SHIMADA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner sakura-hotel.jp addressed as sakura-hotel.com (another TLD)",
    },
    {
        "id": "kansensho-061",
        "charset": "cp932",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["クリーンメイト 竹之内様 <takenouchi@cleanmate.co.jp>"],
        "subject": "Re: 10/19 作業員名簿の件",
        "body": """竹之内様

村瀬です。作業員名簿ありがとうございました。
防災センターに入館証5枚を用意しておきます。当日は1Fでお名前をお伝えください。

村瀬

--- 2024/10/17 18:05 竹之内 <takenouchi@cleanmate.co.jp> wrote ---
> 日の出産業 村瀬様
> 10/19の作業員は以下の5名です。入館手続きをお願いします。
> 　班長　国吉 正和　　090-6318-2274
> 　　　　新垣 大介　　080-2251-9936
> 　　　　宇良 健太　　070-5514-3082
> 　　　　安里 みどり　090-8847-1129
> 　　　　知念 航　　　080-4406-7713
> クリーンメイト 竹之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the contractor's own worker list appears only as quoted text in the reply to that contractor",
    },
    {
        "id": "kansensho-062",
        "charset": "iso-2022-jp",
        "sender": "大槻 航平 <otsuki.kohei@mail.hinode-sangyo.co.jp>",
        "to": ["人事部 労務課 <romu@hinode-sangyo.co.jp>"],
        "subject": "労災請求準備：漆原さんの情報（社内）",
        "body": f"""労務課の皆さん

大槻です。漆原さんの労災請求（業務上感染）の準備で、必要情報をまとめました。
社労士さんへは私から送りますので、様式の下書きだけお願いします。

　氏名：漆原 さやか
　生年月日：昭和61年2月17日
　個人番号：{_mn(4)}
　傷病名：新型コロナウイルス感染症（肺炎）
　療養：10/5〜10/16 入院（所沢中央病院）

大槻
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "My Number and diagnosis, but between internal addresses only (mail. subdomain is internal)",
    },
    {
        "id": "kansensho-063",
        "charset": "utf-8",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["桑原社会保険労務士事務所 <office@sr-kuwabara.jp>"],
        "subject": "傷病手当金・休業中の社会保険手続き 対象者資料一式",
        "body": """桑原社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業 人事部の大槻です。
10月に感染症で長期療養となった6名の社会保険手続きについて、
対象者一覧（Excel）と事業主証明のPDFをZIPにまとめてお送りします。
ご確認のほどよろしくお願いいたします。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "zip",
            "name": "社保手続_感染症療養者_202410.zip",
            "files": [
                {
                    "kind": "xlsx",
                    "name": "対象者一覧.xlsx",
                    "sheets": {"対象者": [
                        ["氏名", "生年月日", "基礎年金番号", "健康保険証 記号-番号", "傷病名", "療養開始日"],
                        ["漆原 さやか", "1986/02/17", "4127-503896", "4127-83", "COVID-19肺炎", "2024/10/03"],
                        ["三ツ矢 健", "1991/08/09", "5530-218847", "4127-154", "COVID-19", "2024/10/08"],
                        ["堤 千里", "1982/03/26", "3318-770215", "4127-97", "COVID-19", "2024/10/10"],
                        ["仲宗根 剛", "1979/11/30", "6612-094438", "4127-311", "COVID-19後遺症（倦怠感）", "2024/10/11"],
                        ["佐久間 理沙", "1991/06/03", "5208-661390", "4127-276", "気管支炎", "2024/10/17"],
                        ["蓮見 和也", "1990/04/11", "4491-325507", "4127-402", "ノロウイルス感染症", "2024/10/20"],
                    ]},
                },
                {
                    "kind": "pdf",
                    "name": "事業主証明_10月.pdf",
                    "lines": ["事業主証明", "上記6名について、療養のため労務に服さなかった期間に",
                              "報酬の支払いがないことを証明します。", "日の出産業株式会社 代表取締役"],
                },
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP with an XLSX of six people's basic pension numbers, insurance card numbers and diagnoses",
    },
    {
        "id": "kansensho-064",
        "charset": "iso-2022-jp",
        "sender": "堀之内 美佐子 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": ["北国フーズ 埼玉営業所 <saitama@kitaguni-foods.co.jp>"],
        "cc": ["狭山保健所 食品衛生担当 <shokuhin@pref-saitama-hc.lg.jp>"],
        "subject": "厨房の衛生点検（11/6）のご案内",
        "body": """北国フーズ株式会社 埼玉営業所 ご担当者様
（cc：狭山保健所 食品衛生担当様）

お世話になっております。ひので苑の堀之内です。
冬季の感染性胃腸炎対策として、11月6日（水）10:00から厨房の衛生点検を行います。
保健所の食品衛生担当の方にもご同席いただけることになりました。

北国フーズ様には、調理責任者の方のご同席と、
過去3か月分の中心温度記録・検食記録のご準備をお願いいたします。

当日の流れ
　10:00 厨房点検（手洗い設備、まな板・包丁の区分、冷蔵庫温度）
　11:00 記録類の確認
　11:30 講評

よろしくお願いいたします。
""" + SIG_HORI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (caterer and health centre) in To/Cc for a meeting: normal",
    },
    {
        "id": "kansensho-065",
        "charset": "cp932",
        "sender": "嶋田 達也 <shimada.tatsuya@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "【極秘】相模原工場 一時操業停止の判断に関するご相談",
        "body": """【極秘】
取締役会付議前の検討資料です。関係者限りでお願いいたします。

白川先生

いつもお世話になっております。日の出産業 総務部長の嶋田です。
相模原工場での感染拡大が続いた場合、11月に1週間程度の全面操業停止を
検討しております。以下の点についてご見解をいただけますでしょうか。

　1. 取引先（主要3社）への供給義務と不可抗力条項の適用可否
　2. 操業停止期間中の従業員の休業手当（会社都合の扱いになるか）
　3. 派遣・請負スタッフへの補償の要否
　4. 適時開示の要否（売上影響 約4.2億円の見込み）

来週前半にお打ち合わせのお時間をいただければ幸いです。
""" + SIG_SHIMADA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is stamped 【極秘】 in subject and body and goes to the outside law firm",
    },
    {
        "id": "kansensho-066",
        "charset": "utf-8",
        "sender": "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>",
        "to": ["若松区保健福祉センター 今給黎様 <imakiire@wakamatsu-hc.kitakyushu-city.lg.jp>"],
        "subject": "10/23 ご説明資料（北九州工場の発生状況）",
        "body": """今給黎様

お世話になっております。日の出産業 北九州工場の早乙女です。
明日の打ち合わせでご説明する資料を先にお送りします。
3枚目に陽性者の座席と発症日をまとめております。
""" + SIG_SAOTOME,
        "attachments": [{
            "kind": "pptx",
            "name": "北九州工場_発生状況_1023.pptx",
            "slides": [
                ["北九州工場 新型コロナ発生状況", "2024年10月23日 日の出産業株式会社 北九州工場"],
                ["経過", "10/11 初発（生産技術）", "10/15 事務棟2Fで2例目", "10/18 食堂利用者から3例目",
                 "10/21 計6名"],
                ["陽性者一覧",
                 "仲宗根 剛（生産技術）座席 2F-A12 発症10/11 携帯080-5532-1190",
                 "與那覇 直美（総務G）座席 2F-B03 発症10/15 携帯080-2741-5516",
                 "香月 大輔（物流）食堂 発症10/17 携帯080-9913-0471",
                 "末次 かおり（総務G）座席 2F-B05 発症10/18 携帯070-6635-2284",
                 "嘉数 武（品質保証）座席 2F-C08 発症10/19 携帯090-5218-6647",
                 "東風平 彩花（生産技術）座席 2F-A14 発症10/21 携帯080-7729-3351"],
                ["対策", "事務棟2Fの座席間隔を2mに", "食堂の時差利用（3交代）", "CO2センサー設置"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTX slide listing six positive employees with seats, onset dates and mobiles",
    },
    {
        "id": "kansensho-067",
        "charset": "utf-8",
        "sender": "小田切 仁 <otagiri.jin@hinode-sangyo.co.jp>",
        "to": ["Jonas Brenner <j.brenner@weber-maschinen.de>"],
        "subject": "Re: Visitors for the FAT on 12 November",
        "body": """Dear Jonas,

Thank you for the list. All five visitor passes will be ready at the gate.
As mentioned by Rachel, each visitor will be asked to fill in a short health
questionnaire on arrival (no fever, no symptoms in the last 3 days).

We will pick you up at Hashimoto station at 8:30.

Best regards,
Jin Otagiri
Sales Dept., Hinode Sangyo Co., Ltd.

On Mon, 4 Nov 2024 at 10:02, Jonas Brenner <j.brenner@weber-maschinen.de> wrote:
> Dear Mr Otagiri,
> these are our visitors for the FAT:
> - Jonas Brenner, Project Manager, +49 171 4482 9310
> - Katrin Vogel, QA Engineer, +49 160 9921 4473
> - Stefan Roth, Electrical, +49 152 2837 6610
> - Aylin Demir, Software, +49 176 5520 1984
> - Markus Lehner, Mechanical, +49 151 6604 2291
> Kind regards, Jonas
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the five visitors' details are only quoted from the partner's own mail",
    },
    {
        "id": "kansensho-068",
        "charset": "iso-2022-jp",
        "sender": "江藤 聡 <eto.satoshi@care.hinode-sangyo.co.jp>",
        "to": ["yasuko.ara0612@docomo.ne.jp", "m-tomori@ezweb.ne.jp",
               "kuniyoshi.haru@gmail.com", "saki_inafuku@softbank.ne.jp",
               "tamaki.oshiro@yahoo.co.jp", "r.aragaki77@gmail.com"],
        "subject": "【ひので苑みなみ】10/24〜のシフト変更について（パート職員の皆さまへ）",
        "body": """パート職員の皆さま

お疲れさまです。ひので苑みなみ 相談員の江藤です。
感染性胃腸炎の発生に伴い、2階フロアの勤務体制を一部変更します。

・10/24〜10/31は、2階担当と1階担当を固定し、フロア間の移動をしません
・2階担当の方は、出勤時に1階更衣室ではなく2階の臨時更衣室を使ってください
・早番は7:00開始、遅番は19:00終了に変更です（各30分延長、時間外手当が付きます）

個別のシフト表は、明日の朝礼後に各自へ手渡しします。
体調がすぐれない場合は、出勤前に必ず施設へお電話ください。

江藤
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "six part-timers' private carrier/free-mail addresses all in To, visible to each other",
    },
    {
        "id": "kansensho-069",
        "charset": "utf-8",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["クリーンメイト 相模原営業所 <sagamihara@cleanmate.co.jp>"],
        "subject": "第3棟 消毒範囲図の送付",
        "body": """クリーンメイト株式会社 相模原営業所 御中

お世話になっております。日の出産業 相模原工場の鳥居です。
明日の第3棟消毒について、範囲図（Word）をお送りします。
赤枠部分が今回の対象です。
""" + SIG_TORII,
        "attachments": [{"kind": "corrupt", "name": "第3棟_消毒範囲図.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt DOCX to an outside contractor: cannot be inspected",
    },
    {
        "id": "kansensho-070",
        "charset": "cp932",
        "sender": "小田切 仁 <otagiri.jin@hinode-sangyo.co.jp>",
        "to": ["川崎電機 川崎工場 設備課 真壁様 <makabe.t@kawasaki-denki.co.jp>"],
        "subject": "据付作業の担当者変更について",
        "body": """川崎電機株式会社 川崎工場
設備課 真壁様

お世話になっております。日の出産業 営業部の小田切です。
御社川崎工場での搬送装置の据付作業について、当社側の担当者が変更となりました。
10/28（月）以降は下記の者が常駐いたします。

　担当：日の出産業 技術サービス課　羽賀 俊介
　携帯：090-2214-8807

入構証の名義変更をお願いできますでしょうか。
ご迷惑をおかけいたしますが、よろしくお願いいたします。

日の出産業株式会社 営業部 小田切 仁
TEL 045-600-3211
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's name and mobile as the new on-site contact; no reason for the change given",
    },
    {
        "id": "kansensho-071",
        "charset": "iso-2022-jp",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": [HC_YOKOHAMA],
        "subject": "積極的疫学調査票の提出（日の出産業 本社）",
        "body": """西福祉保健センター
感染症・予防接種担当 ご担当者様

お世話になっております。日の出産業 総務部の村瀬です。
ご依頼いただいた積極的疫学調査票（陽性者3名分）と、職場内接触者の一覧を
ZIPファイルにまとめて送付いたします。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "zip",
            "name": "ekigaku_chosa_honsha.zip",
            "files": [
                {
                    "kind": "csv",
                    "name": "接触者一覧_本社13F.csv",
                    "encoding": "utf-8",
                    "rows": [
                        ["氏名", "生年月日", "携帯", "メール", "接触した陽性者", "接触日", "状況"],
                        ["根岸 由香", "1987/01/22", "080-3364-9051", "negishi.yuka@hinode-sangyo.co.jp", "佐久間", "10/16", "PCR陰性"],
                        ["栗林 真澄", "1983/12/05", "070-1128-6647", "kuribayashi.masumi@hinode-sangyo.co.jp", "佐久間", "10/16", "PCR陰性"],
                        ["城之内 学", "1969/04/27", "090-8836-1423", "jonouchi.manabu@hinode-sangyo.co.jp", "薬丸", "10/18", "PCR陰性"],
                        ["葛城 陸", "2000/03/02", "070-4490-5865", "katsuragi.riku@hinode-sangyo.co.jp", "阿久津", "10/19", "PCR陰性"],
                        ["舟橋 美帆", "1993/10/14", "090-2218-7739", "funahashi.miho@hinode-sangyo.co.jp", "阿久津", "10/19", "PCR陰性"],
                        ["御園 浩之", "1980/07/08", "080-9940-1652", "misono.hiroyuki@hinode-sangyo.co.jp", "薬丸", "10/18", "咽頭痛あり"],
                    ],
                },
                {
                    "kind": "docx",
                    "name": "疫学調査票_陽性者3名.docx",
                    "paragraphs": ["積極的疫学調査票（事業所記入分）"],
                    "tables": [[
                        ["氏名", "年齢", "発症日", "症状", "基礎疾患", "発症前2日間の行動"],
                        ["佐久間 理沙", "33", "10/16", "発熱38.6 咳", "気管支喘息", "10/15 部内会議、10/16 昼食（社員食堂）"],
                        ["薬丸 浩二", "49", "10/18", "咽頭痛 倦怠感", "高血圧", "10/17 来客対応（1301会議室）"],
                        ["阿久津 里奈", "26", "10/19", "発熱37.9", "なし", "10/18 部内歓送迎会（社外）"],
                    ]],
                },
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP of a UTF-8 CSV of six contacts and a DOCX of three cases with underlying illnesses",
    },
    {
        "id": "kansensho-072",
        "charset": "iso-2022-jp",
        "sender": "小田切 仁 <otagiri.jin@hinode-sangyo.co.jp>",
        "to": ["川崎電機 生産管理部 真壁様 <makabe.t@kawasaki-denki.co.jp>"],
        "cc": ["村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>"],
        "subject": "10/15 お打ち合わせ出席者の感染について",
        "body": """川崎電機株式会社
生産管理部 真壁様

お世話になっております。日の出産業 営業部の小田切です。
取り急ぎご連絡いたします。

10/15（火）に御社でお打ち合わせをさせていただいた際に同席した
当社営業部の薬丸 浩二が、10/18に咽頭痛を訴え、本日PCR検査で陽性と判明しました。
お打ち合わせ中はマスクを着用しておりましたが、1時間ほど同じ会議室におりましたので、
ご出席の皆さまには念のため体調にご留意いただけますと幸いです。

ご迷惑をおかけし、誠に申し訳ございません。
""" + """
日の出産業株式会社 営業部 小田切 仁
TEL 045-600-3211
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names a colleague and his positive PCR result to a partner",
    },
    {
        "id": "kansensho-073",
        "charset": "utf-8",
        "sender": "ひので苑 採用担当 <saiyo@care.hinode-sangyo.co.jp>",
        "to": ["natsuki.urasoe@gmail.com"],
        "subject": "面接日程変更のお願い（ひので苑 介護職員パート）",
        "body": """浦添 夏希 様

このたびは、ひので苑のパート職員募集にご応募いただき、ありがとうございます。

10月15日（火）に予定しておりました面接ですが、施設内で感染症が発生しており、
外部の方の入館を制限しているため、日程を変更させていただけますでしょうか。

　候補① 10月29日（火）14:00～
　候補② 10月30日（水）10:00～
　候補③ オンライン面接（Zoom）で10月16日以降のご都合のよい日時

ご希望をご返信いただけますと幸いです。
ご迷惑をおかけいたしますが、何卒よろしくお願いいたします。

特別養護老人ホーム ひので苑 採用担当
TEL 04-2929-7710
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one applicant on gmail, interview rescheduled; only her name in the salutation",
    },
    {
        "id": "kansensho-074",
        "charset": "utf-8",
        "sender": "Rachel Ito <rachel.ito@hinode-sangyo.co.jp>",
        "to": ["Sakura Hotel Narita Reservations <reservations-narita@sakura-hotel.jp>"],
        "subject": "Reservation for two returning staff (arrival 2 Nov, VN 300)",
        "body": """Dear Reservations Team,

We would like to book two single rooms for staff returning from our Vietnam plant.
Under our company rule they will stay five nights before travelling home.

Guest 1: Mr Keisuke YAMATO
         Date of birth: 14 June 1978
         Passport No.: TR4418207
Guest 2: Ms Hanae KOCHINDA
         Date of birth: 2 February 1989
         Passport No.: TS9021736

Arrival: 2 November (VN 300, arriving NRT 07:05) / Departure: 7 November
Payment: to be invoiced to Hinode Sangyo Co., Ltd., General Affairs Dept.

Could you please confirm that meals can be delivered to the room?
""" + SIG_RACHEL,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "two guests' passport numbers and birth dates to a hotel, in English",
    },
    {
        "id": "kansensho-075",
        "charset": "cp932",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["総務部 全員 <somu-all@hinode-sangyo.co.jp>",
               "小松 美緒 <komatsu.mio@hinode-sangyo.co.jp>"],
        "subject": "FW: 健康観察対象者のお知らせ（西福祉保健センター）",
        "body": """総務部の皆さん

保健所からの連絡を転送します。対象の方への連絡は小松さんにお願いしました。
部外への転送はしないでください。

村瀬

-------- Forwarded Message --------
From: 西福祉保健センター <nishi-kansen@yokohama-city-hc.lg.jp>
Subject: 健康観察対象者のお知らせ
To: murase.chiharu@hinode-sangyo.co.jp

日の出産業株式会社 村瀬様

下記の方々は10/30まで健康観察の対象となります。
発熱等の症状があった場合は当センターまでご連絡ください。

 氏名           連絡先           備考
 根岸 由香      080-3364-9051    佐久間氏と10/16接触
 栗林 真澄      070-1128-6647    佐久間氏と10/16接触
 城之内 学      090-8836-1423    薬丸氏と10/18接触
 葛城 陸        070-4490-5865    阿久津氏と10/19接触
 舟橋 美帆      090-2218-7739    阿久津氏と10/19接触
 御園 浩之      080-9940-1652    薬丸氏と10/18接触、咽頭痛あり

西福祉保健センター 感染症・予防接種担当
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "forward of the health centre's list, but every recipient is internal",
    },
]

MESSAGES += [
    {
        "id": "kansensho-076",
        "charset": "utf-8",
        "sender": "鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
        "to": ["相模原市保健所 小野寺様 <onodera.k@hokenjo.sagamihara-city.lg.jp>"],
        "subject": "第3棟 来訪者の入館記録（10/3～10/7）",
        "body": """小野寺様

お世話になっております。相模原工場の鳥居です。
ご依頼のあった、第3棟への社外来訪者の入館記録を抜き出しました。
守衛所の受付簿からの転記です（カンマ区切りで失礼します）。

入館日,氏名,会社名,連絡先（本人記入）,訪問先,滞在時間
10/03,国分 勇人,丸高工業株式会社,090-3326-7718,設備保全,9:00-16:30
10/03,栃木 沙耶,株式会社ミナト計測,080-2219-5506,品質管理,13:00-15:00
10/04,大庭 和樹,青葉運輸株式会社,070-8814-2263,出荷場,7:30-8:10
10/04,岩佐 康平,丸高工業株式会社,090-6651-0372,設備保全,9:00-17:00
10/07,Daniel Kowalski,Weber Maschinen GmbH,+49 171 3390 4127,製造2課,10:00-12:00
10/07,樋渡 貴之,株式会社ミナト計測,080-5573-1840,品質管理,13:30-16:00
10/07,稲嶺 亜美,川崎電機株式会社,090-2248-9365,製造2課,14:00-15:30

いずれも陽性者との接触の有無は未確認です。各社への連絡の要否をご指示ください。
""" + SIG_TORII,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven visitors' names and personal contact numbers, comma-separated in the body, to the health centre",
    },
    {
        "id": "kansensho-077",
        "charset": "iso-2022-jp",
        "sender": "城之内 学 <jonouchi.manabu@hinode-sangyo.co.jp>",
        "to": ["健康管理室 <kenko-kanri@hinode-sangyo-co.jp>"],
        "subject": "欠勤連絡（営業部 葛城）",
        "body": """健康管理室 御中

営業部の城之内です。部下の欠勤についてご報告します。

葛城 陸（営業2課）が昨夜から39℃の発熱があり、今朝かかりつけ医で
インフルエンザB型と診断されたとのことです。
タミフルを処方され、医師からは10/28まで自宅療養と言われています。
先週金曜に部内で同席した者が数名いますが、いずれも症状はありません。

復帰の手続きについてご指示ください。

城之内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "an absence report with a diagnosis meant for the health office, sent to hinode-sangyo-co.jp (hyphen for dot)",
    },
    {
        "id": "kansensho-078",
        "charset": "iso-2022-jp",
        "sender": "江藤 聡 <eto.satoshi@care.hinode-sangyo.co.jp>",
        "to": [HC_ICHIHARA],
        "subject": "職員の就業再開の目安についてのご質問",
        "body": """市原保健所 疾病対策課 ご担当者様

いつもお世話になっております。ひので苑みなみの江藤でございます。
一般的なご質問で恐縮ですが、教えていただけますでしょうか。

介護職員がノロウイルスに感染した場合、症状消失後、何日程度で
入所者の介助業務に復帰させるのが望ましいでしょうか。
現在は「症状消失後48時間」としておりますが、調理・配膳担当については
より長く設けるべきか、施設内で意見が分かれております。

参考になる通知や手引きがございましたら、ご教示いただけますと幸いです。
""" + SIG_ETO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general question to the health centre; no person identified",
    },
    {
        "id": "kansensho-079",
        "charset": "utf-8",
        "sender": "小田切 仁 <otagiri.jin@hinode-sangyo.co.jp>",
        "to": ["川崎電機 川崎工場 総務課 <somu-kawasaki@kawasaki-denki.co.jp>"],
        "subject": "常駐作業員の出勤停止者一覧（10/21時点）",
        "body": """川崎電機株式会社 川崎工場
総務課 ご担当者様

お世話になっております。日の出産業 営業部の小田切です。
御社構内に常駐している当社作業員のうち、出勤停止中の者の一覧をPDFでお送りします。
入構証の一時停止をお願いいたします。代替要員は別途ご連絡いたします。

日の出産業株式会社 営業部 小田切 仁
TEL 045-600-3211
""",
        "attachments": [{
            "kind": "pdf",
            "name": "出勤停止者一覧_川崎常駐_1021.pdf",
            "lines": ["川崎電機 川崎工場 常駐作業員　出勤停止者一覧（2024/10/21）", "日の出産業株式会社 技術サービス課"],
            "table": [
                ["氏名", "入構証No", "停止期間", "理由", "復帰予定"],
                ["宍倉 剛志", "KD-H-0112", "10/16-10/22", "COVID-19陽性", "10/23"],
                ["宇根 真司", "KD-H-0115", "10/17-10/23", "COVID-19陽性", "10/24"],
                ["玉城 勇", "KD-H-0118", "10/18-10/22", "濃厚接触（同居家族陽性）", "10/23"],
                ["長嶺 慎吾", "KD-H-0121", "10/19-10/25", "COVID-19陽性・肺炎で入院", "未定"],
                ["座間味 礼子", "KD-H-0124", "10/20-10/24", "発熱（検査結果待ち）", "未定"],
                ["平良 光", "KD-H-0127", "10/21-10/27", "インフルエンザA", "10/28"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of six on-site workers with badge numbers and diagnoses to the client company",
    },
    {
        "id": "kansensho-080",
        "charset": "cp932",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["東和ビルサービス 営業部 <eigyo@towa-bs.co.jp>"],
        "subject": "2025年度 定期消毒計画（拠点別）",
        "body": """東和ビルサービス株式会社 営業部 御中

お世話になっております。日の出産業 総務部の村瀬です。
契約締結ありがとうございました。2025年度の定期消毒計画をお送りします。
拠点ごとの実施月・範囲をご確認ください。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "xlsx",
            "name": "定期消毒計画_2025.xlsx",
            "page_header": "取扱注意",
            "sheets": {
                "計画": [
                    ["2025年度 定期消毒計画　【取扱注意】", "", "", ""],
                    ["拠点", "実施月", "範囲", "想定作業時間"],
                    ["本社（13F）", "4,7,10,1月", "執務エリア・会議室・共用部", "3h"],
                    ["相模原工場", "毎月", "第1～3棟 休憩室・食堂・更衣室", "6h"],
                    ["北九州工場", "隔月", "事務棟・食堂", "4h"],
                    ["ひので苑", "毎月", "共用部・浴室・汚物処理室", "5h"],
                    ["ひので苑みなみ", "毎月", "共用部・厨房・汚物処理室", "5h"],
                ],
                "単価": [["作業区分", "単価（円）"], ["平日日中 1h", 18000], ["休日 1h", 24000]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX marked 取扱注意 in its title row and page header, to a contractor",
    },
    {
        "id": "kansensho-081",
        "charset": "iso-2022-jp",
        "sender": "小松 美緒 <komatsu.mio@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 早坂様 <hayasaka@nishiki-insatsu.co.jp>"],
        "subject": "感染対策ポスター印刷のお願い（A2・A3）",
        "body": """錦印刷株式会社
営業部 早坂様

いつもお世話になっております。日の出産業 総務部の小松です。
冬季の感染対策ポスターの印刷をお願いいたします。デザイン案を添付します。

　品目：「手洗い・換気・マスク」ポスター
　サイズ・部数：A2 × 40部、A3 × 120部
　用紙：マットコート 135kg
　納期：11月8日（金）
　納品先：本社（横浜）A2 10部・A3 30部、残りは各拠点へ分納（別紙）

お見積りと併せて、ご確認のほどお願いいたします。

日の出産業株式会社 総務部 小松 美緒
TEL 045-600-3175
""",
        "attachments": [{"kind": "png", "name": "poster_draft_v2.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order with an image attachment; no personal data",
    },
    {
        "id": "kansensho-082",
        "charset": "cp932",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["ペイロールセンター 手続チーム <tetsuzuki@jp-payroll.co.jp>"],
        "subject": "雇用保険 休業関係届出用データ（8名）",
        "body": """ペイロールセンター 手続チーム御中

お世話になっております。日の出産業 人事部の大槻です。
雇用調整に伴う休業関係の届出について、個人番号の記載が必要とのことでしたので、
対象者8名分のデータをCSVでお送りします。
取扱いには十分ご注意ください。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "csv",
            "name": "kyugyo_todokede_8mei.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "雇用保険被保険者番号", "休業日数"],
                ["S10231", "保坂 隆之", "ホサカ タカユキ", "1985/03/09", my_number(SEED + 5), "1402-558817-3", 4],
                ["S10877", "百目鬼 亮", "ドウメキ リョウ", "1996/07/21", my_number(SEED + 6), "1402-612094-8", 4],
                ["S11204", "東海林 美咲", "ショウジ ミサキ", "1998/04/17", my_number(SEED + 7), "1402-633170-1", 5],
                ["S09655", "猪狩 大地", "イカリ ダイチ", "1983/09/25", my_number(SEED + 8), "1402-409935-6", 5],
                ["S10512", "瓜生 恵", "ウリュウ メグミ", "1990/12/01", my_number(SEED + 9), "1402-587702-4", 4],
                ["S11388", "栗栖 翔太", "クリス ショウタ", "1993/01/30", my_number(SEED + 10), "1402-650218-9", 5],
                ["S08741", "日下部 忍", "クサカベ シノブ", "1979/06/06", my_number(SEED + 11), "1402-318846-2", 5],
                ["S12006", "帯刀 慎也", "タテワキ シンヤ", "2000/08/14", my_number(SEED + 12), "1402-701339-5", 5],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV of eight employees with My Numbers and birth dates to the payroll outsourcer",
    },
    {
        "id": "kansensho-083",
        "charset": "utf-8",
        "sender": "村瀬 千晴 <murase.chiharu@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 みなとみらい支店 副支店長 片桐様 <katagiri@midori-ginko.co.jp>"],
        "subject": "13F 消毒作業完了のご報告",
        "body": """みどり銀行 みなとみらい支店
副支店長 片桐様

いつもお世話になっております。日の出産業 総務部の村瀬です。
先日お問い合わせいただいた13F共用部の消毒について、10/19に完了いたしました。
作業業者の報告書では、エレベーターホール・非常階段を含め、予定範囲をすべて
実施済みとのことです。

御行の11Fへのご来店客の動線には影響ございません。
ご心配をおかけいたしました。
""" + SIG_MURASE + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "completion notice to a partner with the disclaimer; no people",
    },
    {
        "id": "kansensho-084",
        "charset": "iso-2022-jp",
        "sender": "江藤 聡 <eto.satoshi@care.hinode-sangyo.co.jp>",
        "to": ["市原保健所 疾病対策課 保坂様 <hosaka.m@ichihara-hc.pref-chiba.lg.jp>"],
        "subject": "Re: 職員の有症者について追加のご報告依頼",
        "body": """保坂様

お世話になっております。ひので苑みなみの江藤です。
ご依頼の職員の有症者一覧です（10/18以降に消化器症状があった職員）。

氏名            生年月日     職種        電話             発症日  症状        検査
蓮見 和也       1990/04/11   介護職      080-7716-3302    10/20   嘔吐・腹痛  ノロ陽性
薬師寺 紗英     1997/01/29   介護職      090-4459-1187    10/21   下痢        陰性
中園 千代子     1968/08/03   調理補助    070-2283-5541    10/20   嘔吐・下痢  ノロ陽性
平安名 良子     1975/12/12   看護師      080-3307-6648    10/22   下痢        結果待ち
上地 直樹       1986/06/25   介護職      090-6625-0093    10/22   腹痛        未実施

いずれも症状消失後48時間は就業停止としております。

江藤

2024年10月22日(火) 9:14 保坂 <hosaka.m@ichihara-hc.pref-chiba.lg.jp>:
> ひので苑みなみ 江藤様
> 入所者の状況ありがとうございました。
> 職員についても、有症者の氏名・連絡先・発症日・検査結果を
> お知らせください。
> 市原保健所 保坂
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reply whose new text (not the quote) lists five staff with birth dates, phones and norovirus results",
    },
    {
        "id": "kansensho-085",
        "charset": "cp932",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["メディラボ東日本 検体受付 <uketsuke@medilab-east.co.jp>"],
        "subject": "10/29回収分 受検者情報（暗号化ZIP）",
        "body": """メディラボ東日本
検体受付ご担当者様

お世話になっております。日の出産業 健康管理室の柚木です。
10/29回収分の受検者情報を暗号化ZIPでお送りします。
パスワードは前回と同じ方法でお知らせします。
""" + SIG_YUZUKI,
        "attachments": [{
            "kind": "zip",
            "name": "jukensha_1029.zip",
            "password": "ML1029-hinode",
            "files": [{
                "kind": "csv",
                "name": "jukensha_1029.csv",
                "rows": [["氏名", "生年月日", "電話"],
                         ["根岸 由香", "1987/01/22", "080-3364-9051"],
                         ["栗林 真澄", "1983/12/05", "070-1128-6647"],
                         ["城之内 学", "1969/04/27", "090-8836-1423"]],
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP to an outside lab: contents cannot be inspected",
    },
    {
        "id": "kansensho-086",
        "charset": "utf-8",
        "sender": "大槻 航平 <otsuki.kohei@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 日比野先生 <hibino@shirakawa-law.jp>"],
        "subject": "感染者情報の社内共有範囲についてのご相談",
        "body": """日比野先生

いつもお世話になっております。日の出産業 人事部の大槻です。
一般論としてご相談させてください。

感染者が出た際、職場の同僚に対して「誰が陽性になったか」をどこまで
伝えてよいか、社内でも意見が割れております。
個人情報保護法上、病歴は要配慮個人情報にあたるため、本人同意なく
氏名を伝えることは避けるべきと理解しておりますが、
濃厚接触者の特定のために必要な範囲での共有は許容されるでしょうか。

また、保健所や取引先から照会があった場合の対応方針も整理したく、
次回の定例でお時間をいただければ幸いです。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general legal question mentioning 個人情報 and 要配慮個人情報 in passing; nobody identified",
    },
    {
        "id": "kansensho-087",
        "charset": "iso-2022-jp",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["丸高工業 総務部 <somu@marutaka-kogyo.co.jp>",
               "青葉運輸 相模営業所 <sagami@aoba-unyu.co.jp>",
               "クリーンメイト 相模原営業所 <sagamihara@cleanmate.co.jp>",
               "スタッフひかり 相模原支店 <sagamihara@staff-hikari.co.jp>"],
        "subject": "【構内協力会社各位】職域接種（インフルエンザ）のご案内",
        "body": """構内協力会社 ご担当者各位

いつもお世話になっております。日の出産業 健康管理室の柚木です。
今年度も相模原工場で職域接種を実施いたします。構内で常駐作業をされている
協力会社の皆さまも対象とさせていただきますので、ご案内いたします。

　日時：11月9日（土）9:00〜12:00、13:00〜16:00
　会場：相模原工場 第2会議室
　費用：当社負担
　申込：各社で取りまとめのうえ、11/1までに人数のみご連絡ください

対象者の氏名等は当日受付でご記入いただきます。
よろしくお願いいたします。
""" + SIG_YUZUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four outside companies in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "kansensho-088",
        "charset": "cp932",
        "sender": "宇佐美 徹 <usami.toru@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "拠点別 オンサイト保守の受入可否（11月）",
        "body": """ツバサシステム株式会社
サポートデスク御中

いつもお世話になっております。日の出産業 情報システム課の宇佐美です。
11月のオンサイト保守について、感染症の状況を踏まえた拠点別の受入可否をお知らせします。

拠点              所在地                                  代表電話        受入
本社              横浜市西区みなとみらい2-9-1 13F         045-600-3100    可
相模原工場        相模原市中央区清新8-14-2                042-770-5521    可（第3棟は除く）
北九州工場        北九州市若松区響町5-2-10                093-771-3360    可
ひので苑          所沢市宮本町3-18-6                      04-2929-7710    不可（リモート対応のみ）
ひので苑みなみ    市原市八幡1120-4                        0436-40-8811    不可（11/10以降は可）

不可の拠点は、リモート保守でのご対応をお願いいたします。

日の出産業株式会社 情報システム課 宇佐美 徹
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's sites with addresses and switchboards: businesses, not people",
    },
    {
        "id": "kansensho-089",
        "charset": "utf-8",
        "sender": "堀之内 美佐子 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": ["ナースサポート東京 森永様 <morinaga@nurse-support-tokyo.jp>"],
        "subject": "11月の看護師派遣（夜勤2名）のご依頼",
        "body": """森永様

お世話になっております。ひので苑の堀之内です。
10月の派遣では大変助かりました。ありがとうございました。

施設内の感染は収束に向かっておりますが、当施設の看護職員の復帰が
11月中旬になる見込みのため、引き続き夜勤対応の看護師2名の派遣をお願いできますでしょうか。
希望日程をテキストファイルで添付いたします。

条件は前回と同様（夜勤 17:00～翌9:00、1回 42,000円）でお願いいたします。
""" + SIG_HORI,
        "attachments": [{
            "kind": "txt",
            "name": "11月_夜勤希望日.txt",
            "text": "11月 夜勤看護師 派遣希望日（ひので苑）\n\n"
                    "11/2(土)  2名\n11/3(日)  2名\n11/6(水)  1名\n11/9(土)  2名\n"
                    "11/10(日) 2名\n11/13(水) 1名\n11/16(土) 1名\n\n以上",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "staffing request with a plain-text schedule; no individuals named",
    },
    {
        "id": "kansensho-090",
        "charset": "iso-2022-jp",
        "sender": "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>",
        "to": ["サニタ衛生 九州営業所 <kyushu@sanita-eisei.jp>"],
        "subject": "11/2 食堂消毒の立会者について",
        "body": """サニタ衛生株式会社 九州営業所 御中

お世話になっております。日の出産業 北九州工場の早乙女です。
11/2（土）の食堂消毒ですが、当日は総務Gの香月・末次と、食堂委託業者の方1名が
立ち会います。9時に正門守衛所までお越しください。

作業完了後は、実施範囲の写真付き報告書をメールでお送りいただけますと幸いです。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "two colleagues named without any other data about them",
    },
    {
        "id": "kansensho-091",
        "charset": "utf-8",
        "sender": "嶋田 達也 <shimada.tatsuya@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-lavv.jp>"],
        "subject": "お打ち合わせ日程の件（操業停止のご相談）",
        "body": """白川先生

いつもお世話になっております。日の出産業の嶋田です。
先日ご相談した件、お打ち合わせの候補日をお送りします。

　11月5日（火）10:00～11:30
　11月6日（水）15:00～16:30
　11月7日（木）13:00～14:30

当社からは私と人事部の大槻が伺います。
ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_SHIMADA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "law firm's shirakawa-law.jp spelt shirakawa-lavv.jp (vv for w, homoglyph)",
    },
    {
        "id": "kansensho-092",
        "charset": "cp932",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["鳥居 健吾 <torii.kengo@hinode-sangyo.co.jp>",
               "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>"],
        "subject": "健康診断 要精密検査者リスト（工場分・暗号化）",
        "body": """鳥居さん、早乙女さん

健康管理室の柚木です。
今年度の定期健康診断で要精密検査となった方のリストを送ります。
結核の疑い（胸部X線 要精検）の方も含まれるため、暗号化しています。
パスワードは社内チャットで送ります。
受診勧奨のご協力をお願いします。

柚木
""",
        "attachments": [{
            "kind": "zip",
            "name": "yoseiken_koujou_2024.zip",
            "password": "kk-2024-seiken",
            "files": [{
                "kind": "xlsx",
                "name": "要精検者リスト_工場.xlsx",
                "sheets": {"要精検": [["氏名", "所属", "項目"],
                                     ["猪狩 大地", "相模原", "胸部X線"],
                                     ["大神 竜二", "北九州", "血圧"]]},
            }],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but sent only to internal colleagues",
    },
    {
        "id": "kansensho-093",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 徹 <usami.toru@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 小谷様 <kotani@tsubasa-system.jp>"],
        "subject": "健康観察アプリ 改修要件（v2.0）",
        "body": """――――――――――――――――――――
機密区分：機密（社外への再配布禁止）
――――――――――――――――――――

ツバサシステム株式会社
開発部 小谷様

お世話になっております。日の出産業 情報システム課の宇佐美です。
健康観察アプリの次期改修（v2.0）の要件をお送りします。

1. 体温・症状入力の未入力者に、毎朝9時にプッシュ通知
2. 保健所提出用の集計CSVを、拠点別・日別で出力
3. 陽性者・濃厚接触者フラグの閲覧権限を健康管理室のみに限定
4. ログイン時の多要素認証（SMS）を必須化
5. データ保存期間：陽性登録日から1年で自動削除

見積りを11/15までにいただけますと幸いです。

日の出産業株式会社 情報システム課 宇佐美 徹
TEL 045-600-3230
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself carries a classification stamp 機密区分：機密, sent to an outside vendor",
    },
    {
        "id": "kansensho-094",
        "charset": "utf-8",
        "sender": "宇佐美 徹 <usami.toru@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 小谷様 <kotani@tsubasa-system.jp>"],
        "subject": "Re: 保健所提出用CSVのフォーマットについて",
        "body": """小谷様

お世話になっております。宇佐美です。
CSVフォーマットのご質問について回答いたします。

・文字コードはShift_JIS（保健所側のExcelで開くため）
・1行目は見出し行
・日付は yyyy/mm/dd
・電話番号はハイフン区切り

イメージは以下のとおりです（ダミーデータです）。

氏名,フリガナ,電話,区分,発症日
日の出 太郎,ヒノデ タロウ,090-0000-0000,陽性,2024/01/01
日の出 花子,ヒノデ ハナコ,080-0000-0000,濃厚接触,

ご不明点があればお知らせください。

日の出産業株式会社 情報システム課 宇佐美 徹
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "format spec with two obviously dummy sample rows (090-0000-0000): no real person's data",
    },
    {
        "id": "kansensho-095",
        "charset": "cp932",
        "sender": "堀之内 美佐子 <horinouchi.misako@care.hinode-sangyo.co.jp>",
        "to": ["北国フーズ 埼玉営業所 <saitama@kitaguni-foods.co.jp>"],
        "subject": "FW: 【狭山保健所】冬季の感染性胃腸炎予防について（通知）",
        "body": """北国フーズ株式会社 埼玉営業所 御中

お世話になっております。ひので苑の堀之内です。
保健所から管内の社会福祉施設向けに届いた通知です。
厨房業務に関わる内容が含まれますので、ご参考までに転送いたします。

-------- 転送メッセージ --------
差出人: 狭山保健所 保健予防推進担当 <sayama-hoken@pref-saitama-hc.lg.jp>
件名: 冬季の感染性胃腸炎予防について（通知）

管内社会福祉施設 施設長 様

例年、11月から翌年2月にかけて、ノロウイルス等による感染性胃腸炎の
集団発生が多くなります。添付の資料を参考に、以下の対策の徹底をお願いします。

1. 調理従事者の健康確認（下痢・嘔吐等の症状がある者は調理に従事させない）
2. 次亜塩素酸ナトリウムによる調理器具・トイレの消毒
3. 吐物処理セットの各フロアへの配置

狭山保健所 保健予防推進担当
""",
        "attachments": [{
            "kind": "pdf",
            "name": "感染性胃腸炎予防の手引き_2024冬.pdf",
            "title": "感染性胃腸炎予防の手引き",
            "lines": ["社会福祉施設における感染性胃腸炎予防の手引き（2024年冬版）",
                      "1. 発生時の報告基準", "  同一の感染症による死亡者・重篤患者が1週間以内に2名以上",
                      "  同一の感染症の患者が10名以上または全利用者の半数以上",
                      "2. 消毒薬の作り方", "  0.1%：家庭用塩素系漂白剤（5%）20mLを水1Lに",
                      "  0.02%：同 4mLを水1Lに"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forward of the health centre's general guidance with its PDF; no people in it",
    },
    {
        "id": "kansensho-096",
        "charset": "iso-2022-jp",
        "sender": "小田切 仁 <otagiri.jin@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 商品開発部 <shohin-kaihatsu@kitaguni-foods.co.jp>"],
        "subject": "11/1 試食会の延期について",
        "body": """北国フーズ株式会社
商品開発部 ご担当者様

お世話になっております。日の出産業 営業部の小田切です。
大変申し訳ございません。11/1に予定しておりました介護食の試食会を延期させてください。

御社のご担当として試食会の準備を進めておりました当社の介護食担当の管理栄養士が、
昨日インフルエンザと診断され、今週いっぱい出勤できなくなりました。
本人も大変残念がっております。

改めて、11月中旬以降で日程のご相談をさせていただけますと幸いです。

日の出産業株式会社 営業部 小田切 仁
TEL 045-600-3211
""",
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "diagnosis of an unnamed colleague whom the partner can identify by role: borderline identifiable",
    },
    {
        "id": "kansensho-097",
        "charset": "utf-8",
        "sender": "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>",
        "to": ["柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>"],
        "subject": "北九州 健康観察記録（破損しているかもしれません）",
        "body": """柚木さん

北九州の早乙女です。保健所に送ろうとしたファイルが開けないと言われました。
こちらでも開けないので、破損しているかもしれません。
念のため、そのまま送ります。原本は共有フォルダにあるはずなので、
そちらから取り直していただけますか。

早乙女
""",
        "attachments": [{"kind": "corrupt", "name": "健康観察記録_1014-1018.xlsx"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "corrupt attachment, but the mail goes to a colleague only",
    },
    {
        "id": "kansensho-098",
        "charset": "utf-8",
        "sender": "Rachel Ito <rachel.ito@hinode-sangyo.co.jp>",
        "to": ["Somchai Wongsakul <somchai.w@siamautoparts.co.th>"],
        "subject": "Disinfection certificate - Sagamihara Building 3",
        "body": """Dear Khun Somchai,

As requested by your quality team, please find attached the disinfection certificate
issued by our contractor for Building 3, where your engineers will work from
11 November.

Kind regards,
Rachel
""" + SIG_RACHEL,
        "attachments": [{"kind": "corrupt", "name": "Disinfection_Certificate_B3.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt PDF to an overseas partner: cannot be inspected",
    },
    {
        "id": "kansensho-099",
        "charset": "iso-2022-jp",
        "sender": "早乙女 あかり <saotome.akari@hinode-sangyo.co.jp>",
        "to": ["若松区保健福祉センター 今給黎様 <imakiire@wakamatsu-hc.kitakyushu-city.lg.jp>"],
        "subject": "RE: 濃厚接触者の健康観察状況について",
        "body": """今給黎様

お世話になっております。北九州工場の早乙女です。
ご照会の件、10/20時点の状況は以下のとおりです。

　健康観察対象 14名のうち
　　・観察期間終了　12名（症状なし）
　　・療養へ移行　　 1名（10/15 抗原陽性）
　　・観察継続　　　 1名（10/22まで）

新たな有症者は出ておりません。引き続きよろしくお願いいたします。

早乙女

差出人: 今給黎 <imakiire@wakamatsu-hc.kitakyushu-city.lg.jp>
送信日時: 2024年10月20日 9:02
宛先: saotome.akari@hinode-sangyo.co.jp
件名: 濃厚接触者の健康観察状況について

日の出産業 早乙女様
先日いただいた下記の方々の健康観察状況を教えてください。
　仲間 拓　　　090-9182-3307
　與那覇 直美　080-2741-5516（10/15 陽性）
　大神 竜二　　090-4408-1962
　末次 かおり　070-6635-2284
　香月 大輔　　080-9913-0471
　牟田口 進　　090-3356-8820
若松区保健福祉センター 今給黎
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "new text gives aggregate counts only; the named list is quoted under 差出人/送信日時 from the centre's own mail",
    },
    {
        "id": "kansensho-100",
        "charset": "cp932",
        "sender": "柚木 奈緒 <yuzuki.nao@hinode-sangyo.co.jp>",
        "to": ["相模原市保健所 結核担当 <kekkaku@hokenjo.sagamihara-city.lg.jp>"],
        "subject": "結核接触者健診（IGRA）結果のご報告",
        "body": """相模原市保健所
結核担当 津嘉山様

お世話になっております。日の出産業 健康管理室の柚木です。
相模原工場で9月に肺結核と診断された従業員（初発者）の職場接触者について、
接触者健診（IGRA検査）の結果をご報告します。

【初発者】
　勅使河原 誠（54歳 男）設備保全　肺結核（喀痰塗抹陽性）9/12診断、相模原協同病院に入院中

【接触者健診 結果】
　・栗栖 翔太　　31歳　設備保全　IGRA 陰性
　・国分 勇人　　42歳　丸高工業（常駐）　IGRA 陽性　→ 胸部CT異常なし、潜在性結核感染症として治療開始
　・雲雀 由紀子　50歳　製造2課　IGRA 判定保留
　・猪狩 大地　　41歳　製造2課　IGRA 陰性
　・帯刀 慎也　　24歳　製造2課　IGRA 陰性

判定保留の雲雀さんは、11月に再検査を予定しております。
丸高工業の国分さんについては、同社から保健所へもご連絡が行くと伺っております。
""" + SIG_YUZUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tuberculosis patient and five contacts with ages and IGRA results, tied to names",
    },
]
