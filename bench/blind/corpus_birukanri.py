"""Blind corpus, area "birukanri": office building management at 日の出産業's head-office
building (日の出ビル, 港区芝浦) and its Osaka annex, run by the 総務部 施設管理課 and the
in-house 防災センター.  The mail goes to tenants' 総務 contacts, the building-maintenance,
security, cleaning, elevator, fire-equipment and access-card vendors, the parking operator,
the asset manager of the building's owner, the fire station and, now and then, a private
person who lost something in the building: inspection and outage schedules, access-card
issuance and revocation, lost property, keys, parking and bicycle registration, incident
reports, invoices for shared utilities, NDAs with vendors, and every so often a person's
personal detail (a phone number, a date of birth, an ID document, a health episode)."""

from build import card_number, my_number

SEED = 66601

# -- signatures and disclaimers used by the senders of this area ------------------------

SIG_MITSUYA = """
--
日の出産業株式会社 総務部 施設管理課
三ツ矢 恭平（Mitsuya Kyohei）
〒105-0023 東京都港区芝浦四丁目9番21号 日の出ビル3F
TEL 03-5442-7710（代表）／内線 3127
Mail: mitsuya.k@hinode-sangyo.co.jp
"""

SIG_SAKAKIBARA = """
──────────────────────
日の出産業株式会社
総務部 施設管理課　榊原 しおり
〒105-0023 東京都港区芝浦4-9-21 日の出ビル
TEL: 03-5442-7715　FAX: 03-5442-7799
sakakibara.s@hinode-sangyo.co.jp
──────────────────────
"""

SIG_IOKIBE = """
***************************************
日の出産業株式会社 総務部
施設管理課長　五百旗頭 聡（いおきべ さとし）
〒105-0023 東京都港区芝浦四丁目９番２１号
ＴＥＬ ０３－５４４２－７７０１
iokibe.s@hinode-sangyo.co.jp
***************************************
"""

SIG_BOUSAI = """
----------------------------------------
日の出ビル 防災センター（24時間）
日の出産業株式会社 総務部 施設管理課
TEL 03-5442-7790（防災センター直通）
bousai-center@hinode-sangyo.co.jp
----------------------------------------
"""

SIG_TACHIBANA_EN = """
Best regards,

Ryo Tachibana
Facilities Management Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
Hinode Bldg., 4-9-21 Shibaura, Minato-ku, Tokyo 105-0023, Japan
Tel: +81-3-5442-7718
tachibana.r@hinode-sangyo.co.jp
"""

SIG_OSAKA = """
_____________________________
日の出産業株式会社 大阪支店 総務課
日の出大阪ビル 管理担当　鬼頭 まどか
〒530-0047 大阪市北区西天満三丁目2番8号
TEL 06-6364-2210
kito.m@hinode-sangyo.co.jp
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。無断での複製・転送を禁じます。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use, copying or disclosure is prohibited.
"""

MESSAGES = [
    # 001 ------------------------------------------------------------------------------
    {
        "id": "birukanri-001",
        "subject": "【日の出ビル】エレベーター定期点検のお知らせ（10月16日）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["株式会社ルミナス企画 総務部 <soumu@luminas-kikaku.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """株式会社ルミナス企画
総務部 ご担当者様

いつもお世話になっております。日の出産業 施設管理課の榊原です。

日の出ビルの乗用エレベーター（1号機・2号機）につきまして、法定の定期点検を
下記のとおり実施いたします。点検中は1基ずつ停止いたしますので、
お手数ですが貴社従業員の皆様へご周知くださいますようお願いいたします。

　日時：令和7年10月16日（木）　10:00～15:00
　対象：1号機（10:00～12:30）、2号機（12:30～15:00）
　作業：昇和エレベーター株式会社

非常用エレベーター（3号機）は通常どおりご利用いただけます。
ご不明点がございましたら、施設管理課までお問い合わせください。

よろしくお願いいたします。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "routine inspection notice to one tenant; no personal data",
    },
    # 002 ------------------------------------------------------------------------------
    {
        "id": "birukanri-002",
        "subject": "入館カード新規発行申請（11月入居分）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 入退室管理サポート <gate-support@tsubasa-system.jp>"],
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
入退室管理サポート ご担当者様

いつもお世話になっております。日の出産業の三ツ矢です。

11月1日付で7階に入居される株式会社タカネ設計様の従業員分につき、
入館カードの新規発行をお願いいたします。
申請一覧を添付いたしますので、登録とカードのエンコードをお願いできますでしょうか。
権限は「共用部＋7F専有部」、有効期限は一律 2027/10/31 でお願いします。

納期は10月27日（月）着でお願いできれば幸いです。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "入館カード発行申請_タカネ設計_20251020.xlsx",
                "title": "入館カード発行申請",
                "sheets": {
                    "申請一覧": [
                        ["入館カード発行申請書（日の出ビル 7F 株式会社タカネ設計）"],
                        [],
                        ["No", "氏名", "フリガナ", "社員番号", "所属", "メールアドレス", "携帯電話"],
                        [1, "鷹嶺 宗一郎", "タカネ ソウイチロウ", "TK-0001", "代表取締役", "s.takane@takane-sekkei.co.jp", "090-4418-2207"],
                        [2, "雨宮 千草", "アメミヤ チグサ", "TK-0014", "設計一部", "c.amemiya@takane-sekkei.co.jp", "080-3921-5560"],
                        [3, "祖父江 篤", "ソブエ アツシ", "TK-0022", "設計一部", "a.sobue@takane-sekkei.co.jp", "090-7730-1184"],
                        [4, "仁科 由紀乃", "ニシナ ユキノ", "TK-0031", "設計二部", "y.nishina@takane-sekkei.co.jp", "070-2285-4419"],
                        [5, "百武 航", "ヒャクタケ ワタル", "TK-0035", "設計二部", "w.hyakutake@takane-sekkei.co.jp", "090-5162-0073"],
                        [6, "神保 さやか", "ジンボ サヤカ", "TK-0041", "積算課", "s.jimbo@takane-sekkei.co.jp", "080-6604-9921"],
                        [7, "東海林 晴臣", "ショウジ ハルオミ", "TK-0046", "積算課", "h.shoji@takane-sekkei.co.jp", "090-1837-6652"],
                        [8, "如月 玲奈", "キサラギ レイナ", "TK-0052", "管理部", "r.kisaragi@takane-sekkei.co.jp", "070-8841-3306"],
                        [9, "鳩山 徹", "ハトヤマ トオル", "TK-0058", "管理部", "t.hatoyama@takane-sekkei.co.jp", "080-2219-7745"],
                        [10, "Lin Mei-Hua", "リン メイファ", "TK-0063", "BIM推進室", "m.lin@takane-sekkei.co.jp", "090-6653-0182"],
                        [11, "甲斐田 瞬", "カイダ シュン", "TK-0067", "BIM推進室", "s.kaida@takane-sekkei.co.jp", "080-9907-1238"],
                        [12, "蔀 美穂", "シトミ ミホ", "TK-0070", "管理部", "m.shitomi@takane-sekkei.co.jp", "070-5530-6617"],
                    ],
                    "権限設定": [
                        ["権限コード", "内容"],
                        ["C-ALL", "共用部（1F・B1F・屋上除く）"],
                        ["F-07", "7F専有部"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX list of 12 tenant employees with mobile numbers and e-mail sent to the card vendor: list of people",
    },
    # 003 ------------------------------------------------------------------------------
    {
        "id": "birukanri-003",
        "subject": "Re: 消防用設備等点検（下期）の日程について",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["菅生 様 <sugou@hinomaru-bosai.co.jp>"],
        "charset": "cp932",
        "body": """株式会社ヒノマル防災
菅生様

お世話になっております。日の出産業の五百旗頭です。
下期の消防用設備等点検につき、テナント様との調整の結果、以下の日程で確定とさせてください。

  日付         時間帯        対象フロア      立入（専有部）   備考
  ----------   -----------   -------------   --------------   ------------------------
  11/05(水)    09:00-12:00   B1F・1F         なし             防災センター立会い
  11/05(水)    13:00-17:00   2F-4F           あり             4F 貸会議室は予約止め
  11/06(木)    09:00-12:00   5F-7F           あり             7F は入居工事中
  11/06(木)    13:00-16:00   8F-10F          あり             感知器作動試験あり
  11/07(金)    09:00-11:00   屋上・機械室    なし             非常放送試験 10:30頃

非常放送の試験時刻は、前日までにテナント各社へ当課から周知いたします。
作業員の方の入館は通用口（北側）から、防災センターで受付をお願いします。

以上、よろしくお願いいたします。
""" + SIG_IOKIBE + """
> 五百旗頭様
> いつもお世話になっております。ヒノマル防災の菅生です。
> 下期点検の候補日を11/5～11/7でご提示いたします。ご調整のほどお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "inspection schedule by floor, a space-padded table with no people; to one vendor",
    },
    # 004 ------------------------------------------------------------------------------
    {
        "id": "birukanri-004",
        "subject": "お忘れ物のご連絡（ＩＣカードケース）",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["北斗ライフ保険 総務課 <soumu-ka@hokuto-life.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """北斗ライフ保険株式会社 東京営業部
総務課 ご担当者様

日の出ビル防災センターです。いつもお世話になっております。

昨日（10月8日）19時頃、5階エレベーターホールにてＩＣカードケースの
拾得届がございました。ケース内の社員証から、貴社の下記の方のお持ち物と思われます。

　お名前：鍬形 美津子 様（東京営業部）
　ご連絡先（社員証裏面記載）：０３－６７２１－４４０８（内線２２１）

防災センター（1階北側）にてお預かりしております。
お受け取りの際は、ご本人様の社員証または身分証をご提示ください。
受付時間は24時間です。

よろしくお願いいたします。
""" + SIG_BOUSAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "lost-property notice naming one tenant employee with her work number: one person, may warn",
    },
    # 005 ------------------------------------------------------------------------------
    {
        "id": "birukanri-005",
        "subject": "【ご案内】日の出ビル 総合消防訓練の実施について（11月20日）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": [
            "総務部 御中 <soumu@luminas-kikaku.co.jp>",
            "管理部 鳩山様 <t.hatoyama@takane-sekkei.co.jp>",
            "Brightwell Consulting Japan Office <office.tokyo@brightwell.com>",
            "総務課 <soumu-ka@hokuto-life.co.jp>",
        ],
        "charset": "utf-8",
        "body": """テナント各位

いつもお世話になっております。日の出産業 施設管理課の榊原です。

本年度の日の出ビル総合消防訓練を、以下のとおり実施いたします。
各社の自衛消防隊員の方のご参加と、従業員の皆様の避難訓練へのご協力をお願いいたします。

■日時　2025年11月20日（木）14:00～15:00（雨天決行）
■内容　通報訓練／避難訓練（屋外：芝浦中央公園）／消火器・AED取扱い訓練
■参加人数のご報告　11月7日（金）までに、各社の参加予定人数を本メールへの返信でお知らせください。

当日14:00に非常放送が流れます。エレベーターは訓練中停止いたします。

何卒よろしくお願いいたします。
""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four tenant companies in To can see each other's addresses: should have been Bcc",
    },
    # 006 ------------------------------------------------------------------------------
    {
        "id": "birukanri-006",
        "subject": "テナント緊急連絡先一覧（2025年10月更新版）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>"],
        "cc": ["五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>"],
        "charset": "cp932",
        "body": """防災センター各位

10月時点のテナント緊急連絡先を更新しました。夜間・休日の緊急時は下記の順でご連絡ください。
旧版（4月版）は破棄をお願いします。

フロア\tテナント\t第1連絡先\t携帯\t第2連絡先\t携帯
2F\tルミナス企画\t蓮見 智也\t090-2231-8874\t宇佐美 環\t080-4419-0327
3F\t日の出産業（自社）\t三ツ矢 恭平\t090-6650-1192\t榊原 しおり\t080-7712-3358
4F\t貸会議室（自社）\t防災センター\t03-5442-7790\t―\t―
5F\t北斗ライフ保険\t鍬形 美津子\t090-8817-2240\t芦刈 俊\t070-3306-5521
6F\tBrightwell Consulting\tDaniel Okafor\t080-5520-9913\t久我 由香里\t090-1148-6627
7F\tタカネ設計\t鳩山 徹\t080-2219-7745\t如月 玲奈\t070-8841-3306
8F-10F\t日の出産業（自社）\t五百旗頭 聡\t090-3327-0458\t三ツ矢 恭平\t090-6650-1192

防災センター内の掲示物も差し替えをお願いします。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "tab-separated list of tenants' emergency contacts with mobiles, but all recipients internal",
    },
    # 007 ------------------------------------------------------------------------------
    {
        "id": "birukanri-007",
        "subject": "夜間警備補助アルバイトの源泉徴収関係書類について",
        "sender": "日下部 雅人 <kusakabe.m@hinode-sangyo.co.jp>",
        "to": ["税理士法人みなと会計 小此木様 <okonogi@minato-kaikei.jp>"],
        "charset": "iso-2022-jp",
        "body": """税理士法人みなと会計
小此木 様

いつも大変お世話になっております。日の出産業 経理部の日下部です。

日の出ビルの夜間警備補助として9月から短期雇用しているアルバイトの方について、
扶養控除等申告書の内容を下記にお送りいたします。年末調整の対象に含めていただけますでしょうか。

　氏名　　：　籾山 航太（もみやま こうた）
　生年月日：　平成１２年６月１９日
　住所　　：　東京都品川区東大井五丁目１１番４号 コーポ大井２０３
　個人番号：　""" + my_number(SEED + 1) + """
　勤務期間：　令和７年９月１日～令和８年３月３１日（予定）

申告書の原本は総務で保管しております。ご不明点があればご連絡ください。
よろしくお願いいたします。

--
日の出産業株式会社 経理部
日下部 雅人
TEL 03-5442-7730
kusakabe.m@hinode-sangyo.co.jp
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a part-timer's My Number (with DOB and home address) sent to the outside tax accountant",
    },
    # 008 ------------------------------------------------------------------------------
    {
        "id": "birukanri-008",
        "subject": "秘密保持契約書（案）のご確認のお願い／防犯カメラ更新工事",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["関東セキュリティ警備 営業部 芹沢様 <serizawa@kanto-sec.co.jp>"],
        "charset": "utf-8",
        "body": """関東セキュリティ警備株式会社
営業部 芹沢 様

いつもお世話になっております。日の出産業の五百旗頭です。

先日お打ち合わせいたしました防犯カメラ更新工事につきまして、
工事着手前に秘密保持契約を締結させていただきたく、弊社法務部作成の案をお送りします。
カメラの設置位置図や警備動線図をお渡しすることになるため、
秘密情報の範囲（第2条）と、工事完了後の返還・廃棄（第8条）を中心にご確認ください。

修正のご希望がございましたら、Word の変更履歴でお戻しいただければ幸いです。
11月上旬の締結を目標としております。

よろしくお願いいたします。
""" + SIG_IOKIBE + DISC_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_関東セキュリティ警備.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と関東セキュリティ警備株式会社（以下「乙」という。）は、"
                    "日の出ビル防犯カメラ更新工事（以下「本件工事」という。）に関し、次のとおり秘密保持契約を締結する。",
                    "第1条（目的）本契約は、本件工事の遂行のために甲が乙に開示する情報の取扱いを定めることを目的とする。",
                    "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示した設備図面、カメラ設置位置、警備動線その他の"
                    "技術上・営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                    "第8条（返還・廃棄）乙は、本件工事の完了後速やかに、秘密情報を記録した媒体を甲に返還し、又は廃棄する。",
                    "第12条（有効期間）本契約の有効期間は締結日から3年間とする。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA draft and the standard disclaimer; no marking on the document, no personal data",
    },
    # 009 ------------------------------------------------------------------------------
    {
        "id": "birukanri-009",
        "subject": "日の出ビル防災センターより：お問い合わせの忘れ物について",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["ayane.tsujimoto88@gmail.com"],
        "charset": "iso-2022-jp",
        "body": """辻本 様

日の出ビル防災センターでございます。
お電話でお問い合わせいただいた忘れ物の件、ご連絡いたします。

10月11日（土）に1階ロビーのソファ付近で拾得された、紺色の折りたたみ傘
（持ち手に白いリボン付き）をお預かりしております。お話の特徴と一致しておりますので、
ご都合のよい時にお引き取りにお越しください。

　受付場所：日の出ビル1階 北側通用口横 防災センター
　受付時間：24時間（土日祝も可）
　お持ちいただくもの：ご本人確認のできるもの

なお、保管期間は拾得日から３か月となります。
どうぞよろしくお願いいたします。
""" + SIG_BOUSAI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to a private person on free mail about her umbrella; one free-mail recipient",
    },
    # 010 ------------------------------------------------------------------------------
    {
        "id": "birukanri-010",
        "subject": "10/14 6階エレベーターホールでの救急搬送について（ご報告）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["Brightwell Consulting 久我様 <y.kuga@brightwell.com>"],
        "charset": "utf-8",
        "body": """Brightwell Consulting Japan
久我 由香里 様

いつもお世話になっております。日の出産業 施設管理課の五百旗頭です。

昨日10月14日に6階エレベーターホールで発生した救急搬送の件、
ビル側の対応記録としてご報告いたします。

・発生時刻：10月14日（火）12:42頃
・対象者：貴社 コンサルティング部 野々宮 圭吾 様（ご本人確認は社員証にて）
・状況：エレベーター待ちの際に転倒され、全身のけいれんがみられました。
　同行されていた同僚の方によると、野々宮様には「てんかん」の持病があり、
　普段は服薬で発作を抑えているとのことでした。
・対応：12:44 防災センターへ通報、12:46 119番通報、12:58 救急隊到着、
　港中央病院へ搬送。AEDは装着しましたが、電気ショックの指示はありませんでした。

エレベーター2号機は12:45～13:20の間、救急対応のため停止いたしました。
ご本人様のご回復を心よりお祈り申し上げます。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names a tenant employee and his epilepsy (medical history) in a mail to the tenant: sensitive data of one person",
    },
    # 011 ------------------------------------------------------------------------------
    {
        "id": "birukanri-011",
        "subject": "テナント一覧（清掃範囲の確認用）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["クリーンリーフ 現場責任者 <genba-shibaura@cleanleaf.co.jp>"],
        "charset": "cp932",
        "body": """クリーンリーフ株式会社
芝浦現場 ご担当者様

お世話になっております。日の出産業の榊原です。
日常清掃の専有部オプション契約の確認用に、現在のテナント一覧をお送りします。
（連絡先は各社の代表番号です。）

階\t会社名\t代表電話\t専有部清掃\t備考
2F\t株式会社ルミナス企画\t03-6435-2200\tあり（週3回）\t
5F\t北斗ライフ保険株式会社 東京営業部\t03-6721-4400\tあり（毎日）\t
6F\tBrightwell Consulting Japan\t03-6435-8810\tなし\t自社手配
7F\t株式会社タカネ設計\t03-6453-7100\tあり（週2回）\t11/1入居
1F\tカフェ・ソレイユ芝浦店\t03-5442-0081\tなし\t飲食区画

3F・8F～10F（弊社）は従来どおりです。
変更点は7Fの追加のみですので、11月分からお見積りに反映をお願いいたします。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of tenant companies with switchboard numbers: businesses, not people",
    },
    # 012 ------------------------------------------------------------------------------
    {
        "id": "birukanri-012",
        "subject": "カードリーダー設定変更の依頼（7F 通用口）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-systen.jp>"],
        "charset": "iso-2022-jp",
        "body": """ツバサシステム株式会社
保守窓口 ご担当者様

いつもお世話になっております。日の出産業の三ツ矢です。

7階通用口（東側）のカードリーダーについて、以下の設定変更をお願いいたします。

１．通行可能時間帯：現行 7:00～22:00 → 変更後 6:30～23:00
２．共連れ検知アラーム：有効化
３．変更希望日：10月24日（金）夜間作業

作業の際は防災センター（03-5442-7790）に入館のご連絡をお願いします。
""" + SIG_MITSUYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain tsubasa-systen.jp is a one-letter look-alike of partner tsubasa-system.jp",
    },
    # 013 ------------------------------------------------------------------------------
    {
        "id": "birukanri-013",
        "subject": "2号機 巻上機更新工事の打合せ日程（三者）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["昇和エレベーター 工事部 城之内様 <jonouchi@showa-ev.co.jp>"],
        "cc": ["東都ビルサービス 芝浦所長 <shibaura-shocho@toto-bs.co.jp>", "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """昇和エレベーター株式会社 城之内様
（cc：東都ビルサービス株式会社 芝浦所長様）

いつもお世話になっております。日の出産業の五百旗頭です。

2号機の巻上機更新工事について、施工計画の三者打合せを下記のいずれかで行いたく存じます。
ご都合のよい日時をお知らせください。

 ① 10/28（火）14:00～
 ② 10/30（木）10:00～
 ③ 10/31（金）15:00～

場所：日の出ビル4F 貸会議室B
議題：工期（停止期間）、搬入経路、養生範囲、テナント周知の方法

東都ビルサービス様には、当日の中央監視の設定変更の段取りもご説明いただければ幸いです。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations in To/Cc",
    },
    # 014 ------------------------------------------------------------------------------
    {
        "id": "birukanri-014",
        "subject": "9月分 拾得物一覧（警察提出前の確認）",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["関東セキュリティ警備 芝浦隊 <shibaura-tai@kanto-sec.co.jp>"],
        "charset": "cp932",
        "body": """関東セキュリティ警備 芝浦隊 隊長殿

お疲れさまです。防災センターです。
9月分の拾得物のうち、保管期限を過ぎたもの・持ち主判明分をCSVにまとめました。
警察署への提出前に、夜間帯に受けた分の記載内容をご確認ください。
持ち主に連絡済みのものは連絡先を記入しています。
""" + SIG_BOUSAI,
        "attachments": [
            {
                "kind": "csv",
                "name": "拾得物一覧_2025年9月.csv",
                "encoding": "cp932",
                "rows": [
                    ["受付番号", "拾得日", "拾得場所", "品名", "持ち主氏名", "持ち主連絡先", "状況"],
                    ["L-0901", "2025/09/02", "1Fロビー", "財布（黒・革）", "大豆生田 誠", "090-4471-3382", "返還済"],
                    ["L-0902", "2025/09/04", "5F女子トイレ", "指輪", "水流 あかね", "080-1196-2275", "連絡済・未返還"],
                    ["L-0905", "2025/09/09", "B1F駐車場", "車のキー", "百目鬼 拓真", "070-6628-4410", "返還済"],
                    ["L-0907", "2025/09/12", "2Fエレベーター内", "スマートフォン", "舎人 由美", "090-2250-8817", "返還済"],
                    ["L-0910", "2025/09/18", "7F給湯室", "ワイヤレスイヤホン", "", "", "保管中"],
                    ["L-0912", "2025/09/22", "1F自転車置場", "ヘルメット", "勅使河原 亮", "080-7345-0062", "連絡済・未返還"],
                    ["L-0913", "2025/09/25", "4F貸会議室A", "ノートPC", "Stefan Nowak", "080-9120-5541", "返還済"],
                    ["L-0915", "2025/09/29", "1Fロビー", "定期券入れ", "纐纈 ひとみ", "090-6603-1178", "連絡済・未返還"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of lost property with seven owners' names and mobile numbers sent to the security contractor",
    },
    # 015 ------------------------------------------------------------------------------
    {
        "id": "birukanri-015",
        "subject": "Re: 11/5 専有部点検の立会者について",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["宇佐美 環 <t.usami@luminas-kikaku.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """宇佐美様

お世話になっております。榊原です。
立会者のご連絡ありがとうございます。承知いたしました。
当日は9:00に2階エレベーターホールに点検業者が伺いますので、よろしくお願いいたします。

榊原

> 榊原様
>
> お世話になっております。ルミナス企画の宇佐美です。
> 11/5の専有部点検の立会いは、下記の者が交代で対応いたします。
> 何かあれば直接携帯にご連絡ください。
>
> 09:00-10:00  蓮見 智也    090-2231-8874
> 10:00-11:00  宇佐美 環    080-4419-0327
> 11:00-12:00  篠突 健      090-5528-6630
> 13:00-14:00  生田目 瑞希  080-3317-2294
> 14:00-15:00  左右田 悠    070-1182-9956
> 15:00-17:00  蓮見 智也    090-2231-8874
>
> ルミナス企画 総務部 宇佐美
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only in text quoted from the tenant's own mail; the new text has no personal data",
    },
    # 016 ------------------------------------------------------------------------------
    {
        "id": "birukanri-016",
        "subject": "鍵管理台帳（10月棚卸し結果）送付",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["東都ビルサービス 芝浦所長 <shibaura-shocho@toto-bs.co.jp>"],
        "charset": "cp932",
        "body": """東都ビルサービス株式会社
芝浦所長 様

お世話になっております。三ツ矢です。
10月の鍵棚卸し結果を送付いたします。
パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "zip",
                "name": "kagi_tanaoroshi_202510.zip",
                "password": "Hn2025Oct!",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "鍵管理台帳_202510.xlsx",
                        "sheets": {
                            "台帳": [
                                ["鍵番号", "対象", "本数", "保管場所", "貸出中"],
                                ["K-101", "屋上扉", 2, "防災センター", 0],
                                ["K-205", "2F専有部マスター", 1, "キーボックス", 0],
                            ]
                        },
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
    },
    # 017 ------------------------------------------------------------------------------
    {
        "id": "birukanri-017",
        "subject": "機密文書回収ボックスの設置場所追加について",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["北斗ライフ保険 総務課 芦刈様 <s.ashikari@hokuto-life.co.jp>"],
        "charset": "utf-8",
        "body": """北斗ライフ保険株式会社
総務課 芦刈様

いつもお世話になっております。日の出産業の榊原です。

先日ご要望いただいた機密文書回収ボックスの件、5階の共用廊下（EV前）に
1台追加設置できることになりました。回収業者（錦印刷株式会社 セキュリティ文書部）が
毎週水曜日の午前中に回収し、溶解処理後に処理証明書を発行いたします。

・設置日：10月22日（水）
・サイズ：W450×D400×H800（投入口 施錠式）
・費用：共用部設備のため、テナント様のご負担はございません

専有部内への個別設置をご希望の場合は、別途お見積りとなりますのでお申し付けください。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions a 機密文書 shredding box as a service; no marking on the mail, no personal data",
    },
    # 018 ------------------------------------------------------------------------------
    {
        "id": "birukanri-018",
        "subject": "Planned power outage at Hinode Bldg. on Sunday, November 9",
        "sender": "Ryo Tachibana <tachibana.r@hinode-sangyo.co.jp>",
        "to": ["Office Manager <office.tokyo@brightwell.com>"],
        "charset": "utf-8",
        "body": """Dear Office Manager,

Please be informed that the annual statutory inspection of the building's high-voltage
electrical equipment will take place on Sunday, November 9. The whole building,
including your floor (6F), will be without power during the following hours:

  08:00 - 08:30   switch-over to outage (lights, outlets, elevators stop)
  08:30 - 15:30   inspection (no power; emergency lighting only)
  15:30 - 16:00   power restored floor by floor

Please shut down servers and other equipment by 07:45 and make sure that nothing needs
to be refrigerated over the outage. The security desk (1F, north side) remains open, and
the north entrance can be used with your access card; the card readers run on batteries.

If any of your staff need to work in the building that day, let us know their number by
November 5 so that we can arrange temporary lighting.
""" + SIG_TACHIBANA_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English outage notice to one foreign tenant with the standard disclaimer",
    },
    # 019 ------------------------------------------------------------------------------
    {
        "id": "birukanri-019",
        "subject": "防犯カメラ配置図の送付（更新工事お見積り用）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["関東セキュリティ警備 工事課 <kouji@kanto-sec.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """関東セキュリティ警備株式会社
工事課 ご担当者様

お世話になっております。日の出産業の五百旗頭です。
更新工事のお見積り用に、現行の防犯カメラ配置図と機器一覧をお送りします。
11月7日までにお見積りをいただけますと幸いです。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "日の出ビル_防犯カメラ配置図_2025.pdf",
                "title": "日の出ビル 防犯カメラ配置図",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 総務部 施設管理課　社外秘・複製禁止",
                "lines": [
                    "日の出ビル 防犯カメラ配置図（2025年10月現在）",
                    "",
                    "1F：エントランス（CAM-01,02）、北通用口（CAM-03）、荷捌き場（CAM-04）",
                    "B1F：駐車場出入口（CAM-05）、駐車場内（CAM-06～09）、電気室前（CAM-10）",
                    "各階EVホール：CAM-11～20　／　屋上出入口：CAM-21",
                    "録画装置：防災センター内ラック（NVR-1、保存期間 31日）",
                ],
                "table": [
                    ["カメラ", "設置場所", "機種", "設置年"],
                    ["CAM-01", "1Fエントランス 正面", "KS-D200", "2016"],
                    ["CAM-03", "1F北通用口", "KS-D200", "2016"],
                    ["CAM-05", "B1F駐車場出入口", "KS-B310", "2018"],
                    ["CAM-21", "屋上出入口", "KS-B310", "2018"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF is stamped 社外秘 in its header and footer and goes to a contractor",
    },
    # 020 ------------------------------------------------------------------------------
    {
        "id": "birukanri-020",
        "subject": "RE: 受水槽清掃の立会者",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["東都ビルサービス 設備課 <setsubi@toto-bs.co.jp>"],
        "charset": "utf-8",
        "body": """東都ビルサービス 設備課 御中

お世話になっております。三ツ矢です。
10/25（土）の受水槽清掃の当日立会いは、弊社から以下の3名で対応します。
作業開始・終了時と、断水・復旧の際に携帯へご連絡ください。

・三ツ矢 恭平（施設管理課）　090-6650-1192　8:00～12:00
・榊原 しおり（施設管理課）　080-7712-3358　12:00～17:00
・奥泉 大地（防災センター）　070-4402-8815　終日（防災センター詰め）

よろしくお願いします。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff with their mobile numbers for on-site attendance: under five people, may warn",
    },
]

MESSAGES += [
    # 021 ------------------------------------------------------------------------------
    {
        "id": "birukanri-021",
        "subject": "B1F月極駐車場 契約者情報の引継ぎ（運営委託切替に伴う）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["パークネクスト 法人営業部 <houjin@parknext.jp>"],
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>パークネクスト株式会社<br>法人営業部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 施設管理課の三ツ矢です。</p>
<p>12月1日からの運営委託切替に伴い、B1F月極駐車場の現契約者（個人契約分）の情報を
お送りいたします。新システムへのご登録をお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>区画</th><th>契約者氏名</th><th>住所</th><th>電話番号</th><th>車両番号</th><th>契約開始</th></tr>
<tr><td>B-03</td><td>宍戸 隆之</td><td>東京都港区海岸三丁目18番2-1104号</td><td>090-3381-6620</td><td>品川 330 さ 41-07</td><td>2021/04/01</td></tr>
<tr><td>B-07</td><td>忽那 美沙</td><td>東京都大田区大森北一丁目6番9号</td><td>080-2274-9136</td><td>品川 501 ね 88-12</td><td>2022/10/01</td></tr>
<tr><td>B-08</td><td>米良 一輝</td><td>神奈川県川崎市幸区堀川町580番地 リバーコート702</td><td>070-5519-3348</td><td>川崎 300 ち 5-90</td><td>2023/01/01</td></tr>
<tr><td>B-11</td><td>伊集院 恵</td><td>東京都品川区北品川四丁目7番35号</td><td>090-8806-2251</td><td>品川 331 め 20-45</td><td>2019/07/01</td></tr>
<tr><td>B-14</td><td>王 子涵</td><td>東京都港区芝浦二丁目3番11-508号</td><td>080-6127-0049</td><td>品川 500 ひ 3-18</td><td>2024/02/01</td></tr>
<tr><td>B-15</td><td>鶴来 晋平</td><td>千葉県浦安市入船一丁目4番1号</td><td>090-1475-8832</td><td>習志野 310 る 77-01</td><td>2020/11/01</td></tr>
</table>
<p>法人契約分（12区画）は別途、契約書の写しとともにお送りいたします。</p>
<p>--<br>日の出産業株式会社 総務部 施設管理課<br>三ツ矢 恭平<br>TEL 03-5442-7710 ／ mitsuya.k@hinode-sangyo.co.jp</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six individual parking contract holders (home address, phone) to the new operator",
    },
    # 022 ------------------------------------------------------------------------------
    {
        "id": "birukanri-022",
        "subject": "9月分 電気・水道料金（専有部按分）のご請求",
        "sender": "日下部 雅人 <kusakabe.m@hinode-sangyo.co.jp>",
        "to": ["株式会社タカネ設計 管理部 <kanri@takane-sekkei.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """株式会社タカネ設計
管理部 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 経理部でございます。
9月分の専有部電気・水道料金（按分）につき、下記のとおりご請求申し上げます。

　請求書番号：ＨＳ－２５０９－０７１４
　対象期間　：令和７年９月１日～９月３０日（入居前内装工事期間分）
　電気料金　：　４８，２１０円（子メーター 7F-1, 7F-2）
　水道料金　：　　６，９３０円
　消費税（10%）：５，５１４円
　ご請求額　：　６０，６５４円
　お支払期限：令和７年１１月２８日

　お振込先：みどり銀行 芝浦支店 当座 ０２１４７７６
　　　　　　口座名義 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ
　適格請求書発行事業者登録番号：Ｔ６０１０４０１０８７４２３

請求書（PDF）は別途郵送いたします。
ご不明な点は経理部 日下部（03-5442-7730）までお問い合わせください。

--
日の出産業株式会社 経理部
日下部 雅人
kusakabe.m@hinode-sangyo.co.jp
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "an invoice to a tenant: company bank account, invoice number and the company's T-number, no person's data",
    },
    # 023 ------------------------------------------------------------------------------
    {
        "id": "birukanri-023",
        "subject": "FW: 来客用駐車場 回数券のカード決済について",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["パークネクスト 決済センター <kessai@parknext.jp>"],
        "charset": "utf-8",
        "body": """パークネクスト株式会社
決済センター ご担当者様

日の出ビル受付です。お世話になっております。
テナント（5F 北斗ライフ保険様）の方から、来客用駐車場の回数券（20枚綴り）を
クレジットカードで購入したいとのご依頼をいただきました。
ご本人からいただいたメールを下に転送しますので、決済のお手続きをお願いできますでしょうか。

---------- Forwarded message ---------
From: 芦刈 俊 <s.ashikari@hokuto-life.co.jp>
Date: 2025年10月9日(木) 16:12
Subject: 来客用駐車場 回数券のカード決済について
To: 受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>

受付ご担当者様

5Fの北斗ライフ保険 芦刈です。先日ご相談した回数券の件、
下記のカードで決済をお願いいたします（法人カードです）。

 カード番号：""" + " ".join(card_number(SEED + 2)[i:i + 4] for i in range(0, 16, 4)) + """
 有効期限　：09/28
 名義　　　：SHUN ASHIKARI
 金額　　　：20,000円（20枚綴り）

領収書は「北斗ライフ保険株式会社」宛でお願いします。

芦刈
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a forward carrying a full credit-card number to the parking operator",
    },
    # 024 ------------------------------------------------------------------------------
    {
        "id": "birukanri-024",
        "subject": "冬季の感染症対策（共用部清掃）についてのお願い",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["クリーンリーフ 現場責任者 <genba-shibaura@cleanleaf.co.jp>"],
        "charset": "cp932",
        "body": """クリーンリーフ株式会社
芝浦現場 ご担当者様

いつも丁寧な清掃をありがとうございます。日の出産業の榊原です。

例年、11月以降はインフルエンザやノロウイルスなどの感染性胃腸炎が流行する時期となります。
共用部の衛生管理について、12月～3月の期間、以下のとおり対応をお願いいたします。

１．エレベーターのボタン、手すり、トイレのドアノブ等の消毒を１日２回（10時・15時）に増やす
２．嘔吐物処理キット（次亜塩素酸ナトリウム、使い捨て手袋・ガウン）を各階の清掃用具庫に常備
３．嘔吐物の処理を行った場合は、場所と時刻を日報に記録（個人名は不要です）
４．スタッフの皆様も体調がすぐれない場合は無理をせず、現場責任者の判断で交代してください

消耗品の追加費用は月次精算にてご請求ください。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general infection-control guidance; health topic but no identifiable person",
    },
    # 025 ------------------------------------------------------------------------------
    {
        "id": "birukanri-025",
        "subject": "入館カード権限変更（ルミナス企画様 組織変更分）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 入退室管理サポート <gate-support@tsubasa-system.jp>"],
        "charset": "iso-2022-jp",
        "body": """ツバサシステム 入退室管理サポート御中

お世話になっております。日の出産業の三ツ矢です。
2F ルミナス企画様の組織変更に伴い、下記カードの権限を「2F専有部＋4F貸会議室」に変更してください。
（カード番号は入館カードの管理番号です。）

 カード番号   氏名            所属               内線
 ----------   -------------   ----------------   ------
 HB-02-0113   蓮見 智也       総務部             2101
 HB-02-0127   宇佐美 環       総務部             2102
 HB-02-0141   篠突 健         企画制作部         2215
 HB-02-0150   生田目 瑞希     企画制作部         2218
 HB-02-0166   左右田 悠       企画制作部         2220

反映は10月20日（月）朝までにお願いいたします。
""" + SIG_MITSUYA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five tenant staff with department and office extension only: business contacts, or a five-person list",
    },
    # 026 ------------------------------------------------------------------------------
    {
        "id": "birukanri-026",
        "subject": "日の出大阪ビル 管理人（嘱託）の入社書類",
        "sender": "鬼頭 まどか <kito.m@hinode-sangyo.co.jp>",
        "to": ["人事部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """人事部 給与担当 各位

大阪支店 総務課の鬼頭です。
11月1日付で日の出大阪ビルの管理人として嘱託採用となる方の書類情報をお送りします。
原本は社内便で本日発送しました。

　氏名：　二階堂 源治（にかいどう げんじ）
　生年月日：　昭和３５年１月２８日
　住所：　大阪府豊中市服部元町二丁目5番14号
　個人番号：　""" + my_number(SEED + 3) + """
　基礎年金番号：　4210-583917
　振込口座：　みどり銀行 梅田支店 普通 3318264

社会保険の資格取得届の準備をお願いいたします。
""" + SIG_OSAKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "a new hire's My Number, pension number and bank account, but sent only to internal HR",
    },
    # 027 ------------------------------------------------------------------------------
    {
        "id": "birukanri-027",
        "subject": "10/3 貸会議室での盗難事案について（警備員の件）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["関東セキュリティ警備 営業部 芹沢様 <serizawa@kanto-sec.co.jp>"],
        "cc": ["三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """関東セキュリティ警備株式会社
営業部 芹沢 様

お世話になっております。日の出産業の五百旗頭です。

10月3日に4階貸会議室Bで発生した利用者の財布盗難の件について、
本日、三田警察署から、貴社より派遣いただいていた警備員 纐纈 剛 氏（夜勤帯担当）が
窃盗の疑いで逮捕されたとの連絡を受けました。
同氏は過去にも同種の前歴があったと警察から聞いております。

つきましては、
１．同氏の入館カード（HB-SEC-014）は本日付で失効処理済みです
２．同氏が担当していた巡回記録（9月～10月）の提出をお願いします
３．後任の配置と、採用時の身元確認の手順について、書面でのご説明をお願いします

テナント様への説明は弊社から行います。至急ご対応をお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names a guard arrested for theft with a prior record: criminal record of an identifiable person to an outside company",
    },
    # 028 ------------------------------------------------------------------------------
    {
        "id": "birukanri-028",
        "subject": "令和8年度 日の出ビル法定点検・保守スケジュール（案）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["芝浦アセットマネジメント 物件担当 <pm-hinode@shibaura-am.co.jp>"],
        "charset": "utf-8",
        "body": """芝浦アセットマネジメント株式会社
物件担当 ご担当者様

いつもお世話になっております。日の出産業の五百旗頭です。
来年度の法定点検・保守のスケジュール案を作成しましたのでお送りします。
予算計上の都合上、11月末までにご意見をいただけますと助かります。

シート「年間」が一覧、「月別」が月ごとの作業、「業者」が委託先の窓口です。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "R8_法定点検保守スケジュール_日の出ビル.xlsx",
                "title": "令和8年度 法定点検・保守スケジュール",
                "sheets": {
                    "年間": [
                        ["令和8年度 日の出ビル 法定点検・保守スケジュール（案）"],
                        ["区分", "項目", "根拠法令", "頻度", "実施月", "委託先"],
                        ["電気", "高圧受変電設備 年次点検", "電気事業法", "年1回", "11月", "東都ビルサービス"],
                        ["消防", "消防用設備等点検", "消防法", "年2回", "5月・11月", "ヒノマル防災"],
                        ["昇降機", "エレベーター定期検査", "建築基準法", "年1回", "10月", "昇和エレベーター"],
                        ["昇降機", "エレベーター保守点検", "―", "毎月", "毎月", "昇和エレベーター"],
                        ["給排水", "受水槽清掃", "水道法", "年1回", "10月", "東都ビルサービス"],
                        ["給排水", "水質検査", "建築物衛生法", "6か月毎", "4月・10月", "東都ビルサービス"],
                        ["空調", "空気環境測定", "建築物衛生法", "2か月毎", "偶数月", "東都ビルサービス"],
                        ["建築", "特定建築物定期調査", "建築基準法", "3年毎", "8月", "未定"],
                    ],
                    "月別": [
                        ["月", "作業", "停電・断水", "テナント周知期限"],
                        ["4月", "水質検査", "なし", "―"],
                        ["5月", "消防用設備等点検（上期）", "なし", "4/20"],
                        ["10月", "受水槽清掃・EV定期検査", "断水 8:00-17:00", "9/25"],
                        ["11月", "高圧受変電設備 年次点検", "全館停電 8:00-16:00", "10/20"],
                    ],
                    "業者": [
                        ["委託先", "担当部署", "代表電話"],
                        ["東都ビルサービス株式会社", "芝浦事業所", "03-5418-2200"],
                        ["株式会社ヒノマル防災", "点検部", "03-3769-5510"],
                        ["昇和エレベーター株式会社", "東京サービスセンター", "0120-418-770"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "multi-sheet XLSX maintenance schedule with vendor switchboards only",
    },
    # 029 ------------------------------------------------------------------------------
    {
        "id": "birukanri-029",
        "subject": "【見積依頼】日の出ビル 共用部トイレ改修工事",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": [
            "東都ビルサービス 工事部 <kouji@toto-bs.co.jp>",
            "株式会社芝浦リノテック 営業部 <eigyo@shibaura-renotech.co.jp>",
            "大和田工務店 見積担当 <mitsumori@owada-koumuten.jp>",
        ],
        "charset": "cp932",
        "body": """各位

お世話になっております。日の出産業 施設管理課の三ツ矢です。

日の出ビル共用部トイレ（2F～7F 男女各6か所）の改修工事につき、
相見積りをお願いしたく、ご連絡いたしました。

・工事概要：便器・洗面器の更新、床・壁の張替え、照明のLED化、多目的トイレ（1F）の新設
・工期：令和８年２月～３月（土日・夜間作業中心）
・現地調査：10月27日（月）～31日（金）のうちご希望の日時
・見積提出期限：11月21日（金）

図面一式は現地調査の際にお渡しします。
""" + SIG_MITSUYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "a request for competing quotes with three contractors openly in To: should have been Bcc",
    },
    # 030 ------------------------------------------------------------------------------
    {
        "id": "birukanri-030",
        "subject": "夜間工事の入館者登録（10/29 7F内装 是正工事）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["関東セキュリティ警備 芝浦隊 <shibaura-tai@kanto-sec.co.jp>"],
        "charset": "utf-8",
        "body": """関東セキュリティ警備 芝浦隊 御中

お疲れさまです。日の出産業の榊原です。
10月29日（水）22:00～翌5:00、7階タカネ設計様の内装是正工事が入ります。
作業員は以下の4名です。通用口での入館受付と、作業終了時の退館確認をお願いします。

【施工：有限会社 黒鉄内装】
 1) 黒鉄 修二（職長）　携帯 090-7218-4435
 2) 小鳥遊 隼　　　　　携帯 080-5566-0217
 3) 栗花落 蓮　　　　　携帯 070-2903-7781
 4) Nguyen Van Hai　　 携帯 090-3312-9064

資材搬入はB1F荷捌き場から、22:00～22:30の予定です。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four workers with mobile numbers for night entry: four people, at the line but under five; may warn",
    },
    # 031 ------------------------------------------------------------------------------
    {
        "id": "birukanri-031",
        "subject": "搬入車両の事前登録（運転者情報）",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["東都ビルサービス 芝浦所長 <shibaura-shocho@toto-bs.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """東都ビルサービス 芝浦所長様

防災センターです。
10月23日（木）の7F什器搬入の車両について、荷捌き場の事前登録をお願いします。
運転者の方の情報は搬入業者から以下のとおり届いています。

　搬入業者：青葉運輸株式会社 港営業所
　車両：４ｔ ウイング車　品川 100 か 62-15
　運転者：猪狩 哲也
　運転免許証番号：第３０２１１８４５６０７１号
　到着予定：8:30

荷捌き場の使用時間は8:30～11:00でお願いします。
""" + SIG_BOUSAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number of one person sent to the maintenance contractor: identity-document number",
    },
    # 032 ------------------------------------------------------------------------------
    {
        "id": "birukanri-032",
        "subject": "FW: 【昇和エレベーター】2号機 部品納期遅延のお詫び",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["Brightwell Consulting 久我様 <y.kuga@brightwell.com>"],
        "charset": "utf-8",
        "body": """久我様

いつもお世話になっております。日の出産業の五百旗頭です。
6階をご利用の皆様にご不便をおかけしている2号機の件、メーカーから下記の連絡がありました。
復旧見込みは11月4日（火）となります。大変申し訳ございません。
それまでの間、1号機・3号機をご利用ください。

-----Forwarded Message-----
From: 城之内 啓 <jonouchi@showa-ev.co.jp>
Sent: Thursday, October 16, 2025 5:40 PM
To: 五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>
Subject: 【昇和エレベーター】2号機 部品納期遅延のお詫び

日の出産業株式会社
五百旗頭様

平素は格別のお引き立てを賜り、誠にありがとうございます。
先般ご報告いたしました2号機のドアモーター不具合につき、交換部品（型式 DM-7720）の
メーカー出荷が遅れており、交換作業は11月4日（火）となる見込みです。
ご迷惑をおかけし、誠に申し訳ございません。

昇和エレベーター株式会社 東京サービスセンター
城之内 啓
TEL 03-3452-8871 / FAX 03-3452-8879
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a vendor's apology (vendor signature only) to a tenant; no personal data",
    },
    # 033 ------------------------------------------------------------------------------
    {
        "id": "birukanri-033",
        "subject": "Re: 2F 会議室付近の空調が効かない件",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["蓮見 智也 <t.hasumi@luminas-kikaku.co.jp>"],
        "charset": "cp932",
        "body": """蓮見様

お世話になっております。三ツ矢です。
ご連絡いただいた2F会議室付近の空調の件、本日、東都ビルサービスの設備員と確認しました。

・原因：天井内の空調機（AHU-2-3）のフィルター目詰まりと、室温センサーの位置が
　窓際の日射を受けやすいことによる誤検知
・対応：フィルター清掃は本日実施済み。センサーの移設は10/25（土）に行います。
・暫定：それまでの間、中央監視で設定温度を1℃下げて運転します。

移設作業は1時間程度、会議室の天井点検口を開けますので、
当日のご使用がないか念のためご確認いただけますでしょうか。

三ツ矢

> 三ツ矢様
> 2F大会議室と隣の応接室が、午後になると28℃近くまで上がります。
> 来客が多いので、早めに見ていただけると助かります。
> ルミナス企画 蓮見
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to a tenant's complaint about air conditioning; no personal data",
    },
    # 034 ------------------------------------------------------------------------------
    {
        "id": "birukanri-034",
        "subject": "常駐清掃スタッフ名簿のご提出（日の出大阪ビル）",
        "sender": "鬼頭 まどか <kito.m@hinode-sangyo.co.jp>",
        "to": ["なにわクリーンサービス 業務部 <gyomu@naniwa-clean.co.jp>"],
        "charset": "utf-8",
        "body": """なにわクリーンサービス株式会社
業務部 ご担当者様

お世話になっております。日の出産業 大阪支店の鬼頭です。
12月からの清掃業務の引継ぎにあたり、現在の委託先から受領している常駐スタッフ名簿を
お送りします。継続雇用のご検討にお使いください。
（現委託先からは、ご本人の同意を得ているとの回答をいただいております。）
""" + SIG_OSAKA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "常駐清掃スタッフ名簿_日の出大阪ビル.pdf",
                "title": "常駐清掃スタッフ名簿",
                "lines": [
                    "日の出大阪ビル 常駐清掃スタッフ名簿（2025年10月1日現在）",
                    "現委託先：株式会社キタハマ美装",
                ],
                "table": [
                    ["No", "氏名", "生年月日", "住所", "電話", "勤務"],
                    ["1", "南風原 和代", "S37.8.14", "大阪市北区天神橋五丁目3-18", "06-6351-2287", "早番"],
                    ["2", "嘉手納 ゆき", "S44.2.3", "大阪市都島区中野町二丁目7-4", "080-4510-3392", "早番"],
                    ["3", "保志 文雄", "S30.11.27", "大阪府吹田市江坂町一丁目12-9", "090-8871-0265", "日勤"],
                    ["4", "十河 千代子", "S41.5.9", "大阪市淀川区十三東四丁目1-22", "070-2216-5518", "日勤"],
                    ["5", "鍛治 ひかる", "H3.1.30", "大阪市北区長柄西一丁目6-3-402", "080-6632-7104", "遅番"],
                    ["6", "馬渡 勝", "S33.6.21", "兵庫県尼崎市神田中通三丁目45", "090-3398-4417", "遅番"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF roster of six cleaning staff with dates of birth, home addresses and phones to a new contractor",
    },
    # 035 ------------------------------------------------------------------------------
    {
        "id": "birukanri-035",
        "subject": "4F貸会議室 ご予約確定のお知らせ（予約番号 R-251104-03）",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["江面 様 <emo@kitaguni-foods.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
江面 様

日の出ビル貸会議室をご予約いただき、ありがとうございます。
下記のとおりご予約を確定いたしました。

　予約番号：Ｒ－２５１１０４－０３
　日時　　：１１月４日（火）１３：００～１７：００
　会議室　：４Ｆ 貸会議室Ａ（定員３０名・スクール形式）
　備品　　：プロジェクター１台、ワイヤレスマイク２本、ホワイトボード
　料金　　：４４，０００円（税込）　※ご利用月末締め・翌月末お支払い

当日は1階受付で予約番号をお伝えいただければ、ご利用者様分の入館証をお渡しします。
キャンセルは3営業日前まで無料です。

日の出ビル 受付（日の出産業株式会社 総務部）
TEL 03-5442-7700
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "room booking confirmation to a partner's employee (salutation only); booking number and price",
    },
    # 036 ------------------------------------------------------------------------------
    {
        "id": "birukanri-036",
        "subject": "【社内限り】B1F駐車場 車上荒らしの件（映像確認結果）",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>", "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>"],
        "cc": ["法務部 <houmu@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """五百旗頭課長、三ツ矢さん

防災センター 奥泉です。
10/12（日）深夜のB1F駐車場 車上荒らしの件、CAM-07の映像を確認しました。

・02:14 北側スロープから徒歩で侵入（黒っぽい上下、帽子）
・02:21 区画B-11の車両の助手席窓を割る
・02:26 同スロープから退出

被害車両は月極契約者の伊集院 恵様（B-11）の車両です。
伊集院様はすでに三田警察署に被害届を提出済みとのことで、刑事さんから
映像の提供依頼がありました。提供の手続き（照会書の受領）は法務部にご相談させてください。

スロープのシャッター閉鎖時刻（現行 1:00）の見直しもご検討をお願いします。

奥泉
""" + SIG_BOUSAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "names a crime victim, but every recipient is internal",
    },
    # 037 ------------------------------------------------------------------------------
    {
        "id": "birukanri-037",
        "subject": "Re: 新任清掃スタッフの入館証登録について",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["クリーンリーフ 人事担当 <jinji@cleanleaf.co.jp>"],
        "charset": "utf-8",
        "body": """クリーンリーフ株式会社
人事担当 ご担当者様

お世話になっております。日の出ビル受付です。
ご提出いただいた新任スタッフの方の入館証を、下記の内容で登録いたしました。
内容に誤りがないかご確認ください。

　氏名　　　　：PHAM THI LAN（ファム ティ ラン）
　国籍　　　　：ベトナム
　在留カード番号：UH48271935ER
　在留期限　　：2027年3月14日
　入館証番号　：HB-CL-0219
　勤務開始日　：2025年11月1日

入館証は初日の朝、防災センターでお渡しします。

日の出ビル 受付（日の出産業株式会社 総務部）
TEL 03-5442-7700
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a residence-card number of one person goes back to her employer: identity-document number",
    },
    # 038 ------------------------------------------------------------------------------
    {
        "id": "birukanri-038",
        "subject": "ご入居にあたっての館内手続きのご案内",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["株式会社タカネ設計 管理部 如月様 <r.kisaragi@takane-sekkei.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """株式会社タカネ設計
管理部 如月様

このたびは日の出ビルにご入居いただき、誠にありがとうございます。
日の出産業 施設管理課の榊原です。
ご入居にあたっての館内手続きをまとめた案内を添付いたします。
特に「入館カード」「ゴミの分別」「時間外空調」の申請方法をご確認ください。

ご不明点はお気軽にお問い合わせください。
""" + SIG_SAKAKIBARA,
        "attachments": [
            {
                "kind": "docx",
                "name": "日の出ビル_入居者向け館内手続きのご案内.docx",
                "title": "入居者向け館内手続きのご案内",
                "paragraphs": [
                    "日の出ビル 入居者向け 館内手続きのご案内",
                    "1. 入館カード：新規発行・再発行・失効は「入館カード申請書」を施設管理課へ。発行まで5営業日。",
                    "2. 時間外空調：平日20時以降・土日祝は「時間外空調申請」を前営業日17時までに。1時間あたり2,200円。",
                    "3. ゴミの分別：可燃・不燃・資源（缶・瓶・PET）・古紙・機密文書（回収ボックス）。",
                    "4. 工事・搬入：7日前までに「工事届」「搬入届」を提出。荷捌き場の予約は防災センターへ。",
                    "5. 緊急時：防災センター（24時間）03-5442-7790。",
                ],
                "tables": [
                    [
                        ["申請書", "提出先", "期限"],
                        ["入館カード申請書", "施設管理課", "発行希望日の5営業日前"],
                        ["時間外空調申請", "防災センター", "前営業日17時"],
                        ["工事届・搬入届", "施設管理課", "7日前"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DOCX procedure guide for a new tenant; no personal data",
    },
    # 039 ------------------------------------------------------------------------------
    {
        "id": "birukanri-039",
        "subject": "【取扱注意】マスターキー・セキュリティ区画鍵の保管状況",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["東都ビルサービス 芝浦所長 <shibaura-shocho@toto-bs.co.jp>"],
        "charset": "cp932",
        "body": """東都ビルサービス株式会社
芝浦所長 様

本メールおよび添付は取扱注意です。関係者以外への転送はご遠慮ください。

管理業務の年次監査に向けて、マスターキーおよびセキュリティ区画の鍵の保管状況を
一覧にしました。貴社で保管いただいている分（網掛け部分）の現物確認を
10月31日までにお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "【取扱注意】鍵保管状況_2025.xlsx",
                "title": "取扱注意 鍵保管状況",
                "page_header": "取扱注意",
                "sheets": {
                    "鍵一覧": [
                        ["【取扱注意】日の出ビル マスターキー・セキュリティ区画鍵 保管状況"],
                        ["鍵番号", "区分", "対象", "本数", "保管者", "保管場所"],
                        ["MK-01", "グランドマスター", "全館", 1, "日の出産業 施設管理課長", "金庫（3F）"],
                        ["MK-02", "マスター", "2F～7F専有部", 2, "東都ビルサービス", "防災センター キーボックス"],
                        ["SK-11", "セキュリティ区画", "電気室", 2, "東都ビルサービス", "防災センター キーボックス"],
                        ["SK-12", "セキュリティ区画", "サーバー室（8F）", 1, "日の出産業 情報システム部", "8F 情シス"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail and attachment classified 取扱注意 sent to a contractor",
    },
    # 040 ------------------------------------------------------------------------------
    {
        "id": "birukanri-040",
        "subject": "Re: 退職前に使っていたロッカーの私物について",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["Kenta <kenta_hoshikawa.0602@yahoo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """星川 様

ご連絡ありがとうございます。日の出産業 施設管理課の三ツ矢です。
B1F更衣室のロッカー（No.47）に残っていた私物（作業靴、マグカップ、文庫本2冊）は、
段ボール1箱にまとめて防災センターでお預かりしています。

平日・土日とも24時間受け取り可能ですので、ご都合のよい時にお越しください。
郵送をご希望の場合は、送り先を本メールでお知らせいただければ着払いでお送りします。

三ツ矢

-----Original Message-----
From: Kenta <kenta_hoshikawa.0602@yahoo.co.jp>
Sent: Monday, October 20, 2025 9:03 PM
To: mitsuya.k@hinode-sangyo.co.jp
Subject: 退職前に使っていたロッカーの私物について

三ツ矢さん
9月末で退職した星川です。更衣室のロッカーに私物を置いたままにしてしまいました。
引き取りに伺いたいのですが、いつ頃なら大丈夫でしょうか。
携帯：080-3371-2260
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to a former employee on free mail; his phone number is only in the quoted original",
    },
]

MESSAGES += [
    # 041 ------------------------------------------------------------------------------
    {
        "id": "birukanri-041",
        "subject": "【日の出大阪ビル】雑排水槽清掃に伴う給湯室・トイレの使用制限について",
        "sender": "鬼頭 まどか <kito.m@hinode-sangyo.co.jp>",
        "to": ["株式会社なみはや商会 総務ご担当 <soumu@namihaya-shokai.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """株式会社なみはや商会
総務ご担当者様

平素より日の出大阪ビルをご利用いただき、誠にありがとうございます。
下記の日程で雑排水槽の清掃を実施いたします。作業中は排水ができなくなるため、
給湯室の流し・トイレの使用を制限させていただきます。

　日時：令和７年１１月１５日（土）　９：００～１３：００
　制限：全館の給湯室流し、トイレ（１階多目的トイレのみ使用可）
　作業：株式会社浪速環境衛生

土曜日に出勤される方がいらっしゃる場合は、ご周知をお願いいたします。
""" + SIG_OSAKA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "facility notice to one tenant of the Osaka building",
    },
    # 042 ------------------------------------------------------------------------------
    {
        "id": "birukanri-042",
        "subject": "閉じ込め救出講習 受講者名簿（修了証発行用）",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["昇和エレベーター 東京サービスセンター <tokyo-sc@showa-ev.co.jp>"],
        "charset": "utf-8",
        "body": """昇和エレベーター株式会社
東京サービスセンター 講習ご担当者様

お世話になっております。日の出ビル防災センターです。
11/12（水）のエレベーター閉じ込め時初期対応講習の受講者をお知らせします。
修了証の発行に生年月日が必要とのことでしたので、併せて記載しています。

氏名\tふりがな\t生年月日\t所属\t携帯電話
奥泉 大地\tおくいずみ だいち\t1994/03/08\t日の出産業 防災センター\t070-4402-8815
御厨 健二\tみくりや けんじ\t1978/11/22\t日の出産業 防災センター\t090-2265-7731
薬師寺 昴\tやくしじ すばる\t2001/07/15\t日の出産業 防災センター\t080-9934-1206
轟 美咲\tとどろき みさき\t1989/05/30\t東都ビルサービス 設備課\t090-6120-4483
五味 喬\tごみ たかし\t1967/12/04\t東都ビルサービス 設備課\t080-1557-3829
千々岩 望\tちぢいわ のぞみ\t1996/09/19\t関東セキュリティ警備\t070-7781-0046

当日は13:30に4F貸会議室Aへお越しください。
""" + SIG_BOUSAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of six trainees with dates of birth and mobiles sent to the elevator company",
    },
    # 043 ------------------------------------------------------------------------------
    {
        "id": "birukanri-043",
        "subject": "日の出ビル 9月度 管理業務報告書",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["芝浦アセットマネジメント 物件担当 <pm-hinode@shibaura-am.co.jp>"],
        "cc": ["東都ビルサービス 芝浦所長 <shibaura-shocho@toto-bs.co.jp>"],
        "charset": "utf-8",
        "body": """芝浦アセットマネジメント株式会社 物件担当各位
（cc：東都ビルサービス株式会社 芝浦所長様）

いつもお世話になっております。日の出産業の五百旗頭です。
9月度の管理業務報告書をお送りいたします。
トピックは、2号機ドアモーター不具合（11/4交換予定）と、7F入居工事の進捗です。
次回定例（10/30）でご説明いたします。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "管理業務報告書_2025年9月度_日の出ビル.pdf",
                "title": "管理業務報告書 2025年9月度",
                "lines": [
                    "日の出ビル 管理業務報告書（2025年9月度）",
                    "1. 稼働状況：稼働率 100%（7F 11/1入居予定を含む）",
                    "2. 設備：2号機ドアモーター不具合（9/28）、部品待ち。受変電設備 異常なし。",
                    "3. 清掃：定期清掃（床洗浄・ワックス）9/20 実施。",
                    "4. 警備：拾得物 8件、不審者対応 0件、救急対応 0件。",
                    "5. エネルギー：電力使用量 186,400kWh（前年同月比 -3.2%）",
                ],
                "table": [
                    ["項目", "予算", "実績", "差異"],
                    ["清掃費", "1,980,000", "1,980,000", "0"],
                    ["警備費", "2,450,000", "2,450,000", "0"],
                    ["設備保守費", "1,320,000", "1,387,500", "+67,500"],
                    ["修繕費", "500,000", "212,300", "-287,700"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "monthly report PDF to the owner's asset manager with the maintenance company in Cc: two external organisations",
    },
    # 044 ------------------------------------------------------------------------------
    {
        "id": "birukanri-044",
        "subject": "来期修繕予算のたたき台",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["榊原 しおり <sakakibara.s@hinode-sangy0.co.jp>"],
        "charset": "utf-8",
        "body": """榊原さん

お疲れさまです。三ツ矢です。
来期の修繕予算のたたき台を下に貼ります。明日の課内MTGまでに目を通しておいてください。

 項目                         概算（千円）   優先度
 --------------------------   ------------   ------
 共用部トイレ改修（2F-7F）          38,000   A
 2号機巻上機更新                    21,500   A
 外壁シーリング打替え（北面）        9,800   B
 駐車場ライン引き直し                1,200   C
 屋上防水 部分補修                   4,600   B

トイレ改修は相見積りの結果次第で上下します。
三ツ矢
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for a colleague, but addressed to hinode-sangy0.co.jp (zero for o): look-alike of the own domain",
    },
    # 045 ------------------------------------------------------------------------------
    {
        "id": "birukanri-045",
        "subject": "健康診断車の駐車について（11/18・19）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["北斗ライフ保険 総務課 芦刈様 <s.ashikari@hokuto-life.co.jp>"],
        "charset": "cp932",
        "body": """芦刈様

お世話になっております。日の出産業の榊原です。
11/18（火）・19（水）の貴社定期健康診断の検診車（胸部X線車・大型バス1台）の件、
B1F荷捌き場ではなく、1F東側の車寄せに駐車していただく形で調整がつきました。

・駐車位置：1F東側車寄せ（正面玄関の右手）
・時間：両日とも 8:00～17:00
・電源：車寄せの屋外コンセント（100V）をご利用いただけます
・受診者の方の動線：5F → EV → 1F東口 → 検診車（雨天時は庇の下に待機列）

他のテナント様の来客車両の誘導のため、当日は警備員を1名車寄せに配置します。
検診機関の方のお名前と到着時刻が分かりましたら、前日までにお知らせください。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "logistics for a tenant's health-check bus: a health topic in general, no individual's data",
    },
    # 046 ------------------------------------------------------------------------------
    {
        "id": "birukanri-046",
        "subject": "車椅子使用者用区画の優先割当てのお願い",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["パークネクスト 法人営業部 <houjin@parknext.jp>"],
        "charset": "iso-2022-jp",
        "body": """パークネクスト株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の三ツ矢です。
12月の運営切替後の区画割当てについて、一点ご配慮をお願いしたくご連絡しました。

6F Brightwell Consulting 様の従業員、雲母 純一 様が、11月から自家用車で通勤されます。
雲母様は脊髄損傷による下肢の障害があり（身体障害者手帳１級）、車椅子を使用されています。
EV前の車椅子使用者用区画（B-01）を月極で優先的に割り当てていただけますでしょうか。

車両：品川 300 す 19-64（運転補助装置付き）
契約開始：2025年11月4日

ご本人からは、区画割当てのために障害の内容をお伝えすることについて了解をいただいております。
""" + SIG_MITSUYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named tenant employee's disability (手帳1級) sent to the parking operator: sensitive data of one person, consent notwithstanding",
    },
    # 047 ------------------------------------------------------------------------------
    {
        "id": "birukanri-047",
        "subject": "入館カード再発行のお願い（紛失１件）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 入退室管理サポート <gate-support@tsubasa-system.jp>"],
        "charset": "utf-8",
        "body": """ツバサシステム 入退室管理サポート御中

お世話になっております。日の出産業の三ツ矢です。
紛失届が出ましたので、下記1枚の失効と再発行をお願いします。

 旧カード番号：HB-05-0288（本日 9:40 に管理画面で一時停止済み）
 氏名　　　　：芦刈 俊（北斗ライフ保険 総務課）
 社員番号　　：HL-20417
 メール　　　：s.ashikari@hokuto-life.co.jp
 権限　　　　：共用部＋5F専有部（変更なし）

再発行手数料（3,300円）は北斗ライフ保険様へ請求いたします。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one person's card record (name, employee number, work e-mail) to the card vendor: one person, may warn",
    },
    # 048 ------------------------------------------------------------------------------
    {
        "id": "birukanri-048",
        "subject": "Re: 7F 通用口の鍵を紛失した件",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["如月 玲奈 <r.kisaragi@takane-sekkei.co.jp>"],
        "charset": "utf-8",
        "body": """如月様

お世話になっております。榊原です。
7F通用口の鍵の件、ご連絡ありがとうございます。

防災センターの拾得物を確認しましたが、該当する鍵は届いておりませんでした。
防犯上、シリンダーを交換させていただきます（費用 16,500円、貴社ご負担となります）。
交換は明日10/22（水）の10時に、東都ビルサービスの作業員が伺います。

交換後の鍵は2本お渡しします。受領書へのご署名をお願いします。
当日、作業員から直接ご連絡することがありますので、
ご連絡いただいた甲斐田様の携帯（080-9907-1238）をお伝えしてよろしいでしょうか。

参考に、交換対象のシリンダーの写真を添付します。
""" + SIG_SAKAKIBARA,
        "attachments": [{"kind": "png", "name": "7F_tsuyoguchi_cylinder.png"}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one tenant employee's mobile in a reply to the tenant, plus a photo: one person",
    },
    # 049 ------------------------------------------------------------------------------
    {
        "id": "birukanri-049",
        "subject": "設備台帳（2025年版）の送付",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["芝浦アセットマネジメント 物件担当 <pm-hinode@shibaura-am.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """芝浦アセットマネジメント株式会社
物件担当 ご担当者様

お世話になっております。五百旗頭です。
ご依頼の設備台帳（2025年版）をPDFでお送りします。
開封用のパスワードは、先日お電話でお伝えしたものです。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "設備台帳_2025_日の出ビル.pdf",
                "password": "shibaura2025",
                "lines": ["日の出ビル 設備台帳 2025", "受変電設備：キュービクル 6,600V 1,500kVA"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    # 050 ------------------------------------------------------------------------------
    {
        "id": "birukanri-050",
        "subject": "照明器具のLED化 対象器具リスト（CSV）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["東都ビルサービス 設備課 <setsubi@toto-bs.co.jp>"],
        "charset": "utf-8",
        "body": """東都ビルサービス 設備課 御中

お世話になっております。三ツ矢です。
共用部照明のLED化について、対象器具のリストをCSVでお送りします。
型番と台数にお見積りのうえ、工程案（夜間・フロア単位）をご提案ください。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "csv",
                "name": "LED_taisho_kigu.csv",
                "encoding": "utf-8",
                "rows": [
                    ["管理番号", "設置場所", "器具種別", "現行型番", "台数", "設置年"],
                    ["L-B1-01", "B1F駐車場", "逆富士 40W×2", "FHF-40-2A", "48", "2004"],
                    ["L-1F-01", "1Fエントランス", "ダウンライト", "DL-FHT32", "22", "2004"],
                    ["L-1F-02", "1F北通用口", "直付 20W×1", "FL-20-1B", "6", "2004"],
                    ["L-2F-01", "2F-7F EVホール", "埋込 40W×2", "FHF-40-2E", "36", "2009"],
                    ["L-2F-02", "2F-7F 共用廊下", "ダウンライト", "DL-FHT32", "72", "2009"],
                    ["L-RF-01", "屋上", "投光器 水銀灯", "HF-250X", "4", "2004"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "UTF-8 CSV of light fixtures: equipment, no people",
    },
    # 051 ------------------------------------------------------------------------------
    {
        "id": "birukanri-051",
        "subject": "5F来館者記録（10/1～10/7）の提供について",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["北斗ライフ保険 コンプライアンス室 <compliance@hokuto-life.co.jp>"],
        "charset": "utf-8",
        "body": """北斗ライフ保険株式会社
コンプライアンス室 ご担当者様

日の出ビル防災センターです。
ご依頼のあった、5F（貴社）宛ての来館者記録（10月1日～7日分）を抽出しました。
受付システムからのCSV出力をZIPにまとめて添付します。
社内調査のみにご利用いただき、調査終了後は破棄をお願いいたします。
""" + SIG_BOUSAI,
        "attachments": [
            {
                "kind": "zip",
                "name": "raikan_5F_20251001-1007.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "raikan_5F_20251001-1007.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["入館日時", "退館日時", "来館者氏名", "会社名", "電話番号", "訪問先", "入館証"],
                            ["2025/10/01 09:52", "2025/10/01 11:10", "早乙女 克也", "（個人）", "090-3318-0274", "鍬形", "V-0112"],
                            ["2025/10/01 13:05", "2025/10/01 14:40", "禰津 由佳", "みなと保険サービス", "080-5529-6130", "芦刈", "V-0118"],
                            ["2025/10/02 10:30", "2025/10/02 11:02", "穂積 剛", "（個人）", "070-4471-8803", "鍬形", "V-0121"],
                            ["2025/10/02 15:18", "2025/10/02 16:55", "浅葱 まりえ", "（個人）", "090-6604-2917", "営業課", "V-0125"],
                            ["2025/10/03 09:40", "2025/10/03 10:20", "一戸 悟", "一戸税理士事務所", "03-3452-7716", "芦刈", "V-0130"],
                            ["2025/10/06 11:15", "2025/10/06 12:48", "早乙女 克也", "（個人）", "090-3318-0274", "鍬形", "V-0142"],
                            ["2025/10/06 16:02", "2025/10/06 17:30", "銭谷 美樹", "（個人）", "080-2275-3346", "営業課", "V-0146"],
                            ["2025/10/07 10:08", "2025/10/07 10:55", "Olivia Grant", "（個人）", "080-7713-5520", "鍬形", "V-0150"],
                            ["2025/10/07 14:22", "2025/10/07 15:37", "有働 拓", "（個人）", "090-1182-4469", "営業課", "V-0153"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP with a CSV visitor log: eight visitors' names and phone numbers to a tenant",
    },
    # 052 ------------------------------------------------------------------------------
    {
        "id": "birukanri-052",
        "subject": "RE: Business continuity questionnaire - Hinode Bldg.",
        "sender": "Ryo Tachibana <tachibana.r@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@brightwell.com>"],
        "charset": "utf-8",
        "body": """Dear Ms. Raman,

Thank you for your questionnaire. Please find our answers below.

1. Seismic performance: the building was completed in 2004 under the current (1981)
   seismic code and has a damping system on floors 2-10.
2. Emergency power: one 500 kVA diesel generator (72 hours at full load on the on-site
   fuel tank); it supplies emergency lighting, one elevator, the disaster control
   centre and the 100V outlets marked in red on each floor.
3. Water: the receiving tank holds 40 m3; drinking water and emergency toilets are
   stocked for 3 days for 600 people.
4. Security: 24-hour guards, card access on every floor, CCTV recorded for 31 days.
5. Evacuation site: Shibaura Chuo Park (300 m north).

We would be glad to walk your team through the building. Our disaster control centre
can be reached 24/7 at +81-3-5442-7790.
""" + SIG_TACHIBANA_EN + """
-----Original Message-----
From: Priya Raman <priya.raman@brightwell.com>
Sent: Wednesday, October 15, 2025 11:48 PM
To: tachibana.r@hinode-sangyo.co.jp
Subject: Business continuity questionnaire - Hinode Bldg.

Dear Mr. Tachibana,
Our global risk team reviews the BCP readiness of all office buildings we lease.
Could you answer the attached five questions by the end of the month?
Kind regards, Priya Raman, Regional Facilities Lead APAC, Brightwell Consulting, +65 6812 4470
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English BCP answers to a foreign tenant; her contact details only in the quoted original",
    },
    # 053 ------------------------------------------------------------------------------
    {
        "id": "birukanri-053",
        "subject": "共益費改定のお知らせ（令和８年４月分より）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["株式会社ルミナス企画 総務部 <soumu@luminas-kikaku.co.jp>"],
        "charset": "cp932",
        "body": """株式会社ルミナス企画
総務部 御中

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は日の出ビルをご利用いただき、誠にありがとうございます。

さて、昨今の電力料金および人件費の上昇に伴い、誠に恐縮ながら
令和８年４月分より共益費を下記のとおり改定させていただきたく、お知らせ申し上げます。

　現行：月額　１坪あたり　４，２００円（税別）
　改定後：月額　１坪あたり　４，６００円（税別）
　貴社ご契約面積：１２８．４坪

詳細につきましては、別途書面をお送りいたします。
何卒ご理解を賜りますよう、お願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
""" + SIG_IOKIBE + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "fee revision notice to a tenant with the standard Japanese disclaimer",
    },
    # 054 ------------------------------------------------------------------------------
    {
        "id": "birukanri-054",
        "subject": "Visitor pre-registration for Nov 10-12 (passport details)",
        "sender": "Ryo Tachibana <tachibana.r@hinode-sangyo.co.jp>",
        "to": ["Kanto Security Shibaura team <shibaura-tai@kanto-sec.co.jp>"],
        "charset": "utf-8",
        "body": """Dear Shibaura team,

For the overseas auditor visiting the 8th floor from November 10 to 12, please
pre-register the following person at the security desk. As agreed with the audit firm,
identity will be checked against his passport at the first entry.

  Name:            Mr. Henrik ALSTAD
  Nationality:     Norway
  Passport No.:    FK3829104
  Date of birth:   14 MAR 1979
  Host:            Internal Audit Dept., Hinode Sangyo (8F)
  Temporary card:  HB-V-0801 (valid 10-12 Nov, 08:00-20:00)

Please hand over the temporary card at the north entrance and collect it on the 12th.
""" + SIG_TACHIBANA_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a visitor's passport number and date of birth sent to the security contractor",
    },
    # 055 ------------------------------------------------------------------------------
    {
        "id": "birukanri-055",
        "subject": "屋上立入許可のご連絡（携帯基地局アンテナ点検）",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["ミライ通信エンジニアリング 工事管理 <koujikanri@mirai-tsushin-eng.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """ミライ通信エンジニアリング株式会社
工事管理ご担当者様

日の出ビル防災センターです。
１１月６日（木）の屋上アンテナ定期点検について、屋上立入を許可いたします。

　作業時間：９：３０～１５：００
　作業員　：漆原 和樹 様（携帯 ０９０－５５１８－２０３７）
　　　　　　矢作 陸 様　（携帯 ０８０－２２４１－６６９０）
　入館　　：北側通用口 → 防災センターで屋上鍵（K-101）を貸出
　注意事項：強風（10m/s以上）の場合は作業中止、ヘルメット・安全帯着用

作業終了時は鍵の返却と、屋上扉の施錠確認をお願いします。
""" + SIG_BOUSAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two contractor workers with full-width mobile numbers back to their own company: two people",
    },
    # 056 ------------------------------------------------------------------------------
    {
        "id": "birukanri-056",
        "subject": "Re: 内装工事の工程表について",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["黒鉄内装 黒鉄様 <kurogane@kurogane-naisou.jp>"],
        "charset": "utf-8",
        "body": """黒鉄様

お世話になっております。三ツ矢です。
工程表を拝見しました。10/29夜の是正工事の内容で問題ございません。
防災センターへの入館者登録も済ませております。
当日はよろしくお願いいたします。

三ツ矢

2025年10月21日(火) 18:22 黒鉄 修二 <kurogane@kurogane-naisou.jp>:
> 日の出産業 三ツ矢様
>
> 黒鉄内装の黒鉄です。7Fの是正工事の工程表を添付いたします。
> 当日の現場責任者は私、黒鉄が務めます。
> 緊急時は携帯 090-7218-4435 までご連絡ください。
> 自宅：東京都江東区亀戸七丁目22番5号
>
> 有限会社 黒鉄内装 代表 黒鉄 修二
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the contractor's mobile and home address appear only in the quoted original",
    },
    # 057 ------------------------------------------------------------------------------
    {
        "id": "birukanri-057",
        "subject": "自転車置場の放置自転車撤去について（最終のご案内）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": [
            "株式会社ルミナス企画 総務部 <soumu@luminas-kikaku.co.jp>",
            "株式会社タカネ設計 管理部 <kanri@takane-sekkei.co.jp>",
            "ryo.sato.bike@gmail.com",
        ],
        "charset": "iso-2022-jp",
        "body": """関係者各位

日の出産業 施設管理課の榊原です。
1階自転車置場に長期間置かれている自転車（登録シールなし、計3台）について、
先月から所有者の確認を行ってまいりましたが、いまだ引き取りがございません。

つきましては、11月14日（金）をもって撤去・処分いたします。
お心当たりのある方は、それまでに防災センターまでご連絡ください。
（ルミナス企画様・タカネ設計様には従業員の皆様へのご周知をお願いいたします。
　佐藤様には、過去にご利用登録をいただいていたため、念のためご連絡しております。）
""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "two tenant companies and a private free-mail user openly in To: three external parties see each other",
    },
    # 058 ------------------------------------------------------------------------------
    {
        "id": "birukanri-058",
        "subject": "テナント説明会資料（共用部LED化・省エネ運用）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["北斗ライフ保険 総務課 <soumu-ka@hokuto-life.co.jp>"],
        "charset": "utf-8",
        "body": """北斗ライフ保険株式会社
総務課 ご担当者様

いつもお世話になっております。日の出産業の五百旗頭です。
先日のテナント説明会でご説明した資料をお送りします。
ご欠席だった方への共有にお使いください。
""" + SIG_IOKIBE,
        "attachments": [
            {
                "kind": "pptx",
                "name": "テナント説明会_LED化と省エネ運用_202510.pptx",
                "title": "テナント説明会資料",
                "page_footer": "日の出産業株式会社 総務部 施設管理課",
                "slides": [
                    ["共用部LED化と省エネ運用について", "2025年10月 テナント説明会", "日の出産業株式会社 施設管理課"],
                    ["工事の概要", "対象：共用部照明 188台", "期間：2026年1月～2月（夜間）", "専有部への影響：なし"],
                    ["省エネ運用のお願い", "時間外空調の事前申請", "退出時の照明・OA機器の電源OFF", "ブラインドの活用（夏季）"],
                    ["効果の見込み", "電力使用量 年間 約8%削減", "CO2 年間 約120t削減"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX presentation for tenants; no personal data",
    },
    # 059 ------------------------------------------------------------------------------
    {
        "id": "birukanri-059",
        "subject": "Use of the 4F quiet room for daily prayers",
        "sender": "Ryo Tachibana <tachibana.r@hinode-sangyo.co.jp>",
        "to": ["Cleanleaf Shibaura site <genba-shibaura@cleanleaf.co.jp>"],
        "charset": "utf-8",
        "body": """Dear Cleanleaf team,

From November, Mr. Farhan Qureshi of Brightwell Consulting (6F), who is a practising
Muslim, will use the 4F quiet room (next to meeting room C) for his daily prayers,
around 12:15 and 15:30 on weekdays. He will keep a prayer mat in the cabinet there.

Could you please:
  - avoid cleaning the quiet room between 12:00-12:45 and 15:15-16:00,
  - not move or wash the mat in the cabinet,
  - keep the floor there free of wax for the time being (shoes are taken off).

Mr. Qureshi can be reached on 080-6219-4473 if anything is unclear.
Thank you for your understanding.
""" + SIG_TACHIBANA_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a named person's religion (with his mobile) sent to the cleaning contractor: sensitive data",
    },
    # 060 ------------------------------------------------------------------------------
    {
        "id": "birukanri-060",
        "subject": "防災センター要員 名簿（緊急招集用）更新",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>"],
        "cc": ["人事部 <jinji@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """防災センター各位（cc: 人事部）

大規模災害時の緊急招集用名簿を更新しました。自宅から日の出ビルまでの徒歩時間も
記載しています。夜間・休日の地震（震度５強以上）の際は、徒歩30分以内の者が参集してください。

　氏名　　　　　生年月日　　　　住所　　　　　　　　　　　　　　携帯　　　　　　　　徒歩
　――――――　――――――　――――――――――――――　――――――――　――――
　御厨　健二　　昭和53年11月22日　東京都港区芝五丁目8番3号　　　090-2265-7731　　15分
　奥泉　大地　　平成6年3月8日　　東京都品川区東品川二丁目4番1号　070-4402-8815　　35分
　薬師寺　昴　　平成13年7月15日　東京都港区三田一丁目10番6号　　080-9934-1206　　20分
　花房　真澄　　昭和61年2月11日　東京都中央区勝どき五丁目3番12号　090-7781-6602　　40分
　五百旗頭　聡　昭和47年9月3日　　東京都港区海岸一丁目2番20号　　090-3327-0458　　25分
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "full-width-padded staff list with DOB, home address and mobile, but internal recipients only",
    },
]

MESSAGES += [
    # 061 ------------------------------------------------------------------------------
    {
        "id": "birukanri-061",
        "subject": "転送：自衛消防隊員の届出（ルミナス企画様分）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["ヒノマル防災 菅生様 <sugou@hinomaru-bosai.co.jp>"],
        "charset": "utf-8",
        "body": """菅生様

お世話になっております。日の出産業の榊原です。
総合消防訓練の班編成のため、ルミナス企画様から届いた自衛消防隊員の届出を転送します。
添付のメールをご確認のうえ、各班への割当てをご検討ください。

榊原
""" + SIG_SAKAKIBARA,
        "attachments": [
            {
                "kind": "eml",
                "name": "自衛消防隊員の届出（ルミナス企画）.eml",
                "message": {
                    "subject": "自衛消防隊員の届出（2F ルミナス企画）",
                    "sender": "宇佐美 環 <t.usami@luminas-kikaku.co.jp>",
                    "to": ["榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>"],
                    "charset": "iso-2022-jp",
                    "body": """榊原様

ルミナス企画の宇佐美です。
当社の自衛消防隊員を以下のとおり届け出ます。
夜間・休日の緊急連絡先として、本人の携帯と家族の連絡先を記載しています。

【通報連絡班】
　蓮見 智也　　携帯 090-2231-8874　／　家族（妻・蓮見 咲）080-6672-1135
【初期消火班】
　篠突 健　　　携帯 090-5528-6630　／　家族（母・篠突 ハル）0422-47-3381
　左右田 悠　　携帯 070-1182-9956　／　家族（夫・左右田 亘）090-4418-7720
【避難誘導班】
　生田目 瑞希　携帯 080-3317-2294　／　家族（父・生田目 修）0285-22-6619
　宇佐美 環　　携帯 080-4419-0327　／　家族（姉・宇佐美 碧）070-3390-5524
【応急救護班】
　漆畑 航平　　携帯 090-8802-1457　／　家族（妻・漆畑 知佳）080-1129-6673

よろしくお願いいたします。
ルミナス企画 総務部 宇佐美
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded mail (attached .eml) listing six tenant staff with mobiles and family contacts: a forward is new text to the vendor",
    },
    # 062 ------------------------------------------------------------------------------
    {
        "id": "birukanri-062",
        "subject": "誤配された郵便物について",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["株式会社タカネ設計 管理部 <kanri@takane-sekkei.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """株式会社タカネ設計 管理部 御中

日の出ビル受付です。いつもお世話になっております。
本日、貴社の百武 航 様宛ての郵便物（角２封筒、差出人：一般社団法人日本建築積算協会）が
誤って弊社8階の郵便受けに配達されておりました。
受付でお預かりしておりますので、お手すきの際にお受け取りください。

日の出ビル 受付（日の出産業株式会社 総務部）
TEL 03-5442-7700
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a misdelivered letter: one addressee's name and no other data about him",
    },
    # 063 ------------------------------------------------------------------------------
    {
        "id": "birukanri-063",
        "subject": "B1F駐車場 区画割当表（法人契約分）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["パークネクスト 法人営業部 <houjin@parknext.jp>"],
        "charset": "cp932",
        "body": """パークネクスト 法人営業部 御中

お世話になっております。三ツ矢です。
法人契約分の区画割当表をお送りします（旧形式の .xls で失礼します）。
契約者は全てテナント企業で、連絡先は各社の総務窓口です。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "xls",
                "name": "kukaku_houjin_2025.xls",
                "sheets": {
                    "法人契約": [
                        ["区画", "契約法人", "台数", "窓口部署", "窓口電話", "契約期限"],
                        ["B-16", "北斗ライフ保険株式会社", 1, "総務課", "03-6721-4400", "2026/03/31"],
                        ["B-17", "北斗ライフ保険株式会社", 1, "総務課", "03-6721-4400", "2026/03/31"],
                        ["B-18", "株式会社ルミナス企画", 1, "総務部", "03-6435-2200", "2026/09/30"],
                        ["B-19", "Brightwell Consulting Japan", 1, "Office Admin", "03-6435-8810", "2027/01/31"],
                        ["B-20", "株式会社タカネ設計", 2, "管理部", "03-6453-7100", "2027/10/31"],
                        ["B-22", "日の出産業株式会社", 4, "総務部", "03-5442-7700", "―"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of parking bays leased by companies, with company switchboards: businesses, not people",
    },
    # 064 ------------------------------------------------------------------------------
    {
        "id": "birukanri-064",
        "subject": "高圧受変電設備 年次点検結果（速報）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["芝浦アセットマネジメント 物件担当 <pm-hinode@shibaura-am.co.jp>"],
        "charset": "utf-8",
        "body": """芝浦アセットマネジメント 物件担当各位

お世話になっております。五百旗頭です。
11/9 に実施した高圧受変電設備の年次点検結果（速報版）をお送りします。
絶縁抵抗・保護継電器試験とも異常なしとの報告です。正式な報告書は後日郵送されます。
""" + SIG_IOKIBE,
        "attachments": [{"kind": "corrupt", "name": "受変電設備_年次点検結果_速報.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read",
    },
    # 065 ------------------------------------------------------------------------------
    {
        "id": "birukanri-065",
        "subject": "Re: 清掃委託先との秘密保持条項について（ご相談）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 鷲見先生 <sumi@shirakawa-law.jp>"],
        "cc": ["法務部 <houmu@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """鷲見先生

いつも大変お世話になっております。日の出産業の五百旗頭です。
ご助言ありがとうございました。ご指摘を踏まえて、以下の方針で進めたいと存じます。

１．清掃委託契約に秘密保持条項を追加するのではなく、別途の秘密保持契約を締結する
２．清掃スタッフが専有部内で目にする書類・画面も「秘密情報」に含める
３．委託先の従業員からの誓約書の取得は、委託先の責任で行わせる
４．契約終了後の秘密保持義務の存続期間は５年とする

上記で秘密保持契約書のドラフトをお願いできますでしょうか。
期限は１１月末で差し支えございません。

> 五百旗頭様
> 機密文書回収ボックスの運用のみでは、専有部清掃時の情報接触はカバーできません。
> 委託契約とは別に秘密保持契約を締結されることをお勧めします。
> 白川法律事務所 弁護士 鷲見
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the partner law firm (internal legal in Cc); no marking, no personal data",
    },
    # 066 ------------------------------------------------------------------------------
    {
        "id": "birukanri-066",
        "subject": "防災備蓄品の入替えについて（賞味期限到来分）",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["株式会社セーフティストック 営業部 <sales@safety-stock.co.jp>"],
        "charset": "utf-8",
        "body": """株式会社セーフティストック
営業部 ご担当者様

お世話になっております。日の出ビル防災センターです。
来年3月に賞味期限・使用期限を迎える備蓄品の入替えについて、お見積りをお願いします。

・保存水（2L×6本/箱）　　　　　　　　150箱
・アルファ化米（50食/箱）　　　　　　　 36箱
・ようかん（5年保存）　　　　　　　　1,800本
・簡易トイレ（100回分/セット）　　　　　 20セット
・エマージェンシーブランケット　　　　　600枚

旧備蓄品（保存水・アルファ化米）はフードバンクへの寄付を予定しています。
納品は2月下旬、B1F備蓄倉庫へお願いします。
""" + SIG_BOUSAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quote request for emergency stock; no personal data",
    },
    # 067 ------------------------------------------------------------------------------
    {
        "id": "birukanri-067",
        "subject": "各テナント防火管理者の緊急連絡先（夜間通報用）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["関東セキュリティ警備 芝浦隊 <shibaura-tai@kanto-sec.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """関東セキュリティ警備 芝浦隊 隊長殿

お疲れさまです。五百旗頭です。
夜間に火災報知器が発報した際の通報先として、各テナントの防火管理者の
個人の連絡先を以下にまとめました。警備室の通報要領に差し込んでください。

■２Ｆ　株式会社ルミナス企画
　防火管理者：蓮見 智也
　携帯：０９０－２２３１－８８７４
　自宅：東京都世田谷区太子堂三丁目２７番８号

■５Ｆ　北斗ライフ保険株式会社
　防火管理者：鍬形 美津子
　携帯：０９０－８８１７－２２４０
　自宅：神奈川県横浜市港北区日吉本町一丁目１９番３号

■６Ｆ　Brightwell Consulting Japan
　防火管理者：久我 由香里
　携帯：０９０－１１４８－６６２７
　自宅：東京都目黒区中目黒四丁目５番１６－３０２号

■７Ｆ　株式会社タカネ設計
　防火管理者：鳩山 徹
　携帯：０８０－２２１９－７７４５
　自宅：千葉県市川市八幡二丁目１１番２号

■１Ｆ　カフェ・ソレイユ芝浦店
　防火管理者：都築 玲
　携帯：０７０－６６３０－２１９８
　自宅：東京都港区港南三丁目６番１－１２０８号

以上５名です。変更があり次第、差し替え版をお送りします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five people's records (one per block: personal mobile and home address) sent to the security contractor",
    },
    # 068 ------------------------------------------------------------------------------
    {
        "id": "birukanri-068",
        "subject": "11/4 来館者の事前登録（北国フーズ様 3名）",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 江面様 <emo@kitaguni-foods.co.jp>"],
        "charset": "utf-8",
        "body": """北国フーズ株式会社
江面 様

日の出ビル受付です。
11/4（火）の貴社ご利用分について、下記の3名様を事前登録いたしました。
当日はお名前をお伝えいただければ、入館証をお渡しします。
お車でお越しの方は来客用駐車場（B1F）をご利用ください。

 ・江面 拓海 様　携帯 080-3356-1192　お車あり（札幌 300 そ 11-80 レンタカー）
 ・磯貝 祐子 様　携帯 090-6614-0285
 ・Thomas Becker 様　携帯 070-8845-2217

ご到着が遅れる場合は、受付（03-5442-7700）までご連絡ください。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visitors with mobile numbers back to their own company: under five people",
    },
    # 069 ------------------------------------------------------------------------------
    {
        "id": "birukanri-069",
        "subject": "ご退去に伴う原状回復の立会い日程について",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["株式会社なみはや商会 総務ご担当 <soumu@namihaya-shokai.co.jp>"],
        "cc": ["鬼頭 まどか <kito.m@hinode-sangyo.co.jp>"],
        "charset": "cp932",
        "body": """株式会社なみはや商会
総務ご担当者様

お世話になっております。日の出産業の三ツ矢です（大阪ビルの鬼頭をccに入れております）。
令和８年１月末でのご退去に伴い、原状回復工事前の立会いを以下の候補日でお願いしたく存じます。

　① １２月３日（水）１０：００～
　② １２月５日（金）１４：００～
　③ １２月９日（火）１０：００～

立会いでは、間仕切り・床・天井の状態と、貴社で設置された設備（サーバーラック、
造作家具）の撤去範囲を確認させていただきます。所要時間は１時間半程度です。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "move-out inspection scheduling with one tenant; internal colleague in Cc",
    },
    # 070 ------------------------------------------------------------------------------
    {
        "id": "birukanri-070",
        "subject": "Security assessment report - Hinode Bldg. (for your review)",
        "sender": "Ryo Tachibana <tachibana.r@hinode-sangyo.co.jp>",
        "to": ["Marcus Whitfield <m.whitfield@aegis-risk-advisory.com>"],
        "charset": "utf-8",
        "body": """Dear Mr. Whitfield,

Thank you for agreeing to review our internal security assessment before your site visit.
Please find the report attached. We would appreciate your comments on section 3
(access control) in particular.
""" + SIG_TACHIBANA_EN,
        "attachments": [
            {
                "kind": "docx",
                "name": "Hinode_Bldg_Security_Assessment_2025.docx",
                "title": "Security Assessment 2025 - CONFIDENTIAL",
                "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                "page_footer": "Confidential. Do not distribute.",
                "paragraphs": [
                    "CONFIDENTIAL",
                    "Hinode Bldg. Security Assessment 2025",
                    "1. Scope: perimeter, lobby, parking, tenant floors, roof.",
                    "2. Findings: tailgating at the north entrance during shift changes; CCTV blind spot at B1F ramp.",
                    "3. Access control: 1,240 active cards; 37 cards not used for more than 180 days.",
                    "4. Recommendations: anti-tailgating sensors, quarterly card audit, ramp shutter at 23:00.",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped CONFIDENTIAL in header, footer and title sent to an outside consultant",
    },
    # 071 ------------------------------------------------------------------------------
    {
        "id": "birukanri-071",
        "subject": "1F 館銘板へのサイン掲出申請について",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["株式会社タカネ設計 管理部 如月様 <r.kisaragi@takane-sekkei.co.jp>"],
        "charset": "cp932",
        "body": """如月様

お世話になっております。日の出産業の榊原です。
1F エントランスの館銘板および7F エレベーターホールのサイン掲出の件、承知いたしました。

・館銘板：7F 枠（W600×H90）、アクリル板・白地に黒文字が館の統一仕様です
・EVホール：自立サイン不可、壁面への貼付け（W900×H300以内）は可
・費用：館銘板の製作・取付は錦印刷株式会社に発注いただき、費用は貴社ご負担
・申請：「サイン掲出申請書」に版下データを添えてご提出ください

版下のご確認後、施工日を調整いたします。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "signage rules for a tenant; no personal data",
    },
    # 072 ------------------------------------------------------------------------------
    {
        "id": "birukanri-072",
        "subject": "9月分 時間外空調 利用実績のご報告",
        "sender": "日下部 雅人 <kusakabe.m@hinode-sangyo.co.jp>",
        "to": ["Brightwell Consulting Office Admin <office.tokyo@brightwell.com>"],
        "charset": "utf-8",
        "body": """Brightwell Consulting Japan
Office Admin ご担当者様

お世話になっております。日の出産業 経理部の日下部です。
9月分の時間外空調の利用実績をお送りします。
こちらの時間数に基づき、10月分賃料とあわせてご請求いたします。
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "時間外空調_利用実績_2025年9月_6F.xlsx",
                "sheets": {
                    "6F": [
                        ["時間外空調 利用実績（6F Brightwell Consulting Japan）2025年9月"],
                        ["日付", "ゾーン", "開始", "終了", "時間", "申請部署"],
                        ["2025/09/06", "6F-East", "09:00", "18:00", 9, "Consulting"],
                        ["2025/09/13", "6F-East", "10:00", "16:00", 6, "Consulting"],
                        ["2025/09/18", "6F-West", "20:00", "23:00", 3, "Finance"],
                        ["2025/09/27", "6F-All", "09:00", "17:00", 8, "Office Admin"],
                        ["合計", "", "", "", 26, ""],
                    ],
                    "単価": [["区分", "単価（円/時間）"], ["ゾーン", 2200], ["全館", 4400]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "usage report by zone and department; no personal data",
    },
    # 073 ------------------------------------------------------------------------------
    {
        "id": "birukanri-073",
        "subject": "Re: 防火管理者の変更届について",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["北斗ライフ保険 総務課 芦刈様 <s.ashikari@hokuto-life.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """芦刈様

お世話になっております。榊原です。
ご連絡ありがとうございます。承知いたしました。

防火管理者の鍬形 美津子様が、体調を崩されて先週から入院されており、
復帰が年明けになる見込みとのこと、どうぞお大事になさってください。
その間、芦刈様が防火管理者を代行されるとのことですので、消防署への変更届は不要で、
館内の緊急連絡網のみ差し替えます。
年明けにご復帰された際は、改めてお知らせください。

榊原
""" + SIG_SAKAKIBARA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's hospitalisation, without a diagnosis, to her own employer: health data or ordinary courtesy",
    },
    # 074 ------------------------------------------------------------------------------
    {
        "id": "birukanri-074",
        "subject": "RE: 定期清掃（床洗浄）作業員の入館について",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["クリーンリーフ 現場責任者 <genba-shibaura@cleanleaf.co.jp>"],
        "charset": "cp932",
        "body": """クリーンリーフ 現場責任者様

防災センターです。ご連絡ありがとうございます。
11/15（土）の定期清掃、承知しました。当日は北側通用口を7:30に開錠します。
ワックス乾燥中のEVホールには、カラーコーンの設置をお願いします。

防災センター

-----Original Message-----
From: クリーンリーフ 現場責任者 <genba-shibaura@cleanleaf.co.jp>
Sent: Tuesday, November 11, 2025 4:51 PM
To: bousai-center@hinode-sangyo.co.jp
Subject: 定期清掃（床洗浄）作業員の入館について

日の出ビル 防災センター様

11/15（土）8:00～17:00の定期清掃の作業員は以下の5名です。

  氏名           生年月日     携帯
  -------------  -----------  -------------
  馬越 勇        1971/04/18   090-5512-3307
  陣内 早苗      1983/09/02   080-2267-9914
  Tran Minh Duc  1998/12/25   070-3381-0526
  砂金 弘        1965/06/30   090-1173-8845
  樋渡 まゆみ    1990/01/11   080-6608-2239

クリーンリーフ株式会社 芝浦現場 責任者
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-worker list with DOB and mobiles is only quoted from the contractor's own mail",
    },
    # 075 ------------------------------------------------------------------------------
    {
        "id": "birukanri-075",
        "subject": "駐輪場 利用登録者一覧（2025年度下期）",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>", "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """三ツ矢さん、防災センター各位

受付です。下期の駐輪場利用登録を締め切りました。登録者一覧を添付します。
登録シールは来週から防災センターで配布します。
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "駐輪場登録者_2025下期.xlsx",
                "sheets": {
                    "登録者": [
                        ["日の出ビル 駐輪場 利用登録者一覧（2025年10月～2026年3月）"],
                        ["シール番号", "氏名", "テナント", "住所", "電話", "防犯登録番号", "種別"],
                        ["C-201", "兵頭 秀明", "ルミナス企画", "東京都港区芝浦三丁目4番7号", "090-2218-4406", "東京 C 448217", "自転車"],
                        ["C-202", "綿貫 かおり", "北斗ライフ保険", "東京都港区海岸三丁目9番1号", "080-7719-3350", "東京 C 512906", "自転車"],
                        ["C-203", "Daniel Okafor", "Brightwell", "東京都港区三田三丁目2番18号", "080-5520-9913", "東京 C 330174", "自転車"],
                        ["C-204", "門馬 俊介", "日の出産業", "東京都品川区北品川一丁目22番4号", "070-4406-1825", "東京 C 661028", "自転車"],
                        ["C-205", "汐見 莉子", "タカネ設計", "東京都港区芝浦一丁目13番10号", "090-8830-5572", "東京 C 208551", "自転車"],
                        ["M-11", "坪内 大樹", "日の出産業", "東京都大田区大森南二丁目6番5号", "080-1195-0468", "品川区 あ 1277", "原付"],
                        ["M-12", "雪村 慧", "ルミナス企画", "東京都品川区南品川五丁目1番9号", "090-4473-6210", "品川区 い 3308", "原付"],
                        ["C-206", "真壁 葵", "北斗ライフ保険", "東京都港区芝五丁目26番3号", "070-2285-7716", "東京 C 774302", "自転車"],
                    ],
                    "集計": [["種別", "台数"], ["自転車", 6], ["原付", 2]],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "eight registrants with home addresses and phones in an XLSX, sent only to internal recipients",
    },
    # 076 ------------------------------------------------------------------------------
    {
        "id": "birukanri-076",
        "subject": "防犯カメラ映像の提供手続きについて（ご回答）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["三田警察署 刑事課 <keiji-mita@police-sample.metro.tokyo.lg.jp>"],
        "charset": "iso-2022-jp",
        "body": """三田警察署 刑事課 ご担当者様

日の出産業株式会社 施設管理課の五百旗頭でございます。
お問い合わせいただいた、日の出ビルB1F駐車場の防犯カメラ映像（10月12日 1:30～3:00）の
ご提供につきまして、弊社の手続きをご案内いたします。

１．捜査関係事項照会書を、弊社総務部長宛てにお送りください（ＦＡＸ可、原本は後日郵送）。
２．照会書を受領後、３営業日以内に映像をＤＶＤ－Ｒに書き出します。
３．受け渡しは防災センターにて、受領書と引き換えとさせていただきます。

映像の保存期間は31日間ですので、11月11日までに照会書をいただけますようお願いいたします。
なお、本件の保全のため、該当時間帯の映像は別途保存済みです。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedure for handing CCTV footage to the police; nobody identified",
    },
    # 077 ------------------------------------------------------------------------------
    {
        "id": "birukanri-077",
        "subject": "自衛消防訓練 実施結果報告（日の出ビル）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["芝浦消防署 予防課 <yobou-shibaura@fd-sample.metro.tokyo.lg.jp>"],
        "charset": "utf-8",
        "body": """芝浦消防署 予防課 ご担当者様

日の出ビルの統括防火管理者（日の出産業株式会社）でございます。
11月20日に実施いたしました自衛消防訓練の結果をご報告いたします。

・実施日時：令和7年11月20日（木）14:00～15:00
・訓練種別：通報・避難・消火（総合訓練）
・参加者数：テナント6社 計318名（日の出産業 142名、他テナント 176名）
・避難完了時間：非常放送から11分40秒（前年 13分05秒）
・所見：7F（新規入居）の避難誘導班の配置が遅れたため、12月に個別訓練を実施予定

訓練実施結果報告書（様式）は、本日窓口に持参いたします。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "drill report to the fire station with head counts only",
    },
    # 078 ------------------------------------------------------------------------------
    {
        "id": "birukanri-078",
        "subject": "拾得物（健康保険証）のお預かりについて",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["株式会社ルミナス企画 総務部 <soumu@luminas-kikaku.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """株式会社ルミナス企画 総務部 御中

日の出ビル防災センターです。
本日午後、２階男子トイレで健康保険証の拾得届がありました。
勤務先欄に貴社名の記載がありましたので、ご本人様へのお伝えをお願いいたします。

　氏名　　　：雪村 慧 様
　保険者　　：関東ＩＴソフトウェア健康保険組合
　記号　　　：２６０１８
　番号　　　：４４７
　生年月日　：平成４年１０月７日

防災センターにて厳重に保管しております。ご本人様が身分証をお持ちのうえお越しください。
""" + SIG_BOUSAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "health-insurance card symbol and number (with DOB) of one person written out to a tenant",
    },
    # 079 ------------------------------------------------------------------------------
    {
        "id": "birukanri-079",
        "subject": "宅配ボックス運用ルール改定のお知らせ",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["Brightwell Consulting Office Admin <office.tokyo@brightwell.com>"],
        "charset": "utf-8",
        "html": """<html><body>
<p>Brightwell Consulting Japan<br>Office Admin ご担当者様</p>
<p>日の出ビル受付です。12月1日より、1F宅配ボックスの運用ルールを以下のとおり改定いたします。</p>
<ul>
<li>保管期限：<b>72時間</b>（現行 1週間）。期限を過ぎた荷物は防災センターで保管します。</li>
<li>冷蔵・冷凍品：宅配ボックスには入りません。受付でお預かりします（平日 9:00～18:00）。</li>
<li>大型荷物（3辺合計 160cm 超）：荷捌き場経由で各フロアへ配達されます。</li>
</ul>
<p>English version: From December 1, parcels can stay in the 1F delivery lockers for 72 hours.</p>
<p>日の出ビル 受付（日の出産業株式会社 総務部）TEL 03-5442-7700</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only notice of locker rules; no personal data",
    },
    # 080 ------------------------------------------------------------------------------
    {
        "id": "birukanri-080",
        "subject": "12月 受付シフト（案）のご確認",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["スマイルスタッフ 派遣営業 <haken@smile-staff.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """スマイルスタッフ株式会社
派遣営業 ご担当者様

お世話になっております。日の出ビル受付です。
12月の受付シフト案をお送りします。ご本人様への確認をお願いいたします。

　　　　　　早番(8:30-15:00)　　遅番(12:00-18:30)
　第１週　　　千早さん　　　　　　香坂さん
　第２週　　　香坂さん　　　　　　千早さん
　第３週　　　深見さん　　　　　　千早さん
　第４週　　　深見さん　　　　　　香坂さん

12月29日～1月3日は閉館のため受付業務はありません。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shift plan naming three temp staff by surname only, no other data about them",
    },
]

MESSAGES += [
    # 081 ------------------------------------------------------------------------------
    {
        "id": "birukanri-081",
        "subject": "Request for proposal: lobby renovation, Hinode Bldg. (Tokyo)",
        "sender": "Ryo Tachibana <tachibana.r@hinode-sangyo.co.jp>",
        "to": [
            "Lena Hoffmann <l.hoffmann@atrium-interiors.de>",
            "Studio Kanso Bids <bids@studiokanso.com>",
            "James Liu <james.liu@harbourline-design.com.sg>",
        ],
        "charset": "utf-8",
        "body": """Dear all,

Hinode Sangyo is inviting proposals for the renovation of the ground-floor lobby of our
head-office building in Tokyo (approx. 420 m2, reception desk, security gates, waiting
area and tenant signage).

  - Site visit (optional): November 17 or 18, 2025
  - Questions by: November 21, 2025
  - Proposal due: December 12, 2025 (concept, schedule, budget range)
  - Works: July - August 2026, nights and weekends only

Please confirm by reply whether you intend to submit a proposal.
The floor plans will be shared after a non-disclosure agreement is signed.
""" + SIG_TACHIBANA_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "RFP to three competing design firms in To, all visible to each other: should have been Bcc",
    },
    # 082 ------------------------------------------------------------------------------
    {
        "id": "birukanri-082",
        "subject": "セキュリティゲート更新の仕様調整（ツバサシステム様・関東セキュリティ警備様）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 <sales@tsubasa-system.jp>", "関東セキュリティ警備 工事課 <kouji@kanto-sec.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """ツバサシステム株式会社 営業部 ご担当者様
関東セキュリティ警備株式会社 工事課 ご担当者様

お世話になっております。日の出産業の三ツ矢です。
1Fセキュリティゲートの更新について、両社間で調整が必要な事項を整理しました。

１．ゲート本体（ツバサシステム様）と防犯カメラ・警報盤（関東セキュリティ警備様）の
　　連動仕様：共連れ検知時にCAM-01の映像を防災センターのモニターにポップアップ
２．工事区分：ゲート下の配管・床補修はツバサシステム様、警報盤の改修は関東セキュリティ警備様
３．切替日：１月１２日（月・祝）の夜間を予定

１１月１３日（木）１５：００から、日の出ビル４Ｆ貸会議室Ｂで打合せをお願いできますでしょうか。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a coordination mail to two vendors in To: two external organisations is a normal three-way mail",
    },
    # 083 ------------------------------------------------------------------------------
    {
        "id": "birukanri-083",
        "subject": "宿泊予約のお願い（11/11～11/12 2名）",
        "sender": "鬼頭 まどか <kito.m@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人予約係 <houjin-yoyaku@sakura-hotel.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """さくらホテル 法人予約係 御中

いつもお世話になっております。日の出産業 大阪支店の鬼頭です。
東京本社ビルでの閉じ込め救出講習に参加する大阪ビルの管理担当者2名の宿泊をお願いいたします。
法人契約料金でお願いします。

　宿泊日：１１月１１日（火）１泊
　部屋　：シングル（禁煙）×２室
　宿泊者：鬼頭 まどか、二階堂 源治
　お支払い：法人後払い（請求書を大阪支店宛てに）

到着は２０時頃の予定です。よろしくお願いいたします。
""" + SIG_OSAKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner sakura-hotel.jp addressed as sakura-hotel.co.jp: look-alike (another TLD)",
    },
    # 084 ------------------------------------------------------------------------------
    {
        "id": "birukanri-084",
        "subject": "屋外喫煙所の閉鎖について（12月末）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["Brightwell Consulting Office Admin <office.tokyo@brightwell.com>"],
        "charset": "utf-8",
        "body": """Brightwell Consulting Japan
Office Admin ご担当者様

日の出産業 施設管理課の榊原です。
受動喫煙防止の観点から、1F北側の屋外喫煙所を2025年12月26日（金）をもって閉鎖いたします。
以降、敷地内は全面禁煙となります。近隣の公共喫煙所は芝浦中央公園の北側（徒歩3分）です。

(English) The outdoor smoking area on the north side of 1F will close on December 26, 2025.
The whole site will be non-smoking from then on.
""" + SIG_SAKAKIBARA,
        "html": """<html><body>
<p>Brightwell Consulting Japan<br>Office Admin ご担当者様</p>
<p>日の出産業 施設管理課の榊原です。<br>
受動喫煙防止の観点から、1F北側の屋外喫煙所を<b>2025年12月26日（金）</b>をもって閉鎖いたします。<br>
以降、敷地内は全面禁煙となります。近隣の公共喫煙所は芝浦中央公園の北側（徒歩3分）です。</p>
<p><i>The outdoor smoking area on the north side of 1F will close on December 26, 2025.
The whole site will be non-smoking from then on.</i></p>
<p>日の出産業株式会社 総務部 施設管理課 榊原 しおり<br>TEL 03-5442-7715</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text + HTML notice to a tenant; no personal data",
    },
    # 085 ------------------------------------------------------------------------------
    {
        "id": "birukanri-085",
        "subject": "7F タカネ設計様 防火管理者のご選任について",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["ヒノマル防災 菅生様 <sugou@hinomaru-bosai.co.jp>"],
        "charset": "cp932",
        "body": """菅生様

お世話になっております。日の出産業の榊原です。
11月1日に入居されたタカネ設計様の防火管理者が決まりましたので、
消防計画の改訂（共同防火管理協議事項）にご反映ください。

　テナント　：株式会社タカネ設計（7F）
　防火管理者：鳩山 徹 様（管理部 部長）
　講習修了　：甲種防火管理新規講習　令和5年6月修了
　連絡先　　：080-2219-7745（携帯）

消防署への選任届はタカネ設計様が提出済みです。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one tenant's fire-prevention manager with his mobile number to the fire-equipment vendor: one person",
    },
    # 086 ------------------------------------------------------------------------------
    {
        "id": "birukanri-086",
        "subject": "作業員名簿のご提出（屋上防水 部分補修工事）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["芝浦アセットマネジメント 物件担当 <pm-hinode@shibaura-am.co.jp>"],
        "charset": "utf-8",
        "body": """芝浦アセットマネジメント 物件担当各位

お世話になっております。三ツ矢です。
屋上防水の部分補修工事（11/25～11/27）の作業員名簿を、施工会社から受領しましたので
オーナー様確認用にお送りします。作業員は3名です。
""" + SIG_MITSUYA,
        "attachments": [
            {
                "kind": "docx",
                "name": "作業員名簿_屋上防水補修_日の出ビル.docx",
                "title": "作業員名簿",
                "paragraphs": [
                    "作業員名簿（全建統一様式 第5号 準拠）",
                    "工事名：日の出ビル 屋上防水 部分補修工事",
                    "施工会社：株式会社アマツ防水工業",
                ],
                "tables": [
                    [
                        ["氏名", "生年月日", "職種", "緊急連絡先", "健康診断日", "特別教育"],
                        ["天津 浩之（職長）", "昭和51年2月14日", "防水工", "03-3761-2290（自宅）", "2025/05/12", "高所作業"],
                        ["鴨志田 聡太", "平成8年8月3日", "防水工", "090-4418-0925", "2025/05/12", "高所作業"],
                        ["比嘉 ダニエル", "平成12年12月20日", "防水工見習い", "080-3375-6614", "2025/06/02", "―"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX roster of three workers with DOB and emergency phone: under five people, no health results",
    },
    # 087 ------------------------------------------------------------------------------
    {
        "id": "birukanri-087",
        "subject": "入退館ログ抽出（法務部からの依頼分）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["法務部 柘植 <tsuge.k@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """柘植さん

お疲れさまです。三ツ矢です。
ご依頼の、元社員 門馬 俊介さんの入退館ログ（2025/8/1～9/30）を抽出しました。
時間外の入館は以下の4回です。全件はゲートシステムの管理画面からも確認できます。

 日付         入館    退館    ゲート
 2025/08/09   21:42   23:58   1F北通用口
 2025/08/23   07:05   09:12   1F北通用口
 2025/09/13   20:30   22:47   B1F駐車場
 2025/09/27   06:58   08:40   1F北通用口

カードは9/30付で失効済みです。社外への提供が必要な場合はご相談ください。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "one former employee's access log, internal recipients only",
    },
    # 088 ------------------------------------------------------------------------------
    {
        "id": "birukanri-088",
        "subject": "Temporary access card for your engineer (Nov 18-20)",
        "sender": "Ryo Tachibana <tachibana.r@hinode-sangyo.co.jp>",
        "to": ["Field Service Desk <fieldservice@nordvent-hvac.com>"],
        "charset": "utf-8",
        "body": """Dear Field Service Desk,

Thank you for sending your engineer for the chiller overhaul. A temporary access card
has been prepared for him as follows:

  Name:        Mr. Tomasz Wierzbicki
  E-mail:      t.wierzbicki@nordvent-hvac.com
  Mobile:      +81-80-4470-1386 (Japan rental phone)
  Access:      1F north entrance, B1F machine room, roof (escorted)
  Valid:       18-20 November 2025, 07:30-21:00

He can collect the card at the security desk (1F, north side) by showing his passport.
""" + SIG_TACHIBANA_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one visiting engineer's contact details back to his own company; the passport is only mentioned, no number",
    },
    # 089 ------------------------------------------------------------------------------
    {
        "id": "birukanri-089",
        "subject": "非常用発電機 負荷運転点検の実施について",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["北斗ライフ保険 総務課 <soumu-ka@hokuto-life.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """北斗ライフ保険株式会社 総務課 御中

日の出ビル防災センターです。
消防法に基づく非常用発電機の負荷運転点検を、下記のとおり実施いたします。

　日時：１２月６日（土）　１０：００～１２：００
　影響：点検中、発電機の運転音（屋上）が聞こえます。
　　　　停電はありません。排気の臭いが屋上付近でする場合があります。

土曜日のため、ご出勤の方は少ないかと存じますが、念のためご周知をお願いいたします。
""" + SIG_BOUSAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short ISO-2022-JP inspection notice",
    },
    # 090 ------------------------------------------------------------------------------
    {
        "id": "birukanri-090",
        "subject": "長期未使用カードの一括失効のお願い",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 入退室管理サポート <gate-support@tsubasa-system.jp>"],
        "charset": "cp932",
        "body": """ツバサシステム 入退室管理サポート御中

お世話になっております。三ツ矢です。
セキュリティ診断の指摘を受け、180日以上使用されていないカードを一括で失効させたく存じます。
各テナントへの確認は済んでおります。以下の管理番号のカードの失効処理をお願いします。

管理番号,最終使用日,区分
HB-02-0088,2025/02/14,テナント
HB-05-0192,2025/01/30,テナント
HB-05-0207,2024/12/20,テナント
HB-06-0031,2025/03/02,テナント
HB-08-1145,2025/02/27,自社
HB-09-1203,2024/11/18,自社
HB-V-0417,2025/01/09,来館者用（未返却）

処理完了後、完了報告をメールでお送りください。
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comma-separated list of seven access-card numbers with no names or other personal data",
    },
    # 091 ------------------------------------------------------------------------------
    {
        "id": "birukanri-091",
        "subject": "駐輪場の追加登録（3名）について",
        "sender": "受付 日の出ビル <uketsuke@hinode-sangyo.co.jp>",
        "to": ["パークネクスト 駐輪場管理 <churin@parknext.jp>"],
        "charset": "utf-8",
        "body": """パークネクスト株式会社
駐輪場管理 ご担当者様

日の出ビル受付です。お世話になっております。
下期途中の追加登録が3名ありましたので、ラック割当てをお願いいたします。

1. 仁科 由紀乃（タカネ設計）　070-2285-4419　防犯登録 東京 C 902231
2. 祖父江 篤（タカネ設計）　　090-7730-1184　防犯登録 東京 C 887405
3. 芦刈 俊（北斗ライフ保険）　070-3306-5521　防犯登録 東京 C 415096

登録シールは受付で配布済みです。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three registrants with phones and bicycle registration numbers: under five people",
    },
    # 092 ------------------------------------------------------------------------------
    {
        "id": "birukanri-092",
        "subject": "普通救命講習（AED）のご案内　テナント従業員向け",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["株式会社タカネ設計 管理部 <kanri@takane-sekkei.co.jp>"],
        "charset": "utf-8",
        "body": """株式会社タカネ設計 管理部 御中

日の出ビル防災センターです。
芝浦消防署のご協力により、テナント従業員の皆様を対象とした普通救命講習を開催します。
心肺蘇生法、AEDの使い方、大出血時の止血法などを3時間で学ぶ講習で、修了証が交付されます。

・日時：12月10日（水）13:30～16:30
・会場：4F 貸会議室A
・定員：30名（各社5名まで・先着順）
・費用：無料（教材費 1,400円は当社負担）

館内のAEDは1F防災センター前、4F・7F EVホールに設置しています。
参加ご希望の方の人数を11月28日までにお知らせください（お名前は当日受付で記入いただきます）。
""" + SIG_BOUSAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "first-aid training invitation: health topic in general, no individual",
    },
    # 093 ------------------------------------------------------------------------------
    {
        "id": "birukanri-093",
        "subject": "清掃仕様書（改定版）の送付",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["クリーンリーフ 営業部 <eigyo@cleanleaf.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """クリーンリーフ株式会社 営業部 御中

お世話になっております。日の出産業の榊原です。
12月からの清掃仕様書（改定版）をお送りします。
主な変更点は、感染症対策の消毒回数の追加と、7F専有部の追加です。
変更履歴を残してありますので、ご確認のうえ見積書の再提出をお願いいたします。
""" + SIG_SAKAKIBARA,
        "attachments": [
            {
                "kind": "docx",
                "name": "清掃仕様書_日の出ビル_2025改定.docx",
                "title": "日の出ビル 清掃仕様書（2025年12月改定）",
                "paragraphs": [
                    "日の出ビル 清掃仕様書（2025年12月改定）",
                    "第1章 総則：本仕様書は日の出ビルの日常清掃・定期清掃・特別清掃に適用する。",
                    "第2章 日常清掃：共用部は毎日（土日祝を除く）7:00～16:00に実施する。",
                    "第3章 定期清掃：床洗浄・ワックスは隔月、ガラス清掃は年4回とする。",
                    "第4章 衛生管理：12月～3月はEVボタン・手すり等の消毒を1日2回とする。（改定）",
                ],
                "tables": [
                    [
                        ["区分", "場所", "頻度", "備考"],
                        ["日常", "共用トイレ", "1日3回", ""],
                        ["日常", "EVホール・廊下", "1日1回", ""],
                        ["定期", "7F専有部", "週2回", "追加（改定）"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DOCX cleaning specification; no personal data",
    },
    # 094 ------------------------------------------------------------------------------
    {
        "id": "birukanri-094",
        "subject": "Re: 7F 什器搬入の段取り（タカネ設計様・青葉運輸様）",
        "sender": "三ツ矢 恭平 <mitsuya.k@hinode-sangyo.co.jp>",
        "to": ["株式会社タカネ設計 管理部 如月様 <r.kisaragi@takane-sekkei.co.jp>"],
        "cc": ["青葉運輸 港営業所 <minato-eigyo@aoba-unyu.co.jp>"],
        "charset": "utf-8",
        "body": """如月様
（cc：青葉運輸株式会社 港営業所様）

お世話になっております。三ツ矢です。
10/23（木）の什器搬入について、ビル側の段取りを以下のとおりとしました。

・荷捌き場：8:30～11:00 確保済み（4tウイング車1台）
・搬入用EV：3号機（非常用兼用）を8:45～10:45 専用運転に切替え
・養生：1F荷捌き場～3号機～7F EVホールまで、青葉運輸様で実施（ビル側で確認）
・立会い：防災センター 奥泉

搬出する旧什器がある場合は、同じ時間帯内でお願いします。

> 三ツ矢様
> 搬入の時間帯は8:30開始でお願いできますでしょうか。タカネ設計 如月
""" + SIG_MITSUYA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "tenant in To and its mover (a partner) in Cc: two external organisations, no personal data",
    },
    # 095 ------------------------------------------------------------------------------
    {
        "id": "birukanri-095",
        "subject": "5F共用部の消毒作業について（ご報告）",
        "sender": "榊原 しおり <sakakibara.s@hinode-sangyo.co.jp>",
        "to": ["北斗ライフ保険 総務課 <soumu-ka@hokuto-life.co.jp>"],
        "charset": "cp932",
        "body": """北斗ライフ保険株式会社 総務課 御中

お世話になっております。日の出産業の榊原です。
貴社から「5Fの従業員の方にインフルエンザの集団感染があった」とのご連絡をいただいた件、
ビル側の対応として、本日18時以降に5F共用部（EVホール・トイレ・給湯室）の消毒作業を行います。

・作業：クリーンリーフ株式会社（次亜塩素酸ナトリウム 0.05%による拭き取り）
・時間：18:00～19:30
・専有部内の消毒をご希望の場合は、別途お見積りいたします

感染された方のお名前等の情報は、ビル側では必要ございません。
皆様のご回復をお祈りしております。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an outbreak on a floor with nobody identified: health topic, not a person's health data",
    },
    # 096 ------------------------------------------------------------------------------
    {
        "id": "birukanri-096",
        "subject": "10月度 警備業務月報の確認",
        "sender": "日の出ビル 防災センター <bousai-center@hinode-sangyo.co.jp>",
        "to": ["関東セキュリティ警備 営業部 芹沢様 <serizawa@kanto-sec.co.jp>"],
        "charset": "utf-8",
        "body": """芹沢様

お世話になっております。日の出ビル防災センターです。
10月度の警備業務月報、内容を確認しました。時間外入館の集計に一部差異がありましたので、
弊社の集計（テナント別）をテキストで添付します。照合をお願いします。
""" + SIG_BOUSAI,
        "attachments": [
            {
                "kind": "txt",
                "name": "jikangai_nyukan_202510.txt",
                "encoding": "cp932",
                "text": """10月度 時間外入館 集計（日の出ビル防災センター）

テナント                  平日夜間   土日祝   合計
------------------------  --------  -------  -----
ルミナス企画（2F）              41       12     53
日の出産業（3F/8F-10F）        128       35    163
北斗ライフ保険（5F）            22        4     26
Brightwell Consulting（6F）     67       19     86
タカネ設計（7F・工事業者）      15       22     37
------------------------  --------  -------  -----
合計                           273       92    365

差異：Brightwell 土日祝（月報 17 / 当方 19）、タカネ設計 平日夜間（月報 13 / 当方 15）
""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CP932 text attachment with counts per tenant: no people",
    },
    # 097 ------------------------------------------------------------------------------
    {
        "id": "birukanri-097",
        "subject": "大阪ビル管理人 休職の件（診断書受領）",
        "sender": "鬼頭 まどか <kito.m@hinode-sangyo.co.jp>",
        "to": ["人事部 労務担当 <roumu@hinode-sangyo.co.jp>"],
        "cc": ["五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """人事部 労務担当 各位

大阪支店 総務課の鬼頭です。
日の出大阪ビルの管理人 二階堂 源治さんから、本日付で診断書が提出されました。

　診断名：腰椎椎間板ヘルニア
　内容　：手術のため、令和８年１月１３日から約６週間の休業を要する
　医療機関：北浜整形外科クリニック

休職期間中の管理業務は、東都ビルサービス大阪支店からの代行要員で対応する方向で
調整しています。傷病手当金の手続きについてご指示をお願いします。
診断書の原本は社内便で送付します。
""" + SIG_OSAKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "an employee's diagnosis, but sent only to internal HR and the section head",
    },
    # 098 ------------------------------------------------------------------------------
    {
        "id": "birukanri-098",
        "subject": "Re: Lost visitor card during the workshop",
        "sender": "Ryo Tachibana <tachibana.r@hinode-sangyo.co.jp>",
        "to": ["Sophie Laurent <sophie.laurent@maisonverte-consulting.fr>"],
        "charset": "utf-8",
        "body": """Dear Ms. Laurent,

No problem at all, and thank you for letting us know. We have deactivated visitor card
HB-V-0623, so there is no security risk. There is no charge for lost visitor cards.
For tomorrow's session, please ask at the security desk for a new card.

Best regards,
Ryo Tachibana

On Tue, Nov 4, 2025 at 19:12, Sophie Laurent <sophie.laurent@maisonverte-consulting.fr> wrote:
> Dear Mr. Tachibana,
> I am afraid I lost the visitor card I received this morning (HB-V-0623),
> probably in the taxi. I am staying at the Sakura Hotel Shiba, room 1207,
> and you can reach me on +33 6 41 27 88 05 if needed.
> With apologies, Sophie Laurent
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the visitor's phone and hotel room are only in her quoted mail",
    },
    # 099 ------------------------------------------------------------------------------
    {
        "id": "birukanri-099",
        "subject": "3F女子トイレでの盗撮被害の件（巡回強化のお願い）",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["関東セキュリティ警備 芝浦隊 <shibaura-tai@kanto-sec.co.jp>"],
        "charset": "cp932",
        "body": """関東セキュリティ警備 芝浦隊 隊長殿

五百旗頭です。至急のお願いです。

昨日11月5日、3F女子トイレ（東側）の個室で、弊社経理部の従業員 舟橋 里沙さん（28歳）が
盗撮の被害に遭いました。個室の換気口付近に小型カメラが仕掛けられており、
舟橋さんご本人が発見し、本日三田警察署に被害届を提出しています。

つきましては、当面の間、以下の対応をお願いします。
１．全フロアの女子トイレの巡回を1日4回に増やし、換気口・棚の裏の目視点検を追加
２．3F東側トイレ付近の出入りを、CAM-13の映像で11/1以降分から確認
３．舟橋さんへの直接の聞き取りは行わず、必要な場合は当課を通すこと

本件は関係者限りでのお取扱いをお願いします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee who was a crime victim, sent to the security contractor: sensitive data of one person",
    },
    # 100 ------------------------------------------------------------------------------
    {
        "id": "birukanri-100",
        "subject": "年末年始の日の出ビル閉館・設備運転について",
        "sender": "五百旗頭 聡 <iokibe.s@hinode-sangyo.co.jp>",
        "to": ["株式会社タカネ設計 管理部 <kanri@takane-sekkei.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """株式会社タカネ設計 管理部 御中

平素より日の出ビルをご利用いただき、誠にありがとうございます。
年末年始の閉館および設備の運転について、下記のとおりご案内いたします。

　閉館期間：令和７年１２月２９日（月）～令和８年１月３日（土）
　入館　　：北側通用口のみ（入館カードで入館可能、防災センターは24時間有人）
　空調　　：全館停止（時間外空調申請により運転可）
　エレベーター：1号機・3号機のみ運転
　ゴミ回収：12月27日（土）午前が年内最終、年始は1月5日（月）から

ご不明な点は施設管理課までお問い合わせください。
本年も格別のご愛顧を賜り、誠にありがとうございました。
""" + SIG_IOKIBE + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "year-end closure notice with the standard disclaimer",
    },
]

# An ISO-2022-JP mailer writes FULLWIDTH TILDE / HYPHEN-MINUS as the JIS characters
# 〜 (WAVE DASH) and − (MINUS SIGN): do the same, so that these mails really go out in JIS.
_JIS = str.maketrans({"\uff5e": "\u301c", "\uff0d": "\u2212"})


def _to_jis(spec):
    if spec.get("charset") == "iso-2022-jp":
        for key in ("body", "html"):
            if spec.get(key):
                spec[key] = spec[key].translate(_JIS)
    for att in spec.get("attachments") or []:
        if att.get("kind") == "eml":
            _to_jis(att["message"])


for _m in MESSAGES:
    _to_jis(_m)
