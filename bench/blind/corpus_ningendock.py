"""Blind corpus, area "ningendock": mail of 日の出産業's 人事部 健康推進課 / 健康管理室 / 総務 about
人間ドック and 脳ドック — booking slots with health-check institutions (健診機関, 巡回健診バス,
予約代行), sending and receiving 受診者名簿, results and referral letters, chasing 再検査 /
精密検査 (再検査の勧奨), the 健保組合's 補助金 and 被扶養者 paperwork, invoices and price lists,
meeting set-ups, English mail with overseas clinics for expatriates, replies and forwards —
some carrying lists of examinees, 保険証記号番号 / マイナンバー / card numbers, diagnoses and
findings, visible recipient lists, look-alike domains, confidentiality stamps or unreadable
attachments, and many ordinary mails that must go.
"""

from build import card_number, my_number

SEED = 70801

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _mn(k: int, sep: str = " ") -> str:
    m = my_number(SEED + k)
    return f"{m[:4]}{sep}{m[4:8]}{sep}{m[8:]}"


def _card(k: int, sep: str = "-") -> str:
    c = card_number(SEED + k)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　人事部 健康推進課
小野寺 真理（おのでら まり）
〒105-0014 東京都港区芝二丁目18番4号 日の出ビル6F
TEL 03-5442-7310（直通）　FAX 03-5442-7319
onodera.mari@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_YAGIHASHI = """
--
日の出産業株式会社 健康管理室 保健師
八木橋 玲奈 / Rena Yagihashi
TEL: 03-5442-7322  内線 2231
Mail: yagihashi.rena@hinode-sangyo.co.jp"""

SIG_ISHIWATA = """
----------------------------------------
日の出産業（株） 総務部 総務課
石渡 健
〒105-0014 東京都港区芝2-18-4
TEL 03-5442-7100 / FAX 03-5442-7109
----------------------------------------"""

SIG_GONDO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 北九州工場 総務課
権藤 剛（ごんどう つよし）
〒800-0115 福岡県北九州市門司区新門司北3-2-7
TEL 093-481-5520
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_YANASE = """
====================================
日の出産業株式会社
人事部 労務・福利厚生グループ
柳瀬 久美子 (Kumiko Yanase)
Tel 03-5442-7315 / Fax 03-5442-7319
yanase.kumiko@hinode-sangyo.co.jp
===================================="""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received it in error, please
notify the sender and delete it. Hinode Sangyo Co., Ltd."""

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "ningendock-001",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 予約センター <yoyaku@aozora-kenshin.or.jp>"],
        "subject": "【日の出産業】2026年度 下期 人間ドック・脳ドック受診者名簿の送付",
        "body": """あおぞら健診クリニック
予約センター 井筒様

いつもお世話になっております。
日の出産業の小野寺でございます。

先日お電話でご相談いたしました下期分の受診者名簿を添付にてお送りいたします。
人間ドックが6名、脳ドックが3名の計9名です。
シートを分けておりますので、ご確認のほどお願いいたします。

希望日は第一希望のみ記載しております。
枠が取れない方がいらっしゃいましたら、お手数ですがご連絡ください。

どうぞよろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "2026下期_受診者名簿_日の出産業.xlsx",
            "title": "受診者名簿",
            "sheets": {
                "人間ドック": [
                    ["2026年度 下期 人間ドック受診者名簿（日の出産業株式会社）"],
                    [],
                    ["No", "社員番号", "氏名", "フリガナ", "生年月日", "性別", "コース", "希望日", "携帯電話"],
                    [1, "HN10234", "鬼頭 昌平", "キトウ ショウヘイ", "1971/05/14", "男", "日帰りA", "2026/11/10", "090-4127-8830"],
                    [2, "HN10418", "四十物 麻衣", "アイモノ マイ", "1985/11/02", "女", "日帰りA＋婦人科", "2026/11/10", "080-2291-5076"],
                    [3, "HN11022", "桂木 健太郎", "カツラギ ケンタロウ", "1968/02/27", "男", "一泊B", "2026/11/17", "090-6630-1184"],
                    [4, "HN11307", "仁平 早苗", "ニヘイ サナエ", "1979/07/19", "女", "日帰りA", "2026/11/17", "070-1845-2269"],
                    [5, "HN12055", "百武 亮", "ヒャクタケ リョウ", "1990/09/30", "男", "日帰りA", "2026/11/24", "080-7712-4403"],
                    [6, "HN12190", "曽我部 由紀子", "ソガベ ユキコ", "1974/03/08", "女", "日帰りA＋婦人科", "2026/11/24", "090-3358-9021"],
                ],
                "脳ドック": [
                    ["2026年度 下期 脳ドック受診者名簿"],
                    [],
                    ["No", "社員番号", "氏名", "フリガナ", "生年月日", "性別", "コース", "希望日", "携帯電話"],
                    [1, "HN09871", "丹下 正治", "タンゲ マサハル", "1963/12/21", "男", "MRI/MRA", "2026/12/02", "090-2764-0315"],
                    [2, "HN10056", "沖本 直美", "オキモト ナオミ", "1969/06/05", "女", "MRI/MRA", "2026/12/02", "080-5519-7740"],
                    [3, "HN10733", "宇佐神 徹", "ウサミ トオル", "1966/08/11", "男", "MRI/MRA＋頸部エコー", "2026/12/09", "070-9024-6618"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: XLSX (two sheets, title row) of 9 employees with birth dates and mobiles sent to a health-check clinic",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "ningendock-002",
        "charset": "shift_jis",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["sunagawa@minatomirai-kenshin.jp"],
        "subject": "Re: 人間ドック 仮予約のお願い（営業部 鶴見）",
        "body": """港みらい総合健診センター
法人営業課 砂川様

お世話になっております。日の出産業 総務の石渡です。

ご提示いただいた空き枠のうち、11月12日（木）午前の枠で
営業部 鶴見の日帰りドック（Aコース）を仮押さえいただけますでしょうか。
胃の検査は内視鏡を希望しております。

正式な申込書は本人確認後、来週前半にお送りいたします。
取り急ぎ仮予約のお願いまで。
""" + SIG_ISHIWATA + """

> 11/12（木）午前、11/19（木）午前、11/26（木）午後に空きがございます。
> ご希望の日程をお知らせください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one colleague's surname and a slot date to the clinic: no personal data beyond a name",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "ningendock-003",
        "charset": "utf-8",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["桜ヶ丘記念病院 脳ドック外来 <noudock@sakuragaoka-mh.or.jp>"],
        "subject": "脳ドック予約（日の出産業 駒ケ嶺様）",
        "body": """桜ヶ丘記念病院
脳ドック外来 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 健康管理室の八木橋でございます。

下記の者の脳ドック予約をお願いしたく、ご連絡いたしました。
貴院の予約票に必要な項目を記載しております。

　氏名　　　：駒ケ嶺　隆之（コマガミネ　タカユキ）
　生年月日　：昭和４７年１０月３日
　保険証　　：関東機械工業健康保険組合
　　　　　　　記号　６１０２　番号　１７３　（枝番　００）
　連絡先　　：０９０－５１８３－２２６４
　希望日　　：１１月１８日（水）または２５日（水）午前

費用は弊社請求でお願いいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_YAGIHASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ID: one employee's 健康保険証 記号・番号 (full-width) with birth date sent to a hospital",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "ningendock-004",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 保健事業課 <hoken@kantokikai-kenpo.or.jp>"],
        "subject": "契約健診機関の料金比較表（2027年度検討用）",
        "body": """関東機械工業健康保険組合
保健事業課 御中

いつもお世話になっております。日の出産業の柳瀬です。

先日の打合せで話題になりました、弊社が利用している健診機関の
人間ドック料金比較表をお送りします。
各機関の公表料金と、現行の補助上限額を並べただけの簡単なものです。

来年度の補助額見直しのご検討材料になれば幸いです。
""" + SIG_YANASE,
        "attachments": [{
            "kind": "xlsx",
            "name": "健診機関_料金比較_2027検討.xlsx",
            "sheets": {
                "日帰りドック": [
                    ["健診機関", "所在地", "コース", "税込料金", "補助上限", "自己負担目安"],
                    ["あおぞら健診クリニック", "東京都港区", "日帰りA", 44000, 30000, 14000],
                    ["港みらい総合健診センター", "横浜市西区", "日帰りスタンダード", 46200, 30000, 16200],
                    ["東都予防医学協会 芝浦健診センター", "東京都港区", "1日ドック", 41800, 30000, 11800],
                    ["北九州ウェルネスクリニック", "北九州市小倉北区", "日帰り総合", 39600, 30000, 9600],
                ],
                "脳ドック": [
                    ["健診機関", "コース", "税込料金", "補助上限"],
                    ["桜ヶ丘記念病院", "MRI/MRA", 33000, 20000],
                    ["桜ヶ丘記念病院", "MRI/MRA＋頸部エコー", 39600, 20000],
                    ["あおぞら健診クリニック", "脳ドック（オプション）", 27500, 20000],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price comparison of clinics and courses (businesses only) to the health insurance society",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "ningendock-005",
        "charset": "utf-8",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["森川 先生 <morikawa@morikawa-ohc.jp>"],
        "subject": "Re: 10月の面談日程について",
        "body": """森川先生

お世話になっております。健康管理室の八木橋です。
面談日程のご調整ありがとうございます。10/21（水）14時〜でお願いいたします。

その際、1件ご相談させてください。
製造部の浜砂 賢治さん（48歳）ですが、今年の人間ドックで
　血圧 172/104 mmHg、空腹時血糖 138 mg/dL、判定 D2（要精密検査）
となっており、8月と9月に再検査の勧奨をしましたが、本人が「忙しい」と
受診していません。高血圧症の治療歴も以前あったようです。
面談の際に先生から直接お話しいただけないでしょうか。

よろしくお願いいたします。
""" + SIG_YAGIHASHI + """

> 八木橋さま
>
> 10月の面談は 10/21（水）14時〜、10/28（水）10時〜 のいずれかで
> いかがでしょうか。
>
> 森川産業医事務所　森川
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's blood pressure, glucose and D2 judgement to an outside occupational physician (new text; the quote is harmless)",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "ningendock-006",
        "charset": "shift_jis",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["九州巡回健診サービス 営業部 <eigyo@junkai-kenshin.co.jp>"],
        "subject": "健診バス（11/5 北九州工場）受診者の件",
        "body": """九州巡回健診サービス株式会社
営業部 御中

お世話になっております。日の出産業 北九州工場の権藤です。
11/5（木）の健診バスでオプションの腹部エコーを追加する者をお知らせします。

氏名　　　　　　生年月日　　　性別　所属
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
猪俣　仁　　　　Ｓ５１．６．２０　男　　製造一課
甲斐田　光代　　Ｓ５９．１．９　　女　　品質保証課
那須野　勇気　　Ｈ２．１１．３　　男　　製造二課
宍戸　貴之　　　Ｓ４８．８．２７　男　　設備保全課
五月女　明日香　Ｈ６．４．１５　　女　　総務課
蔵元　邦彦　　　Ｓ５５．１２．１　男　　製造一課
野々垣　修　　　Ｓ４４．３．３１　男　　出荷課

以上７名です。当日の受付順は追ってご連絡します。
""" + SIG_GONDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: full-width padded table of 7 employees with 和暦 birth dates to a mobile health-check company",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "ningendock-007",
        "charset": "iso-2022-jp",
        "sender": "健康管理室 <kenko@hinode-sangyo.co.jp>",
        "to": ["製造本部長 <kuwabara.shin@hinode-sangyo.co.jp>", "品質保証部長 <ebina.kazuo@hinode-sangyo.co.jp>"],
        "cc": ["八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>"],
        "subject": "【要対応】人間ドック 再検査未受診者一覧（9月末時点）",
        "body": """本部長・部長各位

健康管理室です。
人間ドックで再検査・精密検査が必要と判定された方のうち、9月末時点で
受診が確認できていない方の一覧を添付します。
部下の方への受診の声かけをお願いいたします（結果の詳細は本人以外に開示しないでください）。

健康管理室
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "再検査未受診者_0930.xlsx",
            "sheets": {
                "未受診者": [
                    ["所属", "社員番号", "氏名", "判定", "項目", "勧奨回数"],
                    ["製造一課", "HN08812", "猪俣 仁", "D2", "肝機能（ALT 98）", 2],
                    ["製造二課", "HN11540", "那須野 勇気", "C2", "脂質（LDL 196）", 1],
                    ["品質保証課", "HN09977", "甲斐田 光代", "D2", "便潜血 陽性", 2],
                    ["設備保全課", "HN07651", "宍戸 貴之", "D1", "心電図 心房細動疑い", 3],
                    ["出荷課", "HN06120", "野々垣 修", "D2", "眼底 高血圧性変化", 1],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "all recipients internal: a list of findings may circulate inside the company",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "ningendock-008",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": [
            "あおぞら健診クリニック 法人窓口 <houjin@aozora-kenshin.or.jp>",
            "港みらい総合健診センター <sunagawa@minatomirai-kenshin.jp>",
            "東都予防医学協会 健診事業部 <houjin@toto-yobou.or.jp>",
        ],
        "subject": "2027年度 人間ドック委託に関するお見積りのお願い",
        "body": """各位

平素より大変お世話になっております。
日の出産業株式会社 人事部の柳瀬でございます。

2027年度の人間ドック委託先の見直しにあたり、下記条件でのお見積りを
お願いしたくご連絡いたしました。

　・想定受診者数：日帰りドック 約320名／脳ドック 約60名
　・受診期間　　：2027年5月〜2028年2月
　・請求方法　　：月締め一括請求（補助金分は健保組合へ直接請求）
　・提出期限　　：2026年11月30日（月）

ご不明点は柳瀬までお問い合わせください。
何卒よろしくお願い申し上げます。
""" + SIG_YANASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible recipients: three competing clinics in To can see each other (should have been Bcc)",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "ningendock-009",
        "charset": "shift_jis",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["ふくりナビ 予約代行デスク <support@fukuri-navi.co.jp>"],
        "subject": "受診者名簿（10月受付分）",
        "body": """ふくりナビ株式会社
予約代行デスク　ご担当者様

お世話になっております。日の出産業の小野寺です。
10月受付分の受診者名簿をお送りします。
ファイルにはパスワードを設定しておりますので、パスワードは別途メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "jushinsha_202610.zip",
            "password": "Hs7#kq2Lm",
            "files": [{
                "kind": "xlsx",
                "name": "受診者名簿_202610.xlsx",
                "sheets": {"名簿": [
                    ["社員番号", "氏名", "生年月日", "コース"],
                    ["HN13002", "雲母坂 慎吾", "1982/04/06", "日帰りA"],
                    ["HN13017", "皆川 ひとみ", "1977/10/28", "日帰りA＋婦人科"],
                    ["HN13101", "楢崎 大地", "1993/01/15", "日帰りA"],
                    ["HN13144", "帯刀 美穂", "1988/07/07", "脳ドック"],
                    ["HN13159", "真壁 宗一郎", "1961/09/19", "一泊B"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) of an examinee list to the booking agent",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "ningendock-010",
        "charset": "utf-8",
        "sender": "上之園 綾 <uenosono.aya@hinode-sangyo.co.jp>",
        "to": ["小野寺 真理 <onodera.mari@hinode-sangyou.co.jp>"],
        "subject": "大阪支店 人間ドック受診状況（9月末）",
        "body": """小野寺さん

お疲れさまです。大阪支店総務の上之園です。
9月末時点の大阪支店の受診状況です。

　対象者　　42名
　受診済み　29名
　予約済み　 8名
　未予約　　 5名

未予約の5名には今週中に個別に声かけします。
ご確認よろしくお願いします。

上之園
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: internal colleague addressed at hinode-sangyou.co.jp (letter added to the own domain)",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "ningendock-011",
        "charset": "utf-8",
        "sender": "Mari Onodera <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["Corporate Services <corporate@harborview-medical.com>"],
        "subject": "Inquiry: executive health screening packages for our Singapore staff",
        "body": """Dear Corporate Services team,

I am writing from the Health Promotion Section of Hinode Sangyo Co., Ltd. in Tokyo.
We have around fifteen Japanese employees posted to our Singapore office, and we
would like to offer them an annual health screening equivalent to our Japanese
"ningen dock" programme.

Could you kindly send us:
  - your corporate screening packages and fees for 2027,
  - whether a Japanese-speaking coordinator is available,
  - how results can be reported to the employee and, with consent, to our company.

We would also appreciate a sample corporate agreement.

Best regards,

Mari Onodera
Health Promotion Section, Human Resources Dept.
Hinode Sangyo Co., Ltd.
Tel +81-3-5442-7310
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English inquiry about packages to an overseas clinic, no personal data",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "ningendock-012",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "被扶養者異動届（家族健診申込前）記載漏れの補足",
        "body": """関東機械工業健康保険組合
適用課　ご担当者様

いつもお世話になっております。日の出産業の柳瀬です。

先日提出いたしました被扶養者異動届について、個人番号の記載漏れがあるとの
ご連絡をいただきましたので、下記のとおり補足いたします。
家族健診の申込に間に合うよう、ご処理いただけますと幸いです。

被保険者　　：鷲見　孝雄（社員番号ＨＮ０９３３４）
被扶養者氏名：鷲見　千草（スミ　チグサ）
続柄　　　　：妻
生年月日　　：昭和６０年２月１４日
個人番号　　：""" + _zen(_mn(1)) + """

原本は本日郵送いたします。
よろしくお願いいたします。
""" + SIG_YANASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "My Number: a dependant's 個人番号 in full-width digits sent to the health insurance society",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "ningendock-013",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["tachibana.yuka.0612@gmail.com"],
        "subject": "人間ドックの受診時期について（育児休業中の方へ）",
        "body": """橘 由佳 さま

ご無沙汰しております。人事部健康推進課の小野寺です。
育児休業中にご自宅のメールアドレスへ失礼いたします。

今年度の人間ドックですが、休業中の方は復職後の受診で差し支えありません。
復職予定が来年4月とのことですので、来年度の受診枠でご案内いたします。
補助金の対象期間も延長できますので、ご安心ください。

何かご不明な点があれば、このアドレスか 03-5442-7310 までご連絡ください。
お体にお気をつけてお過ごしください。

小野寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (employee on childcare leave), only scheduling information",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "ningendock-014",
        "charset": "utf-8",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["汐見脳神経外科クリニック 地域連携室 <renkei@shiomi-neuro.or.jp>"],
        "subject": "受診のご相談（脳ドック所見について）",
        "body": """汐見脳神経外科クリニック
地域連携室 御中

突然のご連絡失礼いたします。
日の出産業株式会社 健康管理室 保健師の八木橋と申します。

弊社役員が先月受検した脳ドックで所見があり、脳ドック実施機関から
専門医の受診を勧められております。本人の同意を得て、受診のご相談をさせてください。
経過の概要を添付の依頼書にまとめました。

初診のご予約が可能な日をお知らせいただけますと幸いです。
""" + SIG_YAGIHASHI,
        "attachments": [{
            "kind": "docx",
            "name": "受診相談依頼書_篁.docx",
            "title": "受診相談依頼書",
            "paragraphs": [
                "受診相談依頼書",
                "氏名：篁 英明（たかむら ひであき）　男性",
                "生年月日：1959年3月22日（67歳）",
                "脳ドック受診日：2026年9月9日（桜ヶ丘記念病院）",
                "所見：MRAにて左中大脳動脈分岐部に未破裂脳動脈瘤（約4mm）を認める。",
                "既往：高血圧症（内服加療中）、脂質異常症。",
                "自覚症状：なし。",
                "ご依頼：専門医による評価と今後の方針についてご相談したい。",
                "日の出産業株式会社 健康管理室　八木橋 玲奈",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: DOCX with an executive's aneurysm finding and medical history to an outside clinic",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "ningendock-015",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["support@fukuri-navi.co.jp"],
        "subject": "一括予約登録用データ（結果送付先住所つき）",
        "body": """ふくりナビ 予約代行デスク様

お世話になっております。日の出産業の小野寺です。
システム一括登録用のCSV（UTF-8）をお送りします。
今回から結果を自宅郵送とするため、郵便番号・住所の列を追加しています。

取込でエラーが出ましたらご連絡ください。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "csv",
            "name": "ikkatsu_touroku_20261006.csv",
            "encoding": "utf-8",
            "rows": [
                ["社員番号", "氏名", "カナ", "生年月日", "性別", "メール", "郵便番号", "住所"],
                ["HN14001", "相葉 透", "アイバ トオル", "1984-02-11", "M", "t.aiba84@gmail.com", "143-0023", "東京都大田区山王3-14-7"],
                ["HN14015", "砂原 梨花", "スナハラ リカ", "1991-06-23", "F", "rika.sunahara@yahoo.co.jp", "210-0836", "神奈川県川崎市川崎区大島上町12-5-302"],
                ["HN14022", "漆畑 達也", "ウルシバタ タツヤ", "1976-12-04", "M", "urushi76@outlook.jp", "338-0002", "埼玉県さいたま市中央区下落合5-8-19"],
                ["HN14038", "錦織 沙耶", "ニシキオリ サヤ", "1989-09-09", "F", "saya.n0909@icloud.com", "272-0034", "千葉県市川市市川2-21-3"],
                ["HN14046", "木暮 直樹", "コグレ ナオキ", "1972-03-30", "M", "kogure.naoki@gmail.com", "183-0022", "東京都府中市宮西町1-6-10"],
                ["HN14053", "江頭 恵", "エガシラ メグミ", "1980-08-17", "F", "egamegu@docomo.ne.jp", "231-0063", "神奈川県横浜市中区花咲町2-33"],
                ["HN14067", "須賀 啓介", "スガ ケイスケ", "1967-05-02", "M", "suga.k67@yahoo.co.jp", "177-0041", "東京都練馬区石神井町4-2-18"],
                ["HN14079", "伊集院 舞", "イジュウイン マイ", "1995-10-21", "F", "mai.ijuin@gmail.com", "330-0846", "埼玉県さいたま市大宮区大門町3-101"],
                ["HN14088", "戸叶 博之", "トカノ ヒロユキ", "1970-01-26", "M", "tokano1970@ezweb.ne.jp", "260-0013", "千葉県千葉市中央区中央4-9-1"],
                ["HN14094", "笹生 ちひろ", "サソウ チヒロ", "1987-04-13", "F", "chihiro.saso@outlook.jp", "194-0013", "東京都町田市原町田6-12-20"],
                ["HN14103", "芦刈 誠", "アシカリ マコト", "1979-07-31", "M", "ashikari.m@gmail.com", "252-0303", "神奈川県相模原市南区相模大野7-1-4"],
                ["HN14117", "塩谷 綾乃", "シオノヤ アヤノ", "1993-11-08", "F", "ayano.shionoya@icloud.com", "104-0054", "東京都中央区勝どき1-7-3-1205"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: UTF-8 CSV of 12 employees with birth dates, private e-mail and home addresses to the booking agent",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "ningendock-016",
        "charset": "shift_jis",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 結果担当 <kekka@aozora-kenshin.or.jp>"],
        "subject": "RE: 【ご連絡】要精密検査の方（日の出産業様 9月受診分）",
        "body": """あおぞら健診クリニック
結果担当 鹿島様

お世話になっております。日の出産業 健康管理室の八木橋です。
ご連絡ありがとうございました。3名とも本日中に本人へ受診勧奨いたします。
紹介状の発行が必要な場合は、あらためてお願いいたします。

取り急ぎ受領のご連絡まで。
""" + SIG_YAGIHASHI + """

差出人: 鹿島 紗代 <kekka@aozora-kenshin.or.jp>
送信日時: 2026年10月2日 16:41
宛先: 八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>
件名: 【ご連絡】要精密検査の方（日の出産業様 9月受診分）

日の出産業株式会社 健康管理室 八木橋様

9月受診分のうち、要精密検査となった方をお知らせいたします。
・四十物 麻衣 様（1985/11/02）　乳房超音波：腫瘤影 カテゴリー3
・百武 亮 様（1990/09/30）　　　胸部X線：右上肺野 結節影
・丹下 正治 様（1963/12/21）　　上部消化管内視鏡：胃体部 隆起性病変（生検済）

詳細は結果報告書をご確認ください。
あおぞら健診クリニック 結果担当 鹿島
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose only sensitive content is the clinic's own mail quoted under 差出人/送信日時; new text is a receipt",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "ningendock-017",
        "charset": "utf-8",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["健康経営ラボ 野上様 <nogami@kenko-keiei-lab.co.jp>"],
        "subject": "健康経営推進計画（案）の共有",
        "body": """健康経営ラボ株式会社
野上様

いつもお世話になっております。日の出産業の柳瀬です。
来週のミーティングに先立ち、弊社の健康経営推進計画（案）を共有いたします。
人間ドック受診率目標と脳ドック補助の拡充案が中心です。

ご意見をいただけますと幸いです。
""" + SIG_YANASE,
        "attachments": [{
            "kind": "pptx",
            "name": "健康経営推進計画_2027案.pptx",
            "title": "健康経営推進計画 2027（案）",
            "page_footer": "社外秘　日の出産業株式会社 人事部",
            "slides": [
                ["健康経営推進計画 2027（案）", "日の出産業株式会社 人事部 健康推進課", "社外秘"],
                ["現状", "人間ドック受診率 2025年度 78.4%", "再検査受診率 41.2%", "脳ドック利用者 52名"],
                ["2027年度 目標", "人間ドック受診率 90%", "再検査受診率 70%", "脳ドック補助を40歳以上全員へ拡大"],
                ["予算", "補助金総額 4,850万円（前年比 +18%）", "健保組合との費用按分は協議中"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: PPTX stamped 社外秘 on the title slide and every footer, sent to an outside consultant",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "ningendock-018",
        "charset": "iso-2022-jp",
        "sender": "堀之内 誠 <horinouchi.makoto@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 経理課 <keiri@kantokikai-kenpo.or.jp>"],
        "subject": "FW: 【請求書送付】2026年9月分 人間ドック費用",
        "body": """関東機械工業健康保険組合
経理課 ご担当者様

日の出産業 経理部の堀之内です。
あおぞら健診クリニック様から届いた9月分の請求書を転送いたします。
補助金相当額（30,000円×32名）は貴組合から直接お支払いいただく取り決めですので、
ご確認のほどお願いいたします。

-------- 転送メッセージ --------
差出人: あおぞら健診クリニック 医事課 <iji@aozora-kenshin.or.jp>
件名: 【請求書送付】2026年9月分 人間ドック費用

日の出産業株式会社 御中

9月分の請求書をお送りいたします。
お支払期日：2026年10月31日
ご不明な点は医事課までお問い合わせください。

医療法人社団青空会 あおぞら健診クリニック 医事課
TEL 03-6809-4410
--------------------------------

日の出産業株式会社 経理部 堀之内 誠
TEL 03-5442-7140
""",
        "attachments": [{
            "kind": "pdf",
            "name": "請求書_202609_日の出産業様.pdf",
            "title": "請求書",
            "lines": [
                "請　求　書",
                "日の出産業株式会社 御中　　　　　　　　請求番号 AZ-2609-0117",
                "医療法人社団青空会 あおぞら健診クリニック",
                "〒108-0023 東京都港区芝浦3-9-12　TEL 03-6809-4410",
                "登録番号 T7928631892608",
                "",
            ],
            "table": [
                ["品目", "数量", "単価", "金額"],
                ["人間ドック 日帰りA", "28", "44,000", "1,232,000"],
                ["人間ドック 日帰りA＋婦人科", "4", "52,800", "211,200"],
                ["小計", "", "", "1,443,200"],
                ["うち 健保組合補助 直接請求分", "", "", "960,000"],
                ["ご請求額（税込）", "", "", "483,200"],
                ["お振込先：みどり銀行 芝浦支店 普通 4410287 イリョウホウジンシャダンアオゾラカイ", "", "", ""],
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "an aggregated clinic invoice (T-number, the clinic's own bank account), no individuals",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "ningendock-019",
        "charset": "utf-8",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["港みらい総合健診センター 結果管理 <kekka@minatomirai-kenshin.jp>"],
        "subject": "再検査結果の取りまとめ（ご確認依頼）",
        "body": """港みらい総合健診センター
結果管理ご担当者様

お世話になっております。日の出産業 健康管理室の八木橋です。
貴センターで再検査を受けた方の結果を弊社側で取りまとめた表をお送りします。
貴センター控えと突合のうえ、相違があればお知らせください。
""" + SIG_YAGIHASHI,
        "attachments": [{"kind": "corrupt", "name": "再検査結果一覧_2026上期.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached XLSX is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "ningendock-020",
        "charset": "shift_jis",
        "sender": "東雲 さやか <shinonome.sayaka@hinode-sangyo.co.jp>",
        "to": ["桜ヶ丘記念病院 会計 <kaikei@sakuragaoka-mh.or.jp>"],
        "subject": "脳ドック費用のカード決済について（日の出産業 秘書室）",
        "body": """桜ヶ丘記念病院
会計ご担当者様

いつもお世話になっております。日の出産業 秘書室の東雲です。
12/2（水）に受診予定の弊社 社長 真鍋の脳ドック費用ですが、
事前決済とのことですので、法人カードの情報をお知らせします。

　カード会社：ＪＣＢ法人カード
　カード番号：""" + _card(31) + """
　有効期限　：08/29
　名義　　　：HINODE SANGYO / TAKESHI MANABE

決済完了後、領収書を秘書室宛にご郵送ください。
よろしくお願いいたします。

日の出産業株式会社 秘書室　東雲 さやか
TEL 03-5442-7001
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "card: a full card number with expiry and holder name sent by mail to a hospital",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "ningendock-021",
        "charset": "utf-8",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["保健事業課 補助金担当 <hojokin@kantokikai-kenpo.or.jp>"],
        "subject": "人間ドック補助金申請（個人受診分）の提出",
        "body": """関東機械工業健康保険組合
保健事業課 補助金ご担当者様

お世話になっております。日の出産業の柳瀬です。
契約外の医療機関で受診した社員1名分の補助金申請書類をお送りします。
申請書・領収書・結果票の写しをひとつのPDFにまとめております。

ご審査のほど、よろしくお願いいたします。
""" + SIG_YANASE,
        "attachments": [{
            "kind": "pdf",
            "name": "補助金申請_笠置_一式.pdf",
            "title": "人間ドック補助金申請書",
            "lines": [
                "人間ドック補助金申請書",
                "被保険者氏名：笠置 伸也（カサギ シンヤ）　生年月日：1973年6月18日",
                "保険証 記号：6102　番号：488",
                "受診機関：湘南ひかりクリニック　受診日：2026年8月27日",
                "受診料：48,400円　申請額：30,000円",
                "――――――――――――――――――――――――",
                "（結果票の写し）",
                "総合判定：D　要精密検査",
                "上部消化管内視鏡：逆流性食道炎（LA分類 Grade B）、胃ポリープ",
                "腹部超音波：脂肪肝、胆のうポリープ（7mm）",
                "血液検査：γ-GTP 142 U/L、中性脂肪 286 mg/dL",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive + ID: PDF with an employee's check-up findings and 保険証 記号・番号, sent to the insurer",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "ningendock-022",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["保健事業課 <hoken@kantokikai-kenpo.or.jp>"],
        "subject": "2025年度 人間ドック受診実績（事業所別集計）",
        "body": """関東機械工業健康保険組合
保健事業課 御中

お世話になっております。日の出産業の小野寺です。
ご依頼のありました2025年度の受診実績を事業所別に集計しました。
個人が特定されないよう、事業所単位の件数と率のみとしております。

ご査収ください。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "2025年度_受診実績_事業所別.xlsx",
            "sheets": {
                "集計": [
                    ["2025年度 人間ドック受診実績（日の出産業株式会社）"],
                    ["事業所", "対象者数", "受診者数", "受診率", "要精密者数", "要精密率", "精密受診率"],
                    ["本社", 412, 338, "82.0%", 61, "18.0%", "47.5%"],
                    ["大阪支店", 126, 97, "77.0%", 19, "19.6%", "42.1%"],
                    ["北九州工場", 288, 214, "74.3%", 52, "24.3%", "34.6%"],
                    ["名古屋営業所", 58, 44, "75.9%", 8, "18.2%", "50.0%"],
                    ["合計", 884, 693, "78.4%", 140, "20.2%", "41.4%"],
                ],
                "脳ドック": [
                    ["事業所", "利用者数", "補助額合計"],
                    ["本社", 31, 620000],
                    ["大阪支店", 9, 180000],
                    ["北九州工場", 12, 240000],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics per site, no individual can be picked out",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "ningendock-023",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": [
            "桑名 修 <kuwana.osamu1958@gmail.com>",
            "三雲 佳子 <yoshiko-mikumo@yahoo.co.jp>",
            "土師 昭夫 <haji.akio@icloud.com>",
            "喜屋武 剛 <kyan-t@ezweb.ne.jp>",
        ],
        "subject": "【OB会員の皆様へ】2027年度 人間ドック補助のご案内",
        "body": """日の出産業OB会 会員の皆様

いつもお世話になっております。日の出産業 人事部の柳瀬でございます。

任意継続被保険者の皆様にも、2027年度の人間ドック補助（上限30,000円）を
ご利用いただけることになりましたのでご案内いたします。

　・申込期間：2027年4月1日〜2028年1月31日
　・対象機関：契約健診機関（別紙パンフレットをご参照ください）
　・申込方法：健保組合の専用ダイヤルへお電話ください

ご不明な点は柳瀬までお問い合わせください。
""" + SIG_YANASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible recipients: four private persons' addresses in To, each sees the others (should have been Bcc)",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "ningendock-024",
        "charset": "utf-8",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["東都予防医学協会 芝浦健診センター <shibaura@toto-yobou.or.jp>"],
        "subject": "1日ドック予約申込（2名）",
        "body": """東都予防医学協会
芝浦健診センター 予約係 御中

お世話になっております。日の出産業 総務部の石渡です。
下記2名の1日ドックの予約をお願いいたします。

【1】羽生田 恭平（はにゅうだ きょうへい）
　　生年月日 1980年9月2日／男性
　　希望日 11月20日（金）
　　当日連絡先 080-6617-3392

【2】滝波 小百合（たきなみ さゆり）
　　生年月日 1986年12月25日／女性
　　希望日 11月20日（金）　※婦人科オプション希望
　　当日連絡先 090-2148-7756

請求は弊社宛でお願いいたします。
""" + SIG_ISHIWATA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two people's booking details to the clinic: under the list threshold, may be warned",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "ningendock-025",
        "charset": "iso-2022-jp",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.co.jp>"],
        "subject": "宿泊ドック前泊のご予約（11/16・2名）",
        "body": """さくらホテル
宿泊予約ご担当者様

いつもお世話になっております。日の出産業 北九州工場の権藤です。
来月の一泊ドックに合わせ、前泊のご予約をお願いいたします。

　日程：11月16日（月）チェックイン／1泊
　人数：2名（シングル2室、朝食なし ※翌朝は検査のため絶食）
　宿泊者：大楠 誠司（携帯 090-8812-4470）
　　　　　棚町 和彦（携帯 080-3307-1925）

請求は法人契約にて弊社宛でお願いいたします。
""" + SIG_GONDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: partner sakura-hotel.jp addressed as sakura-hotel.co.jp (TLD swap)",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "ningendock-026",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["東都予防医学協会 家族健診係 <kazoku@toto-yobou.or.jp>"],
        "subject": "家族健診（被扶養者）お申込み一覧",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>東都予防医学協会<br>家族健診係 御中</p>
<p>いつもお世話になっております。日の出産業の小野寺です。<br>
被扶養者の家族健診のお申込みを取りまとめましたので、下記のとおりお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>被保険者</th><th>受診者氏名</th><th>続柄</th><th>生年月日</th><th>電話番号</th><th>住所</th></tr>
<tr><td>大楠 誠司</td><td>大楠 美和</td><td>妻</td><td>1978/04/02</td><td>093-471-2286</td><td>福岡県北九州市門司区大里本町2-4-11</td></tr>
<tr><td>羽生田 恭平</td><td>羽生田 春香</td><td>妻</td><td>1983/08/19</td><td>045-562-0913</td><td>神奈川県横浜市港北区日吉本町1-23-5</td></tr>
<tr><td>駒ケ嶺 隆之</td><td>駒ケ嶺 頼子</td><td>妻</td><td>1974/01/30</td><td>042-335-7810</td><td>東京都府中市若松町3-17-2</td></tr>
<tr><td>鬼頭 昌平</td><td>鬼頭 澄江</td><td>母</td><td>1946/11/07</td><td>03-3725-6641</td><td>東京都大田区田園調布本町9-14</td></tr>
<tr><td>仁平 早苗</td><td>仁平 勝利</td><td>夫</td><td>1975/05/16</td><td>048-652-3398</td><td>埼玉県さいたま市北区宮原町2-56-8</td></tr>
</table>
<p>受診票の発送をお願いいたします。</p>
<p>日の出産業株式会社 人事部 健康推進課<br>小野寺 真理<br>TEL 03-5442-7310</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: HTML-only table of 5 dependants with birth dates, phones and home addresses",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "ningendock-027",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["人事部 給与グループ 宮古 <miyako.jun@hinode-sangyo.co.jp>"],
        "subject": "【社内確認】被扶養者の個人番号（健保提出前）",
        "body": """宮古さん

お疲れさまです。柳瀬です。
家族健診の前に健保へ提出する被扶養者異動届の件、個人番号を給与システムの
登録値と突き合わせていただけますか。

　鷲見 千草（妻）　　昭和60年2月14日　""" + _mn(2) + """
　真壁 航（子）　　　平成27年7月3日　 """ + _mn(3) + """
　帯刀 晴美（母）　　昭和24年9月28日　""" + _mn(4) + """
　皆川 颯太（子）　　令和2年1月11日　 """ + _mn(5) + """

問題なければ明日提出します。
よろしくお願いします。

柳瀬
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of dependants, but the only recipient is internal",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "ningendock-028",
        "charset": "utf-8",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会・レストラン課 <restaurant@sakura-hotel.jp>"],
        "subject": "宿泊ドック時のお食事について（ご配慮のお願い）",
        "body": """さくらホテル
宴会・レストラン課 ご担当者様

いつもお世話になっております。日の出産業 総務部の石渡です。
11/17〜18の宿泊ドックでお世話になる弊社社員のうち、1名について
お食事のご配慮をお願いしたくご連絡しました。

　対象：技術開発部 アフマド・ラフマン（Ahmad Rahman）
　内容：イスラム教徒（ムスリム）のため、豚肉・豚由来の調味料・アルコールを
　　　　使用しないハラール対応のお食事をお願いしたい
　　　　また、日没後にお祈りの時間をいただきたいとのことです。

検査後の夕食（17日）と翌日の昼食が対象です。
対応可否をご教示いただけますと幸いです。
""" + SIG_ISHIWATA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's religion (ムスリム) disclosed to the hotel",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "ningendock-029",
        "charset": "utf-8",
        "sender": "Rena Yagihashi <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["Dr. Lim Wei Jie <wj.lim@harborview-medical.com>"],
        "subject": "Re: Screening results - Mr. Kenta Oshiro",
        "body": """Dear Dr. Lim,

Thank you very much for your prompt report. We will contact Mr. Oshiro today and
make sure he books the follow-up appointment you suggested.

Kind regards,
Rena Yagihashi
Public Health Nurse, Health Management Office
Hinode Sangyo Co., Ltd.

On Tue, 6 Oct 2026 at 10:12, Lim Wei Jie <wj.lim@harborview-medical.com> wrote:
> Dear Ms. Yagihashi,
>
> Further to Mr. Kenta Oshiro's screening on 1 October (DOB 14 May 1981), please
> note the following findings requiring follow-up:
>   - Fasting glucose 7.9 mmol/L, HbA1c 7.4% (suspected type 2 diabetes)
>   - ALT 112 U/L, fatty liver on ultrasound
> We recommend an endocrinology consultation within four weeks.
>
> Best regards,
> Dr. Lim Wei Jie, Harborview Medical Centre
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the findings are only in the quoted original (On ... wrote:); the new text is an acknowledgement",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "ningendock-030",
        "charset": "shift_jis",
        "sender": "上之園 綾 <uenosono.aya@hinode-sangyo.co.jp>",
        "to": ["適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "資格取得届の補足（大阪支店 中途入社 1名）",
        "body": """関東機械工業健康保険組合　適用課　御中

お世話になります。日の出産業 大阪支店総務の上之園です。
10/1付中途入社者の資格取得届につきまして、基礎年金番号が未記入でしたので
以下の通りご連絡いたします。保険証が届き次第、年内の人間ドックを予約予定です。

　氏名　　　　：洲崎　大輔（スザキ　ダイスケ）
　生年月日　　：平成元年８月２２日
　住所　　　　：大阪府吹田市江坂町２丁目１５－８－５０４
　基礎年金番号：４１０８－６２７３９５

お手数ですがよろしくお願いいたします。

日の出産業株式会社 大阪支店 総務課
上之園 綾　TEL 06-6388-2041
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ID: a new hire's 基礎年金番号 with address and birth date sent to the insurer",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "ningendock-031",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["港みらい総合健診センター 法人営業課 <sunagawa@minatomirai-kenshin.jp>"],
        "subject": "【取扱注意】2027年度 契約条件の社内検討結果",
        "body": """■■ 取扱注意 ■■

港みらい総合健診センター
法人営業課 砂川様

お世話になっております。日の出産業の柳瀬です。
来年度の契約条件について、社内で検討した結果を添付いたします。
他機関の提示価格との比較も含んでおりますので、お取扱いにはご注意ください。

ご回答は11月末までにいただけますと幸いです。
""" + SIG_YANASE,
        "attachments": [{
            "kind": "docx",
            "name": "契約条件検討結果_港みらい.docx",
            "page_header": "取扱注意",
            "paragraphs": [
                "2027年度 人間ドック委託 契約条件検討結果",
                "1. 日帰りドック単価：現行46,200円 → 提示希望42,000円（東都予防医学協会の提示 41,800円を参考）",
                "2. 脳ドック：年間60名の枠確保を条件とする",
                "3. 結果データ：XML形式での月次納品（健保組合システム連携）",
                "4. 契約期間：2027年4月〜2030年3月（3年）",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: 取扱注意 stamped on the mail and in the DOCX header, sent to a clinic",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "ningendock-032",
        "charset": "iso-2022-jp",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 保健指導室 <shido@aozora-kenshin.or.jp>"],
        "cc": ["関東機械工業健康保険組合 保健事業課 <hoken@kantokikai-kenpo.or.jp>", "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
        "subject": "特定保健指導の実施方法に関する三者打合せ",
        "body": """あおぞら健診クリニック 保健指導室 様
（cc：関東機械工業健康保険組合 保健事業課 様）

お世話になっております。日の出産業 健康管理室の八木橋です。

来年度から人間ドック当日に特定保健指導の初回面談を行う件について、
三者で打合せの場を設けたく、候補日をお送りします。

　① 10月27日（火）15:00〜16:00
　② 10月29日（木）10:00〜11:00
　③ 11月 4日（水）14:00〜15:00

場所は弊社本社 6階会議室、またはオンライン（Teams）を予定しています。
ご都合をお知らせください。
""" + SIG_YAGIHASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (clinic + insurer) in a normal three-way meeting mail",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "ningendock-033",
        "charset": "utf-8",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["ヘルスサポート東日本 指導担当 <shido@hokenshido-support.jp>"],
        "subject": "特定保健指導（積極的支援）初回面談の日程",
        "body": """ヘルスサポート東日本
指導担当 ご担当者様

お世話になっております。日の出産業 健康管理室の八木橋です。
今年度の人間ドックで積極的支援の対象となった方の初回面談日程です。
（Excelから貼り付けております。列がずれていたらすみません）

社員番号\t氏名\t区分\t腹囲\tBMI\t面談日時\t連絡先
HN07321\t勅使河原 誠\t積極的支援\t98.5\t29.4\t11/09 10:00\t090-7731-0482
HN08115\t大鷹 真一\t積極的支援\t94.0\t27.8\t11/09 11:00\t080-4156-2290
HN09402\t指宿 亮介\t積極的支援\t101.2\t31.0\t11/10 10:00\t070-2283-6615
HN10277\t生駒 幸恵\t積極的支援\t92.3\t28.6\t11/10 11:00\t090-9904-1837
HN11638\t馬渡 隼人\t積極的支援\t96.8\t30.2\t11/11 10:00\t080-6620-5173

面談場所は本社6F健康相談室です。よろしくお願いいたします。
""" + SIG_YAGIHASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: tab-separated list of 5 people selected for 特定保健指導 with waist/BMI and mobiles",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "ningendock-034",
        "charset": "shift_jis",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 総務部 宇田川様 <udagawa@aoba-unyu.co.jp>"],
        "subject": "Re: 弊社の契約健診機関について",
        "body": """青葉運輸株式会社
総務部 宇田川様

お世話になっております。日の出産業の石渡です。
お問い合わせの件、弊社が契約している健診機関は以下のとおりです。
いずれも法人契約の窓口がございますので、直接お問い合わせいただけます。

・あおぞら健診クリニック（東京都港区芝浦3-9-12／TEL 03-6809-4410）
・港みらい総合健診センター（横浜市西区みなとみらい4-6-2／TEL 045-228-7300）
・東都予防医学協会 芝浦健診センター（東京都港区海岸3-2-15／TEL 03-5765-1180）
・桜ヶ丘記念病院 脳ドック外来（東京都多摩市桜ヶ丘1-22-3／TEL 042-371-5500）
・北九州ウェルネスクリニック（北九州市小倉北区京町2-7-1／TEL 093-522-8811）

巡回健診は九州巡回健診サービス様にお願いしております。
ご参考になれば幸いです。
""" + SIG_ISHIWATA + """

> 石渡様
> 弊社でも人間ドックの委託先を見直しておりまして、御社の契約先を
> 差し支えない範囲で教えていただけないでしょうか。
> 青葉運輸 宇田川
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of clinics (businesses with office addresses and switchboards) to a partner",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "ningendock-035",
        "charset": "utf-8",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["森川 先生 <morikawa@morikawa-ohc.jp>"],
        "subject": "就業判定のお願い（10月分 個人票）",
        "body": """森川先生

お世話になっております。健康管理室の八木橋です。
10月分の就業判定をお願いしたい方の個人票をPDFでお送りします。
PDFにはパスワードを設定しております（いつものものです）。

ご多忙のところ恐縮ですが、10/23までにご判定いただけますと助かります。
""" + SIG_YAGIHASHI,
        "attachments": [{
            "kind": "pdf",
            "name": "就業判定_個人票_202610.pdf",
            "password": "mrkw2026",
            "lines": [
                "就業判定依頼 個人票（2026年10月）",
                "氏名：勅使河原 誠　所属：製造一課　判定：D2",
                "氏名：指宿 亮介　所属：物流課　判定：D1",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF of individual result sheets sent outside",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "ningendock-036",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 予約センター <yoyaku@aozora-kenshin.or.jp>"],
        "subject": "受診時のご配慮のお願い（11/24 受診予定者）",
        "body": """あおぞら健診クリニック
予約センター 井筒様

いつもお世話になっております。日の出産業の小野寺です。
11月24日に受診予定の弊社社員 漆原 拓海 について、事前にご相談がございます。

本人は脊髄損傷による下肢の障害があり（身体障害者手帳1種2級）、
普段から車椅子を使用しています。
　・更衣室・トイレが車椅子対応か
　・胃部X線（バリウム）の代わりに内視鏡へ変更できるか
　・検査台への移乗の介助が可能か
をご確認いただけますでしょうか。

本人からは、必要な情報は事前にお伝えしてよいと了承を得ております。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's disability and 障害者手帳 grade sent to a clinic (consent does not change the label)",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "ningendock-037",
        "charset": "iso-2022-jp",
        "sender": "健康推進課 <kenko-suishin@hinode-sangyo.co.jp>",
        "to": ["健康推進課 <kenko-suishin@hinode-sangyo.co.jp>"],
        "bcc": [
            "kazoku.ono@gmail.com", "m.tsurumi.home@yahoo.co.jp", "sanae-nihei@icloud.com",
            "hayato.mawatari@outlook.jp", "kasagi-family@docomo.ne.jp", "t.haniuda@gmail.com",
        ],
        "subject": "【ご家族の皆様へ】被扶養者向け脳ドック補助 受付開始のお知らせ",
        "body": """社員のご家族の皆様

日頃より弊社の健康づくりの取り組みにご協力いただき、ありがとうございます。
日の出産業 人事部 健康推進課です。

本メールは、家族健診の案内受信を希望された方に一斉送信（BCC）でお送りしております。

2027年1月から、40歳以上の被扶養者の方も脳ドック補助（上限20,000円）の対象となります。
　受付開始：2026年12月1日（火）
　申込方法：同封のパンフレットのQRコード、または健保組合 専用ダイヤル
　　　　　　（0120-55-8210 平日9時〜17時）

ご不明な点は、社員の方を通じて健康推進課までお問い合わせください。

日の出産業株式会社 人事部 健康推進課
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "announcement to family members' private addresses in Bcc only (To is the sender itself): nobody sees anybody",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "ningendock-038",
        "charset": "shift_jis",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["東都予防医学協会 家族健診係 <kazoku@toto-yobou.or.jp>"],
        "subject": "家族健診 受診券発行用データ（第2回）",
        "body": """東都予防医学協会
家族健診係 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
受診券の発行に必要とのことでしたので、被扶養者の保険証記号・番号を含めた
一覧をCSVでお送りします（Shift_JIS）。

ご確認のほどよろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "csv",
            "name": "家族健診_受診券発行_第2回.csv",
            "encoding": "cp932",
            "rows": [
                ["受診者氏名", "フリガナ", "続柄", "生年月日", "保険者番号", "記号", "番号", "枝番"],
                ["篁 律子", "タカムラ リツコ", "妻", "S36.05.09", "06130427", "6102", "12", "01"],
                ["浜砂 由美", "ハマスナ ユミ", "妻", "S53.10.22", "06130427", "6102", "207", "01"],
                ["桂木 千鶴", "カツラギ チヅル", "妻", "S45.02.03", "06130427", "6102", "95", "01"],
                ["丹下 佐和子", "タンゲ サワコ", "妻", "S39.07.28", "06130427", "6102", "31", "01"],
                ["宇佐神 ゆかり", "ウサミ ユカリ", "妻", "S42.12.12", "06130427", "6102", "66", "01"],
                ["野々垣 初枝", "ノノガキ ハツエ", "母", "S16.03.15", "06130427", "6105", "318", "02"],
                ["蔵元 美樹", "クラモト ミキ", "妻", "S57.09.06", "06130427", "6105", "402", "01"],
                ["宍戸 香織", "シシド カオリ", "妻", "S50.04.24", "06130427", "6105", "277", "01"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "list + ID: CP932 CSV of 8 dependants with birth dates and 保険証 記号・番号",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "ningendock-039",
        "charset": "utf-8",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["保健事業課 補助金担当 <hojokin@kantokikai-kenpo.or.jp>"],
        "subject": "脳ドック補助金 申請書様式（改訂案）のご確認",
        "body": """関東機械工業健康保険組合
保健事業課 補助金ご担当者様

お世話になっております。日の出産業の柳瀬です。
先日ご相談した脳ドック補助金の申請書様式について、社内で改訂案を作成しました。
記入欄の並びを人間ドックの様式に揃えています。
様式として問題がないか、ご確認いただけますでしょうか。
""" + SIG_YANASE,
        "attachments": [{
            "kind": "docx",
            "name": "脳ドック補助金申請書_様式改訂案.docx",
            "title": "脳ドック補助金申請書（様式第3号）",
            "paragraphs": [
                "脳ドック補助金申請書（様式第3号）",
                "関東機械工業健康保険組合 理事長 殿",
                "下記のとおり脳ドック補助金を申請します。",
                "記入上の注意：保険証の記号・番号は被保険者証のとおり記入してください。",
            ],
            "tables": [[
                ["項目", "記入欄"],
                ["被保険者氏名", ""],
                ["生年月日", "昭和・平成　　年　　月　　日"],
                ["保険証 記号・番号", "記号　　　　番号"],
                ["受診機関名", ""],
                ["受診日", "　　年　　月　　日"],
                ["受診料（税込）", "　　　　　円"],
                ["振込先口座", "　　銀行　　支店　普通・当座　No."],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank application form template: field labels only, no one's data",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "ningendock-040",
        "charset": "iso-2022-jp",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 福利厚生課 <fukuri@kawasaki-denkl.co.jp>"],
        "subject": "合同健康セミナー（脳ドックのすすめ）日程のご相談",
        "body": """川崎電機株式会社
総務部 福利厚生課 御中

いつも大変お世話になっております。日の出産業の石渡です。
同じ健保組合に加入している両社で共催する健康セミナーの件、
講師の桜ヶ丘記念病院の先生から、下記の候補日をいただきました。

　・12月 3日（木）18:00〜19:00
　・12月10日（木）18:00〜19:00

会場は前回同様、御社の川崎本社講堂をお借りできればと存じます。
ご都合をお聞かせください。
""" + SIG_ISHIWATA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: partner kawasaki-denki.co.jp written kawasaki-denkl.co.jp (i→l)",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "ningendock-041",
        "charset": "iso-2022-jp",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["芝浦中央病院 呼吸器内科 外来予約 <gairai@shibaura-chuo-hp.or.jp>"],
        "subject": "FW: 人間ドック結果（要精密検査）のお知らせ",
        "body": """芝浦中央病院
呼吸器内科 外来予約ご担当者様

お世話になります。日の出産業株式会社 健康管理室の八木橋と申します。
弊社社員が人間ドックで要精密検査となり、貴院での受診を希望しております。
健診機関からの連絡を下記に転送いたしますので、予約の際の参考にしてください。
紹介状は本人が当日持参いたします。

---------- Forwarded message ---------
From: あおぞら健診クリニック 結果担当 <kekka@aozora-kenshin.or.jp>
Date: 2026年10月5日(月) 11:20
Subject: 人間ドック結果（要精密検査）のお知らせ
To: 八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>

日の出産業株式会社 健康管理室 八木橋様

下記の方が要精密検査となりましたのでお知らせいたします。

　受診者：百武　亮　様（1990年9月30日生）
　受診日：2026年9月24日
　所見　：胸部X線 右上肺野に結節影（約12mm）
　判定　：D2 要精密検査（胸部CT）

あおぞら健診クリニック 結果担当 鹿島
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a forward (new to this recipient) of a named employee's X-ray finding and D2 judgement",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "ningendock-042",
        "charset": "shift_jis",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["九州巡回健診サービス 営業部 平川様 <hirakawa@junkai-kenshin.co.jp>"],
        "subject": "RE: 11/5 健診バス 受診者名簿の最終確認",
        "body": """平川様

お世話になっております。石渡です。
名簿の件、内容に相違ございません。この内容で確定でお願いいたします。
当日は8:15に工場正門前にバスを着けていただければ、守衛に伝えておきます。

石渡

-----Original Message-----
From: 平川 紀之 <hirakawa@junkai-kenshin.co.jp>
Sent: Thursday, October 15, 2026 5:02 PM
To: 石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>
Subject: 11/5 健診バス 受診者名簿の最終確認

石渡様

当日の受診者名簿を最終確認させてください。

受付No  氏名           生年月日    性別
------  -------------  ----------  ----
001     猪俣 仁        1976/06/20  男
002     甲斐田 光代    1984/01/09  女
003     那須野 勇気    1990/11/03  男
004     宍戸 貴之      1973/08/27  男
005     五月女 明日香  1994/04/15  女
006     蔵元 邦彦      1980/12/01  男
007     野々垣 修      1969/03/31  男

九州巡回健診サービス株式会社 営業部 平川
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 7-person list is only in the quoted original (-----Original Message-----) that the recipient sent",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "ningendock-043",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": [
            "関東機械工業健康保険組合 保健事業課 <hoken@kantokikai-kenpo.or.jp>",
            "あおぞら健診クリニック 法人窓口 <houjin@aozora-kenshin.or.jp>",
        ],
        "cc": [
            "桜ヶ丘記念病院 脳ドック外来 <noudock@sakuragaoka-mh.or.jp>",
            "ふくりナビ 予約代行デスク <support@fukuri-navi.co.jp>",
        ],
        "subject": "2027年度 健診年間スケジュール確定のご連絡",
        "body": """関係各位

いつもお世話になっております。日の出産業 人事部の小野寺です。
2027年度の健診年間スケジュールが確定しましたのでご連絡いたします。

　4月　　　　定期健康診断（本社・大阪）
　5月〜2月　人間ドック（あおぞら健診クリニック／ふくりナビ経由予約）
　6月〜12月　脳ドック（桜ヶ丘記念病院）
　9月　　　　巡回健診（北九州工場）
　随時　　　補助金精算（健保組合へ月次報告）

各機関様との個別の調整は、引き続き担当よりご連絡いたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible recipients: four external organisations in To/Cc of one mail",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "ningendock-044",
        "charset": "utf-8",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["北九州検査ラボ 検体受付 <uketsuke@kensa-labo.co.jp>"],
        "subject": "検便キット返送分の発送連絡",
        "body": """北九州検査ラボ株式会社
検体受付 ご担当者様

お世話になっております。日の出産業 北九州工場 総務課の権藤です。
巡回健診で回収した検便キットを本日発送しました。

　発送日　　：10月16日（金）
　便　　　　：ヤマト運輸 クール便（冷蔵）
　伝票番号　：4417-2286-5093／4417-2286-5104
　箱数　　　：2箱（合計 212検体）
　送り状番号一覧は箱の中にも同封しています。

到着後、検体数の確認をお願いいたします。
""" + SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipment notice with tracking numbers and sample counts only",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "ningendock-045",
        "charset": "utf-8",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "被扶養者認定（外国籍社員のご家族）追加書類",
        "body": """関東機械工業健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業の柳瀬です。
外国籍社員のご家族の被扶養者認定について、ご指示いただいた在留カードの情報を
お送りします。認定後、家族健診の申込をする予定です。

　被保険者：グエン・ヴァン・ミン（技術開発部）
　被扶養者：グエン・ティ・ラン（NGUYEN THI LAN）
　続柄　　：妻
　生年月日：1993年3月8日
　在留カード番号：UH48172063QA
　在留資格：家族滞在（在留期間満了日 2028年7月14日）

在留カードの写し（両面）は郵送いたします。
""" + SIG_YANASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "ID: a dependant's 在留カード番号 with birth date sent to the insurer",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "ningendock-046",
        "charset": "iso-2022-jp",
        "sender": "上之園 綾 <uenosono.aya@hinode-sangyo.co.jp>",
        "to": ["なにわ脳神経クリニック 脳ドック予約 <dock@naniwa-neuro.jp>"],
        "subject": "脳ドック申込書（日の出産業 大阪支店 5名分）",
        "body": """なにわ脳神経クリニック
脳ドック予約ご担当者様

お世話になります。日の出産業 大阪支店の上之園です。
大阪支店分の脳ドック申込書（5名分をまとめたもの）を添付いたします。
受診日のご調整をお願いいたします。

日の出産業株式会社 大阪支店 総務課
上之園 綾　TEL 06-6388-2041
""",
        "attachments": [{
            "kind": "docx",
            "name": "脳ドック申込書_大阪支店.docx",
            "paragraphs": ["脳ドック申込書（法人契約）", "申込事業所：日の出産業株式会社 大阪支店"],
            "tables": [[
                ["氏名", "ふりがな", "生年月日", "性別", "携帯電話", "希望時期"],
                ["洲崎 大輔", "すざき だいすけ", "H1.8.22", "男", "090-3841-6627", "12月上旬"],
                ["比嘉 朋美", "ひが ともみ", "S56.2.17", "女", "080-9214-0358", "12月上旬"],
                ["阿久根 浩二", "あくね こうじ", "S43.11.30", "男", "090-6672-1149", "1月中旬"],
                ["鴨下 静香", "かもした しずか", "S51.5.5", "女", "070-4418-2703", "1月中旬"],
                ["朝比奈 隆", "あさひな たかし", "S38.9.12", "男", "080-1157-8896", "12月中旬"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: DOCX table of 5 employees with 和暦 birth dates and mobiles to a clinic",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "ningendock-047",
        "charset": "iso-2022-jp",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["ryo.hyakutake.0930@gmail.com"],
        "subject": "人間ドック結果の控え（ご本人様へ）",
        "body": """百武 亮 さん

健康管理室の八木橋です。
ご依頼のあった人間ドック結果の控えについて、ご自宅でご家族と確認したいとのことでしたので、
ご指定の個人アドレスへ要点をお送りします。

　・総合判定：D2（要精密検査）
　・胸部X線：右上肺野 結節影（約12mm）→ 胸部CTでの精密検査が必要です
　・その他の項目は概ね基準範囲内でした

芝浦中央病院の呼吸器内科の予約は、こちらで仮押さえしています。
ご不安な点があれば、いつでもご相談ください。
""" + SIG_YAGIHASHI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "either: the employee's own findings sent at his request to his own private address",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "ningendock-048",
        "charset": "utf-8",
        "sender": "Kumiko Yanase <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["Partnerships <partners@lumiere-health.com>"],
        "subject": "FY2027 wellness budget for the Bangkok office",
        "body": """Dear Ms. Srisuk,

Thank you for the productive call last week. As promised, please find attached our
internal wellness budget summary for the Bangkok office, so that you can tailor your
proposal for the annual health screening.

We look forward to receiving your proposal by the end of November.

Best regards,
Kumiko Yanase
HR Dept., Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "pdf",
            "name": "FY2027_Wellness_Budget_Bangkok.pdf",
            "title": "FY2027 Wellness Budget - Bangkok",
            "page_header": "CONFIDENTIAL - Internal Use Only",
            "page_footer": "Hinode Sangyo Co., Ltd. / Human Resources",
            "lines": [
                "FY2027 Employee Wellness Budget - Bangkok Office",
                "Headcount covered: 46 (12 expatriates, 34 local staff)",
                "Annual health screening: THB 1,380,000",
                "Brain MRI screening (expatriates aged 40+): THB 264,000",
                "Vaccinations and clinic retainer: THB 190,000",
                "Approval status: pending Board review (December)",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: PDF page header 'CONFIDENTIAL - Internal Use Only' sent to an overseas vendor",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "ningendock-049",
        "charset": "utf-8",
        "sender": "Mari Onodera <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["Appointments <appointments@harborview-medical.com>"],
        "subject": "Booking request: Executive Screening Package B (1 person)",
        "body": """Dear Appointments team,

Following your corporate agreement with Hinode Sangyo, we would like to book
Executive Screening Package B for one of our staff in Singapore:

  Name:           Mr. Kenta OSHIRO
  Date of birth:  14 May 1981
  Mobile:         +65 9134 2276
  Preferred date: 10 or 12 November 2026, morning

Please send the confirmation and pre-screening instructions directly to him and
copy me. Invoices to Hinode Sangyo Co., Ltd. (Tokyo) as agreed.

Thank you and best regards,

Mari Onodera
Health Promotion Section, HR Dept.
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one person's booking details (name, DOB, mobile) to a clinic: may be warned, not held",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "ningendock-050",
        "charset": "shift_jis",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 予約センター <yoyaku@aozora-kenshin.or.jp>"],
        "subject": "問診票の事前記入内容（11/10受診 鬼頭）",
        "body": """あおぞら健診クリニック 予約センター御中

お世話になっております。日の出産業 総務の石渡です。
11/10受診予定の鬼頭から、紙の問診票を紛失したため内容をメールで送ってほしいと
依頼がありましたので、代わりにお送りします。

・氏名：鬼頭 昌平（1971/05/14）
・既往歴：胃潰瘍（2019年、内服治療で完治）、痛風（2022年〜）
・現在服薬中の薬：アムロジピン（降圧剤）、フェブキソスタット
・喫煙：なし（2018年に禁煙）
・飲酒：毎日（ビール500ml程度）
・アレルギー：造影剤で発疹の既往あり

当日は本人が保険証を持参いたします。
""" + SIG_ISHIWATA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's medical history and medication from the questionnaire",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "ningendock-051",
        "charset": "utf-8",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["健康管理室 <kenko@mail.hinode-sangyo.co.jp>"],
        "subject": "北九州工場 再検査受診状況（CSV）",
        "body": """健康管理室 御中

北九州工場総務の権藤です。
工場分の再検査受診状況をCSVで送ります。本社の集計に使ってください。

権藤
""",
        "attachments": [{
            "kind": "csv",
            "name": "kitakyushu_saikensa_1016.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "生年月日", "判定", "項目", "再検査受診"],
                ["HN08812", "猪俣 仁", "1976/06/20", "D2", "肝機能", "未"],
                ["HN09977", "甲斐田 光代", "1984/01/09", "D2", "便潜血", "済（大腸ポリープ切除）"],
                ["HN07651", "宍戸 貴之", "1973/08/27", "D1", "心電図（心房細動）", "済（服薬開始）"],
                ["HN06120", "野々垣 修", "1969/03/31", "D2", "眼底", "未"],
                ["HN10402", "大楠 誠司", "1977/02/19", "C2", "血糖", "未"],
                ["HN11215", "棚町 和彦", "1982/10/30", "D2", "尿蛋白", "予約済"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal subdomain (mail.hinode-sangyo.co.jp) is internal: a findings list may go there",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "ningendock-052",
        "charset": "iso-2022-jp",
        "sender": "上之園 綾 <uenosono.aya@hinode-sangyo.co.jp>",
        "to": ["保健事業課 補助金担当 <hojokin@kantokikai-kenpo.or.jp>"],
        "subject": "補助金申請書類（スキャンデータ）送付",
        "body": """関東機械工業健康保険組合
保健事業課 補助金ご担当者様

日の出産業 大阪支店の上之園です。
大阪支店の9月受診分の補助金申請書類を複合機でスキャンしてお送りします。
原本は社内便で本社経由にて郵送いたします。

よろしくお願いいたします。

日の出産業株式会社 大阪支店 総務課　上之園
""",
        "attachments": [{"kind": "corrupt", "name": "SCAN_20261016_0932.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the scanned PDF is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "ningendock-053",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["健康経営ラボ 野上様 <nogami@kenko-keiei-lab.co.jp>"],
        "subject": "Re: 健康経営度調査の回答準備について",
        "body": """野上様

お世話になっております。日の出産業の柳瀬です。

ご依頼のあった「健康経営推進計画」の資料ですが、社内規程上、社外秘の扱いとなって
おりますので、ファイルでのお渡しは控えさせてください。
代わりに、次回の打合せで画面共有しながら概要をご説明いたします。

調査票の回答に必要な数値（受診率、再検査受診率、脳ドック補助の有無）は、
公表済みの統合報告書の範囲でお伝えできますので、別途まとめてお送りします。

引き続きよろしくお願いいたします。
""" + SIG_YANASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned (why a file is not sent); nothing is marked",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "ningendock-054",
        "charset": "utf-8",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["九州巡回健診サービス 平川様 <hirakawa@junkai-kenshin.co.jp>"],
        "subject": "11/6 夜勤帯 健診バス 受診者一覧（PDF）",
        "body": """九州巡回健診サービス株式会社
営業部 平川様

お世話になっております。日の出産業 北九州工場の権藤です。
11/6（金）夜勤明けの時間帯（7:30〜9:30）の受診者一覧をPDFでお送りします。
夜勤者は朝食を抜いて来るよう案内済みです。
""" + SIG_GONDO,
        "attachments": [{
            "kind": "pdf",
            "name": "受診者一覧_1106夜勤帯.pdf",
            "title": "受診者一覧 11/6 夜勤帯",
            "lines": ["健診バス 受診者一覧（2026年11月6日 7:30〜9:30）", "日の出産業株式会社 北九州工場", ""],
            "table": [
                ["No", "氏名", "カナ", "生年月日", "性別", "所属"],
                ["1", "栗林 大樹", "クリバヤシ ダイキ", "1988/03/12", "男", "製造一課"],
                ["2", "本村 悟", "モトムラ サトル", "1975/07/04", "男", "製造一課"],
                ["3", "有働 康平", "ウドウ コウヘイ", "1992/12/19", "男", "製造二課"],
                ["4", "梶原 清美", "カジワラ キヨミ", "1979/09/23", "女", "製造二課"],
                ["5", "立石 翼", "タテイシ ツバサ", "1996/05/30", "男", "製造二課"],
                ["6", "安武 浩", "ヤスタケ ヒロシ", "1966/01/08", "男", "設備保全課"],
                ["7", "財津 英樹", "ザイツ ヒデキ", "1971/10/15", "男", "設備保全課"],
                ["8", "城戸 真由美", "キド マユミ", "1983/02/26", "女", "品質保証課"],
                ["9", "末永 健", "スエナガ ケン", "1990/08/08", "男", "出荷課"],
                ["10", "中園 和也", "ナカゾノ カズヤ", "1985/06/14", "男", "出荷課"],
                ["11", "吉開 隆", "ヨシガイ タカシ", "1972/04/01", "男", "製造一課"],
                ["12", "八尋 まどか", "ヤヒロ マドカ", "1994/11/27", "女", "総務課"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: PDF table of 12 employees with birth dates to the mobile health-check company",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "ningendock-055",
        "charset": "iso-2022-jp",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["小野寺 真理 <onodera.mari@hinode-sangyo.jp>"],
        "subject": "脳ドック補助 申請状況の件",
        "body": """小野寺さん

お疲れさまです。八木橋です。
脳ドック補助の申請状況、今日時点で本社38件・大阪9件・北九州11件です。
健保組合への月次報告は明日の午前中に出しておきます。

それと、来週の保健指導三者打合せの資料、私の方でたたき台を作ります。

八木橋
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: colleague addressed at hinode-sangyo.jp (the co. dropped from the own domain)",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "ningendock-056",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "健診データ委託に係る秘密保持契約書（案）のご確認のお願い",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の柳瀬です。

来年度から、健診結果データを健康管理システム（ツバサシステム社）で一元管理する
予定です。つきましては、健診機関・システム会社それぞれと締結する秘密保持契約書の
案を作成しましたので、法的な観点からご確認いただけますでしょうか。

特に以下の点についてご意見を頂戴したく存じます。
　1. 要配慮個人情報の取扱いに関する条項（第5条）
　2. 再委託の制限（第8条）
　3. 契約終了後のデータ消去・証明書の提出（第12条）

お忙しいところ恐縮ですが、11月13日頃までにご返送いただけますと幸いです。
""" + SIG_YANASE,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_健診データ委託_案.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と　　　　（以下「乙」という。）は、甲が乙に委託する健診結果データの管理業務に関し、次のとおり契約を締結する。",
                "第1条（目的）本契約は、委託業務の遂行にあたり相互に開示される秘密情報の取扱いを定める。",
                "第5条（要配慮個人情報）乙は、健診結果その他の要配慮個人情報を、委託業務の目的以外に利用してはならない。",
                "第8条（再委託）乙は、甲の書面による事前の承諾なく、委託業務を第三者に再委託してはならない。",
                "第12条（返還・消去）契約終了時、乙は秘密情報を返還または消去し、消去証明書を甲に提出する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft contract to the company's law firm: no personal data, no marking",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "ningendock-057",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["港みらい総合健診センター 予約課 <yoyaku@minatomirai-kenshin.jp>"],
        "subject": "Re: 11月受診予定者の最終確認",
        "body": """港みらい総合健診センター
予約課 ご担当者様

お世話になっております。日の出産業の小野寺です。
確認ありがとうございます。11月の受診予定者は下記の1名を除いて確定でお願いします。

経理部の坂之上 亜希子さんについては、うつ病の治療のため9月から休職しており、
主治医の意見で今年度の人間ドックは見送ることになりました。
お手数ですが、11/19の枠を取り消してください。
復職後にあらためてご予約させていただきます。

よろしくお願いいたします。
""" + SIG_ONODERA + """

> 日の出産業株式会社 小野寺様
>
> いつもお世話になっております。港みらい総合健診センター予約課でございます。
> 11月の受診予定者（8名）について、日程に変更がないかご確認をお願いいたします。
> 変更がございましたら10/20までにお知らせください。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: new reply text states a named employee's depression and sick leave; the quote is harmless",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "ningendock-058",
        "charset": "utf-8",
        "sender": "健康推進課 <kenko-suishin@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 保健事業課 <hoken@kantokikai-kenpo.or.jp>"],
        "subject": "【ご案内】日の出産業 健康フェア2026（脳ドック体験講座）",
        "html": """<html><body>
<div style="font-family:sans-serif">
<p>関東機械工業健康保険組合<br>保健事業課 御中</p>
<p>平素より大変お世話になっております。<br>日の出産業株式会社 人事部 健康推進課でございます。</p>
<p>今年も社内向けの「健康フェア」を開催いたします。貴組合の皆様にもぜひご来場いただきたく、ご案内申し上げます。</p>
<table border="0" cellpadding="3">
<tr><td><b>日時</b></td><td>2026年11月25日（水）12:00〜17:00</td></tr>
<tr><td><b>会場</b></td><td>日の出産業 本社ビル 2階ホール（東京都港区芝2-18-4）</td></tr>
<tr><td><b>内容</b></td><td>脳ドック体験講座（桜ヶ丘記念病院）／骨密度測定／血管年齢測定／保健師相談</td></tr>
<tr><td><b>申込</b></td><td>不要（直接ご来場ください）</td></tr>
</table>
<p>貴組合のブース出展もご検討いただけますと幸いです。</p>
<p style="color:#555">日の出産業株式会社 人事部 健康推進課<br>TEL 03-5442-7310</p>
</div></body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only event invitation to the insurer, no personal data",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "ningendock-059",
        "charset": "iso-2022-jp",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["東都予防医学協会 芝浦健診センター 会計 <kaikei@toto-yobou.or.jp>"],
        "subject": "Re: 家族健診 自己負担分のお支払い方法について",
        "body": """東都予防医学協会
芝浦健診センター 会計ご担当者様

お世話になっております。日の出産業 総務の石渡です。
社員の 羽生田 から、奥様の家族健診の自己負担分（脳ドックオプション 16,500円）を
カードで支払いたいので代わりに伝えてほしいと頼まれましたので、お知らせします。

　カード番号：""" + _card(32, " ") + """
　有効期限：11/28
　カード名義：HARUKA HANIUDA

お手数ですが、決済後の領収書は本人宛にお送りください。
""" + SIG_ISHIWATA + """

> 石渡様
> 自己負担分につきましては、当日窓口でのお支払い、またはカード情報を
> ご連絡いただければ事前決済も可能です。
> 東都予防医学協会 芝浦健診センター 会計
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "card: an employee's wife's card number and expiry written into the reply's new text",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "ningendock-060",
        "charset": "shift_jis",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 予約センター <yoyaku@aozora-kenshin.or.jp>"],
        "subject": "1〜3月 予約枠の部門別割当について",
        "body": """あおぞら健診クリニック
予約センター 井筒様

お世話になっております。日の出産業の小野寺です。
ご提示いただいた1〜3月の法人枠（計60枠）について、社内で部門別に割り当てました。
添付のとおりですので、枠の確保をお願いいたします。
個別の受診者は各部門で決まり次第、順次お知らせします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "2027Q1_予約枠割当.xlsx",
            "sheets": {
                "割当": [
                    ["2027年1〜3月 人間ドック予約枠 部門別割当"],
                    ["日付", "枠数", "営業本部", "製造本部", "管理本部", "技術開発本部"],
                    ["2027/01/13", 10, 3, 3, 2, 2],
                    ["2027/01/27", 10, 2, 4, 2, 2],
                    ["2027/02/10", 10, 3, 3, 2, 2],
                    ["2027/02/24", 10, 3, 2, 3, 2],
                    ["2027/03/10", 10, 2, 3, 2, 3],
                    ["2027/03/24", 10, 3, 3, 2, 2],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "slot allocation by department (dates and counts), no individuals",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "ningendock-061",
        "charset": "iso-2022-jp",
        "sender": "堀之内 誠 <horinouchi.makoto@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 大迫様 <osako.r@midori-ginko.co.jp>"],
        "subject": "FW: 人間ドック補助金（立替分）振込予定一覧",
        "body": """みどり銀行 法人営業部
大迫様

いつもお世話になっております。日の出産業 経理部の堀之内です。
健保組合から受け取った補助金（社員立替分）を、弊社から各社員へ総合振込で
支払う予定です。下記の一覧で振込データを作成したところ、2件が口座名義相違で
エラーになりました。どの項目を確認すべきか、ご教示いただけますでしょうか。

-------- Original Message --------
From: 関東機械工業健康保険組合 経理課 <keiri@kantokikai-kenpo.or.jp>
Subject: 人間ドック補助金（立替分）振込予定一覧

日の出産業株式会社 経理部 御中
9月申請分の補助金振込予定です。貴社経由での支払をお願いします。

氏名　　　　　　金額　　　銀行・支店　　　　　　　種別　口座番号
笠置 伸也　　　 30,000　 みどり銀行 品川支店　　 普通　3817264
相葉 透　　　　 30,000　 みどり銀行 蒲田支店　　 普通　5502918
砂原 梨花　　　 20,000　 横浜湾岸銀行 川崎支店　 普通　1146630
木暮 直樹　　　 30,000　 みどり銀行 府中支店　　 普通　7720451
須賀 啓介　　　 20,000　 ゆうちょ銀行 〇一八店　 普通　2284517
塩谷 綾乃　　　 30,000　 みどり銀行 月島支店　　 普通　6039182
--------------------------------

日の出産業株式会社 経理部 堀之内 誠
TEL 03-5442-7140
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: a forwarded table of 6 employees' bank accounts sent to the partner bank",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "ningendock-062",
        "charset": "shift_jis",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["北森市 健康増進課 <kenko-zoshin@city.kitamori.lg.jp>"],
        "subject": "脳ドック費用助成制度についてのお問い合わせ",
        "body": """北森市役所
健康増進課 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の柳瀬と申します。

貴市の脳ドック費用助成制度について、2点教えていただけますでしょうか。
　1. 勤務先の健保組合から補助を受けた場合でも、市の助成を併用できますか。
　2. 申請は本人に限られますか。会社が取りまとめて申請することは可能でしょうか。

貴市在住の社員が多いため、社内の案内に反映したいと考えております。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_YANASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general inquiry to a city office about a subsidy scheme",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "ningendock-063",
        "charset": "utf-8",
        "sender": "Rena Yagihashi <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["Dr. Anchalee Srisuk <anchalee.s@lumiere-health.com>"],
        "subject": "Follow-up for Mr. Kurosaki (annual screening, Bangkok)",
        "body": """Dear Dr. Srisuk,

I am the occupational health nurse at Hinode Sangyo in Tokyo. Mr. Daisuke Kurosaki
(born 3 February 1976), who is posted to our Bangkok office, had his annual screening
at your centre on 28 September.

His results show HbA1c 8.4% and fasting glucose 176 mg/dL. He was diagnosed with
type 2 diabetes in Japan in 2021 and has been taking metformin, but he told us he
stopped the medication after moving to Bangkok. Could your internal medicine
department see him for a follow-up and resume treatment? He has agreed that we
contact you.

With kind regards,

Rena Yagihashi, RN, PHN
Health Management Office, Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: English mail with a named expatriate's diabetes diagnosis and medication to an overseas clinic",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "ningendock-064",
        "charset": "iso-2022-jp",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": [
            "杵築 幸雄 <kitsuki.yukio@gmail.com>",
            "保坂 多恵子 <taeko-hosaka@softbank.ne.jp>",
            "漢那 良介 <kanna.ryosuke@yahoo.co.jp>",
        ],
        "subject": "【再検査のお願い】今年度の人間ドック結果について",
        "body": """杵築様、保坂様、漢那様

日の出産業 健康管理室の八木橋です。
任意継続中の皆様に、ご自宅のアドレス宛てに失礼いたします。

皆様は今年度の人間ドックで「要精密検査」と判定されていますが、10月末時点で
精密検査の受診が確認できておりません。
精密検査の費用も健保組合の補助対象になりますので、早めの受診をお願いいたします。

受診された方は、結果のコピーを健康管理室までお送りください。
""" + SIG_YAGIHASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains", "personal_data"],
        "note": "visible recipients + sensitive: three private persons in To learn that each other needs further examination",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "ningendock-065",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["上之園 綾 <uenosono.aya@hinode-sangyo.co.jp>"],
        "subject": "大阪支店分 受診者名簿（パスワード付き）",
        "body": """上之園さん

お疲れさまです。小野寺です。
大阪支店分の受診者名簿をパスワード付きZIPで送ります。
パスワードはTeamsのチャットでお伝えしますね。

小野寺
""",
        "attachments": [{
            "kind": "zip",
            "name": "osaka_meibo_2026.zip",
            "password": "Osk-2026-dock",
            "files": [{
                "kind": "xlsx",
                "name": "大阪支店_受診者名簿.xlsx",
                "sheets": {"名簿": [
                    ["氏名", "生年月日", "コース"],
                    ["洲崎 大輔", "1989/08/22", "日帰りA"],
                    ["比嘉 朋美", "1981/02/17", "日帰りA＋婦人科"],
                    ["阿久根 浩二", "1968/11/30", "脳ドック"],
                ]},
            }],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an encrypted ZIP, but the only recipient is internal",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "ningendock-066",
        "charset": "shift_jis",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["北九州ウェルネスクリニック 健診課 <kenshin@kitakyushu-wellness.jp>"],
        "subject": "過年度の受診履歴（委託先変更に伴う引継ぎ）",
        "body": """北九州ウェルネスクリニック
健診課 ご担当者様

お世話になっております。日の出産業 北九州工場の権藤です。
来年度から工場の人間ドックを貴院にお願いするにあたり、前回受診日の確認用に
過年度の受診履歴（抜粋）をお送りします。古い形式のExcelで失礼します。
""" + SIG_GONDO,
        "attachments": [{
            "kind": "xls",
            "name": "受診履歴_北九州工場.xls",
            "sheets": {
                "受診履歴": [
                    ["氏名", "カナ", "生年月日", "前回受診日", "前回受診機関", "コース"],
                    ["大楠 誠司", "オオクス セイジ", "1977/02/19", "2025/10/14", "小倉健診センター", "日帰り"],
                    ["棚町 和彦", "タナマチ カズヒコ", "1982/10/30", "2025/11/04", "小倉健診センター", "一泊"],
                    ["栗林 大樹", "クリバヤシ ダイキ", "1988/03/12", "2025/09/30", "小倉健診センター", "日帰り"],
                    ["梶原 清美", "カジワラ キヨミ", "1979/09/23", "2025/10/21", "小倉健診センター", "日帰り＋婦人科"],
                    ["安武 浩", "ヤスタケ ヒロシ", "1966/01/08", "2025/12/02", "門司記念病院", "脳ドック"],
                    ["財津 英樹", "ザイツ ヒデキ", "1971/10/15", "2025/11/18", "小倉健診センター", "日帰り"],
                    ["城戸 真由美", "キド マユミ", "1983/02/26", "2025/10/07", "小倉健診センター", "日帰り＋婦人科"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: legacy XLS of 7 employees with birth dates and exam history to a new clinic",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "ningendock-067",
        "charset": "iso-2022-jp",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["桜ヶ丘記念病院 地域連携室 <renkei@sakuragaoka-mh.or.jp>"],
        "subject": "健康フェア当日（11/25）の弊社担当者連絡先",
        "body": """桜ヶ丘記念病院
地域連携室 御中

お世話になっております。日の出産業の石渡です。
11/25の健康フェアで脳ドック体験講座をご担当いただく先生の受け入れについて、
当日の弊社側の担当者と連絡先をお知らせします。

　・会場責任者　　石渡 健　　　　080-4471-2058
　・受付・誘導　　五十嵐 朋子　　090-6132-8847
　・機材搬入　　　天羽 勇人　　　070-3395-1160

先生のご到着時刻が決まりましたらお知らせください。
""" + SIG_ISHIWATA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff contacts for an event: a short list under the threshold, may be warned",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "ningendock-068",
        "charset": "iso-2022-jp",
        "sender": "東雲 さやか <shinonome.sayaka@hinode-sangyo.co.jp>",
        "to": ["桜ヶ丘記念病院 脳ドック外来 <noudock@sakuragaoka-mh.or.jp>"],
        "subject": "【極秘】役員 脳ドック日程のご相談",
        "body": """【極秘】

桜ヶ丘記念病院 脳ドック外来 御中

いつもお世話になっております。日の出産業 秘書室の東雲です。
弊社役員の脳ドックにつき、一般の受診者と時間帯が重ならないよう
以下の日程でご調整をお願いできますでしょうか。

　12月 2日（水）8:00〜　社長
　12月 9日（水）8:00〜　専務
　12月16日（水）8:00〜　常務2名

日程は社内でも一部の者しか知りませんので、お電話でのご連絡は秘書室直通
（03-5442-7001）にお願いいたします。

日の出産業株式会社 秘書室　東雲 さやか
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: subject and body stamped 【極秘】, sent to a hospital",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "ningendock-069",
        "charset": "utf-8",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["東都予防医学協会 国際健診室 <intl@toto-yobou.or.jp>"],
        "subject": "海外赴任前健診・英文診断書の作成依頼",
        "body": """東都予防医学協会
国際健診室 ご担当者様

お世話になっております。日の出産業 人事部の柳瀬です。
来年1月にシンガポールへ赴任予定の社員について、赴任前健診と英文診断書の作成を
お願いいたします。ビザ申請用のため、診断書にはパスポートの記載事項と一致する
情報の記入が必要とのことです。

　氏名（漢字）　：大城 健太
　氏名（旅券）　：OSHIRO KENTA
　生年月日　　　：1981年5月14日
　旅券番号　　　：TR4418276
　旅券有効期限　：2034年3月9日
　受診希望日　　：11月上旬

ご対応可能な日程をご連絡ください。
""" + SIG_YANASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "ID: an employee's passport number with name and birth date sent to a clinic",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "ningendock-070",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["ふくりナビ 予約代行デスク <support@fukuri-navi.co.jp>"],
        "subject": "FW: 年末年始の休診日のお知らせ（あおぞら健診クリニック）",
        "body": """ふくりナビ 予約代行デスク様

お世話になっております。日の出産業の小野寺です。
あおぞら健診クリニック様から年末年始の休診日の連絡がありましたので、
元のメールを添付で転送します。該当日に予約が入らないようご注意ください。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "eml",
            "name": "年末年始の休診日のお知らせ.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "あおぞら健診クリニック 予約センター <yoyaku@aozora-kenshin.or.jp>",
                "to": ["小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
                "subject": "年末年始の休診日のお知らせ",
                "body": """法人ご担当者様

いつもご利用いただき誠にありがとうございます。
年末年始の休診日を下記のとおりお知らせいたします。

　休診期間：2026年12月29日（火）〜2027年1月4日（月）
　診療開始：2027年1月5日（火）8:00〜

休診期間中のお問い合わせは、1月5日以降に順次回答いたします。

医療法人社団青空会 あおぞら健診クリニック 予約センター
TEL 03-6809-4400
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a clinic's holiday notice forwarded as an attached mail: nothing personal",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "ningendock-071",
        "charset": "shift_jis",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["港みらい総合健診センター 結果管理 <kekka@minatomirai-kenshin.jp>"],
        "subject": "結果データの送付方法について（お願い）",
        "body": """港みらい総合健診センター
結果管理ご担当者様

お世話になっております。日の出産業 健康管理室の八木橋です。

これまで結果データはパスワード付きZIPとパスワードを別メールでお送りいただいて
おりましたが、弊社ではこの方式（いわゆるPPAP）の受信を12月から停止いたします。
今後は、貴センターの法人向け結果閲覧ポータルからのダウンロードに切り替えて
いただけますでしょうか。

ポータルの利用者登録に必要な書類があれば、お知らせください。
""" + SIG_YAGIHASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a request about how results are transferred; no attachment, no personal data",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "ningendock-072",
        "charset": "utf-8",
        "sender": "堀之内 誠 <horinouchi.makoto@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 大迫様 <osako.r@midori-ginkou.co.jp>"],
        "subject": "総合振込の摘要欄について",
        "body": """みどり銀行 法人営業部
大迫様

いつもお世話になっております。日の出産業 経理部の堀之内です。

来月から健保組合の補助金（立替分）を社員へ総合振込で支払う予定です。
受取人の通帳に「ケンシンホジョ」と表示させたいのですが、
総合振込の摘要欄は何文字まで使えますでしょうか。
また、給与振込と同日に実行する場合の注意点があれば教えてください。

日の出産業株式会社 経理部 堀之内 誠
TEL 03-5442-7140
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: partner midori-ginko.co.jp written midori-ginkou.co.jp (letter added)",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "ningendock-073",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["九州巡回健診サービス 営業部 <eigyo@junkai-kenshin.co.jp>"],
        "subject": "2027年度 巡回健診の実施会場（事業所一覧）",
        "html": """<html><body>
<p>九州巡回健診サービス株式会社<br>営業部 御中</p>
<p>お世話になっております。日の出産業 人事部の小野寺です。<br>
来年度の巡回健診の実施会場となる事業所の一覧をお送りします。お見積りにご利用ください。</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:9pt">
<thead><tr><th>事業所</th><th>住所</th><th>代表電話</th><th>対象者数</th><th>駐車スペース</th></tr></thead>
<tbody>
<tr><td>北九州工場</td><td>福岡県北九州市門司区新門司北3-2-7</td><td>093-481-5500</td><td>288</td><td>大型バス2台可</td></tr>
<tr><td>北九州第二倉庫</td><td>福岡県北九州市門司区新門司2-11-3</td><td>093-481-6620</td><td>41</td><td>1台可</td></tr>
<tr><td>福岡営業所</td><td>福岡県福岡市博多区博多駅東2-9-1 博多東ビル5F</td><td>092-411-3380</td><td>23</td><td>近隣コインパーキング</td></tr>
<tr><td>熊本出張所</td><td>熊本県熊本市中央区水前寺1-4-22</td><td>096-385-2217</td><td>9</td><td>1台可</td></tr>
<tr><td>大分物流センター</td><td>大分県大分市大字三佐1180</td><td>097-527-4401</td><td>36</td><td>大型バス1台可</td></tr>
</tbody></table>
<p>日の出産業株式会社 人事部 健康推進課　小野寺</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of the company's own sites (addresses, switchboards, headcounts): businesses, not people",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "ningendock-074",
        "charset": "utf-8",
        "sender": "Kumiko Yanase <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["Corporate Desk <corporate@lumiere-health.com>"],
        "subject": "Registration list - annual screening, Bangkok expatriates",
        "body": """Dear Corporate Desk,

As discussed, please find attached the registration list of our Bangkok expatriate
staff for the annual screening in January. Each person will contact you directly to
choose a date.

Best regards,
Kumiko Yanase
HR Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5442-7315
""",
        "attachments": [{
            "kind": "csv",
            "name": "bangkok_expat_registration.csv",
            "encoding": "utf-8",
            "rows": [
                ["Employee ID", "Name", "Date of birth", "Sex", "Mobile (TH)", "E-mail"],
                ["HN08420", "KUROSAKI Daisuke", "1976-02-03", "M", "+66 81 442 7719", "d.kurosaki@hinode-sangyo.co.jp"],
                ["HN09115", "AMEMIYA Shiori", "1984-07-21", "F", "+66 89 218 3305", "s.amemiya@hinode-sangyo.co.jp"],
                ["HN09782", "TOKUNAGA Ryo", "1979-11-09", "M", "+66 86 730 1148", "r.tokunaga@hinode-sangyo.co.jp"],
                ["HN10264", "MIZOGUCHI Akane", "1990-04-16", "F", "+66 92 551 6620", "a.mizoguchi@hinode-sangyo.co.jp"],
                ["HN10691", "SAKAMAKI Hiroshi", "1968-09-27", "M", "+66 81 907 2254", "h.sakamaki@hinode-sangyo.co.jp"],
                ["HN11350", "NOGUCHI Takeru", "1987-01-05", "M", "+66 95 338 4471", "t.noguchi@hinode-sangyo.co.jp"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: English CSV of 6 expatriates with birth dates, mobiles and e-mail to an overseas clinic",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "ningendock-075",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 予約センター <yoyaku@aozora-kenshin.or.jp>"],
        "subject": "検査項目変更のお願い（11/10 四十物様）",
        "body": """あおぞら健診クリニック
予約センター 井筒様

お世話になっております。日の出産業の小野寺です。
11/10に受診予定の四十物 麻衣さんから申し出がありましたのでお伝えします。

現在妊娠中（12週）とのことで、胸部X線・胃部X線・マンモグラフィは除外し、
代わりに乳房超音波への変更をお願いできますでしょうか。
差額が発生する場合は弊社請求で構いません。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: a named employee's pregnancy (health information, arguably not 要配慮) told to the clinic to change the tests",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "ningendock-076",
        "charset": "shift_jis",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["北九州検査ラボ 営業課 <eigyo@kensa-labo.co.jp>"],
        "subject": "検便キット・採尿容器の追加注文",
        "body": """北九州検査ラボ株式会社
営業課 御中

いつもお世話になっております。日の出産業 北九州工場の権藤です。
巡回健診用の消耗品を追加で注文いたします。

品番　　　　品名　　　　　　　　　　数量　　単価
------------------------------------------------------
KL-F2-100　 便潜血検査キット（2日法）　250セット　380円
KL-U1-050　 採尿容器（10ml）　　　　　300個　　　 42円
KL-B-010　　検体輸送用保冷バッグ　　　　4個　　1,650円

納品希望日：10月30日（金）
納品先　　：北九州工場 総務課（門司区新門司北3-2-7）
注文番号　：HNK-PO-26-1042
""" + SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an order with product codes, quantities and the factory's delivery address",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "ningendock-077",
        "charset": "utf-8",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["東都予防医学協会 二次検査予約 <niji@toto-yobou.or.jp>"],
        "subject": "二次検査のまとめ予約（3名）",
        "body": """東都予防医学協会
二次検査予約 ご担当者様

お世話になっております。日の出産業 健康管理室の八木橋です。
人間ドックで二次検査となった下記3名について、まとめて予約をお願いしたく存じます。

・羽生田 恭平 様　　便潜血 2日法とも陽性 → 大腸内視鏡
・滝波 小百合 様　　子宮頸部細胞診 ASC-US → 精密検査（HPV検査）
・駒ケ嶺 隆之 様　　心電図 完全右脚ブロック・ST低下 → 心エコー

いずれも11月中の平日午前を希望しております。
""" + SIG_YAGIHASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: bullets tying three named employees to abnormal findings (below the list threshold, still sensitive)",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "ningendock-078",
        "charset": "iso-2022-jp",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "健康管理システムの帳票に「取扱注意」の表示を入れられますか",
        "body": """ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業 健康管理室の八木橋です。

健康管理システムから出力する個人結果票について、社内規程の改定により
ヘッダーに「取扱注意」の文言を入れる必要が出てきました。
帳票テンプレートの設定で対応できるのか、カスタマイズが必要なのか、
教えていただけますでしょうか。

あわせて、CSV出力時にも同様の表示を付けられるかご確認ください。
""" + SIG_YAGIHASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks whether a 取扱注意 label can be added: the word is only mentioned, nothing is marked",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "ningendock-079",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["ふくりナビ 予約代行デスク <support@fukuri-navi.co.jp>"],
        "subject": "追加受診者3名（11月分）",
        "body": """ふくりナビ 予約代行デスク様

お世話になっております。日の出産業の小野寺です。
11月分の追加受診者3名をお送りします。人事システムから出力したファイルです。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "追加受診者_202611.xlsx",
            "sheets": {
                "出力": [
                    ["社員番号", "氏名", "生年月日", "個人番号", "所属", "コース"],
                    ["HN14126", "五十嵐 朋子", "1986/03/19", my_number(SEED + 6), "総務部", "日帰りA＋婦人科"],
                    ["HN14131", "天羽 勇人", "1991/12/02", my_number(SEED + 7), "総務部", "日帰りA"],
                    ["HN14140", "三角 弘道", "1964/06/24", my_number(SEED + 8), "営業部", "脳ドック"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "My Number: an HR-system export left the 個人番号 column in, 3 people, sent to the booking agent",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "ningendock-080",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["人事部長 <kaneshiro.t@hinode-sangyo.co.jp>"],
        "cc": ["小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
        "subject": "経営会議資料（健康経営推進計画）最終版",
        "body": """金城部長

お疲れさまです。柳瀬です。
来週の経営会議用の資料、最終版を添付します。
修正点は予算スライドの健保組合との按分の記載のみです。

柳瀬
""",
        "attachments": [{
            "kind": "pptx",
            "name": "経営会議_健康経営推進計画_最終.pptx",
            "page_footer": "社外秘",
            "slides": [
                ["健康経営推進計画 2027", "経営会議資料", "社外秘"],
                ["施策", "人間ドック受診率 90%", "脳ドック補助の対象拡大", "再検査受診の勧奨強化"],
                ["予算", "補助金総額 4,850万円", "健保組合負担 60% / 会社負担 40%"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a 社外秘 deck, but all recipients are internal",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "ningendock-081",
        "charset": "utf-8",
        "sender": "真栄田 翔 <maeda.sho@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援チーム <dounyu@tsubasa-system.jp>"],
        "subject": "健康管理システム 移行テスト用データの送付",
        "body": """ツバサシステム株式会社
導入支援チーム 御中

いつもお世話になっております。日の出産業 情報システム部の真栄田です。
健康管理システムへの移行テスト用に、現行Excel台帳から抽出したデータを
ZIPにまとめてお送りします（人間ドック結果の台帳と、脳ドックのCSV）。
取込時の文字化け・桁あふれを確認いただけますでしょうか。

--
日の出産業株式会社 情報システム部
真栄田 翔（まえだ しょう）
TEL 03-5442-7460
""",
        "attachments": [{
            "kind": "zip",
            "name": "migration_test_20261019.zip",
            "files": [
                {
                    "kind": "xlsx",
                    "name": "人間ドック結果台帳_抽出.xlsx",
                    "sheets": {"結果台帳": [
                        ["人間ドック結果台帳（2025年度・抽出）"],
                        ["社員番号", "氏名", "生年月日", "受診日", "総合判定", "主な所見"],
                        ["HN10234", "鬼頭 昌平", "1971/05/14", "2025/11/11", "C", "脂質異常"],
                        ["HN10418", "四十物 麻衣", "1985/11/02", "2025/11/11", "B", "軽度貧血"],
                        ["HN11022", "桂木 健太郎", "1968/02/27", "2025/11/18", "D2", "肝機能障害"],
                        ["HN11307", "仁平 早苗", "1979/07/19", "2025/11/18", "A", ""],
                        ["HN12055", "百武 亮", "1990/09/30", "2025/11/25", "B", "高尿酸血症"],
                        ["HN12190", "曽我部 由紀子", "1974/03/08", "2025/11/25", "C", "子宮筋腫"],
                        ["HN09871", "丹下 正治", "1963/12/21", "2025/12/03", "D2", "糖尿病疑い"],
                        ["HN10056", "沖本 直美", "1969/06/05", "2025/12/03", "C", "甲状腺結節"],
                        ["HN10733", "宇佐神 徹", "1966/08/11", "2025/12/10", "D1", "高血圧症"],
                        ["HN13002", "雲母坂 慎吾", "1982/04/06", "2026/01/14", "B", "脂肪肝"],
                        ["HN13017", "皆川 ひとみ", "1977/10/28", "2026/01/14", "C", "乳腺症"],
                        ["HN13101", "楢崎 大地", "1993/01/15", "2026/01/28", "A", ""],
                    ]},
                },
                {
                    "kind": "csv",
                    "name": "noudock_2025.csv",
                    "encoding": "cp932",
                    "rows": [
                        ["社員番号", "氏名", "生年月日", "受診日", "MRI所見", "MRA所見", "判定"],
                        ["HN07321", "勅使河原 誠", "1970/01/22", "2025/10/08", "ラクナ梗塞 1箇所", "異常なし", "C"],
                        ["HN08115", "大鷹 真一", "1965/05/30", "2025/10/08", "異常なし", "異常なし", "A"],
                        ["HN09402", "指宿 亮介", "1972/09/14", "2025/10/15", "白質病変 軽度", "異常なし", "B"],
                        ["HN10277", "生駒 幸恵", "1968/03/03", "2025/10/15", "異常なし", "脳動脈瘤疑い 2mm", "D2"],
                        ["HN11638", "馬渡 隼人", "1975/12/28", "2025/10/22", "異常なし", "異常なし", "A"],
                        ["HN06120", "野々垣 修", "1969/03/31", "2025/10/22", "陳旧性脳梗塞", "右内頸動脈狭窄", "D1"],
                        ["HN07651", "宍戸 貴之", "1973/08/27", "2025/10/29", "異常なし", "異常なし", "A"],
                        ["HN08812", "猪俣 仁", "1976/06/20", "2025/10/29", "微小出血 1箇所", "異常なし", "C"],
                    ],
                },
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: an unencrypted ZIP (XLSX + CSV) of 20 employees' results sent to the system vendor as test data",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "ningendock-082",
        "charset": "iso-2022-jp",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["港みらい総合健診センター 予約課 <yoyaku@minatomirai-kenshin.jp>"],
        "subject": "Re: 日程変更のご依頼について",
        "body": """予約課 ご担当者様

お世話になっております。日の出産業の石渡です。
お問い合わせの件、対象者は下記の者です。同姓の方がいらっしゃるとのことで、
生年月日を添えます。

　鶴見 浩一　1978年8月8日生

11/12午前 → 11/26午後への変更でお願いいたします。

石渡

> 日程変更のご依頼をいただいた「鶴見様」について、弊センターに同姓の受診者様が
> 複数いらっしゃいます。ご本人を特定できる情報をお知らせいただけますでしょうか。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one person's name and birth date to identify a booking: may be warned, not held",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "ningendock-083",
        "charset": "shift_jis",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
        "subject": "Re: 合同健康セミナー 日程確定のお知らせ",
        "body": """川崎電機株式会社
総務部 福利厚生課 御中

お世話になっております。日の出産業の石渡です。
ご回答ありがとうございます。12月10日（木）18:00〜で確定とさせていただきます。
講師の先生には弊社からお伝えしておきます。

告知用のポスター案は来週中にお送りします。
""" + SIG_ISHIWATA + """

> 石渡様
> 12/10（木）で講堂を押さえました。当日は17時から設営可能です。
> 川崎電機 総務部 福利厚生課
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary reply to the real partner domain kawasaki-denki.co.jp",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "ningendock-084",
        "charset": "iso-2022-jp",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["森川産業医事務所 <office@morikawa-ohc.jp>"],
        "subject": "11月面談対象者（有所見者）の一覧",
        "body": """森川産業医事務所 御中
森川先生

お世話になっております。健康管理室の八木橋です。
11月の産業医面談の対象者一覧をお送りします。
いずれも人間ドックでD判定となり、就業上の配慮が必要か先生のご意見を伺いたい方です。

よろしくお願いいたします。
""" + SIG_YAGIHASHI,
        "attachments": [{
            "kind": "xlsx",
            "name": "11月面談対象者.xlsx",
            "sheets": {
                "対象者": [
                    ["2026年11月 産業医面談 対象者一覧"],
                    [],
                    ["氏名", "年齢", "生年月日", "所属", "判定", "所見", "業務"],
                    ["勅使河原 誠", 56, "1970/01/22", "製造一課", "D1", "高血圧症（未治療）190/118", "交替勤務"],
                    ["桂木 健太郎", 58, "1968/02/27", "技術開発部", "D2", "肝機能障害 AST 156 / ALT 201", "日勤"],
                    ["生駒 幸恵", 58, "1968/03/03", "経理部", "D2", "脳動脈瘤疑い", "日勤"],
                    ["野々垣 修", 57, "1969/03/31", "出荷課", "D1", "右内頸動脈狭窄", "フォークリフト運転"],
                    ["丹下 正治", 62, "1963/12/21", "営業部", "D2", "HbA1c 9.1 糖尿病", "営業車運転"],
                    ["宇佐神 徹", 60, "1966/08/11", "品質保証部", "D1", "心房細動", "日勤"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: XLSX of 6 employees with diagnoses to an outside occupational physician's office",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "ningendock-085",
        "charset": "utf-8",
        "sender": "Mari Onodera <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["Corporate Services <corporate@harborview-medical.com>"],
        "subject": "Re: Corporate agreement for 2027 - next steps",
        "body": """Dear Ms. Tan,

Thank you for sending the draft corporate agreement and the 2027 fee schedule.
Our legal team will review the agreement this week, and I expect to come back to
you with comments by 30 October. In the meantime, could you confirm whether the
Executive Package B price includes the Japanese-language report?

Best regards,

Mari Onodera
Health Promotion Section, HR Dept.
Hinode Sangyo Co., Ltd.
2-18-4 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5442-7310
""" + DISCLAIMER_EN + """

-----Original Message-----
From: Tan Mei Ling <corporate@harborview-medical.com>
Sent: Friday, 16 October 2026 18:05
Subject: Corporate agreement for 2027

Dear Ms. Onodera, please find attached the draft agreement and our fee schedule.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary English business reply with the standard confidentiality disclaimer",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "ningendock-086",
        "charset": "utf-8",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["ふくりナビ 会員登録窓口 <touroku@fukuri-navi.co.jp>"],
        "subject": "予約サイト会員登録（本人確認情報）について",
        "body": """ふくりナビ株式会社
会員登録窓口 ご担当者様

お世話になっております。日の出産業の小野寺です。
弊社社員1名が予約サイトの会員登録で本人確認エラーになっているとのことで、
本人から依頼を受け、登録情報をお送りします。

　氏名　　　　　：三角 弘道（ミスミ ヒロミチ）
　生年月日　　　：昭和39年6月24日
　運転免許証番号：第 3014 0625 8810 号
　免許証の住所　：東京都品川区西大井4-11-6

お手数ですが、確認後に本人へ登録完了のご連絡をお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ID: an employee's driver's licence number with address and birth date to the booking agent",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "ningendock-087",
        "charset": "iso-2022-jp",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["九州巡回健診サービス 平川様 <hirakawa@junkai-kenshin.co.jp>"],
        "subject": "健診バス当日の配置と動線（案）",
        "body": """平川様

お世話になっております。北九州工場の権藤です。
11/5・11/6の健診バスの配置と受診者の動線案をスライドにまとめました。
雨天時は第2倉庫の荷捌き場を待合にする予定です。
ご意見があればお知らせください。

権藤
""",
        "attachments": [{
            "kind": "pptx",
            "name": "健診バス配置案_北九州工場.pptx",
            "slides": [
                ["健診バス配置案", "日の出産業 北九州工場", "2026年11月5日・6日"],
                ["配置", "正門横 来客駐車場：胸部X線車・胃部X線車", "厚生棟1F会議室：受付・計測・採血", "第2倉庫 荷捌き場：雨天時待合"],
                ["動線", "受付 → 計測 → 採血 → 心電図 → X線車", "1時間あたり40名を想定", "誘導員：総務課2名"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX of the bus layout and flow, no personal data",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "ningendock-088",
        "charset": "shift_jis",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["東都予防医学協会 健診事業部 <houjin@toto-yobou.or.jp>"],
        "subject": "健保組合との協議メモ（補助金直接請求の件）",
        "body": """東都予防医学協会
健診事業部 ご担当者様

お世話になっております。日の出産業の柳瀬です。
補助金の直接請求について、先日健保組合と協議した内容をメモにまとめました。
貴協会の請求フローに関係する部分がございますので、ご参照ください。
""" + SIG_YANASE,
        "attachments": [{
            "kind": "docx",
            "name": "協議メモ_健保組合_1014.docx",
            "page_header": "部外秘　人事部",
            "paragraphs": [
                "関東機械工業健康保険組合との協議メモ（2026年10月14日）",
                "出席：健保組合 保健事業課 2名、日の出産業 人事部 2名",
                "1. 補助金の直接請求：2027年4月受診分から、健診機関→健保組合への直接請求に一本化する。",
                "2. 補助上限の見直し：日帰り30,000円は据え置き、脳ドックは20,000円→25,000円を検討。",
                "3. 会社負担分：差額のうち会社が負担する範囲は経営会議で決定予定（未確定）。",
                "4. 次回協議：11月下旬",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: DOCX header 部外秘 on internal meeting notes sent to a health-check institution",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "ningendock-089",
        "charset": "iso-2022-jp",
        "sender": "堀之内 誠 <horinouchi.makoto@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 経理課 <keiri@kantokikai-kenpo.or.jp>"],
        "subject": "9月分 補助金請求額の内訳（合計）",
        "body": """関東機械工業健康保険組合
経理課 御中

お世話になっております。日の出産業 経理部の堀之内です。
9月受診分の補助金請求額の内訳（機関別合計）をお知らせします。

　あおぞら健診クリニック　　請求番号 AZ-2609-0117　32件　960,000円
　港みらい総合健診センター　請求番号 MM-26-0931　 11件　330,000円
　桜ヶ丘記念病院　　　　　　請求番号 SG-2609-044　 7件　140,000円
　――――――――――――――――――――――――――――――――
　合計　　　　　　　　　　　　　　　　　　　　　　 50件 1,430,000円

個人別の明細は各機関から貴組合へ直接送付されます。
ご確認のほどよろしくお願いいたします。

日の出産業株式会社 経理部 堀之内 誠
TEL 03-5442-7140
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "totals per clinic with invoice numbers, nothing about individuals",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "ningendock-090",
        "charset": "utf-8",
        "sender": "Kumiko Yanase <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": [
            "Partnerships <partners@lumiere-health.com>",
            "Corporate Services <corporate@harborview-medical.com>",
            "Business Development <bd@pacifica-wellness.com.au>",
        ],
        "subject": "Request for proposal: annual health screening for overseas staff (FY2027)",
        "body": """Dear all,

Hinode Sangyo Co., Ltd. is inviting proposals for the annual health screening of
its overseas staff in Bangkok, Singapore and Sydney for FY2027 (April 2027 to
March 2028).

Scope:
  - comprehensive screening equivalent to the Japanese "ningen dock"
  - optional brain MRI/MRA for staff aged 40 and over
  - reports in Japanese or English within two weeks

Please submit your proposal and fee schedule by 30 November 2026.

Best regards,
Kumiko Yanase
HR Dept., Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible recipients: three competing overseas clinics in To (should have been Bcc)",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "ningendock-091",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["ふくりナビ 予約代行デスク <support@fukuri-navi.co.jp>"],
        "subject": "受診案内の同封資料（ZIP）",
        "body": """ふくりナビ 予約代行デスク様

お世話になっております。日の出産業の小野寺です。
受診者へ予約確定通知を送る際に同封していただく資料をZIPでお送りします。
　・受診のご案内（社内向け補足）.docx
　・会場アクセス.pdf
パスワードは設定しておりません。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "doufuu_shiryo.zip",
            "files": [
                {
                    "kind": "docx",
                    "name": "受診のご案内（社内向け補足）.docx",
                    "paragraphs": [
                        "人間ドック受診のご案内（日の出産業 社員の皆様へ）",
                        "・受診当日は保険証と問診票をお持ちください。",
                        "・補助金は健保組合から健診機関へ直接支払われます。自己負担分のみ窓口でお支払いください。",
                        "・受診後の結果は自宅に郵送されます。要精密検査の場合は健康管理室までご相談ください。",
                    ],
                },
                {
                    "kind": "pdf",
                    "name": "会場アクセス.pdf",
                    "lines": [
                        "あおぞら健診クリニック へのアクセス",
                        "〒108-0023 東京都港区芝浦3-9-12 芝浦スクエア3F",
                        "JR田町駅 芝浦口より徒歩5分",
                        "TEL 03-6809-4400（予約センター）",
                    ],
                },
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of a guide and a clinic access map: nothing personal",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "ningendock-092",
        "charset": "utf-8",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["保健事業課 補助金担当 <hojokin@kantokikai-kenpo.or.jp>"],
        "subject": "精密検査費用の補助対象確認（健診機関からの通知を添付）",
        "body": """関東機械工業健康保険組合
保健事業課 補助金ご担当者様

お世話になっております。日の出産業の柳瀬です。
精密検査の費用が補助の対象になるか確認させてください。
健診機関から届いた通知メールを、そのまま添付いたします。

よろしくお願いいたします。
""" + SIG_YANASE,
        "attachments": [{
            "kind": "eml",
            "name": "【要精密検査】結果のお知らせ.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "桜ヶ丘記念病院 脳ドック外来 <noudock@sakuragaoka-mh.or.jp>",
                "to": ["柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>"],
                "subject": "【要精密検査】脳ドック結果のお知らせ",
                "body": """日の出産業株式会社 人事部 柳瀬様

先日脳ドックを受診された下記の方について、精密検査が必要と判定されましたので
お知らせいたします。

　受診者：生駒 幸恵 様（昭和43年3月3日生）
　受診日：2026年10月7日
　所見　：MRAにて右内頸動脈−後交通動脈分岐部に脳動脈瘤の疑い（約3mm）
　判定　：要精密検査（脳血管造影CT）

桜ヶ丘記念病院 脳ドック外来
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: an attached mail with a named employee's brain MRA finding forwarded to the insurer",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "ningendock-093",
        "charset": "shift_jis",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 保健指導室 <shido@aozora-kenshin.or.jp>"],
        "subject": "Re: 健康セミナー参加者（当日連絡先）",
        "body": """保健指導室 ご担当者様

お世話になっております。八木橋です。
ご依頼いただいた、11/25の「食事と血圧」セミナーの事前申込者4名の連絡先です
（当日の急な時間変更があった場合の連絡用）。

　氏名　　　　　内線　　携帯
　－－－－－－　－－－　－－－－－－－－－－－
　江頭 恵　　　 3312　　080-2257-6619
　塩谷 綾乃　　 3340　　090-8816-2034
　伊集院 舞　　 3358　　070-6631-4487
　芦刈 誠　　　 3371　　080-9042-1175

当日はよろしくお願いいたします。
""" + SIG_YAGIHASHI + """

> 八木橋様
> セミナーの事前申込者の方の当日連絡先を教えていただけますか。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four seminar attendees with extensions and mobiles: a short list under the threshold, may be warned",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "ningendock-094",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["あおぞら健診クリニック 結果担当 <kekka@aozora-kenshin.or.jp>"],
        "subject": "結果報告書の郵送先変更（在宅勤務者 5名）",
        "body": """あおぞら健診クリニック
結果担当 鹿島様

お世話になっております。日の出産業の小野寺です。
在宅勤務者については結果報告書を自宅へ直接郵送いただくことになりましたので、
郵送先をお知らせします。

■ 雲母坂 慎吾 様
　〒252-0231 神奈川県相模原市中央区相模原6-22-9
　TEL 042-758-3316

■ 皆川 ひとみ 様
　〒189-0014 東京都東村山市本町2-5-31-204
　TEL 042-393-7702

■ 楢崎 大地 様
　〒333-0851 埼玉県川口市芝新町14-8
　TEL 048-268-1590

■ 帯刀 美穂 様
　〒299-0111 千葉県市原市姉崎2150-3
　TEL 0436-61-4428

■ 真壁 宗一郎 様
　〒190-0022 東京都立川市錦町3-9-14
　TEL 042-527-8853

よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: five blocks, each an employee's home address and phone, sent to a clinic",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "ningendock-095",
        "charset": "utf-8",
        "sender": "八木橋 玲奈 <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["経理部長 <sakanoue.h@hinode-sangyo.co.jp>"],
        "subject": "FW: 【要精密検査】脳ドック結果のお知らせ（生駒さん）",
        "body": """坂ノ上部長

健康管理室の八木橋です。
ご本人の了承を得て、部長にも共有いたします。精密検査の受診日（11/4）は
半日の休暇が必要になりますので、業務のご調整をお願いできますでしょうか。

---------- Forwarded message ----------
From: 桜ヶ丘記念病院 脳ドック外来 <noudock@sakuragaoka-mh.or.jp>
Subject: 【要精密検査】脳ドック結果のお知らせ

　受診者：生駒 幸恵 様（昭和43年3月3日生）
　所見　：MRAにて右内頸動脈−後交通動脈分岐部に脳動脈瘤の疑い（約3mm）
　判定　：要精密検査（脳血管造影CT）
""" + SIG_YAGIHASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a finding forwarded to an internal manager only: internal mail passes",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "ningendock-096",
        "charset": "shift_jis",
        "sender": "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
        "to": ["上之園 綾 <uenosono.aya@hinodesangyo.co.jp>"],
        "subject": "大阪支店 追加受診者2名の件",
        "body": """上之園さん

お疲れさまです。小野寺です。
大阪支店の追加受診者2名、下記で健保に申請しておきました。

　比嘉 朋美　　1981/02/17　日帰りA＋婦人科
　阿久根 浩二　1968/11/30　脳ドック

予約が取れたら教えてください。

小野寺
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: colleague addressed at hinodesangyo.co.jp (hyphen dropped from the own domain)",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "ningendock-097",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 久美子 <yanase.kumiko@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 保健事業課 <hoken@kantokikai-kenpo.or.jp>"],
        "cc": ["あおぞら健診クリニック 医事課 <iji@aozora-kenshin.or.jp>"],
        "subject": "補助金の直接請求への切替に伴う請求書様式について",
        "body": """関東機械工業健康保険組合 保健事業課 様
あおぞら健診クリニック 医事課 様

いつもお世話になっております。日の出産業の柳瀬です。

2027年4月受診分から補助金を健保組合へ直接請求いただく件につき、
請求書の様式を三者で揃えたく、ご相談です。

　・請求書の宛先：健保組合（補助金分）／日の出産業（会社負担分・自己負担立替分）
　・明細の単位：受診者ごとではなく、コース別の件数・金額で可とするか
　・締め日：月末締め、翌月10日発行

11月中に一度、オンラインで打合せをさせていただけますと幸いです。
""" + SIG_YANASE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (insurer + clinic) in To/Cc: a normal three-party mail",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "ningendock-098",
        "charset": "shift_jis",
        "sender": "権藤 剛 <gondo.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["保健事業課 <hoken@kantokikai-kenpo.or.jp>"],
        "subject": "北九州工場 課別の要精密者数（ご依頼分）",
        "body": """関東機械工業健康保険組合
保健事業課 御中

北九州工場総務の権藤です。
ご依頼の課別の要精密者数をお送りします。

課　　　　　　在籍　受診　要精密
製造一課　　　 96　　 81　　 19
製造二課　　　 88　　 70　　 15
設備保全課　　 31　　 27　　　7
品質保証課　　 24　　 22　　　4
出荷課　　　　 47　　 40　　　8
物流課　　　　　2　　　2　　　1

以上です。
""" + SIG_GONDO,
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "either: aggregate counts, but the 2-person 物流課 cell lets colleagues guess who needs further tests",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "ningendock-099",
        "charset": "utf-8",
        "sender": "Rena Yagihashi <yagihashi.rena@hinode-sangyo.co.jp>",
        "to": ["Dr. Anchalee Srisuk <anchalee.s@lumiere-health.com>"],
        "subject": "Previous screening reports for our Bangkok staff (protected)",
        "body": """Dear Dr. Srisuk,

As requested, please find attached last year's screening reports of our Bangkok
staff, for comparison with this year's results. The archive is password-protected;
I will send the password in a separate e-mail.

Kind regards,
Rena Yagihashi
Health Management Office, Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "zip",
            "name": "reports_2025_bangkok.zip",
            "password": "Lmr#2025bk",
            "files": [
                {"kind": "pdf", "name": "report_KUROSAKI.pdf", "lines": ["Health screening report 2025", "KUROSAKI Daisuke", "HbA1c 7.9%"]},
                {"kind": "pdf", "name": "report_AMEMIYA.pdf", "lines": ["Health screening report 2025", "AMEMIYA Shiori", "No significant findings"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP of screening reports to an overseas clinic",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "ningendock-100",
        "charset": "iso-2022-jp",
        "sender": "石渡 健 <ishiwata.ken@hinode-sangyo.co.jp>",
        "to": ["東都予防医学協会 芝浦健診センター <shibaura@toto-yobou.or.jp>"],
        "subject": "Re: 1日ドック予約確定のご連絡",
        "body": """芝浦健診センター 予約係 御中

お世話になっております。日の出産業の石渡です。
予約確定のご連絡ありがとうございます。
当日は保険証・問診票・検便容器を持参するよう、本人たちに伝えます。
また、駐車場がないとのことですので、公共交通機関で伺うよう案内いたします。

引き続きよろしくお願いいたします。
""" + SIG_ISHIWATA + DISCLAIMER_JA + """

> 日の出産業株式会社 石渡様
> 11月20日（金）8:30受付で2名様のご予約を確定いたしました。
> 当日は健康保険証、問診票、検便容器をお持ちください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "confirmation reply mentioning the 保険証 to bring (no number) and the standard disclaimer",
    },
]
