"""Blind evaluation corpus, area "gojokai": outbound mail of the 日の出産業 社員互助会 (the
employees' mutual-aid society run from 総務部厚生課) — congratulatory and condolence payments
(結婚・出産・弔慰金, 供花・弔電), illness and injury benefits, disaster relief, members' family
changes, the society's bank (みどり銀行), its auditors and insurers, gift and travel vendors,
the union and partner companies' societies. Written blind from bench/blind/BRIEF.md (and the
public SPEC.md names) without reading mailguard's code or the other corpus files."""

from build import card_number, my_number

SEED = 60801

SIG_HAKAMADA = """
──────────────────────────
日の出産業株式会社 社員互助会 事務局
（総務部 厚生課内）
袴田 航（はかまだ わたる）
〒140-0002 東京都品川区東品川4-12-8 日の出産業ビル7F
TEL 03-5479-2210（内線2214）  FAX 03-5479-2299
w-hakamada@hinode-sangyo.co.jp
──────────────────────────"""

SIG_NISHINA = """
--
日の出産業社員互助会 会計担当
仁科 沙織 / Saori Nishina
日の出産業株式会社 総務部厚生課
TEL: 03-5479-2210 (ext.2217)
E-mail: s-nishina@hinode-sangyo.co.jp
"""

SIG_ISURUGI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 社員互助会
事務局長　石動 千景（いするぎ ちかげ）
〒140-0002　東京都品川区東品川４−１２−８
電話　03-5479-2210　／　直通　03-5479-2231
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_YAHAGI = """
----------------------------------------
日の出産業 社員互助会事務局　矢萩 美弥
内線：2215　外線：03-5479-2210
mail：m-yahagi@hinode-sangyo.co.jp
※互助会窓口の受付時間は平日10:00〜16:00です
----------------------------------------"""

SIG_WANIBUCHI = """
==================================================
日の出産業株式会社
総務部 厚生課 課長（社員互助会 常務理事）
鰐淵 智也  Tomoya Wanibuchi
〒140-0002 東京都品川区東品川4-12-8
TEL 03-5479-2201  Mobile 080-4471-0962
==================================================
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された方は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd."""

HAKAMADA = "袴田 航 <w-hakamada@hinode-sangyo.co.jp>"
NISHINA = "仁科 沙織 <s-nishina@hinode-sangyo.co.jp>"
ISURUGI = "石動 千景 <c-isurugi@hinode-sangyo.co.jp>"
YAHAGI = "矢萩 美弥 <m-yahagi@hinode-sangyo.co.jp>"
WANIBUCHI = "鰐淵 智也 <t-wanibuchi@hinode-sangyo.co.jp>"
GOJOKAI = "日の出産業社員互助会 事務局 <gojokai@hinode-sangyo.co.jp>"

BANK = "みどり銀行 品川支店 小此木様 <okonogi.t@midori-ginko.co.jp>"
AUDIT1 = "税理士法人さかき会計 祖父江様 <sobue@sakaki-kaikei.jp>"
AUDIT2 = "勅使河原 様 <teshigawara@sakaki-kaikei.jp>"
LIFE = "はるかぜ生命保険 百目鬼様 <domeki.k@harukaze-life.co.jp>"
SONPO = "みなと損害保険 東京法人部 <dantai-tokyo@minato-sonpo.co.jp>"
SONGAI = "みなと損害保険 損害サービス課 <songai@minato-sonpo.co.jp>"
SHAROSHI = "社会保険労務士法人みちしお 栗花落様 <tsuyuri@michishio-sr.jp>"
GIFT = "ギフトプラザ千草 間宮様 <mamiya@chigusa-gift.co.jp>"
NISHIKI = "錦印刷 制作部 鬼頭様 <kito@nishiki-insatsu.co.jp>"
TSUBASA = "ツバサシステム 小鳥遊様 <takanashi@tsubasa-system.jp>"
TSUBASA_D = "ツバサシステム 導入支援チーム <dounyu@tsubasa-system.jp>"
LAW = "白川法律事務所 東雲先生 <shinonome@shirakawa-law.jp>"
KAWADEN = "川崎電機 互助会事務局 <gojo@kawasaki-denki.co.jp>"
ROSO = "日の出産業労働組合 書記長 <shokicho@hinode-roso.or.jp>"
TRAVEL = "旅路トラベル 法人団体課 <dantai@tabiji-travel.co.jp>"
KENPO = "日の出産業健康保険組合 給付係 <kyufu@hinode-kenpo.or.jp>"
CLINIC = "あおぞら会 健診センター <kenshin@aozora-kai.or.jp>"
SHINGU = "夢ごこち寝具 法人販売部 <hojin@yumegokochi-shingu.co.jp>"
YUIMARU = "ゆいまーるベネフィット 契約管理 <keiyaku@yuimaru-benefit.co.jp>"

MESSAGES = [
# ---------------------------------------------------------------- 001-025 bank, auditors, insurers, 社労士, florists
{
    "id": "gojokai-001",
    "charset": "iso-2022-jp",
    "sender": NISHINA,
    "to": [BANK],
    "subject": "【日の出産業社員互助会】10月分 慶弔給付金 総合振込データ送付の件",
    "body": """みどり銀行 品川支店
法人営業課 小此木様

いつも大変お世話になっております。
日の出産業社員互助会の仁科でございます。

10月分の慶弔給付金につきまして、総合振込をお願いしたく
振込データ（CSV）を添付にてお送りいたします。

　振込指定日：10月24日（金）
　件数　　　：7件
　合計金額　：215,000円
　出金口座　：品川支店 普通 当会名義口座

振込依頼書（押印済み原本）は本日の社内便でお届けいたします。
データ形式に不備がございましたらご連絡くださいませ。

よろしくお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "csv", "name": "sogofurikomi_202510_gojokai.csv", "encoding": "cp932",
        "rows": [
            ["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額", "摘要"],
            ["0179", "512", "1", "4418207", "ｷﾄｳ ﾕｳｽｹ", "30000", "ｹｯｺﾝｲﾜｲｷﾝ"],
            ["0179", "208", "1", "2093358", "ｺｳｹﾂ ｹｲﾀ", "20000", "ｼｭｯｻﾝｲﾜｲｷﾝ"],
            ["1310", "031", "1", "0712649", "ﾜﾀﾇｷ ｼｮｳ", "30000", "ｼｮｳﾋﾞｮｳﾐﾏｲｷﾝ"],
            ["0179", "512", "1", "5560183", "ｲﾓｱﾗｲ ﾏﾕﾐ", "50000", "ﾁｮｳｲｷﾝ"],
            ["0005", "377", "1", "3381920", "ｻｿｳ ｹﾝｼﾞ", "20000", "ｻｲｶﾞｲﾐﾏｲｷﾝ"],
            ["0179", "140", "2", "8820416", "ﾂｸﾓ ｱﾔｶ", "15000", "ﾆｭｳｶﾞｸｲﾜｲｷﾝ"],
            ["2251", "006", "1", "1049275", "ｸﾏｶﾞｲ ﾀｲｶﾞ", "50000", "ﾁｮｳｲｷﾝ"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "総合振込CSV: 7 members' names with bank accounts to the bank (external) — list of people",
},
{
    "id": "gojokai-002",
    "charset": "cp932",
    "sender": NISHINA,
    "to": [BANK],
    "subject": "残高証明書発行のお願い（日の出産業社員互助会）",
    "body": """小此木様

お世話になっております。日の出産業社員互助会の仁科です。

年度末決算にあたり、当会口座の残高証明書の発行をお願いできますでしょうか。

　・対象口座：品川支店　普通預金　当会名義（口座番号は依頼書に記載）
　・証明基準日：2026年3月31日
　・必要部数：2通（監査法人提出用・会保管用）
　・受取方法：窓口受取（4月8日以降で結構です）

発行手数料は口座からの引落しで差し支えございません。
所定の依頼書がございましたら、PDFでお送りいただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary request to the society's own bank for a balance certificate; no personal data",
},
{
    "id": "gojokai-003",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": ["小此木 拓也 <okonogi.t@midori-ginkou.co.jp>"],
    "subject": "Re: 定期預金満期のご案内",
    "body": """小此木様

ご案内ありがとうございます。
満期の定期預金（300万円）は、前回と同じ条件で自動継続にてお願いいたします。
書類の差し入れが必要でしたら、来週の訪問時にお渡しします。

仁科

-----Original Message-----
From: 小此木 拓也
Sent: Tuesday, November 4, 2025 10:12 AM
To: 仁科 沙織
Subject: 定期預金満期のご案内

日の出産業社員互助会 仁科様

いつもお世話になっております。
11月20日に定期預金が満期を迎えますのでご案内申し上げます。
継続・解約のご意向をお知らせください。
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reply goes to midori-ginkou.co.jp, a look-alike (added letter) of partner bank midori-ginko.co.jp",
},
{
    "id": "gojokai-004",
    "charset": "iso-2022-jp",
    "sender": ISURUGI,
    "to": [BANK],
    "subject": "代表者変更に伴う届出事項変更について",
    "body": """みどり銀行 品川支店
小此木様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業社員互助会 事務局の石動でございます。

先日の定時総会にて会長が交代いたしましたので、当会口座の
代表者変更のお手続きをお願い申し上げます。
事前確認のため、届出内容を以下および添付にてお送りいたします。

　新代表者　　：会長　東海林 秀昭（しょうじ ひであき）
　生年月日　　：昭和４１年９月１４日
　自宅住所　　：〒２５２−０３０３　神奈川県相模原市南区相模大野６−２１−９
　本人確認書類：運転免許証　第３０２４１８０７６６１０号（有効期限 令和９年１０月１４日）

届出印も併せて変更いたします。
ご来店日につきましては改めてご相談させてください。
""" + SIG_ISURUGI,
    "attachments": [{
        "kind": "docx", "name": "代表者変更届_記入内容.docx",
        "title": "届出事項変更届（記入内容）",
        "paragraphs": ["届出事項変更届　記入内容確認用", "口座名義：日の出産業社員互助会"],
        "tables": [[
            ["項目", "変更前", "変更後"],
            ["代表者役職", "会長", "会長"],
            ["代表者氏名", "磯貝 正臣", "東海林 秀昭"],
            ["生年月日", "", "1966/09/14"],
            ["住所", "", "神奈川県相模原市南区相模大野6-21-9"],
            ["確認書類", "", "運転免許証 302418076610"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "new chairman's driver's licence number, birth date and home address sent to the bank",
},
{
    "id": "gojokai-005",
    "charset": "cp932",
    "sender": NISHINA,
    "to": [AUDIT1],
    "subject": "2025年度 決算資料の送付（パスワードは別送します）",
    "body": """祖父江様

お世話になっております。日の出産業社員互助会の仁科です。

2025年度決算資料一式をZIPファイルにてお送りします。
解凍用パスワードは、この後別メールにてお知らせいたします。

【同梱ファイル】
　・収支計算書・貸借対照表
　・給付金科目別明細
　・預金残高一覧

ご査収のほどよろしくお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "zip", "name": "kessan_2025_gojokai.zip", "password": "Gj2025!kessan",
        "files": [{"kind": "xlsx", "name": "決算書_2025.xlsx", "sheets": {
            "収支計算書": [["科目", "予算", "決算"], ["会費収入", 41280000, 41136500],
                        ["会社補助金", 20000000, 20000000], ["慶弔給付費", 18500000, 17962000]],
        }}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the auditor: attachment cannot be inspected",
},
{
    "id": "gojokai-006",
    "charset": "iso-2022-jp",
    "sender": NISHINA,
    "to": [AUDIT1],
    "subject": "期中監査の日程調整について",
    "body": """税理士法人さかき会計
祖父江様

いつもお世話になっております。
日の出産業社員互助会の仁科でございます。

期中監査の日程につきまして、当会の候補日は以下のとおりです。

　(1) 12月 9日（火）13:30〜17:00
　(2) 12月11日（木）10:00〜15:00
　(3) 12月16日（火）終日

会場は本社7階の第3会議室をご用意いたします。
証憑類（振込控え、申請書綴り）は当日ご覧いただけるよう準備しておきます。
ご都合のよい日をお知らせいただけますと幸いです。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "audit scheduling with the auditor; no personal data",
},
{
    "id": "gojokai-007",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": [AUDIT1],
    "cc": [WANIBUCHI],
    "subject": "上期 給付実績（種別集計）のご報告",
    "body": """祖父江様

お世話になっております。仁科です。
ご依頼の上期（4月〜9月）給付実績を種別ごとに集計しました。
個人別の明細は監査当日に紙でご覧いただく予定です。

給付種別              件数      金額(円)    前年同期
--------------------------------------------------------
結婚祝金                18       540,000         15
出産祝金                23       460,000         27
入学祝金                41       615,000         38
弔慰金（本人・配偶者）   2       400,000          1
弔慰金（父母・子）      19       570,000         22
傷病見舞金              11       330,000          9
災害見舞金               6       120,000          0
永年勤続記念品          64     1,280,000         58
--------------------------------------------------------
合計                   184     4,315,000        170

災害見舞金は9月の豪雨によるものです（熊本・大分地区）。
HTML版の表も添付しておきます。
""" + SIG_NISHINA,
    "attachments": [{"kind": "html", "name": "kyufu_jisseki_2025H1.html", "html": """<html><body>
<h3>2025年度上期 給付実績（種別集計）</h3>
<table border="1"><tr><th>種別</th><th>件数</th><th>金額</th></tr>
<tr><td>結婚祝金</td><td>18</td><td>540,000</td></tr>
<tr><td>出産祝金</td><td>23</td><td>460,000</td></tr>
<tr><td>入学祝金</td><td>41</td><td>615,000</td></tr>
<tr><td>弔慰金</td><td>21</td><td>970,000</td></tr>
<tr><td>傷病見舞金</td><td>11</td><td>330,000</td></tr>
<tr><td>災害見舞金</td><td>6</td><td>120,000</td></tr>
<tr><td>永年勤続</td><td>64</td><td>1,280,000</td></tr></table></body></html>"""}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate statistics only (counts and amounts by benefit type), no individuals",
},
{
    "id": "gojokai-008",
    "charset": "cp932",
    "sender": NISHINA,
    "to": [AUDIT1],
    "cc": [AUDIT2],
    "subject": "上期 慶弔金支給明細（監査用）",
    "body": """祖父江様
（cc：勅使河原様）

お世話になっております。
監査事前資料として、上期の慶弔金支給明細をお送りします。
シートは「結婚・出産」と「弔慰・災害」に分かれております。

ご不明点がございましたらご連絡ください。

仁科
""",
    "attachments": [{
        "kind": "xlsx", "name": "慶弔金支給明細_2025上期.xlsx",
        "sheets": {
            "結婚・出産": [
                ["2025年度上期 慶弔金支給明細（結婚・出産）"],
                [],
                ["支給日", "社員番号", "氏名", "所属", "事由", "金額", "振込先"],
                ["2025/04/25", "H10482", "鬼頭 雄介", "営業一課", "結婚祝金", 30000, "みどり銀行 品川 普通 4418207"],
                ["2025/05/23", "H11907", "纐纈 啓太", "技術部", "出産祝金", 20000, "みどり銀行 大井町 普通 2093358"],
                ["2025/06/25", "H09215", "九十九 彩香", "経理部", "結婚祝金", 30000, "さつき信用金庫 本店 普通 0712650"],
                ["2025/07/25", "H12330", "栃尾 雅人", "物流部", "出産祝金", 20000, "ひかり銀行 蒲田 普通 6620194"],
            ],
            "弔慰・災害": [
                ["2025年度上期 慶弔金支給明細（弔慰・災害）"],
                [],
                ["支給日", "社員番号", "氏名", "所属", "事由", "金額", "振込先"],
                ["2025/06/25", "H08871", "一口 真由美", "総務部", "弔慰金（実母）", 30000, "みどり銀行 品川 普通 5560183"],
                ["2025/08/25", "H07342", "熊谷 大河", "製造部", "弔慰金（配偶者）", 100000, "東和信用組合 本店 普通 1049275"],
                ["2025/09/25", "H13015", "笹生 健司", "熊本営業所", "災害見舞金（床上浸水）", 20000, "肥後中央銀行 水前寺 普通 3381920"],
                ["2025/09/25", "H13388", "舛添 亜希", "大分営業所", "災害見舞金（床下浸水）", 10000, "豊の国銀行 府内 普通 7703315"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "XLSX of 8 members' payments with names, employee numbers and bank accounts to the external auditor",
},
{
    "id": "gojokai-009",
    "charset": "iso-2022-jp",
    "sender": NISHINA,
    "to": [AUDIT1],
    "subject": "決算報告書（案）送付",
    "body": """祖父江様

お世話になっております。仁科です。
理事会提出前の決算報告書（案）をお送りします。
数値は先日お送りした試算表から、未払金の計上のみ修正しております。

お手すきの際にご確認いただけますでしょうか。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "docx", "name": "決算報告書_案_v2.docx",
        "page_header": "社外秘",
        "title": "2025年度 日の出産業社員互助会 決算報告書（案）",
        "paragraphs": [
            "2025年度 日の出産業社員互助会 決算報告書（案）",
            "1. 収支の概要",
            "会費収入は前年度比0.4%減の41,136,500円、会社補助金は20,000,000円でした。",
            "慶弔給付費は17,962,000円、災害見舞金の支出増により予算比で97%となりました。",
            "2. 次年度繰越金 8,214,330円",
        ],
        "tables": [[["科目", "予算", "決算", "差異"],
                    ["会費収入", "41,280,000", "41,136,500", "-143,500"],
                    ["慶弔給付費", "18,500,000", "17,962,000", "538,000"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached DOCX carries a 社外秘 page header; sent to the external auditor",
},
{
    "id": "gojokai-010",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": [AUDIT2],
    "subject": "Re: 支給根拠資料のご提示について",
    "body": """勅使河原様

ご連絡ありがとうございます。
ご指定の6件について、申請書と添付書類（会葬礼状・婚姻届受理証明など）の写しを
監査当日にご用意いたします。振込日はいずれも明細記載のとおりで相違ございません。

よろしくお願いいたします。
仁科

> 仁科様
>
> お世話になっております。さかき会計の勅使河原です。
> 以下の6件について、支給根拠となる申請書の写しをご提示ください。
>
>   社員番号  氏名          事由              金額     振込先
>   H10482    鬼頭 雄介     結婚祝金          30,000   みどり 品川 普通4418207
>   H11907    纐纈 啓太     出産祝金          20,000   みどり 大井町 普通2093358
>   H08871    一口 真由美   弔慰金（実母）    30,000   みどり 品川 普通5560183
>   H07342    熊谷 大河     弔慰金（配偶者）  100,000  東和信組 普通1049275
>   H13015    笹生 健司     災害見舞金        20,000   肥後中央 普通3381920
>   H13388    舛添 亜希     災害見舞金        10,000   豊の国 普通7703315
>
> 以上、よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only in '>' quoted text from the auditor's own mail; new text has no personal data",
},
{
    "id": "gojokai-011",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [LIFE],
    "subject": "団体医療保険 給付請求のご相談（薬師寺様分）",
    "body": """はるかぜ生命保険株式会社
法人サービス部　百目鬼様

いつもお世話になっております。
日の出産業社員互助会事務局の袴田です。

当会会員の入院給付につきまして、団体医療保険での請求手続きをご相談させてください。

　被保険者　：薬師寺 亮介（やくしじ りょうすけ）　営業二課
　生年月日　：1979年2月8日
　傷病名　　：早期胃がん（内視鏡的粘膜下層剥離術）
　入院期間　：2025年9月3日〜9月19日（17日間）
　入院先　　：東品川総合病院

ご本人の同意は取得済みです。請求書の記入内容を添付しますので、
不足書類（診断書の様式など）をご教示ください。
""" + SIG_HAKAMADA,
    "attachments": [{
        "kind": "pdf", "name": "給付請求書_記入内容.pdf",
        "lines": ["団体医療保険 給付請求書（記入内容）", "被保険者：薬師寺 亮介　1979/02/08",
                  "傷病名：早期胃がん", "手術：内視鏡的粘膜下層剥離術（2025/09/04）",
                  "入院：2025/09/03〜2025/09/19　東品川総合病院"],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named member's cancer diagnosis and hospital stay (要配慮個人情報) to the insurer",
},
{
    "id": "gojokai-012",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": [LIFE],
    "subject": "配偶者特約の追加加入について",
    "body": """百目鬼様

お世話になっております。互助会事務局の袴田でございます。

会員より、団体医療保険の配偶者特約への追加加入の申出がありました。
加入申込書の内容は下記のとおりです。

　会員氏名　　　　：纐纈 啓太（技術部）
　配偶者氏名　　　：纐纈 美咲（こうけつ みさき）
　配偶者生年月日　：平成４年７月２０日
　健康保険証　　　：記号 ４１２０５　番号 ３８（被扶養者）
　加入希望日　　　：令和７年１２月１日

申込書原本は本日郵送いたしました。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "spouse's health insurance card 記号・番号 with name and birth date to the insurer",
},
{
    "id": "gojokai-013",
    "charset": "utf-8",
    "sender": YAHAGI,
    "to": [SONPO],
    "subject": "団体傷害保険 11月1日付 加入者異動のご連絡",
    "body": """みなと損害保険株式会社
東京法人部 ご担当者様

お世話になっております。日の出産業社員互助会の矢萩です。
11月1日付の加入者異動をご連絡いたします。

区分　　氏名　　　　　フリガナ　　　　　　生年月日　　　続柄　　口数
------------------------------------------------------------------------
加入　　祖父江　蓮　　ソブエ　レン　　　　2001/06/11　　本人　　２
加入　　御園生　葵　　ミソノウ　アオイ　　1998/12/03　　本人　　１
加入　　御園生　湊　　ミソノウ　ミナト　　2024/03/27　　子　　　１
変更　　鬼頭　雄介　　キトウ　ユウスケ　　1993/08/19　　本人　　３
加入　　鬼頭　千尋　　キトウ　チヒロ　　　1995/01/30　　配偶者　１
脱退　　磯貝　正臣　　イソガイ　マサオミ　1960/10/02　　本人　　−
脱退　　磯貝　典子　　イソガイ　ノリコ　　1962/04/15　　配偶者　−
加入　　舛添　亜希　　マスゾエ　アキ　　　1990/09/09　　本人　　２
------------------------------------------------------------------------
計８名（加入５・変更１・脱退２）

保険料の精算は12月請求分でお願いいたします。
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "padded list of 8 insured people with kana and birth dates to the insurer",
},
{
    "id": "gojokai-014",
    "charset": "cp932",
    "sender": NISHINA,
    "to": [LIFE],
    "subject": "Re: 12月分保険料のご請求について",
    "body": """百目鬼様

ご請求書を拝受しました。ありがとうございます。
内容を確認し、以下のとおり相違ございません。

　証券番号　：GL-2025-088412
　対象月　　：2025年12月分
　保険料　　：1,284,600円（前月比 +6,300円：11/1付異動分）
　引落日　　：12月26日

引き続きよろしくお願いいたします。

仁科 沙織
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "premium invoice confirmation: policy number and amounts only",
},
{
    "id": "gojokai-015",
    "charset": "iso-2022-jp",
    "sender": WANIBUCHI,
    "to": [LIFE, SONPO, "ことぶき共済 法人推進課 <hojin@kotobuki-kyosai.or.jp>"],
    "subject": "2026年度 団体傷害保険 お見積りのお願い",
    "body": """各社ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 厚生課の鰐淵でございます。

社員互助会で契約しております団体傷害保険につきまして、2026年度の更新に
向けて各社様にお見積りをお願いしたく、ご連絡いたしました。

　・被保険者数　　：約1,150名（本人）、家族型加入 約320名
　・補償内容　　　：死亡・後遺障害 500万円、入院日額 5,000円、通院日額 2,000円
　・ご提出期限　　：2026年1月16日（金）
　・ご提出先　　　：本メールへの返信にて

仕様の詳細は別途資料をお渡しいたします。
ご多用のところ恐縮ですが、何卒よろしくお願い申し上げます。
""" + SIG_WANIBUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing insurers in To can see each other; should have been Bcc",
},
{
    "id": "gojokai-016",
    "charset": "utf-8",
    "sender": WANIBUCHI,
    "to": [SONPO],
    "cc": [SHAROSHI],
    "subject": "災害見舞金規程と保険補償の調整について（打合せのお願い）",
    "body": """みなと損害保険 東京法人部 ご担当者様
社会保険労務士法人みちしお 栗花落様

お世話になっております。日の出産業 厚生課の鰐淵です。

9月の豪雨を受け、互助会の災害見舞金規程と団体保険の補償範囲の重複・すき間を
整理したいと考えております。三者で一度お打合せの機会をいただけないでしょうか。

候補：12月3日(水) 14時〜 / 12月5日(金) 10時〜（弊社またはオンライン）

論点（案）
 1. 床上・床下浸水の区分と見舞金額の妥当性
 2. 保険金支払との併給可否
 3. 規程改定の施行時期

よろしくお願いいたします。
""" + SIG_WANIBUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting request: two external organisations in To/Cc",
},
{
    "id": "gojokai-017",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [SHAROSHI],
    "subject": "休職中会員の傷病手当金と休業見舞金の併給について",
    "body": """栗花落先生

いつもお世話になっております。互助会事務局の袴田です。
休職中の会員について、ご相談させてください。

技術部の四月一日 翔（わたぬき しょう）さんが、8月から
うつ病（主治医の診断書では適応障害からの移行）で休職しております。
健康保険の傷病手当金を受給中ですが、互助会の休業見舞金（規程第18条、
休業30日ごとに1万円）を併せて支給してよいか、判断に迷っております。

また、復職が延びた場合の会費免除の扱いについてもご意見を伺えれば幸いです。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named member's mental-health diagnosis and sick leave sent to the outside 社労士",
},
{
    "id": "gojokai-018",
    "charset": "iso-2022-jp",
    "sender": ISURUGI,
    "to": [SHAROSHI],
    "subject": "在職中死亡に伴う遺族のお手続きについて",
    "body": """社会保険労務士法人みちしお
栗花落様

お世話になっております。互助会の石動でございます。

先月ご逝去された製造部の御手洗 康夫さんのご遺族（奥様）より、
遺族年金のお手続きについて相談を受けております。
ご本人の了承を得ましたので、手続きの代行をお願いできますでしょうか。

　故人　　　：御手洗 康夫　基礎年金番号 ２１０７−４４８３０５
　請求者　　：御手洗 由紀子（妻）
　生年月日　：１９６８年５月３０日
　基礎年金番号：４１０２−５８３９１６

必要書類（戸籍謄本・住民票等）はご遺族にてご準備中です。
""" + SIG_ISURUGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "basic pension numbers of the deceased member and his widow sent externally",
},
{
    "id": "gojokai-019",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": [AUDIT1],
    "subject": "講師謝金の支払調書作成について",
    "body": """祖父江様

お世話になっております。仁科です。
今年度、互助会主催のセミナーで外部講師お二人に謝金をお支払いしましたので、
支払調書の作成をお願いいたします。
講師の方からいただいた個人番号を含め、作成用のシートを添付します。

よろしくお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "xlsx", "name": "報酬支払調書_作成用.xlsx",
        "sheets": {"支払調書": [
            ["令和7年分 報酬、料金、契約金及び賞金の支払調書 作成用"],
            ["氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"],
            ["浦賀 絹代", "東京都世田谷区上北沢3-8-14-202", my_number(SEED + 1), "講演料", 50000, 5105],
            ["ラザフォード 健", "千葉県浦安市日の出2-1-7", my_number(SEED + 2), "講演料", 80000, 8168],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two lecturers' My Numbers with names and addresses in an XLSX to the tax accountant",
},
{
    "id": "gojokai-020",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [SHAROSHI],
    "subject": "慶弔見舞金の課税関係についてご教示ください",
    "body": """栗花落先生

お世話になっております。袴田です。
一般的な取扱いについて教えてください。

互助会の給付のうち、以下は所得税法上の非課税（社会通念上相当な金額）として
扱ってよいか、また金額の目安があれば伺いたいです。

　・永年勤続記念品（30年：旅行券10万円相当）
　・退会餞別金（勤続年数×5,000円、上限15万円）
　・災害見舞金（全壊30万円）

来年度の規程改定の参考にしたいと考えております。
お手すきの際にご回答いただけますと幸いです。
""" + SIG_HAKAMADA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general tax question to the 社労士; no individual",
},
{
    "id": "gojokai-021",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": [GIFT],
    "subject": "出産祝いカタログギフト 11月送付分のお願い",
    "body": """ギフトプラザ千草
間宮様

いつもお世話になっております。日の出産業互助会の矢萩です。
11月送付分の出産祝いカタログ（Bコース・のし「御出産御祝」）をお願いします。
Excelから貼り付けていますので、タブ区切りになっています。

氏名	〒	住所	電話	コース
纐纈 啓太	140-0011	東京都品川区東大井5-3-11-405	090-3318-5521	B
御園生 葵	212-0016	神奈川県川崎市幸区南幸町2-9-1	080-6612-0473	B
百瀬 隼人	338-0002	埼玉県さいたま市中央区下落合7-14-6	070-2284-9150	B
仙波 ゆかり	273-0005	千葉県船橋市本町4-40-2 サンコート船橋302	090-7745-3036	B
栃尾 雅人	144-0052	東京都大田区蒲田3-22-8	080-1194-6628	B
左右田 真琴	231-0062	神奈川県横浜市中区桜木町1-5-17-1101	090-5083-2947	B

発送は12月5日までにお願いできれば助かります。
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 6 members' home addresses and mobile numbers to a gift vendor",
},
{
    "id": "gojokai-022",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": ["花工房りんどう 葬祭部 <sosai@hana-rindo.co.jp>"],
    "subject": "供花のご注文（11/14 通夜）",
    "body": """花工房りんどう 葬祭部 御中

いつもお世話になっております。日の出産業社員互助会の袴田です。
供花を1基お願いいたします。

　斎場　　：平安会館 川崎（川崎市幸区大宮町1-5 / TEL 044-511-0042）
　式名　　：故 熊谷 家 葬儀式場
　通夜　　：11月14日（金）18時〜
　告別式　：11月15日（土）10時〜
　商品　　：スタンド花（白基調）15,000円（税別）
　札名　　：日の出産業株式会社 社員互助会

通夜開始の2時間前までの設営をお願いします。
請求書は互助会宛にてお願いいたします。
""" + SIG_HAKAMADA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "routine funeral-flower order: venue is a business, family named only as 故○○家; no personal records",
},
{
    "id": "gojokai-023",
    "charset": "utf-8",
    "sender": YAHAGI,
    "to": ["フラワーショップ野ばら <order@nobara-flower.jp>"],
    "subject": "供花手配のお願い（寺院での葬儀）",
    "body": """フラワーショップ野ばら ご担当者様

はじめてご連絡いたします。日の出産業株式会社 社員互助会の矢萩と申します。
斎場近くの生花店として葬儀社さんからご紹介いただきました。

当社社員の一口 真由美さんのお母様がご逝去され、ご葬儀は浄土真宗本願寺派の
西照寺（長野県松本市中央3-4-18）にて執り行われます。宗派に合った
供花（白菊中心・1基）をお願いできますでしょうか。

　通夜：11月20日 18:00〜 / 葬儀：11月21日 11:00〜
　札名：日の出産業株式会社 社員互助会

当日の搬入時間は喪主の一口様（携帯 080-2291-6735）と直接ご調整ください。
お支払いは請求書払いを希望いたします。
""" + SIG_YAHAGI,
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one person's mobile plus her family's Buddhist sect (信条?) to a florist: routine funeral practice vs 要配慮",
},
{
    "id": "gojokai-024",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": ["でんぽう堂 法人窓口 <houjin@denpodo.jp>"],
    "subject": "弔電申込（法人契約 No.HK-20391）",
    "body": """でんぽう堂 法人窓口 御中

法人契約 No.HK-20391 の日の出産業社員互助会です。弔電を1通お申込みします。

　お届け先：セレモニーホール花園（埼玉県熊谷市石原2-118）
　お届け日時：11月21日（金）9:00まで
　宛名　　：喪主 樋渡 様
　台紙　　：押し花「白百合」（コード OS-12）
　文例　　：文例番号 C-104
　差出人　：日の出産業株式会社 社員互助会 会長 東海林 秀昭

受付完了のご連絡をお待ちしております。

袴田（互助会事務局）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "condolence telegram order to a ceremony hall; salutation name only, no personal records",
},
{
    "id": "gojokai-025",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": ["平安セレモニー 川崎営業所 <kawasaki@heian-ceremony.co.jp>",
           "花工房りんどう 葬祭部 <sosai@hana-rindo.co.jp>",
           "でんぽう堂 法人窓口 <houjin@denpodo.jp>"],
    "subject": "【ご連絡】故 熊谷様 ご葬儀の供花・弔電手配について",
    "body": """関係各社 ご担当者様

お世話になっております。日の出産業社員互助会の袴田です。
製造部 熊谷 大河さんの奥様のご葬儀につき、当会からの手配を一括でご連絡します。

　通夜：11月14日（金）18:00〜　告別式：11月15日（土）10:00〜
　会場：平安会館 川崎

平安セレモニー様：会社・互助会名義の供花の並び順のご確認をお願いします。
花工房りんどう様：スタンド花1基（別途ご注文済み）の搬入時間のご調整を。
でんぽう堂様：弔電（会長名）は14日17時までに会場着でお願いします。

ご不明点は袴田（内線2214／03-5479-2210）までお願いいたします。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external vendors (funeral home, florist, telegram service) visible to each other in To",
},
# ---------------------------------------------------------------- 026-050 hotel, printer, carrier, foods, system vendor, lawyer, partner society
{
    "id": "gojokai-026",
    "charset": "utf-8",
    "sender": YAHAGI,
    "to": ["さくらホテル 宿泊予約課 <group@sakura-hotel.jp>"],
    "subject": "秋の保養会（11/29-30）宿泊者名簿の送付",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル 宿泊予約課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業社員互助会の矢萩です。<br>
11月29日〜30日の保養会（団体予約番号 SG-11290）の宿泊者名簿をお送りいたします。<br>
チェックイン時の記入を省略したいので、事前登録をお願いできますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>ふりがな</th><th>年齢</th><th>住所</th><th>電話番号</th><th>部屋</th></tr>
<tr><td>1</td><td>東海林 秀昭</td><td>しょうじ ひであき</td><td>59</td><td>神奈川県相模原市南区相模大野6-21-9</td><td>090-4418-2276</td><td>和室A</td></tr>
<tr><td>2</td><td>東海林 晴美</td><td>しょうじ はるみ</td><td>57</td><td>神奈川県相模原市南区相模大野6-21-9</td><td>090-4418-3390</td><td>和室A</td></tr>
<tr><td>3</td><td>百瀬 隼人</td><td>ももせ はやと</td><td>34</td><td>埼玉県さいたま市中央区下落合7-14-6</td><td>070-2284-9150</td><td>洋室T1</td></tr>
<tr><td>4</td><td>仙波 ゆかり</td><td>せんば ゆかり</td><td>31</td><td>千葉県船橋市本町4-40-2-302</td><td>090-7745-3036</td><td>洋室T2</td></tr>
<tr><td>5</td><td>左右田 真琴</td><td>そうだ まこと</td><td>42</td><td>神奈川県横浜市中区桜木町1-5-17-1101</td><td>090-5083-2947</td><td>洋室T2</td></tr>
<tr><td>6</td><td>籾山 拓海</td><td>もみやま たくみ</td><td>28</td><td>東京都江東区大島5-9-3-807</td><td>080-9920-1147</td><td>洋室T1</td></tr>
<tr><td>7</td><td>熊谷 沙耶</td><td>くまがい さや</td><td>45</td><td>東京都品川区西大井2-17-4</td><td>090-6657-0381</td><td>和室B</td></tr>
<tr><td>8</td><td>樋渡 広海</td><td>ひわたし ひろみ</td><td>51</td><td>東京都大田区池上6-30-12</td><td>080-3502-7718</td><td>和室B</td></tr>
</table>
<p>夕食は18:30から宴会場「桜の間」でお願いしております。<br>
何卒よろしくお願いいたします。</p>
<p>----<br>日の出産業 社員互助会事務局 矢萩 美弥<br>TEL 03-5479-2210（内線2215）</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 8 guests' home addresses and phones to the hotel",
},
{
    "id": "gojokai-027",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "subject": "互助会 新年会のご予約について",
    "body": """さくらホテル 宴会営業ご担当者様

いつもお世話になっております。
日の出産業社員互助会の袴田でございます。

例年お世話になっております新年会につきまして、今年もご予約をお願いいたします。

　日時　　：2026年1月23日（金）18:30〜20:30
　人数　　：60名前後（確定は1月9日までにご連絡します）
　形式　　：立食ビュッフェ（お一人様 7,000円・飲み放題込み）
　その他　：マイク2本、プロジェクター、抽選会用の長机1台

昨年と同じ「鳳凰の間」が空いていれば幸いです。
お見積りをお送りいただけますでしょうか。
""" + SIG_HAKAMADA,
    "html": """<html><body><p>さくらホテル 宴会営業ご担当者様</p>
<p>いつもお世話になっております。<br>日の出産業社員互助会の袴田でございます。</p>
<p>例年お世話になっております新年会につきまして、今年もご予約をお願いいたします。</p>
<ul><li>日時：2026年1月23日（金）18:30〜20:30</li><li>人数：60名前後</li>
<li>形式：立食ビュッフェ（お一人様 7,000円・飲み放題込み）</li>
<li>その他：マイク2本、プロジェクター、長机1台</li></ul>
<p>お見積りをお送りいただけますでしょうか。</p></body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "banquet reservation with headcount and budget; no personal data",
},
{
    "id": "gojokai-028",
    "charset": "cp932",
    "sender": NISHINA,
    "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 新年会ご予約の保証について",
    "body": f"""さくらホテル 宴会営業 ご担当者様

お世話になっております。互助会会計の仁科です。
ご予約保証のため、当会の法人カード情報をお知らせします。

　カード番号：{card_number(SEED + 51)[:4]}-{card_number(SEED + 51)[4:8]}-{card_number(SEED + 51)[8:12]}-{card_number(SEED + 51)[12:]}
　名義　　　：HINODE SANGYO GOJOKAI
　有効期限　：08/28

当日の精算は請求書払いを予定しておりますので、保証のみでお願いいたします。

仁科
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a credit card number (the society's card) sent in clear to the hotel",
},
{
    "id": "gojokai-029",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": ["宴会営業 <banquet@sakura-hotel.co.jp>"],
    "subject": "新年会会場の下見について",
    "body": """さくらホテル 宴会営業 ご担当者様

お世話になっております。日の出産業社員互助会の袴田です。
先日ご予約いたしました新年会の会場を、事前に下見させていただきたく存じます。

12月12日（金）の15時頃はいかがでしょうか。
2名で伺います。ご都合が悪ければ別の日時をお知らせください。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.co.jp is a look-alike (other TLD) of partner sakura-hotel.jp",
},
{
    "id": "gojokai-030",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "subject": "RE: 【さくらホテル】新年会お見積りの件",
    "body": """さくらホテル 宴会営業
舟木様

お見積りありがとうございました。この内容で確定とさせてください。
下見は12月12日15時に、袴田と矢萩の2名で伺います。

袴田

差出人: 舟木 <banquet@sakura-hotel.jp>
送信日時: 2025年12月2日 17:41
宛先: 袴田 航
件名: 【さくらホテル】新年会お見積りの件

日の出産業社員互助会 袴田様

このたびはご用命いただきありがとうございます。
お見積り（No.B-26-0123）をお送りいたします。

　ビュッフェ 7,000円 × 60名　420,000円
　会場費　　　　　　　　　　　 50,000円
　音響・映像設備　　　　　　　 15,000円
　合計（税・サ込）　　　　　　 485,000円

さくらホテル 宴会営業 舟木 誠二
TEL 03-3452-7710
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "short confirmation above the hotel's own quoted quote; no personal data",
},
{
    "id": "gojokai-031",
    "charset": "cp932",
    "sender": YAHAGI,
    "to": [NISHIKI],
    "subject": "互助会報「ひので」第58号 原稿（慶弔だより）",
    "body": """錦印刷 制作部
鬼頭様

いつもお世話になっております。互助会事務局の矢萩です。
第58号の原稿のうち、「慶弔だより」のページをお送りします。
レイアウトは前号と同じ2段組でお願いします。

残りの原稿は来週月曜にお送りします。
""" + SIG_YAHAGI,
    "attachments": [{
        "kind": "docx", "name": "ひので58号_慶弔だより.docx",
        "paragraphs": ["慶弔だより（2025年8月〜10月）",
                       "会員の皆さまのおめでたいお知らせと、謹んでお悔やみを申し上げます。"],
        "tables": [
            [["区分", "氏名", "所属", "内容"],
             ["ご結婚", "鬼頭 雄介", "営業一課", "9月14日ご結婚（千尋さん）"],
             ["ご結婚", "舛添 亜希", "大分営業所", "10月4日ご結婚"],
             ["ご出産", "纐纈 啓太", "技術部", "長女 ひまりちゃん（2025年8月21日生）"],
             ["ご出産", "御園生 葵", "経理部", "長男 湊くん（2025年9月2日生）"],
             ["ご出産", "仙波 ゆかり", "人事部", "次女 紬ちゃん（2025年10月11日生）"]],
            [["区分", "氏名", "所属", "ご逝去"],
             ["ご逝去", "熊谷 大河", "製造部", "奥様（10月）"],
             ["ご逝去", "一口 真由美", "総務部", "ご母堂様（10月）"],
             ["ご逝去", "御手洗 康夫", "製造部", "ご本人（10月）"]],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "DOCX tables of 8 members' family events (births with dates, marriages, deaths) sent to the printer",
},
{
    "id": "gojokai-032",
    "charset": "utf-8",
    "sender": YAHAGI,
    "to": [NISHIKI],
    "subject": "第58号 印刷仕様と納期のご確認",
    "body": """鬼頭様

お世話になっております。矢萩です。
第58号の仕様を下記で確定させてください。

  判型     A4 中綴じ 8ページ（表紙含む）
  色数     表紙4色／本文2色
  用紙     マットコート 90kg
  部数     1,200部（うちOB会向け 180部は別梱包）
  納品     12月19日（金）午前 本社7F 互助会事務局
  見積番号 NK-25-1147

校正は初校・再校の2回でお願いします。
""" + SIG_YAHAGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print specification and quote number only",
},
{
    "id": "gojokai-033",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": ["鬼頭様 <kito@nishiki-insatu.co.jp>"],
    "subject": "表紙デザイン修正案の送付",
    "body": """鬼頭様

お世話になっております。矢萩です。
表紙の修正案をPDFでお送りします。
タイトルロゴを少し小さくして、写真を紅葉のものに差し替えました。

ご確認よろしくお願いいたします。
""" + SIG_YAHAGI,
    "attachments": [{"kind": "pdf", "name": "hyoshi_kouseian_v3.pdf",
                     "lines": ["互助会報 ひので 第58号", "2025 Winter", "特集：保養所リニューアルのお知らせ",
                               "表紙写真：箱根・紅葉"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops an 's' from partner nishiki-insatsu.co.jp (look-alike)",
},
{
    "id": "gojokai-034",
    "charset": "cp932",
    "sender": ISURUGI,
    "to": [NISHIKI],
    "subject": "規約集 冊子化のお見積り依頼",
    "body": """錦印刷 鬼頭様

いつもお世話になっております。互助会の石動です。
改定後の互助会規約・給付規程を小冊子にしたいと考えております。
原稿（現時点の案）を添付しますので、ページ数の見当をつけていただき、
概算のお見積りをお願いできますでしょうか。

想定：A5判 約24ページ、1,300部、モノクロ
""" + SIG_ISURUGI,
    "attachments": [{
        "kind": "docx", "name": "互助会規約_改定案_理事会用.docx",
        "page_header": "部外秘（理事会審議用）",
        "paragraphs": ["日の出産業社員互助会 規約（改定案）",
                       "第1条（名称）本会は日の出産業社員互助会と称する。",
                       "第5条（会費）会員は月額1,500円を会費として納める。（現行1,200円）",
                       "第18条（休業見舞金）会員が傷病により30日以上休業したときは…",
                       "附則 この規約は2026年4月1日から施行する。"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "draft rules DOCX stamped 部外秘 in its header sent to the printer",
},
{
    "id": "gojokai-035",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": ["青葉運輸 法人営業所 <hojin-eigyo@aoba-unyu.co.jp>"],
    "subject": "災害見舞品の発送（熊本・大分営業所宛）",
    "body": """青葉運輸株式会社 法人営業所 ご担当者様

いつもお世話になっております。日の出産業社員互助会の袴田です。
本日集荷いただいた見舞品の送り状番号をお知らせいただき、ありがとうございました。
控えとして記載します。

  届け先                                  個数  送り状番号
  日の出産業㈱ 熊本営業所                   12   4410-2287-6631
    熊本市東区東町3-2-15 / TEL 096-365-2201
  日の出産業㈱ 大分営業所                    8   4410-2287-6642
    大分市萩原2-7-30 / TEL 097-552-8810

中身は飲料水（2L×6本）と非常食セットです。
営業所側で受け取り後、被災された会員に配布します。
""" + SIG_HAKAMADA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "shipments to the company's own branch offices, tracking numbers; business addresses only",
},
{
    "id": "gojokai-036",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": ["青葉運輸 法人営業所 <hojin-eigyo@aoba-unyu.co.jp>"],
    "subject": "見舞品 個人宅配送のお願い（6件）",
    "body": """青葉運輸 法人営業所 ご担当者様

お世話になっております。互助会の袴田です。
営業所で受け取れない会員には、ご自宅へ直送をお願いしたく存じます。
配送先は以下の6件です。

【1】笹生 健司 様
　〒862-0971 熊本県熊本市中央区大江4-11-23
　TEL 090-8814-2203　品目：見舞品セットA
【2】舛添 亜希 様
　〒870-0937 大分県大分市南津留9-40 メゾン南津留105
　TEL 080-4477-1352　品目：見舞品セットA
【3】蔵之内 亘 様
　〒861-8043 熊本県熊本市東区戸島西2-6-8
　TEL 096-389-6621　品目：見舞品セットB
【4】阿蘇品 美保 様
　〒869-1102 熊本県菊池郡菊陽町原水1186-3
　TEL 090-1296-8840　品目：見舞品セットA
【5】日隈 修平 様
　〒870-0874 大分県大分市拝田原2-3-17
　TEL 070-3391-5564　品目：見舞品セットB
【6】甲斐 奈緒子 様
　〒862-0950 熊本県熊本市中央区水前寺1-25-6-402
　TEL 080-6210-0937　品目：見舞品セットA

着日指定は不要です。よろしくお願いいたします。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six disaster-hit members' home addresses and phones, one block each, to the carrier",
},
{
    "id": "gojokai-037",
    "charset": "cp932",
    "sender": YAHAGI,
    "to": ["青葉運輸 集荷センター <shuka@aoba-unyu.com>"],
    "subject": "集荷のお願い（12/19 会報発送分）",
    "body": """青葉運輸 集荷センター ご担当者様

日の出産業 社員互助会の矢萩です。
12月19日（金）15時以降に、会報の発送分の集荷をお願いします。

　集荷先：日の出産業ビル 1F 通用口（品川区東品川4-12-8）
　荷物　：段ボール 14箱（各営業所宛・元払い）

いつもの法人契約（顧客コード 03-77150）でお願いします。
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.com is a TLD-swap look-alike of partner aoba-unyu.co.jp",
},
{
    "id": "gojokai-038",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": ["北国フーズ 業務用営業部 <gyomu@kitaguni-foods.co.jp>"],
    "subject": "非常食セット 発注書の送付",
    "body": """北国フーズ株式会社 業務用営業部 ご担当者様

お世話になっております。日の出産業社員互助会の仁科です。
お見積り（QT-2025-3318）のとおり、非常食セットを発注いたします。
発注書をPDFで添付いたしますので、ご確認ください。

納品は12月10日までに本社1F 受付へお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{"kind": "pdf", "name": "発注書_GJ-2025-044.pdf", "title": "発注書",
                     "lines": ["発注書　No. GJ-2025-044", "北国フーズ株式会社 御中",
                               "登録番号 T7430001072815",
                               "発注者：日の出産業社員互助会（東京都品川区東品川4-12-8）"],
                     "table": [["品番", "品名", "数量", "単価", "金額"],
                               ["KF-BS05", "5年保存 非常食3日分セット", "300", "4,280", "1,284,000"],
                               ["KF-W2L", "保存水2L×6本", "150", "1,150", "172,500"],
                               ["", "", "", "合計（税込）", "1,601,850"]]}],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "purchase order with product codes and the supplier's T-number (corporate number), no people",
},
{
    "id": "gojokai-039",
    "charset": "iso-2022-jp",
    "sender": NISHINA,
    "to": ["北国フーズ 業務用営業部 <gyomu@kitaguni-foods.co.jp>"],
    "subject": "御礼と追加発注（営業所直送分）",
    "body": """北国フーズ 業務用営業部 ご担当者様

先日は迅速にご納品いただき、ありがとうございました。
各営業所の備蓄分として、追加で下記へ直送をお願いいたします。
（数量は各所とも KF-BS05 を20セット）

　熊本営業所　熊本市東区東町3-2-15　　　　TEL 096-365-2201
　大分営業所　大分市萩原2-7-30　　　　　　TEL 097-552-8810
　福岡支店　　福岡市博多区博多駅南4-8-1　TEL 092-431-6650
　広島営業所　広島市南区松原町9-12　　　　TEL 082-264-3318
　仙台支店　　仙台市青葉区中央2-10-5　　　TEL 022-225-7301
　札幌営業所　札幌市中央区北4条西6-1-2　 TEL 011-241-0957

受取担当は各拠点の総務担当です。請求書は互助会宛に一括でお願いします。

仁科
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own six branch offices (addresses, switchboards): businesses, not people",
},
{
    "id": "gojokai-040",
    "charset": "cp932",
    "sender": WANIBUCHI,
    "to": [TSUBASA],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "body": """ツバサシステム株式会社
営業部 小鳥遊様

お世話になっております。日の出産業 厚生課の鰐淵です。

互助会の会員管理システム移行の件、本格的な検討に入る前に
秘密保持契約を締結させていただきたく、弊社ひな形をお送りします。
会員データの取扱い（第4条）と返却・消去（第9条）については
法務からも念押しされておりますので、特にご確認いただけますと幸いです。

修正のご希望があれば、変更履歴付きでお戻しください。
""" + SIG_WANIBUCHI,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_日の出産業.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                       "甲の社員互助会の会員管理システム移行の検討に関し、次のとおり契約を締結する。",
                       "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する一切の情報をいう。",
                       "第4条（個人情報の取扱い）乙は、甲から預託を受けた会員の個人情報を本目的以外に利用してはならない。",
                       "第9条（返却・消去）乙は、本契約終了後、秘密情報を速やかに返却又は消去する。",
                       "第12条（有効期間）本契約の有効期間は締結日から2年間とする。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the NDA draft; 秘密情報 in contract text is not a classification marking",
},
{
    "id": "gojokai-041",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": [TSUBASA_D],
    "cc": [TSUBASA],
    "subject": "会員マスタ移行テスト用データ",
    "body": """ツバサシステム 導入支援チーム ご担当者様

お世話になっております。互助会事務局の袴田です。
移行テスト用に、現行システムから会員マスタを抽出しました。
とりあえず技術部の会員分（12名）のみです。文字コードはUTF-8です。

取込結果を見てから全件をお送りします。
""" + SIG_HAKAMADA,
    "attachments": [{
        "kind": "csv", "name": "member_master_test.csv", "encoding": "utf-8",
        "rows": [
            ["会員番号", "社員番号", "氏名", "氏名カナ", "生年月日", "入会日", "給付振込銀行", "支店", "口座番号"],
            ["G20331", "H11907", "纐纈 啓太", "コウケツ ケイタ", "1991-04-06", "2014-04-01", "みどり銀行", "大井町", "2093358"],
            ["G20412", "H12944", "四月一日 翔", "ワタヌキ ショウ", "1996-11-23", "2019-04-01", "ひかり銀行", "川崎", "1178204"],
            ["G19856", "H10233", "百目木 玲奈", "ドウメキ レイナ", "1988-02-14", "2011-04-01", "みどり銀行", "品川", "3306718"],
            ["G20790", "H13501", "ラザフォード 健", "ラザフォード ケン", "1993-07-30", "2022-10-01", "さつき信用金庫", "本店", "0829157"],
            ["G18302", "H08815", "小田桐 修", "オダギリ オサム", "1975-12-01", "1998-04-01", "みどり銀行", "品川", "0447291"],
            ["G20155", "H11620", "五十嵐 諒", "イガラシ リョウ", "1989-05-17", "2013-04-01", "ひかり銀行", "蒲田", "5091846"],
            ["G20678", "H13022", "我妻 千夏", "ワガツマ チナツ", "1997-08-08", "2020-04-01", "みどり銀行", "大井町", "7752034"],
            ["G19502", "H09740", "芦刈 俊之", "アシカリ トシユキ", "1984-03-29", "2007-04-01", "東和信用組合", "本店", "1920663"],
            ["G20901", "H13877", "日比野 桃", "ヒビノ モモ", "2000-01-19", "2023-04-01", "みどり銀行", "品川", "8814405"],
            ["G17744", "H07190", "能登谷 勝", "ノトヤ マサル", "1969-10-10", "1992-04-01", "ひかり銀行", "品川", "2260917"],
            ["G20533", "H12388", "辻堂 あかり", "ツジドウ アカリ", "1994-06-02", "2017-04-01", "みどり銀行", "五反田", "6631529"],
            ["G20864", "H13640", "宇佐美 迅", "ウサミ ジン", "1998-09-25", "2021-04-01", "さつき信用金庫", "大崎", "0394418"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "real member master (12 rows: names, birth dates, bank accounts) sent as 'test data' to the vendor",
},
{
    "id": "gojokai-042",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": [TSUBASA_D],
    "subject": "家族マスタ（全件）送付",
    "body": """導入支援チーム ご担当者様

袴田です。会員マスタの取込確認ありがとうございました。
続いて家族マスタの全件をお送りします。
ZIPにパスワードを設定しておりますので、パスワードはお電話でお伝えします。

よろしくお願いします。
""" + SIG_HAKAMADA,
    "attachments": [{
        "kind": "zip", "name": "kazoku_master_all.zip", "password": "tsubasa1203",
        "files": [{"kind": "csv", "name": "kazoku_master.csv", "encoding": "cp932",
                   "rows": [["会員番号", "家族氏名", "続柄", "生年月日"],
                            ["G20331", "纐纈 美咲", "配偶者", "1992-07-20"],
                            ["G20331", "纐纈 ひまり", "子", "2025-08-21"],
                            ["G20155", "五十嵐 恵", "配偶者", "1990-04-12"]]}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP to the vendor: contents cannot be scanned",
},
{
    "id": "gojokai-043",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": [TSUBASA],
    "subject": "保守契約更新のお見積りについて",
    "body": """小鳥遊様

お世話になっております。互助会会計の仁科です。
現行システムの保守契約（契約番号 TS-M-0418）が3月末で満了となります。

新システムへの移行が7月予定のため、4〜6月の3か月のみの延長は可能でしょうか。
可能であれば、月額でのお見積りをいただけますと助かります。

予算申請の都合上、12月20日頃までにご回答いただければ幸いです。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "maintenance contract question to the system vendor; no personal data",
},
{
    "id": "gojokai-044",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": ["ツバサシステム サポート窓口 <support@tsubasa-system.jp>"],
    "subject": "【不具合】給付登録画面でエラーが発生します",
    "body": """ツバサシステム サポート窓口 御中

日の出産業社員互助会の袴田です。（顧客番号 C-00871）
給付登録画面で、以下のエラーが発生し登録できません。

　発生日時：12月3日 10:42頃
　操作　　：会員番号 G20412 の給付登録で「災害見舞金」を選択し保存
　メッセージ：E-2107 給付区分コードが不正です（code=DS03）
　環境　　：Windows 11 / Edge 131

画面のキャプチャとアプリのログを添付します。
災害見舞金の区分を今年度追加したことが関係しているかもしれません。
""" + SIG_HAKAMADA,
    "attachments": [
        {"kind": "png", "name": "error_capture.png"},
        {"kind": "txt", "name": "app_20251203.log", "encoding": "utf-8",
         "text": "2025-12-03 10:42:17 INFO  KyufuForm.Save start member=G20412\n"
                 "2025-12-03 10:42:17 ERROR E-2107 invalid kyufu_kbn code=DS03\n"
                 "2025-12-03 10:42:17 INFO  rollback tx=88143\n"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "bug report with an internal member number, error code and log; no personal data",
},
{
    "id": "gojokai-045",
    "charset": "iso-2022-jp",
    "sender": ISURUGI,
    "to": [LAW],
    "subject": "会員の逮捕報道を受けた互助会規約上の取扱いについて（ご相談）",
    "body": """白川法律事務所
東雲先生

いつもお世話になっております。日の出産業社員互助会の石動でございます。
急ぎご相談させていただきたい件がございます。

物流部の会員 籾山 拓海（もみやま たくみ、28歳）が、11月30日に
傷害の容疑で神奈川県警に逮捕されたとの報道がありました。
会社としては事実確認中ですが、互助会としては

　1. 規約第12条（除名）の「会の名誉を著しく傷つけたとき」に該当し得るか
　2. 本人から申請中の結婚祝金の支給を保留してよいか
　3. 不起訴となった場合の取扱い

について、ご見解を伺えますでしょうか。
ご面談の日程もご調整いただけますと幸いです。
""" + SIG_ISURUGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's arrest (criminal-record category, 要配慮個人情報) sent to the law firm",
},
{
    "id": "gojokai-046",
    "charset": "utf-8",
    "sender": ISURUGI,
    "to": [LAW],
    "subject": "互助会規約 改定案のリーガルチェックのお願い",
    "body": """東雲先生

お世話になっております。石動です。
来年4月施行予定の規約改定について、新旧対照表を添付いたします。
主な改定点は、会費の引上げ、休業見舞金の新設、災害見舞金の区分見直しです。

特に、退会時の積立金返還を廃止する点（第22条）が、既存会員との関係で
不利益変更に当たらないか、ご確認いただけますと幸いです。
""" + SIG_ISURUGI,
    "attachments": [{
        "kind": "docx", "name": "規約_新旧対照表_20251205.docx",
        "paragraphs": ["日の出産業社員互助会規約 新旧対照表"],
        "tables": [[["条", "現行", "改定案", "理由"],
                    ["第5条", "会費は月額1,200円", "会費は月額1,500円", "給付水準維持のため"],
                    ["第18条", "（新設）", "傷病により30日以上休業した会員に休業見舞金を支給", "会員要望"],
                    ["第20条", "災害見舞金 全壊20万円", "全壊30万円・床上浸水3万円・床下浸水1万円", "区分の明確化"],
                    ["第22条", "退会時に積立金を返還", "（削除）", "財政安定化"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "rule comparison table for legal review; no people, no marking",
},
{
    "id": "gojokai-047",
    "charset": "cp932",
    "sender": ISURUGI,
    "to": ["東雲先生 <shinonome@shirakawa-lavv.jp>"],
    "subject": "ご面談日程の確認",
    "body": """東雲先生

お世話になっております。石動です。
ご面談は12月8日（月）16時より、貴事務所にて承知いたしました。
当方からは石動と常務理事の鰐淵の2名で伺います。

引き続きよろしくお願いいたします。
""" + SIG_ISURUGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-lavv.jp: 'w' replaced by 'vv', homoglyph look-alike of partner shirakawa-law.jp",
},
{
    "id": "gojokai-048",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": [KAWADEN],
    "subject": "出向者の互助会資格継続について（対象者一覧）",
    "body": """川崎電機株式会社
人事総務部 互助会ご担当者様

お世話になっております。日の出産業社員互助会の袴田です。
貴社へ出向中の弊社社員について、互助会資格を継続し、会費は貴社給与からの
控除でお願いしたく、対象者一覧をお送りします。

記入要領シートもご参照ください。
""" + SIG_HAKAMADA,
    "attachments": [{
        "kind": "xlsx", "name": "出向者一覧_川崎電機.xlsx",
        "sheets": {
            "出向者一覧": [
                ["日の出産業 → 川崎電機 出向者一覧（2025年12月1日現在）"],
                ["社員番号", "氏名", "生年月日", "出向開始日", "自宅住所", "携帯電話"],
                ["H09902", "芦刈 俊之", "S59.3.29", "2024/04/01", "神奈川県川崎市中原区今井南町4-18-3", "090-2201-7746"],
                ["H10588", "能登谷 勝", "S44.10.10", "2023/10/01", "神奈川県横浜市港北区日吉本町2-33-9", "080-5537-1120"],
                ["H11230", "我妻 千夏", "H9.8.8", "2025/04/01", "東京都大田区下丸子1-7-22-305", "090-8806-4412"],
                ["H12019", "辻堂 あかり", "H6.6.2", "2025/04/01", "神奈川県川崎市高津区溝口3-12-5", "070-4419-2038"],
                ["H08140", "小田桐 修", "S50.12.1", "2022/07/01", "東京都世田谷区玉川台2-20-1", "090-3672-5581"],
            ],
            "記入要領": [["項目", "説明"], ["会費", "月額1,200円を給与控除"], ["給付申請", "日の出産業互助会へ直接"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX of 5 seconded employees with 和暦 birth dates, home addresses and mobiles to a partner company",
},
{
    "id": "gojokai-049",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": [KAWADEN],
    "cc": [ROSO],
    "subject": "合同レクリエーション（ボウリング大会）の企画について",
    "body": """川崎電機 互助会事務局 ご担当者様
（cc：日の出産業労働組合 書記長様）

お世話になっております。日の出産業社員互助会の袴田です。
先日お話しした合同ボウリング大会について、企画案をまとめました。

  日時：2026年2月21日（土）13:00〜16:00
  会場：品川ボウルセンター（予約は弊会で行います）
  定員：各社 40名
  費用：参加費 1人1,000円、残りは各互助会・組合で折半
  賞品：上位3チームに商品券

ご意見があれば12月19日までにお知らせください。
""" + SIG_HAKAMADA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "event plan to a partner company and the union (two external organisations); no personal data",
},
{
    "id": "gojokai-050",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [KAWADEN],
    "subject": "Re: 供花の手配先のご紹介",
    "body": """川崎電機 互助会事務局 ご担当者様

お問い合わせの件、弊会で供花をお願いしている生花店をご紹介します。
川崎地区の斎場には対応が早く、請求書払いにも応じてくださいます。

　花工房りんどう 葬祭部
　担当：夏目 様
　TEL：044-522-8130（平日 9:00〜18:00、土日は携帯転送）
　Mail：sosai@hana-rindo.co.jp

弊会からの紹介とお伝えいただければ話が早いと思います。

袴田
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one business contact of a florist shop (company phone and mail): not personal data of private persons",
},
# ---------------------------------------------------------------- 051-075 internal, members and families, disaster, travel, gifts
{
    "id": "gojokai-051",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": ["東海林 秀昭 <h-shoji@hinode-sangyou.co.jp>"],
    "subject": "第4回理事会の開催について（ご案内）",
    "body": """東海林会長

お疲れさまです。互助会事務局の矢萩です。
第4回理事会を下記のとおり開催いたしますので、ご案内申し上げます。

　日時：12月17日（水）16:00〜17:30
　場所：本社7F 第2会議室
　議題：(1) 規約改定案の最終確認　(2) 2026年度予算案　(3) 災害見舞金の支給報告

資料は前日までに共有フォルダへ格納いたします。
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyou.co.jp is a look-alike of the company's own domain (extra 'u'); mail leaves the company",
},
{
    "id": "gojokai-052",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": ["北国フーズ 業務用営業部 <gyomu@kitaguni-foods.jp>"],
    "subject": "Re: 備蓄品入替えのお見積り",
    "body": """北国フーズ 業務用営業部 ご担当者様

お見積りありがとうございます。
賞味期限が来年3月の備蓄品（約250セット）の入替えについて、
引取り費用込みの条件で進めていただけますでしょうか。

回収した非常食はフードバンクへの寄付を検討しています。
寄付先への直送が可能かどうかも併せてご教示ください。

仁科
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-foods.jp drops the 'co.' of partner kitaguni-foods.co.jp (look-alike)",
},
{
    "id": "gojokai-053",
    "charset": "cp932",
    "sender": NISHINA,
    "to": ["人事部 給与グループ <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "互助会理事報酬の支払調書用 個人番号一覧",
    "body": f"""給与グループ 御中

お疲れさまです。互助会会計の仁科です。
互助会理事への報酬について、支払調書の作成を今年も給与グループにお願いします。
理事6名の個人番号を下記に記載します（本人確認済み）。
処理後はこのメールの削除をお願いいたします。

氏名　　　　　社員番号　　個人番号
------------------------------------------
東海林 秀昭　 H05521　　 {my_number(SEED + 3)}
鰐淵 智也　　 H07764　　 {my_number(SEED + 4)}
石動 千景　　 H08013　　 {my_number(SEED + 5)}
栃尾 雅人　　 H12330　　 {my_number(SEED + 6)}
仙波 ゆかり　 H11452　　 {my_number(SEED + 7)}
能登谷 勝　　 H07190　　 {my_number(SEED + 8)}

仁科
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers of six officers, but the only recipient is internal (hinode-sangyo.co.jp)",
},
{
    "id": "gojokai-054",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": ["健康管理室 保健師 <hokenshi@mail.hinode-sangyo.co.jp>"],
    "subject": "傷病見舞金 申請者の確認（11月分）",
    "body": """健康管理室 保健師さん

お疲れさまです。互助会の袴田です。
11月に傷病見舞金の申請があった会員です。復職支援の対象かどうか確認をお願いします。

・五十嵐 諒（技術部）　脳梗塞　入院 11/2〜
・薬師寺 亮介（営業二課）　早期胃がん　入院 9/3〜9/19、現在通院
・四月一日 翔（技術部）　うつ病　休職 8/18〜
・阿蘇品 美保（熊本営業所）　右橈骨遠位端骨折　休業 11/10〜
・日比野 桃（技術部）　切迫早産　入院 11/20〜
・蔵之内 亘（熊本営業所）　腰椎椎間板ヘルニア　手術予定

申請書の写しは互助会の共有フォルダ（アクセス制限付き）に置いています。
""" + SIG_HAKAMADA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "diagnoses of six members, but sent only to an internal subdomain (mail.hinode-sangyo.co.jp)",
},
{
    "id": "gojokai-055",
    "charset": "iso-2022-jp",
    "sender": ISURUGI,
    "to": ["磯貝 正臣 <isogai.masaomi@gmail.com>",
           "小此木 久美子 <kumi-okonogi@yahoo.co.jp>",
           "蛭間 勇 <hiruma.isamu@icloud.com>",
           "鬼頭 博 <k-hiroshi.1952@docomo.ne.jp>",
           "浦賀 正一 <uraga_s@outlook.jp>"],
    "subject": "互助会OB会 総会・懇親会のご案内",
    "body": """OB会の皆さま

ご無沙汰しております。日の出産業社員互助会 事務局の石動でございます。
本年もOB会総会・懇親会を下記のとおり開催いたします。

　日時：2026年2月7日（土）11:30〜14:00
　会場：さくらホテル 2F「萩の間」（JR品川駅 高輪口 徒歩5分）
　会費：3,000円（当日受付にて）

ご出欠を1月16日までにご返信ください。
皆さまにお会いできますことを楽しみにしております。
""" + SIG_ISURUGI,
    "html": """<html><body><p>OB会の皆さま</p>
<p>ご無沙汰しております。日の出産業社員互助会 事務局の石動でございます。<br>
本年もOB会総会・懇親会を下記のとおり開催いたします。</p>
<p>日時：2026年2月7日（土）11:30〜14:00<br>会場：さくらホテル 2F「萩の間」<br>会費：3,000円</p>
<p>ご出欠を1月16日までにご返信ください。</p></body></html>""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five retirees' private addresses all visible in To; should have been Bcc",
},
{
    "id": "gojokai-056",
    "charset": "cp932",
    "sender": ISURUGI,
    "to": [GOJOKAI],
    "bcc": ["isogai.masaomi@gmail.com", "kumi-okonogi@yahoo.co.jp", "hiruma.isamu@icloud.com",
            "k-hiroshi.1952@docomo.ne.jp", "uraga_s@outlook.jp", "nobuko.fukami@ezweb.ne.jp"],
    "subject": "OB会だより 冬号をお送りします",
    "body": """OB会の皆さま

（本メールはBCCにてお送りしております）

寒さが厳しくなってまいりましたが、いかがお過ごしでしょうか。
OB会だより冬号ができあがりましたので、PDFでお届けします。
紙でのお届けをご希望の方は、事務局までお知らせください。

今号では、保養所のリニューアルと総会のご案内を掲載しております。
""" + SIG_ISURUGI,
    "attachments": [{"kind": "pdf", "name": "OB会だより_2025冬号.pdf",
                     "lines": ["OB会だより 2025年 冬号", "・箱根保養所がリニューアルしました（1泊 4,500円〜）",
                               "・2026年OB会総会は2月7日（土）さくらホテルにて",
                               "・会費の納入は口座振替に切り替わります"]}],
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "retirees correctly in Bcc; newsletter without personal data",
},
{
    "id": "gojokai-057",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": ["御手洗 由紀子 様 <yukiko.mitarai58@yahoo.co.jp>"],
    "subject": "弔慰金のお手続きについて（日の出産業社員互助会）",
    "body": """御手洗 由紀子 様

このたびはご主人様のご逝去に際し、心よりお悔やみ申し上げます。
日の出産業社員互助会 事務局の袴田でございます。

互助会規程に基づく弔慰金（会員本人 20万円）のお手続きについてご案内いたします。
ご提出いただく書類は次のとおりです。

 1. 弔慰金請求書（同封の様式）
 2. 会葬礼状の写し、または死亡診断書の写し
 3. お振込先口座がわかるもの（通帳の写し等）

郵送先：〒140-0002 東京都品川区東品川4-12-8 日の出産業株式会社 社員互助会事務局

ご不明な点は、平日10時〜16時に互助会窓口（03-5479-2210）までお電話ください。
ご心労の折、どうぞご無理なさいませんように。
""" + SIG_HAKAMADA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "procedure guidance to one bereaved family member on free mail; no records of anyone",
},
{
    "id": "gojokai-058",
    "charset": "cp932",
    "sender": YAHAGI,
    "to": ["五十嵐 恵 様 <megumi.igarashi.0412@gmail.com>"],
    "subject": "傷病見舞金 申請書の記入例（五十嵐 諒様分）",
    "body": """五十嵐 恵 様

お世話になっております。日の出産業社員互助会の矢萩です。
お電話でお話しした傷病見舞金の申請書について、記入例をお送りします。

　会員氏名　：五十嵐 諒（技術部）
　傷病名　　：脳梗塞（左中大脳動脈領域）
　入院先　　：川崎中央病院 脳神経外科
　入院日　　：2025年11月2日
　申請者　　：五十嵐 恵（配偶者・代理申請）

ご主人様のご回復を心よりお祈りしております。
書類が揃いましたら、同封の返信用封筒でお送りください。
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "member's stroke diagnosis and hospital (要配慮) sent to a free-mail address",
},
{
    "id": "gojokai-059",
    "charset": "iso-2022-jp",
    "sender": NISHINA,
    "to": ["栃尾 雅人 <m.tochio@outlook.jp>"],
    "subject": "個人番号届出書の確認のお願い",
    "body": f"""栃尾さん

お疲れさまです。互助会会計の仁科です。
育休中に個人アドレスへご連絡してすみません。

理事報酬の支払調書用にご提出いただいた個人番号届出書ですが、
記載の番号「{my_number(SEED + 9)}」と、添付の通知カードの写しが
不鮮明で照合できませんでした。
お手数ですが、番号をご確認のうえ、写しを再提出いただけますでしょうか。

復職前でも郵送で結構です。よろしくお願いします。

仁科
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a My Number written in clear to a member's personal outlook.jp address",
},
{
    "id": "gojokai-060",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": ["沓掛 大輔 <kutsukake.d@icloud.com>"],
    "subject": "Re: 結婚祝金の申請について",
    "body": """沓掛さん

ご結婚おめでとうございます。互助会事務局の袴田です。
申請書と婚姻届受理証明書の写し、確かに受領しました。
祝金3万円は12月25日の給付振込日にお振込みします。

住所変更は人事部への届出も必要ですので、社内ポータルからお手続きください。

袴田

On 2025/12/01 21:14, 沓掛 大輔 wrote:
> 互助会事務局 御中
>
> 物流部の沓掛です。11月22日に入籍しましたので結婚祝金を申請します。
> 申請書は社内便で送りました。
> 新住所：〒146-0082 東京都大田区池上8-4-11 コーポ池上203
> 携帯：090-6128-4405
> 妻：沓掛 葉月（旧姓 日比野）
>
> よろしくお願いします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to a member's own free-mail; his address and phone appear only in his quoted text",
},
{
    "id": "gojokai-061",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [SONGAI],
    "subject": "FW: 【熊本営業所】豪雨による会員被災状況の報告",
    "body": """みなと損害保険 損害サービス課 ご担当者様

お世話になっております。日の出産業社員互助会の袴田です。
団体保険（住宅補償特約）の対象になりそうな会員の被災状況です。
営業所からの報告をそのまま転送しますので、ご確認ください。

-----Original Message-----
From: 甲斐 奈緒子（熊本営業所 総務）
Sent: Monday, September 22, 2025 9:05 AM
To: 互助会事務局
Subject: 【熊本営業所】豪雨による会員被災状況の報告

互助会事務局 御中

9/19〜20の豪雨で被災した会員を報告します。

氏名　　　　 住所　　　　　　　　　　　　　　　　　　被害状況
笹生 健司　　熊本市中央区大江4-11-23　　　　　　　　床上浸水（1F全体）
蔵之内 亘　　熊本市東区戸島西2-6-8　　　　　　　　　床下浸水
阿蘇品 美保　菊池郡菊陽町原水1186-3　　　　　　　　 床上浸水・車両水没
甲斐 奈緒子　熊本市中央区水前寺1-25-6-402　　　　　 停電・断水のみ
日隈 修平　　大分市拝田原2-3-17　　　　　　　　　　　床下浸水
舛添 亜希　　大分市南津留9-40 メゾン南津留105　　　　床上浸水
江藤 龍之介　熊本市南区城南町隈庄512　　　　　　　　 一部損壊（屋根）

見舞金の申請書は各自から提出させます。
甲斐
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forwarded internal report: 7 members with home addresses and damage, new text to the insurer",
},
{
    "id": "gojokai-062",
    "charset": "utf-8",
    "sender": ISURUGI,
    "to": [KAWADEN, "青葉運輸 総務部 <somu@aoba-unyu.co.jp>", "北国フーズ 総務部 <somu@kitaguni-foods.co.jp>"],
    "subject": "九州豪雨 義援金の共同募集について（ご提案）",
    "body": """各社 互助会・総務ご担当者様

いつもお世話になっております。日の出産業社員互助会の石動でございます。

9月の九州豪雨では、弊社の熊本・大分の社員にも被害が出ました。
取引先の皆さまのなかにも被災された方がいらっしゃると伺い、
各社の互助会・親睦会で共同の義援金募集ができないかご提案いたします。

　募集期間：2026年1月5日〜1月30日
　送金先　：熊本県・大分県の災害義援金口座（各社から直接送金）
　集計　　：各社の募集額を弊会で取りまとめ、2月に共同でご報告

ご賛同いただける場合は、12月19日までにご返信ください。
""" + SIG_ISURUGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external companies in To at once (should have been Bcc)",
},
{
    "id": "gojokai-063",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": ["上浦市 危機管理課 <bousai@city.kamiura.lg.jp>"],
    "subject": "罹災証明書の発行手続きに関する問い合わせ",
    "body": """上浦市 危機管理課 ご担当者様

突然のご連絡失礼いたします。
東京都品川区の日の出産業株式会社 社員互助会の袴田と申します。

貴市在住の当社社員が先日の豪雨で被災しており、互助会の災害見舞金の
申請に罹災証明書の写しを求めております。
一般的なお問い合わせで恐縮ですが、以下を教えていただけますでしょうか。

　1. 罹災証明書の申請期限
　2. 本人以外（会社等）が代理で申請できるか
　3. 床下浸水の場合も発行対象となるか

市のホームページも拝見しましたが、確認できなかったためご連絡しました。
""" + SIG_HAKAMADA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general procedural question to a municipality; no individual named",
},
{
    "id": "gojokai-064",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": [SONGAI],
    "subject": "盗難被害に係る保険金請求のご相談（会員 笹生様）",
    "body": """損害サービス課 ご担当者様

いつもお世話になっております。日の出産業社員互助会の袴田です。
会員の自宅が空き巣の被害に遭いましたので、団体保険（家財補償）の
請求についてご相談させてください。

  被保険者：笹生 健司（熊本営業所）
  住所    ：熊本県熊本市中央区大江4-11-23
  被害日  ：2025年11月27日（日中不在時）
  被害    ：現金・腕時計・ノートPC（約38万円相当）
  届出    ：熊本中央警察署 被害届受理番号 第2025-11873号

互助会の盗難見舞金（規程第21条）も支給予定です。
必要書類をご教示いただけますでしょうか。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named member as a crime (burglary) victim, with home address and police report number",
},
{
    "id": "gojokai-065",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [LIFE],
    "subject": "家族型加入への変更（グエン様）",
    "body": """百目鬼様

お世話になっております。袴田です。
製造部の会員より、配偶者の来日に伴い家族型への変更申出がありました。

　会員　　　：NGUYEN VAN MINH（グエン ヴァン ミン）
　配偶者　　：TRAN THI HOA（チャン ティ ホア）
　生年月日　：1997年3月14日
　在留カード：番号 UH48213706FA（在留期限 2028年3月13日）
　変更希望日：2026年1月1日

在留カードの写しが必要でしたら、郵送いたします。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "spouse's residence card number with name and birth date sent to the insurer",
},
{
    "id": "gojokai-066",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": [TRAVEL],
    "subject": "台湾保養旅行 航空券手配用 旅券情報（幹事4名分）",
    "body": """旅路トラベル 法人団体課 ご担当者様

お世話になっております。日の出産業社員互助会の矢萩です。
先行して航空券を確保する幹事4名分の旅券情報をお送りします。

氏名（ローマ字）        生年月日     旅券番号     有効期限
---------------------------------------------------------------
HAKAMADA WATARU         1990/03/08   TS4187260    2031/05/19
YAHAGI MIYA             1986/11/27   TR9920418    2029/02/03
SENBA YUKARI            1994/07/15   TZ1375904    2033/08/22
USAMI JIN               1998/09/25   TK6602185    2030/12/01

残りの参加者分は申込締切（1月9日）後にまとめてお送りします。
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "passport numbers of four people (fewer than five, but identity documents) to a travel agency",
},
{
    "id": "gojokai-067",
    "charset": "utf-8",
    "sender": YAHAGI,
    "to": [TRAVEL],
    "subject": "保養旅行プランの比較について",
    "body": """旅路トラベル 法人団体課 ご担当者様

お世話になっております。矢萩です。
ご提案いただいた2プランについて、理事会向けに比較表を作りました。
内容に誤りがないかご確認いただけますか。

  項目            Aプラン（台北3日間）  Bプラン（沖縄2泊3日）
  旅行代金        98,000円              76,000円
  互助会補助      30,000円              30,000円
  会員負担        68,000円              46,000円
  最少催行        20名                  15名
  募集上限        40名                  45名
  燃油サーチャージ 別途（目安 8,000円）  なし

燃油サーチャージの見込み額は時期で変わると思いますので、
1月時点の目安をいただけると助かります。
""" + SIG_YAHAGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plan comparison with prices; no people",
},
{
    "id": "gojokai-068",
    "charset": "cp932",
    "sender": YAHAGI,
    "to": [TRAVEL],
    "subject": "沖縄保養旅行 参加者名簿（A・B日程）",
    "body": """旅路トラベル 法人団体課 ご担当者様

お世話になっております。矢萩です。
沖縄保養旅行の参加者名簿をお送りします。
日程ごとにシートを分けています。航空会社への登録にお使いください。
""" + SIG_YAHAGI,
    "attachments": [{
        "kind": "xlsx", "name": "沖縄保養旅行_参加者名簿.xlsx",
        "sheets": {
            "A日程(3_6-8)": [
                ["沖縄保養旅行 参加者名簿　A日程 2026年3月6日〜8日"],
                ["No", "氏名", "カナ", "性別", "生年月日", "携帯電話"],
                [1, "左右田 真琴", "ソウダ マコト", "女", "1983/05/21", "090-5083-2947"],
                [2, "左右田 陽向", "ソウダ ヒナタ", "男", "2014/10/09", ""],
                [3, "宇佐美 迅", "ウサミ ジン", "男", "1998/09/25", "080-7714-3302"],
                [4, "我妻 千夏", "ワガツマ チナツ", "女", "1997/08/08", "090-8806-4412"],
                [5, "辻堂 あかり", "ツジドウ アカリ", "女", "1994/06/02", "070-4419-2038"],
            ],
            "B日程(3_13-15)": [
                ["沖縄保養旅行 参加者名簿　B日程 2026年3月13日〜15日"],
                ["No", "氏名", "カナ", "性別", "生年月日", "携帯電話"],
                [1, "能登谷 勝", "ノトヤ マサル", "男", "1969/10/10", "080-5537-1120"],
                [2, "能登谷 房江", "ノトヤ フサエ", "女", "1971/02/26", "080-5537-1121"],
                [3, "芦刈 俊之", "アシカリ トシユキ", "男", "1984/03/29", "090-2201-7746"],
                [4, "日比野 桃", "ヒビノ モモ", "女", "2000/01/19", "070-1183-6609"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX (two sheets, title rows) of 9 travellers with birth dates and mobiles to the travel agency",
},
{
    "id": "gojokai-069",
    "charset": "utf-8",
    "sender": WANIBUCHI,
    "to": ["旅路トラベル 鵜飼様 <ukai@tabiji-travel.co.jp>"],
    "subject": "FW: 【社外秘】2026年度 保養旅行予算枠について",
    "body": """鵜飼様

お世話になっております。鰐淵です。
来年度の予算枠について、社内の検討メモをそのままお送りします。
この枠内で収まるプランをご検討いただけますと幸いです。

----- Forwarded Message -----
From: 鰐淵 智也
To: 互助会理事各位
Subject: 【社外秘】2026年度 保養旅行予算枠について

━━━━━━━━━━━━━━━━━━━━
　社外秘　（互助会理事限り）
━━━━━━━━━━━━━━━━━━━━
1. 保養旅行の補助総額：600万円（今年度 540万円）
2. 1人あたり補助上限：3万円 → 3.5万円に引上げ（理事会承認前）
3. 旅行会社は相見積りとし、旅路トラベルを第一候補とする
4. 会費改定が否決された場合は補助総額を450万円に圧縮
""" + SIG_WANIBUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "forwarded memo stamped 社外秘 (subject and banner) to the travel agency",
},
{
    "id": "gojokai-070",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": ["Group Sales <groupsales@lotusbay-resort.com>"],
    "subject": "Group rate inquiry - Hinode Sangyo Employees' Mutual Aid Society",
    "body": """Dear Group Sales Team,

I am writing on behalf of the Hinode Sangyo Employees' Mutual Aid Society,
a staff welfare association of Hinode Sangyo Co., Ltd. in Tokyo.

We are planning a leisure trip for our members and would like to ask for
your group rates:

  - Dates: 11-14 September 2026 (3 nights)
  - Guests: approx. 30 adults, 6 children
  - Rooms: 12 twin rooms, 4 family rooms
  - Meals: breakfast included, one welcome dinner for 36

Could you also let us know your cancellation policy and whether an airport
shuttle can be arranged?

Best regards,

Wataru Hakamada
Secretariat, Hinode Sangyo Employees' Mutual Aid Society
4-12-8 Higashi-Shinagawa, Shinagawa-ku, Tokyo 140-0002, Japan
Tel: +81-3-5479-2210
""" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English group-rate inquiry with signature and standard disclaimer; no personal data",
},
{
    "id": "gojokai-071",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": [TRAVEL],
    "subject": "参加者一覧（最終版）の送付",
    "body": """旅路トラベル 法人団体課 ご担当者様

お世話になっております。矢萩です。
参加者一覧の最終版をお送りします。キャンセル2名を反映しています。

ファイルが開けない場合はご連絡ください。
""" + SIG_YAHAGI,
    "attachments": [{"kind": "corrupt", "name": "参加者一覧_最終.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "attached XLSX is corrupt and cannot be inspected",
},
{
    "id": "gojokai-072",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [GIFT],
    "subject": "永年勤続記念品 カタログの選定について",
    "body": """ギフトプラザ千草
間宮様

お世話になっております。互助会事務局の袴田です。
来年度の永年勤続記念品について、以下のカタログで進めたいと思います。

　勤続10年　：カタログ「彩」　　 品番 CG-A10　 10,800円　× 48冊
　勤続20年　：カタログ「雅」　　 品番 CG-M30　 32,400円　× 21冊
　勤続30年　：カタログ「極」　　 品番 CG-K50　 54,000円　×  9冊
　のし　　　：「御祝」　名入れ：日の出産業社員互助会

納品は3月13日、本社7Fへ一括でお願いします。
お見積書（正式版）をお送りいただけますでしょうか。
""" + SIG_HAKAMADA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "catalogue choice with product codes, prices and quantities",
},
{
    "id": "gojokai-073",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": [KAWADEN],
    "subject": "弊会の指定取引先一覧（葬祭・生花・弔電）",
    "body": """川崎電機 互助会事務局 ご担当者様

先日お話しした件、弊会で慶弔時に利用している取引先の一覧をお送りします。
いずれも法人契約で請求書払いに対応しています。

ご参考になれば幸いです。
""" + SIG_HAKAMADA,
    "attachments": [{
        "kind": "xls", "name": "指定取引先一覧.xls",
        "sheets": {"取引先": [
            ["区分", "会社名", "所在地", "代表電話", "窓口"],
            ["葬祭", "平安セレモニー株式会社 川崎営業所", "神奈川県川崎市幸区大宮町1-5", "044-511-0042", "法人担当"],
            ["葬祭", "セレモニーホール花園", "埼玉県熊谷市石原2-118", "048-521-3377", "受付"],
            ["生花", "花工房りんどう", "神奈川県川崎市中原区小杉町3-246", "044-522-8130", "葬祭部"],
            ["生花", "フラワーショップ野ばら", "長野県松本市中央2-9-4", "0263-33-1187", "店舗"],
            ["弔電", "でんぽう堂", "東京都港区芝5-29-11", "03-6453-2000", "法人窓口"],
            ["返礼品", "ギフトプラザ千草", "東京都中央区日本橋室町1-8-2", "03-3241-5520", "法人営業"],
        ]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "XLS list of businesses (funeral homes, florists) with office addresses and switchboards; no people",
},
{
    "id": "gojokai-074",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": [GIFT],
    "subject": "記念品の名入れ（勤続30年の方）",
    "body": """間宮様

お世話になっております。矢萩です。
勤続30年の方への記念品（置時計）の名入れ内容です。
刻印は「祝 勤続三十年　氏名　日の出産業社員互助会」でお願いします。

　氏名　　　　所属　　　　　勤続
　能登谷 勝　 技術部　　　　３０年
　小田桐 修　 品質保証部　　３０年
　樋渡 広海　 総務部　　　　３１年
　蛭間 敏行　 製造部　　　　３０年
　江藤 龍之介 熊本営業所　　３２年

字体は楷書体でお願いします。
""" + SIG_YAHAGI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five names with department and years of service for engraving: employee attributes of 5 people, but no contact data",
},
{
    "id": "gojokai-075",
    "charset": "utf-8",
    "sender": YAHAGI,
    "to": [GIFT],
    "subject": "結婚祝い品の直送（3件）",
    "body": """間宮様

お世話になっております。矢萩です。
結婚祝い品（ペアグラス・品番 WG-220）の直送を3件お願いします。

■鬼頭 雄介 様
　〒140-0004 東京都品川区南品川3-6-21-702
　TEL 090-4122-8836
■舛添 亜希 様
　〒870-0937 大分県大分市南津留9-40 メゾン南津留105
　TEL 080-4477-1352
■沓掛 大輔 様
　〒146-0082 東京都大田区池上8-4-11 コーポ池上203
　TEL 090-6128-4405

のしは「寿」、贈り主は「日の出産業社員互助会」でお願いします。
""" + SIG_YAHAGI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three delivery addresses (fewer than five people): may warn, must not be held",
},
# ---------------------------------------------------------------- 076-100 health insurance society, clinic, union, vendors, wrap-up
{
    "id": "gojokai-076",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [KENPO],
    "subject": "付加給付との調整資料（パスワード付PDF）",
    "body": """日の出産業健康保険組合 給付係 ご担当者様

お世話になっております。社員互助会事務局の袴田です。
互助会の医療費補助と健保の付加給付の重複確認用資料をお送りします。
PDFにはパスワードを設定しています。パスワードは社内チャットでお送りします。

よろしくお願いいたします。
""" + SIG_HAKAMADA,
    "attachments": [{"kind": "pdf", "name": "医療費補助_重複確認_2025上期.pdf", "password": "kenpo2025",
                     "lines": ["医療費補助 重複確認リスト（2025年度上期）", "対象：互助会医療費補助 申請者"],
                     "table": [["会員番号", "補助額"], ["G20155", "30,000"], ["G19856", "12,000"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to the (external-domain) health insurance society: cannot be scanned",
},
{
    "id": "gojokai-077",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": [KENPO],
    "subject": "障害児扶養見舞金の支給に関する照会",
    "body": """給付係 ご担当者様

お世話になっております。互助会事務局の袴田です。
互助会の障害児扶養見舞金の申請があり、健保側の被扶養者認定状況を確認させてください。

　会員　　：我妻 千夏（技術部）
　対象児　：我妻 蒼（長男）　2019年5月3日生
　内容　　：自閉スペクトラム症の診断により療育手帳（B2）を2025年10月に取得
　確認事項：被扶養者としての認定継続の有無、医療費助成との関係

ご本人からは、健保への照会について同意をいただいております。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's developmental-disability diagnosis and 療育手帳 (要配慮) to the kenpo's external domain",
},
{
    "id": "gojokai-078",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": ["健康保険組合 保健事業課 <hokenjigyo@hinode-kenpo.or.jp>"],
    "subject": "健康セミナー共催の件",
    "body": """保健事業課 ご担当者様

お世話になっております。社員互助会の矢萩です。
2月の健康セミナー（テーマ：睡眠と生活習慣）を互助会と共催する件、
互助会の理事会で承認されました。

　日時：2026年2月26日（木）12:10〜12:50（昼休み・オンライン併用）
　講師：外部講師1名（健保組合様にて手配）
　費用：講師謝金は健保組合様、会場・配信は互助会で負担
　告知：社内ポータルと互助会報に掲載

告知文の案ができましたらお送りします。
""" + SIG_YAHAGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "co-hosting a health seminar; no individual health data",
},
{
    "id": "gojokai-079",
    "charset": "cp932",
    "sender": YAHAGI,
    "to": [CLINIC],
    "subject": "人間ドック 1月受診分の予約依頼（互助会補助対象者）",
    "body": """医療法人あおぞら会 健診センター 予約係 御中

いつもお世話になっております。日の出産業社員互助会の矢萩です。
互助会補助による人間ドックの1月受診分について、予約をお願いいたします。
（氏名,カナ,生年月日,性別,電話,第1希望日,コース）

辻堂 あかり,ツジドウ アカリ,1994/06/02,女,070-4419-2038,1/13,基本+婦人科
蛭間 敏行,ヒルマ トシユキ,1963/01/08,男,090-3305-1827,1/14,基本+脳ドック
小田桐 修,オダギリ オサム,1975/12/01,男,090-3672-5581,1/14,基本
御園生 葵,ミソノウ アオイ,1998/12/03,女,080-6612-0473,1/20,基本+婦人科
芦刈 俊之,アシカリ トシユキ,1984/03/29,男,090-2201-7746,1/21,基本
樋渡 広海,ヒワタシ ヒロミ,1974/07/11,男,080-3502-7718,1/22,基本+胃カメラ
宇佐美 迅,ウサミ ジン,1998/09/25,男,080-7714-3302,1/27,基本
能登谷 房江,ノトヤ フサエ,1971/02/26,女,080-5537-1121,1/28,基本+婦人科

請求は従来どおり、互助会補助分（2万円）を互助会宛、残額を本人宛でお願いします。
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "comma-separated list of 8 members with birth dates and phones to the clinic",
},
{
    "id": "gojokai-080",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": [CLINIC],
    "subject": "精密検査の予約について（熊谷様）",
    "body": """健診センター 予約係 ご担当者様

お世話になっております。互助会の矢萩です。
10月に貴センターで人間ドックを受診した熊谷 沙耶さん（製造部）が、
判定「Ｄ２：要精密検査（肝機能・腹部超音波で肝腫瘤疑い）」となりました。

互助会の再検査補助を利用して、貴センターでの精密検査を希望されています。
平日午前でご予約可能な日をご本人にご連絡いただけますでしょうか。

　連絡先：熊谷 沙耶 様　携帯 090-6657-0381（日中つながりやすいとのことです）
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health-check result (要精密検査, suspected liver tumour) of a named member sent out",
},
{
    "id": "gojokai-081",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": [CLINIC],
    "subject": "Re: 2026年度 人間ドック契約料金のご案内",
    "body": """あおぞら会 健診センター ご担当者様

料金表をお送りいただき、ありがとうございます。
基本コースの改定（42,900円→44,000円）は承知しました。
互助会の補助額（1人2万円）は据え置きの予定です。

契約書の更新版は押印のうえ、1月中に返送いたします。

仁科

> 2026年度の契約料金を下記のとおりご案内いたします。
>   基本コース         44,000円
>   脳ドック（追加）   27,500円
>   婦人科（追加）      8,800円
>   胃カメラ変更        5,500円
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price list reply; no people",
},
{
    "id": "gojokai-082",
    "charset": "cp932",
    "sender": NISHINA,
    "to": [ROSO],
    "subject": "2026年度 互助会予算案（組合との事前協議用）",
    "body": """書記長様

お疲れさまです。互助会会計の仁科です。
来週の事前協議に向けて、2026年度予算案をお送りします。
会費改定後の試算と、据え置きの場合の試算の2シートです。

よろしくお願いします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "xlsx", "name": "2026予算案_事前協議.xlsx",
        "page_header": "Confidential",
        "sheets": {
            "改定後": [["2026年度 予算案（会費1,500円）"], ["科目", "金額"],
                      ["会費収入", 51300000], ["会社補助金", 20000000], ["慶弔給付費", 19800000],
                      ["保養旅行補助", 6000000]],
            "据え置き": [["2026年度 予算案（会費1,200円）"], ["科目", "金額"],
                       ["会費収入", 41040000], ["会社補助金", 20000000], ["慶弔給付費", 18200000],
                       ["保養旅行補助", 4500000]],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "budget XLSX with a 'Confidential' page header sent to the union's external domain",
},
{
    "id": "gojokai-083",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": [ROSO],
    "subject": "転送: 川崎電機互助会の慶弔金額（参考）",
    "body": """書記長様

お疲れさまです。互助会の袴田です。
規程改定の参考として、川崎電機さんの互助会から金額表をいただきましたので
転送します（先方には組合と共有する旨了承済みです）。

---------- 転送メッセージ ----------
From: 川崎電機 互助会事務局 <gojo@kawasaki-denki.co.jp>
件名: 弊会の慶弔金額について

日の出産業社員互助会 袴田様

ご依頼の件、弊会の主な給付額は以下のとおりです。

　結婚祝金　　　　　　　　30,000円
　出産祝金（1子につき）　　20,000円
　弔慰金（会員本人）　　 300,000円
　弔慰金（配偶者）　　　 100,000円
　傷病見舞金（入院14日超）20,000円
　災害見舞金（全壊）　　 300,000円

ご参考になれば幸いです。
川崎電機 人事総務部 互助会事務局
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of another society's benefit amounts table: new text but no personal data",
},
{
    "id": "gojokai-084",
    "charset": "utf-8",
    "sender": WANIBUCHI,
    "to": [ROSO, KAWADEN, SHAROSHI],
    "subject": "慶弔規程に関する意見交換会のご案内",
    "body": """関係各位

お世話になっております。日の出産業 厚生課の鰐淵です。
互助会の慶弔規程改定にあたり、意見交換会を開催します。

  日時：2026年1月15日（木）15:00〜16:30
  場所：日の出産業 本社7F 第1会議室（オンライン参加可）
  出席：日の出産業労働組合、川崎電機 互助会事務局、社労士法人みちしお、当社厚生課

事前資料は1月9日に送付いたします。
出欠を1月8日までにお知らせください。
""" + SIG_WANIBUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (union, partner society, 社労士) in To together",
},
{
    "id": "gojokai-085",
    "charset": "cp932",
    "sender": ISURUGI,
    "to": [LAW],
    "subject": "面談資料の送付（除名手続きの流れ）",
    "body": """東雲先生

お世話になっております。石動です。
明日の面談で使用する資料（除名手続きのフロー案）をお送りします。
事前にお目通しいただけますと幸いです。
""" + SIG_ISURUGI,
    "attachments": [{"kind": "corrupt", "name": "除名手続きフロー案.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "attached DOCX is corrupt (truncated/garbled): cannot be inspected",
},
{
    "id": "gojokai-086",
    "charset": "utf-8",
    "sender": YAHAGI,
    "to": [NISHIKI],
    "subject": "第58号 入稿データ（まとめ）",
    "body": """鬼頭様

お世話になっております。矢萩です。
第58号の入稿データ一式をZIPにまとめてお送りします。
（本文テキスト、写真12点、表紙データ）

容量が大きいため、受け取れない場合はお知らせください。
""" + SIG_YAHAGI,
    "attachments": [{"kind": "corrupt", "name": "hinode58_nyuko.zip"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "attached ZIP is corrupt and cannot be opened for inspection",
},
{
    "id": "gojokai-087",
    "charset": "iso-2022-jp",
    "sender": NISHINA,
    "to": ["錦印刷 経理課 <keiri@nishiki-insatsu.co.jp>"],
    "subject": "請求書の記載内容について（No.NI-251219-07）",
    "body": """錦印刷株式会社 経理課 ご担当者様

お世話になっております。日の出産業社員互助会の仁科です。
第58号の請求書を受領いたしました。

　請求書番号：NI-251219-07
　登録番号　：T7011001058342
　請求金額　：418,000円（税込）
　支払予定日：2026年1月30日

インボイスの記載事項に問題はございませんが、宛名を
「日の出産業株式会社 社員互助会」に統一していただけますと助かります。
次回以降でかまいません。

仁科
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice check with the printer's T-number (corporate number) and amounts; no people",
},
{
    "id": "gojokai-088",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": [AUDIT2],
    "subject": "弔慰金支給の社内決裁メールの写し",
    "body": """勅使河原様

お世話になっております。仁科です。
ご依頼の弔慰金支給の決裁経緯について、社内の決裁メールを
そのまま添付いたします。

よろしくお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "eml", "name": "決裁_弔慰金支給_2025上期.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": HAKAMADA,
            "to": [NISHINA],
            "cc": [ISURUGI],
            "subject": "【決裁】上期 弔慰金支給（6件）",
            "body": """仁科さん
（cc 石動事務局長）

上期の弔慰金6件、事務局長決裁済みです。振込手配をお願いします。

氏名　　　　続柄　　金額　　　振込先
熊谷 大河　 配偶者　100,000　東和信用組合 本店 普通1049275
一口 真由美 実母　　 30,000　みどり銀行 品川 普通5560183
蛭間 敏行　 実父　　 30,000　みどり銀行 大井町 普通3197702
江藤 龍之介 義母　　 10,000　肥後中央銀行 本店 普通6604418
日隈 修平　 祖母　　  5,000　豊の国銀行 府内 普通2281930
左右田 真琴 実父　　 30,000　ひかり銀行 横浜 普通4470316

袴田
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "attached internal mail (.eml) lists 6 members with bank accounts; sent to the auditor",
},
{
    "id": "gojokai-089",
    "charset": "cp932",
    "sender": NISHINA,
    "to": [AUDIT1],
    "subject": "監査報告書受領と指摘事項への対応について",
    "body": """税理士法人さかき会計
祖父江様

お世話になっております。日の出産業社員互助会の仁科です。
このたびは監査報告書をお送りいただき、ありがとうございました。

ご指摘いただいた2点について、対応方針をご報告します。

　1. 申請から支給までの日数のばらつき
　　→ 毎月20日締め・25日支給に統一し、規程に明記します。
　2. 供花代の証憑（納品書）の欠落
　　→ 生花店に納品書の同封を依頼し、請求書とセットで保管します。

次年度も引き続きよろしくお願いいたします。
""" + SIG_NISHINA + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "audit follow-up with the standard 機密情報 disclaimer at the end (not a marking)",
},
{
    "id": "gojokai-090",
    "charset": "iso-2022-jp",
    "sender": HAKAMADA,
    "to": [SHAROSHI],
    "subject": "11月 会員家族異動の一覧（扶養手続き確認用）",
    "body": """栗花落先生

お世話になっております。袴田です。
11月に互助会へ届出のあった家族異動の一覧をPDFでお送りします。
会社側の扶養手続きと漏れがないか、突合をお願いできますでしょうか。
""" + SIG_HAKAMADA,
    "attachments": [{
        "kind": "pdf", "name": "家族異動一覧_202511.pdf",
        "title": "会員家族異動一覧 2025年11月",
        "lines": ["日の出産業社員互助会 会員家族異動一覧（2025年11月届出分）", ""],
        "table": [["会員氏名", "社員番号", "異動", "家族氏名", "続柄", "生年月日", "異動日"],
                  ["纐纈 啓太", "H11907", "追加", "纐纈 ひまり", "長女", "R7.8.21", "2025/08/21"],
                  ["御園生 葵", "H13102", "追加", "御園生 湊", "長男", "R7.9.2", "2025/09/02"],
                  ["仙波 ゆかり", "H11452", "追加", "仙波 紬", "次女", "R7.10.11", "2025/10/11"],
                  ["沓掛 大輔", "H12871", "追加", "沓掛 葉月", "妻", "H11.4.4", "2025/11/22"],
                  ["熊谷 大河", "H07342", "削除", "熊谷 佳代子", "妻", "S48.6.17", "2025/10/30"],
                  ["鬼頭 雄介", "H10482", "追加", "鬼頭 千尋", "妻", "H7.1.30", "2025/09/14"]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PDF table of 6 family changes with names and 和暦 birth dates to the outside 社労士",
},
{
    "id": "gojokai-091",
    "charset": "utf-8",
    "sender": YAHAGI,
    "to": [SHINGU],
    "subject": "斡旋販売 カード払い申込の取次ぎ",
    "body": f"""夢ごこち寝具株式会社 法人販売部 ご担当者様

お世話になっております。日の出産業社員互助会の矢萩です。
冬の斡旋販売で、カード払いを希望する会員の申込書が届きましたので取次ぎます。

  申込者    ：蛭間 敏行（ひるま としゆき）
  商品      ：羽毛掛けふとん シングル（品番 YG-D520）1点 59,800円
  配送先    ：〒143-0016 東京都大田区大森北6-13-2
  電話      ：090-3305-1827
  カード番号：{card_number(SEED + 52)}
  有効期限  ：11/27
  支払回数  ：1回

よろしくお願いいたします。
""" + SIG_YAHAGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a member's credit card number with name, address and phone relayed to the vendor",
},
{
    "id": "gojokai-092",
    "charset": "cp932",
    "sender": YAHAGI,
    "to": [SHINGU],
    "subject": "冬の斡旋販売 申込集計（締切分）",
    "body": """夢ごこち寝具 法人販売部 ご担当者様

お世話になっております。矢萩です。
冬の斡旋販売の申込を締め切りましたので、商品別の集計をお送りします。

　品番　　　商品名　　　　　　　　　　数量　　金額
　YG-D520　羽毛掛けふとん S　　　　　　14　　837,200
　YG-D530　羽毛掛けふとん SD　　　　　　6　　430,800
　YP-M100　まくら（高さ調整）　　　　　22　　143,000
　YB-W300　ウール敷パッド S　　　　　　 9　　116,100
　合計　　　　　　　　　　　　　　　　 51　1,527,100

配送は会社一括（本社1F受付）分が44点、個人宅直送分が7点です。
直送分の配送先は、別途ご案内の方法で登録いたします。
""" + SIG_YAHAGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "order totals by product code; no individual",
},
{
    "id": "gojokai-093",
    "charset": "iso-2022-jp",
    "sender": YAHAGI,
    "to": [SHINGU],
    "subject": "個人宅直送分の配送先（追加4件）",
    "body": """夢ごこち寝具 法人販売部 ご担当者様

矢萩です。個人宅直送のうち、Webフォームに登録できなかった4件をお知らせします。

・我妻 千夏 様　〒146-0092 東京都大田区下丸子1-7-22-305　090-8806-4412　YG-D530
・辻堂 あかり 様　〒213-0001 神奈川県川崎市高津区溝口3-12-5　070-4419-2038　YP-M100×2
・樋渡 広海 様　〒146-0082 東京都大田区池上6-30-12　080-3502-7718　YB-W300
・宇佐美 迅 様　〒141-0032 東京都品川区大崎2-9-16-501　080-7714-3302　YG-D520

代金は給与天引きのため、請求は互助会宛でお願いします。
""" + SIG_YAHAGI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four delivery addresses (below the five-person list threshold): may warn, not hold",
},
{
    "id": "gojokai-094",
    "charset": "utf-8",
    "sender": NISHINA,
    "to": [YUIMARU],
    "subject": "1月度 会員数のご報告と請求について",
    "body": """ゆいまーるベネフィット株式会社 契約管理 ご担当者様

お世話になっております。日の出産業社員互助会の仁科です。
1月1日時点の会員数をご報告いたします。

  契約番号      YB-0027714
  会員数        1,184名（前月比 +6名／入会9名・退会3名）
  月額単価      380円（税別）
  1月分請求額   449,920円（税別）

請求書は従来どおり互助会宛にPDFでお送りください。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "headcount and billing figures only",
},
{
    "id": "gojokai-095",
    "charset": "cp932",
    "sender": HAKAMADA,
    "to": [YUIMARU],
    "subject": "新規会員のID発行依頼（1月入会分）",
    "body": """ゆいまーるベネフィット 契約管理 ご担当者様

お世話になっております。互助会事務局の袴田です。
1月入会の会員について、福利厚生サービスのID発行をお願いします。
登録用CSVをZIPで添付します（パスワードはかけていません）。
ログイン案内は各自の個人メールアドレス宛に送付をお願いします。
""" + SIG_HAKAMADA,
    "attachments": [{
        "kind": "zip", "name": "new_members_202601.zip",
        "files": [{"kind": "csv", "name": "new_members_202601.csv", "encoding": "cp932",
                   "rows": [["社員番号", "氏名", "氏名カナ", "生年月日", "連絡先メール"],
                            ["H13901", "祖父江 蓮", "ソブエ レン", "2001/06/11", "ren.sobue0611@gmail.com"],
                            ["H13902", "鷲見 菜々子", "スミ ナナコ", "2002/02/28", "nanako_sumi@yahoo.co.jp"],
                            ["H13903", "乙部 陸斗", "オトベ リクト", "2000/12/17", "rikuto.otobe@icloud.com"],
                            ["H13904", "百武 さくら", "ヒャクタケ サクラ", "2003/03/05", "sakura.hyakutake@outlook.jp"],
                            ["H13905", "真壁 颯", "マカベ ハヤテ", "1999/07/22", "makabe.hayate@gmail.com"],
                            ["H13906", "城之内 結衣", "ジョウノウチ ユイ", "2001/09/30", "yui-jonouchi@docomo.ne.jp"],
                            ["H13907", "鮫島 大和", "サメジマ ヤマト", "1997/04/14", "yamato.samejima@gmail.com"],
                            ["H13908", "雲母 澪", "キララ ミオ", "2002/11/08", "mio.kirara@icloud.com"],
                            ["H13909", "豊留 晃", "トヨドメ アキラ", "1996/05/01", "akira_toyodome@yahoo.co.jp"]]}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP (no password) with a CSV of 9 new members' birth dates and private e-mail addresses",
},
{
    "id": "gojokai-096",
    "charset": "iso-2022-jp",
    "sender": ISURUGI,
    "to": ["監事 芦刈 俊之 <t-ashikari@hinode-sangyo.co.jp>"],
    "cc": ["東海林 秀昭 <h-shoji@hinode-sangyo.co.jp>"],
    "subject": "第3回理事会 議事録（案）",
    "body": """芦刈監事
（cc 東海林会長）

お疲れさまです。石動です。
第3回理事会の議事録案を添付します。
個別案件の審議部分（非公開）を含みますので、取扱いにご注意ください。
修正があれば12月12日までにお知らせください。
""" + SIG_ISURUGI,
    "attachments": [{
        "kind": "docx", "name": "第3回理事会議事録_案.docx",
        "page_header": "部外秘",
        "paragraphs": ["日の出産業社員互助会 第3回理事会 議事録（案）",
                       "日時：2025年11月19日 16:00〜17:20　場所：本社7F 第2会議室",
                       "第1号議案 休業見舞金の支給について",
                       "四月一日 翔 会員（技術部）は、うつ病により8月18日から休職中。規程案第18条の先行適用として、"
                       "休業見舞金2万円を支給することを承認した。",
                       "第2号議案 会員の処分について",
                       "籾山 拓海 会員（物流部）の逮捕報道を受け、処分は弁護士の見解を得てから審議することとした。"],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "minutes with diagnosis and arrest of named members, marked 部外秘, but all recipients are internal",
},
{
    "id": "gojokai-097",
    "charset": "iso-2022-jp",
    "sender": WANIBUCHI,
    "to": [KAWADEN],
    "subject": "【極秘】互助会統合の検討資料",
    "body": """川崎電機 互助会事務局 ご担当者様

お世話になっております。鰐淵です。
先日の打合せでお話しした、両社互助会の統合に関する検討資料をお送りします。
まだ両社の経営層の一部にしか共有されていない段階ですので、
お取扱いにはくれぐれもご注意ください。
""" + SIG_WANIBUCHI,
    "attachments": [{
        "kind": "pptx", "name": "互助会統合_検討資料_v1.pptx",
        "title": "互助会統合 検討資料（極秘）",
        "page_footer": "極秘 / Strictly Confidential",
        "slides": [["互助会統合の検討", "日の出産業社員互助会 × 川崎電機互助会", "2025年12月 厚生課"],
                   ["統合の目的", "給付水準の平準化", "事務コスト削減（年間約800万円）", "保養施設の相互利用"],
                   ["スケジュール案", "2026年6月 基本合意", "2027年4月 新互助会発足"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject 【極秘】 and PPTX footer '極秘 / Strictly Confidential' sent to a partner company",
},
{
    "id": "gojokai-098",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": [TSUBASA],
    "subject": "移行計画書の差し替え版",
    "body": """小鳥遊様

お世話になっております。互助会事務局の袴田です。
先日お渡しした移行計画書は、社内向けの版（表紙に「社外秘」と入っていたもの）
でしたので、社外提出用に体裁を整えた版に差し替えさせてください。
内容に変更はございません。お手元の旧版は破棄していただけますと助かります。
""" + SIG_HAKAMADA,
    "attachments": [{"kind": "pdf", "name": "会員管理システム移行計画書_提出版.pdf",
                     "title": "会員管理システム移行計画書",
                     "lines": ["日の出産業社員互助会 会員管理システム移行計画書", "1. 現行システムの課題",
                               "2. 移行スケジュール（2026年4月〜7月）", "3. データ移行方針（テストデータはダミーを使用）",
                               "4. 体制：互助会事務局2名、ツバサシステム3名"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mentions a previous 社外秘 version; the mail and the new PDF carry no marking",
},
{
    "id": "gojokai-099",
    "charset": "cp932",
    "sender": NISHINA,
    "to": [BANK],
    "cc": [AUDIT1],
    "subject": "残高確認状のご回答のお願い（監査用）",
    "body": """みどり銀行 品川支店 小此木様
（cc：税理士法人さかき会計 祖父江様）

いつもお世話になっております。日の出産業社員互助会の仁科です。

当会の決算監査にあたり、監査人のさかき会計様より残高確認状が
貴行宛に郵送されます。恐れ入りますが、ご回答は監査人宛に直接
ご返送いただけますようお願い申し上げます。

　確認基準日：2026年3月31日
　対象　　　：当会名義の普通預金・定期預金

ご不明点は仁科までお問い合わせください。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "bank and auditor (two external organisations) in To/Cc for a balance confirmation; no personal data",
},
{
    "id": "gojokai-100",
    "charset": "utf-8",
    "sender": HAKAMADA,
    "to": ["日隈 修平 <hinokuma.shuhei@gmail.com>",
           "阿蘇品 美保 <asoshina-miho@ezweb.ne.jp>",
           "江藤 龍之介 <ryu.eto.0720@softbank.ne.jp>"],
    "subject": "災害見舞金のお振込みについて",
    "body": """被災された会員の皆さま

日の出産業社員互助会 事務局の袴田です。
このたびの豪雨により被災された皆さまに、心よりお見舞い申し上げます。

会社のメールが使えない方がいらっしゃると伺い、ご登録の個人アドレスへご連絡しています。
災害見舞金は、10月24日（金）に給与振込口座へお振込みいたします。
申請書の原本は、落ち着かれてからで結構ですので営業所総務へご提出ください。

何かお困りのことがあれば、互助会窓口（03-5479-2210）までご連絡ください。
""" + SIG_HAKAMADA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three members' private addresses (three parties) visible to each other in To",
},
]
