"""Blind corpus, area kaigaiiryo: medical care for Hinode Sangyo employees travelling or
posted abroad.  The mail comes from the overseas HR desk (人事部 海外人事グループ), the
health office (健康管理室), general affairs and accounting, and goes to medical assistance
companies, hospitals and clinics abroad, travel-insurance claim desks, air-ambulance
(medevac) operators, travel clinics, travel and visa agencies, relocation movers, the
company's lawyers and labour consultants, hotels, and the families of posted staff; it
covers case reports and guarantees of payment, insurance claims, evacuation requests,
pre-posting health checks and vaccinations, emergency-contact rosters, contracts and
invoices with the assistance company, as well as the desk's ordinary internal mail.
"""

from build import card_number, my_number

SEED = 67801

SIG_YAMANASHI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 海外人事グループ　月見里 早苗（やまなし さなえ）
〒105-0013 東京都港区浜松町3-14-2 日の出ビル8F
TEL：03-5470-2811（代表）　内線：4127
Mail：yamanashi.sanae@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_IOKIBE = """
--
五百旗頭 亮 / Ryo Iokibe
日の出産業株式会社 人事部 海外人事グループ 課長
〒105-0013 東京都港区浜松町3-14-2
TEL 03-5470-2830 / FAX 03-5470-2899
iokibe.ryo@hinode-sangyo.co.jp"""

SIG_IOKIBE_EN = """
--
Ryo Iokibe
Manager, Global HR Group, Human Resources Dept.
Hinode Sangyo Co., Ltd.
3-14-2 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5470-2830
iokibe.ryo@hinode-sangyo.co.jp"""

SIG_SHOJI = """
************************************
日の出産業株式会社　人事部 海外人事グループ
東海林 美咲（Shoji Misaki）
TEL：03-5470-2833（直通）
E-mail：shoji.misaki@hinode-sangyo.co.jp
************************************"""

SIG_OGASAWARA = """
---------------------------------------------
日の出産業株式会社 人事部 海外人事G
小笠原 拓海
〒105-0013 東京都港区浜松町3-14-2 日の出ビル8階
Tel:03-5470-2835  Fax:03-5470-2899
ogasawara.takumi@hinode-sangyo.co.jp
---------------------------------------------"""

SIG_MINAI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 人事部 健康管理室
保健師　薬袋 恵（みない めぐみ）
内線：4160　／　minai.megumi@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_KIDOKORO = """
――――――――――――――――
日の出産業株式会社 総務部 総務課
城所 健一
TEL 03-5470-2850
kidokoro.kenichi@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_KOKETSU = """
----------------------------------
日の出産業株式会社 経理部 支払グループ
纐纈 由紀（こうけつ ゆき）
TEL：03-5470-2870
koketsu.yuki@hinode-sangyo.co.jp
----------------------------------"""

SIG_TAN_EN = """
Best regards,
Kelly Tan
Regional HR, Hinode Sangyo Asia Pacific (Singapore branch)
kelly.tan@sg.hinode-sangyo.co.jp | +65 6221 0475"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

S_YAMANASHI = "月見里 早苗 <yamanashi.sanae@hinode-sangyo.co.jp>"
S_IOKIBE = "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>"
S_SHOJI = "東海林 美咲 <shoji.misaki@hinode-sangyo.co.jp>"
S_OGASAWARA = "小笠原 拓海 <ogasawara.takumi@hinode-sangyo.co.jp>"
S_MINAI = "薬袋 恵 <minai.megumi@hinode-sangyo.co.jp>"
S_KIDOKORO = "城所 健一 <kidokoro.kenichi@hinode-sangyo.co.jp>"
S_KOKETSU = "纐纈 由紀 <koketsu.yuki@hinode-sangyo.co.jp>"
S_TAN = "Kelly Tan <kelly.tan@sg.hinode-sangyo.co.jp>"

MESSAGES = [
    # 001 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-001",
        "charset": "iso-2022-jp",
        "sender": S_YAMANASHI,
        "to": ["グローバルメディカルアシスト 日本デスク <ops-japan@gm-assist.co.jp>"],
        "subject": "【至急】バンコク駐在員 入院のご連絡（キャッシュレス手配のお願い）",
        "body": """株式会社グローバルメディカルアシスト
日本デスク ご担当者様

いつも大変お世話になっております。
日の出産業の月見里でございます。

弊社バンコク駐在員が本日未明に現地病院へ緊急入院いたしましたので、
キャッシュレスでの受診手配をお願いしたくご連絡いたしました。

　被保険者氏名：鰐部 達也（ワニベ タツヤ）
　生年月日　　：1984年7月19日
　駐在地　　　：タイ王国 バンコク
　入院先　　　：Sukhumvit International Hospital（日本人クリニック経由）
　症状・診断　：急性虫垂炎（腹腔鏡下手術の予定と聞いております）
　保険証券番号：TK-GL-55810294

本人は現在手術前の処置中のため、連絡は現地法人総務の担当を通じて
いただけますと幸いです。
取り急ぎ、よろしくお願いいたします。
""" + SIG_YAMANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 駐在員の氏名・生年月日と診断名（急性虫垂炎）をアシスタンス会社へ",
    },
    # 002 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-002",
        "charset": "utf-8",
        "sender": S_YAMANASHI,
        "to": ["薬袋 恵 <minai.megumi@hinode-sangyo.co.jp>"],
        "cc": ["五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>"],
        "subject": "上海駐在 四十物さんの件（休職診断書の受領）",
        "body": """薬袋さん

お疲れさまです。海外人事の月見里です。
上海駐在の四十物さんについて、本日現地法人経由で診断書の写しが届きました。

・氏名：四十物 健太（あいもの けんた）上海日出貿易有限公司 出向
・診断名：うつ状態（抑うつエピソード、中等度）
・主治医所見：２か月程度の休養を要する
・本人携帯（中国）：+86 139 1742 8830

帰国させて国内で療養するか、現地で休養させるか、産業医面談の日程も含めて
ご相談させてください。明日午後は空いております。

診断書PDFは人事共有フォルダの「海外_健康案件」に格納済みです。
""" + SIG_YAMANASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": [],
        "note": "宛先はすべて社内（健康管理室・課長）: 診断名があっても社内のみなので通す",
    },
    # 003 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-003",
        "charset": "utf-8",
        "sender": S_OGASAWARA,
        "to": ["会員登録チーム <member@gm-assist.co.jp>"],
        "subject": "2025年度 駐在員会員登録データのご送付",
        "body": """株式会社グローバルメディカルアシスト
会員登録チーム 御中

お世話になっております。日の出産業の小笠原です。
2025年度の法人契約更新に伴い、駐在員の会員登録データをお送りします。
添付のExcel「駐在員」シートをご確認のうえ、会員カードの発行をお願いいたします。

前年度からの変更点は「更新履歴」シートにまとめております。
ご不明点がございましたらご連絡ください。
""" + SIG_OGASAWARA,
        "attachments": [{
            "kind": "xlsx",
            "name": "駐在員名簿_2025年度.xlsx",
            "sheets": {
                "駐在員": [
                    ["日の出産業株式会社 海外駐在員一覧（2025年4月1日現在）"],
                    [],
                    ["No", "氏名", "ローマ字", "赴任国", "都市", "生年月日", "現地携帯", "メール"],
                    [1, "鰐部 達也", "WANIBE TATSUYA", "タイ", "バンコク", "1984/07/19", "+66-81-552-3071", "wanibe.tatsuya@hinode-sangyo.co.jp"],
                    [2, "四十物 健太", "AIMONO KENTA", "中国", "上海", "1987/11/02", "+86-139-1742-8830", "aimono.kenta@hinode-sangyo.co.jp"],
                    [3, "閏間 俊彦", "URUMA TOSHIHIKO", "インドネシア", "ジャカルタ", "1966/03/28", "+62-812-8830-4417", "uruma.toshihiko@hinode-sangyo.co.jp"],
                    [4, "匝瑳 大輔", "SOSA DAISUKE", "ベトナム", "ホーチミン", "1979/09/09", "+84-90-771-2284", "sosa.daisuke@hinode-sangyo.co.jp"],
                    [5, "忽那 博樹", "KUTSUNA HIROKI", "インドネシア", "ジャカルタ", "1982/01/15", "+62-811-902-6635", "kutsuna.hiroki@hinode-sangyo.co.jp"],
                    [6, "喜屋武 翔", "KYAN SHO", "フィリピン", "マニラ", "1990/06/30", "+63-917-448-2091", "kyan.sho@hinode-sangyo.co.jp"],
                    [7, "小鳥遊 誠", "TAKANASHI MAKOTO", "タイ", "チョンブリ", "1975/12/04", "+66-89-310-7764", "takanashi.makoto@hinode-sangyo.co.jp"],
                    [8, "蛭子 和也", "EBISU KAZUYA", "インドネシア", "ブカシ", "1988/08/21", "+62-813-5520-1948", "ebisu.kazuya@hinode-sangyo.co.jp"],
                    [9, "廿楽 一輝", "TSUZURA KAZUKI", "タイ", "バンコク", "1979/03/02", "+66-86-027-5518", "tsuzura.kazuki@hinode-sangyo.co.jp"],
                    [10, "東海林 直樹", "SHOJI NAOKI", "中国", "上海", "1985/04/17", "+86-186-2109-7352", "shoji.naoki@hinode-sangyo.co.jp"],
                    [11, "雲母 拓真", "KIRA TAKUMA", "メキシコ", "レオン", "1990/05/14", "+52-477-318-2209", "kira.takuma@hinode-sangyo.co.jp"],
                    [12, "百目鬼 浩二", "DOMEKI KOJI", "ドイツ", "デュッセルドルフ", "1980/02/11", "+49-152-2843-9910", "domeki.koji@hinode-sangyo.co.jp"],
                ],
                "更新履歴": [
                    ["日付", "内容"],
                    ["2025/03/10", "雲母・百目鬼 新規赴任"],
                    ["2025/03/31", "帰任2名を削除"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "名簿: 12名の氏名・生年月日・携帯・メールのExcelを社外へ",
    },
    # 004 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-004",
        "charset": "iso-2022-jp",
        "sender": S_IOKIBE,
        "to": ["スカイライン・メディバック 日本営業部 真壁様 <makabe@skyline-medevac.com>"],
        "subject": "Re: 秘密保持契約書（ドラフト）のご確認について",
        "body": """スカイライン・メディバック株式会社
日本営業部　真壁様

お世話になっております。日の出産業の五百旗頭です。
先日お送りいただいた秘密保持契約書のドラフトにつきまして、
法務部の確認が終わりましたのでご連絡いたします。

第３条（秘密情報の範囲）について、患者搬送の際に弊社から提供する情報も
対象に含める旨を明記いただきたい、というのが当方からの唯一のコメントです。
それ以外の条項は原案どおりで差し支えございません。

修正版を頂戴できましたら、押印の手続きに進めます。
来週中に締結できれば、11月からの待機契約の検討にも間に合うかと存じます。

引き続きよろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約についてのやり取り: 機密の語は言及のみで表示ではない、個人データなし",
    },
    # 005 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-005",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["Billing Office <billing@sukhumvit-intl-hospital.com>"],
        "subject": "Deposit for the 2025 corporate health-screening package",
        "body": """Dear Billing Office,

Thank you for your reply of 3 June. As agreed, please take the deposit of THB 150,000
for our 2025 corporate health-screening package (Bangkok staff, 18 slots) from our
corporate card below.

  Card holder : RYO IOKIBE
  Card number : """ + card_number(SEED + 11) + """
  Expiry      : 09/27
  Card type   : corporate (Hinode Sangyo Co., Ltd.)

Kindly send the receipt to this address. The individual appointments will be booked by
our Bangkok office directly with your Japanese desk.

Kind regards,
""" + SIG_IOKIBE_EN,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "クレジットカード番号（名義・有効期限付き）を海外病院へ平文で送付",
    },
    # 006 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-006",
        "charset": "cp932",
        "sender": S_IOKIBE,
        "to": ["グローバルメディカルアシスト 営業部 <sales@gm-assist.co.jp>",
               "東邦海上火災保険 企業営業第二部 <kigyo2@toho-kaijo.co.jp>"],
        "cc": ["はやぶさ損害保険 海外旅行保険課 <kaigai@hayabusa-sonpo.co.jp>"],
        "subject": "来期の海外医療サポート体制に関するお打合せ日程のご相談",
        "body": """関係各社　ご担当者様

いつもお世話になっております。日の出産業の五百旗頭でございます。

来期（2026年度）の海外駐在員・出張者向け医療サポート体制の見直しにあたり、
アシスタンス会社様、保険会社様お二社と弊社の四者で一度お打合せの場を
設けさせていただきたく存じます。

候補日（いずれも1時間程度、オンライン）
　① 10月14日（火）14:00～
　② 10月16日（木）10:00～
　③ 10月20日（月）15:00～

ご都合のよい日程を今週金曜までにご返信いただけますと幸いです。
議題案は別途お送りいたします。

何卒よろしくお願い申し上げます。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "社外3組織（アシスタンス会社・保険会社2社）をTo/Ccで相互に見える形で送信",
    },
    # 007 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-007",
        "charset": "utf-8",
        "sender": S_SHOJI,
        "to": ["瑞和国際医院 日本人部 <japandesk@ruihe-intl-clinic.com>"],
        "subject": "Re: 牛腸様 ご受診後のご報告",
        "body": """瑞和国際医院 日本人部
劉様

ご丁寧なご報告をありがとうございます。
内容、承知いたしました。

今回の費用につきましては、本人立替ではなく弊社宛に請求書をお送りください。
宛名は「日の出産業株式会社 人事部 海外人事グループ」でお願いいたします。
請求書到着後、月末締め翌月末払いにてお振込みいたします。

引き続きよろしくお願いいたします。
""" + SIG_SHOJI + """

> 日の出産業株式会社
> 東海林様
>
> いつもお世話になっております。瑞和国際医院日本人部の劉です。
> 本日ご来院の牛腸 正人様（1972年生）のご受診結果をご報告します。
> 診断：胃潰瘍（内視鏡にて確認、ピロリ菌陽性）
> 処方：PPI（2週間分）、除菌療法は次回受診時に開始予定です。
> 次回予約：9月18日 10:30
>
> 費用は本人立替か貴社請求か、ご指示ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "診断名は病院側からの引用部分（>）のみ。新しい本文は請求先の指示だけ",
    },
    # 008 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-008",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["蛭子 和也 <ebisu.kazuya@hinode-sangyou.co.jp>"],
        "subject": "赴任前説明会の資料について",
        "body": """蛭子さん

お疲れさまです。海外人事の小笠原です。
来週の赴任前説明会で使う資料の最終版ができましたので、事前にお目通しください。
共有フォルダの「赴任前説明会_2025秋」に置いてあります。

当日は13:30から本社8階 大会議室Bです。
ご家族の同席も可能ですので、希望される場合は前日までに教えてください。

よろしくお願いします。
""" + SIG_OGASAWARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先ドメイン hinode-sangyou.co.jp は自社ドメインに u を足した類似ドメイン",
    },
    # 009 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-009",
        "charset": "utf-8",
        "sender": S_SHOJI,
        "to": ["グローバルメディカルアシスト ネットワーク管理課 <network@gm-assist.co.jp>"],
        "subject": "東南アジアの提携病院リスト 確認のお願い",
        "body": """グローバルメディカルアシスト
ネットワーク管理課 ご担当者様

お世話になっております。日の出産業の東海林です。
駐在員向けハンドブックの改訂にあたり、以下の病院が現在も貴社の
キャッシュレス提携先であるかご確認いただけますでしょうか。

病院名                               都市          代表電話            日本語窓口
----------------------------------   -----------   -----------------   ----------
Sukhumvit International Hospital     Bangkok       +66-2-011-4400      あり
Chonburi Memorial Hospital           Chonburi      +66-38-190-221      あり
Klinik Medika Jakarta                Jakarta       +62-21-5790-3300    あり
Saigon Japan Medical Center          Ho Chi Minh   +84-28-3910-6677    あり
Makati Bayview Medical Center        Manila        +63-2-8811-4020     なし
Penang Island Specialist Hospital    Penang        +60-4-226-9180      なし

特に下の２件は昨年まで提携先と伺っておりましたが、現在の状況が不明です。
お手数ですが、今月末までにご回答いただけますと助かります。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "病院（事業者）の一覧と代表電話のみ: 人の名簿ではない",
    },
    # 010 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-010",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["Japanese Medical Desk <japanese-desk@sukhumvit-intl-hospital.com>"],
        "subject": "Guarantee of Payment - TSUZURA Kazuki",
        "body": """Dear Japanese Medical Desk,

Please find attached our Guarantee of Payment for the in-patient treatment of our
employee. Hinode Sangyo will settle all medical expenses directly; please do not ask the
patient for a deposit.

Should the length of stay exceed seven days, kindly let us know in advance.

Best regards,
""" + SIG_IOKIBE_EN,
        "attachments": [{
            "kind": "pdf",
            "name": "GOP_Tsuzura_20250911.pdf",
            "title": "Guarantee of Payment",
            "lines": [
                "GUARANTEE OF PAYMENT",
                "Date: 11 September 2025",
                "To: Sukhumvit International Hospital, Bangkok",
                "",
                "Patient name : Mr. TSUZURA Kazuki",
                "Date of birth: 2 March 1979",
                "Nationality  : Japanese",
                "Diagnosis    : Dengue fever with warning signs (thrombocytopenia)",
                "Admission    : 10 September 2025",
                "",
                "Hinode Sangyo Co., Ltd. guarantees payment of all reasonable medical",
                "expenses incurred for the above patient up to THB 800,000.",
                "",
                "Ryo Iokibe, Manager, Global HR Group",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "添付PDFに患者の氏名・生年月日・診断名（デング熱）: 要配慮個人情報を社外へ",
    },
    # 011 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-011",
        "charset": "iso-2022-jp",
        "sender": S_SHOJI,
        "to": ["東邦海上火災保険 海外保険金サービス課 <claims-overseas@toho-kaijo.co.jp>"],
        "subject": "保険金請求書類の送付（事故受付番号 OS-25-07731）",
        "body": """東邦海上火災保険株式会社
海外保険金サービス課 御中

お世話になっております。日の出産業の東海林でございます。
事故受付番号 OS-25-07731 の件につき、請求書類一式をお送りいたします。

添付ファイルはパスワード付きZIPとしております。
パスワードは別メールにてお知らせいたします。

・保険金請求書
・診断書（英文）および和訳
・領収書の写し

ご査収のほどよろしくお願いいたします。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "zip",
            "name": "請求書類_OS-25-07731.zip",
            "password": "Hs#0731kq",
            "files": [
                {"kind": "pdf", "name": "診断書_英文.pdf", "lines": ["MEDICAL CERTIFICATE", "Patient: HORIBE Kenji", "Diagnosis: Closed fracture of the right radius"]},
                {"kind": "txt", "name": "memo.txt", "text": "領収書 3枚 合計 USD 4,210.50"},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）: 中身を検査できない添付",
    },
    # 012 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-012",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["はやぶさ損害保険 海外旅行保険課 八月一日様 <hozumi@hayabusa-sonpo.co.jp>"],
        "cc": ["グローバルメディカルアシスト 営業部 釜萢様 <kamayachi@gm-assist.co.jp>"],
        "subject": "キャッシュレス受診の運用フロー見直しについて",
        "body": """はやぶさ損害保険株式会社 八月一日様
（cc: グローバルメディカルアシスト 釜萢様）

お世話になっております。日の出産業の五百旗頭です。

先月ご相談した、キャッシュレス受診時の保険会社様・アシスタンス会社様間の
連絡フローについて、弊社側の案をまとめました。

　1. 駐在員 → アシスタンス会社（24時間デスク）へ第一報
　2. アシスタンス会社 → 保険会社へ支払保証の確認
　3. 保険会社 → アシスタンス会社へ回答（原則2時間以内）
　4. アシスタンス会社 → 病院へ支払保証書（GOP）発行
　5. 弊社海外人事へは翌営業日までに事後報告

手順3の「2時間以内」が現実的かどうか、お二方のご意見を伺えればと存じます。
来週どこかで30分ほどお時間をいただけますでしょうか。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2組織（保険会社・アシスタンス会社）の通常の三者間業務連絡、個人データなし",
    },
    # 013 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-013",
        "charset": "shift_jis",
        "sender": S_OGASAWARA,
        "to": ["東邦海上火災保険 企業営業第二部 <kigyo2@toho-kaijo.co.jp>"],
        "subject": "帯同家族の追加加入申込（CSV）",
        "body": """東邦海上火災保険株式会社
企業営業第二部　御中

いつもお世話になっております。日の出産業の小笠原です。
海外旅行保険（包括契約）に、10月赴任者の帯同家族を追加したく、
加入申込データをCSVでお送りします。

始期は各人の出国日（10月1日～10月8日）でお願いいたします。
保険料は従来どおり弊社一括払いです。
""" + SIG_OGASAWARA,
        "attachments": [{
            "kind": "csv",
            "name": "帯同家族_追加加入_202510.csv",
            "encoding": "cp932",
            "rows": [
                ["被保険者氏名", "フリガナ", "続柄", "生年月日", "性別", "赴任先", "出国予定日"],
                ["雲母 美穂", "キラ ミホ", "配偶者", "平成3年8月22日", "女", "メキシコ", "2025/10/01"],
                ["雲母 陽葵", "キラ ヒマリ", "長女", "令和2年1月9日", "女", "メキシコ", "2025/10/01"],
                ["百目鬼 奈緒", "ドウメキ ナオ", "配偶者", "昭和57年12月3日", "女", "ドイツ", "2025/10/05"],
                ["百目鬼 蓮", "ドウメキ レン", "長男", "平成24年6月17日", "男", "ドイツ", "2025/10/05"],
                ["百目鬼 葵", "ドウメキ アオイ", "次女", "平成28年2月29日", "女", "ドイツ", "2025/10/05"],
                ["一寸木 里香", "チョッキ リカ", "配偶者", "昭和61年4月11日", "女", "ベトナム", "2025/10/08"],
                ["一寸木 悠真", "チョッキ ユウマ", "長男", "平成30年10月25日", "男", "ベトナム", "2025/10/08"],
                ["一寸木 結衣", "チョッキ ユイ", "長女", "令和4年3月3日", "女", "ベトナム", "2025/10/08"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "名簿: 帯同家族8名の氏名・生年月日（和暦）のCSVを保険会社へ",
    },
    # 014 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-014",
        "charset": "iso-2022-jp",
        "sender": S_IOKIBE,
        "to": ["HRコンサルティングパートナーズ 鬼頭様 <kito@hrc-partners.co.jp>"],
        "subject": "海外医療支援規程 改定案のご確認依頼",
        "body": """株式会社HRコンサルティングパートナーズ
鬼頭様

お世話になっております。日の出産業の五百旗頭です。
先日の打合せで話題になりました「海外医療支援規程」の改定案を添付いたします。
緊急移送費用の会社負担範囲（第８条）と、帯同家族の受診費用（第11条）について
他社事例と比べたご意見をいただけますと幸いです。

お手数ですが、10月末を目途にコメントをお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "docx",
            "name": "海外医療支援規程_改定案_v3.docx",
            "title": "海外医療支援規程（改定案）",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 人事部　社外秘・複製禁止",
            "paragraphs": [
                "海外医療支援規程（改定案 第３版）",
                "第１条（目的）本規程は、海外に駐在または出張する従業員およびその帯同家族の医療を支援するため…",
                "第８条（緊急移送）会社は、医師が必要と認めた場合、移送費用の全額を負担する。",
                "第11条（帯同家族の受診費用）保険で補填されない自己負担額の５割を会社が補助する。",
            ],
            "tables": [[["改定箇所", "現行", "改定案"],
                        ["第８条", "上限500万円", "全額"],
                        ["第11条", "補助なし", "自己負担の５割"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付DOCXのヘッダー・フッターに「社外秘」の表示: 社外コンサルタントへ",
    },
    # 015 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-015",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["九十九 佳奈子 <kanako.tsukumo.0512@gmail.com>"],
        "subject": "帯同家族向け説明会のご案内（11月8日）",
        "body": """九十九 佳奈子 様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部 海外人事グループの小笠原と申します。
ご主人様（九十九 洋平さん）からこちらのアドレスを伺いご連絡いたしました。

来年１月のご赴任に先立ち、帯同されるご家族様向けの説明会を下記のとおり開催いたします。

　日時：11月8日（土）10:00〜12:00
　場所：弊社本社 8階 大会議室B（東京都港区浜松町3-14-2）
　内容：現地の医療事情、予防接種、保険・アシスタンスサービスのご利用方法

ご出席の可否を11月1日までにご返信いただけますと幸いです。
お子様連れでのご参加も歓迎いたします。
""" + SIG_OGASAWARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "フリーメールの個人1名への説明会案内: 個人データ・要配慮情報なし",
    },
    # 016 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-016",
        "charset": "utf-8",
        "sender": S_KIDOKORO,
        "to": ["松風税理士事務所 一尺八寸先生 <kamatsuka@matsukaze-tax.jp>"],
        "subject": "非居住者となる赴任者の年末調整について（個人番号のご連絡）",
        "body": """松風税理士事務所
一尺八寸先生

いつもお世話になっております。日の出産業 総務部の城所です。
10月に出国し非居住者となる赴任者について、出国時年末調整をお願いしたく、
ご依頼のあった個人番号をご連絡いたします。

・九十九 洋平（本人）　個人番号 """ + my_number(SEED + 1) + """
・九十九 佳奈子（配偶者）　個人番号 """ + my_number(SEED + 2) + """
・九十九 湊（長男）　個人番号 """ + my_number(SEED + 3) + """
・九十九 紬（長女）　個人番号 """ + my_number(SEED + 4) + """

源泉徴収票の控えは別途郵送いたします。
どうぞよろしくお願いいたします。
""" + SIG_KIDOKORO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "マイナンバー4件（赴任者と家族）を本文に平文で税理士事務所へ",
    },
    # 017 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-017",
        "charset": "shift_jis",
        "sender": S_MINAI,
        "to": ["東京産業保健センター 嘱託産業医 左右田先生 <soda@sanpo-center.or.jp>"],
        "subject": "赴任前健康診断の結果について（就業判定のお願い）",
        "body": """東京産業保健センター
左右田先生

いつもお世話になっております。日の出産業 健康管理室の薬袋です。
12月にデュッセルドルフへ赴任予定の社員について、赴任前健診で所見がありましたので
赴任可否のご意見を頂戴したくご連絡いたしました。

【対象者】百目鬼 浩二（どうめき こうじ）45歳 男性　営業部
【主な所見】
　・γ-GTP　182 IU/L（前年 96）、ALT 74 IU/L
　・腹部エコー：中等度脂肪肝
　・血圧 162/98 mmHg（高血圧症にて近医通院中、アムロジピン内服）
【本人申告】飲酒 毎日 日本酒３合程度

現地での治療継続が可能か、赴任前に精査が必要かなど、ご意見をいただけますでしょうか。
健診結果票の写しは来週の面談時にお持ちします。
""" + SIG_MINAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 氏名つきの健診結果・既往歴（高血圧治療中）を社外の産業医機関へ",
    },
    # 018 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-018",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["APMA Operations <ops@apma-assist.com>"],
        "subject": "Travel notification - Yangon site visit, 6-10 October",
        "body": """Dear APMA Operations team,

Please register the following three colleagues for travel assistance during their
site visit to Yangon next week.

- Mr. Kazuya EBISU, mobile +62 813 5520 1948 (6-10 Oct)
- Ms. Misaki SHOJI, mobile +81 80 4417 2290 (6-9 Oct)
- Mr. Nguyen Van Phuc, mobile +84 90 218 3345 (7-10 Oct)

They will stay at the Inya Lake Business Hotel. The trip lead is Mr. Ebisu.
Please confirm that the security advisory for the Yangon region will be sent to them
before departure.
""" + SIG_TAN_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "出張者3名の氏名と携帯のみ（5名未満・要配慮なし）: 警告はありうるが通す",
    },
    # 019 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-019",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["Patient Relations <patient.relations@medika-jakarta.co.id>"],
        "subject": "Thank you",
        "body": """Dear Patient Relations team,

On behalf of Hinode Sangyo, I would like to thank the doctors and nurses of Klinik
Medika Jakarta for the care given to our colleague, Mr. Hiroki Kutsuna, during his stay
with you last month. He is back at work in our Jakarta office and asked me to pass on
his gratitude as well, especially to the night staff of the third floor.

We look forward to continuing our good cooperation.

With best regards,
""" + SIG_IOKIBE_EN,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "礼状: 氏名と入院の事実のみ（診断名なし）。病院自身が知っている事実で判断が分かれる",
    },
    # 020 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-020",
        "charset": "utf-8",
        "sender": S_SHOJI,
        "to": ["瑞和国際医院 日本人部 劉様 <japandesk@ruihe-intl-clinic.com>"],
        "subject": "Re: Re: 心療内科の受診について",
        "body": """劉様

ご回答ありがとうございます。日の出産業の東海林です。
日本語対応の心療内科医が木曜に在院されているとのこと、承知いたしました。

改めて状況をお伝えしますと、本人（東海林 直樹、当社上海駐在）は赴任後から
不眠と食欲不振が続いており、一時帰国の際に日本の主治医から「適応障害」との
診断を受けております。現在、睡眠導入剤（ゾルピデム）を服用中です。

９月25日（木）午後で予約をお願いできますでしょうか。
本人には私から伝えます。
""" + SIG_SHOJI + """

-----Original Message-----
From: 瑞和国際医院 日本人部 <japandesk@ruihe-intl-clinic.com>
Sent: Monday, September 22, 2025 11:02 AM
To: shoji.misaki@hinode-sangyo.co.jp
Subject: Re: 心療内科の受診について

東海林様
お問い合わせありがとうございます。当院では毎週木曜に日本語対応の心療内科医が
診療しております。ご希望の日時をお知らせください。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "返信の新しい本文に氏名と診断名（適応障害）・服薬: 要配慮個人情報を社外へ",
    },
    # 021 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-021",
        "charset": "iso-2022-jp",
        "sender": S_KOKETSU,
        "to": ["グローバルメディカルアシスト 経理部 <keiri@gm-assist.co.jp>"],
        "subject": "お支払いのご案内（請求書番号 GMA-INV-2025-0412）",
        "body": """株式会社グローバルメディカルアシスト
経理部 御中

平素より大変お世話になっております。
日の出産業株式会社 経理部の纐纈でございます。

下記のご請求につきまして、お支払い手続きが完了いたしましたのでご案内いたします。

　請求書番号　：GMA-INV-2025-0412
　ご請求内容　：法人会員年会費（2025年度 上期分）
　お支払金額　：1,287,000円（税込）
　お支払日　　：2025年9月30日
　お振込元　　：日の出産業株式会社（登録番号 T4010401187654）

振込手数料は弊社負担としております。
ご確認のほど、よろしくお願いいたします。
""" + SIG_KOKETSU,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "支払案内: 請求書番号・金額・自社の登録番号（法人番号）のみ、個人データなし",
    },
    # 022 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-022",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["APMA Membership <membership@apma-assist.com>"],
        "subject": "Emergency contact registration - Q4 business travellers",
        "body": """Hello APMA Membership team,

Below are the business travellers for Q4 who are not yet in your member database.
Please add them so that your 24h desk can reach them in an emergency.

Name\tMobile\tE-mail\tDestination\tDates
Masato GOCHO\t+81 90 3318 2047\tgocho.masato@hinode-sangyo.co.jp\tShanghai\t14-28 Oct
Yui TSUYURI\t+81 80 7720 1193\tt.yui1994@outlook.jp\tDusseldorf\t3-21 Nov
Keita ONDA\t+81 70 2291 8856\tonda.keita@hinode-sangyo.co.jp\tManila\t1-9 Nov
Tran Thi Mai\t+84 91 445 0372\ttran.mai@vn.hinode-sangyo.co.jp\tTokyo\t5-12 Oct
Haruto SOSA\t+81 90 5547 9910\tsosa.haruto@hinode-sangyo.co.jp\tJakarta\t17-24 Nov
Rin KAMAYACHI\t+81 80 1026 4478\tkamayachi.rin@hinode-sangyo.co.jp\tBangkok\t8-15 Dec

Thanks a lot!
""" + SIG_TAN_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "名簿: 出張者6名の氏名・携帯・メールをタブ区切りで本文に貼付し社外へ",
    },
    # 023 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-023",
        "charset": "iso-2022-jp",
        "sender": S_IOKIBE,
        "to": ["五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>"],
        "bcc": ["kigyo2@toho-kaijo.co.jp", "hozumi@hayabusa-sonpo.co.jp",
                "sales@gm-assist.co.jp", "info@apma-assist.com",
                "makabe@skyline-medevac.com", "seminar@konan-travelclinic.jp",
                "kito@hrc-partners.co.jp", "contact@anzen-global.co.jp"],
        "subject": "「海外赴任者の健康管理を考える会」開催のご案内",
        "body": """関係各位

平素より大変お世話になっております。
日の出産業株式会社 人事部の五百旗頭でございます。

本メールは、日頃より弊社の海外医療支援にご協力いただいている皆様に
BCCにてお送りしております。

このたび、弊社主催で下記の情報交換会を開催する運びとなりました。

　名称：海外赴任者の健康管理を考える会（第３回）
　日時：2025年11月21日（金）15:00〜17:30（終了後 懇親会）
　会場：日の出ビル 12階 ホール
　内容：新興感染症の動向、メンタルヘルス不調の早期把握、緊急移送の事例紹介

ご出欠を11月7日までにお知らせいただけますと幸いです。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外の宛先はすべてBcc: 相互に見えない一斉案内、個人データなし",
    },
    # 024 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-024",
        "charset": "cp932",
        "sender": S_OGASAWARA,
        "to": ["はやぶさ損害保険 海外旅行保険課 <kaigai@hayabusa-sonpo.co.jp>"],
        "subject": "外国籍社員の出張時保険加入について",
        "body": """はやぶさ損害保険株式会社
海外旅行保険課 ご担当者様

お世話になっております。日の出産業の小笠原です。
外国籍社員が一時帰国を兼ねてベトナムへ出張するため、
包括契約への追加をお願いいたします。
外国籍の方は在留カードの情報が必要とのことでしたので、下記にて失礼いたします。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　生年月日：1993年2月14日
　国籍：ベトナム
　在留カード番号：UV48215730KX
　在留期限：2027年3月31日
　出張期間：2025年11月3日～11月16日

よろしくお願いいたします。
""" + SIG_OGASAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "在留カード番号（身分証明書の番号）を保険会社へ平文で送付",
    },
    # 025 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-025",
        "charset": "utf-8",
        "sender": S_YAMANASHI,
        "to": ["小鳥遊 千春 <chiharu.takanashi@gmail.com>"],
        "subject": "ご主人様のご容体について（日の出産業 人事部）",
        "body": """小鳥遊 千春 様

日の出産業 人事部の月見里です。先ほどはお電話にて失礼いたしました。
お伝えした内容を念のため文面でもお送りいたします。

ご主人様（小鳥遊 誠さん）は、本日現地時間の午前にチョンブリの工場で胸の痛みを
訴えられ、Chonburi Memorial Hospital へ搬送されました。
急性心筋梗塞との診断で、すでにカテーテル治療を受けられ、現在はICUで安定した
状態と病院から報告を受けております。

奥様の渡航手配（航空券・ホテル・現地送迎）は弊社で進めております。
パスポートの有効期限だけご確認いただけますでしょうか。

ご不安なことがあれば、いつでも私の携帯（080-6213-4475）までご連絡ください。
""" + SIG_YAMANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "要配慮: 社員の氏名と診断名（急性心筋梗塞）・治療内容をフリーメールの家族宛に",
    },
    # 026 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-026",
        "charset": "utf-8",
        "sender": S_OGASAWARA,
        "to": ["総務課 旅券管理 <soumu-ryoken@mail.hinode-sangyo.co.jp>"],
        "cc": ["城所 健一 <kidokoro.kenichi@hinode-sangyo.co.jp>"],
        "subject": "駐在員の旅券情報（有効期限チェック用）",
        "body": """総務課 旅券管理ご担当 各位

海外人事の小笠原です。
ビザ更新時期の管理用に、駐在員の旅券情報を最新化しました。
有効期限が１年を切っている方に色を付けています（シート「要更新」）。

※社内限りの資料です。社外への転送はご遠慮ください。
""" + SIG_OGASAWARA,
        "attachments": [{
            "kind": "xlsx",
            "name": "駐在員_旅券一覧_202509.xlsx",
            "sheets": {
                "全員": [
                    ["氏名", "生年月日", "旅券番号", "有効期限", "赴任国"],
                    ["鰐部 達也", "1984-07-19", "TR4417720", "2029-05-11", "タイ"],
                    ["四十物 健太", "1987-11-02", "TK8830152", "2026-02-27", "中国"],
                    ["閏間 俊彦", "1966-03-28", "MZ2290418", "2031-08-03", "インドネシア"],
                    ["匝瑳 大輔", "1979-09-09", "TZ7718204", "2026-06-15", "ベトナム"],
                    ["忽那 博樹", "1982-01-15", "TS0093377", "2030-12-01", "インドネシア"],
                    ["喜屋武 翔", "1990-06-30", "TH5512983", "2032-04-22", "フィリピン"],
                    ["小鳥遊 誠", "1975-12-04", "MU6620147", "2027-10-09", "タイ"],
                    ["蛭子 和也", "1988-08-21", "TR9021346", "2033-01-18", "インドネシア"],
                    ["廿楽 一輝", "1979-03-02", "TK3374509", "2026-03-30", "タイ"],
                    ["東海林 直樹", "1985-04-17", "TZ1186630", "2028-07-07", "中国"],
                    ["雲母 拓真", "1990-05-14", "TS4408812", "2035-09-01", "メキシコ"],
                    ["百目鬼 浩二", "1980-02-11", "MZ7703356", "2034-11-28", "ドイツ"],
                ],
                "要更新": [
                    ["氏名", "旅券番号", "有効期限"],
                    ["四十物 健太", "TK8830152", "2026-02-27"],
                    ["匝瑳 大輔", "TZ7718204", "2026-06-15"],
                    ["廿楽 一輝", "TK3374509", "2026-03-30"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": [],
        "note": "旅券番号の名簿だが宛先は社内（mail.hinode-sangyo.co.jp はサブドメイン）のみ",
    },
    # 027 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-027",
        "charset": "iso-2022-jp",
        "sender": S_SHOJI,
        "to": ["さくらホテル 予約センター <yoyaku@sakura-hoteI.jp>"],
        "subject": "法人契約での宿泊予約のお願い（12月20日～23日）",
        "body": """さくらホテル 予約センター ご担当者様

いつもお世話になっております。日の出産業の東海林です。
法人契約料金にて、下記のとおり宿泊の予約をお願いいたします。

　チェックイン　：12月20日（土）
　チェックアウト：12月23日（火）
　部屋タイプ　　：ツイン ２室（禁煙）
　ご利用者　　　：一時帰国中の駐在員家族（氏名は確定後にご連絡します）

お支払いは法人後払い（請求書払い）でお願いいたします。
空室状況をご返信いただけますと幸いです。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 sakura-hoteI.jp は取引先 sakura-hotel.jp の l を大文字 I にした類似ドメイン",
    },
    # 028 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-028",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["APMA Client Services <clientservices@apma-assist.com>"],
        "subject": "Question on coverage in Myanmar and Cambodia",
        "body": """Dear Client Services,

We are planning short business trips to Yangon and Phnom Penh from next quarter and
would like to confirm a few points of our corporate plan before we brief the travellers:

1. Are Myanmar and Cambodia inside the cashless network, or is it pay-and-claim there?
2. Which hospitals would you normally evacuate to from Yangon - Bangkok or Singapore?
3. Is the security advisory service included, or is it an add-on?

A short call would also be fine if that is easier. I am available Tuesday or Thursday
afternoon, Singapore time.
""" + SIG_TAN_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "アシスタンス会社への補償範囲の一般的な問合せ: 個人データなし",
    },
    # 029 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-029",
        "charset": "iso-2022-jp",
        "sender": S_MINAI,
        "to": ["港南トラベルクリニック 予約係 <yoyaku@konan-travelclinic.jp>"],
        "subject": "黄熱ワクチン接種のご相談（赴任予定者）",
        "body": """港南トラベルクリニック
予約係 ご担当者様

いつもお世話になっております。日の出産業株式会社 健康管理室の薬袋です。
中南米へ赴任予定の社員につき、黄熱ワクチンを含む渡航前接種のご相談です。

　氏名　　：雲母 拓真（きら たくま）
　生年月日：平成２年５月１４日
　赴任先　：メキシコ（出張でブラジル・コロンビアへの渡航あり）
　既往歴　：気管支喘息（現在も吸入ステロイド使用中）
　アレルギー：鶏卵（幼少期にアナフィラキシーの既往あり）

黄熱ワクチンは鶏卵由来成分を含むと伺っておりますので、
接種の可否と、不可の場合の予防接種禁忌証明書の発行についてご教示ください。
初回のご相談枠を10月中に取っていただけますと助かります。
""" + SIG_MINAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 氏名・生年月日（和暦）と既往歴（喘息・アナフィラキシー）をクリニックへ",
    },
    # 030 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-030",
        "charset": "cp932",
        "sender": S_YAMANASHI,
        "to": ["安全グローバル 危機管理センター <crisis@anzen-global.co.jp>"],
        "subject": "緊急連絡網（ジャカルタ地区）の更新",
        "body": """株式会社安全グローバル
危機管理センター ご担当者様

お世話になっております。日の出産業の月見里です。
暴動・災害発生時の安否確認用に、ジャカルタ地区の駐在員と日本の留守宅連絡先を
更新しましたのでお送りします。旧版は破棄をお願いいたします。

駐在員氏名　　　現地携帯　　　　　　　　留守宅連絡先（続柄）　　　留守宅電話
－－－－－－　　－－－－－－－－－－　　－－－－－－－－－－　　－－－－－－－－－－
閏間　俊彦　　　＋６２－８１２－８８３０－４４１７　閏間　典子（妻）　　　　０９０－２２１８－６６０４
忽那　博樹　　　＋６２－８１１－９０２－６６３５　忽那　邦彦（父）　　　　０８９－９４３－２７１８
蛭子　和也　　　＋６２－８１３－５５２０－１９４８　蛭子　真理（妻）　　　　０８０－５５７１－３０２９
舎利弗　恭平　　＋６２－８１７－０４４－２２８１　舎利弗　幸子（母）　　　０２５－２６６－９１４７
鬼頭　遥　　　　＋６２－８１２－１１９０－７７３６　鬼頭　雅人（夫）　　　　０７０－４３８２－１１５９
温井　大樹　　　＋６２－８１１－８８０－３０５２　温井　美代（母）　　　　０７６－２５４－８８１３
城之内　剛　　　＋６２－８１５－６７０２－９９１８　城之内　絵美（妻）　　　０９０－７７３０－２４６２

内容に変更があれば都度ご連絡いたします。
""" + SIG_YAMANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "名簿: 駐在員7名と家族の電話（全角数字）を全角スペース揃えの表で社外へ",
    },
    # 031 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-031",
        "charset": "iso-2022-jp",
        "sender": S_KIDOKORO,
        "to": ["そらエクスプレス 国際営業課 <intl@sora-express.co.jp>"],
        "subject": "ハノイ事務所向け救急セットの発送状況について",
        "body": """そらエクスプレス株式会社
国際営業課 ご担当者様

お世話になっております。日の出産業 総務部の城所です。
9月12日にお預けしたハノイ事務所向けの荷物につき、追跡番号 4471-2290-8815 で
確認すると「通関保留」のまま３日経過しております。

中身は事務所常備用の救急セット（絆創膏、消毒液、市販の解熱鎮痛剤など）で、
インボイスには品名を記載済みです。市販薬が含まれることで追加書類が必要でしょうか。
必要であれば、成分表などをすぐにご用意いたします。

お手数ですが、現地代理店へご確認をお願いできますでしょうか。
""" + SIG_KIDOKORO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "追跡番号と救急セットの通関の問合せ: 個人データなし",
    },
    # 032 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-032",
        "charset": "utf-8",
        "sender": S_MINAI,
        "to": ["Saigon Japan Medical Center 日本語窓口 <japanese@saigon-jmc.vn>"],
        "subject": "紹介状の送付（10月2日受診予定の方）",
        "body": """Saigon Japan Medical Center
日本語窓口 ご担当者様

お世話になっております。日の出産業 健康管理室の薬袋です。
10月2日（木）に受診予約をいただいている弊社社員の紹介状をお送りします。
個人情報保護のため、PDFにはパスワードを設定しております。
パスワードは、先日お電話でお伝えした方法でご確認ください。

どうぞよろしくお願いいたします。
""" + SIG_MINAI,
        "attachments": [{
            "kind": "pdf",
            "name": "紹介状_20251002.pdf",
            "password": "sjmc1002",
            "lines": ["診療情報提供書", "患者氏名：匝瑳 大輔", "傷病名：腰椎椎間板ヘルニア（術後）"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード保護されたPDF: 中身を検査できない添付",
    },
    # 033 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-033",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["青葉運輸 国際引越センター 保志様 <hoshi@aoba-unyu.co.jp>"],
        "subject": "ホーチミンからの帰任引越し（匝瑳様）のお見積り依頼",
        "body": """青葉運輸株式会社
国際引越センター　保志様

いつもお世話になっております。日の出産業の小笠原です。
ホーチミン駐在の匝瑳が12月末で帰任となりますので、引越しのお見積りをお願いします。

　帰任者　　：匝瑳 大輔 様（単身）
　現住所　　：ホーチミン市 7区（詳細は現地でお伝えします）
　帰任後住所：〒220-0012 神奈川県横浜市西区みなとみらい4-7-1-1203
　希望搬出日：12月15日前後

なお、ご本人は今夏に腰椎椎間板ヘルニアの手術を受けたばかりで、主治医から
重量物の持ち上げを禁じられております。梱包・搬出・開梱まで全て作業員の方に
お任せするプランでお見積りいただけますでしょうか。
""" + SIG_OGASAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 引越し依頼に本人の手術歴（椎間板ヘルニア）を添えて取引先へ",
    },
    # 034 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-034",
        "charset": "shift_jis",
        "sender": S_MINAI,
        "to": ["港南トラベルクリニック 法人窓口 <houjin@konan-travelclinic.jp>"],
        "subject": "Re: 法人向け集団接種の料金について",
        "body": """港南トラベルクリニック
法人窓口　鰐部様

料金表をお送りいただきありがとうございました。
社内で検討しましたところ、11月に本社会議室での集団接種（A型肝炎・破傷風）を
お願いしたい方向です。人数は20～25名程度を見込んでおります。

出張接種の場合、１回あたりの出張費や最少人数の条件はございますでしょうか。
日程候補は別途お送りいたします。
""" + SIG_MINAI + """

> 日の出産業株式会社 健康管理室 薬袋様
>
> お問い合わせいただいた法人向けの料金は以下のとおりです（税込・１回あたり）。
>   A型肝炎ワクチン    8,800円
>   B型肝炎ワクチン    6,600円
>   破傷風トキソイド   4,400円
>   狂犬病ワクチン    16,500円
>   黄熱ワクチン      11,000円（検疫所のみ）
> 10名以上の場合は５％お値引きいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ワクチンの料金表（引用）と集団接種の相談: 個人データなし",
    },
    # 035 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-035",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["APMA Sales <sales@apma-assist.com>",
               "MediLink Global Business Development <bd@medilink-global.com>",
               "Crest Assistance Asia <tenders@crest-assistance.com>"],
        "subject": "Request for Proposal - Medical and security assistance, APAC (2026-2028)",
        "body": """Dear Sir / Madam,

Hinode Sangyo Asia Pacific invites your company to submit a proposal for medical and
security assistance services for our employees and their families in the Asia-Pacific
region for the period 1 April 2026 to 31 March 2029.

Scope (summary):
  * 24/7 multilingual assistance hotline, including Japanese
  * Cashless hospital admission and guarantee of payment
  * Medical evacuation and repatriation
  * Pre-travel security briefings and incident alerts

Population: approx. 60 expatriates, 110 dependants, 900 business trips per year.

Please confirm your intention to bid by 17 October. The full RFP pack will be shared
after signature of our standard NDA.
""" + SIG_TAN_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "競合するアシスタンス会社3社を同じToに並べたRFP送付: Bccにすべき",
    },
    # 036 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-036",
        "charset": "utf-8",
        "sender": S_YAMANASHI,
        "to": ["薬袋 恵 <minai.megumi@hinode-sangyo.co.jp>"],
        "subject": "FW: Dengue cases at Bangkok office (Sep)",
        "body": """薬袋さん

タイ現法のHRから、9月のデング熱罹患者の報告が来ましたので転送します。
6名中2名は入院とのこと。社内での注意喚起の文面をご相談させてください。

月見里
""",
        "attachments": [{
            "kind": "eml",
            "name": "Dengue cases at Bangkok office (Sep).eml",
            "message": {
                "charset": "utf-8",
                "sender": "Ploy Srisuk <ploy.s@th.hinode-sangyo.co.jp>",
                "to": ["yamanashi.sanae@hinode-sangyo.co.jp"],
                "subject": "Dengue cases at Bangkok office (Sep)",
                "body": """Dear Yamanashi-san,

Please see the dengue cases among our staff in September:

1. Kazuki Tsuzura (JP) - admitted 10 Sep, Sukhumvit Intl Hospital
2. Somchai Rattanakul - outpatient
3. Kanya Boonmee - outpatient
4. Tatsuya Wanibe (JP) - outpatient
5. Nattapong Chaiyasit - admitted 18 Sep, Bangkok Christian Hosp.
6. Arisa Pongsri - outpatient

We have arranged fogging at the office and the dormitory.

Best regards,
Ploy Srisuk, HR Manager, Hinode Sangyo (Thailand) Co., Ltd.
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "罹患者6名の氏名と病名を含む転送だが、宛先は社内の健康管理室のみ",
    },
    # 037 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-037",
        "charset": "iso-2022-jp",
        "sender": S_KIDOKORO,
        "to": ["あおぞら社会保険労務士法人 薬師寺様 <yakushiji@aozora-sr.jp>"],
        "subject": "社会保障協定 適用証明書の交付申請（ドイツ赴任者2名）",
        "body": """あおぞら社会保険労務士法人
薬師寺様

お世話になっております。日の出産業 総務部の城所です。

ドイツへ赴任する社員２名について、日独社会保障協定に基づく
適用証明書の交付申請をお願いしたく、必要事項をお送りします。

■１人目
　氏名：百目鬼 浩二
　生年月日：昭和55年2月11日
　基礎年金番号：4102-733518
　派遣期間：2025年12月1日〜2030年11月30日（予定）

■２人目
　氏名：一寸木 健吾
　生年月日：昭和60年9月27日
　基礎年金番号：1180-294466
　派遣期間：2026年1月15日〜2029年1月14日（予定）

事業所整理記号等は前回申請時と同じです。よろしくお願いいたします。
""" + SIG_KIDOKORO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "基礎年金番号2件（氏名・生年月日付き）を社労士事務所へ平文で送付",
    },
    # 038 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-038",
        "charset": "utf-8",
        "sender": S_SHOJI,
        "to": ["ひかりトラベル 法人営業部 <houjin@hikari-travel.co.jp>"],
        "subject": "バンコクの病院近くのホテル候補について",
        "body": """ひかりトラベル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の東海林です。
駐在員が現地で入院した際に、日本から駆け付ける家族の宿泊先として
あらかじめ候補を決めておきたく、以下のホテルの法人料金をご確認いただけますか。

・Grand Sukhumvit Residence（Sukhumvit Soi 11）　TEL +66-2-251-0088
・Asoke Garden Hotel（Sukhumvit Soi 21）　TEL +66-2-664-7120
・Phrom Phong Serviced Apartments（Sukhumvit Soi 39）　TEL +66-2-259-3341
・Thonglor Suites（Sukhumvit Soi 55）　TEL +66-2-392-7765

いずれも Sukhumvit International Hospital から車で10分圏内と聞いております。
長期滞在（２週間～１か月）の場合の料金もあわせてお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ホテル（事業者）の一覧と代表電話のみ: 人の名簿ではない",
    },
    # 039 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-039",
        "charset": "cp932",
        "sender": S_SHOJI,
        "to": ["さくらホテル 浜松町 宿泊予約課 <reserve-hamamatsucho@sakura-hotel.jp>"],
        "subject": "一時帰国者の宿泊について（設備のご確認）",
        "body": """さくらホテル浜松町
宿泊予約課 ご担当者様

いつも法人契約でお世話になっております。日の出産業の東海林です。
マニラ駐在の社員が一時帰国する間、貴ホテルに宿泊させたく、ご相談いたします。

　宿泊者　：喜屋武 翔 様
　期間　　：11月10日～11月21日（11泊）

ご本人は慢性腎不全のため週３回の人工透析（月・水・金、近隣の透析クリニックに通院）を
受けており、移動には車椅子を使用されます。
バリアフリールームのご用意と、朝７時台の送迎タクシー手配が可能か
ご確認いただけますでしょうか。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 宿泊者の氏名と病状（慢性腎不全・人工透析・車椅子）をホテルへ",
    },
    # 040 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-040",
        "charset": "iso-2022-jp",
        "sender": S_IOKIBE,
        "to": ["グローバルメディカルアシスト 営業部 釜萢様 <kamayachi@gm-assist.co.jp>"],
        "subject": "【取扱注意】2026年度 契約条件に関する弊社内示",
        "body": """【取扱注意】

株式会社グローバルメディカルアシスト
営業部　釜萢様

お世話になっております。日の出産業の五百旗頭です。
2026年度の契約条件につき、社内決裁前の段階ではございますが、弊社としての
内示をお伝えいたします。

　１．年会費：会員一人当たり 年額 21,500円（現行 23,000円）
　２．緊急移送の手配手数料：１件 350,000円を上限
　３．契約期間：３年（2026年4月〜2029年3月）

本内容は他社様との比較検討中のものですので、貴社内でも関係者限りでのお取扱いを
お願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "件名と本文冒頭に「取扱注意」の表示: 社外のアシスタンス会社へ",
    },
    # 041 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-041",
        "charset": "utf-8",
        "sender": S_SHOJI,
        "to": ["グローバルメディカルアシスト ネットワーク管理課 <network@gm-assist.co.jp>"],
        "subject": "Re: 提携病院リストの件（CSVにて）",
        "body": """ネットワーク管理課 ご担当者様

先日のご回答ありがとうございました。
ハンドブックに掲載する中南米・欧州の医療機関を下記CSVにまとめました。
貴社ネットワーク上の扱い（キャッシュレス可否）を最終列に追記いただけますか。

日の出産業 東海林
""",
        "attachments": [{
            "kind": "csv",
            "name": "hospital_list_LATAM_EU.csv",
            "encoding": "utf-8",
            "rows": [
                ["国", "都市", "医療機関名", "代表電話", "日本語対応", "キャッシュレス"],
                ["メキシコ", "レオン", "Hospital San Bajío", "+52-477-710-5500", "通訳手配可", ""],
                ["メキシコ", "ケレタロ", "Clínica Médica Querétaro Norte", "+52-442-215-3080", "なし", ""],
                ["ドイツ", "デュッセルドルフ", "Japanische Praxis Dr. Nakamura", "+49-211-3693-110", "あり", ""],
                ["ドイツ", "デュッセルドルフ", "Marien-Klinikum Düsseldorf", "+49-211-4400-0", "なし", ""],
                ["英国", "ロンドン", "Finchley Japanese Medical Clinic", "+44-20-8346-1200", "あり", ""],
                ["ブラジル", "サンパウロ", "Hospital Liberdade Paulista", "+55-11-3208-4455", "あり", ""],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "医療機関（事業者）の一覧CSV: 人の個人データなし",
    },
    # 042 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-042",
        "charset": "utf-8",
        "sender": S_OGASAWARA,
        "to": ["みなと研修センター 受付 <uketsuke@minato-kenshu.co.jp>"],
        "subject": "赴任前研修（宿泊型）参加者のご連絡",
        "html": """<html><body>
<p>みなと研修センター<br>受付ご担当者様</p>
<p>いつもお世話になっております。日の出産業の小笠原です。<br>
10月23日～24日の赴任前研修（宿泊型）の参加者をお知らせします。<br>
当日の緊急連絡用に携帯番号とメールアドレスも記載しております。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>氏名</th><th>フリガナ</th><th>所属</th><th>携帯電話</th><th>メール</th></tr>
<tr><td>九十九 洋平</td><td>ツクモ ヨウヘイ</td><td>生産技術部</td><td>090-4471-8203</td><td>tsukumo.yohei@hinode-sangyo.co.jp</td></tr>
<tr><td>一寸木 健吾</td><td>チョッキ ケンゴ</td><td>品質保証部</td><td>080-2936-5510</td><td>chokki.kengo@hinode-sangyo.co.jp</td></tr>
<tr><td>雲母 拓真</td><td>キラ タクマ</td><td>営業部</td><td>070-3318-0927</td><td>kira.takuma@hinode-sangyo.co.jp</td></tr>
<tr><td>御手洗 亮介</td><td>ミタライ リョウスケ</td><td>調達部</td><td>090-8820-1476</td><td>mitarai.ryosuke@hinode-sangyo.co.jp</td></tr>
<tr><td>栗花落 大地</td><td>ツユリ ダイチ</td><td>経営企画部</td><td>080-6152-3389</td><td>tsuyuri.daichi@hinode-sangyo.co.jp</td></tr>
</table>
<p>お部屋は全員シングルでお願いいたします。<br>以上、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 海外人事G 小笠原 拓海<br>
TEL 03-5470-2835</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "名簿: 5名の氏名・携帯・メールをHTMLのみのメールの表で研修施設へ",
    },
    # 043 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-043",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["赴任予定者各位 <funin-2025aki@hinode-sangyo.co.jp>"],
        "cc": ["五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>", "薬袋 恵 <minai.megumi@hinode-sangyo.co.jp>"],
        "subject": "【ご案内】赴任前研修の班分けと当日連絡先",
        "body": """赴任予定者の皆さま

海外人事の小笠原です。来週の赴任前研修の班分けをお知らせします。
当日は班長の携帯に連絡が入りますので、念のため控えておいてください。

【A班】班長：九十九 洋平（090-4471-8203）
　一寸木 健吾 ／ 雲母 拓真

【B班】班長：御手洗 亮介（090-8820-1476）
　栗花落 大地 ／ 百目鬼 浩二

午後の「海外の医療事情」講義は健康管理室の薬袋さんが担当します。
持病のある方は、事前に薬袋さんへ個別に相談してください。

以上
""" + SIG_OGASAWARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "社内の配信リストと社員のみへの案内: 携帯番号があっても社内なので通す",
    },
    # 044 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-044",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["スカイライン・メディバック オペレーションセンター <ops@skyline-medevac.com>"],
        "subject": "【緊急】ジャカルタ→東京 医療搬送の見積・手配依頼",
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>スカイライン・メディバック オペレーションセンター 御中</p>
<p>日の出産業の五百旗頭です。先ほどお電話した件、要点を文面でお送りします。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th align="left">患者氏名</th><td>閏間 俊彦（うるま としひこ）58歳 男性</td></tr>
<tr><th align="left">現在の入院先</th><td>Klinik Medika Jakarta ICU</td></tr>
<tr><th align="left">診断</th><td>脳梗塞（左中大脳動脈領域）、発症 9月27日</td></tr>
<tr><th align="left">現在の状態</th><td>意識レベル JCS II-10、右片麻痺、失語あり。自発呼吸あり、酸素 2L</td></tr>
<tr><th align="left">搬送先希望</th><td>東京都内の脳卒中センター（受入先は弊社でも調整中）</td></tr>
<tr><th align="left">付き添い</th><td>妻 1名</td></tr>
</table>
<p>エアアンビュランスと民間機ストレッチャーの双方でお見積りをお願いいたします。<br>
主治医の搬送可否の判断は明朝に出る見込みです。</p>
<p>--<br>日の出産業株式会社 人事部 海外人事グループ 五百旗頭 亮<br>TEL 03-5470-2830</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 患者の氏名と診断・病状（脳梗塞、片麻痺）をHTMLのみのメールで搬送会社へ",
    },
    # 045 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-045",
        "charset": "iso-2022-jp",
        "sender": S_SHOJI,
        "to": ["はやぶさ損害保険 海外旅行保険課 <kaigai@hayabusa-sonpo.co.jp>"],
        "subject": "既往症・持病の取扱いに関するご質問",
        "body": """はやぶさ損害保険株式会社
海外旅行保険課 ご担当者様

いつもお世話になっております。日の出産業の東海林です。
社内向けFAQの作成にあたり、約款の解釈について一般的な点を確認させてください。
（特定の社員の事案ではございません。）

１．出国前から治療中の持病が渡航先で急に悪化した場合、「疾病治療費用」の
　　対象となりますか。それとも「疾病に関する応急治療・救援費用特約」の範囲ですか。
２．歯科治療は、応急処置であれば対象となる理解でよろしいでしょうか。
３．妊娠に関連する治療は、どの週数まで対象となりますか。

ご回答は、今月中にいただけますと助かります。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "約款についての一般的な質問: 特定の人に結びつく健康情報なし",
    },
    # 046 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-046",
        "charset": "utf-8",
        "sender": S_SHOJI,
        "to": ["ひかりトラベル 法人営業部 漆原様 <urushibara@hikari-travel.co.jp>"],
        "subject": "至急：バンコク行き航空券の手配（御手洗様）",
        "body": """ひかりトラベル
漆原様

お世話になっております。日の出産業の東海林です。
家族の事情により、駐在員のご家族が急きょバンコクへ渡航されることになりました。
明日以降の最短便で、片道（復路はオープン）の手配をお願いいたします。

　搭乗者氏名（旅券どおり）：MITARAI YUKARI
　生年月日：1986年11月30日
　旅券番号：TZ4829173
　旅券有効期限：2031年7月14日
　連絡先：ご本人携帯 090-3307-6618

お支払いは弊社の法人請求でお願いします。
便が確定しましたらeチケットを私あてにお送りください。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "旅券番号（氏名・生年月日付き）を旅行会社へ平文で送付",
    },
    # 047 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-047",
        "charset": "iso-2022-jp",
        "sender": S_KOKETSU,
        "to": ["グローバルメディカルアシスト 請求管理課 <seikyu@gm-assist.co.jp>"],
        "subject": "ケース番号 GMA-C-24-0831 の立替費用請求について",
        "body": """株式会社グローバルメディカルアシスト
請求管理課 ご担当者様

お世話になっております。日の出産業 経理部の纐纈です。
ケース番号 GMA-C-24-0831 に関する立替費用のご請求書（No. 58813）を拝受しました。

金額が事前にご連絡いただいた概算（USD 12,400）から USD 1,870 増えておりますが、
増額分の内訳（明細書）をお送りいただけますでしょうか。
内訳を確認でき次第、支払処理に回します。
""" + SIG_KOKETSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ケース番号と請求金額のみ: 患者名・病名なし",
    },
    # 048 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-048",
        "charset": "utf-8",
        "sender": S_MINAI,
        "to": ["Silom Check-up Clinic Japanese Service <jp-service@silom-checkup.com>"],
        "subject": "定期健康診断の予約者一覧（11月分）",
        "body": """Silom Check-up Clinic
日本語サービス ご担当者様

お世話になっております。日の出産業 健康管理室の薬袋です。
11月に貴院で定期健康診断を受診する弊社駐在員と帯同家族の一覧をお送りします。
受診日と生年月日を記載したWord表をご確認ください。
""" + SIG_MINAI,
        "attachments": [{
            "kind": "docx",
            "name": "健診予約者一覧_2025年11月.docx",
            "paragraphs": ["日の出産業株式会社　定期健康診断 予約者一覧（バンコク・チョンブリ地区）",
                           "受診コース：駐在員＝人間ドック標準、家族＝一般健診"],
            "tables": [[
                ["No.", "氏名", "区分", "生年月日", "受診希望日"],
                ["1", "鰐部 達也", "駐在員", "S59.7.19", "11/4"],
                ["2", "鰐部 まどか", "配偶者", "S61.10.8", "11/4"],
                ["3", "小鳥遊 誠", "駐在員", "S50.12.4", "11/6"],
                ["4", "廿楽 一輝", "駐在員", "S54.3.2", "11/6"],
                ["5", "廿楽 早希", "配偶者", "H1.6.25", "11/11"],
                ["6", "舎利弗 恭平", "駐在員", "S63.2.9", "11/11"],
                ["7", "温井 彩乃", "駐在員", "H4.9.17", "11/13"],
                ["8", "我孫子 仁", "駐在員", "S48.5.30", "11/18"],
                ["9", "我孫子 朋子", "配偶者", "S51.1.22", "11/18"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "名簿: 9名の氏名・生年月日（和暦略記）のDOCX表を海外クリニックへ",
    },
    # 049 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-049",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["九十九 佳奈子 <kanako.tsukumo.0512@gmail.com>",
               "一寸木 里香 <rika_chokki@yahoo.co.jp>",
               "雲母 美穂 <miho.kira@icloud.com>"],
        "subject": "【リマインド】明日の帯同家族向け説明会について",
        "body": """帯同ご家族の皆さま

日の出産業 人事部の小笠原です。
明日11月8日（土）10時からの説明会のリマインドをお送りします。

・受付：本社１階 総合受付（9:40より）
・持ち物：パスポート（お持ちの方）、母子手帳（お子様の予防接種歴の確認用）
・お子様連れの方は、会議室横のキッズスペースをご利用いただけます

当日の緊急連絡先：人事部代表 03-5470-2811

皆さまにお会いできるのを楽しみにしております。
""" + SIG_OGASAWARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "フリーメールの個人3名をToに並べて送信: 互いのアドレスが見える（Bccにすべき）",
    },
    # 050 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-050",
        "charset": "utf-8",
        "sender": S_KOKETSU,
        "to": ["Klinik Medika Jakarta Billing <billing@medika-jakarta.co.id>"],
        "subject": "RE: Invoice INV/KMJ/2025/09/1187",
        "body": """Dear Billing team,

We have remitted the amount below today. Please allow 2-3 business days for it to reach
your account.

  Invoice     : INV/KMJ/2025/09/1187
  Amount      : IDR 186,450,000
  Value date  : 14 October 2025
  Remitter    : Hinode Sangyo Co., Ltd. (via Midori Bank, Tokyo)

Kindly send us the official receipt once received.

Yuki Koketsu
Accounts Payable, Hinode Sangyo Co., Ltd.

-----Original Message-----
From: Klinik Medika Jakarta Billing <billing@medika-jakarta.co.id>
Sent: Thursday, October 2, 2025 4:18 PM
To: koketsu.yuki@hinode-sangyo.co.jp
Subject: Invoice INV/KMJ/2025/09/1187

Dear Ms. Koketsu,

Please find below the final invoice for your employee.

Patient: Mr. URUMA Toshihiko (DOB 28/03/1966)
Admission: 27/09/2025 - Discharge: 06/10/2025
Diagnosis: Cerebral infarction (I63.5)
Total: IDR 186,450,000

Bank: Bank Nusantara Sejahtera, Acc. 0071 2290 4418 (PT Klinik Medika Jakarta)
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "患者名・診断名は病院からの引用（Original Message）のみ。新しい本文は送金連絡",
    },
    # 051 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-051",
        "charset": "utf-8",
        "sender": S_SHOJI,
        "to": ["はやぶさ損害保険 保険金サービス部 <hoken-kin@hayabusa-sonpo.co.jp>"],
        "subject": "9月発生分 保険金請求のとりまとめ（3件）",
        "body": """はやぶさ損害保険株式会社
保険金サービス部 ご担当者様

お世話になっております。日の出産業の東海林です。
9月に発生した海外での治療費請求３件を一覧にまとめましたのでお送りします。
領収書原本は本日発送いたしました（追跡番号 JP 5520-1184-0937）。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "保険金請求一覧_2025年9月.xlsx",
            "sheets": {
                "請求一覧": [
                    ["2025年9月発生 海外旅行保険 請求一覧（日の出産業株式会社）"],
                    ["被保険者", "生年月日", "発生国", "傷病名", "受診区分", "請求額(JPY)"],
                    ["廿楽 一輝", "1979/03/02", "タイ", "デング熱", "入院6日", 682400],
                    ["御手洗 亮介", "1988/12/19", "米国", "急性胃腸炎", "外来(ER)", 415300],
                    ["温井 彩乃", "1992/09/17", "タイ", "右足関節捻挫", "外来", 38900],
                ],
                "送付書類": [["書類", "部数"], ["領収書原本", 7], ["診断書（英文）", 3]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 3名だが各行に傷病名がある請求一覧（Excel）を保険会社へ",
    },
    # 052 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-052",
        "charset": "iso-2022-jp",
        "sender": S_IOKIBE,
        "to": ["白川法律事務所 弁護士 京極先生 <kyogoku@shirakawa-law.co.jp>"],
        "subject": "海外勤務規程の改定に関するご相談日程",
        "body": """白川法律事務所
京極先生

いつもお世話になっております。日の出産業 人事部の五百旗頭です。
先日お電話でお話しした海外勤務規程（医療・緊急移送関係）の改定につき、
一度事務所に伺ってご相談させていただきたく存じます。

ご都合のよい日時を２〜３候補いただけますでしょうか。
当日は現行規程と改定案の対照表をお持ちします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 shirakawa-law.co.jp は取引先 shirakawa-law.jp に co. を加えた類似ドメイン",
    },
    # 053 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-053",
        "charset": "cp932",
        "sender": S_OGASAWARA,
        "to": ["川崎電機 海外事業部 匂坂様 <sagisaka@kawasaki-denki.co.jp>"],
        "subject": "RE: 共同出張メンバーの件（レオン工場立上げ）",
        "body": """川崎電機株式会社
海外事業部　匂坂様

お世話になっております。日の出産業の小笠原です。
メンバー表のご送付ありがとうございました。
貴社の皆さまも弊社契約のアシスタンスサービスの対象に含める件、
社内で了承が取れましたので、手続きを進めます。

現地の提携病院リストと緊急時の連絡フローは、出発１週間前までにお送りします。
""" + SIG_OGASAWARA + """

差出人: 匂坂 浩 <sagisaka@kawasaki-denki.co.jp>
送信日時: 2025年10月6日 17:42
宛先: ogasawara.takumi@hinode-sangyo.co.jp
件名: 共同出張メンバーの件（レオン工場立上げ）

小笠原様

レオン工場立上げの共同出張メンバー（弊社分）をお送りします。

氏名　　　　生年月日　　　携帯
比嘉 聡　　　1983/04/02　　090-6614-2027
仲宗根 望　　1991/07/19　　080-3391-5520
保志 隆之　　1977/10/30　　090-1128-4403
城所 真由　　1994/01/08　　070-5502-9196
牛腸 健　　　1986/05/25　　080-7740-3318
左右田 圭　　1989/12/12　　090-2263-0851

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "6名の名簿は相手からの引用（差出人/送信日時の下）のみ。新しい本文に個人データなし",
    },
    # 054 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-054",
        "charset": "iso-2022-jp",
        "sender": S_SHOJI,
        "to": ["さくらホテル 浜松町 宿泊予約課 <reserve-hamamatsucho@sakura-hotel.jp>"],
        "subject": "Re: ご予約の保証について",
        "body": """さくらホテル浜松町
宿泊予約課　御中

ご連絡ありがとうございます。東海林です。
12月20日からの一時帰国者家族のご予約につき、カードでの保証が必要とのこと、
承知いたしました。法人カードの情報をお知らせします。

　カード名義：MISAKI SHOJI
　カード番号：""" + card_number(SEED + 12) + """
　有効期限：11/28

精算は従来どおり請求書払いでお願いし、カードは保証のみにご利用ください。
""" + SIG_SHOJI + """

> 日の出産業株式会社 東海林様
> いつもご利用ありがとうございます。
> 年末年始期間のご予約につきましては、クレジットカードによる
> ご予約保証をお願いしております。お手数ですがご連絡ください。
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "返信の新しい本文にクレジットカード番号（名義・有効期限付き）",
    },
    # 055 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-055",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["白川法律事務所 京極先生 <kyogoku@shirakawa-law.jp>"],
        "subject": "【ご相談】インドネシア駐在員の交通事故・身柄拘束について",
        "body": """白川法律事務所
京極先生

夜分に失礼いたします。日の出産業の五百旗頭です。
至急ご相談したい事案が発生いたしました。

ブカシ駐在の蛭子 和也（35歳、工場管理課長）が、昨日現地時間18時頃、
社用車を運転中にバイクと接触する事故を起こし、相手方が重傷を負ったため、
そのまま現地警察に逮捕・身柄拘束されております。
本人にけがはなく、現在は警察署に留置中と現地法人から報告を受けています。

現地の弁護士の選任と、弊社として取るべき対応（家族への連絡、報道対応、
勤務上の取扱い）についてご助言をいただけますでしょうか。
明朝９時にお電話を差し上げてもよろしいでしょうか。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 特定の社員の逮捕・身柄拘束の事実を社外の法律事務所へ",
    },
    # 056 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-056",
        "charset": "iso-2022-jp",
        "sender": S_IOKIBE,
        "to": ["白川法律事務所 京極先生 <kyogoku@shirakawa-law.jp>"],
        "subject": "海外勤務規程 改定案へのご意見のお礼",
        "body": """白川法律事務所
京極先生

先日はお時間をいただき、誠にありがとうございました。
ご指摘いただいた３点（緊急移送の判断権者の明記、帯同家族への適用範囲、
個人情報の第三者提供に関する同意取得の方法）を反映し、改定案を修正いたします。

特に、現地の医療機関やアシスタンス会社へ病状を伝える場面について、
赴任時に包括的な同意書を取得する運用とする方向で検討しております。
同意書のひな形ができましたら、改めてご確認をお願いできれば幸いです。

引き続きよろしくお願い申し上げます。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "規程改定の一般的な相談のお礼: 特定個人の情報なし",
    },
    # 057 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-057",
        "charset": "utf-8",
        "sender": S_OGASAWARA,
        "to": ["グローバルメディカルアシスト 会員登録チーム <member@gm-assist.co.jp>"],
        "subject": "緊急連絡先の更新ファイル（10月分）",
        "body": """会員登録チーム ご担当者様

お世話になっております。日の出産業の小笠原です。
10月分の緊急連絡先の更新ファイルを添付いたします。
前月分からの差分のみとなります。ご確認をお願いいたします。
""" + SIG_OGASAWARA,
        "attachments": [{"kind": "corrupt", "name": "緊急連絡先_更新_202510.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付のExcelが破損しており検査できない",
    },
    # 058 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-058",
        "charset": "utf-8",
        "sender": S_MINAI,
        "to": ["ツバサシステム ソリューション営業部 廣瀬様 <hirose@tsubasa-system.jp>"],
        "cc": ["城所 健一 <kidokoro.kenichi@hinode-sangyo.co.jp>"],
        "subject": "健康管理システム（海外赴任者モジュール）の要件について",
        "body": """株式会社ツバサシステム
ソリューション営業部　廣瀬様

お世話になっております。日の出産業 健康管理室の薬袋です。
先日のデモのあと、社内で要件を整理しましたので共有いたします。

1. 海外赴任者の健診結果・予防接種歴を国内社員と同じ画面で管理したい
2. 現地クリニックから受領するPDF（英文）を個人ごとに紐付けて保存したい
3. 病歴などの要配慮個人情報を扱うため、閲覧権限を健康管理室と産業医に限定したい
4. 保存データは暗号化し、アクセスログを５年間保持したい
5. 海外からのアクセスはVPN経由のみとしたい

上記を前提としたお見積りと、データセンターの所在地をご教示ください。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "システム要件の相談: 「要配慮個人情報」は言及のみで個人の情報はない",
    },
    # 059 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-059",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["東邦海上火災保険 企業営業第二部 <kigyo2@toho-kaijo.co.jp>"],
        "subject": "包括契約更新：被保険者一覧の送付",
        "body": """東邦海上火災保険株式会社
企業営業第二部 御中

お世話になっております。日の出産業の小笠原です。
11月１日始期の包括契約更新に伴い、長期滞在者（駐在員）の被保険者一覧を
ZIPにまとめてお送りします（Excel１ファイル）。

ご確認のほど、よろしくお願いいたします。
""" + SIG_OGASAWARA,
        "attachments": [{
            "kind": "zip",
            "name": "更新資料_20251101.zip",
            "files": [{
                "kind": "xlsx",
                "name": "被保険者一覧_長期.xlsx",
                "sheets": {
                    "被保険者一覧": [
                        ["包括契約 被保険者一覧（長期滞在）"],
                        ["証券内No", "氏名", "カナ", "生年月日", "滞在国", "携帯"],
                        [101, "鰐部 達也", "ワニベ タツヤ", "1984/07/19", "THA", "+66-81-552-3071"],
                        [102, "四十物 健太", "アイモノ ケンタ", "1987/11/02", "CHN", "+86-139-1742-8830"],
                        [103, "閏間 俊彦", "ウルマ トシヒコ", "1966/03/28", "IDN", "+62-812-8830-4417"],
                        [104, "匝瑳 大輔", "ソウサ ダイスケ", "1979/09/09", "VNM", "+84-90-771-2284"],
                        [105, "忽那 博樹", "クツナ ヒロキ", "1982/01/15", "IDN", "+62-811-902-6635"],
                        [106, "喜屋武 翔", "キャン ショウ", "1990/06/30", "PHL", "+63-917-448-2091"],
                        [107, "小鳥遊 誠", "タカナシ マコト", "1975/12/04", "THA", "+66-89-310-7764"],
                        [108, "蛭子 和也", "エビス カズヤ", "1988/08/21", "IDN", "+62-813-5520-1948"],
                        [109, "廿楽 一輝", "ツヅラ カズキ", "1979/03/02", "THA", "+66-86-027-5518"],
                        [110, "東海林 直樹", "ショウジ ナオキ", "1985/04/17", "CHN", "+86-186-2109-7352"],
                        [111, "雲母 拓真", "キラ タクマ", "1990/05/14", "MEX", "+52-477-318-2209"],
                        [112, "百目鬼 浩二", "ドウメキ コウジ", "1980/02/11", "DEU", "+49-152-2843-9910"],
                        [113, "舎利弗 恭平", "シャリホツ キョウヘイ", "1988/02/09", "IDN", "+62-817-044-2281"],
                        [114, "温井 彩乃", "ヌクイ アヤノ", "1992/09/17", "THA", "+66-92-188-4006"],
                        [115, "我孫子 仁", "アビコ ジン", "1973/05/30", "THA", "+66-81-907-3352"],
                    ],
                },
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "名簿: ZIP内のExcelに15名の氏名・生年月日・携帯",
    },
    # 060 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-060",
        "charset": "iso-2022-jp",
        "sender": S_SHOJI,
        "to": ["メディカル通訳サービス 欧州デスク <eu-desk@medi-tsuyaku.jp>"],
        "subject": "デュッセルドルフでの医療通訳のご依頼（帯同家族）",
        "body": """メディカル通訳サービス株式会社
欧州デスク　ご担当者様

いつもお世話になっております。日の出産業の東海林です。
デュッセルドルフ駐在員の帯同家族について、医療通訳をお願いしたくご連絡しました。

　受診者　：栗花落 彩（つゆり あや）様　32歳
　受診先　：Marien-Klinikum Düsseldorf 産婦人科
　日時　　：11月12日（水）9:30〜（約１時間）
　内容　　：妊婦健診（妊娠20週）。前回の健診で妊娠糖尿病の疑いを指摘されており、
　　　　　　今回はブドウ糖負荷試験の結果説明があるとのことです。

ご本人はドイツ語が話せないため、結果説明と今後の食事指導を正確に伝えて
いただける方をお願いできれば幸いです。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 家族の氏名と妊娠・妊娠糖尿病の疑いを通訳会社へ",
    },
    # 061 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-061",
        "charset": "shift_jis",
        "sender": S_OGASAWARA,
        "to": ["錦印刷 営業部 東條様 <tojo@nishiki-insatsu.co.jp>"],
        "subject": "「海外赴任者ハンドブック（医療編）」印刷のご依頼",
        "body": """錦印刷株式会社
営業部　東條様

お世話になっております。日の出産業の小笠原です。
先日お見積りいただいた冊子の印刷を正式にお願いいたします。

　品名　　：海外赴任者ハンドブック（医療編）2026年版
　仕様　　：A5判 中綴じ 32ページ フルカラー
　部数　　：400部
　見積番号：NK-Q-25-1182
　納期　　：12月12日（金）本社８階 人事部宛

入稿データは来週月曜にお送りします。
校正は１回（PDF校正）でお願いいたします。
""" + SIG_OGASAWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "冊子印刷の発注（見積番号・部数）: 個人データなし",
    },
    # 062 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-062",
        "charset": "cp932",
        "sender": S_SHOJI,
        "to": ["さくらホテル 浜松町 フロント <front-hamamatsucho@sakura-hotel.jp>"],
        "subject": "宿泊延長のお願い（1208号室）",
        "body": """さくらホテル浜松町
フロント ご担当者様

お世話になっております。日の出産業の東海林です。
現在1208号室にご宿泊中の弊社社員 我孫子 仁 様ですが、
体調を崩されており、帰国便を延期することになりました。

つきましては、宿泊を10月18日から21日まで３泊延長させていただけますでしょうか。
料金は引き続き法人契約・請求書払いでお願いいたします。
お部屋の清掃は、ご本人がお休みの間は控えていただけると助かります。
""" + SIG_SHOJI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "氏名と「体調を崩した」程度の漠然とした健康状態のみ: 要配慮とみるか判断が分かれる",
    },
    # 063 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-063",
        "charset": "iso-2022-jp",
        "sender": S_KIDOKORO,
        "to": ["国際免許申請代行センター <uketsuke@idp-daiko.jp>"],
        "subject": "国外運転免許証の申請代行のお願い",
        "body": """国際免許申請代行センター
ご担当者様

日の出産業 総務部の城所と申します。
メキシコ赴任予定の社員の国外運転免許証の申請代行をお願いしたく、
申込書の記載事項をお送りします。委任状と写真は郵送いたします。

――――――――
氏名　　　　　：雲母 拓真
フリガナ　　　：キラ タクマ
生年月日　　　：平成２年５月１４日
運転免許証番号：３０１４１７２９５８６０
免許の条件等　：なし
住所　　　　　：東京都品川区東五反田２－１８－９－５０２
――――――――

受領は弊社総務部（上記署名の住所）宛でお願いいたします。
""" + SIG_KIDOKORO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "運転免許証番号（全角数字）と生年月日・住所を代行業者へ平文で送付",
    },
    # 064 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-064",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["Praxis Dr. Nakamura <info@praxis-nakamura.de>"],
        "subject": "Inquiry: registration of new Japanese patients from December",
        "body": """Dear Dr. Nakamura, dear practice team,

My name is Ryo Iokibe, from the HR department of Hinode Sangyo in Tokyo. From December
our company will have two employees and their families living in Dusseldorf, and we
would like to recommend your practice to them as their family doctor.

Could you kindly let us know:
  - whether you are currently accepting new patients,
  - your opening hours and how appointments are made (phone / online),
  - whether patients with Japanese travel insurance can be treated cashless, or
    whether they should pay and claim.

Thank you very much in advance. We would be happy to visit your practice when our HR
team is in Dusseldorf in January.
""" + SIG_IOKIBE_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ドイツのクリニックへの一般的な問合せ（標準的な免責文付き）: 個人データなし",
    },
    # 065 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-065",
        "charset": "utf-8",
        "sender": S_SHOJI,
        "to": ["はやぶさ損害保険 保険金サービス部 <hoken-kin@hayabusa-sonpo.co.jp>"],
        "subject": "FW: Medical report - Mr. GOCHO Masato",
        "body": """はやぶさ損害保険 保険金サービス部 ご担当者様

お世話になっております。日の出産業の東海林です。
上海出張中に受診した弊社社員の件で、病院から届いた診療報告を転送いたします。
保険金請求の書類としてお使いいただけますでしょうか。

原本の領収書は別途郵送いたします。
""" + SIG_SHOJI,
        "attachments": [{
            "kind": "eml",
            "name": "Medical report - Mr. GOCHO Masato.eml",
            "message": {
                "charset": "utf-8",
                "sender": "Ruihe International Clinic <japandesk@ruihe-intl-clinic.com>",
                "to": ["shoji.misaki@hinode-sangyo.co.jp"],
                "subject": "Medical report - Mr. GOCHO Masato",
                "body": """Dear Ms. Shoji,

Please find the medical report of your employee below.

Patient name : GOCHO Masato
Date of birth: 1972-06-08
Visit date   : 2025-10-21 (Emergency)
Diagnosis    : Acute pancreatitis (alcohol-related suspected)
Treatment    : IV fluids, analgesics; admitted for observation 2 nights
Follow-up    : Abstain from alcohol; check amylase after 1 week in Japan

Dr. Liu Wen, Department of Internal Medicine
Ruihe International Clinic, Shanghai
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "転送（FW）の添付メールに患者の氏名・生年月日・診断名: 新たに社外へ渡る要配慮情報",
    },
    # 066 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-066",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["Sukhumvit International Hospital Corporate <corporate@sukhumvit-intl-hospital.com>",
               "Chonburi Memorial Hospital <international@chonburi-memorial.co.th>",
               "Silom Check-up Clinic <sales@silom-checkup.com>"],
        "subject": "Request for 2026 corporate health-screening rates",
        "body": """Dear all,

Hinode Sangyo (Thailand) is preparing its 2026 budget for the annual health screening of
about 45 Japanese expatriates and their dependants in Bangkok and Chonburi.

Could you please send us your 2026 corporate price list for:
  (a) executive check-up package (male / female),
  (b) standard check-up package,
  (c) add-ons: gastroscopy, mammography, low-dose chest CT.

We would appreciate your quotation by 31 October.
""" + SIG_TAN_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "競合する医療機関3者をToに並べた見積依頼: 互いのアドレスが見える",
    },
    # 067 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-067",
        "charset": "iso-2022-jp",
        "sender": S_KOKETSU,
        "to": ["みどり銀行 浜松町支店 法人外為課 <gaitame-hamamatsucho@midori-ginko.co.jp>"],
        "subject": "外国送金のご依頼（インドネシア向け・医療費）",
        "body": """みどり銀行 浜松町支店
法人外為課 ご担当者様

いつもお世話になっております。日の出産業 経理部の纐纈です。
下記のとおり外国送金をお願いいたします。送金依頼書は本日インターネットバンキングで
登録済みです（受付番号 FX-20251014-0073）。

　送金先　：PT Klinik Medika Jakarta
　銀行　　：Bank Nusantara Sejahtera, Jakarta（SWIFT: BNSAIDJA）
　口座番号：0071 2290 4418
　金額　　：IDR 186,450,000
　送金目的：医療費の支払い（当社負担分）
　引落口座：みどり銀行 浜松町支店 当座 0418823（日の出産業株式会社）

手数料は当方負担（OUR）でお願いいたします。
""" + SIG_KOKETSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "法人口座同士の送金依頼: 口座は事業者のもの、患者の特定情報なし",
    },
    # 068 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-068",
        "charset": "iso-2022-jp",
        "sender": S_SHOJI,
        "to": ["ひかりトラベル 法人営業部 漆原様 <urushibara@hikari-travel.co.jp>"],
        "subject": "赴任者航空券の手配（12月・5名）",
        "body": """ひかりトラベル
漆原様

お世話になっております。日の出産業の東海林です。
12月赴任者の片道航空券の手配をお願いします。搭乗者情報は以下のとおりです。

■ 1
氏名：百目鬼 浩二（DOMEKI KOJI）
生年月日：1980年2月11日
携帯：090-5518-2274
行先：デュッセルドルフ（12/1）

■ 2
氏名：百目鬼 奈緒（DOMEKI NAO）
生年月日：1982年12月3日
携帯：080-2204-6613
行先：デュッセルドルフ（12/1）

■ 3
氏名：九十九 洋平（TSUKUMO YOHEI）
生年月日：1984年8月15日
携帯：090-4471-8203
行先：ハノイ（12/8）

■ 4
氏名：御手洗 亮介（MITARAI RYOSUKE）
生年月日：1988年12月19日
携帯：090-8820-1476
行先：ロサンゼルス（12/10）

■ 5
氏名：栗花落 大地（TSUYURI DAICHI）
生年月日：1990年3月6日
携帯：080-6152-3389
行先：デュッセルドルフ（12/15）

座席はいずれも通路側希望です。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "名簿: 5名の氏名・生年月日・携帯を1件ずつのブロックで旅行会社へ",
    },
    # 069 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-069",
        "charset": "utf-8",
        "sender": S_MINAI,
        "to": ["健康セミナー企画 講師手配担当 <koshi@kenko-seminar.co.jp>"],
        "subject": "赴任前研修「海外の医療事情」スライドのご確認",
        "body": """健康セミナー企画株式会社
講師手配ご担当者様

お世話になっております。日の出産業 健康管理室の薬袋です。
赴任前研修で講師の先生にお話しいただく内容の叩き台をスライドにしました。
先生にご転送いただき、追加・修正の点があればお知らせください。
""" + SIG_MINAI,
        "attachments": [{
            "kind": "pptx",
            "name": "海外の医療事情_叩き台.pptx",
            "title": "海外の医療事情（赴任前研修）",
            "slides": [
                ["海外の医療事情", "日の出産業株式会社 赴任前研修", "2025年10月"],
                ["渡航前に準備すること", "常備薬と英文の処方内容", "予防接種（A型肝炎・破傷風・狂犬病など）", "歯科治療は日本で済ませる"],
                ["現地で体調を崩したら", "アシスタンスデスクへ電話（24時間・日本語）", "キャッシュレス提携病院を受診", "領収書と診断書を必ず受け取る"],
                ["緊急移送", "医師の判断が前提", "費用は保険と会社規程で負担"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "一般的な研修スライド（PPTX）: 個人データなし",
    },
    # 070 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-070",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["APMA Account Management <accounts@apma-assist.com>"],
        "subject": "Service review H1 2025 - our evaluation",
        "body": """Dear Account Management team,

Ahead of our quarterly review meeting, please find attached our internal evaluation of
your service in H1 2025 (response times, GOP turnaround and invoicing accuracy).

We would like to discuss items 3 and 4 in particular.
""" + SIG_TAN_EN,
        "attachments": [{
            "kind": "pdf",
            "name": "APMA_service_review_H1_2025.pdf",
            "title": "APMA service review H1 2025",
            "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
            "page_footer": "Confidential",
            "lines": [
                "Service review of APMA - H1 2025",
                "1. Hotline answered within 60 s: 96.2 % (target 95 %)",
                "2. GOP issued within 4 h: 81.0 % (target 90 %)",
                "3. Invoices with errors: 14 of 58",
                "4. Two complaints about late evacuation decisions",
                "Recommendation: renew for one year only, re-tender in 2026",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付PDFのヘッダー・フッターに CONFIDENTIAL の表示: 社外の委託先へ",
    },
    # 071 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-071",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["東邦海上火災保険 企業営業第二部 <kigyo2@toho-kaijo.co.jp>"],
        "subject": "保険料率のご相談用資料（国別医療費実績）",
        "body": """東邦海上火災保険株式会社
企業営業第二部 ご担当者様

お世話になっております。日の出産業の五百旗頭です。
来期の料率のご相談にあたり、過去３年の国別の医療費支払実績を集計しました。
個人が特定されないよう、件数と金額の合計のみとしております。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "xlsx",
            "name": "国別医療費実績_2022-2024.xlsx",
            "sheets": {
                "集計": [
                    ["国別 海外医療費 支払実績（件数・金額、2022～2024年度）"],
                    ["国", "2022件数", "2022金額", "2023件数", "2023金額", "2024件数", "2024金額"],
                    ["タイ", 41, 8420000, 38, 7915000, 45, 11230000],
                    ["中国", 22, 3380000, 19, 2710000, 17, 2455000],
                    ["インドネシア", 18, 5120000, 24, 9840000, 21, 14610000],
                    ["ベトナム", 9, 980000, 12, 1430000, 15, 2120000],
                    ["米国", 6, 7260000, 4, 3980000, 7, 9310000],
                    ["ドイツ", 3, 420000, 5, 880000, 4, 640000],
                ],
                "注記": [["金額は円換算・保険金支払額＋会社負担額"], ["緊急移送費は含まない"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "国別の件数・金額の集計のみ: 個人を特定する情報なし",
    },
    # 072 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-072",
        "charset": "cp932",
        "sender": S_SHOJI,
        "to": ["日の出産業健康保険組合 給付課 <kyufu@hinode-kenpo.or.jp>"],
        "subject": "海外療養費の支給申請について（書類の事前確認）",
        "body": """日の出産業健康保険組合
給付課 ご担当者様

いつもお世話になっております。日の出産業 人事部の東海林です。
海外療養費の支給申請にあたり、書類の事前確認をお願いいたします。

　被保険者氏名：廿楽 一輝
　保険証　　　：記号 ７２０４　番号 ３１８
　受診国　　　：タイ
　傷病名　　　：デング熱（入院６日間）
　受診期間　　：2025年9月10日～9月15日
　支払額　　　：THB 142,800

海外旅行保険で補填されなかった自己負担分について申請する予定です。
診療内容明細書と領収明細書の翻訳は当方で用意しております。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "健保組合（別ドメインの社外）へ保険証の記号・番号と傷病名を送付",
    },
    # 073 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-073",
        "charset": "utf-8",
        "sender": "Ploy Srisuk <ploy.s@th.hinode-sangyo.co.jp>",
        "to": ["薬袋 恵 <minai.megumi@hinode-sangyo.co.jp>",
               "月見里 早苗 <yamanashi.sanae@hinode-sangyo.co.jp>"],
        "subject": "Medical certificate - Mr. Wanibe (for your file)",
        "body": """Dear Minai-san, Yamanashi-san,

Attached is the medical certificate for Wanibe-san from Sukhumvit International Hospital,
for your records. He was discharged yesterday and will return to work on Monday.

Best regards,
Ploy Srisuk
HR Manager, Hinode Sangyo (Thailand) Co., Ltd.
""",
        "attachments": [{
            "kind": "pdf",
            "name": "MedCert_Wanibe_20250918.pdf",
            "lines": [
                "SUKHUMVIT INTERNATIONAL HOSPITAL - MEDICAL CERTIFICATE",
                "Patient: Mr. WANIBE Tatsuya   DOB: 19 Jul 1984",
                "Diagnosis: Acute appendicitis, status post laparoscopic appendectomy",
                "Admitted 15 Sep 2025, discharged 18 Sep 2025",
                "Fit to return to office work from 22 Sep 2025",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "タイ現法（th.hinode-sangyo.co.jp は社内サブドメイン）から本社への診断書: 全員社内",
    },
    # 074 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-074",
        "charset": "iso-2022-jp",
        "sender": S_YAMANASHI,
        "to": ["鰐部 達也 <wanibe.tatsuya@hinode-sangyo.jp>"],
        "subject": "帰任前面談の日程について",
        "body": """鰐部さん

お疲れさまです。海外人事の月見里です。
来年３月の帰任に向けて、帰任後の配属や住居のご希望を伺いたく、
一度オンラインで面談をさせてください。
10月1日（水）か2日（木）の日本時間16時以降でご都合はいかがでしょうか。
Teamsの招待をお送りします。
""" + SIG_YAMANASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 hinode-sangyo.jp は自社 hinode-sangyo.co.jp の co. を落とした類似ドメイン",
    },
    # 075 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-075",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["Dr. Kenji Nakamura <k.nakamura@praxis-nakamura.de>"],
        "subject": "Re: Follow-up of Mr. Domeki",
        "body": """Dear Dr. Nakamura,

Thank you very much for the update. We will ask our insurer to pay your invoice directly
and will let you know the claim number as soon as we have it.

The follow-up appointment on 14 January is fine from the company side.

Best regards,
""" + SIG_IOKIBE_EN + """

On Tue, 16 Dec 2025 at 09:12, Dr. Kenji Nakamura <k.nakamura@praxis-nakamura.de> wrote:
> Dear Mr. Iokibe,
>
> Mr. Koji Domeki (born 11.02.1980) came to our practice yesterday. His blood pressure
> was 168/101 and his liver values remain elevated (GGT 205). I have adjusted his
> antihypertensive medication and referred him for an abdominal ultrasound.
> Follow-up appointment: 14 January 2026.
>
> Kind regards, Kenji Nakamura
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "病状・生年月日は医師からの引用（On … wrote:）のみ。新しい本文は支払方法の連絡",
    },
    # 076 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-076",
        "charset": "utf-8",
        "sender": S_KIDOKORO,
        "to": ["ビザサポート 申請受付 <apply@visa-support.co.jp>"],
        "subject": "メキシコ就労ビザ申請（3名分）の申請者情報",
        "body": """株式会社ビザサポート
申請受付 ご担当者様

お世話になっております。日の出産業 総務部の城所です。
先日ご相談したメキシコの就労ビザ（一時居住者ビザ）の申請につき、
申請者３名の情報をExcelでお送りします。旅券のコピーは別途郵送いたします。
""" + SIG_KIDOKORO,
        "attachments": [{
            "kind": "xlsx",
            "name": "visa_applicants_MEX.xlsx",
            "sheets": {
                "applicants": [
                    ["Surname", "Given name", "Date of birth", "Passport No.", "Date of expiry", "Position"],
                    ["KIRA", "TAKUMA", "1990-05-14", "TS4408812", "2035-09-01", "Sales Manager"],
                    ["KIRA", "MIHO", "1991-08-22", "TS4408813", "2035-09-01", "Dependant (spouse)"],
                    ["KIRA", "HIMARI", "2020-01-09", "TS4408814", "2030-09-01", "Dependant (child)"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "旅券番号3件（生年月日付き）のExcelをビザ代行業者へ",
    },
    # 077 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-077",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["グローバルメディカルアシスト 営業部 釜萢様 <kamayachi@gm-assist.co.jp>"],
        "subject": "10月定例会 議事メモ",
        "body": """グローバルメディカルアシスト
釜萢様

本日はありがとうございました。議事メモをお送りします。
認識違いがあればご指摘ください。

■日時：2025年10月15日（水）14:00-15:00　Web会議
■出席：貴社 釜萢様、西園寺様／弊社 五百旗頭、小笠原

■報告（2025年4〜9月）
　・受付件数：合計 137件（医療相談 92、受診手配 31、入院 11、緊急移送 3）
　・地域別：東南アジア 68％、中国 14％、欧州 9％、北中米 9％
　・日本語対応率：100％、平均応答時間 18秒

■確認事項
　１．メンタルヘルス相談の専用窓口新設（貴社より11月中に提案）
　２．月次レポートの国別内訳を四半期から月次に変更

■次回：11月19日（水）14:00
""" + SIG_OGASAWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "件数・割合だけの議事メモ: 個人を特定する情報なし",
    },
    # 078 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-078",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["Dr. Priya Raman, APMA Medical Director <p.raman@apma-assist.com>"],
        "subject": "Fitness-to-post opinion - Ms. Ayano Nukui (Bangkok)",
        "body": """Dear Dr. Raman,

We would like to ask for your medical opinion before confirming the posting of one of
our employees to Bangkok from January.

  Employee : Ms. Ayano NUKUI, 33, Accounting
  Condition: Type 1 diabetes since age 14, on an insulin pump (continuous glucose
             monitoring); one episode of severe hypoglycaemia in 2023
  Question : Is the supply of pump consumables and insulin reliable in Bangkok, and
             which hospital would you recommend for her endocrinology follow-up?

Her Japanese physician's letter can be shared with you if needed, with her consent.
""" + SIG_TAN_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 氏名と持病（1型糖尿病・低血糖の既往）をアシスタンス会社の医師へ",
    },
    # 079 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-079",
        "charset": "iso-2022-jp",
        "sender": S_IOKIBE,
        "to": ["グローバルメディカルアシスト 法務課 <legal@gm-assist.co.jp>"],
        "subject": "業務委託契約書（2026年度版）弊社修正案の送付",
        "body": """株式会社グローバルメディカルアシスト
法務課 ご担当者様

お世話になっております。日の出産業の五百旗頭です。
2026年度の業務委託契約書につき、弊社法務部の修正案を添付いたします。
修正箇所は見え消しではなく、表にまとめております。

ご確認のうえ、ご意見をお聞かせください。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "docx",
            "name": "業務委託契約書_2026_修正案.docx",
            "title": "業務委託契約書（海外医療アシスタンス）",
            "paragraphs": [
                "業務委託契約書（海外医療アシスタンス）　修正案",
                "日の出産業株式会社（以下「甲」）と株式会社グローバルメディカルアシスト（以下「乙」）は、次のとおり契約を締結する。",
                "第７条（秘密保持）乙は、本業務の遂行上知り得た甲の従業員の個人情報を、本業務の目的以外に利用してはならない。",
                "第12条（再委託）乙は、甲の書面による事前の承諾なく本業務を再委託してはならない。",
            ],
            "tables": [[["条項", "原案", "修正案", "理由"],
                        ["第７条", "（規定なし）", "個人情報の目的外利用禁止を追加", "個人情報保護法への対応"],
                        ["第12条", "通知により再委託可", "書面による事前承諾", "委託先管理の強化"],
                        ["第18条", "自動更新", "１年ごとの更新協議", "料金見直しのため"]]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "契約書の修正案（秘密保持条項の言及のみ、表示なし）: 個人データなし",
    },
    # 080 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-080",
        "charset": "utf-8",
        "sender": S_OGASAWARA,
        "to": ["WorldMove Relocation Japan Desk <japan@worldmove-reloc.com>"],
        "subject": "FW: New arrivals Bangkok - Jan 2026",
        "body": """WorldMove Relocation
Japan Desk ご担当者様

お世話になっております。日の出産業の小笠原です。
タイ現法のHRから届いた、来年１月着任者の一覧を転送いたします。
各人のアパート探しのご案内を直接お送りいただけますでしょうか。

日の出産業 小笠原

---------- Forwarded message ----------
From: Ploy Srisuk <ploy.s@th.hinode-sangyo.co.jp>
Date: Mon, Oct 27, 2025 at 3:05 PM
Subject: New arrivals Bangkok - Jan 2026
To: ogasawara.takumi@hinode-sangyo.co.jp

Dear Ogasawara-san,

These are the new arrivals for January. Could you pass them to the relocation agent?

* Ayano NUKUI - nukui.ayano@hinode-sangyo.co.jp - +81 90 6630 1874 - single
* Jin ABIKO - abiko.jin@hinode-sangyo.co.jp - +81 90 2271 5503 - with spouse
* Tomoko ABIKO - tomoko.abiko.73@gmail.com - +81 80 4459 2016 - spouse of Jin
* Sho KYAN - kyan.sho@hinode-sangyo.co.jp - +63 917 448 2091 - transfer from Manila
* Keita ONDA - onda.keita@hinode-sangyo.co.jp - +81 70 2291 8856 - with family (3)
* Rei ONDA - rei.onda@icloud.com - +81 80 9913 0645 - spouse of Keita

Thanks,
Ploy
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "転送（FW）で6名の氏名・メール・携帯を社外の引越業者へ: 転送は新しい内容として数える",
    },
    # 081 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-081",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["九十九 洋平 <yohei_tsukumo84@yahoo.co.jp>"],
        "subject": "赴任時の旅程とアシスタンスデスク番号のご案内",
        "body": """九十九さん

お疲れさまです。海外人事の小笠原です。
社用メールがまだハノイで使えないと伺いましたので、個人アドレスにお送りします。

■旅程
　12月8日（月）成田 10:05発 → ハノイ 14:30着
■到着後
　空港に現地法人の送迎が出ます（ドライバーが社名のボードを持っています）
　初日は Hanoi Lotus Serviced Residence に宿泊
■体調を崩したときの連絡先（24時間・日本語）
　グローバルメディカルアシスト：+81-3-6809-2211（コレクトコール可）

会員カードは出発前日までに社内便でお届けします。
""" + SIG_OGASAWARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "本人の個人アドレス宛の旅程とデスク番号（事業者）: 個人データの記載なし",
    },
    # 082 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-082",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["APMA Medical Team <medical@apma-assist.com>"],
        "subject": "Medical records for case APMA-SG-25-4471",
        "body": """Dear Medical Team,

As requested for case APMA-SG-25-4471, please find the medical records in the attached
archive. The password will follow in a separate e-mail, as per our usual practice.
""" + SIG_TAN_EN,
        "attachments": [{
            "kind": "zip",
            "name": "records_4471.zip",
            "password": "apma-4471-Sg!",
            "files": [
                {"kind": "pdf", "name": "discharge_summary.pdf", "lines": ["Discharge summary", "Patient: ONDA Keita"]},
                {"kind": "pdf", "name": "lab_results.pdf", "lines": ["Laboratory results"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）: 中身を検査できない添付",
    },
    # 083 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-083",
        "charset": "cp932",
        "sender": S_SHOJI,
        "to": ["ひかりトラベル 法人営業部 漆原様 <urushibara@hikari-travel.co.jp>"],
        "subject": "一時帰国（年末）航空券の手配：鰐部様ご家族",
        "body": """ひかりトラベル
漆原様

いつもお世話になっております。日の出産業の東海林です。
バンコク駐在員ご家族の年末一時帰国の航空券をお願いします。

　鰐部 達也　　昭和59年7月19日
　鰐部 まどか　昭和61年10月8日
　鰐部 颯太　　令和元年5月3日（幼児・座席使用）

往路：12月26日 バンコク→羽田（夜便希望）
復路：1月4日 羽田→バンコク

規程上、エコノミークラスでお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "家族3名の氏名・生年月日（和暦）のみ、5名未満: 警告はありうるが通す",
    },
    # 084 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-084",
        "charset": "iso-2022-jp",
        "sender": S_OGASAWARA,
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
        "subject": "研修期間中のお弁当について（食事制限のある方）",
        "body": """北国フーズ株式会社
ケータリング事業部 ご担当者様

お世話になっております。日の出産業の小笠原です。
11月17日〜21日の技術研修で来日するインドネシア現地法人の社員のうち、
下記の方について食事のご配慮をお願いいたします。

・Ahmad Fauzi 様：イスラム教徒のため、ハラール対応の食事を希望
　（豚肉・アルコール由来の調味料不可）
・Siti Rahmawati 様：同上。あわせて、礼拝のため昼食時間を13時からに
　ずらしていただけると助かります

他の研修生８名は通常のお弁当で問題ございません。
""" + SIG_OGASAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 氏名つきで信仰（イスラム教徒）を取引先の仕出し業者へ",
    },
    # 085 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-085",
        "charset": "iso-2022-jp",
        "sender": S_MINAI,
        "to": ["産業医 我孫子先生 <abiko.sangyoi@hinode-sangyo.co.jp>"],
        "subject": "海外駐在員ストレスチェック 高ストレス者の面談調整",
        "body": """我孫子先生

健康管理室の薬袋です。
海外駐在員のストレスチェック（９月実施）で高ストレスと判定され、
面談を希望した方は次の３名です。オンライン面談の候補日をお知らせください。

１）四十物 健太（上海）　総合 82点　「仕事の量的負担」「睡眠」で高値
２）喜屋武 翔（マニラ）　総合 77点　慢性腎不全の治療と業務の両立に不安
３）温井 彩乃（バンコク）総合 75点　帰任希望あり

時差がありますので、日本時間の午前中が望ましいです。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "社内の産業医宛（hinode-sangyo.co.jp）: ストレスチェック結果・病名があっても社内のみ",
    },
    # 086 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-086",
        "charset": "utf-8",
        "sender": S_KIDOKORO,
        "to": ["ビザサポート 申請受付 <apply@visa-support.co.jp>",
               "ひかりトラベル 漆原様 <urushibara@hikari-travel.co.jp>"],
        "cc": ["WorldMove Relocation Japan Desk <japan@worldmove-reloc.com>"],
        "subject": "RE: メキシコ赴任スケジュールの確認（ビザ・航空券・住居）",
        "body": """皆さま

日の出産業の城所です。全員に返信いたします。
ビザの発給見込みが11月20日前後とのことですので、航空券は11月28日以降、
仮住居の入居日は到着日に合わせて調整をお願いいたします。

ビザサポート様：発給日が確定しましたら、このスレッドでご一報ください。
ひかりトラベル様：11月28日以降の候補便を２～３お送りください。
WorldMove様：レオン市内の仮住居、11月末からの１か月で押さえてください。
""" + SIG_KIDOKORO + """

> From: ビザサポート 申請受付 <apply@visa-support.co.jp>
> 城所様、関係各位
> メキシコ大使館の審査状況から、発給は11月20日前後の見込みです。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "社外3組織（ビザ代行・旅行会社・引越業者）をTo/Ccで相互に見える形で全員返信",
    },
    # 087 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-087",
        "charset": "utf-8",
        "sender": S_OGASAWARA,
        "to": ["青葉運輸 国際引越センター 保志様 <hoshi@aoba-unyu.co.jp>"],
        "subject": "上海からの帰任引越し 搬入先のご連絡（四十物様）",
        "body": """青葉運輸株式会社
国際引越センター　保志様

お世話になっております。日の出産業の小笠原です。
先日お見積りいただいた上海からの帰任引越しにつき、日本側の搬入先が決まりました。

　ご依頼主：四十物 健太 様
　搬入先　：〒183-0023 東京都府中市宮町２丁目１５－３ グランフォレスト府中 408号室
　搬入日　：2026年1月24日（土）午前
　当日連絡先：ご本人携帯 080-4418-7725

荷物量に変更はございません。よろしくお願いいたします。
""" + SIG_OGASAWARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "1名分の住所・携帯を取引先の引越業者へ（要配慮なし、5名未満）: 警告まで",
    },
    # 088 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-088",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["HRコンサルティングパートナーズ 鬼頭様 <kito@hrc-partners.co.jp>"],
        "subject": "海外医療関連コストの推移（ベンチマーク用）",
        "body": """鬼頭様

お世話になっております。日の出産業の五百旗頭です。
先日ご依頼いただいたベンチマーク用のデータをお送りします。
費目別の年度推移のみです。ご確認ください。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "xlsx",
            "name": "海外医療コスト推移_FY2021-2024.xlsx",
            "page_header": "部外秘",
            "page_footer": "人事部 部外秘",
            "sheets": {
                "費目別": [
                    ["【部外秘】海外医療関連コスト推移（単位：千円）"],
                    ["費目", "FY2021", "FY2022", "FY2023", "FY2024"],
                    ["海外旅行保険料", 18420, 19880, 21350, 23010],
                    ["アシスタンス年会費", 2310, 2440, 2570, 2574],
                    ["会社負担医療費", 4120, 5390, 6010, 8870],
                    ["緊急移送費", 0, 12600, 0, 21400],
                    ["予防接種・健診", 3380, 3510, 3720, 3960],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付Excelのタイトル行・ヘッダー・フッターに「部外秘」: 社外コンサルタントへ",
    },
    # 089 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-089",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["APMA Account Management <accounts@apma-assist.com>"],
        "subject": "Quarterly review - agenda and dial-in",
        "body": """Dear team,

Thank you for confirming the quarterly review on Thursday 13 November, 10:00-11:30 SGT.

Proposed agenda:
  1. Case statistics Q3 (your report)
  2. GOP turnaround time - improvement plan
  3. Invoicing process and the new monthly statement format
  4. Preparation for the 2026 renewal

We will send the Teams link the day before. Please let us know who will attend from your
side.
""" + SIG_TAN_EN + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "会議の議題連絡と標準の免責文（confidential の語は定型文のみ）",
    },
    # 090 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-090",
        "charset": "iso-2022-jp",
        "sender": S_YAMANASHI,
        "to": ["安全グローバル 研修事業部 <training@anzen-global.co.jp>"],
        "subject": "海外安全・医療研修（12月4日）受講者名簿",
        "body": """株式会社安全グローバル
研修事業部 ご担当者様

お世話になっております。日の出産業の月見里です。
12月4日の海外安全・医療研修の受講者名簿をPDFでお送りします。
事前課題のeラーニングIDは、各受講者のメールアドレスで発行をお願いします。
""" + SIG_YAMANASHI,
        "attachments": [{
            "kind": "pdf",
            "name": "受講者名簿_20251204.pdf",
            "title": "海外安全・医療研修 受講者名簿",
            "lines": ["海外安全・医療研修（2025年12月4日）受講者名簿", "日の出産業株式会社 人事部"],
            "table": [
                ["No", "氏名", "所属", "メールアドレス"],
                ["1", "九十九 洋平", "生産技術部", "tsukumo.yohei@hinode-sangyo.co.jp"],
                ["2", "一寸木 健吾", "品質保証部", "chokki.kengo@hinode-sangyo.co.jp"],
                ["3", "雲母 拓真", "営業部", "kira.takuma@hinode-sangyo.co.jp"],
                ["4", "御手洗 亮介", "調達部", "mitarai.ryosuke@hinode-sangyo.co.jp"],
                ["5", "栗花落 大地", "経営企画部", "tsuyuri.daichi@hinode-sangyo.co.jp"],
                ["6", "百目鬼 浩二", "営業部", "domeki.koji@hinode-sangyo.co.jp"],
                ["7", "温井 彩乃", "経理部", "nukui.ayano@hinode-sangyo.co.jp"],
                ["8", "我孫子 仁", "生産管理部", "abiko.jin@hinode-sangyo.co.jp"],
                ["9", "恩田 啓太", "設計部", "onda.keita@hinode-sangyo.co.jp"],
                ["10", "牛腸 正人", "購買部", "gocho.masato@hinode-sangyo.co.jp"],
                ["11", "舎利弗 恭平", "工場管理部", "sharihotsu.kyohei@hinode-sangyo.co.jp"],
                ["12", "城之内 剛", "工場管理部", "jonouchi.tsuyoshi@hinode-sangyo.co.jp"],
                ["13", "鬼頭 遥", "人事部", "kito.haruka@hinode-sangyo.co.jp"],
                ["14", "比嘉 友梨", "営業部", "higa.yuri@hinode-sangyo.co.jp"],
                ["15", "仲宗根 航", "設計部", "nakasone.wataru@hinode-sangyo.co.jp"],
                ["16", "匂坂 光", "物流部", "sagisaka.hikaru@hinode-sangyo.co.jp"],
                ["17", "西園寺 麻衣", "法務部", "saionji.mai@hinode-sangyo.co.jp"],
                ["18", "漆原 陸", "生産技術部", "urushibara.riku@hinode-sangyo.co.jp"],
                ["19", "廣瀬 真央", "品質保証部", "hirose.mao@hinode-sangyo.co.jp"],
                ["20", "東條 颯", "経営企画部", "tojo.hayate@hinode-sangyo.co.jp"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "名簿: 20名の氏名・所属・メールのPDF表を研修会社へ",
    },
    # 091 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-091",
        "charset": "utf-8",
        "sender": S_MINAI,
        "to": ["Ploy Srisuk <ploy.s@th.hinode-sangyo.co.jp>"],
        "cc": ["月見里 早苗 <yamanashi.sanae@hinode-sangyo.co.jp>"],
        "subject": "要再検査者のフォローについて（タイ地区）",
        "body": """Ploy-san

健康管理室の薬袋です（英語が苦手なので日本語で失礼します。月見里さんが補足します）。
タイ地区の定期健診で、下記の方が要再検査となりました。
現地での再検査の予約を、本人と相談のうえ進めていただけますか。

・小鳥遊 誠：心電図異常（陳旧性心筋梗塞の経過観察）、LDL 176
・我孫子 仁：便潜血 陽性 → 大腸内視鏡
・廿楽 一輝：血小板数 低値（デング熱後の経過確認）
・温井 彩乃：HbA1c 8.4％（1型糖尿病 主治医へ報告）

結果が出ましたら、私あてにPDFでお送りください。
""" + SIG_MINAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "健診結果だが宛先はタイ現法（th.hinode-sangyo.co.jp、社内サブドメイン）と本社のみ",
    },
    # 092 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-092",
        "charset": "iso-2022-jp",
        "sender": S_KIDOKORO,
        "to": ["あおぞら社会保険労務士法人 薬師寺様 <yakushiji@aozora-sr.jp>"],
        "subject": "扶養親族の異動届（赴任者 一寸木）の記載内容",
        "body": """あおぞら社会保険労務士法人
薬師寺様

お世話になっております。日の出産業 総務部の城所です。
ドイツ赴任予定の一寸木について、健康保険の被扶養者（異動）届の作成をお願いします。
記載内容をPDFにまとめましたのでご確認ください。

家族は本人より２か月遅れて出国予定です。
""" + SIG_KIDOKORO,
        "attachments": [{
            "kind": "pdf",
            "name": "被扶養者異動届_記載内容_一寸木.pdf",
            "lines": [
                "健康保険 被扶養者（異動）届 記載内容",
                "被保険者：一寸木 健吾　生年月日：昭和60年9月27日",
                "被保険者 個人番号：" + my_number(SEED + 5),
                "",
            ],
            "table": [
                ["氏名", "続柄", "生年月日", "個人番号", "海外特例要件"],
                ["一寸木 里香", "妻", "S61.4.11", my_number(SEED + 6), "同行家族"],
                ["一寸木 悠真", "長男", "H30.10.25", my_number(SEED + 7), "同行家族"],
                ["一寸木 結衣", "長女", "R4.3.3", my_number(SEED + 8), "同行家族"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "添付PDFに本人と家族のマイナンバー4件: 社労士事務所へ",
    },
    # 093 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-093",
        "charset": "shift_jis",
        "sender": S_MINAI,
        "to": ["港南トラベルクリニック 予約係 <yoyaku@konan-travelclinic.jp>"],
        "subject": "集団接種の対象者（狂犬病ワクチン 2回目以降）",
        "body": """港南トラベルクリニック
予約係 ご担当者様

健康管理室の薬袋です。先日お願いした11月の集団接種のうち、
狂犬病ワクチンの接種状況は次のとおりです。２回目以降の方の分のみご準備ください。

　氏名　　　　　１回目　２回目　３回目
　恩田 啓太　　　済　　　未　　　未
　我孫子 仁　　　済　　　済　　　未
　城之内 剛　　　未　　　未　　　未
　鬼頭 遥　　　　済　　　未　　　未

よろしくお願いいたします。
""" + SIG_MINAI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "4名の予防接種歴（済/未）を接種するクリニックへ: 健康情報とみるか判断が分かれる",
    },
    # 094 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-094",
        "charset": "utf-8",
        "sender": S_YAMANASHI,
        "to": ["グローバルメディカルアシスト 日本デスク <ops-japan@gm-assist.co.jp>"],
        "subject": "米国赴任者の緊急時対応についてのご相談（聴覚障害のある社員）",
        "body": """グローバルメディカルアシスト
日本デスク ご担当者様

お世話になっております。日の出産業の月見里です。
来年２月にロサンゼルスへ赴任する社員についてご相談です。

　対象者：御手洗 亮介（調達部）
　状況　：両耳の感音性難聴（身体障害者手帳 ４級）。補聴器使用、電話での会話は困難。
　　　　　日常のコミュニケーションは筆談・チャットが中心です。

緊急時に24時間デスクへ電話で連絡することが難しいため、
チャットやSMSでの受付、現地病院での手話（ASL）通訳・文字通訳の手配が可能か
ご教示いただけますでしょうか。
""" + SIG_YAMANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "要配慮: 氏名つきの障害（難聴・身体障害者手帳）をアシスタンス会社へ",
    },
    # 095 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-095",
        "charset": "iso-2022-jp",
        "sender": S_IOKIBE,
        "to": ["スカイライン・メディバック 日本営業部 真壁様 <makabe@skyline-medevac.com>"],
        "subject": "待機契約（スタンバイプラン）のお見積り依頼",
        "body": """スカイライン・メディバック株式会社
日本営業部　真壁様

お世話になっております。日の出産業の五百旗頭です。
秘密保持契約の締結、ありがとうございました。

先日ご紹介いただいた待機契約（スタンバイプラン）について、
東南アジア６か国・中国・メキシコを対象とした年間契約のお見積りをお願いします。
対象人数は駐在員約60名・帯同家族約110名です。

弊社ロゴの使用許可が必要とのことでしたので、ロゴデータを添付いたします。
""" + SIG_IOKIBE,
        "attachments": [{"kind": "png", "name": "hinode_logo.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "見積依頼とロゴ画像: 個人データなし",
    },
    # 096 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-096",
        "charset": "cp932",
        "sender": S_MINAI,
        "to": ["海外健診コーディネート 受付 <info@kaigai-kenshin.jp>"],
        "subject": "帯同家族の健診手配（ドイツ・メキシコ）",
        "body": """海外健診コーディネート株式会社
受付ご担当者様

お世話になっております。日の出産業 健康管理室の薬袋です。
ドイツ・メキシコに帯同する家族の現地での健診手配をお願いいたします。
対象者一覧をExcel（97-2003形式）で添付します。
""" + SIG_MINAI,
        "attachments": [{
            "kind": "xls",
            "name": "帯同家族_健診対象者.xls",
            "sheets": {
                "対象者": [
                    ["氏名", "ふりがな", "続柄", "生年月日", "赴任地", "連絡先（本人または配偶者）"],
                    ["雲母 美穂", "きら みほ", "配偶者", "1991/08/22", "レオン", "080-3318-4421"],
                    ["雲母 陽葵", "きら ひまり", "長女", "2020/01/09", "レオン", "080-3318-4421"],
                    ["百目鬼 奈緒", "どうめき なお", "配偶者", "1982/12/03", "デュッセルドルフ", "080-2204-6613"],
                    ["百目鬼 蓮", "どうめき れん", "長男", "2012/06/17", "デュッセルドルフ", "080-2204-6613"],
                    ["百目鬼 葵", "どうめき あおい", "次女", "2016/02/29", "デュッセルドルフ", "080-2204-6613"],
                    ["一寸木 里香", "ちょっき りか", "配偶者", "1986/04/11", "デュッセルドルフ", "090-7715-3382"],
                    ["一寸木 悠真", "ちょっき ゆうま", "長男", "2018/10/25", "デュッセルドルフ", "090-7715-3382"],
                    ["一寸木 結衣", "ちょっき ゆい", "長女", "2022/03/03", "デュッセルドルフ", "090-7715-3382"],
                    ["栗花落 彩", "つゆり あや", "配偶者", "1993/07/07", "デュッセルドルフ", "080-9026-1147"],
                    ["廿楽 早希", "つづら さき", "配偶者", "1989/06/25", "バンコク", "090-6683-2290"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "名簿: 帯同家族10名の氏名・生年月日・電話の旧形式Excel（XLS）を社外へ",
    },
    # 097 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-097",
        "charset": "utf-8",
        "sender": S_IOKIBE,
        "to": ["グローバルメディカルアシスト 営業部 釜萢様 <kamayachi@gm-assist.co.jp>"],
        "subject": "Re: 「健康管理を考える会」ご登壇の件",
        "body": """釜萢様

ご登壇をご快諾いただき、ありがとうございます。
当日の進行表（案）をテキストで添付いたします。
ご担当パートは 16:00～16:25 の「緊急移送の事例紹介」です。
事例は個人が特定されない形でお話しいただければ幸いです。

五百旗頭

> 五百旗頭様
> 11月21日の会、弊社からは西園寺が登壇させていただきます。
> 持ち時間と内容をお知らせください。
""",
        "attachments": [{
            "kind": "txt",
            "name": "進行表_案.txt",
            "encoding": "utf-8",
            "text": """海外赴任者の健康管理を考える会（第３回）進行表（案）
15:00-15:05 開会挨拶（日の出産業 人事部長）
15:05-15:35 新興感染症の動向（港南トラベルクリニック 院長）
15:35-16:00 メンタルヘルス不調の早期把握（東京産業保健センター）
16:00-16:25 緊急移送の事例紹介（グローバルメディカルアシスト 西園寺様）
16:25-16:40 休憩
16:40-17:30 パネルディスカッション
""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "イベントの進行表（テキスト添付）: 個人データなし",
    },
    # 098 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-098",
        "charset": "iso-2022-jp",
        "sender": S_KOKETSU,
        "to": ["みどり銀行 浜松町支店 法人外為課 <gaitame-hamamatsucho@midori-ginko.jp>"],
        "subject": "外国送金の着金確認のお願い（FX-20251014-0073）",
        "body": """みどり銀行 浜松町支店
法人外為課 ご担当者様

お世話になっております。日の出産業 経理部の纐纈です。
10月14日にお願いしたインドネシア向け送金（受付番号 FX-20251014-0073）について、
受取側から未着との連絡がございました。
中継銀行での処理状況をご確認いただけますでしょうか。
""" + SIG_KOKETSU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 midori-ginko.jp は取引先 midori-ginko.co.jp の co. を落とした類似ドメイン",
    },
    # 099 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-099",
        "charset": "cp932",
        "sender": S_OGASAWARA,
        "to": ["川崎電機 海外事業部 匂坂様 <sagisaka@kawasaki-denki.co.jp>"],
        "subject": "レオン出張時の医療サポートのご案内",
        "body": """川崎電機株式会社
海外事業部　匂坂様

お世話になっております。日の出産業の小笠原です。
先日お約束した、レオンでの共同出張時の医療サポートについてご案内します。

１．24時間日本語デスク（グローバルメディカルアシスト）
　　TEL：+81-3-6809-2211　※貴社メンバーの方も弊社契約番号でご利用いただけます
　　契約番号：GMA-HS-00418
２．現地の推奨病院
　　Hospital San Bajío（レオン市内、救急24時間）　TEL：+52-477-710-5500
３．現地での連絡窓口
　　日の出産業メキシコ 総務（代表）　TEL：+52-477-318-2000

ご不明点がございましたら、お気軽にお問い合わせください。
""" + SIG_OGASAWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "デスク・病院・事業所の代表番号のみの案内: 個人データなし",
    },
    # 100 -----------------------------------------------------------------------------
    {
        "id": "kaigaiiryo-100",
        "charset": "utf-8",
        "sender": S_TAN,
        "to": ["Lion Guard Security Operations <ops@lionguard-security.com.sg>"],
        "subject": "Jakarta expatriate contact sheet for evacuation drill",
        "body": """Dear Operations team,

For the evacuation drill on 3 December, please find attached the contact sheet of our
Jakarta expatriates (one slide). Kindly use it only for the drill and the real
evacuation plan.
""" + SIG_TAN_EN,
        "attachments": [{
            "kind": "pptx",
            "name": "Jakarta_contact_sheet.pptx",
            "title": "Jakarta expatriate contact sheet",
            "slides": [
                ["Evacuation drill - 3 Dec 2025", "Hinode Sangyo Indonesia", "Assembly point: Plaza Senayan car park B"],
                ["Expatriates - mobile numbers",
                 "URUMA Toshihiko - +62 812 8830 4417 - Kemang",
                 "KUTSUNA Hiroki - +62 811 902 6635 - Senopati",
                 "EBISU Kazuya - +62 813 5520 1948 - Cikarang",
                 "SHARIHOTSU Kyohei - +62 817 044 2281 - Kuningan",
                 "KITO Haruka - +62 812 1190 7736 - Setiabudi",
                 "NUKUI Daiki - +62 811 880 3052 - Pondok Indah"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "名簿: 駐在員6名の氏名と携帯のPPTXスライドを現地警備会社へ",
    },
]
