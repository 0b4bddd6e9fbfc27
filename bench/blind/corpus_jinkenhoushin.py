"""Blind evaluation corpus, area "jinkenhoushin": human-rights due diligence in the supply
chain as Hinode Sangyo's sustainability, procurement, legal and HR staff really mail it to
outsiders (supplier audits and audit firms, worker interviews and interpreters, grievance
reports, foreign workers' conditions at suppliers, supervising organisations, NGO inquiries,
customers' questionnaires, corrective action plans), including the ordinary mail that must
go and its near misses. Written blind from bench/blind/BRIEF.md (and SPEC.md names) only,
without reading mailguard's code; every person, number and address is invented."""

from build import card_number, my_number

SEED = 60601


def _fw(s):
    """ASCII digits and hyphens to full-width, as some staff type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _sp(s):
    """A 12-digit number in groups of four."""
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _cd(s):
    """A 16-digit card number in groups of four, hyphenated."""
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


SIG_ONODERA = """
--------------------------------------------------
日の出産業株式会社
サステナビリティ推進部 人権・環境グループ
小野寺 真理子（おのでら まりこ）
〒103-0027 東京都中央区日本橋3-8-14 日の出ビル7階
TEL：03-5202-7741（直通）　FAX：03-5202-7749
Mail：onodera.mariko@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_HAMAGUCHI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 調達本部 サプライヤー管理課
浜口 健太（Hamaguchi Kenta）
〒103-0027 東京都中央区日本橋3-8-14
TEL 03-5202-7760 ／ 携帯 080-4417-2290
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_IWASA_EN = """
Best regards,

Yuki Iwasa
Human Rights Due Diligence Lead, Sustainability Department
Hinode Sangyo Co., Ltd.
Hinode Bldg. 7F, 3-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5202-7743 | iwasa.yuki@hinode-sangyo.co.jp"""

SIG_IWASA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　サステナビリティ推進部
人権デューディリジェンス担当　岩佐 由紀
TEL 03-5202-7743
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MIKAMI = """
--
日の出産業（株） 調達部 原材料調達課
三上 亮
〒103-0027 東京都中央区日本橋3-8-14
TEL:03-5202-7765 FAX:03-5202-7769"""

SIG_TSUKUI = """
______________________________
日の出産業株式会社 法務部
津久井 直子
TEL 03-5202-7710（代表）内線 2183
______________________________"""

SIG_KURAMOCHI = """
Kind regards,
Daisuke Kuramochi
Overseas Sourcing Group, Procurement Division
Hinode Sangyo Co., Ltd. (Tokyo, Japan)
Phone +81-3-5202-7768 / Mobile +81-90-6631-0472"""

SIG_MUTO = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
CSR室 室長　武藤 哲也
〒103-0027 東京都中央区日本橋３－８－１４
ＴＥＬ：０３－５２０２－７７００
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡いただくとともに、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised use, disclosure or copying is prohibited."""

MESSAGES = []

MESSAGES += [
    {
        "id": "jinkenhoushin-001",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["監査部 片桐様 <katagiri.jun@sustena-assurance.co.jp>"],
        "subject": "北国フーズ石狩工場 社会監査（11/18-19）事前資料の送付",
        "body": """株式会社サステナアシュアランス
監査部　片桐 様

いつもお世話になっております。日の出産業の小野寺です。

11月18日・19日に実施いただく北国フーズ様 石狩工場の社会監査につきまして、
インタビュー対象者の抽出用として、同工場で就労中の技能実習生の名簿を
先方よりお預かりしましたので、添付にてお送りいたします。

・名簿は「実習生名簿」シート、勤務シフトは「シフト」シートにございます。
・対象者の抽出は貴社にてランダムにお願いできればと存じます。
・当日の通訳手配は弊社で行います。

ご確認のほど、よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {"kind": "xlsx", "name": "石狩工場_技能実習生名簿_2025.xlsx",
             "sheets": {
                 "実習生名簿": [
                     ["北国フーズ株式会社 石狩工場　技能実習生名簿（2025年10月末現在）"],
                     [],
                     ["No", "氏名（ローマ字）", "国籍", "生年月日", "入国日", "区分", "ライン", "携帯電話"],
                     [1, "NGUYEN VAN THANH", "ベトナム", "1999/03/14", "2023/06/02", "2号", "鮭フレーク", "080-3391-4027"],
                     [2, "TRAN THI HOA", "ベトナム", "2001/07/02", "2023/06/02", "2号", "鮭フレーク", "080-3391-5518"],
                     [3, "LE THI NGOC ANH", "ベトナム", "2000/11/23", "2024/01/19", "1号", "いくら選別", "070-2284-0916"],
                     [4, "PHAM VAN HUNG", "ベトナム", "1997/05/30", "2022/10/07", "3号", "冷凍", "090-7714-3302"],
                     [5, "HOANG THI THU", "ベトナム", "2002/02/08", "2024/01/19", "1号", "いくら選別", "070-2284-1187"],
                     [6, "Siti Rahmawati", "インドネシア", "1998/09/17", "2023/03/24", "2号", "包装", "080-6602-7419"],
                     [7, "Dewi Lestari", "インドネシア", "2000/04/05", "2023/03/24", "2号", "包装", "080-6602-7731"],
                     [8, "Wahyu Nugroho", "インドネシア", "1996/12/11", "2022/08/30", "3号", "冷凍", "090-1123-8864"],
                     [9, "DO MINH TUAN", "ベトナム", "1999/08/21", "2023/06/02", "2号", "冷凍", "080-3391-6045"],
                     [10, "VU THI LAN", "ベトナム", "2003/01/29", "2024/07/12", "1号", "鮭フレーク", "070-5531-2208"],
                     [11, "Eka Saputri", "インドネシア", "2001/10/03", "2024/07/12", "1号", "包装", "070-5531-2694"],
                     [12, "BUI VAN KHOA", "ベトナム", "1998/06/16", "2022/10/07", "3号", "冷凍", "090-7714-3950"],
                 ],
                 "シフト": [
                     ["ライン", "早番", "遅番", "休日"],
                     ["鮭フレーク", "6:00-15:00", "13:00-22:00", "日・水"],
                     ["いくら選別", "7:00-16:00", "-", "日"],
                     ["冷凍", "5:00-14:00", "14:00-23:00", "シフト制"],
                     ["包装", "8:00-17:00", "-", "土・日"],
                 ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "12 technical interns' roster (names, dates of birth, mobiles) in an XLSX to an outside audit firm: list of people",
    },
    {
        "id": "jinkenhoushin-002",
        "charset": "utf-8",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["Pham Thu Trang <trang.pham.tsuyaku@gmail.com>"],
        "subject": "Re: 11/19 通訳のご依頼（北国フーズ石狩工場 面談）",
        "body": """ファム様

お引き受けいただきありがとうございます。岩佐です。
当日の面談予定者と時間割をお送りします。前日に本人へ確認の電話を
入れていただけると助かります（ベトナム語で短く、とのことでしたので）。

時間    氏名                  ライン        連絡先
------  --------------------  ------------  -------------
09:30   NGUYEN VAN THANH      鮭フレーク    080-3391-4027
10:10   TRAN THI HOA          鮭フレーク    080-3391-5518
10:50   PHAM VAN HUNG         冷凍          090-7714-3302
13:00   HOANG THI THU         いくら選別    070-2284-1187
13:40   DO MINH TUAN          冷凍          080-3391-6045
14:20   VU THI LAN            鮭フレーク    070-5531-2208

面談は工場2階の会議室B（会社側の同席なし）で行います。
交通費・謝礼は前回と同じ条件でお願いします。

岩佐
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "interview timetable of six workers with their mobiles in the body, to a freelance interpreter on gmail: list of people",
    },
    {
        "id": "jinkenhoushin-003",
        "charset": "cp932",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["hamaguchi.kenta@hinode-sangyo.co.jp"],
        "bcc": ["eigyo@kitaguni-foods.co.jp", "soumu@nishiki-insatsu.co.jp",
                "purchasing@kawasaki-denki.co.jp", "info@marufuji-seika.co.jp",
                "sales@tohoku-pack.co.jp", "jimu@kanazawa-hosei.jp"],
        "subject": "【ご協力のお願い】2025年度 サプライヤー人権・労働セルフアセスメント（SAQ）",
        "body": """お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 調達本部でございます。

弊社は「日の出産業グループ人権方針」に基づき、毎年お取引先様に
人権・労働に関するセルフアセスメント（SAQ）へのご回答をお願いしております。
本年度も添付の質問票にご記入のうえ、12月12日（金）までにご返信ください。

■設問数：42問（強制労働・児童労働・労働時間・賃金・安全衛生・外国人材・救済窓口）
■所要時間：約40分
■ご回答内容は、弊社の調達活動における評価・改善支援の目的にのみ利用いたします。

※本メールはBCCにて一斉にお送りしております。
ご不明点は下記までお問い合わせください。
""" + SIG_HAMAGUCHI,
        "attachments": [
            {"kind": "xlsx", "name": "SAQ_2025_人権労働.xlsx",
             "sheets": {
                 "記入方法": [["2025年度 サプライヤー人権・労働セルフアセスメント"],
                           ["回答欄（D列）に「はい／いいえ／該当なし」を選択し、E列に補足をご記入ください。"]],
                 "設問": [
                     ["No", "分野", "設問", "回答", "補足"],
                     [1, "強制労働", "従業員の旅券・在留カードを会社が保管していませんか。", "", ""],
                     [2, "強制労働", "採用に際し、従業員が手数料・保証金を負担していませんか。", "", ""],
                     [3, "児童労働", "18歳未満の者を危険有害業務に就かせていませんか。", "", ""],
                     [4, "労働時間", "36協定の上限を超える時間外労働はありませんか。", "", ""],
                     [5, "賃金", "最低賃金以上の賃金を、全額・毎月支払っていますか。", "", ""],
                     [6, "外国人材", "技能実習生・特定技能外国人に母国語の相談窓口を案内していますか。", "", ""],
                     [7, "救済", "従業員・外部者が匿名で通報できる窓口がありますか。", "", ""],
                 ],
                 "会社情報": [["会社名", ""], ["所在地", ""], ["回答者部署・役職", ""], ["従業員数（うち外国籍）", ""]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "SAQ questionnaire to suppliers, all in Bcc, blank form: ordinary mail",
    },
    {
        "id": "jinkenhoushin-004",
        "charset": "utf-8",
        "sender": "四方田 彩 <yomoda.aya@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 菅原様 <sugawara.eri@kitaguni-foods.co.jp>"],
        "cc": ["onodera.mariko@hinode-sangyo.co.jp"],
        "subject": "渡航前費用（仲介手数料）補填分 振込先一覧のご確認",
        "body": """北国フーズ株式会社
総務部 菅原様

お世話になっております。日の出産業 経理部の四方田でございます。

是正計画（CAP-2025-07）に基づき、実習生の皆さまが送出機関に支払った
手数料の補填を御社経由で行う件、振込先一覧を添付いたします。
実習生ご本人の口座で相違ないか、御社にてご確認いただけますでしょうか。
（UTF-8のCSVです。Excelで開く際は「データ→テキストから」でお願いします）

確認が取れ次第、12/5付で御社口座へ一括でお振込みいたします。

--
日の出産業株式会社 経理部 四方田 彩
TEL 03-5202-7731
""",
        "attachments": [
            {"kind": "csv", "name": "fee_refund_list_CAP2025-07.csv", "encoding": "utf-8",
             "rows": [
                 ["No", "氏名", "金融機関", "支店", "種別", "口座番号", "口座名義（カナ）", "補填額（円）"],
                 ["1", "NGUYEN VAN THANH", "北洋みらい銀行", "石狩支店", "普通", "4471025", "グエン ヴァン タイン", "412000"],
                 ["2", "TRAN THI HOA", "北洋みらい銀行", "石狩支店", "普通", "4471198", "チャン ティ ホア", "398000"],
                 ["3", "PHAM VAN HUNG", "ゆうちょ銀行", "九〇八店", "普通", "1882034", "ファム ヴァン フン", "455000"],
                 ["4", "DO MINH TUAN", "北洋みらい銀行", "石狩支店", "普通", "4472260", "ド ミン トゥアン", "401500"],
                 ["5", "BUI VAN KHOA", "ゆうちょ銀行", "九〇八店", "普通", "1882551", "ブイ ヴァン コア", "455000"],
                 ["6", "Siti Rahmawati", "北洋みらい銀行", "石狩支店", "普通", "4473317", "シテイ ラフマワテイ", "287000"],
                 ["7", "Dewi Lestari", "北洋みらい銀行", "石狩支店", "普通", "4473402", "デウイ レスタリ", "287000"],
                 ["8", "Wahyu Nugroho", "ゆうちょ銀行", "九一八店", "普通", "2230874", "ワフユ ヌグロホ", "305000"],
                 ["9", "Eka Saputri", "北洋みらい銀行", "石狩支店", "普通", "4474015", "エカ サプトリ", "287000"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "nine workers' personal bank accounts in a CSV to a supplier (partner, still external): list of people",
    },
    {
        "id": "jinkenhoushin-005",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["菅原 恵理 <sugawara.eri@kitaguni-foods.co.jp>"],
        "subject": "社会監査の日程・当日の流れについて",
        "body": """北国フーズ株式会社
総務部　菅原 恵理 様

いつも大変お世話になっております。日の出産業の小野寺でございます。

先日お電話でご相談いたしました社会監査につきまして、下記のとおり
確定いたしましたのでご連絡申し上げます。

　日　時：2025年11月18日（火）9:00 ～ 19日（水）16:00
　場　所：御社 石狩工場（石狩市新港西）
　監査機関：株式会社サステナアシュアランス（監査員2名）
　弊社同行：小野寺、岩佐

【1日目】オープニング会議 → 工場・寮の巡回 → 書類確認（賃金台帳、出勤簿、36協定）
【2日目】従業員インタビュー（会社側の方は同席されないようお願いします）→ クロージング会議

ご準備いただく書類の一覧は、来週改めてお送りいたします。
ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "audit schedule to one supplier contact, no personal data: ordinary business mail",
    },
    {
        "id": "jinkenhoushin-006",
        "charset": "utf-8",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["株式会社マルヤマリテール サステナビリティ部 <sustainability@maruyama-retail.co.jp>"],
        "subject": "ご報告：委託先工場における労働災害の発生について",
        "body": """株式会社マルヤマリテール
サステナビリティ部 御中

平素より大変お世話になっております。日の出産業 CSR室の武藤でございます。

御社向けプライベートブランド商品（鮭フレーク瓶詰）の製造委託先である
北国フーズ株式会社 石狩工場において労働災害が発生いたしましたので、
取引基本契約第21条に基づき、取り急ぎご報告申し上げます。

１．発生日時　2025年10月27日（月）14時20分頃
２．被災者　　技能実習生　LE THI NGOC ANH（レ・ティ・ゴック・アイン）さん（24歳）
３．状況　　　いくら選別ラインの搬送コンベア清掃中、右手を巻き込まれる
４．負傷の程度　右手人差し指 第一関節より先を切断、札幌市内の病院に入院（全治約6週間）
５．対応　　　労働基準監督署への労働者死傷病報告は10/29に提出済み。
　　　　　　　監理団体・通訳同席のうえ、ご本人への説明を実施。

再発防止策（コンベアのインターロック設置、清掃時の停止手順の母国語掲示）は
是正計画として取りまとめ、11月中にご報告いたします。
""" + SIG_MUTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named intern's injury and hospitalisation reported to a customer: health data of one identifiable person",
    },
    {
        "id": "jinkenhoushin-007",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["移住者と働く人の権利ネット 事務局 <info@ijuu-net.or.jp>"],
        "subject": "Re: 貴社サプライチェーンにおける技能実習生の処遇についての質問状",
        "body": """特定非営利活動法人 移住者と働く人の権利ネット
事務局　御中

日の出産業株式会社 サステナビリティ推進部の岩佐でございます。
10月20日付の質問状をお送りいただき、ありがとうございました。
各ご質問について、現時点での弊社の回答を以下にお示しします。

> 1. 貴社の取引先で技能実習生を受け入れている事業所の数を教えてください。

国内一次取引先のうち、技能実習生・特定技能外国人を受け入れている事業所は
2025年9月末時点で23事業所です（SAQ回答ベース）。

> 2. 旅券の取り上げや、違約金の定めがないことをどのように確認していますか。

SAQでの自己申告に加え、リスクの高い事業所には第三者による社会監査を実施し、
従業員インタビューにより確認しています。2024年度は7事業所で実施しました。

> 3. 外国人労働者が母国語で相談できる窓口はありますか。

弊社グリーバンス窓口（Webフォーム）はベトナム語・インドネシア語・英語など
8言語に対応しており、取引先の従業員も匿名で利用できます。

個別の事業所名や監査結果の詳細は、取引先との契約上お答えを差し控えますが、
集計値は来年3月公表の人権報告書に掲載予定です。
対話の機会をいただけましたら幸いです。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to an NGO's questions with aggregate figures, quoting their questions: no personal data",
    },
    {
        "id": "jinkenhoushin-008",
        "charset": "cp932",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["片桐 潤 <katagiri.jun@sustena-assurance.co.jp>"],
        "subject": "旅券保管の件（丸藤製菓 第二工場）追加情報",
        "body": """片桐様

お疲れさまです。日の出産業の岩佐です。
本日の電話の件、丸藤製菓様から回答がありましたので共有します。

会社（寮管理人）が「紛失防止のため」として預かっていた旅券は、
以下の2名分とのことです。いずれも本人の同意書はなく、11/10に返却済みと
説明を受けていますが、次回フォローアップ監査で本人確認をお願いできますか。

　(1) HOANG DUC MANH　旅券番号 C4817720（ベトナム）
　(2) Aung Ko Ko　　　旅券番号 MH482095（ミャンマー）

返却時の受領書の写しは先方から後日届く予定です。

岩佐
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "two workers' passport numbers in the body to an audit firm: identity document numbers",
    },
    {
        "id": "jinkenhoushin-009",
        "charset": "iso-2022-jp",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["soumu@nishiki-insatsu.co.jp", "jinji@marufuji-seika.co.jp",
               "kanri@tohoku-pack.co.jp", "office@kanazawa-hosei.jp"],
        "subject": "【ご案内】12/4 取引先向け「ビジネスと人権」説明会",
        "body": """お取引先各位

いつもお世話になっております。日の出産業 調達本部の浜口です。

下記のとおり、取引先様向けの説明会を開催いたします。
外国人材を受け入れていらっしゃる事業所のご担当者様のご参加をお願いいたします。

日時：2025年12月4日（木）14:00～16:00
会場：日の出ビル 9階 大会議室（オンライン併用）
内容：
　・日の出産業グループ人権方針と調達ガイドラインの改定点
　・SAQの結果概要（集計）
　・外国人労働者の採用手数料に関する「雇用者負担の原則」
　・グリーバンス窓口の多言語化について

お手数ですが、11/25までにご出欠をご返信ください。
""" + SIG_HAMAGUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four suppliers' addresses openly in To: external parties can see each other, should have been Bcc",
    },
    {
        "id": "jinkenhoushin-010",
        "charset": "utf-8",
        "sender": "Yuki Iwasa <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["Karin Lindqvist <karin.lindqvist@nordvik.se>"],
        "subject": "Grievance mechanism statistics FY2024 (supplier workers)",
        "body": """Dear Karin,

Thank you for your call last week. As promised, please find attached the
aggregated figures from our grievance mechanism for FY2024 (April 2024 - March 2025),
covering reports from workers at our tier-1 suppliers in Japan and Southeast Asia.

Highlights:
- 64 reports received (41 via web form, 17 via the partner hotline, 6 by letter)
- 52 % concerned working hours or wages, 19 % harassment, 11 % dormitory conditions
- Median time to first response: 3 working days; 47 cases closed, 17 ongoing

No individual case data is included; the sheet only holds counts by category,
country and channel. Happy to walk you through it in our quarterly call.
""" + SIG_IWASA_EN + "\n" + DISCLAIMER_EN,
        "attachments": [
            {"kind": "xlsx", "name": "Grievance_stats_FY2024.xlsx",
             "sheets": {
                 "By category": [["Grievance reports FY2024 by category"], [],
                                 ["Category", "Q1", "Q2", "Q3", "Q4", "Total"],
                                 ["Working hours / overtime", 5, 7, 6, 4, 22],
                                 ["Wages / deductions", 3, 3, 4, 1, 11],
                                 ["Harassment", 2, 4, 3, 3, 12],
                                 ["Dormitory", 1, 2, 3, 1, 7],
                                 ["Recruitment fees", 1, 1, 2, 2, 6],
                                 ["Other", 2, 1, 1, 2, 6]],
                 "By country": [["Country", "Reports", "Closed"], ["Japan", 38, 29],
                                ["Viet Nam", 11, 8], ["Thailand", 7, 5], ["Indonesia", 5, 3],
                                ["Malaysia", 3, 2]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate grievance statistics to a customer, standard English disclaimer: no people's data",
    },
    {
        "id": "jinkenhoushin-011",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["菅原 恵理 <sugawara.eri@kitaguni-food.co.jp>"],
        "subject": "監査当日にご準備いただく書類一覧",
        "body": """北国フーズ株式会社
菅原様

お世話になっております。日の出産業の小野寺です。
先日お約束しておりました、監査当日にご準備いただく書類の一覧です。

　１．就業規則・賃金規程（外国語版があればそちらも）
　２．賃金台帳・出勤簿（直近3か月分、技能実習生・特定技能の方を含む全員分）
　３．36協定届、健康診断の実施記録（個人票は不要です）
　４．技能実習計画認定通知書、監理団体との契約書
　５．寮の賃貸借契約書、寮費・光熱費の控除根拠
　６．苦情・相談の受付記録

原本を会議室にご用意いただければ、コピーのご送付は不要です。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp: look-alike",
    },
    {
        "id": "jinkenhoushin-012",
        "charset": "cp932",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["錦印刷 生産管理部 大貫様 <onuki.h@nishiki-insatsu.co.jp>"],
        "subject": "社会監査報告書（ドラフト）のご確認依頼",
        "body": """錦印刷株式会社
生産管理部 大貫様

お世話になっております。日の出産業 調達部の三上です。
10月に実施した社会監査の報告書ドラフトを添付いたします。
事実誤認等がございましたら、11/21までにコメントをお願いいたします。

指摘事項は計5件（重大1件、軽微4件）です。
是正計画のひな形は別途お送りします。
""" + SIG_MIKAMI,
        "attachments": [
            {"kind": "docx", "name": "社会監査報告書_錦印刷_川口工場_draft.docx",
             "page_header": "社外秘",
             "title": "社会監査報告書（ドラフト）",
             "paragraphs": [
                 "社会監査報告書（ドラフト v0.9）",
                 "対象：錦印刷株式会社 川口工場　監査日：2025年10月14日・15日",
                 "監査機関：株式会社労働環境評価センター",
                 "1. 総括",
                 "繁忙期（8月）の時間外労働が36協定の特別条項の上限（月100時間未満）に近い水準であり、"
                 "勤怠システム外での作業（持ち帰り作業）が確認された。",
                 "2. 指摘事項",
             ],
             "tables": [[
                 ["No", "区分", "内容", "根拠"],
                 ["1", "重大", "勤怠記録外の作業（始業前の機械清掃 約20分）", "労働基準法第32条"],
                 ["2", "軽微", "化学物質のSDSが作業場に掲示されていない", "労働安全衛生法第57条の2"],
                 ["3", "軽微", "非常口前に資材が置かれている", "消防法"],
                 ["4", "軽微", "外国籍従業員向けの就業規則の翻訳がない", "ガイドライン3.2"],
                 ["5", "軽微", "相談窓口の周知が日本語のみ", "ガイドライン5.1"],
             ]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached audit report carries a 社外秘 page header, sent to a supplier: confidentiality marking",
    },
    {
        "id": "jinkenhoushin-013",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["監査部 片桐様 <katagiri.jun@sustena-assurance.co.jp>"],
        "subject": "石狩工場 面談記録（通訳メモ含む）",
        "body": """片桐様

お世話になっております。岩佐です。
19日の面談記録（通訳のファムさんのメモを含む）をzipでお送りします。
パスワードは別メールにてお知らせいたします。

報告書作成の際の参考にしていただければ幸いです。

岩佐
""" + SIG_IWASA,
        "attachments": [
            {"kind": "zip", "name": "ishikari_interview_20251119.zip", "password": "Hn2025#ishi",
             "files": [
                 {"kind": "docx", "name": "面談記録_石狩工場.docx",
                  "paragraphs": ["面談記録（石狩工場 2025/11/19）", "面談者6名、各30分"],
                  "tables": [[["No", "氏名", "主な発言"],
                              ["1", "NGUYEN VAN THANH", "残業代の計算方法がわからない"],
                              ["2", "TRAN THI HOA", "寮の部屋が6人で狭い"]]]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external audit firm: attachment cannot be inspected",
    },
    {
        "id": "jinkenhoushin-014",
        "charset": "cp932",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["労働環境評価センター 監査企画部 <kikaku@rokan-hyoka.co.jp>"],
        "subject": "2026年度 監査対象候補事業所リストの送付",
        "body": """株式会社労働環境評価センター
監査企画部 御中

いつもお世話になっております。日の出産業の浜口です。

来年度の社会監査の対象候補（リスク評価上位の事業所）をCSVでお送りします。
各事業所の所在地・代表電話・法人番号を記載しておりますので、
お見積りと監査員の手配可否をご検討いただけますでしょうか。

なお、監査対象の最終決定は1月の社内委員会後となります。
""" + SIG_HAMAGUCHI,
        "attachments": [
            {"kind": "csv", "name": "audit_candidates_FY2026.csv", "encoding": "cp932",
             "rows": [
                 ["事業所名", "法人番号", "所在地", "代表電話", "業種", "従業員数", "うち外国籍", "リスク評価"],
                 ["丸藤製菓株式会社 第二工場", "8011101049521", "埼玉県熊谷市大字板井1420-3", "048-536-2210", "菓子製造", "180", "62", "高"],
                 ["東北パック工業株式会社 本社工場", "9370001028846", "宮城県黒川郡大和町松坂平4-12", "022-344-5180", "包装資材", "95", "21", "中"],
                 ["金沢縫製株式会社", "7220001017733", "石川県白山市宮丸町2210", "076-274-6632", "縫製", "48", "30", "高"],
                 ["有限会社浜松精工", "4080402012284", "静岡県浜松市中央区豊町3305-1", "053-425-8801", "金属加工", "36", "11", "中"],
                 ["三陸水産加工株式会社", "2400001006672", "岩手県宮古市磯鶏沖12-7", "0193-63-1149", "水産加工", "120", "55", "高"],
             ]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a list of businesses (factories, switchboards, corporate numbers), not people: may go",
    },
    {
        "id": "jinkenhoushin-015",
        "charset": "utf-8",
        "sender": "津久井 直子 <tsukui.naoko@hinode-sangyo.co.jp>",
        "to": ["緒方税理士事務所 <office@ogata-zeirishi.jp>"],
        "subject": "解決金の支払いに係る支払調書作成のお願い",
        "body": """緒方税理士事務所
緒方先生

いつもお世話になっております。日の出産業 法務部の津久井です。

先般ご相談した、取引先元従業員の方との和解（グリーバンス案件 G-2024-031）に基づく
解決金の支払いにつき、源泉徴収の要否のご判断と、必要な場合の支払調書の作成を
お願いしたく、ご本人から提出いただいた情報をお送りします。

　氏名　　：宮司 早苗（ぐうじ さなえ）
　住所　　：〒036-8183 青森県弘前市田町5丁目7-19 サンハイツ田町203
　個人番号：""" + _sp(my_number(SEED + 1)) + """
　支払額　：1,200,000円（2025年12月10日支払予定）

個人番号はご本人の番号確認書類（通知カード写し）で確認済みです。
ご多忙のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_TSUKUI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a former worker's My Number and home address sent to an outside tax accountant: My Number",
    },
    {
        "id": "jinkenhoushin-016",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["グローブサポート 支援部 <shien@globe-support.co.jp>"],
        "subject": "熊谷寮の入居者について（居室面積の確認）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社グローブサポート<br>支援部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の小野寺です。</p>
<p>丸藤製菓様の熊谷寮について、1人あたりの居室面積がガイドラインの4.5㎡を下回っている
可能性があるため、登録支援機関である御社にも状況をご確認いただきたく存じます。
現在の入居者は以下のとおりです（丸藤製菓様より受領）。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>部屋</th><th>氏名</th><th>生年月日</th><th>在留資格</th><th>携帯</th></tr>
<tr><td>201</td><td>Maria Cristina Dela Cruz</td><td>1994/02/11</td><td>特定技能1号</td><td>090-2275-6613</td></tr>
<tr><td>201</td><td>Analyn Bautista</td><td>1997/08/26</td><td>特定技能1号</td><td>090-2275-6690</td></tr>
<tr><td>201</td><td>Jennalyn Ocampo</td><td>1999/12/04</td><td>特定技能1号</td><td>080-9912-3047</td></tr>
<tr><td>202</td><td>HOANG DUC MANH</td><td>1998/04/19</td><td>技能実習2号</td><td>070-6638-2251</td></tr>
<tr><td>202</td><td>NGO QUANG VINH</td><td>2000/10/08</td><td>技能実習2号</td><td>070-6638-2319</td></tr>
<tr><td>202</td><td>TRUONG THI BICH</td><td>2001/05/22</td><td>技能実習1号</td><td>070-6638-2488</td></tr>
<tr><td>203</td><td>Aung Ko Ko</td><td>1996/07/15</td><td>技能実習3号</td><td>080-4410-7762</td></tr>
<tr><td>203</td><td>Zaw Min Htet</td><td>1999/01/30</td><td>技能実習2号</td><td>080-4410-7795</td></tr>
</table>
<p>各部屋の面積は201号室 14.6㎡、202号室 13.2㎡、203号室 9.9㎡とのことです。</p>
<p>--<br>日の出産業株式会社 サステナビリティ推進部 小野寺 真理子<br>TEL 03-5202-7741</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of eight dormitory residents (birth dates, mobiles) to a support organisation: list of people",
    },
    {
        "id": "jinkenhoushin-017",
        "charset": "iso-2022-jp",
        "sender": "津久井 直子 <tsukui.naoko@hinode-sangyo.co.jp>",
        "to": ["片桐 潤 <katagiri.jun@sustena-assurance.co.jp>"],
        "subject": "秘密保持契約書（社会監査業務）の修正案について",
        "body": """株式会社サステナアシュアランス
片桐 様

お世話になっております。日の出産業 法務部の津久井でございます。

社会監査業務委託に先立つ秘密保持契約書につき、弊社からの修正案を添付いたします。
主な修正点は以下の3点です。

　・第2条（秘密情報の定義）：監査で知り得た取引先従業員の個人情報を明示的に含める
　・第6条（返還・廃棄）：面談記録の廃棄期限を監査報告書確定後90日に変更
　・第9条（再委託）：通訳者への開示を事前の書面承諾を条件に認める

ご確認のうえ、ご意見をいただけますと幸いです。
""" + SIG_TSUKUI,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_修正案_20251105.docx",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）と株式会社サステナアシュアランス（以下「乙」という。）は、"
                 "甲が乙に委託する社会監査業務に関し、次のとおり秘密保持契約を締結する。",
                 "第1条（目的）本契約は、前文の業務の遂行のために開示される秘密情報の取扱いを定める。",
                 "第2条（秘密情報）秘密情報とは、開示の方法を問わず、甲が乙に開示した技術上・営業上の情報、"
                 "並びに監査の過程で乙が知り得た甲の取引先及びその従業員に関する一切の情報をいう。",
                 "第6条（返還・廃棄）乙は、監査報告書確定後90日以内に、面談記録その他の秘密情報を返還又は廃棄する。",
                 "第9条（再委託）乙は、甲の事前の書面による承諾を得た場合に限り、通訳者に秘密情報を開示できる。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA draft attached; the word 秘密 is content, not a marking",
    },
    {
        "id": "jinkenhoushin-018",
        "charset": "cp932",
        "sender": "津久井 直子 <tsukui.naoko@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 桐生先生 <kiryu@shirakawa-law.jp>"],
        "subject": "ご相談：委託先工場の班長による性暴力事案",
        "body": """白川法律事務所
桐生 先生

いつも大変お世話になっております。日の出産業 法務部の津久井です。
至急ご相談させていただきたい案件がございます。

弊社グリーバンス窓口に、取引先・金沢縫製株式会社の技能実習生
DANG THI MY（ダン・ティ・ミー）さん（22歳、ベトナム国籍）から、
ライン班長の男性から寮の自室で性的暴行を受けたとの申告がありました（11月8日受付）。
ご本人は白山警察署に被害届を提出済みで、現在は監理団体のシェルターに避難しています。

弊社としての取引上の対応（調査の要請、取引停止の可否）と、
ご本人の救済への関与のあり方について、ご助言をいただきたく存じます。
明日以降でお電話可能なお時間をお知らせいただけますでしょうか。
""" + SIG_TSUKUI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named worker as a crime victim (sexual assault, police report) sent to outside counsel: sensitive data of one person",
    },
    {
        "id": "jinkenhoushin-019",
        "charset": "iso-2022-jp",
        "sender": "仁科 翔 <nishina.sho@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 札幌駅前 予約係 <reserve-sapporo@sakura-hotel.jp>"],
        "subject": "法人予約のお願い（11/17～11/19 3名）",
        "body": """さくらホテル札幌駅前
ご予約係 御中

いつもお世話になっております。日の出産業株式会社 総務部の仁科です。
下記のとおり宿泊の予約をお願いいたします。

　宿泊日：2025年11月17日（月）～19日（水）チェックアウト　2泊
　人数　：3名（シングル3室、禁煙）
　宿泊者：小野寺 真理子、岩佐 由紀、片桐 潤（監査機関）

お支払いは法人カードにてお願いいたします。
　カード番号：""" + _cd(card_number(SEED + 2)) + """
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

予約確認書をご返信いただけますと助かります。

総務部 仁科 翔
TEL 03-5202-7715
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number in the body to a hotel (partner): card numbers always stop",
    },
    {
        "id": "jinkenhoushin-020",
        "charset": "utf-8",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["onodera.mariko@hinode-sangyo.co.jp", "muto.tetsuya@hinode-sangyo.co.jp"],
        "cc": ["hr-dd@csr.hinode-sangyo.co.jp"],
        "subject": "【社外秘】石狩工場 面談結果まとめ（個別）",
        "body": """小野寺さん、武藤室長

面談結果を個人別にまとめました（社内限り）。
要フォローは3名です。

1. NGUYEN VAN THANH（080-3391-4027）
   残業代の計算根拠が説明されていない。12月に給与明細の読み方説明会を提案。
2. LE THI NGOC ANH（070-2284-0916）
   10/27の労災以降、右手のしびれが続き通院中。復帰後の配置に不安。
3. HOANG THI THU（070-2284-1187）
   寮費の控除額（月3.2万円）が契約書の記載（2.5万円）と異なる。
4. DO MINH TUAN（080-3391-6045）
   特になし。日本語検定N3の受験を希望。
5. VU THI LAN（070-5531-2208）
   入国前に送出機関へ約9,000USDを支払ったと証言。借入の返済中。

詳細はTeamsの「石狩監査」フォルダに置いています。

岩佐
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "individual interview results with health data and 社外秘, but all recipients internal (incl. subdomain): may go",
    },
    {
        "id": "jinkenhoushin-021",
        "charset": "cp932",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["監査一課 久住様 <kusumi.a@rokan-hyoka.co.jp>"],
        "subject": "錦印刷 川口工場 インタビュー対象者（抽出結果）",
        "body": """労働環境評価センター
久住様

お世話になっております。三上です。
ご依頼の抽出結果をWordの表にしてお送りします。
錦印刷様から提供いただいた従業員名簿から、雇用形態・国籍・性別が偏らないよう
7名を選んでおります。連絡先は寮・自宅の携帯です。
""" + SIG_MIKAMI,
        "attachments": [
            {"kind": "docx", "name": "インタビュー対象者_川口工場.docx",
             "paragraphs": ["錦印刷株式会社 川口工場　従業員インタビュー対象者", "（抽出日 2025/10/06）"],
             "tables": [[
                 ["No", "氏名", "フリガナ", "生年月日", "雇用形態", "職場", "電話"],
                 ["1", "篠塚 晴美", "シノヅカ ハルミ", "昭和５８年４月２日", "パート", "製本", "090-5521-7843"],
                 ["2", "鬼頭 悟", "キトウ サトル", "Ｈ２．１１．３", "正社員", "印刷機", "080-1177-2406"],
                 ["3", "Jomar Villanueva", "ジョマル ビジャヌエバ", "1993/03/28", "派遣", "断裁", "080-6624-1935"],
                 ["4", "樋渡 加奈", "ヒワタシ カナ", "平成９年６月１７日", "契約社員", "検品", "070-3392-8150"],
                 ["5", "NGUYEN THI KIM NGAN", "グエン ティ キム ガン", "2001/09/09", "技能実習2号", "製本", "070-4418-6627"],
                 ["6", "劉 芳", "リュウ ホウ", "1990/05/13", "正社員", "DTP", "090-8830-4471"],
                 ["7", "百瀬 和夫", "モモセ カズオ", "S37.8.30", "嘱託", "印刷機", "048-251-6638"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven employees with birth dates (和暦 included) and phones in a DOCX table to an audit firm: list of people",
    },
    {
        "id": "jinkenhoushin-022",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Nguyen Thanh Binh <binh.nt@hanoi-manpower.com.vn>"],
        "subject": "Verification of recruitment fees paid by returnees",
        "body": """Dear Mr. Binh,

Thank you for your cooperation in our review of recruitment costs.

Two workers who returned to Viet Nam in September told our auditors that they
paid fees to your company's branch office in Nghe An. To reconcile their
statements with your records, could you check your files for the following
persons and tell us the amounts actually received and what they were for?

  1. TRUONG VAN LOC   - passport no. C7720419, departed Japan 2025-09-12
  2. PHAN THI NGUYET  - passport no. C5163087, departed Japan 2025-09-12

Under our Responsible Recruitment Policy, any fee paid by a worker is to be
reimbursed by the employer. Your reply by 28 November would be appreciated.
""" + SIG_KURAMOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "two returnees' passport numbers sent to an overseas sending agency: identity document numbers",
    },
    {
        "id": "jinkenhoushin-023",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["菅原 恵理 <sugawara.eri@kitaguni-foods.co.jp>"],
        "subject": "Re: 監査当日の書類について",
        "body": """菅原様

ご丁寧にありがとうございます。小野寺です。
賃金台帳の件、承知いたしました。当日、原本を拝見できれば十分です。
コピーやデータのご送付は不要ですので、どうぞご放念ください。

引き続きよろしくお願いいたします。

小野寺

-----Original Message-----
From: 菅原 恵理 <sugawara.eri@kitaguni-foods.co.jp>
Sent: Thursday, November 6, 2025 5:42 PM
To: onodera.mariko@hinode-sangyo.co.jp
Subject: 監査当日の書類について

日の出産業 小野寺様

お世話になっております。北国フーズの菅原です。
賃金台帳は以下のような形式ですが、事前にお送りしたほうがよろしいでしょうか。

No 氏名              生年月日    基本給   残業時間  口座
1  NGUYEN VAN THANH  1999/03/14  185,000  38.5     北洋みらい 石狩 4471025
2  TRAN THI HOA      2001/07/02  185,000  41.0     北洋みらい 石狩 4471198
3  PHAM VAN HUNG     1997/05/30  192,000  44.5     ゆうちょ 908 1882034
4  HOANG THI THU     2002/02/08  178,000  29.0     北洋みらい 石狩 4472011
5  DO MINH TUAN      1999/08/21  185,000  40.0     北洋みらい 石狩 4472260
6  VU THI LAN        2003/01/29  178,000  31.5     北洋みらい 石狩 4473108

北国フーズ株式会社 総務部 菅原
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose only list is quoted under -----Original Message----- from the recipient herself: new text has no data",
    },
    {
        "id": "jinkenhoushin-024",
        "charset": "utf-8",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["グローブサポート 中嶋様 <nakajima.k@globe-support.co.jp>"],
        "subject": "転職支援のお願い（特定技能 Maria Cristina Dela Cruz さん）",
        "body": """株式会社グローブサポート
中嶋 様

お世話になっております。日の出産業の岩佐です。
先日お話しした、丸藤製菓様の熊谷寮に住むフィリピン人の方の件です。
ご本人が同社からの転職を希望されており、御社で支援をお願いできればと思います。
ご本人の了解のもと、在留カードの情報をお伝えします。

　氏名：Maria Cristina Dela Cruz
　在留資格：特定技能1号（飲食料品製造業）
　在留カード番号：UH43817264EA
　在留期間満了日：2026年8月3日

面談は通訳付きで11/22（土）午後を希望されています。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a worker's residence card number to a registered support organisation: identity document number",
    },
    {
        "id": "jinkenhoushin-025",
        "charset": "iso-2022-jp",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["菅原 恵理 <sugawara.eri@kitaguni-foods.co.jp>",
               "片桐 潤 <katagiri.jun@sustena-assurance.co.jp>"],
        "cc": ["onodera.mariko@hinode-sangyo.co.jp"],
        "subject": "是正計画（CAP）フォローアップ会議の日程調整",
        "body": """北国フーズ株式会社 菅原様
株式会社サステナアシュアランス 片桐様

お世話になっております。日の出産業の浜口です。

監査報告書の確定を受け、是正計画（CAP）のフォローアップ会議を
三者で行いたく、日程調整をお願いいたします。

候補日（いずれも1時間、オンライン）
　① 12/8（月）10:00～
　② 12/9（火）15:00～
　③ 12/11（木）13:00～

ご都合のよい日をお知らせください。
""" + SIG_HAMAGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way meeting mail: two external organisations in To, no personal data",
    },
]

MESSAGES += [
    {
        "id": "jinkenhoushin-026",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Mr. Tan Wei Ming <weiming.tan@perakgloves.com.my>"],
        "subject": "Worker hospitalised at Ipoh Plant 2 - medical costs and job security",
        "body": """Dear Mr. Tan,

We were informed through our grievance channel that Mr. Bikash Shrestha
(Nepali national, Line 7, employee no. PG-2291) was admitted to Raja Permaisuri
Bainun Hospital on 3 November with acute kidney failure and is now on dialysis
three times a week.

His co-workers are worried that he will be sent home and lose his job. Please
confirm by return that:
  (a) his medical costs are covered by the company's insurance, not deducted
      from his wages;
  (b) he will not be dismissed or repatriated because of his illness, and will be
      offered suitable work when he is fit to return;
  (c) his passport remains in his own possession.

We would also like our local auditor to meet him (with his consent) next month.
""" + SIG_KURAMOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's diagnosis and dialysis sent to an overseas supplier: medical data of one identifiable person",
    },
    {
        "id": "jinkenhoushin-027",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["Agustina Wulandari <agustina.wulan@yahoo.co.jp>"],
        "subject": "12月の面談通訳（インドネシア語）のご都合伺い",
        "body": """アグスティナ様

ご無沙汰しております。日の出産業の岩佐です。
12月に静岡県内の取引先で、インドネシア人の方への面談を予定しており、
また通訳をお願いできないかと思いご連絡しました。

　候補日：12月10日（水）または12月12日（金）
　場所　：浜松市内（浜松駅から車で20分ほど、送迎あり）
　時間　：9:30～16:00（面談6～8名程度）

ご都合はいかがでしょうか。謝礼は前回と同じ条件を考えております。
お手数ですが、今週中にお返事いただけると助かります。

岩佐 由紀
日の出産業株式会社 サステナビリティ推進部
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one freelance interpreter on free mail, asking availability, no personal data: may go (free-mail warning)",
    },
    {
        "id": "jinkenhoushin-028",
        "charset": "cp932",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["東海国際人材協同組合 指導部 <shido@tokai-jinzai.or.jp>"],
        "subject": "FW: 寮の転居について（丸藤製菓）",
        "body": """東海国際人材協同組合
指導部 ご担当者様

日の出産業の小野寺です。
丸藤製菓様から下記の連絡がありました。転居先が監理団体として把握されているものと
一致しているか、ご確認いただけますでしょうか。

----- Forwarded Message -----
差出人: 丸藤製菓株式会社 人事課 能登谷 <notoya@marufuji-seika.co.jp>
宛先: onodera.mariko@hinode-sangyo.co.jp
日付: 2025年11月12日 9:14
件名: 寮の転居について

日の出産業 小野寺様

ご指摘いただいた寮の過密の件、下記の5名を新しい借上げ住宅に転居させました。

■ HOANG DUC MANH
　新住所：埼玉県熊谷市石原2丁目118-4 コーポ石原102
　携帯：070-6638-2251
■ NGO QUANG VINH
　新住所：埼玉県熊谷市石原2丁目118-4 コーポ石原102
　携帯：070-6638-2319
■ TRUONG THI BICH
　新住所：埼玉県熊谷市銀座5丁目3-21 レジデンス銀座305
　携帯：070-6638-2488
■ Aung Ko Ko
　新住所：埼玉県熊谷市石原2丁目118-4 コーポ石原201
　携帯：080-4410-7762
■ Zaw Min Htet
　新住所：埼玉県熊谷市石原2丁目118-4 コーポ石原201
　携帯：080-4410-7795

家賃は1人あたり月22,000円（光熱費込み）です。
丸藤製菓 人事課 能登谷
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded supplier mail with five workers' new home addresses and mobiles, to a supervising organisation: list of people (a forward counts)",
    },
    {
        "id": "jinkenhoushin-029",
        "charset": "utf-8",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["移住者と働く人の権利ネット 相談員 三枝様 <saegusa@ijuu-net.or.jp>"],
        "subject": "ご相談：実習生の妊娠と帰国の勧奨について",
        "body": """三枝様

いつもありがとうございます。日の出産業の岩佐です。
ご助言をいただきたい件があり、ご連絡しました。

取引先（東北地方の包装資材メーカー）で働くベトナム人技能実習生の
NGO THI HUONG（ゴ・ティ・フォン）さんが妊娠されていることがわかり、
会社の担当者が「帰国して出産したほうがいい」と繰り返し話しているとの情報が、
同僚から弊社窓口に寄せられました。ご本人は実習の継続を希望しているそうです。

会社と監理団体に対して、弊社から何をどのように求めるのがよいか、
貴会のこれまでのご経験からご助言いただけないでしょうか。
来週どこかでオンラインでお話しできれば幸いです。
""" + SIG_IWASA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named intern's pregnancy sent to an NGO: pregnancy is health-related but not a listed 要配慮 item; a privacy officer could judge either way",
    },
    {
        "id": "jinkenhoushin-030",
        "charset": "iso-2022-jp",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["丸藤製菓 人事課 能登谷様 <notoya@marufuji-seika.co.jp>",
               "東海国際人材協同組合 指導部 <shido@tokai-jinzai.or.jp>"],
        "cc": ["労働環境評価センター 久住様 <kusumi.a@rokan-hyoka.co.jp>",
               "onodera.mariko@hinode-sangyo.co.jp"],
        "subject": "是正計画 CAP-2025-11 進捗確認（第2回）",
        "body": """関係各位

お世話になっております。日の出産業の浜口です。
丸藤製菓様 第二工場の是正計画（CAP-2025-11）について、
第2回の進捗確認を以下のとおりお願いいたします。

　No.1 旅券の本人保管への切替　　　　　→ 完了（受領書の提出をお願いします）
　No.2 寮の過密解消（1人4.5㎡以上）　　 → 完了（転居済み、監理団体様にて訪問確認予定）
　No.3 控除項目の書面合意（母国語）　　→ 12月末目標
　No.4 相談窓口の多言語掲示　　　　　　→ 未着手

監理団体様、監査機関様には、それぞれ訪問確認・フォローアップ監査の
ご予定をお知らせいただけますと幸いです。
""" + SIG_HAMAGUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (supplier, supervising organisation, audit firm) see each other in To/Cc",
    },
    {
        "id": "jinkenhoushin-031",
        "charset": "cp932",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["大貫 英俊 <onuki.h@nishiki-insatu.co.jp>"],
        "subject": "是正計画書ひな形の送付",
        "body": """錦印刷株式会社
大貫様

お世話になっております。三上です。
先日お約束した是正計画書のひな形をお送りします。
指摘事項ごとに、原因・是正内容・責任者・完了予定日をご記入ください。

提出期限：12月5日（金）
""" + SIG_MIKAMI,
        "attachments": [
            {"kind": "xlsx", "name": "CAP_template_v3.xlsx",
             "sheets": {"CAP": [["是正計画書（Corrective Action Plan）"], [],
                                ["指摘No", "指摘内容", "根本原因", "是正・予防措置", "責任者（役職）", "完了予定日", "証跡"],
                                [1, "", "", "", "", "", ""], [2, "", "", "", "", "", ""]]}},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp is a typo of partner nishiki-insatsu.co.jp: look-alike recipient",
    },
    {
        "id": "jinkenhoushin-032",
        "charset": "iso-2022-jp",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["大貫 英俊 <onuki.h@nishiki-insatsu.co.jp>"],
        "subject": "再送：是正計画書ひな形の送付",
        "body": """錦印刷株式会社
大貫様

お世話になっております。日の出産業の三上です。
先ほどお送りしたメールの宛先に誤りがございました。大変失礼いたしました。
改めて是正計画書のひな形をお送りします。

指摘事項ごとに、原因・是正内容・責任者・完了予定日をご記入のうえ、
12月5日（金）までにご返送ください。
証跡（写真、改定した規程など）は後日でも構いません。
""" + SIG_MIKAMI,
        "attachments": [
            {"kind": "xlsx", "name": "CAP_template_v3.xlsx",
             "sheets": {"CAP": [["是正計画書（Corrective Action Plan）"], [],
                                ["指摘No", "指摘内容", "根本原因", "是正・予防措置", "責任者（役職）", "完了予定日", "証跡"],
                                [1, "勤怠記録外の作業", "", "", "", "", ""],
                                [2, "SDS未掲示", "", "", "", "", ""],
                                [3, "非常口前の資材", "", "", "", "", ""],
                                [4, "就業規則の翻訳なし", "", "", "", "", ""],
                                [5, "相談窓口の周知", "", "", "", "", ""]],
                         "記入例": [["指摘No", "是正・予防措置", "完了予定日"],
                                 [2, "SDSをラミネートし各作業場に掲示、月次点検表に追加", "2025/12/15"]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank CAP template to the right supplier contact: ordinary business mail",
    },
    {
        "id": "jinkenhoushin-033",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["東北パック工業 総務課 <soumu@tohoku-pack.co.jp>"],
        "subject": "インドネシア人従業員の礼拝・食事への配慮について",
        "body": """東北パック工業株式会社
総務課 ご担当者様

お世話になっております。日の出産業の小野寺です。

先日の面談で、特定技能で勤務されている Agus Prasetyo さん（包装ライン）から、
ご自身がムスリムであり、就業中に礼拝の場所と時間が確保できないこと、
社員食堂に豚肉を使わないメニューがないことについて相談がありました。
同じくムスリムの Rina Kusumawati さんも同様の意見をお持ちとのことです。

宗教上の理由による配慮として、以下をご検討いただけないでしょうか。
　・休憩時間内に5～10分の礼拝ができる空き部屋の確保
　・ラマダン期間中のシフト調整
　・食堂メニューへの原材料（豚・アルコール）表示

事例や費用感の情報が必要でしたらお送りします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named workers' religion sent to their employer (external supplier): 信条 is sensitive even for one person",
    },
    {
        "id": "jinkenhoushin-034",
        "charset": "utf-8",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["マルヤマリテール 調達部 石動様 <isurugi.t@maruyama-retail.co.jp>"],
        "subject": "北国フーズ 社会監査報告書（確定版）の送付",
        "body": """株式会社マルヤマリテール
調達部　石動 様

お世話になっております。日の出産業の武藤です。
北国フーズ様 石狩工場の社会監査報告書（確定版）をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

主な指摘事項と是正計画の概要は、報告書の冒頭2ページにまとめております。
""" + SIG_MUTO,
        "attachments": [
            {"kind": "pdf", "name": "SocialAudit_Kitaguni_Ishikari_final.pdf", "password": "KfIsk1125",
             "title": "社会監査報告書 北国フーズ石狩工場",
             "lines": ["社会監査報告書（確定版）", "北国フーズ株式会社 石狩工場", "監査日 2025年11月18日・19日",
                       "総合評価：B（要改善）", "指摘事項：重大2件、軽微6件"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF sent to a customer: attachment cannot be inspected",
    },
    {
        "id": "jinkenhoushin-035",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Fair Labour Watch Asia <casework@flwasia.org>"],
        "subject": "Follow-up on recruitment debt cases - Perak Gloves (workers who consented)",
        "body": """Dear FLWA casework team,

Following our call on Tuesday, below are the workers at Perak Gloves Ipoh Plant 2
who agreed to be contacted by your caseworkers about the recruitment fees they
paid in Nepal. Our auditor collected these details on 4 November.

Name: Ram Bahadur Thapa
Phone (MY): +60 12-448 3017
Home address: Ward 4, Gorkha Municipality, Gorkha District, Nepal
Fee paid to agent: NPR 185,000

Name: Sita Gurung
Phone (MY): +60 11-2390 6654
Home address: Ward 9, Pokhara Metropolitan City, Kaski, Nepal
Fee paid to agent: NPR 160,000

Name: Prakash Rai
Phone (MY): +60 16-771 0428
Home address: Ward 2, Dharan Sub-Metropolitan City, Sunsari, Nepal
Fee paid to agent: NPR 210,000

Name: Kamala Tamang
Phone (MY): +60 12-903 5581
Home address: Ward 6, Bidur Municipality, Nuwakot, Nepal
Fee paid to agent: NPR 175,000

Name: Dil Bahadur Magar
Phone (MY): +60 17-226 8039
Home address: Ward 3, Tansen Municipality, Palpa, Nepal
Fee paid to agent: NPR 190,000

Please coordinate with us before approaching the employer.
""" + SIG_KURAMOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five workers' records (phone, home address, debt) one block each, to an NGO: list of people",
    },
    {
        "id": "jinkenhoushin-036",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["菅原 恵理 <sugawara.eri@kitaguni-foods.co.jp>"],
        "subject": "監査当日の入構者について",
        "body": """菅原様

お世話になっております。小野寺です。
18日の入構者は以下の3名です。入構証のご準備をお願いいたします。
当日の緊急連絡先として携帯番号も記載しております。

　・片桐 潤（サステナアシュアランス 主任監査員）　携帯 090-3318-6624
　・久我 未来（サステナアシュアランス 監査員）　　携帯 080-2271-4093
　・岩佐 由紀（日の出産業）　　　　　　　　　　　携帯 070-1184-5530

私は19日のみ伺います。よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visitors' names and mobiles (under five records) to one supplier contact: may go, may be warned",
    },
    {
        "id": "jinkenhoushin-037",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["三枝 律子 <saegusa@ijuu-net.or.jp>"],
        "subject": "【取扱注意】グリーバンス案件 G-2025-018 の経過について",
        "body": """【取扱注意】本メールの内容は貴会内の担当者限りでお取り扱いください。

三枝様

お世話になっております。日の出産業の岩佐です。
貴会から取り次いでいただいた案件 G-2025-018 について、現在の状況をお知らせします。

・取引先に対し、11/14付で事実関係の調査と報告を書面で要請しました。
・取引先からは、時間外労働の一部未払いを認める回答があり、
　過去2年分を再計算のうえ12月の給与で精算するとのことです。
・精算額の確認には、弊社が委託する監査機関が立ち会います。

引き続き、申告者の方への報復がないかを注視してまいります。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and first line classify the mail 【取扱注意】, sent to an NGO: confidentiality marking",
    },
    {
        "id": "jinkenhoushin-038",
        "charset": "cp932",
        "sender": "沢渡 恵 <sawatari.megumi@hinode-sangyo.co.jp>",
        "to": ["北関東社労士法人 <info@kitakanto-sr.jp>"],
        "subject": "社会保険の未加入期間の確認について（是正計画関連）",
        "body": """北関東社労士法人
ご担当 先生

お世話になっております。日の出産業 人事部の沢渡です。
取引先（金沢縫製様）の是正計画の一環で、顧問をお願いしている件です。

下記の方について、2024年4月から2025年3月まで厚生年金・健康保険に
未加入であった可能性があり、遡及加入の手続きと本人負担分の扱いを
ご検討いただきたく、情報をお送りします。

　氏名　　　　　：Thandar Win（タンダー・ウィン）
　基礎年金番号　：5107-482913
　健康保険証　　：記号 4120　番号 387
　資格取得日（現）：2025年4月1日

ご本人には金沢縫製様を通じて説明済みです。
よろしくお願いいたします。

人事部 労務課 沢渡
内線 2241
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "a worker's basic pension number and health insurance card number to an outside labour consultant",
    },
    {
        "id": "jinkenhoushin-039",
        "charset": "iso-2022-jp",
        "sender": "四方田 彩 <yomoda.aya@hinode-sangyo.co.jp>",
        "to": ["サステナアシュアランス 経理部 <keiri@sustena-assurance.co.jp>"],
        "subject": "ご請求書（No. SA-25-0412）お支払いのご案内",
        "body": """株式会社サステナアシュアランス
経理部 御中

お世話になっております。日の出産業 経理部の四方田でございます。

下記ご請求につきまして、お支払い手続きが完了いたしましたのでご連絡いたします。

　請求書番号：SA-25-0412
　件名　　　：社会監査業務（北国フーズ石狩工場）一式
　ご請求額　：1,078,000円（税込）
　お支払日　：2025年12月25日
　お振込先　：みどり銀行 本店営業部 普通 1234075 カ）サステナアシュアランス
　注文番号　：PO-HS-2025-08817

振込手数料は弊社にて負担いたします。
今後ともよろしくお願いいたします。

日の出産業株式会社 経理部 四方田 彩
TEL 03-5202-7731
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment notice with invoice and PO numbers and the vendor's company bank account: ordinary business mail",
    },
    {
        "id": "jinkenhoushin-040",
        "charset": "utf-8",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["石動 拓真 <isurugi.t@maruyama-retail.co.jp>"],
        "subject": "Re: 受入れ実習生の在籍状況のエビデンスについて",
        "body": """石動様

お世話になっております。武藤です。
ご依頼のエビデンスとして、金沢縫製様から受領した実習生一覧（xls）をお送りします。
監理団体・入国日・在留資格の区分をご確認いただけます。

ご不明点があればお知らせください。

> 御社PB向けの縫製委託先について、技能実習生の受入れ状況がわかる資料を
> ご共有いただけますでしょうか。監査委員会への報告に使用します。
""" + SIG_MUTO,
        "attachments": [
            {"kind": "xls", "name": "実習生在籍一覧_金沢縫製.xls",
             "sheets": {"在籍一覧": [
                 ["氏名", "国籍", "性別", "生年月日", "入国日", "区分", "監理団体"],
                 ["Thandar Win", "ミャンマー", "女", "1998-02-17", "2023-04-11", "技能実習2号", "北陸ビジネス協同組合"],
                 ["Khin Myat Noe", "ミャンマー", "女", "2000-06-05", "2023-04-11", "技能実習2号", "北陸ビジネス協同組合"],
                 ["DANG THI MY", "ベトナム", "女", "2003-03-21", "2024-02-02", "技能実習1号", "北陸ビジネス協同組合"],
                 ["LUONG THI THAO", "ベトナム", "女", "2002-11-14", "2024-02-02", "技能実習1号", "北陸ビジネス協同組合"],
                 ["CAO THI YEN", "ベトナム", "女", "2001-08-08", "2022-09-20", "技能実習3号", "北陸ビジネス協同組合"],
                 ["王 麗娜", "中国", "女", "1995-12-30", "2022-09-20", "技能実習3号", "北陸ビジネス協同組合"],
                 ["Su Su Hlaing", "ミャンマー", "女", "1999-10-19", "2023-04-11", "技能実習2号", "北陸ビジネス協同組合"],
                 ["TA THI NHUNG", "ベトナム", "女", "2002-01-27", "2024-02-02", "技能実習1号", "北陸ビジネス協同組合"],
                 ["Phyu Phyu Aye", "ミャンマー", "女", "2000-04-12", "2023-04-11", "技能実習2号", "北陸ビジネス協同組合"],
                 ["HA THI LIEN", "ベトナム", "女", "2001-06-01", "2022-09-20", "技能実習3号", "北陸ビジネス協同組合"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with ten interns' names and dates of birth sent to a customer: list of people",
    },
    {
        "id": "jinkenhoushin-041",
        "charset": "iso-2022-jp",
        "sender": "片岡 修 <kataoka.osamu@mail.hinode-sangyo.co.jp>",
        "to": ["onodera.mariko@hinode-sangyo.co.jp", "iwasa.yuki@hinode-sangyo.co.jp"],
        "subject": "グリーバンス窓口 受付データ（10月分）",
        "body": """小野寺さん、岩佐さん

情報システム部の片岡です。
Webフォームの10月分の受付データを書き出しました。
個人情報を含むため、パスワード付きzipにしています。パスワードはTeamsで送ります。

片岡
""",
        "attachments": [
            {"kind": "zip", "name": "grievance_202510.zip", "password": "gv-1025-xk",
             "files": [{"kind": "csv", "name": "grievance_202510.csv", "encoding": "utf-8",
                        "rows": [["受付ID", "受付日時", "言語", "氏名", "連絡先", "内容"],
                                 ["G-2025-041", "2025/10/03 22:14", "vi", "匿名", "", "残業代"]]}]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP of grievance data, but sent only to internal colleagues (from a subdomain): may go",
    },
    {
        "id": "jinkenhoushin-042",
        "charset": "utf-8",
        "sender": "Yuki Iwasa <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["Karin Lindqvist <karin.lindqvist@nordvik.se>"],
        "subject": "Incident notification: arrest of a supervisor at Saigon Garment (Binh Duong)",
        "body": """Dear Karin,

In line with our supply agreement, I am writing to notify you of a serious
incident at Saigon Garment Co., Ltd. (Binh Duong factory), which sews part of
the Nordvik knitwear range for us.

On 6 November, line supervisor Mr. Lam Quoc Bao (male, 41) was arrested by the
Binh Duong provincial police on charges of assaulting two sewing operators,
Ms. Truong My Linh (19) and Ms. Kieu Thi Diem (23), after they refused
unpaid overtime. Both women were treated at hospital for bruising and have
since returned to work. Mr. Lam has been suspended and has not been on site since.

We have asked the factory for a root-cause analysis, a review of supervisor
training and a meeting with the workers' union. I will share our remediation
plan by 30 November.
""" + SIG_IWASA_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named supervisor's arrest and named crime victims' injuries, to a customer: sensitive data of identifiable people",
    },
    {
        "id": "jinkenhoushin-043",
        "charset": "cp932",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["翻訳プラス 営業部 <order@honyaku-plus.co.jp>"],
        "subject": "翻訳のご依頼：従業員インタビューガイド（越・尼・英）",
        "body": """株式会社翻訳プラス
営業部 ご担当者様

いつもお世話になっております。日の出産業の岩佐です。
添付の「従業員インタビューガイド」を、ベトナム語・インドネシア語・英語に
翻訳いただきたく、お見積りをお願いいたします。

　・分量：A4で4ページ（約3,200字）
　・納期：12月3日（水）希望
　・用途：取引先工場での面談時に、通訳者と従業員が参照

専門用語（技能実習、監理団体など）は前回の用語集に沿ってください。
""" + SIG_IWASA,
        "attachments": [
            {"kind": "docx", "name": "従業員インタビューガイド_v2.docx",
             "paragraphs": [
                 "従業員インタビューガイド（通訳者用）",
                 "はじめに：この面談は会社ではなく取引先の日の出産業が行うものです。話した内容で不利益を受けることはありません。",
                 "Q1. 日本に来る前に、誰かにお金を払いましたか。いくらですか。借金はありますか。",
                 "Q2. パスポートや在留カードは自分で持っていますか。",
                 "Q3. 1か月に何時間くらい残業しますか。残業代は給与明細に書かれていますか。",
                 "Q4. 寮の部屋には何人で住んでいますか。寮費はいくら引かれていますか。",
                 "Q5. 困ったとき、誰に相談できますか。相談して困ったことはありますか。",
                 "Q6. 仕事をやめたい、会社を変わりたいと思ったとき、自由にできると思いますか。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank interview guide sent for translation: no personal data",
    },
    {
        "id": "jinkenhoushin-044",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["ビジネスと人権対話窓口 運営事務局 <ops@bhr-taiwa.or.jp>"],
        "subject": "折り返し連絡の希望者リスト（従業員アンケート 自由記述より）",
        "body": """一般社団法人ビジネスと人権対話窓口
運営事務局 御中

お世話になっております。日の出産業の小野寺です。
先月実施した取引先従業員アンケートで「窓口から連絡がほしい」と回答された方の
一覧です。母国語での折り返し連絡をお願いできますでしょうか。
（Excelから貼り付けたため、タブ区切りになっています）

回答ID	氏名	携帯電話	言語	連絡希望時間帯
Q-0113	TRAN VAN HIEU	080-5562-1903	ベトナム語	平日20時以降
Q-0127	Nurul Hidayah	070-8812-4456	インドネシア語	日曜終日
Q-0152	LE VAN DUC	090-4470-3318	ベトナム語	平日19時以降
Q-0166	Ma. Lourdes Pascual	080-2216-9074	タガログ語	土曜午前
Q-0171	Min Thu Kyaw	070-3358-6021	ミャンマー語	平日21時以降
Q-0189	NGUYEN THI PHUONG	090-6628-1145	ベトナム語	日曜午後
Q-0204	Ahmad Fauzi	080-7731-2258	インドネシア語	平日20時以降

連絡結果は案件番号を付けて共有いただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of seven survey respondents with mobiles to an outside grievance platform: list of people",
    },
    {
        "id": "jinkenhoushin-045",
        "charset": "iso-2022-jp",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理部 <anzen@aoba-unyu.jp>"],
        "subject": "ドライバーの拘束時間に関するアンケートのお願い",
        "body": """青葉運輸株式会社
安全管理部 御中

いつもお世話になっております。日の出産業 調達部の三上です。

2024年4月からの改善基準告示の改正を踏まえ、弊社の物流委託先の皆さまに
ドライバーの労働時間の状況についてアンケートをお願いしております。
貴社の弊社向け便について、以下をご回答いただけますでしょうか。

　1. 1日の平均拘束時間（弊社便を担当する乗務員の平均）
　2. 弊社倉庫での荷待ち時間の平均と最大
　3. 年間の時間外労働が960時間を超える乗務員の有無（人数のみ）

荷待ち時間の削減は弊社側の課題でもありますので、率直なご意見をお願いします。
""" + SIG_MIKAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp: look-alike recipient",
    },
    {
        "id": "jinkenhoushin-046",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Ms. Vo Thi Thanh Tam <tam.vo@saigongarment.com.vn>"],
        "subject": "RE: CAP progress - Binh Duong factory (November)",
        "body": """Dear Ms. Tam,

Thank you for the November progress report. We appreciate the quick action on
items 1 and 3. Our comments:

  Item 1 (supervisor training)   - Closed. Please keep the attendance sheets on file.
  Item 2 (overtime cap 60h/month) - Open. Please send the October and November
                                    totals per line (not per worker).
  Item 3 (grievance box)         - Closed. Photos received.
  Item 4 (fire drill)            - Due 15 December.

Our auditor will visit for verification in the week of 12 January.

""" + SIG_KURAMOCHI + "\n" + DISCLAIMER_EN + """

-----Original Message-----
From: Vo Thi Thanh Tam <tam.vo@saigongarment.com.vn>
Sent: Monday, November 24, 2025 10:02 AM
Subject: CAP progress - Binh Duong factory (November)

Dear Mr. Kuramochi, please find our progress on the CAP items below...
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CAP progress reply to an overseas supplier with the standard confidentiality disclaimer: ordinary mail",
    },
    {
        "id": "jinkenhoushin-047",
        "charset": "cp932",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理部 <anzen@aoba-unyu.co.jp>"],
        "subject": "弊社窓口に寄せられた乗務員の方からのご相談について",
        "body": """青葉運輸株式会社
安全管理部 御中

お世話になっております。日の出産業の三上です。

弊社のグリーバンス窓口に、貴社の乗務員の方から、弊社厚木倉庫での荷待ちにより
連日16時間近い拘束になっているとのご相談がありました。
ご本人は貴社による確認を希望されており、本人特定のため下記の情報を
お伝えすることに同意をいただいております。

　氏名　　　：五十嵐 涼
　運転免許証：第 301904418273 号
　担当便　　：厚木→相模原 定期便（2便・4便）

弊社側の荷待ち削減策（予約受付システムの導入）は12月から試行いたします。
貴社での勤務状況のご確認と、今後の改善についてご相談させてください。
""" + SIG_MIKAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number sent to his employer (external partner): identity document number",
    },
    {
        "id": "jinkenhoushin-048",
        "charset": "iso-2022-jp",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["久住 明日香 <kusumi.a@rokan-hyoka.co.jp>"],
        "subject": "FW: 勤怠データ（10月分）の送付",
        "body": """久住様

浜口です。丸藤製菓様から届いた勤怠データを転送します。
こちらでは開けなかったのですが（ファイルが壊れているようです）、
念のためそのままお送りします。先方には再送を依頼済みです。

> 日の出産業 浜口様
> 第二工場の10月分の勤怠データをお送りします。
> 丸藤製菓 人事課 能登谷
""" + SIG_HAMAGUCHI,
        "attachments": [
            {"kind": "corrupt", "name": "勤怠_第二工場_202510.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt XLSX (time records) forwarded to an audit firm: attachment cannot be read",
    },
    {
        "id": "jinkenhoushin-049",
        "charset": "utf-8",
        "sender": "Yuki Iwasa <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["Mr. Somchai Rattanakorn <somchai.r@siamprecision.co.th>"],
        "subject": "FW: NGO statement on migrant workers in Thai electronics sector",
        "body": """Dear Mr. Somchai,

For your information, please see below a public statement issued yesterday by a
regional NGO network. It does not name your company, but several of the issues
(recruitment fees for Myanmar workers, retention of work permits) are ones we
discussed at our last audit. We would welcome your views at our call next week.

Best regards,
Yuki Iwasa

---------- Forwarded message ----------
From: Mekong Migrant Rights Network <press@mekong-mrn.org>
Date: Wed, 19 Nov 2025
Subject: Press release: Migrant workers in Thai electronics still paying to work

BANGKOK, 19 November 2025 - A survey of 412 Myanmar and Cambodian workers in
eleven electronics factories in Chonburi and Rayong found that 63 % had paid
recruitment fees averaging THB 28,000, and 22 % reported that their employer
kept their work permit or passport. The network calls on brands and their
suppliers to adopt the Employer Pays Principle and to repay fees already paid.

Contact: press@mekong-mrn.org
""",
        "attachments": [
            {"kind": "html", "name": "MMRN_press_release_20251119.html",
             "html": """<html><head><meta charset="utf-8"><title>Press release</title></head><body>
<h1>Migrant workers in Thai electronics still paying to work</h1>
<p>BANGKOK, 19 November 2025 - Mekong Migrant Rights Network</p>
<table border="1"><tr><th>Indicator</th><th>Share of 412 workers</th></tr>
<tr><td>Paid recruitment fees</td><td>63 %</td></tr>
<tr><td>Average fee</td><td>THB 28,000</td></tr>
<tr><td>Work permit or passport kept by employer</td><td>22 %</td></tr>
<tr><td>Contract in own language</td><td>41 %</td></tr></table>
<p>The network calls on brands to adopt the Employer Pays Principle.</p>
</body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a public NGO press release (statistics only) to a supplier: no personal data",
    },
    {
        "id": "jinkenhoushin-050",
        "charset": "cp932",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["久住 明日香 <kusumi.a@rokan-hyoka.co.jp>"],
        "subject": "川口工場 個別面談メモ（報告書反映用）",
        "body": """久住様

お世話になっております。岩佐です。
先日の川口工場の面談で、私が担当した分のメモをお送りします。
ハラスメントの件は報告書への記載方法をご相談させてください
（ご本人は、氏名が会社に伝わらない形を希望しています）。

岩佐
""" + SIG_IWASA,
        "attachments": [
            {"kind": "docx", "name": "面談メモ_川口_岩佐.docx",
             "paragraphs": [
                 "面談メモ（錦印刷 川口工場 2025/10/15）記録：岩佐",
                 "面談者：樋渡 加奈（検品、契約社員）",
                 "・2025年春以降、検品課長から人前での叱責や「辞めろ」との発言が繰り返されている。",
                 "・6月に心療内科でうつ病と診断され、現在も月2回通院、服薬中。診断書は会社に未提出。",
                 "・休職すると契約を更新されないのではと不安で、休めずにいる。",
                 "面談者：Jomar Villanueva（断裁、派遣）",
                 "・派遣会社の寮費が高い。特に問題はない。",
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX interview notes with a named worker's depression diagnosis, to an audit firm: medical history of one person",
    },
]

MESSAGES += [
    {
        "id": "jinkenhoushin-051",
        "charset": "utf-8",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["ライツ・コンサルティング 桑折様 <koori@rights-consulting.jp>"],
        "subject": "1/22 対話ワークショップ 資料案（職場代表の連絡先入り）",
        "body": """ライツ・コンサルティング株式会社
桑折 様

お世話になっております。日の出産業の武藤です。
1月22日の「労使対話ワークショップ」で使うスライドの案をお送りします。
4枚目に、各工場から参加する職場代表の方の連絡先をまとめていますので、
事前ヒアリングのご連絡にお使いください。

よろしくお願いいたします。
""" + SIG_MUTO,
        "attachments": [
            {"kind": "pptx", "name": "対話ワークショップ_0122_案.pptx",
             "slides": [
                 ["労使対話ワークショップ", "2026年1月22日（木）13:00-17:00", "主催：日の出産業株式会社 CSR室"],
                 ["本日の目的", "職場の課題を従業員代表と経営が一緒に話し合う", "救済の仕組みを従業員の目線で点検する"],
                 ["進め方", "グループ討議（4工場×2名）", "ファシリテーター：ライツ・コンサルティング"],
                 ["職場代表 連絡先",
                  "丸藤製菓 第二工場　能勢 千春　chiharu.nose@marufuji-seika.co.jp　090-6615-2837",
                  "丸藤製菓 第二工場　HOANG DUC MANH　manh.hd.0419@gmail.com　070-6638-2251",
                  "金沢縫製　　　　　Khin Myat Noe　khinmyatnoe2000@gmail.com　080-3327-1960",
                  "東北パック工業　　朝比奈 澄子　asahina.sumiko@outlook.jp　090-4471-8802",
                  "東北パック工業　　Agus Prasetyo　agus.prasetyo88@yahoo.co.jp　080-2209-6634",
                  "三陸水産加工　　　奈良岡 崇　080-1934-5527"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six workplace representatives' personal e-mails and mobiles on a PPTX slide to a consultancy: list of people",
    },
    {
        "id": "jinkenhoushin-052",
        "charset": "iso-2022-jp",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["石動 拓真 <isurugi.t@maruyama-retail.co.jp>"],
        "subject": "弊社人権方針・調達ガイドライン（改定版）のご送付",
        "body": """株式会社マルヤマリテール
調達部　石動様

いつもお世話になっております。日の出産業の武藤でございます。

先日お問い合わせいただきました弊社の人権方針と調達ガイドラインについて、
10月1日付の改定版（当社ウェブサイトで公開中のもの）をPDFでお送りいたします。

主な改定点：
　・外国人労働者の採用手数料について「雇用者負担の原則」を明記
　・救済へのアクセス（グリーバンス窓口の取引先従業員への開放）
　・紛争鉱物・強制労働リスクの高い原材料の調達方針

貴社の取引先行動規範との対応表が必要でしたら、作成いたしますのでお申し付けください。
""" + SIG_MUTO,
        "attachments": [
            {"kind": "pdf", "name": "HinodeSangyo_HumanRightsPolicy_2025.pdf",
             "title": "日の出産業グループ人権方針",
             "lines": ["日の出産業グループ人権方針（2025年10月1日改定）",
                       "1. 基本的な考え方：国連「ビジネスと人権に関する指導原則」に基づき、人権を尊重します。",
                       "2. 適用範囲：当社グループの全役員・従業員。取引先にも本方針の支持を求めます。",
                       "3. 人権デューディリジェンス：リスクを特定・評価し、防止・軽減に取り組みます。",
                       "4. 救済：当社の事業活動が人権への負の影響を引き起こした場合、適切な救済に取り組みます。",
                       "5. 情報開示：取組みの状況を毎年、人権報告書で公表します。",
                       "代表取締役社長　日野 一成"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the published human-rights policy PDF sent to a customer: public document, no personal data",
    },
    {
        "id": "jinkenhoushin-053",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["kuramochi.daisuke@hinode-sangyo.co.jp"],
        "cc": ["tam.vo@saigongarment.com.vn", "somchai.r@siamprecision.co.th",
              "weiming.tan@perakgloves.com.my", "compliance@sinartekstil.co.id",
              "hr@meghnaknit.com.bd"],
        "subject": "Reminder: Supplier Self-Assessment Questionnaire due 12 December",
        "body": """Dear valued suppliers,

This is a friendly reminder that the 2025 Supplier Self-Assessment Questionnaire
(human rights and labour) is due on Friday, 12 December.

If you have already submitted it, thank you and please disregard this message.
If you need more time or have questions about the new section on recruitment
fees, please reply to me directly.

""" + SIG_KURAMOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five overseas suppliers put in Cc instead of Bcc: external parties see each other",
    },
    {
        "id": "jinkenhoushin-054",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["三枝 律子 <saegusa@ijuu-net.or.jp>"],
        "subject": "12/6 意見交換会 出席者（従業員代表）のご連絡",
        "body": """三枝様

お世話になっております。岩佐です。
12月6日の意見交換会に、丸藤製菓様の従業員代表として以下の2名が出席されます。
当日、会場がわからない場合に備え、ご本人の了解を得て連絡先をお知らせします。

　・能勢 千春 さん（製造課、日本語）　　　090-6615-2837
　・HOANG DUC MANH さん（包装課、ベトナム語）　070-6638-2251

通訳は弊社で手配済みです。どうぞよろしくお願いいたします。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two attendees' names and phones (consented) to one NGO contact: one to four records may go, may be warned",
    },
    {
        "id": "jinkenhoushin-055",
        "charset": "cp932",
        "sender": "津久井 直子 <tsukui.naoko@hinode-sangyo.co.jp>",
        "to": ["桐生 弁護士 <kiryu@shirakawa-1aw.jp>"],
        "subject": "取引停止条項の適用可否について（ご意見伺い）",
        "body": """白川法律事務所
桐生先生

お世話になっております。日の出産業 法務部の津久井です。
先日お電話でご相談した件について、論点を整理しましたのでお送りします。

１．取引先が是正計画の期限（3か月）を2回超過した場合に、
　　取引基本契約第28条（解除）を適用できるか。
２．解除の前に、責任ある離脱（段階的な取引縮小、影響を受ける労働者への配慮）として
　　弊社が尽くすべき手順は何か。
３．取引停止により取引先の従業員が解雇された場合、弊社が負うリスク。

ご多忙のところ恐れ入りますが、12月中旬までにご見解をいただけますと幸いです。
""" + SIG_TSUKUI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-1aw.jp uses the digit 1 for l in partner shirakawa-law.jp: homoglyph look-alike",
    },
    {
        "id": "jinkenhoushin-056",
        "charset": "utf-8",
        "sender": "Yuki Iwasa <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["Karin Lindqvist <karin.lindqvist@nordvik.se>"],
        "subject": "Saigon Garment - remediation plan (draft for discussion)",
        "body": """Dear Karin,

As promised, attached is our draft remediation plan for the incident at
Saigon Garment (Binh Duong). It is still a working draft; we would appreciate
your comments before we share a final version with the factory on 5 December.

""" + SIG_IWASA_EN,
        "attachments": [
            {"kind": "pdf", "name": "Remediation_Plan_SaigonGarment_draft.pdf",
             "title": "Remediation plan - Saigon Garment Binh Duong",
             "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
             "lines": ["Remediation plan (draft v0.3) - Saigon Garment Co., Ltd., Binh Duong factory",
                       "1. Immediate actions: supervisor suspended; medical costs of affected workers covered.",
                       "2. Root cause: production targets set without regard to overtime limits.",
                       "3. Actions: supervisor training, overtime cap of 60 hours/month, worker-elected safety committee.",
                       "4. Verification: unannounced audit in January 2026 by an independent auditor.",
                       "5. Commercial: no order reduction while remediation is on track."]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF footer stamped CONFIDENTIAL - Internal Only, sent to a customer: confidentiality marking",
    },
    {
        "id": "jinkenhoushin-057",
        "charset": "utf-8",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["石動 拓真 <isurugi.t@maruyama-retail.co.jp>"],
        "subject": "御社PB商品の製造委託先一覧（Tier1・Tier2）",
        "body": """株式会社マルヤマリテール
石動様

お世話になっております。日の出産業の浜口です。
サプライチェーンのトレーサビリティ調査のご依頼について、
御社PB商品に関わる製造委託先・原材料調達先の一覧をお送りします。

・「Tier1」シート：製造委託先（国内6工場）
・「Tier2」シート：主要原材料の調達先（海外含む9社）
・「認証」シート：各工場の第三者認証・監査の状況

工場の所在地と代表番号は各社の公開情報です。
""" + SIG_HAMAGUCHI,
        "attachments": [
            {"kind": "xlsx", "name": "PB製造委託先一覧_2025.xlsx",
             "sheets": {
                 "Tier1": [["マルヤマリテール様PB 製造委託先（2025年11月現在）"], [],
                           ["工場名", "所在地", "代表電話", "主な品目", "従業員数", "外国人材"],
                           ["北国フーズ 石狩工場", "北海道石狩市新港西2-711-4", "0133-64-2281", "鮭フレーク", 140, "技能実習・特定技能"],
                           ["丸藤製菓 第二工場", "埼玉県熊谷市大字板井1420-3", "048-536-2210", "焼菓子", 180, "技能実習・特定技能"],
                           ["三陸水産加工 本社工場", "岩手県宮古市磯鶏沖12-7", "0193-63-1149", "干物", 120, "技能実習"],
                           ["金沢縫製", "石川県白山市宮丸町2210", "076-274-6632", "エコバッグ", 48, "技能実習"],
                           ["東北パック工業 本社工場", "宮城県黒川郡大和町松坂平4-12", "022-344-5180", "包材", 95, "特定技能"],
                           ["錦印刷 川口工場", "埼玉県川口市領家5-14-30", "048-222-4815", "パッケージ印刷", 210, "技能実習"]],
                 "Tier2": [["調達先", "国", "原材料", "リスク"],
                           ["Saigon Garment Co., Ltd.", "Viet Nam", "布帛", "高"],
                           ["PT Sinar Tekstil Indonesia", "Indonesia", "綿糸", "中"],
                           ["Perak Gloves Sdn. Bhd.", "Malaysia", "作業用手袋", "高"],
                           ["Siam Precision Parts Co., Ltd.", "Thailand", "金属部品", "中"],
                           ["Meghna Knit Ltd.", "Bangladesh", "ニット生地", "高"]],
                 "認証": [["工場名", "監査", "最終監査日", "評価"],
                          ["北国フーズ 石狩工場", "第三者社会監査", "2025-11-19", "B"],
                          ["錦印刷 川口工場", "第三者社会監査", "2025-10-15", "B"],
                          ["丸藤製菓 第二工場", "SAQのみ", "2025-06-30", "-"]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of factories and suppliers (businesses, switchboards), not people: may go",
    },
    {
        "id": "jinkenhoushin-058",
        "charset": "cp932",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["石田行政書士事務所 <info@gyosei-ishida.jp>"],
        "subject": "在留期間更新のご依頼（転籍予定者3名）",
        "body": """石田行政書士事務所
石田先生

お世話になっております。日の出産業の小野寺です。
丸藤製菓様から転籍を予定している3名の在留期間更新手続きについて、
ご本人の同意を得て、在留カードの情報をCSVでお送りします。
必要書類のリストをお送りいただけますでしょうか。
""" + SIG_ONODERA,
        "attachments": [
            {"kind": "csv", "name": "zairyu_3mei.csv", "encoding": "cp932",
             "rows": [
                 ["氏名", "国籍", "在留資格", "在留カード番号", "在留期間満了日"],
                 ["HOANG DUC MANH", "ベトナム", "技能実習2号ロ", "AB29471053CE", "2026/02/14"],
                 ["NGO QUANG VINH", "ベトナム", "技能実習2号ロ", "EF61380427GH", "2026/02/14"],
                 ["Zaw Min Htet", "ミャンマー", "技能実習2号ロ", "JK50917384LM", "2026/03/02"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "three workers' residence card numbers in a CSV to an outside immigration lawyer: identity document numbers",
    },
    {
        "id": "jinkenhoushin-059",
        "charset": "utf-8",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["東北パック工業 総務課 <soumu@tohoku-pack.co.jp>"],
        "subject": "健康診断の事後措置について（要精密検査の方）",
        "body": """東北パック工業株式会社
総務課 ご担当者様

お世話になっております。日の出産業の小野寺です。
監査で確認した健康診断結果のうち、「要精密検査」「要治療」の判定を受けながら
受診の確認が取れていない方を一覧にしました。
事後措置（受診勧奨、就業上の配慮）の状況をご回答ください。
""" + SIG_ONODERA,
        "attachments": [
            {"kind": "xlsx", "name": "健診事後措置_確認依頼.xlsx",
             "sheets": {"要精検": [
                 ["2025年度 定期健康診断 事後措置 確認表"], [],
                 ["氏名", "所属", "判定", "所見", "受診確認", "就業上の措置"],
                 ["Agus Prasetyo", "包装", "要精密検査", "血圧 168/102、心電図異常", "未", ""],
                 ["Rina Kusumawati", "包装", "要治療", "貧血（Hb 8.9）", "未", ""],
                 ["朝比奈 澄子", "検品", "要精密検査", "胸部X線 異常陰影", "未", ""],
                 ["能登 勝也", "成形", "要治療", "HbA1c 8.4（糖尿病疑い）", "未", ""],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "four named workers' health check findings in an XLSX to their employer: health data, sensitive even under five rows",
    },
    {
        "id": "jinkenhoushin-060",
        "charset": "iso-2022-jp",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["石動 拓真 <isurugi.t@maruyama-retail.co.jp>"],
        "subject": "三陸水産加工 面談結果の概要（仮名化済み）",
        "body": """石動様

お世話になっております。武藤です。
三陸水産加工様での面談結果のうち、健康面で懸念のある事例を
仮名化したうえで共有いたします（氏名・連絡先は削除しています）。

ID　　国籍　　　　性別　年齢　工程　　　　内容
W-03　ベトナム　　女　　23　　干物加工　　手指の湿疹がひどく皮膚科に通院、手袋の支給なし
W-07　インドネシア　男　　29　　冷蔵庫内　　腰痛で整形外科に通院、重量物の運搬が続く
W-11　ベトナム　　女　　21　　選別　　　　めまいで2回倒れた、休憩が取れていない

工場の外国籍従業員は55名で、上記の属性から個人が推測できる可能性は
低いと考えていますが、取扱いにはご留意ください。
""" + SIG_MUTO,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "pseudonymised rows (nationality, sex, age, process) with health complaints to a customer: identifiability is debatable",
    },
    {
        "id": "jinkenhoushin-061",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Mr. Tan Wei Ming <weiming.tan@perakgloves.com.my>"],
        "subject": "Re: Fee repayment schedule",
        "body": """Dear Mr. Tan,

Thank you, the schedule looks reasonable. Please make sure each worker receives
a written statement in Nepali showing the amount repaid and the balance. Our
auditor will sample the statements in January.

Best regards,
Daisuke

On Tue, 25 Nov 2025 at 09:41, Tan Wei Ming <weiming.tan@perakgloves.com.my> wrote:
> Dear Mr. Kuramochi,
>
> Please find the repayment schedule agreed with the workers below.
>
> Worker              Passport    Phone            Amount (MYR)  Instalments
> Ram Bahadur Thapa   PA1184023   +60 12-448 3017  5,800         3
> Sita Gurung         PA2290571   +60 11-2390 6654 5,000         2
> Prakash Rai         PA0973318   +60 16-771 0428  6,600         3
> Kamala Tamang       PA3318860   +60 12-903 5581  5,500         3
> Dil Bahadur Magar   PA1457792   +60 17-226 8039  6,000         3
>
> Regards,
> Tan Wei Ming, HR Manager, Perak Gloves Sdn. Bhd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the worker list (with passport numbers) is only quoted from the recipient's own mail (On ... wrote:): new text has no data",
    },
    {
        "id": "jinkenhoushin-062",
        "charset": "iso-2022-jp",
        "sender": "津久井 直子 <tsukui.naoko@hinode-sangyo.co.jp>",
        "to": ["桐生 弁護士 <kiryu@shirakawa-law.jp>"],
        "subject": "金沢縫製 案件：先方からの回答メール（原文）",
        "body": """桐生先生

お世話になっております。津久井です。
金沢縫製様から届いた回答メールを、原文のまま添付いたします。
実習生の一覧が含まれておりますので、お取扱いにご注意ください。

先方は、申告者以外の実習生への聞き取りは「全員問題なしと回答」としていますが、
聞き取りの方法（班長同席の有無）について確認が必要と考えております。
""" + SIG_TSUKUI,
        "attachments": [
            {"kind": "eml", "name": "金沢縫製からの回答_20251117.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "金沢縫製 総務 大坪 <otsubo@kanazawa-hosei.jp>",
                 "to": ["tsukui.naoko@hinode-sangyo.co.jp"],
                 "subject": "ご照会の件（聞き取り結果）",
                 "body": """日の出産業株式会社
法務部 津久井様

お世話になっております。金沢縫製の大坪です。
ご照会の件、弊社にて実習生全員に聞き取りを行いました結果をご報告します。

氏名　　　　　　　　生年月日　　　　携帯電話　　　　結果
Thandar Win　　　　1998/02/17　　　080-3327-1904　　問題なし
Khin Myat Noe　　　2000/06/05　　　080-3327-1960　　問題なし
LUONG THI THAO　　2002/11/14　　　070-2218-6643　　問題なし
CAO THI YEN　　　　2001/08/08　　　070-2218-6671　　問題なし
王 麗娜　　　　　　1995/12/30　　　090-4416-2280　　問題なし
Su Su Hlaing　　　 1999/10/19　　　080-3327-2015　　問題なし

以上、よろしくお願いいたします。
金沢縫製株式会社 総務 大坪
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an attached supplier mail (.eml) holds six interns' birth dates and mobiles, sent to outside counsel: list of people",
    },
    {
        "id": "jinkenhoushin-063",
        "charset": "cp932",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["マルヤマリテール サステナビリティ部 <sustainability@maruyama-retail.co.jp>"],
        "subject": "グリーバンス事例のご報告（2025年度上期・概要）",
        "body": """株式会社マルヤマリテール
サステナビリティ部 御中

お世話になっております。日の出産業 CSR室の武藤です。
御社PB商品のサプライチェーンに関して、上期に受け付けた苦情・相談のうち
対応を終えた事例の概要をご報告いたします（個人が特定されない形にしています）。

【事例1】食品工場（北海道）
　寮費の控除額が雇用契約書の記載より高いとの相談。工場側が差額を返還し、
　控除協定を母国語で再締結。

【事例2】縫製工場（北陸）
　実習生から、班長による威圧的な言動についての相談。工場が外部講師による
　管理職研修を実施し、相談窓口を監理団体にも設置。

【事例3】包装資材工場（東北）
　宗教上の配慮（礼拝場所）についての要望。休憩室の一部を礼拝スペースとして開放。

件数の詳細は年次の人権報告書に掲載予定です。
""" + SIG_MUTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised case summaries (no one identifiable) to a customer: no personal data",
    },
    {
        "id": "jinkenhoushin-064",
        "charset": "utf-8",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["石動 拓真 <isurugi.t@maruyama-retail.co.jp>"],
        "subject": "是正措置の証跡（北国フーズ）",
        "body": """石動様

お世話になっております。武藤です。
北国フーズ様の是正措置の証跡（写真・改定規程）をPDFにまとめましたので
お送りいたします。容量の都合で解像度を下げております。

ご確認のほど、よろしくお願いいたします。
""" + SIG_MUTO,
        "attachments": [
            {"kind": "corrupt", "name": "CAP証跡_北国フーズ_20251201.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt (broken export): attachment cannot be read",
    },
    {
        "id": "jinkenhoushin-065",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["iwasa.yuki@hinode-sangyo.co.jp"],
        "bcc": ["info@ijuu-net.or.jp", "office@flwasia.org", "jimukyoku@gaikokujin-shien.or.jp",
                "contact@fairwork-japan.or.jp", "ops@bhr-taiwa.or.jp"],
        "subject": "ステークホルダー・ダイアログ（2026年2月）ご参加のお願い",
        "body": """関係各位

平素より大変お世話になっております。
日の出産業株式会社 サステナビリティ推進部の岩佐でございます。

弊社では、人権デューディリジェンスの取組みについて外部の皆さまから
ご意見を伺うため、下記のとおりステークホルダー・ダイアログを開催いたします。
ご参加いただけますと幸いです。

　日時：2026年2月18日（水）14:00～17:00
　場所：日の出ビル 9階 大会議室（オンライン参加も可）
　テーマ：外国人労働者の責任ある受入れと救済へのアクセス

※本メールはBCCにてお送りしております。
ご出欠は1月30日までに本メールへのご返信にてお知らせください。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invitation to several NGOs properly in Bcc: ordinary mail",
    },
    {
        "id": "jinkenhoushin-066",
        "charset": "utf-8",
        "sender": "Yuki Iwasa <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["Ms. Vo Thi Thanh Tam <tam.vo@saigongarment.com.vn>"],
        "cc": ["Karin Lindqvist <karin.lindqvist@nordvik.se>",
               "Fair Labour Watch Asia <casework@flwasia.org>",
               "kuramochi.daisuke@hinode-sangyo.co.jp"],
        "subject": "RE: RE: Joint meeting on the Binh Duong incident",
        "body": """Dear all,

Thank you for agreeing to meet. To confirm:

  Date: Thursday 11 December, 15:00 (ICT) / 17:00 (JST) / 09:00 (CET)
  Format: Teams (link to follow)
  Agenda: 1) factory update  2) workers' feedback collected by FLWA
          3) brand expectations  4) next verification visit

Best regards,
Yuki

From: Karin Lindqvist <karin.lindqvist@nordvik.se>
Sent: Wednesday, November 26, 2025 16:20
Subject: RE: Joint meeting on the Binh Duong incident
> Thursday afternoon Asia time works for me.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reply-all puts a supplier, a customer and an NGO in To/Cc: three external organisations see each other",
    },
    {
        "id": "jinkenhoushin-067",
        "charset": "cp932",
        "sender": "沢渡 恵 <sawatari.megumi@hinode-sangyo.co.jp>",
        "to": ["ライツ・コンサルティング 桑折様 <koori@rights-consulting.jp>"],
        "subject": "合理的配慮の事例についてのご相談（錦印刷様）",
        "body": """桑折様

お世話になっております。日の出産業 人事部の沢渡です。
取引先の錦印刷様から、障害のある従業員への合理的配慮について相談を受けており、
貴社のご知見をお借りしたく存じます。

対象の方：鬼頭 悟 さん（印刷機オペレーター、正社員）
　・感音性難聴（身体障害者手帳 4級）。補聴器を使用。
　・機械の異常を知らせる警報音が聞き取れず、ヒヤリハットが2件発生。
　・会社は配置転換を検討しているが、ご本人は現職の継続を希望。

光・振動による警報装置の導入事例や、助成金の活用についてご助言いただけますか。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's disability (hearing impairment, disability certificate) sent to a consultancy: sensitive data",
    },
    {
        "id": "jinkenhoushin-068",
        "charset": "utf-8",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["金沢縫製 総務 大坪様 <otsubo@kanazawa-hosei.jp>"],
        "subject": "【ご案内】人権eラーニング（取引先管理職向け）受講のお願い",
        "body": """金沢縫製株式会社
総務 大坪様

お世話になっております。日の出産業の浜口です。
取引先管理職向けの人権eラーニングを公開しましたのでご案内します。
班長・職長の皆さまに、1月末までの受講をお願いいたします。

受講URL：https://learning.hinode-sangyo.co.jp/bhr/supplier
企業コード：KHS-0417（各受講者が初回にご自身で登録してください）
所要時間：約45分（日本語・ベトナム語・英語字幕あり）
""" + SIG_HAMAGUCHI,
        "html": """<html><body>
<p>金沢縫製株式会社<br>総務 大坪様</p>
<p>お世話になっております。日の出産業の浜口です。<br>
取引先管理職向けの<b>人権eラーニング</b>を公開しましたのでご案内します。
班長・職長の皆さまに、1月末までの受講をお願いいたします。</p>
<ul>
<li>受講URL：<a href="https://learning.hinode-sangyo.co.jp/bhr/supplier">https://learning.hinode-sangyo.co.jp/bhr/supplier</a></li>
<li>企業コード：KHS-0417</li>
<li>所要時間：約45分（日本語・ベトナム語・英語字幕あり）</li>
</ul>
<p>日の出産業株式会社 調達本部 サプライヤー管理課 浜口 健太<br>TEL 03-5202-7760</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text+HTML training announcement to one supplier contact: ordinary mail",
    },
    {
        "id": "jinkenhoushin-069",
        "charset": "iso-2022-jp",
        "sender": "仁科 翔 <nishina.sho@hinode-sangyo.co.jp>",
        "to": ["ビジネスと人権フォーラム2026 事務局 <entry@bhr-forum2026.jp>"],
        "subject": "参加登録（日の出産業 2名）とお支払いについて",
        "body": """ビジネスと人権フォーラム2026 事務局 御中

お世話になります。日の出産業株式会社 総務部の仁科と申します。
Webフォームでの決済がエラーとなったため、メールにて参加登録をお願いいたします。

　参加者：武藤 哲也（CSR室長）、岩佐 由紀（サステナビリティ推進部）
　区分　：一般（2日間通し）×2名　計 66,000円

決済は下記の法人カードでお願いいたします。
　カード番号　""" + _fw(_cd(card_number(SEED + 3))) + """
　有効期限　　１１／２７
　カード名義　ＨＩＮＯＤＥ　ＳＡＮＧＹＯ

領収書の宛名は「日の出産業株式会社」でお願いいたします。

総務部 仁科 翔　TEL 03-5202-7715
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a card number typed in full-width digits to an event organiser: card numbers always stop",
    },
    {
        "id": "jinkenhoushin-070",
        "charset": "cp932",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["大貫 英俊 <onuki.h@nishiki-insatsu.co.jp>"],
        "subject": "Re: 他社の是正事例の共有について",
        "body": """大貫様

お世話になっております。三上です。
お問い合わせいただいた他社様の是正事例ですが、監査報告書そのものは
社外秘の扱いとなっておりますので、そのままお送りすることはできません。
申し訳ございません。

代わりに、一般的な是正の進め方と、公開されている業界団体のガイドラインを
以下にご紹介します。

　・勤怠記録外の作業：始業前作業の洗い出し → 作業開始時刻の見直し → 記録方法の変更
　・化学物質管理：SDSの掲示と母国語での安全教育
　・業界団体「印刷産業 人権ガイドライン」（2024年版）第4章

ご参考になれば幸いです。
""" + SIG_MIKAMI + "\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that reports are 社外秘 and carries the standard disclaimer, but is itself not marked: may go",
    },
    {
        "id": "jinkenhoushin-071",
        "charset": "utf-8",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買部 寺西様 <teranishi.m@kawasaki-denki.com>"],
        "subject": "紛争鉱物・強制労働リスク調査（CMRT/EMRT）ご回答のお願い",
        "body": """川崎電機株式会社
購買部　寺西様

いつもお世話になっております。日の出産業 調達部の三上でございます。

弊社では、電子部品に含まれる鉱物（3TG、コバルト、マイカ）の調達における
人権リスク（強制労働・児童労働）の調査を年1回実施しております。
本年も、CMRT・EMRTの最新版にてご回答をお願いできますでしょうか。

　回答期限：2026年1月16日（金）
　対象製品：弊社向け納入品すべて（品番一覧を添付の通り）

ご不明点がございましたら、お気軽にお問い合わせください。
""" + SIG_MIKAMI,
        "attachments": [
            {"kind": "csv", "name": "対象品番一覧.csv", "encoding": "utf-8",
             "rows": [["品番", "品名", "年間数量"], ["KD-RL-2204", "リレー", "12000"],
                      ["KD-CN-0871", "コネクタ", "48000"], ["KD-PS-1130", "電源ユニット", "3500"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.com swaps the TLD of partner kawasaki-denki.co.jp: look-alike recipient",
    },
    {
        "id": "jinkenhoushin-072",
        "charset": "iso-2022-jp",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["人権DD委員会 <bhr-committee@hinode-sangyo.co.jp>"],
        "cc": ["legal@mail.hinode-sangyo.co.jp"],
        "subject": "【社内限り】委託先労災・ハラスメント案件 個別状況（11月委員会資料）",
        "body": """委員各位

11月の人権DD委員会の個別案件資料です。社内限りでお願いします。

1) 北国フーズ石狩工場　LE THI NGOC ANH さん（24）
   10/27 右手人差し指切断。11/20退院、12月から軽作業で復帰予定。
   労災保険の休業補償の手続きは監理団体が支援中。

2) 金沢縫製　DANG THI MY さん（22）
   班長による性暴力被害。被害届提出済み。班長は懲戒解雇。
   本人は転籍を希望、登録支援機関と調整中。

3) 錦印刷川口工場　樋渡 加奈 さん（契約社員）
   上司のハラスメントによるうつ病で通院中。会社が上司を異動、本人は休職中。

4) Perak Gloves　Bikash Shrestha さん
   急性腎不全で透析。会社が医療費を負担、解雇しないことを書面で確認済み。

以上
CSR室 武藤
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "named victims' health and crime data, but only to internal addresses (incl. a subdomain): may go",
    },
    {
        "id": "jinkenhoushin-073",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Priya Nair <priya.nair@veritasocial.com>"],
        "subject": "Payroll sample for the Sinar Tekstil desk review",
        "body": """Hi Priya,

Ahead of the desk review for PT Sinar Tekstil Indonesia (Bandung), attached is the
payroll sample the factory sent us: October 2025, ten operators from the weaving
section, with bank details as paid. It is zipped because the factory's mail
server rejects .xlsx files; there is no password.

Could you check the overtime premium (should be 1.5x for the first hour, 2x after)
and the deductions for dormitory and meals?

Thanks,
Daisuke
""" + SIG_KURAMOCHI,
        "attachments": [
            {"kind": "zip", "name": "SinarTekstil_payroll_Oct2025.zip",
             "files": [
                 {"kind": "xlsx", "name": "payroll_weaving_oct2025.xlsx",
                  "sheets": {"Oct-2025": [
                      ["PT Sinar Tekstil Indonesia - Payroll October 2025 - Weaving"],
                      ["Emp No", "Name", "Date of birth", "Bank", "Account no.", "Basic (IDR)", "OT hours", "OT pay", "Deductions", "Net pay"],
                      ["ST-10412", "Siti Nurhaliza Putri", "1998-04-11", "Bank Rakyat", "0412-01-552180-50-3", 4210000, 31, 1023000, 650000, 4583000],
                      ["ST-10418", "Rudi Setiawan", "1995-09-02", "Bank Rakyat", "0412-01-552311-50-8", 4210000, 44, 1490000, 650000, 5050000],
                      ["ST-10431", "Dewi Anggraini", "2000-01-27", "Bank Mandiri", "131-00-2291847-4", 4210000, 28, 912000, 650000, 4472000],
                      ["ST-10437", "Yusuf Hidayat", "1997-06-15", "Bank Mandiri", "131-00-2291905-0", 4210000, 52, 1775000, 650000, 5335000],
                      ["ST-10452", "Lina Marlina", "1999-12-08", "Bank Rakyat", "0412-01-553027-50-1", 4210000, 19, 604000, 650000, 4164000],
                      ["ST-10460", "Andi Kurniawan", "1996-03-23", "BNI", "0881245630", 4210000, 47, 1598000, 650000, 5158000],
                      ["ST-10466", "Nur Aisyah", "2001-07-30", "BNI", "0881245719", 4210000, 36, 1201000, 650000, 4761000],
                      ["ST-10471", "Bayu Saputra", "1998-10-05", "Bank Rakyat", "0412-01-553198-50-6", 4210000, 40, 1348000, 650000, 4908000],
                      ["ST-10483", "Fitri Handayani", "2002-02-14", "Bank Mandiri", "131-00-2292410-2", 4210000, 25, 805000, 650000, 4365000],
                      ["ST-10490", "Hendra Gunawan", "1994-11-19", "BNI", "0881246102", 4210000, 50, 1704000, 650000, 5264000],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an unencrypted ZIP holding a payroll XLSX of ten workers (birth dates, bank accounts) to an audit firm: list of people",
    },
    {
        "id": "jinkenhoushin-074",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["一ノ瀬 准教授 <ichinose@seiryo-u.ac.jp>"],
        "subject": "共同研究：取引先向けアンケート調査票（案）について",
        "body": """清陵大学 経済学部
一ノ瀬 先生

いつもお世話になっております。日の出産業の岩佐です。
共同研究でご提案いただいた「取引先の外国人材受入れに関する実態調査」の
調査票案を拝見しました。弊社からのコメントは以下のとおりです。

　・問5（採用手数料）：金額の選択肢に「わからない」を追加したい
　・問9（旅券の保管）：「本人の希望により会社が保管」の選択肢は、
　　実質的な強制の有無が判別できないため、補問を設けたい
　・回答は事業所単位とし、個人を特定する設問は設けない方針で賛成です

倫理審査の申請スケジュールについても、ご教示いただけますと幸いです。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comments on a research questionnaire to a university: no personal data",
    },
    {
        "id": "jinkenhoushin-075",
        "charset": "cp932",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["桑折 俊介 <koori@rights-consulting.jp>"],
        "subject": "人権リスク評価の見直し方針（委員会審議前）",
        "body": """━━━━━━━━━━━━━━━━━━━━━━━━━━
　機密区分：極秘　／　配布先：ライツ・コンサルティング 桑折様限り
━━━━━━━━━━━━━━━━━━━━━━━━━━

桑折様

お世話になっております。武藤です。
来年度の人権リスク評価の見直し方針（委員会審議前の案）をお送りします。

１．評価対象を国内一次取引先から、海外二次取引先（原材料）まで拡大
２．リスク評価指標に「外国人材比率」「監理団体の行政処分歴」を追加
３．高リスク先（上位10%）は2年に1回の第三者監査を必須化
４．取引継続の判断基準として「是正期限の2回超過」を明文化（法務確認中）

特に４．は取引先への影響が大きいため、委員会審議の前に
御社のご意見を伺いたく存じます。
""" + SIG_MUTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is stamped 機密区分：極秘 at the top, sent to an external consultant: confidentiality marking",
    },
]

MESSAGES += [
    {
        "id": "jinkenhoushin-076",
        "charset": "iso-2022-jp",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理部 松永様 <matsunaga@aoba-unyu.co.jp>"],
        "subject": "Re: ドライバーの拘束時間に関するアンケート（ご回答御礼）",
        "body": """青葉運輸株式会社
安全管理部　松永様

ご回答いただき、ありがとうございました。三上です。
いただいた数値を弊社の他の委託先と合わせて集計したところ、次のとおりでした。

　　　　　　　　　　　　　貴社　　　委託先平均（5社）
　1日の平均拘束時間　　　11.8時間　12.4時間
　荷待ち時間（平均）　　　72分　　　88分
　荷待ち時間（最大）　　　3時間10分　4時間05分
　年960時間超の乗務員　　0名　　　 計3名

厚木倉庫の荷待ちが突出しておりますので、12月から予約受付システムを試行し、
2月に効果をご報告いたします。引き続きよろしくお願いいたします。
""" + SIG_MIKAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated working-time figures to a logistics partner: statistics, no personal data",
    },
    {
        "id": "jinkenhoushin-077",
        "charset": "utf-8",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["久住 明日香 <kusumi.a@rokan-hyoka.co.jp>"],
        "subject": "FW: 賃金関係書類（三陸水産加工）",
        "body": """久住様

浜口です。三陸水産加工様から「賃金の支払状況がわかる書類」として
源泉徴収簿のPDFが届きましたので、そのまま転送します。
机上確認の範囲でご覧いただければと思います。

※先方には、次回から個人番号欄を伏せていただくよう伝えます。

-------- 転送メッセージ --------
件名: 賃金関係書類
差出人: 三陸水産加工 経理 <keiri@sanriku-suisan.co.jp>

日の出産業 浜口様
ご依頼の書類をお送りします。よろしくお願いします。
""" + SIG_HAMAGUCHI,
        "attachments": [
            {"kind": "pdf", "name": "源泉徴収簿_2025_抜粋.pdf",
             "title": "令和7年分 源泉徴収簿（抜粋）",
             "lines": ["令和7年分 給与所得に対する源泉徴収簿（抜粋）", "三陸水産加工株式会社", ""],
             "table": [
                 ["氏名", "個人番号", "生年月日", "支給総額（1-10月）", "源泉徴収税額"],
                 ["PHAN VAN TOAN", my_number(SEED + 4), "1996/11/02", "2,184,300", "41,280"],
                 ["CHU THI HANG", my_number(SEED + 5), "2000/03/17", "1,962,750", "33,640"],
                 ["奈良岡 崇", my_number(SEED + 6), "昭和61年9月8日", "3,315,000", "78,910"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "forwarded withholding-tax ledger PDF with three employees' My Numbers, to an audit firm: My Number",
    },
    {
        "id": "jinkenhoushin-078",
        "charset": "cp932",
        "sender": "仁科 翔 <nishina.sho@hinode-sangyo.co.jp>",
        "to": ["片桐 潤 <katagiri.jun@sustena-assurance.co.jp>"],
        "subject": "宮古での宿泊先候補について",
        "body": """片桐様

日の出産業 総務部の仁科です。
1月の三陸水産加工様の監査の際の宿泊先について、工場から近いホテルを
いくつか挙げておきます。各自でご予約いただく形でお願いできますでしょうか
（宿泊費は後日ご精算ください）。

ホテル名                      所在地                     代表電話       工場まで
----------------------------  -------------------------  -------------  --------
ホテル磯鶏ベイサイド          岩手県宮古市磯鶏2-4-10     0193-62-3311   車5分
宮古セントラルイン            岩手県宮古市大通1-7-22     0193-63-8800   車12分
浄土ヶ浜パークホテル          岩手県宮古市日立浜町31-6   0193-62-2105   車15分
さくらホテル宮古駅前          岩手県宮古市栄町2-5        0193-71-4410   車10分

冬季は道路が凍結しますので、タクシーのご利用をおすすめします。

総務部 仁科
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hotels with switchboards and addresses (businesses, not people): may go",
    },
    {
        "id": "jinkenhoushin-079",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Fair Labour Watch Asia <casework@flwasia.org>"],
        "subject": "Possible discrimination against a Rohingya worker at Perak Gloves",
        "body": """Dear FLWA team,

During the November visit our auditor spoke with Mr. Mohammad Yunus
(Line 3, Perak Gloves Ipoh Plant 2), who is a Rohingya refugee registered with
UNHCR and working under a local arrangement. He says that because of his ethnic
origin he is paid a lower piece rate than other operators, is excluded from
overtime bonuses, and is called names by a team leader.

He agreed that we could share his case with you so that your caseworker, who
speaks Rohingya, can contact him. Could you advise on safe ways to raise this
with the factory without exposing him to retaliation?

""" + SIG_KURAMOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's ethnic origin (Rohingya) and refugee status to an NGO: race/origin is sensitive",
    },
    {
        "id": "jinkenhoushin-080",
        "charset": "utf-8",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["chuthihang2000@gmail.com", "phanvantoan.96@gmail.com",
               "lethimai.mk@gmail.com"],
        "subject": "オンライン聞き取りのご案内 / Thông báo phỏng vấn trực tuyến",
        "body": """皆さま

日の出産業の岩佐です。三陸水産加工で以前働いていた皆さまに、
当時の労働条件についてオンラインでお話を伺いたく、ご連絡しました。
お話しいただいた内容で皆さまが不利益を受けることはありません。

　日時：12月14日（日）19:00～（1人20分ほど）
　方法：Zoom（ベトナム語の通訳がつきます）

Xin chào các bạn,
Công ty Hinode Sangyo muốn hỏi về điều kiện làm việc tại Sanriku Suisan.
Buổi phỏng vấn qua Zoom, có phiên dịch tiếng Việt, ngày 14/12 lúc 19:00.

参加できる方は、このメールにご返信ください。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three former workers (private persons) on free mail all in To: they can see each other's addresses",
    },
    {
        "id": "jinkenhoushin-081",
        "charset": "iso-2022-jp",
        "sender": "日の出産業 グリーバンス窓口 <grievance@hinode-sangyo.co.jp>",
        "to": ["chuthihang2000@gmail.com"],
        "subject": "【受付番号 G-2025-052】ご相談を受け付けました",
        "body": """CHU THI HANG 様

日の出産業株式会社 グリーバンス窓口です。
12月2日にお寄せいただいたご相談を、受付番号 G-2025-052 で受け付けました。

ご相談の内容は、担当者（岩佐）が確認し、10営業日以内にこのメールアドレスへ
ご連絡します。会社（三陸水産加工）には、あなたの同意なしに
お名前やご相談の内容を伝えることはありません。

Chúng tôi đã nhận được yêu cầu của bạn (số G-2025-052).
Chúng tôi sẽ liên lạc lại trong vòng 10 ngày làm việc.

日の出産業株式会社 グリーバンス窓口
https://www.hinode-sangyo.co.jp/grievance/
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "acknowledgement to one complainant at her own free-mail address, nothing about others: may go",
    },
    {
        "id": "jinkenhoushin-082",
        "charset": "cp932",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["ラーニングゲート サポート <support@learning-gate.jp>"],
        "subject": "受講者アカウント発行のお願い（取引先管理職 第1期）",
        "body": """株式会社ラーニングゲート
サポートご担当者様

いつもお世話になっております。日の出産業の浜口です。
取引先管理職向け人権eラーニングの第1期受講者について、
アカウントの発行をお願いいたします。受講者の一覧はPDFにてお送りします。
（取引先から紙で回収したものを転記しております）

発行後、各受講者へ直接ログイン情報をお送りください。
""" + SIG_HAMAGUCHI,
        "attachments": [
            {"kind": "pdf", "name": "受講者一覧_第1期.pdf",
             "title": "人権eラーニング 受講者一覧",
             "page_header": "日の出産業株式会社 調達本部",
             "lines": ["取引先管理職向け 人権eラーニング 第1期 受講者一覧", ""],
             "table": [
                 ["No", "会社名", "氏名", "メールアドレス", "携帯電話"],
                 ["1", "金沢縫製", "大坪 栄一", "e.otsubo.kh@gmail.com", "090-8815-3302"],
                 ["2", "金沢縫製", "瀬賀 しのぶ", "shinobu_sega@yahoo.co.jp", "080-4472-9016"],
                 ["3", "丸藤製菓", "能登谷 篤", "notoya.atsushi@outlook.jp", "090-2261-7784"],
                 ["4", "丸藤製菓", "宇留賀 麻衣", "mai.uruga@icloud.com", "070-6604-1129"],
                 ["5", "三陸水産加工", "奈良岡 崇", "naraoka.t@docomo.ne.jp", "080-1934-5527"],
                 ["6", "東北パック工業", "漆原 広之", "urushibara1972@ezweb.ne.jp", "090-3347-0851"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six people's personal e-mail addresses and mobiles in a PDF table to an e-learning vendor: list of people",
    },
    {
        "id": "jinkenhoushin-083",
        "charset": "utf-8",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["石動 拓真 <isurugi.t@maruyama-retail.co.jp>"],
        "subject": "Re: 委託先の法人情報（取引先登録用）",
        "body": """石動様

お世話になっております。浜口です。
御社の取引先登録システム用に、製造委託先の法人情報をお送りします。

　北国フーズ株式会社
　　法人番号：9430001034417　／　適格請求書発行事業者番号：T9430001034417
　　本店：北海道札幌市中央区北四条西6-2-11
　金沢縫製株式会社
　　法人番号：7220001017733　／　T7220001017733
　　本店：石川県白山市宮丸町2210
　丸藤製菓株式会社
　　法人番号：8011101049521　／　T8011101049521
　　本店：東京都墨田区両国4-18-6

いずれも国税庁の法人番号公表サイトで確認済みです。
""" + SIG_HAMAGUCHI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "corporate numbers and T-numbers of three companies: business data, not people's: may go",
    },
    {
        "id": "jinkenhoushin-084",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Somchai Rattanakorn <somchai.r@siamprecision.co.th>"],
        "subject": "Audit findings and CAP template (password protected)",
        "body": """Dear Mr. Somchai,

Please find attached the findings from the October audit of your Rayong plant
together with our CAP template. For security reasons the file is protected;
I will send the password in a separate e-mail.

Please return the completed CAP by 19 December.

""" + SIG_KURAMOCHI,
        "attachments": [
            {"kind": "zip", "name": "SiamPrecision_Rayong_findings.zip", "password": "Rayong!2025",
             "files": [
                 {"kind": "xlsx", "name": "findings_rayong.xlsx",
                  "sheets": {"Findings": [["No", "Finding", "Severity"],
                                          [1, "Work permits kept by HR", "Critical"],
                                          [2, "Recruitment fees paid by Myanmar workers", "Critical"]]}},
                 {"kind": "docx", "name": "CAP_template_EN.docx",
                  "paragraphs": ["Corrective Action Plan", "Finding / Root cause / Action / Owner / Due date"]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to an overseas supplier: attachment cannot be inspected",
    },
    {
        "id": "jinkenhoushin-085",
        "charset": "iso-2022-jp",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["桑折 俊介 <koori@rights-consulting.jp>"],
        "subject": "取引先の人権担当窓口一覧（ヒアリング先）",
        "body": """桑折様

お世話になっております。武藤です。
来月からのヒアリングの際にご連絡いただく、各取引先の人権担当者の一覧です。
先方には御社からご連絡が行く旨を伝えてあります。

会社名　　　　　　　担当者　　　　　部署　　　　　メール　　　　　　　　　　　　　直通電話
北国フーズ　　　　　菅原 恵理　　　総務部　　　　sugawara.eri@kitaguni-foods.co.jp　0133-64-2290
錦印刷　　　　　　　大貫 英俊　　　生産管理部　　onuki.h@nishiki-insatsu.co.jp　　048-222-4831
丸藤製菓　　　　　　能登谷 篤　　　人事課　　　　notoya@marufuji-seika.co.jp　　　048-536-2214
金沢縫製　　　　　　大坪 栄一　　　総務　　　　　otsubo@kanazawa-hosei.jp　　　　 076-274-6635
東北パック工業　　　漆原 広之　　　総務課　　　　soumu@tohoku-pack.co.jp　　　　　022-344-5183

よろしくお願いいたします。
""" + SIG_MUTO,
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five named business contacts at five companies (work e-mails, direct lines): a list of people or of business contacts, arguable",
    },
    {
        "id": "jinkenhoushin-086",
        "charset": "cp932",
        "sender": "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>",
        "to": ["大貫 英俊 <onuki.h@nishiki-insatsu.co.jp>"],
        "subject": "12/3 是正計画レビュー会議 議事録",
        "body": """大貫様

本日はありがとうございました。三上です。
議事録を添付いたします。修正がございましたら12/10までにお知らせください。
""" + SIG_MIKAMI,
        "attachments": [
            {"kind": "docx", "name": "議事録_CAPレビュー_20251203.docx",
             "paragraphs": [
                 "是正計画レビュー会議 議事録",
                 "日時：2025年12月3日（水）10:00-11:30　場所：錦印刷 川口工場 会議室",
                 "出席：錦印刷（生産管理部長、生産管理部 大貫氏、総務課長）、日の出産業（三上、岩佐）",
                 "1. 指摘No.1（勤怠記録外の作業）：始業前清掃を所定労働時間内に移動。12/1より実施済み。",
                 "2. 指摘No.2（SDS未掲示）：全作業場に掲示済み。写真を受領。",
                 "3. 指摘No.4（就業規則の翻訳）：ベトナム語・タガログ語版を1月末までに作成。",
                 "4. 次回：2026年2月、フォローアップ監査にて確認。",
             ],
             "tables": [[["指摘No", "状況", "完了予定"], ["1", "完了", "-"], ["2", "完了", "-"],
                         ["3", "完了", "-"], ["4", "対応中", "2026/01/31"], ["5", "対応中", "2026/01/31"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting minutes with roles and a status table, no personal data: ordinary mail",
    },
    {
        "id": "jinkenhoushin-087",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["小野寺 真理子 <onodera.mariko@hinode-sangyou.co.jp>"],
        "subject": "上期グリーバンス件数の集計（報告書用）",
        "body": """小野寺さん

お疲れさまです。岩佐です。
人権報告書用の上期グリーバンス件数をまとめました。

　受付件数　　31件（うち取引先従業員 24件）
　分類　　　　労働時間 11／賃金 6／ハラスメント 7／寮 4／その他 3
　言語　　　　日本語 12／ベトナム語 10／インドネシア語 5／英語 4
　対応状況　　完了 22／対応中 9

報告書の図表はこの数字で作成をお願いします。

岩佐
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the company's own domain",
    },
    {
        "id": "jinkenhoushin-088",
        "charset": "utf-8",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["桑折 俊介 <koori@rights-consulting.jp>"],
        "subject": "国別・品目別リスクマップ（取締役会説明用）のご確認",
        "body": """桑折様

お世話になっております。武藤です。
取締役会での説明用に作成した国別・品目別の人権リスクマップです。
出典の記載方法とスコアの考え方について、ご確認いただけますと幸いです。
""" + SIG_MUTO,
        "attachments": [
            {"kind": "pptx", "name": "人権リスクマップ_2025.pptx",
             "slides": [
                 ["調達における人権リスクマップ 2025", "CSR室", "出典：ILO、米国務省TIP報告書、各種NGO報告"],
                 ["国別リスク（高）", "マレーシア：移住労働者の採用手数料・旅券保管",
                  "バングラデシュ：建物安全・最低賃金", "ベトナム：送出し時の借金"],
                 ["品目別リスク（高）", "手袋（ゴム）", "綿製品", "水産加工品", "電子部品（鉱物）"],
                 ["対応方針", "高リスク×取引額上位の30社を重点監査", "2026年度に海外二次取引先へ拡大"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "country and product risk slides, no people: ordinary mail",
    },
    {
        "id": "jinkenhoushin-089",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["東海国際人材協同組合 指導部 <shido@tokai-jinzai.or.jp>"],
        "subject": "巡回指導の際の面談希望者について",
        "body": """東海国際人材協同組合
指導部　ご担当者様

お世話になっております。日の出産業の小野寺です。
12月の巡回指導の際、以下の4名が個別の面談を希望されています。
ご本人の了解を得て、連絡先をお伝えします。

　氏名　　　　　　　　　　　携帯電話
　ＨＯＡＮＧ　ＤＵＣ　ＭＡＮＨ　　０７０－６６３８－２２５１
　ＮＧＯ　ＱＵＡＮＧ　ＶＩＮＨ　　０７０－６６３８－２３１９
　ＴＲＵＯＮＧ　ＴＨＩ　ＢＩＣＨ　０７０－６６３８－２４８８
　Ａｕｎｇ　Ｋｏ　Ｋｏ　　　　　　０８０－４４１０－７７６２

面談は会社の方が同席しない場所でお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four workers' names and full-width mobiles to a supervising organisation: under five records, may go with a warning",
    },
    {
        "id": "jinkenhoushin-090",
        "charset": "utf-8",
        "sender": "武藤 哲也 <muto.tetsuya@hinode-sangyo.co.jp>",
        "to": ["Karin Lindqvist <karin.lindqvist@nordvik.se>"],
        "subject": "Nordvik Supplier Code of Conduct - self-assessment (Hinode Sangyo)",
        "body": """Dear Karin,

Please find attached our answers to the Nordvik supplier self-assessment.
Supporting documents (policy, grievance procedure, last two audit summaries)
can be provided on request.

Kind regards,
Tetsuya Muto
Head of CSR Office, Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "attachments": [
            {"kind": "xlsx", "name": "Nordvik_SAQ_HinodeSangyo_2025.xlsx",
             "sheets": {
                 "Company": [["Company name", "Hinode Sangyo Co., Ltd."], ["Country", "Japan"],
                             ["Employees", 1240], ["Sites", 4]],
                 "Answers": [["No", "Question", "Answer", "Evidence"],
                             ["1.1", "Do you have a human rights policy approved by top management?", "Yes", "Policy 2025-10"],
                             ["2.3", "Do you prohibit recruitment fees charged to workers?", "Yes", "Procurement Guideline 4.2"],
                             ["3.1", "Is your grievance mechanism open to supplier workers?", "Yes", "8 languages"],
                             ["4.5", "Share of tier-1 suppliers audited in the last 3 years", "31 %", "Audit list"]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company-level questionnaire answers to a customer, standard disclaimer: no personal data",
    },
    {
        "id": "jinkenhoushin-091",
        "charset": "cp932",
        "sender": "小野寺 真理子 <onodera.mariko@hinode-sangyo.co.jp>",
        "to": ["三陸水産加工 総務 <soumu@sanriku-suisan.co.jp>"],
        "subject": "夏季の熱中症対策について（来年度に向けたお願い）",
        "body": """三陸水産加工株式会社
総務ご担当者様

お世話になっております。日の出産業の小野寺です。

今夏、弊社の委託先全体で熱中症による休業災害が3件（昨年は1件）発生しました。
来年度に向けて、以下の対策のご検討をお願いいたします。

　・WBGT計の設置と、基準値超過時の作業中断ルール
　・外国籍従業員向けに、母国語での症状・応急処置の掲示
　・冷蔵庫内作業と屋外作業を交互に行う場合の体調確認

厚生労働省の「職場における熱中症予防基本対策要綱」の改正点をまとめた資料を
別途お送りいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health and safety advice with aggregate accident counts, no one identified: may go",
    },
    {
        "id": "jinkenhoushin-092",
        "charset": "iso-2022-jp",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["錦印刷 生産管理部 <seikan@nishiki-insatsu.co.jp>"],
        "subject": "多言語ポスター（相談窓口のご案内）発送のお知らせ",
        "body": """錦印刷株式会社
生産管理部 御中

お世話になっております。日の出産業の浜口です。
御社で印刷いただいた相談窓口ポスターを、各取引先工場へ発送いたしました。
追跡番号は以下のとおりです（ご参考まで）。

発送先　　　　　　　　　　　 運送会社　 追跡番号　　　　　数量
北国フーズ 石狩工場　　　　　青葉運輸　 4418-2290-7735　 20部
丸藤製菓 第二工場　　　　　　青葉運輸　 4418-2290-7746　 25部
三陸水産加工 本社工場　　　　青葉運輸　 4418-2290-7750　 20部
金沢縫製　　　　　　　　　　 青葉運輸　 4418-2290-7761　 10部

掲示状況の写真（サンプル）を添付します。
注文番号 PO-HS-2025-09120 の検収は来週行います。
""" + SIG_HAMAGUCHI,
        "attachments": [
            {"kind": "png", "name": "poster_sample.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking and order numbers for shipments to factories, a photo: ordinary business mail",
    },
    {
        "id": "jinkenhoushin-093",
        "charset": "iso-2022-jp",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["kikaku@rokan-hyoka.co.jp", "sales@sustena-assurance.co.jp",
               "japan@veritasocial.com"],
        "subject": "【見積依頼】2026年度 社会監査業務（国内8事業所）",
        "body": """監査機関各位

お世話になっております。日の出産業 調達本部の浜口です。
2026年度の社会監査業務について、お見積りをお願いいたします。

　対象：国内8事業所（食品4、縫製1、印刷1、包装資材1、水産加工1）
　内容：2日間の現地監査（書類確認、巡回、従業員インタビュー10名程度）、報告書作成
　言語：日本語＋ベトナム語・インドネシア語・ミャンマー語の通訳
　提出期限：2026年1月23日（金）

仕様書は別途お送りします。ご質問は1月9日までにお寄せください。
""" + SIG_HAMAGUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "request for quotation sent to three competing audit firms all in To: external parties see each other",
    },
    {
        "id": "jinkenhoushin-094",
        "charset": "utf-8",
        "sender": "倉持 大輔 <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["桑折 俊介 <koori@rights-consulting.jp>"],
        "subject": "送出機関のデューディリジェンス結果（机上調査）",
        "body": """桑折様

お世話になっております。日の出産業 調達部の倉持です。
取引先が利用している送出機関の机上調査の結果をテキストにまとめました。
現地訪問の優先順位づけについて、ご意見をいただければと思います。
""" + SIG_KURAMOCHI,
        "attachments": [
            {"kind": "txt", "name": "sending_agencies_desk_review.txt", "encoding": "utf-8",
             "text": """送出機関 机上調査結果（2025年11月）

1. Hanoi Manpower JSC（ベトナム・ハノイ）
   認定番号：MOLISA 215/LDTBXH-GP　手数料上限の遵守：表示あり（3,600USD）
   懸念：地方ブローカーへの再委託の可能性

2. PT Karya Mandiri Global（インドネシア・スラバヤ）
   許可番号：P3MI 2/1038/2019　手数料：雇用主負担と明記
   懸念：なし

3. Golden Myanmar Overseas Co., Ltd.（ミャンマー・ヤンゴン）
   許可番号：MOLIP-LA 0872　手数料：記載なし
   懸念：2024年に行政処分歴あり（報道）

4. Kathmandu Global Recruitment Pvt. Ltd.（ネパール）
   許可番号：DoFE 1147/075/76　手数料：「無料ビザ・無料チケット」の表示
   懸念：労働者の証言では約1,500USDを徴収
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "due diligence notes on recruitment agencies (business licence numbers), no people: may go",
    },
    {
        "id": "jinkenhoushin-095",
        "charset": "cp932",
        "sender": "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>",
        "to": ["桑折 俊介 <koori@rights-consulting.jp>"],
        "subject": "取引先リスク評価シート（2025年度版）",
        "body": """桑折様

お世話になっております。浜口です。
取引先リスク評価シートの2025年度版をお送りします。
評価ロジック（シート「配点」）の妥当性についてご意見をお願いいたします。
""" + SIG_HAMAGUCHI,
        "attachments": [
            {"kind": "xlsx", "name": "取引先リスク評価_FY2025.xlsx",
             "page_header": "部外秘　調達本部",
             "sheets": {
                 "評価結果": [["取引先リスク評価（2025年度）"], [],
                             ["取引先", "業種", "外国人材比率", "SAQ点数", "監査評価", "総合リスク"],
                             ["丸藤製菓", "菓子製造", "34%", 62, "-", "高"],
                             ["金沢縫製", "縫製", "63%", 55, "C", "高"],
                             ["三陸水産加工", "水産加工", "46%", 58, "-", "高"],
                             ["北国フーズ", "食品", "18%", 74, "B", "中"],
                             ["錦印刷", "印刷", "9%", 81, "B", "低"]],
                 "配点": [["指標", "配点"], ["外国人材比率", 25], ["SAQ点数", 30], ["監査評価", 30], ["報道・NGO指摘", 15]],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX printed with a 部外秘 page header, sent to a consultant: confidentiality marking",
    },
    {
        "id": "jinkenhoushin-096",
        "charset": "utf-8",
        "sender": "Daisuke Kuramochi <kuramochi.daisuke@hinode-sangyo.co.jp>",
        "to": ["Mr. Tan Wei Ming <weiming.tan@perakgloves.com.my>"],
        "subject": "Employer Pays Principle - guidance pack for your HR team",
        "body": """Dear Mr. Tan,

As discussed, here is our guidance pack on the Employer Pays Principle for your
HR and recruitment team. The zip contains:

  - Hinode Responsible Recruitment Policy (English)
  - A sample fee-reimbursement agreement (to be adapted by your lawyers)
  - A checklist for assessing recruitment agencies in Nepal and Bangladesh

None of these are confidential; feel free to share them with your agents.

""" + SIG_KURAMOCHI,
        "attachments": [
            {"kind": "zip", "name": "EPP_guidance_pack.zip",
             "files": [
                 {"kind": "pdf", "name": "Responsible_Recruitment_Policy.pdf",
                  "lines": ["Hinode Sangyo Responsible Recruitment Policy",
                            "1. No worker shall pay for a job.", "2. Workers keep their own identity documents.",
                            "3. Contracts in a language the worker understands, signed before departure."]},
                 {"kind": "docx", "name": "Sample_fee_reimbursement_agreement.docx",
                  "paragraphs": ["Fee Reimbursement Agreement (sample)",
                                 "The Employer shall reimburse the Worker for all recruitment fees and related costs ..."]},
                 {"kind": "csv", "name": "Agency_checklist.csv", "encoding": "utf-8",
                  "rows": [["Item", "Check"], ["Valid licence", ""], ["Fee policy in writing", ""],
                           ["Sub-agents disclosed", ""]]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of policy documents and blank templates to a supplier: nothing personal",
    },
    {
        "id": "jinkenhoushin-097",
        "charset": "iso-2022-jp",
        "sender": "四方田 彩 <yomoda.aya@hinode-sangyo.co.jp>",
        "to": ["Pham Thu Trang <trang.pham.tsuyaku@gmail.com>"],
        "subject": "通訳報酬のお支払いとマイナンバーのご提出について",
        "body": """ファム・トゥ・チャン様

日の出産業株式会社 経理部の四方田と申します。
11月19日の通訳業務の報酬（44,000円、源泉徴収後 39,506円）は、
12月25日にご指定の口座へお振込みいたします。

また、年間の報酬額が5万円を超える見込みのため、支払調書の作成にあたり
マイナンバー（個人番号）のご提出をお願いしております。
恐れ入りますが、メールではなく、同封の専用封筒で
「個人番号提供書」と本人確認書類の写しを郵送いただけますようお願いいたします。

ご不明な点がございましたら、経理部（03-5202-7731）までお問い合わせください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "asks one interpreter on free mail to post her My Number; the mail itself carries no number: may go",
    },
    {
        "id": "jinkenhoushin-098",
        "charset": "cp932",
        "sender": "津久井 直子 <tsukui.naoko@hinode-sangyo.co.jp>",
        "to": ["桐生 弁護士 <kiryu@shirakawa-law.jp>", "三枝 律子 <saegusa@ijuu-net.or.jp>"],
        "cc": ["iwasa.yuki@hinode-sangyo.co.jp"],
        "subject": "救済基金（仮称）の制度設計に関する打合せのお願い",
        "body": """白川法律事務所　桐生先生
移住者と働く人の権利ネット　三枝様

お世話になっております。日の出産業 法務部の津久井です。

取引先で働く方が被害を受けた際に、取引先の支払能力にかかわらず
迅速に救済できるよう、弊社で「救済基金（仮称）」の創設を検討しています。
制度設計について、法律面と当事者支援の両面からご意見を伺いたく、
お二人にお集まりいただく打合せをお願いできないでしょうか。

　候補：1月13日（火）、15日（木）、16日（金）いずれも午後
　場所：弊社会議室またはオンライン

論点メモは打合せの1週間前にお送りします。
""" + SIG_TSUKUI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a law firm and an NGO in To: two external organisations, a normal three-way meeting mail",
    },
    {
        "id": "jinkenhoushin-099",
        "charset": "utf-8",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["三枝 律子 <saegusa@ijuu-net.or.jp>"],
        "subject": "案件 G-2025-044 調査報告書の送付（申告者ご本人への説明用）",
        "body": """三枝様

お世話になっております。岩佐です。
貴会経由でご相談のあった案件 G-2025-044 について、調査報告書がまとまりましたので
お送りします。申告者ご本人への説明の際にご活用ください。
""" + SIG_IWASA,
        "attachments": [
            {"kind": "pdf", "name": "調査報告書_G-2025-044.pdf",
             "title": "グリーバンス案件 G-2025-044 調査報告書",
             "lines": [
                 "グリーバンス案件 G-2025-044 調査報告書",
                 "作成：日の出産業株式会社 サステナビリティ推進部　2025年12月1日",
                 "",
                 "1. 申告者：CHU THI HANG（チュー・ティ・ハン）さん　元三陸水産加工 技能実習生（2000年3月17日生）",
                 "2. 申告内容：2025年2月、冷凍庫内で重量物（約25kg）を運搬中に転倒し、腰椎捻挫と診断された。",
                 "   会社は労災として扱わず、治療費を本人に負担させ、回復前に帰国させた。",
                 "3. 調査結果：医療機関の診断書（全治4週間）を確認。会社は労働者死傷病報告を提出していなかった。",
                 "4. 是正：会社は労災の遡及申請と治療費・休業補償相当額の支払いに同意（2026年1月支払予定）。",
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "investigation report PDF with a named complainant's birth date and injury diagnosis, to an NGO: sensitive data",
    },
    {
        "id": "jinkenhoushin-100",
        "charset": "iso-2022-jp",
        "sender": "岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>",
        "to": ["三枝 律子 <saegusa@ijuu-net.or.jp>"],
        "subject": "RE: 案件 G-2025-044 ご本人への説明の結果",
        "body": """三枝様

ご報告ありがとうございます。岩佐です。
ご本人が結果に納得されたとのこと、安心いたしました。
支払いが完了しましたら、改めてご連絡いたします。
引き続きどうぞよろしくお願いいたします。

岩佐

差出人: 三枝 律子 <saegusa@ijuu-net.or.jp>
送信日時: 2025年12月9日 18:22
宛先: 岩佐 由紀 <iwasa.yuki@hinode-sangyo.co.jp>
件名: 案件 G-2025-044 ご本人への説明の結果

岩佐様

昨日、ハンさん（CHU THI HANG さん、携帯 090-2274-6618）にオンラインで
報告書の内容を説明しました。腰の痛みはまだ残っていて、ハノイの病院に
月1回通っているそうですが、会社が労災を認めたことをとても喜んでいました。
支払いの時期だけ気にされていました。

移住者と働く人の権利ネット　三枝
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the worker's health details are only quoted from the recipient's own mail (差出人/送信日時): new text has no data",
    },
]
