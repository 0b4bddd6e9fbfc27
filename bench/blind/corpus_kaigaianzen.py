"""Blind corpus for the overseas safety desk (海外安全デスク, kaigaianzen) of 日の出産業: travellers' itineraries and registrations with assistance companies, emergency contact lists, travel insurance claims and 海外療養費, evacuation manifests and charters, embassies and consulates, visa agents and travel management companies, in Japanese and English; written blind from BRIEF.md (and the names in SPEC.md) without reading mailguard's code."""

from build import card_number, my_number

SEED = 54801


def _g4(number: str, sep: str = " ") -> str:
    """A card number as people type it: groups of four."""
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


SIG_ANZAI = """
──────────────────────────────
日の出産業株式会社 総務部 海外安全管理室
安西 真理子（Mariko Anzai）
〒105-0014 東京都港区芝二丁目14番7号 日の出ビル8階
TEL：03-5442-8810（直通）／FAX：03-5442-8819
E-mail：anzai-m@hinode-sangyo.co.jp
──────────────────────────────"""

SIG_TODO = """
--
藤堂 健 / Ken Todo
日の出産業株式会社 総務部 海外安全管理室 室長代理
Overseas Safety & Security Office, Hinode Sangyo Co., Ltd.
Tel +81-3-5442-8812  Mobile（業務用）+81-80-2215-4470
todo-k@hinode-sangyo.co.jp"""

SIG_MINASE = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 海外人事グループ　水無瀬 彩
〒105-0014 東京都港区芝2-14-7
TEL 03-5442-8730　内線 4731
minase-a@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HANAWA = """
------------------------------------------
日の出産業株式会社 総務部 出張手配チーム
塙 ゆかり (Yukari Hanawa)
TEL: 03-5442-8815 / hanawa-y@hinode-sangyo.co.jp
------------------------------------------"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = [
    # 001 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-001",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス 24時間オペレーション <ops@worldcare-assist.co.jp>"],
        "subject": "【渡航者登録】ベトナム（ハノイ・ハイフォン）出張者8名のご登録依頼",
        "charset": "iso-2022-jp",
        "body": """ワールドケアアシスタンス株式会社
オペレーションセンター ご担当者様

いつもお世話になっております。日の出産業の安西です。

10月後半からのベトナム出張者につきまして、渡航者登録をお願いいたします。
明細は添付のExcel（渡航者一覧シート）にまとめております。
うち2名はハイフォン工場への移動がございますので、滞在先欄をご確認ください。

登録完了後、会員カード（PDF）を各自に配布したいので、
お手数ですが本メール宛にご返送いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "渡航者一覧_ベトナム_202610.xlsx",
                "title": "渡航者一覧（ベトナム）",
                "sheets": {
                    "渡航者一覧": [
                        ["ベトナム出張 渡航者一覧（2026年10月）", "", "", "", "", "", "", ""],
                        ["No", "氏名", "ローマ字", "生年月日", "旅券番号", "現地携帯", "滞在先", "期間"],
                        [1, "漆畑 晃一", "URUSHIBATA KOICHI", "1986/03/22", "TK4827165", "+84 91 224 7730", "Hanoi Lotus Garden Hotel", "10/20-10/31"],
                        [2, "東雲 沙耶", "SHINONOME SAYA", "1993/11/05", "MZ0391847", "+84 91 224 7731", "Hanoi Lotus Garden Hotel", "10/20-10/31"],
                        [3, "九十九 勇人", "TSUKUMO HAYATO", "1978/07/14", "TR6620493", "+84 90 581 0426", "Haiphong Harbour View", "10/22-11/06"],
                        [4, "舘野 美咲", "TATENO MISAKI", "1990/01/30", "TH2915508", "+84 90 581 0427", "Haiphong Harbour View", "10/22-11/06"],
                        [5, "相良 俊哉", "SAGARA TOSHIYA", "1982/09/09", "TZ7713064", "+84 91 224 7735", "Hanoi Lotus Garden Hotel", "10/20-10/25"],
                        [6, "宇喜多 蒼", "UKITA AOI", "1997/04/18", "MU5508217", "+84 91 224 7738", "Hanoi Lotus Garden Hotel", "10/20-10/25"],
                        [7, "比嘉 龍之介", "HIGA RYUNOSUKE", "1988/12/02", "TS3086641", "+84 93 447 1902", "Somerset Tay Ho", "10/26-11/14"],
                        [8, "能登 由紀", "NOTO YUKI", "1975/06/27", "TK9950372", "+84 93 447 1903", "Somerset Tay Ho", "10/26-11/14"],
                    ],
                    "備考": [
                        ["※現地携帯は会社手配のレンタル端末（到着日から有効）"],
                        ["※保険証券番号 KT-2026-000418（包括契約）"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 travellers with DOB, passport numbers and mobiles in an XLSX to an assistance company: list and passport numbers.",
    },
    # 002 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-002",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["柳沢 亮 様 <yagisawa-r@kawasaki-denki.co.jp>"],
        "subject": "危険情報の変更について（タイ・ミャンマー国境地域）",
        "charset": "utf-8",
        "body": """川崎電機株式会社
プロジェクト推進部 柳沢様

お世話になっております。日の出産業 海外安全管理室の藤堂です。

本日付で外務省の危険情報が一部変更されましたので、共同プロジェクトの
派遣予定地域に関係する箇所をお知らせします。

  ・タイ ターク県メーソート郡（ミャンマー国境沿い）
      レベル1（十分注意）→ レベル2（不要不急の渡航は止めてください）
  ・ミャンマー カイン州
      レベル3（渡航は止めてください）据え置き
  ・タイ バンコク都・チョンブリ県
      変更なし（危険情報なし）

当社としては、メーソート方面への陸路移動を当面見合わせ、
チェンマイ経由の空路に切り替える方針です。御社派遣者の移動手段についても
11月の定例会でご相談させてください。

取り急ぎご連絡まで。
""" + SIG_TODO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Travel-advisory update to a partner; no personal data.",
    },
    # 003 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-003",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["さくらホテル バンコク 予約係 <reservations.bkk@sakura-hotel.jp>"],
        "subject": "ご予約のギャランティについて（10/14-10/18 御厨様）",
        "charset": "cp932",
        "body": f"""さくらホテル バンコク
ご予約ご担当者様

いつもお世話になっております。日の出産業株式会社の塙でございます。

先日お願いいたしました下記ご予約につき、深夜到着となるため
クレジットカードでのギャランティをお願いいたします。

　予約番号　：SKB-2610-44718
　宿泊者　　：御厨 貴之（ミクリヤ タカユキ）様
　宿泊日　　：2026年10月14日〜10月18日（4泊）
　到着予定　：10/14 23:50 スワンナプーム着 PC 705便

　カード区分：法人カード（本人名義）
　カード番号：{_g4(card_number(SEED + 3), '-')}
　有効期限　：08/29
　名義　　　：TAKAYUKI MIKURIYA

ご精算は現地でご本人のカードにて行う予定です。
何卒よろしくお願いいたします。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "A card number for a hotel guarantee to a partner hotel: a credit card number stops.",
    },
    # 004 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-004",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>"],
        "subject": "ジャカルタ 推奨ホテルリストの更新（2026年下期）",
        "charset": "iso-2022-jp",
        "body": """株式会社トラベルブリッジ
法人営業部 法人デスク御中

お世話になっております。日の出産業の安西です。

当社の安全基準（車寄せの検問、耐震基準、24時間警備）で見直した
ジャカルタの推奨ホテルを下記のとおり更新しましたので、
今後の手配はこちらを優先してくださいますようお願いします。

ホテル名                       地区           代表電話            評価
-----------------------------  -------------  ------------------  ----
Hotel Merdeka Garden Jakarta   Thamrin        +62 21 3190 5500    A
Sudirman Crown Tower Hotel     Sudirman       +62 21 5790 2288    A
Kuningan Residence & Suites    Kuningan       +62 21 2992 7100    A
Senayan Park Hotel             Senayan        +62 21 5701 3344    B
Kemang Village Inn             Kemang         +62 21 7199 0800    B
Ancol Bayfront Hotel           Ancol          +62 21 6471 2020    C（非推奨）

※ Cランクは台風・冠水期（12〜3月）の利用を控えてください。
※ 料金表（法人レート）は別途ご提示いただいたものから変更ありません。

以上、よろしくお願いいたします。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "List of hotels with switchboard numbers: businesses, not people.",
    },
    # 005 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-005",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["日輪損害保険 海外旅行保険 保険金サービス課 <claims-center@nichirin-sonpo.co.jp>"],
        "subject": "海外旅行保険 保険金請求（治療費用）のご相談／証券番号 KT-2026-000418",
        "charset": "utf-8",
        "body": """日輪損害保険株式会社
海外旅行保険 保険金サービス課 御中

いつもお世話になっております。
日の出産業株式会社 海外安全管理室の安西でございます。

包括契約にてお引受けいただいております当社社員につき、
下記のとおり現地で入院・手術となりましたので、治療費用の請求についてご相談いたします。

■被保険者
　氏名：漆畑 晃一（うるしばた こういち）
　生年月日：1986年3月22日
　所属：生産技術部（ハノイ出張中）

■経過
　10月23日夜、宿泊先ホテルで強い腹痛を訴え、Hanoi Family International Hospital を受診。
　急性虫垂炎と診断され、翌24日に腹腔鏡下虫垂切除術を受けました。
　10月27日に退院予定、帰国便は医師の許可を得て11月1日を予定しております。

■費用
　病院からのキャッシュレス対応可否について、アシスタンス会社経由で確認中です。
　難しい場合は立替払いとし、後日請求させていただきます。

医師の診断書（和訳）を添付いたします。必要書類をご教示ください。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "診断書_和訳_漆畑.pdf",
                "title": "診断書（和訳）",
                "lines": [
                    "診断書（和訳）",
                    "Hanoi Family International Hospital",
                    "患者氏名：URUSHIBATA KOICHI　　生年月日：1986年3月22日　　性別：男",
                    "入院日：2026年10月23日",
                    "診断名：急性虫垂炎（蜂窩織炎性）",
                    "処置：2026年10月24日 腹腔鏡下虫垂切除術",
                    "経過：術後経過良好。退院後1週間は長時間の航空機搭乗を控えること。",
                    "主治医：Dr. Tran Minh Quang",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Insurance claim naming one employee with diagnosis and surgery (要配慮個人情報: medical), plus a translated medical certificate.",
    },
    # 006 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-006",
        "sender": "海外安全デスク <kaigai-anzen@hinode-sangyo.co.jp>",
        "to": [
            "shinonome.saya@gmail.com",
            "tsukumo_hayato@yahoo.co.jp",
            "misaki.tateno@icloud.com",
            "sagara-t0909@docomo.ne.jp",
            "aoi.ukita.97@gmail.com",
            "r.higa1202@outlook.jp",
            "noto-yuki@ezweb.ne.jp",
        ],
        "subject": "【安否確認】台湾東部地震（本日10:14発生）— 至急ご返信ください",
        "charset": "iso-2022-jp",
        "body": """台湾出張中の皆さま

海外安全デスクです。
本日10時14分（現地時間）、台湾東部（花蓮県沖）を震源とする地震が発生しました。
台北市内でも強い揺れが観測されています。

このメールに、以下の3点をご返信ください（社用スマホがつながらない方もいるため、
ご登録の個人アドレスにお送りしています）。

　1. 無事／負傷あり
　2. 現在地（ホテル名・訪問先など）
　3. 今後の予定（予定どおり／帰国希望）

余震が続く可能性があります。エレベーターの使用は控え、
ホテルの指示に従ってください。

海外安全デスク（24時間）　03-5442-8800
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Safety check sent to 7 private addresses all in To: seven private persons see each other (should be Bcc).",
    },
    # 007 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-007",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["桐生 隼人 <kiryu-h@th.hinode-sangyo.co.jp>", "タイ法人 総務 <soumu@th.hinode-sangyo.co.jp>"],
        "cc": ["安西 真理子 <anzai-m@hinode-sangyo.co.jp>"],
        "subject": "在タイ駐在員・帯同家族 緊急連絡網（10月更新版）",
        "charset": "utf-8",
        "body": """桐生さん、タイ法人総務の皆さん

お疲れさまです。藤堂です。
10月の異動・帰任を反映した緊急連絡網を送ります。
旧版は破棄のうえ、現地金庫保管分も差し替えをお願いします。

・駐在員 7名、帯同家族 5名
・旅券番号は退避時のマニフェスト作成用です（取扱いに注意）

不明点あれば連絡ください。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "緊急連絡網_TH_202610.xlsx",
                "sheets": {
                    "駐在員": [
                        ["氏名", "区分", "生年月日", "旅券番号", "携帯", "住居"],
                        ["桐生 隼人", "駐在員", "1981/05/03", "TR1048827", "+66 81 455 2190", "Sukhumvit 39"],
                        ["桐生 綾", "帯同（妻）", "1984/08/21", "TR1048828", "+66 81 455 2191", "Sukhumvit 39"],
                        ["喜屋武 透", "駐在員", "1977/02/11", "TK5562039", "+66 89 770 3310", "Thonglor 13"],
                        ["喜屋武 春香", "帯同（妻）", "1979/10/08", "TK5562040", "+66 89 770 3311", "Thonglor 13"],
                        ["喜屋武 蓮", "帯同（子）", "2014/06/16", "TK5562041", "", "Thonglor 13"],
                        ["坂東 怜", "駐在員", "1989/12/24", "MZ7715020", "+66 92 118 6045", "Sriracha"],
                        ["百瀬 拓", "駐在員", "1985/04/02", "TH3390172", "+66 92 118 6051", "Sriracha"],
                        ["五代 真奈", "駐在員", "1992/09/19", "TZ2201947", "+66 86 302 7714", "Asoke"],
                        ["立花 宗一", "駐在員", "1973/03/30", "TS0826613", "+66 81 909 4427", "Phrom Phong"],
                        ["立花 志保", "帯同（妻）", "1976/07/07", "TS0826614", "+66 81 909 4428", "Phrom Phong"],
                        ["真栄城 航", "駐在員", "1990/11/11", "MU6630418", "+66 95 240 8836", "Ekkamai"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Expat and family emergency list with passports, but every recipient is internal (subdomain of hinode-sangyo.co.jp).",
    },
    # 008 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-008",
        "sender": "羽生 忠彦 <hanyu-t@hinode-sangyo.co.jp>",
        "to": ["神崎 先生 <kanzaki@shirakawa-iaw.jp>"],
        "subject": "ベトナム現地法人の労務紛争に関するご相談（日程調整）",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
神崎 先生

いつも大変お世話になっております。日の出産業 法務部の羽生でございます。

先般お電話でご相談いたしました、ベトナム現地法人における
労働組合との協議の件につき、打合せのお時間を頂戴できればと存じます。

候補日：
　11月5日（木）14:00〜16:00
　11月6日（金）10:00〜12:00
　11月10日（火）15:00以降

当日は現地法人の管理部長もオンラインで参加予定です。
資料は打合せ前日までにお送りいたします。

ご多忙のところ恐縮ですが、ご都合をお知らせいただけますと幸いです。

日の出産業株式会社 法務部
羽生 忠彦
TEL 03-5442-8650
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Recipient domain shirakawa-iaw.jp is a look-alike of the partner shirakawa-law.jp (l→i).",
    },
    # 009 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-009",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["鳴海 様 <narumi@riskwatch.jp>"],
        "subject": "海外危機管理マニュアル（第4版）ドラフトのレビューご依頼",
        "charset": "utf-8",
        "body": """リスクウォッチ・ジャパン株式会社
コンサルティング部 鳴海様

お世話になっております。日の出産業の安西です。
先日の打合せでお話しした、海外危機管理マニュアル第4版のドラフトをお送りします。

特に以下の章について、他社事例と比べてのご意見を頂戴できれば幸いです。
　第3章 退避判断基準（レベル別トリガー）
　第5章 誘拐・脅迫事案の初動
　第7章 家族への連絡・報道対応

11月14日（金）までにコメントをいただけますと助かります。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "docx",
                "name": "海外危機管理マニュアル_第4版_draft.docx",
                "title": "海外危機管理マニュアル 第4版（ドラフト）",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 総務部 海外安全管理室",
                "paragraphs": [
                    "社外秘　海外危機管理マニュアル 第4版（ドラフト 2026.10）",
                    "第1章 目的と適用範囲",
                    "本マニュアルは、当社役職員の海外渡航および海外駐在に係る危機管理の基本事項を定める。",
                    "第3章 退避判断基準",
                    "レベル2発出時：不要不急の出張を中止し、駐在員家族の一時帰国を検討する。",
                    "レベル3発出時：駐在員の国外退避を原則とし、対策本部長が最終判断する。",
                    "第5章 誘拐・脅迫事案の初動",
                    "犯人側との交渉は当社単独で行わず、契約コンサルタントの助言を得る。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached manual is stamped 社外秘 (page header and first line), sent to an outside consultant.",
    },
    # 010 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-010",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["ビザサポートセンター 東京 <tokyo@visa-support.co.jp>"],
        "subject": "就労ビザ申請書類（インド赴任者3名）送付",
        "charset": "cp932",
        "body": """ビザサポートセンター株式会社
東京オフィス ご担当者様

お世話になっております。日の出産業 人事部の水無瀬です。

インド（チェンナイ）赴任予定者3名の就労ビザ（Employment Visa）申請書類一式を
お送りいたします。旅券写し・写真データ・雇用契約書を同梱しております。

添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りいたします。

お手数ですが、不足書類がございましたらご連絡ください。
""" + SIG_MINASE,
        "attachments": [
            {
                "kind": "zip",
                "name": "EmploymentVisa_Chennai_3名.zip",
                "password": "Hns#Visa2026",
                "files": [
                    {"kind": "pdf", "name": "passport_copy_1.pdf", "lines": ["PASSPORT  TK7720318  KUGE MASAHIRO  1983-10-02"]},
                    {"kind": "pdf", "name": "passport_copy_2.pdf", "lines": ["PASSPORT  MZ1195046  ISURUGI NAO  1991-02-15"]},
                    {"kind": "docx", "name": "employment_contract.docx", "paragraphs": ["Employment Contract (draft)"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP) of passport copies: the attachment cannot be read.",
    },
    # 011 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-011",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>"],
        "subject": "出張手配のお願い（クアラルンプール 11/4-11/7 一名）",
        "charset": "iso-2022-jp",
        "body": """トラベルブリッジ 法人デスク 御中

お世話になっております。日の出産業 海外安全管理室の藤堂です。
下記の出張手配をお願いいたします。

出張者：仙波 亮介（センバ リョウスケ／SEMBA RYOSUKE）
所属　：海外安全管理室
携帯　：090-4418-2706（渡航中も国際ローミングで使用）
行程　：11/4（水）羽田発 → クアラルンプール（午前便希望）
　　　　11/7（土）クアラルンプール発 → 羽田（夜行便可）
ホテル：KLCC周辺、推奨リストAランクから
座席　：通路側

お見積りと仮押さえ状況をご連絡ください。
""" + SIG_TODO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One traveller's name and mobile to the travel agency: one person's record, may be warned.",
    },
    # 012 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-012",
        "sender": "Yukari Hanawa <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["Sakura Hotel Bangkok Group Desk <groups.bkk@sakura-hotel.jp>"],
        "subject": "Rooming list - Hinode Sangyo group (Nov 10-14)",
        "charset": "utf-8",
        "body": """Dear Group Reservations Team,

Thank you for holding the block for our engineering team.
Please find attached the rooming list for the six guests arriving on November 10.

- All rooms: Deluxe, non-smoking, single occupancy
- Billing: room charges to company (PO HS-26-3318), incidentals to guests
- Late arrival expected for guests 5 and 6 (flight PC 707, ETA 23:40)

Could you send the confirmation numbers by Friday?

Best regards,
Yukari Hanawa
Travel Arrangements Team, General Affairs Dept.
Hinode Sangyo Co., Ltd.  Tel +81-3-5442-8815
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "rooming_list_BKK_1110.csv",
                "encoding": "cp932",
                "rows": [
                    ["No", "氏名", "Name", "Room", "Check-in", "Check-out", "Mobile", "E-mail"],
                    ["1", "鬼頭 正樹", "KITO MASAKI", "DLX-NS", "2026-11-10", "2026-11-14", "080-6612-3094", "m.kito.private@gmail.com"],
                    ["2", "勅使河原 望", "TESHIGAWARA NOZOMI", "DLX-NS", "2026-11-10", "2026-11-14", "090-2287-5516", "nozomi.t@icloud.com"],
                    ["3", "小鳥遊 純", "TAKANASHI JUN", "DLX-NS", "2026-11-10", "2026-11-14", "070-3345-8821", "jun-takanashi@yahoo.co.jp"],
                    ["4", "伊集院 慶", "IJUIN KEI", "DLX-NS", "2026-11-10", "2026-11-13", "080-9917-0452", "ijuin.kei@outlook.jp"],
                    ["5", "国分 結衣", "KOKUBU YUI", "DLX-NS", "2026-11-10", "2026-11-14", "090-7740-6183", "yui.kokubu88@gmail.com"],
                    ["6", "馬場園 大吾", "BABAZONO DAIGO", "DLX-NS", "2026-11-10", "2026-11-14", "080-1526-9907", "babazono_d@docomo.ne.jp"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Rooming list CSV of six guests with private mobiles and e-mails to a hotel: a list of people.",
    },
    # 013 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-013",
        "sender": "鬼塚 忠 <onizuka-t@hinode-sangyo.co.jp>",
        "to": ["石崎 様 <ishizaki@aozora-hoken.co.jp>"],
        "subject": "包括契約更改用 渡航実績データ（集計値）",
        "charset": "cp932",
        "body": """あおぞら保険サービス株式会社
石崎様

いつもお世話になっております。日の出産業 経理部の鬼塚です。

来期の海外旅行保険 包括契約の更改に向けて、ご依頼のありました
渡航実績（2025年10月〜2026年9月）の集計値をお送りします。
個人別の明細ではなく、地域別・日数帯別の集計のみとしております。

保険料試算の前提にご利用ください。

鬼塚 忠
日の出産業株式会社 経理部 経理課
TEL 03-5442-8420
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "渡航実績集計_FY2026.xlsx",
                "sheets": {
                    "地域別": [
                        ["渡航実績 地域別集計（2025/10〜2026/9）"],
                        ["地域", "延べ渡航者数", "延べ日数", "うち駐在"],
                        ["東アジア", 412, 2388, 18],
                        ["東南アジア", 655, 5120, 41],
                        ["南アジア", 87, 1302, 6],
                        ["北米", 143, 996, 9],
                        ["欧州", 121, 870, 4],
                        ["中東・アフリカ", 22, 310, 1],
                    ],
                    "請求実績": [
                        ["保険金請求 種類別件数"],
                        ["種類", "件数", "支払額（千円）"],
                        ["治療・救援費用", 14, 6820],
                        ["携行品損害", 9, 412],
                        ["航空機遅延", 21, 388],
                        ["賠償責任", 1, 150],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregated statistics of trips and claims, no individual rows.",
    },
    # 014 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-014",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["税理士法人みなと会計 久米様 <kume@minato-kaikei.jp>"],
        "subject": "出国者の年末調整（海外赴任者）資料送付",
        "charset": "iso-2022-jp",
        "body": f"""税理士法人みなと会計
久米様

お世話になっております。日の出産業 人事部の水無瀬です。
11月に米国（テキサス）へ赴任する社員について、出国時の年末調整をお願いしたく、
必要事項を下記にまとめました。

【本人】
　氏名　　：鷲見 直樹（すみ なおき）
　生年月日：昭和59年7月9日
　住所　　：神奈川県川崎市中原区上小田中六丁目21番3号
　個人番号：{my_number(SEED + 1)}
　出国予定日：2026年11月16日

【控除対象配偶者】
　氏名　　：鷲見 由香（すみ ゆか）
　生年月日：昭和61年1月28日
　個人番号：{my_number(SEED + 2)}
　※同時に出国予定

源泉徴収簿の写しは別途郵送いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_MINASE,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Two My Numbers (employee and spouse) in the body to an outside tax firm.",
    },
    # 015 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-015",
        "sender": "羽生 忠彦 <hanyu-t@hinode-sangyo.co.jp>",
        "to": ["鳴海 様 <narumi@riskwatch.jp>"],
        "cc": ["安西 真理子 <anzai-m@hinode-sangyo.co.jp>"],
        "subject": "秘密保持契約書（案）の修正版送付",
        "charset": "utf-8",
        "body": """リスクウォッチ・ジャパン株式会社
鳴海様

お世話になっております。日の出産業 法務部の羽生です。

危機管理コンサルティング業務に先立つ秘密保持契約書（案）につき、
御社からいただいたコメントを反映した修正版をお送りします。

主な修正点：
　・第2条（機密情報の定義）に、口頭開示情報の書面特定期間（30日）を追加
　・第6条（有効期間）を契約終了後3年から5年に変更
　・第9条（個人情報の取扱い）を新設

ご確認のうえ、問題なければ押印手続き（電子契約）に進めたいと存じます。

羽生 忠彦
日の出産業株式会社 法務部
TEL 03-5442-8650
""" + DISCLAIMER_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_リスクウォッチ_修正案v2.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）とリスクウォッチ・ジャパン株式会社（以下「乙」という。）は、次のとおり契約を締結する。",
                    "第1条（目的）本契約は、甲の海外危機管理体制の構築支援に関し、相互に開示する情報の取扱いを定める。",
                    "第2条（機密情報の定義）本契約において機密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                    "第6条（有効期間）本契約の有効期間は締結日から2年間とし、秘密保持義務は契約終了後5年間存続する。",
                    "第9条（個人情報の取扱い）乙は、甲から提供を受けた個人情報を本目的の範囲内でのみ利用する。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA with the NDA draft attached and a standard disclaimer: no marking, no personal data.",
    },
    # 016 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-016",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["桐生 隼人 <kiryu-h@hinode-sangyou.co.jp>"],
        "subject": "FW: バンコク 退避時集合場所と対象者一覧",
        "charset": "utf-8",
        "body": """桐生さん

本社で作った退避時の集合場所案です。対象者の携帯は最新ですか？
違っていたら直接直してください。

集合場所：第1　BTS Phrom Phong 駅前（EmQuartier 正面）
　　　　　第2　Sriracha 工場 正門守衛所
連絡手段：LINEグループ不可時はSMS

氏名           拠点        携帯
-------------  ----------  -----------------
桐生 隼人      Sukhumvit   +66 81 455 2190
喜屋武 透      Thonglor    +66 89 770 3310
坂東 怜        Sriracha    +66 92 118 6045
百瀬 拓        Sriracha    +66 92 118 6051
五代 真奈      Asoke       +66 86 302 7714
立花 宗一      Phrom Phong +66 81 909 4427
真栄城 航      Ekkamai     +66 95 240 8836

藤堂
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "Meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain; also carries a list of 7 people with mobiles.",
    },
    # 017 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-017",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["日輪損害保険 保険金サービス課 <claims-center@nichirin-sonpo.co.jp>"],
        "subject": "Re: 【ご案内】保険金請求書類のご提出について（事故受付番号 2026-HX-08812）",
        "charset": "iso-2022-jp",
        "body": """日輪損害保険 保険金サービス課
江藤様

ご案内ありがとうございます。承知いたしました。
ご指定の書類一式は、来週月曜（11/2）に簡易書留で発送いたします。

引き続きよろしくお願いいたします。

安西

> 日の出産業株式会社 海外安全管理室 安西様
>
> 平素より格別のお引き立てを賜り、誠にありがとうございます。
> 標記事故につき、ご提出いただく書類をご案内いたします。
>
> 　被保険者：漆畑 晃一 様（1986年3月22日生）
> 　傷病名　：急性虫垂炎
> 　治療期間：2026年10月23日〜10月27日（入院）
>
> 　1. 保険金請求書（被保険者ご署名）
> 　2. 診断書（原本）
> 　3. 診療明細書・領収書（原本）
> 　4. 航空券の控え（旅程確認のため）
>
> 日輪損害保険株式会社 保険金サービス課 江藤
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply whose only personal data (name, DOB, diagnosis) is in text quoted with '>' from the insurer's own mail.",
    },
    # 018 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-018",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["あおぞら保険サービス 事故受付 <kaigai-claim@aozora-hoken.co.jp>"],
        "subject": "携行品損害・傷害 請求のご相談（マニラでの強盗被害）",
        "charset": "cp932",
        "body": """あおぞら保険サービス株式会社
事故受付ご担当者様

お世話になっております。日の出産業の安西です。
出張中の社員が強盗被害に遭いましたので、事故のご報告と請求のご相談です。

◆被害者（被保険者）　東海林 和也（しょうじ かずや）／営業二部
◆発生日時　2026年10月21日 21時30分頃（現地時間）
◆場所　　　マニラ首都圏マカティ市 Jupiter St. 付近の路上
◆状況　　　バイクに乗った2人組に刃物で脅され、スマートフォン・財布・
　　　　　　ノートPCの入ったバッグを奪われました。抵抗した際に転倒し、
　　　　　　顔面打撲・右手首捻挫（全治約10日）と診断されています。
◆警察届出　Makati Police Station 7　受理番号 MPS7-2026-10-4471

携行品の購入時期・金額は本人に確認中です。
ご提出が必要な書類をお知らせください。
""" + SIG_ANZAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employee who was a crime victim (robbery) with injuries: 要配慮個人情報 of one person.",
    },
    # 019 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-019",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス オペレーション <ops@worldcare-assist.co.jp>"],
        "cc": ["鳴海 様 <narumi@riskwatch.jp>", "トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>"],
        "subject": "ミャンマー 退避判断に向けた三者打合せのお願い",
        "charset": "iso-2022-jp",
        "body": """ワールドケアアシスタンス様、リスクウォッチ・ジャパン 鳴海様、
トラベルブリッジ様

日の出産業 海外安全管理室の藤堂です。
ヤンゴン周辺の情勢悪化を受け、当社駐在員の退避判断に向けて、
各社のお立場から情報をいただく打合せを設定させてください。

　日時：10月30日（金）16:00〜17:00（オンライン）
　議題：1) 現地治安情勢（リスクウォッチ様）
　　　　2) 医療・陸路退避の支援体制（ワールドケア様）
　　　　3) 商用便の座席確保状況とチャーター代替案（トラベルブリッジ様）

会議URLは別途お送りします。
""" + SIG_TODO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external organisations (assistance company, consultant, travel agency) see each other in To/Cc.",
    },
    # 020 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-020",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["佐藤 真一 様 <sato.m@nichirin-sonpo.co.jp>"],
        "cc": ["石崎 様 <ishizaki@aozora-hoken.co.jp>"],
        "subject": "次年度 海外旅行保険 包括契約 更改打合せ日程",
        "charset": "utf-8",
        "body": """日輪損害保険 佐藤様
（cc）あおぞら保険サービス 石崎様

お世話になっております。日の出産業の安西です。

次年度の包括契約更改につきまして、下記日程で打合せをお願いできますでしょうか。

　候補1：11月12日（木）10:00〜11:30
　候補2：11月13日（金）14:00〜15:30
　場所　：弊社8階 会議室B（オンライン併用可）

論点は、①テロ等対応費用特約の上限、②帯同家族の付保方法、
③救援者費用の支払実績を踏まえた料率、の3点を想定しております。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Ordinary meeting mail to an insurer and its agent: two external organisations only.",
    },
    # 021 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-021",
        "sender": "Hayato Kiryu <kiryu-h@hinode-sangyo.co.jp>",
        "to": ["Security Manager, Sakura Hotel Yangon <security.rgn@sakura-hotel.jp>"],
        "subject": "Emergency contact numbers of our resident staff (company phones)",
        "charset": "utf-8",
        "body": """Dear Mr. Aung,

Following our meeting on the hotel's emergency procedures, here are the
company-issued mobile phones of our staff who stay at your hotel on long-term
contracts. Please call them directly if the hotel goes into lockdown.

  Name                 Room    Company mobile
  -------------------  ------  ----------------
  Hayato Kiryu         1204    +95 9 7720 41180
  Sota Hibino          1206    +95 9 7720 41181
  Rie Kanemaru         1107    +95 9 7720 41182
  Kenta Oyamada        1109    +95 9 7720 41183
  Daisuke Mutsuura     0912    +95 9 7720 41184
  Aya Sekimoto         0914    +95 9 7720 41185

These are business phones; please do not share them outside the security team.

Kind regards,
Hayato Kiryu
Hinode Sangyo Co., Ltd. - Yangon Liaison Office
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Six staff with company-issued mobiles and room numbers to a partner hotel: business contacts or a list of people, honestly either.",
    },
    # 022 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-022",
        "sender": "Ken Todo <todo-k@hinode-sangyo.co.jp>",
        "to": ["Ms. Nguyen Thi Thao <nguyen.thao@saigonprecision.com.vn>"],
        "subject": "Request for invitation letter - business visa for Mr. Kugimiya",
        "charset": "utf-8",
        "body": """Dear Ms. Thao,

Thank you for your continued support.
For the line audit scheduled from December 7 to 18, our engineer needs a
business visa (DN). Could you kindly issue an invitation letter with the
details below and apply for the visa approval at the Immigration Department?

  Full name        : KUGIMIYA SHOTA
  Date of birth    : 14 February 1990
  Nationality      : Japan
  Passport No.     : TR8830175
  Date of issue    : 3 June 2021
  Date of expiry   : 3 June 2031
  Port of entry    : Tan Son Nhat International Airport

Please let me know if you need a scan of the passport data page.

Best regards,
""" + SIG_TODO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "One traveller's passport number (identity document) and DOB sent to a customer abroad.",
    },
    # 023 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-023",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["柳沢 亮 様 <yagisawa-r@kawasaki-denki.co.jp>"],
        "subject": "在外公館・現地警察 連絡先一覧（共同プロジェクト派遣先）",
        "charset": "iso-2022-jp",
        "body": """川崎電機 柳沢様

お世話になっております。日の出産業の安西です。
先日お約束した、派遣先各国の在外公館と緊急通報先の一覧です。
御社の携行カードにもそのままお使いください。

■インドネシア
　在インドネシア日本国大使館（領事部）　+62-21-3192-4301
　警察 110／救急 118
■ベトナム
　在ホーチミン日本国総領事館　　　　　　+84-28-3933-3511
　警察 113／救急 115
■フィリピン
　在フィリピン日本国大使館（領事部）　　+63-2-8551-5712
　警察・救急 911
■タイ
　在タイ日本国大使館（領事部）　　　　　+66-2-207-8503
　ツーリストポリス 1155
■インド
　在チェンナイ日本国総領事館　　　　　　+91-44-2432-3862
　警察 100／救急 108

※電話番号は当社調べ（10月時点）です。渡航前に各公館のWebサイトでご確認ください。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Directory of embassies, consulates and emergency services: institutions, not people.",
    },
    # 024 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-024",
        "sender": "Ken Todo <todo-k@hinode-sangyo.co.jp>",
        "to": ["Asia Air Charter Operations <charter@asia-aircharter.com>"],
        "subject": "Passenger manifest - evacuation charter YGN-BKK (draft)",
        "charset": "utf-8",
        "body": """Dear Charter Operations,

Further to our call this morning, please find attached the draft passenger
manifest for the standby charter Yangon -> Bangkok (aircraft: 19-seat turboprop).
Twelve passengers, including four family members (two children).

We will confirm the final list 24 hours before departure. Please advise whether
you need copies of the passport data pages for the Myanmar exit clearance.

Regards,
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "manifest_YGN-BKK_draft.pdf",
                "title": "Passenger Manifest (draft)",
                "lines": ["PASSENGER MANIFEST (DRAFT)  Charter YGN-BKK  Operator: Asia Air Charter",
                          "Client: Hinode Sangyo Co., Ltd."],
                "table": [
                    ["#", "Surname", "Given name", "Sex", "DOB", "Nationality", "Passport No."],
                    ["1", "KIRYU", "HAYATO", "M", "1981-05-03", "JPN", "TR1048827"],
                    ["2", "HIBINO", "SOTA", "M", "1987-01-19", "JPN", "TK3381092"],
                    ["3", "KANEMARU", "RIE", "F", "1991-08-08", "JPN", "MZ4470215"],
                    ["4", "OYAMADA", "KENTA", "M", "1984-12-12", "JPN", "TH8823016"],
                    ["5", "OYAMADA", "SAKI", "F", "1986-04-25", "JPN", "TH8823017"],
                    ["6", "OYAMADA", "HARU", "M", "2017-09-03", "JPN", "TH8823018"],
                    ["7", "MUTSUURA", "DAISUKE", "M", "1979-06-30", "JPN", "TS5506734"],
                    ["8", "SEKIMOTO", "AYA", "F", "1993-03-14", "JPN", "TZ1190486"],
                    ["9", "TOKORO", "MINORU", "M", "1970-10-10", "JPN", "TR0067719"],
                    ["10", "TOKORO", "KEIKO", "F", "1972-02-02", "JPN", "TR0067720"],
                    ["11", "TOKORO", "EMA", "F", "2012-11-21", "JPN", "TR0067721"],
                    ["12", "THANT", "ZIN", "M", "1988-07-07", "MMR", "MH1204578"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "Evacuation manifest PDF: 12 people with DOB and passport numbers to a charter operator.",
    },
    # 025 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-025",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["人事部 健保窓口 <kenpo-tanto@hinode-sangyo.co.jp>"],
        "cc": ["安西 真理子 <anzai-m@hinode-sangyo.co.jp>"],
        "subject": "海外療養費 申請準備（漆畑さん分）",
        "charset": "cp932",
        "body": """健保窓口 ご担当者様

お疲れさまです。海外人事の水無瀬です。
ハノイ出張中に入院した漆畑さんの海外療養費について、申請準備をお願いします。

　被保険者証　記号 1207　番号 388
　氏名　　　　漆畑 晃一
　傷病名　　　急性虫垂炎（腹腔鏡下虫垂切除術）
　入院期間　　2026/10/23〜10/27　Hanoi Family International Hospital
　立替額　　　VND 96,400,000（領収書原本は総務で保管）

海外旅行保険でも請求中のため、二重請求にならないよう
安西さんと調整のうえ進めてください。

水無瀬
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Health insurance number and diagnosis, but every recipient is internal.",
    },
    # 026 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-026",
        "sender": "Ken Todo <todo-k@hinode-sangyo.co.jp>",
        "to": ["Joseph Okafor <j.okafor@meridian-assist.com>"],
        "subject": "Country security assessment - Northern Mozambique site visit",
        "charset": "utf-8",
        "body": """Dear Joseph,

As discussed, attached is our internal security assessment for the planned
site visit to Cabo Delgado province in January. We would appreciate your
team's view on the road move from Pemba and on the proposed close-protection
arrangements before we submit it to our crisis committee.

Best regards,
Ken
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "SecurityAssessment_CaboDelgado_Jan2027.pdf",
                "title": "Security Assessment - Cabo Delgado",
                "page_header": "CONFIDENTIAL",
                "page_footer": "Hinode Sangyo Co., Ltd. - Overseas Safety & Security Office",
                "lines": [
                    "CONFIDENTIAL - Security Assessment: Cabo Delgado Province, Mozambique",
                    "1. Threat summary: insurgent activity along the N380; kidnapping risk assessed HIGH.",
                    "2. Movement: daylight only, two-vehicle convoy, satellite tracking mandatory.",
                    "3. Accommodation: Pemba only; no overnight stays north of Macomia.",
                    "4. Medical: nearest Level II facility in Pemba; air evacuation to Johannesburg.",
                    "5. Recommendation: proceed only with local close-protection team (4 pax).",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF classified CONFIDENTIAL in its header and title line, sent to an external assistance company.",
    },
    # 027 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-027",
        "sender": "五味 誠 <gomi-s@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
        "subject": "【問合せ】安否確認システム CSV取込エラーについて（契約ID TS-40117）",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム株式会社
サポートセンター御中

いつもお世話になっております。日の出産業 情報システム部の五味です。

安否確認システムへの海外渡航者データの一括取込で、
「ファイル形式が不正です（E-2041）」が出て取り込めません。
管理画面から出力したテンプレートに貼り付けたもので、列の追加はしていません。

該当ファイルを添付しますので、原因をご確認いただけますでしょうか。

日の出産業株式会社 情報システム部
五味 誠　TEL 03-5442-8901
""",
        "attachments": [
            {"kind": "corrupt", "name": "anpi_import_20261012.xlsx"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached XLSX is corrupt and cannot be inspected.",
    },
    # 028 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-028",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["日下部 恵美 様 <kusakabe.emi@yahoo.co.jp>"],
        "subject": "ご主人様の帰国便について（日下部 剛さん）",
        "charset": "iso-2022-jp",
        "body": """日下部 恵美 様

突然のご連絡失礼いたします。
日の出産業株式会社 総務部 海外安全管理室の安西と申します。

マニラに出張中のご主人様（日下部 剛さん）につきまして、
台風の影響で帰国便が変更となりましたのでご連絡いたします。
ご本人はお元気で、ホテルで待機されています。

　変更後の便　：11月2日（月）PC 432便 マニラ 9:15発 → 成田 14:40着
　現地での連絡先：+63 917 552 0418（ご本人の会社携帯）

ご不明な点がございましたら、海外安全デスク（03-5442-8800、24時間）まで
お気軽にお問い合わせください。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "One free-mail recipient (the traveller's spouse) told one person's flight and phone: may be warned, not held.",
    },
    # 029 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-029",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["Pacific Crane Airways Special Assistance <special-assist@pacificcrane.com>"],
        "subject": "車いす介助のお願い（PC 712便 11/6 成田→シンガポール）",
        "charset": "utf-8",
        "body": """パシフィッククレーン航空
スペシャルアシスタンス デスク御中

お世話になっております。日の出産業株式会社の塙と申します。
弊社社員の搭乗にあたり、車いすでの介助をお願いしたくご連絡いたしました。

　予約番号：K7Q2MX
　搭乗者　：雲母 智子（きらら ともこ）様
　便　　　：11月6日 PC 712便 成田 10:25発 → シンガポール 16:50着
　　　　　　11月9日 PC 715便 シンガポール 23:10発 → 成田 翌7:05着

ご本人は身体障害者手帳1級（両下肢機能障害）をお持ちで、
電動車いす（リチウムイオン電池 300Wh 以下、取り外し可）を使用されています。
機内通路用車いすと、乗継時の介助者の手配をお願いいたします。

必要な申告書式がございましたらご案内ください。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named traveller's disability (身体障害者手帳1級) to an airline: 要配慮個人情報 of one person.",
    },
    # 030 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-030",
        "sender": "海外安全デスク <kaigai-anzen@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
        "subject": "【ご案内】海外安全対策セミナー（12/3）共催のお知らせ",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
総務部 ご担当者様

いつもお世話になっております。日の出産業 海外安全デスクです。
昨年ご好評いただいた海外安全対策セミナーを、今年も共催で開催いたします。

　日時：2026年12月3日（木）14:00〜16:30
　会場：日の出ビル 2階 大ホール（オンライン同時配信）
　内容：第1部「誘拐・脅迫の最新動向」（リスクウォッチ・ジャパン）
　　　　第2部「海外での急病・けが：保険とアシスタンスの使い方」
　　　　第3部「駐在員家族のメンタルヘルス」
　定員：会場80名／オンライン300名

御社からのご参加人数を11月20日までにお知らせください。
案内チラシ（画像）を添付します。

日の出産業株式会社 総務部 海外安全デスク
TEL 03-5442-8800
""",
        "html": """<html><body>
<p>北国フーズ株式会社<br>総務部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 海外安全デスクです。<br>
昨年ご好評いただいた海外安全対策セミナーを、今年も共催で開催いたします。</p>
<table border="1" cellpadding="4">
<tr><th>日時</th><td>2026年12月3日（木）14:00〜16:30</td></tr>
<tr><th>会場</th><td>日の出ビル 2階 大ホール（オンライン同時配信）</td></tr>
<tr><th>内容</th><td>誘拐・脅迫の最新動向／保険とアシスタンスの使い方／駐在員家族のメンタルヘルス</td></tr>
<tr><th>定員</th><td>会場80名／オンライン300名</td></tr>
</table>
<p>御社からのご参加人数を11月20日までにお知らせください。</p>
<p>日の出産業株式会社 総務部 海外安全デスク<br>TEL 03-5442-8800</p>
</body></html>""",
        "attachments": [{"kind": "png", "name": "seminar_flyer.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Seminar invitation to a partner, text and HTML with an image: ordinary business mail.",
    },
    # 031 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-031",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス オペレーション <ops@worldcare-assist.co.jp>"],
        "subject": "駐在員 緊急連絡先（国内家族）登録の件",
        "charset": "cp932",
        "body": """ワールドケアアシスタンス株式会社
オペレーションセンター御中

お世話になっております。日の出産業 人事部 海外人事の水無瀬です。
単身赴任中の駐在員につき、国内家族の緊急連絡先を登録願います。
（医療搬送等の際、ご家族への連絡はこちらへお願いします）

駐在員　　　　赴任地　　　家族氏名（続柄）　　　電話　　　　　　　住所
－－－－－－　－－－－－　－－－－－－－－－－　－－－－－－－－　－－－－－－－－－－－－－－－－－－
四十物　聡　　ジャカルタ　四十物　千代（母）　　０２７６－４２－８８１３　群馬県太田市新井町５６５－１２
蛭田　和樹　　ハノイ　　　蛭田　真由美（妻）　　０９０－８８２１－３０７４　埼玉県所沢市緑町３－１４－２
纐纈　大地　　ジャカルタ　纐纈　早苗（妻）　　　０８０－５５３０－６６２１　岐阜県各務原市那加桜町２－８８
一戸　拓海　　ジャカルタ　一戸　陽子（妻）　　　０７０－２２１９－４４８０　青森県八戸市長者１－５－９
釘宮　翔太　　ホーチミン　釘宮　信二（父）　　　０９７－５４３－２２１０　大分県大分市中島西２－４－１

以上5名です。変更が生じた際は都度ご連絡いたします。
""" + SIG_MINASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Five family members' phones and home addresses in a full-width padded table in the body: a list of people.",
    },
    # 032 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-032",
        "sender": "鬼塚 忠 <onizuka-t@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス 経理課 <billing@worldcare-assist.co.jp>"],
        "subject": "Re: 請求書（INV-WC-26-0917）の登録番号について",
        "charset": "iso-2022-jp",
        "body": """ワールドケアアシスタンス株式会社
経理課 ご担当者様

お世話になっております。日の出産業 経理部の鬼塚です。

9月分のご請求書（INV-WC-26-0917、年間会員費および医療アレンジ手数料
合計 1,287,000円）を受領いたしました。

ご請求書に記載の適格請求書発行事業者登録番号 T6501204837716 について、
国税庁の公表サイトで確認したところ、御社名で登録されていることを確認しました。
以前のご請求書では番号の記載が漏れておりましたので、念のためのご確認です。

お支払いは11月末日、みどり銀行経由の振込を予定しております。

鬼塚 忠
日の出産業株式会社 経理部 経理課
TEL 03-5442-8420
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Invoice query with the supplier's T-number (corporate number) and invoice number: business data only.",
    },
    # 033 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-033",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["さくらホテル サイゴン 予約 <reservations.sgn@sakura-hotel.co.jp>"],
        "subject": "ご予約依頼（ホーチミン 11/18-11/21 一名）",
        "charset": "cp932",
        "body": """さくらホテル サイゴン
ご予約係御中

いつもお世話になっております。日の出産業の塙でございます。
下記の通りご予約をお願いいたします。

　宿泊者：舎人 俊介（とねり しゅんすけ）様
　日程　：11月18日（水）〜11月21日（土）3泊
　部屋　：スーペリア シングル 禁煙
　連絡先：080-3391-6624（ご本人携帯）
　備考　：法人契約レート、朝食付き

確認書は本メールにご返信ください。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "sakura-hotel.co.jp is a look-alike (other TLD) of the partner sakura-hotel.jp.",
    },
    # 034 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-034",
        "sender": "Yukari Hanawa <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["Island Rent-a-Car Reservations <reserve@islandrent-guam.com>"],
        "subject": "Car rental reservation (Guam, Dec 2-5) - driver details",
        "charset": "utf-8",
        "body": """Dear Reservations,

Please reserve one compact SUV for our staff member's business trip to Guam.

  Pick-up   : Dec 2, 2026 14:00, Guam International Airport counter
  Return    : Dec 5, 2026 09:00, same location
  Driver    : DOMEKI KOJI (百目鬼 浩二)
  DOB       : 1979-11-30
  Japanese driver's licence No.: 301904557620 (valid until 2029-12-30)
  Insurance : full coverage (CDW + PAI)

He will bring the original Japanese licence and his passport at pick-up.
Please send the confirmation to this address.

Best regards,
Yukari Hanawa
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "A driver's licence number (identity document) of one person sent to a car rental company.",
    },
    # 035 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-035",
        "sender": "海外安全デスク <kaigai-anzen@hinode-sangyo.co.jp>",
        "to": ["海外安全デスク <kaigai-anzen@hinode-sangyo.co.jp>"],
        "bcc": [
            "m.kito.private@gmail.com",
            "nozomi.t@icloud.com",
            "jun-takanashi@yahoo.co.jp",
            "ijuin.kei@outlook.jp",
            "yui.kokubu88@gmail.com",
            "babazono_d@docomo.ne.jp",
            "semba.r@gmail.com",
            "tonerishun@softbank.ne.jp",
            "domeki.k79@yahoo.co.jp",
        ],
        "subject": "【一斉連絡】年末年始 海外渡航時の注意事項",
        "charset": "iso-2022-jp",
        "body": """年末年始に海外出張・私的渡航を予定している皆さま

海外安全デスクです（本メールはBCCで一斉送信しています）。

1. 私的渡航でも「たびレジ」への登録をお願いします。
2. 出張者は、出発3日前までに渡航届（社内システム）を提出してください。
3. 会社契約の海外旅行保険は出張のみ対象です。私的渡航は各自でご加入ください。
4. 緊急時は、海外安全デスク（24時間）03-5442-8800 へ。
　 医療機関の手配はワールドケアアシスタンス（会員番号は社員証裏面）へ。

良いお年をお迎えください。

日の出産業株式会社 総務部 海外安全デスク
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Bulk notice to private addresses correctly put in Bcc; no personal data.",
    },
    # 036 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-036",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス メディカル部 <medical@worldcare-assist.co.jp>"],
        "subject": "帰国支援（付添帰国）のご相談 — ジャカルタ駐在員",
        "charset": "utf-8",
        "body": """ワールドケアアシスタンス株式会社
メディカル部 ご担当者様

お世話になっております。日の出産業 人事部の水無瀬です。

ジャカルタ駐在の纐纈 大地（こうけつ だいち、34歳）につきまして、
現地の精神科医より「適応障害・抑うつ状態」と診断され、一時帰国のうえ
国内での治療が望ましいとの意見が出ております。

本人は単独での移動に不安を訴えており、
看護師または医療スタッフの付添による帰国をご相談したく存じます。

　希望時期：11月第2週
　国内受入：東京都内の提携医療機関（産業医が紹介予定）
　服薬状況：抗不安薬・睡眠導入剤を処方されています

費用見積りと手配の流れをご教示ください。
""" + SIG_MINASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named expat's psychiatric diagnosis and medication to the assistance company: 要配慮個人情報.",
    },
    # 037 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-037",
        "sender": "Ken Todo <todo-k@hinode-sangyo.co.jp>",
        "to": ["Meridian Assistance Sales <sales@meridian-assist.com>"],
        "subject": "Membership renewal 2027 - request for quotation",
        "charset": "utf-8",
        "body": """Dear Meridian Sales Team,

Our corporate membership (contract MA-CORP-0447) expires on March 31, 2027.
Ahead of our internal budget review, could you please quote for the renewal
on the following basis?

  - Travellers covered: approx. 1,450 trips / year, 95 expatriates
  - Regions: Asia-Pacific, Middle East, Africa
  - Services: 24/7 medical and security hotline, medical evacuation,
    travel risk e-learning, crisis response retainer (up to 40 hours)
  - Optional: satellite phone rental for high-risk destinations

A breakdown per service line would be helpful. We would be grateful to
receive it by November 27.

Kind regards,
Ken Todo
Overseas Safety & Security Office
Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English request for quotation with a standard confidentiality disclaimer: ordinary mail.",
    },
    # 038 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-038",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["石崎 様 <ishizaki@aozora-hoken.co.jp>"],
        "subject": "付保者追加通知（10月分）／包括契約 KT-2026-000418",
        "charset": "iso-2022-jp",
        "body": """あおぞら保険サービス 石崎様

お世話になっております。日の出産業の安西です。
10月に新たに出張・赴任が決まった者の付保追加通知をお送りします。
（定例の月次通知です。CSVは御社指定フォーマットに合わせています）

ご確認よろしくお願いいたします。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "csv",
                "name": "fuho_tsuika_202610.csv",
                "encoding": "utf-8",
                "rows": [
                    ["証券番号", "氏名", "フリガナ", "生年月日", "性別", "渡航先", "出発日", "帰着日", "区分"],
                    ["KT-2026-000418", "仙波 亮介", "センバ リョウスケ", "1991/07/23", "男", "マレーシア", "2026/11/04", "2026/11/07", "出張"],
                    ["KT-2026-000418", "舎人 俊介", "トネリ シュンスケ", "1988/02/29", "男", "ベトナム", "2026/11/18", "2026/11/21", "出張"],
                    ["KT-2026-000418", "鷲見 直樹", "スミ ナオキ", "1984/07/09", "男", "米国", "2026/11/16", "2029/11/15", "赴任"],
                    ["KT-2026-000418", "鷲見 由香", "スミ ユカ", "1986/01/28", "女", "米国", "2026/11/16", "2029/11/15", "帯同"],
                    ["KT-2026-000418", "薬師寺 美緒", "ヤクシジ ミオ", "1989/05/17", "女", "ドイツ", "2027/01/08", "2030/01/07", "赴任"],
                    ["KT-2026-000418", "百目鬼 浩二", "ドウメキ コウジ", "1979/11/30", "男", "グアム", "2026/12/02", "2026/12/05", "出張"],
                    ["KT-2026-000418", "雲母 智子", "キララ トモコ", "1982/06/06", "女", "シンガポール", "2026/11/06", "2026/11/10", "出張"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Insurance enrolment CSV: 7 people with kana names and dates of birth to the insurance agent.",
    },
    # 039 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-039",
        "sender": "Ken Todo <todo-k@hinode-sangyo.co.jp>",
        "to": ["CPIH International Desk <intl.desk@cpih-bangkok.com>"],
        "cc": ["WorldCare Medical <medical@worldcare-assist.co.jp>", "Nichirin Claims <claims-center@nichirin-sonpo.co.jp>"],
        "subject": "Case WC-2026-0881 - conference call to agree discharge plan",
        "charset": "utf-8",
        "body": """Dear all,

To avoid further delays in case WC-2026-0881, I propose a short conference
call between the hospital, the assistance company and the insurer to agree
the discharge date and the guarantee of payment.

  Proposed: Thursday, Nov 5, 10:00 Bangkok / 12:00 Tokyo (30 min)
  Dial-in : will be sent by WorldCare

Please reply to all with your availability.

Regards,
""" + SIG_TODO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Hospital, assistance company and insurer (three external organisations) visible to each other in To/Cc.",
    },
    # 040 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-040",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["日輪損害保険 保険金サービス課 <claims-center@nichirin-sonpo.co.jp>"],
        "subject": "保険金請求書一式（事故受付番号 2026-HX-09140）",
        "charset": "cp932",
        "body": """日輪損害保険株式会社
保険金サービス課 江藤様

お世話になっております。日の出産業の安西です。
標記事故の保険金請求書一式をPDFにてお送りします。
PDFにはパスワードを設定しておりますので、お電話にてお伝えいたします。

原本は本日、簡易書留にて発送済みです。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "保険金請求書一式_2026-HX-09140.pdf",
                "password": "nichirin0914",
                "lines": [
                    "保険金請求書",
                    "被保険者：東海林 和也　事故日：2026年10月21日",
                    "請求内容：携行品損害、傷害治療費用",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF: the attachment cannot be read.",
    },
    # 041 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-041",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["トラベルブリッジ ビザ課 <visa@travelbridge.co.jp>"],
        "subject": "旅券発送のご連絡（EMS 追跡番号）",
        "charset": "iso-2022-jp",
        "body": """トラベルブリッジ ビザ課 御中

お世話になっております。日の出産業の塙です。

中国ビザ申請分（申請番号 TB-V-26-1142〜1144、3名分）の旅券原本と
申請書類を、本日EMSで発送いたしました。

　追跡番号：EJ 487 122 365 JP
　到着予定：11月4日（水）午前

到着しましたらご一報いただけますと幸いです。
受領後の申請日程もあわせてお知らせください。
""" + SIG_HANAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Shipping notice with application and tracking numbers only.",
    },
    # 042 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-042",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際物流部 <kokusai@aoba-unyu.co.jp>"],
        "subject": "【極秘】ヤンゴン事務所 一時閉鎖に伴う家財・機材の搬出相談",
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━━━━━━━
　取扱区分：極秘（対策本部限り）
━━━━━━━━━━━━━━━━━━━━

青葉運輸株式会社
国際物流部 ご担当者様

いつもお世話になっております。日の出産業 海外安全管理室の藤堂です。

現地情勢により、ヤンゴン連絡事務所を一時閉鎖する方向で検討しております。
正式決定前のため社内でも限られた者のみで進めている案件ですが、
事務所機材（サーバ2台、書類保管庫）および駐在員家財（6世帯）の
搬出・保管についてご相談させてください。

　想定時期：11月中旬〜下旬
　搬出先　：バンコク保税倉庫（一時保管）→ 日本

概算見積りと、通関上の留意点をご教示いただけますと助かります。
""" + SIG_TODO,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Subject and a classification banner mark the mail 極秘; it goes to an external (partner) company.",
    },
    # 043 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-043",
        "sender": "Yukari Hanawa <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["Lion Point Travel Operations <ops@lionpoint-travel.com.sg>"],
        "subject": "Re: Group transfer Changi - confirmation of passenger details",
        "charset": "utf-8",
        "body": """Dear Mei Ling,

Thank you - all details are correct. Please go ahead with the two vans.

Best regards,
Yukari

On Tue, 3 Nov 2026 at 16:42, Tan Mei Ling <ops@lionpoint-travel.com.sg> wrote:
> Dear Ms Hanawa,
>
> Please confirm the passenger details for the airport transfer on Nov 10:
>
> 1. KITO Masaki        Passport TK2261590   +81 80-6612-3094
> 2. TESHIGAWARA Nozomi Passport MZ8830471   +81 90-2287-5516
> 3. TAKANASHI Jun      Passport TH1109384   +81 70-3345-8821
> 4. IJUIN Kei          Passport TR5530267   +81 80-9917-0452
> 5. KOKUBU Yui         Passport TS7719043   +81 90-7740-6183
> 6. BABAZONO Daigo     Passport TZ4406618   +81 80-1526-9907
>
> Kind regards,
> Tan Mei Ling, Lion Point Travel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The passenger list with passports is only in text quoted from the recipient's own mail ('On ... wrote:'); new text has none.",
    },
    # 044 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-044",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["ビザサポートセンター 東京 <tokyo@visa-support.co.jp>"],
        "subject": "みなし再入国許可に関するご相談（当社社員 グエン・ヴァン・ミン）",
        "charset": "utf-8",
        "body": """ビザサポートセンター株式会社
東京オフィス 行政書士 大橋様

お世話になっております。日の出産業 人事部の水無瀬です。

当社のベトナム籍社員が、ハノイの現地法人へ約14か月の長期出張となります。
みなし再入国許可（1年）では期間が足りないため、
再入国許可の申請をお願いしたく、本人情報をお送りします。

　氏名　　　：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　生年月日　：1994年4月12日
　在留カード番号：UH48207719EN
　在留資格　：技術・人文知識・国際業務（在留期限 2028年3月31日）
　出国予定日：2026年12月1日

申請に必要な書類と、ご本人の出頭要否をご教示ください。
""" + SIG_MINASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "A residence card number (在留カード) of one employee to an outside visa agent.",
    },
    # 045 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-045",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
        "subject": "FW: 【RiskWatch週報】東南アジア治安情報 第42号",
        "charset": "iso-2022-jp",
        "body": """北国フーズ 総務部 御中

お世話になっております。日の出産業の安西です。
先日話題に出ましたリスクウォッチ社の週報を転送いたします。
（同社の了解を得て、協力会社への転送は可となっております）

----- Forwarded Message -----
From: RiskWatch Japan <weekly@riskwatch.jp>
Subject: 【RiskWatch週報】東南アジア治安情報 第42号

■フィリピン：マニラ首都圏でバイク2人組による路上強盗が増加。
　マカティ、BGC周辺の夜間徒歩移動は控えてください。
■インドネシア：ジャカルタ中心部で労働組合のデモ予定（11/4、11/11）。
　タムリン通り・独立記念塔周辺を避けてください。
■ベトナム：ハノイでデング熱の報告数が前年同期比1.8倍。蚊対策の徹底を。
■タイ：南部3県で爆発事案。当該地域への渡航は引き続き中止を推奨。

本週報の無断転載を禁じます。
----------------------------
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Forwarded security newsletter with no personal data.",
    },
    # 046 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-046",
        "sender": "五味 誠 <gomi-s@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
        "subject": "安否確認 手動集計結果（システム障害時分）の取込依頼",
        "charset": "utf-8",
        "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>ツバサシステム株式会社<br>サポートセンター御中</p>
<p>お世話になっております。日の出産業 情報システム部の五味です。<br>
10/12の障害時間帯に電話で集計した安否確認結果を、履歴として取り込んでいただけますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>社員番号</th><th>氏名</th><th>所在国</th><th>状況</th><th>連絡先（携帯）</th></tr>
<tr><td>H10482</td><td>漆畑 晃一</td><td>ベトナム</td><td>無事</td><td>+84 91 224 7730</td></tr>
<tr><td>H11930</td><td>東雲 沙耶</td><td>ベトナム</td><td>無事</td><td>+84 91 224 7731</td></tr>
<tr><td>H09215</td><td>九十九 勇人</td><td>ベトナム</td><td>無事</td><td>+84 90 581 0426</td></tr>
<tr><td>H12077</td><td>舘野 美咲</td><td>ベトナム</td><td>軽傷</td><td>+84 90 581 0427</td></tr>
<tr><td>H08864</td><td>日下部 剛</td><td>フィリピン</td><td>無事</td><td>+63 917 552 0418</td></tr>
<tr><td>H10311</td><td>東海林 和也</td><td>フィリピン</td><td>無事</td><td>+63 917 552 0433</td></tr>
<tr><td>H07702</td><td>喜屋武 透</td><td>タイ</td><td>無事</td><td>+66 89 770 3310</td></tr>
<tr><td>H12540</td><td>五代 真奈</td><td>タイ</td><td>未確認</td><td>+66 86 302 7714</td></tr>
</table>
<p>五味 誠<br>日の出産業株式会社 情報システム部<br>TEL 03-5442-8901</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of 8 employees' safety status and mobiles to the system vendor: a list of people.",
    },
    # 047 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-047",
        "sender": "羽生 忠彦 <hanyu-t@hinode-sangyo.co.jp>",
        "to": ["神崎 先生 <kanzaki@shirakawa-law.jp>"],
        "subject": "【至急】インドネシアでの交通事故に伴う当社社員の身柄拘束について",
        "charset": "cp932",
        "body": """白川法律事務所
神崎 先生

大変お世話になっております。日の出産業 法務部の羽生でございます。
至急ご相談させていただきたい事案が発生いたしました。

昨日（11/1）夕刻、西ジャワ州ブカシ県にて、当社駐在員 八月一日 崇（ほずみ たかし）が
社用車を運転中に二輪車と接触する事故を起こしました。相手方は足を骨折し入院中です。
本人は過失致傷の容疑で現地警察に身柄を拘束され、現在も留置されております。

現地の提携弁護士の選任、保釈手続き、示談の進め方について、
先生のネットワークでご支援いただけないでしょうか。
本日中にお電話でご相談できますと幸いです（羽生 携帯 080-7741-2093）。

日の出産業株式会社 法務部
羽生 忠彦
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's arrest and detention (要配慮個人情報: criminal proceedings) sent to the partner law firm.",
    },
    # 048 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-048",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 東京ベイ 宴会予約 <events@sakura-hotel.jp>"],
        "subject": "会議室ご利用者のご連絡（11/27 海外安全対策会議）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 東京ベイ
宴会予約ご担当 小野寺様

お世話になっております。日の出産業の安西です。
11/27（金）の会議室「桔梗」ご利用につき、当日の責任者と連絡先をお知らせします。
設営の確認などは下記の者へ直接ご連絡ください。

・安西 真理子（責任者）　080-4471-2035
・仙波 亮介　　　　　　　090-4418-2706
・月見里 蓮　　　　　　　070-6620-1948

機材：プロジェクター1台、マイク2本、同時通訳ブース不要
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three contacts with mobiles for a meeting room booking: fewer than five people, may be warned.",
    },
    # 049 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-049",
        "sender": "鬼塚 忠 <onizuka-t@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 外為センター <gaikoku-soukin@midori-ginko.jp>"],
        "subject": "緊急送金（ミャンマー連絡事務所宛）手続きのご相談",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 外為センター 御中

いつもお世話になっております。日の出産業 経理部の鬼塚です。

現地情勢の悪化に伴い、ヤンゴン連絡事務所の運転資金（退避費用を含む）を
至急送金する必要が生じました。下記内容で手続き可能か、ご確認をお願いします。

　送金人　　：日の出産業株式会社（本店営業部 当座）
　受取人　　：Hinode Sangyo Co., Ltd. Yangon Liaison Office
　受取銀行　：Kanbawza Bank, Head Office (SWIFT: KBZBMMMY)
　金額　　　：USD 150,000
　送金目的　：駐在事務所運営費

制裁関連の確認で日数を要する場合は、その目安もお知らせください。

鬼塚 忠
日の出産業株式会社 経理部
TEL 03-5442-8420
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.jp drops the 'co.' of the partner bank's midori-ginko.co.jp: look-alike domain.",
    },
    # 050 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-050",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス 営業部 <sales@worldcare-assist.co.jp>"],
        "subject": "Re: サービス料金表（2027年度）について",
        "charset": "utf-8",
        "body": """ワールドケアアシスタンス 営業部 奥村様

料金表ありがとうございました。藤堂です。
社内検討のため、以下2点だけ確認させてください。

1. WC-SEC-02（セキュリティ退避支援）は、WC-STD-01 とのセット割引の対象ですか。
2. 医療搬送のエスコート費用（WC-MED-EVAC）は、保険会社への直接請求が可能ですか。

よろしくお願いします。

> ■2027年度 法人向けサービス料金（税別）
> WC-STD-01 24時間医療アシスタンス（年会費）     ¥1,200,000
> WC-SEC-02 セキュリティ退避支援（年会費）         ¥  850,000
> WC-MED-EVAC 医療搬送エスコート（1件あたり）     実費＋¥180,000
> WC-EL-10 渡航前eラーニング（100ID）              ¥  220,000
""" + SIG_TODO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Price list and product codes in a reply: ordinary business mail.",
    },
    # 051 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-051",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>"],
        "subject": "APIS登録用 渡航者情報（インド展示会 10名）",
        "charset": "utf-8",
        "body": """トラベルブリッジ 法人デスク 御中

お世話になっております。日の出産業の塙です。
デリー展示会（12/8〜12/12）の団体航空券につき、APIS登録用の渡航者情報を
ZIPにまとめてお送りします（CSV、UTF-8）。

e-Visa の申請状況は別途ご連絡いたします。
""" + SIG_HANAWA,
        "attachments": [
            {
                "kind": "zip",
                "name": "APIS_DEL_1208.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "apis_passengers.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["SURNAME", "GIVEN_NAME", "SEX", "DOB", "NATIONALITY", "PASSPORT_NO", "PASSPORT_EXPIRY"],
                            ["KUGE", "MASAHIRO", "M", "1983-10-02", "JPN", "TK7720318", "2030-04-11"],
                            ["ISURUGI", "NAO", "F", "1991-02-15", "JPN", "MZ1195046", "2033-09-27"],
                            ["HOSOKAWA", "GEN", "M", "1976-08-19", "JPN", "TR2043377", "2029-01-05"],
                            ["AMEMIYA", "SHIORI", "F", "1995-12-01", "JPN", "TS6628810", "2034-06-14"],
                            ["KAJIWARA", "TETSU", "M", "1980-03-03", "JPN", "TH9918402", "2031-11-30"],
                            ["OGATA", "RINA", "F", "1987-05-26", "JPN", "TZ0374519", "2032-02-18"],
                            ["MIYAGI", "KOTA", "M", "1993-07-07", "JPN", "MU2287163", "2035-03-09"],
                            ["SHIMOTSUKI", "EMI", "F", "1985-10-31", "JPN", "TK6609352", "2029-08-22"],
                            ["IWABUCHI", "RYO", "M", "1972-01-17", "JPN", "TR4471836", "2030-12-12"],
                            ["HATTORI", "KANA", "F", "1998-09-09", "JPN", "MZ5530981", "2036-05-01"],
                        ],
                    },
                    {"kind": "txt", "name": "readme.txt", "text": "APIS data for group booking TB-G-26-0388 (10 pax)."},
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "CSV inside an unencrypted ZIP: 10 passengers with DOB and passport numbers.",
    },
    # 052 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-052",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["東日本機械工業健康保険組合 給付課 <kyufu@higashi-kikai-kenpo.or.jp>"],
        "subject": "海外療養費支給申請書の送付（被保険者 漆畑 晃一）",
        "charset": "iso-2022-jp",
        "body": """東日本機械工業健康保険組合
給付課 御中

いつもお世話になっております。
日の出産業株式会社 人事部の水無瀬でございます。

海外出張中に受診した被保険者の海外療養費支給申請書を添付にてお送りします。
原本（領収明細書・診療内容明細書および翻訳文）は本日郵送いたしました。

　事業所記号：1207
　被保険者　：漆畑 晃一（記号 1207　番号 388）
　受診国　　：ベトナム社会主義共和国
　傷病名　　：急性虫垂炎

ご査収のほどよろしくお願いいたします。
""" + SIG_MINASE,
        "attachments": [
            {
                "kind": "docx",
                "name": "海外療養費支給申請書_漆畑.docx",
                "paragraphs": ["健康保険 療養費支給申請書（海外療養費）"],
                "tables": [[
                    ["項目", "内容"],
                    ["被保険者証の記号・番号", "1207 － 388"],
                    ["被保険者氏名", "漆畑 晃一"],
                    ["生年月日", "昭和61年3月22日"],
                    ["傷病名", "急性虫垂炎"],
                    ["診療期間", "令和8年10月23日〜令和8年10月27日（入院5日）"],
                    ["振込先", "みどり銀行 芝支店 普通 4410387 ウルシバタ コウイチ"],
                ]],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Health insurance card symbol/number with a diagnosis and the insured's bank account, to the external health insurance society.",
    },
    # 053 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-053",
        "sender": "Ken Todo <todo-k@hinode-sangyo.co.jp>",
        "to": ["Ms. Nguyen Thi Thao <nguyen.thao@saigonprecision.com.vn>"],
        "subject": "Visit schedule - Nov 18-20",
        "charset": "utf-8",
        "body": """Dear Ms. Thao,

Thank you for arranging the plant visit. Our engineer, Mr. Shunsuke Toneri,
will arrive in Ho Chi Minh City on November 18 and visit your Binh Duong plant
on November 19 and 20.

While in Vietnam he can be reached at +84 93 118 2047 (local SIM).
Should anything happen on site, our 24-hour safety desk is +81-3-5442-8800.

Could you kindly arrange the visitor badge and the safety induction for
the morning of the 19th?

Best regards,
""" + SIG_TODO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One visiting engineer's name and local mobile to a customer: a single contact, may be warned.",
    },
    # 054 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-054",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>", "さくらホテル 香港 <reservations.hkg@sakura-hotel.jp>"],
        "cc": ["伊集院 慶 <ijuin.kei@outlook.jp>"],
        "subject": "香港出張 日程変更の件（1泊延長）",
        "charset": "cp932",
        "body": """トラベルブリッジ 法人デスク様
さくらホテル 香港 ご予約係様
（cc：出張者ご本人）

お世話になっております。日の出産業の塙です。

伊集院の香港出張につき、先方との協議が延びたため1泊延長となりました。
　ホテル：11/12チェックアウト → 11/13チェックアウトへ変更
　航空券：11/12 夕方便 → 11/13 同時刻の便へ変更

ホテル様には延長のご確認、トラベルブリッジ様には航空券の変更手配を
お願いいたします。ご本人の個人アドレスもccに入れております。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "Travel agency, hotel and a private free-mail address: three external parties visible to each other.",
    },
    # 055 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-055",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["鳴海 様 <narumi@riskwatch.jp>"],
        "subject": "危機管理体制表（改定案）ご確認のお願い",
        "charset": "utf-8",
        "body": """リスクウォッチ・ジャパン 鳴海様

お世話になっております。安西です。
机上訓練の前提となる、当社の海外危機管理体制表（改定案）をお送りします。
役割分担と招集基準の妥当性について、ご意見をいただけますと幸いです。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "危機管理体制表_改定案.xlsx",
                "page_header": "部外秘",
                "sheets": {
                    "体制表": [
                        ["【部外秘】海外危機管理対策本部 体制表（改定案 2026.10）"],
                        ["役割", "担当部署", "主な任務", "招集基準"],
                        ["本部長", "代表取締役", "最終意思決定", "レベル3以上"],
                        ["副本部長", "総務担当役員", "本部運営", "レベル2以上"],
                        ["事務局", "海外安全管理室", "情報集約・関係機関連絡", "常時"],
                        ["人事班", "人事部 海外人事G", "家族対応・処遇", "レベル2以上"],
                        ["広報班", "広報部", "報道対応", "事案発生時"],
                        ["法務班", "法務部", "現地法令・訴訟対応", "事案発生時"],
                    ],
                    "招集基準": [
                        ["レベル", "基準"],
                        ["1", "危険情報レベル1発出、または軽微な事件事故"],
                        ["2", "レベル2発出、または社員の負傷"],
                        ["3", "レベル3以上、誘拐・拘束、死亡事故"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Spreadsheet stamped 部外秘 (page header and title row) sent to an external consultant.",
    },
    # 056 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-056",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["危機管理対策本部 <kiki-honbu@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】中東情勢悪化時の退避計画（第2版）",
        "charset": "iso-2022-jp",
        "body": """対策本部メンバー各位

海外安全管理室の藤堂です。
中東地域（UAE・サウジアラビア・カタール）駐在員の退避計画 第2版を配付します。
社外秘につき、社外への転送・持ち出しは禁止です。

主な変更点：
　・陸路退避ルート（リヤド→アンマン）を削除し、空路（ドバイ経由）に一本化
　・家族の先行退避トリガーをレベル2発出時に前倒し

11/6の本部会議で審議します。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "docx",
                "name": "退避計画_中東_第2版.docx",
                "page_header": "社外秘",
                "paragraphs": [
                    "社外秘　中東地域 駐在員退避計画（第2版）",
                    "1. 対象：UAE 14名、サウジアラビア 9名、カタール 4名（帯同家族を含む）",
                    "2. 退避経路：第1案 ドバイ経由商用便、第2案 チャーター（ワールドケア手配）",
                    "3. トリガー：レベル2で家族先行退避、レベル3で全員退避",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 evacuation plan, but sent only to an internal address.",
    },
    # 057 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-057",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス メディカル部 <medical@worldcare-assist.co.jp>"],
        "subject": "赴任前健康診断結果の共有（赴任可否のご意見のお願い）",
        "charset": "cp932",
        "body": """ワールドケアアシスタンス メディカル部
ご担当医師様

お世話になっております。日の出産業 人事部の水無瀬です。

来年1月にナイロビ赴任を予定している社員の赴任前健診で、
いくつか要再検査の項目がありました。現地の医療事情を踏まえた
赴任可否・赴任条件についてご意見を伺えますでしょうか。
健診結果の抜粋をPDFで添付いたします。

当社産業医（嘱託）とも共有させていただく予定です。
""" + SIG_MINASE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "赴任前健診結果_抜粋.pdf",
                "lines": [
                    "海外赴任前 健康診断結果（抜粋）",
                    "氏名：御手洗 亘　　生年月日：1971年9月4日（55歳）　　性別：男",
                    "受診日：2026年10月8日　　受診機関：芝パークサイドクリニック",
                    "血圧：168/102 mmHg（要治療）",
                    "HbA1c：7.4％（要精密検査：糖尿病の疑い）",
                    "γ-GTP：142 U/L（要再検査）",
                    "心電図：左室肥大の所見",
                    "総合判定：D（要医療）",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employee's health check results (要配慮個人情報) sent to the assistance company.",
    },
    # 058 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-058",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["佐藤 真一 様 <sato.m@nichirin-sonpo.co.jp>"],
        "subject": "包括契約（証券番号 KT-2026-000418）の補償範囲に関する確認",
        "charset": "iso-2022-jp",
        "body": """日輪損害保険株式会社
法人営業第三部 佐藤様

お世話になっております。日の出産業の安西です。
現行の包括契約につき、社内規程改定にあたって以下を確認させてください。

1. テロ等対応費用特約：政府の退避勧告に基づく自主退避の航空券差額は対象か。
2. 救援者費用：家族が現地へ向かう場合の渡航費は何名分まで対象か。
3. 疾病治療費用：出発前からの既往症の急激な悪化は対象か（特約の有無）。
4. 帯同家族：包括契約への追加は可能か、個別契約とすべきか。

12月の規程改定会議までにご回答いただけますと幸いです。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Questions about policy coverage with the company's policy number only.",
    },
    # 059 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-059",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["あおぞら保険サービス 事故受付 <kaigai-claim@aozora-hoken.co.jp>"],
        "subject": "Re: 警察証明書（Police Report）の再送",
        "charset": "utf-8",
        "body": """あおぞら保険サービス 事故受付 ご担当者様

お世話になっております。安西です。
先日お送りしたPoliceReportのスキャンが読めないとのこと、失礼いたしました。
スキャンし直したものを再送いたします。

今回も開けない場合は、原本のコピーを郵送いたします。
""" + SIG_ANZAI,
        "attachments": [
            {"kind": "corrupt", "name": "police_report_MPS7-2026-10-4471.pdf"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached PDF scan is corrupt and cannot be inspected.",
    },
    # 060 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-060",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["柳沢 亮 様 <yagisawa-r@kawasaki-denki.co.jp>"],
        "subject": "現地医療機関・アシスタンス 24時間窓口一覧",
        "charset": "utf-8",
        "body": """川崎電機 柳沢様

お世話になっております。日の出産業の安西です。
共同派遣チーム向けに、現地の日本語対応医療機関と
アシスタンス会社の24時間窓口をまとめました。携行カードの裏面用です。

都市        医療機関（日本語デスク）                     電話
----------  -------------------------------------------  -----------------
ハノイ      Hanoi Family International Hospital          +84 24 3843 0748
ホーチミン  Saigon Central Clinic（Japanese Desk）       +84 28 3822 6610
マニラ      Makati Medical Plaza（Japan Help Desk）      +63 2 8888 1900
バンコク    Chao Phraya International Hospital           +66 2 022 2222
ジャカルタ  Medistra Jakarta International Clinic        +62 21 521 0200

アシスタンス（24時間・日本語）
  ワールドケアアシスタンス  0120-55-8021（日本）／+81-3-6809-4400（海外から）
  Meridian Assistance       +65 6338 7800

※電話番号は各機関の代表番号です。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "List of hospitals and assistance hotlines: businesses, not people.",
    },
    # 061 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-061",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス オペレーション <ops@worldcare-assist.co.jp>"],
        "subject": "FW: ジャカルタ 現地スタッフ緊急連絡網（更新版）",
        "charset": "utf-8",
        "body": """ワールドケアアシスタンス オペレーションセンター 御中

お世話になっております。安西です。
ジャカルタ事務所から届いた現地スタッフの緊急連絡網を転送いたします。
デモ激化時の所在確認に使用いただけますようお願いいたします。

-------- Forwarded Message --------
From: 四十物 聡 <aimono-s@hinode-sangyo.co.jp>
Date: 2026/10/29 18:12
Subject: ジャカルタ 現地スタッフ緊急連絡網（更新版）

安西さん

ジャカルタの四十物です。現地スタッフの連絡網を更新しました。
個人携帯・個人メールしかつながらない者がいるため、そちらで記載しています。

Name                    Position        Private mobile      Private e-mail
----------------------  --------------  ------------------  -----------------------------
Budi Santoso            Office Manager  +62 812 8830 4471   budi.santoso77@gmail.com
Siti Rahmawati          Accountant      +62 813 1922 0586   siti.rahma@yahoo.co.id
Agus Prasetyo           Driver          +62 821 4470 3319   agusprasetyo.jkt@gmail.com
Dewi Lestari            Secretary       +62 857 1180 2294   dewi.lestari.89@outlook.com
Rizky Hidayat           Engineer        +62 811 9027 6648   rizky.hidayat@gmail.com
Made Wirawan            IT Support      +62 878 3361 5502   madewira@yahoo.com

四十物
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Forward of an internal mail: six local staff with private mobiles and e-mails go to an outside company (a forward counts).",
    },
    # 062 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-062",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["ビザサポートセンター 決済窓口 <payments@visa-support.co.jp>"],
        "subject": "査証申請手数料のお支払いについて（請求番号 VS-26-7702）",
        "charset": "iso-2022-jp",
        "body": f"""ビザサポートセンター 決済窓口 御中

お世話になっております。日の出産業の塙です。
請求番号 VS-26-7702（インド Employment Visa 3名分 申請代行料および実費）の
お支払いを、法人カードにてお願いいたします。

　カード番号：{card_number(SEED + 11)}
　有効期限　：11/28
　カード名義：HINODE SANGYO / YUKARI HANAWA
　金額　　　：198,330円

決済完了後、領収書をPDFでお送りいただけますでしょうか。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "A credit card number (corporate card in the sender's name) sent by mail to a visa agent.",
    },
    # 063 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-063",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>"],
        "subject": "【変更】帰国便の前倒しのお願い（蛭田様）",
        "charset": "cp932",
        "body": """トラベルブリッジ 法人デスク 御中

お世話になっております。日の出産業の塙です。

ハノイ出張中の蛭田 和樹様が現地で体調を崩されたため、
予定を切り上げて帰国いただくことになりました。

　現行：11/14（土）VN 310 ハノイ → 成田
　変更希望：11/9（月）以降で最も早い便（ビジネスクラス可）

本人は歩行に支障はありませんが、念のため通路側・前方座席でお願いします。
変更手数料は会社負担で結構です。
""" + SIG_HANAWA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "Names one traveller who 'fell ill' with no diagnosis: whether this is health information of a person is a judgement call.",
    },
    # 064 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-064",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "「海外渡航者携帯カード」印刷のお見積り依頼",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の安西です。

海外渡航者に配布する携帯カード（名刺サイズ・二つ折り）の
印刷をお願いしたく、お見積りをお願いいたします。

　部数：2,000部
　仕様：名刺サイズ二つ折り、両面カラー、PP加工（耐水）
　納期：12月18日（金）弊社着

レイアウト案（記入欄は空欄のまま）をWordで添付します。
記入欄は渡航者が各自手書きする想定です。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "docx",
                "name": "携帯カード_レイアウト案.docx",
                "paragraphs": ["海外渡航者携帯カード（表面）", "EMERGENCY CARD / 緊急連絡カード"],
                "tables": [[
                    ["項目", "記入欄"],
                    ["氏名 / Name", ""],
                    ["血液型 / Blood type", ""],
                    ["アレルギー / Allergies", ""],
                    ["緊急連絡先 / Emergency contact", ""],
                    ["海外安全デスク（24h）", "+81-3-5442-8800"],
                    ["ワールドケアアシスタンス", "+81-3-6809-4400"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Blank emergency-card template for a printer: labels without anyone's data.",
    },
    # 065 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-065",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["在ホーチミン日本国総領事館 領事班 <ryoji@embjp-hcmc.jp>"],
        "subject": "在留届（一括）提出について — 日の出産業 ホーチミン事務所",
        "charset": "utf-8",
        "body": """在ホーチミン日本国総領事館
領事班 御中

いつもお世話になっております。日の出産業株式会社 人事部の水無瀬と申します。

当社ホーチミン事務所の開設に伴い、赴任者および帯同家族の在留届を
一括で提出させていただきたく、所定の記載事項を表にまとめました。
個人ごとのオンライン届出（ORRネット）が必要でしたらご指示ください。
""" + SIG_MINASE,
        "attachments": [
            {
                "kind": "docx",
                "name": "在留届_一括_日の出産業HCMC.docx",
                "title": "在留届（一括）",
                "paragraphs": ["在留届（一括提出）　日の出産業株式会社 ホーチミン事務所", "提出日：2026年11月2日"],
                "tables": [[
                    ["氏名", "続柄", "生年月日", "旅券番号", "日本国内の連絡先", "現地電話"],
                    ["釘宮 翔太", "本人", "1990/02/14", "TR8830175", "大分県大分市中島西2-4-1 釘宮 信二", "+84 93 771 2046"],
                    ["釘宮 里奈", "妻", "1991/06/03", "TR8830176", "同上", "+84 93 771 2047"],
                    ["釘宮 悠真", "長男", "2020/09/28", "TR8830177", "同上", ""],
                    ["舞田 健吾", "本人", "1983/12/09", "MZ6602281", "静岡県浜松市中央区鍛冶町100-1 舞田 節子", "+84 90 330 5518"],
                    ["舞田 さくら", "妻", "1985/03/17", "MZ6602282", "同上", "+84 90 330 5519"],
                    ["蓮見 大輔", "本人", "1979/08/01", "TH4418890", "宮城県仙台市青葉区一番町3-7-2 蓮見 茂", "+84 91 602 8874"],
                    ["雫石 葵", "本人", "1996/01/22", "TZ0951334", "岩手県盛岡市大通2-8-15 雫石 直子", "+84 98 114 2390"],
                    ["上遠野 誠", "本人", "1974/05/05", "TS2270619", "福島県いわき市平字田町40 上遠野 典子", "+84 90 227 6631"],
                    ["上遠野 典子", "妻", "1976/10/12", "TS2270620", "同上", "+84 90 227 6632"],
                ]],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 9 expats and family members with DOB, passport numbers and addresses to a consulate: list and identifiers.",
    },
    # 066 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-066",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
        "subject": "海外進出企業安全協議会 12月例会のご案内（転送）",
        "charset": "iso-2022-jp",
        "body": """北国フーズ 総務部 御中

お世話になっております。日の出産業の安西です。
先日お話しした協議会の12月例会の案内を、元のメールのまま添付します。
オブザーバー参加も可能とのことですので、ご検討ください。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "eml",
                "name": "協議会12月例会のご案内.eml",
                "message": {
                    "sender": "海外進出企業安全協議会 事務局 <info@kaigai-kyogikai.or.jp>",
                    "to": ["会員各位 <members@kaigai-kyogikai.or.jp>"],
                    "subject": "【12月例会】海外安全情報交換会のご案内",
                    "charset": "iso-2022-jp",
                    "body": """会員各位

海外進出企業安全協議会 事務局です。
12月例会を下記のとおり開催いたします。

日時：2026年12月10日（木）15:00〜17:00
会場：千代田区内幸町 協議会会議室（オンライン併用）
議題：1. 2026年 邦人被害事案の傾向（外部講師）
　　　2. 各社の退避訓練事例の共有
　　　3. 来年度の共同訓練について

参加申込：会員専用ページより11月30日まで

海外進出企業安全協議会 事務局
TEL 03-3501-7720
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Forwarded event notice as an attached .eml: no personal data.",
    },
    # 067 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-067",
        "sender": "五味 誠 <gomi-s@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <onboarding@tsubasa-systems.jp>"],
        "subject": "安否確認システム 管理者アカウント発行依頼",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
導入支援チーム御中

お世話になっております。日の出産業 情報システム部の五味です。
海外拠点追加に伴い、管理者アカウントを3件発行してください。

1) 安西 真理子　anzai-m@hinode-sangyo.co.jp　携帯 080-4471-2035　権限：全体管理
2) 藤堂 健　　　todo-k@hinode-sangyo.co.jp　　携帯 080-2215-4470　権限：全体管理
3) 桐生 隼人　　kiryu-h@th.hinode-sangyo.co.jp　携帯 +66 81 455 2190　権限：タイ拠点

初期パスワードは各自の携帯にSMSで通知いただく設定でお願いします。

五味 誠
日の出産業株式会社 情報システム部
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-systems.jp adds a letter to the partner domain tsubasa-system.jp: look-alike.",
    },
    # 068 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-068",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["さくらホテル クアラルンプール 宴会 <banquet.kul@sakura-hotel.jp>"],
        "subject": "11/5 夕食会のお料理について（ハラール対応のお願い）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル クアラルンプール
宴会ご担当 Ms. Farah

お世話になっております。日の出産業の塙でございます。
11/5（木）19:00からの夕食会（12名）のお料理についてお願いがございます。

ご参加者のうち、下記のお二人はイスラム教徒でいらっしゃるため、
ハラール認証の食材でのご用意と、アルコールを含まない調味料の使用をお願いいたします。
また、夕食会の途中でお祈りの時間が入りますので、別室のご用意が可能か
ご確認いただけますでしょうか。

　・Arif Rahman 様（当社マレーシア法人 営業部長）
　・西条 ハディージャ 様（当社 海外営業部）

その他の方は通常のコースで結構です。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Names two people's religion (イスラム教徒) to a hotel: 要配慮個人情報 (religion).",
    },
    # 069 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-069",
        "sender": "Ken Todo <todo-k@hinode-sangyo.co.jp>",
        "to": ["Joseph Okafor <j.okafor@meridian-assist.com>"],
        "cc": ["安西 真理子 <anzai-m@hinode-sangyo.co.jp>"],
        "subject": "Typhoon season preparedness - our travel freeze criteria",
        "charset": "utf-8",
        "body": """Hi Joseph,

Ahead of the typhoon season in the Philippines and Vietnam, this is how we
intend to apply travel freezes this year. I'd welcome your comments.

  - Signal No. 3 or higher (PAGASA) for the destination: no new departures
  - Signal No. 4: travellers in country shelter in place at approved hotels
  - Airport closure > 24h: assistance to check alternative routings via SIN/BKK

We would also like your daily briefing to include flight cancellation data
for MNL, CEB, SGN and DAD during active storms.

Thanks,
Ken
""" + SIG_TODO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English policy discussion with one external address (colleague in Cc is internal).",
    },
    # 070 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-070",
        "sender": "Hayato Kiryu <kiryu-h@hinode-sangyo.co.jp>",
        "to": [
            "Ms. Nguyen Thi Thao <nguyen.thao@saigonprecision.com.vn>",
            "Hanoi Logistics Ops <ops@hanoi-logistics.vn>",
            "Mekong Packaging Sales <sales@mekong-packaging.com.vn>",
        ],
        "subject": "Temporary closure of our Hanoi office (Oct 28-30)",
        "charset": "utf-8",
        "body": """Dear partners,

Due to the planned demonstrations around Hoan Kiem district, our Hanoi office
will be closed from October 28 to 30. Staff will work remotely.

- Deliveries scheduled for these days will be moved to October 31.
- Urgent matters: please call our Ho Chi Minh City office, +84 28 3822 4170.
- E-mail will be answered as usual.

We apologise for any inconvenience.

Best regards,
Hayato Kiryu
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external companies in To see each other's addresses (should have been Bcc).",
    },
    # 071 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-071",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["鳴海 様 <narumi@riskwatch.jp>"],
        "subject": "机上訓練（12/10）用 説明資料",
        "charset": "iso-2022-jp",
        "body": """リスクウォッチ・ジャパン 鳴海様

お世話になっております。藤堂です。
12/10の机上訓練で冒頭に使う説明資料（PowerPoint）をお送りします。
シナリオ部分は御社案をそのまま使っています。差し替えがあればお知らせください。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "机上訓練_説明資料_1210.pptx",
                "title": "海外危機管理 机上訓練",
                "page_footer": "日の出産業株式会社 海外安全管理室",
                "slides": [
                    ["海外危機管理 机上訓練 2026", "日時：12月10日 13:00〜17:00", "会場：日の出ビル 8階 対策本部室"],
                    ["訓練の目的", "初動72時間の意思決定手順の確認", "関係機関（保険・アシスタンス）との連携確認"],
                    ["シナリオ概要", "駐在国で大規模デモが発生、空港閉鎖の可能性", "駐在員1名と連絡が取れない"],
                    ["連絡先（訓練用）", "海外安全デスク 03-5442-8800", "ワールドケア 03-6809-4400"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Training slide deck with scenario and switchboard numbers only.",
    },
    # 072 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-072",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["佐藤 真一 様 <sato.m@nichirin-sonpo.co.jp>"],
        "subject": "2026年度上期 保険金請求状況（集計）",
        "charset": "utf-8",
        "body": """日輪損害保険 佐藤様

お世話になっております。安西です。
更改協議の参考資料として、当社側で把握している上期の請求状況を
集計表（PDF）にしました。個人別の内訳は含めておりません。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求状況集計_2026上期.pdf",
                "lines": ["2026年度上期（4〜9月）海外旅行保険 請求状況", "日の出産業株式会社 海外安全管理室"],
                "table": [
                    ["月", "治療・救援", "携行品", "遅延", "賠償", "計"],
                    ["4月", "2", "1", "3", "0", "6"],
                    ["5月", "1", "2", "4", "0", "7"],
                    ["6月", "3", "0", "2", "0", "5"],
                    ["7月", "2", "2", "5", "1", "10"],
                    ["8月", "4", "1", "3", "0", "8"],
                    ["9月", "2", "3", "4", "0", "9"],
                    ["計", "14", "9", "21", "1", "45"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Monthly claim counts by type: statistics, no individuals.",
    },
    # 073 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-073",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人 神田事務所 <info@kanda-sr-office.jp>"],
        "subject": "社会保障協定 適用証明書 交付申請の代行依頼（ドイツ赴任者）",
        "charset": "cp932",
        "body": """社会保険労務士法人 神田事務所
ご担当 宇佐見先生

いつもお世話になっております。日の出産業 人事部の水無瀬です。

来年1月にドイツ現地法人へ赴任する社員について、
日独社会保障協定に基づく適用証明書の交付申請をお願いいたします。

　氏名　　　　：薬師寺 美緒（やくしじ みお）
　生年月日　　：平成元年５月１７日
　基礎年金番号：４３１８－２０７７６５
　赴任期間　　：2027年1月8日〜2030年1月7日（予定）
　派遣先　　　：Hinode Sangyo Europe GmbH（Düsseldorf）

必要書類がございましたらご指示ください。
""" + SIG_MINASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "A basic pension number (full-width digits) of one employee to an outside labour consultant.",
    },
    # 074 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-074",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["あおぞら保険サービス 事故受付 <kaigai-claim@aozora-hoken.co.jp>"],
        "subject": "RE: 請求書類不備のご連絡（10月受付分）",
        "charset": "iso-2022-jp",
        "body": """あおぞら保険サービス 事故受付 小田切様

ご連絡ありがとうございます。安西です。
ご指摘の不足書類は、各本人に確認のうえ今週中にまとめてお送りします。

安西

-----Original Message-----
From: 小田切 (あおぞら保険サービス) <kaigai-claim@aozora-hoken.co.jp>
Sent: Monday, November 2, 2026 10:05 AM
To: 安西 真理子 <anzai-m@hinode-sangyo.co.jp>
Subject: 請求書類不備のご連絡（10月受付分）

日の出産業株式会社 安西様

10月受付分のうち、下記の請求で書類が不足しております。

受付番号        被保険者        生年月日     内容                       不足書類
2026-HX-08812   漆畑 晃一       1986/03/22   急性虫垂炎 入院            診療明細書原本
2026-HX-09140   東海林 和也     1990/12/05   強盗被害 顔面打撲          警察証明書
2026-HX-09177   日下部 剛       1982/04/18   航空機遅延                 遅延証明書
2026-HX-09203   雲母 智子       1982/06/06   車いす破損（携行品）       修理見積書
2026-HX-09255   鬼頭 正樹       1979/02/27   食中毒 外来                領収書
2026-HX-09261   国分 結衣       1994/08/30   スマートフォン盗難         購入証明

お手数ですがご手配をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The claimant list with DOB and diagnoses is only in the quoted Original Message from the recipient; new text has none.",
    },
    # 075 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-075",
        "sender": "鬼塚 忠 <onizuka-t@hinode-sangyo.co.jp>",
        "to": ["石崎 様 <ishizaki@aozora-hoken.co.jp>"],
        "subject": "保険料精算資料の送付（パスワードは別送します）",
        "charset": "utf-8",
        "body": """あおぞら保険サービス 石崎様

お世話になっております。日の出産業 経理部の鬼塚です。
上期の保険料精算資料をZIPでお送りします。
解凍用パスワードは、この後のメールでお知らせします。

鬼塚 忠
日の出産業株式会社 経理部 経理課
TEL 03-5442-8420
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "hokenryo_seisan_2026H1.zip",
                "password": "Seisan-2026H1!",
                "files": [
                    {"kind": "xlsx", "name": "精算明細.xlsx", "sheets": {"精算": [["区分", "日数", "保険料"], ["出張", 6120, 4896000]]}},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Encrypted ZIP (password sent separately): the attachment cannot be inspected.",
    },
    # 076 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-076",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス オペレーション <ops@worldcare-assist.co.jp>"],
        "subject": "渡航者登録（単独出張 1名・ナイジェリア）",
        "charset": "iso-2022-jp",
        "body": """ワールドケアアシスタンス オペレーションセンター 御中

お世話になっております。日の出産業の安西です。
高リスク地域への単独出張のため、渡航者登録と毎日の定時連絡の設定をお願いします。

　渡航者　：御手洗 亘（みたらい わたる）
　渡航先　：ナイジェリア ラゴス
　期間　　：11月23日〜11月28日
　宿泊先　：Eko Atlantic Marina Hotel（Victoria Island）
　現地携帯：+234 803 417 2290
　定時連絡：毎日 現地18:00（日本時間 翌2:00）にSMS

空港〜ホテル間の送迎は、御社手配のセキュリティ車両でお願いいたします。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One traveller's itinerary and mobile to the assistance company: a single person, may be warned.",
    },
    # 077 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-077",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["Eastern Seaboard IE Security Gate <gate@eastseaboard-ie.co.th>"],
        "subject": "工場見学者の事前登録（11/12 日の出産業）",
        "charset": "utf-8",
        "body": """イースタンシーボード工業団地
セキュリティゲート ご担当者様（日本語デスク経由）

お世話になっております。日の出産業の藤堂です。
11月12日（木）にテナント工場（Plot B-17）を訪問する者の事前登録をお願いします。

【1】氏名：久下 正大（クゲ マサヒロ）
　　生年月日：昭和５８年１０月２日
　　携帯：０９０－３３１８－７７０４
【2】氏名：石動 奈緒（イスルギ ナオ）
　　生年月日：平成３年２月１５日
　　携帯：０８０－６２０９－１１５３
【3】氏名：細川 玄（ホソカワ ゲン）
　　生年月日：Ｓ５１．８．１９
　　携帯：０７０－４４８１－９０２６
【4】氏名：雨宮 栞（アメミヤ シオリ）
　　生年月日：Ｈ７．１２．１
　　携帯：０９０－５５０２－３６１８
【5】氏名：梶原 哲（カジワラ テツ）
　　生年月日：昭和５５年３月３日
　　携帯：０８０－２７７３－４０９５
【6】氏名：緒方 里奈（オガタ リナ）
　　生年月日：昭和６２年５月２６日
　　携帯：０７０－８１１９－６２０７
【7】氏名：宮城 康太（ミヤギ コウタ）
　　生年月日：平成５年７月７日
　　携帯：０９０－１４０６－５８３９

入構は 9:30 予定、車両はレンタカー1台（ナンバー後日連絡）です。
""" + SIG_TODO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Seven visitors, one block each, with 和暦 DOB and full-width mobiles: a list of people.",
    },
    # 078 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-078",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["スカイライン旅行 法人営業 <houjin@skyline-tabi.co.jp>"],
        "subject": "当社 海外出張規程 細則のご共有（新規お取引に際して）",
        "charset": "cp932",
        "body": """株式会社スカイライン旅行
法人営業部 ご担当者様

お世話になっております。日の出産業の安西です。
来年度からの出張手配のお取引開始にあたり、手配時に守っていただきたい
当社の海外出張規程の細則（抜粋）をお送りします。
航空会社・ホテルの選定基準は第4条、第5条をご確認ください。
""" + SIG_ANZAI,
        "attachments": [
            {
                "kind": "docx",
                "name": "海外出張規程_細則_抜粋.docx",
                "page_header": "取扱注意",
                "paragraphs": [
                    "【取扱注意】海外出張規程 細則（抜粋）",
                    "第4条（航空会社の選定）安全監査で不適合とされた航空会社は利用しない。",
                    "第5条（宿泊施設）当社推奨リストのA・Bランクに限る。レベル2地域はAランクのみ。",
                    "第8条（渡航の禁止）危険情報レベル3以上の地域への渡航は、対策本部長の許可なく行わない。",
                    "第11条（役員の渡航）役員の行程情報は、手配関係者以外に開示しない。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped 取扱注意 (header and title) sent to a new travel agency.",
    },
    # 079 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-079",
        "sender": "鬼塚 忠 <onizuka-t@hinode-sangyo.co.jp>",
        "to": ["法人カード管理 <keiri-card@hinode-sangyo.co.jp>"],
        "subject": "海外出張用 法人カード 再発行分の登録",
        "charset": "iso-2022-jp",
        "body": f"""カード管理ご担当

経理の鬼塚です。
不正利用の疑いで停止・再発行となった法人カード3枚が届きました。
経費システムへの登録をお願いします。

　利用者　　　カード番号　　　　　　　　有効期限
　東海林 和也　{_g4(card_number(SEED + 13))}　　10/31
　日下部 剛　　{_g4(card_number(SEED + 14))}　　10/31
　御厨 貴之　　{_g4(card_number(SEED + 15))}　　10/31

旧カードは本日付で無効化済みです。
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "Card numbers with holders, but sent only to an internal mailbox.",
    },
    # 080 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-080",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 引越センター <hikkoshi@aoba-unyu.com>"],
        "subject": "帰任者の引越し（ジャカルタ→東京）お見積り依頼",
        "charset": "utf-8",
        "body": """青葉運輸株式会社
引越センター 御中

お世話になっております。日の出産業 人事部の水無瀬です。
ジャカルタ駐在員の帰任に伴う海外引越しのお見積りをお願いいたします。

　帰任者　　：一戸 拓海 様
　現地住所　：Jl. Kemang Raya No. 18, Jakarta Selatan
　国内搬入先：東京都世田谷区桜新町二丁目9番4号 パークハイツ桜新町302
　携帯　　　：+62 811 1904 2267
　搬出希望　：12月第2週
　荷物量　　：3LDK相当（船便・航空便の併用）

現地下見のご都合を、本人と直接調整いただいて結構です。
""" + SIG_MINASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "aoba-unyu.com is a TLD swap of the partner aoba-unyu.co.jp: look-alike domain.",
    },
    # 081 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-081",
        "sender": "海外安全デスク <kaigai-anzen@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
        "subject": "海外安全ニュース 11月号（協力会社向け）",
        "charset": "utf-8",
        "body": """北国フーズ 総務部 御中

海外安全ニュース 11月号をお送りします。
国別の危険レベル一覧は添付のHTMLでもご覧いただけます。

日の出産業株式会社 海外安全デスク
""",
        "html": """<html><body>
<h3>海外安全ニュース 11月号</h3>
<p>協力会社の皆さまへ：今月の主な動きをお知らせします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>国・地域</th><th>危険レベル</th><th>今月の注意点</th></tr>
<tr><td>フィリピン（マニラ首都圏）</td><td>1</td><td>路上強盗、台風</td></tr>
<tr><td>ベトナム（ハノイ）</td><td>なし</td><td>デング熱、デモ</td></tr>
<tr><td>インドネシア（ジャカルタ）</td><td>1</td><td>労働デモ</td></tr>
<tr><td>ミャンマー（ヤンゴン）</td><td>3</td><td>渡航中止勧告</td></tr>
<tr><td>タイ（南部3県）</td><td>3</td><td>爆発事案</td></tr>
</table>
<p>日の出産業株式会社 海外安全デスク（24時間）03-5442-8800</p>
</body></html>""",
        "attachments": [
            {
                "kind": "html",
                "name": "risk_levels_202611.html",
                "html": "<html><body><h1>国別危険レベル一覧（2026年11月1日現在）</h1><ul><li>ミャンマー：レベル3</li><li>タイ南部3県：レベル3</li><li>フィリピン ミンダナオ島西部：レベル3</li><li>インドネシア パプア州：レベル2</li></ul></body></html>",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Newsletter with an HTML table of country risk levels and an HTML attachment: no personal data.",
    },
    # 082 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-082",
        "sender": "Hayato Kiryu <kiryu-h@hinode-sangyo.co.jp>",
        "to": ["HR Department, Saigon Precision <hr@saigonprecision.com.vn>"],
        "subject": "Notification - one of our engineers tested positive for dengue",
        "charset": "utf-8",
        "body": """Dear HR team,

We would like to inform you that our engineer, Mr. Ren TSUKIMIZATO (月見里 蓮),
who worked at your Binh Duong plant from October 26 to 30, was diagnosed with
dengue fever (NS1 antigen positive) on November 3 and is being treated as an
inpatient at Saigon Central Clinic.

Dengue is not transmitted person to person, but as the plant area may have
mosquito breeding sites, we recommend a check of the surroundings of
Building C, where he spent most of his time.

Please contact me if you need more information.

Best regards,
Hayato Kiryu
Hinode Sangyo Co., Ltd. - Vietnam Liaison
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named engineer's diagnosis and hospitalisation sent to a customer: 要配慮個人情報.",
    },
    # 083 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-083",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>"],
        "cc": ["さくらホテル シンガポール <reservations.sin@sakura-hotel.jp>"],
        "subject": "シンガポール出張 3名 手配（ホテル・空港送迎）",
        "charset": "iso-2022-jp",
        "body": """トラベルブリッジ 法人デスク様
（cc）さくらホテル シンガポール様

お世話になっております。日の出産業の塙です。
下記3名のシンガポール出張につき、航空券とホテル・空港送迎の手配をお願いします。
ホテル様には送迎車の時間調整のため cc でお送りしています。

　・勅使河原 望　090-2287-5516
　・小鳥遊 純　　070-3345-8821
　・国分 結衣　　090-7740-6183

　日程：12/1（火）羽田 9:55発 → チャンギ 16:10着、12/4（金）帰国
　ホテル：さくらホテル シンガポール（3泊、シングル×3）
""" + SIG_HANAWA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["multiple_external_domains", "personal_data"],
        "note": "Two external organisations and three travellers' mobiles: a normal three-way mail with fewer than five people.",
    },
    # 084 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-084",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["ビザサポートセンター 東京 <tokyo@visa-support.co.jp>"],
        "subject": "査証申請 追加書類（住民票の写し）送付",
        "charset": "iso-2022-jp",
        "body": """ビザサポートセンター 東京オフィス 大橋様

お世話になっております。日の出産業の水無瀬です。
家族帯同ビザの申請に必要とのことで、住民票の写し（世帯全員）を
スキャンしてお送りします。

よろしくお願いいたします。
""" + SIG_MINASE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "住民票の写し_久下.pdf",
                "title": "住民票の写し",
                "lines": [
                    "住民票の写し",
                    "住所　埼玉県さいたま市浦和区高砂三丁目5番12号",
                    "世帯主　久下 正大",
                    "",
                    "氏名　久下 正大（くげ まさひろ）",
                    "生年月日　昭和58年10月2日　　性別　男　　続柄　世帯主",
                    f"個人番号　{my_number(SEED + 7)}",
                    "",
                    "氏名　久下 美帆（くげ みほ）",
                    "生年月日　昭和60年6月19日　　性別　女　　続柄　妻",
                    f"個人番号　{my_number(SEED + 8)}",
                    "",
                    "この写しは、住民票の原本と相違ないことを証明する。",
                    "令和8年10月30日　さいたま市浦和区長",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "住民票 PDF with two My Numbers (個人番号記載) sent to a visa agent.",
    },
    # 085 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-085",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["在ホーチミン日本国総領事館 領事班 <ryoji@embjp-hcmc.jp>"],
        "subject": "在留届 記載事項変更（電話番号）のご連絡",
        "charset": "utf-8",
        "body": """在ホーチミン日本国総領事館 領事班 御中

いつもお世話になっております。日の出産業株式会社の水無瀬です。
先日一括でお届けした在留届のうち、1名の現地電話番号が変わりましたので
ご連絡いたします（本人はORRネットでも変更済みです）。

　氏名　　　：蓮見 大輔
　変更後電話：+84 91 602 9015
　（旧：+84 91 602 8874）

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MINASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One resident's new phone number to the consulate: a single person's record, may be warned.",
    },
    # 086 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-086",
        "sender": "鬼塚 忠 <onizuka-t@hinode-sangyo.co.jp>",
        "to": ["佐藤 真一 様 <sato.m@nichirin-sonpo.co.jp>"],
        "subject": "包括契約 保険料精算用 渡航者明細（2026年4月〜9月）",
        "charset": "cp932",
        "body": """日輪損害保険 佐藤様

お世話になっております。日の出産業 経理部の鬼塚です。
上期の保険料精算用に、渡航者明細（旧形式のExcel）をお送りします。
御社システムの取込形式に合わせて .xls で作成しております。

ご確認のほどよろしくお願いいたします。

鬼塚 忠
日の出産業株式会社 経理部
TEL 03-5442-8420
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "tokosha_meisai_2026H1.xls",
                "sheets": {
                    "明細": [
                        ["社員番号", "氏名", "生年月日", "渡航先", "出国日", "帰国日", "日数"],
                        ["H10482", "漆畑 晃一", "1986/03/22", "ベトナム", "2026/04/06", "2026/04/17", 12],
                        ["H11930", "東雲 沙耶", "1993/11/05", "ベトナム", "2026/04/06", "2026/04/17", 12],
                        ["H09215", "九十九 勇人", "1978/07/14", "中国", "2026/04/20", "2026/04/24", 5],
                        ["H12077", "舘野 美咲", "1990/01/30", "台湾", "2026/05/11", "2026/05/15", 5],
                        ["H08864", "日下部 剛", "1982/04/18", "フィリピン", "2026/05/18", "2026/05/29", 12],
                        ["H10311", "東海林 和也", "1990/12/05", "フィリピン", "2026/06/01", "2026/06/05", 5],
                        ["H07702", "喜屋武 透", "1977/02/11", "タイ", "2026/06/08", "2026/06/12", 5],
                        ["H12540", "五代 真奈", "1992/09/19", "タイ", "2026/06/22", "2026/07/03", 12],
                        ["H11205", "仙波 亮介", "1991/07/23", "マレーシア", "2026/07/06", "2026/07/09", 4],
                        ["H09981", "舎人 俊介", "1988/02/29", "ベトナム", "2026/07/13", "2026/07/24", 12],
                        ["H06630", "百目鬼 浩二", "1979/11/30", "米国", "2026/08/03", "2026/08/10", 8],
                        ["H10777", "雲母 智子", "1982/06/06", "シンガポール", "2026/08/17", "2026/08/21", 5],
                        ["H12893", "月見里 蓮", "1995/03/08", "ベトナム", "2026/08/24", "2026/09/04", 12],
                        ["H08112", "鬼頭 正樹", "1979/02/27", "インド", "2026/09/07", "2026/09/18", 12],
                        ["H12311", "国分 結衣", "1994/08/30", "インド", "2026/09/07", "2026/09/18", 12],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Legacy XLS with 15 travellers (name, DOB, trips) to the insurer: a list of people.",
    },
    # 087 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-087",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス オペレーション <ops@worldcare-assist.co.jp>"],
        "subject": "会員カードの追加発行のお願い（契約番号 WC-CORP-0231）",
        "charset": "iso-2022-jp",
        "body": """ワールドケアアシスタンス 御中

お世話になっております。日の出産業の藤堂です。
法人契約（契約番号 WC-CORP-0231）の会員カード（携帯用）を
追加で300枚発行いただけますでしょうか。記名なしの共通カードで結構です。

送付先：〒105-0014 東京都港区芝二丁目14番7号 日の出ビル8階
　　　　日の出産業株式会社 海外安全管理室 宛

カード裏面に記載する当社窓口の番号をテキストで添付します。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "txt",
                "name": "card_back_numbers.txt",
                "encoding": "cp932",
                "text": "【カード裏面記載】\n日の出産業 海外安全デスク（24時間）: +81-3-5442-8800\nワールドケア（日本語・24時間）: +81-3-6809-4400\n契約番号: WC-CORP-0231\n",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Order of unnamed member cards with the company's contract number, office address and hotlines.",
    },
    # 088 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-088",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": [
            "トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>",
            "スカイライン旅行 法人営業 <houjin@skyline-tabi.co.jp>",
            "ほしぞらトラベル ビジネス営業部 <biz@hoshizora-travel.co.jp>",
        ],
        "cc": ["オリエントツアーズ BTM <btm@orient-tours.jp>"],
        "subject": "【RFP】2027年度 出張手配業務（TMC）選定のご案内",
        "charset": "utf-8",
        "body": """各社ご担当者様

お世話になっております。日の出産業 総務部 出張手配チームの塙です。
2027年度の出張手配業務（TMC）について、提案依頼書（RFP）をお送りします。

　提案締切　：2026年12月11日（金）17:00
　プレゼン　：2027年1月中旬（個別にご連絡）
　評価項目　：手配品質、24時間対応、危機時の所在把握（トラベラートラッキング）、価格

質問は11月27日までに本メールへのご返信でお願いいたします。
いただいた質問と回答は、全社に共有させていただきます。
""" + SIG_HANAWA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "RFP to four competing travel agencies in To/Cc: four external organisations see each other.",
    },
    # 089 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-089",
        "sender": "安西 真理子 <anzai-m@hinode-sangyo.co.jp>",
        "to": ["人事管理グループ <jinji-kanri@mail.hinode-sangyo.co.jp>"],
        "subject": "インシデント報告（マニラ強盗被害・東海林さん）",
        "charset": "cp932",
        "body": """人事管理グループ各位

海外安全管理室の安西です。出張中の事件について報告します。

・対象者：東海林 和也（営業二部）
・日時　：10/21 21:30頃（現地）マカティ市の路上
・内容　：バイク2人組による強盗。転倒し顔面打撲・右手首捻挫（全治約10日）
・現状　：10/24帰国済み。11/2まで在宅勤務、産業医面談を11/4に設定
・労災　：出張中の業務遂行性ありとして労災申請を検討

本人はショックが残っているとのことなので、上長への連絡は慎重にお願いします。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Crime-victim and injury details of an employee, sent only to an internal subdomain.",
    },
    # 090 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-090",
        "sender": "Yukari Hanawa <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["Pacific Crane Airways Special Assistance <special-assist@pacificcrane.com>"],
        "subject": "Carrying insulin and syringes on board - passenger KITO Risa",
        "charset": "utf-8",
        "body": """Dear Special Assistance Desk,

Our employee, Ms. Risa KITO (鬼頭 里沙), booking reference PX4T9B, flight
PC 801 Narita - Sydney on December 6, has type 1 diabetes and needs to carry
insulin pens, syringes and a glucose monitor in her cabin baggage, and to
keep insulin refrigerated during the flight if possible.

Attached is her physician's letter (English). Could you confirm what else is
required, and whether a diabetic meal (DBML) can be added to her booking?

Kind regards,
Yukari Hanawa
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "physician_letter_KITO.pdf",
                "lines": [
                    "Shiba Park Side Clinic - Medical Certificate",
                    "Patient: KITO Risa   Date of birth: 1990-04-14",
                    "Diagnosis: Type 1 diabetes mellitus (since 2009)",
                    "The patient must carry insulin pens, needles and a CGM device at all times.",
                    "Dr. Hiroshi Kanzaki, M.D.",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Named passenger's diagnosis (type 1 diabetes) and a physician's letter to an airline: 要配慮個人情報.",
    },
    # 091 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-091",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["在フィリピン日本国大使館 警備班 <keibi@embjp-manila.jp>"],
        "subject": "安全対策連絡協議会（11/20）出席者のご連絡",
        "charset": "iso-2022-jp",
        "body": """在フィリピン日本国大使館
警備対策班 御中

いつもお世話になっております。日の出産業株式会社の藤堂です。
11月20日の安全対策連絡協議会に、当社から下記の者が出席いたします。

1. 藤堂 健（本社 海外安全管理室）
   todo-k@hinode-sangyo.co.jp / +81 80-2215-4470
2. 日下部 剛（マニラ駐在 営業）
   kusakabe-t@hinode-sangyo.co.jp / +63 917 552 0418
3. 東海林 和也（マニラ駐在 営業）
   shoji-k@hinode-sangyo.co.jp / +63 917 552 0433

入館手続きに必要な情報がございましたらお知らせください。
""" + SIG_TODO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three attendees with business e-mails and mobiles to an embassy: fewer than five people.",
    },
    # 092 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-092",
        "sender": "藤堂 健 <todo-k@hinode-sangyo.co.jp>",
        "to": ["Yuki Tran <yuki.interp.hcm@gmail.com>"],
        "subject": "通訳ご依頼（11/18-20）同行者リスト",
        "charset": "utf-8",
        "body": """チャン 由紀 様

いつもありがとうございます。日の出産業の藤堂です。
11/18〜20のビンズオン工場監査の通訳、よろしくお願いいたします。
当日の集合に使う同行者の連絡先です（タブ区切りで貼っています）。

氏名	宿泊先	現地携帯	日本の携帯
舎人 俊介	Saigon Riverside Hotel	+84 93 118 2047	080-3391-6624
月見里 蓮	Saigon Riverside Hotel	+84 93 118 2048	070-6620-1948
久下 正大	Saigon Riverside Hotel	+84 93 118 2049	090-3318-7704
石動 奈緒	Saigon Riverside Hotel	+84 93 118 2050	080-6209-1153
細川 玄	Binh Duong Sunrise Inn	+84 93 118 2051	070-4481-9026
雨宮 栞	Binh Duong Sunrise Inn	+84 93 118 2052	090-5502-3618
梶原 哲	Binh Duong Sunrise Inn	+84 93 118 2053	080-2773-4095
緒方 里奈	Binh Duong Sunrise Inn	+84 93 118 2054	070-8119-6207

集合は毎朝7:15、各ホテルのロビーです。
""" + SIG_TODO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "Tab-separated list of 8 travellers with hotels and two mobiles each, to a freelance interpreter's gmail.",
    },
    # 093 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-093",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["さくらがわトラベル 法人窓口 <info@sakuragawa-travel.co.jp>"],
        "subject": "渡航前研修（安全講習）のサービス資料ご送付のお願い",
        "charset": "iso-2022-jp",
        "body": """株式会社さくらがわトラベル
法人窓口 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の塙と申します。

御社Webサイトで拝見した「海外赴任前 安全講習パッケージ」について、
サービス内容と料金のわかる資料をお送りいただけますでしょうか。

　想定人数：年間40名程度（赴任者および帯同家族）
　希望形式：集合研修（東京）またはオンライン

ご検討のほどよろしくお願いいたします。
""" + SIG_HANAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Request for a brochure to a new, unrelated company (sakuragawa-travel.co.jp is not a typo of any partner).",
    },
    # 094 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-094",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["さくらホテル バンコク 予約係 <reservations.bkk@sakura-hotel.jp>"],
        "subject": "FW: 予約確認書（Hinode Sangyo 2名 11/24-11/27）",
        "charset": "cp932",
        "body": """さくらホテル バンコク ご予約係 御中

お世話になっております。日の出産業の塙です。
旅行会社から届いた予約確認書をそのまま転送いたします。
チェックイン時の手続き短縮のため、事前登録をお願いできますでしょうか。
""" + SIG_HANAWA,
        "attachments": [
            {
                "kind": "eml",
                "name": "予約確認書_TB-H-26-5120.eml",
                "message": {
                    "sender": "トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>",
                    "to": ["塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>"],
                    "subject": "【予約確認書】さくらホテル バンコク TB-H-26-5120",
                    "charset": "cp932",
                    "body": """日の出産業株式会社 塙様

下記のとおりご予約が確定しましたのでお知らせいたします。

ホテル：さくらホテル バンコク
日程　：2026年11月24日〜11月27日（3泊）

宿泊者1：喜屋武 透 様　　旅券番号 TK5562039　国籍 日本
宿泊者2：百瀬 拓 様　　　旅券番号 TH3390172　国籍 日本

※タイのホテルでは、チェックイン時に旅券の提示が必要です。

株式会社トラベルブリッジ 法人デスク
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "Forwarded .eml carries two guests' passport numbers to the hotel: a forward counts, and passport numbers stop.",
    },
    # 095 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-095",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>"],
        "subject": "RE: 【要確認】旅券情報のご確認（APIS・デリー展示会）",
        "charset": "utf-8",
        "body": """トラベルブリッジ 法人デスク 御中

お世話になっております。日の出産業の塙です。
ご確認ありがとうございます。下記内容で相違ございません。
このまま発券をお願いいたします。

塙

差出人: トラベルブリッジ 法人デスク <corporate@travelbridge.co.jp>
送信日時: 2026年11月4日 11:20
宛先: 塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>
件名: 【要確認】旅券情報のご確認（APIS・デリー展示会）

塙様

APIS登録内容を以下のとおり入力しました。ご確認ください。

KUGE MASAHIRO       M  1983-10-02  TK7720318
ISURUGI NAO         F  1991-02-15  MZ1195046
HOSOKAWA GEN        M  1976-08-19  TR2043377
AMEMIYA SHIORI      F  1995-12-01  TS6628810
KAJIWARA TETSU      M  1980-03-03  TH9918402
OGATA RINA          F  1987-05-26  TZ0374519

トラベルブリッジ 法人デスク 三宅
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Passport list appears only under the quoted 差出人/送信日時 header of the recipient's own mail; new text carries nothing.",
    },
    # 096 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-096",
        "sender": "Ken Todo <todo-k@hinode-sangyo.co.jp>",
        "to": ["Joseph Okafor <j.okafor@meridian-assist.com>"],
        "subject": "Hinode Group Global Travel Security Policy (v3.1) for your onboarding",
        "charset": "utf-8",
        "body": """Dear Joseph,

For the onboarding of your crisis response team, please find attached our
Global Travel Security Policy, version 3.1. Sections 4 (risk ratings) and
7 (escalation) are the most relevant for your duty officers.

Best regards,
Ken
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "Hinode_Global_Travel_Security_Policy_v3.1.pdf",
                "title": "Global Travel Security Policy v3.1",
                "page_footer": "Internal Only - Hinode Sangyo Co., Ltd.",
                "lines": [
                    "Hinode Group Global Travel Security Policy  Version 3.1 (Internal Only)",
                    "4. Risk ratings: destinations are rated 1-5 by the Overseas Safety & Security Office.",
                    "5. Approval: rating 4 requires Executive Officer approval; rating 5 is prohibited.",
                    "7. Escalation: the duty officer informs the crisis committee within 60 minutes.",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF classified 'Internal Only' in its footer and title line, sent to an external company.",
    },
    # 097 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-097",
        "sender": "羽生 忠彦 <hanyu-t@hinode-sangyo.co.jp>",
        "to": ["ワールドケアアシスタンス 法務部 <legal@worldcare-assist.co.jp>"],
        "subject": "業務委託契約書・秘密保持条項の確認について",
        "charset": "iso-2022-jp",
        "body": """ワールドケアアシスタンス株式会社
法務部 ご担当者様

お世話になっております。日の出産業 法務部の羽生です。

来年度の業務委託契約の更新に向け、契約書第14条（秘密保持）について
以下2点の確認をお願いいたします。

1. 医療機関から取得した診療情報を、当社の同意なく保険会社に提供できる範囲
2. 契約終了後の個人情報の返還・消去の方法と証明書の発行

機密保持契約（2024年締結）との関係も整理したく、
12月上旬に30分ほどお打合せのお時間をいただけますと幸いです。

羽生 忠彦
日の出産業株式会社 法務部
TEL 03-5442-8650
--
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者へご連絡のうえ削除してください。
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about confidentiality clauses and an NDA, with a bilingual standard disclaimer: no marking.",
    },
    # 098 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-098",
        "sender": "塙 ゆかり <hanawa-y@hinode-sangyo.co.jp>",
        "to": ["Pacific Crane Airways Reservations <reservations@pacificcrane.com>"],
        "subject": "特別機内食のリクエスト（予約番号 R8WQ2N）",
        "charset": "cp932",
        "body": """パシフィッククレーン航空 予約センター 御中

お世話になっております。日の出産業の塙です。

下記のご予約につき、機内食を「豚肉およびアルコールを使用しない食事」に
変更いただけますでしょうか。

　予約番号：R8WQ2N
　搭乗者　：西条 ハディージャ 様
　便　　　：12/3 PC 721 成田 → クアラルンプール

該当する特別食コードがあればあわせてご教示ください。
""" + SIG_HANAWA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "Named passenger's 'no pork, no alcohol' meal request without stating a religion: a reviewer could read creed into it or not.",
    },
    # 099 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-099",
        "sender": "水無瀬 彩 <minase-a@hinode-sangyo.co.jp>",
        "to": ["品川トラベルクリニック 予約窓口 <yoyaku@shinagawa-travelclinic.jp>"],
        "subject": "渡航前予防接種の団体予約（ケニア赴任予定者5名）",
        "charset": "utf-8",
        "body": """品川トラベルクリニック
予約ご担当者様

お世話になっております。日の出産業 人事部の水無瀬です。
ケニア赴任予定者の渡航前予防接種（黄熱・A型肝炎・狂犬病・腸チフス）につき、
団体での予約をお願いいたします。既往症・アレルギーは事前問診票から転記しています。

氏名,フリガナ,生年月日,既往症・アレルギー,接種歴
御手洗 亘,ミタライ ワタル,1971/09/04,高血圧（服薬中）・糖尿病疑い,A型肝炎1回
御手洗 葉子,ミタライ ヨウコ,1973/02/11,卵アレルギー,なし
舞田 健吾,マイタ ケンゴ,1983/12/09,気管支喘息,黄熱（2015）
雫石 葵,シズクイシ アオイ,1996/01/22,なし,なし
上遠野 誠,カドノ マコト,1974/05/05,B型肝炎キャリア,A型肝炎2回

黄熱の接種証明（イエローカード）の発行もお願いします。
""" + SIG_MINASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Comma-separated list of 5 people with DOB and medical history to a clinic: list and 要配慮個人情報.",
    },
    # 100 -----------------------------------------------------------------------------
    {
        "id": "kaigaianzen-100",
        "sender": "Hayato Kiryu <kiryu-h@hinode-sangyo.co.jp>",
        "to": ["JCC HCMC Secretariat <secretariat@jcc-hcmc.org.vn>"],
        "subject": "Survey response - member companies' safety measures 2026",
        "charset": "utf-8",
        "body": """Dear Secretariat,

Please find below Hinode Sangyo's response to the annual safety survey.

  Q1. Number of Japanese staff in Vietnam (incl. families):  23
  Q2. Number of Vietnamese staff:                             61
  Q3. Evacuation drill held in 2026:                          Yes (twice)
  Q4. Contract with an assistance company:                   Yes
  Q5. Safety-confirmation system in use:                      Yes (SMS + app)
  Q6. Incidents reported in 2026 (traffic / crime / illness): 3 / 1 / 4

We are happy for these figures to be included in the aggregated report.

Best regards,
Hayato Kiryu
Hinode Sangyo Co., Ltd. - Vietnam Liaison
Tel +84 28 3822 4170
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Survey answers with headcounts and incident counts only: statistics.",
    },
]
