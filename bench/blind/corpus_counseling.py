"""corpus_counseling — 日の出産業株式会社 EAP・カウンセリング事業部 (counseling).

Mail of the EAP (employee assistance programme) and counselling business: appointment
lists for client companies' health rooms, counsellors' notes on stress, depression and
family problems, referrals to clinics, school counsellors' reports to boards of
education, outsourced counsellors' fees, anonymised statistics for client HR, contracts,
leaflets and seminars.  Written blind from BRIEF.md.  My Number / card seeds start at 3101.
"""

from build import card_number, my_number

_ZEN = str.maketrans("0123456789-/", "０１２３４５６７８９－／")


def zen(s: str) -> str:
    """Full-width digits, as some staff type them."""
    return s.translate(_ZEN)


def mn4(seed: int) -> str:
    n = my_number(seed)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def card4(seed: int) -> str:
    n = card_number(seed)
    return f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"


def corp_no(base12: str) -> str:
    """法人番号 with its leading check digit."""
    s = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        s += p * (1 if n % 2 else 2)
    return str(9 - s % 9) + base12


HINODE_T = "T" + corp_no("010401087265")

# -- signatures (each person keeps their own) ---------------------------------------------

SIG_SUGIURA = """
──────────────────────────
日の出産業株式会社 EAP・カウンセリング事業部
EAP相談受付デスク　杉浦 明日香（すぎうら あすか）
〒103-0027 東京都中央区日本橋2-11-8 日の出日本橋ビル6F
TEL：03-5201-7740（受付 平日9:00-18:00）　FAX：03-5201-7749
E-mail：sugiura@hinode-sangyo.co.jp
──────────────────────────
"""

SIG_MIYAKE = """
--
日の出産業株式会社
EAP・カウンセリング事業部 カウンセリング課
公認心理師／臨床心理士　三宅 遥
〒103-0027 東京都中央区日本橋2-11-8 日の出日本橋ビル6F
TEL 03-5201-7741　FAX 03-5201-7749
miyake.haruka@hinode-sangyo.co.jp
"""

SIG_IWASE = """
****************************************
日の出産業株式会社 EAP・カウンセリング事業部
大阪カウンセリングルーム　公認心理師 岩瀬 卓也
〒530-0012 大阪府大阪市北区芝田1-4-14 梅田芝田ビル3F
TEL 06-6375-2210 / FAX 06-6375-2219
t-iwase@hinode-sangyo.co.jp
****************************************
"""

SIG_HASEBE = """
=================================
日の出産業株式会社
EAP・カウンセリング事業部 EAP推進課
長谷部 隆（はせべ たかし）
〒103-0027 東京都中央区日本橋2-11-8 日の出日本橋ビル6F
TEL: 03-5201-7745　携帯: 080-4128-3360
Mail: hasebe.takashi@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/eap/
=================================
"""

SIG_HORINOUCHI = """
-----
日の出産業株式会社 EAP・カウンセリング事業部
事業管理課 レポートチーム　堀之内 真紀
TEL 03-5201-7747（直通）
m.horinouchi@hinode-sangyo.co.jp
-----
"""

SIG_KATAGIRI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 EAP・カウンセリング事業部
スクールカウンセリング派遣チーム
片桐 由衣（公認心理師）
TEL 03-5201-7752　FAX 03-5201-7749
katagiri.yui@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_OTSUKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
執行役員 EAP・カウンセリング事業部長
大槻 誠一
〒103-0027 東京都中央区日本橋2-11-8 日の出日本橋ビル6F
代表 03-5201-7700　直通 03-5201-7701
otsuki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_SAKAMAKI = """
--------------------------------------------
日の出産業株式会社 EAP・カウンセリング事業部
事業管理課（契約・経理）　坂巻 恵
TEL 03-5201-7748　sakamaki.megumi@hinode-sangyo.co.jp
--------------------------------------------
"""

SIG_ARAKAWA = """
--
Kenji Arakawa (荒川 健司)
Global EAP Coordinator, EAP & Counselling Division
Hinode Sangyo Co., Ltd.
6F Hinode Nihonbashi Bldg., 2-11-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7760 | arakawa.kenji@hinode-sangyo.co.jp
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received this e-mail in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited.
"""

MIYAKE = "三宅 遥 <miyake.haruka@hinode-sangyo.co.jp>"
IWASE = "岩瀬 卓也 <t-iwase@hinode-sangyo.co.jp>"
SUGIURA = "杉浦 明日香 <sugiura@hinode-sangyo.co.jp>"
HASEBE = "長谷部 隆 <hasebe.takashi@hinode-sangyo.co.jp>"
HORINOUCHI = "堀之内 真紀 <m.horinouchi@hinode-sangyo.co.jp>"
KATAGIRI = "片桐 由衣 <katagiri.yui@hinode-sangyo.co.jp>"
OTSUKI = "大槻 誠一 <otsuki@hinode-sangyo.co.jp>"
SAKAMAKI = "坂巻 恵 <sakamaki.megumi@hinode-sangyo.co.jp>"
ARAKAWA = "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>"

MURAI = "村井 千尋 <murai.chihiro@kawasaki-denki.co.jp>"
FUKUHARA = "福原 康介 <fukuhara.kosuke@kawasaki-denki.co.jp>"
TAKAGI = "高城 亮 <r-takagi@aoba-unyu.co.jp>"
SUDO = "須藤 里美 <sudo.satomi@midori-ginko.co.jp>"
MANABE = "真鍋 大輔 <manabe@tsubasa-system.jp>"
NIWA = "丹羽 香織 <niwa-k@kitaguni-foods.co.jp>"
YABUKI = "矢吹 奈央 <yabuki.nao@sakura-hotel.jp>"
OKAWA = "大川 修 <okawa@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川 透 <t.shirakawa@shirakawa-law.jp>"
ANZAI = "安西 剛 <anzai.tsuyoshi@marushin-kensetsu.co.jp>"
KOMOREBI = "こもれびメンタルクリニック <info@komorebi-mental.jp>"
TAMARU = "田丸 聡一 <tamaru@tamaru-sangyoi.jp>"
KIMURA = "木村税理士事務所 木村 <kimura@kimura-zeirishi.jp>"
NORDVIK = "Ingrid Lindqvist <i.lindqvist@nordvik.co.jp>"

MESSAGES = []

MESSAGES += [
    {
        "id": "counseling-001", "expect": "stop", "charset": "iso-2022-jp",
        "sender": SUGIURA, "to": [MURAI],
        "subject": "【川崎電機様】11月 出張カウンセリング 予約状況のご連絡",
        "body": """村井様

いつもお世話になっております。
日の出産業 EAP相談受付デスクの杉浦でございます。

11月の出張カウンセリング（川崎工場 健康管理室）の予約状況をお知らせいたします。
当日は受付にてご本人確認をお願いできますと幸いです。

日付   時間         氏名           社員番号  携帯             メール
-----  -----------  -------------  --------  ---------------  -----------------------------------
11/12  10:00-10:50  大隈 晴彦      K20418    090-3318-2047    okuma.haruhiko@kawasaki-denki.co.jp
11/12  11:00-11:50  仁科 えりか    K31105    080-5524-9170    nishina.erika@kawasaki-denki.co.jp
11/12  13:30-14:20  百目鬼 亮介    K18872    070-2261-3408    domeki.ryosuke@kawasaki-denki.co.jp
11/19  10:00-10:50  瀬戸口 みのり  K27730    090-8842-1536    setoguchi.minori@kawasaki-denki.co.jp
11/19  14:30-15:20  加賀美 俊      K15093    080-1937-6624    kagami.shun@kawasaki-denki.co.jp
11/26  10:00-10:50  東海林 沙織    K29951    090-4470-5812    shoji.saori@kawasaki-denki.co.jp

※11/26 午後の枠はまだ空きがございます。
ご不明点がございましたらお気軽にご連絡ください。

よろしくお願いいたします。
""" + SIG_SUGIURA,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "6名の予約一覧（氏名・社員番号・携帯・メール）を空白揃えの表で社外の健康管理室へ: 5名以上の名簿",
    },
    {
        "id": "counseling-002", "expect": "stop", "charset": "shift_jis",
        "sender": MIYAKE, "to": [TAKAGI],
        "subject": "Re: 第二配送センター 乗務員の件（ご相談）",
        "body": """高城様

お世話になっております。日の出産業 EAPカウンセリング課の三宅です。
昨日ご相談いただいた第二配送センターの戸叶 誠二さん（乗務員、社員番号 A-30417）の件、
本日午前に面談を行いましたのでご報告いたします。ご本人の同意を得て共有しております。

・9月から心療内科（かすが野メンタルクリニック）に通院されており、「うつ病」との
　診断を受けているとのことです。
・現在、抗うつ薬と睡眠導入剤を服用中で、朝の眠気が強いと話されていました。
・服薬状況を考えますと、当面は乗務を外し、日勤の構内作業への一時的な配置転換を
　ご検討いただくのが望ましいと考えます。
・主治医の意見書を取り寄せていただき、産業医面談の設定をお願いいたします。

次回面談は11/8（金）15時を予定しております。
取り急ぎご報告まで。

三宅

> 三宅様
> いつもお世話になっております。青葉運輸の高城です。
> 第二配送センターの乗務員の件で、最近遅刻が続き、点呼時の様子も気になるとの
> 報告がセンター長からありました。一度面談をお願いできますでしょうか。
> よろしくお願いいたします。
> 高城
""" + SIG_MIYAKE,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "名前の分かる従業員1名のうつ病診断・服薬を取引先人事へ: 要配慮個人情報（1名でも止める）",
    },
    {
        "id": "counseling-003", "expect": "pass", "charset": "iso-2022-jp",
        "sender": OTSUKI, "to": [FUKUHARA],
        "subject": "EAPサービス契約更新のお礼",
        "body": """川崎電機株式会社
人事部 人事企画課長 福原 康介 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業の大槻でございます。

このたびは2025年度のEAPサービス契約につきまして、継続のご決定をいただき
誠にありがとうございます。
来年度は、川崎工場・横浜事業所に加え、新設の小田原物流センターへの
出張カウンセリングも対象とさせていただきます。

つきましては、来月中旬に担当の長谷部とともにご挨拶に伺いたく存じます。
ご都合のよい日時を二、三お知らせいただけましたら幸いです。

今後とも何卒よろしくお願い申し上げます。
""" + SIG_OTSUKI,
        "entities": [], "detectors": [],
        "note": "通常の挨拶メール。住所・電話は送信者本人の署名のみ",
    },
    {
        "id": "counseling-004", "expect": "stop", "charset": "utf-8",
        "sender": MIYAKE, "to": [KOMOREBI],
        "subject": "ご紹介状送付のお願い（柘植様）",
        "body": """こもれびメンタルクリニック
院長 瀬尾 雅之 先生

いつも大変お世話になっております。
日の出産業 EAP・カウンセリング事業部の三宅でございます。

先ほどお電話でご相談いたしました方につき、ご紹介状を添付にてお送りいたします。
初診のご予約は、ご本人から直接お電話させていただく予定です。
ご高診のほど、何卒よろしくお願い申し上げます。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "docx", "name": "ご紹介状_柘植様.docx", "title": "ご紹介状",
            "paragraphs": [
                "ご紹介状",
                "こもれびメンタルクリニック 院長 瀬尾 雅之 先生 御侍史",
                "日の出産業株式会社 EAP・カウンセリング事業部 公認心理師 三宅 遥",
                "下記の方をご紹介申し上げます。ご高診のほどよろしくお願い申し上げます。",
            ],
            "tables": [[
                ["氏名", "柘植 美奈子（つげ みなこ）　女性"],
                ["生年月日", "昭和61年7月19日"],
                ["住所", "神奈川県横浜市港北区日吉本町4-22-9 メゾン日吉203"],
                ["電話", "080-6621-4390"],
                ["保険証", "全国健康保険協会 神奈川支部　記号 31201457　番号 86"],
                ["勤務先", "みどり銀行 港北支店（当社EAP契約先）"],
                ["主訴", "入眠困難・中途覚醒（約2か月）、食欲低下、体重減少 4kg"],
                ["経過", "職場の人間関係を契機に抑うつ気分が持続。希死念慮は否定。EAP面談3回実施。"],
                ["所見", "抑うつエピソードの可能性があり、薬物療法の要否についてご判断をお願いいたします。"],
            ]],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                     "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCXの紹介状: 氏名・生年月日・住所・保険証記号番号・抑うつ症状を社外クリニックへ",
    },
    {
        "id": "counseling-005", "expect": "pass", "charset": "utf-8",
        "sender": HORINOUCHI, "to": [NIWA],
        "subject": "10月度 EAP利用状況のご報告（北国フーズ様）",
        "body": """北国フーズ株式会社
総務部 丹羽様

いつもお世話になっております。日の出産業の堀之内です。
10月度のEAP利用状況をご報告いたします。

■ 相談件数（延べ）
  区分              件数   前月
  ----------------  -----  -----
  メンタルヘルス       14     11
  職場の人間関係        9      7
  家族・育児・介護      6      8
  キャリア              3      2
  法律・金銭            2      1
  ----------------  -----  -----
  合計                 34     29

■ 利用率（従業員 1,240名比）　実人数 27名 / 2.2%
■ 相談経路　電話 52% / Web 31% / 対面 17%

※個人が特定されないよう、事業所別に5件未満となる集計は表示しておりません。
※詳細な分析は四半期報告書にてご報告いたします。

引き続きよろしくお願いいたします。
""" + SIG_HORINOUCHI,
        "entities": [], "detectors": [],
        "note": "匿名の集計値のみ（人を含まない統計）",
    },
    {
        "id": "counseling-006", "expect": "stop", "charset": "iso-2022-jp",
        "sender": SAKAMAKI, "to": [KIMURA],
        "subject": "支払調書（外部カウンセラー）1名分 追加のお願い",
        "body": f"""木村先生

いつもお世話になっております。日の出産業 事業管理課の坂巻です。
先日お送りした外部委託カウンセラーの報酬の支払調書につきまして、
1名分漏れておりましたので、追加をお願いいたします。

　氏名　　：鰐淵 紗希（わにぶち さき）
　住所　　：埼玉県さいたま市浦和区常盤6-3-15 グランメール常盤402
　個人番号：{mn4(3101)}
　2024年 支払金額：1,386,000円（源泉徴収税額 141,517円）

お手数をおかけいたしますが、よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "外部カウンセラー1名のマイナンバーを税理士事務所へ本文で送信",
    },
    {
        "id": "counseling-007", "expect": "stop", "charset": "utf-8",
        "sender": HASEBE,
        "to": [FUKUHARA, NIWA, "長尾 雅史 <nagao.m@shinonome-kagaku.co.jp>",
               "丸信建設 総務部 <soumu@marushin-kensetsu.co.jp>"],
        "subject": "【ご案内】管理職向けラインケア研修 公開講座（12/5・オンライン）",
        "body": """人事ご担当者様

いつも大変お世話になっております。
日の出産業 EAP推進課の長谷部でございます。

EAPご契約企業様向けに、管理職の方を対象とした公開講座を開催いたします。

　日時：2024年12月5日（木）14:00-16:00
　形式：オンライン（Zoom）
　講師：三宅 遥（公認心理師・臨床心理士）
　内容：部下の不調のサインに気づく／声のかけ方と傾聴の基本／
　　　　専門機関・EAPへのつなぎ方／復職者を迎える職場づくり
　費用：ご契約範囲内（追加費用なし）
　定員：各社5名まで

お申込みは11月22日（金）までに、下記フォームよりお願いいたします。
https://www.hinode-sangyo.co.jp/eap/seminar/1205

ご不明点は長谷部までお問い合わせください。
""" + SIG_HASEBE,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "4社の人事担当を宛先に並べて送信: 3社以上の社外宛先が互いに見える（Bccにすべき）",
    },
    {
        "id": "counseling-008", "expect": "pass", "charset": "shift_jis",
        "sender": HASEBE,
        "to": ["岸本 紗英 <kishimoto.sae@tsubasa-system.jp>"], "cc": [MANABE],
        "subject": "Re: 担当者変更のお知らせ",
        "body": """ツバサシステム株式会社
人事総務部 労務グループ 岸本様
（cc: 真鍋様）

お世話になっております。日の出産業の長谷部です。
担当者変更のご連絡をいただき、ありがとうございます。

新ご担当の岸本様のご連絡先、弊社側で以下のとおり登録いたしました。
誤りがございましたらご指摘ください。

　ツバサシステム株式会社 人事総務部 労務グループ
　岸本 紗英 様
　直通：03-6810-4432
　E-mail：kishimoto.sae@tsubasa-system.jp

真鍋様、これまで大変お世話になりました。新部署でのご活躍をお祈りしております。

今後ともよろしくお願いいたします。

> 日の出産業 長谷部様
> 12月1日付の異動に伴い、EAPのご担当を岸本に引き継ぐこととなりました。
> 今後のご連絡は岸本宛にお願いいたします。
> 真鍋
""" + SIG_HASEBE,
        "entities": [], "detectors": [],
        "note": "取引先の新担当者1名の業務連絡先のみ（ビジネス連絡先）",
    },
    {
        "id": "counseling-009", "expect": "stop", "charset": "utf-8",
        "sender": HORINOUCHI, "to": ["村井 千尋 <murai.chihiro@kawasaki-denkl.co.jp>"],
        "subject": "10月度 利用状況レポート送付の件",
        "body": """川崎電機株式会社
健康管理室 村井様

お世話になっております。日の出産業の堀之内です。
10月度の利用状況について、概要を先にお送りいたします。

・延べ相談件数 41件（前月比 +6件）
・うち対面カウンセリング 12件（川崎工場 8件／横浜事業所 4件）
・セルフケアWeb講座 受講 186名

四半期レポートは11月第3週にお届け予定です。
よろしくお願いいたします。
""" + SIG_HORINOUCHI,
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "宛先ドメイン kawasaki-denkl.co.jp は kawasaki-denki.co.jp の i→l 類似ドメイン",
    },
    {
        "id": "counseling-010", "expect": "pass", "charset": "iso-2022-jp",
        "sender": IWASE,
        "to": [MIYAKE, KATAGIRI], "cc": ["EAPケース会議 <eap-case@mail.hinode-sangyo.co.jp>"],
        "subject": "【ケース会議】11/7 検討ケースの共有",
        "body": """ケース会議メンバー各位

岩瀬です。11/7（木）のケース会議で検討するケースを共有します。
社内限りの資料ですので、印刷はせず画面で確認してください。

【ケース1】北国フーズ 製造部 樋渡 公平さん（42歳）
　パニック障害（2022年 診断、通院中）。夜勤シフト増加後に発作が再燃。
　主治医と連携のうえ、夜勤免除の意見書を検討中。

【ケース2】さくらホテル 宴会課 矢島 いずみさん（29歳）
　摂食障害の既往あり。上司の叱責後から過食嘔吐が増えているとの訴え。
　医療機関への再受診を勧奨済み、本人はためらいあり。

【ケース3】みどり銀行 事務センター 早乙女 拓さん（36歳）
　配偶者のアルコール依存と家庭内暴力（本人が被害者）。
　DV相談窓口の情報提供済み。安全確保の確認を継続。

以上、よろしくお願いします。
岩瀬
""" + SIG_IWASE,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
        "note": "病歴・DV被害を含むケース資料だが宛先はすべて社内（サブドメイン含む）",
    },
    {
        "id": "counseling-011", "expect": "stop", "charset": "shift_jis",
        "sender": IWASE, "to": [TAMARU],
        "subject": "面談記録の送付（パスワード別送）",
        "body": """田丸先生

いつもお世話になっております。日の出産業 大阪カウンセリングルームの岩瀬です。
先日ご依頼のありました面談記録を添付にてお送りいたします。
添付ファイルのパスワードは、別メールにてお送りいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_IWASE,
        "attachments": [{
            "kind": "zip", "name": "面談記録_20241105.zip", "password": "Hs7#k2Qm-1105",
            "files": [{"kind": "docx", "name": "面談記録.docx",
                       "paragraphs": ["面談記録", "対象者：ツバサシステム 開発二部 椎名 航平",
                                      "主訴：適応障害による休職中。復職への不安。"]}],
        }],
        "entities": [], "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）: 中身を検査できない添付",
    },
    {
        "id": "counseling-012", "expect": "pass", "charset": "utf-8",
        "sender": MIYAKE, "to": [SUDO],
        "subject": "12月 セルフケア研修 資料のご確認",
        "body": """みどり銀行
人事部 ウェルネス推進室 須藤様

お世話になっております。日の出産業の三宅です。
12月のセルフケア研修（新任管理職向け）の資料案を下記にまとめました。

　1. ストレスの仕組みと早めの気づき（15分）
　2. 睡眠・休息のセルフチェック（15分）
　3. 相談することへの心理的ハードル（10分）
　4. EAP相談窓口の使い方（10分）
　5. 質疑応答（10分）

スライドは来週月曜までにお送りいたします。
EAP窓口の案内ページに載せる「相談内容は会社に伝わりません」という説明文について、
貴行の表現ルールに合わせて修正が必要であればお知らせください。

よろしくお願いいたします。
""" + SIG_MIYAKE + DISC_JA,
        "entities": [], "detectors": [],
        "note": "定型の機密情報免責文が末尾にあるだけの通常業務メール",
    },
    {
        "id": "counseling-013", "expect": "stop", "charset": "shift_jis",
        "sender": HORINOUCHI, "to": [SUDO],
        "subject": "上期 EAP利用状況報告会 資料送付",
        "body": """須藤様

お世話になっております。日の出産業の堀之内です。
11/20の報告会で使用する資料をお送りいたします。
事前にお目通しいただけますと幸いです。

どうぞよろしくお願いいたします。
""" + SIG_HORINOUCHI,
        "attachments": [{
            "kind": "pptx", "name": "みどり銀行様_2024上期_EAP報告.pptx",
            "title": "【社外秘】2024年度上期 EAP利用状況報告",
            "page_footer": "社外秘｜日の出産業株式会社 EAP・カウンセリング事業部",
            "slides": [
                ["【社外秘】みどり銀行様 2024年度上期 EAP利用状況報告",
                 "日の出産業株式会社 EAP・カウンセリング事業部", "2024年11月20日"],
                ["利用状況サマリー", "延べ相談件数 212件（前年同期比 +14%）",
                 "実利用者 138名 / 利用率 3.9%", "対面 28% / 電話 44% / Web 28%"],
                ["相談内容の内訳", "メンタルヘルス 38%", "職場の人間関係 24%",
                 "家族・介護 17%", "キャリア 12%", "その他 9%"],
                ["今後のご提案", "支店長向けラインケア研修の拡充", "異動期（4月・10月）の周知強化"],
            ],
        }],
        "entities": [], "detectors": ["confidential_marking"],
        "note": "添付PPTXのタイトル・フッターに「社外秘」の表示（統計のみだが区分表示付き）",
    },
    {
        "id": "counseling-014", "expect": "pass", "charset": "iso-2022-jp",
        "sender": OTSUKI, "to": [SHIRAKAWA],
        "subject": "秘密保持契約書（港南ロジ様 EAP新規契約）ドラフトのご確認のお願い",
        "body": """白川法律事務所
弁護士 白川 透 先生

いつもお世話になっております。日の出産業の大槻でございます。

港南ロジ株式会社様との新規EAP契約に先立ち、秘密保持契約書を締結する予定です。
先方から提示されたドラフトについて、以下の点をご確認いただけますでしょうか。

　1. 第2条「秘密情報」の定義に、相談者個人の相談記録が含まれるか否か
　2. 第5条 第三者開示の例外（自傷他害のおそれがある場合の緊急連絡）の書きぶり
　3. 第8条 契約終了後の記録の返還・廃棄（当社は5年保管が原則）との整合
　4. 統計データ（個人を識別できないもの）の提供が秘密保持義務に抵触しないこと

ドラフトは先方のご意向により、別途ファイル共有サービスでお送りいたします。
お忙しいところ恐縮ですが、11月末までにご意見を頂戴できれば幸いです。
""" + SIG_OTSUKI,
        "entities": [], "detectors": [],
        "note": "秘密保持契約（NDA）についての相談メール。機密の語はあるが区分表示ではない",
    },
    {
        "id": "counseling-015", "expect": "stop", "charset": "shift_jis",
        "sender": MIYAKE, "to": [TAMARU],
        "subject": "青葉運輸様 ストレスチェック 面接指導申出者一覧",
        "body": """田丸先生

お世話になっております。日の出産業の三宅です。
青葉運輸様の本年度ストレスチェックにつき、高ストレス判定かつ面接指導の申出が
あった方の一覧をお送りいたします（CSV）。
面接指導の日程調整をお願いできますでしょうか。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "csv", "name": "aoba_koustress_mensetsu.csv", "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "所属", "生年月日", "判定", "ストレス反応点", "申出日", "連絡先"],
                ["A-10293", "鎌田 祐介", "本社 配車課", "1979/03/14", "高ストレス", "78", "2024/10/21", "090-5512-3307"],
                ["A-11820", "汐田 真衣", "本社 経理課", "1990/11/02", "高ストレス", "81", "2024/10/21", "080-2240-6918"],
                ["A-20417", "小田切 剛", "第一配送センター", "1975/06/28", "高ストレス", "74", "2024/10/22", "070-6603-2251"],
                ["A-30155", "野々宮 翔", "第二配送センター", "1995/01/09", "高ストレス", "85", "2024/10/23", "090-1187-4420"],
                ["A-30388", "鰺坂 久美子", "第二配送センター", "1983/08/17", "高ストレス", "77", "2024/10/23", "080-9935-1264"],
                ["A-40012", "杠 哲也", "千葉営業所", "1969/12/30", "高ストレス", "79", "2024/10/24", "090-7721-0583"],
                ["A-40290", "宇津木 沙耶", "千葉営業所", "1998/04/05", "高ストレス", "88", "2024/10/25", "070-3358-9146"],
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CSV(CP932)で7名の高ストレス判定（健康情報）と生年月日・携帯を社外の産業医事務所へ",
    },
    {
        "id": "counseling-016", "expect": "pass", "charset": "shift_jis",
        "sender": SUGIURA, "to": [YABUKI],
        "subject": "Re: セルフケアWeb講座 受講者の登録依頼",
        "body": """矢吹様

お世話になっております。日の出産業 EAP相談受付デスクの杉浦です。
受講者リスト、確かに受領いたしました。
本日中にアカウントを発行し、各受講者様へログイン案内メールをお送りいたします。
案内メールの送信元は no-reply@hinode-sangyo.co.jp となりますので、
迷惑メールに振り分けられないよう周知いただけますと助かります。

よろしくお願いいたします。

>> 日の出産業 杉浦様
>> いつもお世話になっております。さくらホテルの矢吹です。
>> セルフケアWeb講座の受講者を下記のとおり登録お願いいたします。
>>
>> 氏名          所属        メールアドレス
>> 有馬 健吾     フロント    arima.kengo@sakura-hotel.jp
>> 勝呂 美波     宴会        suguro.minami@sakura-hotel.jp
>> 砂川 俊哉     調理        sunagawa.t@sakura-hotel.jp
>> 宗像 あかね   客室        munakata.akane@sakura-hotel.jp
>> 能登 雄大     営業        noto.yudai@sakura-hotel.jp
>> 菱沼 桃子     総務        hishinuma.momoko@sakura-hotel.jp
>>
>> よろしくお願いいたします。
>> 矢吹
""" + SIG_SUGIURA,
        "entities": [], "detectors": [],
        "note": "6名の一覧は相手から来たメールの引用（>）部分のみ。新たな本文に個人データなし",
    },
    {
        "id": "counseling-017", "expect": "stop", "charset": "utf-8",
        "sender": HASEBE, "to": ["未来人材研修 事務局 <jimukyoku@mirai-jinzai.co.jp>"],
        "subject": "共催セミナー（11/28）受講者名簿の送付",
        "body": """未来人材研修株式会社
研修事務局 ご担当者様

お世話になっております。日の出産業の長谷部です。
11/28共催の「ハラスメント予防と相談対応」セミナーの受講者名簿（UTF-8のCSV）を
お送りいたします。受付用の名札作成にご利用ください。

なお、当日欠席の連絡があった場合は追ってお知らせいたします。
""" + SIG_HASEBE,
        "attachments": [{
            "kind": "csv", "name": "seminar_1128_participants.csv", "encoding": "utf-8",
            "rows": [
                ["No", "氏名", "フリガナ", "会社名", "部署", "メール", "電話"],
                ["1", "葛城 奈々", "カツラギ ナナ", "北国フーズ", "総務部", "katsuragi@kitaguni-foods.co.jp", "011-221-4830"],
                ["2", "三田村 学", "ミタムラ マナブ", "北国フーズ", "製造部", "mitamura@kitaguni-foods.co.jp", "090-6620-1148"],
                ["3", "江藤 美咲", "エトウ ミサキ", "川崎電機", "人事部", "eto.misaki@kawasaki-denki.co.jp", "044-589-2231"],
                ["4", "鳥飼 慎吾", "トリカイ シンゴ", "川崎電機", "品質保証部", "torikai.shingo@kawasaki-denki.co.jp", "080-3341-7706"],
                ["5", "雨宮 佳子", "アメミヤ ヨシコ", "青葉運輸", "総務部", "amemiya@aoba-unyu.co.jp", "03-5644-1820"],
                ["6", "甲斐 大地", "カイ ダイチ", "青葉運輸", "千葉営業所", "kai.d@aoba-unyu.co.jp", "070-2194-5538"],
                ["7", "柊 玲奈", "ヒイラギ レナ", "さくらホテル", "人事課", "hiiragi.rena@sakura-hotel.jp", "090-4418-2209"],
                ["8", "門脇 隆之", "カドワキ タカユキ", "さくらホテル", "宴会課", "kadowaki@sakura-hotel.jp", "080-7750-3316"],
                ["9", "石動 由紀", "イスルギ ユキ", "東雲化学", "人事部", "isurugi.y@shinonome-kagaku.co.jp", "03-3862-0417"],
                ["10", "平賀 俊介", "ヒラガ シュンスケ", "東雲化学", "研究所", "hiraga.s@shinonome-kagaku.co.jp", "090-2287-6651"],
                ["11", "南雲 美和", "ナグモ ミワ", "丸信建設", "総務部", "nagumo@marushin-kensetsu.co.jp", "045-671-3308"],
                ["12", "芦田 光", "アシダ ヒカル", "丸信建設", "工事部", "ashida.h@marushin-kensetsu.co.jp", "080-1123-9984"],
            ],
        }],
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV(UTF-8)で12名の受講者名簿（氏名・メール・電話）を社外の研修会社へ",
    },
    {
        "id": "counseling-018", "expect": "pass", "charset": "iso-2022-jp",
        "sender": SUGIURA, "to": [NIWA],
        "subject": "対面カウンセリングルーム 拠点一覧",
        "body": """丹羽様

お世話になっております。日の出産業の杉浦です。
お問い合わせいただいた対面カウンセリングの拠点一覧をお送りいたします。
社内周知の際にご活用ください。

■東京（日本橋）カウンセリングルーム
　〒103-0027 東京都中央区日本橋2-11-8 日の出日本橋ビル6F
　TEL 03-5201-7740　平日 9:00-20:00／土 10:00-17:00
■大阪カウンセリングルーム
　〒530-0012 大阪府大阪市北区芝田1-4-14 梅田芝田ビル3F
　TEL 06-6375-2210　平日 9:00-19:00
■名古屋カウンセリングルーム
　〒460-0008 愛知県名古屋市中区栄3-15-27 栄セントラルビル5F
　TEL 052-252-6630　平日 10:00-19:00
■札幌カウンセリングルーム
　〒060-0042 北海道札幌市中央区大通西5-8-1 大通ウエストビル4F
　TEL 011-231-7715　平日 10:00-18:00
■福岡カウンセリングルーム
　〒810-0001 福岡県福岡市中央区天神2-6-11 天神日の出ビル7F
　TEL 092-724-1190　平日 10:00-18:00

いずれも予約制です。ご予約は受付デスク（0120-810-225）までお願いいたします。
""" + SIG_SUGIURA,
        "entities": [], "detectors": [],
        "note": "拠点（事業所）の住所・電話一覧。人ではなく事業所のリスト",
    },
    {
        "id": "counseling-019", "expect": "stop", "charset": "shift_jis",
        "sender": HORINOUCHI, "to": [YABUKI],
        "subject": "10月 EAP利用報告（明細付き）",
        "body": """矢吹様

お世話になっております。日の出産業の堀之内です。
10月分のEAP利用報告をお送りいたします。
ご依頼のとおり、今回は明細シートも追加しております。
明細は人事部長様限りでのご確認をお願いいたします。
""" + SIG_HORINOUCHI,
        "attachments": [{
            "kind": "xlsx", "name": "さくらホテル様_EAP利用報告_202410.xlsx",
            "sheets": {
                "集計": [
                    ["さくらホテル様 EAP利用状況 2024年10月"],
                    [],
                    ["区分", "件数", "前月"],
                    ["メンタルヘルス", 7, 5],
                    ["人間関係", 4, 6],
                    ["家族・介護", 3, 2],
                    ["その他", 2, 1],
                ],
                "利用者明細": [
                    ["利用者明細（2024年10月）"],
                    ["No", "受付日", "社員番号", "氏名", "所属", "相談区分", "主訴", "対応"],
                    [1, "10/02", "S0412", "有田 智也", "フロント", "メンタル", "抑うつ気分・不眠", "心療内科受診勧奨"],
                    [2, "10/07", "S0877", "嵯峨 千晶", "宴会", "メンタル", "パニック発作（通院中）", "継続面談"],
                    [3, "10/11", "S1023", "梶 伸彦", "調理", "家族", "配偶者の介護負担", "地域包括支援センター紹介"],
                    [4, "10/15", "S0331", "乙部 香澄", "客室", "人間関係", "上司からの叱責", "継続面談"],
                    [5, "10/22", "S1210", "設楽 和真", "営業", "メンタル", "適応障害で休職中", "復職支援"],
                    [6, "10/29", "S0695", "巽 陽子", "総務", "その他", "多重債務", "法律相談案内"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX（複数シート・表題行）の明細シートに6名の氏名と病状・休職などの要配慮情報",
    },
    {
        "id": "counseling-020", "expect": "either", "charset": "utf-8",
        "sender": HORINOUCHI, "to": [TAKAGI],
        "subject": "事業所別 EAP利用状況（第3四半期）",
        "body": """高城様

お世話になっております。日の出産業の堀之内です。
ご依頼の事業所別の利用状況をまとめました。

事業所              従業員数  相談件数  うちメンタル  備考
------------------  --------  --------  ------------  -------------------------
本社                     210        18             7
第一配送センター         145        11             4
第二配送センター           8         2             1  1名 休職中（医療機関受診中）
千葉営業所                64         5             2

第二配送センターは従業員数が少ないため、数値の取扱いにはご留意ください。
""" + SIG_HORINOUCHI,
        "entities": ["SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
        "note": "集計だが従業員8名の事業所で「1名休職中・受診中」: 特定できるかは判断が分かれる",
    },
    {
        "id": "counseling-021", "expect": "stop", "charset": "utf-8",
        "sender": KATAGIRI, "to": ["南霞市教育委員会 指導課 <kyoiku-shido@city.minamikasumi.lg.jp>"],
        "subject": "10月分 スクールカウンセラー活動報告書（南霞第三中学校）",
        "body": """南霞市教育委員会 指導課
ご担当者様

いつもお世話になっております。
日の出産業 スクールカウンセリング派遣チームの片桐です。

南霞第三中学校の10月分活動報告書を添付にてお送りいたします。
継続ケースのうち、関係機関との連携が必要な2件については別途ご相談させてください。

よろしくお願いいたします。
""" + SIG_KATAGIRI,
        "attachments": [{
            "kind": "docx", "name": "SC活動報告書_南霞第三中_2024年10月.docx",
            "title": "スクールカウンセラー活動報告書",
            "paragraphs": [
                "スクールカウンセラー活動報告書（2024年10月）",
                "学校名：南霞市立南霞第三中学校　　担当SC：片桐 由衣",
                "勤務日数：4日（10/3, 10/10, 10/17, 10/24）　相談件数：延べ19件",
                "1. 継続ケースの状況",
            ],
            "tables": [[
                ["学年・組", "氏名", "相談内容", "対応・連携"],
                ["2年3組", "久保寺 陽向", "不登校傾向（9月より週2日欠席）。医療機関で自閉スペクトラム症（ASD）の診断あり。",
                 "保護者面談2回。特別支援教育コーディネーターと連携。"],
                ["1年1組", "汐見 こはる", "手首に自傷痕。保護者からの身体的虐待が疑われる。",
                 "10/17 児童相談所へ通告済み。養護教諭と見守り。"],
                ["3年2組", "柳楽 蒼", "進路不安・不眠。父親が服役中であることを周囲に知られることへの不安。",
                 "担任と情報共有、継続面談。"],
                ["2年1組", "鶴間 美結", "友人関係のトラブル後、腹痛で保健室登校が続く。小児科で過敏性腸症候群と診断。",
                 "養護教諭・担任と週1回情報共有。"],
                ["3年4組", "新堀 大和", "母親の精神疾患（入院中）により、家事と弟の世話を担うヤングケアラー状態。",
                 "市の子ども家庭支援課と連携予定。"],
            ]],
        }],
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX報告書の表に生徒5名の実名とASD診断・虐待被害の疑い・家族の服役など要配慮情報",
    },
    {
        "id": "counseling-022", "expect": "pass", "charset": "utf-8",
        "sender": MIYAKE, "to": [MURAI],
        "subject": "川崎工場周辺の提携医療機関リスト",
        "body": """村井様

お世話になっております。日の出産業の三宅です。
先日お話のあった、川崎工場周辺で受診しやすい提携医療機関（心療内科・精神科）の
リストをお送りします。従業員の方へのご案内用にお使いください。

医療機関名                    所在地                              電話           備考
----------------------------  ----------------------------------  -------------  ------------------------
こもれびメンタルクリニック    川崎市川崎区砂子1-7-3 砂子ビル4F     044-211-3370   土曜午前診療・予約制
川崎駅前こころのクリニック    川崎市幸区大宮町12-5 ラゾーナ前ビル3F 044-520-8841   夜間19時まで
かわさき中央メンタルヘルス科  川崎市中原区小杉町3-264-1            044-738-6602   女性医師在籍
鹿島田こころの診療所          川崎市幸区鹿島田1-1-2 駅前ビル2F     044-555-1907   復職デイケアあり

うつ病や不眠などの相談は、まずEAP窓口でお話を伺ったうえでご紹介することも可能です。
""" + SIG_MIYAKE,
        "entities": [], "detectors": [],
        "note": "医療機関（事業所）の所在地・電話の一覧。人の記録ではない",
    },
    {
        "id": "counseling-023", "expect": "stop", "charset": "iso-2022-jp",
        "sender": IWASE, "to": [MANABE],
        "subject": "復職支援に関する意見書の送付",
        "body": """ツバサシステム株式会社
人事総務部 真鍋様

お世話になっております。日の出産業 大阪カウンセリングルームの岩瀬です。
開発二部の休職者の方の復職支援について、意見書（PDF）をお送りいたします。
産業医の先生との面談の際にご活用ください。
""" + SIG_IWASE,
        "attachments": [{
            "kind": "pdf", "name": "復職支援意見書_20241108.pdf", "title": "復職支援に関する意見書",
            "lines": [
                "復職支援に関する意見書",
                "",
                "ツバサシステム株式会社 人事総務部 御中",
                "日の出産業株式会社 EAP・カウンセリング事業部 公認心理師 岩瀬 卓也",
                "",
                "対象者：開発二部 椎名 航平 殿（社員番号 T-11823）",
                "休職期間：2024年6月3日より休職中",
                "主治医診断名：適応障害（あおい心療内科クリニック）",
                "現状：睡眠リズムは回復。生活記録表では9時-17時の活動が3週間継続。",
                "　　　プロジェクト炎上時の長時間労働がきっかけであり、同種業務への不安が残る。",
                "意見：短時間勤務（4週間）からの段階的復職が適当と考えます。",
                "　　　当面、客先常駐業務は避けることが望ましい。",
            ],
        }],
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDFの意見書に実名の休職者の診断名（適応障害）: 要配慮個人情報1名",
    },
    {
        "id": "counseling-024", "expect": "pass", "charset": "shift_jis",
        "sender": HASEBE, "to": [NIWA],
        "subject": "12/12 ラインケア研修 講師と当日の連絡先",
        "body": """丹羽様

お世話になっております。日の出産業の長谷部です。
12/12（木）札幌本社でのラインケア研修について、当日の講師と連絡先をお知らせいたします。

　講師　　：三宅 遥（公認心理師・臨床心理士）
　　　　　　当日携帯 090-2716-5043
　アシスト：岩瀬 卓也（公認心理師）
　　　　　　当日携帯 080-6359-1182

会場には13:00に入らせていただき、機材の確認をいたします。
プロジェクターとマイク1本のご用意をお願いいたします。
""" + SIG_HASEBE,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
        "note": "講師2名の当日連絡先のみ（4名以下の記録）: 警告はあり得るが止めない",
    },
    {
        "id": "counseling-025", "expect": "stop", "charset": "utf-8",
        "sender": SUGIURA, "to": [SUDO],
        "subject": "12月 オンラインカウンセリング 予約者一覧",
        "html": """<html><body>
<p>須藤様</p>
<p>いつもお世話になっております。日の出産業 EAP相談受付デスクの杉浦です。<br>
12月前半のオンラインカウンセリング予約者をお知らせします。会議室（個室）の確保をお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>予約日時</th><th>氏名</th><th>支店</th><th>電話</th><th>メール</th></tr>
<tr><td>12/2 18:00</td><td>真壁 亜希子</td><td>本店営業部</td><td>090-3362-7810</td><td>makabe.akiko@midori-ginko.co.jp</td></tr>
<tr><td>12/3 12:10</td><td>湊 俊介</td><td>新宿支店</td><td>080-4415-0927</td><td>minato.shunsuke@midori-ginko.co.jp</td></tr>
<tr><td>12/4 18:30</td><td>若狭 ひとみ</td><td>事務センター</td><td>070-5820-3391</td><td>wakasa.hitomi@midori-ginko.co.jp</td></tr>
<tr><td>12/5 19:00</td><td>陣内 龍</td><td>港北支店</td><td>090-1178-6642</td><td>jinnai.ryu@midori-ginko.co.jp</td></tr>
<tr><td>12/9 12:10</td><td>井戸田 優</td><td>融資部</td><td>080-9023-4405</td><td>idota.yu@midori-ginko.co.jp</td></tr>
<tr><td>12/10 18:00</td><td>帯刀 美里</td><td>大宮支店</td><td>090-6671-2058</td><td>tatewaki.misato@midori-ginko.co.jp</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 EAP・カウンセリング事業部<br>EAP相談受付デスク 杉浦 明日香<br>TEL 03-5201-7740</p>
</body></html>""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTMLのみのメールの表で6名の予約者（氏名・電話・メール）を社外へ",
    },
]

MESSAGES += [
    {
        "id": "counseling-026", "expect": "pass", "charset": "iso-2022-jp",
        "sender": HASEBE, "to": [FUKUHARA],
        "cc": ["ツバサシステム EAPシステムサポート <eap-support@tsubasa-system.jp>"],
        "subject": "Web予約システム導入に関する三者打合せの日程について",
        "body": """川崎電機株式会社 福原様
ツバサシステム株式会社 EAPシステムサポート ご担当者様

お世話になっております。日の出産業の長谷部です。

来年4月からのカウンセリングWeb予約システム導入に向けて、
三者での打合せを下記候補日で設定させていただきたく存じます。

　候補1：11月27日（水）10:00-11:30
　候補2：11月28日（木）15:00-16:30
　候補3：12月2日（月）13:30-15:00
　場所　：川崎電機様 本社 会議室（オンライン併用）

議題：SSO連携の方式、予約データの保管場所、健康管理室での閲覧権限の範囲

ご都合をお知らせいただけますと幸いです。
""" + SIG_HASEBE,
        "entities": [], "detectors": ["multiple_external_domains"],
        "note": "パートナー2社（川崎電機・ツバサシステム）宛の通常の三者打合せ調整",
    },
    {
        "id": "counseling-027", "expect": "stop", "charset": "utf-8",
        "sender": SUGIURA, "to": ["楠木 玲子 <kusunoki.counsel@gmail.com>"],
        "subject": "FW: 12/3 電話相談 折り返し依頼分",
        "body": """楠木先生

お疲れさまです。杉浦です。
夜間受付から回ってきた折り返し依頼分です。明日の在宅シフトでご対応をお願いできますでしょうか。

---------- Forwarded message ----------
From: EAP夜間受付 <eap-night@hinode-sangyo.co.jp>
Date: 2024年12月3日 22:47
Subject: 12/3 電話相談 折り返し依頼分
To: EAP相談受付デスク <eap-desk@hinode-sangyo.co.jp>

本日の夜間受付で折り返し希望のあった方です。

1. 赤羽 早苗（丸信建設）　090-4481-2297　夫のギャンブルによる借金の相談
2. 久世 雄一郎（川崎電機）　080-3007-5561　不眠が続き心療内科に通院中、薬の相談
3. 新庄 まどか（北国フーズ）　070-1298-6634　義母の介護疲れ
4. 舘野 浩二（青葉運輸）　090-8812-0456　息子の不登校
5. 外間 里奈（さくらホテル）　080-2256-9913　上司からのパワハラ、職場に行くと動悸

よろしくお願いします。
夜間受付 当番：鶴見
""" + SIG_SUGIURA,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "転送（FW）した社内メールの5名の相談者リスト（電話・通院中など）を外部カウンセラーのGmailへ",
    },
    {
        "id": "counseling-028", "expect": "pass", "charset": "utf-8",
        "sender": MIYAKE, "to": ["星野 優花 <yuuka.hoshino88@gmail.com>"],
        "subject": "Re: カウンセリングの日程について",
        "body": """星野様

ご連絡ありがとうございます。日の出産業 EAPカウンセリング課の三宅です。
11月15日（金）19:00からのオンライン面談（50分）で承りました。

当日の15分前までに、下記URLをお送りいたします。
静かで周りを気にせず話せる場所からご参加ください。
ご都合が悪くなった場合は、前日までに受付デスク（0120-810-225）へご連絡ください。

それでは当日お目にかかれるのを楽しみにしております。

三宅

On 2024/11/11 23:04, 星野 優花 wrote:
> 三宅さま
> 先日はお電話でありがとうございました。
> 最近また眠れない日が続いていて、できれば早めにお話ししたいです。
> 11/15の夜は空いていますか。
> 星野
""" + SIG_MIYAKE,
        "entities": [], "detectors": ["freemail_recipient"],
        "note": "相談者本人（フリーメール1件）への日程確認。不眠の話は本人の引用部分のみ",
    },
    {
        "id": "counseling-029", "expect": "stop", "charset": "shift_jis",
        "sender": MIYAKE, "to": ["あおぞら心療内科 地域連携室 <renkei@aozora-shinryo.jp>"],
        "subject": "先日お電話した件（記録の転送）",
        "body": """あおぞら心療内科
地域連携室 ご担当者様

お世話になっております。日の出産業 EAPカウンセリング課の三宅です。
先ほどお電話でお話しした方について、当方の記録メールをそのまま添付いたします。
初診予約の際のご参考にしていただければ幸いです。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "eml", "name": "ケース共有_宍戸様.eml",
            "message": {
                "charset": "iso-2022-jp", "sender": IWASE, "to": [MIYAKE],
                "subject": "ケース共有（みどり銀行 宍戸さん）",
                "body": """三宅さん

岩瀬です。大阪から東京本店へ異動された方の引き継ぎです。

みどり銀行 融資部 宍戸 真一郎さん（47歳）
・双極性障害で2019年から通院歴あり（大阪の主治医は異動に伴い終診）
・ここ2週間ほど睡眠3-4時間で活動量が多く、軽躁状態が疑われる
・リチウム服薬は自己判断で中断しているとのこと
・東京での主治医探しを希望。近いうちに受診につなげてください。

岩瀬
""",
            },
        }],
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "添付したメール（eml）に実名の双極性障害・服薬中断の記録: 要配慮個人情報を社外クリニックへ",
    },
    {
        "id": "counseling-030", "expect": "pass", "charset": "utf-8",
        "sender": HORINOUCHI, "to": [FUKUHARA], "cc": [MURAI],
        "subject": "2024年度 EAP年間報告書（速報版）",
        "body": """福原様
（cc: 村井様）

お世話になっております。日の出産業の堀之内です。
2024年度の年間報告書（速報版）をExcelでお送りいたします。
個人が特定されないよう、全て集計値のみとしております。
正式版は4月の報告会でご説明いたします。
""" + SIG_HORINOUCHI,
        "attachments": [{
            "kind": "xlsx", "name": "川崎電機様_EAP年間報告_2024速報.xlsx",
            "sheets": {
                "サマリー": [
                    ["川崎電機株式会社様 2024年度 EAP年間報告（速報）"],
                    ["項目", "2023年度", "2024年度"],
                    ["延べ相談件数", 402, 455],
                    ["実利用者数", 233, 261],
                    ["利用率", "4.1%", "4.6%"],
                    ["対面カウンセリング", 96, 118],
                ],
                "相談区分別": [
                    ["相談区分別 件数"],
                    ["区分", "件数", "構成比"],
                    ["メンタルヘルス", 171, "37.6%"],
                    ["職場の人間関係", 109, "24.0%"],
                    ["家族・育児・介護", 82, "18.0%"],
                    ["キャリア", 51, "11.2%"],
                    ["法律・金銭", 24, "5.3%"],
                    ["その他", 18, "4.0%"],
                ],
                "年代別": [
                    ["年代別 実利用者数"],
                    ["年代", "人数"],
                    ["20代", 68], ["30代", 74], ["40代", 63], ["50代", 46], ["60代", 10],
                ],
            },
        }],
        "entities": [], "detectors": [],
        "note": "人を含まない統計のみのXLSX（複数シート）",
    },
    {
        "id": "counseling-031", "expect": "stop", "charset": "iso-2022-jp",
        "sender": SUGIURA, "to": ["ペイライン株式会社 加盟店サポート <support@payline-kessai.co.jp>"],
        "subject": "決済エラーの照会（加盟店ID HN-20418）",
        "body": f"""ペイライン株式会社
加盟店サポートデスク ご担当者様

いつもお世話になっております。
日の出産業株式会社（加盟店ID：HN-20418）の杉浦と申します。

個人向け家族カウンセリングのお申込み者様のカード決済が、
オンライン画面で何度もエラーになってしまうとのことで、
お電話でカード情報を伺い、管理画面から手入力しましたが同様にエラーとなりました。
原因をご確認いただけますでしょうか。

　お申込み者：蔵元 真由美 様
　カード番号：{card4(3101)}
　有効期限　：08/27
　金額　　　：33,000円（家族カウンセリング 3回パック）
　エラーコード：E-5021

お手数ですが、よろしくお願いいたします。
""" + SIG_SUGIURA,
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "申込者のクレジットカード番号を決済代行会社へ本文で送信",
    },
    {
        "id": "counseling-032", "expect": "pass", "charset": "iso-2022-jp",
        "sender": SAKAMAKI, "to": ["経理チーム <keiri-team@hinode-sangyo.co.jp>"],
        "subject": "非常勤カウンセラー 源田さん 個人番号の連携",
        "body": f"""経理チーム各位

事業管理課の坂巻です。
12月から稼働の非常勤カウンセラー 源田さんの個人番号を、本人確認書類と照合のうえ連携します。
源泉徴収・支払調書の登録をお願いします。確認後、本メールは削除してください。

　氏名：源田 晃子（げんだ あきこ）
　住所：千葉県船橋市本町5-12-7 ロイヤル本町305
　個人番号：{mn4(3102)}
　本人確認：運転免許証（写しは事業管理課で施錠保管）

坂巻
""" + SIG_SAKAMAKI,
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], "detectors": [],
        "note": "マイナンバーを含むが宛先は社内のみ",
    },
    {
        "id": "counseling-033", "expect": "stop", "charset": "shift_jis",
        "sender": SUGIURA, "to": [NIWA],
        "subject": "11月 出張カウンセリング予約データ（札幌本社）",
        "body": """丹羽様

お世話になっております。日の出産業の杉浦です。
11月の札幌本社での出張カウンセリング予約データをZIPにまとめてお送りいたします。
・予約一覧（CSV）
・日別集計（Excel）

会議室の確保にあたりご確認ください。
""" + SIG_SUGIURA,
        "attachments": [{
            "kind": "zip", "name": "予約データ_札幌_202411.zip",
            "files": [
                {"kind": "csv", "name": "予約一覧_202411.csv", "encoding": "cp932",
                 "rows": [
                     ["予約日", "時間", "氏名", "社員番号", "内線", "携帯"],
                     ["11/13", "10:00", "大道寺 健", "KF1022", "3314", "090-2218-6607"],
                     ["11/13", "11:00", "相良 美穂", "KF2290", "3420", "080-6634-1195"],
                     ["11/13", "14:00", "氏家 淳", "KF0871", "3108", "070-4490-2273"],
                     ["11/20", "10:00", "諫山 かおり", "KF3016", "3512", "090-5573-8841"],
                     ["11/20", "13:00", "宍倉 拓郎", "KF1745", "3226", "080-1382-0964"],
                     ["11/27", "10:00", "不破 明美", "KF2508", "3419", "090-7706-3325"],
                     ["11/27", "15:00", "蓮見 健太", "KF0433", "3015", "070-8814-5502"],
                 ]},
                {"kind": "xlsx", "name": "日別集計_202411.xlsx",
                 "sheets": {"日別": [["日付", "予約数"], ["11/13", 3], ["11/20", 2], ["11/27", 2]]}},
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP内のCSVに7名の予約者（氏名・内線・携帯）",
    },
    {
        "id": "counseling-034", "expect": "pass", "charset": "iso-2022-jp",
        "sender": IWASE, "to": [TAMARU],
        "subject": "RE: 三者面談の日程について",
        "body": """田丸先生

お世話になっております。岩瀬です。
承知いたしました。11/20（水）14:00から、ツバサシステム様の会議室で
三者面談（先生・人事ご担当・当方）として調整いたします。
人事の真鍋様には私からご連絡しておきます。

引き続きよろしくお願いいたします。

-----Original Message-----
From: 田丸 聡一 <tamaru@tamaru-sangyoi.jp>
Sent: Monday, November 11, 2024 6:12 PM
To: 岩瀬 卓也 <t-iwase@hinode-sangyo.co.jp>
Subject: 三者面談の日程について

岩瀬先生
椎名さんの件、主治医の診断書では適応障害の症状は改善傾向とのことでした。
睡眠薬の減量も進んでいるようです。
復職前に一度、人事と岩瀬先生を交えて三者で面談したいと考えています。
11/20午後はいかがでしょうか。
田丸
""" + SIG_IWASE,
        "entities": [], "detectors": [],
        "note": "病状の記載は -----Original Message----- 以下の引用部分のみ。新規本文は日程調整だけ",
    },
    {
        "id": "counseling-035", "expect": "stop", "charset": "utf-8",
        "sender": HORINOUCHI, "to": [MANABE],
        "subject": "第3四半期 EAP報告書（PDF・パスワード付き）",
        "body": """真鍋様

お世話になっております。日の出産業の堀之内です。
第3四半期のEAP報告書をお送りいたします。
PDFにはパスワードを設定しております。パスワードは後ほどお電話でお伝えします。
""" + SIG_HORINOUCHI,
        "attachments": [{
            "kind": "pdf", "name": "ツバサシステム様_EAP報告_2024Q3.pdf", "password": "Tb2024q3!",
            "lines": ["ツバサシステム株式会社様 2024年度第3四半期 EAP報告書",
                      "延べ相談件数 58件", "実利用者数 37名"],
        }],
        "entities": [], "detectors": ["unscannable_attachment"],
        "note": "パスワード保護されたPDF: 中身を検査できない",
    },
    {
        "id": "counseling-036", "expect": "pass", "charset": "iso-2022-jp",
        "sender": HASEBE, "to": ["榎本 直人 <enomoto.naoto@konan-logi.co.jp>"],
        "subject": "EAPサービス 料金プランのご案内",
        "body": """港南ロジ株式会社
総務部 榎本様

先日はお時間をいただき、誠にありがとうございました。
日の出産業 EAP推進課の長谷部です。
ご依頼のありました料金プランをご案内いたします（税別）。

プラン            月額（従業員1名あたり）  内容
----------------  -----------------------  ----------------------------------
ライト                             300円  電話・Web相談（24時間）
スタンダード                       550円  ライト＋対面カウンセリング年5回/人
プレミアム                         900円  スタンダード＋管理職コンサル・研修2回

・初期費用：100,000円（周知ポスター・リーフレット 初回分含む）
・ストレスチェック実施代行：1名あたり 800円（集団分析込み）
・危機介入（CISM）派遣：1回 150,000円〜（別途お見積り）

お見積書 No. Q-EAP-24-0318 を別途PDFでお送りいたします。
ご検討のほどよろしくお願いいたします。
""" + SIG_HASEBE,
        "entities": [], "detectors": [],
        "note": "料金表と見積番号だけの営業メール",
    },
    {
        "id": "counseling-037", "expect": "stop", "charset": "utf-8",
        "sender": HORINOUCHI, "to": [ANZAI],
        "subject": "第3四半期 利用状況データ送付",
        "body": """丸信建設株式会社
総務部 安西様

お世話になっております。日の出産業の堀之内です。
第3四半期の利用状況データ（Excel）をお送りいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_HORINOUCHI,
        "attachments": [{"kind": "corrupt", "name": "利用状況_2024Q3.xlsx"}],
        "entities": [], "detectors": ["unscannable_attachment"],
        "note": "破損したXLSX添付: 読み取れないため検査不能",
    },
    {
        "id": "counseling-038", "expect": "pass", "charset": "utf-8",
        "sender": ARAKAWA, "to": ["Grace Tan <grace.tan@pacificwellbeing.com.sg>"],
        "subject": "Re: Referral protocol for Japanese expatriates",
        "body": """Dear Grace,

Thank you for your quick reply. We agree with the protocol you proposed:
referrals will be made only with the employee's written consent, and we will use
the secure portal rather than e-mail for any clinical details from now on.

I will send the updated service agreement (v2.1) by the end of this week.

Best regards,
Kenji

On Tue, 12 Nov 2024 at 09:41, Grace Tan <grace.tan@pacificwellbeing.com.sg> wrote:
> Dear Kenji,
> Regarding the case you referred last week, Mr. Hiroshi Kanemaru (Kawasaki Denki
> Singapore), our psychiatrist saw him on Friday and diagnosed burnout with
> moderate depressive symptoms. He will attend weekly sessions.
> Going forward, could we agree on a consent-based referral protocol?
> Kind regards,
> Grace Tan, Clinical Services Manager
""" + SIG_ARAKAWA + DISC_EN,
        "entities": [], "detectors": [],
        "note": "英文の返信。診断の記載は相手からの引用（On … wrote: 以下の>行）のみ",
    },
    {
        "id": "counseling-039", "expect": "stop", "charset": "iso-2022-jp",
        "sender": SUGIURA, "to": ["三宅 遥 <miyake.haruka@hinode-sangyou.co.jp>"],
        "cc": [IWASE],
        "subject": "来週の面談室の予約について",
        "body": """三宅さん
（cc 岩瀬さん）

杉浦です。来週の日本橋の面談室の予約状況です。

　11/18（月）午前：面談室A 三宅さん／午後：面談室B 外部の楠木先生
　11/19（火）終日：面談室A 研修準備のため使用不可
　11/20（水）午後：面談室A 三宅さん

岩瀬さんが東京出張の11/21は面談室Bを押さえてあります。
変更があれば教えてください。

杉浦
""" + SIG_SUGIURA,
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "同僚宛のつもりが hinode-sangyou.co.jp（自社ドメインに1文字追加した類似ドメイン）",
    },
    {
        "id": "counseling-040", "expect": "pass", "charset": "utf-8",
        "sender": HASEBE, "to": [NIWA],
        "subject": "札幌での管理職研修 会場候補（ホテル）",
        "body": """丹羽様

お世話になっております。日の出産業の長谷部です。
2月の管理職研修（約40名）の会場候補として、札幌市内のホテルを当たってみました。

・さくらホテル札幌
　札幌市中央区北2条西4-1　TEL 011-222-3810
　会議室「楓」40名スクール形式　1日 165,000円（プロジェクター込み）
・ホテル大通パレス
　札幌市中央区大通西8-2-6　TEL 011-281-5507
　宴会場「白樺」50名　1日 198,000円
・札幌ステーションイン
　札幌市北区北7条西3-9　TEL 011-708-3124
　会議室B 36名　1日 121,000円（マイク別料金）

個人的には、駅からの動線と昼食手配のしやすさで、さくらホテル札幌がおすすめです。
ご検討ください。
""" + SIG_HASEBE,
        "entities": [], "detectors": [],
        "note": "ホテル（事業者）の所在地・電話の一覧のみ",
    },
    {
        "id": "counseling-041", "expect": "stop", "charset": "iso-2022-jp",
        "sender": KATAGIRI,
        "to": ["名取 真弓 <natori.mayumi@gmail.com>", "桑野 聡子 <kuwano-s@yahoo.co.jp>",
               "Ryo Tominaga <ryo.tominaga@icloud.com>", "宮路 恭子 <miyaji.kyoko@outlook.jp>",
               "千早 透 <chihaya.t@gmail.com>"],
        "subject": "【SC派遣】1月の勤務調整のお願い",
        "body": """派遣スクールカウンセラーの皆さま

お疲れさまです。スクールカウンセリング派遣チームの片桐です。
3学期（1月分）の勤務日を調整させてください。

・始業式の週（1/8-1/10）は各校とも勤務なしです。
・南霞第三中学校は1/16（木）に学校保健委員会があり、SCの出席依頼がきています。
・星稜学園高校は入試業務のため、1/18・1/25（土）の勤務は不要とのことです。

勤務希望日を12/13（金）までに、共有フォームへご入力ください。
ご不明点があれば私まで。

片桐
""" + SIG_KATAGIRI,
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "個人のフリーメール5件をToに並べて送信: 3者以上の社外宛先が互いに見える",
    },
    {
        "id": "counseling-042", "expect": "pass", "charset": "utf-8",
        "sender": SUGIURA, "to": [MIYAKE, IWASE],
        "cc": ["EAPスタッフ <eap-staff@mail.hinode-sangyo.co.jp>"],
        "subject": "12月 対面カウンセリング予約表",
        "body": """皆さま

杉浦です。12月の対面カウンセリング予約表を添付します。
主訴は受付時の聞き取りベースなので、初回面談で改めて確認をお願いします。
""" + SIG_SUGIURA,
        "attachments": [{
            "kind": "xlsx", "name": "対面予約表_202412.xlsx",
            "sheets": {"12月": [
                ["12月 対面カウンセリング予約表（社内限り）"],
                ["日付", "時間", "担当", "氏名", "契約先", "電話", "主訴（受付時）"],
                ["12/2", "10:00", "三宅", "須永 圭", "川崎電機", "090-6618-2037", "不眠・気分の落ち込み"],
                ["12/2", "14:00", "三宅", "逸見 早紀", "みどり銀行", "080-2290-4471", "上司との関係"],
                ["12/3", "11:00", "岩瀬", "諏訪 浩平", "青葉運輸", "070-3341-0825", "パニック発作（通院中）"],
                ["12/4", "10:00", "三宅", "安斎 有希", "北国フーズ", "090-5587-1302", "子どもの発達障害"],
                ["12/5", "15:00", "岩瀬", "間宮 航", "ツバサシステム", "080-7713-9946", "復職への不安"],
                ["12/6", "10:00", "三宅", "鴨志田 恵", "さくらホテル", "090-2205-6619", "夫からの暴力"],
                ["12/9", "13:00", "岩瀬", "土門 聡", "丸信建設", "070-8862-4430", "飲酒量の増加"],
                ["12/10", "10:00", "三宅", "榊 菜摘", "東雲化学", "080-1149-3378", "産後の抑うつ"],
            ]},
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": [],
        "note": "相談者名簿・主訴を含むXLSXだが宛先はすべて社内",
    },
    {
        "id": "counseling-043", "expect": "stop", "charset": "shift_jis",
        "sender": MIYAKE, "to": [SHIRAKAWA],
        "subject": "法律相談のお願い（保護命令の申立てについて）",
        "body": """白川先生

いつもお世話になっております。日の出産業の三宅です。
EAP契約先（北国フーズ様）の従業員の方について、法律相談をお願いしたくご連絡しました。
ご本人の同意は得ております。

　相談者：八重樫 由佳 さん（34歳）
　連絡先：080-6627-3015（日中は勤務のため、18時以降希望）
　概要　：配偶者から数年にわたり暴力（DV）を受けており、10月末に子どもと実家へ避難。
　　　　　警察に被害相談済み。保護命令の申立てと離婚について助言を希望。
　　　　　PTSD症状（フラッシュバック、不眠）があり、精神科に通院中。

初回は電話相談を希望されています。
ご対応可能な日時をお知らせいただけますと幸いです。
""" + SIG_MIYAKE,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "実名のDV被害（犯罪被害）・PTSD通院を法律事務所へ: 要配慮個人情報（提携先でも止める）",
    },
    {
        "id": "counseling-044", "expect": "pass", "charset": "shift_jis",
        "sender": HORINOUCHI, "to": [TAKAGI],
        "subject": "ストレスチェック 集団分析結果（事業所別）",
        "body": """高城様

お世話になっております。日の出産業の堀之内です。
本年度ストレスチェックの集団分析結果（事業所別）をPDFでお送りいたします。
集団分析は10名以上の集団のみ算出しております。
""" + SIG_HORINOUCHI,
        "attachments": [{
            "kind": "pdf", "name": "青葉運輸様_集団分析_2024.pdf", "title": "集団分析結果",
            "lines": ["青葉運輸株式会社様 2024年度 ストレスチェック 集団分析結果",
                      "（仕事のストレス判定図：全国平均=100）", ""],
            "table": [
                ["事業所", "受検者数", "量-コントロール", "上司-同僚支援", "総合健康リスク"],
                ["本社", "198", "96", "104", "100"],
                ["第一配送センター", "131", "112", "98", "110"],
                ["千葉営業所", "58", "105", "92", "97"],
                ["全社", "387", "104", "99", "103"],
            ],
        }],
        "entities": [], "detectors": [],
        "note": "PDFの集団分析（10名以上の集団の平均値）: 人を含まない統計",
    },
    {
        "id": "counseling-045", "expect": "stop", "charset": "utf-8",
        "sender": SUGIURA, "to": [MANABE],
        "subject": "家族カウンセリング 利用登録（ご家族分）の確認",
        "body": """真鍋様

お世話になっております。日の出産業の杉浦です。
ご家族の利用登録をいただいた方の一覧です。登録内容に誤りがないかご確認ください。
（Excelから貼り付けております）

社員番号	社員氏名	家族氏名	続柄	家族生年月日	連絡先
T-10225	五味 健	五味 千夏	妻	1988/05/21	090-3381-4420
T-10871	戸叶 雅人	戸叶 蒼空	長男	2010/09/14	080-2275-6613
T-11034	冨樫 直美	冨樫 浩	夫	1979/02/03	070-6640-1859
T-11502	日比野 淳	日比野 恵美	妻	1991/12/08	090-1148-9907
T-12019	漆原 さやか	漆原 陽菜	長女	2008/07/30	080-5523-0146

確認いただけましたら、ご家族宛にご案内をお送りいたします。
""" + SIG_SUGIURA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "本文にタブ区切りで5件の家族登録（氏名・生年月日・連絡先）",
    },
    {
        "id": "counseling-046", "expect": "pass", "charset": "iso-2022-jp",
        "sender": HASEBE, "to": [SUDO],
        "subject": "11/20 報告会 来訪者（入館申請）",
        "body": """須藤様

お世話になっております。日の出産業の長谷部です。
11/20（水）報告会の入館申請用に、来訪者をお知らせいたします。

　1. 長谷部 隆（EAP推進課）　当日連絡先 080-4128-3360
　2. 三宅 遥（カウンセリング課）　当日連絡先 090-2716-5043
　3. 堀之内 真紀（事業管理課）　当日連絡先 070-5118-2264

車での来訪はございません。13:45に本店1階受付へ伺います。
""" + SIG_HASEBE,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
        "note": "来訪者3名の氏名と当日連絡先（4名以下）: 警告止まり",
    },
    {
        "id": "counseling-047", "expect": "stop", "charset": "shift_jis",
        "sender": SUGIURA, "to": [MURAI],
        "subject": "ストレスチェック 未受検者のご連絡（受検勧奨のお願い）",
        "body": """村井様

お世話になっております。日の出産業の杉浦です。
受検期限（11/15）を過ぎて未受検の方が以下のとおりです。受検勧奨をお願いいたします。

社員番号　　氏名　　　　　生年月日　　　　　　所属　　　　　　連絡先
－－－－　　－－－－　　　－－－－－－－　　　－－－－－－　　－－－－－－－－－－
Ｋ２１０３　塙　隆之　　　昭和５８年４月２日　　生産技術部　　　０９０－２６６１－３０４８
Ｋ２２４７　乾　志帆　　　平成３年１１月３日　　品質保証部　　　０８０－４４０５－１７２９
Ｋ１８９０　真柴　和樹　　昭和５１年８月２５日　川崎工場　製造一課　０７０－３３１８－６６０２
Ｋ３０１２　仲宗根　愛　　平成８年２月１４日　　横浜事業所　　　０９０－９０４２－５５１３
Ｋ１５５６　榎田　勝　　　昭和４７年１２月９日　川崎工場　保全課　０８０－２７７３－０４９１
Ｋ２９８４　瑞穂　かな　　平成５年６月１日　　　経理部　　　　　０７０－１２８５－９３３０

※社内規程により、受検の有無のみのご連絡で、結果はお伝えしておりません。
""" + SIG_SUGIURA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "全角空白揃え・全角数字・和暦生年月日で6名の一覧を社外へ",
    },
    {
        "id": "counseling-048", "expect": "pass", "charset": "utf-8",
        "sender": MIYAKE, "to": [MURAI], "cc": [KOMOREBI],
        "subject": "地域連携ミーティング（1月）日程のご相談",
        "body": """川崎電機株式会社 健康管理室 村井様
こもれびメンタルクリニック 瀬尾先生

いつもお世話になっております。日の出産業の三宅です。
半年に一度の連携ミーティングについて、1月の日程をご相談させてください。

　候補：1/15（水）18:30-／1/22（水）18:30-／1/29（水）18:30-
　場所：こもれびメンタルクリニック 待合室（診療終了後）
　議題：受診までの待機期間の短縮、紹介状様式の統一、復職判定の流れ

個別のケースについては当日口頭で、ご本人同意のあるものに限り扱います。
ご都合をお知らせください。
""" + SIG_MIYAKE,
        "entities": [], "detectors": ["multiple_external_domains"],
        "note": "社外2組織（契約先とクリニック）宛の日程調整。個人情報なし",
    },
    {
        "id": "counseling-049", "expect": "stop", "charset": "iso-2022-jp",
        "sender": KATAGIRI, "to": ["星稜学園高等学校 教育相談室 小野寺先生 <soudan@seiryo-gakuen.ed.jp>"],
        "subject": "保護者面談（11月後半）の予定",
        "body": """星稜学園高等学校
教育相談担当 小野寺先生

お世話になっております。日の出産業 スクールカウンセリング派遣チームの片桐です。
担当SCの宮路より、11月後半の保護者面談の予定を預かりましたのでお送りします。
当日連絡がつかない場合に備え、保護者の方の連絡先も記載しております。

・1年A組 香取 直美 様（生徒：香取 蓮）　090-3326-1184　11/18（月）16:00
・1年C組 嶋津 克也 様（生徒：嶋津 美羽）　080-6692-0457　11/18（月）17:00
・2年B組 尾花 佳代 様（生徒：尾花 奏太）　070-2218-5530　11/20（水）16:00
・2年D組 越智 恭平 様（生徒：越智 凛）　090-7741-3092　11/22（金）15:30
・3年A組 巴 美也子 様（生徒：巴 悠真）　080-1504-6628　11/25（月）16:30
・3年C組 梁瀬 博 様（生徒：梁瀬 咲）　090-4473-8815　11/27（水）17:00

面談室の確保をお願いいたします。
""" + SIG_KATAGIRI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "「・」箇条書きで保護者6名の氏名・携帯を学校（社外）へ",
    },
    {
        "id": "counseling-050", "expect": "pass", "charset": "shift_jis",
        "sender": SUGIURA, "to": ["塚本 理恵 <tsukamoto.rie@yahoo.co.jp>"],
        "subject": "12月 在宅電話相談シフト確定のお知らせ",
        "body": """塚本先生

いつもお世話になっております。杉浦です。
12月の在宅電話相談シフトが確定しましたのでお知らせします。

　12/3（火）19:00-23:00
　12/10（火）19:00-23:00
　12/17（火）19:00-23:00
　12/26（木）19:00-23:00 ※年末特別体制

相談システムへのログインは、いつもの専用端末からお願いします。
年末年始の緊急連絡先は、別途お知らせいたします。

引き続きよろしくお願いいたします。
""" + SIG_SUGIURA,
        "entities": [], "detectors": ["freemail_recipient"],
        "note": "外部カウンセラー1名（フリーメール）へのシフト連絡のみ",
    },
]

MESSAGES += [
    {
        "id": "counseling-051", "expect": "stop", "charset": "utf-8",
        "sender": SAKAMAKI, "to": ["あさひ保険サービス 契約担当 <keiyaku@asahi-hoken-agency.co.jp>"],
        "subject": "専門職賠償責任保険 被保険者追加（カウンセラー5名）",
        "body": """あさひ保険サービス株式会社
契約ご担当 樽見様

いつもお世話になっております。日の出産業 事業管理課の坂巻です。
カウンセラー賠償責任保険の被保険者として、12月1日付で下記5名の追加をお願いいたします。

■1
氏名：楠木 玲子（クスノキ レイコ）
生年月日：1978年9月3日
住所：東京都世田谷区経堂4-18-2 経堂ハイツ201
電話：090-6631-2784
資格：公認心理師（登録番号 第12408号）

■2
氏名：塚本 理恵（ツカモト リエ）
生年月日：1985年1月27日
住所：神奈川県川崎市高津区溝口2-9-15
電話：080-4418-3097
資格：臨床心理士（第30215号）

■3
氏名：名取 真弓（ナトリ マユミ）
生年月日：1972年11月11日
住所：埼玉県川口市並木3-22-8 ヴェルデ並木503
電話：070-2293-6650
資格：公認心理師（第05531号）

■4
氏名：富永 亮（トミナガ リョウ）
生年月日：1990年4月8日
住所：東京都練馬区豊玉北5-14-3
電話：090-8805-1426
資格：公認心理師（第31877号）

■5
氏名：源田 晃子（ゲンダ アキコ）
生年月日：1981年6月19日
住所：千葉県船橋市本町5-12-7 ロイヤル本町305
電話：080-7762-0318
資格：精神保健福祉士（第88120号）

保険料の請求書は従来どおり当課宛にお願いいたします。
""" + SIG_SAKAMAKI,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "1人1ブロックで5名の生年月日・住所・電話を保険代理店へ: 5名以上の名簿",
    },
    {
        "id": "counseling-052", "expect": "pass", "charset": "shift_jis",
        "sender": HORINOUCHI, "to": [NIWA],
        "subject": "安全衛生委員会用スライド（EAP利用状況）",
        "body": """丹羽様

お世話になっております。日の出産業の堀之内です。
12月の安全衛生委員会でご説明いただく際のスライドを作成しました。
数字はすべて集計値で、個人が特定されない形にしております。
""" + SIG_HORINOUCHI,
        "attachments": [{
            "kind": "pptx", "name": "安全衛生委員会_EAP利用状況_202412.pptx",
            "slides": [
                ["EAP利用状況のご報告", "北国フーズ株式会社 安全衛生委員会", "2024年12月"],
                ["上期の利用状況", "延べ相談件数 186件", "実利用者 112名（利用率 9.0%）",
                 "夜間・休日の電話相談が全体の41%"],
                ["相談内容の傾向", "メンタルヘルス：前年比 +12%", "家族・介護：前年比 +8%",
                 "繁忙期（12月・3月）に相談が集中"],
                ["職場へのお願い", "管理職研修の受講率向上", "相談窓口カードの再配布"],
            ],
        }],
        "entities": [], "detectors": [],
        "note": "区分表示のない集計値だけのPPTX",
    },
    {
        "id": "counseling-053", "expect": "stop", "charset": "utf-8",
        "sender": ARAKAWA, "to": [NORDVIK],
        "subject": "Residence card details for Mr. Venkatesan's support letter",
        "body": """Dear Ms. Lindqvist,

Thank you for your call this morning.
As requested, here are the details we took down during Mr. Venkatesan's consultation
on his visa renewal, so that HR can prepare the employer's support letter.

  Name: Rahul VENKATESAN
  Date of birth: 22 June 1989
  Residence card No.: RK48203917AE
  Status of residence: Engineer/Specialist in Humanities/International Services
  Card expiry: 15 January 2025
  Address: 2-14-6-1102 Shibaura, Minato-ku, Tokyo

Please let me know if anything else is needed for the application.

Best regards,
""" + SIG_ARAKAWA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "英文メールで在留カード番号・生年月日を顧客人事へ: 本人確認書類の番号",
    },
    {
        "id": "counseling-054", "expect": "pass", "charset": "iso-2022-jp",
        "sender": SAKAMAKI, "to": ["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
        "subject": "11月分 ご請求書の送付（No. HNS-EAP-2411-0087）",
        "body": f"""青葉運輸株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 事業管理課の坂巻です。
11月分のEAPサービス利用料のご請求書をお送りいたします。

　請求書番号：HNS-EAP-2411-0087
　ご請求金額：253,660円（税込）
　お支払期限：2024年12月31日
　お振込先　：みどり銀行 日本橋支店 普通 4418207 ヒノデサンギヨウ（カ
　適格請求書発行事業者登録番号：{HINODE_T}

原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "pdf", "name": "請求書_HNS-EAP-2411-0087.pdf",
            "lines": ["請求書", "青葉運輸株式会社 御中", "請求書番号 HNS-EAP-2411-0087",
                      f"日の出産業株式会社　登録番号 {HINODE_T}",
                      "EAPサービス スタンダードプラン（419名 × 550円）　230,600円",
                      "消費税（10%）　23,060円", "合計　253,660円",
                      "振込先：みどり銀行 日本橋支店 普通 4418207"],
        }],
        "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
        "note": "請求書番号・会社の口座・登録番号（法人番号）のみ。個人データなし",
    },
    {
        "id": "counseling-055", "expect": "stop", "charset": "utf-8",
        "sender": ARAKAWA, "to": ["Grace Tan <grace.tan@pacificwellbeing.com.sg>"],
        "subject": "Pre-registration: Kawasaki Denki assignee (Singapore)",
        "body": """Dear Grace,

Kawasaki Denki is sending a new assignee to Singapore next month.
Under our agreement, please pre-register him with your network so that he can
book sessions directly after arrival.

  Name: Takeshi YANAGIBA
  Date of birth: 14 March 1981
  Passport No.: TR4829157
  Assignment: Kawasaki Denki Singapore Pte. Ltd., from 6 January 2025
  Family: accompanied by spouse (dependant pass)

Thank you for your help.

Kind regards,
""" + SIG_ARAKAWA + DISC_EN,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "英文で旅券番号と生年月日を海外提携先へ: 本人確認書類の番号（免責文があっても止める）",
    },
    {
        "id": "counseling-056", "expect": "pass", "charset": "shift_jis",
        "sender": HASEBE, "to": [OKAWA],
        "subject": "EAPリーフレット 増刷のお願い（注文番号 HN-PO-24-1187）",
        "body": """錦印刷株式会社
営業部 大川様

いつもお世話になっております。日の出産業の長谷部です。
EAP相談窓口リーフレットの増刷をお願いいたします。

　注文番号：HN-PO-24-1187
　品番　　：NK-A4-3F（A4 三つ折り・4色）
　版　　　：2024年10月改訂版（前回納品データ）
　部数　　：3,000部
　納期　　：12月13日（金）
　納品先　：弊社 日本橋オフィス 6F 受付
　単価　　：@18.5円（前回お見積りどおり）

前回分（HN-PO-24-0932）の配送は追跡番号 4418-2275-6036 で無事受領しております。
ありがとうございました。
""" + SIG_HASEBE,
        "entities": [], "detectors": [],
        "note": "発注番号・品番・追跡番号のみの通常の発注メール",
    },
    {
        "id": "counseling-057", "expect": "stop", "charset": "iso-2022-jp",
        "sender": MIYAKE, "to": ["みなと社会保険労務士法人 佐竹 <satake@minato-sr.jp>"],
        "subject": "傷病手当金 申請サポートの件（北国フーズ様 従業員）",
        "body": """みなと社会保険労務士法人
佐竹先生

お世話になっております。日の出産業の三宅です。
北国フーズ様から依頼のあった傷病手当金の申請サポートの件、ご本人から同意をいただいたので
必要事項をお送りします。

　氏名　　　：桐生 直樹（きりゅう なおき）
　基礎年金番号：4102-583917
　傷病名　　：うつ病（2024年8月19日 初診　さっぽろ駅前メンタルクリニック）
　休業期間　：2024年9月2日〜（継続中）
　勤務先　　：北国フーズ株式会社 製造部

医師の意見欄は主治医にご記入いただく予定です。
ご不明点があればご連絡ください。
""" + SIG_MIYAKE,
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "基礎年金番号とうつ病の傷病名を社労士事務所へ",
    },
    {
        "id": "counseling-058", "expect": "pass", "charset": "utf-8",
        "sender": HASEBE, "to": ["榎本 直人 <enomoto.naoto@konan-logi.co.jp>"],
        "subject": "Re: 相談内容の取扱いについてのご質問",
        "body": """榎本様

お世話になっております。日の出産業の長谷部です。
ご質問いただいた「相談内容が会社に伝わるのではないか」という点について、
社内説明用の文案をお送りします。

－－－－－－－－－－
【EAP相談窓口の機密保持について】
・相談内容は、ご本人の同意なく会社に伝えることはありません。
・会社への報告は、個人が特定できない統計（件数・相談区分の割合など）のみです。
・ただし、生命に危険が及ぶおそれがある場合などは、例外的にご家族や医療機関と
　連絡を取ることがあります。
・相談記録は当社の規程に基づき5年間厳重に保管し、その後廃棄します。
－－－－－－－－－－

この内容でよろしければ、リーフレットにも同じ文言を入れる予定です。
""" + SIG_HASEBE,
        "entities": [], "detectors": [],
        "note": "機密保持の説明文であり、区分表示（スタンプ）ではない",
    },
    {
        "id": "counseling-059", "expect": "stop", "charset": "shift_jis",
        "sender": MIYAKE, "to": [TAKAGI],
        "subject": "相馬さんの運転適性相談 申込書の記載事項",
        "body": """高城様

お世話になっております。三宅です。
運転適性相談の申込書に免許証番号の記載が必要とのことでしたので、
ご本人から伺った内容をお知らせします。

　氏名　　　：相馬 健太（千葉営業所 乗務員）
　運転免許証：第301812345670号（有効期限 2027年5月14日）

なお、9月の事故以降、フラッシュバックと不眠が続いており、急性ストレス障害の疑いで
精神科を受診中です。主治医の許可が出るまでは乗務に戻らない方向でお願いします。
""" + SIG_MIYAKE,
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "運転免許証番号と精神科受診（急性ストレス障害の疑い）を取引先へ",
    },
    {
        "id": "counseling-060", "expect": "either", "charset": "iso-2022-jp",
        "sender": MIYAKE, "to": [ANZAI],
        "subject": "今月のご相談についての共有",
        "body": """安西様

お世話になっております。日の出産業の三宅です。
ご本人の了承を得たうえで、今月ご相談のあった方について概要のみ共有いたします。

横浜の現場を担当されている現場監督の方（30代男性）から、長時間労働が続き
抑うつ状態が強いとのご相談がありました。医療機関の受診を勧め、来週受診予定です。
現場の人員配置について、ご検討いただけますと幸いです。

ご本人のお名前は伏せておりますが、必要な場合はご本人から直接お話しいただく予定です。
""" + SIG_MIYAKE,
        "entities": ["SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
        "note": "氏名は伏せているが属性（現場・年代）で特定され得る抑うつの情報: 判断が分かれる",
    },
    {
        "id": "counseling-061", "expect": "stop", "charset": "iso-2022-jp",
        "sender": OTSUKI, "to": [FUKUHARA],
        "subject": "来期の契約条件について（ご相談）",
        "body": """【部外秘】
本メールはEAP・カウンセリング事業部内の検討用です。部外への転送はお控えください。

福原様

お世話になっております。大槻です。
来期のご契約条件について、弊社内で検討中の案を先にお伝えいたします。

　・対象人数 2,150名 → 2,380名（小田原物流センター追加）
　・単価 550円 → 520円（ボリュームディスカウント適用）
　・出張カウンセリング 月2回 → 月3回
　・管理職研修 年2回（追加費用なし）

正式なお見積りは12月上旬にお送りいたします。
""" + SIG_OTSUKI,
        "entities": [], "detectors": ["confidential_marking"],
        "note": "メール冒頭に【部外秘】の区分表示がある社内検討文を社外へ",
    },
    {
        "id": "counseling-062", "expect": "pass", "charset": "utf-8",
        "sender": ARAKAWA, "to": [NORDVIK],
        "subject": "Introduction: English-language EAP counselling service",
        "body": """Dear Ms. Lindqvist,

It was a pleasure meeting you at the Tokyo HR Forum last week.
As promised, here is a short overview of our English-language EAP service.

- 24/7 telephone counselling in English and Japanese
- Face-to-face sessions in Tokyo, Osaka and Nagoya (5 sessions per employee per year)
- Online sessions with bilingual licensed psychologists
- Family members are covered at no extra cost
- Quarterly utilisation reports with anonymised statistics only

I would be happy to arrange a 30-minute online demo for your HR team.
Please let me know a convenient time.

Best regards,
""" + SIG_ARAKAWA + DISC_EN,
        "entities": [], "detectors": [],
        "note": "英文の営業メール。署名と標準の免責文のみ",
    },
    {
        "id": "counseling-063", "expect": "stop", "charset": "shift_jis",
        "sender": MIYAKE, "to": [OKAWA],
        "subject": "相談員マニュアル 印刷入稿データ",
        "body": """大川様

お世話になっております。日の出産業の三宅です。
相談員マニュアル（改訂第4版）の入稿データをお送りします。
A5・中綴じ・モノクロで60部、お見積りをお願いできますでしょうか。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "docx", "name": "相談員マニュアル_第4版.docx",
            "title": "相談員マニュアル 第4版",
            "page_header": "取扱注意　日の出産業株式会社 EAP・カウンセリング事業部",
            "page_footer": "取扱注意 - 当社相談員限り",
            "paragraphs": [
                "【取扱注意】相談員マニュアル（改訂第4版）",
                "第1章 受付対応の基本",
                "1-1 初回電話での確認事項（所属企業、連絡方法、緊急性の確認）",
                "1-2 自傷他害のおそれがある場合の対応フロー",
                "第2章 記録の書き方と保管",
                "第3章 医療機関への紹介手順",
            ],
        }],
        "entities": [], "detectors": ["confidential_marking"],
        "note": "添付DOCXのヘッダー・本文に「取扱注意」の区分表示",
    },
    {
        "id": "counseling-064", "expect": "pass", "charset": "shift_jis",
        "sender": KATAGIRI, "to": ["南霞第三中学校 教頭 <kyoto@minamikasumi3-jh.ed.jp>"],
        "subject": "3学期 スクールカウンセラー勤務日のご連絡",
        "body": """南霞市立南霞第三中学校
教頭 鶴岡先生

いつもお世話になっております。日の出産業の片桐です。
3学期のスクールカウンセラー勤務日をお知らせいたします。

　1月：16日（木）・23日（木）・30日（木）
　2月：6日（木）・13日（木）・20日（木）
　3月：6日（木）・13日（木）

1/16は学校保健委員会に出席いたします。
2月は私の研修日程の関係で、13日のみ名取SCが代わりに勤務いたします。
引き続きよろしくお願いいたします。
""" + SIG_KATAGIRI,
        "entities": [], "detectors": [],
        "note": "学校への勤務日程連絡のみ。個人データなし",
    },
    {
        "id": "counseling-065", "expect": "stop", "charset": "utf-8",
        "sender": ARAKAWA, "to": [NORDVIK],
        "subject": "EAP utilisation report FY2024 H1",
        "body": """Dear Ms. Lindqvist,

Please find attached the EAP utilisation report for the first half of FY2024.
All figures are aggregated; no individual can be identified.

Best regards,
""" + SIG_ARAKAWA,
        "attachments": [{
            "kind": "xlsx", "name": "Nordvik_EAP_Report_FY2024H1.xlsx",
            "page_header": "CONFIDENTIAL",
            "sheets": {
                "Summary": [
                    ["CONFIDENTIAL - Hinode Sangyo internal classification"],
                    ["EAP Utilisation Report FY2024 H1 - Nordvik Japan KK"],
                    ["Item", "Value"],
                    ["Total contacts", 64],
                    ["Unique users", 41],
                    ["Utilisation rate", "7.3%"],
                    ["English-language sessions", "58%"],
                ],
                "Topics": [
                    ["Topic", "Share"],
                    ["Stress / mental health", "36%"], ["Work relationships", "22%"],
                    ["Family / relocation", "25%"], ["Career", "11%"], ["Other", "6%"],
                ],
            },
        }],
        "entities": [], "detectors": ["confidential_marking"],
        "note": "統計のみだが添付XLSXにCONFIDENTIALの区分表示（ヘッダー・表題行）",
    },
    {
        "id": "counseling-066", "expect": "pass", "charset": "iso-2022-jp",
        "sender": HASEBE, "to": ["中園 恵介 <nakazono@toto-shinri.ac.jp>"],
        "subject": "ご講演のお願い（EAP契約企業向けフォーラム）",
        "body": """東都心理大学 心理学部
中園 恵介 先生

突然のご連絡失礼いたします。
日の出産業 EAP推進課の長谷部と申します。

弊社では毎年、EAP契約企業の人事・健康管理ご担当者向けにフォーラムを開催しております。
来年度は「職場のレジリエンス」をテーマとし、先生にご講演をお願いできないかと考えております。

　日時：2025年3月7日（金）14:00-15:30（ご講演60分＋質疑）
　会場：日本橋ライフサイエンスホール
　謝礼：別途ご相談させてください

ご多忙のところ恐縮ですが、ご検討いただけましたら幸いです。
""" + SIG_HASEBE,
        "entities": [], "detectors": [],
        "note": "大学教員1名への講演依頼。通常の業務メール",
    },
    {
        "id": "counseling-067", "expect": "stop", "charset": "shift_jis",
        "sender": SUGIURA, "to": ["須藤 里美 <sudo.satomi@rnidori-ginko.co.jp>"],
        "subject": "12月 セルフケア研修の会場について",
        "body": """須藤様

お世話になっております。日の出産業の杉浦です。
12/12のセルフケア研修の会場について確認させてください。

・会場：本店 8F 大会議室でよろしいでしょうか
・開始：14:00（講師は13:30に伺います）
・資料：当日配布用に45部お持ちします

ご確認よろしくお願いいたします。
""" + SIG_SUGIURA,
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "rnidori-ginko.co.jp は midori-ginko.co.jp の m→rn 類似ドメイン",
    },
    {
        "id": "counseling-068", "expect": "pass", "charset": "iso-2022-jp",
        "sender": HORINOUCHI, "to": [ANZAI],
        "subject": "RE: ストレスチェック受検対象者名簿の送付",
        "body": """安西様

お世話になっております。日の出産業の堀之内です。
受検対象者名簿、確かに受領いたしました。
12/2に受検案内メールを一斉送信いたします。

差出人: 安西 剛 <anzai.tsuyoshi@marushin-kensetsu.co.jp>
送信日時: 2024年11月25日 17:22
宛先: 堀之内 真紀 <m.horinouchi@hinode-sangyo.co.jp>
件名: ストレスチェック受検対象者名簿の送付

堀之内様
本年度の受検対象者名簿を送付します（一部抜粋、残りはシステムで登録済み）。

氏名         生年月日     メール
関根 正樹    1974/05/12   sekine.m@marushin-kensetsu.co.jp
久我 美奈    1992/08/30   kuga.mina@marushin-kensetsu.co.jp
鷲尾 達也    1968/01/07   washio.t@marushin-kensetsu.co.jp
春日 あゆみ  1987/10/19   kasuga.a@marushin-kensetsu.co.jp
茂木 勇人    1999/03/25   mogi.hayato@marushin-kensetsu.co.jp
""" + SIG_HORINOUCHI,
        "entities": [], "detectors": [],
        "note": "5名の名簿は「差出人: … 送信日時: …」以下の引用（相手が既に持つ）部分のみ",
    },
    {
        "id": "counseling-069", "expect": "stop", "charset": "utf-8",
        "sender": MIYAKE, "to": ["高城 亮 <r-takagi@aoba-unyu.com>"],
        "subject": "安全衛生委員会でのミニ講話について",
        "body": """高城様

お世話になっております。日の出産業の三宅です。
12月の安全衛生委員会でのミニ講話（15分）の件、テーマ案をお送りします。

　案1：冬場の睡眠と疲労回復
　案2：乗務前の「こころの点呼」
　案3：年末繁忙期のセルフケア

ご希望をお知らせください。スライドは1週間前までにお送りします。
""" + SIG_MIYAKE,
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.com は aoba-unyu.co.jp のTLD違い類似ドメイン",
    },
    {
        "id": "counseling-070", "expect": "pass", "charset": "utf-8",
        "sender": HORINOUCHI, "to": [SUDO],
        "subject": "上期 相談傾向の分析メモ",
        "body": """須藤様

お世話になっております。堀之内です。
報告会の補足として、上期の相談傾向を簡単にまとめました。

1. うつ・抑うつ気分に関する相談が全体の18%（前年同期 14%）と増加しています。
   特に入行2-3年目の層で増加が目立ちます。
2. 医療機関への紹介は23件で、そのうち約7割が初回面談から2週間以内に受診につながりました。
3. 家族の介護に関する相談は50代で多く、介護休業制度の案内が有効でした。
4. 休職者の復職支援プログラム利用は6件（完了4件、継続2件）です。

いずれも件数・割合のみで、個人を特定できる情報は含んでおりません。
""" + SIG_HORINOUCHI,
        "entities": [], "detectors": [],
        "note": "うつ等の語はあるが割合・件数の統計のみで特定の人に結びつかない",
    },
    {
        "id": "counseling-071", "expect": "stop", "charset": "iso-2022-jp",
        "sender": HASEBE, "to": ["EAPシステムサポート <eap-support@tsubasa-sytsem.jp>"],
        "subject": "予約システム 管理画面の表示不具合について",
        "body": """ツバサシステム株式会社
EAPシステムサポート ご担当者様

お世話になっております。日の出産業の長谷部です。
予約システムの管理画面で、以下の不具合が発生しております。

　・発生日時：11/26 9:10頃から
　・事象：月表示カレンダーで、12月の枠が全て「満」と表示される
　・ブラウザ：Edge 130 / Chrome 131 のいずれも同様
　・利用者画面では正常に空き枠が表示される

お手数ですが、ご確認をお願いいたします。
""" + SIG_HASEBE,
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytsem.jp は tsubasa-system.jp の文字入れ替え類似ドメイン",
    },
    {
        "id": "counseling-072", "expect": "pass", "charset": "shift_jis",
        "sender": OTSUKI, "to": [MURAI],
        "subject": "緊急時対応（CISM）派遣チームの連絡先",
        "body": """村井様

お世話になっております。大槻です。
先日の打合せでご依頼のありました、重大事故等の発生時に派遣する
緊急対応チームの連絡先をお知らせいたします。夜間・休日も対応いたします。

　リーダー　大槻 誠一　　090-1852-6637
　　　　　　三宅 遥　　　090-2716-5043
　　　　　　岩瀬 卓也　　080-6359-1182
　　　　　　片桐 由衣　　070-4026-8815

まずは受付デスク（0120-810-225）へご連絡いただき、つながらない場合に上記へお願いします。
""" + SIG_OTSUKI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
        "note": "4名の緊急連絡先（5名未満）: 警告はあり得るが止めない",
    },
    {
        "id": "counseling-073", "expect": "stop", "charset": "utf-8",
        "sender": SUGIURA, "to": ["丹羽 香織 <niwa-k@kitaguni-foods.jp>"],
        "subject": "相談窓口カードの追加送付について",
        "body": """丹羽様

お世話になっております。日の出産業の杉浦です。
ご依頼のありました相談窓口カード（名刺サイズ）300枚を、本日発送いたしました。
12/4（水）午前着の予定です。

新入社員研修での配布分が不足する場合は、お早めにお知らせください。
""" + SIG_SUGIURA,
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "kitaguni-foods.jp は kitaguni-foods.co.jp の「co.」を落とした類似ドメイン",
    },
    {
        "id": "counseling-074", "expect": "pass", "charset": "iso-2022-jp",
        "sender": OTSUKI, "to": [TAKAGI],
        "cc": ["宮之原 彩 <miyanohara@shirakawa-law.jp>"],
        "subject": "ハラスメント外部相談窓口 契約に関する打合せメモ",
        "body": """高城様
白川法律事務所 宮之原先生

本日はお時間をいただき、ありがとうございました。大槻です。
打合せの内容を簡単にまとめました。

1. 一次受付は日の出産業（電話・Web）、法的助言が必要な案件は白川法律事務所へ連携
2. 会社への報告は、相談者の同意がある場合に限り、概要のみ
3. 調査委員会への関与は本契約の範囲外（別途協議）
4. 契約開始は2025年4月1日を目標

契約書案は宮之原先生に作成いただき、12月中旬に三者で確認する予定です。
""" + SIG_OTSUKI,
        "entities": [], "detectors": ["multiple_external_domains"],
        "note": "パートナー2組織宛の打合せメモ（個人データなし）",
    },
    {
        "id": "counseling-075", "expect": "stop", "charset": "utf-8",
        "sender": MIYAKE, "to": ["中園 恵介 <nakazono@toto-shinri.ac.jp>"],
        "subject": "スーパービジョン用 事例資料（12/6）",
        "body": """中園先生

いつもご指導いただきありがとうございます。三宅です。
12/6のスーパービジョンで検討をお願いしたい事例の資料をお送りします。
どうぞよろしくお願いいたします。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "pptx", "name": "SV事例_20241206.pptx",
            "slides": [
                ["スーパービジョン事例検討", "2024年12月6日　三宅 遥"],
                ["事例1 五十嵐 拓海（34）ツバサシステム SE",
                 "適応障害で休職中（3か月）", "復職時期をめぐり主治医と本人の見解が相違"],
                ["事例2 白鳥 奈緒（27）さくらホテル フロント",
                 "過呼吸発作、パニック障害の診断", "夜勤シフトとの関連"],
                ["事例3 宇佐美 修（51）川崎電機 課長",
                 "アルコール依存症の疑い", "部下からのハラスメント申告あり"],
                ["事例4 鈴鹿 沙耶（41）みどり銀行 窓口",
                 "子の発達障害と介護の二重負担", "抑うつ症状"],
                ["事例5 角倉 大樹（29）青葉運輸 乗務員",
                 "交通事故後のPTSD症状", "運転業務への復帰不安"],
            ],
        }],
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTXに実名5名の診断名・症状（要配慮）を学外の指導者へ",
    },
]

MESSAGES += [
    {
        "id": "counseling-076", "expect": "pass", "charset": "shift_jis",
        "sender": SUGIURA, "to": [MIYAKE],
        "subject": "FW: 面談希望者リスト（さくらホテル様）",
        "body": """三宅さん

杉浦です。さくらホテルの矢吹様から届いた面談希望者リストを転送します。
12月の出張日に枠を割り振りたいので、担当の希望があれば教えてください。

-----Original Message-----
From: 矢吹 奈央 <yabuki.nao@sakura-hotel.jp>
Sent: Wednesday, November 27, 2024 10:05 AM
To: 杉浦 明日香 <sugiura@hinode-sangyo.co.jp>
Subject: 面談希望者リスト

杉浦様
12月の出張カウンセリングの希望者です。

氏名          部署      内線   メール
熊谷 千夏     フロント  2103   kumagai.chinatsu@sakura-hotel.jp
二階堂 恭介   調理      2260   nikaido.k@sakura-hotel.jp
志賀 まゆ     宴会      2318   shiga.mayu@sakura-hotel.jp
篠原 悠斗     営業      2041   shinohara.yuto@sakura-hotel.jp
蒔田 理沙     客室      2177   makita.risa@sakura-hotel.jp
秋吉 徹       施設      2290   akiyoshi.toru@sakura-hotel.jp

矢吹
""" + SIG_SUGIURA,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": [],
        "note": "6名のリストを転送しているが宛先は社内の同僚のみ",
    },
    {
        "id": "counseling-077", "expect": "stop", "charset": "iso-2022-jp",
        "sender": HASEBE, "to": ["小原 誠 <ohara@ohara-sr-office.jp>"],
        "subject": "12/10 ハラスメント研修 受講者一覧（PDF）",
        "body": """小原先生

お世話になっております。日の出産業の長谷部です。
12/10に講師をお願いしているハラスメント研修の受講者一覧をお送りします。
事前課題の送付にご利用ください。
""" + SIG_HASEBE,
        "attachments": [{
            "kind": "pdf", "name": "受講者一覧_1210.pdf", "title": "受講者一覧",
            "lines": ["ハラスメント防止研修（管理職向け） 受講者一覧", "2024年12月10日 東雲化学株式会社", ""],
            "table": [
                ["No", "氏名", "部署", "メール", "携帯"],
                ["1", "長尾 雅史", "人事部", "nagao.m@shinonome-kagaku.co.jp", "090-2283-4417"],
                ["2", "鳴海 亜紀", "研究所", "narumi.aki@shinonome-kagaku.co.jp", "080-6624-0915"],
                ["3", "古閑 隼人", "製造部", "koga.hayato@shinonome-kagaku.co.jp", "070-3319-2286"],
                ["4", "比嘉 沙織", "営業部", "higa.saori@shinonome-kagaku.co.jp", "090-8856-3374"],
                ["5", "津島 亮平", "品質管理部", "tsushima.r@shinonome-kagaku.co.jp", "080-1125-7749"],
                ["6", "堤 菜々子", "経理部", "tsutsumi.n@shinonome-kagaku.co.jp", "090-4432-6018"],
                ["7", "国分 崇", "物流部", "kokubu.t@shinonome-kagaku.co.jp", "070-5507-8832"],
                ["8", "米倉 里沙", "総務部", "yonekura.r@shinonome-kagaku.co.jp", "080-9961-2053"],
            ],
        }],
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDFの表で8名の受講者（氏名・メール・携帯）を外部講師へ",
    },
    {
        "id": "counseling-078", "expect": "pass", "charset": "utf-8",
        "sender": HORINOUCHI, "to": [HORINOUCHI],
        "bcc": [FUKUHARA, TAKAGI, SUDO, MANABE, NIWA, YABUKI, ANZAI,
                "長尾 雅史 <nagao.m@shinonome-kagaku.co.jp>"],
        "subject": "【日の出EAP通信】2024年12月号",
        "body": """EAPご契約企業 人事・健康管理ご担当者様

いつもお世話になっております。日の出産業 EAP・カウンセリング事業部です。
「日の出EAP通信」12月号をお届けします。

■ 今月のトピック：年末年始の相談体制
　12/29-1/3も電話相談は24時間受け付けております。対面カウンセリングは休止です。

■ 管理職の方へ：繁忙期の「いつもと違う」に気づくポイント
　・遅刻や欠勤が増える　・ミスが増える　・表情が乏しくなる
　気になる様子があれば、まずは声をかけ、EAPの利用を勧めてください。

■ 2025年度 公開講座のご案内
　4月から「ラインケア」「セルフケア」「ハラスメント予防」の3講座を開講予定です。

配信停止をご希望の場合は、本メールにご返信ください。
""" + SIG_HORINOUCHI,
        "entities": [], "detectors": [],
        "note": "複数社への配信だがBccで送っており宛先は互いに見えない。内容も一般的な案内",
    },
    {
        "id": "counseling-079", "expect": "stop", "charset": "shift_jis",
        "sender": SUGIURA, "to": [ANZAI],
        "subject": "旧システム登録者データの移行確認",
        "body": """安西様

お世話になっております。日の出産業の杉浦です。
予約システム切替えに伴い、旧システムから出力した利用登録者データ（xls）をお送りします。
ご家族登録分も含まれております。新システムへの移行前に、在籍確認をお願いできますでしょうか。
""" + SIG_SUGIURA,
        "attachments": [{
            "kind": "xls", "name": "旧システム_利用登録者.xls",
            "sheets": {"登録者": [
                ["登録ID", "氏名", "区分", "生年月日", "住所", "電話"],
                ["MS-0012", "関根 正樹", "社員", "1974/05/12", "神奈川県横浜市中区山下町112-3", "090-5518-2276"],
                ["MS-0013", "関根 和子", "家族(妻)", "1976/09/08", "神奈川県横浜市中区山下町112-3", "090-5518-2290"],
                ["MS-0027", "鷲尾 達也", "社員", "1968/01/07", "神奈川県藤沢市鵠沼海岸3-5-20", "080-3304-6671"],
                ["MS-0041", "春日 あゆみ", "社員", "1987/10/19", "東京都大田区蒲田5-30-14-302", "070-2281-9034"],
                ["MS-0042", "春日 蓮", "家族(長男)", "2012/04/02", "東京都大田区蒲田5-30-14-302", "070-2281-9034"],
                ["MS-0058", "茂木 勇人", "社員", "1999/03/25", "神奈川県川崎市中原区今井南町8-1", "080-7719-4402"],
                ["MS-0063", "久我 美奈", "社員", "1992/08/30", "神奈川県横浜市西区南浅間町2-7", "090-3306-5581"],
                ["MS-0071", "南雲 美和", "社員", "1983/12/15", "神奈川県横浜市鶴見区豊岡町15-22", "080-6627-1139"],
                ["MS-0072", "南雲 浩一", "家族(夫)", "1980/07/28", "神奈川県横浜市鶴見区豊岡町15-22", "080-6627-1140"],
            ]},
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "旧形式XLSに9名（社員・家族）の生年月日・住所・電話",
    },
    {
        "id": "counseling-080", "expect": "pass", "charset": "iso-2022-jp",
        "sender": HASEBE, "to": ["榎本 直人 <enomoto.naoto@konan-logi.co.jp>"],
        "subject": "東雲化学様 ご担当者のご紹介",
        "body": """榎本様

お世話になっております。長谷部です。
先日お話しした、EAPを導入済みの東雲化学様のご担当者をご紹介いたします。
導入時のご苦労など、率直にお話しいただけるとのことです（先方のご了承済み）。

　東雲化学株式会社 人事部 部長
　長尾 雅史 様
　TEL：03-3862-0410（代表）
　E-mail：nagao.m@shinonome-kagaku.co.jp

ご連絡の際は、日の出産業の長谷部からの紹介とお伝えください。
""" + SIG_HASEBE,
        "entities": [], "detectors": [],
        "note": "他社担当者1名の業務上の連絡先（名刺情報）の紹介のみ",
    },
    {
        "id": "counseling-081", "expect": "stop", "charset": "utf-8",
        "sender": MIYAKE,
        "to": [MURAI, KOMOREBI, TAMARU],
        "cc": ["南霞市 精神保健福祉担当 <seishin-hoken@city.minamikasumi.lg.jp>"],
        "subject": "【ご案内】第5回 地域メンタルヘルス連携会議",
        "body": """関係者各位

いつもお世話になっております。日の出産業 EAPカウンセリング課の三宅です。
第5回 地域メンタルヘルス連携会議を下記のとおり開催いたします。

　日時：2025年1月24日（金）18:30-20:00
　会場：南霞市保健センター 2F 研修室（オンライン併用）
　内容：1. 各機関の近況報告
　　　　2. 事業場と医療機関の情報連携（同意書様式の共通化）
　　　　3. 自殺予防週間の取組み振り返り

出欠を1月10日（金）までにご返信ください。
""" + SIG_MIYAKE,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "社外4組織（企業・クリニック・産業医・自治体）をTo/Ccに並べて送信",
    },
    {
        "id": "counseling-082", "expect": "pass", "charset": "utf-8",
        "sender": MIYAKE, "to": [YABUKI],
        "subject": "社内報原稿「こころの健康だより 冬号」",
        "body": """矢吹様

お世話になっております。三宅です。
社内報に掲載いただく原稿をお送りします。文字数は約600字です。

－－－－－－－－－－
こころの健康だより 冬号
「なんとなく元気が出ない」が2週間続いたら

日照時間が短くなる冬は、気分が落ち込みやすい季節です。
・朝起きるのがつらい　・好きだったことが楽しめない　・食欲や睡眠が大きく変わった
こうした状態が2週間以上続くときは、うつ病のサインかもしれません。
うつ病は誰でもかかる可能性のある病気で、早めに相談すれば回復も早くなります。
一人で抱え込まず、EAP相談窓口（0120-810-225、24時間）をご利用ください。
相談内容が会社に伝わることはありません。
－－－－－－－－－－

修正があればお知らせください。
""" + SIG_MIYAKE,
        "entities": [], "detectors": [],
        "note": "うつ病についての一般的な啓発文。特定の人の情報はない",
    },
    {
        "id": "counseling-083", "expect": "stop", "charset": "shift_jis",
        "sender": IWASE, "to": [NIWA],
        "subject": "山際さんの件",
        "body": """丹羽様

お世話になっております。岩瀬です。
経理課の山際 伸一さんの件、本日面談しました。
飲酒量がかなり多く、アルコール依存症の可能性が高いため、
北海道立の専門外来（依存症治療拠点機関）をご紹介しました。ご本人も受診に同意されています。

当面、残業後の飲み会への参加は控えるようお伝えしています。
職場でのご配慮をお願いいたします。
""" + SIG_IWASE,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "短文だが実名の従業員のアルコール依存症の可能性・専門外来紹介を取引先人事へ",
    },
    {
        "id": "counseling-084", "expect": "pass", "charset": "iso-2022-jp",
        "sender": MIYAKE, "to": ["未来人材研修 事務局 <jimukyoku@mirai-jinzai.co.jp>"],
        "subject": "傾聴ロールプレイ用の事例（研修テキスト）",
        "body": """未来人材研修 事務局 御中

お世話になっております。日の出産業の三宅です。
1月の「管理職のための傾聴研修」テキストに載せるロールプレイ用の事例です。
複数の事例をもとに再構成した架空の事例で、実在の人物とは関係ありません。

──────────
【事例】Aさん（40代・営業職）
最近、会議中にぼんやりしていることが増え、提出物の遅れも目立つ。
昼食をとらずに席にいることが多い。上司のBさんが声をかけると、
「大丈夫です、ちょっと寝不足なだけです」と答えた。

【ワーク】
1. Bさんはどのように声をかければよいでしょうか。
2. Aさんが「実は眠れない」と話したら、どう応じますか。
3. 専門家につなぐタイミングはいつでしょうか。
──────────

ご確認をお願いいたします。
""" + SIG_MIYAKE,
        "entities": [], "detectors": [],
        "note": "架空の匿名事例（Aさん・40代）で特定の人に結びつかない研修教材",
    },
    {
        "id": "counseling-085", "expect": "stop", "charset": "utf-8",
        "sender": ARAKAWA, "to": [NORDVIK],
        "subject": "Workplace adjustments for Ms. Rahman during Ramadan",
        "body": """Dear Ms. Lindqvist,

Following my session with Ms. Aisha Rahman (Finance, employee no. NV-0418),
she asked me to pass on the following requests to HR with her consent.

- She is a practising Muslim and will observe the fast during Ramadan
  (expected from 28 February to 29 March 2025).
- She would like a quiet room for her daily prayers (about 10 minutes, twice
  during office hours).
- She asks to be excused from the team dinner on 7 March.

She felt uncomfortable raising this with her manager directly, so I would
appreciate it if HR could handle it discreetly.

Best regards,
""" + SIG_ARAKAWA,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "英文で実名の従業員の信仰（宗教）を顧客人事へ: 要配慮個人情報",
    },
    {
        "id": "counseling-086", "expect": "pass", "charset": "iso-2022-jp",
        "sender": SUGIURA, "to": [MANABE],
        "subject": "セルフケア研修 欠席者の振替のご案内",
        "body": """真鍋様

お世話になっております。日の出産業の杉浦です。
11/21のセルフケア研修を欠席された方が4名いらっしゃいました。
振替受講（12/12 Web開催）のご案内をお送りしたいので、下記で間違いないかご確認ください。

　氏名　　　　部署　　　　　内線　　メール
　桑田 悠　　開発一部　　　4102　　kuwata.yu@tsubasa-system.jp
　浜岡 由美　開発二部　　　4235　　hamaoka.yumi@tsubasa-system.jp
　羽田野 誠　インフラ部　　4318　　hatano.makoto@tsubasa-system.jp
　矢作 詩織　営業部　　　　4027　　yahagi.shiori@tsubasa-system.jp

よろしくお願いいたします。
""" + SIG_SUGIURA,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
        "note": "欠席者4名の内線・メール（5名未満）: 警告はあり得るが止めない",
    },
    {
        "id": "counseling-087", "expect": "stop", "charset": "iso-2022-jp",
        "sender": OTSUKI, "to": [ANZAI],
        "subject": "ハラスメント相談の件（ご報告）",
        "body": """安西様

お世話になっております。大槻です。
工事部の鬼頭 勝也さんから、ハラスメント相談窓口に相談がありましたのでご報告します。
ご本人の同意を得ております。

鬼頭さんによると、過去に傷害事件で逮捕され罰金刑を受けたことを、
同じ現場の職長が他の作業員に話して回っているとのことです。
ご本人はそのことで現場に居づらくなり、退職も考えていると話されています。

事実関係のご確認と、職長への指導をご検討いただけますでしょうか。
""" + SIG_OTSUKI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "実名の従業員の逮捕歴・刑罰（犯罪歴）を取引先へ: 要配慮個人情報",
    },
    {
        "id": "counseling-088", "expect": "pass", "charset": "shift_jis",
        "sender": HORINOUCHI, "to": [OTSUKI, HASEBE],
        "subject": "【社外秘】2025年度 事業計画（予算）案",
        "body": """大槻部長
長谷部さん

堀之内です。2025年度の事業計画（予算）案を添付します。
社外秘の扱いでお願いします。12/6の部会で議論予定です。
""" + SIG_HORINOUCHI,
        "attachments": [{
            "kind": "xlsx", "name": "2025事業計画_予算案.xlsx",
            "page_header": "社外秘",
            "sheets": {"予算": [
                ["【社外秘】EAP・カウンセリング事業部 2025年度 予算案"],
                ["項目", "2024見込", "2025計画"],
                ["売上高（千円）", 412000, 458000],
                ["外部カウンセラー委託費", 86000, 94000],
                ["営業利益", 51000, 60500],
            ]},
        }],
        "entities": [], "detectors": [],
        "note": "社外秘の区分表示があるが宛先は社内のみ",
    },
    {
        "id": "counseling-089", "expect": "stop", "charset": "utf-8",
        "sender": IWASE, "to": [TAMARU],
        "subject": "高ストレス者面談の記録一式",
        "body": """田丸先生

お世話になっております。岩瀬です。
先月実施した青葉運輸様の高ストレス者面談（5名）の記録を、ZIPにまとめてお送りします。
就業上の措置についてご意見をいただければ幸いです。
""" + SIG_IWASE,
        "attachments": [{
            "kind": "zip", "name": "面談記録_青葉運輸_202411.zip",
            "files": [
                {"kind": "docx", "name": f"面談記録_{n}.docx",
                 "paragraphs": [f"面談記録（{n}）", f"氏名：{full}　生年月日：{dob}", f"主訴：{c}", f"所見：{o}"]}
                for n, full, dob, c, o in [
                    ("鎌田", "鎌田 祐介", "1979年3月14日", "不眠・頭痛、配車業務の残業過多", "抑うつ傾向あり。受診勧奨。"),
                    ("汐田", "汐田 真衣", "1990年11月2日", "動悸・不安、月末締めの負荷", "不安障害の既往あり。通院再開を勧めた。"),
                    ("小田切", "小田切 剛", "1975年6月28日", "飲酒量増加", "アルコール使用障害の疑い。"),
                    ("野々宮", "野々宮 翔", "1995年1月9日", "先輩からの叱責、食欲低下", "適応障害の可能性。配置の検討が必要。"),
                    ("宇津木", "宇津木 沙耶", "1998年4月5日", "夜間の中途覚醒、涙もろさ", "うつ病で通院中（主治医あり）。"),
                ]
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "パスワードなしZIP内のDOCX5件に実名・生年月日・診断や症状",
    },
    {
        "id": "counseling-090", "expect": "pass", "charset": "iso-2022-jp",
        "sender": MIYAKE, "to": [IWASE],
        "subject": "引き継ぎ資料（パスワード付き）",
        "body": """岩瀬さん

三宅です。来週からの休暇中の引き継ぎ資料を送ります。
パスワードは社内チャットで送りました。

よろしくお願いします。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "zip", "name": "引き継ぎ_三宅_1202.zip", "password": "hikitsugi-1202",
            "files": [{"kind": "xlsx", "name": "担当ケース一覧.xlsx",
                       "sheets": {"一覧": [["氏名", "契約先", "状況"], ["須永 圭", "川崎電機", "継続面談中"]]}}],
        }],
        "entities": [], "detectors": [],
        "note": "パスワード付きZIPだが宛先は社内の同僚のみ",
    },
    {
        "id": "counseling-091", "expect": "stop", "charset": "utf-8",
        "sender": HORINOUCHI, "to": [YABUKI],
        "subject": "11月 ケース報告（同意取得者分）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>矢吹様</p>
<p>お世話になっております。日の出産業の堀之内です。<br>
会社への情報共有に同意をいただいた方のケース報告（11月分）です。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>社員番号</th><th>氏名</th><th>所属</th><th>主訴・診断</th><th>就業上の配慮</th></tr></thead>
<tbody>
<tr><td>S0877</td><td>嵯峨 千晶</td><td>宴会</td><td>パニック障害（通院中）</td><td>満員電車を避けた時差出勤</td></tr>
<tr><td>S1210</td><td>設楽 和真</td><td>営業</td><td>適応障害（休職中）</td><td>1月復職予定、短時間勤務</td></tr>
<tr><td>S0546</td><td>白鳥 奈緒</td><td>フロント</td><td>過呼吸発作</td><td>夜勤免除</td></tr>
<tr><td>S1388</td><td>矢島 いずみ</td><td>宴会</td><td>摂食障害の既往</td><td>面談継続</td></tr>
<tr><td>S0412</td><td>有田 智也</td><td>フロント</td><td>うつ病（11月初診）</td><td>残業制限</td></tr>
</tbody></table>
<p>ご不明点はお問い合わせください。</p>
<p>日の出産業株式会社 EAP・カウンセリング事業部<br>事業管理課 堀之内 真紀　TEL 03-5201-7747</p>
</body></html>""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTMLのみのメールの表で5名の実名と診断名（同意があっても社外送信は止める）",
    },
    {
        "id": "counseling-092", "expect": "either", "charset": "shift_jis",
        "sender": SUGIURA, "to": [TAKAGI],
        "subject": "12/5 出張カウンセリング 会議室のお願い",
        "body": """高城様

お世話になっております。日の出産業の杉浦です。
12/5（木）の本社での出張カウンセリングの予定です。
会議室（個室）の確保と、ご本人への業務調整のご配慮をお願いいたします。

　10:00　鎌田 祐介 様
　11:00　汐田 真衣 様
　13:30　小田切 剛 様
　14:30　野々宮 翔 様
　15:30　宇津木 沙耶 様

よろしくお願いいたします。
""" + SIG_SUGIURA,
        "entities": ["PERSON_NAME"], "detectors": ["personal_data"],
        "note": "連絡先のない5名の氏名と面談時刻のみ。カウンセリング利用の事実を人の記録とみるかで判断が分かれる",
    },
    {
        "id": "counseling-093", "expect": "stop", "charset": "iso-2022-jp",
        "sender": SUGIURA, "to": [MANABE],
        "subject": "折り返しご希望の方のリスト（転送）",
        "body": """真鍋様

お世話になっております。杉浦です。
Web予約システムの障害で予約が取れなかった方から、受付に折り返し依頼が来ていました。
受付からの社内メールを添付しますので、各部署へのご案内をお願いできますでしょうか。
""" + SIG_SUGIURA,
        "attachments": [{
            "kind": "eml", "name": "折り返し依頼リスト.eml",
            "message": {
                "charset": "utf-8", "sender": "EAP相談受付デスク <eap-desk@hinode-sangyo.co.jp>",
                "to": [SUGIURA], "subject": "ツバサシステム様 折り返し依頼（システム障害分）",
                "body": """杉浦さん

11/26のシステム障害中に電話で予約依頼のあったツバサシステム様の方です。

氏名          部署        電話             メール
------------  ----------  ---------------  ------------------------------
若松 修平     開発一部    080-2217-6634    wakamatsu.s@tsubasa-system.jp
上條 瑠美     開発二部    090-5539-0128    kamijo.rumi@tsubasa-system.jp
雛田 大輝     インフラ部  070-4476-3351    hinata.daiki@tsubasa-system.jp
茅野 有紗     人事総務部  080-9902-1146    chino.arisa@tsubasa-system.jp
犬飼 俊彦     営業部      090-3318-7725    inukai.t@tsubasa-system.jp
廿日出 萌     開発一部    070-6621-0097    hatsukade.moe@tsubasa-system.jp

受付 鶴見
""",
            },
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "添付したメール（eml）の中に6名の氏名・電話・メールの一覧",
    },
    {
        "id": "counseling-094", "expect": "stop", "charset": "shift_jis",
        "sender": KATAGIRI, "to": ["南霞市教育委員会 指導課 <kyoiku-shido@city.minamikasumi.lg.jp>"],
        "subject": "11月分 SC活動報告書（南霞第三中学校）",
        "body": """南霞市教育委員会 指導課
ご担当者様

お世話になっております。日の出産業の片桐です。
11月分の活動報告書を添付にてお送りいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_KATAGIRI,
        "attachments": [{"kind": "corrupt", "name": "SC活動報告書_南霞第三中_2024年11月.docx"}],
        "entities": [], "detectors": ["unscannable_attachment"],
        "note": "破損したDOCX添付: 検査できない",
    },
    {
        "id": "counseling-095", "expect": "stop", "charset": "utf-8",
        "sender": MIYAKE, "to": [MANABE],
        "subject": "合理的配慮についてのご相談（久我さん）",
        "body": """真鍋様

お世話になっております。日の出産業の三宅です。
インフラ部の久我 涼子さんから、職場での配慮についてご相談がありました。
ご本人の希望により、人事ご担当の真鍋様にのみ共有いたします。

・統合失調症で通院中で、精神障害者保健福祉手帳（2級）を取得されています。
・障害者雇用枠への切替えを希望されています。
・服薬の影響で午前中の集中が難しいため、10時始業のフレックス勤務を希望されています。
・夜間の障害対応当番からは外してほしいとのことです。

面談の場を設けていただけますと幸いです。
""" + SIG_MIYAKE,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "実名の従業員の障害（手帳等級・統合失調症）を取引先人事へ",
    },
    {
        "id": "counseling-096", "expect": "stop", "charset": "shift_jis",
        "sender": SAKAMAKI, "to": [KIMURA],
        "subject": "2024年分 支払調書データ（外部カウンセラー6名）",
        "body": """木村先生

いつもお世話になっております。日の出産業の坂巻です。
2024年分の報酬、料金、契約金及び賞金の支払調書の作成用データをお送りします。
外部委託カウンセラー6名分です（CSV）。

よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [{
            "kind": "csv", "name": "shiharaichosho_2024_counselor.csv", "encoding": "cp932",
            "rows": [
                ["氏名", "フリガナ", "個人番号", "住所", "支払金額", "源泉徴収税額"],
                ["楠木 玲子", "クスノキ レイコ", my_number(3103), "東京都世田谷区経堂4-18-2 経堂ハイツ201", "2,154,000", "219,935"],
                ["塚本 理恵", "ツカモト リエ", my_number(3104), "神奈川県川崎市高津区溝口2-9-15", "1,622,500", "165,667"],
                ["名取 真弓", "ナトリ マユミ", my_number(3105), "埼玉県川口市並木3-22-8 ヴェルデ並木503", "1,980,000", "202,158"],
                ["富永 亮", "トミナガ リョウ", my_number(3106), "東京都練馬区豊玉北5-14-3", "894,000", "91,277"],
                ["桑野 聡子", "クワノ サトコ", my_number(3107), "千葉県市川市八幡2-16-9", "1,245,000", "127,114"],
                ["千早 透", "チハヤ トオル", my_number(3108), "東京都杉並区阿佐谷南1-33-4-201", "732,000", "74,737"],
            ],
        }],
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV(CP932)に6名のマイナンバー・住所を税理士事務所へ",
    },
    {
        "id": "counseling-097", "expect": "stop", "charset": "iso-2022-jp",
        "sender": OTSUKI, "to": ["長尾 雅史 <nagao.m@shinonome-kagaku.co.jp>"],
        "subject": "ハラスメント相談窓口へのご相談について（ご報告）",
        "body": """東雲化学株式会社
人事部 部長 長尾様

お世話になっております。日の出産業の大槻です。
ハラスメント外部相談窓口に寄せられた相談について、相談者の同意を得てご報告します。

　相談者：研究所 分析グループ　金 明美 さん
　内容　：在日コリアン三世であることを理由に、グループ内で出自をからかう発言が
　　　　　繰り返されている。本名（通名ではなく）で呼ばれることを揶揄される。
　希望　：行為者への注意と、グループ内での研修の実施

事実確認の進め方について、一度ご相談させてください。
""" + SIG_OTSUKI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "実名の相談者の出自（人種・民族的出身）を社外へ: 要配慮個人情報",
    },
    {
        "id": "counseling-098", "expect": "stop", "charset": "utf-8",
        "sender": MIYAKE, "to": [KOMOREBI],
        "subject": "FW: 健診結果について（川崎電機 健康管理室より）",
        "body": """瀬尾先生

お世話になっております。三宅です。
川崎電機の健康管理室から相談のあった方について、先方のメールを転送いたします。
不眠と飲酒量の増加もあり、来週受診予定です。事前にお目通しいただけますと幸いです。

-------- 転送メッセージ --------
差出人: 村井 千尋 <murai.chihiro@kawasaki-denki.co.jp>
日付: 2024/11/22 16:40
宛先: 三宅 遥 <miyake.haruka@hinode-sangyo.co.jp>
件名: 健診結果について

三宅様
品質保証部の鳥飼 慎吾さん（1972年2月16日生）の今年の健診結果です。
本人から三宅さんに共有してよいと了承をもらっています。

・血圧 168/102 mmHg（要治療）
・AST 88 / ALT 104 / γ-GTP 245（要精密検査）
・BMI 28.4
・問診：1日の飲酒量 日本酒4合以上、睡眠5時間未満

面談時に受診を勧めていただけると助かります。
村井
""" + SIG_MIYAKE,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "転送（FW）で1名の健診結果・生年月日をクリニックへ: 転送部分は新たな内容として数える",
    },
    {
        "id": "counseling-099", "expect": "stop", "charset": "shift_jis",
        "sender": SUGIURA, "to": ["ベルコール株式会社 運用チーム <ops@bellcall.co.jp>"],
        "subject": "本日の折り返し架電リスト（夜間帯）",
        "body": """ベルコール株式会社
運用チーム ご担当者様

お世話になっております。日の出産業 EAP相談受付デスクの杉浦です。
本日の夜間帯に折り返し架電をお願いしたい方のリストです。
「日の出EAPの窓口です」とお名乗りのうえ、ご本人確認後に予約枠をご案内ください。

氏名            電話番号         希望時間帯    契約先
--------------  ---------------  ------------  --------------
遠山 里佳子     090-2673-1148    19:00-20:00   川崎電機
斑目 俊哉       080-3395-2206    20:00-21:00   青葉運輸
佐渡 麻衣       070-1187-4453    19:00-21:00   みどり銀行
千々岩 健吾     090-5524-8817    21:00-22:00   北国フーズ
鬼塚 綾乃       080-6642-3390    19:30-20:30   さくらホテル
御子柴 洋平     090-7718-0264    20:00-22:00   丸信建設
日下部 彩       070-9905-2231    19:00-20:00   ツバサシステム

架電結果は明朝9時までに共有フォルダへご登録をお願いいたします。
""" + SIG_SUGIURA,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "空白揃えの表で7名の氏名・電話を委託先コールセンターへ",
    },
    {
        "id": "counseling-100", "expect": "stop", "charset": "iso-2022-jp",
        "sender": OTSUKI, "to": [SHIRAKAWA],
        "subject": "【極秘】EAP事業の事業譲渡に関するご相談",
        "body": """【極秘】
白川先生

いつもお世話になっております。大槻です。
本件は極秘扱いとし、社内でも役員と私のみが把握しております。

当社EAP事業について、同業の大手から事業譲渡の打診を受けております。
つきましては、以下の論点についてご助言をいただきたく存じます。

　1. 相談記録（個人データ）の承継に際して、相談者本人の同意が必要か
　2. 外部委託カウンセラーとの業務委託契約の承継
　3. 契約先企業（約60社）への通知のタイミングと方法
　4. 秘密保持契約を締結する前に開示してよい情報の範囲

来週中に一度お時間をいただけますでしょうか。
""" + SIG_OTSUKI,
        "entities": [], "detectors": ["confidential_marking"],
        "note": "件名・本文冒頭に【極秘】の区分表示がある事業譲渡の相談を社外へ（提携先でも止める）",
    },
]
