"""Blind corpus — area: tokuteigino (特定技能外国人の受入れと支援).

日の出産業 人事部 外国人材支援課・総務部・経理部・各務原工場 and the registered support
organisation (登録支援機関 みらい共生サポート), the 行政書士, the bank, the housing company,
the sending organisations in Vietnam / Indonesia / the Philippines, the clinic and the
Japanese-language school: support plans, dormitories, bank accounts, life orientation,
regular reports (定期届出) to the immigration bureau.  Workers have Vietnamese,
Indonesian and (Filipino) English names.  Every person, number and address is invented.
"""

from build import card_number, my_number

SEED = 46601


def zen(s: str) -> str:
    """ASCII digits and hyphens as full-width, the way some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def sp4(s: str) -> str:
    """A 12-digit number written in groups of four."""
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# -- signatures and disclaimers (every sender writes their own) --------------------------

SIG_IWASA = """
--
日の出産業株式会社
人事部 外国人材支援課 課長代理
岩佐 理恵（いわさ りえ）
〒460-0008 名古屋市中区栄3-15-22 日の出ビル6F
TEL 052-261-4470（内線318） FAX 052-261-4479
iwasa.rie@hinode-sangyo.co.jp
"""

SIG_ODAGIRI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 外国人材支援課
小田切 健 / Ken Odagiri
TEL: 052-261-4470 / 携帯: 080-3312-7645
Mail: odagiri.k@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_KAJIWARA = """
----------------------------------
日の出産業(株) 総務部 総務課（社宅・寮担当）
梶原 美咲
〒460-0008 愛知県名古屋市中区栄三丁目15番22号
TEL 052-261-4401 ／ FAX 052-261-4409
----------------------------------
"""

SIG_KURIBAYASHI = """
日の出産業株式会社 各務原工場 製造二課
課長 栗林 隆
〒509-0109 岐阜県各務原市テクノプラザ2-8
TEL 058-379-2210
"""

SIG_TESHIGAWARA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 各務原工場 総務係
勅使河原 彩（てしがわら あや）
TEL 058-379-2201 内線12
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_MIYASHITA = """
日の出産業株式会社 経理部 給与・社会保険グループ
宮下 直子
TEL 052-261-4455 ／ miyashita.n@hinode-sangyo.co.jp
"""

SIG_SATO = """
Best regards,

Kenji Sato (Mr.)
Global Recruitment, HR Department
Hinode Sangyo Co., Ltd.
3-15-22 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel: +81-52-261-4470  Fax: +81-52-261-4479
"""

SIG_THAO = """
------------------------------------------
日の出産業株式会社 人事部 外国人材支援課
生活支援コーディネーター（ベトナム語）
グエン・ティ・タオ（Nguyễn Thị Thảo）
TEL 052-261-4470 内線325
------------------------------------------
"""

DISC_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail.
"""

IWASA = "岩佐 理恵 <iwasa.rie@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 健 <odagiri.k@hinode-sangyo.co.jp>"
KAJIWARA = "梶原 美咲 <kajiwara.m@hinode-sangyo.co.jp>"
KURIBAYASHI = "栗林 隆 <kuribayashi@kakamigahara.hinode-sangyo.co.jp>"
TESHIGAWARA = "勅使河原 彩 <teshigawara.a@kakamigahara.hinode-sangyo.co.jp>"
MIYASHITA = "宮下 直子 <miyashita.n@hinode-sangyo.co.jp>"
SATO = "Kenji Sato <k.sato@hinode-sangyo.co.jp>"
THAO = "グエン・ティ・タオ <thao.nguyen@hinode-sangyo.co.jp>"
OSONE = "大曽根 陽子 <osone.y@mail.hinode-sangyo.co.jp>"
AIMONO = "四十物 達也 <aimono.t@hinode-sangyo.co.jp>"
HIGASHI = "東 大輔 <higashi.d@hinode-sangyo.co.jp>"

KATAGIRI = "片桐 優子 <katagiri@mirai-kyosei.or.jp>"
HANH = "Vu Thi Hanh <hanh.vu@mirai-kyosei.or.jp>"
RAHMA = "Rahmawati Putri <rahmawati@mirai-kyosei.or.jp>"
NITTA = "新田 誠 <nitta@tsubame-gyosei.jp>"
KANNO = "菅野 智也 <kanno@chubu-housing.co.jp>"
NONOMURA = "野々村 沙織 <nonomura.saori@midori-ginko.co.jp>"
TRANG = "Pham Thu Trang <trang.pt@vietstar-hr.vn>"
HENDRA = "Hendra Wijaya <hendra@cahaya-nusantara.co.id>"
GRACE = "Grace Villanueva <grace.villanueva@bayanihan-manpower.com.ph>"
HORINOUCHI = "堀之内 香 <horinouchi@kotonoha-nihongo.jp>"
MIWA = "三輪 修 <miwa@miwa-sr.jp>"
KODAMA = "児玉 和也 <kodama@himawari-hoken.co.jp>"

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "tokuteigino-001",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": [KATAGIRI],
        "cc": [HANH],
        "subject": "【ご連絡】12月入国予定者（8名）の情報について",
        "body": """一般社団法人 みらい共生サポート
片桐様

いつも大変お世話になっております。日の出産業の岩佐です。

12月に入国予定の特定技能1号（飲食料品製造業）8名について、
事前ガイダンスと空港出迎えの準備のため、基本情報をお送りいたします。

No  氏名（ローマ字）            生年月日     性別  入国予定日  配属
--- -------------------------- ----------- ---- ---------- ----------
1   NGUYEN VAN AN              1998/03/14  男   12/08      製造二課
2   TRAN THI HOA               2000/07/02  女   12/08      製造二課
3   LE VAN DUC                 1996/11/25  男   12/08      製造一課
4   PHAM THI LAN               1999/01/09  女   12/08      品質管理
5   HOANG VAN NAM              1997/05/30  男   12/15      製造一課
6   VU THI THU                 2001/09/18  女   12/15      製造二課
7   DANG VAN HUNG              1995/12/03  男   12/15      出荷
8   BUI THI MAI                2002/02/21  女   12/15      製造二課

事前ガイダンスはオンライン（ベトナム語通訳付き）で12/1（火）に
実施いただく想定です。ご都合をお知らせください。

よろしくお願いいたします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "8 workers' names with dates of birth in a padded table, to the external support organisation (reason 1)",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "tokuteigino-002",
        "charset": "cp932",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "subject": "11月の定期面談の日程について",
        "body": """片桐様

お世話になっております。日の出産業 人事部の小田切です。

3か月に1回の定期面談（支援責任者・支援担当者による面談）の件で
ご相談させてください。

今回の対象は各務原工場に在籍する5名で、工場の生産計画の都合上、
下記いずれかの日程でお願いできればと考えております。

　・11月11日（水）13:30～17:00
　・11月18日（水）13:30～17:00
　・11月25日（水）9:30～12:00

会場はこれまでと同じく工場2階の第3会議室をご用意します。
監督者との面談も同日に実施いただけると助かります。

お手数ですが、ご都合のよい日を今週中にご返信いただけますでしょうか。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary scheduling mail to the support organisation; only a head count, no one's data",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "tokuteigino-003",
        "charset": "utf-8",
        "sender": KAJIWARA,
        "to": [NONOMURA],
        "subject": "口座開設のお願い（12月入社 特定技能6名分）",
        "body": """みどり銀行 各務原支店
法人営業課 野々村様

いつもお世話になっております。日の出産業 総務部の梶原でございます。

先日お電話でご相談いたしました、12月入社の外国籍社員の給与振込口座の
開設につきまして、申込者の一覧を添付いたします。
来店日は12月17日（木）午前を予定しております。

ご確認のほど、よろしくお願い申し上げます。
""" + SIG_KAJIWARA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "口座開設申込者一覧_202612.xlsx",
                "title": "口座開設申込者一覧",
                "sheets": {
                    "申込者": [
                        ["みどり銀行 各務原支店 口座開設申込者一覧（2026年12月入社分）"],
                        [],
                        ["No", "氏名（ローマ字）", "フリガナ", "生年月日", "国籍", "在留カード番号",
                         "在留期限", "住所", "携帯電話"],
                        [1, "NGUYEN VAN AN", "グエン ヴァン アン", "1998/03/14", "ベトナム",
                         "UH48213057FA", "2027/12/07", "岐阜県各務原市那加桜町3-41 ハイツ若葉201",
                         "080-4127-3390"],
                        [2, "TRAN THI HOA", "チャン ティ ホア", "2000/07/02", "ベトナム",
                         "RK30716482EB", "2027/12/07", "岐阜県各務原市川島松倉町1127 コーポ川島103",
                         "070-2258-6641"],
                        [3, "LE VAN DUC", "レ ヴァン ドゥック", "1996/11/25", "ベトナム",
                         "PM72058316GD", "2027/12/07", "岐阜県各務原市那加桜町3-41 ハイツ若葉202",
                         "090-7713-0285"],
                        [4, "PHAM THI LAN", "ファム ティ ラン", "1999/01/09", "ベトナム",
                         "TK19384720HC", "2027/12/07", "岐阜県各務原市川島松倉町1127 コーポ川島105",
                         "080-6629-1147"],
                        [5, "HOANG VAN NAM", "ホアン ヴァン ナム", "1997/05/30", "ベトナム",
                         "WA56029174KE", "2027/12/14", "岐阜県各務原市那加桜町3-41 ハイツ若葉203",
                         "070-3381-9026"],
                        [6, "VU THI THU", "ヴー ティ トゥー", "2001/09/18", "ベトナム",
                         "NB64127093JA", "2027/12/14", "岐阜県各務原市川島松倉町1127 コーポ川島106",
                         "080-5096-7734"],
                    ],
                    "必要書類": [
                        ["No", "在留カード", "パスポート", "社員証", "印鑑（任意）", "備考"],
                        [1, "○", "○", "○", "-", ""],
                        [2, "○", "○", "○", "-", ""],
                        [3, "○", "○", "発行待ち", "-", "12/16発行予定"],
                        [4, "○", "○", "○", "-", ""],
                        [5, "○", "○", "○", "-", ""],
                        [6, "○", "○", "○", "-", ""],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS",
                     "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX list of 6 workers with residence card numbers, DOB, addresses and phones to the bank (reasons 1, 2)",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "tokuteigino-004",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": [RAHMA],
        "subject": "生活オリエンテーション（インドネシア籍の方）実施日程のご確認",
        "body": """みらい共生サポート
Rahmawati様

お世話になっております。日の出産業の岩佐です。

来月入社予定のインドネシア籍の方向けの生活オリエンテーションについて、
下記の日程で確定とさせていただきたく、ご確認をお願いいたします。

■日時　12月21日（月）9:00～17:30、22日（火）9:00～12:00（合計8時間以上）
■会場　各務原工場 2F 研修室（プロジェクター・ホワイトボードあり）
■内容　支援計画に沿った項目（生活ルール、ごみの出し方、交通ルール、
　　　　医療機関の受診方法、災害時の対応、相談窓口 など）
■通訳　インドネシア語（貴団体よりご手配をお願いします）
■昼食　工場食堂をご利用ください（ハラール対応弁当を手配済みです）

当日使用するテキストは前回版からの変更点のみ、後日お送りします。

以上、よろしくお願いいたします。
""" + SIG_IWASA + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "orientation schedule with the standard Japanese disclaimer only; no one's data",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "tokuteigino-005",
        "charset": "utf-8",
        "sender": SATO,
        "to": [TRANG],
        "subject": "Contact details of the workers in Japan (for families)",
        "body": """Dear Ms. Trang,

Thank you for your continued support.

As requested by some of the families, please find below the contact details of the
workers who arrived in December. You may share each worker's own details with his or her
family. For parcels, please ask the families to write the address in Japanese exactly as
shown.

1. NGUYEN VAN AN
   〒504-0911 岐阜県各務原市那加桜町3-41 ハイツ若葉201
   Mobile: 080-4127-3390
2. TRAN THI HOA
   〒501-6024 岐阜県各務原市川島松倉町1127 コーポ川島103
   Mobile: 070-2258-6641
3. LE VAN DUC
   〒504-0911 岐阜県各務原市那加桜町3-41 ハイツ若葉202
   Mobile: 090-7713-0285
4. PHAM THI LAN
   〒501-6024 岐阜県各務原市川島松倉町1127 コーポ川島105
   Mobile: 080-6629-1147
5. HOANG VAN NAM
   〒504-0911 岐阜県各務原市那加桜町3-41 ハイツ若葉203
   Mobile: 070-3381-9026
6. VU THI THU
   〒501-6024 岐阜県各務原市川島松倉町1127 コーポ川島106
   Mobile: 080-5096-7734

If any family cannot reach a worker, please contact our coordinator Ms. Thao first.
""" + SIG_SATO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English mail to the Vietnamese sending organisation with 6 workers' addresses and mobiles, one block each (reason 1)",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "tokuteigino-006",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": ["白川 恭子 <shirakawa@shirakawa-law.jp>"],
        "subject": "支援委託契約書・秘密保持契約書のリーガルチェックのお願い",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の岩佐でございます。

特定技能外国人の支援業務を登録支援機関（一般社団法人みらい共生サポート）へ
全部委託するにあたり、先方から提示された支援委託契約書と、
あわせて締結する秘密保持契約書（NDA）のドラフトを添付いたします。

特に以下の点についてご意見をいただけますと幸いです。
　1. 秘密保持義務の範囲に支援対象者の個人情報が含まれているか
　2. 再委託（通訳者への委託）の可否と条件
　3. 契約解除時の記録の返還・廃棄の定め

ご多忙のところ恐縮ですが、12月4日頃までにご返信いただけますと助かります。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "docx",
                "name": "支援委託契約書_ドラフトv3.docx",
                "title": "1号特定技能外国人支援委託契約書（案）",
                "paragraphs": [
                    "1号特定技能外国人支援委託契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と一般社団法人みらい共生サポート（以下「乙」という。）は、"
                    "出入国管理及び難民認定法に基づく1号特定技能外国人支援計画の実施の委託に関し、次のとおり契約を締結する。",
                    "第1条（目的）甲は、甲が受け入れる1号特定技能外国人に対する支援計画の全部の実施を乙に委託し、乙はこれを受託する。",
                    "第5条（報告）乙は、支援の実施状況を四半期ごとに甲に報告する。",
                    "第12条（秘密保持）甲及び乙は、本契約に関して知り得た相手方の技術上又は営業上の情報及び支援対象者の個人情報を、"
                    "相手方の書面による承諾なく第三者に開示してはならない。詳細は別途締結する秘密保持契約書による。",
                    "第15条（再委託）乙は、甲の事前の書面による承諾を得た場合に限り、通訳業務を第三者に再委託することができる。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about a support-outsourcing contract and its NDA to the partner law firm; the draft contract holds no one's data and no marking",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "tokuteigino-007",
        "charset": "cp932",
        "sender": KAJIWARA,
        "to": [KANNO],
        "subject": "コーポ川島 入居者名簿の提出について",
        "body": """中部ハウジング株式会社
賃貸管理部 菅野様

お世話になっております。日の出産業の梶原です。

借上げ社宅「コーポ川島」の入居者名簿を添付にてお送りします。
12月8日以降、順次入居となりますので、鍵の受け渡しの際の本人確認に
ご利用ください。

なお、緊急連絡先は各自の携帯ではなく弊社総務（052-261-4401）でお願いします。
""" + SIG_KAJIWARA,
        "attachments": [
            {
                "kind": "csv",
                "encoding": "cp932",
                "name": "入居者名簿_コーポ川島.csv",
                "rows": [
                    ["部屋番号", "氏名", "フリガナ", "性別", "生年月日", "携帯電話", "入居日", "緊急連絡先"],
                    ["103", "TRAN THI HOA", "チャン ティ ホア", "女", "H12.7.2", "070-2258-6641",
                     "2026/12/08", "日の出産業 総務部"],
                    ["105", "PHAM THI LAN", "ファム ティ ラン", "女", "H11.1.9", "080-6629-1147",
                     "2026/12/08", "日の出産業 総務部"],
                    ["106", "VU THI THU", "ヴー ティ トゥー", "女", "H13.9.18", "080-5096-7734",
                     "2026/12/15", "日の出産業 総務部"],
                    ["107", "BUI THI MAI", "ブイ ティ マイ", "女", "H14.2.21", "070-6612-4083",
                     "2026/12/15", "日の出産業 総務部"],
                    ["201", "NGO THI HUONG", "ゴー ティ フオン", "女", "H12.4.27", "090-5570-3182",
                     "2026/12/15", "日の出産業 総務部"],
                    ["202", "TRINH THI YEN", "チン ティ イエン", "女", "H13.6.15", "080-3318-6620",
                     "2026/12/15", "日の出産業 総務部"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 6 dormitory residents with 和暦 DOB and mobiles to the housing company (reason 1)",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "tokuteigino-008",
        "charset": "utf-8",
        "sender": THAO,
        "to": [HANH],
        "subject": "ブイ・ティ・マイさん 携帯番号変更のお知らせ",
        "body": """みらい共生サポート
Hanhさん

お疲れさまです。日の出産業のタオです。

製造二課のブイ・ティ・マイさんから、携帯電話の契約を変更したと連絡がありました。
支援記録の連絡先の更新をお願いします。

　氏名：ブイ・ティ・マイ（BUI THI MAI）
　旧：070-6612-4083
　新：080-2290-5418（11月20日から）

LINEのアカウントは変わらないそうです。
よろしくお願いします。
""" + SIG_THAO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one worker's changed phone number to the support organisation: one person's record, may be warned",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "tokuteigino-009",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [KATAGIRI, NITTA, KANNO],
        "subject": "第4陣受入れ キックオフ打合せのご案内",
        "body": """関係者各位

いつもお世話になっております。日の出産業 人事部の小田切です。

来年4月入国予定の第4陣（インドネシア籍 10名）の受入れ準備にあたり、
支援機関・申請取次・住居のご担当者様にお集まりいただき、
キックオフの打合せを行いたく存じます。

　日時：11月27日（金）14:00～15:30
　場所：日の出産業 本社6F 会議室B（Teamsでのご参加も可）
　議題：
　　1) 全体スケジュール（在留資格認定証明書交付申請～入国）
　　2) 住居の確保（借上げ社宅の追加）
　　3) 事前ガイダンス・生活オリエンテーションの分担
　　4) 定期届出の提出方法

出欠を11月20日までにご返信ください。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (support org, 行政書士, housing company) visible to each other in To: should have been Bcc (reason 4)",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "tokuteigino-010",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [KATAGIRI, RAHMA],
        "subject": "定期面談スケジュール（インドネシア籍 7名）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>片桐様、Rahmawati様</p>
<p>お世話になっております。日の出産業の岩佐です。<br>
12月の定期面談の割り振りを下記のとおり作成しました。当日連絡がつかない場合に備えて、
各人の携帯番号も記載しています。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>携帯電話</th><th>面談日時</th><th>通訳</th></tr>
<tr><td>SITI NURHALIZA</td><td>080-7741-2096</td><td>12/9 13:30</td><td>要</td></tr>
<tr><td>AHMAD FAUZI</td><td>070-4185-3302</td><td>12/9 14:10</td><td>要</td></tr>
<tr><td>DEWI LESTARI</td><td>090-6638-0174</td><td>12/9 14:50</td><td>不要</td></tr>
<tr><td>BUDI SANTOSO</td><td>080-2903-5568</td><td>12/9 15:30</td><td>要</td></tr>
<tr><td>RINA WULANDARI</td><td>070-8816-4427</td><td>12/10 13:30</td><td>要</td></tr>
<tr><td>AGUS SETIAWAN</td><td>080-5527-9013</td><td>12/10 14:10</td><td>不要</td></tr>
<tr><td>MUHAMMAD RIZKI PRATAMA</td><td>090-3342-7780</td><td>12/10 14:50</td><td>要</td></tr>
</table>
<p>ご確認のほどお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 外国人材支援課<br>岩佐 理恵<br>TEL 052-261-4470（内線318）</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail, table of 7 workers with their mobile numbers, to the external support organisation (reason 1)",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 011
    {
        "id": "tokuteigino-011",
        "charset": "iso-2022-jp",
        "sender": KAJIWARA,
        "to": [KATAGIRI],
        "subject": "RE: オリエンテーション資料（寮周辺の生活施設）",
        "body": """片桐様

お世話になっております。梶原です。
ご依頼の「寮周辺の生活施設一覧」、取り急ぎテキストでお送りします。
地図入りの版は錦印刷さんで多言語版を作成中です。

【ハイツ若葉・コーポ川島 周辺】
・スーパーマルナカ 那加店（9:00～22:00）　TEL 058-383-5120
　岐阜県各務原市那加門前町2-115
・ドラッグストア ひまわり 各務原桜町店　TEL 058-389-7741
・みどり銀行 各務原支店（ATMは平日8:00～21:00）　TEL 058-382-3311
・那加郵便局（ゆうちょATMあり）　TEL 058-382-0409
・各務原市役所 市民課（住居地の届出・国民健康保険）　TEL 058-383-1111
・各務原警察署　TEL 058-382-0110
・川島ふれあい診療所（内科・小児科）　TEL 0586-89-2270

ごみ出しのカレンダーは市のホームページにベトナム語版があります。

以上です。
""" + SIG_KAJIWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of shops, bank, post office and public offices (businesses, not people) for the orientation material",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "tokuteigino-012",
        "charset": "cp932",
        "sender": ODAGIRI,
        "to": [NITTA],
        "subject": "在留期間更新 申請予定者リスト（2027年1～3月期限分）",
        "body": """つばめ国際行政書士事務所
新田先生

お世話になっております。日の出産業の小田切です。

来年1～3月に在留期限を迎える特定技能1号の7名について、
更新申請のご依頼をさせていただきます。対象者の一覧をPDFで添付します。
各人の課税証明書・納税証明書は本人経由で取り寄せ中です。

どうぞよろしくお願いいたします。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "在留期間更新_対象者一覧.pdf",
                "title": "在留期間更新 申請予定者一覧",
                "lines": [
                    "在留期間更新許可申請 予定者一覧（2027年1月～3月 期限到来分）",
                    "所属機関：日の出産業株式会社　作成：人事部 外国人材支援課",
                    "",
                ],
                "table": [
                    ["No", "氏名", "国籍", "生年月日", "在留カード番号", "在留期限", "分野"],
                    ["1", "DUONG THI NGOC", "ベトナム", "1997/03/03", "KC50392817DA", "2027/01/19",
                     "飲食料品製造業"],
                    ["2", "PHAN VAN LONG", "ベトナム", "1994/10/06", "MB81027364EF", "2027/01/26",
                     "飲食料品製造業"],
                    ["3", "HUYNH VAN TAI", "ベトナム", "1999/12/29", "SA29473015GC", "2027/02/08",
                     "工業製品製造業"],
                    ["4", "EKO PRASETYO", "インドネシア", "1994/11/11", "VT63105928HB", "2027/02/15",
                     "工業製品製造業"],
                    ["5", "FAJAR NUGROHO", "インドネシア", "1999/03/27", "LD47290361JE", "2027/02/22",
                     "工業製品製造業"],
                    ["6", "INDAH PERMATASARI", "インドネシア", "2002/08/08", "GR92810473KA",
                     "2027/03/01", "飲食料品製造業"],
                    ["7", "DO VAN TUAN", "ベトナム", "1998/08/11", "QS40982715NB", "2027/03/22",
                     "飲食料品製造業"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "PDF table of 7 workers with residence card numbers and DOB to the external 行政書士 (reasons 1, 2)",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "tokuteigino-013",
        "charset": "iso-2022-jp",
        "sender": TESHIGAWARA,
        "to": [IWASA],
        "cc": [KURIBAYASHI],
        "subject": "在留期限管理表（工場在籍分）11月更新",
        "body": """岩佐さん
（cc 栗林課長）

お疲れさまです。工場総務の勅使河原です。
11月末時点の在留期限管理表を更新しました。期限が近い順です。

氏名　　　　　　　　　　　在留カード番号　　在留期限　　　備考
－－－－－－－－－－－－　－－－－－－－－　－－－－－－　－－－－－－
ＤＵＯＮＧ ＴＨＩ ＮＧＯＣ　ＫＣ５０３９２８１７ＤＡ　２０２７／０１／１９　更新準備中
ＰＨＡＮ ＶＡＮ ＬＯＮＧ　　ＭＢ８１０２７３６４ＥＦ　２０２７／０１／２６　更新準備中
ＨＵＹＮＨ ＶＡＮ ＴＡＩ　　ＳＡ２９４７３０１５ＧＣ　２０２７／０２／０８　
ＥＫＯ ＰＲＡＳＥＴＹＯ　　　ＶＴ６３１０５９２８ＨＢ　２０２７／０２／１５　
ＦＡＪＡＲ ＮＵＧＲＯＨＯ　　ＬＤ４７２９０３６１ＪＥ　２０２７／０２／２２　
ＩＮＤＡＨ ＰＥＲＭＡＴＡＳＡＲＩ　ＧＲ９２８１０４７３ＫＡ　２０２７／０３／０１　
ＤＯ ＶＡＮ ＴＵＡＮ　　　　ＱＳ４０９８２７１５ＮＢ　２０２７／０３／２２　
ＳＩＴＩ ＮＵＲＨＡＬＩＺＡ　ＥＪ７３０２８１５６ＲＣ　２０２７／０５／０６　
ＡＨＭＡＤ ＦＡＵＺＩ　　　　ＰＫ１６０３９４８２ＳＡ　２０２７／０５／０６　
ＤＥＷＩ ＬＥＳＴＡＲＩ　　　ＣＦ８４２０１７３９ＴＤ　２０２７／０６／１３　
ＢＵＤＩ ＳＡＮＴＯＳＯ　　　ＨＮ２９５７３０４１ＵＢ　２０２７／０６／１３　
ＲＩＮＡ ＷＵＬＡＮＤＡＲＩ　ＺＡ６１０４８３９２ＶＥ　２０２７／０７／０１　

1～2月期限の5名は新田先生への依頼が済んでいると聞いていますが、
念のため本人への案内は工場側からも行います。
""" + SIG_TESHIGAWARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": [],
        "note": "12 workers' residence card numbers in full-width, but every recipient is internal (factory subdomain included)",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "tokuteigino-014",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [MIWA],
        "subject": "資格取得届 作成資料の送付（技能実習からの移行者5名）",
        "body": """三輪社会保険労務士事務所
三輪先生

お世話になっております。日の出産業の岩佐です。

技能実習から特定技能1号へ移行し、12月1日付で当社に転籍する5名の
健康保険・厚生年金保険の資格取得届の作成をお願いいたします。
必要事項を添付のExcel（xls形式）にまとめました。

基礎年金番号は前所属先の資料から転記しています。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "xls",
                "name": "資格取得届_作成資料_20261201.xls",
                "sheets": {
                    "取得者": [
                        ["氏名", "フリガナ", "性別", "生年月日", "個人番号", "基礎年金番号",
                         "住所", "報酬月額"],
                        ["PHAN VAN LONG", "ファン ヴァン ロン", "男", "1994/10/06",
                         my_number(SEED + 1), "2318-406127", "岐阜県各務原市那加桜町3-41-301",
                         "238,000"],
                        ["TRINH THI YEN", "チン ティ イエン", "女", "2001/06/15",
                         my_number(SEED + 2), "2318-406135", "岐阜県各務原市川島松倉町1127-202",
                         "226,000"],
                        ["HUYNH VAN TAI", "フイン ヴァン タイ", "男", "1999/12/29",
                         my_number(SEED + 3), "2318-409842", "岐阜県各務原市那加桜町3-41-302",
                         "238,000"],
                        ["DUONG THI NGOC", "ズオン ティ ゴック", "女", "1997/03/03",
                         my_number(SEED + 4), "2318-411906", "岐阜県各務原市川島松倉町1127-203",
                         "226,000"],
                        ["NGO VAN THANH", "ゴー ヴァン タイン", "男", "1996/07/21",
                         my_number(SEED + 5), "2318-412270", "岐阜県各務原市那加桜町3-41-303",
                         "238,000"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER",
                     "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with 5 workers' My Numbers and basic pension numbers to the external 社労士 (reasons 1, 2)",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "tokuteigino-015",
        "charset": "utf-8",
        "sender": THAO,
        "to": [HANH],
        "cc": [IWASA],
        "subject": "ホアン・ヴァン・ナムさんの入院について",
        "body": """Hanhさん

お疲れさまです。タオです。

製造一課のホアン・ヴァン・ナムさん（HOANG VAN NAM）ですが、昨晩強い腹痛で
救急外来を受診し、胃潰瘍と診断されてそのまま各務原中央病院に入院しました。
入院は1週間程度の見込みとのことです。

本人はベトナムのご家族にはまだ伝えないでほしいと言っています。
お見舞いの際の通訳と、医療費（限度額適用認定証）の手続きの説明を
支援機関の方からもお願いできますでしょうか。

よろしくお願いします。
""" + SIG_THAO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's diagnosis and hospitalisation sent to the external support organisation: 要配慮個人情報 of one person (reason 3)",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "tokuteigino-016",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "subject": "Re: 面談対象者と連絡先の確認",
        "body": """片桐様

ご連絡ありがとうございます。小田切です。
リストの内容で相違ございません。

1点だけ、ダン・ヴァン・フンさんは12月から夜勤シフトのため、
面談は午前中の枠でお願いできますでしょうか。
その他の方は工場の休憩時間に合わせて調整いたします。

よろしくお願いいたします。
""" + SIG_ODAGIRI + """
> 日の出産業 小田切様
>
> お世話になっております。みらい共生サポートの片桐です。
> 次回面談の対象者と連絡先を下記で把握しております。相違がないかご確認ください。
>
> 氏名               携帯電話        住居
> NGUYEN VAN AN      080-4127-3390   岐阜県各務原市那加桜町3-41 ハイツ若葉201
> LE VAN DUC         090-7713-0285   岐阜県各務原市那加桜町3-41 ハイツ若葉202
> HOANG VAN NAM      070-3381-9026   岐阜県各務原市那加桜町3-41 ハイツ若葉203
> DANG VAN HUNG      090-2847-5519   岐阜県各務原市那加桜町3-41 ハイツ若葉204
> DO VAN TUAN        080-9134-2268   岐阜県各務原市那加桜町3-41 ハイツ若葉205
> PHAN VAN LONG      080-1175-6603   岐阜県各務原市那加桜町3-41 ハイツ若葉301
>
> 一般社団法人 みらい共生サポート 片桐
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 6-person list is only quoted (>) from the support organisation's own mail; the new text holds no one's data",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "tokuteigino-017",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [HORINOUCHI],
        "subject": "日本語教室（N3対策クラス）受講者名簿",
        "body": """日本語教室ことのは
堀之内先生

お世話になっております。日の出産業の岩佐です。
来月から始まるN3対策クラスの受講者名簿です（Excelから貼り付けています）。
欠席連絡は本人から直接先生の携帯かメールに入るようにしています。

No\t氏名\tカナ\t携帯\tメール\t現在レベル
1\tNGUYEN VAN AN\tグエン ヴァン アン\t080-4127-3390\tan.nguyen1998@gmail.com\tN4
2\tTRAN THI HOA\tチャン ティ ホア\t070-2258-6641\thoa.tran.jp@gmail.com\tN4
3\tPHAM THI LAN\tファム ティ ラン\t080-6629-1147\tlan.pham0109@gmail.com\tN4
4\tVU THI THU\tヴー ティ トゥー\t080-5096-7734\tthu.vu.2001@yahoo.com\tN5
5\tBUI THI MAI\tブイ ティ マイ\t080-2290-5418\tmaibui.hn@gmail.com\tN4
6\tSITI NURHALIZA\tシティ ヌルハリザ\t080-7741-2096\tsiti.nur99@gmail.com\tN4
7\tDEWI LESTARI\tデウィ レスタリ\t090-6638-0174\tdewi.lestari.jp@gmail.com\tN3（再受験）
8\tRINA WULANDARI\tリナ ウランダリ\t070-8816-4427\trinawlndr@yahoo.co.id\tN4
9\tAGUS SETIAWAN\tアグス セティアワン\t080-5527-9013\tagus.stw98@gmail.com\tN4

受講料の請求書は総務部宛でお願いいたします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated roster of 9 workers with mobiles and private e-mail addresses to the external language school (reason 1)",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "tokuteigino-018",
        "charset": "cp932",
        "sender": KAJIWARA,
        "to": ["野々村 沙織 <nonomura.saori@midori-ginkou.co.jp>"],
        "subject": "口座開設の来店予約（2名）",
        "body": """みどり銀行 各務原支店
野々村様

お世話になっております。日の出産業の梶原です。

追加で入社する2名の口座開設について、来店のご予約をお願いします。

　日時：12月22日（火）10:00～
　来店者：ファン・ヴァン・ロン、チン・ティ・イエン（通訳として弊社タオが同行）

本人確認書類は在留カードとパスポートを持参いたします。
よろしくお願いいたします。
""" + SIG_KAJIWARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp (reason 5); content itself harmless",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "tokuteigino-019",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "cc": [NITTA],
        "subject": "定期届出の進め方について（三者打合せ）",
        "body": """みらい共生サポート 片桐様
つばめ国際行政書士事務所 新田先生
（CCにて失礼いたします）

お世話になっております。日の出産業の小田切です。

来年1月に提出する定期届出（受入れ・活動状況、支援実施状況）について、
作業分担を確認するため三者でオンライン打合せをさせてください。

候補日：12月2日（水）16:00／12月3日（木）10:00
所要：45分程度（Teams）

支援実施状況の届出は片桐様、受入れ・活動状況と報酬の支払状況は
弊社で作成し、新田先生に最終確認と電子届出をお願いする想定です。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way meeting mail: two external organisations in To/Cc, no data",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "tokuteigino-020",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [KATAGIRI],
        "subject": "次年度の受入れ計画と支援委託費の試算",
        "body": """片桐様

お世話になっております。岩佐です。
来期の支援委託費のお見積りの前提として、当社の受入れ計画（案）を添付いたします。
社内でもまだ決裁前の資料ですので、取扱いにはご配慮ください。

ご不明点があればお電話ください。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "docx",
                "name": "2027年度_特定技能受入れ計画案.docx",
                "title": "2027年度 特定技能外国人 受入れ計画（案）",
                "page_header": "社外秘",
                "paragraphs": [
                    "2027年度 特定技能外国人 受入れ計画（案）",
                    "人事部 外国人材支援課　2026年11月",
                    "1. 受入れ人数：飲食料品製造業 18名（+6）、工業製品製造業 9名（+3）",
                    "2. 送出国：ベトナム、インドネシア、フィリピン",
                    "3. 支援委託費：1名あたり月額 28,000円（現行 30,000円からの改定を交渉）",
                    "4. 住居：借上げ社宅を2棟追加（各務原市内）",
                ],
                "tables": [
                    [["区分", "2026年度", "2027年度（案）", "増減"],
                     ["飲食料品製造業", "12", "18", "+6"],
                     ["工業製品製造業", "6", "9", "+3"],
                     ["支援委託費（年額・千円）", "6,480", "9,072", "+2,592"]],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached plan carries a 社外秘 page header and goes to an external organisation (reason 6)",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "tokuteigino-021",
        "charset": "utf-8",
        "sender": THAO,
        "to": ["an.nguyen1998@gmail.com", "hoa.tran.jp@gmail.com", "lan.pham0109@gmail.com",
               "thu.vu.2001@yahoo.com", "maibui.hn@gmail.com"],
        "subject": "生活オリエンテーション（第2回）のお知らせ / Thông báo buổi định hướng lần 2",
        "body": """みなさん

こんにちは。日の出産業のタオです。

生活オリエンテーションの2回目をおこないます。
　日にち：12月12日（土）
　時間：10時から12時まで
　場所：工場2かい けんしゅうしつ
　もちもの：在留カード、ノート、ペン

--
Chào các bạn,

Buổi định hướng cuộc sống lần 2 sẽ được tổ chức vào thứ Bảy ngày 12/12,
từ 10 giờ đến 12 giờ tại phòng đào tạo tầng 2 của nhà máy.
Nhớ mang theo thẻ cư trú, vở và bút nhé.

Nếu không tham gia được, hãy nhắn cho chị Thảo trước ngày 10/12.
""" + SIG_THAO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "five workers' private free-mail addresses in To, visible to each other: should have been Bcc (reason 4)",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "tokuteigino-022",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [NITTA],
        "subject": "【パスワードのお知らせ】申請書類一式（12月更新分）",
        "body": """新田先生

小田切です。
先ほどお送りした「申請書類一式_12月更新分.zip」の解凍パスワードをお知らせします。

　パスワード：Tsb#2611kk

お手数ですがご確認ください。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail of a PPAP exchange: no attachment, no one's data",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "tokuteigino-023",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [NITTA],
        "subject": "申請書類一式（12月更新分）の送付",
        "body": """つばめ国際行政書士事務所
新田先生

いつもお世話になっております。日の出産業の小田切です。

12月に在留期間更新を申請する3名分の書類一式（申請書の所属機関等作成用、
雇用条件書の写し、報酬支払証明）をzipにまとめてお送りします。
パスワードは別メールにてお知らせいたします。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "zip",
                "name": "申請書類一式_12月更新分.zip",
                "password": "Tsb#2611kk",
                "files": [
                    {"kind": "xlsx", "name": "対象者一覧.xlsx",
                     "sheets": {"一覧": [["氏名", "在留カード番号", "在留期限"],
                                         ["NGO THI HUONG", "DL61843209PE", "2026/12/24"],
                                         ["BUI VAN KHOA", "JH27403918CA", "2026/12/27"],
                                         ["LY THI NGA", "RM58120374DB", "2026/12/29"]]}},
                    {"kind": "pdf", "name": "報酬支払証明.pdf",
                     "lines": ["報酬支払証明書", "日の出産業株式会社"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) that cannot be inspected, to an external recipient (reason 7)",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "tokuteigino-024",
        "charset": "utf-8",
        "sender": THAO,
        "to": ["an.nguyen1998@gmail.com"],
        "subject": "在留期限のお知らせ（アンさんへ）",
        "body": """アンさん

こんにちは。タオです。

アンさんの在留期限は2027年12月7日です。まだ先ですが、
会社では期限の3か月前から更新の準備を始めます。
パスポートの有効期限も確認しておいてください。

わからないことがあれば、いつでも連絡してください。
Nếu có gì thắc mắc, cứ nhắn cho chị nhé.
""" + SIG_THAO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient: the worker himself, about his own residence period",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "tokuteigino-025",
        "charset": "iso-2022-jp",
        "sender": KAJIWARA,
        "to": [KANNO],
        "subject": "FW: ハイツ若葉 入居者一覧（12月時点）",
        "body": """菅野様

お世話になっております。梶原です。
工場から届いた入居者一覧を転送いたします。
消防設備点検の立会い調整にお使いください。
""" + SIG_KAJIWARA + """
-----Original Message-----
From: 勅使河原 彩 <teshigawara.a@kakamigahara.hinode-sangyo.co.jp>
Sent: Monday, November 30, 2026 9:12 AM
To: 梶原 美咲 <kajiwara.m@hinode-sangyo.co.jp>
Subject: ハイツ若葉 入居者一覧（12月時点）

梶原さん

ハイツ若葉の12月時点の入居者です。

部屋　氏名　　　　　　　携帯　　　　　　入居日
201　 グエン・ヴァン・アン　080-4127-3390　2026/12/08
202　 レ・ヴァン・ドゥック　090-7713-0285　2026/12/08
203　 ホアン・ヴァン・ナム　070-3381-9026　2026/12/15
204　 ダン・ヴァン・フン　　090-2847-5519　2026/12/15
205　 ドー・ヴァン・トゥアン　080-9134-2268　2025/04/01
301　 ファン・ヴァン・ロン　080-1175-6603　2026/12/01

勅使河原
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward (FW) of an internal mail listing 6 residents with mobiles to the housing company: forwarded text is new to the recipient (reason 1)",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 026
    {
        "id": "tokuteigino-026",
        "charset": "cp932",
        "sender": MIYASHITA,
        "to": ["経理担当 <keiri@mirai-kyosei.or.jp>"],
        "cc": [KATAGIRI],
        "subject": "支援委託料（11月分）ご請求書の受領について",
        "body": """一般社団法人 みらい共生サポート
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の宮下です。

11月分の支援委託料のご請求書、下記のとおり受領いたしました。

　請求書番号：MK-2026-1104
　登録番号　：T7180005012347
　請求金額　：594,000円（税込）　※18名分
　お支払予定：12月25日（金）　みどり銀行より振込

なお、12月分より2名増員となりますので、次回ご請求時にご留意ください。
""" + SIG_MIYASHITA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice acknowledgement with the support organisation's T-number (corporate number) and amounts; no personal data",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "tokuteigino-027",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": ["吉武 千尋 <yoshitake@kitaguni-foods.co.jp>"],
        "subject": "社員食堂の食事制限対応のお願い（各務原工場）",
        "body": """北国フーズ株式会社
給食事業部 吉武様

お世話になっております。日の出産業 人事部の岩佐です。

12月から各務原工場の食堂をご利用になる下記4名は、イスラム教を信仰しており、
豚肉・豚由来の調味料・アルコールを含む料理を召し上がれません。
また、うち2名は来年2～3月のラマダン期間中、昼食を取らない予定です。

　・SITI NURHALIZA（製造一課）　ラマダン期間 昼食不要
　・AHMAD FAUZI（製造一課）　　ラマダン期間 昼食不要
　・MUHAMMAD RIZKI PRATAMA（出荷）
　・INDAH PERMATASARI（品質管理）

食札に印を付けていただくなど、取り違えのないようご配慮をお願いいたします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "religion (信条) of four named workers sent to the catering partner: 要配慮個人情報 (reason 3)",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "tokuteigino-028",
        "charset": "utf-8",
        "sender": KURIBAYASHI,
        "to": ["吉武 千尋 <yoshitake@kitaguni-foods.co.jp>"],
        "subject": "食堂メニュー追加のご相談（豚不使用メニュー）",
        "body": """北国フーズ 吉武様

各務原工場の栗林です。いつも美味しい食事をありがとうございます。

来年度、インドネシアやベトナム出身の従業員がさらに増える見込みで、
豚肉・アルコールを使わないメニューを週に2～3回、選べるようにできないか
ご相談させてください。

・想定食数：1日あたり15食前後
・価格：現行の定食（税込480円）と同程度が希望
・可能であれば原材料の表示（英語併記）

一度、見積りとサンプルメニューをいただけますと幸いです。
""" + SIG_KURIBAYASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "menu request to the catering partner with no individual named: no special-care data tied to anyone",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "tokuteigino-029",
        "charset": "utf-8",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "subject": "支援計画書 別紙（対象者情報）の送付",
        "body": """片桐様

お世話になっております。小田切です。
1号特定技能外国人支援計画書の別紙（対象者情報）を作成しましたので添付します。
住居欄は社宅の正式住所に修正済みです。

内容をご確認のうえ、支援責任者欄へのご記入をお願いいたします。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "docx",
                "name": "支援計画書_別紙_対象者情報.docx",
                "title": "1号特定技能外国人支援計画書 別紙",
                "paragraphs": [
                    "1号特定技能外国人支援計画書　別紙（対象者情報）",
                    "特定技能所属機関：日の出産業株式会社",
                    "登録支援機関：一般社団法人みらい共生サポート",
                ],
                "tables": [
                    [["氏名", "生年月日", "住居", "連絡先"],
                     ["SITI NURHALIZA", "1999年5月12日", "岐阜県各務原市鵜沼各務原町5-88 サンハイツ鵜沼102",
                      "080-7741-2096"],
                     ["AHMAD FAUZI", "1996年2月8日", "岐阜県各務原市鵜沼各務原町5-88 サンハイツ鵜沼103",
                      "070-4185-3302"],
                     ["DEWI LESTARI", "2000年10月19日", "岐阜県各務原市鵜沼各務原町5-88 サンハイツ鵜沼201",
                      "090-6638-0174"],
                     ["BUDI SANTOSO", "1995年7月24日", "岐阜県各務原市鵜沼各務原町5-88 サンハイツ鵜沼202",
                      "080-2903-5568"],
                     ["RINA WULANDARI", "2001年1月30日", "岐阜県各務原市鵜沼各務原町5-88 サンハイツ鵜沼203",
                      "070-8816-4427"]],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 5 workers with DOB, address and phone to the support organisation (reason 1)",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "tokuteigino-030",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": [HORINOUCHI],
        "subject": "教室見学の参加者について",
        "body": """堀之内先生

お世話になっております。岩佐です。
明日の教室見学ですが、参加者は以下の3名です。
道に迷った場合は本人から先生にお電話するかもしれませんので、念のため。

　・PHAN VAN LONG　　080-1175-6603
　・TRINH THI YEN　　080-3318-6620
　・HUYNH VAN TAI　　090-4402-8137

19時に教室前に集合の予定です。よろしくお願いいたします。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with phone numbers to the language school: under five people, may be warned",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "tokuteigino-031",
        "charset": "cp932",
        "sender": ODAGIRI,
        "to": ["配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "中部国際空港 送迎のお願い（12/8着 6名）",
        "body": """青葉運輸株式会社
配車センター ご担当者様

お世話になっております。日の出産業の小田切です。
下記のとおり、空港から各務原の社宅までの送迎をお願いいたします。

■到着　12月8日（火）VN346便　中部国際空港 8:05着予定
■行先　岐阜県各務原市那加桜町3-41（ハイツ若葉）
■人数　6名＋弊社通訳1名（スーツケース各1～2個）

乗客（到着後すぐ連絡がつくよう、ベトナムの携帯番号＝Zaloも記載します）
　NGUYEN VAN AN　　 +84 912 384 106
　TRAN THI HOA　　　+84 986 220 573
　LE VAN DUC　　　　+84 903 117 648
　PHAM THI LAN　　　+84 977 405 219
　HOANG VAN NAM　　 +84 935 661 082
　VU THI THU　　　　+84 968 730 154

到着ロビーでは弊社のタオが「HINODE SANGYO」のボードを持って待機します。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "pick-up list of 6 arriving workers with their mobile numbers to the transport partner (reason 1)",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "tokuteigino-032",
        "charset": "iso-2022-jp",
        "sender": KAJIWARA,
        "to": ["予約センター <reservation@sakura-hotel.jp>"],
        "subject": "宿泊予約（通訳者1名）とお支払いについて",
        "body": """さくらホテル 岐阜駅前
予約センター ご担当者様

お世話になっております。日の出産業株式会社 総務部の梶原です。

先ほどお電話でお願いした宿泊予約について、支払い情報をお送りします。

　宿泊者：ル・ティ・キム・チ 様（通訳）
　日程　：12月8日（火）～12月10日（木）2泊　シングル禁煙
　お支払：法人カードにて事前決済
　　カード番号：""" + card_number(SEED + 20) + """
　　有効期限　：08/29
　　名義　　　：HINODE SANGYO CO LTD

領収書は弊社宛（日の出産業株式会社）でお願いいたします。
""" + SIG_KAJIWARA,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number in the body to the hotel partner (reason 2)",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "tokuteigino-033",
        "charset": "utf-8",
        "sender": KAJIWARA,
        "to": [KANNO],
        "subject": "Re: 追加社宅の候補物件について",
        "body": """菅野様

候補物件のご提案ありがとうございました。梶原です。
社内で検討し、下記の順で内見を希望いたします。

　物件名　　　　　　所在地　　　　　　　　　　　　　　　　間取り　家賃　　　駐輪場
　-----------------------------------------------------------------------------------
　① サンハイツ鵜沼　岐阜県各務原市鵜沼各務原町5-88　　　　2DK　　 58,000円　有
　② メゾン蘇原　　　岐阜県各務原市蘇原新生町2-14　　　　　2K　　　49,000円　有
　③ グリーンヒル那加　岐阜県各務原市那加雄飛ヶ丘町7-3　　3DK　　 66,000円　無
　④ コーポ六軒　　　岐阜県各務原市那加日新町4-201　　　　2DK　　 52,000円　有

工場まで自転車で20分以内という条件を優先したいと考えています。
12月第1週の平日でご都合のよい日をお知らせください。
""" + SIG_KAJIWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of rental properties (buildings, not people) with addresses and rents to the housing company",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "tokuteigino-034",
        "charset": "utf-8",
        "sender": KAJIWARA,
        "to": ["予約センター <reservation@sakura-hotel.jp>"],
        "subject": "団体予約（入国直後の仮宿泊 5名）の宿泊者名簿",
        "body": """さくらホテル 岐阜駅前 ご担当者様

お世話になっております。日の出産業 総務部の梶原です。
社宅の入居日までの仮宿泊として、12/15～12/17（2泊）で5名の予約をお願いしております。
外国籍のお客さまの旅券確認が必要とのことでしたので、宿泊者名簿をCSVで添付します。
""" + SIG_KAJIWARA,
        "attachments": [
            {
                "kind": "csv",
                "encoding": "utf-8",
                "name": "guest_list_1215.csv",
                "rows": [
                    ["氏名", "国籍", "旅券番号", "生年月日", "性別", "部屋"],
                    ["AGUS SETIAWAN", "Indonesia", "B4729018", "1998-09-05", "M", "ツイン1"],
                    ["MUHAMMAD RIZKI PRATAMA", "Indonesia", "C2186540", "1997-04-16", "M", "ツイン1"],
                    ["EKO PRASETYO", "Indonesia", "B8830271", "1994-11-11", "M", "ツイン2"],
                    ["INDAH PERMATASARI", "Indonesia", "C5017329", "2002-08-08", "F", "ツイン3"],
                    ["YULIA SARI", "Indonesia", "B6402913", "2000-12-19", "F", "ツイン3"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV guest list of 5 people with passport numbers and DOB to the hotel (reasons 1, 2)",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "tokuteigino-035",
        "charset": "iso-2022-jp",
        "sender": TESHIGAWARA,
        "to": ["岩佐 理恵 <iwasa.rie@hinode-sangyo.jp>"],
        "cc": [KURIBAYASHI],
        "subject": "サンハイツ鵜沼 入居者の住所・連絡先",
        "body": """岩佐さん

お疲れさまです。勅使河原です。
住居地届出の確認用に、サンハイツ鵜沼の入居者をまとめました。

102　SITI NURHALIZA　　岐阜県各務原市鵜沼各務原町5-88-102　080-7741-2096
103　AHMAD FAUZI　　　 岐阜県各務原市鵜沼各務原町5-88-103　070-4185-3302
201　DEWI LESTARI　　　岐阜県各務原市鵜沼各務原町5-88-201　090-6638-0174
202　BUDI SANTOSO　　　岐阜県各務原市鵜沼各務原町5-88-202　080-2903-5568
203　RINA WULANDARI　　岐阜県各務原市鵜沼各務原町5-88-203　070-8816-4427

市役所での届出は全員完了しています。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyo.jp (dropped 'co.'), a look-alike of the own domain, with a 5-person list (reasons 5, 1)",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "tokuteigino-036",
        "charset": "utf-8",
        "sender": MIYASHITA,
        "to": [IWASA],
        "cc": ["給与グループ <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "外国籍社員 給与振込口座一覧（12月支給分から）",
        "body": """岩佐さん

経理の宮下です。
12月支給分から振込先を登録する外国籍社員の口座一覧です。
口座開設後にいただいた通帳コピーと突合済みです。念のため人事側でもご確認ください。
""" + SIG_MIYASHITA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "振込口座一覧_外国籍社員.xlsx",
                "sheets": {
                    "口座": [
                        ["社員番号", "氏名", "銀行", "支店", "種別", "口座番号", "名義（カナ）"],
                        ["H26081", "NGUYEN VAN AN", "みどり銀行", "各務原支店(214)", "普通", "3108426",
                         "グエン ヴアン アン"],
                        ["H26082", "TRAN THI HOA", "みどり銀行", "各務原支店(214)", "普通", "3108434",
                         "チヤン テイ ホア"],
                        ["H26083", "LE VAN DUC", "みどり銀行", "各務原支店(214)", "普通", "3108442",
                         "レ ヴアン ドウツク"],
                        ["H26084", "PHAM THI LAN", "みどり銀行", "各務原支店(214)", "普通", "3108450",
                         "フアム テイ ラン"],
                        ["H26085", "HOANG VAN NAM", "みどり銀行", "各務原支店(214)", "普通", "3108469",
                         "ホアン ヴアン ナム"],
                        ["H26086", "VU THI THU", "みどり銀行", "各務原支店(214)", "普通", "3108477",
                         "ヴー テイ トウー"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "6 workers' bank accounts, but sender and all recipients are internal",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "tokuteigino-037",
        "charset": "utf-8",
        "sender": SATO,
        "to": [HENDRA],
        "subject": "Batch 3 candidate data for the COE application",
        "body": """Dear Mr. Hendra,

Thank you for sending the scanned documents of the Batch 3 candidates.

To prepare the Certificate of Eligibility applications, our administrative scrivener needs
the data in the attached workbook. We have filled in what we could read from the scans;
please check the yellow cells (passport numbers and dates of birth) against the original
passports and send the file back to us by December 10.

The second sheet shows the planned schedule.
""" + SIG_SATO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "Batch3_candidates_COE.xlsx",
                "title": "Batch 3 candidates",
                "sheets": {
                    "Candidates": [
                        ["Hinode Sangyo - Specified Skilled Worker (i) - Batch 3 (Indonesia)"],
                        ["No", "Full name (as in passport)", "Sex", "Date of birth", "Place of birth",
                         "Passport No.", "Passport expiry", "Mobile (WhatsApp)"],
                        [1, "YOGA ADI SAPUTRA", "M", "1999-06-02", "Semarang", "E2047813",
                         "2031-03-14", "+62 812-4410-7723"],
                        [2, "NUR AINI RAHMAWATI", "F", "2001-02-17", "Klaten", "E2048806",
                         "2031-03-14", "+62 857-2290-1184"],
                        [3, "DIMAS ARYA WICAKSONO", "M", "1998-10-29", "Magelang", "E1983027",
                         "2030-11-02", "+62 813-9026-3345"],
                        [4, "LAILATUL FITRIYAH", "F", "2000-04-08", "Jepara", "E2106642",
                         "2031-05-20", "+62 878-3361-0092"],
                        [5, "RIZAL MAULANA", "M", "1997-12-15", "Kudus", "E1879504",
                         "2030-08-19", "+62 822-6605-4471"],
                        [6, "SRI WAHYUNINGSIH", "F", "1999-09-23", "Boyolali", "E2051178",
                         "2031-03-21", "+62 856-4718-2209"],
                    ],
                    "Schedule": [
                        ["Step", "Planned date"],
                        ["COE application", "2026-12-18"],
                        ["COE issued (expected)", "2027-02-15"],
                        ["Visa application", "2027-02-22"],
                        ["Arrival in Japan", "2027-04-06"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English mail, XLSX (title row, two sheets) with 6 candidates' passport numbers, DOB and phones to the Indonesian LPK (reasons 1, 2)",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "tokuteigino-038",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "subject": "至急：ドー・ヴァン・トゥアンさんの件",
        "body": """片桐様

お世話になっております。小田切です。取り急ぎご報告です。

昨夜、製造二課のドー・ヴァン・トゥアンさん（DO VAN TUAN）が、無免許で原付を運転していたとして
各務原警察署に逮捕されたと、警察から会社に連絡がありました。
現在も同署に留置されています。

本日午後、弊社の顧問弁護士（白川先生）と面会の調整をしています。
支援機関として、ご本人への通訳付きの説明と、ベトナムのご家族・送出機関への連絡について
ご相談させてください。入管への届出の要否もあわせて確認したいと思います。

15時以降でお電話できる時間をお知らせください。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "arrest of a named worker (犯罪の経歴・逮捕) sent to the support organisation: 要配慮個人情報 (reason 3)",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "tokuteigino-039",
        "charset": "cp932",
        "sender": IWASA,
        "to": [KATAGIRI],
        "subject": "面談記録の共有方法の変更について",
        "body": """片桐様

お世話になっております。岩佐です。

定期面談の記録票について、これまでメール添付でお送りいただいておりましたが、
機密保持の観点から、来月より弊社が用意する共有フォルダ（アクセス制限付き）での
受け渡しに切り替えさせてください。

・フォルダのURLとIDは、弊社情報システム部から別途ご案内します
・アップロード後、メールで「格納しました」とだけご連絡ください
・記録票のファイル名は「面談記録_YYYYMM.xlsx」でお願いします

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing (機密保持の観点から) in a process mail; no marking, no data",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "tokuteigino-040",
        "charset": "iso-2022-jp",
        "sender": TESHIGAWARA,
        "to": ["健診センター <kenshin@sakuragaoka-clinic.or.jp>"],
        "subject": "雇入時健康診断の受診者名簿（12/16実施分）",
        "body": """医療法人 桜丘会 桜丘クリニック
健診センター ご担当者様

いつもお世話になっております。日の出産業 各務原工場 総務係の勅使河原です。
12月16日（水）に予約しております雇入時健康診断の受診者名簿をお送りします。
資格確認書の記号・番号も記載しておりますので、受付でご確認ください。

氏名,性別,生年月日,保険者番号,記号,番号
NGO THI HUONG,女,2000/04/27,06230418,412,1057
TRINH THI YEN,女,2001/06/15,06230418,412,1058
PHAN VAN LONG,男,1994/10/06,06230418,412,1059
HUYNH VAN TAI,男,1999/12/29,06230418,412,1060
DUONG THI NGOC,女,1997/03/03,06230418,412,1061
NGO VAN THANH,男,1996/07/21,06230418,412,1062

通訳として弊社のグエン・ティ・タオが同行します。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "comma-separated list of 6 people with DOB and health-insurance symbol/numbers to the clinic (reasons 1, 2)",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 041
    {
        "id": "tokuteigino-041",
        "charset": "utf-8",
        "sender": OSONE,
        "to": [KATAGIRI],
        "cc": [IWASA],
        "subject": "健康診断結果に基づく受診勧奨のご協力のお願い",
        "body": """みらい共生サポート 片桐様

日の出産業 健康管理室の保健師、大曽根です。
先月実施した定期健康診断の結果、以下の方に医療機関の受診が必要となりました。
本人への説明と受診同行（通訳）について、支援機関としてご協力をお願いできますでしょうか。

1) LE VAN DUC さん（製造一課）
   判定：要精密検査（胸部X線 右上肺野に陰影）
2) DANG VAN HUNG さん（出荷）
   判定：要治療（HbA1c 8.2%、空腹時血糖 168mg/dL：糖尿病の疑い）
3) PHAM THI LAN さん（品質管理）
   判定：要再検査（血色素量 9.8g/dL：貧血）

受診先の候補は、外国語対応のある各務原中央病院を考えています。
結果票の写しは本人の同意を得たうえで、別途お渡しします。

--
日の出産業株式会社 人事部 健康管理室
保健師 大曽根 陽子　TEL 052-261-4430
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health check findings of three named workers sent to the external support organisation (reason 3)",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "tokuteigino-042",
        "charset": "utf-8",
        "sender": THAO,
        "to": [HANH],
        "subject": "Re: 在留カードのコピーについて",
        "body": """Hanhさん

お疲れさまです。タオです。

ご依頼のあった在留カードのコピーですが、個人情報を含むため、
メールでは送らず、12月9日の面談の際に紙で持参します。
原本の確認もその場でしていただければ大丈夫です。

面談会場は工場2階の第3会議室です。よろしくお願いします。
""" + SIG_THAO + """
> タオさん
> 12月入社の方の在留カードの写しを、支援記録用にいただけますか。
> Hanh
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 個人情報 used in passing; the copies are explicitly not sent",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "tokuteigino-043",
        "charset": "iso-2022-jp",
        "sender": HIGASHI,
        "to": ["法人営業部 <hojin@hikari-mobile.jp>"],
        "subject": "法人契約SIM（8回線）の料金プランについて",
        "body": """ひかりモバイル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 情報システム部の東と申します。

外国籍社員の業務連絡用として、法人名義のSIM（音声＋データ）を8回線
追加契約することを検討しております。以下についてお見積りをお願いできますでしょうか。

　・音声通話＋データ 3GB／月 プラン × 8回線
　・端末なし（SIMのみ）、eSIM対応の有無
　・国際ローミングの利用停止設定
　・請求書払い（月末締め翌月末払い）

既存契約（契約番号 HK-220418-0093）への追加で構いません。
--
日の出産業株式会社 情報システム部
東 大輔　TEL 052-261-4490
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a quotation request with a contract number; no one's data",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "tokuteigino-044",
        "charset": "cp932",
        "sender": KAJIWARA,
        "to": ["宴会・会議予約 <yoyaku@sakura-hoteI.jp>"],
        "subject": "会議室のご予約（12/9 支援打合せ）",
        "body": """さくらホテル 岐阜駅前
宴会・会議予約 ご担当者様

お世話になっております。日の出産業の梶原です。

下記のとおり会議室の予約をお願いいたします。

　日時：12月9日（水）13:00～17:00
　人数：10名（スクール形式）
　備品：プロジェクター、マイク1本
　飲物：ホットコーヒー・ミネラルウォーター

お支払いは後日請求書でお願いいたします。
""" + SIG_KAJIWARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hoteI.jp (capital I for l) is a homoglyph look-alike of the partner sakura-hotel.jp (reason 5)",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "tokuteigino-045",
        "charset": "cp932",
        "sender": MIYASHITA,
        "to": [NONOMURA],
        "subject": "RE: 口座開設完了のご連絡",
        "body": """野々村様

お世話になっております。日の出産業 経理部の宮下です。
口座開設完了のご連絡、ありがとうございました。
キャッシュカードは社宅宛に簡易書留で届くとのこと、本人たちにも伝えておきます。
給与振込の登録は今月25日支給分から行います。

引き続きよろしくお願いいたします。
""" + SIG_MIYASHITA + """
-----Original Message-----
From: 野々村 沙織 <nonomura.saori@midori-ginko.co.jp>
Sent: Thursday, December 17, 2026 4:41 PM
To: 宮下 直子 <miyashita.n@hinode-sangyo.co.jp>
Subject: 口座開設完了のご連絡

日の出産業株式会社 宮下様

本日ご来店の皆さまの口座開設が完了しましたのでご連絡いたします。

　お名前　　　　　　　店番　科目　口座番号
　NGUYEN VAN AN　　　 214　普通　3108426
　TRAN THI HOA　　　　214　普通　3108434
　LE VAN DUC　　　　　214　普通　3108442
　PHAM THI LAN　　　　214　普通　3108450
　HOANG VAN NAM　　　 214　普通　3108469
　VU THI THU　　　　　214　普通　3108477

みどり銀行 各務原支店 法人営業課 野々村
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 6 accounts appear only in the bank's own mail quoted under -----Original Message-----; the reply adds no data",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "tokuteigino-046",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": [KODAMA],
        "subject": "外国人従業員向け生活総合保険 加入者一覧の送付",
        "body": """ひまわり保険サービス株式会社
児玉様

お世話になっております。日の出産業の岩佐です。
団体扱いで加入する生活総合保険（賠償責任・家財）の加入者一覧をPDFでお送りします。
補償開始日は全員2027年1月1日でお願いいたします。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "生活総合保険_加入者一覧.pdf",
                "title": "加入者一覧",
                "page_footer": "日の出産業株式会社 人事部",
                "lines": ["生活総合保険（団体扱）加入者一覧", "契約者：日の出産業株式会社", ""],
                "table": [
                    ["No", "被保険者氏名", "生年月日", "住所", "電話"],
                    ["1", "DO VAN TUAN", "1998/08/11", "岐阜県各務原市那加桜町3-41-205", "080-9134-2268"],
                    ["2", "PHAN VAN LONG", "1994/10/06", "岐阜県各務原市那加桜町3-41-301", "080-1175-6603"],
                    ["3", "HUYNH VAN TAI", "1999/12/29", "岐阜県各務原市那加桜町3-41-302", "090-4402-8137"],
                    ["4", "NGO VAN THANH", "1996/07/21", "岐阜県各務原市那加桜町3-41-303", "070-5128-3364"],
                    ["5", "TRINH THI YEN", "2001/06/15", "岐阜県各務原市川島松倉町1127-202", "080-3318-6620"],
                    ["6", "DUONG THI NGOC", "1997/03/03", "岐阜県各務原市川島松倉町1127-203", "090-8821-0476"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 6 insured workers with DOB, address and phone to the insurance agency (reason 1)",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "tokuteigino-047",
        "charset": "utf-8",
        "sender": SATO,
        "to": [GRACE],
        "subject": "Incident involving Ms. Maria Cristina Santos",
        "body": """Dear Ms. Villanueva,

I am writing to inform you of an incident involving one of the workers you sent to us,
Ms. Maria Cristina SANTOS (welding section, Kakamigahara plant).

On the evening of November 26, on her way home from the station, Ms. Santos was the
victim of a bag snatching. The offender, on a motorbike, pulled her bag and she fell and
bruised her left arm. She reported it to the Kakamigahara Police that same night with our
coordinator, and the police are investigating. Her residence card and cash card were in
the bag; we are helping her with the reissue.

She is back at work, but she is understandably shaken. We would appreciate it if you could
call her family, as she asked us to, and let us know if you have a Tagalog-speaking
counsellor she could talk to.
""" + SIG_SATO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail: a named worker was the victim of a crime (犯罪により害を被った事実), to the Philippine agency (reason 3)",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "tokuteigino-048",
        "charset": "utf-8",
        "sender": SATO,
        "to": [TRANG],
        "subject": "Re: Arrival of the December group",
        "body": """Dear Ms. Trang,

Thank you for your message. I am happy to confirm that all six workers of the December
group arrived safely at Chubu Centrair this morning and are now settling into the
company housing.

Their life orientation will take place on December 9 and 10 with a Vietnamese
interpreter, and they will start work on December 14. We will send you a short
report after their first month, as agreed.

Thank you again for the careful pre-departure training.
""" + SIG_SATO + """
On Mon, Dec 7, 2026 at 6:12 PM Pham Thu Trang <trang.pt@vietstar-hr.vn> wrote:
> Dear Mr. Sato,
> The six workers have boarded flight VN346 and will land at 8:05 tomorrow.
> Best regards, Trang
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply confirming arrival of 'six workers' with no one's data",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "tokuteigino-049",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [KATAGIRI],
        "subject": "定期届出（支援実施状況）下書きの確認依頼",
        "body": """片桐様

お世話になっております。岩佐です。

第3四半期の定期届出の下書きを作成しました。
「対象者一覧」と「相談記録」のシートを、貴団体の支援記録と突き合わせていただけますか。
修正は黄色セルに直接入力していただいて構いません。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "定期届出_支援実施状況_2026Q3_下書き.xlsx",
                "page_header": "社外秘",
                "sheets": {
                    "対象者一覧": [
                        ["2026年第3四半期 支援実施状況（下書き）"],
                        ["No", "氏名", "国籍", "生年月日", "在留カード番号"],
                        [1, "NGUYEN VAN AN", "ベトナム", "1998/03/14", "UH48213057FA"],
                        [2, "TRAN THI HOA", "ベトナム", "2000/07/02", "RK30716482EB"],
                        [3, "LE VAN DUC", "ベトナム", "1996/11/25", "PM72058316GD"],
                        [4, "PHAM THI LAN", "ベトナム", "1999/01/09", "TK19384720HC"],
                        [5, "HOANG VAN NAM", "ベトナム", "1997/05/30", "WA56029174KE"],
                        [6, "VU THI THU", "ベトナム", "2001/09/18", "NB64127093JA"],
                        [7, "DANG VAN HUNG", "ベトナム", "1995/12/03", "EX83410265LC"],
                        [8, "BUI THI MAI", "ベトナム", "2002/02/21", "HG27591038MF"],
                        [9, "DO VAN TUAN", "ベトナム", "1998/08/11", "QS40982715NB"],
                        [10, "NGO THI HUONG", "ベトナム", "2000/04/27", "DL61843209PE"],
                        [11, "SITI NURHALIZA", "インドネシア", "1999/05/12", "EJ73028156RC"],
                        [12, "AHMAD FAUZI", "インドネシア", "1996/02/08", "PK16039482SA"],
                    ],
                    "相談記録": [
                        ["日付", "氏名", "相談内容", "対応"],
                        ["2026/07/14", "LE VAN DUC", "腰痛で整形外科に通院中。重量物の作業を避けたい",
                         "工場と調整し配置換え"],
                        ["2026/08/03", "TRAN THI HOA", "社宅の家賃控除額について", "説明済み"],
                        ["2026/09/21", "AHMAD FAUZI", "礼拝の時間と場所の確保", "休憩室の一角を確保"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "confidential_marking"],
        "note": "XLSX marked 社外秘 with 12 workers' residence card numbers and a consultation log holding medical and religious notes (reasons 1, 2, 3, 6)",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "tokuteigino-050",
        "charset": "iso-2022-jp",
        "sender": MIYASHITA,
        "to": ["給与計算センター <payroll@nagoya-payroll.co.jp>"],
        "subject": "11月分 給与計算データ（外国籍社員）",
        "body": """株式会社ナゴヤ給与センター
ご担当者様

お世話になっております。日の出産業 経理部の宮下です。
11月分の給与計算データ（外国籍社員20名分）をお送りします。
振込先口座はCSVの列のとおりです。ご確認をお願いいたします。
""" + SIG_MIYASHITA,
        "attachments": [
            {
                "kind": "zip",
                "name": "kyuyo_202611_gaikoku.zip",
                "files": [
                    {
                        "kind": "csv",
                        "encoding": "cp932",
                        "name": "給与データ_202611.csv",
                        "rows": [
                            ["社員番号", "氏名", "銀行", "支店", "種別", "口座番号", "基本給", "残業時間"],
                            ["H25031", "DO VAN TUAN", "みどり銀行", "214", "普通", "2957013", "226000", "18.5"],
                            ["H25032", "NGO THI HUONG", "みどり銀行", "214", "普通", "2957021", "218000", "12.0"],
                            ["H25033", "PHAN VAN LONG", "みどり銀行", "214", "普通", "2957048", "238000", "21.0"],
                            ["H25034", "TRINH THI YEN", "みどり銀行", "214", "普通", "2957056", "218000", "9.5"],
                            ["H25035", "HUYNH VAN TAI", "みどり銀行", "214", "普通", "2957064", "238000", "16.0"],
                            ["H25036", "DUONG THI NGOC", "みどり銀行", "214", "普通", "2957072", "218000", "11.0"],
                            ["H25037", "NGO VAN THANH", "みどり銀行", "214", "普通", "2957080", "238000", "19.5"],
                            ["H25041", "SITI NURHALIZA", "みどり銀行", "221", "普通", "4410382", "218000", "8.0"],
                            ["H25042", "AHMAD FAUZI", "みどり銀行", "221", "普通", "4410390", "238000", "22.5"],
                            ["H25043", "DEWI LESTARI", "みどり銀行", "221", "普通", "4410404", "218000", "10.0"],
                            ["H25044", "BUDI SANTOSO", "みどり銀行", "221", "普通", "4410412", "238000", "24.0"],
                            ["H25045", "RINA WULANDARI", "みどり銀行", "221", "普通", "4410420", "218000", "6.5"],
                            ["H25046", "AGUS SETIAWAN", "ゆうちょ銀行", "一二八", "普通", "1827364", "238000", "17.0"],
                            ["H25047", "MUHAMMAD RIZKI PRATAMA", "ゆうちょ銀行", "一二八", "普通", "1827372", "238000", "20.0"],
                            ["H25048", "INDAH PERMATASARI", "みどり銀行", "221", "普通", "4410439", "218000", "7.5"],
                            ["H25049", "EKO PRASETYO", "みどり銀行", "221", "普通", "4410447", "238000", "15.0"],
                            ["H25050", "FAJAR NUGROHO", "みどり銀行", "221", "普通", "4410455", "238000", "13.5"],
                            ["H25051", "MARIA CRISTINA SANTOS", "みどり銀行", "214", "普通", "2961150", "232000", "9.0"],
                            ["H25052", "JOHN PAUL REYES", "みどり銀行", "214", "普通", "2961169", "232000", "14.0"],
                            ["H25053", "ANGELICA DELA CRUZ", "みどり銀行", "214", "普通", "2961177", "232000", "5.5"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a CSV of 20 workers' bank accounts and pay to the payroll outsourcer (reason 1)",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "tokuteigino-051",
        "charset": "utf-8",
        "sender": KAJIWARA,
        "to": ["法人営業 <hojin-eigyo@kawasaki-denki.co.jp>"],
        "subject": "Re: 社宅用家電一式のお見積り",
        "body": """川崎電機株式会社
法人営業 ご担当者様

お見積りありがとうございました。梶原です。
下記の内容で発注を進めたいと考えております。

品名　　　　　　　　　型番　　　　単価（税抜）　数量　金額
冷蔵庫 150L　　　　　 KD-R150W　 32,800円　　 4　　131,200円
洗濯機 6kg　　　　　　KD-W60S　　29,500円　　 4　　118,000円
電子レンジ　　　　　　KD-M18　　　9,800円　　 4　　 39,200円
炊飯器 5.5合　　　　　KD-J55　　　8,600円　　 4　　 34,400円
　　　　　　　　　　　　　　　　　　　　　　　　 小計 322,800円

納品先：サンハイツ鵜沼（岐阜県各務原市鵜沼各務原町5-88）
納品希望日：2027年3月25日（木）午前
注文番号は弊社発注書（PO-26-1187）に記載します。
""" + SIG_KAJIWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list, product codes and a PO number to the partner; the delivery address is a building, not a person's record",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "tokuteigino-052",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": ["白川 恭子 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "ご相談：固定残業代の説明について",
        "body": """白川先生

お世話になっております。日の出産業の小田切です。

特定技能の従業員から、給与明細の「固定残業手当」の意味がわからないという声が
複数上がっております。雇用条件書には記載があるものの、母国語訳が不十分だったようです。

雇用条件書の訳文を修正して再説明する方向で考えていますが、
法的に留意すべき点（差額精算の要否など）についてご助言いただけますでしょうか。
来週どこかで30分ほどお時間をいただけますと幸いです。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp is a look-alike (other TLD) of the partner law firm shirakawa-law.jp (reason 5)",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "tokuteigino-053",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [HORINOUCHI],
        "subject": "受講生の聴こえについてのご配慮のお願い",
        "body": """堀之内先生

いつもありがとうございます。岩佐です。

来月からN3対策クラスに参加するファジャル・ヌグロホさん（FAJAR NUGROHO）について、
事前にお伝えしておきたいことがあります。

ファジャルさんは左耳に聴覚障害があり、日本で身体障害者手帳（6級）の交付を受けています。
右側からの声は問題なく聞き取れますので、教室では前方右側の席にしていただけると助かります。
聴解の教材は、可能であればスクリプトも配布していただけますでしょうか。

本人の了承を得たうえでご連絡しております。よろしくお願いいたします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "disability of a named worker sent to the external language school: 要配慮個人情報 even with consent (reason 3)",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "tokuteigino-054",
        "charset": "cp932",
        "sender": ODAGIRI,
        "to": [NITTA],
        "subject": "原本送付のご連絡（レターパック）",
        "body": """新田先生

お世話になっております。小田切です。
本日、在留期間更新に必要な原本類（所属機関の決算書類の写し、
労働保険料等納付証明書など）をレターパックプラスで発送しました。

　追跡番号：3621-4408-7719
　到着予定：12月3日（木）午前

受領後、お手数ですが一言ご連絡をいただけますと幸いです。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tracking number and company documents only",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "tokuteigino-055",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": [NITTA],
        "subject": "【部外秘】受入れ拡大に関する経営会議資料（抜粋）",
        "body": """■取扱区分：部外秘
■配布先：新田先生（申請スケジュール検討のため）

新田先生

お世話になっております。岩佐です。
先日の経営会議で承認された受入れ拡大方針の要点を、申請スケジュールの
ご検討用に抜粋してお送りします。正式な公表前の内容ですのでご留意ください。

1. 2027年4月：インドネシアから10名（飲食料品製造業）
2. 2027年7月：フィリピンから6名（工業製品製造業・溶接）
3. 2027年10月：ベトナムから8名（飲食料品製造業）
4. 新工場（羽島市）の稼働は2028年春を予定、同時に20名規模の追加受入れを検討

以上
""" + SIG_IWASA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 部外秘 in subject and body, sent to an external 行政書士 (reason 6)",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 056
    {
        "id": "tokuteigino-056",
        "charset": "cp932",
        "sender": MIYASHITA,
        "to": [MIWA],
        "subject": "雇用保険 資格取得（ゴー・ヴァン・タイン）の件",
        "body": """三輪先生

お世話になっております。経理部の宮下です。
12月1日入社のゴー・ヴァン・タインさんの雇用保険資格取得届について、
先日漏れていた個人番号をお知らせします。

　氏名　　：ＮＧＯ ＶＡＮ ＴＨＡＮＨ（ゴー ヴァン タイン）
　生年月日：１９９６年７月２１日
　個人番号：""" + zen(my_number(SEED + 6)) + """
　在留資格：特定技能１号（国籍：ベトナム）

お手数ですが、よろしくお願いいたします。
""" + SIG_MIYASHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one worker's My Number in full-width digits to the external 社労士 (reason 2)",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "tokuteigino-057",
        "charset": "utf-8",
        "sender": THAO,
        "to": [HANH],
        "subject": "外国語対応の医療機関一覧（各務原周辺）",
        "html": """<div style="font-family:sans-serif">
<p>Hanhさん</p>
<p>お疲れさまです。タオです。<br>
生活オリエンテーションで配る「外国語対応の医療機関」の一覧を作りました。
電話番号と対応言語を病院に確認済みです。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>医療機関</th><th>診療科</th><th>所在地</th><th>電話</th><th>対応言語</th></tr></thead>
<tbody>
<tr><td>各務原中央病院</td><td>内科・外科・整形外科</td><td>岐阜県各務原市那加東亜町3-11</td><td>058-382-6100</td><td>英語・ベトナム語（通訳タブレット）</td></tr>
<tr><td>桜丘クリニック</td><td>内科・健診</td><td>岐阜県各務原市鵜沼東町2-47</td><td>058-384-2261</td><td>英語</td></tr>
<tr><td>鵜沼レディースクリニック</td><td>産婦人科</td><td>岐阜県各務原市鵜沼南町6-90</td><td>058-379-5512</td><td>英語・インドネシア語（予約制）</td></tr>
<tr><td>ひがし歯科医院</td><td>歯科</td><td>岐阜県各務原市那加新加納町2209</td><td>058-371-8830</td><td>英語</td></tr>
<tr><td>岐阜県救急医療情報センター</td><td>夜間・休日の案内</td><td>-</td><td>058-263-1199</td><td>日本語・やさしい日本語</td></tr>
</tbody></table>
<p>ベトナム語とインドネシア語の訳はHanhさん・Rahmawatiさんにお願いできますか。</p>
<p>タオ<br>日の出産業株式会社 人事部 外国人材支援課（内線325）</p>
</div>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only table of clinics and hospitals (businesses, not people)",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "tokuteigino-058",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [NITTA],
        "subject": "在留資格変更許可申請書（所属機関作成部分）",
        "body": """新田先生

お世話になっております。小田切です。
技能実習2号から特定技能1号へ変更する1名分について、所属機関作成部分を
記入のうえPDFにしました。社内規程によりPDFにはパスワードを設定しています。
パスワードはお電話でお伝えします。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "在留資格変更許可申請書_所属機関等作成用.pdf",
                "password": "hinode2612",
                "lines": [
                    "在留資格変更許可申請書（所属機関等作成用1～4）",
                    "特定技能所属機関：日の出産業株式会社",
                    "氏名：LY THI NGA　国籍：ベトナム　生年月日：1999年11月2日",
                    "在留カード番号：RM58120374DB",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF that cannot be inspected, to an external recipient (reason 7)",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "tokuteigino-059",
        "charset": "utf-8",
        "sender": THAO,
        "to": [HANH],
        "subject": "チャン・ティ・ホアさんの体調と配置について（ご相談）",
        "body": """Hanhさん

お疲れさまです。タオです。ご相談があります。

製造二課のチャン・ティ・ホアさん（TRAN THI HOA）から、妊娠していると打ち明けられました。
先週、鵜沼レディースクリニックを受診し、現在妊娠9週とのことです。
つわりがひどく、今週は2日欠勤しています。

本人は仕事を続けたい、帰国させられるのではと心配しています。
会社としては軽作業への配置転換を検討しています。
妊娠・出産を理由とした不利益な取扱いはできないことも含めて、
支援機関から本人にベトナム語で説明していただけますか。

よろしくお願いします。
""" + SIG_THAO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's pregnancy and clinic visit (health information) to the support organisation (reason 3)",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "tokuteigino-060",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": ["事業担当 <jigyo@gifu-kouryu.or.jp>"],
        "subject": "「多文化共生まつり」への参加申込み",
        "body": """公益財団法人 岐阜県国際交流協会
事業担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部の岩佐と申します。

1月24日（日）に開催される「多文化共生まつり」に、当社で働く
ベトナム・インドネシア出身の従業員とともに参加させていただきたく、申込みいたします。

　参加予定人数：従業員8名程度＋引率2名
　出展希望：ベトナムの揚げ春巻きとインドネシアのお菓子の紹介（試食なし・展示のみ）

申込書の様式がございましたらお送りいただけますでしょうか。
""" + SIG_IWASA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "event registration with a head count only",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "tokuteigino-061",
        "charset": "utf-8",
        "sender": KAJIWARA,
        "to": [KANNO],
        "subject": "レ・ヴァン・ドゥックさんの個人契約への切替について",
        "body": """菅野様

お世話になっております。梶原です。

ハイツ若葉202号室のレ・ヴァン・ドゥックさんが、来年2月から借上げ社宅ではなく
個人契約での入居に切り替えることになりました。
入居審査に必要とのことでしたので、本人の情報をお送りします（本人同意済み）。

　氏名　　　　：LE VAN DUC（レ ヴァン ドゥック）
　在留カード番号：PM72058316GD（在留期限 2027/12/07）
　旅券番号　　：C5937716
　勤務先　　　：日の出産業株式会社 各務原工場（在籍確認は弊社総務まで）

保証会社の申込書は本人が記入して来週お持ちします。
""" + SIG_KAJIWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "one worker's residence card and passport numbers to the housing company (reason 2)",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "tokuteigino-062",
        "charset": "iso-2022-jp",
        "sender": KAJIWARA,
        "to": [KATAGIRI],
        "subject": "ハイツ若葉の入居者の様子について",
        "body": """片桐様

お世話になっております。総務の梶原です。

社宅の巡回の際、ハイツ若葉の住人から「205号室の人が最近ほとんど眠れていないようで、
食事もあまり取っていない」と聞きました。本人とは直接話せていません。

次回の面談の前に、支援担当の方から一度声をかけていただけないでしょうか。
必要であれば工場側にも共有します。
""" + SIG_KAJIWARA,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "unnamed but room-identifiable resident with sleep/appetite problems (not a diagnosis): an officer could go either way",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "tokuteigino-063",
        "charset": "utf-8",
        "sender": SATO,
        "to": [TRANG],
        "subject": "Recruitment plan FY2027 (draft for discussion)",
        "body": """Dear Ms. Trang,

Ahead of our online meeting next Tuesday, please find attached our draft recruitment plan
for FY2027. The numbers are not yet final, so please do not share it outside your team.

Looking forward to talking with you.
""" + SIG_SATO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "Hinode_Recruitment_Plan_FY2027.pptx",
                "title": "Recruitment plan FY2027",
                "page_footer": "Confidential - Hinode Sangyo Co., Ltd.",
                "slides": [
                    ["Recruitment plan FY2027", "Specified Skilled Worker (i)", "Draft - November 2026"],
                    ["Headcount", "Food manufacturing: 8 from Vietnam (Oct 2027)",
                     "Industrial products: 6 from the Philippines (Jul 2027)"],
                    ["Selection", "Skills test and JFT-Basic A2 required",
                     "Online interview with the plant manager"],
                    ["Fees", "Sending fee per worker: to be negotiated", "Pre-departure training: 4 months"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX whose every slide carries a 'Confidential' footer, sent to the overseas sending organisation (reason 6)",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "tokuteigino-064",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "subject": "FW: 外国籍のお客さまの口座開設に必要な書類のご案内",
        "body": """片桐様

小田切です。みどり銀行さんから案内が届きましたので共有します。
事前ガイダンスの資料にも反映いただけると助かります。

---------- Forwarded message ----------
From: 野々村 沙織 <nonomura.saori@midori-ginko.co.jp>
Date: 2026年11月24日(火) 10:05
Subject: 外国籍のお客さまの口座開設に必要な書類のご案内
To: 小田切 健 <odagiri.k@hinode-sangyo.co.jp>

日の出産業株式会社 小田切様

いつもお引き立ていただきありがとうございます。
外国籍のお客さまの普通預金口座開設には、以下をご持参ください。

　1. 在留カード（在留期間が3か月以上残っているもの）
　2. パスポート
　3. 勤務先の確認できる書類（社員証または雇用契約書の写し）
　4. 日本国内の電話番号

※ 入国後6か月未満の方は、非居住者扱いとなる場合があります。
※ キャッシュカードは届出住所へ簡易書留で郵送します。

みどり銀行 各務原支店 法人営業課 野々村
TEL 058-382-3311
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of the bank's general guidance on documents: new text to the recipient but nobody's data",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "tokuteigino-065",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [MIWA],
        "subject": "脱退一時金の請求手続きのご依頼（ダン・ヴァン・フンさん）",
        "body": """三輪先生

いつもお世話になっております。岩佐です。

来年1月末で契約満了となり帰国するダン・ヴァン・フンさんの
脱退一時金の請求手続き（帰国後の代理請求）をお願いしたく、必要事項をお送りします。

　氏名　　　　　：DANG VAN HUNG
　生年月日　　　：1995年12月3日
　基礎年金番号　：4502-713968
　旅券番号　　　：C6473385
　帰国後の住所　：Thon 3, Xa Hoang Long, Huyen Phu Xuyen, Ha Noi, Viet Nam
　受取口座　　　：Vietcombank Ha Noi branch / 0011 0042 87651 / DANG VAN HUNG

委任状は本人の署名済みのものを郵送いたします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_PASSPORT",
                     "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one worker's basic pension number, passport number and bank account to the 社労士 (reason 2)",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "tokuteigino-066",
        "charset": "cp932",
        "sender": KAJIWARA,
        "to": [NONOMURA],
        "subject": "来店予約（口座開設2名）のお願い",
        "body": """みどり銀行 各務原支店
野々村様

お世話になっております。日の出産業 総務部の梶原です。
事前登録が必要とのことでしたので、来店者の情報をお送りします。

　①ファン・ヴァン・ロン（PHAN VAN LONG）　生年月日 平成6年10月6日
　②チン・ティ・イエン（TRINH THI YEN）　　 生年月日 平成13年6月15日

来店日時：12月22日（火）10:00　通訳として弊社タオが同行します。
""" + SIG_KAJIWARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two people's names and 和暦 DOB to the partner bank: under five records, may be warned",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "tokuteigino-067",
        "charset": "cp932",
        "sender": MIYASHITA,
        "to": [NONOMURA],
        "subject": "総合振込 口座振替依頼書一覧の送付",
        "body": """野々村様

お世話になっております。経理部の宮下です。
12月分の総合振込に追加する口座の一覧を添付いたします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_MIYASHITA,
        "attachments": [
            {"kind": "corrupt", "name": "振替依頼書一覧_202612.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected, to an external bank (reason 7)",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "tokuteigino-068",
        "charset": "iso-2022-jp",
        "sender": KURIBAYASHI,
        "to": [KODAMA],
        "subject": "社用車（フォークリフト搬送用バン）運転者追加のお願い",
        "body": """ひまわり保険サービス 児玉様

各務原工場の栗林です。お世話になっております。
社用車（ナンバー：岐阜 400 さ 27-81）の運転者限定に、下記の従業員を追加してください。

　氏名　　　　　：AGUS SETIAWAN（アグス セティアワン）
　生年月日　　　：1998年9月5日
　運転免許証番号：第530218746100号（中型8t限定、令和7年取得）

追加日は12月1日からでお願いいたします。
""" + SIG_KURIBAYASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "one worker's driver's licence number to the insurance agency (reason 2)",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "tokuteigino-069",
        "charset": "utf-8",
        "sender": ODAGIRI,
        "to": ["配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "追加送迎（12/15着 インドネシア4名）",
        "body": """青葉運輸 配車センター御中

日の出産業の小田切です。先日はありがとうございました。
12/15（火）着の4名についても送迎をお願いします。今回は通訳なしです。

GA888便（ジャカルタ→中部）7:40着予定、行先はさくらホテル岐阜駅前。

乗客（WhatsApp番号）
- AGUS SETIAWAN / +62 812-3307-4416
- MUHAMMAD RIZKI PRATAMA / +62 857-1192-6630
- EKO PRASETYO / +62 813-5540-2087
- INDAH PERMATASARI / +62 878-8816-3371

遅延があれば直接本人たちに連絡していただいて構いません。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four passengers with their phone numbers to the transport partner: under five people, may be warned",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "tokuteigino-070",
        "charset": "cp932",
        "sender": TESHIGAWARA,
        "to": ["適用課 <tekiyo@chubu-kikai-kenpo.or.jp>"],
        "subject": "資格確認書 再交付申請（紛失）について",
        "body": """中部機械工業健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業株式会社 各務原工場 総務係の勅使河原です。

被保険者が資格確認書を紛失したため、再交付の申請書を本日郵送いたしました。
念のため対象者をお知らせします。

　被保険者氏名：MARIA CRISTINA SANTOS（マリア クリスティーナ サントス）
　記号・番号　：記号 ４１２　番号 ９８３
　生年月日　　：１９９６年６月２１日
　紛失の経緯　：１１月２６日、通勤途中にかばんごと紛失（警察へ遺失届提出済み）

よろしくお願いいたします。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one worker's health-insurance symbol and number to the health insurance society (reason 2)",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 071
    {
        "id": "tokuteigino-071",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [TESHIGAWARA, KURIBAYASHI],
        "subject": "FW: 12月定期面談の結果（概要）",
        "body": """勅使河原さん、栗林課長

お疲れさまです。岩佐です。
みらい共生サポートから面談結果の概要が届きました。工場側での対応が必要な
項目（★）だけご確認ください。社外には出さないようお願いします。

-----Original Message-----
From: 片桐 優子 <katagiri@mirai-kyosei.or.jp>
Sent: Friday, December 11, 2026 5:20 PM
To: 岩佐 理恵 <iwasa.rie@hinode-sangyo.co.jp>
Subject: 12月定期面談の結果（概要）

岩佐様

12月9日・10日に実施した定期面談の結果概要です。

SITI NURHALIZA　　080-7741-2096　特になし
AHMAD FAUZI　　　 070-4185-3302　★夜勤明けの休日が少ないとの相談
DEWI LESTARI　　　090-6638-0174　N3受験希望
BUDI SANTOSO　　　080-2903-5568　★寮の給湯器の不具合
RINA WULANDARI　　070-8816-4427　特になし
AGUS SETIAWAN　　 080-5527-9013　運転業務に興味あり
MUHAMMAD RIZKI　　090-3342-7780　★自転車の盗難（交番へ届出済み）

みらい共生サポート 片桐
""" + SIG_IWASA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "forward of a 7-person list (one note of a theft victim) but only to internal colleagues",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "tokuteigino-072",
        "charset": "iso-2022-jp",
        "sender": KAJIWARA,
        "to": ["管理部 <kanri@naka-kanri.co.jp>"],
        "subject": "サンハイツ鵜沼 緊急連絡網のご提出",
        "body": """那加不動産管理株式会社
管理部 御中

いつもお世話になっております。日の出産業 総務部の梶原です。

サンハイツ鵜沼の防災訓練の前に提出を求められておりました、入居者の緊急連絡網をお送りします。
夜間に漏水等があった場合は、まず本人、つながらない場合は弊社総務までご連絡ください。

・102号室　シティ・ヌルハリザ　　　０８０－７７４１－２０９６
・103号室　アフマド・ファウジ　　　０７０－４１８５－３３０２
・201号室　デウィ・レスタリ　　　　０９０－６６３８－０１７４
・202号室　ブディ・サントソ　　　　０８０－２９０３－５５６８
・203号室　リナ・ウランダリ　　　　０７０－８８１６－４４２７
・301号室　アグス・セティアワン　　０８０－５５２７－９０１３
・302号室　ムハマド・リズキ　　　　０９０－３３４２－７７８０
・303号室　エコ・プラセティヨ　　　０８０－６０１９－２２４５

弊社総務（平日 8:30～17:30）：052-261-4401
""" + SIG_KAJIWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "「・」 bulleted emergency list of 8 residents with full-width mobile numbers to the building manager (reason 1)",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "tokuteigino-073",
        "charset": "cp932",
        "sender": ODAGIRI,
        "to": ["配車センター <haisha@aobaunyu.co.jp>"],
        "subject": "マイクロバス配車のお願い（1/16 地域交流会）",
        "body": """青葉運輸 配車センター ご担当者様

いつもお世話になっております。日の出産業の小田切です。

1月16日（土）の地域交流会への送迎として、マイクロバス1台の配車をお願いします。

　往路：8:30 サンハイツ鵜沼前 → 9:00 ハイツ若葉前 → 9:40 岐阜市民会館
　復路：15:30 岐阜市民会館 → 各社宅
　人数：約22名

お見積りをいただけますでしょうか。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aobaunyu.co.jp (hyphen dropped) is a look-alike of the partner aoba-unyu.co.jp (reason 5)",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "tokuteigino-074",
        "charset": "utf-8",
        "sender": AIMONO,
        "to": ["経営企画部 <keiki@hinode-sangyo.co.jp>"],
        "cc": [IWASA],
        "subject": "特定技能受入れ戦略（社外秘）取締役会資料案",
        "body": """経営企画部 各位

人事部の四十物です。
来月の取締役会に上程する「特定技能外国人受入れ戦略」の資料案を添付します。
社外秘資料ですので、取扱いにご注意ください。数字の整合性を確認のうえ、
12月4日までにコメントをお願いします。

人事部長 四十物
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "特定技能受入れ戦略_取締役会資料案.docx",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 人事部",
                "paragraphs": [
                    "特定技能外国人受入れ戦略（2027～2029年度）",
                    "1. 現状：特定技能1号 21名（ベトナム12、インドネシア6、フィリピン3）",
                    "2. 課題：定着率（1年以内の転職 3名）、住居の不足、日本語教育",
                    "3. 方針：2号移行者の育成、支援業務の一部内製化の検討",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "document stamped 社外秘, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "tokuteigino-075",
        "charset": "iso-2022-jp",
        "sender": MIYASHITA,
        "to": [NONOMURA],
        "subject": "給与振込先 口座名義の確認のお願い（10名）",
        "body": """みどり銀行 各務原支店
野々村様

お世話になっております。日の出産業 経理部の宮下です。
先月の給与振込で名義不一致の返却が2件ありましたので、
外国籍社員の登録口座を念のため一括でご確認いただけますでしょうか。

【1】DO VAN TUAN
　　店番214 普通 2957013　生年月日 1998/08/11
【2】NGO THI HUONG
　　店番214 普通 2957021　生年月日 2000/04/27
【3】PHAN VAN LONG
　　店番214 普通 2957048　生年月日 1994/10/06
【4】TRINH THI YEN
　　店番214 普通 2957056　生年月日 2001/06/15
【5】HUYNH VAN TAI
　　店番214 普通 2957064　生年月日 1999/12/29
【6】DUONG THI NGOC
　　店番214 普通 2957072　生年月日 1997/03/03
【7】NGO VAN THANH
　　店番214 普通 2957080　生年月日 1996/07/21
【8】SITI NURHALIZA
　　店番221 普通 4410382　生年月日 1999/05/12
【9】AHMAD FAUZI
　　店番221 普通 4410390　生年月日 1996/02/08
【10】DEWI LESTARI
　　店番221 普通 4410404　生年月日 2000/10/19

返却となったのは【4】と【9】です。
""" + SIG_MIYASHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one block per person: 10 workers' bank accounts and DOB to the bank (reason 1)",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "tokuteigino-076",
        "charset": "utf-8",
        "sender": SATO,
        "to": [HENDRA],
        "subject": "Pre-departure training curriculum (food manufacturing)",
        "body": """Dear Mr. Hendra,

As discussed, attached is the pre-departure training curriculum we would like the Batch 3
candidates to complete before arrival. It covers basic food hygiene, workplace Japanese
and our plant rules. Please let us know if any part is difficult to deliver at your LPK.
""" + SIG_SATO + DISC_EN,
        "attachments": [
            {
                "kind": "pdf",
                "name": "PreDeparture_Curriculum_Batch3.pdf",
                "title": "Pre-departure training curriculum",
                "lines": [
                    "Pre-departure training curriculum - Hinode Sangyo (Food manufacturing)",
                    "Duration: 12 weeks, 20 hours per week",
                    "",
                ],
                "table": [
                    ["Week", "Topic", "Hours"],
                    ["1-2", "Food hygiene basics (HACCP)", "24"],
                    ["3-6", "Workplace Japanese (greetings, safety words)", "60"],
                    ["7-8", "Life in Japan: rules, garbage, transport", "30"],
                    ["9-10", "Plant rules and 5S", "30"],
                    ["11-12", "Review and mock interview", "36"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail with a curriculum PDF and the standard English disclaimer; no one's data",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "tokuteigino-077",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": [KATAGIRI],
        "subject": "転居者の住居地届出の確認について",
        "body": """片桐様

お世話になっております。岩佐です。
工場から、12月に社宅を移った者の一覧が届きましたので、そのメールを添付します。
住居地の届出（14日以内）の同行支援をお願いできますでしょうか。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "eml",
                "name": "転居者一覧（12月）.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": TESHIGAWARA,
                    "to": [IWASA],
                    "subject": "転居者一覧（12月）",
                    "body": """岩佐さん

12月に社宅を移った方の一覧です。

氏名　　　　　　　新住所
DO VAN TUAN　　　 岐阜県各務原市鵜沼各務原町5-88 サンハイツ鵜沼304
NGO VAN THANH　　 岐阜県各務原市鵜沼各務原町5-88 サンハイツ鵜沼305
PHAN VAN LONG　　 岐阜県各務原市蘇原新生町2-14 メゾン蘇原101
HUYNH VAN TAI　　 岐阜県各務原市蘇原新生町2-14 メゾン蘇原102
DUONG THI NGOC　　岐阜県各務原市蘇原新生町2-14 メゾン蘇原201
TRINH THI YEN　　 岐阜県各務原市蘇原新生町2-14 メゾン蘇原202
NGO THI HUONG　　 岐阜県各務原市蘇原新生町2-14 メゾン蘇原203
LY THI NGA　　　　岐阜県各務原市蘇原新生町2-14 メゾン蘇原204

転居日はいずれも12月19日です。
勅使河原
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached mail (message/rfc822) with 8 workers' new addresses, sent to the support organisation (reason 1)",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "tokuteigino-078",
        "charset": "utf-8",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "subject": "生活オリエンテーション 実施チェックリスト（様式）",
        "body": """片桐様

お世話になっております。小田切です。
生活オリエンテーションの実施確認に使うチェックリストの様式を作りました。
項目に過不足がないかご確認いただけますか。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "生活オリエンテーション_チェックリスト様式.xlsx",
                "sheets": {
                    "チェックリスト": [
                        ["生活オリエンテーション 実施チェックリスト"],
                        ["No", "項目", "実施", "説明者", "備考"],
                        [1, "入国・在留関係の手続（住居地の届出等）", "", "", ""],
                        [2, "生活一般（金融機関、医療、交通、ごみ出し）", "", "", ""],
                        [3, "相談・苦情の連絡先", "", "", ""],
                        [4, "災害・緊急時の対応", "", "", ""],
                        [5, "法令違反の注意（不法就労等）", "", "", ""],
                    ],
                    "記入例": [
                        ["No", "実施", "説明者", "備考"],
                        [1, "○", "（支援担当者名）", "市役所の窓口を地図で説明"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank checklist template in XLSX; no people",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "tokuteigino-079",
        "charset": "utf-8",
        "sender": THAO,
        "to": [HANH],
        "cc": [KATAGIRI],
        "subject": "生活オリエンテーション受講記録（12月実施分）",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>Hanhさん（cc: 片桐様）</p>
<p>お疲れさまです。タオです。12月9日・10日の生活オリエンテーションの受講記録です。
支援実施状況の届出に添付する確認書の作成をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>氏名</th><th>在留カード番号</th><th>受講日</th><th>受講時間</th><th>確認書署名</th></tr>
<tr><td>NGUYEN VAN AN</td><td>UH48213057FA</td><td>12/9-12/10</td><td>8.5h</td><td>済</td></tr>
<tr><td>TRAN THI HOA</td><td>RK30716482EB</td><td>12/9-12/10</td><td>8.5h</td><td>済</td></tr>
<tr><td>LE VAN DUC</td><td>PM72058316GD</td><td>12/9-12/10</td><td>8.5h</td><td>済</td></tr>
<tr><td>PHAM THI LAN</td><td>TK19384720HC</td><td>12/9-12/10</td><td>8.5h</td><td>済</td></tr>
<tr><td>HOANG VAN NAM</td><td>WA56029174KE</td><td>12/9-12/10</td><td>8.5h</td><td>未（入院中）</td></tr>
<tr><td>VU THI THU</td><td>NB64127093JA</td><td>12/9-12/10</td><td>8.5h</td><td>済</td></tr>
</table>
<p>タオ</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of 6 workers with residence card numbers to the support organisation (reasons 1, 2)",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "tokuteigino-080",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": ["白川 恭子 <shirakawa@shirakawa-law.jp>"],
        "subject": "ハラスメント申告への対応についてご相談",
        "body": """白川先生

お世話になっております。日の出産業の岩佐です。

品質管理課のゴー・ティ・フオンさん（NGO THI HUONG）から、班長による
暴言・威圧的な指導についての申告がありました。
本人は11月中旬から心療内科に通院しており、「適応障害」との診断書が提出されています。
医師からは2週間の休業が望ましいとの意見が出ています。

社内調査の進め方と、在留資格への影響（休業中の扱い、定期届出での記載）について
ご助言をいただきたく、来週お時間をいただけますでしょうか。
診断書の写しは面談時にお持ちします。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's psychiatric diagnosis sent to the (partner) law firm: 要配慮個人情報 still goes outside (reason 3)",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "tokuteigino-081",
        "charset": "utf-8",
        "sender": SATO,
        "to": [TRANG],
        "subject": "Company presentation for the candidate briefing",
        "body": """Dear Ms. Trang,

For the candidate briefing in Hanoi on December 19, please use the attached company
presentation. The Vietnamese subtitles will be added by your team as usual.
""" + SIG_SATO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "Hinode_Company_Presentation_2026.pptx",
                "title": "Hinode Sangyo company presentation",
                "slides": [
                    ["Hinode Sangyo Co., Ltd.", "Founded 1962, Nagoya", "Food and industrial products"],
                    ["Kakamigahara plant", "Frozen foods and packaging", "About 240 employees"],
                    ["Working conditions", "Monthly salary from JPY 218,000", "Company housing available",
                     "Japanese lessons twice a week"],
                    ["Support", "Registered support organisation with Vietnamese staff",
                     "Life orientation after arrival"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company presentation PPTX with no marking and no people",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "tokuteigino-082",
        "charset": "utf-8",
        "sender": SATO,
        "to": [GRACE],
        "subject": "Remittance accounts of the workers (for your records)",
        "body": """Dear Ms. Villanueva,

As agreed in our last call, we have compiled the accounts our Filipino workers use to
send money home, so that your office can assist their families if a transfer fails.
Please find the PDF attached.
""" + SIG_SATO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "Remittance_accounts_PH_workers.pdf",
                "lines": ["Remittance accounts - Filipino workers at Hinode Sangyo", "As of December 2026", ""],
                "table": [
                    ["Name", "Beneficiary bank", "Account No.", "Mobile (Japan)"],
                    ["Maria Cristina SANTOS", "BDO Unibank - Lipa", "0041 2290 8817", "080-4475-1930"],
                    ["John Paul REYES", "Landbank - Batangas City", "3391-0572-64", "070-2286-5517"],
                    ["Angelica DELA CRUZ", "BPI - San Pablo", "8829-4410-37", "090-6613-2084"],
                    ["Mark Anthony BAUTISTA", "Metrobank - Lucena", "427-3-42719058", "080-1928-4406"],
                    ["Jennifer MENDOZA", "BDO Unibank - Tanauan", "0078 5510 2293", "070-9940-3318"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English mail, PDF table of 5 workers' bank accounts and mobiles to the Philippine agency (reason 1)",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "tokuteigino-083",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [NITTA],
        "subject": "支援計画書の様式（当社版）のご確認",
        "body": """新田先生

お世話になっております。小田切です。
法務省の参考様式をもとに、当社用の支援計画書のひな形を作成しました。
記載欄の過不足についてご意見をいただけますと幸いです。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "docx",
                "name": "支援計画書_ひな形_当社版.docx",
                "paragraphs": [
                    "1号特定技能外国人支援計画書（ひな形）",
                    "1 支援対象者　氏名：＿＿＿＿＿＿　国籍：＿＿＿＿　生年月日：＿＿＿＿",
                    "2 特定技能所属機関　名称：日の出産業株式会社",
                    "3 登録支援機関　名称：＿＿＿＿＿＿　登録番号：＿＿＿＿",
                    "4 支援の内容　ア 事前ガイダンス　イ 出入国する際の送迎　ウ 住居確保・生活に必要な契約支援",
                    "　エ 生活オリエンテーション　オ 公的手続等への同行　カ 日本語学習の機会の提供",
                ],
                "tables": [
                    [["支援項目", "実施予定時期", "実施方法", "担当"],
                     ["事前ガイダンス", "", "", ""],
                     ["生活オリエンテーション", "", "", ""]],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank support-plan template (DOCX) with empty fields; no one's data",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "tokuteigino-084",
        "charset": "utf-8",
        "sender": THAO,
        "to": [HANH],
        "subject": "Re: 新しく入った方の連絡先を教えてください",
        "body": """Hanhさん

お疲れさまです。タオです。お待たせしました。
12月入社の方の住所と携帯です（工場の名簿から転記しました）。

・NGO VAN THANH　岐阜県各務原市鵜沼各務原町5-88-305　070-5128-3364
・LY THI NGA　　　岐阜県各務原市蘇原新生町2-14-204　 080-7720-1649
・BUI VAN KHOA　　岐阜県各務原市蘇原新生町2-14-103　 090-1184-5526
・PHAN VAN LONG　岐阜県各務原市蘇原新生町2-14-101　 080-1175-6603
・HUYNH VAN TAI　岐阜県各務原市蘇原新生町2-14-102　 090-4402-8137
・TRINH THI YEN　岐阜県各務原市蘇原新生町2-14-202　 080-3318-6620

よろしくお願いします。
""" + SIG_THAO + """
2026年12月14日(月) 11:02 Vu Thi Hanh <hanh.vu@mirai-kyosei.or.jp>:
> タオさん
> 支援記録を作るので、12月に入った方の住所と携帯番号を教えてください。
> Hanh
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reply whose new text (above the quote) lists 6 workers' addresses and mobiles to the support organisation (reason 1)",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "tokuteigino-085",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "subject": "四半期報告書（第3四半期）の送付",
        "body": """片桐様

お世話になっております。小田切です。
第3四半期の受入れ状況報告書（社内様式）を添付いたします。
ご確認のうえ、支援実施状況の届出と齟齬がないか見ていただけますでしょうか。
""" + SIG_ODAGIRI,
        "attachments": [
            {"kind": "corrupt", "name": "受入れ状況報告書_2026Q3.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached DOCX is corrupt and cannot be inspected, to an external recipient (reason 7)",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 086
    {
        "id": "tokuteigino-086",
        "charset": "cp932",
        "sender": KAJIWARA,
        "to": ["営業部 <sales@futon-ryutsu.co.jp>"],
        "subject": "寮備品の追加発注（在庫表添付）",
        "body": """株式会社ふとん流通センター
営業部 ご担当者様

お世話になっております。日の出産業 総務部の梶原です。
4月入居分の寮備品について、現在の在庫表を添付します。
不足分（発注数の列）のお見積りをお願いいたします。
""" + SIG_KAJIWARA,
        "attachments": [
            {
                "kind": "csv",
                "encoding": "cp932",
                "name": "寮備品在庫_202612.csv",
                "rows": [
                    ["品目", "品番", "在庫", "必要数", "発注数", "保管場所"],
                    ["布団セット（シングル）", "FT-S200", "3", "10", "7", "サンハイツ鵜沼 倉庫"],
                    ["毛布", "MO-110", "6", "10", "4", "サンハイツ鵜沼 倉庫"],
                    ["枕", "MK-35", "8", "10", "2", "ハイツ若葉 物置"],
                    ["カーテン 100×200", "CT-1020", "4", "12", "8", "ハイツ若葉 物置"],
                    ["電気ケトル", "EK-08", "5", "10", "5", "本社 総務倉庫"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CP932 CSV of dormitory supplies with product codes; no people",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "tokuteigino-087",
        "charset": "utf-8",
        "sender": ODAGIRI,
        "to": ["Le Thi Kim Chi <kimchi.le.interp@gmail.com>"],
        "subject": "通訳のご依頼（12/16 健康診断・銀行手続き）",
        "body": """レ・ティ・キム・チ様

いつもありがとうございます。日の出産業の小田切です。
12月16日（水）の通訳をお願いしたく、対象者と連絡先をお送りします。
当日の集合時間の連絡などは、直接本人たちにしていただいて大丈夫です。

1. NGO VAN THANH　　070-5128-3364
2. LY THI NGA　　　　080-7720-1649
3. BUI VAN KHOA　　　090-1184-5526
4. PHAN VAN LONG　　080-1175-6603
5. HUYNH VAN TAI　　090-4402-8137
6. TRINH THI YEN　　080-3318-6620
7. DUONG THI NGOC　　090-8821-0476

午前：桜丘クリニック（健康診断）、午後：みどり銀行 各務原支店（口座開設）
謝礼は前回と同じ条件でお願いいたします。
""" + SIG_ODAGIRI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "list of 7 workers with mobiles to a freelance interpreter's Gmail address (reason 1)",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "tokuteigino-088",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": [KATAGIRI],
        "subject": "届出様式一式（当社記入例つき）",
        "body": """片桐様

お世話になっております。岩佐です。
随時届出・定期届出で使う様式一式（記入例は架空の記載です）をzipでお送りします。
貴団体の様式と差がある部分があれば教えてください。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "zip",
                "name": "届出様式一式.zip",
                "files": [
                    {"kind": "docx", "name": "支援計画変更届_様式.docx",
                     "paragraphs": ["支援計画変更に係る届出書", "届出事由：＿＿＿＿", "変更年月日：＿＿＿＿"]},
                    {"kind": "xlsx", "name": "受入れ状況_集計様式.xlsx",
                     "sheets": {"集計": [["区分", "人数"], ["在籍者数", ""], ["新規受入れ", ""],
                                         ["退職者", ""]]}},
                    {"kind": "txt", "name": "はじめにお読みください.txt",
                     "text": "各様式の記入例は架空の内容です。実在の人物とは関係ありません。"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of blank forms (DOCX, XLSX, TXT); nothing encrypted, no one's data",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "tokuteigino-089",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [KATAGIRI],
        "cc": [NITTA],
        "subject": "支援実施状況の集計表（2026年度上期）",
        "body": """片桐様
（cc：新田先生）

お世話になっております。岩佐です。
2026年度上期の支援実施状況の集計表を添付いたします。
新田先生には定期届出のチェック用にお送りしています。
""" + SIG_IWASA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "支援実施状況_2026上期.xlsx",
                "title": "支援実施状況 2026年度上期",
                "sheets": {
                    "対象者": [
                        ["支援実施状況（2026年度上期）　日の出産業株式会社"],
                        ["No", "氏名", "住居", "電話"],
                        [1, "DO VAN TUAN", "岐阜県各務原市鵜沼各務原町5-88-304", "080-9134-2268"],
                        [2, "NGO THI HUONG", "岐阜県各務原市蘇原新生町2-14-203", "090-5570-3182"],
                        [3, "PHAN VAN LONG", "岐阜県各務原市蘇原新生町2-14-101", "080-1175-6603"],
                        [4, "TRINH THI YEN", "岐阜県各務原市蘇原新生町2-14-202", "080-3318-6620"],
                        [5, "HUYNH VAN TAI", "岐阜県各務原市蘇原新生町2-14-102", "090-4402-8137"],
                        [6, "DUONG THI NGOC", "岐阜県各務原市蘇原新生町2-14-201", "090-8821-0476"],
                        [7, "NGO VAN THANH", "岐阜県各務原市鵜沼各務原町5-88-305", "070-5128-3364"],
                        [8, "SITI NURHALIZA", "岐阜県各務原市鵜沼各務原町5-88-102", "080-7741-2096"],
                        [9, "AHMAD FAUZI", "岐阜県各務原市鵜沼各務原町5-88-103", "070-4185-3302"],
                        [10, "DEWI LESTARI", "岐阜県各務原市鵜沼各務原町5-88-201", "090-6638-0174"],
                        [11, "BUDI SANTOSO", "岐阜県各務原市鵜沼各務原町5-88-202", "080-2903-5568"],
                        [12, "RINA WULANDARI", "岐阜県各務原市鵜沼各務原町5-88-203", "070-8816-4427"],
                        [13, "MARIA CRISTINA SANTOS", "岐阜県各務原市那加日新町4-201-2", "080-4475-1930"],
                        [14, "JOHN PAUL REYES", "岐阜県各務原市那加日新町4-201-3", "070-2286-5517"],
                        [15, "ANGELICA DELA CRUZ", "岐阜県各務原市那加日新町4-201-5", "090-6613-2084"],
                    ],
                    "面談（Q1）": [
                        ["No", "面談日", "支援担当", "結果"],
                        [1, "2026/05/13", "Hanh", "異常なし"],
                        [8, "2026/05/14", "Rahmawati", "異常なし"],
                        [13, "2026/05/20", "片桐", "家賃の相談"],
                    ],
                    "面談（Q2）": [
                        ["No", "面談日", "支援担当", "結果"],
                        [1, "2026/08/12", "Hanh", "異常なし"],
                        [9, "2026/08/13", "Rahmawati", "礼拝場所の相談"],
                        [14, "2026/08/19", "片桐", "異常なし"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "XLSX (title row, three sheets) listing 15 workers' addresses and phones, to two external organisations (reason 1)",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "tokuteigino-090",
        "charset": "cp932",
        "sender": ODAGIRI,
        "to": [KATAGIRI],
        "subject": "前回の日程調整メールの再送",
        "body": """片桐様

小田切です。先日お送りした日程調整のメールが届いていないとのことでしたので、
元のメールを添付して再送いたします。
""" + SIG_ODAGIRI,
        "attachments": [
            {
                "kind": "eml",
                "name": "1月定期面談の日程について.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": ODAGIRI,
                    "to": [KATAGIRI],
                    "subject": "1月定期面談の日程について",
                    "body": """片桐様

お世話になっております。小田切です。
1月の定期面談ですが、1月20日（水）または27日（水）の午後で調整をお願いできますか。
対象はインドネシア籍の7名です。会場は工場2階の第3会議室を予定しています。

小田切
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "attached mail is a routine scheduling message with a head count only",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "tokuteigino-091",
        "charset": "utf-8",
        "sender": MIYASHITA,
        "to": [NITTA],
        "subject": "報酬の支払状況（定期届出 添付資料）",
        "body": """新田先生

お世話になっております。日の出産業 経理部の宮下です。
定期届出に添付する「報酬の支払状況」のデータをCSVでお送りします。
7～9月の支給額（総支給）です。
""" + SIG_MIYASHITA,
        "attachments": [
            {
                "kind": "csv",
                "encoding": "utf-8",
                "name": "houshu_shiharai_2026Q3.csv",
                "rows": [
                    ["氏名", "在留カード番号", "2026年7月", "2026年8月", "2026年9月"],
                    ["DO VAN TUAN", "QS40982715NB", "251,430", "248,900", "262,115"],
                    ["NGO THI HUONG", "DL61843209PE", "236,200", "233,780", "240,010"],
                    ["PHAN VAN LONG", "MB81027364EF", "268,540", "259,300", "271,880"],
                    ["HUYNH VAN TAI", "SA29473015GC", "262,100", "255,470", "266,900"],
                    ["DUONG THI NGOC", "KC50392817DA", "238,660", "231,050", "242,390"],
                    ["SITI NURHALIZA", "EJ73028156RC", "229,800", "226,410", "233,120"],
                    ["AHMAD FAUZI", "PK16039482SA", "270,330", "266,010", "274,560"],
                    ["EKO PRASETYO", "VT63105928HB", "258,720", "251,190", "260,440"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of 8 workers with residence card numbers and pay to the external 行政書士 (reasons 1, 2)",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "tokuteigino-092",
        "charset": "utf-8",
        "sender": SATO,
        "to": [HENDRA],
        "subject": "Re: Batch 3 - corrected candidate data",
        "body": """Dear Mr. Hendra,

Thank you for the corrections. We have updated our file and will pass it to our
administrative scrivener today. The online interviews with our plant manager are
confirmed for December 15, from 10:00 Jakarta time, in the order of your list.

""" + SIG_SATO + """
On Fri, Dec 4, 2026 at 3:47 PM Hendra Wijaya <hendra@cahaya-nusantara.co.id> wrote:
> Dear Mr. Sato,
>
> Please find the corrected data below.
>
> 1. YOGA ADI SAPUTRA      1999-06-02  Passport E2047813
> 2. NUR AINI RAHMAWATI    2001-02-17  Passport E2048806
> 3. DIMAS ARYA WICAKSONO  1998-10-29  Passport E1983072 (corrected)
> 4. LAILATUL FITRIYAH     2000-04-08  Passport E2106642
> 5. RIZAL MAULANA         1997-12-15  Passport E1879504
> 6. SRI WAHYUNINGSIH      1999-09-23  Passport E2051187 (corrected)
>
> Best regards,
> Hendra Wijaya
> LPK Cahaya Nusantara
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the candidates' passport data appear only in the quoted 'On ... wrote:' part from the recipient himself",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "tokuteigino-093",
        "charset": "iso-2022-jp",
        "sender": KURIBAYASHI,
        "to": [KODAMA],
        "subject": "労働災害上乗せ保険 事故報告書の提出",
        "body": """ひまわり保険サービス 児玉様

各務原工場の栗林です。お世話になっております。
11月30日に工場内で発生した事故について、上乗せ労災保険の事故報告書を添付いたします。
労基署への労災申請は別途手続き中です。
""" + SIG_KURIBAYASHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "事故報告書_20261130.docx",
                "title": "事故報告書",
                "paragraphs": [
                    "事故報告書（労働災害）",
                    "被災者：EKO PRASETYO（エコ プラセティヨ）　生年月日：1994年11月11日　所属：製造一課",
                    "発生日時：2026年11月30日 14時20分頃　場所：各務原工場 プレス第2ライン",
                    "状況：金型交換作業中、右手人差し指を金型に挟まれた。",
                    "傷病名：右示指末節骨骨折（各務原中央病院 整形外科）　全治約6週間、休業見込み3週間",
                    "再発防止策：両手操作式の安全装置の点検、作業手順書の多言語化",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX accident report with a named worker's injury diagnosis to the insurance agency (reason 3)",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "tokuteigino-094",
        "charset": "utf-8",
        "sender": SATO,
        "to": [GRACE],
        "subject": "Interview schedule - welding candidates (December)",
        "body": """Dear Ms. Villanueva,

Thank you for shortlisting the welding candidates. We propose the following schedule for
the online interviews with our plant manager, Mr. Kuribayashi:

  Tuesday, December 15   13:00-16:00 (Manila time)   Candidates 1-4
  Wednesday, December 16 13:00-15:00 (Manila time)   Candidates 5-7

Each interview takes about 30 minutes, with our interpreter joining from Nagoya.
The skills test videos can be uploaded to the usual shared folder.

Please let me know if these slots work for you.
""" + SIG_SATO + "Mobile: +81-80-2274-6613\n" + DISC_EN,
        "attachments": [
            {"kind": "png", "name": "hinode_logo.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English scheduling mail with the sender's own mobile in the signature, a logo image and the standard disclaimer",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "tokuteigino-095",
        "charset": "iso-2022-jp",
        "sender": IWASA,
        "to": [KATAGIRI, HORINOUCHI],
        "cc": ["Sari Kusuma <sari.interpreter@yahoo.co.jp>"],
        "subject": "インドネシア語クラス開講に向けた打合せのお願い",
        "body": """みらい共生サポート 片桐様
日本語教室ことのは 堀之内先生
通訳 サリ様

お世話になっております。日の出産業の岩佐です。

来年4月入国のインドネシア籍10名向けに、入国後すぐの日本語クラス
（インドネシア語での補助説明つき）を開講したいと考えております。
教材・時間割・通訳の入り方について、一度4者で打合せをさせてください。

候補：12月18日（金）15:00～／12月21日（月）10:00～
場所：オンライン（Teams）

ご都合をお知らせください。
""" + SIG_IWASA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "two external organisations plus a private interpreter on Yahoo! mail visible in To/Cc: three external parties (reason 4)",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "tokuteigino-096",
        "charset": "cp932",
        "sender": THAO,
        "to": [HANH],
        "subject": "転居のお知らせ（1名）",
        "body": """Hanhさん

お疲れさまです。タオです。
1名、社宅の部屋替えがありました。住居地の届出の同行をお願いします。

――――――――――――――――
氏名　　：ＢＵＩ ＶＡＮ ＫＨＯＡ（ブイ・ヴァン・コア）
新住所　：〒504-0034 岐阜県各務原市蘇原新生町2-14 メゾン蘇原103
旧住所　：岐阜県各務原市那加桜町3-41 ハイツ若葉206
転居日　：2026年12月19日
――――――――――――――――

届出は12月22日（火）の午前を考えています。
""" + SIG_THAO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one worker's old and new address in a single block to the support organisation: one person, may be warned",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "tokuteigino-097",
        "charset": "utf-8",
        "sender": IWASA,
        "to": [HORINOUCHI],
        "subject": "クラス分けの参考情報",
        "body": """堀之内先生

お世話になっております。岩佐です。
1月からのクラス分けの参考に、受講予定者の現在のレベルと勤務シフトをお知らせします。

　NGO VAN THANH　　 N4合格　　日勤
　LY THI NGA　　　　 N5合格　　日勤
　BUI VAN KHOA　　　 JFT A2　　夜勤（隔週）
　PHAN VAN LONG　　 N3合格　　日勤
　HUYNH VAN TAI　　　N4合格　　夜勤（隔週）
　TRINH THI YEN　　　N4受験予定　日勤

夜勤の週は土曜クラスへの振替を希望しています。
""" + SIG_IWASA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "6 named workers with language level and shift (attributes, but no contact data or identifiers): borderline list",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "tokuteigino-098",
        "charset": "iso-2022-jp",
        "sender": ODAGIRI,
        "to": [RAHMA],
        "subject": "1月定期面談 時間割（案）",
        "body": """Rahmawati様

お世話になっております。小田切です。
1月20日（水）の定期面談の時間割案です。工場のシフトに合わせています。

　13:30　SITI NURHALIZA
　14:00　AHMAD FAUZI
　14:30　DEWI LESTARI
　15:00　BUDI SANTOSO
　15:30　RINA WULANDARI
　16:00　AGUS SETIAWAN

会場は工場2階の第3会議室です。変更があればご連絡ください。
""" + SIG_ODAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "six names with interview time slots only: names carry no contact data, identifiers or attributes",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "tokuteigino-099",
        "charset": "utf-8",
        "sender": THAO,
        "to": [THAO],
        "bcc": ["an.nguyen1998@gmail.com", "hoa.tran.jp@gmail.com", "lan.pham0109@gmail.com",
                "thu.vu.2001@yahoo.com", "maibui.hn@gmail.com", "duc.le.jp96@gmail.com"],
        "subject": "年末年始の寮のルール / Quy định ký túc xá dịp Tết dương lịch",
        "body": """みなさん

こんにちは。タオです。年末年始のお知らせです。

・12月29日～1月4日は会社が休みです。
・寮を留守にするときは、ガスの元栓を閉めてください。
・ごみの収集は12月30日から1月3日まで休みです。
・困ったときは、みらい共生サポート（058-385-7720）に電話してください。

Các bạn nghỉ Tết vui vẻ nhé. Khi đi vắng nhớ khóa van ga.
""" + SIG_THAO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "workers' free-mail addresses correctly put in Bcc; no data, nobody can see the others",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "tokuteigino-100",
        "charset": "utf-8",
        "sender": OSONE,
        "to": [IWASA],
        "cc": ["健康管理室 <kenko@mail.hinode-sangyo.co.jp>"],
        "subject": "定期健康診断 有所見者一覧（外国籍社員）",
        "body": """岩佐さん

健康管理室の大曽根です。
外国籍社員の定期健康診断で所見のあった方の一覧です。就業上の措置の検討に使ってください。
社内限りでお願いします。

氏名　　　　　　　生年月日　　判定　　　　所見
LE VAN DUC　　　　1996/11/25　要精密　　　胸部X線 右上肺野陰影
DANG VAN HUNG　　 1995/12/03　要治療　　　糖尿病の疑い（HbA1c 8.2%）
PHAM THI LAN　　　1999/01/09　要再検　　　貧血
BUDI SANTOSO　　　1995/07/24　要経過観察　肝機能（ALT 68）
JOHN PAUL REYES　 1995/01/17　要再検　　　血圧 152/98
EKO PRASETYO　　　1994/11/11　要経過観察　脂質異常

--
日の出産業株式会社 人事部 健康管理室
保健師 大曽根 陽子　TEL 052-261-4430
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health-check findings of 6 workers, but sender and recipients are all internal (mail. subdomain)",
    },
]
