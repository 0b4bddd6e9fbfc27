"""Blind corpus, area kokokuseisaku (広告制作): mail that 日の出産業 宣伝部・販促企画課 sends to
advertising agencies, production studios, photographers, model and talent offices, film
commissions and city offices (location permits), media owners and media-buying agencies,
printers (proofs / 色校正) and campaign fulfilment vendors (prize winners). Written blind,
from bench/blind/BRIEF.md (and the public names in SPEC.md) only, without reading
mailguard's code, rules or tests.
"""

from build import card_number, my_number

SEED = 55401

_MN1 = my_number(SEED + 1)
_MN2 = my_number(SEED + 2)
_CARD = card_number(SEED + 3)

SIG_MIURA = """
──────────────────────────
日の出産業株式会社 宣伝部 広告制作課
三浦 彩花（Miura Ayaka）
〒103-0027 東京都中央区日本橋二丁目14番3号 日の出ビル8F
TEL 03-5201-7740（代表）　内線 4182
miura.ayaka@hinode-sangyo.co.jp
──────────────────────────"""

SIG_HIGUCHI = """
--
日の出産業株式会社
宣伝部 メディア課　樋口 隆之
TEL: 03-5201-7740 / FAX: 03-5201-7749
Mail: higuchi.t@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/"""

SIG_ONODERA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　販促企画課
小野寺 真由　Mayu Onodera
〒103-0027 東京都中央区日本橋2-14-3
TEL 03-5201-7740　携帯 080-4417-2093
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KUBOTA = """
日の出産業株式会社 宣伝部 部長代理
久保田 修
kubota.osamu@hinode-sangyo.co.jp / 03-5201-7740"""

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 宣伝部 広告制作課
佐伯 亮介（さえき りょうすけ）
TEL 03-5201-7740 内線4187 ／ 携帯 090-6128-3305
━━━━━━━━━━━━━━━━━━━━"""

SIG_CAMPAIGN = """
----------------------------------------
日の出産業「おいしい朝キャンペーン2026」事務局
（日の出産業株式会社 販促企画課内）
受付時間 平日10:00〜17:00
TEL 0120-38-5512（フリーダイヤル）
----------------------------------------"""

SIG_UNO = """
日の出産業株式会社 経理部 支払グループ
宇野 千晶
TEL 03-5201-7740（代表） 内線 2210"""

SIG_EN = """
Best regards,

Ryosuke Saeki
Advertising Production, Hinode Sangyo Co., Ltd.
2-14-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5201-7740"""

DISC_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

MESSAGES = [
    # 1 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-001",
        "charset": "iso-2022-jp",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>"],
        "subject": "Re: 朝食シリーズ新CM 絵コンテ第2稿のご確認",
        "body": """株式会社アドブリッジ
井筒様

いつもお世話になっております。日の出産業の三浦です。

絵コンテ第2稿、社内で確認いたしました。
大きな修正はございませんが、以下3点だけご検討いただけますでしょうか。

1. カット5：商品の寄りをもう1秒長めに（パッケージ正面が読める程度）
2. カット8：ナレーション「毎朝、ひとさじの幸せ」の位置を最後のカットへ移動
3. ラストのロゴ表示：新ロゴ（2026年版）に差し替え

撮影日程（3/12・3/13 予備日3/16）はこのまま進めていただいて問題ございません。
プリプロダクションミーティングは3/4（水）14時から弊社会議室でお願いいたします。

引き続きよろしくお願いいたします。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary storyboard feedback to an agency; only the sender's signature",
    },
    # 2 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-002",
        "charset": "cp932",
        "sender": "おいしい朝キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": ["発送センター 有馬様 <arima@promox.co.jp>"],
        "subject": "【おいしい朝CP】A賞 当選者データ送付（第1回抽選分）",
        "body": """株式会社プロモックス
フルフィルメント部 有馬様

お世話になっております。おいしい朝キャンペーン事務局です。

第1回抽選のA賞（ホットサンドメーカー）当選者データをお送りします。
添付CSVにて12件です。賞品発送は2/20（金）着指定でお願いいたします。
宛先不明で戻った場合は事務局までご連絡ください。
""" + SIG_CAMPAIGN,
        "attachments": [
            {
                "kind": "csv",
                "name": "A賞当選者_第1回.csv",
                "encoding": "cp932",
                "rows": [
                    ["応募ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "賞"],
                    ["OA-100482", "雲林院 和子", "ウジイ カズコ", "981-3213", "宮城県仙台市泉区南中山3-14-9", "022-379-4418", "A賞"],
                    ["OA-100517", "百目鬼 健", "ドウメキ ケン", "321-0953", "栃木県宇都宮市東宿郷2-7-12 グランメゾン東宿郷305", "090-2284-6701", "A賞"],
                    ["OA-100733", "法華津 由美", "ホケツ ユミ", "790-0811", "愛媛県松山市本町5-3-28", "089-917-2263", "A賞"],
                    ["OA-101046", "左右田 智也", "ソウダ トモヤ", "460-0012", "愛知県名古屋市中区千代田4-22-6", "080-6635-1907", "A賞"],
                    ["OA-101288", "四十物 恵", "アイモノ メグミ", "930-0066", "富山県富山市千石町1-8-3", "076-492-0058", "A賞"],
                    ["OA-101512", "猪俣 正和", "イノマタ マサカズ", "240-0013", "神奈川県横浜市保土ケ谷区帷子町2-61-4", "045-338-7192", "A賞"],
                    ["OA-101609", "千々和 さくら", "チヂワ サクラ", "812-0044", "福岡県福岡市博多区千代5-11-20-702", "070-3918-4426", "A賞"],
                    ["OA-102004", "漆間 敏夫", "ウルシマ トシオ", "700-0927", "岡山県岡山市北区西古松1-30-15", "086-246-3381", "A賞"],
                    ["OA-102230", "蓬莱 美咲", "ホウライ ミサキ", "063-0812", "北海道札幌市西区琴似二条7-2-9", "011-614-5570", "A賞"],
                    ["OA-102351", "設楽 孝", "シタラ タカシ", "370-0849", "群馬県高崎市八島町2-4", "090-7740-2815", "A賞"],
                    ["OA-102768", "生方 ひとみ", "ウブカタ ヒトミ", "525-0032", "滋賀県草津市大路1-12-33", "077-562-9014", "A賞"],
                    ["OA-103115", "椎葉 大輔", "シイバ ダイスケ", "880-0805", "宮崎県宮崎市橘通東3-6-17", "080-1152-8834", "A賞"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 12 prize winners with address and phone in a CP932 CSV to the fulfilment vendor",
    },
    # 3 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-003",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 大河内様 <okochi@nishiki-insatsu.co.jp>"],
        "subject": "B2ポスター（春の新商品）初校 赤字戻しの件",
        "body": """錦印刷株式会社
営業部 大河内様

お世話になっております。日の出産業 宣伝部の佐伯です。

B2ポスター初校、ありがとうございました。
赤字を入れたPDFを添付いたしますのでご確認ください。

・商品写真の肌色（シズル部分）がやや黄色寄りのため、M+5%程度で調整をお願いします
・右下の価格表記「オープン価格」のフォントをUD新ゴに統一
・JANコード周りのアキを3mm確保

再校は2/9（月）午前中にいただけると助かります。
よろしくお願いいたします。
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "B2ポスター_初校_赤字.pdf",
                "title": "B2ポスター 初校 赤字指示",
                "lines": [
                    "B2ポスター「朝のひとさじ」初校 赤字指示",
                    "1. 商品写真：シズル部分 M+5% / Y-3%",
                    "2. 価格表記：UD新ゴ Pro M 24Q に統一",
                    "3. JANコード：上下左右 3mm のアキを確保",
                    "4. キャッチ「毎朝、ひとさじの幸せ」：字送り -20",
                    "校正者：宣伝部 佐伯 / 2026.2.5",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proof corrections to the partner printer; no personal data",
    },
    # 4 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-004",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["大河内様 <okochi@nishiki-insatu.co.jp>"],
        "subject": "Re: B2ポスター 再校 OKです",
        "body": """大河内様

再校拝見しました。色味も赤字どおりで問題ございません。
このまま校了とさせてください。納品は2/24（火）に物流センター宛でお願いします。

> 大河内です。再校のPDFをお送りします。ご確認のほどお願いいたします。

佐伯
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: nishiki-insatu.co.jp drops an s from the partner nishiki-insatsu.co.jp",
    },
    # 5 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-005",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["カナリアモデルズ ブッキング担当 <booking@canaria-models.jp>"],
        "subject": "モデル仮押さえのお願い（3/12・3/13 スタジオ撮影）",
        "body": """株式会社カナリアモデルズ
ブッキングご担当者様

はじめてご連絡いたします。日の出産業 宣伝部の三浦と申します。
アドブリッジ様よりご紹介いただきました。

下記の撮影につき、貴社所属の「RINA」さんを仮押さえさせていただけますでしょうか。

　案件　：日の出産業 朝食シリーズ 新CM・グラフィック
　撮影日：2026年3月12日（木）・13日（金）予備日3月16日（月）
　場所　：スタジオ・ルミエ（港区芝浦）
　拘束　：各日 8:00〜19:00（予定）
　媒体　：TVCM（全国）、交通広告、Web、店頭POP
　期間　：オンエア開始から1年間

ギャランティ・条件につきましては別途アドブリッジ様よりご相談させていただきます。
お手数ですが、ご都合をお知らせいただけますと幸いです。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "booking a model by her stage name only; no personal data",
    },
    # 6 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-006",
        "charset": "iso-2022-jp",
        "sender": "宇野 千晶 <uno.chiaki@hinode-sangyo.co.jp>",
        "to": ["南会計事務所 森下様 <morishita@minami-zeirishi.jp>"],
        "subject": "支払調書作成用データ（カメラマン報酬分）",
        "body": """南会計事務所
森下様

いつもお世話になっております。日の出産業 経理部の宇野です。

昨年度の「報酬、料金、契約金及び賞金の支払調書」作成にあたり、
宣伝部が起用したフリーランスカメラマンの方の情報をお送りします。

　支払を受ける者
　　氏名　　　：鰐淵 航（わにぶち わたる）
　　住所　　　：東京都世田谷区代沢4-19-7 コーポ代沢201
　　個人番号　：""" + f"{_MN1[:4]} {_MN1[4:8]} {_MN1[8:]}" + """
　区分：写真撮影料
　支払金額：2,860,000円　源泉徴収税額：292,028円

本人確認書類の写しは経理部で保管しております。
ご不明点がございましたらご連絡ください。
""" + SIG_UNO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a photographer's My Number with name and address to an outside accounting office",
    },
    # 7 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-007",
        "charset": "utf-8",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["メディアリンク 松永様 <matsunaga@medialink-ad.co.jp>"],
        "subject": "4月度 出稿計画（確定版）",
        "body": """株式会社メディアリンク
松永様

お世話になっております。日の出産業の樋口です。
4月度の出稿計画を確定版としてお送りします。前回案からの変更は以下です。

- 関東スポット：GRP 600 → 650（4/6〜4/19）
- 東邦新聞 全5段：4/10 朝刊から 4/11 朝刊へ変更
- デジタル（動画広告）：予算 +3,000千円

発注書は明日、購買部より別途お送りします。
""" + SIG_HIGUCHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "出稿計画_2026年4月_確定.xlsx",
                "title": "2026年4月 出稿計画",
                "sheets": {
                    "サマリー": [
                        ["2026年4月度 出稿計画（確定）"],
                        [],
                        ["媒体", "予算（千円）", "前回案", "差異"],
                        ["テレビ（スポット）", 48500, 44800, 3700],
                        ["テレビ（番組提供）", 22000, 22000, 0],
                        ["新聞", 9600, 9600, 0],
                        ["交通", 6200, 6200, 0],
                        ["デジタル", 18000, 15000, 3000],
                        ["合計", 104300, 97600, 6700],
                    ],
                    "TVスポット": [
                        ["地区", "局", "期間", "GRP", "秒数"],
                        ["関東", "全局", "4/6-4/19", 650, "15秒"],
                        ["関西", "全局", "4/6-4/19", 400, "15秒"],
                        ["中京", "全局", "4/13-4/19", 250, "15秒"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "media plan with budgets and GRPs to the media-buying agency; business data only",
    },
    # 8 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-008",
        "charset": "iso-2022-jp",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>", "スタジオ・ルミエ 予約係 <reserve@studio-lumie.jp>"],
        "cc": ["booking@canaria-models.jp", "鬼頭 誠 <kito@pw-aoyama.com>"],
        "subject": "【共有】朝食シリーズ撮影 キックオフのご案内",
        "body": """関係者各位

お世話になっております。日の出産業 宣伝部の三浦です。
3月の撮影に向けて、キックオフミーティングを下記のとおり開催いたします。

　日時：2026年2月18日（水）15:00〜16:30
　場所：日の出産業 本社 8F 第2会議室（オンライン併用）
　議題：撮影スケジュール、香盤、衣装・ヘアメイク、スチール撮影の段取り

ご出席の可否を2/13（金）までにお知らせください。
""" + SIG_MIURA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: agency, studio, model agency and photographer (four organisations) in To/Cc",
    },
    # 9 -------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-009",
        "charset": "cp932",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["港北フィルムコミッション <info@kohoku-fc.or.jp>"],
        "subject": "ロケ撮影のご相談（河川敷・商店街）",
        "body": """港北フィルムコミッション
ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 宣伝部の佐伯と申します。

弊社テレビCMのロケ撮影で、貴地域の河川敷および商店街を使用させていただきたく、
撮影協力のご相談をさせてください。概要を添付の申請書（案）にまとめました。

・撮影予定日：2026年4月2日（木）早朝5:00〜9:00（雨天時4月3日）
・スタッフ人数：約25名、出演者3名
・車両：ロケバス1台、機材車2台
・道路使用：なし（歩道上での手持ち撮影のみ）

制作は株式会社映像工房ハルカが担当いたします。
ご確認のほどよろしくお願い申し上げます。
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "docx",
                "name": "撮影協力申請書_日の出産業.docx",
                "title": "撮影協力申請書",
                "paragraphs": [
                    "撮影協力申請書（案）",
                    "申請者：日の出産業株式会社 宣伝部",
                    "所在地：東京都中央区日本橋二丁目14番3号",
                    "代表電話：03-5201-7740",
                    "作品名：日の出産業 朝食シリーズ テレビCM（30秒・15秒）",
                    "制作会社：株式会社映像工房ハルカ",
                ],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["撮影場所", "鶴見川河川敷（新羽橋付近）、駅前商店街"],
                        ["日時", "2026年4月2日 5:00〜9:00"],
                        ["人数", "スタッフ約25名 / 出演者3名"],
                        ["車両", "ロケバス1台・機材車2台"],
                        ["特記事項", "ドローン使用なし、火気使用なし"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "location permit request to a film commission; company details only",
    },
    # 10 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-010",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["スタジオ・ルミエ ケータリング担当 <catering@studio-lumie.jp>"],
        "subject": "3/12・13 撮影時のケータリングについて（出演者の食物アレルギー）",
        "body": """スタジオ・ルミエ
ケータリングご担当者様

お世話になっております。日の出産業の三浦です。
3/12・13の撮影時のケータリングについて、出演者の食物アレルギーを共有いたします。

出演モデル　栗栖 里奈（くりす りな）さん
　・卵・乳に重度のアレルギーあり（過去にアナフィラキシーショックで救急搬送歴あり）
　・エピペンを携帯されています
　・調理器具・盛り付けも分けていただけますと幸いです

その他のスタッフ・出演者に特段の制限はございません。
お手数ですがメニュー案をお送りいただけますでしょうか。
""" + SIG_MIURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named model's severe allergy and anaphylaxis history sent to the studio's caterer",
    },
    # 11 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-011",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 販促部 安住様 <azumi@kitaguni-foods.co.jp>"],
        "subject": "共同キャンペーン 応募状況（2/1〜2/15 中間集計）",
        "body": """北国フーズ株式会社
販促部 安住様

いつもお世話になっております。日の出産業 販促企画課の小野寺です。
共同キャンペーン「北の朝ごはんセット」の中間集計をご報告いたします。

■応募総数：18,462件（Web 14,907件／ハガキ 3,555件）

■地域別
　北海道・東北　　4,118件
　関東　　　　　　6,902件
　中部　　　　　　2,487件
　近畿　　　　　　2,760件
　中国・四国　　　1,081件
　九州・沖縄　　　1,114件

■年代別（Web応募のみ）
　20代以下 12%／30代 24%／40代 31%／50代 21%／60代以上 12%

ハガキ応募は週明けにデータ化が完了する見込みです。
最終集計は3/5（木）にお送りします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate campaign statistics to the co-promotion partner; no individual records",
    },
    # 12 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-012",
        "charset": "utf-8",
        "sender": "おいしい朝キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": ["有馬 <arima@promox.co.jp>"],
        "subject": "Re: 宛先不明で返送された賞品について",
        "body": """有馬様

ご連絡ありがとうございます。
下記の方については、事務局からお電話で住所を確認のうえ、改めてご連絡いたします。
再発送の費用は弊社負担でお願いいたします。

事務局

> 有馬です。A賞のうち、以下6件が「あて所に尋ねあたりません」で戻ってきました。
>
> OA-100517 百目鬼 健 様  栃木県宇都宮市東宿郷2-7-12 グランメゾン東宿郷305  090-2284-6701
> OA-101046 左右田 智也 様  愛知県名古屋市中区千代田4-22-6  080-6635-1907
> OA-101609 千々和 さくら 様  福岡県福岡市博多区千代5-11-20-702  070-3918-4426
> OA-102230 蓬莱 美咲 様  北海道札幌市西区琴似二条7-2-9  011-614-5570
> OA-102351 設楽 孝 様  群馬県高崎市八島町2-4  090-7740-2815
> OA-103115 椎葉 大輔 様  宮崎県宮崎市橘通東3-6-17  080-1152-8834
>
> 再発送の可否についてご指示ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six winner rows are only quoted from the vendor's own mail; the new text has no personal data",
    },
    # 13 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-013",
        "charset": "cp932",
        "sender": "久保田 修 <kubota.osamu@hinode-sangyo.co.jp>",
        "to": ["アドブリッジ 戦略プランニング局 本庄様 <honjo@adbridge.co.jp>"],
        "subject": "秋季ローンチ計画資料の送付",
        "body": """アドブリッジ
本庄様

お世話になっております。久保田です。
先日の打ち合わせでお話しした秋季ローンチの計画資料をお送りします。
コミュニケーションプランの立案にご活用ください。
""" + SIG_KUBOTA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "2026秋_新商品ローンチ計画.pdf",
                "title": "2026秋 新商品ローンチ計画",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 宣伝部　無断転載・複製禁止",
                "lines": [
                    "2026年秋 新商品ローンチ計画（宣伝部案）",
                    "1. 発売日：2026年9月1日（全国）",
                    "2. 商品：グラノーラ「朝のひとさじ」シリーズ 3SKU",
                    "3. 想定売上：初年度 42億円",
                    "4. 広告宣伝費：総額 18億円（TV 55%、デジタル 30%、その他 15%）",
                    "5. 競合動向：主要2社が同時期に新フレーバー投入の見込み",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached launch plan PDF carries a 社外秘 page header",
    },
    # 14 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-014",
        "charset": "iso-2022-jp",
        "sender": "河合 奈緒 <kawai.nao@hinode-sangyo.co.jp>",
        "to": ["博光社 営業本部 能登谷様 <notoya@hakkosha.co.jp>"],
        "subject": "秘密保持契約書（案）のご送付",
        "body": """株式会社博光社
営業本部 能登谷様

お世話になっております。日の出産業 法務課の河合です。

来期のクリエイティブ競合プレゼンにご参加いただくにあたり、
弊社の雛形による秘密保持契約書（案）をお送りいたします。
内容をご確認のうえ、修正のご要望があれば見え消しでお戻しください。

締結後に、オリエンテーション資料をお渡しする予定です。
よろしくお願いいたします。

日の出産業株式会社 法務部 法務課
河合 奈緒
TEL 03-5201-7740（代表）
""" + DISC_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_博光社.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書",
                    "日の出産業株式会社（以下「甲」という）と株式会社博光社（以下「乙」という）は、"
                    "甲が実施する広告クリエイティブの競合提案（以下「本件」という）に関し、次のとおり契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、本件に関し甲が乙に開示する技術上、営業上の一切の情報で、"
                    "開示の際に秘密である旨を明示したものをいう。",
                    "第2条（秘密保持）乙は、秘密情報を第三者に開示・漏洩してはならない。",
                    "第3条（目的外使用の禁止）乙は、秘密情報を本件の検討以外の目的に使用してはならない。",
                    "第4条（有効期間）本契約の有効期間は、締結日から2年間とする。",
                    "甲：東京都中央区日本橋二丁目14番3号 日の出産業株式会社",
                    "乙：（所在地）　株式会社博光社",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA draft attached; the word 秘密 is contract text, not a marking",
    },
    # 15 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-015",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["映像工房ハルカ 制作部 <seisaku@eizo-haruka.co.jp>"],
        "subject": "Vコン・絵コンテ一式（パスワード別送）",
        "body": """映像工房ハルカ 制作部 御中

お世話になっております。日の出産業の佐伯です。
Vコンと絵コンテ一式をZIPでお送りします。
解凍パスワードは別メールにてお送りいたします。

佐伯
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "asa_cm_vcon_v3.zip",
                "password": "Hnd#2026vcon",
                "files": [
                    {"kind": "pdf", "name": "絵コンテ_v3.pdf", "lines": ["カット1 朝日が差し込むキッチン", "カット2 商品を手に取る"]},
                    {"kind": "txt", "name": "readme.txt", "text": "Vコンは別途ストレージにアップ済み"},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) to the production company",
    },
    # 16 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-016",
        "charset": "iso-2022-jp",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["Yuki Shishido <yuki.shishido.style@gmail.com>"],
        "subject": "衣装リースのご相談（3/12撮影分）",
        "body": """宍戸 由紀 様

お世話になっております。日の出産業の三浦です。
先日はお打ち合わせありがとうございました。

衣装について、いただいたラフのうち B案（リネンのシャツ＋エプロン）で進めたいと思います。
リース先の候補が決まりましたら、ブランド名と点数を教えていただけますでしょうか。
クレジット表記の要否もあわせてご確認いただけると助かります。

スタイリング費用は、前回お見積りの165,000円（税込）で発注予定です。
請求書は撮影終了後に弊社宣伝部宛にお送りください。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one freelance stylist on Gmail; ordinary work mail",
    },
    # 17 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-017",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["映像工房ハルカ 制作進行 上遠野様 <katono@eizo-haruka.co.jp>"],
        "subject": "河川敷ロケ エキストラ名簿",
        "body": """上遠野様

お世話になっております。佐伯です。
4/2 河川敷ロケのエキストラ名簿をお送りします。
弊社社員の家族・知人から募った方々です。集合時間のご連絡は貴社からお願いできますでしょうか。

よろしくお願いします。
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "エキストラ名簿_0402河川敷.xlsx",
                "sheets": {
                    "名簿": [
                        ["4/2 河川敷ロケ　エキストラ名簿（日の出産業 手配分）"],
                        [],
                        ["No", "氏名", "ふりがな", "性別", "年齢", "携帯電話", "メール", "役"],
                        [1, "早乙女 拓海", "さおとめ たくみ", "男", 27, "090-3381-0472", "takumi.saotome@outlook.jp", "ジョギング"],
                        [2, "有働 千夏", "うどう ちなつ", "女", 34, "080-9125-6637", "chinatsu.udo@gmail.com", "犬の散歩"],
                        [3, "我妻 康平", "わがつま こうへい", "男", 53, "090-6620-1198", "k.wagatsuma@icloud.com", "釣り人"],
                        [4, "木幡 里美", "こわた さとみ", "女", 29, "070-2274-8850", "satomi-kowata@yahoo.co.jp", "ジョギング"],
                        [5, "瀬戸口 陽", "せとぐち はる", "男", 8, "090-4418-2203", "setoguchi.family@gmail.com", "親子（子）"],
                        [6, "瀬戸口 美和", "せとぐち みわ", "女", 38, "090-4418-2203", "setoguchi.family@gmail.com", "親子（親）"],
                        [7, "轟 一樹", "とどろき かずき", "男", 52, "080-5532-7741", "todoroki.k@docomo.ne.jp", "自転車"],
                        [8, "湯浅 文香", "ゆあさ ふみか", "女", 23, "070-1846-3390", "fumika.yuasa@gmail.com", "ベンチで読書"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 8 extras with age, mobile and private e-mail in an XLSX with a title row",
    },
    # 18 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-018",
        "charset": "cp932",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["ロケナビ 森本様 <morimoto@locanavi.co.jp>"],
        "subject": "ロケ地候補（朝食シーン用）リストアップのお願い",
        "body": """ロケナビ株式会社
森本様

お世話になっております。日の出産業の佐伯です。
朝食シーン用のロケ地について、こちらでも候補を挙げてみました。
撮影可否と使用料の確認をお願いできますでしょうか。

施設名　　　　　　　　　　所在地　　　　　　　　　　　　　　　電話
------------------------------------------------------------------------
カフェ・ソレイユ葉山　　　神奈川県三浦郡葉山町堀内1820-4　　046-875-2231
古民家スタジオ結　　　　　千葉県いすみ市岬町長者204　　　　　0470-87-5519
ホテル湖畔亭　　　　　　　山梨県南都留郡富士河口湖町船津3912　0555-72-4408
森のベーカリー小径　　　　埼玉県飯能市宮沢21-7　　　　　　　042-971-0826
ハウススタジオ白金台　　　東京都港区白金台5-8-11　　　　　　03-5449-7712
市民農園あさひ台　　　　　東京都町田市旭台3-1（管理事務所）　042-793-1150
------------------------------------------------------------------------

希望条件：東向きの窓、木のテーブル、朝6時〜の撮影可であること。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses (cafes, studios, a hotel) with their own addresses and phones, not people",
    },
    # 19 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-019",
        "charset": "utf-8",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["クリックウェーブ 運用チーム <support@clickwave.co.jp>"],
        "subject": "SNS広告アカウント 決済カード登録のお願い",
        "body": """株式会社クリックウェーブ
運用チーム御中

お世話になっております。日の出産業 メディア課の樋口です。
4月から開始するSNS広告の決済について、広告アカウントへ下記の法人カードの登録をお願いします。

　カード会社　：（法人カード）
　カード番号　：""" + f"{_CARD[:4]}-{_CARD[4:8]}-{_CARD[8:12]}-{_CARD[12:]}" + """
　有効期限　　：09/29
　名義　　　　：HINODE SANGYO CO LTD
　利用上限　　：月額 3,000,000円

登録が完了しましたらご一報ください。
""" + SIG_HIGUCHI,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a full credit card number sent by mail to the ad operations agency",
    },
    # 20 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-020",
        "charset": "iso-2022-jp",
        "sender": "宇野 千晶 <uno.chiaki@hinode-sangyo.co.jp>",
        "to": ["アドブリッジ 経理部 <keiri@adbridge.co.jp>"],
        "subject": "ご請求書（No. AB-2026-0217）の記載について",
        "body": """株式会社アドブリッジ
経理部 御中

お世話になっております。日の出産業 経理部の宇野です。
2月分のご請求書（No. AB-2026-0217、制作費 8,415,000円 税込）を受領いたしました。

インボイス制度対応のため、1点確認させてください。
ご請求書に記載の登録番号「T2011001048372」は、貴社の適格請求書発行事業者登録番号で
間違いございませんでしょうか。国税庁の公表サイトでは商号が旧社名で表示されておりました。

お振込は3/31（火）に下記口座へ予定しております。
　みどり銀行 本店営業部　普通 1184203　カ）アドブリッジ

よろしくお願いいたします。
""" + SIG_UNO,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query: invoice number, the agency's T-number and its company bank account; no person's data",
    },
    # 21 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-021",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 営業企画 <eigyo@sakura-hotel.co.jp>"],
        "subject": "スイートルームでのスチール撮影 日程確定のご連絡",
        "body": """さくらホテル
営業企画ご担当者様

いつもお世話になっております。日の出産業の三浦です。
先日ご相談したスイートルームでのスチール撮影、日程が確定しましたのでご連絡いたします。

　日時：4月21日（火）10:00〜16:00
　人数：スタッフ8名、モデル1名
　搬入：9:30 地下駐車場より

撮影料・お部屋代のお見積りを頂戴できますと幸いです。
""" + SIG_MIURA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: sakura-hotel.co.jp is another TLD of the partner sakura-hotel.jp",
    },
    # 22 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-022",
        "charset": "iso-2022-jp",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["鬼頭 誠 <kito@pw-aoyama.com>"],
        "subject": "3/12 スチール撮影 香盤表",
        "body": """フォトワークス青山
鬼頭様

お世話になっております。三浦です。
3/12のスチール撮影の香盤をお送りします。

　7:30　スタッフ集合・セッティング（スタジオ・ルミエ 1st）
　8:30　モデル入り／ヘアメイク（担当：ヘアメイク 柊）
　9:30　カット1〜3（キッチン・商品手持ち）
　12:00　昼食
　13:00　カット4〜6（ダイニング）
　15:30　ブツ撮り（商品単体・パッケージ）
　18:00　撤収

立会い：日の出産業 三浦・佐伯、アドブリッジ 井筒様
当日の連絡は私の携帯までお願いします。
""" + SIG_MIURA + "\n携帯 090-2751-6640",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "call sheet naming staff by role only; the only phone is the sender's own",
    },
    # 23 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-023",
        "charset": "cp932",
        "sender": "宇野 千晶 <uno.chiaki@hinode-sangyo.co.jp>",
        "to": ["映像工房ハルカ 経理 <keiri@eizo-haruka.co.jp>"],
        "subject": "出演料・スタッフ費 立替払いのお願い（振込先一覧）",
        "body": """映像工房ハルカ 経理ご担当者様

お世話になっております。日の出産業 経理部の宇野です。
先日ご相談した、出演者・フリースタッフへの出演料の立替払いの件です。
振込先一覧を添付いたしますので、3/25までのお振込をお願いいたします。
""" + SIG_UNO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "振込先一覧_0312撮影.xlsx",
                "sheets": {
                    "出演者": [
                        ["氏名", "銀行名", "支店名", "種別", "口座番号", "口座名義（カナ）", "金額"],
                        ["栗栖 里奈", "みどり銀行", "渋谷支店", "普通", "3018427", "クリス リナ", 440000],
                        ["朝比奈 蒼", "東都信用金庫", "中野支店", "普通", "0274519", "アサヒナ アオイ", 220000],
                        ["比嘉 ゆかり", "琉南銀行", "那覇本店", "普通", "6602183", "ヒガ ユカリ", 220000],
                        ["三枝 陸", "ゆうちょ銀行", "〇一八店", "普通", "5521037", "サエグサ リク", 110000],
                    ],
                    "スタッフ": [
                        ["氏名", "銀行名", "支店名", "種別", "口座番号", "口座名義（カナ）", "金額"],
                        ["柊 玲子", "みどり銀行", "青山支店", "普通", "1093364", "ヒイラギ レイコ", 132000],
                        ["舘 慎吾", "さくら信用組合", "本店", "当座", "0048210", "タチ シンゴ", 99000],
                        ["甘粕 悠", "東都信用金庫", "吉祥寺支店", "普通", "0719942", "アマカス ユウ", 88000],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: 7 performers' and freelancers' personal bank accounts across two sheets",
    },
    # 24 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-024",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>"],
        "cc": ["スタジオ・ルミエ 予約係 <reserve@studio-lumie.jp>"],
        "subject": "スタジオ下見の日程調整",
        "body": """井筒様
（cc：スタジオ・ルミエ様）

お世話になっております。日の出産業の三浦です。
スタジオ下見の日程ですが、以下のいずれかでいかがでしょうか。

　① 2/24（火）10:00〜
　② 2/25（水）16:00〜
　③ 2/27（金）13:00〜

スタジオ・ルミエ様には1stスタジオの空き状況をご確認いただけますと幸いです。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (agency and studio) in To/Cc: a normal three-way mail",
    },
    # 25 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-025",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["久保田 修 <kubota.osamu@hinode-sangyo.co.jp>"],
        "cc": ["campaign@hinode-sangyo.co.jp"],
        "subject": "B賞当選者（電話確認が必要な方）",
        "body": """久保田さん

B賞の当選者のうち、住所不備で電話確認が必要な方の一覧です。
事務局で本日中に架電します。

氏名　　　　　郵便番号　住所　　　　　　　　　　　　　　　電話
――――――――――――――――――――――――――――――――――――
目黒 勝利　　　〒020-0024　岩手県盛岡市菜園1-9-22　　　　019-651-2207
能登谷 真理　　〒036-8004　青森県弘前市大町3-4-8　　　　　0172-38-4491
糸数 保　　　　〒901-2223　沖縄県宜野湾市大山6-21-3　　　098-897-3015
熊谷 弥生　　　〒350-1123　埼玉県川越市脇田本町15-9　　　049-246-7780
鶴見 伸也　　　〒890-0053　鹿児島県鹿児島市中央町24-11　099-255-6134
秋葉 香織　　　〒950-0087　新潟県新潟市中央区東大通2-3-5　025-243-9962

小野寺
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "six winners' records but every recipient is internal (hinode-sangyo.co.jp)",
    },
    # 26 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-026",
        "charset": "utf-8",
        "sender": "おいしい朝キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": [
            "hiro.mochizuki77@gmail.com",
            "kanako_s0915@yahoo.co.jp",
            "t.minagawa@icloud.com",
        ],
        "subject": "【ご当選のお知らせ】おいしい朝キャンペーン 特別賞",
        "body": """このたびは「おいしい朝キャンペーン2026」にご応募いただき、誠にありがとうございました。

厳正なる抽選の結果、特別賞「朝食ペア宿泊券（さくらホテル）」にご当選されました。
おめでとうございます。

賞品のお届けにあたり、下記フォームより3月10日（火）までに
お届け先のご登録をお願いいたします。
　https://campaign.hinode-sangyo.co.jp/winner/form

期日までにご登録がない場合、当選を無効とさせていただく場合がございます。
""" + SIG_CAMPAIGN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: three private winners see each other's addresses in To; should have been Bcc",
    },
    # 27 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-027",
        "charset": "utf-8",
        "sender": "Ryosuke Saeki <saeki.r@hinode-sangyo.co.jp>",
        "to": ["Claire Dubois <claire@northlight-agency.com>"],
        "subject": "Shoot in Lisbon - rates and usage rights",
        "body": """Dear Claire,

Thank you for the portfolio you sent last week. Our team would love to work with
Mr. Lucas Ferreira for the outdoor breakfast visuals.

Could you kindly quote for the following?

  - 2 shooting days in Lisbon (tentatively 18-19 May 2026), plus 1 recce day
  - Deliverables: 12 retouched stills, 3 cut-down videos (6s / 15s / 30s)
  - Usage: Japan only, all media (TV, OOH, digital, in-store), 2 years from first release
  - Buyout of model and location rights to be handled by your production

We would appreciate your quotation by 6 March. A mutual NDA will be sent by our legal
team before we share the creative brief.
""" + SIG_EN + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English quote request to a foreign production agency; names only, NDA merely mentioned",
    },
    # 28 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-028",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["グローブ旅行 法人営業部 宇佐美様 <usami@globe-tabi.co.jp>"],
        "subject": "リスボン撮影渡航 航空券手配（旅券情報）",
        "body": """グローブ旅行株式会社
法人営業部 宇佐美様

お世話になっております。日の出産業の佐伯です。
5月のリスボン撮影の航空券手配につき、渡航者の旅券情報をお送りします。

【渡航者1】
　氏名（ローマ字）：SAEKI RYOSUKE
　生年月日：1986年7月14日
　旅券番号：TR5172849　有効期限：2031年8月2日

【渡航者2】
　氏名（ローマ字）：KURISU RINA（モデル）
　生年月日：2001年11月30日
　旅券番号：TZ0938456　有効期限：2029年4月17日

往路 5/15 成田発、復路 5/21 リスボン発でお願いします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: passport numbers with dates of birth of two travellers to a travel agency",
    },
    # 29 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-029",
        "charset": "cp932",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["東邦新聞社 広告局 <ad-info@toho-shimbun.co.jp>"],
        "subject": "媒体資料および広告料金表のご送付依頼",
        "body": """東邦新聞社 広告局 御中

お世話になります。日の出産業株式会社 宣伝部メディア課の樋口と申します。

2026年度の新聞出稿計画の検討にあたり、以下の資料をお送りいただけますでしょうか。

　・最新の媒体資料（発行部数・読者属性）
　・全国版／地方版の広告料金表（全15段、全5段、記事下）
　・特集企画「春の食卓」の企画書（もしあれば）

なお、実際の発注はメディアリンク社経由となる予定です。
よろしくお願い申し上げます。
""" + SIG_HIGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "media kit request to a newspaper; ordinary mail",
    },
    # 30 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-030",
        "charset": "iso-2022-jp",
        "sender": "河合 奈緒 <kawai.nao@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 鶴田先生 <tsuruta@shirakawa-law.jp>"],
        "subject": "出演契約書（署名版）のご確認のお願い",
        "body": """白川法律事務所
鶴田先生

いつもお世話になっております。日の出産業 法務課の河合です。
先日ご相談した出演契約書について、先方の署名済み版が届きましたのでお送りします。
PDFにはパスワードを設定しております（パスワードはお電話でお伝えします）。

競業避止条項の範囲について、先方修正が入っていないかご確認いただけますと幸いです。

河合
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "出演契約書_署名済.pdf",
                "password": "shirakawa0226",
                "lines": ["出演契約書", "第5条（競業避止）", "第9条（肖像権の使用期間）"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF of the signed talent contract",
    },
    # 31 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-031",
        "charset": "utf-8",
        "sender": "久保田 修 <kubota.osamu@hinode-sangyo.co.jp>",
        "to": ["オフィス陽だまり マネージャー 仲宗根様 <nakasone@hidamari-office.co.jp>"],
        "subject": "出演契約の条件について（ご提案）",
        "body": """株式会社オフィス陽だまり
仲宗根様

先日はお時間をいただきありがとうございました。日の出産業の久保田です。
所属タレントの方の起用条件について、弊社案をお送りいたします。

1. 契約期間：2026年4月1日〜2027年3月31日（1年間）
2. 使用媒体：TVCM、新聞、雑誌、交通広告、Web・SNS、店頭販促物
3. 競合排除：シリアル・グラノーラ・朝食用パン類
4. 撮影日数：CM撮影2日、スチール1日、イベント出演1回
5. 出演料：別紙のとおり（貴社のご提示額を前提に調整）

なお、契約書には秘密保持条項を設けておりますが、企画内容のご共有の前に
別途の秘密保持契約の締結は不要と考えております。ご意見をお聞かせください。
""" + SIG_KUBOTA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "talent contract terms to the talent office; business terms, a mention of a secrecy clause",
    },
    # 32 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-032",
        "charset": "cp932",
        "sender": "河合 奈緒 <kawai.nao@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 鶴田先生 <tsuruta@shirakawa-law.jp>"],
        "subject": "起用予定タレントに関するご相談",
        "body": """鶴田先生

お世話になっております。日の出産業 法務課の河合です。
秋季キャンペーンで起用を検討しているタレントについて、ご相談させてください。

対象：俳優　六角 隼人（ろっかく はやと）氏（所属：オフィス陽だまり）

宣伝部が事務所にヒアリングしたところ、同氏は2019年に酒気帯び運転で逮捕され、
略式起訴で罰金刑を受けていたことが判明しました（報道はされていない模様）。
契約書の表明保証条項・解除条項でどこまで手当てすべきか、また起用自体のリスクについて
ご意見を頂戴できますでしょうか。

お忙しいところ恐縮ですが、3月中旬までにお打ち合わせの機会をいただけますと幸いです。

日の出産業株式会社 法務部 法務課
河合 奈緒
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named actor's arrest and criminal penalty sent to an outside law firm",
    },
    # 33 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-033",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>"],
        "subject": "FW: 【スタジオ・ルミエ】2026年度 料金表のご案内",
        "body": """井筒様

スタジオ・ルミエさんから新年度の料金表が届きましたので転送します。
1stスタジオが4月から値上げになるようです。お見積りへの反映をお願いします。

三浦

-------- 転送メッセージ --------
差出人: スタジオ・ルミエ 予約係 <reserve@studio-lumie.jp>
日付: 2026年2月16日 11:02
件名: 【スタジオ・ルミエ】2026年度 料金表のご案内

平素よりスタジオ・ルミエをご利用いただき、誠にありがとうございます。
2026年4月1日ご利用分より、下記のとおり料金を改定いたします。

　1stスタジオ（白ホリ・キッチンセット付）　1時間 28,000円 → 32,000円
　2ndスタジオ（ハウス）　　　　　　　　　　1時間 18,000円（据え置き）
　メイクルーム　　　　　　　　　　　　　　　1時間 3,000円
　延長（22時以降）　　　　　　　　　　　　　1時間あたり 25%増

詳細は添付の料金表をご覧ください。
株式会社スタジオ・ルミエ　〒108-0023 東京都港区芝浦3-9-14　TEL 03-6453-2280
""",
        "attachments": [
            {
                "kind": "html",
                "name": "studio_lumie_price_2026.html",
                "html": """<html><head><meta charset="utf-8"><title>料金表</title></head><body>
<h2>スタジオ・ルミエ 2026年度 料金表</h2>
<table border="1"><tr><th>スタジオ</th><th>料金（税別/1h）</th></tr>
<tr><td>1st</td><td>32,000円</td></tr><tr><td>2nd</td><td>18,000円</td></tr>
<tr><td>メイクルーム</td><td>3,000円</td></tr></table></body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a studio's price list: new text to the agency, but only business information",
    },
    # 34 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-034",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["アドブリッジ 井筒様 <izutsu@adbridge.co.jp>"],
        "subject": "FW: キャンペーンサイト 日次レポート（2/20）",
        "body": """井筒様

ツバサシステムさんから届いたキャンペーンサイトの日次レポートを転送します。
2/19のCM出稿後、応募数が大きく伸びています。SNS施策の追加をご検討ください。

小野寺
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "日次レポート_0220.eml",
                "message": {
                    "charset": "utf-8",
                    "sender": "ツバサシステム 運用センター <ops@tsubasa-system.jp>",
                    "to": ["onodera.m@hinode-sangyo.co.jp"],
                    "subject": "【日次】おいしい朝キャンペーン サイトレポート 2026/02/20",
                    "body": """日の出産業 小野寺様

2026/02/20 分のレポートです。

  PV            : 182,440
  UU            :  61,208
  応募完了      :   4,917（前日比 +212%）
  応募完了率    :   8.0%
  流入元        : 自然検索 22% / SNS 41% / 広告 30% / その他 7%
  エラー件数    :   0

ツバサシステム株式会社 運用センター
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded mail (eml) with site traffic statistics only",
    },
    # 35 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-035",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["スタジオ・ルミエ 予約係 <reserve@studio-lumie.jp>"],
        "subject": "3/12 撮影 入館者登録のお願い（クライアント立会い分）",
        "body": """スタジオ・ルミエ 予約係様

お世話になっております。日の出産業の佐伯です。
3/12の撮影に立ち会う弊社・代理店の入館登録をお願いいたします。
緊急時の連絡先として携帯番号も記載しております。

・佐伯 亮介（日の出産業）　090-6128-3305
・三浦 彩花（日の出産業）　090-2751-6640
・井筒 翔太（アドブリッジ）080-3374-9152

駐車場は1台分（品川 300 さ 48-21）の確保をお願いします。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three people's names with mobile numbers for building access: under the list threshold, may warn",
    },
    # 36 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-036",
        "charset": "utf-8",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["松永 <matsunaga@medialink-ad.co.jp>"],
        "subject": "雑誌タイアップ候補（5月号）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>メディアリンク<br>松永様</p>
<p>お世話になっております。樋口です。<br>
5月号の雑誌タイアップ候補を整理しました。空き枠と料金の確認をお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>誌名</th><th>発行</th><th>発売日</th><th>企画</th><th>想定料金（グロス）</th></tr>
<tr><td>月刊 朝ごはん暮らし</td><td>暮らし書房</td><td>4/7</td><td>4P記事タイアップ</td><td>3,200,000円</td></tr>
<tr><td>ESSEN TOKYO</td><td>東京エディトリアル</td><td>4/12</td><td>2P＋表4</td><td>4,800,000円</td></tr>
<tr><td>ランナーズ日和</td><td>スポーツ企画社</td><td>4/20</td><td>1P純広</td><td>1,100,000円</td></tr>
<tr><td>ママと子どもの食卓</td><td>ひかり出版</td><td>4/28</td><td>2P記事＋読者プレゼント</td><td>2,600,000円</td></tr>
</table>
<p>読者プレゼントは弊社商品詰め合わせ（20名様）を想定しています。</p>
<p>--<br>日の出産業株式会社 宣伝部 メディア課　樋口 隆之<br>TEL: 03-5201-7740</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only mail with a table of magazines and prices; no people",
    },
    # 37 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-037",
        "charset": "iso-2022-jp",
        "sender": "久保田 修 <kubota.osamu@hinode-sangyo.co.jp>",
        "to": ["本庄様 <honjo@adbridge.co.jp>"],
        "subject": "【極秘】秋季キャンペーン 価格改定情報",
        "body": """本庄様

久保田です。
【取扱注意】本メールの内容は9/1の公式発表まで社内でも限られた者のみで共有しております。

秋季キャンペーンに合わせ、主力3品の希望小売価格を以下のとおり改定いたします。

　グラノーラ 朝のひとさじ 400g　　 598円 → 648円
　グラノーラ 朝のひとさじ 800g　　1,080円 → 1,180円
　オートミール やさしい朝 300g　　 458円 → 498円

値上げを感じさせないコミュニケーション（増量企画との組み合わせ等）をご提案いただけますと幸いです。
""" + SIG_KUBOTA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: subject stamped 【極秘】 and the body 【取扱注意】, sent to the agency",
    },
    # 38 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-038",
        "charset": "cp932",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["ヘアメイク事務所 ルーチェ <info@luce-hairmake.jp>"],
        "subject": "ヘアメイクのお見積りについて",
        "body": """ヘアメイク事務所ルーチェ 御中

お世話になっております。日の出産業の三浦です。
お見積り（No. LC-0311）ありがとうございました。

2日間の拘束＋テスト撮影1日で、合計 264,000円（税込）にて発注させていただきます。
発注書は購買部より本日中にお送りいたします。
""" + SIG_MIURA + """

===========================================================================
【ご注意】本メールおよび添付ファイルには、機密情報・個人情報が含まれている場合が
あります。本メールの宛先に誤りがある場合は、誠に恐れ入りますが、直ちに送信者に
ご連絡いただくとともに、本メールを破棄してください。無断での複製・転送・開示を
禁じます。
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information. If you are not the intended recipient, please delete this message.
===========================================================================""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order confirmation with a long standard confidentiality disclaimer, not a marking",
    },
    # 39 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-039",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["上遠野様 <katono@eizo-haruka.co.jp>"],
        "subject": "道路使用許可申請用 撮影スタッフ名簿（弊社分）",
        "body": """上遠野様

お世話になっております。佐伯です。
商店街ロケの道路使用許可申請に添付する撮影スタッフ名簿のうち、
弊社手配分（クライアント・フリースタッフ）をWordでお送りします。
警察署への提出は貴社からお願いいたします。

佐伯
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "撮影スタッフ名簿_日の出産業手配分.docx",
                "paragraphs": [
                    "撮影スタッフ名簿（道路使用許可申請 添付資料）",
                    "撮影日：令和8年4月2日　場所：駅前商店街",
                ],
                "tables": [
                    [
                        ["氏名", "生年月日", "住所", "役割"],
                        ["佐伯 亮介", "昭和61年7月14日", "神奈川県川崎市中原区今井南町28-6", "クライアント"],
                        ["三浦 彩花", "平成4年2月3日", "東京都杉並区阿佐谷北2-31-9 アーバン阿佐谷402", "クライアント"],
                        ["柊 玲子", "昭和58年11月22日", "東京都渋谷区幡ヶ谷1-17-3", "ヘアメイク"],
                        ["舘 慎吾", "平成2年5月9日", "埼玉県さいたま市浦和区高砂4-2-18", "照明助手"],
                        ["甘粕 悠", "平成8年8月30日", "東京都練馬区豊玉北5-14-2-605", "撮影助手"],
                        ["宍戸 由紀", "昭和63年3月17日", "東京都目黒区中目黒3-6-21", "スタイリスト"],
                        ["湯浅 文香", "平成14年10月1日", "千葉県市川市八幡2-10-4", "エキストラ"],
                        ["轟 一樹", "昭和48年6月25日", "東京都大田区池上6-33-1", "エキストラ"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 8 crew members' dates of birth (和暦) and home addresses in a DOCX table",
    },
    # 40 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-040",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["安住様 <azumi@kitaguni-foods.co.jp>"],
        "subject": "共同キャンペーン 撮影用サンプルのご送付依頼",
        "body": """北国フーズ株式会社
安住様

お世話になっております。小野寺です。
3/12の撮影で使用する貴社商品サンプルについて、下記のとおりご送付をお願いできますでしょうか。

　・北海道バターロール（6個入）　　　　10袋
　・十勝ミルクジャム（140g）　　　　　 6瓶
　・しぼりたて牛乳 1000ml（撮影用）　　8本

お届け先：スタジオ・ルミエ 1stスタジオ（港区芝浦3-9-14）
　　　　　3/11（水）午前着、宛名「日の出産業 撮影チーム」
配送は青葉運輸さんのクール便を手配済みです。伝票番号は別途お知らせします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sample request to the partner kitaguni-foods.co.jp (correct domain); studio address only",
    },
    # 41 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-041",
        "charset": "cp932",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["旭ヶ丘市 都市整備部 公園緑地課 <koen@city.asahigaoka.lg.jp>"],
        "subject": "公園内での広告撮影に係る行為許可申請について（お問い合わせ）",
        "body": """旭ヶ丘市 都市整備部 公園緑地課 御中

お世話になります。日の出産業株式会社 宣伝部の佐伯と申します。

中央公園の芝生広場でテレビCMの撮影を行いたく、都市公園条例に基づく行為許可申請の
手続きについてお伺いいたします。

　1. 申請書の提出期限（撮影日の何日前までか）
　2. 使用料の算定方法（1平方メートル・1日あたりの単価）
　3. 機材車両の園内乗り入れ可否
　4. 一般利用者への告知看板の要否

撮影予定は4月下旬の平日、スタッフ約20名・出演者2名、午前中のみを想定しております。
お手数をおかけしますが、ご教示いただけますと幸いです。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "park use permit question to a city office; headcounts only",
    },
    # 42 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-042",
        "charset": "iso-2022-jp",
        "sender": "おいしい朝キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": ["mitarai.sachiko@yahoo.co.jp"],
        "subject": "【おいしい朝キャンペーン】お届け先ご確認のお願い",
        "body": """御手洗 幸子 様

このたびはA賞へのご当選、誠におめでとうございます。
おいしい朝キャンペーン事務局でございます。

ご登録いただいたお届け先に、賞品をお送りしたところ
「転居先不明」で返送されてまいりました。
お手数ですが、下記のご登録内容をご確認いただき、正しいお届け先をご返信ください。

　お名前　　：御手洗 幸子 様
　ご住所　　：〒862-0950 熊本県熊本市中央区水前寺4-18-11
　お電話番号：096-384-2217

3月末日までにご連絡がない場合は、誠に恐縮ながら当選を辞退されたものとさせていただきます。
""" + SIG_CAMPAIGN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "one winner's own record sent back to that winner on free mail: one person, may warn",
    },
    # 43 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-043",
        "charset": "utf-8",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["松永様 <matsunaga@medialink-ad.co.jp>"],
        "subject": "Re: 1-3月 出稿実績のご確認",
        "body": """松永様

樋口です。1-3月の出稿実績、こちらで突き合わせた版をお戻しします。
差異がある行は黄色で塗っています。

よろしくお願いします。
""" + SIG_HIGUCHI,
        "attachments": [{"kind": "corrupt", "name": "出稿実績_2026Q1_突合.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the XLSX attachment is corrupt",
    },
    # 44 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-044",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["ウェブデザイン室 クオリア <design@qualia-web.jp>"],
        "subject": "キャンペーンバナー制作素材一式",
        "body": """クオリア ウェブデザイン室 御中

お世話になっております。日の出産業の三浦です。
キャンペーンバナーの制作素材をまとめてお送りします。

・コピー原稿（Word）
・ロゴデータ（PNG）
・レギュレーション（テキスト）

サイズ展開は 300×250／728×90／1080×1080 の3種でお願いします。
初稿は3/6（金）を目安にお願いいたします。
""" + SIG_MIURA,
        "attachments": [
            {
                "kind": "zip",
                "name": "banner_materials_0227.zip",
                "files": [
                    {
                        "kind": "docx",
                        "name": "コピー原稿.docx",
                        "paragraphs": [
                            "メインコピー：毎朝、ひとさじの幸せ。",
                            "サブコピー：抽選で1,000名様に当たる！おいしい朝キャンペーン",
                            "ボタン：今すぐ応募する",
                            "注釈：※応募締切 2026年3月31日（火）23:59",
                        ],
                    },
                    {"kind": "png", "name": "logo_hinode_2026.png"},
                    {
                        "kind": "txt",
                        "name": "regulation.txt",
                        "text": "ロゴ周りのアキはロゴ高さの1/2以上\n商品写真のトリミング不可\n背景色 #FFF6E5",
                    },
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of creative materials (docx, png, txt); nothing personal",
    },
    # 45 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-045",
        "charset": "cp932",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["リサーチアイ 調査部 <research@research-eye.co.jp>"],
        "subject": "体験談広告用 モニター参加者データ",
        "body": """株式会社リサーチアイ 調査部 御中

お世話になっております。日の出産業 販促企画課の小野寺です。
体験談広告（4週間モニター）の参加者データをZIPでお送りします。
インタビュー日程の調整は貴社からご連絡をお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "zip",
                "name": "monitor_0301.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "monitor_list.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["No", "氏名", "年齢", "職業", "電話番号", "メールアドレス"],
                            ["1", "峯岸 亜希子", "41", "会社員", "090-8862-4017", "akiko.minegishi@gmail.com"],
                            ["2", "浦野 拓真", "33", "公務員", "080-2259-7604", "t-urano@outlook.jp"],
                            ["3", "金城 さやか", "28", "看護師", "070-6614-0982", "sayaka.kinjo@icloud.com"],
                            ["4", "久慈 浩二", "56", "自営業", "090-1037-5528", "kuji.koji@yahoo.co.jp"],
                            ["5", "廿日出 まどか", "37", "主婦", "080-7781-3346", "madoka.hatsukade@gmail.com"],
                            ["6", "湯浅 直人", "24", "学生", "070-4450-2291", "naoto.yuasa@ezweb.ne.jp"],
                        ],
                    },
                    {"kind": "txt", "name": "説明.txt", "encoding": "cp932", "text": "モニター期間：3/2〜3/29\n謝礼：QUOカード5,000円分"},
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 6 monitor participants with phone and e-mail in a CSV inside a plain ZIP",
    },
    # 46 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-046",
        "charset": "utf-8",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["リサーチアイ 野々村様 <nonomura@research-eye.co.jp>"],
        "subject": "広告効果測定（1月オンエア分）集計結果の共有",
        "body": """野々村様

お世話になっております。樋口です。
社内で集計した広告効果測定の結果をお送りします。
次回調査の設問設計の参考にしていただけますと幸いです。
""" + SIG_HIGUCHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "効果測定_2026年1月.xlsx",
                "sheets": {
                    "認知": [
                        ["広告認知率（n=1,200）"],
                        ["年代", "男性", "女性", "全体"],
                        ["20代", "31.2%", "38.5%", "34.9%"],
                        ["30代", "35.0%", "44.1%", "39.6%"],
                        ["40代", "40.8%", "51.7%", "46.3%"],
                        ["50代", "37.4%", "48.2%", "42.8%"],
                        ["60代", "29.9%", "36.0%", "33.0%"],
                    ],
                    "購入意向": [
                        ["項目", "接触者", "非接触者", "差"],
                        ["購入意向（TOP2）", "42.1%", "27.5%", "14.6pt"],
                        ["好意度（TOP2）", "58.3%", "40.2%", "18.1pt"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate survey statistics by age band; no individual respondents",
    },
    # 47 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-047",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["巴レンタカー 法人受付 <hojin@tomoe-rent.co.jp>"],
        "subject": "ロケバス（10人乗り）予約 運転者情報",
        "body": """巴レンタカー 法人受付ご担当者様

お世話になっております。日の出産業の佐伯です。
4/1〜4/2でご予約のハイエース（10人乗り）について、運転者情報をお知らせします。

　運転者氏名　：大河原 慎一
　生年月日　　：1979年9月3日
　運転免許証番号：第 3021 5578 4610 号（東京都公安委員会）
　免許の有効期限：2028年10月3日まで

出庫は4/1 18:00 新木場店でお願いします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a driver's licence number with name and date of birth to a rental company",
    },
    # 48 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-048",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["スタジオ・ルミエ ケータリング担当 <catering@studio-lumie.jp>"],
        "subject": "Re: メニュー案（3/12・13）",
        "body": """ご担当者様

メニュー案ありがとうございます。この内容で問題ございません。
ご配慮いただき本当に助かります。当日もよろしくお願いいたします。

三浦

-----Original Message-----
From: スタジオ・ルミエ ケータリング担当 <catering@studio-lumie.jp>
Sent: Wednesday, February 25, 2026 5:41 PM
To: 三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>
Subject: メニュー案（3/12・13）

三浦様

栗栖 里奈様の卵・乳アレルギー（アナフィラキシー歴あり）を踏まえ、
栗栖様用は別調理・別盛りの和食弁当（卵・乳不使用）をご用意いたします。
その他の皆様は通常メニューで、ロケ弁A・Bの2種からお選びいただけます。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the allergy details are only in the quoted Original Message; the new text is a thank-you",
    },
    # 49 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-049",
        "charset": "cp932",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["鬼頭 誠 <kito@pw-aoyama.com>"],
        "subject": "【至急】3/13 撮影延期のご連絡",
        "body": """鬼頭様

お世話になっております。三浦です。
急なご連絡で申し訳ございません。

モデルの朝比奈 蒼さんが昨夜から体調を崩され、医師の判断で数日安静が必要とのことで、
3/13（金）の撮影は予備日の3/16（月）に延期させてください。
スタジオ・ヘアメイクには弊社から連絡済みです。

キャンセル料の扱いについては改めてご相談させてください。
""" + SIG_MIURA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named model being ill on doctor's orders: vague health information, judgeable either way",
    },
    # 50 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-050",
        "charset": "iso-2022-jp",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["関東中央テレビ 営業局 スポット部 <spot@kanto-chuo-tv.co.jp>"],
        "subject": "4月期 番組提供のお見積りについて",
        "body": """関東中央テレビ
営業局 スポット部 御中

いつもお世話になっております。日の出産業の樋口です。
4月期の番組提供につきまして、下記条件でのお見積りをお願いいたします。

　番組　：「おはようワイド」（月〜金 6:00〜8:00）
　枠　　：30秒 × 週5回、13週
　希望　：7時台前半
　想定GRP：週あたり 120〜150

あわせて、同時間帯のスポット（15秒）のパーコストも教えていただけますと幸いです。
発注はメディアリンク社経由になります。
""" + SIG_HIGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "TV sponsorship quote request; business data only",
    },
    # 51 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-051",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["大河内様 <okochi@nishiki-insatsu.co.jp>"],
        "cc": ["井筒 翔太 <izutsu@adbridge.co.jp>", "風見 <kazami@atelier-kazami.jp>"],
        "subject": "店頭POP 色校の確認会（3/3）について",
        "body": """錦印刷 大河内様
cc: アドブリッジ 井筒様、アトリエ風見 風見様

お世話になっております。日の出産業の佐伯です。
店頭POP（A3・A4・短冊）の本機色校について、確認会を下記で行いたいと思います。

　日時：3月3日（火）13:30〜
　場所：錦印刷様 板橋工場 ショールーム

デザイン元データの件でアトリエ風見様にもご同席いただけますと助かります。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: printer, agency and design office (three organisations) in To/Cc",
    },
    # 52 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-052",
        "charset": "iso-2022-jp",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 営業企画 <eigyo@sakura-hotel.jp>"],
        "subject": "スイートルームでのスチール撮影 日程確定のご連絡",
        "body": """さくらホテル 営業企画ご担当者様

いつもお世話になっております。日の出産業の三浦です。
スイートルームでのスチール撮影、4/21（火）10:00〜16:00で確定いたしました。
（先ほど誤ったアドレスに送信しかけたため、改めてお送りしております。）

撮影は朝食ルームサービスのシーンが中心で、料理は貴ホテルの朝食メニューを
そのまま使わせていただければと考えております。料理代も含めてお見積りをお願いいたします。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the same request to the real partner domain sakura-hotel.jp",
    },
    # 53 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-053",
        "charset": "utf-8",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["PRスクエア 須賀様 <suga@pr-square.co.jp>"],
        "subject": "インフルエンサー向け 商品発送リスト",
        "html": """<html><body>
<p>PRスクエア<br>須賀様</p>
<p>お世話になっております。日の出産業の小野寺です。<br>
新商品ギフティングの発送先リストです。3/9着でお手配をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>活動名</th><th>本名</th><th>送付先住所</th><th>電話</th><th>メール</th></tr>
<tr><td>あさごはん日和</td><td>生田 舞</td><td>〒151-0072 東京都渋谷区幡ヶ谷3-22-8-301</td><td>090-5508-1274</td><td>mai.ikuta.asa@gmail.com</td></tr>
<tr><td>ぐらのーら部長</td><td>新発田 圭</td><td>〒230-0062 神奈川県横浜市鶴見区豊岡町14-3</td><td>080-4471-6930</td><td>kei.shibata@outlook.jp</td></tr>
<tr><td>mika_morning</td><td>大道寺 美佳</td><td>〒530-0041 大阪府大阪市北区天神橋4-7-15</td><td>070-3322-8146</td><td>mika.daidoji@icloud.com</td></tr>
<tr><td>パン屋めぐり</td><td>五百旗頭 凛</td><td>〒604-8152 京都府京都市中京区烏丸通錦小路上る手洗水町648</td><td>090-9925-0307</td><td>rin.iokibe@yahoo.co.jp</td></tr>
<tr><td>とうちゃんの朝飯</td><td>鰐部 剛</td><td>〒465-0025 愛知県名古屋市名東区上社1-902</td><td>080-6158-2243</td><td>waniwani.go@gmail.com</td></tr>
<tr><td>ゆるっと北海道</td><td>東海林 奈々</td><td>〒060-0061 北海道札幌市中央区南一条西8-10-3</td><td>070-8817-5562</td><td>nana.shoji.hk@gmail.com</td></tr>
<tr><td>すーぱー朝活</td><td>一番ヶ瀬 諒</td><td>〒812-0011 福岡県福岡市博多区博多駅前3-19-5</td><td>090-2630-4485</td><td>ryo.ichibangase@outlook.jp</td></tr>
<tr><td>よこはま食卓</td><td>小鳥遊 千尋</td><td>〒231-0023 神奈川県横浜市中区山下町118-2</td><td>080-3184-9027</td><td>chihiro.takanashi@gmail.com</td></tr>
<tr><td>oatmeal_life</td><td>薬袋 沙耶</td><td>〒400-0031 山梨県甲府市丸の内2-35-7</td><td>070-1193-6608</td><td>saya.minai@icloud.com</td></tr>
<tr><td>朝ヨガ部</td><td>栗林 瞳</td><td>〒980-0021 宮城県仙台市青葉区中央2-11-4</td><td>090-4076-3319</td><td>hitomi.kuribayashi@docomo.ne.jp</td></tr>
</table>
<p>--<br>日の出産業株式会社 販促企画課 小野寺 真由</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 10 influencers' real names, home addresses, phones and e-mails in an HTML-only table",
    },
    # 54 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-054",
        "charset": "cp932",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>"],
        "subject": "キャスティング打診先（モデル事務所）の一覧",
        "body": """井筒様

お世話になっております。三浦です。
ファミリー層向けカットのキャスティングについて、弊社で過去に取引のある
モデル事務所を挙げておきます。打診先の参考にしてください。

　・カナリアモデルズ（渋谷区神宮前）　　代表 03-6418-2250
　・エトワール・プロモーション（港区南青山）　代表 03-3409-7781
　・キッズタレント銀河（世田谷区三軒茶屋）　代表 03-5432-1066
　・オフィス陽だまり（新宿区四谷）　　　代表 03-3358-4492
　・関西モデルバンク（大阪市西区）　　　代表 06-6543-2019
　・ノースライト・エージェンシー（海外モデル）　info@northlight-agency.com

子役は「キッズタレント銀河」さんが対応が早い印象です。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of model agencies (businesses) with switchboards, not people",
    },
    # 55 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-055",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["ホテル湖畔亭 支配人 浅見様 <asami@kohantei.co.jp>"],
        "subject": "ロケ撮影時のバリアフリー対応のお願い",
        "body": """ホテル湖畔亭
支配人 浅見様

お世話になっております。日の出産業の佐伯です。
5/14の朝食シーン撮影に関し、出演者への配慮についてご相談させてください。

出演者の甲斐 美智留さんは、脊髄損傷による下肢の障害があり（身体障害者手帳1級）、
車いすを使用されています。つきましては、
　・正面玄関から朝食会場までの段差解消（スロープ）
　・多目的トイレの利用
　・控室を1階にご用意いただくこと
が可能かどうかご確認いただけますでしょうか。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named performer's disability and disability certificate grade sent to a hotel",
    },
    # 56 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-056",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["大河内様 <okochi@nishiki-insatsu.co.jp>"],
        "subject": "店頭POP 校了のご連絡",
        "body": """大河内様

お世話になっております。佐伯です。
色校確認会ではありがとうございました。
店頭POP 3点、いただいた再校をもって校了とします。校了紙のPDFを添付します。

　A3 POP　　　 12,000部
　A4 POP　　　 20,000部
　短冊（W600） 35,000部

納品：3/23（月）AM　青葉運輸 東雲センター 気付
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "店頭POP_校了紙.pdf",
                "title": "店頭POP 校了",
                "page_header": "校了　2026.3.5 日の出産業 宣伝部",
                "lines": [
                    "店頭POP 3点 校了",
                    "A3 POP：色調OK、トンボ位置確認済み",
                    "A4 POP：価格表記OK",
                    "短冊：JANコード読取テスト済み",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proof sign-off to the partner printer; quantities and a delivery point only",
    },
    # 57 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-057",
        "charset": "cp932",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["スタジオ・ルミエ 予約係 <reserve@studio-lumie.jp>"],
        "subject": "子役出演者と保護者の入館について",
        "body": """スタジオ・ルミエ 予約係様

お世話になっております。三浦です。
3/16の撮影に子役2名が保護者同伴で入ります。入館受付へ共有をお願いいたします。

氏名	生年月日	保護者	保護者連絡先
瀬戸口 陽	平成29年6月11日	瀬戸口 美和	090-4418-2203
三枝 ひなた	平成31年1月27日	三枝 陸	080-9951-0376

労働基準法の関係で、子役は20時までに撮影を終える予定です。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two child performers with dates of birth and a guardian's phone: under the list threshold, may warn",
    },
    # 58 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-058",
        "charset": "utf-8",
        "sender": "Ayaka Miura <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["Licensing Desk <licensing@brightframe-images.com>"],
        "subject": "License extension for image #BF-2291847",
        "body": """Hello,

We licensed the image #BF-2291847 ("Sunrise breakfast table") under order BF-ORD-55130
in April 2025 for print use in Japan, one year.

We would like to extend the license for another 12 months and add digital use
(website and social media, Japan only). Could you send us a quotation and the
updated license agreement?

Kind regards,
Ayaka Miura
Advertising Production, Hinode Sangyo Co., Ltd.
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English stock-photo licence extension: order and image numbers only",
    },
    # 59 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-059",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業 我孫子様 <abiko@aoba-unyu.co.jp>"],
        "subject": "キャンペーン賞品 発送計画（概算）",
        "body": """青葉運輸株式会社
法人営業 我孫子様

お世話になっております。日の出産業の小野寺です。
おいしい朝キャンペーンB賞・C賞の発送計画の概算をお送りします。

　B賞（朝食セット・常温 60サイズ）　　500件　4/10〜4/14 出荷
　C賞（オリジナルマグ・常温 60サイズ） 1,000件　4/15〜4/20 出荷

　地域内訳（B賞・C賞合計）
　　北海道 92／東北 118／関東 586／中部 231／近畿 262
　　中国 74／四国 41／九州 96／沖縄 0（※沖縄は別便）

送り先データは確定後に、貴社指定の方法でお渡しします。
運賃のお見積りをいただけますでしょうか。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping plan with counts by region to the partner carrier; no recipients' data",
    },
    # 60 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-060",
        "charset": "utf-8",
        "sender": "おいしい朝キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": ["我孫子様 <abiko@aoba-unyu.co.jp>"],
        "subject": "B賞 送り先データ（第1便）",
        "body": """我孫子様

お世話になっております。キャンペーン事務局です。
B賞第1便の送り先データ（xls）をお送りします。4/10出荷分です。
""" + SIG_CAMPAIGN,
        "attachments": [
            {
                "kind": "xls",
                "name": "B賞_送り先_第1便.xls",
                "sheets": {
                    "送り先": [
                        ["お届け先氏名", "郵便番号", "住所1", "住所2", "電話番号", "品名", "個数"],
                        ["舛田 冬美", "039-1103", "青森県八戸市長苗代字前田12-4", "", "0178-27-3390", "朝食セット", 1],
                        ["我那覇 誠", "900-0015", "沖縄県那覇市久茂地2-8-17", "コーポ久茂地203", "098-861-4472", "朝食セット", 1],
                        ["一寸木 亮", "250-0011", "神奈川県小田原市栄町1-14-9", "", "0465-22-8106", "朝食セット", 1],
                        ["勅使河原 恵子", "162-0825", "東京都新宿区神楽坂6-42", "神楽坂ハイツ5F", "03-3269-5518", "朝食セット", 1],
                        ["日下部 勇", "420-0857", "静岡県静岡市葵区御幸町9-3", "", "054-254-7719", "朝食セット", 1],
                        ["阿久津 葵", "310-0021", "茨城県水戸市南町3-5-33", "", "029-224-6081", "朝食セット", 1],
                        ["神保 一郎", "650-0021", "兵庫県神戸市中央区三宮町1-8-1", "さんプラザ東棟1102", "078-391-2275", "朝食セット", 1],
                        ["二階堂 友美", "990-0039", "山形県山形市香澄町2-2-31", "", "023-642-0958", "朝食セット", 1],
                        ["大豆生田 翼", "320-0811", "栃木県宇都宮市大通り4-1-18", "", "028-633-4127", "朝食セット", 1],
                        ["花房 静香", "700-0822", "岡山県岡山市北区表町1-5-1", "", "086-231-7364", "朝食セット", 1],
                        ["宇喜多 紘", "730-0011", "広島県広島市中区基町10-3", "", "082-221-5903", "朝食セット", 1],
                        ["雲出 ちひろ", "514-0009", "三重県津市羽所町700", "", "059-226-1148", "朝食セット", 1],
                        ["物部 健太", "780-0870", "高知県高知市本町4-1-37", "", "088-872-6620", "朝食セット", 1],
                        ["八木橋 理沙", "360-0037", "埼玉県熊谷市筑波2-115", "", "048-526-3381", "朝食セット", 1],
                        ["尾花 達也", "060-0806", "北海道札幌市北区北六条西4-1-3", "", "011-707-2294", "朝食セット", 1],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 15 prize winners' delivery addresses and phones in a legacy XLS to the carrier",
    },
    # 61 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-061",
        "charset": "iso-2022-jp",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>"],
        "subject": "RINAさんのマネージャー様のご連絡先",
        "body": """井筒様

お世話になっております。三浦です。
ギャラ交渉の窓口として、カナリアモデルズのマネージャー様のご連絡先をお伝えします。

　株式会社カナリアモデルズ　マネジメント部
　東雲 さつき 様
　TEL 03-6418-2251（直通）／ 携帯 080-6620-4815
　Mail shinonome@canaria-models.jp

今後の条件面のご相談は井筒様から直接ご連絡いただいて問題ございません。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one business contact (a talent office manager) passed to the agency",
    },
    # 62 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-062",
        "charset": "utf-8",
        "sender": "Takayuki Higuchi <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["Daniel Brooks <d.brooks@orbitmedia-asia.com>"],
        "subject": "FY2026 media strategy deck for your review",
        "body": """Hi Daniel,

As discussed on our call, please find attached our FY2026 media strategy
for the Asia roll-out. We'd appreciate your comments on the digital split by Friday.

Thanks,
Takayuki Higuchi
Media Planning, Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "FY2026_Media_Strategy_Asia.docx",
                "title": "FY2026 Media Strategy",
                "page_header": "CONFIDENTIAL - Internal Only",
                "paragraphs": [
                    "FY2026 Media Strategy - Asia roll-out (draft 3)",
                    "1. Total budget: JPY 2.4bn (Japan 70%, Taiwan 15%, Thailand 15%)",
                    "2. Digital share to rise from 34% to 45%",
                    "3. Key launch: granola line, September 2026",
                ],
                "tables": [
                    [
                        ["Market", "TV", "Digital", "OOH", "Total (JPY m)"],
                        ["Japan", "910", "620", "150", "1,680"],
                        ["Taiwan", "120", "200", "40", "360"],
                        ["Thailand", "110", "220", "30", "360"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the DOCX header reads CONFIDENTIAL - Internal Only, sent to an outside media agency",
    },
    # 63 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-063",
        "charset": "cp932",
        "sender": "河合 奈緒 <kawai.nao@hinode-sangyo.co.jp>",
        "to": ["仲宗根様 <nakasone@hidamari-office.co.jp>"],
        "subject": "秘密保持契約書 締結版のご送付",
        "body": """株式会社オフィス陽だまり
仲宗根様

お世話になっております。日の出産業 法務課の河合です。
秘密保持契約書について、双方押印済みの締結版PDFをお送りいたします。
原本は本日郵送いたしましたので、到着まで今しばらくお待ちください。

本契約の締結により、秋季キャンペーンの企画書をお渡しできるようになりました。
宣伝部の久保田より、別途ご連絡いたします。

日の出産業株式会社 法務部 法務課　河合 奈緒
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "秘密保持契約書_締結版.pdf",
                "lines": [
                    "秘密保持契約書",
                    "日の出産業株式会社（甲）と株式会社オフィス陽だまり（乙）は、以下のとおり合意する。",
                    "第1条 本契約における秘密情報とは、甲が乙に開示する企画・商品・販売計画に関する情報をいう。",
                    "第2条 乙は秘密情報を善良な管理者の注意をもって管理する。",
                    "2026年2月27日　甲 日の出産業株式会社　乙 株式会社オフィス陽だまり",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "signed NDA sent to the counterparty: contract text, no classification stamp",
    },
    # 64 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-064",
        "charset": "iso-2022-jp",
        "sender": "宇野 千晶 <uno.chiaki@hinode-sangyo.co.jp>",
        "to": ["鰐淵 航 <wataru.wanibuchi@icloud.com>"],
        "subject": "Re: 請求書送付の件（3月撮影分）",
        "body": """鰐淵様

お世話になっております。日の出産業 経理部の宇野です。
請求書（No. 2026-014、撮影料 660,000円）を受領いたしました。
4月末日にご指定口座へお振込みいたします。

なお、源泉徴収分を差し引いた金額でのお振込みとなりますのでご了承ください。

> 3月の撮影分の請求書をお送りします。ご確認ください。
> 鰐淵
""" + SIG_UNO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "payment confirmation to one freelance photographer on iCloud mail",
    },
    # 65 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-065",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["佐伯 亮介 <saeki.r@hinode-sanngyo.co.jp>"],
        "subject": "撮影素材（スチール セレクト前）の共有",
        "body": """佐伯さん

3/12のスチール、セレクト前の全カットを共有フォルダに上げました。
明日の午前中にセレクトの打ち合わせをしたいので、ざっと見ておいてください。

三浦
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sanngyo.co.jp adds a letter to the company's own domain",
    },
    # 66 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-066",
        "charset": "utf-8",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["安住様 <azumi@kitaguni-foods.co.jp>"],
        "subject": "夏の共同キャンペーン 企画提案書",
        "body": """北国フーズ 安住様

お世話になっております。小野寺です。
夏の共同キャンペーンの企画提案書（PowerPoint）をお送りします。
来週の定例でご意見を伺えれば幸いです。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "pptx",
                "name": "夏の共同キャンペーン_企画提案.pptx",
                "title": "夏の共同キャンペーン 企画提案",
                "slides": [
                    ["夏の共同キャンペーン 企画提案", "日の出産業 × 北国フーズ", "2026年7月〜8月"],
                    ["狙い", "朝食の「冷たい」需要を取り込む", "両社商品の同時購入を促進"],
                    ["施策", "レシートキャンペーン（2社商品合計500円以上）", "SNS投稿キャンペーン", "店頭サンプリング 30店舗"],
                    ["予算案", "総額 4,800万円（折半）", "賞品 1,200万円／販促物 1,500万円／媒体 2,100万円"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX campaign proposal to the co-promotion partner",
    },
    # 67 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-067",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["ノースライト・エージェンシー 東京オフィス <tokyo@northlight-agency.com>"],
        "subject": "外国籍モデル起用時の在留資格の確認について",
        "body": """ノースライト・エージェンシー 東京オフィス御中

お世話になっております。日の出産業の佐伯です。
来月の国内撮影で貴社所属の外国籍モデルの方を起用させていただくにあたり、
弊社コンプライアンス規程上、以下の点をご確認いただく必要がございます。

　・出演が認められる在留資格（「興行」等）をお持ちであること
　・在留期間が撮影日およびオンエア後の追加撮影予定日を超えていること

在留カードの写しや番号のご提供は不要です。
貴社にてご確認済みである旨を、メールでご回答いただければ結構です。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks a model agency to confirm work status and explicitly wants no residence card number",
    },
    # 68 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-068",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["宍戸 由紀 <yuki.shishido.style@gmail.com>"],
        "subject": "出演者のサイズ表",
        "body": """宍戸さん

お疲れさまです。三浦です。
衣装準備用に、出演者2名のサイズを事務所からいただきました。

　栗栖 里奈さん：身長 165cm／B80 W59 H86／靴 23.5cm／服 S〜M
　朝比奈 蒼さん：身長 178cm／胸囲 92cm／靴 27.0cm／服 M

フィッティングは3/10（火）15時〜、スタジオ・ルミエのメイクルームでお願いします。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["freemail_recipient"],
        "note": "two performers' clothing sizes to their stylist on Gmail: two people, no identifiers",
    },
    # 69 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-069",
        "charset": "cp932",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["風見 <kazami@atelier-kazami.jp>"],
        "subject": "折込チラシ 3校（PDF一式）",
        "body": """アトリエ風見
風見様

お世話になっております。佐伯です。
折込チラシの3校一式をZIPでお送りします（パスワードはかけていません）。
表面の商品写真の差し替えと、裏面の店舗一覧の修正をお願いいたします。
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "zip",
                "name": "chirashi_3kou.zip",
                "files": [
                    {"kind": "pdf", "name": "chirashi_omote_3.pdf", "lines": ["表面 3校", "メイン写真：差替予定", "キャッチ：春の朝ごはんフェア"]},
                    {"kind": "pdf", "name": "chirashi_ura_3.pdf", "lines": ["裏面 3校", "取扱店舗一覧（32店舗）", "QRコード：キャンペーンサイト"]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of proof PDFs to a design office: readable, no personal data",
    },
    # 70 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-070",
        "charset": "utf-8",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["本庄様 <honjo@adbridge.co.jp>"],
        "subject": "応募者属性の集計（最終）",
        "body": """本庄様

お世話になっております。小野寺です。
おいしい朝キャンペーンの応募者属性、最終集計をお送りします。
次回キャンペーンのターゲット設計にご活用ください。

応募総数 52,318件（重複除外後 47,905人）

性別　　　女性 63.8%　男性 35.1%　回答しない 1.1%
年代　　　〜29歳 14.2%　30代 25.6%　40代 29.9%　50代 19.4%　60歳〜 10.9%
世帯　　　単身 18.7%　夫婦のみ 22.3%　子どもあり 51.0%　その他 8.0%
購入店舗　スーパー 58.4%　ドラッグストア 21.7%　コンビニ 9.3%　EC 10.6%

個票データはお渡しできませんので、追加のクロス集計が必要な場合はお申し付けください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate applicant statistics; individual data explicitly withheld",
    },
    # 71 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-071",
        "charset": "iso-2022-jp",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["宇野 千晶 <uno.chiaki@hinode-sangyo.co.jp>"],
        "subject": "ヘアメイク 柊さんの個人番号（支払調書用）",
        "body": """宇野さん

お疲れさまです。宣伝部の三浦です。
フリーのヘアメイク 柊さんから個人番号の提供を受けましたので、経理部にお渡しします。
番号確認書類・身元確認書類の写しは社内便で送ります。

　氏名：柊 玲子（ひいらぎ れいこ）
　住所：東京都渋谷区幡ヶ谷1-17-3
　個人番号：""" + f"{_MN2[:4]}-{_MN2[4:8]}-{_MN2[8:]}" + """

宣伝部側ではこのメールを削除します。
三浦
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "a My Number, but the only recipient is internal (accounting)",
    },
    # 72 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-072",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>"],
        "subject": "一般公募オーディション 一次審査結果",
        "body": """井筒様

お世話になっております。三浦です。
「朝の顔」一般公募オーディションの一次審査結果をPDFでお送りします。
二次審査（3/28）のご案内は、貴社から通過者へご連絡をお願いいたします。
""" + SIG_MIURA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "オーディション一次審査結果.pdf",
                "title": "一次審査結果",
                "lines": ["「朝の顔」一般公募オーディション 一次審査結果（2026/3/9）", ""],
                "table": [
                    ["No", "氏名", "生年月日", "電話", "メール", "結果"],
                    ["A-012", "秋月 杏奈", "2003/04/18", "090-7712-3064", "anna.akizuki@gmail.com", "通過"],
                    ["A-027", "宮里 碧", "1999/12/02", "080-3350-9916", "aoi.miyazato@icloud.com", "通過"],
                    ["A-031", "西園寺 蓮", "2001/08/25", "070-5528-1143", "ren.saionji@outlook.jp", "通過"],
                    ["A-044", "土門 結衣", "2005/01/09", "090-2146-7705", "yui.domon@yahoo.co.jp", "補欠"],
                    ["A-058", "香西 陸斗", "1998/06/30", "080-6607-2281", "rikuto.kozai@gmail.com", "通過"],
                    ["A-063", "嶋津 萌", "2002/10/14", "070-9902-4418", "moe.shimazu@gmail.com", "通過"],
                    ["A-079", "桂木 大和", "2000/03/21", "090-8851-6620", "yamato.katsuragi@docomo.ne.jp", "補欠"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 7 audition applicants with date of birth, phone and e-mail in a PDF table",
    },
    # 73 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-073",
        "charset": "cp932",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["本庄様 <honjo@adbridge.co.jp>"],
        "subject": "店頭サンプリング実施店舗（確定）",
        "body": """本庄様

お世話になっております。小野寺です。
3月の店頭サンプリング実施店舗が確定しましたのでお知らせします。

店舗名,住所,電話,実施日
フレッシュマート日本橋店,東京都中央区日本橋人形町2-4-1,03-3661-2207,3/14
フレッシュマート勝どき店,東京都中央区勝どき3-12-8,03-3534-9910,3/14
サンエー食品館 武蔵小杉店,神奈川県川崎市中原区小杉町3-420,044-722-5318,3/15
サンエー食品館 たまプラーザ店,神奈川県横浜市青葉区美しが丘1-3-2,045-901-4476,3/15
ドラッグひまわり 大宮東口店,埼玉県さいたま市大宮区大門町2-88,048-641-0733,3/21
ドラッグひまわり 船橋店,千葉県船橋市本町4-2-17,047-433-8065,3/21
ドラッグひまわり 柏店,千葉県柏市柏1-5-10,04-7163-2290,3/22
マルヨシ 立川店,東京都立川市曙町2-7-5,042-527-6614,3/22

各店の店長様には当社営業から事前にご挨拶済みです。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comma-separated list of eight shops with store addresses and phones: businesses, not people",
    },
    # 74 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-074",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["上遠野様 <katono@eizo-haruka.co.jp>"],
        "cc": ["三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>", "久保田 修 <kubota.osamu@hinode-sangyo.co.jp>"],
        "bcc": ["izutsu@adbridge.co.jp", "kito@pw-aoyama.com", "reserve@studio-lumie.jp"],
        "subject": "【ご連絡】4/2 河川敷ロケ 雨天判断について",
        "body": """関係者各位

お世話になっております。日の出産業の佐伯です。
4/2の河川敷ロケの雨天判断について、下記のとおりといたします。

　判断時刻：4/1（水）17:00
　判断者　：映像工房ハルカ 上遠野様
　連絡方法：本メールの関係者へ一斉メール（Bcc）にて

予備日は4/3（木）、同時刻・同集合場所です。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one external organisation in To, internal Cc, the other parties correctly in Bcc",
    },
    # 75 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-075",
        "charset": "utf-8",
        "sender": "Ryosuke Saeki <saeki.r@hinode-sangyo.co.jp>",
        "to": ["Claire Dubois <claire@northlight-agency.com>"],
        "subject": "Re: Lisbon shoot - local crew list",
        "body": """Dear Claire,

Thank you for the crew list. That all looks good to us, and we will share it with our
travel agency only as far as needed for the transport bookings.

See you in Lisbon!
""" + SIG_EN + """

On Tue, 12 May 2026 at 09:14, Claire Dubois <claire@northlight-agency.com> wrote:
> Hi Ryosuke,
>
> Here is the local crew for 18-19 May:
>
> Lucas Ferreira    Photographer     +351 912 448 305   lucas.f@northlight-agency.com
> Ines Carvalho     Producer         +351 936 120 774   ines.c@northlight-agency.com
> Tiago Mendes      1st Assistant    +351 918 552 061   tiago.mendes@gmail.com
> Rita Sousa        Hair & Make-up   +351 965 330 218   rita.mua@gmail.com
> Joao Pires        Driver           +351 927 604 193   joaopires.drive@gmail.com
> Marta Lopes       Location Mgr     +351 914 778 520   marta.lopes@northlight-agency.com
>
> Best,
> Claire
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person crew list is only quoted below \"On ... wrote:\" from the recipient's own mail",
    },
    # 76 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-076",
        "charset": "iso-2022-jp",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["東都交通広告 営業部 <sales@toto-koukoku.co.jp>"],
        "subject": "駅貼りポスター（B0）掲出のお申込み",
        "body": """東都交通広告株式会社 営業部 御中

お世話になっております。日の出産業の樋口です。
駅貼りポスターの掲出について、以下のとおり申し込みます。

　媒体：駅貼りB0 1枚貼り
　期間：4/6（月）〜4/12（日）の7日間
　掲出駅：
　　・東京駅 丸の内地下中央口
　　・新宿駅 西口改札外
　　・渋谷駅 ハチ公口コンコース
　　・池袋駅 東口
　　・横浜駅 中央通路
　　・大宮駅 中央改札外
　料金：1,260,000円（税別）

ポスターの納品は錦印刷様から4/2（木）必着で直送いたします。
掲出審査用のデータを添付いたします。
""" + SIG_HIGUCHI,
        "attachments": [
            {
                "kind": "txt",
                "name": "掲出審査用_コピー原稿.txt",
                "encoding": "cp932",
                "text": "キャッチ：毎朝、ひとさじの幸せ。\n商品名：グラノーラ 朝のひとさじ\n広告主：日の出産業株式会社\nURL：https://www.hinode-sangyo.co.jp/asa/",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "station poster booking: a list of stations and a copy text file, nothing personal",
    },
    # 77 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-077",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["ロケ弁まごころ 予約センター <yoyaku@magokoro-bento.co.jp>"],
        "subject": "4/2 ロケ弁のご注文（特別食1食あり）",
        "body": """ロケ弁まごころ 予約センター御中

いつもありがとうございます。日の出産業の佐伯です。
4/2（木）河川敷ロケのお弁当を下記のとおり注文いたします。

　朝食（6:00納品）：おにぎりセット 28食
　昼食（11:30納品）：幕の内 27食 ＋ 特別食 1食

特別食について：出演者のナディア・ラフマンさんはイスラム教徒のため、
豚肉・アルコール（みりん・料理酒を含む）を使用しないハラール対応の食事をお願いいたします。
また、撮影の合間に礼拝の時間を取られますので、配膳時間は前後する可能性がございます。

お届け先：鶴見川河川敷 新羽橋付近（ロケバス前）
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named performer's religion (Muslim, prayer times) sent to a caterer",
    },
    # 78 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-078",
        "charset": "cp932",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["あおい損害保険 企業営業部 <kigyo@aoi-sonpo.co.jp>"],
        "subject": "撮影保険（動産総合・賠償責任）お見積りのお願い",
        "body": """あおい損害保険株式会社
企業営業部 御中

お世話になっております。日の出産業株式会社 宣伝部の佐伯です。
4月の屋外ロケ撮影に関し、撮影保険のお見積りをお願いいたします。

　撮影期間　：2026年4月1日〜4月3日（予備日含む）
　撮影場所　：神奈川県横浜市港北区（河川敷・商店街）
　補償内容　：撮影機材の動産総合（評価額 約3,800万円）
　　　　　　　施設・第三者賠償責任（1事故 1億円）
　　　　　　　出演者・スタッフの傷害（約30名、氏名不記名式）
　制作会社　：株式会社映像工房ハルカ

過去3年の事故歴はございません。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shoot insurance quote request with unnamed headcounts; no personal data",
    },
    # 79 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-079",
        "charset": "iso-2022-jp",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>"],
        "subject": "転送: ファミリーカット 候補モデルのプロフィール",
        "body": """井筒様

エトワール・プロモーションさんから候補モデルの情報が来ましたので転送します。
この中から2名に絞りたいので、ご意見をください。

三浦

---------- 転送されたメッセージ ----------
差出人: エトワール・プロモーション 高円寺 <koenji@etoile-promo.co.jp>
送信日時: 2026年3月2日 10:48
宛先: 三浦 彩花
件名: ファミリーカット 候補モデルのプロフィール

日の出産業 三浦様

お世話になっております。エトワール・プロモーションの高円寺です。
ご依頼の「30代ママ役」候補をお送りいたします。本人の携帯にも直接ご連絡いただけます。

■ 倉持 綾乃（くらもち あやの）
　生年月日：Ｓ６３．９．２２　身長１６２ｃｍ
　携帯：０９０－４７１８－２６０３

■ 真壁 しおり（まかべ しおり）
　生年月日：Ｈ２．１１．３　身長１５８ｃｍ
　携帯：０８０－２２９６－５１７４

■ 桐生 葉月（きりゅう はづき）
　生年月日：Ｈ４．８．１５　身長１６６ｃｍ
　携帯：０７０－６６０３－９２８８

■ 水無瀬 朋子（みなせ ともこ）
　生年月日：Ｓ６２．４．２　身長１６０ｃｍ
　携帯：０９０－３５５０－７４１９

■ 葛城 舞（かつらぎ まい）
　生年月日：Ｈ３．１．１９　身長１６４ｃｍ
　携帯：０８０－９１７２－０６３６

よろしくお願いいたします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: a forward (new text to the agency) of five models' 和暦 birth dates and mobiles in full-width digits",
    },
    # 80 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-080",
        "charset": "utf-8",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["我孫子様 <abiko@a0ba-unyu.co.jp>"],
        "subject": "Re: 賞品発送 運賃お見積り",
        "body": """我孫子様

お見積りありがとうございます。
ご提示の条件（60サイズ 全国一律 720円、沖縄別途）で発注させていただきます。
発注書は購買部から改めてお送りします。

小野寺
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: a0ba-unyu.co.jp puts a zero for the o of the partner aoba-unyu.co.jp",
    },
    # 81 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-081",
        "charset": "cp932",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["巴レンタカー 法人受付 <hojin@tomoe-rent.co.jp>"],
        "subject": "ロケバス乗車名簿（4/2 早朝便）",
        "body": """巴レンタカー 法人受付ご担当者様

お世話になっております。佐伯です。
4/2早朝、新木場から河川敷までのロケバスに乗車する出演者の名簿です。
ドライバーの方に、遅れの際の連絡先としてお渡しください。

1) 栗栖 里奈　　　　０９０－５５１７－３０２８
2) 朝比奈 蒼　　　　０８０－１１４６－７７９２
3) ナディア・ラフマン　０７０－８８０４－１１５５
4) 瀬戸口 美和　　　０９０－４４１８－２２０３

集合 4:15 新木場駅南口ロータリー
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four performers' names with mobiles: under the five-person threshold, may warn",
    },
    # 82 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-082",
        "charset": "utf-8",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["須賀様 <suga@pr-square.co.jp>"],
        "subject": "起用候補インフルエンサー（二次案）",
        "body": """須賀様

お世話になっております。小野寺です。
起用候補のインフルエンサー、二次案です。実名が公開されている方のみに絞りました。

アカウント名　　　　実名（公開）　　　フォロワー数　　主なジャンル
---------------------------------------------------------------
@asa_gohan_mai　　　生田 舞　　　　　 128,000　　　　朝食・パン
@granola_bucho　　　新発田 圭　　　　　84,500　　　　筋トレ・食事
@yuru_hokkaido　　　東海林 奈々　　　 212,300　　　　北海道グルメ
@asayoga_hitomi　　 栗林 瞳　　　　　　66,900　　　　ヨガ・朝活
@yokohama_table　　 小鳥遊 千尋　　　 153,700　　　　料理・器
---------------------------------------------------------------

エンゲージメント率のデータがあれば追加で頂けますでしょうか。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "five public figures' handles, public real names and follower counts: public personas, judgeable either way",
    },
    # 83 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-083",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 岩城様 <iwaki@tsubasa-system.jp>"],
        "subject": "夏キャンペーン 応募フォーム項目（仕様確定）",
        "body": """ツバサシステム株式会社
開発部 岩城様

お世話になっております。小野寺です。
夏キャンペーンの応募フォーム項目を以下で確定とします。

　項目名　　　　　必須　形式　　　　　備考
　-------------------------------------------------------------
　氏名（漢字）　　○　　全角20字
　氏名（カナ）　　○　　全角カナ20字
　郵便番号　　　　○　　半角7桁　　　　住所自動補完あり
　住所　　　　　　○　　全角80字
　電話番号　　　　○　　半角数字　　　ハイフン任意
　メールアドレス　○　　半角　　　　　確認用に2回入力
　生年月日　　　　－　　年月日選択　　20歳未満は保護者同意
　レシート画像　　○　　JPEG/PNG　　 5MBまで
　-------------------------------------------------------------

個人情報の取扱いに関する同意チェックボックスをフォーム末尾に追加してください。
応募データの保存期間はキャンペーン終了後6か月とし、その後は消去をお願いします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a form specification naming personal-data fields but holding no one's data",
    },
    # 84 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-084",
        "charset": "utf-8",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["みなと社会保険労務士事務所 <info@minato-sr.jp>"],
        "subject": "キャンペーン事務局 短期アルバイトの社会保険について",
        "body": """みなと社会保険労務士事務所 御中

いつもお世話になっております。日の出産業 販促企画課の小野寺です。

キャンペーン事務局で、4月〜6月の3か月間、電話受付の短期アルバイトを
5名ほど雇用する予定です。以下の点についてご教示いただけますでしょうか。

　1. 週20時間・2か月超の雇用見込みの場合の社会保険・雇用保険の加入要否
　2. 学生アルバイトの場合の取扱い
　3. 入社時に本人から提出を受けるべき書類（基礎年金番号の確認方法を含む）

採用者が決まりましたら、手続きについて改めてご依頼させていただきます。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question to a labour consultant that mentions 基礎年金番号 but carries no one's number",
    },
    # 85 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-085",
        "charset": "cp932",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["松永様 <matsunaga@medialink-ad.co.jp>"],
        "subject": "関西スポット 放送確認（CSV）",
        "body": """松永様

お世話になっております。樋口です。
関西地区スポットの放送確認データを社内システムから出力しました。
局提出の放送確認書と突き合わせをお願いします。
""" + SIG_HIGUCHI,
        "attachments": [
            {
                "kind": "csv",
                "name": "kansai_spot_0406-0412.csv",
                "encoding": "cp932",
                "rows": [
                    ["放送日", "局", "時刻", "番組", "秒数", "素材ID"],
                    ["2026/04/06", "関西中央放送", "06:58", "あさイチ関西", "15", "HND-ASA-15A"],
                    ["2026/04/06", "なにわテレビ", "12:24", "ランチタイムニュース", "15", "HND-ASA-15B"],
                    ["2026/04/07", "関西中央放送", "07:31", "あさイチ関西", "15", "HND-ASA-15A"],
                    ["2026/04/07", "びわこ放送", "19:55", "夕方ワイド", "15", "HND-ASA-15A"],
                    ["2026/04/08", "なにわテレビ", "06:45", "おはようなにわ", "15", "HND-ASA-15B"],
                    ["2026/04/09", "関西中央放送", "21:54", "ドラマ9", "15", "HND-ASA-15A"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CP932 CSV of TV spot airings: stations, times and material IDs",
    },
    # 86 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-086",
        "charset": "iso-2022-jp",
        "sender": "おいしい朝キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": ["k-hanabusa.0412@docomo.ne.jp"],
        "subject": "Re: 賞品が届いていません",
        "body": """花房 様

お問い合わせいただき、ありがとうございます。おいしい朝キャンペーン事務局です。

お調べしたところ、B賞の賞品は4月11日に青葉運輸にて発送済みでございます。
お問い合わせ伝票番号：4128-5530-9017

青葉運輸のWebサイトで配達状況をご確認いただけます。
ご不在票が入っていない場合は、お手数ですが事務局までお知らせください。
""" + SIG_CAMPAIGN,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one winner on a carrier address with a tracking number",
    },
    # 87 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-087",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["上遠野様 <katono@eizo-haruka.co.jp>"],
        "subject": "近隣へのロケ撮影告知文（案）",
        "body": """上遠野様

お世話になっております。佐伯です。
商店街ロケ前に近隣店舗・住民の皆さまへ配布する告知文の案です。
ポスティングは3/27（金）に貴社でお願いできますでしょうか（約120部）。
商店街振興組合への事前説明は弊社が3/24に伺います。
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "docx",
                "name": "撮影のお知らせ_近隣配布用.docx",
                "paragraphs": [
                    "近隣の皆さまへ　テレビCM撮影のお知らせ",
                    "平素より格別のご理解を賜り、厚く御礼申し上げます。",
                    "下記の日程で、商店街および周辺道路にてテレビCMの撮影を行います。",
                    "日時：2026年4月2日（木）5:00〜9:00（雨天時 4月3日）",
                    "撮影中は通行を一時お待ちいただく場合がございます。ご迷惑をおかけしますが、ご協力をお願い申し上げます。",
                    "お問い合わせ：株式会社映像工房ハルカ 制作部　TEL 03-5768-2014（平日10:00〜18:00）",
                    "広告主：日の出産業株式会社",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "neighbourhood shooting notice (DOCX) with a company contact only",
    },
    # 88 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-088",
        "charset": "cp932",
        "sender": "久保田 修 <kubota.osamu@hinode-sangyo.co.jp>",
        "to": ["仲宗根様 <nakasone@hidamari-office.co.jp>"],
        "subject": "CM素材の使用期間延長のご相談",
        "body": """オフィス陽だまり
仲宗根様

お世話になっております。日の出産業の久保田です。
昨年制作したCM「朝のひとさじ・キッチン篇」について、ご好評をいただいており、
使用期間の延長をご相談させていただきたく存じます。

　現契約：2025年4月1日〜2026年3月31日
　延長希望：2026年4月1日〜2026年9月30日（6か月）
　使用範囲：TVCM・Web動画（新規撮影なし）

延長料のご提示をいただけますでしょうか。
現契約の条件（原契約料の50%）を目安に考えております。
""" + SIG_KUBOTA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "usage rights extension negotiation with a talent office",
    },
    # 89 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-089",
        "charset": "iso-2022-jp",
        "sender": "樋口 隆之 <higuchi.t@hinode-sangyo.co.jp>",
        "to": ["Daniel Brooks <d.brooks@orbitmedia-asia.com>"],
        "subject": "Re: FY2026 media strategy deck for your review",
        "body": """Daniel様

樋口です。先日お送りした資料について、社内規程上、社外秘扱いの資料を
外部へお送りするには事前の手続きが必要であることがわかりました。
お手数ですが、前回の添付ファイルは破棄していただけますでしょうか。

代わりに、公開済みの決算説明資料から抜粋した情報のみをまとめてお送りします。

　・FY2026 広告宣伝費（連結）：約24億円（前年比 +8%）
　・デジタル比率：45%目標（統合報告書 p.32 より）

正式な資料は、秘密保持契約の締結後にあらためて共有いたします。
""" + SIG_HIGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "talks about 社外秘 material without attaching or stamping any; public figures only",
    },
    # 90 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-090",
        "charset": "utf-8",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["井筒 翔太 <izutsu@adbridge.co.jp>"],
        "cc": ["佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>", "久保田 修 <kubota.osamu@hinode-sangyo.co.jp>"],
        "subject": "スチール セレクト結果（12カット）",
        "body": """井筒様
（cc：弊社 佐伯、久保田）

お世話になっております。三浦です。
本日のセレクト会議の結果、下記12カットで進めることになりました。

　キッチン：K-014 / K-022 / K-031 / K-047
　ダイニング：D-008 / D-019 / D-025 / D-033
　商品単体：P-002 / P-006 / P-011 / P-015

レタッチの方向性は、肌は自然に、朝の光を少し強調する方向でお願いします。
初回レタッチは3/24（火）目安でお願いします。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one external organisation in To with internal colleagues in Cc",
    },
    # 91 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-091",
        "charset": "cp932",
        "sender": "河合 奈緒 <kawai.nao@hinode-sangyo.co.jp>",
        "to": ["カナリアモデルズ ブッキング担当 <booking@canaria-models.jp>"],
        "subject": "肖像使用同意書（モデルリリース）様式のご送付",
        "body": """株式会社カナリアモデルズ
ブッキングご担当者様

お世話になっております。日の出産業 法務課の河合です。
撮影当日にご署名いただく肖像使用同意書の様式をお送りいたします。
事前に内容をご確認いただき、ご不明点がございましたらお知らせください。

日の出産業株式会社 法務部 法務課
河合 奈緒
""" + DISC_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "肖像使用同意書_様式.docx",
                "title": "肖像使用同意書",
                "paragraphs": [
                    "肖像使用同意書",
                    "日の出産業株式会社 御中",
                    "私は、貴社が制作する広告物において、私の肖像（写真・映像）が下記の範囲で使用されることに同意します。",
                    "使用媒体：TVCM、新聞、雑誌、交通広告、Web・SNS、店頭販促物",
                    "使用期間：初回使用日から1年間",
                ],
                "tables": [
                    [
                        ["署名日", "　　年　　月　　日"],
                        ["氏名（自署）", ""],
                        ["住所", ""],
                        ["電話番号", ""],
                        ["所属事務所", ""],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank model release form: field labels for personal data, no values",
    },
    # 92 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-092",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["上遠野様 <katono@eizo-haruka.co.jp>"],
        "subject": "4/2 ロケ 立会者と当日連絡先",
        "body": """上遠野様

お世話になっております。佐伯です。
4/2のロケに立ち会う関係各社の担当者と当日の連絡先をまとめました。
緊急時は各社の担当者へ直接ご連絡ください。

・井筒 翔太（アドブリッジ／プロデューサー）　080-3374-9152
・鬼頭 誠（フォトワークス青山／スチール）　090-1128-6057
・東雲 さつき（カナリアモデルズ／マネージャー）　080-6620-4815
・浅見 修平（港北フィルムコミッション／立会い）　090-5561-2740
・我孫子 徹（青葉運輸／機材輸送）　080-4093-7716

弊社の連絡先は署名のとおりです。
""" + SIG_SAEKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five business contacts with mobile numbers: business contacts or a list of five people, judgeable either way",
    },
    # 93 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-093",
        "charset": "utf-8",
        "sender": "小野寺 真由 <onodera.m@hinode-sangyo.co.jp>",
        "to": ["岩城様 <iwaki@tsubasa-system.jp>"],
        "subject": "重複応募の判定結果について",
        "body": """岩城様

お世話になっております。小野寺です。
重複応募の判定処理ありがとうございました。事務局で目視確認した結果、
以下の応募番号は重複ではなく別人の応募と判断しましたので、有効に戻してください。

　OA-204417 / OA-204418（同一住所の家族による応募）
　OA-218803 / OA-219115（同姓同名の別人）
　OA-230066（レシート再撮影による再応募のため、OA-229981 を無効に）

重複判定の件数：自動判定 1,284件 → 目視確認後 1,279件
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "application IDs and counts only; no names or contact data",
    },
    # 94 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-094",
        "charset": "cp932",
        "sender": "宇野 千晶 <uno.chiaki@hinode-sangyo.co.jp>",
        "to": ["上遠野様 <katono@eizo-haruka.co.jp>"],
        "subject": "フリースタッフの方へのマイナンバー提供依頼について",
        "body": """映像工房ハルカ
上遠野様

お世話になっております。日の出産業 経理部の宇野です。

弊社が直接報酬をお支払いするフリースタッフの方（ヘアメイク・スタイリスト等）について、
支払調書作成のためマイナンバーのご提供をお願いすることになります。
番号はメールではなく、弊社指定の専用フォーム（暗号化通信）からご本人に直接ご入力いただく運用です。

恐れ入りますが、貴社経由で手配されたスタッフの方にこの旨をお伝えいただけますでしょうか。
専用フォームのURLは、対象者ごとに弊社から個別にお送りします。
""" + SIG_UNO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions マイナンバー collection but carries no number",
    },
    # 95 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-095",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["錦印刷 大河内様 <okochi@nishiki-insatsu.co.jp>"],
        "subject": "折込チラシ 入稿・部数のご連絡",
        "body": """大河内様

お世話になっております。佐伯です。
折込チラシ（B4両面）の入稿データをアトリエ風見様から本日お送りいただきます。

　部数：1都3県 計 1,850,000部
　用紙：コート 62.5g
　折込日：4/4（土）
　簡易色校：3/19（木）までにお願いします

裏面の店舗一覧に、個人情報保護方針の一文（「ご応募いただいた個人情報は、
賞品の発送以外には使用いたしません」）が入っているかもご確認ください。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "printing order to the partner printer; a privacy policy sentence is not personal data",
    },
    # 96 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-096",
        "charset": "utf-8",
        "sender": "おいしい朝キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": ["クオリア ウェブデザイン室 <design@qualia-web.jp>"],
        "subject": "当選者発表ページ 掲載原稿",
        "body": """クオリア ウェブデザイン室 御中

お世話になっております。キャンペーン事務局です。
特別賞の当選者発表ページの掲載原稿です。
当選者はイニシャルと都道府県のみの表記としています。4/15 10:00公開でお願いします。

――――――――――――――――――――
おいしい朝キャンペーン 特別賞 当選者発表
（敬称略・順不同）

北海道　Ｍ．Ｈ
宮城県　Ｋ．Ｓ
東京都　Ｔ．Ｍ
東京都　Ａ．Ｉ
神奈川県　Ｙ．Ｏ
愛知県　Ｓ．Ｕ
大阪府　Ｒ．Ｋ
広島県　Ｎ．Ｔ
福岡県　Ｅ．Ｗ
沖縄県　Ｈ．Ｇ

※賞品の発送をもって当選のご連絡に代えさせていただく場合がございます。
――――――――――――――――――――
""" + SIG_CAMPAIGN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "winners announced by initials and prefecture only: not identifiable records",
    },
    # 97 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-097",
        "charset": "cp932",
        "sender": "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>",
        "to": ["スタジオ・ルミエ 予約係 <reserve@studio-lumie.jp>"],
        "subject": "撮影終了のお礼",
        "body": """スタジオ・ルミエ 御中

お世話になっております。日の出産業の三浦です。
3日間の撮影、無事に終了いたしました。
ケータリングや延長対応など、細やかにご対応いただき本当にありがとうございました。

忘れ物として、メイクルームにアイロン台（弊社備品・白）を置いてきてしまいました。
お手数ですが、次回の撮影時まで保管いただけますと助かります。

精算書は経理部宛にお送りください。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "wrap-up thank-you to the studio",
    },
    # 98 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-098",
        "charset": "iso-2022-jp",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["上遠野様 <katono@eizo-haruka.co.jp>"],
        "subject": "RE: エキストラ集合時間のご連絡について",
        "body": """上遠野様

ご連絡ありがとうございます。
集合時間 4:30、新羽駅改札前で承知しました。エキストラの皆さまへのご連絡、よろしくお願いします。

佐伯

差出人: 上遠野 <katono@eizo-haruka.co.jp>
送信日時: 2026年3月30日 18:22
宛先: 佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>
件名: エキストラ集合時間のご連絡について

佐伯様

エキストラの皆さまへ、以下のとおり集合時間をご連絡しました。
　早乙女 拓海 様　090-3381-0472　4:30 集合
　有働 千夏 様　　080-9125-6637　4:30 集合
　我妻 康平 様　　090-6620-1198　4:30 集合
　木幡 里美 様　　070-2274-8850　4:30 集合
　轟 一樹 様　　　080-5532-7741　4:30 集合
　湯浅 文香 様　　070-1846-3390　4:30 集合
瀬戸口様ご親子は5:00集合でお伝えしています。

映像工房ハルカ 上遠野
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the extras' phones are only in the quoted Outlook-style original (差出人/送信日時) from the recipient",
    },
    # 99 ------------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-099",
        "charset": "utf-8",
        "sender": "佐伯 亮介 <saeki.r@hinode-sangyo.co.jp>",
        "to": ["あおい損害保険 事故受付センター <jiko@aoi-sonpo.co.jp>"],
        "subject": "撮影中の事故報告（証券番号 AS-26-0071853）",
        "body": """あおい損害保険 事故受付センター御中

日の出産業株式会社 宣伝部の佐伯です。
撮影保険（証券番号 AS-26-0071853）につき、事故のご報告をいたします。

　事故日時：2026年4月2日 7:40頃
　場所：横浜市港北区 鶴見川河川敷
　被災者：エキストラ　我妻 康平 様（昭和48年2月8日生）
　状況：ジョギングのシーン撮影中に転倒し、右手首を負傷
　受診：新横浜整形外科クリニックを受診、右橈骨遠位端骨折と診断（全治6週間）
　健康保険証：記号 31120458　番号 217（協会けんぽ）

治療費は健康保険を使用して本人が立て替えています。
傷害保険金の請求に必要な書類をお知らせください。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identifier and sensitive: an injured extra's health insurance card symbol/number and diagnosis to the insurer",
    },
    # 100 -----------------------------------------------------------------------------
    {
        "id": "kokokuseisaku-100",
        "charset": "cp932",
        "sender": "日の出産業 宣伝部 <senden@hinode-sangyo.co.jp>",
        "to": ["日の出産業 宣伝部 <senden@hinode-sangyo.co.jp>"],
        "bcc": [
            "izutsu@adbridge.co.jp",
            "okochi@nishiki-insatsu.co.jp",
            "reserve@studio-lumie.jp",
            "matsunaga@medialink-ad.co.jp",
            "katono@eizo-haruka.co.jp",
            "azumi@kitaguni-foods.co.jp",
        ],
        "subject": "ゴールデンウィーク期間中の休業のお知らせ",
        "body": """お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
誠に勝手ながら、弊社宣伝部は下記の期間を休業とさせていただきます。

　休業期間：2026年5月2日（土）〜5月6日（水）
　※5月7日（木）より通常営業いたします。

休業期間中にいただいたお問い合わせは、5月7日以降に順次ご回答いたします。
緊急のご用件は、各担当者の携帯電話までご連絡ください。

本メールは一斉送信（Bcc）にてお送りしております。

日の出産業株式会社 宣伝部
〒103-0027 東京都中央区日本橋二丁目14番3号
TEL 03-5201-7740
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "holiday notice to partners correctly sent with everyone in Bcc",
    },
]
