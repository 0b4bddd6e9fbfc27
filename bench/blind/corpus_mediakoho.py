"""Blind evaluation corpus, area "mediakoho": the media-relations mail of 日の出産業's
コーポレートコミュニケーション部 (press releases and embargoes, interview requests and
fact checks, journalists' and photographers' coordination, executive photo shoots, press
conferences and press tours, crisis and holding statements, clipping and monitoring
services, PR and distribution agencies, printers, translators and venues), the ordinary
mail that must go and the near misses beside the mail that must stop. Written blind from
bench/blind/BRIEF.md, build.py's message format and SPEC.md's names only, without
reading mailguard's code, rules or tests."""

from build import card_number, my_number

SEED = 60201


def _g4(digits, sep=" "):
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def _fw(text):
    """ASCII digits and hyphens to full-width, as some people type them."""
    return text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


ME = "hinode-sangyo.co.jp"
MANABE = "真鍋 詩織 <manabe.shiori@hinode-sangyo.co.jp>"
SUNAGAWA = "砂川 拓海 <sunagawa.takumi@hinode-sangyo.co.jp>"
HASEBE = "長谷部 葵 <hasebe.aoi@hinode-sangyo.co.jp>"
MIKURIYA = "御厨 康弘 <mikuriya.yasuhiro@hinode-sangyo.co.jp>"
SHIINA = "椎名 健吾 <shiina.kengo@hinode-sangyo.co.jp>"
KUGA = "久我 理沙 <kuga.risa@hinode-sangyo.co.jp>"

SIG_MANABE = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
コーポレートコミュニケーション部 広報課 課長
真鍋 詩織（Shiori Manabe）
〒104-0031 東京都中央区京橋三丁目7番4号 日の出ビル8階
TEL：03-5820-4137　FAX：03-5820-4190
E-mail：manabe.shiori@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_SUNAGAWA = """
--
日の出産業株式会社 コーポレートコミュニケーション部 広報課
砂川 拓海（すながわ たくみ）
TEL 03-5820-4138 ／ 携帯 080-4471-2093
〒104-0031 東京都中央区京橋3-7-4 日の出ビル8F
https://www.hinode-sangyo.co.jp/
"""

SIG_HASEBE = """
-----------------------------------------
長谷部 葵 / Aoi Hasebe
日の出産業株式会社 広報課
〒104-0031 東京都中央区京橋3-7-4
Tel: 03-5820-4139
Mail: hasebe.aoi@hinode-sangyo.co.jp
-----------------------------------------
"""

SIG_MIKURIYA = """
――――――――――――――――
日の出産業株式会社
執行役員 コーポレートコミュニケーション部長
御厨 康弘
TEL 03-5820-4130（代表 03-5820-4100）
――――――――――――――――
"""

SIG_SHIINA = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　経営企画部 IR室
椎名 健吾
〒104-0031 東京都中央区京橋三丁目7番4号
TEL ０３－５８２０－４１５５
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

SIG_KUGA = """
────────────────────
日の出産業株式会社 総務部 法務課
久我 理沙
TEL 03-5820-4171 ／ FAX 03-5820-4191
────────────────────
"""

SIG_EN = """
Best regards,

Aoi Hasebe
Corporate Communications
Hinode Sangyo Co., Ltd.
3-7-4 Kyobashi, Chuo-ku, Tokyo 104-0031, Japan
Tel: +81-3-5820-4139
"""

DISC_JP = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received this e-mail in error, please notify the sender
immediately and delete it. Any unauthorised use, disclosure or copying is prohibited.
"""

RELEASE_FOOTER = [
    "＜本件に関する報道関係者からのお問い合わせ先＞",
    "日の出産業株式会社 コーポレートコミュニケーション部 広報課",
    "TEL：03-5820-4137　E-mail：koho@hinode-sangyo.co.jp",
]

MESSAGES = [
# ---------------------------------------------------------------- 001-025
{
    "id": "mediakoho-001",
    "sender": SUNAGAWA,
    "to": ["蓮見 和也 <hasumi.k@toto-keizai.co.jp>"],
    "subject": "【ニュースリリース】高効率産業用冷却ユニット「HC-Frost 500」発売のお知らせ",
    "charset": "iso-2022-jp",
    "body": """東都経済新聞社
産業部 蓮見 様

いつもお世話になっております。
日の出産業 広報課の砂川でございます。

先日お電話でお話しいたしました新製品について、本日15時に発表いたしましたので
ニュースリリースをお送りいたします。
消費電力を従来機比で約28％削減した産業用冷却ユニットで、食品工場・物流倉庫向けに
6月から受注を開始いたします。

高解像度の製品写真が必要でしたらお申し付けください。
栃木工場での実機取材も調整可能です。

どうぞよろしくお願いいたします。
""" + SIG_SUNAGAWA,
    "attachments": [{
        "kind": "pdf", "name": "20260521_HC-Frost500_release.pdf",
        "title": "ニュースリリース HC-Frost 500",
        "lines": [
            "NEWS RELEASE　　　　　　　　　　　　　　　　2026年5月21日",
            "日の出産業株式会社",
            "",
            "高効率産業用冷却ユニット「HC-Frost 500」を発売",
            "― 消費電力を従来機比約28％削減、食品工場・物流倉庫向けに6月受注開始 ―",
            "",
            "日の出産業株式会社（本社：東京都中央区、代表取締役社長：日野 正臣）は、",
            "産業用冷却ユニットの新製品「HC-Frost 500」を2026年6月1日より受注開始します。",
            "新開発の可変速コンプレッサーと熱交換器の採用により、消費電力を削減しました。",
            "",
            "■製品概要",
        ],
        "table": [
            ["型番", "冷却能力", "消費電力", "質量", "希望小売価格（税別）"],
            ["HC-F500S", "50kW", "14.2kW", "620kg", "4,280,000円"],
            ["HC-F500W", "50kW（水冷）", "12.9kW", "655kg", "4,650,000円"],
            ["", "", "", "", ""],
            [RELEASE_FOOTER[0], "", "", "", ""],
            [RELEASE_FOOTER[1], "", "", "", ""],
            [RELEASE_FOOTER[2], "", "", "", ""],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a public press release to one journalist; only the PR desk's business contact",
},
{
    "id": "mediakoho-002",
    "sender": HASEBE,
    "to": ["hasumi.k@toto-keizai.co.jp", "news-desk@sangyo-hochi.co.jp",
           "石黒 真由 <ishiguro.mayu@choryu-pub.co.jp>", "keizai@hokushin-news.jp",
           "t.okumoto@monogenba.jp", "release@bizlink-news.com",
           "神崎 陽子 <y.kanzaki.writer@gmail.com>", "keizai-bu@chubu-nippo.co.jp"],
    "subject": "ニュースリリース送付：栃木工場 第2期棟の稼働開始について",
    "charset": "utf-8",
    "body": """報道関係者各位

平素より大変お世話になっております。
日の出産業株式会社 広報課の長谷部でございます。

本日、下記のニュースリリースを発表いたしましたのでお送りいたします。
ご高覧のうえ、ご掲載をご検討いただけましたら幸いです。

――――――――――――――――――――――――――――――
栃木工場 第2期棟が稼働を開始
～冷却ユニットの生産能力を年間1,800台から3,000台へ拡大～

日の出産業株式会社は、栃木工場（栃木県さくら市）において建設を進めてきた
第2期棟が6月1日に稼働を開始したことをお知らせします。総投資額は約46億円、
延床面積は12,400㎡で、太陽光発電設備（1.2MW）を併設しています。
新棟の稼働に伴い、地元を中心に約60名を新規に採用しました。
――――――――――――――――――――――――――――――

工場内の写真・動画素材は下記よりダウンロードいただけます（6月30日まで）。
https://www.hinode-sangyo.co.jp/press/2026/0601/

何卒よろしくお願い申し上げます。
""" + SIG_HASEBE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains",
                  "freemail_recipient"],
    "note": "release sent To seven media outlets and a freelance writer: all see each other, should have been Bcc",
},
{
    "id": "mediakoho-003",
    "sender": MANABE,
    "to": ["石黒 真由 <ishiguro.mayu@choryu-pub.co.jp>"],
    "subject": "Re: 【取材のお願い】社長インタビュー（特集「製造業の省エネ投資」）",
    "charset": "iso-2022-jp",
    "body": """石黒様

お世話になっております。日の出産業の真鍋です。
このたびは取材のお申し込みをいただき、誠にありがとうございます。
社長の日野で対応させていただきます。

候補日時は以下のとおりです。ご都合のよい枠をお知らせください。

　①　6月 9日（火）10:00～11:00
　②　6月11日（木）14:00～15:00
　③　6月12日（金）16:00～17:00

場所：弊社本社 8階 応接室（東京都中央区京橋3-7-4）
撮影：応接室内での撮影は可能です。工場の写真は素材提供となります。

事前に質問項目をお送りいただけますと、資料の準備がスムーズです。
よろしくお願いいたします。
""" + SIG_MANABE + """
> 日の出産業株式会社
> 広報ご担当 真鍋様
>
> 突然のご連絡失礼いたします。週刊ビジネス潮流 編集部の石黒と申します。
> 7月上旬発売号の特集「製造業の省エネ投資」にて、御社社長の日野様に
> 60分ほどインタビューをお願いできないかと考えております。
> 6月中旬までの日程でご調整いただけますと幸いです。
>
> ――――――――――――
> 株式会社潮流出版 週刊ビジネス潮流 編集部
> 石黒 真由
> 携帯 090-3318-2706
> ――――――――――――
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "scheduling a CEO interview with one journalist; her own contact is only in the quote",
},
{
    "id": "mediakoho-004",
    "sender": SUNAGAWA,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "subject": "メディアリスト送付（新製品発表会 招待用）",
    "charset": "utf-8",
    "body": """ブライトリンクPR
稗田様

お世話になっております。日の出産業 砂川です。

新製品発表会の招待状発送の件、弊社でお付き合いのある記者の方々の
リストをお送りします。招待状の宛名作成と、出欠確認のお電話をお願いできれば幸いです。
（「備考」欄に前回の発表会の出欠を入れてあります）

よろしくお願いいたします。
""" + SIG_SUNAGAWA,
    "attachments": [{
        "kind": "xlsx", "name": "メディアリスト_2026春.xlsx",
        "sheets": {
            "記者リスト": [
                ["日の出産業 メディアリスト（2026年4月更新）"],
                [],
                ["No", "媒体名", "部署", "役職", "氏名", "フリガナ", "メール", "直通電話", "携帯", "備考"],
                [1, "東都経済新聞", "産業部", "記者", "蓮見 和也", "ハスミ カズヤ", "hasumi.k@toto-keizai.co.jp", "03-6205-3114", "090-4127-6638", "前回出席"],
                [2, "産業報知新聞", "機械・設備担当", "デスク", "柘植 智恵", "ツゲ チエ", "tsuge@sangyo-hochi.co.jp", "03-3541-7720", "080-2290-5514", "前回出席"],
                [3, "週刊ビジネス潮流", "編集部", "副編集長", "石黒 真由", "イシグロ マユ", "ishiguro.mayu@choryu-pub.co.jp", "03-5579-1042", "090-3318-2706", ""],
                [4, "北辰通信社", "経済部", "記者", "芦原 駿", "アシハラ シュン", "ashihara@hokushin-news.jp", "03-3289-6651", "070-5561-0937", "英文配信あり"],
                [5, "月刊ものづくり現場", "編集部", "編集長", "奥本 剛", "オクモト ツヨシ", "t.okumoto@monogenba.jp", "03-5840-2219", "090-8813-4420", "工場取材希望"],
                [6, "中部日報", "東京支社 経済部", "記者", "楪 一花", "ユズリハ イチカ", "yuzuriha@chubu-nippo.co.jp", "03-3504-8832", "080-6034-7716", ""],
                [7, "ビズリンク・ニュース", "編集部", "記者", "仁科 航", "ニシナ ワタル", "nishina@bizlink-news.com", "03-6427-0391", "090-1576-3382", "Web"],
                [8, "湾岸テレビ", "報道局 経済部", "ディレクター", "宍戸 浩美", "シシド ヒロミ", "shishido@wangan-tv.co.jp", "03-5500-2871", "080-9921-4405", "映像素材要"],
                [9, "フリーランス", "", "ライター", "神崎 陽子", "カンザキ ヨウコ", "y.kanzaki.writer@gmail.com", "", "090-2264-8817", ""],
                [10, "日刊設備ジャーナル", "編集局", "記者", "百目鬼 勇", "ドウメキ イサム", "domeki@setsubi-journal.co.jp", "03-3666-5120", "090-7309-2261", "前回欠席"],
                [11, "FMみなと", "報道部", "記者", "汐見 沙耶", "シオミ サヤ", "shiomi@fm-minato.jp", "045-212-3390", "080-3357-6129", ""],
                [12, "東都経済新聞", "デジタル編集部", "記者", "眞壁 涼", "マカベ リョウ", "makabe.r@toto-keizai.co.jp", "03-6205-3190", "070-2815-4473", "蓮見様の後任候補"],
            ],
            "媒体一覧": [
                ["媒体名", "種別", "発行", "代表電話"],
                ["東都経済新聞", "全国紙（経済）", "日刊", "03-6205-3000"],
                ["産業報知新聞", "業界紙", "日刊", "03-3541-7700"],
                ["週刊ビジネス潮流", "経済誌", "週刊", "03-5579-1000"],
                ["北辰通信社", "通信社", "―", "03-3289-6600"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "media list of 12 journalists with e-mail, direct line and mobile sent to a PR agency: a list of people",
},
{
    "id": "mediakoho-005",
    "sender": HASEBE,
    "to": ["宇佐美 様 <usami@mediaclip-lab.co.jp>"],
    "subject": "クリッピング対象キーワードの追加について",
    "charset": "utf-8",
    "body": """株式会社メディアクリップ研究所
営業部 宇佐美様

いつもお世話になっております。日の出産業 広報課の長谷部です。

6月1日配信分から、クリッピングの対象キーワードを下記のとおり変更いただけますでしょうか。

【追加】
・HC-Frost（全角・半角とも）
・日の出産業 栃木工場
・ひので冷却サービス（子会社名）
【除外】
・「日の出産業道路」（地名のため、ノイズが多いので外してください）

対象媒体（全国紙・業界紙・主要Webメディア）と配信時刻（毎朝8:30）は現行どおりで結構です。
料金プランに変更が出る場合は、事前にお見積りをお送りください。

以上、よろしくお願いいたします。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary instruction to a clipping service: keywords and media, no personal data",
},
{
    "id": "mediakoho-006",
    "sender": MANABE,
    "to": ["Ren Tachibana <tachibana.ren.photo@gmail.com>"],
    "subject": "役員ポートレート撮影の件（6/18）",
    "charset": "utf-8",
    "body": """立花さん

お世話になっております。日の出産業の真鍋です。
先日はお電話ありがとうございました。役員ポートレート撮影の詳細をお送りします。

日時：6月18日（木）13:30 搬入／14:00 撮影開始（16:00終了予定）
場所：本社 8階 会議室A（背景紙・スタンドは前回同様こちらで用意します）
入館：1階受付で「広報課 真鍋」をお呼び出しください
対象：社長、技術担当取締役、財務担当取締役の3名（各20分程度）
用途：統合報告書、Webサイトの役員紹介、取材時の提供用写真
納品：各5カット、JPEG（長辺4000px以上）、6月26日までに

謝礼・交通費は前回と同じ条件でお願いできればと思います。
ご不明な点があればご連絡ください。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelance photographer on Gmail: shoot logistics, no personal data",
},
{
    "id": "mediakoho-007",
    "sender": KUGA,
    "to": ["鳴海 様 <narumi@riskcom-soken.co.jp>"],
    "cc": [MIKURIYA],
    "subject": "【ご相談】製品事故に関するお知らせ文案（第1稿）",
    "charset": "iso-2022-jp",
    "body": """リスクコム総研
鳴海様

お世話になっております。日の出産業 総務部の久我です。
昨日お電話でご相談した件、経緯と当社Webサイト掲載用のお知らせ文案（第1稿）を
お送りします。表現面でのご助言をいただけますと幸いです。

■経緯（現時点で把握している事実）
・5月28日（木）19時頃、埼玉県川越市の飲食店「炭火酒場いろり」において、
　当社製業務用フライヤー「HF-220」（2023年製）の使用中に高温の油が噴出。
・同店従業員の大曽根 亮介さん（32歳）が顔面と右前腕に熱傷（Ⅱ度、全治約3週間）を負い、
　現在、川越市内の病院に入院されています。
・ご本人とご家族には営業本部長がお見舞いに伺い、治療費は当社で負担する旨をお伝え済みです。
・原因は調査中（温度センサーの不具合の可能性）。同型機の出荷台数は約1,900台。

■お知らせ文案
「当社製業務用フライヤーの使用中に発生した事故について」
このたび、当社製業務用フライヤー「HF-220」をご使用中のお客様店舗において、
油が噴出し従業員の方が負傷される事故が発生いたしました。負傷された方には
心よりお見舞い申し上げます。……（以下、添付の第1稿をご参照ください）

明日午前中に社内の対策会議がありますので、それまでにご意見をいただけますと助かります。
""" + SIG_KUGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "names the injured worker with his burn diagnosis and hospitalisation: sensitive data of an identifiable person to an outside consultancy",
},
{
    "id": "mediakoho-008",
    "sender": MIKURIYA,
    "to": ["柘植 智恵 <tsuge@sangyo-hochi.co.jp>"],
    "subject": "Re: 業務用フライヤーの事故に関するお問い合わせ",
    "charset": "cp932",
    "body": """産業報知新聞
柘植様

お問い合わせいただきありがとうございます。
日の出産業 コーポレートコミュニケーション部の御厨でございます。

ご質問の件につき、当社の見解を以下のとおりお伝えいたします。

1. 5月28日、当社製業務用フライヤーをご使用中のお客様店舗において事故が発生し、
   従業員の方1名が負傷されたことは事実です。負傷された方には心よりお見舞い申し上げます。
2. 原因については現在、第三者機関の協力を得て調査中です。
3. 同型機をお使いのお客様には、点検のご案内を6月2日から順次お送りしています。
4. 負傷された方の個人に関する情報については、お答えを差し控えさせていただきます。

本件は本日17時に当社Webサイトにお知らせを掲載予定です（添付は同じ内容です）。
追加のご質問がございましたら、私宛にご連絡ください。
""" + SIG_MIKURIYA + """
-----Original Message-----
From: 柘植 智恵 <tsuge@sangyo-hochi.co.jp>
Sent: Tuesday, June 2, 2026 10:12 AM
To: koho@hinode-sangyo.co.jp
Subject: 業務用フライヤーの事故に関するお問い合わせ

日の出産業 広報ご担当者様
産業報知新聞の柘植です。川越市の飲食店で御社製のフライヤーによる事故があったと
聞きました。事実関係と原因、御社の対応についてご教示ください。
""",
    "attachments": [{
        "kind": "pdf", "name": "お知らせ_業務用フライヤー事故について.pdf",
        "lines": [
            "2026年6月2日",
            "お客様各位　　　　　　　　　　　　　　　　　　日の出産業株式会社",
            "当社製業務用フライヤーの使用中に発生した事故について",
            "このたび、当社製業務用フライヤー「HF-220」をご使用中のお客様店舗において、",
            "油が噴出し従業員の方が負傷される事故が発生いたしました。",
            "負傷された方には心よりお見舞い申し上げます。",
            "現在、原因を調査中であり、判明次第お知らせいたします。",
            "同型機をご使用のお客様は、下記窓口までご連絡ください。",
            "HF-220 点検受付窓口　フリーダイヤル 0120-418-220（9:00～18:00）",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the public holding statement to one journalist; the injured person is not identified",
},
{
    "id": "mediakoho-009",
    "sender": HASEBE,
    "to": ["小此木 様 <okonogi@nishiki-insatu.co.jp>"],
    "subject": "会社案内パンフレット2026年版　入稿データについて",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
営業部 小此木様

いつもお世話になっております。日の出産業 広報課の長谷部です。

会社案内パンフレット2026年版の入稿データ一式を、本日中に御社のアップロードサイトへ
格納いたします。仕様は先日のお見積りどおりです。

・A4 中綴じ 24ページ、表紙 アートポスト 220kg／本文 マットコート 110kg
・部数：3,000部
・色校正：1回（6月10日（水）までにお戻しいただけますと助かります）
・納品：6月24日（水）、本社8階 広報課まで

表4の本社地図は差し替え版を使用してください。
ご確認のほど、よろしくお願いいたします。
""" + SIG_HASEBE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp is a look-alike of the partner printer nishiki-insatsu.co.jp (dropped letter)",
},
{
    "id": "mediakoho-010",
    "sender": SUNAGAWA,
    "to": ["伊集院 様 <ijuin@asta-comm.co.jp>"],
    "subject": "発注書送付：新製品発表会 運営業務（PO-26-0413）",
    "charset": "utf-8",
    "body": """株式会社アスタ・コミュニケーションズ
伊集院様

お世話になっております。日の出産業 砂川です。
先日お見積りいただいた新製品発表会の運営業務につきまして、社内決裁が下りましたので
発注書をお送りいたします。ご査収ください。

請書は押印のうえPDFでご返送いただければ結構です。
""" + SIG_SUNAGAWA,
    "attachments": [{
        "kind": "pdf", "name": "PO-26-0413_発注書.pdf",
        "lines": [
            "発　注　書",
            "発注番号：PO-26-0413　　発注日：2026年4月27日",
            "株式会社アスタ・コミュニケーションズ 御中",
            "日の出産業株式会社　東京都中央区京橋三丁目7番4号",
            "登録番号：T2010401087352",
            "件名：新製品発表会（2026年5月21日）運営業務一式",
        ],
        "table": [
            ["品目", "数量", "単価", "金額"],
            ["会場設営・撤去", "1式", "380,000", "380,000"],
            ["受付・誘導スタッフ", "6名", "28,000", "168,000"],
            ["ライブ配信（2カメ）", "1式", "450,000", "450,000"],
            ["小計", "", "", "998,000"],
            ["消費税（10%）", "", "", "99,800"],
            ["合計", "", "", "1,097,800"],
            ["支払条件：月末締め翌月末払い", "", "", ""],
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "purchase order to an event agency; only the company's own T-number, no personal data",
},
{
    "id": "mediakoho-011",
    "sender": SHIINA,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "cc": [MANABE],
    "subject": "決算発表リリース（案）の校正のお願い",
    "charset": "cp932",
    "body": """ブライトリンクPR
稗田様

お世話になっております。日の出産業 IR室の椎名です。
5月14日の決算発表に合わせて配信するリリースの案文を添付いたします。
見出しと第1段落の表現について、メディア目線でのご意見をいただけますでしょうか。
数値は監査法人のレビュー前のため、今後変わる可能性があります。

5月8日（金）中にお戻しいただけますと幸いです。
""" + SIG_SHIINA,
    "attachments": [{
        "kind": "docx", "name": "2026年3月期決算リリース_案v3.docx",
        "page_header": "社外秘",
        "paragraphs": [
            "2026年3月期 決算発表に関するお知らせ（案）",
            "日の出産業株式会社（東証プライム）は、本日開催の取締役会において、2026年3月期の連結決算を承認しました。",
            "売上高は前期比8.4％増の1,426億円、営業利益は同12.1％増の98億円となり、いずれも過去最高を更新しました。",
            "冷却ユニット事業において、食品工場向けの大型案件が寄与しました。",
            "年間配当は1株当たり62円（前期比8円増配）を予定しています。",
        ],
        "tables": [[
            ["（億円）", "2025年3月期", "2026年3月期", "増減率"],
            ["売上高", "1,315", "1,426", "+8.4%"],
            ["営業利益", "87", "98", "+12.1%"],
            ["親会社株主に帰属する当期純利益", "61", "69", "+13.1%"],
        ]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the draft earnings release carries a 社外秘 stamp in its page header and goes to a PR agency",
},
{
    "id": "mediakoho-012",
    "sender": MANABE,
    "to": ["吉良 様 <kira@sorano-pr.jp>"],
    "subject": "秘密保持契約書の締結について（新規ご契約に先立って）",
    "charset": "iso-2022-jp",
    "body": """株式会社ソラノ広報企画
吉良様

お世話になっております。日の出産業の真鍋です。
先日はご提案のプレゼンテーションをありがとうございました。

来期からのPR支援業務のご相談を具体的に進めるにあたり、未発表の製品情報や
事業計画をお伝えすることになりますので、先に秘密保持契約（NDA）を締結させて
いただきたく存じます。

弊社の雛形を添付いたしますので、ご確認ください。
修正のご希望がある場合は、変更履歴を残した形でお戻しいただけますと助かります。
締結は電子契約（クラウドサイン）で進めさせていただく予定です。

なお、契約締結までの間は、お打ち合わせでは公表済みの情報のみでお話しさせてください。
""" + SIG_MANABE + DISC_JP,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（雛形）_日の出産業.docx",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という。）と株式会社ソラノ広報企画（以下「乙」という。）は、甲の広報業務の支援に関する検討（以下「本目的」という。）に際し、相互に開示する秘密情報の取扱いについて、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、本目的のために開示者が受領者に開示した技術上・営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
            "第2条（秘密保持義務）受領者は、秘密情報を善良なる管理者の注意をもって管理し、開示者の事前の書面による承諾なく第三者に開示してはならない。",
            "第3条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
            "第4条（有効期間）本契約の有効期間は、締結日から2年間とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about signing an NDA, with the blank NDA template: the words 秘密/秘密情報 are content, not a marking",
},
{
    "id": "mediakoho-013",
    "sender": HASEBE,
    "to": ["税理士法人かなで 会計部 <kaikei@kanade-tax.jp>"],
    "subject": "報酬の支払調書作成用　個人番号のご連絡（寄稿ライター1名）",
    "charset": "utf-8",
    "body": """税理士法人かなで
会計部 ご担当者様

いつもお世話になっております。日の出産業 広報課の長谷部です。

社内報・オウンドメディアに寄稿いただいたライターの方について、
報酬の支払調書作成のため、ご本人からお預かりした情報をお知らせします。

氏名　　：神崎 陽子（カンザキ ヨウコ）
住所　　：〒223-0061 神奈川県横浜市港北区日吉本町4-12-7-305
個人番号：""" + _g4(my_number(SEED + 1)) + """
支払金額：165,000円（源泉徴収税額 16,846円）
支払日　：2026年3月31日

番号確認書類（通知カード写し）は紙でお送りします。
よろしくお願いいたします。
""" + SIG_HASEBE,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a freelance writer's My Number, name and home address in the body of mail to an outside tax office",
},
{
    "id": "mediakoho-014",
    "sender": SUNAGAWA,
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "記者発表会 会場予約のお願い（5/21）",
    "charset": "cp932",
    "body": """さくらホテル
宴会予約課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 広報課の砂川でございます。

下記のとおり、記者発表会の会場を仮予約させていただきたく、ご連絡いたしました。

　日時　　：2026年5月21日（木）13:00～17:00（本番 15:00～16:00）
　会場　　：「桜の間」（前回と同じ会場を希望）
　レイアウト：スクール形式 60席、登壇者席 4名、後方にテレビカメラ台
　設備　　：プロジェクター、スクリーン、ワイヤレスマイク4本、有線LAN（配信用）
　控室　　：登壇者用に1室（13:00～17:00）
　その他　：受付テーブル2台、コーヒー（60名分）、駐車場10台

お見積りと、正式予約の期限をご教示いただけますと幸いです。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue booking for a press conference with a partner hotel; no personal data",
},
{
    "id": "mediakoho-015",
    "sender": SUNAGAWA,
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 記者発表会 お見積りの件（デポジットのお支払い）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約課
佐治様

お世話になっております。日の出産業の砂川です。
お見積りありがとうございました。この内容で正式に予約をお願いいたします。

デポジット（30％）は、ご案内いただいたとおり法人カードでお支払いします。

　カード種別：法人カード
　名義　　　：TAKUMI SUNAGAWA（HINODE SANGYO CO LTD）
　カード番号：""" + _g4(card_number(SEED + 2), "-") + """
　有効期限　：09/28

残金は請求書払いでお願いいたします。請求書の宛名は「日の出産業株式会社 広報課」で
お願いします。
""" + SIG_SUNAGAWA + """
> 日の出産業株式会社 砂川様
> このたびはお問い合わせありがとうございます。お見積りを添付いたします。
> 正式ご予約の際は、デポジットとしてお見積り額の30％を申し受けます。
> さくらホテル 宴会予約課 佐治
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full card number with holder and expiry in the body to the hotel: a card number always stops",
},
{
    "id": "mediakoho-016",
    "sender": HASEBE,
    "to": ["Daniel Okafor <d.okafor@asiaindustryreview.com>"],
    "subject": "Re: Interview request - Hinode Sangyo CTO",
    "charset": "utf-8",
    "body": """Dear Mr Okafor,

Thank you for your interest in Hinode Sangyo. Our CTO, Mr Shunsuke Haga, would be
pleased to speak with you about our low-energy cooling technology.

He is available on the following dates (Japan Standard Time):
  - Tuesday 16 June, 10:00-11:00
  - Thursday 18 June, 15:00-16:00

The interview can take place at our Tokyo headquarters or online (Teams). An
interpreter from our team will join; Mr Haga will answer in Japanese. We would be
grateful to receive your main questions a few days in advance.

Please also let me know whether you will need photographs of the Tochigi plant; we
can provide images free of charge with the credit "Courtesy of Hinode Sangyo".
""" + SIG_EN + DISC_EN + """
On Mon, 8 Jun 2026 at 09:14, Daniel Okafor <d.okafor@asiaindustryreview.com> wrote:
> Dear Hinode Sangyo press office,
> I am a correspondent for Asia Industry Review, preparing a feature on energy
> efficiency in cold-chain logistics. Would your CTO be available for a 45-minute
> interview in the second half of June?
> Best, Daniel Okafor | +65 8123 4471
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English interview scheduling with one foreign journalist, standard disclaimer; his phone only in the quote",
},
{
    "id": "mediakoho-017",
    "sender": SUNAGAWA,
    "to": ["佐治 様 <saji@sakura-hotel.jp>"],
    "subject": "記者発表会 出席者リスト（受付用）",
    "charset": "cp932",
    "body": """さくらホテル
佐治様

お世話になっております。日の出産業の砂川です。
明日の記者発表会の受付用に、出席予定の記者の方々のリストをお送りします。
受付スタッフの方に、お名前の確認と名刺の受け取りをお願いできますでしょうか。
遅刻・欠席のご連絡が入った場合は、携帯番号にて確認させていただく場合があります。
""" + SIG_SUNAGAWA,
    "attachments": [{
        "kind": "csv", "name": "出席者リスト_0521.csv", "encoding": "cp932",
        "rows": [
            ["受付No", "媒体名", "氏名", "ふりがな", "携帯電話", "カメラ同行"],
            ["1", "東都経済新聞", "蓮見 和也", "はすみ かずや", _fw("090-4127-6638"), "あり"],
            ["2", "東都経済新聞", "眞壁 涼", "まかべ りょう", _fw("070-2815-4473"), "なし"],
            ["3", "産業報知新聞", "柘植 智恵", "つげ ちえ", _fw("080-2290-5514"), "あり"],
            ["4", "週刊ビジネス潮流", "石黒 真由", "いしぐろ まゆ", _fw("090-3318-2706"), "なし"],
            ["5", "北辰通信社", "芦原 駿", "あしはら しゅん", _fw("070-5561-0937"), "あり"],
            ["6", "月刊ものづくり現場", "奥本 剛", "おくもと つよし", _fw("090-8813-4420"), "なし"],
            ["7", "中部日報", "楪 一花", "ゆずりは いちか", _fw("080-6034-7716"), "なし"],
            ["8", "ビズリンク・ニュース", "仁科 航", "にしな わたる", _fw("090-1576-3382"), "なし"],
            ["9", "湾岸テレビ", "宍戸 浩美", "ししど ひろみ", _fw("080-9921-4405"), "あり（3名）"],
            ["10", "日刊設備ジャーナル", "百目鬼 勇", "どうめき いさむ", _fw("090-7309-2261"), "なし"],
            ["11", "FMみなと", "汐見 沙耶", "しおみ さや", _fw("080-3357-6129"), "なし"],
            ["12", "冷凍食品タイムス", "檜垣 修平", "ひがき しゅうへい", _fw("090-5521-0846"), "なし"],
            ["13", "ロジスティクス通信", "舘野 美樹", "たての みき", _fw("080-1148-3375"), "あり"],
            ["14", "フリー", "神崎 陽子", "かんざき ようこ", _fw("090-2264-8817"), "なし"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of 14 journalists with their mobiles (full-width digits) to the hotel: a list of people",
},
{
    "id": "mediakoho-018",
    "sender": SUNAGAWA,
    "to": ["佐治 様 <saji@sakura-hotel.jp>"],
    "subject": "5/21 記者発表会 当日の緊急連絡先",
    "charset": "utf-8",
    "body": """佐治様

お世話になっております。日の出産業の砂川です。
当日の進行で何かございましたら、下記の者までご連絡ください。
（登壇者は13:30に控室入りの予定です）

　・全体統括　　御厨 康弘（コーポレートコミュニケーション部長） 携帯 090-5183-2740
　・登壇者対応　真鍋 詩織（広報課長）　　　　　　　　　　　　 携帯 080-6620-1395
　・配信・機材　氏家 悠斗（広報課）　　　　　　　　　　　　　 携帯 070-3349-8812

私は会場設営から立ち会いますので、13:00以降は直接お声がけください。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff members' mobiles for the day of the event to the venue: under five people, may warn",
},
{
    "id": "mediakoho-019",
    "sender": HASEBE,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "subject": "リリース送付先の媒体一覧（代表窓口）",
    "charset": "iso-2022-jp",
    "body": """稗田様

お世話になっております。長谷部です。
ご依頼いただいていた、リリース郵送先の媒体一覧（各社の代表窓口・編集部宛て）を
お送りします。古いExcel形式ですみません。
個人宛ではなく、すべて編集部・報道部の「御中」宛てでお願いします。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "xls", "name": "媒体一覧_代表窓口.xls",
        "sheets": {
            "媒体": [
                ["媒体名", "宛先部署", "郵便番号", "所在地", "代表電話"],
                ["東都経済新聞社", "編集局 産業部 御中", "100-8066", "東京都千代田区大手町1-9-3", "03-6205-3000"],
                ["産業報知新聞社", "編集局 御中", "104-0045", "東京都中央区築地2-11-24", "03-3541-7700"],
                ["株式会社潮流出版", "週刊ビジネス潮流 編集部 御中", "102-0072", "東京都千代田区飯田橋3-4-6", "03-5579-1000"],
                ["北辰通信社", "経済部 御中", "105-0001", "東京都港区虎ノ門1-2-8", "03-3289-6600"],
                ["中部日報社 東京支社", "経済部 御中", "100-0011", "東京都千代田区内幸町2-1-4", "03-3504-8800"],
                ["株式会社ものづくり現場社", "編集部 御中", "113-0033", "東京都文京区本郷5-25-13", "03-5840-2200"],
                ["湾岸テレビ", "報道局 経済部 御中", "135-0091", "東京都港区台場2-4-8", "03-5500-2800"],
                ["日刊設備ジャーナル社", "編集局 御中", "103-0013", "東京都中央区日本橋人形町3-6-5", "03-3666-5100"],
                ["FMみなと", "報道部 御中", "231-0023", "神奈川県横浜市中区山下町22", "045-212-3300"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "legacy XLS of media companies' editorial desks and switchboards: a list of businesses, not people",
},
{
    "id": "mediakoho-020",
    "sender": MANABE,
    "to": ["奥本 剛 <t.okumoto@monogenba.jp>", "domeki@setsubi-journal.co.jp",
           "檜垣 修平 <higaki@reito-times.co.jp>"],
    "cc": ["舘野 美樹 <tateno@logi-tsushin.jp>", "yuzuriha@chubu-nippo.co.jp"],
    "subject": "【ご案内】栃木工場 第2期棟 報道関係者向け見学会（6/24）",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Yu Gothic',sans-serif">
<p>報道関係者各位</p>
<p>いつも大変お世話になっております。日の出産業株式会社 広報課の真鍋でございます。</p>
<p>このたび稼働を開始した栃木工場 第2期棟について、報道関係者の皆さまを対象とした
見学会を下記のとおり開催いたします。ご多忙中とは存じますが、ぜひご参加ください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>日時</th><td>2026年6月24日（水）13:00～16:00</td></tr>
<tr><th>集合</th><td>JR宇都宮線 氏家駅 東口 12:30（送迎バスをご用意します）</td></tr>
<tr><th>内容</th><td>工場長による概要説明、生産ライン見学、質疑応答</td></tr>
<tr><th>撮影</th><td>一部エリアを除き可</td></tr>
<tr><th>お申込み</th><td>6月17日（水）までに本メールへのご返信で</td></tr>
</table>
<p>安全靴・ヘルメットは当社でご用意いたします。</p>
<p>――<br>日の出産業株式会社 コーポレートコミュニケーション部 広報課<br>
真鍋 詩織　TEL 03-5820-4137</p>
</body></html>""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "press-tour invitation with five media outlets in To/Cc visible to each other",
},
{
    "id": "mediakoho-021",
    "sender": MANABE,
    "to": ["日の出産業 広報課 <koho@hinode-sangyo.co.jp>"],
    "bcc": ["hasumi.k@toto-keizai.co.jp", "tsuge@sangyo-hochi.co.jp",
            "ishiguro.mayu@choryu-pub.co.jp", "ashihara@hokushin-news.jp",
            "nishina@bizlink-news.com", "shishido@wangan-tv.co.jp"],
    "subject": "【ご案内】栃木工場 第2期棟 見学会のお知らせ（東京発・貸切バス）",
    "charset": "iso-2022-jp",
    "body": """報道関係者各位
（本メールはBCCにてお送りしております）

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 広報課でございます。

6月24日（水）に栃木工場 第2期棟の見学会を開催いたします。
東京からご参加の皆さまには、本社前から貸切バスをご用意いたしました。

　集合：6月24日（水）10:30　日の出産業 本社前（東京都中央区京橋3-7-4）
　帰着：同日 18:30頃　東京駅八重洲口
　定員：20名（先着順）

ご参加の可否を、6月17日（水）までに本メールへのご返信にてお知らせください。
ご返信の際は、同行されるカメラマンの方の人数もあわせてお知らせいただけますと幸いです。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the same kind of invitation done right: the outlets are in Bcc, To is internal",
},
{
    "id": "mediakoho-022",
    "sender": SUNAGAWA,
    "to": ["佐治 様 <saji@sakura-hotel.jp>"],
    "subject": "記者懇談会 お席の配置について",
    "charset": "utf-8",
    "body": """佐治様

いつもお世話になっております。日の出産業の砂川です。
7月2日の記者懇談会（円卓3卓）の席札の作成をお願いいたします。
席札は「媒体名＋お名前」の2行でお願いします。

1卓（社長席）
　東都経済新聞　蓮見 和也 様
　週刊ビジネス潮流　石黒 真由 様
2卓（技術担当取締役席）
　産業報知新聞　柘植 智恵 様
　月刊ものづくり現場　奥本 剛 様
3卓（財務担当取締役席）
　北辰通信社　芦原 駿 様
　中部日報　楪 一花 様

当社側の席札（各卓1名）は前回のものを流用いただいて結構です。
""" + SIG_SUNAGAWA,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "six journalists' names and outlets for place cards, no contact details: a list of people or not is debatable",
},
{
    "id": "mediakoho-023",
    "sender": HASEBE,
    "to": ["日本報道モニター 経理ご担当 <keiri@hodo-monitor.co.jp>"],
    "subject": "ご請求書（4月分）の金額について",
    "charset": "cp932",
    "body": """株式会社日本報道モニター
経理ご担当者様

お世話になっております。日の出産業 広報課の長谷部です。

4月分のご請求書（請求書番号 HM-202604-0318）を拝受しました。
ご請求額が 198,000円（税込）となっておりますが、契約上の月額は
基本料金 150,000円＋テレビモニタリング追加 30,000円＝180,000円（税別）のため、
税込では 198,000円で合っておりました。大変失礼いたしました。

ただ、明細の「Web記事全文取得」オプション（5,500円）は4月分から解約済みのはずですので、
5月分以降の請求に含まれないよう、ご確認をお願いいたします。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invoice question to a monitoring service: invoice number and amounts only",
},
{
    "id": "mediakoho-024",
    "sender": MANABE,
    "to": ["奥本 剛 <t.okumoto@monogenba.jp>"],
    "subject": "工場取材用写真データの送付",
    "charset": "iso-2022-jp",
    "body": """月刊ものづくり現場
奥本様

お世話になっております。日の出産業の真鍋です。
先日の取材の際にお約束した、生産ラインと製品の写真データをお送りします。
キャプション案もあわせてZIPに入れております。

ZIPファイルにはパスワードを設定しております。
パスワードは別途メールにてお送りいたします。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "zip", "name": "写真データ_栃木工場.zip", "password": "Hc5k#Tq82m",
        "files": [
            {"kind": "png", "name": "line_A_01.png"},
            {"kind": "png", "name": "HC-F500S_front.png"},
            {"kind": "docx", "name": "キャプション案.docx",
             "paragraphs": ["line_A_01：第2期棟の組立ライン（2026年6月撮影）",
                            "HC-F500S_front：HC-Frost 500（空冷モデル）"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to a magazine: the attachment cannot be inspected",
},
{
    "id": "mediakoho-025",
    "sender": MANABE,
    "to": ["奥本 剛 <t.okumoto@monogenba.jp>"],
    "subject": "パスワードのお知らせ：工場取材用写真データ",
    "charset": "iso-2022-jp",
    "body": """奥本様

先ほどお送りしたファイルのパスワードをお知らせします。

　ファイル名：写真データ_栃木工場.zip
　パスワード：Hc5k#Tq82m

写真のご使用にあたっては「写真提供：日の出産業」のクレジット表記をお願いいたします。

日の出産業 広報課 真鍋
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up mail with only a password, no attachment or personal data",
},
# ---------------------------------------------------------------- 026-050
{
    "id": "mediakoho-026",
    "sender": MANABE,
    "to": ["黒須 様 <kurosu@hataraku-media.co.jp>"],
    "subject": "「はたらく現場」特集 取材対象者のご紹介",
    "charset": "utf-8",
    "body": """株式会社はたらくメディア
「月刊はたらく現場」編集部 黒須様

お世話になっております。日の出産業の真鍋です。
障害者雇用の特集記事について、取材対象の社員をご紹介いたします。
ご本人には取材の趣旨をお伝えし、了承を得ております。

――――――――――――――――
氏名：小野寺 颯太（おのでら そうた）さん
所属：栃木工場 品質保証課（2019年入社）
状況：先天性の感音性難聴（両耳）。身体障害者手帳 2級。
　　　職場では筆談アプリと手話を併用し、検査工程のリーダーを務めています。
配慮：取材時は手話通訳者1名が同席します。質問は事前に文書でいただけると助かります。
――――――――――――――――

取材日は7月7日（火）午後を候補としております。
写真撮影についてはご本人から「顔出し可」との返事をもらっています。
""" + SIG_MANABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's disability and disability certificate grade sent to a magazine: sensitive data of one person",
},
{
    "id": "mediakoho-027",
    "sender": HASEBE,
    "to": ["ESGアンケート事務局 <survey@green-index.jp>"],
    "subject": "2026年度 ESG調査票のご回答（日の出産業株式会社）",
    "charset": "utf-8",
    "body": """グリーンインデックス株式会社
ESGアンケート事務局 御中

お世話になっております。日の出産業株式会社 広報課の長谷部です。
ご依頼いただいた調査票の「S（社会）」の項目について、下記のとおり回答いたします。
数値はいずれも2026年3月31日時点、単体ベースです。

　従業員数　　　　　　　　2,184名
　女性従業員比率　　　　　23.6％
　女性管理職比率　　　　　8.9％（前年 7.4％）
　障害者雇用率　　　　　　2.61％（法定 2.5％）
　男性の育児休業取得率　　47.2％
　平均勤続年数　　　　　　14.3年
　休業4日以上の労働災害　3件（度数率 0.71）
　健康診断受診率　　　　　100％

「E（環境）」の項目は、7月発行の統合報告書の数値確定後に追ってお送りします。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "company-level statistics (disability employment rate, injuries) with no individual: not sensitive personal data",
},
{
    "id": "mediakoho-028",
    "sender": MIKURIYA,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>", "守屋 大輔 <moriya@brightlink-pr.co.jp>"],
    "subject": "【極秘】資本業務提携の発表に向けた想定問答（たたき台）",
    "charset": "iso-2022-jp",
    "body": """極秘／関係者限り

ブライトリンクPR
稗田様、守屋様

御厨です。先日ご相談した件、想定問答のたたき台を添付します。
発表日は現時点で7月中旬を想定していますが、相手先の取締役会次第です。
相手先の社名は資料中「A社」としています。

特に「人員削減の予定はあるか」「ブランドは統合するのか」の2問について、
記者会見で想定される追加質問の洗い出しをお願いします。
""" + SIG_MIKURIYA,
    "attachments": [{
        "kind": "docx", "name": "想定問答_たたき台_v0.2.docx",
        "paragraphs": [
            "資本業務提携に関する想定問答（たたき台）",
            "Q1. 提携の狙いは何か。",
            "A1. A社の低温物流網と当社の冷却技術を組み合わせ、コールドチェーン全体の省エネ化を進めます。",
            "Q2. 出資比率は。",
            "A2. 当社がA社の発行済株式の19.9％を取得します。",
            "Q3. 人員削減の予定はあるか。",
            "A3. 現時点で予定はありません。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject and first line classify the mail 極秘 and it goes to a PR agency",
},
{
    "id": "mediakoho-029",
    "sender": SUNAGAWA,
    "to": ["芦原 駿 <ashihara@hokushin-news.jp>"],
    "subject": "【解禁日時指定】北国フーズ様との共同開発に関するリリース（6/3 15:00解禁）",
    "charset": "cp932",
    "body": """北辰通信社 経済部
芦原様

お世話になっております。日の出産業の砂川です。
先日ご相談いたしました共同開発の件、リリースを事前にお送りいたします。
恐れ入りますが、下記の解禁日時まで報道はお控えくださいますようお願いいたします。

　報道解禁：2026年6月3日（水）15:00（日本時間）
　※東京証券取引所への適時開示と同時刻です

英文版は解禁と同時に当社英語サイトに掲載いたします。
ご質問は解禁前でも私宛にお寄せください。
""" + SIG_SUNAGAWA,
    "attachments": [{
        "kind": "pdf", "name": "release_20260603_kitaguni.pdf",
        "page_header": "報道解禁：2026年6月3日（水）15:00",
        "lines": [
            "2026年6月3日",
            "日の出産業株式会社／北国フーズ株式会社",
            "冷凍食品工場向け 省エネ冷却システムを共同開発",
            "日の出産業株式会社と北国フーズ株式会社は、冷凍食品工場の冷却工程の消費電力を",
            "約35％削減するシステムを共同で開発し、北国フーズ 石狩工場に導入しました。",
            "両社は2027年度から、同システムを他の食品メーカーにも展開する予定です。",
        ] + RELEASE_FOOTER,
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an embargoed release to one journalist: 報道解禁 is an embargo time, not a confidentiality marking",
},
{
    "id": "mediakoho-030",
    "sender": SUNAGAWA,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "subject": "Re: 【週次報告】メディアアプローチ状況（6月第1週）",
    "charset": "utf-8",
    "body": """稗田様

週次報告ありがとうございます。砂川です。
掲載見込みの2件（東都経済新聞・ビズリンク）、ありがたいです。
ビズリンクの仁科さんの件は、技術担当取締役の羽賀のコメントで対応できると思いますので、
質問項目が届きましたら転送をお願いします。
湾岸テレビの件は社内で相談のうえ、来週前半にお返事します。

砂川

> 日の出産業 砂川様
>
> いつもお世話になっております。ブライトリンクPRの稗田です。
> 今週のメディアアプローチ状況をご報告します。
>
> 媒体　　　　　　 ご担当　　　 連絡先　　　　　　　　　　　　　 状況
> ------------------------------------------------------------------------------------
> 東都経済新聞　　 蓮見 和也　　 090-4127-6638 hasumi.k@toto-keizai.co.jp 　掲載見込み（6/10朝刊）
> ビズリンク　　　 仁科 航　　　 090-1576-3382 nishina@bizlink-news.com 　 掲載見込み（要コメント）
> 湾岸テレビ　　　 宍戸 浩美　　 080-9921-4405 shishido@wangan-tv.co.jp 　 工場撮影の打診あり
> 産業報知新聞　　 柘植 智恵　　 080-2290-5514 tsuge@sangyo-hochi.co.jp 　資料送付済
> 冷凍食品タイムス 檜垣 修平　　 090-5521-0846 higaki@reito-times.co.jp 　 検討中
> ロジスティクス通信 舘野 美樹 080-1148-3375 tateno@logi-tsushin.jp 　　 見送り
>
> 引き続きよろしくお願いいたします。
> ブライトリンクPR 稗田
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the journalist table is only in the quoted report from the same agency; the new text has no list",
},
{
    "id": "mediakoho-031",
    "sender": HASEBE,
    "to": ["Ren Tachibana <tachibana.ren.photo@gmail.com>"],
    "subject": "FW: 【出欠集計】新製品発表会 出席者一覧（5/20 18時時点）",
    "charset": "utf-8",
    "html": """<html><body>
<p>立花さん</p>
<p>明日の撮影、よろしくお願いします。長谷部です。<br>
運営会社から届いた出席者一覧を転送します。会場で記者の方を撮影する際の参考にしてください。</p>
<hr>
<p>From: 伊集院 &lt;ijuin@asta-comm.co.jp&gt;<br>
Sent: 2026/05/20 18:06<br>
To: 長谷部様<br>
Subject: 【出欠集計】新製品発表会 出席者一覧（5/20 18時時点）</p>
<p>日の出産業 長谷部様<br>現時点の出席者一覧をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>媒体</th><th>氏名</th><th>メール</th><th>携帯</th></tr>
<tr><td>1</td><td>東都経済新聞</td><td>蓮見 和也</td><td>hasumi.k@toto-keizai.co.jp</td><td>090-4127-6638</td></tr>
<tr><td>2</td><td>産業報知新聞</td><td>柘植 智恵</td><td>tsuge@sangyo-hochi.co.jp</td><td>080-2290-5514</td></tr>
<tr><td>3</td><td>北辰通信社</td><td>芦原 駿</td><td>ashihara@hokushin-news.jp</td><td>070-5561-0937</td></tr>
<tr><td>4</td><td>月刊ものづくり現場</td><td>奥本 剛</td><td>t.okumoto@monogenba.jp</td><td>090-8813-4420</td></tr>
<tr><td>5</td><td>湾岸テレビ</td><td>宍戸 浩美</td><td>shishido@wangan-tv.co.jp</td><td>080-9921-4405</td></tr>
<tr><td>6</td><td>冷凍食品タイムス</td><td>檜垣 修平</td><td>higaki@reito-times.co.jp</td><td>090-5521-0846</td></tr>
<tr><td>7</td><td>ロジスティクス通信</td><td>舘野 美樹</td><td>tateno@logi-tsushin.jp</td><td>080-1148-3375</td></tr>
</table>
<p>アスタ・コミュニケーションズ 伊集院</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "forward of an RSVP table of 7 journalists with e-mail and mobile to a freelance photographer's Gmail: a forward is new text",
},
{
    "id": "mediakoho-032",
    "sender": MANABE,
    "to": ["石黒 真由 <ishiguro.mayu@choryu-pub.co.jp>"],
    "subject": "インタビュー記事用　社長プロフィールと写真",
    "charset": "iso-2022-jp",
    "body": """石黒様

お世話になっております。真鍋です。
先日のインタビュー記事に掲載いただく、社長のプロフィールをお送りします。
（当社Webサイトの役員紹介と同じ内容です）

日野 正臣（ひの まさおみ）
日の出産業株式会社 代表取締役社長
1963年 大阪府生まれ。1986年 京都大学工学部を卒業し当社入社。
冷却機器事業部長、取締役 技術本部長、専務取締役を経て、2019年6月より現職。
趣味は登山と蕎麦打ち。

写真は先日撮影いただいたものをご使用ください。
掲載前に記事のゲラを拝見できますと幸いです。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the CEO's public biography for an interview article: an executive's published profile, no contact data",
},
{
    "id": "mediakoho-033",
    "sender": MANABE,
    "to": ["津久井 様 <tsukui@kawasaki-dennki.co.jp>"],
    "subject": "共同リリース文案のご確認（冷却・受電設備の一体提案）",
    "charset": "utf-8",
    "body": """川崎電機株式会社
広報室 津久井様

お世話になっております。日の出産業 広報課の真鍋です。
両社の共同リリースについて、弊社側で文案を作成しましたのでご確認をお願いいたします。
御社の製品名・社長コメント部分は仮置きにしております。

発表は6月25日（木）11:00を予定しております。
6月17日（水）までにご修正をお戻しいただけますと幸いです。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "docx", "name": "共同リリース_川崎電機_日の出産業_案.docx",
        "paragraphs": [
            "川崎電機と日の出産業、工場向けに冷却・受電設備の一体提案を開始",
            "川崎電機株式会社と日の出産業株式会社は、食品工場・物流倉庫向けに、冷却設備と受変電設備を一体で提案するサービスを2026年7月から開始します。",
            "（川崎電機 社長コメント：仮）",
            "（日の出産業 社長コメント）「両社の技術を組み合わせることで、お客様の設備投資と電力コストの両方を抑えられると考えています。」",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-dennki.co.jp is a look-alike of partner kawasaki-denki.co.jp (a letter added)",
},
{
    "id": "mediakoho-034",
    "sender": MANABE,
    "to": ["津久井 様 <tsukui@kawasaki-denki.co.jp>"],
    "cc": ["ツバサシステム 広報 羽鳥様 <hatori@tsubasa-system.jp>", SUNAGAWA],
    "subject": "Re: 共同リリース 最終版と配信段取りについて",
    "charset": "iso-2022-jp",
    "body": """津久井様、羽鳥様

お世話になっております。日の出産業の真鍋です。
最終版のご確認ありがとうございました。下記の段取りで進めさせてください。

　6/25（木）10:30　3社で最終版を相互確認（本メールのスレッドで）
　6/25（木）11:00　各社Webサイトに掲載、同時にプレスリリース配信
　　　　　　　　　　（配信サービスは弊社契約分を使用、3社連名）
　6/25（木）14:00～　各社へのお問い合わせは自社分を各社で対応

記者からの共通質問への回答方針は、添付の想定問答に沿っていただけますと助かります。
""" + SIG_MANABE + """
-----Original Message-----
差出人: 津久井 <tsukui@kawasaki-denki.co.jp>
送信日時: 2026年6月22日 17:45
宛先: 真鍋様
件名: Re: 共同リリース 最終版

真鍋様　最終版、弊社側はこれで問題ございません。川崎電機 津久井
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two partner organisations in To/Cc for a joint release: a normal three-way mail",
},
{
    "id": "mediakoho-035",
    "sender": HASEBE,
    "to": ["タビリンク 法人営業部 <corporate@tabi-link.co.jp>"],
    "subject": "海外メディア招聘（工場見学）の航空券・ホテル手配依頼",
    "charset": "utf-8",
    "body": """株式会社タビリンク
法人営業部 ご担当者様

お世話になっております。日の出産業 広報課の長谷部です。
6月に招聘する海外メディアの方々と、同行通訳の方の航空券・ホテルの手配をお願いします。
航空券の発券に必要とのことで、旅券情報を下記にまとめました。

(1) Daniel OKAFOR
    国籍：シンガポール　生年月日：1984年11月3日
    旅券番号：E7723184K　有効期限：2031年2月14日
    行程：SIN→HND 6/21、HND→SIN 6/25
(2) Priya RAMANATHAN
    国籍：マレーシア　生年月日：1990年7月19日
    旅券番号：A52913307　有効期限：2029年9月30日
    行程：KUL→NRT 6/21、NRT→KUL 6/25
(3) 通訳　宮ノ下 沙織（ミヤノシタ サオリ）
    国籍：日本　生年月日：昭和６０年１月２６日
    旅券番号：TR4817265　有効期限：2030年8月5日
    行程：国内移動のみ（東京→宇都宮）

ホテルは宇都宮駅周辺で3泊（6/21～6/24）、シングル3室でお願いします。
""" + SIG_HASEBE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers and dates of birth of three people to a travel agency: identity documents always stop",
},
{
    "id": "mediakoho-036",
    "sender": SUNAGAWA,
    "to": ["宍戸 浩美 <shishido@wangan-tv.co.jp>"],
    "subject": "Re: 栃木工場でのロケ撮影の件（6/30）",
    "charset": "cp932",
    "body": """湾岸テレビ 報道局
宍戸様

お世話になっております。日の出産業の砂川です。
6月30日のロケ撮影、社内の許可が下りましたのでご連絡いたします。

・撮影可能エリア：第2期棟 組立ライン、出荷場、屋上の太陽光パネル
・撮影不可：試験棟（開発中製品があるため）
・インタビュー：工場長 1名（15分程度）
・中継車：正門横の来客用駐車場に2台まで駐車可

当日の現地窓口は、栃木工場 総務課の鬼塚 雅人（携帯 090-6235-1849）が担当いたします。
正門の守衛所で「広報の撮影」とお伝えください。私も終日立ち会います。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "one staff member's business mobile as the on-site contact for a TV crew: a single business contact",
},
{
    "id": "mediakoho-037",
    "sender": MANABE,
    "to": ["伊集院 様 <ijuin@asta-comm.co.jp>"],
    "subject": "決算説明会後の個別取材　役員スケジュール表",
    "charset": "utf-8",
    "body": """伊集院様

お世話になっております。真鍋です。
決算説明会後の個別取材（5/15）の割り振り用に、対応役員のスケジュール表を送ります。
当日の呼び出しは各役員の携帯に直接お願いしてかまいません。
ファイルが大きいのでZIPにまとめています。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "zip", "name": "個別取材_0515.zip",
        "files": [{
            "kind": "xlsx", "name": "対応役員スケジュール_0515.xlsx",
            "sheets": {
                "役員": [
                    ["5/15 個別取材 対応役員一覧"],
                    ["役職", "氏名", "携帯電話", "個人メール（当日連絡用）", "対応可能時間"],
                    ["代表取締役社長", "日野 正臣", "090-1102-8837", "m.hino1963@icloud.com", "15:30-17:00"],
                    ["専務取締役", "灘尾 克己", "080-4419-2260", "k.nadao@outlook.jp", "15:30-18:00"],
                    ["取締役 技術本部長", "羽賀 俊介", "090-7733-0154", "haga.s.home@gmail.com", "16:00-18:00"],
                    ["取締役 財務本部長", "蔵元 千尋", "070-6672-9015", "chihiro.kuramoto@yahoo.co.jp", "15:30-17:30"],
                    ["執行役員 営業本部長", "葛城 隆之", "090-3348-5526", "katsuragi.t@gmail.com", "16:30-18:00"],
                    ["執行役員 経営企画部長", "乙部 まり", "080-2051-7743", "otobe.mari@icloud.com", "15:30-18:00"],
                ],
                "取材枠": [
                    ["時間", "媒体", "対応役員"],
                    ["15:30-16:00", "東都経済新聞", "社長"],
                    ["16:00-16:30", "北辰通信社", "財務本部長"],
                ],
            },
        }],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six executives' mobiles and private e-mail addresses in an XLSX inside a ZIP to an event agency: a list of people",
},
{
    "id": "mediakoho-038",
    "sender": MIKURIYA,
    "to": ["プレゼンス・ラボ 研修担当 <training@presence-lab.co.jp>"],
    "subject": "役員向けメディアトレーニングのお見積り依頼",
    "charset": "iso-2022-jp",
    "body": """株式会社プレゼンス・ラボ
研修ご担当者様

はじめてご連絡いたします。
日の出産業株式会社 コーポレートコミュニケーション部の御厨と申します。
業界団体の勉強会で御社のプログラムを知り、ご相談したくご連絡しました。

　対象　：役員 5名（社長を含む）
　内容　：模擬記者会見（不祥事・製品事故を想定）、テレビカメラ前での
　　　　　インタビュー練習、フィードバック
　時期　：2026年7月～8月のうち1日（半日×2回でも可）
　場所　：弊社本社会議室（東京都中央区）
　予算　：100万円前後を想定

概算のお見積りと、講師のご経歴がわかる資料をお送りいただけますでしょうか。
""" + SIG_MIKURIYA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a request for quotation for media training: ordinary business mail",
},
{
    "id": "mediakoho-039",
    "sender": KUGA,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "cc": [MIKURIYA, MANABE],
    "subject": "至急：社員逮捕報道への対応コメント案",
    "charset": "utf-8",
    "body": """ブライトリンクPR
稗田様

総務部の久我です。夜分に失礼いたします。
先ほど警察から連絡があり、明朝にも報道される見込みのため、コメント案の確認をお願いします。

【事実関係（社内確認済み）】
・当社 営業本部 第二営業部 課長 猿渡 信吾（47歳、さいたま市在住）が、
　本日6月8日、神奈川県警に詐欺の疑いで逮捕された。
・容疑は、私的に関与していた投資話で知人から約800万円をだまし取ったもの。
　現時点で業務との関連は確認されていない。
・本人は容疑を否認していると弁護士経由で聞いている。

【コメント案】
「当社社員が逮捕されたことは誠に遺憾です。事実関係を確認のうえ、厳正に対処いたします。」

報道で実名が出た場合に、当社として氏名を認めるかどうかもご助言ください。
""" + SIG_KUGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest (criminal record) sent to a PR agency: sensitive data of an identifiable person",
},
{
    "id": "mediakoho-040",
    "sender": MIKURIYA,
    "to": ["樋渡 様 <hiwatari@toto-keizai.co.jp>"],
    "subject": "Re: 御社社員の逮捕に関する取材のお願い",
    "charset": "iso-2022-jp",
    "body": """東都経済新聞 社会部
樋渡様

お問い合わせありがとうございます。日の出産業の御厨でございます。
当社としてのコメントは以下のとおりです。

「当社社員が逮捕されたことは誠に遺憾です。
　お客様、お取引先をはじめ関係者の皆さまに多大なご心配をおかけし、深くお詫び申し上げます。
　当社は捜査に全面的に協力するとともに、事実関係を確認のうえ厳正に対処いたします。」

なお、捜査中の事案であり、個人に関する事項や容疑の内容についてのご質問には
お答えを控えさせていただきます。
""" + SIG_MIKURIYA + """
> 日の出産業 広報ご担当者様
> 東都経済新聞 社会部の樋渡と申します。神奈川県警が本日発表した詐欺事件で、
> 御社の社員が逮捕されたと聞いております。御社のコメントをいただけますでしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "public comment on an arrest that names and describes no individual in the new text",
},
{
    "id": "mediakoho-041",
    "sender": HASEBE,
    "to": ["小此木 様 <okonogi@nishiki-insatsu.co.jp>"],
    "subject": "統合報告書2026 初校の戻し（PDF）",
    "charset": "cp932",
    "body": """錦印刷株式会社
小此木様

お世話になっております。日の出産業の長谷部です。
統合報告書2026の初校、赤字を入れたPDFをお送りします。
社内規程によりパスワードをかけております。パスワードはお電話でお伝えします。

主な修正は以下のとおりです。
・P.12　財務ハイライトのグラフ（2025年度の数値差し替え）
・P.28　社外取締役の写真差し替え
・P.40　GHG排出量の単位（t-CO2）

再校は6月29日（月）着でお願いいたします。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "pdf", "name": "統合報告書2026_初校_赤字.pdf", "password": "Int2026!ns",
        "lines": ["統合報告書2026 初校", "P.12 財務ハイライト", "P.28 役員一覧", "P.40 環境データ"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF to the partner printer: its content cannot be inspected",
},
{
    "id": "mediakoho-042",
    "sender": SUNAGAWA,
    "to": ["小此木 様 <okonogi@nishiki-insatsu.co.jp>"],
    "subject": "プレスキット用フォルダー・挿入物の印刷のお願い",
    "charset": "cp932",
    "body": """錦印刷株式会社
小此木様

いつもお世話になっております。日の出産業 広報課の砂川です。
新製品発表会で配布するプレスキットの印刷をお願いしたく、仕様をお送りします。

　(1) ポケットフォルダー　A4　ポケット両側　名刺差し込みあり　4色／1色　300部
　(2) 製品カタログ　A4 8ページ　中綴じ　4色　300部
　(3) ニュースリリース　A4 片面 2枚組　モノクロ　300部（データは5/15入稿）
　(4) 封入作業：(1)に(2)(3)を封入　300セット

　納品：5月19日（火）午前中　さくらホテル 宴会場「桜の間」搬入口
　　　　（受取：ホテル宴会予約課 ご担当者様）

お見積りと、入稿締切をご教示ください。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print order for press kits to a partner printer; only a venue's delivery address",
},
{
    "id": "mediakoho-043",
    "sender": MIKURIYA,
    "to": ["tsuge@sangyo-hochi.co.jp", "hiwatari@toto-keizai.co.jp", "shakai@hokushin-news.jp"],
    "cc": ["shishido@wangan-tv.co.jp", "news@fm-minato.jp", "nishina@bizlink-news.com"],
    "subject": "【コメント】業務用フライヤー事故に関する当社の対応について",
    "charset": "iso-2022-jp",
    "body": """報道関係各位

日の出産業株式会社 コーポレートコミュニケーション部の御厨でございます。
本日多数のお問い合わせをいただいております業務用フライヤーの事故について、
当社の対応を下記のとおりお知らせいたします。

1. 同型機「HF-220」（2022年4月～2024年3月製造、約1,900台）について、
   6月5日より無償点検・温度センサーの交換を実施いたします。
2. 点検が完了するまでの間、同型機のご使用をお控えいただくようお願いしております。
3. 原因調査の結果は、判明次第当社Webサイトにてお知らせいたします。

お問い合わせは、本メールへのご返信または広報課（03-5820-4137）までお願いいたします。
""" + SIG_MIKURIYA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "crisis statement with six media outlets in To and Cc: recipients visible to each other",
},
{
    "id": "mediakoho-044",
    "sender": HASEBE,
    "to": ["広報課 <koho@hinode-sangyo.co.jp>"],
    "cc": [MIKURIYA],
    "subject": "【社内】今週の掲載記事と記者接触記録（6/1-6/5）",
    "charset": "utf-8",
    "body": """広報課各位

今週の掲載記事と記者接触記録をまとめました。
接触記録は記者リストの更新にも使いますので、漏れがあれば追記してください。

■掲載記事（クリッピングより）
　6/2　東都経済新聞 朝刊11面「日の出産業、栃木に新棟」
　6/3　産業報知新聞 3面「冷却ユニット増産へ」
　6/4　ビズリンク・ニュース（Web）「食品工場の省エネ最前線」

■記者接触記録（添付CSV）
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "csv", "name": "記者接触記録_0601-0605.csv", "encoding": "utf-8",
        "rows": [
            ["日付", "媒体", "氏名", "メール", "携帯", "内容", "対応者"],
            ["2026/06/01", "東都経済新聞", "蓮見 和也", "hasumi.k@toto-keizai.co.jp", "090-4127-6638", "新棟の追加取材", "真鍋"],
            ["2026/06/02", "産業報知新聞", "柘植 智恵", "tsuge@sangyo-hochi.co.jp", "080-2290-5514", "フライヤー事故の問合せ", "御厨"],
            ["2026/06/02", "北辰通信社", "芦原 駿", "ashihara@hokushin-news.jp", "070-5561-0937", "共同開発リリース事前送付", "砂川"],
            ["2026/06/03", "湾岸テレビ", "宍戸 浩美", "shishido@wangan-tv.co.jp", "080-9921-4405", "ロケ撮影の打診", "砂川"],
            ["2026/06/04", "ビズリンク・ニュース", "仁科 航", "nishina@bizlink-news.com", "090-1576-3382", "取締役コメント依頼", "長谷部"],
            ["2026/06/05", "冷凍食品タイムス", "檜垣 修平", "higaki@reito-times.co.jp", "090-5521-0846", "展示会の取材", "長谷部"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a journalist contact log of six people, but every recipient is internal",
},
{
    "id": "mediakoho-045",
    "sender": SUNAGAWA,
    "to": ["伊集院 様 <ijuin@asta-comm.co.jp>"],
    "subject": "Re: ご請求書送付の件（新製品発表会 運営業務）",
    "charset": "utf-8",
    "body": """伊集院様

ご請求書を受領いたしました。ありがとうございます。
社内の支払処理に回しましたので、6月30日にお振込みの予定です。
発表会当日は大変お世話になりました。次回の展示会の件も、改めてご相談させてください。

砂川

-----Original Message-----
From: 伊集院 <ijuin@asta-comm.co.jp>
Sent: Friday, May 29, 2026 4:20 PM
To: 砂川様
Subject: ご請求書送付の件（新製品発表会 運営業務）

日の出産業株式会社 砂川様
新製品発表会の運営業務につきまして、ご請求書をお送りいたします。
　請求金額：1,097,800円（税込）
　お振込先：みどり銀行 日本橋支店 普通 3184052 カ）アスタ・コミュニケーションズ
　登録番号：T7020001066239
株式会社アスタ・コミュニケーションズ 伊集院
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "acknowledging an invoice; the agency's bank account and T-number are only in the quoted original",
},
{
    "id": "mediakoho-046",
    "sender": MANABE,
    "to": ["伊集院 様 <ijuin@asta-comm.co.jp>"],
    "subject": "来期のイベント計画（予算案）の共有",
    "charset": "cp932",
    "body": """伊集院様

お世話になっております。真鍋です。
来期のイベント・発表会の計画について、ご提案いただく前提として予算案を共有します。
各イベントの規模感の参考にしてください。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "xlsx", "name": "2027年度_広報予算案.xlsx",
        "page_header": "部外秘",
        "sheets": {
            "予算総括": [
                ["【部外秘】2027年度 コーポレートコミュニケーション部 予算案（6/10 部長確認前）"],
                [],
                ["費目", "2026年度予算", "2027年度案", "増減"],
                ["記者発表会・イベント", 18500000, 22000000, 3500000],
                ["PR会社 リテイナー", 9600000, 9600000, 0],
                ["クリッピング・モニタリング", 2400000, 2640000, 240000],
                ["統合報告書・会社案内 制作", 12800000, 13500000, 700000],
                ["広告（企業広告）", 45000000, 38000000, -7000000],
            ],
            "イベント別": [
                ["イベント", "時期", "想定来場", "予算"],
                ["新製品発表会", "2027年5月", 60, 6500000],
                ["工場見学会", "2027年6月", 20, 2800000],
                ["国際展示会出展", "2027年10月", 5000, 12700000],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "budget workbook stamped 部外秘 in the page header and title row sent to an outside agency",
},
{
    "id": "mediakoho-047",
    "sender": MANABE,
    "to": ["浦上 准教授 <urakami@keiyo-univ.ac.jp>"],
    "subject": "Re: 企業広報に関する調査へのご協力について",
    "charset": "iso-2022-jp",
    "body": """京葉大学 経営学部
浦上先生

ご丁寧なご依頼をありがとうございます。日の出産業 広報課の真鍋です。
ご質問いただいた項目について、公表可能な範囲でお答えいたします。

　・ニュースリリース発行本数　2023年度 38本／2024年度 42本／2025年度 51本
　・メディアからの取材件数　　2023年度 96件／2024年度 118件／2025年度 143件
　・うちテレビ・ラジオ　　　　2025年度 17件
　・広報部門の人員　　　　　　7名（うち兼務2名）
　・SNS公式アカウント　　　　X、LinkedIn、YouTube（2024年開設）

インタビュー調査については、7月以降でしたら1時間程度対応可能です。
論文で社名を出される場合は、事前にご一報いただけますと幸いです。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate PR statistics for a university researcher: no personal data",
},
{
    "id": "mediakoho-048",
    "sender": HASEBE,
    "to": ["プレスウェーブ 配信受付 <order@presswave.jp>"],
    "subject": "リリース配信のお申し込み（6/25 11:00配信）",
    "charset": "utf-8",
    "body": """プレスウェーブ株式会社
配信受付ご担当者様

お世話になっております。日の出産業株式会社 広報課の長谷部です。
下記のとおり、プレスリリースの配信を申し込みます。

　配信日時　：2026年6月25日（木）11:00
　配信プラン：スタンダード（業界紙・経済メディア 300媒体）＋Web掲載
　業種カテゴリ：機械・設備／食品・飲料／物流
　タイトル　：川崎電機と日の出産業、工場向けに冷却・受電設備の一体提案を開始
　連名企業　：川崎電機株式会社、ツバサシステム株式会社
　画像　　　：3点（入稿フォームよりアップロード済み）

原稿は入稿フォームにアップロード済みです。請求書は広報課宛てでお願いいたします。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordering a release distribution service: business data only",
},
{
    "id": "mediakoho-049",
    "sender": SUNAGAWA,
    "to": ["料亭 みづき 予約係 <yoyaku@ryotei-mizuki.jp>"],
    "subject": "7/2 記者懇親会のお料理について（アレルギー等）",
    "charset": "cp932",
    "body": """料亭みづき
予約係 ご担当者様

いつもお世話になっております。日の出産業の砂川です。
7月2日（木）18:30からの記者懇親会（12名）につきまして、お料理の配慮が必要な方を
お知らせいたします。お席札にも同じお名前を入れていただけますと助かります。

　氏名　　　　　媒体　　　　　　　　配慮事項
　--------------------------------------------------------------
　蓮見 和也　　 東都経済新聞　　　　えび・かに（アナフィラキシーの既往あり）
　柘植 智恵　　 産業報知新聞　　　　乳製品不可
　石黒 真由　　 週刊ビジネス潮流　　妊娠中のため生もの・アルコール不可
　芦原 駿　　　 北辰通信社　　　　　特になし
　奥本 剛　　　 月刊ものづくり現場　糖尿病のため糖質控えめ希望
　楪 一花　　　 中部日報　　　　　　特になし
　仁科 航　　　 ビズリンク・ニュース　そば
　アフマド・ラヒム　アジア工業レビュー　宗教上の理由により豚肉・アルコール不可（ハラール）
　宍戸 浩美　　 湾岸テレビ　　　　　特になし

当社側3名は特に配慮不要です。
""" + SIG_SUNAGAWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "nine named journalists with allergies, pregnancy, diabetes and religion to a restaurant: a list with sensitive data",
},
{
    "id": "mediakoho-050",
    "sender": SUNAGAWA,
    "to": ["佐治 様 <saji@sakura-hotel.jp>"],
    "subject": "記者懇談会（7/9）のお料理の件",
    "charset": "iso-2022-jp",
    "body": """佐治様

お世話になっております。日の出産業の砂川です。
7月9日の記者懇談会のお料理について、人数が確定しましたのでご連絡いたします。

　合計　18名（記者 14名、当社 4名）
　うち　ベジタリアン対応　2名
　　　　えび・かに除去　　1名
　　　　アルコールなし　　3名（ソフトドリンクでお願いします）
　　　　豚肉除去　　　　　1名

お席の配置は自由席で結構です。
お手数ですが、対応可能かどうかご確認いただけますでしょうか。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "dietary counts without names: nobody is identifiable",
},
# ---------------------------------------------------------------- 051-075
{
    "id": "mediakoho-051",
    "sender": SUNAGAWA,
    "to": ["佐治 様 <saji@sakura-hotei.jp>"],
    "subject": "記者発表会のケータリング内容について",
    "charset": "utf-8",
    "body": """さくらホテル
佐治様

お世話になっております。日の出産業の砂川です。
5月21日の記者発表会について、ケータリングの内容を以下のとおりお願いいたします。

・開場時（14:30～）：コーヒー・紅茶・ミネラルウォーター（60名分）
・終了後の囲み取材時（16:00～）：ペットボトルのお茶を記者席に配置
・控室：サンドイッチ（4名分）、お茶

お見積りに反映いただき、改めてお送りいただけますと幸いです。
""" + SIG_SUNAGAWA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotei.jp imitates the partner hotel sakura-hotel.jp (l replaced by i)",
},
{
    "id": "mediakoho-052",
    "sender": MANABE,
    "to": ["伊集院 様 <ijuin@asta-comm.co.jp>"],
    "cc": ["スタジオ凪 担当 <booking@studio-nagi.jp>", HASEBE],
    "subject": "統合報告書 表紙撮影の段取り（アスタ様・スタジオ凪様）",
    "charset": "utf-8",
    "body": """アスタ・コミュニケーションズ 伊集院様
スタジオ凪 ご担当者様

お世話になっております。日の出産業の真鍋です。
統合報告書の表紙撮影について、両社に同じ情報をお伝えしたくCCで失礼いたします。

　撮影日：7月3日（金）9:00～17:00
　場所　：スタジオ凪 Aスタジオ（白ホリ）
　内容　：製品（HC-Frost 500）の物撮り、社員モデル3名による集合カット
　進行　：アスタ様（ディレクション）、スタジオ凪様（撮影・機材）
　弊社　：真鍋・長谷部が立ち会い

社員モデルは社内で選定中のため、決まり次第お知らせします。
機材リストと香盤表のご共有をお願いいたします。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (agency and studio) in To/Cc: a normal three-way mail",
},
{
    "id": "mediakoho-053",
    "sender": HASEBE,
    "to": ["Ren Tachibana <tachibana.ren.photo@gmail.com>",
           "ヘアメイク 梓 <azusa.hairmake@yahoo.co.jp>",
           "スタジオ凪 <booking@studio-nagi.jp>"],
    "subject": "7/3 撮影 集合時間の変更について",
    "charset": "iso-2022-jp",
    "body": """皆さま

お世話になっております。日の出産業 広報課の長谷部です。
7月3日の撮影について、集合時間を変更させてください。

　変更前：8:30 スタジオ入り
　変更後：8:00 スタジオ入り（ヘアメイク開始 8:30）

社員モデルの出社時間の都合によるもので、申し訳ありません。
撮影開始は9:00のままです。昼食はこちらでお弁当を用意します。
""" + SIG_HASEBE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains",
                  "freemail_recipient"],
    "note": "two freelancers on free mail and a studio in To: three external parties see each other's addresses",
},
{
    "id": "mediakoho-054",
    "sender": MANABE,
    "to": ["Ren Tachibana <tachibana.ren.photo@gmail.com>"],
    "cc": [HASEBE],
    "subject": "統合報告書用 工場撮影の注意事項（6/24）",
    "charset": "utf-8",
    "body": """立花さん

いつもありがとうございます。真鍋です。
6月24日の栃木工場での撮影について、工場側から注意事項が届きましたので共有します。

1. 服装：長袖・長ズボン、安全靴（工場で貸出あり、サイズを事前にお知らせください）
2. 撮影禁止エリア：試験棟、第1期棟の2階（開発品あり）
3. 社員の顔が写る場合：広報が立ち会い、本人の了承を得てから撮影
4. ドローン：今回は不可
5. 昼食：社員食堂をご利用いただけます

当日は10:30に氏家駅までお迎えに上がります。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelance photographer on Gmail with an internal Cc: shoot rules, no personal data",
},
{
    "id": "mediakoho-055",
    "sender": SUNAGAWA,
    "to": ["青葉運輸 総務部 防災センター <bousai@aoba-unyu.co.jp>"],
    "subject": "入構申請：共同取材会（6/26）に来場する記者の車両入構について",
    "charset": "utf-8",
    "body": """青葉運輸株式会社
総務部 防災センター ご担当者様

お世話になっております。日の出産業 広報課の砂川です。
6月26日の羽生物流センターでの共同取材会に、自家用車で来場される記者の方がおられます。
車両入構には運転免許証番号の事前登録が必要とのことですので、下記のとおり申請いたします。

【1】東都経済新聞　蓮見 和也 様
　　運転免許証番号：第 301208457316 号
　　車両：白 プリウス　品川 330 ま 18-24
【2】ロジスティクス通信　舘野 美樹 様
　　運転免許証番号：第 302111084725 号
　　車両：紺 フィット　練馬 502 さ 66-31
【3】月刊ものづくり現場　奥本 剛 様
　　運転免許証番号：第 303304926158 号
　　車両：銀 ハイエース　足立 400 て 70-09

当日は正門で免許証の提示をお願いするようお伝えしております。
""" + SIG_SUNAGAWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "three journalists' driver's licence numbers to the partner's security centre: identity document numbers",
},
{
    "id": "mediakoho-056",
    "sender": SUNAGAWA,
    "to": ["青葉運輸 広報室 <koho@aoba-unyu.co.jp>"],
    "subject": "Re: 羽生物流センター 共同取材会の参加媒体について",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 広報室 御中

お世話になっております。日の出産業の砂川です。
共同取材会の参加媒体が確定しましたのでお知らせいたします（当社招待分）。

　・東都経済新聞　　　　　1名
　・産業報知新聞　　　　　1名（カメラマン1名同行）
　・ロジスティクス通信　　1名
　・月刊ものづくり現場　　1名

いずれも正門受付で名刺をご提示いただく形で問題ございません。
御社ご招待分の媒体と重複がないか、念のためご確認ください。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "numbers of attendees per outlet to the partner: outlets, not people's records",
},
{
    "id": "mediakoho-057",
    "sender": HASEBE,
    "to": ["Lingabridge Project Desk <projects@lingabridge.co.jp>"],
    "subject": "英訳のご依頼：ニュースリリース2本（6/20納品希望）",
    "charset": "utf-8",
    "body": """株式会社リンガブリッジ
プロジェクトデスク ご担当者様

お世話になっております。日の出産業 広報課の長谷部です。
下記2本のニュースリリースの英訳をお願いいたします。

　(1) 栃木工場 第2期棟の稼働開始（約1,450字）
　(2) 北国フーズとの共同開発（約1,800字、6/3解禁済み）

　納期　：6月20日（土）正午
　用途　：当社英語サイト掲載、海外メディアへの配信
　表記　：社名 "Hinode Sangyo Co., Ltd."、製品名は原文どおり
　用語集：前回お渡しした用語集（2025年版）をご使用ください

お見積りをいただけましたら、正式に発注いたします。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "translation order for public releases: ordinary business mail",
},
{
    "id": "mediakoho-058",
    "sender": SHIINA,
    "to": ["IRパートナーズ 石動様 <isurugi@ir-partners.co.jp>"],
    "subject": "決算説明会 想定問答（財務編）のご確認",
    "charset": "utf-8",
    "body": """株式会社IRパートナーズ
石動様

お世話になっております。日の出産業 IR室の椎名です。
決算説明会の想定問答（財務編）を添付いたします。
アナリストからの質問が想定される論点の抜け漏れがないか、ご確認をお願いします。
""" + SIG_SHIINA,
    "attachments": [{
        "kind": "pdf", "name": "想定問答_財務編_0508.pdf",
        "page_header": "取扱注意",
        "page_footer": "日の出産業株式会社 IR室　取扱注意（社内検討用）",
        "lines": [
            "2026年3月期 決算説明会 想定問答（財務編）",
            "Q1. 営業利益率が改善した要因は。",
            "A1. 高付加価値製品の構成比上昇と、栃木工場の稼働率向上による固定費の吸収です。",
            "Q2. 来期の設備投資計画は。",
            "A2. 約120億円を計画しています。うち約40億円が第3期棟の建設です。",
            "Q3. 株主還元方針に変更はあるか。",
            "A3. 配当性向35％を目安とする方針に変更はありません。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "a PDF stamped 取扱注意 in header and footer to an IR consultancy",
},
{
    "id": "mediakoho-059",
    "sender": HASEBE,
    "to": ["Grace Lim <grace.lim@lumen-asia.com>"],
    "subject": "Joint announcement with Lumen Asia - timing",
    "charset": "utf-8",
    "body": """Dear Grace,

Thank you for the call yesterday. To summarise what we agreed for the distribution
agreement announcement:

  - Announcement date: Wednesday 8 July 2026
  - Release time: 10:00 SGT / 11:00 JST, on both companies' websites
  - Quotes: your CEO and our President (draft quotes attached by next Monday)
  - Media enquiries in Singapore and Malaysia: Lumen Asia
  - Media enquiries in Japan: Hinode Sangyo Corporate Communications

We will also send the English release to our usual trade media in Japan under embargo
on the morning of 7 July.
""" + SIG_EN + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English partner mail; 'confidential' appears only in the standard disclaimer",
},
{
    "id": "mediakoho-060",
    "sender": HASEBE,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "subject": "5月度 広報効果測定レポート（社内集計版）",
    "charset": "iso-2022-jp",
    "body": """稗田様

お世話になっております。長谷部です。
5月度の効果測定について、弊社側で集計したファイルをお送りします。
御社レポートの数値と突き合わせていただけますでしょうか。
""" + SIG_HASEBE,
    "attachments": [{"kind": "corrupt", "name": "広報効果測定_2026年5月.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is damaged and cannot be opened or inspected",
},
{
    "id": "mediakoho-061",
    "sender": HASEBE,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "subject": "Re: 5月度 広報効果測定レポート（社内集計版）",
    "charset": "iso-2022-jp",
    "body": """稗田様

先ほどのファイルが壊れていたとのこと、失礼しました。
取り急ぎ、主要な数値を本文に記載します。

　　　　　　　　　　　　　　　 4月　　 5月
　掲載件数（合計）　　　　　　  42 　　 87
　　うち全国紙・通信社　　　　　 6 　　 14
　　うち業界紙・誌　　　　　　　19 　　 31
　　うちWeb　　　　　　　　　　 15 　　 37
　　うちテレビ・ラジオ　　　　　 2 　　  5
　広告換算額（百万円）　　　　 18.4 　 52.9
　好意的論調の割合　　　　　　 81％ 　 74％（フライヤー事故報道の影響）

ファイルは作り直して明日お送りします。

長谷部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate media-coverage statistics in the body: no personal data",
},
{
    "id": "mediakoho-062",
    "sender": HASEBE,
    "to": ["青葉運輸 法人営業 <hojin-eigyo@aoba-unyu.co.jp>"],
    "subject": "誌面タイアップ プレゼント発送のお願い（当選者8名分）",
    "charset": "utf-8",
    "body": """青葉運輸株式会社
法人営業 ご担当者様

いつもお世話になっております。日の出産業 広報課の長谷部です。
「月刊ものづくり現場」誌とのタイアップ企画の読者プレゼント（卓上冷風扇）の
発送をお願いいたします。当選者の送り先を添付いたします。
出荷は6月15日（月）、お届けは午前中指定でお願いします。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "csv", "name": "当選者送付先.csv", "encoding": "utf-8",
        "rows": [
            ["No", "氏名", "郵便番号", "住所", "電話番号", "品名"],
            ["1", "堀之内 芳江", "060-0061", "北海道札幌市中央区南一条西9丁目3-12", "011-251-7734", "卓上冷風扇 HF-mini"],
            ["2", "雫石 隆一", "020-0015", "岩手県盛岡市本町通2-8-21", "019-622-4190", "卓上冷風扇 HF-mini"],
            ["3", "穂積 かおり", "330-0854", "埼玉県さいたま市大宮区桜木町4-335-6", "048-641-2287", "卓上冷風扇 HF-mini"],
            ["4", "榎戸 真司", "272-0034", "千葉県市川市市川1-22-5 メゾン市川302", "090-3361-5018", "卓上冷風扇 HF-mini"],
            ["5", "鵜飼 恵美子", "460-0008", "愛知県名古屋市中区栄3-15-27", "052-241-8806", "卓上冷風扇 HF-mini"],
            ["6", "陣内 洋平", "530-0041", "大阪府大阪市北区天神橋4-7-10", "080-5529-6043", "卓上冷風扇 HF-mini"],
            ["7", "泉谷 沙紀", "730-0031", "広島県広島市中区紙屋町1-4-3", "082-247-3319", "卓上冷風扇 HF-mini"],
            ["8", "米倉 一馬", "812-0011", "福岡県福岡市博多区博多駅前3-9-1", "070-4482-1956", "卓上冷風扇 HF-mini"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight prize winners' names, home addresses and phones to a carrier: a list of people",
},
{
    "id": "mediakoho-063",
    "sender": HASEBE,
    "to": ["青葉運輸 法人営業 <hojin-eigyo@aoba-unyu.co.jp>"],
    "subject": "製品サンプルの発送依頼（報道各社 6か所）",
    "charset": "cp932",
    "body": """青葉運輸株式会社
法人営業 ご担当者様

お世話になっております。日の出産業の長谷部です。
新製品の小型サンプル（各1箱、約3kg）を下記の報道各社へ発送していただけますでしょうか。
宛名はすべて部署の「御中」でお願いします。

　1. 東都経済新聞社 編集局 産業部 御中
　　 〒100-8066 東京都千代田区大手町1-9-3　TEL 03-6205-3000
　2. 産業報知新聞社 編集局 御中
　　 〒104-0045 東京都中央区築地2-11-24　TEL 03-3541-7700
　3. 株式会社潮流出版 週刊ビジネス潮流 編集部 御中
　　 〒102-0072 東京都千代田区飯田橋3-4-6　TEL 03-5579-1000
　4. 株式会社ものづくり現場社 編集部 御中
　　 〒113-0033 東京都文京区本郷5-25-13　TEL 03-5840-2200
　5. 日刊設備ジャーナル社 編集局 御中
　　 〒103-0013 東京都中央区日本橋人形町3-6-5　TEL 03-3666-5100
　6. 中部日報社 東京支社 経済部 御中
　　 〒100-0011 東京都千代田区内幸町2-1-4　TEL 03-3504-8800

集荷は6月8日（月）14時以降、本社1階の荷捌き場でお願いします。
送り状番号は、発送後にまとめてお知らせください。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "six media companies' office addresses and switchboards: a list of businesses",
},
{
    "id": "mediakoho-064",
    "sender": MANABE,
    "to": ["蓮見 和也 <hasumi.k@toto-keizai.co.jp>"],
    "subject": "Re: 原稿の事実確認のお願い（栃木工場ルポ）",
    "charset": "iso-2022-jp",
    "body": """蓮見様

お世話になっております。真鍋です。
原稿をお送りいただきありがとうございました。
事実関係について、以下の3点のみご確認をお願いいたします。表現については
お任せいたします。

　・第2段落「総投資額は約64億円」→ 正しくは「約46億円」です
　・第3段落「従業員約600人」→ 栃木工場全体では「約680人」です
　・第4段落「2028年に第3期棟」→ 「2028年度中」と年度表記でお願いします

工場長のコメント部分は本人に確認済みで、修正はありません。
""" + SIG_MANABE + """
> 日の出産業 真鍋様
> 先日の取材ではありがとうございました。掲載予定の原稿をお送りします。
> 事実関係に誤りがないかご確認いただけますでしょうか（表現はご容赦ください）。
> 東都経済新聞 産業部 蓮見
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "fact-check reply to one journalist: corrected figures only",
},
{
    "id": "mediakoho-065",
    "sender": MIKURIYA,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>", "守屋 大輔 <moriya@brightlink-pr.co.jp>"],
    "subject": "社長の入院に関する開示とメディア対応のご相談",
    "charset": "utf-8",
    "body": """稗田様、守屋様

御厨です。急ぎのご相談です。

社長の日野が6月12日夜に急性心筋梗塞で都内の病院に救急搬送され、
カテーテル治療を受けて現在ICUに入院しています。主治医の見立てでは、
職場復帰まで少なくとも2か月程度かかる見込みです。

取締役会では、当面は専務の灘尾が職務を代行する方向で調整しています。
株主総会（6月26日）を控えているため、
　(1) 病名をどこまで開示するか
　(2) 総会の議長を誰が務めるかの説明
　(3) 記者からの問い合わせへの一次回答
について、明日の午前中にお打ち合わせをお願いできますでしょうか。
""" + SIG_MIKURIYA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the named CEO's diagnosis, treatment and hospitalisation sent to a PR agency: medical data of one person",
},
{
    "id": "mediakoho-066",
    "sender": MANABE,
    "to": ["Ren Tachibana <tachibana.ren.photo@gmail.com>"],
    "subject": "7/10 専務の撮影について（配慮のお願い）",
    "charset": "iso-2022-jp",
    "body": """立花さん

お世話になっております。真鍋です。
7月10日の役員撮影について、事前にお伝えしておきたいことがあります。

専務の灘尾は5月に右膝の人工関節置換術を受けたばかりで、現在は車椅子を使用しています。
立ち姿のカットは難しいため、着座のカットのみでお願いします。
また、長時間の撮影は負担になるため、15分以内に収めていただけますと助かります。
ご本人は車椅子が写ることを気にしていますので、構図にもご配慮ください。

他の役員は前回どおりで問題ありません。
""" + SIG_MANABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a named executive's surgery and wheelchair use told to a freelancer on Gmail: health data of one person",
},
{
    "id": "mediakoho-067",
    "sender": HASEBE,
    "to": ["仁科 航 <nishina@bizlink-news.com>"],
    "subject": "プレスキット（電子版）をお送りします",
    "charset": "utf-8",
    "body": """ビズリンク・ニュース
仁科様

お世話になっております。日の出産業 広報課の長谷部です。
本日の発表会にご出席いただけなかったため、プレスキットの電子版をお送りいたします。
ZIPの中身は以下のとおりです（パスワードはかけていません）。

　・ニュースリリース（Word）
　・製品ファクトシート（PDF）
　・製品写真・ロゴ（PNG）

記事でご使用いただく際は、写真クレジットを「日の出産業提供」としてください。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "zip", "name": "presskit_HC-Frost500.zip",
        "files": [
            {"kind": "docx", "name": "release_HC-Frost500.docx",
             "paragraphs": ["高効率産業用冷却ユニット「HC-Frost 500」を発売",
                            "日の出産業株式会社は、産業用冷却ユニットの新製品を2026年6月1日より受注開始します。"]
                           + RELEASE_FOOTER},
            {"kind": "pdf", "name": "factsheet_HC-Frost500.pdf",
             "lines": ["HC-Frost 500 ファクトシート"],
             "table": [["項目", "HC-F500S", "HC-F500W"],
                       ["冷却能力", "50kW", "50kW"],
                       ["消費電力", "14.2kW", "12.9kW"],
                       ["冷媒", "R454C", "R454C"],
                       ["寸法（mm）", "1800×900×1950", "1800×900×1950"]]},
            {"kind": "png", "name": "HC-F500S.png"},
            {"kind": "png", "name": "hinode_logo.png"},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an unencrypted press-kit ZIP (release, fact sheet, images) to one journalist",
},
{
    "id": "mediakoho-068",
    "sender": MANABE,
    "to": ["柘植 智恵 <tsuge@sangyo-hochi.co.jp>"],
    "subject": "Re: 冷媒に関する確認（記事化にあたって）",
    "charset": "cp932",
    "body": """柘植様

お世話になっております。真鍋です。
ご質問の点、技術部門に確認しました。

(1) HC-Frost 500の冷媒はR454Cで、地球温暖化係数（GWP）は148です。
(2) 従来機（HC-Frost 400）はR410A（GWP 2,088）でした。
(3) 2027年度までに全機種を低GWP冷媒へ切り替える計画です（公表済み）。

ほかにご不明な点があればお知らせください。

真鍋

差出人: 柘植 智恵 <tsuge@sangyo-hochi.co.jp>
送信日時: 2026年5月26日 11:02
宛先: 真鍋 詩織
件名: 冷媒に関する確認（記事化にあたって）

真鍋様
新製品の記事化にあたり、冷媒の種類とGWP値、従来機との比較を教えてください。
産業報知新聞 機械・設備担当 柘植智恵（携帯 080-2290-5514）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "technical answer to one journalist; her mobile is only in the quoted question",
},
{
    "id": "mediakoho-069",
    "sender": HASEBE,
    "to": ["汐見 沙耶 <shiomi@fm-minato.jp>"],
    "subject": "番組Webページ用のロゴ画像",
    "charset": "utf-8",
    "body": """FMみなと 報道部
汐見様

お世話になっております。日の出産業の長谷部です。
先日の番組出演の件、番組Webページに掲載いただくロゴ画像をお送りします。
背景が透過のPNGです。色の変更や縦横比の変更はご遠慮ください。

出演者の肩書は「日の出産業株式会社 取締役 技術本部長 羽賀 俊介」でお願いいたします。
""" + SIG_HASEBE,
    "attachments": [{"kind": "png", "name": "hinode_logo_transparent.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a logo image and an executive's title for a radio site: no personal data",
},
{
    "id": "mediakoho-070",
    "sender": HASEBE,
    "to": ["ニュースアーカイブプラス 申込窓口 <moushikomi@newsarchive-plus.jp>"],
    "subject": "記事データベース 法人プランの申込（クレジットカード払い）",
    "charset": "utf-8",
    "body": """ニュースアーカイブプラス
申込窓口 ご担当者様

お世話になっております。日の出産業株式会社 広報課の長谷部と申します。
法人プラン（3ID）の申込をお願いいたします。
Webの申込フォームがエラーになるため、メールで失礼いたします。

　プラン　　　：法人スタンダード 3ID（年額 396,000円・税込）
　利用開始日　：2026年7月1日
　利用者　　　：広報課（ID発行後、社内で割り当てます）
　お支払い方法：クレジットカード
　　カード番号：""" + card_number(SEED + 3) + """
　　名義　　　：AOI HASEBE
　　有効期限　：11/27
　　セキュリティコード：418

領収書は「日の出産業株式会社」宛てでお願いいたします。
""" + SIG_HASEBE,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a card number with holder, expiry and CVC to a database vendor",
},
{
    "id": "mediakoho-071",
    "sender": SUNAGAWA,
    "to": ["展示会事務局 <jimukyoku@coldchain-expo.jp>"],
    "subject": "コールドチェーンEXPO 共同出展ゾーンの出展社一覧",
    "charset": "utf-8",
    "body": """コールドチェーンEXPO 2026 事務局 御中

お世話になっております。日の出産業株式会社 広報課の砂川です。
当社が取りまとめる「省エネ冷却ゾーン」の共同出展社一覧をお送りします。
ガイドブックへの掲載をお願いいたします。

No	出展社名	小間番号	代表電話	Webサイト
1	日の出産業株式会社	C-101	03-5820-4100	www.hinode-sangyo.co.jp
2	川崎電機株式会社	C-102	044-211-3800	www.kawasaki-denki.co.jp
3	ツバサシステム株式会社	C-103	03-6380-5500	www.tsubasa-system.jp
4	北国フーズ株式会社	C-104	011-590-2200	www.kitaguni-foods.co.jp
5	株式会社フロスト工房	C-105	048-725-6610	www.frost-kobo.co.jp
6	東和断熱工業株式会社	C-106	06-6947-3300	www.towa-dannetsu.co.jp
7	有限会社みなと冷機	C-107	045-503-1122	www.minato-reiki.jp
8	株式会社グリーンコイル	C-108	052-930-4477	www.greencoil.co.jp

各社の出展担当者には、事務局から直接ご連絡いただいて差し支えありません。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tab-separated list of eight exhibiting companies with switchboards: businesses, not people",
},
{
    "id": "mediakoho-072",
    "sender": HASEBE,
    "to": ["羽鳥 様 <hatori@tsubasa-system.jp>"],
    "subject": "プレスルーム（報道関係者向けページ）改修のHTMLサンプル",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
羽鳥様

お世話になっております。長谷部です。
当社Webサイトのプレスルーム改修について、掲載イメージをHTMLで作成しました。
デザインは仮ですので、構成の参考としてご覧ください。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "html", "name": "pressroom_sample.html",
        "html": """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>プレスルーム | 日の出産業</title></head>
<body><h1>プレスルーム</h1>
<h2>ニュースリリース</h2>
<ul>
<li>2026.06.25 川崎電機と日の出産業、工場向けに冷却・受電設備の一体提案を開始</li>
<li>2026.06.03 北国フーズと冷凍食品工場向け省エネ冷却システムを共同開発</li>
<li>2026.06.01 栃木工場 第2期棟が稼働を開始</li>
</ul>
<h2>報道関係者の方へ</h2>
<p>取材のお申し込み・お問い合わせは、コーポレートコミュニケーション部 広報課（TEL 03-5820-4137／koho@hinode-sangyo.co.jp）までお願いいたします。</p>
<h2>素材ダウンロード</h2><p>ロゴ、役員写真、工場写真</p>
</body></html>""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an HTML page draft for the partner web vendor: public content and the PR desk contact",
},
{
    "id": "mediakoho-073",
    "sender": HASEBE,
    "to": ["宇佐美 様 <usami@mediaclip-lab.co.jp>"],
    "subject": "クリッピング契約の更新について（個人情報・秘密保持条項）",
    "charset": "iso-2022-jp",
    "body": """株式会社メディアクリップ研究所
宇佐美様

お世話になっております。日の出産業の長谷部です。
7月からの契約更新につきまして、法務から以下の確認依頼がありました。

1. 秘密保持条項：現行契約の第12条（秘密保持）は、更新後の契約にも引き継がれるとの
   理解でよろしいでしょうか。
2. 個人情報の取扱い：記事データに含まれる個人名について、御社での保管期間と
   削除の方法をご教示ください（当社の委託先管理の確認項目です）。
3. 再委託：海外の協力会社への再委託の有無をご教示ください。

ご回答をいただけましたら、更新手続きを進めます。
""" + SIG_HASEBE + DISC_JP,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract questions about confidentiality and personal-data clauses: mentions, not a marking or data",
},
{
    "id": "mediakoho-074",
    "sender": MANABE,
    "to": ["中園 千晶 <chiaki.nakazono@yahoo.co.jp>"],
    "subject": "オウンドメディア記事のご執筆のお願い",
    "charset": "utf-8",
    "body": """中園千晶様

はじめまして。日の出産業株式会社 広報課の真鍋と申します。
食品業界の省エネに関する中園様の連載を拝読し、ご連絡いたしました。

当社のオウンドメディア「ひので冷却ラボ」にて、下記のとおり記事のご執筆を
お願いできないかと考えております。

　テーマ：中小の食品工場が今日からできる冷却の省エネ
　文字数：3,000～4,000字（図版2点程度）
　締切　：7月末
　原稿料：1本 80,000円（税別）、取材が必要な場合の交通費は実費精算

ご興味をお持ちいただけましたら、一度オンラインでお話しさせてください。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelance writer on Yahoo mail: a commissioning request with no personal data",
},
{
    "id": "mediakoho-075",
    "sender": MANABE,
    "to": ["全日本企業広報アワード 事務局 <entry@kouhou-award.or.jp>"],
    "subject": "第12回 全日本企業広報アワード エントリーシート（日の出産業）",
    "charset": "utf-8",
    "body": """全日本企業広報アワード 事務局 御中

日の出産業株式会社 コーポレートコミュニケーション部の真鍋です。
「危機管理広報部門」にエントリーいたします。エントリーシートを添付いたします。
募集要項に従い、プロジェクトメンバー全員の連絡先を記載しております。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "docx", "name": "エントリーシート_日の出産業.docx",
        "paragraphs": [
            "第12回 全日本企業広報アワード エントリーシート",
            "応募部門：危機管理広報部門",
            "応募タイトル：製品事故発生から72時間の情報開示",
            "概要：事故の第一報から72時間以内に、お知らせの掲載、報道各社への説明、対象機種の無償点検開始までを行った取り組み。",
            "プロジェクトメンバー",
        ],
        "tables": [[
            ["氏名", "役職", "電話（直通）", "メール"],
            ["御厨 康弘", "執行役員 部長", "03-5820-4130", "mikuriya.yasuhiro@hinode-sangyo.co.jp"],
            ["真鍋 詩織", "広報課長", "03-5820-4137", "manabe.shiori@hinode-sangyo.co.jp"],
            ["砂川 拓海", "広報課 主任", "03-5820-4138", "sunagawa.takumi@hinode-sangyo.co.jp"],
            ["長谷部 葵", "広報課", "03-5820-4139", "hasebe.aoi@hinode-sangyo.co.jp"],
            ["久我 理沙", "総務部 法務課", "03-5820-4171", "kuga.risa@hinode-sangyo.co.jp"],
        ]],
    }],
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five colleagues' business direct lines and work e-mails on an award entry form: a list, but of business contacts",
},
# ---------------------------------------------------------------- 076-100
{
    "id": "mediakoho-076",
    "sender": SUNAGAWA,
    "to": ["眞壁 涼 <makabe.r@toto-keizai.co.jp>"],
    "subject": "Re: 社長への直接のご連絡先について",
    "charset": "iso-2022-jp",
    "body": """眞壁様

お世話になっております。日の出産業の砂川です。
社長への直接のご連絡先をとのことですが、恐れ入りますが役員個人の連絡先は
お伝えしておりません。取材のお申し込みは、引き続き広報課で承ります。

急ぎのご連絡の場合は、下記の秘書室代表番号でもお受けいたします。

　日の出産業株式会社 秘書室　TEL 03-5820-4105（平日 9:00～18:00）

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "declines to give the CEO's contact and gives the secretariat's switchboard: a business number",
},
{
    "id": "mediakoho-077",
    "sender": MANABE,
    "to": ["蓮見 和也 <hasumi.k@toto-keizai.co.jp>", "眞壁 涼 <makabe.r@toto-keizai.co.jp>",
           "樋渡 様 <hiwatari@toto-keizai.co.jp>", "東都経済新聞 写真部 <photo@toto-keizai.co.jp>"],
    "subject": "6/24 工場見学会 貴社ご参加者の集合場所について",
    "charset": "utf-8",
    "body": """東都経済新聞社
蓮見様、眞壁様、樋渡様、写真部ご担当者様

お世話になっております。日の出産業の真鍋です。
見学会への貴社4名でのご参加、ありがとうございます。
貴社の皆さまは別々にお越しになると伺いましたので、集合場所をお知らせします。

　・貸切バスでお越しの方：10:30 本社前（東京都中央区京橋3-7-4）
　・お車でお越しの方　　：12:45 栃木工場 正門（来客用駐車場をご利用ください）
　・電車でお越しの方　　：12:30 氏家駅 東口（送迎バスあり）

写真部の方は三脚の持ち込みが可能です。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "four recipients, all of one newspaper: a single external organisation, not visible parties",
},
{
    "id": "mediakoho-078",
    "sender": SUNAGAWA,
    "to": ["宍戸 浩美 <shishido@wangan-tv.co.jp>"],
    "subject": "映像素材（B-roll）のご提供について",
    "charset": "utf-8",
    "body": """湾岸テレビ 報道局
宍戸様

お世話になっております。日の出産業の砂川です。
ニュース用の映像素材（B-roll、約6分）をご用意しました。
以下のURLから7日間ダウンロードいただけます。

　https://files.hinode-sangyo.co.jp/share/broll-202606（ID・パスワード不要）

　収録内容：第2期棟 外観（ドローン空撮）、組立ライン、出荷場、製品アップ
　形式　　：MP4（1920×1080、29.97fps）
　使用条件：報道目的に限ります。テロップ「映像提供：日の出産業」をお入れください。

作業員の顔が映るカットは、本人の了承を得たもののみを収録しています。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a download link for B-roll footage with usage terms to a TV station",
},
{
    "id": "mediakoho-079",
    "sender": HASEBE,
    "to": ["GlobalWire Asia Newsroom <newsroom@globalwire-asia.com>"],
    "subject": "Press release for distribution: Hinode Sangyo starts operation of new Tochigi plant",
    "charset": "utf-8",
    "body": """Dear GlobalWire Asia team,

Please find below our press release for distribution under our account (HS-0193),
on the Asia-Pacific Industrial circuit, at 11:00 JST on Monday 15 June 2026.

----------------------------------------------------------------------
FOR IMMEDIATE RELEASE

Hinode Sangyo starts operation of new building at Tochigi plant,
expanding cooling-unit capacity to 3,000 units a year

TOKYO, June 15, 2026 - Hinode Sangyo Co., Ltd., a Japanese maker of industrial
cooling equipment, today announced that the second building of its Tochigi plant
has started operation. The JPY 4.6 billion investment raises annual capacity from
1,800 to 3,000 units and includes a 1.2 MW rooftop solar array.

Media contact:
Corporate Communications, Hinode Sangyo Co., Ltd.
Tel: +81-3-5820-4137 / press@hinode-sangyo.co.jp
----------------------------------------------------------------------

Please send the invoice to our usual billing address.
""" + SIG_EN + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an English release for a wire service: public content and a press-desk contact",
},
{
    "id": "mediakoho-080",
    "sender": MANABE,
    "to": ["吉良 様 <kira@sorano-pr.jp>"],
    "subject": "FW: 媒体担当者データ（5月末時点）",
    "charset": "utf-8",
    "body": """吉良様

お世話になっております。真鍋です。
来期からのご支援に向けて、現在のクリッピング会社から受け取っている
媒体担当者のデータを転送します。メディアアプローチの計画づくりにお使いください。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "eml", "name": "媒体担当者データ（5月末時点）.eml",
        "message": {
            "sender": "宇佐美 <usami@mediaclip-lab.co.jp>",
            "to": ["長谷部 葵 <hasebe.aoi@hinode-sangyo.co.jp>"],
            "cc": [MANABE],
            "subject": "媒体担当者データ（5月末時点）",
            "charset": "iso-2022-jp",
            "body": """日の出産業 長谷部様

お世話になっております。メディアクリップ研究所の宇佐美です。
ご契約のオプション「媒体担当者データ」の5月末時点の更新分をお送りします。

【媒体担当者データ 2026年5月末】
■東都経済新聞 産業部　蓮見 和也
　TEL 03-6205-3114／携帯 090-4127-6638／hasumi.k@toto-keizai.co.jp
■産業報知新聞 機械・設備担当　柘植 智恵
　TEL 03-3541-7720／携帯 080-2290-5514／tsuge@sangyo-hochi.co.jp
■北辰通信社 経済部　芦原 駿
　TEL 03-3289-6651／携帯 070-5561-0937／ashihara@hokushin-news.jp
■冷凍食品タイムス 編集部　檜垣 修平
　TEL 03-3862-4410／携帯 090-5521-0846／higaki@reito-times.co.jp
■ロジスティクス通信 記者　舘野 美樹
　TEL 03-5408-7712／携帯 080-1148-3375／tateno@logi-tsushin.jp
■日刊設備ジャーナル 編集局　百目鬼 勇
　TEL 03-3666-5120／携帯 090-7309-2261／domeki@setsubi-journal.co.jp
■湾岸テレビ 報道局経済部　宍戸 浩美
　TEL 03-5500-2871／携帯 080-9921-4405／shishido@wangan-tv.co.jp
■中部日報 東京支社経済部　楪 一花
　TEL 03-3504-8832／携帯 080-6034-7716／yuzuriha@chubu-nippo.co.jp

異動情報：東都経済新聞 蓮見様は7月1日付で大阪本社へ異動予定とのことです。

株式会社メディアクリップ研究所 宇佐美
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forwarded mail (attached .eml) holding eight journalists' phones and e-mails, sent on to a new PR agency",
},
{
    "id": "mediakoho-081",
    "sender": HASEBE,
    "to": ["ビズリンク・ニュース 編集部 <release@bizlink-news.com>"],
    "subject": "【訂正】6月1日付リリース「栃木工場 第2期棟が稼働を開始」の一部訂正",
    "charset": "cp932",
    "body": """ビズリンク・ニュース 編集部 御中

いつもお世話になっております。日の出産業株式会社 広報課でございます。
6月1日にお送りしたニュースリリースの記載に誤りがございました。
お詫びして訂正いたします。

　（誤）延床面積は14,200㎡
　（正）延床面積は12,400㎡

すでに記事にご掲載いただいている場合は、お手数ですが修正をご検討いただけますと幸いです。
訂正版のリリースは当社Webサイトに掲載しております。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a correction notice to one outlet's desk",
},
{
    "id": "mediakoho-082",
    "sender": SUNAGAWA,
    "to": ["羽鳥 様 <hatori@tsubasa-system.jp>"],
    "cc": ["配信チーム <stream@tsubasa-system.jp>"],
    "subject": "決算説明会ライブ配信の技術仕様（5/14）",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
羽鳥様、配信チームの皆さま

お世話になっております。日の出産業の砂川です。
5月14日の決算説明会ライブ配信について、技術仕様をまとめました。

・会場　　　：本社 8階 大会議室
・回線　　　：有線LAN（上り実測 180Mbps）、予備にモバイル回線
・配信先　　：YouTube Live（限定公開）＋当社IRサイトへの埋め込み
・入力　　　：カメラ2台（登壇者・資料）、PC画面（HDMI）
・同時通訳　：英語チャンネルを別配信（通訳ブースは会議室後方）
・リハーサル：5月13日（水）16:00～

配信URLは当日朝に社内で確定してから共有いたします。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "live-stream specifications to the partner IT vendor: two addresses of the same organisation",
},
{
    "id": "mediakoho-083",
    "sender": HASEBE,
    "to": ["日本報道モニター 配信担当 <report@hodo-monitor.co.jp>"],
    "subject": "Re: 【日次クリッピング】6月4日（木）",
    "charset": "iso-2022-jp",
    "body": """配信ご担当者様

いつもありがとうございます。日の出産業の長谷部です。
本日分の3件目（産業報知新聞）は他社の記事で、当社とは無関係のようです。
キーワード「日の出」単独でのヒットは除外していただけますでしょうか。

長谷部

> 日の出産業株式会社 広報課 御中
> 6月4日（木）のクリッピング結果をお送りします。（3件）
>
> 1. 東都経済新聞 朝刊 11面「日の出産業、冷却ユニット増産」
> 2. ビズリンク・ニュース（Web）「食品工場の省エネ最前線」
> 3. 産業報知新聞 5面「日の出興業、本社移転へ」
>
> 日本報道モニター 配信担当
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "feedback on a daily clipping: article titles only",
},
{
    "id": "mediakoho-084",
    "sender": HASEBE,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "subject": "5月度 広報効果測定レポート（再送）",
    "charset": "iso-2022-jp",
    "body": """稗田様

昨日は失礼しました。作り直したファイルをお送りします。
「論調分析」シートに、フライヤー事故関連の記事を分けて集計しています。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "xlsx", "name": "広報効果測定_2026年5月_v2.xlsx",
        "sheets": {
            "媒体別": [
                ["2026年5月 媒体別掲載件数"],
                ["媒体区分", "件数", "広告換算額（千円）"],
                ["全国紙・通信社", 14, 21400],
                ["業界紙・誌", 31, 12800],
                ["Web", 37, 9600],
                ["テレビ・ラジオ", 5, 9100],
                ["合計", 87, 52900],
            ],
            "論調分析": [
                ["区分", "好意的", "中立", "否定的"],
                ["新製品関連", 41, 9, 0],
                ["新棟関連", 18, 4, 0],
                ["フライヤー事故関連", 0, 6, 9],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a two-sheet workbook of coverage statistics: no personal data",
},
{
    "id": "mediakoho-085",
    "sender": MANABE,
    "to": ["砂川 拓海 <sunagawa.takumi@hinode-sangyo.com>"],
    "cc": [HASEBE],
    "subject": "記者懇談会（7/2）の進行表と役員の想定問答",
    "charset": "utf-8",
    "body": """砂川さん

お疲れさまです。真鍋です。
7/2の記者懇談会の進行表と、役員向けの想定問答の最新版です。
進行表の「質疑」の時間を10分延ばしました。明日の部会で確認しましょう。

　18:30　開会、社長挨拶（5分）
　18:35　事業概況の説明（15分）
　18:50　歓談・質疑（80分）
　20:10　閉会

想定問答は、フライヤー事故の再発防止策の部分を御厨さんに見ていただいています。
""" + SIG_MANABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "meant for a colleague but addressed to hinode-sangyo.com, a look-alike of the own domain (TLD swap)",
},
{
    "id": "mediakoho-086",
    "sender": HASEBE,
    "to": ["キャリアノート 編集部 <editor@career-note.jp>"],
    "subject": "Re: 若手社員インタビュー記事の取材日程",
    "charset": "utf-8",
    "body": """キャリアノート編集部
江副様

お世話になっております。日の出産業の長谷部です。
新卒採用向けの若手社員インタビューですが、開発部の社員1名で対応いたします。
取材日は7月14日（火）14:00～15:30、本社8階でお願いいたします。

記事中の表記は「技術本部 開発部（2022年入社）」とし、
お名前は下のお名前のみ（ひらがな）でお願いいたします。
撮影は顔出し可です。掲載前に原稿を拝見できますと幸いです。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "arranging a recruiting interview; the employee is not even named",
},
{
    "id": "mediakoho-087",
    "sender": KUGA,
    "to": ["白川法律事務所 氷室先生 <himuro@shirakawa-law.jp>"],
    "subject": "自主回収のお知らせ文案　法的観点からのご確認のお願い",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
氷室先生

いつも大変お世話になっております。日の出産業 総務部の久我です。
業務用フライヤー「HF-220」の自主回収について、社告とWebお知らせの文案を
作成いたしました。法的観点からご確認をお願いできますでしょうか。

特に、以下の表現についてご意見をいただきたく存じます。
　・「重大な事故につながるおそれがある」の記載の要否
　・「これまでに1件の事故が報告されています」の記載（被害者の特定につながらないか）
　・回収対象の製造番号の範囲（HF22-2204-0001～HF22-2403-1896）

回収の開始は6月15日を予定しております。
""" + SIG_KUGA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "recall notice wording to the partner law firm: serial-number ranges, no one identified",
},
{
    "id": "mediakoho-088",
    "sender": HASEBE,
    "to": ["冷凍食品タイムス 檜垣様 <higaki@reito-times.co.jp>"],
    "subject": "Re: 自主回収の受付窓口について",
    "charset": "cp932",
    "body": """檜垣様

お問い合わせありがとうございます。日の出産業の長谷部です。
HF-220の点検・回収は、全国の当社サービス拠点で受け付けております。
記事に掲載いただく場合は、フリーダイヤルを優先してご紹介ください。

　HF-220 点検受付窓口　0120-418-220（9:00～18:00、土日も受付）

　拠点名　　　　　　　所在地　　　　　　　　　　　　　　電話
　-----------------------------------------------------------------------
　札幌サービスセンター　北海道札幌市白石区本通16丁目南4-25　011-867-3310
　仙台サービスセンター　宮城県仙台市宮城野区扇町4-6-18　　 022-232-4471
　東京サービスセンター　東京都江東区新木場2-7-11　　　　　 03-3522-6620
　名古屋サービスセンター　愛知県名古屋市港区十一屋1-52　　 052-383-0915
　大阪サービスセンター　大阪府大阪市住之江区南港東8-3-45　 06-6614-2280
　福岡サービスセンター　福岡県福岡市東区箱崎ふ頭3-2-8　　　092-641-5537
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of the company's service centres with addresses and phones: businesses, not people",
},
{
    "id": "mediakoho-089",
    "sender": MANABE,
    "to": ["みずほ野市 秘書広報課 <hisho-koho@city.mizuhono.lg.jp>"],
    "subject": "災害時の冷却設備提供に関する協定　共同リリース文案",
    "charset": "utf-8",
    "body": """みずほ野市役所 秘書広報課 御中

お世話になっております。日の出産業株式会社 広報課の真鍋です。
7月1日の協定締結式に合わせて発表する共同リリースの文案をお送りします。

――――
みずほ野市と日の出産業、災害時の冷却設備提供に関する協定を締結

みずほ野市と日の出産業株式会社は、災害発生時に避難所や医薬品の保管施設へ
可搬型の冷却ユニットを優先的に提供する協定を締結しました。
締結式は7月1日（水）11:00から、みずほ野市役所 本庁舎3階 特別会議室で行います。
――――

市長のコメント部分は空欄にしております。ご記入のうえお戻しください。
締結式の取材受付は、市の記者クラブへのご案内を貴課にお願いできますでしょうか。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a joint release with a city government: ordinary business mail",
},
{
    "id": "mediakoho-090",
    "sender": MIKURIYA,
    "to": ["中部日報 宇都宮支局 <utsunomiya@chubu-nippo.co.jp>"],
    "subject": "Re: 北関東営業所の社員が被害に遭った事件について",
    "charset": "iso-2022-jp",
    "body": """中部日報 宇都宮支局 御中

お問い合わせいただきありがとうございます。日の出産業の御厨でございます。

ご指摘の事件について、当社北関東営業所（宇都宮市）に勤務する20代の女性社員が
6月9日夜、帰宅途中に路上で襲われ、軽傷を負ったことは事実です。
現在は通院しながら自宅で療養しております。

被害に遭った社員とご家族の心情に配慮し、これ以上の詳細についてはお答えを
差し控えさせていただきます。ご本人や営業所への直接の取材もご遠慮ください。
当社としては、社員の帰宅時の安全対策を改めて徹底してまいります。
""" + SIG_MIKURIYA,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a crime victim is described by office, age band and sex without a name: identifiable within a small office or not is debatable",
},
{
    "id": "mediakoho-091",
    "sender": SUNAGAWA,
    "to": ["ashihara.shun@docomo.ne.jp"],
    "subject": "明日の取材、14時で承知しました",
    "charset": "iso-2022-jp",
    "body": """芦原様

日の出産業の砂川です。
ご連絡ありがとうございます。明日の取材は14:00開始で承知しました。
本社1階の受付で私をお呼び出しください。
取締役の羽賀と私の2名で対応いたします。

砂川（携帯 080-4471-2093）
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a short reply to a journalist's mobile carrier address; only the sender's own contact",
},
{
    "id": "mediakoho-092",
    "sender": MANABE,
    "to": ["伊集院 様 <ijuin@asta-comm.co.jp>"],
    "subject": "パネルディスカッション登壇者情報（展示会セミナー）",
    "charset": "utf-8",
    "body": """伊集院様

お世話になっております。真鍋です。
展示会セミナーのパネルディスカッション登壇者の情報をお送りします。
当日の控室のご案内や、前日の最終確認は各登壇者に直接ご連絡いただいて構いません。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "docx", "name": "登壇者情報_パネルディスカッション.docx",
        "paragraphs": ["コールドチェーンEXPO 2026 セミナー「食品工場の省エネは冷却から」登壇者一覧"],
        "tables": [[
            ["役割", "氏名", "所属・役職", "携帯電話", "メール"],
            ["モデレーター", "真鍋 詩織", "日の出産業 広報課長", "080-6620-1395", "manabe.shiori@hinode-sangyo.co.jp"],
            ["パネリスト", "羽賀 俊介", "日の出産業 取締役 技術本部長", "090-7733-0154", "haga.shunsuke@hinode-sangyo.co.jp"],
            ["パネリスト", "大國 礼子", "京葉大学 工学部 教授", "090-4418-2963", "okuni.reiko@keiyo-univ.ac.jp"],
            ["パネリスト", "蕪木 伸也", "北国フーズ 石狩工場長", "080-3092-7751", "kaburagi@kitaguni-foods.co.jp"],
        ]],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four speakers' mobiles and e-mails in a DOCX to the event agency: under five people, may warn",
},
{
    "id": "mediakoho-093",
    "sender": HASEBE,
    "to": ["テレビモニタリング営業部 <sales@tv-monitor.co.jp>"],
    "subject": "テレビ・ラジオのモニタリングサービスのお見積り依頼",
    "charset": "utf-8",
    "body": """株式会社テレビモニター
営業部 御中

はじめてご連絡いたします。日の出産業株式会社 広報課の長谷部と申します。
テレビ・ラジオの放送モニタリングについて、お見積りをお願いしたく存じます。
要件を添付のPDFにまとめましたので、ご確認ください。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "pdf", "name": "モニタリング要件_日の出産業.pdf",
        "lines": [
            "放送モニタリング 要件書",
            "1. 対象：在京キー局・準キー局の報道・情報番組、NHK総合、主要AMラジオ",
            "2. キーワード：日の出産業、HC-Frost、ひので冷却",
            "3. 納品：放送当日中に、番組名・放送時刻・要旨をメールで",
            "4. 映像：必要に応じて録画データを別途購入",
            "5. 契約期間：2026年8月から1年間",
            "6. 報告：月次で件数・露出時間のサマリー",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a request for quotation with a requirements PDF: no personal data",
},
{
    "id": "mediakoho-094",
    "sender": SUNAGAWA,
    "to": ["稗田 奈央 <hieda.nao@brightlink-pr.co.jp>"],
    "subject": "FW: 取材のお願い（物流DX特集）",
    "charset": "utf-8",
    "body": """稗田様

お世話になっております。砂川です。
ロジスティクス通信の舘野さんから取材依頼が届きました。転送します。
質問項目の整理と、羽賀の日程との調整案をご検討いただけますでしょうか。
""" + SIG_SUNAGAWA,
    "attachments": [{
        "kind": "eml", "name": "取材のお願い（物流DX特集）.eml",
        "message": {
            "sender": "舘野 美樹 <tateno@logi-tsushin.jp>",
            "to": ["日の出産業 広報課 <koho@hinode-sangyo.co.jp>"],
            "subject": "取材のお願い（物流DX特集）",
            "charset": "iso-2022-jp",
            "body": """日の出産業株式会社 広報ご担当者様

いつもお世話になっております。ロジスティクス通信の舘野です。
8月号の「物流DX特集」で、倉庫の冷却設備の遠隔監視について、
御社の技術ご担当の方にお話を伺えないでしょうか。
7月上旬に30分程度、オンラインでも構いません。

――――――――――――
株式会社ロジスティクス通信社 編集部 記者
舘野 美樹
TEL 03-5408-7712　携帯 080-1148-3375
tateno@logi-tsushin.jp
――――――――――――
""",
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "a forwarded interview request carrying one journalist's business signature: a single business contact",
},
{
    "id": "mediakoho-095",
    "sender": MANABE,
    "to": ["奥本 剛 <t.okumoto@monogenba.jp>"],
    "subject": "7月号ご掲載のお礼",
    "charset": "iso-2022-jp",
    "body": """月刊ものづくり現場
奥本様

いつもお世話になっております。日の出産業の真鍋です。
7月号の工場ルポ、拝見いたしました。
現場の社員の表情がよく伝わる写真と記事で、工場の皆も大変喜んでおります。

社内報で記事を紹介させていただきたく、誌面のPDFを社内で共有してよいか、
また必要な手続きがあればお教えいただけますでしょうか。
抜き刷りの購入も検討しておりますので、あわせてご案内いただけますと幸いです。

今後ともどうぞよろしくお願いいたします。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a thank-you mail after publication with a reprint question",
},
{
    "id": "mediakoho-096",
    "sender": HASEBE,
    "to": ["スタジオ凪 経理ご担当 <keiri@studio-nagi.jp>"],
    "subject": "お支払いのご案内（7/3 撮影分）",
    "charset": "cp932",
    "body": """有限会社スタジオ凪
経理ご担当者様

お世話になっております。日の出産業 広報課の長谷部です。
7月3日の撮影分につきまして、ご請求書を受領いたしました。
下記のとおりお支払いいたしますので、支払通知書をお送りします。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "pdf", "name": "支払通知書_スタジオ凪_202607.pdf",
        "lines": [
            "支 払 通 知 書",
            "有限会社スタジオ凪 御中（登録番号 T2013301047756）",
            "日の出産業株式会社（登録番号 T2010401087352）",
            "お支払日：2026年7月31日",
            "お振込先：みどり銀行 新宿支店 普通 2287415 ユ）スタジオナギ",
        ],
        "table": [
            ["内容", "金額（税抜）", "消費税", "合計"],
            ["スタジオ使用料（1日）", "180,000", "18,000", "198,000"],
            ["撮影機材一式", "45,000", "4,500", "49,500"],
            ["合計", "225,000", "22,500", "247,500"],
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "payment notice with both companies' T-numbers and the studio's company account: business data",
},
{
    "id": "mediakoho-097",
    "sender": SUNAGAWA,
    "to": ["下野日日新聞 さくら支局 <sakura@shimotsuke-nichinichi.co.jp>"],
    "subject": "地元企業として：栃木工場 第2期棟 稼働開始と地元採用について",
    "charset": "cp932",
    "body": """下野日日新聞 さくら支局 御中

いつもお世話になっております。
日の出産業株式会社 広報課の砂川でございます。

栃木工場 第2期棟の稼働開始にあわせ、地元紙の皆さまに向けた補足資料をお送りします。

・所在地：〒329-1312 栃木県さくら市桜野字北原1840番地
・新規採用：約60名（うち さくら市・高根沢町・那須烏山市の在住者 約40名）
・地元企業との取引：部品・資材の約2割を県内企業から調達
・地域貢献：地元小学校の工場見学（年6回）、さくら市の防災訓練への協力
・一般向け見学会：8月22日（土）に「親子工場見学デー」を開催予定

工場長への取材もお受けいたします。ご希望があればお知らせください。
""" + SIG_SUNAGAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "local press background with the plant's business address: no personal data",
},
{
    "id": "mediakoho-098",
    "sender": HASEBE,
    "to": ["教育出版 編集二部 <henshu2@manabi-kyoiku.co.jp>"],
    "subject": "Re: 中学校教科書への写真掲載のご依頼について",
    "charset": "iso-2022-jp",
    "body": """株式会社まなび教育出版
編集二部 ご担当者様

お問い合わせありがとうございます。日の出産業 広報課の長谷部です。
中学校技術・家庭科の教科書への写真掲載について、社内の承認が得られました。
下記の条件でご使用いただけますと幸いです。

　写真　　：冷却ユニットの組立ライン（当社Webサイト掲載のもの、高解像度版を別送）
　使用料　：無償
　クレジット：「写真提供：日の出産業株式会社」
　その他　：写り込んでいる社員は全員掲載を了承済みです。
　　　　　　トリミングは可、色調の大幅な変更はご遠慮ください。

見本誌を1部お送りいただけますと幸いです。
""" + SIG_HASEBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "photo-use permission for a textbook publisher: ordinary business mail",
},
{
    "id": "mediakoho-099",
    "sender": MIKURIYA,
    "to": ["プレゼンス・ラボ 仙波様 <semba@presence-lab.co.jp>"],
    "cc": [MANABE],
    "subject": "メディアトレーニング　事前共有資料（当社の広報方針）",
    "charset": "utf-8",
    "body": """株式会社プレゼンス・ラボ
仙波様

お世話になっております。御厨です。
7月の役員向けメディアトレーニングに先立ち、当社の広報方針と、
昨年度の主な取材対応事例をまとめた資料をお送りします。
シナリオ作成のご参考にしてください。
""" + SIG_MIKURIYA,
    "attachments": [{
        "kind": "pptx", "name": "当社の広報方針と取材対応事例.pptx",
        "page_footer": "日の出産業株式会社 コーポレートコミュニケーション部",
        "slides": [
            ["広報の基本方針", "正確・迅速・公平な情報開示", "悪い情報ほど早く出す", "社長が語る、現場が語る"],
            ["昨年度の取材対応", "取材件数 143件（テレビ・ラジオ 17件）", "記者会見 3回（新製品2、決算1）"],
            ["危機対応の事例", "業務用フライヤー事故：第一報から72時間でお知らせ掲載・無償点検開始",
             "反省点：初日の問い合わせ窓口の一本化が遅れた"],
            ["トレーニングで重視したいこと", "カメラ前での謝罪の所作", "答えられない質問への答え方"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a PPTX of PR policy and case summaries to a training firm: no personal data or marking",
},
{
    "id": "mediakoho-100",
    "sender": SUNAGAWA,
    "to": ["蓮見 和也 <hasumi.k@toto-keizai.co.jp>"],
    "subject": "Re: 導入企業への取材について",
    "charset": "utf-8",
    "body": """蓮見様

お世話になっております。日の出産業の砂川です。
HC-Frost 500の導入企業への取材の件、北国フーズ様にご相談したところ、
石狩工場での取材をお受けいただけることになりました。
日程調整は、先方の広報ご担当者様と直接お願いできますでしょうか。

　北国フーズ株式会社 経営企画部 広報グループ
　篠突 美穂 様
　TEL 011-590-2234　E-mail shinotsuki.miho@kitaguni-foods.co.jp

当社からも、技術担当が同席できるよう調整いたします。
""" + SIG_SUNAGAWA + """
> 砂川様
> 新製品を実際に導入している企業を取材したいのですが、ご紹介いただけませんか。
> 東都経済新聞 蓮見
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "introducing one customer's PR contact (a single business contact) to a journalist",
},
]
