"""Blind corpus, area "sponsor": the mail of Hinode Sangyo's sponsorship team (宣伝部 スポンサーシップ推進課 and 文化事業担当) — contracts with a football club, a basketball team, a city marathon, an orchestra and an art festival; athletes' appearances and their agencies; hospitality tickets and VIP guests; logo placement on boards, kits and banners; fan campaigns and their prize fulfilment — to clubs, agencies, printers, hotels, tax advisers and fans.  Written blind from BRIEF.md (and the names in SPEC.md and the format of build.py) only, without reading mailguard's code or any other corpus file."""

from build import card_number, my_number

SEED = 53801


def _zen(s: str) -> str:
    """Digits and hyphens typed full-width, as some people do."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _sp(s: str, step: int = 4) -> str:
    return " ".join(s[i:i + step] for i in range(0, len(s), step))


SIG_MAKABE = """
──────────────────────────
日の出産業株式会社
宣伝部 スポンサーシップ推進課 課長
真壁 透（Makabe Toru）
〒103-0027 東京都中央区日本橋2-8-14 日の出ビル7F
TEL 03-5201-4470（代表） FAX 03-5201-4479
makabe.toru@hinode-sangyo.co.jp
──────────────────────────"""

SIG_SHINOMIYA = """
--
日の出産業株式会社 宣伝部
スポンサーシップ推進課 主任　篠宮 由佳
TEL: 03-5201-4472（直通）
Mail: shinomiya.yuka@hinode-sangyo.co.jp
〒103-0027 東京都中央区日本橋二丁目8番14号"""

SIG_OKOCHI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
宣伝部 スポンサーシップ推進課
大河内 航 / Okochi Wataru
TEL 03-5201-4473　FAX 03-5201-4479
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_HIBINO = """
Best regards,

Ellen Hibino（日比野 エレン）
Sponsorship & Partnerships, Advertising Dept.
Hinode Sangyo Co., Ltd.
2-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5201-4475
hibino.ellen@hinode-sangyo.co.jp"""

SIG_TSUJI = """
*****************************************
日の出産業株式会社　広報部 文化事業担当
辻　亜希子（つじ あきこ）
〒103-0027 東京都中央区日本橋2-8-14
TEL 03-5201-4481
*****************************************"""

SIG_KURAMOTO = """
---------------------------------
日の出産業株式会社 経理部 経理課
蔵本 しのぶ
内線 2207 / 03-5201-4407
---------------------------------"""

SIG_ANZAI = """
━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
宣伝部 スポンサーシップ推進課
安西 隼人（あんざい はやと）
携帯 080-2219-6604（業務用）
TEL 03-5201-4474
━━━━━━━━━━━━━━━━━━━━━"""

DISC_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""


MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "sponsor-001",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["株式会社フルフィルメント東日本 発送センター <shukka@ff-higashinihon.co.jp>"],
        "subject": "【発送依頼】ブルーウィングス応援キャンペーン 当選者データ（第1回抽選分）",
        "charset": "iso-2022-jp",
        "body": """株式会社フルフィルメント東日本
発送センター ご担当者様

いつもお世話になっております。日の出産業の篠宮でございます。

「港北ブルーウィングス×日の出産業 応援キャンペーン」第1回抽選の当選者データを
添付にてお送りいたします。
賞品はサイン入りレプリカユニフォーム（A賞）とマフラータオル（B賞）です。

・発送予定日：11月18日（火）
・送り状の品名：「キャンペーン賞品」でお願いします
・不在返送分は12月5日までにまとめてご報告ください

不明点がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "csv", "name": "当選者_第1回_発送用.csv", "encoding": "cp932", "rows": [
                ["当選番号", "賞品", "氏名", "フリガナ", "郵便番号", "住所", "電話番号"],
                ["BW1-0007", "A", "葛城 美咲", "カツラギ ミサキ", "231-0023", "神奈川県横浜市中区山下町88-3-402", "090-4417-2286"],
                ["BW1-0012", "B", "六車 健吾", "ムグルマ ケンゴ", "222-0033", "神奈川県横浜市港北区新横浜1-17-9", "080-3301-7745"],
                ["BW1-0031", "B", "百武 莉子", "ヒャクタケ リコ", "154-0004", "東京都世田谷区太子堂3-41-2", "070-5528-1903"],
                ["BW1-0044", "A", "雲井 大地", "クモイ ダイチ", "330-0063", "埼玉県さいたま市浦和区高砂2-6-18", "090-8812-4470"],
                ["BW1-0058", "B", "廿日出 菜摘", "ハツカデ ナツミ", "213-0001", "神奈川県川崎市高津区溝口4-9-11-205", "080-6650-3318"],
                ["BW1-0063", "B", "小比類巻 翔", "コヒルイマキ ショウ", "030-0801", "青森県青森市新町1-3-27", "090-2271-0964"],
                ["BW1-0079", "B", "四十物 千夏", "アイモノ チナツ", "930-0083", "富山県富山市総曲輪2-5-7", "070-3109-5582"],
                ["BW1-0081", "A", "上遠野 誠", "カドノ マコト", "960-8031", "福島県福島市栄町5-2", "080-9023-1147"],
                ["BW1-0095", "B", "舎人 あかね", "トネリ アカネ", "252-0231", "神奈川県相模原市中央区相模原6-14-30", "090-5596-2038"],
                ["BW1-0102", "B", "鬼頭 優斗", "キトウ ユウト", "460-0008", "愛知県名古屋市中区栄3-22-6", "080-7764-0195"],
                ["BW1-0117", "B", "五百旗頭 遥", "イオキベ ハルカ", "650-0021", "兵庫県神戸市中央区三宮町2-8-1-701", "090-3348-6621"],
                ["BW1-0123", "A", "弓削 壮太", "ユゲ ソウタ", "812-0011", "福岡県福岡市博多区博多駅前4-31-8", "070-2287-9460"],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV of 12 campaign winners (name, postal address, phone) sent to the fulfilment vendor: a list of people",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "sponsor-002",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 牧野様 <makino@nishiki-insatsu.co.jp>"],
        "subject": "みなと湾岸マラソン2025 沿道バナー 入稿データ送付",
        "charset": "utf-8",
        "body": """錦印刷株式会社
制作部 牧野様

お世話になっております。日の出産業の大河内です。

みなと湾岸マラソン2025の沿道バナー（協賛社ロゴ入り）の入稿データをお送りします。

■仕様
　サイズ：W900 × H1800 mm（ポンジ、袋縫い・ハトメ4か所）
　数量：120枚（5km〜35km地点、各15枚×8か所）
　色：CMYK、特色なし／ロゴはガイドライン通り「サンライズ・レッド」（C0 M85 Y90 K0）
　納品：11月28日（金）午前必着　みなと湾岸市スポーツセンター搬入口

ロゴのアイソレーション（周囲の余白）はロゴ高さの1/4以上でお願いします。
色校は1部、11月14日までに弊社宛にお送りいただけますと助かります。

よろしくお願いいたします。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "png", "name": "hinode_logo_rgb.png"},
            {"kind": "pdf", "name": "沿道バナー_仕様書_v2.pdf", "title": "沿道バナー仕様書",
             "lines": ["みなと湾岸マラソン2025　沿道バナー仕様書（v2）",
                       "発注元：日の出産業株式会社 宣伝部",
                       "サイズ W900×H1800mm / 素材 ポンジ / 加工 袋縫い・ハトメ4か所",
                       "掲出位置：5km, 10km, 15km, 20km, 25km, 30km, 32km, 35km 各地点"],
             "table": [["地点", "枚数", "向き", "備考"],
                       ["5km", "15", "北向き", "給水所手前"],
                       ["10km", "15", "南向き", "折返し地点"],
                       ["20km", "15", "北向き", "中間点計測マット脇"],
                       ["35km", "15", "東向き", "応援ステージ横"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print data and banner spec to a partner printer: ordinary business mail, no personal data",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "sponsor-003",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["光陽エージェンシー 坂東様 <bando.k@koyo-agency.co.jp>"],
        "subject": "Re: CM撮影（12/3）の件　ご相談",
        "charset": "iso-2022-jp",
        "body": """光陽エージェンシー
坂東様

お世話になっております。日の出産業の真壁です。

12月3日に予定しておりました新CM撮影の件、急ぎご相談です。
出演予定の柚木颯太選手（港北ブルーウィングス）ですが、先週末の試合で負傷し、
クラブのメディカルから「右膝前十字靭帯断裂、来週内視鏡下の再建手術、
全治およそ8か月」との診断が出たと連絡がありました。
ご本人の意向もあり、公表はクラブからの発表（来週予定）まで伏せてください。

つきましては、
　1) 12/3 の撮影は中止、スタジオとロケのキャンセル料の見積
　2) 代替として寺門選手での撮影可否（クラブ確認中）
をご検討いただけますでしょうか。

取り急ぎ、よろしくお願いいたします。

> 真壁様
> 12/3撮影の香盤表（案）をお送りします。ご確認ください。
> 光陽エージェンシー 坂東
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named athlete's diagnosis and surgery (medical information, 要配慮) sent to the ad agency",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "sponsor-004",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴集会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11/22 ホスピタリティラウンジご利用　来場者（4名）のご連絡",
        "charset": "cp932",
        "body": """さくらホテル
宴集会予約ご担当　三好様

いつも大変お世話になっております。
日の出産業の安西でございます。

11月22日（土）ブルーウィングス戦の試合前ホスピタリティ（ラウンジ「楓」）につきまして、
弊社招待のお客様4名をお知らせいたします。
当日、受付でお名前を確認いただき、遅れる方がいらした場合は携帯へご連絡をお願いします。

　氏名　　　　　　会社名　　　　　　　　　　携帯
　－－－－－－　　－－－－－－－－－－－－　－－－－－－－－－－－－
　宇賀神　直樹　　宇賀神工業株式会社　　　　０９０－６６１２－４０８３
　嵯峨　律子　　　株式会社サガ商会　　　　　０８０－１１９４－７７２６
　真木野　浩二　　真木野建設株式会社　　　　０７０－４４０３－２９５８
　久世　かおり　　久世フードサービス　　　　０９０－２０８７－３１６４

ドリンクはフリーフロー、料理は前回同様の和洋ビュッフェでお願いいたします。
人数確定は前日正午とさせてください。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four guests' names and mobiles to the partner hotel: under five people, may be warned but must go",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "sponsor-005",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["川崎電機 宣伝課 宮前様 <miyamae@kawasaki-denki.co.jp>",
               "北国フーズ 広報室 栗林様 <kuribayashi@kitaguni-foods.co.jp>",
               "みどり銀行 広報部 相良様 <sagara.m@midori-ginko.co.jp>"],
        "subject": "【協賛社各位】みなと湾岸マラソン2025 協賛社連絡会（11/13）のご案内",
        "charset": "iso-2022-jp",
        "body": """協賛社ご担当者各位

いつもお世話になっております。
特別協賛社幹事を務めております日の出産業の大河内です。

みなと湾岸マラソン2025の協賛社連絡会を下記のとおり開催いたします。

　日時：11月13日（木）15:00〜16:30
　場所：みなと湾岸市役所 本庁舎5階 第2会議室（オンライン併用）
　議題：1. ブース配置（フィニッシュ会場）
　　　　2. 沿道看板・ゼッケンロゴの最終確認
　　　　3. 当日の協賛社受付・駐車場

ご出欠を11月7日までにご返信ください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external co-sponsor companies in To who can see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "sponsor-006",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["アスリートブリッジ 法務 高見沢様 <takamizawa@athletebridge.co.jp>"],
        "subject": "秘密保持契約書（案）のご確認のお願い",
        "charset": "utf-8",
        "body": """株式会社アスリートブリッジ
法務ご担当　高見沢様

お世話になっております。日の出産業の真壁です。

来季の所属選手とのアンバサダー契約の協議に先立ち、
秘密保持契約（NDA）を締結させていただきたく、弊社ひな形をお送りします。

・秘密情報の範囲は「書面で秘密と明示したもの」に限定しています
・有効期間は締結日から2年、契約終了後の存続条項は1年です
・準拠法は日本法、合意管轄は東京地方裁判所です

修正のご希望があれば、Wordの変更履歴でお戻しいただけますと幸いです。
押印は電子契約（クラウドサイン）を想定しております。
""" + SIG_MAKABE + "\n" + DISC_JA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_案_日の出産業_アスリートブリッジ.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）と株式会社アスリートブリッジ（以下「乙」という。）は、"
                 "甲乙間のスポンサーシップ契約の検討（以下「本目的」という。）に関し、以下のとおり契約を締結する。",
                 "第1条（秘密情報）本契約において秘密情報とは、本目的のために開示者が受領者に開示した情報のうち、"
                 "開示の際に書面により秘密である旨を明示したものをいう。",
                 "第2条（秘密保持）受領者は、秘密情報を厳に秘密として保持し、開示者の事前の書面による承諾なく第三者に開示してはならない。",
                 "第3条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                 "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA draft attached: the word 秘密 in clauses is not a marking",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "sponsor-007",
        "sender": "蔵本 しのぶ <kuramoto.shinobu@hinode-sangyo.co.jp>",
        "to": ["税理士法人みなと会計 浜田先生 <hamada@minato-kaikei.jp>"],
        "subject": "報酬の支払調書作成の件（トークショー出演料）",
        "charset": "iso-2022-jp",
        "body": f"""税理士法人みなと会計
浜田先生

いつもお世話になっております。日の出産業経理部の蔵本です。

10月の株主優待イベントでトークショーにご出演いただいた元選手の方へ、
個人として出演料をお支払いしました。支払調書の作成をお願いいたします。

　氏名　　：志賀 龍之介（しが りゅうのすけ）
　住所　　：〒248-0014 神奈川県鎌倉市由比ガ浜3-11-26
　個人番号：{_sp(my_number(SEED + 1))}
　支払金額：330,000円（源泉徴収税額 33,693円）
　支払日　：2025年10月31日

ご本人からは番号確認書類（通知カードの写し）と身元確認書類を受領済みです。
よろしくお願いいたします。
""" + SIG_KURAMOTO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a former athlete's My Number, name and address sent in plain mail to the outside tax adviser",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "sponsor-008",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["坂東 和也 <bando.k@koyo-agency.co.jp>"],
        "cc": ["真壁 透 <makabe.toru@hinode-sangyo.co.jp>"],
        "subject": "応援キャンペーン 応募状況（10/31締め）集計",
        "charset": "utf-8",
        "body": """坂東様

お世話になっております。篠宮です。
10月末締めの応募状況を集計しましたので共有します。

・総応募数　　 18,442件（前年同期比 131%）
・うちWEB応募　15,906件／はがき 2,536件
・20〜30代の比率が前年より7pt上昇
・都道府県別では神奈川・東京で全体の68%

詳細は添付の集計表（シート「都道府県別」「年代別」「流入経路」）をご覧ください。
次回定例で第2弾の告知プランとあわせてご相談させてください。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "xlsx", "name": "応募集計_1031締め.xlsx", "title": "応募集計",
             "sheets": {
                 "都道府県別": [["応援キャンペーン 応募集計（2025/10/31締め）"], [],
                               ["都道府県", "応募数", "構成比"],
                               ["神奈川県", 8120, "44.0%"], ["東京都", 4421, "24.0%"],
                               ["埼玉県", 1530, "8.3%"], ["千葉県", 1288, "7.0%"],
                               ["静岡県", 402, "2.2%"], ["その他", 2681, "14.5%"]],
                 "年代別": [["年代", "応募数"], ["10代", 1204], ["20代", 4867], ["30代", 5210],
                          ["40代", 4012], ["50代", 2198], ["60代以上", 951]],
                 "流入経路": [["経路", "件数"], ["クラブ公式X", 6630], ["スタジアム告知", 4215],
                          ["店頭POP", 3102], ["はがき", 2536], ["その他", 1959]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate campaign statistics (counts by prefecture and age band): no individual's data",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "sponsor-009",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 三好様 <miyoshi@sakura-hotel.co.jp>"],
        "subject": "12/6 スティングレイズ戦 観戦ツアー 宿泊のご相談",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 仙台
三好様

いつもお世話になっております。日の出産業の安西です。

12月6日（土）の仙台スティングレイズ戦に合わせた取引先様観戦ツアーにつき、
前泊のお部屋を下記で仮押さえいただけますでしょうか。

　12/5（金）チェックイン　シングル10室、ツイン2室（1泊朝食付）
　精算：弊社一括（請求書払い）
　試合会場への送迎バス：12/6 16:30 ホテル発

正式な人数とお名前は11月21日までにご連絡いたします。
お見積もりをいただけますと幸いです。
""" + SIG_ANZAI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain sakura-hotel.co.jp is a look-alike of the partner domain sakura-hotel.jp",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "sponsor-010",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 石動様 <isurugi@nishiki-insatsu.co.jp>"],
        "subject": "店頭POP 配送先（キャンペーン実施店舗一覧）",
        "charset": "cp932",
        "body": """錦印刷株式会社
石動様

お世話になっております。日の出産業の篠宮です。

応援キャンペーン店頭POPの配送先一覧をお送りします。
各店舗の代表番号・店舗住所です（店長様宛のお名前は不要とのことです）。
A3ポスター2枚、卓上POP10部をセットで各店へお願いします。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "xlsx", "name": "POP配送先_実施店舗一覧.xlsx",
             "sheets": {"配送先": [
                 ["キャンペーン実施店舗一覧（2025年11月）"],
                 ["店舗コード", "店舗名", "郵便番号", "住所", "代表電話"],
                 ["S-101", "ヒノデマート 新横浜店", "222-0033", "神奈川県横浜市港北区新横浜2-5-10", "045-472-1180"],
                 ["S-102", "ヒノデマート 綱島店", "223-0052", "神奈川県横浜市港北区綱島東1-9-3", "045-531-2244"],
                 ["S-103", "ヒノデマート 日吉店", "223-0061", "神奈川県横浜市港北区日吉2-1-15", "045-563-0871"],
                 ["S-104", "ヒノデマート 菊名店", "222-0011", "神奈川県横浜市港北区菊名6-3-2", "045-401-5530"],
                 ["S-105", "ヒノデマート 川崎駅前店", "210-0007", "神奈川県川崎市川崎区駅前本町11-2", "044-211-7012"],
                 ["S-106", "ヒノデマート 武蔵小杉店", "211-0063", "神奈川県川崎市中原区小杉町3-264", "044-733-4489"],
                 ["S-107", "ヒノデマート 溝の口店", "213-0001", "神奈川県川崎市高津区溝口1-6-8", "044-822-9310"],
                 ["S-108", "ヒノデマート 鶴見店", "230-0051", "神奈川県横浜市鶴見区鶴見中央3-4-1", "045-502-6675"],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of shops (store addresses and switchboards), not of people: must go",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "sponsor-011",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>"],
        "cc": ["宣伝部 スポンサーシップ推進課 <sponsorship@hinode-sangyo.co.jp>"],
        "subject": "（社内）第1回当選者リスト 最終版",
        "charset": "utf-8",
        "body": """安西さん

第1回当選者の最終版です。発送前の最終チェックをお願いします。
（辞退1名を差し替え済み。ハイライト行が繰上げ当選です）

当選番号  氏名          電話            住所
--------  ------------  --------------  ----------------------------------------
BW1-0007  葛城 美咲     090-4417-2286   神奈川県横浜市中区山下町88-3-402
BW1-0012  六車 健吾     080-3301-7745   神奈川県横浜市港北区新横浜1-17-9
BW1-0031  百武 莉子     070-5528-1903   東京都世田谷区太子堂3-41-2
BW1-0044  雲井 大地     090-8812-4470   埼玉県さいたま市浦和区高砂2-6-18
BW1-0058  廿日出 菜摘   080-6650-3318   神奈川県川崎市高津区溝口4-9-11-205
BW1-0140  笠置 凛太郎   090-7310-5528   千葉県船橋市本町4-40-2  ←繰上げ

篠宮
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "winner list sent only to internal colleagues (hinode-sangyo.co.jp): all-internal mail must go",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "sponsor-012",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["光陽エージェンシー 坂東様 <bando.k@koyo-agency.co.jp>"],
        "subject": "【社外秘】ネーミングライツ提案骨子（たたき台）",
        "charset": "iso-2022-jp",
        "body": """坂東様

お世話になっております。真壁です。

来期のスタジアム命名権の件、社内の役員説明で使った骨子を共有します。
こちらをベースに、提案書の体裁に整えていただけますでしょうか。
金額と年数はまだ社内調整中ですので、取扱いにご注意ください。

よろしくお願いします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "pptx", "name": "NR提案骨子_v0.3.pptx", "title": "ネーミングライツ提案骨子",
             "page_footer": "社外秘　日の出産業株式会社 宣伝部",
             "slides": [
                 ["ネーミングライツ提案骨子（v0.3）", "対象：港北総合運動公園球技場", "想定名称：日の出産業スタジアム港北"],
                 ["契約条件（案）", "期間：5年（2026〜2030）", "年額：1億2,000万円（税別）〜", "更新優先交渉権あり"],
                 ["期待効果", "露出量換算で年間約3.1億円", "地域貢献・採用ブランディング"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and slide footer stamped 社外秘 going to an outside agency: confidentiality marking",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "sponsor-013",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["ステージワークス 進行 武藤様 <muto@stageworks.co.jp>"],
        "subject": "Re: 11/23 サイン会 参加者リスト受領のご連絡",
        "charset": "iso-2022-jp",
        "body": """武藤様

お世話になっております。大河内です。
リスト拝受しました。当日の受付はこの順番で問題ございません。
整理券の色分け（親子＝黄、一般＝青）もこの案で進めてください。

> 大河内様
>
> お世話になっております。ステージワークスの武藤です。
> 11/23サイン会の事前当選者リストです。ご確認ください。
>
> No  氏名          年齢  保護者        連絡先
> 1   沼尻 陽向     9     沼尻 恵       090-3317-6402
> 2   巴 颯         11    巴 美樹       080-2290-4418
> 3   有働 結菜     8     有働 聡       070-6643-1025
> 4   仁科 蒼       10    仁科 千尋     090-1184-7736
> 5   朱雀 心春     7     朱雀 大輔     080-5521-0893
> 6   万代 湊       12    万代 あゆみ   090-9902-3371
>
> 武藤
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list is only in '>' quoted text of the vendor's own mail; the new text carries no personal data",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "sponsor-014",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴集会予約 三好様 <banquet@sakura-hotel.jp>"],
        "subject": "11/22 ラウンジ「楓」席次（案）",
        "charset": "cp932",
        "body": """三好様

いつもお世話になっております。日の出産業の安西です。
11/22の席次案をお送りします。テーブル札の作成をお願いできますでしょうか。

【Aテーブル】
　宇賀神 直樹 様　宇賀神工業株式会社　代表取締役社長
　嵯峨 律子 様　　株式会社サガ商会　専務取締役
　真壁 透　　　　日の出産業（ホスト）
【Bテーブル】
　真木野 浩二 様　真木野建設株式会社　常務取締役
　久世 かおり 様　久世フードサービス　代表
　芦刈 悠人 様　　芦刈精機株式会社　営業本部長
　七条 貴子 様　　七条商事株式会社　取締役
　安西 隼人　　　日の出産業

お名前の表記（旧字体など）は上記のとおりでお願いします。
""" + SIG_ANZAI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "six guests' names with company and job title only (no contact data): a seating plan, arguably not a list of personal records",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "sponsor-015",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["武藤 様 <muto@stageworks.co.jp>"],
        "subject": "11/23 サイン会 当日の連絡先（選手マネージャー）",
        "charset": "utf-8",
        "body": """武藤様

お疲れさまです。大河内です。
当日、柚木選手の入り時間の調整は、クラブではなく選手マネージャーの方と直接お願いします。

　港北ブルーウィングス 選手担当マネージャー
　鳴海 朋之 様　携帯 080-4471-0326　n.narumi@kohoku-bluewings.jp

入りは13:15、控室はB-2、サイン会は14:00開始・45分間です。
よろしくお願いします。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one person's business contact (mobile, e-mail) for the event day: may be warned, must go",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "sponsor-016",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["高見沢 様 <takamizawa@athletebridge.co.jp>"],
        "subject": "アンバサダー契約書（最終版）送付",
        "charset": "iso-2022-jp",
        "body": """株式会社アスリートブリッジ
高見沢様

お世話になっております。日の出産業の真壁です。

氷室千晶選手とのアンバサダー契約書（最終版）をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "zip", "name": "アンバサダー契約書_最終版.zip", "password": "Hn7#q2Lw",
             "files": [
                 {"kind": "docx", "name": "アンバサダー契約書_最終版.docx",
                  "paragraphs": ["アンバサダー契約書", "第1条（目的）…", "第5条（契約金）年額金1,800万円（税別）"]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) that cannot be inspected",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "sponsor-017",
        "sender": "日比野 エレン <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["氷室 千晶 <chiaki.himuro.golf@gmail.com>"],
        "subject": "12月の撮影・イベントのスケジュール（ご確認）",
        "charset": "utf-8",
        "body": """氷室 千晶 様

いつもお世話になっております。日の出産業の日比野です。
マネジメントの高見沢様からご了承いただき、こちらのアドレスに直接ご連絡しております。

12月のスケジュール案です。

　12/9（火）10:00〜15:00　企業広告の撮影（都内スタジオ）
　12/14（日）13:00〜　　　ジュニアゴルフ教室（千葉・房総CC）
　12/20（土）18:00〜　　　年末感謝パーティー（ご挨拶のみ）

ご都合の悪い日がありましたら、高見沢様経由でも構いませんのでお知らせください。
""" + SIG_HIBINO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "schedule to one athlete at her personal Gmail: one free-mail recipient, no personal data of others",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "sponsor-018",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴集会予約 <banquet@sakura-hotel.jp>"],
        "subject": "12/6 観戦ツアー ご招待者名簿（宿泊・送迎用）",
        "charset": "utf-8",
        "body": """さくらホテル 仙台
宴集会予約ご担当様

お世話になっております。日の出産業の安西です。
12/6観戦ツアーのご招待者名簿をお送りします。
宿泊手配と送迎バスの乗車確認にお使いください。
""" + SIG_ANZAI,
        "attachments": [
            {"kind": "xlsx", "name": "観戦ツアー招待者名簿_1206.xlsx",
             "sheets": {
                 "名簿": [
                     ["仙台スティングレイズ戦 観戦ツアー ご招待者名簿（2025/12/5-6）"],
                     ["No", "氏名", "ふりがな", "会社名", "携帯電話", "メール", "部屋"],
                     [1, "宇賀神 直樹", "うがじん なおき", "宇賀神工業", "090-6612-4083", "ugajin@ugajin-kogyo.co.jp", "S"],
                     [2, "嵯峨 律子", "さが りつこ", "サガ商会", "080-1194-7726", "r.saga@saga-shokai.jp", "S"],
                     [3, "真木野 浩二", "まきの こうじ", "真木野建設", "070-4403-2958", "makino.k@makino-kensetsu.co.jp", "S"],
                     [4, "久世 かおり", "くぜ かおり", "久世フードサービス", "090-2087-3164", "kuze@kuze-food.jp", "S"],
                     [5, "芦刈 悠人", "あしかり ゆうと", "芦刈精機", "080-7735-1609", "ashikari.y@ashikari-seiki.co.jp", "T"],
                     [6, "芦刈 美穂", "あしかり みほ", "（ご同伴）", "080-7735-1610", "", "T"],
                     [7, "七条 貴子", "しちじょう たかこ", "七条商事", "090-4128-8852", "t.shichijo@shichijo-shoji.co.jp", "S"],
                     [8, "閻魔堂 剛", "えんまどう つよし", "閻魔堂運送", "070-3356-2207", "enmado@enmado-unso.jp", "S"],
                 ],
                 "送迎": [["便", "出発", "乗車人数"], ["往路", "12/6 16:30", 8], ["復路", "12/6 21:45", 8]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX with eight guests' names, mobiles and e-mails to the hotel: a list of people",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "sponsor-019",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["港北ブルーウィングス パートナー営業部 伊集院様 <ijuin@kohoku-bluewings.jp>"],
        "cc": ["光陽エージェンシー 坂東様 <bando.k@koyo-agency.co.jp>",
               "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>"],
        "subject": "2026シーズン パートナー契約更新 打合せ日程",
        "charset": "iso-2022-jp",
        "body": """港北ブルーウィングス
伊集院様

（cc：光陽エージェンシー 坂東様）

いつもお世話になっております。日の出産業の真壁です。

2026シーズンのトップパートナー契約更新について、三者でお打合せの場をいただけますでしょうか。
候補日は以下のとおりです。

　① 11月17日（月）14:00〜
　② 11月19日（水）10:00〜
　③ 11月20日（木）16:00〜

場所はクラブハウス会議室か、弊社日本橋本社のいずれでも結構です。
ユニフォーム胸ロゴの継続と、LEDビジョン露出の追加について協議させてください。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "club and agency (two external organisations) on a normal three-way meeting mail: must go",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "sponsor-020",
        "sender": "Ellen Hibino <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["Martin Voss <m.voss@elbe-artists.de>"],
        "subject": "Toto Philharmonic Japan Tour 2026 - sponsor credit line",
        "charset": "utf-8",
        "body": """Dear Mr. Voss,

Thank you for the draft programme of the Toto Philharmonic's 2026 tour with your soloist.

As the presenting sponsor, we would ask that the credit line read exactly:

    "Presented by Hinode Sangyo Co., Ltd."
    (Japanese: 特別協賛　日の出産業株式会社)

on the programme cover, the hall banners and the tour website. Our logo files and
the usage guideline are available on our press site; the colour must not be altered.

For the Tokyo concert on 14 March we would like 40 complimentary seats (S class) for
our guests. Could you confirm with the orchestra's office by the end of this month?
""" + SIG_HIBINO + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a foreign agent about credit lines and seats, with the standard disclaimer",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "sponsor-021",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["チケットポート 法人窓口 <corporate@ticketport.jp>"],
        "subject": "法人一括購入（12/6 スティングレイズ戦）決済のお願い",
        "charset": "utf-8",
        "body": f"""チケットポート株式会社
法人窓口ご担当者様

お世話になっております。日の出産業の安西です。
先日お見積もりいただいた法人一括購入の件、以下のカードで決済をお願いします。

　申込番号：TPC-2025-118407
　席種　　：コートサイド指定席 12枚
　金額　　：237,600円（税込）

　カード番号：{_sp(card_number(SEED + 11))}
　有効期限　：09/28
　名義　　　：HAYATO ANZAI（コーポレートカード）

決済完了後、電子チケットの分配用URLをお送りください。
""" + SIG_ANZAI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with expiry and holder name sent by mail to the ticket vendor",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "sponsor-022",
        "sender": "辻 亜希子 <tsuji.akiko@hinode-sangyo.co.jp>",
        "to": ["しまなみ現代芸術祭 実行委員会事務局 <office@shimanami-art.jp>"],
        "subject": "協賛金お振込みのご連絡",
        "charset": "iso-2022-jp",
        "body": """しまなみ現代芸術祭 実行委員会事務局 御中

いつもお世話になっております。
日の出産業 文化事業担当の辻でございます。

ご請求いただいておりました協賛金（ゴールドパートナー）につきまして、
本日下記のとおりお振込みいたしましたのでご連絡申し上げます。

　ご請求書番号：SAF-2025-0147
　金額　　　　：5,500,000円（税込）
　振込先　　　：伊予中央銀行 今治支店 普通 2284061　シマナミゲンダイゲイジュツサイジッコウイインカイ

領収書は不要です。会期中の協賛社招待券（30枚）は弊社辻宛にお送りください。
""" + SIG_TSUJI + """

■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□
このメールは送信者が指定した宛先のみに送信されています。
本メールには機密情報が含まれている場合があります。誤って受信された場合は
直ちに削除のうえ、送信者までご連絡ください。無断での転載・転送を禁じます。
This e-mail may contain confidential information. If you are not the intended
recipient, please delete it and notify the sender.
■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment notice to the festival's own account plus a long bilingual confidentiality disclaimer: not a marking",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "sponsor-023",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 東條様 <tojo@tsubasa-system.jp>"],
        "subject": "Re: キャンペーンサイト改修　要件資料について",
        "charset": "cp932",
        "body": """東條様

お世話になっております。篠宮です。

ご依頼いただいた「過去キャンペーンの効果検証レポート」ですが、
社内の役員会資料として作成したもので社外秘扱いとなっており、そのままお渡しできません。
サイト改修に必要な数字（PV・応募完了率・離脱ページ）だけ抜き出して下記にまとめました。

　・LP平均PV　　　　　　1日 4,200
　・応募フォーム完了率　　61.8%
　・離脱の多いページ　　　住所入力（STEP2）

これで要件の検討が進められそうか、ご確認ください。

-----Original Message-----
From: 東條 <tojo@tsubasa-system.jp>
Sent: Tuesday, November 4, 2025 10:12 AM
Subject: キャンペーンサイト改修　要件資料について

篠宮様
前回キャンペーンの効果検証の資料があれば共有いただけますか。
""" + SIG_SHINOMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that a report is 社外秘 and is therefore not sent: a mention, not a marking on what is sent",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "sponsor-024",
        "sender": "日の出産業 キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": ["kazumi.ohtsuka77@gmail.com", "tomoki_sanada@yahoo.co.jp",
               "haru.nagumo@icloud.com", "m-ishizuchi.0512@docomo.ne.jp"],
        "subject": "【当選のお知らせ】ブルーウィングス選手との記念撮影会",
        "charset": "iso-2022-jp",
        "body": """このたびは「港北ブルーウィングス×日の出産業 応援キャンペーン」に
ご応募いただき、誠にありがとうございました。

厳正なる抽選の結果、「選手との記念撮影会」にご当選されましたのでお知らせいたします。

　日時：11月30日（日）11:00集合
　場所：港北総合運動公園球技場 メインスタンド下 イベントルーム
　持ち物：本メールの画面、または印刷したもの

ご参加の可否を11月20日までに本メールへの返信でお知らせください。

日の出産業株式会社 キャンペーン事務局
（受付時間：平日10:00〜17:00）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four private winners' addresses all in To, visible to each other: should have been Bcc",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "sponsor-025",
        "sender": "日比野 エレン <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["アスリートブリッジ 広報 <pr@athletebridge.co.jp>"],
        "subject": "プレスリリース原稿（氷室選手 アンバサダー就任）ご確認",
        "charset": "utf-8",
        "body": """アスリートブリッジ 広報ご担当者様

お世話になっております。日の出産業の日比野です。
11月25日配信予定のリリース原稿をお送りします。
選手コメント部分の表現について、ご本人確認をお願いできますでしょうか。
""" + SIG_HIBINO,
        "attachments": [
            {"kind": "docx", "name": "NR_氷室選手アンバサダー就任_1125.docx",
             "page_header": "2025年11月25日 報道関係各位",
             "paragraphs": [
                 "日の出産業、プロゴルファー氷室千晶選手とアンバサダー契約を締結",
                 "日の出産業株式会社（本社：東京都中央区、代表取締役社長：朝比奈 誠一郎）は、"
                 "女子プロゴルファーの氷室千晶選手と2026年1月1日付でブランドアンバサダー契約を締結いたしました。",
                 "氷室選手コメント：「挑戦を続ける日の出産業さんと一緒に、ジュニアゴルファーの未来を応援していきます。」",
                 "本件に関するお問い合わせ：日の出産業株式会社 広報部 TEL 03-5201-4480",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "press release naming a public athlete and the company president, no personal records: ordinary business",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "sponsor-026",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["仙台スティングレイズ 事業部 鹿島様 <kashima@stingrays-sendai.jp>"],
        "subject": "ハーフタイム「キッズエスコート」参加者のご連絡（12/6）",
        "charset": "cp932",
        "body": """仙台スティングレイズ
事業部　鹿島様

いつもお世話になっております。日の出産業の大河内です。

12月6日の冠試合「日の出産業スペシャルデー」のキッズエスコート参加者（抽選済み）を
ご連絡いたします。選手入場時の整列順はこの並びでお願いいたします。
当日の集合連絡はクラブ様から保護者の方へ直接お願いできますでしょうか。

No. 氏名(ふりがな)                  学年   保護者氏名     保護者連絡先
--- ----------------------------- ------ ------------- ---------------
 1  日向野 蓮（ひがの れん）          小3   日向野 徹     090-2214-8807
 2  千々岩 芽衣（ちぢいわ めい）      小4   千々岩 亮子   080-6039-1142
 3  京極 悠真（きょうごく ゆうま）    小2   京極 真一     070-1827-5590
 4  御手洗 杏（みたらい あん）        小5   御手洗 聖子   090-4470-3318
 5  漆原 陽太（うるしばら ひなた）    小3   漆原 健       080-9156-2073
 6  甘粕 ひまり（あまかす ひまり）    小4   甘粕 由紀     090-6688-0421
 7  塙 奏多（はなわ かなた）          小6   塙 浩之       070-2351-7769
 8  宍戸 紬（ししど つむぎ）          小2   宍戸 麻衣     080-3372-9014

アレルギー等の申告はございませんでした。
よろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "eight children with school year, parent's name and parent's mobile in a padded table: a list of people",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "sponsor-027",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 沖田先生 <okita@shirakawa-law.jp>"],
        "subject": "パートナー契約書（2026-2028）レビューのお願い",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
沖田先生

いつもお世話になっております。日の出産業の真壁です。

港北ブルーウィングス運営会社とのトップパートナー契約書（3年）について、
クラブ側から提示されたドラフトのレビューをお願いしたく存じます。
特に第9条（クラブの降格時の協賛金減額）と第14条（中途解約）をご確認ください。

ご多忙のところ恐縮ですが、11月21日頃までにコメントをいただけますと幸いです。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "トップパートナー契約書_クラブ案_20251105.docx",
             "paragraphs": [
                 "トップパートナー契約書",
                 "株式会社港北ブルーウィングス（法人番号 1020001086127、以下「甲」という。）と"
                 "日の出産業株式会社（法人番号 1010001027395、以下「乙」という。）は、以下のとおり契約を締結する。",
                 "第3条（協賛金）乙は甲に対し、協賛金として各シーズン金8,000万円（税別）を支払う。",
                 "第9条（降格時の取扱い）甲のトップチームがJ2リーグに降格した場合、翌シーズンの協賛金は70%とする。",
                 "第14条（中途解約）いずれの当事者も、6か月前の書面による通知により本契約を解約できる。",
             ]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "contract draft to the partner law firm; carries the two companies' 法人番号, no personal data",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "sponsor-028",
        "sender": "蔵本 しのぶ <kuramoto.shinobu@hinode-sangyo.co.jp>",
        "to": ["川崎電機 経理部 <keiri@kawasaki-denki.co.jp>"],
        "cc": ["大河内 航 <okochi.wataru@hinode-sangyo.co.jp>"],
        "subject": "請求書送付：みなと湾岸マラソン 共同ブース費用（按分）",
        "charset": "utf-8",
        "body": """川崎電機株式会社 経理部 御中

いつもお世話になっております。日の出産業 経理部の蔵本です。

みなと湾岸マラソン2025のフィニッシュ会場共同ブースにかかった費用のうち、
貴社ご負担分（按分50%）の請求書をお送りします。
お支払期日は12月26日です。ご査収のほどよろしくお願いいたします。
""" + SIG_KURAMOTO,
        "attachments": [
            {"kind": "pdf", "name": "請求書_HS-INV-2025-03318.pdf", "title": "請求書",
             "lines": ["請求書", "川崎電機株式会社 御中",
                       "請求番号 HS-INV-2025-03318　発行日 2025年11月28日",
                       "日の出産業株式会社　登録番号 T1010001027395",
                       "〒103-0027 東京都中央区日本橋2-8-14　TEL 03-5201-4400",
                       "振込先：みどり銀行 日本橋支店 当座 0418826 ヒノデサンギヨウ（カ"],
             "table": [["品目", "数量", "単価", "金額"],
                       ["共同ブース施工費（按分50%）", "1式", "1,240,000", "1,240,000"],
                       ["テント・什器レンタル（按分50%）", "1式", "386,000", "386,000"],
                       ["小計", "", "", "1,626,000"],
                       ["消費税（10%）", "", "", "162,600"],
                       ["合計", "", "", "1,788,600"]]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's T-number and company bank account to a partner: business data only",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "sponsor-029",
        "sender": "日比野 エレン <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["さくらホテル ゲストリレーションズ 小野寺様 <onodera@sakura-hotel.jp>"],
        "subject": "3/14 コンサート後レセプション　ゲスト1名の特別対応のお願い",
        "charset": "iso-2022-jp",
        "body": """さくらホテル
ゲストリレーションズ　小野寺様

お世話になっております。日の出産業の日比野です。

3月14日の東都フィル公演後のレセプションにつき、ご招待するお客様のうち
マレーシアの販売代理店社長、アズラン・ビン・ハムザ様（Mr. Azlan bin Hamzah）は
敬虔なイスラム教徒でいらっしゃいます。
以下のご対応をお願いできますでしょうか。

　・お料理はハラール認証食材のみで別途ご用意（アルコール使用の調味料も不可）
　・19:30頃にお祈りのため、静かな個室を15分ほどお借りしたい
　・お飲み物はノンアルコールのみ

ご本人のご希望で、他のゲストには分からないようにご配慮いただけますと幸いです。
""" + SIG_HIBINO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's religion (敬虔なイスラム教徒, prayer) sent to the hotel: 要配慮個人情報 of one person",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "sponsor-030",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 イベント輸送課 <event@aoba-unyu.co.jp>"],
        "subject": "ブース什器 巡回輸送（アウェイ4会場）のお見積り依頼",
        "charset": "utf-8",
        "body": """青葉運輸株式会社
イベント輸送課 御中

お世話になっております。日の出産業の大河内です。

来季のアウェイ戦でのPRブース什器（2tロング1台分）の巡回輸送について
お見積りをお願いします。搬入先は各スタジアムの搬入口（業者受付）です。

会場\t住所\t搬入受付TEL\t搬入日
ベイサイドスタジアム千葉\t千葉県千葉市美浜区豊砂1-20\t043-211-3380\t3/7
しずおかエコパーク球技場\t静岡県袋井市愛野2300-1\t0538-41-7702\t3/21
みちのく陸上競技場\t宮城県仙台市宮城野区五輪1-4-2\t022-257-6630\t4/4
かなざわ臨海スタジアム\t石川県金沢市畝田東2-190\t076-268-4411\t4/18

各回、前日搬入・当日撤去です。保険は運送約款の範囲で結構です。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tab-separated list of stadiums with their loading-dock numbers: a list of venues, not people",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "sponsor-031",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["ステージワークス 武藤様 <muto@stageworks.co.jp>"],
        "subject": "サイン会用のぼり・パネル 発送しました（送り状番号）",
        "charset": "iso-2022-jp",
        "body": """武藤様

お世話になっております。安西です。
サイン会で使用するのぼりとパネルを本日発送しました。

　青葉運輸　お問い合わせ番号：4471-2208-9136（のぼり 20本）
　青葉運輸　お問い合わせ番号：4471-2208-9148（バックパネル 2枚・スタンド）
　お届け予定：11月21日（金）午前中
　お届け先：港北総合運動公園 管理事務所気付 ステージワークス様

受け取りの際に破損がないかご確認ください。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping notice with tracking numbers: ordinary business mail",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "sponsor-032",
        "sender": "Ellen Hibino <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["Accreditation Desk <accreditation@pacificrimtour.com>"],
        "subject": "Team Hinode - rider accreditation details (Stage 1-5)",
        "charset": "utf-8",
        "body": """Dear Accreditation Team,

Please find attached the accreditation details for the two riders and the team
manager of Team Hinode Sangyo for the Pacific Rim Cycling Tour 2026, as requested in
your form AC-7. Passport copies will be presented at the desk on arrival.

Kindly confirm receipt.
""" + SIG_HIBINO,
        "attachments": [
            {"kind": "xlsx", "name": "TeamHinode_accreditation.xlsx",
             "sheets": {"Riders": [
                 ["Team Hinode Sangyo - Accreditation (PRCT 2026)"],
                 ["Role", "Surname", "Given name", "Date of birth", "Nationality", "Passport No.", "Expiry"],
                 ["Rider", "KUROBANE", "Shun", "1999-07-14", "JPN", "TR8824061", "2031-02-09"],
                 ["Rider", "AMAGI", "Rintaro", "2001-11-02", "JPN", "TS1170583", "2030-08-21"],
                 ["Team manager", "TODOROKI", "Kenji", "1981-04-27", "JPN", "TK4409217", "2029-12-03"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["JP_PASSPORT", "DATE_OF_BIRTH", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "passport numbers (identity documents) of three team members sent to a foreign race organiser",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "sponsor-033",
        "sender": "Ellen Hibino <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["Grace Tan <grace.tan@pacificrimtour.com>"],
        "subject": "Re: Team Hinode - rider accreditation details (Stage 1-5)",
        "charset": "utf-8",
        "body": """Dear Grace,

Thank you for the quick confirmation. We will bring the original passports to the
desk at the team hotel on 2 March, 14:00, as you suggest. The team car will be a
white Toyota HiAce with the Hinode livery.

Best,
Ellen

On Tue, 18 Nov 2025 at 09:41, Grace Tan <grace.tan@pacificrimtour.com> wrote:
> Dear Ellen,
> We received the following and the accreditations are being printed:
>   KUROBANE Shun     1999-07-14  TR8824061
>   AMAGI Rintaro     2001-11-02  TS1170583
>   TODOROKI Kenji    1981-04-27  TK4409217
> Please bring the original passports for verification.
> Grace Tan, Accreditation Manager, PRCT
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "passport data only in the organiser's own quoted text ('>' lines); the new text holds none",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "sponsor-034",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["牧野様 <makino@nishiki-insatu.co.jp>"],
        "subject": "Re: 沿道バナー 色校の件",
        "charset": "cp932",
        "body": """牧野様

お世話になっております。大河内です。
色校拝見しました。ロゴの赤がやや沈んでいるので、M90 Y95で再調整をお願いできますでしょうか。
その他は問題ございません。再校は不要で、そのまま本刷りに進めてください。

納品日は予定どおり11月28日午前でお願いいたします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp (dropped 's') is a look-alike of the partner domain nishiki-insatsu.co.jp",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "sponsor-035",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["川崎電機 宣伝課 宮前様 <miyamae@kawasaki-denki.co.jp>"],
        "subject": "LED看板 露出ローテーション（第15節）",
        "charset": "utf-8",
        "body": """宮前様

お世話になっております。篠宮です。
第15節のフィールドLED看板のローテーション表を添付します。
貴社と弊社の枠を前後半で入れ替えています。素材の差し替えがあれば11/12までにお願いします。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "xlsx", "name": "LEDローテーション_第15節.xlsx",
             "sheets": {"前半": [["枠", "開始", "終了", "広告主", "素材ID"],
                                ["1", "0:00", "0:30", "日の出産業", "HS-LED-07"],
                                ["2", "0:30", "1:00", "川崎電機", "KD-LED-03"],
                                ["3", "1:00", "1:30", "北国フーズ", "KF-LED-11"],
                                ["4", "1:30", "2:00", "みどり銀行", "MG-LED-02"]],
                        "後半": [["枠", "開始", "終了", "広告主", "素材ID"],
                                ["1", "45:00", "45:30", "川崎電機", "KD-LED-03"],
                                ["2", "45:30", "46:00", "日の出産業", "HS-LED-07"]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "logo placement rotation schedule to a co-sponsor: no personal data",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "sponsor-036",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["ブルーウィングス パートナー営業部 <partner@kohoku-bluewings.jp>"],
        "subject": "パートナーズナイト（11/27）出席者",
        "charset": "iso-2022-jp",
        "body": """港北ブルーウィングス
パートナー営業部 御中

お世話になっております。日の出産業の篠宮です。
11/27のパートナーズナイトには弊社から以下3名が出席いたします。
当日の緊急連絡先として携帯番号を添えます。

・取締役 宣伝部長　朝霧 賢治　　090-5820-1163
・課長　　　　　　真壁 透　　　080-3394-2270
・主任　　　　　　篠宮 由佳　　070-6618-4405

駐車場は1台（品川300 あ 12-34）でお願いできれば幸いです。
""" + SIG_SHINOMIYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobile numbers to the club: fewer than five, may be warned, must go",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "sponsor-037",
        "sender": "日比野 エレン <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["光陽エージェンシー 制作部 古閑様 <koga.m@koyo-agency.co.jp>"],
        "subject": "アカデミー選手 ポスター撮影の出演者情報",
        "charset": "utf-8",
        "body": """古閑様

お世話になっております。日比野です。
ジュニアユース選手のポスター撮影（12/13）の出演者情報をクラブから受領しましたので転記します。
衣装サイズの手配と、保護者同意書の宛名作成にお使いください。

■出演者（U-15）
1. 鳥飼 陸斗（とりかい りくと）
   生年月日：2011年5月19日／横浜市立港北中学校 2年／ユニフォーム S
   保護者：鳥飼 智美　〒222-0036 神奈川県横浜市港北区小机町1402-6
2. 葉山 翼（はやま つばさ）
   生年月日：2011年9月2日／私立日吉台学園中等部 2年／ユニフォーム M
   保護者：葉山 大樹　〒223-0062 神奈川県横浜市港北区日吉本町3-27-11
3. 秋篠 隼（あきしの しゅん）
   生年月日：2010年12月24日／横浜市立新田中学校 3年／ユニフォーム M
   保護者：秋篠 薫　〒223-0056 神奈川県横浜市港北区新吉田町5510-3
4. 国府田 光希（こうだ みつき）
   生年月日：2012年2月8日／川崎市立日吉中学校 1年／ユニフォーム XS
   保護者：国府田 直美　〒211-0035 神奈川県川崎市中原区井田3-8-17
5. 伊達 海斗（だて かいと）
   生年月日：2011年7月30日／横浜市立高田中学校 2年／ユニフォーム S
   保護者：伊達 誠二　〒223-0065 神奈川県横浜市港北区高田東2-19-5

撮影は9:00集合、保護者の立会いをお願いしています。
""" + SIG_HIBINO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five minors' records (date of birth, school, parent's name and address), one block each: a list of people",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "sponsor-038",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["仙台スティングレイズ チケット担当 <ticket@stingrays-sendai.jp>"],
        "subject": "FW: 【チケットポート】ご購入完了のお知らせ（TPC-2025-118407）",
        "charset": "utf-8",
        "body": """スティングレイズ チケット担当者様

お世話になっております。日の出産業の安西です。
法人一括購入分の購入完了メールを転送します。
コートサイド席の12枚がA列の連番で取れているか、念のためご確認いただけますか。

---------- Forwarded message ----------
From: チケットポート <noreply@ticketport.jp>
Subject: 【チケットポート】ご購入完了のお知らせ（TPC-2025-118407）

日の出産業株式会社 様
この度はチケットポートをご利用いただきありがとうございます。

申込番号：TPC-2025-118407
公演：B.LEAGUE 仙台スティングレイズ vs 北越ブレイカーズ
日時：2025年12月6日（土）18:05 TIP OFF
席種：コートサイド指定席　A列 11番〜22番（12枚）
お支払い：クレジットカード（下4桁 ****）決済済
電子チケットの分配は「マイページ＞分配管理」から行えます。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a ticket purchase notice: order number and seat numbers, card shown masked; no personal data",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "sponsor-039",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["伊集院 様 <ijuin@kohoku-bluewings.jp>"],
        "subject": "タームシート（弊社修正案）",
        "charset": "iso-2022-jp",
        "body": """伊集院様

先日はありがとうございました。真壁です。
命名権を含む包括契約のタームシートについて、弊社の修正案をお送りします。
役員会前のため、貴社内でもごく限られた方のみでのご確認をお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "タームシート_包括パートナー_HS修正案.docx",
             "page_header": "極秘",
             "paragraphs": [
                 "包括パートナーシップ　タームシート（日の出産業修正案）",
                 "1. 契約期間：2026年2月1日〜2031年1月31日（5年）",
                 "2. 権利内容：スタジアム命名権、ユニフォーム胸、LEDビジョン、ホスピタリティボックス1室",
                 "3. 対価：年額2億1,000万円（税別）。成績連動ボーナスは別紙",
                 "4. 独占性：家電・住設カテゴリーにおける独占",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached term sheet carries a 極秘 page header: confidentiality marking going outside",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "sponsor-040",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと湾岸マラソン 実行委員会 <entry@wangan-marathon.or.jp>"],
        "subject": "協賛社枠ボランティア（給水所）参加者",
        "charset": "iso-2022-jp",
        "body": """みなと湾岸マラソン実行委員会
ボランティア担当御中

お世話になっております。日の出産業の大河内です。
協賛社枠の給水所ボランティアは、以下の6名で参加します（15km地点を希望）。
ビブスと弁当の数の手配をお願いいたします。

参加者：朝霧 賢治、大河内 航、塩谷 真央、二階堂 亮、福間 さやか、雪村 拓海

当日の集合・連絡は引率の大河内までお願いします。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "six names only, with no contact details or other attributes: not a list of personal records",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "sponsor-041",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["東條様 <tojo@tsubasa-system.jp>"],
        "subject": "第2弾キャンペーン 応募フォーム項目（確定版）",
        "charset": "cp932",
        "body": """東條様

お世話になっております。篠宮です。
第2弾の応募フォーム項目を確定しましたのでお送りします。

　項目　　　　　　　必須　　形式／チェック
　－－－－－－－－　－－－　－－－－－－－－－－－－－－－－－－－－
　氏名（漢字）　　　○　　　全角30文字以内
　氏名（フリガナ）　○　　　全角カナ
　郵便番号　　　　　○　　　半角数字7桁、住所自動入力
　住所　　　　　　　○　　　都道府県プルダウン＋自由入力
　電話番号　　　　　○　　　半角数字、ハイフン任意
　メールアドレス　　○　　　確認用と一致チェック
　生年月日　　　　　　　　　年代集計用（任意）
　応援メッセージ　　　　　　200文字以内

個人情報の利用目的の同意チェックボックスは送信ボタンの直前に配置してください。
文言はクラブ法務確認後に別途お送りします。
""" + SIG_SHINOMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "form field names (氏名, 住所, 電話番号…) without any values: a specification, no personal data",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "sponsor-042",
        "sender": "辻 亜希子 <tsuji.akiko@hinode-sangyo.co.jp>",
        "to": ["東都フィルハーモニー管弦楽団 事業部 <jigyo@toto-phil.or.jp>"],
        "subject": "2026年度 特別協賛契約書（押印済）の送付",
        "charset": "iso-2022-jp",
        "body": """公益財団法人東都フィルハーモニー管弦楽団
事業部 御中

いつもお世話になっております。日の出産業の辻でございます。

2026年度の特別協賛契約書（弊社押印済）をPDFにてお送りいたします。
セキュリティの都合上、PDFにはパスワードを設定しております。
パスワードは別途お電話にてお伝えいたします。

原本は本日、簡易書留にて発送いたしました。
""" + SIG_TSUJI,
        "attachments": [
            {"kind": "pdf", "name": "特別協賛契約書_2026_押印済.pdf", "password": "toto2026",
             "lines": ["特別協賛契約書", "公益財団法人東都フィルハーモニー管弦楽団（甲）と日の出産業株式会社（乙）は…",
                       "協賛金：金3,000万円（税別）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF that cannot be inspected",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "sponsor-043",
        "sender": "蔵本 しのぶ <kuramoto.shinobu@hinode-sangyo.co.jp>",
        "to": ["アスリートブリッジ 経理 <keiri@athletebridge.co.jp>"],
        "subject": "ジュニアゴルフ教室 講師謝礼の振込先確認",
        "charset": "utf-8",
        "body": """株式会社アスリートブリッジ
経理ご担当者様

お世話になっております。日の出産業経理部の蔵本です。

12/14ジュニアゴルフ教室の講師謝礼について、ご指示どおり選手ご本人の口座へ
直接お振込みいたします。念のため振込先に誤りがないかご確認ください。

　受取人：氷室 千晶（ヒムロ チアキ）
　口座　：房総信用金庫 木更津支店 普通 6093127
　金額　：220,000円（源泉徴収後 197,540円）
　振込日：12月25日

相違がなければ、返信は不要です。
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one athlete's personal bank account confirmed with her agency: one person's record, may be warned",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "sponsor-044",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと湾岸マラソン 運営本部 車両担当 <vehicle@wangan-marathon.or.jp>"],
        "subject": "先導車・計時車 運転者の届出",
        "charset": "cp932",
        "body": f"""みなと湾岸マラソン実行委員会
運営本部　車両担当　樫村様

お世話になっております。日の出産業の大河内です。
協賛車両（先導車・計時車）の運転者届を、ご指定の様式に沿って本文でお送りします。

【先導車】日の出産業 EV（品川 300 に 48-21）
　運転者：蓮見 康介（はすみ こうすけ）
　運転免許証番号：{_zen('3019')} {_zen('1127')} {_zen('4805')}
　免許の種類：普通・準中型　有効期限：令和10年6月14日

【計時車】日の出産業 EV（品川 300 に 48-22）
　運転者：松ヶ崎 仁（まつがさき じん）
　運転免許証番号：301908826614
　免許の種類：普通　有効期限：令和9年3月2日

警察への道路使用許可申請にあわせてご提出ください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two drivers' 運転免許証 numbers (an identity document) sent to the race organiser",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "sponsor-045",
        "sender": "Ellen Hibino <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["Rising Dawn Gaming - Partnerships <partners@risingdawn-gaming.com>"],
        "subject": "Stream overlay & jersey logo spec / 配信オーバーレイとユニフォームロゴ仕様",
        "charset": "utf-8",
        "body": """Hi Jun, hi team,

Following our call, here is the spec for the 2026 split:

- Jersey: Hinode logo on the right chest, 70 mm wide, white on the team's navy.
- Stream overlay: bottom-left corner, 240 x 80 px PNG, visible during all map loads
  and replays; not during live gameplay.
- Shout-outs: once per broadcast hour, script in Japanese and English (attached soon).
- Hashtag: #HinodeRisingDawn

日本語版の仕様書は来週お送りします。ロゴのPNGは添付のとおりです。
Any questions, just ping me on Discord or reply here.
""" + SIG_HIBINO,
        "attachments": [{"kind": "png", "name": "hinode_overlay_240x80.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English/Japanese logo and overlay spec to an e-sports team: no personal data",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "sponsor-046",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
        "subject": "11/27 パートナーズナイト ケータリング（食材配慮のお願い）",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
ケータリング事業部 御中

お世話になっております。日の出産業の安西です。

11/27のパートナーズナイト（弊社ブース分）のケータリングにつき、
ご招待の七条商事 七条貴子様が、そばと卵のアレルギーをお持ちとのことです。
七条様のお席（Bテーブル）にはアレルゲン不使用の別皿をご用意いただけますでしょうか。

その他の方は標準メニュー（30名分）で結構です。
""" + SIG_ANZAI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named guest's food allergy to the caterer: health-related, but whether an allergy is 病歴 is debatable",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "sponsor-047",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["港北ブルーウィングス 伊集院様 <ijuin@kohoku-bluewings.jp>"],
        "subject": "応援キャンペーン 実施報告書",
        "charset": "utf-8",
        "body": """伊集院様

お世話になっております。篠宮です。
応援キャンペーンの実施報告書（PDF）をお送りします。
次回のパートナー定例でご説明させてください。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "pdf", "name": "応援キャンペーン_実施報告書.pdf",
             "lines": ["港北ブルーウィングス×日の出産業 応援キャンペーン 実施報告書",
                       "実施期間：2025年9月1日〜10月31日",
                       "総応募数：18,442件　ユニーク応募者：11,905人",
                       "当選者：A賞 30名 / B賞 300名 / 記念撮影会 40組",
                       "SNS投稿数（#日の出で応援）：6,214件",
                       "発送完了率：99.1%（不着返送 3件、再送済）"],
             "table": [["指標", "目標", "実績", "達成率"],
                       ["応募数", "15,000", "18,442", "123%"],
                       ["新規会員登録", "3,000", "3,870", "129%"],
                       ["店頭売上（対象商品）", "前年比105%", "前年比112%", "-"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "campaign report with aggregate figures only",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "sponsor-048",
        "sender": "Ellen Hibino <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["Grace Tan <grace.tan@pacificrimtour.com>",
               "Daniel Koh <daniel.koh@lionsgate-sports.sg>"],
        "cc": ["Takamizawa <takamizawa@athletebridge.co.jp>"],
        "subject": "PRCT 2026 - sponsor activation at the Stage 3 finish",
        "charset": "utf-8",
        "body": """Dear Grace, dear Daniel,

(cc: Mr. Takamizawa, Athlete Bridge)

Thank you all for yesterday's call. To summarise what we agreed for the Stage 3
finish in Penang:

1. Hinode Sangyo booth: 6 x 3 m, zone B, power 2 kW (Lionsgate to arrange)
2. Podium backdrop: Hinode logo in position 2 (top right), artwork by 15 Jan
3. Meet & greet with our ambassador, golfer Chiaki Himuro (guest appearance): 30 min
   after the podium, Athlete Bridge to confirm her travel

Please let me know if I have missed anything.
""" + SIG_HIBINO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (race organiser, Singapore agency, athlete agency) visible to each other in To/Cc",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "sponsor-049",
        "sender": "蔵本 しのぶ <kuramoto.shinobu@hinode-sangyo.co.jp>",
        "to": ["経理部 税務グループ 小暮 <kogure.tetsu@hinode-sangyo.co.jp>"],
        "subject": "FW: 出演者の個人番号（支払調書用）",
        "charset": "iso-2022-jp",
        "body": f"""小暮さん

宣伝部から回ってきた、ミニライブ出演者の個人番号です。
支払調書の作成時に使いますので、番号管理台帳への登録をお願いします。
（メールは登録後に削除してください）

-------- 転送メッセージ --------
差出人: 大河内 航 <okochi.wataru@hinode-sangyo.co.jp>
件名: 出演者の個人番号（支払調書用）

蔵本さん
先日のミニライブのギタリストの方の情報です。
　氏名：瀬戸口 奏（せとぐち かなで）
　個人番号：{_zen(my_number(SEED + 2))}
　住所：東京都杉並区高円寺南4-19-8 コーポ高円寺203
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "a My Number forwarded between two internal staff only: all-internal mail must go",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "sponsor-050",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと湾岸マラソン エントリーセンター <entry@wangan-marathon.or.jp>"],
        "subject": "協賛社招待枠 ランナーエントリー（7名）",
        "charset": "utf-8",
        "body": """みなと湾岸マラソン エントリーセンター御中

お世話になっております。日の出産業の大河内です。
協賛社招待枠（フルマラソン）のエントリー情報をお送りします。

氏名\tフリガナ\t性別\t生年月日\t電話番号\t緊急連絡先\tTシャツ
塩谷 真央\tシオヤ マオ\t女\t1992/03/17\t090-7141-2283\t塩谷 隆（父）045-832-1190\tS
二階堂 亮\tニカイドウ リョウ\t男\t1988/08/30\t080-2906-5547\t二階堂 綾（妻）080-2906-5548\tL
福間 さやか\tフクマ サヤカ\t女\t1995/11/05\t070-8820-3316\t福間 久美子（母）0836-22-4109\tM
雪村 拓海\tユキムラ タクミ\t男\t1990/01/22\t090-3307-6642\t雪村 里香（妻）090-3307-6649\tM
朝霧 賢治\tアサギリ ケンジ\t男\t1971/06/09\t090-5820-1163\t朝霧 恭子（妻）03-3718-2204\tL
蓮見 康介\tハスミ コウスケ\t男\t1985/04/12\t080-6127-3390\t蓮見 瞳（妻）080-6127-3391\tXL
十河 理沙\tソゴウ リサ\t女\t1998/10/28\t070-4455-9021\t十河 聡（父）087-861-3304\tS

ナンバーカードは弊社宛に一括でお送りいただけますと幸いです。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven employees' birth dates, phones and emergency contacts, tab-separated: a list of people",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "sponsor-051",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 三好様 <miyoshi@sakura-hotel.jp>"],
        "subject": "Re: 【お見積り】12/5-6 観戦ツアーご宿泊・送迎",
        "charset": "cp932",
        "body": """三好様

お世話になっております。安西です。
お見積り（No. SH-Q-25-0912）の内容で正式に発注いたします。
注文書を添付しますので、請書をご返送ください。

お部屋割りとお名前は、別途ホテル様指定のフォームでご連絡します。

差出人: 三好 <miyoshi@sakura-hotel.jp>
送信日時: 2025年11月10日 17:42
宛先: 安西 隼人
件名: 【お見積り】12/5-6 観戦ツアーご宿泊・送迎

安西様
ご依頼の件、お見積りをお送りします。シングル10室・ツイン2室、送迎バス往復で
合計 1,046,000円（税・サ込）です。
""" + SIG_ANZAI,
        "attachments": [
            {"kind": "pdf", "name": "注文書_HS-PO-25-7781.pdf",
             "lines": ["注文書　HS-PO-25-7781", "株式会社さくらホテル 御中",
                       "件名：仙台スティングレイズ戦 観戦ツアー 宿泊・送迎",
                       "金額：1,046,000円（税・サービス料込）", "納期：2025年12月5日〜6日",
                       "支払条件：月末締め翌月末払い", "日の出産業株式会社 宣伝部"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order to the partner hotel, rooms and amounts only",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "sponsor-052",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["光陽エージェンシー キャスティング部 能登様 <noto@koyo-agency.co.jp>"],
        "subject": "2026年度 ブランドアンバサダー候補の件（ご相談）",
        "charset": "iso-2022-jp",
        "body": """能登様

お世話になっております。日の出産業の真壁です。

ご提案いただいたアンバサダー候補3名のうち、元陸上選手の江頭 諒 様につきまして、
社内のコンプライアンス確認で、2019年に傷害事件で逮捕され罰金刑を受けていたことが
分かりました（当時は地方紙のみの報道で、ご本人も公にはしていないようです）。

大変申し訳ありませんが、同氏は候補から外させてください。
残る2名（ボート・西表選手、スポーツクライミング・逢坂選手）で進める前提で、
出演料の概算をいただけますでしょうか。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's arrest and criminal record (要配慮個人情報) sent to an agency",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "sponsor-053",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["フルフィルメント東日本 発送センター 木暮様 <shukka@ff-higashinihon.co.jp>"],
        "subject": "RE: 【ご報告】第1回発送分 不着返送について",
        "charset": "iso-2022-jp",
        "body": """木暮様

ご報告ありがとうございます。篠宮です。
6件とも、当選者ご本人に連絡して正しい送付先を確認中です。
確認が取れ次第、応募番号で再送指示をお送りしますので、それまで保管をお願いします。

差出人: 木暮 <shukka@ff-higashinihon.co.jp>
送信日時: 2025年11月25日 11:03
宛先: 篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>
件名: 【ご報告】第1回発送分 不着返送について

篠宮様
第1回発送分のうち、以下6件が「宛所尋ねあたりません」で返送されました。

当選番号  氏名          住所                                   電話
BW1-0031  百武 莉子     東京都世田谷区太子堂3-41-2             070-5528-1903
BW1-0063  小比類巻 翔   青森県青森市新町1-3-27                 090-2271-0964
BW1-0079  四十物 千夏   富山県富山市総曲輪2-5-7                070-3109-5582
BW1-0095  舎人 あかね   神奈川県相模原市中央区相模原6-14-30    090-5596-2038
BW1-0102  鬼頭 優斗     愛知県名古屋市中区栄3-22-6             080-7764-0195
BW1-0117  五百旗頭 遥   兵庫県神戸市中央区三宮町2-8-1-701      090-3348-6621

木暮
""" + SIG_SHINOMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list appears only under the vendor's own 差出人/送信日時 quoted mail; new text has none",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "sponsor-054",
        "sender": "辻 亜希子 <tsuji.akiko@hinode-sangyo.co.jp>",
        "to": ["御子柴 修 様 <osamu_mikoshiba@yahoo.co.jp>"],
        "subject": "トークイベント ご登壇のお願い（日の出産業 社内フォーラム）",
        "charset": "iso-2022-jp",
        "body": """御子柴 修 様

突然のご連絡失礼いたします。
日の出産業株式会社 広報部の辻と申します。
港北ブルーウィングスOB会の小田切様よりご紹介いただき、ご連絡を差し上げました。

弊社では毎年2月に社員向けの「チャレンジ・フォーラム」を開催しており、
来年は元日本代表として長くご活躍された御子柴様に、
「怪我からの復帰とチームづくり」をテーマに60分ほどお話しいただけないかと考えております。

　日時：2026年2月18日（水）15:00〜16:30（予備日 2/25）
　会場：弊社日本橋本社 12階ホール（社員約250名、オンライン配信あり）
　謝礼：規定によりご相談させてください

ご検討いただけますと大変うれしく存じます。
""" + SIG_TSUJI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "invitation to a former player at his own Yahoo address: one free-mail recipient, no personal data",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "sponsor-055",
        "sender": "二階堂 亮 <nikaido.ryo@hinode-sangyo.co.jp>",
        "to": ["みなと湾岸マラソン 招待選手係 <elite@wangan-marathon.or.jp>"],
        "subject": "招待選手 傷害保険加入の件（ケモイ選手）",
        "charset": "utf-8",
        "body": """みなと湾岸マラソン実行委員会
招待選手係　御中

いつもお世話になっております。
日の出産業 陸上競技部マネージャーの二階堂です。

弊社所属のジョセフ・ケモイ選手の大会傷害保険の加入につき、ご依頼の本人確認事項をお送りします。

　氏名：KEMOI JOSEPH KIPCHIRCHIR
　国籍：ケニア
　生年月日：2000年2月11日
　在留カード番号：RN 4826 1573 LA
　在留資格：特定活動（期間満了日 2027年3月31日）

パスポートではなく在留カードでの確認で差し支えないと伺っております。
よろしくお願いいたします。

日の出産業株式会社 陸上競技部
マネージャー　二階堂 亮
TEL 03-5201-4490
""",
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "DATE_OF_BIRTH", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a foreign athlete's 在留カード number (identity document) with birth date sent to the race organiser",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "sponsor-056",
        "sender": "日比野 エレン <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["光陽エージェンシー 古閑様 <koga.m@koyo-agency.co.jp>"],
        "subject": "プレスキット用 選手プロフィール（柚木選手）",
        "charset": "utf-8",
        "body": """古閑様

プレスキット掲載用のプロフィールです（クラブ広報の確認済み）。

────────────────
柚木 颯太（ゆずき そうた）
港北ブルーウィングス　MF　背番号8
生年月日：1999年4月3日（26歳）
出身：静岡県浜松市
身長／体重：176cm／70kg
経歴：浜松北高 → 城南大学 → 港北ブルーウィングス（2021〜）
────────────────

写真はクラブ公式の宣材（2025シーズン）を使用してください。
""" + SIG_HIBINO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one athlete's public profile with date of birth for a press kit: one person, may be warned",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "sponsor-057",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["仙台スティングレイズ 事業部長 羽生田様 <hanyuda@stingrays-sendai.jp>"],
        "subject": "2026-27シーズン オフィシャルパートナー条件について",
        "charset": "cp932",
        "body": """仙台スティングレイズ
事業部長　羽生田様

いつもお世話になっております。日の出産業の真壁です。
先日ご提示いただいた来季条件について、社内で検討した結果をお伝えします。

１．協賛金：ご提示の4,500万円に対し、4,000万円（税別）でお願いできないでしょうか。
２．その代わり、冠試合を年2試合から3試合に増やしていただく必要はございません。
３．コート上のフロアロゴ（センターサークル脇）は継続を希望します。
４．ホスピタリティ：コートサイド席の年間枠を8席→6席に減らして構いません。

予算確定が1月中旬のため、12月中に一度お打合せさせてください。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sponsorship fee negotiation with a club: commercial terms only",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "sponsor-058",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["港北ブルーウィングス チケットセンター <ticket@kohoku-bluewings.jp>"],
        "subject": "FW: 年間シート利用者登録（顔認証入場用）",
        "charset": "iso-2022-jp",
        "body": """港北ブルーウィングス チケットセンター御中

お世話になっております。日の出産業の安西です。
顔認証入場の事前登録用に、弊社の年間シート利用者情報を総務部がまとめましたので、
そのメールを添付で転送いたします。登録後、完了のご連絡をいただけますと幸いです。
""" + SIG_ANZAI,
        "attachments": [
            {"kind": "eml", "name": "年間シート利用者登録.eml", "message": {
                "sender": "総務部 今泉 <imaizumi.rei@hinode-sangyo.co.jp>",
                "to": ["安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>"],
                "subject": "年間シート利用者登録（顔認証入場用）",
                "charset": "iso-2022-jp",
                "body": """安西さん

年間シート（SS席 10席）の利用者登録情報です。クラブへの提出をお願いします。

社員番号 / 氏名 / 部署 / 生年月日 / メール / 携帯
H10233 / 宇佐美 崇 / 営業本部 / 1976-02-14 / usami.takashi@hinode-sangyo.co.jp / 090-1130-4478
H11872 / 鬼塚 聡美 / 営業本部 / 1983-09-01 / onizuka.satomi@hinode-sangyo.co.jp / 080-5527-6601
H12015 / 桐生 大和 / 関西支社 / 1979-12-20 / kiryu.yamato@hinode-sangyo.co.jp / 070-9914-2207
H13390 / 薬師寺 梓 / 宣伝部 / 1990-05-06 / yakushiji.azusa@hinode-sangyo.co.jp / 090-6671-3392
H14421 / 野々宮 孝 / 経営企画部 / 1985-07-23 / nonomiya.takashi@hinode-sangyo.co.jp / 080-2283-9915
H15008 / 千葉 瑞穂 / 人事部 / 1993-03-30 / chiba.mizuho@hinode-sangyo.co.jp / 070-3356-0128

今泉
""",
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded internal mail (attached .eml) with six employees' birth dates, e-mails and mobiles goes to the club",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "sponsor-059",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 商品企画部 栗林様 <kuribayashi@kitaguni-foods.co.jp>"],
        "subject": "コラボ商品（応援チョコ）発注数量のご連絡",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
商品企画部　栗林様

お世話になっております。日の出産業の篠宮です。
ブルーウィングス×日の出産業×北国フーズのコラボ商品、初回発注数量です。

　商品コード　　品名　　　　　　　　　　　　数量（ケース）　納品先
　KF-BW-2501　　応援チョコ（ミルク）12個入　　　　 240　　　スタジアム売店
　KF-BW-2502　　応援チョコ（抹茶）12個入　　　　　 120　　　スタジアム売店
　KF-BW-2503　　応援チョコ アソート箱　　　　　　　 80　　　クラブ公式EC倉庫

パッケージ裏面の協賛表記「Supported by 日の出産業」の位置は校了データのとおりです。
""" + SIG_SHINOMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product codes and quantities to a partner: ordinary business",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "sponsor-060",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["伊集院 様 <ijuin@kohoku-bluewings.jp>"],
        "cc": ["朝霧 賢治 <asagiri.kenji@hinode-sangyo.com>"],
        "subject": "パートナーズナイト ご挨拶原稿（朝霧）",
        "charset": "iso-2022-jp",
        "body": """伊集院様

お世話になっております。真壁です。
11/27パートナーズナイトでの弊社朝霧（取締役 宣伝部長）のご挨拶原稿です。
2分程度に収まるよう調整しています。司会台本への反映をお願いいたします。

----
皆さま、こんばんは。日の出産業の朝霧でございます。
今シーズンも港北ブルーウィングスを支える仲間として……
----
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Cc to hinode-sangyo.com, a look-alike (other TLD) of the company's own domain: the director's copy goes outside",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "sponsor-061",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["城南大学 陸上競技部 監督 榊原様 <sakakibara@jonan-u.ac.jp>"],
        "subject": "用具提供（2026年度）の品目について",
        "charset": "iso-2022-jp",
        "body": """城南大学 陸上競技部
監督　榊原様

いつもお世話になっております。日の出産業の大河内です。
2026年度の用具提供について、ご要望を踏まえた品目案をお送りします。

　・ウォームアップジャージ上下（チームカラー、胸に弊社ロゴ）　60着
　・ランニングシューズ補助（1人あたり年2足まで）　　　　　　上限 120足
　・GPSウォッチ（長距離ブロック用）　　　　　　　　　　　　　 15台
　・テント（3.6m×5.4m）　　　　　　　　　　　　　　　　　　　 2張

サイズ内訳は部でまとめてご連絡ください（お名前は不要です）。
箱根予選会でのロゴ露出の可否は、連盟規定を確認のうえご教示ください。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "equipment sponsorship items for a university team: no personal data",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "sponsor-062",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと湾岸市 スポーツ振興課 <sports@city.minatowangan.lg.jp>"],
        "subject": "ふれあいランフェスタ（3/22）公園占用許可申請について",
        "charset": "cp932",
        "body": """みなと湾岸市 市民局 スポーツ振興課 御中

いつもお世話になっております。
日の出産業株式会社 宣伝部の大河内でございます。

市との共催で予定しております「ふれあいランフェスタ2026」につき、
臨海公園の占用許可申請書類一式を郵送いたしました。主な内容は以下のとおりです。

　開催日：2026年3月22日（日）9:00〜15:00（設営 3/21 13:00〜）
　場所：みなと湾岸臨海公園 芝生広場・園路
　占用物件：テント（3間×2間）12張、ステージ（6m×4m）1基、仮設トイレ8基
　想定来場者：約3,000人

協賛社ブースのレイアウト図を添付します。不備がありましたらご指摘ください。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "pdf", "name": "ブースレイアウト_ランフェスタ2026.pdf",
             "lines": ["ふれあいランフェスタ2026　会場レイアウト（案）",
                       "A：本部テント　B：協賛社ブース（日の出産業・川崎電機・北国フーズ）",
                       "C：救護テント　D：ステージ　E：キッズラン スタート/ゴール"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "permit application to a municipality (.lg.jp): ordinary business",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "sponsor-063",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["看板工房あさひ 営業 井戸川様 <idogawa@asahi-kanban.co.jp>"],
        "subject": "スタジアム看板 現況一覧（旧形式Excel）",
        "charset": "cp932",
        "body": """井戸川様

お世話になっております。篠宮です。
スタジアム内の弊社看板の現況一覧です（クラブから旧形式のExcelでもらったため、そのまま添付します）。
来季の張り替え対象（状態B・C）のお見積りをお願いします。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "xls", "name": "看板現況一覧_港北.xls",
             "sheets": {"看板一覧": [
                 ["看板ID", "設置場所", "サイズ(mm)", "素材", "設置年", "状態"],
                 ["K-01", "メインスタンド 2F手すり", "6000x900", "ターポリン", "2021", "B"],
                 ["K-02", "バックスタンド ゴール裏", "9000x1200", "アルミ複合板", "2019", "C"],
                 ["K-03", "選手入場口 上部", "3600x600", "アクリル内照", "2023", "A"],
                 ["K-04", "コンコース 売店横", "1800x900", "ターポリン", "2022", "B"],
                 ["K-05", "記者会見場 バックパネル", "3600x2400", "ターポリン", "2024", "A"],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of signboard locations and condition: no personal data",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "sponsor-064",
        "sender": "Ellen Hibino <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@lionsgate-sports.sg>"],
        "subject": "Asia activation plan FY2026 - draft for your input",
        "charset": "utf-8",
        "body": """Dear Daniel,

As discussed, please find attached our draft Asia activation plan for FY2026.
It includes the budget envelope per market; we would value your view on where the
Penang and Bangkok events could deliver more reach for the same spend.

Looking forward to your comments by 5 December.
""" + SIG_HIBINO,
        "attachments": [
            {"kind": "pdf", "name": "Hinode_Asia_Activation_FY2026_draft.pdf",
             "title": "Asia Activation Plan FY2026 (draft)",
             "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
             "lines": ["Hinode Sangyo - Asia Activation Plan FY2026 (draft v0.4)",
                       "1. Objectives: brand awareness +8 pt in MY/TH/SG",
                       "2. Properties: PRCT 2026, Bangkok City Run, SEA esports league"],
             "table": [["Market", "Property", "Budget (JPY m)", "KPI"],
                       ["Malaysia", "PRCT Stage 3", "42", "Reach 3.0m"],
                       ["Thailand", "Bangkok City Run", "28", "Entrants 18k"],
                       ["Singapore", "Esports league", "19", "Views 5.2m"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped 'CONFIDENTIAL - internal use only' on every page sent to a foreign agency",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "sponsor-065",
        "sender": "辻 亜希子 <tsuji.akiko@hinode-sangyo.co.jp>",
        "to": ["しまなみ現代芸術祭 広報チーム <pr@shimanami-art.jp>"],
        "subject": "協賛社ロゴデータ一式（ガイドライン付）",
        "charset": "iso-2022-jp",
        "body": """しまなみ現代芸術祭 広報チーム御中

お世話になっております。日の出産業の辻です。
公式ガイドブックおよびWEBサイト掲載用の弊社ロゴデータ一式をZIPでお送りします。
（パスワードはかけておりません）

　・hinode_logo_color.png（カラー）
　・hinode_logo_mono.png（モノクロ）
　・ロゴ使用ガイドライン.pdf

クレジット表記は「ゴールドパートナー：日の出産業株式会社」でお願いいたします。
""" + SIG_TSUJI,
        "attachments": [
            {"kind": "zip", "name": "hinode_logo_set.zip", "files": [
                {"kind": "png", "name": "hinode_logo_color.png"},
                {"kind": "png", "name": "hinode_logo_mono.png"},
                {"kind": "pdf", "name": "ロゴ使用ガイドライン.pdf",
                 "lines": ["日の出産業 ロゴ使用ガイドライン", "最小サイズ：幅15mm以上",
                           "アイソレーション：ロゴ高さの1/4", "禁止事項：変形・色変更・影付け"]},
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of logo files and guideline: readable, no personal data",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "sponsor-066",
        "sender": "日の出産業 スポンサーシップ推進課 <sponsorship@hinode-sangyo.co.jp>",
        "to": ["日の出産業 スポンサーシップ推進課 <sponsorship@hinode-sangyo.co.jp>"],
        "bcc": ["partner@kohoku-bluewings.jp", "kashima@stingrays-sendai.jp",
                "jigyo@toto-phil.or.jp", "office@shimanami-art.jp", "entry@wangan-marathon.or.jp"],
        "subject": "【日の出産業】パートナー通信 vol.12（年末のご挨拶）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:sans-serif">
<p>パートナーの皆さま</p>
<p>本年も日の出産業のスポーツ・文化支援活動にご協力いただき、誠にありがとうございました。</p>
<h3>2025年のハイライト</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>活動</th><th>実績</th></tr>
<tr><td>港北ブルーウィングス 冠試合</td><td>来場 21,840人</td></tr>
<tr><td>仙台スティングレイズ スペシャルデー</td><td>来場 4,902人</td></tr>
<tr><td>みなと湾岸マラソン2025</td><td>完走 12,611人</td></tr>
<tr><td>東都フィル 特別演奏会</td><td>満席（1,820席）</td></tr>
</table>
<p>年末年始は12月27日〜1月4日まで休業いたします。来年もどうぞよろしくお願いいたします。</p>
<p>日の出産業株式会社 宣伝部 スポンサーシップ推進課</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML newsletter to partners in Bcc (To is the sender's own team address): nobody sees the others",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "sponsor-067",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 運用サポート <support@tsubasa-system.jp>"],
        "subject": "記念撮影会 当選者の会員ID紐付け依頼",
        "charset": "utf-8",
        "html": """<html><body>
<p>ツバサシステム 運用サポートご担当者様</p>
<p>お世話になっております。日の出産業の篠宮です。<br>
記念撮影会の当選者を、キャンペーンサイトの会員IDに紐付けて「当選」ステータスに変更してください。<br>
（はがき応募の方は会員IDがないため、メールアドレスで照合をお願いします）</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>応募番号</th><th>氏名</th><th>メールアドレス</th><th>電話番号</th><th>同伴者数</th></tr>
<tr><td>PH-0012</td><td>大塚 和美</td><td>kazumi.ohtsuka77@gmail.com</td><td>090-3018-2274</td><td>1</td></tr>
<tr><td>PH-0027</td><td>真田 智樹</td><td>tomoki_sanada@yahoo.co.jp</td><td>080-4412-9036</td><td>2</td></tr>
<tr><td>PH-0035</td><td>南雲 晴</td><td>haru.nagumo@icloud.com</td><td>070-2259-4180</td><td>0</td></tr>
<tr><td>PH-0041</td><td>石鎚 真琴</td><td>m-ishizuchi.0512@docomo.ne.jp</td><td>090-8843-1027</td><td>1</td></tr>
<tr><td>PH-0058</td><td>羽鳥 亮太</td><td>r.hatori@outlook.jp</td><td>080-6671-2390</td><td>3</td></tr>
<tr><td>PH-0063</td><td>柘植 由利子</td><td>yuriko.tsuge@ezweb.ne.jp</td><td>090-1176-5503</td><td>1</td></tr>
</table>
<p>作業完了後にご連絡ください。</p>
<p>--<br>日の出産業株式会社 宣伝部 篠宮 由佳<br>TEL 03-5201-4472</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail whose table lists six winners with e-mail and phone, sent to the system vendor: a list of people",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "sponsor-068",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["ステージワークス 武藤様 <muto@stageworks.co.jp>"],
        "subject": "FW: 球技場 イベント搬入に関する注意事項",
        "charset": "iso-2022-jp",
        "body": """武藤様

大河内です。球技場の管理事務所から届いた搬入の注意事項を転送します。
サイン会の設営時にご留意ください。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "eml", "name": "搬入注意事項.eml", "message": {
                "sender": "港北総合運動公園 管理事務所 <kanri@kohoku-park.or.jp>",
                "to": ["okochi.wataru@hinode-sangyo.co.jp"],
                "subject": "球技場 イベント搬入に関する注意事項",
                "charset": "iso-2022-jp",
                "body": """日の出産業株式会社 大河内様

港北総合運動公園 管理事務所です。
11/23のイベント搬入について、以下をお守りください。

1. 搬入車両は2t車まで。正面ゲートではなく北側搬入口（管理棟横）をご利用ください。
2. 芝生上への車両乗り入れは禁止です。
3. 養生シートは主催者にてご用意ください。
4. 搬入時間は8:00〜10:30。場内の最高速度は10km/hです。

管理事務所（代表）045-471-6200
""",
            }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a venue's loading instructions as .eml: no personal data",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "sponsor-069",
        "sender": "人事部 労務課 土門 <domon.keiko@hinode-sangyo.co.jp>",
        "to": ["港北ブルーウィングス 管理部 総務 <soumu@kohoku-bluewings.jp>"],
        "subject": "出向者（社会保険手続き）の情報送付",
        "charset": "cp932",
        "body": """株式会社港北ブルーウィングス
管理部 総務ご担当者様

いつもお世話になっております。日の出産業 人事部労務課の土門です。

2026年1月1日付で貴社へ在籍出向となる弊社社員について、
社会保険の資格取得手続きに必要な情報をお送りします。

　氏名　　　　：桧山 拓也（ひやま たくや）
　生年月日　　：平成３年８月１９日
　基礎年金番号：４２１７－６０３９８２
　住所　　　　：〒２２２－００３２ 神奈川県横浜市港北区大豆戸町８７０－３－５０２
　出向期間　　：2026年1月1日〜2027年12月31日（ホームタウン活動推進担当）

扶養家族の情報は別途、書面でお送りいたします。
よろしくお願いいたします。

日の出産業株式会社 人事部 労務課
土門 恵子　TEL 03-5201-4320
""",
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an employee's 基礎年金番号 with birth date and address sent to the club for secondment paperwork",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "sponsor-070",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["仙台スティングレイズ 鹿島様 <kashima@stingrays-sendai.jp>"],
        "subject": "スペシャルデーのお礼と実績共有",
        "charset": "utf-8",
        "body": """鹿島様

先日の「日の出産業スペシャルデー」では大変お世話になりました。
おかげさまで社内外から大好評でした。弊社側で集計した数字を共有します。

・来場者数：4,902人（クラブ発表）
・ブース来訪：1,318組、アンケート回収 1,046件
・ノベルティ配布：タオル 3,000枚 完配（18:40）
・SNS：#日の出スペシャルデー の投稿 812件、インプレッション 約190万

キッズエスコートに参加したお子さん方、とても喜んでいたとクラブ経由で伺いました。
来季もぜひ同様の企画をご一緒できれば幸いです。
SNSの反響は添付のHTML（集計ツールの書き出し）でご覧いただけます。
""" + SIG_OKOCHI,
        "attachments": [
            {"kind": "html", "name": "SNS反響レポート_スペシャルデー.html", "html": """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>SNS反響レポート</title></head>
<body><h1>#日の出スペシャルデー 反響サマリー</h1>
<table border="1"><tr><th>日付</th><th>投稿数</th><th>インプレッション</th><th>好意的比率</th></tr>
<tr><td>12/5</td><td>96</td><td>182,400</td><td>88%</td></tr>
<tr><td>12/6</td><td>604</td><td>1,512,900</td><td>91%</td></tr>
<tr><td>12/7</td><td>112</td><td>207,300</td><td>90%</td></tr>
</table><p>頻出語：タオル、キッズエスコート、ブース、くじ引き</p></body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with event statistics: no personal data",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "sponsor-071",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["株式会社フルフィルメント東日本 営業部 千田様 <senda@ff-higashinihon.co.jp>"],
        "subject": "業務委託契約（個人情報の取扱いに関する覚書）案",
        "charset": "iso-2022-jp",
        "body": """千田様

お世話になっております。日の出産業の篠宮です。
第2弾キャンペーンの発送業務委託にあたり、個人情報の取扱いに関する覚書の案をお送りします。
前回からの変更点は、再委託の事前承認と、業務終了後のデータ消去証明の提出です。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "docx", "name": "個人情報の取扱いに関する覚書_案.docx",
             "paragraphs": [
                 "個人情報の取扱いに関する覚書（案）",
                 "第1条（定義）本覚書において「個人情報」とは、委託業務に関し甲が乙に預託する当選者の氏名、住所、電話番号その他の情報をいう。",
                 "第3条（安全管理措置）乙は、個人情報への不正アクセス、漏えい、滅失またはき損の防止のため、必要かつ適切な措置を講じる。",
                 "第5条（再委託）乙は、甲の事前の書面による承諾を得た場合を除き、委託業務を第三者に再委託してはならない。",
                 "第8条（返還・消去）乙は、委託業務終了後30日以内に個人情報を消去し、消去証明書を甲に提出する。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a data-processing agreement that names categories of personal data but contains none",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "sponsor-072",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["井戸川様 <idogawa@asahi-kanban.co.jp>"],
        "subject": "看板張り替え 作業スケジュール（v3）",
        "charset": "utf-8",
        "body": """井戸川様

お世話になっております。篠宮です。
張り替え作業のスケジュールv3をお送りします。クラブの芝生養生期間を避けて組み直しました。
ご確認のうえ、作業員の人数と車両台数をお知らせください。
""" + SIG_SHINOMIYA,
        "attachments": [{"kind": "corrupt", "name": "看板張り替えスケジュール_v3.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "sponsor-073",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["木暮様 <shukka@ff-higashinihon.co.jp>"],
        "subject": "不着分 再送指示（応募番号のみ）",
        "charset": "cp932",
        "body": """木暮様

お世話になっております。篠宮です。
不着返送6件のうち、送付先の確認が取れた分の再送をお願いします。
住所は貴社の管理画面で更新済みですので、応募番号でご確認ください。

　再送：BW1-0031、BW1-0079、BW1-0102、BW1-0117
　保留：BW1-0063（ご本人と連絡がつかず）
　キャンセル：BW1-0095（ご本人辞退）

保留分は12月末まで保管、その後は廃棄をお願いいたします。
""" + SIG_SHINOMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "re-shipping instructions by application number only, no names or addresses",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "sponsor-074",
        "sender": "蔵本 しのぶ <kuramoto.shinobu@hinode-sangyo.co.jp>",
        "to": ["浜田先生 <hamada@minato-kaikei.jp>"],
        "subject": "Re: Re: 報酬の支払調書作成の件（演奏会ソリスト）",
        "charset": "iso-2022-jp",
        "body": f"""浜田先生

ご確認ありがとうございます。承知いたしました。
源泉徴収税額の端数処理は先生のご指摘どおり修正し、再計算した結果を経理システムに登録しました。
今後、個人番号はメールではなく、ご指定のファイル共有サービスでお送りするようにいたします。

蔵本

> 蔵本様
> 支払調書の件、承知しました。いただいた情報で作成いたします。
> なお源泉税額は 1円未満切捨てでご計算ください。
>
> > 　氏名　　：丹羽 澄香（にわ すみか）
> > 　個人番号：{my_number(SEED + 4)}
> > 　住所　　：東京都練馬区豊玉北5-18-2
> > 　支払金額：550,000円
>
> 税理士法人みなと会計 浜田
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the My Number appears only in doubly quoted text the adviser already has; the new text holds none",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "sponsor-075",
        "sender": "辻 亜希子 <tsuji.akiko@hinode-sangyo.co.jp>",
        "to": ["ステージワークス 制作 桑折様 <koori@stageworks.co.jp>"],
        "subject": "ふれあいランフェスタ トークショー出演者の控室・動線",
        "charset": "utf-8",
        "body": """桑折様

お世話になっております。日の出産業の辻です。
3/22のトークショーにご出演いただく車いすテニスの宗像拓真選手について、
ご本人から以下のご要望をいただいています。

・日常用の車いす（幅約65cm）で移動されるため、控室からステージまでの段差解消（スロープ）
・ステージ上はスロープ付き、登壇時はアシスタント1名
・控室近くに多目的トイレ

パラリンピック出場選手として公表されている情報ですが、配置図の作成にご協力ください。
""" + SIG_TSUJI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named para-athlete's wheelchair needs: disability is 要配慮, but it is public and needed for the event",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "sponsor-076",
        "sender": "二階堂 亮 <nikaido.ryo@hinode-sangyo.co.jp>",
        "to": ["みなと湾岸マラソン 救護本部 <medical@wangan-marathon.or.jp>"],
        "subject": "招待ランナーの健康申告書の提出",
        "charset": "utf-8",
        "body": """みなと湾岸マラソン実行委員会
救護本部　御中

お世話になっております。日の出産業の二階堂です。
協賛社招待枠で出走する弊社社員1名について、既往歴の申告が必要とのことでしたので、
健康申告書（Word）を添付いたします。当日のご対応をよろしくお願いいたします。
""",
        "attachments": [
            {"kind": "docx", "name": "健康申告書_雪村拓海.docx",
             "paragraphs": ["みなと湾岸マラソン2025　参加者健康申告書"],
             "tables": [[
                 ["項目", "記入欄"],
                 ["氏名", "雪村 拓海（ユキムラ タクミ）"],
                 ["生年月日", "1990年1月22日"],
                 ["ナンバー", "A-1207"],
                 ["既往歴", "気管支喘息（小児期より）、2023年に発作で入院歴あり"],
                 ["服薬", "吸入ステロイド（毎日）、発作時の吸入薬を携行"],
                 ["緊急連絡先", "雪村 里香（妻）090-3307-6649"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's medical history (asthma, hospitalisation, medication) in a DOCX sent outside: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "sponsor-077",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴集会予約 <banquet@sakura-hotel.jp>"],
        "subject": "【至急】本日のホスピタリティ中止のご連絡（台風接近のため）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴集会予約ご担当　三好様

いつもお世話になっております。日の出産業の安西です。

台風22号の接近により、本日のブルーウィングス戦が開催中止となりました。
つきましては、ラウンジ「楓」でのホスピタリティも中止とさせてください。

キャンセル規定（当日100%）は承知しております。
料理の一部をお弁当として事務所へお届けいただくことが可能か、
あわせてご検討いただけますと幸いです。

ご迷惑をおかけし申し訳ございません。
""" + SIG_ANZAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cancellation of a hospitality booking: ordinary business",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "sponsor-078",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["坂東 様 <bando.k@koyo-agency.co.jp>"],
        "subject": "来場者アンケート 自由記述（匿名化済み）",
        "charset": "utf-8",
        "body": """坂東様

篠宮です。スペシャルデーの来場者アンケートのうち、自由記述欄を抜き出しました。
回答者の属性は年代・性別のみで、氏名や連絡先は削除済みです。
来季のブース企画の参考にしてください。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "csv", "name": "アンケート自由記述_匿名.csv", "encoding": "utf-8", "rows": [
                ["回答ID", "年代", "性別", "来場回数", "自由記述"],
                ["Q-0004", "30代", "女性", "3回以上", "ブースのくじ引きが子どもに大人気でした"],
                ["Q-0011", "40代", "男性", "初めて", "待ち時間が長かったので整理券があると良い"],
                ["Q-0019", "20代", "女性", "2回目", "タオルのデザインが可愛い！来年も欲しい"],
                ["Q-0026", "50代", "男性", "3回以上", "スポンサーの事業がよく分かった"],
                ["Q-0033", "10代", "男性", "初めて", "選手のサイン会をもっとやってほしい"],
                ["Q-0040", "60代以上", "女性", "2回目", "椅子の休憩スペースがあると助かる"],
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised survey comments with only age band and gender: not identifiable people",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "sponsor-079",
        "sender": "日比野 エレン <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["伊集院 様 <ijuin@kohoku-bluewings.jp>", "坂東 様 <bando.k@koyo-agency.co.jp>",
               "柚木 颯太 <sota.yuzuki08@gmail.com>"],
        "subject": "復帰後のCM撮影について（日程調整）",
        "charset": "iso-2022-jp",
        "body": """伊集院様、坂東様、柚木選手

お世話になっております。日の出産業の日比野です。
クラブ様からのご提案どおり、柚木選手とは直接やりとりさせていただく形で、
三者で日程調整を進めさせてください。

来年8月の撮影候補日（案）：8/4（火）、8/6（木）、8/18（火）

ご都合の良い日を全員返信でお知らせいただけますと助かります。
""" + SIG_HIBINO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "club, agency and an athlete's private Gmail in To: three external parties visible to each other",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "sponsor-080",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["宮前様 <miyamae@kawasaki-denki.co.jp>"],
        "subject": "協賛看板 掲出確認レポート（第14節）",
        "charset": "cp932",
        "body": """宮前様

お世話になっております。篠宮です。
第14節の共同掲出看板の確認レポートをお送りします。
ゴール裏の看板が一部めくれていたため、クラブに補修を依頼済みです。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "pptx", "name": "掲出確認レポート_第14節.pptx",
             "slides": [
                 ["掲出確認レポート（第14節 11/9）", "撮影：日の出産業 宣伝部", "天候：晴れ　観客数：19,204人"],
                 ["メインスタンド", "K-01：良好", "LED：日の出・川崎電機とも規定回数表示"],
                 ["ゴール裏", "K-02：右端がめくれ（補修依頼済）", "TV映り込み：前半12分・後半31分"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "logo exposure report in PPTX to a co-sponsor: no personal data",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "sponsor-081",
        "sender": "辻 亜希子 <tsuji.akiko@hinode-sangyo.co.jp>",
        "to": ["しまなみ現代芸術祭 キュレーター室 <curator@shimanami-art.jp>"],
        "subject": "日の出産業賞 作品キャプション・クレジット原稿",
        "charset": "iso-2022-jp",
        "body": """キュレーター室御中

お世話になっております。日の出産業の辻です。
「日の出産業賞」受賞作品の展示キャプションと協賛クレジットの原稿をお送りします。
作家名の欧文表記は作家ご本人のウェブサイトに合わせています。
""" + SIG_TSUJI,
        "attachments": [
            {"kind": "docx", "name": "キャプション原稿_日の出産業賞.docx",
             "paragraphs": ["日の出産業賞 2025"],
             "tables": [[
                 ["作品名", "作家", "素材・技法", "クレジット"],
                 ["《潮の記憶》", "汐見 遼 / SHIOMI Ryo", "流木、真鍮、LED", "日の出産業賞受賞作品"],
                 ["《島をわたる声》", "阿波野 ユキ / AWANO Yuki", "サウンドインスタレーション", "協力：日の出産業株式会社"],
             ]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "artwork captions with artists' public names only: no personal data",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "sponsor-082",
        "sender": "辻 亜希子 <tsuji.akiko@hinode-sangyo.co.jp>",
        "to": ["しまなみ現代芸術祭 ボランティアセンター <volunteer@shimanami-art.jp>"],
        "subject": "協賛社ボランティア（会場サポーター）登録票一式",
        "charset": "utf-8",
        "body": """しまなみ現代芸術祭 ボランティアセンター御中

お世話になっております。日の出産業の辻です。
協賛社枠の会場サポーターとして参加する社員9名の登録票をZIPにまとめてお送りします。
ボランティア保険の加入手続きをよろしくお願いいたします。
""" + SIG_TSUJI,
        "attachments": [
            {"kind": "zip", "name": "サポーター登録票_日の出産業.zip", "files": [
                {"kind": "docx", "name": "サポーター登録票_一覧.docx",
                 "paragraphs": ["しまなみ現代芸術祭2025 会場サポーター登録票（日の出産業株式会社）"],
                 "tables": [[
                     ["氏名", "生年月日", "住所", "携帯電話", "活動希望日"],
                     ["辻 亜希子", "1984/02/11", "東京都品川区西大井4-12-7", "090-4108-3392", "10/4, 10/5"],
                     ["芳賀 一平", "1991/06/28", "神奈川県川崎市幸区南幸町2-33-1", "080-3916-7720", "10/4"],
                     ["姫野 玲奈", "1996/12/03", "東京都大田区西蒲田7-48-6", "070-2280-6517", "10/5, 10/11"],
                     ["鮫島 航大", "1988/09/15", "千葉県市川市八幡3-6-19", "090-6645-0283", "10/11"],
                     ["乙部 桜子", "1979/04/21", "埼玉県川口市栄町1-22-8", "080-7702-1148", "10/4"],
                     ["三田村 悟", "1986/11/09", "東京都江東区大島5-9-3-1104", "090-2319-7765", "10/12"],
                     ["神林 茉莉", "1999/01/30", "東京都板橋区常盤台2-15-4", "070-5583-2096", "10/5"],
                     ["早乙女 尚", "1975/08/17", "神奈川県横浜市青葉区美しが丘1-18-2", "090-8870-4431", "10/11, 10/12"],
                     ["東海林 陸", "1993/03/05", "東京都調布市布田4-27-10", "080-1449-6358", "10/4, 10/12"],
                 ]]},
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP with a DOCX table of nine employees' birth dates, addresses and mobiles: a list of people",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "sponsor-083",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["坂東 様 <bando.k@koyo-agency.co.jp>"],
        "subject": "2026年度 スポンサーシップ関連 制作費の枠（共有）",
        "charset": "utf-8",
        "body": """坂東様

真壁です。来年度の制作費の予算枠がほぼ固まりましたので、貴社お見積りの前提として共有します。
案件ごとの上限額です（税別）。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "csv", "name": "FY2026_制作費枠.csv", "encoding": "utf-8", "rows": [
                ["案件", "区分", "上限額（千円）", "備考"],
                ["ブルーウィングス 冠試合", "イベント制作", "18000", "年2試合"],
                ["スティングレイズ スペシャルデー", "イベント制作", "6500", ""],
                ["みなと湾岸マラソン", "看板・ブース", "9800", "川崎電機と按分"],
                ["東都フィル 特別演奏会", "印刷物", "2200", "プログラム・招待状"],
                ["新CM（柚木選手）", "映像制作", "42000", "撮影時期未定"],
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "production budget caps in CSV: business figures only",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "sponsor-084",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["沖田先生 <okita@shirakawa-law.jp>"],
        "subject": "アンバサダー契約 モラル条項の文言について",
        "charset": "iso-2022-jp",
        "body": """沖田先生

いつもお世話になっております。真壁です。
アンバサダー契約のひな形に入れるモラル条項について、ご意見をいただけますでしょうか。
現在の案は以下のとおりです。

「乙（選手）が刑事事件により逮捕・起訴された場合、薬物使用その他の違法行為が判明した場合、
または差別的言動等により甲の信用を著しく毀損した場合、甲は何らの催告なく本契約を解除し、
既払いの契約金の返還を求めることができる。」

選手側（エージェント）からは「逮捕」のみでの解除は厳しすぎるとの意見が出ています。
起訴時点に限定すべきか、判断の目安をご教示いただければ幸いです。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract clause wording about arrests in general, tied to no person: not sensitive personal data",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "sponsor-085",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["鹿島様 <kashima@stingrays-sendai.jp>"],
        "subject": "打合せ日程の件",
        "charset": "iso-2022-jp",
        "body": """鹿島様

お世話になっております。安西です。
来季の冠試合の打合せ、12月10日（水）15時からで承知しました。
当日は真壁と2名で伺います。

よろしくお願いいたします。

安西
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short scheduling reply: ordinary business",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "sponsor-086",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["木暮様 <shukka@ff-higashinihon.co.jp>"],
        "subject": "【再送依頼】BW1-0063 送付先変更",
        "charset": "cp932",
        "body": """木暮様

お世話になっております。篠宮です。
保留にしていたBW1-0063の方とようやく連絡がつきました。
転居されていたとのことで、以下の新住所へ再送をお願いします。

　当選番号：BW1-0063
　氏名　　：小比類巻 翔 様
　新住所　：〒０３０－０８６１ 青森県青森市長島２－１３－５ メゾン長島３０２
　電話　　：０９０－２２７１－０９６４

お手数ですがよろしくお願いいたします。
""" + SIG_SHINOMIYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one winner's new address and phone to the fulfilment vendor: one person, may be warned",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "sponsor-087",
        "sender": "安西 隼人 <anzai.hayato@hinode-sangyo.co.jp>",
        "to": ["経理部 経費精算窓口 <keihi@hinode-sangyo.co.jp>"],
        "subject": "コーポレートカード利用報告（チケット一括購入）",
        "charset": "utf-8",
        "body": f"""経費精算窓口 ご担当者様

宣伝部の安西です。下記のコーポレートカード利用について、明細照合をお願いします。

　利用日：2025/11/12
　利用先：チケットポート株式会社
　金額　：237,600円
　カード：{card_number(SEED + 12)}（安西 隼人 名義）
　用途　：12/6 観戦ツアー 取引先招待（交際費）

領収書の原本は社内便で送付済みです。
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "card number sent only to an internal accounting address: all-internal mail must go",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "sponsor-088",
        "sender": "二階堂 亮 <nikaido.ryo@hinode-sangyo.co.jp>",
        "to": ["トラベルウィング 法人営業 <corp@travelwing.co.jp>"],
        "subject": "陸上競技部 高地合宿（1月）航空券・宿泊の手配依頼",
        "charset": "iso-2022-jp",
        "body": """株式会社トラベルウィング
法人営業ご担当者様

いつもお世話になっております。日の出産業 陸上競技部の二階堂です。
1月の高地合宿の手配をお願いします。

　行程：2026年1月8日 羽田→（経由）→昆明　1月28日 復路
　人数：選手8名、スタッフ3名（計11名）
　宿泊：紅塔体育センター内宿舎（21泊、朝夕食付）
　支払：弊社登録のコーポレートカード（下4桁 7731）で決済してください

旅券情報は貴社の法人ポータルに各自がアップロードします。メールではお送りしませんので
ご了承ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "travel booking that refers to a card by its last four digits and keeps passports off mail: no identifiers",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "sponsor-089",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["武藤様 <muto@stageworks.co.jp>"],
        "subject": "ランフェスタ 来場者対応（バリアフリー・熱中症）",
        "charset": "utf-8",
        "body": """武藤様

お世話になっております。大河内です。
ランフェスタの来場者対応について、以下を運営マニュアルに追記してください。

1. ステージ前に車いす利用者用スペース（4台分）と同伴者席を確保
2. 救護テントに看護師2名を配置（市の医師会に依頼済み）
3. 気温28℃超で熱中症警戒アナウンス、給水ポイントを2か所増設
4. 障がいのある方・妊娠中の方の優先入場レーンを設置

個別のお客様の申し出は当日本部で受け付けます。事前の個人情報の収集は行いません。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "accessibility and heat-stroke measures in general terms: health words tied to no person",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "sponsor-090",
        "sender": "蔵本 しのぶ <kuramoto.shinobu@hinode-sangyo.co.jp>",
        "to": ["浜田先生 <hamada@minato-kaikei.jp>"],
        "subject": "出演料の支払調書（2件）について",
        "charset": "iso-2022-jp",
        "body": """浜田先生

お世話になっております。日の出産業経理部の蔵本です。

12月のイベント出演者2名分の支払調書作成をお願いしたく存じます。
ご本人の個人番号と本人確認書類の写しは、先日のご指摘を受けて、
メールではなく簡易書留にて本日別送いたしました（追跡番号 EG 4471 8825 3JP）。

支払金額の一覧のみ、下記に記載します。

　・12/14 ジュニアゴルフ教室 講師　 220,000円
　・12/20 年末感謝パーティー 司会　 165,000円

よろしくお願いいたします。
""" + SIG_KURAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "says My Numbers are sent separately by registered post: no number and no named person's data in the mail",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "sponsor-091",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 イベント輸送課 <event@aoba-unyu.co.jp>"],
        "cc": ["ステージワークス 武藤様 <muto@stageworks.co.jp>"],
        "subject": "ランフェスタ 搬入出スケジュール（運輸・設営 両社共有）",
        "charset": "cp932",
        "body": """青葉運輸 イベント輸送課 御中
（cc：ステージワークス 武藤様）

お世話になっております。日の出産業の大河内です。
ランフェスタの搬入出について、両社で直接調整いただけるよう共有いたします。

　3/21（土）13:00　青葉運輸様 4t車2台 到着（臨海公園 東駐車場）
　3/21（土）13:30〜18:00　ステージワークス様 設営
　3/22（日）15:30〜18:30　撤去
　3/22（日）18:30　青葉運輸様 積込み・出発

雨天時の判断は前日15時に弊社から両社へご連絡します。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "carrier and event producer (two external organisations) in To/Cc: a normal coordination mail",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "sponsor-092",
        "sender": "辻 亜希子 <tsuji.akiko@hinode-sangyo.co.jp>",
        "to": ["東都フィルハーモニー管弦楽団 事業部 <jigyo@toto-phil.or.jp>"],
        "subject": "特別演奏会 協賛社招待券（20組40枚）の受け取り方法",
        "charset": "utf-8",
        "body": """東都フィルハーモニー管弦楽団 事業部御中

いつもお世話になっております。日の出産業の辻です。

3月14日の特別演奏会の協賛社招待券（S席20組40枚）について、
今回は紙のチケットではなく、当日の受付で「日の出産業招待」とお伝えいただく方式に
していただくことは可能でしょうか。
ご招待者のお名前は当日の受付リストとしてお渡しする想定です（人数のみ事前にお知らせします）。

また、プログラムの協賛社ページの入稿締切（1月16日）も承知しました。
""" + SIG_TSUJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "arrangement of complimentary concert tickets, counts only",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "sponsor-093",
        "sender": "日比野 エレン <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["スポーツフォトエージェンシー・アーク 権利窓口 <rights@arc-photo.co.jp>"],
        "subject": "写真使用許諾の申請（社内報・Webサイト）",
        "charset": "iso-2022-jp",
        "body": """スポーツフォトエージェンシー・アーク
権利窓口ご担当者様

はじめてご連絡いたします。日の出産業株式会社 宣伝部の日比野と申します。
貴社所蔵の下記写真について、使用許諾をお願いしたくご連絡しました。

　写真ID：ARC-2025-0918-0331（港北ブルーウィングス 第28節 ゴールセレブレーション）
　写真ID：ARC-2025-1012-0117（みなと湾岸マラソン スタート風景）
　用途　：社内報（紙・PDF）、弊社コーポレートサイトのスポンサーシップ紹介ページ
　期間　：2026年1月〜2026年12月
　クレジット：「Photo: ARC」表記

選手の肖像利用については、クラブおよびマネジメントから別途許諾を得ております。
お見積りをいただけますでしょうか。
""" + SIG_HIBINO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "photo licensing request to a new agency: business data only",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "sponsor-094",
        "sender": "真壁 透 <makabe.toru@hinode-sangyo.co.jp>",
        "to": ["坂東 様 <bando.k@koyo-agency.co.jp>"],
        "subject": "Re: 2026 ファンキャンペーン企画案 フィードバック",
        "charset": "utf-8",
        "body": """坂東様

企画案ありがとうございました。社内のコメントをテキストにまとめました。
全体として方向性は賛成です。B案（スタンプラリー型）をベースに詰めたいと思います。

>> 光陽エージェンシー 坂東
> 2026年のファンキャンペーン企画案（A案・B案）をお送りします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "txt", "name": "企画案コメント_日の出.txt", "encoding": "utf-8", "text": """2026 ファンキャンペーン 企画案へのコメント（日の出産業 宣伝部）

[全体]
- B案のスタンプラリー型を採用したい。来場動機の創出と店頭送客の両方が狙える。
- 賞品はA賞を「選手と一緒に入場」体験に差し替えられないか。

[気になる点]
- スタンプ取得のためのアプリ登録必須は離脱が大きい。LINE連携で代替できないか。
- 応募時に取得する情報は最小限に（氏名・メール・郵便番号まで）。
- 抽選・発送の委託先は前年と同じ体制で。

[スケジュール]
- 2/末 企画確定、3/中 クラブ承認、4/開幕戦からスタート
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain-text feedback on an agency proposal: no personal data",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "sponsor-095",
        "sender": "Ellen Hibino <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["Takamizawa <takamizawa@athletebridge.co.jp>"],
        "subject": "Social media guidelines for Ms. Himuro's sponsored posts",
        "charset": "utf-8",
        "body": """Dear Mr. Takamizawa,

Ahead of the January launch, here are our guidelines for Ms. Himuro's sponsored
posts on Instagram and X, as agreed in Schedule 3 of the ambassador agreement:

- Every sponsored post carries #PR and "Sponsored by Hinode Sangyo" (景品表示法 / stealth
  marketing rules, effective since October 2023).
- Six posts per quarter; drafts to us 3 business days before posting.
- No comparison with competitors' products; no medical or health claims.
- Personal posts (family, private life) remain entirely her own.

Please share these with her, and let me know if she would like a short briefing
call with our legal team.
""" + SIG_HIBINO + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English guidelines about an athlete's sponsored posts, no personal data; standard disclaimer",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "sponsor-096",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと湾岸マラソン 協賛担当 <kyosan@wangan-marathon.or.jp>"],
        "subject": "協賛社連絡先一覧（代表窓口）の更新",
        "charset": "iso-2022-jp",
        "body": """みなと湾岸マラソン実行委員会
協賛担当御中

お世話になっております。日の出産業の大河内です。
協賛社幹事として、各社の代表窓口（部署代表）の一覧を更新しましたのでお送りします。
各社から、個人ではなく部署の代表番号・共有アドレスでの登録を希望されています。

・日の出産業株式会社　宣伝部　　　03-5201-4470　sponsorship@hinode-sangyo.co.jp
・川崎電機株式会社　　宣伝課　　　044-244-3100　senden@kawasaki-denki.co.jp
・北国フーズ株式会社　広報室　　　011-261-5500　pr@kitaguni-foods.co.jp
・株式会社みどり銀行　広報部　　　03-3270-8800　koho@midori-ginko.co.jp
・青葉運輸株式会社　　イベント輸送課 045-651-2020 event@aoba-unyu.co.jp
・錦印刷株式会社　　　営業部　　　03-3866-4151　eigyo@nishiki-insatsu.co.jp
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of companies' department switchboards and shared mailboxes: businesses, not people",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "sponsor-097",
        "sender": "篠宮 由佳 <shinomiya.yuka@hinode-sangyo.co.jp>",
        "to": ["千田様 <senda@ff-higashinihon.co.jp>"],
        "subject": "第2弾 当選者データの受け渡しフォーマット（見本）",
        "charset": "utf-8",
        "body": """千田様

お世話になっております。篠宮です。
第2弾の当選者データは、添付の見本と同じ列構成のCSV（UTF-8）で、
貴社のファイル授受システム経由でお渡しする予定です。
取込テスト用に見本（ダミー値のみ）をお送りしますのでご確認ください。
""" + SIG_SHINOMIYA,
        "attachments": [
            {"kind": "csv", "name": "当選者データ_フォーマット見本.csv", "encoding": "utf-8", "rows": [
                ["当選番号", "賞品", "氏名", "フリガナ", "郵便番号", "住所", "電話番号"],
                ["BW2-XXXX", "A", "（氏名）", "（フリガナ）", "000-0000", "（都道府県市区町村番地）", "000-0000-0000"],
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "format sample with placeholder values only: no real person",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "sponsor-098",
        "sender": "大河内 航 <okochi.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと湾岸市 スポーツ振興課 <sports@city.minatowangan.lg.jp>"],
        "cc": ["港北ブルーウィングス ホームタウン推進部 <hometown@kohoku-bluewings.jp>"],
        "subject": "ふれあいランフェスタ キッズサッカー教室の共催について",
        "charset": "iso-2022-jp",
        "body": """みなと湾岸市 スポーツ振興課 御中
（cc：港北ブルーウィングス ホームタウン推進部様）

いつもお世話になっております。日の出産業の大河内です。
ランフェスタ当日のキッズサッカー教室につき、クラブ様にコーチ派遣をご快諾いただきました。

　時間：10:30〜11:30、13:30〜14:30（各回 定員40名・小学生）
　場所：芝生広場 Bエリア
　コーチ：クラブアカデミーコーチ 4名
　募集：市の広報紙（2月号）とクラブ公式サイトで告知

参加申込の受付は市の電子申請システムで行っていただく想定です。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "municipality and club (two external organisations) in To/Cc: a normal three-way mail",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "sponsor-099",
        "sender": "日の出産業 キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
        "to": ["r.hatori@outlook.jp"],
        "subject": "Re: 記念撮影会の同伴者について",
        "charset": "iso-2022-jp",
        "body": """羽鳥 様

お問い合わせいただきありがとうございます。
日の出産業 キャンペーン事務局でございます。

記念撮影会の同伴者は、当選者ご本人を含め最大4名までとなっております。
3名様でのご参加で問題ございません。当日は受付で本メールの画面をご提示ください。

今後ともどうぞよろしくお願いいたします。

日の出産業株式会社 キャンペーン事務局

> 当選のご連絡ありがとうございます。
> 子ども2人と妻も一緒に参加したいのですが、同伴は何名まで可能でしょうか。
> 羽鳥 亮太
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one winner's own free-mail address, quoting his question: one free-mail recipient",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "sponsor-100",
        "sender": "日比野 エレン <hibino.ellen@hinode-sangyo.co.jp>",
        "to": ["Rising Dawn Gaming - Partnerships <partners@risingdawn-gaming.com>"],
        "subject": "Fan meet-up at Hinode HQ (Feb) - proposal",
        "charset": "utf-8",
        "body": """Hi Jun,

Quick proposal for a fan meet-up at our Nihonbashi HQ in February:

  Date      : Sat 21 Feb 2026, 13:00-16:00
  Capacity  : 120 fans (lottery via your Discord, we never see the entrants' data)
  Programme : exhibition match on stage, Q&A with the roster, photo corner
  Our side  : venue, stage, catering (non-alcoholic), security
  Your side : players, casters, stream production

Entry would be by a QR code that your system issues; at the door we only check the
code, not names. Budget estimate to follow.

何かあればDiscordでもどうぞ！
""" + SIG_HIBINO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English event proposal to an e-sports team: no personal data",
    },
]
