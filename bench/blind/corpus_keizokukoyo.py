"""Blind evaluation corpus, area "keizokukoyo": the mail of Hinode Sangyo's re-employment
desk (継続雇用・再雇用) — eligibility checks for staff reaching the retirement age of 60,
coordination of in-service old-age pension and the high-age continued-employment benefit
with a labour and social security attorney, reduced-hours contracts, health conditions of
older workers and the occupational physician, and contracts with the group staffing
subsidiary (サンライズ・スタッフィング) — written blind from BRIEF.md, build.py's message
format and SPEC.md only, without reading mailguard's code, rules, tests or other corpora.
"""

from build import card_number, my_number

SEED = 57601

# -- signatures and disclaimers of the people who write this mail ------------------------

SIG_OKOCHI = """
――――――――――――――――――――――――
日の出産業株式会社　人事部　労務グループ（継続雇用担当）
大河内　亮（おおこうち　りょう）
〒141-0032 東京都品川区大崎9-8-7 日の出ビル5F
TEL：03-5487-2210（代表）　内線：4127
Mail：r.okochi@hinode-sangyo.co.jp
――――――――――――――――――――――――
"""

SIG_SOMA = """
--
日の出産業株式会社
人事部 人事企画課 課長代理　相馬 千景
TEL 03-5487-2214 / FAX 03-5487-2299
c.soma@hinode-sangyo.co.jp
"""

SIG_SETOGUCHI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 総務部 安全衛生室
保健師　瀬戸口 由梨
〒141-0032 品川区大崎9-8-7　TEL 03-5487-2230（直通）
y.setoguchi@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_SASAKURA = """
------------------------------------------------
日の出産業株式会社　経理部　給与課
笹倉 公平　Kohei Sasakura
TEL:03-5487-2241　FAX:03-5487-2298
k.sasakura@hinode-sangyo.co.jp
------------------------------------------------
"""

SIG_MIKOSHIBA = """
日の出産業株式会社
取締役 人事部長　御子柴 隆
〒141-0032 東京都品川区大崎9-8-7
TEL 03-5487-2201
"""

SIG_ASHIHARA = """
===================================
日の出産業株式会社 情報システム部
芦原 聡（Satoshi Ashihara）
内線 5530 / 外線 03-5487-2530
s.ashihara@hinode-sangyo.co.jp
===================================
"""

SIG_KIRYU = """
日の出産業株式会社 総務部 総務課
（日の出OB会 事務局）　桐生 美帆
TEL 03-5487-2260
m.kiryu@hinode-sangyo.co.jp
"""

SIG_EN_SOMA = """
Best regards,

Chikage Soma
Deputy Manager, HR Planning
Hinode Sangyo Co., Ltd.
9-8-7 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
Tel +81-3-5487-2214
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited.
"""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "keizokukoyo-001",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "令和9年度 定年到達者の継続雇用希望調査結果の送付",
        "body": """社会保険労務士法人みなと労務パートナーズ
宇佐美先生

いつも大変お世話になっております。
日の出産業 人事部の大河内です。

先日ご相談いたしました令和9年度（2027年度）定年到達者の継続雇用希望調査について、
回答が揃いましたので一覧をお送りいたします。
再雇用後の賃金設計と、高年齢雇用継続給付の見込み確認にご利用ください。

　添付：R9定年到達者_継続雇用希望調査.csv（7名分）

希望区分の「短時間」は週30時間以内の勤務を希望している者です。
「未定」の2名は11月中に再面談を予定しております。

ご不明点がございましたらお知らせください。
よろしくお願いいたします。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "csv", "name": "R9定年到達者_継続雇用希望調査.csv", "encoding": "cp932",
             "rows": [
                 ["社員番号", "氏名", "フリガナ", "生年月日", "定年到達日", "所属", "希望区分", "現住所"],
                 ["H08812", "百目鬼 正晴", "ドウメキ マサハル", "1967/04/18", "2027/04/18", "製造部 第一課", "フルタイム", "埼玉県川口市芝園町4-17-203"],
                 ["H09104", "勅使河原 みどり", "テシガワラ ミドリ", "1967/06/02", "2027/06/02", "経理部", "短時間", "東京都大田区西六郷2-31-8"],
                 ["H09233", "鰐淵 康夫", "ワニブチ ヤスオ", "1967/07/29", "2027/07/29", "物流センター", "フルタイム", "神奈川県横浜市鶴見区下末吉6-3-11"],
                 ["H09317", "南雲 孝", "ナグモ タカシ", "1967/09/11", "2027/09/11", "品質保証部", "未定", "千葉県市川市南八幡3-9-5-402"],
                 ["H09455", "湯浅 則子", "ユアサ ノリコ", "1967/11/25", "2027/11/25", "総務部", "短時間", "東京都町田市金森東1-22-6"],
                 ["H09580", "畔柳 誠一", "クロヤナギ セイイチ", "1968/01/07", "2028/01/07", "営業部 東日本課", "フルタイム", "東京都練馬区高松5-8-14"],
                 ["H09602", "甲斐 修二", "カイ シュウジ", "1968/03/30", "2028/03/30", "製造部 第二課", "未定", "埼玉県所沢市小手指町2-40-1"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV of 7 retirement-age employees with birth dates and home addresses to an outside labour attorney: list of people",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "keizokukoyo-002",
        "charset": "iso-2022-jp",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["n.usami@minato-roumu.jp"],
        "subject": "継続雇用規程 改定打合せの日程候補",
        "body": """宇佐美様

お世話になっております。日の出産業の相馬でございます。

継続雇用規程および再雇用嘱託就業規則の改定について、
一度お打合せのお時間を頂戴できればと存じます。
下記の候補日時でご都合はいかがでしょうか。

　① 12月3日（木）14:00～15:30
　② 12月7日（月）10:00～11:30
　③ 12月9日（水）15:00～16:30

場所は弊社5階の第2会議室、またはオンライン（Teams）のいずれでも結構です。
議題は次の3点を予定しております。
　・70歳までの就業確保措置（努力義務）への対応方針
　・短時間勤務パターンの追加（週3日／週4日）
　・グループ会社（サンライズ・スタッフィング）への転籍型再雇用の整理

ご検討のほど、よろしくお願い申し上げます。
""" + SIG_SOMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting request to the labour attorney about revising the re-employment rules; no personal data",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "keizokukoyo-003",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "cc": ["r.okochi@hinode-sangyo.co.jp"],
        "subject": "【手続依頼】高年齢雇用継続基本給付金 初回申請（鴨志田様分）",
        "body": """宇佐美先生

お世話になっております。日の出産業の大河内です。
10月に定年再雇用となった下記1名につき、高年齢雇用継続基本給付金の
初回申請手続をお願いいたします。賃金台帳と出勤簿は別便でお送りします。

■対象者
　氏名　　　：鴨志田 英明（カモシダ ヒデアキ）
　生年月日　：昭和41年10月3日
　雇用保険被保険者番号：5012-487316-4
　個人番号　：""" + my_number(SEED + 1) + """
　60歳到達時賃金（月額）：412,000円
　再雇用後賃金（月額）：258,000円（低下率 62.6%）

支給申請書への個人番号記載が必要とのことでしたので、本人確認書類の写しは
郵送にて後日お届けいたします。

以上、よろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "My Number of a re-employed employee in the body of a benefit application request to an outside attorney",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "keizokukoyo-004",
        "charset": "cp932",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "芹沢さんの配置先についての配慮事項",
        "body": """株式会社サンライズ・スタッフィング
派遣事業部　北条様

いつもお世話になっております。日の出産業 安全衛生室の瀬戸口です。

12月から貴社経由で物流センターに再雇用派遣となる芹沢 亘さん（製造部OB、61歳）について、
産業医面談の結果を踏まえた配慮事項をお伝えします。

・本年6月に狭心症でカテーテル治療（ステント留置）を受けており、現在も抗血小板薬を服用中です。
・産業医意見：夜勤・交替勤務は不可、重量物（15kg超）の取扱いは避けること。
・月1回の循環器内科通院のため、第2水曜午後は休暇取得を認めてください。

配置先の責任者の方には必要な範囲でのみ共有いただけますと幸いです。
何かございましたら私まで直接ご連絡ください。
""" + SIG_SETOGUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named re-employed worker's heart condition, treatment and medication sent to the staffing subsidiary: sensitive data of one person",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "keizokukoyo-005",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "Re: シニア人材派遣の料金体系について",
        "body": """北条様

お世話になっております。相馬です。
料金体系のご提示ありがとうございました。社内検討用に、いただいた内容を
弊社の職種区分に当てはめた表を作成しましたので、齟齬がないかご確認ください。

・添付の「シニア派遣_料金対照表.xlsx」の「職種別」シートが本件の比較表です。
・「交通費」シートは実費精算の上限案です。

来年度の予算申請に使いますので、11月20日までにご回答いただけると助かります。

> 相馬様
> 標準料金は事務系 2,150円／時、軽作業 1,980円／時、技能系 2,600円／時となります。
> 短時間（週20時間未満）の場合は1時間あたり150円の加算がございます。
> 北条
""" + SIG_SOMA,
        "attachments": [
            {"kind": "xlsx", "name": "シニア派遣_料金対照表.xlsx", "title": "シニア派遣 料金対照表",
             "sheets": {
                 "職種別": [
                     ["2027年度 シニア人材派遣 料金対照表（案）"],
                     [],
                     ["職種区分", "弊社区分", "標準時給単価", "短時間加算", "備考"],
                     ["事務系", "一般職 E2", 2150, 150, "経理補助・庶務"],
                     ["軽作業", "技能職 G1", 1980, 150, "検品・梱包"],
                     ["技能系", "技能職 G3", 2600, 150, "設備保全・フォークリフト"],
                     ["指導職", "専門職 S1", 3100, 0, "技能伝承・OJT指導"],
                 ],
                 "交通費": [
                     ["区分", "上限（月額）"],
                     ["公共交通機関", 30000],
                     ["自家用車", 18000],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price comparison table with the staffing subsidiary; business data only",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "keizokukoyo-006",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["鬼頭 健吾 <k.kito@hinode-sangyou.co.jp>"],
        "subject": "大阪支社の継続雇用面談の進め方",
        "body": """鬼頭さん

おつかれさまです。本社人事の大河内です。

来月から大阪支社でも定年到達者との継続雇用面談が始まりますので、
本社での進め方を共有します。

1. 面談は定年到達の6か月前までに実施（本人＋所属長＋人事）
2. 面談シートは共有フォルダ「継続雇用/様式」の最新版（v3.2）を使用
3. 希望勤務形態・賃金・業務内容の3点は必ずその場で書面確認
4. 解雇事由・退職事由に該当しうるケースは、面談前に本社人事へ相談

面談シートの記入例は後ほど別メールで送ります。
不明点があれば内線でどうぞ。

大河内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "internal colleague addressed at hinode-sangyou.co.jp, a look-alike of the company's own domain (letter added)",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "keizokukoyo-007",
        "charset": "cp932",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["かえで健診センター 法人窓口 <houjin@kaede-kenshin.or.jp>",
               "あおぞらクリニック 健診課 <kenshin@aozora-clinic.jp>",
               "緑が丘健診プラザ <info@midorigaoka-kenshin.or.jp>"],
        "subject": "60歳以上従業員向け健診オプションのお見積りご依頼",
        "body": """各位

突然のご連絡失礼いたします。
日の出産業株式会社 総務部安全衛生室の瀬戸口と申します。

弊社では継続雇用者（60歳以上）の増加に伴い、来年度の定期健康診断に
下記のオプション検査を追加することを検討しております。
つきましては、お見積りをお願いできませんでしょうか。

　対象人数：約140名（本社・品川地区）
　実施時期：2027年5月～7月
　追加希望：骨密度測定、頸動脈エコー、認知機能チェック（簡易）、眼底検査

ご回答は11月27日（金）までにいただけますと幸いです。
どうぞよろしくお願いいたします。
""" + SIG_SETOGUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "request for quotations sent to three competing health-check providers openly in To: three external parties see each other",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "keizokukoyo-008",
        "charset": "iso-2022-jp",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["一般社団法人 高年齢者活躍推進協会 調査係 <chosa@koukatsu.or.jp>"],
        "subject": "Re: 「高年齢者の雇用状況に関する実態調査」ご回答",
        "body": """高年齢者活躍推進協会
調査ご担当者様

お世話になっております。日の出産業株式会社 人事企画課の相馬でございます。
標記調査につき、下記のとおり回答いたします（2026年10月1日現在）。

　常用労働者数　　　　　　　　　　　　　1,284名
　うち60～64歳　　　　　　　　　　　　　　118名
　うち65～69歳　　　　　　　　　　　　　　 41名
　うち70歳以上　　　　　　　　　　　　　　  6名
　過去1年間の定年到達者　　　　　　　　　 52名
　　うち継続雇用者　　　　　　　　　　　　 47名（90.4％）
　　うち継続雇用を希望しなかった者　　　　  5名
　　うち継続雇用されなかった者（希望者）　  0名
　就業確保措置の実施状況：継続雇用制度の導入（70歳まで、基準なし）

設問12（自由記述）は添付の回答票に記入しております。
ご確認のほどよろしくお願いいたします。
""" + SIG_SOMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate headcounts by age band for an association survey; statistics, no individuals",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "keizokukoyo-009",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "12月 短時間再雇用者の勤務シフト（連絡先つき）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>北条様</p>
<p>いつもお世話になっております。日の出産業の大河内です。<br>
12月から物流センターに派遣いただく短時間勤務の再雇用者について、
シフトと緊急連絡先を下表にまとめました。現場リーダーへの共有をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>勤務曜日</th><th>時間帯</th><th>携帯電話</th><th>緊急連絡先</th></tr>
<tr><td>小鳥遊 文雄</td><td>月・水・金</td><td>9:00-15:00</td><td>090-4418-2276</td><td>048-263-5519（自宅）</td></tr>
<tr><td>東海林 澄江</td><td>火・木</td><td>9:00-16:00</td><td>080-3952-0187</td><td>080-3952-0881（夫）</td></tr>
<tr><td>薬師寺 勝</td><td>月～木</td><td>13:00-18:00</td><td>070-2264-8831</td><td>044-911-7720（自宅）</td></tr>
<tr><td>五十嵐 仁志</td><td>水・金</td><td>8:30-14:30</td><td>090-7310-6645</td><td>090-7310-6002（妻）</td></tr>
<tr><td>一ノ瀬 トミ子</td><td>月・火・木</td><td>10:00-15:00</td><td>080-6627-4410</td><td>03-3758-2291（自宅）</td></tr>
<tr><td>雲母 辰夫</td><td>金・土</td><td>9:00-17:00</td><td>090-1183-9962</td><td>090-1183-9070（長男）</td></tr>
</table>
<p>ご不明な点はご連絡ください。</p>
<p>--<br>日の出産業株式会社 人事部 労務グループ<br>大河内 亮<br>TEL 03-5487-2210 内線4127</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of six re-employed part-timers with mobile and emergency phone numbers to the staffing subsidiary: list of people",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "keizokukoyo-010",
        "charset": "iso-2022-jp",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "再雇用者賃金設計データ送付（パスワード別送）",
        "body": """みなと労務パートナーズ
宇佐美様

お世話になっております。日の出産業 給与課の笹倉です。

ご依頼のありました再雇用者の賃金設計用データを送付いたします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

　添付ファイル：再雇用者_賃金設計_202612.zip

ご確認よろしくお願いいたします。
""" + SIG_SASAKURA,
        "attachments": [
            {"kind": "zip", "name": "再雇用者_賃金設計_202612.zip", "password": "Hn2612#wage",
             "files": [
                 {"kind": "xlsx", "name": "賃金設計.xlsx", "sheets": {"一覧": [
                     ["社員番号", "氏名", "生年月日", "60歳時基本給", "再雇用後基本給"],
                     ["H08812", "百目鬼 正晴", "1967-04-18", 398000, 251000],
                     ["H09233", "鰐淵 康夫", "1967-07-29", 376000, 240000],
                     ["H09580", "畔柳 誠一", "1968-01-07", 421000, 268000],
                 ]}}
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the labour attorney: the attachment cannot be inspected",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "keizokukoyo-011",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "派遣登録のお願い（1月1日付 転籍再雇用 1名）",
        "body": """サンライズ・スタッフィング 管理部
生田目様

お世話になっております。日の出産業 人事部の大河内です。

1月1日付で貴社へ転籍のうえ再雇用となる方の登録をお願いいたします。
ご本人には貴社から登録案内が届く旨を伝えてあります。

　氏名：桐谷 宗一郎（きりたに そういちろう）
　携帯：090-5127-3384
　メール：soichiro.kiritani@example-mail.jp
　現所属：品質保証部 主任（12月31日付で定年退職）
　希望：週4日・1日7時間、検査業務

雇用契約書のひな形は先日お送りしたものをご利用ください。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "contact details of a single person transferring to the subsidiary: one record, may be warned but goes",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "keizokukoyo-012",
        "charset": "cp932",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "在職老齢年金の支給停止額試算のお願い",
        "body": """宇佐美先生

いつもお世話になっております。日の出産業 給与課の笹倉です。

再雇用後の賃金額を決めるにあたり、在職老齢年金の支給停止がどの程度になるか
試算をお願いしたい社員がおります。本人の同意は取得済みです。

　氏名：　　　　　畔柳　誠一
　生年月日：　　　昭和４３年１月７日
　基礎年金番号：　４２１５－６０８３７２
　再雇用後の予定：月額給与 268,000円、賞与 年2回 各200,000円
　ねんきん定期便の見込額：老齢厚生年金（報酬比例部分）年額 1,184,000円

本人は65歳以降の繰下げ受給も検討しているそうですので、その場合の留意点も
あわせてご教示いただけると幸いです。
""" + SIG_SASAKURA,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "basic pension number (full-width digits) of a named employee sent to the outside attorney: identifier",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "keizokukoyo-013",
        "charset": "iso-2022-jp",
        "sender": "御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>",
        "to": ["汐見 航 <w.shiomi@shirakawa-law.jp>"],
        "subject": "継続雇用規程改定案のリーガルチェックのお願い",
        "body": """白川法律事務所
汐見先生

いつもお世話になっております。日の出産業の御子柴でございます。

来年4月施行予定の継続雇用規程改定案を添付いたします。
特に第8条（継続雇用しない事由）と第14条（契約更新の上限）について、
高年齢者雇用安定法および労働契約法の観点からご意見を賜れますと幸いです。

お忙しいところ恐縮ですが、12月中旬までにご返送いただけますと助かります。
""" + SIG_MIKOSHIBA,
        "attachments": [
            {"kind": "docx", "name": "継続雇用規程_改定案_v4.docx", "title": "継続雇用規程 改定案",
             "page_header": "社外秘　日の出産業株式会社 人事部",
             "page_footer": "取扱い：社外秘（無断転載・複製を禁ず）",
             "paragraphs": [
                 "継続雇用規程（改定案 第4版）",
                 "第1条（目的）この規程は、定年に達した従業員の継続雇用について定める。",
                 "第8条（継続雇用しない事由）就業規則第52条に定める解雇事由又は退職事由に該当する者については、継続雇用しないことがある。",
                 "第14条（契約の更新）契約期間は1年とし、満70歳に達した日の属する月の末日を上限として更新することができる。",
                 "附則　この規程は2027年4月1日から施行する。",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "draft rules attached as DOCX stamped 社外秘 in the page header and footer, sent to the outside law firm: marking",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "keizokukoyo-014",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "秘密保持契約（グループ間人材データ取扱い）更新の件",
        "body": """生田目様

お世話になっております。日の出産業の相馬です。

貴社と弊社の間で締結している「グループ間人材データの取扱いに関する秘密保持契約」が
2027年3月31日で期間満了となります。
法務とも相談し、次の点を変更したうえで更新したいと考えております。

　1. 対象情報に「継続雇用者の健康情報（就業上の措置に関するもの）」を明記
　2. 再委託の事前承諾を書面からメール可に変更
　3. 契約期間を3年に延長

変更案は来週中に法務からお送りします。
貴社側でご意見がありましたら、事前にお聞かせください。
""" + SIG_SOMA + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about renewing an NDA with the subsidiary plus the standard disclaimer; no personal data, no marking",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "keizokukoyo-015",
        "charset": "cp932",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "日の出OB会報 冬号 宛名ラベル用データ（追加分）",
        "body": """錦印刷株式会社
制作部 ご担当者様

いつもお世話になっております。日の出OB会事務局の桐生です。

OB会報冬号の発送につきまして、今年度の定年退職者（新規入会者）の
宛名データをお送りいたします。既存会員分と合わせてラベル印刷をお願いします。

　添付：OB会報冬号_追加宛名.xlsx（8名）

発送予定日は12月18日です。どうぞよろしくお願いいたします。
""" + SIG_KIRYU,
        "attachments": [
            {"kind": "xlsx", "name": "OB会報冬号_追加宛名.xlsx",
             "sheets": {
                 "宛名": [
                     ["日の出OB会 会報冬号 追加送付先（2026年度退職者）"],
                     ["作成：総務課 桐生", "", "", ""],
                     ["郵便番号", "住所", "氏名", "電話"],
                     ["336-0031", "埼玉県さいたま市南区鹿手袋3-14-9", "鬼塚 良平 様", "048-862-4471"],
                     ["214-0014", "神奈川県川崎市多摩区登戸2087-5", "丹羽 京子 様", "044-931-2286"],
                     ["273-0031", "千葉県船橋市西船6-2-18-305", "笠松 昭一 様", "047-433-9150"],
                     ["190-0022", "東京都立川市錦町5-11-3", "廿日出 登 様", "042-524-6617"],
                     ["359-1111", "埼玉県所沢市緑町4-29-2", "真壁 千鶴 様", "04-2922-3085"],
                     ["252-0303", "神奈川県相模原市南区相模大野8-6-21", "道祖土 隆之 様", "042-745-1942"],
                     ["133-0057", "東京都江戸川区西小岩1-30-7", "榎戸 ハル 様", "03-3657-2208"],
                     ["302-0024", "茨城県取手市新町3-8-12", "猪瀬 国男 様", "0297-72-5561"],
                 ],
                 "メモ": [["会員番号は次号から付番予定"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "mailing list of 8 retirees (addresses, phones) in XLSX to the printing partner: list of people",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "keizokukoyo-016",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>"],
        "cc": ["jinji-roumu@hinode-sangyo.co.jp"],
        "subject": "1月再雇用者の源泉・社保手続用データ",
        "body": """笹倉さん

おつかれさまです。大河内です。
1月1日付で再雇用となる5名分の手続用データです（個人番号含む）。
給与システムへの登録が済んだら、このメールは削除してください。

ファイルは人事共有フォルダにも置いてあります。
よろしくお願いします。
""",
        "attachments": [
            {"kind": "xlsx", "name": "202701再雇用者_手続用.xlsx",
             "sheets": {"手続用": [
                 ["社員番号", "氏名", "生年月日", "個人番号", "再雇用区分"],
                 ["H08977", "雨宮 征四郎", "1966-12-08", my_number(SEED + 2), "嘱託A"],
                 ["H08981", "今泉 佐和子", "1966-12-14", my_number(SEED + 3), "短時間B"],
                 ["H08990", "上杉 昌平", "1966-12-20", my_number(SEED + 4), "嘱託A"],
                 ["H09002", "大戸 喜代美", "1966-12-27", my_number(SEED + 5), "嘱託A"],
                 ["H09011", "加賀谷 伸", "1966-12-31", my_number(SEED + 6), "短時間A"],
             ]}},
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of five re-employed staff, but every recipient is internal: goes",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "keizokukoyo-017",
        "charset": "utf-8",
        "sender": "Chikage Soma <c.soma@hinode-sangyo.co.jp>",
        "to": ["Jennifer Walsh <j.walsh@pacific-benefit-advisors.com>"],
        "subject": "Group medical cover for re-employed staff - individual case",
        "body": """Dear Jennifer,

Thank you for your quick reply on the group policy renewal.

Before we finalise the renewal, I would like your advice on one individual case.
Mr. Takeshi Nagumo (date of birth: 11 September 1966), currently in Quality Assurance,
will be re-employed on a fixed-term contract from April 2027. He was diagnosed with
prostate cancer this summer and is undergoing hormone therapy at a university hospital
in Chiba. He wishes to continue working at reduced hours (four days a week).

Could you confirm whether moving him from the regular-employee plan to the re-employed
staff plan would affect his coverage for ongoing treatment, and whether any waiting
period or pre-existing condition clause would apply?

We would appreciate an answer by the end of this month.
""" + SIG_EN_SOMA + DISC_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail to an overseas benefits broker naming an employee and his cancer diagnosis and treatment: sensitive data",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "keizokukoyo-018",
        "charset": "iso-2022-jp",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "cc": ["宇佐美 典子 <n.usami@minato-roumu.jp>", "大河内 亮 <r.okochi@hinode-sangyo.co.jp>"],
        "subject": "転籍型再雇用スキーム 三者打合せのご案内",
        "body": """北条様
（cc：みなと労務パートナーズ 宇佐美先生）

お世話になっております。日の出産業の相馬です。

転籍型再雇用スキームについて、社労士の宇佐美先生にもご同席いただき
三者で打合せを行いたく、下記のとおりご案内いたします。

　日時：2026年12月10日（木）13:30～15:00
　場所：日の出産業 本社5F 第2会議室（品川区大崎9-8-7）
　議題：
　　1) 転籍時の有給休暇・退職金の取扱い
　　2) 雇用保険・社会保険の資格の切替え時期
　　3) 派遣先（弊社）での指揮命令と就業条件明示書の記載例

資料は前日までにお送りします。ご都合が悪い場合はお知らせください。
""" + SIG_SOMA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two external organisations in To/Cc, no personal data",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "keizokukoyo-019",
        "charset": "iso-2022-jp",
        "sender": "御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>",
        "to": ["汐見 航 <w.shiomi@shirakawa-law.com>"],
        "subject": "継続雇用拒否に関するご相談（面談日程）",
        "body": """白川法律事務所
汐見先生

お世話になっております。日の出産業の御子柴です。

先日お電話でご相談した、継続雇用を希望している社員1名への対応について、
一度事務所にお伺いしてご相談させていただきたく存じます。
人事評価の記録と、本人との面談記録を持参する予定です。

来週でご都合のよい日時を2～3いただけますでしょうか。
よろしくお願いいたします。
""" + SIG_MIKOSHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "law firm partner addressed at shirakawa-law.com instead of shirakawa-law.jp (TLD swap): look-alike domain",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "keizokukoyo-020",
        "charset": "utf-8",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["井筒 雅人 <m.izutsu@kotobuki-life.co.jp>"],
        "subject": "企業年金 受給開始予定者一覧（2027年上期）",
        "body": """ことぶき生命保険株式会社
団体年金部　井筒様

いつもお世話になっております。日の出産業 給与課の笹倉です。

2027年上期に60歳定年を迎え、企業年金（確定給付）の受給開始予定となる
社員の一覧をPDFでお送りします。裁定請求書の事前準備をお願いいたします。

なお、継続雇用により受給開始を繰り下げる者は備考欄に記載しております。
""" + SIG_SASAKURA,
        "attachments": [
            {"kind": "pdf", "name": "企業年金_受給開始予定者_2027上期.pdf",
             "title": "企業年金 受給開始予定者一覧",
             "lines": ["企業年金 受給開始予定者一覧（2027年4月～9月 定年到達者）",
                       "日の出産業株式会社 経理部給与課　作成日 2026/11/16", ""],
             "table": [
                 ["加入者番号", "氏名", "生年月日", "定年到達日", "見込年金月額", "備考"],
                 ["DB-004417", "百目鬼 正晴", "1967/04/18", "2027/04/18", "48,200円", ""],
                 ["DB-004562", "勅使河原 みどり", "1967/06/02", "2027/06/02", "31,750円", "繰下げ希望"],
                 ["DB-004589", "鰐淵 康夫", "1967/07/29", "2027/07/29", "44,900円", ""],
                 ["DB-004603", "南雲 孝", "1967/09/11", "2027/09/11", "52,300円", "繰下げ希望"],
                 ["DB-004611", "柘植 房江", "1967/05/20", "2027/05/20", "27,600円", ""],
                 ["DB-004640", "檜山 研一", "1967/08/03", "2027/08/03", "39,050円", "一時金選択"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF table of six pension beneficiaries with birth dates to the insurer: list of people",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "keizokukoyo-021",
        "charset": "iso-2022-jp",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["求人部門 <kyujin@hellowork-shinagawa.lg.jp>"],
        "subject": "求人票（施設管理補助・60歳以上歓迎）の内容変更について",
        "body": """ハローワーク品川 求人部門 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の相馬でございます（事業所番号 1301-612345-7）。

先月受理いただいた求人（求人番号 13010-48210761）について、
下記のとおり内容を変更したくご連絡いたしました。

　職種：施設管理補助（本社ビル設備点検・軽作業）
　変更前：週5日 8:30～17:15
　変更後：週3～5日 8:30～15:30（日数応相談）、時給1,350円～1,500円
　年齢：不問（60歳以上の方も歓迎。定年70歳・以降も再雇用制度あり）

変更届の様式が必要でしたらお知らせください。
""" + SIG_SOMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "change to a public job posting for older workers; business identifiers only",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "keizokukoyo-022",
        "charset": "cp932",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "転籍者の健康保険 切替えについて（丹沢さん）",
        "body": """生田目様

お世話になっております。大河内です。

1月1日付で貴社に転籍する丹沢 博之さんについて、貴社の健康保険組合へ加入するまでの間、
現在の保険証を返却していただくタイミングの確認です。
念のため現在の被保険者証の情報を記載します。

　氏名：丹沢 博之（タンザワ ヒロユキ）
　生年月日：S41.12.19
　保険者名：日の出産業健康保険組合
　被保険者証　記号 3107　番号 482
　被扶養者：配偶者1名

12月31日付の資格喪失届はこちらで提出します。
貴社での資格取得日と、新しい保険証の交付予定日を教えてください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol and number of a named transferee sent to the subsidiary: identifier",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "keizokukoyo-023",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "Re: 高年齢雇用継続給付 支給対象者の確認",
        "body": """宇佐美先生

ご確認ありがとうございます。
南雲さんの賃金低下率は、おっしゃるとおり4月分から再計算が必要でした。
修正版の賃金証明は明日中にお送りします。

引き続きよろしくお願いいたします。
大河内

> 大河内様
>
> 先日いただいた対象者について確認しました。
>
> 氏名　　　　生年月日　　　被保険者番号　　低下率
> 百目鬼正晴　1967/04/18　　5012-338841-0　 63.1%
> 南雲孝　　　1967/09/11　　5012-402276-9　 71.4%（要再計算）
> 鰐淵康夫　　1967/07/29　　5012-377190-2　 63.8%
> 湯浅則子　　1967/11/25　　5012-415538-6　 60.2%
> 畔柳誠一　　1968/01/07　　5012-421907-1　 63.7%
>
> 南雲様のみ4月の賃金に残業手当が含まれているようですので、ご確認ください。
>
> みなと労務パートナーズ 宇佐美
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose only list is quoted from the attorney's own mail (> lines); the new text names no one's data",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "keizokukoyo-024",
        "charset": "utf-8",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["kenji.hosaka1962@gmail.com", "sachiko-ueno@yahoo.co.jp",
               "t.ariga.58@docomo.ne.jp", "mnakaza@icloud.com",
               "isobe_f@outlook.jp"],
        "subject": "【ご案内】再雇用者向け 年金・給付金説明会（12/15）",
        "body": """再雇用社員の皆様

お疲れさまです。総務課の桐生です。
ご自宅のメールアドレスへ失礼いたします。

今年度再雇用となった方を対象に、年金と高年齢雇用継続給付の説明会を開催します。
ご家族の方の同席も可能です。

　日時：12月15日（火）14:00～16:00
　会場：本社5F 大会議室（オンライン参加可）
　講師：社会保険労務士 宇佐美 典子 先生

出欠を12月8日までにこのメールへの返信でお知らせください。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five private persons' addresses openly in To (should have been Bcc): visible parties",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "keizokukoyo-025",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "再雇用派遣 契約一覧（最新版）",
        "body": """北条様

お世話になっております。大河内です。
先ほどお電話でお話しした契約一覧の最新版を添付します。
契約更新月と派遣先部署を更新しています。

ご確認をお願いします。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "corrupt", "name": "再雇用派遣契約一覧_1116.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "keizokukoyo-026",
        "charset": "cp932",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "提携健診機関の一覧（派遣スタッフの定期健診用）",
        "body": """生田目様

お世話になっております。安全衛生室の瀬戸口です。

貴社に転籍した再雇用スタッフも、弊社の提携健診機関を引き続き利用できるよう
調整がつきました。提携先の一覧を添付（HTML）しますので、
スタッフの方への案内にお使いください。予約は各機関に直接で結構です。

料金は弊社契約単価で、請求は貴社宛にしていただくよう依頼済みです。
""" + SIG_SETOGUCHI,
        "attachments": [
            {"kind": "html", "name": "提携健診機関一覧.html",
             "html": """<html><head><meta charset="utf-8"><title>提携健診機関一覧</title></head><body>
<h3>日の出産業グループ 提携健診機関（2027年度）</h3>
<table border="1">
<tr><th>機関名</th><th>所在地</th><th>予約電話</th><th>受付時間</th></tr>
<tr><td>医療法人清和会 かえで健診センター</td><td>東京都品川区西五反田3-12-4 かえでビル2F</td><td>03-5436-8800</td><td>平日 8:30-16:00</td></tr>
<tr><td>あおぞらクリニック 健診部</td><td>東京都大田区蒲田5-40-6</td><td>03-3731-2215</td><td>平日・土 8:30-12:00</td></tr>
<tr><td>緑が丘健診プラザ</td><td>神奈川県川崎市中原区小杉町1-403</td><td>044-711-3390</td><td>平日 9:00-15:30</td></tr>
<tr><td>さいたま中央メディカルチェック</td><td>埼玉県さいたま市大宮区桜木町2-287</td><td>048-640-1177</td><td>平日 8:00-15:00</td></tr>
<tr><td>ちば湾岸総合健診センター</td><td>千葉県千葉市美浜区中瀬1-9-2</td><td>043-296-5014</td><td>月～土 8:30-15:00</td></tr>
<tr><td>つくば学園健診館</td><td>茨城県つくば市吾妻2-7-15</td><td>029-852-6630</td><td>平日 8:30-16:30</td></tr>
</table></body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of six clinics with their office addresses and switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "keizokukoyo-027",
        "charset": "utf-8",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["サンライズ・スタッフィング 保健担当 <hoken@sunrise-staffing.co.jp>"],
        "subject": "転籍スタッフの健診フォロー対象者（要再検・要治療）",
        "body": """サンライズ・スタッフィング
保健ご担当 各位

安全衛生室の瀬戸口です。
4月に貴社へ転籍した再雇用スタッフのうち、今年度の定期健診で
要再検査・要治療となった方の一覧をお送りします。
受診勧奨と就業上の配慮について、今後は貴社でのフォローをお願いいたします。

添付シートの「判定」は健診機関の判定区分（C:要再検、D:要治療）です。
""" + SIG_SETOGUCHI,
        "attachments": [
            {"kind": "xlsx", "name": "転籍者_健診フォロー対象.xlsx", "title": "健診フォロー対象者",
             "sheets": {
                 "対象者": [
                     ["2026年度 定期健康診断 フォロー対象者（転籍再雇用者）"],
                     ["氏名", "生年月日", "所属（派遣先）", "所見", "判定", "受診状況"],
                     ["猪狩 敏郎", "1965/03/14", "物流センター", "HbA1c 7.8% 糖尿病疑い", "D", "未受診"],
                     ["保科 絹代", "1965/08/22", "経理部", "乳房エコー 腫瘤影", "C", "予約済"],
                     ["木暮 義信", "1964/11/30", "設備管理", "血圧 172/104 高血圧症", "D", "服薬開始"],
                     ["宍戸 和夫", "1965/01/09", "品質保証部", "心電図 心房細動", "D", "未受診"],
                     ["菰田 恵美子", "1964/06/17", "総務部", "肝機能 γ-GTP 210", "C", "未受診"],
                     ["鎌田 義範", "1965/05/02", "製造部", "眼底 緑内障疑い", "C", "受診済"],
                 ],
                 "判定区分": [["A", "異常なし"], ["B", "軽度異常"], ["C", "要再検"], ["D", "要治療"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health check findings (diabetes, hypertension, arrhythmia…) of six named workers to the subsidiary: list and sensitive data",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "keizokukoyo-028",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["猿渡 義一 <yoshikazu.saruwatari@gmail.com>"],
        "subject": "Re: 再雇用契約の開始日と持ち物について",
        "body": """猿渡さん

ご連絡ありがとうございます。人事部の大河内です。

再雇用契約の開始日は、ご認識のとおり2027年2月1日（月）です。
当日は9時に本社5階の人事部受付へお越しください。
持ち物は次のとおりです。

　・署名・捺印済みの再雇用契約書（2部とも）
　・通勤経路届（様式は先日郵送したもの）
　・印鑑（認印で結構です）

年金の手続については、2月の説明会で社労士の先生から個別に説明があります。
ほかにご不明な点があれば遠慮なくご連絡ください。

大河内

>大河内様
>再雇用の開始日は2月1日で間違いないでしょうか。当日の持ち物も教えてください。
>猿渡
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one retiree's private address about his own start date; one free-mail recipient, no data",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "keizokukoyo-029",
        "charset": "utf-8",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["給与計算センター <center@payrollworks.co.jp>"],
        "subject": "FW: 扶養家族の追加について（再雇用・阿久津）",
        "body": """ペイロールワークス 給与計算センター御中

日の出産業の笹倉です。
再雇用者の阿久津さんから、配偶者を扶養に追加したいとの連絡がありましたので転送します。
1月支給分から源泉の扶養人数を1名増で計算をお願いします。

-----Forwarded Message-----
From: 阿久津 孝典 <t.akutsu@hinode-sangyo.co.jp>
To: 笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>
Subject: 扶養家族の追加について

笹倉様

嘱託の阿久津です。妻が12月末でパートを辞めるため、扶養に入れたいと思います。
必要な情報をお送りします。

　配偶者氏名：阿久津 聡美（あくつ さとみ）
　生年月日：1968年5月21日
　個人番号：""" + my_number(SEED + 7) + """
　住所：神奈川県大和市中央林間7-18-3（私と同じ）
　年間収入見込：0円（2027年1月以降）

よろしくお願いします。
阿久津
""" + SIG_SASAKURA,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of an employee's mail carrying his spouse's My Number to the payroll outsourcer: forwarded text counts",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "keizokukoyo-030",
        "charset": "utf-8",
        "sender": "芦原 聡 <s.ashihara@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <support@tsubasa-system.jp>"],
        "subject": "【変更依頼】人事給与システム 再雇用区分・短時間パターンの追加",
        "body": """ツバサシステム株式会社
導入支援ご担当者様

いつもお世話になっております。日の出産業 情報システム部の芦原です。

人事部からの要望で、人事給与システムに以下の設定追加をお願いしたく、
変更依頼書（Word）を添付いたします。

　1. 雇用区分マスタに「再雇用嘱託A／B」「転籍再雇用」を追加
　2. 勤務パターンに「週3日・6時間」「週4日・7時間」を追加
　3. 60歳到達月・65歳到達月のアラート帳票

見積と作業スケジュールをご提示いただけますでしょうか。
テストは弊社の検証環境（ダミーデータ）で行います。
""" + SIG_ASHIHARA,
        "attachments": [
            {"kind": "docx", "name": "変更依頼書_HR-2026-031.docx", "title": "変更依頼書 HR-2026-031",
             "paragraphs": ["変更依頼書　HR-2026-031", "依頼部署：人事部 労務グループ",
                            "件名：再雇用区分・短時間勤務パターンの追加",
                            "希望稼働日：2027年3月1日"],
             "tables": [[["No", "対象", "変更内容", "優先度"],
                         ["1", "雇用区分マスタ", "再雇用嘱託A／B、転籍再雇用を追加", "高"],
                         ["2", "勤務パターン", "週3日6h、週4日7h", "高"],
                         ["3", "帳票", "年齢到達アラート（60歳・65歳）", "中"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "system change request to the HR system vendor; configuration only, no personal data",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "keizokukoyo-031",
        "charset": "iso-2022-jp",
        "sender": "芦原 聡 <s.ashihara@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <support@tsubasa-sytem.jp>"],
        "subject": "Re: 年齢到達アラート帳票の仕様確認",
        "body": """ツバサシステム 導入支援ご担当者様

情報システム部の芦原です。ご質問への回答です。

・アラートの基準日は「誕生日の前日」でお願いします（年齢計算ニ関スル法律に準拠）。
・出力対象は在籍者のみ、休職者を含みます。
・出力形式はCSV（UTF-8 BOM付き）で、毎月1日の夜間バッチで作成してください。

以上、ご確認ください。
""" + SIG_ASHIHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "vendor addressed at tsubasa-sytem.jp, a letter dropped from partner tsubasa-system.jp: look-alike",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "keizokukoyo-032",
        "charset": "cp932",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "高年齢雇用継続給付　11月支給申請分の対象者",
        "body": """宇佐美先生

お世話になっております。大河内です。
11月支給申請分（9月・10月賃金）の対象者は以下の6名です。
賃金台帳は共有フォルダにアップロード済みです。

氏名　　　　　　生年月日　　　　　　被保険者番号　　　　６０歳時賃金　　支払賃金
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
鴨志田　英明　　昭和４１年１０月３日　５０１２－４８７３１６－４　４１２，０００　２５８，０００
雨宮　征四郎　　昭和４１年１２月８日　５０１２－２９０４４８－１　３８５，０００　２４０，０００
今泉　佐和子　　昭和４１年１２月14日　５０１２－２９１１０２－０　２９８，０００　１７６，０００
上杉　昌平　　　昭和４１年１２月２０日　５０１２－２９３６７５－８　３６２，０００　２３１，０００
大戸　喜代美　　昭和４１年１２月２７日　５０１２－３０１２２９－３　２８４，０００　１８０，０００
加賀谷　伸　　　昭和４１年１２月３１日　５０１２－３０２８８０－５　３４０，０００　２０５，０００

今泉さんは11月から短時間勤務に変わっていますのでご留意ください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "six benefit recipients with 和暦 birth dates and wages in a full-width padded table in the body: list of people",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "keizokukoyo-033",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["chosa@koukatsu.or.jp"],
        "subject": "事例集掲載用 資料のご送付（日の出産業）",
        "body": """高年齢者活躍推進協会
事例集編集ご担当者様

お世話になっております。日の出産業 人事企画課の相馬です。
事例集への掲載用に、当社の継続雇用の取組状況をまとめたPDFをお送りします。
数値はすべて部署・年齢区分ごとの集計値で、個人が特定される情報は含んでおりません。

掲載前に原稿を確認させていただけますと幸いです。
""" + SIG_SOMA,
        "attachments": [
            {"kind": "pdf", "name": "日の出産業_継続雇用の取組.pdf", "title": "継続雇用の取組状況",
             "lines": ["日の出産業株式会社　継続雇用の取組状況（2026年10月）",
                       "1. 制度概要：希望者全員70歳まで継続雇用（1年更新）",
                       "2. 短時間勤務：週3日・週4日のパターンを選択可",
                       "3. 健康管理：60歳以上は年2回の産業医面談を実施",
                       ""],
             "table": [["年齢区分", "在籍数", "うちフルタイム", "うち短時間", "平均勤続年数"],
                       ["60-62歳", "71", "58", "13", "31.2"],
                       ["63-64歳", "47", "35", "12", "33.8"],
                       ["65-69歳", "41", "19", "22", "35.1"],
                       ["70歳以上", "6", "1", "5", "38.4"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PDF of aggregate statistics for a case-study booklet; no individuals",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "keizokukoyo-034",
        "charset": "iso-2022-jp",
        "sender": "御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>",
        "to": ["サンライズ・スタッフィング 代表取締役 <ceo-office@sunrise-staffing.co.jp>"],
        "subject": "【部外秘】2027年度 再雇用者賃金テーブル（案）",
        "body": """機密区分：部外秘
――――――――――――――――――――

サンライズ・スタッフィング
代表取締役 檜垣様

お世話になっております。御子柴です。
来年度の再雇用者賃金テーブル案をお送りします。転籍者の派遣単価の設定にあたり、
弊社側の賃金水準を踏まえていただく必要があるため、先行して共有いたします。

　等級　　　月額（フルタイム）　時給換算（短時間）
　嘱託S　　　330,000円　　　　　2,050円
　嘱託A　　　270,000円　　　　　1,680円
　嘱託B　　　230,000円　　　　　1,430円
　嘱託C　　　200,000円　　　　　1,250円

組合との協議前の案ですので、取扱いにはご注意ください。
""" + SIG_MIKOSHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 部外秘 in subject and body header sent outside the company: marking",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "keizokukoyo-035",
        "charset": "utf-8",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["かえで健診センター 予約係 <yoyaku@kaede-kenshin.or.jp>"],
        "subject": "雇入時健康診断の予約（再雇用者3名）",
        "body": """かえで健診センター 予約係 御中

お世話になっております。日の出産業 安全衛生室の瀬戸口です。
2月1日付で再雇用となる下記3名の雇入時健康診断の予約をお願いいたします。
ご本人の希望日も併記しております。

1) 猿渡 義一　 生年月日 1966/11/02　携帯 090-3376-2154　希望 1/13（水）午前
2) 仁科 佳世　 生年月日 1966/11/19　携帯 080-2218-9045　希望 1/14（木）午前
3) 蓮見 克己　 生年月日 1966/12/05　携帯 070-4461-7739　希望 1/15（金）午前

受診票は弊社宛てにお送りください。請求は通常どおりで結構です。
""" + SIG_SETOGUCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three people's booking details for a routine health check (no results): under five records, may be warned",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "keizokukoyo-036",
        "charset": "cp932",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 総務課 <soumu@aoba-unyu.co.jp>"],
        "subject": "出向予定者（再雇用ドライバー）の運転免許証確認",
        "body": """青葉運輸株式会社
総務課 ご担当者様

いつもお世話になっております。日の出産業 人事部の大河内です。

来年1月から貴社へ出向予定の再雇用ドライバーについて、免許証の確認情報をお送りします。
貴社の運転者台帳への登録をお願いいたします。

　氏名：権藤 辰巳（ごんどう たつみ）
　生年月日：昭和41年8月14日
　運転免許証番号：第 303918426570 号
　免許の種類：大型、中型、準中型、普通、大特、けん引
　有効期限：令和9年9月14日まで（ゴールド）

免許証の写しは出向初日にご本人が持参します。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "driver's licence number of a seconded re-employed driver sent to a partner: identity document number",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "keizokukoyo-037",
        "charset": "iso-2022-jp",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["大河内 亮 <r.okochi@hinode-sangyo.co.jp>"],
        "cc": ["御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>"],
        "subject": "継続雇用判定用 産業医意見のまとめ（2月到達者）",
        "body": """大河内さん
（cc 御子柴部長）

安全衛生室の瀬戸口です。
2月に定年到達する方のうち、産業医面談を行った5名の意見をまとめました。
継続雇用の可否判断そのものには影響しない前提ですが、配置の参考にしてください。

・猿渡 義一（1966/11/02）　高血圧で服薬中。就業制限なし。
・仁科 佳世（1966/11/19）　腰椎椎間板ヘルニア術後。重量物作業は不可。
・蓮見 克己（1966/12/05）　2型糖尿病。夜勤は避けることが望ましい。
・雪村 忠司（1966/12/11）　軽度難聴（両側）。騒音職場は要配慮。
・江頭 のり子（1966/12/24）　うつ病で通院中（寛解）。残業は月20時間以内。

社外へは出さないようお願いします。
瀬戸口
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health opinions on five named employees, but sent only to internal colleagues: goes",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "keizokukoyo-038",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 <jinji@kawasaki-denki.co.jp>",
               "青葉運輸 総務課 <soumu@aoba-unyu.co.jp>",
               "北国フーズ 人事総務部 <hr@kitaguni-foods.co.jp>"],
        "subject": "シニア人材の出向受入れについてのご相談",
        "body": """関係各社 人事ご担当者様

いつも大変お世話になっております。日の出産業 人事企画課の相馬でございます。

弊社では来年度、継続雇用者（60～65歳）のうち、製造・物流・品質管理の経験者を
お取引先様へ出向させる制度を試行する予定です。
つきましては、受入れの可能性について各社様のご意向を伺いたく、ご連絡いたしました。

　想定人数：各社1～3名
　期間：2027年4月から1年間（更新あり）
　費用：給与は弊社負担、出向負担金は別途協議

12月中旬に個別にご説明の機会をいただけますと幸いです。
""" + SIG_SOMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner companies addressed together in To, each sees the others: visible parties",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "keizokukoyo-039",
        "charset": "iso-2022-jp",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
        "subject": "嘱託社員 給与振込口座の登録データ（1月分から）",
        "body": """みどり銀行 法人営業部 御中

お世話になっております。日の出産業 給与課の笹倉です。

1月から嘱託社員（再雇用者）の給与を総合振込で支払うため、
振込先口座の登録データをZIPでお送りします（パスワードは掛けておりません）。
データの形式は貴行指定のCSVレイアウトです。

登録完了のご連絡をお待ちしております。
""" + SIG_SASAKURA,
        "attachments": [
            {"kind": "zip", "name": "嘱託給与振込先_202701.zip",
             "files": [
                 {"kind": "csv", "name": "furikomi_202701.csv", "encoding": "utf-8",
                  "rows": [
                      ["従業員コード", "受取人名（カナ）", "銀行コード", "支店コード", "預金種目", "口座番号"],
                      ["H08977", "アメミヤ セイシロウ", "0521", "112", "普通", "3048172"],
                      ["H08981", "イマイズミ サワコ", "0521", "118", "普通", "1193604"],
                      ["H08990", "ウエスギ シヨウヘイ", "0009", "246", "普通", "7720385"],
                      ["H09002", "オオト キヨミ", "0521", "104", "普通", "2285119"],
                      ["H09011", "カガヤ シン", "0005", "731", "普通", "4406627"],
                      ["H09037", "キリタニ ソウイチロウ", "0521", "112", "当座", "0091842"],
                  ]},
                 {"kind": "txt", "name": "readme.txt", "text": "日の出産業 嘱託給与振込先 2027年1月分 6件"},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "ZIP (not encrypted) with a CSV of six employees' bank accounts to the bank: list of people",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "keizokukoyo-040",
        "charset": "cp932",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
        "subject": "退職金振込の予定（3月末）と資金手当てについて",
        "body": """みどり銀行 法人営業部
担当　八木沢様

いつもお世話になっております。日の出産業 給与課の笹倉です。

3月末に定年退職者の退職金をまとめて振り込む予定ですので、
資金手当てのご相談をさせてください。

　振込予定日：2027年3月31日（水）
　件数：14件
　総額：約2億8,600万円（確定額は3月15日にご連絡します）
　振込元口座：本店営業部 当座 0147732（日の出産業株式会社）

定期預金の一部解約が必要になる可能性がありますので、
手続の流れを事前に教えていただけますと助かります。
""" + SIG_SASAKURA,
        "attachments": [
            {"kind": "xls", "name": "退職金資金繰り_2027Q1.xls",
             "sheets": {"資金繰り": [
                 ["月", "退職金支払見込", "賞与", "その他"],
                 ["2027/01", 0, 0, 12000000],
                 ["2027/02", 18500000, 0, 9800000],
                 ["2027/03", 286000000, 0, 11200000],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "totals and the company's own account for retirement payments; no individual data",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "keizokukoyo-041",
        "charset": "iso-2022-jp",
        "sender": "御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>",
        "to": ["汐見 航 <w.shiomi@shirakawa-law.jp>"],
        "subject": "Re: 継続雇用拒否に関するご相談（事実関係の整理）",
        "body": """汐見先生

先日はお時間をいただきありがとうございました。御子柴です。
ご指示のあった事実関係を整理しましたのでお送りします。

　対象者：物流センター 班長　蛭田 茂（ひるた しげる）　1967年2月生
　経緯：
　　2025年9月　私有車での酒気帯び運転により現行犯逮捕（翌日釈放）
　　2025年12月　略式命令により罰金30万円、免許取消（欠格期間2年）
　　2026年1月　社内処分として出勤停止7日
　　2026年11月　本人より継続雇用の希望書提出

業務で社有車を運転する職務であったため、再雇用後の職務の確保が難しいこと、
また就業規則の解雇事由（第52条第6号）に該当しうるかが論点かと存じます。
ご見解をいただけますと幸いです。
""" + SIG_MIKOSHIBA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "arrest and criminal fine of a named employee sent to the law firm: criminal record is sensitive data",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "keizokukoyo-042",
        "charset": "utf-8",
        "sender": "Chikage Soma <c.soma@hinode-sangyo.co.jp>",
        "to": ["Daniel Okafor <d.okafor@meridian-hr-partners.com>"],
        "subject": "Retirement age and re-employment in Japan - overview for the group benchmark",
        "body": """Dear Daniel,

As promised on our call, here is a short overview of how re-employment after
retirement works at Hinode Sangyo, for your regional benchmark.

- Mandatory retirement age: 60. Everyone who wishes to continue is re-employed on a
  one-year fixed-term contract, renewable up to age 70.
- Pay: re-employed staff receive on average 62% of their pay at 60. The public
  "continued employment benefit" tops this up for those whose pay fell below 75%
  (the benefit rate was reduced from April 2025).
- Hours: full time, or four or three days a week.
- Pension: the earnings test for the public pension applies if monthly pay plus
  pension exceeds JPY 510,000 (FY2025 level).
- Some staff transfer to our staffing subsidiary and are dispatched back to us.

Happy to walk you through the figures in January.
""" + SIG_EN_SOMA + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English policy overview for a foreign consultant with the standard disclaimer; no personal data",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "keizokukoyo-043",
        "charset": "cp932",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "年金試算結果（PDF・閲覧パスワード付き）",
        "body": """宇佐美先生

お世話になっております。給与課の笹倉です。
先月ご依頼した在職老齢年金の試算に使う資料を、パスワード付きPDFでお送りします。
パスワードはお電話でお伝えします。

よろしくお願いいたします。
""" + SIG_SASAKURA,
        "attachments": [
            {"kind": "pdf", "name": "在職老齢年金_試算資料_202611.pdf", "password": "roukinn2611",
             "lines": ["在職老齢年金 試算資料", "対象者：畔柳 誠一　基礎年金番号 4215-608372",
                       "標準報酬月額 260,000円　年金月額 98,600円"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "keizokukoyo-044",
        "charset": "iso-2022-jp",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["土師 昭二 様 <haji-shoji@docomo.ne.jp>"],
        "subject": "日の出OB会 新年会のご案内",
        "body": """土師 昭二 様

いつもOB会の活動にご協力いただきありがとうございます。
OB会事務局の桐生です。

今年も新年会を下記のとおり開催いたします。

　日時：2027年1月23日（土）12:00～14:30
　会場：さくらホテル品川 2階「桜の間」
　会費：5,000円（当日受付にて）

ご出欠を1月8日までにご返信ください。
昨年ご提案いただいた「再雇用者との交流タイム」も設ける予定です。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "invitation to a single retiree on a carrier address; no personal data",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "keizokukoyo-045",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "FW: 第二工場 再雇用希望者の連絡先",
        "body": """北条様

お世話になっております。大河内です。
第二工場の工場長から届いた再雇用希望者の連絡先を、そのまま転送します（添付のメール）。
4月以降、貴社経由での派遣を希望している方々ですので、
登録説明会のご案内を貴社から直接送っていただけますか。

よろしくお願いします。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "eml", "name": "第二工場_再雇用希望者.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "寒河江 洋 <h.sagae@hinode-sangyo.co.jp>",
                 "to": ["r.okochi@hinode-sangyo.co.jp"],
                 "subject": "第二工場 再雇用希望者の連絡先",
                 "body": """大河内さん

第二工場の寒河江です。派遣での再雇用を希望している者の連絡先です。

氏名　　　　　生年月日　　　携帯電話
-----------------------------------------------
鶴見 幸三　　 1967/05/09　　090-2261-7430
宇留野 和也　 1967/06/23　　080-1175-3398
神子田 静　　 1967/07/01　　090-8824-5521
柳生 敏明　　 1967/08/16　　070-5530-1187
大鷹 ふみ　　 1967/09/28　　080-4409-2763
瓜生 吉彦　　 1967/10/04　　090-6652-0917

よろしく。
寒河江
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded mail attached as .eml listing six employees with birth dates and mobiles: list of people",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "keizokukoyo-046",
        "charset": "cp932",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["株式会社ネクストステージ研修 営業部 <sales@next-stage-kenshu.co.jp>"],
        "subject": "「ライフプラン研修（55歳）」の実施について",
        "body": """株式会社ネクストステージ研修
営業部 ご担当者様

お世話になっております。日の出産業 人事企画課の相馬です。

55歳到達者向けライフプラン研修のご提案ありがとうございました。
社内で検討し、来年度は貴社にお願いする方向で進めたいと考えております。

ただ、研修内で受講者の評価結果や人事情報を扱う場合の取扱いについては、
機密情報の取扱い条項を含めた契約書を別途締結したいと考えております。
社外秘の人事資料は研修には使用しませんので、その前提でカリキュラムを
ご調整いただけますでしょうか。

　実施時期：2027年6月（2日間）×2回
　対象人数：各回25名程度

お見積りの再提出をお願いいたします。
""" + SIG_SOMA + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密情報 and 社外秘 only in passing, plus a disclaimer; not a marking of the mail, no data",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "keizokukoyo-047",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "社会保険 資格取得届用データ（1月転籍者2名）",
        "body": """生田目様

お世話になっております。大河内です。
1月1日付で貴社へ転籍する2名の、資格取得届作成用の情報をお送りします。

【1】
氏名：丹沢 博之（タンザワ ヒロユキ）
生年月日：1966年12月19日
基礎年金番号：1308-724451
住所：〒194-0013 東京都町田市原町田4-22-9
報酬月額：245,000円

【2】
氏名：桐谷 宗一郎（キリタニ ソウイチロウ）
生年月日：1966年12月23日
基礎年金番号：1302-588136
住所：〒226-0025 神奈川県横浜市緑区十日市場町803-14
報酬月額：262,000円

70歳以上被用者該当届の要否についても念のため確認をお願いします（2名とも60歳）。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "basic pension numbers and addresses of two transferees to the subsidiary: identifiers",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "keizokukoyo-048",
        "charset": "iso-2022-jp",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["さくらホテル品川 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "1/23 日の出OB会 新年会のご予約内容確認",
        "body": """さくらホテル品川
宴会予約ご担当　森下様

いつもお世話になっております。日の出産業 総務課の桐生です。
先日お電話でお願いした新年会のご予約内容を確認させてください。

　日時：2027年1月23日（土）12:00～14:30（11:00から設営）
　会場：2階「桜の間」
　人数：60名（確定は1月15日）
　料理：和洋ビュッフェ 6,500円プラン、フリードリンク
　その他：マイク2本、受付テーブル2台、演台

見積書と請求書の宛名は「日の出産業株式会社 総務部」でお願いします。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "banquet booking with the hotel partner; business details only",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "keizokukoyo-049",
        "charset": "utf-8",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 八木沢様 <yagisawa@midori-ginkou.co.jp>"],
        "subject": "Re: 退職金振込の予定について（追加のご質問）",
        "body": """八木沢様

お世話になっております。日の出産業の笹倉です。
先日はご説明ありがとうございました。追加で2点お伺いします。

1. 退職所得の源泉徴収票の作成は、貴行の給与振込サービスでは対応範囲外との理解でよいでしょうか。
2. 振込データの締切は、3月31日振込の場合、何営業日前になりますか。

お手数ですがご回答をお願いいたします。
""" + SIG_SASAKURA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "bank partner addressed at midori-ginkou.co.jp (letter added to midori-ginko.co.jp): look-alike",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "keizokukoyo-050",
        "charset": "cp932",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人ギフト担当 <gift@kitaguni-foods.co.jp>"],
        "subject": "定年退職者記念品（ギフトセット）の発注",
        "body": """北国フーズ株式会社
法人ギフトご担当者様

お世話になっております。日の出産業 総務課の桐生です。
今年度の定年退職者向け記念品について、下記のとおり発注いたします。

　商品：北海道産 海の幸ギフト「極」（品番 KG-5520）
　数量：14セット
　のし：「御礼」／名入れなし
　納品先：日の出産業 本社 総務課（品川区大崎9-8-7 日の出ビル5F）
　納品希望日：2027年3月19日（金）午前

請求書は3月末締めでお願いいたします。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order of retirement gifts with the company's delivery address; business mail",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "keizokukoyo-051",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "休職中の嘱託社員の契約更新について",
        "body": """宇佐美先生

お世話になっております。大河内です。
嘱託社員の契約更新について、ご相談させてください。

経理部の嘱託社員 真壁 千鶴さん（63歳）が、9月から適応障害の診断で休職しています。
主治医の診断書では「3か月の休養を要する」とされ、12月末に休職期間満了、
同じく12月末に1年契約の満了を迎えます。

ご本人は復職と契約更新を希望していますが、
　・休職中の契約満了時に更新しない判断は可能か
　・更新する場合、短時間勤務からの復職を条件とできるか
の2点について、ご見解をいただけますでしょうか。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's mental-health diagnosis and sick leave to the outside attorney: sensitive data",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "keizokukoyo-052",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "年金個別相談会 面談予定者（4名）",
        "body": """宇佐美先生

お世話になっております。大河内です。
12月16日の年金個別相談会の予約者をお知らせします。
事前に年金見込額を確認したいとのことで、生年月日を添えています。

　10:00　雪村 忠司　　昭和41年12月11日生
　10:45　江頭 のり子　昭和41年12月24日生
　13:30　仁科 佳世　　昭和41年11月19日生
　14:15　蓮見 克己　　昭和41年12月5日生

各人の相談メモ（事前質問）をテキストで添付します。
会場は本社5F 相談室Bです。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "txt", "name": "事前質問メモ.txt", "encoding": "cp932",
             "text": """年金個別相談会 事前質問
・繰下げ受給した場合の加給年金の扱い
・高年齢雇用継続給付と年金の併給調整
・65歳以降も短時間で働く場合の厚生年金加入
・退職金を一時金で受け取る場合の税金"""},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four people's appointment times and birth dates: under five records, may be warned",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "keizokukoyo-053",
        "charset": "cp932",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["日下部 医師 <kusakabe@kaede-kenshin.or.jp>",
               "宇佐美 典子 <n.usami@minato-roumu.jp>",
               "北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "cc": ["大河内 亮 <r.okochi@hinode-sangyo.co.jp>"],
        "subject": "高年齢者の安全衛生に関する検討会（第1回）のご案内",
        "body": """日下部先生、宇佐美先生、北条様

いつもお世話になっております。日の出産業 安全衛生室の瀬戸口です。

「エイジフレンドリーガイドライン」に沿った職場改善を進めるため、
産業医・社労士・派遣元の皆様にご参加いただく検討会を立ち上げます。

　日時：2027年1月20日（水）15:00～17:00
　場所：本社5F 第1会議室
　内容：転倒・腰痛災害の状況、暑熱対策、派遣スタッフへの安全教育

当日資料は前日にお送りします。ご出欠をお知らせください。
""" + SIG_SETOGUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (clinic, attorney, subsidiary) all in To: visible parties",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "keizokukoyo-054",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "継続雇用面談結果（派遣希望者）のご共有",
        "body": """北条様

お世話になっております。大河内です。
11月に実施した継続雇用面談のうち、貴社経由での派遣を希望した方の
面談結果をWordの表にまとめましたので共有します。
就業条件の調整にお役立てください。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "docx", "name": "継続雇用面談結果_派遣希望者.docx", "title": "継続雇用面談結果",
             "paragraphs": ["継続雇用面談結果（派遣希望者）", "実施期間：2026年11月4日～11月20日",
                            "面談者：所属長、人事部 大河内"],
             "tables": [[
                 ["氏名", "生年月日", "連絡先", "希望勤務", "希望業務", "所属長コメント"],
                 ["鶴見 幸三", "S42.5.9", "090-2261-7430", "週5日", "機械オペレーター", "技能伝承の中核"],
                 ["宇留野 和也", "S42.6.23", "080-1175-3398", "週4日", "検査", "品質意識が高い"],
                 ["神子田 静", "S42.7.1", "090-8824-5521", "週3日", "事務補助", "PC操作に不安あり"],
                 ["柳生 敏明", "S42.8.16", "070-5530-1187", "週5日", "フォークリフト", "安全意識良好"],
                 ["大鷹 ふみ", "S42.9.28", "080-4409-2763", "週4日", "梱包", "チームリーダー経験"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five interviewees with birth dates, phones and evaluations to the subsidiary: list of people",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "keizokukoyo-055",
        "charset": "iso-2022-jp",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "転籍再雇用の様式一式（未記入）",
        "body": """生田目様

お世話になっております。相馬です。
転籍再雇用の手続で使う様式一式（いずれも未記入のひな形）をZIPでお送りします。
貴社のロゴに差し替えてご利用ください。

　・転籍同意書（Word）
　・再雇用契約書 兼 労働条件通知書（Word）
　・勤務希望調査票（Excel）

ご不明点があればお知らせください。
""" + SIG_SOMA,
        "attachments": [
            {"kind": "zip", "name": "転籍再雇用_様式一式.zip",
             "files": [
                 {"kind": "docx", "name": "転籍同意書.docx",
                  "paragraphs": ["転籍同意書", "私は、　　年　　月　　日付で株式会社サンライズ・スタッフィングへ転籍することに同意します。",
                                 "氏名：＿＿＿＿＿＿＿＿　　　印", "日付：＿＿＿＿年＿＿月＿＿日"]},
                 {"kind": "docx", "name": "再雇用契約書_兼_労働条件通知書.docx",
                  "paragraphs": ["再雇用契約書 兼 労働条件通知書", "契約期間：　　年　　月　　日～　　年　　月　　日",
                                 "就業場所：", "業務内容：", "始業・終業時刻：", "賃金：時給　　　円"]},
                 {"kind": "xlsx", "name": "勤務希望調査票.xlsx",
                  "sheets": {"調査票": [["勤務希望調査票"], ["氏名", ""], ["希望日数", ""], ["希望業務", ""]]}},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ZIP of blank templates; no personal data",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "keizokukoyo-056",
        "charset": "utf-8",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["井筒 雅人 <m.izutsu@kotobuki-life.co.jp>"],
        "subject": "退職者団体医療保険 保険料のカード払い変更（宍倉様）",
        "body": """ことぶき生命保険 団体営業部
井筒様

お世話になっております。日の出OB会事務局の桐生です。

退職者団体医療保険に加入している宍倉様から、年金口座振替から
クレジットカード払いへの変更のご依頼をお電話で受けましたので、お伝えします。
ご本人から事務局経由での手続を希望されています。

　加入者：宍倉 伊佐夫 様（証券番号 KT-88120547）
　カード番号：""" + card_number(SEED + 101) + """
　有効期限：09/29
　名義：ISAO SHISHIKURA

変更後の初回引落し月をご教示ください。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a retiree's full credit card number sent to the insurer by mail: card number",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "keizokukoyo-057",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "1/14 転籍再雇用制度 説明会スライド（ご確認のお願い）",
        "body": """北条様

お世話になっております。相馬です。
1月14日の社員向け説明会で使うスライドの案をお送りします。
貴社の登録手続・福利厚生のページ（5～6枚目）の記載に誤りがないか
ご確認いただけますでしょうか。

修正は直接スライドに書き込んでいただいて構いません。
""" + SIG_SOMA,
        "attachments": [
            {"kind": "pptx", "name": "転籍再雇用制度_説明会_v2.pptx", "title": "転籍再雇用制度のご案内",
             "page_footer": "日の出産業株式会社 人事部",
             "slides": [
                 ["転籍再雇用制度のご案内", "2027年1月14日 人事部"],
                 ["制度の目的", "多様な働き方の選択肢", "グループ内での経験活用"],
                 ["対象者", "定年到達者のうち希望者", "派遣就業に同意した方"],
                 ["労働条件", "時給制・週3～5日", "1年更新・70歳まで"],
                 ["サンライズ・スタッフィングでの登録", "登録説明会への参加", "必要書類の提出"],
                 ["福利厚生", "グループ健保・共済会を継続", "提携健診機関の利用"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "briefing slides for employees shared with the subsidiary; no personal data",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "keizokukoyo-058",
        "charset": "utf-8",
        "sender": "Chikage Soma <c.soma@hinode-sangyo.co.jp>",
        "to": ["Daniel Okafor <d.okafor@meridian-hr-partners.com>"],
        "subject": "Senior workforce plan FY2027-2029 (draft)",
        "body": """Dear Daniel,

Please find attached the draft of our senior workforce plan for FY2027-2029,
which we would like you to review before the board meeting in February.
Pages 3 and 4 contain the headcount and cost projections by division.

Your comments by 15 January would be most helpful.
""" + SIG_EN_SOMA,
        "attachments": [
            {"kind": "pdf", "name": "Senior_Workforce_Plan_FY2027-2029_draft.pdf",
             "title": "Senior Workforce Plan FY2027-2029",
             "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
             "page_footer": "Strictly confidential. Do not distribute.",
             "lines": ["Senior Workforce Plan FY2027-2029 (Draft v0.9)",
                       "1. Headcount aged 60+ is projected to rise from 165 to 231.",
                       "2. Share of reduced-hours contracts: target 35%.",
                       "3. Cost of re-employed staff: JPY 2.1bn to JPY 2.8bn.", ""],
             "table": [["Division", "FY2027", "FY2028", "FY2029"],
                       ["Manufacturing", "74", "86", "101"],
                       ["Logistics", "38", "44", "52"],
                       ["Administration", "53", "61", "78"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped CONFIDENTIAL in header and footer sent to an outside consultant: marking",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "keizokukoyo-059",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 健吾 <k.kito@hinode-sangyo.co.jp>",
        "to": ["大河内 亮 <r.okochi@hinode-sangyo.co.jp>"],
        "cc": ["osaka-soumu@mail.hinode-sangyo.co.jp"],
        "subject": "大阪支社 継続雇用希望者の連絡先一覧",
        "body": """大河内さん

大阪支社総務の鬼頭です。
来年度に定年到達する大阪支社の継続雇用希望者の連絡先です。
面談日程の調整にお使いください。

　氏名　　　　　生年月日　　　携帯
　----------------------------------------
　岩動 清隆　　 1967/05/13　　090-6138-2240
　茨木 由美子　 1967/06/30　　080-9921-4476
　垂水 壮介　　 1967/08/08　　090-3357-8812
　枚方 登美恵　 1967/10/19　　070-1046-6630
　吹田 善治　　 1968/02/02　　080-5573-0095
　箕面 光男　　 1968/03/15　　090-2208-4419

鬼頭
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "list of six employees, but To and Cc are the internal domain and an internal subdomain: goes",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "keizokukoyo-060",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["研修事務局 <jimukyoku@next-stage-kenshu.co.jp>"],
        "subject": "「再雇用者向けキャリア研修」受講者名簿のご送付",
        "body": """ネクストステージ研修 研修事務局 御中

お世話になっております。日の出産業の相馬です。
1月26日実施の「再雇用者向けキャリア研修」の受講者名簿です。
オンライン受講用のURLを各自のメールアドレスへお送りください。

氏名\t所属\tメール\t携帯電話
仁科 佳世\t経理部\tk.nishina.home@gmail.com\t080-2218-9045
蓮見 克己\t製造部\thasumi.katsumi@yahoo.co.jp\t070-4461-7739
雪村 忠司\t品質保証部\ttadashi-yukimura@outlook.jp\t090-8105-3326
江頭 のり子\t総務部\tnoriko.egashira@icloud.com\t080-7762-1049
猿渡 義一\t物流センター\tyoshikazu.saruwatari@gmail.com\t090-3376-2154
土橋 八重\t営業部\tyae.dobashi@ezweb.ne.jp\t090-4417-5583
辺見 亮介\t設備管理課\thenmi-r@softbank.ne.jp\t080-1264-8830
楠瀬 光代\t人事部\tkusunose.mitsuyo@gmail.com\t070-3385-6612

当日の緊急連絡先は相馬（03-5487-2214）です。
""" + SIG_SOMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated roster of eight trainees with private e-mail addresses and mobiles to the training firm: list of people",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "keizokukoyo-061",
        "charset": "cp932",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "RE: 資格喪失・取得の同日処理の対象者",
        "body": """宇佐美先生

ご確認ありがとうございます。
同日得喪の対象は先生の一覧のとおりで相違ありません。
届書は来週月曜に電子申請でお願いいたします。

大河内

-----Original Message-----
From: 宇佐美 典子 <n.usami@minato-roumu.jp>
Sent: Tuesday, November 17, 2026 6:12 PM
To: 大河内 亮 <r.okochi@hinode-sangyo.co.jp>
Subject: 資格喪失・取得の同日処理の対象者

大河内様

12月の同日得喪の対象者を下記のとおり確認しました。相違がないかご確認ください。

  氏名          生年月日      基礎年金番号    再雇用後標準報酬
  雨宮 征四郎   1966/12/08    1301-447820     240千円
  今泉 佐和子   1966/12/14    1305-119364     180千円
  上杉 昌平     1966/12/20    1308-552071     240千円
  大戸 喜代美   1966/12/27    1302-368845     180千円
  加賀谷 伸     1966/12/31    1306-790213     200千円

みなと労務パートナーズ
社会保険労務士 宇佐美 典子
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list (with pension numbers) is only in the quoted Original Message from the recipient herself; new text has no data",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "keizokukoyo-062",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "派遣先での配慮事項（雪村さん）",
        "body": """北条様

お世話になっております。大河内です。
4月から品質保証部へ派遣いただく予定の雪村 忠司さん（1966年12月11日生）について、
ご本人の了解のうえで、配置上の配慮事項をお伝えします。

　・身体障害者手帳（聴覚障害 4級）を所持しています。
　・両耳とも補聴器を使用。騒音の大きい工程への配置は避けてください。
　・朝礼等の口頭連絡は、書面またはチャットでの補足をお願いします。

なお、貴社での障害者雇用率の算定対象となるかについても確認をお願いします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's disability certificate grade and hearing impairment sent to the subsidiary: sensitive data",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "keizokukoyo-063",
        "charset": "utf-8",
        "sender": "御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>",
        "to": ["汐見 航 <w.shiomi@shirakawa-law.jp>"],
        "subject": "【ご相談】健康状態を理由とする職務変更の可否（匿名事例）",
        "body": """汐見先生

お世話になっております。御子柴です。
一般論としてのご見解をいただきたく、匿名化した事例でご相談いたします。

　A氏（62歳・男性・製造部第二課、再雇用2年目）
　糖尿病性網膜症により視力が低下し、主治医から精密作業は困難との意見あり。
　現在の検査工程から、梱包工程（時給は1割低い）への職務変更を打診したい。

再雇用契約の期間途中で職務と賃金を変更することが可能か、
また本人の同意が得られない場合の対応についてご教示ください。
""" + SIG_MIKOSHIBA,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an 'anonymised' case with a diagnosis, but age, sex, section and contract year may well identify the person to the recipient",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "keizokukoyo-064",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["鬼頭 健吾 <k.kito@hinode-sangyo-co.jp>"],
        "subject": "Re: 大阪支社 継続雇用希望者の面談日程",
        "body": """鬼頭さん

連絡先ありがとうございました。
面談は以下で調整をお願いします。本人への連絡は鬼頭さんからお願いします。

　12/8（火）10:00　岩動 清隆さん（090-6138-2240）
　12/8（火）11:00　茨木 由美子さん（080-9921-4476）

残りの4名は来週に改めて候補日を送ります。

大河内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "colleague addressed at hinode-sangyo-co.jp (hyphen for a dot): look-alike of the own domain, with two people's phones",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "keizokukoyo-065",
        "charset": "cp932",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["日下部 医師 <kusakabe@kaede-kenshin.or.jp>"],
        "subject": "衛生委員会資料：年齢階層別の有所見率（集計値）",
        "body": """日下部先生

いつもお世話になっております。安全衛生室の瀬戸口です。
次回衛生委員会でご講評いただく、年齢階層別の有所見率の集計をお送りします。
個人が特定されないよう、10名未満の区分は「－」としております。

　年齢階層　　受診者数　有所見率　血圧　　脂質　　血糖　　肝機能
　～49歳　　　　612　　　38.4%　　8.2%　 21.6%　 4.1%　 12.3%
　50～59歳　　　421　　　57.9%　 19.7%　 30.2%　 11.4%　 15.0%
　60～64歳　　　118　　　68.6%　 31.4%　 28.8%　 17.8%　 13.6%
　65～69歳　　　 41　　　75.6%　 39.0%　 26.8%　 22.0%　  9.8%
　70歳～　　　　  6　　　 －　　　－　　　－　　　－　　　－

60歳以上で血圧・血糖の有所見率が高く、再雇用者向けの保健指導を強化したいと考えております。
""" + SIG_SETOGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate findings rates by age band with small cells suppressed; statistics, no individual",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "keizokukoyo-066",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "署名済み 再雇用契約書の送付（スキャン変換版）",
        "body": """生田目様

お世話になっております。大河内です。
1月転籍者の署名済み再雇用契約書をWord形式に変換したものを送ります。
原本は社内便でお送りしました。

よろしくお願いします。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "corrupt", "name": "再雇用契約書_署名済_202701.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached DOCX is damaged and cannot be read",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "keizokukoyo-067",
        "charset": "iso-2022-jp",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["辺見 亮介 <henmi-r@softbank.ne.jp>"],
        "cc": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "年金相談の日程（12/16 14:00）",
        "body": """辺見さん
（cc：社労士 宇佐美先生）

給与課の笹倉です。ご自宅のアドレスへ失礼します。
ご希望の年金相談は、12月16日（水）14:00から本社5F 相談室Bで承ります。
宇佐美先生が対応されます。

当日は、お手元の「ねんきん定期便」をお持ちください。
都合が悪くなった場合は、このメールに返信でご連絡ください。

笹倉
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "one private person plus one firm: two external parties, appointment only; goes (free-mail warning)",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "keizokukoyo-068",
        "charset": "cp932",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "11月分 再雇用派遣スタッフの勤怠（旧形式xls）",
        "body": """北条様

お世話になっております。大河内です。
11月分の勤怠データです。物流センターの端末が古く、xls形式での出力になっております。
請求書の作成にお使いください。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "xls", "name": "勤怠_202611_物流センター.xls",
             "sheets": {"11月": [
                 ["スタッフNo", "氏名", "生年月日", "携帯電話", "出勤日数", "実働時間", "深夜"],
                 ["SS-1041", "小鳥遊 文雄", "1965/02/11", "090-4418-2276", 13, 78.0, 0],
                 ["SS-1042", "東海林 澄江", "1964/10/05", "080-3952-0187", 8, 52.5, 0],
                 ["SS-1043", "薬師寺 勝", "1965/07/27", "070-2264-8831", 17, 85.0, 0],
                 ["SS-1044", "五十嵐 仁志", "1966/01/19", "090-7310-6645", 9, 54.0, 0],
                 ["SS-1045", "一ノ瀬 トミ子", "1964/04/08", "080-6627-4410", 12, 60.0, 0],
                 ["SS-1046", "雲母 辰夫", "1965/12/24", "090-1183-9962", 8, 64.0, 0],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of six staff with birth dates and mobiles to the subsidiary: list of people",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "keizokukoyo-069",
        "charset": "utf-8",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["サンライズ・スタッフィング 経理部 <keiri@sunrise-staffing.co.jp>"],
        "subject": "支払通知書（2026年11月分 派遣料金）",
        "body": """株式会社サンライズ・スタッフィング
経理部 御中

いつもお世話になっております。日の出産業 経理部の笹倉です。
11月分の派遣料金について、下記のとおりお支払いいたします。

　請求書番号：SS-INV-2026-1130-04
　貴社登録番号：T4010401088217
　請求金額：3,847,560円（うち消費税 349,778円）
　支払予定日：2026年12月25日
　振込先：みどり銀行 大崎支店 普通 0628815 カ）サンライズ・スタッフィング

差異がございましたら12月18日までにご連絡ください。
""" + SIG_SASAKURA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "payment notice with invoice number, the subsidiary's T-number and company bank account; business data",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "keizokukoyo-070",
        "charset": "iso-2022-jp",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["給与計算センター <center@payrollworks.co.jp>"],
        "subject": "扶養控除等申告書（再雇用者・1名）の送付",
        "body": """株式会社ペイロールワークス
給与計算センター 御中

お世話になっております。日の出産業の笹倉です。
1月から再雇用となる方の扶養控除等（異動）申告書をPDFでお送りします。
年末調整のデータ登録をお願いいたします。

原本は12月25日までに郵送いたします。
""" + SIG_SASAKURA,
        "attachments": [
            {"kind": "pdf", "name": "扶養控除等申告書_2027_H09037.pdf",
             "title": "令和9年分 給与所得者の扶養控除等（異動）申告書",
             "lines": ["令和9年分 給与所得者の扶養控除等（異動）申告書",
                       "所轄税務署長：品川税務署長",
                       "給与の支払者の名称：日の出産業株式会社",
                       "",
                       "あなたの氏名：桐谷 宗一郎（キリタニ ソウイチロウ）",
                       "あなたの個人番号：" + my_number(SEED + 8),
                       "あなたの生年月日：昭和41年12月23日",
                       "あなたの住所：神奈川県横浜市緑区十日市場町803-14",
                       "",
                       "源泉控除対象配偶者：桐谷 由起子　生年月日 昭和43年3月2日",
                       "配偶者の個人番号：" + my_number(SEED + 9),
                       "所得の見積額：0円"]},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tax form PDF with the My Numbers of a re-employed employee and his spouse to the payroll outsourcer",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "keizokukoyo-071",
        "charset": "cp932",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "Re: 短時間派遣の就業条件（週30時間の扱い）",
        "body": """北条様

ご質問ありがとうございます。大河内です。

ご指摘のとおり、週30時間（1日6時間×週5日）の場合、社会保険の加入対象となります。
弊社としては、次の2パターンで就業条件明示書を作成いただければと思います。

　パターンA：週4日×7時間＝28時間（社保加入あり、雇用保険加入）
　パターンB：週3日×6時間＝18時間（社保加入なし、雇用保険は20時間未満のため対象外）

派遣料金はいずれも先日の対照表の単価でお願いします。
パターンBを選んだ方には、雇用保険の対象外となる点を登録時にご説明ください。

--- 北条様からのメール ---
> 週30時間勤務の場合、社会保険の扱いはどうなりますでしょうか。
> 就業条件明示書のひな形に反映したいと考えております。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "working-hours and insurance rules for reduced-hours contracts; no individual",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "keizokukoyo-072",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["東邦精工 人事課 <jinji@toho-seiko.co.jp>"],
        "cc": ["丸仲建設 総務部 <soumu@marunaka-kensetsu.co.jp>",
               "やまびこ商事 人事総務 <hr@yamabiko-shoji.co.jp>",
               "海運物流サービス 管理部 <kanri@kaiun-butsuryu.jp>"],
        "subject": "品川地区 シニア雇用情報交換会（第3回）開催のお知らせ",
        "body": """品川地区 人事担当者の皆様

いつもお世話になっております。今回の幹事を務めます日の出産業の相馬です。

第3回 シニア雇用情報交換会を下記のとおり開催いたします。
今回は「70歳就業確保措置の導入事例」と「再雇用者の賃金と評価」がテーマです。

　日時：2027年2月5日（金）15:00～17:30（終了後懇親会）
　会場：日の出産業 本社5F 大会議室
　話題提供：東邦精工様（創業支援等措置の検討状況）

ご出席者のお名前を1月22日までに相馬までお知らせください。
""" + SIG_SOMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four outside companies in To/Cc of one invitation, visible to each other: should have been Bcc",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "keizokukoyo-073",
        "charset": "utf-8",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["江頭 のり子 <noriko.egashira@icloud.com>"],
        "subject": "Re: 再雇用後の年金がどうなるかについて",
        "body": """江頭さん

給与課の笹倉です。ご質問ありがとうございます。一般的な仕組みをご説明します。

・60歳台で厚生年金に加入しながら働く場合、「在職老齢年金」の仕組みにより、
　月給（標準報酬月額＋直近1年の賞与の1/12）と年金月額の合計が基準額を超えると、
　超えた額の半分の年金が支給停止になります。
・基準額は2025年度で月51万円です（毎年度改定）。
・再雇用後の給与が一定以上下がった場合は、雇用保険から高年齢雇用継続給付が出ますが、
　この給付を受けている間は、年金の一部（最大で標準報酬月額の4%）が調整されます。

個別の金額は年金事務所で試算してもらえます。
社内の年金相談会（社労士の先生が対応）もご利用ください。

On 2026/11/18 21:40, 江頭 のり子 wrote:
> 再雇用になったら年金が減ると聞きました。どういう仕組みなのでしょうか。
""" + SIG_SASAKURA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "general explanation of pension rules to one employee's private address; no personal data",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "keizokukoyo-074",
        "charset": "cp932",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "転送：産業医意見書（木暮さん）",
        "body": """生田目様

安全衛生室の瀬戸口です。
木暮さんの就業上の措置について、当社産業医の意見書を転送します（PDF添付）。
派遣先での勤務時間の設定にご反映ください。

---------- 転送メッセージ ----------
差出人：日下部 医師 <kusakabe@kaede-kenshin.or.jp>
件名：意見書送付（木暮様）

瀬戸口様
木暮様の面談結果に基づく意見書を添付いたします。
血圧コントロールが不良のため、当面は時間外労働を禁止としてください。
日下部
""" + SIG_SETOGUCHI,
        "attachments": [
            {"kind": "pdf", "name": "就業上の措置に関する意見書_木暮.pdf",
             "title": "就業上の措置に関する意見書",
             "lines": ["就業上の措置に関する意見書",
                       "事業者殿　日の出産業株式会社",
                       "氏名：木暮 義信　　生年月日：昭和39年11月30日（62歳）",
                       "所属：設備管理（再雇用・派遣）",
                       "",
                       "健診結果：血圧 172/104 mmHg、心電図 左室肥大",
                       "診断：高血圧症（降圧薬2剤服用中）",
                       "就業区分：就業制限",
                       "措置内容：時間外労働の禁止、高所作業の禁止（3か月）",
                       "",
                       "2026年11月12日　産業医 日下部 恭平"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward of the occupational physician's opinion (diagnosis, medication, restrictions) on a named worker to the subsidiary",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "keizokukoyo-075",
        "charset": "iso-2022-jp",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["井筒 雅人 <m.izutsu@kotobuki-life.co.jp>"],
        "subject": "退職者団体保険 新規加入申込者データ（2026年度下期）",
        "body": """井筒様

お世話になっております。OB会事務局の桐生です。
今期の退職者団体保険の新規加入申込者のデータをCSV（UTF-8）でお送りします。
申込書原本は本日発送しました。

ご確認のほどよろしくお願いいたします。
""" + SIG_KIRYU,
        "attachments": [
            {"kind": "csv", "name": "団体保険_新規加入_2026下期.csv", "encoding": "utf-8",
             "rows": [
                 ["申込番号", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話番号", "プラン"],
                 ["K26-201", "鬼塚 良平", "オニツカ リョウヘイ", "1966-04-02", "336-0031", "埼玉県さいたま市南区鹿手袋3-14-9", "048-862-4471", "医療A"],
                 ["K26-202", "丹羽 京子", "ニワ キョウコ", "1966-05-17", "214-0014", "神奈川県川崎市多摩区登戸2087-5", "044-931-2286", "医療B"],
                 ["K26-203", "笠松 昭一", "カサマツ ショウイチ", "1966-06-09", "273-0031", "千葉県船橋市西船6-2-18-305", "047-433-9150", "医療A"],
                 ["K26-204", "廿日出 登", "ハツカデ ノボル", "1966-07-21", "190-0022", "東京都立川市錦町5-11-3", "042-524-6617", "医療A＋がん"],
                 ["K26-205", "真壁 千鶴", "マカベ チヅル", "1963-08-30", "359-1111", "埼玉県所沢市緑町4-29-2", "04-2922-3085", "医療B"],
                 ["K26-206", "道祖土 隆之", "サイド タカユキ", "1966-09-12", "252-0303", "神奈川県相模原市南区相模大野8-6-21", "042-745-1942", "医療A"],
                 ["K26-207", "榎戸 ハル", "エノキド ハル", "1966-10-25", "133-0057", "東京都江戸川区西小岩1-30-7", "03-3657-2208", "医療B"],
                 ["K26-208", "猪瀬 国男", "イノセ クニオ", "1966-11-06", "302-0024", "茨城県取手市新町3-8-12", "0297-72-5561", "医療A＋がん"],
                 ["K26-209", "宍倉 伊佐夫", "シシクラ イサオ", "1966-03-28", "270-2241", "千葉県松戸市松戸新田592-7", "047-362-8814", "医療A"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of nine retirees' insurance applications with birth dates, addresses and phones: list of people",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "keizokukoyo-076",
        "charset": "iso-2022-jp",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["さくらホテル品川 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "Re: 1/23 新年会 講師の控室と到着時刻",
        "body": """森下様

お世話になっております。桐生です。
当日ご講演いただくお二人の到着予定をお知らせします。
控室（2階 桔梗の間）へのご案内をお願いいたします。

　・宇佐美 典子 様（社会保険労務士）　11:20頃到着　当日連絡先 090-5523-7718
　・土師 昭二 様（OB会 会長）　　　　 11:00頃到着　当日連絡先 090-2871-4406

お二人ともお車でお越しのため、駐車券を2枚ご用意ください。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two speakers' arrival times and mobile numbers to the hotel: under five records, may be warned",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "keizokukoyo-077",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 出向受入担当 <shukko@kawasakl-denki.co.jp>"],
        "subject": "出向受入れのご検討ありがとうございます（資料送付）",
        "body": """川崎電機株式会社
人事部 出向受入ご担当者様

お世話になっております。日の出産業の相馬です。
先日はシニア人材の出向受入れについて前向きにご検討いただき、ありがとうございました。

ご依頼のあった出向契約書のひな形と、出向負担金の算定方法の資料は、
来週前半にお送りいたします。あわせて、候補者の経歴概要（氏名なし）もご用意します。

引き続きよろしくお願いいたします。
""" + SIG_SOMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner kawasaki-denki.co.jp spelled kawasakl-denki.co.jp (l for i homoglyph): look-alike domain",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "keizokukoyo-078",
        "charset": "cp932",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "再雇用賃金シミュレーション（等級別モデル）",
        "body": """宇佐美先生

お世話になっております。給与課の笹倉です。
高年齢雇用継続給付の縮小（給付率最大10%）を踏まえた、再雇用後賃金の
等級別モデルを作成しましたのでお送りします。個人データは含んでおりません。

給付と在職老齢年金を合わせた手取りの見え方について、ご意見をいただけますか。
""" + SIG_SASAKURA,
        "attachments": [
            {"kind": "xlsx", "name": "再雇用賃金シミュレーション_等級別.xlsx",
             "title": "取扱注意 再雇用賃金シミュレーション",
             "page_header": "取扱注意",
             "sheets": {
                 "モデル": [
                     ["【取扱注意】再雇用賃金シミュレーション（等級別モデル） 2026/11 給与課"],
                     [],
                     ["60歳時等級", "60歳時月額", "再雇用後月額", "低下率", "継続給付（月）", "年金（月）", "合計"],
                     ["M2", 480000, 330000, 0.6875, 13200, 96000, 439200],
                     ["L3", 410000, 270000, 0.6585, 27000, 88000, 385000],
                     ["L2", 360000, 230000, 0.6389, 23000, 82000, 335000],
                     ["L1", 310000, 200000, 0.6452, 20000, 76000, 296000],
                 ],
                 "前提": [["標準報酬は等級中央値で計算"], ["年金は報酬比例部分のモデル値"]],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "spreadsheet stamped 取扱注意 (title row, document title, page header) sent to the attorney: marking",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "keizokukoyo-079",
        "charset": "iso-2022-jp",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["高年齢者活躍推進協会 セミナー事務局 <seminar@koukatsu.or.jp>"],
        "subject": "「65歳超雇用推進助成金 活用セミナー」参加申込",
        "body": """高年齢者活躍推進協会
セミナー事務局 御中

下記のとおり参加を申し込みます。

　セミナー名：65歳超雇用推進助成金 活用セミナー（2/18 会場開催）
　会社名：日の出産業株式会社
　所在地：〒141-0032 東京都品川区大崎9-8-7 日の出ビル5F
　参加者：人事部 人事企画課 相馬 千景
　連絡先：03-5487-2214 / c.soma@hinode-sangyo.co.jp
　業種・規模：製造業・従業員1,284名

受講票の送付をお願いいたします。
""" + SIG_SOMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seminar registration with only the sender's own business contact details",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "keizokukoyo-080",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["サンライズ・スタッフィング 登録センター <touroku@sunrise-staffing.co.jp>"],
        "subject": "派遣スタッフ事前登録のお願い（4月転籍予定者）",
        "body": """サンライズ・スタッフィング
登録センター ご担当者様

日の出産業 人事部の大河内です。
4月1日付で貴社へ転籍予定の方の事前登録をお願いします。

■■ 1 ■■
氏名：鶴見 幸三（ツルミ コウゾウ）
生年月日：1967年5月9日
住所：東京都大田区東糀谷4-3-17
携帯：090-2261-7430

■■ 2 ■■
氏名：宇留野 和也（ウルノ カズヤ）
生年月日：1967年6月23日
住所：神奈川県川崎市川崎区大師駅前2-11-5-201
携帯：080-1175-3398

■■ 3 ■■
氏名：神子田 静（ミコダ シズカ）
生年月日：1967年7月1日
住所：東京都品川区南大井6-25-9
携帯：090-8824-5521

■■ 4 ■■
氏名：柳生 敏明（ヤギュウ トシアキ）
生年月日：1967年8月16日
住所：神奈川県横浜市港北区綱島東5-8-30
携帯：070-5530-1187

■■ 5 ■■
氏名：大鷹 ふみ（オオタカ フミ）
生年月日：1967年9月28日
住所：東京都目黒区碑文谷2-19-4
携帯：080-4409-2763

登録説明会の日程が決まりましたらご本人へ直接ご連絡ください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five people in one-record-per-block form with birth dates, home addresses and mobiles: list of people",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "keizokukoyo-081",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "転籍予定者の在留資格確認（サントス氏）",
        "body": """生田目様

お世話になっております。大河内です。
4月に貴社へ転籍予定の技能職 サントス・ルイス・ヒロシ さんについて、
貴社での在留資格の確認用に在留カードの情報をお送りします。

　氏名：SANTOS LUIS HIROSHI
　生年月日：1966年10月30日
　在留カード番号：UH48203917ER
　在留資格：定住者
　在留期間（満了日）：2028年7月14日

在留カードの写しは転籍手続の際にご本人から提出してもらいます。
外国人雇用状況届出の要否についてもご確認ください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "residence card number of a named worker sent to the subsidiary: identity document number",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "keizokukoyo-082",
        "charset": "iso-2022-jp",
        "sender": "御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>",
        "to": ["汐見 航 <w.shiomi@shirakawa-law.jp>"],
        "subject": "顧問契約の更新と相談範囲の追加について",
        "body": """汐見先生

いつもお世話になっております。御子柴です。

来年度の顧問契約の更新にあたり、人事労務分野の相談範囲に
「継続雇用・転籍に関する個別相談（月2件まで）」を追加していただけないかと考えております。
顧問料の増額が必要でしたら、お見積りをいただけますでしょうか。

また、グループ会社（サンライズ・スタッフィング）からの相談も、
弊社の顧問契約の範囲で受けていただけるかご確認をお願いいたします。
""" + SIG_MIKOSHIBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal with the law firm partner; no personal data",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "keizokukoyo-083",
        "charset": "cp932",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["日下部 医師 <kusakabe@kaede-kenshin.or.jp>"],
        "subject": "高年齢者面談の事前資料（暗号化ZIP）",
        "body": """日下部先生

お世話になっております。安全衛生室の瀬戸口です。
12月の高年齢者面談（8名）の事前資料を暗号化ZIPでお送りします。
パスワードは、いつものとおりショートメッセージでお送りします。

面談は12月9日・10日の午後を予定しております。
""" + SIG_SETOGUCHI,
        "attachments": [
            {"kind": "zip", "name": "高年齢者面談_事前資料_202612.zip", "password": "kaede-1209",
             "files": [
                 {"kind": "xlsx", "name": "面談対象者.xlsx", "sheets": {"対象": [
                     ["氏名", "生年月日", "所見"],
                     ["猪狩 敏郎", "1965/03/14", "糖尿病"],
                     ["宍戸 和夫", "1965/01/09", "心房細動"],
                 ]}},
                 {"kind": "pdf", "name": "問診票.pdf", "lines": ["問診票（8名分）"]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "AES-encrypted ZIP to the occupational physician: attachment cannot be inspected",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "keizokukoyo-084",
        "charset": "utf-8",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["猪狩 敏郎 <toshiro.igari56@gmail.com>"],
        "subject": "ご依頼の健診結果（ご本人様控え）",
        "body": """猪狩 敏郎 様

安全衛生室の瀬戸口です。
先日お電話でご依頼のあった今年度の健康診断結果を、ご本人様控えとしてお送りします。
かかりつけ医の受診時にお使いください。

　受診日：2026年6月18日
　HbA1c：7.8%（基準値 5.5%以下）　空腹時血糖：142 mg/dL
　判定：D（要治療）　所見：糖尿病の疑い
　血圧：138/86 mmHg　判定：B

結果票の原本は社内便でお送り済みです。
早めの受診をお願いいたします。
""" + SIG_SETOGUCHI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "the employee's own health results sent at his request to his private gmail: sensitive data, but only to the data subject",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "keizokukoyo-085",
        "charset": "iso-2022-jp",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["給与課 共有 <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "FW: 扶養家族の追加について（再雇用・阿久津）",
        "body": """給与課各位

阿久津さんからの扶養追加の連絡です。
ペイロールワークスへは別途、個人番号を除いた形で連絡しますので、
マイナンバー管理台帳への登録だけお願いします。

----- Forwarded Message -----
From: 阿久津 孝典 <t.akutsu@hinode-sangyo.co.jp>
Subject: 扶養家族の追加について

　配偶者氏名：阿久津 聡美（あくつ さとみ）
　生年月日：1968年5月21日
　個人番号：""" + my_number(SEED + 10) + """
　住所：神奈川県大和市中央林間7-18-3

笹倉
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "My Number forwarded to an internal shared mailbox only: goes",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "keizokukoyo-086",
        "charset": "utf-8",
        "sender": "笹倉 公平 <k.sasakura@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "障害年金受給中の再雇用者の賃金と年金調整について",
        "body": """宇佐美先生

お世話になっております。給与課の笹倉です。
再雇用後の賃金設定について、個別にご相談させてください。

　氏名：廿楽 修司（つづら しゅうじ）　昭和42年3月4日生
　基礎年金番号：2401-395518
　受給中の年金：障害厚生年金 2級（脳梗塞後遺症による左半身麻痺）
　現在の勤務：総務部 文書管理（短時間・週4日）

障害年金を受給しながら再雇用となった場合、在職老齢年金の支給停止との関係や、
65歳以降の老齢年金との選択について、本人向けに説明したいと考えております。
ご教示いただけますと幸いです。
""" + SIG_SASAKURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's disability pension grade, stroke sequelae and pension number to the attorney: sensitive data and identifier",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "keizokukoyo-087",
        "charset": "utf-8",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "再雇用ガイドブック 裏表紙の問合せ先一覧（入稿データ）",
        "html": """<html><body>
<p>錦印刷株式会社 営業部 御中</p>
<p>お世話になっております。日の出産業 人事企画課の相馬です。<br>
「継続雇用ガイドブック2027」の裏表紙に掲載する問合せ先一覧です。
下表のとおり組版をお願いいたします（300部、2月10日納品希望）。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>窓口</th><th>所在地</th><th>電話</th><th>受付</th></tr>
<tr><td>日の出産業 人事部 労務グループ</td><td>東京都品川区大崎9-8-7 日の出ビル5F</td><td>03-5487-2210</td><td>平日 9:00-17:30</td></tr>
<tr><td>サンライズ・スタッフィング 本社</td><td>東京都品川区東五反田2-14-1 五反田NKビル3F</td><td>03-5420-6610</td><td>平日 9:00-18:00</td></tr>
<tr><td>サンライズ・スタッフィング 川崎営業所</td><td>神奈川県川崎市川崎区駅前本町26-4</td><td>044-246-3381</td><td>平日 9:00-18:00</td></tr>
<tr><td>サンライズ・スタッフィング 大宮営業所</td><td>埼玉県さいたま市大宮区宮町1-60</td><td>048-658-2270</td><td>平日 9:00-18:00</td></tr>
<tr><td>みなと労務パートナーズ（年金相談）</td><td>東京都港区芝5-31-19 芝アーバンビル7F</td><td>03-6435-0921</td><td>平日 10:00-17:00</td></tr>
<tr><td>日の出産業健康保険組合</td><td>東京都品川区大崎9-8-7 日の出ビル3F</td><td>03-5487-2290</td><td>平日 9:00-17:00</td></tr>
</table>
<p>校正は2回でお願いします。</p>
<p>日の出産業株式会社 人事部 人事企画課<br>相馬 千景　TEL 03-5487-2214</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of office contact points (businesses, switchboards) for printing; no people",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "keizokukoyo-088",
        "charset": "cp932",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "令和10年度 定年到達予定者（派遣候補）について",
        "body": """北条様

お世話になっております。大河内です。
再来年度の要員計画の参考として、令和10年度に定年を迎える方のうち、
派遣での再雇用を検討している方をお知らせします。まだ本人への確定的な説明前ですので、
貴社内での取扱いにご注意ください。

・ヒイラギ　マサル（柊 勝）　　　昭和４３年４月２２日生　製造部
・ミナセ　キョウコ（水無瀬 京子）　昭和４３年６月３日生　　経理部
・トドロキ　ケンジ（轟 健二）　　　昭和４３年７月１５日生　物流センター
・アサギリ　ミツオ（朝霧 光雄）　　昭和４３年９月９日生　　品質保証部
・ヨモギダ　サチエ（蓬田 幸恵）　　昭和４３年１１月２８日生　総務部
・カザマ　リュウイチ（風間 隆一）　昭和４４年１月６日生　　製造部
・シノノメ　タケシ（東雲 武）　　　昭和４４年３月１７日生　設備管理課

詳細は来年の面談後にあらためてご連絡します。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "seven employees with kana names and 和暦 birth dates (full-width) as bullets: list of people",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "keizokukoyo-089",
        "charset": "iso-2022-jp",
        "sender": "桐生 美帆 <m.kiryu@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "OB会報 送付先の住所変更（1件）",
        "body": """錦印刷 制作部 ご担当者様

お世話になっております。OB会事務局の桐生です。
OB会報の送付先に住所変更が1件ありましたので、宛名データの修正をお願いします。

　氏名：笠松 昭一 様
　旧住所：千葉県船橋市西船6-2-18-305
　新住所：〒272-0034 千葉県市川市市川2-7-31 グランシティ市川802

冬号の発送から新住所でお願いいたします。
""" + SIG_KIRYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one retiree's change of address to the printing partner: one record, may be warned",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "keizokukoyo-090",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["toshiaki.yagyu@gmail.com", "fumi-ootaka@gmail.com"],
        "cc": ["kazuya_uruno@ezweb.ne.jp"],
        "subject": "再雇用契約 更新面談の日程について",
        "body": """柳生さん、大鷹さん、宇留野さん

人事部の大河内です。ご自宅のアドレスへ失礼します。

3月末で再雇用契約の期間満了を迎える皆さんとの更新面談を、
下記の日程で行いたいと思います。

　3月2日（火）10:00／13:00／15:00（いずれも30分）

ご希望の時間帯を、このメールにご返信ください。
先着順で調整いたします。

大河内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private persons' addresses in To/Cc see each other: visible parties",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "keizokukoyo-091",
        "charset": "utf-8",
        "sender": "芦原 聡 <s.ashihara@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <support@tsubasa-system.jp>"],
        "subject": "年齢到達アラート帳票 表示崩れの件（画面キャプチャ添付）",
        "body": """ツバサシステム 導入支援ご担当者様

情報システム部の芦原です。
検証環境でアラート帳票を出力したところ、和暦表示の列幅が不足して
一部が「###」になっております。画面キャプチャを添付しますのでご確認ください。

検証環境のデータはすべてダミーです。
修正版のリリース予定をお知らせください。
""" + SIG_ASHIHARA,
        "attachments": [
            {"kind": "png", "name": "alert_report_capture.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bug report to the HR system vendor with a screenshot; no personal data",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "keizokukoyo-092",
        "charset": "utf-8",
        "sender": "御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>",
        "to": ["汐見 航 <w.shiomi@shirakawa-law.jp>"],
        "subject": "契約更新しない予定の嘱託社員一覧（リスク確認のお願い）",
        "body": """汐見先生

お世話になっております。御子柴です。
3月末で契約を更新しない方向で検討している嘱託社員の一覧を添付いたします。
雇止めの合理性について、個別にリスクをご確認いただけますでしょうか。
""" + SIG_MIKOSHIBA,
        "attachments": [
            {"kind": "pdf", "name": "雇止め検討対象者一覧_2027年3月.pdf",
             "title": "雇止め検討対象者一覧",
             "lines": ["雇止め検討対象者一覧（2027年3月末 契約満了分）", "人事部 作成", ""],
             "table": [
                 ["氏名", "生年月日", "年齢", "更新回数", "直近評価", "理由"],
                 ["鎌田 義範", "1962/05/02", "64", "4", "C", "業務縮小"],
                 ["菰田 恵美子", "1961/06/17", "65", "5", "D", "遅刻・欠勤多数"],
                 ["柘植 房江", "1962/05/20", "64", "4", "C", "本人の体力面"],
                 ["檜山 研一", "1960/08/03", "66", "6", "B", "70歳前の部署廃止"],
                 ["保科 絹代", "1961/08/22", "65", "5", "C", "指示違反（2回）"],
                 ["木暮 義信", "1960/11/30", "66", "6", "C", "就業制限の長期化"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF table of six named staff with birth dates and evaluations to the law firm: list of people",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "keizokukoyo-093",
        "charset": "cp932",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["株式会社シニアワークス東京 営業部 <sales@seniorworks-tokyo.co.jp>"],
        "subject": "秘密保持契約書（案）のご送付",
        "body": """株式会社シニアワークス東京
営業部 ご担当者様

お世話になっております。日の出産業の相馬です。
高年齢者向け職務開発コンサルティングのご提案に先立ち、
弊社ひな形の秘密保持契約書（案）をお送りします。

内容をご確認のうえ、修正のご要望があれば変更履歴付きでご返送ください。
締結後、弊社の継続雇用の状況について詳細をご説明いたします。
""" + SIG_SOMA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_案_シニアワークス東京.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": ["秘密保持契約書（案）",
                            "日の出産業株式会社（以下「甲」という。）と株式会社シニアワークス東京（以下「乙」という。）は、甲の高年齢者の職務開発に関する検討（以下「本件」という。）に関して開示される秘密情報の取扱いについて、次のとおり契約を締結する。",
                            "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上又は営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                            "第2条（秘密保持）乙は、秘密情報を第三者に開示又は漏洩してはならない。",
                            "第3条（個人情報）乙は、本件に関連して個人情報を取得した場合、個人情報保護法その他の法令を遵守する。",
                            "第8条（有効期間）本契約の有効期間は締結日から2年間とする。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "draft NDA sent to a consultant: a mail about confidentiality, not a marked document, no personal data",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "keizokukoyo-094",
        "charset": "iso-2022-jp",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 総務課 <soumu@aoba-unyu.co.jp>"],
        "subject": "再雇用ドライバー出向の条件確認",
        "body": """青葉運輸株式会社
総務課 ご担当者様

お世話になっております。日の出産業 人事部の大河内です。
再雇用ドライバーの出向について、条件を確認させてください。

　1. 乗務時間：1日の拘束時間は11時間以内、月の時間外は30時間以内
　2. 乗務車両：4t以下（大型は当面なし）
　3. 点呼：貴社営業所での対面点呼、アルコールチェックは貴社基準
　4. 年1回の適性診断（高齢者向け）の受診は弊社負担
　5. 出向負担金：月額 基本給相当額の80%

問題がなければ、出向契約書の案をお送りいたします。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "secondment terms with the real partner domain aoba-unyu.co.jp; no personal data",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "keizokukoyo-095",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["宇佐美 典子 <n.usami@minato-roumu.jp>"],
        "subject": "雇用保険 資格取得届の作成依頼（65歳以上 新規雇用2名）",
        "body": """宇佐美先生

お世話になっております。大河内です。
OB会経由で再雇用する65歳以上の2名について、高年齢被保険者としての
資格取得届の作成をお願いします。届出に必要な情報をExcelにまとめました。

ご確認のほどよろしくお願いいたします。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "xlsx", "name": "雇用保険_資格取得_65歳以上_2名.xlsx",
             "sheets": {
                 "取得届データ": [
                     ["雇用保険 資格取得届 作成用データ（2027年1月12日 雇入れ）"],
                     ["氏名", "フリガナ", "生年月日", "個人番号", "賃金（月額）", "週所定労働時間"],
                     ["土師 昭二", "ハジ ショウジ", "1959/10/14", my_number(SEED + 11), 168000, 24],
                     ["鬼塚 良平", "オニツカ リョウヘイ", "1961/04/02", my_number(SEED + 12), 152000, 20],
                 ],
                 "備考": [["2名とも以前の被保険者番号あり（本人控えで確認済み）"]],
             }},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX with two people's My Numbers to the outside attorney: identifier",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "keizokukoyo-096",
        "charset": "utf-8",
        "sender": "Chikage Soma <c.soma@hinode-sangyo.co.jp>",
        "to": ["Jennifer Walsh <j.walsh@pacific-benefit-advisors.com>"],
        "subject": "Re: Questions on re-employed staff plan design",
        "body": """Dear Jennifer,

Thank you for the questions. Answers inline below, by number:

1. Eligibility: all re-employed staff on fixed-term contracts working 30 hours or more
   per week; part-timers under 30 hours are not covered by the group plan.
2. Sum insured: a flat JPY 3 million death benefit; no salary multiple.
3. Age limit: cover ends at the policy anniversary after age 70.

We do not intend to collect any medical declarations from members for the renewal.
""" + SIG_EN_SOMA + """
On Tue, 17 Nov 2026 at 09:12, Jennifer Walsh <j.walsh@pacific-benefit-advisors.com> wrote:
> Dear Chikage,
> To prepare the renewal terms, could you tell us (1) who is eligible, (2) the basis of
> the sum insured, and (3) the age limit for re-employed staff?
> Kind regards, Jennifer
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply on plan design quoting the broker's question; no personal data",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "keizokukoyo-097",
        "charset": "iso-2022-jp",
        "sender": "相馬 千景 <c.soma@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "subject": "4月転籍者の配属案（派遣先部署）",
        "body": """北条様

お世話になっております。相馬です。
4月転籍者の派遣先部署の案です。就業条件明示書の作成の参考にしてください。

　鶴見 幸三　　→　製造部 第一課（機械オペレーター）
　宇留野 和也　→　品質保証部（受入検査）
　神子田 静　　→　総務部（文書管理補助）
　柳生 敏明　　→　物流センター（フォークリフト）
　大鷹 ふみ　　→　物流センター（梱包・出荷）

正式決定は2月の人事会議後になります。
""" + SIG_SOMA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five names with only a planned department and job each: an attribute per person, but no contact data or identifiers",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "keizokukoyo-098",
        "charset": "cp932",
        "sender": "瀬戸口 由梨 <y.setoguchi@hinode-sangyo.co.jp>",
        "to": ["日下部 医師 <kusakabe@kaede-kenshin.or.jp>"],
        "subject": "継続雇用予定者の就業可否についてのご意見依頼（百目鬼さん）",
        "body": """日下部先生

いつもお世話になっております。安全衛生室の瀬戸口です。
4月に定年到達・継続雇用予定の下記の方について、再雇用後の業務（夜勤を含む交替勤務）の
可否につき、ご意見を頂戴したく存じます。

　氏名：百目鬼 正晴　　生年月日：1967年4月18日
　所属：製造部 第一課（交替勤務）
　既往歴：2型糖尿病（2019年〜、インスリン自己注射）、2025年に低血糖発作で救急搬送1回
　直近検査：HbA1c 8.4%、眼底 単純網膜症
　本人の希望：交替勤務の継続

面談は12月10日14時からを予定しております。
""" + SIG_SETOGUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's diabetes history, insulin use and emergency admission sent to an outside clinic: sensitive data",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "keizokukoyo-099",
        "charset": "iso-2022-jp",
        "sender": "御子柴 隆 <t.mikoshiba@hinode-sangyo.co.jp>",
        "to": ["生田目 浩 <h.namatame@sunrise-staffing.co.jp>"],
        "subject": "次年度 転籍再雇用の人員計画（部門別）",
        "body": """【社外秘】
本メールは社外秘情報を含みます。関係者限りでお取扱いください。
====================================================

サンライズ・スタッフィング
管理部 生田目様

御子柴です。来年度の転籍再雇用の人員計画（部門別の人数）をお送りします。
貴社の採用・登録体制の準備にお役立てください。

　部門　　　　　転籍予定　うち短時間
　製造部　　　　　　9名　　　2名
　物流センター　　　7名　　　4名
　品質保証部　　　　3名　　　1名
　総務・経理　　　　4名　　　3名
　合計　　　　　　 23名　　 10名

人数は組合との協議により変動する可能性があります。
""" + SIG_MIKOSHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 【社外秘】 at the top sent to the subsidiary (another company): marking",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "keizokukoyo-100",
        "charset": "utf-8",
        "sender": "大河内 亮 <r.okochi@hinode-sangyo.co.jp>",
        "to": ["北条 真澄 <m.hojo@sunrise-staffing.co.jp>"],
        "bcc": ["r.okochi@hinode-sangyo.co.jp"],
        "subject": "年末のご挨拶",
        "body": """北条様

本年も大変お世話になりました。日の出産業の大河内です。

今年は転籍再雇用の立ち上げで、短い準備期間にもかかわらず
多くのご協力をいただき、本当にありがとうございました。
来年は制度の本格運用の年になりますので、引き続きよろしくお願いいたします。

弊社の年末年始休業は12月29日から1月4日までです。
休業中のご連絡は、1月5日以降に順次対応いたします。

どうぞよいお年をお迎えください。
""" + SIG_OKOCHI + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "year-end greeting with signature and the standard disclaimer; ordinary mail",
    },
]
