"""Blind corpus — AREA clinical: 日の出産業's occupational health (健康管理室・社内診療所・産業医),
and the health-food monitor study (サンライズ乳酸菌H7 摂取試験) it sponsors.

Written from BRIEF.md / SPEC.md / build.py only.  Every person, number and address is invented.
"""

from build import card_number, my_number

# ---------------------------------------------------------------- signatures & disclaimers

SIG_OHTSUKI = """
――――――――――――――――――――――
日の出産業株式会社 人事部 健康管理室
保健師 大槻 真由美（Otsuki Mayumi）
〒105-0014 東京都港区芝3-18-7 日の出ビル5F
TEL 03-5418-2201（内線2241）／FAX 03-5418-2209
ohtsuki.mayumi@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_IGARI = """
--
日の出産業株式会社 専属産業医
猪狩 修一
TEL: 03-5418-2240  Mail: igari.shuichi@hinode-sangyo.co.jp"""

SIG_TOKANO = """
****************************************
日の出産業（株）本社診療所
看護師 戸叶 さやか
TEL 03-5418-2250（診療所直通）
****************************************"""

SIG_DOMEKI = """
------------------------------------------------------------
日の出産業株式会社 研究開発本部 機能性食品グループ
臨床研究担当 百目鬼 亮（どうめき りょう）
〒213-0012 神奈川県川崎市高津区坂戸3-2-1 KSP東棟8F
TEL 044-820-7731 / Mobile 080-4417-2290
domeki.ryo@hinode-sangyo.co.jp
------------------------------------------------------------"""

SIG_JIMU = """
==================================
サンライズ乳酸菌H7 モニター試験事務局
（日の出産業株式会社 研究開発本部内）
フリーダイヤル 0120-38-7714（平日10時～17時）
monitor-jimu@hinode-sangyo.co.jp
=================================="""

SIG_TESHI = """
Aya Teshigawara / 勅使河原 彩
Safety Information Management (PV), Hinode Sangyo Co., Ltd.
3-18-7 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5418-2265"""

SIG_IOKIBE = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 保険・福利厚生課
五百旗頭 健（いおきべ けん）
TEL 03-5418-2130 内線2133
━━━━━━━━━━━━━━━━━━━━"""

SIG_KIRYU = """
日の出産業株式会社
人事部 労務課　桐生 拓海
内線 2118 ／ 直通 03-5418-2118"""

SIG_YAKUSHIJI = """
----
日の出産業株式会社 品質保証部 お客様相談グループ
薬師寺 紗希
TEL 03-5418-2380"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

OHTSUKI = "大槻 真由美 <ohtsuki.mayumi@hinode-sangyo.co.jp>"
IGARI = "猪狩 修一 <igari.shuichi@hinode-sangyo.co.jp>"
TOKANO = "戸叶 さやか <tokano.sayaka@hinode-sangyo.co.jp>"
DOMEKI = "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>"
JIMU = "モニター試験事務局 <monitor-jimu@hinode-sangyo.co.jp>"
TESHI = "Aya Teshigawara <teshigawara.aya@hinode-sangyo.co.jp>"
IOKIBE = "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>"
KIRYU = "桐生 拓海 <kiryu.takumi@hinode-sangyo.co.jp>"
YAKUSHIJI = "薬師寺 紗希 <yakushiji.saki@hinode-sangyo.co.jp>"

MESSAGES = []

# ====================================================================== 001-025

MESSAGES += [
    {
        "id": "clinical-001",
        "sender": IGARI,
        "to": ["せいらん総合病院 地域医療連携室 <renkei@seiran-hp.or.jp>"],
        "subject": "診療情報提供のお願い（弊社従業員）",
        "charset": "iso-2022-jp",
        "body": """医療法人社団青嵐会 せいらん総合病院
地域医療連携室 御中

いつも大変お世話になっております。日の出産業株式会社で専属産業医をしております猪狩です。

弊社社員の纐纈 智之さん（昭和５３年９月２１日生、物流企画部）につきまして、先月の定期健康診断で
収縮期血圧１８２、HbA1c ８．４％と高値を認め、本人同意のうえ貴院糖尿病内分泌内科への受診を
勧めております。本人は２年前に貴院で２型糖尿病と診断され、その後通院を自己中断していたとのことです。

つきましては、現在の治療方針および就業上の配慮事項（夜勤・長距離運転の可否）について
ご教示いただけますと幸いです。同意書の写しは本人が受診時に持参いたします。

何卒よろしくお願い申し上げます。
""" + SIG_IGARI + DISC_JA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named employee's DOB (full-width 和暦) and diabetes / blood pressure findings sent to an outside hospital",
    },
    {
        "id": "clinical-002",
        "sender": OHTSUKI,
        "to": ["福士 様 <fukushi@minato-kenshin.or.jp>"],
        "subject": "Re: 二次検査の予約枠について",
        "charset": "utf-8",
        "body": """みなと健診協会
福士様

お世話になっております。日の出産業 健康管理室の大槻です。
二次検査の予約枠のご提示ありがとうございました。
対象者は以下の7名です。第2・第3希望日まで本人に確認済みですので、枠の確保をお願いします。

社員番号  氏名          生年月日     再検査項目            希望日
--------  ------------  -----------  --------------------  ----------
H10482    上遠野 亜紀   1981/03/07   肝機能(ALT 112)        7/8 午前
H10937    比嘉 康平     1976/11/30   空腹時血糖 141        7/8 午後
H11205    栗花落 玲     1990/05/19   心電図(心房細動疑い)  7/10 午前
H08731    鴨志田 博     1968/02/02   便潜血 陽性           7/10 午前
H12016    仲村渠 優奈   1994/09/14   尿蛋白 2+             7/11 午後
H09554    瓜生 大地     1985/12/25   胸部X線 要精検        7/11 午後
H11873    阿波根 千夏   1988/07/03   血圧 176/104          7/12 午前

ご確認のほどよろしくお願いいたします。

> 7月第2週は午前・午後とも各4名まで受け入れ可能です。
> 対象者のお名前と検査項目をお知らせください。
""" + SIG_OHTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "space-padded list of 7 employees with DOB and abnormal check-up findings to an external screening body",
    },
    {
        "id": "clinical-003",
        "sender": JIMU,
        "to": ["青葉運輸 法人営業部 <houjin@aoba-unyu.co.jp>"],
        "subject": "試験品発送先データ（第2回出荷分）",
        "charset": "cp932",
        "body": """青葉運輸株式会社
法人営業部 ご担当者様

いつもお世話になっております。
サンライズ乳酸菌H7 モニター試験の第2回出荷分の発送先データを添付いたします。
出荷日は6月24日（火）、クール便（冷蔵）でお願いいたします。
伝票番号は発行後に共有いただけますと助かります。
""" + SIG_JIMU,
        "attachments": [
            {"kind": "csv", "name": "hassou_2nd.csv", "encoding": "cp932", "rows": [
                ["お届け先氏名", "フリガナ", "郵便番号", "住所", "電話番号", "品名", "個数"],
                ["月見里 早苗", "ヤマナシ サナエ", "334-0073", "埼玉県川口市赤井2-14-8", "090-3318-7702", "食品(要冷蔵)", "1"],
                ["東海林 真", "ショウジ マコト", "252-0344", "神奈川県相模原市南区古淵2-8-15 メゾン古淵203", "080-5521-0946", "食品(要冷蔵)", "1"],
                ["廿日出 絹子", "ハツカデ キヌコ", "274-0063", "千葉県船橋市習志野台6-3-21", "047-463-2218", "食品(要冷蔵)", "1"],
                ["四月一日 圭", "ワタヌキ ケイ", "178-0061", "東京都練馬区大泉学園町7-14-9", "070-2284-6631", "食品(要冷蔵)", "1"],
                ["砂川 るり子", "スナガワ ルリコ", "195-0053", "東京都町田市能ケ谷5-22-1-402", "090-7740-1185", "食品(要冷蔵)", "1"],
                ["御手洗 航", "ミタライ ワタル", "330-0845", "埼玉県さいたま市大宮区仲町1-9-30 ライオンズ大宮1105", "080-9013-4427", "食品(要冷蔵)", "1"],
                ["薬袋 芙美", "ミナイ フミ", "231-0868", "神奈川県横浜市中区石川町4-77", "045-662-9081", "食品(要冷蔵)", "1"],
                ["與那覇 剛", "ヨナハ ツヨシ", "206-0011", "東京都多摩市関戸3-5-2", "090-6642-3370", "食品(要冷蔵)", "1"],
                ["雲母 しおり", "キララ シオリ", "299-0111", "千葉県市原市姉崎東1-15-6", "080-1176-5508", "食品(要冷蔵)", "1"],
                ["躑躅森 孝", "ツツジモリ タカシ", "340-0022", "埼玉県草加市瀬崎4-31-17", "048-925-4460", "食品(要冷蔵)", "1"],
                ["帷子 美咲", "カタビラ ミサキ", "221-0835", "神奈川県横浜市神奈川区鶴屋町2-23-5", "070-8841-2093", "食品(要冷蔵)", "1"],
                ["一口 昌平", "イモアライ ショウヘイ", "184-0004", "東京都小金井市本町2-10-8", "090-2657-9914", "食品(要冷蔵)", "1"],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 12 monitor participants' names, addresses and phones to the carrier (partner)",
    },
    {
        "id": "clinical-004",
        "sender": IOKIBE,
        "to": ["みどり銀行 法人営業第二部 <eigyo2@midori-ginko.co.jp>"],
        "subject": "モニター謝礼 総合振込データのご送付",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業第二部 御中

平素より格別のお引き立てを賜り、誠にありがとうございます。
モニター試験参加者への謝礼（各15,000円）につき、総合振込の依頼データを添付いたします。
振込指定日は7月10日でお願いいたします。

ファイル：謝礼振込_0710.xlsx（1シート）
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "xlsx", "name": "謝礼振込_0710.xlsx", "sheets": {"振込明細": [
                ["サンライズ乳酸菌H7 モニター謝礼 振込明細（2026年7月10日指定）"],
                [],
                ["No", "受取人名（カナ）", "銀行名", "支店名", "種目", "口座番号", "金額"],
                [1, "ﾔﾏﾅｼ ｻﾅｴ", "みどり銀行", "川口支店", "普通", "3084172", 15000],
                [2, "ｼｮｳｼﾞ ﾏｺﾄ", "横浜湾岸銀行", "相模大野支店", "普通", "1127459", 15000],
                [3, "ﾊﾂｶﾃﾞ ｷﾇｺ", "ゆうちょ銀行", "〇一八店", "普通", "4410938", 15000],
                [4, "ﾜﾀﾇｷ ｹｲ", "みどり銀行", "大泉学園支店", "普通", "2093316", 15000],
                [5, "ｽﾅｶﾞﾜ ﾙﾘｺ", "多摩中央信用金庫", "町田支店", "普通", "0558214", 15000],
                [6, "ﾐﾀﾗｲ ﾜﾀﾙ", "東都銀行", "大宮支店", "当座", "7001843", 15000],
                [7, "ﾐﾅｲ ﾌﾐ", "みどり銀行", "関内支店", "普通", "1846620", 15000],
                [8, "ﾖﾅﾊ ﾂﾖｼ", "みどり銀行", "聖蹟桜ヶ丘支店", "普通", "3379051", 15000],
                [9, "ｷﾗﾗ ｼｵﾘ", "房総銀行", "姉ケ崎支店", "普通", "6620487", 15000],
            ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "XLSX with a title row: 9 participants' kana names and bank accounts to the bank",
    },
    {
        "id": "clinical-005",
        "sender": YAKUSHIJI,
        "to": ["株式会社メディブリッジ 安全性情報部 <safety@medibridge-cro.co.jp>"],
        "cc": [TESHI],
        "subject": "【有害事象報告】お客様相談窓口受付 No.2026-0611-03",
        "charset": "utf-8",
        "body": """メディブリッジ 安全性情報部 ご担当者様

お世話になっております。日の出産業 お客様相談グループの薬師寺です。
本日、市販品「サンライズ乳酸菌H7」をご購入のお客様から健康被害のお申し出がありましたので、
取り急ぎ第一報をお送りします。

お申し出者は鳥飼 恵美子様（68歳、東京都杉並区阿佐谷北5-21-3 在住、電話 03-3338-7741）。
6月2日より1日2包を摂取されたところ、6日頃から全身に発疹とかゆみが出現し、9日に近隣の
皮膚科クリニックを受診、「薬疹の疑い（蕁麻疹）」と診断され抗ヒスタミン薬を処方されたとのことです。
既往歴として高血圧（降圧剤服用中）と、以前にエビでアレルギー症状が出たことがあるそうです。
現在は摂取を中止し、症状は軽快傾向とのこと。

因果関係の評価と追加情報の聴取項目について、ご指示をいただけますでしょうか。
""" + SIG_YAKUSHIJI + DISC_JA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named consumer's address, phone, diagnosis and medical history in running text to the CRO",
    },
    {
        "id": "clinical-006",
        "sender": TESHI,
        "to": ["medibridge PV <pv-intake@medibridge-cro.co.jp>"],
        "subject": "SAE initial report – Subject H7-021-014",
        "charset": "utf-8",
        "body": """Dear PV team,

Please find attached the initial SAE report for subject H7-021-014 (site 021).
The subject was hospitalised on 14 June for acute pancreatitis; investigator assessment:
unlikely related. Follow-up will be sent within 7 days.

Best regards,
""" + SIG_TESHI + DISC_EN,
        "attachments": [
            {"kind": "docx", "name": "SAE_initial_H7-021-014.docx",
             "paragraphs": ["重篤な有害事象 初回報告書", "試験名：サンライズ乳酸菌H7 長期摂取試験（HS-H7-02）"],
             "tables": [[
                 ["項目", "内容"],
                 ["被験者識別コード", "H7-021-014"],
                 ["イニシャル", "K.T."],
                 ["生年月日", "1971年8月14日"],
                 ["性別", "男"],
                 ["既往歴", "気管支喘息、脂質異常症"],
                 ["事象名", "急性膵炎"],
                 ["発現日", "2026/06/13"],
                 ["重篤性", "入院"],
                 ["転帰", "未回復"],
             ]]},
        ],
        "expect": "either",
        "entities": ["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "coded SAE report (subject code, initials, DOB, diagnosis) to the CRO: pseudonymised routine flow, but DOB+initials may identify",
    },
    {
        "id": "clinical-007",
        "sender": OHTSUKI,
        "to": ["嘉手納 智子 先生 <katena@shinonome-oh.jp>"],
        "subject": "復職判定面談の件（営業本部）",
        "charset": "iso-2022-jp",
        "body": """東雲産業医事務所
嘉手納先生

いつもお世話になっております。健康管理室の大槻です。

来週の嘱託産業医面談で、営業本部第三営業部の舎人 悠真さんの復職判定をお願いしたく存じます。
舎人さんは昨年１１月から適応障害（その後うつ病に診断変更）で休職しており、
主治医の本郷メンタルクリニックから「６月より短時間勤務から復職可」との診断書が出ています。
現在もセルトラリンを服用中で、睡眠リズムは整ってきたとご本人から聞いております。
上司の森本課長は、以前のような外回り営業ではなく内勤での復帰を希望しています。

面談は６月１８日（水）１４時から、本社５階の健康相談室を予定しています。
ご都合いかがでしょうか。
""" + SIG_OHTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named employee's mental illness, medication and sick leave sent to the contracted (external) 産業医 office",
    },
    {
        "id": "clinical-008",
        "sender": KIRYU,
        "to": ["せいらん総合病院 医事課 <iji@seiran-hp.or.jp>"],
        "subject": "労災扱いへの切替について（6/3 救急外来受診分）",
        "charset": "utf-8",
        "body": """せいらん総合病院 医事課 ご担当者様

お世話になっております。日の出産業 人事部労務課の桐生と申します。

6月3日に貴院救急外来を受診した弊社従業員について、当初健康保険で受診しておりましたが、
業務中のフォークリフト接触事故であることが確認できたため、労災（様式第5号）での扱いに
切り替えをお願いしたくご連絡いたしました。

  受診者：　上ノ園 雄二（ウエノソノ ユウジ）
  生年月日：　1983年10月2日
  保険証：　記号 3107　番号 482　（日の出産業健康保険組合）
  傷病名：　右足関節外果骨折（貴院診断）

様式第5号は本日付で郵送いたしました。既にお支払いした窓口負担分の返金手続きについても
ご教示いただけますと幸いです。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "employee's 健康保険証 記号・番号, DOB and fracture diagnosis to the hospital",
    },
    {
        "id": "clinical-009",
        "sender": IOKIBE,
        "to": ["星空生命 団体保険サービス課 <dantai-service@hoshizora-life.co.jp>"],
        "subject": "団体医療保険 給付請求（6月受付分 3件）",
        "charset": "iso-2022-jp",
        "body": """星空生命保険株式会社
団体保険サービス課 御中

いつもお世話になっております。
団体医療保険（証券番号 GM-55120）の6月受付分の給付請求3件を取りまとめましたのでお送りします。
各人の診断書原本は別途書留にて送付いたします。

１）小鳥遊 里美　入院 5/12～5/19（8日間）　子宮筋腫（腹腔鏡下筋腫核出術）
２）服部 健一郎　入院 5/20～6/2（14日間）　急性心筋梗塞（PCI施行）
３）嘉数 翔　　　通院 5/7～6/4（6回）　　　腰椎椎間板ヘルニア

ご査収のほどよろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three employees' hospitalisations and diagnoses to the insurer: sensitive data even under five people",
    },
    {
        "id": "clinical-010",
        "sender": KIRYU,
        "to": ["日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>"],
        "subject": "被保険者資格取得届（6月入社 2名）個人番号記載分",
        "charset": "utf-8",
        "body": """日の出産業健康保険組合
適用課 ご担当者様

お世話になっております。人事部労務課の桐生です。
6月1日入社の2名について、資格取得届の記載事項をお送りします。届書原本は社内便で回付済みです。

■1人目
氏名　　　：鷹取 伸之（タカトリ ノブユキ）
生年月日　：平成8年1月29日
個人番号　：""" + my_number(1001) + """
報酬月額　：280,000円

■2人目
氏名　　　：纐纈 美咲（コウケツ ミサキ）
生年月日　：平成11年7月8日
個人番号　：""" + my_number(1002) + """
報酬月額　：265,000円

以上、よろしくお願いいたします。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two new employees' My Numbers and DOB to the health insurance society (a separate external organisation)",
    },
    {
        "id": "clinical-011",
        "sender": DOMEKI,
        "to": ["モニターネット 募集運営部 <boshu@monitornet.jp>"],
        "subject": "スクリーニング結果（第1群 判定済）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:Meiryo,sans-serif;font-size:10pt">
<p>モニターネット株式会社<br>募集運営部 高砂様</p>
<p>いつもお世話になっております。日の出産業の百目鬼です。<br>
6月7日実施のスクリーニング検査の判定結果をお知らせします。
適格の方には本試験のご案内を、不適格の方にはお礼状の送付をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>候補者ID</th><th>お名前</th><th>年齢</th><th>BMI</th><th>空腹時血糖</th><th>LDL</th><th>判定</th><th>備考</th></tr>
<tr><td>MN-3104</td><td>相楽 典子</td><td>52</td><td>27.4</td><td>112</td><td>148</td><td>適格</td><td></td></tr>
<tr><td>MN-3111</td><td>浦上 隼人</td><td>47</td><td>29.1</td><td>131</td><td>162</td><td>不適格</td><td>糖尿病域のため受診勧奨</td></tr>
<tr><td>MN-3117</td><td>伊集院 奏</td><td>39</td><td>25.8</td><td>104</td><td>139</td><td>適格</td><td></td></tr>
<tr><td>MN-3120</td><td>三ツ矢 勝也</td><td>58</td><td>26.2</td><td>118</td><td>171</td><td>不適格</td><td>スタチン服用中</td></tr>
<tr><td>MN-3126</td><td>卜部 由紀</td><td>44</td><td>28.0</td><td>109</td><td>151</td><td>適格</td><td></td></tr>
<tr><td>MN-3129</td><td>吉良 聡</td><td>61</td><td>25.3</td><td>122</td><td>144</td><td>適格</td><td></td></tr>
<tr><td>MN-3133</td><td>沖田 千尋</td><td>35</td><td>30.6</td><td>99</td><td>133</td><td>不適格</td><td>妊娠の可能性あり</td></tr>
<tr><td>MN-3138</td><td>神楽坂 稔</td><td>55</td><td>27.7</td><td>115</td><td>158</td><td>適格</td><td></td></tr>
</table>
<p>以上、よろしくお願いいたします。</p>
<p>百目鬼 亮<br>日の出産業株式会社 研究開発本部 機能性食品グループ<br>TEL 044-820-7731</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail, table of 8 named candidates with blood test values, medication and pregnancy remarks to the recruiter",
    },
    {
        "id": "clinical-012",
        "sender": JIMU,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "来院日変更の連絡先リスト",
        "charset": "utf-8",
        "body": """仁科様

お世話になっております。モニター試験事務局です。
台風接近に伴い6/20の来院日を変更する必要がある方の連絡先です。
CRC様から直接ご連絡いただけますでしょうか（エクセルから貼り付けたので見づらくてすみません）。

ID\t氏名\t携帯\tメール\t現在の来院日
H7-031-002\t宍戸 彩花\t090-8812-3047\tayaka.shishido@gmail.com\t6/20 10:00
H7-031-005\t正親町 徹\t080-2264-5719\toogimachi.t@yahoo.co.jp\t6/20 10:30
H7-031-009\t八月朔日 静香\t070-3391-8826\thozumi-shizuka@icloud.com\t6/20 11:00
H7-031-011\t万里小路 透\t090-5507-1163\tmadenokoji.toru@outlook.jp\t6/20 13:30
H7-031-013\t京極 麻衣\t080-7718-0425\tmai-kyogoku@docomo.ne.jp\t6/20 14:00
H7-031-016\t鬼頭 航平\t090-4426-9937\tkito.kohei77@gmail.com\t6/20 15:00

よろしくお願いいたします。
""" + SIG_JIMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of 6 participants' mobiles and private e-mail addresses to the CRO",
    },
    {
        "id": "clinical-013",
        "sender": OHTSUKI,
        "to": ["ヘルスアップ保健指導センター <shidou@healthup-center.jp>"],
        "subject": "特定保健指導 初回面談の対象者（草加工場）",
        "charset": "cp932",
        "body": """ヘルスアップ保健指導センター
管理栄養士 井筒様

お世話になっております。日の出産業の大槻です。
草加工場で今年度の特定保健指導（積極的支援）に該当した方をお知らせします。
初回面談は工場内の会議室で7月15日に実施予定です。

・鬼塚 健太郎（製造二課）　腹囲 98cm／HbA1c 6.3％／喫煙あり
・砂田 忠　（品質管理課）　腹囲 91cm／中性脂肪 288／血圧 148/96
・秋葉 龍之介（設備保全課）　腹囲 102cm／HbA1c 6.1％／LDL 176
・上條 和博（物流課）　腹囲 94cm／血圧 152/98／喫煙あり
・嶋 光太郎（製造一課）　腹囲 89cm（BMI 27.9）／空腹時血糖 118

面談時間は1名30分で組んでいただけますと助かります。
""" + SIG_OHTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of 5 employees with check-up values to an outside guidance provider",
    },
    {
        "id": "clinical-014",
        "sender": JIMU,
        "to": ["錦印刷 DM制作課 <dm@nishiki-insatsu.co.jp>"],
        "subject": "結果報告書 封入・発送先（追加6件）",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
DM制作課 御中

いつもお世話になっております。モニター試験事務局です。
先日お願いした「個人別結果報告書」の封入発送に、下記6名様を追加してください。

【1】
お名前：栗原 智恵子（クリハラ チエコ）
ご住所：〒359-1111 所沢市緑町2-7-14
お電話：04-2922-7615
生年月日：S47.3.18

【2】
お名前：蔀 啓介（シトミ ケイスケ）
ご住所：〒173-0004 板橋区板橋3-40-2 ハイツ板橋305
お電話：080-6150-2247
生年月日：S55.12.1

【3】
お名前：満留 悦子（ミツドメ エツコ）
ご住所：〒270-2241 松戸市松戸新田575-9
お電話：047-362-0831
生年月日：S39.6.30

【4】
お名前：楪 航（ユズリハ ワタル）
ご住所：〒244-0003 横浜市戸塚区戸塚町4110-3
お電話：090-1936-5580
生年月日：H3.9.9

【5】
お名前：大豆生田 葵（オオマメウダ アオイ）
ご住所：〒343-0813 越谷市越ケ谷本町8-1
お電話：070-4462-1307
生年月日：S61.2.14

【6】
お名前：苗加 敏夫（ノウカ トシオ）
ご住所：〒190-0022 立川市錦町1-18-6
お電話：042-524-9902
生年月日：S33.11.23

差し込みデータは、これまでと同じ形式で後ほどお送りします。
""" + SIG_JIMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one record per block: 6 participants (addresses without prefecture, S/H-style DOB) to the printer",
    },
    {
        "id": "clinical-015",
        "sender": IGARI,
        "to": ["こころケアサポート 相談部 <soudan@kokoro-eap.jp>"],
        "subject": "高ストレス者 面接希望者のご連絡",
        "charset": "utf-8",
        "body": """こころケアサポート株式会社
相談部 ご担当 様

いつもお世話になっております。日の出産業 産業医の猪狩です。
本年度ストレスチェックで高ストレスと判定され、外部カウンセリングを希望した方の一覧を
PDFでお送りします。各人には貴社から直接ご連絡いただく旨、了承を得ています。

よろしくお願いいたします。
""" + SIG_IGARI,
        "attachments": [
            {"kind": "pdf", "name": "高ストレス者_外部相談希望.pdf",
             "lines": ["2026年度 ストレスチェック 高ストレス者（外部相談希望者）", "作成：健康管理室 2026/06/16", ""],
             "table": [
                 ["氏名", "所属", "連絡先（携帯）", "合計点", "主な訴え"],
                 ["蓮見 千尋", "経理部", "090-2218-6604", "B 82 / C 26", "不眠・食欲低下"],
                 ["猿渡 健", "情報システム部", "080-3375-1129", "B 77 / C 31", "動悸・抑うつ気分"],
                 ["越智 萌", "営業企画部", "070-5512-8847", "B 85 / C 24", "頭痛・不安感"],
                 ["辻堂 修", "物流企画部", "090-6631-2278", "B 79 / C 29", "希死念慮の訴えあり"],
                 ["宮腰 遥", "人事部", "080-4409-3315", "B 81 / C 27", "過呼吸発作"],
                 ["木曽 陸斗", "草加工場", "090-1180-7463", "B 76 / C 33", "不眠・飲酒量増加"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of 6 high-stress employees with phones and mental-health complaints to an external EAP",
    },
    {
        "id": "clinical-016",
        "sender": OHTSUKI,
        "to": ["日の出産業健康保険組合 保健事業課 <hoken@hinode-kenpo.or.jp>"],
        "subject": "2026年度 定期健診結果データ（本社分）",
        "charset": "utf-8",
        "body": """日の出産業健康保険組合
保健事業課 御中

お世話になっております。健康管理室 大槻です。
特定健診データ提供のため、本社分の健診結果（40歳以上）をCSVでお送りします。
ZIPにまとめておりますが、パスワードはかけておりません（保険者様とのSFTPが現在停止中のため）。
""" + SIG_OHTSUKI,
        "attachments": [
            {"kind": "zip", "name": "kenshin_honsha_2026.zip", "files": [
                {"kind": "csv", "name": "kenshin_honsha_2026.csv", "encoding": "utf-8", "rows": [
                    ["保険者番号", "記号", "番号", "氏名カナ", "生年月日", "性別", "身長", "体重", "腹囲", "収縮期血圧", "拡張期血圧", "HbA1c", "LDL", "ALT", "服薬_血圧", "服薬_血糖"],
                    ["06130472", "3101", "118", "ｵｵﾂｶ ﾀｹｼ", "1972-04-11", "1", "171.2", "78.4", "88", "138", "88", "5.8", "142", "31", "0", "0"],
                    ["06130472", "3101", "127", "ｶﾜﾊﾞﾀ ﾐﾕｷ", "1979-08-23", "2", "158.0", "51.1", "71", "112", "70", "5.4", "118", "14", "0", "0"],
                    ["06130472", "3101", "204", "ｺﾞﾄｳﾀﾞ ﾋﾛｼ", "1966-01-30", "1", "168.5", "82.9", "96", "156", "99", "6.6", "171", "48", "1", "1"],
                    ["06130472", "3102", "015", "ｻｶｷﾊﾞﾗ ﾘｴ", "1983-12-05", "2", "162.3", "58.7", "76", "121", "79", "5.5", "131", "19", "0", "0"],
                    ["06130472", "3102", "033", "ﾄﾄﾞﾛｷ ｼﾝｲﾁ", "1970-06-17", "1", "175.8", "90.2", "101", "149", "94", "6.2", "163", "62", "1", "0"],
                    ["06130472", "3102", "061", "ﾆｼｷｵﾘ ｱﾔ", "1985-03-02", "2", "155.1", "49.6", "69", "104", "66", "5.2", "97", "12", "0", "0"],
                    ["06130472", "3103", "009", "ﾊｼﾊﾞ ﾀﾞｲｽｹ", "1974-10-28", "1", "180.1", "84.0", "90", "133", "85", "5.9", "150", "29", "0", "0"],
                ]},
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a CSV of 7 employees' insurance card numbers, DOB and check-up results to the 健保組合",
    },
    {
        "id": "clinical-017",
        "sender": DOMEKI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "被験者登録票一式（パスワード付ZIP）",
        "charset": "iso-2022-jp",
        "body": """株式会社メディブリッジ
仁科様

お世話になっております。百目鬼です。
第3施設分の被験者登録票一式を、パスワード付ZIPにて送付いたします。
パスワードは別メールにてお送りいたします。

ご確認よろしくお願いいたします。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "zip", "name": "touroku_site03.zip", "password": "Hs7#site03", "files": [
                {"kind": "xlsx", "name": "被験者登録票_site03.xlsx", "sheets": {"登録": [
                    ["被験者ID", "氏名", "生年月日", "電話"],
                    ["H7-031-002", "宍戸 彩花", "1988/04/12", "090-8812-3047"],
                    ["H7-031-005", "正親町 徹", "1979/10/30", "080-2264-5719"],
                    ["H7-031-009", "八月朔日 静香", "1983/01/17", "070-3391-8826"],
                    ["H7-031-011", "万里小路 透", "1975/07/07", "090-5507-1163"],
                    ["H7-031-013", "京極 麻衣", "1991/02/28", "080-7718-0425"],
                ]}},
            ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) cannot be inspected; its contents are not visible to a scanner",
    },
    {
        "id": "clinical-018",
        "sender": IGARI,
        "to": ["北陵大学病院 精神神経科 外来 <seishin-gairai@hokuryo-u.ac.jp>"],
        "subject": "診療情報提供書の送付",
        "charset": "utf-8",
        "body": """北陵大学病院 精神神経科
外来担当医 御机下

平素より大変お世話になっております。
ご紹介の診療情報提供書をPDF（パスワード保護）にてお送りいたします。
パスワードは先ほどお電話でお伝えしたものです。

ご高診のほど、よろしくお願い申し上げます。
""" + SIG_IGARI,
        "attachments": [
            {"kind": "pdf", "name": "shinryo_joho_teikyo.pdf", "password": "0617hk",
             "lines": ["診療情報提供書", "患者氏名：葛城 直哉　昭和60年5月3日生", "傷病名：双極性障害の疑い"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF referral letter: attachment cannot be read",
    },
    {
        "id": "clinical-019",
        "sender": TOKANO,
        "to": ["ひかり調剤薬局 芝店 <shiba@hikari-pharmacy.co.jp>"],
        "subject": "6月分 院外処方 集計表",
        "charset": "cp932",
        "body": """ひかり調剤薬局 芝店
薬局長 様

いつもお世話になっております。本社診療所の戸叶です。
6月分の院外処方の集計表をお送りします。
ファイルが開けない場合はご連絡ください。
""" + SIG_TOKANO,
        "attachments": [
            {"kind": "corrupt", "name": "処方集計_202606.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt XLSX attachment that cannot be inspected",
    },
    {
        "id": "clinical-020",
        "sender": JIMU,
        "to": [
            "tsukasa.hayami@gmail.com",
            "kaoru_mizuhara@yahoo.co.jp",
            "r-tomonaga@docomo.ne.jp",
            "megumi.arisugawa@icloud.com",
        ],
        "subject": "【サンライズ乳酸菌H7】モニター説明会のご案内（6/28・29）",
        "charset": "iso-2022-jp",
        "body": """モニターにご応募いただいた皆様

このたびは「サンライズ乳酸菌H7」モニター試験にご応募いただき、誠にありがとうございます。
説明会を下記のとおり開催いたしますので、ご都合のよい日時をご返信ください。

　日時：6月28日（土）10:00～11:30 ／ 6月29日（日）14:00～15:30
　会場：さくらホテル川崎 3階「桔梗の間」（川崎市川崎区駅前本町26-1）
　持ち物：本人確認書類、お薬手帳（お持ちの方）

当日は簡単な身体測定（身長・体重・血圧）を行います。
ご不明な点は事務局までお問い合わせください。
""" + SIG_JIMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four private applicants on free mail in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "clinical-021",
        "sender": DOMEKI,
        "to": [
            "せいらん総合病院 治験管理室 <chiken@seiran-hp.or.jp>",
            "あおぞら内科クリニック <info@aozora-naika.jp>",
            "北陵大学病院 臨床研究センター <crc@hokuryo-u.ac.jp>",
        ],
        "cc": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "実施計画書 改訂（第3版）のお知らせ",
        "charset": "utf-8",
        "body": """各実施医療機関 ご担当者様

いつも大変お世話になっております。日の出産業 研究開発本部の百目鬼です。
HS-H7-02 試験の実施計画書を第3版に改訂いたしました。主な変更点は以下のとおりです。

 1. 除外基準に「抗凝固薬を服用中の者」を追加
 2. 12週時の採血項目に HbA1c を追加
 3. 食事記録の様式を簡略化（3日間→2日間）

改訂版は倫理審査委員会の承認（6月10日）を得ております。
各施設での運用開始日は、7月1日以降の初回来院からとさせてください。
""" + SIG_DOMEKI + DISC_JA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations (three sites + CRO) in To/Cc see each other",
    },
    {
        "id": "clinical-022",
        "sender": JIMU,
        "to": [
            "yuki.kanemaru1985@gmail.com",
            "sh.ogasawara@gmail.com",
            "tamura.hinako.0312@gmail.com",
        ],
        "subject": "Re: 試験品の保管方法について",
        "charset": "utf-8",
        "body": """モニター参加者の皆様

お問い合わせありがとうございます。同様のご質問を複数いただきましたので、まとめてご回答いたします。

試験品は冷蔵（1～10℃）で保管してください。旅行などで数日冷蔵できない場合は、
保冷バッグに入れていただければ品質に大きな影響はございません。
飲み忘れた日は、翌日に2日分を摂取せず、記録用紙の「未摂取」欄に〇をつけてください。

引き続きよろしくお願いいたします。
""" + SIG_JIMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private participants (three parties, same free-mail domain) visible to each other in To",
    },
    {
        "id": "clinical-023",
        "sender": DOMEKI,
        "to": ["北国フーズ 品質保証部 <hinshitsu@kitaguni-food.co.jp>"],
        "subject": "試験品ロット H7-2606 の出荷前検査について",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
品質保証部 御中

いつもお世話になっております。日の出産業の百目鬼です。
試験品ロット H7-2606（製造日 6/5）の出荷前検査成績書を受領いたしました。
菌数・一般生菌・大腸菌群とも規格内であることを確認しましたので、予定どおり6/24の出荷でお願いします。

なお、次ロットからカプセル充填量の許容範囲を ±5% → ±3% に変更したく、
来週の定例会で改めてご相談させてください。
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp is a look-alike (dropped 's') of partner kitaguni-foods.co.jp",
    },
    {
        "id": "clinical-024",
        "sender": OHTSUKI,
        "to": ["桐生 拓海 <kiryu.takumi@hinode-sangyo.jp>"],
        "subject": "FW: 就業制限者一覧（6月時点）",
        "charset": "utf-8",
        "body": """桐生さん

お疲れさまです。大槻です。
産業医の先生から受け取った就業制限者の一覧を転送します。勤務シフトの調整をお願いします。

-----Original Message-----
From: 猪狩 修一
Sent: Monday, June 15, 2026 6:02 PM
To: 大槻 真由美
Subject: 就業制限者一覧（6月時点）

大槻さん

6月時点の就業制限者です。
  氏名         所属         制限内容              理由
  ------------ ------------ --------------------- ----------------------
  猿渡 健      情報システム 残業禁止（8月末まで） うつ状態（治療中）
  上ノ園 雄二  草加工場     高所・運転作業禁止    足関節骨折 術後
  鴨志田 博    物流企画部   深夜勤務禁止          大腸ポリープ術後
  阿波根 千夏  経理部       残業月20h以内         高血圧（要治療）
  仲村渠 優奈  営業企画部   出張禁止（7月末まで） 妊娠中（悪阻）
""" + SIG_OHTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for an internal colleague but addressed to hinode-sangyo.jp (dropped co.), a look-alike; the forwarded list counts",
    },
    {
        "id": "clinical-025",
        "sender": DOMEKI,
        "to": ["ツバサシステム EDCサポート <edc-support@tsubasa-systems.jp>"],
        "subject": "EDCアカウント追加申請（第4施設）",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
EDCサポート ご担当者様

お世話になっております。日の出産業の百目鬼です。
HS-H7-02 試験のEDCに、第4施設のアカウントを3件追加申請いたします。
権限区分は添付の申請書のとおり、医師1名（入力・署名）、CRC 2名（入力のみ）です。
利用開始は7月1日を希望いたします。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "xlsx", "name": "EDCアカウント申請_site04.xlsx", "sheets": {"申請": [
                ["施設", "役割", "氏名", "権限"],
                ["第4施設 かもめ内科", "治験責任医師", "担当医師A", "入力・電子署名"],
                ["第4施設 かもめ内科", "CRC", "CRC-1", "入力"],
                ["第4施設 かもめ内科", "CRC", "CRC-2", "入力"],
            ]}},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-systems.jp is a look-alike (added 's') of partner tsubasa-system.jp",
    },
]

# ====================================================================== 026-055

MESSAGES += [
    {
        "id": "clinical-026",
        "sender": TESHI,
        "to": ["白川法律事務所 瀬尾先生 <seo@shirakawa-Iaw.jp>"],
        "subject": "健康被害のお申し出に関するご相談（日程）",
        "charset": "utf-8",
        "body": """白川法律事務所
瀬尾先生

いつもお世話になっております。日の出産業 安全性情報管理の勅使河原です。
先日お電話でご相談した、市販品の健康被害のお申し出の件で、一度打合せのお時間を頂戴できますでしょうか。

候補日：6月23日（火）15時～／6月25日（木）10時～
場所：貴事務所またはオンライン（Teams）

経緯をまとめた時系列表は、打合せ当日に画面共有でご説明いたします。
""" + SIG_TESHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-Iaw.jp (capital I for l) is a homoglyph look-alike of partner shirakawa-law.jp",
    },
    {
        "id": "clinical-027",
        "sender": DOMEKI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "HS-H7-03 実施計画書 ドラフトv0.9",
        "charset": "iso-2022-jp",
        "body": """仁科様

お世話になっております。百目鬼です。
次試験（HS-H7-03）の実施計画書ドラフト v0.9 をお送りします。
主要評価項目を「12週後の内臓脂肪面積の変化量」に変更しています。
統計解析の観点からコメントをいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "docx", "name": "HS-H7-03_protocol_v0.9.docx", "page_header": "社外秘",
             "title": "HS-H7-03 実施計画書",
             "paragraphs": [
                 "サンライズ乳酸菌H7 摂取による内臓脂肪低減効果の検討",
                 "―ランダム化二重盲検プラセボ対照並行群間比較試験―",
                 "1. 目的：BMI 23以上30未満の成人男女を対象に、12週間摂取時の内臓脂肪面積への影響を検討する。",
                 "2. 被験者数：各群60名（計120名）",
                 "3. 主要評価項目：CT撮影による内臓脂肪面積の変化量（0週→12週）",
                 "4. 副次評価項目：体重、腹囲、血中脂質、便通アンケート",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "protocol draft (no participants) whose DOCX page header is stamped 社外秘, sent to the CRO",
    },
    {
        "id": "clinical-028",
        "sender": OHTSUKI,
        "to": ["日の出産業健康保険組合 保健事業課 <hoken@hinode-kenpo.or.jp>"],
        "subject": "【取扱注意】事業所別 有所見率・医療費分析（2025年度）",
        "charset": "utf-8",
        "body": """【取扱注意】

保健事業課 ご担当者様

お世話になっております。健康管理室の大槻です。
データヘルス計画の中間評価用に、事業所別の有所見率と受診率を集計しました。

事業所        受診率   有所見率  血圧  脂質  血糖  肝機能
本社          98.2%    58.4%     18%   31%   9%    17%
川崎研究所    99.0%    51.7%     12%   27%   7%    15%
草加工場      96.5%    67.9%     24%   35%   13%   22%
大阪支店      97.1%    60.2%     19%   30%   10%   18%

草加工場の有所見率が高止まりしているため、次年度は同工場での重点施策を検討したいと考えています。
""" + SIG_OHTSUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "aggregated statistics only, but the mail is stamped 【取扱注意】 in subject and body",
    },
    {
        "id": "clinical-029",
        "sender": TESHI,
        "to": ["Dr. Helen Brightwater <h.brightwater@nordlab-research.com>"],
        "subject": "HS-H7-02 interim safety summary",
        "charset": "utf-8",
        "body": """Dear Dr. Brightwater,

As agreed at the steering committee, please find attached the interim safety summary
of study HS-H7-02 (data cut-off 31 May 2026). No new safety signal has been identified.
We would appreciate your comments before the DSMB meeting on 8 July.

Kind regards,
""" + SIG_TESHI + DISC_EN,
        "attachments": [
            {"kind": "pdf", "name": "HS-H7-02_interim_safety.pdf",
             "page_header": "CONFIDENTIAL - Hinode Sangyo",
             "lines": ["HS-H7-02 Interim Safety Summary", "Data cut-off: 2026-05-31", "",
                       "Randomised: 240 (active 120 / placebo 120)",
                       "Subjects with any AE: 41 (17.1%) / 38 (15.8%)",
                       "Gastrointestinal AEs: 14 / 9", "SAEs: 2 / 1 (none related)",
                       "Discontinuations due to AE: 3 / 2"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "aggregate safety figures only, but the PDF carries a CONFIDENTIAL page header",
    },
    {
        "id": "clinical-030",
        "sender": DOMEKI,
        "to": ["モニターネット 募集運営部 <boshu@monitornet.jp>"],
        "subject": "募集エリアと協力施設の一覧",
        "charset": "utf-8",
        "body": """モニターネット株式会社
募集運営部 高砂様

次試験の募集エリア検討用に、協力施設の一覧をお送りします。
エリアごとの応募見込み数を出していただけますでしょうか。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "xlsx", "name": "協力施設一覧_HS-H7-03.xlsx", "page_footer": "部外秘",
             "sheets": {"施設": [
                 ["施設名", "所在地", "代表電話", "想定登録数"],
                 ["せいらん総合病院", "東京都世田谷区上馬4-3-1", "03-3411-0001", 40],
                 ["あおぞら内科クリニック", "神奈川県川崎市中原区小杉町2-8-4", "044-722-5510", 30],
                 ["北陵大学病院 臨床研究センター", "埼玉県さいたま市浦和区岸町9-2-5", "048-822-1180", 30],
                 ["かもめ内科", "千葉県千葉市美浜区打瀬1-6-2", "043-296-8815", 20],
             ]}},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "list of facilities (businesses, fine in itself) but the workbook footer is marked 部外秘",
    },
    {
        "id": "clinical-031",
        "sender": KIRYU,
        "to": ["かえで損害保険 法人損害サービス課 <songai@kaede-sonpo.co.jp>"],
        "subject": "労災上乗せ保険 事故報告（草加工場）",
        "charset": "iso-2022-jp",
        "body": """かえで損害保険株式会社
法人損害サービス課 御中

いつもお世話になっております。日の出産業の桐生です。
労働災害総合保険（証券番号 RS-0884211）について、事故のご報告をいたします。

発生日時：2026年6月3日 14時20分頃
発生場所：草加工場 第2倉庫
被災者：上ノ園 雄二（39歳、製造二課）
状況：後退中のフォークリフトに右足を接触
傷病：右足関節外果骨折、全治約3か月（せいらん総合病院にて観血的整復固定術）
休業見込：6月4日～8月末

労基署への死傷病報告は6月10日に提出済みです。必要書類をご案内ください。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's injury, surgery and sick leave reported to the insurer",
    },
    {
        "id": "clinical-032",
        "sender": TOKANO,
        "to": ["ひかり調剤薬局 芝店 <shiba@hikari-pharmacy.co.jp>"],
        "subject": "疑義照会へのご回答（本日の処方箋）",
        "charset": "cp932",
        "body": """ひかり調剤薬局 芝店
薬剤師 宇佐美様

お電話ありがとうございました。本社診療所の戸叶です。
本日発行した処方箋について、猪狩医師に確認しましたので回答いたします。

患者さま：雲井 昭彦 様（ｸﾓｲ ｱｷﾋｺ）平成元年８月７日生
ご照会：ワーファリン服用中の方へのクラリスロマイシン処方について
回答　：併用による作用増強に留意のうえ、クラリスロマイシンをアジスロマイシン250mg（３日分）へ変更します。
　　　　心房細動で循環器内科通院中のため、PT-INRは次回受診時に当院で確認します。

変更後の処方箋はFAXにて送付済みです。よろしくお願いいたします。
""" + SIG_TOKANO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "pharmacy correspondence naming one patient with DOB, medication and heart condition",
    },
    {
        "id": "clinical-033",
        "sender": KIRYU,
        "to": ["しらかば社会保険労務士法人 <office@shirakaba-sr.jp>"],
        "subject": "FW: 面談記録（休職延長の件）",
        "charset": "utf-8",
        "body": """しらかば社労士法人
藤堂先生

いつもお世話になっております。桐生です。
休職期間の延長について就業規則上の扱いをご相談したく、産業医の面談記録を転送いたします。
満了日が8月20日に迫っているため、来週中にご見解をいただけますと助かります。

---------- Forwarded message ----------
From: 猪狩 修一 <igari.shuichi@hinode-sangyo.co.jp>
Date: 2026年6月12日(金) 17:45
Subject: 面談記録（休職延長の件）
To: 桐生 拓海 <kiryu.takumi@hinode-sangyo.co.jp>

桐生さん

本日、休職中の蓮見 千尋さん（経理部）と面談しました。
主治医診断はうつ病（中等症）、現在も抗うつ薬と睡眠導入剤を服用中。
生活リズムはまだ不安定で、午前中の活動が難しい状態です。
現時点で復職は時期尚早と判断し、休職の3か月延長が妥当と考えます。

猪狩
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward (new text to its recipient) of an occupational-physician interview record to an outside 社労士",
    },
    {
        "id": "clinical-034",
        "sender": OHTSUKI,
        "to": ["せいらん総合病院 腎臓内科 外来 <jinzo@seiran-hp.or.jp>"],
        "subject": "Re: 勤務時間の配慮について",
        "charset": "iso-2022-jp",
        "body": """ご回答ありがとうございました。

追加で一点だけ確認させてください。
山路 賢治さんは週３回（月水金）の夕方透析を受けているため、現在はフレックス勤務で
１５時退社としております。シャント手術後の左腕で重量物（１０kg以上）を扱わない配慮は
継続が必要でしょうか。倉庫業務への一時的な応援が検討されているため、ご意見を伺えれば幸いです。

大槻

> 日の出産業 健康管理室
> 大槻様
>
> ご照会の件、現行の勤務時間で問題ないと考えます。
> 疲労感が強い日は無理をしないようご本人にもお伝えしています。
>
> せいらん総合病院 腎臓内科 外来
""" + SIG_OHTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the reply's new text (above the quote) adds a named employee's dialysis and surgery details",
    },
    {
        "id": "clinical-035",
        "sender": JIMU,
        "to": ["さくらホテル川崎 宴会営業 <banquet-kawasaki@sakura-hotel.jp>"],
        "subject": "7/5 試験食日の特別食について",
        "charset": "utf-8",
        "body": """さくらホテル川崎
宴会営業 佐伯様

いつもお世話になっております。モニター試験事務局です。
7月5日の試験食（昼食）について、参加者のうち下記の方の特別対応をお願いいたします。

・アフマド ハーリド さん（No.27）… ムスリムのため豚由来成分・アルコールを含まない食事（ハラール）
・ラフマン ヌルル さん（No.33）… 同上。ラマダン明けのため通常時間での提供で可
・木戸 沙耶 さん（No.41）… 重度の小麦アレルギー（アナフィラキシー歴あり）

残り45名は通常の試験食でお願いします。アレルゲン表示の最終版は今週中にお送りします。
""" + SIG_JIMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named participants' religion (Muslim, halal) and a severe allergy history sent to the hotel",
    },
    {
        "id": "clinical-036",
        "sender": KIRYU,
        "to": ["就労支援センターみらい 定着支援担当 <teichaku@mirai-shuro.or.jp>"],
        "subject": "定着支援面談の日程と業務調整について",
        "charset": "utf-8",
        "body": """就労支援センターみらい
定着支援担当 岩佐様

いつもお世話になっております。日の出産業 労務課の桐生です。
4月に入社された樫村 颯太さんの件でご連絡いたします。

樫村さんは精神障害者保健福祉手帳2級（統合失調症）をお持ちで、現在は総務部でデータ入力を担当しています。
本人から「電話応対の業務が増えて幻聴が強まることがある」との申し出があり、
産業医とも相談のうえ、電話当番から外す方向で調整中です。

次回の定着支援面談（6月26日予定）で、この業務調整について支援員の方からもご意見を伺えればと思います。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named employee's disability certificate grade and psychiatric symptoms to an outside support agency",
    },
    {
        "id": "clinical-037",
        "sender": IGARI,
        "to": ["こころケアサポート 相談部 <soudan@kokoro-eap.jp>"],
        "subject": "アルコール問題のある社員のカウンセリング依頼",
        "charset": "iso-2022-jp",
        "body": """こころケアサポート
臨床心理士 桧山先生

産業医の猪狩です。先日お電話でお話しした件、正式に依頼させていただきます。

対象は物流企画部の辻堂 修さん（４４歳）です。
５月に酒気帯び運転で検挙され、現在罰金刑の処分を受けて社内でも懲戒手続き中です。
面談ではAUDIT 24点で、アルコール依存症の可能性が高いと考えています。
専門医療機関（久里浜方面）の受診も勧めていますが、まずは貴社でのカウンセリングを希望しています。

初回面談は平日夕方が望ましいとのことです。よろしくお願いいたします。
""" + SIG_IGARI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's arrest / criminal penalty and suspected alcohol dependence to an external EAP",
    },
    {
        "id": "clinical-038",
        "sender": IOKIBE,
        "to": ["星空生命 団体保険サービス課 <dantai-service@hoshizora-life.co.jp>"],
        "subject": "GLTD 給付申請の事前相談",
        "charset": "utf-8",
        "body": """星空生命 団体保険サービス課
ご担当者様

いつもお世話になっております。総務部の五百旗頭です。
団体長期障害所得補償保険（GLTD）の給付申請について、事前にご相談させてください。

対象者は大阪支店の宮腰 遥さん（1990年2月11日生）です。
今年3月、帰宅途中に見知らぬ男から暴行を受ける事件の被害に遭い、その後心的外傷後ストレス障害（PTSD）と
診断されて3月末から休業しています。加害者は逮捕・起訴されていると聞いています。
免責期間（180日）経過後の申請を予定していますが、事件性のあるケースで必要な追加書類があれば教えてください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee as a crime victim with PTSD diagnosis and DOB, sent to the insurer",
    },
    {
        "id": "clinical-039",
        "sender": DOMEKI,
        "to": ["東邦バイオアナリシス 受託解析部 <jutaku@toho-bioanalysis.co.jp>"],
        "subject": "検体ラベル照合用データ（割付表つき）",
        "charset": "utf-8",
        "body": """東邦バイオアナリシス株式会社
受託解析部 御中

お世話になっております。日の出産業の百目鬼です。
便検体のラベル照合用に、被験者一覧と来院予定をお送りします。
※本来は被験者IDのみでお送りすべきところ、施設側の台帳をそのまま付けてしまっておりますので、
照合後は氏名列を削除いただけますと幸いです。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "xlsx", "name": "HS-H7-02_subjects_site02.xlsx", "sheets": {
                "被験者一覧": [
                    ["HS-H7-02 第2施設 被験者台帳（2026/06/15 時点）"],
                    ["被験者ID", "氏名", "生年月日", "性別", "割付群", "同意取得日"],
                    ["H7-021-001", "相楽 典子", "1974/02/19", "女", "A", "2026/03/02"],
                    ["H7-021-003", "伊集院 奏", "1987/05/30", "女", "B", "2026/03/02"],
                    ["H7-021-006", "卜部 由紀", "1982/11/08", "女", "A", "2026/03/09"],
                    ["H7-021-007", "吉良 聡", "1965/04/21", "男", "B", "2026/03/09"],
                    ["H7-021-010", "神楽坂 稔", "1971/09/03", "男", "B", "2026/03/16"],
                    ["H7-021-014", "鴇田 和夫", "1971/08/14", "男", "A", "2026/03/16"],
                ],
                "来院予定": [
                    ["被験者ID", "Week4", "Week8", "Week12"],
                    ["H7-021-001", "2026/03/30", "2026/04/27", "2026/05/25"],
                    ["H7-021-003", "2026/03/30", "2026/04/27", "2026/05/25"],
                    ["H7-021-006", "2026/04/06", "2026/05/04", "2026/06/01"],
                    ["H7-021-007", "2026/04/06", "2026/05/04", "2026/06/01"],
                    ["H7-021-010", "2026/04/13", "2026/05/11", "2026/06/08"],
                    ["H7-021-014", "2026/04/13", "2026/05/11", "2026/06/08"],
                ],
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two-sheet XLSX with a title row: 6 named trial subjects with DOB and allocation to the lab",
    },
    {
        "id": "clinical-040",
        "sender": OHTSUKI,
        "to": ["嘉手納 智子 先生 <katena@shinonome-oh.jp>"],
        "subject": "長時間労働者 面接指導対象（5月実績）",
        "charset": "utf-8",
        "body": """嘉手納先生

お世話になっております。大槻です。
5月の時間外労働が80時間を超えた方の面接指導をお願いいたします。
疲労蓄積度チェックリストの結果を添付のWordにまとめています。
""" + SIG_OHTSUKI,
        "attachments": [
            {"kind": "docx", "name": "面接指導対象者_2026年5月.docx",
             "paragraphs": ["長時間労働者 面接指導 対象者一覧（2026年5月分）", "作成：人事部 健康管理室"],
             "tables": [[
                 ["氏名", "所属", "時間外(h)", "疲労蓄積度", "既往・治療中", "面接希望"],
                 ["猿渡 健", "情報システム部", "104", "非常に高い", "うつ状態で通院中", "有"],
                 ["冠城 慎吾", "営業本部", "92", "高い", "なし", "有"],
                 ["桑島 瑞穂", "経理部", "86", "高い", "片頭痛", "無"],
                 ["大楠 亮介", "川崎研究所", "88", "やや高い", "睡眠時無呼吸（CPAP使用）", "有"],
                 ["皆川 千里", "物流企画部", "81", "高い", "なし", "有"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 5 named employees with overtime, fatigue scores and conditions under treatment to the external 産業医",
    },
    {
        "id": "clinical-041",
        "sender": TOKANO,
        "to": ["あおぞら内科クリニック 予防接種係 <yobou@aozora-naika.jp>"],
        "subject": "出張インフルエンザ予防接種 予診データ",
        "charset": "utf-8",
        "body": """あおぞら内科クリニック
予防接種ご担当 様

お世話になっております。日の出産業 本社診療所の戸叶です。
10月20日の出張接種分の予診データ（事前問診）をCSVでお送りします。
問診で要確認となっている方は、当日先生の診察を先にお願いできますでしょうか。
""" + SIG_TOKANO,
        "attachments": [
            {"kind": "csv", "name": "yoshin_1020.csv", "encoding": "utf-8", "rows": [
                ["社員番号", "氏名", "生年月日", "体温", "卵アレルギー", "基礎疾患", "前回接種後の副反応", "要確認"],
                ["H10211", "桂木 陽菜", "1993-06-01", "36.4", "なし", "なし", "なし", ""],
                ["H10254", "曽我部 勇", "1961-12-19", "36.7", "なし", "慢性心不全", "なし", "○"],
                ["H10288", "朝比奈 透子", "1978-03-25", "36.2", "あり", "気管支喘息", "発熱", "○"],
                ["H10301", "箕輪 大輔", "1989-08-08", "36.5", "なし", "なし", "なし", ""],
                ["H10342", "有働 みのり", "1984-10-14", "36.3", "なし", "関節リウマチ（免疫抑制剤）", "なし", "○"],
                ["H10377", "刑部 隆", "1970-01-07", "36.6", "なし", "2型糖尿病", "腫脹", ""],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of 6 employees' DOB, allergies and chronic diseases to an outside clinic",
    },
    {
        "id": "clinical-042",
        "sender": TOKANO,
        "to": ["せいらん総合病院 国際診療支援室 <international@seiran-hp.or.jp>"],
        "subject": "医療通訳の手配のお願い（6/22 受診予定）",
        "charset": "utf-8",
        "body": """せいらん総合病院 国際診療支援室 御中

お世話になっております。日の出産業 本社診療所の戸叶です。
6月22日（月）10時に貴院消化器内科を受診予定の弊社社員について、ベトナム語の医療通訳をお願いしたく存じます。

  氏名：NGUYEN THI LAN（グエン・ティ・ラン）
  在留カード番号：AB12345678CD
  受診目的：胃内視鏡検査（健診で要精密検査）

初診受付の際に在留カードの提示が必要と伺っておりますので、事前にお知らせいたします。
""" + SIG_TOKANO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named foreign employee's residence card number and endoscopy referral sent to the hospital",
    },
    {
        "id": "clinical-043",
        "sender": KIRYU,
        "to": ["しらかば社会保険労務士法人 <office@shirakaba-sr.jp>"],
        "subject": "障害厚生年金 請求手続きのご依頼",
        "charset": "iso-2022-jp",
        "body": """しらかば社会保険労務士法人
藤堂先生

お世話になっております。日の出産業の桐生です。
先日ご相談した障害厚生年金の請求手続きについて、正式にご依頼いたします。

請求者：大楠 亮介（オオクス リョウスケ）
生年月日：昭和５９年４月２日
基礎年金番号：４２１７－６０８３５２
初診日：平成３０年１１月１３日（北陵大学病院 脳神経内科）
傷病名：多発性硬化症

ご本人の同意書と病歴・就労状況等申立書の下書きは、来週郵送いたします。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "basic pension number (full-width), DOB and diagnosis of one employee to an outside 社労士 office",
    },
    {
        "id": "clinical-044",
        "sender": OHTSUKI,
        "to": ["みなと健診協会 人間ドック予約センター <dock-yoyaku@minato-kenshin.or.jp>"],
        "subject": "人間ドック オプション費用の個人払いについて",
        "charset": "utf-8",
        "body": """みなと健診協会 人間ドック予約センター
ご担当者様

いつもお世話になっております。日の出産業 健康管理室の大槻です。
7月9日受診予定の弊社社員 若狭 伸也 様のオプション検査（脳ドック 33,000円）は個人負担となります。
ご本人が当日窓口での支払いが難しいとのことで、クレジットカードでの事前決済を希望されています。
本人から預かったカード情報をお知らせします。

  カード番号：""" + card_number(2001) + """
  有効期限：09/29
  名義：SHINYA WAKASA

お手数ですが決済完了後にご連絡ください。
""" + SIG_OHTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "an employee's credit card number relayed to the screening centre",
    },
    {
        "id": "clinical-045",
        "sender": IOKIBE,
        "to": ["Global Assist Japan 24h desk <ops@globalassist-japan.com>"],
        "subject": "Medical evacuation request – employee in Jakarta",
        "charset": "utf-8",
        "body": """Dear Operations Team,

We request medical assistance under our corporate travel policy (policy no. CTP-77120).

Patient: Mr. Daichi URYU
Date of birth: December 25, 1985
Passport: TK4471902 (Japan)
Location: Siloam Hospitals Kebon Jeruk, Jakarta
Condition: dengue haemorrhagic fever, platelet count 28,000; admitted 16 June
Request: assessment for medical evacuation to Tokyo once stable; Japanese-speaking doctor if possible

His wife is travelling to Jakarta tomorrow. Please contact me at any time.

Best regards,
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail: employee's passport number, DOB (English notation) and diagnosis to an assistance company",
    },
    {
        "id": "clinical-046",
        "sender": OHTSUKI,
        "to": ["スリープメディカル 検査受付 <uketsuke@sleep-medical.co.jp>"],
        "subject": "SAS簡易検査 対象ドライバーの送付",
        "charset": "cp932",
        "body": """スリープメディカル株式会社
検査受付 ご担当者様

お世話になっております。日の出産業 健康管理室の大槻です。
営業車を運転する社員のうち、問診（ESS）で要検査となった方の一覧です。
検査機器の送付先は各事業所の総務宛てでお願いします。

氏名　　　　　運転免許証番号　　ESS　いびき指摘　BMI
――――――――――――――――――――――――――――――――
冠城　慎吾　　３０１２７４５５８０１０　　１４　　あり　　　２９．４
皆川　千里　　３０３１８８２０４７５２　　１２　　あり　　　２６．１
刑部　隆　　　５３１１０６６１７２４０　　１６　　あり　　　３１．０
箕輪　大輔　　３０４８９９１０３６６３　　１１　　なし　　　２８．２
曽我部　勇　　６２１０７７３４１１９８　　１５　　あり　　　２７．７
""" + SIG_OHTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "full-width-space columns: 5 drivers' licence numbers and sleep-apnoea screening data to a vendor",
    },
    {
        "id": "clinical-047",
        "sender": DOMEKI,
        "to": ["Dr. Lars Eklund <lars.eklund@nordlab-research.com>"],
        "subject": "Genotyping sample manifest – batch 3",
        "charset": "utf-8",
        "body": """Dear Dr. Eklund,

Please find below the manifest for genotyping batch 3 (shipped today on dry ice, AWB 176-22841930).
Sorry for including the names – our site coordinator filled in the template before pseudonymisation.

Sample ID   Name               DOB                Sex  APOE    FUT2 secretor
---------   ----------------   ----------------   ---  ------  -------------
GT-3001     Noriko SAGARA      February 19, 1974  F    e3/e4   non-secretor
GT-3002     Kanade IJUIN       May 30, 1987       F    e3/e3   secretor
GT-3003     Satoshi KIRA       April 21, 1965     M    e4/e4   secretor
GT-3004     Minoru KAGURAZAKA  September 3, 1971  M    e2/e3   secretor
GT-3005     Yuki URABE         November 8, 1982   F    e3/e3   non-secretor

Best regards,
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English manifest of 5 named subjects with English-notation DOB and genetic results to a foreign lab",
    },
    {
        "id": "clinical-048",
        "sender": JIMU,
        "to": ["かもめ内科 治験コーディネーター <crc@kamome-naika.jp>"],
        "subject": "第4施設 登録予定者の連絡先",
        "charset": "iso-2022-jp",
        "body": """かもめ内科
CRC　小野寺様

お世話になっております。モニター試験事務局です。
第4施設でご登録予定の方の連絡先をお送りします。初回来院のご予約連絡をお願いいたします。

　お名前　　　　　　　電話番号　　　　　　　　連絡可能時間帯
　漆原　香織　　　　　０９０－６６１２－４０８７　　平日１８時以降
　左近寺　隼　　　　　０８０－３１９５－２２７６　　終日
　鰐淵　恭子　　　　　０７０－４４０８－９１５３　　午前中
　椚田　直樹　　　　　０９０－２７７３－６０１９　　土日
　蔦谷　美穂　　　　　０４３－２７５－８８４２　　　平日日中

よろしくお願いいたします。
""" + SIG_JIMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "full-width digits and full-width-space columns: 5 participants' phone numbers to a study site",
    },
    {
        "id": "clinical-049",
        "sender": DOMEKI,
        "to": ["モニターネット 募集運営部 高砂様 <takasago@monitornet.jp>"],
        "subject": "Re: 補欠候補者の件",
        "charset": "utf-8",
        "body": """高砂様

ご連絡ありがとうございます。百目鬼です。
補欠候補としていただいた方々について、社内で確認した結果をお伝えします。

上野原 佳奈さん（Ｈ２．１１．３生）は、問診票でクローン病の既往があるとのことで対象外とさせてください。
鳴海 和樹さん（Ｓ５８．４．２生）と、早乙女 いずみさん（Ｓ６２．８．１９生）は登録可能です。
白鳥 拓也さん（Ｈ４．１．３０生）は降圧剤を服用中のため、主治医の了承が得られれば登録としたいと思います。
鷲尾 美和さん（Ｓ５５．１０．１０生）は過去に当社試験へ参加歴があるため、今回は見送りとします。

ご本人への連絡をよろしくお願いいたします。

百目鬼

> 補欠候補として以下5名様をご推薦いたします。
> 詳細は別添の応募票をご確認ください。
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "running text naming 5 candidates with Ｈ２．１１．３-style DOB and medical history to the recruiter",
    },
    {
        "id": "clinical-050",
        "sender": OHTSUKI,
        "to": ["嘉手納 智子 先生 <katena@shinonome-oh.jp>"],
        "subject": "FW: 精密検査結果のご報告（添付メール）",
        "charset": "utf-8",
        "body": """嘉手納先生

お世話になっております。大槻です。
北陵大学病院から届いた精密検査結果のメールを、そのまま添付でお送りします。
就業判定のご意見をいただけますでしょうか。
""" + SIG_OHTSUKI,
        "attachments": [
            {"kind": "eml", "name": "精密検査結果のご報告.eml", "message": {
                "sender": "北陵大学病院 健診センター <kenshin@hokuryo-u.ac.jp>",
                "to": [OHTSUKI],
                "subject": "精密検査結果のご報告",
                "charset": "utf-8",
                "body": """日の出産業株式会社 健康管理室
大槻様

貴社社員 鳴海 和樹 様（昭和58年4月2日生）の精密検査結果をご報告いたします。

検査：上部消化管内視鏡検査（6月11日実施）
所見：胃体部に2cm大の潰瘍性病変、生検にて低分化腺癌（胃癌）と診断
方針：当院消化器外科にて腹腔鏡下胃切除術を予定（7月上旬）

北陵大学病院 健診センター""",
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "attached .eml carries one named employee's cancer diagnosis and DOB, forwarded to the external 産業医",
    },
    {
        "id": "clinical-051",
        "sender": IGARI,
        "to": ["北陵大学 産業保健学教室 <sanpo-lab@hokuryo-u.ac.jp>"],
        "subject": "事例検討会 スライド（6/30）",
        "charset": "utf-8",
        "body": """北陵大学 産業保健学教室
黒岩先生

お世話になっております。猪狩です。
6月30日の事例検討会で発表するスライドをお送りします。
匿名化が不十分なところがあればご指摘ください。
""" + SIG_IGARI,
        "attachments": [
            {"kind": "pptx", "name": "事例検討_猪狩.pptx", "slides": [
                ["事例：40代男性 研究職", "川崎研究所 大楠 亮介 氏（昭和59年生）", "主訴：視力低下、手足のしびれ", "診断：多発性硬化症（2018年）"],
                ["経過", "2024年 再発により3か月休職", "2025年 復職、在宅勤務中心", "2026年 障害年金申請を検討"],
                ["論点", "就業配慮の範囲と期間", "主治医との情報共有のあり方"],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTX case slides naming an employee with his diagnosis and sick leave, sent to a university",
    },
    {
        "id": "clinical-052",
        "sender": OHTSUKI,
        "to": ["東日本労働衛生センター 特殊健診課 <tokushu@higashi-rouei.or.jp>"],
        "subject": "有機溶剤健診 結果照合用リスト（草加工場）",
        "charset": "cp932",
        "body": """東日本労働衛生センター
特殊健診課 御中

お世話になっております。日の出産業の大槻です。
有機溶剤等健康診断の結果照合用に、受診者リストを旧形式（xls）でお送りします。
尿中代謝物が分布2・3の方については、作業環境の確認をこちらで進めています。
""" + SIG_OHTSUKI,
        "attachments": [
            {"kind": "xls", "name": "yuuki_kenshin_souka.xls", "sheets": {"受診者": [
                ["氏名", "生年月日", "取扱物質", "馬尿酸(g/L)", "分布", "自覚症状"],
                ["鬼塚 健太郎", "S51.07.14", "トルエン", "1.8", "2", "頭痛"],
                ["砂田 忠", "S45.02.27", "キシレン", "0.4", "1", "なし"],
                ["秋葉 龍之介", "H02.10.09", "トルエン", "2.9", "3", "めまい・手のしびれ"],
                ["上條 和博", "S60.05.05", "酢酸エチル", "-", "1", "なし"],
                ["嶋 光太郎", "H05.12.21", "トルエン", "0.9", "1", "なし"],
                ["木曽 陸斗", "H08.03.16", "キシレン", "1.2", "2", "皮膚炎"],
            ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 6 workers' DOB and special health-check results to an occupational health body",
    },
    {
        "id": "clinical-053",
        "sender": JIMU,
        "to": ["青葉運輸 川崎営業所 <kawasaki@aoba-unyu.co.jp>"],
        "subject": "検体回収キット 集荷先（6/26）",
        "charset": "utf-8",
        "body": """青葉運輸 川崎営業所 ご担当者様

いつもお世話になっております。モニター試験事務局です。
6月26日（金）午前中に、以下のご自宅から検体回収キット（冷凍便）の集荷をお願いします。
集荷後は東邦バイオアナリシス（前回と同じ届け先）への配送でお願いします。

1) 宍戸様　　川口市芝新町4-12-3　　　　　　　048-262-7733
2) 正親町様　さいたま市南区別所6-9-20-305　　080-2264-5719
3) 八月朔日様　蕨市中央2-1-18　　　　　　　070-3391-8826
4) 万里小路様　戸田市上戸田3-44-7 サンハイツ201　090-5507-1163
5) 京極様　　川口市西川口5-7-25　　　　　　　080-7718-0425
6) 鬼頭様　　さいたま市浦和区常盤9-30-11　　　090-4426-9937

玄関先での手渡しとなりますので、不在時は不在票をお願いいたします。
""" + SIG_JIMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "6 participants' home addresses (no 〒, no prefecture) and phones to the carrier",
    },
    {
        "id": "clinical-054",
        "sender": YAKUSHIJI,
        "to": ["北国フーズ 品質保証部 <hinshitsu@kitaguni-foods.co.jp>"],
        "subject": "お客様申し出（体調不良）ロット確認のお願い",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
品質保証部 御中

いつもお世話になっております。日の出産業 お客様相談グループの薬師寺です。
製造委託品「サンライズ乳酸菌H7（30包）」について、お客様から体調不良のお申し出がありました。
製造記録の確認をお願いいたします。

お申し出者：飯干 トシ子 様（７６歳）
ご連絡先：０２２－２６３－５５１８
ロット：H7-2604　賞味期限：2027.04
内容：摂取開始３日目から下痢と腹痛が続き、６月１０日にかかりつけ医を受診。
　　　「感染性胃腸炎の疑い」として整腸剤を処方された。持病に慢性腎臓病があり、脱水を心配されている。

現品は回収済みで、明日貴社宛に送付します。
""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named consumer's phone, symptoms, diagnosis and chronic disease to the manufacturing partner",
    },
    {
        "id": "clinical-055",
        "sender": TOKANO,
        "to": ["メディカルクラーク東京 レセプト課 <receipt@medi-clerk.co.jp>"],
        "subject": "6月分 診療所受診者一覧（レセプト作成用）",
        "charset": "utf-8",
        "body": """メディカルクラーク東京
レセプト課 御中

いつもお世話になっております。本社診療所の戸叶です。
6月分（1日～15日）の受診者一覧をお送りします。
保険証情報に変更がある方には※を付けています。

受診日,氏名,生年月日,保険者番号,記号,番号,傷病名
6/2,桂木 陽菜,1993/06/01,06130472,3101,311,急性上気道炎
6/2,曽我部 勇,1961/12/19,06130472,3102,107,慢性心不全
6/4,朝比奈 透子,1978/03/25,06130472,3101,288,気管支喘息
6/8,箕輪 大輔,1989/08/08,06130472,3103,054,腰痛症
6/9,有働 みのり,1984/10/14,06130472,3102,173,関節リウマチ※
6/11,刑部 隆,1970/01/07,06130472,3101,092,2型糖尿病
6/15,雲井 昭彦,1989/08/07,06130472,3103,119,心房細動
""" + SIG_TOKANO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "comma-separated list in the body: 7 patients' insurance card numbers, DOB and diagnoses to a billing outsourcer",
    },
]

# ====================================================================== 056-080

MESSAGES += [
    {
        "id": "clinical-056",
        "sender": OHTSUKI,
        "to": ["みなと健診協会 家族健診担当 <kazoku@minato-kenshin.or.jp>"],
        "subject": "家族健診（被扶養者）予約リストの送付",
        "charset": "utf-8",
        "body": """みなと健診協会
家族健診ご担当者様

お世話になっております。日の出産業 健康管理室の大槻です。
被扶養者の家族健診のお申込み分（6月締め）を添付いたします。
受診当日は保険証の原本をお持ちいただくよう、各人にご案内済みです。
""" + SIG_OHTSUKI,
        "attachments": [
            {"kind": "xlsx", "name": "家族健診申込_6月締め.xlsx", "sheets": {
                "申込一覧": [
                    ["家族健診 申込一覧", "", "", "", "", "", "締切：2026/06/30"],
                    [],
                    ["被保険者氏名", "受診者氏名", "続柄", "生年月日", "保険証記号", "保険証番号", "希望コース"],
                    ["比嘉 康平", "比嘉 由美子", "妻", "1978/09/02", "3101", "204", "レディースA"],
                    ["瓜生 大地", "瓜生 さつき", "妻", "1987/02/14", "3102", "331", "基本"],
                    ["鴨志田 博", "鴨志田 和子", "妻", "1970/11/11", "3101", "095", "基本＋胃カメラ"],
                    ["纐纈 智之", "纐纈 菜摘", "妻", "1982/04/26", "3103", "147", "レディースB"],
                    ["服部 健一郎", "服部 トミ", "母", "1948/01/05", "3102", "082", "基本"],
                    ["上遠野 亜紀", "上遠野 隆", "夫", "1979/07/19", "3101", "266", "基本＋腫瘍マーカー"],
                ],
                "コース料金": [
                    ["コース", "料金（税込）"],
                    ["基本", 16500], ["レディースA", 24200], ["レディースB", 29700],
                    ["基本＋胃カメラ", 27500], ["基本＋腫瘍マーカー", 20900],
                ],
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, second sheet of prices): 6 dependants' DOB and insurance card 記号・番号 to the screening body",
    },
    {
        "id": "clinical-057",
        "sender": DOMEKI,
        "to": ["東邦バイオアナリシス 統計解析課 <toukei@toho-bioanalysis.co.jp>"],
        "subject": "12週時 血液検査データ（固定前）",
        "charset": "utf-8",
        "body": """東邦バイオアナリシス 統計解析課
ご担当者様

お世話になっております。百目鬼です。
固定前のデータですが、解析プログラムの動作確認用に12週時の血液検査データをお送りします（被験者IDのみ、氏名なし）。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "csv", "name": "lab_w12_prelock.csv", "encoding": "utf-8", "rows": [
                ["SUBJID", "AGE", "SEX", "ARM", "HBA1C", "FPG", "LDL", "TG", "ALT", "eGFR", "CONMED"],
                ["H7-021-001", "52", "F", "A", "5.7", "108", "139", "121", "18", "78", ""],
                ["H7-021-003", "39", "F", "B", "5.4", "97", "128", "88", "14", "92", ""],
                ["H7-021-006", "43", "F", "A", "5.9", "111", "150", "160", "22", "81", "レボチロキシン"],
                ["H7-021-007", "61", "M", "B", "6.3", "124", "141", "198", "35", "64", "アムロジピン"],
                ["H7-021-010", "54", "M", "B", "5.8", "113", "162", "143", "27", "70", ""],
                ["H7-021-014", "54", "M", "A", "6.0", "117", "155", "310", "41", "58", "ロスバスタチン"],
                ["H7-031-002", "38", "F", "A", "5.3", "95", "119", "77", "12", "99", ""],
                ["H7-031-005", "46", "M", "B", "6.1", "119", "171", "222", "48", "73", ""],
                ["H7-031-009", "43", "F", "B", "5.6", "102", "133", "96", "16", "88", "低用量ピル"],
                ["H7-031-011", "50", "M", "A", "5.9", "110", "147", "185", "30", "76", ""],
            ]},
        ],
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "no name column, but 10 per-person rows of lab values and medication: a list of people with health data (BRIEF: with or without a name column)",
    },
    {
        "id": "clinical-058",
        "sender": JIMU,
        "to": ["さくらホテル川崎 宴会営業 <banquet-kawasaki@sakura-hotel.jp>"],
        "subject": "7/5 試験食日 人数変更",
        "charset": "iso-2022-jp",
        "body": """さくらホテル川崎
宴会営業 佐伯様

いつもお世話になっております。モニター試験事務局です。
7月5日の試験食について、参加者の京極 麻衣さんが体調不良のため欠席となりました。
昼食は47名分に変更をお願いいたします。会場レイアウトはそのままで結構です。
""" + SIG_JIMU,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "one named participant absent for vague 'ill health' to the hotel: no diagnosis, borderline health information",
    },
    {
        "id": "clinical-059",
        "sender": DOMEKI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "HS-H7-02 実施計画書 第3版（確定）",
        "charset": "utf-8",
        "body": """仁科様

いつもお世話になっております。百目鬼です。
倫理審査委員会で承認された実施計画書 第3版（確定版）をお送りします。
本計画書は貴社との業務委託契約および秘密保持契約に基づきご提供するものです。
各施設への配布は、7月1日の運用開始に間に合うようお願いいたします。

変更点（第2版→第3版）
 ・除外基準に抗凝固薬服用者を追加
 ・12週時採血に HbA1c を追加
 ・食事記録 3日間→2日間
""" + SIG_DOMEKI + DISC_JA,
        "attachments": [
            {"kind": "docx", "name": "HS-H7-02_protocol_v3.0.docx", "title": "HS-H7-02 実施計画書 第3版",
             "paragraphs": [
                 "サンライズ乳酸菌H7 長期摂取試験 実施計画書 第3版（2026年6月10日）",
                 "1. 試験の目的：健常成人における12週間摂取時の安全性および血糖関連指標への影響を検討する。",
                 "2. 対象：20歳以上65歳未満、空腹時血糖100～125 mg/dL の者",
                 "3. 除外基準：糖尿病治療中の者、抗凝固薬を服用中の者、妊娠中・授乳中の者 等",
                 "4. 目標症例数：240例（各群120例）",
                 "5. 個人情報の取扱い：被験者は識別コードで管理し、氏名等は実施医療機関の外に持ち出さない。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "study protocol without participants, NDA mention and standard disclaimer, no marking",
    },
    {
        "id": "clinical-060",
        "sender": DOMEKI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "実施医療機関の連絡先一覧（最新）",
        "charset": "iso-2022-jp",
        "body": """仁科様

お世話になっております。
モニタリング訪問の調整用に、実施医療機関の代表連絡先をまとめました。

施設No  医療機関名                  所在地                              代表電話
------  --------------------------  ----------------------------------  -------------
01      せいらん総合病院            東京都世田谷区上馬4-3-1             03-3411-0001
02      あおぞら内科クリニック      神奈川県川崎市中原区小杉町2-8-4     044-722-5510
03      北陵大学病院                埼玉県さいたま市浦和区岸町9-2-5     048-822-1180
04      かもめ内科                  千葉県千葉市美浜区打瀬1-6-2         043-296-8815
05      たちばな台クリニック        東京都八王子市旭町12-7 駅前ビル3F   042-648-2231

訪問の際は各施設の治験管理室（または受付）にお声がけください。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "space-padded list of medical facilities with addresses and switchboards: businesses, not people",
    },
    {
        "id": "clinical-061",
        "sender": OHTSUKI,
        "to": ["日の出産業健康保険組合 保健事業課 <hoken@hinode-kenpo.or.jp>"],
        "subject": "2025年度 健診受診率・特定保健指導実施率のご報告",
        "charset": "utf-8",
        "body": """日の出産業健康保険組合
保健事業課 ご担当者様

お世話になっております。健康管理室の大槻です。
2025年度の健診受診率および特定保健指導の実施率を集計しましたので、Excelでお送りします。
個人別データは含めておりません。ご不明点があればお知らせください。
""" + SIG_OHTSUKI + DISC_JA,
        "attachments": [
            {"kind": "xlsx", "name": "2025年度_受診率集計.xlsx", "sheets": {
                "受診率": [
                    ["2025年度 事業所別 健診受診率"],
                    ["事業所", "対象者数", "受診者数", "受診率"],
                    ["本社", 612, 601, "98.2%"],
                    ["川崎研究所", 205, 203, "99.0%"],
                    ["草加工場", 344, 332, "96.5%"],
                    ["大阪支店", 140, 136, "97.1%"],
                ],
                "保健指導": [
                    ["区分", "対象者数", "初回面談", "最終評価", "実施率"],
                    ["積極的支援", 88, 71, 59, "67.0%"],
                    ["動機付け支援", 126, 110, 98, "77.8%"],
                ],
            }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated statistics only, two sheets with a title row; no individual records, no marking",
    },
    {
        "id": "clinical-062",
        "sender": DOMEKI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "6/16 定例会 議事録",
        "charset": "utf-8",
        "body": """仁科様

本日はありがとうございました。定例会の議事録をお送りします。
修正があれば金曜日までにご連絡ください。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "docx", "name": "議事録_20260616.docx",
             "paragraphs": [
                 "HS-H7-02 定例会 議事録",
                 "日時：2026年6月16日（火）15:00～16:30　場所：オンライン（Teams）",
                 "出席：メディブリッジ 仁科、宗像／日の出産業 百目鬼、勅使河原",
                 "1. 登録状況：計画240例に対し登録218例（90.8%）。第4施設の立ち上げは7月予定。",
                 "2. 逸脱：来院許容範囲外の来院が3件。いずれも台風による延期で、重大な逸脱には該当しない。",
                 "3. 安全性：新たな重篤有害事象の報告なし。",
                 "4. 次回：7月14日（火）15:00～",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting minutes with business attendees' names only and aggregate enrolment figures",
    },
    {
        "id": "clinical-063",
        "sender": OHTSUKI,
        "to": [KIRYU],
        "cc": ["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
        "subject": "二次検査 未受診者一覧（督促のお願い）",
        "charset": "utf-8",
        "body": """桐生さん

お疲れさまです。大槻です。
二次検査の未受診者です。所属長経由での受診督促をお願いします。

社員番号  氏名          所属          生年月日     項目
H10482    上遠野 亜紀   経理部        1981/03/07   肝機能
H10937    比嘉 康平     営業本部      1976/11/30   血糖
H08731    鴨志田 博     物流企画部    1968/02/02   便潜血
H12016    仲村渠 優奈   営業企画部    1994/09/14   尿蛋白
H09554    瓜生 大地     海外事業部    1985/12/25   胸部X線
""" + SIG_OHTSUKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "all recipients internal (hinode-sangyo.co.jp): a list with health data may circulate internally",
    },
    {
        "id": "clinical-064",
        "sender": YAKUSHIJI,
        "to": [TESHI],
        "cc": ["PV班 <pv-team@mail.hinode-sangyo.co.jp>"],
        "subject": "健康被害申し出 第一報（社内共有）",
        "charset": "iso-2022-jp",
        "body": """勅使河原さん
PV班 各位

お客様相談グループの薬師寺です。本日受付の健康被害申し出を共有します。

お申し出者：鳥飼 恵美子 様（68歳）
住所：東京都杉並区阿佐谷北5-21-3
電話：03-3338-7741
内容：摂取4日目から全身の発疹・かゆみ、皮膚科で蕁麻疹（薬疹疑い）と診断。高血圧で服薬中。

CROへの第一報はPV班からお願いできますでしょうか。
""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "all internal (one recipient on the mail. subdomain): consumer's health data shared within the company",
    },
    {
        "id": "clinical-065",
        "sender": DOMEKI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "Re: 第3施設 登録者の確認",
        "charset": "utf-8",
        "body": """仁科様

ご確認ありがとうございます。内容、承知いたしました。
EDC上の登録日とも一致しておりますので、このまま進めてください。

百目鬼

-----Original Message-----
From: 仁科 <nishina@medibridge-cro.co.jp>
Sent: Tuesday, June 16, 2026 11:20 AM
To: 百目鬼 亮
Subject: 第3施設 登録者の確認

百目鬼様

第3施設の登録者について、施設台帳と照合しました。
> H7-031-002 宍戸 彩花 1988/04/12 090-8812-3047
> H7-031-005 正親町 徹 1979/10/30 080-2264-5719
> H7-031-009 八月朔日 静香 1983/01/17 070-3391-8826
> H7-031-011 万里小路 透 1975/07/07 090-5507-1163
> H7-031-013 京極 麻衣 1991/02/28 080-7718-0425
> H7-031-016 鬼頭 航平 1986/06/06 090-4426-9937
差異はございませんでした。

メディブリッジ 仁科
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the participant list is only in the quoted original from the recipient; the new text is a short acknowledgement",
    },
    {
        "id": "clinical-066",
        "sender": JIMU,
        "to": ["hozumi-shizuka@icloud.com"],
        "subject": "次回来院日のご案内（7月3日）",
        "charset": "iso-2022-jp",
        "body": """八月朔日 静香 様

いつもモニター試験にご協力いただき、ありがとうございます。
次回の来院日は 7月3日（金）10時30分 です（第3施設：北陵大学病院 臨床研究センター）。

前日21時以降は水以外の飲食をお控えください。
摂取記録用紙と、残った試験品（空き袋も含む）をお持ちください。
ご都合が悪くなった場合は、事務局までお電話ください。
""" + SIG_JIMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one private participant on free mail, her own appointment only",
    },
    {
        "id": "clinical-067",
        "sender": DOMEKI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "cc": ["東邦バイオアナリシス 受託解析部 <jutaku@toho-bioanalysis.co.jp>"],
        "subject": "データ固定に向けた三者打合せの日程調整",
        "charset": "utf-8",
        "body": """メディブリッジ 仁科様
東邦バイオアナリシス 受託解析部 ご担当者様

お世話になっております。日の出産業の百目鬼です。
データ固定（8月末予定）に向けて、三者で打合せの場を設けたく、候補日をお送りします。

 ・7月7日（火）14:00～15:00
 ・7月8日（水）10:00～11:00
 ・7月9日（木）16:00～17:00

議題：検体測定の完了見込み、外れ値の扱い、解析用データセットの受け渡し形式
ご都合のよい日時をお知らせください。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc: an ordinary three-way meeting mail",
    },
    {
        "id": "clinical-068",
        "sender": DOMEKI,
        "to": ["株式会社メディブリッジ 法務 <legal@medibridge-cro.co.jp>"],
        "cc": ["白川法律事務所 瀬尾先生 <seo@shirakawa-law.jp>"],
        "subject": "秘密保持契約書（HS-H7-03）ドラフトのご確認",
        "charset": "utf-8",
        "body": """株式会社メディブリッジ 法務ご担当者様

お世話になっております。日の出産業の百目鬼です。
次試験（HS-H7-03）に関する秘密保持契約書のドラフトを添付いたします。
第5条（秘密情報の返還・廃棄）と第8条（有効期間）について、弊社顧問の白川法律事務所の
コメントを反映しています。機密情報の範囲について貴社のご意見をいただけますでしょうか。
""" + SIG_DOMEKI + DISC_JA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_HS-H7-03_draft.docx",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）と株式会社メディブリッジ（以下「乙」という。）は、次のとおり契約を締結する。",
                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する試験計画、製品情報その他一切の技術上・営業上の情報をいう。",
                 "第2条（秘密保持）乙は、秘密情報を厳に秘密として保持し、第三者に開示・漏えいしてはならない。",
                 "第5条（返還・廃棄）乙は、甲の求めに応じ、秘密情報を速やかに返還または廃棄する。",
                 "第8条（有効期間）本契約の有効期間は締結日から3年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "mail about an NDA (draft attached, word 秘密情報 used as contract terms, not a marking); CRO + partner law firm",
    },
    {
        "id": "clinical-069",
        "sender": OHTSUKI,
        "to": ["福士 様 <fukushi@minato-kenshin.or.jp>"],
        "subject": "Re: 2027年度 健診料金のお見積り",
        "charset": "utf-8",
        "body": """福士様

お見積りありがとうございました。社内で検討いたします。
1点、胃カメラの追加を希望者のみとした場合の単価も教えていただけますか。

大槻

> 日の出産業株式会社 健康管理室
> 大槻様
>
> 2027年度の料金を以下のとおりご提示いたします（税込、1名あたり）。
>
> コース            料金
> 定期健診（法定）   8,800円
> 生活習慣病予防健診 16,500円
> 人間ドック（日帰り）44,000円
> オプション：胃カメラ 7,700円／腫瘍マーカー 4,400円／脳ドック 33,000円
>
> みなと健診協会 福士
""" + SIG_OHTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list (quoted) and a question about unit prices: ordinary business mail",
    },
    {
        "id": "clinical-070",
        "sender": IOKIBE,
        "to": ["東雲産業医事務所 経理 <keiri@shinonome-oh.jp>"],
        "subject": "Re: 6月分 嘱託産業医委託料のご請求",
        "charset": "iso-2022-jp",
        "body": """東雲産業医事務所
経理ご担当者様

請求書を受領いたしました。7月末日にお振込みいたします。

> ご請求書
> 請求番号：SO-2026-0612
> 件名：嘱託産業医業務委託料（2026年6月分）
> 金額：330,000円（税込）
> 登録番号：T9701040012345
> 振込先：みどり銀行 新橋支店 普通 1234567 ゴウドウガイシャシノノメサンギョウイジムショ
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "pdf", "name": "請求書_SO-2026-0612.pdf",
             "lines": ["ご請求書", "日の出産業株式会社 御中", "請求番号：SO-2026-0612",
                       "嘱託産業医業務委託料（2026年6月分）　330,000円（税込）",
                       "合同会社東雲産業医事務所　登録番号：T9701040012345",
                       "〒105-0004 東京都港区新橋2-16-1 ニュー新橋ビル7F　TEL 03-3580-2211",
                       "お振込先：みどり銀行 新橋支店 普通 1234567"]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with a company T-number, office address and company bank account: business data, not people",
    },
    {
        "id": "clinical-071",
        "sender": IGARI,
        "to": ["せいらん総合病院 地域医療連携室 <renkei@seiran-hp.or.jp>"],
        "subject": "ご挨拶と今後の連携窓口について",
        "charset": "utf-8",
        "body": """せいらん総合病院 地域医療連携室 御中

いつも大変お世話になっております。日の出産業 専属産業医の猪狩です。
4月の人事異動により、弊社の医療機関との連携窓口が変わりましたのでご案内いたします。

新窓口：人事部 健康管理室 保健師 大槻 真由美
直通：03-5418-2201
メール：ohtsuki.mayumi@hinode-sangyo.co.jp

引き続きどうぞよろしくお願い申し上げます。
""" + SIG_IGARI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one staff member's business contact (the company's own liaison), ordinary announcement",
    },
    {
        "id": "clinical-072",
        "sender": JIMU,
        "to": ["さくらホテル川崎 宴会営業 <banquet-kawasaki@sakura-hotel.jp>"],
        "subject": "6/28 説明会 当日スタッフの連絡先",
        "charset": "utf-8",
        "body": """さくらホテル川崎
宴会営業 佐伯様

お世話になっております。6月28日の説明会当日、会場に入るスタッフの連絡先です。
搬入（8:30）の際はいずれかにご連絡ください。

  百目鬼 亮（責任者）  080-4417-2290
  宗像 里奈（メディブリッジ）  090-7731-4028
  井筒 千鶴（受付担当・派遣）  070-2215-6640

よろしくお願いいたします。
""" + SIG_JIMU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff names with mobile numbers for the venue: under five people, may be warned",
    },
    {
        "id": "clinical-073",
        "sender": DOMEKI,
        "to": ["北陵大学病院 臨床研究センター <crc@hokuryo-u.ac.jp>"],
        "subject": "7/2 モニタリング訪問者の入館申請",
        "charset": "iso-2022-jp",
        "body": """北陵大学病院 臨床研究センター
ご担当者様

お世話になっております。7月2日（木）のモニタリング訪問について、入館者4名をお知らせします。

1. 百目鬼 亮（日の出産業）　携帯 080-4417-2290
2. 勅使河原 彩（日の出産業）　携帯 080-6652-0193
3. 宗像 里奈（メディブリッジ）　携帯 090-7731-4028
4. 仁科 浩二（メディブリッジ）　携帯 090-3348-1175

到着は9時45分頃の予定です。駐車場は利用いたしません。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four visitors' names and mobiles for building access: under five records, may be warned",
    },
    {
        "id": "clinical-074",
        "sender": JIMU,
        "to": ["青葉運輸 法人営業部 <houjin@aoba-unyu.co.jp>"],
        "subject": "Re: 第2回出荷分 伝票番号のご連絡",
        "charset": "utf-8",
        "body": """青葉運輸 法人営業部
ご担当者様

伝票番号のご連絡ありがとうございました。
うち1件（4417-2093-5581）が「持戻り」になっていますので、再配達の状況を確認いただけますか。

出荷日   伝票番号         温度帯  状態
6/24     4417-2093-5574   冷蔵    配達完了
6/24     4417-2093-5575   冷蔵    配達完了
6/24     4417-2093-5576   冷蔵    配達完了
6/24     4417-2093-5577   冷蔵    配達完了
6/24     4417-2093-5578   冷蔵    配達完了
6/24     4417-2093-5581   冷蔵    持戻り
6/24     4417-2093-5583   冷蔵    配達完了
""" + SIG_JIMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and delivery status only, no recipients' names or addresses",
    },
    {
        "id": "clinical-075",
        "sender": DOMEKI,
        "to": ["北国フーズ 品質保証部 <hinshitsu@kitaguni-foods.co.jp>"],
        "subject": "製造ロットと試験品コードの対応表",
        "charset": "cp932",
        "body": """北国フーズ株式会社
品質保証部 御中

お世話になっております。日の出産業の百目鬼です。
試験品コードと製造ロットの対応表を更新しましたので共有いたします。

試験品コード,製造ロット,製造日,区分,数量(箱)
HS7-A-2606,H7-2606,2026/06/05,実薬,620
HS7-B-2606,PL-2606,2026/06/05,プラセボ,620
HS7-A-2604,H7-2604,2026/04/08,実薬,580
HS7-B-2604,PL-2604,2026/04/08,プラセボ,580

盲検性維持のため、区分列は品質保証部内のみでのご利用をお願いします。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product codes and lot numbers with the partner manufacturer (correct domain), no people",
    },
    {
        "id": "clinical-076",
        "sender": TESHI,
        "to": ["臨床倫理審査ネット 事務局 <jimukyoku@rinri-net.or.jp>"],
        "subject": "HS-H7-02 有害事象発現状況の定期報告",
        "charset": "utf-8",
        "body": """臨床倫理審査ネット 事務局 御中

お世話になっております。日の出産業 安全性情報管理の勅使河原です。
HS-H7-02 試験の有害事象発現状況（2026年5月31日時点）を定期報告としてお送りします。

事象（器官別大分類）     実薬群(n=120)  プラセボ群(n=120)
胃腸障害                 14             9
皮膚および皮下組織障害   5              4
感染症                   11             12
神経系障害               4              5
重篤な有害事象           2              1

いずれの重篤な有害事象も、試験責任医師により試験品との因果関係は否定されています。
""" + SIG_TESHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated adverse-event counts to the ethics committee, no individual",
    },
    {
        "id": "clinical-077",
        "sender": DOMEKI,
        "to": ["ツバサシステム EDCサポート <edc-support@tsubasa-system.jp>"],
        "subject": "データ共有方法の確認（施設台帳の扱い）",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
EDCサポート ご担当者様

お世話になっております。日の出産業の百目鬼です。
機密保持の観点から、今後は参加者の台帳をメール添付で受け渡すことをやめ、
すべてEDCの文書共有機能で受け渡す運用に切り替えたいと考えています。

つきましては、以下の点をご教示ください。
 1. 文書共有フォルダの権限を施設単位で分けられるか
 2. ダウンロード履歴（監査証跡）の保存期間
 3. 追加費用の有無

来週中にご回答いただけますと助かります。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密保持 in running text (no marking) to the correct partner domain tsubasa-system.jp",
    },
    {
        "id": "clinical-078",
        "sender": KIRYU,
        "to": [IOKIBE],
        "subject": "健保向け 個人番号（6月入社分）",
        "charset": "utf-8",
        "body": """五百旗頭さん

お疲れさまです。労務課の桐生です。
健保組合への資格取得届に記載する個人番号です。届書作成後、このメールは削除してください。

鷹取 伸之　平成8年1月29日生　個人番号 """ + my_number(1001) + """
纐纈 美咲　平成11年7月8日生　個人番号 """ + my_number(1002) + """
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers between two internal staff only: all recipients internal",
    },
    {
        "id": "clinical-079",
        "sender": IGARI,
        "to": [OHTSUKI],
        "cc": ["保健師 東 <azuma.nozomi@hinode-sangyo.co.jp>"],
        "subject": "高ストレス者 面接指導の割り振り",
        "charset": "utf-8",
        "body": """大槻さん、東さん

高ストレス者のうち面接指導を申し出た方の割り振りです。

・蓮見 千尋（経理部）… 猪狩　※うつ病で通院中、主治医と連携
・猿渡 健（情報システム部）… 猪狩　※残業禁止措置中
・越智 萌（営業企画部）… 大槻
・宮腰 遥（人事部）… 東　※PTSDで通院中のため、男性面談者は避ける
・木曽 陸斗（草加工場）… 嘉手納先生（工場訪問日）

面談記録は健康管理システムに入力してください。
""" + SIG_IGARI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "mental-health list among the company's own physician and nurses: all recipients internal",
    },
    {
        "id": "clinical-080",
        "sender": OHTSUKI,
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "健診会場案内チラシの印刷について",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 健康管理室の大槻です。
秋の巡回健診の会場案内チラシ（A4片面、各事業所200部）の印刷をお願いいたします。
掲載する会場は以下のとおりです。

・さくらホテル川崎 2F 「白百合の間」　川崎市川崎区駅前本町26-1　044-211-8800
・草加市文化会館 第1会議室　草加市松江1-1-5　048-931-9325
・ホテルみなと芝公園 B1 多目的ホール　東京都港区芝公園2-5-10　03-3433-2201
・大阪ビジネスセンター 7F 会議室C　大阪市中央区本町3-4-8　06-6264-1101

入稿データは来週月曜にお送りします。
""" + SIG_OHTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「・」 list of venues (businesses) with addresses and phones for a flyer",
    },
]

# ====================================================================== 081-100

MESSAGES += [
    {
        "id": "clinical-081",
        "sender": DOMEKI,
        "to": ["Dr. Lars Eklund <lars.eklund@nordlab-research.com>"],
        "subject": "HS-H7-03 protocol synopsis for your review",
        "charset": "utf-8",
        "body": """Dear Dr. Eklund,

Thank you for agreeing to advise on our next study. Below is the synopsis of HS-H7-03;
the full protocol will follow once our internal review is completed.

Title: Effect of Lactobacillus H7 on visceral fat area – a randomised, double-blind,
       placebo-controlled, parallel-group study
Population: healthy adults aged 30-64, BMI 23.0-29.9
Sample size: 120 (60 per arm), 12-week intake
Primary endpoint: change in visceral fat area (CT) from baseline to week 12
Sites: 4 clinics in the Tokyo metropolitan area

We would value your view on the sample size assumption (SD 18 cm2, difference 10 cm2).

Best regards,
""" + SIG_DOMEKI + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English protocol synopsis without participants, standard English disclaimer",
    },
    {
        "id": "clinical-082",
        "sender": DOMEKI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "【パスワード】被験者登録票一式",
        "charset": "iso-2022-jp",
        "body": """仁科様

先ほどお送りしたZIPファイルのパスワードをお知らせします。

　Hs7#site03

ご確認後、ファイルは所定のフォルダに保存いただき、メールは削除をお願いいたします。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "separate password notification mail: no attachment, no personal data",
    },
    {
        "id": "clinical-083",
        "sender": TOKANO,
        "to": ["ひかり調剤薬局 芝店 <shiba@hikari-pharmacy.co.jp>"],
        "subject": "診療所常備薬の発注（7月分）",
        "charset": "cp932",
        "body": """ひかり調剤薬局 芝店
ご担当者様

いつもお世話になっております。本社診療所の戸叶です。
7月分の常備薬を下記のとおり発注いたします。納品は7月1日午前でお願いします。

品名                              規格        数量   単価(円)
--------------------------------  ----------  -----  --------
ロキソプロフェンNa錠60mg          100錠/箱    3      1,020
カロナール錠200                   100錠/箱    2      790
ビラスチン錠20mg                  100錠/箱    1      5,420
ファモチジンD錠20mg               100錠/箱    1      1,380
ツムラ葛根湯エキス顆粒            2.5g×189包  1      4,650
ポビドンヨードガーグル液7%        250mL       5      310

請求書は月末締めでお願いいたします。
""" + SIG_TOKANO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "drug order with product names and prices, no patient",
    },
    {
        "id": "clinical-084",
        "sender": IGARI,
        "to": ["sakaguchi.dr.occ@gmail.com"],
        "subject": "嘱託産業医（大阪支店）のご相談",
        "charset": "utf-8",
        "body": """坂口先生

突然のご連絡失礼いたします。日の出産業で専属産業医をしております猪狩です。
日本産業衛生学会の関西地方会でお名刺を頂戴した際、嘱託のお仕事を検討されているとお伺いしました。

弊社大阪支店（従業員約140名、大阪市中央区本町）で、月1回（2時間程度）の嘱託産業医をお願いできる先生を探しております。
報酬や訪問日などの条件は、一度オンラインでご説明させていただければ幸いです。

ご検討のほど、よろしくお願い申し上げます。
""" + SIG_IGARI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a physician's personal address), ordinary recruiting mail",
    },
    {
        "id": "clinical-085",
        "sender": OHTSUKI,
        "to": ["管理栄養士 羽生 真理子 様 <habu@eiyou-office-habu.jp>"],
        "subject": "健康セミナー講師のご依頼（9月10日）",
        "charset": "iso-2022-jp",
        "body": """羽生 真理子 様

はじめまして。日の出産業株式会社 健康管理室の大槻と申します。
弊社では毎年9月の健康強調月間に社内セミナーを開催しており、今年は「働く世代の食事と血糖値」を
テーマに、羽生様にご講演をお願いできないかと考えております。

日時：2026年9月10日（木）12:10～12:50（昼休み、オンライン併用）
会場：日の出産業 本社 5F 大会議室
謝礼：50,000円（税別）＋交通費実費

ご検討いただけますと幸いです。
""" + SIG_OHTSUKI + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "lecture request to one external person: no one's personal data",
    },
    {
        "id": "clinical-086",
        "sender": OHTSUKI,
        "to": ["福士 様 <fukushi@minato-kenshin.or.jp>"],
        "subject": "秋の巡回健診 日程と人数（確定版）",
        "charset": "utf-8",
        "body": """福士様

お世話になっております。大槻です。
秋の巡回健診の日程と受診予定人数が確定しましたのでお知らせします。

事業所	実施日	受付時間	予定人数	うち女性
本社	10/6（火）・10/7（水）	9:00-15:00	412	138
川崎研究所	10/13（火）	9:00-14:00	198	61
草加工場	10/20（火）・10/21（水）	8:00-14:00	331	42
大阪支店	10/27（火）	9:30-14:30	135	49

バス（胸部X線・胃部X線）の配車もあわせてよろしくお願いいたします。
""" + SIG_OHTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tab-separated schedule per site with head counts only",
    },
    {
        "id": "clinical-087",
        "sender": TESHI,
        "to": ["仁科 様 <nishina@medibridge-cro.co.jp>"],
        "subject": "FW: 第42回 倫理審査委員会 審査結果通知",
        "charset": "utf-8",
        "body": """仁科様

倫理審査委員会から審査結果の通知が届きましたので転送します。
条件付き承認の指摘事項（同意説明文書の平易化）への対応案を、来週までに作成いただけますでしょうか。

---------- Forwarded message ----------
From: 臨床倫理審査ネット 事務局 <jimukyoku@rinri-net.or.jp>
Subject: 第42回 倫理審査委員会 審査結果通知

日の出産業株式会社 御中

第42回倫理審査委員会（2026年6月10日開催）の審査結果を通知します。

出席委員：委員長 大河内 正（医師）、副委員長 岸辺 由香（弁護士）、委員 寺門 聡（薬剤師）、
　　　　　委員 水無瀬 恵（一般）、委員 新発田 亘（統計家）
課題：HS-H7-03 サンライズ乳酸菌H7 摂取による内臓脂肪低減効果の検討
結果：条件付き承認
指摘事項：同意説明文書の専門用語（「プラセボ」「割付」等）に平易な説明を加えること。

臨床倫理審査ネット 事務局
""" + SIG_TESHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded committee notice with members' names and roles only (no personal data about them)",
    },
    {
        "id": "clinical-088",
        "sender": DOMEKI,
        "to": ["宗像 様 <munakata@medibridge-cro.co.jp>"],
        "subject": "試験品の受け渡し協力薬局リスト",
        "charset": "utf-8",
        "body": """宗像様

お世話になっております。百目鬼です。
遠方の参加者向けに、試験品の受け渡しに協力いただける薬局の一覧をお送りします。
各薬局とは覚書を締結済みです。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "xlsx", "name": "協力薬局一覧_2026.xlsx", "sheets": {"薬局": [
                ["HS-H7-02 試験品受け渡し協力薬局（2026年6月現在）"],
                ["薬局名", "郵便番号", "所在地", "電話", "営業時間", "管理薬剤師"],
                ["ひかり調剤薬局 芝店", "105-0014", "東京都港区芝3-20-2", "03-5442-7810", "9:00-19:00", "宇佐美"],
                ["ひかり調剤薬局 武蔵小杉店", "211-0063", "神奈川県川崎市中原区小杉町3-264", "044-733-2290", "9:00-20:00", "結城"],
                ["あおば薬局 浦和岸町店", "330-0064", "埼玉県さいたま市浦和区岸町7-1-3", "048-831-5561", "9:00-18:30", "三浦"],
                ["みさき調剤薬局 海浜幕張店", "261-0011", "千葉県千葉市美浜区真砂4-2-1", "043-270-3348", "9:30-19:00", "相馬"],
                ["たちばな薬局 八王子駅前店", "192-0083", "東京都八王子市旭町10-2", "042-631-0047", "9:00-19:30", "工藤"],
                ["ひまわり薬局 町田店", "194-0013", "東京都町田市原町田6-12-20", "042-728-6630", "9:00-19:00", "小松"],
            ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX with a title row listing pharmacies (businesses) with addresses and shop phones",
    },
    {
        "id": "clinical-089",
        "sender": IGARI,
        "to": ["北陵大学 産業保健学教室 <sanpo-lab@hokuryo-u.ac.jp>"],
        "subject": "共同研究 集計データ（年代別BMI分布）",
        "charset": "utf-8",
        "body": """黒岩先生

お世話になっております。猪狩です。
共同研究の初回集計として、年代別のBMI分布をPDFでお送りします。
セル数が10未満の区分は「<10」と表示しています。
""" + SIG_IGARI,
        "attachments": [
            {"kind": "pdf", "name": "BMI分布_2025.pdf",
             "lines": ["日の出産業 2025年度定期健診 年代別BMI分布（人数）", ""],
             "table": [
                 ["年代", "<18.5", "18.5-24.9", "25.0-29.9", ">=30", "計"],
                 ["20代", "31", "188", "42", "<10", "268"],
                 ["30代", "22", "201", "77", "18", "318"],
                 ["40代", "14", "196", "98", "27", "335"],
                 ["50代", "<10", "172", "89", "21", "290"],
                 ["60代", "<10", "51", "27", "<10", "91"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated statistics with small-cell suppression, no individual",
    },
    {
        "id": "clinical-090",
        "sender": OHTSUKI,
        "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
        "cc": ["青葉運輸 総務部 <soumu@aoba-unyu.co.jp>"],
        "subject": "合同ウォーキングイベントのご案内（健康だより 夏号）",
        "charset": "utf-8",
        "html": """<html><body>
<p>北国フーズ株式会社 総務部 御中<br>青葉運輸株式会社 総務部 御中</p>
<p>いつもお世話になっております。日の出産業 健康管理室の大槻です。<br>
今年も3社合同のウォーキングイベントを開催します。社内報用の「健康だより 夏号」を共有いたしますので、
各社での掲示にお使いください。</p>
<h3>健康だより 2026 夏号</h3>
<ul>
<li>熱中症予防：のどが渇く前に、こまめに水分を（1日1.2Lが目安）</li>
<li>合同ウォーキング：7月1日～31日、1日8,000歩を目標に。上位チームには賞品あり</li>
<li>健診結果の見方セミナー：7月15日 12:10～（オンライン）</li>
</ul>
<table border="1"><tr><th>社名</th><th>参加チーム数</th><th>事務局</th></tr>
<tr><td>日の出産業</td><td>24</td><td>健康管理室</td></tr>
<tr><td>北国フーズ</td><td>11</td><td>総務部</td></tr>
<tr><td>青葉運輸</td><td>15</td><td>総務部</td></tr></table>
<p>大槻 真由美<br>日の出産業株式会社 人事部 健康管理室<br>TEL 03-5418-2201</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "HTML newsletter to two partner organisations (To + Cc): no personal data, two orgs only",
    },
    {
        "id": "clinical-091",
        "sender": JIMU,
        "to": ["宗像 様 <munakata@medibridge-cro.co.jp>"],
        "subject": "FW: 説明会会場の件（さくらホテル川崎）",
        "charset": "iso-2022-jp",
        "body": """宗像様

ホテルから会場の詳細が届きましたので転送します。当日の動線確認にご利用ください。

-----Original Message-----
From: さくらホテル川崎 宴会営業 佐伯
Sent: Wednesday, June 17, 2026 10:12 AM
To: モニター試験事務局
Subject: 説明会会場の件

日の出産業株式会社 モニター試験事務局 御中

6月28日・29日のご利用につき、下記のとおり確定いたしました。
　会場：3F 桔梗の間（スクール形式 60席）
　控室：3F 撫子の間
　搬入：当日8:30より、地下1階 搬入口をご利用ください
　お支払：後日請求書払い

さくらホテル川崎 宴会営業 佐伯 和也
〒210-0007 神奈川県川崎市川崎区駅前本町26-1 TEL 044-211-8800
""" + SIG_JIMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a hotel's mail with only the hotel staff's business signature",
    },
    {
        "id": "clinical-092",
        "sender": JIMU,
        "to": ["kaoru_mizuhara@yahoo.co.jp"],
        "subject": "Re: 住所変更のお願い",
        "charset": "utf-8",
        "body": """水原 薫 様

ご連絡ありがとうございます。モニター試験事務局です。
ご住所の変更を承りました。次回（7月出荷分）から新しいご住所へお届けいたします。
引き続きよろしくお願いいたします。

水原 薫 さんは書きました:
> モニター事務局 御中
> 引っ越しのため、試験品の送付先を変更してください。
> 新住所：〒157-0062 東京都世田谷区南烏山4-18-7 コーポ烏山102
> 電話番号は変わりません（090-5872-3316）。
> 水原
""" + SIG_JIMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one free-mail participant; her own address appears only in the quoted text",
    },
    {
        "id": "clinical-093",
        "sender": DOMEKI,
        "to": ["研究開発本部 機能性食品G <kinousei-g@hinode-sangyo.co.jp>"],
        "cc": [TESHI],
        "subject": "【社外秘】HS-H7-02 盲検解除前 中間解析結果",
        "charset": "utf-8",
        "body": """【社外秘】

機能性食品グループ 各位

中間解析の結果が出ましたので共有します（社外への転送は禁止です）。

主要評価項目（HbA1c 12週変化量）
  実薬群：-0.12%　プラセボ群：-0.03%　群間差 -0.09%（95%CI -0.17～-0.01）

DSMBからは試験継続の勧告を受けています。詳細は金曜の部会で説明します。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "marked 社外秘 but every recipient is internal",
    },
    {
        "id": "clinical-094",
        "sender": TESHI,
        "to": ["Dr. Helen Brightwater <h.brightwater@nordlab-research.com>"],
        "subject": "Re: DSMB meeting – agenda",
        "charset": "utf-8",
        "body": """Dear Dr. Brightwater,

Thank you for the draft agenda. It looks good to us.
Under the confidentiality agreement we signed in April, the unblinded tables will be shared
only with the DSMB members through the secure portal, not by e-mail. I will send you the
portal invitation separately.

Proposed agenda:
 1. Open session: study status and enrolment (15 min)
 2. Closed session: unblinded safety data (45 min)
 3. Recommendation (15 min)

Best regards,
Aya

> Dear Ms Teshigawara,
> Please find the draft agenda for the DSMB meeting on 8 July.
> Helen
""" + SIG_TESHI + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail mentioning a confidentiality agreement in running text; no marking, no personal data",
    },
    {
        "id": "clinical-095",
        "sender": IOKIBE,
        "to": ["星空生命 団体保険サービス課 <dantai-service@hoshizora-life.co.jp>"],
        "subject": "団体医療保険 請求書類の電子提出について",
        "charset": "iso-2022-jp",
        "body": """星空生命保険株式会社
団体保険サービス課 御中

いつもお世話になっております。日の出産業 総務部の五百旗頭です。
給付請求書類の提出方法について、2点お伺いします。

１．診断書をPDF化して電子提出することは可能でしょうか（原本の郵送を省略できるか）。
２．電子提出の場合、貴社指定のアップロードサイトの利用申請方法を教えてください。

現在、月に3～5件ほどの請求があり、郵送の手間を減らしたいと考えております。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedural question to the insurer, no individual claim details",
    },
    {
        "id": "clinical-096",
        "sender": IGARI,
        "to": ["あおぞら内科クリニック <info@aozora-naika.jp>"],
        "subject": "就業上の配慮に関する意見書（様式）のご案内",
        "charset": "utf-8",
        "body": """あおぞら内科クリニック 院長先生

いつもお世話になっております。日の出産業 専属産業医の猪狩です。
弊社社員が貴院を受診し、就業上の配慮について主治医のご意見をいただく際の様式を更新しました。
今後はこちらの様式をご利用いただけますと幸いです（記入例は2ページ目）。
""" + SIG_IGARI,
        "attachments": [
            {"kind": "docx", "name": "主治医意見書_様式_2026.docx",
             "paragraphs": [
                 "就業上の配慮に関する主治医意見書",
                 "日の出産業株式会社 産業医 殿",
                 "患者氏名：＿＿＿＿＿＿＿＿　　生年月日：　　年　　月　　日",
                 "傷病名：＿＿＿＿＿＿＿＿＿＿＿＿",
                 "就業上の配慮：□不要　□必要（内容：＿＿＿＿＿＿＿＿）",
                 "配慮の期間：　　年　　月　　日　～　　年　　月　　日",
                 "医療機関名・医師名：＿＿＿＿＿＿＿＿＿＿　印",
             ],
             "tables": [[
                 ["記入例", "内容"],
                 ["傷病名", "（例）腰椎椎間板ヘルニア"],
                 ["就業上の配慮", "（例）重量物の取扱い禁止、1時間ごとの休憩"],
             ]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank opinion-form template with a generic example: labels without anyone's data",
    },
    {
        "id": "clinical-097",
        "sender": DOMEKI,
        "to": ["モニターネット 募集運営部 高砂様 <takasago@monitornet.jp>"],
        "subject": "HS-H7-03 募集要項（掲載用原稿）",
        "charset": "utf-8",
        "body": """高砂様

お世話になっております。百目鬼です。
次試験の募集ページ用原稿をお送りします。倫理審査の条件付き承認の指摘を反映済みです。

＜募集要項＞
■対象：30～64歳の健康な男女で、BMIが23以上30未満の方
■参加できない方：糖尿病・脂質異常症・高血圧で治療中の方、妊娠中・授乳中の方、
　食物アレルギー（乳・大豆）のある方、過去3か月以内に他の試験に参加した方
■期間：12週間（来院4回、うちCT撮影2回）
■謝礼：総額40,000円（来院ごとにお支払い）
■実施場所：東京・神奈川・埼玉・千葉の提携クリニック

掲載開始は7月15日を予定しています。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "inclusion/exclusion criteria in a recruitment ad: health terms not tied to any person",
    },
    {
        "id": "clinical-098",
        "sender": OHTSUKI,
        "to": ["日の出産業健康保険組合 保健事業課 <hoken@hinode-kenpo.or.jp>"],
        "cc": ["ヘルスアップ保健指導センター <shidou@healthup-center.jp>"],
        "subject": "特定保健指導の委託スキーム見直し（打合せのお願い）",
        "charset": "utf-8",
        "body": """保健事業課 ご担当者様
ヘルスアップ保健指導センター 井筒様

お世話になっております。日の出産業 健康管理室の大槻です。
2025年度の特定保健指導の実施率は、積極的支援 67.0%、動機付け支援 77.8% でした。
草加工場では交替勤務の影響で初回面談の実施率が伸び悩んでおり（54%）、
オンライン面談の活用を含めた委託スキームの見直しについて三者で打合せをお願いできればと思います。

候補日：7月6日（月）午後／7月8日（水）午前
""" + SIG_OHTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc with aggregate rates only",
    },
    {
        "id": "clinical-099",
        "sender": JIMU,
        "to": [JIMU],
        "bcc": [
            "tsukasa.hayami@gmail.com",
            "kaoru_mizuhara@yahoo.co.jp",
            "r-tomonaga@docomo.ne.jp",
            "megumi.arisugawa@icloud.com",
            "yuki.kanemaru1985@gmail.com",
            "sh.ogasawara@gmail.com",
        ],
        "subject": "【ご案内】試験品の次回お届け日について",
        "charset": "iso-2022-jp",
        "body": """モニター参加者の皆様

いつもご協力いただき、ありがとうございます。
7月分の試験品は、7月8日（水）～10日（金）にクール便でお届けいたします。
お届け日時の指定をご希望の方は、配送会社からの通知メールよりご変更ください。

※本メールは参加者の皆様に一斉送信しております（他の方のアドレスは表示されません）。
""" + SIG_JIMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "participants on free mail correctly put in Bcc, To is the sender's own office address",
    },
    {
        "id": "clinical-100",
        "sender": DOMEKI,
        "to": ["宗像 様 <munakata@medibridge-cro.co.jp>"],
        "subject": "逸脱報告 H7-031-005（来院許容範囲外）",
        "charset": "utf-8",
        "body": """宗像様

お世話になっております。百目鬼です。
第3施設より逸脱の報告がありましたので、共有いたします。

被験者ID：H7-031-005
逸脱内容：Week8 来院が許容範囲（±3日）を超え、規定日から5日後の来院となった
理由：台風による交通機関の運休
対応：同日中に規定の評価をすべて実施済み。データの取扱いは統計解析計画書に従う

重大な逸脱には該当しないと考えますが、ご確認をお願いいたします。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "protocol-deviation report for one coded subject: no name, no health data, only a visit date issue",
    },
]
