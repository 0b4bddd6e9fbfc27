"""Blind corpus, area roudoukeiyaku: the 労務 desk of 日の出産業 (人事部 労務課・人事課, 総務部 給与グループ,
物流センター総務) writing about employment contracts and contract renewals of パートタイマー, 有期契約社員
and 派遣スタッフ — 契約更新通知, 労働条件通知書, 無期転換, 雇止め相談, 派遣個別契約・就業実績, 年末調整・
給与計算データ, 社会保険の資格取得 — with staffing agencies, labour lawyers and 社労士, payroll vendors,
printers and mailing houses, insurers, and the workers themselves on private mail, plus the ordinary mail
of the same desk (meeting requests, invoices, seminars, NDA drafts, rate cards, job ads, English mail to
overseas staffing partners).
"""

from build import card_number, my_number

SEED = 64201

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")

SIG_MAKABE = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 労務課
課長　真壁 澄子（Makabe Sumiko）
〒141-0022 東京都品川区東五反田七丁目14番3号 日の出ビル6F
TEL 03-5789-1230 / FAX 03-5789-1239
makabe@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TOKITA = """
--
日の出産業株式会社
人事部 労務課　鴇田 浩之（ときた ひろゆき）
TEL：03-5789-1234（直通）
Mail：h-tokita@hinode-sangyo.co.jp"""

SIG_MINAI = """
/////////////////////////////////////
 日の出産業(株) 人事部 人事課
 薬袋 由紀 (Minai Yuki)
 〒141-0022 東京都品川区東五反田7-14-3
 TEL 03-5789-1236  内線 4417
/////////////////////////////////////"""

SIG_IOKIBE = """
-------------------------------------
総務部 給与グループ
五百旗頭 亮（いおきべ りょう）
日の出産業株式会社
TEL 03-5789-1250
-------------------------------------"""

SIG_HANABUSA = """
Best regards,

Kenta Hanabusa
HR Department, Hinode Sangyo Co., Ltd.
7-14-3 Higashi-Gotanda, Shinagawa-ku, Tokyo 141-0022, Japan
Tel: +81-3-5789-1238
k-hanabusa@hinode-sangyo.co.jp"""

SIG_AIMONO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　厚木物流センター
総務チーム　四十物 沙織（あいもの さおり）
〒243-0022 神奈川県厚木市酒井3150-8
TEL 046-229-0714
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the
sender and delete it."""

MESSAGES = [
    {
        "id": "roudoukeiyaku-001",
        "charset": "iso-2022-jp",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "subject": "4月契約更新パートタイマーの時給改定について",
        "body": """株式会社ペイライズ・アウトソーシング
給与計算チーム　勅使河原様

いつもお世話になっております。日の出産業 労務課の鴇田です。

令和7年4月1日付で契約更新となるパートタイマーのうち、時給改定がある方を下記にまとめました。
4月支給分（3月21日〜4月20日勤務分）から新時給での計算をお願いいたします。

社員番号  氏名              生年月日           契約期間              新時給
--------  ----------------  -----------------  --------------------  ------
P20318    薬師寺 弥生       昭和54年2月19日    R7.4.1〜R8.3.31       1,280
P20411    小鳥遊 圭         平成2年7月30日     R7.4.1〜R7.9.30       1,230
P20502    勘解由小路 澪     平成11年12月1日    R7.4.1〜R8.3.31       1,210
P20517    栗花落 陽菜       昭和63年5月8日     R7.4.1〜R8.3.31       1,250
P20533    鰐淵 早苗         昭和47年10月22日   R7.4.1〜R7.9.30       1,300
P20608    一口 千尋         平成6年3月14日     R7.4.1〜R8.3.31       1,210
P20641    目 知美           昭和58年4月2日     R7.4.1〜R8.3.31       1,260

※小鳥遊さん・鰐淵さんは半年更新です。
ご不明点がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_TOKITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: seven part-timers with date of birth and new wage, padded table, to the payroll vendor",
    },
    {
        "id": "roudoukeiyaku-002",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["shoji@kyuyo-center.jp"],
        "subject": "Re: 扶養控除等（異動）申告書の不足項目",
        "body": f"""給与計算センター株式会社
東海林様

お世話になっております。日の出産業の五百旗頭です。
ご指摘いただいたパート社員の申告書、空欄だった箇所を本人に確認しました。

　氏名　　　　：蓮沼 千景（ハスヌマ チカゲ）
　個人番号　　：{my_number(SEED + 1)}
　源泉控除対象配偶者：蓮沼 悟（昭和61年9月27日生）
　配偶者の個人番号：{my_number(SEED + 2)}
　配偶者の所得見積額：なし

原本は来週の定期便で郵送いたします。
以上、よろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "My Number of a part-timer and her spouse typed into the body, to the payroll vendor",
    },
    {
        "id": "roudoukeiyaku-003",
        "charset": "iso-2022-jp",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["鬼頭 恭平 先生 <kito@shirakawa-law.jp>"],
        "subject": "契約社員の雇止めについてご相談",
        "body": """白川法律事務所
鬼頭 恭平 先生

いつも大変お世話になっております。日の出産業の真壁でございます。
標記の件、ご相談させていただきたくご連絡いたしました。

対象者：御手洗 翔（契約社員・営業事務、平成30年4月入社、1年契約で6回更新）
経緯　：令和6年10月に心療内科で適応障害と診断され、同年11月から傷病休職中です。
　　　　現在の契約期間は令和7年3月31日までで、主治医の意見書では復職時期は未定とされています。

休職期間中に契約期間が満了する場合、更新しないこと（雇止め）が可能か、
また可能な場合の手続き上の留意点（予告時期、理由の伝え方など）をご教示いただけますでしょうか。
就業規則と雇用契約書の写しは別途お送りします。

お忙しいところ恐縮ですが、よろしくお願い申し上げます。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named contract employee's diagnosis (適応障害) and sick leave, to the law firm",
    },
    {
        "id": "roudoukeiyaku-004",
        "charset": "utf-8",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["雲雀 直樹 <n.hibari@hoshizora-staff.co.jp>"],
        "subject": "個別契約書（HS-2025-0412）締結のお願い",
        "body": """ほしぞらスタッフ株式会社
営業部　雲雀様

いつもお世話になっております。
日の出産業 人事課の薬袋です。

先日お打合せした件につき、下記のとおり労働者派遣個別契約の締結をお願いいたします。

　契約番号　　：HS-2025-0412
　業務内容　　：一般事務（受発注入力、電話応対）
　就業場所　　：本社 営業管理部（東京都品川区東五反田7-14-3 日の出ビル4F）
　派遣期間　　：2025年5月1日〜2025年10月31日
　就業時間　　：9:00〜17:30（休憩60分）
　人数　　　　：1名
　派遣料金　　：時間単価 2,350円（時間外 2,938円）
　指揮命令者　：営業管理部 課長
　派遣先責任者：人事部 人事課 薬袋

契約書は2部押印のうえご送付ください。
引き続きよろしくお願いいたします。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary dispatch contract terms to one agency, no personal data",
    },
    {
        "id": "roudoukeiyaku-005",
        "charset": "utf-8",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["kamatsuka@kaede-haken.jp"],
        "subject": "【厚木】4月度 就業実績のご送付",
        "body": """かえで人材派遣株式会社
一尺八寸様

お世話になっております。厚木物流センターの四十物です。
4月度（4/1〜4/30）の派遣スタッフ就業実績をお送りします。
ご確認のうえ、請求書の発行をお願いいたします。
""" + SIG_AIMONO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "就業実績_202504_厚木.xlsx",
                "sheets": {
                    "4月実績": [
                        ["厚木物流センター 派遣スタッフ就業実績（2025年4月度）"],
                        [],
                        ["スタッフNo", "氏名", "フリガナ", "出勤日数", "所定内時間", "時間外", "深夜", "休日"],
                        ["KH-30112", "猪狩 達也", "イガリ タツヤ", 21, 157.5, 12.0, 0, 0],
                        ["KH-30125", "番場 奈津美", "バンバ ナツミ", 20, 150.0, 4.5, 0, 0],
                        ["KH-30207", "舘 剛", "タチ ツヨシ", 19, 142.5, 18.0, 6.0, 8.0],
                        ["KH-30219", "宇佐美 遥", "ウサミ ハルカ", 21, 157.5, 0, 0, 0],
                        ["KH-30244", "莇 祐介", "アザミ ユウスケ", 18, 135.0, 9.0, 0, 0],
                        ["KH-30301", "雫石 恵", "シズクイシ メグミ", 16, 96.0, 0, 0, 0],
                    ],
                    "集計": [
                        ["区分", "時間計"],
                        ["所定内", 838.5],
                        ["時間外", 43.5],
                        ["深夜", 6.0],
                        ["休日", 8.0],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "list: six dispatched workers with staff IDs and hours worked, XLSX to the agency",
    },
    {
        "id": "roudoukeiyaku-006",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": [
            "n.hibari@hoshizora-staff.co.jp",
            "kamatsuka@kaede-haken.jp",
            "t-ugajin@unabara-career.co.jp",
        ],
        "subject": "【見積依頼】厚木物流センター 軽作業スタッフ派遣（4名）",
        "body": """派遣会社各位

いつもお世話になっております。日の出産業 人事課の薬袋です。
下記の条件で派遣スタッフの受入れを検討しております。
お見積りと、ご提案可能な人数・開始時期を5月16日（金）までにご回答ください。

■就業場所：厚木物流センター（神奈川県厚木市）
■業務内容：入出荷検品、ピッキング、梱包
■期間　　：令和7年6月1日〜11月30日（更新の可能性あり）
■時間　　：8:30〜17:30 シフト制、週5日
■人数　　：4名
■その他　：フォークリフト免許保有者歓迎

ご不明点はお気軽にお問い合わせください。
""" + SIG_MINAI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three parties: three competing staffing agencies visible to each other in To",
    },
    {
        "id": "roudoukeiyaku-007",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>"],
        "cc": ["makabe@hinode-sangyo.co.jp"],
        "subject": "年末調整 個人番号未登録者（パート）分",
        "body": """鴇田さん

お疲れさまです。五百旗頭です。
給与システムに個人番号が未登録だったパートさん分、回収した番号をCSVにしました。
システムへの取込みをお願いします。取込み後、このメールとファイルは削除してください。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "csv",
                "name": "mynumber_part_未登録.csv",
                "encoding": "utf-8",
                "rows": [
                    ["社員番号", "氏名", "個人番号", "区分"],
                    ["P19877", "百武 里沙", my_number(SEED + 3), "本人"],
                    ["P19902", "三鬼 剛志", my_number(SEED + 4), "本人"],
                    ["P19902", "三鬼 はるか", my_number(SEED + 5), "扶養親族"],
                    ["P20015", "左右田 繭", my_number(SEED + 6), "本人"],
                    ["P20033", "禰津 光", my_number(SEED + 7), "本人"],
                    ["P20140", "丹野 里穂", my_number(SEED + 8), "本人"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "internal only: My Number CSV between HR and payroll staff, all recipients hinode-sangyo.co.jp",
    },
    {
        "id": "roudoukeiyaku-008",
        "charset": "cp932",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["百目鬼 貴子 <domeki@minato-sr.jp>"],
        "subject": "外国籍パートタイマー採用時の確認事項",
        "body": """みなと社会保険労務士法人
百目鬼先生

いつもお世話になっております。日の出産業の鴇田です。

来月から厚木物流センターでパートタイマーとして雇い入れる予定の方について、
在留資格上、週28時間以内の就労で問題ないかご確認いただけますでしょうか。

　氏名（在留カード表記）：NGUYEN THI HOA
　生年月日：1999年8月14日
　国籍・地域：ベトナム
　在留資格：留学（資格外活動許可あり）
　在留カード番号：UK48203917EA
　在留期間満了日：2026年4月30日

雇用契約書（案）は週20時間・1年契約で作成しています。
雇用契約書の条項で追記すべき点があればあわせてご指摘ください。

よろしくお願いいたします。
""" + SIG_TOKITA,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "ID: a residence card number (在留カード) of one prospective part-timer, to the 社労士",
    },
    {
        "id": "roudoukeiyaku-009",
        "charset": "utf-8",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["宇賀神 拓 <t-ugajin@unabara-career.co.jp>"],
        "cc": ["鬼頭 恭平 <kito@shirakawa-law.jp>"],
        "subject": "派遣契約の中途解除に関する三者打合せの件",
        "body": """ウナバラキャリア株式会社
宇賀神様

（cc：白川法律事務所 鬼頭先生）

お世話になっております。日の出産業の真壁です。
先日お電話でお話しした、営業所閉鎖に伴う派遣契約の中途解除の件、
弊社顧問の鬼頭先生にも同席いただき、三者でお打合せをさせてください。

候補日：
　・6月10日（火）14:00〜15:00
　・6月11日（水）10:00〜11:00
　・6月13日（金）16:00〜17:00
場所：弊社本社 6F 第2会議室（オンライン参加も可）

派遣労働者の方の新たな就業機会の確保、休業手当相当額の負担など、
派遣先として講ずべき措置について整理したいと考えております。
ご都合をお知らせいただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (agency and law firm) in To/Cc: a normal three-way meeting mail",
    },
    {
        "id": "roudoukeiyaku-010",
        "charset": "cp932",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["錦印刷 DM制作課 <dm-seisaku@nishiki-insatsu.co.jp>"],
        "subject": "契約更新通知書 差込印刷・発送の宛名データ",
        "body": "錦印刷株式会社\nDM制作課 ご担当者様\n\n"
        "いつもお世話になっております。日の出産業の鴇田です。\n"
        "先日お見積りいただいた契約更新通知書の差込印刷・封入発送について、宛名データを下記に貼り付けます。\n"
        "（Excelからそのままコピーしたのでタブ区切りになっています）\n\n"
        "氏名\t郵便番号\t住所1\t住所2\n"
        "逆井 香織\t272-0035\t千葉県市川市新田4-18-6\tコーポ新田203\n"
        "天羽 健吾\t211-0063\t神奈川県川崎市中原区小杉町2-276-1\tパークシティ小杉1108\n"
        "乙部 さゆり\t343-0845\t埼玉県越谷市南越谷1-22-9\t\n"
        "柘植 大輔\t183-0023\t東京都府中市宮町3-11-2\tメゾン宮町B-102\n"
        "穂積 亜美\t243-0014\t神奈川県厚木市旭町5-40-17\t\n"
        "饗庭 和也\t252-0231\t神奈川県相模原市中央区相模原6-3-30\tサンハイツ305\n\n"
        "発送日は3月10日（月）でお願いいたします。\n"
        "校正紙ができましたらPDFでお送りください。\n" + SIG_TOKITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: six contract workers' home addresses, tab-separated in the body, to the printer (partner)",
    },
    {
        "id": "roudoukeiyaku-011",
        "charset": "cp932",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["domeki@minato-sr.jp"],
        "subject": "資格取得届の作成依頼（5/1入社 契約社員1名）",
        "body": """百目鬼先生

お世話になっております。日の出産業の鴇田です。
5月1日入社の契約社員について、健康保険・厚生年金の資格取得届の作成をお願いします。

　氏名　　　：樋渡 真琴（ヒワタシ マコト）
　生年月日　：平成３年１１月３日
　性別　　　：女
　基礎年金番号：４１２７－６０８３１５
　報酬月額　：２４５，０００円（通勤手当含む）
　雇用形態　：有期（令和７年５月１日〜令和８年３月３１日）

扶養家族はおりません。
雇用保険の取得届は弊社で提出済みです。
""" + SIG_TOKITA,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "ID: a new contract employee's basic pension number (full-width digits) to the 社労士",
    },
    {
        "id": "roudoukeiyaku-012",
        "charset": "iso-2022-jp",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["kanata.oribe0712@gmail.com"],
        "subject": "契約更新面談の日時について（厚木物流センター）",
        "body": """織部 奏多 様

お疲れさまです。厚木物流センター総務の四十物です。
現在の雇用契約が６月３０日で満了となるため、更新面談を行います。

　日時：６月５日（木）１３：３０〜１４：００
　場所：センター２階　小会議室

ご都合が悪い場合はこのメールにご返信いただくか、総務まで内線でご連絡ください。
よろしくお願いします。
""" + SIG_AIMONO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (the part-timer himself), only a meeting time",
    },
    {
        "id": "roudoukeiyaku-013",
        "charset": "utf-8",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["百目鬼 貴子 <domeki@minato-sr.jp>"],
        "subject": "無期転換申込権が発生する有期契約社員について",
        "body": """百目鬼先生

いつもお世話になっております。日の出産業の真壁です。
来年度中に通算契約期間が5年を超える有期契約社員を洗い出しました。
無期転換後の労働条件（別段の定め）の整備について、来月の定例でご相談させてください。

【1】
氏名：雨宮 透
生年月日：1975年6月3日
初回契約：2020年10月1日　更新回数：4回
職種：品質管理補助

【2】
氏名：鶴来 亜由美
生年月日：1988年12月25日
初回契約：2020年7月1日　更新回数：9回（半年契約）
職種：経理事務

【3】
氏名：嘉納 一樹
生年月日：1964年1月17日
初回契約：2020年4月1日　更新回数：5回
職種：倉庫管理（定年後再雇用ではない）

【4】
氏名：日置 美紗
生年月日：1992年9月9日
初回契約：2021年2月1日　更新回数：4回
職種：受付

【5】
氏名：鵜飼 悠真
生年月日：1997年4月28日
初回契約：2020年12月1日　更新回数：4回
職種：営業アシスタント

以上5名です。よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: five fixed-term employees, one record per block with date of birth, to the 社労士",
    },
    {
        "id": "roudoukeiyaku-014",
        "charset": "cp932",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": [
            "tsukasa.hei@yahoo.co.jp",
            "m-kojika.0222@docomo.ne.jp",
            "ryo.shiina.atsugi@gmail.com",
        ],
        "subject": "【厚木】雇用契約書の返送のお願い",
        "body": """パートタイマーの皆さま

お疲れさまです。厚木物流センター総務の四十物です。
先日お渡しした7月1日からの雇用契約書（2部）のうち1部に署名・押印のうえ、
今週中に総務の回収箱へ提出してください。

まだ受け取っていない方はシフトの際に総務へ声をかけてください。
よろしくお願いします。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three parties: three part-timers' private addresses visible to each other in To (should be Bcc)",
    },
    {
        "id": "roudoukeiyaku-015",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["kamatsuka@kaede-haken.jp"],
        "subject": "Re: 2025年度 派遣料金表のご案内",
        "body": """一尺八寸様

お世話になっております。日の出産業の薬袋です。
料金表をお送りいただきありがとうございました。
社内で比較するため、弊社の現行単価と並べてみました。認識違いがないかご確認ください。

職種                    現行単価(円/h)   2025年度(円/h)   差額
----------------------  ---------------  ---------------  -----
一般事務                2,200            2,310            +110
経理事務                2,450            2,560            +110
軽作業（ピッキング）    1,850            1,960            +110
フォークリフト          2,050            2,180            +130
CADオペレーター         2,900            3,020            +120

時間外は25%増、深夜は別途25%増で変更なしとの理解です。
よろしくお願いいたします。

> 2025年度の派遣料金表を添付にてお送りいたします。
> 改定は2025年7月1日以降の個別契約から適用となります。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a rate card by job category, no people",
    },
    {
        "id": "roudoukeiyaku-016",
        "charset": "utf-8",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["雲雀 直樹 <n.hibari@hoshizora-staff.co.jp>"],
        "subject": "派遣スタッフ 八月一日様の特殊健診結果について",
        "body": """ほしぞらスタッフ株式会社
雲雀様

お世話になっております。厚木物流センターの四十物です。

5月に実施した有機溶剤の特殊健康診断で、貴社から派遣いただいている
八月一日 玲奈（ほずみ れな）様が「要精密検査（肝機能値 AST・ALT 高値）」の判定となりました。
産業医からは、精密検査の結果が出るまで塗装ラインでの作業を控えるよう意見が出ています。

つきましては、
・ご本人への受診勧奨（派遣元として）
・精密検査結果が出るまでの配置（検品ラインへの一時変更）について個別契約の変更が必要か
をご相談させてください。

健診結果票の写しは書留でお送りします。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named dispatched worker's health check result, to the staffing agency",
    },
    {
        "id": "roudoukeiyaku-017",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["ad-support@shigoto-lab.jp"],
        "subject": "求人広告掲載料のカード決済について",
        "body": f"""シゴトラボ 広告サポート窓口 御中

お世話になっております。日の出産業株式会社 人事課の薬袋です。
6月掲載分（パートタイマー募集・厚木物流センター）の掲載料について、
請求書払いではなく法人カードでの決済をお願いしたくご連絡しました。

　カード番号：{card_number(SEED + 51)}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD
　請求金額　：88,000円（税込）

決済完了後、領収書をPDFでお送りいただけますでしょうか。
""" + SIG_MINAI,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "card: a corporate credit card number with expiry sent by mail to a job-ad site",
    },
    {
        "id": "roudoukeiyaku-018",
        "charset": "cp932",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["労務課共有 <roumu@mail.hinode-sangyo.co.jp>"],
        "subject": "【共有】パート 百瀬さん 休職・契約更新の扱い",
        "body": """労務課各位

鴇田です。情報共有です。

厚木物流センターのパートタイマー 百瀬 美佳さん（P18820）について、
本日、腰椎椎間板ヘルニアの手術のため8週間の休業が必要との診断書が提出されました。
現在の契約は8月31日満了です。

・休業期間中は傷病手当金の申請で対応（健保への申請書類は私が作成）
・契約更新は復帰見込みを確認のうえ7月中に判断
・センターの四十物さんには本人同意のうえ共有済み

以上です。
""" + SIG_TOKITA,
        "expect": "pass",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": [],
        "note": "internal only (mail.hinode-sangyo.co.jp subdomain): a part-timer's diagnosis shared inside HR",
    },
    {
        "id": "roudoukeiyaku-019",
        "charset": "iso-2022-jp",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["鬼頭 恭平 <kito@shirakawa-law.com>"],
        "subject": "有期雇用契約書ひな形の改訂案について",
        "body": """鬼頭先生

いつもお世話になっております。日の出産業の真壁です。

2024年4月の労働条件明示ルール改正に対応するため、有期雇用契約書のひな形を改訂しました。
主な変更点は以下の3点です。

　1. 更新上限（通算契約期間または更新回数）の明示欄を追加
　2. 無期転換申込機会と転換後の労働条件の明示を追加
　3. 就業場所・業務の「変更の範囲」欄を追加

改訂案のWordファイルは明日お送りします。
お手すきの際にご確認いただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: shirakawa-law.com instead of the partner law firm's shirakawa-law.jp (TLD swap)",
    },
    {
        "id": "roudoukeiyaku-020",
        "charset": "utf-8",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["宇賀神 拓 <t-ugajin@unabara-career.co.jp>"],
        "subject": "【社外秘】来期 派遣料金・受入人数の改定方針（案）",
        "body": """━━━━━━━━━━━━━━━━━━━━
　社外秘　／　取扱注意
━━━━━━━━━━━━━━━━━━━━

ウナバラキャリア株式会社
宇賀神様

お世話になっております。日の出産業の薬袋です。
ご依頼のあった来期の方針について、社内検討中の案を共有いたします。

1. 受入人数：本社事務 12名 → 9名（営業管理部の業務システム刷新に伴う削減）
2. 派遣料金：一般事務は据え置き、経理事務のみ +80円/h を上限に検討
3. 契約期間：3か月更新 → 6か月更新へ統一
4. 紹介予定派遣：年間3名程度を目標に導入

役員会（7月）前の案のため、数字は変更の可能性があります。
""" + SIG_MINAI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: 社外秘 / 取扱注意 stamped on the subject and the mail, sent to an agency",
    },
    {
        "id": "roudoukeiyaku-021",
        "charset": "cp932",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["舎人 亜紀 <toneri@tsumugi-works.com>"],
        "subject": "紹介予定派遣 直接雇用切替分の雇用契約書（暗号化ZIP）",
        "body": """株式会社つむぎワークス
舎人様

お世話になっております。日の出産業の薬袋です。
紹介予定派遣から直接雇用へ切り替える方の雇用契約書（案）をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお知らせします。

ご本人へのご説明前に内容をご確認いただけますと幸いです。
""" + SIG_MINAI,
        "attachments": [
            {
                "kind": "zip",
                "name": "雇用契約書_直接雇用切替_20250701.zip",
                "password": "Hnd#0701kk",
                "files": [
                    {
                        "kind": "docx",
                        "name": "雇用契約書_案.docx",
                        "paragraphs": [
                            "雇用契約書（有期）",
                            "日の出産業株式会社（以下「甲」という）と 別所 絢子（以下「乙」という）は、次のとおり雇用契約を締結する。",
                            "契約期間：2025年7月1日から2026年3月31日まで",
                            "就業場所：本社 経理部（変更の範囲：会社の定める事業所）",
                            "賃金：月給 238,000円",
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) of an employment contract, to the agency",
    },
    {
        "id": "roudoukeiyaku-022",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["雲雀 直樹 <n.hibari@hoshizora-staff.co.jp>"],
        "subject": "Re: 経理事務 派遣スタッフ候補のご紹介",
        "body": """雲雀様

お世話になっております。薬袋です。
候補者のご紹介ありがとうございます。
スキルシートを拝見し、Aさん・Cさんの2名と職場見学をお願いしたいと考えています。
日程は来週火曜か木曜の午後でご調整いただけますでしょうか。

よろしくお願いいたします。

2025/06/02 10:14、雲雀 直樹 <n.hibari@hoshizora-staff.co.jp> のメール:
> 日の出産業株式会社
> 薬袋様
>
> お世話になっております。ほしぞらスタッフの雲雀です。
> 経理事務のご依頼につき、候補者を5名ご紹介いたします。
>
> 記号  氏名          年齢  最寄駅      連絡先
> A     柊 美和子     41    大井町      090-3318-2274
> B     芦刈 奈央     29    五反田      080-6621-0937
> C     伊集院 薫     35    蒲田        070-1845-5520
> D     左近 由香     52    武蔵小山    090-7702-1468
> E     真田 千里     33    大崎        080-2290-8613
>
> 職場見学の候補日をいただけますと幸いです。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quoted text: the five-candidate list is only in the '>' quote of the agency's own mail; new text has none",
    },
    {
        "id": "roudoukeiyaku-023",
        "charset": "utf-8",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["研修事業部 <info@manabi-kenshu.co.jp>"],
        "subject": "FW: 7月入社パート 新人研修の受講者連絡先",
        "body": """株式会社まなび研修
研修事業部 ご担当者様

お世話になっております。日の出産業の鴇田です。
7月の新人パート研修（e-ラーニング）の受講者について、センターから届いた連絡先を転送します。
ログインIDの発行案内を各自のアドレスへ直接お送りいただけますでしょうか。

---------- Forwarded message ----------
From: 四十物 沙織 <s-aimono@hinode-sangyo.co.jp>
Date: 2025年6月20日(金) 16:02
Subject: 7月入社パート 新人研修の受講者連絡先
To: 鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>

鴇田さん

7/1入社のパートさん6名の連絡先です。研修会社への手配をお願いします。

1) 初鹿野 瑞穂　090-4412-7730　mizuho.hajikano@gmail.com
2) 五味 亮太　080-3905-1146　gomi-ryota@yahoo.co.jp
3) 仲宗根 碧　070-2281-6649　aoi.nakasone@icloud.com
4) 牧野 里紗　090-8830-2017　risa_makino@outlook.jp
5) 玉城 怜　080-1175-4480　rei-tamaki@ezweb.ne.jp
6) 比嘉 勇気　090-6652-3391　yuki.higa.0909@gmail.com

四十物
""" + SIG_TOKITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: a forward (new text to the recipient) with six new part-timers' mobiles and private e-mails",
    },
    {
        "id": "roudoukeiyaku-024",
        "charset": "cp932",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["kamatsuka@kaede-haken.jp"],
        "subject": "指揮命令者の変更と緊急連絡先について",
        "body": """かえで人材派遣株式会社
一尺八寸様

いつもお世話になっております。厚木物流センターの四十物です。
7月1日付の組織変更に伴い、派遣スタッフの皆さんの指揮命令者が変わります。
個別契約書の記載変更をお願いするとともに、夜間・休日の緊急連絡先をお知らせします。

　入荷チーム　　指揮命令者：熊谷 修　　携帯：090-5521-0384
　出荷チーム　　指揮命令者：小田切 雅人　携帯：080-7714-2290
　検品チーム　　指揮命令者：楠 千草　　携帯：070-3368-9051
　夜間（共通）　責任者　　：大和田 浩　　携帯：090-1187-6623

変更後の個別契約書をお送りいただけますと助かります。
""" + SIG_AIMONO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's names with mobiles to one agency: under the five-person list threshold (may warn)",
    },
    {
        "id": "roudoukeiyaku-025",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "subject": "中途入社 契約社員の個人番号提供書",
        "body": """ペイライズ・アウトソーシング
勅使河原様

お世話になっております。日の出産業 給与グループの五百旗頭です。
6月16日入社の契約社員1名分、個人番号提供書をPDFでお送りします。
給与計算システムへの登録をお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "個人番号提供書_0616入社.pdf",
                "title": "個人番号提供書",
                "lines": [
                    "個人番号提供書",
                    "",
                    "日の出産業株式会社 代表取締役 殿",
                    "",
                    "私は、源泉徴収事務及び社会保険関係事務のため、下記のとおり個人番号を提供します。",
                    "",
                    "氏名（フリガナ）　：　坪内 梓（ツボウチ アズサ）",
                    "生年月日　　　　　：　昭和６２年８月１５日",
                    "住所　　　　　　　：　〒１５２－００３４　東京都目黒区緑が丘２－１９－５　グリーンヒル緑が丘３０１",
                    "個人番号　　　　　：　" + my_number(SEED + 9).translate(_FW),
                    "",
                    "令和７年６月１６日",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Number (full-width) of one new contract employee in a PDF, to the payroll vendor",
    },
    {
        "id": "roudoukeiyaku-026",
        "charset": "utf-8",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["t-ugajin@unabara-career.co.jp"],
        "subject": "派遣受入れ事業所の一覧（抵触日通知用）",
        "body": """ウナバラキャリア株式会社
宇賀神様

お世話になっております。日の出産業の薬袋です。
事業所単位の期間制限に関する抵触日のご通知にあたり、受入れ事業所の一覧をお送りします。

・本社（東京都品川区東五反田7-14-3 日の出ビル）　代表 03-5789-1200　抵触日 2027年4月1日
・横浜営業所（神奈川県横浜市西区北幸2-9-10 横浜北幸ビル8F）　代表 045-312-5570　抵触日 2026年10月1日
・厚木物流センター（神奈川県厚木市酒井3150-8）　代表 046-229-0700　抵触日 2026年7月1日
・大宮営業所（埼玉県さいたま市大宮区桜木町1-11-5 KSビル3F）　代表 048-642-8811　抵触日 2027年1月1日

過半数労働組合への意見聴取は各抵触日の1か月前までに実施予定です。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own sites with office addresses and switchboards: businesses, not people",
    },
    {
        "id": "roudoukeiyaku-027",
        "charset": "cp932",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["ひかり就労支援センター 支援員 <shien@hikari-shuro.or.jp>"],
        "subject": "実習後の雇用契約（短時間勤務）について",
        "body": """ひかり就労支援センター
就労支援員　早乙女様

いつもお世話になっております。日の出産業 労務課の鴇田です。
先月まで職場実習をしていただいた 瀬良 大地 さんについて、
障害者雇用枠のパートタイマーとして8月1日から雇用契約を結ぶ方向で社内決裁が下りました。

雇用条件の案：
　・週20時間（1日4時間×週5日）、午前勤務
　・業務：書類のスキャン・ファイリング
　・契約期間：6か月（更新あり）

ご本人は精神障害者保健福祉手帳（2級、統合失調症）をお持ちで、月1回の通院があると伺っています。
通院日の勤務調整や、体調不良時の連絡方法について、支援センターとしてのご意見をいただけますでしょうか。
""" + SIG_TOKITA,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named person's disability certificate grade and diagnosis, to a support agency",
    },
    {
        "id": "roudoukeiyaku-028",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["東海林 佑 <shoji@kyuyo-center.jp>"],
        "subject": "機密保持契約書（案）のご確認",
        "body": """給与計算センター株式会社
東海林様

お世話になっております。日の出産業の五百旗頭です。
給与計算業務の委託開始にあたり、弊社ひな形の機密保持契約書（案）をお送りします。
特に第5条（再委託の制限）と第8条（個人情報の返還・廃棄）について、御社のご意見をいただけますと幸いです。

修正はWordの変更履歴でお願いします。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "docx",
                "name": "機密保持契約書_案_給与計算センター.docx",
                "title": "機密保持契約書（案）",
                "paragraphs": [
                    "機密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という）と給与計算センター株式会社（以下「乙」という）は、"
                    "甲が乙に委託する給与計算業務に関し、次のとおり機密保持契約を締結する。",
                    "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                    "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する従業員の個人情報、給与情報その他一切の情報をいう。",
                    "第5条（再委託の制限）乙は、甲の事前の書面による承諾なく、委託業務の全部又は一部を第三者に再委託してはならない。",
                    "第8条（返還・廃棄）乙は、契約終了時又は甲の求めがあったときは、秘密情報を速やかに返還又は廃棄し、その旨を書面で報告する。",
                    "第12条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA and its draft text: the word 機密 is the topic, not a marking",
    },
    {
        "id": "roudoukeiyaku-029",
        "charset": "utf-8",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["ポスティBPO 受付 <order@posty-bpo.co.jp>"],
        "subject": "労働条件通知書 郵送代行のご依頼（8件）",
        "body": """ポスティBPO株式会社
ご担当者様

お世話になっております。日の出産業の鴇田です。
10月1日更新の有期契約社員あて労働条件通知書の郵送代行をお願いします。
送付先リストはWordの表にしました。本人限定受取郵便でお願いいたします。
""" + SIG_TOKITA,
        "attachments": [
            {
                "kind": "docx",
                "name": "送付先リスト_労働条件通知書_1001更新.docx",
                "paragraphs": ["労働条件通知書 送付先リスト（10月1日更新分）", "※本人限定受取郵便（特定事項伝達型）"],
                "tables": [
                    [
                        ["No", "氏名", "郵便番号", "住所", "携帯電話"],
                        ["1", "筧 大樹", "330-0063", "埼玉県さいたま市浦和区高砂3-8-14", "090-2218-4475"],
                        ["2", "鷲見 奈緒子", "214-0014", "神奈川県川崎市多摩区登戸2160-3 ハイム登戸201", "080-6630-1182"],
                        ["3", "外園 祐二", "120-0034", "東京都足立区千住4-22-7", "070-4419-3306"],
                        ["4", "皆川 瑠美", "260-0013", "千葉県千葉市中央区中央2-5-1 コスモ中央506", "090-7781-5520"],
                        ["5", "波多野 直人", "192-0083", "東京都八王子市旭町9-1", "080-9924-0617"],
                        ["6", "汐見 詩織", "231-0062", "神奈川県横浜市中区桜木町1-101-1", "090-3346-8890"],
                        ["7", "漆原 透", "340-0015", "埼玉県草加市高砂1-14-22", "070-8852-1143"],
                        ["8", "根来 友香", "176-0012", "東京都練馬区豊玉北5-17-9 ロイヤル豊玉302", "080-5503-7769"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: eight contract employees' home addresses and mobiles in a DOCX table, to a mailing house",
    },
    {
        "id": "roudoukeiyaku-030",
        "charset": "iso-2022-jp",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "cc": ["鬼頭 恭平 <kito@shirakawa-law.jp>", "百目鬼 貴子 <domeki@minato-sr.jp>"],
        "subject": "パートタイマー賃金規程改定に伴う打合せ日程",
        "body": """ペイライズ・アウトソーシング 勅使河原様
（cc：白川法律事務所 鬼頭先生、みなと社会保険労務士法人 百目鬼先生）

お世話になっております。日の出産業の真壁です。

10月の最低賃金改定にあわせて、パートタイマー賃金規程（時給テーブル・皆勤手当の廃止）を改定します。
規程の文言は鬼頭先生、社会保険・労働保険への影響は百目鬼先生、給与計算への反映は勅使河原様に
それぞれご確認いただきたく、一度皆さまでお打合せの場を設けたいと存じます。

候補：9月3日（水）15時〜、9月5日（金）10時〜（いずれもオンライン）
ご都合をお知らせください。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three parties: payroll vendor, law firm and 社労士 office all visible in To/Cc",
    },
    {
        "id": "roudoukeiyaku-031",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@brightpath-staffing.com>"],
        "subject": "Fixed-term engineer contracts - template question",
        "body": """Dear Ms. Raman,

Thank you for the call yesterday.

As discussed, we would like to use your standard fixed-term secondment agreement for the
two CAD engineers starting in October, with the following changes:

  - Term: 6 months, renewable by mutual agreement (no automatic renewal)
  - Notice period for early termination: 30 days
  - Governing law: Japan; the Tokyo District Court as the court of first instance
  - Working hours to follow our Tokyo office rules (9:00-17:30, 1 hour break)

Could you send us the editable Word version of the agreement so that our legal team
can mark up these points? We would like to finalise it by the end of August.
""" + SIG_HANABUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary English mail about a contract template to one overseas agency",
    },
    {
        "id": "roudoukeiyaku-032",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["shoji@kyuyo-center.jp"],
        "subject": "RE: 【要確認】個人番号チェックデジットエラー（1件）",
        "body": f"""東海林様

ご連絡ありがとうございます。五百旗頭です。
本人に通知カードを確認してもらったところ、転記ミスでした。正しくは下記です。

　パート社員　小野寺 結衣（社員番号 P21154）
　個人番号　{my_number(SEED + 10)[:4]} {my_number(SEED + 10)[4:8]} {my_number(SEED + 10)[8:]}

お手数ですが再登録をお願いします。

-----Original Message-----
From: 東海林 佑 <shoji@kyuyo-center.jp>
Sent: Tuesday, November 11, 2025 4:22 PM
To: 五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>
Subject: 【要確認】個人番号チェックデジットエラー（1件）

日の出産業 五百旗頭様

年末調整データの取込みで、下記1件の個人番号がチェックデジットエラーとなりました。
　社員番号 P21154 小野寺様
ご本人に確認のうえ、正しい番号をお知らせください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "My Number in the new text of a reply (spaced 4-4-4) to the payroll vendor; the quote has none",
    },
    {
        "id": "roudoukeiyaku-033",
        "charset": "iso-2022-jp",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["四十物 沙織 <s-aimono@hinode-sangyou.co.jp>"],
        "subject": "6月 契約更新面談の割り振り",
        "body": """四十物さん

お疲れさまです。鴇田です。
6月の更新面談、本社からは私と真壁課長が2日に分けて伺います。

　6/4（水）午後：鴇田（入荷・出荷チーム分）
　6/5（木）午後：真壁（検品・夜間チーム分）

面談室の確保と、対象者へのシフト調整をお願いできますか。
面談シートは前日までに共有フォルダに置いておきます。
""" + SIG_TOKITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sangyou.co.jp (letter added) instead of the company's own domain",
    },
    {
        "id": "roudoukeiyaku-034",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "subject": "雇用保険被保険者番号の登録漏れ（1名）",
        "body": """勅使河原様

お世話になっております。五百旗頭です。
先月入社のパートタイマー1名、雇用保険の被保険者番号が未登録のままでした。
前職の離職票で確認できましたので、登録をお願いします。

　氏名：久我 陽向（クガ ヒナタ）　社員番号 P21203
　雇用保険被保険者番号：5012-384729-6
　資格取得日：2025年9月1日

9月分の給与から雇用保険料の控除をお願いいたします。
""" + SIG_IOKIBE,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "either: one person's employment insurance number (a social insurance number not named in the policy list) to the payroll vendor",
    },
    {
        "id": "roudoukeiyaku-035",
        "charset": "utf-8",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["セントリー警備保障 厚木隊 <atsugi@sentry-keibi.co.jp>"],
        "subject": "入館証発行のお願い（8月受入れ派遣スタッフ）",
        "body": """セントリー警備保障株式会社
厚木隊 ご担当者様

いつもお世話になっております。厚木物流センター総務の四十物です。
8月から受け入れる派遣スタッフの入館証（ICカード）発行をお願いします。
名簿をPDFで添付します。発行日は7月30日を希望します。
""" + SIG_AIMONO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "入館証発行名簿_202508.pdf",
                "lines": ["入館証発行申請　名簿（2025年8月受入れ分）", "申請部署：厚木物流センター 総務チーム", ""],
                "table": [
                    ["No", "氏名", "フリガナ", "生年月日", "派遣元", "入館開始日"],
                    ["1", "梶ヶ谷 浩二", "カジガヤ コウジ", "1981/03/22", "かえで人材派遣", "2025/08/01"],
                    ["2", "七五三 理沙", "シメ リサ", "1995/11/08", "かえで人材派遣", "2025/08/01"],
                    ["3", "鏑木 翔平", "カブラギ ショウヘイ", "2000/06/30", "ほしぞらスタッフ", "2025/08/01"],
                    ["4", "毒島 茜", "ブスジマ アカネ", "1978/01/15", "ほしぞらスタッフ", "2025/08/04"],
                    ["5", "十河 隼人", "ソゴウ ハヤト", "1989/09/02", "ウナバラキャリア", "2025/08/04"],
                    ["6", "王 麗華", "オウ レイカ", "1993/04/19", "ウナバラキャリア", "2025/08/04"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: six dispatched workers with dates of birth in a PDF table, to the security company",
    },
    {
        "id": "roudoukeiyaku-036",
        "charset": "cp932",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["人事部長 <hr-director@hinode-sangyo.co.jp>", "h-tokita@hinode-sangyo.co.jp"],
        "subject": "【社外秘】契約社員 賃金テーブル改定案（役員会資料）",
        "body": """部長

真壁です。役員会資料のドラフトです。
【社外秘】の扱いでお願いします（社労士への共有は決裁後に私から行います）。

■契約社員 月給テーブル（案）
　等級C1　210,000円 → 218,000円
　等級C2　235,000円 → 243,000円
　等級C3　262,000円 → 270,000円
■パートタイマー 時給下限　1,163円 → 1,230円（神奈川・東京）
■人件費影響額（年）　約3,800万円

ご確認をお願いします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal only: a 社外秘 marked draft between internal HR addresses",
    },
    {
        "id": "roudoukeiyaku-037",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["雲雀 直樹 <n.hibari@hoshizora-staff.co.jp>"],
        "subject": "派遣スタッフ交代のお願い（横浜営業所）",
        "body": """ほしぞらスタッフ株式会社
雲雀様

お世話になっております。日の出産業の薬袋です。
お電話でもお伝えしましたが、改めて書面でご連絡します。

横浜営業所に派遣いただいている 久世 慎之介 様について、
先週末に窃盗の容疑で逮捕されたと、ご家族から営業所に連絡がありました。
当面出勤は難しいと思われますので、後任スタッフのご手配をお願いいたします。

個別契約の扱い（中途解除か、後任への切替か）については、来週の打合せでご相談させてください。
""" + SIG_MINAI,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named dispatched worker's arrest, to the staffing agency",
    },
    {
        "id": "roudoukeiyaku-038",
        "charset": "utf-8",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["桐生 まどか <madoka.kiryu@yahoo.co.jp>"],
        "subject": "労働条件通知書（パートタイマー）の送付",
        "body": """桐生 まどか 様

日の出産業株式会社 人事部の鴇田です。
このたびは弊社にご応募いただき、ありがとうございました。
面接でご説明した労働条件を下記にまとめます。内容をご確認ください。

　住所　　　：東京都大田区西蒲田7-41-12 メゾン蒲田405
　雇入日　　：令和7年9月1日
　契約期間　：令和7年9月1日〜令和8年2月28日（更新する場合があり得る）
　更新上限　：通算契約期間5年
　就業場所　：本社 総務部（変更の範囲：会社の定める事業所）
　業務内容　：郵便物の仕分け・備品管理（変更の範囲：会社の定める業務）
　勤務時間　：10:00〜15:00（休憩45分）、週4日
　時給　　　：1,250円

初出勤日に書面（2部）をお渡ししますので、1部にご署名のうえご返却ください。
""" + SIG_TOKITA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one person's own working conditions and address sent to her own free-mail address (may warn)",
    },
    {
        "id": "roudoukeiyaku-039",
        "charset": "iso-2022-jp",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["ayane.mochizuki@icloud.com"],
        "subject": "雇用契約書（更新分）をお送りします",
        "body": """望月 彩音 様

お疲れさまです。厚木物流センター総務の四十物です。
10月1日からの雇用契約書をPDFでお送りします。
パスワードは、社員番号と生年月日（8桁）をつなげたものです。

内容をご確認のうえ、次回出勤時に署名した紙の契約書を総務へ提出してください。
""" + SIG_AIMONO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "雇用契約書_20251001_望月.pdf",
                "password": "P2093119970512",
                "lines": [
                    "雇用契約書（パートタイマー）",
                    "契約期間：2025年10月1日〜2026年3月31日",
                    "就業場所：厚木物流センター",
                    "時給：1,240円",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "unreadable: password-protected PDF contract to a part-timer's private iCloud address",
    },
    {
        "id": "roudoukeiyaku-040",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["給与計算センター 受付 <uketsuke@kyuyo-center.jp>"],
        "subject": "【10月支給】給与振込口座の変更者一覧",
        "body": """給与計算センター株式会社
ご担当者様

お世話になっております。日の出産業の五百旗頭です。
10月支給分から振込口座が変わる方の一覧をCSVで送ります（5名）。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "csv",
                "name": "口座変更_202510.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "雇用区分", "銀行名", "支店名", "種別", "口座番号", "口座名義"],
                    ["P19655", "桑畑 靖子", "パート", "みどり銀行", "五反田支店", "普通", "3318207", "クワハタ ヤスコ"],
                    ["C10473", "鍛冶 匡", "契約社員", "ゆうちょ銀行", "〇一八店", "普通", "4420915", "カジ タダシ"],
                    ["P20221", "浮田 ひとみ", "パート", "相模中央信用金庫", "厚木支店", "普通", "0617723", "ウキタ ヒトミ"],
                    ["P20389", "勝又 伸也", "パート", "東都銀行", "大崎支店", "普通", "2295061", "カツマタ シンヤ"],
                    ["C10512", "能勢 紗希", "契約社員", "みどり銀行", "横浜西口支店", "普通", "7081346", "ノセ サキ"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: five employees' bank accounts in a CP932 CSV, to the payroll vendor",
    },
    {
        "id": "roudoukeiyaku-041",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["経理部 <keiri@hoshizora-staff.co.jp>"],
        "subject": "請求書記載事項の修正依頼（請求書No. HS-INV-250731）",
        "body": """ほしぞらスタッフ株式会社
経理部 御中

いつもお世話になっております。日の出産業株式会社 総務部の五百旗頭です。
7月分派遣料金のご請求書（No. HS-INV-250731、請求額 1,982,410円）につき、
宛名の当社登録番号に誤りがありましたので、再発行をお願いいたします。

　誤：T8950978177495
　正：T8950978177459（日の出産業株式会社　法人番号 8950978177459）

あわせて、御社の適格請求書発行事業者登録番号（T7686578041207）の記載は
正しいことを確認しております。
お支払期日（8月末日）に変更はございません。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "ordinary invoice correction with company registration numbers (法人番号/T-number), no personal data",
    },
    {
        "id": "roudoukeiyaku-042",
        "charset": "cp932",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["法人営業課 <houjin@tokiwa-sonpo.co.jp>"],
        "subject": "社用車 運転者追加のお願い（契約社員1名）",
        "body": """ときわ損害保険株式会社
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 厚木物流センターの四十物です。
フリート契約（証券番号 FL-2207-44813）の運転者限定に、下記1名の追加をお願いします。

　氏名　　　　　：赤羽根 哲也（アカバネ テツヤ）
　生年月日　　　：昭和５７年１２月９日
　運転免許証番号：第 ４５２１０８７７３６１０ 号
　免許の色　　　：ゴールド
　雇用形態　　　：契約社員（令和７年１０月１日〜）

手続きに必要な書類があればお知らせください。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "ID: a driver's licence number of one contract employee, to the insurer",
    },
    {
        "id": "roudoukeiyaku-043",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "subject": "RE: 扶養親族の個人番号の確認",
        "body": f"""勅使河原様

お世話になっております。五百旗頭です。
本人に確認しました。お送りいただいた番号で相違ありません。
そのまま登録を進めてください。

-----Original Message-----
From: 勅使河原 亮介 [mailto:teshigawara@payrise-outsourcing.co.jp]
Sent: Monday, December 1, 2025 11:05 AM
To: 五百旗頭 亮
Subject: 扶養親族の個人番号の確認

日の出産業 五百旗頭様

昨年度データからの移行分で、下記の扶養親族の個人番号が
今年度申告書と一致しているか念のためご確認ください。

　契約社員 吉良 伸之様（C10288）
　　扶養親族：吉良 美雪様（長女）
　　個人番号：{my_number(SEED + 11)}

以上、よろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quoted text: the My Number is only in the vendor's own mail quoted under -----Original Message-----",
    },
    {
        "id": "roudoukeiyaku-044",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": [
            "Priya Raman <priya.raman@brightpath-staffing.com>",
            "Daniel Okoye <d.okoye@talentbridge-asia.com>",
            "Mei Lin Tan <meilin.tan@nexora-hr.sg>",
        ],
        "subject": "RFP: bilingual CAD engineers on fixed-term contracts (Tokyo)",
        "body": """Dear partners,

Hinode Sangyo is looking for two bilingual (Japanese/English) CAD engineers on
fixed-term contracts of 12 months, starting in January 2026, at our Tokyo head office.

Requirements:
  * 3+ years of AutoCAD / SolidWorks experience
  * Business-level Japanese (JLPT N2 or above)
  * Eligible to work in Japan, or able to obtain a work visa with our sponsorship

Please send your proposal, including candidate profiles and monthly rates, by
October 17. We plan to hold interviews in the first week of November.
""" + SIG_HANABUSA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three parties: three competing overseas agencies visible to each other in To",
    },
    {
        "id": "roudoukeiyaku-045",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["薬袋 由紀 <y.minai@hinode-sangyo.co.jp>"],
        "bcc": [
            "n.hibari@hoshizora-staff.co.jp",
            "kamatsuka@kaede-haken.jp",
            "t-ugajin@unabara-career.co.jp",
            "toneri@tsumugi-works.com",
            "eigyo@kohaku-staff.co.jp",
            "info@marumo-career.jp",
        ],
        "subject": "【ご案内】派遣スタッフ受入れに関する年末年始の取扱い",
        "body": """派遣会社 ご担当者各位
（本メールはBCCにてお送りしております）

平素より大変お世話になっております。日の出産業株式会社 人事課の薬袋です。
年末年始の派遣スタッフ受入れについて、下記のとおりご案内いたします。

　1. 休業日：12月27日（土）〜1月4日（日）
　2. 厚木物流センターは12月29日（月）・30日（火）に出荷対応のため稼働します。
　　 就業を希望されるスタッフがいる場合、12月12日までにご連絡ください。
　3. 1月の就業実績の締めは通常どおり月末です。

ご不明な点は人事課までお問い合わせください。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "six agencies correctly in Bcc (To is the sender herself): no one can see each other",
    },
    {
        "id": "roudoukeiyaku-046",
        "charset": "utf-8",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["あおい産業医事務所 <office@aoi-sangyoui.jp>"],
        "subject": "定期健診 有所見者の就業判定のお願い（契約社員・パート）",
        "body": """あおい産業医事務所
葵先生

いつもお世話になっております。日の出産業 労務課の鴇田です。
今年度の定期健康診断で、有期契約社員・パートタイマーのうち就業判定が必要な方を一覧にしました。
次回の訪問日（11月20日）までに就業区分のご意見をいただけますでしょうか。
""" + SIG_TOKITA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "有所見者一覧_有期・パート_2025.xlsx",
                "sheets": {
                    "有所見者": [
                        ["2025年度 定期健康診断 有所見者一覧（有期契約・パート）"],
                        ["社員番号", "氏名", "生年月日", "雇用区分", "所見", "判定"],
                        ["C10391", "鬼塚 隆", "1969/05/14", "契約社員", "血圧 168/102、心電図 ST変化", "要医療"],
                        ["P19730", "刀根 由美子", "1974/08/30", "パート", "HbA1c 8.1（糖尿病治療中）", "要治療継続"],
                        ["P20466", "米津 和人", "1985/02/11", "パート", "胸部X線 異常陰影", "要精密検査"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "sensitive: health check findings of three named employees in an XLSX, to the external occupational physician",
    },
    {
        "id": "roudoukeiyaku-047",
        "charset": "iso-2022-jp",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["kito@shirakawa-law.jp"],
        "subject": "同一労働同一賃金：契約社員の賞与・通勤手当の扱いについて",
        "body": """鬼頭先生

いつもお世話になっております。日の出産業の真壁です。
同一労働同一賃金への対応状況の点検にあたり、以下2点についてご見解をお伺いしたく存じます。

（1）賞与
　正社員は基本給の4か月分、契約社員は寸志（一律5万円）としています。
　契約社員にも職務内容が正社員とほぼ同じ者がいるため、不合理な待遇差と判断されるリスクを知りたいです。

（2）通勤手当
　パートタイマーのみ上限月1万円としています（正社員は上限3万円）。
　ガイドライン上、是正が必要との理解でよろしいでしょうか。

次回の顧問契約の定例（10月7日）でご説明いただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general legal question to the law firm, no individual's data",
    },
    {
        "id": "roudoukeiyaku-048",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
        "subject": "【問合せ】契約期間満了アラートが表示されない件",
        "body": """ツバサシステム株式会社
サポートセンター 御中

お世話になっております。日の出産業株式会社の五百旗頭です。
人事給与システム（TSUBASA HR 4.2）で、有期契約社員の契約満了60日前アラートが
10月以降表示されなくなっています。

・発生日：2025年10月1日頃から
・画面：従業員管理 > 契約情報 > アラート一覧
・バージョン：4.2.7（9月30日にアップデート適用）

設定の変更はしていません。原因の調査をお願いします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: tsubasa-sytem.jp (letter dropped) instead of the partner tsubasa-system.jp",
    },
    {
        "id": "roudoukeiyaku-049",
        "charset": "cp932",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["百目鬼 貴子 <domeki@minato-sr.jp>"],
        "subject": "有期契約社員 処遇改定案のご確認",
        "body": """百目鬼先生

お世話になっております。真壁です。
来年4月施行予定の有期契約社員の処遇改定案（PDF）をお送りします。
就業規則（契約社員編）の改定条文案の作成をお願いできますでしょうか。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "有期契約社員_処遇改定案_v3.pdf",
                "title": "有期契約社員 処遇改定案",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 人事部　社外秘 ― 無断複製・転送禁止",
                "lines": [
                    "有期契約社員 処遇改定案（第3版）",
                    "1. 月給テーブル：C1 218,000円 / C2 243,000円 / C3 270,000円",
                    "2. 賞与：基本給の1.5か月分（業績連動）を新設",
                    "3. 通勤手当：上限を正社員と同額（月30,000円）に引上げ",
                    "4. 更新上限：通算5年（無期転換申込権の案内を契約書に明記）",
                    "5. 施行日：2026年4月1日",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached PDF carries a 社外秘 page header and footer, sent to the 社労士",
    },
    {
        "id": "roudoukeiyaku-050",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["kamatsuka@kaede-haken.jp"],
        "subject": "派遣先責任者の変更のお知らせ",
        "body": """かえで人材派遣株式会社
一尺八寸様

お世話になっております。日の出産業の薬袋です。
10月1日付の人事異動により、厚木物流センターの派遣先責任者が変更となります。

　新任：厚木物流センター 総務チーム リーダー　比留間 聡
　連絡先：046-229-0715（総務直通）／ s-hiruma@hinode-sangyo.co.jp

個別契約書および派遣先管理台帳の記載変更をお願いいたします。
今後ともよろしくお願いいたします。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one staff member's business contact (office line and company mail) to a partner: ordinary",
    },
    {
        "id": "roudoukeiyaku-051",
        "charset": "utf-8",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["t-ugajin@unabara-career.co.jp"],
        "subject": "11月末 契約満了予定スタッフと更新意向",
        "body": """ウナバラキャリア
宇賀神様

お世話になっております。厚木の四十物です。
11月末で個別契約が満了するスタッフの一覧と、当センターの更新意向をまとめました（xls）。
ご本人の意向確認をお願いします。
""" + SIG_AIMONO,
        "attachments": [
            {
                "kind": "xls",
                "name": "満了予定者_202511.xls",
                "sheets": {
                    "満了予定": [
                        ["スタッフ氏名", "配属", "満了日", "当方意向", "本人携帯"],
                        ["牛来 拓海", "入荷", "2025/11/30", "更新希望", "090-2875-1906"],
                        ["筒井 恵理", "出荷", "2025/11/30", "更新希望", "080-4418-7723"],
                        ["風間 大和", "出荷", "2025/11/30", "更新しない", "070-6630-2258"],
                        ["四方 優奈", "検品", "2025/11/30", "更新希望", "090-1194-5560"],
                        ["藤堂 聖也", "夜間", "2025/11/30", "要相談", "080-8021-3347"],
                        ["岩清水 奈々", "検品", "2025/11/30", "更新希望", "090-6603-4419"],
                        ["諸星 航", "入荷", "2025/11/30", "更新希望", "070-2217-9084"],
                        ["麻生 晴美", "出荷", "2025/11/30", "更新しない", "080-3359-6612"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: eight dispatched workers with mobiles and renewal intentions in a legacy XLS, to the agency",
    },
    {
        "id": "roudoukeiyaku-052",
        "charset": "utf-8",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["四十物 沙織 <s-aimono@hinode-sangyo.co.jp>"],
        "subject": "厚木 パートタイマー名簿（住所・連絡先）最新版",
        "body": """四十物さん

お疲れさまです。鴇田です。
災害時連絡網の更新用に、厚木のパートタイマー名簿の最新版を送ります。
社外には出さないようお願いします。
""" + SIG_TOKITA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "厚木_パート名簿_202509.xlsx",
                "sheets": {
                    "名簿": [["社員番号", "氏名", "住所", "携帯電話"]]
                    + [
                        [f"P2{i:04d}", n, a, t]
                        for i, (n, a, t) in enumerate(
                            [
                                ("相楽 健", "神奈川県厚木市中町2-6-11", "090-1302-4471"),
                                ("井伊 直美", "神奈川県厚木市旭町1-25-3", "080-2214-6690"),
                                ("馬渕 恭子", "神奈川県海老名市中央3-1-5", "070-3380-1192"),
                                ("榎本 修司", "神奈川県伊勢原市桜台4-9-1", "090-4471-0026"),
                                ("大河内 沙耶", "神奈川県厚木市妻田東1-30-8", "080-5512-7734"),
                                ("尾花 剛", "神奈川県愛甲郡愛川町中津3310", "090-6620-8815"),
                                ("加賀谷 舞", "神奈川県厚木市林5-12-2", "070-7734-2209"),
                                ("喜多 秀明", "神奈川県座間市相模が丘6-3-14", "090-8819-5547"),
                                ("久能 絵美", "神奈川県相模原市南区相南2-4-9", "080-9902-3361"),
                                ("黒須 徹", "神奈川県厚木市温水西1-7-20", "090-0127-6648"),
                            ],
                            start=101,
                        )
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal only: a ten-person address list between two hinode-sangyo.co.jp staff",
    },
    {
        "id": "roudoukeiyaku-053",
        "charset": "utf-8",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["toneri@tsumugi-works.com"],
        "subject": "派遣スタッフの礼拝時間・休憩の取り方について",
        "body": """株式会社つむぎワークス
舎人様

お世話になっております。厚木物流センターの四十物です。
先月から来ていただいている ラフマン・アリフ さんから、イスラム教の礼拝のため
勤務中に1日2回（各10分程度）時間をとりたいとの申し出がありました。
あわせて、ラマダン期間中は休憩時間を遅らせたいとのことです。

当センターとしては、休憩時間の分割で対応したいと考えていますが、
個別契約書の休憩時間の記載変更が必要かどうか、派遣元としてのご意見をいただけますでしょうか。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named worker's religion, to the staffing agency",
    },
    {
        "id": "roudoukeiyaku-054",
        "charset": "iso-2022-jp",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["雲雀 直樹 <n.hibari@hoshizora-staff.co.jp>"],
        "subject": "労働者派遣基本契約書 原本発送のご連絡",
        "body": """雲雀様

お世話になっております。日の出産業の鴇田です。
労働者派遣基本契約書（2部、弊社押印済み）を本日レターパックプラスで発送しました。

　お問い合わせ番号：3418-5502-7716
　到着予定：明日午前中

1部に御社印を押印のうえ、同封の返信用封筒でご返送ください。
""" + SIG_TOKITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tracking number for a contract original: ordinary business mail",
    },
    {
        "id": "roudoukeiyaku-055",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "subject": "11月度 勤怠データ（パート・契約社員）",
        "body": """勅使河原様

お世話になっております。五百旗頭です。
11月度のパート・契約社員の勤怠データをお送りします。
締め処理の都合で、12月3日中に取込みいただけますと助かります。
""" + SIG_IOKIBE,
        "attachments": [{"kind": "corrupt", "name": "勤怠_202511_パート契約.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached XLSX is corrupt",
    },
    {
        "id": "roudoukeiyaku-056",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@brightpath-staffing.com>"],
        "subject": "Contract renewal - engineers seconded to Hinode (FY2026)",
        "body": """Dear Priya,

Ahead of the renewal talks, here is the list of your engineers currently seconded to us,
with the contact details we hold, so that you can reach them directly about the new terms.

Name                 Role               Contract end   Mobile            E-mail
-------------------  -----------------  -------------  ----------------  ------------------------------
Arjun Mehta          CAD engineer       2026-03-31     +81-80-4412-9930  arjun.mehta.jp@gmail.com
Siti Nurhaliza Binte CAD engineer       2026-03-31     +81-90-2217-6654  siti.nb@outlook.com
Lucas Ferreira       PLC programmer     2026-01-31     +81-70-3308-1127  lucas.ferreira.tk@gmail.com
Hannah Kowalski      Technical writer   2026-03-31     +81-80-9921-4403  h.kowalski@protonmail.com
Nguyen Van Minh      CAD engineer       2026-02-28     +81-90-5580-3316  minh.nguyenvan@yahoo.com

We would like to renew all five for 12 months. Please let me know if any of them
do not wish to continue.
""" + SIG_HANABUSA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: five seconded engineers with private mobiles and e-mails, English, to the overseas agency",
    },
    {
        "id": "roudoukeiyaku-057",
        "charset": "cp932",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["舎人 亜紀 <toneri@tsumugi-works.com>"],
        "subject": "紹介予定派遣 直接雇用への切替予定者（3名）",
        "body": """舎人様

お世話になっております。日の出産業の薬袋です。
紹介予定派遣の期間（6か月）満了にあたり、下記3名を直接雇用（契約社員）に切り替える予定です。
紹介手数料のご請求書は切替日以降にお送りください。

・嵯峨 美波（１９９６年７月２１日生）　経理部　切替日：１月１日
・乾 俊介（１９９０年１０月３日生）　総務部　切替日：１月１日
・周防 彩（１９８７年２月２６日生）　営業管理部　切替日：２月１日

雇用契約書は弊社からご本人へ直接お渡しします。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three people's names with dates of birth to one agency: below the list threshold (may warn)",
    },
    {
        "id": "roudoukeiyaku-058",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人予約 <corporate@sakura-hotel.jp>"],
        "subject": "Long-stay booking for a seconded engineer / 長期滞在のご予約",
        "body": """さくらホテル 法人予約ご担当者様

いつもお世話になっております。日の出産業の英（はなぶさ）です。
海外から来日する派遣エンジニア1名の長期滞在（マンスリープラン）をお願いいたします。
宿泊者登録に必要とのことでしたので、旅券情報を記載します。

  Guest name     : Mr. Kaito OKABE SILVA
  Nationality    : Japan (resident in Brazil)
  Date of birth  : 14 March 1991
  Passport No.   : TR4829173
  Check-in       : 2026-01-05
  Check-out      : 2026-03-31 (plan: monthly, non-smoking)
  Billing        : Hinode Sangyo Co., Ltd. (corporate account HS-0214)

Please send the confirmation to me. Thank you.
""" + SIG_HANABUSA,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "ID: a passport number and date of birth of one seconded engineer, to the hotel (partner)",
    },
    {
        "id": "roudoukeiyaku-059",
        "charset": "iso-2022-jp",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["みなと社労士法人 セミナー事務局 <seminar@minato-sr.jp>"],
        "subject": "「改正労働条件明示ルール実務セミナー」参加申込",
        "body": """みなと社会保険労務士法人
セミナー事務局 御中

お世話になっております。
11月14日（金）開催の「改正労働条件明示ルール実務セミナー」に、下記のとおり申し込みます。

　会社名：日の出産業株式会社
　参加者：人事部 労務課　鴇田 浩之
　参加方法：会場参加

受講料の請求書は弊社総務部宛にお送りください。
よろしくお願いいたします。
""" + SIG_TOKITA + "\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seminar sign-up with the standard Japanese disclaimer mentioning 機密情報: not a marking",
    },
    {
        "id": "roudoukeiyaku-060",
        "charset": "cp932",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["kamatsuka@kaede-haken.jp", "natsumi.banba.1103@gmail.com", "tatsu-igari@ezweb.ne.jp"],
        "subject": "職場見学の日程確定のご連絡",
        "body": """かえで人材派遣 一尺八寸様
番場様、猪狩様

お世話になっております。日の出産業の薬袋です。
来期の出荷チームでの就業に向けた職場見学の日程が確定しましたのでご連絡します。

　日時：12月9日（火）10:00〜11:00
　場所：厚木物流センター 正面受付（本厚木駅からバス15分）
　持ち物：筆記用具、上履き不要

当日は受付で「職場見学」とお伝えください。
""" + SIG_MINAI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three parties: the agency plus two private persons on free mail, all in To",
    },
    {
        "id": "roudoukeiyaku-061",
        "charset": "iso-2022-jp",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["鬼頭 恭平 <kito@shirakawa-law.jp>"],
        "subject": "パートタイマー就業規則 改定案（第2稿）",
        "body": """鬼頭先生

お世話になっております。真壁です。
先日のご指摘を反映した第2稿をお送りします。
主に第9条（契約の更新）と第10条（無期転換）を修正しました。
ご確認のほど、よろしくお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "docx",
                "name": "パートタイマー就業規則_改定案_第2稿.docx",
                "title": "パートタイマー就業規則 改定案",
                "page_header": "部外秘　人事部作成",
                "page_footer": "部外秘 ― 取締役会承認前",
                "paragraphs": [
                    "パートタイマー就業規則（改定案）",
                    "第9条（契約の更新）会社は、契約期間満了時の業務量、本人の勤務成績・態度・能力、会社の経営状況等を考慮し、契約を更新することがある。",
                    "2 更新の上限は通算契約期間5年とする。ただし、会社が特に必要と認めた場合はこの限りでない。",
                    "第10条（無期転換）通算契約期間が5年を超えるパートタイマーが申込みをしたときは、現に締結している契約期間満了日の翌日から期間の定めのない労働契約に転換する。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the DOCX carries 部外秘 in its page header and footer, sent to the law firm",
    },
    {
        "id": "roudoukeiyaku-062",
        "charset": "utf-8",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["百目鬼 貴子 <domeki@minato-sr.jp>"],
        "subject": "労働条件通知書（有期・パート）ひな形のリーガルチェック",
        "body": """百目鬼先生

お世話になっております。日の出産業の鴇田です。
2024年4月改正対応版の労働条件通知書ひな形（空欄のもの）を作りました。
記載漏れがないかご確認いただけますでしょうか。
""" + SIG_TOKITA,
        "attachments": [
            {
                "kind": "docx",
                "name": "労働条件通知書_ひな形_有期パート_2025.docx",
                "paragraphs": [
                    "労働条件通知書（有期雇用・短時間労働者用）",
                    "　　　　　　　　　　　　　　　　年　　月　　日",
                    "　　　　　　　　殿",
                    "事業場名称・所在地　日の出産業株式会社　東京都品川区東五反田7-14-3",
                ],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["契約期間", "期間の定めあり（　　年　月　日〜　　年　月　日）"],
                        ["更新の有無", "□自動的に更新する　□更新する場合があり得る　□契約の更新はしない"],
                        ["更新上限", "□無　□有（更新　回まで／通算契約期間　年まで）"],
                        ["就業の場所", "（雇入れ直後）　　　（変更の範囲）"],
                        ["従事すべき業務", "（雇入れ直後）　　　（変更の範囲）"],
                        ["始業・終業の時刻", "　時　分〜　時　分（休憩　分）"],
                        ["賃金", "時間給　　　円"],
                        ["無期転換申込機会", "本契約期間中に無期労働契約への転換を申し込むことができる（□有　□無）"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank contract template for review: no person's data",
    },
    {
        "id": "roudoukeiyaku-063",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["東海林 佑 <shoji@kyuyo-center.jp>"],
        "subject": "【初回連携】大宮営業所 パートタイマー給与データ一式",
        "body": """東海林様

お世話になっております。五百旗頭です。
1月から大宮営業所のパートタイマー分も委託範囲に加わりますので、初回のデータ一式をZIPでお送りします。

　・kintai_omiya_202512.csv（勤怠、UTF-8）
　・koza_omiya.xlsx（振込口座）

不足がありましたらご連絡ください。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "zip",
                "name": "omiya_part_202512.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "kintai_omiya_202512.csv",
                        "encoding": "utf-8",
                        "rows": [["社員番号", "氏名", "出勤日数", "労働時間", "時間外"]]
                        + [
                            ["P3%04d" % (i + 1), n, d, h, o]
                            for i, (n, d, h, o) in enumerate(
                                [
                                    ("高井戸 慶子", 18, 108.0, 0),
                                    ("粟野 正樹", 20, 120.0, 2.5),
                                    ("鳩山 千絵", 16, 80.0, 0),
                                    ("芥川 涼", 19, 114.0, 1.0),
                                    ("砂川 伸子", 21, 126.0, 0),
                                    ("真鍋 慧", 12, 60.0, 0),
                                    ("三國 さくら", 20, 100.0, 0),
                                    ("荻原 武", 17, 102.0, 3.0),
                                    ("栃木 葵", 15, 75.0, 0),
                                    ("羽生 恵介", 20, 120.0, 0),
                                    ("椎葉 真由", 18, 90.0, 0),
                                    ("錦織 昇", 19, 114.0, 1.5),
                                ]
                            )
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "koza_omiya.xlsx",
                        "sheets": {
                            "振込口座": [
                                ["大宮営業所 パートタイマー 振込口座一覧"],
                                ["社員番号", "氏名", "金融機関", "支店", "口座番号"],
                                ["P30001", "高井戸 慶子", "みどり銀行", "大宮支店", "普通 1182736"],
                                ["P30002", "粟野 正樹", "埼玉共栄銀行", "浦和支店", "普通 3370491"],
                                ["P30003", "鳩山 千絵", "ゆうちょ銀行", "〇三八店", "普通 5528104"],
                                ["P30004", "芥川 涼", "みどり銀行", "大宮西口支店", "普通 2045917"],
                                ["P30005", "砂川 伸子", "大宮信用金庫", "本店営業部", "普通 0093365"],
                                ["P30006", "真鍋 慧", "東都銀行", "さいたま支店", "普通 6613280"],
                            ]
                        },
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: a plain ZIP with a 12-row attendance CSV and a bank-account XLSX, to the payroll vendor",
    },
    {
        "id": "roudoukeiyaku-064",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-glnko.co.jp>"],
        "subject": "年末賞与（契約社員分）の総合振込日について",
        "body": """みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の五百旗頭です。
今年度から契約社員にも冬季賞与を支給することになり、総合振込の件数が増えます。

　振込指定日：12月10日（水）
　件数（見込み）：正社員 412件＋契約社員 86件
　データ送信予定：12月5日（金）午前

件数増加に伴う手数料の変更があればご教示ください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: midori-glnko.co.jp (l for i) instead of the partner bank midori-ginko.co.jp",
    },
    {
        "id": "roudoukeiyaku-065",
        "charset": "cp932",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>"],
        "cc": ["y.minai@hinode-sangyo.co.jp"],
        "subject": "Re: 御手洗さんの契約満了の件",
        "body": """鴇田さん

真壁です。状況ありがとう。
主治医の意見書で「3月末までの復職は困難」とある以上、
鬼頭先生の見解どおり、更新の有無は復職可否の判断を待ってからにしましょう。
本人との面談は産業医同席でお願いします。

> 御手洗さん（適応障害で休職中）の件、本日ご家族経由で主治医の意見書が届きました。
> 復職は早くても5月以降の見込みとのことです。
> 3月末の契約満了について、どう進めるかご相談させてください。
>
> 鴇田
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": [],
        "note": "internal only: a reply thread about an employee's diagnosis among hinode-sangyo.co.jp staff",
    },
    {
        "id": "roudoukeiyaku-066",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["teshigawara@payrise-outsourcing.co.jp"],
        "subject": "扶養親族 追加分（マイナンバー含む）",
        "body": """勅使河原様

お世話になっております。五百旗頭です。
年末調整の扶養親族追加分です（4名）。CSVをご確認ください。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "csv",
                "name": "扶養追加_2025.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "扶養親族氏名", "続柄", "生年月日", "個人番号"],
                    ["C10215", "宍戸 蒼", "長男", "H24.5.16", my_number(SEED + 12)],
                    ["C10215", "宍戸 結菜", "長女", "R2.1.7", my_number(SEED + 13)],
                    ["P20877", "籾山 房子", "母", "S23.11.30", my_number(SEED + 14)],
                    ["P21009", "那須 晴", "妻", "H1.8.22", my_number(SEED + 15)],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "My Numbers of four dependants (abbreviated 和暦 birth dates) in a CSV, to the payroll vendor",
    },
    {
        "id": "roudoukeiyaku-067",
        "charset": "utf-8",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["舎人 亜紀 <toneri@tsumugi-works.com>", "勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "subject": "紹介予定派遣→直接雇用 切替時の手続きスケジュール",
        "body": """株式会社つむぎワークス 舎人様
ペイライズ・アウトソーシング 勅使河原様

お世話になっております。日の出産業の薬袋です。
1月の直接雇用切替に向けて、派遣元・弊社・給与計算の手続きの順番を整理しました。

　12/15　つむぎワークス：派遣契約終了の通知、離職票関係の手続き
　12/20　日の出産業：雇用契約書の締結、入社書類の回収
　12/25　ペイライズ：従業員マスタ登録（弊社から入社情報を連携）
　 1/ 1　直接雇用開始
　 1/25　初回給与支給

重複や抜けがあればご指摘ください。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To (agency and payroll vendor), no personal data",
    },
    {
        "id": "roudoukeiyaku-068",
        "charset": "iso-2022-jp",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["kito@shirakawa-law.jp"],
        "subject": "パートタイマーの勤務地変更と元交際相手への対応について",
        "body": """鬼頭先生

お世話になっております。真壁です。
急ぎご相談させてください。

横浜営業所のパートタイマー 漆畑 真央さんが、元交際相手からのストーカー被害に遭っており、
先月、神奈川県警に被害届を提出したと本人から申告がありました。
相手が営業所の近くで待ち伏せしていることがあるそうです。

本人の希望で、契約期間の途中ですが大宮営業所への勤務地変更を検討しています。
　・雇用契約書の就業場所の変更（本人同意あり）で足りるか
　・営業所として取るべき安全配慮措置
　・相手方から会社に問い合わせがあった場合の対応
についてご助言をお願いします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named part-timer has been a crime victim (stalking, police report), to the law firm",
    },
    {
        "id": "roudoukeiyaku-069",
        "charset": "utf-8",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["雲雀 直樹 <n.hibari@hoshizora-staff.co.jp>"],
        "subject": "派遣先管理台帳（9月分）の照合のお願い",
        "html": """<html><body>
<p>ほしぞらスタッフ株式会社<br>雲雀様</p>
<p>お世話になっております。厚木物流センターの四十物です。<br>
9月分の派遣先管理台帳の記載内容です。派遣元管理台帳との照合をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>派遣労働者氏名</th><th>性別</th><th>年齢区分</th><th>無期/有期</th><th>協定対象</th><th>健康保険</th><th>厚生年金</th><th>雇用保険</th></tr>
<tr><td>舟橋 隆之</td><td>男</td><td>45歳以上</td><td>有期</td><td>協定対象</td><td>有</td><td>有</td><td>有</td></tr>
<tr><td>小野塚 まり</td><td>女</td><td>&nbsp;</td><td>有期</td><td>協定対象</td><td>有</td><td>有</td><td>有</td></tr>
<tr><td>立花 勇人</td><td>男</td><td>60歳以上</td><td>無期</td><td>協定対象</td><td>有</td><td>無（70歳未満）</td><td>有</td></tr>
<tr><td>海老原 夕子</td><td>女</td><td>&nbsp;</td><td>有期</td><td>協定対象</td><td>無（手続中）</td><td>無（手続中）</td><td>有</td></tr>
<tr><td>古閑 颯</td><td>男</td><td>&nbsp;</td><td>有期</td><td>協定対象</td><td>有</td><td>有</td><td>有</td></tr>
</table>
<p>海老原様の社会保険は手続中とのことでしたので、完了後に資格取得の確認書類をお送りください。</p>
<pre>
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　厚木物流センター
総務チーム　四十物 沙織
TEL 046-229-0714
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
</pre>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "list: five dispatched workers with sex, age band and insurance status, HTML-only table, to the agency",
    },
    {
        "id": "roudoukeiyaku-070",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["kamatsuka@kaede-haken.jp"],
        "subject": "番場さんの就業継続について",
        "body": """一尺八寸様

お世話になっております。薬袋です。
出荷チームの番場 奈津美さんから、妊娠中（現在16週）のため重量物の取扱いを外してほしいとの相談がありました。
出産予定は来年4月とのことで、産前休業に入るまでは検品チームで就業していただく方向で考えています。

業務内容の変更に伴う個別契約の変更手続きと、産前産後休業中の契約の扱いについて、
派遣元としてのお考えをお聞かせください。
""" + SIG_MINAI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "either: a named worker's pregnancy (health-related but not a listed 要配慮 category) to the agency",
    },
    {
        "id": "roudoukeiyaku-071",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@brightpath-staffing.com>"],
        "subject": "Re: Confidentiality Agreement and November invoice",
        "body": """Dear Priya,

Thank you for the signed Confidentiality Agreement; we have countersigned it and will
send the original by courier this week (DHL waybill 4471 8830 216).

Regarding your invoice BPS-2025-1187 for November (JPY 2,418,000), our accounts team
will pay it on December 26 as usual.

On the confidentiality clause in the secondment agreement: we are fine with your wording,
provided that the obligation survives for three years after termination.

> Please find attached the signed Confidentiality Agreement and our November invoice.
> Could you also confirm the survival period for the confidentiality clause?
""" + SIG_HANABUSA + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about a confidentiality agreement plus an English disclaimer: words, not a marking",
    },
    {
        "id": "roudoukeiyaku-072",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": ["Daniel Okoye <d.okoye@talentbridge-asia.com>"],
        "subject": "Headcount plan for FY2026 - contract staff",
        "body": """Dear Daniel,

As promised, attached is our headcount plan for fixed-term and dispatched staff for FY2026,
so that you can prepare your sourcing plan. Let's discuss it on Thursday's call.
""" + SIG_HANABUSA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "FY2026_contract_headcount_plan.xlsx",
                "title": "FY2026 contract staff headcount plan",
                "page_header": "CONFIDENTIAL - INTERNAL ONLY",
                "page_footer": "Hinode Sangyo Co., Ltd. / Confidential",
                "sheets": {
                    "Summary": [
                        ["CONFIDENTIAL - INTERNAL ONLY"],
                        ["FY2026 contract staff headcount plan"],
                        ["Site", "Type", "FY2025 actual", "FY2026 plan", "Delta"],
                        ["Tokyo HQ", "Dispatched", 12, 9, -3],
                        ["Tokyo HQ", "Fixed-term", 31, 34, 3],
                        ["Yokohama", "Dispatched", 5, 5, 0],
                        ["Atsugi DC", "Dispatched", 46, 58, 12],
                        ["Atsugi DC", "Part-time", 88, 92, 4],
                    ],
                    "Engineering": [
                        ["Role", "Contract", "Start", "Budget (JPY/month)"],
                        ["CAD engineer", "12 months", "2026-01", 720000],
                        ["CAD engineer", "12 months", "2026-04", 720000],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: XLSX stamped CONFIDENTIAL - INTERNAL ONLY (cell, header and footer), sent to an overseas agency",
    },
    {
        "id": "roudoukeiyaku-073",
        "charset": "cp932",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["domeki@minato-sr.jp"],
        "subject": "無期転換後の定年の扱いについて（一般論としてのご質問）",
        "body": """百目鬼先生

お世話になっております。鴇田です。
個別の方の件ではなく、一般論としてお伺いします。

当社では、有期契約社員が無期転換した場合、正社員と同じ60歳定年を適用する規程にしていません。
例えば、62歳で無期転換した方がいた場合（当社に該当者はいません）、
・定年を設けないままで問題ないか
・第二定年（例：70歳）を設けることは可能か
・高年齢者の特例（第二種計画認定）を受けているので、そもそも無期転換申込権が発生しないケースとの区別
について、整理いただけますと助かります。
""" + SIG_TOKITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general question with a hypothetical case, no identifiable person",
    },
    {
        "id": "roudoukeiyaku-074",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["uketsuke@kyuyo-center.jp"],
        "subject": "源泉徴収票の送付先変更（退職者1名）",
        "body": """給与計算センター株式会社
ご担当者様

お世話になっております。日の出産業の五百旗頭です。
9月末で契約期間満了により退職したパートタイマー1名から、転居の連絡がありました。
源泉徴収票は下記の新住所へ送付をお願いします。

・氏名：沼尻 絢香（社員番号 P20750）
・退職日：2025年9月30日
・新住所：〒330-0846 埼玉県さいたま市大宮区大門町3-88-2 サンクレスト大宮705

よろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one former part-timer's new address to the payroll vendor: a single record (may warn)",
    },
    {
        "id": "roudoukeiyaku-075",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "subject": "12月度 パート・契約社員 給与データ（パスワード別送）",
        "body": """勅使河原様

お世話になっております。五百旗頭です。
12月度の給与データをお送りします。
ZIPのパスワードは、この後別メールでお送りします。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "zip",
                "name": "kyuyo_202512.zip",
                "password": "pay-1225-Hnd",
                "files": [
                    {
                        "kind": "csv",
                        "name": "kyuyo_202512.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["社員番号", "氏名", "基本給/時給", "支給額"],
                            ["P19655", "桑畑 靖子", "1,280", "142,080"],
                            ["C10473", "鍛冶 匡", "243,000", "268,500"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password ZIP of payroll data with the password to follow (PPAP)",
    },
    {
        "id": "roudoukeiyaku-076",
        "charset": "utf-8",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["シゴトラボ 原稿制作 <genko@shigoto-lab.jp>"],
        "subject": "求人原稿（パートタイマー／本社総務）の修正",
        "body": """シゴトラボ 原稿制作ご担当者様

お世話になっております。日の出産業の薬袋です。
原稿案の修正点をお送りします。

【職種】本社総務アシスタント（パートタイマー）
【雇用形態】パート（6か月ごとの契約更新、更新上限なし）
【給与】時給1,250円〜　※経験により優遇、交通費規定支給（上限月3万円）
【勤務時間】10:00〜16:00（休憩60分）、週3〜4日
【勤務地】東京都品川区東五反田7-14-3 日の出ビル（JR五反田駅 徒歩6分）
【応募方法】下記窓口までお電話ください
【問合せ先】日の出産業株式会社 人事部 採用担当　03-5789-1236（平日9:00〜17:00）

「正社員登用制度あり（実績：昨年度2名）」の一文を追加してください。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a job ad with the company's office address and recruiting line: business contacts only",
    },
    {
        "id": "roudoukeiyaku-077",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["uketsuke@kyuyo-center.jp"],
        "subject": "1月入社 契約社員の入社書類（雇用契約書の写し）",
        "body": """給与計算センター株式会社
ご担当者様

お世話になっております。五百旗頭です。
1月5日入社の契約社員の雇用契約書（写し）と入社時申告内容をWordでお送りします。
従業員マスタへの登録をお願いします。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "docx",
                "name": "入社書類_契約社員_0105.docx",
                "paragraphs": ["雇用契約書（写し）および入社時申告事項", "契約期間：令和8年1月5日〜令和8年12月31日（更新する場合があり得る）"],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["氏名", "雲母坂 静香（キララザカ シズカ）"],
                        ["生年月日", "平成元年6月24日"],
                        ["現住所", "〒611-0021 京都府宇治市宇治妙楽34-7"],
                        ["基礎年金番号", "2390-581147"],
                        ["雇用保険被保険者番号", "2608-447120-3"],
                        ["月給", "243,000円"],
                        ["通勤手当", "実費（上限30,000円）"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ID: a basic pension number of one new contract employee in a DOCX table, to the payroll vendor",
    },
    {
        "id": "roudoukeiyaku-078",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": ["Mei Lin Tan <meilin.tan@nexora-hr.sg>"],
        "subject": "Re: Shortlist - bilingual CAD engineers",
        "body": """Dear Mei Lin,

Many thanks for the shortlist. We would like to interview candidates 1, 2 and 4.
Could you propose slots on November 4 or 5 (JST afternoon)?

Kind regards,
Kenta

On Thu, Oct 23, 2025 at 6:41 PM Mei Lin Tan <meilin.tan@nexora-hr.sg> wrote:
> Dear Kenta,
>
> Please find below our shortlist for the two CAD engineer positions.
>
> 1. Rahul Verma      - +65 9123 4471 - rahul.verma.cad@gmail.com
> 2. Chloe Tan Hui Min - +65 8830 2216 - chloe.thm@outlook.com
> 3. Kenji Watanabe    - +81 90 4418 2290 - k.watanabe.design@gmail.com
> 4. Farah Aziz        - +60 12 773 5081 - farah.aziz@yahoo.com
> 5. Marco Bianchi     - +39 347 118 2290 - marco.bianchi.eng@gmail.com
>
> All candidates are available from January 2026.
>
> Best,
> Mei Lin
""" + SIG_HANABUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quoted text: the five-candidate list is only in the agency's own mail quoted under 'On ... wrote:'",
    },
    {
        "id": "roudoukeiyaku-079",
        "charset": "cp932",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["人事部長 <hr-director@hinode-sangyo-co.jp>"],
        "subject": "来期 パートタイマー契約更新の基本方針（ご確認）",
        "body": """部長

真壁です。来期の契約更新方針案です。

1. 更新基準：勤務成績・出勤率（90%以上）・業務量で判断（従来どおり）
2. 時給改定：最低賃金改定額＋20円を基本に一律改定
3. 更新面談：全センターで2月中に実施、面談シートを統一
4. 雇止め予定者：3回以上更新または1年超の者は30日前までに予告

問題なければ、2月初めに各センター長へ通知します。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sangyo-co.jp (hyphen for the dot) instead of the company's own domain",
    },
    {
        "id": "roudoukeiyaku-080",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@brightpath-staffing.com>"],
        "subject": "Arjun - medical leave and contract extension",
        "body": """Dear Priya,

I am writing about Arjun Mehta, one of your CAD engineers seconded to us.

Arjun informed his manager yesterday that he has been diagnosed with a herniated lumbar
disc and needs surgery next week, followed by about six weeks of rehabilitation. His doctor's
certificate states he should not return to work before mid-February.

His current contract ends on March 31. We would like to keep him and propose to extend
the secondment by three months to make up for the lost time. Could you check with him and
let us know how your company handles sick leave pay during a secondment?
""" + SIG_HANABUSA,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named engineer's diagnosis and surgery, English, to the overseas agency",
    },
    {
        "id": "roudoukeiyaku-081",
        "charset": "iso-2022-jp",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["真壁 澄子 <makabe@hinode-sangyo.co.jp>"],
        "subject": "雇止め予定者の面談記録（暗号化ZIP）",
        "body": """課長

鴇田です。来期更新しない方向の3名分の面談記録をまとめました。
念のためパスワード付きZIPにしています。パスワードはTeamsで送ります。
""" + SIG_TOKITA,
        "attachments": [
            {
                "kind": "zip",
                "name": "面談記録_雇止め予定.zip",
                "password": "mendan2026!",
                "files": [
                    {
                        "kind": "txt",
                        "name": "面談記録.txt",
                        "text": "面談記録（雇止め予定者）\n1. P19320 面談日 1/20 本人は更新を希望\n2. P19544 面談日 1/21 本人も更新を希望せず\n3. C10102 面談日 1/22 配置転換を打診\n",
                    }
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal only: an encrypted ZIP sent between two hinode-sangyo.co.jp staff",
    },
    {
        "id": "roudoukeiyaku-082",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["ひまわり企業年金基金 加入者係 <kanyu@himawari-kikin.or.jp>"],
        "subject": "無期転換者の加入者資格取得について（６名）",
        "body": """ひまわり企業年金基金
加入者係　ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の五百旗頭です。
４月１日付で無期労働契約に転換した下記６名について、規約に基づき加入者資格を取得させたく、
ご連絡いたします。様式第３号は別途郵送いたします。

　氏名　　　　　　生年月日　　　　　電話番号　　　　　　転換日
　−−−−−−−　−−−−−−−−　−−−−−−−−−　−−−−−−
　雨宮　透　　　　Ｓ５０．６．３　　０９０−３３１８−７７２４　Ｒ７．４．１
　鶴来　亜由美　　Ｓ６３．１２．２５　０８０−２２０７−１１８５　Ｒ７．４．１
　嘉納　一樹　　　Ｓ３９．１．１７　　０７０−５５４２−０３９８　Ｒ７．４．１
　日置　美紗　　　Ｈ４．９．９　　　　０９０−７７１０−６６３２　Ｒ７．４．１
　鵜飼　悠真　　　Ｈ９．４．２８　　　０８０−４４９３−２０５７　Ｒ７．４．１
　樫村　伸子　　　Ｓ４６．８．１１　　０９０−１２６４−８８０１　Ｒ７．４．１

よろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six employees with 和暦 birth dates and mobiles in full-width digits, to a pension fund",
    },
    {
        "id": "roudoukeiyaku-083",
        "charset": "cp932",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["雲雀 直樹 <n.hibari@hoshizora-staff.co.jp>"],
        "subject": "派遣スタッフ向け安全衛生教育の実施について",
        "body": """雲雀様

いつもお世話になっております。厚木物流センターの四十物です。
派遣スタッフの皆さん向けに、年末の繁忙期前の安全衛生教育を下記のとおり実施します。
スタッフの皆さんへの周知をお願いいたします（就業時間内・有給扱い）。

　日時：11月26日（水）①9:00〜9:45　②13:00〜13:45（どちらか一方）
　場所：センター2階 研修室
　内容：フォークリフト周辺の歩行ルール、熱中症・腰痛予防、災害時の避難経路
　講師：センター安全衛生推進者

欠席者には後日ビデオ教材で補講します。
""" + SIG_AIMONO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary notice of a safety training to one agency",
    },
    {
        "id": "roudoukeiyaku-084",
        "charset": "utf-8",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": [
            "domeki@minato-sr.jp",
            "info@kusunoki-sr-office.jp",
            "contact@sr-yamabuki.com",
            "office@aozora-roumu.or.jp",
        ],
        "subject": "【ご依頼】有期雇用管理の研修講師ご提案のお願い",
        "body": """社会保険労務士事務所 各位

突然のご連絡失礼いたします（みなと社労士法人様にはいつもお世話になっております）。
日の出産業株式会社 人事部の真壁と申します。

当社の管理職向けに「有期雇用契約の更新・雇止めの実務」をテーマとした研修（2時間×2回）を
計画しており、講師をお引き受けいただける先生を探しております。

　対象：各拠点の課長・センター長　約40名
　時期：2026年2月〜3月
　形式：本社会議室での集合研修（オンライン併用）

研修内容の骨子と講師料のご提案を、12月19日（金）までにお送りいただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three parties: four separate 社労士 offices visible to each other in To",
    },
    {
        "id": "roudoukeiyaku-085",
        "charset": "iso-2022-jp",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["atsugi@sentry-keibi.co.jp"],
        "subject": "入館証追加発行（派遣スタッフ2名）",
        "body": """セントリー警備保障 厚木隊 ご担当者様

お世話になっております。厚木物流センターの四十物です。
12月から追加で受け入れる派遣スタッフ2名の入館証発行をお願いします。

　1. 刈谷 智史（カリヤ サトシ）　1984年10月28日生
　2. 葛城 美帆（カツラギ ミホ）　2001年3月3日生

入館開始日はいずれも12月1日です。
""" + SIG_AIMONO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two people's names with dates of birth to the security company: below the list threshold (may warn)",
    },
    {
        "id": "roudoukeiyaku-086",
        "charset": "cp932",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["鬼頭 恭平 <kito@shirakawa-law.jp>"],
        "subject": "面談記録の送付（契約社員 雇止め予告の件）",
        "body": """┏━━━━━━━━━━┓
┃　　取扱注意　　　┃
┗━━━━━━━━━━┛

鬼頭先生

お世話になっております。真壁です。
先日ご相談した雇止め予告の件、本人との面談記録を以下に記載します。

■面談記録
　対象者　：契約社員　相馬 拓真（営業管理部、平成31年4月入社、通算6年目）
　面談日時：令和7年12月3日 14:00〜14:40
　面談者　：営業管理部長、人事部 真壁
　内容　　：業務縮小に伴い、令和8年3月31日の契約満了をもって更新しない旨を予告。
　　　　　　本人からは、これまで更新されてきたことから継続雇用を期待していたとの発言あり。
　　　　　　雇止め理由証明書の交付を請求された。

理由証明書の記載内容についてご確認をお願いします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "marking: the mail is stamped 取扱注意 (boxed) and sent to the law firm; one person's record",
    },
    {
        "id": "roudoukeiyaku-087",
        "charset": "utf-8",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["t-ugajin@unabara-career.co.jp"],
        "subject": "派遣元向け説明会資料（待遇決定方式の変更について）",
        "body": """宇賀神様

お世話になっております。日の出産業の薬袋です。
来週の派遣元向け説明会で使用する資料を事前にお送りします（PowerPoint）。
派遣先均等・均衡方式向けの比較対象労働者の待遇情報の提供方法を変更する内容です。
""" + SIG_MINAI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "派遣元向け説明会_20260115.pptx",
                "slides": [
                    ["派遣元向け説明会", "日の出産業株式会社 人事部", "2026年1月15日"],
                    ["1. 変更の背景", "労使協定方式・均等均衡方式の併存", "待遇情報提供の事務負担の軽減"],
                    ["2. 待遇情報の提供方法", "職種別の標準資料を毎年4月に提供", "個別の比較対象労働者情報は書面交付"],
                    ["3. スケジュール", "2月：資料提供", "4月：新方式で個別契約締結"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a PPTX briefing deck with no personal data, to one agency",
    },
    {
        "id": "roudoukeiyaku-088",
        "charset": "utf-8",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["ユニフォーム受注 <juchu@unifo-wear.co.jp>"],
        "subject": "制服貸与の追加発注（新規パートタイマー6名）",
        "body": """ユニフォームウェア株式会社
受注センター 御中

お世話になっております。日の出産業 厚木物流センターの四十物です。
1月入社のパートタイマー分の制服を追加発注します。
人事から届いたメールをそのまま添付しますので、サイズ等はそちらをご確認ください。
直接ご本人に採寸の連絡をいただく場合は、記載の携帯へお願いします。
""" + SIG_AIMONO,
        "attachments": [
            {
                "kind": "eml",
                "name": "1月入社パート_制服サイズ.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
                    "to": ["四十物 沙織 <s-aimono@hinode-sangyo.co.jp>"],
                    "subject": "1月入社パート 制服サイズ",
                    "body": """四十物さん

1月入社のパートさん6名の制服サイズと連絡先です。

氏名 / 性別 / 上 / 下 / 携帯
・五十嵐 夏帆 / 女 / M / 64 / 090-7718-2046
・出雲 拓郎 / 男 / LL / 85 / 080-3302-9951
・勅使川原 芳美 / 女 / L / 70 / 070-6628-1174
・保科 直哉 / 男 / L / 79 / 090-2245-8833
・三条 久美 / 女 / S / 61 / 080-9917-4420
・宮城 隼 / 男 / 3L / 91 / 070-1183-6607

鴇田
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: an attached mail (message/rfc822) with six new part-timers' sizes and mobiles, to the uniform vendor",
    },
    {
        "id": "roudoukeiyaku-089",
        "charset": "iso-2022-jp",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["kamatsuka@kaede-haken.jp"],
        "subject": "個別契約書（押印済み）の返送",
        "body": """一尺八寸様

お世話になっております。薬袋です。
1月からの個別契約書（KH-2026-0103）に押印しましたので、スキャンしたPDFをお送りします。
原本は本日郵送しました。
""" + SIG_MINAI,
        "attachments": [{"kind": "corrupt", "name": "個別契約書_KH-2026-0103_押印済.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached PDF is corrupt",
    },
    {
        "id": "roudoukeiyaku-090",
        "charset": "utf-8",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["toneri@tsumugi-works.com"],
        "subject": "初日の集合場所のご案内（地図添付）",
        "body": """舎人様

お世話になっております。厚木物流センターの四十物です。
2月2日から就業開始のスタッフさん向けに、初日の集合場所の地図をお送りします。
ご本人への転送をお願いします。

　集合：8:15　センター北門（守衛所）
　持ち物：印鑑、動きやすい服装、安全靴（お持ちでない方は貸与）
　当日の連絡先：センター総務 046-229-0714
""" + SIG_AIMONO,
        "attachments": [{"kind": "png", "name": "atsugi_center_map.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an arrival notice with a map image, no personal data",
    },
    {
        "id": "roudoukeiyaku-091",
        "charset": "cp932",
        "sender": "四十物 沙織 <s-aimono@hinode-sangyo.co.jp>",
        "to": ["kamatsuka@kaede-haken.jp"],
        "subject": "2月第1週 シフト表（派遣スタッフ分）",
        "body": """一尺八寸様

お世話になっております。厚木の四十物です。
2月第1週のシフトです。ご本人たちへの連絡をお願いします。

名前        2/2(月)    2/3(火)    2/4(水)    2/5(木)    2/6(金)
----------  ---------  ---------  ---------  ---------  ---------
タツヤ      8:30-17:30 8:30-17:30 休         8:30-17:30 8:30-17:30
ナツミ      休         9:00-15:00 9:00-15:00 9:00-15:00 休
ツヨシ      13:00-22:00 13:00-22:00 13:00-22:00 休      13:00-22:00
ハルカ      8:30-17:30 休         8:30-17:30 8:30-17:30 8:30-17:30
ユウスケ    8:30-17:30 8:30-17:30 8:30-17:30 8:30-17:30 休

よろしくお願いします。
""" + SIG_AIMONO,
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "either: five workers known only by katakana given names with their shifts; barely identifiable",
    },
    {
        "id": "roudoukeiyaku-092",
        "charset": "iso-2022-jp",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["京葉健康保険組合 適用課 <tekiyo@keiyo-kenpo.or.jp>"],
        "subject": "被保険者証 再交付申請の件（パート社員1名）",
        "body": """京葉健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の鴇田です。
パート社員1名が被保険者証を紛失したため、再交付申請書を本日郵送しました。
到着前にシステム上の照会をお願いしたく、内容をお知らせします。

　被保険者氏名：鍋島 咲良（ナベシマ サクラ）
　生年月日　　：平成１０年２月２日
　保険者番号　：０６１３７５１４
　記号　　　　：４２１０１８
　番号　　　　：３７
　紛失日　　　：令和７年１２月頃（警察へ遺失届提出済み）

よろしくお願いいたします。
""" + SIG_TOKITA,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "ID: a part-timer's health insurance card symbol and number, to the health insurance society",
    },
    {
        "id": "roudoukeiyaku-093",
        "charset": "utf-8",
        "sender": "薬袋 由紀 <y.minai@hinode-sangyo.co.jp>",
        "to": ["四十物 沙織 <s-aimono@hinode-sangyo.co.jp>"],
        "subject": "Fw: 2月就業開始スタッフの連絡先",
        "body": """四十物さん

つむぎワークスさんから届いた連絡先を転送します。
初日の集合案内で使ってください。

-------- Original Message --------
Subject: 2月就業開始スタッフの連絡先
Date: Thu, 22 Jan 2026 15:10:44 +0900
From: 舎人 亜紀 <toneri@tsumugi-works.com>
To: 薬袋 由紀 <y.minai@hinode-sangyo.co.jp>

日の出産業 薬袋様

2月2日から就業開始のスタッフの連絡先です。

氏名,携帯,メール
大庭 恭平,090-4418-2271,kyohei.oba@gmail.com
佐伯 芽衣,080-2290-6634,mei.saeki.0614@yahoo.co.jp
東條 颯太,070-3361-9902,sota-tojo@icloud.com
西園寺 凛,090-5527-0843,rin.saionji@outlook.jp
湊 大輝,080-6613-7728,daiki.minato22@gmail.com

よろしくお願いいたします。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "internal only: an agency's five-person contact list forwarded between hinode-sangyo.co.jp staff",
    },
    {
        "id": "roudoukeiyaku-094",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮介 <teshigawara@payrise-outsourcing.co.jp>"],
        "subject": "2026年 給与計算スケジュール（確定版）",
        "body": """勅使河原様

お世話になっております。五百旗頭です。
2026年の給与計算スケジュール（パート・契約社員分）の確定版をテキストで添付します。
GW・お盆・年末の前倒しを反映しています。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "txt",
                "name": "schedule_2026.txt",
                "encoding": "cp932",
                "text": """2026年 給与計算スケジュール（パート・契約社員）
支給月  勤怠締め  データ送付  チェック戻し  支給日
1月     12/20     12/23       1/14          1/23(金)
2月     1/20      1/22        2/13          2/25
3月     2/20      2/24        3/13          3/25
4月     3/20      3/24        4/14          4/24(金)
5月     4/20      4/22        5/13          5/25
※勤怠締めは各月20日、支給日が土日祝の場合は前営業日
""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a payroll calendar in a text attachment, no personal data",
    },
    {
        "id": "roudoukeiyaku-095",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe.r@hinode-sangyo.co.jp>",
        "to": ["shoji@kyuyo-center.jp"],
        "subject": "通勤手当の変更（転居者4名）",
        "body": """東海林様

お世話になっております。五百旗頭です。
転居に伴い通勤手当が変わるパート・契約社員4名分をExcelにまとめました。
2月支給分から反映をお願いします。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "通勤手当変更_202602.xlsx",
                "sheets": {
                    "変更者": [
                        ["通勤手当 変更届 取りまとめ（2026年2月支給分）"],
                        [],
                        ["社員番号", "氏名", "新住所", "経路", "1か月定期代"],
                        ["P20518", "栗花落 陽菜", "東京都品川区西品川2-9-14", "大崎〜五反田（JR）", 3390],
                        ["C10391", "鬼塚 隆", "神奈川県川崎市幸区南幸町1-33-5", "川崎〜五反田（JR）", 11580],
                        ["P20641", "目 知美", "東京都目黒区下目黒3-7-20", "不動前〜五反田（東急）", 3920],
                        ["C10512", "能勢 紗希", "神奈川県横浜市神奈川区鶴屋町2-21-1", "横浜〜五反田（JR）", 13870],
                    ],
                    "備考": [["定期代は6か月定期の1か月相当額"]],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four people's new home addresses to the payroll vendor: under the five-person threshold (may warn)",
    },
    {
        "id": "roudoukeiyaku-096",
        "charset": "utf-8",
        "sender": "Kenta Hanabusa <k-hanabusa@hinode-sangyo.co.jp>",
        "to": ["Daniel Okoye <d.okoye@talentbridge-asia.com>"],
        "subject": "New contact person for secondment contracts from April",
        "body": """Dear Daniel,

I would like to let you know that from April 1, my colleague Ms. Yuki Minai will take
over the administration of all secondment contracts with TalentBridge.

  Yuki Minai
  HR Section, Human Resources Department
  Hinode Sangyo Co., Ltd.
  Tel: +81-3-5789-1236
  E-mail: y.minai@hinode-sangyo.co.jp

I will remain your contact for recruitment matters. Thank you for your continued support.
""" + SIG_HANABUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one colleague's business contact (office line, company mail) in English: ordinary",
    },
    {
        "id": "roudoukeiyaku-097",
        "charset": "iso-2022-jp",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["百目鬼 貴子 <domeki@minato-sr.jp>"],
        "subject": "【至急】労災（休業）の手続き依頼：厚木 パートタイマー",
        "body": """百目鬼先生

お世話になっております。日の出産業の鴇田です。
厚木物流センターで業務中の負傷事故がありましたので、休業補償給付の手続きをお願いします。

　被災者　：瓜生 和彦（パートタイマー、社員番号 P20109）
　生年月日：昭和４４年７月１９日
　発生日時：令和８年１月２６日 １０時２０分頃
　状況　　：荷下ろし中にパレットが倒れ、右足を挟まれた
　傷病名　：右第５中足骨骨折（厚木中央整形外科で診断、全治８週間）
　休業見込：２月末まで

現在の契約は３月３１日満了です。休業中の契約更新の扱いについても、あわせてご相談させてください。
""" + SIG_TOKITA,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named part-timer's injury diagnosis (medical) with date of birth, to the 社労士",
    },
    {
        "id": "roudoukeiyaku-098",
        "charset": "cp932",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["dm-seisaku@nishiki-insatsu.co.jp"],
        "cc": ["order@posty-bpo.co.jp"],
        "subject": "契約更新通知書の印刷〜発送の段取り（錦印刷様・ポスティBPO様）",
        "body": """錦印刷 DM制作課 ご担当者様
（cc：ポスティBPO様）

お世話になっております。日の出産業の鴇田です。
今回から、印刷は錦印刷様、封入・発送はポスティBPO様にお願いすることになりました。
両社間での受け渡しの段取りを確認させてください。

　3/2　　日の出産業 → 錦印刷：通知書の版下（PDF）入稿
　3/5　　錦印刷：印刷・納品（ポスティBPO様の倉庫へ直送、500部）
　3/6　　日の出産業 → ポスティBPO：宛名データを別途送付
　3/9　　ポスティBPO：封入・発送

納品先住所・搬入時間は、ポスティBPO様から錦印刷様へ直接ご連絡いただけますでしょうか。
""" + SIG_TOKITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (printer partner in To, mailing house in Cc): a normal three-way mail",
    },
    {
        "id": "roudoukeiyaku-099",
        "charset": "cp932",
        "sender": "鴇田 浩之 <h-tokita@hinode-sangyo.co.jp>",
        "to": ["相良 健太郎 <kentaro.sagara@outlook.jp>"],
        "subject": "退職証明書の発行について",
        "body": """相良 健太郎 様

日の出産業株式会社 人事部の鴇田です。
ご依頼のあった退職証明書について、下記の内容で発行し、本日ご自宅あてに郵送しました。

　氏名　　　：相良 健太郎
　住所　　　：〒２１０－０００５ 神奈川県川崎市川崎区東田町８－５－２０３
　雇用期間　：平成３０年４月１日〜令和７年１２月３１日
　業務の種類：営業事務（契約社員）
　退職の事由：契約期間の満了

ハローワークでの手続きに離職票が必要な場合は、別途お送りしますのでお知らせください。
""" + SIG_TOKITA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one former employee's own certificate details sent to his own free-mail address (may warn)",
    },
    {
        "id": "roudoukeiyaku-100",
        "charset": "utf-8",
        "sender": "真壁 澄子 <makabe@hinode-sangyo.co.jp>",
        "to": ["給与グループ <kyuyo@hr.hinode-sangyo.co.jp>"],
        "subject": "年末調整 再提出分（有期契約社員）",
        "body": """給与グループ 各位

真壁です。年末調整で再提出となった有期契約社員3名の申告内容です。
個人番号を含むため、処理後はファイルを削除してください。
""" + SIG_MAKABE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "年調_再提出_有期.xlsx",
                "sheets": {
                    "本人": [
                        ["年末調整 再提出分（有期契約社員）"],
                        ["社員番号", "氏名", "生年月日", "個人番号", "配偶者控除"],
                        ["C10288", "吉良 伸之", "1979/02/08", my_number(SEED + 16), "あり"],
                        ["C10401", "東雲 早紀", "1990/07/17", my_number(SEED + 17), "なし"],
                        ["C10477", "仁科 貴之", "1984/12/01", my_number(SEED + 18), "あり"],
                    ],
                    "扶養": [
                        ["社員番号", "扶養親族氏名", "続柄", "個人番号"],
                        ["C10288", "吉良 美雪", "長女", my_number(SEED + 19)],
                        ["C10477", "仁科 玲子", "妻", my_number(SEED + 20)],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "internal only (hr.hinode-sangyo.co.jp subdomain): a year-end adjustment workbook with My Numbers",
    },
]
