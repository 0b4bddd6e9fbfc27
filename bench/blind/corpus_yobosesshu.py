"""Blind corpus, area "yobosesshu": Hinode Sangyo's workplace vaccination programme (職域予防接種) run with outside clinics and occupational-health bodies — flu and other shots, travel vaccines for assignees, booking lists, pre-vaccination questionnaires (予診票), adverse-reaction follow-up, the health-insurance society's subsidy and per-head invoices to the companies sharing the sessions; written blind from bench/blind/BRIEF.md (and the names in SPEC.md / the format of build.py) without reading mailguard's code."""

from build import card_number, my_number

SEED = 59201

# --- signatures (the sender's own contacts: never labelled) ---------------------------

SIG_IMAMURA = """
――――――――――――――――――――
日の出産業株式会社 総務部 健康管理室
保健師　今村 さやか（Imamura Sayaka）
〒108-0023 東京都港区芝浦七丁目12番5号 日の出ビル6F
TEL 03-5479-2186（直通） FAX 03-5479-2190
imamura.sayaka@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_HOJO = """
-- 
日の出産業株式会社
人事部 労務課　北条 健吾
TEL: 03-5479-2141 / 内線 2141
Mail: k-hojo@hinode-sangyo.co.jp"""

SIG_SAOTOME = """
********************************************
　日の出産業株式会社　総務部 総務課
　早乙女 純（さおとめ じゅん）
　〒108-0023 東京都港区芝浦7-12-5
　TEL 03-5479-2100（代表）　内線 2213
********************************************"""

SIG_NIWA = """
─────────────
日の出産業(株) 経理部 支払・請求グループ
丹羽 千尋
03-5479-2170
─────────────"""

SIG_SHIINA = """
=====================================
日の出産業株式会社 大阪支店 総務課
椎名 亮  Shiina Ryo
〒530-0047 大阪府大阪市北区西天満4-8-17 梅新第二ビル5F
TEL 06-6364-7731  FAX 06-6364-7735
====================================="""

SIG_OKITA = """
---
情報システム部 業務システム課
沖田 直人 (Okita Naoto)
日の出産業株式会社  TEL 03-5479-2250"""

SIG_MIYAJI = """
Best regards,

Rena Miyaji
Overseas Business Division / 海外事業部
Hinode Sangyo Co., Ltd.
7-12-5 Shibaura, Minato-ku, Tokyo 108-0023, Japan
Tel: +81-3-5479-2305"""

SIG_FUJISHIRO = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　岐阜工場　総務課
藤代　勝
〒501-6123 岐阜県岐阜市柳津町流通センター3-1-9
TEL 058-279-4410（代） / 内線 31
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された方は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = [
# 001 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-001",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["医療法人社団清和会 笹川様 <sasagawa@seiwa-clinic.or.jp>"],
    "subject": "10/21(水) 午前枠 インフルエンザ予防接種 予約者一覧",
    "charset": "iso-2022-jp",
    "body": """医療法人社団清和会 せいわ内科クリニック
事務長 笹川様

いつもお世話になっております。日の出産業の今村です。

10月21日（水）午前の部（9:30-12:00）の予約者をお送りいたします。
問診票は当日、受付にて本人が持参いたします。

No  氏名            社員番号   生年月日        所属
--  --------------  ---------  --------------  ----------------
 1  曽我部 隆之      H10427     昭和53年 7月19日 営業第一部
 2  乙部 美和子      H11803     昭和61年 2月 3日 営業第一部
 3  唐沢 透          H13355     平成 2年11月28日 経理部
 4  鰐淵 かおり      H15012     平成 7年 5月 9日 経理部
 5  仁平 周作        H09871     昭和47年 9月30日 総務部
 6  御子柴 陽菜      H16650     平成10年 1月14日 人事部
 7  百瀬 健太郎      H12290     昭和63年 8月 8日 情報システム部
 8  芥川 真澄        H14477     平成 4年 3月21日 法務部

以上8名です。追加がございましたら改めてご連絡いたします。
よろしくお願いいたします。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list of 8 employees (name, staff no., DOB) to the external clinic",
},
# 002 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-002",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "cc": ["imamura.sayaka@hinode-sangyo.co.jp"],
    "subject": "Re: 本年度 職域インフルエンザ接種の日程について",
    "charset": "cp932",
    "body": """笹川事務長

お世話になっております。日の出産業 総務課の早乙女です。
日程のご提案ありがとうございました。社内で調整し、以下で確定させていただきたく存じます。

　■ 実施日　　：10月21日（水）・22日（木）・28日（水）の3日間
　■ 時間　　　：各日 9:30〜12:00／13:30〜16:30
　■ 会場　　　：本社 日の出ビル 7階 大会議室A・B（待機スペースは7階ロビー）
　■ 予定人数　：延べ 約240名（うち家族接種 20名程度）
　■ ワクチン　：4価ではなく3価（本年度供給分）にて、予定人数＋5％でご手配ください

会場の机・椅子・パーテーション、接種後15分の待機用の椅子は当社で準備いたします。
医療廃棄物の回収のみ、貴院にてお願いできれば幸いです。

ご不明点ございましたらお知らせください。
""" + SIG_SAOTOME,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling mail with aggregate head count only",
},
# 003 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-003",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["門脇 看護師長 <kadowaki@seiwa-clinic.or.jp>"],
    "subject": "接種可否のご相談（卵アレルギー・喘息の既往のある社員）",
    "charset": "utf-8",
    "body": """せいわ内科クリニック
看護師長 門脇様

いつもお世話になっております。日の出産業 健康管理室の今村です。
来週の接種について、事前にご相談させてください。

対象者：営業第二部　椚田 沙織（くぬぎだ さおり）さん
生年月日：1989年6月17日
予診票の記載内容：
　・気管支喘息（小児期より。現在も吸入ステロイドを使用中、最終発作は本年5月）
　・鶏卵アレルギー（20代で蕁麻疹の既往あり、アナフィラキシーの経験はなし）
　・昨年度は他院で接種し、接種後に腕の腫れが3日ほど続いたとのこと

ご本人は接種を希望しています。当日の接種で問題ないか、または先生の診察の上で
判断となるか、ご教示いただけますでしょうか。
必要であれば、ご本人から主治医の意見書を取り寄せることも可能です。

よろしくお願いいたします。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's medical history (asthma, allergy) sent to an outside clinic: 要配慮個人情報",
},
# 004 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-004",
    "sender": "丹羽 千尋 <niwa.c@hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務部 御中 <soumu-kenko@kawasaki-denki.co.jp>"],
    "subject": "【請求書送付】合同インフルエンザ予防接種（10月実施分）",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
総務部 御中

平素より大変お世話になっております。
日の出産業株式会社 経理部の丹羽でございます。

10月に日の出ビルにて合同で実施いたしましたインフルエンザ予防接種につき、
貴社ご負担分の請求書をお送りいたします。

　接種人数（貴社分）　37名
　単価（税込）　　　　3,300円
　ご請求金額　　　　　122,100円
　お支払期日　　　　　12月25日

請求書（PDF）を添付しておりますのでご査収ください。
原本は本日郵送いたしました。
""" + SIG_NIWA,
    "attachments": [
        {"kind": "pdf", "name": "請求書_HS-2026-1187_川崎電機様.pdf",
         "title": "請求書 HS-2026-1187",
         "lines": [
             "請　求　書",
             "請求書番号：HS-2026-1187　　発行日：2026年11月30日",
             "川崎電機株式会社　御中",
             "",
             "日の出産業株式会社",
             "〒108-0023 東京都港区芝浦七丁目12番5号",
             "登録番号：T9010401087263",
             "",
             "件名：合同インフルエンザ予防接種 費用負担分（2026年10月実施）",
             "",
         ],
         "table": [
             ["品目", "数量", "単価", "金額"],
             ["インフルエンザ予防接種（1回）", "37名", "3,000", "111,000"],
             ["消費税（10%）", "", "", "11,100"],
             ["合計", "", "", "122,100"],
             ["", "", "", ""],
             ["お振込先：みどり銀行 芝浦支店 普通 1184402 ヒノデサンギヨウ（カ", "", "", ""],
         ]},
    ],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "per-head invoice to a partner: head count, company T-number and company bank account only",
},
# 005 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-005",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["soumu-kenko@kawasaki-denki.co.jp", "jinji@aoba-unyu.co.jp",
           "総務課 三枝様 <saegusa@kitaguni-foods.co.jp>"],
    "subject": "日の出ビル入居企業 合同予防接種のご案内（10/21・22・28）",
    "charset": "cp932",
    "body": """日の出ビル入居企業 ご担当者様

いつもお世話になっております。日の出産業 総務課の早乙女でございます。

例年どおり、本年もビル入居企業様合同でインフルエンザ予防接種を実施いたします。

　日程：10月21日（水）・22日（木）・28日（水）
　会場：日の出ビル 7F 大会議室
　費用：お一人様 3,300円（税込）※各社様へ人数分をご請求
　申込：各社様で取りまとめの上、10月9日（金）までに人数のみご連絡ください

予約枠は先着順となります。ご不明点はお気軽にお問い合わせください。
""" + SIG_SAOTOME,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external companies can see each other in To: should have been Bcc",
},
# 006 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-006",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["soumu-kenko@kawasaki-denkl.co.jp"],
    "subject": "Re: 合同接種 人数のご連絡",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 総務部
鴫原様

お世話になっております。日の出産業の早乙女です。
人数のご連絡ありがとうございます。貴社37名、承りました。

当日は7階受付にて社名をお伝えいただければ、問診票をお渡しいたします。
時間帯の希望がございましたら、10月14日までにお知らせください。

> 日の出産業 早乙女様
> 弊社の接種希望者は37名となりました。
> よろしくお願いいたします。
""" + SIG_SAOTOME,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain kawasaki-denkl.co.jp is a one-letter look-alike of partner kawasaki-denki.co.jp",
},
# 007 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-007",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "予約者一覧（10/22分）送付の件",
    "charset": "utf-8",
    "body": """笹川様

お世話になっております。日の出産業の今村です。
10/22（木）分の予約者一覧をパスワード付きZIPにてお送りします。
パスワードは別メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "zip", "name": "yoyaku_1022.zip", "password": "Sw1022#flu",
         "files": [
             {"kind": "xlsx", "name": "予約者一覧_1022.xlsx",
              "sheets": {"1022": [
                  ["No", "氏名", "生年月日", "所属"],
                  [1, "漆原 一輝", "1984/03/02", "購買部"],
                  [2, "袴田 里穂", "1991/12/19", "購買部"],
                  [3, "四十物 剛", "1977/08/25", "物流企画部"],
                  [4, "丸茂 理恵", "1995/04/07", "物流企画部"],
                  [5, "我妻 悠", "1999/10/30", "経営企画部"],
                  [6, "兵頭 昭二", "1969/01/11", "経営企画部"],
              ]}},
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
},
# 008 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-008",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["仁科 様 <nishina@kanto-sanpo.or.jp>"],
    "subject": "Re: 巡回予防接種 お見積りの件（岐阜工場）",
    "charset": "iso-2022-jp",
    "body": """関東産業保健協会
事業推進部 仁科様

お世話になっております。日の出産業の早乙女です。
お見積りをありがとうございました。下記の内容で正式に依頼させていただきます。
発注書は来週中に郵送いたします。

なお、実施日は11月5日（木）で確定とさせてください。

-----Original Message-----
From: 仁科 <nishina@kanto-sanpo.or.jp>
Sent: Monday, September 28, 2026 10:12 AM
Subject: 巡回予防接種 お見積りの件（岐阜工場）

日の出産業株式会社 早乙女様

標記の件、以下の通りお見積り申し上げます。
 ・出張接種基本料（医師1名・看護師2名、半日）　55,000円
 ・接種料（お一人様）　　　　　　　　　　　　　 2,900円 × 予定 96名
 ・交通費実費
有効期限：10月30日
""" + SIG_SAOTOME,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "acceptance of a quote: prices and head count only",
},
# 009 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-009",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "実施計画書の共有",
    "charset": "cp932",
    "body": """仁科様

お世話になっております。今村です。
先日お話しした本年度の実施計画書を共有いたします。
岐阜工場の会場レイアウトの参考にしていただければ幸いです。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "docx", "name": "2026年度_職域予防接種_実施計画書.docx",
         "title": "2026年度 職域予防接種 実施計画書",
         "page_header": "社外秘",
         "page_footer": "日の出産業株式会社 総務部 健康管理室　社外秘",
         "paragraphs": [
             "2026年度 職域予防接種 実施計画書",
             "1. 目的　従業員の感染症予防および業務継続の確保",
             "2. 対象　本社・大阪支店・岐阜工場の従業員、入居企業、希望する家族",
             "3. 予算　総額 1,450,000円（うち健保組合補助 600,000円）",
             "4. 委託先　本社：せいわ内科クリニック／岐阜工場：関東産業保健協会（巡回）",
             "5. 接種率目標　65%（前年度実績 58.2%）",
         ],
         "tables": [[
             ["拠点", "対象者数", "見込接種者", "実施日"],
             ["本社", "412", "240", "10/21, 10/22, 10/28"],
             ["大阪支店", "118", "70", "10/27"],
             ["岐阜工場", "163", "96", "11/5"],
         ]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached plan is stamped 社外秘 in header/footer and goes outside",
},
# 010 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-010",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["saotome@hinode-sangyo.co.jp"],
    "cc": ["k-hojo@hinode-sangyo.co.jp"],
    "subject": "予約状況（9/30時点）",
    "charset": "utf-8",
    "body": """早乙女さん
北条さん

お疲れさまです。今村です。
9/30時点の予約状況をCSVで共有します（社内限り）。
緊急連絡先の携帯番号も入っていますので、取扱いにご注意ください。

21日午前がほぼ埋まってきたので、社内告知で28日への分散を呼びかけたいです。
""",
    "attachments": [
        {"kind": "csv", "name": "yoyaku_0930.csv", "encoding": "utf-8",
         "rows": [
             ["予約日", "枠", "社員番号", "氏名", "フリガナ", "生年月日", "携帯電話"],
             ["10/21", "AM", "H10427", "曽我部 隆之", "ソガベ タカユキ", "1978-07-19", "090-3318-2204"],
             ["10/21", "AM", "H11803", "乙部 美和子", "オトベ ミワコ", "1986-02-03", "080-6624-0917"],
             ["10/21", "AM", "H13355", "唐沢 透", "カラサワ トオル", "1990-11-28", "070-1450-8836"],
             ["10/21", "PM", "H17024", "栗栖 宏美", "クリス ヒロミ", "1993-05-22", "090-7781-3025"],
             ["10/22", "AM", "H12905", "箕輪 達也", "ミノワ タツヤ", "1982-09-04", "080-2209-6613"],
             ["10/22", "PM", "H14018", "大日方 茜", "オビナタ アカネ", "1996-12-01", "090-5560-4478"],
             ["10/28", "AM", "H09530", "饗庭 康夫", "アイバ ヤスオ", "1966-04-15", "080-9913-7702"],
         ]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": [],
    "note": "booking list with mobiles, but every recipient is internal",
},
# 011 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-011",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "家族接種（健保補助の直接請求）対象者の保険証情報",
    "charset": "iso-2022-jp",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。日の出産業 人事部の北条です。
家族接種で健保組合への直接請求となる方の保険証情報をお知らせします。

　被保険者（社員）：柘植 浩一
　接種者：柘植 まどか（配偶者）　平成3年8月26日生
　保険者名：日の出産業健康保険組合
　保険者番号：06137425
　記号：2081　番号：417　枝番：01

当日は保険証の原本もご本人が持参いたします。
どうぞよろしくお願いいたします。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "health insurance card symbol/number of a family member sent outside",
},
# 012 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-012",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "cc": ["錦印刷 営業部 浜口様 <hamaguchi@nishiki-insatsu.co.jp>"],
    "subject": "予診票の版下について（貴院様式での印刷）",
    "charset": "utf-8",
    "body": """せいわ内科クリニック 笹川様
（cc：錦印刷 浜口様）

お世話になっております。日の出産業の今村です。

今年度の予診票は貴院の様式をそのまま使い、錦印刷様で300部印刷いたします。
版下データ（PDFまたはWord）を浜口様へ直接お送りいただけますでしょうか。
浜口様には、10月9日（金）までの納品をお願いしております。

・用紙：A4 両面 1枚
・部数：300部（本社250／大阪50）
・上部に「日の出産業株式会社 職域接種用」の一文を追加

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way mail: two external organisations in To/Cc, no personal data",
},
# 013 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-013",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["ヒューマンブリッジ 大城様 <oshiro@humanbridge.co.jp>"],
    "subject": "派遣スタッフ様 接種予約の確認",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>株式会社ヒューマンブリッジ<br>大城様</p>
<p>いつもお世話になっております。日の出産業の早乙女です。<br>
貴社より派遣いただいているスタッフの皆様のうち、接種予約のあった方は下記のとおりです。<br>
費用は弊社負担となりますので、勤怠の扱いのみご確認ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde7f3"><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>携帯電話</th><th>接種日</th></tr>
<tr><td>富樫 結衣</td><td>トガシ ユイ</td><td>1997/02/11</td><td>080-4471-9036</td><td>10/21 13:30</td></tr>
<tr><td>能登谷 拓海</td><td>ノトヤ タクミ</td><td>2000/07/05</td><td>090-2286-5147</td><td>10/21 14:00</td></tr>
<tr><td>巌 知佳</td><td>イワオ チカ</td><td>1988/10/23</td><td>070-3905-6612</td><td>10/22 10:00</td></tr>
<tr><td>畔柳 翔</td><td>クロヤナギ ショウ</td><td>1994/03/29</td><td>080-8120-3374</td><td>10/22 10:30</td></tr>
<tr><td>潮田 萌</td><td>ウシオダ モエ</td><td>1999/12/08</td><td>090-6637-0281</td><td>10/28 15:00</td></tr>
<tr><td>鍋島 和人</td><td>ナベシマ カズト</td><td>1985/06/16</td><td>080-1052-7749</td><td>10/28 15:30</td></tr>
</table>
<p>以上、6名となります。よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 総務課<br>早乙女 純<br>TEL 03-5479-2100（代表）</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML table of 6 temp staff with DOB and mobile to the staffing agency",
},
# 014 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-014",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["tomoko.hirasawa.88@gmail.com"],
    "subject": "Re: 家族接種について教えてください",
    "charset": "iso-2022-jp",
    "body": """平沢 様

ご連絡ありがとうございます。日の出産業 健康管理室の今村です。
社員のご家族の接種について、ご案内いたします。

・対象：社員の配偶者および中学生以上のお子様
・日程：10月28日（水）13:30-16:30 のみ
・費用：お一人様 3,300円（健保組合の補助により、当日の窓口負担は 1,300円です）
・申込：社員ご本人が社内ポータルの「家族接種申込」から登録してください

お子様（13歳未満）は2回接種となるため、職域接種ではお受けできません。
かかりつけの医療機関でご相談いただけますと幸いです。

> 夫が御社に勤めております。家族も接種を受けられると聞いたのですが、
> 日程と費用を教えていただけますか。
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "general answer to one free-mail recipient; no personal data",
},
# 015 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-015",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["kadowaki@seiwa-clinic.or.jp"],
    "cc": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "【ご報告】10/21接種者の副反応について",
    "charset": "cp932",
    "body": """門脇様
笹川様

お世話になっております。日の出産業の今村です。
10月21日に接種を受けた社員について、副反応と思われる症状の報告がありましたのでお知らせします。

　氏名：鬼頭 正樹（営業第一部、43歳）
　接種：10/21 10:40 左上腕
　経過：同日夜より38.9℃の発熱、接種部位の発赤・腫脹（約8cm）。
　　　　翌22日未明に全身の蕁麻疹と息苦しさがあり、救急外来（港南中央病院）を受診。
　　　　「急性蕁麻疹（ワクチン接種後）」との診断で点滴を受け、同日帰宅。
　　　　現在は解熱し、抗アレルギー薬を内服中とのことです。

副反応疑い報告の要否について、先生のご判断をいただけますでしょうか。
また、次回以降の接種可否についてもご意見をいただけますと幸いです。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named employee's adverse reaction, ER visit and diagnosis sent outside",
},
# 016 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-016",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["hokenjigyo@hinode-kenpo.or.jp"],
    "subject": "インフルエンザ予防接種補助 事業所別実績のご報告",
    "charset": "utf-8",
    "body": """日の出産業健康保険組合
保健事業課 ご担当者様

お世話になっております。人事部の北条です。
本年度の職域接種について、事業所別の実績を添付のとおりご報告いたします。
補助金の請求書は別途、経理部より送付いたします。

※個人別の明細は、補助金規程に基づき事業所にて5年間保管いたします。
""" + SIG_HOJO,
    "attachments": [
        {"kind": "xlsx", "name": "接種実績_事業所別_2026.xlsx",
         "sheets": {
             "事業所別": [
                 ["2026年度 インフルエンザ予防接種 事業所別実績"],
                 [],
                 ["事業所", "所在地", "被保険者", "被扶養者", "合計", "補助額"],
                 ["本社", "東京都港区芝浦7-12-5", 221, 19, 240, 480000],
                 ["大阪支店", "大阪府大阪市北区西天満4-8-17", 64, 3, 67, 134000],
                 ["岐阜工場", "岐阜県岐阜市柳津町流通センター3-1-9", 91, 0, 91, 182000],
                 ["合計", "", 376, 22, 398, 796000],
             ],
             "前年比": [
                 ["事業所", "2025年度", "2026年度", "増減"],
                 ["本社", 228, 240, 12],
                 ["大阪支店", 59, 67, 8],
                 ["岐阜工場", 88, 91, 3],
             ],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate statistics per site (business addresses), no individuals; kenpo domain is not a look-alike",
},
# 017 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-017",
    "sender": "藤代 勝 <fujishiro@gifu.hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "11/5 岐阜工場 巡回接種 受診者名簿",
    "charset": "cp932",
    "body": """関東産業保健協会
仁科様

いつもお世話になっております。岐阜工場 総務課の藤代です。
11月5日の巡回接種の受診者名簿をお送りいたします。
シフトごとにシートを分けております。
""" + SIG_FUJISHIRO,
    "attachments": [
        {"kind": "xlsx", "name": "岐阜工場_受診者名簿_1105.xlsx",
         "sheets": {
             "日勤": [
                 ["日の出産業株式会社 岐阜工場　予防接種 受診者名簿（日勤）"],
                 ["No", "氏名", "カナ", "性別", "生年月日", "職場"],
                 [1, "纐纈 哲也", "コウケツ テツヤ", "男", "S51.10.02", "製造1課"],
                 [2, "各務 由香", "カガミ ユカ", "女", "H1.4.18", "製造1課"],
                 [3, "日比野 翔太", "ヒビノ ショウタ", "男", "H8.7.7", "製造2課"],
                 [4, "後藤田 恵", "ゴトウダ メグミ", "女", "S59.12.25", "品質保証課"],
                 [5, "桐山 大輔", "キリヤマ ダイスケ", "男", "H4.2.9", "設備保全課"],
             ],
             "夜勤": [
                 ["日の出産業株式会社 岐阜工場　予防接種 受診者名簿（夜勤明け）"],
                 ["No", "氏名", "カナ", "性別", "生年月日", "職場"],
                 [1, "臼井 浩二", "ウスイ コウジ", "男", "S55.6.30", "製造2課"],
                 [2, "蜂須賀 実", "ハチスカ ミノル", "男", "S49.3.14", "製造3課"],
                 [3, "安江 千夏", "ヤスエ チナツ", "女", "H10.8.1", "製造3課"],
             ],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "XLSX roster of 8 employees with 和暦 DOB to the outside provider",
},
# 018 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-018",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["kenko-suishin@city.minamiura.lg.jp"],
    "subject": "予防接種健康被害救済制度 申請書類の事前確認のお願い",
    "charset": "utf-8",
    "body": """南浦市 健康推進課 予防接種担当 御中

お世話になっております。日の出産業株式会社 人事部の北条と申します。
弊社社員の健康被害救済の申請について、ご本人の委任を受けて書類の事前確認をお願いしたく、
ご連絡いたしました。記載内容に不足がないか、ご確認いただけますでしょうか。

【請求者】
　氏名：　　穂積 恭平（ほづみ きょうへい）
　生年月日：昭和62年1月24日
　住所：　　神奈川県南浦市汐見台3丁目14番地の2 コーポ汐見205
　個人番号：""" + my_number(SEED + 1) + """
【接種・症状】
　接種日：2026年10月22日（職域接種、インフルエンザHAワクチン）
　症状：　接種6日後より両下肢の脱力。11月2日、県立南浦医療センターにて
　　　　　ギラン・バレー症候群と診断、11月20日まで入院。
【請求内容】医療費・医療手当

受診証明書・診断書は病院に作成を依頼中です。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "My Number plus diagnosis of a named employee sent to the city",
},
# 019 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-019",
    "sender": "藤代 勝 <fujishiro@gifu.hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "Re: ワクチン発送のご案内（岐阜工場 11/5分）",
    "charset": "iso-2022-jp",
    "body": """仁科様

お世話になっております。岐阜工場の藤代です。
ワクチンの保冷便、本日14時に受領いたしました。
温度ロガーの表示は 4.2℃ で、箱の破損もございませんでした。
当日まで工場医務室の薬用冷蔵庫（2-8℃）で保管いたします。

　送り状番号：4417-2093-8856（クール便・冷蔵）
　製品：インフルエンザHAワクチン 0.5mL シリンジ 100本
　ロット：FH26-118A ／ 有効期限 2027年6月30日

引き続きよろしくお願いいたします。
""" + SIG_FUJISHIRO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "delivery receipt: tracking and lot numbers only",
},
# 020 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-020",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "業務委託契約・秘密保持契約書（案）のご確認のお願い",
    "charset": "cp932",
    "body": """せいわ内科クリニック
事務長 笹川様

お世話になっております。日の出産業 人事部の北条です。
今年度から、職域接種の業務委託契約に併せて秘密保持契約（個人情報の取扱いに関する条項を含む）を
締結させていただきたく、弊社ひな形の案をお送りいたします。

主な変更点は次のとおりです。
　・第3条　機密情報の定義に「予診票その他接種に関して取得した情報」を追加
　・第7条　契約終了後の返還・廃棄の期限を30日に短縮
　・第9条　再委託の事前承諾

ご意見がございましたら、10月2日までに修正履歴付きでお戻しいただけますと幸いです。
""" + SIG_HOJO + DISCLAIMER_JA,
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書（案）_せいわ内科クリニック.docx",
         "title": "秘密保持契約書（案）",
         "paragraphs": [
             "秘密保持契約書（案）",
             "日の出産業株式会社（以下「甲」という。）と医療法人社団清和会（以下「乙」という。）は、"
             "甲の従業員等に対する予防接種業務の委託に関し、次のとおり秘密保持契約を締結する。",
             "第1条（目的）本契約は、甲乙間で開示される機密情報の取扱いを定めることを目的とする。",
             "第3条（機密情報）本契約において機密情報とは、甲が乙に開示する営業上・技術上の情報、"
             "予診票その他接種に関して取得した情報をいう。",
             "第7条（返還・廃棄）乙は、本契約終了後30日以内に機密情報を返還又は廃棄する。",
             "第9条（再委託）乙は、甲の事前の書面による承諾なく、本業務を第三者に再委託してはならない。",
             "（記名押印欄）",
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with a draft contract and the standard disclaimer: no marking, no personal data",
},
# 021 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-021",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["kanako.tsuge.0826@gmail.com", "yamabuki.risa@gmail.com", "m.oyamada1975@gmail.com"],
    "subject": "【日の出産業】家族接種 受付完了のお知らせ（10/28）",
    "charset": "utf-8",
    "body": """ご家族接種お申込みの皆様

日の出産業 健康管理室の今村です。
10月28日（水）の家族接種のお申込みを受け付けました。

　受付時間：13:30〜16:30（ご都合のよい時間にお越しください）
　場所：日の出ビル 7階 大会議室（1階受付で「予防接種」とお伝えください）
　持ち物：予診票（事前にご記入ください）、健康保険証、窓口負担 1,300円

当日、体調のすぐれない場合は無理をなさらず、下記までご連絡ください。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private persons on free mail can see each other's addresses in To",
},
# 022 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-022",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "予約変更 2件（10/21→10/28）",
    "charset": "iso-2022-jp",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。日の出産業の今村です。
出張が入ったため、以下2名の予約を変更させてください。

　鴨志田 悟　10/21 AM → 10/28 AM　（当日連絡先 090-4826-1173）
　五月女 奈央 10/21 PM → 10/28 PM　（当日連絡先 080-3357-9920）

予診票は変更後の日付で本人が持参します。
よろしくお願いいたします。
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two people's names and mobiles: under the list threshold, may be warned",
},
# 023 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-023",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["なにわ健診クリニック 事務局 <jimukyoku@naniwa-kenshin.jp>"],
    "subject": "10/27 大阪支店 接種実績表の送付",
    "charset": "cp932",
    "body": """なにわ健診クリニック 事務局 御中

いつもお世話になっております。日の出産業 大阪支店 総務課の椎名でございます。
10月27日に実施いただいた接種の実績表をお送りいたします。
請求書の作成にご利用ください。
""" + SIG_SHIINA,
    "attachments": [
        {"kind": "corrupt", "name": "接種実績_大阪支店_1027.xlsx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached workbook is corrupt and cannot be read",
},
# 024 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-024",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["saegusa@kitaguni-foods.co.jp"],
    "subject": "FW: 提携医療機関一覧（東北エリア）",
    "charset": "utf-8",
    "body": """北国フーズ 三枝様

お世話になっております。早乙女です。
先日お尋ねの仙台営業所の件、弊社の委託先から東北エリアの提携医療機関の一覧をもらいましたので転送します。
各院へ直接ご予約いただく形になりますが、請求は協会経由で一括となるそうです。

-----Forwarded Message-----
From: 仁科 <nishina@kanto-sanpo.or.jp>
To: 早乙女 純 <saotome@hinode-sangyo.co.jp>
Subject: 提携医療機関一覧（東北エリア）

早乙女様

ご依頼の提携医療機関（東北エリア）は以下の通りです。

医療機関名　　　　　　　所在地　　　　　　　　　　　　　　　　電話
あおい通りクリニック　　宮城県仙台市青葉区一番町2-5-11 3F　　022-215-3308
泉中央ファミリー内科　　宮城県仙台市泉区泉中央1-22-4　　　　　022-771-6410
長町駅前健診センター　　宮城県仙台市太白区長町5-3-2　　　　　022-246-8870
多賀城ひかり医院　　　　宮城県多賀城市中央2-18-6　　　　　　　022-364-1195
名取うみかぜ診療所　　　宮城県名取市増田4-7-30　　　　　　　　022-382-5561

受付時間・接種料金は各院にご確認ください。

関東産業保健協会 事業推進部 仁科
""" + SIG_SAOTOME,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwarded list of clinics: businesses, not people",
},
# 025 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-025",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["imamura.sayaka@hinode-sangyo.jp"],
    "subject": "大阪支店 予約者（追加分）",
    "charset": "iso-2022-jp",
    "body": """今村さん

お疲れさまです。大阪の椎名です。
10/27の追加予約分です。本社の一覧への反映をお願いします。

嶋津 俊輔　　営業部　　090-7712-4058
宇都宮 彩　　営業部　　080-2291-6634
真柴 良平　　業務課　　070-6680-1127
浅利 美香子　業務課　　090-3147-5529
木全 隆　　　倉庫課　　080-9054-3316
泉谷 侑里　　総務課　　090-8843-0702

以上6名です。よろしくお願いします。
""" + SIG_SHIINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but sent to hinode-sangyo.jp (dropped co.), with 6 names and mobiles",
},
# 026 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-026",
    "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
    "to": ["Travel Health Desk <desk@tokyo-travelclinic.jp>"],
    "subject": "Quotation request: pre-departure vaccinations for staff relocating to Hanoi",
    "charset": "utf-8",
    "body": """Dear Travel Health Desk,

I am writing from the Overseas Business Division of Hinode Sangyo.
Three of our employees will relocate to Hanoi, Vietnam, in April 2027 on a three-year
assignment, and we would like to arrange their pre-departure vaccinations with you.

Could you kindly quote a corporate package covering:
  - Hepatitis A (2 doses) and Hepatitis B (3 doses)
  - Typhoid
  - Japanese encephalitis (booster if needed)
  - Rabies pre-exposure (3 doses)
  - Tetanus-diphtheria booster

We would also appreciate your advice on the schedule, since the first departure is
planned for early April, and whether English vaccination certificates are included.
Payment would be by bank transfer against an invoice addressed to the company.
""" + SIG_MIYAJI + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English quote request with no individual named",
},
# 027 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-027",
    "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
    "to": ["desk@tokyo-travelclinic.jp"],
    "subject": "Re: Vaccination certificate – details of the first assignee",
    "charset": "utf-8",
    "body": """Dear Dr. Whitfield,

Thank you for the quotation. As requested, here are the details of the first assignee for
the English vaccination certificate. The name must match the passport exactly.

  Name (as in passport): HAGIWARA KOTARO
  Name in Japanese: 萩原 光太郎
  Date of birth: 14 September 1990
  Passport No.: TZ4418207
  Nationality: Japan
  First appointment: 12 January 2027, 10:00

He has no relevant medical history to declare on our side; he will fill in your
questionnaire on the day.

On 2026/12/01 9:48, Travel Health Desk <desk@tokyo-travelclinic.jp> wrote:
> Please send us the full name as in the passport, date of birth and passport number
> of each traveller so that we can prepare the certificates.
""" + SIG_MIYAJI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "passport number of an employee sent outside",
},
# 028 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-028",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["hamaguchi@nishiki-insatsu.co.jp"],
    "subject": "予診票 印刷のご依頼（300部）",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 浜口様

お世話になっております。日の出産業の今村です。
先日お話しした予診票の印刷をお願いいたします。
クリニック様式に弊社用の一文を加えた版下（PDF）を添付いたします。

　部数：300部（本社250／大阪支店50、分納）
　仕様：A4 両面・上質70kg
　納期：10月9日（金）必着

お見積りをいただけましたら、発注書をお送りいたします。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "pdf", "name": "予診票_版下_日の出産業.pdf",
         "title": "インフルエンザ予防接種 予診票",
         "lines": [
             "インフルエンザ予防接種 予診票（日の出産業株式会社 職域接種用）",
             "※接種を希望する方がご記入ください。",
             "",
             "住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿　電話：＿＿＿＿＿＿＿＿",
             "氏名：＿＿＿＿＿＿＿＿　男・女　生年月日：　　年　　月　　日（　　歳）",
             "本日の体温：　　　℃",
             "",
             "質問事項　　　　　　　　　　　　　　　　　　　　　　回答",
             "今日受ける予防接種について説明文を読みましたか　　　はい／いいえ",
             "現在、何かの病気で医師にかかっていますか　　　　　　はい（病名　　　　）／いいえ",
             "最近1か月以内に熱が出たり病気にかかったりしましたか　はい／いいえ",
             "薬や食品で皮膚に発疹やじんましんが出たことがありますか　はい／いいえ",
             "これまでに予防接種を受けて具合が悪くなったことがありますか　はい／いいえ",
             "（女性の方）現在妊娠している可能性はありますか　　はい／いいえ",
             "",
             "医師記入欄：以上の問診及び診察の結果、今日の接種は（可能・見合わせる）",
             "本人の署名：＿＿＿＿＿＿＿＿＿＿",
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "blank questionnaire template for printing: field labels only, nobody's data",
},
# 029 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-029",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "FW: 【取扱注意】次年度 健康施策予算（予防接種関連）",
    "charset": "cp932",
    "body": """仁科様

お世話になっております。早乙女です。
来年度のご提案の参考に、社内の予算資料を転送いたします。

-----Original Message-----
From: 北条 健吾
Sent: Thursday, November 19, 2026 6:02 PM
To: 総務部各位
Subject: 【取扱注意】次年度 健康施策予算（予防接種関連）

━━━━━━━━━━━━━━━━━━━━
　区分：取扱注意（社内関係者限り）
━━━━━━━━━━━━━━━━━━━━
総務部各位

次年度の予防接種関連予算（案）です。経営会議前のため取扱いに注意してください。

　・インフルエンザ職域接種　　　1,520千円（前年比 +70千円）
　・海外赴任者 渡航ワクチン　　　　680千円（赴任者6名想定）
　・風しん抗体検査・接種補助　　　 240千円
　・委託先見直し（相見積3社）　　 本社分のみ実施予定

北条
""" + SIG_SAOTOME,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "forwarded internal memo classified 取扱注意 goes to an outside provider",
},
# 030 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-030",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["産業医 相良先生 <sagara.dr@hinode-sangyo.co.jp>"],
    "subject": "接種後の体調不良者 2名のご相談",
    "charset": "iso-2022-jp",
    "body": """相良先生

お疲れさまです。健康管理室の今村です。
接種後に体調不良の申し出があった2名について、ご意見をいただけますでしょうか。

1. 鬼頭 正樹（営業第一部）　昭和58年3月11日生
　 10/22未明に全身の蕁麻疹・呼吸苦で救急受診。急性蕁麻疹の診断。現在内服中。
2. 椚田 沙織（営業第二部）　平成元年6月17日生
　 喘息の既往あり。接種翌日に軽い喘鳴、吸入で改善。本日は通常勤務。

1の方は来年度以降の接種可否、2の方は就業上の配慮の要否についてご判断をお願いします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health details of two employees, but sent only to the in-house occupational physician (internal)",
},
# 031 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-031",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["ペイロールワークス 日の出産業担当 <hinode-team@payrollworks.co.jp>"],
    "subject": "11月度給与 家族接種費用の控除データ",
    "charset": "iso-2022-jp",
    "body": """株式会社ペイロールワークス
日の出産業ご担当者様

いつもお世話になっております。人事部の北条です。
11月度給与にて控除する家族接種費用（窓口負担分）のデータをお送りします。
項目コードは「控除その他3」でお願いいたします。
""" + SIG_HOJO,
    "attachments": [
        {"kind": "csv", "name": "kojo_kazoku_sesshu_202611.csv", "encoding": "cp932",
         "rows": [
             ["社員番号", "氏名", "所属コード", "接種人数", "控除額"],
             ["H10427", "曽我部 隆之", "S110", "2", "2600"],
             ["H11214", "柘植 浩一", "S120", "1", "1300"],
             ["H12290", "百瀬 健太郎", "J300", "3", "3900"],
             ["H12905", "箕輪 達也", "B210", "1", "1300"],
             ["H13870", "小山田 誠", "B210", "2", "2600"],
             ["H14018", "大日方 茜", "K400", "1", "1300"],
             ["H15566", "平沢 健司", "S110", "1", "1300"],
             ["H16102", "山吹 大樹", "J300", "2", "2600"],
             ["H16650", "御子柴 陽菜", "J100", "1", "1300"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "CSV of 9 employees (staff no., name, payroll deduction) to the payroll contractor",
},
# 032 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-032",
    "sender": "丹羽 千尋 <niwa.c@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "お振込みのご案内（請求書 SC-26-0452）",
    "charset": "utf-8",
    "body": """医療法人社団清和会
事務長 笹川様

いつもお世話になっております。日の出産業 経理部の丹羽です。
下記のとおりお振込みの手続きをいたしましたのでご連絡いたします。

　請求書番号　SC-26-0452
　ご請求額　　792,000円（接種 240名 × 3,300円）
　お振込日　　2026年11月30日（月）
　お振込先　　みどり銀行 田町支店　普通　3320718
　　　　　　　イリヨウホウジンシヤダン セイワカイ

振込手数料は弊社にて負担いたしました。
領収書の発行は不要です。
""" + SIG_NIWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "payment notice: the clinic's own corporate bank account and an invoice number",
},
# 033 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-033",
    "sender": "百瀬 健太郎 <momose.k@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "家族分の接種費用 カード決済について",
    "charset": "cp932",
    "body": """せいわ内科クリニック 受付ご担当様

お世話になります。日の出産業 情報システム部の百瀬と申します。
10/28の家族接種で、健保補助対象外の母の分（一般料金 4,500円）を事前にカードで
お支払いしたいのですが、以下で決済いただけますでしょうか。

　接種者：百瀬 トシ子（母）
　カード番号：""" + card_number(SEED + 2) + """
　有効期限：08/29
　名義：KENTARO MOMOSE

お手数ですがよろしくお願いいたします。

百瀬 健太郎
情報システム部 インフラ課　内線 2288
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "full credit card number with expiry sent to the clinic by mail",
},
# 034 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-034",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "本年度 職域接種の振り返り（集計値）",
    "charset": "iso-2022-jp",
    "body": """仁科様

お世話になっております。今村です。
来年度のご提案に向けて、本年度の集計値を共有いたします（個人が特定できる情報は含めておりません）。

　接種者数　　　　　　　　398名（本社240／大阪67／岐阜91）
　接種率（従業員）　　　　57.1%（前年 58.2%）
　副反応の申し出　　　　　11件
　　うち接種部位の腫れ・痛み　7件
　　発熱（37.5℃以上）　　　 3件
　　医療機関受診　　　　　　1件
　当日キャンセル　　　　　14件（うち体調不良 9件）

岐阜工場では夜勤明けの時間帯の待ち時間が長かったとの声が多く、
来年度は受付を2列にしていただけると助かります。
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate statistics incl. adverse-reaction counts, no identifiable person",
},
# 035 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-035",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["三船先生 <mifune.dr@kanto-sanpo.or.jp>"],
    "subject": "妊娠中の社員の接種について（ご相談）",
    "charset": "utf-8",
    "body": """三船先生

いつもお世話になっております。日の出産業 健康管理室の今村です。
岐阜工場の巡回接種に関して、ご相談させてください。

品質保証課の 後藤田 恵 さん（42歳）が現在妊娠13週とのことで、
接種を希望されています。つわりは落ち着いており、主治医（かかりつけ産婦人科）からは
「接種して差し支えない」と口頭で言われているそうです。

当日の巡回接種で受けてよいか、先生にご判断いただければと存じます。
ご本人には、予診票の妊娠欄に記入するよう伝えております。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's pregnancy (health information) sent to an outside physician",
},
# 036 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-036",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "10/27 小宴会場のご予約（予防接種会場として）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業株式会社 大阪支店の椎名です。
お電話でご相談した件、下記のとおり正式にお願いいたします。

　日時：10月27日（火）9:00-17:00（準備・撤収含む）
　会場：小宴会場「萩」
　用途：社員向けインフルエンザ予防接種（医療機関が出張実施）
　人数：70名程度（時間帯ごとに分散、同時在室は最大15名）
　備品：長机6、椅子30、パーテーション4枚、電源（ワクチン用保冷庫1台）

飲食のご用意は不要です。
請求書は大阪支店 総務課宛でお願いいたします。
""" + SIG_SHIINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue booking with a partner hotel; ordinary business mail",
},
# 037 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-037",
    "sender": "丹羽 千尋 <niwa.c@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "cc": ["soumu-kenko@kawasaki-denki.co.jp", "jinji@aoba-unyu.co.jp"],
    "subject": "合同接種 費用按分のご確認",
    "charset": "cp932",
    "body": """関係各位

お世話になっております。日の出産業 経理部の丹羽です。
10月の合同接種について、クリニック様からのご請求額を下記のとおり按分いたしました。

　会社名　　　　人数　　金額（税込）
　日の出産業　　 240　　792,000
　川崎電機　　　  37　　122,100
　青葉運輸　　　  22　　 72,600
　合計　　　　　 299　　986,700

クリニック様へは弊社から一括でお支払いし、各社様には弊社より請求書をお送りします。
相違がございましたら11月20日までにご連絡ください。
""" + SIG_NIWA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (clinic and two partners) visible to each other in To/Cc",
},
# 038 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-038",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["hokenjigyo@hinode-kenpo.or.jp"],
    "cc": ["nishina@kanto-sanpo.or.jp"],
    "subject": "巡回接種の補助金直接請求について（三者確認）",
    "charset": "utf-8",
    "body": """日の出産業健康保険組合 保健事業課 御中
（cc：関東産業保健協会 仁科様）

お世話になっております。日の出産業 人事部の北条です。
岐阜工場の巡回接種分（11/5実施、91名）について、補助金を協会様から健保組合様へ
直接ご請求いただく方式に変更したく、三者で確認させてください。

　・請求先：日の出産業健康保険組合（被保険者分のみ、1名 2,000円）
　・差額（1名 900円）：日の出産業へご請求
　・請求時の添付：接種人数の集計表（個人別明細は不要と伺っております）

問題なければ、協会様から12月10日までにご請求いただく流れでお願いいたします。
""" + SIG_HOJO,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc, head counts only",
},
# 039 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-039",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["kadowaki@seiwa-clinic.or.jp"],
    "subject": "予診票スキャン（要確認 3名分）",
    "charset": "iso-2022-jp",
    "body": """門脇様

お世話になっております。今村です。
事前に先生のご確認が必要な3名分の予診票をスキャンしてお送りします。
PDFにはパスワードを設定しておりますので、お電話でお伝えいたします。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "pdf", "name": "yoshinhyo_scan_3mei.pdf", "password": "kd7731",
         "lines": ["予診票（写）", "氏名：漆原 一輝　生年月日：1984/03/02",
                   "現在治療中の病気：高血圧（内服中）",
                   "氏名：兵頭 昭二　生年月日：1969/01/11",
                   "前回接種後の異常：発熱39℃",
                   "氏名：丸茂 理恵　生年月日：1995/04/07",
                   "妊娠の可能性：あり"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
},
# 040 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-040",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "パスワードのご連絡（予約者一覧 10/22分）",
    "charset": "utf-8",
    "body": """笹川様

先ほどお送りした「yoyaku_1022.zip」のパスワードをお知らせします。

　Sw1022#flu

ご確認後、ファイルは院内の所定の場所に保存いただき、メールは削除をお願いいたします。
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "follow-up mail carrying only a password, no attachment",
},
# 041 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-041",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "未接種者の個別来院のお願い",
    "charset": "utf-8",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。日の出産業の今村です。
職域接種の日に受けられなかった社員が、11月中に貴院へ個別に伺います。
本人から直接お電話で予約いたしますので、職域接種の料金でのご対応をお願いできますでしょうか。

・宍戸 修平（物流企画部）携帯 090-6218-3304
・茅野 亜希子（物流企画部）携帯 080-5173-2261
・阿久津 徹（購買部）携帯 070-2048-9915
・橘 麻衣（購買部）携帯 090-1136-7480
・羽生 一馬（営業第二部）携帯 080-7725-0438
・遠矢 祥子（経理部）携帯 090-9402-5817

費用は職域接種分と合わせて、12月に弊社へご請求ください。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "bullet list of 6 employees with mobile numbers to the clinic",
},
# 042 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-042",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "Re: 10/21 未来院の方について",
    "charset": "iso-2022-jp",
    "body": """せいわ内科クリニック 受付ご担当者様

ご連絡ありがとうございます。今村です。
未来院の方には、こちらから本人に確認のうえ、再予約の要否をまとめてご連絡いたします。
ワクチンの余剰分は28日に回していただければ幸いです。

> 日の出産業 今村様
>
> 本日の未来院の方は以下のとおりです。
>   H13355 唐沢 透    平成2年11月28日生      TEL 070-1450-8836
>   H15012 鰐淵 かおり 平成7年5月9日生       TEL 080-3390-1125
>   H09871 仁平 周作   昭和47年9月30日生     TEL 090-2217-6048
>   H16650 御子柴 陽菜 平成10年1月14日生     TEL 080-4402-7319
>   H14477 芥川 真澄   平成4年3月21日生      TEL 070-8815-2290
>
> ご確認のほどよろしくお願いいたします。
> せいわ内科クリニック 受付 田所
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the list is only in the quoted text of the clinic's own mail; new text carries nothing",
},
# 043 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-043",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "FW: 法務部 接種希望者の取りまとめ",
    "charset": "cp932",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。今村です。
法務部から取りまとめが来ましたので、そのまま転送いたします。
10/28 午後の枠でお願いできますでしょうか。

----- 転送メッセージ -----
差出人: 芥川 真澄 <akutagawa.m@hinode-sangyo.co.jp>
宛先: 今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>
件名: 法務部 接種希望者の取りまとめ

今村さん

法務部の希望者をまとめました。いずれも28日午後希望です。

氏名 / メール / 携帯
西園寺 隼人 / saionji.h@hinode-sangyo.co.jp / 090-3384-1167
能勢 沙耶 / nose.saya@hinode-sangyo.co.jp / 080-2265-9043
一色 亮太 / isshiki.r@hinode-sangyo.co.jp / 070-5529-8810
東海林 緑 / shoji.midori@hinode-sangyo.co.jp / 090-7140-2256
祖父江 学 / sobue.m@hinode-sangyo.co.jp / 080-6071-3398
芥川 真澄 / akutagawa.m@hinode-sangyo.co.jp / 070-8815-2290
嵯峨 ひとみ / saga.hitomi@hinode-sangyo.co.jp / 090-5518-0644

よろしくお願いします。
芥川
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of an internal mail: 7 employees with e-mail and mobile, new text to the clinic",
},
# 044 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-044",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["saegusa@kitaguni-foods.co.jp"],
    "subject": "職域接種の進め方（説明会資料）",
    "charset": "utf-8",
    "body": """北国フーズ株式会社
三枝様

お世話になっております。日の出産業の早乙女です。
先日の情報交換会でお話しした、弊社の職域接種の進め方の資料をお送りします。
来年度、貴社の工場で実施される際のご参考になれば幸いです。
""" + SIG_SAOTOME,
    "attachments": [
        {"kind": "pptx", "name": "職域接種の進め方_日の出産業.pptx",
         "title": "職域接種の進め方",
         "slides": [
             ["職域接種の進め方", "日の出産業株式会社 総務部", "2026年11月"],
             ["全体スケジュール", "7月：委託先選定・見積", "8月：社内告知・予約受付開始",
              "9月：予診票配布", "10-11月：接種実施", "12月：請求・補助金申請"],
             ["委託先の選び方", "出張接種の可否と最低人数", "医療廃棄物の回収",
              "副反応発生時の対応体制", "個人情報の取扱い（契約・覚書）"],
             ["当日の運営", "受付2列・検温・予診", "接種後15分の経過観察", "救急対応の動線確保"],
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general how-to slides shared with a partner",
},
# 045 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-045",
    "sender": "藤代 勝 <fujishiro@gifu.hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "技能実習生2名の本人確認情報",
    "charset": "iso-2022-jp",
    "body": """仁科様

お世話になっております。岐阜工場の藤代です。
技能実習生2名について、受付時の本人確認用に在留カードの情報をお送りします。
当日は通訳として監理団体の方が同席します。

1) NGUYEN THI HOA（グエン ティ ホア）
   生年月日：2001年3月9日　国籍：ベトナム
   在留カード番号：UH47102385EA
2) TRAN VAN KHOA（チャン ヴァン コア）
   生年月日：1999年11月21日　国籍：ベトナム
   在留カード番号：RK80316624FD

予診票はベトナム語版をご用意いただけますと助かります。
""" + SIG_FUJISHIRO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "residence card numbers of two trainees sent outside",
},
# 046 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-046",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["日の出ロジスティクス 総務 <soumu@hinode-logi.co.jp>"],
    "subject": "グループ会社向け 接種料金表の送付",
    "charset": "cp932",
    "body": """日の出ロジスティクス株式会社
総務ご担当者様

お世話になっております。日の出産業 総務課の早乙女です。
グループ会社の皆様も本社会場で接種いただけます。料金表を添付いたしますのでご確認ください。
お申込みは人数のみ、10月9日までにお知らせください。
""" + SIG_SAOTOME,
    "attachments": [
        {"kind": "xls", "name": "ryokin_2026.xls",
         "sheets": {"料金表": [
             ["区分", "ワクチン", "料金（税込）", "備考"],
             ["社員（健保加入）", "インフルエンザHA", 3300, "健保補助2,000円"],
             ["社員（他健保）", "インフルエンザHA", 3300, "補助なし"],
             ["家族", "インフルエンザHA", 3300, "13歳以上"],
             ["入居企業・グループ会社", "インフルエンザHA", 3300, "各社へ請求"],
             ["一般（紹介）", "インフルエンザHA", 4500, ""],
         ]}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price list to a group company; its domain is a different name, not a look-alike",
},
# 047 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-047",
    "sender": "丹羽 千尋 <niwa.c@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 人事部 <jinji@aoba-unnyu.co.jp>"],
    "subject": "合同接種 ご請求金額の事前ご案内",
    "charset": "utf-8",
    "body": """青葉運輸株式会社
人事部 御中

いつもお世話になっております。日の出産業 経理部の丹羽でございます。
10月の合同接種の貴社ご負担分について、事前にご案内いたします。

　接種人数：22名
　ご請求額：72,600円（税込）

請求書は12月1日付で発行いたします。
送付先のご担当者様にお変わりがあればお知らせください。
""" + SIG_NIWA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unnyu.co.jp has an added letter: look-alike of partner aoba-unyu.co.jp",
},
# 048 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-048",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["jimukyoku@naniwa-kenshin.jp"],
    "subject": "10/27 追加1名のお願い",
    "charset": "iso-2022-jp",
    "body": """なにわ健診クリニック 事務局 御中

お世話になっております。日の出産業 大阪支店の椎名です。
11月1日付の中途入社予定者が前倒しで着任しましたので、27日の接種に1名追加させてください。

　氏名：蔀 航平（しとみ こうへい）
　生年月日：平成5年10月4日
　希望時間：14:00-14:30

ワクチンに余裕がない場合はご連絡ください。
""" + SIG_SHIINA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one person's name and DOB for booking: under the list threshold",
},
# 049 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-049",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["jimukyoku@naniwa-kenshin.jp"],
    "subject": "大阪支店 接種予定者名簿（10/27）",
    "charset": "cp932",
    "body": """なにわ健診クリニック 事務局 御中

いつもお世話になっております。日の出産業 大阪支店 総務課の椎名でございます。
10月27日の接種予定者名簿（Word）をお送りいたします。
当日の受付順は名簿の順番どおりでお願いいたします。
""" + SIG_SHIINA,
    "attachments": [
        {"kind": "docx", "name": "接種予定者名簿_大阪支店_1027.docx",
         "paragraphs": ["インフルエンザ予防接種　接種予定者名簿",
                        "日の出産業株式会社 大阪支店　実施日：2026年10月27日（火）　会場：さくらホテル 小宴会場「萩」"],
         "tables": [[
             ["No.", "所属", "氏名", "ふりがな", "性別", "生年月日"],
             ["1", "営業部", "嶋津 俊輔", "しまづ しゅんすけ", "男", "1981年5月12日"],
             ["2", "営業部", "宇都宮 彩", "うつのみや あや", "女", "1993年8月30日"],
             ["3", "営業部", "楠本 聡", "くすもと さとし", "男", "1975年2月17日"],
             ["4", "業務課", "真柴 良平", "ましば りょうへい", "男", "1988年11月3日"],
             ["5", "業務課", "浅利 美香子", "あさり みかこ", "女", "1979年7月25日"],
             ["6", "業務課", "日下部 湊", "くさかべ みなと", "男", "1998年1月9日"],
             ["7", "倉庫課", "木全 隆", "きまた たかし", "男", "1970年10月19日"],
             ["8", "倉庫課", "猪熊 千春", "いのくま ちはる", "女", "1990年4月2日"],
             ["9", "総務課", "泉谷 侑里", "いずたに ゆり", "女", "1996年6月28日"],
             ["10", "総務課", "椎名 亮", "しいな りょう", "男", "1984年12月6日"],
         ]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 10 employees with DOB to the clinic",
},
# 050 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-050",
    "sender": "沖田 直人 <okita.naoto@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 開発 久我様 <kuga@tsubasa-system.jp>"],
    "subject": "予約システム 取込テスト用データ",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
久我様

お世話になっております。情報システム部の沖田です。
接種予約システムのCSV取込の検証用に、テストデータを作成しました。
実在の社員ではなく、名前・番号はすべてダミーです（電話番号は 090-0000-xxxx の範囲）。
ただ、生年月日や書式は本番と同じ形式にしてあります。

取込エラーになる行（全角数字・和暦）も混ぜていますので、挙動をご確認ください。
""" + SIG_OKITA,
    "attachments": [
        {"kind": "csv", "name": "test_yoyaku_import.csv", "encoding": "utf-8",
         "rows": [
             ["社員番号", "氏名", "カナ", "生年月日", "携帯電話", "メール", "希望日"],
             ["T00001", "試験 一郎", "シケン イチロウ", "1980-01-01", "090-0000-0001", "test01@example.com", "2026-10-21"],
             ["T00002", "試験 花子", "シケン ハナコ", "1985-02-02", "090-0000-0002", "test02@example.com", "2026-10-21"],
             ["T00003", "検証 次郎", "ケンショウ ジロウ", "Ｓ６０．３．３", "０９０－００００－０００３", "test03@example.com", "2026-10-22"],
             ["T00004", "検証 桃子", "ケンショウ モモコ", "H2.4.4", "090-0000-0004", "test04@example.com", "2026-10-22"],
             ["T00005", "動作 三郎", "ドウサ サブロウ", "1990/05/05", "090-0000-0005", "test05@example.com", "2026-10-28"],
             ["T00006", "動作 確子", "ドウサ カクコ", "1995-06-06", "090-0000-0006", "test06@example.com", "2026-10-28"],
         ]},
    ],
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six person-shaped rows that are declared dummy test data: a list by form, nobody's data in fact",
},
# 051 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-051",
    "sender": "藤代 勝 <fujishiro@gifu.hinode-sangyo.co.jp>",
    "to": ["imamura.sayaka@hinode-sangyo.co.jp"],
    "cc": ["医務室 <imushitsu@gifu.hinode-sangyo.co.jp>"],
    "subject": "岐阜工場 予診票の要確認者（事前共有）",
    "charset": "cp932",
    "body": """今村さん

岐阜の藤代です。
予診票で「はい」に丸が付いていた人の一覧を、医務室と共有のうえZIPでお送りします。
三船先生への相談事項の整理にお使いください。（社内限りでお願いします）
""" + SIG_FUJISHIRO,
    "attachments": [
        {"kind": "zip", "name": "yoshin_yokakunin_gifu.zip",
         "files": [
             {"kind": "xlsx", "name": "要確認者一覧.xlsx",
              "sheets": {"要確認": [
                  ["氏名", "生年月日", "職場", "該当項目", "内容"],
                  ["纐纈 哲也", "S51.10.02", "製造1課", "治療中の病気", "2型糖尿病（内服）"],
                  ["後藤田 恵", "S59.12.25", "品質保証課", "妊娠", "13週"],
                  ["蜂須賀 実", "S49.3.14", "製造3課", "治療中の病気", "心房細動（抗凝固薬）"],
                  ["安江 千夏", "H10.8.1", "製造3課", "アレルギー", "卵・そば"],
                  ["臼井 浩二", "S55.6.30", "製造2課", "前回接種後の異常", "発熱39℃"],
              ]}},
         ]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health details of 5 employees, but sender and recipients are all internal (subdomains included)",
},
# 052 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-052",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["kadowaki@seiwa-clinic.or.jp"],
    "subject": "Re: 明日の接種について",
    "charset": "iso-2022-jp",
    "body": """門脇様

ご確認ありがとうございます。今村です。
1点補足です。兵頭 昭二さん（経営企画部）から本日申し出があり、
10年ほど前に抗生物質（ペニシリン系）でアナフィラキシーを起こし、エピペンを処方されていたとのことです。
予診票には書き漏れていたそうですので、明日の問診で先生にお伝えいただけますでしょうか。

> 今村様
> 明日の予約者、承知いたしました。予診票の事前確認が必要な方がいれば
> 本日中にお知らせください。
> せいわ内科クリニック 門脇
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "new text in a reply gives a named employee's anaphylaxis history to the clinic",
},
# 053 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-053",
    "sender": "丹羽 千尋 <niwa.c@hinode-sangyo.co.jp>",
    "to": ["jimukyoku@naniwa-kenshin.jp"],
    "subject": "ご請求書（NK-1027-03）の人数について",
    "charset": "utf-8",
    "body": """なにわ健診クリニック 事務局 御中

いつもお世話になっております。日の出産業 経理部の丹羽でございます。
10/27実施分のご請求書（NK-1027-03）を拝受いたしました。ありがとうございます。

1点確認させてください。ご請求書では接種人数が 70名 となっておりますが、
弊社大阪支店の集計では 67名（当日キャンセル3名）となっております。
キャンセル分のワクチン代のご請求でしたら、その旨を明細に記載いただけますでしょうか。

お手数をおかけしますが、ご確認のほどよろしくお願いいたします。
""" + SIG_NIWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invoice query about head counts; invoice number only",
},
# 054 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-054",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "保険証をお持ちでない方の本人確認について",
    "charset": "cp932",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。日の出産業の早乙女です。
業務委託で常駐いただいている方で、健康保険証の切替手続き中の方がいらっしゃいます。
本人確認として運転免許証の情報をお伝えするよう言われましたので、お送りします。

　氏名：　　鳥海 信之
　生年月日：昭和57年2月28日
　住所：　　埼玉県川口市芝新町11-6 サンハイツ芝302
　運転免許証番号：第 301907 446210 号
　（交付 令和5年4月10日／有効期限 令和10年3月28日）

当日は免許証原本をお持ちします。
""" + SIG_SAOTOME,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "driving licence number with address and DOB sent outside",
},
# 055 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-055",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["仁科 様 <nishina@kanto-sanpo.or.jp>"],
    "subject": "Re: 実施計画書のご提供について",
    "charset": "iso-2022-jp",
    "body": """仁科様

お世話になっております。今村です。
ご依頼の実施計画書ですが、社内の計画書は予算や委託先の比較を含み社外秘扱いのため、
そのままお渡しすることができません。申し訳ございません。

代わりに、岐阜工場の会場設営に必要な情報を以下にまとめました。

　・会場：岐阜工場 厚生棟2F 食堂（約180平米）
　・電源：会場内 100V コンセント 8口
　・待機スペース：食堂の半面（椅子40脚）
　・駐車場：来客用 3台分を確保済み
　・受付開始：7:30（夜勤明け）／13:00（日勤）

ほかに必要な情報があればお知らせください。
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 社外秘 is only mentioned (declining to send), not a marking on the mail",
},
# 056 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-056",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "家族接種 申込者データ（10/28分）",
    "charset": "utf-8",
    "body": """笹川様

いつもお世話になっております。今村です。
10/28の家族接種の申込者データをZIPでお送りします（CSV、Shift_JIS）。
受付票の事前印刷にご利用ください。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "zip", "name": "kazoku_1028.zip",
         "files": [
             {"kind": "csv", "name": "kazoku_1028.csv", "encoding": "cp932",
              "rows": [
                  ["社員氏名", "家族氏名", "続柄", "生年月日", "連絡先"],
                  ["曽我部 隆之", "曽我部 紀子", "妻", "1980/10/07", "090-6652-3318"],
                  ["曽我部 隆之", "曽我部 遥", "長女", "2011/04/22", "090-6652-3318"],
                  ["柘植 浩一", "柘植 まどか", "妻", "1991/08/26", "080-3915-2247"],
                  ["百瀬 健太郎", "百瀬 トシ子", "母", "1952/01/30", "03-3781-6624"],
                  ["小山田 誠", "小山田 ゆかり", "妻", "1975/09/13", "070-4428-1906"],
                  ["小山田 誠", "小山田 大和", "長男", "2009/12/02", "070-4428-1906"],
                  ["平沢 健司", "平沢 智子", "妻", "1988/03/17", "090-8716-5530"],
                  ["山吹 大樹", "山吹 莉沙", "妻", "1994/06/09", "080-1187-4462"],
                  ["山吹 大樹", "山吹 昇", "父", "1958/11/25", "0467-22-8105"],
              ]},
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP with CSV of 9 family members (DOB, phone) to the clinic",
},
# 057 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-057",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["saotome@hinode-sangyo.co.jp"],
    "bcc": ["soumu-kenko@kawasaki-denki.co.jp", "jinji@aoba-unyu.co.jp",
            "saegusa@kitaguni-foods.co.jp", "soumu@hinode-logi.co.jp",
            "office@minatomirai-design.co.jp"],
    "subject": "【日の出ビル】予防接種 予約枠の空き状況（10/15時点）",
    "charset": "utf-8",
    "body": """日の出ビル入居企業・グループ会社 ご担当者様

（本メールはBCCにてお送りしております）

いつもお世話になっております。日の出産業 総務課の早乙女です。
10月15日時点の予約枠の空き状況をお知らせいたします。

　10/21（水）午前 満席　／ 午後 残り 12名
　10/22（木）午前 残り 8名 ／ 午後 残り 20名
　10/28（水）午前 残り 25名 ／ 午後 家族接種枠

追加のお申込みは10月19日までに人数をお知らせください。
""" + SIG_SAOTOME,
    "html": """<html><body>
<p>日の出ビル入居企業・グループ会社 ご担当者様</p>
<p>（本メールはBCCにてお送りしております）</p>
<p>いつもお世話になっております。日の出産業 総務課の早乙女です。<br>
10月15日時点の予約枠の空き状況をお知らせいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>日付</th><th>午前</th><th>午後</th></tr>
<tr><td>10/21（水）</td><td>満席</td><td>残り 12名</td></tr>
<tr><td>10/22（木）</td><td>残り 8名</td><td>残り 20名</td></tr>
<tr><td>10/28（水）</td><td>残り 25名</td><td>家族接種枠</td></tr>
</table>
<p>追加のお申込みは10月19日までに人数をお知らせください。</p>
<p>日の出産業株式会社 総務部 総務課　早乙女 純<br>TEL 03-5479-2100（代表）</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "five external companies correctly in Bcc (To is the sender); availability table only",
},
# 058 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-058",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["mifune.dr@kanto-sanpo.or.jp"],
    "cc": ["kadowaki@seiwa-clinic.or.jp", "kenko-suishin@city.minamiura.lg.jp"],
    "subject": "健康被害救済申請に関する関係者打合せの日程調整",
    "charset": "iso-2022-jp",
    "body": """関係者各位

お世話になっております。日の出産業 人事部の北条です。
先日ご相談した件につき、関係者で一度打合せの場を設けたく、日程調整をお願いいたします。

　候補：12月3日（木）15:00／12月4日（金）10:00／12月8日（火）14:00
　場所：オンライン（Teams）
　所要：1時間程度

ご都合のよい候補を12月1日までにお知らせください。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (provider, clinic, city) visible in To/Cc",
},
# 059 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-059",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["saegusa@kitaguni-foods.co.jp"],
    "subject": "FW: 【せいわ内科】10/28 会場変更のお知らせ",
    "charset": "cp932",
    "body": """三枝様

お世話になっております。早乙女です。
クリニックから28日の会場変更の案内が届きましたので、添付のとおり転送いたします。
貴社の接種者の皆様にもお伝えいただけますと幸いです。
""" + SIG_SAOTOME,
    "attachments": [
        {"kind": "eml", "name": "会場変更のお知らせ.eml",
         "message": {
             "sender": "医療法人社団清和会 笹川 <sasagawa@seiwa-clinic.or.jp>",
             "to": ["saotome@hinode-sangyo.co.jp"],
             "subject": "【せいわ内科】10/28 会場変更のお知らせ",
             "charset": "iso-2022-jp",
             "body": """日の出産業株式会社
早乙女様

いつもお世話になっております。
10月28日（水）の接種会場につきまして、7階大会議室の空調工事のため、
同ビル 3階 セミナールームへ変更させていただきます。
時間・持ち物に変更はございません。

医療法人社団清和会 せいわ内科クリニック
事務長 笹川 雅人
〒105-0014 東京都港区芝2-31-8
TEL 03-5442-7710
""",
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwarded venue notice as an attached mail; only a business signature",
},
# 060 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-060",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["社会保険労務士法人わかば 松永先生 <matsunaga@wakaba-sr.jp>"],
    "subject": "健康被害救済（障害年金）請求のご相談",
    "charset": "utf-8",
    "body": """社会保険労務士法人わかば
松永先生

いつもお世話になっております。日の出産業 人事部の北条です。
先日お電話でご相談した、予防接種後の健康被害の件で資料をお送りします。

・対象者：穂積 恭平（昭和62年1月24日生、物流企画部）
・基礎年金番号：4152-807364
・経過：10/22の職域接種後、ギラン・バレー症候群と診断。11/20退院、現在リハビリ通院中。
　下肢に麻痺が残っており、主治医からは障害が残る可能性を指摘されています。
・論点：予防接種法の障害年金と、障害厚生年金・労災（業務起因性）の関係

ご本人の同意は得ております。面談の候補日をいくつかいただけますでしょうか。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "basic pension number and diagnosis of a named employee sent to an outside consultant",
},
# 061 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-061",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["kenko-suishin@city.minamiura.lg.jp"],
    "subject": "定期接種（60〜64歳・内部障害）の対象確認について",
    "charset": "cp932",
    "body": """南浦市 健康推進課 予防接種担当 御中

お世話になっております。日の出産業株式会社 人事部の北条でございます。
市内在住の弊社社員について、ご本人の依頼を受けてお問い合わせいたします。

社員：曳地 孝雄（ひきち たかお）62歳、南浦市汐見台在住
状況：慢性腎不全により週3回の人工透析を受けており、身体障害者手帳（じん臓機能障害1級）を所持。

上記の場合、インフルエンザの定期接種（60〜64歳の内部障害者）の対象となり、
市の助成券を職域接種の会場（都内の委託医療機関）でも使用できるか、ご教示いただけますでしょうか。
使用できない場合は、市内の協力医療機関での接種をご本人に案内いたします。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's dialysis and disability certificate disclosed to the city",
},
# 062 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-062",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["kadowaki@seiwa-clinic.or.jp"],
    "subject": "接種後の体調不良 申し出者一覧（10/21・22分）",
    "charset": "iso-2022-jp",
    "body": """門脇様

お世話になっております。今村です。
21日・22日の接種者のうち、体調不良の申し出があった方をまとめました。
先生にご確認いただき、受診勧奨が必要な方がいればお知らせください。

【1】我妻 悠（経営企画部）　10/21接種
　　翌日 37.8℃、倦怠感。2日で回復。
【2】袴田 里穂（購買部）　10/22接種
　　接種部位の腫脹 10cm、熱感。冷却で改善傾向。
【3】箕輪 達也（物流企画部）　10/22接種
　　持病の関節リウマチ（生物学的製剤使用中）があり、接種後に関節痛が増悪。
【4】大日方 茜（人事部）　10/22接種
　　接種30分後にめまい・悪心。会場で臥床し回復（迷走神経反射と思われる）。
【5】饗庭 康夫（総務部）　10/21接種
　　高血圧で通院中。接種当日の夜に血圧 182/104、翌日かかりつけ医を受診。

以上5名です。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "record blocks for 5 named employees with symptoms and illnesses: list and sensitive data",
},
# 063 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-063",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["saotome@hinode-sangy0.co.jp"],
    "subject": "28日の会場変更の社内告知文（案）",
    "charset": "utf-8",
    "body": """早乙女さん

お疲れさまです。今村です。
28日の会場変更について、ポータル掲載用の告知文案です。確認をお願いします。

――――
【予防接種 10/28 会場変更のお知らせ】
空調工事のため、10月28日（水）の接種会場を 3階 セミナールーム に変更します。
時間・持ち物（予診票・社員証）に変更はありません。
エレベーターは低層用（1〜10階）をご利用ください。
――――

問題なければ、明日の朝に掲載します。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain hinode-sangy0.co.jp uses a zero for o: homoglyph of the own domain",
},
# 064 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-064",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "部署別の接種見込み数",
    "charset": "iso-2022-jp",
    "body": """笹川様

お世話になっております。早乙女です。
ワクチン手配の参考に、部署別の接種見込み数を添付いたします。
""" + SIG_SAOTOME,
    "attachments": [
        {"kind": "xlsx", "name": "部署別_接種見込み_本社.xlsx",
         "page_header": "部外秘",
         "page_footer": "部外秘　日の出産業株式会社 総務部",
         "sheets": {"見込み": [
             ["【部外秘】本社 部署別 接種見込み数（2026年9月25日時点）"],
             [],
             ["部署", "在籍", "見込み", "見込率"],
             ["営業第一部", 62, 38, "61%"],
             ["営業第二部", 55, 31, "56%"],
             ["経理部", 24, 16, "67%"],
             ["総務部", 30, 21, "70%"],
             ["人事部", 18, 12, "67%"],
             ["情報システム部", 27, 14, "52%"],
             ["法務部", 12, 9, "75%"],
             ["その他", 184, 99, "54%"],
             ["合計", 412, 240, "58%"],
         ]}},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "workbook stamped 部外秘 in title row, header and footer goes to the clinic",
},
# 065 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-065",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["ohama_shigeru@yahoo.co.jp"],
    "subject": "Re: 退職者の予防接種について",
    "charset": "iso-2022-jp",
    "body": """大浜 様

ご無沙汰しております。健康管理室の今村です。
お問い合わせありがとうございました。

誠に恐縮ながら、職域接種は在籍している社員とそのご家族を対象としており、
退職された方はご利用いただけない決まりとなっております。
なお、65歳以上の方はお住まいの市区町村の定期接種（助成あり）の対象となりますので、
お近くの医療機関にお問い合わせいただくのがよろしいかと存じます。

どうぞお体に気をつけてお過ごしください。
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one retired person on free mail, general information only",
},
# 066 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-066",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "接種予約票（10/28 家族接種）",
    "charset": "cp932",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。今村です。
10/28の家族接種の予約票をPDFでお送りします。
ご確認のほどよろしくお願いいたします。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "corrupt", "name": "接種予約票_1028.pdf"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is damaged and cannot be read",
},
# 067 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-067",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["kadowaki@seiwa-clinic.or.jp"],
    "subject": "RE: 予診票の記載について",
    "charset": "utf-8",
    "body": """門脇様

ご丁寧にありがとうございます。今村です。
承知いたしました。ご本人には、当日は先生の診察を先に受けるよう伝えておきます。
引き続きよろしくお願いいたします。

-----Original Message-----
From: 門脇 <kadowaki@seiwa-clinic.or.jp>
Sent: Tuesday, October 20, 2026 4:31 PM
To: 今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>
Subject: 予診票の記載について

日の出産業 今村様

お世話になっております。
明日接種予定の 漆原 一輝 様（1984/03/02生）の予診票で、
「現在治療中の病気：高血圧・脂質異常症（内服中）」との記載がありました。
接種は可能と思われますが、念のため当日は医師の診察を先にお受けいただくよう
お伝えいただけますでしょうか。

せいわ内科クリニック 看護師長 門脇
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the health details are only in the quoted clinic mail; the new text carries none",
},
# 068 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-068",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["hokenjigyo@hinode-kenpo.or.jp"],
    "subject": "個人別 接種明細（補助金請求の添付）",
    "charset": "utf-8",
    "body": """日の出産業健康保険組合 保健事業課 御中

お世話になっております。人事部の北条です。
補助金請求にあたり、個人別明細の提出が必要とのことでしたので、下記に貼り付けます。
（本社 10/21 午前分の抜粋です。残りは追ってお送りします）

接種日\t記号\t番号\t氏名\t社員番号\tロット
2026-10-21\t2081\t112\t曽我部 隆之\tH10427\tFH26-103B
2026-10-21\t2081\t238\t乙部 美和子\tH11803\tFH26-103B
2026-10-21\t2081\t305\t唐沢 透\tH13355\tFH26-103B
2026-10-21\t2081\t341\t鰐淵 かおり\tH15012\tFH26-103B
2026-10-21\t2080\t077\t仁平 周作\tH09871\tFH26-103B
2026-10-21\t2081\t412\t御子柴 陽菜\tH16650\tFH26-104A
2026-10-21\t2081\t288\t百瀬 健太郎\tH12290\tFH26-104A

以上、よろしくお願いいたします。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 7 insured persons with insurance card symbol/number to the kenpo (external)",
},
# 069 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-069",
    "sender": "沖田 直人 <okita.naoto@hinode-sangyo.co.jp>",
    "to": ["kuga@tsubasa-system.jp"],
    "subject": "Re: 予約データ連携 CSV仕様の確認",
    "charset": "iso-2022-jp",
    "body": """久我様

お世話になっております。沖田です。
CSVの列定義について、弊社側の想定を添付のヘッダー行のみのファイルで共有します。

　・文字コード：UTF-8（BOMなし）
　・改行：CRLF
　・日付：YYYY-MM-DD（和暦は不可）
　・電話番号：半角、ハイフンあり
　・社員番号：先頭 H ＋ 5桁

実データは本番環境の構築後、弊社担当者がシステム上で直接登録いたします。
メールでの個人データのやり取りは行わない方針ですので、ご了承ください。
""" + SIG_OKITA,
    "attachments": [
        {"kind": "csv", "name": "yoyaku_header_only.csv", "encoding": "utf-8",
         "rows": [["社員番号", "氏名", "カナ", "生年月日", "携帯電話", "メール", "希望日", "枠"]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "CSV with a header row only: column names, no records",
},
# 070 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-070",
    "sender": "沖田 直人 <okita.naoto@hinode-sangyo.co.jp>",
    "to": ["kuga@tsubasa-sysetm.jp"],
    "subject": "本番移行データ（接種予約・先行登録分）",
    "charset": "cp932",
    "body": """久我様

お世話になっております。沖田です。
本番移行で先行登録する予約データをお送りします。
システム上での登録が間に合わなかった分です。取込後、ご連絡ください。
""" + SIG_OKITA,
    "attachments": [
        {"kind": "xlsx", "name": "先行登録_予約データ.xlsx",
         "sheets": {"予約": [
             ["社員番号", "氏名", "メール", "希望日", "枠"],
             ["H13870", "小山田 誠", "oyamada.makoto@hinode-sangyo.co.jp", "2026-10-22", "AM"],
             ["H15566", "平沢 健司", "hirasawa.kenji@hinode-sangyo.co.jp", "2026-10-22", "AM"],
             ["H16102", "山吹 大樹", "yamabuki.d@hinode-sangyo.co.jp", "2026-10-22", "PM"],
             ["H11214", "柘植 浩一", "tsuge.koichi@hinode-sangyo.co.jp", "2026-10-22", "PM"],
             ["H17310", "鷲尾 彩花", "washio.ayaka@hinode-sangyo.co.jp", "2026-10-28", "AM"],
             ["H17422", "楢崎 大地", "narasaki.d@hinode-sangyo.co.jp", "2026-10-28", "AM"],
             ["H10988", "湯浅 紀代美", "yuasa.kiyomi@hinode-sangyo.co.jp", "2026-10-28", "AM"],
         ]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "tsubasa-sysetm.jp swaps letters of partner tsubasa-system.jp; also 7 employees' records",
},
# 071 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-071",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "Re: 当日の緊急連絡先について",
    "charset": "utf-8",
    "body": """笹川様

お世話になっております。早乙女です。
当日の緊急連絡先は私となります。会場に常駐しておりますが、
席を外している場合は携帯（080-4417-2365）までお電話ください。

搬入口は日の出ビル裏手（芝浦運河側）で、8:30から開いております。
台車は1階守衛室でお貸しできます。

> 当日、会場で何かあった際の御社側の連絡先をお知らせください。
""" + SIG_SAOTOME,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the sender's own work mobile as the day's contact: a business contact, not a record",
},
# 072 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-072",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "当日の配慮のお願い（10/22 10:30 予約の方）",
    "charset": "iso-2022-jp",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。日の出産業の今村です。
10/22 10:30に予約している 経理部の 佐久間 慎也 さんについて、当日の配慮をお願いいたします。

佐久間さんは両耳に重度の聴覚障害（身体障害者手帳2級）があり、
口話は一部可能ですが、問診は筆談でお願いできますと助かります。
会場には筆談ボードを用意しておきます。順番のお呼び出しは、受付で肩を軽く叩いていただくか、
番号札を見える位置に掲示いただければと存じます。

ご本人の了承を得てお伝えしております。よろしくお願いいたします。
""" + SIG_IMAMURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's disability disclosed to the clinic (要配慮, even with consent)",
},
# 073 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-073",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["soumu-kenko@kawasaki-denki.co.jp"],
    "subject": "合同接種 実施報告書の送付",
    "charset": "cp932",
    "body": """川崎電機株式会社 総務部
鴫原様

お世話になっております。日の出産業の早乙女です。
10月の合同接種の実施報告書をお送りいたします。
来年度も同様の形で実施できればと考えておりますので、ご意見をお寄せください。
""" + SIG_SAOTOME,
    "attachments": [
        {"kind": "pdf", "name": "合同接種_実施報告書_2026.pdf",
         "title": "合同インフルエンザ予防接種 実施報告書",
         "lines": [
             "日の出ビル 合同インフルエンザ予防接種 実施報告書（2026年度）",
             "実施日：10月21日・22日・28日　会場：日の出ビル7F 大会議室（28日は3F）",
             "委託先：医療法人社団清和会 せいわ内科クリニック",
             "",
             "1. 会社別接種者数",
         ],
         "table": [
             ["会社", "10/21", "10/22", "10/28", "計"],
             ["日の出産業", "96", "88", "56", "240"],
             ["川崎電機", "15", "12", "10", "37"],
             ["青葉運輸", "8", "9", "5", "22"],
             ["合計", "119", "109", "71", "299"],
             ["", "", "", "", ""],
             ["2. 当日の状況：待ち時間 平均12分、最大35分（21日午前）", "", "", "", ""],
             ["3. 副反応：会場内での救急対応 0件", "", "", "", ""],
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "company-level report: counts per company and day, no individuals",
},
# 074 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-074",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["banquet@sakura-hotel.jp"],
    "cc": ["osaka-soumu@kawasaki-denki.co.jp", "osaka@kitaguni-foods.co.jp"],
    "subject": "RE: 10/27 大阪会場 合同利用のご相談",
    "charset": "utf-8",
    "body": """さくらホテル ご担当者様
川崎電機 大阪支社 ご担当者様
北国フーズ 大阪営業所 ご担当者様

お世話になっております。日の出産業 大阪支店の椎名です。
27日の会場を3社で合同利用する件、ホテル様からご了承いただきました。ありがとうございます。

会場費は3社で人数按分とし、ホテル様には弊社から一括でお支払いいたします。
各社様の接種時間帯は以下でお願いいたします。

　9:30-11:00　日の出産業
　11:00-12:00　川崎電機様
　13:30-14:30　北国フーズ様
　14:30-16:00　日の出産業（午後の部）
""" + SIG_SHIINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reply-all with three external organisations in To/Cc",
},
# 075 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-075",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["各部 庶務担当 <shomu-all@hinode-sangyo.co.jp>"],
    "cc": ["shiina-r@osaka.hinode-sangyo.co.jp"],
    "subject": "【社内】予約未確定者の確認のお願い",
    "charset": "utf-8",
    "html": """<html><body>
<p>各部 庶務ご担当者様</p>
<p>健康管理室の今村です。<br>
予約システムで仮予約のまま確定していない方が下記のとおりいます。
お手数ですが、ご本人に確定操作をするよう声をかけてください（10/16締切）。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>部署</th><th>氏名</th><th>内線</th><th>携帯</th><th>メール</th></tr>
<tr><td>営業第一部</td><td>仙波 卓也</td><td>2311</td><td>090-2274-6081</td><td>semba.t@hinode-sangyo.co.jp</td></tr>
<tr><td>営業第二部</td><td>羽生 一馬</td><td>2345</td><td>080-7725-0438</td><td>hanyu.k@hinode-sangyo.co.jp</td></tr>
<tr><td>経理部</td><td>遠矢 祥子</td><td>2172</td><td>090-9402-5817</td><td>toya.s@hinode-sangyo.co.jp</td></tr>
<tr><td>購買部</td><td>阿久津 徹</td><td>2420</td><td>070-2048-9915</td><td>akutsu.t@hinode-sangyo.co.jp</td></tr>
<tr><td>物流企画部</td><td>茅野 亜希子</td><td>2466</td><td>080-5173-2261</td><td>kayano.a@hinode-sangyo.co.jp</td></tr>
<tr><td>大阪支店</td><td>楠本 聡</td><td>6012</td><td>090-1385-7742</td><td>kusumoto.s@osaka.hinode-sangyo.co.jp</td></tr>
</table>
<p>よろしくお願いします。<br>総務部 健康管理室 今村（内線 2186）</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "HTML table of 6 employees with mobiles, but all recipients are internal",
},
# 076 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-076",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["soumu@hinode-logi.co.jp"],
    "subject": "出向者の接種記録（ご依頼の件）",
    "charset": "iso-2022-jp",
    "body": """日の出ロジスティクス株式会社
総務ご担当者様

お世話になっております。日の出産業 健康管理室の今村です。
貴社へ出向中の社員の接種記録について、ご依頼に基づきPDFでお送りいたします。
貴社の安全衛生委員会の資料としてご利用ください。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "pdf", "name": "接種記録_出向者_2026.pdf",
         "title": "インフルエンザ予防接種 接種記録（出向者）",
         "lines": ["インフルエンザ予防接種 接種記録（日の出ロジスティクス出向者分）",
                   "作成：日の出産業株式会社 総務部 健康管理室　2026年11月10日", ""],
         "table": [
             ["氏名", "生年月日", "接種日", "ワクチン", "ロット"],
             ["石動 健", "1979/02/14", "2026/10/21", "インフルエンザHA", "FH26-103B"],
             ["相馬 由起子", "1986/07/03", "2026/10/21", "インフルエンザHA", "FH26-103B"],
             ["勅使河原 亘", "1972/11/29", "2026/10/22", "インフルエンザHA", "FH26-104A"],
             ["久保寺 奈緒", "1990/05/18", "2026/10/22", "インフルエンザHA", "FH26-104A"],
             ["冨永 拓郎", "1983/09/07", "2026/10/22", "インフルエンザHA", "FH26-104A"],
             ["二階堂 咲", "1997/01/26", "2026/10/28", "インフルエンザHA", "FH26-104A"],
             ["飯干 聖也", "1988/12/11", "2026/10/28", "インフルエンザHA", "FH26-104A"],
             ["五木田 芳江", "1968/04/05", "2026/10/28", "インフルエンザHA", "FH26-105C"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PDF table of 8 seconded employees with DOB and vaccination dates to a separate (group) company",
},
# 077 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-077",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["oshiro@humanbridge.co.jp"],
    "subject": "派遣スタッフ様の予防接種について（ご案内）",
    "charset": "iso-2022-jp",
    "body": """株式会社ヒューマンブリッジ
大城様

いつもお世話になっております。日の出産業 総務課の早乙女です。

本年度の職域インフルエンザ予防接種について、弊社に派遣いただいているスタッフの皆様も
希望があれば対象とさせていただきます（費用は弊社負担）。

恐れ入りますが、貴社にてスタッフの皆様へご案内いただき、
希望者の「人数のみ」を10月9日までにお知らせいただけますでしょうか。
氏名等の個人情報は、ご本人が当日会場の受付で記入いたしますので、事前のご送付は不要です。

接種時間中の勤怠の扱い（就業時間内として扱ってよいか）も、併せてご確認いただけますと幸いです。
""" + SIG_SAOTOME,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary invitation to the staffing agency, asking for a count only",
},
# 078 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-078",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["yobosesshu@city.kitamine.lg.jp"],
    "subject": "接種記録の照会について（社員1名）",
    "charset": "cp932",
    "body": """北嶺市 保健センター 予防接種係 御中

突然のご連絡失礼いたします。日の出産業株式会社 人事部の北条と申します。
弊社社員が海外赴任にあたり、過去の定期接種（麻しん・風しん）の記録を必要としております。
ご本人から照会の委任を受けておりますので、記録の有無をご確認いただけますでしょうか。

　氏名：　　　雲母 亜由美（きら あゆみ）
　生年月日：　平成4年7月30日
　幼少期の住所：北嶺市桜ケ丘2丁目
　個人番号：　""" + my_number(SEED + 3) + """

委任状は郵送いたします。必要な手続きがあればお知らせください。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an employee's My Number sent to a municipality by e-mail",
},
# 079 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-079",
    "sender": "藤代 勝 <fujishiro@gifu.hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "協力会社 常駐者の接種希望数",
    "charset": "iso-2022-jp",
    "body": """仁科様

お世話になっております。岐阜工場の藤代です。
工場に常駐している協力会社の接種希望数をまとめましたので、ワクチン数の調整をお願いします。
""" + SIG_FUJISHIRO,
    "attachments": [
        {"kind": "xlsx", "name": "協力会社_接種希望数_岐阜.xlsx",
         "title": "取扱注意 協力会社 接種希望数",
         "sheets": {"集計": [
             ["取扱注意　（日の出産業株式会社 岐阜工場 総務課）"],
             ["協力会社 常駐者 接種希望数　2026年10月20日現在"],
             [],
             ["会社名", "業務", "常駐者数", "希望者数", "費用負担"],
             ["東濃メンテナンス株式会社", "設備保全", 12, 9, "当社"],
             ["株式会社ぎふクリーンサービス", "清掃", 8, 5, "当社"],
             ["長良警備保障株式会社", "警備", 6, 6, "先方"],
             ["美濃ロジテック株式会社", "構内物流", 15, 11, "先方"],
             ["合計", "", 41, 31, ""],
         ]}},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "workbook classified 取扱注意 (title row and properties) goes outside; contents are companies only",
},
# 080 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-080",
    "sender": "藤代 勝 <fujishiro@gifu.hinode-sangyo.co.jp>",
    "to": ["mifune.dr@kanto-sanpo.or.jp"],
    "subject": "要確認者の予診票（暗号化ZIP）",
    "charset": "utf-8",
    "body": """三船先生

お世話になっております。岐阜工場 総務課の藤代です。
事前にご確認いただきたい方の予診票（5名分）を暗号化ZIPでお送りします。
解凍用のパスワードは、医務室の看護師から先生の携帯へSMSでお送りします。
""" + SIG_FUJISHIRO,
    "attachments": [
        {"kind": "zip", "name": "yoshinhyo_gifu_5mei.zip", "password": "Gf-1105-mifune",
         "files": [
             {"kind": "pdf", "name": "yoshinhyo_5mei.pdf",
              "lines": ["予診票（写） 5名分", "纐纈 哲也 S51.10.02 2型糖尿病",
                        "後藤田 恵 S59.12.25 妊娠13週", "蜂須賀 実 S49.3.14 心房細動",
                        "安江 千夏 H10.8.1 卵アレルギー", "臼井 浩二 S55.6.30 前回発熱"]},
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP to an outside physician: cannot be inspected",
},
# 081 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-081",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "10/28 午前 追加予約（4名）",
    "charset": "cp932",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。日の出産業の今村です。
10/28 午前の部に、以下4名の追加をお願いいたします。

　氏名　　　　　　生年月日
　－－－－－－－－－－－－－－－－
　鷲尾　彩花　　　平成９年２月１３日
　楢崎　大地　　　平成１２年８月２日
　湯浅　紀代美　　昭和４６年１１月１９日
　江刺家　亮　　　昭和６０年５月２７日

以上です。ワクチンの在庫が足りない場合はお知らせください。
""" + SIG_IMAMURA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "four people's names and 和暦 DOB (full-width): below five records, may warn",
},
# 082 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-082",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["jimukyoku@naniwa-kenshin.jp"],
    "subject": "当日キャンセル者の再予約について",
    "charset": "iso-2022-jp",
    "body": """なにわ健診クリニック 事務局 御中

お世話になっております。日の出産業 大阪支店の椎名です。
27日に体調不良等で受けられなかった5名について、貴院での個別接種をお願いしたく存じます。
日程はご本人から調整のお電話を差し上げますので、念のため連絡先をお知らせします。

氏名,所属,携帯電話
日下部 湊,業務課,090-5527-3318
猪熊 千春,倉庫課,080-2641-7093
楠本 聡,営業部,090-1385-7742
宇都宮 彩,営業部,080-2291-6634
泉谷 侑里,総務課,090-8843-0702

費用は職域接種分と同じ扱いで、弊社宛にご請求ください。
""" + SIG_SHIINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "comma-separated list of exactly five employees with mobiles to the clinic",
},
# 083 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-083",
    "sender": "丹羽 千尋 <niwa.c@hinode-sangyo.co.jp>",
    "to": ["osaka@kitaguni-foods.co.jp"],
    "subject": "ご請求書送付（大阪会場 合同接種 会場費・接種費）",
    "charset": "utf-8",
    "body": """北国フーズ株式会社 大阪営業所
ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の丹羽でございます。
10/27 大阪会場の合同接種につき、会場費の按分と接種費をご請求申し上げます。
Excelの請求書を添付いたしますので、ご査収くださいますようお願いいたします。
""" + SIG_NIWA,
    "attachments": [
        {"kind": "xlsx", "name": "請求書_HS-2026-1203.xlsx",
         "sheets": {
             "請求書": [
                 ["請求書"],
                 ["請求書番号", "HS-2026-1203", "発行日", "2026/12/01"],
                 ["宛先", "北国フーズ株式会社 大阪営業所 御中"],
                 ["発行者", "日の出産業株式会社", "登録番号", "T9010401087263"],
                 [],
                 ["項目", "数量", "単価", "金額"],
                 ["インフルエンザ予防接種（1名あたり）", 14, 3000, 42000],
                 ["会場費 按分（さくらホテル 小宴会場）", 1, 18500, 18500],
                 ["小計", "", "", 60500],
                 ["消費税10%", "", "", 6050],
                 ["合計", "", "", 66550],
                 [],
                 ["振込先", "みどり銀行 芝浦支店 普通 1184402 日の出産業（カ"],
             ],
             "内訳": [
                 ["会場費総額", 66000],
                 ["按分基準", "接種人数"],
                 ["日の出産業", 30],
                 ["川崎電機", 6],
                 ["北国フーズ", 14],
             ],
         }},
    ],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice per head and venue share: company T-number and bank account only",
},
# 084 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-084",
    "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
    "to": ["desk@tokyo-travelclinic.jp"],
    "subject": "Re: Payment for the vaccination package",
    "charset": "utf-8",
    "body": """Dear Ms. Kerr,

Thank you for the invoice (TTC-27-0016). Since the bank transfer would not reach you before
the first appointment, our manager has approved payment by the corporate card.

  Card number: """ + card_number(SEED + 4) + """
  Expiry: 11/28
  Cardholder: HINODE SANGYO CO LTD / RENA MIYAJI
  Amount: JPY 264,000

Could you please charge it and send the receipt to this address?
Many thanks for your help.
""" + SIG_MIYAJI,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full (corporate) credit card number in the body",
},
# 085 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-085",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["jinji@aoba-unyu.co.jp"],
    "subject": "FW: 接種後の注意事項（配布用）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 人事部 ご担当者様

お世話になっております。早乙女です。
クリニックから接種後の注意事項の配布文をいただきましたので、転送いたします。
貴社の接種者の方にもお配りください。

-------- Forwarded Message --------
件名: 接種後の注意事項（配布用）
差出人: せいわ内科クリニック <uketsuke@seiwa-clinic.or.jp>

【インフルエンザ予防接種を受けた方へ】
・接種後30分程度は、急な副反応が起こることがあります。会場で様子を見てください。
・接種部位の赤み・腫れ・痛みは、通常2〜3日で消失します。
・まれに発熱、頭痛、寒気、だるさなどが見られます。
・接種当日の入浴は差し支えありませんが、接種部位をこすらないでください。
・高熱やけいれん、息苦しさなど異常な反応がある場合は、速やかに医師の診察を受けてください。

※掲示用のHTML版も添付いたします（社内ポータル等にそのまま掲載可能です）。
""" + SIG_SAOTOME,
    "attachments": [
        {"kind": "html", "name": "sesshugo_chuijiko.html",
         "html": """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>インフルエンザ予防接種を受けた方へ</title></head><body>
<h1>インフルエンザ予防接種を受けた方へ</h1>
<ul>
<li>接種後30分程度は会場で様子を見てください。</li>
<li>接種部位の赤み・腫れ・痛みは通常2〜3日で消失します。</li>
<li>まれに発熱、頭痛、寒気、だるさなどが見られます。</li>
<li>高熱やけいれん、息苦しさなどがある場合は、速やかに医師の診察を受けてください。</li>
</ul>
<p>医療法人社団清和会 せいわ内科クリニック　TEL 03-5442-7710</p>
</body></html>"""},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "generic aftercare leaflet forwarded to a partner: no identifiable person",
},
# 086 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-086",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "subject": "来年度の委託条件の検討資料",
    "charset": "cp932",
    "body": """笹川様

お世話になっております。北条です。
来年度のご契約に向けて、弊社内で検討している条件の資料をお送りいたします。
他院との比較も含めてご覧いただき、ご提案をいただけますと幸いです。
""" + SIG_HOJO,
    "attachments": [
        {"kind": "pptx", "name": "次年度_委託条件検討.pptx",
         "title": "次年度 予防接種委託条件の検討",
         "page_footer": "機密 - Confidential　日の出産業株式会社",
         "slides": [
             ["次年度 予防接種委託条件の検討", "人事部 労務課", "2026年12月"],
             ["現状の課題", "21日午前に予約集中（待ち最大35分）", "家族接種枠の不足",
              "請求人数の不一致（大阪）"],
             ["委託先比較（単価・税込）", "せいわ内科クリニック：3,300円",
              "なにわ健診クリニック：3,520円", "関東産業保健協会（巡回）：2,900円＋基本料"],
             ["方針案", "本社は継続、単価3,100円を目標に交渉", "大阪は巡回方式へ切替を検討"],
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "slides carry a 機密 / Confidential footer on every page and go to the vendor",
},
# 087 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-087",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 結城先生 <yuki@shirakawa-law.jp>"],
    "subject": "予防接種を信仰上の理由で拒む社員への対応について",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
結城先生

いつもお世話になっております。日の出産業 人事部の北条です。
ご相談させていただきたい件がございます。

岐阜工場 製造2課の 日比野 翔太 さんが、信仰している宗教団体の教義により
ワクチン接種を受けられないと申し出ています。工場の食品ラインでは、取引先監査で
従業員のインフルエンザ接種率を問われることがあり、現場の課長からは
配置転換を検討したいとの声が上がっております。

　1. 接種を受けないことを理由とする配置転換は可能か
　2. 取引先に対し、未接種者の人数や理由を説明してよいか
　3. 社内での情報共有の範囲

ご多忙のところ恐縮ですが、ご見解をいただけますでしょうか。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's religious belief (要配慮) sent to an outside law firm",
},
# 088 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-088",
    "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
    "to": ["desk@tokyo-travelclinic.jp"],
    "subject": "渡航前ワクチン 予約者情報（ハノイ・ジャカルタ赴任者）",
    "charset": "utf-8",
    "body": """東京トラベルクリニック ご担当者様

お世話になっております。日の出産業 海外事業部の宮地です。
先日ご相談した渡航前ワクチンについて、対象者の情報をお送りします。
初回の予約は各自からお電話いたします。

■ 萩原 光太郎（はぎわら こうたろう）
　生年月日：1990年9月14日／赴任先：ハノイ／出国予定：2027年4月5日
　連絡先：090-6613-2087

■ 雲母 亜由美（きら あゆみ）
　生年月日：1992年7月30日／赴任先：ハノイ／出国予定：2027年4月5日
　連絡先：080-3398-4415

■ 勘解由小路 誠（かでのこうじ まこと）
　生年月日：1985年3月3日／赴任先：ジャカルタ／出国予定：2027年5月10日
　連絡先：070-2207-5563

■ 南雲 由佳（なぐも ゆか）※帯同家族（配偶者）
　生年月日：1987年12月20日／赴任先：ジャカルタ／出国予定：2027年5月24日
　連絡先：090-4471-0368

■ 南雲 颯（なぐも はやて）※帯同家族（長男）
　生年月日：2019年8月8日／赴任先：ジャカルタ／出国予定：2027年5月24日
　連絡先：090-4471-0368（母）

費用はすべて弊社宛にご請求ください。
""" + SIG_MIYAJI.replace("Best regards,\n\n", ""),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one block per person: 5 travellers with DOB and phone to the travel clinic",
},
# 089 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-089",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["kenji.hirasawa.1985@gmail.com"],
    "subject": "予防接種済証（ご本人控え）の送付",
    "charset": "iso-2022-jp",
    "body": """平沢さん

お疲れさまです。健康管理室の今村です。
ご依頼のあった接種済証の控えを、ご指定の個人アドレスへお送りします。
保育園への提出用とのことでしたので、PDFで添付しています。
""",
    "attachments": [
        {"kind": "pdf", "name": "接種済証_平沢健司.pdf",
         "title": "予防接種済証",
         "lines": ["予防接種済証", "",
                   "氏名：平沢 健司　　生年月日：昭和60年2月8日",
                   "接種日：2026年10月22日",
                   "ワクチン：インフルエンザHAワクチン（ロット FH26-104A）",
                   "接種医療機関：医療法人社団清和会 せいわ内科クリニック",
                   "", "上記のとおり予防接種を行ったことを証明します。"]},
    ],
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "an employee's own vaccination certificate to his own private address at his request",
},
# 090 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-090",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["jimukyoku@naniwa-kenshin.jp"],
    "cc": ["banquet@sakura-hotel.jp"],
    "subject": "10/27 会場設営の段取り（クリニック様・ホテル様）",
    "charset": "cp932",
    "body": """なにわ健診クリニック 事務局様
（cc：さくらホテル 宴会予約ご担当者様）

お世話になっております。日の出産業 大阪支店の椎名です。
27日の会場設営について、クリニック様とホテル様で直接ご調整いただけるよう、
段取りを共有いたします。

　8:00　ホテル様：机・椅子・パーテーション設営
　8:30　クリニック様：搬入（ホテル裏の搬入口、台車はホテル様で貸出）
　9:00　弊社：受付準備
　16:30 クリニック様：撤収、医療廃棄物の持ち帰り
　17:00 ホテル様：原状復帰

保冷庫の電源位置など、細かな点はお二方で直接やり取りいただけますと助かります。
""" + SIG_SHIINA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way mail with two external organisations",
},
# 091 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-091",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["yuki@shirakawa-law.jp"],
    "subject": "職域接種後の健康被害事案（経過報告とご相談）",
    "charset": "utf-8",
    "body": """結城先生

お世話になっております。北条です。
先日お電話でお伝えした件について、経過を時系列でまとめました。
委託先クリニックとの契約上の責任分担と、会社としての対応についてご助言ください。

【対象者】穂積 恭平（物流企画部 主任）　昭和62年1月24日生
【時系列】
　10/22　本社会場にて接種（せいわ内科クリニック）
　10/28　両下肢のしびれを訴え早退
　11/02　県立南浦医療センター神経内科を受診、ギラン・バレー症候群と診断され入院
　　　　 免疫グロブリン大量療法を実施
　11/20　退院。現在は週2回のリハビリ通院、歩行に杖を使用
【現状】
　・休職中（傷病手当金を申請済み）
　・ご本人は予防接種法の救済制度の申請を希望、市へは事前相談済み
　・ご家族から、会社の安全配慮義務について問い合わせあり

クリニックとの業務委託契約書（写）は別途お送りします。
""" + SIG_HOJO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "diagnosis, treatment and sick leave of a named employee sent to a law firm",
},
# 092 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-092",
    "sender": "藤代 勝 <fujishiro@gifu.hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "11/5 岐阜工場へのアクセスと駐車位置",
    "charset": "iso-2022-jp",
    "body": """仁科様

お世話になっております。岐阜工場の藤代です。
11月5日にお越しいただく際のアクセスをお知らせします。構内図を添付します。

　・正門ではなく、東門（資材搬入口）からお入りください。
　・守衛所で「予防接種の件で総務課 藤代」とお伝えください。
　・駐車位置：厚生棟前の来客用スペース（P-3〜P-5）
　・会場：厚生棟2F 食堂（エレベーターあり）

当日朝は7:00から私が東門でお待ちしております。
""" + SIG_FUJISHIRO,
    "attachments": [
        {"kind": "png", "name": "gifu_kounaizu.png"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "directions and a site map image; ordinary business mail",
},
# 093 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-093",
    "sender": "早乙女 純 <saotome@hinode-sangyo.co.jp>",
    "to": ["oshiro@humanbridge.co.jp", "eigyo-tokyo@staffnext.jp", "haken@careerlink-east.co.jp"],
    "subject": "派遣スタッフ様の予防接種 人数ご連絡のお願い（再送）",
    "charset": "cp932",
    "body": """派遣元各社 ご担当者様

いつもお世話になっております。日の出産業 総務課の早乙女でございます。

先日ご案内した、派遣スタッフの皆様の職域インフルエンザ予防接種について、
希望人数のご連絡を10月9日（金）までにお願いいたします。
まだご回答をいただいていない会社様は、ご確認くださいますようお願い申し上げます。

ご不明点がございましたら、早乙女までお問い合わせください。
""" + SIG_SAOTOME,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing staffing agencies can see each other in To",
},
# 094 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-094",
    "sender": "椎名 亮 <shiina-r@osaka.hinode-sangyo.co.jp>",
    "to": ["banquet@sakura-hotel.co.jp"],
    "subject": "Re: 10/27 小宴会場「萩」ご予約確認書",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業 大阪支店の椎名です。
予約確認書をありがとうございました。内容に相違ございません。
パーテーションを2枚追加でお願いできますでしょうか（計6枚）。

引き続きよろしくお願いいたします。
""" + SIG_SHIINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.co.jp is another-TLD look-alike of partner sakura-hotel.jp",
},
# 095 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-095",
    "sender": "北条 健吾 <k-hojo@hinode-sangyo.co.jp>",
    "to": ["人事部 労務課 松平 <matsudaira.e@hinode-sangyo.co.jp>"],
    "subject": "救済制度申請書 記載内容の確認（穂積さん分）",
    "charset": "utf-8",
    "body": """松平さん

お疲れさまです。北条です。
穂積さんの救済制度の申請書、ご本人から預かった内容で下書きしました。
市へ提出する前にダブルチェックをお願いします（社外への送付は郵送で行います）。

　請求者：穂積 恭平　昭和62年1月24日生
　住所：神奈川県南浦市汐見台3丁目14番地の2 コーポ汐見205
　個人番号：""" + my_number(SEED + 5) + """
　疾病名：ギラン・バレー症候群（県立南浦医療センター 神経内科）
　入院期間：2026年11月2日〜11月20日

個人番号は通知カードの写しと照合済みです。
""" + SIG_HOJO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "My Number and diagnosis, but the only recipient is internal",
},
# 096 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-096",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["uketsuke@seiwa-clinic.or.jp"],
    "subject": "営業第二部の予約者（メール添付にて）",
    "charset": "iso-2022-jp",
    "body": """せいわ内科クリニック 受付ご担当者様

お世話になっております。今村です。
営業第二部の取りまとめのメールを添付でお送りします。
10/22 午後の枠での受付をお願いいたします。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "eml", "name": "営業第二部_接種希望者.eml",
         "message": {
             "sender": "羽生 一馬 <hanyu.k@hinode-sangyo.co.jp>",
             "to": ["imamura.sayaka@hinode-sangyo.co.jp"],
             "subject": "営業第二部 接種希望者",
             "charset": "cp932",
             "body": """今村さん

営業第二部の希望者です。全員22日午後でお願いします。

　氏名　　　　　生年月日　　　携帯
　椚田 沙織　　 1989/06/17　　080-6208-1147
　羽生 一馬　　 1991/09/24　　080-7725-0438
　駒ヶ嶺 潤　　 1983/04/11　　090-3360-5281
　鈴鹿 瑞穂　　 1996/02/05　　070-1994-6620
　八鍬 亮介　　 1978/12/30　　090-8826-3017
　轟 由美子　　 1974/08/16　　080-5541-2983

羽生
""",
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached internal mail with 6 employees' DOB and mobiles forwarded to the clinic",
},
# 097 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-097",
    "sender": "丹羽 千尋 <niwa.c@hinode-sangyo.co.jp>",
    "to": ["jimukyoku@naniwa-kenshin.jp"],
    "subject": "RE: 当日キャンセル分のワクチン代について",
    "charset": "cp932",
    "body": """なにわ健診クリニック 事務局 御中

ご説明ありがとうございます。経理部の丹羽です。
キャンセル分3名のワクチン代（1本 1,650円）は弊社で負担いたします。
明細を分けたご請求書の再発行をお願いできますでしょうか。

差出人: なにわ健診クリニック 事務局 <jimukyoku@naniwa-kenshin.jp>
送信日時: 2026年11月24日 11:05
宛先: 丹羽 千尋 <niwa.c@hinode-sangyo.co.jp>
件名: 当日キャンセル分のワクチン代について

日の出産業 丹羽様

ご請求人数の件、失礼いたしました。70名のうち下記の3名は当日キャンセルで、
準備済みのワクチン代をご請求させていただいておりました。

　猪熊 千春 様　1990/04/02　倉庫課　TEL 080-2641-7093
　日下部 湊 様　1998/01/09　業務課　TEL 090-5527-3318
　楠本 聡 様　　1975/02/17　営業部　TEL 090-1385-7742

なお、その後個別接種に来院された方の分は、別途ご請求いたします。
なにわ健診クリニック 事務局 村瀬
""" + SIG_NIWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "names and phones appear only in the Outlook-style quoted mail from the clinic",
},
# 098 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-098",
    "sender": "藤代 勝 <fujishiro@gifu.hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "subject": "巡回接種 実施記録一式",
    "charset": "utf-8",
    "body": """仁科様

お世話になっております。岐阜工場の藤代です。
11/5の巡回接種の実施記録一式をZIPにまとめてお送りします。
請求書作成の際にご利用ください。
""" + SIG_FUJISHIRO,
    "attachments": [
        {"kind": "corrupt", "name": "gifu_1105_kiroku.zip"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the ZIP is truncated/corrupt and cannot be opened",
},
# 099 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-099",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["sasagawa@seiwa-clinic.or.jp"],
    "cc": ["saotome@hinode-sangyo.co.jp"],
    "subject": "【最終】接種予定人数の確定（10/21・22・28）",
    "charset": "iso-2022-jp",
    "body": """笹川様

いつもお世話になっております。日の出産業の今村です。
接種予定人数が確定しましたのでご連絡いたします。

　10/21（水）　午前 60名　午後 59名　（計 119名）
　10/22（木）　午前 52名　午後 57名　（計 109名）
　10/28（水）　午前 41名　午後 30名（家族接種 22名を含む）（計 71名）
　合計　299名（入居企業 59名を含む）

ワクチンは合計 315本（予備 5%）でご手配をお願いいたします。
当日のスタッフの皆様の昼食は弊社でご用意いたします。
""" + SIG_IMAMURA + DISCLAIMER_JA + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "final head counts with signature and standard JA/EN disclaimers",
},
# 100 ------------------------------------------------------------------------------------
{
    "id": "yobosesshu-100",
    "sender": "今村 さやか <imamura.sayaka@hinode-sangyo.co.jp>",
    "to": ["nishina@kanto-sanpo.or.jp"],
    "cc": ["mifune.dr@kanto-sanpo.or.jp"],
    "subject": "接種後アンケート結果（分析のご依頼）",
    "charset": "utf-8",
    "body": """仁科様
三船先生

お世話になっております。今村です。
岐阜工場の接種後アンケートの回答をお送りします。
副反応の傾向の分析と、来年度の予診の改善点についてご意見をいただけますでしょうか。
""" + SIG_IMAMURA,
    "attachments": [
        {"kind": "xlsx", "name": "接種後アンケート_岐阜_回答.xlsx",
         "sheets": {
             "回答一覧": [
                 ["接種後アンケート 回答一覧（岐阜工場 11/5接種分）"],
                 ["回答日", "氏名", "職場", "年齢", "副反応", "症状", "持病・服薬", "受診"],
                 ["11/7", "纐纈 哲也", "製造1課", 50, "あり", "接種部位の腫れ", "2型糖尿病（メトホルミン）", "なし"],
                 ["11/7", "各務 由香", "製造1課", 37, "なし", "", "", ""],
                 ["11/8", "日比野 翔太", "製造2課", 30, "なし", "", "", ""],
                 ["11/8", "蜂須賀 実", "製造3課", 52, "あり", "皮下出血", "心房細動（ワルファリン）", "かかりつけ医"],
                 ["11/9", "臼井 浩二", "製造2課", 46, "あり", "38.2℃の発熱", "なし", "なし"],
                 ["11/9", "安江 千夏", "製造3課", 28, "あり", "蕁麻疹", "食物アレルギー（卵・そば）", "工場医務室"],
                 ["11/10", "桐山 大輔", "設備保全課", 34, "なし", "", "うつ病で通院中", ""],
             ],
             "集計": [
                 ["項目", "件数"],
                 ["回答数", 7],
                 ["副反応あり", 4],
                 ["受診あり", 2],
             ],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named survey rows with adverse reactions, chronic illnesses and medication (list + 要配慮) to an outside body",
},
]
