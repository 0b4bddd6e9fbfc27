"""Blind corpus: 日の出産業 外食・ケータリング事業部 (restaurant and catering division).

Part-time staff shifts and payroll, reservations and banquet guest lists, food
allergies and dietary rules, food-safety incidents, suppliers, franchise owners,
customer complaints.  Every person, number and address is invented.
"""

from build import card_number, my_number


def corp_number(base12: str) -> str:
    """A 13-digit 法人番号 whose leading check digit is valid."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def spaced(num: str, groups: tuple[int, ...] = (4, 4, 4, 4)) -> str:
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return " ".join(x for x in out if x)


HINODE_T = "T" + corp_number("180001045672")

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-015
MESSAGES += [
    {
        "id": "restaurant-001",
        "expect": "stop",
        "sender": "林 智子 <t.hayashi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "12/19 丸菱商会様 忘年会 送迎バス乗車名簿",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
貸切バス課 ご担当者様

いつもお世話になっております。日の出産業 宴会営業課の林でございます。
12月19日（金）「和食処ひので 本町店」大広間にて開催の、丸菱商会様 忘年会の
送迎バス（2号車）乗車名簿をお送りいたします。
当日、遅延等があった場合は各人の携帯へ直接ご連絡いただけますと幸いです。

No  氏名            乗車地        携帯電話
--- --------------- ------------- -------------
1   井深 孝太郎     本町駅北口    090-3318-2741
2   蔵前 みどり     本町駅北口    080-5521-0936
3   早乙女 慎吾     市役所前      070-2284-6610
4   大曽根 里香     市役所前      090-7713-4058
5   沼尻 大樹       中央公園東    080-1146-9372
6   鬼塚 明日香     中央公園東    090-6650-1183
7   仁科 浩一       本町駅北口    070-4392-2207
8   法月 さやか     市役所前      080-8825-7764

以上8名です。帰りは21:30 本町店前発でお願いいたします。
何卒よろしくお願いいたします。

--
日の出産業株式会社 外食事業本部 宴会営業課
林 智子（はやし ともこ）
〒460-0008 愛知県名古屋市中区栄3-18-7 日の出ビル6F
TEL 052-261-4470 / FAX 052-261-4471
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 banquet guests' names and private mobiles in a space-padded table to the bus company",
    },
    {
        "id": "restaurant-002",
        "expect": "pass",
        "sender": "桑原 健一 <k.kuwabara@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業部 三上様 <mikami@kitaguni-foods.co.jp>"],
        "subject": "【発注】12月第2週分 冷凍食材（発注番号 PO-25-12-0218）",
        "charset": "cp932",
        "body": """北国フーズ株式会社
営業部 三上様

いつも大変お世話になっております。
日の出産業 購買課の桑原です。

12月第2週分の冷凍食材を下記の通り発注いたします。

発注番号：PO-25-12-0218
納品日　：2025年12月8日（月）午前中
納品先　：日の出産業 セントラルキッチン（小牧）

商品コード   品名                     規格        数量
KF-30112    北海道産ずわい蟹ほぐし身  500g×10     6ケース
KF-30415    ホタテ貝柱（生食用）S     1kg×8       4ケース
KF-41020    十勝ポテト皮付きカット    2kg×6      12ケース
KF-52007    根室産さんま開き          20枚×5      3ケース

単価は11月10日付お見積り（見積番号 Q-KF-8841）の通りでお願いします。
受注確認書をPDFでお送りいただけますと助かります。

よろしくお願いいたします。

────────────────────
日の出産業株式会社　外食事業本部　購買課
桑原 健一
〒485-0041 愛知県小牧市小牧原新田1520
TEL 0568-72-3310（代）　携帯 090-2216-4187
k.kuwabara@hinode-sangyo.co.jp
────────────────────
""",
        "entities": [],
        "detectors": [],
        "note": "routine purchase order with order/product codes and the sender's own signature mobile",
    },
    {
        "id": "restaurant-003",
        "expect": "stop",
        "sender": "早乙女 由佳 <y.saotome@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
        "subject": "11月分 パート・アルバイト給与 総合振込データ送付の件",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業部
ご担当 坂巻様

お世話になっております。日の出産業 人事労務課 給与担当の早乙女です。

先日お電話でご相談しました件、ネットバンキングの不具合で伝送ができないため、
11月分パート・アルバイト給与の総合振込データをCSVにて送付いたします。
振込指定日は12月10日です。お手数ですが代行での受付をお願いできますでしょうか。

件数：14件 / 合計金額：1,402,816円

よろしくお願いいたします。

日の出産業株式会社 管理本部 人事労務課
早乙女 由佳  TEL 052-261-4402
""",
        "attachments": [{
            "kind": "csv",
            "name": "furikomi_202512.csv",
            "encoding": "cp932",
            "rows": [
                ["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "金額"],
                ["0999", "112", "1", "3048815", "ｱｻｸﾗ ﾐｻｷ", "98412"],
                ["0999", "112", "1", "2107734", "ｲｼｶﾜ ﾕｳﾄ", "121560"],
                ["0999", "305", "1", "5529018", "ｳﾁﾀﾞ ﾏﾘｺ", "64200"],
                ["0177", "041", "1", "0881462", "ｴﾋﾞﾊﾗ ｼｮｳﾀ", "143775"],
                ["0999", "112", "2", "7720356", "ｵｵﾏｷ ｹｲｺ", "88910"],
                ["0005", "620", "1", "1934087", "ｶｼﾞﾜﾗ ﾘｮｳ", "112034"],
                ["0999", "208", "1", "4460279", "ｷﾘﾀﾆ ﾅﾂﾐ", "57680"],
                ["0999", "112", "1", "6015543", "ｸｽﾓﾄ ｼﾞｭﾝ", "131208"],
                ["0177", "041", "1", "3398120", "ｹﾞﾝﾀﾞ ｱｲ", "76500"],
                ["0999", "305", "1", "2276641", "ｺﾏﾂﾊﾞﾗ ﾀｸﾐ", "102887"],
                ["0009", "153", "1", "8810427", "ｻｶｲﾀﾞ ﾕｲ", "69340"],
                ["0999", "112", "1", "0457716", "ｼﾉﾊﾗ ｺｳｷ", "118090"],
                ["0999", "208", "1", "5573390", "ｽｴﾖｼ ﾐﾕ", "84920"],
                ["0005", "620", "1", "3021158", "ｾｷﾈ ﾀﾞｲﾁ", "133300"],
            ],
        }],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "CSV of 14 part-timers' bank accounts and names sent outside (even to the bank, it is a list of people)",
    },
    {
        "id": "restaurant-004",
        "expect": "pass",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["うまみラボ 開発部 <dev@umami-lab.co.jp>"],
        "subject": "Re: 共同開発の進め方と秘密保持契約書（案）について",
        "charset": "utf-8",
        "body": """うまみラボ株式会社
開発部 長谷部様

お世話になっております。日の出産業 ケータリング事業部の荻野です。
先日は試作のお打ち合わせのお時間をいただきありがとうございました。

ご送付いただいた秘密保持契約書（案）について、当社法務と確認した結果、
以下2点のみ修正をお願いしたく存じます。

1. 第2条「機密情報」の定義に、口頭で開示した情報を含める場合は
   開示後30日以内に書面で特定する旨を追記
2. 第9条の有効期間を「契約終了後3年間」から「契約終了後5年間」に変更

その他の条項は御社案のままで問題ございません。
修正版をいただけましたら、押印手続きに入らせていただきます。
試作第2弾（だし3種）は契約締結後の12月中旬を目安に考えております。

引き続きよろしくお願いいたします。

日の出産業株式会社
ケータリング事業部 商品開発課
荻野 拓海
TEL 052-261-4455 / 携帯 080-4471-2093

> 長谷部です。
> 秘密保持契約書の当社案を添付しますのでご確認ください。
""",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (機密情報 as a contract term), no personal data",
    },
    {
        "id": "restaurant-005",
        "expect": "stop",
        "sender": "小林 沙耶 <s.kobayashi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "1/24 新年会 ご予約金（カード決済）手配のお願い",
        "charset": "iso-2022-jp",
        "body": f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。
日の出産業 宴会営業課の小林です。

当社受付の新年会（1月24日 鳳凰の間 40名様）について、
幹事様から電話でカード決済のご依頼をいただきましたので、
ご予約金10万円の決済手配をお願いいたします。

幹事様　　：湯之上 直樹 様（西尾工業株式会社 総務部）
ご連絡先　：090-5583-1726
カード番号：{spaced(card_number(5005))}
有効期限　：08/28
名義　　　：NAOKI YUNOUE

決済完了後、控えをご返送いただけますと幸いです。

日の出産業株式会社　宴会営業課
小林 沙耶　TEL 052-261-4471
""",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a customer's full credit card number (with name and mobile) sent to the hotel",
    },
    {
        "id": "restaurant-006",
        "expect": "pass",
        "sender": "本町店 予約係 <honmachi@hinode-sangyo.co.jp>",
        "to": ["m.tsukioka1988@gmail.com"],
        "subject": "【和食処ひので 本町店】ご予約確認（予約番号 R2512-0042）",
        "charset": "iso-2022-jp",
        "body": """月岡 真由美 様

このたびは和食処ひので 本町店をご予約いただき、誠にありがとうございます。
下記の内容でご予約を承りました。

予約番号：R2512-0042
日時　　：2025年12月27日（土）18:30
人数　　：大人4名・お子様2名
コース　：冬の会席「雪見」6,600円（税込）
お席　　：個室（掘りごたつ）

お子様用の取り皿・エプロンをご用意いたします。
ご変更・キャンセルは前日18時までにお電話（052-251-0831）にてお願いいたします。

ご来店を心よりお待ちしております。

和食処ひので 本町店
〒460-0008 名古屋市中区栄2-4-11
TEL 052-251-0831（11:00〜22:00）
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reservation confirmation to the one customer on free mail; only her own name and a reservation number",
    },
    {
        "id": "restaurant-007",
        "expect": "stop",
        "sender": "宴会営業課 林 <t.hayashi@hinode-sangyo.co.jp>",
        "to": [
            "山根様 <yamane@marubishi-shokai.co.jp>",
            "太田様 <k-ota@toyo-seiki.co.jp>",
            "藤村様 <fujimura@aoi-kensetsu.jp>",
            "杉 花子様 <hanako.sugi@gmail.com>",
            "事務局 <event@minami-clinic.or.jp>",
        ],
        "subject": "【和食処ひので】2026年 新年会プランのご案内",
        "charset": "utf-8",
        "body": """幹事ご担当の皆様

平素より和食処ひのでをご愛顧いただき、誠にありがとうございます。
昨年ご宴会をご利用いただいた幹事様へ、2026年新年会プランのご案内をお送りいたします。

■ 新春会席「初日」  7,700円（税込・飲み放題2時間付）
■ 新春会席「鶴」    9,900円（税込・飲み放題2.5時間付）
■ 早期予約特典：12月20日までのご予約で幹事様1名無料

ご予約・ご相談は宴会営業課（052-261-4470）までお気軽にどうぞ。
本年も格別のご高配を賜りありがとうございました。

日の出産業株式会社 外食事業本部 宴会営業課
林 智子
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five customers of different companies plus a private person all in To: should have been Bcc",
    },
    {
        "id": "restaurant-008",
        "expect": "stop",
        "sender": "宮城 陽菜 <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["小倉商事 小倉様 <ogura@ogura-shoji.co.jp>"],
        "subject": "春日井店 運営移管に伴うスタッフ資料の送付",
        "charset": "utf-8",
        "body": """小倉商事株式会社
代表取締役 小倉 様

いつもお世話になっております。FC事業部の宮城です。

1月1日付での春日井店の運営移管（直営→FC）に向けて、
現スタッフの1月シフト案と連絡先一覧をお送りします。
雇用契約の切り替えの際にご利用ください。

添付：春日井店_スタッフ資料.xlsx（シート「1月シフト」「連絡先」）

ご不明点があればお知らせください。

日の出産業株式会社 FC事業部
宮城 陽菜  052-261-4480
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "春日井店_スタッフ資料.xlsx",
            "sheets": {
                "1月シフト": [
                    ["春日井店 2026年1月 シフト案（第1週）"],
                    [],
                    ["氏名", "1/1", "1/2", "1/3", "1/4", "1/5", "1/6", "1/7"],
                    ["近江 春香", "休", "10-15", "10-15", "休", "17-22", "17-22", "休"],
                    ["樫村 蒼", "17-22", "17-22", "休", "17-22", "休", "休", "17-22"],
                    ["加納 美玲", "10-15", "休", "10-15", "10-15", "10-15", "休", "10-15"],
                    ["雲井 勇人", "休", "17-23", "17-23", "17-23", "休", "17-23", "休"],
                    ["宍戸 香織", "11-16", "11-16", "休", "休", "11-16", "11-16", "11-16"],
                    ["舘野 優斗", "17-22", "休", "17-22", "休", "17-22", "17-22", "休"],
                    ["陣内 のぞみ", "休", "休", "11-20", "11-20", "休", "11-20", "11-20"],
                    ["苫米地 翔", "17-23", "17-23", "休", "17-23", "17-23", "休", "休"],
                    ["柚木 まどか", "10-15", "10-15", "10-15", "休", "休", "10-15", "10-15"],
                ],
                "連絡先": [
                    ["春日井店 スタッフ連絡先（2025/12/01 現在）"],
                    ["氏名", "フリガナ", "生年月日", "携帯", "住所"],
                    ["近江 春香", "オウミ ハルカ", "2004/05/18", "090-2231-5840", "愛知県春日井市鳥居松町4-112-3"],
                    ["樫村 蒼", "カシムラ アオイ", "2003/11/02", "080-6617-0492", "愛知県春日井市味美白山町2-7-15"],
                    ["加納 美玲", "カノウ ミレイ", "1979/02/27", "090-4480-3361", "愛知県春日井市高蔵寺町北1-30"],
                    ["雲井 勇人", "クモイ ハヤト", "2005/08/09", "070-3392-1177", "愛知県春日井市勝川町6-42 ハイツ勝川201"],
                    ["宍戸 香織", "シシド カオリ", "1984/06/30", "080-2258-7403", "愛知県春日井市岩成台8-3-9"],
                    ["舘野 優斗", "タテノ ユウト", "2002/01/14", "090-7719-2285", "愛知県小牧市中央3-155"],
                    ["陣内 のぞみ", "ジンナイ ノゾミ", "1991/09/21", "070-5546-8830", "愛知県春日井市篠木町2-1281-4"],
                    ["苫米地 翔", "トマベチ ショウ", "2006/03/03", "080-9903-1642", "愛知県春日井市六軒屋町東丘22"],
                    ["柚木 まどか", "ユノキ マドカ", "1976/12/08", "090-6624-0518", "愛知県春日井市中央台5-4-1"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX (two sheets, title rows) with 9 staff members' DOB, mobile and home address to a franchisee company",
    },
    {
        "id": "restaurant-009",
        "expect": "pass",
        "sender": "商品開発課 荻野 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "冬季グランドメニュー アレルゲン表示ページ原稿",
        "charset": "cp932",
        "body": """錦印刷株式会社 制作部 御中

お世話になっております。日の出産業の荻野です。
グランドメニュー最終ページに掲載するアレルゲン一覧の原稿です。
（特定原材料8品目：●=含む、△=同一工場で使用）

メニュー名            えび かに くるみ 小麦 そば 卵 乳 落花生
天ぷら盛合せ          ●    −    −     ●    −    ●  −   −
かに雑炊              −    ●    −     −    −    ●  −   −
鴨南蛮そば            −    −    −     ●    ●    −  −   −
ごま豆腐              −    −    −     −    −    −  −   △
抹茶ティラミス        −    −    −     ●    −    ●  ●   −
くるみ餅              −    −    ●     −    −    −  −   −

注記の文言は以下でお願いします。
「食物アレルギーをお持ちのお客様は、ご注文の際に必ずスタッフへお申し付けください。
 調理場では同一の器具・油を使用しており、微量の混入の可能性がございます。」

校正は12月12日までにPDFでいただけますと幸いです。

日の出産業株式会社 ケータリング事業部 商品開発課
荻野 拓海　TEL 052-261-4455
""",
        "entities": [],
        "detectors": [],
        "note": "menu allergen chart: health words about dishes, not about any person",
    },
    {
        "id": "restaurant-010",
        "expect": "stop",
        "sender": "藤巻 剛 <t.fujimaki@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 賠責サービス課 <baiseki@tokiwa-sonpo.co.jp>"],
        "subject": "事故報告（生産物賠償責任保険）証券番号 PL-7730-21948",
        "charset": "iso-2022-jp",
        "body": """ときわ損害保険株式会社
賠責サービス課 ご担当者様

いつもお世話になっております。日の出産業 品質保証室の藤巻です。
標記保険に関して、事故の一報をいたします。

11月29日（土）に「ひので食堂 金山店」で鶏わさ定食を召し上がった
お客様の前園 亜紀子様（市内在住、連絡先 080-3317-6624）から、
12月2日に「発熱と下痢が続き、中区の消化器内科でカンピロバクター腸炎と
診断され、2日間入院した」とのお申し出がありました。
現在ご本人は退院され自宅療養中で、治療費と休業分の補償を希望されています。

保健所の立入検査は12月3日に実施済みで、同日の他のお客様からの
申し出は今のところございません。
詳細な報告書は追ってお送りします。お手続きについてご指示をお願いいたします。

日の出産業株式会社 品質保証室
藤巻 剛　TEL 052-261-4490
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's diagnosis and hospitalisation (medical history) in running text to the insurer",
    },
    {
        "id": "restaurant-011",
        "expect": "pass",
        "sender": "販促企画課 <hansoku@hinode-sangyo.co.jp>",
        "to": ["グルメナビ 掲載サポート <support@gourmet-navi.jp>"],
        "subject": "店舗情報一括更新のお願い（ひので食堂 10店舗）",
        "charset": "utf-8",
        "body": """グルメナビ 掲載サポートご担当者様

お世話になっております。日の出産業 販促企画課です。
年末年始の営業時間変更に伴い、下記10店舗の店舗情報の更新をお願いいたします。

店舗名              住所                                   電話          年末年始
ひので食堂 金山店   名古屋市熱田区金山町1-3-2              052-681-2250  12/31〜1/2休
ひので食堂 大曽根店 名古屋市東区東大曽根町28-7            052-931-0417  1/1休
ひので食堂 今池店   名古屋市千種区今池4-12-9               052-733-5189  1/1休
ひので食堂 八事店   名古屋市昭和区八事本町100-35           052-832-6604  12/31〜1/1休
ひので食堂 鳴海店   名古屋市緑区鳴海町向田1-3              052-621-7730  1/1休
ひので食堂 一宮店   愛知県一宮市栄3-2-11                   0586-24-3318  1/1休
ひので食堂 岡崎店   愛知県岡崎市康生通南2-40               0564-23-6612  12/31〜1/2休
ひので食堂 豊田店   愛知県豊田市西町1-200                  0565-31-8870  1/1休
ひので食堂 岐阜駅前店 岐阜県岐阜市橋本町2-52              058-265-4407  1/1休
ひので食堂 四日市店 三重県四日市市諏訪栄町7-34            059-351-2290  12/31〜1/1休

掲載写真の差し替えは別途ご連絡いたします。
よろしくお願いいたします。

日の出産業株式会社 外食事業本部 販促企画課
TEL 052-261-4460
""",
        "entities": [],
        "detectors": [],
        "note": "list of shops (store addresses and shop phone numbers), a business directory, not people",
    },
    {
        "id": "restaurant-012",
        "expect": "stop",
        "sender": "桑原 健一 <k.kuwabara@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 三上様 <mikami@kitaguni-food.co.jp>"],
        "subject": "Re: 年末増量分の納品時間について",
        "charset": "iso-2022-jp",
        "body": """三上様

お世話になっております。日の出産業の桑原です。
年末増量分（12/28・12/29納品）の件、承知しました。
セントラルキッチンの受入は両日とも6:00〜9:00で対応可能です。
トラック2台の場合は東側の搬入口をご利用ください。

よろしくお願いいたします。

日の出産業株式会社 購買課 桑原
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp",
    },
    {
        "id": "restaurant-013",
        "expect": "stop",
        "sender": "早乙女 由佳 <y.saotome@hinode-sangyo.co.jp>",
        "to": ["木下税理士事務所 <office@kinoshita-tax.jp>"],
        "subject": "源泉徴収票再発行の件（退職アルバイト）",
        "charset": "cp932",
        "body": f"""木下税理士事務所
木下先生

いつもお世話になっております。日の出産業 人事労務課の早乙女です。

10月末で退職したアルバイトの方から、確定申告用に源泉徴収票の再発行依頼がありました。
年末の作成分とあわせてご対応いただけますでしょうか。
必要事項は下記のとおりです。

　氏名　　　：真柴 和也（マシバ カズヤ）
　生年月日　：平成１３年７月２２日
　個人番号　：{my_number(1013)}
　在籍期間　：2025年4月1日〜2025年10月31日（ひので食堂 今池店）
　住所　　　：名古屋市千種区内山3-18-4 ライオンズ内山305

お手数をおかけしますが、よろしくお願いいたします。

早乙女
""",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a former part-timer's My Number in the body to the outside tax office",
    },
    {
        "id": "restaurant-014",
        "expect": "pass",
        "sender": "大河内 俊 <s.okochi@hinode-sangyo.co.jp>",
        "to": ["金山店 店長 <kanayama@hinode-sangyo.co.jp>",
               "大曽根店 店長 <ozone@hinode-sangyo.co.jp>"],
        "cc": ["store-ops@rest.hinode-sangyo.co.jp"],
        "subject": "年末応援スタッフの連絡先（12/28〜31）",
        "charset": "iso-2022-jp",
        "body": """金山店・大曽根店 店長各位

店舗運営部の大河内です。
年末の応援スタッフが決まりましたので、連絡先を共有します。
当日の集合時間の連絡は各店からお願いします。

氏名		所属店	応援先	日程	携帯
三品 彩花	今池店	金山店	12/28-29	090-1182-4430
鷹野 龍之介	八事店	金山店	12/28-31	080-3347-2291
鈴鹿 奏太	鳴海店	金山店	12/30-31	070-6621-0085
五百旗頭 萌	今池店	大曽根店	12/28-30	090-5530-7716
赤星 拓	八事店	大曽根店	12/29-31	080-2219-6648
芦田 栞	鳴海店	大曽根店	12/31	090-7745-1102

応援手当は通常どおり1日1,000円です。

店舗運営部 大河内
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "staff list with mobiles, but every recipient is internal (including a subdomain)",
    },
    {
        "id": "restaurant-015",
        "expect": "stop",
        "sender": "予約センター <yoyaku-center@hinode-sangyo.co.jp>",
        "to": ["コールパートナー 運用チーム <ops-hinode@call-partner.co.jp>"],
        "subject": "クリスマスコース 前日確認コール対象リスト（12/23分）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>コールパートナー株式会社<br>運用チーム ご担当者様</p>
<p>お世話になっております。日の出産業 予約センターです。<br>
12/24ご来店分の前日確認コールの対象リストです。<br>
つながらない場合はSMSでのご案内をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#f2e6d9"><th>予約番号</th><th>ご予約者</th><th>電話番号</th><th>店舗</th><th>時間</th><th>人数</th></tr>
<tr><td>X1224-003</td><td>羽柴 絵里香</td><td>090-4418-2257</td><td>カフェ・ソレイユ栄</td><td>17:30</td><td>2</td></tr>
<tr><td>X1224-007</td><td>設楽 健太</td><td>080-2290-6413</td><td>カフェ・ソレイユ栄</td><td>18:00</td><td>2</td></tr>
<tr><td>X1224-011</td><td>宇佐美 早苗</td><td>070-5583-1049</td><td>カフェ・ソレイユ名駅</td><td>18:00</td><td>4</td></tr>
<tr><td>X1224-015</td><td>Oliver Hendricks</td><td>090-3316-8825</td><td>カフェ・ソレイユ名駅</td><td>19:00</td><td>2</td></tr>
<tr><td>X1224-019</td><td>甲斐田 涼子</td><td>080-7762-3190</td><td>カフェ・ソレイユ栄</td><td>19:30</td><td>3</td></tr>
<tr><td>X1224-024</td><td>百瀬 一輝</td><td>090-6604-2218</td><td>カフェ・ソレイユ名駅</td><td>20:00</td><td>2</td></tr>
<tr><td>X1224-026</td><td>猪狩 まゆ</td><td>070-1125-9934</td><td>カフェ・ソレイユ栄</td><td>20:00</td><td>2</td></tr>
</table>
<p>結果は12/23 19時までにご報告ください。<br>
日の出産業株式会社 外食事業本部 予約センター<br>TEL 052-261-4475</p>
</body></html>""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of 7 diners' names and phone numbers to an outsourced call centre",
    },
]

# ---------------------------------------------------------------------------- 016-030
MESSAGES += [
    {
        "id": "restaurant-016",
        "expect": "pass",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["朝日工業 総務課 吉良様 <kira@asahi-kogyo.co.jp>"],
        "subject": "ケータリング料金表（2026年1月改定版）のご送付",
        "charset": "iso-2022-jp",
        "body": """朝日工業株式会社
総務課 吉良様

いつもご用命いただきありがとうございます。
日の出産業 ケータリング事業部の荻野でございます。

1月1日より適用となる法人向けケータリング料金表をお送りいたします。
原材料費高騰のため一部改定させていただきました。何卒ご理解賜りますようお願い申し上げます。

【オードブル・ビュッフェ】（1名様あたり・税別）
　スタンダード　　　　　　　3,200円 → 3,400円
　プレミアム　　　　　　　　4,800円 → 5,000円
　和洋折衷（寿司付）　　　　5,500円（据え置き）
【お弁当】
　幕の内「日の出」　　　　　1,350円 → 1,400円
　松花堂「朝凪」　　　　　　2,100円（据え置き）
　ヘルシー御膳（500kcal）　 1,600円（新規）
【ドリンク】
　ソフトドリンク飲み放題　　　800円
　アルコール飲み放題　　　　1,800円

※20名様以上で配送無料（名古屋市内）
※ご注文は3営業日前までにお願いいたします。

日の出産業株式会社 ケータリング事業部
荻野 拓海
TEL 052-261-4455　FAX 052-261-4456
""",
        "entities": [],
        "detectors": [],
        "note": "a price list to a corporate client, nothing about persons",
    },
    {
        "id": "restaurant-017",
        "expect": "stop",
        "sender": "販促企画課 寺西 <m.teranishi@hinode-sangyo.co.jp>",
        "to": ["デザイン工房ハコ 佐伯様 <saeki@design-hako.jp>"],
        "subject": "【社外秘】2026春 新メニュー原価・売価設定表（POP制作用）",
        "charset": "utf-8",
        "body": """━━━━━━━━━━━━━━━━━━━━
　区分：社外秘　　持出・転送禁止
━━━━━━━━━━━━━━━━━━━━

デザイン工房ハコ
佐伯様

お世話になっております。日の出産業 販促企画課の寺西です。
春メニューPOPの件、売価と訴求ポイントの一覧をお送りします。
原価率の列は参考情報として残していますが、POPには載せないでください。

品名                  売価(税込)  原価    原価率  訴求
桜えびのかき揚げ丼    1,180円     402円   34.1%   駿河湾産
春キャベツとしらすの釜玉うどん  890円  287円  32.2%  期間限定
筍ごはん御膳          1,480円     533円   36.0%   京都産筍
いちごの白玉ぜんざい    620円     171円   27.6%   あまおう使用

3月1日からの掲出を予定しています。ラフは2月6日までにお願いします。

寺西
""",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and body carry a 社外秘 classification stamp, sent to an external designer",
    },
    {
        "id": "restaurant-018",
        "expect": "pass",
        "sender": "セントラルキッチン 受入担当 <ck-ukeire@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 名古屋営業所 <nagoya@aoba-unyu.co.jp>"],
        "subject": "配送遅延の確認依頼（お問い合わせ伝票番号4件）",
        "charset": "cp932",
        "body": """青葉運輸株式会社 名古屋営業所 御中

いつもお世話になっております。
日の出産業 セントラルキッチン 受入担当の梶です。

本日午前着指定の冷凍便4件がまだ到着しておりません。
お手数ですが配送状況をご確認いただけますでしょうか。

お問い合わせ伝票番号　　出荷元　　　　　　指定
4418 2290 6613　　　　北国フーズ 札幌　12/9 午前
4418 2290 6624　　　　北国フーズ 札幌　12/9 午前
5520 7731 0482　　　　丸八水産 焼津　　12/9 午前
5520 7731 0493　　　　丸八水産 焼津　　12/9 午前

11時以降は仕込みに影響が出るため、到着見込みだけでもご連絡いただけると助かります。

日の出産業株式会社 セントラルキッチン
梶 俊介　TEL 0568-72-3315
""",
        "entities": [],
        "detectors": [],
        "note": "12-digit tracking numbers that look like ID numbers but are shipment slips",
    },
    {
        "id": "restaurant-019",
        "expect": "stop",
        "sender": "藤巻 剛 <t.fujimaki@hinode-sangyo.co.jp>",
        "to": ["たんぽぽフーズ 加盟店オーナー 堀之内様 <horinouchi@tanpopo-foods.jp>"],
        "subject": "【至急】一宮店 従業員の就業制限について",
        "charset": "iso-2022-jp",
        "body": """たんぽぽフーズ株式会社
堀之内オーナー

お疲れさまです。本部 品質保証室の藤巻です。

昨日ご報告いただいた件、検便の結果が出ました。
一宮店アルバイトの 鈴木 奏太 さん（ホール・キッチン兼務）が
ノロウイルス陽性でした。ご本人は12月5日夜から嘔吐の症状があり、
6日・7日は出勤していたとのことです。

・鈴木さんは陰性確認まで調理・配膳業務に就かせないでください
・6日・7日に同じシフトだった方の体調確認をお願いします
・店内の次亜塩素酸による消毒は本日中に実施してください

保健所への報告は本部から行います。ご対応よろしくお願いします。

品質保証室 藤巻（携帯 090-6612-3307）
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named part-timer's norovirus test result and symptoms (health) sent to an external franchisee",
    },
    {
        "id": "restaurant-020",
        "expect": "pass",
        "sender": "林 智子 <t.hayashi@hinode-sangyo.co.jp>",
        "to": ["はなみずき企画 中根様 <nakane@hanamizuki-kikaku.co.jp>"],
        "subject": "Re: 謝恩会 出席者名簿の送付",
        "charset": "iso-2022-jp",
        "body": """中根様

お世話になっております。日の出産業の林です。
名簿を確かに受領いたしました。
お席札は名簿の順で作成し、前日までにPDFで校正をお送りいたします。

引き続きよろしくお願いいたします。
林

> 林様
>
> はなみずき企画の中根です。謝恩会の出席者名簿をお送りします。
>
> 氏名          電話            メール
> 梶浦 俊彦     090-2218-4476   kajiura.t@example-mail.jp
> 藍沢 美和     080-6630-1195   aizawa.miwa@example-mail.jp
> 志摩 圭介     070-3381-2260   shima-k@example-mail.jp
> 八木沼 亮子   090-7742-0583   ryoko.y@example-mail.jp
> 逢坂 誠       080-1159-6672   m.ousaka@example-mail.jp
> 水無瀬 恵     090-4407-3318   minase@example-mail.jp
>
> よろしくお願いいたします。
""",
        "entities": [],
        "detectors": [],
        "note": "the guest list is only in quoted text from the customer's own mail; new text has no personal data",
    },
    {
        "id": "restaurant-021",
        "expect": "stop",
        "sender": "大河内 俊 <s.okochi@hinode-sangyo.co.jp>",
        "to": ["スタッフブリッジ 名古屋支店 <nagoya@staff-bridge.co.jp>"],
        "subject": "年末派遣スタッフの当日連絡先確認",
        "charset": "utf-8",
        "body": """スタッフブリッジ株式会社 名古屋支店
コーディネーター 平賀様

お世話になっております。日の出産業 店舗運営部の大河内です。
年末の派遣スタッフについて、当社で控えている連絡先を貼り付けます。
変更がある方がいれば教えてください（エクセルからそのまま貼っています）。

氏名	就業先	期間	携帯	メール
栗栖 はるな	ひので食堂 金山店	12/26-12/31	090-8831-2274	haruna.kurisu@docomo.ne.jp
千賀 俊	ひので食堂 金山店	12/26-12/31	080-4470-6615	shun.chiga@gmail.com
南雲 亜美	ひので食堂 今池店	12/28-12/31	070-2219-8803	ami_nagumo@yahoo.co.jp
嵯峨 勇気	ひので食堂 今池店	12/28-12/30	090-5502-3371	saga.yuki0521@icloud.com
石破 こころ	カフェ・ソレイユ栄	12/23-12/25	080-6681-4490	kokoro.i@ezweb.ne.jp
洞口 大和	カフェ・ソレイユ栄	12/23-12/25	090-1193-7726	yamato.horaguchi@outlook.jp

よろしくお願いいたします。

日の出産業株式会社 店舗運営部
大河内 俊　TEL 052-261-4430
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of 6 temps' mobiles and private e-mail addresses to the staffing agency",
    },
    {
        "id": "restaurant-022",
        "expect": "pass",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 料飲部 <fb@sakura-hotel.jp>"],
        "subject": "12/11 ブライダル試食会 当社参加者",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 料飲部 御中

お世話になっております。日の出産業の荻野です。
12月11日（木）14時からのブライダル試食会、当社からは以下3名で伺います。
当日何かありましたら各自の携帯にご連絡ください。

・荻野 拓海（ケータリング事業部）　080-4471-2093
・三好 真央（ケータリング事業部）　090-2285-6631
・遠山 啓介（調理長）　　　　　　　070-3319-4402

駐車場を1台分お借りできますと助かります。
どうぞよろしくお願いいたします。

荻野
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with their mobiles to a partner hotel: short list, may be warned",
    },
    {
        "id": "restaurant-023",
        "expect": "stop",
        "sender": "ケータリング事業部 配食チーム <haishoku@hinode-sangyo.co.jp>",
        "to": ["配送ネット東海 <info@haiso-net.co.jp>"],
        "subject": "1月からの配食弁当 配達先リスト（守山エリア）",
        "charset": "utf-8",
        "body": """配送ネット東海株式会社 御中

お世話になっております。日の出産業 ケータリング事業部 配食チームの宇津木です。
1月5日より守山エリアの個人宅配食を御社に委託いたします。
配達先リストをWordでお送りしますので、ルート作成をお願いいたします。
不在時は玄関前の保冷ボックスへの置き配で問題ないお客様のみ「置配可」としています。

宇津木 玲　TEL 052-261-4458
""",
        "attachments": [{
            "kind": "docx",
            "name": "配達先リスト_守山.docx",
            "title": "配食弁当 配達先リスト",
            "paragraphs": ["配食弁当「ひので膳」配達先リスト（守山エリア）", "2026年1月5日〜 月〜金 昼食"],
            "tables": [[
                ["No", "お名前", "住所", "電話", "備考"],
                ["1", "長曽我部 キヨ 様", "名古屋市守山区小幡南2-14-8", "052-791-3386", "置配可"],
                ["2", "箕輪 正雄 様", "名古屋市守山区大森3-1105", "052-798-2241", "手渡し"],
                ["3", "瓜生 トシ子 様", "名古屋市守山区瀬古東1-512", "052-793-6670", "置配可"],
                ["4", "阿久津 重信 様", "名古屋市守山区苗代2-9-21 コーポ苗代103", "090-1158-7724", "手渡し"],
                ["5", "小豆沢 フミ 様", "名古屋市守山区川宮町84", "052-791-0938", "置配可"],
                ["6", "御手洗 勝 様", "名古屋市守山区緑ヶ丘1020", "052-736-4417", "手渡し（娘様 080-3342-7719）"],
            ]],
        }],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 6 private customers' home addresses and phones to a delivery subcontractor",
    },
    {
        "id": "restaurant-024",
        "expect": "pass",
        "sender": "Kenichi Kuwabara <k.kuwabara@hinode-sangyo.co.jp>",
        "to": ["Giulia Ferraro <g.ferraro@vino-ponte.com>"],
        "subject": "Order confirmation - Spring wine list (our PO-25-12-0301)",
        "charset": "utf-8",
        "body": """Dear Ms Ferraro,

Thank you for your quick reply and for the revised quotation (Q-VP-2025-118).
We are pleased to confirm the following order for our restaurants:

  Item code   Description                         Qty (cases of 12)
  VP-PIE-07   Langhe Nebbiolo DOC 2022            10
  VP-SIC-12   Etna Bianco DOC 2023                 8
  VP-VEN-03   Prosecco Superiore DOCG Brut        15

Please ship to our bonded warehouse agent as before (Incoterms CIF Nagoya),
and send the commercial invoice and packing list to this address.
Payment will be made by T/T within 30 days of the invoice date.

Best regards,

Kenichi Kuwabara
Purchasing Section, Restaurant Division
Hinode Sangyo Co., Ltd.
3-18-7 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel +81-52-261-3310

This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited.
""",
        "entities": [],
        "detectors": [],
        "note": "English order mail with codes and the standard confidentiality disclaimer",
    },
    {
        "id": "restaurant-025",
        "expect": "stop",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 年末配送センター <nenmatsu@aoba-unyu.co.jp>"],
        "subject": "おせち個人宅配送 依頼書（12/31着 第3便）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
年末配送センター ご担当者様

お世話になっております。日の出産業の荻野です。
おせち個人宅配送（12/31着 第3便）の依頼書をPDFでお送りいたします。
冷蔵（0〜5℃）での配送をお願いいたします。

日の出産業株式会社 ケータリング事業部　荻野
""",
        "attachments": [{
            "kind": "pdf",
            "name": "osechi_haiso_0331.pdf",
            "title": "おせち配送依頼書",
            "lines": ["おせち個人宅配送 依頼書（12/31着 第3便）", "荷主：日の出産業株式会社 ケータリング事業部", ""],
            "table": [
                ["No", "お届け先", "住所", "電話", "商品", "時間帯"],
                ["1", "渥美 康弘", "名古屋市天白区植田山4-1502", "052-804-3317", "三段重 雅", "午前"],
                ["2", "榊原 ちひろ", "名古屋市名東区一社2-88 一社ハイツ405", "090-7730-1148", "二段重 彩", "午前"],
                ["3", "笹島 登", "愛知県日進市赤池2-1108", "0561-73-2290", "三段重 雅", "14-16時"],
                ["4", "舟橋 由紀子", "名古屋市昭和区川名本町3-27", "080-2214-5560", "一段重 小町", "午前"],
                ["5", "嘉山 徹", "愛知県長久手市岩作中島41-2", "0561-62-8814", "二段重 彩", "16-18時"],
                ["6", "雨宮 恭平", "名古屋市千種区星が丘元町14-9", "090-4456-2273", "三段重 雅", "14-16時"],
                ["7", "鳥居 さゆり", "名古屋市瑞穂区彌富町紅扇里33", "052-832-1176", "一段重 小町", "午前"],
                ["8", "伊集院 隆", "愛知県豊明市沓掛町森下5-7", "0562-93-4401", "三段重 雅", "16-18時"],
            ],
            "page_footer": "日の出産業株式会社 ケータリング事業部",
        }],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 8 private customers' home addresses and phone numbers sent to the carrier",
    },
    {
        "id": "restaurant-026",
        "expect": "pass",
        "sender": "石動 亮 <r.isurugi@hinode-sangyo.co.jp>",
        "to": ["朝日工業 経理部 <keiri@asahi-kogyo.co.jp>"],
        "subject": "請求書送付のご案内（請求書番号 HS-C-2512-0087）",
        "charset": "cp932",
        "body": f"""朝日工業株式会社
経理部 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
11月分ケータリングご利用代金の請求書を送付いたします。

請求書番号：HS-C-2512-0087
請求日　　：2025年11月30日
ご請求金額：418,660円（税込）
　うち10%対象 198,000円 / 8%対象 189,500円
お支払期限：2025年12月31日
お振込先　：みどり銀行 栄支店 当座 0481127 ニチノデサンギョウ（カ
適格請求書発行事業者登録番号：{HINODE_T}

※原本は本日郵送いたしました。
ご不明な点は経理課までお問い合わせください。

日の出産業株式会社 管理本部 経理課
石動 亮　TEL 052-261-4410
""",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice mail: invoice number, the company's own bank account and T-number (corporate, not personal)",
    },
    {
        "id": "restaurant-027",
        "expect": "stop",
        "sender": "CRM推進室 <crm@hinode-sangyo.co.jp>",
        "to": ["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
        "subject": "ひのでポイント会員 新春DM 宛名データ",
        "charset": "utf-8",
        "body": """錦印刷株式会社 DM事業部
ご担当 村瀬様

お世話になっております。日の出産業 CRM推進室の浅香です。
新春DMの宛名データ（ゴールド会員分）をZIPでお送りします。
中身はCSV（UTF-8）1ファイルです。宛名面の校正をお願いします。

浅香 智美
日の出産業株式会社 CRM推進室  052-261-4465
""",
        "attachments": [{
            "kind": "zip",
            "name": "dm_atena_gold.zip",
            "files": [{
                "kind": "csv",
                "name": "dm_atena_gold.csv",
                "encoding": "utf-8",
                "rows": [
                    ["会員番号", "氏名", "郵便番号", "住所1", "住所2"],
                    ["HP00182734", "相良 まどか", "464-0075", "愛知県名古屋市千種区内山1-9-3", ""],
                    ["HP00190012", "神谷 伸之", "466-0815", "愛知県名古屋市昭和区山手通2-17", "山手ハイツ202"],
                    ["HP00201558", "浜島 礼子", "458-0847", "愛知県名古屋市緑区浦里3-118", ""],
                    ["HP00213396", "古謝 健", "486-0945", "愛知県春日井市勝川町8-2-5", ""],
                    ["HP00227741", "蜂須賀 みのり", "444-0872", "愛知県岡崎市竜美西1-4-10", "竜美マンション501"],
                    ["HP00231180", "鍋島 浩二", "491-0858", "愛知県一宮市栄4-6-23", ""],
                    ["HP00245503", "東海林 亜紀", "470-0136", "愛知県日進市竹の山5-1402", ""],
                    ["HP00252217", "真栄田 諒", "500-8856", "岐阜県岐阜市橋本町3-8", "ライフ橋本708"],
                    ["HP00268849", "生駒 千夏", "510-0086", "三重県四日市市諏訪栄町2-15", ""],
                    ["HP00270093", "二階堂 修", "471-0025", "愛知県豊田市西町3-47", ""],
                ],
            }],
        }],
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP holding a CSV of 10 loyalty members' names and home addresses sent to the printer",
    },
    {
        "id": "restaurant-028",
        "expect": "pass",
        "sender": "品質保証室 西條 <a.saijo@hinode-sangyo.co.jp>",
        "to": ["かえで市食品衛生協会 事務局 <jimukyoku@kaede-shokuei.or.jp>"],
        "subject": "「冬期の食中毒予防と従業員の健康管理」講習会 申込",
        "charset": "iso-2022-jp",
        "body": """かえで市食品衛生協会 事務局 御中

いつもお世話になっております。
日の出産業株式会社 品質保証室の西條と申します。

1月20日（火）開催の講習会「冬期の食中毒予防と従業員の健康管理
〜ノロウイルス・腸管出血性大腸菌への備え〜」に、当社から2名の参加を申し込みます。

　参加者：西條 梓（品質保証室）、戸田 翼（ひので食堂 金山店 店長）
　営業許可番号：かえで市 第0412-00718号（ひので食堂 金山店）

受講料（1名2,000円）は当日現金でお支払いいたします。
よろしくお願いいたします。

日の出産業株式会社 品質保証室
西條 梓　TEL 052-261-4491
""",
        "entities": [],
        "detectors": [],
        "note": "health words are a seminar title; two names with no personal data; a business licence number",
    },
    {
        "id": "restaurant-029",
        "expect": "stop",
        "sender": "小野寺 玲奈 <r.onodera@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質管理部 <qa@kitaguni-foods.co.jp>"],
        "subject": "FW: 【お客様相談室】いくら醤油漬け 異物混入申し出一覧",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
品質管理部 御中

日の出産業 お客様相談室の小野寺です。
社内で取りまとめた申し出一覧を転送いたします。
いずれも御社ロット KF-IK-251118 のいくら醤油漬けで、
お客様への回収品送付のお願いを御社から直接していただく前提です。

---------- Forwarded message ---------
From: 小野寺 玲奈 <r.onodera@hinode-sangyo.co.jp>
Date: 2025年12月4日(木) 16:12
Subject: 【お客様相談室】いくら醤油漬け 異物混入申し出一覧
To: 品質保証室 <qa@hinode-sangyo.co.jp>

品質保証室各位

11/25以降、いくら丼で透明樹脂片の混入申し出が5件ありました。
けが・体調不良の申し出はありません。

受付日  店舗      お客様名      電話            内容
11/25   金山店    坪井 達也     090-3372-1105   樹脂片 約3mm
11/27   今池店    桐生 明美     080-6658-2291   樹脂片 約5mm
11/28   金山店    羽生 宗一郎   052-682-4470    樹脂片 2片
12/01   一宮店    篠塚 久美     070-1124-6638   樹脂片 約2mm
12/02   岡崎店    久我 拓海     090-8841-3306   樹脂片 約4mm

現品は各店で保管中です。

小野寺
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of an internal mail: 5 complaining customers' names and phones now go to the supplier",
    },
    {
        "id": "restaurant-030",
        "expect": "pass",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 開発部 杉浦様 <sugiura@kitaguni-foods.co.jp>"],
        "subject": "Re: 特製だし 試作品の件",
        "charset": "utf-8",
        "body": """杉浦様

お世話になっております。日の出産業の荻野です。
試作品3種、本日受領しました。ありがとうございます。

一点お願いがございます。今回の配合は当社料理長のレシピを基にしており、
社内でも機密性の高い情報として扱っておりますので、試作品や工場内の写真を
SNS・展示会資料等に使用されないようご配慮いただけますと幸いです。
（秘密保持契約の範囲内と理解しておりますが、念のため。）

官能評価の結果は12月15日頃にお伝えします。

荻野
""",
        "entities": [],
        "detectors": [],
        "note": "機密 used in passing about a recipe, not a classification of the mail",
    },
]

# ---------------------------------------------------------------------------- 031-045
MESSAGES += [
    {
        "id": "restaurant-031",
        "expect": "stop",
        "sender": "須藤 美咲 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["みなと行政書士事務所 <info@minato-gyosei.jp>"],
        "subject": "外国籍アルバイトの資格外活動許可 確認のご相談",
        "charset": "utf-8",
        "body": """みなと行政書士事務所
港先生

いつもお世話になっております。日の出産業 人事労務課の須藤です。

来月から今池店で採用予定の留学生について、週28時間の範囲で
シフトを組む予定です。在留カードの記載内容を下記に転記しますので、
雇用にあたり問題がないかご確認いただけますでしょうか。

　氏名：NGUYEN THI THU HA（グエン ティ トゥ ハ）
　国籍・地域：ベトナム
　生年月日：2003年4月17日
　在留資格：留学
　在留期間（満了日）：2027年3月31日
　在留カード番号：AB48217736CD
　資格外活動許可：あり（原則週28時間以内・風俗営業等の従事を除く）

ご多忙のところ恐縮ですが、よろしくお願いいたします。

日の出産業株式会社 管理本部 人事労務課
須藤 美咲　TEL 052-261-4403
""",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a foreign part-timer's residence card number and DOB to an outside scrivener",
    },
    {
        "id": "restaurant-032",
        "expect": "pass",
        "sender": "宴会営業課 小林 <s.kobayashi@hinode-sangyo.co.jp>",
        "to": ["Event Planning <planning@lumina-events.co.jp>"],
        "subject": "2026年 大型宴会の提携会場一覧",
        "charset": "utf-8",
        "body": """ルミナイベンツ株式会社
企画部 御中

お世話になっております。日の出産業 宴会営業課の小林です。
当社がケータリングで入れる提携会場を一覧にしました。
周年パーティーのご提案時にお使いください。

会場名                    所在地                 立食最大  代表電話
さくらホテル 鳳凰の間     名古屋市中区錦3        400名     052-211-8800
さくらホテル 桜花の間     名古屋市中区錦3        150名     052-211-8800
ホテル栄グランデ 翠玉     名古屋市中区栄4        250名     052-241-3300
名港ベイホール            名古屋市港区港町       600名     052-654-1200
和食処ひので 本町店 大広間 名古屋市中区栄2      80名      052-251-0831
白鳥庭園 清羽亭           名古屋市熱田区熱田西町 60名      052-681-8928

持込料・音響設備の詳細は会場ごとに異なりますので、個別にお問い合わせください。

小林 沙耶　TEL 052-261-4471
""",
        "entities": [],
        "detectors": [],
        "note": "a list of venues with switchboard numbers: businesses, not people",
    },
    {
        "id": "restaurant-033",
        "expect": "stop",
        "sender": "林 智子 <t.hayashi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会調理 <kitchen-banquet@sakura-hotel.jp>"],
        "subject": "12/12 東邦電設様 創立50周年 来賓の食事対応",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会調理 ご担当者様

いつもお世話になっております。日の出産業の林です。
12月12日の東邦電設様 創立50周年記念式典（鳳凰の間）の件です。

主賓席の綿貫 修一 様（東邦電設 相談役）は重いそばアレルギーをお持ちで、
過去にアナフィラキシーショックで救急搬送されたことがあり、
当日もエピペンを携帯されるとのことです。
主賓席の料理はそば粉・そば湯を使用しない別ラインでご用意いただき、
同じ卓の方のお料理も念のためそば抜きでお願いいたします。

また乾杯の発声をされる菱川 久美子 様（同社 取締役）は
妊娠中のため、アルコールを使わないお料理・ノンアルコールでのご用意をお願いします。

万一の際は幹事の東邦電設 総務部 大江様（090-4418-6627）にご連絡ください。

日の出産業株式会社 宴会営業課　林 智子
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a named guest's severe allergy and anaphylaxis history (medical) sent to the hotel kitchen",
    },
    {
        "id": "restaurant-034",
        "expect": "pass",
        "sender": "藤巻 剛 <t.fujimaki@hinode-sangyo.co.jp>",
        "to": ["品質保証委員会 <qa-committee@hinode-sangyo.co.jp>"],
        "cc": ["外食事業本部長 <honbucho-gaishoku@hinode-sangyo.co.jp>"],
        "subject": "【社内報告】金山店 食中毒疑い事案 第1報",
        "charset": "iso-2022-jp",
        "body": """品質保証委員会各位

品質保証室 藤巻です。金山店の事案の第1報です。

■申出者：前園 亜紀子 様（080-3317-6624）
■喫食日：11月29日（土）昼　鶏わさ定食
■症状　：12月1日から発熱・下痢。12月2日に消化器内科でカンピロバクター腸炎と
　　　　　診断、2日間入院。現在は退院し自宅療養中。
■対応　：12/3 保健所立入検査済み。鶏わさの提供を全店で一時中止。
　　　　　ときわ損保へ事故報告済み。

同日の喫食者（推定42名）からの申し出は現時点でありません。
次回報告は保健所の検査結果が出次第行います。

藤巻
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a customer's diagnosis, but only internal recipients",
    },
    {
        "id": "restaurant-035",
        "expect": "stop",
        "sender": "須藤 美咲 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 団体保険課 <dantai@tokiwa-sonpo.co.jp>"],
        "subject": "団体傷害保険 被保険者追加（12月入社アルバイト6名）",
        "charset": "cp932",
        "body": """ときわ損害保険株式会社
団体保険課 御中

お世話になっております。日の出産業 人事労務課の須藤です。
団体傷害保険（証券番号 GA-5520-88170）に、12月入社のアルバイト6名の
追加加入をお願いいたします。

・漆原 陽向（ウルシハラ ヒナタ）　平成１９年２月１１日生
　愛知県名古屋市中村区名駅南2-7-14
・国分 沙也加（コクブ サヤカ）　　平成１６年９月３日生
　愛知県名古屋市中川区八田町1105
・臼井 健吾（ウスイ ケンゴ）　　　昭和５８年４月２日生
　愛知県名古屋市南区呼続3-18-6
・天童 莉子（テンドウ リコ）　　　平成１８年１２月２５日生
　愛知県名古屋市熱田区六番2-4-30 レジデンス六番407
・大貫 信也（オオヌキ シンヤ）　　昭和４７年１０月１９日生
　愛知県名古屋市港区港栄1-9-2
・琴平 舞（コトヒラ マイ）　　　　平成２年６月８日生
　愛知県名古屋市瑞穂区堀田通8-33

加入日はいずれも12月1日です。保険料の追加請求書をお送りください。

須藤 美咲（人事労務課）TEL 052-261-4403
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "bullet list of 6 new part-timers' names, 和暦 birth dates and home addresses to the insurer",
    },
    {
        "id": "restaurant-036",
        "expect": "pass",
        "sender": "カフェ・ソレイユ栄 店長 <soleil-sakae@hinode-sangyo.co.jp>",
        "to": ["パティスリー・ルミエール <order@patisserie-lumiere.jp>"],
        "subject": "Re: 名入れホールケーキ（12/20受取）のご注文主について",
        "charset": "iso-2022-jp",
        "body": """パティスリー・ルミエール
ご担当者様

いつもお世話になっております。カフェ・ソレイユ栄の鵜飼です。
お問い合わせの件、プレートの文字について当店では判断できないため、
恐れ入りますがご注文主様へ直接ご確認いただけますでしょうか。

　ご注文主：湯浅 千里 様
　ご連絡先：090-6627-3184（日中可とのことです）

受け取りは12/20 15時に当店で変更ありません。
よろしくお願いいたします。

カフェ・ソレイユ栄　鵜飼
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one customer's name and phone passed to a supplier: a single person, at most a warning",
    },
    {
        "id": "restaurant-037",
        "expect": "stop",
        "sender": "林 智子 <t.hayashi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
        "subject": "1/24 新年会 お料理内容の最終確認",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の林です。
1月24日 鳳凰の間の新年会について、お料理は前回お打ち合わせの
「新春会席B（12,000円）」で確定とさせてください。
お飲み物はフリードリンク2時間、鏡開き用の樽酒を1樽追加でお願いします。

林
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hote1.jp: the l of partner sakura-hotel.jp replaced by the digit 1",
    },
    {
        "id": "restaurant-038",
        "expect": "pass",
        "sender": "販促企画課 寺西 <m.teranishi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 営業企画 <kikaku@sakura-hotel.jp>"],
        "cc": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "共同ブライダルフェア告知物の打合せ日程",
        "charset": "utf-8",
        "body": """さくらホテル 営業企画 ご担当者様
（cc：錦印刷 営業部 様）

お世話になっております。日の出産業 販促企画課の寺西です。
3月の共同ブライダルフェアの告知物（チラシ・ポスター）について、
三社でお打ち合わせをさせていただきたく、候補日をお送りします。

　① 12月16日（火）10:00〜11:00
　② 12月17日（水）15:00〜16:00
　③ 12月19日（金）13:00〜14:00

場所はさくらホテル様の会議室をお借りできれば幸いです。
ご都合のよい日時をお知らせください。

寺西 美帆
日の出産業株式会社 外食事業本部 販促企画課
TEL 052-261-4461
""",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external partner organisations in To/Cc: a normal three-way meeting mail",
    },
    {
        "id": "restaurant-039",
        "expect": "stop",
        "sender": "桑原 健一 <k.kuwabara@hinode-sangyo.co.jp>",
        "to": ["米屋田中 営業部 <eigyo@komeya-tanaka.co.jp>"],
        "cc": ["北陸米穀 <sales@hokuriku-beikoku.jp>",
               "東北グレイン 業務用営業課 <gyomu@tohoku-grain.co.jp>"],
        "subject": "2026年度 業務用米 年間取引のお見積り依頼",
        "charset": "iso-2022-jp",
        "body": """各位

お世話になっております。日の出産業株式会社 購買課の桑原でございます。
2026年度（4月〜翌3月）の業務用精米について、お見積りをお願いいたします。

　品目：愛知県産 あいちのかおり（1等）/ 新潟県産 こしいぶき
　数量：年間約180t（月15t・10kg袋）
　納品：セントラルキッチン（小牧）ほか直営12店舗
　回答期限：2026年1月16日（金）

価格のほか、天候不順時の代替産地のご提案もいただけますと幸いです。

日の出産業株式会社 外食事業本部 購買課
桑原 健一　TEL 0568-72-3310
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing suppliers see each other in To/Cc: should have been Bcc",
    },
    {
        "id": "restaurant-040",
        "expect": "pass",
        "sender": "品質保証室 西條 <a.saijo@hinode-sangyo.co.jp>",
        "to": ["丸八水産 品質管理課 <hinshitsu@maruhachi-suisan.co.jp>"],
        "subject": "しらす干し 製造ロットと賞味期限のご確認",
        "charset": "utf-8",
        "body": """丸八水産株式会社
品質管理課 ご担当者様

お世話になっております。日の出産業 品質保証室の西條です。
11月納品分のしらす干しについて、店舗から賞味期限表示の印字が
かすれているとの報告がありました。下記ロットの製造日・期限をご確認ください。

ロット番号        製造日        賞味期限      納品日
MH-SR-251104-A    2025/11/04    2025/11/11    2025/11/05
MH-SR-251111-B    2025/11/11    2025/11/18    2025/11/12
MH-SR-251118-A    2025/11/18    2025/11/25    2025/11/19

また、印字機の点検予定日もあわせてお知らせいただけますと助かります。

西條 梓（品質保証室）
""",
        "entities": [],
        "detectors": [],
        "note": "production and best-before dates of lots: dates that are not birth dates",
    },
    {
        "id": "restaurant-041",
        "expect": "stop",
        "sender": "石動 亮 <r.isurugi@hinode-sangyo.co.jp>",
        "to": ["東邦電設 総務部 大江様 <oe@toho-densetsu.co.jp>"],
        "subject": "創立50周年記念式典 ご請求書（パスワード付PDF）",
        "charset": "iso-2022-jp",
        "body": """東邦電設株式会社
総務部 大江様

このたびは創立50周年記念式典のケータリングをご用命いただき、
誠にありがとうございました。
ご請求書をパスワード付きPDFにてお送りいたします。
パスワードは別メールにてお知らせいたします。

日の出産業株式会社 管理本部 経理課
石動 亮　TEL 052-261-4410
""",
        "attachments": [{
            "kind": "pdf",
            "name": "seikyusho_HS-C-2512-0102.pdf",
            "password": "Hinode1212",
            "lines": ["御請求書", "請求書番号 HS-C-2512-0102", "東邦電設株式会社 御中", "ご請求金額 2,486,000円（税込）"],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    {
        "id": "restaurant-042",
        "expect": "pass",
        "sender": "早乙女 由佳 <y.saotome@hinode-sangyo.co.jp>",
        "to": ["経理課 <keiri@hinode-sangyo.co.jp>"],
        "cc": ["人事労務課長 <jinji-kacho@hinode-sangyo.co.jp>"],
        "subject": "11月分 パート給与振込データ（承認依頼）",
        "charset": "iso-2022-jp",
        "body": """経理課 各位

人事労務課の早乙女です。
11月分パート・アルバイト給与の振込データを添付します。
承認後、みどり銀行のネットバンキングから伝送をお願いします（指定日12/10）。

件数：14件　合計：1,402,816円

早乙女
""",
        "attachments": [{
            "kind": "csv",
            "name": "part_kyuyo_202511.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "銀行", "支店", "口座番号", "支給額"],
                ["P20418", "朝倉 美咲", "みどり銀行", "栄", "3048815", "98412"],
                ["P20433", "石川 悠斗", "みどり銀行", "栄", "2107734", "121560"],
                ["P20502", "内田 真理子", "みどり銀行", "今池", "5529018", "64200"],
                ["P20517", "海老原 翔太", "東海信金", "金山", "0881462", "143775"],
                ["P20561", "大牧 恵子", "みどり銀行", "栄", "7720356", "88910"],
                ["P20588", "梶原 涼", "あおい銀行", "名駅", "1934087", "112034"],
                ["P20610", "桐谷 夏美", "みどり銀行", "大曽根", "4460279", "57680"],
            ],
        }],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "payroll CSV with bank accounts, but all recipients are internal",
    },
    {
        "id": "restaurant-043",
        "expect": "stop",
        "sender": "ケータリング事業部 三好 <m.miyoshi@hinode-sangyo.co.jp>",
        "to": ["なごみハラールキッチン <info@nagomi-halal.jp>"],
        "subject": "12/18 研修懇親会 個別対応のお弁当1食のご依頼",
        "charset": "utf-8",
        "body": """なごみハラールキッチン 御中

はじめてご連絡いたします。日の出産業 ケータリング事業部の三好と申します。
12月18日に当社がケータリングを担当する研修懇親会（川崎電機様）で、
参加者のお一人 アブドゥッラー・ハキミ 様がムスリムで、
ハラール対応のお食事をご希望されています。
当社のキッチンでは豚・アルコールの完全な分離ができないため、
御社で1食ご用意いただけないでしょうか。

ハキミ様はラマダン期間ではないため昼食は通常どおり召し上がるとのこと、
お祈りの時間（13時頃）に合わせて12:30までの納品を希望します。

ご検討のほどよろしくお願いいたします。

日の出産業株式会社 ケータリング事業部
三好 真央　TEL 052-261-4457
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's religion (Muslim, prayer times) sent to an outside caterer",
    },
    {
        "id": "restaurant-044",
        "expect": "pass",
        "sender": "品質保証室 西條 <a.saijo@hinode-sangyo.co.jp>",
        "to": ["かえで市保健所 生活衛生課 <seikatsu-eisei@city.kaede.lg.jp>"],
        "subject": "営業許可の更新手続きについて（ひので食堂 鳴海店）",
        "charset": "iso-2022-jp",
        "body": """かえで市保健所 生活衛生課 御中

お世話になっております。日の出産業株式会社 品質保証室の西條です。
下記店舗の営業許可が令和８年２月末で満了となるため、更新申請の
必要書類と施設確認の日程について教えていただけますでしょうか。

　施設名称：ひので食堂 鳴海店
　営業許可番号：第２０５４－０００３１２号（飲食店営業）
　許可年月日：令和３年３月１日
　食品衛生責任者：戸田 翼（養成講習会 修了証番号 2019-A-04471）
　厨房設備：変更なし（令和５年に冷蔵庫1台入替済み）

窓口への持参は2月上旬を予定しております。
よろしくお願いいたします。

日の出産業株式会社 品質保証室 西條 梓　TEL 052-261-4491
""",
        "entities": [],
        "detectors": [],
        "note": "licence and certificate numbers and dates that look like identifiers but belong to a business",
    },
    {
        "id": "restaurant-045",
        "expect": "stop",
        "sender": "早乙女 由佳 <y.saotome@hinode-sangyo.co.jp>",
        "to": ["給与サポート東海 <hinode@kyuyo-support.co.jp>"],
        "subject": "12月分 勤怠データ（FC支援店舗 アルバイト分）",
        "charset": "cp932",
        "body": """給与サポート東海株式会社
ご担当 江口様

お世話になっております。日の出産業 人事労務課の早乙女です。
12月分の勤怠・振込先データを旧形式（xls）でお送りします。
新システム移行前のため、今月まではこちらでお願いします。

早乙女
""",
        "attachments": [{
            "kind": "xls",
            "name": "kintai_202512.xls",
            "sheets": {
                "勤怠": [
                    ["社員番号", "氏名", "店舗", "時給", "勤務時間", "深夜時間"],
                    ["A1102", "新開 ゆかり", "岡崎店", 1150, 96.5, 0],
                    ["A1108", "宇喜多 恒平", "岡崎店", 1200, 121.0, 18.5],
                    ["A1115", "冨樫 まりな", "岡崎店", 1100, 64.0, 0],
                    ["A1121", "日比野 蓮", "豊田店", 1150, 88.0, 12.0],
                    ["A1126", "須貝 奈央", "豊田店", 1100, 72.5, 0],
                    ["A1133", "葛西 隼人", "豊田店", 1250, 140.0, 22.0],
                ],
                "振込先": [
                    ["社員番号", "氏名", "金融機関", "支店", "種別", "口座番号"],
                    ["A1102", "新開 ゆかり", "みどり銀行", "岡崎", "普通", "6620148"],
                    ["A1108", "宇喜多 恒平", "岡崎信金", "本店", "普通", "0193375"],
                    ["A1115", "冨樫 まりな", "みどり銀行", "岡崎", "普通", "4472019"],
                    ["A1121", "日比野 蓮", "豊田中央銀行", "豊田", "普通", "1108834"],
                    ["A1126", "須貝 奈央", "みどり銀行", "豊田", "普通", "3356027"],
                    ["A1133", "葛西 隼人", "ゆうちょ銀行", "二一八", "普通", "5582140"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with 6 part-timers' hours and bank accounts to a payroll outsourcer",
    },
]

# ---------------------------------------------------------------------------- 046-060
MESSAGES += [
    {
        "id": "restaurant-046",
        "expect": "stop",
        "sender": "ケータリング事業部 <catering@hinode-sangyo.co.jp>",
        "to": [
            "朝日工業 総務課 <kira@asahi-kogyo.co.jp>",
            "東邦電設 総務部 <oe@toho-densetsu.co.jp>",
            "中部メディカル 庶務 <shomu@chubu-medical.or.jp>",
            "ミナト精機 人事総務 <soumu@minato-seiki.co.jp>",
            "名城大学 生協食堂 <shokudo@meijo-coop.ac.jp>",
        ],
        "subject": "【重要】12/8配送 ケータリング弁当 一部商品の回収とお詫び",
        "charset": "iso-2022-jp",
        "body": """お取引先各位

平素より日の出産業のケータリングをご利用いただき、誠にありがとうございます。

12月8日（月）にお届けした「幕の内 日の出」のうち、製造ロット1208-Bの
ごま和えに、表示のない「落花生」を含むドレッシングが使用されていたことが判明しました。
落花生アレルギーをお持ちの方は召し上がらないようお願いいたします。
未開封の商品は回収させていただき、代金は全額返金いたします。

お客様にはご迷惑をおかけしましたことを深くお詫び申し上げます。
お問い合わせ：ケータリング事業部 0120-61-0880（9:00〜18:00）

日の出産業株式会社 ケータリング事業部長 大熊 茂
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "recall notice addressed to five client organisations in one visible To line",
    },
    {
        "id": "restaurant-047",
        "expect": "stop",
        "sender": "宮城 陽菜 <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["小倉オーナー <ogura@ogura-shoji.co.jp>"],
        "subject": "春日井店 店長候補の件（ご相談）",
        "charset": "utf-8",
        "body": """小倉様

お世話になっております。FC事業部の宮城です。
先日ご推薦いただいた春日井店の店長候補、寺島 勇治さんの件でご相談です。

本部の採用面談でご本人から申告があったのですが、寺島さんは3年前に
前職の飲食店で売上金の横領により逮捕され、懲役1年・執行猶予3年の判決を
受けているとのことです。猶予期間は来年5月で満了するそうです。
ご本人は正直に話してくださり、面談の印象もとても良かったのですが、
現金管理を任せる店長職でよいかどうか、オーナーのご判断を仰ぎたく存じます。

本件はご本人の了解を得てお伝えしていますが、取り扱いにはご注意ください。
来週お電話でお話しできればと思います。

宮城 陽菜（FC事業部）052-261-4480
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named candidate's arrest and criminal conviction sent to an external franchise owner",
    },
    {
        "id": "restaurant-048",
        "expect": "pass",
        "sender": "品質保証室 藤巻 <t.fujimaki@hinode-sangyo.co.jp>",
        "to": ["フードセーフティ・コンサルティング 山科様 <yamashina@fs-consulting.co.jp>"],
        "subject": "HACCP衛生管理計画 改訂案のレビュー依頼",
        "charset": "iso-2022-jp",
        "body": """フードセーフティ・コンサルティング株式会社
山科様

お世話になっております。日の出産業 品質保証室の藤巻です。
衛生管理計画（一般衛生管理・従業員の健康管理の章）の改訂案を添付します。
ノロウイルス流行期の就業制限の基準を中心にご意見をいただけますと幸いです。

藤巻
""",
        "attachments": [{
            "kind": "docx",
            "name": "衛生管理計画_改訂案_v3.docx",
            "title": "衛生管理計画 改訂案",
            "paragraphs": [
                "衛生管理計画（一般衛生管理）改訂案 第3版",
                "第5章 従業員の健康管理",
                "5.1 従業員は出勤時に体調チェック表へ記入し、下痢・嘔吐・発熱・手指の化膿創がある場合は店長に申告する。",
                "5.2 上記症状のある者は調理・盛付・配膳業務に従事させない。",
                "5.3 ノロウイルス感染が判明した者は、検便で陰性が確認されるまで食品を取り扱う業務に就かせない。",
                "5.4 検便は年2回（5月・11月）全従業員に実施する。結果は人事労務課が保管し、店舗には就業可否のみを通知する。",
                "第6章 アレルゲン管理",
                "6.1 特定原材料8品目を含むメニューは調理器具を色分けし、ピーナッツ・そばは専用器具とする。",
            ],
            "tables": [[
                ["症状", "就業制限", "復帰条件"],
                ["下痢・嘔吐", "調理・配膳不可", "症状消失後48時間"],
                ["発熱（37.5℃以上）", "出勤停止", "解熱後24時間"],
                ["手指の化膿創", "調理不可", "治癒または手袋着用"],
            ]],
        }],
        "entities": [],
        "detectors": [],
        "note": "health words in a hygiene policy document, not about any person",
    },
    {
        "id": "restaurant-049",
        "expect": "stop",
        "sender": "宮城 陽菜 <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["株式会社ひまわり商会 代表 日向様 <hinata@himawari-shokai.jp>"],
        "subject": "加盟条件のご説明資料",
        "charset": "iso-2022-jp",
        "body": """株式会社ひまわり商会
代表取締役 日向 様

先日は説明会にご参加いただきありがとうございました。
日の出産業 FC事業部の宮城です。
お話しした加盟条件の資料をお送りします。ご検討の参考にしてください。

ご不明な点があれば、お気軽にお問い合わせください。

宮城 陽菜
日の出産業株式会社 FC事業部　TEL 052-261-4480
""",
        "attachments": [{
            "kind": "pdf",
            "name": "ひので食堂_加盟条件_2026.pdf",
            "title": "ひので食堂 加盟条件 2026",
            "page_header": "社外秘",
            "lines": [
                "ひので食堂 フランチャイズ加盟条件（2026年度）",
                "",
                "加盟金：3,300,000円（税込）",
                "保証金：1,000,000円",
                "ロイヤリティ：月間売上高の4.5%（最低保証 月15万円）",
                "広告分担金：月間売上高の1.0%",
                "契約期間：5年（以後3年ごとの自動更新）",
                "開業前研修：直営店にて6週間",
            ],
            "page_footer": "日の出産業株式会社 FC事業部",
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the PDF carries a 社外秘 stamp in its page header; the mail body itself is harmless",
    },
    {
        "id": "restaurant-050",
        "expect": "pass",
        "sender": "セントラルキッチン 梶 <s.kaji@hinode-sangyo.co.jp>",
        "to": ["川崎電機 業務用厨房機器営業部 <kitchen@kawasaki-denki.co.jp>"],
        "subject": "スチームコンベクション実演会 参加者のご連絡",
        "charset": "utf-8",
        "body": """川崎電機株式会社
業務用厨房機器営業部 ご担当者様

お世話になっております。日の出産業 セントラルキッチンの梶です。
1月14日の新型スチコン実演会、当社からは下記4名で参加いたします。

氏名          所属                  メール                            携帯
梶 俊介       セントラルキッチン    s.kaji@hinode-sangyo.co.jp        090-3380-1147
遠山 啓介     調理長                k.toyama@hinode-sangyo.co.jp      070-3319-4402
能登 理沙     セントラルキッチン    r.noto@hinode-sangyo.co.jp        080-6652-2038
桑原 健一     購買課                k.kuwabara@hinode-sangyo.co.jp    090-2216-4187

入館証の発行に必要でしたら、他に必要な情報をお知らせください。

梶 俊介
""",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four of our own attendees with work mail and mobiles: under the list threshold, may be warned",
    },
    {
        "id": "restaurant-051",
        "expect": "stop",
        "sender": "ひので食堂 大曽根店 <ozone@hinode-sangyo.co.jp>",
        "to": [
            "aoi.k-0312@docomo.ne.jp",
            "shota.n77@ezweb.ne.jp",
            "rin-m@softbank.ne.jp",
            "kaito.fujisawa@gmail.com",
            "misaki_love_0815@yahoo.co.jp",
        ],
        "subject": "年末年始シフト希望の提出について",
        "charset": "iso-2022-jp",
        "body": """大曽根店スタッフのみなさん

お疲れさまです。店長の野々村です。
年末年始（12/27〜1/4）のシフト希望を12/10（水）までに提出してください。
LINEが使えない人がいるので、今回はメールで連絡しています。

・12/31は17時閉店、1/1は休業です
・年末は時給＋200円の手当がつきます
・希望は紙のシフト表に記入するか、このメールに返信でもOKです

よろしくお願いします！

ひので食堂 大曽根店 店長 野々村
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five part-timers' private carrier and free-mail addresses visible to each other in To",
    },
    {
        "id": "restaurant-052",
        "expect": "pass",
        "sender": "人事労務課 須藤 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["ひので食堂 岡崎店 店長 <okazaki@hinode-sangyo.co.jp>"],
        "subject": "岡崎店 スタッフ名簿（パスワード付）",
        "charset": "iso-2022-jp",
        "body": """岡崎店 店長 様

人事労務課の須藤です。
ご依頼のスタッフ名簿を送ります。パスワードは社内チャットでお伝えします。
店舗PCに保存せず、確認後は削除してください。

須藤
""",
        "attachments": [{
            "kind": "zip",
            "name": "okazaki_meibo.zip",
            "password": "okz-2025-meibo",
            "files": [{
                "kind": "csv",
                "name": "okazaki_meibo.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名", "携帯", "住所"],
                    ["新開 ゆかり", "090-7713-2209", "愛知県岡崎市竜美南2-4-8"],
                    ["宇喜多 恒平", "080-5524-1187", "愛知県岡崎市康生町515"],
                    ["冨樫 まりな", "070-2231-9046", "愛知県岡崎市羽根町小豆坂33"],
                ],
            }],
        }],
        "entities": [],
        "detectors": [],
        "note": "an encrypted ZIP, but the only recipient is internal",
    },
    {
        "id": "restaurant-053",
        "expect": "stop",
        "sender": "大河内 俊 <s.okochi@hinode-sangyo.co.jp>",
        "to": ["スタッフブリッジ 平賀様 <hiraga@staff-bridge.co.jp>"],
        "subject": "1月派遣シフト表（暗号化ZIP）",
        "charset": "utf-8",
        "body": """スタッフブリッジ株式会社
平賀様

お世話になっております。日の出産業の大河内です。
1月の派遣シフト表をお送りします。
ファイルはパスワード付きZIPです。パスワードは後ほど別メールでお送りします。

大河内 俊（店舗運営部）
""",
        "attachments": [{
            "kind": "zip",
            "name": "haken_shift_202601.zip",
            "password": "SB-0107",
            "files": [{
                "kind": "xlsx",
                "name": "haken_shift_202601.xlsx",
                "sheets": {"1月": [
                    ["氏名", "携帯", "1/5", "1/6", "1/7"],
                    ["栗栖 はるな", "090-8831-2274", "17-22", "休", "17-22"],
                    ["千賀 俊", "080-4470-6615", "休", "10-15", "10-15"],
                    ["南雲 亜美", "070-2219-8803", "11-16", "11-16", "休"],
                    ["嵯峨 勇気", "090-5502-3371", "17-23", "17-23", "17-23"],
                    ["石破 こころ", "080-6681-4490", "休", "17-22", "休"],
                ]},
            }],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external agency cannot be inspected",
    },
    {
        "id": "restaurant-054",
        "expect": "pass",
        "sender": "店舗運営部 大河内 <s.okochi@hinode-sangyo.co.jp>",
        "to": ["FCナビ 経営コンサルティング部 <consult@fc-navi.co.jp>"],
        "subject": "人員配置の分析用データ（店舗別集計）",
        "charset": "utf-8",
        "body": """FCナビ株式会社
経営コンサルティング部 高畑様

お世話になっております。日の出産業の大河内です。
先日ご依頼のあった人員配置分析用のデータを店舗別の集計でお送りします。
個人単位のデータは含めていません。

大河内
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "人員集計_2025下期.xlsx",
            "sheets": {
                "店舗別": [
                    ["2025年度下期 店舗別 人員集計（11月末時点）"],
                    ["店舗", "社員数", "パート・アルバイト数", "平均時給(円)", "月間総労働時間", "離職率(年換算)"],
                    ["金山店", 3, 24, 1168, 2840, "18.2%"],
                    ["大曽根店", 2, 19, 1142, 2215, "22.5%"],
                    ["今池店", 2, 21, 1155, 2390, "15.8%"],
                    ["八事店", 2, 16, 1130, 1870, "12.4%"],
                    ["鳴海店", 2, 18, 1125, 2010, "20.1%"],
                ],
                "時間帯別": [
                    ["時間帯", "平均配置人数(平日)", "平均配置人数(土日)"],
                    ["10-14時", 6.2, 8.4],
                    ["14-17時", 3.1, 5.0],
                    ["17-22時", 7.5, 9.8],
                ],
            },
        }],
        "entities": [],
        "detectors": [],
        "note": "aggregated staffing statistics per shop, no individual records",
    },
    {
        "id": "restaurant-055",
        "expect": "stop",
        "sender": "須藤 美咲 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["産業医パートナーズ 松永先生 <matsunaga@sangyoi-partners.jp>"],
        "subject": "就業判定のお願い（再検査結果）",
        "charset": "iso-2022-jp",
        "body": """産業医パートナーズ
松永先生

いつもお世話になっております。日の出産業 人事労務課の須藤です。
定期健康診断で要再検査となっていた社員の再検査結果が届きましたので、
就業上の措置についてご意見をいただけますでしょうか。

対象者：今池店 店長 戸倉 慎一郎（昭和５４年１１月３０日生、46歳）
再検査結果：ALT 128 / AST 96 / γ-GTP 312、腹部エコーで脂肪肝、
　　　　　　血圧 162/104。かかりつけ医からは降圧剤の服用開始と
　　　　　　節酒の指導を受けたとのことです。
現在の勤務：月の時間外労働 約52時間、深夜勤務あり

深夜勤務の制限が必要かどうかを含めてご判断いただけますと幸いです。

須藤 美咲（人事労務課）TEL 052-261-4403
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named manager's health check results and treatment in running text to an outside occupational doctor",
    },
    {
        "id": "restaurant-056",
        "expect": "pass",
        "sender": "採用担当 須藤 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["バイト市場 掲載受付 <keisai@baito-ichiba.jp>"],
        "subject": "求人原稿（ひので食堂 八事店 ホール・キッチン）",
        "charset": "utf-8",
        "body": """バイト市場 掲載受付ご担当者様

いつもお世話になっております。日の出産業株式会社の須藤です。
1月掲載分の求人原稿をお送りします。

【職種】ホール・キッチンスタッフ（未経験歓迎）
【勤務地】ひので食堂 八事店（名古屋市昭和区八事本町100-35）
【時給】1,150円〜（22時以降 1,438円〜）※研修期間3ヶ月 時給1,100円
【勤務時間】10:00〜23:00の間で週2日・1日3時間〜OK
【待遇】まかない無料、交通費規定支給、社員登用あり、制服貸与
【応募資格】高校生可（22時まで）、Wワーク・主婦（夫）歓迎
【応募方法】専用フォームまたはお電話（052-832-6604 店長 八田）

健康状態や家族構成など、業務に関係のない事項はお伺いしません。

掲載期間は1/6〜1/19の2週間でお願いいたします。

須藤 美咲
日の出産業株式会社 人事労務課 TEL 052-261-4403
""",
        "entities": [],
        "detectors": [],
        "note": "a job advertisement with the shop's phone number; no person's data",
    },
    {
        "id": "restaurant-057",
        "expect": "stop",
        "sender": "大河内 俊 <s.okochi@hinode-sangyo.co.jp>",
        "to": ["外食事業本部長 大熊 <s.okuma@hinode-sanyo.co.jp>"],
        "subject": "11月 店舗別売上速報",
        "charset": "iso-2022-jp",
        "body": """大熊本部長

店舗運営部の大河内です。11月の店舗別売上速報です。

店舗        売上(千円)  前年比   客数
金山店      18,420      104.2%   16,880
大曽根店    12,305       98.7%   11,230
今池店      14,880      101.5%   13,410
八事店       9,770       96.3%    8,550
鳴海店      11,040      102.8%   10,120

詳細は経営会議資料でご報告します。

大河内
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "internal report sent to hinode-sanyo.co.jp, a look-alike of the own domain with a letter dropped",
    },
    {
        "id": "restaurant-058",
        "expect": "pass",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["ミナト精機 人事総務課 堀田様 <hotta@minato-seiki.co.jp>"],
        "subject": "お見積書送付の件（1/30 新入社員歓迎会 80名様）",
        "charset": "cp932",
        "body": """ミナト精機株式会社
人事総務課 堀田様

いつもお世話になっております。日の出産業 ケータリング事業部の荻野です。
先日ご相談いただいた新入社員歓迎会のお見積りをお送りいたします。

見積番号：E-2601-0044
日時　　：2026年1月30日（金）18:00〜20:00（搬入16:30）
場所　　：御社 本社5階 大会議室（名古屋市港区港明1-10-28）
人数　　：80名様（立食）

オードブル・ビュッフェ プレミアム　5,000円 × 80名 = 400,000円
アルコール飲み放題　　　　　　　　1,800円 × 80名 = 144,000円
スタッフ派遣（4名×4時間）　　　　　　　　　　　　  48,000円
食器・備品一式　　　　　　　　　　　　　　　　　　  20,000円
小計 612,000円　消費税 61,200円　合計 673,200円

アレルギー対応が必要な方がいらっしゃる場合は、1週間前までに
人数と品目だけお知らせください（お名前は不要です）。

荻野 拓海　TEL 052-261-4455
""",
        "entities": [],
        "detectors": [],
        "note": "quotation to a company with its office address and prices; no person's data",
    },
    {
        "id": "restaurant-059",
        "expect": "stop",
        "sender": "宮城 陽菜 <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["FCナビ 高畑様 <takahata@fc-navi.co.jp>"],
        "subject": "オーナーヒアリング対象者の連絡先",
        "charset": "iso-2022-jp",
        "body": """FCナビ株式会社
高畑様

お世話になっております。FC事業部の宮城です。
加盟店満足度ヒアリングの対象オーナー5名の連絡先です。
ご自宅への訪問を希望された方もいらっしゃるので、住所も記載しています。

【1】鷲尾 公彦（わしお きみひこ）
　　 担当店舗：ひので食堂 一宮店
　　 携帯：090-6631-2275
　　 自宅：愛知県一宮市今伊勢町宮後1820-3
　　 生年月日：1968年3月14日

【2】堀之内 和美（ほりのうち かずみ）
　　 担当店舗：ひので食堂 四日市店
　　 携帯：080-2295-7741
　　 自宅：三重県四日市市富田3-22-9

【3】小倉 正志（おぐら まさし）
　　 担当店舗：ひので食堂 春日井店（1月〜）
　　 携帯：090-3384-6602
　　 自宅：愛知県春日井市鳥居松町7-88

【4】楢崎 ゆう子（ならさき ゆうこ）
　　 担当店舗：カフェ・ソレイユ岐阜
　　 携帯：070-4419-3358
　　 自宅：岐阜県岐阜市長良福光2530-1

【5】乾 孝之（いぬい たかゆき）
　　 担当店舗：ひので食堂 豊田店
　　 携帯：080-7756-1124
　　 自宅：愛知県豊田市小坂本町4-61

訪問日程の調整は直接お願いして差し支えありません。

宮城 陽菜（FC事業部）
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one block per person: 5 franchise owners' mobiles and home addresses to a consultant",
    },
    {
        "id": "restaurant-060",
        "expect": "pass",
        "sender": "林 智子 <t.hayashi@hinode-sangyo.co.jp>",
        "to": ["中部メディカル 庶務課 岩佐様 <iwasa@chubu-medical.or.jp>"],
        "subject": "RE: 忘年会のお料理についてのお願い",
        "charset": "iso-2022-jp",
        "body": """岩佐様

ご連絡ありがとうございます。日の出産業の林でございます。
ご依頼の件、承知いたしました。当日は料理長に申し伝え、
該当の方のお席には別途ご用意したお料理をお出しいたします。
お席の配置図をいただけましたら、配膳担当にも共有いたします。

引き続きよろしくお願いいたします。

日の出産業株式会社 宴会営業課　林 智子

-----Original Message-----
From: 岩佐 里美 <iwasa@chubu-medical.or.jp>
Sent: Monday, December 8, 2025 10:42 AM
To: 林 智子 <t.hayashi@hinode-sangyo.co.jp>
Subject: 忘年会のお料理についてのお願い

林様

12/20の忘年会の件でお願いがございます。
参加者のうち、内科の久保寺 奈緒（090-2231-7745）が甲殻類アレルギー、
事務長の高見沢 誠が糖尿病治療中のため、それぞれお料理の配慮をお願いできますでしょうか。

中部メディカル 庶務課 岩佐
""",
        "entities": [],
        "detectors": [],
        "note": "the guests' allergy and diabetes appear only in the customer's quoted original message",
    },
]

# ---------------------------------------------------------------------------- 061-075
MESSAGES += [
    {
        "id": "restaurant-061",
        "expect": "stop",
        "sender": "ひので食堂 八事店 店長 八田 <yagoto@hinode-sangyo.co.jp>",
        "to": ["就労支援センターきぼう 支援員 <shien@kibou-shuro.or.jp>"],
        "subject": "実習生 日下部さんの様子のご報告",
        "charset": "utf-8",
        "body": """就労支援センターきぼう
支援員 三枝様

いつもお世話になっております。ひので食堂 八事店の八田です。
12月から週3日で来てもらっている日下部 陸さんの2週目の様子をご報告します。

日下部さんは自閉スペクトラム症の診断があると伺っていた通り、
急な予定の変更があると手が止まってしまうことがありますが、
洗い場の手順は写真付きのマニュアルを見ながら完璧にこなしてくれています。
精神障害者保健福祉手帳の更新が1月とのことで、その日はお休みで大丈夫です。
ランチピーク時の大きな音が苦手なようなので、来週からはイヤーマフの着用を
許可しようと思っています。

次回の面談は12/19（金）14時でお願いします。

ひので食堂 八事店 店長
八田 剛志　TEL 052-832-6604
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's diagnosis and disability certificate described in running text, sent outside",
    },
    {
        "id": "restaurant-062",
        "expect": "pass",
        "sender": "セントラルキッチン 梶 <s.kaji@hinode-sangyo.co.jp>",
        "to": ["川崎電機 サービスセンター <service@kawasaki-denki.co.jp>"],
        "subject": "修理依頼：電気フライヤー 異常停止（製造番号 KD-FRY-2019-004417）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 サービスセンター 御中

いつもお世話になっております。日の出産業 セントラルキッチンの梶です。
下記機器が加熱中に異常停止し、エラーコードE-07が表示されます。
至急点検をお願いいたします。

　機種名　：業務用電気フライヤー KDF-45W
　製造番号：KD-FRY-2019-004417
　設置場所：セントラルキッチン 揚げ物ライン2番
　保守契約番号：MS-2021-118204
　設置日　：2019年10月8日

エラー表示の写真を添付します。
年末の繁忙期前のため、12/10（水）までにご訪問いただけますと助かります。

梶 俊介（セントラルキッチン）TEL 0568-72-3315
""",
        "attachments": [{"kind": "png", "name": "error_E07.png"}],
        "entities": [],
        "detectors": [],
        "note": "equipment repair request with serial and contract numbers; nothing personal",
    },
    {
        "id": "restaurant-063",
        "expect": "stop",
        "sender": "ケータリング事業部 宇津木 <r.utsugi@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 自動車保険課 <jidousha@tokiwa-sonpo.co.jp>"],
        "subject": "配送車両 運転者追加のお願い（フリート契約）",
        "charset": "iso-2022-jp",
        "body": """ときわ損害保険株式会社
自動車保険課 御中

お世話になっております。日の出産業 ケータリング事業部の宇津木です。
フリート契約（証券番号 FA-3318-07726）の配送車両に、
12月から配達を担当するアルバイトを運転者として追加したくご連絡しました。

　氏名　　　：瀬戸口 大輝（セトグチ ダイキ）
　生年月日　：平成１２年８月１９日
　運転免許証番号：第 531902447180 号
　免許の色　：ブルー（有効期限 令和９年９月１９日）

免許証の写しは暗号化ZIPで添付しています。パスワードは別途お送りします。

宇津木 玲（ケータリング事業部）TEL 052-261-4458
""",
        "attachments": [{
            "kind": "zip",
            "name": "menkyo_setoguchi.zip",
            "password": "tokiwa1201",
            "files": [{"kind": "png", "name": "menkyo_omote.png"}, {"kind": "png", "name": "menkyo_ura.png"}],
        }],
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "unscannable_attachment"],
        "note": "a driver's licence number with name and DOB in the body, plus an encrypted ZIP of the licence copy",
    },
    {
        "id": "restaurant-064",
        "expect": "pass",
        "sender": "販促企画課 寺西 <m.teranishi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 野口様 <noguchi@nishiki-insatsu.co.jp>"],
        "subject": "Re: 冬メニュー 三校の戻し",
        "charset": "utf-8",
        "body": """野口様

お世話になっております。日の出産業の寺西です。
三校の赤字を添付PDFにまとめました。
価格の誤り（鍋焼きうどん 980円→1,080円）と、
カロリー表示の桁ずれの2点のみです。これで校了とさせてください。

寺西
""",
        "attachments": [{
            "kind": "pdf",
            "name": "winter_menu_3kou_akaji.pdf",
            "title": "冬メニュー 三校 赤字",
            "lines": [
                "冬メニュー 三校 赤字一覧",
                "P2 鍋焼きうどん 価格 980円 → 1,080円",
                "P3 牡蠣フライ定食 エネルギー 9,820kcal → 982kcal",
                "その他修正なし。校了。",
            ],
            "table": [
                ["ページ", "品名", "価格", "エネルギー", "食塩相当量"],
                ["P2", "鍋焼きうどん", "1,080円", "612kcal", "6.1g"],
                ["P3", "牡蠣フライ定食", "1,380円", "982kcal", "4.8g"],
                ["P3", "ぶり大根定食", "1,280円", "745kcal", "5.2g"],
            ],
        }],
        "entities": [],
        "detectors": [],
        "note": "menu proof corrections (prices, calories) as PDF; no person",
    },
    {
        "id": "restaurant-065",
        "expect": "stop",
        "sender": "CRM推進室 浅香 <t.asaka@hinode-sangyo.co.jp>",
        "to": ["はなまる広告 デジタル推進部 <digital@hanamaru-ad.co.jp>"],
        "subject": "口コミ投稿キャンペーン 配信対象リスト",
        "charset": "utf-8",
        "body": """はなまる広告株式会社
デジタル推進部 御中

お世話になっております。日の出産業 CRM推進室の浅香です。
口コミ投稿キャンペーンの配信対象として、11月にネット予約でご来店いただいた
お客様のリストを予約台帳から書き出しました（UTF-8のCSVです）。
SMSとメールの配信設定をお願いします。

浅香 智美
""",
        "attachments": [{
            "kind": "csv",
            "name": "yoyaku_export_202511.csv",
            "encoding": "utf-8",
            "rows": [
                ["予約ID", "氏名", "電話番号", "メールアドレス", "来店日", "人数", "店舗"],
                ["W2511-0012", "大津 弘美", "09044172238", "h.otsu@gmail.com", "2025-11-02", "2", "カフェ・ソレイユ栄"],
                ["W2511-0027", "五味 健太郎", "08033196654", "gomi.k@yahoo.co.jp", "2025-11-03", "4", "ひので食堂 金山店"],
                ["W2511-0041", "樋渡 静香", "07012283317", "shizuka.hiwatashi@icloud.com", "2025-11-05", "3", "和食処ひので 本町店"],
                ["W2511-0058", "黒須 拓也", "09076613302", "kurosu_t@outlook.jp", "2025-11-08", "2", "カフェ・ソレイユ名駅"],
                ["W2511-0063", "三ツ矢 遥", "08022905561", "haruka.mitsuya@gmail.com", "2025-11-09", "5", "ひので食堂 今池店"],
                ["W2511-0079", "名和 俊彦", "09011846620", "nawa.toshi@docomo.ne.jp", "2025-11-12", "2", "和食処ひので 本町店"],
                ["W2511-0084", "比嘉 さくら", "07055324418", "sakura.higa@gmail.com", "2025-11-15", "6", "ひので食堂 金山店"],
                ["W2511-0096", "立花 慶", "08069917732", "kei.tachibana@ezweb.ne.jp", "2025-11-16", "2", "カフェ・ソレイユ栄"],
                ["W2511-0103", "野間 恵理", "09033586621", "eri.noma@yahoo.co.jp", "2025-11-22", "4", "ひので食堂 八事店"],
                ["W2511-0117", "毛利 翔", "08044726609", "sho.mouri@gmail.com", "2025-11-23", "3", "カフェ・ソレイユ名駅"],
                ["W2511-0125", "白石 友香", "07019934475", "yuka.shiraishi@icloud.com", "2025-11-29", "2", "和食処ひので 本町店"],
                ["W2511-0131", "柘植 大輔", "09082261143", "tsuge.d@outlook.jp", "2025-11-30", "8", "ひので食堂 鳴海店"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of 12 diners' names, phones and e-mail addresses to an ad agency",
    },
    {
        "id": "restaurant-066",
        "expect": "pass",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["朝日工業 健康推進室 <kenko@asahi-kogyo.co.jp>"],
        "subject": "健康経営セミナー向け ヘルシー弁当のご提案",
        "charset": "iso-2022-jp",
        "body": """朝日工業株式会社
健康推進室 御中

いつもお世話になっております。日の出産業 ケータリング事業部の荻野です。
2月の健康経営セミナー「生活習慣病と食事 〜高血圧・糖尿病を防ぐ〜」の
昼食として、管理栄養士監修のお弁当を3種ご提案いたします。

1. 減塩御膳（食塩相当量2.0g以下・高血圧が気になる方向け）　1,500円
2. 糖質コントロール弁当（糖質40g以下）　　　　　　　　　 1,600円
3. 腎臓にやさしい低たんぱく弁当（たんぱく質20g以下）　　　1,700円

いずれも栄養成分表示を添付し、アレルギー表示（特定原材料8品目）にも対応します。
医療上の食事制限がある方には、主治医の指示を優先していただくようご案内ください。

ご試食をご希望でしたら、1月中にお持ちいたします。

荻野 拓海　TEL 052-261-4455
""",
        "entities": [],
        "detectors": [],
        "note": "disease names describe products and a seminar title, not any person",
    },
    {
        "id": "restaurant-067",
        "expect": "stop",
        "sender": "お客様相談室 小野寺 <r.onodera@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 川端先生 <kawabata@shirakawa-law.jp>"],
        "subject": "【ご相談】カフェ・ソレイユ名駅 化粧室での盗撮事案",
        "charset": "utf-8",
        "body": """白川法律事務所
川端先生

いつもお世話になっております。日の出産業 お客様相談室の小野寺です。
先日お電話でご相談した件、経緯をまとめました。

11月22日（土）19時頃、カフェ・ソレイユ名駅の女性用化粧室で
お客様の 北条 瑞希 様（28歳・会社員、連絡先 080-4412-9936）が
小型カメラによる盗撮の被害に遭われました。
ご本人が通報し、中村警察署が同日、別のお客様の男性を現行犯逮捕しています。
北条様は現在も外出に不安を感じて心療内科に通院されているとのことで、
当社の管理責任と見舞金についてお申し出を受けています。

警察からの捜査協力依頼（防犯カメラ映像の提供）への対応と、
北条様への回答方針についてご助言をお願いいたします。

小野寺 玲奈
日の出産業株式会社 お客様相談室　TEL 052-261-4420
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer who was a crime victim (and her treatment) described to the outside law firm",
    },
    {
        "id": "restaurant-068",
        "expect": "pass",
        "sender": "桑原 健一 <k.kuwabara@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 物流課 <butsuryu@kitaguni-foods.co.jp>"],
        "cc": ["青葉運輸 名古屋営業所 <nagoya@aoba-unyu.co.jp>"],
        "subject": "1月以降の冷凍便 納品時間変更について",
        "charset": "cp932",
        "body": """北国フーズ株式会社 物流課 御中
（cc：青葉運輸株式会社 名古屋営業所 御中）

お世話になっております。日の出産業 購買課の桑原です。
セントラルキッチンの稼働時間変更に伴い、1月6日納品分から
冷凍便の受入時間を下記に変更させていただきたく存じます。

　変更前：6:00〜9:00
　変更後：5:30〜8:00（土日祝は7:00〜9:00）

青葉運輸様には札幌発の便の出発時刻の調整をお願いすることになるかと思います。
ご都合の悪い点があれば12月19日までにお知らせください。

桑原 健一　TEL 0568-72-3310
""",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc about delivery times: a normal three-way mail",
    },
    {
        "id": "restaurant-069",
        "expect": "stop",
        "sender": "林 智子 <t.hayashi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "FW: 同窓会 出席者名簿（1/11 桜花の間）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の林です。
1月11日の同窓会（桜花の間）について、幹事様からいただいた
出席者名簿のメールをそのまま添付いたします。
受付名札の作成にお使いください。

林
""",
        "attachments": [{
            "kind": "eml",
            "name": "出席者名簿_東高S62卒.eml",
            "message": {
                "sender": "幹事 大城 <oshiro.kenji@gmail.com>",
                "to": ["林 智子 <t.hayashi@hinode-sangyo.co.jp>"],
                "subject": "同窓会の出席者名簿です",
                "charset": "utf-8",
                "body": """林様

東高校昭和62年卒 同窓会幹事の大城です。
出席者の名簿を送ります。当日連絡がつかない人がいたら電話してください。

名前（旧姓）        電話            住所
大城 健二           090-2218-6634   名古屋市東区徳川2-10-4
川瀬 恵子（森）     080-3361-2297   名古屋市千種区田代本通1-8
蟹江 修             090-5527-1180   愛知県瀬戸市東長根町55
早瀬 理恵（石田）   070-2246-9913   名古屋市名東区上社3-301
片桐 浩             090-7718-4425   愛知県尾張旭市東大道町原田2600
土方 直美（小池）   080-1192-7746   名古屋市守山区小幡1-3-7
曽我 隆             090-4460-3318   岐阜県多治見市音羽町2-44
丹羽 さおり（伊藤） 080-6627-5580   名古屋市北区大曽根3-1-9

以上8名、よろしくお願いします。
大城
""",
            },
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached mail (message/rfc822) carrying 8 alumni's phones and home addresses, forwarded to the hotel",
    },
    {
        "id": "restaurant-070",
        "expect": "pass",
        "sender": "ひのでポイント事務局 <point@hinode-sangyo.co.jp>",
        "to": ["kanade.ishizuka@icloud.com"],
        "subject": "【ひのでポイント】ゴールド会員昇格のお知らせ",
        "charset": "utf-8",
        "body": """石塚 奏 様

いつもひので食堂・カフェ・ソレイユをご利用いただきありがとうございます。
このたび、石塚様はゴールド会員に昇格されました。

会員番号：HP00318842
現在のポイント：2,480pt
特典：ご来店ごとにポイント2倍、誕生月にデザート1品サービス

今後ともよろしくお願いいたします。
ひのでポイント事務局（日の出産業株式会社）
""",
        "html": """<html><body>
<p>石塚 奏 様</p>
<p>いつもひので食堂・カフェ・ソレイユをご利用いただきありがとうございます。<br>
このたび、石塚様は<b>ゴールド会員</b>に昇格されました。</p>
<table border="0" cellpadding="4">
<tr><td>会員番号</td><td>HP00318842</td></tr>
<tr><td>現在のポイント</td><td>2,480pt</td></tr>
<tr><td>特典</td><td>ご来店ごとにポイント2倍、誕生月にデザート1品サービス</td></tr>
</table>
<p>今後ともよろしくお願いいたします。<br>ひのでポイント事務局（日の出産業株式会社）</p>
</body></html>""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "member notice to the member herself on free mail: only her own name and member number",
    },
    {
        "id": "restaurant-071",
        "expect": "stop",
        "sender": "お客様相談室 小野寺 <r.onodera@hinode-sangyo.co.jp>",
        "to": ["たんぽぽフーズ 堀之内オーナー <horinouchi@tanpopo-foods.jp>"],
        "subject": "加盟店会議資料（クレーム対応事例）",
        "charset": "iso-2022-jp",
        "body": """堀之内オーナー

お疲れさまです。お客様相談室の小野寺です。
来週の加盟店会議で使うクレーム対応事例のスライドをお送りします。
4枚目に、直営店で繰り返しトラブルのあったお客様の一覧を入れています。
来店時の参考にしてください。

小野寺
""",
        "attachments": [{
            "kind": "pptx",
            "name": "加盟店会議_クレーム対応事例.pptx",
            "title": "クレーム対応事例",
            "slides": [
                ["クレーム対応事例 2025年下期", "お客様相談室", "加盟店会議 12月度"],
                ["件数の推移", "7月 38件 → 11月 52件", "提供時間の遅れが最多（41%）"],
                ["初期対応の基本", "まず傾聴、事実確認", "返金・交換は店長判断で5,000円まで"],
                ["要注意のお客様（直営店での記録）",
                 "郷田 剛 様　090-3318-6624　店員への暴言、土下座の要求（金山店）",
                 "須崎 典子 様　080-2274-1196　無断キャンセル4回（本町店）",
                 "馬場園 厚 様　070-5511-3380　返金目的の異物申告2回（今池店）",
                 "霧島 亮 様　090-6645-2207　泥酔・器物破損（大曽根店）",
                 "寒川 ゆかり 様　080-7730-4418　SNSでの誹謗（八事店）",
                 "戸叶 昭 様　090-1187-6652　長時間の居座り・威圧（金山店）"],
                ["まとめ", "記録を残す・一人で対応しない・本部へ即連絡"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX slide listing 6 named customers with phone numbers and incident notes, sent to a franchisee",
    },
    {
        "id": "restaurant-072",
        "expect": "pass",
        "sender": "人事労務課 須藤 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["店舗運営部長 <tenpo-bucho@hinode-sangyo.co.jp>"],
        "cc": ["人事労務課長 <jinji-kacho@hinode-sangyo.co.jp>"],
        "subject": "【人事・親展】鳴海店 店長の休職について",
        "charset": "iso-2022-jp",
        "body": """店舗運営部長

人事労務課の須藤です。
鳴海店の宮地 浩之 店長より、本日診断書の提出がありました。
「うつ病により、12月8日から3か月間の休養を要する」との内容です。
産業医面談は12/10に設定済みです。

後任の店長代行について、至急ご相談させてください。
本件はご本人の希望により、店舗スタッフには「体調不良による休職」とのみ伝えます。

須藤
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a manager's depression diagnosis, but only internal recipients",
    },
    {
        "id": "restaurant-073",
        "expect": "stop",
        "sender": "須藤 美咲 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人やまぶき <tetsuzuki@yamabuki-sr.jp>"],
        "subject": "社会保険 資格取得届の作成依頼（週30時間以上へ変更 1名）",
        "charset": "cp932",
        "body": """社会保険労務士法人やまぶき
ご担当 栗原様

いつもお世話になっております。日の出産業 人事労務課の須藤です。
1月1日から週32時間勤務に切り替わるパート社員1名について、
健康保険・厚生年金保険の資格取得届の作成をお願いいたします。

　氏名　　　　：吉良 恵美子（キラ エミコ）
　生年月日　　：昭和５１年１月２９日
　住所　　　　：〒457-0012 名古屋市南区菊住1-4-17
　基礎年金番号：4120-573981
　報酬月額　　：182,000円（時給1,300円×140h）
　被扶養者　　：なし

よろしくお願いいたします。

須藤 美咲（人事労務課）
""",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a part-timer's basic pension number with name, DOB and address to the outside sharoushi",
    },
    {
        "id": "restaurant-074",
        "expect": "stop",
        "sender": "早乙女 由佳 <y.saotome@hinode-sangyo.co.jp>",
        "to": ["木下税理士事務所 <office@kinoshita-tax.jp>"],
        "subject": "年末調整資料（扶養控除等申告書 集計）",
        "charset": "utf-8",
        "body": """木下先生

日の出産業 人事労務課の早乙女です。
年末調整の扶養控除等申告書を集計したExcelをお送りします。
「扶養親族」シートに配偶者・扶養親族の個人番号も転記しています。

よろしくお願いいたします。
早乙女
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "nenmatsu_2025_fuyou.xlsx",
            "sheets": {
                "本人": [
                    ["2025年分 年末調整 扶養控除等申告書 集計（外食事業本部）"],
                    [],
                    ["社員番号", "氏名", "生年月日", "個人番号", "住所"],
                    ["S1042", "戸田 翼", "1988/07/12", my_number(7401), "名古屋市熱田区六番3-1-22"],
                    ["S1057", "八田 剛志", "1982/03/05", my_number(7402), "名古屋市昭和区八事本町55-2"],
                    ["S1063", "野々村 久美", "1990/11/28", my_number(7403), "名古屋市東区矢田南4-7-10"],
                    ["S1071", "鵜飼 悠", "1993/02/16", my_number(7404), "名古屋市中区大須2-18-4"],
                    ["S1088", "宮地 浩之", "1985/09/09", my_number(7405), "名古屋市緑区鳴海町向田33"],
                ],
                "扶養親族": [
                    ["社員番号", "続柄", "氏名", "生年月日", "個人番号"],
                    ["S1042", "配偶者", "戸田 あかね", "1989/04/30", my_number(7411)],
                    ["S1042", "子", "戸田 陽", "2018/06/02", my_number(7412)],
                    ["S1057", "配偶者", "八田 由美", "1983/12/21", my_number(7413)],
                    ["S1088", "子", "宮地 そら", "2015/08/17", my_number(7414)],
                ],
            },
        }],
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX with staff and dependants' My Numbers, DOBs and addresses to the outside tax office",
    },
    {
        "id": "restaurant-075",
        "expect": "stop",
        "sender": "ひので食堂 金山店 店長 戸田 <kanayama@hinode-sangyo.co.jp>",
        "to": ["あおぞら整形外科 受付 <uketsuke@aozora-clinic.jp>"],
        "subject": "本日受診したアルバイトの保険証情報について",
        "charset": "iso-2022-jp",
        "body": """あおぞら整形外科 受付ご担当者様

本日午後、そちらで診ていただいたひので食堂 金山店のアルバイト、
丹下 美月（タンゲ ミツキ、平成１６年５月９日生）の件でご連絡します。
スライサーで左手の人差し指を切り、4針縫っていただいたと本人から聞きました。
本人が保険証を持参していなかったため、記載内容をお知らせします。

　保険者番号：06230417
　記号：4021　番号：118
　被保険者氏名：丹下 美月

仕事中のけがのため、労災への切り替えが必要かどうかも教えてください。

ひので食堂 金山店 店長　戸田 翼　052-681-2250
""",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol/number with the part-timer's injury and treatment, sent to a clinic",
    },
]

# ---------------------------------------------------------------------------- 076-100


def jan(base12: str) -> str:
    """A 13-digit JAN (EAN-13) product code with a valid check digit."""
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)


MESSAGES += [
    {
        "id": "restaurant-076",
        "expect": "pass",
        "sender": "採用担当 須藤 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["ayane.kurokawa.0301@gmail.com"],
        "subject": "【日の出産業】アルバイト面接日時のご案内",
        "charset": "iso-2022-jp",
        "body": """黒川 彩音 様

このたびは、ひので食堂 今池店のアルバイト募集にご応募いただき
誠にありがとうございます。日の出産業株式会社 採用担当の須藤です。

面接の日時が決まりましたのでご案内いたします。

　日時：12月13日（土）15:00〜（30分程度）
　場所：ひので食堂 今池店（名古屋市千種区今池4-12-9）
　　　　店舗入口でスタッフに「面接で来ました」とお伝えください。
　持ち物：筆記用具（履歴書は不要です）

ご都合が悪い場合は、このメールにご返信いただくか、
店舗（052-733-5189）までお電話ください。

日の出産業株式会社 人事労務課 採用担当
須藤 美咲
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "interview invitation to the one applicant on free mail; only the addressee's own name",
    },
    {
        "id": "restaurant-077",
        "expect": "stop",
        "sender": "Hina Miyagi <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["Chen Yi-Ting <yiting.chen@formosa-dining.com.tw>"],
        "subject": "Store operations manual (draft for Taipei pilot store)",
        "charset": "utf-8",
        "body": """Dear Ms Chen,

Thank you for the productive meeting in Nagoya last week.
As promised, I am sending the draft store operations manual for the
Taipei pilot store of Hinode Shokudo. Chapters 4 (kitchen) and 6 (cash handling)
are still under review on our side.

We look forward to your comments by the end of January.

Best regards,
Hina Miyagi
Franchise Development Department
Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "docx",
            "name": "Hinode_Shokudo_Store_Manual_draft_EN.docx",
            "title": "Store Operations Manual (draft)",
            "page_footer": "Confidential - Internal Use Only - Hinode Sangyo Co., Ltd.",
            "paragraphs": [
                "Hinode Shokudo Store Operations Manual (Draft v0.8)",
                "1. Opening procedures: unlock at 09:30, check refrigerator temperatures (0-5C), record in the HACCP log.",
                "2. Service standards: greet within 10 seconds, serve set meals within 8 minutes of order.",
                "3. Dashi preparation: kombu 1.2%, katsuobushi 2.5%, 85C for 6 minutes (master recipe HS-D-01).",
                "5. Closing procedures: cash count by two persons, deposit slip, alarm set.",
            ],
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX footer marks the manual Confidential - Internal Use Only; sent to an overseas partner",
    },
    {
        "id": "restaurant-078",
        "expect": "stop",
        "sender": "Shun Okochi <s.okochi@hinode-sangyo.co.jp>",
        "to": ["Training Desk <training@sunrise-dining.com.sg>"],
        "subject": "Participants - Kitchen exchange programme, February 2026",
        "charset": "utf-8",
        "body": """Dear Mr Tan,

Thank you for hosting our staff again this year. Below are the six participants
for the February kitchen exchange in Singapore. Could you please arrange
the work passes and the serviced apartment with these details?

Name (as in passport)   Date of birth   Mobile           E-mail
TOYAMA Keisuke          1986-02-11      +81 70-3319-4402  keisuke.toyama@gmail.com
NOTO Risa               1994-07-23      +81 80-6652-2038  risa.noto94@yahoo.co.jp
AKAHOSHI Taku           1999-10-05      +81 80-2219-6648  taku.akahoshi@icloud.com
MISHINA Ayaka           2000-01-30      +81 90-1182-4430  ayaka.m0130@gmail.com
TAKANO Ryunosuke        1997-05-17      +81 80-3347-2291  r.takano.chef@outlook.jp
IOKIBE Moe              2001-12-02      +81 90-5530-7716  moe.iokibe@gmail.com

Their flights arrive at Changi on 2 February (SQ671).

Kind regards,
Shun Okochi
Store Operations Department, Hinode Sangyo Co., Ltd.
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English roster of 6 staff with DOB, private mobiles and e-mail to an overseas partner",
    },
    {
        "id": "restaurant-079",
        "expect": "stop",
        "sender": "宴会営業課 小林 <s.kobayashi@hinode-sangyo.co.jp>",
        "to": ["宴会ドットコム 加盟店サポート <partner@enkai-dotcom.jp>"],
        "subject": "キャンセル料未払いのお客様について（ご相談）",
        "charset": "iso-2022-jp",
        "body": """宴会ドットコム 加盟店サポート ご担当者様

いつもお世話になっております。和食処ひので（日の出産業）の小林です。
貴サイト経由のご予約で、当日無断キャンセルかつキャンセル料が
未払いとなっている幹事様が下記のとおりおられます。
貴社から督促のご連絡をしていただけないでしょうか。

ご予約日　　幹事様　　　　　　電話番号　　　　　　人数　キャンセル料
１１／８　　鮫島　悠介　様　　０９０－３３８１－２２７４　　１２名　５２，８００円
１１／１４　勅使河原　彩　様　０８０－６６２９－１１４８　　　８名　３５，２００円
１１／２１　阿部川　誠　様　　０７０－２２５５－８８１６　　２０名　８８，０００円
１１／２２　錦織　美帆　様　　０９０－７７４０－３３６５　　１０名　４４，０００円
１１／２９　轟　健太郎　様　　０８０－４４１７－９９０２　　１５名　６６，０００円
１２／５　　百目鬼　瞳　様　　０９０－１１６８－５５４３　　　６名　２６，４００円

よろしくお願いいたします。

日の出産業株式会社 宴会営業課　小林 沙耶　TEL 052-261-4471
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "full-width table of 6 no-show organisers' names and mobiles to a booking site",
    },
    {
        "id": "restaurant-080",
        "expect": "pass",
        "sender": "石動 亮 <r.isurugi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 栄支店 法人窓口 <sakae-houjin@midori-ginko.co.jp>"],
        "subject": "新店舗（カフェ・ソレイユ金山）売上金入金口座の開設について",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 栄支店
法人窓口 ご担当者様

いつも大変お世話になっております。日の出産業 経理課の石動です。
2月オープン予定の「カフェ・ソレイユ金山」の売上金入金用として、
普通預金口座を1口開設させていただきたく、必要書類をご教示ください。

　口座名義（予定）：日の出産業株式会社 カフェ・ソレイユ金山
　夜間金庫の利用：あり
　入金機の設置：不要

登記事項証明書と届出印は、ご指示いただいた日に持参いたします。
どうぞよろしくお願いいたします。

日の出産業株式会社 管理本部 経理課
石動 亮
〒460-0008 名古屋市中区栄3-18-7 日の出ビル5F
TEL 052-261-4410 / FAX 052-261-4419

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者にご連絡のうえ、
本メールを削除してください。無断での複製・転送はご遠慮ください。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""",
        "entities": [],
        "detectors": [],
        "note": "ordinary bank mail whose only 機密 is in the standard Japanese disclaimer",
    },
    {
        "id": "restaurant-081",
        "expect": "stop",
        "sender": "宮城 陽菜 <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["鷲尾オーナー <washio@washio-kikaku.co.jp>"],
        "subject": "一宮店 11月 損益計算書",
        "charset": "cp932",
        "body": """鷲尾オーナー

お疲れさまです。FC事業部の宮城です。
一宮店の11月の損益計算書をお送りします。
ロイヤリティの計算根拠も2枚目のシートに入れています。

宮城
""",
        "attachments": [{"kind": "corrupt", "name": "一宮店_PL_202511.xlsx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected",
    },
    {
        "id": "restaurant-082",
        "expect": "pass",
        "sender": "店舗システム担当 能登 <r.noto@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "POS 新商品マスタ登録と端末不具合の件",
        "charset": "utf-8",
        "body": f"""ツバサシステム株式会社
サポートデスク 御中

お世話になっております。日の出産業 店舗システム担当の能登です。
2点お願いがございます。

1. 物販用の新商品3点をPOSマスタに登録してください（1/6販売開始）。
   JANコード         商品名                      売価
   {jan("491234500012")}     ひので特製だしパック 10袋   864円
   {jan("491234500029")}     ひので特製ドレッシング      648円
   {jan("491234500036")}     ひのでのふりかけ 3種        540円

2. 金山店のPOS端末（端末ID: TS-POS-0412-03、シリアル 7731-2290-4418-0065）が
   朝の起動時にレシートプリンタを認識しない事象が続いています。
   リモートで確認いただけますでしょうか。店舗は10時から連絡可能です。

契約番号：TSM-2022-00841

能登 理沙
日の出産業株式会社 外食事業本部 店舗システム担当　TEL 052-261-4438
""",
        "entities": [],
        "detectors": [],
        "note": "JAN codes, a terminal ID and a 16-digit device serial: numbers that are not personal identifiers",
    },
    {
        "id": "restaurant-083",
        "expect": "stop",
        "sender": "FC事業部 宮城 <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["ひかり労務コンサルティング 東條様 <tojo@hikari-roumu.jp>"],
        "subject": "加盟店でのハラスメント申告への対応について",
        "charset": "iso-2022-jp",
        "body": """ひかり労務コンサルティング
東條様

お世話になっております。日の出産業 FC事業部の宮城です。
加盟店（ひので食堂 四日市店）で起きたハラスメント申告の件でご相談させてください。

同店のパート社員 沢渡 美里さんから、同僚数名に「同和地区の出身だから」と
陰口を言われ、休憩室で無視されるようになったとの申告が本部相談窓口にありました。
沢渡さんのご実家の所在地が話題になったことがきっかけだったそうです。
ご本人は仕事は続けたいが、シフトを同僚と分けてほしいと希望されています。

加盟店オーナーへの指導の仕方と、本部としてどこまで関与すべきかについて、
ご助言をいただけますと幸いです。

宮城 陽菜（FC事業部）TEL 052-261-4480
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's social origin (同和地区出身) described in running text to an outside consultant",
    },
    {
        "id": "restaurant-084",
        "expect": "stop",
        "sender": "店舗運営部 大河内 <s.okochi@hinode-sangyo.co.jp>",
        "to": ["ユニフォームセンター東海 <order@uniform-tokai.co.jp>"],
        "subject": "新制服 個別配送分の送付先（カフェ・ソレイユ）",
        "charset": "utf-8",
        "body": """ユニフォームセンター東海 御中

お世話になっております。日の出産業の大河内です。
新制服のうち、店舗受け取りができないスタッフ分は自宅への個別配送でお願いします。
送付先をコンマ区切りで貼ります。

氏名,郵便番号,住所,電話,サイズ
羽柴 絵里香,460-0011,名古屋市中区大須4-2-18-302,090-4418-2257,S
洲崎 遼,453-0015,名古屋市中村区椿町9-6,080-3329-1176,L
堀口 かなえ,451-0045,名古屋市西区名駅2-27-3 名駅ハイム1102,070-6654-2210,M
百瀬 一輝,462-0844,名古屋市北区清水4-15-1,090-6604-2218,LL
庄司 ひまり,466-0027,名古屋市昭和区阿由知通3-9,080-2217-8843,S
湊 清志郎,454-0012,名古屋市中川区尾頭橋2-8-21,090-1136-5597,M
及川 澪,464-0850,名古屋市千種区今池1-6-8 今池コート505,070-4471-0382,M

12月20日までの到着でお願いします。

大河内 俊（店舗運営部）052-261-4430
""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "comma-separated list of 7 staff home addresses and phones pasted in the body to a uniform vendor",
    },
    {
        "id": "restaurant-085",
        "expect": "stop",
        "sender": "須藤 美咲 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["みなと行政書士事務所 港先生 <minato@minato-gyosei.jp>"],
        "subject": "在留資格「技能」認定申請（ネパール料理人）の件",
        "charset": "utf-8",
        "body": """みなと行政書士事務所
港先生

お世話になっております。日の出産業 人事労務課の須藤です。
カレー専門の新業態で招へい予定の料理人について、在留資格認定証明書交付申請の
ご準備をお願いしたく、旅券の記載事項をお送りします。

　Surname / Given name：GURUNG / BIKASH
　Date of birth：14 MAR 1987
　Nationality：NEPAL
　Passport No.：PA4418263
　Date of expiry：22 AUG 2032
　実務経験：カトマンズ及びドバイのレストランで調理師として12年

在職証明書（英訳付き）は来週届く予定です。

須藤 美咲
""",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a foreign cook's passport number and DOB sent to an outside scrivener",
    },
    {
        "id": "restaurant-086",
        "expect": "stop",
        "sender": "CRM推進室 浅香 <t.asaka@hinode-sangyo.co.jp>",
        "to": ["リサーチワン 分析チーム <analysis@research-one.co.jp>"],
        "subject": "顧客満足度アンケート 回答データ（11月分・未加工）",
        "charset": "utf-8",
        "body": """リサーチワン株式会社
分析チーム 御中

お世話になっております。日の出産業 CRM推進室の浅香です。
11月分のアンケート回答データを、フォームの出力のままお送りします。
集計と自由記述のテキスト分析をお願いします。

浅香
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "cs_survey_202511_raw.xlsx",
            "sheets": {
                "回答": [
                    ["タイムスタンプ", "お名前", "メールアドレス", "電話番号", "ご来店店舗", "総合満足度", "ご意見"],
                    ["2025/11/03 20:14", "小田切 湊", "minato.odagiri@gmail.com", "090-2254-1187", "金山店", 4, "唐揚げが美味しかった"],
                    ["2025/11/05 13:02", "桂木 はるか", "haruka.katsuragi@yahoo.co.jp", "080-6613-2295", "今池店", 2, "提供が遅い"],
                    ["2025/11/09 19:48", "鳴海 貴之", "t.narumi@outlook.jp", "070-3382-6641", "本町店", 5, "個室が良かった"],
                    ["2025/11/12 12:31", "矢吹 千尋", "chihiro.yabuki@icloud.com", "090-7745-2283", "カフェ・ソレイユ栄", 3, "パンケーキが少し冷めていた"],
                    ["2025/11/18 21:05", "嶋田 康介", "kosuke.shimada@gmail.com", "080-1126-7739", "大曽根店", 1, "店員の態度が悪い"],
                    ["2025/11/23 18:40", "伏見 ゆり", "yuri.fushimi@docomo.ne.jp", "090-5518-4462", "鳴海店", 4, "子ども向けメニューがありがたい"],
                ],
                "設問": [
                    ["設問ID", "設問"],
                    ["Q1", "総合満足度（1〜5）"],
                    ["Q2", "ご意見・ご感想（自由記述）"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "raw survey export with 6 respondents' names, e-mail and phones to a research firm",
    },
    {
        "id": "restaurant-087",
        "expect": "stop",
        "sender": "CRM推進室 浅香 <t.asaka@hinode-sangyo.co.jp>",
        "to": ["メールキャスト 配信サポート <support@mailcast.jp>"],
        "subject": "配信エラー調査のお願い（対象アドレス一覧）",
        "charset": "iso-2022-jp",
        "body": """メールキャスト株式会社
配信サポート ご担当者様

お世話になっております。日の出産業 CRM推進室の浅香です。
12/5配信のクーポンメールで、下記の会員宛てが不達となりました。
SMSでの再送も検討しているため、携帯番号も併記しています。
原因の調査をお願いできますでしょうか。

会員ID      メールアドレス                   携帯番号        最終来店日
HP00411207  sora.kanzaki@docomo.ne.jp        090-4427-1185   2025/11/30
HP00412098  m-tsugawa@ezweb.ne.jp            080-2296-4417   2025/11/28
HP00415530  kouhei.1122@softbank.ne.jp       070-6631-2208   2025/12/01
HP00417764  asuka_h@yahoo.co.jp              090-3358-7720   2025/11/15
HP00418801  ren.kiriyama@gmail.com           080-7715-0936   2025/11/22
HP00420019  nanami.o@icloud.com              090-1149-3364   2025/12/03
HP00421382  takeru.s@outlook.jp              070-2283-5519   2025/11/09

よろしくお願いいたします。
浅香 智美
""",
        "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list of 7 members' private e-mail and mobile numbers (no name column) to an e-mail service",
    },
    {
        "id": "restaurant-088",
        "expect": "pass",
        "sender": "広報室 <koho@hinode-sangyo.co.jp>",
        "to": ["広報室 <koho@hinode-sangyo.co.jp>"],
        "bcc": [
            "news@chubu-keizai.co.jp",
            "gourmet-desk@nagoya-times.jp",
            "henshu@tokai-walker.jp",
            "press@food-biz-news.com",
            "info@sakae-town-paper.jp",
        ],
        "subject": "【プレスリリース】カフェ・ソレイユ金山 2月14日オープン",
        "charset": "utf-8",
        "body": """報道関係者各位

2026年1月15日
日の出産業株式会社

カフェ・ソレイユ、金山駅前に3号店をオープン
〜地元産いちごを使った限定パンケーキを販売〜

日の出産業株式会社（本社：名古屋市中区、代表取締役社長：日野 正和）は、
2026年2月14日（土）、カフェ・ソレイユ金山（名古屋市中区金山1-14-2）をオープンいたします。
席数48席、営業時間は8:00〜21:00。オープン記念として2月14日〜28日まで
「愛知県産いちごのパンケーキ」（1,280円）を数量限定で販売します。

【本件に関するお問い合わせ】
日の出産業株式会社 広報室　TEL 052-261-4400　koho@hinode-sangyo.co.jp
""",
        "entities": [],
        "detectors": [],
        "note": "press release to five media correctly in Bcc; To is our own address",
    },
    {
        "id": "restaurant-089",
        "expect": "stop",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 年末配送センター <nenmatsu@aoba-unyu.jp>"],
        "subject": "おせち配送 第4便 集荷時刻の変更",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
年末配送センター ご担当者様

お世話になっております。日の出産業の荻野です。
12/31着 第4便の集荷時刻を、12/30 14:00から16:00に変更させてください。
個数は予定どおり138個（冷蔵）です。

荻野
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp",
    },
    {
        "id": "restaurant-090",
        "expect": "pass",
        "sender": "FC事業部 宮城 <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 名刺受付 <meishi@nishiki-insatsu.co.jp>"],
        "subject": "名刺作成依頼（春日井店 オーナー 1名）",
        "charset": "cp932",
        "body": """錦印刷株式会社 名刺受付 御中

お世話になっております。日の出産業 FC事業部の宮城です。
1月から加盟店となる春日井店オーナーの名刺を、ひので食堂フォーマットで
100枚作成してください。

　氏名：小倉 正志（Masashi Ogura）
　肩書：ひので食堂 春日井店 オーナー
　住所：〒486-0844 愛知県春日井市鳥居松町5-45（店舗）
　TEL ：0568-81-2230（店舗）
　携帯：090-3384-6602
　Mail：ogura@ogura-shoji.co.jp

納品先は当社FC事業部宛てでお願いします。

宮城 陽菜
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one franchise owner's business-card details to the printer: a single person, may be warned",
    },
]

# ---------------------------------------------------------------------------- 091-100
MESSAGES += [
    {
        "id": "restaurant-091",
        "expect": "stop",
        "sender": "FC事業部 宮城 <h.miyagi@hinode-sangyo.co.jp>",
        "to": ["カイゼンパートナーズ 川喜田様 <kawakita@kaizen-partners.jp>"],
        "subject": "第12回 加盟店オーナー会 議事録",
        "charset": "iso-2022-jp",
        "body": """川喜田様

お世話になっております。FC事業部の宮城です。
先日のオーナー会の議事録をお送りします。来期の支援策のご提案の参考にしてください。

┌──────────────────────┐
│　【部外秘】　FC事業部 限り　　　　　　│
└──────────────────────┘
第12回 加盟店オーナー会 議事録
日時：2025年12月3日（水）14:00〜16:30　場所：本社7階会議室
出席：加盟店オーナー7名、本部 FC事業部長ほか4名

1. ロイヤリティ改定案（4.5%→4.0%、広告分担金1.0%→1.5%）
　・オーナー側より、広告効果の検証データの開示を求める意見が多数
　・本部は1月末までに店舗別の効果測定結果を提示する
2. 食材価格の転嫁
　・2月の価格改定（平均+4.2%）を全店一律で実施する方針で合意
3. 人手不足対策
　・本部主導でスポットワーク事業者と包括契約を検討（時給上限1,400円）

次回：2026年3月4日（水）

宮城 陽菜
""",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the minutes carry a 【部外秘】 classification box and go to an outside consultant",
    },
    {
        "id": "restaurant-092",
        "expect": "either",
        "sender": "林 智子 <t.hayashi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会サービス <service-banquet@sakura-hotel.jp>"],
        "subject": "12/12 東邦電設様 主賓席・来賓席 席札リスト",
        "charset": "utf-8",
        "body": """さくらホテル 宴会サービス ご担当者様

お世話になっております。日の出産業の林です。
12/12 東邦電設様 記念式典の主賓・来賓席の席札リストです。
席札の印刷と、テーブルへの配置をお願いいたします。

卓    お名前            ご所属・お役職
A-1   綿貫 修一 様      東邦電設株式会社 相談役
A-2   菱川 久美子 様    東邦電設株式会社 取締役
A-3   財前 克也 様      中部電力設備協会 会長
A-4   泉谷 啓二 様      みどり銀行 栄支店長
A-5   芹沢 典子 様      芹沢建築設計事務所 代表
A-6   若松 徹 様        東海ビルテック株式会社 代表取締役
B-1   設楽 文男 様      東邦電設株式会社 代表取締役社長
B-2   仙波 弘 様        名城工業会 理事

よろしくお願いいたします。
林 智子
""",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "8 guests' names with affiliation and title only (place cards): a list of people or mere names, judgement call",
    },
    {
        "id": "restaurant-093",
        "expect": "stop",
        "sender": "須藤 美咲 <m.sudo@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人やまぶき 栗原様 <kurihara@yamabuki-sr.jp>"],
        "subject": "有期雇用契約 更新対象者一覧（2026年4月更新分）",
        "charset": "iso-2022-jp",
        "body": """社会保険労務士法人やまぶき
栗原様

いつもお世話になっております。日の出産業の須藤です。
4月更新の有期雇用契約の対象者一覧をお送りします。
無期転換の申込権が発生する方の確認をお願いいたします。

須藤
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "keiyaku_koushin_202604.xlsx",
            "page_header": "取扱注意",
            "sheets": {
                "更新対象": [
                    ["【取扱注意】有期雇用契約 更新対象者一覧（2026年4月1日更新）"],
                    ["氏名", "生年月日", "住所", "店舗", "初回契約日", "時給"],
                    ["加納 美玲", "1979/02/27", "愛知県春日井市高蔵寺町北1-30", "春日井店", "2020/04/01", 1250],
                    ["宍戸 香織", "1984/06/30", "愛知県春日井市岩成台8-3-9", "春日井店", "2021/04/01", 1180],
                    ["大貫 信也", "1972/10/19", "愛知県名古屋市港区港栄1-9-2", "金山店", "2019/10/01", 1300],
                    ["臼井 健吾", "1983/04/02", "愛知県名古屋市南区呼続3-18-6", "金山店", "2022/04/01", 1150],
                    ["琴平 舞", "1990/06/08", "愛知県名古屋市瑞穂区堀田通8-33", "八事店", "2020/10/01", 1200],
                    ["柚木 まどか", "1976/12/08", "愛知県春日井市中央台5-4-1", "春日井店", "2018/04/01", 1320],
                    ["吉良 恵美子", "1976/01/29", "愛知県名古屋市南区菊住1-4-17", "金山店", "2021/01/01", 1300],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data", "confidential_marking"],
        "note": "XLSX stamped 取扱注意 listing 7 employees' DOB and home address, to the outside sharoushi",
    },
    {
        "id": "restaurant-094",
        "expect": "pass",
        "sender": "Customer Relations <okyakusama@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitfield <dan.whitfield82@gmail.com>"],
        "subject": "Re: Overcharged at Cafe Soleil Meieki on 6 December",
        "charset": "utf-8",
        "body": """Dear Mr Whitfield,

Thank you for contacting us, and please accept our sincere apologies.
We have checked the receipt you sent (No. 0412-1206-0187): the drink set was
entered twice at the register. We will refund JPY 1,320 to the card you used
within 5 business days; you do not need to send us any card details.

We hope you will give us another chance on your next visit to Nagoya.

Kind regards,
Reina Onodera
Customer Relations, Hinode Sangyo Co., Ltd.
Tel +81-52-261-4420

On Sun, 7 Dec 2025 at 22:13, Daniel Whitfield <dan.whitfield82@gmail.com> wrote:
> Hello, I was charged twice for a drink set at your cafe near Nagoya station.
> My receipt number is 0412-1206-0187. Please refund it.
> Daniel
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English apology to one tourist on free mail, receipt number only; the quoted part is his own text",
    },
    {
        "id": "restaurant-095",
        "expect": "stop",
        "sender": "桑原 健一 <k.kuwabara@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業部 <eigyo@xn--kitaguni-fods-s7k.co.jp>"],
        "subject": "Re: 【ご案内】振込先口座変更のお知らせ",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
営業部 ご担当者様

お世話になっております。日の出産業 購買課の桑原です。
振込先口座変更のご案内、拝受いたしました。
経理に回しますので、変更後口座の通帳の写しをお送りいただけますでしょうか。
12月末支払分から新口座へのお振込みとなる見込みです。

桑原 健一
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "IDN homoglyph: the punycode domain is kitaguni-foods with a Cyrillic о, not the partner",
    },
    {
        "id": "restaurant-096",
        "expect": "either",
        "sender": "店舗運営部 大河内 <s.okochi@hinode-sangyo.co.jp>",
        "to": ["堀之内オーナー <horinouchi@tanpopo-foods.jp>"],
        "subject": "四日市店への応援スタッフの件",
        "charset": "iso-2022-jp",
        "body": """堀之内オーナー

お疲れさまです。店舗運営部の大河内です。
年末に四日市店へ応援に出す予定だった直営店アルバイトの森下 颯さんですが、
先週から体調を崩して通院しており、医師から年内は休むように言われたとのことで、
応援は難しくなりました。申し訳ありません。
代わりに八事店の赤星さんを調整中です。決まり次第ご連絡します。

大河内
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "vague health news (通院・医師の指示) about a named part-timer to a franchisee: borderline 要配慮",
    },
    {
        "id": "restaurant-097",
        "expect": "stop",
        "sender": "ケータリング事業部 三好 <m.miyoshi@hinode-sangyo.co.jp>",
        "to": ["くりやサポート 調理課 <chori@kuriya-support.co.jp>"],
        "subject": "ひだまり荘 1月からの個別食対応者一覧",
        "charset": "utf-8",
        "body": """くりやサポート株式会社
調理課 御中

お世話になっております。日の出産業 ケータリング事業部の三好です。
1月から委託する介護付き有料老人ホーム「ひだまり荘」の昼夕食について、
個別対応が必要な入居者様の一覧です。献立作成にご利用ください。

居室  お名前          食形態            疾病・留意事項
101   江頭 トメ       刻み食            糖尿病（1日1400kcal制限）
104   石黒 五郎       ミキサー食        脳梗塞後遺症・嚥下障害
110   間宮 シヅ       常食              慢性腎臓病（たんぱく質40g/日）
203   仲宗根 勇       ソフト食          パーキンソン病、とろみ付け中等度
207   鬼頭 ハル       刻み食            高血圧（塩分6g/日）・卵アレルギー
215   宇野 貞夫       常食              痛風（プリン体制限）
302   陣野 キミ子     ミキサー食        認知症、誤嚥性肺炎の既往

変更があれば施設の管理栄養士から直接ご連絡が入ります。

三好 真央（ケータリング事業部）TEL 052-261-4457
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list of 7 named care-home residents with their diseases and dysphagia to a subcontract kitchen",
    },
    {
        "id": "restaurant-098",
        "expect": "pass",
        "sender": "荻野 拓海 <t.ogino@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 年末配送センター 水谷様 <mizutani@aoba-unyu.co.jp>"],
        "subject": "RE: 12/31 おせち配送 担当ドライバーのご連絡",
        "charset": "iso-2022-jp",
        "body": """水谷様

お世話になっております。日の出産業の荻野です。
担当ドライバーの皆様のご連絡先、ありがとうございます。
当日はセントラルキッチンの出荷口で5:30から積込みを開始いたします。
お客様からの問い合わせは当社で受け付けますので、よろしくお願いいたします。

荻野 拓海

差出人: 水谷 亮 <mizutani@aoba-unyu.co.jp>
送信日時: 2025年12月12日 9:48
宛先: 荻野 拓海 <t.ogino@hinode-sangyo.co.jp>
件名: 12/31 おせち配送 担当ドライバーのご連絡

荻野様

12/31のおせち配送の担当ドライバーです。当日の連絡は各自の携帯へお願いします。

便  ドライバー    携帯
1   大槻 良平     090-4425-1137
2   浜口 勝也     080-3369-2204
3   諸星 孝       070-1158-6673
4   真鍋 一樹     090-7726-3381
5   柳生 大吾     080-5542-9910

青葉運輸 年末配送センター 水谷
""",
        "entities": [],
        "detectors": [],
        "note": "the drivers' mobiles appear only in the partner's own quoted message (差出人/送信日時)",
    },
    {
        "id": "restaurant-099",
        "expect": "stop",
        "sender": "お客様相談室 小野寺 <r.onodera@hinode-sangyo.co.jp>",
        "to": ["ペイリンク 加盟店サポート <merchant-support@paylink-jp.com>"],
        "subject": "FW: 二重決済の返金について",
        "charset": "utf-8",
        "body": f"""ペイリンク株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の小野寺です。
お客様からカードの二重決済のお申し出がありました。
下記のお客様メールを転送しますので、該当取引の取消をお願いいたします。
加盟店番号：PL-0048812（ひので食堂 金山店）

---------- 転送メッセージ ----------
差出人: 宮下 理沙 <risa.miyashita@outlook.jp>
日付: 2025年12月7日 21:40
件名: 二重決済の返金について

ひので食堂 お客様相談室 御中

12月6日の夕食（金山店・伝票0412-1206-0233）のお会計が、
カードの明細で2回引き落とされています。
カード番号は {card_number(9901)}、名義は RISA MIYASHITA です。
1回分の返金をお願いします。連絡先は 090-3357-2846 です。

宮下 理沙
""",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded customer mail carrying her full card number is new text to the payment processor",
    },
    {
        "id": "restaurant-100",
        "expect": "either",
        "sender": "林 智子 <t.hayashi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会調理 <kitchen-banquet@sakura-hotel.jp>"],
        "subject": "1/24 新年会 お料理の個別対応（2名様）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会調理 ご担当者様

お世話になっております。日の出産業の林です。
1月24日の西尾工業様 新年会で、お料理の個別対応をお願いしたい方が2名いらっしゃいます。

・芦原 直子 様（C卓）：信条によりヴィーガン。動物性食品（魚介・卵・乳・はちみつ・
　かつおだし）を一切使わない会席でお願いします。
・栗山 隼 様（E卓）：ベジタリアン（乳・卵は可）。

お手数をおかけしますが、よろしくお願いいたします。
林 智子
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named guests' vegan diet 'by conviction' may or may not be 信条 under APPI: judgement call",
    },
]
