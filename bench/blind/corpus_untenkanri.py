"""Blind corpus, area "untenkanri": mail of Hinode Sangyo's 総務部 車両管理課, the 安全運転管理者 desk
that runs the company fleet and its drivers — licence checks and 運転者台帳, 運転記録証明書 and
traffic violations, accident reports to the fleet insurer and its agent, alcohol-check records and
detectors (アルコールチェック義務化), fleet leasing and vehicle returns, rental cars, fuel and ETC
cards, drive recorders and telematics, マイカー通勤 permits and parking, sleep-apnoea screening and
other fitness-to-drive questions, driving schools and safety seminars, and the desk's ordinary
business mail with lease companies, insurers, repair shops, lawyers and partner companies."""

from build import card_number, my_number

SEED = 65801


def _z(s, dash="－"):
    """ASCII digits and hyphens as people type them in full width."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９" + dash))


def _g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


SIG_NIKAIDO = """
--
日の出産業株式会社　総務部 車両管理課
安全運転管理者　二階堂 章（にかいどう あきら）
〒141-0032 東京都品川区大崎3-9-14 日の出大崎ビル5F
TEL 03-5487-2210（直通）　FAX 03-5487-2219
nikaido@hinode-sangyo.co.jp
"""

SIG_NOTOYA = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 車両管理課　副安全運転管理者
能登谷 みずほ　Mizuho Notoya
TEL：03-5487-2211　内線：5211
〒141-0032 東京都品川区大崎3-9-14
━━━━━━━━━━━━━━━━━━━━
"""

SIG_HYAKUTAKE = """
*********************************
 日の出産業(株) 総務部 車両管理課
 百武 亮太 (Hyakutake Ryota)
 TEL 03-5487-2212 / 携帯 080-4471-2290 (社用)
 hyakutake@hinode-sangyo.co.jp
*********************************
"""

SIG_KAMOSHIDA = """
------------------------------
日の出産業株式会社
総務部 車両管理課 課長　鴨志田 恒一
〒141-0032 東京都品川区大崎3-9-14 日の出大崎ビル
TEL:03-5487-2200(代表)
------------------------------
"""

SIG_KUJI_EN = """
Best regards,

Sayaka Kuji
Fleet & Vehicle Management, General Affairs Dept.
Hinode Sangyo Co., Ltd.
3-9-14 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
Tel: +81-3-5487-2213
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the intended
recipient, please notify the sender immediately and delete this e-mail. Any unauthorised use or
disclosure is prohibited.
"""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "untenkanri-001",
        "subject": "車両管理クラウド移行用 運転者台帳データのご送付",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
        "cc": ["二階堂 章 <nikaido@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """ツバサシステム株式会社
導入支援チーム　御中

いつも大変お世話になっております。
日の出産業の百武でございます。

先日のキックオフでご依頼いただきました、運転者マスタの初期データを
添付のExcelにてお送りいたします。
「運転者台帳」シートが本番移行用、「変更履歴」シートは参考です。

・対象：本社および首都圏3営業所で社有車を運転する者（12名）
・免許証の有効期限は10月1日時点の確認結果です

取込時にエラーが出ましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_HYAKUTAKE,
        "attachments": [{
            "kind": "xlsx",
            "name": "運転者台帳_移行用_20261005.xlsx",
            "title": "運転者台帳",
            "sheets": {
                "表紙": [["運転者台帳（車両管理クラウド移行用）"], ["作成", "総務部 車両管理課"],
                         ["基準日", "2026/10/01"], ["件数", 12]],
                "運転者台帳": [
                    ["日の出産業株式会社　運転者台帳"],
                    [],
                    ["社員番号", "氏名", "フリガナ", "所属", "生年月日", "免許証番号", "種類", "有効期限", "携帯電話"],
                    ["H10231", "勅使河原 誠", "テシガワラ マコト", "営業1課", "1979/03/14", "301997462081", "中型", "2028/04/14", "090-3318-4470"],
                    ["H10877", "四十物 紗英", "アイモノ サエ", "営業1課", "1990/11/02", "302109833570", "普通", "2027/12/02", "080-6612-0935"],
                    ["H11042", "源五郎丸 拓", "ゲンゴロウマル タク", "営業2課", "1985/07/29", "441003527190", "準中型", "2029/08/29", "070-2284-6613"],
                    ["H11206", "鈴木 優一", "スズキ ユウイチ", "営業2課", "1993/01/18", "301213650480", "普通", "2027/02/18", "090-5520-1187"],
                    ["H11390", "栗花落 由佳", "ツユリ ユカ", "横浜営業所", "1988/05/06", "450708219931", "普通", "2028/06/06", "080-9043-7726"],
                    ["H11533", "百目鬼 健吾", "ドウメキ ケンゴ", "横浜営業所", "1976/09/21", "459501104520", "大型", "2026/10/21", "090-7762-0318"],
                    ["H11618", "高橋 亜美", "タカハシ アミ", "さいたま営業所", "1996/12/30", "431503881201", "普通", "2029/01/30", "070-1190-5542"],
                    ["H11702", "舎人 俊介", "トネリ シュンスケ", "さいたま営業所", "1982/02/11", "430122097640", "中型", "2027/03/11", "080-2267-9014"],
                    ["H11855", "一尺八寸 凛", "カマツカ リン", "千葉営業所", "1999/08/08", "441807355310", "普通", "2028/09/08", "090-8831-2046"],
                    ["H11921", "田中 大輔", "タナカ ダイスケ", "千葉営業所", "1984/04/25", "440405762290", "中型", "2026/05/25", "080-3376-5591"],
                    ["H12004", "猪狩 早苗", "イカリ サナエ", "総務部", "1971/10/03", "309102236480", "普通", "2029/11/03", "090-4418-2270"],
                    ["H12119", "纐纈 陽平", "コウケツ ヨウヘイ", "総務部", "1991/06/17", "301110458801", "普通", "2027/07/17", "070-6625-8839"],
                ],
                "変更履歴": [["日付", "内容", "担当"], ["2026/09/12", "横浜営業所 2名追加", "百武"],
                             ["2026/09/30", "有効期限 更新反映", "能登谷"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "12 drivers' register (DOB, licence number, mobile) in XLSX to a partner vendor: list + licence numbers",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "untenkanri-002",
        "subject": "【要対応】免許証 有効期限3か月以内の運転者について",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["横浜営業所長 <yokohama-mgr@hinode-sangyo.co.jp>",
               "さいたま営業所長 <saitama-mgr@hinode-sangyo.co.jp>",
               "千葉営業所長 <chiba-mgr@mail.hinode-sangyo.co.jp>"],
        "charset": "shift_jis",
        "body": """各営業所長 各位

お疲れさまです。車両管理課の能登谷です。

免許証の有効期限が３か月以内に到来する運転者を添付CSVにまとめました。
更新後は、新しい免許証の表裏をアルコールチェック時に確認し、
確認日を車両管理課までご連絡ください（更新前の運転は当然可です）。

期限切れでの運転は無免許運転となり、会社も使用者責任を問われます。
対象者への声掛けをお願いいたします。
""" + SIG_NOTOYA,
        "attachments": [{
            "kind": "csv",
            "name": "免許期限アラート_2026年10月.csv",
            "encoding": "cp932",
            "rows": [
                ["所属", "社員番号", "氏名", "生年月日", "免許証番号", "有効期限", "残日数"],
                ["横浜営業所", "H11533", "百目鬼 健吾", "S51.9.21", "459501104520", "R8.10.21", "16"],
                ["千葉営業所", "H11921", "田中 大輔", "S59.4.25", "440405762290", "R8.5.25(更新済確認待ち)", "-"],
                ["さいたま営業所", "H11760", "東海林 孝", "S48.12.1", "439305518760", "R9.1.1", "88"],
                ["横浜営業所", "H11468", "八月一日 咲", "H2.12.9", "451002784431", "R8.12.9", "65"],
                ["千葉営業所", "H11977", "宍戸 和真", "H6.11.30", "441403960020", "R8.12.30", "86"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": [],
        "note": "licence-expiry list with licence numbers, but every recipient is internal (incl. mail. subdomain)",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "untenkanri-003",
        "subject": "Re: 検知器 AC-300 測定値の件（ログ送付）",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["アルコセンス サポートセンター <support@alcosense.co.jp>"],
        "charset": "shift_jis",
        "body": """アルコセンス株式会社
サポートセンター　ご担当者様

お世話になっております。日の出産業 車両管理課の百武です。
お問い合わせ番号 AS-2026-08841 の件です。

ご指示のとおり、本社設置の AC-300（S/N: AC3K-20518）の測定ログを
管理画面からCSVでエクスポートしましたので添付します。
9/28〜10/9 の朝夕の測定分です。

飲酒していない者で 0.03〜0.05mg/L が出る事象が続いており、
センサー劣化かどうかご確認いただけますでしょうか。

以上、よろしくお願いいたします。
""" + SIG_HYAKUTAKE,
        "attachments": [{
            "kind": "csv",
            "name": "alc_log_AC3K-20518_0928-1009.csv",
            "encoding": "utf-8",
            "rows": [
                ["測定日時", "社員番号", "氏名", "測定値(mg/L)", "判定", "確認者", "機器S/N"],
                ["2026-09-28 07:52", "H10231", "勅使河原 誠", "0.00", "OK", "能登谷", "AC3K-20518"],
                ["2026-09-28 08:03", "H10877", "四十物 紗英", "0.04", "再測定", "能登谷", "AC3K-20518"],
                ["2026-09-28 08:09", "H10877", "四十物 紗英", "0.00", "OK", "能登谷", "AC3K-20518"],
                ["2026-09-29 07:48", "H11042", "源五郎丸 拓", "0.05", "再測定", "百武", "AC3K-20518"],
                ["2026-09-29 07:55", "H11042", "源五郎丸 拓", "0.00", "OK", "百武", "AC3K-20518"],
                ["2026-09-30 18:21", "H11206", "鈴木 優一", "0.00", "OK", "二階堂", "AC3K-20518"],
                ["2026-10-01 07:58", "H12004", "猪狩 早苗", "0.03", "再測定", "百武", "AC3K-20518"],
                ["2026-10-01 08:04", "H12004", "猪狩 早苗", "0.00", "OK", "百武", "AC3K-20518"],
                ["2026-10-02 17:45", "H12119", "纐纈 陽平", "0.00", "OK", "二階堂", "AC3K-20518"],
                ["2026-10-05 07:50", "H10231", "勅使河原 誠", "0.04", "再測定", "能登谷", "AC3K-20518"],
                ["2026-10-05 07:57", "H10231", "勅使河原 誠", "0.00", "OK", "能登谷", "AC3K-20518"],
                ["2026-10-07 08:11", "H12230", "冷泉 奈緒", "0.00", "OK", "百武", "AC3K-20518"],
                ["2026-10-08 07:46", "H11206", "鈴木 優一", "0.05", "再測定", "百武", "AC3K-20518"],
                ["2026-10-08 07:53", "H11206", "鈴木 優一", "0.00", "OK", "百武", "AC3K-20518"],
                ["2026-10-09 18:02", "H12230", "冷泉 奈緒", "0.00", "OK", "二階堂", "AC3K-20518"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "alcohol-check log of 7 named employees (ID, readings) in a UTF-8 CSV to the detector maker: list of people",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "untenkanri-004",
        "subject": "Re: 検知器 AC-300 測定値の件",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["アルコセンス サポートセンター <support@alcosense.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """アルコセンス株式会社
サポートセンター　蛭子様

お世話になっております。日の出産業の百武です。
ご返信ありがとうございます。

氏名入りのログは社内規程によりお出しできないため、
機器ごとの再測定発生状況を下記にまとめました。

  機器S/N        設置場所        測定回数  再測定  最大値(mg/L)
  ------------   --------------  --------  ------  ------------
  AC3K-20518     本社 1F受付          212      17          0.05
  AC3K-20533     横浜営業所           148       2          0.03
  AC3K-20540     さいたま営業所       131       0          0.00
  AC3K-20547     千葉営業所           126       1          0.02

本社の 20518 のみ突出しているため、代替機をお送りいただき、
当該機は校正に出したいと考えております。
代替機の送付先は本社1F受付（上記署名の住所）でお願いいたします。

よろしくお願いいたします。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "per-device summary of alcohol-check readings, no people: ordinary support mail",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "untenkanri-005",
        "subject": "SAS簡易検査の結果送付と精密検査のご予約について",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["桜ヶ丘睡眠呼吸クリニック 予約係 <yoyaku@sakuragaoka-suimin.or.jp>"],
        "charset": "utf-8",
        "body": """桜ヶ丘睡眠呼吸クリニック
予約係　ご担当者様

いつもお世話になっております。
日の出産業株式会社 総務部の能登谷でございます。

先月実施いたしました運転者向け睡眠時無呼吸症候群（SAS）スクリーニングで、
「要精密検査」となった３名の精密検査（終夜睡眠ポリグラフ検査）の予約を
お願いしたく、ご連絡いたしました。簡易検査の結果は以下のとおりです。

■ 対象者１
　氏名　　：月見里　康弘（やまなし やすひろ）
　生年月日：昭和４７年６月１９日
　所属　　：横浜営業所（中型トラック乗務）
　簡易検査：ＡＨＩ ３２．４／ＥＳＳ １４点
　判定　　：重症疑い・要精密検査

■ 対象者２
　氏名　　：比嘉　直人（ひが なおと）
　生年月日：昭和５６年１月８日
　所属　　：さいたま営業所
　簡易検査：ＡＨＩ １８．９／ＥＳＳ １１点
　判定　　：中等症疑い・要精密検査

■ 対象者３
　氏名　　：我妻　一成（わがつま かずなり）
　生年月日：平成元年１０月２７日
　所属　　：本社 営業２課
　簡易検査：ＡＨＩ １６．２／ＥＳＳ ９点　※高血圧で通院中との申告あり
　判定　　：中等症疑い・要精密検査

いずれも平日の入院検査を希望しております。
ご都合のよい日程を２〜３候補いただけますと幸いです。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sleep-apnoea screening results and a hypertension history of 3 named drivers to an external clinic: health data",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "untenkanri-006",
        "subject": "SASスクリーニング結果（運転者）の共有",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["健康管理室 保健師 <kenko-kanri@hinode-sangyo.co.jp>"],
        "cc": ["二階堂 章 <nikaido@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """健康管理室　閏間さん

お疲れさまです。能登谷です。
9月に実施した運転者SASスクリーニングの結果一覧を添付します。
要精密の３名はクリニックの予約を進めます。
就業上の配慮（乗務制限の要否）について、産業医面談の調整をお願いできますでしょうか。

能登谷
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "SASスクリーニング結果_2026年9月.xlsx",
            "sheets": {
                "結果一覧": [
                    ["2026年9月 運転者SASスクリーニング結果"],
                    ["氏名", "所属", "生年月日", "AHI", "ESS", "判定", "備考"],
                    ["月見里 康弘", "横浜営業所", "S47.6.19", 32.4, 14, "要精密", "中型乗務"],
                    ["比嘉 直人", "さいたま営業所", "S56.1.8", 18.9, 11, "要精密", ""],
                    ["我妻 一成", "営業2課", "H1.10.27", 16.2, 9, "要精密", "高血圧 通院中"],
                    ["照屋 美咲", "営業1課", "H5.3.3", 3.1, 6, "異常なし", ""],
                    ["鰐淵 亘", "千葉営業所", "S62.8.14", 7.8, 8, "経過観察", ""],
                    ["御手洗 翔", "総務部", "H9.2.22", 2.0, 4, "異常なし", ""],
                ],
                "集計": [["判定", "人数"], ["異常なし", 2], ["経過観察", 1], ["要精密", 3]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health screening results of named drivers, but sent only to the internal health office",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "untenkanri-007",
        "subject": "10/14 品川区内 物損事故 車両立会いの日程について",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["かえで損保 損害サービス課 樋渡様 <hiwatashi@kaede-sonpo.co.jp>",
               "星空火災海上 東京第二サービスセンター <tokyo2-sc@hoshizora-kasai.co.jp>"],
        "cc": ["富士見モータース 工場長 <kojo@fujimi-motors.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """関係各位

お世話になっております。日の出産業 車両管理課の二階堂です。

10月14日に品川区東五反田で発生した弊社社有車（品川 300 さ 47-12）と
相手方車両との物損事故について、損傷車両の立会い確認の日程を
調整させていただきたくご連絡いたしました。

弊社車両は現在、富士見モータース様の工場にて保管いただいております。
候補日は以下のとおりです。

  10月20日（火）10:00以降
  10月21日（水）終日
  10月23日（金）午前

ご都合のよい日をご返信ください。
工場の所在地は富士見モータース様からご案内いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "our insurer, the other side's insurer and the repair shop (3 external organisations) see each other in To/Cc",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "untenkanri-008",
        "subject": "品川300さ4712 修理見積書のご送付のお願い",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["富士見モータース 工場長 <kojo@fujimi-motors.co.jp>"],
        "cc": ["かえで損保 損害サービス課 樋渡様 <hiwatashi@kaede-sonpo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """富士見モータース株式会社
工場長　錦織様

いつもお世話になっております。日の出産業の二階堂です。
本日は立会いにお時間をいただきありがとうございました。

修理見積書が出来上がりましたら、PDFで私宛てにお送りいただき、
Ccのかえで損保 樋渡様にも共有いただけますでしょうか。
（事故受付番号：KS-26-1014-0387）

代車は引き続き軽バンを1台お借りできればと存じます。

よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "repair shop + insurer: two external organisations is a normal three-way mail",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "untenkanri-009",
        "subject": "アルコールチェック記録のCSV取込フォーマットについて",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <onboarding@tsubasa-sytem.jp>"],
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
導入支援チーム　ご担当者様

お世話になっております。日の出産業の百武です。

既存の紙台帳からの記録移行について質問です。
取込テンプレートの「測定日時」列は、yyyy/mm/dd hh:mm 以外の形式
（例：R8.10.1 7:52 のような和暦）も受け付けますでしょうか。

また、1ファイルあたりの上限行数があれば教えてください。

以上、よろしくお願いいたします。
""" + SIG_HYAKUTAKE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter of the partner domain tsubasa-system.jp: look-alike",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "untenkanri-010",
        "subject": "リース車両 使用者変更届（営業2課 新任者）",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 法人営業部 坂東様 <bando@marunouchi-autolease.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """丸の内オートリース株式会社
法人営業部　坂東様

いつもお世話になっております。日の出産業の能登谷です。

契約番号 MAL-208814（品川 500 ち 82-06）の主たる使用者を、
11月1日付で下記の者に変更いたします。
使用者変更届に記載が必要な事項をお知らせいたします。

　氏　　名：九十九　陽菜（つくも ひな）
　生年月日：平成１１年７月２３日
　免許証番号：第　３０１８１２７７４０５０　号
　免許の種類：普通（ＡＴ限定なし）
　有効期限：令和１０年８月２３日まで（ブルー）

届出書の原本は押印のうえ郵送いたします。
お手数ですがよろしくお願いいたします。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "one employee's driving licence number (full-width) with DOB to the lease company: identity document",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "untenkanri-011",
        "subject": "満了車両の返却スケジュール（2026年11月分）",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["東海フリートサービス 返却センター <henkyaku@tokai-fleet.co.jp>"],
        "charset": "utf-8",
        "body": """東海フリートサービス株式会社
車両返却センター　御中

お世話になっております。日の出産業の百武です。
11月にリース満了となる車両の返却予定をお知らせします。

契約番号     登録番号          車台番号            返却日      返却場所
-----------  ----------------  ------------------  ----------  ----------------
TF-1180422   品川 400 ふ 11-38  NV200-7028815       2026/11/05  本社 地下駐車場
TF-1180437   横浜 500 わ 60-02  ZVW51-8174402       2026/11/12  横浜営業所
TF-1180451   大宮 300 ろ 94-17  NHP10-6621930       2026/11/19  さいたま営業所
TF-1180466   千葉 500 さ 27-71  MXPA10-2045519      2026/11/26  千葉営業所

各営業所の住所は前回お送りした拠点一覧のとおりです。
ETCカード・給油カードは事前に抜き取り、車検証・取扱説明書は車内に残します。

引取りの時間帯が決まりましたらご連絡ください。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "vehicle plates, VINs and contract numbers only: ordinary lease mail",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "untenkanri-012",
        "subject": "【事故報告】10/16 人身事故（追突）の件　受付番号KS-26-1016-0412",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["かえで損保 事故受付センター <jiko-uketsuke@kaede-sonpo.co.jp>"],
        "charset": "shift_jis",
        "body": """かえで損害保険株式会社
事故受付センター　ご担当者様

お世話になっております。日の出産業 車両管理課の二階堂です。
昨日お電話でご報告した人身事故について、書面で補足いたします。

【証券番号】FL-7730215（フリート契約）
【発生日時】2026年10月16日（金）17時40分頃
【発生場所】神奈川県川崎市幸区南加瀬４丁目 市道交差点手前
【当方車両】横浜 500 わ 60-02
【当方運転者】営業1課　薬師寺 剛（携帯 090-6287-1145）
【状況】信号待ちで停止中の相手車両に、前方不注意により追突

【相手方】
　氏名：忽那 千尋 様（自家用車を運転）
　負傷：頸椎捻挫・腰部打撲。同日、幸区内の整形外科を受診し、
　　　　全治２週間の診断。当面週２回の通院予定とのことです。

相手方への対応窓口は貴社にお願いしたく、よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the other party's named injury and diagnosis (medical information) in an accident report to the insurer",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "untenkanri-013",
        "subject": "物損事故のご報告（駐車場内 接触）",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["かえで損保 事故受付センター <jiko-uketsuke@kaede-sonpo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """かえで損害保険株式会社　事故受付センター御中

いつもお世話になっております。
日の出産業（証券番号 FL-7730215）の二階堂です。
下記の物損事故を報告いたします。けが人はおりません。

発生日時：令和8年10月19日（月） 11:20頃
発生場所：埼玉県さいたま市大宮区桜木町 ショッピングセンター駐車場
当方車両：大宮 300 ろ 94-17（リース車）
運転者　：さいたま営業所　宍戸 和真（携帯 080-5521-0936）
状況　　：後退駐車の際、隣の区画に駐車中の店舗の配送用バンの
　　　　　左後部に接触。相手方は店舗（法人）で、店長様と連絡先交換済み
損害　　：当方 リアバンパー擦過、相手方 左リアドア凹み

現場確認のご連絡は運転者本人の携帯へお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "property-damage report with one driver's name and mobile to our insurer: one person, may warn",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "untenkanri-014",
        "subject": "【社外秘】2025年度 社有車事故 集計（リスクコンサル用）",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["かえで損保 リスクコンサルティング部 <risk-consult@kaede-sonpo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """かえで損害保険株式会社
リスクコンサルティング部　相楽様

お世話になっております。日の出産業の鴨志田です。
次回の事故防止コンサルティングに向けて、2025年度の集計をお送りします。

＜事故種別＞
　追突（加害）　　　　　　９件
　後退時の接触　　　　　１４件
　出会い頭　　　　　　　　３件
　駐車中の被害　　　　　　５件
＜発生時間帯＞
　８時台　　　　　　　　１１件
　１７〜１９時台　　　　１２件
＜損害額合計＞　　　　　約１，８４０万円（対物・車両）

後退時事故が突出しており、バックモニター未装着車の入替えを検討中です。
ご意見をいただけますと幸いです。
""" + SIG_KAMOSHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject carries the 【社外秘】 classification and goes to an external insurer",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "untenkanri-015",
        "subject": "秘密保持契約書（ドラレコ映像データ）ドラフトのご確認",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["ミルミル・テレマティクス 営業部 <sales@mirumiru-telematics.com>"],
        "charset": "utf-8",
        "body": """ミルミル・テレマティクス株式会社
営業部　日下部様

お世話になっております。日の出産業の鴨志田です。

通信型ドライブレコーダーのトライアル導入にあたり、
弊社法務で作成した秘密保持契約書のドラフトをお送りします。
映像データ・位置情報の取扱い（第4条）と、契約終了時の消去（第8条）について
貴社のお考えをお聞かせください。

修正はWordの変更履歴でいただけますと助かります。
""" + SIG_KAMOSHIDA + DISC_JA,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_ドラフト_v2.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という）とミルミル・テレマティクス株式会社（以下「乙」という）は、"
                "通信型ドライブレコーダーの試験導入（以下「本件」という）に関し、次のとおり契約を締結する。",
                "第1条（目的）本契約は、本件に関して相互に開示される秘密情報の取扱いを定めることを目的とする。",
                "第2条（秘密情報）秘密情報とは、開示の際に秘密である旨を明示された技術上・営業上の情報をいう。",
                "第4条（映像データ等）乙は、甲の車両から取得した映像データ及び位置情報を本件の目的以外に利用してはならない。",
                "第8条（返還・消去）本契約が終了したときは、乙は秘密情報及び映像データを速やかに消去し、その旨を書面で報告する。",
                "第12条（有効期間）本契約の有効期間は締結日から2年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA draft plus the standard disclaimer: mentions, not a classification",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "untenkanri-016",
        "subject": "免許証写しの送付（使用者登録用）",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 法人営業部 坂東様 <bando@marunouchi-autolease.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """丸の内オートリース株式会社
坂東様

お世話になっております。日の出産業の能登谷です。

ご依頼のありました使用者登録用の免許証写し（表・裏）を
ZIPファイルにてお送りいたします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_NOTOYA,
        "attachments": [{
            "kind": "zip",
            "name": "menkyo_copy_20261020.zip",
            "password": "Hn8#kq2Rv",
            "files": [
                {"kind": "png", "name": "tsukumo_omote.png"},
                {"kind": "png", "name": "tsukumo_ura.png"},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) of licence scans cannot be inspected",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "untenkanri-017",
        "subject": "パスワードのご連絡",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 法人営業部 坂東様 <bando@marunouchi-autolease.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """坂東様

先ほどお送りした「menkyo_copy_20261020.zip」のパスワードです。

　Hn8#kq2Rv

ご確認のほどよろしくお願いいたします。

日の出産業　能登谷
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail carries no attachment and no personal data",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "untenkanri-018",
        "subject": "ロードアシスタンス用 緊急連絡先の登録について",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["東海フリートサービス ロードサービス窓口 <road-assist@tokai-fleet.co.jp>"],
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>東海フリートサービス株式会社<br>ロードサービス窓口　ご担当者様</p>
<p>お世話になっております。日の出産業 車両管理課の百武です。<br>
故障・事故時に貴社コールセンターから運転者へ直接連絡いただけるよう、
各車両の常用運転者と緊急連絡先を下表のとおり登録をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>登録番号</th><th>常用運転者</th><th>携帯電話</th><th>営業所</th></tr>
<tr><td>品川 400 ふ 11-38</td><td>勅使河原 誠</td><td>090-3318-4470</td><td>本社</td></tr>
<tr><td>品川 300 さ 47-12</td><td>薬師寺 剛</td><td>090-6287-1145</td><td>本社</td></tr>
<tr><td>横浜 500 わ 60-02</td><td>栗花落 由佳</td><td>080-9043-7726</td><td>横浜</td></tr>
<tr><td>横浜 100 す 3-88</td><td>百目鬼 健吾</td><td>090-7762-0318</td><td>横浜</td></tr>
<tr><td>大宮 300 ろ 94-17</td><td>宍戸 和真</td><td>080-5521-0936</td><td>さいたま</td></tr>
<tr><td>千葉 500 さ 27-71</td><td>一尺八寸 凛</td><td>090-8831-2046</td><td>千葉</td></tr>
</table>
<p>不明点がございましたらご連絡ください。</p>
<p>--<br>日の出産業株式会社 総務部 車両管理課<br>百武 亮太<br>TEL 03-5487-2212</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of 6 drivers with their mobile numbers to the lease company: list of people",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "untenkanri-019",
        "subject": "【至急・人事部限り】酒気帯び運転による検挙の報告",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
        "cc": ["法務課 <houmu@hinode-sangyo.co.jp>", "二階堂 章 <nikaido@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """人事部長

車両管理課の鴨志田です。取り急ぎ事実関係のみご報告します。

千葉営業所の 鰐淵 亘（社員番号 H11588）が、10月17日（土）深夜、
私有車を運転中に検問で呼気0.25mg/Lが検出され、酒気帯び運転で検挙されました。
本人から10月19日朝に営業所長経由で申告がありました。

・業務外、私有車での事案です（社有車の使用なし）
・物損・人身の被害はありません
・行政処分（免許取消見込み）および刑事処分は未確定

社有車の運転については本日付で停止措置としています。
懲戒手続きと再発防止策について、明日の打合せでご相談させてください。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "an employee's drink-driving arrest (criminal matter) reported to internal recipients only",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "untenkanri-020",
        "subject": "ご相談：従業員の酒気帯び運転（私有車）と懲戒処分について",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 京極先生 <kyogoku@shirakawa-law.jp>"],
        "cc": ["法務課 <houmu@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
弁護士　京極 先生

いつもお世話になっております。日の出産業の鴨志田でございます。
顧問契約に基づき、以下の件でご相談させてください。

1. 事案
　千葉営業所 所属の鰐淵 亘（４２歳、営業職、社有車の常用運転者）が、
　10月17日深夜、私有車で酒気帯び運転（呼気0.25mg/L）により検挙されました。
　本人は事実を認めており、今後、罰金刑となる見込みと聞いております。

2. ご相談事項
　(1) 業務外の私生活上の非行として、就業規則第58条の懲戒（諭旨解雇）が相当か
　(2) 営業職から内勤への配置転換を命じることの可否
　(3) 社内公表の範囲（氏名を伏せた公表で足りるか）

資料一式は別途お持ちいたします。ご都合のよい日時をお知らせください。
""" + SIG_KAMOSHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's drink-driving arrest and expected criminal fine sent to an outside law firm (partner): criminal record",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "untenkanri-021",
        "subject": "【日の出産業】入社前 運転適性診断のご案内",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["kazuki.tokoro0412@gmail.com", "m-shirasu_2003@yahoo.co.jp", "aoi.nagamine@icloud.com"],
        "charset": "iso-2022-jp",
        "body": """内定者の皆さま

こんにちは。日の出産業株式会社 総務部の能登谷です。
来春入社予定で、営業職として社有車を運転いただく皆さまに、
入社前の運転適性診断（オンライン・約40分）のご案内をお送りします。

　受検期間：11月4日（水）〜11月20日（金）
　受検方法：後日届く受検用URLからパソコンまたはスマートフォンで受検
　持ち物　：特になし（免許証の確認は入社時に行います）

診断結果は合否には一切関係ありません。
ご不明点はこのメールにご返信ください。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private persons' addresses in To can see each other: should have been Bcc",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "untenkanri-022",
        "subject": "入社時にご持参いただく書類について（免許証）",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["宗像 理央 様 <rio.munakata.77@gmail.com>"],
        "charset": "utf-8",
        "body": """宗像 理央 様

日の出産業株式会社 総務部の能登谷です。
先日はお電話ありがとうございました。

入社日（12月1日）には、以下をご持参ください。
　・運転免許証（原本）※マイナ免許証の方はマイナンバーカード
　・運転記録証明書（過去5年分）※自動車安全運転センターで取得、発行後1か月以内のもの

運転記録証明書の申込書はゆうちょ銀行・郵便局の窓口にございます。
取得費用は入社後に精算いたしますので、領収書を保管しておいてください。

なお、免許証の写しやマイナンバーはメールでお送りにならないようお願いいたします。
""" + SIG_NOTOYA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one new hire on gmail, instructions only, no personal data",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "untenkanri-023",
        "subject": "法人予約（11/10〜11/12 福岡空港店）のお申込み",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["旅路レンタカー 法人予約デスク <hojin@tabiji-rentacar.co.jp>"],
        "charset": "shift_jis",
        "body": f"""旅路レンタカー株式会社
法人予約デスク　御中

いつもお世話になっております。日の出産業の百武です。
下記のとおり予約をお願いいたします。

・貸渡：11月10日（火）13:00　福岡空港店
・返却：11月12日（木）17:00　福岡空港店
・車種：Sクラス（禁煙）、ETC車載器付き
・運転者：営業２課　舎人 俊介（携帯 080-2267-9014）
・補償：免責補償・NOC補償とも加入

お支払いは今回、法人カードでお願いします。
　カード番号：{_g4(card_number(SEED + 11), '-')}
　有効期限　：09/29
　名義　　　：HINODE SANGYO CO LTD

予約確認書をこのアドレス宛てにお送りください。
""" + SIG_HYAKUTAKE,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with expiry in the body to a rental-car company",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "untenkanri-024",
        "subject": "Re: 【旅路レンタカー】ご予約内容のご確認",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["旅路レンタカー 法人予約デスク <hojin@tabiji-rentacar.co.jp>"],
        "charset": "utf-8",
        "body": """法人予約デスク ご担当者様

お世話になっております。日の出産業の百武です。
予約内容、確認いたしました。問題ございません。
お支払いは従来どおり月末締めの請求書払いでお願いします。

当日、運転者が空港店に到着するのが遅れる場合は、
運転者本人の携帯からご連絡いたします。
　運転者：阿久津 誠司　携帯 090-2938-4061

よろしくお願いいたします。

百武

> 日の出産業株式会社 百武 様
>
> このたびは旅路レンタカーをご利用いただき、誠にありがとうございます。
> 以下の内容でご予約を承りました。
>
> 予約番号：TJ-26110851
> 貸渡日時：2026年11月18日 9:00 仙台駅東口店
> 返却日時：2026年11月19日 18:00 仙台駅東口店
> 車種：Sクラス（禁煙）
> お支払方法：法人請求書払い
>
> 旅路レンタカー 法人予約デスク
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reply giving one driver's mobile; the quoted booking confirmation is theirs; invoice payment, no card",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "untenkanri-025",
        "subject": "合同安全運転講習会（12月）の日程調整",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全推進部 金城様 <kinjo@aoba-unyu.com>"],
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
安全推進部　金城様

いつもお世話になっております。日の出産業の二階堂です。

例年実施しております合同安全運転講習会について、
本年は12月上旬で調整させていただければと存じます。

　候補1：12月3日（木）13:30-16:30
　候補2：12月8日（火）13:30-16:30
　会場　：弊社大崎本社 8F大会議室（定員60名）

講師は昨年同様、セーフティドライブ・アカデミー様に依頼予定です。
貴社からの参加見込み人数も併せてお知らせください。

よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.com is the partner aoba-unyu.co.jp under another TLD: look-alike",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "untenkanri-026",
        "subject": "11/6 実車講習 受講者名簿の送付",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["セーフティドライブ・アカデミー 研修事務局 <kenshu@sd-academy.jp>"],
        "charset": "shift_jis",
        "body": """セーフティドライブ・アカデミー
研修事務局　ご担当者様

お世話になっております。日の出産業の二階堂です。
11月6日（金）の実車講習（危険予知・後退時確認コース）の受講者をお知らせします。
当日の集合遅れ等の連絡用に携帯番号も記載しております。

氏名　　　　　　所属　　　　　　　携帯電話　　　　　　　　運転経験
――――――――　――――――――　――――――――――――　――――
源五郎丸　拓　　営業２課　　　　　０７０－２２８４－６６１３　１５年
鈴木　優一　　　営業２課　　　　　０９０－５５２０－１１８７　８年
髙野　萌　　　　営業１課　　　　　０８０－７７１４－３０２９　２年
照屋　美咲　　　営業１課　　　　　０９０－１６４８－５５７３　３年
冷泉　奈緒　　　総務部　　　　　　０７０－４０９２－８８１６　１年
舎人　俊介　　　さいたま営業所　　０８０－２２６７－９０１４　１９年
宍戸　和真　　　千葉営業所　　　　０８０－５５２１－０９３６　６年
東海林　孝　　　さいたま営業所　　０９０－３０５７－６２４８　２７年

以上８名です。受講料のご請求は総務部宛てでお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 trainees with full-width mobile numbers in a padded table to a driving school: list of people",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "untenkanri-027",
        "subject": "Re: 12/3 合同講習 講師の件",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["セーフティドライブ・アカデミー 講師派遣担当 <haken@sd-academy.jp>"],
        "charset": "iso-2022-jp",
        "body": """講師派遣ご担当　毒島様

お世話になっております。日の出産業の二階堂です。
講師派遣のご快諾ありがとうございます。

当日、会場設営と受付を担当する弊社スタッフは次の3名です。
何かあれば直接ご連絡ください。

・能登谷 みずほ（受付）　　 090-8172-3364
・百武 亮太（機材・駐車場） 080-4471-2290
・冷泉 奈緒（受講者誘導）　 070-4092-8816

講師の方のお車は地下駐車場B2の来客区画にお停めください。

二階堂

> 日の出産業株式会社 二階堂様
> 12月3日の講師派遣、承知いたしました。講師は鬼頭が伺います。
> 当日の現地連絡先をお知らせいただけますでしょうか。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff contacts (under five) for an event to the training provider: may warn, not a list",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "untenkanri-028",
        "subject": "名札作成のための参加者氏名について",
        "sender": "冷泉 奈緒 <reizei@hinode-sangyo.co.jp>",
        "to": ["セーフティドライブ・アカデミー 研修事務局 <kenshu@sd-academy.jp>"],
        "charset": "utf-8",
        "body": """研修事務局 ご担当者様

日の出産業 総務部の冷泉です。
12月3日の合同講習で使用する名札について、弊社の参加者は以下の5名です。
（ふりがなも名札に入れていただけますと助かります）

　鴨志田 恒一（かもしだ こういち）　総務部
　二階堂 章（にかいどう あきら）　　総務部
　月見里 康弘（やまなし やすひろ）　横浜営業所
　九十九 陽菜（つくも ひな）　　　　営業2課
　纐纈 陽平（こうけつ ようへい）　　総務部

よろしくお願いいたします。

冷泉 奈緒
日の出産業株式会社 総務部
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "five names with kana and department only, no contact data: a list or just attendee names is arguable",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "untenkanri-029",
        "subject": "月極駐車場 利用者登録（マイカー通勤者）",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["大崎パーキングサービス 契約担当 <keiyaku@osaki-parking.co.jp>"],
        "charset": "utf-8",
        "body": """大崎パーキングサービス株式会社
契約担当　御中

お世話になっております。日の出産業の百武です。
第3駐車場（20区画）のうち、マイカー通勤許可者の利用分を登録いたします。
（Excelから貼り付けておりますので、見づらい点はご容赦ください）

区画	氏名	住所	車種	登録番号	携帯
3-01	筒香 雄大	東京都大田区西馬込2-14-7	プリウス	品川 330 ぬ 25-61	090-7724-3108
3-02	金城 玲奈	神奈川県川崎市中原区今井南町18-3-402	N-BOX	川崎 580 そ 71-09	080-3350-6627
3-03	雲類鷲 透	東京都品川区旗の台5-9-22	フリード	品川 501 み 8-43	070-9181-4402
3-04	日下部 文香	東京都目黒区原町1-30-5 ハイツ原町201	アクア	品川 530 ら 14-77	090-6640-2815
3-05	相楽 大吾	神奈川県横浜市港北区日吉本町3-41-18	セレナ	横浜 301 に 52-30	080-1297-5586
3-06	土師 真理子	東京都世田谷区奥沢6-2-11	ハスラー	世田谷 580 け 90-24	070-3318-9073

利用開始は11月1日からです。駐車許可証の発行をお願いいたします。
""" + SIG_HYAKUTAKE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated rows of 6 commuters with home address and mobile to the parking operator: list of people",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "untenkanri-030",
        "subject": "第3駐車場 社有車区画の割当て変更",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["大崎パーキングサービス 契約担当 <keiyaku@osaki-parking.co.jp>"],
        "charset": "shift_jis",
        "body": """大崎パーキングサービス株式会社
契約担当　御中

お世話になっております。日の出産業の百武です。
社有車区画の割当てを11月1日から以下のとおり変更します。

区画	登録番号	車種	用途
3-11	品川 400 ふ 11-38	NV200	配送（返却予定のため11/5まで）
3-12	品川 300 さ 47-12	プロボックス	営業
3-13	品川 500 ち 82-06	カローラ	営業
3-14	品川 480 あ 39-15	ハイエース	配送
3-15	（空き）	-	-
3-16	品川 300 た 60-90	プロボックス	営業

3-15は来月から来客用として使用したいと考えております。
区画表示の変更が必要でしたらお見積りをお願いします。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company vehicles and parking bays only, no people",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "untenkanri-031",
        "subject": "FW: マイナ免許証の登録について",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム カスタマーサポート <support@tsubasa-system.jp>"],
        "charset": "utf-8",
        "body": f"""ツバサシステム カスタマーサポート ご担当者様

日の出産業の百武です。いつもお世話になっております。
社員から下記の問い合わせがありました。
マイナ免許証（免許情報をマイナンバーカードに記録）に切り替えた運転者は、
車両管理クラウドの「免許証画像」欄に何を登録すればよいでしょうか。

----- Forwarded Message -----
From: 照屋 美咲 <teruya@hinode-sangyo.co.jp>
To: 百武 亮太 <hyakutake@hinode-sangyo.co.jp>
Subject: マイナ免許証の登録について

百武さん

営業1課の照屋です。先週、免許更新のときにマイナ免許証に一本化しました。
システムに登録する情報がわからないので、カードの内容を書いておきます。

　氏名：照屋 美咲
　生年月日：平成5年3月3日
　個人番号：{_g4(my_number(SEED + 1))}
　カードの有効期限：2036年3月3日

プラスチックの免許証はもう持っていません。どうすればいいでしょうか。

照屋
-----
""" + SIG_HYAKUTAKE,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a forwarded employee mail with her My Number goes to an external vendor (forward counts as new text)",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "untenkanri-032",
        "subject": "【削除のお願い】マイナンバー記載メールの取扱い",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["人事部 マイナンバー事務取扱担当 <mynumber-tanto@hinode-sangyo.co.jp>"],
        "cc": ["情報システム部 <jsys@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": f"""人事部 マイナンバー事務取扱担当 各位
情報システム部 各位

車両管理課の百武です。
営業2課の者から、マイナ免許証の登録方法の質問メールに
本人の個人番号が記載されて届きました。

　送信者：我妻 一成（営業2課）
　記載されていた番号：{my_number(SEED + 2)}
　受信日時：10月22日 9:14

私の受信箱からは削除済みです。本人には、個人番号をメールに書かないよう伝えました。
メールサーバー側のバックアップ等の扱いについて、規程に沿ってご対応をお願いします。

百武
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "a My Number reported to the internal My Number officer: every recipient is internal",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "untenkanri-033",
        "subject": "車両管理規程 改定案のご確認のお願い",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["高嶺社会保険労務士事務所 高嶺先生 <takamine@sr-takamine.jp>"],
        "charset": "iso-2022-jp",
        "body": """高嶺社会保険労務士事務所
高嶺 先生

いつもお世話になっております。日の出産業の鴨志田です。

アルコールチェック義務化への対応とマイカー業務使用の見直しに伴い、
車両管理規程の改定案を作成しました。PDFをお送りいたしますので、
就業規則（懲戒規定）との整合の観点からご確認いただけますでしょうか。

11月の取締役会に付議する予定です。
""" + SIG_KAMOSHIDA,
        "attachments": [{
            "kind": "pdf",
            "name": "車両管理規程_改定案_20261021.pdf",
            "title": "車両管理規程 改定案",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 総務部",
            "lines": [
                "車両管理規程（改定案）",
                "",
                "第1条（目的）この規程は、会社の車両の管理及び運行の安全に関し必要な事項を定める。",
                "第5条（運転者の指定）業務で車両を運転する者は、安全運転管理者が運転者台帳に登録した者に限る。",
                "第9条（酒気帯びの有無の確認）運転の前後に、アルコール検知器を用いて酒気帯びの有無を確認する。",
                "　2 確認の結果は1年間保存する。",
                "第12条（私有車の業務使用）私有車の業務使用は原則として禁止する。ただし、部長の許可を得た場合を除く。",
                "第15条（事故の報告）事故を起こした者は、直ちに上長及び安全運転管理者に報告しなければならない。",
                "第18条（懲戒）この規程に違反した者は、就業規則の定めるところにより懲戒する。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF carries a 社外秘 page header and goes to an outside labour consultant",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "untenkanri-034",
        "subject": "通勤途上の交通事故と労災の考え方について（ご質問）",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["高嶺社会保険労務士事務所 高嶺先生 <takamine@sr-takamine.jp>"],
        "charset": "iso-2022-jp",
        "body": """高嶺先生

いつもお世話になっております。日の出産業の鴨志田です。
一般論として教えていただきたい点がございます。

マイカー通勤の許可者が、帰宅途中に保育園へ子を迎えに寄った後で
交通事故に遭った場合、通勤災害として扱われるかどうか（逸脱・中断の考え方）、
また、会社が加入を義務付けている任意保険との関係についてです。

現行の車両管理規程は社外秘扱いとしているため、
次回ご来社の際に該当条文をご覧いただければと存じます。

お手すきの際にご教示いただけますと幸いです。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general legal question; 社外秘 is only mentioned about a document not sent, not a marking on this mail",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "untenkanri-035",
        "subject": "事故報告書（10/16 追突）の送付",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["かえで損保 損害サービス課 樋渡様 <hiwatashi@kaede-sonpo.co.jp>"],
        "charset": "shift_jis",
        "body": """かえで損害保険株式会社
損害サービス課　樋渡様

お世話になっております。日の出産業の二階堂です。
受付番号 KS-26-1016-0412 の事故報告書（社内様式）をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "attachments": [{
            "kind": "pdf",
            "name": "事故報告書_KS-26-1016-0412.pdf",
            "password": "kaede1016",
            "lines": [
                "事故報告書",
                "発生日時 2026年10月16日 17:40頃",
                "当方運転者 営業1課 薬師寺 剛",
                "相手方 忽那 千尋 様 頸椎捻挫・腰部打撲",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "untenkanri-036",
        "subject": "フリート契約 更新のご案内について（証券番号 FL-7730215）",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["みなと保険サービス 代表 宗田様 <soda@minato-hoken.jp>"],
        "charset": "utf-8",
        "body": """有限会社みなと保険サービス
宗田様

いつもお世話になっております。日の出産業の鴨志田です。
フリート契約の更新案内、拝受しました。

・更新日：2027年1月1日
・契約台数：38台（2台減：満了返却分）
・フリート割引：40% → 30%（今年度の事故件数増加による）

割引率の低下は厳しいところですが、承知しました。
更新後の車両明細を添付しますので、契約明細と突合をお願いいたします。
ドラレコ特約の追加見積りも併せていただけますと幸いです。
""" + SIG_KAMOSHIDA,
        "attachments": [{
            "kind": "xlsx",
            "name": "更新車両明細_2027.xlsx",
            "sheets": {
                "明細": [
                    ["フリート契約 更新車両明細（2027/1/1〜）"],
                    ["No", "登録番号", "車名", "型式", "初度登録", "用途", "車両保険"],
                    [1, "品川 300 さ 47-12", "プロボックス", "NCP160V", "2022/04", "営業", "あり"],
                    [2, "品川 500 ち 82-06", "カローラ", "ZWE211", "2023/02", "営業", "あり"],
                    [3, "品川 480 あ 39-15", "ハイエース", "GDH201V", "2021/09", "配送", "あり"],
                    [4, "横浜 500 わ 60-02", "プリウス", "ZVW51", "2020/11", "営業", "あり"],
                    [5, "大宮 300 ろ 94-17", "ヤリス", "MXPA10", "2022/06", "営業", "なし"],
                    [6, "千葉 500 さ 27-71", "ヤリス", "MXPA10", "2022/06", "営業", "なし"],
                ],
                "変更点": [["区分", "登録番号", "内容"], ["減車", "品川 400 ふ 11-38", "11/5 リース満了返却"],
                          ["減車", "横浜 100 す 3-88", "10/30 売却"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "insurance renewal with vehicle list, policy numbers and discount rates; no personal data",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "untenkanri-037",
        "subject": "個人契約（マイカー業務使用者）の補償内容確認依頼",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["みなと保険サービス 代表 宗田様 <soda@minato-hoken.jp>"],
        "charset": "shift_jis",
        "body": """みなと保険サービス
宗田様

お世話になっております。日の出産業の能登谷です。

マイカーの業務使用を許可している社員について、
個人で加入している自動車保険が会社規程の基準
（対人・対物無制限、業務使用可）を満たしているか確認をお願いしたく、
記名被保険者の情報を添付のExcel（xls）でお送りします。

各人の保険会社・証券番号も記載しています。
来週中にご回答いただけますと助かります。
""" + SIG_NOTOYA,
        "attachments": [{
            "kind": "xls",
            "name": "マイカー業務使用者_任意保険.xls",
            "sheets": {
                "一覧": [
                    ["氏名", "生年月日", "住所", "保険会社", "証券番号", "用途車種"],
                    ["筒香 雄大", "1987/02/09", "東京都大田区西馬込2-14-7", "あおぞら損保", "AZ-55120948", "業務"],
                    ["金城 玲奈", "1994/06/30", "神奈川県川崎市中原区今井南町18-3-402", "かえで損保", "KD-30877162", "日常・レジャー"],
                    ["雲類鷲 透", "1978/11/15", "東京都品川区旗の台5-9-22", "はやて共済", "HY-0091827", "業務"],
                    ["日下部 文香", "1990/08/01", "東京都目黒区原町1-30-5", "かえで損保", "KD-30911408", "通勤・通学"],
                    ["相楽 大吾", "1983/12/24", "神奈川県横浜市港北区日吉本町3-41-18", "あおぞら損保", "AZ-55208813", "業務"],
                    ["土師 真理子", "1975/04/07", "東京都世田谷区奥沢6-2-11", "ほくと海上", "HK-7720331", "業務"],
                    ["及川 拓海", "1998/10/12", "千葉県船橋市前原西4-8-16", "かえで損保", "KD-31002557", "通勤・通学"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 7 employees with DOB and home address to the insurance agent: list of people",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "untenkanri-038",
        "subject": "運転業務の可否についてご意見を頂戴したく（ご相談）",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["けやき産業医事務所 栃尾先生 <tochio@keyaki-sangyoi.jp>"],
        "charset": "iso-2022-jp",
        "body": """けやき産業医事務所
栃尾 先生

いつもお世話になっております。日の出産業 安全運転管理者の二階堂です。

営業2課の 御手洗 翔（29歳）について、運転業務の可否に関する
ご意見をいただきたくご連絡いたしました。

本人からの申告によれば、
・学生時代にてんかんと診断され、現在も抗てんかん薬を服用中
・直近2年間は発作なし、主治医からは運転可との説明を受けている
・ただし9月に服薬を忘れた日に軽い意識消失があった
とのことです。

社有車の常用運転者に指定してよいか、面談のうえご判断いただけますでしょうか。
主治医の診断書は本人から取り寄せる予定です。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's epilepsy diagnosis and medication to an outside occupational physician: medical data",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "untenkanri-039",
        "subject": "営業2課 御手洗さんの社有車運転について",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["営業2課長 <eigyo2-kacho@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """営業2課長

お疲れさまです。二階堂です。

御手洗さんについて、産業医面談の結果、持病（てんかん）の服薬管理が
安定するまでの間、当面3か月は社有車の運転を控える判断となりました。
外回りは公共交通機関か、同行者の運転でお願いします。

本人には面談時に説明済みです。
病名は課内では共有しないようご配慮ください。

二階堂
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a driver's medical condition shared with his internal manager only",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "untenkanri-040",
        "subject": "外国免許切替（外免切替）手続き代行のご依頼",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["倉田行政書士事務所 <office@gyosei-kurata.jp>"],
        "charset": "utf-8",
        "body": """倉田行政書士事務所
倉田 先生

はじめてご連絡いたします。日の出産業株式会社 総務部の能登谷と申します。
川崎電機様からのご紹介で、外免切替のサポートをお願いしたくご連絡しました。

対象者の情報は以下のとおりです。

＜対象者＞
　氏名（ローマ字）：NGUYEN THI THANH HUONG
　生年月日：1995年4月18日
　国籍：ベトナム
　在留カード番号：UH48271936EA
　在留資格・期限：技術・人文知識・国際業務／2028年6月30日
　旅券番号：C7719204
　本国免許：ベトナム B2（2017年取得）

営業所への異動に伴い、来年2月までに日本の普通免許を取得させたいと考えています。
お見積りと必要書類のご案内をいただけますと幸いです。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "residence card and passport numbers of one employee to an outside scrivener: identity documents",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "untenkanri-041",
        "subject": "示談書案（10/16 追突事故）のご確認",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 京極先生 <kyogoku@shirakawa-Iaw.jp>"],
        "charset": "iso-2022-jp",
        "body": """京極先生

いつもお世話になっております。日の出産業の鴨志田です。

先日ご相談した追突事故について、保険会社から示談書の案が届きました。
物損部分は保険会社の基準どおりで異論ありませんが、
第5条の「今後一切の異議を申し立てない」との条項の範囲について
念のためご確認をお願いしたく存じます。

書面は明日、事務所宛てにお届けいたします。
""" + SIG_KAMOSHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-Iaw.jp uses a capital I for the l of the partner shirakawa-law.jp: homoglyph look-alike",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "untenkanri-042",
        "subject": "安全運転サポート（個別指導）対象者の運転記録",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 安全運転サポート室 <anzen-support@marunouchi-autolease.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """丸の内オートリース株式会社
安全運転サポート室　御中

お世話になっております。日の出産業の二階堂です。
個別指導サービスの対象者について、運転記録証明書（過去3年）の内容を転記します。

[1] 源五郎丸 拓
    生年月日 昭和60年7月29日
    免許証番号 441003527190
    違反 R6.3 速度超過(20km/h未満) 1点 / R7.11 一時不停止 2点
    事故 なし

[2] 鈴木 優一
    生年月日 平成5年1月18日
    免許証番号 301213650480
    違反 R7.6 信号無視(赤) 2点
    事故 R8.2 物損(当方過失大)

[3] 宍戸 和真
    生年月日 平成6年11月30日
    免許証番号 441403960020
    違反 R8.4 携帯電話使用等(保持) 3点
    事故 R8.10 物損(駐車場内)

[4] 薬師寺 剛
    生年月日 昭和63年9月2日
    免許証番号 308807215530
    違反 なし
    事故 R8.10 人身(追突)

[5] 百目鬼 健吾
    生年月日 昭和51年9月21日
    免許証番号 459501104520
    違反 R6.12 通行帯違反 1点 / R8.1 速度超過(25km/h) 3点
    事故 なし

[6] 栗花落 由佳
    生年月日 昭和63年5月6日
    免許証番号 450708219931
    違反 R8.7 駐停車違反 1点
    事故 なし

以上6名について、添乗指導の日程をご提案ください。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "one block per driver: 6 people with DOB, licence number and violations to the lease company",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "untenkanri-043",
        "subject": "営業車 入替え10台分のお見積り依頼",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 法人営業部 坂東様 <bando@marunouchi-autolease.co.jp>"],
        "charset": "shift_jis",
        "body": """丸の内オートリース株式会社
坂東様

いつもお世話になっております。日の出産業の鴨志田です。
来年度の営業車入替えについて、下記条件でお見積りをお願いいたします。

・車種：ハイブリッド 5ドア（カローラスポーツ相当）×6台、
　　　　ライトバン（プロボックス ハイブリッド相当）×4台
・契約期間：60か月　走行距離：月1,500km
・メンテナンスリース（車検・法定点検・オイル・タイヤ含む）
・装備：バックモニター、衝突被害軽減ブレーキ、ETC2.0、通信型ドラレコ取付対応
・納車時期：2027年4月〜5月

他社様にも同条件でお願いしております。11月末までにご提示いただけますと幸いです。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation request with vehicle specs only",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "untenkanri-044",
        "subject": "給油カード紛失のご連絡と利用停止のお願い",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["日輪石油 法人カードセンター <card-center@nichirin-oil.co.jp>"],
        "charset": "iso-2022-jp",
        "body": f"""日輪石油株式会社
法人カードセンター　御中

お世話になっております。日の出産業株式会社 総務部の百武です。
お電話でもお伝えしましたが、記録のためメールでもお送りします。

弊社の給油用法人カード1枚を紛失したため、利用停止と再発行をお願いします。

　カード番号：{card_number(SEED + 12)}
　車両：品川 480 あ 39-15（ハイエース）
　保管担当：配送課　猪狩 早苗
　紛失に気付いた日時：10月23日 18:10頃
　最終利用：10月23日 ニチリン大崎SS

再発行カードは総務部 百武宛てにお送りください。
""" + SIG_HYAKUTAKE,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full Luhn-valid card number in the body to the card issuer",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "untenkanri-045",
        "subject": "ETC利用明細（9月分）の照会",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["日輪石油 法人カードセンター <card-center@nichirin-oil.co.jp>"],
        "charset": "shift_jis",
        "body": """法人カードセンター　ご担当者様

お世話になっております。日の出産業の百武です。
9月分のETC利用明細について、1件確認をお願いします。

　カード番号（下4桁）：＊＊＊＊－＊＊＊＊－＊＊＊＊－４８２１
　利用日：９月１９日（土）
　区間：東名 東京IC → 御殿場IC
　金額：２，３７０円

当該カードの車両は土日に稼働しておらず、
車載器への差し込み間違い等の可能性も含めて、利用記録の詳細
（入口・出口の時刻、車載器管理番号）をお知らせいただけますか。

よろしくお願いいたします。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only the last four digits of an ETC card: no card number leaves",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "untenkanri-046",
        "subject": "品川地区 安全運転管理者協議会 第3分科会のご案内",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["大崎精工 総務課 <soumu@osaki-seiko.co.jp>",
               "五反田ロジテック 安全管理室 <anzen@gotanda-logitech.co.jp>",
               "品川ケミカル 総務部 <general@shinagawa-chemical.co.jp>",
               "東京ベイ食品 車両係 <sharyo@tokyobay-foods.co.jp>",
               "ミナト電設 管理部 <kanri@minato-densetsu.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """第3分科会 会員企業 安全運転管理者 各位

いつもお世話になっております。
本年度の第3分科会幹事を務めております、日の出産業の二階堂です。

下記のとおり分科会を開催いたしますので、ご出席をお願いいたします。

　日時：11月25日（水）15:00-17:00
　場所：日の出産業 大崎本社 8F 会議室
　議題：(1) 白ナンバー事業者のアルコールチェック運用事例
　　　　(2) 冬季の安全運転教育（スタッドレス・チェーン規制）
　　　　(3) 来年度の合同講習について

出欠を11月13日までにご返信ください。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five external companies in To see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "untenkanri-047",
        "subject": "品川地区 安全運転管理者協議会 第3分科会 議事メモ",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["二階堂 章 <nikaido@hinode-sangyo.co.jp>"],
        "bcc": ["soumu@osaki-seiko.co.jp", "anzen@gotanda-logitech.co.jp",
                "general@shinagawa-chemical.co.jp", "sharyo@tokyobay-foods.co.jp",
                "kanri@minato-densetsu.co.jp"],
        "charset": "iso-2022-jp",
        "body": """第3分科会 会員企業 安全運転管理者 各位
（Bccにて失礼いたします）

本日はご参加ありがとうございました。議事の要点をお送りします。

1. アルコールチェック運用事例
　・直行直帰時の確認方法は、携帯型検知器＋ビデオ通話が主流
　・記録の保存は各社とも1年（クラウド型が5社中3社）
2. 冬季の安全運転教育
　・12月第1週までにスタッドレス交換を完了させる
3. 来年度の合同講習
　・会場持ち回り。来年度は大崎精工様にお願いする方向

次回は2月下旬の予定です。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five companies are in Bcc: nobody sees the others; business content only",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "untenkanri-048",
        "subject": "人身傷害保険金のご請求について（ひき逃げ被害）",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["かえで損保 損害サービス課 樋渡様 <hiwatashi@kaede-sonpo.co.jp>"],
        "charset": "utf-8",
        "body": """かえで損害保険株式会社
樋渡様

いつもお世話になっております。日の出産業の二階堂です。

弊社社員が業務中にひき逃げの被害に遭いましたので、
フリート契約の人身傷害補償（車外危険担保）での請求についてご相談させてください。

・被害者：横浜営業所　栗花落 由佳（つゆり ゆか）
・日時　：10月26日（月）14:05頃
・場所　：横浜市都筑区 得意先駐車場前の路上
・状況　：社有車から降りて荷物を下ろしていたところ、後方から来た乗用車に
　　　　　接触され、相手はそのまま逃走。都筑警察署に被害届を提出済み
　　　　　（受理番号：都筑 第2026-3318号）
・負傷　：左足関節骨折（手術予定）、全治約2か月

本人との連絡は当面、私（二階堂）を窓口とさせてください。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee as the victim of a hit-and-run (crime victim) with her injury, to the insurer",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "untenkanri-049",
        "subject": "車両コスト分析のご共有（リース条件見直しのご相談）",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["東海フリートサービス 営業部 源様 <minamoto@tokai-fleet.co.jp>"],
        "charset": "utf-8",
        "body": """東海フリートサービス株式会社
営業部　源様

お世話になっております。日の出産業の鴨志田です。
来期のリース条件見直しに向けて、弊社で作成した車両コスト分析を共有いたします。
1台あたりの月額コストが他社見積りと比べて高めに出ている点について、
ご提案をいただけますと幸いです。
""" + SIG_KAMOSHIDA,
        "attachments": [{
            "kind": "xlsx",
            "name": "車両コスト分析_FY2026.xlsx",
            "page_header": "Confidential",
            "sheets": {
                "サマリ": [
                    ["FY2026 車両コスト分析（日の出産業 総務部）"],
                    ["区分", "台数", "月額リース料計", "燃料費(月平均)", "保険料(月換算)", "1台あたり"],
                    ["東海フリート", 14, 756000, 182000, 98000, 73285],
                    ["丸の内オートリース", 18, 882000, 231000, 126000, 68833],
                    ["自社保有", 6, 0, 64000, 42000, 17666],
                ],
                "前提": [["項目", "値"], ["燃料単価", "172円/L"], ["期間", "2025/10-2026/09"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the XLSX carries a Confidential page header and goes to an external lease company",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "untenkanri-050",
        "subject": "Request: fleet safety policy template (APAC)",
        "sender": "Sayaka Kuji <kuji@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitcombe <d.whitcombe@fleetwise-asia.com>"],
        "charset": "utf-8",
        "body": """Dear Daniel,

Thank you for the webinar last Thursday on driver risk management.

We are revising our company vehicle rules in Japan and would be grateful
if you could share the APAC fleet safety policy template you mentioned,
in particular the sections on:

  - pre-trip alcohol testing and record keeping
  - mobile phone use while driving
  - minimum vehicle safety equipment (AEB, rear camera)

We understand the template is offered under your standard terms of use.
A short call in the week of 16 November would also be welcome.
""" + SIG_KUJI_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English request for a template; the closing disclaimer mentions confidentiality but is not a marking",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "untenkanri-051",
        "subject": "Regional fleet audit - Japan driver roster",
        "sender": "Sayaka Kuji <kuji@hinode-sangyo.co.jp>",
        "to": ["Fleetwise Asia Audit Team <audit@fleetwise-asia.com>"],
        "cc": ["Daniel Whitcombe <d.whitcombe@fleetwise-asia.com>"],
        "charset": "utf-8",
        "body": """Hello audit team,

As requested for the Q4 regional fleet audit, please find attached the
roster of our designated drivers in the Tokyo head office (CSV, UTF-8).
Licence expiry dates were checked against the physical cards on 1 October.

The Yokohama, Saitama and Chiba branches will follow next week.

Please let me know if you need the data in a different layout.
""" + SIG_KUJI_EN,
        "attachments": [{
            "kind": "csv",
            "name": "JP_HQ_driver_roster_2026Q4.csv",
            "encoding": "utf-8",
            "rows": [
                ["employee_id", "name", "email", "mobile", "licence_class", "licence_expiry", "vehicle"],
                ["H10231", "Makoto Teshigawara", "teshigawara@hinode-sangyo.co.jp", "+81-90-3318-4470", "Medium", "2028-04-14", "Shinagawa 400 fu 11-38"],
                ["H10877", "Sae Aimono", "aimono@hinode-sangyo.co.jp", "+81-80-6612-0935", "Ordinary", "2027-12-02", "Shinagawa 500 chi 82-06"],
                ["H11042", "Taku Gengoromaru", "gengoromaru@hinode-sangyo.co.jp", "+81-70-2284-6613", "Semi-medium", "2029-08-29", "Shinagawa 300 sa 47-12"],
                ["H11206", "Yuichi Suzuki", "y-suzuki@hinode-sangyo.co.jp", "+81-90-5520-1187", "Ordinary", "2027-02-18", "pool"],
                ["H11611", "Tsuyoshi Yakushiji", "yakushiji@hinode-sangyo.co.jp", "+81-90-6287-1145", "Ordinary", "2029-09-02", "Shinagawa 300 ta 60-90"],
                ["H12004", "Sanae Ikari", "ikari@hinode-sangyo.co.jp", "+81-90-4418-2270", "Ordinary", "2029-11-03", "Shinagawa 480 a 39-15"],
                ["H12119", "Yohei Koketsu", "koketsu@hinode-sangyo.co.jp", "+81-70-6625-8839", "Ordinary", "2027-07-17", "pool"],
                ["H12230", "Nao Reizei", "reizei@hinode-sangyo.co.jp", "+81-70-4092-8816", "Ordinary", "2030-01-21", "pool"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English CSV roster of 8 drivers (romaji names, mail, mobile, licence expiry) to an overseas firm",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "untenkanri-052",
        "subject": "アルコールチェック月報（9月）取込エラーについて",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム カスタマーサポート <support@tsubasa-system.jp>"],
        "charset": "shift_jis",
        "body": """ツバサシステム カスタマーサポート御中

お世話になっております。日の出産業の百武です。

9月分のアルコールチェック月報を「一括取込」から取り込もうとすると、
「ファイル形式が正しくありません」と表示されて先に進めません。
該当のファイルを添付しますので、原因をご確認いただけますでしょうか。

Excel 2021 で保存したファイルです。
""" + SIG_HYAKUTAKE,
        "attachments": [{"kind": "corrupt", "name": "アルコールチェック月報_2026年9月.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "untenkanri-053",
        "subject": "運転記録証明書（スキャン）一式",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["二階堂 章 <nikaido@hinode-sangyo.co.jp>"],
        "cc": ["鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """二階堂さん

お疲れさまです。能登谷です。
今年度取得分の運転記録証明書（38名分）をスキャンしてZIPにまとめました。
共有フォルダの容量が足りなかったので、メールで失礼します。
パスワードはいつもの課内ルールのものです。

能登谷
""",
        "attachments": [{
            "kind": "zip",
            "name": "unten_kiroku_2026.zip",
            "password": "sharyo2026!",
            "files": [
                {"kind": "pdf", "name": "kiroku_H10231.pdf", "lines": ["運転記録証明書", "勅使河原 誠"]},
                {"kind": "pdf", "name": "kiroku_H10877.pdf", "lines": ["運転記録証明書", "四十物 紗英"]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an encrypted ZIP, but sent only to internal colleagues",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "untenkanri-054",
        "subject": "共同配送（城南エリア）の担当ドライバー一覧",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター 知念様 <chinen@aoba-unyu.co.jp>"],
        "charset": "utf-8",
        "body": """青葉運輸株式会社
配車センター　知念様

お世話になっております。日の出産業の二階堂です。
12月から開始する城南エリアの共同配送について、
弊社側の担当ドライバーの一覧（Word）をお送りします。
当日の積込み時間の変更などは、各ドライバーに直接ご連絡いただいて構いません。
""" + SIG_NIKAIDO,
        "attachments": [{
            "kind": "docx",
            "name": "共同配送_担当ドライバー一覧.docx",
            "page_footer": "日の出産業株式会社 総務部 車両管理課",
            "paragraphs": ["城南エリア共同配送　日の出産業 担当ドライバー一覧", "2026年12月1日〜"],
            "tables": [[
                ["氏名", "ふりがな", "担当曜日", "携帯電話", "メール"],
                ["猪狩 早苗", "いかり さなえ", "月・木", "090-4418-2270", "ikari@hinode-sangyo.co.jp"],
                ["樋口 悠", "ひぐち はるか", "月・水", "080-2205-7731", "higuchi@hinode-sangyo.co.jp"],
                ["筒香 雄大", "つつごう ゆうだい", "火・金", "090-7724-3108", "tsutsugo@hinode-sangyo.co.jp"],
                ["知花 恵介", "ちばな けいすけ", "水", "070-5563-0418", "chibana@hinode-sangyo.co.jp"],
                ["舎人 俊介", "とねり しゅんすけ", "木・金", "080-2267-9014", "toneri@hinode-sangyo.co.jp"],
                ["仁科 七海", "にしな ななみ", "土（隔週）", "090-9926-1570", "nishina@hinode-sangyo.co.jp"],
                ["阿久津 誠司", "あくつ せいじ", "予備", "090-2938-4061", "akutsu@hinode-sangyo.co.jp"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 7 drivers with mobile and e-mail to a partner company: list of people",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "untenkanri-055",
        "subject": "Re: 12/1 共同配送 初回の立会いについて",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター 知念様 <chinen@aoba-unyu.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """知念様

お世話になっております。二階堂です。
初回の立会いには、弊社からは猪狩（090-4418-2270）と
筒香（090-7724-3108）の2名が伺います。
当日の連絡は2名の携帯へ直接お願いいたします。

二階堂

-----Original Message-----
From: 知念 <chinen@aoba-unyu.co.jp>
Sent: Tuesday, November 24, 2026 4:12 PM
To: 二階堂 章 <nikaido@hinode-sangyo.co.jp>
Subject: 12/1 共同配送 初回の立会いについて

日の出産業 二階堂様
初回（12/1 6:30 平和島センター）は、ドライバーの方にもご同席いただけますでしょうか。
当社からは配車担当の知念と、ドライバーの宜保・上江洲が参ります。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two drivers' mobiles to a partner: under five people, may warn",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "untenkanri-056",
        "subject": "マイカー通勤手当（距離区分変更）と年末調整資料の送付",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["高嶺社会保険労務士事務所 給与計算チーム <kyuyo@sr-takamine.jp>"],
        "charset": "utf-8",
        "body": """高嶺社会保険労務士事務所
給与計算チーム ご担当者様

お世話になっております。日の出産業の能登谷です。
11月支給分から通勤距離区分が変わる4名の一覧をお送りします。
年末調整の提出書類と照合しやすいよう、個人番号の列も入れております。
""" + SIG_NOTOYA,
        "attachments": [{
            "kind": "xlsx",
            "name": "通勤手当変更_202611.xlsx",
            "sheets": {
                "変更者": [
                    ["マイカー通勤手当 距離区分変更（2026年11月支給分〜）"],
                    [],
                    ["社員番号", "氏名", "個人番号", "住所（新）", "片道距離", "旧区分", "新区分"],
                    ["H11740", "相楽 大吾", my_number(SEED + 3), "神奈川県横浜市港北区日吉本町3-41-18", "14.2km", "10-15km", "10-15km"],
                    ["H11802", "金城 玲奈", my_number(SEED + 4), "神奈川県川崎市高津区溝口5-2-9", "11.8km", "2-10km", "10-15km"],
                    ["H11916", "及川 拓海", my_number(SEED + 5), "千葉県船橋市前原西4-8-16", "26.5km", "15-25km", "25-35km"],
                    ["H12055", "日下部 文香", my_number(SEED + 6), "東京都目黒区原町1-30-5", "6.1km", "2-10km", "2-10km"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four employees' My Numbers in an XLSX column to an outside payroll office",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "untenkanri-057",
        "subject": "安全運転委員会（10月）議事録",
        "sender": "冷泉 奈緒 <reizei@hinode-sangyo.co.jp>",
        "to": ["鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>", "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
               "横浜営業所長 <yokohama-mgr@hinode-sangyou.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """委員各位

お疲れさまです。事務局の冷泉です。
10月の安全運転委員会の議事録をお送りします。

1. 事故報告：10月は人身1件、物損2件
2. アルコールチェック：本社検知器の誤検知疑い、メーカーに照会中
3. 冬タイヤ交換：11月第4週までに全車完了予定
4. 次回：11月18日（水）10:00

ご確認のほどよろしくお願いいたします。

冷泉
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "one recipient is at hinode-sangyou.co.jp, a one-letter look-alike of the own domain",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "untenkanri-058",
        "subject": "Driving assignment for Mr. Hartley - medical restriction",
        "sender": "Sayaka Kuji <kuji@hinode-sangyo.co.jp>",
        "to": ["Olivia Brandt <o.brandt@globalmove-partners.com>"],
        "charset": "utf-8",
        "body": """Dear Olivia,

Thank you for coordinating Mr. Hartley's assignment to our Yokohama branch.

I need to let you know about a change to his duties. Mr. Simon Hartley
(assignee, born 12 May 1981) told us last week that he has type 1
diabetes and had a hypoglycaemic episode while driving a company car on
2 November; he stopped safely and no one was hurt. Following our
occupational physician's advice, he will not drive company vehicles
until his endocrinologist confirms his insulin regimen is stable.

Could you please reflect this in his assignment letter and check whether
his relocation package can cover taxi fares for client visits in the meantime?
""" + SIG_KUJI_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named assignee's diabetes and a hypoglycaemic episode, in English, to an outside relocation firm",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "untenkanri-059",
        "subject": "Re: 放置違反金 納付命令書の転送について（品川300さ4712）",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 車両管理センター <sharyo-center@marunouchi-autolease.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """丸の内オートリース 車両管理センター
ご担当者様

お世話になっております。日の出産業の百武です。
転送いただいた放置違反金の納付命令書について、
本日、指定の金融機関で納付いたしました（18,000円）。
領収証書の写しを本メールに添付できないため、FAXでお送りします。

当該日に運転していた社員には社内で指導を行っております。
今後このようなことがないよう、周知を徹底いたします。

百武

> 日の出産業株式会社 車両ご担当者様
> 契約車両（品川 300 さ 47-12）について、警視庁より放置違反金の
> 納付命令書が当社宛てに届きましたので転送いたします。
> 納付期限：2026年11月16日
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "parking fine paid for a lease car; no driver named, plate number only",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "untenkanri-060",
        "subject": "トライアル期間の危険挙動レポート（拠点別）について",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["ミルミル・テレマティクス カスタマーサクセス <cs@mirumiru-telematics.com>"],
        "charset": "utf-8",
        "body": """ミルミル・テレマティクス株式会社
カスタマーサクセス　日下部様

お世話になっております。日の出産業の二階堂です。
トライアル期間（9-10月）の危険挙動を拠点別に集計したPDFをお送りします。
運転者別のランキングは社内の安全運転委員会のみで扱うこととし、
御社との定例では拠点別の数値で議論させてください。

急ブレーキの閾値（0.35G）が厳しすぎるのではとの声が現場から出ています。
次回定例で閾値の妥当性についてご意見をいただけますと幸いです。
""" + SIG_NIKAIDO,
        "attachments": [{
            "kind": "pdf",
            "name": "危険挙動_拠点別_202609-10.pdf",
            "title": "危険挙動レポート（拠点別）",
            "lines": ["通信型ドラレコ トライアル 危険挙動レポート（拠点別集計）",
                      "期間：2026年9月1日〜10月31日　対象車両：12台", ""],
            "table": [
                ["拠点", "車両数", "走行距離(km)", "急ブレーキ", "急加速", "速度超過", "100kmあたり"],
                ["本社", "4", "6,820", "31", "12", "9", "0.76"],
                ["横浜営業所", "3", "5,114", "18", "7", "14", "0.76"],
                ["さいたま営業所", "3", "4,390", "9", "4", "3", "0.36"],
                ["千葉営業所", "2", "3,055", "22", "6", "5", "1.08"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PDF table aggregated by branch, no individual drivers",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "untenkanri-061",
        "subject": "ご注文：ドラレコ用microSDカード（注文番号 MT-PO-260477）",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["ミルミル・テレマティクス 受注センター <order@mirumiru-telematics.com>"],
        "charset": "shift_jis",
        "body": """ミルミル・テレマティクス株式会社
受注センター　御中

いつもお世話になっております。日の出産業の百武です。
下記のとおり注文いたします。

　品番：MM-SD64-HE（高耐久 microSDXC 64GB）
　数量：15枚
　単価：3,980円（税抜）
　注文番号：MT-PO-260477
　納品先：本社 総務部 車両管理課（署名の住所）

発送後、配送伝票番号をお知らせください。
前回分（伝票番号 4412-8830-1957）は無事受領しております。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order with product code, order and tracking numbers",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "untenkanri-062",
        "subject": "TF-1180437（横浜500わ6002）返却前点検と陸送の段取り",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["東海フリートサービス 車両返却センター <henkyaku@tokai-fleet.co.jp>",
               "はやぶさ陸送 配車係 <haisha@hayabusa-rikuso.co.jp>"],
        "cc": ["富士見モータース 工場長 <kojo@fujimi-motors.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """関係各位

お世話になっております。日の出産業の百武です。

11月12日返却予定の横浜 500 わ 60-02 について、
10月の追突事故の修理が富士見モータース様で11月9日に完了予定です。
つきましては、工場から返却センターへの陸送を
はやぶさ陸送様にお願いしたく、段取りのご相談です。

　引取り：11月10日（火）午前　富士見モータース様 工場
　納車先：東海フリートサービス様 返却センター（川崎）

修理内容の確認書は工場様から返却センター様へ直接お送りください。
""" + SIG_HYAKUTAKE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "lease company, transport company and repair shop (3 external organisations) visible in To/Cc",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "untenkanri-063",
        "subject": "安全運転管理者等法定講習 受講申込（日の出産業）",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["品川交通安全協会 講習係 <koshu@shinagawa-kotsuanzen.or.jp>"],
        "charset": "iso-2022-jp",
        "body": """品川交通安全協会
講習係　御中

お世話になっております。日の出産業株式会社 総務部の能登谷です。
令和8年度 副安全運転管理者 法定講習の受講を申し込みます。

　事業所名：日の出産業株式会社 本社
　事業所所在地：東京都品川区大崎3-9-14
　受講者氏名：能登谷 みずほ（のとや みずほ）
　生年月日：昭和62年8月15日
　選任区分：副安全運転管理者
　希望日：12月9日（水）

受講料は当日現金にて納付いたします。
""" + SIG_NOTOYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one person's own seminar application with her DOB to the traffic-safety association: may warn",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "untenkanri-064",
        "subject": "ペーパードライバー講習 申込（2名）",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["みなみ自動車学校 法人講習受付 <hojin@minami-ds.jp>"],
        "charset": "shift_jis",
        "body": f"""みなみ自動車学校
法人講習受付　ご担当者様

お世話になっております。日の出産業株式会社の能登谷です。
ペーパードライバー講習（法人コース・2時限×3回）を下記2名で申し込みます。

１．氏名：冷泉　奈緒（れいぜい なお）
　　免許証番号：{_z('302011874460')}
　　免許取得：令和２年　ＡＴ限定
２．氏名：纐纈　陽平（こうけつ ようへい）
　　免許証番号：{_z('301110458801')}
　　免許取得：平成２３年　ＡＴ限定なし

受講時は各自免許証を持参させます。日程候補をお知らせください。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "two employees' driving licence numbers in full-width digits to a driving school",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "untenkanri-065",
        "subject": "新車納車先（拠点一覧）のご連絡",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 納車センター <nosha@marunouchi-autolease.co.jp>"],
        "charset": "shift_jis",
        "body": """丸の内オートリース株式会社
納車センター　御中

お世話になっております。日の出産業の百武です。
来春の入替え車両の納車先となる拠点一覧です。
受取は各拠点の総務担当が対応します（平日9時〜17時）。

拠点名　　　　　　住所　　　　　　　　　　　　　　　　　　代表電話
―――――――――　――――――――――――――――――――　――――――――――――
本社　　　　　　　東京都品川区大崎３－９－１４　　　　　　０３－５４８７－２２００
横浜営業所　　　　神奈川県横浜市神奈川区鶴屋町２－２１－１　０４５－３１２－７７４０
さいたま営業所　　埼玉県さいたま市大宮区桜木町４－８２－５　０４８－６４１－３３０５
千葉営業所　　　　千葉県千葉市中央区新町１８－１２　　　　　０４３－２４５－９１１８
厚木物流センター　神奈川県厚木市上依知１０７４－３　　　　　０４６－２８６－５５２０

厚木物流センターはトラックヤードに入れる車両の高さ制限（3.8m）があります。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own sites with switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "untenkanri-066",
        "subject": "共同配送 11月分 運転日報の送付",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター 知念様 <chinen@aoba-unyu.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """知念様

お世話になっております。日の出産業の二階堂です。
共同配送（試行）11月分の運転日報をお送りします。
暗号化ZIPとしております。解凍パスワードは別途お送りします。

二階堂
""",
        "attachments": [{
            "kind": "zip",
            "name": "unten_nippo_202611.zip",
            "password": "Aoba-Hnd-1130",
            "files": [
                {"kind": "xlsx", "name": "運転日報_202611.xlsx",
                 "sheets": {"日報": [["日付", "車両", "運転者", "出庫", "帰庫", "走行km"],
                                     ["11/2", "品川 480 あ 39-15", "猪狩 早苗", "6:10", "14:25", 128]]}},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP of driving logs to a partner: cannot be inspected",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "untenkanri-067",
        "subject": "事故車両（品川500ち8206）の修理と代車について",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 法人営業部 坂東様 <bando@marunouchi-autolease.co.jp>"],
        "charset": "utf-8",
        "body": """丸の内オートリース株式会社
坂東様

お世話になっております。日の出産業の二階堂です。

昨日11月4日、契約車両 品川 500 ち 82-06 が単独事故（ガードレールへの接触）を起こしました。
運転していた営業2課の九十九 陽菜は、右鎖骨骨折と診断され、
現在、品川区内の病院に入院しております（手術は明日の予定、入院は2週間程度の見込み）。

車両は自走不能のため、レッカーで提携工場へ搬送済みです。
本人の復帰まで代車は不要ですが、修理の段取りについてご指示ください。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named driver's fracture, hospitalisation and surgery told to the lease company: medical data",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "untenkanri-068",
        "subject": "Re: 未決事故の進捗確認（10月末時点）",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["かえで損保 損害サービス課 樋渡様 <hiwatashi@kaede-sonpo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """樋渡様

お世話になっております。二階堂です。
ご照会の件、以下のとおり回答いたします。

・0387：修理完了、請求書は工場から直接送付済み
・0412：相手方の通院が続いているため、引き続き貴社にお任せします
・0455：当方は示談書に押印済み、本日返送しました

ご確認のほどよろしくお願いいたします。

二階堂

> 日の出産業株式会社 二階堂様
>
> 未決となっている事故について、進捗をご確認ください。
>
> 受付番号   運転者        連絡先           状況
> 0387       宍戸 和真     080-5521-0936    修理中
> 0412       薬師寺 剛     090-6287-1145    相手方通院中
> 0455       源五郎丸 拓   070-2284-6613    示談書送付済
> 0461       鈴木 優一     090-5520-1187    見積待ち
> 0470       百目鬼 健吾   090-7762-0318    調査中
>
> かえで損保 損害サービス課 樋渡
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of five drivers is only in the quoted text of the insurer's own mail; new text has none",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "untenkanri-069",
        "subject": "FW: 【横浜営業所】代車が必要なドライバーの連絡先",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["東海フリートサービス 代車手配 <daisha@tokai-fleet.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """東海フリートサービス 代車手配ご担当者様

お世話になっております。日の出産業の百武です。
横浜営業所のリコール入庫に伴う代車の件、営業所からの連絡を転送します。
代車の受渡し時間は各ドライバーと直接調整いただけますでしょうか。

---------- Forwarded message ---------
From: 仁科 七海 <nishina@hinode-sangyo.co.jp>
Date: 2026年11月5日(木) 10:42
Subject: 【横浜営業所】代車が必要なドライバーの連絡先
To: 百武 亮太 <hyakutake@hinode-sangyo.co.jp>

百武さん

リコール入庫の期間中に代車が必要な者の連絡先です。

・栗花落 由佳　080-9043-7726　tsuyuri@hinode-sangyo.co.jp
・百目鬼 健吾　090-7762-0318　domeki@hinode-sangyo.co.jp
・月見里 康弘　090-3402-8851　yamanashi@hinode-sangyo.co.jp
・八月一日 咲　070-8819-2043　hozumi@hinode-sangyo.co.jp
・宜野座 隼人　080-6674-3190　ginoza@hinode-sangyo.co.jp
・樋口 悠　　　080-2205-7731　higuchi@hinode-sangyo.co.jp

よろしくお願いします。
横浜営業所 仁科
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded internal mail listing 6 drivers' mobiles and mail goes to the lease company (forward is new text)",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "untenkanri-070",
        "subject": "FW: 【かえで損保】事故受付完了のお知らせ",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["さいたま営業所長 <saitama-mgr@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """さいたま営業所長

お疲れさまです。二階堂です。
宍戸さんの物損事故、保険会社の受付が完了しました。
担当者から宍戸さんの携帯に連絡が入りますので、本人にお伝えください。

-------- 転送メッセージ --------
差出人: かえで損保 事故受付センター <jiko-uketsuke@kaede-sonpo.co.jp>
日付: 2026/10/19 15:02
宛先: 二階堂 章 <nikaido@hinode-sangyo.co.jp>
件名: 【かえで損保】事故受付完了のお知らせ

日の出産業株式会社 二階堂様
以下の内容で事故を受け付けました。
受付番号：KS-26-1019-0421
運転者：宍戸 和真 様（連絡先 080-5521-0936）
担当：損害サービス課 樋渡
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "forward of the insurer's mail to an internal manager only",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "untenkanri-071",
        "subject": "事故原因分析メモ（後退時事故）の送付",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 京極先生 <kyogoku@shirakawa-law.jp>"],
        "charset": "shift_jis",
        "body": """┏━━━━━━━━┓
┃　取扱注意　　┃
┗━━━━━━━━┛

白川法律事務所
京極 先生

お世話になっております。日の出産業の鴨志田です。
来週の打合せに先立ち、後退時事故の原因分析メモをお送りします。

【分析対象】2025年4月〜2026年9月の後退時事故 18件
【主な要因】
　(1) 誘導者なしでの後退（13件）
　(2) バックモニターのみに頼った確認（9件、重複あり）
　(3) 配送先の狭い駐車場（11件）
【社内対策案】
　・後退時の一旦降車確認（「ゴー・ルック」）の義務化
　・バックモニター未装着車6台の早期入替え
　・配送先ごとの駐車位置マップの整備

使用者責任の観点から、対策の優先順位についてご意見をいただければ幸いです。
""" + SIG_KAMOSHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the memo is stamped 取扱注意 at the top of the mail and goes to an outside law firm (partner)",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "untenkanri-072",
        "subject": "保存期間満了の運転日報等の溶解処理について",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["エコリサイクル東京 営業課 <eigyo@eco-recycle-tokyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """エコリサイクル東京株式会社
営業課　御中

お世話になっております。日の出産業の百武です。

保存期間を満了した運転日報・アルコールチェック記録簿（紙）について、
機密文書溶解処理をお願いしたくご連絡しました。

　数量：段ボール（120サイズ）約14箱
　引取場所：本社 地下1階 倉庫
　希望日：11月下旬の平日午後

溶解証明書の発行もお願いいたします。
お見積りをいただけますでしょうか。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a shredding-service request; 機密文書 is a service name, not a marking",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "untenkanri-073",
        "subject": "第三者行為による傷病届の提出について（業務外事故）",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
        "charset": "iso-2022-jp",
        "body": """関東機械工業健康保険組合
給付課　ご担当者様

いつもお世話になっております。
日の出産業株式会社 総務部の能登谷です。

被保険者が休日に交通事故の被害に遭い、健康保険で受診しておりますので、
第三者行為による傷病届を提出いたします。原本は本日郵送いたします。

　被保険者氏名：比嘉 直人
　生年月日：昭和56年1月8日
　保険証 記号：３２０１７　番号：１１８７（枝番 ００）
　傷病名：腰椎捻挫、右膝挫傷
　受傷日：令和8年10月25日
　事故の概要：自転車で走行中、右折してきた乗用車と接触
　相手方の保険：あおぞら損保（対人賠償）

不備がございましたらご指摘ください。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health-insurance card symbol and number plus diagnosis of one employee to an external insurer body",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "untenkanri-074",
        "subject": "年末の交通安全運動 ポスター・ステッカー印刷のお願い",
        "sender": "冷泉 奈緒 <reizei@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "charset": "utf-8",
        "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の冷泉です。
年末の交通安全運動に向けて、以下の印刷をお願いしたくご連絡しました。

　1. ポスター（B2・4色）「飲んだら乗らない　乗るなら飲まない」 50部
　2. 車両用ステッカー（150×50mm・耐候）「安全運転宣言車」 60枚
　3. 卓上POP（A6・二つ折り）「出発前 アルコールチェック」 40部

データは来週前半に入稿します（Illustrator CC形式）。
納期は11月30日着希望です。お見積りをお願いいたします。

冷泉 奈緒
日の出産業株式会社 総務部
TEL 03-5487-2214
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order to a partner: no personal data",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "untenkanri-075",
        "subject": "大雪予報に伴う社員送迎（タクシー）のご予約",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["ひまわり交通 法人配車センター <hojin-haisha@himawari-kotsu.co.jp>"],
        "charset": "shift_jis",
        "body": """ひまわり交通株式会社
法人配車センター　御中

いつもお世話になっております。日の出産業の能登谷です。
明朝の大雪予報を受け、社有車での出勤を控える当番社員の送迎をお願いします。
（チケット利用、行先はいずれも弊社本社）

氏名　　　　　迎車場所　　　　　　　　　　　　　　　　迎車時刻　携帯
―――――――　―――――――――――――――――――――　――――　―――――――――――――
猪狩　早苗　　東京都品川区西中延２－１１－４　　　　　　６：１０　０９０－４４１８－２２７０
冷泉　奈緒　　東京都大田区北千束１－５２－８－３０３　　６：２０　０７０－４０９２－８８１６
纐纈　陽平　　東京都目黒区洗足２－２５－１７　　　　　　６：３０　０７０－６６２５－８８３９
百武　亮太　　東京都品川区二葉３－１９－６　　　　　　　６：３０　０８０－４４７１－２２９０

降雪状況により中止する場合は、本日21時までにご連絡いたします。
""" + SIG_NOTOYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four employees' pick-up addresses and mobiles to a taxi company: under five, may warn",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "untenkanri-076",
        "subject": "通勤災害（交通事故）の労災請求書類について",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["高嶺社会保険労務士事務所 高嶺先生 <takamine@sr-takamine.jp>"],
        "charset": "utf-8",
        "body": """高嶺先生

いつもお世話になっております。日の出産業の能登谷です。
マイカー通勤中の事故で負傷した社員について、通勤災害の請求書類（様式第16号の3ほか）の
作成をお願いいたします。必要事項は以下のとおりです。

　氏名　　　　：及川 拓海（おいかわ たくみ）
　生年月日　　：平成10年10月12日
　基礎年金番号：4417-302856
　住所　　　　：千葉県船橋市前原西4-8-16
　災害発生日時：令和8年11月2日 8:05頃
　発生場所　　：千葉県船橋市前原西2丁目 県道交差点（通常の通勤経路上）
　傷病名　　　：右手舟状骨骨折、顔面挫創
　受診医療機関：船橋みなと整形外科（休業見込み 約3週間）

第三者（相手方車両）がいるため、第三者行為災害届も併せてお願いいたします。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "basic pension number and injury diagnosis of one employee to an outside labour consultant",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "untenkanri-077",
        "subject": "Re: 次回定例（車両管理規程）の日程",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["高嶺社会保険労務士事務所 高嶺先生 <takamine@sr-takamine.jp>"],
        "charset": "shift_jis",
        "body": """高嶺先生

ご連絡ありがとうございます。鴨志田です。
11月17日（火）14時からでお願いいたします。場所は弊社8F会議室です。

当日は、警察庁の「安全運転管理者制度の解説」と、
国交省の事業用自動車向けアルコール検知器の資料（いずれも公開資料）を
参考にお持ちします。

よろしくお願いいたします。

鴨志田

-----Original Message-----
From: 高嶺 <takamine@sr-takamine.jp>
Sent: Monday, November 9, 2026 11:30 AM
To: 鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>
Subject: 次回定例（車両管理規程）の日程

鴨志田様
次回の定例ですが、11月17日（火）14時または19日（木）10時はいかがでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "scheduling reply with an Outlook-style quoted original; nothing personal",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "untenkanri-078",
        "subject": "リース料 口座振替依頼書の件",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 大崎支店 法人営業課 <osaki-hojin@midori-ginko.jp>"],
        "charset": "iso-2022-jp",
        "body": """みどり銀行 大崎支店
法人営業課　ご担当者様

いつもお世話になっております。日の出産業の鴨志田です。

東海フリートサービス様宛てのリース料について、
12月分から口座振替に切り替えることになりました。
口座振替依頼書の様式を送っていただくか、窓口でいただけるかを教えてください。

引落口座は当座預金（従来の支払口座）を予定しております。
""" + SIG_KAMOSHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.jp drops the co. of the partner bank midori-ginko.co.jp: look-alike",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "untenkanri-079",
        "subject": "リース料の振込先変更について（ご確認）",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 大崎支店 法人営業課 <osaki-hojin@midori-ginko.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """みどり銀行 大崎支店
法人営業課　宇佐美様

お世話になっております。日の出産業の鴨志田です。

丸の内オートリース様より、リース料の振込先変更の通知が届きました。

　新振込先：あさひ信託銀行 丸の内支店　当座　0412883
　口座名義：マルノウチオートリース（カ

振込先変更を装った詐欺の事例もあると聞いておりますので、
念のため、先方の登録済み口座の変更として問題がないか、
総合振込の登録変更の手続きと併せてご相談させてください。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a company's bank account in a mail to the partner bank: business data, not a person's",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "untenkanri-080",
        "subject": "車検費用（ハイエース）の前受金について",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["富士見モータース 受付 <uketsuke@fujimi-motors.co.jp>"],
        "charset": "iso-2022-jp",
        "body": f"""富士見モータース株式会社
受付ご担当　森永様

お世話になっております。日の出産業の百武です。
品川 480 あ 39-15（自社保有ハイエース）の車検について、
法定費用分の前受金をカードでお支払いいたします。
お電話口ではお伝えしにくかったため、メールでお送りします。

　カード番号：{_g4(card_number(SEED + 13))}
　有効期限　：04/28
　名義　　　：RYOTA HYAKUTAKE
　金額　　　：48,720円（重量税・自賠責・印紙代）

決済が完了しましたら、お知らせください。
""" + SIG_HYAKUTAKE,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full card number with expiry and holder name sent to a repair shop",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "untenkanri-081",
        "subject": "12月の車検・法定点検の入庫予定",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["富士見モータース 受付 <uketsuke@fujimi-motors.co.jp>"],
        "charset": "utf-8",
        "body": """富士見モータース株式会社
受付ご担当 森永様

お世話になっております。日の出産業の百武です。
12月の入庫予定をお送りします。

- 12/2（水）品川 480 あ 39-15　ハイエース　車検（代車：ハイエース希望）
- 12/9（水）品川 300 た 60-90　プロボックス　12か月点検（代車不要）
- 12/16（水）品川 300 さ 47-12　プロボックス　12か月点検＋スタッドレス交換
- 12/21（月）品川 500 ち 82-06　カローラ　事故修理後の最終確認

いずれも朝9時に弊社スタッフが持ち込みます。
スタッドレスタイヤは昨季のものを工場で保管いただいている分をお使いください。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "maintenance schedule with plates only",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "untenkanri-082",
        "subject": "安全運転eラーニング 受講アカウント発行のお願い",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["みなと保険サービス 宗田様 <soda@minato-hoken.jp>"],
        "charset": "utf-8",
        "body": """みなと保険サービス
宗田様

お世話になっております。日の出産業の能登谷です。
フリート契約の付帯サービス「安全運転eラーニング」の受講アカウントの発行をお願いします。
保険会社様の指定フォーマット（CSV）と、入力上の注意をZIPにまとめました。

よろしくお願いいたします。
""" + SIG_NOTOYA,
        "attachments": [{
            "kind": "zip",
            "name": "eラーニング_受講者登録_日の出産業.zip",
            "files": [
                {"kind": "txt", "name": "readme.txt", "encoding": "utf-8",
                 "text": "受講者登録CSVについて\n・生年月日はパスワード初期値の生成に使用されます\n・メールアドレスは会社アドレスです\n"},
                {"kind": "csv", "name": "jukosha_toroku.csv", "encoding": "utf-8",
                 "rows": [
                     ["氏名", "氏名カナ", "メールアドレス", "生年月日", "所属"],
                     ["九十九 陽菜", "ツクモ ヒナ", "tsukumo@hinode-sangyo.co.jp", "1999/07/23", "営業2課"],
                     ["冷泉 奈緒", "レイゼイ ナオ", "reizei@hinode-sangyo.co.jp", "2000/01/21", "総務部"],
                     ["纐纈 陽平", "コウケツ ヨウヘイ", "koketsu@hinode-sangyo.co.jp", "1991/06/17", "総務部"],
                     ["宍戸 和真", "シシド カズマ", "shishido@hinode-sangyo.co.jp", "1994/11/30", "千葉営業所"],
                     ["薬師寺 剛", "ヤクシジ ツヨシ", "yakushiji@hinode-sangyo.co.jp", "1988/09/02", "営業1課"],
                     ["宜野座 隼人", "ギノザ ハヤト", "ginoza@hinode-sangyo.co.jp", "1996/04/11", "横浜営業所"],
                     ["八月一日 咲", "ホズミ サキ", "hozumi@hinode-sangyo.co.jp", "1990/12/09", "横浜営業所"],
                     ["知花 恵介", "チバナ ケイスケ", "chibana@hinode-sangyo.co.jp", "1985/03/27", "配送課"],
                     ["及川 拓海", "オイカワ タクミ", "oikawa@hinode-sangyo.co.jp", "1998/10/12", "千葉営業所"],
                 ]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a plain ZIP holding a CSV of 9 employees with e-mail and DOB to the insurance agent: list of people",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "untenkanri-083",
        "subject": "Japan fleet KPIs for the regional review",
        "sender": "Sayaka Kuji <kuji@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitcombe <d.whitcombe@fleetwise-asia.com>"],
        "charset": "utf-8",
        "body": """Dear Daniel,

Ahead of the regional review on 3 December, attached are the slides with
our Japan fleet KPIs for FY2026 H1 (accident rate, alcohol-test compliance,
fuel economy and lease cost per vehicle).

Looking forward to your comments.
""" + SIG_KUJI_EN,
        "attachments": [{
            "kind": "pptx",
            "name": "JP_fleet_KPI_FY2026H1.pptx",
            "title": "Japan fleet KPIs FY2026 H1",
            "page_footer": "INTERNAL ONLY - Hinode Sangyo Co., Ltd.",
            "slides": [
                ["Japan fleet KPIs - FY2026 H1", "38 vehicles / 61 designated drivers", "Prepared by General Affairs Dept."],
                ["Safety", "Accidents per 100k km: 0.84 (FY2025: 0.71)", "Reversing accidents: 45% of all",
                 "Alcohol test compliance: 99.6%"],
                ["Cost", "Lease cost per vehicle: JPY 61,400 / month", "Fuel: 14.8 km/L fleet average"],
                ["Actions", "Replace 6 vehicles without rear camera", "Telematics trial in 12 vehicles"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "every slide carries an INTERNAL ONLY classification footer and goes to an overseas firm",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "untenkanri-084",
        "subject": "Inquiry: fuel-cell breathalyser BT-900 calibration interval",
        "sender": "Sayaka Kuji <kuji@hinode-sangyo.co.jp>",
        "to": ["BreathTech Sales <sales@breathtech-intl.com>"],
        "charset": "utf-8",
        "body": """Hello,

We are a Japanese trading company operating about 40 company cars and are
evaluating the BT-900 for our branch offices. Could you tell us:

  1. the recommended calibration interval and the number of tests per sensor,
  2. whether the unit can export results via CSV or an API,
  3. the lead time and price for 10 units delivered to Tokyo (DAP).

Our local standard requires the device to detect alcohol and show the
result in mg/L of breath. A distributor in Japan would also be welcome.
""" + SIG_KUJI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English product inquiry, no personal data",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "untenkanri-085",
        "subject": "運転者面談のフォローについてご相談",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["こころの相談室 EAP窓口 <eap@kokoro-soudan.jp>"],
        "charset": "shift_jis",
        "body": """こころの相談室
EAP窓口　ご担当カウンセラー様

いつもお世話になっております。日の出産業 安全運転管理者の二階堂です。
運転前の点呼で気になる社員がおり、フォローのご相談をさせてください。

＜面談記録（10月29日 二階堂実施）＞
　対象者　：さいたま営業所　東海林 孝（５３歳）
　状況　　：点呼時に表情が乏しく、前夜ほとんど眠れていないとの申告が続く
　本人の話：８月からうつ病で心療内科に通院中、抗うつ薬と睡眠薬を服用
　　　　　　「朝、薬が残っている感じがする」とのこと
　当面の措置：社有車の運転は控えさせ、同乗での外回りに変更

本人の了承を得て、カウンセリングの予約をお願いしたいと考えています。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's depression treatment and medication sent to an outside EAP service",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "untenkanri-086",
        "subject": "物損事故のご報告（運転者は念のため受診）",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["かえで損保 事故受付センター <jiko-uketsuke@kaede-sonpo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """かえで損保 事故受付センター　ご担当者様

日の出産業（証券番号 FL-7730215）の二階堂です。
下記の事故を報告いたします。

　日時：11月6日（金）9:40頃
　場所：東京都品川区西五反田 一方通行路
　当方車両：品川 300 た 60-90
　運転者：営業1課 照屋 美咲（携帯 090-1648-5573）
　状況：対向してきた自転車を避けようとして電柱に接触。自転車側は接触なしで立ち去り
　損害：当方車両の左フロントフェンダー凹み、電柱（電力会社所有）に擦過

運転者は念のため近隣のクリニックで診察を受けましたが、異常なしとのことです。
電力会社への連絡先を教えていただけますでしょうか。
""" + SIG_NIKAIDO,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one driver's contact plus 'examined, nothing abnormal': whether that is health data is arguable",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "untenkanri-087",
        "subject": "中途解約の精算見積り（依頼書）",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["東海フリートサービス 営業部 源様 <minamoto@tokai-fleet.co.jp>"],
        "charset": "utf-8",
        "body": """東海フリートサービス株式会社
源様

お世話になっております。日の出産業の百武です。
横浜営業所の統合に伴い、TF-1180519 ほか2台の中途解約を検討しています。
精算見積りの依頼書（PDF）をお送りしますので、ご査収ください。
""" + SIG_HYAKUTAKE,
        "attachments": [{"kind": "corrupt", "name": "中途解約_精算見積依頼書.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "untenkanri-088",
        "subject": "RE: フリート契約 運転者年齢条件の確認",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["みなと保険サービス 宗田様 <soda@minato-hoken.jp>"],
        "charset": "shift_jis",
        "body": """宗田様

お世話になっております。能登谷です。
ご確認ありがとうございます。
ご指摘のとおり、いただいた一覧の5名は全員26歳以上ですので、
年齢条件の変更は不要と理解しました。

引き続きよろしくお願いいたします。

能登谷

差出人: 宗田 <soda@minato-hoken.jp>
送信日時: 2026年11月10日 火曜日 15:48
宛先: 能登谷 みずほ <notoya@hinode-sangyo.co.jp>
件名: フリート契約 運転者年齢条件の確認

日の出産業 能登谷様
先日ご連絡いただいた新任運転者について、年齢条件の確認結果です。

　氏名　　　　生年月日　　　年齢　条件
　九十九 陽菜　1999/07/23　　27　　26歳以上 可
　冷泉 奈緒　　2000/01/21　　26　　26歳以上 可
　宜野座 隼人　1996/04/11　　30　　26歳以上 可
　及川 拓海　　1998/10/12　　28　　26歳以上 可
　樋口 悠　　　1997/05/30　　29　　26歳以上 可

みなと保険サービス 宗田
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person table is in the quoted original (差出人/送信日時 header) from the recipient himself",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "untenkanri-089",
        "subject": "【ご案内】年末の交通安全キャンペーン 合同実施について",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全推進部 <anzen@aoba-unyu.co.jp>",
               "川崎電機 総務部 <soumu@kawasaki-denki.co.jp>",
               "ツバサシステム 総務課 <somu@tsubasa-system.jp>"],
        "charset": "iso-2022-jp",
        "body": """各社 ご担当者様

いつもお世話になっております。日の出産業の鴨志田です。

今年も年末の交通安全運動期間（12月11日〜20日）に合わせて、
大崎地区の3社合同キャンペーンを実施できればと考えております。

　・朝の立哨（大崎駅南口交差点、12/11 7:45-8:30）
　・社有車の一斉点検（タイヤ・灯火類）
　・アルコールチェック啓発ポスターの共同掲示

各社の参加可否と、ご担当者のお名前を11月20日までにお知らせください。
""" + SIG_KAMOSHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner companies in To see each other: three external parties, even though all are partners",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "untenkanri-090",
        "subject": "12/11 朝の立哨 集合場所のご連絡",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全推進部 <anzen@aoba-unyu.co.jp>",
               "川崎電機 総務部 <soumu@kawasaki-denki.co.jp>"],
        "cc": ["冷泉 奈緒 <reizei@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """青葉運輸 安全推進部 ご担当者様
川崎電機 総務部 ご担当者様

お世話になっております。日の出産業の鴨志田です。
12月11日の朝の立哨について、集合場所をご連絡します。

　集合：7:30　日の出大崎ビル 1F エントランス
　配布物：のぼり旗・タスキは弊社で用意します（各社3名分）
　雨天時：ビル前の歩道橋下に場所を変更

当日の弊社の窓口は冷泉（Cc）です。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To: a normal joint mail",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "untenkanri-091",
        "subject": "違反者個別指導のお願い（営業所からの報告を添付します）",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["セーフティドライブ・アカデミー 研修事務局 <kenshu@sd-academy.jp>"],
        "charset": "iso-2022-jp",
        "body": """セーフティドライブ・アカデミー
研修事務局　御中

お世話になっております。日の出産業の二階堂です。
この半年で交通違反のあった運転者に、個別の添乗指導をお願いしたいと考えています。
対象者は、各営業所からの報告メールを添付しますのでご覧ください。
日程は各人の携帯に直接ご連絡いただいて構いません。
""" + SIG_NIKAIDO,
        "attachments": [{
            "kind": "eml",
            "name": "違反報告_各営業所とりまとめ.eml",
            "message": {
                "subject": "上期 交通違反者の報告（とりまとめ）",
                "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
                "to": ["二階堂 章 <nikaido@hinode-sangyo.co.jp>"],
                "charset": "iso-2022-jp",
                "body": """二階堂さん

各営業所からの報告をまとめました（青切符のみ、赤切符はありません）。

・鈴木 優一（営業2課）　信号無視　2点　携帯 090-5520-1187
・宍戸 和真（千葉）　　 携帯電話使用等（保持）　3点　携帯 080-5521-0936
・百目鬼 健吾（横浜）　 速度超過（25km/h）　3点　携帯 090-7762-0318
・知花 恵介（配送課）　 一時不停止　2点　携帯 070-5563-0418
・相楽 大吾（営業1課）　通行禁止違反　2点　携帯 080-1297-5586
・栗花落 由佳（横浜）　 駐停車違反　1点　携帯 080-9043-7726
・宜野座 隼人（横浜）　 速度超過（18km/h）　1点　携帯 080-6674-3190

能登谷
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached forwarded mail lists 7 drivers' violations and mobiles, to a driving school: list of people",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "untenkanri-092",
        "subject": "採用予定者の運転業務と保険の取扱いについてご相談",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["みなと保険サービス 宗田様 <soda@minato-hoken.jp>"],
        "charset": "iso-2022-jp",
        "body": """宗田様

お世話になっております。日の出産業の能登谷です。
中途採用予定者の件でご相談させてください。

　氏名：源 智之（みなもと ともゆき）
　生年月日：昭和59年2月3日
　経歴：前職で配送ドライバー。令和4年に酒気帯び運転で罰金刑を受け、
　　　　免許取消（欠格期間2年）。令和7年に免許を再取得。

入社後に営業車を運転させる予定ですが、
フリート契約の補償や保険料に影響があるか教えていただけますでしょうか。
運転記録証明書（過去5年）は本人から取り寄せ済みです。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named candidate's criminal fine for drink-driving (criminal record) to the insurance agent",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "untenkanri-093",
        "subject": "【横浜営業所】違反点数の累積状況について",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["横浜営業所長 <yokohama-mgr@yokohama.hinode-sangyo.co.jp>"],
        "cc": ["仁科 七海 <nishina@yokohama.hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """横浜営業所長
仁科さん

お疲れさまです。二階堂です。
運転記録証明書で確認した、横浜営業所の運転者の累積点数です。
6点以上の者は免許停止の可能性があるため、個別に面談をお願いします。

氏名            免許証番号      累積点数  直近の違反
--------------  --------------  --------  ---------------------
百目鬼 健吾     459501104520    4点       速度超過(25km/h)
栗花落 由佳     450708219931    1点       駐停車違反
宜野座 隼人     451412093380    1点       速度超過(18km/h)
八月一日 咲     451002784431    0点       -
月見里 康弘     459004418820    6点       信号無視・一時不停止ほか

面談結果は月末までにご連絡ください。

二階堂
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": [],
        "note": "licence numbers and points of 5 drivers, but sent to an internal subdomain only",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "untenkanri-094",
        "subject": "新任運転者の追加（年齢条件の確認のお願い）",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["みなと保険サービス 宗田様 <soda@minato-hoken.jp>"],
        "charset": "shift_jis",
        "body": """宗田様

いつもお世話になっております。日の出産業の能登谷です。
12月から社有車を運転する新任者が5名おりますので、
フリート契約の年齢条件（26歳以上補償）に抵触しないかご確認をお願いします。

・九十九 陽菜　　平成１１年７月２３日生　営業２課
・冷泉 奈緒　　　平成１２年１月２１日生　総務部
・宜野座 隼人　　平成８年４月１１日生　　横浜営業所
・及川 拓海　　　平成１０年１０月１２日生　千葉営業所
・樋口 悠　　　　平成９年５月３０日生　　配送課

お手数ですがよろしくお願いいたします。
""" + SIG_NOTOYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "bulleted list of 5 employees with their 和暦 dates of birth to the insurance agent: list of people",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "untenkanri-095",
        "subject": "年齢条件の見直しについて（ご質問）",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["みなと保険サービス 宗田様 <soda@minato-hoken.jp>"],
        "charset": "iso-2022-jp",
        "body": """宗田様

お世話になっております。日の出産業の能登谷です。

来年4月に新卒で入社する者のうち、営業職として社有車を運転する見込みの者が
3名おり、いずれも22〜23歳です。
現在の「26歳以上補償」を「21歳以上補償」に変更した場合の保険料の差額と、
変更のタイミング（入社日からか、契約更新時か）を教えてください。

人数や配属が確定しましたら、改めてご連絡いたします。
""" + SIG_NOTOYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ages of unnamed future hires only; no identifiable person",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "untenkanri-096",
        "subject": "Re: 事故受付（KS-26-1106-0488）運転者情報の件",
        "sender": "二階堂 章 <nikaido@hinode-sangyo.co.jp>",
        "to": ["かえで損保 損害サービス課 樋渡様 <hiwatashi@kaede-sonpo.co.jp>"],
        "charset": "shift_jis",
        "body": """樋渡様

お世話になっております。二階堂です。
ご依頼の運転者情報ですが、社内規程により免許証番号は一部のみのご案内とさせてください。

　運転者：照屋 美咲
　免許証番号：3014＊＊＊＊＊＊＊＊（下8桁は控えております）
　免許の色：ゴールド　有効期限：令和11年4月3日

全桁が必要な場合は、本人の同意を得たうえで書面でお送りします。

二階堂
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "a partly masked licence number (4 of 12 digits) with the driver's name: arguably no ID number leaves",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "untenkanri-097",
        "subject": "使用者登録申請書（記入済み）の送付",
        "sender": "能登谷 みずほ <notoya@hinode-sangyo.co.jp>",
        "to": ["東海フリートサービス 契約管理課 <keiyaku@tokai-fleet.co.jp>"],
        "charset": "utf-8",
        "body": """東海フリートサービス株式会社
契約管理課　御中

お世話になっております。日の出産業の能登谷です。
千葉 500 さ 27-71 の使用者変更に伴う使用者登録申請書を、
記入済みのPDFでお送りします。原本は本日発送いたします。
""" + SIG_NOTOYA,
        "attachments": [{
            "kind": "pdf",
            "name": "使用者登録申請書_千葉50027-71.pdf",
            "title": "使用者登録申請書",
            "lines": [
                "使用者登録申請書",
                "契約番号：TF-1180466　登録番号：千葉 500 さ 27-71",
                "",
                "【新使用者】",
                "氏名：宜野座 隼人（ギノザ ハヤト）",
                "生年月日：平成8年4月11日",
                "現住所：千葉県千葉市稲毛区小仲台6-17-2-501",
                "運転免許証番号：451412093380",
                "免許の種類：普通　有効期限：令和11年5月11日",
                "",
                "申請日：令和8年11月12日　申請者：日の出産業株式会社 総務部",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a PDF form with one employee's licence number, DOB and home address to the lease company",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "untenkanri-098",
        "subject": "10月分 リース料請求書の記載について",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["丸の内オートリース 経理部 <keiri@marunouchi-autolease.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """丸の内オートリース株式会社
経理部　御中

お世話になっております。日の出産業の百武です。
10月分のリース料請求書（請求書番号 MAL-INV-2610-08814）について確認させてください。

請求書に記載の登録番号が「T2180001047731」となっておりますが、
国税庁の公表サイトで検索すると、御社の登録番号は「T8010401098765」と表示されます。
インボイスとして処理するため、正しい登録番号での再発行をお願いできますでしょうか。

金額（税込 1,016,400円）には相違ございません。
""" + SIG_HYAKUTAKE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query with the lease company's T-numbers (corporate numbers): business data, no people",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "untenkanri-099",
        "subject": "社有車の相互利用（大崎地区）に関する覚書案",
        "sender": "鴨志田 恒一 <kamoshida@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 <soumu@kawasaki-denki-co.jp>"],
        "charset": "shift_jis",
        "body": """川崎電機株式会社
総務部　ご担当者様

いつもお世話になっております。日の出産業の鴨志田です。

先日お打合せした、大崎地区における社有車の相互利用（繁忙期の貸し借り）について、
覚書の骨子をお送りします。

　1. 対象車両：両社のライトバン各2台
　2. 利用時の事故：借主の自動車保険（他車運転特約）を優先適用
　3. 燃料：満タン返し
　4. アルコールチェック：借主側で実施・記録

ご意見をいただけましたら、正式な文案を作成いたします。
""" + SIG_KAMOSHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki-co.jp puts a hyphen for the dot of the partner kawasaki-denki.co.jp: look-alike",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "untenkanri-100",
        "subject": "車上荒らし被害（契約車両）のご報告とガラス修理について",
        "sender": "百武 亮太 <hyakutake@hinode-sangyo.co.jp>",
        "to": ["東海フリートサービス 車両管理センター <center@tokai-fleet.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """東海フリートサービス株式会社
車両管理センター　御中

お世話になっております。日の出産業の百武です。

契約車両 TF-1180519（大宮 300 ろ 82-55）が、11月13日夜、
さいたま市内のコインパーキングで車上荒らしの被害に遭いました。

・右後部ドアガラスが割られ、車内に置いていた
　運転者 我妻 一成の私物（カバン・財布・ノートPC）が盗まれました。
・我妻本人が大宮警察署に被害届を提出済み（受理番号 大宮 第2026-7741号）
・会社の書類等の盗難はありません

ガラス修理の手配と、車両保険の使用可否についてご指示をお願いいたします。
""" + SIG_HYAKUTAKE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names the employee who was the victim of a theft (crime victim) to the lease company",
    },
]
