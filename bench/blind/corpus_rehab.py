"""Blind corpus, area "rehab": mail of the care business of 日の出産業株式会社 — the
回復期リハビリテーション病院 (日の出リハビリテーション病院), the day-care rehabilitation
unit (通所リハビリ「ひのでデイケア」) and the home-visit rehabilitation station (日の出訪問リハビリ
ステーション): status reports on patients and day-care users to care managers, clinics and
families, discharge conferences, 送迎 (pick-up) lists for the transport contractor, billing
(国保連, 口座振替, 自費リハ), staff rosters, hiring and payroll paperwork, training, suppliers and
partners; with the slips people make (lists, My Numbers, diagnoses, visible recipients,
look-alike domains, stamped documents, encrypted or broken attachments) and the ordinary
mail that must go.
"""

from build import card_number, my_number

SEED = 68601


def _sp(s: str, sep: str = " ") -> str:
    """Group digits by four (how people type My Numbers and card numbers)."""
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def _fw(s: str) -> str:
    """Full-width digits and hyphens, as pasted from a Word form."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


SIG_IJI = """
--------------------------------------------------
日の出産業株式会社 ヘルスケア事業部
日の出リハビリテーション病院 医事課
田辺 真理子（たなべ まりこ）
〒252-0384 神奈川県相模原市南区ひので台3-12-1
TEL 042-719-5501（代表） FAX 042-719-5509
m.tanabe@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_RENKEI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出リハビリテーション病院
地域医療連携室　医療ソーシャルワーカー
社会福祉士　久住 沙織
TEL：042-719-5520（連携室直通）
FAX：042-719-5529
Mail：s.kusumi@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_DAY = """
――――――――――――――――
通所リハビリテーション ひのでデイケア
生活相談員　大津 健吾
〒252-0384 相模原市南区ひので台3-14-7
TEL 042-719-5560 / FAX 042-719-5561
k.otsu@care.hinode-sangyo.co.jp
（運営：日の出産業株式会社）
――――――――――――――――"""

SIG_HOMON = """
**************************************
日の出訪問リハビリステーション
管理者・理学療法士　蓮見 亮
TEL 042-719-5570  携帯(業務用) 080-4471-5570
r.hasumi@care.hinode-sangyo.co.jp
**************************************"""

SIG_SOMU = """
-- 
日の出産業株式会社 ヘルスケア事業部 総務課
早乙女 純 (Jun Saotome)
TEL 042-719-5503 / 内線 203
j.saotome@hinode-sangyo.co.jp"""

SIG_USAMI = """
─────────────────────
日の出リハビリテーション病院　事務長
宇佐美 浩二
日の出産業株式会社 ヘルスケア事業部
TEL 042-719-5500 / k.usami@hinode-sangyo.co.jp
─────────────────────"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail."""


MESSAGES = [
    # 001 ------------------------------------------------------------------ stop: list
    {
        "id": "rehab-001",
        "charset": "iso-2022-jp",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["送迎配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "【ひのでデイケア】10月7日（火）送迎表のご送付",
        "body": """青葉運輸株式会社
配車センター　ご担当者様

いつもお世話になっております。ひのでデイケアの大津です。
10月7日（火）午前便の送迎表をお送りします。2号車の乗車順が先週から変わっていますのでご注意ください。

便  氏名          住所                                   電話            迎え
--  ------------  -------------------------------------  --------------  -----
1号 宍戸 ハツヱ   相模原市南区上鶴間6-21-4               042-745-3318    08:35
1号 能登谷 勝治   相模原市南区ひので台2-8-17 ﾊｲﾂ若葉102  042-719-8824    08:48
1号 籾山 トシ子   相模原市南区東林間4-3-9                090-3392-1186   09:02
2号 仙波 登美子   相模原市南区相南1-15-2                 042-742-6570    08:40
2号 百武 清       相模原市南区南台5-2-30                 080-6627-0413   08:55
2号 及川 キミ     相模原市南区双葉2-11-5                 042-748-2293    09:05
2号 鳥海 正雄     相模原市南区相模台7-4-12               042-751-0932    09:15
3号 葛城 ヨシエ   座間市相模が丘3-27-8                   046-256-7741    08:50

・宍戸様は門扉の内側でお待ちです。
・及川様はご家族が玄関までお見送りされます。

よろしくお願いいたします。
""" + SIG_DAY,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "送迎表 of 8 day-care users with home address and phone to the transport contractor: list of people",
    },
    # 002 ------------------------------------------------------------------ pass: internal
    {
        "id": "rehab-002",
        "charset": "utf-8",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["3階病棟 看護師長 <ward3-ns@hinode-sangyo.co.jp>",
               "リハ科長 羽生 <c.hanyu@hinode-sangyo.co.jp>"],
        "cc": ["医事課 <iji@hinode-sangyo.co.jp>"],
        "subject": "今週の退院予定者（3階回復期病棟）共有",
        "body": """関係各位

お疲れさまです。連携室の久住です。
今週退院予定の方をまとめました。退院時指導と書類の準備をお願いします。

■ 10/14（火）
　鷲尾 フミ（昭和14年2月8日生）　左大腿骨頸部骨折術後　→ 自宅（長女同居）
　　ケアマネ：ケアプランさくらぎ 井手口さん

■ 10/15（水）
　笹森 貞夫（S11.9.30）　脳梗塞（右片麻痺・失語）　→ 介護老人保健施設 みなみの杜
■ 10/17（金）
　阿久根 初江（昭和20年12月1日）　腰椎圧迫骨折、高血圧症　→ 自宅
　　※訪問リハ継続予定（蓮見さんへ依頼済み）

不明点は内線520まで。
""" + SIG_RENKEI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "diagnoses and DOBs of 3 patients, but every recipient is internal",
    },
    # 003 ------------------------------------------------------------------ stop: sensitive
    {
        "id": "rehab-003",
        "charset": "iso-2022-jp",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["井手口 恵 <ideguchi@sakuragi-careplan.jp>"],
        "subject": "9月分 訪問リハビリ実施状況のご報告（山際様）",
        "body": """ケアプランセンターさくらぎ
井手口 恵 様

いつもお世話になっております。日の出訪問リハビリステーションの蓮見です。
山際 ツネ様の9月分の実施状況をご報告いたします。

【利用者】山際 ツネ 様（88歳・要介護3）
【疾患】脳梗塞後遺症（右片麻痺）、2型糖尿病、軽度の認知症
【実施】週2回（火・金）計8回、各40分

【経過】
・室内は四点杖で見守り歩行が可能になってきています。
・9/19に浴室で軽いふらつきあり。転倒には至っていません。
・食後の血糖値が高い日が続いているとご家族より相談あり。主治医（東雲内科）への
　報告をお願いできればと思います。

【今後の方針】
浴槽のまたぎ動作の練習を継続し、手すりの追加についてご家族と検討します。

ご確認のほどよろしくお願いいたします。
""" + SIG_HOMON,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "monthly status report to an external care manager naming the user with her diagnoses (脳梗塞後遺症, 糖尿病, 認知症)",
    },
    # 004 ------------------------------------------------------------------ pass
    {
        "id": "rehab-004",
        "charset": "shift_jis",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["居宅介護支援事業所あおぞら 戸叶様 <togano@aozora-kyotaku.or.jp>"],
        "subject": "Re: サービス担当者会議の日程について",
        "body": """戸叶様

お世話になっております。ひのでデイケアの大津です。
杉森様の担当者会議の件、当方の出席可能日は以下のとおりです。

　・10月21日（火）14:00～16:00
　・10月23日（木）13:30以降
　・10月24日（金）午前中

会場はご自宅とのことで承知しました。
当日は担当の理学療法士（新井）も同席予定です。

> 戸叶です。
> 杉森様の更新に伴い、担当者会議を開催したく、来週か再来週でご都合をお知らせください。
> 会場はご自宅を予定しています。

よろしくお願いいたします。
""" + SIG_DAY,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting dates for a care conference; the user is only named, no data about her",
    },
    # 005 ------------------------------------------------------------------ stop: my number
    {
        "id": "rehab-005",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人ひかり 手続き担当 <tetsuzuki@hikari-sr.jp>"],
        "subject": "10月入職者3名 資格取得届の書類送付",
        "body": """社会保険労務士法人ひかり
ご担当者様

いつもお世話になっております。日の出産業 ヘルスケア事業部 総務課の早乙女です。
10月1日付で入職したリハビリスタッフ3名の社会保険・雇用保険の資格取得手続きをお願いいたします。
必要事項を添付のExcelにまとめました（マイナンバー・基礎年金番号を含みます）。

扶養の有無は「扶養」シートに記載しています。
ご確認のほどよろしくお願いいたします。
""" + SIG_SOMU,
        "attachments": [{
            "kind": "xlsx",
            "name": "資格取得_202610入職.xlsx",
            "sheets": {
                "入職者": [
                    ["10月入職者 資格取得届 用データ", "", "", "", "", "", ""],
                    ["氏名", "フリガナ", "生年月日", "職種", "個人番号", "基礎年金番号", "住所"],
                    ["新井 颯太", "アライ ソウタ", "1999/05/14", "理学療法士",
                     my_number(SEED + 1), "4107-382915", "神奈川県大和市中央林間2-9-3"],
                    ["宮古 あかり", "ミヤコ アカリ", "2001/11/02", "作業療法士",
                     my_number(SEED + 2), "4215-063728", "東京都町田市鶴間4-18-11-203"],
                    ["檜垣 瑛太", "ヒガキ エイタ", "1996/08/27", "言語聴覚士",
                     my_number(SEED + 3), "3986-417250", "神奈川県相模原市南区古淵1-6-22"],
                ],
                "扶養": [
                    ["氏名", "扶養者", "続柄", "生年月日", "個人番号"],
                    ["檜垣 瑛太", "檜垣 美穂", "妻", "1997/02/19", my_number(SEED + 4)],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER",
                     "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Numbers and basic pension numbers of new staff (and a dependant) to the outside labour consultant",
    },
    # 006 ------------------------------------------------------------------ pass
    {
        "id": "rehab-006",
        "charset": "iso-2022-jp",
        "sender": "国分 由香 <y.kokubu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 病院給食課 <byoin@kitaguni-foods.co.jp>"],
        "subject": "11月 食数予定のご連絡（日の出リハビリテーション病院）",
        "body": """北国フーズ株式会社
病院給食課　御中

いつもお世話になっております。栄養科の国分です。
11月の食数予定をお知らせします（1日あたりの平均見込み）。

　常食　　　　　　　　　　４８食
　軟菜食　　　　　　　　　２２食
　嚥下調整食（コード３）　　９食
　嚥下調整食（コード２）　　４食
　エネルギー調整食　　　　１１食

11/3（祝）の行事食は「秋の松花堂」でお願いします。
献立表の確定版は10/25までにいただけますと助かります。

日の出リハビリテーション病院 栄養科
管理栄養士　国分 由香
TEL 042-719-5540
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meal counts by diet type to the catering partner: aggregate figures, no person",
    },
    # 007 ------------------------------------------------------------------ stop: visible recipients
    {
        "id": "rehab-007",
        "charset": "utf-8",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["ideguchi@sakuragi-careplan.jp", "togano@aozora-kyotaku.or.jp",
               "info@kyotaku-hidamari.jp", "cm-center@minamidai-fukushi.or.jp",
               "kaigo@yamabiko-cp.com"],
        "subject": "【ご案内】第12回 相模南部 地域リハビリ連携勉強会（11/20）",
        "body": """居宅介護支援事業所　ケアマネジャーの皆様

いつも大変お世話になっております。
日の出リハビリテーション病院 地域医療連携室の久住です。

下記のとおり連携勉強会を開催いたします。ご多忙とは存じますが、ぜひご参加ください。

　日時：11月20日（木）18:30～20:00
　会場：日の出リハビリテーション病院 2階 多目的ホール（オンライン併用）
　テーマ：「退院後の住環境整備 ― 回復期から在宅へのつなぎ方」
　講師：当院 作業療法士 羽生 ちひろ

参加ご希望の方は11/13までに本メールへご返信ください。
駐車場は30台分ご用意しています。
""" + SIG_RENKEI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five care-management offices in To can see each other's addresses: should have been Bcc",
    },
    # 008 ------------------------------------------------------------------ stop: look-alike
    {
        "id": "rehab-008",
        "charset": "shift_jis",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
        "subject": "Re: 介護請求モジュール v5.2 更新作業の日程",
        "body": """ツバサシステム株式会社
サポートセンター　ご担当者様

いつもお世話になっております。日の出リハビリテーション病院 医事課の田辺です。

更新作業の日程、10月29日（水）18時以降で問題ございません。
作業中はレセプト端末（医事課の3台）を停止しておきます。
サーバー室の入館はいつもどおり守衛室で受付をお願いします。

-----Original Message-----
From: ツバサシステム サポートセンター
Sent: Monday, October 20, 2026 10:12 AM
Subject: 介護請求モジュール v5.2 更新作業の日程

日の出リハビリテーション病院 医事課 田辺様
介護報酬改定対応版（v5.2）への更新作業を10/29夕方に実施したく、ご都合をお知らせください。
""" + SIG_IJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner tsubasa-system.jp mistyped as tsubasa-sytem.jp (letter dropped): look-alike domain",
    },
    # 009 ------------------------------------------------------------------ pass: one free-mail family
    {
        "id": "rehab-009",
        "charset": "iso-2022-jp",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["kiriyama.natsuko@gmail.com"],
        "subject": "Re: 来週火曜日のお迎えについて",
        "body": """桐山 様

ご連絡ありがとうございます。ひのでデイケアの大津です。
来週火曜日（10/14）は、お迎えを10時に変更いたします。
お帰りは通常どおり16時15分ごろの予定です。

ほかにご変更があれば、お電話でもメールでもお気軽にお知らせください。

桐山 夏子 さん wrote:
> いつもお世話になっております。
> 来週火曜日、母が午前中に東雲整形外科の定期通院があるため、
> お迎えを少し遅らせていただくことは可能でしょうか。
> 10時ごろには戻れると思います。
""" + SIG_DAY,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "pick-up time change to one family member on free mail; the hospital visit is only in the quoted text",
    },
    # 010 ------------------------------------------------------------------ stop: unreadable
    {
        "id": "rehab-010",
        "charset": "iso-2022-jp",
        "sender": "羽生 ちひろ <c.hanyu@hinode-sangyo.co.jp>",
        "to": ["居宅介護支援事業所ひだまり 相楽様 <sagara@kyotaku-hidamari.jp>"],
        "subject": "リハビリテーション実施計画書の送付（パスワードは別送）",
        "body": """居宅介護支援事業所ひだまり
相楽 様

お世話になっております。日の出リハビリテーション病院 リハビリテーション科の羽生です。
先日ご依頼いただいた柿沼様のリハビリテーション実施計画書を、
パスワード付きZIPにてお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。

日の出リハビリテーション病院 リハビリテーション科
科長・作業療法士　羽生 ちひろ
TEL 042-719-5530
""",
        "attachments": [{
            "kind": "zip",
            "name": "実施計画書_柿沼様.zip",
            "password": "Hn2026ok!",
            "files": [{
                "kind": "docx",
                "name": "リハビリテーション実施計画書_柿沼.docx",
                "paragraphs": ["リハビリテーション実施計画書", "氏名：柿沼 富士子",
                               "診断名：右変形性膝関節症（人工膝関節置換術後）"],
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external office: the attachment cannot be inspected",
    },
    # 011 ------------------------------------------------------------------ stop: card
    {
        "id": "rehab-011",
        "charset": "utf-8",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["決済サポート <support@payline-kessai.co.jp>"],
        "subject": "手動決済のお願い（自費リハビリ回数券）",
        "body": """ペイライン決済サービス
サポートご担当者様

お世話になっております。日の出リハビリテーション病院 医事課の田辺です。
端末の通信障害で、本日受付の自費リハビリ回数券（10回券）の決済ができませんでした。
お電話で伺ったとおり、手動での決済処理をお願いいたします。

　ご利用者名：小豆澤 隆之 様
　カード番号：""" + _sp(card_number(SEED + 101), "-") + """
　有効期限：08/29
　金額：88,000円（税込）一括

処理完了後、承認番号をご返信いただけますと幸いです。
""" + SIG_IJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a patient's credit card number with expiry sent by e-mail to the payment provider",
    },
    # 012 ------------------------------------------------------------------ pass: English vendor
    {
        "id": "rehab-012",
        "charset": "utf-8",
        "sender": "Chihiro Hanyu <c.hanyu@hinode-sangyo.co.jp>",
        "to": ["Lukas Brenner <l.brenner@gaitronic.de>"],
        "subject": "Re: Annual maintenance of the GT-3 gait trainer",
        "body": """Dear Mr. Brenner,

Thank you for your message. The week of 17 November works well for us.
Our therapy gym is closed to patients on Wednesday afternoons, so 19 November from
13:00 would be ideal for the calibration and the firmware update.

Please let us know the name of the engineer who will visit so that we can arrange
the visitor badge at the front desk. Our facilities manager, Mr. Nikaido, will meet
him at the loading entrance.

Best regards,

Chihiro Hanyu, OTR
Head of Rehabilitation
Hinode Rehabilitation Hospital (Hinode Sangyo Co., Ltd.)
3-12-1 Hinodedai, Minami-ku, Sagamihara, Kanagawa 252-0384, Japan
Tel +81-42-719-5530
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "maintenance appointment with a foreign equipment vendor, standard disclaimer only",
    },
    # 013 ------------------------------------------------------------------ stop: sensitive (docx)
    {
        "id": "rehab-013",
        "charset": "iso-2022-jp",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["東雲整形外科クリニック 地域連携 <renkei@shinonome-seikei.jp>"],
        "subject": "診療情報提供書（退院後のフォローのお願い）",
        "body": """東雲整形外科クリニック
東雲 先生 御侍史

平素より大変お世話になっております。
日の出リハビリテーション病院 地域医療連携室の久住でございます。

10月17日に当院を退院される患者様の診療情報提供書を添付にてお送りいたします。
原本は患者様ご本人が初診時にご持参されます。
今後の外来フォローにつきまして、何卒よろしくお願い申し上げます。
""" + SIG_RENKEI,
        "attachments": [{
            "kind": "docx",
            "name": "診療情報提供書_阿久根初江.docx",
            "title": "診療情報提供書",
            "paragraphs": [
                "診療情報提供書",
                "東雲整形外科クリニック　東雲 先生 御侍史",
                "令和8年10月15日　日の出リハビリテーション病院　主治医 磯崎 誠",
                "傷病名：第1腰椎圧迫骨折、骨粗鬆症、高血圧症",
                "既往歴：平成30年 右橈骨遠位端骨折、胃潰瘍（内服治療）",
                "経過：令和8年8月2日自宅で転倒し受傷、急性期病院にて保存療法後、8月20日当院回復期病棟へ転院。"
                "体幹装具装着下で歩行器歩行自立、屋外はT字杖で見守り。",
                "処方：アレンドロン酸35mg 週1回、アムロジピン5mg 1日1回",
            ],
            "tables": [[
                ["氏名", "阿久根 初江（アクネ ハツエ）"],
                ["生年月日", "昭和20年12月1日（80歳）"],
                ["住所", "神奈川県相模原市南区相武台団地2-4-305"],
                ["電話", "046-253-8172"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                     "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "referral letter (診療情報提供書) with diagnosis, history and prescriptions of a named patient to an outside clinic",
    },
    # 014 ------------------------------------------------------------------ stop: sensitive
    {
        "id": "rehab-014",
        "charset": "shift_jis",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["ケアプランやまびこ 梶ヶ谷様 <kajigaya@yamabiko-cp.com>"],
        "subject": "9月分 返戻の件（乙部様）",
        "body": """ケアプランやまびこ
梶ヶ谷 様

お世話になっております。日の出訪問リハビリステーションの請求を担当しております、
日の出リハビリテーション病院 医事課の田辺です。

9月分の請求で、乙部 和雄様の分が国保連から返戻となりました。
乙部様は9月12日から末期の膵臓がんと診断され、訪問看護・訪問リハが医療保険の扱いに
切り替わっております。そのため12日以降の介護保険分（訪問リハ5回）は取り下げ、
医療保険で請求し直します。

恐れ入りますが、給付管理票の9月分も12日以降を除いた内容で
修正いただけますでしょうか。
""" + SIG_IJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "billing query naming a user and his terminal pancreatic cancer diagnosis, to an external care manager",
    },
    # 015 ------------------------------------------------------------------ stop: list (bank)
    {
        "id": "rehab-015",
        "charset": "cp932",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 ひので台支店 法人営業 <hinodedai-houjin@midori-ginko.co.jp>"],
        "subject": "【口座振替】10月分 通所リハ利用料 新規登録分データ",
        "body": """みどり銀行 ひので台支店
法人営業ご担当 鬼頭様

いつもお世話になっております。日の出産業（ひのでデイケア）医事課の田辺です。
10月分から口座振替を開始する利用者様の登録データをお送りします。
振替日は11月27日、委託者コードは従来どおりです。

件数：12件
よろしくお願いいたします。
""" + SIG_IJI,
        "attachments": [{
            "kind": "csv",
            "name": "furikae_shinki_202610.csv",
            "encoding": "cp932",
            "rows": [
                ["顧客番号", "預金者名(ｶﾅ)", "銀行ｺｰﾄﾞ", "支店ｺｰﾄﾞ", "預金種目", "口座番号", "金額"],
                ["D10231", "ｼｼﾄﾞ ﾊﾂｴ", "0597", "112", "1", "3018827", "14520"],
                ["D10232", "ﾉﾄﾔ ｶﾂｼﾞ", "0597", "112", "1", "1174093", "9870"],
                ["D10233", "ﾓﾐﾔﾏ ﾀｶｼ", "0597", "105", "1", "2266310", "12310"],
                ["D10235", "ｾﾝﾊﾞ ﾄﾐｺ", "0597", "112", "2", "0058214", "15430"],
                ["D10236", "ﾓﾓﾀｹ ｷﾖｼ", "0597", "121", "1", "4430176", "8760"],
                ["D10237", "ｵｲｶﾜ ﾐﾂﾙ", "0597", "112", "1", "3392054", "13200"],
                ["D10238", "ﾄﾘｳﾐ ﾏｻｵ", "0597", "108", "1", "1802667", "10980"],
                ["D10240", "ｶﾂﾗｷﾞ ﾖｼｴ", "0597", "131", "1", "2719345", "16045"],
                ["D10241", "ﾊﾀﾉ ｼｹﾞﾙ", "0597", "112", "1", "0947712", "7650"],
                ["D10243", "ｳｽｲ ｻﾀﾞｺ", "0597", "105", "1", "3620981", "11870"],
                ["D10244", "ｺﾏﾂﾊﾞﾗ ｲｻﾑ", "0597", "112", "1", "2056638", "9320"],
                ["D10246", "ﾀｶﾗﾍﾞ ﾋｻｴ", "0597", "119", "1", "1488205", "14110"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "direct-debit registration CSV: 12 account holders with account numbers, to the partner bank",
    },
    # 016 ------------------------------------------------------------------ pass: internal roster
    {
        "id": "rehab-016",
        "charset": "utf-8",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["ひのでデイケア 全職員 <daycare-staff@care.hinode-sangyo.co.jp>"],
        "subject": "11月勤務表（確定版）",
        "body": """デイケアの皆さん

お疲れさまです。11月の勤務表が確定しましたので添付します。
希望休が重なった週は、個別に相談させてもらった内容で反映しています。
変更がある場合は、必ず私か佐治主任に声をかけてください。

大津
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "2026_11_勤務表_デイケア.xlsx",
            "sheets": {
                "11月": [
                    ["ひのでデイケア 11月 勤務表", "", "", "", "", "", ""],
                    ["職種", "氏名", "11/1", "11/2", "11/3", "11/4", "11/5"],
                    ["PT", "新井 颯太", "公", "日", "日", "早", "日"],
                    ["PT", "八代 巧", "日", "公", "公", "日", "遅"],
                    ["OT", "宮古 あかり", "日", "日", "公", "遅", "日"],
                    ["介護", "佐治 和美", "早", "日", "日", "公", "早"],
                    ["介護", "仁科 大輔", "遅", "早", "日", "日", "公"],
                    ["看護", "楠 美奈子", "日", "日", "公", "日", "日"],
                    ["運転", "二階堂 保", "早", "早", "公", "早", "早"],
                ],
                "記号": [["記号", "意味"], ["早", "7:30-16:30"], ["日", "8:30-17:30"],
                         ["遅", "9:30-18:30"], ["公", "公休"]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "staff roster sent to an internal distribution list only",
    },
    # 017 ------------------------------------------------------------------ stop: list (staff phones)
    {
        "id": "rehab-017",
        "charset": "iso-2022-jp",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["セキュアガード警備 管制センター <kansei@secureguard-keibi.co.jp>"],
        "subject": "夜間緊急連絡先の更新（日の出リハビリテーション病院）",
        "body": """セキュアガード警備株式会社
管制センター　御中

いつもお世話になっております。日の出リハビリテーション病院 総務課の早乙女です。
機械警備の発報時・夜間の緊急時にご連絡いただく職員の連絡先を更新しましたので、
お手元のリストの差し替えをお願いいたします（上から順にご連絡ください）。

順位	氏名	役職	携帯電話	自宅
1	宇佐美 浩二	事務長	090-2284-6137	042-765-2210
2	早乙女 純	総務課	080-5519-3028	046-205-7731
3	二階堂 保	施設管理	090-7743-0582	042-748-1196
4	磯崎 誠	医局長	070-3361-9914	03-3727-4405
5	篠宮 瑞穂	看護部長	090-1198-5526	042-752-3089
6	羽生 ちひろ	リハ科長	080-2065-7741	042-719-8302

11月1日からの適用でお願いいたします。
""" + SIG_SOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six staff with private mobile and home numbers (tab-separated) to the security company: list of people",
    },
    # 018 ------------------------------------------------------------------ stop: sensitive (PDF)
    {
        "id": "rehab-018",
        "charset": "iso-2022-jp",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "広報誌「ひので通信」冬号 原稿入稿",
        "body": """錦印刷株式会社
制作部　丸岡様

お世話になっております。早乙女です。
冬号の原稿をPDFでお送りします。3ページ目の「利用者さんの声」は
写真2点（ご本人の掲載同意済み）を別途ギガファイル便でお送りします。
初校は11/10ごろにいただけると助かります。

よろしくお願いします。
""" + SIG_SOMU,
        "attachments": [{
            "kind": "pdf",
            "name": "ひので通信_冬号_原稿.pdf",
            "title": "ひので通信 冬号 原稿",
            "lines": [
                "ひので通信　2026 冬号　原稿",
                "",
                "P3　利用者さんの声「もう一度、自分の足で畑へ」",
                "ひので台にお住まいの 曽我部 昭一さん（76）は、昨年12月に脳出血で倒れ、",
                "左半身にまひが残りました。急性期病院から当院の回復期病棟に移り、",
                "3か月のリハビリを経て、現在は週2回ひのでデイケアに通われています。",
                "「高次脳機能障害と言われて不安だったが、作業療法で料理もできるようになった」",
                "と話す曽我部さん。今の目標は、奥さまと一緒に畑でじゃがいもを育てることです。",
                "",
                "P4　職員紹介　言語聴覚士 檜垣 瑛太",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "newsletter draft naming a user with his brain haemorrhage, paralysis and 高次脳機能障害, sent to the printer",
    },
    # 019 ------------------------------------------------------------------ stop: marking (pptx)
    {
        "id": "rehab-019",
        "charset": "utf-8",
        "sender": "宇佐美 浩二 <k.usami@hinode-sangyo.co.jp>",
        "to": ["泉谷 コンサルティング 泉谷様 <izumiya@izumiya-mc.jp>"],
        "subject": "次回打合せ資料（病床稼働と収支）",
        "body": """泉谷様

いつもお世話になっております。宇佐美です。
来週の打合せに先立ち、先日の運営会議で使った資料をお送りします。
回復期病棟の稼働率とリハ単位数の推移、通所リハの収支をまとめています。
率直なご意見をいただければ幸いです。
""" + SIG_USAMI,
        "attachments": [{
            "kind": "pptx",
            "name": "運営会議_2026Q3.pptx",
            "title": "運営会議資料 2026年度第3四半期",
            "page_footer": "社外秘　日の出産業株式会社 ヘルスケア事業部",
            "slides": [
                ["運営会議資料 2026年度 第3四半期", "ヘルスケア事業部 事務長 宇佐美", "【社外秘】"],
                ["回復期病棟 稼働率", "7月 91.2%", "8月 88.7%", "9月 93.5%",
                 "在宅復帰率 82.4%（施設基準 70%以上）"],
                ["リハビリ単位数", "1日平均 6.8単位/患者", "PT 21名 / OT 14名 / ST 6名"],
                ["通所リハ 収支", "利用者数 延べ 1,482名", "営業利益率 4.1%（前年 6.3%）",
                 "送迎委託費の上昇が主因"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "management slides stamped 社外秘 (footer and title slide) sent to an outside consultant",
    },
    # 020 ------------------------------------------------------------------ pass: about an NDA
    {
        "id": "rehab-020",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 浩二 <k.usami@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 真鍋様 <manabe@tsubasa-system.jp>"],
        "cc": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "Re: 電子カルテ更改に伴う秘密保持契約書（案）",
        "body": """ツバサシステム株式会社
真鍋 様

お世話になっております。日の出リハビリテーション病院の宇佐美です。
秘密保持契約書（案）を拝受しました。顧問の白川先生にも確認いただき、
以下2点を修正のうえ締結させていただきたく存じます。

1. 第3条（秘密情報の範囲）に、患者の個人情報を含む旨を明記すること
2. 第9条の有効期間を「契約終了後3年」から「契約終了後5年」とすること

修正版をお送りいただければ、社内決裁を経て押印いたします。
""" + SIG_USAMI + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "mail about an NDA (秘密保持契約) to a partner with the lawyer in Cc: two external organisations, no marking",
    },
    # 021 ------------------------------------------------------------------ stop: sensitive (forward)
    {
        "id": "rehab-021",
        "charset": "utf-8",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["ふくしレンタルみなみ 相模原営業所 <sagamihara@fukushi-minami.co.jp>"],
        "subject": "FW: 【依頼】楢崎様 ベッド・手すりのご相談",
        "body": """ふくしレンタルみなみ
営業所 浜野様

お世話になっております。日の出訪問リハビリの蓮見です。
ケアマネの相楽さんから下記の依頼がありましたので転送します。
今週中にご自宅での選定に同行できればと思います。候補日をいただけますか。

---------- Forwarded message ---------
From: 相楽 ゆかり <sagara@kyotaku-hidamari.jp>
Date: 2026年10月8日(木) 17:42
Subject: 【依頼】楢崎様 ベッド・手すりのご相談
To: 蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>

蓮見さん

いつもありがとうございます。相楽です。
楢崎 シズ子様（要介護2）、パーキンソン病の進行で寝返りと起き上がりが難しくなってきており、
特殊寝台と、トイレまでの動線に据え置き型手すりの導入を検討しています。
先月、夜間トイレで転倒され右手首を骨折（保存療法中）しています。

住所：相模原市南区御園3-19-6
ご長男（同居）：090-6182-4430

訪問リハの際に動作の確認をお願いできますでしょうか。
""" + SIG_HOMON,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward (new text to the equipment supplier) of a care manager's mail with the user's Parkinson's disease, fracture and address",
    },
    # 022 ------------------------------------------------------------------ pass: quoted only
    {
        "id": "rehab-022",
        "charset": "iso-2022-jp",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["相楽 ゆかり <sagara@kyotaku-hidamari.jp>"],
        "subject": "Re: 【依頼】楢崎様 ベッド・手すりのご相談",
        "body": """相楽さん

承知しました。次回10/14（火）の訪問時に、寝返り・起き上がりとトイレまでの動線を
確認しておきます。福祉用具の業者さんにも声をかけておきます。

蓮見

> 楢崎 シズ子様（要介護2）、パーキンソン病の進行で寝返りと起き上がりが難しくなってきており、
> 特殊寝台と、トイレまでの動線に据え置き型手すりの導入を検討しています。
> 先月、夜間トイレで転倒され右手首を骨折（保存療法中）しています。
>
> 住所：相模原市南区御園3-19-6
> ご長男（同居）：090-6182-4430
>
> 訪問リハの際に動作の確認をお願いできますでしょうか。
""" + SIG_HOMON,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the care manager who wrote it: the diagnosis and address are only in the quoted text",
    },
    # 023 ------------------------------------------------------------------ stop: health insurance
    {
        "id": "rehab-023",
        "charset": "shift_jis",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["ケアプランやまびこ 梶ヶ谷様 <kajigaya@yamabiko-cp.com>"],
        "subject": "利用開始にあたっての保険情報（雨宮様）",
        "body": """梶ヶ谷様

お世話になっております。ひのでデイケアの大津です。
11月から利用開始の雨宮様について、契約時に確認した保険証の情報をお送りします。
提供票の作成にお使いください。

　氏名　　　　　：雨宮 栄一（アマミヤ エイイチ）
　生年月日　　　：昭和１３年６月２４日
　後期高齢者医療被保険者証
　　保険者番号　：３９１４２０１７
　　被保険者番号：０７２８４５１６
　　負担割合　　：１割
　介護保険　　　：要介護１（有効期間 R8.9.1～R9.8.31）

ご不明な点があればご連絡ください。
""" + SIG_DAY,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "a user's 後期高齢者医療 insurance number (保険者番号・被保険者番号) with DOB to an external care manager",
    },
    # 024 ------------------------------------------------------------------ pass: two external orgs
    {
        "id": "rehab-024",
        "charset": "iso-2022-jp",
        "sender": "二階堂 保 <t.nikaido@care.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 車両管理 柘植様 <tsuge@aoba-unyu.co.jp>"],
        "cc": ["ひかりオートリース 担当 <fleet@hikari-autolease.co.jp>"],
        "subject": "送迎車（リフト付き2台）入替の打合せについて",
        "body": """青葉運輸株式会社 柘植様
ひかりオートリース株式会社 ご担当者様

お世話になっております。ひのでデイケア 送迎担当の二階堂です。
来年3月でリース満了となるリフト付きワゴン2台（相模300 さ 41-27 / 相模300 さ 41-28）の
入替について、三者で打合せをお願いしたく存じます。

候補日：11月5日（水）、6日（木）いずれも14時〜
場所　：ひのでデイケア 会議室

車いす固定装置の仕様と、納車までの代車の手配についてご相談したいと考えております。
ご都合をお聞かせください。

ひのでデイケア 送迎担当　二階堂 保
TEL 042-719-5560
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two external organisations in To/Cc, vehicle numbers only",
    },
    # 025 ------------------------------------------------------------------ stop: visible + sensitive
    {
        "id": "rehab-025",
        "charset": "utf-8",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["ideguchi@sakuragi-careplan.jp", "station@homonkango-kaede.jp",
               "sagamihara@fukushi-minami.co.jp"],
        "cc": ["washio.kenji1972@yahoo.co.jp"],
        "subject": "退院前カンファレンスのご案内（鷲尾フミ様）",
        "body": """関係者各位

お世話になっております。日の出リハビリテーション病院 地域医療連携室の久住です。
3階病棟に入院中の鷲尾 フミ様（左大腿骨頸部骨折術後）の退院前カンファレンスを
下記のとおり開催いたします。

日時：10月10日（金）14:00～15:00
場所：当院 3階 面談室
出席：主治医、病棟看護師、担当PT・OT、MSW（当院）
　　　ケアプランさくらぎ 井手口様、訪問看護ステーションかえで様、
　　　ふくしレンタルみなみ様、ご長男 鷲尾 健二様

現在、屋内はピックアップ歩行器で自立、階段は手すり使用で見守りです。
軽度の認知機能低下（HDS-R 21点）があり、服薬管理の方法もご相談させてください。
""" + SIG_RENKEI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient", "personal_data"],
        "note": "four external parties (three offices and the son on free mail) see each other, and the patient's fracture and cognitive score are in the text",
    },
    # 026 ------------------------------------------------------------------ pass: four people
    {
        "id": "rehab-026",
        "charset": "cp932",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["居宅介護支援事業所あおぞら <jimu@aozora-kyotaku.or.jp>"],
        "subject": "訪問リハ 担当療法士変更のお知らせ（あおぞら様ご担当分）",
        "body": """居宅介護支援事業所あおぞら
ケアマネジャー各位

いつもお世話になっております。日の出訪問リハビリステーションの蓮見です。
11月より療法士の配置換えを行うため、貴事業所ご担当の利用者様4名の担当が下記のとおり変わります。
ご本人・ご家族へは各担当から訪問時にご説明済みです。

 No | 利用者名      | 連絡先         | 訪問曜日   | 旧担当 | 新担当
----+---------------+----------------+------------+--------+--------
  1 | 立花 すみ     | 042-745-0918   | 月・木     | 八代   | 新井
  2 | 蒔田 昭三     | 090-4038-2271  | 火         | 八代   | 新井
  3 | 鍋島 かよ子   | 042-742-5506   | 水・土     | 宮古   | 檜垣
  4 | 沖津 誠一郎   | 080-1157-6640  | 金         | 八代   | 宮古

引き続きよろしくお願いいたします。
""" + SIG_HOMON,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four home-visit users with phone numbers and visit days (padded table) to their care office: below five people, may be warned",
    },
    # 027 ------------------------------------------------------------------ stop: unreadable (corrupt)
    {
        "id": "rehab-027",
        "charset": "iso-2022-jp",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["ケアプランセンターさくらぎ <info@sakuragi-careplan.jp>"],
        "subject": "9月分 サービス提供実績の送付",
        "body": """ケアプランセンターさくらぎ
ご担当者様

いつもお世話になっております。ひのでデイケアの大津です。
9月分のサービス提供実績をExcelでお送りします。
給付管理のほど、よろしくお願いいたします。
""" + SIG_DAY,
        "attachments": [{"kind": "corrupt", "name": "提供実績_202609_さくらぎ様.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the Excel attachment is corrupt and cannot be read",
    },
    # 028 ------------------------------------------------------------------ pass: list of businesses
    {
        "id": "rehab-028",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 丸岡様 <maruoka@nishiki-insatsu.co.jp>"],
        "subject": "連携マップ裏面の掲載事業所リスト",
        "body": """丸岡様

お世話になっております。早乙女です。
「地域連携マップ」裏面に掲載する事業所の一覧です。代表番号で掲載してください。

事業所名,種別,住所,代表電話
ケアプランセンターさくらぎ,居宅介護支援,相模原市南区相南2-3-8,042-740-1123
居宅介護支援事業所あおぞら,居宅介護支援,相模原市南区上鶴間本町4-1-15,042-745-6600
居宅介護支援事業所ひだまり,居宅介護支援,座間市相模が丘1-8-2,046-256-3310
訪問看護ステーションかえで,訪問看護,相模原市南区東林間6-2-1,042-749-0087
ふくしレンタルみなみ 相模原営業所,福祉用具貸与,相模原市南区麻溝台2-21-5,042-767-4412
南原市地域包括支援センター南部,地域包括,相模原市南区南台3-1-1,042-701-2250
東雲整形外科クリニック,診療所,相模原市南区相模大野8-4-2,042-765-9900

ロゴの使用許可は各事業所から取得済みです。
""" + SIG_SOMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV-in-body list of partner businesses with their switchboard numbers: businesses, not people",
    },
    # 029 ------------------------------------------------------------------ stop: sensitive (lawyer)
    {
        "id": "rehab-029",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 浩二 <k.usami@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "ご相談：デイケアでの転倒事故について",
        "body": """白川先生

いつもお世話になっております。日の出産業 ヘルスケア事業部の宇佐美です。
先日お電話でお話しした件、経緯をまとめましたのでご確認いただけますでしょうか。

1. 事故の概要
　10月2日（木）11時20分ごろ、ひのでデイケアの機能訓練室で、
　利用者の百武 清様（81歳、要介護2、脳梗塞後遺症で左片麻痺）が平行棒から
　車いすへ移乗する際に転倒し、左大腿骨転子部骨折と診断されました。
　市立南原総合病院に救急搬送、10月4日に手術、現在入院中です。

2. ご家族の意向
　ご長女様より、見守り体制について説明を求められており、
　治療費と慰謝料の請求を検討しているとのお話がありました。

3. ご相談したい点
　・施設側の過失の有無の見通し
　・賠償責任保険（きずな損保）への報告のタイミング
　・ご家族への説明の場に先生にご同席いただけるか

ヒヤリハット記録と当日の人員配置表は、必要であれば別途お送りします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "accident report to the partner law firm naming the user, his stroke paralysis and the fracture",
    },
    # 030 ------------------------------------------------------------------ stop: driver's licence
    {
        "id": "rehab-030",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["きずな損害保険 相模原支社 <sagamihara-eigyo@kizuna-sonpo.co.jp>"],
        "subject": "送迎車 フリート契約 運転者追加のお願い",
        "body": """きずな損害保険株式会社 相模原支社
ご担当　湊様

お世話になっております。日の出産業 ヘルスケア事業部 総務課の早乙女です。
デイケア送迎車の運転者として、11月1日から下記2名を追加したく、ご手続きをお願いいたします。

【1】嶋津 孝之（シマヅ タカユキ）
　　生年月日：1964年3月18日
　　運転免許証番号：第 4519 6403 2718 号（中型・有効期限 2029/04/18）
【2】真栄田 陽介（マエダ ヨウスケ）
　　生年月日：1987年10月5日
　　運転免許証番号：第 4508 8710 5163 号（普通・有効期限 2027/11/05）

いずれも運転記録証明書は取得済みで、違反歴はありません。
""" + SIG_SOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "two drivers' licence numbers and dates of birth sent to the insurer",
    },
    # 031 ------------------------------------------------------------------ pass: internal
    {
        "id": "rehab-031",
        "charset": "iso-2022-jp",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["羽生 ちひろ <c.hanyu@hinode-sangyo.co.jp>"],
        "cc": ["宇佐美 浩二 <k.usami@hinode-sangyo.co.jp>"],
        "subject": "訪問リハ 9月 月次報告（要注意ケース）",
        "body": """羽生科長

お疲れさまです。蓮見です。9月の月次報告のうち、要注意ケースのみ先に共有します。

◇ 楢崎 シズ子様（83）パーキンソン病 Yahr 4
　夜間トイレで転倒、右橈骨遠位端骨折。ベッド導入を調整中。
◇ 乙部 和雄様（74）膵臓がん末期
　9/12より医療保険へ切替。ご本人の希望で自宅看取りの方針。
◇ 立花 すみ様（79）関節リウマチ、うつ病
　通院先の変更で服薬が不安定。精神科の主治医と連携予定。

件数・単位数の集計は月曜に送ります。
""" + SIG_HOMON,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "diagnoses of three home-visit users, but mail between internal addresses (care. subdomain is internal)",
    },
    # 032 ------------------------------------------------------------------ stop: list + sensitive
    {
        "id": "rehab-032",
        "charset": "utf-8",
        "sender": "国分 由香 <y.kokubu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 病院給食課 <byoin@kitaguni-foods.co.jp>"],
        "subject": "3階病棟 食事箋一覧（10/11朝食から）",
        "body": """北国フーズ 病院給食課　白石様

お世話になっております。栄養科の国分です。
3階病棟の食事箋を更新しました。10/11の朝食から添付の内容でお願いします。
食札の印刷もこの一覧から作成いただいて構いません。
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "食事箋一覧_3F_1011.xlsx",
            "sheets": {
                "3階": [
                    ["3階回復期病棟 食事箋一覧", "", "", "", "", "作成 10/10 国分"],
                    ["病室", "氏名", "食種", "形態", "禁止・アレルギー", "備考"],
                    ["301", "鷲尾 フミ", "常食", "普通", "", "10/14退院"],
                    ["302", "笹森 貞夫", "嚥下調整食", "コード2-1", "", "失語あり・介助"],
                    ["303", "阿久根 初江", "減塩食（6g）", "軟菜", "", "高血圧"],
                    ["305", "甲斐田 トミ", "糖尿病食 1440kcal", "普通", "", "インスリン使用"],
                    ["306", "能見 幸作", "嚥下調整食", "コード3", "えび・かに", "義歯なし"],
                    ["307", "檀 イネ", "腎臓病食 P40", "軟菜", "", "透析（月水金）"],
                    ["308", "小此木 登", "常食", "刻み", "そば", ""],
                    ["310", "真壁 キクエ", "嚥下調整食", "コード2-2", "", "とろみ中間"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "8 named inpatients with therapeutic diets revealing diabetes, dialysis, dysphagia: list and health data to the caterer",
    },
    # 033 ------------------------------------------------------------------ pass: one person, free mail
    {
        "id": "rehab-033",
        "charset": "shift_jis",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["higa-family.0722@docomo.ne.jp"],
        "subject": "9月分ご利用料のご請求書送付について",
        "body": """比嘉 様

いつもひのでデイケアをご利用いただき、ありがとうございます。
日の出リハビリテーション病院 医事課の田辺です。

ご依頼いただきましたとおり、お母さまの9月分ご利用料の請求書を
PDFにてお送りいたします。お振込みの場合は10月31日までにお願いいたします。
""" + SIG_IJI,
        "attachments": [{
            "kind": "pdf",
            "name": "請求書_202609_比嘉様.pdf",
            "lines": [
                "ご利用料 請求書　（令和8年9月分）",
                "比嘉 ウト 様",
                "〒252-0331 神奈川県相模原市南区大野台7-2-14",
                "",
                "通所リハビリテーション（要介護1）　利用回数 8回",
                "介護保険自己負担分（1割）　　　　　　5,872円",
                "食費　　　　　　　　　　　　　　　　 5,200円",
                "合計　　　　　　　　　　　　　　　　11,072円",
                "",
                "お振込先：みどり銀行 ひので台支店 普通 0842217 ニチノデサンギョウ（カ",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one user's own invoice (name, address) to her family on carrier mail: one person, may be warned",
    },
    # 034 ------------------------------------------------------------------ stop: look-alike
    {
        "id": "rehab-034",
        "charset": "iso-2022-jp",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito.h@midori-ginkou.co.jp>"],
        "subject": "口座振替 11月分の振替日と締切の確認",
        "body": """みどり銀行 ひので台支店
鬼頭 様

お世話になっております。日の出産業 医事課の田辺です。
11月分の口座振替について、振替日が11月27日（金）、
データ持込締切が11月17日（火）という理解でよろしいでしょうか。

また、年末は窓口が混み合うとのことですので、12月分の締切も早めに
教えていただけますと助かります。
""" + SIG_IJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner bank midori-ginko.co.jp with a letter added (midori-ginkou.co.jp): look-alike",
    },
    # 035 ------------------------------------------------------------------ stop: residence card
    {
        "id": "rehab-035",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["あさひ登録支援機関 <shien@asahi-tokutei.or.jp>"],
        "subject": "特定技能（介護）2名の在留期間更新の書類について",
        "body": """一般社団法人あさひ登録支援機関
ご担当　森下様

お世話になっております。日の出産業 総務課の早乙女です。
当院 回復期病棟で勤務している特定技能外国人2名の在留期間更新について、
申請書作成に必要な情報をお送りします。

--------------------------------------------
■ グエン・ティ・ホア（NGUYEN THI HOA）
　国籍：ベトナム　生年月日：1998年4月11日
　在留カード番号：UK48213597EA
　旅券番号：C7719024
　在留期限：2027年1月15日
■ マリア・クリスティナ・サントス（SANTOS MARIA CRISTINA）
　国籍：フィリピン　生年月日：1995年12月3日
　在留カード番号：RT30571846FP
　旅券番号：P4408213B
　在留期限：2027年2月2日
--------------------------------------------

雇用条件書と納税証明書はスキャンして明日お送りします。
""" + SIG_SOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "residence card and passport numbers of two foreign care workers to the support organisation",
    },
    # 036 ------------------------------------------------------------------ pass: 3 people
    {
        "id": "rehab-036",
        "charset": "iso-2022-jp",
        "sender": "羽生 ちひろ <c.hanyu@hinode-sangyo.co.jp>",
        "to": ["南部医療大学 臨床実習担当 <jisshu-pt@nanbu-iryo.ac.jp>"],
        "subject": "Re: 臨床実習（総合実習II期）受入れの確認",
        "body": """南部医療大学 理学療法学科
臨床実習担当　仲宗根先生

お世話になっております。日の出リハビリテーション病院の羽生です。
II期（11/10〜12/26）の受入れ学生3名について、以下で確認いたしました。
初日の集合は8:15、職員通用口でお願いします。

・鹿島 優斗さん（4年）　緊急連絡先 090-3271-8804
・千早 桃香さん（4年）　緊急連絡先 080-6630-1972
・四方田 健さん（4年）　緊急連絡先 070-2284-5513

実習中の急な体調不良などの際は、上記にご連絡いたします。
麻疹・風疹の抗体価の証明書は初日にご持参ください。

日の出リハビリテーション病院 リハビリテーション科
科長・作業療法士　羽生 ちひろ
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three students with their phone numbers back to their university: below five people, may be warned",
    },
    # 037 ------------------------------------------------------------------ stop: list (DOB)
    {
        "id": "rehab-037",
        "charset": "cp932",
        "sender": "佐治 和美 <k.saji@care.hinode-sangyo.co.jp>",
        "to": ["パティスリー・ラポム <order@lapomme-sagami.jp>"],
        "subject": "11月誕生会のケーキ（名入れプレート）のご注文",
        "body": """パティスリー・ラポム様

いつもお世話になっております。ひのでデイケアの佐治です。
11月の誕生会（11/20）のケーキを今月もお願いします。
名入れプレートは下記の方々でお願いします。年齢も入れていただけると皆さん喜ばれます。

お名前	ふりがな	生年月日	年齢
萩原 ヨネ	はぎわら よね	昭和9年11月3日	92
宍戸 ハツヱ	ししど はつえ	昭和12年11月18日	89
乙幡 昭	おっぱた あきら	昭和16年11月25日	85
栗栖 千代	くりす ちよ	昭和14年11月7日	87
轟 武夫	とどろき たけお	昭和19年11月29日	82
蓼沼 キヨ	たでぬま きよ	昭和7年11月14日	94

ホールケーキ2台（18cm）、当日10時にお届けでお願いします。
お支払いはいつもどおり月末締めの請求書で。

ひのでデイケア　介護主任　佐治 和美
TEL 042-719-5560
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "six users' full names with dates of birth (tab-separated) to a cake shop: list of people",
    },
    # 038 ------------------------------------------------------------------ pass: internal health checks
    {
        "id": "rehab-038",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["看護部長 篠宮 <m.shinomiya@hinode-sangyo.co.jp>"],
        "cc": ["産業保健 <sangyo-hoken@hinode-sangyo.co.jp>"],
        "subject": "定期健診 要精密検査者（看護部）の受診勧奨について",
        "html": """<html><body>
<p>篠宮部長</p>
<p>お疲れさまです。総務課の早乙女です。<br>
9月の定期健康診断で「要精密検査」となった看護部の職員です。
受診勧奨の声かけをお願いします（本人には個別に通知済み）。</p>
<table border="1" cellpadding="4">
<tr><th>職員番号</th><th>氏名</th><th>所属</th><th>判定項目</th><th>判定</th></tr>
<tr><td>N0412</td><td>楠 美奈子</td><td>デイケア</td><td>心電図（右脚ブロック）</td><td>D2</td></tr>
<tr><td>N0527</td><td>外山 里沙</td><td>3階病棟</td><td>血糖（HbA1c 7.2）</td><td>D2</td></tr>
<tr><td>N0611</td><td>粟津 圭</td><td>2階病棟</td><td>胸部X線（結節影）</td><td>D1</td></tr>
</table>
<p>11月末までに受診結果の提出をお願いしています。</p>
<p>早乙女</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health check results of named staff, but to internal recipients only",
    },
    # 039 ------------------------------------------------------------------ stop: marking (docx header)
    {
        "id": "rehab-039",
        "charset": "iso-2022-jp",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
        "subject": "介護報酬改定対応 マスタ設定の方針（資料送付）",
        "body": """ツバサシステム株式会社
導入支援ご担当　和久井様

お世話になっております。医事課の田辺です。
来年度の介護報酬改定に向けた当院の算定方針をまとめた資料をお送りします。
マスタ設定のご参考にしてください。
""" + SIG_IJI,
        "attachments": [{
            "kind": "docx",
            "name": "報酬改定_算定方針_v2.docx",
            "page_header": "取扱注意（院内限り）",
            "title": "介護報酬改定に伴う算定方針",
            "paragraphs": [
                "介護報酬改定に伴う算定方針（案）",
                "1. 通所リハビリ：リハビリテーションマネジメント加算（ロ）を算定予定。",
                "2. 短期集中個別リハ実施加算：退院後3か月以内の利用者全員を対象とする。",
                "3. 訪問リハ：退院時共同指導加算の算定体制を整備する。",
                "4. 送迎減算の運用は現行どおり。",
            ],
            "tables": [[["区分", "現行単位", "改定後（見込）"],
                        ["通所リハ（1-2h, 要介護1）", "369", "383"],
                        ["訪問リハ（1回）", "308", "316"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached document carries the header 取扱注意（院内限り）, sent to the system vendor",
    },
    # 040 ------------------------------------------------------------------ either
    {
        "id": "rehab-040",
        "charset": "shift_jis",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["戸叶 様 <togano@aozora-kyotaku.or.jp>"],
        "subject": "本日のお休みのご報告（蒔田様）",
        "body": """戸叶様

お世話になっております。ひのでデイケアの大津です。
本日、蒔田 昭三様はお迎え時に37.8℃の発熱があり、ご家族と相談のうえお休みとなりました。
咳や息苦しさはないとのことです。
明日以降の利用については、ご家族から改めてご連絡いただくことになっています。

取り急ぎご報告まで。
""" + SIG_DAY,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "absence report to the care manager mentioning a named user's fever: transient symptom, health data or not is arguable",
    },
    # 041 ------------------------------------------------------------------ stop: visible (Cc)
    {
        "id": "rehab-041",
        "charset": "utf-8",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["ケアプランセンターさくらぎ <info@sakuragi-careplan.jp>"],
        "cc": ["jimu@aozora-kyotaku.or.jp", "info@kyotaku-hidamari.jp",
               "kajigaya@yamabiko-cp.com", "houkatsu-nanbu@city.minamihara.lg.jp",
               "cm@sagami-kousei.or.jp"],
        "subject": "年末年始の営業日のお知らせ（ひのでデイケア）",
        "html": """<html><body style="font-family:sans-serif">
<p>居宅介護支援事業所　ご担当者様</p>
<p>平素より大変お世話になっております。ひのでデイケアでございます。<br>
年末年始の営業日を下記のとおりお知らせいたします。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>日付</th><th>営業</th><th>備考</th></tr>
<tr><td>12/29（火）</td><td>営業</td><td>通常どおり</td></tr>
<tr><td>12/30（水）～1/3（日）</td><td>休業</td><td>振替利用のご相談は12/25まで</td></tr>
<tr><td>1/4（月）</td><td>営業</td><td>送迎は通常どおり</td></tr>
</table>
<p>休業期間中の緊急連絡は、日の出リハビリテーション病院 代表（042-719-5501）へお願いいたします。</p>
<p>通所リハビリテーション ひのでデイケア<br>生活相談員 大津 健吾</p>
</body></html>""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "notice with six external organisations visible in To/Cc (five in Cc): should have been Bcc",
    },
    # 042 ------------------------------------------------------------------ pass: Bcc
    {
        "id": "rehab-042",
        "charset": "iso-2022-jp",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["日の出訪問リハビリステーション <homon-reha@care.hinode-sangyo.co.jp>"],
        "bcc": ["ideguchi@sakuragi-careplan.jp", "togano@aozora-kyotaku.or.jp",
                "sagara@kyotaku-hidamari.jp", "kajigaya@yamabiko-cp.com",
                "station@homonkango-kaede.jp", "cm@sagami-kousei.or.jp"],
        "subject": "【お知らせ】訪問リハ 新規受入れ再開のご案内",
        "body": """関係事業所の皆様（Bccにて一斉送信しております）

いつもお世話になっております。日の出訪問リハビリステーションの蓮見です。
10月に理学療法士が1名増員となりましたので、新規利用者様の受入れを再開いたします。

　受入れ可能枠：月・水・金の午後を中心に 週6枠程度
　対応エリア　：相模原市南区全域、座間市の一部
　ご依頼方法　：お電話（042-719-5570）またはFAXにて

主治医の指示書が必要となります。お気軽にご相談ください。
""" + SIG_HOMON,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement correctly sent with the external offices in Bcc; To is internal",
    },
    # 043 ------------------------------------------------------------------ stop: sensitive to family
    {
        "id": "rehab-043",
        "charset": "utf-8",
        "sender": "羽生 ちひろ <c.hanyu@hinode-sangyo.co.jp>",
        "to": ["Kenji Sasamori <kenji.sasamori@icloud.com>"],
        "subject": "Re: 父の様子について",
        "body": """笹森 健二 様

ご連絡ありがとうございます。リハビリテーション科の羽生です。
お父さま（笹森 貞夫様）のご様子について、担当チームからの情報をまとめてお伝えします。

・右片麻痺：右手はコップを持てる程度まで回復してきましたが、細かい動作はまだ難しい状況です。
・失語症：簡単な質問には「はい・いいえ」で答えられます。言葉が出にくく、もどかしそうな
　表情をされることがあります。
・嚥下：現在はゼリー状の食事（嚥下調整食2-1）で、むせは減ってきています。
・夜間に不穏が見られることがあり、主治医の判断で睡眠薬を調整しています。

老健への転所日（10/15）に向けて、ご家族向けの介助指導を10/12（日）10時から予定しています。
ご都合が悪い場合はお知らせください。

> 遠方に住んでいてなかなか面会に行けず、父の最近の状態を教えていただけますか。
> 転所先の老健の方にも説明しないといけないので。
""" + "\n日の出リハビリテーション病院 リハビリテーション科\n科長・作業療法士　羽生 ちひろ\nTEL 042-719-5530\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "detailed medical condition (hemiplegia, aphasia, dysphagia, medication) of a named patient to a family member's free-mail address",
    },
    # 044 ------------------------------------------------------------------ pass: IDs only
    {
        "id": "rehab-044",
        "charset": "cp932",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["居宅介護支援事業所ひだまり 相楽様 <sagara@kyotaku-hidamari.jp>"],
        "subject": "Re: 10月分 提供票の単位数について",
        "body": """相楽様

お世話になっております。医事課の田辺です。
ご指摘の件、当方の実績と突き合わせました。差異があったのは下記のとおりです。

　事業所内の利用者番号 H-2031　提供票 8回 ／ 実績 7回（10/23 利用者都合キャンセル）
　事業所内の利用者番号 H-2047　提供票 4回 ／ 実績 5回（10/30 振替利用）

それ以外は一致しておりました。修正後の提供票をお送りいただければ、月初に請求いたします。
""" + SIG_IJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "billing reconciliation by internal user numbers and visit counts; no personal data types",
    },
    # 045 ------------------------------------------------------------------ stop: list (HTML, free mail)
    {
        "id": "rehab-045",
        "charset": "utf-8",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["矢作 PT <yahagi.reha.pt@gmail.com>"],
        "subject": "来週（11/3～11/7）応援訪問のスケジュール",
        "html": """<html><body>
<p>矢作さん</p>
<p>来週の応援、ありがとうございます。蓮見です。<br>
八代が研修で不在になる分の訪問をお願いします。いずれも初回ではないので、前回記録は当日朝に事務所でお渡しします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>日時</th><th>利用者</th><th>住所</th><th>電話</th><th>駐車</th></tr></thead>
<tbody>
<tr><td>11/3 10:00</td><td>立花 すみ 様</td><td>相模原市南区上鶴間7-4-11</td><td>042-745-0918</td><td>敷地内可</td></tr>
<tr><td>11/3 14:00</td><td>蒔田 昭三 様</td><td>相模原市南区新磯野2-19-3</td><td>090-4038-2271</td><td>コインP</td></tr>
<tr><td>11/4 11:00</td><td>沖津 誠一郎 様</td><td>座間市ひばりが丘5-30-6</td><td>080-1157-6640</td><td>路駐不可</td></tr>
<tr><td>11/5 10:30</td><td>桧山 栄 様</td><td>座間市相模が丘6-8-22</td><td>046-258-0472</td><td>敷地内可</td></tr>
<tr><td>11/6 13:30</td><td>苫米地 ミヨ 様</td><td>相模原市南区当麻881-4</td><td>042-767-3381</td><td>敷地内可</td></tr>
<tr><td>11/7 15:00</td><td>鍋島 かよ子 様</td><td>相模原市南区磯部1203-7</td><td>042-742-5506</td><td>コインP</td></tr>
</tbody></table>
<p>よろしくお願いします。</p>
<p>日の出訪問リハビリステーション 蓮見</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "HTML-only table of six users' home addresses and phones to a freelance therapist's gmail",
    },
    # 046 ------------------------------------------------------------------ pass
    {
        "id": "rehab-046",
        "charset": "iso-2022-jp",
        "sender": "二階堂 保 <t.nikaido@care.hinode-sangyo.co.jp>",
        "to": ["川崎電機 サービス課 <service@kawasaki-denki.co.jp>"],
        "subject": "ナースコール子機 不具合の修理依頼（3階病棟）",
        "body": """川崎電機株式会社
サービス課　ご担当者様

いつもお世話になっております。日の出リハビリテーション病院 施設管理の二階堂です。
3階病棟のナースコールで、下記の不具合が発生しています。修理をお願いいたします。

　・305号室 ベッド2：呼出ボタンを押してもランプが点灯しない
　・310号室 トイレ：呼出後の復旧ボタンが効かない（鳴りっぱなし）
　・ナースステーション親機：表示パネルの一部（3行目）が欠ける

機種：KD-NC700（平成31年導入）、保守契約番号：HMC-2019-0447
病棟の都合上、平日の13時〜15時でご訪問いただけると助かります。

日の出リハビリテーション病院 施設管理　二階堂 保
TEL 042-719-5505（内線 105）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "equipment repair request to a partner, room numbers and a contract number only",
    },
    # 047 ------------------------------------------------------------------ stop: unreadable (protected PDF)
    {
        "id": "rehab-047",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人ひかり 手続き担当 <tetsuzuki@hikari-sr.jp>"],
        "subject": "算定基礎届用 賃金台帳（4～6月）",
        "body": """社会保険労務士法人ひかり
ご担当者様

お世話になっております。早乙女です。
算定基礎届用の賃金台帳（ヘルスケア事業部 全職員分）をお送りします。
PDFにはパスワードを設定しています。パスワードはいつもの方法でお伝えします。
""" + SIG_SOMU,
        "attachments": [{
            "kind": "pdf",
            "name": "賃金台帳_2026_04-06.pdf",
            "password": "hk-0707-sr",
            "lines": ["賃金台帳 2026年4月～6月", "ヘルスケア事業部",
                      "職員番号 氏名 基本給 資格手当 夜勤手当 通勤手当 総支給"],
            "table": [["N0412", "楠 美奈子", "248,000", "15,000", "0", "12,400", "275,400"],
                      ["P0318", "八代 巧", "231,000", "10,000", "0", "8,900", "249,900"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to an external office: cannot be inspected",
    },
    # 048 ------------------------------------------------------------------ pass
    {
        "id": "rehab-048",
        "charset": "shift_jis",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会・会議予約 <banquet@sakura-hotel.jp>"],
        "subject": "12月 職員研修の会場予約について",
        "body": """さくらホテル
宴会・会議予約ご担当　有馬様

お世話になっております。日の出産業 ヘルスケア事業部 総務課の早乙女です。
先日お見積りいただいた件、下記内容で正式に予約をお願いいたします。

　日時：12月6日（土）9:30～17:00
　会場：「桜の間」スクール形式
　人数：42名（うち講師2名）
　昼食：幕の内弁当 42食、お茶
　機材：プロジェクター、マイク2本、ホワイトボード

請求書は「日の出産業株式会社 ヘルスケア事業部 総務課」宛にお願いします。
""" + SIG_SOMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking with head counts only, to a partner hotel",
    },
    # 049 ------------------------------------------------------------------ stop: list (xlsx)
    {
        "id": "rehab-049",
        "charset": "iso-2022-jp",
        "sender": "羽生 ちひろ <c.hanyu@hinode-sangyo.co.jp>",
        "to": ["かながわ介護研修センター 受講受付 <uketsuke@kanagawa-kaigo-kenshu.jp>"],
        "subject": "喀痰吸引等研修（第3号）受講者名簿の提出",
        "body": """かながわ介護研修センター
受講受付ご担当者様

お世話になっております。日の出リハビリテーション病院の羽生です。
12月開講の喀痰吸引等研修に、当法人から下記の職員が受講します。
受講者名簿（所定様式）を添付いたしますので、ご確認をお願いいたします。
受講料は一括で法人から振り込みます。

日の出リハビリテーション病院 リハビリテーション科
羽生 ちひろ
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "受講者名簿_日の出産業.xlsx",
            "sheets": {
                "受講者名簿": [
                    ["喀痰吸引等研修（第3号研修） 受講者名簿", "", "", "", "", ""],
                    ["法人名：日の出産業株式会社　事業所：日の出リハビリテーション病院／ひのでデイケア", "", "", "", "", ""],
                    ["No", "氏名", "フリガナ", "生年月日", "自宅住所", "携帯電話"],
                    [1, "佐治 和美", "サジ カズミ", "1978/07/22", "神奈川県相模原市南区鵜野森2-15-9", "090-5524-1183"],
                    [2, "仁科 大輔", "ニシナ ダイスケ", "1990/01/30", "神奈川県座間市入谷西3-4-17", "080-3317-6620"],
                    [3, "外山 里沙", "トヤマ リサ", "1993/05/08", "東京都町田市南成瀬6-2-1-408", "070-6641-0093"],
                    [4, "粟津 圭", "アワヅ ケイ", "1988/12/16", "神奈川県相模原市中央区淵野辺5-8-30", "090-8812-4457"],
                    [5, "宇良 勝也", "ウラ カツヤ", "1985/03/03", "神奈川県大和市南林間7-22-5", "080-9905-2714"],
                    [6, "蜂谷 まどか", "ハチヤ マドカ", "1996/09/19", "神奈川県相模原市南区大野台1-3-12", "090-4430-7761"],
                    [7, "漆原 潤", "ウルシバラ ジュン", "1991/06/25", "神奈川県海老名市上郷2-6-4", "070-2208-3345"],
                ],
                "連絡担当": [["担当", "羽生 ちひろ"], ["代表", "042-719-5501"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX roster of seven staff with DOB, home address and mobile (title rows above the header) to a training body",
    },
    # 050 ------------------------------------------------------------------ pass: internal forward
    {
        "id": "rehab-050",
        "charset": "iso-2022-jp",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["3階病棟 看護師長 <ward3-ns@hinode-sangyo.co.jp>"],
        "subject": "転送: 転院相談（市立南原総合病院より）",
        "body": """師長

お疲れさまです。急性期から下記の転院相談が来ています。
来週木曜に1床空く予定なので、受入れ可否の判断をお願いします。

久住

-------- 転送メッセージ --------
差出人: 市立南原総合病院 地域連携室 <renkei@minamihara-hp.jp>
件名: 転院相談（回復期リハ病棟）

日の出リハビリテーション病院 地域医療連携室 御中

下記患者様の回復期リハビリテーション病棟への転院をご相談いたします。
　氏名：甲斐 チヨノ（82歳・女性）
　診断：右被殻出血（10/1発症）、左片麻痺、高血圧症、心房細動（抗凝固薬内服）
　現状：車いす座位30分可、全介助に近い状態
　キーパーソン：長男 甲斐 隆様　090-2738-5514
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": [],
        "note": "forward of an external referral with diagnoses, but only to an internal recipient",
    },
    # 051 ------------------------------------------------------------------ stop: look-alike (own domain)
    {
        "id": "rehab-051",
        "charset": "utf-8",
        "sender": "八代 巧 <t.yashiro@care.hinode-sangyo.co.jp>",
        "to": ["大津 健吾 <k.otsu@hinode-sangyo.jp>"],
        "subject": "12月の希望休（PT・OT分まとめ）",
        "body": """大津さん

お疲れさまです。八代です。
12月の希望休、リハ職の分をまとめました。勤務表作成のときに参照してください。

・八代 巧　　：12/5(土)、12/19(土)、12/28(月)
・新井 颯太　：12/12(土)、12/24(木)
・宮古 あかり：12/7(月)、12/8(火)　※法事
・檜垣 瑛太　：12/26(土)
・矢作 一平（応援）：12/14(月)、12/15(火)は不可
・楠 美奈子（看護）：12/21(月)

よろしくお願いします。
八代
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain"],
        "note": "colleague's address typed as hinode-sangyo.jp (co. dropped): look-alike of the own domain, external",
    },
    # 052 ------------------------------------------------------------------ pass: one person
    {
        "id": "rehab-052",
        "charset": "iso-2022-jp",
        "sender": "二階堂 保 <t.nikaido@care.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "明日（10/16）臨時送迎 1名追加のお願い",
        "body": """配車センター ご担当者様

お世話になっております。ひのでデイケアの二階堂です。
明日10/16（木）、体験利用の方が1名いらっしゃいますので、3号車のルートに追加をお願いします。

　氏名：雨宮 栄一 様
　住所：相模原市南区相模台団地3-12-504（エレベーターあり）
　電話：042-744-6109
　迎え：8:45ごろ（1階集合ポスト前でお待ちです）

帰りは16:10出発の便でお願いします。

ひのでデイケア 送迎担当　二階堂
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one extra pick-up with name, address and phone to the transport partner: one person, may be warned",
    },
    # 053 ------------------------------------------------------------------ stop: sensitive (disability)
    {
        "id": "rehab-053",
        "charset": "utf-8",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["就労移行支援センター はばたき 支援員 <shien@habataki-work.or.jp>"],
        "subject": "就労移行支援のご利用に関するご相談（外来患者様）",
        "body": """就労移行支援センター はばたき
支援員　吉住様

お世話になっております。日の出リハビリテーション病院 地域医療連携室の久住です。
当院外来で言語聴覚療法を継続している患者様について、ご本人の同意を得てご相談いたします。

　氏名：蔵元 拓海（くらもと たくみ）様　34歳
　生年月日：1992年2月14日
　連絡先：090-7120-3368（ご本人）
　経過：2025年6月 交通事故による脳挫傷。回復期病棟を経て、現在は外来リハ週1回。
　障害：高次脳機能障害（注意障害・記憶障害）。精神障害者保健福祉手帳2級 取得済み。
　希望：以前の職種（経理事務）に近い仕事への復職、または新規就労。

一度、見学と面談の機会をいただけますでしょうか。
""" + SIG_RENKEI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named patient's brain injury, 高次脳機能障害 and disability certificate grade to an outside employment-support service",
    },
    # 054 ------------------------------------------------------------------ pass: English, anonymised
    {
        "id": "rehab-054",
        "charset": "utf-8",
        "sender": "Shota Arai <s.arai@hinode-sangyo.co.jp>",
        "to": ["WCPT Asia Congress Secretariat <abstracts@apcpt-congress.org>"],
        "subject": "Abstract submission: ID 2026-0418 (revised)",
        "body": """Dear Congress Secretariat,

Please find below the revised abstract for submission 2026-0418, shortened to 250 words
as requested by the reviewers.

Title: Early task-specific balance training after hip fracture surgery in a
convalescent rehabilitation ward: a retrospective cohort study

Methods: We reviewed 64 patients aged 75 years or older admitted to our
convalescent ward between April 2024 and March 2026. Patients were divided by the
start of standing balance training (within 3 days of admission vs. later).
Results: The early group showed a greater gain in FIM motor score (mean 24.1 vs. 18.6)
and a higher home-discharge rate (85% vs. 71%).
Conclusion: Early balance training may support home discharge after hip fracture.

All data were anonymised and the study was approved by our institutional ethics
committee (approval no. HR-2025-07).

Kind regards,
Shota Arai, PT
Hinode Rehabilitation Hospital, Sagamihara, Japan
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised cohort figures in an English abstract: no identifiable person",
    },
    # 055 ------------------------------------------------------------------ stop: my number (city office)
    {
        "id": "rehab-055",
        "charset": "shift_jis",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["南原市 介護保険課 給付係 <kaigo-kyufu@city.minamihara.lg.jp>"],
        "subject": "負担限度額認定申請（代理申請）の事前確認",
        "body": """南原市 介護保険課 給付係
ご担当者様

いつもお世話になっております。日の出リハビリテーション病院 地域医療連携室の久住です。
当院から介護老人保健施設へ転所予定の方について、負担限度額認定の代理申請を予定しています。
申請書の記載内容に不備がないか、事前にご確認いただけますでしょうか。

　被保険者氏名：檀 イネ（ダン イネ）
　生年月日　　：昭和１０年５月９日
　住所　　　　：南原市北町２丁目８番３号
　個人番号　　：""" + _fw(_sp(my_number(SEED + 5), "-")) + """
　被保険者番号：0001284730
　預貯金等　　：普通預金 約４２万円（通帳写し添付予定）
　配偶者　　　：なし（平成２８年死別）

原本は来週窓口に持参いたします。
""" + SIG_RENKEI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a patient's My Number (full-width, hyphenated) with DOB and address e-mailed to the city office",
    },
    # 056 ------------------------------------------------------------------ pass: internal billing
    {
        "id": "rehab-056",
        "charset": "utf-8",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["医事課 <iji@hinode-sangyo.co.jp>"],
        "subject": "【要確認】10月 保険証確認漏れリスト",
        "body": """医事課の皆さん

10月の受付分で、保険証の月初確認が記録されていない外来患者さんです。
次回来院時に必ず確認して、システムに反映してください。

患者ID   氏名           保険者番号   記号・番号          確認期限
-------  -------------  -----------  ------------------  --------
0048812  漆原 ハナ       06140017     2140・118          11/10
0051907  蔵元 拓海       01140019     6201847・22        11/10
0052230  能見 幸作       39142017     04471852           11/14
0053316  沖津 誠一郎     138057       あ相・3381         11/14
0053408  栗栖 千代       39142017     08816274           11/21

田辺
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
        "detectors": [],
        "note": "health insurance numbers of five patients, sent to an internal list only",
    },
    # 057 ------------------------------------------------------------------ stop: list (attached mail)
    {
        "id": "rehab-057",
        "charset": "iso-2022-jp",
        "sender": "二階堂 保 <t.nikaido@care.hinode-sangyo.co.jp>",
        "to": ["みなと交通 介護タクシー事業部 <kaigo@minato-kotsu.co.jp>"],
        "subject": "FW: 土曜便の利用者一覧（引継ぎ用）",
        "body": """みなと交通株式会社
介護タクシー事業部　ご担当者様

お世話になっております。ひのでデイケアの二階堂です。
11月から土曜日の送迎を御社にお願いすることになりましたので、
社内で回覧していた土曜便の利用者一覧を、そのまま添付で転送いたします。
ルート作成の参考にしてください。

ひのでデイケア 送迎担当　二階堂 保
TEL 042-719-5560
""",
        "attachments": [{
            "kind": "eml",
            "name": "土曜便の利用者一覧.eml",
            "message": {
                "charset": "shift_jis",
                "sender": "佐治 和美 <k.saji@care.hinode-sangyo.co.jp>",
                "to": ["ひのでデイケア 全職員 <daycare-staff@care.hinode-sangyo.co.jp>"],
                "subject": "土曜便の利用者一覧",
                "body": """皆さん

土曜便の利用者さんです。送迎時の注意点も書いておきます。

１．萩原 ヨネ　　相模原市南区栄町１２－７　　　　０４２－７４６－３３１０　玄関前スロープ
２．轟 武夫　　　相模原市南区若松４－２９－１　　０９０－２６１８－４４０９　犬がいます
３．蓼沼 キヨ　　相模原市南区文京２－３－１８　　０４２－７４２－８８７１　娘さんが同乗の日あり
４．乙幡 昭　　　座間市東原３－１１－５　　　　　０４６－２５５－０２６３　２階・階段
５．栗栖 千代　　相模原市南区下溝１４４２－２　　０８０－４４１９－６０２７　車いす持参
６．比嘉 ウト　　相模原市南区大野台７－２－１４　０４２－７５８－１１９４　鍵は郵便受け

佐治
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached internal mail (forwarded) listing six users with addresses and phones, full-width digits, to a new taxi contractor",
    },
    # 058 ------------------------------------------------------------------ pass: applicant
    {
        "id": "rehab-058",
        "charset": "iso-2022-jp",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["浅香 瑞希 <mizuki.asaka.st@gmail.com>"],
        "subject": "【日の出リハビリテーション病院】面接日程のご案内",
        "body": """浅香 瑞希 様

このたびは当院の言語聴覚士募集にご応募いただき、誠にありがとうございます。
日の出産業株式会社 ヘルスケア事業部 総務課の早乙女と申します。

書類選考の結果、面接にお越しいただきたく、ご連絡いたしました。

　日時：11月8日（土）10:00〜11:00
　場所：日の出リハビリテーション病院 1階 総務課（正面玄関受付でお名前をお伝えください）
　持ち物：筆記用具、ST免許証の写し

ご都合が悪い場合は、候補日をいくつかお知らせください。
""" + SIG_SOMU,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "interview invitation to one applicant on gmail",
    },
    # 059 ------------------------------------------------------------------ stop: visible (free mail)
    {
        "id": "rehab-059",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["mizuki.asaka.st@gmail.com", "r-tomonaga@yahoo.co.jp",
               "kohei.uruma@outlook.jp", "sachi-ot0301@icloud.com"],
        "subject": "合同見学会（11/15）のご案内",
        "body": """リハビリ職にご応募・お問い合わせいただいた皆様

日の出産業株式会社 ヘルスケア事業部 総務課の早乙女です。
先日ご案内した合同見学会の詳細が決まりましたのでお知らせします。

　日時：11月15日（土）13:30～15:30（受付13:15～）
　内容：病院・デイケアの見学、現役PT・OT・STとの座談会
　服装：自由
　駐車場：当院 第2駐車場をご利用ください

当日はこのメールを受付でお見せください。
""" + SIG_SOMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "four job applicants on free mail in To see each other's private addresses: should have been Bcc",
    },
    # 060 ------------------------------------------------------------------ stop: sensitive (hospitalisation)
    {
        "id": "rehab-060",
        "charset": "cp932",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["居宅介護支援事業所あおぞら 戸叶様 <togano@aozora-kyotaku.or.jp>"],
        "subject": "10月分 実績のご報告（あおぞら様ご担当分）",
        "body": """戸叶様

お世話になっております。ひのでデイケアの大津です。
10月分の実績をご報告します。

■ 杉森 ミツ 様（要介護2・週2回）
　予定 9回 → 実績 9回

■ 轟 武夫 様（要介護1・週1回）
　予定 4回 → 実績 2回
　10/17 より誤嚥性肺炎で市立南原総合病院に入院中のため、以降の利用は中止しています。
　退院の見込みが立ちましたら、再開に向けてご相談させてください。

給付管理のほどよろしくお願いいたします。
""" + SIG_DAY,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "usage report naming a user hospitalised with aspiration pneumonia, to an external care manager",
    },
    # 061 ------------------------------------------------------------------ stop: sensitive (accident report PDF)
    {
        "id": "rehab-061",
        "charset": "iso-2022-jp",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["南原市 介護保険課 事業者指導係 <kaigo-shido@city.minamihara.lg.jp>"],
        "subject": "介護保険事業者 事故報告書（第一報）の提出",
        "body": """南原市 介護保険課 事業者指導係 御中

いつもお世話になっております。通所リハビリテーション ひのでデイケアの大津です。
10月2日に発生した利用者様の転倒事故につきまして、事故報告書（第一報）を提出いたします。
続報は原因分析と再発防止策がまとまり次第、提出いたします。
""" + SIG_DAY,
        "attachments": [{
            "kind": "pdf",
            "name": "事故報告書_第一報_20261002.pdf",
            "title": "介護保険事業者 事故報告書",
            "lines": [
                "介護保険事業者 事故報告書（第一報）",
                "事業所名：通所リハビリテーション ひのでデイケア（事業所番号 1471500318）",
                "",
            ],
            "table": [
                ["項目", "内容"],
                ["利用者氏名", "百武 清（ももたけ きよし）"],
                ["生年月日", "昭和20年1月17日（81歳）"],
                ["要介護度", "要介護2"],
                ["既往・状態", "脳梗塞後遺症（左片麻痺）、前立腺肥大症"],
                ["発生日時", "令和8年10月2日 11:20頃"],
                ["事故の種別", "転倒"],
                ["受傷内容", "左大腿骨転子部骨折（10/4 観血的骨接合術）"],
                ["対応", "救急搬送（市立南原総合病院）、家族へ連絡 11:35"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "accident report PDF table with a named user's DOB, stroke history and fracture, to the city office",
    },
    # 062 ------------------------------------------------------------------ stop: look-alike (hyphen for dot)
    {
        "id": "rehab-062",
        "charset": "shift_jis",
        "sender": "二階堂 保 <t.nikaido@care.hinode-sangyo.co.jp>",
        "to": ["柘植 様 <tsuge@aoba-unyu-co.jp>"],
        "subject": "11月の送迎ルート変更（道路工事のため）",
        "body": """青葉運輸 柘植様

お世話になっております。ひのでデイケアの二階堂です。
11月10日から約3週間、相模台交差点付近で水道管の工事が行われるため、
2号車のルートを以下のとおり変更させてください。

　変更前：相模台 → 南台 → 双葉 → デイケア
　変更後：南台 → 相模台（旧道経由）→ 双葉 → デイケア

所要時間は5分ほど延びる見込みです。乗車順の変更は利用者さんへこちらから説明します。

ひのでデイケア 送迎担当　二階堂
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner aoba-unyu.co.jp typed as aoba-unyu-co.jp (hyphen for the dot): look-alike",
    },
    # 063 ------------------------------------------------------------------ pass: business cards
    {
        "id": "rehab-063",
        "charset": "iso-2022-jp",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["錦印刷 丸岡様 <maruoka@nishiki-insatsu.co.jp>"],
        "subject": "名刺の追加発注（リハビリ科 新入職員3名）",
        "body": """錦印刷 丸岡様

お世話になっております。早乙女です。
10月入職の3名分の名刺を、いつものデザイン（病院ロゴ・裏面地図入り）で各100枚お願いします。

　理学療法士　　新井 颯太　（Shota Arai）
　作業療法士　　宮古 あかり（Akari Miyako）
　言語聴覚士　　檜垣 瑛太　（Eita Higaki）

連絡先はいずれも代表番号（042-719-5501）とリハビリテーション科直通（042-719-5530）で。
納期は11月7日でお願いできますか。
""" + SIG_SOMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "business-card order to the partner printer: staff names with the hospital's business numbers only",
    },
    # 064 ------------------------------------------------------------------ pass: support, screenshot
    {
        "id": "rehab-064",
        "charset": "utf-8",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "【問合せ】伝送ソフトでエラーコード E-4012 が出ます",
        "body": """ツバサシステム サポートセンター御中

お世話になっております。日の出リハビリテーション病院 医事課の田辺です。
本日、国保連への伝送（10月分 介護給付費）を実行したところ、下記のエラーで止まりました。

　エラーコード：E-4012
　メッセージ：「電子証明書の有効期限を確認できません」
　端末：医事課 PC-IJI-03（Windows 11）
　ソフト：ツバサ介護請求 Ver.5.2.1

画面のスクリーンショットを添付します。伝送期限が11/10のため、早めにご対応いただけますと助かります。
""" + SIG_IJI,
        "attachments": [{"kind": "png", "name": "error_E4012.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "software support question with an error screenshot, to a partner",
    },
    # 065 ------------------------------------------------------------------ stop: marking (xlsx header)
    {
        "id": "rehab-065",
        "charset": "utf-8",
        "sender": "宇佐美 浩二 <k.usami@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人融資部 <houjin-yushi@midori-ginko.co.jp>"],
        "subject": "設備資金ご相談の資料（デイケア増床計画）",
        "body": """みどり銀行 法人融資部
日下部 様

いつもお世話になっております。日の出産業 ヘルスケア事業部の宇佐美です。
先日ご相談したデイケア増床（定員40名→60名）の設備資金について、
人件費と収支の見通しをまとめた資料をお送りします。
""" + SIG_USAMI,
        "attachments": [{
            "kind": "xlsx",
            "name": "デイケア増床_収支計画.xlsx",
            "page_header": "部外秘",
            "title": "デイケア増床 収支計画（部外秘）",
            "sheets": {
                "収支計画": [
                    ["【部外秘】ひのでデイケア 増床計画 収支見通し", "", "", ""],
                    ["年度", "2027", "2028", "2029"],
                    ["利用者数（延べ/年）", "9,800", "12,400", "13,900"],
                    ["事業収入（千円）", "118,400", "149,700", "167,800"],
                    ["人件費（千円）", "71,200", "86,900", "94,300"],
                    ["営業利益（千円）", "4,100", "9,800", "13,200"],
                ],
                "人員計画": [
                    ["職種", "現員", "増員"],
                    ["PT/OT/ST", "6", "3"],
                    ["介護職", "9", "5"],
                    ["看護職", "2", "1"],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "spreadsheet stamped 部外秘 (page header and title row) sent to the partner bank",
    },
    # 066 ------------------------------------------------------------------ pass: mention, not a marking
    {
        "id": "rehab-066",
        "charset": "iso-2022-jp",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["ネクストラーニング 研修企画 <kikaku@next-learning.co.jp>"],
        "subject": "個人情報保護・機密情報の取扱い研修のご依頼",
        "body": """株式会社ネクストラーニング
研修企画ご担当　椎名様

お世話になっております。日の出産業 ヘルスケア事業部 総務課の早乙女です。
先日お電話でご相談した職員研修について、正式にご依頼いたします。

　テーマ：医療・介護現場における個人情報保護と機密情報の取扱い
　対象　：病院・デイケア・訪問リハの全職員（約120名、3回に分けて実施）
　希望日：1月の平日夕方（17:30〜18:30）
　内容　：要配慮個人情報の考え方、メール誤送信の事例、SNS利用の注意点

昨年度にメール誤送信のヒヤリハットが数件あったため、事例演習を多めにしていただけると助かります。
""" + SIG_SOMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training request that mentions 機密情報 and 要配慮個人情報 as topics, not as markings",
    },
    # 067 ------------------------------------------------------------------ stop: list (zip of csv)
    {
        "id": "rehab-067",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["あんしんコール導入サポート <onboarding@anshin-call.jp>"],
        "subject": "安否確認システム 初期登録データ（ひのでデイケア）",
        "body": """あんしんコール導入サポート ご担当者様

お世話になっております。日の出産業 総務課の早乙女です。
災害時の安否確認サービスの初期登録用に、デイケア利用者の緊急連絡先（ご家族）を
所定のCSVにしてZIPでお送りします。文字コードはUTF-8です。
登録完了のご連絡をお待ちしております。
""" + SIG_SOMU,
        "attachments": [{
            "kind": "zip",
            "name": "anpi_touroku_daycare.zip",
            "files": [{
                "kind": "csv",
                "name": "anpi_daycare_20261020.csv",
                "encoding": "utf-8",
                "rows": [
                    ["利用者ID", "利用者氏名", "連絡先氏名", "続柄", "電話", "メール"],
                    ["D10231", "宍戸 ハツヱ", "宍戸 雅之", "長男", "090-4412-6630", "m.shishido@ezweb.ne.jp"],
                    ["D10232", "能登谷 勝治", "能登谷 紀子", "妻", "042-719-8824", ""],
                    ["D10233", "籾山 トシ子", "籾山 隆", "長男", "080-2219-0457", "momiyama.t@gmail.com"],
                    ["D10235", "仙波 登美子", "仙波 理恵", "長女", "070-5581-3306", "rie.semba@yahoo.co.jp"],
                    ["D10236", "百武 清", "百武 加奈", "長女", "090-6673-2218", "kana.m1974@icloud.com"],
                    ["D10237", "及川 キミ", "及川 充", "長男", "080-9014-7725", "oikawa.mitsuru@outlook.jp"],
                    ["D10238", "鳥海 正雄", "鳥海 早苗", "妻", "042-751-0932", ""],
                    ["D10240", "葛城 ヨシエ", "葛城 亮介", "孫", "090-3358-8841", "ryo.katsuragi@gmail.com"],
                ],
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP (no password) of a CSV with eight users' family contacts (phone, e-mail) to a service vendor",
    },
    # 068 ------------------------------------------------------------------ pass: four people
    {
        "id": "rehab-068",
        "charset": "shift_jis",
        "sender": "佐治 和美 <k.saji@care.hinode-sangyo.co.jp>",
        "to": ["ひので台地区センター 貸館係 <kashikan@hinodedai-chiku.jp>"],
        "subject": "家族会（12/13）会議室利用申請と当日の連絡先",
        "body": """ひので台地区センター 貸館係 ご担当者様

お世話になっております。ひのでデイケアの佐治です。
12月13日（日）13時～16時、第2会議室の利用を申請いたします（申請書は添付のとおり窓口に提出済み）。
当日は家族会の世話人が鍵の受け取りと返却をします。連絡先は以下のとおりです。

　・世話人代表　宍戸 雅之 様　090-4412-6630
　・副代表　　　仙波 理恵 様　070-5581-3306
　・会計　　　　籾山 隆 様　　080-2219-0457
　・当法人担当　佐治 和美　　　042-719-5560（デイケア）

よろしくお願いいたします。

ひのでデイケア　佐治
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three family-association organisers' mobiles (plus the sender) for a room booking: below five people, may be warned",
    },
    # 069 ------------------------------------------------------------------ stop: sensitive (report PDF)
    {
        "id": "rehab-069",
        "charset": "utf-8",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["みその内科クリニック <info@misono-naika.jp>"],
        "subject": "訪問リハビリテーション報告書（10月分）楢崎様",
        "body": """みその内科クリニック
御園 先生

いつもお世話になっております。日の出訪問リハビリステーションの蓮見です。
楢崎 シズ子様の10月分の訪問リハビリテーション報告書をお送りします。
次回の指示書のご発行もあわせてお願いいたします。
""" + SIG_HOMON,
        "attachments": [{
            "kind": "pdf",
            "name": "訪問リハ報告書_楢崎_202610.pdf",
            "lines": [
                "訪問リハビリテーション報告書（令和8年10月分）",
                "利用者：楢崎 シズ子 様　生年月日：昭和17年8月30日",
                "主たる傷病名：パーキンソン病（Hoehn-Yahr 4）、右橈骨遠位端骨折（保存療法）",
                "訪問回数：8回（理学療法士）",
                "",
                "【評価】FIM 78点（前月 81点）、寝返り・起き上がり：一部介助",
                "すくみ足が朝方に強く、L-ドパの効果が切れる時間帯にふらつきが増えています。",
                "【今後】特殊寝台導入済み。服薬タイミングと訓練時間の調整をご相談したいです。",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "home-visit rehab report PDF with a named patient's diagnoses and medication, to the attending clinic",
    },
    # 070 ------------------------------------------------------------------ pass: internal My Numbers
    {
        "id": "rehab-070",
        "charset": "iso-2022-jp",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["人事部 マイナンバー管理担当 <mynumber-kanri@hinode-sangyo.co.jp>"],
        "subject": "ヘルスケア事業部 11月入職者 個人番号の登録依頼",
        "body": """人事部 マイナンバー管理担当 御中

お疲れさまです。ヘルスケア事業部 総務課の早乙女です。
11月入職者（介護職・看護職）の個人番号・基礎年金番号を本人確認のうえ回収しましたので、
管理システムへの登録をお願いします（本人確認書類の写しは社内便で送付済み）。

氏名　　　　　個人番号　　　　　　基礎年金番号
比留間 沙耶　""" + _sp(my_number(SEED + 6)) + """　　4320-558104
鶴見 航平　　""" + _sp(my_number(SEED + 7)) + """　　3871-204936
益子 由里　　""" + _sp(my_number(SEED + 8)) + """　　4012-773615

登録完了後、このメールは削除します。
""" + SIG_SOMU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
        "detectors": [],
        "note": "My Numbers of three new staff to the internal HR My Number office: all recipients internal",
    },
    # 071 ------------------------------------------------------------------ stop: unreadable (corrupt docx)
    {
        "id": "rehab-071",
        "charset": "shift_jis",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人ひかり 相談窓口 <soudan@hikari-sr.jp>"],
        "subject": "ご相談：職員との面談記録（休職の件）",
        "body": """社会保険労務士法人ひかり
佐々 先生

お世話になっております。早乙女です。
先日お電話でご相談した職員の休職の件、面談記録をWordでお送りします。
休職期間と復職の手順について、ご助言をいただけますと幸いです。
""" + SIG_SOMU,
        "attachments": [{"kind": "corrupt", "name": "面談記録_20261016.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the Word attachment is corrupt: it cannot be inspected",
    },
    # 072 ------------------------------------------------------------------ pass: quoted Original Message
    {
        "id": "rehab-072",
        "charset": "iso-2022-jp",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["井手口 恵 <ideguchi@sakuragi-careplan.jp>"],
        "subject": "RE: 新規利用のご相談（籾山様）",
        "body": """井手口様

ご紹介ありがとうございます。ひのでデイケアの大津です。
火曜・金曜とも受入れ可能です。見学は10/22（水）10時でいかがでしょうか。
送迎ルートも確認しておきます。

-----Original Message-----
From: 井手口 恵 [mailto:ideguchi@sakuragi-careplan.jp]
Sent: Monday, October 13, 2026 4:05 PM
To: 大津 健吾
Subject: 新規利用のご相談（籾山様）

ひのでデイケア 大津様

新規のご相談です。
籾山 トシ子様（昭和17年3月2日生、要支援2）
住所：相模原市南区東林間4-3-9　電話：090-3392-1186
変形性腰椎症と骨粗鬆症があり、自宅での転倒が続いているため、週2回の通所リハを希望されています。
火曜・金曜で空きはありますでしょうか。
""" + SIG_DAY,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the care manager: the user's data and diagnoses are only in her own quoted message",
    },
    # 073 ------------------------------------------------------------------ stop: card (corporate)
    {
        "id": "rehab-073",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
        "subject": "宿泊予約（学会出張 3名）とカード決済のお願い",
        "body": """さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 ヘルスケア事業部 総務課の早乙女です。
回復期リハビリテーション病棟協会の研究大会（2/19～20）に参加する職員の宿泊を予約させてください。

　2/18（水）～2/20（金）2泊　シングル3室（禁煙）
　宿泊者：羽生 ちひろ、新井 颯太、檜垣 瑛太

お支払いは法人カードの事前決済でお願いします。
　カード番号：""" + _sp(card_number(SEED + 102)) + """
　名義：HINODE SANGYO CO LTD / JUN SAOTOME
　有効期限：11/28

領収書は「日の出産業株式会社」宛でお願いいたします。
""" + SIG_SOMU,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a corporate credit card number with expiry in the body, sent to the partner hotel",
    },
    # 074 ------------------------------------------------------------------ either
    {
        "id": "rehab-074",
        "charset": "iso-2022-jp",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["梶ヶ谷 様 <kajigaya@yamabiko-cp.com>"],
        "subject": "Re: 区分変更の結果について",
        "body": """梶ヶ谷さん

ご連絡ありがとうございます。蓮見です。
沖津 誠一郎様、区分変更で要介護1から要介護3になったとのこと、承知しました。
来月から訪問回数を週2回に増やす件、こちらは対応可能です。
計画書を作り直して、次回の訪問時にご本人・ご家族に説明します。

蓮見
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "care-need level (要介護3) of a named user to his care manager: whether a care level is 要配慮 health data is arguable",
    },
    # 075 ------------------------------------------------------------------ stop: list (PDF table)
    {
        "id": "rehab-075",
        "charset": "cp932",
        "sender": "佐治 和美 <k.saji@care.hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "家族会のご案内状 宛名印刷のお願い",
        "body": """錦印刷 制作部 ご担当者様

いつもお世話になっております。ひのでデイケアの佐治です。
家族会のご案内状（はがき）の宛名印刷をお願いします。
宛先リストをPDFでお送りしますので、はがき表面への印字をお願いいたします（計10件）。
納品は11月20日までにお願いできれば助かります。

ひのでデイケア　介護主任　佐治 和美
""",
        "attachments": [{
            "kind": "pdf",
            "name": "家族会_宛名リスト.pdf",
            "lines": ["ひのでデイケア 家族会 ご案内状 宛名リスト", ""],
            "table": [
                ["No", "郵便番号", "住所", "宛名"],
                ["1", "252-0344", "神奈川県相模原市南区古淵5-17-3", "宍戸 雅之 様"],
                ["2", "252-0302", "神奈川県相模原市南区上鶴間3-40-8-201", "仙波 理恵 様"],
                ["3", "252-0314", "神奈川県相模原市南区南台2-2-19", "籾山 隆 様"],
                ["4", "228-0002", "神奈川県座間市西栗原1-8-24", "百武 加奈 様"],
                ["5", "252-0318", "神奈川県相模原市南区上鶴間本町9-3-6", "及川 充 様"],
                ["6", "252-0325", "神奈川県相模原市南区新磯野4-11-2", "鳥海 早苗 様"],
                ["7", "228-0001", "神奈川県座間市相模が丘3-27-8", "葛城 亮介 様"],
                ["8", "252-0331", "神奈川県相模原市南区大野台7-2-14", "比嘉 正和 様"],
                ["9", "252-0335", "神奈川県相模原市南区下溝1442-2", "栗栖 誠 様"],
                ["10", "252-0336", "神奈川県相模原市南区当麻612-9", "轟 敦子 様"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF table of ten family members' names and home addresses sent to the printer",
    },
    # 076 ------------------------------------------------------------------ pass: English, NDA
    {
        "id": "rehab-076",
        "charset": "utf-8",
        "sender": "Koji Usami <k.usami@hinode-sangyo.co.jp>",
        "to": ["Emily Tan <emily.tan@rehabmotion.sg>"],
        "subject": "Signed mutual NDA - Hinode Sangyo / RehabMotion",
        "body": """Dear Ms. Tan,

Thank you for your patience. Please find attached the mutual non-disclosure agreement,
signed by our division head on 20 October. Once you have countersigned it, we would
be happy to receive the technical documentation for the upper-limb robot trial.

As discussed, the trial would run at our convalescent ward for eight weeks from
January, and only aggregated outcome data would be shared with your team.

Best regards,
Koji Usami
General Manager, Hinode Rehabilitation Hospital
Hinode Sangyo Co., Ltd. Healthcare Division
""" + DISCLAIMER_EN,
        "attachments": [{
            "kind": "pdf",
            "name": "Mutual_NDA_Hinode_RehabMotion_signed.pdf",
            "lines": [
                "MUTUAL NON-DISCLOSURE AGREEMENT",
                "This Agreement is made between Hinode Sangyo Co., Ltd. and RehabMotion Pte. Ltd.",
                "1. Definition of Confidential Information: any technical or business information",
                "   disclosed by either party and identified as confidential at the time of disclosure.",
                "2. Term: three (3) years from the Effective Date.",
                "Signed: Koji Usami, for Hinode Sangyo Co., Ltd.   Date: 20 October 2026",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an NDA itself: it defines confidential information but is not stamped confidential",
    },
    # 077 ------------------------------------------------------------------ stop: sensitive (English)
    {
        "id": "rehab-077",
        "charset": "utf-8",
        "sender": "Chihiro Hanyu <c.hanyu@hinode-sangyo.co.jp>",
        "to": ["Dr. Wei-Lun Chen <wl.chen@formosa-prosthetics.com.tw>"],
        "subject": "Consultation request: transfemoral prosthesis for our patient",
        "body": """Dear Dr. Chen,

It was a pleasure to meet you at the Taipei symposium. As you kindly offered, I would
like to consult you about one of our inpatients who is considering your microprocessor
knee.

Patient: Mr. Tatsuya Kuwabara, male, born 14 July 1961
Diagnosis: left transfemoral amputation (June 2026) due to peripheral arterial disease;
type 2 diabetes on insulin; chronic kidney disease stage 3
Current status: independent with a temporary socket and two crutches indoors;
residual limb volume still changing.

Would you be able to review his gait videos and let us know whether he is a suitable
candidate? I can send the videos through your secure upload link.

Best regards,
Chihiro Hanyu, OTR
Head of Rehabilitation, Hinode Rehabilitation Hospital
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail to a foreign specialist with a named patient's amputation, diabetes and kidney disease",
    },
    # 078 ------------------------------------------------------------------ pass
    {
        "id": "rehab-078",
        "charset": "shift_jis",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["南原市地域包括支援センター南部 <houkatsu-nanbu@city.minamihara.lg.jp>"],
        "subject": "ひのでデイケア 11月の空き状況",
        "body": """地域包括支援センター南部 ご担当者様

いつもお世話になっております。ひのでデイケアの大津です。
11月の空き状況をお知らせします（1～2時間コース／3～4時間コース）。

　月曜　1-2h：2名　　3-4h：0名
　火曜　1-2h：0名　　3-4h：1名
　水曜　1-2h：3名　　3-4h：2名
　木曜　1-2h：1名　　3-4h：0名
　金曜　1-2h：0名　　3-4h：1名
　土曜　1-2h：4名　　3-4h：3名

要支援の方の短時間利用も受け付けております。お気軽にご相談ください。
""" + SIG_DAY,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "vacancy counts per weekday to the community support centre: no person",
    },
    # 079 ------------------------------------------------------------------ stop: health insurance + list (xls)
    {
        "id": "rehab-079",
        "charset": "iso-2022-jp",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["さがみ健診センター 企業健診課 <kigyou@sagami-kenshin.or.jp>"],
        "subject": "特定業務従事者健診（夜勤者）の受診者名簿",
        "body": """さがみ健診センター
企業健診課　御中

お世話になっております。日の出産業 ヘルスケア事業部 総務課の早乙女です。
12月実施の特定業務従事者健診（夜勤者）の受診者名簿をお送りします。
指定の様式がExcel97-2003形式とのことでしたので、xlsで作成しています。
""" + SIG_SOMU,
        "attachments": [{
            "kind": "xls",
            "name": "受診者名簿_夜勤者_202612.xls",
            "sheets": {
                "名簿": [
                    ["No", "氏名", "性別", "生年月日", "保険証記号", "保険証番号", "所属"],
                    [1, "外山 里沙", "女", "H5.5.8", "24150031", "118", "3階病棟"],
                    [2, "粟津 圭", "男", "S63.12.16", "24150031", "124", "2階病棟"],
                    [3, "宇良 勝也", "男", "S60.3.3", "24150031", "131", "3階病棟"],
                    [4, "蜂谷 まどか", "女", "H8.9.19", "24150031", "137", "2階病棟"],
                    [5, "漆原 潤", "男", "H3.6.25", "24150031", "142", "3階病棟"],
                    [6, "比留間 沙耶", "女", "H10.2.4", "24150031", "156", "2階病棟"],
                    [7, "鶴見 航平", "男", "H6.10.30", "24150031", "159", "3階病棟"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of seven staff with 和暦 DOB and health insurance 記号・番号 to the health-check centre",
    },
    # 080 ------------------------------------------------------------------ either
    {
        "id": "rehab-080",
        "charset": "iso-2022-jp",
        "sender": "二階堂 保 <t.nikaido@care.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "祝日（11/23）特別便の乗車予定",
        "body": """配車センター ご担当者様

お世話になっております。ひのでデイケアの二階堂です。
11/23（祝）の特別便は4名のみです。リフト車1台でお願いします。

・萩原 ヨネ 様　相模原市南区栄町12-7　　　車いす（リフト使用）
・蓼沼 キヨ 様　相模原市南区文京2-3-18　　歩行器持参
・栗栖 千代 様　相模原市南区下溝1442-2　　車いす（リフト使用）
・乙幡 昭 様　　座間市東原3-11-5　　　　　杖・2階から階段介助

迎えは9:00出発でお願いします。

ひのでデイケア 送迎担当　二階堂
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four users (below five) with addresses and mobility aids to the transport partner: whether wheelchair use is disability data is arguable",
    },
    # 081 ------------------------------------------------------------------ pass: two organisations
    {
        "id": "rehab-081",
        "charset": "cp932",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["houkatsu-nanbu@city.minamihara.lg.jp"],
        "cc": ["chiiki@minamihara-shakyo.or.jp"],
        "subject": "地域ケア会議（10/28）議事録の送付",
        "body": """地域包括支援センター南部 ご担当者様
（Cc：南原市社会福祉協議会 地域福祉課様）

先日はお忙しいところご出席いただき、ありがとうございました。
日の出リハビリテーション病院の久住です。事務局の両団体に議事録（要旨）をお送りします。
居宅介護支援事業所の皆様への配布は、事務局からお願いできますでしょうか。

1. 退院後の通所・訪問リハへの移行について
　・退院前カンファレンスへのケアマネ参加率は約7割。オンライン参加の選択肢を増やす。
2. 移動支援について
　・南区西部で送迎付きサービスの空きが少ない。社協の移送サービスとの連携を検討。
3. 次回
　・1月27日（水）14時～　会場：南原市南部地区センター

修正点がありましたら11/7までにお知らせください。
""" + SIG_RENKEI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "minutes without personal data to the two secretariat organisations (To + Cc): two external parties only",
    },
    # 082 ------------------------------------------------------------------ pass: internal PPAP
    {
        "id": "rehab-082",
        "charset": "iso-2022-jp",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["経理部 本社 <keiri@hinode-sangyo.co.jp>"],
        "subject": "ヘルスケア事業部 10月 未収金一覧（パスワード付き）",
        "body": """本社経理部 御中

お疲れさまです。ヘルスケア事業部 医事課の田辺です。
10月末時点の利用者未収金一覧をお送りします。社内規程に従いパスワード付きZIPにしています。
パスワードは内線でお伝えします。
""" + SIG_IJI,
        "attachments": [{
            "kind": "zip",
            "name": "未収金一覧_202610.zip",
            "password": "keiri-1031",
            "files": [{
                "kind": "xlsx",
                "name": "未収金一覧_202610.xlsx",
                "sheets": {"未収": [["利用者ID", "氏名", "未収額"],
                                    ["D10236", "百武 清", "24,870"]]},
            }],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but the only recipient is internal",
    },
    # 083 ------------------------------------------------------------------ stop: list (docx table)
    {
        "id": "rehab-083",
        "charset": "utf-8",
        "sender": "佐治 和美 <k.saji@care.hinode-sangyo.co.jp>",
        "to": ["ユニフォームのタカミ 法人営業 <houjin@takami-uniform.co.jp>"],
        "subject": "新ユニフォーム 個別配送先リストの送付",
        "body": """ユニフォームのタカミ 法人営業 ご担当者様

お世話になっております。ひのでデイケアの佐治です。
新ユニフォームは、交代勤務の都合で各職員の自宅へ直接配送していただくことになりました。
配送先とサイズの一覧をWordでお送りします。

ひのでデイケア　介護主任　佐治 和美
TEL 042-719-5560
""",
        "attachments": [{
            "kind": "docx",
            "name": "ユニフォーム配送先一覧.docx",
            "paragraphs": ["ひのでデイケア ユニフォーム 個別配送先一覧", "配送希望：11月第2週"],
            "tables": [[
                ["氏名", "上衣", "下衣", "配送先住所", "電話"],
                ["佐治 和美", "M", "M", "神奈川県相模原市南区鵜野森2-15-9", "090-5524-1183"],
                ["仁科 大輔", "L", "L", "神奈川県座間市入谷西3-4-17", "080-3317-6620"],
                ["楠 美奈子", "S", "M", "神奈川県相模原市南区松が枝町21-3", "090-6208-1147"],
                ["八代 巧", "LL", "L", "神奈川県大和市上草柳8-1-9-102", "070-4471-3390"],
                ["新井 颯太", "L", "L", "神奈川県大和市中央林間2-9-3", "080-5560-2218"],
                ["宮古 あかり", "S", "S", "東京都町田市鶴間4-18-11-203", "090-7734-0651"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six staff home addresses and mobiles sent to the uniform supplier",
    },
    # 084 ------------------------------------------------------------------ pass
    {
        "id": "rehab-084",
        "charset": "shift_jis",
        "sender": "佐治 和美 <k.saji@care.hinode-sangyo.co.jp>",
        "to": ["ユニフォームのタカミ 法人営業 <houjin@takami-uniform.co.jp>"],
        "subject": "Re: 新ユニフォーム サイズ別数量の確定",
        "body": """ご担当者様

お世話になっております。ひのでデイケアの佐治です。
サイズ別の数量が確定しました。配送は一括でデイケアあてにお願いします。

　品番 TK-2208（上衣・ネイビー）　S:4　M:6　L:5　LL:2　計17
　品番 TK-3105（パンツ・黒）　　 S:3　M:7　L:6　LL:1　計17

お見積りNo. Q-26-1187 の単価で、請求書は月末締めでお願いいたします。

> サイズ別の数量がお決まりになりましたら、お知らせください。
> 納期は発注から約2週間です。

ひのでデイケア　佐治
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quantities by size and a quote number only",
    },
    # 085 ------------------------------------------------------------------ stop: sensitive (text + HTML)
    {
        "id": "rehab-085",
        "charset": "utf-8",
        "sender": "宮古 あかり <a.miyako@care.hinode-sangyo.co.jp>",
        "to": ["ケアプランやまびこ 梶ヶ谷様 <kajigaya@yamabiko-cp.com>"],
        "subject": "初回アセスメントのご報告（雨宮 栄一様）",
        "body": """梶ヶ谷様

お世話になっております。ひのでデイケア 作業療法士の宮古です。
11/4に利用開始された雨宮 栄一様の初回アセスメント結果をご報告します。

氏名：雨宮 栄一 様（昭和13年6月24日生）
住所：相模原市南区相模台団地3-12-504
既往歴：慢性心不全（NYHA II）、心房細動、前立腺がん術後（2019年）、軽度難聴
服薬：ワーファリン、利尿薬
評価：TUG 16.2秒、握力 右22kg／左19kg、MMSE 24点
目標：近所のスーパーまで杖で歩いて買い物に行けること

運動負荷は心拍120以下を目安に進めます。
""",
        "html": """<html><body>
<p>梶ヶ谷様</p>
<p>お世話になっております。ひのでデイケア 作業療法士の宮古です。<br>
11/4に利用開始された雨宮 栄一様の初回アセスメント結果をご報告します。</p>
<table border="1">
<tr><th>氏名</th><td>雨宮 栄一 様（昭和13年6月24日生）</td></tr>
<tr><th>住所</th><td>相模原市南区相模台団地3-12-504</td></tr>
<tr><th>既往歴</th><td>慢性心不全（NYHA II）、心房細動、前立腺がん術後（2019年）、軽度難聴</td></tr>
<tr><th>服薬</th><td>ワーファリン、利尿薬</td></tr>
<tr><th>評価</th><td>TUG 16.2秒、握力 右22kg／左19kg、MMSE 24点</td></tr>
<tr><th>目標</th><td>近所のスーパーまで杖で歩いて買い物に行けること</td></tr>
</table>
<p>運動負荷は心拍120以下を目安に進めます。</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "initial assessment (text and HTML) with a named user's DOB, address, heart failure and cancer history to the care manager",
    },
    # 086 ------------------------------------------------------------------ pass: one free-mail family
    {
        "id": "rehab-086",
        "charset": "iso-2022-jp",
        "sender": "二階堂 保 <t.nikaido@care.hinode-sangyo.co.jp>",
        "to": ["todoroki.atsuko@ezweb.ne.jp"],
        "subject": "明日の送迎について（台風）",
        "body": """轟様

ひのでデイケア 送迎担当の二階堂です。
台風の進路が逸れましたので、明日（10/9）の送迎は通常どおり実施いたします。
お迎えは8:50ごろの予定です。
雨が強い場合は玄関の中でお待ちください。

ひのでデイケア　TEL 042-719-5560
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "schedule notice to one family member on carrier mail",
    },
    # 087 ------------------------------------------------------------------ stop: look-alike (homoglyph)
    {
        "id": "rehab-087",
        "charset": "utf-8",
        "sender": "国分 由香 <y.kokubu@hinode-sangyo.co.jp>",
        "to": ["白石 様 <shiraishi@kitaguni-f00ds.co.jp>"],
        "subject": "Re: 12月 行事食（クリスマス・年越し）の献立案",
        "body": """白石様

お世話になっております。栄養科の国分です。
献立案ありがとうございます。以下の点だけ修正をお願いします。

・12/24 夕食：ローストチキンは嚥下調整食コード3の方にはテリーヌ状で
・12/31 昼食：年越しそばは、常食・軟菜のみ。嚥下調整食は「そばがきのあんかけ」で
・1/1 朝食：お雑煮の餅は全員「介護用もち」で統一

確定版は12/5までにいただけますと助かります。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner kitaguni-foods.co.jp spelled with zeros (kitaguni-f00ds.co.jp): homoglyph look-alike",
    },
    # 088 ------------------------------------------------------------------ pass: internal, txt attachment
    {
        "id": "rehab-088",
        "charset": "utf-8",
        "sender": "久住 沙織 <s.kusumi@hinode-sangyo.co.jp>",
        "to": ["ひのでデイケア 送迎 <sougei@care.hinode-sangyo.co.jp>"],
        "subject": "退院後デイケア利用予定の方（送迎ルート検討用）",
        "body": """送迎担当の皆さん

お疲れさまです。連携室の久住です。
11月に退院してデイケア利用を始める予定の方の住所をテキストで添付します。
ルートの検討をお願いします。

久住
""",
        "attachments": [{
            "kind": "txt",
            "name": "退院後デイケア予定者.txt",
            "encoding": "utf-8",
            "text": """退院後デイケア利用予定（11月）
鷲尾 フミ    相模原市南区相武台3-18-2    042-748-5507    火・金
阿久根 初江  相模原市南区相武台団地2-4-305    046-253-8172    月・木
甲斐 チヨノ  相模原市南区麻溝台6-9-1    042-767-2284    水・土
""",
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "users' addresses in a text attachment, sent within the organisation (care. subdomain)",
    },
    # 089 ------------------------------------------------------------------ stop: marking (English PDF)
    {
        "id": "rehab-089",
        "charset": "utf-8",
        "sender": "Koji Usami <k.usami@hinode-sangyo.co.jp>",
        "to": ["Daniel Ortega <d.ortega@silverbridge-capital.com>"],
        "subject": "Hinode Healthcare - business plan FY2027-2029",
        "body": """Dear Mr. Ortega,

Further to our call on Tuesday, I attach our healthcare division's business plan for
FY2027-2029, including the day-care expansion and the planned home-visit rehabilitation
station in Zama.

I would appreciate your initial views before our meeting in Tokyo on 12 November.

Kind regards,
Koji Usami
Hinode Sangyo Co., Ltd. Healthcare Division
""",
        "attachments": [{
            "kind": "pdf",
            "name": "Hinode_Healthcare_Business_Plan_FY2027-29.pdf",
            "title": "Business Plan FY2027-2029",
            "page_header": "CONFIDENTIAL",
            "page_footer": "Confidential - Hinode Sangyo Co., Ltd. - Do not distribute",
            "lines": [
                "Hinode Healthcare Division - Business Plan FY2027-2029",
                "1. Convalescent ward: keep occupancy above 90%, add 12 beds in FY2028",
                "2. Day-care: capacity from 40 to 60 users per day (capex JPY 180m)",
                "3. Home-visit rehabilitation: open Zama satellite in April 2028",
                "4. Target operating margin: 6.5% by FY2029",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped CONFIDENTIAL in header and footer sent to an outside investor",
    },
    # 090 ------------------------------------------------------------------ pass: company accounts, T-numbers
    {
        "id": "rehab-090",
        "charset": "iso-2022-jp",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 ひので台支店 法人営業 <hinodedai-houjin@midori-ginko.co.jp>"],
        "subject": "10月末 総合振込の依頼内容（取引先3社）",
        "body": """みどり銀行 ひので台支店
法人営業ご担当者様

お世話になっております。日の出産業 ヘルスケア事業部 医事課の田辺です。
10月末の総合振込について、窓口に提出する依頼書の内容を事前にお送りします。

振込先                          登録番号          口座                              金額
------------------------------  ----------------  --------------------------------  ----------
北国フーズ株式会社              T2011001034587    みどり銀行 本店 当座 0012734      2,184,600
ふくしレンタルみなみ株式会社    T5020001076215    相模信用金庫 南台支店 普通 1147720   362,340
株式会社ユニフォームのタカミ    T9040101058834    みどり銀行 相模大野支店 普通 2068413 187,000

振込指定日：10月31日（金）
""" + SIG_IJI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "supplier payments: company bank accounts and invoice T-numbers, no person",
    },
    # 091 ------------------------------------------------------------------ stop: list (CSV UTF-8)
    {
        "id": "rehab-091",
        "charset": "shift_jis",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["リサーチワークス 集計チーム <shukei@researchworks.co.jp>"],
        "subject": "利用者満足度アンケート 入力データの送付",
        "body": """株式会社リサーチワークス
集計チーム ご担当者様

お世話になっております。ひのでデイケアの大津です。
利用者満足度アンケートの回答を入力したデータ（CSV）をお送りします。
今回は記名式で実施したため、氏名と連絡先の列も入っています。
集計レポートは12月上旬にいただけますと幸いです。
""" + SIG_DAY,
        "attachments": [{
            "kind": "csv",
            "name": "survey_daycare_2026.csv",
            "encoding": "utf-8",
            "rows": [
                ["回答No", "氏名", "年齢", "住所", "電話", "満足度", "自由記述"],
                ["1", "宍戸 ハツヱ", "89", "相模原市南区上鶴間6-21-4", "042-745-3318", "5", "職員さんが優しい"],
                ["2", "能登谷 勝治", "84", "相模原市南区ひので台2-8-17", "042-719-8824", "4", "送迎の時間が早い"],
                ["3", "仙波 登美子", "78", "相模原市南区相南1-15-2", "042-742-6570", "5", ""],
                ["4", "及川 キミ", "91", "相模原市南区双葉2-11-5", "042-748-2293", "3", "お風呂に入りたい"],
                ["5", "鳥海 正雄", "80", "相模原市南区相模台7-4-12", "042-751-0932", "4", "将棋の相手がほしい"],
                ["6", "葛城 ヨシエ", "86", "座間市相模が丘3-27-8", "046-256-7741", "5", ""],
                ["7", "萩原 ヨネ", "92", "相模原市南区栄町12-7", "042-746-3310", "4", "昼食がおいしい"],
                ["8", "轟 武夫", "82", "相模原市南区若松4-29-1", "090-2618-4409", "2", "リハビリの時間が短い"],
                ["9", "蓼沼 キヨ", "94", "相模原市南区文京2-3-18", "042-742-8871", "5", ""],
                ["10", "杉森 ミツ", "83", "相模原市南区御園1-7-20", "042-747-1905", "4", "友達ができた"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of ten named survey respondents with addresses and phones sent to a survey company",
    },
    # 092 ------------------------------------------------------------------ pass: anonymised aggregates
    {
        "id": "rehab-092",
        "charset": "utf-8",
        "sender": "大津 健吾 <k.otsu@care.hinode-sangyo.co.jp>",
        "to": ["リサーチワークス 集計チーム <shukei@researchworks.co.jp>"],
        "subject": "Re: アンケート 集計軸のご相談",
        "body": """ご担当者様

お世話になっております。大津です。
先日お送りしたデータの件、個人が特定できる列（氏名・住所・電話）は削除した版に
差し替えさせてください。集計軸は添付のとおり、年代・利用曜日・利用年数でお願いします。
前回のCSVは破棄いただけますと幸いです。

> 集計軸（クロス集計の切り口）をご指定いただけますでしょうか。

大津
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "survey_anonymized_v2.xlsx",
            "sheets": {
                "回答（匿名）": [
                    ["回答No", "年代", "利用曜日", "利用年数", "満足度"],
                    ["1", "80代", "火金", "3年", "5"],
                    ["2", "80代", "月木", "1年", "4"],
                    ["3", "70代", "水土", "2年", "5"],
                    ["4", "90代", "火金", "5年", "3"],
                    ["5", "80代", "月木", "1年未満", "4"],
                    ["6", "80代", "水", "2年", "5"],
                ],
                "集計軸": [["軸", "区分"], ["年代", "70代/80代/90代"],
                           ["利用年数", "1年未満/1-3年/3年以上"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised survey answers (age band, weekday, satisfaction): no identifiable person",
    },
    # 093 ------------------------------------------------------------------ stop: unreadable (corrupt PDF)
    {
        "id": "rehab-093",
        "charset": "iso-2022-jp",
        "sender": "蓮見 亮 <r.hasumi@care.hinode-sangyo.co.jp>",
        "to": ["東林間ファミリークリニック 事務 <jimu@torinkan-fc.jp>"],
        "subject": "訪問リハ指示書の依頼書（スキャン）",
        "body": """東林間ファミリークリニック
事務ご担当者様

いつもお世話になっております。日の出訪問リハビリステーションの蓮見です。
12月からの訪問リハビリテーション指示書の依頼書をスキャンしてお送りします。
先生のご確認をお願いいたします。
""" + SIG_HOMON,
        "attachments": [{"kind": "corrupt", "name": "指示書依頼_202612.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the scanned PDF is truncated and garbled: it cannot be inspected",
    },
    # 094 ------------------------------------------------------------------ stop: passport
    {
        "id": "rehab-094",
        "charset": "cp932",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["ひまわりトラベル 法人旅行センター <houjin@himawari-travel.co.jp>"],
        "subject": "台湾 リハビリ施設視察（1/21～1/23）航空券手配の件",
        "body": """ひまわりトラベル 法人旅行センター
北条 様

お世話になっております。日の出産業 ヘルスケア事業部の早乙女です。
台北のリハビリ施設視察の航空券・ホテル手配に必要な情報をお送りします。

1）宇佐美 浩二（USAMI KOJI）
　　生年月日：1969年9月12日
　　旅券番号：TR5518702　有効期限：2031年3月4日
2）羽生 ちひろ（HANYU CHIHIRO）
　　生年月日：1982年4月27日
　　旅券番号：TK2094633　有効期限：2029年8月19日

羽田発の午前便を希望します。お見積りをお願いいたします。
""" + SIG_SOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "two employees' passport numbers and dates of birth sent to a travel agency",
    },
    # 095 ------------------------------------------------------------------ stop: sensitive (pptx)
    {
        "id": "rehab-095",
        "charset": "iso-2022-jp",
        "sender": "檜垣 瑛太 <e.higaki@hinode-sangyo.co.jp>",
        "to": ["南部医療大学 言語聴覚学科 名取先生 <natori@nanbu-iryo.ac.jp>"],
        "subject": "症例検討会のスライド（ご助言のお願い）",
        "body": """名取先生

ご無沙汰しております。日の出リハビリテーション病院の檜垣です。
来月の院内症例検討会で発表する失語症の症例について、スライドを作成しました。
お忙しいところ恐縮ですが、評価と訓練方針についてご助言いただけますでしょうか。

日の出リハビリテーション病院 リハビリテーション科
言語聴覚士　檜垣 瑛太
""",
        "attachments": [{
            "kind": "pptx",
            "name": "症例検討_笹森様_失語症.pptx",
            "slides": [
                ["症例検討：脳梗塞後の失語症", "言語聴覚士 檜垣 瑛太"],
                ["症例紹介", "笹森 貞夫 様　89歳 男性（昭和11年9月30日生）",
                 "診断：左中大脳動脈領域の脳梗塞（令和8年6月）", "右片麻痺、ブローカ失語",
                 "既往：高血圧症、前立腺肥大症"],
                ["評価", "SLTA：聴く 70%、話す 20%、読む 60%、書く 10%",
                 "嚥下：藤島 Gr.6"],
                ["訓練と経過", "呼称訓練・復唱訓練を週5回", "3か月で呼称 20%→45%"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "case slides with the patient's real name, DOB and stroke/aphasia diagnosis sent to a university teacher",
    },
    # 096 ------------------------------------------------------------------ pass: anonymised slides
    {
        "id": "rehab-096",
        "charset": "iso-2022-jp",
        "sender": "檜垣 瑛太 <e.higaki@hinode-sangyo.co.jp>",
        "to": ["南部医療大学 言語聴覚学科 名取先生 <natori@nanbu-iryo.ac.jp>"],
        "subject": "Re: 症例検討会のスライド（匿名化版）",
        "body": """名取先生

ご指摘ありがとうございました。檜垣です。
氏名と生年月日を削除し、「A氏 80代男性」とした匿名化版に差し替えました。
先にお送りしたファイルは削除いただけますと幸いです。
訓練方針へのコメントも反映しております。

> 症例の個人が特定できる情報は、学外に出す前に必ず匿名化してください。
> 内容についてのコメントは別途お送りします。

檜垣
""",
        "attachments": [{
            "kind": "pptx",
            "name": "症例検討_A氏_匿名化.pptx",
            "slides": [
                ["症例検討：脳梗塞後の失語症", "言語聴覚士 檜垣 瑛太"],
                ["症例紹介", "A氏　80代 男性", "左中大脳動脈領域の脳梗塞後、ブローカ失語"],
                ["訓練と経過", "呼称訓練・復唱訓練を週5回", "3か月で呼称 20%→45%"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the same case anonymised (A氏, age band): no identifiable person",
    },
    # 097 ------------------------------------------------------------------ stop: visible (families)
    {
        "id": "rehab-097",
        "charset": "shift_jis",
        "sender": "佐治 和美 <k.saji@care.hinode-sangyo.co.jp>",
        "to": ["m.shishido@ezweb.ne.jp", "rie.semba@yahoo.co.jp", "momiyama.t@gmail.com",
               "kana.m1974@icloud.com"],
        "subject": "家族会 世話人打合せ（11/29）のお知らせ",
        "body": """家族会 世話人の皆様

いつもお世話になっております。ひのでデイケアの佐治です。
12月の家族会に向けて、世話人の打合せを下記のとおり行います。

　日時：11月29日（日）10:00～11:00
　場所：ひのでデイケア 相談室
　議題：当日の進行、茶話会の準備、次年度の世話人について

ご都合の悪い方は佐治までご連絡ください。

ひのでデイケア　介護主任　佐治 和美
TEL 042-719-5560
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "four private persons' addresses visible to each other in To: should have been Bcc",
    },
    # 098 ------------------------------------------------------------------ pass: one person's account
    {
        "id": "rehab-098",
        "charset": "iso-2022-jp",
        "sender": "田辺 真理子 <m.tanabe@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 ひので台支店 法人営業 <hinodedai-houjin@midori-ginko.co.jp>"],
        "subject": "口座振替不能の件（1件）のご確認",
        "body": """みどり銀行 ひので台支店
法人営業ご担当 鬼頭様

お世話になっております。医事課の田辺です。
9月分の振替結果で「預金取引なし」となった1件について確認させてください。

　預金者名：ｶﾂﾗｷﾞ ﾖｼｴ
　口座：ひので台支店（131）普通 2719345
　振替金額：16,045円

ご家族からは口座は解約していないと伺っております。
登録内容に誤りがないか、ご確認いただけますでしょうか。
""" + SIG_IJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one account holder's account number to the partner bank about a failed debit: one person, may be warned",
    },
    # 099 ------------------------------------------------------------------ stop: basic pension number
    {
        "id": "rehab-099",
        "charset": "utf-8",
        "sender": "早乙女 純 <j.saotome@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人ひかり 佐々先生 <sasa@hikari-sr.jp>"],
        "subject": "Re: 育児休業給付の手続き（楠さん）",
        "body": """佐々先生

お世話になっております。早乙女です。
ご依頼の情報をお送りします。

---
楠 美奈子（くすのき みなこ）
生年月日：平成元年７月１３日
基礎年金番号：５１０４－２２８６１７
雇用保険被保険者番号：1408-552917-3
育児休業期間：2026年12月1日～2027年11月30日（予定）
---

母子健康手帳の写しは明日郵送いたします。

> 楠さんの育休の件、手続きのため基礎年金番号と雇用保険の番号をお知らせください。
""" + SIG_SOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's basic pension number (full-width) with DOB to the labour consultant",
    },
    # 100 ------------------------------------------------------------------ pass: English, collaboration
    {
        "id": "rehab-100",
        "charset": "utf-8",
        "sender": "Chihiro Hanyu <c.hanyu@hinode-sangyo.co.jp>",
        "to": ["Prof. Hannah Lindqvist <hannah.lindqvist@nordrehab.se>"],
        "cc": ["natori@nanbu-iryo.ac.jp"],
        "subject": "Re: Joint study on home-visit rehabilitation outcomes",
        "body": """Dear Professor Lindqvist,

Thank you very much for your kind reply and for the draft protocol. We are pleased to
join the study. Professor Natori of Nanbu Medical University (in Cc) has agreed to act
as the academic lead on the Japanese side and will handle the ethics application.

Regarding data sharing, we propose that only de-identified records (age band, diagnosis
group, FIM scores at 0/3/6 months) leave our hospital, and that the key file stays with us.
I have put our comments in the attached Word file.

Could we have a video call in the week of 16 November?

Best regards,
Chihiro Hanyu, OTR
Head of Rehabilitation, Hinode Rehabilitation Hospital
""" + DISCLAIMER_EN,
        "attachments": [{
            "kind": "docx",
            "name": "protocol_comments_Hinode.docx",
            "paragraphs": [
                "Comments from Hinode Rehabilitation Hospital on draft protocol v0.3",
                "1. Inclusion: age 65 or over, first home-visit rehabilitation episode.",
                "2. Data: de-identified; key file retained at each site.",
                "3. Outcome: FIM motor, Life-Space Assessment at 0, 3 and 6 months.",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "research collaboration with two external institutions in To/Cc; only a protocol, no patient data",
    },
]
