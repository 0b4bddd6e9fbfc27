"""新製品発表会・プレス向け案内・販売店向け説明会 (shinseihin): mail of 日の出産業's 広報部, 営業推進部
and マーケティング部 around the autumn 2026 launch of its cordless cleaner, humidifying air purifier,
the granola co-developed with 北国フーズ and the OEM dash camera — press invitations and RSVPs,
press lists sent to PR agencies, venue arrangements with hotels (attendee lists, name tags, meals,
rooms), dealer briefing invitations and attendance sheets, sample (試供品) shipments to journalists,
bloggers and monitors through the carrier, monitor recruitment, selection, rewards and reports,
embargoed press releases, printed invitations and NDAs, in Japanese and English, as plain text,
HTML, CSV/XLSX/XLS/DOCX/PDF/PPTX/PNG/ZIP attachments, attached and inline forwards and reply threads.
"""

from build import card_number, my_number

SEED = 71401


def _mn(k: int) -> str:
    n = my_number(SEED + k)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


SIG_SAOTOME = """
──────────────────────────
日の出産業株式会社 広報部
早乙女 玲奈（Saotome Rena）
〒103-0027 東京都中央区日本橋2-7-1 日の出ビル8F
TEL 03-5201-7733（代表）／直通 03-5201-7741
Mail saotome.rena@hinode-sangyo.co.jp
──────────────────────────"""

SIG_ASHIKARI = """
--
日の出産業株式会社
広報部 課長　芦刈 慎吾
TEL: 03-5201-7740  FAX: 03-5201-7799
〒103-0027 東京都中央区日本橋2-7-1"""

SIG_INOKUCHI = """
****************************************
  日の出産業株式会社 営業推進部 販売店企画課
  井ノ口 大輔 (Inokuchi Daisuke)
  〒530-0001 大阪府大阪市北区梅田3-4-15 大阪支社6F
  TEL 06-6345-2210 / 携帯 080-4471-0932
  inokuchi.daisuke@hinode-sangyo.co.jp
****************************************"""

SIG_HASUMI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
マーケティング部 顧客インサイト課
蓮見 千景（はすみ ちかげ）
TEL 03-5201-7760
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES = [
    {
        "id": "shinseihin-001",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["鴇田 様 <tokita@kaden-journal.jp>"],
        "subject": "【ご案内】日の出産業 2026秋 新製品発表会のご招待",
        "body": """家電ジャーナル編集部
鴇田 様

いつも大変お世話になっております。
日の出産業 広報部の早乙女でございます。

このたび弊社では、コードレス掃除機「AIRLIFT HC-900」および加湿空気清浄機
「HK-A50」の発売にあわせ、下記のとおり新製品発表会を開催する運びとなりました。
ご多忙中まことに恐縮ではございますが、ぜひご臨席賜りますようご案内申し上げます。

　　　　　　　　　　　記

　日時　：2026年11月18日（水）14:00〜15:30（受付開始 13:30）
　会場　：さくらホテル東京 3F「桜の間」
　　　　　東京都港区芝公園1-9-3（都営三田線 御成門駅 A1出口 徒歩3分）
　内容　：製品説明、開発者トークセッション、タッチ＆トライ
　定員　：報道関係者 60名

ご出欠につきましては、11月11日（水）までに本メールへのご返信にて
お知らせいただけますと幸いです。撮影をご希望の場合は、その旨も
あわせてお書き添えください。

　　　　　　　　　　　　　　　　　　　　　　　　　　　以上
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Invitation to one journalist; only the hotel's business address and the sender's signature.",
    },
    {
        "id": "shinseihin-002",
        "charset": "utf-8",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": [
            "tokita@kaden-journal.jp",
            "m-kuzuha@monoweb.jp",
            "onodera.s@seikatsu-tsushin.co.jp",
            "desk@ryutsu-shimpo.co.jp",
            "y_higa@techlife-media.com",
            "sanada-k@chubu-nippo.co.jp",
        ],
        "subject": "日の出産業 新製品発表会（11/18）ご招待のお知らせ",
        "body": """報道関係者各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 広報部でございます。

2026年11月18日（水）14時より、さくらホテル東京にて
新製品発表会を開催いたします。生活家電2機種に加え、
北国フーズ様と共同開発した食品の初お披露目もございます。

ご出席の可否を11月11日までにご返信いただけますと幸いです。
詳細は添付のご案内状をご覧ください。

何卒よろしくお願い申し上げます。
""" + SIG_SAOTOME,
        "attachments": [
            {"kind": "pdf", "name": "invitation_20261118.pdf",
             "lines": ["日の出産業 2026秋 新製品発表会 ご案内",
                       "日時：2026年11月18日（水）14:00～15:30",
                       "会場：さくらホテル東京 3F 桜の間",
                       "お問い合わせ：日の出産業 広報部 03-5201-7741"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Invitation with six journalists of six different media all in To: recipients see each other, should have been Bcc.",
    },
    {
        "id": "shinseihin-003",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["葛葉 真琴 <m-kuzuha@monoweb.jp>"],
        "subject": "Re: 新製品発表会 出席のご連絡（モノウェブ 葛葉）",
        "body": """葛葉様

ご返信ありがとうございます。ご出席のご連絡、確かに承りました。
カメラマンの方お一人の同行も問題ございません。

当日は受付にて名刺を2枚頂戴できますでしょうか。
撮影エリアは会場後方にご用意しております。
それでは当日お目にかかれますことを楽しみにしております。
""" + SIG_SAOTOME + """

> 日の出産業 早乙女様
>
> ご案内ありがとうございます。11/18の発表会、出席いたします。
> 当日はカメラマン1名（池端）が同行します。
> 当日の連絡先は私の携帯 090-6218-4473 までお願いいたします。
>
> モノウェブ編集部 葛葉 真琴
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply to the journalist; her mobile number is only in the quoted text she wrote herself.",
    },
    {
        "id": "shinseihin-004",
        "charset": "iso-2022-jp",
        "sender": "芦刈 慎吾 <ashikari.shingo@hinode-sangyo.co.jp>",
        "to": ["プリズムPR 白鳥様 <shiratori@prism-pr.co.jp>"],
        "cc": ["saotome.rena@hinode-sangyo.co.jp"],
        "subject": "招待記者リスト送付の件（11/18発表会）",
        "body": """プリズムPR
白鳥様

お世話になっております。日の出産業の芦刈です。

先日お打ち合わせした招待記者リストの最新版をお送りします。
媒体ごとにシートを分けてあります。フォロー電話の際にご活用ください。
「備考」欄に前回発表会の出欠を入れてあります。

よろしくお願いいたします。
""" + SIG_ASHIKARI,
        "attachments": [
            {"kind": "xlsx", "name": "招待記者リスト_20261020.xlsx",
             "title": "招待記者リスト",
             "sheets": {
                 "全国紙・通信": [
                     ["2026秋 新製品発表会 招待記者リスト（2026/10/20時点）"],
                     [],
                     ["No", "媒体名", "部署", "氏名", "フリガナ", "メール", "直通TEL", "携帯", "備考"],
                     [1, "東邦経済新聞", "産業部", "真田 圭吾", "サナダ ケイゴ", "sanada-k@toho-keizai.co.jp", "03-6811-2204", "090-3318-7720", "前回出席"],
                     [2, "日本流通新報", "編集局", "鰐淵 美咲", "ワニブチ ミサキ", "m.wanibuchi@ryutsu-shimpo.co.jp", "03-5579-1132", "080-2241-9953", "前回欠席"],
                     [3, "中部日報", "東京支社", "狩集 朋也", "カリアツマリ トモヤ", "karitsumari@chubu-nippo.co.jp", "03-3541-7718", "090-9012-6634", ""],
                     [4, "共栄通信社", "経済部", "伊集院 渚", "イジュウイン ナギサ", "n-ijuin@kyoei-tsushin.jp", "03-6252-0481", "070-1184-2276", "前回出席"],
                     [5, "北斗新聞", "生活部", "小比類巻 亮", "コヒルイマキ リョウ", "kohiruimaki@hokuto-np.co.jp", "011-221-3390", "080-6650-1148", ""],
                 ],
                 "業界紙・Web": [
                     ["業界紙・Webメディア"],
                     ["No", "媒体名", "部署", "氏名", "フリガナ", "メール", "直通TEL", "携帯", "備考"],
                     [6, "家電ジャーナル", "編集部", "鴇田 一輝", "トキタ カズキ", "tokita@kaden-journal.jp", "03-5822-4410", "090-7781-3305", "前回出席"],
                     [7, "モノウェブ", "編集部", "葛葉 真琴", "クズハ マコト", "m-kuzuha@monoweb.jp", "03-6459-2013", "090-6218-4473", "撮影あり"],
                     [8, "生活通信社", "くらし編集部", "小野寺 沙織", "オノデラ サオリ", "onodera.s@seikatsu-tsushin.co.jp", "03-3267-8812", "080-3390-5521", ""],
                     [9, "テックライフ", "ニュース", "比嘉 悠真", "ヒガ ユウマ", "y_higa@techlife-media.com", "050-3786-1290", "090-2286-7714", "オンライン参加希望"],
                     [10, "フードビジネスニュース", "記者", "百目鬼 葵", "ドウメキ アオイ", "domeki@food-biz-news.jp", "03-5633-0937", "070-4412-8850", "食品のみ"],
                     [11, "暮らしノート", "副編集長", "祝 千尋", "ホウリ チヒロ", "hori.chihiro@kurashi-note.jp", "03-6803-5526", "080-9124-3362", ""],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX press list of eleven journalists (name, e-mail, direct line, mobile) over two sheets to an external PR agency.",
    },
    {
        "id": "shinseihin-005",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["丸福電機 仕入部 御中 <shiire@marufuku-denki.co.jp>"],
        "subject": "【販売店様向け】新製品説明会 開催のご案内（大阪会場 12/8）",
        "body": """丸福電機株式会社
仕入部 御中

平素は格別のお引き立てを賜り、誠にありがとうございます。
日の出産業 営業推進部の井ノ口でございます。

年末商戦に向けた新製品の販売店様向け説明会を、下記のとおり開催いたします。
ご担当者様のご参加をお待ち申し上げております。

■日時　2026年12月8日（火）13:30～16:00
■会場　さくらホテル大阪 2F「淀の間」（大阪市北区中之島5-2-8）
■内容　・新製品（HC-900／HK-A50／DR-X3）のご紹介
　　　　・店頭販促ツールと展示什器のご説明
　　　　・春商戦に向けた販売施策
■お申込み　12月1日（火）までに、参加者のお名前と人数をご返信ください。

説明会終了後、ささやかながら懇親の場もご用意しております。
""" + SIG_INOKUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Dealer briefing invitation to one dealer's department address; nothing personal.",
    },
    {
        "id": "shinseihin-006",
        "charset": "iso-2022-jp",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 東海林様 <shoji@nishiki-insatsu.co.jp>"],
        "subject": "説明会案内状DM 宛先データのご送付",
        "body": """錦印刷株式会社
東海林様

いつもお世話になっております。日の出産業の三枝です。
先日ご依頼した販売店説明会の案内状（圧着はがき）の宛先です。
各店舗の店長宛て、店舗住所でお願いいたします。

店舗名                  〒        住所                                  代表TEL
----------------------  --------  ------------------------------------  ------------
丸福電機 梅田本店       530-0012  大阪府大阪市北区芝田1-6-2             06-6372-1100
丸福電機 天王寺店       545-0052  大阪府大阪市阿倍野区阿倍野筋2-1-40    06-6634-2200
ホシノ電化 堺東店       590-0028  大阪府堺市堺区三国ヶ丘御幸通59        072-238-5510
ホシノ電化 枚方店       573-0032  大阪府枚方市岡東町18-3                072-841-7730
サンライズホーム 西宮店 662-0918  兵庫県西宮市六湛寺町9-12              0798-26-4411
サンライズホーム 三宮店 651-0096  兵庫県神戸市中央区雲井通6-1-5         078-251-8820
でんかのカドヤ 京都店   600-8216  京都府京都市下京区東塩小路町721       075-371-0090
でんかのカドヤ 奈良店   630-8115  奈良県奈良市大宮町4-281               0742-35-6610

計8店舗です。校正は来週火曜までにいただけますと助かります。

三枝
日の出産業株式会社 営業推進部 TEL 06-6345-2213
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Padded table of eight dealer shops with shop addresses and switchboards: a list of businesses, not people.",
    },
    {
        "id": "shinseihin-007",
        "charset": "utf-8",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["さくらホテル東京 宴会予約 <banquet-tokyo@sakura-hote1.jp>"],
        "subject": "11/18 桜の間 ご予約内容の最終確認",
        "body": """さくらホテル東京
宴会予約ご担当者様

お世話になっております。日の出産業の早乙女です。
11月18日（水）の「桜の間」について、最終の内容をお送りします。

・利用時間　10:00～18:00（設営・撤去含む）
・レイアウト　スクール形式 60席＋後方撮影エリア
・控室　「椿の間」1室（登壇者用）
・音響　ワイヤレスマイク4本、プロジェクター2台
・ケータリング　14:00～ コーヒー・焼き菓子 70名分

見積書の再発行もお願いできますでしょうか。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Addressed to sakura-hote1.jp, a digit-for-letter look-alike of partner sakura-hotel.jp.",
    },
    {
        "id": "shinseihin-008",
        "charset": "utf-8",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["odagiri.ken@hinode-sangyo.co.jp", "yuzuki.takumi@hinode-sangyo.co.jp"],
        "cc": ["mkt-insight@mail.hinode-sangyo.co.jp"],
        "subject": "グラノーラ モニター応募者（第1次締め分）",
        "body": """小田切さん、柚木さん

お疲れさまです。蓮見です。
10/15〜10/25受付分の応募者データを添付します（全12件）。
選考会議（10/28）までに目を通しておいてください。
応募動機の欄が空欄の方は選考対象外の予定です。

蓮見
""",
        "attachments": [
            {"kind": "csv", "name": "monitor_oubo_1st.csv", "encoding": "utf-8",
             "rows": [
                 ["受付番号", "氏名", "年齢", "都道府県", "メール", "電話", "応募動機"],
                 ["G-0001", "甘粕 里穂", "34", "東京都", "riho.amakasu@gmail.com", "090-4127-5530", "朝食を見直したい"],
                 ["G-0002", "乙部 拓也", "41", "北海道", "otobe_t@yahoo.co.jp", "080-1192-6604", "子どものおやつに"],
                 ["G-0003", "漆畑 瑞穂", "28", "静岡県", "mizuho.urushi@icloud.com", "070-3345-2271", ""],
                 ["G-0004", "宍戸 康平", "52", "宮城県", "k-shishido@outlook.jp", "090-8810-3316", "健康診断の数値が気になる"],
                 ["G-0005", "畔柳 真央", "37", "愛知県", "mao.kuroyanagi@gmail.com", "080-5521-0947", "グラノーラ好き"],
                 ["G-0006", "鷲尾 慎", "45", "福岡県", "washio.shin@docomo.ne.jp", "090-2264-8813", "通勤前に手軽に"],
                 ["G-0007", "栃内 美結", "23", "岩手県", "miyu.tochinai@gmail.com", "070-6683-1120", "SNSで紹介したい"],
                 ["G-0008", "相楽 航", "31", "神奈川県", "sagara.wataru@yahoo.co.jp", "080-7714-3392", ""],
                 ["G-0009", "妙見 恵子", "60", "京都府", "myoken-k@ezweb.ne.jp", "090-1157-2218", "夫婦で試したい"],
                 ["G-0010", "雲母 大和", "26", "大阪府", "kirara.yamato@icloud.com", "080-9903-4456", "筋トレ中の間食"],
                 ["G-0011", "舘 ひかり", "39", "千葉県", "hikari.tachi@outlook.jp", "090-3478-6621", "食物繊維をとりたい"],
                 ["G-0012", "猪狩 直人", "48", "福島県", "igari.naoto@gmail.com", "070-2290-5518", "地元の大麦に興味"],
             ]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Twelve monitor applicants' contacts, but every recipient is internal (including the mail. subdomain).",
    },
    {
        "id": "shinseihin-009",
        "charset": "iso-2022-jp",
        "sender": "葛西 明美 <kasai.akemi@hinode-sangyo.co.jp>",
        "to": ["及川税理士事務所 及川先生 <oikawa@oikawa-tax.jp>"],
        "subject": "モニター謝礼の支払調書作成について",
        "body": f"""及川税理士事務所
及川 先生

いつもお世話になっております。日の出産業 経理部の葛西です。

長期モニター（3か月）と座談会にご協力いただいた方への謝礼が、
年間で支払調書の提出基準を超える見込みとなりました。
報酬、料金、契約金及び賞金の支払調書の作成をお願いしたく、
必要事項をお送りいたします。

　氏名　　　：百瀬 遥香（ももせ はるか）
　住所　　　：〒231-0023 神奈川県横浜市中区山下町118-3 メゾン山下502
　個人番号　：{_mn(1)}
　支払金額　：70,000円（源泉徴収税額 7,147円）
　支払日　　：2026年12月25日予定
　区分　　　：モニター謝礼（座談会出演料含む）

本人確認書類の写しは郵送にてお届けします。
ご不明点がございましたらご連絡ください。

葛西 明美
日の出産業株式会社 経理部　TEL 03-5201-7780
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "A monitor's My Number with name and home address sent to an outside tax accountant.",
    },
    {
        "id": "shinseihin-010",
        "charset": "utf-8",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["riho.amakasu@gmail.com"],
        "subject": "【日の出産業】モニター商品発送のお知らせ",
        "body": """甘粕 里穂 様

このたびは「ひので麦 発酵大麦グラノーラ」モニターにご当選
いただき、誠にありがとうございます。
本日、モニター商品を発送いたしましたのでお知らせいたします。

　お届け先　：〒167-0032 東京都杉並区天沼3-21-8 コーポ天沼201
　お電話番号：090-4127-5530
　配送業者　：青葉運輸
　お問い合わせ伝票番号：4471-2096-3381
　お届け予定：11月21日（土）午前中

お届け先に誤りがございましたら、お手数ですがご返信ください。
アンケートのご案内は、お届けから2週間後にお送りいたします。

日の出産業株式会社 マーケティング部
モニター事務局　小田切
TEL 03-5201-7762（平日10時〜17時）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "Shipping notice to one monitor on free mail, echoing her own address and phone: one person's record.",
    },
    {
        "id": "shinseihin-011",
        "charset": "shift_jis",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["錦印刷 東海林様 <shoji@nishiki-insatsu.co.jp>"],
        "subject": "プレスキット用 ニュースリリース原稿（入稿データ）",
        "body": """錦印刷株式会社
東海林様

お世話になっております。日の出産業の早乙女です。
プレスキットに同梱するニュースリリースの原稿をお送りします。
冒頭の「報道解禁日時」は赤字で目立つようにお願いいたします。
部数は80部、11月16日（月）必着で会場宛てに納品をお願いします。
""" + SIG_SAOTOME + DISCLAIMER_JA,
        "attachments": [
            {"kind": "docx", "name": "NewsRelease_HC900_HKA50.docx",
             "title": "ニュースリリース",
             "paragraphs": [
                 "【報道解禁日時：2026年11月18日（水）15:00】",
                 "NEWS RELEASE　2026年11月18日　日の出産業株式会社",
                 "吸引力と静かさを両立したコードレス掃除機「AIRLIFT HC-900」と、",
                 "加湿空気清浄機「HK-A50」を12月5日より全国の家電量販店で発売",
                 "希望小売価格：HC-900 オープン価格（想定売価 59,800円前後）、HK-A50 39,800円前後",
                 "本件に関するお問い合わせ：日の出産業株式会社 広報部 TEL 03-5201-7741",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Embargoed press release sent to the partner printer: an embargo is not a confidentiality marking; standard disclaimer.",
    },
    {
        "id": "shinseihin-012",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["さくらホテル東京 宴会担当 柘植様 <tsuge@sakura-hotel.jp>"],
        "subject": "11/18 発表会 ご来場者への配慮事項",
        "body": """さくらホテル東京
宴会担当 柘植様

いつもお世話になっております。日の出産業の早乙女です。
当日ご来場予定の記者の方について、事前にお伝えしておきたい点がございます。

1. 共栄通信社 伊集院 渚 様
　 車椅子をご利用です。エレベーター前から会場までのご誘導と、
　 最前列通路側のお席の確保をお願いできますでしょうか。

2. 生活通信社 小野寺 沙織 様
　 卵アレルギーをお持ちとのことです。ケータリングの焼き菓子は
　 卵不使用のものを別皿でご用意いただけますと幸いです。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named journalists' disability (wheelchair) and food allergy sent to the hotel: health data of identifiable people.",
    },
    {
        "id": "shinseihin-013",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["さくらホテル大阪 フロント <front-osaka@sakura-hotel.jp>"],
        "subject": "12/7 宿泊 3名（日の出産業 名義）",
        "body": """さくらホテル大阪
ご予約ご担当者様

お世話になっております。日の出産業の井ノ口です。
12/8の説明会に合わせ、前泊する販売店様3名分のお部屋を
弊社名義で手配させてください（シングル3室、12/7チェックイン1泊）。

・鬼頭 正和 様（ホシノ電化）　携帯 090-5582-1039
・廿楽 しおり 様（ホシノ電化）　携帯 080-2217-6640
・一口 健太 様（でんかのカドヤ）　携帯 070-4459-3318

到着が21時を過ぎる場合は、各自からホテル様へご連絡いただきます。
精算は弊社への請求書払いでお願いいたします。
""" + SIG_INOKUCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three guests' names and mobiles for a room booking: under five people, may be warned but goes.",
    },
    {
        "id": "shinseihin-014",
        "charset": "utf-8",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 商品開発部 猿渡様 <saruwatari@kawasaki-denki.co.jp>"],
        "subject": "DR-X3 販売店向け仕様書（ドラフト）のご確認",
        "body": """川崎電機株式会社
猿渡様

お世話になっております。日の出産業 商品企画の柚木です。
販売店説明会で配布予定の DR-X3 仕様書ドラフトを添付いたします。
記載の数値（画角・録画時間・駐車監視時の消費電流）に誤りがないか、
11/20までにご確認いただけますでしょうか。

柚木 拓海
日の出産業株式会社 商品企画部　TEL 03-5201-7750
""",
        "attachments": [
            {"kind": "docx", "name": "DR-X3_製品仕様書_draft3.docx",
             "page_header": "社外秘　日の出産業株式会社",
             "paragraphs": [
                 "ドライブレコーダー DR-X3 製品仕様書（第3版ドラフト）",
                 "発売予定日：2027年1月20日　想定売価：24,800円",
                 "仕入掛率（販売店様向け）：62%　初回ロット：8,000台",
             ],
             "tables": [[["項目", "仕様"], ["画角", "水平128° 垂直68°"],
                         ["録画時間", "microSD 64GB で約8時間"],
                         ["駐車監視", "最大12時間／消費電流 220mA"]]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "The attached specification carries a 社外秘 page header and goes to an external partner.",
    },
    {
        "id": "shinseihin-015",
        "charset": "utf-8",
        "sender": "Kenji Mashiba <mashiba.kenji@hinode-sangyo.co.jp>",
        "to": ["Grace Lim <grace.lim@brightway-trading.com>"],
        "subject": "HC-900 / HK-A50 launch schedule for Singapore",
        "body": """Dear Grace,

Thank you for your time on the call yesterday.

As discussed, here is the launch timeline for the two new models:

  - Nov 18 (Wed): press conference in Tokyo (domestic media only)
  - Dec 5 (Sat): retail launch in Japan
  - late Feb 2027: first shipment to Singapore (FOB Yokohama), 1,200 + 800 units
  - Mar 2027: your dealer briefing in Singapore; our product manager can join online

We will send the English product sheets and the updated price list once the
Japanese press release is out on Nov 18.

Best regards,

Kenji Mashiba
Overseas Sales Dept., Hinode Sangyo Co., Ltd.
2-7-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5201-7790
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English business mail to a foreign distributor with the standard confidentiality disclaimer only.",
    },
    {
        "id": "shinseihin-016",
        "charset": "iso-2022-jp",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業 祖父江様 <sobue@aoba-unyu.co.jp>"],
        "subject": "試供品 発送先リストの件",
        "body": """青葉運輸株式会社
祖父江様

お世話になっております。日の出産業の小田切です。
11/20出荷分の試供品発送先リストを添付いたします。
解凍用のパスワードは、この後別メールにてお送りします。

送り状の発行まで、どうぞよろしくお願いいたします。

小田切 健
日の出産業株式会社 マーケティング部　TEL 03-5201-7762
""",
        "attachments": [
            {"kind": "zip", "name": "hassousaki_1120.zip", "password": "Aoba#1120x",
             "files": [
                 {"kind": "csv", "name": "hassousaki_1120.csv",
                  "rows": [["氏名", "郵便番号", "住所", "電話"],
                           ["猪狩 直人", "960-8041", "福島県福島市大町4-12", "070-2290-5518"],
                           ["舘 ひかり", "260-0013", "千葉県千葉市中央区中央2-8-3", "090-3478-6621"],
                           ["雲母 大和", "543-0001", "大阪府大阪市天王寺区上本町6-3-9", "080-9903-4456"],
                           ["鷲尾 慎", "810-0001", "福岡県福岡市中央区天神4-1-22", "090-2264-8813"],
                           ["相楽 航", "220-0004", "神奈川県横浜市西区北幸2-10-5", "080-7714-3392"]]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP) cannot be inspected.",
    },
    {
        "id": "shinseihin-017",
        "charset": "utf-8",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["暮らしノート編集部 <editors@kurashi-note.jp>"],
        "subject": "モニター募集告知 掲載のお願い（ひので麦グラノーラ）",
        "html": """<html><body>
<p>暮らしノート編集部 御中</p>
<p>いつもお世話になっております。日の出産業 マーケティング部の蓮見でございます。<br>
先日ご相談いたしましたモニター募集記事の掲載素材をお送りいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>募集名</th><td>「ひので麦 発酵大麦グラノーラ」1か月モニター</td></tr>
<tr><th>募集人数</th><td>100名（20歳以上、日本国内にお住まいの方）</td></tr>
<tr><th>応募期間</th><td>2026年10月15日（木）～11月2日（月）</td></tr>
<tr><th>応募方法</th><td>特設サイト https://www.hinode-sangyo.co.jp/monitor/ の応募フォームから</td></tr>
<tr><th>当選発表</th><td>11月13日（金）、商品の発送をもって代えさせていただきます</td></tr>
<tr><th>謝礼</th><td>アンケート回答者全員にQUOカード1,000円分</td></tr>
</table>
<p>画像素材（パッケージ写真3点）は別途ストレージのURLをお送りいたします。<br>
何卒よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 マーケティング部 蓮見 千景<br>TEL 03-5201-7760</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only monitor recruitment notice for a web magazine; no personal data.",
    },
    {
        "id": "shinseihin-018",
        "charset": "shift_jis",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 祖父江様 <sobue@aoba-unyu.co.jp>"],
        "cc": ["hasumi.chikage@hinode-sangyo.co.jp"],
        "subject": "モニター当選者 発送データ（11/24出荷分 12件）",
        "body": """祖父江様

お世話になっております。日の出産業の小田切です。
11/24出荷分のモニター商品発送データ（CSV）をお送りします。
品名はすべて「食品（グラノーラ）」、常温便でお願いします。

小田切
""",
        "attachments": [
            {"kind": "csv", "name": "発送データ_1124.csv", "encoding": "cp932",
             "rows": [
                 ["管理No", "お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "個数"],
                 ["M1124-01", "百瀬 遥香", "231-0023", "神奈川県横浜市中区山下町118-3 メゾン山下502", "080-6632-1185", "食品（グラノーラ）", "2"],
                 ["M1124-02", "東海林 聡", "990-0039", "山形県山形市香澄町1-14-7", "090-2718-6649", "食品（グラノーラ）", "2"],
                 ["M1124-03", "五百旗頭 紗季", "650-0011", "兵庫県神戸市中央区下山手通3-12-1-804", "070-5513-2086", "食品（グラノーラ）", "2"],
                 ["M1124-04", "勅使河原 徹", "380-0836", "長野県長野市南県町1082", "090-8846-0371", "食品（グラノーラ）", "2"],
                 ["M1124-05", "小鳥遊 未来", "460-0008", "愛知県名古屋市中区栄3-31-2", "080-1247-9930", "食品（グラノーラ）", "2"],
                 ["M1124-06", "九十九 浩二", "770-0856", "徳島県徳島市中洲町2-5", "090-6620-1458", "食品（グラノーラ）", "2"],
                 ["M1124-07", "薬師寺 真理", "700-0901", "岡山県岡山市北区本町6-30", "070-8831-2264", "食品（グラノーラ）", "2"],
                 ["M1124-08", "御手洗 蒼", "862-0950", "熊本県熊本市中央区水前寺1-9-6", "080-3306-7721", "食品（グラノーラ）", "2"],
                 ["M1124-09", "宇佐美 伸也", "370-0849", "群馬県高崎市八島町70", "090-1185-4402", "食品（グラノーラ）", "2"],
                 ["M1124-10", "鶴見 花音", "920-0853", "石川県金沢市本町2-15-1", "070-2259-8816", "食品（グラノーラ）", "2"],
                 ["M1124-11", "杉蔭 大地", "020-0034", "岩手県盛岡市盛岡駅前通1-44", "080-4478-0263", "食品（グラノーラ）", "2"],
                 ["M1124-12", "早苗田 静", "900-0015", "沖縄県那覇市久茂地3-1-1", "090-9937-1150", "食品（グラノーラ）", "2"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of twelve monitors' home addresses and phones sent to the carrier: a list of people.",
    },
    {
        "id": "shinseihin-019",
        "charset": "iso-2022-jp",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["祖父江 <sobue@aoba-unyu.co.jp>"],
        "subject": "Re: 11/24出荷分 送り状番号のご連絡",
        "body": """祖父江様

早速のご対応ありがとうございます。
管理Noと送り状番号の対応、こちらでも照合できました。
念のため、弊社側の控えを下記に記載します。

　管理No　　 送り状番号
　M1124-01　 4471-2096-3412
　M1124-02　 4471-2096-3423
　M1124-03　 4471-2096-3434
　M1124-04　 4471-2096-3445
　M1124-05　 4471-2096-3456
　M1124-06　 4471-2096-3460
　（07〜12は明日分と合わせてご連絡いただければ結構です）

引き続きよろしくお願いいたします。
小田切

-----Original Message-----
From: 祖父江 俊 <sobue@aoba-unyu.co.jp>
Sent: Tuesday, November 24, 2026 4:12 PM
To: 小田切 健 <odagiri.ken@hinode-sangyo.co.jp>
Subject: 11/24出荷分 送り状番号のご連絡

日の出産業 小田切様

本日集荷分のうち6件の送り状番号をお知らせします。
M1124-01 百瀬様 4471-2096-3412
M1124-02 東海林様 4471-2096-3423
（以下略）

青葉運輸株式会社 法人営業部 祖父江 俊
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "New text has only management and tracking numbers; the recipients' names are only in the quoted original.",
    },
    {
        "id": "shinseihin-020",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": [
            "丸福電機 仕入部 <shiire@marufuku-denki.co.jp>",
            "ホシノ電化 商品部 <shohin@hoshino-denka.jp>",
            "サンライズホーム 家電バイヤー <kaden-buyer@sunrise-home.co.jp>",
        ],
        "cc": ["saegusa.yuri@hinode-sangyo.co.jp"],
        "subject": "【再送】販売店様向け新製品説明会（大阪 12/8）ご出欠のお願い",
        "body": """販売店各位

いつもお世話になっております。日の出産業 営業推進部の井ノ口です。
12月8日（火）大阪会場の説明会につきまして、ご出欠のご回答が
まだの販売店様に再度ご案内をお送りしております。

恐れ入りますが、12月1日（火）までにご返信くださいますよう
お願い申し上げます。
""" + SIG_INOKUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three competing dealers' addresses in To can see each other: should have been Bcc.",
    },
    {
        "id": "shinseihin-021",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>"],
        "bcc": [
            "tokita@kaden-journal.jp", "m-kuzuha@monoweb.jp", "onodera.s@seikatsu-tsushin.co.jp",
            "desk@ryutsu-shimpo.co.jp", "y_higa@techlife-media.com", "sanada-k@toho-keizai.co.jp",
            "domeki@food-biz-news.jp", "writer.asuka.m@gmail.com",
        ],
        "subject": "【11/18 発表会】ライブ配信視聴URLのご案内",
        "body": """報道関係者の皆様

いつもお世話になっております。日の出産業 広報部でございます。
会場にお越しになれない方のために、11月18日（水）14:00からの
新製品発表会をライブ配信いたします。

　視聴URL：https://live.hinode-sangyo.co.jp/2026autumn
　視聴パスコード：HS1118
　※配信終了後、11月25日まではアーカイブをご覧いただけます。

ご質問はチャット欄、または本メールへのご返信でお受けいたします。
本メールはBCCにてお送りしております。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Mass press mail correctly in Bcc (one freelance on gmail); nothing personal.",
    },
    {
        "id": "shinseihin-022",
        "charset": "utf-8",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["さくらホテル東京 宿泊予約 <reserve-tokyo@sakura-hotel.jp>"],
        "subject": "11/17 宿泊2室 事前決済のお願い",
        "body": f"""さくらホテル東京
宿泊予約ご担当者様

お世話になっております。日の出産業の早乙女です。
発表会にご招待している遠方の記者の方の宿泊を、下記のとおり弊社負担で
お願いいたします。事前決済は法人カードでお願いできますでしょうか。

　宿泊日　　：2026年11月17日（火）1泊
　部屋　　　：シングル2室（禁煙）
　宿泊者　　：北斗新聞 小比類巻様、中部日報 狩集様

　カード番号：{_card(4)}
　有効期限　：08/29
　名義　　　：SHINGO ASHIKARI（日の出産業株式会社）

領収書の宛名は「日の出産業株式会社」でお願いいたします。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "A full credit card number (with expiry and holder name) written into a mail to the hotel.",
    },
    {
        "id": "shinseihin-023",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["ashikari.shingo@hinode-sangyo.co.jp"],
        "cc": ["koho-all@hinode-sangyo.co.jp"],
        "subject": "当日の記者受付 連絡先まとめ",
        "body": """芦刈課長、広報部の皆さん

当日、受付で遅刻・道迷いの連絡があった場合に備えて、
出席確定の記者の携帯番号をまとめておきます（社内限り）。

・真田 圭吾さん（東邦経済新聞）　090-3318-7720
・鰐淵 美咲さん（日本流通新報）　080-2241-9953
・伊集院 渚さん（共栄通信社）　070-1184-2276
・鴇田 一輝さん（家電ジャーナル）　090-7781-3305
・葛葉 真琴さん（モノウェブ）　090-6218-4473
・小野寺 沙織さん（生活通信社）　080-3390-5521

受付は 早乙女・宮園 の2名、13:00集合です。
早乙女
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Six journalists' mobiles in a bulleted list, but only internal recipients.",
    },
    {
        "id": "shinseihin-024",
        "charset": "shift_jis",
        "sender": "宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>",
        "to": ["柘植 <tsuge@sakura-hotel.jp>"],
        "subject": "名札（ネームプレート）作成のお願い",
        "body": """さくらホテル東京
柘植様

お世話になっております。日の出産業 広報部の宮園です。
11/18の受付でお渡しする記者の方の名札作成をお願いいたします。
書式は前回同様、媒体名を上段、お名前を下段でお願いします。

　媒体名　　　　　　　お名前
　東邦経済新聞　　　　真田 圭吾
　日本流通新報　　　　鰐淵 美咲
　共栄通信社　　　　　伊集院 渚
　家電ジャーナル　　　鴇田 一輝
　モノウェブ　　　　　葛葉 真琴
　生活通信社　　　　　小野寺 沙織

追加が出ましたら前日までにご連絡いたします。

宮園 葉月
日の出産業株式会社 広報部　TEL 03-5201-7743
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Six journalists' names with only their outlet (no contact data) for name tags: a list of people or mere business affiliation — arguable.",
    },
    {
        "id": "shinseihin-025",
        "charset": "iso-2022-jp",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["サンライズホーム 西宮店 <nishinomiya@sunrise-home.co.jp>"],
        "subject": "Re: 展示用デモ機のお願い",
        "body": """サンライズホーム 西宮店
野々宮店長

ご連絡ありがとうございます。日の出産業の三枝です。
展示用デモ機（HC-900 1台、HK-A50 1台）を下記にてお送りいたします。

　お届け先：〒662-0918 兵庫県西宮市六湛寺町9-12 サンライズホーム西宮店
　　　　　　家電売場 野々宮様宛
　お届け予定：12月4日（金）午前
　店舗代表：0798-26-4411

POPとプライスカードも同梱いたします。設置後、売場写真を
1枚お送りいただけますと大変助かります。

三枝 由梨
日の出産業株式会社 営業推進部　TEL 06-6345-2213

> 日の出産業 三枝様
> 12/5の発売日に合わせ、デモ機を2台お借りできますでしょうか。
> サンライズホーム西宮店 店長 野々宮
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Shop address and switchboard for a demo unit delivery to the shop manager: business contact, not personal data.",
    },
    {
        "id": "shinseihin-026",
        "charset": "utf-8",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 商品開発 栗林様 <kuribayashi@kitaguni-foods.com>"],
        "subject": "ひので麦グラノーラ 発表会での試食提供について",
        "body": """北国フーズ株式会社
栗林様

いつもお世話になっております。日の出産業の柚木です。
11/18の発表会で記者の方へお出しする試食の件、ご相談です。

・提供量：1人30g × 70名分（予備含め2.5kg）
・提供方法：ヨーグルト添えの小カップ（カップはホテル側で用意）
・パッケージ見本：化粧箱10箱をお土産用に

11/16（月）までに会場へ直送いただくことは可能でしょうか。
ご確認のほど、よろしくお願いいたします。

柚木
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-foods.com is a TLD swap of partner kitaguni-foods.co.jp: look-alike recipient.",
    },
    {
        "id": "shinseihin-027",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["サンライズホーム 家電バイヤー 真壁様 <kaden-buyer@sunrise-home.co.jp>"],
        "subject": "説明会資料（当日投影版）のご送付",
        "body": """サンライズホーム株式会社
真壁様

先日は大阪会場の説明会にご参加いただき、誠にありがとうございました。
当日投影した資料をお送りいたします。店頭スタッフの皆様への
共有にお使いいただければ幸いです。

ご不明点がございましたら、お気軽にお問い合わせください。
""" + SIG_INOKUCHI,
        "attachments": [
            {"kind": "pptx", "name": "販売店説明会_2026冬.pptx",
             "title": "販売店様向け新製品説明会",
             "slides": [
                 ["2026冬 新製品のご案内", "日の出産業株式会社 営業推進部", "2026年12月8日 大阪会場"],
                 ["AIRLIFT HC-900", "吸引仕事率 220W／運転音 52dB", "想定売価 59,800円", "発売日 12月5日"],
                 ["HK-A50", "適用床面積 加湿18畳／空清31畳", "想定売価 39,800円"],
                 ["店頭販促", "デモ機貸出、POP・プライスカード一式", "年末年始 下取りキャンペーン（最大5,000円）"],
                 ["お問い合わせ", "営業推進部 販売店企画課 06-6345-2210"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Dealer briefing slides without any marking or personal data.",
    },
    {
        "id": "shinseihin-028",
        "charset": "iso-2022-jp",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["さくらホテル名古屋 宴会 <banquet-nagoya@sakura-hotel.jp>"],
        "subject": "12/10 名古屋会場 受付用 参加者名簿",
        "body": """さくらホテル名古屋
宴会ご担当 堀之内様

お世話になっております。日の出産業の三枝です。
12月10日（木）の説明会の受付用に、参加者名簿を添付いたします。
遅刻等のご連絡があった際、ホテル様から直接ご本人へ
お電話いただく場合に備えて、携帯番号も記載しております。

三枝 由梨
日の出産業株式会社 営業推進部　TEL 06-6345-2213
""",
        "attachments": [
            {"kind": "docx", "name": "名古屋会場_参加者名簿.docx",
             "title": "参加者名簿",
             "paragraphs": ["販売店様向け新製品説明会（名古屋会場）参加者名簿", "2026年12月10日（木）13:30受付開始"],
             "tables": [[
                 ["No", "販売店", "役職", "氏名", "携帯電話", "メールアドレス"],
                 ["1", "中京デンキ 本店", "店長", "竹之内 修", "090-1842-6637", "takenouchi@chukyo-denki.co.jp"],
                 ["2", "中京デンキ 本店", "主任", "芹沢 由香", "080-5519-2048", "serizawa@chukyo-denki.co.jp"],
                 ["3", "ナゴヤ家電館", "バイヤー", "丹羽 瑛太", "070-3374-8812", "niwa.eita@nagoya-kadenkan.jp"],
                 ["4", "ナゴヤ家電館", "販売員", "小栗 芽衣", "090-6601-2395", "oguri.mei@nagoya-kadenkan.jp"],
                 ["5", "ホームセンターみのり 岐阜店", "家電担当", "棚橋 剛", "080-2283-7760", "tanahashi@minori-hc.co.jp"],
                 ["6", "ホームセンターみのり 岐阜店", "家電担当", "各務 菜摘", "070-9912-4431", "kagami.n@minori-hc.co.jp"],
                 ["7", "でんきのトヨタ屋", "代表", "榊原 光一", "090-4450-1186", "sakakibara@toyotaya-denki.jp"],
                 ["8", "でんきのトヨタ屋", "専務", "榊原 佳代", "090-4450-1187", "kayo@toyotaya-denki.jp"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of eight dealer staff with mobile numbers and e-mail addresses sent to the hotel.",
    },
    {
        "id": "shinseihin-029",
        "charset": "utf-8",
        "sender": "芦刈 慎吾 <ashikari.shingo@hinode-sangyo.co.jp>",
        "to": ["白鳥 <shiratori@prism-pr.co.jp>"],
        "cc": ["東海林 <shoji@nishiki-insatsu.co.jp>", "saotome.rena@hinode-sangyo.co.jp"],
        "subject": "招待状（紙）の仕様と発送スケジュールについて",
        "body": """プリズムPR 白鳥様
錦印刷 東海林様

お世話になっております。日の出産業の芦刈です。
紙の招待状について、お二方を交えて整理させてください。

1) 仕様：A5二つ折り、表紙は箔押し（シルバー）、返信はがき同封
2) 部数：120部（うち予備20部）
3) デザイン確定：10/23（金）　プリズムPR様よりデータ入稿
4) 納品：10/28（水）　錦印刷様より弊社本社へ
5) 発送：10/29（木）　弊社で宛名貼り・投函

宛名ラベルは弊社で作成しますので、印刷データには含めないでください。
不明点があれば、この3者でやりとりできればと思います。
""" + SIG_ASHIKARI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Normal three-way mail: two external organisations (PR agency and printer) in To/Cc.",
    },
    {
        "id": "shinseihin-030",
        "charset": "iso-2022-jp",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["川崎電機 品質保証部 猿渡様 <saruwatari@kawasaki-denki.co.jp>"],
        "subject": "FW: HK-A50モニター 使用中の体調について",
        "body": """川崎電機株式会社
品質保証部 猿渡様

お世話になっております。日の出産業の蓮見です。
HK-A50のモニターの方から、添付のとおりお問い合わせがありました。
イオン発生ユニットの電磁波について、御社の試験データで
お答えできる範囲をご教示いただけますでしょうか。
ご本人へは弊社から回答いたします。

蓮見
""" + SIG_HASUMI,
        "attachments": [
            {"kind": "eml", "name": "HK-A50モニター_ご相談.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "畠中 房子 <fusako.hatanaka@gmail.com>",
                 "to": ["monitor@hinode-sangyo.co.jp"],
                 "subject": "HK-A50モニター 使用中の体調について",
                 "body": """日の出産業 モニター事務局 御中

モニターNo.A-0217の畠中房子です。
3年前から心臓ペースメーカーを入れているのですが、空気清浄機の
すぐ近くで本を読んでいると、少し動悸がするような気がします。
機械から電磁波が出ているのでしょうか。使い続けて大丈夫か心配です。

連絡は日中でしたら携帯 080-3127-6654 にお願いします。
畠中 房子
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Forwarded monitor mail (attached .eml) naming her pacemaker, with her name, mobile and e-mail, to an external partner.",
    },
    {
        "id": "shinseihin-031",
        "charset": "utf-8",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["モニターラボ 宇津木様 <utsugi@monitor-lab.co.jp>"],
        "subject": "Re: 座談会参加者の選定結果",
        "body": """宇津木様

ご送付ありがとうございました。蓮見です。
ご提案の6名で確定とさせてください。
会場（弊社本社 12F 会議室）と謝礼は弊社で手配いたします。
当日のモデレーターは引き続き宇津木様にお願いできれば幸いです。

蓮見

On 2026/11/30 10:42, 宇津木 楓 wrote:
> 日の出産業 蓮見様
>
> 座談会（12/12）の参加候補者を下記のとおり選定しました。
>
> 氏名          年齢  居住地      電話           メール
> 百瀬 遥香      41   横浜市      080-6632-1185  haruka.momose@gmail.com
> 東海林 聡      35   山形市      090-2718-6649  s.shoji77@yahoo.co.jp
> 五百旗頭 紗季  29   神戸市      070-5513-2086  saki.iokibe@icloud.com
> 小鳥遊 未来    33   名古屋市    080-1247-9930  mirai.t@outlook.jp
> 鶴見 花音      27   金沢市      070-2259-8816  kanon.tsurumi@gmail.com
> 杉蔭 大地      44   盛岡市      080-4478-0263  sugikage.d@docomo.ne.jp
>
> ご確認のほどよろしくお願いいたします。
> モニターラボ株式会社 宇津木 楓
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The six-person list is only in the quoted original from the recipient; new text has no personal data.",
    },
    {
        "id": "shinseihin-032",
        "charset": "shift_jis",
        "sender": "葛西 明美 <kasai.akemi@hinode-sangyo.co.jp>",
        "to": ["ホシノ電化 経理部 <keiri@hoshino-denka.jp>"],
        "subject": "展示什器費用のご請求書送付（請求番号 HS-2612-0448）",
        "body": """ホシノ電化株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の葛西でございます。
販売店説明会でお申込みいただいた展示什器の費用につき、
請求書（PDF）をお送りいたします。

　請求番号：HS-2612-0448
　ご請求額：88,000円（税込）
　お支払期限：2027年1月31日（日）

適格請求書発行事業者登録番号：T8010401088741
お振込先：みどり銀行 日本橋支店 普通 2750813 ヒノデサンギヨウ（カ

何卒よろしくお願い申し上げます。
葛西 明美
日の出産業株式会社 経理部　TEL 03-5201-7780
""",
        "attachments": [
            {"kind": "pdf", "name": "請求書_HS-2612-0448.pdf",
             "lines": ["御請求書", "ホシノ電化株式会社 御中", "請求番号 HS-2612-0448　発行日 2026年12月15日",
                       "日の出産業株式会社　登録番号 T8010401088741",
                       "品目：店頭展示什器（HC-900用）2台、HK-A50用 2台"],
             "table": [["品目", "数量", "単価", "金額"], ["展示什器A", "2", "22,000", "44,000"],
                       ["展示什器B", "2", "18,000", "36,000"], ["消費税(10%)", "", "", "8,000"],
                       ["合計", "", "", "88,000"]]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Invoice to a dealer with the company's T-number and company bank account: business data, no personal data.",
    },
    {
        "id": "shinseihin-033",
        "charset": "iso-2022-jp",
        "sender": "宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>",
        "to": ["白鳥 <shiratori@prism-pr.co.jp>"],
        "subject": "記者リスト最新版（出欠反映済み）",
        "body": """プリズムPR
白鳥様

お世話になっております。日の出産業 広報部の宮園です。
本日までの出欠を反映した記者リストをお送りします。
未回答の方へのフォローをお願いできますでしょうか。

宮園
""",
        "attachments": [
            {"kind": "corrupt", "name": "記者リスト_最新.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached workbook is corrupt and cannot be inspected.",
    },
    {
        "id": "shinseihin-034",
        "charset": "utf-8",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["モニターラボ 宇津木様 <utsugi@monitor-lab.co.jp>"],
        "subject": "モニターアンケート 設問票（Webフォーム化のお願い）",
        "body": """モニターラボ株式会社
宇津木様

いつもお世話になっております。日の出産業の小田切です。
グラノーラモニターのアンケート設問票を添付いたします。
こちらをWebフォームにしていただき、12/1に配信をお願いいたします。
回答者情報は、モニターIDのみで紐づける形でお願いします。

小田切 健
日の出産業株式会社 マーケティング部　TEL 03-5201-7762
""",
        "attachments": [
            {"kind": "docx", "name": "モニターアンケート_設問票_v2.docx",
             "title": "モニターアンケート",
             "paragraphs": [
                 "「ひので麦 発酵大麦グラノーラ」モニターアンケート",
                 "モニターID：＿＿＿＿＿＿＿＿",
                 "Q1. 1か月間で何回召し上がりましたか。（ほぼ毎日／週3～4回／週1～2回／それ以下）",
                 "Q2. 味の満足度を5段階でお答えください。",
                 "Q3. 甘さはいかがでしたか。（甘すぎる／ちょうどよい／物足りない）",
                 "Q4. 一緒に召し上がったもの（牛乳／ヨーグルト／豆乳／そのまま／その他）",
                 "Q5. 店頭で見かけたら購入したいと思いますか。",
                 "Q6. ご意見・ご感想をご自由にお書きください。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Blank questionnaire template with empty fields; no one's data.",
    },
    {
        "id": "shinseihin-035",
        "charset": "utf-8",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["リサーチみらい パネル管理 <panel@research-mirai.co.jp>"],
        "subject": "重複応募チェックのお願い（追加7名）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>株式会社リサーチみらい<br>パネル管理ご担当者様</p>
<p>お世話になっております。日の出産業の蓮見です。<br>
御社パネル経由の応募と、弊社サイト直接応募で重複している方がいないか、
追加の7名分のご確認をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#ddeeff"><th>受付番号</th><th>氏名</th><th>生年月日</th><th>性別</th><th>メールアドレス</th><th>都道府県</th></tr>
<tr><td>G-0031</td><td>鴨志田 千秋</td><td>昭和58年4月2日</td><td>女</td><td>chiaki.kamoshida@gmail.com</td><td>埼玉県</td></tr>
<tr><td>G-0032</td><td>阿久澤 亘</td><td>平成2年11月3日</td><td>男</td><td>akuzawa-w@yahoo.co.jp</td><td>群馬県</td></tr>
<tr><td>G-0033</td><td>眞鍋 ゆい</td><td>平成9年7月21日</td><td>女</td><td>yui.manabe@icloud.com</td><td>香川県</td></tr>
<tr><td>G-0034</td><td>十河 俊介</td><td>昭和51年1月15日</td><td>男</td><td>sogo.shunsuke@outlook.jp</td><td>香川県</td></tr>
<tr><td>G-0035</td><td>嘉数 まどか</td><td>昭和63年9月9日</td><td>女</td><td>madoka.kakazu@gmail.com</td><td>沖縄県</td></tr>
<tr><td>G-0036</td><td>能登谷 誠</td><td>昭和47年3月30日</td><td>男</td><td>notoya_m@ezweb.ne.jp</td><td>青森県</td></tr>
<tr><td>G-0037</td><td>日比野 玲子</td><td>平成5年12月24日</td><td>女</td><td>reiko.hibino@gmail.com</td><td>三重県</td></tr>
</table>
<p>結果は今週中にいただけますと助かります。</p>
<p>蓮見 千景<br>日の出産業株式会社 マーケティング部</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of seven applicants with 和暦 dates of birth and e-mail addresses to an outside research firm.",
    },
    {
        "id": "shinseihin-036",
        "charset": "iso-2022-jp",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["mio_kanazashi@yahoo.co.jp"],
        "subject": "Re: 当選のお知らせ（お届け先変更のお願い）",
        "body": """金指 澪 様

ご連絡ありがとうございます。モニター事務局の小田切です。
お届け先の変更、承知いたしました。以下の内容で発送いたします。

　〒151-0066 東京都渋谷区西原2-48-11 ハイツ西原305
　金指 澪 様　TEL 070-6683-0412

発送は11/24（火）を予定しております。
引き続きよろしくお願いいたします。

日の出産業株式会社 モニター事務局 小田切

> 先月引っ越しをしたため、お届け先を変更していただけますでしょうか。
> 新住所は、渋谷区西原2-48-11 ハイツ西原305 です。
> 金指
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "Confirms one winner's new address back to her own free-mail address: one person's record.",
    },
    {
        "id": "shinseihin-037",
        "charset": "utf-8",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": [
            "nanami.kitchen.diary@gmail.com",
            "soratoumi.home@icloud.com",
            "mugicha_mama_1212@yahoo.co.jp",
        ],
        "subject": "新商品サンプルのお届けとPR投稿のお願い",
        "body": """インフルエンサーの皆さま

はじめまして、日の出産業 マーケティング部の小田切と申します。
このたびは新商品サンプルの受け取りをご快諾いただき、ありがとうございます。

・お届け商品：ひので麦 発酵大麦グラノーラ（300g×2袋）
・発送日：11月26日（木）
・投稿のお願い：12月5日以降に、Instagramのフィード投稿1回
・投稿の際は必ず「#PR」「#日の出産業」を冒頭に表記してください

ご不明点は本メールへご返信ください。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Three private persons on free mail in To can see each other's addresses: should have been Bcc.",
    },
    {
        "id": "shinseihin-038",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["比嘉 悠真 様 <y_higa@techlife-media.com>"],
        "subject": "プレスキット一式（リリース・製品画像）",
        "body": """テックライフ
比嘉様

本日はオンラインでのご参加、誠にありがとうございました。
ご依頼のプレスキット一式をZIPでお送りいたします。

　・ニュースリリース（PDF）
　・製品画像（HC-900、HK-A50 各1点、PNG）

高解像度画像が必要な場合はお申し付けください。
""" + SIG_SAOTOME,
        "attachments": [
            {"kind": "zip", "name": "presskit_20261118.zip",
             "files": [
                 {"kind": "pdf", "name": "NewsRelease_20261118.pdf",
                  "lines": ["NEWS RELEASE　2026年11月18日", "日の出産業、コードレス掃除機と加湿空気清浄機を発売",
                            "お問い合わせ：広報部 03-5201-7741"]},
                 {"kind": "png", "name": "HC-900_main.png"},
                 {"kind": "png", "name": "HK-A50_main.png"},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Unencrypted press kit ZIP (release PDF and images) to one journalist.",
    },
    {
        "id": "shinseihin-039",
        "charset": "shift_jis",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム Web制作 大路様 <oji@tsubasa-system.jp>"],
        "subject": "【極秘】Project KAGURA ティザーサイト構成案",
        "body": """【極秘】取扱区分：極秘／発表日（2027年2月予定）まで関係者限り

ツバサシステム株式会社
大路様

お世話になっております。日の出産業の柚木です。
来春発表予定の新シリーズ（コードネーム：KAGURA）について、
ティザーサイトの構成案をお送りします。

・トップ：シルエット画像とカウントダウンのみ
・第2弾（1月下旬）：製品カテゴリの公開（調理家電）
・第3弾（発表当日）：製品名・価格・発売日の公開

製品名と価格帯は現時点で社内でも限られた者しか知らないため、
取扱いにはくれぐれもご注意ください。

柚木 拓海
日の出産業株式会社 商品企画部
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Subject and body carry a 極秘 classification and the mail goes to an external partner.",
    },
    {
        "id": "shinseihin-040",
        "charset": "iso-2022-jp",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["大路 <oji@tsubasa-system.jp>"],
        "subject": "ティザーサイト制作に関する秘密保持契約書（案）",
        "body": """ツバサシステム株式会社
大路様

お世話になっております。日の出産業の柚木です。
来春の新シリーズのティザーサイト制作をお願いするにあたり、
事前に秘密保持契約を締結させていただきたく、弊社ひな形をお送りします。

第3条（秘密情報の範囲）と第7条（有効期間）について御社法務部様の
ご意見があれば、コメントを入れてご返送ください。
締結後に、詳細な構成案をお送りいたします。

柚木
""",
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx",
             "title": "秘密保持契約書",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、",
                 "甲の新製品に関するウェブサイト制作業務に関し、次のとおり秘密保持契約を締結する。",
                 "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                 "第3条（秘密情報の範囲）秘密情報とは、甲が秘密である旨を明示して開示した情報をいう。",
                 "第7条（有効期間）本契約の有効期間は、締結日から2年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA with an unmarked NDA draft: 秘密 appears as contract terms, not as a marking.",
    },
    {
        "id": "shinseihin-041",
        "charset": "utf-8",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["ひととき広報 須藤様 <sudo@hitotoki-pr.jp>"],
        "subject": "食品メディア向け試食会 出欠（11/25時点）",
        "body": "ひととき広報\n須藤様\n\nお世話になっております。日の出産業の柚木です。\n"
                "12/2の試食会、現時点での出欠を貼り付けます。\n"
                "未回答の方へのリマインドをお願いできますでしょうか。\n\n"
                "氏名\t媒体\t携帯\t出欠\t同行\n"
                "百目鬼 葵\tフードビジネスニュース\t070-4412-8850\t出席\tなし\n"
                "祝 千尋\t暮らしノート\t080-9124-3362\t出席\tカメラ1\n"
                "能美 沙耶香\tおうちごはん通信\t090-5517-2096\t未回答\t\n"
                "久慈 透\t月刊フードライフ\t080-6201-3347\t欠席\t\n"
                "東雲 まりえ\tグルメWeb「たべこみ」\t070-2238-9104\t出席\tなし\n"
                "八重樫 優\t食と健康ジャーナル\t090-8872-4415\t未回答\t\n\n"
                "柚木\n日の出産業株式会社 商品企画部　TEL 03-5201-7750\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Tab-separated RSVP list of six journalists with mobile numbers pasted into mail to a PR agency.",
    },
    {
        "id": "shinseihin-042",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["スタジオひかり 撮影部 <photo@studio-hikari.jp>"],
        "subject": "転送: 発表会当日の個別撮影について",
        "body": """スタジオひかり
撮影部 ご担当者様

お世話になっております。日の出産業の早乙女です。
下記の記者の方から、発表会後に製品の物撮りをしたいとのご依頼が
ありました。当日15:45から控室で対応いただけますでしょうか。
時間の調整はご本人と直接していただいて構いません。

-------- 転送メッセージ --------
差出人: 東雲 まりえ <shinonome@tabekomi.jp>
件名: 発表会当日の個別撮影について

日の出産業 早乙女様

グルメWeb「たべこみ」の東雲です。発表会後に15分ほど、
グラノーラのパッケージと盛り付けの物撮りをさせていただけないでしょうか。
当日の連絡は携帯 070-2238-9104 へお願いいたします。

東雲 まりえ
shinonome@tabekomi.jp
--------------------------------
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Forward carries one journalist's name, mobile and e-mail to the photo studio: one person, may be warned.",
    },
    {
        "id": "shinseihin-043",
        "charset": "utf-8",
        "sender": "真柴 健司 <mashiba.kenji@hinode-sangyo.co.jp>",
        "to": ["旅プランニング 法人旅行 <corp@tabi-planning.co.jp>"],
        "subject": "1月 ラスベガス出張 航空券手配（同行記者2名分）",
        "body": """株式会社旅プランニング
法人旅行ご担当 仙波様

お世話になっております。日の出産業 海外営業部の真柴です。
1月の海外見本市へ同行いただく記者2名分の航空券・ESTA申請代行を
お願いいたします。パスポート記載どおりの情報をお送りします。

【1】SANADA KEIGO（真田 圭吾）
　　生年月日：1979年6月14日
　　旅券番号：TZ4418273　有効期限：2031年3月2日

【2】IJUIN NAGISA（伊集院 渚）
　　生年月日：1988年10月27日
　　旅券番号：TR7730145　有効期限：2029年8月19日

往路 1/5 成田発、復路 1/10 現地発でお願いいたします。

真柴 健司
日の出産業株式会社 海外営業部　TEL 03-5201-7790
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "Two journalists' passport numbers and dates of birth sent to a travel agency.",
    },
    {
        "id": "shinseihin-044",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["inokuchi.daisuke@hinode-sangyo.co.jp"],
        "bcc": [
            "shiire@marufuku-denki.co.jp", "shohin@hoshino-denka.jp", "kaden-buyer@sunrise-home.co.jp",
            "honbu@kadoya-denka.co.jp", "takenouchi@chukyo-denki.co.jp", "niwa.eita@nagoya-kadenkan.jp",
        ],
        "subject": "販売店様向け新製品説明会 次第（全会場共通）",
        "body": """販売店各位

いつもお世話になっております。日の出産業 営業推進部でございます。
説明会の次第を添付にてお送りいたします（東京・大阪・名古屋 共通）。
なお、本メールはBCCにて一斉送信しております。
""" + SIG_INOKUCHI,
        "attachments": [
            {"kind": "pdf", "name": "説明会次第.pdf",
             "lines": ["販売店様向け新製品説明会　次第"],
             "table": [["時刻", "内容", "担当"],
                       ["13:30", "受付開始", "営業推進部"],
                       ["14:00", "開会のご挨拶", "取締役 営業本部長"],
                       ["14:10", "新製品のご紹介（HC-900／HK-A50）", "商品企画部"],
                       ["14:50", "DR-X3 のご紹介", "川崎電機様"],
                       ["15:20", "販促施策・質疑応答", "営業推進部"],
                       ["16:00", "閉会", ""]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Dealer mail correctly sent Bcc with a programme PDF; nothing personal.",
    },
    {
        "id": "shinseihin-045",
        "charset": "iso-2022-jp",
        "sender": "宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>",
        "to": ["錦デザイン事務所 <info@nishiki-design.co.jp>"],
        "subject": "会場装飾パネル デザイン修正のお願い",
        "body": """錦デザイン事務所
ご担当者様

いつもお世話になっております。日の出産業 広報部の宮園です。
発表会の背面パネル（W3600×H2400）のデザイン、拝見しました。
下記2点の修正をお願いいたします。

1. 製品写真を左右入れ替え（HC-900を左に）
2. ロゴ下の「2026 AUTUMN」を「2026 WINTER COLLECTION」に変更

出力は例年どおり錦印刷さんにお願いする予定ですので、
入稿データは錦印刷さんの指定形式でお送りください。

宮園
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "nishiki-design.co.jp is a different design firm the company works with, not a typo of nishiki-insatsu.co.jp.",
    },
    {
        "id": "shinseihin-046",
        "charset": "shift_jis",
        "sender": "芦刈 慎吾 <ashikari.shingo@hinode-sangyo.co.jp>",
        "to": ["白鳥 <shiratori@prism-pr.co.jp>"],
        "subject": "リリース配信先（媒体代表窓口）リスト",
        "body": """白鳥様

リリース一斉配信用の媒体窓口リストをお送りします。
個人宛ではなく、各社の編集部代表・ニュースデスク宛てのものです。

芦刈
""" + SIG_ASHIKARI,
        "attachments": [
            {"kind": "csv", "name": "媒体窓口リスト.csv", "encoding": "cp932",
             "rows": [
                 ["媒体名", "窓口", "代表電話", "メール", "所在地"],
                 ["東邦経済新聞", "産業部デスク", "03-6811-2200", "news-desk@toho-keizai.co.jp", "東京都千代田区大手町1-8-1"],
                 ["日本流通新報", "編集局", "03-5579-1130", "desk@ryutsu-shimpo.co.jp", "東京都中央区新川2-4-7"],
                 ["共栄通信社", "経済部", "03-6252-0480", "keizai@kyoei-tsushin.jp", "東京都港区東新橋1-7-1"],
                 ["家電ジャーナル", "編集部", "03-5822-4400", "editor@kaden-journal.jp", "東京都千代田区外神田3-2-12"],
                 ["モノウェブ", "編集部", "03-6459-2010", "press@monoweb.jp", "東京都渋谷区神宮前5-27-3"],
                 ["生活通信社", "くらし編集部", "03-3267-8810", "kurashi@seikatsu-tsushin.co.jp", "東京都新宿区市谷本村町3-22"],
                 ["北斗新聞", "東京支社", "03-3571-2250", "tokyo@hokuto-np.co.jp", "東京都中央区銀座7-14-16"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV of media outlets' news desks, switchboards and office addresses: a list of businesses, not people.",
    },
    {
        "id": "shinseihin-047",
        "charset": "iso-2022-jp",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["川崎電機 営業部 門馬様 <monma@kawasaki-denki.co.jp>"],
        "subject": "DR-X3 説明パート 事前質問者の連絡先",
        "body": """川崎電機株式会社
門馬様

お世話になっております。日の出産業の三枝です。
説明会の申込時に DR-X3 について事前質問をいただいた方の一覧です（4名）。
回答をご準備いただく際、内容確認が必要であれば直接ご連絡ください。

三枝
""",
        "attachments": [
            {"kind": "xls", "name": "DR-X3_事前質問.xls",
             "sheets": {"事前質問": [
                 ["販売店", "氏名", "電話", "メール", "質問"],
                 ["丸福電機 梅田本店", "新發田 哲", "090-3317-8802", "shibata.t@marufuku-denki.co.jp", "駐車監視の常時電源ケーブルは同梱か"],
                 ["ホシノ電化 堺東店", "鬼頭 正和", "090-5582-1039", "kito@hoshino-denka.jp", "前後2カメラモデルの予定"],
                 ["でんかのカドヤ 京都店", "一口 健太", "070-4459-3318", "imoarai@kadoya-denka.co.jp", "取付工賃の目安"],
                 ["中京デンキ 本店", "芹沢 由香", "080-5519-2048", "serizawa@chukyo-denki.co.jp", "microSDの推奨メーカー"],
             ]}},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Legacy XLS with four dealer staff contacts to a partner: under five people, may be warned.",
    },
    {
        "id": "shinseihin-048",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["丸福電機 新發田様 <shibata.t@marufuku-denki.co.jp>"],
        "subject": "RE: 説明会 参加者のご連絡",
        "body": """新發田様

ご回答ありがとうございます。井ノ口です。
大阪会場に5名様でのご参加、確かに承りました。
お席は前方にまとめてご用意いたします。当日はよろしくお願いいたします。

井ノ口

差出人: 新發田 哲 <shibata.t@marufuku-denki.co.jp>
送信日時: 2026年11月27日 17:05
宛先: 井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>
件名: 説明会 参加者のご連絡

日の出産業 井ノ口様

12/8の説明会、弊社からは以下5名で参加いたします。

　新發田 哲（梅田本店）　090-3317-8802
　生田目 純（梅田本店）　080-4420-1173
　味岡 沙織（天王寺店）　070-8834-2260
　丹下 亮介（天王寺店）　090-1926-5541
　京極 夏美（本部 商品部）　080-3378-0914

丸福電機株式会社 梅田本店 新發田
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The five-person list is in the Outlook-style quoted original written by the recipient; the new text has none.",
    },
    {
        "id": "shinseihin-049",
        "charset": "utf-8",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["リサーチみらい 篠宮様 <shinomiya@research-mirai.co.jp>"],
        "subject": "Re: 重複応募チェック結果",
        "body": """篠宮様

早速のご確認ありがとうございました。蓮見です。
重複なしとのこと、承知しました。

1点ご相談です。G-0034 十河 俊介様は、応募フォームの備考欄に
「2型糖尿病で通院中、主治医に相談済み」と記載があります。
糖質量の多い商品のため、今回は選考対象から外す方向で考えていますが、
御社パネルの健康系案件でのご経験から、ご意見をいただけますでしょうか。

蓮見
""" + SIG_HASUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Names one applicant and his diabetes treatment to an outside research firm: health data of an identifiable person.",
    },
    {
        "id": "shinseihin-050",
        "charset": "iso-2022-jp",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["宇津木 <utsugi@monitor-lab.co.jp>"],
        "subject": "電話インタビュー対象者（3名）",
        "body": """宇津木様

お世話になっております。小田切です。
アンケートの自由回答が充実していた3名に、15分程度の電話インタビューを
お願いしたいと考えています。ご本人の了承は弊社で取得済みです。

　1. 雲母 大和 様　　080-9903-4456　（平日19時以降）
　2. 妙見 恵子 様　　090-1157-2218　（平日午前中）
　3. 栃内 美結 様　　070-6683-1120　（土日いつでも）

実施は12/14の週でお願いいたします。

小田切
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three monitors' names and phones to the research agency: under five, may be warned.",
    },
    {
        "id": "shinseihin-051",
        "charset": "shift_jis",
        "sender": "宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>",
        "to": ["柘植 <tsuge@sakura-hotel.jp>"],
        "subject": "当日の招待者名簿（PDF）",
        "body": """さくらホテル東京
柘植様

お世話になっております。日の出産業の宮園です。
当日の受付用に招待者名簿をお送りいたします。
PDFにはパスワードを設定しております。パスワードはお電話にてお伝えします。

宮園 葉月
日の出産業株式会社 広報部　TEL 03-5201-7743
""",
        "attachments": [
            {"kind": "pdf", "name": "招待者名簿_1118.pdf", "password": "sakura1118",
             "lines": ["新製品発表会 招待者名簿"],
             "table": [["媒体", "氏名", "携帯"], ["東邦経済新聞", "真田 圭吾", "090-3318-7720"],
                       ["日本流通新報", "鰐淵 美咲", "080-2241-9953"], ["共栄通信社", "伊集院 渚", "070-1184-2276"],
                       ["家電ジャーナル", "鴇田 一輝", "090-7781-3305"], ["モノウェブ", "葛葉 真琴", "090-6218-4473"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF cannot be inspected.",
    },
    {
        "id": "shinseihin-052",
        "charset": "utf-8",
        "sender": "Kenji Mashiba <mashiba.kenji@hinode-sangyo.co.jp>",
        "to": ["Wei-Ting Chen <weiting.chen@gadget-weekly.com.tw>"],
        "subject": "Invitation: Hinode Sangyo new product press conference (Nov 18, Tokyo)",
        "body": """Dear Ms. Chen,

Thank you for your interest in our products at the Taipei trade show last spring.

We are pleased to invite you to our new product press conference:

  Date:   Wednesday, November 18, 2026, 14:00-15:30 JST
  Venue:  Sakura Hotel Tokyo, 3F "Sakura" room (1-9-3 Shibakoen, Minato-ku, Tokyo)
  Online: a live stream link will be sent on Nov 16

The press release and product images will be shared at the venue. Please keep the
product details confidential until the embargo lifts at 15:00 JST on the day.

Kindly let us know by November 11 whether you will attend in person or online.

Best regards,
Kenji Mashiba
Overseas Sales Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5201-7790
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English invitation to one foreign journalist; 'confidential until the embargo' is a request, not a marking.",
    },
    {
        "id": "shinseihin-053",
        "charset": "iso-2022-jp",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": [
            "riho.amakasu@gmail.com", "washio.shin@docomo.ne.jp", "myoken-k@ezweb.ne.jp",
            "otobe_t@yahoo.co.jp", "hikari.tachi@outlook.jp",
        ],
        "subject": "アンケートご回答のお礼とQUOカード送付のご案内",
        "body": """モニターの皆様

このたびは「ひので麦 発酵大麦グラノーラ」モニターアンケートに
ご回答いただき、誠にありがとうございました。
お礼のQUOカード（1,000円分）を12月18日（金）に発送いたします。

いただいたご意見は、今後の商品改良に活用させていただきます。
今後とも日の出産業をよろしくお願いいたします。

日の出産業株式会社 モニター事務局
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Five private monitors' addresses openly in To: every recipient sees the others.",
    },
    {
        "id": "shinseihin-054",
        "charset": "utf-8",
        "sender": "芦刈 慎吾 <ashikari.shingo@hinode-sangyo.co.jp>",
        "to": ["koho-all@hinode-sangyo.co.jp"],
        "cc": ["sato.eigyo@osaka.hinode-sangyo.co.jp"],
        "subject": "記者リスト（マスター）更新しました",
        "body": """広報部各位

記者リストのマスターを更新しました（異動2件、新規3件）。
大阪支社の佐藤さんにも共有します。社内共有フォルダにも格納済みです。

芦刈
""",
        "attachments": [
            {"kind": "xlsx", "name": "記者リスト_master_202611.xlsx",
             "sheets": {"master": [
                 ["媒体名", "氏名", "メール", "携帯", "担当分野", "更新日"],
                 ["東邦経済新聞", "真田 圭吾", "sanada-k@toho-keizai.co.jp", "090-3318-7720", "電機", "2026/11/02"],
                 ["日本流通新報", "鰐淵 美咲", "m.wanibuchi@ryutsu-shimpo.co.jp", "080-2241-9953", "流通", "2026/11/02"],
                 ["中部日報", "狩集 朋也", "karitsumari@chubu-nippo.co.jp", "090-9012-6634", "経済", "2026/10/20"],
                 ["北斗新聞", "小比類巻 亮", "kohiruimaki@hokuto-np.co.jp", "080-6650-1148", "生活", "2026/10/20"],
                 ["関西ビジネス日報", "保津川 聡子", "hozugawa@kansai-biz.co.jp", "090-4471-3380", "家電", "2026/11/02"],
                 ["おうちごはん通信", "能美 沙耶香", "nomi@ouchigohan.jp", "090-5517-2096", "食品", "2026/11/02"],
             ]}},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Press list workbook to an internal list and an internal subdomain only.",
    },
    {
        "id": "shinseihin-055",
        "charset": "iso-2022-jp",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["祖父江 <sobue@aoba-unyu.co.jp>"],
        "subject": "第2弾 モニター発送データ（15件）",
        "body": """祖父江様

お世話になっております。小田切です。
第2弾の発送データをZIPにまとめてお送りします（15件）。
管理システムから書き出したままのため余分な列がありますが、
送り状には氏名・住所・電話のみお使いください。

小田切
""",
        "attachments": [
            {"kind": "zip", "name": "hassou_2nd.zip",
             "files": [
                 {"kind": "csv", "name": "hassou_2nd.csv", "encoding": "utf-8",
                  "rows": [
                      ["ID", "氏名", "フリガナ", "郵便番号", "住所", "電話", "生年月日"],
                      ["M2-01", "鴨志田 千秋", "カモシダ チアキ", "330-0063", "埼玉県さいたま市浦和区高砂2-6-18", "090-2715-4480", "S58.4.2"],
                      ["M2-02", "阿久澤 亘", "アクザワ ワタル", "371-0026", "群馬県前橋市大手町1-11-3", "080-3362-1905", "H2.11.3"],
                      ["M2-03", "眞鍋 ゆい", "マナベ ユイ", "760-0017", "香川県高松市番町4-1-10", "070-4429-6618", "H9.7.21"],
                      ["M2-04", "嘉数 まどか", "カカズ マドカ", "901-2102", "沖縄県浦添市前田1-23-8", "080-1183-7742", "S63.9.9"],
                      ["M2-05", "能登谷 誠", "ノトヤ マコト", "030-0801", "青森県青森市新町2-3-7", "090-6640-2219", "S47.3.30"],
                      ["M2-06", "日比野 玲子", "ヒビノ レイコ", "514-0004", "三重県津市栄町3-115", "070-9928-3051", "H5.12.24"],
                      ["M2-07", "生田目 遼", "ナマタメ リョウ", "321-0953", "栃木県宇都宮市東宿郷5-2-9", "080-7731-0486", "H1.5.8"],
                      ["M2-08", "四十物 朱里", "アイモノ アカリ", "930-0083", "富山県富山市総曲輪2-7-12", "090-8814-5527", "H11.2.14"],
                      ["M2-09", "仲宗根 剛", "ナカソネ ツヨシ", "900-0006", "沖縄県那覇市おもろまち4-8-2", "070-3306-9914", "S55.8.30"],
                      ["M2-10", "角銅 いずみ", "カクドウ イズミ", "850-0033", "長崎県長崎市万才町6-25", "080-2274-1168", "S61.1.19"],
                      ["M2-11", "比留間 圭", "ヒルマ ケイ", "190-0012", "東京都立川市曙町2-34-7", "090-5563-0728", "H4.10.10"],
                      ["M2-12", "粟飯原 典子", "アイハラ ノリコ", "260-0015", "千葉県千葉市中央区富士見1-14-13", "080-9017-4432", "S49.6.6"],
                      ["M2-13", "指宿 隼", "イブスキ ハヤト", "890-0053", "鹿児島県鹿児島市中央町19-40", "070-6652-3389", "H7.3.17"],
                      ["M2-14", "蛭子 七海", "エビス ナナミ", "680-0833", "鳥取県鳥取市末広温泉町161", "090-1290-8873", "H12.9.25"],
                      ["M2-15", "大豆生田 学", "オオマメウダ マナブ", "320-0806", "栃木県宇都宮市中央1-2-5", "080-6628-1147", "S53.12.1"],
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Unencrypted ZIP holding a CSV of fifteen monitors with addresses, phones and dates of birth, to the carrier.",
    },
    {
        "id": "shinseihin-056",
        "charset": "utf-8",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["門馬 <monma@kawasaki-denki.co.jp>"],
        "subject": "DR-X3 取扱予定店舗一覧（関西）",
        "body": """門馬様

お世話になっております。三枝です。
DR-X3 の取扱予定店舗（関西エリア）をPDFでお送りします。
店頭デモ用の配線キットは、この店舗数分のご用意をお願いいたします。

三枝 由梨
日の出産業株式会社 営業推進部
""",
        "attachments": [
            {"kind": "pdf", "name": "DR-X3_取扱予定店舗_関西.pdf",
             "lines": ["DR-X3 取扱予定店舗一覧（関西）　2026年12月時点"],
             "table": [["店舗名", "住所", "代表電話", "デモ機"],
                       ["丸福電機 梅田本店", "大阪府大阪市北区芝田1-6-2", "06-6372-1100", "あり"],
                       ["丸福電機 天王寺店", "大阪府大阪市阿倍野区阿倍野筋2-1-40", "06-6634-2200", "あり"],
                       ["ホシノ電化 堺東店", "大阪府堺市堺区三国ヶ丘御幸通59", "072-238-5510", "なし"],
                       ["ホシノ電化 枚方店", "大阪府枚方市岡東町18-3", "072-841-7730", "あり"],
                       ["サンライズホーム 西宮店", "兵庫県西宮市六湛寺町9-12", "0798-26-4411", "あり"],
                       ["でんかのカドヤ 京都店", "京都府京都市下京区東塩小路町721", "075-371-0090", "なし"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PDF list of shops with shop addresses and switchboards: businesses, not people.",
    },
    {
        "id": "shinseihin-057",
        "charset": "utf-8",
        "sender": "Kenji Mashiba <mashiba.kenji@hinode-sangyo.co.jp>",
        "to": ["Jason Lin <jason.lin@formosa-retail.com.tw>"],
        "subject": "Re: HK-A50 beta testers in Taipei",
        "body": """Hi Jason,

Thanks for the list. Five testers is fine for the first round; we will ship
5 units of HK-A50 (Taiwan plug, 110V) to your office on Dec 1, and you can hand
them over locally. Please collect the feedback forms by Jan 15.

Best,
Kenji

On Thu, Nov 26, 2026 at 11:20 AM Jason Lin <jason.lin@formosa-retail.com.tw> wrote:
> Hi Kenji,
>
> Here are the beta testers we picked for Taipei:
>
> Name            Phone            Email
> Chang Mei-Ling  +886-912-338-471  meiling.chang@gmail.com
> Wu Chih-Hao     +886-935-117-208  chihao.wu@yahoo.com.tw
> Tsai Ya-Wen     +886-921-640-592  yawen.tsai@gmail.com
> Huang Po-Yu     +886-958-203-716  poyu.h@hotmail.com
> Lee Shu-Fen     +886-910-774-185  shufen.lee@gmail.com
>
> Jason
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the five testers' contacts are only in the 'On ... wrote:' quote from the recipient.",
    },
    {
        "id": "shinseihin-058",
        "charset": "shift_jis",
        "sender": "葛西 明美 <kasai.akemi@hinode-sangyo.co.jp>",
        "to": ["給与パートナーズ 支払代行 <shiharai@kyuyo-partners.co.jp>"],
        "subject": "座談会謝礼 お振込み依頼（2名分）",
        "body": f"""株式会社給与パートナーズ
支払代行ご担当者様

いつもお世話になっております。日の出産業 経理部の葛西です。
12/12に実施したモニター座談会の謝礼につき、下記2名分の
お振込みと源泉徴収の処理をお願いいたします。

■1人目
　氏名：五百旗頭 紗季
　住所：兵庫県神戸市中央区下山手通3-12-1-804
　個人番号：{_mn(2)}
　振込先：みどり銀行 三宮支店 普通 4018826
　金額：30,000円

■2人目
　氏名：杉蔭 大地
　住所：岩手県盛岡市盛岡駅前通1-44
　個人番号：{_mn(3)}
　振込先：いわて北銀行 本店営業部 普通 1172045
　金額：30,000円

ご確認のほどよろしくお願いいたします。
葛西 明美
日の出産業株式会社 経理部　TEL 03-5201-7780
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Two monitors' My Numbers, home addresses and bank accounts sent to a payment outsourcer.",
    },
    {
        "id": "shinseihin-059",
        "charset": "iso-2022-jp",
        "sender": "宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>",
        "to": ["白鳥 <shiratori@prism-pr.co.jp>"],
        "subject": "欠席媒体への資料・サンプル発送状況",
        "body": """白鳥様

お世話になっております。宮園です。
発表会を欠席された媒体へのリリース・サンプル発送状況です。
編集部宛てでお送りしています。問い合わせがあった際にご利用ください。

媒体名                発送物                  伝票番号         到着予定
--------------------  ----------------------  ---------------  ---------
北斗新聞 東京支社     リリース＋HK-A50貸出機  4471-2097-0015   11/20
中部日報 東京支社     リリース＋HC-900貸出機  4471-2097-0026   11/20
関西ビジネス日報      リリースのみ            4471-2097-0030   11/21
月刊フードライフ      リリース＋グラノーラ    4471-2097-0041   11/20
食と健康ジャーナル    リリース＋グラノーラ    4471-2097-0052   11/21

貸出機の返却期限は12/18です。

宮園
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Padded table of media outlets and tracking numbers: businesses and shipments, no people.",
    },
    {
        "id": "shinseihin-060",
        "charset": "utf-8",
        "sender": "Kenji Mashiba <mashiba.kenji@hinode-sangyo.co.jp>",
        "to": ["Grace Lim <grace.lim@brightway-trading.com>"],
        "subject": "Dealer pricing deck for Singapore launch",
        "body": """Dear Grace,

Please find attached the pricing deck for the Singapore launch of HC-900 and
HK-A50, including the dealer margin structure we discussed.

Could you review the proposed SRP and let me know your thoughts before our
call on Friday?

Best regards,
Kenji Mashiba
Overseas Sales Dept., Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {"kind": "pptx", "name": "SG_launch_pricing_v4.pptx",
             "title": "Singapore launch pricing",
             "page_footer": "Confidential - Internal Only",
             "slides": [
                 ["Singapore launch pricing", "HC-900 / HK-A50", "Draft v4, Nov 2026"],
                 ["Landed cost", "HC-900: JPY 21,300 / unit", "HK-A50: JPY 14,900 / unit"],
                 ["Proposed SRP", "HC-900: SGD 699", "HK-A50: SGD 459"],
                 ["Dealer margin", "Tier A 28% / Tier B 24%", "Launch rebate 3% until Jun 2027"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Slides stamped 'Confidential - Internal Only' on every page sent to an external distributor.",
    },
    {
        "id": "shinseihin-061",
        "charset": "iso-2022-jp",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["柘植 <tsuge@sakura-hotel.jp>"],
        "cc": ["栗林 <kuribayashi@kitaguni-foods.co.jp>"],
        "subject": "11/18 共同出展者（北国フーズ様）の入館について",
        "body": """さくらホテル東京 柘植様
（cc：北国フーズ 栗林様）

お世話になっております。日の出産業の柚木です。
発表会当日、北国フーズ様から3名が試食ブースの準備に入られます。
搬入口からの入館と、駐車場1台分の手配をお願いいたします。

　栗林 大悟 様　　携帯 090-6627-3014（車両：白のハイエース）
　阿部川 恵 様　　携帯 080-1139-5520
　猪股 翔太 様　　携帯 070-8825-4173

搬入は10:30頃の予定です。
栗林様、当日の変更がありましたら柘植様へ直接ご連絡ください。

柚木
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "Three partner staff with mobiles to the hotel, partner in Cc: two organisations and under five people.",
    },
    {
        "id": "shinseihin-062",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["イベントクルー 手配担当 <tehai@event-crew.co.jp>"],
        "subject": "東京会場 来賓のお出迎え手配（4名）",
        "body": """株式会社イベントクルー
手配ご担当者様

お世話になっております。日の出産業の井ノ口です。
12/3 東京会場にお越しになる来賓4名について、エントランスでの
お出迎えとクローク対応をお願いいたします。

【1】
氏名：角倉 隆之 様
会社：丸福電機株式会社 代表取締役社長
携帯（秘書 経由）：090-2218-7765
到着：13:40 ハイヤー

【2】
氏名：星野 眞一郎 様
会社：ホシノ電化株式会社 会長
携帯：080-4490-1327
到着：13:45 ハイヤー

【3】
氏名：真壁 里美 様
会社：サンライズホーム株式会社 取締役
携帯：070-5531-2208
到着：13:50 電車（浜松町駅からタクシー）

【4】
氏名：門馬 亮一 様
会社：川崎電機株式会社 営業本部長
携帯：090-7702-4416
到着：13:30 社用車

以上、よろしくお願いいたします。
""" + SIG_INOKUCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Four guests as one block each with mobile numbers: under five people, may be warned.",
    },
    {
        "id": "shinseihin-063",
        "charset": "iso-2022-jp",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["でんかのカドヤ 本部 <honbu@kadoya-denka.co.jp>"],
        "subject": "Re: 説明会資料の事前送付について",
        "body": """でんかのカドヤ 本部
一口様

お問い合わせありがとうございます。井ノ口です。
説明会資料の事前送付のご依頼ですが、製品概要のパンフレットは
本メールに添付いたします。

一方、春商戦の販売計画と販促予算の詳細は社外秘の扱いとなっており、
当日会場でのみご覧いただく形とさせていただいております。
資料のお持ち帰りもご遠慮いただいておりますので、ご了承ください。
""" + SIG_INOKUCHI,
        "attachments": [
            {"kind": "pdf", "name": "製品概要パンフレット.pdf",
             "lines": ["日の出産業 2026冬 新製品のご案内", "AIRLIFT HC-900　コードレス掃除機",
                       "HK-A50　加湿空気清浄機", "DR-X3　ドライブレコーダー（2027年1月発売予定）"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mentions that the sales plan is 社外秘 and is not being sent; the attached brochure carries no marking.",
    },
    {
        "id": "shinseihin-064",
        "charset": "utf-8",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["オートピット小林 予約係 <yoyaku@autopit-kobayashi.co.jp>"],
        "subject": "DR-X3 モニター車両への取付予約（2台）",
        "body": """オートピット小林
予約係ご担当者様

お世話になっております。日の出産業の柚木です。
DR-X3 モニターの方の車両への取付作業を、下記のとおり予約させてください。

・12/19（土）10:00　熊谷 誠也 様　トヨタ プリウス（白）　090-3384-1206
・12/19（土）13:00　漆原 香織 様　ホンダ N-BOX（黒）　080-6612-0953

当日は車検証と、ご本人確認のため運転免許証をご持参いただくよう
ご案内済みです。作業費は弊社へご請求ください。

柚木 拓海
日の出産業株式会社 商品企画部　TEL 03-5201-7750
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Two monitors' names, cars and phones to a garage; the driver's licence is only mentioned, no number.",
    },
    {
        "id": "shinseihin-065",
        "charset": "shift_jis",
        "sender": "宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>",
        "to": ["祖父江 <sobue@aoba-unyu.co.jp>"],
        "subject": "貸出機 集荷のお願い（2件）",
        "body": """青葉運輸 祖父江様

お世話になっております。日の出産業 広報部の宮園です。
記者の方にお貸ししていた評価機の返却分、2件の集荷をお願いいたします。

1. 北斗新聞 東京支社　小比類巻様
　 東京都中央区銀座7-14-16 北斗ビル4F　代表 03-3571-2250
　 集荷希望：12/18（金）午後

2. 中部日報 東京支社　狩集様
　 東京都中央区築地4-1-1 築地中部ビル6F　代表 03-3541-7700
　 集荷希望：12/18（金）午前

いずれも元箱に梱包済みとのことです。着払いで弊社宛てにお願いします。

宮園
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Pickups at two newspapers' branch offices with office switchboards: business contacts, not personal data.",
    },
    {
        "id": "shinseihin-066",
        "charset": "utf-8",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["猿渡 <saruwatari@kawasaki-denki.co.jp>"],
        "subject": "HK-A50 モニター自由回答（抜粋）のご共有",
        "body": """猿渡様

お世話になっております。蓮見です。
HK-A50 モニターの自由回答から、改良の参考になりそうなものを抜粋しました。
お名前は伏せ、モニターIDと属性のみ残しています。

蓮見
""" + SIG_HASUMI,
        "attachments": [
            {"kind": "xlsx", "name": "HK-A50_自由回答_抜粋.xlsx",
             "sheets": {"抜粋": [
                 ["HK-A50 モニターアンケート 自由回答（抜粋）"],
                 ["モニターID", "年代", "性別", "居住", "コメント"],
                 ["A-0102", "40代", "女", "東京都", "花粉症の時期に寝室で使ったら、朝の鼻づまりがかなり楽でした。"],
                 ["A-0131", "30代", "男", "大阪府", "給水タンクが重く、持ち手が欲しい。"],
                 ["A-0158", "30代", "女", "埼玉県", "子どもが小児喘息で通院しているので、夜間の静音モードが助かります。"],
                 ["A-0176", "60代", "男", "静岡県", "フィルター交換時期の表示が分かりにくい。"],
                 ["A-0203", "20代", "女", "福岡県", "アプリ連携があれば外出先から操作したい。"],
             ]}},
        ],
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Pseudonymous monitor IDs with age band and prefecture next to hay fever and a child's asthma: identifiability is arguable.",
    },
    {
        "id": "shinseihin-067",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["ashikari.shingo@hinode-sangyo.co.jp", "miyazono.hazuki@hinode-sangyo.co.jp"],
        "cc": ["yuzuki.takumi@hinode-sanngyo.co.jp"],
        "subject": "発表会 振り返りミーティングの日程",
        "body": """芦刈課長、宮園さん（cc 柚木さん）

お疲れさまです。早乙女です。
発表会の振り返りミーティングを下記で設定させてください。

　日時：11/25（水）16:00〜17:00
　場所：本社8F 小会議室B
　議題：掲載実績の速報、当日運営の反省点、1月の DR-X3 発表に向けて

掲載実績は現時点で新聞4紙・Web 11媒体です。
資料は前日までに共有フォルダに置いておきます。

早乙女
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "A colleague in Cc typed as hinode-sanngyo.co.jp: an external look-alike of the company's own domain.",
    },
    {
        "id": "shinseihin-068",
        "charset": "utf-8",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["でんかのカドヤ 本部 一口様 <honbu@kadoya-denka.co.jp>"],
        "subject": "東京会場（12/3）説明会のご案内",
        "body": """でんかのカドヤ 本部
一口様

いつもお世話になっております。日の出産業の三枝でございます。
12月3日（木）東京会場の説明会のご案内をお送りいたします。

日時：2026年12月3日（木）14:00～16:00（受付13:30～）
会場：さくらホテル東京 2F「楓の間」
お申込み：下記フォームより11月26日（木）まで
https://www.hinode-sangyo.co.jp/dealer/seminar2026/

皆様のご参加を心よりお待ちしております。

三枝 由梨
日の出産業株式会社 営業推進部　TEL 06-6345-2213
""",
        "html": """<html><body>
<p>でんかのカドヤ 本部<br>一口様</p>
<p>いつもお世話になっております。日の出産業の三枝でございます。<br>
12月3日（木）東京会場の説明会のご案内をお送りいたします。</p>
<ul>
<li><b>日時</b>：2026年12月3日（木）14:00～16:00（受付13:30～）</li>
<li><b>会場</b>：さくらホテル東京 2F「楓の間」</li>
<li><b>お申込み</b>：<a href="https://www.hinode-sangyo.co.jp/dealer/seminar2026/">申込フォーム</a>より11月26日（木）まで</li>
</ul>
<p>皆様のご参加を心よりお待ちしております。</p>
<p>三枝 由梨<br>日の出産業株式会社 営業推進部　TEL 06-6345-2213</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Text + HTML invitation to one dealer; nothing personal.",
    },
    {
        "id": "shinseihin-069",
        "charset": "shift_jis",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["大路 <oji@tsubasa-system.jp>"],
        "subject": "説明会前日リマインドSMSの送信先",
        "body": """ツバサシステム
大路様

お世話になっております。三枝です。
説明会前日（12/2）18時に送るリマインドSMSの送信先をお送りします。
文面は先日お送りしたもので確定です。

　氏名　　　　　　店舗　　　　　　　　　　携帯番号
　－－－－－－　　－－－－－－－－－－－　－－－－－－－－－－－－－
　佐々木　蓮　　　でんかのカドヤ　京都店　０９０－２７１４－８８３０
　海老原　智子　　でんかのカドヤ　奈良店　０８０－６６０３－１２７９
　一口　健太　　　でんかのカドヤ　本部　　０７０－４４５９－３３１８
　野々宮　翔　　　サンライズ　西宮店　　　０９０－５１２０－６６４８
　真壁　里美　　　サンライズ　本部　　　　０７０－５５３１－２２０８
　新發田　哲　　　丸福電機　梅田本店　　　０９０－３３１７－８８０２

よろしくお願いいたします。
三枝
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Full-width padded table of six dealer staff with full-width mobile numbers to an external vendor.",
    },
    {
        "id": "shinseihin-070",
        "charset": "shift_jis",
        "sender": "芦刈 慎吾 <ashikari.shingo@hinode-sangyo.co.jp>",
        "to": ["白鳥 <shiratori@prism-pr.co.jp>"],
        "subject": "発表会 式次第（確定版）",
        "body": """白鳥様

式次第の確定版をお送りします。司会台本への反映をお願いします。
登壇者の肩書は、10/1付の組織変更後のものになっています。

芦刈
""" + SIG_ASHIKARI,
        "attachments": [
            {"kind": "docx", "name": "式次第_1118_確定.docx",
             "paragraphs": ["日の出産業 2026秋 新製品発表会　式次第", "2026年11月18日（水）さくらホテル東京 桜の間"],
             "tables": [[
                 ["時間", "内容", "登壇者"],
                 ["14:00", "開会・ご挨拶", "代表取締役社長 日野原 宗一"],
                 ["14:10", "新製品説明 HC-900／HK-A50", "商品企画部長 瀬古 亜希子"],
                 ["14:40", "共同開発食品のご紹介", "北国フーズ株式会社 取締役 栗林 達彦 様"],
                 ["14:55", "開発者トークセッション", "商品企画部 柚木 拓海"],
                 ["15:15", "質疑応答", "司会 プリズムPR"],
                 ["15:30", "閉会（タッチ＆トライへ）", ""],
             ]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Programme with speakers' names and titles only; no personal data about them.",
    },
    {
        "id": "shinseihin-071",
        "charset": "utf-8",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["篠宮 <shinomiya@research-mirai.co.jp>"],
        "subject": "応募資格（国内在住）の確認について",
        "body": """篠宮様

お世話になっております。蓮見です。
応募者 G-0048 の方について、応募資格の「日本国内在住」を確認したく、
ご本人から在留カードの情報をご提出いただきました。
御社パネル登録情報と一致しているか、照合をお願いできますでしょうか。

　氏名：グエン・ティ・ラン（NGUYEN THI LAN）
　在留カード番号：UH48271935KE
　在留期間（満了日）：2028年4月30日
　住居地：大阪府大阪市生野区勝山北3-11-4

照合後、本情報は削除いただけますと幸いです。
蓮見
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "A monitor applicant's residence card number and home address sent to an outside research firm.",
    },
    {
        "id": "shinseihin-072",
        "charset": "iso-2022-jp",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["一口 <honbu@kadoya-denka.co.jp>"],
        "subject": "Re: 東京会場 参加申込",
        "body": """一口様

お申込みありがとうございます。三枝です。
以下の4名様で承りました。念のためご確認ください。

　・一口 健太 様（本部）　　　　070-4459-3318
　・佐々木 蓮 様（京都店）　　　090-2714-8830
　・海老原 智子 様（奈良店）　　080-6603-1279
　・比企 大輔 様（本部 販促）　090-6638-2407

当日の緊急連絡先として上記の携帯番号を控えさせていただきます。

三枝
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Confirms four of the dealer's own staff with mobiles back to that dealer: under five people, may be warned.",
    },
    {
        "id": "shinseihin-073",
        "charset": "utf-8",
        "sender": "宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>",
        "to": ["イベントクルー 現場責任者 <genba@event-crew.co.jp>"],
        "subject": "受付・誘導スタッフ配置図",
        "body": """イベントクルー
現場ご担当者様

お世話になっております。日の出産業の宮園です。
11/18 の受付・誘導スタッフの配置図をお送りします。
スタッフの方は13:00に「椿の間」へご集合ください。

宮園
""",
        "attachments": [
            {"kind": "png", "name": "staff_haichi_1118.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A floor-plan image for the event staffing company; nothing personal.",
    },
    {
        "id": "shinseihin-074",
        "charset": "iso-2022-jp",
        "sender": "日の出産業 モニター事務局 <monitor@hinode-sangyo.co.jp>",
        "to": ["monitor@hinode-sangyo.co.jp"],
        "bcc": [
            "riho.amakasu@gmail.com", "otobe_t@yahoo.co.jp", "mizuho.urushi@icloud.com",
            "k-shishido@outlook.jp", "mao.kuroyanagi@gmail.com", "washio.shin@docomo.ne.jp",
            "miyu.tochinai@gmail.com", "sagara.wataru@yahoo.co.jp", "myoken-k@ezweb.ne.jp",
            "kirara.yamato@icloud.com", "hikari.tachi@outlook.jp", "igari.naoto@gmail.com",
        ],
        "subject": "【日の出産業】加湿空気清浄機 HK-A50 モニター募集のお知らせ",
        "body": """日の出産業 モニター会員の皆さま

いつもご協力ありがとうございます。
新製品「加湿空気清浄機 HK-A50」の1か月モニターを募集いたします。

　募集人数：30名
　応募締切：12月6日（日）
　応募方法：会員ページ https://www.hinode-sangyo.co.jp/monitor/ からお申し込みください

当選された方には、12月中旬に製品をお届けします。
※本メールは配信を希望された会員の皆さまへBCCでお送りしています。

日の出産業株式会社 モニター事務局
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Recruitment mail to monitor members properly in Bcc; free-mail recipients only.",
    },
    {
        "id": "shinseihin-075",
        "charset": "shift_jis",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["おうちごはん通信 編集部 <press@ouchigohan.jp>"],
        "subject": "ニュースリリース テキスト版のご送付",
        "body": """おうちごはん通信 編集部 御中

いつもお世話になっております。日の出産業 広報部の早乙女です。
CMSへの転載用に、ニュースリリースのテキスト版をご希望とのことでしたので、
テキストファイルでお送りいたします。

画像は先日のプレスキットのものをご利用ください。
""" + SIG_SAOTOME,
        "attachments": [
            {"kind": "txt", "name": "release_granola.txt", "encoding": "cp932",
             "text": """日の出産業と北国フーズ、北海道産大麦の発酵グラノーラ「ひので麦」を共同開発
2026年12月5日より全国のスーパーマーケットで発売

日の出産業株式会社と北国フーズ株式会社は、北海道産大麦を乳酸菌で発酵させた
グラノーラ「ひので麦 発酵大麦グラノーラ」を共同開発し、2026年12月5日より発売します。

■商品概要
商品名：ひので麦 発酵大麦グラノーラ
内容量：300g
希望小売価格：698円（税込）

■本件に関するお問い合わせ
日の出産業株式会社 広報部 TEL 03-5201-7741
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Plain-text press release attachment for a web medium; no personal data.",
    },
    {
        "id": "shinseihin-076",
        "charset": "utf-8",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["東海林 <shoji@nishiki-insatsu.co.jp>"],
        "subject": "店頭POP発送用 宛名ラベルデータ",
        "body": """錦印刷 東海林様

お世話になっております。三枝です。
店頭POPキットの発送用宛名ラベルのデータです。
各店舗の売場責任者宛てで、店舗住所・店舗代表番号を記載しています。
ラベルシール（A4 12面）への印字をお願いします。

三枝
""",
        "attachments": [
            {"kind": "xlsx", "name": "宛名ラベル_POPキット.xlsx",
             "sheets": {"ラベル": [
                 ["店舗名", "宛名", "郵便番号", "店舗住所", "店舗代表TEL"],
                 ["丸福電機 梅田本店", "家電売場責任者 様", "530-0012", "大阪府大阪市北区芝田1-6-2", "06-6372-1100"],
                 ["丸福電機 天王寺店", "家電売場責任者 様", "545-0052", "大阪府大阪市阿倍野区阿倍野筋2-1-40", "06-6634-2200"],
                 ["ホシノ電化 枚方店", "店長 様", "573-0032", "大阪府枚方市岡東町18-3", "072-841-7730"],
                 ["サンライズホーム 西宮店", "家電売場 野々宮 様", "662-0918", "兵庫県西宮市六湛寺町9-12", "0798-26-4411"],
                 ["サンライズホーム 三宮店", "家電売場 ご担当者様", "651-0096", "兵庫県神戸市中央区雲井通6-1-5", "078-251-8820"],
                 ["でんかのカドヤ 京都店", "店長 佐々木 様", "600-8216", "京都府京都市下京区東塩小路町721", "075-371-0090"],
                 ["中京デンキ 本店", "店長 竹之内 様", "460-0011", "愛知県名古屋市中区大須3-30-60", "052-261-3300"],
                 ["ナゴヤ家電館", "バイヤー 丹羽 様", "450-0002", "愛知県名古屋市中村区名駅4-5-28", "052-581-7700"],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Address labels for shops (shop addresses and switchboards, some with a manager's surname): a list of businesses.",
    },
    {
        "id": "shinseihin-077",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["さくらホテル東京 料飲 <fb-tokyo@sakura-hotel.jp>"],
        "subject": "懇親会メニューのご相談（ハラール対応）",
        "body": """さくらホテル東京
料飲ご担当者様

お世話になっております。日の出産業の早乙女です。
発表会後の懇親会（17:00〜、立食40名）について、ご相談がございます。

ご招待しているマレーシアの情報誌「Gaya Rumah」東京特派員の
アフマド・ファリス様はムスリムでいらっしゃるため、
豚肉・アルコールを使用しないハラール対応のお料理を
個別にご用意いただけますでしょうか。

お手数ですが、対応可能なメニュー案とお見積りをいただけますと幸いです。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Names a guest together with his religion to the hotel: religion (要配慮) of an identifiable person.",
    },
    {
        "id": "shinseihin-078",
        "charset": "utf-8",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["さくらホテル東京 料飲 <fb-tokyo@sakura-hotel.jp>"],
        "subject": "懇親会 特別食の数量（確定）",
        "html": """<html><body>
<p>さくらホテル東京<br>料飲ご担当者様</p>
<p>お世話になっております。日の出産業の早乙女です。<br>
懇親会の特別食の数量が確定しましたのでお知らせします。お名前は伺っておりませんので、
当日はテーブルに札を立てていただく形でお願いします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>区分</th><th>数量</th><th>備考</th></tr>
<tr><td>通常メニュー</td><td>34</td><td>立食</td></tr>
<tr><td>ベジタリアン</td><td>2</td><td>卵・乳製品は可</td></tr>
<tr><td>ハラール対応</td><td>1</td><td>豚肉・アルコール不使用</td></tr>
<tr><td>卵不使用</td><td>1</td><td>アレルギー対応</td></tr>
<tr><td>ノンアルコールドリンク</td><td>10</td><td>乾杯用を含む</td></tr>
</table>
<p>よろしくお願いいたします。<br>早乙女 玲奈（日の出産業 広報部 03-5201-7741）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only table of special-meal counts with no names: not tied to any identifiable person.",
    },
    {
        "id": "shinseihin-079",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["門馬 亮一 <monma.r@kawasaki-denki.co.jp>", "門馬 <monma@kawasaki-denki.co.jp>"],
        "cc": ["猿渡 <saruwatari@kawasaki-denki.co.jp>", "川崎電機 営業企画 <eigyo-kikaku@kawasaki-denki.co.jp>",
               "saegusa.yuri@hinode-sangyo.co.jp"],
        "subject": "説明会3会場を終えて（御礼とアンケート集計）",
        "body": """川崎電機株式会社
門馬本部長、門馬様、猿渡様、営業企画部の皆様

3会場の説明会へのご登壇、誠にありがとうございました。
販売店様アンケートの集計結果をお送りします。

　回答数　　　：東京 21／大阪 18／名古屋 14
　満足度（5段階）：平均 4.3
　DR-X3 の取扱意向：「取り扱いたい」68%、「検討中」25%

自由回答では「取付工賃の目安がほしい」「前後2カメラモデルの予定」
が多く見られました。1月の発売に向けて、FAQに反映できればと存じます。
""" + SIG_INOKUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Four addresses in To/Cc but all of one partner organisation: no exposure between parties.",
    },
    {
        "id": "shinseihin-080",
        "charset": "iso-2022-jp",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["猿渡 <saruwatari@kawasaki-denki.co.jp>"],
        "cc": ["大路 <oji@tsubasa-system.jp>"],
        "subject": "DR-X3 製品ページ 掲載内容のご確認",
        "body": """川崎電機 猿渡様
（cc：ツバサシステム 大路様）

お世話になっております。日の出産業の柚木です。
1/20公開予定の DR-X3 製品ページについて、スペック表の表記を
川崎電機様にご確認いただきたく、ツバサシステム様を交えてご連絡しました。

確認用URL（ベーシック認証あり）：https://stg.hinode-sangyo.co.jp/products/dr-x3/
認証情報は大路様から別途お送りいただきます。

12/22（火）までにご確認いただけますと助かります。
柚木
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Two partner organisations in To/Cc for a review: a normal three-way mail.",
    },
    {
        "id": "shinseihin-081",
        "charset": "utf-8",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["宇津木 <utsugi@monitor-lab.co.jp>"],
        "subject": "HK-A50モニター 当選者への電話確認のお願い（20名）",
        "body": """宇津木様

お世話になっております。小田切です。
HK-A50 モニターの当選者20名について、お届け日時の確認のお電話を
御社コールセンターでお願いできますでしょうか。
当選者一覧をPDFで添付いたします。架電は12/14～12/16でお願いします。

小田切 健
日の出産業株式会社 マーケティング部　TEL 03-5201-7762
""",
        "attachments": [
            {"kind": "pdf", "name": "HK-A50_当選者一覧.pdf",
             "lines": ["HK-A50 モニター当選者一覧（20名）", "架電期間：2026年12月14日～16日"],
             "table": [
                 ["当選番号", "氏名", "都道府県", "電話番号"],
                 ["A-0201", "嶋貫 徹", "山形県", "090-3381-2274"],
                 ["A-0202", "薄井 夏帆", "栃木県", "080-1176-5509"],
                 ["A-0203", "秋吉 凛", "福岡県", "070-2290-4461"],
                 ["A-0204", "蔵本 悟", "広島県", "090-6617-3382"],
                 ["A-0205", "千々岩 綾", "佐賀県", "080-4438-1190"],
                 ["A-0206", "鈴鹿 亮平", "三重県", "090-8826-0733"],
                 ["A-0207", "今給黎 美和", "鹿児島県", "070-5519-2846"],
                 ["A-0208", "蒲生 隆", "滋賀県", "080-2263-7718"],
                 ["A-0209", "猿田 真由", "神奈川県", "090-1148-6693"],
                 ["A-0210", "深作 洋平", "茨城県", "070-3374-0528"],
                 ["A-0211", "上遠野 静香", "福島県", "080-9902-3316"],
                 ["A-0212", "帯刀 潤", "東京都", "090-4473-1125"],
                 ["A-0213", "鰺坂 祐子", "大分県", "070-8815-6647"],
                 ["A-0214", "朝比奈 陸", "静岡県", "080-6631-2290"],
                 ["A-0215", "我那覇 結衣", "沖縄県", "090-2207-8854"],
                 ["A-0216", "羽生田 敬", "群馬県", "070-1142-9967"],
                 ["A-0217", "畠中 房子", "千葉県", "080-3127-6654"],
                 ["A-0218", "小宅 健吾", "栃木県", "090-5580-3371"],
                 ["A-0219", "兵頭 梨沙", "愛媛県", "080-7724-1183"],
                 ["A-0220", "木全 大樹", "愛知県", "070-6609-2248"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of twenty monitor winners with phone numbers to an outside call centre.",
    },
    {
        "id": "shinseihin-082",
        "charset": "iso-2022-jp",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["大路 <oji@tsubasa-system.jp>"],
        "subject": "モニター当選者発表ページ 掲載原稿",
        "body": """ツバサシステム 大路様

お世話になっております。小田切です。
特設サイトの当選者発表ページの原稿です。12/11 10:00公開でお願いします。
お名前はイニシャル、お住まいは都道府県までの表記です。

----ここから----
HK-A50 モニター当選者発表
たくさんのご応募ありがとうございました。厳正な抽選の結果、
以下の20名様が当選されました（順不同・敬称略）。

山形県 T.S.　栃木県 K.U.　福岡県 R.A.　広島県 S.K.　佐賀県 A.C.
三重県 R.S.　鹿児島県 M.I.　滋賀県 T.G.　神奈川県 M.S.　茨城県 Y.F.
福島県 S.K.　東京都 J.T.　大分県 Y.A.　静岡県 R.A.　沖縄県 Y.G.
群馬県 K.H.　千葉県 F.H.　栃木県 K.O.　愛媛県 R.H.　愛知県 D.K.

当選者の方には12月中旬に製品をお届けします。
----ここまで----

小田切
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Winners published as initials plus prefecture: no identifiable person's data.",
    },
    {
        "id": "shinseihin-083",
        "charset": "shift_jis",
        "sender": "日の出産業 お客様相談室 <support@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 通販事業部 <tsuhan@kitaguni-foods.co.jp>"],
        "subject": "モニター参加者からの定期購入お申込み（1件）",
        "body": """北国フーズ株式会社
通販事業部 御中

いつもお世話になっております。日の出産業 お客様相談室の宗像です。
グラノーラのモニターにご参加いただいた方から、定期購入のお申込みを
お電話で承りました。御社通販サイトへのご登録をお願いいたします。

　お名前　：鴨志田 千秋 様
　電話番号：090-2715-4480
　コース　：ひので麦 300g×2袋／月（モニター特典 初回20%OFF）
　お支払い：登録済みクレジットカード（下4桁 4417）をご利用とのこと

カード番号はお客様ご自身で御社サイトのマイページから
ご登録いただくようご案内しております。

宗像
日の出産業株式会社 お客様相談室　TEL 0120-417-730
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One customer's name and phone to the partner; only the last four card digits, not a card number.",
    },
    {
        "id": "shinseihin-084",
        "charset": "iso-2022-jp",
        "sender": "宗像 <munakata.yoko@hinode-sangyo.co.jp>",
        "to": ["keiri-seikyu@hinode-sangyo.co.jp"],
        "subject": "座談会交通費の立替精算（カード決済分）のお願い",
        "body": f"""経理部 請求担当の皆様

お疲れさまです。お客様相談室の宗像です。
座談会参加者の方から、新幹線代をご自身のカードで立て替えたので
返金してほしいとのご連絡がありました。カード会社経由の返金をご希望です。
お電話で伺った内容を転記します（社内限り、処理後削除します）。

　氏名：東海林 聡 様
　カード番号：{_card(5, " ")}
　有効期限：11/28
　金額：22,340円（山形⇔東京 往復）

ご対応のほどよろしくお願いいたします。
宗像
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "A card number, but the mail goes only to an internal address.",
    },
    {
        "id": "shinseihin-085",
        "charset": "utf-8",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["ひかり観光バス 団体営業 <dantai@hikari-kanko-bus.co.jp>"],
        "subject": "工場見学ツアー 乗車名簿（会場別）",
        "body": """ひかり観光バス株式会社
団体営業ご担当者様

お世話になっております。日の出産業の井ノ口です。
説明会翌日の滋賀工場見学ツアーの乗車名簿をお送りします。
乗車地（会場）ごとにシートを分けています。当日の欠席連絡のため、
乗務員の方から直接お電話いただく場合がありますので携帯番号を記載しています。

井ノ口
""",
        "attachments": [
            {"kind": "xlsx", "name": "工場見学_乗車名簿.xlsx",
             "title": "乗車名簿",
             "sheets": {
                 "東京発": [
                     ["滋賀工場見学ツアー 乗車名簿（東京発 新幹線→米原駅乗車）"],
                     ["氏名", "販売店", "携帯"],
                     ["竹之内 修", "中京デンキ", "090-1842-6637"],
                     ["比企 大輔", "でんかのカドヤ", "090-6638-2407"],
                     ["海老原 智子", "でんかのカドヤ", "080-6603-1279"],
                 ],
                 "大阪発": [
                     ["滋賀工場見学ツアー 乗車名簿（大阪 梅田乗車）"],
                     ["氏名", "販売店", "携帯"],
                     ["新發田 哲", "丸福電機", "090-3317-8802"],
                     ["味岡 沙織", "丸福電機", "070-8834-2260"],
                     ["廿楽 しおり", "ホシノ電化", "080-2217-6640"],
                 ],
                 "名古屋発": [
                     ["滋賀工場見学ツアー 乗車名簿（名古屋駅 太閤通口乗車）"],
                     ["氏名", "販売店", "携帯"],
                     ["丹羽 瑛太", "ナゴヤ家電館", "070-3374-8812"],
                     ["棚橋 剛", "ホームセンターみのり", "080-2283-7760"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Eight people's names and mobiles across three sheets of one workbook (none over four per sheet) to a bus company.",
    },
    {
        "id": "shinseihin-086",
        "charset": "shift_jis",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["丸福電機 仕入部 <shiire@marufuku-denki.co.jp>"],
        "subject": "2026冬 新製品 卸価格表のご送付",
        "body": """丸福電機株式会社 仕入部 御中

いつもお世話になっております。日の出産業の三枝です。
説明会でご案内した新製品の卸価格表をお送りいたします。
初回発注は12/10締め、12/15納品となります。
""" + SIG_INOKUCHI.replace("井ノ口 大輔 (Inokuchi Daisuke)", "三枝 由梨 (Saegusa Yuri)")
            .replace("TEL 06-6345-2210 / 携帯 080-4471-0932", "TEL 06-6345-2213")
            .replace("inokuchi.daisuke@", "saegusa.yuri@"),
        "attachments": [
            {"kind": "xlsx", "name": "卸価格表_2026冬.xlsx",
             "sheets": {
                 "価格表": [
                     ["2026冬 新製品 卸価格表（丸福電機様）", "", "", "", ""],
                     ["品番", "品名", "JANコード", "希望小売価格", "卸価格"],
                     ["HC-900-W", "AIRLIFT コードレス掃除機 ホワイト", "4901234567894", "オープン", 36800],
                     ["HC-900-G", "AIRLIFT コードレス掃除機 グレー", "4901234567900", "オープン", 36800],
                     ["HK-A50-W", "加湿空気清浄機 ホワイト", "4901234567917", "オープン", 24600],
                     ["HKF-50", "HK-A50 交換用フィルター", "4901234567924", 4400, 2640],
                 ],
                 "条件": [
                     ["取引条件"],
                     ["初回発注締切", "2026/12/10"],
                     ["納品", "2026/12/15 各店舗直送"],
                     ["支払条件", "月末締め翌月末払い"],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Price list with product codes and JAN codes: ordinary business data.",
    },
    {
        "id": "shinseihin-087",
        "charset": "iso-2022-jp",
        "sender": "柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>",
        "to": ["祖父江 <sobue@aoba-unyu.co.jp>"],
        "subject": "発表会用 試作機の輸送について（取扱注意品）",
        "body": """青葉運輸 祖父江様

お世話になっております。日の出産業の柚木です。
11/17 に滋賀工場から会場へ運ぶ展示用試作機3台の輸送をお願いします。

・品名：加湿空気清浄機 試作機（ガラスパネル付き）
・梱包：木枠梱包 3ケース（各 約18kg）
・注意事項：試作品のため「取扱注意」「天地無用」「精密機器」の
　ラベルを貼付しています。横倒し厳禁でお願いします。
・集荷：11/17 9:00 滋賀工場 出荷場
・納品：11/17 17:00まで さくらホテル東京 搬入口

チャーター便の見積りをいただけますでしょうか。
柚木
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「取扱注意」 here is a handling label on fragile freight, not a confidentiality classification.",
    },
    {
        "id": "shinseihin-088",
        "charset": "utf-8",
        "sender": "日の出産業 広報部 <koho@hinode-sangyo.co.jp>",
        "to": ["koho@hinode-sangyo.co.jp"],
        "bcc": [
            "news-desk@toho-keizai.co.jp", "desk@ryutsu-shimpo.co.jp", "keizai@kyoei-tsushin.jp",
            "editor@kaden-journal.jp", "press@monoweb.jp", "kurashi@seikatsu-tsushin.co.jp",
            "tokyo@hokuto-np.co.jp", "press@ouchigohan.jp", "editors@kurashi-note.jp",
        ],
        "subject": "【ニュースリリース】日の出産業、コードレス掃除機と加湿空気清浄機を発売",
        "body": """報道関係各位

本日15時、下記のニュースリリースを発表いたしましたのでお送りいたします。
ご取材・製品貸出のお申込みは広報部までお問い合わせください。

日の出産業株式会社 広報部
TEL 03-5201-7741　koho@hinode-sangyo.co.jp
""",
        "attachments": [
            {"kind": "pdf", "name": "NewsRelease_20261118_final.pdf",
             "title": "ニュースリリース",
             "lines": ["NEWS RELEASE　2026年11月18日　日の出産業株式会社",
                       "コードレス掃除機「AIRLIFT HC-900」と加湿空気清浄機「HK-A50」を12月5日に発売",
                       "HC-900：吸引仕事率220W、自動ゴミ収集ドック付属",
                       "HK-A50：加湿量 600mL/h、適用床面積 空清31畳",
                       "お問い合わせ：広報部 03-5201-7741"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Published press release to media desks, all in Bcc.",
    },
    {
        "id": "shinseihin-089",
        "charset": "shift_jis",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["松浦 明日香 <asuka@asuka-writes.com>"],
        "subject": "Re: 試供品送付先のご連絡",
        "body": """松浦 明日香 様

ご連絡ありがとうございます。日の出産業 広報部の早乙女です。
試供品（グラノーラ2袋、HK-A50 評価機1台）を以下にお送りいたします。

　〒184-0004 東京都小金井市本町5-12-3 グリーンテラス202
　松浦 明日香 様

評価機は12/18までにご返却いただけますと幸いです。
返却用の着払い伝票を同梱いたします。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Confirms one freelance writer's own home delivery address back to her: one person.",
    },
    {
        "id": "shinseihin-090",
        "charset": "iso-2022-jp",
        "sender": "小田切 健 <odagiri.ken@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
        "subject": "持ち戻り荷物の再配達依頼（2件）",
        "body": """青葉運輸 お客様センター御中

いつもお世話になっております。日の出産業の小田切です。
モニター商品のうち、不在で持ち戻りとなった2件の再配達をお願いします。
ご本人にご希望日時を確認済みです。

(1) 伝票 4471-2096-3456
    小鳥遊 未来 様　〒460-0008 愛知県名古屋市中区栄3-31-2
    TEL 080-1247-9930　希望：11/28（土）18-20時

(2) 伝票 4471-2096-3460
    九十九 浩二 様　〒770-0856 徳島県徳島市中洲町2-5
    TEL 090-6620-1458　希望：11/29（日）午前中

よろしくお願いいたします。
小田切
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Two recipients' addresses and phones to the carrier for redelivery: under five people, may be warned.",
    },
    {
        "id": "shinseihin-091",
        "charset": "utf-8",
        "sender": "Kenji Mashiba <mashiba.kenji@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya@lionbridge-pr.com.sg>"],
        "subject": "Journalists joining the Tokyo launch from Singapore",
        "body": """Hi Priya,

Thanks for arranging the media trip. Two journalists from Singapore have confirmed
for the Nov 18 launch in Tokyo. Could you brief them on the schedule?

  - Daniel Koh (HomeTech Asia)   daniel.koh@hometech-asia.com
  - Nur Aisyah Rahman (Living SG) aisyah@livingsg.com.sg

Their hotel is booked at Sakura Hotel Tokyo for Nov 17-19. We will meet them in
the lobby at 13:00 on the day.

Best,
Kenji
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English mail with two journalists' names and e-mail addresses to a PR agency: under five people.",
    },
    {
        "id": "shinseihin-092",
        "charset": "utf-8",
        "sender": "Kenji Mashiba <mashiba.kenji@hinode-sangyo.co.jp>",
        "to": ["Grace Lim <grace.lim@brightway-trading.com>"],
        "subject": "Retail partners for the demo unit allocation",
        "body": """Dear Grace,

Attached is the list of retail stores we plan to allocate demo units to,
based on your proposal. Please let me know if any store should be replaced.

Best regards,
Kenji Mashiba
Overseas Sales Dept., Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "attachments": [
            {"kind": "csv", "name": "SG_demo_stores.csv", "encoding": "utf-8",
             "rows": [
                 ["Store", "Address", "Phone", "HC-900 demo", "HK-A50 demo"],
                 ["Brightway Orchard", "391 Orchard Road, #04-12, Singapore 238872", "+65 6734 2201", "2", "1"],
                 ["Brightway Jurong", "50 Jurong Gateway Road, #03-05, Singapore 608549", "+65 6565 1180", "1", "1"],
                 ["HomeMart Tampines", "4 Tampines Central 5, #02-21, Singapore 529510", "+65 6789 4412", "1", "1"],
                 ["HomeMart Woodlands", "30 Woodlands Avenue 2, #01-07, Singapore 738343", "+65 6368 0193", "1", "0"],
                 ["Elektra Suntec", "3 Temasek Boulevard, #02-330, Singapore 038983", "+65 6337 7760", "2", "2"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English CSV of retail stores with store addresses and phones: businesses, not people.",
    },
    {
        "id": "shinseihin-093",
        "charset": "shift_jis",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["中京デンキ 竹之内店長 <takenouchi@chukyo-denki.co.jp>"],
        "subject": "名古屋会場 参加申込書（Excel）",
        "body": """中京デンキ株式会社
竹之内店長

いつもお世話になっております。日の出産業の三枝です。
名古屋会場の参加申込書をExcelでお送りします。
参加される方のお名前をご記入のうえ、12/3までにご返送ください。

三枝
""",
        "attachments": [
            {"kind": "xlsx", "name": "参加申込書_名古屋会場.xlsx",
             "sheets": {"申込書": [
                 ["販売店様向け新製品説明会（名古屋会場 12/10）参加申込書"],
                 ["販売店名", ""],
                 ["ご記入者", ""],
                 [],
                 ["No", "お名前", "役職", "当日連絡先", "懇親会（○／×）"],
                 [1, "", "", "", ""],
                 [2, "", "", "", ""],
                 [3, "", "", "", ""],
                 [4, "", "", "", ""],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Blank registration form workbook: empty fields, no one's data.",
    },
    {
        "id": "shinseihin-094",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["writer.asuka.m@gmail.com"],
        "subject": "Re: 発表会出席のご返信",
        "body": """松浦様

ご返信ありがとうございます。日の出産業の早乙女です。
フリーランスでのご参加、もちろん歓迎いたします。
受付で「フリー・松浦様」とお申し付けください。

引き続きよろしくお願いいたします。
早乙女

2026年11月5日(木) 21:14 松浦 明日香 <writer.asuka.m@gmail.com>:
> 早乙女様
> ご案内ありがとうございます。11/18、フリーの立場で伺います。
> 当日何かあれば 080-5529-6613 までご連絡ください。
> 松浦
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Reply to one freelance journalist on gmail; her phone is only in her quoted text.",
    },
    {
        "id": "shinseihin-095",
        "charset": "utf-8",
        "sender": "三枝 由梨 <saegusa.yuri@hinode-sangyo.co.jp>",
        "to": ["ナゴヤ家電館 丹羽様 <niwa.eita@nagoya-kadenkan.jp>"],
        "subject": "名古屋会場 会場案内・駐車場のご案内",
        "body": """丹羽様

お世話になっております。日の出産業の三枝です。
お問い合わせいただいた会場案内図と駐車場のご案内を
ZIPにまとめてお送りします（パスワードはかけておりません）。

三枝
""",
        "attachments": [
            {"kind": "zip", "name": "nagoya_kaijo_annai.zip",
             "files": [
                 {"kind": "pdf", "name": "会場案内図.pdf",
                  "lines": ["さくらホテル名古屋 2F「葵の間」", "名古屋駅 太閤通口より徒歩5分",
                            "愛知県名古屋市中村区椿町1-8"]},
                 {"kind": "docx", "name": "駐車場のご案内.docx",
                  "paragraphs": ["ホテル地下駐車場（120台）をご利用いただけます。",
                                 "駐車券を受付にご提示いただければ、4時間まで無料となります。"]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Unencrypted ZIP of venue maps and parking information to one dealer contact.",
    },
    {
        "id": "shinseihin-096",
        "charset": "shift_jis",
        "sender": "蓮見 千景 <hasumi.chikage@hinode-sangyo.co.jp>",
        "to": ["odagiri.ken@hinode-sangyo.co.jp"],
        "cc": ["hinshitsu@mail.hinode-sangyo.co.jp"],
        "subject": "モニター期間中の体調に関するご連絡まとめ",
        "body": """小田切さん、品質保証部の皆さん

お疲れさまです。蓮見です。
モニター期間中にお客様から体調に関するご連絡があった件をまとめました。
いずれも因果関係は不明ですが、品質保証部で記録をお願いします。

・畠中 房子 様（A-0217）心臓ペースメーカー使用中、動悸の訴え
・十河 俊介 様（G-0034）2型糖尿病で通院中、血糖値への影響を心配
・眞鍋 ゆい 様（G-0033）大麦でじんましん、皮膚科受診（軽症）
・嘉数 まどか 様（G-0035）妊娠中、食物繊維の摂取量について質問

社外への共有は不要です。
蓮見
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Named monitors' health conditions, but only internal recipients (including an internal subdomain).",
    },
    {
        "id": "shinseihin-097",
        "charset": "utf-8",
        "sender": "宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>",
        "to": ["柘植 <tsuge@sakura-hotel.jp>"],
        "subject": "Fwd: 食品メディア試食会 出席者確定",
        "body": """柘植様

お世話になっております。日の出産業の宮園です。
12/2 の試食会（「萩の間」）の出席者が確定したと、代理店から連絡がありました。
そのまま転送いたしますので、受付とお席の準備にご利用ください。

宮園

---------- Forwarded message ---------
From: 須藤 隆史 <sudo@hitotoki-pr.jp>
Date: 2026年11月30日(月) 18:22
Subject: 食品メディア試食会 出席者確定
To: 柚木 拓海 <yuzuki.takumi@hinode-sangyo.co.jp>, 宮園 葉月 <miyazono.hazuki@hinode-sangyo.co.jp>

柚木様、宮園様

試食会の出席者が確定しました（6名）。

1. 百目鬼 葵（フードビジネスニュース） domeki@food-biz-news.jp / 070-4412-8850
2. 祝 千尋（暮らしノート） hori.chihiro@kurashi-note.jp / 080-9124-3362
3. 能美 沙耶香（おうちごはん通信） nomi@ouchigohan.jp / 090-5517-2096
4. 東雲 まりえ（たべこみ） shinonome@tabekomi.jp / 070-2238-9104
5. 八重樫 優（食と健康ジャーナル） yaegashi@shoku-kenko.jp / 090-8872-4415
6. 松浦 明日香（フリー） writer.asuka.m@gmail.com / 080-5529-6613

ひととき広報 須藤
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Forward of the PR agency's six-journalist list with e-mails and mobiles: new text to the hotel.",
    },
    {
        "id": "shinseihin-098",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <saotome.rena@hinode-sangyo.co.jp>",
        "to": ["白鳥 <shiratori@prism-pr.co.jp>", "柘植 <tsuge@sakura-hotel.jp>"],
        "cc": ["ashikari.shingo@hinode-sangyo.co.jp"],
        "subject": "RE: 前日リハーサルの進行について",
        "body": """白鳥様、柘植様

お二方ともご調整ありがとうございます。早乙女です。
リハーサルは 11/17（火）16:00〜18:00 で確定とさせてください。
音響・照明のご担当の方も16:00にお入りいただけると助かります。

早乙女

> From: 柘植 <tsuge@sakura-hotel.jp>
> 17日は15時まで別のご宴会が入っておりますので、16時以降であれば
> 桜の間をご利用いただけます。
>
> From: 白鳥 <shiratori@prism-pr.co.jp>
> 前日リハーサルは2時間ほど見ていただければ十分です。
> 司会者は15:30に会場入りします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Reply-all to the PR agency and the hotel: two external organisations, nothing personal.",
    },
    {
        "id": "shinseihin-099",
        "charset": "utf-8",
        "sender": "日の出産業 モニター事務局 <monitor@hinode-sangyo.co.jp>",
        "to": ["chisato.nagura@icloud.com"],
        "subject": "【日の出産業】HK-A50 モニターお申込み受付のお知らせ",
        "body": """名倉 千里 様

このたびは HK-A50 モニターにお申込みいただき、誠にありがとうございます。
以下の内容でお申込みを受け付けました。

────────────────────
受付番号　：A-0388
お名前　　：名倉 千里（ナグラ チサト）
生年月日　：1991年2月8日
ご住所　　：〒604-8005 京都府京都市中京区恵比須町534-2
お電話番号：090-4418-2276
────────────────────

当選者の発表は、12月11日（金）の商品発送をもって代えさせていただきます。
内容に誤りがある場合は、本メールにご返信ください。

日の出産業株式会社 モニター事務局
※本メールは送信専用アドレスではありません。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "Application receipt echoing one applicant's own details to her own free-mail address.",
    },
    {
        "id": "shinseihin-100",
        "charset": "shift_jis",
        "sender": "井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>",
        "to": ["ホシノ電化 星野様 <hoshino.y@hoshino-denka.jp>"],
        "subject": "Re: 説明会欠席のご連絡",
        "body": """星野様

ご丁寧にご連絡いただき、ありがとうございます。井ノ口です。
ご欠席の件、承知いたしました。当日の資料は後日お送りいたします。
代わりにご参加いただく鬼頭様にもよろしくお伝えください。

井ノ口

-----Original Message-----
From: 星野 勇人 <hoshino.y@hoshino-denka.jp>
Sent: Monday, December 7, 2026 9:02 AM
To: 井ノ口 大輔 <inokuchi.daisuke@hinode-sangyo.co.jp>
Subject: 説明会欠席のご連絡

井ノ口様

明日の説明会ですが、弊社の廿楽が急性胃腸炎で昨夜から入院しており、
欠席させていただきます。代わりに鬼頭が参加いたします。
直前のご連絡となり申し訳ございません。

ホシノ電化 星野
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The staff member's hospitalisation is only in the quoted original from the recipient; new text has no health data.",
    },
]
