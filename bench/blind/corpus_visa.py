"""Blind corpus, area "visa": the mail of Hinode Sangyo's 国際人材 desk (人事部) that hires and
employs foreign nationals — 在留資格認定証明書・在留期間更新・変更申請 handled through
administrative scriveners (行政書士), residence card renewals, 家族滞在 and spouse visas,
registered support organisations and supervising organisations for 特定技能 / 技能実習,
relocation agents, overseas recruiters, the immigration bureau, hotels and dormitories for
arriving staff, plus the ordinary scheduling, invoicing and thank-you mail of the same desk.
"""

from build import card_number, my_number

SEED = 63801

# My Numbers and card numbers (each k used once in this file)
MN_NGUYEN = my_number(SEED + 1)
MN_WIFE = my_number(SEED + 2)
MN_LI = my_number(SEED + 3)
MN_ZHANG = my_number(SEED + 4)
MN_GURUNG = my_number(SEED + 5)
MN_SANTOS = my_number(SEED + 6)
MN_INTERNAL_A = my_number(SEED + 7)
MN_INTERNAL_B = my_number(SEED + 8)
MN_INTERNAL_C = my_number(SEED + 9)
MN_INTERNAL_D = my_number(SEED + 10)
MN_INTERNAL_E = my_number(SEED + 11)
CARD_FEE = card_number(SEED + 21)
CARD_HOTEL = card_number(SEED + 22)


def _spaced(n: str) -> str:
    return f"{n[0:4]} {n[4:8]} {n[8:12]}"


def _fw(s: str) -> str:
    """ASCII digits and letters to full width, as some people type them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


SIG_SAGARA = """
--------------------------------------------------
日の出産業株式会社　人事部 国際人材グループ
相楽 美月（さがら みづき）
〒105-0014 東京都港区芝2-11-5 日の出芝ビル7F
TEL 03-5442-7810（直通）　FAX 03-5442-7811
sagara.m@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_IKARASHI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 国際人材グループ 主任　五十嵐 拓真
〒105-0014 東京都港区芝２－１１－５
ＴＥＬ：０３－５４４２－７８１２
Mail：ikarashi.t@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_CARTER = """
Best regards,

Emily Carter
Global Talent Team, HR Division
Hinode Sangyo Co., Ltd.
2-11-5 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5442-7815
e.carter@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。宛先に誤りがある場合は、お手数ですが
　送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "visa-001",
        "subject": "【ご依頼】在留期間更新の対象者（１２月〜２月期限分）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["田辺国際法務事務所 田辺先生 <tanabe@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """田辺国際法務事務所
行政書士 田辺 恭平 先生

いつも大変お世話になっております。日の出産業の相楽です。

今冬に在留期限を迎える社員の更新申請を、例年どおり先生にお願いできればと存じます。
対象者は下記の６名です。ご確認のほどよろしくお願いいたします。

氏名                     国籍         在留資格                  在留期限      生年月日
------------------------------------------------------------------------------------------
NGUYEN VAN AN            ベトナム     技術・人文知識・国際業務  2026/12/08    1994/03/17
TRAN THI HOA             ベトナム     技術・人文知識・国際業務  2026/12/21    1997/11/02
SHRESTHA ANJALI          ネパール     技術・人文知識・国際業務  2027/01/15    1995/06/28
王 浩然（WANG HAORAN）   中国         企業内転勤                2027/01/30    1990/09/09
BAUTISTA MARK ANTHONY    フィリピン   特定技能１号              2027/02/04    1999/01/23
朴 志勲（PARK JIHOON）   韓国         技術・人文知識・国際業務  2027/02/26    1992/04/30

源泉徴収票・在職証明書は各人分を当方で準備いたします。
必要書類に追加がございましたらお知らせください。
""" + SIG_SAGARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "six employees' rows (name, nationality, status, expiry, date of birth) to an outside scrivener: a list of people",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "visa-002",
        "subject": "在留カード期限管理表（静岡工場分）更新しました",
        "sender": "宇佐美 健吾 <usami.k@mail.hinode-sangyo.co.jp>",
        "to": ["相楽 美月 <sagara.m@hinode-sangyo.co.jp>"],
        "cc": ["工場総務 <fuji-soumu@hinode-sangyo.co.jp>"],
        "charset": "cp932",
        "body": """相楽さん

お疲れさまです。静岡工場総務の宇佐美です。
工場勤務の外国籍社員の在留カード期限管理表、９月末時点で更新しました。

社員番号	氏名	在留カード番号	在留資格	満了日
F20311	DO THU TRANG	UH48213977NA	特定技能1号	2026/11/30
F20318	VU DINH KHOA	RK20571834EQ	特定技能1号	2026/12/14
F20402	Sri Wahyuni	TB93015526WF	特定技能1号	2027/01/09
F20415	Budi Santoso	MZ61170942JC	特定技能1号	2027/03/22
F20433	TAMANG RAJU	EL83306618PV	技能実習2号ロ	2027/04/01
F20440	Aung Ko Ko	KC55482093DS	技能実習2号ロ	2027/05/18

DO さんと VU さんは２か月を切っているので、登録支援機関への連絡をお願いします。
原本は工場の鍵付きキャビネットで保管しています。

宇佐美
静岡工場 総務課（内線 3-214）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": [],
        "note": "residence card numbers of six staff, but every recipient is internal (subdomain included)",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "visa-003",
        "subject": "Reservation for our new colleague / 10月6日チェックイン",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["さくらホテル浜松町 予約係 <reservation-hmc@sakura-hotel.jp>"],
        "charset": "utf-8",
        "body": """さくらホテル浜松町 ご予約ご担当者様

いつもお世話になっております。日の出産業 人事部のカーターです。
Our new engineer arrives from Bangalore next month. Please reserve a long-stay room
(corporate rate, agreement no. HS-2291) as follows. The front desk asked us last time to
give the passport details in advance for foreign guests, so I add them below.

  Guest name   : Mr. Rahul SHARMA
  Nationality  : India
  Passport No. : Z6184302
  Date of birth: 14 Aug 1993
  Check-in     : 6 Oct 2026 (arrival HND 21:40, NH828)
  Check-out    : 31 Oct 2026
  Room         : single, non-smoking

Invoice to Hinode Sangyo, HR Division, as usual.
""" + SIG_CARTER,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a guest's passport number and date of birth sent to a hotel (partner, but external): identity document number",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "visa-004",
        "subject": "支援計画の定期面談対象者リスト（第３四半期）",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["みなと人材支援協同組合 支援担当 <shien@minato-shien.or.jp>"],
        "charset": "cp932",
        "body": """みなと人材支援協同組合
支援担当　御中

いつもお世話になっております。日の出産業の五十嵐です。
第３四半期の定期面談（支援計画に基づく３か月ごとの面談）の対象者リストをお送りします。
面談の日程調整のため、本人の連絡先と現住所も入れております。

ご確認のほど、よろしくお願いいたします。
""" + SIG_IKARASHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "定期面談対象者_2026Q3.xlsx",
                "sheets": {
                    "対象者": [
                        ["特定技能１号 定期面談対象者一覧（2026年第3四半期）", "", "", "", "", ""],
                        ["No", "氏名", "フリガナ／ローマ字", "生年月日", "現住所", "携帯電話"],
                        [1, "ド・トゥ・チャン", "DO THU TRANG", "1998/07/11", "静岡県富士市今泉3丁目14-7 ハイツ今泉202", "080-4471-2390"],
                        [2, "ヴー・ディン・コア", "VU DINH KHOA", "1996/02/25", "静岡県富士市今泉3丁目14-7 ハイツ今泉203", "080-4471-2391"],
                        [3, "スリ・ワユニ", "Sri Wahyuni", "2000/10/03", "静岡県富士市吉原2丁目8-19 コーポ吉原101", "070-1836-5524"],
                        [4, "ブディ・サントソ", "Budi Santoso", "1997/05/30", "静岡県富士市吉原2丁目8-19 コーポ吉原102", "070-1836-5529"],
                        [5, "ヘルナンデス・ジョイ", "HERNANDEZ Joy", "1995/12/19", "静岡県富士市永田町1丁目22-4", "090-6620-8134"],
                        [6, "ファム・クォック・バオ", "PHAM QUOC BAO", "1999/08/08", "静岡県富士宮市大宮町5-31", "080-2209-7765"],
                        [7, "レ・ミン・ドゥック", "LE MINH DUC", "2001/01/14", "静岡県富士宮市大宮町5-31", "080-2209-7768"],
                        [8, "グルン・ビカシュ", "GURUNG Bikash", "1994/04/21", "静岡県富士市本町11-3 第2日の出寮305", "090-3354-1182"],
                    ],
                    "面談枠": [
                        ["日付", "時間帯", "場所"],
                        ["10/14(水)", "13:00-17:00", "静岡工場 第2会議室"],
                        ["10/15(木)", "09:00-12:00", "静岡工場 第2会議室"],
                        ["10/21(水)", "13:00-17:00", "オンライン（ベトナム語通訳同席）"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with eight workers' date of birth, home address and mobile, under a title row, to the support organisation",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "visa-005",
        "subject": "Re: 【確認】更新申請の必要書類について",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """吉岡様

ご連絡ありがとうございます。
課税証明書・納税証明書は各自に取得を依頼しました。10月20日までにまとめて郵送いたします。
在職証明書は当方で発行しますので、宛名の書き方だけ後ほど教えてください。

相楽

> 相楽様
>
> 先日ご依頼いただいた下記５名分の更新申請について、書類の確認をさせてください。
>
> ・NGUYEN VAN AN　在留カード番号 UH20846613KB　期限 2026/12/08
> ・TRAN THI HOA　在留カード番号 QZ73951240MA　期限 2026/12/21
> ・SHRESTHA ANJALI　在留カード番号 WD15528806CT　期限 2027/01/15
> ・BAUTISTA MARK ANTHONY　在留カード番号 RJ66021478HS　期限 2027/02/04
> ・PARK JIHOON　在留カード番号 NM40317752LE　期限 2027/02/26
>
> 各人の住民税の課税証明書・納税証明書（直近１年分）をご用意いただけますでしょうか。
>
> 田辺国際法務事務所　補助者　吉岡
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the card numbers are only in the quoted mail from the scrivener; the new text is ordinary",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "visa-006",
        "subject": "ご相談日程の件（外国人雇用の就労範囲について）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 鳴海先生 <narumi@shirakawa-iaw.jp>"],
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
弁護士 鳴海 先生

いつもお世話になっております。日の出産業 人事部の真壁です。

先日お電話でお話しした、留学生アルバイトの資格外活動の範囲（週28時間）と、
派遣先での就労内容の確認方法について、一度ご相談のお時間をいただけますでしょうか。

候補日：
　10月8日（木）14:00〜15:00
　10月9日（金）10:00〜11:00
　10月13日（火）16:00以降

場所は貴事務所に伺う形で問題ございません。
ご都合のよい日時をお知らせいただけますと幸いです。

――――――――――――――――
日の出産業株式会社 人事部 労務グループ
真壁 和也
TEL 03-5442-7820
――――――――――――――――
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain shirakawa-iaw.jp is a homoglyph (l -> i) of the partner law firm's shirakawa-law.jp",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "visa-007",
        "subject": "各地方出入国在留管理局の窓口一覧（ご参考）",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["みなと人材支援協同組合 佐々木様 <sasaki@minato-shien.or.jp>"],
        "charset": "utf-8",
        "body": """佐々木様

お世話になっております。日の出産業の五十嵐です。
先日のお打合せで話題になった、当社拠点から近い入管の窓口を一覧にしました。
新工場（浜松）の社員分から、名古屋局管内での申請が増える見込みです。

■ 東京出入国在留管理局（本局）
　〒108-8255 東京都港区港南5-5-30　TEL 0570-034259
■ 東京出入国在留管理局 横浜支局
　〒236-0002 神奈川県横浜市金沢区鳥浜町10-7　TEL 045-769-1720
■ 名古屋出入国在留管理局（本局）
　〒455-8601 愛知県名古屋市港区正保町5-18　TEL 052-559-2150
■ 名古屋出入国在留管理局 静岡出張所
　〒420-0858 静岡県静岡市葵区伝馬町9-4　TEL 054-653-5181
■ 名古屋出入国在留管理局 浜松出張所
　〒430-0929 静岡県浜松市中央区中央1-12-4　TEL 053-458-6496

※受付時間はいずれも平日9:00〜12:00、13:00〜16:00です。

以上、ご参考まで。
五十嵐
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of government offices (addresses and switchboards of offices), not of people",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "visa-008",
        "subject": "実習生の健康診断結果（要精密検査）について",
        "sender": "宇佐美 健吾 <usami.k@mail.hinode-sangyo.co.jp>",
        "to": ["東海国際交流事業協同組合 巡回担当 <junkai@tokai-kokusai.or.jp>"],
        "charset": "cp932",
        "body": """東海国際交流事業協同組合
巡回指導ご担当　森本様

いつもお世話になっております。日の出産業 静岡工場の宇佐美です。

９月の定期健康診断で、技能実習生の TAMANG RAJU（タマン・ラジュ、2号ロ）が
胸部Ｘ線で「要精密検査（結核の疑い）」と判定されました。
本人は咳が３週間ほど続いていたとのことで、現在、富士中央病院の呼吸器内科で
喀痰検査の結果待ちです。結果が出るまでは自宅待機とし、寮の同室者２名も
保健所の指示で接触者健診を受ける予定です。

技能実習計画の変更届や、監理団体として保健所とのやりとりでご対応いただく事項が
あればご教示ください。

宇佐美 健吾
日の出産業株式会社 静岡工場 総務課
〒417-0001 静岡県富士市今泉1-8-2
TEL 0545-51-3320
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's health check result and suspected tuberculosis sent outside: sensitive personal information",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "visa-009",
        "subject": "【開催案内】特定技能受入れ 三者連絡会（10/22）",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": [
            "田辺 恭平 <tanabe@tanabe-gyosei.jp>",
            "佐々木 奈央 <sasaki@minato-shien.or.jp>",
            "川崎電機 生産管理部 大河内様 <ohkochi@kawasaki-denki.co.jp>",
        ],
        "charset": "utf-8",
        "body": """関係者各位

いつもお世話になっております。日の出産業の五十嵐です。
川崎電機様の浜松工場ラインに当社の特定技能社員が応援で入る件につき、
行政書士の田辺先生、支援機関のみなと人材支援様を交えて連絡会を開催いたします。

日時：2026年10月22日（木）15:00〜16:30
場所：日の出産業 本社７階 会議室Ｂ（オンライン併用：Teams）
議題：
　１．業務区分（製造業分野）の範囲と応援時の指揮命令
　２．支援計画の変更要否
　３．今後の申請スケジュール

ご出欠を10月15日までにご返信ください。
""" + SIG_IKARASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations in To can see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "visa-010",
        "subject": "入社前のご案内（来日後の流れ）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["Hoang Thi Lan <hoangthilan.0412@gmail.com>"],
        "charset": "utf-8",
        "body": """ホアン・ティ・ラン さん

こんにちは。日の出産業 人事部の相楽です。
在留資格認定証明書が交付され、ビザも取得できたと聞いてとても嬉しいです。
来日後の流れを簡単にまとめましたので、確認してください。

１．到着日（11月2日）は成田空港で在留カードを受け取ってください。
２．11月4日の午前中に、人事部の五十嵐が一緒に区役所へ行き、住民登録をします。
　　在留カードとパスポートを必ず持ってきてください。
３．11月5日から新入社員研修（本社７階）です。
４．銀行口座の開設は研修期間中に行います。

わからないことがあれば、いつでもメールしてください。
日本で会えるのを楽しみにしています！
""" + SIG_SAGARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one new hire on free mail, arrival instructions with no identifiers: may warn for free mail, must go",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "visa-011",
        "subject": "住民票の写し（グエン家）送付します",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "utf-8",
        "body": """吉岡様

お世話になっております。日の出産業の相楽です。
グエンさんの家族滞在（奥様の呼び寄せ）の件で、世帯全員の住民票の写しを
本人から預かりましたので、PDFにしてお送りします。

よろしくお願いいたします。
相楽
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "juminhyo_nguyen.pdf",
                "title": "住民票の写し",
                "lines": [
                    "住 民 票 の 写 し",
                    "東京都江東区長",
                    "住所　東京都江東区大島6丁目12番3-405号",
                    "世帯主　NGUYEN VAN AN",
                    "",
                    "氏名　NGUYEN VAN AN（グエン ヴァン アン）",
                    "生年月日　1994年3月17日　性別 男　続柄 世帯主",
                    "国籍・地域　ベトナム　第30条45規定区分　中長期在住者",
                    "在留資格　技術・人文知識・国際業務　在留期間等の満了の日 2026年12月8日",
                    "在留カード等の番号　UH20846613KB",
                    "個人番号　" + MN_NGUYEN,
                    "",
                    "氏名　PHAN THI MAI（ファン ティ マイ）",
                    "生年月日　1996年8月1日　性別 女　続柄 妻",
                    "国籍・地域　ベトナム　在留資格　家族滞在",
                    "在留カード等の番号　SL38845012FG",
                    "個人番号　" + MN_WIFE,
                    "",
                    "この写しは、住民票の原本と相違ないことを証明する。",
                    "令和8年9月18日　東京都江東区長",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a 住民票 PDF printed with 個人番号 (and residence card numbers) of two people sent to the scrivener",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "visa-012",
        "subject": "認定申請書類一式（パスワード別送）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["行政書士法人やまぶき 申請チーム <team@yamabuki-visa.com>"],
        "charset": "iso-2022-jp",
        "body": """行政書士法人やまぶき
申請チーム ご担当者様

お世話になっております。日の出産業 人事部の城之内です。
来春入社予定者３名分の在留資格認定証明書交付申請の書類一式を、
圧縮ファイルにてお送りします。解凍パスワードは別メールでお送りします。

ご査収のほどよろしくお願いいたします。

日の出産業株式会社 人事部 城之内 遥
TEL 03-5442-7816
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "COE_2027spring.zip",
                "password": "Hs#2027coe",
                "files": [
                    {"kind": "txt", "name": "readme.txt", "text": "申請書類一式（3名分）"},
                    {"kind": "pdf", "name": "雇用契約書_3名.pdf", "lines": ["雇用契約書"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) cannot be inspected",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "visa-013",
        "subject": "Re: 業務委託契約書および秘密保持契約書（ドラフト）のご確認",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["行政書士法人やまぶき 代表 早乙女様 <saotome@yamabuki-visa.com>"],
        "charset": "iso-2022-jp",
        "body": """早乙女先生

お世話になっております。日の出産業の城之内です。
業務委託契約書と秘密保持契約書のドラフトを拝受しました。

法務部で確認したところ、秘密保持契約書の第５条（秘密情報の返還・廃棄）について、
「申請完了後６か月以内に廃棄し、廃棄証明書を提出する」旨を追記いただけないか
との意見がありました。その他の条項は原案どおりで問題ございません。

ご検討のほどよろしくお願いいたします。

城之内

-----Original Message-----
From: 早乙女 <saotome@yamabuki-visa.com>
Sent: Monday, September 28, 2026 11:02 AM
Subject: 業務委託契約書および秘密保持契約書（ドラフト）のご確認

城之内様
先日はありがとうございました。契約書類のドラフトをお送りしますのでご確認ください。
""" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA plus the standard disclaimer: mentions of 秘密/機密 are not a marking",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "visa-014",
        "subject": "2027年4月入社 外国籍内定者一覧（認定申請用）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["早乙女 <saotome@yamabuki-visa.com>"],
        "charset": "iso-2022-jp",
        "body": """早乙女先生

お世話になっております。日の出産業の城之内です。
来年４月入社の外国籍内定者の一覧をCSVでお送りします。
うち海外在住の４名は認定申請、国内の留学生２名は変更申請になる見込みです。

ご確認をお願いいたします。

城之内
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "naiteisha_2027.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名（ローマ字）", "氏名（カナ）", "生年月日", "国籍", "最終学歴", "メールアドレス", "申請区分"],
                    ["LI JING", "リ・ジン", "2003/02/11", "中国", "大連理工大学", "lijing0211@qq-mail.cn", "認定"],
                    ["SANTOS Maria Cristina", "サントス・マリア・クリスティーナ", "2002/06/19", "フィリピン", "University of Santo Tomas", "mcsantos.ust@gmail.com", "認定"],
                    ["NGUYEN HOANG NAM", "グエン・ホアン・ナム", "2003/09/01", "ベトナム", "ハノイ工科大学", "nam.nguyenhoang@outlook.com", "認定"],
                    ["Dewi Lestari", "デウィ・レスタリ", "2002/12/24", "インドネシア", "Universitas Gadjah Mada", "dewi.lestari24@yahoo.co.id", "認定"],
                    ["KIM SOYEON", "キム・ソヨン", "2003/05/07", "韓国", "東都大学 経済学部", "kim.soyeon@st.toto-u.ac.jp", "変更"],
                    ["CHEN MEILING", "チン・メイリン", "2002/08/15", "台湾", "北関東工業大学 大学院", "m2510033@kitakanto-tech.ac.jp", "変更"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of six candidates with date of birth and private e-mail to the scrivener: a list of people",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "visa-015",
        "subject": "来期の外国籍人材受入れ計画（ドラフト）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["Pacific Relocation Services 小田切様 <odagiri@pacific-relo.com>"],
        "charset": "utf-8",
        "body": """小田切様

いつもお世話になっております。日の出産業の真壁です。
来期の社宅手配のボリュームを見積もっていただくため、受入れ計画のドラフトを共有します。
拠点別・月別の人数のみで、個人の情報は含んでいません。

お見積りは11月中旬までにいただけますと助かります。

真壁
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "受入れ計画_FY2027_draft.xlsx",
                "page_header": "社外秘",
                "sheets": {
                    "拠点別": [
                        ["FY2027 外国籍人材 受入れ計画（案）", "", "", ""],
                        ["拠点", "在留資格", "人数", "受入れ月"],
                        ["本社（東京）", "技術・人文知識・国際業務", 6, "2027/04"],
                        ["静岡工場", "特定技能1号", 12, "2027/05"],
                        ["浜松工場（新設）", "特定技能1号", 18, "2027/07"],
                        ["浜松工場（新設）", "技能実習1号", 9, "2027/09"],
                    ],
                    "社宅": [
                        ["拠点", "必要戸数", "予算上限（月額）"],
                        ["本社", 6, "85,000円"],
                        ["静岡", 4, "52,000円"],
                        ["浜松", 9, "48,000円"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the spreadsheet carries a 社外秘 page header and goes to an outside relocation company",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "visa-016",
        "subject": "Timeline for the home search - new transferee from Shanghai",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Ken Odagiri <odagiri@pacific-relo.com>"],
        "charset": "utf-8",
        "body": """Hi Ken,

Thanks for the call this morning. To summarise what we agreed:

- Our transferee from the Shanghai office (intra-company transferee visa) should receive
  the Certificate of Eligibility in late October; we expect him in Tokyo mid-November.
- Home search: two days, 16-17 November, budget up to JPY 280,000 per month, within
  30 minutes of Hamamatsucho. Family of three, one child starting at an international
  school in April.
- Your team will arrange the temporary serviced apartment for the first four weeks.

I will send his arrival details once the flight is booked. Please let me know if you need
anything else from our side.
""" + SIG_CARTER + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary relocation scheduling with a partner-like vendor; no identifiable data beyond a role",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "visa-017",
        "subject": "査証申請代行のお支払い（法人カード）",
        "sender": "小此木 紗代 <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["東西トラベル 法人営業部 <corporate@tozai-travel.co.jp>"],
        "charset": "cp932",
        "body": """東西トラベル株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の小此木です。
先日お願いした海外出張者２名分の査証申請代行手数料（請求書 No.TZ-260914-07、
合計 38,500円）について、今回は法人カードでのお支払いでお願いいたします。

　カード名義　：HINODE SANGYO CO LTD / SAYO OKONOGI
　カード番号　：""" + CARD_FEE[:4] + "-" + CARD_FEE[4:8] + "-" + CARD_FEE[8:12] + "-" + CARD_FEE[12:] + """
　有効期限　　：08/29

決済完了後、領収書を経理部宛にお送りください。

小此木 紗代
日の出産業株式会社 経理部 経理課
TEL 03-5442-7830
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number (with expiry) typed into a mail to a travel agency",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "visa-018",
        "subject": "【給与】外国籍新入社員の個人番号登録について",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["給与チーム <payroll@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """給与チーム 各位

お疲れさまです。国際人材グループの相楽です。
10月入社の外国籍社員の個人番号を、本人確認済みのものとして添付のとおり登録をお願いします。
ファイルは共有フォルダ（人事部限定）にも格納済みです。

相楽
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "個人番号登録_202610入社.xlsx",
                "sheets": {
                    "登録": [
                        ["社員番号", "氏名", "生年月日", "個人番号", "本人確認書類"],
                        ["H26101", "LI JING", "2003-02-11", MN_INTERNAL_A, "在留カード"],
                        ["H26102", "NGUYEN HOANG NAM", "2003-09-01", MN_INTERNAL_B, "在留カード"],
                        ["H26103", "Dewi Lestari", "2002-12-24", MN_INTERNAL_C, "在留カード"],
                        ["H26104", "SANTOS Maria Cristina", "2002-06-19", MN_INTERNAL_D, "在留カード"],
                        ["H26105", "KIM SOYEON", "2003-05-07", MN_INTERNAL_E, "在留カード"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of five new hires go only to the internal payroll team",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "visa-019",
        "subject": "永住許可申請のご相談（交通違反・罰金の件）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["岩佐行政書士事務所 岩佐先生 <iwasa@iwasa-office.jp>"],
        "charset": "iso-2022-jp",
        "body": """岩佐先生

お世話になっております。日の出産業の真壁です。
当社の技術職社員 王 浩然（WANG HAORAN）さんの永住許可申請について、
事前にご相談させてください。

本人から申告があり、2024年7月に酒気帯び運転で検挙され、略式命令で罰金30万円の
刑を受けているとのことです（免許は取消し、現在は再取得済み）。
このほか2022年に速度超過の反則金が１回あります。

この前科があると、永住申請はどの程度の期間を空けるべきか、また理由書で
どのように説明すべきか、ご意見をいただけますでしょうか。
本人は来年の申請を希望しています。

真壁 和也
日の出産業株式会社 人事部 労務グループ
TEL 03-5442-7820
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's criminal record (fine for drink driving) sent to an outside scrivener: sensitive data",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "visa-020",
        "subject": "ルーミングリスト（10/5着 研修生５名）",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["さくらホテル富士 フロント <front-fuji@sakura-hotel.jp>"],
        "charset": "iso-2022-jp",
        "body": """さくらホテル富士
フロント ご担当者様

お世話になっております。日の出産業の五十嵐です。
10月5日から入寮までの１週間、下記５名の宿泊をお願いいたします。

　部屋 1  NGUYEN THI THU / LE THI NGA
　部屋 2  PHAM VAN HUNG / DANG VAN TOAN
　部屋 3  BUI QUANG VINH

10/5（月）チェックイン、10/12（月）チェックアウト、朝食付き。
到着は夜（20時頃）になる予定です。請求は当社宛でお願いします。

五十嵐
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five guests named with room pairing and dates only, no contact or identifiers: a rooming list some would hold as a list, others not",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "visa-021",
        "subject": "就労資格証明書の交付申請のお願い（中途入社者）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["岩佐 <iwasa@iwasa-office.jp>"],
        "charset": "iso-2022-jp",
        "body": """岩佐先生

お世話になっております。日の出産業の城之内です。
11月1日付で中途入社する社員について、転職後の業務が現在の在留資格の範囲内で
あることを確認するため、就労資格証明書の交付申請をお願いしたく存じます。

　氏名　　　　：SHARMA PRIYA（シャルマ・プリヤ）
　国籍　　　　：インド
　在留資格　　：技術・人文知識・国際業務（在留期限 2028年3月4日）
　在留カード番号：ＹＦ０７７２３４５１ＨＲ
　前職　　　　：株式会社ミナセソフト（システムエンジニア）
　当社での職務：生産管理システムの設計・開発

雇用契約書と職務内容説明書は明日お送りします。
ご不明点があればご連絡ください。

城之内 遥
日の出産業株式会社 人事部
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "one person's residence card number (full-width) goes to an outside scrivener: identity document number",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "visa-022",
        "subject": "10/16 入管同行の件（当日の連絡先）",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "cp932",
        "body": """吉岡様

お世話になっております。五十嵐です。
10月16日（金）の東京局での受領手続き、同行ありがとうございます。
当日伺うのは下記３名です。何かあれば携帯にご連絡ください。

・五十嵐 拓真（当社人事）　０９０－２２８４－６１７０
・TRAN THI HOA（本人）　　０８０－５５１９－３０４７
・BAUTISTA MARK ANTHONY（本人）０７０－４８６２－１１９５

品川駅港南口に９時集合でお願いいたします。

五十嵐
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobile numbers (under five) to the scrivener: may warn, must go",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "visa-023",
        "subject": "成田空港→富士 送迎バスのお願い（入国者７名）",
        "sender": "宇佐美 健吾 <usami.k@mail.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸株式会社<br>貸切バス課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 静岡工場の宇佐美です。<br>
11月2日（月）に成田空港へ到着する特定技能の新規入国者７名の送迎をお願いいたします。<br>
到着便が遅れた場合に運転手さんから直接連絡が取れるよう、本人の携帯番号（現地SIM・ローミング）も記載しています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>生年月日</th><th>到着便</th><th>携帯電話</th><th>入寮先</th></tr>
<tr><td>1</td><td>NGUYEN THI THU</td><td>2001/04/09</td><td>VN300 08:35</td><td>+84 912 447 318</td><td>静岡県富士市本町11-3 第2日の出寮</td></tr>
<tr><td>2</td><td>LE THI NGA</td><td>2000/11/27</td><td>VN300 08:35</td><td>+84 978 220 541</td><td>静岡県富士市本町11-3 第2日の出寮</td></tr>
<tr><td>3</td><td>PHAM VAN HUNG</td><td>1999/06/13</td><td>VN300 08:35</td><td>+84 386 901 772</td><td>静岡県富士市本町11-3 第2日の出寮</td></tr>
<tr><td>4</td><td>DANG VAN TOAN</td><td>2002/02/02</td><td>VN300 08:35</td><td>+84 903 118 264</td><td>静岡県富士市本町11-3 第2日の出寮</td></tr>
<tr><td>5</td><td>BUI QUANG VINH</td><td>2001/09/30</td><td>VN300 08:35</td><td>+84 935 640 087</td><td>静岡県富士市本町11-3 第2日の出寮</td></tr>
<tr><td>6</td><td>Agus Setiawan</td><td>1998/03/18</td><td>GA874 09:10</td><td>+62 812-3390-4471</td><td>静岡県富士市吉原2-8-19 コーポ吉原</td></tr>
<tr><td>7</td><td>Rina Kurniawati</td><td>2000/07/05</td><td>GA874 09:10</td><td>+62 813-8847-2056</td><td>静岡県富士市吉原2-8-19 コーポ吉原</td></tr>
</table>
<p>出発は11:00頃、第1ターミナル南ウイング到着ロビーでお願いします。<br>
当社からは通訳の１名（ベトナム語）が同乗します。</p>
<p>日の出産業株式会社 静岡工場 総務課　宇佐美 健吾<br>
〒417-0001 静岡県富士市今泉1-8-2　TEL 0545-51-3320</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of seven arrivals with date of birth and mobile numbers to the bus company",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "visa-024",
        "subject": "Hinode Sangyo - Specified Skilled Worker recruitment plan 2027 (RFP)",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": [
            "Saigon Manpower JSC <partner@saigonmanpower.com.vn>",
            "Luzon Talent Inc. <jp-desk@luzontalent.com.ph>",
            "PT Nusantara Karya Mandiri <japan@nusantara-km.co.id>",
        ],
        "charset": "utf-8",
        "body": """Dear partners,

Thank you for your continued support. Hinode Sangyo plans to recruit about 30 Specified
Skilled Workers (manufacturing field) for our new Hamamatsu plant, arriving from July 2027.

We would like each of you to submit a proposal by 30 November 2026, covering:
  1. sourcing and pre-departure Japanese training (JLPT N4 / JFT-Basic),
  2. skills test preparation and schedule,
  3. fees per candidate, and
  4. your support during the first six months in Japan.

An online briefing will be held on 20 October at 14:00 JST. The invitation link will
follow.
""" + SIG_CARTER,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing overseas agencies in To see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "visa-025",
        "subject": "【産業医面談】実習生の体調について（共有）",
        "sender": "宇佐美 健吾 <usami.k@mail.hinode-sangyo.co.jp>",
        "to": ["健康管理室 <kenko@hinode-sangyo.co.jp>"],
        "cc": ["相楽 美月 <sagara.m@hinode-sangyo.co.jp>"],
        "charset": "cp932",
        "body": """健康管理室 御中

静岡工場の宇佐美です。産業医面談のご調整をお願いします。

対象：TAMANG RAJU（技能実習２号ロ、社員番号 F20433）
経過：９月の定期健診で胸部Ｘ線「要精密」。富士中央病院 呼吸器内科で喀痰検査中。
　　　本人は咳・微熱あり。現在、自宅（寮）待機。
　　　保健所から寮の同室者２名の接触者健診の連絡あり。
要望：復帰判断と、結果が陽性だった場合の就業制限について産業医のご意見をいただきたい。

本件は監理団体にはまだ連絡していません（結果が出てから相楽さんと相談します）。

宇佐美
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a trainee's suspected illness shared only with the internal health office: internal mail passes",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "visa-026",
        "subject": "脱退一時金の請求手続き（帰国予定者）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人ひかり 大和田様 <owada@hikari-sharoushi.jp>"],
        "charset": "iso-2022-jp",
        "body": """社会保険労務士法人ひかり
大和田様

いつもお世話になっております。日の出産業の真壁です。
12月末で契約満了・帰国予定の社員について、帰国後の脱退一時金の請求手続きを
ご支援いただきたくご連絡しました。

　氏名：Agus Setiawan（アグス・セティアワン）
　生年月日：1991年5月22日
　基礎年金番号：4127-608395
　厚生年金加入期間：2022年1月〜2026年12月（予定）
　帰国後の住所：Jl. Melati No.17, Sleman, Yogyakarta, Indonesia
　振込先：本人名義の現地銀行口座（口座情報は後日本人から）

本人の代理人として手続きいただく場合の委任状の書式をお送りいただけますでしょうか。

真壁
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a departing worker's basic pension number sent to an outside labour consultant",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "visa-027",
        "subject": "Re: 請求書送付のご案内（9月分 申請取次報酬）",
        "sender": "小此木 紗代 <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["田辺国際法務事務所 経理 <keiri@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """田辺国際法務事務所
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の小此木です。
９月分の請求書（No.TG-2026-0917、金額 297,000円（税込））を受領いたしました。
適格請求書発行事業者の登録番号 T5297588904259 を確認のうえ、
10月30日（金）に下記口座へお振込みいたします。

　みどり銀行 虎ノ門支店　普通 3051187　タナベコクサイホウムジムシヨ

お振込み手数料は当社負担といたします。
今後ともよろしくお願いいたします。

小此木 紗代
日の出産業株式会社 経理部
TEL 03-5442-7830

> 日の出産業株式会社 経理ご担当者様
> ９月分の申請取次報酬の請求書をお送りします。ご確認ください。
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice payment notice: the scrivener office's registration (corporate) number and its business account are not personal data",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "visa-028",
        "subject": "明日の定例（在留期限アラート運用）の資料",
        "sender": "芦刈 翔 <ashikari.s@hinode-sangyo.co.jp>",
        "to": ["相楽 美月 <sagara.m@hinode-sangyou.co.jp>"],
        "charset": "utf-8",
        "body": """相楽さん

情シスの芦刈です。明日10時の定例の件です。
人事システムの在留期限アラートについて、以下の変更案を持っていきます。

・アラートの起点を「満了日の３か月前」から「４か月前」に変更
・本人あてメールに加えて、所属長にも通知
・更新申請中（特例期間）のフラグを追加

画面イメージは当日お見せします。よろしくお願いします。

芦刈
情報システム部
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the colleague's address is on hinode-sangyou.co.jp, a look-alike of the company's own domain",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "visa-029",
        "subject": "【取扱注意】申請取次報酬の改定案について",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["早乙女 <saotome@yamabuki-visa.com>"],
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━━━━━
　取扱注意　（関係者限り）
━━━━━━━━━━━━━━━━━━

早乙女先生

お世話になっております。日の出産業の城之内です。
来期の契約更新に向けて、社内で検討した報酬の改定案をお送りします。
まだ社内決裁前の数字ですので、お取扱いにはご注意ください。

　在留資格認定証明書交付申請　　１件あたり　 99,000円 → 88,000円
　在留期間更新許可申請　　　　　１件あたり　 44,000円 → 39,600円
　在留資格変更許可申請　　　　　１件あたり　 66,000円 → 60,500円
　年間件数見込み　　　　　　　　約 70 件

ご意見をいただけましたら、11月の打合せで詰めさせてください。

城之内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is stamped 【取扱注意】 (subject and banner) and goes to an external scrivener",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "visa-030",
        "subject": "浜松地区の行政書士事務所について（ご紹介のお願い）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 鳴海先生 <narumi@shirakawa-law.jp>"],
        "charset": "iso-2022-jp",
        "body": """鳴海先生

いつもお世話になっております。日の出産業の真壁です。
浜松工場の立ち上げに伴い、現地で申請取次をお願いできる事務所を探しております。
ネットで調べた候補は以下のとおりですが、評判などご存じでしたら教えてください。

１）行政書士法人はままつ国際　　浜松市中央区板屋町102　TEL 053-450-2281
２）小楠行政書士事務所　　　　　浜松市中央区鍛冶町15　　TEL 053-451-7730
３）遠州ビザサポート行政書士事務所　磐田市中泉1-6-10　TEL 0538-33-1094
４）行政書士みずほ総合法務　　　　浜松市浜名区貴布祢48　TEL 053-586-4402
５）ACT国際行政書士事務所　　　　湖西市鷲津2110-3　　TEL 053-575-6618

ご多忙のところ恐縮ですが、よろしくお願いいたします。

真壁 和也
日の出産業株式会社 人事部 労務グループ
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five offices with their office phone and address: a list of businesses, not people",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "visa-031",
        "subject": "社員食堂のハラール対応のお願い（11月入社者）",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 給食事業部 門脇様 <kadowaki@kitaguni-foods.co.jp>"],
        "charset": "cp932",
        "body": """北国フーズ株式会社
給食事業部　門脇様

いつもお世話になっております。日の出産業 総務部の寺嶋です。
11月に入社する下記の社員はイスラム教徒のため、本社社員食堂でのハラール対応と、
ラマダン期間中の食事時間の配慮をお願いしたく、ご相談いたします。

　・Dewi Lestari（人事部配属、女性、ヒジャブ着用）
　・Agus Setiawan（静岡工場から本社へ異動）
　・Muhammad Rizky Pratama（情報システム部配属）

あわせて、７階の空き会議室を礼拝室として使う予定ですので、
食堂からの動線についてもご意見をいただければ幸いです。

寺嶋 由紀
日の出産業株式会社 総務部 総務課
TEL 03-5442-7805
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "religion of three named employees sent to the caterer: sensitive personal information",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "visa-032",
        "subject": "FW: [Saigon Manpower] Final candidates - Batch 14 (Welding)",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "utf-8",
        "body": """吉岡様

五十嵐です。送出機関から最終候補者の連絡が来ましたので転送します。
認定申請の準備（特に学歴・職歴の確認）をお願いできればと思います。

---------- Forwarded message ---------
From: Saigon Manpower JSC <partner@saigonmanpower.com.vn>
Date: 2026年9月30日(水) 17:12
Subject: [Saigon Manpower] Final candidates - Batch 14 (Welding)
To: 五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>

Dear Mr. Ikarashi,

Please find the final candidates for Batch 14 below. All passed the welding skills test
on 24 September.

[1] NGO VAN THANH
    DOB: 12/03/2000   Hometown: Nghe An
    Mobile: +84 967 215 880   Email: ngovanthanh2000@gmail.com
[2] TRUONG MINH TAM
    DOB: 05/11/1999   Hometown: Thanh Hoa
    Mobile: +84 338 704 129   Email: tam.truongminh99@gmail.com
[3] DUONG VAN KHANH
    DOB: 27/07/2001   Hometown: Ha Tinh
    Mobile: +84 912 660 354   Email: khanhduong.welder@gmail.com
[4] LY THANH PHONG
    DOB: 19/01/2000   Hometown: Can Tho
    Mobile: +84 868 193 047   Email: phongly0119@yahoo.com
[5] MAI XUAN HIEU
    DOB: 08/08/1998   Hometown: Nam Dinh
    Mobile: +84 976 508 221   Email: hieu.maixuan@gmail.com

Best regards,
Tran Quoc Viet
Japan Department, Saigon Manpower JSC
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forward of five candidates' records (date of birth, mobile, e-mail) is new text to the scrivener: a list",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "visa-033",
        "subject": "Re: Passport renewal - effect on the residence card?",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Ken Odagiri <odagiri@pacific-relo.com>"],
        "charset": "utf-8",
        "body": """Hi Ken,

Thanks, that is clear. So no notification to Immigration is needed when only the passport
is renewed, and he just shows the new passport together with the old one at his next
extension. I will let him know.

Emily

On Tue, Sep 29, 2026 at 10:14 AM Ken Odagiri <odagiri@pacific-relo.com> wrote:
> Hi Emily,
>
> Regarding Mr. Sharma (passport Z6184302, expiring 02/2027): he can renew the passport
> at the Embassy of India in Tokyo. The residence card does not change (card no.
> PL49021876AS stays the same), and there is no notification duty for a new passport.
> Please ask him to keep the old passport; the Immigration officer will want to see the
> old landing permission stamp at the next extension.
>
> Best,
> Ken
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "passport and card numbers appear only in the quoted mail from the same recipient",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "visa-034",
        "subject": "支援実施状況の届出（控え）",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["佐々木 奈央 <sasaki@minato-shien.or.jp>"],
        "charset": "iso-2022-jp",
        "body": """佐々木様

お世話になっております。五十嵐です。
第３四半期の定期届出の控えをお送りします。PDFにはパスワードをかけていますので、
お電話でお伝えしたものでお開きください。

五十嵐
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "定期届出控え_2026Q3.pdf",
                "password": "minato0930",
                "lines": ["受入れ・活動状況に係る届出書（控え）", "特定技能所属機関：日の出産業株式会社"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "visa-035",
        "subject": "身元保証書（案）をお送りします",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["岩佐 <iwasa@iwasa-office.jp>"],
        "charset": "utf-8",
        "body": """岩佐先生

お世話になっております。城之内です。
シャルマさんの永住許可申請に添付する身元保証書について、
当社の代表取締役が保証人になる形で案を作成しました。記載内容のご確認をお願いします。

城之内
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "身元保証書_案_SHARMA.docx",
                "title": "身元保証書",
                "paragraphs": [
                    "身 元 保 証 書",
                    "法務大臣　殿",
                    "国籍・地域：インド",
                    "氏名：SHARMA PRIYA",
                    "生年月日：1990年10月6日　性別：女",
                    "旅券番号：V3729461",
                    "在留カード番号：YF07723451HR",
                    "上記の者の本邦在留に関し、下記の事項について保証いたします。",
                    "１　滞在費　２　帰国旅費　３　法令の遵守",
                    "保証人　氏名：鷹司 恒一（日の出産業株式会社 代表取締役）",
                    "保証人　住所：東京都港区芝2-11-5",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "DOCX guarantee letter with the applicant's passport and residence card numbers to the scrivener",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "visa-036",
        "subject": "出向者の在留資格に関する打合せ（日程調整）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["田辺 恭平 <tanabe@tanabe-gyosei.jp>"],
        "cc": ["川崎電機 人事部 古閑様 <koga@kawasaki-denki.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """田辺先生
（cc: 川崎電機 古閑様）

お世話になっております。日の出産業の相楽です。
来年から当社のエンジニアを川崎電機様に在籍出向させる件につき、
在留資格上の留意点（所属機関の変更届、出向先での業務内容）を三者で確認したく、
打合せのお時間をいただけますでしょうか。

候補：10月19日（月）午後 / 10月20日（火）午前 / 10月23日（金）終日
場所：オンライン（Teams）を想定しています。

よろしくお願いいたします。
""" + SIG_SAGARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc: a normal three-way scheduling mail",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "visa-037",
        "subject": "家族滞在の更新：扶養を確認できる書類について",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """吉岡様

お世話になっております。相楽です。
グエンさんの奥様（PHAN THI MAI さん）の家族滞在の更新について、
扶養を証明する資料として健康保険の被扶養者の情報をお知らせします。
保険証のコピーは本人が郵送で提出するとのことです。

　被保険者：NGUYEN VAN AN
　被扶養者：PHAN THI MAI（妻）　生年月日 1996年8月1日
　保険者：日の出産業健康保険組合
　記号：７１０５　番号：２２６
　資格取得日：令和６年４月１日

不足があればご連絡ください。

相楽
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "health insurance 記号・番号 of a dependant sent to the scrivener",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "visa-038",
        "subject": "雇用理由書のひな形（特定技能・製造分野）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["早乙女 <saotome@yamabuki-visa.com>"],
        "charset": "utf-8",
        "body": """早乙女先生

お世話になっております。城之内です。
先日ご依頼いただいた、特定技能（製造分野）の雇用理由書のひな形を添付します。
会社概要・業務内容の部分は当社で記入済みで、個人ごとの欄は空欄にしています。

ご確認のほど、よろしくお願いいたします。

城之内
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "雇用理由書_ひな形.docx",
                "paragraphs": [
                    "雇 用 理 由 書",
                    "出入国在留管理局長　殿",
                    "申請人氏名：＿＿＿＿＿＿＿＿（国籍：＿＿＿＿）",
                    "当社は、産業機械部品の製造を主たる事業とし、静岡県富士市および浜松市に工場を有しております。",
                    "申請人には、機械加工（ＮＣ旋盤・マシニングセンタ）の業務に従事していただく予定です。",
                    "報酬は日本人社員と同等（月額＿＿＿＿円）とし、社会保険に加入します。",
                    "日の出産業株式会社　代表取締役　鷹司 恒一",
                ],
                "tables": [
                    [["項目", "内容"], ["所属部署", ""], ["雇用期間", ""], ["勤務地", ""]],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank template with company information only",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "visa-039",
        "subject": "ご家族の皆さまへ：呼び寄せ手続きの説明会のご案内",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": [
            "Phan Thi Mai <phanthimai.0801@gmail.com>",
            "Hanna Park <hanna.park.jp@yahoo.co.jp>",
            "Rosalie Bautista <rosalie.bautista@icloud.com>",
            "Sunita Shrestha <sunita.shrestha77@outlook.jp>",
        ],
        "charset": "utf-8",
        "body": """ご家族の皆さま

日の出産業 人事部の相楽です。
社員のご家族を日本に呼び寄せる手続き（家族滞在）について、説明会を開きます。
やさしい日本語と英語で説明します。

日時：10月24日（土）10:30〜12:00
場所：日の出産業 本社 7階 会議室A（オンライン参加もできます）
内容：必要な書類、申請から来日までの期間、住民登録・保険・学校のこと

参加できるかどうか、10月20日までにこのメールに返信してください。
""" + SIG_SAGARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "four private persons' addresses visible to each other in To (four parties): should have been Bcc",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "visa-040",
        "subject": "「日本人の配偶者等」更新対象者の配偶者情報",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["田辺 恭平 <tanabe@tanabe-gyosei.jp>"],
        "charset": "cp932",
        "body": """田辺先生

お世話になっております。五十嵐です。
来年上期に「日本人の配偶者等」の更新を迎える社員５名について、
身元保証人となる配偶者（日本人）の情報を本人から集めましたので共有します。

社員氏名　　　　　　　配偶者氏名　　　　　配偶者生年月日　　　　配偶者の勤務先
－－－－－－－－－－　－－－－－－－－－　－－－－－－－－－－　－－－－－－－－－－
ＳＩＬＶＡ　ＣＡＲＬＯＳ　　十鳥　美咲　　　　昭和６３年１１月２日　　富士宮市役所
ＲＥＹＥＳ　ＡＮＧＥＬＩＣＡ　百目鬼　亮介　　平成２年４月１８日　　　自営（飲食）
ＰＥＲＥＲＡ　ＮＩＭＡＬ　　栗花落　千尋　　　平成元年７月３０日　　　株式会社ホシナ
ＬＩＭ　ＷＥＩ　ＪＩＥ　　　纐纈　直樹　　　　昭和６１年１月９日　　　県立富士高校
ＯＬＩＶＥＩＲＡ　ＡＮＡ　　九十九　誠　　　　平成４年１２月２５日　　日の出産業（同社勤務）

婚姻期間や同居の状況は、先生との面談時に各人から説明させます。

五十嵐
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five spouses' names and 和暦 dates of birth with employers, full-width padded table, to the scrivener",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "visa-041",
        "subject": "年末年始休業および人事部窓口変更のお知らせ",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["相楽 美月 <sagara.m@hinode-sangyo.co.jp>"],
        "bcc": [
            "tanabe@tanabe-gyosei.jp",
            "saotome@yamabuki-visa.com",
            "iwasa@iwasa-office.jp",
            "sasaki@minato-shien.or.jp",
            "junkai@tokai-kokusai.or.jp",
            "odagiri@pacific-relo.com",
        ],
        "charset": "iso-2022-jp",
        "body": """関係各位
（本メールはBCCにて一斉にお送りしております）

平素より大変お世話になっております。日の出産業株式会社 人事部でございます。
誠に勝手ながら、当社は下記の期間を年末年始休業とさせていただきます。

　休業期間：2026年12月29日（火）〜 2027年1月4日（月）

また、2027年1月より外国籍社員の在留手続きに関する窓口を
人事部 国際人材グループ（代表 03-5442-7810）に一本化いたします。
今後ともよろしくお願い申し上げます。
""" + SIG_SAGARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "many external recipients but all in Bcc: none can see the others; ordinary notice",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "visa-042",
        "subject": "Lease application - Mr. Zhang Wei (documents for the landlord)",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Ken Odagiri <odagiri@pacific-relo.com>"],
        "charset": "utf-8",
        "body": """Hi Ken,

As requested by the landlord's agent for the Shibaura apartment, here are the tenant's
identity details for the lease application. Copies of the documents will follow by
courier, not by e-mail.

  Tenant          : ZHANG WEI (male)
  Date of birth   : 1987-01-26
  Passport        : EH4058217 (People's Republic of China), valid until 2033-05-11
  Residence card  : QX52801964DN, status Intra-company Transferee, until 2029-11-15
  Employer        : Hinode Sangyo Co., Ltd. (company lease, HR Division as contact)

Please confirm once the agent has everything they need.
""" + SIG_CARTER,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a transferee's passport and residence card numbers sent to the relocation agent",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "visa-043",
        "subject": "浜松社宅 入居予定者名簿（１１月入居分）",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["富士見ハウジング 法人営業 <hojin@fujimi-housing.co.jp>"],
        "charset": "cp932",
        "body": """富士見ハウジング株式会社
法人営業ご担当　仁科様

いつもお世話になっております。日の出産業 総務部の寺嶋です。
浜松の借上げ社宅（メゾン天竜）の入居予定者名簿をお送りします。
鍵の受け渡しと電気・ガスの開栓手配にお使いください。

寺嶋
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "入居予定者名簿_メゾン天竜.xls",
                "sheets": {
                    "名簿": [
                        ["部屋", "氏名", "生年月日", "携帯", "緊急連絡先（氏名・続柄）", "緊急連絡先電話"],
                        ["101", "Agus Setiawan", "1991/05/22", "070-3391-5528", "Siti Aminah（妻・インドネシア在住）", "+62 812-7740-1193"],
                        ["102", "Rina Kurniawati", "2000/07/05", "070-3391-5530", "Bambang Kurniawan（父）", "+62 813-2205-7781"],
                        ["103", "Fajar Nugroho", "1999/10/12", "070-3391-5533", "Sri Rahayu（母）", "+62 857-4418-0926"],
                        ["201", "Yoga Prasetyo", "2001/03/03", "070-3391-5537", "Dian Prasetyo（兄）", "+62 878-6631-2045"],
                        ["202", "Putri Handayani", "2002/08/19", "070-3391-5541", "Handoko（父）", "+62 821-9904-3378"],
                        ["203", "Rudi Hartono", "1998/12/01", "070-3391-5546", "Wulan Sari（妻）", "+62 852-1187-6650"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS roster of six tenants with dates of birth, mobiles and emergency contacts to the housing company",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "visa-044",
        "subject": "Re: お見積りのご送付（浜松工場 特定技能１８名分）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["早乙女 <saotome@yamabuki-visa.com>"],
        "charset": "iso-2022-jp",
        "body": """早乙女先生

お見積り（見積番号 YV-Q-2610-033）ありがとうございました。
社内で確認し、ご提示の条件（1件あたり88,000円、18件、着手金なし）で
発注させていただくことになりました。注文書は来週、郵送でお送りします。

初回の打合せは11月上旬で調整させてください。
引き続きよろしくお願いいたします。

城之内

差出人: 早乙女 <saotome@yamabuki-visa.com>
送信日時: 2026年10月2日 16:40
宛先: 城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>
件名: お見積りのご送付（浜松工場 特定技能１８名分）

城之内様
お世話になっております。ご依頼の件、お見積りをお送りします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary purchase decision with a quotation number",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "visa-045",
        "subject": "出向者受入れに関する覚書（案）の件",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["古閑 <koga@kawasaki-denki.com>"],
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
人事部　古閑様

お世話になっております。日の出産業の相楽です。
先日の打合せを踏まえ、出向者受入れに関する覚書の案を作成中です。
出向期間中の労働条件の通知と、在留関係の届出の分担について
御社のご意見を伺いたく、来週お時間をいただけますでしょうか。

相楽
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.com is a TLD swap of the partner domain kawasaki-denki.co.jp",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "visa-046",
        "subject": "Postponement of the interview at Immigration - Ms. Reyes",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Atty. Paolo Mercado <p.mercado@mercado-immigration.com>"],
        "charset": "utf-8",
        "body": """Dear Mr. Mercado,

I am writing about Ms. Angelica REYES, whose spouse visa extension interview at the Tokyo
Regional Immigration Bureau is scheduled for 15 October.

Ms. Reyes was admitted to Minato Central Hospital last week and has been diagnosed with
major depressive disorder. Her doctor advises at least four weeks of inpatient treatment,
so she will not be able to attend the interview. Her husband, Mr. Hyakumeki, agreed that
we share this with you so that you can request a new date.

Could you let us know whether a medical certificate in Japanese is sufficient, or whether
an English translation is needed?
""" + SIG_CARTER,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's hospitalisation and psychiatric diagnosis sent to an outside immigration lawyer",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "visa-047",
        "subject": "在留カード写し（10月更新者分）※PW別送",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["宇佐美 健吾 <usami.k@mail.hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """宇佐美さん

相楽です。10月に更新が完了した工場勤務者の在留カード（新）の写しです。
工場の台帳の更新をお願いします。パスワードはTeamsで送ります。

相楽
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "zairyu_202610.zip",
                "password": "Fuji-2610",
                "files": [
                    {"kind": "png", "name": "DO_THU_TRANG_front.png"},
                    {"kind": "png", "name": "VU_DINH_KHOA_front.png"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but sent only to an internal colleague: internal mail passes",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "visa-048",
        "subject": "納税証明書（その１・その２）取得のための委任について",
        "sender": "小此木 紗代 <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["栗林会計事務所 栗林先生 <kuribayashi@kuribayashi-tax.jp>"],
        "charset": "cp932",
        "body": """栗林先生

いつもお世話になっております。日の出産業 経理部の小此木です。
当社社員で、昨年まで個人で確定申告をしていた李さんの永住申請用に、
過去５年分の納税証明書を税務署で取得いただきたいとのご依頼の件です。
委任状に記載が必要とのことでしたので、本人の情報をお送りします。

　氏名　　：李 静（LI JING）
　住所　　：東京都品川区東品川4-9-22-1103
　生年月日：1985年7月13日
　個人番号：""" + _spaced(MN_LI) + """

本人確認書類の写しは本人から直接お渡しするとのことです。

小此木
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an employee's 個人番号 with address and date of birth sent to an outside tax accountant",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "visa-049",
        "subject": "変更申請の件：ご本人の連絡先",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["早乙女 <saotome@yamabuki-visa.com>"],
        "charset": "iso-2022-jp",
        "body": """早乙女先生

お世話になっております。城之内です。
留学から就労への変更申請（来春入社のキムさん）について、書類の不明点は
本人に直接確認していただいて構いません。連絡先は以下のとおりです。

　KIM SOYEON（キム・ソヨン）
　携帯：080-6143-2275
　メール：kim.soyeon@st.toto-u.ac.jp
　生年月日：2003年5月7日

平日の夕方以降が連絡しやすいそうです。

城之内
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one applicant's contact details (no identity numbers) to the scrivener handling her case: may warn, must go",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "visa-050",
        "subject": "Hamamatsu plant - manpower forecast for your planning",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Maricel Dizon <m.dizon@luzontalent.com.ph>"],
        "charset": "utf-8",
        "body": """Dear Maricel,

As promised during our call, please find attached our manpower forecast for the
Hamamatsu plant so that you can plan your training classes for 2027.

Please note the document is for your planning only and should not be shared outside
Luzon Talent.
""" + SIG_CARTER,
        "attachments": [
            {
                "kind": "pdf",
                "name": "Hamamatsu_manpower_forecast_2027.pdf",
                "title": "Manpower forecast 2027",
                "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                "lines": [
                    "Hamamatsu plant: manpower forecast 2027",
                    "Start of production: July 2027 (line 1), October 2027 (line 2)",
                ],
                "table": [
                    ["Quarter", "Machining", "Welding", "Assembly", "Total"],
                    ["2027 Q3", "6", "4", "8", "18"],
                    ["2027 Q4", "3", "3", "6", "12"],
                    ["2028 Q1", "2", "2", "4", "8"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF carries a CONFIDENTIAL footer on every page and goes to an overseas agency",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "visa-051",
        "subject": "企業向け日本語クラス 受講者登録（秋期）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["あさひ日本語学院 法人研修係 <kenshu@asahi-nihongo.ac.jp>"],
        "charset": "utf-8",
        "body": """あさひ日本語学院
法人研修係 ご担当者様

いつもお世話になっております。日の出産業 人事部の城之内です。
秋期の企業向け日本語クラス（オンライン・週２回）の受講者を登録いたします。
ファイルが大きいためZIPにまとめました。レベル分けテストのご案内は、
各受講者のメールアドレスへ直接お送りいただいて構いません。

城之内
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "受講者登録_2026秋.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "students_autumn2026.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["name", "name_kana", "birth", "email", "mobile", "level"],
                            ["NGUYEN HOANG NAM", "グエン ホアン ナム", "2003-09-01", "nam.nguyenhoang@outlook.com", "080-7712-4409", "N3"],
                            ["Dewi Lestari", "デウィ レスタリ", "2002-12-24", "dewi.lestari24@yahoo.co.id", "080-7712-4415", "N3"],
                            ["SANTOS Maria Cristina", "サントス マリア", "2002-06-19", "mcsantos.ust@gmail.com", "080-7712-4420", "N4"],
                            ["Muhammad Rizky Pratama", "ムハマド リズキ", "1998-02-14", "rizky.pratama98@gmail.com", "090-5581-3306", "N2"],
                            ["GURUNG Bikash", "グルン ビカシュ", "1994-04-21", "bikash.gurung.np@gmail.com", "090-3354-1182", "N4"],
                            ["HERNANDEZ Joy", "ヘルナンデス ジョイ", "1995-12-19", "joyhernandez1219@yahoo.com", "090-6620-8134", "N4"],
                        ],
                    },
                    {"kind": "txt", "name": "memo.txt", "text": "開講：10月13日（火）19:00〜 / 受講料は法人一括請求"},
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV inside an unencrypted ZIP: six learners with date of birth, e-mail and mobile to a language school",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "visa-052",
        "subject": "RE: 【要確認】診断書の提出について",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["岩佐 <iwasa@iwasa-office.jp>"],
        "charset": "cp932",
        "body": """岩佐先生

承知しました。本人の了承を得て、診断書の原本を来週月曜に簡易書留でお送りします。
翻訳は不要とのこと、助かります。

真壁

差出人: 岩佐 <iwasa@iwasa-office.jp>
送信日時: 2026年10月5日 9:48
宛先: 真壁 和也 <makabe.k@hinode-sangyo.co.jp>
件名: 【要確認】診断書の提出について

真壁様

お世話になっております。岩佐です。
ベルナルドさん（SILVA BERNARDO）の更新申請ですが、今年２月から６月まで
腰椎椎間板ヘルニアの手術・療養で休職されていた期間があるため、
その期間の収入減の理由として、主治医の診断書を添付したいと考えています。
日本語の診断書であれば翻訳は不要です。

岩佐
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the medical history is only in the quoted mail of the recipient himself; the new text is a plain reply",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "visa-053",
        "subject": "協議会提出用の受入れ状況一覧",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["佐々木 奈央 <sasaki@minato-shien.or.jp>"],
        "charset": "iso-2022-jp",
        "body": """佐々木様

お世話になっております。五十嵐です。
製造業特定技能外国人材受入れ協議会への提出用に、受入れ状況の一覧を作成しました。
内容のご確認をお願いできますでしょうか。

五十嵐
""",
        "attachments": [
            {"kind": "corrupt", "name": "受入れ状況一覧_202610.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "visa-054",
        "subject": "【相見積のお願い】浜松工場 特定技能申請業務",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["行政書士法人はままつ国際 <info@hamamatsu-kokusai.jp>"],
        "cc": [
            "小楠行政書士事務所 <ogusu@ogusu-gyosei.com>",
            "遠州ビザサポート <contact@enshu-visa.jp>",
        ],
        "charset": "iso-2022-jp",
        "body": """ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の城之内と申します。
当社は2027年に浜松市に新工場を開設し、特定技能外国人の受入れを予定しております。
つきましては、申請取次業務について、お見積りをお願いできますでしょうか。

　業務内容：在留資格認定証明書交付申請（特定技能１号・製造分野）
　件数　　：2027年度 約30件（５月〜９月に集中）
　その他　：支援計画書の作成支援、四半期ごとの定期届出

ご回答期限：10月30日（金）
ご質問はこのメールへの返信でお願いいたします。

日の出産業株式会社 人事部 城之内 遥
TEL 03-5442-7816
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing scrivener offices in To/Cc can see each other: should have been Bcc",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "visa-055",
        "subject": "原本書類の発送について（追跡番号）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """吉岡様

お世話になっております。相楽です。
更新申請６名分の原本書類（在職証明書・課税証明書・納税証明書）を、
本日レターパックプラスで発送いたしました。

　お問い合わせ番号：3921-4470-5186
　到着予定：10月21日（水）午前

到着しましたらご一報いただけますと幸いです。

相楽
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tracking number and an ordinary shipping notice",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "visa-056",
        "subject": "永住申請：身元保証人（配偶者）の情報",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["岩佐 <iwasa@iwasa-office.jp>"],
        "charset": "iso-2022-jp",
        "body": """岩佐先生

お世話になっております。真壁です。
SILVA CARLOS さんの永住申請で、身元保証人になる奥様（日本人）の
本人確認情報を、ご本人の了承を得てお送りします。

　身元保証人氏名：十鳥 美咲（とどり みさき）
　生年月日　　　：昭和63年11月2日
　住所　　　　　：静岡県富士宮市淀師1122-6
　運転免許証番号：第 492108735460 号（静岡県公安委員会）
　勤務先　　　　：富士宮市役所 市民課

保証人の在職証明書は奥様が直接郵送されるそうです。

真壁
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a guarantor's driver's licence number with address and date of birth sent to the scrivener",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "visa-057",
        "subject": "在留期間更新のタイミングのご相談（産休予定者）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["田辺 恭平 <tanabe@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """田辺先生

お世話になっております。相楽です。
技術・人文知識・国際業務で在籍しているシュレスタ・アンジャリさんから、
妊娠していて来年３月に出産予定との報告がありました。
２月から産前産後休業、その後１年程度の育児休業を希望しています。

在留期限が2027年1月15日ですので、休業に入る前に更新を済ませたいのですが、
休業中の更新で注意すべき点や、在留期間が短くなる可能性があれば教えてください。

相楽
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named employee's pregnancy and leave plan to the scrivener: health-related but not a diagnosis or medical history; officers may judge either way",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "visa-058",
        "subject": "外国籍社員数の推移（セミナー資料用）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 鳴海先生 <narumi@shirakawa-law.jp>"],
        "charset": "utf-8",
        "body": """鳴海先生

お世話になっております。真壁です。
来月の経営者向けセミナーで当社事例としてご紹介いただく件、
数値は以下をお使いください（各年４月１日時点、社名の公表も可です）。

在留資格別            2024   2025   2026
----------------------------------------
技術・人文知識・国際業務  14     19     27
企業内転勤               2      3      3
特定技能1号              11     24     41
技能実習                 18     15     12
身分系（永住者・配偶者等）  9     11     14
----------------------------------------
合計                    54     72     97

国籍は12か国（ベトナム、インドネシア、フィリピン、ネパール、中国ほか）です。

真壁
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate head counts by status of residence: statistics, no person",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "visa-059",
        "subject": "新入社員オリエンテーション資料（最終版）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["グローバル研修センター 川端様 <kawabata@global-kenshu.co.jp>"],
        "charset": "utf-8",
        "body": """川端様

お世話になっております。日の出産業の城之内です。
11月5日の外国籍新入社員オリエンテーションの資料（最終版）をお送りします。
当日の欠席連絡用に、参加者の連絡先のページを入れております。

城之内
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "オリエンテーション_20261105.pptx",
                "slides": [
                    ["日の出産業へようこそ", "2026年11月5日 外国籍新入社員オリエンテーション", "講師：グローバル研修センター"],
                    ["本日の流れ", "9:30 会社紹介", "10:30 日本の職場マナー", "13:00 在留カードと各種届出", "15:00 生活オリエンテーション"],
                    ["参加者一覧・連絡先",
                     "HOANG THI LAN　hoangthilan.0412@gmail.com　080-3307-6621",
                     "LI JING　lijing0211@qq-mail.cn　080-3307-6630",
                     "NGUYEN HOANG NAM　nam.nguyenhoang@outlook.com　080-7712-4409",
                     "Dewi Lestari　dewi.lestari24@yahoo.co.id　080-7712-4415",
                     "SANTOS Maria Cristina　mcsantos.ust@gmail.com　080-7712-4420",
                     "Muhammad Rizky Pratama　rizky.pratama98@gmail.com　090-5581-3306"],
                    ["在留カードの届出", "住居地の届出：14日以内", "所属機関の届出：14日以内", "紛失時：警察に届けて14日以内に再交付申請"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a PPTX slide lists six new hires with private e-mail and mobile, sent to the training company",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "visa-060",
        "subject": "Re: 面接日程のご連絡",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["Thandar Win <thandarwin.mm@yahoo.co.jp>"],
        "charset": "utf-8",
        "body": """タンダー・ウィン 様

ご返信ありがとうございます。日の出産業 人事部の城之内です。
二次面接は以下の日程で確定いたしました。

　日時：10月16日（金）14:00〜15:00
　場所：本社７階 受付（東京都港区芝2-11-5 日の出芝ビル）
　持ち物：卒業見込証明書、在留カード（受付で確認のみ、コピーはとりません）

当日お会いできるのを楽しみにしております。

城之内 遥
日の出産業株式会社 人事部 採用担当
TEL 03-5442-7816

> 城之内様
> 面接の日程、10月16日の午後でお願いいたします。
> タンダー
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one candidate on free mail; interview scheduling without identifiers",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "visa-061",
        "subject": "短期滞在のご家族の宿泊（カード保証）",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["さくらホテル浜松町 予約係 <reservation-hmc@sakura-hotel.jp>"],
        "charset": "iso-2022-jp",
        "body": """さくらホテル浜松町
ご予約係 ご担当者様

お世話になっております。日の出産業 総務部の寺嶋です。
当社社員のご両親が短期滞在で来日されるため、下記のとおり予約をお願いします。
宿泊代は当社の福利厚生で負担しますので、法人カードで保証をお願いいたします。

　宿泊者：WANG JIANGUO 様、ZHAO LIHUA 様（ツイン１室）
　日程　：11月20日（金）〜11月27日（金）7泊
　保証カード：VISA """ + _fw(CARD_HOTEL) + """（有効期限 ０５／２８）
　カード名義：ＨＩＮＯＤＥ ＳＡＮＧＹＯ ＣＯ ＬＴＤ

予約確認書を私宛にお送りください。

寺嶋 由紀
日の出産業株式会社 総務部
TEL 03-5442-7805
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number in full-width digits in the body of a mail to a hotel",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "visa-062",
        "subject": "FW: 応募者情報（海外ＩＴ人材 第２次選考）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["情報システム部 部長 鷲尾 <washio.t@hinode-sangyo.co.jp>"],
        "cc": ["芦刈 翔 <ashikari.s@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """鷲尾部長

人事の城之内です。人材紹介会社から届いた第２次選考の候補者情報を転送します。
面接官のご都合を伺えればと思います。

-------- Forwarded Message --------
From: リンクワーク人材 国際事業部 <global@linkwork-jinzai.co.jp>
Subject: 応募者情報（海外ＩＴ人材 第２次選考）

候補者Ａ　ANAND KRISHNAN　1992/08/30　Chennai　+91 98401 22784　anand.krishnan@gmail.com
候補者Ｂ　NGUYEN DUC MANH　1995/03/12　Hanoi　+84 904 331 652　manh.nguyenduc@gmail.com
候補者Ｃ　AUNG MYO THANT　1994/11/05　Yangon　+95 9 425 118 730　aungmyothant@gmail.com
候補者Ｄ　LIU YANG　1993/06/21　Dalian　+86 139 4116 5502　liuyang0621@163.com
候補者Ｅ　DILSHOD KARIMOV　1996/01/17　Tashkent　+998 90 351 7724　d.karimov96@mail.uz
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "a forwarded list of five candidates, but only to internal recipients",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "visa-063",
        "subject": "外国人向け生活総合保険 加入申込（11月入社者）",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["みらい保険サービス 法人課 <houjin@mirai-hoken.co.jp>"],
        "charset": "cp932",
        "body": """みらい保険サービス株式会社
法人課 ご担当者様

お世話になっております。日の出産業 総務部の寺嶋です。
団体契約（証券番号 MH-G-1187）に、11月入社の社員を追加で加入させてください。

【1】
氏名：ホアン・ティ・ラン（HOANG THI LAN）
生年月日：2001年4月12日
住所：東京都江東区南砂3-17-8 サンハイツ南砂305
電話：080-3307-6621

【2】
氏名：リ・ジン（LI JING）
生年月日：2003年2月11日
住所：東京都品川区大井1-33-4 レジデンス大井町702
電話：080-3307-6630

【3】
氏名：グエン・ホアン・ナム（NGUYEN HOANG NAM）
生年月日：2003年9月1日
住所：東京都大田区蒲田5-2-19 コスモ蒲田411
電話：080-7712-4409

【4】
氏名：デウィ・レスタリ（Dewi Lestari）
生年月日：2002年12月24日
住所：東京都江東区南砂3-17-8 サンハイツ南砂306
電話：080-7712-4415

【5】
氏名：サントス・マリア・クリスティーナ（SANTOS Maria Cristina）
生年月日：2002年6月19日
住所：神奈川県川崎市川崎区砂子2-4-11 ドミール砂子203
電話：080-7712-4420

保険料は従来どおり給与控除で、当社から一括してお支払いします。

寺嶋
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five people, one record per block, with date of birth, address and phone, to an insurance agency",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "visa-064",
        "subject": "Re: 明日の入管同行のシフト",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["城之内 遥 <jonouchi.h@hinode-sangyo.jp>"],
        "charset": "iso-2022-jp",
        "body": """城之内さん

五十嵐です。明日の同行、午前は私、午後は城之内さんでお願いします。
品川の待ち時間が長いので、整理券は朝イチで私が取っておきます。

五十嵐

> 五十嵐さん
> 明日の入管の同行、午前と午後で分担しませんか。
> 城之内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo.jp drops the 'co.' of the company's own domain: a look-alike, not internal",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "visa-065",
        "subject": "在留カード再交付申請のご依頼（盗難）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """吉岡様

お世話になっております。相楽です。
当社社員の BAUTISTA MARK ANTHONY さんが、10月3日の深夜に帰宅途中、
江東区内の路上で男２人組に殴られて財布を奪われる強盗被害に遭いました。
顔に軽いけがをしており、財布の中にあった在留カードも盗まれています。

城東警察署に被害届を出しており、受理番号は 第2026-1187号 です。
14日以内に再交付申請が必要と聞いていますので、代理での申請をお願いできますでしょうか。
本人はショックを受けているため、連絡は当面私を通していただけると助かります。

相楽
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee who was the victim of a robbery: crime victim status is sensitive data",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "visa-066",
        "subject": "Re: Summer internship 2027 - visa for your students",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Dr. Lakshmi Menon <l.menon@cochin-tech.ac.in>"],
        "charset": "utf-8",
        "body": """Dear Dr. Menon,

Thank you for your interest in our summer internship programme.

Since the internship is unpaid and lasts six weeks, your students will enter Japan with a
Temporary Visitor visa; a Designated Activities (internship) visa is needed only when
the programme is paid or longer than 90 days. We will issue an invitation letter and a
letter of guarantee for each student selected.

Applications open on 1 December. I will send you the application pack then.
""" + SIG_CARTER + "\n" + DISCLAIMER_EN + """

On Fri, Oct 2, 2026 at 6:21 PM Lakshmi Menon <l.menon@cochin-tech.ac.in> wrote:
> Dear Ms. Carter,
> Could you advise which visa our students would need for your internship?
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general visa guidance to a university abroad, with the standard English disclaimer",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "visa-067",
        "subject": "【ご案内】外国人雇用コンプライアンス勉強会（11/12開催）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": [
            "鳴海 <narumi@shirakawa-law.jp>",
            "ツバサシステム 人事総務 <jinji@tsubasa-system.jp>",
            "北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>",
            "錦印刷 人事課 <jinji@nishiki-insatsu.co.jp>",
        ],
        "charset": "iso-2022-jp",
        "body": """お取引先各位

いつもお世話になっております。日の出産業 人事部の真壁です。
外国籍の方を雇用されているお取引先様向けに、白川法律事務所の鳴海先生を講師に
お招きして勉強会を開催いたします。ぜひご参加ください。

　日時：2026年11月12日（木）15:00〜17:00
　会場：日の出産業 本社 7階 大会議室
　テーマ：不法就労助長罪のリスクと在留カード確認の実務
　参加費：無料（各社２名まで）

お申込みは11月2日までに、本メールへのご返信でお願いいたします。

日の出産業株式会社 人事部 労務グループ　真壁 和也
TEL 03-5442-7820
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four partner organisations in To can see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "visa-068",
        "subject": "人事システム改修：在留情報の項目追加のご相談",
        "sender": "芦刈 翔 <ashikari.s@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 藤堂様 <todo@tsubasa-system.jp>"],
        "charset": "utf-8",
        "body": """藤堂様

いつもお世話になっております。日の出産業 情報システム部の芦刈です。
人事システムの社員マスタに、在留関係の項目を追加する改修のお見積りをお願いします。

追加したい項目：
　- 在留資格（コード選択）
　- 在留期間の満了日
　- 在留カード番号（英字2桁＋数字8桁＋英字2桁、暗号化して保持）
　- 資格外活動許可の有無
　- 更新申請中フラグ／申請受付日

要件：
　- 満了日の120日前・60日前に本人と所属長へ通知
　- 在留カード番号は人事部の権限者のみ表示（それ以外はマスク表示）
　- 既存の社員番号（H＋5桁）と紐づけ

本番データは改修後に当社側で移行しますので、テストはダミーデータでお願いします。

芦刈 翔
日の出産業株式会社 情報システム部
TEL 03-5442-7850
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "system requirements describing the card number format, with no actual person's data",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "visa-069",
        "subject": "借上げ社宅の運用ルール（外国籍社員向け）の共有",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["富士見ハウジング 仁科様 <nishina@fujimi-housing.co.jp>"],
        "charset": "utf-8",
        "body": """仁科様

お世話になっております。寺嶋です。
社内で定めている借上げ社宅の運用ルールを参考までにお送りします。
ゴミ出しや騒音の苦情対応の窓口について、貴社と役割分担を決めたいと考えています。

寺嶋
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "借上げ社宅運用ルール_v3.docx",
                "page_header": "部外秘（総務部）",
                "title": "借上げ社宅運用ルール",
                "paragraphs": [
                    "借上げ社宅運用ルール（外国籍社員向け） 第3版",
                    "1. 入居時に多言語の生活ガイド（ベトナム語・インドネシア語・英語）を配布する。",
                    "2. 家賃の社員負担額は月額15,000円とし、給与控除とする。",
                    "3. 騒音・ゴミ出しの苦情は、一次対応を管理会社、二次対応を総務部とする。",
                    "4. 退去時の原状回復費用は、通常損耗を除き社員負担とする。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the DOCX carries a 部外秘 header and is sent to an external housing company",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "visa-070",
        "subject": "年末調整：国外扶養親族のある社員の個人番号",
        "sender": "小此木 紗代 <okonogi.s@hinode-sangyo.co.jp>",
        "to": ["給与計算パートナーズ 年調担当 <nencho@kyuyo-partners.co.jp>"],
        "charset": "utf-8",
        "body": """給与計算パートナーズ株式会社
年末調整ご担当者様

いつもお世話になっております。日の出産業 経理部の小此木です。
国外扶養親族のいる社員３名について、扶養控除等申告書の入力に必要な
個人番号と親族の情報をExcelにまとめました。送金関係書類は別途お送りします。

小此木
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "国外扶養_2026年調.xlsx",
                "sheets": {
                    "本人": [
                        ["社員番号", "氏名", "個人番号", "国外扶養親族数"],
                        ["H21044", "ZHANG WEI", MN_ZHANG, 2],
                        ["H19031", "GURUNG Bikash", MN_GURUNG, 3],
                        ["H25012", "SANTOS Maria Cristina", MN_SANTOS, 1],
                    ],
                    "親族": [
                        ["社員番号", "親族氏名", "続柄", "生年月日", "居住国"],
                        ["H21044", "ZHANG HAOYU", "子", "2015/03/02", "中国"],
                        ["H21044", "WANG XIULAN", "母", "1958/10/30", "中国"],
                        ["H19031", "GURUNG Dil Bahadur", "父", "1960/05/14", "ネパール"],
                        ["H19031", "GURUNG Maya", "母", "1963/09/01", "ネパール"],
                        ["H19031", "GURUNG Sushila", "妹", "2004/12/08", "ネパール"],
                        ["H25012", "SANTOS Teresita", "母", "1967/02/27", "フィリピン"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX with three employees' 個人番号 (plus relatives' dates of birth) to an outsourced payroll vendor",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "visa-071",
        "subject": "出向予定者の在留資格について（ご参考）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["古閑 <koga@kawasaki-denki.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """古閑様

お世話になっております。日の出産業の相楽です。
来年１月から御社に出向予定の当社社員について、在留関係の情報をお知らせします。

　氏名：朴 志勲（パク・ジフン）
　在留資格：技術・人文知識・国際業務
　在留期間：５年（満了日 2029年2月26日）

在籍出向のため、所属機関の変更届は不要と田辺先生に確認済みです。
出向先での業務内容が変わる場合は、事前にご相談ください。

相楽
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "one seconded employee's name and status of residence to the partner company: ordinary HR coordination",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "visa-072",
        "subject": "技能実習→特定技能 移行予定者のご連絡",
        "sender": "宇佐美 健吾 <usami.k@mail.hinode-sangyo.co.jp>",
        "to": ["森本 <morimoto@tokai-kokusai.or.jp>"],
        "charset": "iso-2022-jp",
        "body": """森本様

お世話になっております。静岡工場の宇佐美です。
来年春に技能実習２号を修了し、特定技能１号へ移行を希望している実習生をご連絡します。
移行後の面談日程は、本人に直接ご連絡いただいて構いません。

・TAMANG RAJU　　　　実習満了 2027/04/01　生年月日 1997/08/14　raju.tamang97@gmail.com
・Aung Ko Ko　　　　　実習満了 2027/05/18　生年月日 1999/02/06　aungkoko.mdy@gmail.com
・Thiri Aung　　　　　実習満了 2027/05/18　生年月日 2000/10/22　thiriaung2000@gmail.com
・Min Htet Naing　　　実習満了 2027/06/30　生年月日 1998/12/11　minhtetnaing98@yahoo.com
・Zin Mar Oo　　　　　実習満了 2027/06/30　生年月日 2001/03/27　zinmaroo.0327@gmail.com

技能評価試験（専門級）は全員合格済みです。

宇佐美
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of five trainees with date of birth and private e-mail to the supervising organisation",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "visa-073",
        "subject": "ご依頼の在留カード情報（ご本人控え）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["Bikash Gurung <bikash.gurung.np@gmail.com>"],
        "charset": "utf-8",
        "body": """グルンさん

相楽です。電話でお話しした件、会社に登録しているグルンさんの在留カードの情報です。
住宅ローンの事前審査の申込書に書くとのことでしたので、念のためお送りします。

　在留カード番号：GN31968025TB
　在留資格：技術・人文知識・国際業務
　在留期間の満了日：2029年4月21日

申込書の記入が終わったら、このメールは削除してください。

相楽
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "an employee's own residence card number sent at his request to his own private address: the data subject is the recipient",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "visa-074",
        "subject": "会社概要資料のご送付について",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["行政書士法人はままつ国際 河合様 <kawai@hamamatsu-kokusai.jp>"],
        "charset": "iso-2022-jp",
        "body": """河合先生

お世話になっております。日の出産業の城之内です。
本日はお見積りのご提出、ありがとうございました。

ご依頼の会社概要資料についてですが、当社の中期経営計画は社外秘の扱いとなっており、
お渡しできるのは公開済みの会社案内と決算公告のみとなります。
そちらを郵送でお送りしますので、ご了承ください。

城之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned in a sentence; nothing is marked and nothing is attached",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "visa-075",
        "subject": "Signed employment contract - Ms. Reyes (scan)",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Atty. Paolo Mercado <p.mercado@mercado-immigration.com>"],
        "charset": "utf-8",
        "body": """Dear Mr. Mercado,

Please find attached the signed employment contract for Ms. Reyes, as requested for the
POLO/DMW verification. Our scanner had a problem this morning, so please tell me if the
file does not open and I will scan it again.
""" + SIG_CARTER,
        "attachments": [
            {"kind": "corrupt", "name": "Reyes_employment_contract_signed.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt PDF that cannot be inspected",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "visa-076",
        "subject": "長期滞在プランのお見積り依頼（出張者用）",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人営業部 <corporate@sakura-hote1.jp>"],
        "charset": "iso-2022-jp",
        "body": """さくらホテル
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の寺嶋です。
来年、海外拠点からの長期出張者（１〜３か月）の受入れが増える見込みのため、
長期滞在プランのお見積りをお願いいたします。

　対象ホテル：浜松町・富士・浜松（開業予定）
　想定：年間延べ 600泊程度、シングル、朝食付き
　希望：30泊以上の割引、ランドリー利用、請求書の月締め

ご検討のほどよろしくお願いいたします。

寺嶋
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hote1.jp swaps the letter l for the digit 1 in the partner hotel's domain",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "visa-077",
        "subject": "【社外秘】外国籍人材受入れ方針（取締役会付議案）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["人事部長 勘解由小路 <kadenokoji@hinode-sangyo.co.jp>"],
        "cc": ["経営企画部 <keikaku@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "body": """勘解由小路部長

真壁です。来月の取締役会に付議する受入れ方針の案です。
経営企画部にもCCで共有しています。

真壁
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "受入れ方針_取締役会付議案.docx",
                "page_header": "社外秘",
                "paragraphs": [
                    "外国籍人材受入れ方針（案）",
                    "1. 2027年度から2029年度に、特定技能を中心に累計120名を受け入れる。",
                    "2. 登録支援機関への委託を段階的に縮小し、支援業務を内製化する。",
                    "3. 日本語教育費として1人あたり年間12万円を予算化する。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a 社外秘 document, but sent only inside the company",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "visa-078",
        "subject": "「特定活動」への変更の可能性について（ご家族の事情）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["田辺 恭平 <tanabe@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """田辺先生

お世話になっております。相楽です。
社員の PERERA NIMAL さん（技術・人文知識・国際業務）のご家族の件でご相談です。

奥様の栗花落千尋さん（日本人）との間のお子さん（５歳）に自閉スペクトラム症と
知的障害があり、今年療育手帳（Ｂ１）が交付されたそうです。
スリランカ在住のお母様を、育児の支援のために長期間呼び寄せたいとの希望があります。

老親・介護目的の特定活動は難しいと聞いていますが、障害のあるお子さんの養育支援という
事情で、何か可能性のある在留資格はありますでしょうか。

相楽
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an identifiable employee's child's disability and diagnosis sent to the scrivener",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "visa-079",
        "subject": "カテゴリー判定用の提出資料について",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["河合 <kawai@hamamatsu-kokusai.jp>"],
        "charset": "utf-8",
        "body": """河合先生

お世話になっております。城之内です。
所属機関のカテゴリー判定に必要な資料について、当社の情報をお知らせします。

　商号　　　：日の出産業株式会社
　法人番号　：2230962235632
　本店所在地：東京都港区芝2-11-5
　前年分の給与所得の源泉徴収票等の法定調書合計表：源泉徴収税額 1,000万円以上
　上場区分　：東証スタンダード

法定調書合計表の写し（受付印のあるもの）はPDFで添付いたします。

城之内
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "法定調書合計表_2025.pdf",
                "lines": [
                    "給与所得の源泉徴収票等の法定調書合計表（令和7年分）",
                    "提出者：日の出産業株式会社　法人番号 2230962235632",
                    "所在地：東京都港区芝2-11-5",
                    "給与所得の源泉徴収票合計表　人員 1,284人　支払金額 7,412,330,000円",
                    "源泉徴収税額 398,215,400円",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "the company's own 法人番号 and aggregate tax figures: business data, no person",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "visa-080",
        "subject": "Interview results - Batch 7 (Manila, 29 Sept)",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Maricel Dizon <m.dizon@luzontalent.com.ph>"],
        "charset": "utf-8",
        "body": """Dear Maricel,

Thank you for organising the online interviews on 29 September. Our results:

  - Ms. Jocelyn DE GUZMAN : selected (machining)
  - Mr. Renato VILLANUEVA : selected (assembly)
  - Mr. Carlo MAGBANUA    : not selected this time; we would welcome him in the next batch
    after he passes the JFT-Basic.

Please go ahead with the skills test registration for the two selected candidates. We will
start the Certificate of Eligibility applications once they pass.
""" + SIG_CARTER,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "three candidates' names with interview outcome to the agency that presented them: under five, no contact data or identifiers",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "visa-081",
        "subject": "Re: Re: 在留期限の近い方の確認",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["佐々木 奈央 <sasaki@minato-shien.or.jp>"],
        "charset": "cp932",
        "body": """佐々木様

五十嵐です。お問い合わせの件、工場側にも確認して抜けていた方を追加しました。
在留期限が来年３月までの方は以下の６名です（住所は現在の住民登録地）。

氏名,在留期限,生年月日,住所,携帯
Sri Wahyuni,2027/01/09,2000/10/03,静岡県富士市吉原2-8-19-101,070-1836-5524
Budi Santoso,2027/03/22,1997/05/30,静岡県富士市吉原2-8-19-102,070-1836-5529
HERNANDEZ Joy,2027/02/11,1995/12/19,静岡県富士市永田町1-22-4,090-6620-8134
PHAM QUOC BAO,2027/01/27,1999/08/08,静岡県富士宮市大宮町5-31,080-2209-7765
LE MINH DUC,2027/03/05,2001/01/14,静岡県富士宮市大宮町5-31,080-2209-7768
Fajar Nugroho,2027/02/18,1999/10/12,静岡県浜松市中央区天竜川町188,070-3391-5533

よろしくお願いいたします。

> 五十嵐様
> 先日いただいたリストでは、DO さんと VU さんの２名のみでしたが、
> ほかに来年３月までに期限を迎える方はいらっしゃいませんか。
> 佐々木
>
>> 佐々木様
>> 在留期限が近い方は、DO THU TRANG さん（11/30）、VU DINH KHOA さん（12/14）です。
>> 五十嵐
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "the new text of a reply holds a comma-separated list of six workers with address and mobile",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "visa-082",
        "subject": "Coordination call - Ms. Reyes's return to work and visa extension",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Atty. Paolo Mercado <p.mercado@mercado-immigration.com>"],
        "cc": ["Ken Odagiri <odagiri@pacific-relo.com>"],
        "charset": "utf-8",
        "body": """Dear Mr. Mercado, dear Ken,

I would like to set up a short call with both of you to align on the next steps for the
family's visa extension and the move to the new apartment, now that the new interview date
is fixed.

Would Thursday 22 October, 16:00 JST work for you? I will send a Teams invitation once you
confirm.
""" + SIG_CARTER,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc for a scheduling call; no health details in the new text",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "visa-083",
        "subject": "航空券手配のお願い（ハノイ→東京 ２名）",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["東西トラベル 法人営業部 <corporate@tozai-travel.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """東西トラベル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 総務部の寺嶋です。
来日する社員２名の片道航空券の手配をお願いします。

　搭乗者：NGUYEN THI THU 様 / LE THI NGA 様
　区間　：ハノイ（HAN）→ 成田（NRT）
　希望日：11月2日（月）午前着の便
　クラス：エコノミー、受託手荷物 23kg×2個

旅券の情報は、ご予約確定後に御社の予約フォームから本人が入力します。
お支払いはいつもの請求書払いでお願いいたします。

寺嶋
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "two travellers' names and a route; passport data deliberately kept out of mail",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "visa-084",
        "subject": "再検査対象者（外国籍社員）の受診勧奨について",
        "sender": "宇佐美 健吾 <usami.k@mail.hinode-sangyo.co.jp>",
        "to": ["健康管理室 保健師 <kenko@hinode-sangyo.co.jp>"],
        "charset": "utf-8",
        "html": """<html><body>
<p>健康管理室 保健師の皆さま</p>
<p>静岡工場の宇佐美です。定期健診で再検査となった外国籍社員の一覧です。<br>
母国語での受診勧奨文をお願いしたく、言語も記載しています。</p>
<table border="1">
<tr><th>社員番号</th><th>氏名</th><th>判定</th><th>所見</th><th>言語</th></tr>
<tr><td>F20311</td><td>DO THU TRANG</td><td>C</td><td>貧血（Hb 9.8）</td><td>ベトナム語</td></tr>
<tr><td>F20402</td><td>Sri Wahyuni</td><td>C</td><td>尿糖（＋）</td><td>インドネシア語</td></tr>
<tr><td>F20415</td><td>Budi Santoso</td><td>D</td><td>血圧 168/102</td><td>インドネシア語</td></tr>
<tr><td>F20433</td><td>TAMANG RAJU</td><td>D</td><td>胸部X線 要精密</td><td>ネパール語</td></tr>
<tr><td>F20440</td><td>Aung Ko Ko</td><td>C</td><td>肝機能（ALT 88）</td><td>ミャンマー語</td></tr>
</table>
<p>宇佐美</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health check results of five workers, but sent only to the internal health office",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "visa-085",
        "subject": "定期面談の日程（DO THU TRANG さん）",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": [
            "佐々木 奈央 <sasaki@minato-shien.or.jp>",
            "Do Thu Trang <dothutrang.1998@gmail.com>",
        ],
        "cc": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "utf-8",
        "body": """佐々木様、ドさん
（cc: 田辺国際法務事務所 吉岡様）

五十嵐です。ドさんの定期面談と、在留期間更新の書類確認を同じ日に行います。

　日時：10月14日（水）13:30〜14:30
　場所：静岡工場 第2会議室
　持ち物：在留カード、パスポート、給与明細（直近３か月）

吉岡様には書類の確認のため同席いただく予定です。
都合が悪い場合は返信してください。

五十嵐
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a support organisation, a scrivener office and a private person see each other in To/Cc: three external parties",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "visa-086",
        "subject": "在留期限アラート機能 改修見積の件",
        "sender": "芦刈 翔 <ashikari.s@hinode-sangyo.co.jp>",
        "to": ["藤堂 <todo@tsubasa-sytem.jp>"],
        "charset": "utf-8",
        "body": """藤堂様

お世話になっております。芦刈です。
お見積り（TS-EST-26-0412）拝受しました。ありがとうございます。
工数のうち「既存データ移行」の部分は当社で対応しますので、
その分を除いた金額で再見積りをお願いできますでしょうか。

芦刈
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter from the partner domain tsubasa-system.jp",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "visa-087",
        "subject": "Thank you for your visit to Shizuoka",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["Tran Quoc Viet <viet.tq@saigonmanpower.com.vn>"],
        "charset": "utf-8",
        "body": """Dear Mr. Viet,

Thank you very much for visiting our Shizuoka plant last week. Our plant manager was glad
to hear how well the pre-departure training prepares the candidates for the workshop.

As discussed, we will share the revised job description for the welding positions by the
end of October, and we look forward to your proposal for the 2027 batches.
""" + SIG_CARTER,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a thank-you note to one overseas partner",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "visa-088",
        "subject": "難民認定申請中のご親族について（ご相談）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["鳴海 <narumi@shirakawa-law.jp>"],
        "charset": "iso-2022-jp",
        "body": """鳴海先生

お世話になっております。真壁です。
当社のミャンマー国籍の社員 Aung Ko Ko さん（技能実習２号）から相談を受けました。

本人はロヒンギャの出身で、弟の Mohammad Ayas さんが昨年来日し、
現在、難民認定申請中（特定活動６か月）とのことです。
弟さんを当社で雇用できないか、また本人の特定技能への移行に
影響がないかを知りたいと言っています。

民族的な背景が関わるため、取扱いにも注意が必要と考えております。
一度ご面談をお願いできますでしょうか。

真壁
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the ethnic origin (Rohingya) of a named employee and his brother sent outside: sensitive data",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "visa-089",
        "subject": "事業譲渡に伴う外国籍社員の転籍について",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["鳴海 <narumi@shirakawa-law.jp>"],
        "charset": "iso-2022-jp",
        "body": """【極秘】

鳴海先生

お世話になっております。真壁です。
先日ご説明した、静岡工場の鋳造部門を株式会社トウカイキャストへ譲渡する件です。
同部門の外国籍社員（特定技能１号 14名、技能実習 6名）の転籍にあたり、
在留手続き上の論点を整理いただけますでしょうか。

　・特定技能：受入れ機関の変更に伴う変更許可申請の要否とスケジュール
　・技能実習：実習実施者の変更（技能実習計画の認定）と監理団体との調整
　・譲渡日：2027年4月1日（予定、未公表）

本件は社内でも限られたメンバーのみで進めております。

真壁
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is stamped 【極秘】 at the top and goes to an outside law firm",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "visa-090",
        "subject": "所属機関等に関する届出のオンライン提出について（問い合わせ）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["外国人在留総合インフォメーションセンター <info-center@isa-inquiry.go.jp>"],
        "charset": "iso-2022-jp",
        "body": """ご担当者様

日の出産業株式会社 人事部の相楽と申します。
所属機関等に関する届出について、一般的な質問がございます。

１．社員本人に代わり、会社（所属機関）が届出をオンラインで提出することは可能でしょうか。
２．可能な場合、事前に利用者登録が必要な書類はありますか。
３．雇用契約の終了と新たな契約の締結が同日の場合、届出は２件必要でしょうか。

お忙しいところ恐れ入りますが、ご教示いただけますと幸いです。
""" + SIG_SAGARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general procedural question to the immigration information centre, no person",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "visa-091",
        "subject": "在留資格変更（技能実習→特定技能）申請人情報",
        "sender": "宇佐美 健吾 <usami.k@mail.hinode-sangyo.co.jp>",
        "to": ["岩佐 <iwasa@iwasa-office.jp>"],
        "charset": "utf-8",
        "body": """岩佐先生

お世話になっております。日の出産業 静岡工場の宇佐美です。
移行申請の申請人情報をWordの表にまとめましたのでお送りします。

宇佐美
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "申請人情報一覧_移行申請.docx",
                "paragraphs": ["技能実習２号修了者 特定技能１号への変更申請 申請人情報"],
                "tables": [
                    [
                        ["氏名", "生年月日", "住居地", "電話番号", "実習修了予定"],
                        ["TAMANG RAJU", "Ｈ９．８．１４", "静岡県富士市本町11-3 第2日の出寮301", "090-4118-2203", "2027/04/01"],
                        ["Aung Ko Ko", "Ｈ１１．２．６", "静岡県富士市本町11-3 第2日の出寮302", "090-4118-2207", "2027/05/18"],
                        ["Thiri Aung", "Ｈ１２．１０．２２", "静岡県富士市本町11-3 第2日の出寮401", "090-4118-2210", "2027/05/18"],
                        ["Min Htet Naing", "Ｈ１０．１２．１１", "静岡県富士市本町11-3 第2日の出寮303", "090-4118-2214", "2027/06/30"],
                        ["Zin Mar Oo", "Ｈ１３．３．２７", "静岡県富士市本町11-3 第2日の出寮402", "090-4118-2219", "2027/06/30"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five applicants with 和暦 dates of birth, addresses and phones to the scrivener",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "visa-092",
        "subject": "来月の支援（役所同行）対象者",
        "sender": "五十嵐 拓真 <ikarashi.t@hinode-sangyo.co.jp>",
        "to": ["佐々木 奈央 <sasaki@minato-shien.or.jp>"],
        "charset": "iso-2022-jp",
        "body": """佐々木様

お世話になっております。五十嵐です。
11月に入国する４名の、住民登録・国民年金関係の役所同行をお願いします。
対象者と連絡先を添付しました。

五十嵐
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "役所同行_202611.xlsx",
                "sheets": {
                    "11月入国": [
                        ["氏名", "入国日", "在留期限", "連絡用メール"],
                        ["NGUYEN THI THU", "2026/11/02", "2027/11/02", "thu.nguyenthi01@gmail.com"],
                        ["LE THI NGA", "2026/11/02", "2027/11/02", "lethinga.2000@gmail.com"],
                        ["PHAM VAN HUNG", "2026/11/02", "2027/11/02", "hungpham.9906@gmail.com"],
                        ["DANG VAN TOAN", "2026/11/02", "2027/11/02", "toandang0202@gmail.com"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four people's names and e-mail (under five, no identifiers) to the support organisation: may warn, must go",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "visa-093",
        "subject": "在留カード PL49021876AS（SHARMA RAHUL）の住居地変更について",
        "sender": "Emily Carter <e.carter@hinode-sangyo.co.jp>",
        "to": ["吉岡 <yoshioka@tanabe-gyosei.jp>"],
        "charset": "utf-8",
        "body": """吉岡様

お世話になっております。人事部のカーターです。
件名の社員が11月16日に港区から品川区へ転居します。
住居地の届出は本人が区役所で行いますが、同時期に更新申請を予定しているため、
申請書の住所をどちらで記載すべきかご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_CARTER,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a residence card number with the holder's name in the subject line of a mail to the scrivener",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "visa-094",
        "subject": "【パスワード通知】認定申請書類一式",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["行政書士法人やまぶき 申請チーム <team@yamabuki-visa.com>"],
        "charset": "iso-2022-jp",
        "body": """申請チーム ご担当者様

先ほどお送りしたファイル「COE_2027spring.zip」の解凍パスワードをお知らせします。

　パスワード：Hs#2027coe

日の出産業株式会社 人事部 城之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail carries no attachment and no personal data",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "visa-095",
        "subject": "派遣社員の在留資格確認の方法について（一般的なご質問）",
        "sender": "真壁 和也 <makabe.k@hinode-sangyo.co.jp>",
        "to": ["鳴海 <narumi@shirakawa-law.jp>"],
        "charset": "utf-8",
        "body": """鳴海先生

お世話になっております。真壁です。
一般的な質問で恐縮ですが、派遣会社から外国籍の派遣社員を受け入れる場合、
派遣先である当社にも在留カードの確認義務があるのでしょうか。

仮に、派遣元が「確認済み」と言っている場合でも、実際には資格外活動許可の範囲を
超えて就労していたとすると、派遣先が不法就労助長罪に問われる可能性はありますか。
社内の受入れ手順書に反映したいと考えております。

真壁
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general legal question with a hypothetical, no identifiable person",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "visa-096",
        "subject": "申請取次先の連絡窓口まとめ（社内用）",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["国際人材グループ <global-hr@hinode-sangyo.co.jp>"],
        "charset": "iso-2022-jp",
        "body": """グループの皆さん

相楽です。取次をお願いしている事務所の窓口を整理しました。
宛先を間違えやすいので、送信前にドメインを必ず確認してください。

・田辺国際法務事務所（本社・東京局案件）
　　tanabe@tanabe-gyosei.jp（先生）／ yoshioka@tanabe-gyosei.jp（補助者）
・行政書士法人やまぶき（新卒・認定申請）
　　saotome@yamabuki-visa.com ／ team@yamabuki-visa.com
・岩佐行政書士事務所（永住・身分系）
　　iwasa@iwasa-office.jp
・みなと人材支援協同組合（登録支援機関）
　　sasaki@minato-shien.or.jp

複数の事務所に同時に送る場合は、必ずBCCにしてください。

相楽
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal mail listing business contacts of outside offices; no external recipient",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "visa-097",
        "subject": "RE: 更新許可の結果について",
        "sender": "相楽 美月 <sagara.m@hinode-sangyo.co.jp>",
        "to": ["田辺 恭平 <tanabe@tanabe-gyosei.jp>"],
        "charset": "iso-2022-jp",
        "body": """田辺先生

ご連絡ありがとうございます。全員許可とのこと、安心しました。
受領の同行日程は、本人たちの勤務シフトを確認のうえ明日ご連絡します。

相楽

-----Original Message-----
From: 田辺 恭平 <tanabe@tanabe-gyosei.jp>
Sent: Wednesday, October 7, 2026 5:05 PM
To: 相楽 美月 <sagara.m@hinode-sangyo.co.jp>
Subject: 更新許可の結果について

相楽様

お世話になっております。田辺です。
先月申請した下記５名の更新申請について、本日すべて許可の通知がありました。

NGUYEN VAN AN　　　在留カード UH20846613KB　新期限 2031/12/08（5年）
TRAN THI HOA　　　 在留カード QZ73951240MA　新期限 2029/12/21（3年）
SHRESTHA ANJALI　　在留カード WD15528806CT　新期限 2030/01/15（3年）
BAUTISTA MARK ANTHONY　在留カード RJ66021478HS　新期限 2028/02/04（1年）
PARK JIHOON　　　　在留カード NM40317752LE　新期限 2032/02/26（5年）

受領には手数料納付書（各4,000円）が必要です。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "residence card numbers appear only under -----Original Message----- from the recipient himself",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "visa-098",
        "subject": "備品注文：収入印紙・レターパック他",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["オフィスサプライ青山 受注センター <order@office-aoyama.co.jp>"],
        "charset": "cp932",
        "body": """オフィスサプライ青山 受注センター 御中

いつもお世話になっております。日の出産業 総務部の寺嶋です。
下記のとおり注文いたします。

品番　　　　品名　　　　　　　　　　　数量　　単価
------------------------------------------------------
OS-5521　　角形2号封筒（クラフト）　　 5箱　　 1,320円
OS-0877　　クリアファイル A4 20枚　　 10袋　　　 480円
LP-PLUS　　レターパックプラス　　　　 20枚　　　 600円
OS-3102　　ゴム印（在留申請書類在中）　 1個　　 2,750円

納品先：本社7階 総務部（〒105-0014 東京都港区芝2-11-5）
ご注文番号：HS-PO-26-1093

寺嶋
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a supplies order with product codes and a PO number",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "visa-099",
        "subject": "Re: ハラールメニュー試食会の日程",
        "sender": "寺嶋 由紀 <terajima.y@hinode-sangyo.co.jp>",
        "to": ["門脇 <kadowaki@kitaguni-foods.co.jp>"],
        "charset": "utf-8",
        "body": """門脇様

ご提案ありがとうございます。
試食会は10月28日（水）12:00〜、本社社員食堂でお願いいたします。
メニューは３品（チキンビリヤニ、野菜カレー、白身魚のグリル）で問題ありません。
ハラール認証の食材の仕入れ先についても、当日ご説明いただけると助かります。

寺嶋

> 寺嶋様
> ハラールメニューの試食会を、10月下旬に実施できればと思います。
> 門脇
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "canteen menu planning without any person's religion: ordinary partner mail",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "visa-100",
        "subject": "FW: 書類の件（本人からのメール）",
        "sender": "城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>",
        "to": ["早乙女 <saotome@yamabuki-visa.com>"],
        "charset": "utf-8",
        "body": """早乙女先生

城之内です。チン・メイリンさん本人から、申請書に記入する情報が届きました。
本人のメールをそのまま添付しますので、申請書の作成にお使いください。

城之内
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "申請情報_CHEN MEILING.eml",
                "message": {
                    "sender": "Chen Meiling <m2510033@kitakanto-tech.ac.jp>",
                    "to": ["城之内 遥 <jonouchi.h@hinode-sangyo.co.jp>"],
                    "subject": "申請書の情報です",
                    "charset": "utf-8",
                    "body": """城之内様

お世話になっております。チン・メイリンです。
変更申請に必要な情報をお送りします。

氏名：CHEN MEILING（陳 美玲）
生年月日：2002年8月15日
国籍：台湾
旅券番号：318845207（有効期限 2031年5月9日）
在留カード番号：AD82045519KT
住居地：群馬県前橋市上沖町231-5 メゾン上沖105
電話：080-5290-3341

よろしくお願いいたします。
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an attached mail (.eml) with a candidate's passport and residence card numbers, forwarded to the scrivener",
    },
]
