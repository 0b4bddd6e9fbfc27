"""Blind evaluation corpus, area "hoshonin": employees' guarantors and family contacts at
日の出産業 — 身元保証書 (identity guarantee letters) and their renewal, 緊急連絡先 registers
and next-of-kin changes, company housing and rental guarantee companies (家賃保証会社),
notifying and looking after families after accidents, and the ordinary mail around them
that must go (blank forms, price lists, statistics, NDAs, business contacts, Bcc'd
notices).  Written blind from bench/blind/BRIEF.md (plus build.py's message format and
SPEC.md's names), without reading mailguard's code or any other corpus file."""

from build import card_number, my_number

SEED = 55201

# -- signatures of the senders (their own contacts never count as personal data) -------

SIG_HORIE = """
--
日の出産業株式会社 人事部 人事課
堀江 沙織（Saori Horie）
〒104-0033 東京都中央区新川2-14-7 日の出ビル6F
TEL 03-5542-3170（直通） FAX 03-5542-3199
s-horie@hinode-sangyo.co.jp"""

SIG_IWABUCHI = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 総務課（社宅・寮担当）　岩渕 恭平
〒104-0033 東京都中央区新川２－１４－７
ＴＥＬ：０３－５５４２－３１８５　内線 2185
Mail：k-iwabuchi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MARUOKA = """
---------------------------------------------
日の出産業株式会社　人事部 労務課
丸岡 真一
TEL 03-5542-3176 / 携帯 080-3391-0457（業務用）
shinichi.maruoka@hinode-sangyo.co.jp
---------------------------------------------"""

SIG_KITO = """
========================================
日の出産業株式会社 総務部 安全管理室
室長　鬼頭 和歌子
〒104-0033 東京都中央区新川2-14-7
TEL 03-5542-3190　緊急時 03-5542-3100（代表）
w.kito@hinode-sangyo.co.jp
========================================"""

SIG_ODAGIRI = """
――――――――――――――――――――
日の出産業株式会社 人事部 採用グループ
小田切 美帆
TEL：03-5542-3172
Email：m-odagiri@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/recruit/
――――――――――――――――――――"""

SIG_TOGANO = """
--
Ryo Togano / 戸叶 亮
情報システム部 業務システム課
日の出産業株式会社  TEL 03-5542-3240
r.togano@hinode-sangyo.co.jp"""

SIG_NAGOYA = """
********************************************
日の出産業株式会社 名古屋営業所
所長　勅使河原 仁
〒460-0003 愛知県名古屋市中区錦1-7-32 錦ステーションビル4F
TEL 052-201-6650 FAX 052-201-6651
j-teshigawara@hinode-sangyo.co.jp
********************************************"""

SIG_OSAKA = """
────────────────
日の出産業株式会社 大阪支店 総務課
辻本 みのり
〒530-0047 大阪府大阪市北区西天満4-3-18
TEL 06-6365-2281
m.tsujimoto@hinode-sangyo.co.jp
────────────────"""

SIG_SAPPORO = """
-- 
日の出産業㈱ 札幌工場 総務課
藤ヶ谷 健（ふじがや けん）
〒003-0029 北海道札幌市白石区平和通15丁目北3-12
TEL 011-862-4410
k-fujigaya@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者に
ご連絡のうえ、本メールおよび添付ファイルを削除してください。無断での複製・転送はご遠慮ください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete
it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = [
    # 001 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-001",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "4月入社者 借上社宅入居申込の件（入居者・緊急連絡先）",
        "body": """ことぶき社宅サービス株式会社
法人営業部 吉永様

いつもお世話になっております。日の出産業の岩渕です。

4月入社の新入社員の借上社宅につきまして、入居者と緊急連絡先を下記のとおり
お送りいたします。貸主様・管理会社様への入居申込書の作成をお願いいたします。

入居者        生年月日     緊急連絡先（続柄）  緊急連絡先電話    緊急連絡先住所
------------------------------------------------------------------------------------------
芦沢 隼人     2002/05/14   芦沢 正和（父）    090-4418-2705     山梨県甲府市朝日3-8-21
檜山 ひなた   2001/11/02   檜山 由紀子（母）  080-6620-1193     秋田県横手市駅前町5-14
篠塚 蒼       2002/02/27   篠塚 文江（母）    070-2281-5546     群馬県太田市飯田町1120-3
羽賀 真央     2001/08/09   羽賀 勝利（父）    090-7734-0918     新潟県長岡市殿町2-6-9
駒井 琉生     2002/07/30   駒井 智子（母）    080-4457-2260     静岡県沼津市大手町4-1-17-302
米倉 さくら   2002/01/15   米倉 隆（父）      090-1186-6624     宮城県石巻市中央2-3-5

入居希望日はいずれも3月28日（土）です。
物件の候補が決まりましたら、間取り図とあわせてご連絡いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six new hires with birth dates and their parents' phones and addresses, padded columns in the body, to a housing agent: a list of people",
    },
    # 002 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-002",
        "charset": "utf-8",
        "sender": "小田切 美帆 <m-odagiri@hinode-sangyo.co.jp>",
        "to": ["kanato.ishiguro0711@gmail.com"],
        "subject": "【日の出産業】入社手続き書類（身元保証書）のご案内",
        "body": """石黒 奏翔 様

日の出産業株式会社 人事部の小田切です。
このたびは内定をご承諾いただき、誠にありがとうございます。

入社手続きに必要な書類のうち、「身元保証書」の様式をお送りします。
添付のWordファイルを印刷のうえ、身元保証人の方にご署名・ご捺印いただき、
入社日（4月1日）にご持参ください。

■身元保証人について
・独立して生計を営む成年の方1名（ご両親・ご親族が一般的です）
・保証期間は入社日から5年間です
・保証人の方の印鑑証明書は不要です

ご不明な点がありましたら、お気軽にお問い合わせください。
""" + SIG_ODAGIRI,
        "attachments": [
            {"kind": "docx", "name": "身元保証書_様式.docx", "title": "身元保証書",
             "paragraphs": [
                 "身元保証書",
                 "日の出産業株式会社　代表取締役社長　殿",
                 "本人氏名：＿＿＿＿＿＿＿＿＿＿＿＿　　生年月日：　　年　　月　　日",
                 "上記の者が貴社に在職中、誠実に勤務することを保証いたします。万一、本人が故意または重大な過失により貴社に損害を与えたときは、本人と連帯して賠償の責任を負います。",
                 "保証期間：入社日から5年間　　極度額：金＿＿＿＿＿円",
                 "　　年　　月　　日",
                 "身元保証人　住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                 "　　　　　　氏名：＿＿＿＿＿＿＿＿＿＿＿　印　　本人との続柄：＿＿＿＿",
                 "　　　　　　電話：＿＿＿＿＿＿＿＿＿＿＿",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a blank identity-guarantee form to one new hire's free-mail address: no one's data, ordinary onboarding mail",
    },
    # 003 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-003",
        "charset": "cp932",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["審査部 <shinsa@anshin-hosho.jp>"],
        "subject": "家賃保証お申込み（日の出産業 法人契約分）／三ツ矢様",
        "body": """株式会社アンシン保証
審査部 御中

お世話になっております。日の出産業 総務課の岩渕でございます。
法人契約（契約番号 HK-20417）に基づき、下記社員の家賃保証を申し込みます。

【物件】
　グランメゾン中野坂上 205号室（管理：東栄ハウジング）
　月額賃料 98,000円／共益費 6,000円

【入居者（申込者）】
　氏名　　：三ツ矢 康介（みつや こうすけ）
　生年月日：平成４年８月１９日
　現住所　：東京都杉並区高円寺北2-27-4 コーポ高円寺102
　携帯電話：090-5128-3367
　本人確認：運転免許証　第 3012 4587 6920 号（東京都公安委員会）

【緊急連絡先】
　氏名　　：三ツ矢 千晴（妻）
　電話　　：080-2273-9041

審査結果は私宛にご連絡ください。
何卒よろしくお願い申し上げます。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "one tenant's application with his driving-licence number to a rental guarantee company: an identity-document number",
    },
    # 004 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-004",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "利用可能な家賃保証会社の確認のお願い",
        "body": """吉永様

お世話になっております。日の出産業の岩渕です。
来期の借上社宅について、弊社で法人契約のある家賃保証会社は下記のとおりです。
管理会社様ごとに指定保証会社が異なると伺っておりますので、下記以外しか使えない
物件がありましたら事前にお知らせください。

・株式会社アンシン保証　本社　東京都新宿区西新宿3-9-2　TEL 03-6911-4820（代表）
・日本レントセーフ株式会社　東京本部　東京都千代田区神田須田町1-16　TEL 03-5289-7700
・全国賃貸保証株式会社　大阪本社　大阪府大阪市中央区本町2-5-7　TEL 06-6263-1150
・株式会社ホームガード保証　名古屋支店　愛知県名古屋市中村区名駅4-2-28　TEL 052-583-0911
・北海レントサポート株式会社　札幌支店　北海道札幌市中央区北三条西4-1　TEL 011-221-6033

よろしくお願いいたします。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of five guarantee companies with switchboards and office addresses: businesses, not people",
    },
    # 005 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-005",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["tatsuo_nozawa@yahoo.co.jp"],
        "subject": "野沢 拓海さんの勤務状況についてのご連絡（身元保証人様へ）",
        "body": """野沢 達夫 様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部労務課の丸岡と申します。
ご子息 野沢 拓海さんの身元保証人としてご登録いただいておりますので、
身元保証に関する法律第3条に基づき、勤務状況の変更についてお知らせいたします。

拓海さんは、主治医より「適応障害」との診断を受け、
本年6月10日から当面3か月間の休職に入っております。
現在は通院治療を続けておられ、復職の時期は主治医の意見を踏まえて判断いたします。

休職中の給与・社会保険料の取扱いにつきましては、別途ご本人にご説明済みです。
ご心配をおかけいたしますが、何かございましたら下記までご連絡ください。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "tells a guarantor on free mail that the named employee is on leave with a mental-health diagnosis: 要配慮個人情報 of one person",
    },
    # 006 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-006",
        "charset": "cp932",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["法人審査課 飯干様 <iiboshi@rentsafe.co.jp>"],
        "cc": ["堀江 沙織 <s-horie@hinode-sangyo.co.jp>"],
        "subject": "【日の出産業】連帯保証人情報の一括登録について",
        "body": """日本レントセーフ株式会社
法人審査課 飯干様

平素より大変お世話になっております。
日の出産業の岩渕でございます。

先日お電話でご相談しました、個人契約社宅（社員名義契約）の連帯保証人情報を
一覧にまとめましたので添付にてお送りいたします。
シート「保証人一覧」に8名分を入力しております。

お手数ですが、審査に不足する項目がございましたらご指摘ください。
""" + SIG_IWABUCHI,
        "attachments": [
            {"kind": "xlsx", "name": "連帯保証人一覧_日の出産業.xlsx",
             "sheets": {
                 "保証人一覧": [
                     ["日の出産業株式会社　社員名義社宅　連帯保証人一覧（2026年度）"],
                     [],
                     ["No", "契約者（社員）", "物件名", "保証人氏名", "続柄", "保証人生年月日", "保証人住所", "保証人電話"],
                     [1, "宇佐美 慎吾", "パークサイド板橋 301", "宇佐美 昭", "父", "1961/03/08", "埼玉県川口市栄町2-11-6", "048-251-7730"],
                     [2, "神保 絵里香", "リバーコート北千住 504", "神保 芳江", "母", "1965/12/21", "千葉県松戸市根本7-9", "090-3305-1182"],
                     [3, "鷲尾 悠", "メゾン東陽町 210", "鷲尾 公平", "兄", "1988/06/02", "茨城県水戸市南町3-4-40", "080-1147-6209"],
                     [4, "久米 沙耶", "アーバン西葛西 707", "久米 修", "父", "1959/09/14", "栃木県宇都宮市大通り1-2-5", "028-622-4418"],
                     [5, "泉谷 大輝", "コンフォート川崎 1102", "泉谷 美穂", "母", "1967/04/30", "神奈川県横須賀市米が浜通1-8", "090-6612-0374"],
                     [6, "生駒 翔太", "ルミエール大宮 402", "生駒 和彦", "父", "1962/10/10", "長野県松本市中央2-1-19", "0263-33-5810"],
                     [7, "三好 玲奈", "グレイス練馬 203", "三好 敏子", "母", "1964/02/17", "福島県郡山市虎丸町5-22", "080-5520-9931"],
                     [8, "熊谷 颯", "フォレスト府中 101", "熊谷 秀樹", "伯父", "1958/07/25", "山形県山形市七日町3-6-1", "023-631-2264"],
                 ],
                 "備考": [
                     ["記入要領"],
                     ["・保証人の勤務先は別途ヒアリングのうえ追記予定"],
                     ["・No.8 は父母が高齢のため伯父を保証人としています"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) with eight guarantors' birth dates, addresses and phones to a rental guarantee company: a list of people",
    },
    # 007 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-007",
        "charset": "iso-2022-jp",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["m.takenouchi@gmail.com", "kazuko-hirai55@yahoo.co.jp",
               "oshima.family@icloud.com", "t-kanda.0423@docomo.ne.jp"],
        "subject": "身元保証書の更新（再提出）のお願い",
        "body": """身元保証人の皆様

拝啓　時下ますますご清祥のこととお喜び申し上げます。
日の出産業株式会社 人事部の堀江でございます。

平素は弊社社員の身元保証人をお引き受けいただき、誠にありがとうございます。
ご提出いただいた身元保証書は、法律により保証期間が最長5年とされており、
本年9月末をもって期間満了となります。

つきましては、お手数ですが同封予定の新しい身元保証書にご署名・ご捺印のうえ、
10月20日までにご返送くださいますようお願い申し上げます。
用紙は来週中にご自宅へ郵送いたします。

敬具
""" + SIG_HORIE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four private guarantors in To can see each other's addresses: should have been Bcc",
    },
    # 008 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-008",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["法務担当 平間様 <hirama@lifenest.co.jp>"],
        "subject": "Re: 秘密保持契約書（案）のご確認",
        "body": """株式会社ライフネスト
法務担当 平間様

お世話になっております。日の出産業の岩渕です。
社宅管理業務の委託に先立つ秘密保持契約書（案）につき、弊社法務の確認が終わりましたので
修正版をお送りします。

主な修正点は以下の2点です。
1. 第2条（秘密情報の定義）に、社員および家族の緊急連絡先を含む個人情報を明記
2. 第8条（返還・廃棄）に、契約終了後30日以内の廃棄証明書の提出を追加

問題なければ、製本版を2部郵送いたします。

> 平間です。秘密保持契約書のドラフトをお送りしますので、ご確認をお願いします。
""" + SIG_IWABUCHI + DISCLAIMER_JA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_修正版_v2.docx", "title": "秘密保持契約書",
             "paragraphs": [
                 "秘密保持契約書",
                 "日の出産業株式会社（以下「甲」という）と株式会社ライフネスト（以下「乙」という）は、甲が乙に委託する社宅管理業務に関し、次のとおり秘密保持契約を締結する。",
                 "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                 "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する一切の情報をいい、甲の従業員およびその家族の氏名、住所、緊急連絡先その他の個人情報を含む。",
                 "第3条（秘密保持義務）乙は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
                 "第8条（返還・廃棄）乙は、本契約終了後30日以内に秘密情報を返還または廃棄し、廃棄証明書を甲に提出する。",
                 "第12条（有効期間）本契約の有効期間は締結日から3年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with its clauses, plus the standard disclaimer: mentions of confidentiality, no marking, no personal data",
    },
    # 009 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-009",
        "charset": "iso-2022-jp",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["辻本 みのり <m.tsujimoto@hinode-sangyo.com>"],
        "subject": "緊急連絡先変更届の反映依頼（大阪支店 2名）",
        "body": """辻本さん

お疲れさまです。人事の堀江です。
大阪支店の以下2名から緊急連絡先の変更届が本社に届きました。
支店の連絡網にも反映をお願いします。

■ 営業2課　梶原 直樹さん
　変更前：梶原 ゆかり（妻）072-855-3014
　変更後：梶原 ゆかり（妻）090-8816-2475　※固定電話解約のため

■ 業務課　仲宗根 あかりさん
　変更前：仲宗根 清（父）098-867-2230
　変更後：仲宗根 航（夫）080-3159-7762　※ご結婚による

よろしくお願いします。
""" + SIG_HORIE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for the Osaka branch, but addressed to hinode-sangyo.com (own domain with another TLD): look-alike",
    },
    # 010 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-010",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人みなと 手続担当 <tetsuzuki@minato-sr.jp>"],
        "subject": "被扶養者異動（婚姻）および緊急連絡先変更の手続き依頼",
        "body": """社会保険労務士法人みなと
手続担当者様

いつもお世話になっております。日の出産業 労務課の丸岡です。
下記社員が婚姻したため、健康保険の被扶養者追加（配偶者）と、
あわせて社内の緊急連絡先変更を行います。健保の届出をお願いいたします。

――――――――――――――――――
社員番号：H-10582
社員氏名：猪瀬 亮介
異動日　：令和8年5月16日（婚姻日）

配偶者氏名：猪瀬 彩花（旧姓 早乙女）
生年月日　：平成9年3月4日
個人番号　：""" + my_number(SEED + 1) + """
年間収入見込：0円（退職済み）
緊急連絡先：父 猪瀬 繁 → 妻 猪瀬 彩花 に変更
――――――――――――――――――

婚姻届受理証明書の写しは別途郵送いたします。
よろしくお願いいたします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a spouse's My Number in a next-of-kin / dependant change sent to an outside labour consultant",
    },
    # 011 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-011",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["須田先生 <suda@minato-sr.jp>"],
        "subject": "緊急連絡先・身元保証書の提出状況（事業所別集計）",
        "body": """須田先生

いつもご指導いただきありがとうございます。日の出産業の堀江です。

来月の人事制度打合せの資料として、緊急連絡先の登録状況と身元保証書の
提出状況を事業所別に集計しました。個人名は含めておりません。
提出率の低い工場系の事業所について、運用面のご助言をいただければ幸いです。
""" + SIG_HORIE,
        "attachments": [
            {"kind": "xlsx", "name": "提出状況集計_2026年5月末.xlsx",
             "sheets": {
                 "事業所別": [
                     ["緊急連絡先・身元保証書　提出状況（2026年5月末時点）"],
                     ["事業所", "在籍者数", "緊急連絡先登録済", "登録率", "身元保証書提出済", "提出率", "期間満了（更新待ち）"],
                     ["本社", 412, 409, "99.3%", 398, "96.6%", 14],
                     ["大阪支店", 156, 151, "96.8%", 140, "89.7%", 9],
                     ["名古屋営業所", 48, 48, "100.0%", 45, "93.8%", 2],
                     ["札幌工場", 231, 208, "90.0%", 187, "81.0%", 31],
                     ["北上工場", 189, 171, "90.5%", 160, "84.7%", 22],
                     ["合計", 1036, 987, "95.3%", 930, "89.8%", 78],
                 ],
                 "推移": [
                     ["年度", "登録率", "提出率"],
                     ["2023", "91.2%", "84.0%"],
                     ["2024", "93.5%", "86.9%"],
                     ["2025", "94.8%", "88.1%"],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics by site, no individuals: ordinary mail to the labour consultant",
    },
    # 012 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-012",
        "charset": "cp932",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["朝比奈損保 法人損害サービス課 <houjin-songai@asahina-sonpo.co.jp>"],
        "subject": "団体傷害保険　事故報告（北上工場・6月3日発生）",
        "body": """朝比奈損害保険株式会社
法人損害サービス課　ご担当者様

いつもお世話になっております。日の出産業 安全管理室の鬼頭です。
団体傷害保険（証券番号 GPA-7731-0284）の被保険者について、事故のご報告をいたします。

１．被保険者　：漆原 健吾（うるしはら けんご）　製造部 第二課
２．生年月日　：昭和６２年１１月２６日
３．発生日時　：令和８年６月３日（水）午前１０時４０分ごろ
４．発生場所　：北上工場 第２プレス棟
５．事故状況　：金型交換作業中、落下した治具が左手に当たったもの
６．傷病名　　：左手第３・第４指 中節骨骨折、左手背挫創
７．医療機関　：県立北上中央病院 整形外科（入院なし、通院加療）
８．休業見込　：約４週間

ご家族（奥様）には当日中に工場総務から連絡済みです。
必要書類がございましたらご案内ください。
""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an injured worker's name, birth date and diagnosis (fractures) to an insurer: health information of one person",
    },
    # 013 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-013",
        "charset": "iso-2022-jp",
        "sender": "藤ヶ谷 健 <k-fujigaya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル札幌 宿泊予約 <reserve-sapporo@sakura-hotel.jp>"],
        "subject": "宿泊予約のお願い（6/18～3泊・3名）日の出産業",
        "body": """さくらホテル札幌
宿泊予約ご担当者様

いつもお世話になっております。日の出産業 札幌工場の藤ヶ谷です。
弊社社員のご家族が来札されるため、下記のとおり宿泊の手配をお願いいたします。
宿泊費は弊社への請求書払いでお願いします（法人番号等は前回と同じです）。

チェックイン　：6月18日（木）　21時ごろ（最終便のため遅めになります）
チェックアウト：6月21日（日）
部屋　　　　　：ツイン1室＋シングル1室　禁煙

宿泊者：
　大河内 晴美 様
　大河内 聡 様
　大河内 美月 様
当日の連絡先：大河内 晴美 様 携帯 090-6742-1185

何卒よろしくお願いいたします。
""" + SIG_SAPPORO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a hotel booking for three family members with one mobile number, to a partner hotel: a few people's details, may warn",
    },
    # 014 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-014",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["須田先生 <suda@minato-sr.jp>"],
        "subject": "身元保証書スキャンデータ送付の件",
        "body": """須田先生

お世話になっております。日の出産業の丸岡です。
ご依頼のあった身元保証書（2025年度入社者分）のスキャンデータを
ZIPファイルにてお送りいたします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_MARUOKA,
        "attachments": [
            {"kind": "zip", "name": "身元保証書_2025入社.zip", "password": "Hs7qL2mx",
             "files": [
                 {"kind": "pdf", "name": "身元保証書_一覧.pdf",
                  "lines": ["身元保証書 2025年度入社者"],
                  "table": [["氏名", "保証人", "続柄", "保証人住所"],
                            ["岡安 颯太", "岡安 文雄", "父", "静岡県浜松市中央区富塚町331"],
                            ["谷津 みゆ", "谷津 恵子", "母", "千葉県船橋市本町6-2-14"]]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
    },
    # 015 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-015",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["須田先生 <suda@minato-sr.jp>"],
        "subject": "【パスワード】身元保証書スキャンデータ送付の件",
        "body": """須田先生

先ほどお送りしたファイルのパスワードをお知らせします。

　Hs7qL2mx

なお、弊社では来年度よりPPAP方式を廃止し、共有ストレージでの受け渡しに
切り替える予定です。改めてご案内いたします。
""" + SIG_MARUOKA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password notice: no attachment, no personal data",
    },
    # 016 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-016",
        "charset": "cp932",
        "sender": "戸叶 亮 <r.togano@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <donyu-support@tsubasa-system.jp>"],
        "cc": ["堀江 沙織 <s-horie@hinode-sangyo.co.jp>"],
        "subject": "[TSB-4471] 緊急連絡先マスタ 移行データ（本番）",
        "body": """ツバサシステム株式会社
導入支援チーム 御中

お世話になっております。日の出産業 情報システム部の戸叶です。
人事システム刷新プロジェクトの件、緊急連絡先マスタの本番移行データを添付します。
文字コードはShift_JIS、1行目はヘッダーです。
取込後、件数チェックの結果をご連絡ください。

※テスト環境での取込時に「続柄」コード未定義のエラーがあった行は修正済みです。
""" + SIG_TOGANO,
        "attachments": [
            {"kind": "csv", "name": "emergency_contact_master_20260601.csv", "encoding": "cp932",
             "rows": [
                 ["社員番号", "社員氏名", "連絡先氏名", "続柄", "電話番号1", "電話番号2", "住所"],
                 ["H-10211", "碓井 孝之", "碓井 美和", "妻", "090-2214-6638", "03-3718-2204", "東京都目黒区碑文谷4-12-3"],
                 ["H-10218", "巽 千尋", "巽 光男", "父", "0797-31-5526", "", "兵庫県芦屋市大原町9-14"],
                 ["H-10240", "江頭 慶", "江頭 陽子", "母", "092-571-3380", "080-6627-4015", "福岡県福岡市南区大橋2-5-21"],
                 ["H-10263", "蓮見 菜々子", "蓮見 俊", "夫", "070-4481-2273", "", "神奈川県川崎市中原区小杉町3-1-5"],
                 ["H-10277", "磯崎 郁夫", "磯崎 典子", "妻", "080-9915-6402", "045-831-7719", "神奈川県横浜市港南区丸山台1-8-6"],
                 ["H-10302", "権藤 侑", "権藤 千代", "祖母", "0957-22-6410", "", "長崎県諫早市栄町5-3"],
                 ["H-10318", "真鍋 陽菜", "真鍋 賢治", "父", "087-862-1193", "090-5582-0146", "香川県高松市松島町2-10-8"],
                 ["H-10325", "飯塚 尚人", "飯塚 早苗", "妻", "090-3378-5510", "", "埼玉県所沢市東町11-4"],
                 ["H-10331", "冨永 莉子", "冨永 康夫", "父", "0155-24-3307", "", "北海道帯広市西十条南7-2"],
                 ["H-10347", "柘植 雄大", "柘植 加奈", "妻", "080-2206-7784", "052-763-5120", "愛知県名古屋市千種区今池5-9-17"],
                 ["H-10356", "榊 美桜", "榊 伸之", "兄", "090-7451-3329", "", "京都府京都市左京区北白川西町88"],
                 ["H-10362", "雨宮 隼", "雨宮 節子", "母", "055-233-4091", "", "山梨県甲府市丸の内1-6-2"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of twelve employees' next-of-kin with phones and addresses to the HR-system vendor: a list of people, even to a partner",
    },
    # 017 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-017",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["法人営業部 <houjin@rentsafe.co.jp>", "営業推進課 <eigyo@anshin-hosho.jp>",
               "法人窓口 <corp-desk@zenchin-hosho.co.jp>"],
        "subject": "借上社宅向け家賃保証サービスの提案依頼（RFP）",
        "body": """各位

お世話になっております。日の出産業株式会社 総務部の岩渕です。
弊社では来年度から借上社宅の家賃保証を1社に集約する予定です。
つきましては、下記の要件でご提案をお願いいたします。

・対象：借上社宅 約320戸（法人契約）
・緊急連絡先：社員本人ではなく弊社総務部を登録する運用を希望
・保証料：初回・更新料の体系と、法人一括支払いの可否
・提出期限：7月10日（金）17時
・提出先：本メールへのご返信

ご質問は6月30日までに受け付け、回答は全社に共有いたします。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing guarantee companies in To see each other: should have been Bcc",
    },
    # 018 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-018",
        "charset": "iso-2022-jp",
        "sender": "勅使河原 仁 <j-teshigawara@hinode-sangyo.co.jp>",
        "to": ["akiko.kanamori.83@gmail.com"],
        "subject": "金森 亮太さんの件（日の出産業 名古屋営業所より）",
        "body": """金森 明子 様

突然のメールにて失礼いたします。
日の出産業 名古屋営業所の勅使河原でございます。
先ほどはお電話で取り急ぎのご連絡となり、申し訳ございませんでした。

ご主人の亮太さんは、本日午後、営業先へ向かう途中で交通事故に遭われ、
名古屋第一赤十字病院に搬送されました。意識ははっきりしておられ、
現在は検査を受けておられます。担当の医師からのご説明は、ご家族の到着後になるそうです。

病院：名古屋第一赤十字病院（名古屋市中村区道下町3-35）救急外来
弊社の担当者（営業課 長谷部）が病院でお待ちしております。
お越しの際は私の携帯までご一報ください。

このたびは誠にご心配をおかけいたします。
""" + SIG_NAGOYA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "tells the wife her husband was taken to hospital after an accident, no diagnosis: the legitimate next of kin, but still health information",
    },
    # 019 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-019",
        "charset": "iso-2022-jp",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["須田先生 <suda@minato-sr.jp>"],
        "subject": "【社外秘】身元保証制度見直し（案）ご相談",
        "body": """須田先生

お世話になっております。日の出産業の堀江です。
次回の打合せに向けて、身元保証制度の見直し案をお送りします。
極度額の設定方法と、保証人を立てられない社員への代替措置（身元保証会社の利用等）に
ついて、ご意見をいただけますと幸いです。
""" + SIG_HORIE,
        "attachments": [
            {"kind": "docx", "name": "身元保証制度見直し案_v3.docx", "page_header": "社外秘",
             "title": "身元保証制度見直し案",
             "paragraphs": [
                 "身元保証制度見直し（案）　人事部",
                 "1. 現状：入社時に身元保証人1名、保証期間5年、極度額の定めなし（2020年4月以降の保証書は無効リスク）",
                 "2. 見直し案：極度額を年収相当額（上限500万円）で定額化、更新時に一括差替え",
                 "3. 保証人を立てられない場合：法人保証サービスの利用費用を会社負担とする",
                 "4. スケジュール：労使協議 9月、規程改定 10月、施行 翌年4月",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and document header stamped 社外秘: a confidentiality marking going out",
    },
    # 020 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-020",
        "charset": "cp932",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["藤ヶ谷 健 <k-fujigaya@hinode-sangyo.co.jp>"],
        "cc": ["給与チーム <kyuyo@mail.hinode-sangyo.co.jp>"],
        "subject": "札幌工場 扶養家族・緊急連絡先 突合リスト",
        "body": """藤ヶ谷さん

お疲れさまです。丸岡です。
年末調整前の突合用に、札幌工場の扶養家族と緊急連絡先の一覧を送ります。
個人番号が入っていますので、作業後はファイルを削除してください。

社員        扶養家族      続柄  生年月日      個人番号        緊急連絡先
----------  ------------  ----  ------------  --------------  -------------
大槻 徹     大槻 恵美     妻    1984/06/11    """ + my_number(SEED + 2) + """    011-876-2031
大槻 徹     大槻 陸       長男  2013/09/02    """ + my_number(SEED + 3) + """    （同上）
佐久間 智   佐久間 綾     妻    1990/01/23    """ + my_number(SEED + 4) + """    090-2287-6613
嶋田 恵介   嶋田 貞夫     父    1951/04/05    """ + my_number(SEED + 5) + """    0123-24-5518
門脇 由香   門脇 悠真     長男  2016/12/19    """ + my_number(SEED + 6) + """    080-4419-3327

よろしくお願いします。
""" + SIG_MARUOKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "PHONE_NUMBER"],
        "detectors": [],
        "note": "My Numbers and family data, but every recipient is internal (incl. a mail. subdomain): may go",
    },
    # 021 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-021",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 岡部様 <okabe.jinji@kawasaki-denki.co.jp>"],
        "subject": "出向者の緊急連絡先について（7月1日付出向 6名）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>川崎電機株式会社<br>人事部 岡部様</p>
<p>いつもお世話になっております。日の出産業 人事部の堀江です。<br>
7月1日付で貴社に出向する6名の緊急連絡先をお知らせいたします。<br>
貴社の安否確認システムへのご登録をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>出向者</th><th>所属（出向先）</th><th>緊急連絡先</th><th>続柄</th><th>電話</th><th>住所</th></tr>
<tr><td>丹羽 誠司</td><td>生産技術部</td><td>丹羽 美里</td><td>妻</td><td>090-3326-1148</td><td>神奈川県相模原市中央区相模原6-14-2</td></tr>
<tr><td>仁科 崇</td><td>品質保証部</td><td>仁科 玲子</td><td>妻</td><td>080-6651-2290</td><td>東京都町田市原町田3-5-11</td></tr>
<tr><td>有馬 結衣</td><td>購買部</td><td>有馬 正巳</td><td>父</td><td>0466-22-8417</td><td>神奈川県藤沢市鵠沼海岸2-9-4</td></tr>
<tr><td>小此木 亘</td><td>生産技術部</td><td>小此木 貴子</td><td>母</td><td>027-231-6650</td><td>群馬県前橋市大手町1-11-3</td></tr>
<tr><td>滝沢 瑠美</td><td>設計部</td><td>滝沢 浩</td><td>夫</td><td>090-1573-4826</td><td>東京都八王子市子安町4-20-7</td></tr>
<tr><td>芹沢 公一</td><td>品質保証部</td><td>芹沢 順子</td><td>妻</td><td>080-2219-5063</td><td>神奈川県大和市中央林間3-2-18</td></tr>
</table>
<p>ご不明点は堀江までお問い合わせください。</p>
<p>--<br>日の出産業株式会社 人事部 人事課<br>堀江 沙織<br>TEL 03-5542-3170</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six seconded employees' next-of-kin phones and addresses to a partner: a list of people",
    },
    # 022 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-022",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["全国賃貸保証 外国籍審査デスク <gaikoku@zenchin-hosho.co.jp>"],
        "subject": "保証審査申込：グエン・ヴァン・ミン様（日の出産業 社員）",
        "body": """全国賃貸保証株式会社
外国籍審査デスク ご担当者様

お世話になっております。日の出産業 総務課の岩渕です。
弊社社員の賃貸保証審査をお願いいたします。会社が緊急連絡先を兼ねます。

氏名（ローマ字）：NGUYEN VAN MINH
生年月日：1996年10月7日
国籍：ベトナム
在留資格：技術・人文知識・国際業務（在留期限 2028年4月15日）
在留カード番号：UH48213907KA
現住所：大阪府大阪市東淀川区淡路4-19-2 サニーハイツ305
携帯：070-8124-6630
母国の家族連絡先：NGUYEN THI LAN（母）+84-91-472-3381

在留カードの表裏コピーは郵送いたします。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a residence-card number of a foreign employee to a guarantee company: an identity-document number",
    },
    # 023 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-023",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "Re: 入居申込書控えの送付（芦沢様ほか5名）",
        "body": """吉永様

早速のご対応ありがとうございます。6名分、確かに受領いたしました。
鍵の受け渡しは、予定どおり3月28日に各物件で行う形でお願いいたします。

岩渕

> 日の出産業 岩渕様
>
> お世話になっております。ことぶき社宅サービスの吉永です。
> 入居申込書の控えをお送りいたします。内容をご確認ください。
>
>  芦沢 隼人 様  緊急連絡先：芦沢 正和 様（父）090-4418-2705
>  檜山 ひなた 様 緊急連絡先：檜山 由紀子 様（母）080-6620-1193
>  篠塚 蒼 様    緊急連絡先：篠塚 文江 様（母）070-2281-5546
>  羽賀 真央 様  緊急連絡先：羽賀 勝利 様（父）090-7734-0918
>  駒井 琉生 様  緊急連絡先：駒井 智子 様（母）080-4457-2260
>  米倉 さくら 様 緊急連絡先：米倉 隆 様（父）090-1186-6624
>
> 以上、よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the only list is quoted from the agent's own mail (> lines): the recipient already has it; the new text carries no data",
    },
    # 024 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-024",
        "charset": "cp932",
        "sender": "戸叶 亮 <r.togano@hinode-sangyo.co.jp>",
        "to": ["サポートデスク <support@tsubasa-systems.jp>"],
        "subject": "緊急連絡先インポート時のエラーについて（問合せ）",
        "body": """ツバサシステム サポートデスク御中

日の出産業の戸叶です。いつもお世話になっております。
緊急連絡先のCSVインポートで、以下の2行が「電話番号形式エラー」となります。
ハイフン位置の問題かと思いますが、仕様をご教示ください。

H-10440,久保寺 直,久保寺 奈津美,妻,0120-???,090-6628-4471
H-10452,鶴見 大地,鶴見 房子,母,0268-22-9150,

エラーログは下記のとおりです。
  ERR-E204 line 118: tel1 format invalid
  ERR-E204 line 131: tel1 format invalid
""" + SIG_TOGANO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-systems.jp has an extra letter against the partner tsubasa-system.jp: look-alike",
    },
    # 025 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-025",
        "charset": "iso-2022-jp",
        "sender": "辻本 みのり <m.tsujimoto@hinode-sangyo.co.jp>",
        "to": ["スタッフユニオン 大阪営業所 <osaka@staff-union.co.jp>"],
        "subject": "派遣スタッフ緊急連絡先一覧（更新版）",
        "body": """株式会社スタッフユニオン 大阪営業所
ご担当 前園様

お世話になっております。日の出産業 大阪支店の辻本です。
弊社に就業中の派遣スタッフの緊急連絡先一覧を更新しましたので送付します。
貴社の登録内容と相違がないかご確認いただけますでしょうか。
""" + SIG_OSAKA,
        "attachments": [
            {"kind": "corrupt", "name": "派遣スタッフ緊急連絡先_更新版.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be read",
    },
    # 026 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-026",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "cc": ["東栄ハウジング 賃貸管理部 <kanri@toei-housing.co.jp>"],
        "subject": "退去立会い日程の調整（メゾン東陽町210号室）",
        "body": """ことぶき社宅サービス 吉永様
東栄ハウジング 賃貸管理部 ご担当者様

いつもお世話になっております。日の出産業の岩渕です。
メゾン東陽町210号室（借上社宅）の入居者が転勤となるため、
8月末で解約いたします。退去立会いの日程を調整させてください。

候補日：8月27日（木）午前／8月28日（金）午後／8月29日（土）終日
立会い：入居者本人と弊社総務（岩渕）の2名

原状回復費の見積もりは、東栄ハウジング様から弊社宛にお送りください。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "an ordinary three-way scheduling mail with two external organisations, no personal data",
    },
    # 027 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-027",
        "charset": "cp932",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["港北建設 工事部 安全課 <anzen@kohoku-kensetsu.co.jp>"],
        "subject": "作業員名簿の提出（川崎物流センター改修工事／日の出産業 設備班）",
        "body": """港北建設株式会社
工事部 安全課 御中

いつもお世話になっております。日の出産業 安全管理室の鬼頭です。
川崎物流センター改修工事の新規入場にあたり、弊社設備班の作業員名簿（全建統一様式第5号準拠）を
送付いたします。新規入場者教育は7月6日（月）8時からと承知しております。
""" + SIG_KITO,
        "attachments": [
            {"kind": "xlsx", "name": "作業員名簿_日の出産業設備班_0706.xlsx",
             "page_footer": "全建統一様式第5号",
             "sheets": {
                 "作業員名簿": [
                     ["作業員名簿", "", "", "", "", "", "", "", "提出日：2026年7月1日"],
                     ["事業所名：日の出産業株式会社 設備班", "", "", "", "", "", "", "", "現場代理人：鬼頭 和歌子"],
                     ["No", "氏名（ふりがな）", "職種", "生年月日", "血液型", "現住所", "本人携帯", "家族連絡先（続柄）", "健康診断受診日"],
                     [1, "新発田 剛（しばた つよし）", "電工", "S56.4.2", "A", "神奈川県川崎市幸区南幸町2-41", "090-4512-8837", "新発田 恵（妻）044-541-3318", "2026/04/14"],
                     [2, "八重樫 陸（やえがし りく）", "電工", "H11.8.30", "O", "神奈川県川崎市川崎区宮前町8-5", "080-2263-7150", "八重樫 幸子（母）0197-23-4410", "2026/04/14"],
                     [3, "東海林 実（しょうじ みのる）", "配管工", "S48.12.9", "B", "東京都大田区蒲田本町1-22-7", "090-8816-0231", "東海林 弘美（妻）03-3739-2604", "2026/04/15"],
                     [4, "馬渕 翔（まぶち しょう）", "配管工", "H6.2.18", "AB", "神奈川県横浜市鶴見区本町通3-160", "070-3348-2915", "馬渕 典之（父）0598-21-6672", "2026/04/15"],
                     [5, "宍戸 和真（ししど かずま）", "設備保全", "H2.11.3", "A", "東京都品川区西大井5-4-12", "080-7724-1596", "宍戸 彩（妻）080-7724-1600", "2026/04/16"],
                     [6, "瓜生 大樹（うりゅう だいき）", "設備保全", "S63.6.25", "O", "神奈川県川崎市中原区今井南町15-9", "090-2257-4418", "瓜生 敏江（母）0942-32-8801", "2026/04/16"],
                     [7, "吉良 栄一（きら えいいち）", "職長", "S52.1.28", "A", "神奈川県横浜市港北区大倉山2-8-31", "090-1126-5540", "吉良 千鶴（妻）045-542-7716", "2026/04/14"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a site worker roster (和暦 birth dates, addresses, family contacts) of seven people to a general contractor: a list of people",
    },
    # 028 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-028",
        "charset": "utf-8",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["Travel Risk Desk <desk@globalsecure-assist.com>"],
        "subject": "Traveller registration - Hinode Sangyo / Jakarta plant audit (Jul 12-19)",
        "body": """Dear Travel Risk Desk team,

Please register the following Hinode Sangyo travellers for the Jakarta trip under our
corporate assistance contract (contract no. GSA-JP-22841). Next-of-kin contacts are
listed so that your centre can reach the families directly in an emergency.

Name               DOB         Passport No.  Mobile            Next of kin (relation, phone)
----------------------------------------------------------------------------------------------
KOMIYAMA Shota     1985-03-19  TR4827719     +81-90-3318-2276  KOMIYAMA Aya (wife) +81-80-6614-0392
OZEKI Haruna       1992-07-02  TS1093364     +81-80-2245-7718  OZEKI Makoto (father) +81-48-862-3105
DOMOTO Kenji       1978-11-25  TK7716402     +81-90-5561-0843  DOMOTO Emi (wife) +81-90-5561-0850
IWASHITA Rin       1996-01-08  TZ2284150     +81-70-4418-9926  IWASHITA Junko (mother) +81-99-224-6617
FUKAMACHI Takeo    1969-09-30  TH6650218     +81-90-7702-1154  FUKAMACHI Sachi (wife) +81-3-3701-4482

Flights: JL725 NRT-CGK Jul 12, JL726 CGK-NRT Jul 19. Hotel: Grand Mutiara Jakarta.

Best regards,
""" + SIG_KITO + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five travellers with passport numbers, birth dates and next-of-kin phones to an assistance company: identity numbers and a list",
    },
    # 029 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-029",
        "charset": "iso-2022-jp",
        "sender": "小田切 美帆 <m-odagiri@hinode-sangyo.co.jp>",
        "to": ["s.watarai-1957@ezweb.ne.jp"],
        "subject": "身元保証書ご返送のお願い（度会 紬さんの件）",
        "body": """度会 様

はじめてご連絡いたします。日の出産業株式会社 人事部採用グループの小田切と申します。
このたびは、度会 紬さんの身元保証人をお引き受けいただきありがとうございます。

先日ご本人経由でお渡しした身元保証書について、まだ弊社に届いておりません。
お手数ですが、ご署名・ご捺印のうえ、同封の返信用封筒でご返送いただけますでしょうか。
すでにご投函済みでしたら、行き違いをご容赦ください。

ご不明な点は、私宛にお電話でもお気軽にお問い合わせください。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a reminder to one guarantor on a carrier address; only names, no records or sensitive data",
    },
    # 030 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-030",
        "charset": "cp932",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 川越先生 <kawagoe@shirakawa-law.jp>"],
        "subject": "元社員の横領事案と身元保証人への請求についてご相談",
        "body": """白川法律事務所
弁護士 川越 先生

いつも大変お世話になっております。日の出産業 労務課の丸岡でございます。
先日お電話でお話しした件、概要をお送りいたします。

・元社員：曽我部 匡（そがべ ただし）、元 大阪支店 経理課（本年3月31日付 懲戒解雇）
・事案：2023年から2025年にかけて、仮払金の架空計上により約1,180万円を着服
・刑事：本年5月12日、大阪府警に業務上横領の容疑で逮捕され、現在起訴済み
・身元保証人：曽我部 寿一（父）　大阪府堺市堺区中瓦町2-3-24
　保証書の日付：2021年4月1日（極度額の記載あり：300万円）

身元保証人に対し極度額の範囲で請求することの可否と、
身元保証法第5条による減額の見込みについてご意見を伺えますでしょうか。
関係資料は来週の打合せ時にお持ちいたします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a named former employee's arrest and prosecution (criminal record) plus his guarantor's address, even to the company's lawyer",
    },
    # 031 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-031",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "FW: 【日本レントセーフ】法人プラン保証料改定のお知らせ",
        "body": """吉永様

お世話になっております。岩渕です。
日本レントセーフから保証料改定の案内が来ましたので転送します。
10月以降の新規契約の見積もりには、改定後の料率でお願いいたします。

-------- Forwarded Message --------
From: 日本レントセーフ株式会社 法人営業部 <houjin@rentsafe.co.jp>
Subject: 【日本レントセーフ】法人プラン保証料改定のお知らせ

法人ご契約のお客様各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2026年10月1日お申込み分より、法人プランの保証料を下記のとおり改定いたします。

　プラン名          初回保証料（月額賃料等に対し）  年間更新料
　----------------  ------------------------------  ----------
　法人スタンダード  30% → 35%                      10,000円
　法人ライト        20% → 25%                      8,000円
　法人プレミアム    50%（据置）                    据置

お問い合わせ：法人営業部 03-5289-7700（平日9:00～17:30）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forwarded price list from a guarantee company: no personal data",
    },
    # 032 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-032",
        "charset": "utf-8",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["手続担当 <tetsuzuki@minato-sr.jp>"],
        "subject": "6月分 被扶養者・緊急連絡先の異動一覧",
        "body": """社会保険労務士法人みなと　手続ご担当者様

お世話になっております。日の出産業 丸岡です。
6月中に届出のあった被扶養者の異動を下記にまとめました（タブ区切りです）。
緊急連絡先の変更を伴うものは備考に記載しています。

社員番号	社員氏名	家族氏名	続柄	生年月日	異動	異動日	備考
H-09921	楠本 哲也	楠本 美咲	長女	2026/05/30	追加	2026/05/30	出生
H-10047	西園寺 穣	西園寺 絢子	妻	1991/08/14	削除	2026/06/01	就職により扶養外れ
H-10133	柳田 和樹	柳田 ミツ	母	1950/02/03	追加	2026/06/10	同居開始・緊急連絡先を母に変更
H-10205	比嘉 琴音	比嘉 朝陽	夫	1989/10/21	追加	2026/06/15	退職により扶養へ
H-10288	宮路 慶太	宮路 莉緒	妻	1995/04/09	追加	2026/06/20	婚姻・緊急連絡先を妻に変更

必要書類はそろい次第、郵送いたします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of five family members with birth dates and family changes to a labour consultant: a list of people",
    },
    # 033 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-033",
        "charset": "iso-2022-jp",
        "sender": "藤ヶ谷 健 <k-fujigaya@hinode-sangyo.co.jp>",
        "to": ["北見台病院 医事課 <iji@kitamidai-hp.or.jp>"],
        "subject": "入院患者（弊社社員）の保険情報について",
        "body": """北見台病院 医事課 ご担当者様

日の出産業 札幌工場 総務課の藤ヶ谷です。
昨日救急搬送され入院となりました弊社社員について、お問い合わせの保険情報をお知らせします。
業務中の事故のため、労災（様式第5号）での受診に切り替えをお願いいたします。
様式は本日中にご本人の奥様がお持ちする予定です。

患者氏名：赤羽 大和（あかばね やまと）
生年月日：平成３年７月１２日
傷病名（救急隊からの情報）：右鎖骨骨折、右肋骨骨折の疑い
健康保険証：日の出産業健康保険組合　記号 21　番号 4870
　（労災切替までの間の暫定情報としてお伝えします）

よろしくお願いいたします。
""" + SIG_SAPPORO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "an injured employee's health-insurance card symbol/number and his injuries to a hospital: an insurance number and health data",
    },
    # 034 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-034",
        "charset": "utf-8",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
        "subject": "緊急連絡先カード（携帯用）校正のお願い",
        "body": """錦印刷株式会社
営業部 今泉様

お世話になっております。日の出産業 安全管理室の鬼頭です。
全社員に配布する携帯用の緊急連絡先カードについて、初校を確認しました。
修正点を反映したPDFを添付しますので、再校をお願いします。

・記入例の氏名・電話番号はダミーのままで問題ありません
・裏面の「安否確認ダイヤル」の番号を太字に
・紙はPP加工ありで、数量は1,100枚（前回見積どおり）

納期は8月7日（金）を希望します。
""" + SIG_KITO,
        "attachments": [
            {"kind": "pdf", "name": "緊急連絡先カード_校正2.pdf", "title": "緊急連絡先カード 校正2",
             "lines": [
                 "【表面】緊急連絡先カード（記入例）",
                 "氏名：日の出　太郎　　所属：〇〇部〇〇課",
                 "緊急連絡先①：日の出　花子（妻）　090-0000-0000",
                 "緊急連絡先②：日の出　一郎（父）　00-0000-0000",
                 "血液型：　型　　かかりつけ医：＿＿＿＿＿＿",
                 "【裏面】災害時の行動",
                 "1. 身の安全を確保する　2. 安否確認システムに回答する",
                 "安否確認ダイヤル（会社）：03-5542-3100",
                 "災害用伝言ダイヤル：171",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a printer's proof with dummy sample data (日の出 太郎, 090-0000-0000) to the partner printer: no real person",
    },
    # 035 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-035",
        "charset": "cp932",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "社宅規程改定案の共有（家賃保証の取扱い）",
        "body": """吉永様

お世話になっております。日の出産業の岩渕です。
来年度の社宅規程改定案をお送りします。第14条（家賃保証および緊急連絡先）が
貴社の運用に関わる部分ですので、実務上の問題がないかご確認ください。
""" + SIG_IWABUCHI,
        "attachments": [
            {"kind": "pdf", "name": "社宅規程_改定案_0622.pdf", "page_footer": "CONFIDENTIAL - 日の出産業株式会社",
             "title": "社宅規程 改定案",
             "lines": [
                 "社宅規程（改定案）",
                 "第14条（家賃保証および緊急連絡先）",
                 "1. 借上社宅の賃貸借契約において家賃保証会社の利用が求められる場合、会社は会社指定の保証会社と法人契約を締結する。",
                 "2. 賃貸借契約上の緊急連絡先は、原則として総務部とし、社員の親族を登録しない。",
                 "3. 前項にかかわらず、管理会社が親族の登録を求める場合は、社員の同意を得て1名に限り登録する。",
                 "第15条（社員負担額）社員負担額は月額賃料の20%とし、上限を35,000円とする。",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF carries a CONFIDENTIAL footer on every page: a classification marking",
    },
    # 036 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-036",
        "charset": "iso-2022-jp",
        "sender": "辻本 みのり <m.tsujimoto@hinode-sangyo.co.jp>",
        "to": ["旅プラネット 法人旅行センター 栗林様 <kuribayashi@tabi-planet.co.jp>"],
        "subject": "FW: 社員旅行（白浜）参加者の緊急連絡先",
        "body": """旅プラネット株式会社
法人旅行センター 栗林様

お世話になっております。日の出産業 大阪支店の辻本です。
ご依頼の参加者の緊急連絡先、支店内で取りまとめたものを転送いたします。
旅行保険のお手続きにお使いください。

---------- 転送メッセージ ----------
From: 辻本 みのり <m.tsujimoto@hinode-sangyo.co.jp>
To: osaka-all@hinode-sangyo.co.jp
Subject: 社員旅行（白浜）参加者の緊急連絡先

大阪支店の皆さん
社員旅行の参加者の緊急連絡先をまとめました。誤りがあれば辻本まで。

・坪井 勇気　　緊急連絡先：坪井 友美（妻）　090-5523-1847
・阿久津 彩乃　緊急連絡先：阿久津 茂（父）　0748-22-3316
・甲斐 雅人　　緊急連絡先：甲斐 里沙（妻）　080-4419-5562
・石動 海斗　　緊急連絡先：石動 恵理子（母）0766-22-7045
・土屋 美冬　　緊急連絡先：土屋 英介（夫）　090-2268-7730
・長谷部 零　　緊急連絡先：長谷部 智恵（母）078-851-4429
・浅利 健太郎　緊急連絡先：浅利 京子（妻）　070-6632-1158
・粟野 千夏　　緊急連絡先：粟野 忠（父）　　0877-46-2219
""" + SIG_OSAKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded internal list of eight participants' next-of-kin phones, now sent to a travel agency: a forward counts as new text",
    },
    # 037 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-037",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["Ms. Grace Tan <grace.tan@lionbridge-relo.com.sg>"],
        "subject": "Emergency contact for Mr. Kurosawa (assignment start Aug 3)",
        "body": """Dear Ms. Tan,

Thank you for arranging the serviced apartment for our assignee.
As requested, here is the emergency contact you asked for the lease application.

Assignee: Mr. Hayato KUROSAWA (Hinode Sangyo Singapore Pte. Ltd.)
Emergency contact: Mrs. Mai KUROSAWA (spouse, staying in Tokyo until October)
  Mobile: +81-90-6627-3314
  E-mail: mai.kurosawa.home@gmail.com

Should anything happen before his arrival, please contact me first.

Kind regards,
Saori Horie
HR Division, Hinode Sangyo Co., Ltd.
Tel +81-3-5542-3170
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one expatriate's spouse as emergency contact to a relocation firm, plus the standard disclaimer: one person's details, may warn",
    },
    # 038 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-038",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["日本レントセーフ 契約管理課 <keiyaku@rentsafe.co.jp>"],
        "subject": "保証料のカード払い登録（個人契約分・手塚様）",
        "body": """日本レントセーフ株式会社
契約管理課 ご担当者様

お世話になっております。日の出産業の岩渕です。
社員名義契約（契約番号 RS-6628104）の年間更新料について、
社員本人の希望によりクレジットカード払いへ変更いたします。
本人から預かったカード情報をお知らせします。

契約者名　：手塚 航平
カード番号：""" + card_number(SEED + 11) + """
有効期限　：09/29
名義　　　：KOHEI TEZUKA

お手数ですが、登録完了のご連絡をお願いいたします。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "an employee's credit-card number in the body to a guarantee company",
    },
    # 039 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-039",
        "charset": "cp932",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["東栄ハウジング 賃貸管理部 <kanri@toei-housing.co.jp>"],
        "subject": "至急：グレイス練馬203号室 鍵交換のお願い",
        "body": """東栄ハウジング株式会社
賃貸管理部 ご担当者様

日の出産業の岩渕です。至急のお願いでご連絡いたしました。

借上社宅 グレイス練馬203号室に入居中の弊社社員 三好 玲奈 が、
元交際相手からのつきまといの被害を受けており、昨日、練馬警察署に被害届を提出し
ストーカー規制法に基づく警告が出されました。
相手方が合鍵を所持している可能性があるため、本日中のシリンダー交換をお願いいたします。
費用は弊社負担で結構です。

また、当面、同人の在室状況などの問い合わせには一切応じないようお願いいたします。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee as a stalking victim who filed a police report: having been a crime victim is 要配慮個人情報",
    },
    # 040 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-040",
        "charset": "utf-8",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["アンピコール カスタマーサクセス <cs@anpi-call.jp>"],
        "subject": "安否確認訓練の結果共有と改善のご相談",
        "body": """株式会社アンピコール
カスタマーサクセス ご担当者様

お世話になっております。日の出産業 安全管理室の鬼頭です。
9月1日に実施した安否確認訓練の結果（集計のみ）を共有します。
家族連絡先への自動通知機能の追加について、次回の定例でご相談させてください。
""" + SIG_KITO,
        "attachments": [
            {"kind": "pptx", "name": "安否確認訓練結果_2026.pptx", "title": "安否確認訓練結果",
             "slides": [
                 ["2026年 安否確認訓練 結果", "実施日：9月1日 10:00 一斉配信", "対象：全社員 1,036名"],
                 ["回答率の推移", "30分以内：62.4%", "2時間以内：88.1%", "24時間以内：97.9%"],
                 ["事業所別（24時間以内）", "本社 98.8%／大阪 97.4%／名古屋 100%", "札幌工場 96.1%／北上工場 96.8%"],
                 ["課題", "家族連絡先への通知手段がない", "工場の交替勤務者は勤務外で気付きにくい"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX of drill response rates by site: statistics, no individuals",
    },
    # 041 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-041",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["yuko.urushihara@outlook.jp", "urushihara.masaru@ezweb.ne.jp",
               "k-urushihara.0812@gmail.com"],
        "subject": "先日の事故に関するご説明の場について",
        "body": """漆原様ご家族の皆様

日の出産業株式会社 安全管理室の鬼頭でございます。
このたびは健吾さんの件で大変なご心配をおかけしており、心よりお詫び申し上げます。

事故の経緯と今後の補償について、会社としてご説明の場を設けたく存じます。
下記日程のいずれかでご都合をお聞かせください。

　候補１：6月13日（土）14:00～
　候補２：6月14日（日）10:00～
　場所　：北上工場 本館2階 応接室（オンライン参加も可能です）

出席者（会社側）：工場長、安全管理室長（鬼頭）、人事部労務課（丸岡）
""" + SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three family members on three private addresses in To: three external parties who can see each other",
    },
    # 042 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-042",
        "charset": "iso-2022-jp",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 長尾先生 <nagao@shirakawa-law.co.jp>"],
        "subject": "身元保証契約の極度額記載についての確認",
        "body": """白川法律事務所
長尾先生

お世話になっております。日の出産業 人事部の堀江です。
2020年4月以前に差し入れられた身元保証書（極度額の記載なし）について、
更新時に極度額を定めた新様式へ差し替える運用で問題ないか、ご確認をお願いいたします。

あわせて、更新を拒まれた保証人様への対応（保証期間満了後の扱い）について、
文面のひな形をご用意いただくことは可能でしょうか。
""" + SIG_HORIE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp instead of the partner law firm's shirakawa-law.jp: another TLD, look-alike",
    },
    # 043 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-043",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 長尾先生 <nagao@shirakawa-law.jp>"],
        "subject": "Re: 身元保証契約の極度額記載についての確認（対象者一覧）",
        "body": """長尾先生

ご回答ありがとうございました。
ご依頼いただいた、保証期間が本年度中に満了する身元保証人の一覧を添付いたします。
旧様式（極度額なし）の方には「旧」と記しております。

堀江

-----Original Message-----
From: 長尾 <nagao@shirakawa-law.jp>
Sent: Tuesday, June 16, 2026 6:12 PM
To: 堀江 沙織 <s-horie@hinode-sangyo.co.jp>
Subject: RE: 身元保証契約の極度額記載についての確認

堀江様
差し替えの運用で問題ございません。対象者の一覧をお送りいただければ、ひな形を個別に調整いたします。
""" + SIG_HORIE,
        "attachments": [
            {"kind": "docx", "name": "身元保証期間満了者一覧_2026.docx",
             "paragraphs": ["身元保証期間満了者一覧（2026年度）", "人事部 作成"],
             "tables": [[
                 ["社員氏名", "保証人氏名", "続柄", "保証人住所", "電話", "満了日", "様式"],
                 ["近衛 誠", "近衛 富士子", "母", "京都府宇治市宇治妙楽25", "0774-22-3148", "2026/09/30", "旧"],
                 ["巴 健太", "巴 晃", "父", "岐阜県大垣市郭町2-14", "0584-78-2290", "2026/09/30", "旧"],
                 ["益子 瑞穂", "益子 浩二", "父", "栃木県足利市通3-2589", "0284-41-6621", "2026/10/31", "新"],
                 ["三枝 拓真", "三枝 久美", "母", "山梨県富士吉田市下吉田3-11-4", "090-4472-1905", "2026/11/30", "旧"],
                 ["五味 香織", "五味 順一", "夫", "東京都三鷹市下連雀4-16-2", "080-6618-2243", "2027/01/31", "新"],
                 ["渡嘉敷 勇", "渡嘉敷 ハル", "祖母", "沖縄県浦添市城間2-9-1", "098-877-5024", "2027/03/31", "旧"],
                 ["百瀬 佑介", "百瀬 和子", "母", "長野県上田市中央2-7-5", "0268-22-4507", "2027/03/31", "旧"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of seven guarantors' addresses and phones to the law firm (correct domain); the quoted part adds nothing",
    },
    # 044 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-044",
        "charset": "iso-2022-jp",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["r.shiozaki@icloud.com"],
        "subject": "緊急連絡先の変更を受け付けました",
        "body": """塩崎 諒さん

人事部の堀江です。
休暇中にご提出いただいた緊急連絡先の変更届、受け付けました。
念のため、登録内容を下記のとおり確認させてください。

　緊急連絡先（第1）：塩崎 真由美さん（配偶者）　０９０－７７１２－４０３６
　緊急連絡先（第2）：変更なし

誤りがあれば、復帰後に社内ポータルから修正してください。
""" + SIG_HORIE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "confirms one new next-of-kin entry (full-width phone) to the employee's own private address: one person's data, may warn",
    },
    # 045 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-045",
        "charset": "cp932",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["朝比奈損保 法人損害サービス課 <houjin-songai@asahina-sonpo.co.jp>"],
        "subject": "事故報告書（証券番号 GPA-7731-0284）送付",
        "body": """朝比奈損害保険株式会社
法人損害サービス課 ご担当者様

お世話になっております。日の出産業の鬼頭です。
先日ご報告した事故について、社内の事故報告書（PDF）をお送りします。
ファイルにはパスワードを設定しておりますので、お電話でお伝えします。
""" + SIG_KITO,
        "attachments": [
            {"kind": "pdf", "name": "事故報告書_北上工場_0603.pdf", "password": "kt0603!",
             "lines": ["事故報告書", "被災者：製造部第二課", "発生日：2026年6月3日", "状況：金型交換中の治具落下"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a password-protected PDF: the attachment cannot be inspected",
    },
    # 046 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-046",
        "charset": "iso-2022-jp",
        "sender": "藤ヶ谷 健 <k-fujigaya@hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 札幌営業所 <sapporo@alpha-keibi.co.jp>"],
        "subject": "夜間・休日の緊急連絡体制（札幌工場）更新のお知らせ",
        "body": """アルファ警備保障株式会社 札幌営業所 御中

いつもお世話になっております。日の出産業 札幌工場の藤ヶ谷です。
機械警備の異常発報時の連絡先を7月1日付で更新しますので、ご登録をお願いします。
なお、個人の携帯番号は登録せず、すべて会社の当番携帯に集約しました。

優先  連絡先                        電話番号         備考
----  ----------------------------  ---------------  ------------------------
1     札幌工場 守衛室               011-862-4400     24時間
2     札幌工場 当番携帯（総務）     080-9901-2250    夜間・休日当番が携行
3     札幌工場 当番携帯（設備）     080-9901-2251    設備異常時
4     本社 安全管理室（代表）       03-5542-3100     平日 9:00-18:00
5     本社 夜間休日窓口             03-5542-3101     転送電話

以上、よろしくお願いいたします。
""" + SIG_SAPPORO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an escalation list of the company's own desks and duty phones: business contacts, not people's records",
    },
    # 047 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-047",
        "charset": "utf-8",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["安全衛生委員会 <anzen-iinkai@hinode-sangyo.co.jp>"],
        "cc": ["丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>"],
        "subject": "【委員会資料】6月の労働災害発生状況",
        "body": """委員各位

安全管理室の鬼頭です。6月の労働災害の発生状況を報告します。

1) 北上工場　漆原 健吾さん（製造部第二課、38歳）
   金型交換中の治具落下。左手第3・第4指 中節骨骨折、休業約4週間。
   ご家族（奥様）へは当日連絡済み。家族説明会を6/13に実施予定。
2) 札幌工場　赤羽 大和さん（設備課、34歳）
   脚立からの転落。右鎖骨骨折、入院中。ご家族は来札済み。
3) 名古屋営業所　金森 亮太さん（営業課、29歳）
   営業車での移動中の追突事故。頸椎捻挫、通院加療。

再発防止策は次回委員会で各事業所から報告してもらいます。
""" + SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "named injuries, but sent only to internal addresses: stays in the company",
    },
    # 048 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-048",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["須田先生 <suda@minato-sr.jp>"],
        "subject": "故 中条 正樹さん 遺族厚生年金・労災遺族給付の手続き",
        "body": """須田先生

いつもお世話になっております。日の出産業の丸岡です。
先日ご相談した故 中条 正樹さん（6月22日逝去）の件、ご遺族の情報がそろいましたので
遺族厚生年金と労災の遺族補償給付の手続きをお願いいたします。

【請求者（妻）】
　氏名　　　　：中条 由佳里
　生年月日　　：昭和６０年１月２９日
　基礎年金番号：4127-583092
　住所　　　　：岩手県北上市本通り2-4-17
　受取口座　　：みどり銀行 北上支店 普通 3308157 ナカジョウ ユカリ

【子】中条 蒼太（平成２５年５月８日生）、中条 結菜（平成２８年１１月１日生）

戸籍謄本と死亡診断書の写しは、ご遺族から直接事務所へ郵送いただく予定です。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "a widow's basic pension number and bank account to a labour consultant: a social insurance number",
    },
    # 049 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-049",
        "charset": "cp932",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 新川支店 法人営業 <shinkawa-houjin@midori-ginko.co.jp>"],
        "subject": "弔慰金の振込手続きについて（日の出産業）",
        "body": """みどり銀行 新川支店
法人営業ご担当 関根様

いつもお世話になっております。日の出産業 労務課の丸岡です。
社員の逝去に伴う弔慰金を、ご遺族の口座へ振り込みたく、
総合振込の締切に間に合わない場合の個別扱いについてご相談です。

　振込先：みどり銀行 北上支店 普通 3308157
　受取人：ナカジョウ ユカリ 様
　金額　：1,000,000円
　希望日：7月3日（金）

個別扱いが可能であれば、必要な依頼書の様式をお送りいただけますでしょうか。
""" + SIG_MARUOKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one bereaved spouse's account for a condolence payment, to the partner bank: one person's data, may warn",
    },
    # 050 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-050",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["ライフネスト 社宅管理チーム <shataku-team@lifenest.co.jp>"],
        "subject": "管理移管データ一式（大阪エリア借上社宅）",
        "body": """株式会社ライフネスト
社宅管理チーム 御中

お世話になっております。日の出産業の岩渕です。
10月からの管理移管に向け、大阪エリアの借上社宅データ一式をZIPでお送りします。
中身は入居者一覧（緊急連絡先付き）と物件一覧のCSVです（いずれもUTF-8）。
""" + SIG_IWABUCHI,
        "attachments": [
            {"kind": "zip", "name": "osaka_shataku_iko.zip",
             "files": [
                 {"kind": "csv", "name": "nyukyosha.csv", "encoding": "utf-8",
                  "rows": [
                      ["物件ID", "入居者", "入居日", "緊急連絡先", "続柄", "電話", "住所"],
                      ["OS-012", "坪井 勇気", "2022-04-01", "坪井 友美", "妻", "090-5523-1847", "大阪府吹田市江坂町1-14-5"],
                      ["OS-015", "阿久津 彩乃", "2023-04-01", "阿久津 茂", "父", "0748-22-3316", "滋賀県近江八幡市出町410"],
                      ["OS-019", "甲斐 雅人", "2021-10-01", "甲斐 里沙", "妻", "080-4419-5562", "大阪府豊中市本町3-7-2"],
                      ["OS-021", "石動 海斗", "2024-04-01", "石動 恵理子", "母", "0766-22-7045", "富山県高岡市末広町12-3"],
                      ["OS-026", "土屋 美冬", "2020-07-01", "土屋 英介", "夫", "090-2268-7730", "大阪府茨木市駅前2-5-8"],
                      ["OS-030", "長谷部 零", "2025-04-01", "長谷部 智恵", "母", "078-851-4429", "兵庫県神戸市東灘区本山北町3-6-10"],
                      ["OS-033", "浅利 健太郎", "2019-04-01", "浅利 京子", "妻", "070-6632-1158", "大阪府堺市北区中百舌鳥町2-104"],
                      ["OS-037", "粟野 千夏", "2024-10-01", "粟野 忠", "父", "0877-46-2219", "香川県坂出市京町1-4-18"],
                      ["OS-041", "小野寺 颯真", "2025-04-01", "小野寺 泰子", "母", "0225-22-6193", "宮城県石巻市千石町8-21"],
                  ]},
                 {"kind": "csv", "name": "bukken.csv", "encoding": "utf-8",
                  "rows": [
                      ["物件ID", "物件名", "所在地", "管理会社", "月額賃料"],
                      ["OS-012", "江坂グリーンハイツ 402", "大阪府吹田市江坂町1-14-5", "関西ハウスサービス", 78000],
                      ["OS-015", "レジデンス野洲 103", "滋賀県野洲市小篠原2108", "湖南不動産管理", 62000],
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a plain ZIP whose CSV lists nine tenants with next-of-kin phones and addresses: a list of people inside an archive",
    },
    # 051 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-051",
        "charset": "iso-2022-jp",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["須田先生 <suda@minato-sr.jp>"],
        "subject": "ご質問：身元保証人の死亡・行方不明時の対応",
        "body": """須田先生

お世話になっております。日の出産業の堀江です。
一般論として教えていただきたい点が2つございます。

1. 保証期間中に身元保証人が亡くなった場合、保証契約は相続されるのか、
   それとも新たな保証人を立ててもらう必要があるのか。
2. 保証人と連絡が取れなくなった場合（転居先不明など）、会社として
   どこまで確認すれば足りるのか。就業規則上の手当ては必要か。

社内規程の見直しの参考にしたく、次回の顧問相談の際にご教示いただけますと幸いです。
""" + SIG_HORIE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general legal question about guarantors, no individuals",
    },
    # 052 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-052",
        "charset": "cp932",
        "sender": "勅使河原 仁 <j-teshigawara@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 名古屋センター 安全推進課 <anzen-nagoya@aoba-unyu.co.jp>"],
        "subject": "同乗研修者の緊急連絡カード（7/8～7/10）",
        "body": """青葉運輸株式会社 名古屋センター
安全推進課 御中

お世話になっております。日の出産業 名古屋営業所の勅使河原です。
来週の配送同乗研修に参加する弊社社員の緊急連絡カードをお送りします。
運行中に体調不良等があった際の対応のため、持病についても記載しております。

┌─────────────────────────
│ 氏名　　　：宇津木 蓮（うつぎ れん）　営業課
│ 本人携帯　：080-3361-5592
│ 緊急連絡先：宇津木 佳代（母）052-782-4410
│ 持病　　　：てんかん（服薬でコントロール中、最終発作は2年前）
│ アレルギー：そばアレルギー
│ 発作時の対応：横向きに寝かせ、5分以上続く場合は119番
└─────────────────────────

よろしくお願いいたします。
""" + SIG_NAGOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one employee's chronic illness (epilepsy) with his name and family contact to a partner: 要配慮個人情報 even for one person",
    },
    # 053 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-053",
        "charset": "iso-2022-jp",
        "sender": "藤ヶ谷 健 <k-fujigaya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル札幌 宿泊予約 <reserve-sapporo@sakura-hote1.jp>"],
        "subject": "宿泊延長のお願い（大河内様 3名）",
        "body": """さくらホテル札幌
宿泊予約ご担当者様

日の出産業 札幌工場の藤ヶ谷です。いつもお世話になっております。
6月18日からご宿泊中の大河内様ご家族について、2泊延長をお願いいたします。

　宿泊者：大河内 晴美 様、大河内 聡 様、大河内 美月 様
　延長後のチェックアウト：6月23日（火）
　ご連絡先：大河内 晴美 様　090-6742-1185

請求は引き続き弊社宛にお願いいたします。
""" + SIG_SAPPORO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "sakura-hote1.jp uses the digit 1 for l: a homoglyph of the partner hotel's domain",
    },
    # 054 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-054",
        "charset": "utf-8",
        "sender": "辻本 みのり <m.tsujimoto@hinode-sangyo.co.jp>",
        "to": ["スタッフユニオン 大阪営業所 前園様 <maezono@staff-union.co.jp>"],
        "subject": "大阪支店周辺の救急指定病院（派遣スタッフ様向け案内）",
        "body": """株式会社スタッフユニオン
大阪営業所 前園様

お世話になっております。日の出産業 大阪支店の辻本です。
就業中の派遣スタッフの方が急病・けがをされた際の搬送先として、
支店周辺の救急指定病院を一覧にしました。就業時のご案内にお使いください。

【救急指定病院（大阪支店から近い順）】
1. 北野総合病院　　　大阪府大阪市北区扇町2-4-20　　TEL 06-6312-1221（24時間）
2. 天満橋中央病院　　大阪府大阪市中央区天満橋京町1-8　TEL 06-6942-3350
3. 済生会中之島病院　大阪府大阪市北区中之島6-2-40　TEL 06-6443-1261
4. 梅田東クリニック（夜間休日診療）大阪府大阪市北区太融寺町5-13　TEL 06-6311-0099

※支店内のAEDは1階受付と3階執務室入口にあります。
""" + SIG_OSAKA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hospitals with switchboards: businesses, not people",
    },
    # 055 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-055",
        "charset": "iso-2022-jp",
        "sender": "辻本 みのり <m.tsujimoto@hinode-sangyo.co.jp>",
        "to": ["スタッフユニオン 大阪営業所 前園様 <maezono@staff-union.co.jp>"],
        "subject": "Re: 派遣スタッフ緊急連絡先一覧（再送）",
        "body": """前園様

お世話になっております。辻本です。
先日お送りしたExcelが開けなかったとのこと、失礼いたしました。
本文に直接記載いたします。弊社で把握している内容ですので、貴社登録と突合をお願いします。

【１】外山 美咲（とやま みさき）　就業開始 2025/10/01
　　住所：大阪府守口市京阪本通2-9-14　携帯：090-2236-7418
　　緊急連絡先：外山 和也（夫）080-5512-3364

【２】新垣 楓（あらかき かえで）　就業開始 2026/01/06
　　住所：大阪府大阪市都島区東野田町3-5-21　携帯：070-3315-2286
　　緊急連絡先：新垣 ヨシ子（母）098-936-4107

【３】溝口 隆之（みぞぐち たかゆき）　就業開始 2024/04/01
　　住所：兵庫県尼崎市昭和通7-220　携帯：080-6623-1195
　　緊急連絡先：溝口 美佐（妻）06-6411-3382

【４】葛西 ひかる（かさい ひかる）　就業開始 2026/04/01
　　住所：大阪府東大阪市長栄寺4-18　携帯：090-8847-3320
　　緊急連絡先：葛西 勉（父）0178-43-6612

【５】堀之内 空（ほりのうち そら）　就業開始 2025/07/01
　　住所：大阪府大阪市淀川区十三本町1-12-4　携帯：080-2271-6098
　　緊急連絡先：堀之内 千恵（姉）099-254-3317

以上5名です。
""" + SIG_OSAKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five dispatched staff as one block per person with addresses, mobiles and family contacts: a list of people",
    },
    # 056 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-056",
        "charset": "utf-8",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>"],
        "subject": "被扶養者異動届（出生）の個人番号について",
        "body": """日の出産業健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業 人事部労務課の丸岡です。
先日提出した被扶養者異動届（楠本 哲也さん・長女出生）について、
個人番号の記載漏れのご指摘をいただきましたので、お知らせします。

　被扶養者氏名：楠本 美咲
　生年月日　　：令和８年５月３０日
　個人番号　　：""" + " ".join(
            "".join("０１２３４５６７８９"[int(c)] for c in my_number(SEED + 7)[i:i + 4])
            for i in (0, 4, 8)) + """

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a newborn dependant's My Number in full-width digits to the health insurance society (an external organisation)",
    },
    # 057 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-057",
        "charset": "iso-2022-jp",
        "sender": "辻本 みのり <m.tsujimoto@hinode-sangyo.co.jp>",
        "to": ["スタッフユニオン 大阪営業所 前園様 <maezono@staff-union.co.jp>"],
        "subject": "地震発生に伴う派遣スタッフの安否確認結果",
        "body": """前園様

日の出産業 大阪支店の辻本です。
本日7時過ぎの地震（大阪府北部 震度5弱）を受け、弊社就業中の派遣スタッフの
安否を確認しましたのでご報告します。

　外山 美咲さん　　無事（出社済み）
　新垣 楓さん　　　無事（交通機関停止のため自宅待機）
　溝口 隆之さん　　無事（出社済み）
　葛西 ひかるさん　無事（自宅待機）
　堀之内 空さん　　無事（ご家族と連絡済み、午後出社予定）

全員の無事を確認しております。交通機関の復旧まで出社は任意としています。
""" + SIG_OSAKA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "five names with only a safety status, to their own dispatch agency: barely a list of people's records; judgement call",
    },
    # 058 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-058",
        "charset": "iso-2022-jp",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["人事部 人事課 <jinji@hinode-sangyo.co.jp>"],
        "bcc": ["hideo.kasai.1958@gmail.com", "f-momose@yahoo.co.jp", "konoe.fujiko@outlook.jp",
                "tomoe-akira@docomo.ne.jp", "haru.tokashiki@icloud.com"],
        "subject": "身元保証書更新用紙の発送について",
        "body": """身元保証人の皆様

いつもお世話になっております。日の出産業株式会社 人事部の堀江でございます。
（本メールは身元保証人の皆様にBCCでお送りしております）

保証期間の満了に伴う新しい身元保証書の用紙を、本日、ご自宅宛に発送いたしました。
ご記入・ご捺印のうえ、同封の返信用封筒でご返送ください。

今回の様式から、民法の定めにより保証の上限額（極度額）を記載しております。
内容についてご不明な点は、下記までお問い合わせください。
""" + SIG_HORIE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "five private guarantors correctly in Bcc, To is internal: no one sees the others",
    },
    # 059 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-059",
        "charset": "cp932",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "家賃保証会社の比較表（ご意見伺い）",
        "body": """吉永様

お世話になっております。岩渕です。
RFPの回答をもとに、保証会社3社の比較表を作りました。
実務面（審査スピード、管理会社の受け入れ状況）で補足いただけることがあれば
コメントをいただけますでしょうか。
""" + SIG_IWABUCHI,
        "attachments": [
            {"kind": "xlsx", "name": "保証会社比較_RFP回答.xlsx", "page_header": "部外秘",
             "sheets": {
                 "比較": [
                     ["家賃保証会社 比較表（RFP回答ベース）", "", "", ""],
                     ["項目", "日本レントセーフ", "アンシン保証", "全国賃貸保証"],
                     ["初回保証料", "賃料等の30%", "賃料等の25%", "賃料等の40%"],
                     ["年間更新料", "10,000円", "8,000円", "無料"],
                     ["法人一括払い", "可", "可", "不可"],
                     ["緊急連絡先に会社登録", "可", "要相談", "可"],
                     ["審査日数（目安）", "1営業日", "2営業日", "即日"],
                     ["想定年間コスト", "9,840,000円", "8,620,000円", "11,300,000円"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the XLSX is stamped 部外秘 in its page header: a confidentiality marking",
    },
    # 060 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-060",
        "charset": "utf-8",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["アンピコール サポート <support@anpi-call.jp>"],
        "subject": "FW: 名古屋営業所 家族連絡先の登録依頼",
        "body": """株式会社アンピコール サポート御中

日の出産業の鬼頭です。
名古屋営業所から家族連絡先の追加登録の依頼が来ましたので、元のメールを添付で転送します。
家族通知オプションの対象として登録をお願いします。
""" + SIG_KITO,
        "attachments": [
            {"kind": "eml", "name": "名古屋営業所_家族連絡先登録依頼.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "勅使河原 仁 <j-teshigawara@hinode-sangyo.co.jp>",
                 "to": ["鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>"],
                 "subject": "名古屋営業所 家族連絡先の登録依頼",
                 "body": """鬼頭室長

お疲れさまです。名古屋の勅使河原です。
安否確認システムの家族通知に、営業所メンバーの家族連絡先を登録したいです。

社員　　　　家族　　　　　続柄　携帯　　　　　　メール
金森 亮太　　金森 明子　　　妻　　090-1184-6637　akiko.kanamori.83@gmail.com
長谷部 孝　　長谷部 由美　　妻　　080-4426-1059　yumi-hasebe@yahoo.co.jp
宇津木 蓮　　宇津木 佳代　　母　　090-6615-2274　kayo.utsugi@docomo.ne.jp
舟橋 涼子　　舟橋 誠　　　　夫　　080-2290-3345　m.funahashi@icloud.com
大野木 卓　　大野木 恵　　　妻　　070-5518-2209　megumi.onogi@gmail.com
勅使河原 仁　勅使河原 真弓　妻　　090-7723-4418　mayumi.teshi@ezweb.ne.jp

よろしくお願いします。
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an attached internal mail listing six families' mobiles and private e-mails, forwarded to a vendor: a list of people in an .eml",
    },
    # 061 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-061",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["ことぶき社宅サービス 経理課 <keiri@kotobuki-shataku.co.jp>"],
        "subject": "請求書受領のご連絡（No. KS-2026-06-0418）",
        "body": """ことぶき社宅サービス株式会社
経理課 御中

お世話になっております。日の出産業 総務課の岩渕です。
6月分の社宅代行手数料の請求書を受領いたしました。

　請求書番号：KS-2026-06-0418
　登録番号　：T8010401087652
　請求金額　：1,284,700円（税込）
　内訳　　　：新規契約手数料 6件、更新手数料 11件、解約精算事務 3件

7月31日に指定口座へお振込みいたします。
なお、適格請求書の記載事項に不備はございませんでした。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "an invoice acknowledgement with the vendor's T-number and invoice number: company data only",
    },
    # 062 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-062",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["堀江 沙織 <s-horie@hinode-sangyo.co.jp>"],
        "bcc": ["maezono@staff-union.co.jp", "haken-eigyo@tempbridge.co.jp",
                "kanto@works-partners.jp"],
        "subject": "派遣スタッフの緊急連絡先届 様式変更のお知らせ",
        "body": """派遣元各社 ご担当者様
（本メールは派遣元各社様へBCCにてお送りしています）

いつもお世話になっております。日の出産業株式会社 人事部の堀江です。

10月1日より、弊社就業中の派遣スタッフの方の緊急連絡先届の様式を変更いたします。
・緊急連絡先は2名まで記入可能に
・「勤務中の事故・急病時に弊社から直接ご家族へ連絡すること」への同意欄を追加
・提出先は引き続き貴社経由とし、弊社には貴社から写しをご提供ください

新様式は来週中にお送りします。
""" + SIG_HORIE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "three staffing agencies correctly in Bcc with the sender in To: no one sees the others",
    },
    # 063 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-063",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "物件探しの条件追加（雪村様）",
        "body": """吉永様

お世話になっております。日の出産業の岩渕です。
9月に名古屋へ転勤予定の 雪村 俊輔 の借上社宅について、条件を追加させてください。

雪村は下肢に障害があり（身体障害者手帳２級・車いす使用）、
下記の条件を満たす物件が必要です。

・1階またはエレベーター付き、玄関までの段差なし
・室内の段差解消（浴室・トイレの手すり設置可）
・駐車場（車いす対応の幅広区画が望ましい）

保証会社の審査では、収入証明は会社発行の在籍証明で足りるか確認をお願いします。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee with his disability certificate grade to a housing agent: disability is 要配慮個人情報",
    },
    # 064 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-064",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["審査部 <shinsa@anshin-hosho.jp>"],
        "subject": "Re: 【審査結果】保証承認のお知らせ（受付番号 AH-88215）",
        "body": """アンシン保証 審査部 ご担当者様

承認のご連絡ありがとうございました。
保証委託契約書は、社員本人の署名後に弊社から返送いたします。

岩渕

On 2026/06/09 15:22, アンシン保証 審査部 wrote:
> 日の出産業株式会社 岩渕様
>
> お申込みいただいた下記の件、保証を承認いたしました。
>
> 受付番号：AH-88215
> 申込者　：三ツ矢 康介 様（平成4年8月19日生）
> 現住所　：東京都杉並区高円寺北2-27-4 コーポ高円寺102
> 携帯　　：090-5128-3367
> 緊急連絡先：三ツ矢 千晴 様（妻）080-2273-9041
> 初回保証料：52,000円
>
> 契約書類は本日発送いたしました。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the applicant's data is only in text quoted from the guarantee company's own mail; the reply adds none",
    },
    # 065 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-065",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["Ms. Grace Tan <grace.tan@lionbridge-relo.com.sg>"],
        "subject": "Next-of-kin list for Singapore assignees (for your 24h hotline)",
        "body": """Dear Ms. Tan,

Further to our call, please find below the next-of-kin details of all six Hinode Sangyo
assignees currently supported by your 24-hour hotline. Please replace your existing
records with this list.

1) KUROSAWA Hayato    NOK: KUROSAWA Mai (spouse)        +81-90-6627-3314  mai.kurosawa.home@gmail.com
2) SHIOTANI Kenta     NOK: SHIOTANI Yoko (mother)       +81-86-224-7731   yoko.shiotani@yahoo.co.jp
3) MORIGUCHI Asuka    NOK: MORIGUCHI Tetsu (husband)    +65-9127-4402     tetsu.moriguchi@outlook.com
4) HAYAKAWA Ryuji     NOK: HAYAKAWA Naomi (spouse)      +65-8331-6620     naomi.h.sg@gmail.com
5) TAKARADA Miho      NOK: TAKARADA Osamu (father)      +81-45-402-1178   o.takarada@icloud.com
6) NIREI Satoshi      NOK: NIREI Kaori (spouse)         +81-80-3306-9154  kaori.nirei@gmail.com

Please confirm once the update is complete.

Kind regards,
Saori Horie
HR Division, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six assignees' next-of-kin names, phones and private e-mails in romaji to a foreign relocation firm: a list of people",
    },
    # 066 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-066",
        "charset": "cp932",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["手続担当 <tetsuzuki@minato-sr.jp>"],
        "subject": "回収済み身元保証書（6月分）",
        "body": """社会保険労務士法人みなと ご担当者様

日の出産業の丸岡です。6月中に回収した身元保証書をPDFにまとめました。
電子保管のご対応をお願いいたします。
""" + SIG_MARUOKA,
        "attachments": [
            {"kind": "corrupt", "name": "身元保証書_回収分_202606.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the PDF is corrupt and cannot be inspected",
    },
    # 067 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-067",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["手続担当 <tetsuzuki@minato-sr.jp>"],
        "subject": "身元保証書原本の発送（追跡番号のご連絡）",
        "body": """社会保険労務士法人みなと ご担当者様

日の出産業の丸岡です。
電子化が済んだ身元保証書の原本を、保管用に本日発送しました。

　レターパックプラス　追跡番号 3418-6620-5573（1/2）
　レターパックプラス　追跡番号 3418-6620-5584（2/2）
　内容：身元保証書原本 計42通、送付状1通

到着しましたらご一報ください。
""" + SIG_MARUOKA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and counts only: ordinary mail",
    },
    # 068 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-068",
        "charset": "utf-8",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["須田先生 <suda@minato-sr.jp>"],
        "subject": "遺族補償給付 請求資料（中条様ご遺族）",
        "body": """須田先生

日の出産業の丸岡です。
労災の遺族補償年金の請求書作成用に、ご遺族の情報を表にまとめました。
個人番号はご遺族から預かった通知カードの写しで確認済みです。
""" + SIG_MARUOKA,
        "attachments": [
            {"kind": "xlsx", "name": "遺族情報_中条.xlsx",
             "sheets": {
                 "遺族": [
                     ["氏名", "続柄", "生年月日", "個人番号", "同居"],
                     ["中条 由佳里", "妻", "1985/01/29", my_number(SEED + 8), "同居"],
                     ["中条 蒼太", "長男", "2013/05/08", my_number(SEED + 9), "同居"],
                     ["中条 結菜", "長女", "2016/11/01", my_number(SEED + 10), "同居"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three survivors' My Numbers in an XLSX to a labour consultant: any My Number stops",
    },
    # 069 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-069",
        "charset": "iso-2022-jp",
        "sender": "勅使河原 仁 <j-teshigawara@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 名古屋センター 安全推進課 <anzen-nagoya@aoba-unyu.co.jp>"],
        "subject": "応援派遣者2名の緊急連絡先（7月繁忙期）",
        "body": """青葉運輸株式会社 名古屋センター
安全推進課 御中

お世話になっております。日の出産業 名古屋営業所の勅使河原です。
7月の繁忙期応援として貴センターに伺う2名の緊急連絡先をお知らせします。

・舟橋 涼子（営業課）　緊急連絡先：舟橋 誠（夫）　080-2290-3345
・大野木 卓（営業課）　緊急連絡先：大野木 恵（妻）070-5518-2209

期間は7月13日～7月31日です。よろしくお願いいたします。
""" + SIG_NAGOYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two people's family phones to the partner haulier (correct domain): below the list threshold, may warn",
    },
    # 070 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-070",
        "charset": "cp932",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["法人審査課 飯干様 <iiboshi@rentsafe.co.jp>"],
        "subject": "9月転勤者の保証申込（4名）",
        "body": """日本レントセーフ株式会社
法人審査課 飯干様

お世話になっております。日の出産業の岩渕です。
9月1日付の転勤者4名について、法人契約での保証申込をお願いいたします。
緊急連絡先は全員、弊社総務部（03-5542-3185）とします。

氏名,生年月日,携帯,転居先物件
雪村 俊輔,1987/02/11,090-3317-6240,名古屋市千種区 物件選定中
小野寺 颯真,2001/06/23,080-4472-1198,大阪市淀川区 ルミナス十三 502
舟橋 涼子,1990/09/05,080-2290-3344,名古屋市中区 グランスイート栄 1103
外崎 健,1983/12/14,090-6628-5571,札幌市中央区 北二条パレス 704

審査に必要な書類があればお知らせください。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four transferees' birth dates and mobiles (comma-separated) to a guarantee company: four records, below five, may warn",
    },
    # 071 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-071",
        "charset": "iso-2022-jp",
        "sender": "藤ヶ谷 健 <k-fujigaya@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 法人担当 <houjin@seiryo-sousai.co.jp>"],
        "subject": "故 中条 正樹 様　社葬（お別れ会）のご相談",
        "body": """株式会社清涼葬祭
法人担当者様

日の出産業 札幌工場 総務課の藤ヶ谷です。
先ほどお電話した件、ご遺族のご意向を含めてお伝えします。

・故人　：中条 正樹 様（享年44歳、弊社北上工場 製造部長）
・死因　：急性心筋梗塞（6月22日、出張先の札幌市内で急逝）
・宗派　：浄土真宗本願寺派（ご遺族のご意向により、お別れ会でも焼香形式を希望）
・喪主　：中条 由佳里 様（妻）　携帯 090-4418-3372
・ご自宅：岩手県北上市本通り2-4-17

ご葬儀はご親族のみで7月1日に北上市内で執り行われます。
弊社主催のお別れ会（7月下旬、盛岡市内）の会場・進行についてご提案をお願いします。
""" + SIG_SAPPORO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "cause of death and the family's religion, with the chief mourner's phone and address, to a funeral company: 要配慮個人情報",
    },
    # 072 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-072",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "入居申込書の緊急連絡先欄について（運用確認）",
        "body": """吉永様

いつもお世話になっております。日の出産業の岩渕です。
入居申込書の緊急連絡先欄について、運用を確認させてください。

1. 管理会社によって「親族2名」を求められるケースが増えていますが、
   弊社としては原則「会社1＋親族1」で交渉いただきたいと考えています。
2. 親族の勤務先・年収の記入を求められた場合は、記入不要で交渉をお願いします。
3. どうしても必要な場合は、事前に私までご相談ください（本人同意を取ります）。

上記の方針で問題がないか、現場感覚でご意見をいただけますと助かります。
""" + SIG_IWABUCHI + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a policy discussion about next-of-kin fields with the standard disclaimer: no personal data",
    },
    # 073 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-073",
        "charset": "cp932",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["ブンショキープ 受託管理センター <center@bunsho-keep.co.jp>"],
        "subject": "保管文書の目録データ（身元保証書 旧台帳）",
        "body": """株式会社ブンショキープ
受託管理センター 御中

お世話になっております。日の出産業 人事部労務課の丸岡です。
今月引き渡した保管箱（箱番号 HS-0081～HS-0083）の目録として、
身元保証書の旧管理台帳（Excel 97-2003形式）をお送りします。
廃棄予定日の管理にお使いください。
""" + SIG_MARUOKA,
        "attachments": [
            {"kind": "xls", "name": "身元保証書管理台帳_2015-2019.xls",
             "sheets": {
                 "台帳": [
                     ["箱番号", "社員氏名", "社員生年月日", "保証人氏名", "保証人住所", "提出日", "廃棄予定"],
                     ["HS-0081", "野沢 拓海", "H5.3.14", "野沢 達夫", "長野県飯田市本町1-12", "2015/04/01", "2027/03"],
                     ["HS-0081", "宇佐美 慎吾", "H4.6.30", "宇佐美 昭", "埼玉県川口市栄町2-11-6", "2015/04/01", "2027/03"],
                     ["HS-0081", "神保 絵里香", "H5.1.9", "神保 芳江", "千葉県松戸市根本7-9", "2015/04/01", "2027/03"],
                     ["HS-0082", "鷲尾 悠", "H6.9.22", "鷲尾 公平", "茨城県水戸市南町3-4-40", "2016/04/01", "2028/03"],
                     ["HS-0082", "久米 沙耶", "H6.4.5", "久米 修", "栃木県宇都宮市大通り1-2-5", "2016/04/01", "2028/03"],
                     ["HS-0082", "曽我部 匡", "S62.10.17", "曽我部 寿一", "大阪府堺市堺区中瓦町2-3-24", "2016/10/01", "2028/09"],
                     ["HS-0083", "泉谷 大輝", "H7.12.1", "泉谷 美穂", "神奈川県横須賀市米が浜通1-8", "2017/04/01", "2029/03"],
                     ["HS-0083", "生駒 翔太", "H8.2.26", "生駒 和彦", "長野県松本市中央2-1-19", "2018/04/01", "2030/03"],
                     ["HS-0083", "熊谷 颯", "H9.7.7", "熊谷 秀樹", "山形県山形市七日町3-6-1", "2019/04/01", "2031/03"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a legacy .xls register of nine employees' birth dates and their guarantors' addresses to a storage vendor: a list of people",
    },
    # 074 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-074",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 川越先生 <kawagoe@shirakawa-law.jp>"],
        "subject": "ご遺族との協議方針（案）について",
        "body": """■■ 機密区分：極秘 ■■　（本メールの転送・印刷はご遠慮ください）

白川法律事務所
川越 先生

いつもお世話になっております。日の出産業の丸岡です。
北上工場の死亡災害に関し、ご遺族との協議に向けた会社方針（案）をお送りします。

1. 労災保険給付に加え、会社規程上の死亡弔慰金・上積み補償を全額支給する
2. 安全配慮義務違反の有無については、労基署の調査結果を待って判断する
3. ご遺族から民事上の請求があった場合の和解水準の目安について、ご助言をいただきたい

7月8日の打合せで詳細をご相談させてください。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is stamped 機密区分：極秘 at the top: a classification marking going out",
    },
    # 075 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-075",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["株式会社ライフネスト 平間様 <hirama@lifenest.co.jp>"],
        "subject": "社宅規程の該当条文について",
        "body": """平間様

お世話になっております。日の出産業の岩渕です。
ご質問の件、社宅規程は社外秘扱いのため規程本文の送付は控えさせていただきますが、
管理業務に関係する要点を以下にまとめます。

・社員負担額：月額賃料の20%（上限35,000円）
・契約上の緊急連絡先：原則として弊社総務部
・退去時の原状回復費：通常損耗は会社負担、故意過失分は社員負担

詳細が必要な場合は、打合せの場で画面共有にてご説明いたします。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that the rules are 社外秘 and are not sent: a mere mention, not a marking on the mail",
    },
    # 076 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-076",
        "charset": "utf-8",
        "sender": "勅使河原 仁 <j-teshigawara@hinode-sangyo.co.jp>",
        "to": ["朝比奈損保 自動車事故受付 <jidosha-jiko@asahina-sonpo.co.jp>"],
        "subject": "社有車事故の報告（フリート契約 FL-55018）",
        "body": """朝比奈損害保険株式会社
自動車事故受付センター 御中

日の出産業 名古屋営業所の勅使河原です。
社有車の追突事故（被害事故）について報告いたします。

【運転者】
　氏名：金森 亮太（かなもり りょうた）
　生年月日：1997年2月3日
　運転免許証番号：第 4615 2208 7713 号（愛知県公安委員会、ゴールド）
【事故】
　日時：2026年6月16日 14:20ごろ
　場所：名古屋市中川区 国道1号 八熊交差点付近
　状況：信号待ち停車中に後続車に追突された
【負傷】
　運転者：頸椎捻挫（全治2週間の見込み、名古屋第一赤十字病院で受診）
【車両】
　名古屋 300 さ 41-07（プリウス）リアバンパー損傷、自走可

相手方は任意保険加入済みと聞いております。
""" + SIG_NAGOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number and his injury (whiplash diagnosis) to a motor insurer: identity number and health data",
    },
    # 077 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-077",
        "charset": "iso-2022-jp",
        "sender": "小田切 美帆 <m-odagiri@hinode-sangyo.co.jp>",
        "to": ["yasushi.hagiwara-0630@docomo.ne.jp"],
        "subject": "身元保証制度についてのご説明資料",
        "body": """萩原 様

日の出産業株式会社 人事部の小田切でございます。
先日はお電話にてご質問をいただき、ありがとうございました。
ご子息の身元保証人をお引き受けいただくにあたり、保証の範囲や期間について
まとめた説明資料をお送りいたします。

保証の上限額（極度額）や期間満了後の扱いなども記載しております。
ご不明な点がございましたら、いつでもお問い合わせください。
""" + SIG_ODAGIRI,
        "attachments": [
            {"kind": "pdf", "name": "身元保証人の皆様へ_説明資料.pdf", "title": "身元保証人の皆様へ",
             "lines": [
                 "身元保証人の皆様へ　―　日の出産業株式会社 人事部",
                 "1. 身元保証とは：社員が故意または重大な過失により会社に損害を与えた場合に、",
                 "   一定の範囲で賠償の責任を負っていただくものです。",
                 "2. 保証期間：入社日から5年間（自動更新はありません）",
                 "3. 極度額：保証書に記載した金額が上限となります",
                 "4. 会社からのご通知：社員の業務内容・勤務地に大きな変更がある場合はお知らせします",
                 "5. お問い合わせ：人事部 採用グループ 03-5542-3172",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a general explanatory PDF to one prospective guarantor on a carrier address: no one's data",
    },
    # 078 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-078",
        "charset": "cp932",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "RE: 【確認依頼】緊急連絡先の相違について",
        "body": """吉永様

ご確認いただきありがとうございます。
ご指摘の1件のみ、社内の最新情報と相違がありましたので訂正いたします。

　羽賀 真央さん　緊急連絡先：羽賀 勝利さん（父）　090-7734-0981
　（「0918」ではなく「0981」が正しい番号です）

その他5名はご記載のとおりで相違ございません。

岩渕

-----Original Message-----
差出人: 吉永 <yoshinaga@kotobuki-shataku.co.jp>
送信日時: 2026年3月24日 10:05
宛先: 岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>
件名: 【確認依頼】緊急連絡先の相違について

岩渕様
管理会社から、下記の緊急連絡先に電話がつながらないと連絡がありました。
念のため6名分を再掲しますので、ご確認ください。

芦沢 隼人 様　　芦沢 正和 様（父）　　090-4418-2705
檜山 ひなた 様　檜山 由紀子 様（母）　080-6620-1193
篠塚 蒼 様　　　篠塚 文江 様（母）　　070-2281-5546
羽賀 真央 様　　羽賀 勝利 様（父）　　090-7734-0918　←つながらず
駒井 琉生 様　　駒井 智子 様（母）　　080-4457-2260
米倉 さくら 様　米倉 隆 様（父）　　　090-1186-6624
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "the six-row list is under -----Original Message----- (quoted); the new text corrects one person's phone: one record, may warn",
    },
    # 079 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-079",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>",
               "東栄ハウジング 賃貸管理部 <kanri@toei-housing.co.jp>"],
        "cc": ["アンシン保証 契約管理 <keiyaku@anshin-hosho.jp>"],
        "subject": "北上市の借上社宅　解約手続きのご相談",
        "body": """関係各社 ご担当者様

お世話になっております。日の出産業 総務部の岩渕です。
北上市内の借上社宅（コーポ本通り 201号室）の入居者が6月に逝去されたため、
賃貸借契約の解約についてご相談させてください。

・ご遺族は7月末までに退去されるご予定です
・解約日は8月末とし、7月・8月分の賃料は弊社で負担します
・家賃保証契約も同日付で解約をお願いします

残置物の扱いなど、ご遺族のご負担にならない形で進めたいと考えております。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (housing agent, landlord's manager, guarantee company) in To/Cc see each other",
    },
    # 080 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-080",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 新川支店 関根様 <sekine@midori-ginkou.co.jp>"],
        "subject": "Re: 弔慰金の振込手続きについて（依頼書送付）",
        "body": """みどり銀行 新川支店
関根様

ご案内ありがとうございます。日の出産業の丸岡です。
個別扱いの依頼書の記載内容を下記のとおりお知らせします。

　振込先：みどり銀行 北上支店 普通預金 3308157
　受取人：ナカジョウ ユカリ（中条 由佳里 様）
　金額　：1,000,000円
　振込日：7月3日（金）

原本は本日、社内便で支店宛に発送いたします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "midori-ginkou.co.jp has an added letter against the partner bank midori-ginko.co.jp: look-alike",
    },
    # 081 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-081",
        "charset": "utf-8",
        "sender": "戸叶 亮 <r.togano@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <donyu-support@tsubasa-system.jp>"],
        "subject": "[TSB-4480] 緊急連絡先画面の項目定義（確定版）",
        "body": """ツバサシステム株式会社
導入支援チーム 御中

お世話になっております。日の出産業の戸叶です。
緊急連絡先画面の項目定義を確定しましたので送付します。
前回からの変更は「家族通知の同意フラグ」の追加と、電話番号の桁数チェックの緩和です。
""" + SIG_TOGANO,
        "attachments": [
            {"kind": "docx", "name": "項目定義書_緊急連絡先_v1.0.docx", "title": "項目定義書 緊急連絡先",
             "paragraphs": ["項目定義書：緊急連絡先（EMG_CONTACT）", "版数 1.0　作成：日の出産業 情報システム部"],
             "tables": [[
                 ["No", "項目名", "物理名", "型", "桁", "必須", "備考"],
                 ["1", "社員番号", "EMP_NO", "文字", "8", "○", "H-で始まる"],
                 ["2", "連絡先氏名", "CONTACT_NAME", "文字", "40", "○", "全角"],
                 ["3", "続柄コード", "RELATION_CD", "コード", "2", "○", "01:配偶者 02:父 03:母 …"],
                 ["4", "電話番号1", "TEL1", "文字", "15", "○", "ハイフン有無どちらも可"],
                 ["5", "電話番号2", "TEL2", "文字", "15", "", ""],
                 ["6", "住所", "ADDRESS", "文字", "120", "", ""],
                 ["7", "家族通知同意", "NOTIFY_AGREE", "フラグ", "1", "○", "0:不同意 1:同意（新規）"],
             ]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a field-definition document for the emergency-contact screen: no one's data",
    },
    # 082 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-082",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 和歌子 <w.kito@hinode-sangyo.co.jp>",
        "to": ["アンピコール サポート <support@anpi-call.jp>"],
        "subject": "訓練時に家族通知が不達だった連絡先の再登録",
        "body": """株式会社アンピコール サポート御中

日の出産業の鬼頭です。
9月の訓練で家族通知が不達（宛先不明・拒否）となった連絡先について、
本人に確認のうえ正しい連絡先を取りまとめました。再登録をお願いします。

・北上工場　漆原 健吾さん　→ 漆原 優子さん（妻）090-3345-8812／yuko.urushihara@outlook.jp
・北上工場　中村 駿さん　　→ 中村 静香さん（母）0197-64-2218／shizuka.nkmr@ezweb.ne.jp
・札幌工場　赤羽 大和さん　→ 赤羽 紗希さん（妻）080-6631-0474／saki.akabane@gmail.com
・札幌工場　冨樫 亜美さん　→ 冨樫 勝さん（父）0138-41-7729／m.togashi@yahoo.co.jp
・本社　　　碓井 孝之さん　→ 碓井 美和さん（妻）090-2214-6638／miwa.usui@icloud.com
・大阪支店　坪井 勇気さん　→ 坪井 友美さん（妻）090-5523-1847／tomomi.tsuboi@gmail.com

登録後、テスト配信の可否をご連絡ください。
""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "bulleted list of six family members' phones and private e-mails to the safety-confirmation vendor: a list of people",
    },
    # 083 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-083",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["旅プラネット 法人旅行センター 栗林様 <kuribayashi@tabi-planet.co.jp>"],
        "subject": "【至急】バンコク行き航空券の手配（社員ご家族）",
        "body": """旅プラネット株式会社
法人旅行センター 栗林様

日の出産業 人事部の堀江です。至急の手配をお願いいたします。

タイ駐在中の弊社社員 日向 慎之介 がバンコク市内で交通事故に遭い、
頭部外傷で現地の病院の集中治療室に入院しております。
ご家族が急ぎ渡航されるため、最短の便の手配をお願いします（費用は弊社負担）。

渡航者：日向 千鶴子（ひなた ちづこ）様　※社員の母
生年月日：1961年4月18日
旅券番号：TR8817206（有効期限 2030年5月）
連絡先：090-2217-6684
出発：羽田または成田、本日夜以降の最短便
帰国：オープン

現地空港から病院までの送迎も手配いただけると助かります。
""" + SIG_HORIE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a family member's passport number and the employee's head injury and ICU stay to a travel agency",
    },
    # 084 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-084",
        "charset": "iso-2022-jp",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 岡部様 <okabe.jinji@kawasaki-denki.co.jp>"],
        "cc": ["北国フーズ 総務部 大泉様 <oizumi@kitaguni-foods.co.jp>"],
        "subject": "出向者の事故時連絡フロー　三社打合せの件",
        "body": """川崎電機株式会社 岡部様
北国フーズ株式会社 大泉様

お世話になっております。日の出産業 人事部の堀江です。
三社間の出向者について、業務中の事故・急病時に「どの会社が、いつ、ご家族に連絡するか」
を整理したく、打合せの場を設けさせてください。

日時：7月22日（水）15:00～16:00
場所：オンライン（Teams、招待は別途お送りします）
議題：
　1. 出向先で事故があった場合の第一報（出向先→出向元→家族）
　2. 家族への連絡担当者と、連絡内容の範囲
　3. 労災申請の窓口

資料は前日までに共有いたします。
""" + SIG_HORIE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a meeting mail to two partner organisations (To + Cc): ordinary three-way mail, no personal data",
    },
    # 085 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-085",
        "charset": "cp932",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["テンプブリッジ 派遣営業部 <haken-eigyo@tempbridge.co.jp>"],
        "subject": "派遣スタッフ身元確認書類の件",
        "body": """株式会社テンプブリッジ
派遣営業部 ご担当者様

日の出産業 人事部の堀江です。
ご依頼の派遣スタッフ身元確認書類一式を、パスワード付きZIPでお送りします。
パスワードは、いつものとおり別途お電話にてお伝えします。
""" + SIG_HORIE,
        "attachments": [
            {"kind": "zip", "name": "身元確認書類_0715.zip", "password": "tB-0715-hs",
             "files": [
                 {"kind": "xlsx", "name": "身元確認一覧.xlsx",
                  "sheets": {"一覧": [["氏名", "緊急連絡先"], ["（省略）", "（省略）"]]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "an AES-encrypted ZIP: the content cannot be inspected",
    },
    # 086 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-086",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["しらかば通り内科 産業医 平野先生 <hirano@shirakaba-naika.jp>"],
        "subject": "復職面談のお願い（北上工場 漆原さん）",
        "body": """しらかば通り内科クリニック
平野 先生

いつもお世話になっております。日の出産業 人事部労務課の丸岡です。
下記社員の復職面談をお願いいたします。

　氏名：漆原 健吾（製造部 第二課）
　休業理由：業務中の左手指骨折（6月3日受傷、労災）
　既往歴：2型糖尿病（内服治療中、本人申告）
　主治医意見：7月6日より軽作業での就労可
　家族の同席希望：奥様（漆原 優子さん 090-3345-8812）が同席を希望

面談は7月2日（木）14時、北上工場の健康管理室を予定しております。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an employee's injury and chronic disease (diabetes) with his wife's phone to an outside occupational physician",
    },
    # 087 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-087",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["momose.kazuko@outlook.jp"],
        "subject": "Re: 身元保証人の辞退について",
        "body": """百瀬 様

ご連絡ありがとうございます。日の出産業 人事部の堀江でございます。

お問い合わせの件、身元保証の期間は保証書に記載の満了日までとなっており、
期間満了後に自動で更新されることはございません。
今回の更新をお引き受けいただけない場合でも、ご子息の勤務に影響することはありませんので、
どうぞご安心ください。その場合は、ご本人と別の方法について相談いたします。

お手元の更新用紙は、お手数ですが破棄していただいて差し支えございません。

> 息子の身元保証人を続けるかどうか迷っています。
> 年齢のこともあり、辞退することはできるのでしょうか。
""" + SIG_HORIE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "answers one guarantor's question on free mail; no records or sensitive data",
    },
    # 088 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-088",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["日本レントセーフ 契約管理課 <keiyaku@rentsafe.co.jp>"],
        "subject": "法人契約 対象物件一覧（2026年7月時点）",
        "body": """日本レントセーフ株式会社
契約管理課 御中

お世話になっております。日の出産業の岩渕です。
法人契約の対象物件を一覧にしましたので、貴社の管理台帳との突合をお願いいたします。
入居者の情報は含めておりません。
""" + SIG_IWABUCHI,
        "attachments": [
            {"kind": "csv", "name": "taisho_bukken_202607.csv", "encoding": "utf-8",
             "rows": [
                 ["保証契約番号", "物件名", "号室", "所在地", "管理会社", "月額賃料", "保証開始日"],
                 ["RS-6620881", "パークサイド板橋", "301", "東京都板橋区板橋2-51-4", "城北不動産", "92000", "2024-04-01"],
                 ["RS-6620902", "リバーコート北千住", "504", "東京都足立区千住旭町11-2", "東栄ハウジング", "88000", "2024-04-01"],
                 ["RS-6621077", "メゾン東陽町", "210", "東京都江東区東陽4-8-16", "東栄ハウジング", "95000", "2024-10-01"],
                 ["RS-6621103", "アーバン西葛西", "707", "東京都江戸川区西葛西6-22-5", "湾岸リビング", "86000", "2025-04-01"],
                 ["RS-6621245", "コンフォート川崎", "1102", "神奈川県川崎市川崎区砂子1-4-7", "京浜住宅管理", "99000", "2025-04-01"],
                 ["RS-6621310", "ルミエール大宮", "402", "埼玉県さいたま市大宮区宮町3-15", "埼京ハウジング", "78000", "2025-10-01"],
                 ["RS-6628104", "グレイス練馬", "203", "東京都練馬区豊玉北5-19-3", "東栄ハウジング", "84000", "2026-04-01"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a CSV of leased apartments (buildings, rents, contract numbers), no tenants: a list of properties, not people",
    },
    # 089 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-089",
        "charset": "cp932",
        "sender": "戸叶 亮 <r.togano@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <donyu-support@tsubasa-system.jp>"],
        "subject": "【取扱注意】緊急連絡先データのアクセス権限設計",
        "body": """ツバサシステム株式会社 導入支援チーム御中

日の出産業の戸叶です。
緊急連絡先データの閲覧権限について、社内で合意した設計書を共有します。
ロール定義の実装可否をご確認ください。
""" + SIG_TOGANO,
        "attachments": [
            {"kind": "docx", "name": "権限設計書_緊急連絡先.docx", "page_header": "取扱注意",
             "paragraphs": [
                 "緊急連絡先データ アクセス権限設計書",
                 "1. 人事部：全社員の緊急連絡先を参照・更新可",
                 "2. 所属長：自部署の社員のみ、災害・事故発生時に限り参照可（参照ログを記録）",
                 "3. 安全管理室：事故発生時に限り全社参照可",
                 "4. 本人：自分の登録内容のみ参照・変更申請可",
                 "5. 参照ログは3年間保存し、四半期ごとに人事部が点検する",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and document header carry 取扱注意: a handling marking on mail to the partner vendor",
    },
    # 090 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-090",
        "charset": "iso-2022-jp",
        "sender": "辻本 みのり <m.tsujimoto@hinode-sangyo.co.jp>",
        "to": ["スタッフユニオン 大阪営業所 前園様 <maezono@staff-union.co.jp>"],
        "subject": "新規就業の派遣スタッフ様　緊急連絡先の確認",
        "body": """前園様

お世話になっております。日の出産業 大阪支店の辻本です。
8月3日から就業予定の派遣スタッフ様について、初日オリエンテーション用に
緊急連絡先を確認させてください。貴社ご登録の内容と合っていますでしょうか。

　スタッフ氏名：能登 萌々香 様
　緊急連絡先　：能登 正人 様（父）　０７６－２６３－５１１８

相違がなければ、ご返信は不要です。
""" + SIG_OSAKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one dispatched worker's family phone to her own agency: one person's record, may warn",
    },
    # 091 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-091",
        "charset": "iso-2022-jp",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["ホームガード保証 名古屋支店 <nagoya@homeguard-hosho.co.jp>"],
        "subject": "本人確認書類の件（外崎 健 様 お申込み分）",
        "body": """株式会社ホームガード保証
名古屋支店 ご担当者様

お世話になっております。日の出産業 総務課の岩渕です。
申込番号 HG-N-30417 について、本人確認書類の情報をお知らせいたします。
本人は運転免許証を持っていないため、健康保険証で確認いたしました。

　氏名　　：外崎 健（とのさき けん）
　生年月日：Ｓ５８．１２．１４
　住所　　：北海道札幌市中央区北二条西18-2-7 北二条パレス704
　被保険者証：日の出産業健康保険組合　記号 ３３　番号 ６１２
　　　　　　　保険者番号 06139874

コピーが必要な場合は郵送いたします。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "an employee's health-insurance card symbol and number as ID to a guarantee company: an identity document number",
    },
    # 092 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-092",
        "charset": "utf-8",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["吉永 様 <yoshinaga@kotobuki-shataku.co.jp>"],
        "subject": "アンシン保証の新しいご担当者について",
        "body": """吉永様

お世話になっております。岩渕です。
アンシン保証の弊社担当が7月から交代になりましたので、連絡先を共有します。
今後、審査状況の確認などはこちらに直接お問い合わせいただいて構いません。

　株式会社アンシン保証 審査部 法人審査グループ
　主任　真田 優希 様
　TEL 03-6911-4833（直通）／ sanada.y@anshin-hosho.jp
　〒160-0023 東京都新宿区西新宿3-9-2 新宿アイランドウイング12F

引き続きよろしくお願いいたします。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one business contact at a partner company (office phone, work e-mail, office address): not personal data in the policy sense",
    },
    # 093 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-093",
        "charset": "utf-8",
        "sender": "勅使河原 仁 <j-teshigawara@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 千歳工場 見学受付 <kengaku-chitose@kitaguni-foods.co.jp>"],
        "subject": "工場見学の参加者（7/28 日の出産業 名古屋営業所）",
        "body": """北国フーズ株式会社 千歳工場
見学受付ご担当者様

いつもお世話になっております。日の出産業 名古屋営業所の勅使河原です。
7月28日の工場見学の参加者をお知らせします。当日の連絡先は各自の携帯です。

  氏名          携帯
  ------------  -------------
  長谷部 孝     080-4426-1051
  舟橋 涼子     080-2290-3344
  大野木 卓     070-5518-2205

衛生管理のための事前健康チェック票は、当日受付で記入いたします。
""" + SIG_NAGOYA,
        "html": """<html><body>
<p>北国フーズ株式会社 千歳工場<br>見学受付ご担当者様</p>
<p>いつもお世話になっております。日の出産業 名古屋営業所の勅使河原です。<br>
7月28日の工場見学の参加者をお知らせします。当日の連絡先は各自の携帯です。</p>
<table border="1"><tr><th>氏名</th><th>携帯</th></tr>
<tr><td>長谷部 孝</td><td>080-4426-1051</td></tr>
<tr><td>舟橋 涼子</td><td>080-2290-3344</td></tr>
<tr><td>大野木 卓</td><td>070-5518-2205</td></tr></table>
<p>衛生管理のための事前健康チェック票は、当日受付で記入いたします。</p>
<p>日の出産業株式会社 名古屋営業所 所長 勅使河原 仁<br>TEL 052-201-6650</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with their mobiles (text + HTML alternative) to a partner: a short attendee list, may warn",
    },
    # 094 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-094",
        "charset": "iso-2022-jp",
        "sender": "小田切 美帆 <m-odagiri@hinode-sangyo.co.jp>",
        "to": ["人事システム担当 <hr-system@mail.hinode-sangyo.co.jp>"],
        "subject": "身元保証書 回収状況（4月入社者）",
        "body": """人事システム担当さま

採用グループの小田切です。4月入社者の身元保証書の回収状況です。
システムへの登録をお願いします。

氏名　　　　保証人　　　　続柄　保証人住所　　　　　　　　　　　保証人電話
芦沢 隼人　芦沢 正和　　　父　　山梨県甲府市朝日3-8-21　　　　090-4418-2705
檜山 ひなた　檜山 由紀子　母　　秋田県横手市駅前町5-14　　　　080-6620-1193
篠塚 蒼　　篠塚 文江　　　母　　群馬県太田市飯田町1120-3　　　070-2281-5546
羽賀 真央　羽賀 勝利　　　父　　新潟県長岡市殿町2-6-9　　　　090-7734-0981
駒井 琉生　駒井 智子　　　母　　静岡県沼津市大手町4-1-17-302　080-4457-2260
米倉 さくら　（未回収）
石黒 奏翔　石黒 徹　　　　父　　埼玉県熊谷市筑波1-95　　　　　048-521-3306
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "a guarantor list, but the only recipient is an internal subdomain (mail.hinode-sangyo.co.jp): stays inside",
    },
    # 095 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-095",
        "charset": "utf-8",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["藤ヶ谷 健 <k-fujigaya@hinode-sangy0.co.jp>"],
        "subject": "赤羽さんの件：ご家族との連絡窓口",
        "body": """藤ヶ谷さん

お疲れさまです。丸岡です。
赤羽さんのご家族との連絡窓口を、今後は札幌工場総務に一本化します。
奥様の連絡先は以下です。労災の書類の件は私から連絡済みです。

　赤羽 紗希さん（妻）080-6631-0474
　※日中はお仕事のため、18時以降の連絡を希望されています

よろしくお願いします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "hinode-sangy0.co.jp uses a zero for o: a homoglyph of the company's own domain",
    },
    # 096 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-096",
        "charset": "iso-2022-jp",
        "sender": "丸岡 真一 <shinichi.maruoka@hinode-sangyo.co.jp>",
        "to": ["kengo.urushihara@gmail.com"],
        "subject": "労災申請書類の控え（ご本人保管用）",
        "body": """漆原 健吾さん

お疲れさまです。人事部労務課の丸岡です。
ご依頼のあった労災申請書類の控えの内容を、ご自宅で確認できるようにお送りします。

　様式第5号（療養補償給付）
　　傷病名：左手第3・第4指 中節骨骨折、左手背挫創
　　療養機関：県立北上中央病院 整形外科
　様式第8号（休業補償給付）
　　休業期間：6月4日～7月5日（32日間）

紙の控えは復職時にお渡しします。会社のアドレスが使えない間の暫定的な対応です。
""" + SIG_MARUOKA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "the employee's own injury details sent to his own private address at his request: health data, but to the data subject",
    },
    # 097 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-097",
        "charset": "cp932",
        "sender": "岩渕 恭平 <k-iwabuchi@hinode-sangyo.co.jp>",
        "to": ["yukari.nakajo@softbank.ne.jp"],
        "subject": "社宅のお手続きについて（日の出産業 総務部）",
        "body": """中条 由佳里 様

このたびはご愁傷さまでございます。心よりお悔やみ申し上げます。
日の出産業 総務部で社宅を担当しております岩渕でございます。

お住まいの社宅につきましては、ご家族のご負担にならないよう、
解約日は8月末とし、それまでの賃料は会社で負担いたします。
お引越しの日程が決まりましたら、ご都合のよいときにご連絡ください。
引越業者の手配や、残されたお荷物の処分についても、会社でお手伝いできます。

どうぞご無理をなさいませんよう、お体を大切になさってください。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a condolence and housing-procedure mail to one bereaved spouse on a carrier address: no records, no sensitive detail",
    },
    # 098 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-098",
        "charset": "iso-2022-jp",
        "sender": "勅使河原 仁 <j-teshigawara@hinode-sangyo.co.jp>",
        "to": ["takuya.hiramoto88@gmail.com",
               "大和第一損保 名古屋サービスセンター <nagoya-sc@yamato-daiichi-sonpo.co.jp>"],
        "cc": ["朝比奈損保 自動車事故受付 <jidosha-jiko@asahina-sonpo.co.jp>"],
        "subject": "6/16 八熊交差点付近の事故に関する連絡",
        "body": """関係者各位

日の出産業 名古屋営業所の勅使河原です。
6月16日の追突事故について、当事者間の連絡を円滑にするため、
関係者の皆様に同じ内容をお送りします。

・弊社車両の修理見積もりは、6月24日までに朝比奈損保様へ提出いたします
・弊社運転者の通院状況は、保険会社間でご確認ください
・今後のご連絡は、原則として保険会社様経由でお願いいたします

平本様には、事故当日の迅速なご対応に感謝申し上げます。
""" + SIG_NAGOYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a private person and two insurers in To/Cc can all see each other: three external parties",
    },
    # 099 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-099",
        "charset": "utf-8",
        "sender": "堀江 沙織 <s-horie@hinode-sangyo.co.jp>",
        "to": ["人事制度研究会 事務局 <jimukyoku@jinji-seido-ken.or.jp>"],
        "subject": "身元保証制度アンケートの回答",
        "body": """人事制度研究会 事務局 御中

日の出産業株式会社 人事部の堀江です。
会員企業アンケート「身元保証制度の運用実態」への弊社回答を、HTMLファイルでお送りします。
集計結果は匿名で会員に共有されると伺っておりますので、そのまま掲載いただいて結構です。
""" + SIG_HORIE,
        "attachments": [
            {"kind": "html", "name": "アンケート回答_日の出産業.html",
             "html": """<html><head><meta charset="utf-8"><title>アンケート回答</title></head><body>
<h2>身元保証制度の運用実態アンケート　回答</h2>
<table border="1">
<tr><th>設問</th><th>回答</th></tr>
<tr><td>Q1 身元保証書の提出を求めていますか</td><td>はい（全社員）</td></tr>
<tr><td>Q2 保証人の人数</td><td>1名</td></tr>
<tr><td>Q3 極度額の定め方</td><td>一律300万円（見直し検討中）</td></tr>
<tr><td>Q4 保証期間満了時の更新</td><td>更新を依頼（提出率 約90%）</td></tr>
<tr><td>Q5 保証人を立てられない社員への対応</td><td>個別相談（法人保証サービスを検討中）</td></tr>
<tr><td>Q6 過去5年間の保証人への請求実績</td><td>1件（係争中のため詳細は回答不可）</td></tr>
</table></body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an HTML survey answer about company practice: no individuals",
    },
    # 100 -----------------------------------------------------------------------------
    {
        "id": "hoshonin-100",
        "charset": "iso-2022-jp",
        "sender": "藤ヶ谷 健 <k-fujigaya@hinode-sangyo.co.jp>",
        "to": ["ほくよう寮サービス 管理課 <kanri@hokuyo-ryo.co.jp>"],
        "subject": "札幌工場 独身寮の入寮予定と部屋割り（10月）",
        "body": """株式会社ほくよう寮サービス
管理課 御中

いつもお世話になっております。日の出産業 札幌工場の藤ヶ谷です。
10月の入寮予定と部屋割りをお送りします。個人名は入寮時にお知らせします。

棟     部屋番号          入寮予定   人数  備考
-----  ----------------  ---------  ----  ---------------------
A棟    201, 202, 205     10/1       3     新卒（技術職）
A棟    308               10/5       1     中途入社
B棟    104               10/1       1     転勤者（本社から）
B棟    210, 211          10/12      2     出向受入（北国フーズ）

寮費・食事の開始日は入寮日からでお願いします。
緊急時の連絡先は、従来どおり札幌工場総務（011-862-4410）です。
""" + SIG_SAPPORO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "room allocations and head counts without names: no people's records",
    },
]
