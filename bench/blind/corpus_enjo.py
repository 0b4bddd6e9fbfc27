"""Blind corpus, area "enjo": mail of 日の出産業's 広報部・法務部・お客様相談室 during and
after a social-media incident (炎上) in which a part-time store employee posted a photo
of an order slip and counter documents that showed customers' details: takedown requests
to platforms (Tsubuyaki, PicShare, review sites), reputation-monitoring vendors' reports
and contracts, the outside counsel's work on sender-information disclosure requests and
evidence, apologies and compensation to the affected customers, printing and call-centre
hand-offs, cyber-insurance notices, press releases and media inquiries, plus the ordinary
PR mail that goes on around it."""

from build import card_number, my_number

SEED = 64801


def _zen(s):
    """ASCII digits and hyphens to full width, as some staff type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _g4(s, sep="-"):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


_SIG_KOHO = """
――――――――――――――――――――
日の出産業株式会社　広報部
鷹羽 真琴（たかば まこと）
〒105-0012 東京都港区芝大門二丁目11番8号 日の出ビル7F
TEL 03-5401-7720（代表）／内線 3415
takaba.makoto@hinode-sangyo.co.jp
――――――――――――――――――――"""

_SIG_HOMU = """
--
日の出産業株式会社 法務部 法務課
柊 玲奈 / Reina Hiiragi
〒105-0012 東京都港区芝大門2-11-8
TEL: 03-5401-7738  FAX: 03-5401-7739
Mail: r-hiiragi@hinode-sangyo.co.jp"""

_DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

MESSAGES = [
    {
        "id": "enjo-001",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["錦印刷 駒形様 <komagata@nishiki-insatsu.co.jp>"],
        "subject": "お詫び状 宛名差込データ送付の件",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
営業二課 駒形様

いつも大変お世話になっております。日の出産業 広報部の鷹羽です。

先日ご相談しておりましたお詫び状（封書・親展）の件、宛名差込用のデータが
まとまりましたので添付にてお送りいたします。
第一便は添付の８件分で、残りは確認が取れ次第あらためてお送りします。

・用紙：上質紙 90kg、三つ折り、窓なし長３封筒
・差込項目：郵便番号／住所1／住所2／氏名＋敬称
・発送予定：９月１８日（金）午前中に郵便局持込

電話番号の列は宛先不明で戻ってきた場合の確認用ですので、印字は不要です。
お手数ですが、校正刷りを１部ＰＤＦでいただけますと幸いです。

よろしくお願いいたします。
""" + _SIG_KOHO,
        "attachments": [{
            "kind": "csv", "name": "宛名差込_第1便.csv", "encoding": "cp932",
            "rows": [
                ["郵便番号", "住所1", "住所2", "氏名", "敬称", "電話番号"],
                ["231-0023", "神奈川県横浜市中区山下町118-3", "グランメゾン山下505", "朽木 澄江", "様", "045-664-2918"],
                ["220-0012", "神奈川県横浜市西区みなとみらい4-6-2", "", "四月一日 航", "様", "090-3381-5527"],
                ["241-0826", "神奈川県横浜市旭区東希望が丘41-9", "", "雲母 さやか", "様", "080-2290-6613"],
                ["143-0023", "東京都大田区山王3-27-14", "コーポ山王201", "五百旗頭 亘", "様", "03-3772-0945"],
                ["213-0011", "神奈川県川崎市高津区久本2-5-30", "", "纐纈 美鈴", "様", "070-4418-2206"],
                ["251-0052", "神奈川県藤沢市藤沢1012-7", "ルミエール藤沢302", "上遠野 隼人", "様", "0466-27-3381"],
                ["228-0803", "神奈川県相模原市南区相模大野6-19-2", "", "閏間 千尋", "様", "090-6652-1037"],
                ["236-0005", "神奈川県横浜市金沢区並木1-17-3", "", "冷水 智之", "様", "045-781-4460"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 affected customers' names, addresses and phones in a CSV to the printing partner: a list of people",
    },
    {
        "id": "enjo-002",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "プレスリリース案（第2稿）のご確認をお願いします",
        "charset": "shift_jis",
        "body": """株式会社ひびきPR
星野様

お世話になっております。日の出産業の鷹羽です。
昨日のお打ち合わせでいただいたご指摘を反映し、リリース案を第2稿に改めました。

主な修正点は以下の3点です。
　1. 冒頭のお詫び文を「ご迷惑とご心配をおかけし」から
　　 「多大なるご迷惑とご心配をおかけしましたことを深くお詫び申し上げます」に変更
　2. 「一部のお客様」の表現を「当社直営店をご利用の一部のお客様」に限定
　3. 再発防止策に「全従業員を対象としたSNS利用研修（10月中）」を追記

公開は役員決裁後、18日（金）15時を予定しております。
表現面で気になる箇所があれば、明日正午までにコメントをいただけますでしょうか。

何卒よろしくお願いいたします。
""" + _SIG_KOHO,
        "attachments": [{
            "kind": "docx", "name": "NR_当社従業員のSNS投稿に関するお詫び_v2.docx",
            "title": "ニュースリリース（案）",
            "paragraphs": [
                "ニュースリリース（案）　　　　　　　　　　　　　　　　2026年9月18日",
                "日の出産業株式会社",
                "当社従業員によるSNSへの不適切な投稿に関するお詫びとお知らせ",
                "このたび、当社直営店に勤務するアルバイト従業員が、業務中に撮影した画像を個人のSNSアカウントに投稿し、"
                "その画像に当社直営店をご利用の一部のお客様の個人情報（氏名・ご住所等）が写り込んでいたことが判明いたしました。",
                "お客様ならびに関係者の皆様に多大なるご迷惑とご心配をおかけしましたことを深くお詫び申し上げます。",
                "1. 判明の経緯　2. 対象となるお客様　3. 当社の対応　4. 再発防止策",
                "対象となるお客様には個別にご連絡を差し上げております。",
                "本件に関するお問い合わせ先：日の出産業株式会社 お客様相談室 0120-418-620（平日9:00〜18:00）",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "press release draft to the PR agency: no one's personal data, only the public hotline",
    },
    {
        "id": "enjo-003",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 弁護士 <izutsu@shirakawa-lavv.jp>"],
        "subject": "Re: 削除請求の進捗について",
        "charset": "utf-8",
        "body": """白川法律事務所
井筒 先生

いつもお世話になっております。日の出産業 法務部の柊です。
削除請求の進捗につき、当社側で把握している状況を共有いたします。

■ Tsubuyaki（投稿元）
　元投稿：削除済み（9/14 当社からの通報により）
　引用・再投稿：当社確認分 37件のうち 29件削除、8件は審査中
■ 匿名掲示板「ひろば」
　スレッド2本、管理人宛て削除依頼フォーム送信済み（9/15）、回答なし
■ まとめサイト 3件
　うち1件は運営者連絡先不明のため、先生に送信防止措置依頼をお願いしたく存じます

掲示板の件は、1週間を目途に回答がなければ仮処分も視野に入れるとの
ご意見と理解しております。費用感を改めてお教えいただけますと助かります。

引き続きよろしくお願いいたします。
""" + _SIG_HOMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain shirakawa-lavv.jp imitates the partner law firm shirakawa-law.jp (w → vv)",
    },
    {
        "id": "enjo-004",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "投稿画像に写り込んでいた内容の詳細（ご相談）",
        "charset": "iso-2022-jp",
        "body": """井筒先生

お世話になっております。柊です。
昨日お電話でお話しした、写り込みの内容について書面でお伝えいたします。

問題の投稿（9月13日 21時台）の2枚目の画像には、レジカウンターに置かれていた
お客様のお薬手帳が開いた状態で写っておりました。拡大すると以下が判読できます。

　・お名前：朽木 澄江 様（当社会員、横浜みなとみらい店ご利用）
　・処方内容：インスリン製剤、降圧剤
　・医療機関のメモ欄：「２型糖尿病　通院中」

ご本人からは、病気のことを職場にも伏せていたのに、とのお申し出があり、
相談室にて強いお怒りを受けております。
要配慮個人情報の漏えいとして個人情報保護委員会への報告対象になるとの
理解でよろしいか、ご見解をいただけますでしょうか。

また、慰謝料のご請求があった場合の対応方針についても併せてご相談させてください。
""" + _SIG_HOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's diagnosis and prescriptions (要配慮個人情報) sent to outside counsel",
    },
    {
        "id": "enjo-005",
        "sender": "法務部 柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["Tsubuyaki Japan 法務窓口 <legal-request@tsubuyaki.jp>"],
        "subject": "【削除依頼】プライバシー侵害投稿の削除のお願い（日の出産業株式会社）",
        "charset": "utf-8",
        "body": """Tsubuyaki Japan合同会社
法務ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 法務部の柊と申します。
貴サービス上の下記投稿について、当社顧客のプライバシーを侵害する画像を含むため、
削除をお願いしたくご連絡いたしました。

【申請者情報】
　法人名　　：日の出産業株式会社
　法人番号　：7010401087364
　所在地　　：東京都港区芝大門二丁目11番8号
　担当部署　：法務部（03-5401-7738）

【対象投稿】
　1) https://tsubuyaki.jp/hinata_no_neko22/status/18347720015538
　2) https://tsubuyaki.jp/kuro_sanpo/status/18347981102264（上記1の画像を転載）

【侵害の内容】
投稿画像に当社店舗のお客様の氏名・住所が記載された伝票が写っており、
本人の同意なく公開されています。画像の該当部分は添付のスクリーンショット
（お客様情報はマスキング済み）をご参照ください。

ガイドライン所定のフォームからも同内容を送信済みです（受付番号 TJ-2609-448172）。
ご確認のほど、何卒よろしくお願い申し上げます。
""" + _SIG_HOMU,
        "attachments": [{"kind": "png", "name": "screenshot_masked_01.png"}],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "takedown request to a platform: post URLs, the company's own 法人番号 and office; customer data masked",
    },
    {
        "id": "enjo-006",
        "sender": "日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>",
        "to": ["雲母 さやか 様 <sayaka.kira0712@gmail.com>",
               "四月一日 航 様 <w.watanuki@yahoo.co.jp>",
               "纐纈 美鈴 様 <misuzu-k@outlook.jp>",
               "上遠野 隼人 様 <kadono_h@icloud.com>",
               "冷水 智之 様 <hiyamizu.t@docomo.ne.jp>"],
        "subject": "【お詫び】当社従業員によるSNSへの不適切な投稿について",
        "charset": "iso-2022-jp",
        "body": """お客様各位

日の出産業株式会社 お客様相談室でございます。

このたびは、当社直営店のアルバイト従業員がSNSに投稿した画像に、
お客様の配送伝票の一部が写り込んでいたことが判明いたしました。
お客様には多大なるご迷惑とご心配をおかけしましたことを、心より深くお詫び申し上げます。

現在、当該投稿および転載された投稿の削除を各サービス運営会社に要請しており、
元の投稿はすでに削除されております。

本件に関しご不明な点やご不安な点がございましたら、下記専用窓口までご連絡ください。

　専用窓口：0120-418-655（9:00〜20:00、土日祝も受付）

あらためまして、このたびは誠に申し訳ございませんでした。

日の出産業株式会社
お客様相談室 室長　門馬 剛
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "apology to five affected private customers all in To: each sees the others' addresses; should be Bcc",
    },
    {
        "id": "enjo-007",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
               "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>"],
        "cc": ["法務部共有 <legal@hinode-sangyo.co.jp>"],
        "subject": "対象顧客一覧（確定版）の共有",
        "charset": "utf-8",
        "body": """鷹羽さん、門馬さん

お疲れさまです。柊です。
店舗運営部と突き合わせた結果、写り込みの対象となったお客様が確定しましたので、
一覧を共有します（社内限り）。

・「対象者」シートが連絡対象の全件です
・「連絡状況」シートは相談室で更新していただけると助かります
・社外（印刷会社・コールセンター等）へ渡す際は、必要な列だけに絞ったうえで
　法務に一声かけてください

よろしくお願いします。
""" + _SIG_HOMU,
        "attachments": [{
            "kind": "xlsx", "name": "対象顧客一覧_確定版_0916.xlsx",
            "sheets": {
                "対象者": [
                    ["SNS投稿写り込み 対象顧客一覧（2026/09/16 確定）"],
                    [],
                    ["No", "会員番号", "氏名", "フリガナ", "住所", "電話", "メール", "写り込み箇所"],
                    [1, "M0048812", "朽木 澄江", "クチキ スミエ", "神奈川県横浜市中区山下町118-3-505", "045-664-2918", "s.kuchiki@nifty-mail.jp", "お薬手帳・伝票"],
                    [2, "M0102257", "四月一日 航", "ワタヌキ ワタル", "神奈川県横浜市西区みなとみらい4-6-2", "090-3381-5527", "w.watanuki@yahoo.co.jp", "伝票"],
                    [3, "M0077130", "雲母 さやか", "キラ サヤカ", "神奈川県横浜市旭区東希望が丘41-9", "080-2290-6613", "sayaka.kira0712@gmail.com", "伝票"],
                    [4, "M0130994", "五百旗頭 亘", "イオキベ ワタル", "東京都大田区山王3-27-14-201", "03-3772-0945", "iokibe@wataru-office.jp", "伝票"],
                    [5, "M0021468", "纐纈 美鈴", "コウケツ ミスズ", "神奈川県川崎市高津区久本2-5-30", "070-4418-2206", "misuzu-k@outlook.jp", "伝票"],
                    [6, "M0154403", "上遠野 隼人", "カドノ ハヤト", "神奈川県藤沢市藤沢1012-7-302", "0466-27-3381", "kadono_h@icloud.com", "伝票"],
                    [7, "M0093371", "閏間 千尋", "ウルマ チヒロ", "神奈川県相模原市南区相模大野6-19-2", "090-6652-1037", "", "伝票"],
                    [8, "M0066025", "冷水 智之", "ヒヤミズ トモユキ", "神奈川県横浜市金沢区並木1-17-3", "045-781-4460", "hiyamizu.t@docomo.ne.jp", "伝票"],
                    [9, "M0170342", "百目鬼 玲", "ドウメキ レイ", "東京都町田市原町田4-8-11", "042-722-5190", "", "カード控え"],
                ],
                "連絡状況": [
                    ["No", "初回連絡日", "手段", "担当", "状況"],
                    [1, "9/15", "電話", "門馬", "要再連絡"],
                    [2, "9/15", "メール", "相談室", "了承"],
                    [3, "9/16", "メール", "相談室", ""],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "full affected-customer list, but every recipient is internal (hinode-sangyo.co.jp)",
    },
    {
        "id": "enjo-008",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 カード事業部 <card-security@midori-ginko.co.jp>"],
        "subject": "カード番号流出の可能性に伴う利用停止・再発行のご依頼",
        "charset": "shift_jis",
        "body": """株式会社みどり銀行
カード事業部 不正対策ご担当者様

いつもお世話になっております。日の出産業株式会社 お客様相談室の門馬でございます。

当社店舗従業員がSNSに投稿した画像に、貴行発行のクレジットカードの
売上控えが写り込んでいたことが判明いたしました。
カード会員ご本人の同意を得て、以下のとおり利用停止と再発行の手続きをお願いいたします。

　カード会員氏名　：百目鬼 玲（ドウメキ レイ）様
　カード番号　　　：""" + _g4(card_number(SEED + 101)) + """
　有効期限　　　　：08/29
　ご本人連絡先　　：042-722-5190
　写り込み日時　　：2026年9月13日 21:07頃の投稿

なお、投稿自体は9月14日に削除済みですが、転載の有無を引き続き確認中です。
不正利用の有無の確認も併せてお願いできますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

日の出産業株式会社 お客様相談室 室長
門馬 剛　TEL 03-5401-7760
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a customer's full credit card number sent by mail to the card issuer",
    },
    {
        "id": "enjo-009",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "cc": ["広報部 井伊 <ii.kazuha@hinode-sangyo.co.jp>"],
        "subject": "経緯と対応のタイムライン（記者会見準備用）",
        "charset": "utf-8",
        "body": """星野様

お世話になっております。鷹羽です。
明日の想定問答の作り込みに向けて、社内で取りまとめた経緯と対応のタイムラインを
添付いたします。会見での発言はこの時系列と矛盾しないようにしたいと考えております。

数字（投稿の閲覧数、転載件数）は9/16 18時時点です。
明朝の監視ベンダーの速報で更新があればお知らせします。

よろしくお願いいたします。
""" + _SIG_KOHO,
        "attachments": [{
            "kind": "docx", "name": "経緯タイムライン_0916.docx",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 広報部　社外秘・複製禁止",
            "title": "SNS投稿事案 経緯と対応",
            "paragraphs": [
                "SNS投稿事案　経緯と対応（2026年9月16日 18時時点）",
                "9/13(日) 21:07　当該従業員（直営店アルバイト）が個人アカウントに画像4枚を投稿",
                "9/14(月) 08:40　お客様相談室にお客様からの通報（1件目）",
                "9/14(月) 10:15　店舗運営部が本人に確認、投稿を削除させる",
                "9/14(月) 11:30　法務部がTsubuyakiに通報、転載投稿の監視を監視ベンダーに依頼",
                "9/15(火)　　　　対象顧客の特定完了（9名）、個別連絡開始",
                "9/16(水)　　　　転載37件を確認、うち29件削除済み／閲覧数 推計 約41万",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped 社外秘 in its header and footer, sent to the outside PR agency",
    },
    {
        "id": "enjo-010",
        "sender": "井伊 和葉 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["ミハリ株式会社 沼尻様 <numajiri@mihari-monitor.co.jp>"],
        "subject": "Re: 【週次速報】日の出産業様 SNS言及モニタリング（9/14-9/20）",
        "charset": "iso-2022-jp",
        "body": """沼尻様

お世話になっております。日の出産業 広報部の井伊です。
週次速報をお送りいただきありがとうございます。

２点確認させてください。
１）「ネガティブ比率」の算出対象に、ニュースサイトのコメント欄は含まれていますか。
２）21日以降は監視キーワードに「日の出 店員」「日の出 伝票」を追加いただけますか。

引き続きよろしくお願いいたします。

井伊 和葉（いい かずは）
日の出産業株式会社 広報部　内線3418

> 日の出産業株式会社
> 広報部 井伊様
>
> いつもお世話になっております。ミハリの沼尻です。
> 9/14〜9/20の速報値をお送りします。
>
>   言及件数（全体）        12,480件（前週比 +1,830%）
>   うちネガティブ           9,106件（73.0%）
>   ピーク                   9/15 12時台 1,912件
>   主な拡散元              まとめサイト2件、インフルエンサー1件
>
> 9/18のリリース公開後は言及数が減少傾向にあります。
> 詳細版は月曜にお届けします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the monitoring vendor about aggregate mention counts; no personal data",
    },
    {
        "id": "enjo-011",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "証拠保全データの送付（発信者情報開示請求用）",
        "charset": "utf-8",
        "body": """井筒先生

お世話になっております。柊です。
開示請求の疎明資料として、当社で保全した画面キャプチャとURL一覧を
ZIPにまとめてお送りします。

解凍用パスワードは、この後別のメールでお送りします。
キャプチャにはお客様の情報が写っている箇所がありますので、お取扱いにご注意ください。

よろしくお願いいたします。
""" + _SIG_HOMU,
        "attachments": [{
            "kind": "zip", "name": "証拠保全_0915.zip", "password": "Hn#0915-evd",
            "files": [
                {"kind": "png", "name": "cap_001.png"},
                {"kind": "png", "name": "cap_002.png"},
                {"kind": "txt", "name": "url_list.txt",
                 "text": "https://tsubuyaki.jp/kuro_sanpo/status/18347981102264\nhttps://hiroba-bbs.net/test/read.cgi/biz/1757899012/\n"},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the law firm: contents cannot be inspected",
    },
    {
        "id": "enjo-012",
        "sender": "日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>",
        "to": ["hayato.kadono.1988@gmail.com"],
        "subject": "Re: 投稿画像の件について（日の出産業 お客様相談室）",
        "charset": "iso-2022-jp",
        "body": """上遠野 隼人 様

日の出産業株式会社 お客様相談室の白鳥でございます。
このたびは当社従業員の不適切な投稿により、多大なるご迷惑とご不安をおかけしましたことを
重ねてお詫び申し上げます。

お問い合わせいただいた件につき、ご報告いたします。

・上遠野様のご注文（ご注文番号 HS-260911-30774）の配送伝票が写り込んでいた投稿は、
　9月14日午前に削除されたことを確認しております。
・転載された投稿についても、現在確認できる範囲ではすべて削除されております。
・今後新たな転載が見つかった場合は、速やかに削除を要請いたします。

お詫びのしるしとして、別途書面とともにお品物をお送りさせていただきます。
ご不明な点がございましたら、専用窓口（0120-418-655）までお気軽にお申し付けください。

日の出産業株式会社 お客様相談室
白鳥 里穂
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one affected customer on free mail, about his own order; no third party's data",
    },
    {
        "id": "enjo-013",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "個別説明の候補記者リスト",
        "charset": "shift_jis",
        "body": """星野様

お世話になっております。鷹羽です。
会見後に個別でご説明したい記者の方々をリストアップしました。
当社でこれまでお付き合いのある方の携帯・直通です。
お声がけの順番と、御社からご連絡いただく方の振り分けをご相談させてください。

媒体\t氏名\t携帯\tメール
東都新聞 経済部\t御子柴 達也\t090-7712-4038\tmikoshiba.t@toto-shimbun.co.jp
週刊ミライ\t蔵人 まどか\t080-5521-9907\tkurando@mirai-weekly.jp
湾岸テレビ 報道局\t八月一日 恒平\t090-2268-3314\thozumi-k@wangan-tv.co.jp
NPニュース\t小鳥遊 詩織\t070-1193-6620\tshiori.t@np-news.jp
日刊リテール\t肝付 勇\t080-3347-1285\tkimotsuki@nikkan-retail.jp
流通ジャーナル\t樋渡 綾乃\t090-4409-7752\tahiwatashi@ryutsu-journal.co.jp

御子柴さんと八月一日さんは当日会場にお越しになる見込みです。
""" + _SIG_KOHO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six journalists' names, mobile numbers and e-mails, tab-separated in the body, to the PR agency",
    },
    {
        "id": "enjo-014",
        "sender": "早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "cc": ["鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>"],
        "subject": "店頭掲示用「お知らせ」の掲出店舗一覧",
        "charset": "utf-8",
        "body": """ひびきPR 星野様

店舗運営部の早乙女です。広報の鷹羽から依頼を受けご連絡いたします。
店頭掲示用のお知らせ（A4・1枚）を掲出する店舗は以下のとおりです。
各店への送付先としてお使いください。

店舗名                  郵便番号   所在地                                   電話
----------------------  ---------  ---------------------------------------  ------------
横浜みなとみらい店      220-0012   横浜市西区みなとみらい3-5-1 MMテラス2F     045-228-6610
川崎ラチッタ店          210-0023   川崎市川崎区小川町4-1 ラチッタデッラ1F     044-211-3702
藤沢駅前店              251-0055   藤沢市南藤沢2-1-3 藤沢ビル1F               0466-29-8814
町田モディ店            194-0013   町田市原町田6-1-8 町田モディB1             042-739-2215
大田山王店              143-0023   大田区山王2-3-7                           03-3775-4401

掲出は9/19（土）開店時からを予定しています。
よろしくお願いいたします。

日の出産業株式会社 店舗運営部 早乙女 亮
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a table of shops (addresses and shop phones): a list of businesses, not people",
    },
    {
        "id": "enjo-015",
        "sender": "井伊 和葉 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["イーグルアイ 監視チーム <watch@eagle-eye-r.co.jp>"],
        "subject": "重点監視アカウントの追加について",
        "charset": "utf-8",
        "body": """イーグルアイ株式会社
監視チーム ご担当者様

日の出産業 広報部の井伊です。
転載・拡散を繰り返している以下のアカウントを、重点監視対象に追加してください。
新規投稿があった場合は、当日中にアラートをお願いします。

・@kuro_sanpo（表示名：くろさんぽ／フォロワー約1.2万）初出 9/13 22:10
・@hinata_no_neko22（表示名：ひなたねこ）元投稿者、現在非公開
・@matome_watcher_jp（表示名：まとめウォッチ）初出 9/14 07:55
・@sabaku_no_tora（表示名：砂漠の虎）初出 9/14 12:31
・@yuru_kaisha_news（表示名：ゆる会社ニュース）初出 9/15 09:02
・@kinjo_no_obachan（表示名：近所のおばちゃん）初出 9/15 19:47

元投稿者のアカウントは当社従業員のものですが、社内で対応済みです。
よろしくお願いいたします。
""",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "six SNS handles with follower counts to a monitoring vendor: pseudonymous accounts, not contact records; one tied to an employee",
    },
    {
        "id": "enjo-016",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "cc": ["柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>"],
        "subject": "至急：対象のお客様のうち1名の特別な事情について",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
井筒先生

お客様相談室の門馬です。法務の柊から先生に直接ご相談するよう言われ、ご連絡いたします。

本日、対象のお客様のうち 閏間 千尋 様 からお電話があり、
ご本人は元交際相手からのストーカー被害を受けており、警察に相談のうえ
昨年転居されたばかりとのことでした。
流出した伝票には転居先の住所（相模原市南区相模大野６−１９−２）が記載されており、
加害者に知られるおそれがあると大変怯えていらっしゃいます。

ご本人は転居費用の負担を含めた対応を求めておられます。
当社として取るべき措置（警察への連絡、転居費用の扱い等）について、
本日中にお電話でご指示いただけますでしょうか。

日の出産業株式会社 お客様相談室
門馬 剛　直通 03-5401-7760
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer is a stalking victim (crime victim: 要配慮) with her new address, sent to outside counsel",
    },
    {
        "id": "enjo-017",
        "sender": "日の出産業 広報部 <pr@hinode-sangyo.co.jp>",
        "to": ["東都新聞 経済部 <keizai@toto-shimbun.co.jp>",
               "湾岸テレビ 報道局 <news-desk@wangan-tv.co.jp>",
               "週刊ミライ 編集部 <henshu@mirai-weekly.jp>",
               "日刊リテール 編集部 <news@nikkan-retail.jp>"],
        "subject": "【ニュースリリース】当社従業員によるSNSへの不適切な投稿に関するお詫びとお知らせ",
        "charset": "iso-2022-jp",
        "body": """報道関係者各位

平素より大変お世話になっております。日の出産業株式会社 広報部でございます。
本日15時、添付のニュースリリースを当社ウェブサイトにて公表いたしましたので
ご案内申し上げます。

本件に関するお問い合わせは、広報部（03-5401-7720）までお願いいたします。
なお、対象となるお客様への直接の取材はご遠慮くださいますよう、
何卒ご配慮のほどお願い申し上げます。

日の出産業株式会社 広報部
""",
        "attachments": [{
            "kind": "pdf", "name": "NR20260918_お詫びとお知らせ.pdf",
            "title": "ニュースリリース",
            "lines": [
                "2026年9月18日　日の出産業株式会社",
                "当社従業員によるSNSへの不適切な投稿に関するお詫びとお知らせ",
                "当社直営店に勤務するアルバイト従業員が業務中に撮影した画像を個人のSNSに投稿し、",
                "一部のお客様の個人情報が写り込んでいたことが判明いたしました。",
                "対象となるお客様には個別にご連絡を差し上げております。",
                "再発防止策：全従業員へのSNS利用研修、店舗内での私用端末の使用制限",
                "お問い合わせ：お客様相談室 0120-418-620",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "press release sent to four media organisations openly in To: they see each other; should be Bcc",
    },
    {
        "id": "enjo-018",
        "sender": "Reina Hiiragi <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["PicShare Trust & Safety <trust-safety@picshare.com>"],
        "subject": "Privacy complaint: image exposing our customer's home address (case ref. HS-0915)",
        "charset": "utf-8",
        "body": """Dear PicShare Trust & Safety team,

I am writing on behalf of Hinode Sangyo Co., Ltd., a retailer based in Tokyo, Japan.

The image posted at the URL below was originally taken inside one of our stores by a
part-time employee and shows a delivery slip with the full name and home address of one
of our customers. The customer has not consented to its publication and has asked us to
have it removed.

  URL:     https://picshare.com/p/Cx8rTq2LmWz
  Account: @yuru_kaisha_news
  Posted:  15 September 2026, 09:02 JST

A screenshot with the personal details blacked out is attached for your reference.
We would be grateful if you could remove the post under your privacy policy
(non-consensual sharing of private information).

Kind regards,

Reina Hiiragi
Legal Department, Hinode Sangyo Co., Ltd.
2-11-8 Shiba-Daimon, Minato-ku, Tokyo 105-0012, Japan
Tel: +81-3-5401-7738
""",
        "attachments": [{"kind": "png", "name": "picshare_redacted.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English takedown request to a platform: post URL and handle only, the customer's details redacted",
    },
    {
        "id": "enjo-019",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["駒形 様 <komagata@nishiki-insatu.co.jp>"],
        "subject": "Re: お詫び状 校正刷りのご確認",
        "charset": "iso-2022-jp",
        "body": """錦印刷 駒形様

お世話になっております。鷹羽です。
校正刷りをお送りいただきありがとうございました。以下２点のみ修正をお願いいたします。

　・本文３行目「ご迷惑をおかけし」→「多大なるご迷惑をおかけし」
　・差出人欄の役職「代表取締役」→「代表取締役社長」

それ以外はこのまま進めていただいて問題ございません。
修正後の再校は不要ですので、予定どおり１８日の発送でお願いいたします。
""" + _SIG_KOHO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops an s from the partner domain nishiki-insatsu.co.jp",
    },
    {
        "id": "enjo-020",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["ミハリ株式会社 営業部 沼尻様 <numajiri@mihari-monitor.co.jp>"],
        "subject": "秘密保持契約書（案）の送付",
        "charset": "shift_jis",
        "body": """ミハリ株式会社
営業部 沼尻様

いつもお世話になっております。日の出産業 法務部の柊です。
年間モニタリング契約の締結に先立ち、当社ひな形による秘密保持契約書（案）をお送りします。

第2条の機密情報の定義に「SNS上で収集した投稿データのうち当社が指定したもの」を
含めております。御社の標準条項と相違がございましたら、修正履歴でご指摘ください。

ご確認のほど、よろしくお願いいたします。
""" + _SIG_HOMU + _DISCLAIMER,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_案_ミハリ様.docx",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）とミハリ株式会社（以下「乙」という。）は、"
                "甲のブランドモニタリング業務の委託に関し、以下のとおり秘密保持契約を締結する。",
                "第1条（目的）本契約は、本業務の遂行に際して相互に開示される機密情報の取扱いを定めることを目的とする。",
                "第2条（機密情報）本契約において機密情報とは、開示者が秘密である旨を明示して開示した情報、"
                "及びSNS上で収集した投稿データのうち甲が指定したものをいう。",
                "第3条（秘密保持義務）受領者は、機密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
                "第4条（有効期間）本契約の有効期間は締結日から3年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA and its draft (the word 機密情報 in clauses, a standard disclaimer): not a marking",
    },
    {
        "id": "enjo-021",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ベルコール 運用チーム <ops-hinode@bellcall.co.jp>"],
        "subject": "専用窓口 折返し対象のお客様（9/17分）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ベルコール株式会社<br>運用チーム ご担当者様</p>
<p>いつもお世話になっております。日の出産業 お客様相談室の門馬です。<br>
専用窓口に昨日お電話があり、折返しをご希望のお客様は以下のとおりです。<br>
本日中のご連絡をお願いいたします。応対内容は共有シートへの記入をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>受付No</th><th>お名前</th><th>電話番号</th><th>希望時間帯</th><th>内容</th></tr>
<tr><td>C-0917-01</td><td>五百旗頭 亘 様</td><td>03-3772-0945</td><td>18時以降</td><td>補償内容の確認</td></tr>
<tr><td>C-0917-02</td><td>雲母 さやか 様</td><td>080-2290-6613</td><td>午前中</td><td>転載投稿の有無</td></tr>
<tr><td>C-0917-03</td><td>釜萢 和代 様</td><td>090-8831-2046</td><td>いつでも可</td><td>自分が対象か確認したい</td></tr>
<tr><td>C-0917-04</td><td>冷水 智之 様</td><td>045-781-4460</td><td>12-13時</td><td>お詫び状の到着確認</td></tr>
<tr><td>C-0917-05</td><td>兎澤 恭平 様</td><td>070-6620-3395</td><td>19時以降</td><td>退会希望</td></tr>
<tr><td>C-0917-06</td><td>鬼頭 ゆかり 様</td><td>090-1147-5580</td><td>午後</td><td>店舗責任者からの説明希望</td></tr>
<tr><td>C-0917-07</td><td>上遠野 隼人 様</td><td>0466-27-3381</td><td>平日夜</td><td>お品物の配送日</td></tr>
</table>
<p>よろしくお願いいたします。<br>
日の出産業株式会社 お客様相談室 門馬 剛（TEL 03-5401-7760）</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of seven customers' names and phone numbers to the call-centre contractor",
    },
    {
        "id": "enjo-022",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["真壁 奏 弁護士 <makabe@shirakawa-law.jp>"],
        "subject": "3枚目の画像（会員登録カウンター）の写り込みについて",
        "charset": "shift_jis",
        "body": """真壁先生

いつもお世話になっております。日の出産業 法務部の柊です。
井筒先生がご不在とのことで、真壁先生にお送りいたします。

問題の投稿の3枚目は会員登録カウンターを写したもので、お客様が本人確認のために
提示された運転免許証がはっきり読み取れる状態でした。判読できた内容は次のとおりです。

　氏名　　　：鴨志田 修一
　生年月日　：昭和５２年７月２３日
　住所　　　：東京都世田谷区経堂４丁目１２番９号
　免許証番号：第３０１７８８２４５６１０号

ご本人には昨日ご連絡し、免許証の再交付手続きについてもご案内しました。
なりすまし被害の可能性を踏まえ、当社からご本人にどこまでの補償を申し出るべきか、
ご意見を伺えますと幸いです。
""" + _SIG_HOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a customer's driver's licence number, date of birth and address sent to outside counsel",
    },
    {
        "id": "enjo-023",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "Re: 補償方針（案）と対象者の整理",
        "charset": "iso-2022-jp",
        "body": """井筒先生

ご整理いただきありがとうございます。
補償方針は先生の案（一律５万円＋個別事情による加算）で社内決裁を取ります。
決裁は２４日の経営会議の予定です。結果は追ってご連絡いたします。

柊

> 柊様
>
> 白川法律事務所の井筒です。
> いただいた資料をもとに、個別事情のある方を以下のとおり整理しました。
>
> ・朽木 澄江 様　045-664-2918　横浜市中区山下町118-3　加算要
> ・四月一日 航 様　090-3381-5527　横浜市西区みなとみらい4-6-2　一律
> ・雲母 さやか 様　080-2290-6613　横浜市旭区東希望が丘41-9　一律
> ・五百旗頭 亘 様　03-3772-0945　大田区山王3-27-14　一律
> ・閏間 千尋 様　090-6652-1037　相模原市南区相模大野6-19-2　加算要
> ・鴨志田 修一 様　03-3426-8870　世田谷区経堂4-12-9　加算要
>
> 一律部分は５万円、加算は事情に応じて１０〜３０万円の範囲を想定しています。
> ご検討ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only in quoted text ('>') from counsel's own mail; the new text has no personal data",
    },
    {
        "id": "enjo-024",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["海岸損保 事故受付センター <cyber-claim@kaigan-sonpo.co.jp>"],
        "subject": "FW: 対象顧客（連絡先）一覧　※サイバー保険 事故報告の添付資料",
        "charset": "utf-8",
        "body": """海岸損害保険株式会社
事故受付センター ご担当者様

日の出産業の門馬です。先日お電話でご報告した件（受付番号 CY-26-08841）につき、
対象顧客の一覧をご提出するよう伺いましたので、社内の連絡を転送いたします。

-------- 転送メッセージ --------
差出人: 白鳥 里穂 <shiratori.riho@hinode-sangyo.co.jp>
日時: 2026年9月17日 10:42
宛先: 門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>
件名: 対象顧客（連絡先）一覧

門馬さん

ご依頼の一覧です（会員システムから抽出、9/17 10時時点）。

会員番号,氏名,電話,住所
M0048812,朽木 澄江,045-664-2918,神奈川県横浜市中区山下町118-3
M0102257,四月一日 航,090-3381-5527,神奈川県横浜市西区みなとみらい4-6-2
M0077130,雲母 さやか,080-2290-6613,神奈川県横浜市旭区東希望が丘41-9
M0130994,五百旗頭 亘,03-3772-0945,東京都大田区山王3-27-14
M0021468,纐纈 美鈴,070-4418-2206,神奈川県川崎市高津区久本2-5-30
M0154403,上遠野 隼人,0466-27-3381,神奈川県藤沢市藤沢1012-7
M0093371,閏間 千尋,090-6652-1037,神奈川県相模原市南区相模大野6-19-2
M0066025,冷水 智之,045-781-4460,神奈川県横浜市金沢区並木1-17-3

白鳥
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forward (new text to the insurer) of an internal mail carrying eight customers' names, phones and addresses",
    },
    {
        "id": "enjo-025",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["御子柴 達也 <mikoshiba.t@toto-shimbun.co.jp>"],
        "subject": "Re: 取材のお願い（SNS投稿の件）",
        "charset": "iso-2022-jp",
        "body": """東都新聞 経済部
御子柴様

いつもお世話になっております。日の出産業 広報部の鷹羽でございます。
お問い合わせいただいた件につき、当社の見解を以下のとおりお伝えいたします。

１．対象となるお客様の人数
　　現時点で９名様と把握しております。すでに全員に個別にご連絡しております。
２．当該従業員の処分
　　社内規程に基づき厳正に対処いたしますが、個別の処分内容は差し控えさせていただきます。
３．個人情報保護委員会への報告
　　９月１６日に速報を提出済みです。

ご不明な点がございましたら、私までお電話ください。
""" + _SIG_KOHO + """

-----Original Message-----
From: 御子柴 達也 <mikoshiba.t@toto-shimbun.co.jp>
Sent: Thursday, September 17, 2026 4:12 PM
Subject: 取材のお願い（SNS投稿の件）

日の出産業 広報ご担当者様
対象顧客の人数、当該従業員の処分、委員会への報告の有無を伺えますでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "answer to one reporter's inquiry with the company's official comment; no personal data",
    },
    {
        "id": "enjo-026",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["海岸損保 事故受付センター <cyber-claim@kaigan-sonpo.co.jp>"],
        "subject": "【取扱注意】事故状況報告書（受付番号 CY-26-08841）",
        "charset": "utf-8",
        "body": """【取扱注意】
本書は事故対応の関係者限りの資料です。

海岸損害保険株式会社 事故受付センター 御中

日の出産業株式会社 法務部の柊でございます。
サイバー保険の事故報告に関し、現時点での状況を以下のとおりご報告いたします。

1. 事故の概要
　 当社直営店の従業員が業務中に撮影した画像を個人SNSに投稿し、顧客情報が写り込んだもの。
2. 影響範囲
　 対象顧客 9名（氏名・住所・電話番号。うち1名はクレジットカード控え、1名は運転免許証）
3. 発生した費用（見込み）
　 ・弁護士費用（削除請求・開示請求）：約 180万円
　 ・お詫び状・お品物の送付：約 35万円
　 ・コールセンター臨時窓口：約 120万円
　 ・モニタリング追加費用：約 60万円
4. 今後の予定
　 補償方針は9/24の経営会議で決定予定。

対象顧客の個人情報は、貴社所定の提出方法をご指示いただいたうえで別途ご提出いたします。
""" + _SIG_HOMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【取扱注意】 (subject and heading) and goes to the insurer",
    },
    {
        "id": "enjo-027",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "cc": ["星野 葵 <hoshino@hibiki-pr.co.jp>",
               "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>"],
        "subject": "記者会見リハーサルの日程調整",
        "charset": "iso-2022-jp",
        "body": """井筒先生、星野様

お世話になっております。日の出産業 広報部の鷹羽です。
来週の記者会見に先立ち、想定問答のリハーサルを行いたく、日程を調整させてください。
法的な言い回しの確認を井筒先生に、メディア対応の観点を星野様にお願いできればと存じます。

候補日（いずれも２時間程度、当社７階会議室）
　・９月２１日（月）１４：００〜
　・９月２２日（火）１０：００〜
　・９月２２日（火）１６：００〜

ご都合のよい日時を明日中にお知らせいただけますと幸いです。
""" + _SIG_KOHO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "scheduling with two external organisations (law firm and PR agency) in To/Cc: a normal three-way mail",
    },
    {
        "id": "enjo-028",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["ひろば掲示板 運営事務局 <admin@hiroba-bbs.net>"],
        "subject": "書き込み削除依頼（送信防止措置依頼書）",
        "charset": "utf-8",
        "body": """ひろば掲示板 運営事務局 御中

日の出産業株式会社 法務部の柊と申します。
貴掲示板の下記スレッドにおける書き込みにつき、侵害情報の通知書兼送信防止措置依頼書を
添付にてお送りいたします。ご対応のほどよろしくお願い申し上げます。

　スレッド：https://hiroba-bbs.net/test/read.cgi/biz/1757899012/
　対象レス：>>12, >>15, >>31, >>47

依頼書の原本は郵送にてもお送りいたします。
""" + _SIG_HOMU,
        "attachments": [{"kind": "corrupt", "name": "送信防止措置依頼書_日の出産業.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be read",
    },
    {
        "id": "enjo-029",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "喜屋武様へのお詫びの文面について（ご相談）",
        "charset": "shift_jis",
        "body": """星野様

お世話になっております。鷹羽です。
個別にお詫びに伺うお客様のうち、特に配慮が必要な方について文面のご相談です。

問題の投稿の4枚目には、車椅子でご来店されたお客様の後ろ姿と、本人の会員カードが写っており、
投稿者は「障害者手帳1級の人の対応で30分つぶれた」と書き込んでいました。
お客様は 喜屋武 朝子 様（那覇市在住、旅行中のご来店）で、
脳性麻痺による身体障害をお持ちであることがこの投稿で不特定多数に知られてしまいました。

お詫び状と、来週の訪問時にお渡しする文書の両方で、障害に触れるべきか、
触れずに投稿内容の不適切さのみをお詫びするべきか、ご意見をいただけますでしょうか。
""" + _SIG_KOHO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's disability (障害者手帳1級, 脳性麻痺) sent to the PR agency: 要配慮個人情報",
    },
    {
        "id": "enjo-030",
        "sender": "人事部 五味 千景 <gomi.chikage@hinode-sangyo.co.jp>",
        "to": ["全従業員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【重要・全員必読】SNS利用ガイドラインの再周知と研修受講のお願い",
        "charset": "utf-8",
        "body": """従業員各位

人事部の五味です。
報道等でご存じのとおり、当社従業員のSNS投稿によりお客様にご迷惑をおかけする事案が発生しました。
あらためて、以下のルールを必ず守ってください。

■ 勤務中の私用スマートフォンの使用禁止（休憩室を除く）
■ 店舗・事務所内の撮影禁止（業務上必要な場合は店長の許可を得ること）
■ お客様・取引先・同僚に関する情報を、匿名であってもSNSに書き込まないこと
■ 業務に関連する投稿を見つけた場合は、拡散せず広報部（内線3415）に連絡すること

10月中に全員を対象としたオンライン研修（約40分）を実施します。
受講案内は各部門長から別途お送りします。

人事部 五味 千景
""",
        "html": """<html><body><p>従業員各位</p><p>人事部の五味です。<br>
報道等でご存じのとおり、当社従業員のSNS投稿によりお客様にご迷惑をおかけする事案が発生しました。<br>
あらためて、以下のルールを必ず守ってください。</p>
<ul><li>勤務中の私用スマートフォンの使用禁止（休憩室を除く）</li>
<li>店舗・事務所内の撮影禁止（業務上必要な場合は店長の許可を得ること）</li>
<li>お客様・取引先・同僚に関する情報を、匿名であってもSNSに書き込まないこと</li>
<li>業務に関連する投稿を見つけた場合は、拡散せず広報部（内線3415）に連絡すること</li></ul>
<p>10月中に全員を対象としたオンライン研修（約40分）を実施します。</p>
<p>人事部 五味 千景</p></body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal all-staff notice about SNS rules",
    },
    {
        "id": "enjo-031",
        "sender": "人事部 五味 千景 <gomi.chikage@hinode-sangyo.co.jp>",
        "to": ["ソーシャルリテラシー研究所 研修事務局 <kenshu@slri.or.jp>"],
        "subject": "店長向けSNSリスク研修 受講者名簿の送付",
        "charset": "iso-2022-jp",
        "body": """一般社団法人ソーシャルリテラシー研究所
研修事務局 御中

いつもお世話になっております。日の出産業 人事部の五味です。
１０月７日（水）実施の店長向けSNSリスク研修につき、受講者名簿をお送りします。
受講用アカウントの発行と、事前課題のご案内をお願いいたします。

名簿はPDFにしております。訂正があれば前日までにご連絡します。

日の出産業株式会社 人事部 人材開発課
五味 千景　TEL 03-5401-7702
""",
        "attachments": [{
            "kind": "pdf", "name": "受講者名簿_1007.pdf",
            "title": "受講者名簿",
            "lines": ["店長向けSNSリスク研修　受講者名簿（2026年10月7日）", "日の出産業株式会社 人事部"],
            "table": [
                ["社員番号", "氏名", "所属店舗", "携帯電話", "メールアドレス"],
                ["H10234", "早乙女 亮", "店舗運営部", "090-4471-2093", "saotome.r.private@gmail.com"],
                ["H10788", "鰐淵 大輔", "横浜みなとみらい店", "080-6613-0842", "d.wanibuchi@hinode-sangyo.co.jp"],
                ["H11052", "猪子 彩花", "川崎ラチッタ店", "070-2255-9146", "inoko.ayaka@hinode-sangyo.co.jp"],
                ["H11390", "國府田 崇", "藤沢駅前店", "090-3318-6670", "koda.takashi@hinode-sangyo.co.jp"],
                ["H11477", "嵯峨山 杏", "町田モディ店", "080-7702-4418", "sagayama.an@hinode-sangyo.co.jp"],
                ["H11812", "飯干 圭吾", "大田山王店", "090-9164-2237", "iiboshi.keigo@hinode-sangyo.co.jp"],
                ["H12045", "仲宗根 亜美", "那覇国際通り店", "080-1127-5563", "nakasone.ami@hinode-sangyo.co.jp"],
                ["H12203", "鴨志田 蓮", "大宮店", "070-4490-1832", "kamoshida.ren@hinode-sangyo.co.jp"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF roster of eight employees with mobile numbers and e-mails to an outside training body",
    },
    {
        "id": "enjo-032",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["井伊 和葉 <ii.kazuha@hinode-sangyo.jp>"],
        "subject": "想定問答 v3（会見用）",
        "charset": "iso-2022-jp",
        "body": """井伊さん

お疲れさまです。鷹羽です。
想定問答をv3に更新しました。Q12〜Q18（再発防止策まわり）を中心に見てもらえますか。

・Q14「なぜ店内でスマホが使えたのか」の回答は店舗運営部の確認待ちです
・Q17「従業員の処分」は法務と調整済みの表現に差し替えました

今日中にコメントをもらえると助かります。

鷹羽
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague addressed at hinode-sangyo.jp: the company's own domain with the co. dropped, a look-alike",
    },
    {
        "id": "enjo-033",
        "sender": "井伊 和葉 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["Ken Ashford <k.ashford@elmo-risk.com>"],
        "subject": "Re: お見積りの件（ソーシャルリスニング年間契約）",
        "charset": "utf-8",
        "body": """エルモ・リスクインテリジェンス
Ashford様

お世話になっております。日の出産業 広報部の井伊です。
お見積りをお送りいただきありがとうございます。社内検討用に整理しました。

プラン            月額（税別）   監視対象                 アラート
----------------  -------------  -----------------------  ----------------
Standard          180,000円      X系SNS・掲示板           平日日中
Advanced          320,000円      上記＋動画・ニュース     24時間365日
Advanced+緊急     450,000円      上記＋海外SNS            24時間＋電話

Advancedプランの場合、初期設定費（150,000円）は年間契約で免除いただけるとの理解で
よろしいでしょうか。また、ご提案書P.8の「炎上予兆スコア」の算出方法について、
一度ご説明の場を設けていただけますと幸いです。

よろしくお願いいたします。
井伊
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price comparison of a vendor's monitoring plans: a price list, no personal data",
    },
    {
        "id": "enjo-034",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "4枚目の画像（バックヤード）に従業員の個人番号が写っていた件",
        "charset": "utf-8",
        "body": """井筒先生

お世話になっております。柊です。
追加で判明した事項がございますので、至急ご報告いたします。

4枚目の画像の背景（バックヤードの事務机）に、同じ店舗の正社員が年末調整用に提出した
扶養控除等申告書の写しが置かれており、拡大すると以下が判読できました。

　氏名　　：鰐淵 大輔（わにぶち だいすけ）
　個人番号：""" + _g4(my_number(SEED + 1), " ") + """
　住所　　：神奈川県横浜市港北区日吉本町３－２２－５

特定個人情報の漏えいとして委員会への報告が必要になると理解しておりますが、
報告期限（速報・確報）と、本人への通知文案についてご助言をお願いいたします。
本人は番号の変更を希望しております。
""" + _SIG_HOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an employee's My Number (個人番号) with name and address, sent to outside counsel",
    },
    {
        "id": "enjo-035",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["錦印刷 駒形様 <komagata@nishiki-insatsu.co.jp>"],
        "subject": "お詫び状 第2便の原稿と部数",
        "charset": "shift_jis",
        "body": """錦印刷 駒形様

お世話になっております。鷹羽です。
第1便では大変お世話になりました。第2便の原稿をお送りします。

・部数：本状 20部（予備5部含む）
・封筒：第1便と同じ長３封筒（親展スタンプあり）
・宛名：差込データは法務の確認が終わり次第、別途お送りします
・納期：9月25日（金）弊社着

原稿中の「{氏名}」「{会員番号}」が差込箇所です。
お見積りは第1便と同単価で問題ございません。
""" + _SIG_KOHO,
        "attachments": [{
            "kind": "docx", "name": "お詫び状_第2便_原稿.docx",
            "paragraphs": [
                "{氏名} 様（会員番号 {会員番号}）",
                "拝啓　時下ますますご清祥のこととお慶び申し上げます。",
                "このたびは、当社従業員がSNSに投稿した画像にお客様の情報が写り込んでいたことにより、"
                "多大なるご迷惑とご心配をおかけいたしましたこと、心より深くお詫び申し上げます。",
                "今後、全従業員への教育を徹底し、再発防止に努めてまいります。",
                "敬具",
                "2026年9月　日の出産業株式会社　代表取締役社長　東海林 正臣",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "apology-letter template with placeholders to the printing partner; the address data is not attached",
    },
    {
        "id": "enjo-036",
        "sender": "早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "cc": ["柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>"],
        "subject": "当該アルバイトの現状と面談日程について",
        "charset": "iso-2022-jp",
        "body": """井筒先生

店舗運営部の早乙女です。法務の柊からの依頼で、当該アルバイトの状況をお伝えします。

本人（帖佐 結衣、１９歳、横浜みなとみらい店）は９月１６日以降、
体調不良を理由に欠勤が続いております。同居のお母様によると、ネット上で
本人の実名や学校名が晒されたことで眠れない日が続き、かなり参っているとのことです。

先生にご同席いただく事情聴取の面談は、本人の体調が戻るまで延期したいと考えていますが、
懲戒手続の期限との関係で問題がないかご確認いただけますでしょうか。

日の出産業株式会社 店舗運営部
早乙女 亮　携帯 090-4471-2093
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "the posting employee's name and her being unwell and sleepless, to counsel: not clearly a diagnosis; a judgement call",
    },
    {
        "id": "enjo-037",
        "sender": "井伊 和葉 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["ミハリ株式会社 沼尻様 <numajiri@mihari-monitor.co.jp>",
               "イーグルアイ株式会社 営業部 <sales@eagle-eye-r.co.jp>",
               "Ken Ashford <k.ashford@elmo-risk.com>"],
        "subject": "【RFP】ソーシャルリスニング・炎上対策支援サービスのご提案依頼",
        "charset": "utf-8",
        "body": """各社ご担当者様

いつもお世話になっております。日の出産業株式会社 広報部の井伊でございます。

当社では、2027年度からのソーシャルリスニングおよび炎上対策支援サービスについて、
複数社様からご提案をいただきたく、本メールにてご依頼申し上げます。

・要件一覧：添付のExcelをご参照ください
・ご提案書の提出期限：10月16日（金）17時
・プレゼンテーション：10月下旬（各社60分）
・ご質問：10月5日（月）までにメールにてお寄せください

何卒よろしくお願いいたします。

日の出産業株式会社 広報部　井伊 和葉
""",
        "attachments": [{
            "kind": "xlsx", "name": "RFP_要件一覧.xlsx",
            "sheets": {"要件": [
                ["No", "区分", "要件", "必須/任意"],
                [1, "監視", "X系SNS・掲示板・動画・ニュースコメントの24時間監視", "必須"],
                [2, "監視", "画像内テキスト（伝票・書類）の検知", "任意"],
                [3, "通知", "重大リスク検知時の30分以内の電話連絡", "必須"],
                [4, "支援", "削除請求・開示請求に関する弁護士紹介", "任意"],
                [5, "報告", "月次レポートと四半期振り返り会", "必須"],
            ]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "RFP sent to three competing vendors in one To: three external organisations see each other",
    },
    {
        "id": "enjo-038",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
        "subject": "9/25 記者会見 会場受付の件（事前登録の方）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会営業ご担当者様

お世話になっております。日の出産業 広報部の鷹羽です。
２５日（金）の記者会見（芙蓉の間）につき、車両での入館を事前にお申し込みいただいた
報道関係の方が以下の３名です。地下駐車場の受付にお伝えいただけますでしょうか。

　・御子柴 達也 様（東都新聞）　０９０−７７１２−４０３８
　・八月一日 恒平 様（湾岸テレビ、中継車１台）　０９０−２２６８−３３１４
　・舎川 直人 様（共同ニュース）　０８０−９９０３−２１７７

当日の当社窓口は私（携帯 ０８０−４１８８−２６０５）です。
""" + _SIG_KOHO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three reporters' names and mobiles to the hotel partner: fewer than five people, may be warned",
    },
    {
        "id": "enjo-039",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "お客様別 ご要望・補償額一覧（経営会議資料の元データ）",
        "charset": "utf-8",
        "body": """井筒先生

お世話になっております。柊です。
24日の経営会議に向け、お客様ごとのご要望と補償額（案）を一覧にしました。
「一覧」シートの補償額は先生の方針案を当てはめたものです。
加算の妥当性についてご確認をお願いいたします。
""" + _SIG_HOMU,
        "attachments": [{
            "kind": "xlsx", "name": "補償額一覧_案_0922.xlsx",
            "sheets": {
                "一覧": [
                    ["お客様別 ご要望・補償額（案）　2026/09/22 法務部作成"],
                    ["氏名", "電話", "メール", "ご要望", "補償額（案）"],
                    ["朽木 澄江", "045-664-2918", "s.kuchiki@nifty-mail.jp", "謝罪訪問・慰謝料", 300000],
                    ["四月一日 航", "090-3381-5527", "w.watanuki@yahoo.co.jp", "特になし", 50000],
                    ["雲母 さやか", "080-2290-6613", "sayaka.kira0712@gmail.com", "転載監視の継続", 50000],
                    ["五百旗頭 亘", "03-3772-0945", "iokibe@wataru-office.jp", "書面での経緯説明", 50000],
                    ["纐纈 美鈴", "070-4418-2206", "misuzu-k@outlook.jp", "退会", 50000],
                    ["上遠野 隼人", "0466-27-3381", "hayato.kadono.1988@gmail.com", "特になし", 50000],
                    ["閏間 千尋", "090-6652-1037", "", "転居費用", 250000],
                    ["冷水 智之", "045-781-4460", "hiyamizu.t@docomo.ne.jp", "特になし", 50000],
                    ["鴨志田 修一", "03-3426-8870", "", "免許証再交付費用", 100000],
                ],
                "集計": [["区分", "人数", "金額"], ["一律", 6, 300000], ["加算", 3, 650000]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) with nine customers' names, phones and e-mails, to outside counsel",
    },
    {
        "id": "enjo-040",
        "sender": "Reina Hiiragi <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["PicShare Support <support+case-772190@picshare.com>"],
        "subject": "Re: [Case #772190] Your report has been reviewed",
        "charset": "utf-8",
        "body": """Hello,

Thank you for removing the post so quickly. We confirm that the URL now returns
"This content is no longer available".

Could you let us know whether the same image was re-uploaded by other accounts?
If your policy allows it, we would appreciate being notified of any identical uploads
under this case number.

Best regards,
Reina Hiiragi
Legal Department, Hinode Sangyo Co., Ltd.

On Fri, Sep 18, 2026 at 02:14, PicShare Support <support@picshare.com> wrote:
> Hi Reina,
>
> We reviewed the content you reported (https://picshare.com/p/Cx8rTq2LmWz) and
> removed it for violating our Community Guidelines on private information.
>
> Case #772190 is now closed. You can reply to this e-mail to reopen it.
>
> The PicShare Trust & Safety Team
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English follow-up to a platform's case e-mail; no personal data",
    },
    {
        "id": "enjo-041",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "【至急】脅迫書き込みの件、逮捕の連絡がありました",
        "charset": "utf-8",
        "body": """星野様

鷹羽です。取り急ぎご連絡です。

先ほど神奈川県警の担当刑事から、横浜みなとみらい店への殺害予告を書き込んでいた人物を
本日午前に威力業務妨害の疑いで逮捕したとの連絡がありました。
警察の報道発表は明日の予定で、それまでは口外しないよう求められています。

　被疑者：蛯原 雅人（34歳、川崎市中原区在住、無職）
　容疑　：威力業務妨害（9/15〜9/17に計6回、掲示板に店舗襲撃を予告）

報道発表後に当社コメントを求められる可能性が高いため、
コメント案（「捜査に協力してまいります」程度）を本日中に用意したいと思います。
お手すきでお電話いただけますか。

鷹羽（携帯 080-4188-2605）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's arrest (not yet public) sent to the PR agency: criminal arrest is 要配慮個人情報",
    },
    {
        "id": "enjo-042",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["翻訳センター 案件受付 <order@lingua-bridge.co.jp>"],
        "subject": "お詫び状のベトナム語翻訳（至急・短納期）",
        "charset": "shift_jis",
        "body": """株式会社リンガブリッジ
案件受付ご担当者様

日の出産業 お客様相談室の門馬です。
当社の不祥事に関するお詫び状を、ベトナム語に翻訳していただきたくご依頼いたします。

原稿（日本語、約800字）は添付のとおりです。
お客様に何が写り込んでいたかを正確にお伝えする必要があるため、
原稿中の以下の記載もそのまま訳出してください。

　写り込んでいた書類　：在留カード（会員登録時にご提示いただいたもの）
　氏名　　　　　　　　：NGUYEN THI LAN（グエン・ティ・ラン）様
　生年月日　　　　　　：1996年3月14日
　在留カード番号　　　：UH48213907EA

納期は9月24日（木）正午でお願いできますでしょうか。
お見積りをいただけましたら発注書をお送りします。

日の出産業株式会社 お客様相談室
門馬 剛　03-5401-7760
""",
        "attachments": [{
            "kind": "docx", "name": "お詫び状_グエン様_日本語原稿.docx",
            "paragraphs": [
                "NGUYEN THI LAN 様",
                "このたびは当社従業員がSNSに投稿した画像に、お客様の在留カード（番号 UH48213907EA）が写り込んでいたことが判明いたしました。",
                "多大なるご迷惑とご不安をおかけしましたことを、心より深くお詫び申し上げます。",
                "在留カードの再交付に要する費用および交通費は、当社にて全額負担させていただきます。",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a customer's residence-card number and date of birth sent to a translation agency",
    },
    {
        "id": "enjo-043",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["左近司 拓 <sakonji.taku@hinode-sangyo.co.jp>"],
        "subject": "FW: 対象顧客（連絡先）一覧 → 会員システムでのフラグ設定のお願い",
        "charset": "iso-2022-jp",
        "body": """左近司さん

相談室の門馬です。
下記の会員について、会員システムで「DM停止」「要配慮対応」のフラグを立ててもらえますか。
今後のキャンペーンメール等が誤って送られないようにしたいです。

よろしくお願いします。

-------- 転送メッセージ --------
差出人: 白鳥 里穂 <shiratori.riho@hinode-sangyo.co.jp>
件名: 対象顧客（連絡先）一覧

会員番号　氏名　　　　　電話　　　　　　メール
M0048812　朽木 澄江　　045-664-2918　　s.kuchiki@nifty-mail.jp
M0102257　四月一日 航　090-3381-5527　　w.watanuki@yahoo.co.jp
M0077130　雲母 さやか　080-2290-6613　　sayaka.kira0712@gmail.com
M0130994　五百旗頭 亘　03-3772-0945　　 iokibe@wataru-office.jp
M0021468　纐纈 美鈴　　070-4418-2206　　misuzu-k@outlook.jp
M0154403　上遠野 隼人　0466-27-3381　　 hayato.kadono.1988@gmail.com
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "a customer list forwarded between two colleagues: all recipients internal",
    },
    {
        "id": "enjo-044",
        "sender": "Makoto Takaba <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@lumen-strategies.com>"],
        "subject": "Incident briefing for the Singapore market",
        "charset": "utf-8",
        "body": """Dear Priya,

Thank you for agreeing to support us in Singapore at such short notice.

Attached is our incident briefing. It explains what happened in our Yokohama store,
what we have done so far, and the key messages we would like to use if the story is
picked up by regional media or by our distributor's customers.

Our main concern is that the photo has started circulating on regional forums with an
English caption. We would welcome your view on whether a holding statement on our
Singapore website is advisable.

Best regards,
Makoto Takaba
Public Relations Department
Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "pdf", "name": "Incident_Briefing_SG.pdf",
            "title": "Incident Briefing",
            "page_header": "CONFIDENTIAL",
            "page_footer": "Confidential - for Lumen Strategies and Hinode Sangyo only",
            "lines": [
                "Incident briefing - social media post by a store employee (as of 18 Sep 2026)",
                "1. What happened: a part-time employee posted four photos taken in the store.",
                "2. Customers affected: 9 (names and addresses visible on delivery slips).",
                "3. Actions: original post removed on 14 Sep; 29 of 37 re-posts removed.",
                "4. Key messages: apology, individual contact with every affected customer,",
                "   company-wide SNS training, restrictions on private phones in stores.",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped CONFIDENTIAL in page header and footer, sent to an overseas PR firm",
    },
    {
        "id": "enjo-045",
        "sender": "日の出産業 広報部 <pr@hinode-sangyo.co.jp>",
        "to": ["PRワイヤー・ジャパン 配信受付 <release@prwire-japan.jp>"],
        "subject": "リリース配信依頼：9/18 15:00 日の出産業株式会社",
        "charset": "iso-2022-jp",
        "body": """PRワイヤー・ジャパン 配信受付ご担当者様

いつもお世話になっております。日の出産業株式会社 広報部でございます。
下記のとおりリリース配信をお願いいたします。

　配信日時　：２０２６年９月１８日（金）１５：００
　タイトル　：当社従業員によるSNSへの不適切な投稿に関するお詫びとお知らせ
　配信先　　：全国紙・経済紙・流通業界誌・Webメディア（標準パッケージ）
　添付　　　：リリースPDF 1点
　ご請求先　：弊社 経理部（従来どおり）

配信後、掲載状況レポートを広報部アドレス宛てにお送りください。

日の出産業株式会社 広報部　TEL 03-5401-7720
""",
        "attachments": [{
            "kind": "pdf", "name": "NR20260918.pdf",
            "lines": [
                "2026年9月18日",
                "当社従業員によるSNSへの不適切な投稿に関するお詫びとお知らせ",
                "日の出産業株式会社（本社：東京都港区、代表取締役社長：東海林 正臣）",
                "対象となるお客様には個別にご連絡を差し上げております。",
                "お問い合わせ：お客様相談室 0120-418-620",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "release distribution order to a wire service: public press release, no personal data",
    },
    {
        "id": "enjo-046",
        "sender": "早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 通販事業部 茂木様 <motegi@kitaguni-foods.co.jp>"],
        "subject": "共同企画ギフトの伝票写り込みについて（対象のお届け先）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
通販事業部 茂木様

いつもお世話になっております。日の出産業 店舗運営部の早乙女です。
先日お電話でお伝えしたとおり、写り込んだ伝票のうち5件は御社との共同企画
「北の恵みギフト」のお届け伝票でした。御社側でも受注データと照合いただくため、
お届け先を以下にお知らせします。

【1】
氏名：雲母 さやか 様
住所：神奈川県横浜市旭区東希望が丘41-9
電話：080-2290-6613
受注番号：KF-GIFT-260902-118

【2】
氏名：五百旗頭 亘 様
住所：東京都大田区山王3-27-14 コーポ山王201
電話：03-3772-0945
受注番号：KF-GIFT-260903-042

【3】
氏名：纐纈 美鈴 様
住所：神奈川県川崎市高津区久本2-5-30
電話：070-4418-2206
受注番号：KF-GIFT-260905-377

【4】
氏名：上遠野 隼人 様
住所：神奈川県藤沢市藤沢1012-7 ルミエール藤沢302
電話：0466-27-3381
受注番号：KF-GIFT-260908-015

【5】
氏名：冷水 智之 様
住所：神奈川県横浜市金沢区並木1-17-3
電話：045-781-4460
受注番号：KF-GIFT-260910-209

お詫びの対応は当社で一元的に行いますので、御社からお客様への直接のご連絡は
お控えいただけますと幸いです。

日の出産業株式会社 店舗運営部 早乙女 亮
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five customers' names, addresses and phones, one record per block, to a partner",
    },
    {
        "id": "enjo-047",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["海岸損保 事故受付センター <cyber-claim@kaigan-sonpo.co.jp>"],
        "subject": "損害額明細のご提出（CY-26-08841）",
        "charset": "iso-2022-jp",
        "body": """海岸損害保険株式会社
事故受付センター ご担当者様

日の出産業 法務部の柊です。
ご指示いただいた損害額明細を、パスワード付きPDFにてお送りいたします。
パスワードは、ご担当の方の携帯電話あてにSMSでお送りします。
""" + _SIG_HOMU,
        "attachments": [{
            "kind": "pdf", "name": "損害額明細_CY-26-08841.pdf", "password": "kaigan0922",
            "lines": ["損害額明細", "弁護士費用 1,800,000円", "お詫び状・お品物 350,000円",
                      "コールセンター 1,200,000円", "モニタリング 600,000円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: the attachment cannot be inspected",
    },
    {
        "id": "enjo-048",
        "sender": "店舗運営部 早乙女 <saotome.ryo@hinode-sangyo.co.jp>",
        "to": ["口コミナビ カスタマーサポート <support@kuchikomi-navi.jp>"],
        "subject": "口コミ削除のお願い（店舗ID：KN-14-220871）",
        "charset": "shift_jis",
        "body": """口コミナビ カスタマーサポート御中

お世話になっております。日の出産業株式会社 店舗運営部の早乙女と申します。
当社が運営する「日の出産業 藤沢駅前店」（店舗ID：KN-14-220871）のページに
投稿された下記の口コミについて、ガイドライン違反として削除をご検討ください。

　投稿日：2026年9月16日
　投稿者名：通りすがり2026
　該当箇所：「藤沢の國府田って店長、例の投稿したバイトの彼氏らしい」

当該店長は本件の投稿者とは無関係であり、事実無根の内容で特定の従業員を誹謗するものです。
ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 店舗運営部　早乙女 亮
TEL 03-5401-7745
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "takedown request to a review site; a staff surname appears only as quoted defamation, with no data about him",
    },
    {
        "id": "enjo-049",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["Tsubuyaki Japan 法務窓口 <legal-request@tsubuyaki.jp>",
               "PicShare Trust & Safety <trust-safety@picshare.com>"],
        "cc": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "発信者情報の保全のお願い / Request to preserve sender information",
        "charset": "utf-8",
        "body": """Tsubuyaki Japan合同会社 法務ご担当者様
PicShare Trust & Safety team

日の出産業株式会社 法務部の柊でございます。
当社代理人弁護士（CCの白川法律事務所 井筒弁護士）より、発信者情報開示命令の申立てを
予定しております。つきましては、下記アカウントのログイン時IPアドレス等の記録を
保全いただきますようお願い申し上げます。

We intend to file a petition for disclosure of sender information through our
counsel (cc'd). Please preserve the access logs of the following accounts.

  - https://tsubuyaki.jp/kuro_sanpo
  - https://tsubuyaki.jp/sabaku_no_tora
  - https://picshare.com/yuru_kaisha_news

以後のご連絡は井筒弁護士あてにお願いいたします。
""" + _SIG_HOMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "two platforms and the law firm in To/Cc: three external organisations see each other's addresses",
    },
    {
        "id": "enjo-050",
        "sender": "人事部 五味 千景 <gomi.chikage@hinode-sangyo.co.jp>",
        "to": ["懲戒委員会 <chokai-iinkai@hinode-sangyo.co.jp>"],
        "cc": ["柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>"],
        "subject": "第1回懲戒委員会 議事メモ（社内限り）",
        "charset": "iso-2022-jp",
        "body": """委員各位

人事部の五味です。９月２８日の懲戒委員会の議事メモを共有します。

■ 対象者
　氏名：帖佐 結衣（ちょうさ ゆい）　社員番号：P55821（アルバイト）
　生年月日：平成１９年２月８日
　所属：横浜みなとみらい店（２０２５年４月入社）
■ 事実関係
　９月１３日、勤務中に私用スマートフォンで店内を撮影し、個人アカウントに投稿
■ 本人の弁明
　代理人（本人の父）を通じて書面にて提出予定
■ 次回
　１０月５日（月）１６時、本人の弁明書受領後に処分案を審議

人事部 五味
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "disciplinary minutes about the employee with her date of birth, sent only to internal addresses",
    },
    {
        "id": "enjo-051",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["川崎電機 宣伝部 雑賀様 <saika.k@kawasaki-denkl.co.jp>"],
        "subject": "共同キャンペーン告知の延期について",
        "charset": "shift_jis",
        "body": """川崎電機株式会社
宣伝部 雑賀様

いつも大変お世話になっております。日の出産業 広報部の鷹羽です。

報道等でお聞き及びかと存じますが、当社店舗従業員のSNS投稿の件で、
現在お客様対応を最優先で進めております。
つきましては、10月1日に予定しておりました共同キャンペーン「秋のキッチン家電フェア」の
告知開始を、2週間程度延期させていただけないでしょうか。

御社にはご迷惑をおかけし、大変申し訳ございません。
改めてお電話でもご相談させていただきます。
""" + _SIG_KOHO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denkl.co.jp swaps i for l in the partner domain kawasaki-denki.co.jp",
    },
    {
        "id": "enjo-052",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["虎ノ門中央法律事務所 弁護士 鶴見 <tsurumi@toranomon-chuo-law.jp>"],
        "subject": "保有個人データ開示請求へのご回答（ご依頼者5名様分）",
        "charset": "utf-8",
        "body": """虎ノ門中央法律事務所
弁護士 鶴見 徹 先生

日の出産業株式会社 法務部の柊でございます。
2026年9月24日付でご依頼者5名様の代理人としていただいた保有個人データ開示請求につき、
当社が保有するデータを添付のとおり開示いたします。

・回答書.docx：回答の趣旨と開示範囲
・保有データ_5名.csv：会員情報および購入履歴（UTF-8）

書面原本は本日、配達証明郵便にて発送いたしました。
""" + _SIG_HOMU,
        "attachments": [{
            "kind": "zip", "name": "開示回答_20261001.zip",
            "files": [
                {"kind": "docx", "name": "回答書.docx",
                 "paragraphs": ["保有個人データ開示請求に対するご回答",
                                "当社は、ご依頼者5名様の保有個人データを別添CSVのとおり開示いたします。"]},
                {"kind": "csv", "name": "保有データ_5名.csv", "encoding": "utf-8",
                 "rows": [
                     ["会員番号", "氏名", "生年月日", "住所", "電話", "メール", "最終購入日"],
                     ["M0048812", "朽木 澄江", "1961-11-02", "神奈川県横浜市中区山下町118-3-505", "045-664-2918", "s.kuchiki@nifty-mail.jp", "2026-09-11"],
                     ["M0130994", "五百旗頭 亘", "1979-05-30", "東京都大田区山王3-27-14-201", "03-3772-0945", "iokibe@wataru-office.jp", "2026-09-03"],
                     ["M0021468", "纐纈 美鈴", "1990-08-17", "神奈川県川崎市高津区久本2-5-30", "070-4418-2206", "misuzu-k@outlook.jp", "2026-09-05"],
                     ["M0093371", "閏間 千尋", "1993-01-25", "神奈川県相模原市南区相模大野6-19-2", "090-6652-1037", "", "2026-09-12"],
                     ["M0066025", "冷水 智之", "1956-12-09", "神奈川県横浜市金沢区並木1-17-3", "045-781-4460", "hiyamizu.t@docomo.ne.jp", "2026-09-10"],
                 ]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a ZIP with a CSV of five people's full records to another law firm: a list of people, even though a legitimate request",
    },
    {
        "id": "enjo-053",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["虎ノ門中央法律事務所 弁護士 鶴見 <tsurumi@toranomon-chuo-law.jp>"],
        "subject": "ご通知書受領のご連絡",
        "charset": "iso-2022-jp",
        "body": """虎ノ門中央法律事務所
弁護士 鶴見 徹 先生

前略　日の出産業株式会社 法務部の柊でございます。
２０２６年９月２４日付「ご通知書」（保有個人データ開示請求）を、本日受領いたしました。

ご依頼者様の本人確認書類（委任状を含む）を確認のうえ、法定の期間内にご回答いたします。
なお、本件の窓口は当社法務部（担当：柊）とさせていただきます。

草々
""" + _SIG_HOMU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "acknowledging a lawyer's disclosure request; no personal data",
    },
    {
        "id": "enjo-054",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "Re: 個別事情のあるお客様（2件目）",
        "charset": "iso-2022-jp",
        "body": """星野様

鷹羽です。先ほどのお電話の件、文面で補足します。

問題の投稿の１枚目に写っていた伝票は、祝 真理子（ほうり まりこ）様が
毎週お届け先に指定されているカトリック雪ノ下教会あてのものでした。
投稿者はその伝票に「毎週教会に届けてる熱心な信者さん」とコメントを付けており、
祝様は信仰を職場の方に話していなかったため、大変傷ついておられます。

お詫び状では信仰に触れず、「お届け先の情報を含めて公開してしまった」ことをお詫びする
方向でよいか、ご意見をください。

鷹羽
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's religious faith (信条) sent to the PR agency: 要配慮個人情報",
    },
    {
        "id": "enjo-055",
        "sender": "Makoto Takaba <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["Daniel Goh <daniel.goh@meridianhome.com.sg>"],
        "subject": "Update on the social media incident in Japan",
        "charset": "utf-8",
        "body": """Dear Daniel,

I hope this finds you well. As promised on our call, here is a short update on the
incident involving one of our Japanese stores.

- The original post and most re-posts have been removed. Online mentions have fallen by
  about 80% since our public apology on 18 September.
- We have not seen any impact on orders from Singapore so far, and no local media have
  covered the story.
- Our PR adviser in Singapore has prepared a short holding statement, which we will
  only use if asked.

Please let me know if any of your retail partners raise questions. I am happy to join
a call with them if helpful.

Kind regards,
Makoto Takaba
Public Relations, Hinode Sangyo Co., Ltd.
Tel: +81-3-5401-7720

This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English update to an overseas distributor with the standard disclaimer; no personal data",
    },
    {
        "id": "enjo-056",
        "sender": "日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>",
        "to": ["鬼頭 ゆかり 様 <yukari_kito77@yahoo.co.jp>"],
        "subject": "写り込んでいた内容についてのご報告",
        "charset": "shift_jis",
        "body": """鬼頭 ゆかり 様

日の出産業株式会社 お客様相談室の白鳥でございます。
先日はお電話にて貴重なお時間をいただき、ありがとうございました。
ご要望いただいた、投稿画像に写り込んでいた内容について、確認できた範囲でご報告いたします。

投稿の2枚目の画像の端に、お客様がポイントカード登録の際にご提示くださった
健康保険証が写っておりました。判読できる記載は以下のとおりです。

　氏名　　　：鬼頭 ゆかり
　生年月日　：昭和６３年１１月５日
　記号・番号：記号 ４１２０８　番号 ３３
　保険者番号：０６１３９２８５

保険証の再発行や番号変更のお手続きにかかる費用は当社にて負担いたします。
このたびは誠に申し訳ございませんでした。

日の出産業株式会社 お客様相談室　白鳥 里穂
専用窓口 0120-418-655
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "health-insurance card 記号・番号 written out in mail to a free-mail address (the holder's own, still an ID number by mail)",
    },
    {
        "id": "enjo-057",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "RE: メディアトレーニングのご案内",
        "charset": "utf-8",
        "body": """星野様

ご案内ありがとうございます。
10月9日（金）13時〜17時でお願いいたします。参加は社長、担当役員、私の3名です。
会場は当社7階会議室を用意します。カメラとライトはお持ちいただけるとのことで承知しました。

鷹羽

差出人: 星野 葵 <hoshino@hibiki-pr.co.jp>
送信日時: 2026年9月29日 11:03
宛先: 鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>
件名: メディアトレーニングのご案内

鷹羽様
会見を終えられたばかりで恐縮ですが、今後に備えたメディアトレーニングのご提案です。
候補日：10/8（木）午後、10/9（金）午後
所要時間：4時間（模擬会見・個別インタビュー・振り返り）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary scheduling reply to the PR agency, quoted original below",
    },
    {
        "id": "enjo-058",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
        "subject": "お詫びの品 配送手配のお願い（６件）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
法人営業ご担当者様

お世話になっております。日の出産業 お客様相談室の門馬です。
お詫びの品（菓子折り・常温）の配送を下記のとおりお願いいたします。
集荷は９月２５日（金）１４時、本社１階の荷捌き場です。

お届け先氏名　　郵便番号　　住所　　　　　　　　　　　　　　　　　　　電話番号　　　　　　　希望日
−−−−−−　　−−−−　　−−−−−−−−−−−−−−−−−−−　　−−−−−−−−−　　−−−−
四月一日　航　　２２０−００１２　横浜市西区みなとみらい４−６−２　　０９０−３３８１−５５２７　９／２６
雲母　さやか　　２４１−０８２６　横浜市旭区東希望が丘４１−９　　　　０８０−２２９０−６６１３　９／２６
五百旗頭　亘　　１４３−００２３　大田区山王３−２７−１４−２０１　　０３−３７７２−０９４５　　９／２７
纐纈　美鈴　　　２１３−００１１　川崎市高津区久本２−５−３０　　　　０７０−４４１８−２２０６　９／２６
上遠野　隼人　　２５１−００５２　藤沢市藤沢１０１２−７−３０２　　　０４６６−２７−３３８１　　９／２７
冷水　智之　　　２３６−０００５　横浜市金沢区並木１−１７−３　　　　０４５−７８１−４４６０　　９／２６

送り状は御社で作成いただけますと助かります。
よろしくお願いいたします。

日の出産業株式会社 お客様相談室 門馬 剛
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "full-width padded table of six recipients' names, addresses and phones to the courier partner",
    },
    {
        "id": "enjo-059",
        "sender": "井伊 和葉 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["ミハリ株式会社 沼尻様 <numajiri@mihari-monitor.co.jp>"],
        "subject": "監視キーワードの追加・除外設定について",
        "charset": "utf-8",
        "body": """沼尻様

お世話になっております。井伊です。
10月以降の監視キーワードを整理しましたので、添付のとおり設定をお願いします。
「除外」シートの語は誤検知が多いため対象外にしてください。

よろしくお願いいたします。
井伊
""",
        "attachments": [{
            "kind": "xlsx", "name": "監視キーワード_202610.xlsx",
            "page_header": "部外秘",
            "sheets": {
                "追加": [
                    ["【部外秘】監視キーワード設定（2026年10月〜）　広報部"],
                    ["キーワード", "種別", "優先度"],
                    ["日の出産業 伝票", "事案関連", "高"],
                    ["日の出 店員 投稿", "事案関連", "高"],
                    ["日の出 個人情報", "事案関連", "高"],
                    ["ひので 炎上", "表記ゆれ", "中"],
                    ["東海林 社長 会見", "役員", "中"],
                ],
                "除外": [["キーワード", "理由"], ["日の出 写真", "初日の出の投稿が大量"], ["日の出町", "地名"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX classified 部外秘 (page header and title row) sent to an outside monitoring vendor",
    },
    {
        "id": "enjo-060",
        "sender": "井伊 和葉 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["ミハリ株式会社 沼尻様 <numajiri@mihari-monitor.co.jp>"],
        "cc": ["データポート 分析チーム 朝比奈様 <asahina@dataport.co.jp>"],
        "subject": "月次レポートの分析手法に関する打合せ",
        "charset": "iso-2022-jp",
        "body": """沼尻様、朝比奈様

お世話になっております。日の出産業 広報部の井伊です。
先日の月次レポートにつき、感情分析の手法について直接ご説明を伺いたく、
オンラインでのお打合せをお願いできますでしょうか。

候補：１０月１３日（火）１０時〜、１０月１４日（水）１５時〜（各１時間）

朝比奈様には分析をご担当いただいていると伺い、沼尻様のご了解のうえCCに入れております。
よろしくお願いいたします。

日の出産業株式会社 広報部　井伊 和葉
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "meeting request to a vendor and its subcontractor: two external organisations, nothing personal",
    },
    {
        "id": "enjo-061",
        "sender": "白鳥 里穂 <shiratori.riho@hinode-sangyo.co.jp>",
        "to": ["五百旗頭 亘 様 <iokibe@wataru-office.jp>",
               "雲母 さやか 様 <sayaka.kira0712@gmail.com>"],
        "cc": ["四月一日 航 様 <w.watanuki@yahoo.co.jp>"],
        "subject": "お詫びの品の発送について（日の出産業）",
        "charset": "utf-8",
        "body": """お客様各位

日の出産業株式会社 お客様相談室の白鳥でございます。
先般はご迷惑をおかけし、誠に申し訳ございませんでした。

お電話でお伝えしておりましたお詫びの品を、９月２５日に発送いたしました。
２６日〜２７日にお届けの予定です。お届け日のご変更をご希望の場合は、
本メールにご返信いただくか、専用窓口（0120-418-655）までご連絡ください。

日の出産業株式会社 お客様相談室　白鳥 里穂
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three affected customers (one business address, two free-mail) in To/Cc: their addresses are exposed to one another",
    },
    {
        "id": "enjo-062",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["危機対策本部 <crisis-team@hinode-sangyo.co.jp>"],
        "subject": "【日次】SNS投稿事案 状況報告（9/24 18時時点）",
        "charset": "shift_jis",
        "body": """危機対策本部 各位

広報部の鷹羽です。本日18時時点の状況です。

1. ネット上の状況
　・言及件数：1,204件／日（ピーク時の約6%）
　・転載投稿：確認累計 41件、削除済み 38件、審査中 3件
　・掲示板：スレッド1本は削除、1本は送信防止措置手続中
2. お客様対応
　・対象 9名：全員と連絡済み、お詫び状 9通発送済み、お品物 6件発送済み
　・専用窓口の入電：本日 14件（累計 212件）
3. メディア
　・本日の取材依頼：2件（いずれもコメント対応）
4. 明日の予定
　・経営会議で補償方針を決定

以上
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal daily status with aggregate figures",
    },
    {
        "id": "enjo-063",
        "sender": "宍戸 圭 <shishido.kei@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
        "subject": "補償金振込（個人宛て）の依頼書送付",
        "charset": "iso-2022-jp",
        "body": """株式会社みどり銀行
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の宍戸です。
個人のお客様宛ての補償金振込につき、総合振込の依頼書を添付いたします。
振込指定日は１０月２日（金）でお願いいたします。

振込手数料は当社負担です。口座名義に不備があった場合はご連絡ください。

日の出産業株式会社 経理部 経理課
宍戸 圭　TEL 03-5401-7790
""",
        "attachments": [{
            "kind": "docx", "name": "総合振込依頼書_20261002.docx",
            "paragraphs": ["総合振込依頼書", "依頼人：日の出産業株式会社（口座：みどり銀行 本店営業部 当座 0081254）",
                           "振込指定日：2026年10月2日"],
            "tables": [[
                ["No", "受取人名（カナ）", "銀行・支店", "種別", "口座番号", "金額"],
                ["1", "クチキ スミエ", "みどり銀行 山下町支店", "普通", "3318042", "300,000"],
                ["2", "ワタヌキ ワタル", "横浜湾岸銀行 桜木町支店", "普通", "1092775", "50,000"],
                ["3", "キラ サヤカ", "みどり銀行 二俣川支店", "普通", "5520918", "50,000"],
                ["4", "イオキベ ワタル", "城南信用金庫 大森支店", "普通", "0048836", "50,000"],
                ["5", "ウルマ チヒロ", "相模中央銀行 相模大野支店", "普通", "7731460", "250,000"],
                ["6", "ドウメキ レイ", "多摩みらい銀行 町田支店", "普通", "2206581", "100,000"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six private persons' bank accounts sent to the bank partner: a list of people",
    },
    {
        "id": "enjo-064",
        "sender": "人事部 五味 千景 <gomi.chikage@hinode-sangyo.co.jp>",
        "to": ["こころEAP 相談受付 <uketsuke@kokoro-eap.jp>"],
        "subject": "カウンセリングのご依頼（従業員2名）",
        "charset": "utf-8",
        "body": """株式会社こころEAP
相談受付ご担当者様

いつもお世話になっております。日の出産業 人事部の五味です。
今回の件で、ネット上の誹謗中傷の対象になった店舗の従業員2名について、
カウンセリングをお願いしたくご連絡いたしました。

1) 國府田 崇（藤沢駅前店 店長）
　 口コミサイトで実名を挙げて中傷され、9月のストレスチェックで高ストレス者と判定。
　 産業医面談で「適応障害の疑い」との所見あり。
2) 猪子 彩花（川崎ラチッタ店）
　 SNSで投稿者と誤認され、不眠・食欲低下を訴えている。心療内科を受診済み。

いずれも本人の同意を得ております。初回面談の候補日をいただけますと幸いです。

日の出産業株式会社 人事部　五味 千景（03-5401-7702）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named employees' stress-check results and suspected diagnosis sent to an outside EAP provider",
    },
    {
        "id": "enjo-065",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "Re: 開示命令の結果（@kuro_sanpo）",
        "charset": "iso-2022-jp",
        "body": """井筒先生

ご連絡ありがとうございます。開示された内容、拝見しました。
損害賠償請求に進むか、まずは謝罪と投稿削除の合意を目指すか、
社内で協議のうえ来週前半にお返事いたします。

柊

2026年10月2日(金) 10:14 井筒 智史 <izutsu@shirakawa-law.jp>:
> 柊様
>
> @kuro_sanpo について、プロバイダから以下の発信者情報が開示されました。
>
> 氏名：兎澤 恭平
> 住所：千葉県船橋市本町５－１１－２３－４０２
> 電話：０７０－６６２０－３３９５
> メール：tozawa.k.0301@gmail.com
>
> 方針をご検討ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the disclosed poster's details appear only in counsel's quoted mail; the reply itself adds nothing",
    },
    {
        "id": "enjo-066",
        "sender": "左近司 拓 <sakonji.taku@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保守窓口 <support@tsubasa-systems.jp>"],
        "subject": "会員システム アクセスログ抽出のお願い",
        "charset": "utf-8",
        "body": """株式会社ツバサシステム
保守窓口 ご担当者様

いつもお世話になっております。日の出産業 情報システム部の左近司です。
社内調査のため、会員管理システムのアクセスログを抽出いただきたくご依頼いたします。

　対象期間：2026年9月1日 0:00 〜 9月14日 23:59
　対象画面：会員詳細照会、配送伝票発行
　対象端末：横浜みなとみらい店 POS-01〜03、バックヤードPC
　出力形式：CSV（利用者ID・日時・画面・操作）

保守契約の範囲内で対応可能かご確認のうえ、概算工数をお知らせください。

日の出産業株式会社 情報システム部　左近司 拓
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-systems.jp adds an s to the partner domain tsubasa-system.jp",
    },
    {
        "id": "enjo-067",
        "sender": "井伊 和葉 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["イーグルアイ 監視チーム <watch@eagle-eye-r.co.jp>"],
        "subject": "転載投稿一覧（当社確認分）の共有",
        "charset": "iso-2022-jp",
        "body": """イーグルアイ 監視チーム御中

日の出産業 広報部の井伊です。
当社側で把握している転載投稿の一覧をお送りします。
御社の検知分と突き合わせて、漏れがあれば教えてください。

井伊
""",
        "attachments": [{"kind": "corrupt", "name": "転載投稿一覧_0921.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "enjo-068",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
        "subject": "追加1件：お詫びの品の配送",
        "charset": "shift_jis",
        "body": """青葉運輸 法人営業ご担当者様

お世話になっております。日の出産業の門馬です。
先日の6件に加え、以下の1件の配送をお願いいたします。
ご本人のご希望により、日時指定でお願いします。

　お届け先：朽木 澄江 様
　住所　　：〒231-0023 神奈川県横浜市中区山下町118-3 グランメゾン山下505
　電話　　：045-664-2918
　日時指定：9月29日（火）18〜20時

集荷は前回と同じく本社1階でお願いいたします。

日の出産業株式会社 お客様相談室 門馬 剛
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one delivery address to the courier partner: a single person's record, may be warned",
    },
    {
        "id": "enjo-069",
        "sender": "宍戸 圭 <shishido.kei@hinode-sangyo.co.jp>",
        "to": ["ペイライン 加盟店サポート <merchant-support@payline.co.jp>"],
        "subject": "返金処理の取引特定のお願い（加盟店ID HS-40019）",
        "charset": "iso-2022-jp",
        "body": """株式会社ペイライン
加盟店サポート ご担当者様

日の出産業 経理部の宍戸です。
退会されたお客様の年会費を返金したいのですが、当社側の取引IDが欠落しており、
対象の取引を特定できません。お客様のご了承を得て、カード情報をお知らせしますので、
該当取引の特定と返金処理をお願いできますでしょうか。

　カード名義　：ＫＡＹＯ ＫＡＭＡＹＡＣＨＩ
　カード番号　：""" + _zen(_g4(card_number(SEED + 102), " ")) + """
　有効期限　　：１１／２８
　決済日　　　：２０２６年４月１日
　金額　　　　：３，３００円（年会費）

日の出産業株式会社 経理部　宍戸 圭　TEL 03-5401-7790
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a customer's full card number (full-width digits) mailed to the payment provider",
    },
    {
        "id": "enjo-070",
        "sender": "宍戸 圭 <shishido.kei@hinode-sangyo.co.jp>",
        "to": ["ミハリ株式会社 経理部 <keiri@mihari-monitor.co.jp>"],
        "subject": "9月分ご請求書の受領とお支払予定日のご連絡",
        "charset": "utf-8",
        "body": """ミハリ株式会社 経理部 御中

いつもお世話になっております。日の出産業 経理部の宍戸です。
9月分のご請求書を受領いたしました。内容を確認のうえ、下記のとおりお支払いいたします。

　請求書番号　：MH-2609-0412
　適格請求書発行事業者登録番号：T8120001178345
　ご請求金額　：1,485,000円（うち消費税 135,000円）
　　内訳：定額モニタリング 600,000円／緊急対応オプション 750,000円
　お支払予定日：2026年10月30日（金）
　お振込先　　：ご請求書記載の御社口座

ご不明な点がございましたらご連絡ください。

日の出産業株式会社 経理部 経理課　宍戸 圭
TEL 03-5401-7790
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "payment notice with the vendor's invoice registration number (T + 法人番号) and amounts: business data only",
    },
    {
        "id": "enjo-071",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "会見の一般傍聴を希望された株主の方々",
        "charset": "utf-8",
        "body": """星野様

鷹羽です。株主名簿管理の部署から、記者会見の傍聴を希望された株主の方の
連絡先が回ってきました。受付の運営をお願いしている御社で、
当日の入館証の準備と前日のリマインド連絡をお願いできますか。

・鶴田 昭三 様　電話 048-872-3361　メール shozo.tsuruta@ezweb.ne.jp
・祝 真理子 様　電話 0467-23-9148　メール hori.mariko@gmail.com
・甕 敦史 様　電話 090-2571-6604　メール motai-a@softbank.ne.jp
・九十九 佳奈 様　電話 080-1930-4472　メール tsukumo.kana@outlook.jp
・左右田 勉 様　電話 03-3981-2750　メール souda.tsutomu@nifty-mail.jp

いずれも株主番号の確認は当社で済んでいます。
""" + _SIG_KOHO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five private shareholders' phones and e-mails as 「・」 bullets to the PR agency",
    },
    {
        "id": "enjo-072",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "個別訪問の進捗（9/28時点）",
        "charset": "iso-2022-jp",
        "body": """星野様

鷹羽です。役員によるお詫び訪問の進捗です。会見の想定問答の更新にお使いください。

　朽木様　　　訪問済み（9/26）
　四月一日様　訪問済み（9/26）
　五百旗頭様　訪問済み（9/27）
　閏間様　　　ご辞退（書面のみ）
　喜屋武様　　10/3 那覇にて訪問予定
　祝様　　　　日程調整中

訪問の際のご様子は、会見では触れない方針です。
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "six affected customers' surnames with visit status only, no contact data: whether this is a list of people is debatable",
    },
    {
        "id": "enjo-073",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "cc": ["井筒 智史 <izutsu@shirakawa-law.jp>",
               "イーグルアイ 営業部 <sales@eagle-eye-r.co.jp>"],
        "subject": "会見後の振り返り会のご案内",
        "charset": "shift_jis",
        "body": """ひびきPR 星野様
白川法律事務所 井筒先生
イーグルアイ ご担当者様

お世話になっております。日の出産業 広報部の鷹羽です。
先日の記者会見につき、ご支援いただいた皆様と振り返りの場を設けたく存じます。

　日時：10月6日（火）15:00〜16:30
　場所：当社7階 大会議室（オンライン併用）
　内容：報道の論調、ネット上の反応、今後の再発防止策の発信について

ご出席の可否を10月2日までにお知らせいただけますと幸いです。
""" + _SIG_KOHO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "PR agency, law firm and monitoring vendor openly in To/Cc: three external organisations",
    },
    {
        "id": "enjo-074",
        "sender": "Makoto Takaba <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@lumen-strategies.com>"],
        "subject": "Re: Holding statement - final wording",
        "charset": "utf-8",
        "body": """Hi Priya,

Thanks for the edits. We are happy with the version below; please go ahead.

  "Hinode Sangyo is aware of a social media post made by a former part-time employee
   at one of its stores in Japan. The company has apologised to the customers
   concerned and has taken steps to prevent a recurrence. There is no impact on
   products sold in Singapore."

One small change: please use "former part-time employee" rather than "staff member".

Best,
Makoto

> Makoto, attached is our suggested holding statement. We kept it short and factual.
> Priya
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply agreeing a public holding statement; no personal data, no marking",
    },
    {
        "id": "enjo-075",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "経営会議での議論について（ご相談）",
        "charset": "iso-2022-jp",
        "body": """【極秘】役員限り・転送禁止

井筒先生

柊です。本日の経営会議での議論について、先生のご意見を伺いたくご連絡しました。

１．社長から、本件の監督責任を取り役員報酬を３か月間３０％減額する旨の提案がありました。
２．店舗運営担当の取締役については、辞任の意向が示されています。
３．これらを１０月の会見で公表するか、株主総会まで伏せるかで意見が割れております。

開示のタイミングについて、適時開示の要否を含め、ご見解をお聞かせください。

柊
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is classified 【極秘】役員限り at its head and goes to outside counsel",
    },
    {
        "id": "enjo-076",
        "sender": "人事部 五味 千景 <gomi.chikage@hinode-sangyo.co.jp>",
        "to": ["給与チーム 樋口 <higuchi.s@hinode-sangyo.co.jp>"],
        "subject": "退職者の社会保険資格喪失手続き（帖佐さん）",
        "charset": "utf-8",
        "body": """樋口さん

五味です。帖佐さんが10月15日付で退職となりましたので、
資格喪失の手続きをお願いします。必要な情報は以下のとおりです。

　氏名：帖佐 結衣
　社員番号：P55821
　生年月日：2007年2月8日
　基礎年金番号：5120-483917
　健康保険 被保険者整理番号：1482
　喪失日：2026年10月16日

離職票は本人の希望なし、とのことです。

五味
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": [],
        "note": "pension number and insurance details of a leaver, between HR and payroll only (internal)",
    },
    {
        "id": "enjo-077",
        "sender": "左近司 拓 <sakonji.taku@hinode-sangyo.co.jp>",
        "to": ["ポイントリンク 導入支援 <support@pointlink.co.jp>"],
        "subject": "お詫びポイント一括付与データ",
        "charset": "shift_jis",
        "body": """株式会社ポイントリンク
導入支援ご担当者様

日の出産業 情報システム部の左近司です。
お詫びのポイントを一括付与したく、対象会員のデータをXLS形式でお送りします。
10月1日 0時の反映でお願いします。

付与の理由コードは「99（特別付与）」でお願いいたします。
""",
        "attachments": [{
            "kind": "xls", "name": "ポイント付与_20261001.xls",
            "sheets": {"付与対象": [
                ["会員番号", "氏名", "電話番号", "付与ポイント", "理由コード"],
                ["M0048812", "朽木 澄江", "045-664-2918", 5000, 99],
                ["M0102257", "四月一日 航", "090-3381-5527", 5000, 99],
                ["M0077130", "雲母 さやか", "080-2290-6613", 5000, 99],
                ["M0130994", "五百旗頭 亘", "03-3772-0945", 5000, 99],
                ["M0021468", "纐纈 美鈴", "070-4418-2206", 5000, 99],
                ["M0154403", "上遠野 隼人", "0466-27-3381", 5000, 99],
                ["M0093371", "閏間 千尋", "090-6652-1037", 5000, 99],
                ["M0066025", "冷水 智之", "045-781-4460", 5000, 99],
                ["M0170342", "百目鬼 玲", "042-722-5190", 5000, 99],
                ["M0188219", "喜屋武 朝子", "098-862-4417", 5000, 99],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with ten members' names and phones sent to a point-system vendor",
    },
    {
        "id": "enjo-078",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
        "subject": "配達状況の確認（送り状番号6件）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 お客様センター御中

日の出産業の門馬です。９月２５日集荷分のうち、下記の配達状況をご確認いただけますか。
追跡画面で「持戻り」のままになっております。

　4471-2209-8830
　4471-2209-8831
　4471-2209-8834
　4471-2209-8835
　4471-2209-8837
　4471-2209-8838

ご不在の場合は、再配達のご案内が届いているかも併せて教えてください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers only, to the courier partner",
    },
    {
        "id": "enjo-079",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["海岸損保 事故受付センター <cyber-claim@kaigan-sonpo.co.jp>"],
        "subject": "追加損害のご報告（CY-26-08841）",
        "charset": "utf-8",
        "body": """海岸損害保険株式会社 事故受付センター ご担当者様

日の出産業 法務部の柊です。追加で発生した損害についてご報告いたします。

対象顧客のうち 雲母 さやか 様 より、伝票の写り込みで自宅が特定され、
見知らぬ男性から自宅前でのつきまといを受けたとのお申し出がありました。
ご本人は10月1日に旭警察署へ被害届を提出し、受理されています。

ご本人は防犯カメラの設置費用と一時的な転居費用の負担を求めておられます。
これらが保険金支払の対象となるか、ご確認をお願いいたします。
""" + _SIG_HOMU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer who has become a crime victim (stalking, 被害届) reported to the insurer: 要配慮",
    },
    {
        "id": "enjo-080",
        "sender": "日の出産業 広報部 井伊 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["日刊リテール 編集部 <news@nikkan-retail.jp>"],
        "subject": "【ご案内】冬の新商品発表会（11月12日）",
        "charset": "iso-2022-jp",
        "body": """日刊リテール 編集部御中

平素より大変お世話になっております。日の出産業株式会社 広報部の井伊でございます。
このたび、冬の新商品発表会を下記のとおり開催いたします。ご多忙のところ恐縮ですが、
ぜひご取材いただけますと幸いです。

　日時：２０２６年１１月１２日（木）１４：００〜１５：３０（受付１３：３０〜）
　会場：日の出ビル１階 ショールーム（東京都港区芝大門２－１１－８）
　内容：新商品「ぬくもり土鍋シリーズ」ほか８品の発表、試食・試用
　登壇：商品企画部長 勘解由小路 透

ご出席の可否を１１月５日（木）までにご返信ください。

日の出産業株式会社 広報部　井伊 和葉
TEL 03-5401-7720 ／ pr@hinode-sangyo.co.jp
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary PR invitation to one trade newspaper",
    },
    {
        "id": "enjo-081",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["真壁 奏 弁護士 <makabe@shirakawa-law.co.jp>"],
        "subject": "モニタリング業務委託契約書のレビューのお願い",
        "charset": "utf-8",
        "body": """真壁先生

いつもお世話になっております。日の出産業 法務部の柊です。
ソーシャルリスニングの年間委託契約について、先方から契約書案が届きました。
以下の3点を中心にレビューをお願いできますでしょうか。

1. 第7条 再委託の可否（先方は分析業務の一部を再委託したい意向）
2. 第11条 損害賠償の上限（委託料の1か月分となっている）
3. 第15条 契約終了時のデータ消去と消去証明

ご回答は10月16日（金）までにいただけますと助かります。
""" + _SIG_HOMU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp inserts co. into the partner domain shirakawa-law.jp: a look-alike",
    },
    {
        "id": "enjo-082",
        "sender": "人事部 五味 千景 <gomi.chikage@hinode-sangyo.co.jp>",
        "to": ["大鳥社会保険労務士事務所 <office@sr-ohtori.jp>"],
        "subject": "資格喪失届の作成依頼（アルバイト1名）",
        "charset": "iso-2022-jp",
        "body": """大鳥社会保険労務士事務所
大鳥先生

いつもお世話になっております。日の出産業 人事部の五味です。
アルバイト１名が退職いたしましたので、資格喪失届の作成・提出をお願いいたします。

　氏名　　　　：帖佐 結衣（チョウサ ユイ）
　生年月日　　：平成１９年２月８日
　基礎年金番号：５１２０−４８３９１７
　被保険者整理番号：１４８２
　退職日　　　：令和８年１０月１５日
　退職理由　　：自己都合

保険証は本人から回収済みで、本日郵送いたします。

日の出産業株式会社 人事部　五味 千景
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an employee's 基礎年金番号 (full-width) and date of birth sent to an outside labour consultant",
    },
    {
        "id": "enjo-083",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 受付 <reception@shirakawa-law.jp>"],
        "subject": "10/8 打合せの出席者について",
        "charset": "utf-8",
        "body": """白川法律事務所 受付ご担当者様

日の出産業の柊です。10月8日（木）14時の井筒先生との打合せには、
私のほか下記2名が伺います。遅れる場合は各自の携帯からご連絡いたします。

　早乙女 亮（店舗運営部）　携帯 090-4471-2093
　左近司 拓（情報システム部）　携帯 080-3356-7019

よろしくお願いいたします。
""" + _SIG_HOMU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two colleagues' mobiles for a meeting at the law firm: under five people, may be warned",
    },
    {
        "id": "enjo-084",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ベルコール 運用チーム <ops-hinode@bellcall.co.jp>"],
        "subject": "FW: 退会希望のお客様（折返し対応のお願い）",
        "charset": "shift_jis",
        "body": """ベルコール 運用チーム御中

門馬です。店舗から上がってきた連絡を元のメールごと添付します。
添付メールに記載の6名様へ、退会手続きのご案内の折返しをお願いします。
""",
        "attachments": [{
            "kind": "eml", "name": "退会希望のお客様.eml",
            "message": {
                "sender": "國府田 崇 <koda.takashi@hinode-sangyo.co.jp>",
                "to": ["門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>"],
                "subject": "退会希望のお客様",
                "charset": "shift_jis",
                "body": """門馬さん

藤沢駅前店の國府田です。店頭で退会を申し出られたお客様です。
本部から折返しが欲しいとのことでした。

1. 兎澤 恭平 様 070-6620-3395 tozawa.k.0301@gmail.com
2. 嵯峨山 晴美 様 0466-22-8143 harumi.sagayama@yahoo.co.jp
3. 肝付 稔 様 090-5538-2017 m-kimotsuki@icloud.com
4. 鶴田 昭三 様 048-872-3361 shozo.tsuruta@ezweb.ne.jp
5. 飯干 澄子 様 080-4126-9953 iiboshi.sumiko@outlook.jp
6. 比嘉 真司 様 098-943-2280 higa.shinji@ryukyu-net.jp

國府田
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached mail (message/rfc822) lists six customers' phones and e-mails, sent to the call-centre contractor",
    },
    {
        "id": "enjo-085",
        "sender": "日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>",
        "to": ["日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>"],
        "bcc": ["sayaka.kira0712@gmail.com", "w.watanuki@yahoo.co.jp", "misuzu-k@outlook.jp",
                "hayato.kadono.1988@gmail.com", "hiyamizu.t@docomo.ne.jp", "yukari_kito77@yahoo.co.jp"],
        "subject": "【ご報告】再発防止策の実施状況について",
        "charset": "iso-2022-jp",
        "body": """お客様各位

日の出産業株式会社 お客様相談室でございます。
先般は当社従業員の不適切な投稿により、多大なるご迷惑をおかけいたしました。
お約束しておりました再発防止策の実施状況をご報告いたします。

１．全店舗での私用スマートフォンの持込制限（９月２８日から実施）
２．全従業員対象のSNS利用研修（１０月末までに受講率１００％予定）
３．伝票・書類のカウンター上での取扱いルールの見直し（実施済み）

引き続き、ご不明な点は専用窓口（０１２０−４１８−６５５）までお寄せください。

日の出産業株式会社 お客様相談室
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "update to affected customers correctly sent by Bcc (To is the sender's own desk)",
    },
    {
        "id": "enjo-086",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "会見資料一式（最終版）",
        "charset": "utf-8",
        "body": """星野様

鷹羽です。明日の会見資料一式（読み上げ原稿、投影スライド、想定問答）の最終版を
ZIPにまとめてお送りします。パスワードはお電話でお伝えします。
""" + _SIG_KOHO,
        "attachments": [{
            "kind": "zip", "name": "会見資料一式_0924.zip", "password": "sunrise0924",
            "files": [
                {"kind": "docx", "name": "読み上げ原稿.docx", "paragraphs": ["本日はお忙しい中お集まりいただき…"]},
                {"kind": "pptx", "name": "投影スライド.pptx", "slides": [["お詫びとご報告", "経緯", "再発防止策"]]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "AES-encrypted ZIP of press-conference material: cannot be inspected",
    },
    {
        "id": "enjo-087",
        "sender": "Reina Hiiragi <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["Mirumiru Copyright Team <copyright@mirumiru.tv>"],
        "subject": "Copyright infringement notice - unauthorised use of our TV commercial",
        "charset": "utf-8",
        "body": """To the Mirumiru Copyright Team,

Hinode Sangyo Co., Ltd. is the owner of the copyright in the television commercial
"Hinode - Mornings at Home" (first broadcast April 2026).

The video below reuses about 40 seconds of that commercial, edited together with
screenshots of the recent social media incident, without our permission:

  https://mirumiru.tv/watch?v=hS7kQ2pL0xa  (channel: "Kaisha Ura Jijo")

We request that the video be removed. I have a good-faith belief that the use is not
authorised by the copyright owner, its agent or the law, and the information in this
notice is accurate.

Reina Hiiragi, Legal Department
Hinode Sangyo Co., Ltd., 2-11-8 Shiba-Daimon, Minato-ku, Tokyo 105-0012
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English copyright takedown to a video platform; company details only",
    },
    {
        "id": "enjo-088",
        "sender": "早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 通販事業部 茂木様 <motegi@kitaguni-foods.co.jp>"],
        "cc": ["北国ホールディングス 広報IR室 <pr-ir@kitaguni-hd.co.jp>"],
        "subject": "共同企画ギフトに関するお詫びとご報告",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社 通販事業部 茂木様
（ＣＣ：北国ホールディングス株式会社 広報ＩＲ室 御中）

いつも大変お世話になっております。日の出産業 店舗運営部の早乙女でございます。

このたびは当社従業員の不適切な投稿により、御社との共同企画「北の恵みギフト」の
お届け伝票が写り込み、御社ブランドにもご迷惑をおかけしましたことを深くお詫び申し上げます。

対象のお客様への対応はすべて当社が行い、９月末までに完了しております。
御社名が言及された投稿は、確認できた範囲ですべて削除されました。
ホールディングス広報ＩＲ室様には、ご要望により本メールを共有させていただいております。

改めてご挨拶に伺いたく、ご都合をお聞かせいただけますと幸いです。

日の出産業株式会社 店舗運営部 部長　早乙女 亮
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "apology to a partner with its holding company in Cc: two external organisations, no personal data",
    },
    {
        "id": "enjo-089",
        "sender": "日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>",
        "to": ["m.tsuyuri.55@ezweb.ne.jp"],
        "subject": "Re: ご意見（SNS投稿の件）",
        "charset": "shift_jis",
        "body": """栗花落 様

日の出産業株式会社 お客様相談室でございます。
このたびは当社へのご意見をお寄せいただき、誠にありがとうございます。

ご指摘のとおり、従業員の教育が行き届いていなかったことが本件の原因であり、
弁解の余地もございません。いただいたお声は経営陣にも共有し、
再発防止策の見直しに活かしてまいります。

なお、ご質問いただいた当該従業員の氏名や処分の詳細につきましては、
個人情報保護の観点からお答えを差し控えさせていただきます。何卒ご容赦ください。

日の出産業株式会社 お客様相談室
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one member of the public on a carrier address; no personal data given out",
    },
    {
        "id": "enjo-090",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "差別的な書き込みへの対応方針",
        "charset": "utf-8",
        "body": """星野様

鷹羽です。元投稿のコメント欄の件でご相談です。

写り込んだ伝票のお名前（朴 成美 様）を見た投稿者が「この名前、在日でしょ」と返信し、
そこに差別的な書き込みが連鎖しておりました。朴様ご本人からは、ご自身が在日コリアン三世であり、
これまで職場でも通名で生活してきたのに、出自を晒された形になったとのお申し出を受けています。

ヘイトスピーチに当たる書き込みとして、当社から削除を求めることに加え、
会見で「差別を許さない」旨を明確に述べるべきかご意見をいただけますか。

鷹羽
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's ethnic origin (人種・出自) sent to the PR agency: 要配慮個人情報",
    },
    {
        "id": "enjo-091",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["海岸損保 損害調査部 <songai-chosa@kaigan-sonpo.co.jp>"],
        "subject": "損害調査ご面談用の資料",
        "charset": "iso-2022-jp",
        "body": """海岸損害保険株式会社 損害調査部 御中

日の出産業 法務部の柊です。
１０月９日のご面談に先立ち、当社の説明資料をお送りします。
スライド３〜４に対象顧客の一覧を載せております。
""" + _SIG_HOMU,
        "attachments": [{
            "kind": "pptx", "name": "損害調査ご説明_1009.pptx",
            "slides": [
                ["SNS投稿事案のご説明", "日の出産業株式会社 法務部", "2026年10月9日"],
                ["事案の概要", "9/13 従業員が店内画像を投稿", "対象顧客 9名、転載 41件"],
                ["対象顧客一覧（1/2）",
                 "朽木 澄江　横浜市中区山下町118-3　045-664-2918",
                 "四月一日 航　横浜市西区みなとみらい4-6-2　090-3381-5527",
                 "雲母 さやか　横浜市旭区東希望が丘41-9　080-2290-6613",
                 "五百旗頭 亘　東京都大田区山王3-27-14　03-3772-0945",
                 "纐纈 美鈴　川崎市高津区久本2-5-30　070-4418-2206"],
                ["対象顧客一覧（2/2）",
                 "上遠野 隼人　藤沢市藤沢1012-7　0466-27-3381",
                 "閏間 千尋　相模原市南区相模大野6-19-2　090-6652-1037",
                 "冷水 智之　横浜市金沢区並木1-17-3　045-781-4460",
                 "百目鬼 玲　東京都町田市原町田4-8-11　042-722-5190"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX slides listing nine customers' names, addresses and phones, to the insurer",
    },
    {
        "id": "enjo-092",
        "sender": "井伊 和葉 <ii.kazuha@hinode-sangyo.co.jp>",
        "to": ["小鳥遊 詩織 <shiori.t@np-news.jp>"],
        "subject": "日の出産業 メディアレター 2026年10月号",
        "charset": "utf-8",
        "body": """NPニュース 小鳥遊様

いつもお世話になっております。日の出産業 広報部の井伊です。
月例のメディアレターをお届けします。

■ 今月のトピック
・「ぬくもり土鍋シリーズ」予約受付開始（10月15日〜）
・那覇国際通り店 リニューアルオープン（10月24日）
・社員によるフードドライブ活動、累計2トンを寄付

■ 先月の件について
9月に発生した当社従業員のSNS投稿の件では、大変お騒がせいたしました。
再発防止策の進捗は当社ウェブサイトで随時公開しております。

取材のご希望がございましたら、お気軽にご連絡ください。

井伊 和葉（日の出産業株式会社 広報部）
TEL 03-5401-7720

本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ削除してください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "routine media newsletter to one journalist, with the standard disclaimer (not a marking)",
    },
    {
        "id": "enjo-093",
        "sender": "鷹羽 真琴 <takaba.makoto@hinode-sangyo.co.jp>",
        "to": ["星野 葵 <hoshino@hibiki-pr.co.jp>"],
        "subject": "再発防止策 社内説明会の資料（ご参考）",
        "charset": "shift_jis",
        "body": """星野様

鷹羽です。来週の社内説明会で使う資料をご参考までにお送りします。
社外向けの発信と矛盾がないか、ざっと目を通していただけると助かります。
""" + _SIG_KOHO,
        "attachments": [{
            "kind": "pptx", "name": "再発防止策_社内説明会.pptx",
            "page_footer": "Internal Only / 社外秘",
            "slides": [
                ["再発防止策について（社内説明会）", "2026年10月 危機対策本部"],
                ["何が起きたか", "店内で撮影した画像がSNSに投稿された", "お客様9名の情報が写り込んだ"],
                ["今日から変わること", "私用スマホは休憩室のロッカーへ", "伝票はカウンターに置かない",
                 "撮影は店長の許可制"],
                ["懲戒の考え方", "就業規則第52条に基づき厳正に対処する"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX whose slides carry an 'Internal Only / 社外秘' footer, sent outside",
    },
    {
        "id": "enjo-094",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "@sabaku_no_tora の人物について（当社会員の可能性）",
        "charset": "iso-2022-jp",
        "body": """井筒先生

柊です。開示請求中の @sabaku_no_tora について、投稿内容（購入日時・店舗）と
会員データを照合したところ、当社会員の以下の方と一致する可能性が高いことが分かりました。

　氏名：肝付 稔
　住所：神奈川県鎌倉市大船２－１４－６
　電話：０９０－５５３８－２０１７
　メール：m-kimotsuki@icloud.com

開示命令の結果を待たずに、当社から直接ご本人に接触することは避けるべきでしょうか。
ご意見をお聞かせください。

柊
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one person's record (a suspected poster) to the company's counsel: a single record, may be warned",
    },
    {
        "id": "enjo-095",
        "sender": "宍戸 圭 <shishido.kei@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.com>"],
        "subject": "10/2 総合振込の結果確認",
        "charset": "utf-8",
        "body": """みどり銀行 法人営業部 ご担当者様

日の出産業 経理部の宍戸です。
10月2日指定の総合振込（6件、合計 800,000円）につき、
全件の入金完了をご確認いただけますでしょうか。
組戻しや名義相違があった場合は、その件数のみお知らせください。

日の出産業株式会社 経理部　宍戸 圭　03-5401-7790
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.com: the partner bank midori-ginko.co.jp on another TLD",
    },
    {
        "id": "enjo-096",
        "sender": "早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "9/13 勤務者の一覧（事情聴取の対象）",
        "charset": "utf-8",
        "body": """井筒先生

店舗運営部の早乙女です。9月13日に横浜みなとみらい店で勤務していた従業員の一覧です。
事情聴取の順番をご検討いただく際にお使いください。

No  社員番号  氏名            シフト        携帯電話         生年月日
--  --------  --------------  ------------  ---------------  ----------
1   H10788    鰐淵 大輔       10:00-19:00   080-6613-0842    1984-06-11
2   P55821    帖佐 結衣       17:00-22:00   090-1288-4173    2007-02-08
3   P54107    雑賀 陸         12:00-21:00   070-3301-6648    2003-10-22
4   P53390    舎川 みのり     09:00-15:00   080-2716-5501    1971-04-30
5   P56012    鶴見 光         15:00-22:00   090-7745-0396    2005-12-19
6   H11920    御手洗 聡       13:00-22:00   080-9920-1174    1990-08-03
7   P55133    朽網 杏奈       10:00-16:00   070-5582-2239    1998-01-15

全員、事情聴取への協力について了承を得ています。

日の出産業株式会社 店舗運営部　早乙女 亮
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "space-padded table of seven employees' mobiles and dates of birth to outside counsel",
    },
    {
        "id": "enjo-097",
        "sender": "人事部 五味 千景 <gomi.chikage@hinode-sangyo.co.jp>",
        "to": ["給与チーム <payroll@hinode-sangyo.co.jp>"],
        "subject": "横浜みなとみらい店 新規採用者の個人番号（年末調整用）",
        "charset": "shift_jis",
        "body": """給与チーム各位

人事部の五味です。欠員補充で採用した横浜みなとみらい店の5名の個人番号を、
年末調整用に登録をお願いします。本人確認書類は人事部で確認済みです。

ファイルは登録後、共有フォルダから削除してください。
""",
        "attachments": [{
            "kind": "csv", "name": "個人番号_新規採用者_1020.csv", "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "生年月日", "個人番号"],
                ["P56201", "卜部 遥", "2004/05/17", my_number(SEED + 2)],
                ["P56202", "蛯原 拓真", "1999/09/02", my_number(SEED + 3)],
                ["P56203", "比嘉 美咲", "2006/01/28", my_number(SEED + 4)],
                ["P56204", "東海林 悠", "1987/11/11", my_number(SEED + 5)],
                ["P56205", "月見里 紬", "2003/03/03", my_number(SEED + 6)],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of new hires from HR to payroll: every recipient is internal",
    },
    {
        "id": "enjo-098",
        "sender": "門馬 剛 <monma.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル フロント 支配人室 <manager@sakura-hotel.jp>"],
        "subject": "ご宿泊中のお客様へのお詫び状お渡しのお願い",
        "charset": "utf-8",
        "body": """さくらホテル 支配人室 御中

いつもお世話になっております。日の出産業 お客様相談室の門馬です。
当社店舗の免税カウンターで撮影された画像に、貴ホテルにご宿泊中の海外のお客様の
パスポートが写り込んでおりました。ご本人に直接お詫び状をお渡ししたく、
フロントでのお取次ぎをお願いできませんでしょうか。

　お名前　　　：Mr. Oliver BRANDT（ドイツ国籍）
　旅券番号　　：C4KR29T71
　ご宿泊予定　：10月4日（日）チェックアウト

お詫び状（英文・封緘済み）は本日夕方、当社の者がフロントにお持ちします。
お手数をおかけし恐縮ですが、よろしくお願いいたします。

日の出産業株式会社 お客様相談室　門馬 剛（03-5401-7760）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a foreign guest's passport number sent to the hotel partner",
    },
    {
        "id": "enjo-099",
        "sender": "柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>",
        "to": ["井筒 智史 <izutsu@shirakawa-law.jp>"],
        "subject": "RE: 要配慮個人情報の漏えい報告について",
        "charset": "iso-2022-jp",
        "body": """井筒先生

ご教示ありがとうございました。
いただいた内容で、本日中に個人情報保護委員会へ確報を提出いたします。
提出後、控えをお送りします。

柊

差出人: 井筒 智史 <izutsu@shirakawa-law.jp>
送信日時: 2026年10月5日 9:41
宛先: 柊 玲奈 <r-hiiragi@hinode-sangyo.co.jp>
件名: 要配慮個人情報の漏えい報告について

柊様

朽木 澄江 様のお薬手帳（２型糖尿病の記載）、喜屋武 朝子 様の障害に関する書き込みは、
いずれも要配慮個人情報の漏えいに該当し、確報の対象となります。
確報には本人への通知の状況も記載してください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the sensitive details are only in counsel's quoted original (差出人/送信日時 block); the new text has none",
    },
    {
        "id": "enjo-100",
        "sender": "左近司 拓 <sakonji.taku@hinode-sangyo.co.jp>",
        "to": ["CSIRT <csirt@mail.hinode-sangyo.co.jp>"],
        "subject": "ダークウェブ照会用 対象会員リスト",
        "charset": "utf-8",
        "body": """CSIRT各位

情報システム部の左近司です。
写り込み事案で名前が出た会員と、同じ時間帯に店舗で会員照会された会員を合わせた15名分です。
メールアドレス・電話番号の流出照会に使ってください（社内作業用）。
""",
        "attachments": [{
            "kind": "csv", "name": "darkweb_check_targets.csv", "encoding": "utf-8",
            "rows": [
                ["member_id", "name", "email", "phone"],
                ["M0048812", "朽木 澄江", "s.kuchiki@nifty-mail.jp", "045-664-2918"],
                ["M0102257", "四月一日 航", "w.watanuki@yahoo.co.jp", "090-3381-5527"],
                ["M0077130", "雲母 さやか", "sayaka.kira0712@gmail.com", "080-2290-6613"],
                ["M0130994", "五百旗頭 亘", "iokibe@wataru-office.jp", "03-3772-0945"],
                ["M0021468", "纐纈 美鈴", "misuzu-k@outlook.jp", "070-4418-2206"],
                ["M0154403", "上遠野 隼人", "hayato.kadono.1988@gmail.com", "0466-27-3381"],
                ["M0093371", "閏間 千尋", "uruma.c@kanagawa-mail.jp", "090-6652-1037"],
                ["M0066025", "冷水 智之", "hiyamizu.t@docomo.ne.jp", "045-781-4460"],
                ["M0170342", "百目鬼 玲", "r.domeki@softbank.ne.jp", "042-722-5190"],
                ["M0188219", "喜屋武 朝子", "kyan.asako@ryukyu-net.jp", "098-862-4417"],
                ["M0201377", "祝 真理子", "hori.mariko@gmail.com", "0467-23-9148"],
                ["M0199054", "朴 成美", "narumi.p@outlook.jp", "045-312-7786"],
                ["M0163320", "鴨志田 修一", "kamoshida.s@icloud.com", "03-3426-8870"],
                ["M0112906", "鬼頭 ゆかり", "yukari_kito77@yahoo.co.jp", "080-6604-1952"],
                ["M0087741", "釜萢 和代", "kamayachi.k@ezweb.ne.jp", "090-8831-2046"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "15-member list to CSIRT at mail.hinode-sangyo.co.jp: an internal subdomain, so all recipients are internal",
    },
]
