"""Blind corpus for the area shashinsatsuei (写真・映像撮影): Hinode Sangyo's photo and video production mail — staff portraits for the corporate website, model releases and model agencies, freelance photographers and studios, event photography and filming, stock-image licensing and rights, and retouching requests — written blind from BRIEF.md (and the names in SPEC.md) without reading mailguard's code; 100 messages, about a third that must stop and the rest ordinary or near-the-line mail that must go."""

from build import card_number, my_number

SEED = 62001

_ZEN = str.maketrans("0123456789", "０１２３４５６７８９")

MESSAGES = [
# ---------------------------------------------------------------- 001-010
{
    "id": "shashinsatsuei-001",
    "charset": "iso-2022-jp",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["スタジオ奏 宮城様 <miyagi@studio-kanade.co.jp>"],
    "subject": "社員ポートレート撮影のお見積りのお願い",
    "body": """株式会社スタジオ奏
制作部 宮城 玲奈 様

いつもお世話になっております。
日の出産業株式会社 広報部の藤枝でございます。

来期のコーポレートサイト刷新にあわせ、役員および管理職の
プロフィール写真を一新したく、撮影のお見積りをお願いできますでしょうか。

【概要】
　・撮影対象：役員 6名、部長職 14名（計 20名程度）
　・撮影場所：弊社本社 8階 会議室（出張撮影を希望）
　・撮影日　：11月中旬の平日 1日（午前・午後の2枠）
　・カット数：お一人あたり バストアップ2カット（背景グレー／白）
　・納品形式：JPEG（長辺 4000px 以上）＋ Web用リサイズ版
　・レタッチ：肌の軽微な補正、背景の色味統一まで

照明機材の持ち込み可否や、会議室の広さ（約 40㎡）で足りるかも
あわせてご教示いただけますと幸いです。
11月1日（金）頃までにお見積りをいただけると大変助かります。

何卒よろしくお願い申し上げます。

――――――――――――――――――――
日の出産業株式会社　広報部 宣伝課
藤枝 真琴（ふじえだ まこと）
〒141-0032 東京都品川区大崎3-7-12 日の出ビル
TEL 03-5719-4420（代表）／内線 2316
fujieda.makoto@hinode-sangyo.co.jp
――――――――――――――――――――
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary request for a quotation to a studio; only the sender's signature",
},
{
    "id": "shashinsatsuei-002",
    "charset": "cp932",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["南雲 亜希子 <nagumo@webcraft-nagi.co.jp>"],
    "subject": "社員紹介ページ用データ送付の件",
    "body": """ウェブクラフト凪
南雲様

お世話になっております。日の出産業 Webチームの五十嵐です。

先日の打ち合わせでお話しした「社員紹介」ページの掲載データを
CSVでお送りします。写真ファイルは撮影後に別途お渡しします。
誕生日の欄はプロフィールの「誕生日」表示用です（年は非表示にする想定）。

ご確認のほどよろしくお願いいたします。

--
五十嵐 ひかり
日の出産業株式会社 広報部 Webチーム
TEL 03-5719-4431
""",
    "attachments": [
        {"kind": "csv", "name": "shain_shokai_data.csv", "encoding": "cp932", "rows": [
            ["氏名", "ふりがな", "部署", "入社年", "メールアドレス", "生年月日", "ひとこと"],
            ["長谷部 悠真", "はせべ ゆうま", "営業第一部", "2016", "hasebe.yuma@hinode-sangyo.co.jp", "1991/05/14", "週末は釣りに行きます"],
            ["宍戸 千尋", "ししど ちひろ", "経理部", "2019", "shishido.chihiro@hinode-sangyo.co.jp", "1995/11/02", "猫を2匹飼っています"],
            ["百瀬 航", "ももせ わたる", "物流企画部", "2012", "momose.wataru@hinode-sangyo.co.jp", "1987/03/27", "社内フットサル部部長"],
            ["唐沢 美咲", "からさわ みさき", "人事部", "2021", "karasawa.misaki@hinode-sangyo.co.jp", "1998/08/19", "パン作りが趣味です"],
            ["漆原 剛", "うるしばら つよし", "情報システム部", "2009", "urushibara.tsuyoshi@hinode-sangyo.co.jp", "1983/12/05", "子育て奮闘中"],
            ["相楽 つばさ", "さがら つばさ", "営業第二部", "2020", "sagara.tsubasa@hinode-sangyo.co.jp", "1997/06/30", "旅行が好きです"],
            ["二階堂 葵", "にかいどう あおい", "広報部", "2018", "nikaido.aoi@hinode-sangyo.co.jp", "1993/02/11", "カメラ歴10年"],
            ["熊谷 隼人", "くまがい はやと", "製造管理部", "2015", "kumagai.hayato@hinode-sangyo.co.jp", "1989/09/23", "マラソンに挑戦中"],
        ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: CSV of 8 employees with e-mail and date of birth to an outside web agency",
},
{
    "id": "shashinsatsuei-003",
    "charset": "iso-2022-jp",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["榊原 智也 <sakakibara@aozora-eizo.co.jp>"],
    "subject": "Re: 撮影スタジオ候補について",
    "body": """青空映像制作
榊原様

お世話になっております。日の出産業の小野寺です。
ご依頼のありました、弊社でこれまで利用したことのある都内のスタジオを
一覧にしました。採用動画のインタビューカット用にご検討ください。

スタジオ名              所在地                          電話            備考
----------------------  ------------------------------  --------------  ----------------
スタジオ奏 大崎        東京都品川区大崎2-14-6          03-5437-2210    白ホリ 60㎡
ルミエール代官山        東京都渋谷区猿楽町18-3          03-6416-8802    自然光
ハーバースタジオ芝浦    東京都港区芝浦4-9-21            03-3452-7715    駐車場 3台
スタジオ燈 中野          東京都中野区新井1-30-4          03-5318-6640    キッチンスタジオ
フォトベース木場        東京都江東区木場5-2-17          03-5620-9931    天井高 5m
アトリエ楓 三鷹          東京都三鷹市下連雀3-11-8        0422-47-3350    一軒家スタジオ

料金はいずれも平日 1日 8時間の目安で 8万〜15万円程度でした。
ご不明点あればお気軽にどうぞ。

小野寺 彩花
日の出産業株式会社 広報部
03-5719-4420（代表）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of businesses (studios with addresses and switchboards), not people",
},
{
    "id": "shashinsatsuei-004",
    "charset": "utf-8",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["真壁 颯 <hayate.makabe.photo@gmail.com>",
           "甲斐田 ゆかり <kaida_yukari@yahoo.co.jp>",
           "汐見 蒼 <aoi.shiomi@icloud.com>"],
    "subject": "創業70周年記念式典 撮影分担のご相談",
    "body": """真壁様、甲斐田様、汐見様

いつもお世話になっております。日の出産業 広報部の鶴巻です。
12月6日（土）の創業70周年記念式典では、3名の皆さまに撮影をお願いいたします。
分担案は以下のとおりです。

・真壁様：式典本編（ステージ、来賓祝辞、表彰）
・甲斐田様：受付・ロビー、懇親会の歓談スナップ
・汐見様：集合写真（役員・来賓）、記念展示ブース

集合は当日 12:30、会場はさくらホテル 2F「桜の間」です。
入館証は当日受付でお渡しします。機材搬入は地下駐車場の搬入口をご利用ください。

ご都合の悪い点があれば、11月20日までにご返信ください。
どうぞよろしくお願いいたします。

鶴巻 正臣
日の出産業株式会社 広報部 課長
TEL 03-5719-4420 / 内線 2301
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "visible parties: three freelance photographers (private persons) in To can see each other's addresses",
},
{
    "id": "shashinsatsuei-005",
    "charset": "cp932",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["久我 透 <kuga@lumiere-photo.jp>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "body": """ルミエール写真事務所
久我 透 様

いつもお世話になっております。日の出産業の藤枝です。

来春発売予定の新製品の撮影をお願いするにあたり、
弊社法務より秘密保持契約書の案が届きましたのでお送りします。
発表前の製品画像を扱っていただくため、撮影データの保管方法と
SNS等への掲載制限について条項を設けております。

内容をご確認のうえ、修正のご希望があれば今月末までにお知らせください。
問題なければ、2部製本のうえ郵送いたします。

よろしくお願いいたします。

日の出産業株式会社 広報部 宣伝課
藤枝 真琴
〒141-0032 東京都品川区大崎3-7-12
TEL 03-5719-4420
""",
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書_案_ルミエール写真事務所.docx",
         "title": "秘密保持契約書（案）",
         "paragraphs": [
             "秘密保持契約書（案）",
             "日の出産業株式会社（以下「甲」という。）とルミエール写真事務所（以下「乙」という。）は、甲が乙に委託する製品撮影業務（以下「本業務」という。）に関し、以下のとおり秘密保持契約を締結する。",
             "第1条（秘密情報）本契約において秘密情報とは、本業務に関連して甲が乙に開示した製品の外観、仕様、発売時期その他一切の情報、及び本業務により生じた撮影データをいう。",
             "第2条（秘密保持義務）乙は、秘密情報を本業務の目的以外に使用せず、甲の事前の書面による承諾なく第三者に開示又は漏えいしてはならない。",
             "第3条（撮影データの管理）乙は、撮影データを暗号化された記録媒体又はアクセス制限のある保存領域に保管し、納品後90日以内に消去する。",
             "第4条（SNS等への掲載）乙は、甲が製品を公式に発表するまで、撮影データ及び撮影現場の写真をウェブサイト、SNS、作品集等に掲載してはならない。",
             "第5条（有効期間）本契約の有効期間は締結日から2年間とする。",
             "以上、本契約締結の証として本書2通を作成し、甲乙記名押印の上、各1通を保有する。",
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with an NDA draft attached; no marking, no personal data",
},
{
    "id": "shashinsatsuei-006",
    "charset": "iso-2022-jp",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["真壁 颯 <hayate.makabe.photo@gmail.com>"],
    "subject": "【ご案内】11/14 北関東営業所 竣工式の撮影について",
    "body": """真壁 颯 様

お世話になっております。日の出産業 広報部の小野寺です。
先日はお電話でありがとうございました。竣工式の撮影について、
当日の流れをご案内いたします。

■日時　11月14日（木）9:30 集合（式典 10:30〜11:30）
■場所　日の出産業 北関東営業所（栃木県宇都宮市平出工業団地 内）
　　　　※最寄りは JR宇都宮駅、タクシーで約20分
■内容　神事（修祓・玉串奉奠）、テープカット、施設見学、集合写真
■納品　式典翌週中に、セレクト済み 150枚程度をオンラインで

神事の最中はフラッシュ不可とのことです。
駐車場は営業所正面の来客用をお使いください。
ご請求書は従来どおり、撮影月末締めでお送りいただければ結構です。

どうぞよろしくお願いいたします。

日の出産業株式会社
広報部　小野寺 彩花
TEL：03-5719-4420（代表）
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (freelance photographer); ordinary event briefing",
},
{
    "id": "shashinsatsuei-007",
    "charset": "utf-8",
    "sender": "Makoto Fujieda <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["PixBank Licensing <licensing@pixbank-images.com>"],
    "subject": "Order for extended licences - card payment details",
    "body": """Dear PixBank Licensing team,

We would like to purchase Extended Licences for the following images, to be
used on our corporate website and in our printed company brochure (print run
about 12,000 copies):

  PB-2284719  "Aerial view of container port at dusk"
  PB-3301562  "Warehouse worker scanning parcels"
  PB-1975530  "Team meeting in modern office"

Your online checkout keeps rejecting our card, so as advised by your support
desk I am sending the payment details by e-mail:

  Card holder : MAKOTO FUJIEDA (Hinode Sangyo Co., Ltd.)
  Card number : %s
  Expiry      : 08/28
  Billing address: 3-7-12 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan

Please send the invoice and the licence certificates to this address.

Best regards,

Makoto Fujieda
Advertising Section, Public Relations Dept.
Hinode Sangyo Co., Ltd.
Tel +81-3-5719-4420
""" % card_number(SEED + 11),
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "identifier: a full credit card number sent to a stock photo agency",
},
{
    "id": "shashinsatsuei-008",
    "charset": "utf-8",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["入江 大輔 <irie@retouch-lab.jp>"],
    "subject": "製品カット レタッチ依頼（第3弾・24点）",
    "body": """株式会社レタッチラボ
入江様

いつもお世話になっております。日の出産業 藤枝です。
カタログ用製品カットのレタッチを追加でお願いいたします。
対象ファイルと指示は添付の一覧にまとめました（24点）。

・ゴミ取り／映り込み除去は全カット共通
・色はカラーチャート（C-03）基準でお願いします
・背景の切り抜きは「切抜」列に〇のものだけ
・納期：11/8（金）17時、いつもの共有フォルダにアップロード

よろしくお願いします。

藤枝
--
日の出産業株式会社 広報部 宣伝課
03-5719-4420
""",
    "attachments": [
        {"kind": "xlsx", "name": "retouch_list_vol3.xlsx", "title": "レタッチ指示一覧",
         "sheets": {
             "指示一覧": [
                 ["レタッチ指示一覧（第3弾）", "", "", "", ""],
                 ["No.", "ファイル名", "品番", "切抜", "指示"],
                 [1, "HS_PD_0301.tif", "HX-220A", "〇", "天面の反射を弱める"],
                 [2, "HS_PD_0302.tif", "HX-220A", "", "ラベル部のシワ除去"],
                 [3, "HS_PD_0305.tif", "HX-220B", "〇", "側面の傷（右下）除去"],
                 [4, "HS_PD_0311.tif", "KT-75", "〇", "影を自然に残す"],
                 [5, "HS_PD_0312.tif", "KT-75", "", "背景グラデーション調整"],
                 [6, "HS_PD_0318.tif", "KT-90", "〇", "ケーブルの映り込み除去"],
                 [7, "HS_PD_0320.tif", "PL-12", "", "色味をチャート基準に"],
                 [8, "HS_PD_0324.tif", "PL-12", "〇", "ネジ頭の汚れ除去"],
                 [9, "HS_PD_0327.tif", "PL-18", "〇", "ロゴ部の色浮き補正"],
                 [10, "HS_PD_0331.tif", "PL-18", "", "全体をやや明るく"],
             ],
             "納品仕様": [
                 ["項目", "内容"],
                 ["形式", "TIFF 16bit / AdobeRGB + JPEG sRGB"],
                 ["解像度", "350dpi（A4 原寸）"],
                 ["ファイル名", "元ファイル名_r1"],
             ],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "retouching request for product photos with file names and product codes; no people",
},
{
    "id": "shashinsatsuei-009",
    "charset": "cp932",
    "sender": "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["入江 大輔 <irie@retouch-lab.jp>"],
    "subject": "役員ポートレート レタッチのご相談（取締役 分）",
    "body": """レタッチラボ 入江様

お世話になっております。日の出産業 広報部の二階堂です。
先週撮影した役員ポートレートのうち、取締役 生産本部長 笹森 英樹 の
カット（HS_EX_0112〜0118）について、個別にご相談です。

笹森は昨年 心臓のバイパス手術を受けており、シャツの襟元から
胸の手術痕が少し見えてしまっています。本人の希望もあり、
痕が目立たないよう自然に修正していただけますでしょうか。
あわせて、服薬の影響で顔のむくみが出ている時期の撮影だったため、
フェイスラインも控えめに整えていただけると助かります。

他の役員と同じく、肌の補正は「軽め」でお願いします。
納期は他カットと同じく 11/12 で問題ありません。

二階堂 葵
日の出産業株式会社 広報部
内線 2322
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named director's heart surgery and medication told to an outside retoucher",
},
{
    "id": "shashinsatsuei-010",
    "charset": "iso-2022-jp",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["早乙女 理沙 <saotome@hoshizora-models.co.jp>"],
    "subject": "Re: 会社案内パンフレット モデル候補のご提案",
    "body": """早乙女様

ご提案ありがとうございました。社内で検討し、
A案の 水無瀬様・羽生様・日向様 の3名でお願いしたいと思います。
撮影日は12月3日（火）で、仮押さえをお願いできますでしょうか。
衣装は前回と同じく、弊社で作業着とオフィスカジュアルを用意します。

藤枝

> 日の出産業株式会社
> 藤枝様
>
> いつもお世話になっております。星空モデルエージェンシーの早乙女です。
> 会社案内パンフレットのモデル候補をご提案いたします。
>
> ＜A案＞
> 水無瀬 さくら　26歳　163cm　090-4417-2083　東京都世田谷区
> 羽生 蓮　　　　31歳　178cm　080-3321-9046　神奈川県川崎市
> 日向 美月　　　24歳　160cm　070-1185-4420　東京都練馬区
> ＜B案＞
> 雨宮 陸　　　　29歳　176cm　090-7702-3318　埼玉県さいたま市
> 宇喜多 紗良　　27歳　165cm　080-6634-1507　東京都杉並区
> 仁科 大和　　　33歳　181cm　090-2258-0964　千葉県船橋市
>
> いずれも 12月上旬は空きがございます。
> ご検討のほどよろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-model list is only quoted from the agency's own mail; new text names three models without data",
},
# ---------------------------------------------------------------- 011-020
{
    "id": "shashinsatsuei-011",
    "charset": "utf-8",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>"],
    "subject": "FW: 【星空】12/3 撮影 出演モデル確定のご連絡",
    "body": """宮城様

お世話になっております。日の出産業の藤枝です。
12/3 の撮影に出演するモデルが確定しましたので、事務所からの連絡を転送します。
当日の入り時間の調整は、各モデルに直接ご連絡いただいて構いません。

藤枝

---------- Forwarded message ----------
From: 早乙女 理沙 <saotome@hoshizora-models.co.jp>
To: 藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>
Subject: 【星空】12/3 撮影 出演モデル確定のご連絡

藤枝様

12/3（火）の撮影、以下6名で確定となりました。
当日は各自で現場入りいたします。

【1】水無瀬 さくら（みなせ さくら）
　生年月日：1998年7月9日　身長163cm
　携帯：090-4417-2083
　住所：東京都世田谷区桜新町2-18-5 メゾン桜新町203

【2】羽生 蓮（はにゅう れん）
　生年月日：1993年1月22日　身長178cm
　携帯：080-3321-9046
　住所：神奈川県川崎市中原区木月4-7-11

【3】日向 美月（ひなた みづき）
　生年月日：2000年4月3日　身長160cm
　携帯：070-1185-4420
　住所：東京都練馬区豊玉北5-22-9

【4】雨宮 陸（あまみや りく）
　生年月日：1995年10月15日　身長176cm
　携帯：090-7702-3318
　住所：埼玉県さいたま市浦和区常盤6-3-14

【5】宇喜多 紗良（うきた さら）
　生年月日：1997年3月8日　身長165cm
　携帯：080-6634-1507
　住所：東京都杉並区阿佐谷南1-9-2

【6】仁科 大和（にしな やまと）
　生年月日：1991年12月28日　身長181cm
　携帯：090-2258-0964
　住所：千葉県船橋市本町7-1-30

よろしくお願いいたします。
星空モデルエージェンシー　早乙女
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: forward of six models' birth dates, mobiles and home addresses to a studio (a forward is new text)",
},
{
    "id": "shashinsatsuei-012",
    "charset": "utf-8",
    "sender": "Makoto Fujieda <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["PixBank Licensing <licensing@pixbank-images.com>"],
    "subject": "Question on licence scope for images PB-2284719 and PB-3301562",
    "body": """Hello,

We hold Standard Licences (order no. PBO-7719-2031, purchased 14 March) for
two of your images:

  - PB-2284719  Aerial view of container port at dusk
  - PB-3301562  Warehouse worker scanning parcels

We are now planning to use them in (a) a 30-second recruitment video shown on
YouTube and at job fairs, and (b) printed trade-show banners of about 2 x 3 m.

Could you tell us whether these uses are covered by the Standard Licence, or
whether we need to upgrade to the Extended Licence? If an upgrade is needed,
please quote the price per image. Also, PB-3301562 shows a person: is a model
release on file for that image?

Thank you in advance.

Kind regards,
Makoto Fujieda
Hinode Sangyo Co., Ltd. | Public Relations
3-7-12 Osaki, Shinagawa-ku, Tokyo 141-0032 | +81-3-5719-4420
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "image-licensing question with order number and image IDs; ordinary",
},
{
    "id": "shashinsatsuei-013",
    "charset": "iso-2022-jp",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    "subject": "会社案内2025 差し替え写真のご送付",
    "body": """錦印刷株式会社
営業部 御中

いつもお世話になっております。日の出産業 広報部の小野寺です。
会社案内2025 の P.6〜7「工場紹介」の写真を差し替えます。
新しい写真は下記URLからダウンロードをお願いいたします（7日間有効）。

https://files.hinode-sangyo.co.jp/share/k2025-p6p7

・P6 上段：HS_FC_0221.jpg（幅いっぱい）
・P6 下段：HS_FC_0234.jpg
・P7 右：HS_FC_0240.jpg（トリミングはお任せします）

色校は来週水曜にいただけると助かります。
よろしくお願いいたします。

小野寺 彩花
日の出産業株式会社 広報部
TEL 03-5719-4420
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: nishiki-insatu.co.jp drops a letter of partner nishiki-insatsu.co.jp",
},
{
    "id": "shashinsatsuei-014",
    "charset": "utf-8",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["南雲 亜希子 <nagumo@webcraft-nagi.co.jp>"],
    "subject": "写真素材の棚卸し結果（サイトリニューアル用）",
    "body": """南雲様

お世話になっております。日の出産業の五十嵐です。
サイトリニューアルに向けて、社内の写真素材を棚卸ししました。
集計結果を添付します。カテゴリ別の点数と、権利状況の内訳です。

要点だけ抜き出すと：
　・総点数 4,812点（うち人物入り 1,406点）
　・モデルリリース取得済み 1,122点／未取得・不明 284点
　・ストックフォト 312点（うちライセンス期限切れ 41点）

未取得・不明の人物入り写真は、新サイトでは使用しない方針です。

五十嵐
""",
    "attachments": [
        {"kind": "xlsx", "name": "写真素材棚卸し_集計.xlsx", "title": "写真素材棚卸し",
         "sheets": {
             "カテゴリ別": [
                 ["写真素材 棚卸し集計（2024年10月末時点）"],
                 ["カテゴリ", "点数", "人物入り", "自社撮影", "ストック"],
                 ["製品", 1820, 96, 1790, 30],
                 ["工場・倉庫", 1104, 388, 1011, 93],
                 ["オフィス", 652, 517, 560, 92],
                 ["イベント", 781, 405, 781, 0],
                 ["風景・イメージ", 455, 0, 358, 97],
                 ["合計", 4812, 1406, 4500, 312],
             ],
             "権利状況": [
                 ["区分", "点数"],
                 ["モデルリリース取得済み", 1122],
                 ["社員（同意書あり）", 201],
                 ["未取得・不明", 83],
                 ["ストック：有効", 271],
                 ["ストック：期限切れ", 41],
             ],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "statistics only: counts of photo assets by category and rights status",
},
{
    "id": "shashinsatsuei-015",
    "charset": "cp932",
    "sender": "鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>",
    "to": ["宇佐美 <usami@kaikei-takemura.jp>"],
    "subject": "報酬・料金等の支払調書 作成資料（撮影委託分）",
    "body": """竹村会計事務所
宇佐美様

いつもお世話になっております。日の出産業 経理部の鹿島田です。
今年度の「報酬、料金、契約金及び賞金の支払調書」のうち、
写真撮影を委託しているカメラマンの分の作成資料をお送りします。
個人番号は本人から提出された番号確認書類で照合済みです。

ご確認のほどよろしくお願いいたします。

鹿島田 美穂
日の出産業株式会社 経理部
〒141-0032 東京都品川区大崎3-7-12
TEL 03-5719-4425
""",
    "attachments": [
        {"kind": "xlsx", "name": "支払調書_撮影委託_2024.xlsx",
         "sheets": {
             "支払調書データ": [
                 ["支払調書作成用データ（写真撮影委託）", "", "", "", "", ""],
                 ["支払を受ける者", "個人番号", "住所", "区分", "支払金額", "源泉徴収税額"],
                 ["真壁 颯", my_number(SEED + 1), "東京都目黒区中町1-24-7 コーポ中町105", "写真撮影料", 1284000, 160092],
                 ["甲斐田 ゆかり", my_number(SEED + 2), "神奈川県横浜市港北区日吉本町3-40-2", "写真撮影料", 742500, 75809],
                 ["汐見 蒼", my_number(SEED + 3), "東京都調布市国領町5-6-19", "写真撮影料", 563000, 57482],
             ],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "identifier: My Numbers of three freelance photographers sent to the outside accountant",
},
{
    "id": "shashinsatsuei-016",
    "charset": "utf-8",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
           "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>"],
    "cc": ["鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>"],
    "subject": "12/3 撮影 出演者連絡先（社内共有）",
    "body": """小野寺さん、二階堂さん

12/3 の撮影で、当日モデルさんに直接連絡が必要になったとき用に
連絡先をまとめておきます。社外には出さないでください。

氏名            携帯             最寄駅
--------------  ---------------  ----------
水無瀬 さくら   090-4417-2083    桜新町
羽生 蓮         080-3321-9046    元住吉
日向 美月       070-1185-4420    練馬
雨宮 陸         090-7702-3318    浦和
宇喜多 紗良     080-6634-1507    阿佐ヶ谷
仁科 大和       090-2258-0964    船橋
芦田 のぞみ(HM) 080-5290-7713    三軒茶屋
宮城 玲奈(SK)   090-6148-2205    大崎

よろしくお願いします。
藤枝
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a list of eight people's mobiles, but every recipient is internal",
},
{
    "id": "shashinsatsuei-017",
    "charset": "iso-2022-jp",
    "sender": "御子柴 遥 <mikoshiba.haruka@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>"],
    "subject": "採用パンフ撮影 当日の連絡先について",
    "body": """スタジオ奏
宮城様

お世話になっております。日の出産業 人事部の御子柴です。
明後日の採用パンフレット撮影、当日の弊社側の連絡先をお知らせします。
スタジオ到着が遅れる場合などは、こちらにご連絡ください。

　御子柴 遥（人事部・全体進行）　　　　社用携帯 080-2741-6630
　長谷部 悠真（営業第一部・出演）　　　社用携帯 080-2741-6651
　唐沢 美咲（人事部・出演／着替え補助）社用携帯 080-2741-6672

出演の2名は 9:00 にスタジオ入りします。
衣装（スーツ・作業着）はこちらで持参いたします。

よろしくお願いいたします。

御子柴 遥
日の出産業株式会社 人事部 採用グループ
TEL 03-5719-4440（直通）
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff contacts for the shoot day: under five people, may be warned",
},
{
    "id": "shashinsatsuei-018",
    "charset": "cp932",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>"],
    "subject": "新製品撮影ブリーフの送付",
    "body": """宮城様

いつもお世話になっております。日の出産業の藤枝です。
来月の新製品撮影のブリーフをお送りします。
撮影カット、背景、小物のイメージをまとめていますので、
ご確認のうえ、機材・セットのご提案をいただけますと幸いです。

藤枝 真琴
日の出産業株式会社 広報部 宣伝課
03-5719-4420
""",
    "attachments": [
        {"kind": "docx", "name": "新製品撮影ブリーフ_HX300.docx",
         "title": "新製品撮影ブリーフ HX-300",
         "page_header": "社外秘",
         "page_footer": "日の出産業株式会社 広報部　社外秘・無断転載禁止",
         "paragraphs": [
             "【社外秘】新製品 HX-300 撮影ブリーフ",
             "1. 目的：2025年4月発表予定の新型搬送ユニット HX-300 のカタログ・Web・プレスリリース用写真",
             "2. 撮影日：2024年12月10日〜11日（スタジオ奏 大崎）",
             "3. 主要カット：正面・斜め45度・側面・天面、操作パネル寄り、稼働イメージ（モデル1名）",
             "4. 背景：白ホリ、およびダークグレーのグラデーション",
             "5. 注意：試作機のため、型番プレートは撮影時にマスキングすること。発表前の情報のため撮影現場の撮影・SNS投稿は不可。",
         ],
         "tables": [[
             ["カットNo.", "内容", "用途"],
             ["C-01", "正面 全景", "カタログ表紙"],
             ["C-02", "斜め45度", "Web メインビジュアル"],
             ["C-03", "操作パネル寄り", "カタログ P3"],
             ["C-04", "稼働イメージ（モデル）", "プレスリリース"],
         ]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the attached brief is stamped 社外秘 in its header and title",
},
{
    "id": "shashinsatsuei-019",
    "charset": "utf-8",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>"],
    "cc": ["芦田 のぞみ <ashida@hm-tsumugi.jp>"],
    "subject": "12/3 撮影 ヘアメイクの入り時間と控室について",
    "body": """スタジオ奏 宮城様
（cc：ヘアメイク紬 芦田様）

お世話になっております。日の出産業の藤枝です。
12/3 の撮影について、ヘアメイクの段取りを共有します。

・ヘアメイク入り：8:00（芦田様＋アシスタント1名）
・メイクルーム：スタジオ2階の控室をお借りできますでしょうか
・モデル入り：8:30 から15分おきに1名ずつ（計6名）
・撮影開始：10:00 予定

芦田様、作業着カットではナチュラル寄り、オフィスカットは
前回の会社案内と同じトーンでお願いいたします。
宮城様、控室の電源（コテ・ドライヤー用）の容量もご確認いただけると助かります。

よろしくお願いいたします。
藤枝
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc (studio and hair-make): a normal three-way mail",
},
{
    "id": "shashinsatsuei-020",
    "charset": "iso-2022-jp",
    "sender": "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["百目鬼 栞 <shiori.domeki@gmail.com>"],
    "subject": "役員ポートレート 元データ送付（パスワード別送）",
    "body": """百目鬼 栞 様

お世話になっております。日の出産業 広報部の二階堂です。
役員ポートレートのレタッチ用元データ（RAW から書き出した TIFF）を
お送りします。ファイルはパスワード付き ZIP です。
パスワードは別のメールでお知らせいたします。

レタッチの方針は先日お送りした指示書のとおりです。
納期は 11/15（金）でお願いできればと思います。

二階堂 葵
日の出産業株式会社 広報部
""",
    "attachments": [
        {"kind": "zip", "name": "executive_portraits_tiff.zip", "password": "Hs-2411-kq7",
         "files": [
             {"kind": "png", "name": "HS_EX_0101.png"},
             {"kind": "png", "name": "HS_EX_0102.png"},
             {"kind": "txt", "name": "指示.txt", "text": "背景グレー統一。肌は軽め。"},
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "unreadable: password-protected ZIP (PPAP) to a freelance retoucher on free mail",
},
# ---------------------------------------------------------------- 021-030
{
    "id": "shashinsatsuei-021",
    "charset": "iso-2022-jp",
    "sender": "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["百目鬼 栞 <shiori.domeki@gmail.com>"],
    "subject": "パスワードのお知らせ（役員ポートレート 元データ）",
    "body": """百目鬼様

先ほどお送りしたファイルのパスワードをお知らせします。

　executive_portraits_tiff.zip
　パスワード：Hs-2411-kq7

展開できない場合はご連絡ください。
二階堂
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the separate password mail: no attachment, no personal data; one free-mail recipient",
},
{
    "id": "shashinsatsuei-022",
    "charset": "utf-8",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["錦印刷 編集制作部 <henshu@nishiki-insatsu.co.jp>"],
    "subject": "社内報「ひので」冬号 新任管理職紹介ページの原稿",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>錦印刷株式会社<br>編集制作部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 広報部の小野寺です。<br>
社内報「ひので」冬号の「新任管理職紹介」ページの掲載情報です。<br>
顔写真は本日中に共有フォルダへ格納します。ファイル名は社員番号と同じです。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde6f0"><th>社員番号</th><th>氏名</th><th>所属</th><th>役職</th><th>内線</th><th>メール</th></tr>
<tr><td>H10427</td><td>上条 亮介</td><td>営業第一部</td><td>課長</td><td>2118</td><td>kamijo.ryosuke@hinode-sangyo.co.jp</td></tr>
<tr><td>H10533</td><td>桑島 玲子</td><td>経理部</td><td>課長</td><td>2204</td><td>kuwashima.reiko@hinode-sangyo.co.jp</td></tr>
<tr><td>H10612</td><td>薬師寺 誠</td><td>生産本部</td><td>部長</td><td>3011</td><td>yakushiji.makoto@hinode-sangyo.co.jp</td></tr>
<tr><td>H10688</td><td>栗栖 美和</td><td>人事部</td><td>課長</td><td>2412</td><td>kurisu.miwa@hinode-sangyo.co.jp</td></tr>
<tr><td>H10701</td><td>岩城 翔太</td><td>物流企画部</td><td>課長</td><td>2530</td><td>iwaki.shota@hinode-sangyo.co.jp</td></tr>
<tr><td>H10745</td><td>戸叶 早苗</td><td>品質保証部</td><td>部長</td><td>3120</td><td>tokano.sanae@hinode-sangyo.co.jp</td></tr>
<tr><td>H10790</td><td>六車 大輝</td><td>情報システム部</td><td>課長</td><td>2608</td><td>muguruma.daiki@hinode-sangyo.co.jp</td></tr>
<tr><td>H10802</td><td>小此木 光</td><td>営業第二部</td><td>課長</td><td>2136</td><td>okonogi.hikaru@hinode-sangyo.co.jp</td></tr>
<tr><td>H10856</td><td>鷲見 智子</td><td>購買部</td><td>課長</td><td>2710</td><td>sumi.tomoko@hinode-sangyo.co.jp</td></tr>
<tr><td>H10901</td><td>蔵元 隆之</td><td>北関東営業所</td><td>所長</td><td>5001</td><td>kuramoto.takayuki@hinode-sangyo.co.jp</td></tr>
</table>
<p>レイアウトは秋号と同じ2段組でお願いいたします。</p>
<p>--<br>日の出産業株式会社 広報部<br>小野寺 彩花<br>TEL 03-5719-4420</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: HTML table of ten employees (staff number, extension, e-mail) to the printing partner",
},
{
    "id": "shashinsatsuei-023",
    "charset": "cp932",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["早乙女 理沙 <saotome@hoshizora-models.co.jp>"],
    "subject": "肖像使用同意書（モデルリリース）書式の送付",
    "body": """星空モデルエージェンシー
早乙女様

お世話になっております。日の出産業の藤枝です。
12/3 撮影分の肖像使用同意書（モデルリリース）の書式をお送りします。
今回から使用範囲に「動画（採用・会社紹介）」を追加しましたので、
その点をモデルの皆さまにご説明いただけますでしょうか。

署名済みの原本は撮影当日に回収させていただきます。

藤枝
日の出産業株式会社 広報部 宣伝課
""",
    "attachments": [
        {"kind": "docx", "name": "肖像使用同意書_書式_v3.docx", "title": "肖像使用同意書",
         "paragraphs": [
             "肖像使用同意書",
             "日の出産業株式会社 御中",
             "私は、貴社が撮影した私の肖像（写真・動画）を、下記の範囲で使用することに同意します。",
             "1. 使用媒体：会社案内、採用パンフレット、コーポレートサイト、採用サイト、展示会パネル、採用・会社紹介動画",
             "2. 使用期間：撮影日から5年間",
             "3. 使用地域：日本国内（ウェブサイトは全世界から閲覧可能）",
             "4. 加工：色調補正、トリミング、背景の合成を含む",
         ],
         "tables": [[
             ["撮影日", "　　年　　月　　日"],
             ["氏名（自署）", ""],
             ["住所", ""],
             ["電話番号", ""],
             ["所属事務所", ""],
             ["未成年の場合 保護者氏名", ""],
         ]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a blank model-release form: field labels only, no one's data",
},
{
    "id": "shashinsatsuei-024",
    "charset": "iso-2022-jp",
    "sender": "御子柴 遥 <mikoshiba.haruka@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>"],
    "subject": "採用サイト 社員インタビュー撮影のスタジオ設備について",
    "body": """宮城様

お世話になっております。日の出産業 人事部の御子柴です。
採用サイト用の社員インタビュー撮影の件で、事前にご相談させてください。

出演者のうち、情報システム部の漆原 剛は脊髄損傷による下肢の障害があり、
車椅子を使用しています（身体障害者手帳 1級）。
つきましては、
　・スタジオ入口から撮影フロアまで段差のない動線があるか
　・車椅子対応のお手洗いがあるか
　・座位での撮影になるため、背景紙とライトの高さを合わせていただけるか
をご確認いただけますでしょうか。

本人とは、インタビューの中で障害について触れるかどうかも含めて
相談しながら進めております。

御子柴 遥
日の出産業株式会社 人事部 採用グループ
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named employee's disability (spinal injury, disability certificate grade) told to a studio",
},
{
    "id": "shashinsatsuei-025",
    "charset": "utf-8",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["土橋 <dobashi@event-hibiki.co.jp>"],
    "subject": "地区代理店会の会場一覧（撮影手配用）",
    "body": """イベント響
土橋様

お世話になっております。日の出産業 営業企画部の鶴見です。
来年2月の地区代理店会（4会場）の会場一覧をお送りします。
各会場のカメラマン手配と、撮影可否の事前確認をお願いできますでしょうか。

鶴見 拓海
日の出産業株式会社 営業企画部
TEL 03-5719-4450
""",
    "attachments": [
        {"kind": "csv", "name": "venue_list_2025.csv", "encoding": "utf-8", "rows": [
            ["開催日", "地区", "会場", "住所", "代表電話", "会場担当部署"],
            ["2025-02-05", "北海道", "ホテル北斗 札幌", "北海道札幌市中央区北四条西5-2", "011-231-7700", "宴会営業課"],
            ["2025-02-12", "東北", "仙台グランドパレス", "宮城県仙台市青葉区一番町2-6-1", "022-264-3100", "婚礼・宴会課"],
            ["2025-02-19", "中部", "さくらホテル名古屋", "愛知県名古屋市中村区名駅3-21-8", "052-586-2200", "宴会予約"],
            ["2025-02-26", "九州", "博多ベイホテル", "福岡県福岡市博多区築港本町9-4", "092-281-5500", "セールス課"],
        ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of businesses: hotels with addresses and switchboards",
},
{
    "id": "shashinsatsuei-026",
    "charset": "cp932",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>"],
    "subject": "11/19 社員プロフィール撮影 タイムテーブル",
    "body": """宮城様

お世話になっております。日の出産業の五十嵐です。
11/19（火）のプロフィール撮影のタイムテーブルです。
お一人15分、会議室 8A にて撮影いたします。

時間         氏名          所属              役職
-----------  ------------  ----------------  ------
10:00-10:15  長谷部 悠真   営業第一部        主任
10:15-10:30  宍戸 千尋     経理部            担当
10:30-10:45  百瀬 航       物流企画部        係長
10:45-11:00  唐沢 美咲     人事部            担当
11:00-11:15  漆原 剛       情報システム部    課長代理
11:15-11:30  相楽 つばさ   営業第二部        担当
11:30-11:45  二階堂 葵     広報部            主任
11:45-12:00  熊谷 隼人     製造管理部        係長

午後は予備枠です（欠席者の振替用）。
よろしくお願いします。

五十嵐 ひかり
日の出産業株式会社 広報部 Webチーム
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "either: eight employees' names with department and title but no contact data or identifiers (a schedule, arguably a staff list)",
},
{
    "id": "shashinsatsuei-027",
    "charset": "utf-8",
    "sender": "Takumi Tsurumi <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["Olivia Hargreaves <olivia@northwind-films.com>"],
    "subject": "Re: Factory filming in March - next steps",
    "body": """Dear Olivia,

Thank you for the treatment and the revised budget. We are happy to proceed
with the 3-day shoot at our Utsunomiya plant on 11-13 March.

A few practical points:
1. Filming inside the clean room needs a safety briefing (about 40 minutes)
   on the first morning. Our plant manager will run it.
2. Drone shots over the site are possible, but the pilot must be registered
   in Japan; we suggest using our usual local operator.
3. Please avoid showing the production line for the HX-300 series, which has
   not been announced yet.

We will send the purchase order once your updated quotation (ref. NWF-Q-0319)
arrives.

Best regards,

Takumi Tsurumi
Sales Planning Dept. | Hinode Sangyo Co., Ltd.
Tel: +81-3-5719-4450 | www.hinode-sangyo.co.jp

------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
confidential information intended solely for the addressee. If you
have received this e-mail in error, please notify the sender
immediately and delete it. Any unauthorised use, disclosure or copying
is strictly prohibited.
------------------------------------------------------------------

On Mon, 4 Nov 2024 at 18:22, Olivia Hargreaves <olivia@northwind-films.com> wrote:
> Dear Takumi,
> Please find attached our treatment for the brand film and the revised
> budget (GBP 48,500 excl. travel). Let us know if we can go ahead.
> Olivia
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply with the standard confidentiality disclaimer (not a marking) and a quoted thread",
},
{
    "id": "shashinsatsuei-028",
    "charset": "cp932",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>",
           "芦田 のぞみ <ashida@hm-tsumugi.jp>",
           "早乙女 理沙 <saotome@hoshizora-models.co.jp>"],
    "cc": ["南雲 亜希子 <nagumo@webcraft-nagi.co.jp>"],
    "subject": "【コールシート】12/3 会社案内・採用サイト 撮影",
    "body": """関係者各位

お世話になっております。日の出産業 広報部の藤枝です。
12/3（火）の撮影のコールシートを共有いたします。

■場所　スタジオ奏 大崎（東京都品川区大崎2-14-6）
■スケジュール
　08:00　ヘアメイク入り（ヘアメイク紬様）
　08:30　モデル入り（星空モデルエージェンシー様・6名）
　09:30　セッティング完了・テスト撮影
　10:00　撮影開始（作業着カット → オフィスカット）
　12:30　昼食（弁当手配済み）
　13:30　撮影再開（集合カット・Web用動画素材）
　17:00　撤収
■持ち物　作業着・ヘルメット（弊社）、オフィス小物（スタジオ奏様）
■Web素材　ウェブクラフト凪様は 13:30 より立ち会い

雨天でも実施します。ご不明点は藤枝までお願いいたします。

藤枝 真琴
日の出産業株式会社 広報部 宣伝課
TEL 03-5719-4420
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: four external organisations in To/Cc of one call sheet (should have been Bcc)",
},
{
    "id": "shashinsatsuei-029",
    "charset": "iso-2022-jp",
    "sender": "鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>",
    "to": ["桐生 雅人 <kiryu@studio-kanade.co.jp>"],
    "subject": "検収書送付およびお支払日のご連絡（請求書 SK-2410-058）",
    "body": """株式会社スタジオ奏
代表取締役 桐生 雅人 様

平素より大変お世話になっております。
日の出産業株式会社 経理部の鹿島田でございます。

10月分のご請求書（請求番号 SK-2410-058）を受領いたしました。
検収書を添付いたしますのでご査収ください。
お支払いは 11月29日（金）に、ご指定の口座へお振込みいたします。

なお、適格請求書発行事業者の登録番号は、ご請求書記載の番号で
国税庁サイトにて確認済みでございます。

今後ともよろしくお願い申し上げます。

日の出産業株式会社 経理部
鹿島田 美穂
TEL 03-5719-4425
""",
    "attachments": [
        {"kind": "pdf", "name": "検収書_SK-2410-058.pdf", "title": "検収書",
         "lines": [
             "検 収 書",
             "株式会社スタジオ奏 御中",
             "登録番号 T4013301062497",
             "下記のとおり検収いたしました。　検収日：2024年11月8日",
             "日の出産業株式会社 経理部",
         ],
         "table": [
             ["品目", "数量", "単価", "金額"],
             ["スタジオ使用料（10/15 終日）", "1", "132,000", "132,000"],
             ["カメラマン・アシスタント", "1式", "165,000", "165,000"],
             ["レタッチ（30カット）", "30", "2,200", "66,000"],
             ["小計", "", "", "363,000"],
             ["消費税（10%）", "", "", "36,300"],
             ["合計", "", "", "399,300"],
         ]},
    ],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "acceptance certificate with the studio's invoice registration (T-)number and amounts; business data only",
},
{
    "id": "shashinsatsuei-030",
    "charset": "utf-8",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    "subject": "宿泊予約（海外モデル 1名）のお願い／Reservation request",
    "body": """さくらホテル 宿泊予約係 御中

いつもお世話になっております。日の出産業 営業企画部の鶴見です。
来月の展示会ビジュアル撮影のため来日する海外モデル1名の宿泊を、
法人契約料金にてお願いいたします。チェックイン時の手続きを簡略化するため、
事前に旅券情報をお知らせいたします。

　宿泊者氏名：Elena Marchetti（エレナ・マルケッティ）
　国籍：イタリア
　生年月日：1996年5月17日
　旅券番号：YA4719283
　宿泊期間：2024年12月8日〜12月12日（4泊）
　お部屋：シングル（禁煙）
　請求先：日の出産業株式会社 営業企画部（法人請求）

お手数ですが、予約確認書をお送りいただけますでしょうか。

鶴見 拓海
日の出産業株式会社 営業企画部
TEL 03-5719-4450
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "identifier: a foreign model's passport number and date of birth sent to the hotel",
},
# ---------------------------------------------------------------- 031-040
{
    "id": "shashinsatsuei-031",
    "charset": "cp932",
    "sender": "鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>",
    "to": ["雲林院 拓 <t.ujii@outlook.jp>"],
    "subject": "RE: 個人番号のご提出について",
    "body": """雲林院 拓 様

お世話になっております。日の出産業 経理部の鹿島田です。
個人番号のご連絡、確かに受領いたしました。
社内の規程に従い、番号は経理部の限られた担当者のみが扱い、
支払調書の作成以外には使用いたしません。

なお、次回からは個人番号をメールでお送りいただくのではなく、
お渡ししている専用の返信用封筒（簡易書留）をご利用いただけますと幸いです。
お手数をおかけしますが、よろしくお願いいたします。

鹿島田 美穂
日の出産業株式会社 経理部
TEL 03-5719-4425

-----Original Message-----
From: 雲林院 拓 <t.ujii@outlook.jp>
Sent: Tuesday, November 5, 2024 9:41 PM
To: 鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>
Subject: 個人番号のご提出について

日の出産業 経理部 鹿島田様

映像撮影でお世話になっております、雲林院です。
ご依頼のありました個人番号をお知らせします。

　氏名：雲林院 拓（うじい たく）
　個人番号：%s
　住所：東京都杉並区高円寺北4-11-3

よろしくお願いします。
""" % my_number(SEED + 5),
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the My Number is only in the quoted original from the recipient himself; new text has none",
},
{
    "id": "shashinsatsuei-032",
    "charset": "utf-8",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["雲林院 拓 <t.ujii@outlook.jp>"],
    "subject": "記念式典 動画撮影のカット表",
    "body": """雲林院様

お世話になっております。日の出産業の小野寺です。
12/6 の記念式典の動画撮影について、必要なカットを一覧にしました。
ダイジェスト（3分）と社内向けアーカイブ（全編）の2本を想定しています。

特に「社長挨拶」と「永年勤続表彰」は全編、固定カメラで押さえてください。
会場の電源位置は添付の最後のページに記載しています。

よろしくお願いいたします。

小野寺
""",
    "attachments": [
        {"kind": "docx", "name": "式典_動画カット表.docx", "title": "記念式典 動画カット表",
         "paragraphs": ["創業70周年記念式典 動画カット表（案）",
                        "納品：ダイジェスト 3分（MP4 / 1080p）、アーカイブ 全編",
                        "会場電源：ステージ下手 2口、後方 PA 卓横 4口"],
         "tables": [[
             ["No.", "時間", "シーン", "カメラ", "備考"],
             ["1", "13:00", "開場・受付", "手持ち", "ロビーの賑わい"],
             ["2", "13:30", "開会・社長挨拶", "固定A＋手持ち", "全編収録"],
             ["3", "13:50", "来賓祝辞", "固定A", "全編収録"],
             ["4", "14:20", "永年勤続表彰", "固定A＋手持ち", "受賞者の表情"],
             ["5", "15:00", "記念映像上映", "なし", "会場の反応のみ"],
             ["6", "16:00", "懇親会 乾杯", "手持ち", "ダイジェスト用"],
         ]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "shot list for event filming (scenes, not people) to one free-mail videographer",
},
{
    "id": "shashinsatsuei-033",
    "charset": "utf-8",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["コンテンツ審査 <review@imagestock-japan.co.jp>"],
    "subject": "写真素材 委託販売登録用 モデルリリース台帳の提出",
    "body": """イメージストック・ジャパン株式会社
コンテンツ審査ご担当者様

お世話になっております。日の出産業の藤枝です。
先日ご相談した、弊社撮影の「物流・工場」写真素材の委託販売について、
人物入りカットのモデルリリース台帳を提出いたします。
同意書原本のスキャンは別途、御社アップロード画面から登録します。

何卒よろしくお願いいたします。

藤枝 真琴
日の出産業株式会社 広報部
""",
    "attachments": [
        {"kind": "xlsx", "name": "model_release_ledger.xlsx", "title": "モデルリリース管理台帳",
         "sheets": {
             "台帳": [
                 ["モデルリリース管理台帳（物流・工場シリーズ）", "", "", "", "", "", ""],
                 ["リリースNo.", "モデル氏名", "生年月日", "住所", "電話", "署名日", "対象カット"],
                 ["MR-0419", "水無瀬 さくら", "1998-07-09", "東京都世田谷区桜新町2-18-5", "090-4417-2083", "2024-06-11", "LG-0101〜0140"],
                 ["MR-0420", "羽生 蓮", "1993-01-22", "神奈川県川崎市中原区木月4-7-11", "080-3321-9046", "2024-06-11", "LG-0141〜0175"],
                 ["MR-0421", "雨宮 陸", "1995-10-15", "埼玉県さいたま市浦和区常盤6-3-14", "090-7702-3318", "2024-06-11", "LG-0176〜0210"],
                 ["MR-0422", "宇喜多 紗良", "1997-03-08", "東京都杉並区阿佐谷南1-9-2", "080-6634-1507", "2024-06-12", "LG-0211〜0248"],
                 ["MR-0423", "仁科 大和", "1991-12-28", "千葉県船橋市本町7-1-30", "090-2258-0964", "2024-06-12", "LG-0249〜0290"],
                 ["MR-0424", "日比野 健太", "1988-04-30", "東京都大田区池上3-5-16", "080-1943-5528", "2024-06-12", "LG-0291〜0302"],
                 ["MR-0425", "陣内 千夏", "2001-09-14", "東京都板橋区常盤台2-27-8", "070-3086-1174", "2024-06-13", "LG-0303〜0331"],
                 ["MR-0426", "大鷹 伸也", "1979-11-03", "神奈川県相模原市中央区相模原5-9-1", "090-5531-8802", "2024-06-13", "LG-0332〜0350"],
             ],
             "集計": [
                 ["シリーズ", "人物入りカット数", "リリース数"],
                 ["物流・工場", 250, 8],
             ],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: model-release ledger of eight models with birth dates, addresses and phones to a stock agency",
},
{
    "id": "shashinsatsuei-034",
    "charset": "iso-2022-jp",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "subject": "12/6 記念式典 撮影スタッフの入館登録について",
    "body": """さくらホテル
宴会営業ご担当 松任谷様

いつもお世話になっております。日の出産業 広報部の鶴巻です。
12/6 の記念式典で撮影に入るスタッフ4名の入館登録をお願いいたします。
当日、機材搬入口から入館いたします。

　1. 真壁 颯（写真）　　　　 携帯 090-3871-2264
　2. 甲斐田 ゆかり（写真）　 携帯 080-4416-0937
　3. 汐見 蒼（写真）　　　　 携帯 070-2259-8813
　4. 雲林院 拓（映像）　　　 携帯 090-6604-1148

搬入車両は1台（ワンボックス、品川 300 ゆ 41-27）です。
よろしくお願いいたします。

鶴巻 正臣
日の出産業株式会社 広報部
03-5719-4420
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's mobiles for venue access: under the five-person line, may be warned",
},
{
    "id": "shashinsatsuei-035",
    "charset": "iso-2022-jp",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["久我 透 <kuga@lumiere-photo.jp>"],
    "subject": "HX-300 撮影の日程確定と撮影時のお願い",
    "body": """久我様

お世話になっております。日の出産業の藤枝です。
秘密保持契約書へのご署名ありがとうございました。
HX-300 の撮影は 12月10日・11日で確定いたしました。

発表は来年4月の予定のため、それまでは製品の存在自体が機密扱いとなります。
お手数ですが、撮影現場の様子も含めて SNS・ブログ等への投稿はお控えください。
撮影データは納品後、契約に従って消去をお願いいたします。

当日はどうぞよろしくお願いいたします。

藤枝 真琴
日の出産業株式会社 広報部 宣伝課
〒141-0032 東京都品川区大崎3-7-12
TEL 03-5719-4420

――――――――――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールを削除してくださいますようお願いいたします。
――――――――――――――――――――――――――――――――
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mentions 機密 and the NDA in running text plus the standard disclaimer: not a marking",
},
{
    "id": "shashinsatsuei-036",
    "charset": "utf-8",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>"],
    "subject": "追加撮影の希望日程表",
    "body": """宮城様

お世話になっております。日の出産業の五十嵐です。
プロフィール写真の追加撮影（欠席者分）の希望日程をエクセルにまとめました。
スタジオの空き状況とあわせてご確認いただけますでしょうか。

五十嵐
""",
    "attachments": [
        {"kind": "corrupt", "name": "追加撮影_希望日程.xlsx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the attached workbook is corrupt and cannot be inspected",
},
{
    "id": "shashinsatsuei-037",
    "charset": "cp932",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["ロケナビ 問い合わせ <info@loca-navi.jp>"],
    "subject": "ロケ地の撮影許可取得代行のご依頼",
    "body": """株式会社ロケナビ
ご担当者様

はじめてご連絡いたします。日の出産業株式会社 広報部の小野寺と申します。
採用サイト用の「社員のオフの日」風の写真撮影で、下記のカフェ・店舗での
撮影を検討しております。撮影許可の取得代行をお願いできますでしょうか。

・カフェ ラルゴ　　　　東京都目黒区自由が丘1-26-9　　 03-3718-2041
・ベーカリー麦の穂　　 東京都世田谷区奥沢5-40-3　　　 03-3720-5518
・ブックカフェ栞堂　　 東京都杉並区西荻北3-12-10　　　03-3395-7702
・珈琲店 古時計　　　　東京都武蔵野市吉祥寺本町2-8-4　0422-21-6630
・ガーデンテラス楓　　 東京都三鷹市井の頭4-1-22　　　 0422-43-9081

撮影は平日午前の2時間程度、カメラマン1名・モデル2名・スタッフ2名を想定しています。
費用感もあわせてお知らせいただけますと幸いです。

日の出産業株式会社 広報部
小野寺 彩花
TEL 03-5719-4420（代表）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of businesses (shops with addresses and phones), not people",
},
{
    "id": "shashinsatsuei-038",
    "charset": "cp932",
    "sender": "鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>",
    "to": ["宇佐美 <usami@kaikei-takemura.jp>"],
    "subject": "外注カメラマン 11月支払分の振込データ",
    "body": """竹村会計事務所
宇佐美様

いつもお世話になっております。日の出産業 経理部の鹿島田です。
11月末支払分の外注カメラマン・映像スタッフへの振込一覧をお送りします。
振込代行の手続きと、源泉徴収額のご確認をお願いいたします。

鹿島田
""",
    "attachments": [
        {"kind": "docx", "name": "外注撮影スタッフ_振込一覧_202411.docx",
         "title": "外注撮影スタッフ 振込一覧",
         "paragraphs": ["外注撮影スタッフ 振込一覧（2024年11月29日支払）"],
         "tables": [[
             ["氏名", "住所", "銀行・支店", "種別", "口座番号", "口座名義", "支払額"],
             ["真壁 颯", "東京都目黒区中町1-24-7", "みどり銀行 目黒支店", "普通", "3184027", "マカベ ハヤテ", "214,450"],
             ["甲斐田 ゆかり", "神奈川県横浜市港北区日吉本町3-40-2", "横浜みなと信用金庫 日吉支店", "普通", "0625913", "カイダ ユカリ", "127,620"],
             ["汐見 蒼", "東京都調布市国領町5-6-19", "みどり銀行 調布支店", "普通", "2279156", "シオミ アオイ", "98,010"],
             ["雲林院 拓", "東京都杉並区高円寺北4-11-3", "東都銀行 高円寺支店", "普通", "5530482", "ウジイ タク", "176,300"],
             ["百目鬼 栞", "埼玉県川口市並木2-3-15", "ゆうちょ銀行 〇一八店", "普通", "4418902", "ドウメキ シオリ", "63,810"],
             ["Lucas Bernard", "東京都港区南麻布4-2-9-301", "みどり銀行 広尾支店", "普通", "1097735", "ベルナール ルカ", "245,000"],
         ]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "list: six freelancers' home addresses and personal bank accounts to the outside accountant",
},
{
    "id": "shashinsatsuei-039",
    "charset": "cp932",
    "sender": "樋渡 健吾 <hiwatashi.kengo@hinode-sangyo.co.jp>",
    "to": ["朝日丘市 商工観光課 <shoko@city.asahigaoka.lg.jp>"],
    "subject": "市営公園におけるドローン空撮の許可について（ご相談）",
    "body": """朝日丘市 商工観光課 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 総務部の樋渡と申します。

弊社朝日丘工場（朝日丘市港南町）の会社紹介動画の撮影にあたり、
隣接する市営「みなと緑地公園」上空からドローンで工場全景を撮影したいと考えております。

　・撮影予定日：2025年1月中旬の平日（予備日あり）
　・飛行時間：午前10時〜11時のうち、合計20分程度
　・機体：DJI 社製 重量 249g 未満の機体 1機
　・操縦：空撮業者（国土交通省の飛行許可・承認取得済み）に委託
　・公園利用者の上空は飛行せず、補助者2名を配置

公園の使用許可申請の要否と、必要な書類をご教示いただけますでしょうか。
申請様式がございましたら、あわせてお送りいただけますと幸いです。

日の出産業株式会社 総務部
樋渡 健吾
〒141-0032 東京都品川区大崎3-7-12
TEL 03-5719-4410
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary inquiry to a city office about drone filming permission",
},
{
    "id": "shashinsatsuei-040",
    "charset": "iso-2022-jp",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>"],
    "bcc": ["hayate.makabe.photo@gmail.com", "kaida_yukari@yahoo.co.jp",
            "aoi.shiomi@icloud.com", "kuga@lumiere-photo.jp",
            "miyagi@studio-kanade.co.jp", "sakakibara@aozora-eizo.co.jp"],
    "subject": "【ご案内】2025年度 撮影業務の年間契約 企画提案のお願い",
    "body": """カメラマン・制作会社の皆さま

（本メールは関係各位に BCC でお送りしております）

平素より弊社の撮影業務にご協力いただき、誠にありがとうございます。
日の出産業株式会社 広報部の鶴巻です。

2025年度より、広報部の撮影業務（製品・イベント・社員ポートレート・動画）の
一部を年間契約とする予定です。つきましては、下記の要領で企画提案を募集いたします。

　・提案締切：2025年1月17日（金）
　・提出方法：本メールへのご返信（PDF 10MB まで）
　・内容　　：体制、年間費用の目安、過去の実績3件程度
　・説明会　：12月18日（水）15時〜 オンライン（URL は別途ご案内）

ご不明な点は鶴巻までお問い合わせください。

日の出産業株式会社 広報部 課長
鶴巻 正臣
TEL 03-5719-4420 / 内線 2301
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "external recipients in Bcc only (proper handling); free-mail addresses among them",
},
# ---------------------------------------------------------------- 041-050
{
    "id": "shashinsatsuei-041",
    "charset": "utf-8",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["宴会営業 松任谷様 <banquet@sakura-hote1.jp>"],
    "subject": "12/6 記念式典 会場内の撮影・照明機材の持ち込みについて",
    "body": """さくらホテル 宴会営業
松任谷様

いつもお世話になっております。日の出産業の鶴巻です。
12/6 の記念式典につきまして、撮影機材の持ち込みについて確認させてください。

1. ステージ正面にカメラ用のひな壇（1.8m×0.9m、高さ40cm）を設置してよいか
2. 照明スタンド2本（LED、合計 600W）を桜の間の後方に立ててよいか
3. 天井の吊り物（バトン）にワイヤレスマイクの受信機を固定してよいか

可否とあわせて、電源の追加申込が必要でしたらお見積りをお願いいたします。

鶴巻 正臣
日の出産業株式会社 広報部 課長
TEL 03-5719-4420
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: sakura-hote1.jp uses the digit 1 for the l of partner sakura-hotel.jp",
},
{
    "id": "shashinsatsuei-042",
    "charset": "iso-2022-jp",
    "sender": "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["機材レンタル受付 <order@kizai-rental.co.jp>"],
    "subject": "機材レンタル発注（11/19 使用分）注文書番号 HS-RT-2411-07",
    "body": """株式会社機材レンタル 受付ご担当者様

いつもお世話になっております。日の出産業 広報部の二階堂です。
11/19 のプロフィール撮影で使用する機材を発注いたします。
注文書を添付いたしますので、ご手配をお願いいたします。

受取：11/18（月）16時以降 弊社本社1階 受付
返却：11/20（水）午前中 集荷希望

二階堂 葵
日の出産業株式会社 広報部
TEL 03-5719-4420（内線 2322）
""",
    "attachments": [
        {"kind": "pdf", "name": "注文書_HS-RT-2411-07.pdf", "title": "注文書",
         "lines": ["注 文 書　No. HS-RT-2411-07",
                   "株式会社機材レンタル 御中",
                   "日の出産業株式会社 広報部（発注者）",
                   "使用期間：2024年11月18日〜11月20日（2泊3日）"],
         "table": [
             ["品番", "品名", "数量", "単価/日", "日数", "金額"],
             ["PF-B10", "プロフォト B10 ストロボ", "3", "4,500", "3", "40,500"],
             ["SB-120", "ソフトボックス 120cm", "2", "1,200", "3", "7,200"],
             ["BG-GR2", "背景紙 グレー 2.7m", "1", "2,000", "3", "6,000"],
             ["LS-300", "ライトスタンド", "4", "500", "3", "6,000"],
             ["", "", "", "", "小計", "59,700"],
             ["", "", "", "", "消費税", "5,970"],
             ["", "", "", "", "合計", "65,670"],
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "equipment rental order with product codes and order number; no people",
},
{
    "id": "shashinsatsuei-043",
    "charset": "utf-8",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["仕出し弁当 花火 <order@bento-hanabi.co.jp>"],
    "subject": "12/9 展示会ビジュアル撮影 ロケ弁の手配について",
    "body": """仕出し弁当 花火 ご担当者様

いつもお世話になっております。日の出産業 営業企画部の鶴見です。
12/9（月）のスタジオ撮影のお弁当（昼 12食）を注文いたします。

1点ご相談がございます。出演モデルのうち、マレーシア出身の
アイシャ・ラフマンさんはイスラム教徒のため、豚肉・アルコール
（みりん・料理酒を含む）を使わないハラール対応のお食事を
1食ご用意いただけないでしょうか。
また、撮影中に礼拝の時間（13時頃と15時半頃）があるため、
昼食は 12:15 着でお願いできれば助かります。

配達先：スタジオ奏 大崎（東京都品川区大崎2-14-6）
お支払い：請求書払い（日の出産業 営業企画部宛）

鶴見 拓海
日の出産業株式会社 営業企画部
TEL 03-5719-4450
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named model's religion (and origin) told to a caterer",
},
{
    "id": "shashinsatsuei-044",
    "charset": "iso-2022-jp",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    "subject": "配送状況の確認のお願い（パネル・ポスター 3口）",
    "body": """青葉運輸株式会社 お客様センター 御中

お世話になっております。日の出産業株式会社 広報部の小野寺です。
11/6 に弊社本社から発送した写真パネル・ポスター3口のうち、
1口がまだ到着していないと届け先の各営業所から連絡がありました。
配送状況をご確認いただけますでしょうか。

　お問い合わせ番号　　　届け先　　　　　　　　 状況
　4402-1187-6630　　　 北関東営業所　　　　　　到着済み
　4402-1187-6641　　　 中部支店　　　　　　　　到着済み
　4402-1187-6652　　　 九州支店（福岡）　　　　未着

未着分は 11/12 の展示に使用するため、11/11 中の到着を希望しております。

日の出産業株式会社 広報部
小野寺 彩花
TEL 03-5719-4420
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers and company branches only",
},
{
    "id": "shashinsatsuei-045",
    "charset": "utf-8",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["南雲 亜希子 <nagumo@webcraft-nagi.co.jp>"],
    "subject": "役員紹介ページ 写真（3名分）",
    "body": """南雲様

お世話になっております。五十嵐です。
役員紹介ページのうち、先行して公開する3名分の写真をお送りします。
キャプションは以下でお願いします。

・HS_EX_0104.png　代表取締役社長　朝比奈 宗一郎
・HS_EX_0109.png　取締役 営業本部長　周防 麻衣子
・HS_EX_0115.png　取締役 管理本部長　真柴 隆

残りの役員は、レタッチ完了後（来週後半）にお送りします。

五十嵐 ひかり
日の出産業株式会社 広報部 Webチーム
""",
    "attachments": [
        {"kind": "png", "name": "HS_EX_0104.png"},
        {"kind": "png", "name": "HS_EX_0109.png"},
        {"kind": "png", "name": "HS_EX_0115.png"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "three executives' names and titles for public captions, with photos; no contact data",
},
{
    "id": "shashinsatsuei-046",
    "charset": "utf-8",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["土橋 <dobashi@event-hibiki.co.jp>"],
    "subject": "工場見学会 参加者の撮影同意状況（写真送付用）",
    "body": """イベント響 土橋様

お世話になっております。日の出産業の鶴見です。
先日の工場見学会の写真を参加者へお送りいただく件、
撮影同意と送付先をまとめたデータを ZIP でお送りします。
「同意」が「否」の方は写真から除外（ぼかし）をお願いします。

鶴見
""",
    "attachments": [
        {"kind": "zip", "name": "kengakukai_20241026.zip", "files": [
            {"kind": "csv", "name": "sanka_doui.csv", "encoding": "utf-8", "rows": [
                ["受付番号", "氏名", "メールアドレス", "電話番号", "撮影同意", "写真送付"],
                ["K-001", "相良 美幸", "miyuki.sagara@gmail.com", "090-2184-6630", "可", "希望"],
                ["K-002", "若林 朋也", "tomoya.w@yahoo.co.jp", "080-3357-1209", "可", "希望"],
                ["K-003", "宮坂 佳奈", "kana_miyasaka@icloud.com", "070-4422-8156", "否", "不要"],
                ["K-004", "城戸 俊介", "kido.shunsuke@outlook.jp", "090-6718-2240", "可", "希望"],
                ["K-005", "古賀 陽菜", "hina.koga.0612@gmail.com", "080-1190-3374", "可", "希望"],
                ["K-006", "真田 浩一", "k-sanada@docomo.ne.jp", "090-8823-4417", "可", "不要"],
                ["K-007", "野々村 彩", "aya.nonomura@gmail.com", "070-5501-2968", "否", "希望"],
                ["K-008", "高砂 大地", "daichi.takasago@yahoo.co.jp", "080-7764-0135", "可", "希望"],
                ["K-009", "花房 瑞希", "mizuki.hanafusa@icloud.com", "090-1357-8842", "可", "希望"],
                ["K-010", "柳生 拓真", "takuma.yagyu@gmail.com", "080-2468-0913", "可", "不要"],
                ["K-011", "芹沢 恵理", "eri.serizawa@ezweb.ne.jp", "090-9012-3345", "可", "希望"],
                ["K-012", "鳴海 圭", "kei.narumi@gmail.com", "070-8876-5521", "否", "不要"],
                ["K-013", "小早川 楓", "kaede.kobayakawa@outlook.jp", "080-6612-7784", "可", "希望"],
                ["K-014", "久世 光太郎", "kotaro.kuze@yahoo.co.jp", "090-4450-1196", "可", "希望"],
                ["K-015", "赤羽 紬", "tsumugi.akabane@gmail.com", "070-3319-6620", "可", "希望"],
            ]},
            {"kind": "txt", "name": "readme.txt", "text": "撮影同意＝否の方は、写真からの除外またはぼかし処理をお願いします。"},
        ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: fifteen event participants' e-mails and phones in a CSV inside a ZIP to an event agency",
},
{
    "id": "shashinsatsuei-047",
    "charset": "cp932",
    "sender": "東海林 紗希 <shoji.saki@hinode-sangyo.co.jp>",
    "to": ["産業タイムス 編集部 丸山様 <maruyama@sangyo-times.co.jp>"],
    "subject": "Re: 社長インタビュー記事への写真掲載について",
    "body": """産業タイムス 編集部
丸山様

お世話になっております。日の出産業 社長室の東海林です。
インタビュー記事への弊社提供写真の掲載につきまして、下記条件にてご使用ください。

　・対象写真：代表取締役社長 朝比奈 宗一郎 ポートレート（HS_EX_0104）、本社外観（HS_BL_0007）
　・使用媒体：産業タイムス 2024年12月2日号（紙面）および同社ウェブサイト
　・掲載期間：ウェブは掲載日から1年間
　・クレジット：「写真提供：日の出産業」
　・トリミング可、色調以外の加工（合成・反転）は不可

高解像度データは下記よりダウンロードください（パスワードは前回と同じです）。
https://files.hinode-sangyo.co.jp/share/press-1202

ゲラができましたら、写真部分のみ確認させていただけますと幸いです。

日の出産業株式会社 社長室
東海林 紗希
TEL 03-5719-4401
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "image licence terms for a press photo of the CEO: name and title only",
},
{
    "id": "shashinsatsuei-048",
    "charset": "iso-2022-jp",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["日の出産業 広報部 <koho@hinode-sangyo.co.jp>"],
    "bcc": ["miyuki.sagara@gmail.com", "tomoya.w@yahoo.co.jp", "kido.shunsuke@outlook.jp",
            "kaede.kobayakawa@outlook.jp", "k-sanada@docomo.ne.jp"],
    "subject": "【日の出フォトコンテスト2024】入賞のお知らせ",
    "body": """入賞者の皆さま

（本メールは入賞者の皆さまに BCC で一斉にお送りしています）

このたびは「日の出フォトコンテスト2024 〜はたらく風景〜」にご応募いただき、
誠にありがとうございました。厳正な審査の結果、ご応募作品が入賞となりましたので
お知らせいたします。おめでとうございます。

賞品（カタログギフト）の発送先を確認させていただくため、
お手数ですが 11月22日（金）までに本メールへご返信のうえ、
郵便番号・ご住所・お電話番号をお知らせください。

入賞作品は 12月中旬に弊社ウェブサイトで発表いたします。
応募時にご登録いただいたペンネームで掲載いたします。

日の出フォトコンテスト事務局（日の出産業株式会社 広報部）
TEL 03-5719-4420（平日 10:00〜17:00）
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "five private winners correctly in Bcc; To is internal; free-mail recipients",
},
{
    "id": "shashinsatsuei-049",
    "charset": "utf-8",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["川崎電機 広報室 <koho@kawasaki-denki.co.jp>"],
    "subject": "フォトコンテスト2024 応募状況のご報告（協賛各社様向け）",
    "body": """川崎電機株式会社 広報室 御中

いつもお世話になっております。日の出産業 広報部の小野寺です。
ご協賛いただいている「日の出フォトコンテスト2024」の応募状況をご報告します。

応募総数：1,284点（応募者 611名）
部門別：一般 842点／学生 301点／ジュニア 141点
年代別：10代 19%、20代 22%、30代 17%、40代 15%、50代以上 27%

入賞作品は12月中旬にウェブで発表予定です。
""",
    "html": """<html><body>
<p>川崎電機株式会社 広報室 御中</p>
<p>いつもお世話になっております。日の出産業 広報部の小野寺です。<br>
ご協賛いただいている「日の出フォトコンテスト2024」の応募状況をご報告します。</p>
<table border="1" cellpadding="3">
<tr><th>部門</th><th>応募点数</th><th>応募者数</th></tr>
<tr><td>一般</td><td>842</td><td>398</td></tr>
<tr><td>学生</td><td>301</td><td>142</td></tr>
<tr><td>ジュニア</td><td>141</td><td>71</td></tr>
<tr><td><b>合計</b></td><td><b>1,284</b></td><td><b>611</b></td></tr>
</table>
<p>年代別：10代 19%、20代 22%、30代 17%、40代 15%、50代以上 27%</p>
<p>入賞作品は12月中旬にウェブで発表予定です。</p>
<p>日の出産業株式会社 広報部 小野寺 彩花<br>TEL 03-5719-4420</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "statistics only (entry counts by category and age band) to a partner sponsor",
},
{
    "id": "shashinsatsuei-050",
    "charset": "cp932",
    "sender": "樋渡 健吾 <hiwatashi.kengo@hinode-sangyo.co.jp>",
    "to": ["みらい損保 法人営業部 <hojin@mirai-sonpo.co.jp>"],
    "subject": "ロケ撮影時の傷害保険 追加被保険者のご連絡",
    "body": """みらい損害保険株式会社
法人営業部 大西様

いつもお世話になっております。日の出産業 総務部の樋渡です。
1月の工場ロケ撮影期間中、撮影業務委託者向けの傷害保険に
下記の方を追加していただきたく、ご連絡いたします。

　氏名：Lucas Bernard（ルカ・ベルナール）
　国籍：フランス
　生年月日：1990年2月14日
　在留カード番号：RK47130825FA
　在留資格：技術・人文知識・国際業務
　住所：東京都港区南麻布4-2-9-301
　補償期間：2025年1月14日〜1月17日

証券番号は HSG-2024-00318 です。保険料の差額が発生する場合は
請求書でお知らせください。

日の出産業株式会社 総務部
樋渡 健吾
TEL 03-5719-4410
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "identifier: a foreign videographer's residence card number (with birth date and address) to an insurer",
},
# ---------------------------------------------------------------- 051-060
{
    "id": "shashinsatsuei-051",
    "charset": "utf-8",
    "sender": "Aoi Nikaido <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["Anna Kowalczyk <anna@brightframe-retouch.com>"],
    "subject": "Retouch brief - CEO portrait (HS_EX_0104)",
    "body": """Hi Anna,

Thanks again for the quick turnaround last month. Here is a small job:
our CEO's portrait for the annual report cover.

File: HS_EX_0104.tif (uploaded to your SFTP folder /hinode/2024-11/)

Please:
 - remove the reflections of the softbox in his glasses (both lenses)
 - even out the background to our corporate grey (#5B6770 at the edges,
   slightly lighter behind the head)
 - tidy stray hairs on the left side, keep the grey hair as it is
 - very light skin cleanup only; he does not want to look "retouched"

Output: 16-bit TIFF, AdobeRGB, plus a JPEG proof. Deadline: 15 Nov, 10:00 JST.
Please invoice us under PO HS-PO-24-1187.

Best,
Aoi Nikaido
Public Relations | Hinode Sangyo Co., Ltd.
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary English retouching brief; nothing sensitive about the person",
},
{
    "id": "shashinsatsuei-052",
    "charset": "utf-8",
    "sender": "二階堂 葵 <nikaido.aoi@pr.hinode-sangyo.co.jp>",
    "to": ["広報部 全員 <koho-all@hinode-sangyo.co.jp>"],
    "cc": ["五十嵐 ひかり <igarashi.hikari@mail.hinode-sangyo.co.jp>"],
    "subject": "12月の誕生日フォトボード用 写真のお願い",
    "body": """広報部の皆さん

毎月恒例の「誕生日フォトボード」（1階ロビー掲示）の12月分です。
以下の方は、お気に入りの写真を1枚、12/2 までに共有フォルダへお願いします。

・小野寺 彩花　12/03（1994年）　内線 2318　携帯 080-2741-6611
・鶴巻 正臣　　12/09（1978年）　内線 2301　携帯 080-2741-6602
・藤枝 真琴　　12/14（1990年）　内線 2316　携帯 080-2741-6609
・二階堂 葵　　12/18（1993年）　内線 2322　携帯 080-2741-6615
・五十嵐 ひかり 12/21（1996年）　内線 2331　携帯 080-2741-6620
・東海林 紗希　12/25（1992年）　内線 2401　携帯 080-2741-6630
・樋渡 健吾　　12/30（1985年）　内線 2410　携帯 080-2741-6641

写真がない方は、来週の撮影会でその場で撮ります。

二階堂
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a list of seven staff with birthdays and mobiles, but sent only to internal addresses (subdomains included)",
},
{
    "id": "shashinsatsuei-053",
    "charset": "utf-8",
    "sender": "Aoi Nikaido <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["Anna Kowalczyk <anna@brightframe-retouch.com>"],
    "subject": "New job: HX-300 product composites - spec attached",
    "body": """Hi Anna,

Attached is the spec for the HX-300 composites (12 images). The raw files
will be on the SFTP folder tomorrow morning.

Please read the handling notes on page 1 before you start.

Thanks,
Aoi
""",
    "attachments": [
        {"kind": "pdf", "name": "HX-300_retouch_spec.pdf", "title": "HX-300 Retouch Specification",
         "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
         "page_footer": "Confidential: do not distribute. Page 1",
         "lines": ["HX-300 Retouch Specification (v1.2)",
                   "Handling: unreleased product. Do not upload images to portfolio sites or cloud AI tools.",
                   "Delivery: 16-bit TIFF, AdobeRGB, 6000 px long edge."],
         "table": [
             ["Image", "Task", "Background"],
             ["HX300_01", "Composite control panel screen (UI v0.9)", "white"],
             ["HX300_02", "Remove masking tape on nameplate", "white"],
             ["HX300_03", "Composite factory background", "plant_bg_04"],
             ["HX300_04", "Recolour cover to RAL 7035", "dark grey gradient"],
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the attached PDF carries a CONFIDENTIAL header and footer on every page",
},
{
    "id": "shashinsatsuei-054",
    "charset": "utf-8",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["光広告 営業部 工藤様 <kudo@hikari-ad.co.jp>"],
    "subject": "FW: 【スタジオ奏】2025年1月からの料金改定のお知らせ",
    "body": """光広告 工藤様

お世話になっております。日の出産業の藤枝です。
来年度の広告制作予算を組むにあたり、スタジオ奏さんから届いた
料金改定のお知らせを共有します。撮影費の見積りに反映をお願いします。

藤枝

-------- 転送メッセージ --------
差出人: 株式会社スタジオ奏 <info@studio-kanade.co.jp>
件名: 【スタジオ奏】2025年1月からの料金改定のお知らせ

お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
電気料金および機材費の高騰に伴い、2025年1月1日より下記のとおり
料金を改定させていただきます。

　スタジオ A（白ホリ 60㎡）　 1時間 11,000円 → 12,100円
　スタジオ B（自然光 45㎡）　 1時間  8,800円 →  9,900円
　カメラマン（1日）　　　　　 88,000円 → 96,800円
　レタッチ（1カット）　　　　  2,200円 →  2,420円

何卒ご理解賜りますようお願い申し上げます。
株式会社スタジオ奏　〒141-0032 東京都品川区大崎2-14-6　TEL 03-5437-2210
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of a studio's price-revision notice: business information only",
},
{
    "id": "shashinsatsuei-055",
    "charset": "iso-2022-jp",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["宮城 玲奈 <miyagi@studio-kanade.co.jp>"],
    "subject": "FW: ヘアメイク紬より 12/3 の体制確定",
    "body": """宮城様

ヘアメイク紬さんから当日の体制について連絡がありましたので、
元のメールをそのまま添付いたします。控室のご準備の参考にしてください。

藤枝
""",
    "attachments": [
        {"kind": "eml", "name": "hm-tsumugi_1203.eml", "message": {
            "charset": "iso-2022-jp",
            "sender": "芦田 のぞみ <ashida@hm-tsumugi.jp>",
            "to": ["藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>"],
            "subject": "12/3 の体制確定",
            "body": """日の出産業 藤枝様

お世話になっております。ヘアメイク紬の芦田です。
12/3 は私とアシスタント1名の2名体制で伺います。
8:00 入り、メイク台2台分のスペースと、鏡・電源（1500W×2系統）を
ご用意いただけますと助かります。
衣装のスチーマーはこちらで持参いたします。

ヘアメイク紬　芦田 のぞみ
""",
        }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwarded mail attached as .eml with setup logistics only",
},
{
    "id": "shashinsatsuei-056",
    "charset": "utf-8",
    "sender": "樋渡 健吾 <hiwatashi.kengo@hinode-sangyo.co.jp>",
    "to": ["フォトラボ琥珀 受注センター <order@photolab-kohaku.co.jp>"],
    "subject": "ファミリーデー記念写真 プリント・個別発送のご依頼",
    "body": """フォトラボ琥珀 受注センター 御中

お世話になっております。日の出産業 総務部の樋渡です。
10月のファミリーデーで撮影した家族写真のプリント（2L・台紙付き）を、
各社員の自宅へ直接お送りいただきたく、発送先一覧（PDF）をお送りします。
写真データは本日、御社の入稿フォームからアップロードいたしました。

樋渡 健吾
日の出産業株式会社 総務部
""",
    "attachments": [
        {"kind": "pdf", "name": "familyday_hassosaki.pdf", "title": "ファミリーデー 発送先一覧",
         "lines": ["ファミリーデー2024 記念写真 発送先一覧", "日の出産業株式会社 総務部"],
         "table": [
             ["写真No.", "社員氏名", "郵便番号", "住所", "電話"],
             ["FD-01", "熊谷 隼人", "332-0012", "埼玉県川口市本町2-7-14", "048-221-4086"],
             ["FD-02", "百瀬 航", "214-0014", "神奈川県川崎市多摩区登戸3-12-5", "044-933-7712"],
             ["FD-03", "桑島 玲子", "279-0012", "千葉県浦安市入船4-21-9", "047-351-2290"],
             ["FD-04", "上条 亮介", "183-0022", "東京都府中市宮西町1-18-3", "042-362-5071"],
             ["FD-05", "戸叶 早苗", "197-0003", "東京都福生市熊川1-9-20", "042-551-6634"],
             ["FD-06", "岩城 翔太", "252-0303", "神奈川県相模原市南区相模大野6-4-11", "042-745-8803"],
             ["FD-07", "薬師寺 誠", "330-0063", "埼玉県さいたま市浦和区高砂3-15-2", "048-829-1137"],
             ["FD-08", "鷲見 智子", "173-0004", "東京都板橋区板橋2-44-8", "03-3961-2258"],
             ["FD-09", "六車 大輝", "270-2261", "千葉県松戸市常盤平5-28-6", "047-388-4419"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: nine employees' home addresses and phones in a PDF to a photo lab",
},
{
    "id": "shashinsatsuei-057",
    "charset": "utf-8",
    "sender": "Makoto Fujieda <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitaker <d.whitaker@pixbank-images.com>"],
    "subject": "Re: Quote for Extended Licence upgrade",
    "body": """Dear Daniel,

Thank you for the quote. USD 380 per image is above our budget for the
recruitment video. Would you accept USD 290 per image if we upgrade all
three images (PB-2284719, PB-3301562, PB-1975530) in one order and sign
up for the annual plan from January?

If so, please send a revised quote and we will issue a PO this week.

Best regards,
Makoto Fujieda
Hinode Sangyo Co., Ltd.

On Thu, Nov 7, 2024 at 2:05 AM Daniel Whitaker <d.whitaker@pixbank-images.com> wrote:
> Dear Makoto,
>
> The uses you describe (online video, large-format print) require the
> Extended Licence. The upgrade price is USD 380 per image. A model release
> is on file for PB-3301562 (release ID MR-PB-558201).
>
> Kind regards,
> Daniel Whitaker
> Licensing Manager, PixBank Images Ltd.
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "licence fee negotiation in an English thread with quoted text",
},
{
    "id": "shashinsatsuei-058",
    "charset": "iso-2022-jp",
    "sender": "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["レンタカー疾風 品川店 <shinagawa@rentacar-hayate.co.jp>"],
    "subject": "ロケ車両の予約と運転者登録（11/26〜27）",
    "body": """レンタカー疾風 品川店 御中

お世話になっております。日の出産業 広報部の二階堂です。
11/26〜27 の工場ロケで使用するハイエース（ロング・10人乗り）を予約いたします。
事前に運転者の登録をお願いしたく、免許証の情報をお知らせいたします。

【運転者1】
　氏名：二階堂 葵
　生年月日：平成5年2月11日
　運転免許証番号：第301904827165号
　有効期限：令和8年3月11日まで

【運転者2】
　氏名：熊谷 隼人
　生年月日：平成元年9月23日
　運転免許証番号：304407519238
　有効期限：令和7年10月23日まで

貸出：11/26（火）7:00　返却：11/27（水）20:00
お支払いは法人請求でお願いいたします。

二階堂 葵
日の出産業株式会社 広報部
TEL 03-5719-4420
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "identifier: two staff members' driver's licence numbers and birth dates to a rental company",
},
{
    "id": "shashinsatsuei-059",
    "charset": "utf-8",
    "sender": "Makoto Fujieda <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["PixBank Billing <billing@pixbank-images.com>"],
    "subject": "Receipt for order PBO-8102-4417 shows wrong company name",
    "body": """Hello,

The receipt for our order PBO-8102-4417 (3 Extended Licences, USD 870.00,
paid on 12 Nov by Visa ending in 4821) shows the company name as
"Hinode Sangyou Co." Could you reissue it as:

  Hinode Sangyo Co., Ltd.
  3-7-12 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan

Our accounting department needs the corrected receipt by the end of the
month. Thank you.

Best regards,
Makoto Fujieda
Public Relations, Hinode Sangyo Co., Ltd.
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "only the last four digits of a card and an order number: no card number",
},
{
    "id": "shashinsatsuei-060",
    "charset": "cp932",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["南雲 亜希子 <nagumo@webcraft-nagi.co.jp>"],
    "subject": "写真スタイルガイド（案）のご共有",
    "body": """南雲様

お世話になっております。五十嵐です。
新サイトで使う写真のトーンを揃えるため、社内向けに作成した
「写真スタイルガイド」の案をお送りします。
デザインカンプに反映する際の参考にしていただければ幸いです。

五十嵐
""",
    "attachments": [
        {"kind": "pptx", "name": "写真スタイルガイド_案.pptx", "title": "写真スタイルガイド",
         "page_footer": "日の出産業株式会社 広報部",
         "slides": [
             ["写真スタイルガイド（案）", "コーポレートサイト 2025", "広報部 Webチーム"],
             ["トーン", "自然光・やや明るめ", "彩度は控えめ、肌色は忠実に", "コーポレートグレーを背景に"],
             ["人物", "目線あり／なしを 1:2 の比率で", "作業シーンは安全装備を必ず着用", "モデルリリースのない人物は使用しない"],
             ["製品", "白背景の切り抜き＋使用シーンの2種", "影は残す"],
             ["NG 例", "過度な美肌加工", "他社ロゴの映り込み", "ヘルメット未着用の現場写真"],
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "photo style guide slides: no personal data, no marking",
},
# ---------------------------------------------------------------- 061-070
{
    "id": "shashinsatsuei-061",
    "charset": "cp932",
    "sender": "御子柴 遥 <mikoshiba.haruka@hinode-sangyo.co.jp>",
    "to": ["芦田 のぞみ <ashida@hm-tsumugi.jp>"],
    "subject": "ファミリー向けカタログ撮影 キッズモデルの情報",
    "body": """ヘアメイク紬
芦田様

お世話になっております。日の出産業の御子柴です。
1/18 のファミリー向けカタログ撮影に出演するキッズモデル5名の情報です。
当日の着替え・ヘアの段取りで保護者の方と直接やり取りいただく場合に
ご利用ください。

■１　鴫原 ひなた（しぎはら ひなた）
　生年月日：平成３０年６月１２日
　保護者：鴫原 恵美（母）　携帯：０９０－３３１８－７７２４

■２　蓮見 颯真（はすみ そうま）
　生年月日：H29.10.3
　保護者：蓮見 大介（父）　携帯：０８０－６２０４－１１５９

■３　乙部 ゆずは（おとべ ゆずは）
　生年月日：令和元年８月２８日
　保護者：乙部 真由（母）　携帯：０７０－４８８１－２０３６

■４　竹腰 湊（たけこし みなと）
　生年月日：H30.1.19
　保護者：竹腰 由佳（母）　携帯：０９０－５５７２－６６０８

■５　榎並 結愛（えなみ ゆあ）
　生年月日：平成２８年１２月２日
　保護者：榎並 和也（父）　携帯：０８０－９９４６－３１７１

いずれも地毛のままで、ヘアアクセサリー程度の軽いアレンジでお願いします。

御子柴 遥
日の出産業株式会社 人事部
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: five child models' birth dates (和暦, full-width) and parents' mobiles, one block each",
},
{
    "id": "shashinsatsuei-062",
    "charset": "utf-8",
    "sender": "鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>",
    "to": ["星空モデルエージェンシー 経理部 <keiri@hoshizora-models.co.jp>"],
    "subject": "Re: ご請求書送付のご案内（HZ-24-1132）",
    "body": """株式会社星空モデルエージェンシー
経理部 御中

いつもお世話になっております。
日の出産業株式会社 経理部の鹿島田でございます。

ご請求書（HZ-24-1132、12/3 撮影 モデル出演料 6名分）を拝受いたしました。
下記の内容にて、12月27日（金）にお振込みいたします。

　お振込先：みどり銀行 新宿支店 普通 1184530
　口座名義：カ）ホシゾラモデルエージェンシー
　登録番号：T7020001049318
　ご請求金額：594,000円（税込）

振込手数料は弊社にて負担いたします。
引き続きよろしくお願い申し上げます。

日の出産業株式会社 経理部
鹿島田 美穂
TEL 03-5719-4425
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "payment confirmation with a company's bank account and registration number: business data",
},
{
    "id": "shashinsatsuei-063",
    "charset": "utf-8",
    "sender": "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["五十嵐 ひかり <igarashi.hikari@hinode-sangyo.jp>"],
    "subject": "プロフィール写真 セレクト用コンタクトシート",
    "body": """五十嵐さん

11/19 撮影分のセレクト用コンタクトシートの共有リンクです。
各自 2カットずつ候補に★をつけてあります。
サイト掲載用の最終セレクトは五十嵐さんの判断でお願いします。

https://files.hinode-sangyo.co.jp/share/profile-1119-contact

二階堂
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: hinode-sangyo.jp drops the co. of the own domain hinode-sangyo.co.jp",
},
{
    "id": "shashinsatsuei-064",
    "charset": "utf-8",
    "sender": "Saki Shoji <shoji.saki@hinode-sangyo.co.jp>",
    "to": ["Abuse Desk <abuse@globalhost-media.net>"],
    "cc": ["白川法律事務所 白川 <shirakawa@shirakawa-law.jp>"],
    "subject": "Copyright infringement notice - unlicensed use of our photographs",
    "body": """To whom it may concern,

Hinode Sangyo Co., Ltd. is the copyright holder of the photographs listed
below. They were taken by photographers commissioned by us and are published
on our corporate website. We have found them reproduced, without licence, on
a website hosted on your service:

  Infringing URL: https://cheap-logistics-parts.example-shop.net/about-us
  Our originals:
   1. https://www.hinode-sangyo.co.jp/img/company/factory_hero.jpg
   2. https://www.hinode-sangyo.co.jp/img/company/warehouse_02.jpg
   3. https://www.hinode-sangyo.co.jp/img/products/hx220_main.jpg

We have a good-faith belief that this use is not authorised by the copyright
owner, its agent or the law. The information in this notice is accurate.
We request that you remove or disable access to the material.

Our counsel, Shirakawa Law Office, is copied on this notice.

Sincerely,

Saki Shoji
President's Office, Hinode Sangyo Co., Ltd.
3-7-12 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
+81-3-5719-4401
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "takedown notice to a hosting provider with the partner law firm in Cc: two organisations",
},
{
    "id": "shashinsatsuei-065",
    "charset": "cp932",
    "sender": "東海林 紗希 <shoji.saki@hinode-sangyo.co.jp>",
    "to": ["白川 直人 <shirakawa@shirakawa-law.jp>"],
    "subject": "弊社写真の無断使用の件（ご相談）",
    "body": """白川法律事務所
白川 直人 先生

いつも大変お世話になっております。日の出産業 社長室の東海林です。
弊社ウェブサイトの工場写真が、海外の通販サイトで無断使用されている件で
ご相談させてください。

・発見日：2024年11月1日（取引先からの指摘）
・該当写真：工場外観、倉庫内、製品 HX-220 のメインカット（計3点）
・撮影者：いずれも外部カメラマンへの委託撮影で、著作権は契約により弊社へ譲渡済み
・先方サイト：運営者の表示なし、ホスティング事業者は判明

ホスティング事業者への削除要請の文案を作成しましたので、
ご確認いただけますでしょうか。また、CC にお名前を入れてよいかも
あわせてご教示ください。

日の出産業株式会社 社長室
東海林 紗希
TEL 03-5719-4401
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "consulting the partner law firm about image rights; no personal data",
},
{
    "id": "shashinsatsuei-066",
    "charset": "iso-2022-jp",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["久我 透 <kuga@lumiere-photo.jp>"],
    "subject": "11/19 プロフィール撮影 欠席者について",
    "body": """ルミエール写真事務所
久我様

お世話になっております。日の出産業の五十嵐です。
11/19 の撮影対象のうち、経理部の宍戸 千尋さんは、
うつ病の治療のため先月から休職中で、復職が来年春の見込みとのことです。
本人とも相談のうえ、今回の撮影からは外し、サイトには
復職後に撮影した写真を掲載することになりました。

そのため当日は 7名となります。空いた 10:15 の枠は予備としてください。

五十嵐 ひかり
日の出産業株式会社 広報部 Webチーム
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named employee's depression and sick leave told to an outside photographer",
},
{
    "id": "shashinsatsuei-067",
    "charset": "utf-8",
    "sender": "御子柴 遥 <mikoshiba.haruka@hinode-sangyo.co.jp>",
    "to": ["榊原 智也 <sakakibara@aozora-eizo.co.jp>"],
    "subject": "採用動画 社員インタビュー 出演者と時間の確定",
    "body": """青空映像制作
榊原様

お世話になっております。日の出産業 人事部の御子柴です。
採用動画のインタビュー撮影、出演者と時間が確定しました。

　11/28（木）
　10:00〜11:30　相楽 つばさ（営業第二部・入社5年目）　社用携帯 080-2741-6658
　13:30〜15:00　百瀬 航（物流企画部・入社13年目）　　社用携帯 080-2741-6663

質問項目は前回お送りしたもので進めてください。
当日の連絡は私（080-2741-6647）までお願いいたします。

御子柴 遥
日の出産業株式会社 人事部 採用グループ
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two interviewees' work mobiles for the shoot: a short list, may be warned",
},
{
    "id": "shashinsatsuei-068",
    "charset": "cp932",
    "sender": "樋渡 健吾 <hiwatashi.kengo@hinode-sangyo.co.jp>",
    "to": ["フォトラボ琥珀 受注センター <order@photolab-kohaku.co.jp>"],
    "subject": "記念式典 展示用プリントの発注",
    "body": """フォトラボ琥珀 受注センター御中

お世話になっております。日の出産業 総務部の樋渡です。
記念式典のロビー展示用プリントを発注いたします。
サイズと枚数は添付の CSV のとおりです。データは入稿フォームから送信済みです。

納品先：さくらホテル 2F 桜の間（12/5 15時必着）
お支払い：いつもどおり月末締め請求書払い

樋渡
""",
    "attachments": [
        {"kind": "csv", "name": "print_order_1205.csv", "encoding": "cp932", "rows": [
            ["ファイル名", "サイズ", "用紙", "枚数", "加工"],
            ["hist_1955_honsha.jpg", "A1", "半光沢", "1", "パネル（5mm）"],
            ["hist_1972_kojo.jpg", "A1", "半光沢", "1", "パネル（5mm）"],
            ["hist_1998_butsuryu.jpg", "A2", "半光沢", "1", "パネル（5mm）"],
            ["hist_2015_hx.jpg", "A2", "半光沢", "1", "パネル（5mm）"],
            ["today_allstaff.jpg", "B0", "マット", "1", "パネル（7mm）"],
            ["event_snap_01-24.jpg", "2L", "光沢", "24", "なし"],
        ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print order (file names, sizes, quantities) in a CP932 CSV",
},
{
    "id": "shashinsatsuei-069",
    "charset": "utf-8",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>",
           "さくらホテル 宴会営業 <banquet@sakura-hotel.jp>",
           "榊原 智也 <sakakibara@aozora-eizo.co.jp>"],
    "subject": "記念式典 記録映像・記念誌制作の進行表",
    "body": """関係各社 ご担当者様

お世話になっております。日の出産業 広報部の鶴巻です。
記念式典の記録映像と記念誌制作について、全体の進行表を共有いたします。

11/22　会場下見（さくらホテル様・青空映像制作様）
11/29　撮影香盤の確定（青空映像制作様）
12/06　式典当日：記録撮影
12/13　記念誌用写真セレクト → 錦印刷様へ入稿
12/20　記録映像 初稿
01/10　記念誌 校了
01/24　記念誌 納品・記録映像 完成

各社様の担当箇所でご都合の悪い点がございましたら、お知らせください。

鶴巻 正臣
日の出産業株式会社 広報部 課長
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three external organisations (two partners and a production company) in To",
},
{
    "id": "shashinsatsuei-070",
    "charset": "iso-2022-jp",
    "sender": "御子柴 遥 <mikoshiba.haruka@hinode-sangyo.co.jp>",
    "to": ["東雲芸術大学 写真学科 事務室 <photo-office@shinonome-art.ac.jp>"],
    "subject": "学生カメラマンのアルバイト募集掲示のお願い",
    "body": """東雲芸術大学 写真学科 事務室 御中

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の御子柴と申します。

弊社では来年2月の社内イベント（約300名規模）の記録撮影にあたり、
写真を学ばれている学生の方にアルバイトとしてご協力いただければと考えております。
つきましては、学内での募集掲示をお願いできますでしょうか。

　・日時：2025年2月15日（土）12:00〜18:00
　・場所：東京都品川区 日の出産業本社
　・人数：2名
　・謝礼：日給 15,000円＋交通費（機材はご自身のものを想定）
　・応募方法：人事部 採用グループ宛にメール

掲示用の A4 チラシ（PDF）が必要でしたらお送りいたします。

日の出産業株式会社 人事部 採用グループ
御子柴 遥
TEL 03-5719-4440
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary request to a university office to post a job notice",
},
# ---------------------------------------------------------------- 071-080
{
    "id": "shashinsatsuei-071",
    "charset": "cp932",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
           "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】2025年度 撮影・映像制作予算（部内）",
    "body": """藤枝さん、小野寺さん

来年度の撮影・映像制作予算の部内案です。
社外秘ですので、制作会社への見積依頼では金額を出さないでください。

鶴巻
""",
    "attachments": [
        {"kind": "xlsx", "name": "2025_撮影予算_部内案.xlsx", "page_header": "社外秘",
         "sheets": {
             "予算": [
                 ["【社外秘】2025年度 撮影・映像制作予算（広報部 部内案）"],
                 ["項目", "2024実績", "2025案", "増減"],
                 ["製品撮影", 4200000, 4800000, 600000],
                 ["イベント撮影", 2650000, 2400000, -250000],
                 ["社員ポートレート", 980000, 1500000, 520000],
                 ["動画制作", 6100000, 7200000, 1100000],
                 ["ストックフォト", 620000, 700000, 80000],
                 ["合計", 14550000, 16600000, 2050000],
             ],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 社外秘 budget sent only to internal recipients",
},
{
    "id": "shashinsatsuei-072",
    "charset": "utf-8",
    "sender": "一ノ瀬 亮 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>"],
    "subject": "撮影用 PC のライセンスキー一覧（暗号化ZIP）",
    "body": """二階堂さん

情報システム部の一ノ瀬です。
広報部の撮影用 PC 2台（現像・レタッチ用）のソフトウェアライセンスキー一覧を
暗号化 ZIP でお送りします。パスワードは Teams のチャットで送りました。

社外の方（カメラマンさん等）には共有しないようお願いします。

一ノ瀬
""",
    "attachments": [
        {"kind": "zip", "name": "license_keys_koho.zip", "password": "Ichi-7730-lk",
         "files": [
             {"kind": "csv", "name": "license_keys.csv", "encoding": "utf-8", "rows": [
                 ["PC", "ソフト", "キー"],
                 ["KOHO-WS01", "現像ソフト Pro", "HSXX-4471-0932-KQ81"],
                 ["KOHO-WS02", "現像ソフト Pro", "HSXX-4471-0933-LM27"],
             ]},
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "encrypted ZIP sent only to an internal colleague",
},
{
    "id": "shashinsatsuei-073",
    "charset": "iso-2022-jp",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["榊原 智也 <sakakibara@aozora-eizo.co.jp>"],
    "subject": "ブランドムービー制作 見積依頼書の送付",
    "body": """青空映像制作
榊原様

お世話になっております。日の出産業 営業企画部の鶴見です。
来期のブランドムービー制作について、見積依頼書をお送りいたします。
PDF にはパスワードを設定しております。パスワードは別途お電話でお伝えします。

ご提出期限は 12月13日（金）です。
何卒よろしくお願いいたします。

鶴見 拓海
日の出産業株式会社 営業企画部
TEL 03-5719-4450
""",
    "attachments": [
        {"kind": "pdf", "name": "見積依頼書_ブランドムービー2025.pdf", "password": "aoz-1213",
         "title": "見積依頼書",
         "lines": ["見積依頼書　ブランドムービー2025",
                   "尺：90秒（本編）＋15秒（カットダウン）",
                   "撮影：宇都宮工場、本社、物流センター（計3日）",
                   "納期：2025年3月末"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: password-protected PDF to an external production company",
},
{
    "id": "shashinsatsuei-074",
    "charset": "iso-2022-jp",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 商品企画部 <shohin@kitaguni-foods.co.jp>"],
    "subject": "共同キャンペーン 商品写真の撮影について",
    "body": """北国フーズ株式会社
商品企画部 御中

いつもお世話になっております。日の出産業 営業企画部の鶴見です。
共同キャンペーン（冷凍物流×北国フーズ 冬の産直セット）の
告知用写真の撮影について、段取りをご相談させてください。

１．撮影日　　：12月12日（木）終日
２．撮影場所　：スタジオ燈 中野（キッチンスタジオ）
３．撮影カット：
　　・セット全体（箱開け・俯瞰）
　　・主要商品 6品の単品カット（調理後）
　　・弊社の保冷ボックスと商品の組み合わせ
４．ご準備いただきたいもの：
　　・商品サンプル 各3セット（12/11 午前着でスタジオへ）
　　・調理手順書（フードスタイリストと共有いたします）
５．撮影費は弊社負担、フードスタイリスト費は折半でお願いできればと存じます。

写真の使用範囲（両社ウェブ・SNS・店頭 POP、期間 1年）は
別途覚書にまとめてお送りいたします。

日の出産業株式会社 営業企画部
鶴見 拓海
TEL 03-5719-4450
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary product-shoot coordination with a partner",
},
{
    "id": "shashinsatsuei-075",
    "charset": "cp932",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["川崎電機 広報室 宇都宮様 <utsunomiya@kawasaki-denki.co.jp>"],
    "cc": ["光広告 工藤様 <kudo@hikari-ad.co.jp>"],
    "subject": "共同プレスリリース用 写真のご確認",
    "body": """川崎電機株式会社 広報室
宇都宮様
（cc：光広告 工藤様）

いつもお世話になっております。日の出産業 広報部の小野寺です。
来週配信予定の共同プレスリリースに掲載する写真の候補です。

　・写真①　調印式（両社社長の握手）HS_PR_1108_012
　・写真②　新物流センター外観 HS_PR_1108_031
　・写真③　自動搬送ラインの稼働風景 HS_PR_1108_047

ダウンロード：https://files.hinode-sangyo.co.jp/share/pr-1108（11/15まで）

御社のロゴ・製品の写り方に問題がないか、11/12 までにご確認をお願いいたします。
工藤様には、確定後に配信用のリサイズをお願いする予定です。

小野寺 彩花
日の出産業株式会社 広報部
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "partner plus ad agency: two external organisations in To/Cc, nothing personal",
},
{
    "id": "shashinsatsuei-076",
    "charset": "utf-8",
    "sender": "鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>",
    "to": ["宇佐美 <usami@kaikei-takemura.jp>"],
    "subject": "FW: マイナンバーの件（甲斐田）",
    "body": """竹村会計事務所 宇佐美様

お世話になっております。鹿島田です。
支払調書の件で、カメラマンの甲斐田さんから番号の連絡が届きましたので
転送いたします。先日お送りしたデータの番号と照合をお願いいたします。

鹿島田

-----Original Message-----
From: 甲斐田 ゆかり <kaida_yukari@yahoo.co.jp>
Sent: Wednesday, November 6, 2024 11:12 PM
To: 鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>
Subject: マイナンバーの件

鹿島田様

お世話になっております、甲斐田です。
遅くなりましたが、マイナンバーをお送りします。

個人番号：%s
氏名：甲斐田 ゆかり
住所：〒２２３－００６１　神奈川県横浜市港北区日吉本町３－４０－２

カードのコピーも必要でしたらおっしゃってください。
甲斐田
""" % " ".join([my_number(SEED + 4)[i:i + 4] for i in (0, 4, 8)]).translate(_ZEN),
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "identifier: a forwarded (new to the recipient) My Number in full-width digits with name and address",
},
{
    "id": "shashinsatsuei-077",
    "charset": "iso-2022-jp",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["工業ジャーナル 編集部 <edit@kogyo-journal.co.jp>"],
    "subject": "Re: 新物流センター取材記事　写真キャプションとクレジット",
    "body": """工業ジャーナル 編集部
杉森様

お世話になっております。日の出産業の小野寺です。
ゲラのご送付ありがとうございました。写真まわりについて修正をお願いいたします。

・P.2 上：キャプション「自動倉庫の全景」→「自動搬送ラインの全景（宇都宮物流センター）」
・P.2 下：人物の写っている写真は、写っている社員の同意の範囲外のため差し替えをお願いします
　　　　　（代替：HS_PR_1108_031 の外観写真）
・P.3　 ：クレジットは「写真：ルミエール写真事務所／日の出産業提供」の表記でお願いします

本文の修正は特にございません。
以上、よろしくお願いいたします。

小野寺 彩花
日の出産業株式会社 広報部
TEL 03-5719-4420

> 日の出産業 小野寺様
> 取材記事のゲラをお送りします。写真キャプションのご確認をお願いします。
> 工業ジャーナル 杉森
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "caption and credit corrections for a trade magazine; no personal data",
},
{
    "id": "shashinsatsuei-078",
    "charset": "utf-8",
    "sender": "御子柴 遥 <mikoshiba.haruka@hinode-sangyo.co.jp>",
    "to": ["リンガブリッジ 映像翻訳部 <subtitle@lingua-bridge.co.jp>"],
    "subject": "採用動画 英語字幕の制作依頼（台本送付）",
    "body": """リンガブリッジ株式会社
映像翻訳部 御中

お世話になっております。日の出産業 人事部の御子柴です。
採用動画（2分30秒）の英語字幕制作をお願いしたく、台本をお送りします。
タイムコード入りの SRT 形式での納品をお願いできますでしょうか。

納期：12月6日（金）
用途：海外大学向け採用説明会、YouTube

御子柴
""",
    "attachments": [
        {"kind": "docx", "name": "採用動画_台本_v4.docx", "title": "採用動画 台本",
         "paragraphs": ["採用動画「つなぐ仕事」台本 v4"],
         "tables": [[
             ["TC", "映像", "ナレーション／インタビュー"],
             ["00:00", "物流センター俯瞰（ドローン）", "日本中に、モノを届ける。"],
             ["00:12", "営業社員 商談シーン", "「お客さまの課題を一緒に考えるのが、いちばん面白いところです」"],
             ["00:45", "倉庫内 作業シーン", "「新しい仕組みを、自分たちの手でつくっています」"],
             ["01:30", "オフィス 雑談", "入社年次に関係なく、意見が言える職場です。"],
             ["02:15", "ロゴ", "日の出産業。つなぐ仕事を、あなたと。"],
         ]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a video script for subtitling: no names with data, no marking",
},
{
    "id": "shashinsatsuei-079",
    "charset": "cp932",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["工藤 <kudo@hikari-ad.co.jp>"],
    "subject": "【取扱注意】2025年春 新製品広告 撮影スケジュール案",
    "body": """■■ 取扱注意 ■■　本メールの内容は関係者限りでお願いします。

光広告
工藤様

お世話になっております。日の出産業 広報部の鶴巻です。
来春の新製品広告の撮影スケジュール案です。

　12月上旬　　　絵コンテ確定
　12月10〜11日　製品撮影（スタジオ奏）
　1月14〜17日　 工場ロケ（宇都宮）・動画撮影
　2月中旬　　　 広告ビジュアル初校
　3月下旬　　　 入稿
　4月8日　　　　新製品発表・広告出稿開始

発表日は社内でもまだ一部にしか共有されておりませんので、
御社内でも取扱いにご注意ください。

鶴巻 正臣
日の出産業株式会社 広報部 課長
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: subject and first line classify the mail as 取扱注意",
},
{
    "id": "shashinsatsuei-080",
    "charset": "utf-8",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["土橋 <dobashi@event-hibiki.co.jp>"],
    "subject": "工場見学会 写真データのダウンロード案内",
    "body": """イベント響
土橋様

お世話になっております。日の出産業の小野寺です。
工場見学会の写真（ぼかし処理済み）をアップロードしました。
ギャラリーの目次ページ（HTML）を添付しますので、参加者への案内に
そのままお使いいただけます。

ダウンロード期限：11月30日
パスワードは、いつもの方法でお電話にてお伝えします。

小野寺
""",
    "attachments": [
        {"kind": "html", "name": "gallery_index.html", "html": """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>工場見学会 2024.10.26 フォトギャラリー</title></head>
<body>
<h1>日の出産業 宇都宮工場 見学会 フォトギャラリー</h1>
<p>ご参加ありがとうございました。以下から写真をダウンロードいただけます（11/30まで）。</p>
<ul>
<li><a href="https://files.hinode-sangyo.co.jp/share/kengaku-1026/a">受付・オリエンテーション（24枚）</a></li>
<li><a href="https://files.hinode-sangyo.co.jp/share/kengaku-1026/b">工場見学（61枚）</a></li>
<li><a href="https://files.hinode-sangyo.co.jp/share/kengaku-1026/c">体験コーナー（38枚）</a></li>
<li><a href="https://files.hinode-sangyo.co.jp/share/kengaku-1026/d">集合写真（3枚）</a></li>
</ul>
<p>お問い合わせ：日の出産業株式会社 広報部 03-5719-4420</p>
</body></html>"""},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "download link and an HTML gallery index; no personal data",
},
# ---------------------------------------------------------------- 081-090
{
    "id": "shashinsatsuei-081",
    "charset": "iso-2022-jp",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["相良 美幸 <miyuki.sagara@gmail.com>"],
    "subject": "Re: 【日の出フォトコンテスト2024】入賞のお知らせ",
    "body": """相良 美幸 様

ご返信ありがとうございます。フォトコンテスト事務局の小野寺です。
賞品の発送先、承知いたしました。念のため、いただいた内容を復唱いたします。

　〒186-0004 東京都国立市中1-19-7 グリーンハイツ国立 402
　お電話：090-2184-6630

12月上旬にお届けする予定です。
なお、ウェブサイトでの作品発表時は、ペンネーム「みゆきち」で掲載いたします。
改めまして、入賞おめでとうございます。

日の出フォトコンテスト事務局
日の出産業株式会社 広報部　小野寺
TEL 03-5719-4420

> 事務局 ご担当者様
> 入賞のご連絡ありがとうございます！とても嬉しいです。
> 発送先は 〒186-0004 東京都国立市中1-19-7 グリーンハイツ国立 402、
> 電話は 090-2184-6630 です。よろしくお願いします。
> 相良
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the recipient's own address and phone read back to her: not listed; one free-mail recipient",
},
{
    "id": "shashinsatsuei-082",
    "charset": "cp932",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["榊原 智也 <sakakibara@aozora-eizo.co.jp>"],
    "subject": "工場ロケ 現場の注意事項メモ",
    "body": """榊原様

お世話になっております。鶴見です。
1月の工場ロケに向けて、工場側から出ている注意事項をテキストにまとめました。
スタッフの皆さまへの事前共有をお願いいたします。

鶴見
""",
    "attachments": [
        {"kind": "txt", "name": "宇都宮工場_撮影時の注意事項.txt", "encoding": "cp932",
         "text": """宇都宮工場 撮影時の注意事項（2025年1月ロケ）

1. 入構時は正門守衛所で入構証を受け取ること（受付 8:30〜）
2. 構内は全域ヘルメット・安全靴着用（貸出あり、サイズを事前連絡）
3. クリーンルーム内は撮影機材の持ち込み前に清掃・養生が必要
4. フォークリフト走行エリアでは、緑色の通路線の内側を歩くこと
5. 第2ライン（HX-300 試作）は撮影禁止。カメラを向けないこと
6. 喫煙は指定の喫煙所のみ
7. 緊急時連絡先：工場総務課（代表 028-667-3100）
"""},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plain-text attachment of site safety rules; company switchboard only",
},
{
    "id": "shashinsatsuei-083",
    "charset": "utf-8",
    "sender": "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["入江 大輔 <irie@retouch-lab.jp>"],
    "subject": "プロフィール写真 レタッチ指示（4名分）",
    "body": """入江様

お世話になっております。日の出産業の二階堂です。
11/19 撮影分のうち、個別に指示のある4名分です。
それ以外の方は共通指示（背景統一・軽い肌補正）のみでお願いします。

| ファイル           | 氏名         | 指示                                   |
|--------------------|--------------|----------------------------------------|
| PF_1119_003.tif    | 百瀬 航      | ネクタイの曲がりを直す                 |
| PF_1119_007.tif    | 漆原 剛      | 眼鏡の反射を軽減                       |
| PF_1119_011.tif    | 相楽 つばさ  | 前髪の浮き毛を整える                   |
| PF_1119_015.tif    | 熊谷 隼人    | 背景右端の窓枠の映り込みを除去         |

納期は 11/27 でお願いします。

二階堂
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "four names with ordinary retouch notes: no contact data, nothing sensitive",
},
{
    "id": "shashinsatsuei-084",
    "charset": "iso-2022-jp",
    "sender": "二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>",
    "to": ["スタジオ燈 予約係 <booking@studio-akari.jp>"],
    "subject": "Re: 12/12 ご予約の変更について",
    "body": """スタジオ燈 予約係 御中

お世話になっております。日の出産業の二階堂です。
12/12 のご予約（キッチンスタジオ 終日）について、
開始時間を 9:00 から 10:00 に変更したく、ご連絡いたしました。
終了時間は 19:00 のままで問題ございません。

また、キャンセル規定について確認させてください。
　・7日前まで：無料
　・6日前〜前日：50%
　・当日：100%
という理解でよろしいでしょうか。
先方（食品メーカー様）の商品サンプル到着が遅れる可能性があり、
念のため確認させていただきました。

二階堂 葵
日の出産業株式会社 広報部
TEL 03-5719-4420

差出人: スタジオ燈 予約係 <booking@studio-akari.jp>
送信日時: 2024年11月8日 14:02
宛先: 二階堂 葵 <nikaido.aoi@hinode-sangyo.co.jp>
件名: 12/12 ご予約の変更について

日の出産業 二階堂様
ご予約内容の変更は、前日 17時まで承っております。
キャンセル規定はご予約確認書をご確認ください。
スタジオ燈
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "booking change and cancellation terms; quoted thread under 差出人/送信日時",
},
{
    "id": "shashinsatsuei-085",
    "charset": "utf-8",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["土橋 <dobashi@event-hibiki.co.jp>"],
    "subject": "FW: 記念式典 取材申込みメディア一覧",
    "body": """イベント響 土橋様

お世話になっております。鶴巻です。
記念式典の取材に来られる報道関係者の一覧を、社内で回っていたメールごと転送します。
受付でのプレス腕章のお渡しと、撮影エリア（ステージ下手）へのご案内をお願いいたします。

鶴巻
""",
    "attachments": [
        {"kind": "eml", "name": "FW_取材申込み一覧.eml", "message": {
            "charset": "utf-8",
            "sender": "東海林 紗希 <shoji.saki@hinode-sangyo.co.jp>",
            "to": ["鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>"],
            "subject": "記念式典 取材申込み一覧",
            "body": """鶴巻課長

記念式典の取材申込み（12/6）をまとめました。

媒体              氏名            携帯              メール
----------------  --------------  ----------------  ----------------------------------
産業タイムス      丸山 信吾      090-1743-5520     maruyama@sangyo-times.co.jp
産業タイムス      戸部 沙織      080-6619-2247     tobe@sangyo-times.co.jp
工業ジャーナル    杉森 啓太      090-3385-7106     sugimori@kogyo-journal.co.jp
物流ウィークリー  鮫島 由紀      070-2216-4489     samejima@butsuryu-weekly.jp
東都経済新聞      阿久津 亮      080-5532-1907     akutsu.r@toto-keizai.co.jp
東都経済新聞      桧山 まどか    090-8470-3312     hiyama.m@toto-keizai.co.jp
フリー            香坂 潤        080-7741-0058     jun.kosaka.press@gmail.com

東海林
""",
        }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: seven journalists' mobiles and e-mails in a forwarded internal mail attached as .eml",
},
{
    "id": "shashinsatsuei-086",
    "charset": "cp932",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["久我 透 <kuga@lumiere-photo.jp>"],
    "subject": "RE: 追加撮影の日程について",
    "body": """久我様

ご調整ありがとうございます。
では 12/4（水）14:00〜16:00、弊社 8A 会議室でお願いいたします。
対象は欠席された3名で、背景・ライティングは 11/19 と同じ条件でお願いします。

五十嵐

差出人: 久我 透 [mailto:kuga@lumiere-photo.jp]
送信日時: 2024年11月20日 10:31
宛先: 五十嵐 ひかり
件名: Re: 追加撮影の日程について

五十嵐様
昨日はありがとうございました。追加撮影ですが、12/4 午後か 12/6 午前であれば
伺えます。ライティングのメモは残してありますので、同じ条件で撮影できます。
ルミエール写真事務所　久我
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "short scheduling reply with the quoted original",
},
{
    "id": "shashinsatsuei-087",
    "charset": "cp932",
    "sender": "樋渡 健吾 <hiwatashi.kengo@hinode-sangyo.co.jp>",
    "to": ["みらい損保 法人営業部 <hojin@mirai-sonpo.co.jp>"],
    "subject": "動産総合保険 撮影機材の対象物件リスト更新",
    "body": """みらい損害保険株式会社 法人営業部
大西様

いつもお世話になっております。日の出産業 総務部の樋渡です。
動産総合保険（証券番号 HSM-2023-01127）の対象となっている
広報部の撮影機材について、今年度購入分を追加したリストをお送りします。
（Excel 97-2003 形式です）

保険金額の見直しが必要な場合は、お見積りをお願いいたします。

樋渡 健吾
日の出産業株式会社 総務部
""",
    "attachments": [
        {"kind": "xls", "name": "撮影機材リスト_2024.xls", "sheets": {
            "機材": [
                ["管理番号", "品名", "メーカー", "シリアル", "購入日", "取得価額"],
                ["KH-CAM-01", "ミラーレスカメラ本体", "ニコン", "3021877", "2022-04-12", 328000],
                ["KH-CAM-02", "ミラーレスカメラ本体", "ソニー", "5517340", "2024-05-20", 412000],
                ["KH-LNS-03", "24-70mm F2.8", "ソニー", "1884206", "2024-05-20", 268000],
                ["KH-LNS-04", "70-200mm F2.8", "ニコン", "2207519", "2022-04-12", 295000],
                ["KH-STB-05", "ストロボ一式（3灯）", "プロフォト", "B10-88341", "2023-09-01", 540000],
                ["KH-DRN-06", "小型ドローン", "DJI", "1581F4QW", "2024-08-08", 139000],
            ],
            "変更履歴": [
                ["日付", "内容"],
                ["2024-05-20", "KH-CAM-02, KH-LNS-03 追加"],
                ["2024-08-08", "KH-DRN-06 追加"],
            ],
        }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "equipment inventory with serial numbers (legacy XLS): no people",
},
{
    "id": "shashinsatsuei-088",
    "charset": "iso-2022-jp",
    "sender": "小野寺 彩花 <onodera.ayaka@hinode-sangyo.co.jp>",
    "to": ["錦印刷 編集制作部 <henshu@nishiki-insatsu.co.jp>"],
    "subject": "記念誌 撮影担当カメラマンのご紹介",
    "body": """錦印刷株式会社 編集制作部
ご担当者様

お世話になっております。日の出産業 広報部の小野寺です。
記念誌の巻頭グラビアの撮影は、フリーランスの下記カメラマンにお願いすることになりました。
色校正や入稿データの仕様について、直接やり取りしていただいて構いません。

　汐見 蒼（しおみ あおい）様
　携帯：070-2259-8813
　メール：aoi.shiomi@icloud.com

本人にも御社のご担当者名をお伝えしておきます。
よろしくお願いいたします。

小野寺 彩花
日の出産業株式会社 広報部
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one contact: a freelance photographer's mobile and e-mail introduced to the printer (may be warned)",
},
{
    "id": "shashinsatsuei-089",
    "charset": "utf-8",
    "sender": "Takumi Tsurumi <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["Lucas Bernard <lucas.bernard.photo@outlook.com>"],
    "subject": "Utsunomiya location shoot - travel and call times",
    "body": """Hi Lucas,

Here are the logistics for the Utsunomiya shoot (14-17 January):

 - Shinkansen: we booked reserved seats on the Yamabiko 51 from Tokyo at
   7:40 on the 14th. Tickets will be handed to you at the Marunouchi
   North exit at 7:15.
 - Hotel: Sakura Hotel Utsunomiya, 3 nights, booked under Hinode Sangyo.
 - Call time at the plant: 9:30 each day; safety briefing on day 1.
 - Kit: the plant provides helmets and safety shoes (please tell me your
   shoe size). Drone shots are covered by the local operator.

Let me know if you need a van for the lighting kit; otherwise we will send
it by courier to the plant on the 10th.

Cheers,
Takumi
--
Takumi Tsurumi | Sales Planning Dept. | Hinode Sangyo Co., Ltd.
+81-3-5719-4450
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "logistics for a freelance photographer on free mail; one recipient",
},
{
    "id": "shashinsatsuei-090",
    "charset": "utf-8",
    "sender": "鶴巻 正臣 <tsurumaki.masaomi@hinode-sangyo.co.jp>",
    "to": ["汐見 蒼 <aoi.shiomi@icloud.com>"],
    "subject": "記念式典 全社集合写真の人数について",
    "body": """汐見様

お世話になっております。鶴巻です。
式典の最後に撮影する全社集合写真の人数が固まりました。
ひな壇の段数とレンズ選びの参考にしてください。

　本社              168名
　北関東営業所       42名
　宇都宮工場         97名
　中部支店           35名
　九州支店           28名
　来賓・OB           30名
　―――――――――――――
　合計              400名

会場は桜の間（天井高 6m）、ひな壇は 5段を予定しています。
脚立・高所からの撮影が必要でしたら、ホテル側に手配します。

鶴巻
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "headcounts by office for a group photo: statistics only; one free-mail recipient",
},
# ---------------------------------------------------------------- 091-100
{
    "id": "shashinsatsuei-091",
    "charset": "cp932",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["芦田 のぞみ <ashida@hm-tsumugi.jp>"],
    "subject": "12/3 ヘアメイク 出演者の肌のことで1点",
    "body": """芦田様

お世話になっております。藤枝です。
12/3 の出演者のうち、日向 美月さんについて事務所から連絡がありました。
金属アレルギーがあるため、ピアス・ヘアピン等の金属製アクセサリーは避け、
ラテックスのスポンジも使わないでほしいとのことです。

小物はこちらで樹脂製のものを用意します。
メイク用品で代替が必要なものがあれば教えてください。

藤枝
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "either: a named model's allergy is health information, but given to the make-up artist only to keep her safe",
},
{
    "id": "shashinsatsuei-092",
    "charset": "cp932",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["榊原 智也 <sakakibara@aozora-eizo.co.jp>"],
    "subject": "ブランドムービー 撮影候補拠点の一覧",
    "body": """青空映像制作
榊原様

お世話になっております。日の出産業の鶴見です。
ブランドムービーのロケ候補として、弊社拠点の一覧をお送りします。
外観撮影の可否は各拠点の総務窓口に確認済みです。

拠点名              所在地                                  代表電話        外観撮影
------------------  --------------------------------------  --------------  --------
本社                東京都品川区大崎3-7-12                  03-5719-4420    可
北関東営業所        栃木県宇都宮市平出工業団地38-5          028-662-1180    可
宇都宮工場          栃木県宇都宮市清原工業団地12-3          028-667-3100    可（正門側のみ）
宇都宮物流センター  栃木県宇都宮市平出工業団地41-1          028-662-1195    可
中部支店            愛知県名古屋市中区錦2-9-27              052-218-6600    不可（テナント）
関西支店            大阪府大阪市北区梅田2-5-18              06-6345-2280    不可（テナント）
九州支店            福岡県福岡市博多区博多駅前3-4-8         092-451-7730    可
札幌営業所          北海道札幌市中央区北二条西4-1           011-222-4015    可
仙台営業所          宮城県仙台市青葉区中央1-8-32            022-213-5560    可
広島営業所          広島県広島市中区八丁堀6-11              082-227-3390    可
新潟営業所          新潟県新潟市中央区万代4-2-7             025-240-1176    可
高松営業所          香川県高松市寿町1-3-6                   087-851-6620    不可（工事中）

鶴見 拓海
日の出産業株式会社 営業企画部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own offices with addresses and switchboards: business, not people",
},
{
    "id": "shashinsatsuei-093",
    "charset": "utf-8",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 商品企画部 <shohin@kitaguni-foods.co.jp>"],
    "subject": "冬の産直セット 撮影写真のセレクト結果",
    "html": """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:sans-serif;font-size:14px">
<p>北国フーズ株式会社<br>商品企画部 御中</p>
<p>いつもお世話になっております。日の出産業 営業企画部の鶴見です。<br>
12/12 に撮影した写真から、両社の担当でセレクトした結果をお知らせします。</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>カット</th><th>ファイル</th><th>用途</th><th>レタッチ</th></tr></thead>
<tbody>
<tr><td>セット全体（俯瞰）</td><td>KF_1212_014</td><td>Web メイン／POP</td><td>箱の凹み修正</td></tr>
<tr><td>鮭の西京焼き</td><td>KF_1212_032</td><td>Web／SNS</td><td>湯気の追加</td></tr>
<tr><td>ホタテのバター醤油</td><td>KF_1212_047</td><td>Web／SNS</td><td>なし</td></tr>
<tr><td>保冷ボックス＋商品</td><td>KF_1212_066</td><td>両社プレスリリース</td><td>ロゴの歪み補正</td></tr>
</tbody></table>
<p>ご確認のうえ、差し替えのご希望があれば 12/18 までにお知らせください。</p>
<p>日の出産業株式会社 営業企画部<br>鶴見 拓海<br>TEL 03-5719-4450</p>
</div></body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only mail with a table of selected product shots; no people",
},
{
    "id": "shashinsatsuei-094",
    "charset": "iso-2022-jp",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["早乙女 理沙 <saotome@hoshizora-models.co.jp>"],
    "subject": "肖像使用同意書 受領のご連絡",
    "body": """早乙女様

お世話になっております。日の出産業の藤枝です。
12/3 撮影分の肖像使用同意書、6名分すべて受領いたしました。
原本は弊社にて保管し、写しが必要な場合はご連絡ください。

なお、仁科 大和様の同意書は「動画」の項目にチェックがなかったため、
仁科様の出演カットは静止画のみで使用いたします。
念のため事務所様でもご認識いただけますと幸いです。

藤枝 真琴
日の出産業株式会社 広報部 宣伝課
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "confirmation that releases were received; one model named without personal data",
},
{
    "id": "shashinsatsuei-095",
    "charset": "utf-8",
    "sender": "御子柴 遥 <mikoshiba.haruka@hinode-sangyo.co.jp>",
    "to": ["音ライブラリ 営業部 <sales@oto-library.jp>"],
    "subject": "採用動画でのBGM使用ライセンスについて",
    "body": """株式会社音ライブラリ 営業部 御中

お世話になっております。日の出産業株式会社 人事部の御子柴です。
現在制作中の採用動画に、御社ライブラリの楽曲を使用したく、
ライセンスの範囲についてお伺いします。

　楽曲：「Morning Route」（曲番号 OL-10482）
　用途：採用動画（2分30秒）
　公開先：自社採用サイト、YouTube、合同企業説明会での上映
　期間：2025年3月〜2027年3月

上記の用途はスタンダードライセンスの範囲内でしょうか。
また、YouTube の Content ID で申し立てが入った場合の対応方法も
ご教示いただけますと幸いです。

御子柴 遥
日の出産業株式会社 人事部 採用グループ
TEL 03-5719-4440
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "music licence inquiry for a video; ordinary",
},
{
    "id": "shashinsatsuei-096",
    "charset": "utf-8",
    "sender": "藤枝 真琴 <fujieda.makoto@hinode-sangyo.co.jp>",
    "to": ["イメージストック・ジャパン 法人窓口 <corporate@imagestock-japan.co.jp>"],
    "subject": "年間ライセンス更新対象の素材一覧",
    "body": """イメージストック・ジャパン株式会社
法人窓口 御中

お世話になっております。日の出産業の藤枝です。
来年1月で期限を迎える年間ライセンスのうち、更新を希望する素材の一覧を
CSV でお送りします（20点）。お見積りをお願いいたします。

藤枝
""",
    "attachments": [
        {"kind": "csv", "name": "renewal_ids.csv", "encoding": "utf-8", "rows": (
            [["素材ID", "タイトル", "ライセンス種別", "期限", "更新"]]
            + [["ISJ-%07d" % (4410230 + 37 * i), t, "年間（Web）", "2025-01-31", "希望"]
               for i, t in enumerate([
                   "夜の高速道路", "倉庫の棚", "握手するビジネスマン", "コンテナ船", "青空と工場",
                   "配送トラック", "ダンボール箱", "地図とピン", "空港の貨物", "フォークリフト",
                   "会議室の窓", "都市の夜景", "桜並木", "雪の山道", "グラフとPC",
                   "バーコード", "港のクレーン", "鉄道貨物", "チームワーク", "朝日"])]
        )},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "licence renewal list of 20 stock image IDs: no people",
},
{
    "id": "shashinsatsuei-097",
    "charset": "iso-2022-jp",
    "sender": "樋渡 健吾 <hiwatashi.kengo@hinode-sangyo.co.jp>",
    "to": ["空翔ドローン 営業部 <sales@sorakake-drone.co.jp>"],
    "subject": "Re: 朝日丘工場 空撮のお見積り（Q-24-0877）",
    "body": """株式会社空翔ドローン
営業部 ご担当者様

お世話になっております。日の出産業 総務部の樋渡です。
お見積り（Q-24-0877、税込 253,000円）の内容で発注いたします。
注文書は来週、購買部より郵送いたします。

市の公園使用許可は弊社で申請中です。許可が下り次第、
飛行計画の提出に必要な情報をお送りいたします。

日の出産業株式会社 総務部
樋渡 健吾
〒141-0032 東京都品川区大崎3-7-12
TEL 03-5719-4410　FAX 03-5719-4499

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
このメールおよび添付ファイルには、機密情報が含まれている場合があります。
宛先に誤りがある場合は、恐れ入りますが直ちに送信者へご連絡のうえ、
本メールを破棄してください。無断での転載・複製・転送を禁じます。
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊

> 日の出産業 樋渡様
> 朝日丘工場の空撮について、お見積りをお送りします。
> 機体 1機、操縦者 1名・補助者 2名、撮影 1日、編集なし、データ納品。
> 合計 253,000円（税込）
> 空翔ドローン 営業部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "order confirmation with the standard Japanese confidentiality disclaimer (not a marking)",
},
{
    "id": "shashinsatsuei-098",
    "charset": "utf-8",
    "sender": "鶴見 拓海 <tsurumi.takumi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 商品企画部 <shohin@kitagumi-foods.co.jp>"],
    "subject": "撮影用商品サンプルの送付先について",
    "body": """北国フーズ株式会社
商品企画部 御中

お世話になっております。日の出産業の鶴見です。
12/12 の撮影用商品サンプル（各3セット）の送付先をお知らせします。

　スタジオ燈 中野
　東京都中野区新井1-30-4
　TEL 03-5318-6640（スタジオ代表）
　着日時：12/11（水）午前中・冷凍便

お手数をおかけしますが、よろしくお願いいたします。

鶴見 拓海
日の出産業株式会社 営業企画部
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: kitagumi-foods.co.jp swaps n for m in partner kitaguni-foods.co.jp",
},
{
    "id": "shashinsatsuei-099",
    "charset": "utf-8",
    "sender": "五十嵐 ひかり <igarashi.hikari@hinode-sangyo.co.jp>",
    "to": ["南雲 亜希子 <nagumo@webcraft-nagi.co.jp>"],
    "subject": "トップページ用 イメージ写真（サンプル 4点）",
    "body": """南雲様

お世話になっております。五十嵐です。
トップページのメインビジュアル候補として、イメージ写真のサンプルを
ZIP でお送りします（パスワードはかけていません）。
いずれも人物の写っていない風景・設備のカットです。

五十嵐
""",
    "attachments": [
        {"kind": "zip", "name": "top_visual_samples.zip", "files": [
            {"kind": "png", "name": "sample_01_port.png"},
            {"kind": "png", "name": "sample_02_warehouse.png"},
            {"kind": "png", "name": "sample_03_truck.png"},
            {"kind": "png", "name": "sample_04_sunrise.png"},
            {"kind": "txt", "name": "readme.txt",
             "text": "撮影：ルミエール写真事務所（2024年9月）\n使用範囲：自社ウェブサイト、期間の定めなし\n"},
        ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "unencrypted ZIP of sample landscape images and a readme: readable, no people",
},
{
    "id": "shashinsatsuei-100",
    "charset": "iso-2022-jp",
    "sender": "鹿島田 美穂 <kashimada.miho@hinode-sangyo.co.jp>",
    "to": ["汐見 蒼 <aoi.shiomi@icloud.com>"],
    "subject": "11月分 撮影料のお支払いについて",
    "body": """汐見 蒼 様

いつもお世話になっております。日の出産業 経理部の鹿島田です。
11月分の撮影料について、11月29日（金）にお振込みいたしました。

　お振込額：98,010円
　（撮影料 108,000円 − 源泉徴収税額 11,026円 ＋ 交通費実費 1,036円）
　お振込先：ご登録の口座（みどり銀行 調布支店 普通 ****156）

支払明細は郵送でお送りしております。
ご不明な点がございましたら、経理部までお問い合わせください。

日の出産業株式会社 経理部
鹿島田 美穂
TEL 03-5719-4425
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "payment notice to the photographer herself with a masked account number; one free-mail recipient",
},
]
