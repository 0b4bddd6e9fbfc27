"""Blind evaluation corpus, area "byoketsu": sick leave and absence management at 日の出産業 —
doctors' notes (診断書) and 主治医 letters, 傷病手当金 claims to the health insurance society,
労災 absence, return-to-work programmes (復職判定・リワーク), income protection insurance (GLTD),
managers, the external 産業医, EAP and 社労士, with the ordinary mail around them that must go
(schedules, blank forms, aggregated statistics, NDAs, lists of clinics) and the near misses.
Written blind from bench/blind/BRIEF.md (and the names in SPEC.md) without reading mailguard's code."""

from build import card_number, my_number

SEED = 54601

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "byoketsu-001",
        "charset": "iso-2022-jp",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "傷病手当金申請のご相談（第二製造部 社員1名）",
        "body": """かすみ総合事務所
鬼頭 様

いつもお世話になっております。日の出産業 人事部労務課の横溝です。

第二製造部の社員について、傷病手当金の申請手続きをお願いしたくご連絡いたしました。

　対象者　：四十物 健太（あいもの けんた）　社員番号 H-20417
　傷病名　：腰椎椎間板ヘルニア（主治医の診断書より）
　休業期間：2025年9月8日～（当面4週間の療養見込み）
　手術予定：9月下旬に内視鏡下髄核摘出術の予定とのことです

待期期間の3日間は年次有給休暇を充当済みです。
事業主証明欄は当方で記入いたしますので、療養担当者記入欄の取り付け方について
ご助言いただけますと幸いです。

何卒よろしくお願いいたします。

──────────────────
日の出産業株式会社 人事部 労務課
横溝 真理子（よこみぞ まりこ）
〒101-0047 東京都千代田区内神田3-14-8 日の出ビル6F
TEL 03-5432-7810 / FAX 03-5432-7819
──────────────────
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "One named employee's diagnosis and surgery plan sent to an outside 社労士: 要配慮個人情報 of one person.",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "byoketsu-002",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["保坂 先生 <hosaka@aozora-clinic.jp>"],
        "subject": "10月～12月 産業医訪問日程のご確認",
        "body": """あおぞら産業医クリニック
保坂 先生

いつも大変お世話になっております。
日の出産業 健康管理室の笹森です。

第3四半期の訪問日程を下記のとおり仮押さえいたしました。
ご都合の悪い日がございましたらお知らせください。

　10月16日（木）14:00～17:00　本社6階 第2会議室
　11月13日（木）14:00～17:00　川越工場 厚生棟 小会議室
　12月11日（木）14:00～17:00　本社6階 第2会議室

各回とも、前半は職場巡視、後半は面談枠（最大4枠）を予定しております。
面談対象者は前週の金曜日までに別途ご連絡いたします。

引き続きよろしくお願い申し上げます。

-- 
日の出産業株式会社 人事部 健康管理室
保健師　笹森 由香
TEL: 03-5432-7840（直通）

本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Visit schedule to the contracted occupational physician; no one's data, standard disclaimer only.",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "byoketsu-003",
        "charset": "cp932",
        "sender": "桐生 隆之 <kiryu.takayuki@hinode-sangyo.co.jp>",
        "to": ["関東製造業健康保険組合 給付課 <kyufu@kanto-seizo-kenpo.or.jp>"],
        "subject": "傷病手当金 申請予定者一覧（10月提出分）",
        "body": """関東製造業健康保険組合
給付課 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部労務課の桐生でございます。

10月にまとめて提出予定の傷病手当金支給申請について、
事前確認用の一覧を添付にてお送りいたします。
継続申請の方と初回申請の方が混在しておりますので、
初回の方について必要書類に不足がないかご確認いただけますと幸いです。

よろしくお願いいたします。

日の出産業株式会社
人事部 労務課 係長　桐生 隆之
TEL 03-5432-7811
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "傷病手当金_申請予定_202510.xlsx",
                "sheets": {
                    "申請予定": [
                        ["傷病手当金 申請予定者一覧（2025年10月提出分）　日の出産業株式会社"],
                        [],
                        ["区分", "記号", "番号", "氏名", "生年月日", "傷病名", "休業開始日", "申請対象期間"],
                        ["継続", "812", "1047", "御手洗 聡", "1979/02/14", "うつ病", "2025/06/02", "9/1～9/30"],
                        ["継続", "812", "2285", "保科 千晶", "1986/10/30", "乳がん（術後）", "2025/07/14", "9/1～9/30"],
                        ["初回", "812", "3319", "鬼塚 亮介", "1992/05/07", "右脛骨骨折", "2025/09/03", "9/6～9/30"],
                        ["初回", "812", "0964", "勅使河原 恵", "1975/12/22", "適応障害", "2025/09/10", "9/13～9/30"],
                        ["継続", "812", "4410", "乙坂 大樹", "1983/08/01", "脳梗塞後遺症", "2025/04/21", "9/1～9/30"],
                        ["初回", "813", "0152", "栗栖 まどか", "1997/03/11", "潰瘍性大腸炎", "2025/09/16", "9/19～9/30"],
                    ],
                    "備考": [
                        ["※初回の方は療養担当者記入欄を医療機関に依頼中です"],
                        ["※継続の方の賃金台帳写しは別途郵送します"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX list of six employees with 保険証記号・番号, birth dates and diagnoses to the health insurance society.",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "byoketsu-004",
        "charset": "iso-2022-jp",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["武藤 英二 <muto.eiji@hinode-sangyo.co.jp>", "汐見 康弘 <shiomi.yasuhiro@hinode-sangyo.co.jp>"],
        "cc": ["乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】休職者の状況（9月末時点）",
        "body": """武藤課長、汐見部長

お疲れさまです。健康管理室の笹森です。
各部門の休職者について、9月末時点の状況を共有します。
（本人の同意範囲内での共有です。転送はお控えください）

■第二製造部
　・四十物 健太さん　腰椎椎間板ヘルニア　9/8～　術後リハビリ中、11月上旬復職見込み
　・鬼塚 亮介さん　　右脛骨骨折　　　　　9/3～　ギプス固定中、復職時期未定

■東日本営業部
　・羽賀 翔太さん　　適応障害　　　　　　9/22～　主治医より2か月の療養指示
　・勅使河原 恵さん　適応障害　　　　　　9/10～　リワーク利用を検討中

復職にあたっては、産業医面談の前に所属長との面談をお願いすることになります。
日程が近づきましたら改めてご連絡します。

笹森
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Diagnoses of four employees, marked 社外秘, but every recipient is internal: nothing leaves.",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "byoketsu-005",
        "charset": "utf-8",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["給付課 小山内 様 <osanai@kanto-seizo-kenpo.or.jp>"],
        "subject": "傷病手当金支給申請書（被保険者記入用）のご確認依頼",
        "body": """関東製造業健康保険組合　給付課
小山内様

お世話になっております。日の出産業 労務課の雲財です。
昨日お電話でご相談した件、申請書の被保険者記入用ページをPDFにしましたので
記載内容に誤りがないかご確認をお願いいたします。
（原本は確認後に郵送いたします）

よろしくお願いいたします。

雲財 亮 / 日の出産業株式会社 人事部労務課
03-5432-7812
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "傷病手当金支給申請書_被保険者記入用.pdf",
                "title": "健康保険 傷病手当金 支給申請書",
                "lines": [
                    "健康保険 傷病手当金 支給申請書（被保険者記入用）",
                    "",
                    "被保険者証　記号 812　番号 5173",
                    "被保険者氏名　漆畑 美穂（ウルシバタ ミホ）",
                    "生年月日　1990年11月3日",
                    "個人番号　" + my_number(SEED + 1),
                    "住所　〒350-1123 埼玉県川越市脇田本町27-5 メゾン脇田203",
                    "電話　080-6613-2907",
                    "振込先　みどり銀行 川越支店 普通 4417209 ウルシバタ ミホ",
                    "",
                    "傷病名　右足関節外果骨折",
                    "発病・負傷年月日　2025年8月23日（休日に自宅階段で転倒）",
                    "療養のため休んだ期間　2025年8月25日～2025年9月21日",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Claim form PDF with one employee's My Number, insurance card number, bank account and injury.",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "byoketsu-006",
        "charset": "iso-2022-jp",
        "sender": "能登谷 健 <notoya.ken@hinode-sangyo.co.jp>",
        "to": ["保坂 先生 <hosaka@aozora-clinic.jp>"],
        "cc": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "10月度 衛生委員会の議題について",
        "body": """保坂先生
（cc: かすみ総合事務所 鬼頭様）

お世話になっております。安全衛生推進室の能登谷です。
10月度の衛生委員会（10/16 15:30～ 本社6F第2会議室）の議題案をお送りします。

　1. 長時間労働の状況（部署別集計、8月・9月）
　2. インフルエンザ予防接種の実施案内
　3. 休職・復職規程の改定について
　　　→ 鬼頭様より、試し出勤制度の他社事例をご紹介いただく予定です
　4. 職場巡視の結果報告（川越工場 梱包ライン）

3.については20分ほどお時間を頂戴できればと存じます。
資料は前日までに共有フォルダへ格納いたします。

以上、よろしくお願いいたします。

日の出産業株式会社 安全衛生推進室
能登谷 健　内線 2231 / 03-5432-7850
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Meeting agenda to the occupational physician with the 社労士 in Cc: two external organisations, no personal data.",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "byoketsu-007",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": [
            "保坂 先生 <hosaka@aozora-clinic.jp>",
            "こころEAP 相談室 <soudan@kokoro-eap.co.jp>",
            "ひばりリワークセンター <info@rework-hibari.jp>",
            "鬼頭 様 <kito@sr-kasumi.jp>",
        ],
        "subject": "第3回 復職支援連絡会の日程調整のお願い",
        "body": """関係各位

いつもお世話になっております。日の出産業 人事部の乙部です。

第3回の復職支援連絡会を11月中に開催したく、日程調整のお願いです。
下記候補のうち、ご都合のよい日時を10月10日（金）までにお知らせください。

　候補① 11月 5日（水）16:00～17:30
　候補② 11月 7日（金）10:00～11:30
　候補③ 11月12日（水）16:00～17:30

場所：弊社本社 6階 第1会議室（オンライン参加も可）
議題：試し出勤制度の運用状況、リワーク施設との情報連携の範囲について

個別の事例については当日資料でのみ扱い、事前のメール共有はいたしません。

以上よろしくお願いいたします。

乙部 正和
日の出産業株式会社 人事部 人事課長
TEL 03-5432-7801
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Four external organisations (clinic, EAP, rework centre, 社労士) visible to each other in To: should have been Bcc.",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "byoketsu-008",
        "charset": "cp932",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-lavv.jp>"],
        "subject": "休職期間満了の件（先日のご相談の続き）",
        "body": """白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の乙部です。

先日お電話でご相談いたしました、休職期間満了を迎える社員の件につきまして、
社内での資料準備が整いつつありますのでご報告いたします。

・就業規則（休職規程）の該当条文の抜粋
・休職発令通知および期間延長の通知（写し）
・主治医意見書の受領状況に関する経緯メモ

上記を来週前半にお持ちしたいと考えております。
10月14日（火）または15日（水）の午後でご都合はいかがでしょうか。

よろしくお願いいたします。

乙部
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Recipient domain shirakawa-lavv.jp imitates partner shirakawa-law.jp ('w' written as 'vv').",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "byoketsu-009",
        "charset": "utf-8",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["牧 様 <maki.junko@minato-hoken.co.jp>"],
        "subject": "GLTD窓口担当者変更のお知らせ",
        "body": """みなと保険サービス株式会社
法人営業部　牧 様

いつもお世話になっております。日の出産業の横溝です。

10月1日付の社内異動に伴い、団体長期障害所得補償保険（GLTD）に関する
弊社側の窓口を下記の者に変更させていただきます。

　人事部 労務課　雲財 亮（うんざい りょう）
　E-mail: unzai.ryo@hinode-sangyo.co.jp
　TEL: 03-5432-7812

9月中にご依頼済みの案件は、引き続き私が対応いたします。
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

横溝 真理子
日の出産業株式会社 人事部労務課
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Change of the company's own contact person (one business contact) for the insurance agent.",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "byoketsu-010",
        "charset": "iso-2022-jp",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["保坂 先生 <hosaka@aozora-clinic.jp>"],
        "subject": "復職判定面談（10/16）の事前資料",
        "body": """保坂先生

お世話になっております。健康管理室の笹森です。
10月16日の復職判定面談の対象者について、事前資料をお送りします。
主治医の復職可診断書（9/29付）の内容と、本人が記入した生活記録表の要約です。

ご確認のほどよろしくお願いいたします。

笹森 由香（保健師）
日の出産業株式会社 健康管理室　03-5432-7840
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "復職判定資料_物流部.docx",
                "title": "復職判定面談 事前資料",
                "paragraphs": [
                    "復職判定面談 事前資料",
                    "対象者：羽生 紗季（はにゅう さき）　物流部 川越センター",
                    "生年月日：平成4年7月19日",
                    "休職期間：2025年5月12日～（現在休職中）",
                    "主治医診断：うつ病エピソード（中等症）。9月29日付で「10月20日より復職可、当面残業不可」",
                    "服薬状況：SSRI継続中、睡眠導入剤は9月より中止",
                    "本人の希望：元の職場（出荷管理）への復帰を希望",
                ],
                "tables": [
                    [
                        ["週", "起床", "就寝", "日中の活動", "備考"],
                        ["9/1週", "7:30", "23:30", "図書館 3h", "午後に眠気"],
                        ["9/8週", "7:00", "23:00", "図書館 4h", "通勤練習開始"],
                        ["9/15週", "6:45", "23:00", "リワーク 5h", "集中力回復"],
                        ["9/22週", "6:30", "22:45", "リワーク 6h", "特記事項なし"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX with one named employee's depression diagnosis and medication to the external 産業医.",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "byoketsu-011",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["Prof. 有働 <udo.k@ohmi-u.ac.jp>"],
        "subject": "共同研究用 休業統計データ（2022～2024年度）",
        "body": """近江大学 公衆衛生学教室
有働 先生

いつもお世話になっております。日の出産業 人事部の乙部です。

共同研究でご依頼いただいた休業統計を、部門別・年度別に集計してお送りします。
個人が特定されないよう、5名未満のセルは「<5」と表記しております。

ご不明点がございましたらお知らせください。

乙部 正和
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "休業統計_FY2022-2024.xlsx",
                "sheets": {
                    "部門別": [
                        ["私傷病による休業（連続7日以上）部門別集計"],
                        ["年度", "部門", "在籍者数", "休業者数", "平均休業日数", "メンタル", "筋骨格系", "がん", "その他"],
                        ["2022", "製造", 412, 14, 63.2, 6, 5, "<5", "<5"],
                        ["2022", "物流", 188, 7, 48.9, "<5", "<5", "<5", "<5"],
                        ["2022", "営業・管理", 265, 9, 92.4, 6, "<5", "<5", "<5"],
                        ["2023", "製造", 405, 16, 58.0, 7, 6, "<5", "<5"],
                        ["2023", "物流", 192, 8, 51.3, "<5", "<5", "<5", "<5"],
                        ["2023", "営業・管理", 271, 11, 88.1, 8, "<5", "<5", "<5"],
                        ["2024", "製造", 398, 13, 61.7, 5, 5, "<5", "<5"],
                        ["2024", "物流", 201, 9, 45.5, "<5", 5, "<5", "<5"],
                        ["2024", "営業・管理", 280, 12, 97.6, 9, "<5", "<5", "<5"],
                    ],
                    "定義": [
                        ["項目", "定義"],
                        ["休業者数", "年度内に連続7日以上の私傷病休業を開始した人数"],
                        ["平均休業日数", "休業開始から復職または退職までの暦日数の平均"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregated absence statistics by department and year, small cells suppressed: no individual.",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "byoketsu-012",
        "charset": "cp932",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 団体契約課 <dantai@tokiwa-sonpo.co.jp>"],
        "cc": ["牧 様 <maki.junko@minato-hoken.co.jp>"],
        "subject": "GLTD更改　加入者明細データ送付の件",
        "body": """ときわ損害保険株式会社
団体契約課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部労務課の横溝でございます。

12月1日始期の団体長期障害所得補償保険の更改にあたり、
加入者明細（10月1日時点）をCSVにてお送りいたします。
年収は2024年分の源泉徴収票ベースで記載しております。

ご査収のほど、よろしくお願いいたします。

日の出産業株式会社 人事部 労務課
横溝 真理子
TEL 03-5432-7810
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "GLTD_kanyusha_20251001.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "フリガナ", "生年月日", "性別", "年収(千円)", "加入口数"],
                    ["H-10022", "小鳥遊 誠", "タカナシ マコト", "1971/04/09", "男", "9120", "6"],
                    ["H-10135", "東海林 奈緒", "ショウジ ナオ", "1984/01/27", "女", "6480", "4"],
                    ["H-10208", "百目鬼 徹", "ドウメキ トオル", "1968/11/15", "男", "10350", "7"],
                    ["H-10377", "簗瀬 由美子", "ヤナセ ユミコ", "1979/06/30", "女", "5870", "4"],
                    ["H-10419", "五十嵐 拓海", "イガラシ タクミ", "1993/09/02", "男", "4920", "3"],
                    ["H-10566", "羽賀 翔太", "ハガ ショウタ", "1990/12/18", "男", "5310", "3"],
                    ["H-10604", "能勢 しおり", "ノセ シオリ", "1996/03/24", "女", "4150", "3"],
                    ["H-10712", "蔀 恵子", "シトミ ケイコ", "1983/04/02", "女", "6020", "4"],
                    ["H-10803", "鬼頭 大輔", "キトウ ダイスケ", "1976/08/08", "男", "8240", "5"],
                    ["H-10951", "汐田 隼人", "シオタ ハヤト", "1988/05/13", "男", "5660", "4"],
                    ["H-11027", "有村 和香", "アリムラ ワカ", "1999/10/05", "女", "3780", "2"],
                    ["H-11140", "乾 宗一郎", "イヌイ ソウイチロウ", "1965/02/20", "男", "11020", "7"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "CSV enrolment list of twelve employees with birth dates and salaries sent to the insurer (and agent in Cc).",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "byoketsu-013",
        "charset": "utf-8",
        "sender": "桐生 隆之 <kiryu.takayuki@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "診断書写しの送付（パスワード別送）",
        "body": """鬼頭様

お世話になっております。日の出産業の桐生です。
休職延長の手続きに必要な診断書の写しを、ZIPファイルにてお送りします。
パスワードは別メールにてお送りいたします。

よろしくお願いいたします。

桐生
--
日の出産業株式会社 人事部労務課　係長　桐生 隆之
〒101-0047 東京都千代田区内神田3-14-8　TEL 03-5432-7811
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "診断書写し_20251003.zip",
                "password": "Hs7!qe29Lm",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "shindansho_01.pdf",
                        "lines": ["診断書", "氏名 御手洗 聡", "病名 うつ病", "上記により2025年12月末まで休業加療を要する。"],
                    },
                    {
                        "kind": "pdf",
                        "name": "shindansho_02.pdf",
                        "lines": ["診断書", "氏名 乙坂 大樹", "病名 脳梗塞後遺症", "引き続き3か月の療養を要する。"],
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP) of doctors' notes: the attachment cannot be inspected.",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "byoketsu-014",
        "charset": "iso-2022-jp",
        "sender": "桐生 隆之 <kiryu.takayuki@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "【パスワード】診断書写しの送付",
        "body": """鬼頭様

先ほどお送りした「診断書写し_20251003.zip」のパスワードをお知らせします。

　Hs7!qe29Lm

解凍できない場合はご連絡ください。

桐生
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The separate password mail of a PPAP pair: no attachment and no personal data.",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "byoketsu-015",
        "charset": "cp932",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "休職・復職規程 改定案のレビューご依頼",
        "body": """かすみ総合事務所
鬼頭様

お世話になっております。日の出産業 人事部の乙部です。

先日の打合せを踏まえ、休職・復職規程の改定案（第2版）を作成しました。
主な変更点は以下の3点です。

　(1) 休職期間の通算規定（同一・類似傷病で復職後6か月以内の再休職は通算）
　(2) 試し出勤（リハビリ出勤）制度の新設と、その間の処遇
　(3) 復職判定における産業医意見の位置づけの明確化

労基法・判例との整合性の観点からご確認いただけますと幸いです。
11月の取締役会に付議する予定のため、10月24日頃までにコメントを頂戴できれば助かります。

乙部 正和
日の出産業株式会社 人事部 人事課長　TEL 03-5432-7801
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "休職復職規程_改定案v2.docx",
                "title": "休職・復職規程（改定案）",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 人事部　2025.10 改定案 第2版",
                "paragraphs": [
                    "休職・復職規程（改定案）",
                    "第1条（目的）この規程は、就業規則第32条に基づき、社員の休職および復職に関する事項を定める。",
                    "第4条（休職期間）私傷病休職の期間は、勤続年数に応じ次のとおりとする。",
                    "第5条（期間の通算）復職後6か月以内に同一または類似の傷病により欠勤した場合、前後の休職期間を通算する。",
                    "第8条（試し出勤）会社は、復職の可否を判断するため、休職期間中に最長4週間の試し出勤を認めることがある。",
                    "第9条（復職の判定）復職の可否は、主治医の診断書および産業医の意見を踏まえ、会社が判断する。",
                ],
                "tables": [
                    [
                        ["勤続年数", "休職期間"],
                        ["1年未満", "3か月"],
                        ["1年以上5年未満", "12か月"],
                        ["5年以上", "18か月"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX draft regulation stamped 社外秘 in its page header, sent outside to the 社労士.",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "byoketsu-016",
        "charset": "utf-8",
        "sender": "大橋 沙織 <ohashi.saori@hinode-sangyo.co.jp>",
        "to": ["こころEAPサービス 営業部 <sales@kokoro-eap.co.jp>"],
        "subject": "Re: 秘密保持契約書（案）のご送付",
        "body": """こころEAPサービス株式会社
営業部 ご担当者様

お世話になっております。日の出産業 総務部の大橋です。
秘密保持契約書（案）をお送りいただきありがとうございました。

弊社法務で確認し、以下2点の修正をお願いしたく、修正履歴版を添付いたします。

　・第3条：「秘密情報」の定義に、相談者から取得した個人情報を明記
　・第9条：契約終了後の秘密保持義務の存続期間を3年→5年

上記でご了承いただけましたら、押印版を2部郵送いたします。
よろしくお願いいたします。

大橋 沙織
日の出産業株式会社 総務部 総務課
TEL 03-5432-7700 / FAX 03-5432-7709

> 秘密保持契約書（案）をお送りいたします。
> ご確認のほどよろしくお願いいたします。
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_修正案_日の出産業.docx",
                "title": "秘密保持契約書",
                "paragraphs": [
                    "秘密保持契約書",
                    "日の出産業株式会社（以下「甲」という）とこころEAPサービス株式会社（以下「乙」という）は、従業員支援プログラムの提供に関し、次のとおり秘密保持契約を締結する。",
                    "第3条（秘密情報）本契約において秘密情報とは、甲が乙に開示した技術上・営業上の情報、および乙が相談者から取得した個人情報をいう。",
                    "第6条（目的外使用の禁止）乙は、秘密情報を本契約の目的以外に使用してはならない。",
                    "第9条（存続期間）本契約終了後も5年間、第3条から第6条の規定は効力を有する。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA with the EAP vendor and the contract draft itself: the word 秘密 is content, not a marking.",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "byoketsu-017",
        "charset": "iso-2022-jp",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["漆戸 様 <urushido@sr-kasumi.jp>"],
        "subject": "障害厚生年金の請求手続きについて（ご依頼）",
        "body": """かすみ総合事務所
漆戸 様

お世話になっております。日の出産業 労務課の雲財です。

休職中の社員より、障害厚生年金の請求を社労士の先生にお願いしたいとの
申出がありましたので、ご本人の同意を得たうえで情報をお送りします。

　氏名　　　　：五百旗頭 真一（いおきべ しんいち）
　生年月日　　：昭和４８年１２月５日
　基礎年金番号：４１０２－６６３８１９
　初診日　　　：令和５年１１月２８日（清涼会病院 脳神経外科）
　傷病名　　　：脳出血後遺症（右片麻痺、構音障害）
　現在の状況　：身体障害者手帳２級を申請中

ご本人との面談日程は、直接ご本人の携帯にご連絡いただく形で問題ございません。

何卒よろしくお願いいたします。

雲財 亮
日の出産業株式会社 人事部労務課　TEL 03-5432-7812
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "One employee's 基礎年金番号 (full-width), birth date and disability diagnosis to the 社労士.",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "byoketsu-018",
        "charset": "cp932",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["北町メンタルクリニック 院長 <inchou@kita-mental.jp>"],
        "subject": "Re: 診療情報提供書の件",
        "body": """北町メンタルクリニック
鶴見 先生

ご多忙のところ、診療情報のご提供をいただきありがとうございました。
拝受いたしました。
頂いた内容を踏まえ、産業医面談の日程を調整のうえ改めてご報告いたします。

引き続きよろしくお願い申し上げます。

日の出産業株式会社 健康管理室
保健師 笹森 由香
TEL 03-5432-7840

> 日の出産業株式会社 健康管理室 笹森様
>
> いつもお世話になっております。
> ご依頼の件、ご本人の同意を得ましたのでご報告いたします。
>
> 患者氏名：勅使河原 恵 様
> 診断名　：適応障害（F43.2）
> 経過　　：9月初旬より不眠・抑うつ気分。現在は睡眠の改善傾向あり。
> 就労に関する意見：11月以降、短時間勤務からの段階的復職が望ましい。
>
> 北町メンタルクリニック 院長 鶴見
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply whose only medical details are in the quoted text from the clinic itself; the new text carries none.",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "byoketsu-019",
        "charset": "utf-8",
        "sender": "武藤 英二 <muto.eiji@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 井ノ口 様 <inokuchi.s@kawasaki-denki.co.jp>"],
        "subject": "FW: 就業上の措置に関する意見書（曽我部さん）",
        "body": """川崎電機株式会社
人事部 井ノ口様

お世話になっております。日の出産業 第二製造部の武藤です。
貴社から出向いただいている曽我部さんについて、弊社産業医より下記の意見が出ましたので
出向元としてご承知おきいただきたく、転送いたします。

-------- 転送メッセージ --------
差出人: 笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>
日付: 2025年10月2日 17:41
件名: 就業上の措置に関する意見書（曽我部さん）

武藤課長

産業医面談（10/2）の結果、以下の就業制限が必要との意見です。

　対象者：曽我部 浩二さん（第二製造部 成形課）
　所見　：健診で高血圧症（180/110）および心電図異常。精密検査で狭心症の疑い。
　措置　：時間外労働の禁止、夜勤・交替勤務からの除外（当面3か月）
　　　　　重量物（20kg以上）の取扱い禁止

専門医受診の結果が出次第、措置を見直します。

健康管理室 笹森
------------------------------

ご不明点がございましたらお知らせください。

武藤 英二
日の出産業株式会社 第二製造部 課長
川越工場 TEL 049-277-3105
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Forward (new text to the recipient) of a 産業医 opinion with one seconded employee's health check findings, to a partner.",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "byoketsu-020",
        "charset": "iso-2022-jp",
        "sender": "汐見 康弘 <shiomi.yasuhiro@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 購買部 菅生 様 <sugo.t@kitaguni-foods.co.jp>"],
        "subject": "弊社担当者変更のお知らせ",
        "body": """北国フーズ株式会社
購買部　菅生 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 東日本営業部の汐見でございます。

貴社を担当しております羽賀が体調を崩し、医師の指示により
しばらく療養に専念することとなりました。
ご迷惑をおかけし誠に申し訳ございません。

療養期間中は、下記の者が後任として対応させていただきます。

　東日本営業部　能勢 しおり
　TEL 03-5432-7622 / nose.shiori@hinode-sangyo.co.jp

近日中に能勢とともにご挨拶に伺えればと存じます。
今後ともよろしくお願い申し上げます。

日の出産業株式会社 東日本営業部 部長
汐見 康弘
""",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "Tells a customer a named colleague is off sick on doctor's orders (no diagnosis): ordinary notice or health information, judgement call.",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "byoketsu-021",
        "charset": "iso-2022-jp",
        "sender": "能登谷 健 <notoya.ken@hinode-sangyo.co.jp>",
        "to": ["保坂 先生 <hosaka@aozora-clinic.jp>"],
        "subject": "長時間労働者の面接指導 対象者（9月実績）",
        "body": """保坂先生

お世話になっております。安全衛生推進室の能登谷です。
9月の時間外・休日労働が80時間を超えた者、および本人申出のあった者は以下のとおりです。
10月16日の訪問時に面接指導をお願いできますでしょうか。

所属              氏名          社員番号   時間外(9月)  時間外(8月)  申出  メール
----------------------------------------------------------------------------------------------
経理部            漆原 光太郎   H-10288    96.5h        88.0h        有    urushibara.kotaro@hinode-sangyo.co.jp
経理部            能勢 しおり   H-10604    82.0h        61.5h        無    nose.shiori@hinode-sangyo.co.jp
情報システム部    栗栖 正人     H-10830    104.0h       97.5h        有    kurusu.masato@hinode-sangyo.co.jp
第二製造部        鬼塚 亮介     H-10915    81.5h        79.0h        無    onizuka.ryosuke@hinode-sangyo.co.jp
東日本営業部      汐田 隼人     H-10951    88.5h        84.0h        有    shiota.hayato@hinode-sangyo.co.jp
物流部            乾 宗一郎     H-11140    92.0h        90.5h        無    inui.soichiro@hinode-sangyo.co.jp

面談時間は1人20分程度を想定しています。

能登谷
安全衛生推進室　内線2231
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Padded-column list of six employees with staff numbers, overtime hours and e-mail addresses to the external physician.",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "byoketsu-022",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["保坂 先生 <hosaka@aozora-clinic.jp>"],
        "subject": "ストレスチェック後の面接指導申出について",
        "body": """保坂先生

お世話になっております。健康管理室の笹森です。

9月実施のストレスチェックで高ストレス者と判定された方のうち、
下記の方から面接指導の申出がありました。

　氏名：漆原 光太郎 さん（経理部 主任）
　判定：高ストレス（心身のストレス反応 合計点 77、仕事の量的負担 高）
　本人の訴え：8月頃から寝つきが悪く、朝の動悸がある
　連絡先（本人携帯）：090-4728-1163

ご本人は社内で面談していることを知られたくないとのことで、
面談場所は本社ではなく貴院でお願いできればと存じます。

何卒よろしくお願いいたします。

笹森
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Stress check result (health check data) and symptoms of one named employee, with his mobile, to an outside clinic.",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "byoketsu-023",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["こころEAP 相談室 <soudan@kokoro-eap.co.jp>"],
        "subject": "川越工場周辺の紹介先医療機関リスト",
        "html": """<html><body style="font-family:'メイリオ',sans-serif;font-size:10pt">
<p>こころEAPサービス 相談室 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 健康管理室の笹森です。<br>
ご相談者を医療機関へおつなぎいただく際の紹介先として、川越工場周辺の医療機関を一覧にしました。
貴社の紹介先リストに追加いただけますでしょうか。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>医療機関名</th><th>診療科</th><th>所在地</th><th>電話</th><th>備考</th></tr>
<tr><td>かわごえ心療内科クリニック</td><td>心療内科・精神科</td><td>埼玉県川越市新富町2-11-4 3F</td><td>049-225-7031</td><td>土曜午前診療</td></tr>
<tr><td>霞ヶ関こころのクリニック</td><td>精神科</td><td>埼玉県川越市霞ケ関北5-3-18</td><td>049-238-4412</td><td>リワークデイケア併設</td></tr>
<tr><td>医療法人清涼会 清涼会病院</td><td>脳神経外科・整形外科・精神科</td><td>埼玉県川越市脇田新町1-22</td><td>049-241-8800</td><td>夜間救急あり</td></tr>
<tr><td>的場メンタルクリニック</td><td>心療内科</td><td>埼玉県川越市的場2-7-9</td><td>049-232-6150</td><td>予約制</td></tr>
<tr><td>鶴ヶ島睡眠クリニック</td><td>睡眠外来</td><td>埼玉県鶴ヶ島市上広谷14-6</td><td>049-271-3309</td><td>初診は紹介状推奨</td></tr>
</table>
<p>情報は10月1日時点で各院のウェブサイトにて確認したものです。</p>
<p>--<br>日の出産業株式会社 健康管理室　保健師 笹森 由香<br>TEL 03-5432-7840</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of clinics with their switchboards and addresses: a list of businesses, not people.",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "byoketsu-024",
        "charset": "cp932",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["乙部 正和 <otobe.masakazu@hinode-sanygo.co.jp>"],
        "subject": "休職者月次報告（9月分）",
        "body": """乙部課長

お疲れさまです。横溝です。
9月分の休職者月次報告です。

【新規】
・羽賀 翔太（東日本営業部）9/22～　適応障害　診断書上2か月
【継続】
・御手洗 聡（経理部）6/2～　うつ病　12月末まで延長の診断書受領
・乙坂 大樹（品質保証部）4/21～　脳梗塞後遺症　リハビリ病院に転院

休職期間満了が近い者はおりません。
取締役会報告用の集計表は来週お送りします。

横溝
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "Meant for an internal colleague but addressed to hinode-sanygo.co.jp (letters swapped): diagnoses of three employees leave.",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "byoketsu-025",
        "charset": "iso-2022-jp",
        "sender": "大橋 沙織 <ohashi.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11/20 研修会場のご予約（予約金のお支払い）",
        "body": """さくらホテル
宴会予約係　ご担当者様

いつもお世話になっております。日の出産業 総務部の大橋です。
11月20日（木）の管理職向けラインケア研修の会場（鳳凰の間・スクール形式40名）につき、
予約金のお支払いを下記カードでお願いいたします。

　カード番号：""" + card_number(SEED + 101) + """
　有効期限　：08/28
　名義　　　：SAORI OHASHI（法人カード）
　金額　　　：55,000円（税込）

領収書の宛名は「日の出産業株式会社」でお願いいたします。

大橋 沙織
日の出産業株式会社 総務部総務課　TEL 03-5432-7700
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "A credit card number with expiry written into the mail to the hotel.",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "byoketsu-026",
        "charset": "utf-8",
        "sender": "大橋 沙織 <ohashi.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11/20 研修当日の進行表",
        "body": """さくらホテル 宴会予約係 ご担当者様

お世話になっております。日の出産業の大橋です。
11月20日の研修の進行表をお送りします。
休憩時間（14:30、16:00）にコーヒーのご用意をお願いいたします。
プロジェクター・ワイヤレスマイク2本の手配もあわせてお願いいたします。

大橋
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "ラインケア研修_進行表.pdf",
                "title": "管理職向けラインケア研修 進行表",
                "lines": [
                    "管理職向けラインケア研修　進行表（2025年11月20日　鳳凰の間）",
                    "",
                ],
                "table": [
                    ["時刻", "内容", "担当"],
                    ["13:00", "開会・趣旨説明", "人事部"],
                    ["13:10", "講義：部下の不調に気づくポイント", "あおぞら産業医クリニック"],
                    ["14:30", "休憩", ""],
                    ["14:45", "グループ演習：声かけのロールプレイ", "こころEAPサービス"],
                    ["16:00", "休憩", ""],
                    ["16:15", "復職支援における管理職の役割", "人事部"],
                    ["17:00", "閉会", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Training-day agenda PDF for the hotel: no personal data.",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "byoketsu-027",
        "charset": "cp932",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "9月分 休業日数集計の送付",
        "body": """鬼頭様

お世話になっております。日の出産業 労務課の雲財です。
9月分の休業日数集計をお送りします。
給与計算の締めに合わせ、10月8日までにご確認いただけますと助かります。

雲財
""",
        "attachments": [
            {"kind": "corrupt", "name": "休業日数集計_202509.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The XLSX attachment is corrupt and cannot be read.",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "byoketsu-028",
        "charset": "cp932",
        "sender": "能登谷 健 <notoya.ken@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11/20 研修当日の連絡先について",
        "body": """さくらホテル 宴会予約係 御中

お世話になっております。日の出産業の能登谷です。
11月20日の研修当日、会場設営から撤収までの弊社側の連絡先をお知らせします。
総務の大橋が不在の時間帯は、以下の者にご連絡ください。

　能登谷 健　　　０９０－３１８４－６６２０（設営・受付）
　笹森 由香　　　０８０－５５７２－０１４８（講師対応）
　雲財 亮　　　　０７０－２２０９－８４３５（撤収・精算）

よろしくお願いいたします。

日の出産業株式会社 安全衛生推進室　能登谷
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three staff mobiles (full-width digits) for the event day: fewer than five people, may be warned.",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "byoketsu-029",
        "charset": "iso-2022-jp",
        "sender": "能登谷 健 <notoya.ken@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>"],
        "subject": "【第一報】川越工場構内での荷役中の負傷事故について",
        "body": """青葉運輸株式会社
安全管理課 御中

いつもお世話になっております。日の出産業 安全衛生推進室の能登谷です。
本日、弊社川越工場の出荷バースにて、貴社乗務員の方が負傷される事故が発生しました。
第一報としてご報告いたします。

　発生日時：2025年10月6日（月）9時20分頃
　場所　　：川越工場 第3出荷バース
　負傷者　：貴社 川越営業所 乗務員　鳥海 直樹 様（４２歳）
　状況　　：パレット積込み中、フォークリフトのマストと荷台の間に右手を挟まれた
　受診先　：清涼会病院 整形外科
　診断　　：右橈骨遠位端骨折（全治約６週間、手術の要否は明日判断）

弊社フォークリフト運転者への聞き取りは本日中に実施いたします。
労働者死傷病報告の提出主体について、後ほどご相談させてください。

日の出産業株式会社 安全衛生推進室
能登谷 健　TEL 03-5432-7850 / 携帯 090-3184-6620
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named partner driver's injury and diagnosis in an accident report: 要配慮 (medical) data of one person.",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "byoketsu-030",
        "charset": "utf-8",
        "sender": "能登谷 健 <notoya.ken@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>"],
        "subject": "出荷バース事故の再発防止策について",
        "body": """青葉運輸株式会社 安全管理課 御中

お世話になっております。日の出産業の能登谷です。
10月6日の事故を受け、弊社で取りまとめた再発防止策をお送りします。
貴社乗務員の皆様への周知にご協力いただけますと幸いです。

能登谷
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "再発防止策_第3出荷バース.pdf",
                "title": "再発防止策報告書",
                "lines": [
                    "再発防止策報告書（川越工場 第3出荷バース）",
                    "1. 事故の概要：積込み作業中、協力会社乗務員1名がフォークリフトと荷台の間に手を挟まれ負傷。",
                    "2. 直接原因：フォークリフト稼働中に乗務員が荷台端部で荷の位置を手直ししていた。",
                    "3. 対策(1)：フォークリフト稼働中は荷台から1.5m以内への立入禁止（床面表示・バー設置）",
                    "4. 対策(2)：積込み時の合図者を配置し、合図があるまで乗務員は待機エリアで待機",
                    "5. 対策(3)：協力会社乗務員向けの構内ルール説明を入構時に毎回実施",
                    "6. 実施時期：10月20日より",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Prevention report that describes the accident without naming or identifying anyone.",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "byoketsu-031",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["武蔵野健診センター 受診管理 <jushin@musashino-kenshin.or.jp>"],
        "subject": "二次検査 未受診者の受診勧奨について",
        "body": """武蔵野健診センター
受診管理ご担当者様

お世話になっております。日の出産業 健康管理室の笹森です。

6月の定期健康診断で要精密検査となった方のうち、
9月末時点で二次検査の受診が確認できていない方の一覧をお送りします。
貴センターでの二次検査枠（11月）をご案内いただけますでしょうか。

よろしくお願いいたします。

笹森 由香
日の出産業株式会社 健康管理室 保健師
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "niji_mijushin_202509.csv",
                "encoding": "utf-8",
                "rows": [
                    ["受診券番号", "氏名", "生年月日", "性別", "判定項目", "判定", "所見"],
                    ["K25-04417", "百目鬼 徹", "1968-11-15", "男", "血糖", "D2", "HbA1c 7.9%"],
                    ["K25-04452", "東海林 奈緒", "1984-01-27", "女", "乳房", "D2", "右乳房 腫瘤影"],
                    ["K25-04503", "乾 宗一郎", "1965-02-20", "男", "心電図", "D2", "心房細動の疑い"],
                    ["K25-04561", "汐田 隼人", "1988-05-13", "男", "肝機能", "D2", "ALT 128"],
                    ["K25-04610", "有村 和香", "1999-10-05", "女", "貧血", "D2", "Hb 8.7"],
                    ["K25-04688", "小鳥遊 誠", "1971-04-09", "男", "胸部X線", "D2", "右上肺野 結節影"],
                    ["K25-04702", "栗栖 正人", "1985-07-31", "男", "血圧", "D2", "172/104"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of seven employees with birth dates and abnormal health check findings.",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "byoketsu-032",
        "charset": "iso-2022-jp",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["武蔵野健診センター 営業課 <eigyo@musashino-kenshin.or.jp>"],
        "subject": "2026年度 定期健康診断の実施計画（案）",
        "body": """武蔵野健診センター
営業課 ご担当者様

いつもお世話になっております。日の出産業の笹森です。
来年度の定期健康診断について、事業所ごとの実施計画（案）をお送りします。

　事業所　　　　　　　所在地　　　　　　　　　　　　　　受診予定人数　希望時期
　本社　　　　　　　　東京都千代田区内神田3-14-8　　　　　　　310名　　6月上旬
　川越工場　　　　　　埼玉県川越市芳野台2-8-41　　　　　　　　420名　　6月中旬（巡回）
　川越物流センター　　埼玉県川越市南台1-10-3　　　　　　　　　190名　　6月中旬（巡回）
　大阪営業所　　　　　大阪府大阪市淀川区西中島5-9-2　　　　　　 38名　　提携機関で個別受診

巡回健診バスの台数と、婦人科検診のオプション料金についてお見積りをお願いいたします。

笹森
日の出産業株式会社 健康管理室　03-5432-7840
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Sites with office addresses and head counts: a list of business locations, aggregated numbers only.",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "byoketsu-033",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "【取扱注意】長期休職者への対応方針（案）",
        "body": """取扱区分：取扱注意（社内および顧問弁護士限り）

白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 人事部の乙部です。

長期休職者への対応について、社内で整理した方針案をお送りします。
個別の事案ではなく、今後の運用の基本方針としてご意見を頂戴できれば幸いです。

1. 休職期間満了の3か月前に、本人へ書面で期間満了日と復職手続きを通知する
2. 復職可否の判断にあたっては、主治医の診断書に加え、産業医面談を必須とする
3. 主治医と産業医の意見が異なる場合は、本人同意のうえ主治医への照会を行う
4. 満了時に復職できない場合の退職扱いについて、事前に本人・家族へ説明の機会を設ける

特に3.と4.について、紛争予防の観点から留意すべき点をご教示ください。

乙部 正和
日の出産業株式会社 人事部 人事課長
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Mail classified 【取扱注意】 in subject and first line, sent outside (even to counsel).",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "byoketsu-034",
        "charset": "cp932",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 秘書 <hisho@shirakawa-law.jp>"],
        "subject": "ご相談日時の確定について",
        "body": """白川法律事務所
秘書ご担当者様

お世話になっております。日の出産業の乙部です。
白川先生とのご相談日時につきまして、10月15日（水）15時より承知いたしました。

機密性の高いご相談となりますので、資料はメールではお送りせず、
当日紙でお持ちいたします。弊社からは乙部と労務課の横溝の2名で伺います。

よろしくお願いいたします。

乙部 正和
日の出産業株式会社 人事部
〒101-0047 東京都千代田区内神田3-14-8　TEL 03-5432-7801
------------------------------------------------------------
本メールおよび添付ファイルには機密情報が含まれている場合があります。
宛先に心当たりのない方は、破棄のうえ送信者までご連絡ください。
------------------------------------------------------------
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Appointment confirmation; 機密 appears only as a mention and in the standard disclaimer, not as a marking.",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "byoketsu-035",
        "charset": "utf-8",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["椎名 様 <shiina@sr-kasumi.jp>"],
        "subject": "外国籍社員の休職と在留期間更新について",
        "body": """かすみ総合事務所
椎名 様

いつもお世話になっております。日の出産業 労務課の雲財です。

9月から私傷病で休職している外国籍社員について、在留期間の更新時期が近づいております。
休職中の更新申請で留意すべき点があればご教示いただけますでしょうか。

　氏名　　　：NGUYEN VAN THANH（グエン ヴァン タイン）
　国籍　　　：ベトナム
　生年月日　：1996年8月21日
　在留資格　：技術・人文知識・国際業務
　在留カード番号：UH48207316KA
　在留期間満了日：2026年3月14日

ご本人は年内の復職を希望しており、会社としても雇用を継続する方針です。

雲財 亮
日の出産業株式会社 人事部 労務課
TEL 03-5432-7812
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "One employee's 在留カード番号 with birth date and nationality sent to the 社労士: an identity document number.",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "byoketsu-036",
        "charset": "utf-8",
        "sender": "Naoko Tsujimura <tsujimura.naoko@hinode-sangyo.co.jp>",
        "to": ["Emma Lindqvist <emma.lindqvist@nordlund-group.com>"],
        "subject": "Re: Sickness absence benchmarking – Japan figures",
        "body": """Dear Emma,

Thank you for your patience. Please find our figures for the group benchmarking below.

- Sickness absence rate FY2024 (days lost / scheduled working days): 2.1%
- Employees starting a sick leave of 7+ consecutive days: 34 (out of 879)
- Average length of those leaves: 71 days
- Return-to-work rate within 12 months: 82%

A few notes on the Japanese context, as you asked:
* Statutory sick pay does not exist as such. From day 4 of absence, the employee's health
  insurance society pays the "injury and sickness allowance" (shobyo teate-kin), roughly
  two thirds of daily pay, for up to 18 months.
* On top of that we have a group long-term disability (GLTD) policy that tops up income
  after the allowance ends.
* Our return-to-work process includes a trial commuting period of up to 4 weeks.

Happy to join a call next week if it helps.

Best regards,
Naoko

Naoko Tsujimura
HR Planning, Hinode Sangyo Co., Ltd.
3-14-8 Uchikanda, Chiyoda-ku, Tokyo 101-0047, Japan
Tel +81-3-5432-7805

On Mon, 29 Sep 2025 at 10:12, Emma Lindqvist wrote:
> Dear Naoko,
> Could you share the Japan figures for our sickness absence benchmarking by Friday?
> Kind regards, Emma
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregated absence statistics and policy description to a foreign partner: no individual.",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "byoketsu-037",
        "charset": "utf-8",
        "sender": "Naoko Tsujimura <tsujimura.naoko@hinode-sangyo.co.jp>",
        "to": ["Meridian LifeAssure Claims <claims@meridian-lifeassure.com>"],
        "subject": "Income protection claim notification – expatriate employee",
        "body": """Dear Claims Team,

Policy: MLA-GIP-77120 (Hinode Sangyo expatriate group income protection)

We would like to notify a new claim for one of our expatriate employees.

  Insured member : Mr. Takeshi IBUKI
  Date of birth  : 12 March 1978
  Assignment     : Hinode Sangyo (Thailand) Co., Ltd., Bangkok
  Diagnosis      : lumbar spinal stenosis with L4/L5 nerve root compression
  Treatment      : decompression surgery on 18 September 2025 at Samitivej Hospital
  Unable to work : since 8 September 2025; physician expects 3 months of rehabilitation

The attending physician's statement will follow by courier. Please let us know which
claim forms you require from the employer.

Kind regards,

Naoko Tsujimura
HR Planning, Hinode Sangyo Co., Ltd.
Tel +81-3-5432-7805

This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English claim notice with one named employee's birth date, diagnosis and surgery.",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "byoketsu-038",
        "charset": "cp932",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["牧 様 <maki.junko@minato-hoken.co.jp>"],
        "subject": "GLTD保険金請求（5名分）書類一式",
        "body": """みなと保険サービス株式会社
牧 様

お世話になっております。日の出産業 労務課の雲財です。
先日ご相談したGLTDの保険金請求について、5名分の請求明細と送付状をZIPにまとめました。
医師の診断書原本は本日レターパックで発送しております。

ご確認のほどよろしくお願いいたします。

――――――――――――――――
日の出産業株式会社 人事部 労務課
雲財 亮　TEL 03-5432-7812
――――――――――――――――
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "GLTD請求_202510.zip",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "請求明細.xlsx",
                        "sheets": {
                            "請求明細": [
                                ["GLTD 保険金請求明細　証券番号 GL-2024-118734"],
                                ["No", "被保険者名", "生年月日", "傷病名", "就業不能開始日", "振込先"],
                                [1, "御手洗 聡", "1979/02/14", "うつ病", "2025/06/02", "みどり銀行 本店営業部 普通 3092615"],
                                [2, "保科 千晶", "1986/10/30", "乳がん", "2025/07/14", "ゆうちょ銀行 〇一八店 普通 6612084"],
                                [3, "乙坂 大樹", "1983/08/01", "脳梗塞", "2025/04/21", "みどり銀行 川越支店 普通 1180447"],
                                [4, "五百旗頭 真一", "1973/12/05", "脳出血後遺症", "2024/11/28", "さきたま信用金庫 霞ヶ関支店 普通 0251736"],
                                [5, "勅使河原 恵", "1975/12/22", "適応障害", "2025/09/10", "みどり銀行 神田支店 普通 7734190"],
                            ]
                        },
                    },
                    {
                        "kind": "docx",
                        "name": "送付状.docx",
                        "paragraphs": ["送付状", "みなと保険サービス株式会社 御中", "GLTD保険金請求書類として下記を送付いたします。", "請求明細 1部（5名分）"],
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "ZIP with an XLSX of five claimants: birth dates, diagnoses and bank accounts.",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "byoketsu-039",
        "charset": "iso-2022-jp",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["牧 様 <maki.junko@minato-hoken.co.jp>"],
        "subject": "Re: GLTD更改のお見積りについて",
        "body": """牧様

お世話になっております。横溝です。
更改見積りをお送りいただきありがとうございました。内容を確認しました。

　証券番号　　：GL-2024-118734
　被保険者数　：212名（10月1日時点）
　月額保険料　：1,148,300円（前年比 +3.2%）
　てん補期間　：60歳まで（変更なし）

前年比の増加要因について、支払実績によるものか料率改定によるものか、
内訳をご教示いただけますでしょうか。社内稟議の説明に使用いたします。

よろしくお願いいたします。

横溝

-----Original Message-----
From: 牧 純子 <maki.junko@minato-hoken.co.jp>
Sent: Friday, October 3, 2025 6:02 PM
Subject: GLTD更改のお見積りについて

日の出産業株式会社 横溝様
いつもお世話になっております。更改のお見積りを添付にてお送りいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Policy number, head count and premium: business figures, no individual.",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "byoketsu-040",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": [
            "芦田 久美子 <kumiko.ashida.rn@gmail.com>",
            "井筒 さやか <sayaka.izutsu0817@gmail.com>",
            "Hiromi Kanazawa <hiromi.kanazawa.phn@gmail.com>",
        ],
        "subject": "11月 健康相談会のシフトご相談",
        "body": """芦田さん、井筒さん、金澤さん

いつもありがとうございます。日の出産業 健康管理室の笹森です。
11月の健康相談会（川越工場・物流センター）のシフトについてご相談です。

　11/6（木）川越工場　　　10:00～16:00　2名
　11/7（金）物流センター　10:00～15:00　1名
　11/27（木）川越工場　　 13:00～18:00　2名（夜勤者向け）

ご都合のつく日程を10/17までにお返事いただけますと助かります。
謝礼・交通費は従来どおりです。

笹森
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "Three private free-mail addresses visible to each other in To: three external parties, should have been Bcc.",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "byoketsu-041",
        "charset": "cp932",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["鬼塚 亮介 <ryo_oni.0507@yahoo.co.jp>"],
        "subject": "10月分 社会保険料（本人負担分）のお振込みについて",
        "body": """鬼塚 亮介 様

お疲れさまです。人事部労務課の横溝です。
休職期間中は給与からの控除ができないため、10月分の社会保険料（本人負担分）を
下記口座へお振込みいただけますでしょうか。

　金額　　：42,210円（健康保険料・厚生年金保険料の合計）
　振込期限：10月31日（金）
　振込先　：みどり銀行 神田支店 普通 0031847
　　　　　　ヒノデサンギョウ（カ）
　※振込人名義の前に社員番号「H10915」を入力してください

ご不明な点があれば、私（03-5432-7810）までご連絡ください。
どうぞご無理なさらないでください。

横溝 真理子
日の出産業株式会社 人事部労務課
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Payment instructions to one employee at his private address; only the company's account, no health details.",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "byoketsu-042",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["Saki Hanyu <saki.hanyu.719@gmail.com>"],
        "subject": "ご依頼の産業医意見書（写し）",
        "body": """羽生 紗季 様

健康管理室の笹森です。
先日ご依頼いただいた、10月16日の復職判定面談に関する産業医意見書の写しを
PDFでお送りします。ご本人の希望により、ご自宅のアドレスにお送りしております。

主治医の先生に見せていただく際にもお使いください。
ご不明な点があればいつでもご連絡ください。

笹森 由香（保健師）
日の出産業株式会社 健康管理室　03-5432-7840
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "産業医意見書_写し.pdf",
                "title": "復職に関する産業医意見書",
                "lines": [
                    "復職に関する産業医意見書（写し）",
                    "対象者：羽生 紗季　物流部 川越センター",
                    "面談日：2025年10月16日",
                    "主治医診断：うつ病エピソード（中等症）、寛解期",
                    "意見：10月20日より復職可。",
                    "就業上の配慮：最初の4週間は短時間勤務（9:30～15:30）、時間外労働・出張は不可。",
                    "フォローアップ：復職後2週・1か月・3か月に産業医面談を実施する。",
                    "あおぞら産業医クリニック　産業医 保坂 倫子",
                ],
            }
        ],
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "The employee's own diagnosis sent, at her request, to her own private address: the data subject is the recipient.",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "byoketsu-043",
        "charset": "iso-2022-jp",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["清涼会病院 医事課 <iji@seiryo-hp.or.jp>"],
        "subject": "入院中の弊社社員の保険資格について",
        "body": """医療法人清涼会 清涼会病院
医事課 ご担当者様

お世話になっております。日の出産業株式会社 人事部労務課の雲財と申します。
ご家族様から、貴院に入院中の弊社社員の保険証が見当たらないと伺いました。
資格確認のため、被保険者証の内容をお知らせいたします。

　患者氏名　：乙坂 大樹（おとさか だいき）様
　生年月日　：昭和５８年８月１日
　入院病棟　：回復期リハビリテーション病棟（脳梗塞後のリハビリ）
　保険者番号：０６１３９９２１（関東製造業健康保険組合）
　記号・番号：８１２・４４１０

再発行の被保険者証は、届き次第ご家族様経由でお届けします。

雲財 亮
日の出産業株式会社 人事部労務課　TEL 03-5432-7812
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Health insurance card number (full-width) of one employee, with birth date and his stroke rehabilitation.",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "byoketsu-044",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["川越工場 製造課長各位 <seizo-kacho@kawagoe.hinode-sangyo.co.jp>"],
        "cc": ["武藤 英二 <muto.eiji@mail.hinode-sangyo.co.jp>"],
        "subject": "就業制限者一覧の更新（10月）",
        "body": """製造課長各位

健康管理室の笹森です。
10月時点の就業制限者一覧を更新しました。シフト編成の際にご参照ください。
一覧は課長限りとし、職場での掲示や共有はしないでください。

笹森
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "就業制限者一覧_202510.xlsx",
                "sheets": {
                    "制限者": [
                        ["就業制限者一覧（2025年10月）川越工場"],
                        ["所属", "氏名", "制限内容", "理由", "期限"],
                        ["成形課", "曽我部 浩二", "時間外禁止・夜勤除外", "高血圧症・狭心症疑い", "2025/12/31"],
                        ["組立課", "鬼塚 亮介", "立ち作業2時間まで", "右脛骨骨折 術後", "2025/11/30"],
                        ["検査課", "能勢 美咲", "重量物10kg以下", "妊娠中", "出産まで"],
                        ["成形課", "四十物 健太", "重量物禁止", "腰椎椎間板ヘルニア 術後", "2026/01/31"],
                        ["梱包課", "乙坂 実", "高所作業禁止", "てんかん（服薬中）", "当面"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Work-restriction list with diagnoses, but To and Cc are internal subdomains of hinode-sangyo.co.jp.",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "byoketsu-045",
        "charset": "cp932",
        "sender": "武藤 英二 <muto.eiji@hinode-sangyo.co.jp>",
        "to": ["宮良 カウンセラー <miyara@kokoro-eap.co.jp>"],
        "subject": "部下への対応についてご相談（管理職相談）",
        "body": """こころEAPサービス
宮良様

先日の電話相談ではありがとうございました。日の出産業 第二製造部の武藤です。
その後の状況について、追加でご相談させてください。

組立課の鬼塚（29歳）ですが、骨折からの復帰を前に面談した際、
以前パニック障害で通院していたことがあり、最近また電車で発作が出そうになると
打ち明けてくれました。本人は会社に知られたくないと言いつつ、
通勤ルートを変えたいという相談もありました。

上司としてどこまで配慮してよいのか、産業医に伝えるべきかどうか迷っております。
次回の電話相談（10/14 18:00）までに、考え方を整理していただけると助かります。

武藤
日の出産業株式会社 第二製造部 課長
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Manager tells the outside EAP counsellor a named subordinate's history of panic disorder.",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "byoketsu-046",
        "charset": "iso-2022-jp",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["こころEAPサービス 営業部 <sales@kokoro-eap.co.jp>"],
        "subject": "9月分 EAP利用状況報告について",
        "body": """こころEAPサービス株式会社
営業部 ご担当者様

お世話になっております。日の出産業 人事部の乙部です。
9月分の利用状況報告をありがとうございました。
社内回覧用に管理画面から保存した報告ページを添付しますが、
「その他」の4件の内訳（法律相談・子育て等）が表示されておりません。
集計区分の追加が可能かご検討いただけますでしょうか。

乙部
""",
        "attachments": [
            {
                "kind": "html",
                "name": "EAP_report_202509.html",
                "html": """<html><head><meta charset="utf-8"><title>利用状況報告 2025年9月</title></head><body>
<h2>日の出産業株式会社様　EAP利用状況報告（2025年9月）</h2>
<table border="1"><tr><th>区分</th><th>件数</th><th>前月</th></tr>
<tr><td>メンタルヘルス（本人）</td><td>7</td><td>5</td></tr>
<tr><td>家族・介護</td><td>3</td><td>2</td></tr>
<tr><td>職場の人間関係</td><td>4</td><td>6</td></tr>
<tr><td>管理職相談</td><td>2</td><td>1</td></tr>
<tr><td>その他</td><td>4</td><td>3</td></tr>
<tr><th>合計</th><th>20</th><th>17</th></tr></table>
<p>※件数は延べ件数です。相談者個人を特定できる情報は含みません。</p>
</body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "EAP usage report with category counts only (saved HTML page): no individual.",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "byoketsu-047",
        "charset": "utf-8",
        "sender": "栗栖 正人 <kurusu.masato@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-systems.jp>"],
        "subject": "勤怠区分の追加設定について（問合せ番号 TS-58127）",
        "body": """ツバサシステム株式会社
サポートセンター ご担当者様

お世話になっております。日の出産業 情報システム部の栗栖です。

就業規則の改定に伴い、勤怠システムに以下の区分を追加したいと考えております。

　・「試し出勤」（出勤扱いにしない・交通費のみ支給）
　・「病気休暇（有給）」年5日
　・「休職（私傷病）」「休職（業務上）」の分離

マスタ設定で対応可能か、カスタマイズが必要かご教示ください。
12月1日からの運用開始を予定しております。

栗栖 正人
日の出産業株式会社 情報システム部　TEL 03-5432-7900
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-systems.jp has an added 's': a look-alike of partner tsubasa-system.jp.",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "byoketsu-048",
        "charset": "cp932",
        "sender": "栗栖 正人 <kurusu.masato@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "Re: 勤怠区分の追加設定について（問合せ番号 TS-58127）",
        "body": """ツバサシステム株式会社
サポートセンター 吉良様

ご回答ありがとうございました。日の出産業の栗栖です。
マスタ設定で対応可能とのこと、承知しました。
試験環境で区分を追加した画面のキャプチャを添付します。
「試し出勤」の集計先が「出勤日数」に入ってしまうようですので、
集計対象外にする設定箇所をご教示いただけますでしょうか。

栗栖

> 日の出産業株式会社 栗栖様
> お問合せの件、勤怠区分マスタの追加で対応可能です。
> 設定手順書を添付いたしますのでご確認ください。
""",
        "attachments": [
            {"kind": "png", "name": "kintai_kubun_test.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "System support question with a screenshot to the real partner domain: nothing personal.",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "byoketsu-049",
        "charset": "utf-8",
        "sender": "栗栖 正人 <kurusu.masato@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
        "subject": "休業中社員の移行データ（テスト投入用）",
        "body": """ツバサシステム株式会社 導入支援ご担当 様

お世話になっております。日の出産業の栗栖です。
新勤怠システムへの移行テスト用に、現在休業中の社員データを貼り付けます。
（CSV添付がブロックされるとのことでしたので本文に記載しています）

社員番号	氏名	生年月日	休業区分	開始日	終了予定日
H-10288	漆原 光太郎	1987/06/23	休職	2025/10/01	2025/12/31
H-10566	羽賀 翔太	1990/12/18	休職	2025/09/22	2025/11/21
H-10604	能勢 しおり	1996/03/24	育児休業	2025/04/01	2026/03/31
H-10712	蔀 恵子	1983/04/02	休職	2025/05/19	2026/05/18
H-10803	鬼頭 大輔	1976/08/08	介護休業	2025/09/01	2025/11/29
H-10915	鬼塚 亮介	1992/05/07	休職	2025/09/03	2025/11/30
H-11027	有村 和香	1999/10/05	産前産後休業	2025/08/18	2025/11/10
H-11140	乾 宗一郎	1965/02/20	介護休業	2025/10/06	2026/01/03

投入後、年休残日数の引継ぎに問題がないかあわせてご確認ください。

栗栖
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Tab-separated list of eight employees with birth dates and leave types pasted into the body.",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "byoketsu-050",
        "charset": "iso-2022-jp",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["ひばりリワークセンター 連携担当 <renkei@rework-hibari.jp>"],
        "subject": "弊社の復職支援プログラム（運用マニュアル）の共有",
        "body": """ひばりリワークセンター
連携ご担当者様

お世話になっております。日の出産業 人事部の乙部です。
先日の打合せでご要望のあった、弊社の復職支援プログラムの運用マニュアルをお送りします。
貴センターのプログラム終了後、弊社の試し出勤にどうつなげるかの検討にお役立てください。

乙部
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "復職支援プログラム運用マニュアル_v3.pdf",
                "title": "復職支援プログラム 運用マニュアル",
                "page_header": "部外秘",
                "page_footer": "Confidential - Hinode Sangyo HR",
                "lines": [
                    "復職支援プログラム 運用マニュアル（第3版）",
                    "1. 目的：私傷病により休職した社員の円滑な職場復帰と再発防止を図る。",
                    "2. ステップ1：主治医の復職可診断書の提出",
                    "3. ステップ2：産業医面談および所属長面談",
                    "4. ステップ3：試し出勤（最長4週間）",
                    "5. ステップ4：復職判定会議（人事・所属長・産業医）",
                    "6. ステップ5：復職後フォロー（2週・1か月・3か月・6か月）",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF manual stamped 部外秘 / Confidential on every page, sent outside.",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "byoketsu-051",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["ひばりリワークセンター 連携担当 <renkei@rework-hibari.jp>"],
        "subject": "見学のお願い（人事担当者2名）",
        "body": """ひばりリワークセンター 連携ご担当者様

お世話になっております。日の出産業の乙部です。

貴センターのプログラムについて理解を深めるため、
人事担当者2名で見学に伺いたく存じます。

　希望日：10月22日（水）午後、または10月24日（金）午前
　人数　：2名（人事部 乙部、健康管理室 笹森）

プログラム利用者の方のご迷惑にならない形で、
グループワークの様子を拝見できればありがたく存じます。

ご検討のほど、よろしくお願いいたします。

日の出産業株式会社 人事部 人事課長
乙部 正和　TEL 03-5432-7801
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Request to visit a rework centre: names of staff only, no personal data.",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "byoketsu-052",
        "charset": "cp932",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["ひばりリワークセンター 受付 <uketsuke@rework-hibari.jp>"],
        "subject": "リワークプログラム利用申込書の送付",
        "body": """ひばりリワークセンター
受付ご担当者様

お世話になっております。日の出産業 健康管理室の笹森です。
弊社社員の利用申込書（会社記入欄を含む）をお送りします。
主治医の紹介状はご本人が初回面談時に持参いたします。

よろしくお願いいたします。

笹森 由香
日の出産業株式会社 健康管理室 保健師　03-5432-7840
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "リワーク利用申込書_御手洗.docx",
                "title": "リワークプログラム利用申込書",
                "paragraphs": ["リワークプログラム利用申込書", "申込日：2025年10月7日"],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["氏名", "御手洗 聡（みたらい さとし）"],
                        ["生年月日", "1979年2月14日"],
                        ["住所", "〒167-0051 東京都杉並区荻窪4-29-11 パークサイド荻窪305"],
                        ["電話", "090-8127-4406"],
                        ["勤務先", "日の出産業株式会社 経理部"],
                        ["診断名", "うつ病（2025年5月発症、同年6月より休職）"],
                        ["通院先", "北町メンタルクリニック（主治医 鶴見医師）"],
                        ["服薬", "抗うつ薬・睡眠薬"],
                        ["会社記入欄", "休職期限 2026年6月1日。試し出勤制度あり。"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX application form with one employee's address, phone, birth date and depression diagnosis.",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "byoketsu-053",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["保健事業課 <hoken@kanto-seizo-kenpo.or.jp>"],
        "subject": "コラボヘルス連絡会 弊社報告資料",
        "body": """関東製造業健康保険組合
保健事業課 ご担当者様

お世話になっております。日の出産業の乙部です。
11月のコラボヘルス連絡会で弊社から報告する資料をお送りします。
数値はすべて集計値で、個人が特定される情報は含んでおりません。

乙部
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "コラボヘルス報告_日の出産業.pptx",
                "title": "休業者の状況と健康経営の取組み",
                "slides": [
                    ["休業者の状況と健康経営の取組み", "日の出産業株式会社 人事部", "2025年11月"],
                    ["私傷病休業者数の推移", "FY2022：30名", "FY2023：35名", "FY2024：34名", "うちメンタルヘルス不調が約6割"],
                    ["傷病手当金の受給状況", "延べ受給者数 FY2024：41名", "平均受給期間：2.6か月"],
                    ["取組み", "管理職ラインケア研修（年2回）", "試し出勤制度の新設", "EAPの利用促進（利用率 4.1%→6.3%）"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX slides with aggregated absence and allowance figures only.",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "byoketsu-054",
        "charset": "iso-2022-jp",
        "sender": "大橋 沙織 <ohashi.saori@hinode-sangyo.co.jp>",
        "to": ["ひかりリース 車両管理部 <sharyo@hikari-lease.co.jp>"],
        "subject": "運転者登録の一時停止について",
        "body": """ひかりリース株式会社
車両管理部 ご担当者様

いつもお世話になっております。日の出産業 総務部の大橋です。
社用車の運転者登録について、下記の者を一時停止扱いとしてください。

　氏名　　　　：汐田 隼人（しおた はやと）
　所属　　　　：東日本営業部
　運転免許証番号：第３０１１０２４５８７３６号
　対象車両　　：品川 300 た 48-17
　停止期間　　：2025年10月10日～再開の連絡まで

停止期間中の当該車両は、営業部の能勢を代替運転者として登録をお願いします。

大橋 沙織
日の出産業株式会社 総務部総務課　TEL 03-5432-7700
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "One employee's driving licence number (full-width, 12 digits) sent to the lease company.",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "byoketsu-055",
        "charset": "cp932",
        "sender": "大橋 沙織 <ohashi.saori@hinode-sangyo.co.jp>",
        "to": ["ひかりリース 車両管理部 <sharyo@hikari-lease.co.jp>"],
        "subject": "リース車両の一時返却について",
        "body": """ひかりリース株式会社
車両管理部 ご担当者様

お世話になっております。日の出産業の大橋です。
営業部員の長期不在に伴い、下記2台を一時返却したいと考えております。

　車両番号　　　　　　車種　　　　　　契約番号
　品川 300 た 48-17　プリウス　　　　HL-2023-07713
　所沢 500 に 22-09　プロボックス　　HL-2022-11286

中途返却時の精算方法と、再リース時の手続きについてご教示ください。

大橋
日の出産業株式会社 総務部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Company car plates and lease contract numbers: business data, no person.",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "byoketsu-056",
        "charset": "cp932",
        "sender": "能登谷 健 <notoya.ken@hinode-sangyo.co.jp>",
        "to": [
            "青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>",
            "川崎電機 川越事業所 総務 <kawagoe-soumu@kawasaki-denki.co.jp>",
            "北国フーズ 物流部 <butsuryu@kitaguni-foods.co.jp>",
        ],
        "subject": "川越工業団地 構内安全衛生協議会（9月）議事録",
        "body": """構内安全衛生協議会 各社ご担当者様

いつもお世話になっております。事務局の日の出産業 能登谷です。
9月25日に開催した協議会の議事録をお送りします。
内容にお気づきの点がございましたら、10月15日までにご連絡ください。

次回は12月18日（木）14時、会場は川崎電機様 川越事業所です。

日の出産業株式会社 安全衛生推進室　能登谷 健
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "構内安全衛生協議会_議事録_202509.docx",
                "title": "構内安全衛生協議会 議事録",
                "paragraphs": [
                    "川越工業団地 構内安全衛生協議会 議事録（2025年9月25日）",
                    "出席：青葉運輸、川崎電機、北国フーズ、日の出産業（事務局）",
                    "1. 各社の災害発生状況：休業災害1件（荷役中の挟まれ、休業4日以上）、不休災害2件",
                    "2. 熱中症対策の振り返り：WBGT計の増設、休憩所の冷房強化",
                    "3. 構内通行ルールの見直し：フォークリフト通路の一方通行化を10月から試行",
                    "4. 次回議題：冬季の転倒災害防止",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external companies visible to each other in To: three external parties, should have been Bcc.",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "byoketsu-057",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>"],
        "bcc": [
            "総務部 <soumu@kawasaki-denki.co.jp>",
            "人事部 <jinji@aoba-unyu.co.jp>",
            "人事総務課 <jinji@kitaguni-foods.co.jp>",
            "管理部 <kanri@nishiki-insatsu.co.jp>",
            "人事グループ <hr@tsubasa-system.jp>",
        ],
        "subject": "【ご案内】取引先様向け ラインケア公開講座（11/20）",
        "body": """お取引先各位

平素より大変お世話になっております。日の出産業株式会社 人事部の乙部でございます。
（本メールはBCCにて一斉にお送りしております）

弊社で実施する管理職向けラインケア研修の一部を、お取引先の皆様にも公開いたします。

　日時：2025年11月20日（木）13:00～15:00
　会場：さくらホテル 鳳凰の間（オンライン同時配信あり）
　内容：部下の不調のサインと声かけ／休職から復職までの流れ
　講師：あおぞら産業医クリニック 産業医
　参加費：無料（各社3名まで）

お申込みは11月7日までに、本メールへの返信でお願いいたします。

日の出産業株式会社 人事部
""",
        "html": """<html><body>
<p>お取引先各位</p>
<p>平素より大変お世話になっております。日の出産業株式会社 人事部の乙部でございます。<br>
（本メールはBCCにて一斉にお送りしております）</p>
<p>弊社で実施する管理職向けラインケア研修の一部を、お取引先の皆様にも公開いたします。</p>
<ul><li>日時：2025年11月20日（木）13:00～15:00</li>
<li>会場：さくらホテル 鳳凰の間（オンライン同時配信あり）</li>
<li>内容：部下の不調のサインと声かけ／休職から復職までの流れ</li>
<li>講師：あおぞら産業医クリニック 産業医</li>
<li>参加費：無料（各社3名まで）</li></ul>
<p>お申込みは11月7日までに、本メールへの返信でお願いいたします。</p>
<p>日の出産業株式会社 人事部</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Invitation to five partner companies correctly sent in Bcc (To is the sender): nobody sees the others.",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "byoketsu-058",
        "charset": "iso-2022-jp",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "労災（休業補償給付）の計算シート",
        "body": """鬼頭様

お世話になっております。日の出産業の雲財です。
川越工場で発生した業務災害について、休業補償給付請求（様式第8号）の
平均賃金と休業日数の計算シートを作成しました。
旧形式のExcelで恐縮ですが、ご確認をお願いいたします。

雲財
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "kyugyo_hosho_keisan.xls",
                "sheets": {
                    "計算": [
                        ["休業補償給付 計算シート"],
                        ["被災労働者", "有働 克也"],
                        ["所属", "川越工場 組立課"],
                        ["災害発生日", "2025/08/29"],
                        ["傷病名", "左膝半月板損傷（手術済）"],
                        ["平均賃金（3か月）", "12,846.15円"],
                        ["休業期間", "2025/08/30～2025/09/30"],
                        ["休業日数", 32],
                        ["待期（事業主補償）", "3日分 23,123円"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Legacy XLS with one injured worker's name and diagnosis sent to the 社労士.",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "byoketsu-059",
        "charset": "utf-8",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["かすみ総合事務所 経理 <keiri@sr-kasumi.jp>"],
        "subject": "Re: 9月分ご請求書の送付",
        "body": """社会保険労務士法人かすみ総合事務所
経理ご担当者様

お世話になっております。日の出産業の雲財です。
9月分のご請求書を受領いたしました。

　請求書番号：KS-2025-0917
　ご請求額　：165,000円（税込）
　適格請求書発行事業者登録番号：T3011001045872（確認済み）

10月末日にお振込み予定です。
今後ともよろしくお願いいたします。

雲財 亮
日の出産業株式会社 人事部労務課
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Invoice acknowledgement with the firm's registration (corporate) number: business data only.",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "byoketsu-060",
        "charset": "cp932",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
        "subject": "休職者の社会保険料 口座振替の新規登録依頼",
        "body": """株式会社みどり銀行
法人営業部 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の雲財です。
休職中で給与控除ができない社員の社会保険料について、口座振替の登録を
お願いしたく、下記5名分の情報をお送りいたします。

【1】
氏名：御手洗 聡
住所：東京都杉並区荻窪4-29-11 パークサイド荻窪305
口座：みどり銀行 本店営業部 普通 3092615

【2】
氏名：保科 千晶
住所：埼玉県川越市末広町1-8-3
口座：みどり銀行 川越支店 普通 5521870

【3】
氏名：乙坂 大樹
住所：埼玉県ふじみ野市大原2-1-16-402
口座：みどり銀行 川越支店 普通 1180447

【4】
氏名：羽賀 翔太
住所：東京都板橋区常盤台3-5-22
口座：みどり銀行 池袋支店 普通 8806134

【5】
氏名：蔀 恵子
住所：東京都練馬区石神井町6-17-9
口座：みどり銀行 神田支店 普通 2047751

振替日は毎月27日を希望いたします。
必要な申込書がございましたらお知らせください。

雲財 亮
日の出産業株式会社 人事部労務課　TEL 03-5432-7812
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "One block per person: five employees' home addresses and bank accounts to the bank.",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "byoketsu-061",
        "charset": "iso-2022-jp",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
        "subject": "総合振込データの締切時刻について",
        "body": """株式会社みどり銀行
法人営業部 ご担当者様

お世話になっております。日の出産業の雲財です。

健保組合から受け入れた付加給付を社員へ支払う総合振込について、
10月24日（金）支払分のデータ締切時刻を確認させてください。
従来どおり前営業日の15時でよろしいでしょうか。

また、件数が少ない月（10件未満）でも手数料体系は同じか、あわせてご教示ください。

雲財 亮
日の出産業株式会社 人事部労務課
TEL 03-5432-7812
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Question to the partner bank about a payment cut-off time: no personal data.",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "byoketsu-062",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["保坂 先生 <hosaka@aozora-clinic.jp>"],
        "subject": "復職判定会議資料（10/23）",
        "body": """保坂先生

お世話になっております。健康管理室の笹森です。
10月23日の復職判定会議の資料をお送りします。
PDFにはパスワードを設定しております。パスワードはいつもの方法でお伝えします。

笹森
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "復職判定会議資料_1023.pdf",
                "password": "aozora1023",
                "lines": [
                    "復職判定会議資料（2025年10月23日）",
                    "対象者1：羽生 紗季　うつ病エピソード　試し出勤の評価",
                    "対象者2：四十物 健太　腰椎椎間板ヘルニア術後　重量物作業の可否",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF: the attachment cannot be inspected.",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "byoketsu-063",
        "charset": "cp932",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["漆戸 様 <urushido@sr-kasumi.jp>"],
        "subject": "主治医からの連絡（休職延長の件）",
        "body": """漆戸様

お世話になっております。日の出産業の横溝です。
休職延長の手続きの件、主治医の先生から健康管理室宛に届いたメールを添付します。
延長期間の根拠としてこちらの内容で足りるかご判断いただけますでしょうか。

横溝
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "主治医からの連絡.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "北町メンタルクリニック 鶴見 <inchou@kita-mental.jp>",
                    "to": ["笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>"],
                    "subject": "羽賀 翔太様の療養期間について",
                    "body": """日の出産業株式会社 健康管理室
笹森様

いつもお世話になっております。北町メンタルクリニックの鶴見です。
ご本人の同意を得て、療養期間についてお知らせします。

患者氏名：羽賀 翔太 様（35歳）
診断名　：適応障害、不眠症
経過　　：抑うつ気分は軽減しているが、通勤を想定した外出で動悸が出現する
意見　　：当初の予定（11月21日まで）から1か月延長し、12月21日までの療養を要する

診断書は次回受診時（10月28日）に発行いたします。

北町メンタルクリニック 院長 鶴見
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Attached .eml from the treating clinic with one employee's diagnosis: forwarded to the 社労士, new to them.",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "byoketsu-064",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["保坂 先生 <hosaka@aozora-clinic.jp>"],
        "subject": "RE: 10/16 面談結果のご報告",
        "body": """保坂先生

ご報告ありがとうございました。承知いたしました。
所属長への就業上の配慮の伝達は、明日私から行います。
1か月後のフォロー面談は11月13日の訪問時に枠を確保しておきます。

笹森

-----Original Message-----
From: 保坂 倫子 <hosaka@aozora-clinic.jp>
Sent: Thursday, October 16, 2025 7:48 PM
To: 笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>
Subject: 10/16 面談結果のご報告

笹森さん

本日の面談結果です。

・保科 千晶さん：乳がん術後、化学療法終了。倦怠感は残るが復職可。
　当面の配慮：時短勤務（6時間）、月1回の通院日の休暇取得
・漆原 光太郎さん：不眠と動悸の訴え継続。睡眠障害の疑いで専門医受診を勧奨。
　時間外労働は月20時間以内に制限が望ましい。

保坂
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply to the physician; the diagnoses sit only under -----Original Message----- quoted from her own mail.",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "byoketsu-065",
        "charset": "iso-2022-jp",
        "sender": "桐生 隆之 <kiryu.takayuki@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "Fw: 10/16 面談結果のご報告",
        "body": """鬼頭様

お世話になっております。桐生です。
時間外労働の上限を個別に設定する場合の36協定上の扱いについてご相談したく、
産業医からの報告を転送いたします。2人目の方についてです。

桐生

---------- Forwarded message ---------
From: 保坂 倫子 <hosaka@aozora-clinic.jp>
Date: 2025年10月16日(木) 19:48
Subject: 10/16 面談結果のご報告
To: 笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>

笹森さん

本日の面談結果です。

・保科 千晶さん：乳がん術後、化学療法終了。倦怠感は残るが復職可。
　当面の配慮：時短勤務（6時間）、月1回の通院日の休暇取得
・漆原 光太郎さん：不眠と動悸の訴え継続。睡眠障害の疑いで専門医受診を勧奨。
　時間外労働は月20時間以内に制限が望ましい。

保坂
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Forward of the physician's report (cancer, sleep disorder of two named employees) to the 社労士: a forward counts.",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "byoketsu-066",
        "charset": "cp932",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["芦田 久美子 <kumiko.ashida.rn@gmail.com>"],
        "subject": "健康相談会の謝礼と来年度のご契約について",
        "body": """芦田さん

いつもありがとうございます。日の出産業の笹森です。

9月の健康相談会（2回分）の謝礼は、10月25日にご指定の口座へお振込みいたします。
また、来年度も引き続き業務委託契約をお願いしたく、契約書案を近日中に郵送します。
条件は今年度と同じ（半日 25,000円＋交通費実費）です。

何かございましたらお知らせください。

笹森 由香
日の出産業株式会社 健康管理室
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One free-mail recipient (a freelance nurse), payment and contract logistics, no personal data.",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "byoketsu-067",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["すこやか保健指導 業務課 <gyomu@sukoyaka-hoken.co.jp>"],
        "subject": "特定保健指導 対象者リスト（第2期）",
        "body": """すこやか保健指導株式会社
業務課 ご担当者様

お世話になっております。日の出産業 健康管理室の笹森です。
第2期の特定保健指導（積極的支援・動機付け支援）の対象者リストをお送りします。
初回面談の日程調整をお願いいたします。

笹森
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "特定保健指導_対象者_第2期.xlsx",
                "sheets": {
                    "対象者": [
                        ["特定保健指導 対象者一覧（2025年度 第2期）　日の出産業株式会社"],
                        ["記号", "番号", "氏名", "性別", "生年月日", "区分", "腹囲", "HbA1c", "血圧"],
                        ["812", "1309", "百目鬼 徹", "男", "1968/11/15", "積極的支援", "97.5", "6.4", "148/96"],
                        ["812", "2841", "乾 宗一郎", "男", "1965/02/20", "動機付け支援", "91.0", "5.9", "138/88"],
                        ["812", "3377", "鬼頭 大輔", "男", "1976/08/08", "積極的支援", "102.3", "6.1", "152/98"],
                        ["812", "0588", "小鳥遊 誠", "男", "1971/04/09", "積極的支援", "94.8", "6.0", "144/92"],
                        ["812", "4126", "簗瀬 由美子", "女", "1979/06/30", "動機付け支援", "92.1", "5.8", "136/84"],
                        ["813", "0071", "汐田 隼人", "男", "1988/05/13", "動機付け支援", "88.4", "5.7", "141/90"],
                        ["813", "0219", "東海林 奈緒", "女", "1984/01/27", "動機付け支援", "90.6", "6.2", "128/82"],
                        ["813", "0355", "栗栖 正人", "男", "1985/07/31", "積極的支援", "99.0", "6.3", "172/104"],
                    ],
                    "面談希望": [
                        ["氏名", "希望曜日", "希望形式"],
                        ["百目鬼 徹", "火・木", "対面"],
                        ["鬼頭 大輔", "いつでも", "オンライン"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX of eight employees with insurance card numbers, birth dates and health check values.",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "byoketsu-068",
        "charset": "iso-2022-jp",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["すこやか保健指導 営業部 <eigyo@sukoyaka-hoken.co.jp>"],
        "subject": "特定保健指導の実施率と来年度の委託範囲について",
        "body": """すこやか保健指導株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の笹森です。
今年度第1期の実績をもとに、来年度の委託範囲についてご相談させてください。

　第1期 対象者　　：46名
　初回面談実施　　：39名（84.8%）
　6か月評価完了　：31名（67.4%）
　中断　　　　　　：8名（うち退職2名）

中断者の多くが交替勤務者のため、夜勤明けの時間帯やオンライン面談の拡充が可能か、
お見積りとあわせてご提案いただけますと幸いです。

笹森
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregated completion rates of a health guidance programme: statistics, no individual.",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "byoketsu-069",
        "charset": "cp932",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["給付課 小山内 様 <osanai@kanto-seizo-kenpo.or.jp>"],
        "subject": "Re: 傷病手当金申請書の記載不備について",
        "body": """小山内様

ご連絡ありがとうございます。日の出産業の雲財です。
ご指摘の個人番号欄の記載漏れにつきまして、本人に確認しましたので
取り急ぎメールにてお知らせいたします。

　被保険者氏名：鬼塚 亮介
　個人番号　　：""" + " ".join([my_number(SEED + 2)[i:i + 4] for i in (0, 4, 8)]) + """

訂正印を押した申請書は本日郵送いたします。
お手数をおかけして申し訳ございません。

雲財 亮
日の出産業株式会社 人事部労務課

> 日の出産業株式会社 雲財様
> 鬼塚様の申請書について、個人番号欄が未記入となっておりました。
> ご確認をお願いいたします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One employee's My Number written in the new text of a reply to the health insurance society.",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "byoketsu-070",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["牧 様 <maki.junko@minato-hoken.co.jp>"],
        "subject": "GLTD補償内容見直しの試算について",
        "body": """みなと保険サービス
牧様

お世話になっております。日の出産業の乙部です。
来年度のGLTD補償内容の見直しにあたり、社内で試算した資料をお送りします。
てん補期間を65歳まで延長した場合の保険料について、
この前提でお見積りいただけますでしょうか。

乙部
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "GLTD見直し試算.xlsx",
                "title": "極秘 GLTD見直し試算",
                "page_header": "極秘",
                "sheets": {
                    "試算": [
                        ["【極秘】GLTD補償内容見直し試算（経営会議資料）"],
                        ["案", "てん補期間", "補償割合", "被保険者数", "年間保険料（千円）", "前年比"],
                        ["現行", "60歳まで", "60%", 212, 13780, "-"],
                        ["A案", "65歳まで", "60%", 212, 15905, "+15.4%"],
                        ["B案", "65歳まで", "50%", 212, 13410, "-2.7%"],
                        ["C案", "60歳まで", "70%", 212, 16020, "+16.3%"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX classified 【極秘】 in its title row and page header, sent to the agent.",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "byoketsu-071",
        "charset": "utf-8",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 団体契約課 <dantai@tokiwa-sonpo.co.jp>"],
        "cc": ["牧 様 <maki.junko@minato-hoken.co.jp>"],
        "subject": "社員向けGLTD説明会の開催について",
        "body": """ときわ損害保険株式会社 団体契約課 ご担当者様
（cc：みなと保険サービス 牧様）

いつもお世話になっております。日の出産業の横溝です。
更改に合わせて、社員向けのGLTD説明会を下記のとおり開催したく、
講師のご派遣をお願いできますでしょうか。

　日時：11月11日（火）12:10～12:50（昼休み）
　会場：本社6階 大会議室＋オンライン配信（川越工場・物流センター）
　内容：GLTDの補償内容、傷病手当金との関係、請求の流れ
　想定参加者：約80名

配布資料はPDFで事前にいただければ、社内ポータルに掲載いたします。

横溝 真理子
日の出産業株式会社 人事部労務課　TEL 03-5432-7810
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Insurer in To and agent in Cc: two external organisations, a normal three-way mail.",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "byoketsu-072",
        "charset": "iso-2022-jp",
        "sender": "桐生 隆之 <kiryu.takayuki@hinode-sangyo.co.jp>",
        "to": ["関東製造業健康保険組合 給付課 <kyufu@kanto-seizo-kenpo.or.jp>"],
        "subject": "傷病手当金 継続申請（蔀 恵子様／子宮体がん）の送付予定",
        "body": """関東製造業健康保険組合
給付課 御中

お世話になっております。日の出産業 労務課の桐生です。
下記の方の傷病手当金継続申請書（第５回）を本日発送いたします。

　被保険者　：蔀 恵子（しとみ けいこ）
　生年月日　：昭和５８年４月２日
　傷病名　　：子宮体がん（術後、放射線治療中）
　申請期間　：令和７年９月１日～令和７年９月３０日
　備考　　　：９月分より賃金の一部（通院休暇分）を支給しているため、賃金台帳を同封します

到着までに数日かかるかと存じますが、よろしくお願いいたします。

桐生 隆之
日の出産業株式会社 人事部労務課　TEL 03-5432-7811
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employee's cancer diagnosis (also in the subject) and 和暦 birth date sent outside.",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "byoketsu-073",
        "charset": "utf-8",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["給付課 小山内 様 <osanai@kanto-seizo-kenpo.or.jp>"],
        "subject": "事業主証明欄の記入方法について（質問）",
        "body": """小山内様

お世話になっております。日の出産業の雲財です。
傷病手当金支給申請書の事業主記入用ページについて質問です。

休職中に通勤手当の定期代を払い戻してもらう場合、
「賃金計算の基礎となった日」の欄はどのように記載すればよいでしょうか。
社内で作成した記入例を添付しますので、誤りがあればご指摘ください。

雲財 亮
日の出産業株式会社 人事部労務課
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "事業主記入欄_記入例.pdf",
                "title": "傷病手当金 事業主記入欄 記入例",
                "lines": [
                    "傷病手当金支給申請書（事業主記入用） 記入例",
                    "労務に服することができなかった期間を含む賃金計算期間の勤務状況",
                    "出勤日：○で囲む　／　有給休暇：△で囲む　／　公休日：／を記入",
                    "支給した（する）賃金：通勤手当（定期代）は支給した月に記載",
                    "被保険者氏名：＿＿＿＿＿＿＿＿（記入しない）",
                    "事業所所在地・名称・事業主氏名：社印で可",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Procedural question with a blank filling example: no person's data.",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "byoketsu-074",
        "charset": "cp932",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["北町メンタルクリニック 院長 <inchou@kita-mental.jp>", "ひばりリワークセンター 連携担当 <renkei@rework-hibari.jp>"],
        "cc": ["宮良 カウンセラー <miyara@kokoro-eap.co.jp>"],
        "subject": "ケース会議の日程候補について",
        "body": """関係者各位

お世話になっております。日の出産業 健康管理室の笹森です。
先日ご相談したケース会議について、日程候補をお送りします。

　・10月29日（水）18:30～19:30
　・10月31日（金）18:30～19:30
　・11月4日（火）12:00～13:00

いずれもオンライン（弊社Teams）を予定しております。
ご都合のよい日時をお知らせください。
当日の資料はご本人の同意を得た範囲で、会議内で画面共有いたします。

笹森 由香
日の出産業株式会社 健康管理室 保健師
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Clinic, rework centre and EAP all visible in To/Cc: three external parties.",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "byoketsu-075",
        "charset": "iso-2022-jp",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
        "subject": "10/24 総合振込データの送信件数について",
        "body": """株式会社みどり銀行
法人営業部 ご担当者様

お世話になっております。日の出産業の雲財です。
10月24日支払分の総合振込データを、本日15時前に送信いたしました。

　件数：7件
　合計金額：1,284,560円

受付結果の通知が届いておりませんので、受付状況をご確認いただけますでしょうか。

雲財 亮
日の出産業株式会社 人事部労務課
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp (extra 'u') is a look-alike of partner midori-ginko.co.jp.",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "byoketsu-076",
        "charset": "utf-8",
        "sender": "大橋 沙織 <ohashi.saori@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "冊子「休職・復職の手引き」印刷のご依頼",
        "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の大橋です。
社員向け冊子「休職・復職の手引き」の印刷をお願いしたく、原稿をお送りします。

　仕様：A5判・中綴じ・16ページ・表紙4色／本文2色
　部数：1,000部
　希望納期：11月28日（金）本社納品

お見積りと校正スケジュールをご連絡いただけますと幸いです。

大橋 沙織
日の出産業株式会社 総務部総務課
TEL 03-5432-7700 / FAX 03-5432-7709
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "休職復職の手引き_原稿.docx",
                "title": "休職・復職の手引き",
                "paragraphs": [
                    "休職・復職の手引き",
                    "1. 体調がすぐれないときは",
                    "うつ病や適応障害などのメンタルヘルス不調、がん、脳卒中、腰痛など、どなたでも治療のために仕事を休む必要が生じることがあります。一人で抱え込まず、上司・健康管理室・EAPにご相談ください。",
                    "2. 休職中の収入",
                    "連続3日の待期期間の後、4日目から健康保険の傷病手当金（標準報酬日額の3分の2）が最長1年6か月支給されます。その後はGLTD（団体長期障害所得補償保険）により所得の一部が補償されます。",
                    "3. 復職までの流れ",
                    "主治医の復職可診断書 → 産業医面談 → 試し出勤 → 復職判定会議 → 復職",
                    "4. 相談窓口",
                    "健康管理室（内線2240）／こころEAPサービス（フリーダイヤル 0120-000-000）",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Print order for a general guide booklet; illness names appear in general text, tied to no one.",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "byoketsu-077",
        "charset": "cp932",
        "sender": "武藤 英二 <muto.eiji@hinode-sangyo.co.jp>",
        "to": ["井ノ口 様 <inokuchi.s@kawasaki-denki.com>"],
        "subject": "出向者の勤務シフト変更のご連絡",
        "body": """川崎電機株式会社
人事部 井ノ口様

お世話になっております。日の出産業 第二製造部の武藤です。

貴社からの出向者の勤務シフトにつき、10月20日より下記のとおり変更いたします。

　変更前：3交替（夜勤あり）
　変更後：日勤固定（8:30～17:15）

出向協定書上の勤務条件の変更に当たるかどうか、
貴社側のお手続きの要否をご確認いただけますでしょうか。

武藤 英二
日の出産業株式会社 第二製造部 課長
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.com swaps the TLD of partner kawasaki-denki.co.jp: a look-alike recipient.",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "byoketsu-078",
        "charset": "iso-2022-jp",
        "sender": "桐生 隆之 <kiryu.takayuki@hinode-sangyo.co.jp>",
        "to": ["サンライズスタッフ 法人営業 <hojin@staff-sunrise.co.jp>"],
        "subject": "経理事務の派遣スタッフ（代替要員）のご相談",
        "body": """株式会社サンライズスタッフ
法人営業 ご担当者様

いつもお世話になっております。日の出産業 人事部の桐生です。
経理部で長期の欠員が生じたため、代替要員として派遣スタッフをお願いしたく存じます。

　業務内容：買掛金の支払処理、経費精算のチェック（勘定奉行使用）
　期間　　：11月4日～2026年3月31日（延長の可能性あり）
　勤務時間：9:00～17:30（休憩1時間）、残業 月10時間程度
　就業場所：本社（東京都千代田区内神田）
　人数　　：1名

ご提案可能な方がいらっしゃいましたら、スキルシートをお送りください。

桐生 隆之
日の出産業株式会社 人事部労務課 係長
TEL 03-5432-7811
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Temp-staff request that says only 'a long vacancy': no person named, no health data.",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "byoketsu-079",
        "charset": "utf-8",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["宮良 カウンセラー <miyara@kokoro-eap.co.jp>"],
        "subject": "復職者フォローアップ面談の対象者（下期）",
        "html": """<html><body>
<p>こころEAPサービス<br>宮良様</p>
<p>いつもお世話になっております。日の出産業 健康管理室の笹森です。<br>
下期に復職後フォローアップのカウンセリングをお願いしたい方の一覧です。
いずれもご本人からEAP利用の同意を得ています。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>氏名</th><th>所属</th><th>復職日</th><th>診断名</th><th>連絡先</th><th>面談頻度</th></tr></thead>
<tbody>
<tr><td>羽生 紗季</td><td>物流部</td><td>2025/10/20</td><td>うつ病</td><td>090-5118-2274</td><td>月2回</td></tr>
<tr><td>勅使河原 恵</td><td>東日本営業部</td><td>2025/11/10</td><td>適応障害</td><td>080-3306-7751</td><td>月2回</td></tr>
<tr><td>御手洗 聡</td><td>経理部</td><td>2026/01/05（予定）</td><td>うつ病</td><td>090-8127-4406</td><td>月2回</td></tr>
<tr><td>羽賀 翔太</td><td>東日本営業部</td><td>2026/01/05（予定）</td><td>適応障害・不眠症</td><td>070-4481-9023</td><td>月1回</td></tr>
<tr><td>漆原 光太郎</td><td>経理部</td><td>（休職なし）</td><td>睡眠障害の疑い</td><td>090-4728-1163</td><td>月1回</td></tr>
<tr><td>鬼塚 亮介</td><td>組立課</td><td>2025/12/01（予定）</td><td>パニック障害（既往）</td><td>080-9015-3362</td><td>月1回</td></tr>
</tbody></table>
<p>よろしくお願いいたします。</p>
<p>笹森 由香<br>日の出産業株式会社 健康管理室</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six employees' diagnoses and mobile numbers to the EAP provider.",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "byoketsu-080",
        "charset": "cp932",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["汐見 康弘 <shiomi.yasuhiro@hinode-sangyo.co.jp>"],
        "cc": ["笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>", "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>"],
        "subject": "勅使河原さんの復職受入れについて",
        "body": """汐見部長

お疲れさまです。人事の乙部です。
勅使河原さんの復職について、11月10日付で決定しましたのでお知らせします。

・主治医診断：適応障害は寛解、復職可（短時間勤務から開始）
・産業医意見：最初の1か月は6時間勤務、顧客訪問は同行のみ、時間外労働なし
・配置：元の東日本営業部 第2課に戻す（本人希望）

受入れにあたって、部長から課員への説明は「体調を崩して休んでいた」程度に
とどめ、診断名は伝えないようお願いします。
復職初日の朝、部長と本人で15分ほど面談の時間をとってください。

乙部
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "A named employee's diagnosis shared with her manager; all recipients are internal.",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "byoketsu-081",
        "charset": "utf-8",
        "sender": "Naoko Tsujimura <tsujimura.naoko@hinode-sangyo.co.jp>",
        "to": ["グローバルアシスト 24時間デスク <desk24@global-assist.co.jp>"],
        "subject": "【至急】駐在員の医療搬送（バンコク→東京）のご手配",
        "body": """グローバルアシスト株式会社
24時間アシスタンスデスク ご担当者様

日の出産業 人事部の辻村です。お電話でお伝えした件、書面でもお送りします。

　契約番号　：GA-HS-20418
　対象者　　：伊吹 武（IBUKI TAKESHI）
　生年月日　：1978年3月12日
　旅券番号　：TZ8830517
　現在地　　：Samitivej Sukhumvit Hospital（Bangkok）
　病状　　　：腰部脊柱管狭窄症の術後。歩行困難のため車椅子、座位保持は60分まで
　希望　　　：10月下旬に東京の清涼会病院へ転院（受入れ内諾済み）

The attending doctor's fit-to-fly certificate will be issued on 20 Oct.
ストレッチャー席の要否を含め、ご手配可能な便をご提案ください。

辻村 直子 / Naoko Tsujimura
日の出産業株式会社 人事部 人事企画課　+81-3-5432-7805
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Passport number, birth date and medical condition of one expatriate sent to the assistance company.",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "byoketsu-082",
        "charset": "cp932",
        "sender": "Naoko Tsujimura <tsujimura.naoko@hinode-sangyo.co.jp>",
        "to": ["Global Assist Contract Desk <contract@global-assist.co.jp>"],
        "subject": "Coverage question – contract GA-HS-20418",
        "body": """Dear Contract Desk,

Ahead of our renewal in January, could you confirm the following points of contract
GA-HS-20418 (Hinode Sangyo overseas assistance)?

1. Is medical repatriation covered when the employee's condition is not an emergency
   but the treating doctor recommends continuing treatment in Japan?
2. Are family members' travel costs covered when they accompany the patient?
3. How many expatriates are currently registered under the contract on your side?
   Our records show 14.

Thank you in advance.

Best regards,
Naoko Tsujimura
HR Planning, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Contract coverage questions in English; no one's data.",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "byoketsu-083",
        "charset": "iso-2022-jp",
        "sender": "笹森 由香 <sasamori.yuka@hinode-sangyo.co.jp>",
        "to": ["北町メンタルクリニック 受付 <uketsuke@kita-mental.jp>"],
        "subject": "主治医意見書の様式について",
        "body": """北町メンタルクリニック
受付ご担当者様

お世話になっております。日の出産業 健康管理室の笹森です。
先日お電話でお話しした、弊社の「職場復帰に関する主治医意見書」の様式をお送りします。
患者様ご来院の際にご記入いただけますと幸いです。

笹森 由香
日の出産業株式会社 健康管理室
""",
        "attachments": [
            {"kind": "corrupt", "name": "主治医意見書_様式.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The DOCX form is corrupt: it cannot be inspected.",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "byoketsu-084",
        "charset": "utf-8",
        "sender": "能登谷 健 <notoya.ken@hinode-sangyo.co.jp>",
        "to": ["あおぞら産業医クリニック 事務局 <jimu@aozora-clinic.jp>"],
        "subject": "オンライン衛生委員会 参加者アカウント登録のお願い",
        "body": """あおぞら産業医クリニック
事務局 ご担当者様

お世話になっております。日の出産業 安全衛生推進室の能登谷です。
貴院の会議システムで衛生委員会をオンライン開催するにあたり、
川越側から参加する委員のアカウント登録をお願いいたします。
（SMS認証用の携帯番号も記載しております）

・武藤 英二　　muto.eiji@hinode-sangyo.co.jp　　　090-2274-8130
・鬼頭 大輔　　kito.daisuke@hinode-sangyo.co.jp　080-6601-4952
・有村 和香　　arimura.waka@hinode-sangyo.co.jp　070-3385-2716
・乾 宗一郎　　inui.soichiro@hinode-sangyo.co.jp　090-7719-0348

よろしくお願いいたします。

能登谷 健
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Four committee members' e-mail and mobile numbers: under five people, may be warned but goes.",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "byoketsu-085",
        "charset": "cp932",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["鬼頭 様 <kito@sr-kasumi.jp>"],
        "subject": "9月 欠勤・病気休暇の取得状況（給与計算用）",
        "body": """鬼頭様

お世話になっております。雲財です。
9月の給与計算用に、欠勤および病気休暇の取得状況をCSVでお送りします。
病気休暇（有給）は年5日が上限のため、超過分は欠勤控除の対象となります。

雲財
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "byoketsu_202509.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "所属", "病気休暇日数", "欠勤日数", "理由（本人申告）"],
                    ["H-10135", "東海林 奈緒", "総務部", "2", "0", "胃腸炎"],
                    ["H-10208", "百目鬼 徹", "品質保証部", "3", "1", "通院（糖尿病）"],
                    ["H-10377", "簗瀬 由美子", "経理部", "1", "0", "インフルエンザ"],
                    ["H-10419", "五十嵐 拓海", "物流部", "2", "2", "腰痛（ぎっくり腰）"],
                    ["H-10566", "羽賀 翔太", "東日本営業部", "5", "3", "適応障害"],
                    ["H-10712", "蔀 恵子", "経理部", "0", "0", "（休職中）"],
                    ["H-10803", "鬼頭 大輔", "第二製造部", "1", "0", "歯科治療"],
                    ["H-10830", "栗栖 正人", "情報システム部", "2", "0", "頭痛・めまい"],
                    ["H-10951", "汐田 隼人", "東日本営業部", "1", "0", "通院（高血圧）"],
                    ["H-11027", "有村 和香", "第二製造部", "3", "0", "妊娠悪阻"],
                    ["H-11140", "乾 宗一郎", "物流部", "1", "0", "眼科検査"],
                    ["H-11203", "能登 友梨", "総務部", "2", "1", "子の看護"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of twelve employees with sick days and medical reasons (diabetes, adjustment disorder…).",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "byoketsu-086",
        "charset": "cp932",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["まなびトレーニング 講師 帯刀 様 <tatewaki@manabi-training.co.jp>"],
        "subject": "ラインケア研修資料（弊社版）のご確認",
        "body": """株式会社まなびトレーニング
帯刀 様

いつもお世話になっております。日の出産業の乙部です。
11月20日の研修で使用する資料のうち、弊社パートの下書きをお送りします。
貴社パートとの重複や、表現でお気づきの点があればご指摘ください。

乙部
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "ラインケア研修_弊社パート_draft.pptx",
                "title": "休職から復職まで（管理職向け）",
                "page_footer": "社外秘　日の出産業株式会社 人事部",
                "slides": [
                    ["休職から復職まで", "管理職向けラインケア研修　日の出産業 人事部"],
                    ["当社の休職者の傾向", "休職者の約6割がメンタルヘルス不調", "平均休職期間は約3か月"],
                    ["管理職に求められること", "早めの声かけ", "健康管理室への相談", "診断名を詮索しない"],
                    ["復職の流れ", "診断書 → 産業医面談 → 試し出勤 → 判定会議"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX with a 社外秘 footer on every slide sent to an outside training vendor.",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "byoketsu-087",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["まなびトレーニング 講師 帯刀 様 <tatewaki@manabi-training.co.jp>"],
        "subject": "Re: 事例演習スライドの修正版",
        "body": """帯刀様

修正版をお送りいただきありがとうございました。
事例演習のスライドについて、弊社の実態に合わせて一部を書き換えましたので返送します。
事例はすべて架空の人物です。

　・事例1のAさんの職種を「営業」から「工場の班長」に変更
　・事例2のBさんの休職期間を6か月→3か月に短縮

ご確認のほどよろしくお願いいたします。

乙部

> 日の出産業 乙部様
> ご指摘を反映した修正版をお送りします。
> まなびトレーニング 帯刀
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "事例演習_rev2.pptx",
                "title": "事例演習",
                "slides": [
                    ["事例演習", "※事例はすべて架空のものです"],
                    ["事例1：Aさん（30代・工場の班長）", "最近、遅刻と小さなミスが増えた", "昼食をとらずに作業している", "あなたなら、いつ・どこで・どう声をかけますか？"],
                    ["事例2：Bさん（40代・事務職）", "適応障害で3か月休職し、来月復職予定", "受入れにあたって職場で準備することは？"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Training slides with explicitly fictional cases (Aさん, Bさん): no identifiable person.",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "byoketsu-088",
        "charset": "iso-2022-jp",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["椎名 様 <shiina@sr-kasumi.jp>"],
        "subject": "障害者雇用状況報告の基礎資料",
        "body": """かすみ総合事務所
椎名様

お世話になっております。日の出産業の雲財です。
障害者雇用状況報告書（6月1日現在）の作成にあたり、
対象者の手帳の情報を一覧にしましたのでお送りします。

ご確認のほどよろしくお願いいたします。

雲財 亮
日の出産業株式会社 人事部労務課
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "障害者雇用_対象者一覧.docx",
                "title": "障害者雇用状況報告 基礎資料",
                "paragraphs": ["障害者雇用状況報告 基礎資料（2025年6月1日現在）"],
                "tables": [
                    [
                        ["氏名", "所属", "手帳の種類", "等級", "障害の内容", "週所定労働時間"],
                        ["五百旗頭 真一", "品質保証部", "身体障害者手帳", "2級", "右片麻痺", "40h"],
                        ["能勢 和也", "物流部", "療育手帳", "B2", "知的障害", "30h"],
                        ["帯刀 美雪", "総務部", "精神障害者保健福祉手帳", "3級", "双極性障害", "25h"],
                        ["栗林 大地", "第二製造部", "身体障害者手帳", "4級", "聴覚障害", "40h"],
                        ["東雲 あかり", "経理部", "精神障害者保健福祉手帳", "2級", "統合失調症", "20h"],
                        ["宇喜多 勇", "物流部", "身体障害者手帳", "3級", "左下肢機能障害", "40h"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six employees with disability type and grade: 要配慮 list.",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "byoketsu-089",
        "charset": "cp932",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["椎名 様 <shiina@sr-kasumi.jp>"],
        "subject": "Re: 障害者雇用率の見込みについて",
        "body": """椎名様

ご質問の件、回答いたします。

　常用労働者数　　　　　：879名
　障害者の数（カウント）：21.5
　実雇用率　　　　　　　：2.45%
　法定雇用率（2.5%）との差：0.5人分不足

来年4月の採用で2名の入社を予定しており、達成見込みです。
納付金の申告に影響がないか、念のためご確認いただけますと幸いです。

雲財

-----Original Message-----
From: 椎名 <shiina@sr-kasumi.jp>
Subject: 障害者雇用率の見込みについて

雲財様　今年度の実雇用率の見込みをお知らせください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregated employment-rate figures for disabled staff: statistics, no individual.",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "byoketsu-090",
        "charset": "utf-8",
        "sender": "横溝 真理子 <yokomizo.mariko@hinode-sangyo.co.jp>",
        "to": ["関東製造業健康保険組合 給付課 <kyufu@kanto-seizo-kenpo.or.jp>", "鬼頭 様 <kito@sr-kasumi.jp>"],
        "cc": ["牧 様 <maki.junko@minato-hoken.co.jp>"],
        "subject": "傷病手当金とGLTDの調整に関する確認会のお願い",
        "body": """関係者各位

いつもお世話になっております。日の出産業 人事部労務課の横溝です。

傷病手当金の支給期間が満了した後のGLTDへの切替えについて、
社内の手続きフローを見直しております。
健保組合様・社労士事務所様・保険代理店様の三者にご参加いただき、
下記の点を確認する場を設けたく存じます。

　1. 傷病手当金の支給決定通知の写しをGLTD請求に流用してよいか
　2. 付加給付がある場合のGLTD支払額の調整方法
　3. 退職後の継続給付とGLTD（在籍要件）の関係

11月第2週で60分ほど、オンラインでお時間をいただけますと幸いです。

横溝 真理子
日の出産業株式会社 人事部労務課　TEL 03-5432-7810
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Health insurance society, 社労士 and insurance agent visible in To/Cc: three external organisations.",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "byoketsu-091",
        "charset": "cp932",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "休職期間満了通知書（案）のご確認",
        "body": """白川先生

お世話になっております。日の出産業の乙部です。
先日ご相談した件、休職期間満了通知書の案文を作成しましたので、本文に貼り付けます。

――――――――――――――――――――
　　　　　　　　　　　　　　　　　　　　　　令和7年10月20日
小鳥遊 純 殿（社員番号 H-09871）

　　　　　　　　　　　　　休職期間満了のお知らせ

貴殿は令和6年5月1日より、統合失調症の療養のため休職しておりますが、
就業規則第34条に定める休職期間（18か月）は、令和7年10月31日をもって満了いたします。
同日までに復職が可能である旨の主治医の診断書が提出され、
産業医面談の結果復職可と判断されない場合には、同日付で退職となります。
――――――――――――――――――――

ご本人は入院中のため、ご家族（ご母堂）宛にも同内容を送付する予定です。
病名を記載することの是非も含め、ご意見をいただけますでしょうか。

乙部 正和
日の出産業株式会社 人事部 人事課長
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Draft notice naming one employee and his schizophrenia, pasted in the body to outside counsel.",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "byoketsu-092",
        "charset": "utf-8",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
        "subject": "顧問契約書（2026年度）の返送",
        "body": """白川法律事務所
事務局 ご担当者様

お世話になっております。日の出産業の乙部です。
2026年度の顧問契約書につき、弊社の記名押印済みのPDFをお送りします。
原本は本日郵送いたしました。

請求書の発行元情報（登録番号）は契約書記載のとおりで承知しております。

乙部 正和
日の出産業株式会社 人事部
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "顧問契約書_2026_押印済.pdf",
                "title": "法律顧問契約書",
                "lines": [
                    "法律顧問契約書",
                    "日の出産業株式会社（以下「甲」）と白川法律事務所（以下「乙」）は、次のとおり法律顧問契約を締結する。",
                    "第1条　乙は甲に対し、人事労務・取引契約に関する法律相談に応じる。",
                    "第3条　顧問料は月額110,000円（税込）とし、乙は毎月末日に請求書を発行する。",
                    "第5条　乙は、業務上知り得た甲の秘密を第三者に漏らしてはならない。",
                    "乙：白川法律事務所　東京都千代田区神田小川町2-6-11 小川町ビル4F",
                    "　　適格請求書発行事業者登録番号 T9020001093215",
                    "甲：日の出産業株式会社　東京都千代田区内神田3-14-8",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Signed advisory contract: the firm's office address and registration number are business data.",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "byoketsu-093",
        "charset": "iso-2022-jp",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["牧 様 <maki.junko@minato-hoken.co.jp>"],
        "subject": "GLTD保険金請求書類（追加分）",
        "body": """牧様

お世話になっております。雲財です。
先日の請求に追加で、就業不能証明書と給与明細の写しをお送りします。
ファイルは暗号化しております。解凍パスワードは後ほどお電話でお伝えします。

雲財
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "GLTD_tsuika_1021.zip",
                "password": "mnt-2025-1021",
                "files": [
                    {"kind": "pdf", "name": "shugyo_funou_shomei.pdf", "lines": ["就業不能証明書", "被保険者 保科 千晶", "傷病名 乳がん"]},
                    {"kind": "xlsx", "name": "kyuyo_meisai.xlsx", "sheets": {"明細": [["氏名", "支給額"], ["保科 千晶", 286000]]}},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "AES-encrypted ZIP of claim documents: cannot be inspected.",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "byoketsu-094",
        "charset": "cp932",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["漆戸 様 <urushido@sr-kasumi.jp>"],
        "subject": "休職関係の社内様式一式（最新版）",
        "body": """漆戸様

お世話になっております。日の出産業の雲財です。
規程改定に合わせて更新した休職関係の社内様式をZIPでお送りします。
いずれも未記入の様式です。文言に法的な問題がないかご確認ください。

　1. 休職願
　2. 復職願
　3. 試し出勤計画書
　4. 取込み用CSVのひな形（項目名のみ）
　5. 記入上の注意

雲財
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "休職関係様式_2025改定.zip",
                "files": [
                    {"kind": "docx", "name": "01_休職願.docx", "paragraphs": ["休職願", "日の出産業株式会社 代表取締役 殿", "所属：＿＿＿＿　氏名：＿＿＿＿　印", "下記のとおり休職を願い出ます。", "休職希望期間：　年　月　日～　年　月　日", "理由：（診断書を添付）"]},
                    {"kind": "docx", "name": "02_復職願.docx", "paragraphs": ["復職願", "所属：＿＿＿＿　氏名：＿＿＿＿", "復職希望日：　年　月　日", "添付：主治医の復職可診断書"]},
                    {"kind": "docx", "name": "03_試し出勤計画書.docx", "paragraphs": ["試し出勤計画書"], "tables": [[["週", "勤務時間", "業務内容", "評価"], ["第1週", "", "", ""], ["第2週", "", "", ""], ["第3週", "", "", ""], ["第4週", "", "", ""]]]},
                    {"kind": "csv", "name": "04_torikomi_template.csv", "encoding": "utf-8", "rows": [["社員番号", "休業区分", "開始日", "終了予定日", "備考"]]},
                    {"kind": "txt", "name": "05_記入上の注意.txt", "encoding": "cp932", "text": "・休職願には主治医の診断書を添付すること\n・復職願は復職希望日の2週間前までに提出すること\n・試し出勤計画書は所属長と健康管理室が作成する"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ZIP of blank forms, a header-only CSV and notes: no one's data.",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "byoketsu-095",
        "charset": "utf-8",
        "sender": "武藤 英二 <muto.eiji@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 井ノ口 様 <inokuchi.s@kawasaki-denki.co.jp>"],
        "subject": "曽我部さんの勤務時間の件",
        "body": """井ノ口様

お世話になっております。日の出産業 第二製造部の武藤です。

貴社からの出向者の曽我部さんですが、ご本人から申出があり、
当面のあいだ通院のため毎週水曜日は15時で退社することになりました。
短縮分は欠勤控除とせず、年休の時間単位取得で処理する予定です。

出向協定上、給与負担の按分に影響がございましたらお知らせください。

武藤 英二
日の出産業株式会社 第二製造部 課長
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Tells the seconding company that a named employee leaves early every week for hospital visits (no diagnosis): arguably health data.",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "byoketsu-096",
        "charset": "cp932",
        "sender": "桐生 隆之 <kiryu.takayuki@hinode-sangyo.co.jp>",
        "to": ["漆戸 様 <urushido@sr-kasumi.jp>"],
        "subject": "資格喪失届の作成依頼（9月末退職者）",
        "body": """漆戸様

お世話になっております。日の出産業 労務課の桐生です。
9月30日付で退職した者について、健康保険・厚生年金保険の資格喪失届の作成をお願いいたします。
必要事項をExcelにまとめました。被保険者証は回収済みです。

よろしくお願いいたします。

桐生 隆之
日の出産業株式会社 人事部労務課
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "資格喪失_202509退職者.xlsx",
                "sheets": {
                    "喪失者": [
                        ["資格喪失届 作成用データ（2025年9月30日退職）"],
                        [],
                        ["氏名", "生年月日", "基礎年金番号", "住所", "喪失年月日", "退職理由"],
                        ["宇佐美 剛", "S47.3.18", "1104-283716", "東京都北区赤羽西2-14-7", "2025/10/01", "休職期間満了"],
                        ["瀬戸口 友香", "H2.11.3", "2310-095824", "埼玉県さいたま市浦和区岸町5-3-9", "2025/10/01", "自己都合"],
                        ["門脇 隆司", "S55.7.29", "4407-661203", "埼玉県所沢市小手指町1-22-5", "2025/10/01", "休職期間満了"],
                        ["仁科 桃子", "H8.1.14", "5126-380447", "東京都練馬区大泉学園町4-9-16", "2025/10/01", "自己都合"],
                        ["巽 健一郎", "S39.9.2", "0913-527760", "埼玉県川越市霞ケ関東3-7-1", "2025/10/01", "定年"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX of five former employees with 和暦 birth dates, 基礎年金番号 and home addresses.",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "byoketsu-097",
        "charset": "iso-2022-jp",
        "sender": "武藤 英二 <muto.eiji@hinode-sangyo.co.jp>",
        "to": ["保坂 先生 <hosaka@aozora-clinic.jp>"],
        "subject": "Re: 11/13 面談希望者について",
        "body": """保坂先生

お世話になっております。第二製造部の武藤です。
ご質問の件、私から見た状況をお伝えします。

品質保証部から応援に来ている百目鬼さんですが、先週から頭痛と不眠を訴えており、
本人によると、かかりつけ医から自律神経失調症と言われ、抗不安薬を処方されたそうです。
糖尿病の治療も続けているとのことで、夜勤は本人もつらいと話しています。
11月13日の面談でご相談させていただけますでしょうか。

武藤

> 武藤課長
> 11/13の面談枠について、課内で気になる方がいれば状況を教えてください。
> 保坂
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Reply whose new text (not the quote) gives a named employee's diagnosis and medication to the external physician.",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "byoketsu-098",
        "charset": "utf-8",
        "sender": "Naoko Tsujimura <tsujimura.naoko@hinode-sangyo.co.jp>",
        "to": ["Meridian LifeAssure Underwriting <underwriting@meridian-lifeassure.com>"],
        "subject": "Group income protection – waiting period options",
        "body": """Dear Underwriting Team,

We are reviewing the expatriate group income protection plan (policy MLA-GIP-77120)
for 2026 and would appreciate quotes for the following options:

  Option 1: 90-day waiting period, benefit 60% of base salary, to age 65
  Option 2: 180-day waiting period, benefit 70% of base salary, to age 65

Headcount at renewal: 14 expatriates (Thailand 6, Vietnam 5, USA 3).
Total annual base salary: JPY 168 million.

Could you also confirm whether mental health conditions are covered on the same terms
as other conditions under the current wording?

Kind regards,
Naoko Tsujimura
HR Planning, Hinode Sangyo Co., Ltd.

This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Quote request with headcount and payroll totals; the confidentiality line is the standard disclaimer.",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "byoketsu-099",
        "charset": "utf-8",
        "sender": "雲財 亮 <unzai.ryo@hinode-sangyo.co.jp>",
        "to": ["給付課 小山内 様 <osanai@kanto-seizo-kenpo.or.jp>"],
        "subject": "個人番号の届出（傷病手当金申請者2名）",
        "body": """小山内様

お世話になっております。日の出産業の雲財です。
マイナンバーでの照会をご希望とのことでしたので、
傷病手当金を申請中の2名について、個人番号の届出書をPDFでお送りします。

雲財 亮
日の出産業株式会社 人事部労務課
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "個人番号届出_2名.pdf",
                "title": "個人番号届出書",
                "lines": ["個人番号届出書（被保険者）", "事業所名：日の出産業株式会社", ""],
                "table": [
                    ["記号", "番号", "氏名", "生年月日", "個人番号"],
                    ["812", "2285", "保科 千晶", "1986/10/30", my_number(SEED + 3)],
                    ["812", "4410", "乙坂 大樹", "1983/08/01", my_number(SEED + 4)],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table with two employees' My Numbers, insurance card numbers and birth dates.",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "byoketsu-100",
        "charset": "cp932",
        "sender": "乙部 正和 <otobe.masakazu@hinode-sangyo.co.jp>",
        "to": ["ひばりリワークセンター センター長 <center@rework-hibari.jp>"],
        "subject": "御礼（連携会議および見学の件）",
        "body": """ひばりリワークセンター
センター長 様

先日は見学の機会をいただき、誠にありがとうございました。
日の出産業 人事部の乙部です。

プログラムの進め方や、企業側に共有いただける情報の範囲について
具体的にご説明いただき、大変参考になりました。
弊社の試し出勤制度とのつなぎ方については、12月の連絡会で改めてご相談させてください。

今後ともどうぞよろしくお願い申し上げます。

――――――――――――――――――
日の出産業株式会社 人事部 人事課長
乙部 正和（おとべ まさかず）
〒101-0047 東京都千代田区内神田3-14-8
TEL 03-5432-7801　FAX 03-5432-7809
――――――――――――――――――
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Thank-you mail after a site visit; signature only.",
    },
]
