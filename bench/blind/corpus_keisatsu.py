"""Keisatsu (警察・法務対応) area of the blind corpus: how 日の出産業's 総務・法務・コンプライアンス
staff, site and shop managers answer police and legal inquiries — 捜査関係事項照会 and
弁護士会照会 about employees or customers, lost property handed in at shops and sites,
thefts at warehouses and construction sites, employees who have been arrested or detained,
and day-to-day work with outside counsel, insurers, card companies and security firms —
together with the ordinary mail of that job that must go. Written blind from BRIEF.md
(and the message format of build.py and the names of SPEC.md) without reading mailguard's
code."""

from build import card_number, my_number

SEED = 60001

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _z(text):
    """Full-width digits and hyphens, the way some staff type them."""
    return text.translate(_ZEN)


def _mn(k):
    return my_number(SEED + k)


def _cc(k):
    return card_number(SEED + k)


def _sp4(num):
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


SIG_SAEKI = """
--
日の出産業株式会社 総務部 法務課
佐伯 真理子（さえき まりこ）
〒108-0075 東京都港区港南五丁目8番21号 日の出ビル7F
TEL 03-5791-4410（直通） FAX 03-5791-4419
saeki.mariko@hinode-sangyo.co.jp
"""

SIG_IWABUCHI = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社 コンプライアンス推進室
 室長  岩渕 亮
 東京都港区港南5-8-21 日の出ビル7階
 Tel: 03-5791-4460 / Mobile: 080-4417-2093
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_ISURUGI = """
――――――――――――――――――
日の出産業株式会社
人事部 労務課  石動 さやか
TEL：03-5791-4431　内線 2431
――――――――――――――――――
"""

SIG_KATSURAGI = """
------------------------------
日の出産業(株) 横浜物流センター
センター長 葛城 勝
〒224-0045 神奈川県横浜市都筑区東方町1204-3
TEL 045-948-7720 / FAX 045-948-7729
------------------------------
"""

SIG_UKITA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業 直営ショップ 港南台店
店長　宇喜多 拓海
〒234-0054 横浜市港南区港南台9-31-6 港南台ガーデンモール2F
TEL 045-830-5521（店舗代表）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_CHIHAYA = """
--
Hinode Sangyo Co., Ltd. / 情報システム部
千早 悠 (Chihaya Yu)
03-5791-4480 | chihaya.yu@hinode-sangyo.co.jp
"""

SIG_MUTO = """
=================================
日の出産業株式会社
総務部長　武藤 隆
〒108-0075　東京都港区港南5-8-21
電話 03-5791-4400（代表）
=================================
"""

SIG_TAKANASHI = """
----
日の出産業株式会社 工事部 施設課
小鳥遊 健吾
現場事務所：埼玉県川口市領家7-2-18（仮設）
携帯 090-6621-3408（業務用）
"""

SIG_EN = """
--
Ryo Iwabuchi
Head of Compliance, Hinode Sangyo Co., Ltd.
Hinode Bldg. 7F, 5-8-21 Konan, Minato-ku, Tokyo 108-0075, Japan
Tel +81-3-5791-4460
"""

DISC_JP = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you have
received it in error, please notify the sender and delete it. Any unauthorised use,
disclosure or copying is prohibited.
"""

MESSAGES = [
    # 001 ------------------------------------------------------------------
    {
        "id": "keisatsu-001",
        "charset": "iso-2022-jp",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["三条 和臣 <sanjo@shirakawa-law.jp>"],
        "cc": ["武藤 隆 <muto.takashi@hinode-sangyo.co.jp>"],
        "subject": "【至急ご相談】当社従業員の逮捕について",
        "body": """白川法律事務所
弁護士 三条 和臣 先生

いつも大変お世話になっております。日の出産業 総務部の佐伯でございます。
急ぎご相談させていただきたい件がございます。

本日午前、港北中央警察署より当社に連絡があり、横浜物流センター勤務の従業員
伊集院 拓真（いじゅういん たくま、34歳、2016年入社）が、昨夜、同センター近隣の
コンビニエンスストアでの窃盗の疑いで逮捕されたとのことです。
現在同署に留置されており、明日には検察庁へ送致される見込みと聞いております。

つきましては、
１．会社として本人との接見をお願いできるか
２．報道対応および社内への説明の範囲
３．就業規則上の取扱い（出勤停止・懲戒の判断時期）
についてご助言を頂戴できますでしょうか。
本日夕方以降でしたら、いつでもお電話をお受けできます。

何卒よろしくお願い申し上げます。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's arrest (要配慮: 逮捕) told to outside counsel — sensitive data of one person",
    },
    # 002 ------------------------------------------------------------------
    {
        "id": "keisatsu-002",
        "charset": "utf-8",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["sanjo@shirakawa-law.jp"],
        "subject": "Re: 【至急ご相談】当社従業員の逮捕について",
        "body": """三条先生

早速のご返信ありがとうございます。
明朝9時30分に港北中央警察署の1階受付でお待ちしております。
当社からは私と武藤（総務部長）の2名で参ります。

報道対応については、先生のご助言どおり、現時点では「事実関係を確認中」とのみ
回答する方針で社内調整いたします。

佐伯

2025年6月11日(水) 16:42 三条 和臣 <sanjo@shirakawa-law.jp>:
> 佐伯様
>
> ご連絡ありがとうございます。伊集院拓真さんの件、承知しました。
> 窃盗被疑事件での逮捕ですと、勾留請求の判断は明日になると思います。
> 明朝、私が港北中央署で接見いたしますので、会社の方もご同行いただけますか。
> 報道対応は、当面「事実関係を確認中」で統一されるのがよいと存じます。
>
> 弁護士 三条和臣
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "new text is only scheduling; the arrest details sit in quoted text the lawyer already has",
    },
    # 003 ------------------------------------------------------------------
    {
        "id": "keisatsu-003",
        "charset": "cp932",
        "sender": "総務部 法務課 佐伯 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["港北中央警察署 交通課 <kotsu-ka@kohoku-chuo-ps.police-higashiyama.lg.jp>"],
        "subject": "交通事故目撃に関するご照会への回答（社用車 横浜400そ12-87）",
        "body": """港北中央警察署 交通課
巡査部長 根岸 様

お世話になっております。日の出産業株式会社 総務部の佐伯です。
6月3日付でご照会のありました、県道12号線での交通事故に関し、当該時刻に
社用車（横浜400そ12-87）を運転していた従業員について、回答書を添付いたします。

なお、当該従業員は目撃者としての事情聴取に応じる意向であり、
日程は本人の勤務シフトを踏まえ別途ご連絡いたします。

よろしくお願いいたします。
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "docx",
                "name": "回答書_交通課ご照会_0603.docx",
                "title": "回答書",
                "paragraphs": [
                    "港北中央警察署長 殿",
                    "回 答 書",
                    "令和7年6月3日付 照会番号 港北交第2047号 について、下記のとおり回答します。",
                    "日の出産業株式会社 総務部長 武藤 隆",
                ],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["氏名", "鮫島 亮平（さめじま りょうへい）"],
                        ["生年月日", "平成2年10月17日"],
                        ["住所", "神奈川県横浜市港北区新吉田東4丁目22番9号 ハイツ新吉田203"],
                        ["運転免許証番号", "第452208716390号"],
                        ["免許の種類", "普通・中型"],
                        ["所属", "横浜物流センター 配送課"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "reply to police carries an employee's driver's licence number (identity document)",
    },
    # 004 ------------------------------------------------------------------
    {
        "id": "keisatsu-004",
        "charset": "cp932",
        "sender": "宇喜多 拓海 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["会計課 遺失物係 <ishitsubutsu@konandai-ps.police-higashiyama.lg.jp>"],
        "subject": "拾得物件の提出について（港南台店・5月分）",
        "body": """港南台警察署 会計課 遺失物係 御中

いつもお世話になっております。
日の出産業 直営ショップ港南台店の宇喜多です。

5月中に当店で拾得し、保管期間内にお引き取りのなかった物件について、
一覧をCSVでお送りします。現物は6月14日（土）午前中にお持ちいたします。
遺失者が判明しているものは、当店からご連絡済み（不在・折り返しなし）の分です。

よろしくお願いいたします。
""" + SIG_UKITA,
        "attachments": [
            {
                "kind": "csv",
                "name": "拾得物一覧_202505_港南台店.csv",
                "encoding": "cp932",
                "rows": [
                    ["管理番号", "拾得日時", "拾得場所", "物件", "特徴", "遺失者氏名", "遺失者連絡先", "備考"],
                    ["K0502", "2025/05/02 14:10", "試着室2", "財布", "茶色革・現金3,200円", "蓼沼 美里", "080-3317-9062", "留守電2回"],
                    ["K0506", "2025/05/06 11:45", "レジ前", "スマートフォン", "黒・ケースなし", "", "", "遺失者不明"],
                    ["K0509", "2025/05/09 18:02", "休憩ベンチ", "定期入れ", "IC乗車券入り", "御手洗 康介", "090-8820-4176", "不通"],
                    ["K0513", "2025/05/13 15:30", "駐輪場", "自転車の鍵", "キーホルダー付", "", "", "遺失者不明"],
                    ["K0517", "2025/05/17 12:20", "試着室1", "腕時計", "銀色", "鰐淵 千尋", "070-1924-5583", "折り返しなし"],
                    ["K0521", "2025/05/21 19:48", "店舗入口", "カードケース", "診察券・ポイントカード", "十文字 一樹", "090-4472-0318", "留守電"],
                    ["K0524", "2025/05/24 13:05", "レジ前", "手帳", "緑色", "五味 さくら", "080-6659-2741", "番号不使用"],
                    ["K0529", "2025/05/29 17:40", "試着室3", "眼鏡", "黒縁・ケース入り", "百目鬼 剛", "090-2036-7715", "不在"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "lost-property list to police names six owners with their mobile numbers: a list of people",
    },
    # 005 ------------------------------------------------------------------
    {
        "id": "keisatsu-005",
        "charset": "iso-2022-jp",
        "sender": "港南台店 宇喜多 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["h.tadenuma.0722@gmail.com"],
        "subject": "お忘れ物のお知らせ（日の出産業 港南台店）",
        "body": """蓼沼様

突然のご連絡失礼いたします。
日の出産業 直営ショップ港南台店でございます。

6月8日（日）にご来店の際、試着室に日傘をお忘れではないでしょうか。
会員アプリのご登録アドレス宛にご連絡しております。
お心当たりがございましたら、店頭にてお名前をお申し付けください。
当店での保管は6月22日（日）までとなり、以降は港南台警察署へお届けいたします。

営業時間 10:00～20:00（水曜定休）
""" + SIG_UKITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "lost-property notice to the owner alone on free mail; no one's data beyond the salutation",
    },
    # 006 ------------------------------------------------------------------
    {
        "id": "keisatsu-006",
        "charset": "utf-8",
        "sender": "港南台店 <konandai-shop@hinode-sangyo.co.jp>",
        "to": [
            "mika.onizuka@yahoo.co.jp",
            "kazuya-shimazu@icloud.com",
            "t-ezaki1988@gmail.com",
            "nanami.0314@docomo.ne.jp",
        ],
        "subject": "【日の出産業 港南台店】お預かり中のお忘れ物 保管期限のご案内",
        "body": """お客様各位

いつも日の出産業 港南台店をご利用いただきありがとうございます。
当店にてお忘れ物をお預かりしているお客様にご連絡しております。

当店での保管期限は6月30日（月）です。
期限を過ぎたお品物は、遺失物法に基づき港南台警察署へお届けいたしますので、
お早めに店頭までお越しください（ご本人確認のできるものをお持ちください）。

ご不明点は店舗代表 045-830-5521 までお問い合わせください。

日の出産業 直営ショップ 港南台店
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four private customers put in To where they see each other's addresses: should have been Bcc",
    },
    # 007 ------------------------------------------------------------------
    {
        "id": "keisatsu-007",
        "charset": "utf-8",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": ["刑事課 盗犯係 <tohan@tsuzuki-ps.police-higashiyama.lg.jp>"],
        "cc": ["saeki.mariko@hinode-sangyo.co.jp"],
        "subject": "銅線ケーブル盗難の件／当夜の勤務者一覧の送付",
        "body": """都筑警察署 刑事課 盗犯係
警部補 天童 様

お世話になっております。日の出産業 横浜物流センターの葛城です。
先日ご依頼のありました、6月1日夜間（22時～翌6時）に当センターで勤務していた
従業員の一覧をお送りします。
連絡先は各自の携帯電話です。聴取の際は事前に私までご一報いただけますと助かります。

ご確認のほどよろしくお願いいたします。
""" + SIG_KATSURAGI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "0601夜勤者一覧.xlsx",
                "title": "夜勤者一覧",
                "sheets": {
                    "夜勤者": [
                        ["6月1日（日）夜勤 勤務者一覧　横浜物流センター", None, None, None, None, None],
                        ["No", "氏名", "生年月日", "住所", "携帯電話", "担当"],
                        [1, "雲母 大翔", "1987/03/12", "神奈川県横浜市都筑区池辺町3318-2", "090-1183-4420", "入荷"],
                        [2, "乙部 晴美", "1992/11/30", "神奈川県横浜市緑区十日市場町802-14", "080-5527-9913", "検品"],
                        [3, "栗栖 航", "1979/07/04", "神奈川県川崎市宮前区有馬6-21-3", "070-3360-1287", "フォークリフト"],
                        [4, "安心院 玲奈", "1995/01/22", "神奈川県横浜市港北区高田西2-9-17", "090-7741-0356", "出荷"],
                        [5, "猪狩 正志", "1968/09/09", "東京都町田市鶴間4-15-6", "080-2209-6674", "警備巡回"],
                        [6, "轟 ひかる", "1999/05/18", "神奈川県横浜市青葉区市ケ尾町1150-7", "090-3094-8812", "出荷"],
                        [7, "四十物 誠", "1983/12/01", "神奈川県大和市中央林間5-3-20", "070-4418-2265", "入荷"],
                    ],
                    "メモ": [["備考"], ["猪狩は委託警備ではなく当社直雇用"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "spreadsheet of seven employees with birth dates, home addresses and mobiles sent to police",
    },
    # 008 ------------------------------------------------------------------
    {
        "id": "keisatsu-008",
        "charset": "cp932",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": ["tohan@tsuzuki-ps.police-higashiyama.lg.jp"],
        "subject": "被害届の添付資料（被害品明細）",
        "body": """天童様

お世話になっております。横浜物流センターの葛城です。
被害届に添付する被害品の明細を作成しましたので、お送りします。
金額は購入時の請求書ベースです。請求書の写しは届出の際に持参いたします。

引き続きよろしくお願いいたします。
""" + SIG_KATSURAGI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "被害品明細_20250601.xlsx",
                "sheets": {
                    "被害品": [
                        ["被害品明細（6月1日夜間 盗難）", None, None, None, None],
                        ["品名", "型番", "数量", "単価(円)", "金額(円)"],
                        ["CVケーブル 22sq 3芯", "CV22-3C", "300m", 2150, 645000],
                        ["VVFケーブル 2.0mm", "VVF2.0-3C", "5巻", 18400, 92000],
                        ["電動インパクトドライバー", "HKD-18V", "2台", 38500, 77000],
                        ["ケーブルカッター", "HCC-60", "1丁", 24800, 24800],
                        ["南京錠（破損）", "PL-50", "2個", 3300, 6600],
                        ["合計", None, None, None, 845400],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of stolen goods with model numbers and prices for the police report: no people",
    },
    # 009 ------------------------------------------------------------------
    {
        "id": "keisatsu-009",
        "charset": "iso-2022-jp",
        "sender": "千早 悠 <chihaya.yu@hinode-sangyo.co.jp>",
        "to": ["tohan@tsuzuki-ps.police-higashiyama.lg.jp"],
        "cc": ["katsuragi.masaru@hinode-sangyo.co.jp"],
        "subject": "防犯カメラ映像の受け渡し日程について",
        "body": """都筑警察署 刑事課 天童様

日の出産業 情報システム部の千早と申します。
葛城よりご依頼を引き継ぎました、横浜物流センター防犯カメラ映像の件です。

対象：第2倉庫北側カメラ（CAM-07, CAM-08）
期間：6月1日 21:00 ～ 6月2日 06:30
形式：DVD-R 2枚（MP4、再生ソフト同梱）

6月12日（木）以降でしたら、センター事務所にてお渡しできます。
ご都合のよい日時をお知らせください。受領書の様式がございましたらご持参ください。
""" + SIG_CHIHAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "arranging the hand-over of CCTV footage: logistics only, no personal data",
    },
    # 010 ------------------------------------------------------------------
    {
        "id": "keisatsu-010",
        "charset": "utf-8",
        "sender": "武藤 隆 <muto.takashi@hinode-sangyo.co.jp>",
        "to": ["三条 和臣 <sanjo@shirakawa-1aw.jp>"],
        "subject": "次回打合せ日程のご相談",
        "body": """三条先生

お世話になっております。日の出産業の武藤でございます。
先日の件につき、今後の方針を確認させていただきたく、打合せのお時間を頂戴できれば幸いです。

候補日：
・6月18日（水）15:00～16:00
・6月19日（木）10:00～11:00
・6月20日（金）14:00～15:00

場所は貴事務所に伺う形で考えております。ご都合をお聞かせください。
""" + SIG_MUTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "address typed as shirakawa-1aw.jp (digit 1 for l): look-alike of the partner law firm's domain",
    },
    # 011 ------------------------------------------------------------------
    {
        "id": "keisatsu-011",
        "charset": "cp932",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["橘 早苗 弁護士 <s.tachibana@tachibana-sogo-law.jp>"],
        "subject": "内部調査報告書（案）のご確認のお願い",
        "body": """橘総合法律事務所
橘 早苗 先生

平素より大変お世話になっております。日の出産業 コンプライアンス推進室の岩渕です。
先般ご相談いたしました、取引先との不適切な値引き取引の疑いに関する内部調査について、
報告書の案を取りまとめましたので添付いたします。

関係者は報告書上すべて「従業員A」「従業員B」等の記号で表記しております。
特に第4章（原因分析）と第5章（再発防止策）について、法的観点からご意見を頂戴できれば幸いです。
取締役会への報告を7月上旬に予定しております。
""" + SIG_IWABUCHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "内部調査報告書_案_v3.docx",
                "title": "内部調査報告書（案）",
                "page_header": "社外秘",
                "page_footer": "社外秘　日の出産業株式会社 コンプライアンス推進室",
                "paragraphs": [
                    "社外秘",
                    "内部調査報告書（案）",
                    "第1章 調査の経緯",
                    "2025年3月、内部通報窓口に、営業部門において特定取引先に対し社内規程を超える値引きが行われているとの通報があった。",
                    "第2章 調査の方法",
                    "関係者へのヒアリング（計9名）、販売管理システムの取引データ（2023年4月～2025年3月）の分析。",
                    "第3章 認定した事実",
                    "従業員Aは、上長の決裁を経ずに計14件、総額約1,820万円の値引きを承認していた。",
                    "第4章 原因分析",
                    "決裁権限規程の運用が形骸化していたこと、販売管理システムに上限チェックがなかったこと。",
                    "第5章 再発防止策",
                    "システム上の値引き上限の設定、四半期ごとのモニタリング、研修の実施。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached report is stamped 社外秘 in its header, footer and first line; people pseudonymised",
    },
    # 012 ------------------------------------------------------------------
    {
        "id": "keisatsu-012",
        "charset": "iso-2022-jp",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["照会係 <shokai@minamikawa-bar.or.jp>"],
        "subject": "弁護士法第23条の2に基づく照会への回答（南弁照第2025-0388号）",
        "body": """南川弁護士会 照会係 御中

拝啓 時下ますますご清祥のこととお慶び申し上げます。
令和7年5月20日付でご照会いただきました標記の件につき、回答書を送付いたします。

回答書はパスワード付きZIPファイルにしております。
パスワードは別メールにてお送りいたします。

原本は本日付で郵送いたしました。
敬具
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "zip",
                "name": "回答書_南弁照2025-0388.zip",
                "password": "Hs2025#0388",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "回答書.pdf",
                        "lines": ["回答書", "照会事項1について：在籍の事実はございます。", "照会事項2について：別紙のとおり。"],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the bar association: attachment cannot be inspected",
    },
    # 013 ------------------------------------------------------------------
    {
        "id": "keisatsu-013",
        "charset": "utf-8",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["shokai@minamikawa-bar.or.jp"],
        "subject": "回答期限延長のお願い（南弁照第2025-0412号）",
        "body": """南川弁護士会 照会係 御中

お世話になっております。日の出産業株式会社 総務部法務課の佐伯と申します。

6月2日付で受領いたしました標記照会につきまして、照会事項が過去5年分の取引記録に
及んでおり、社内の保管庫から紙の帳票を取り寄せる必要がございます。
つきましては、回答期限（6月16日）を7月4日まで延長していただけないでしょうか。

ご検討のほど、よろしくお願い申し上げます。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks the bar association to extend a deadline, quoting only the case number",
    },
    # 014 ------------------------------------------------------------------
    {
        "id": "keisatsu-014",
        "charset": "utf-8",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["派遣事業部 乾 様 <inui.k@hikari-staff.co.jp>"],
        "subject": "FW: 【社内共有】派遣スタッフの勾留について",
        "body": """ひかりスタッフサービス株式会社
派遣事業部 乾様

お世話になっております。日の出産業 人事部の石動です。
貴社から派遣いただいているスタッフの件で、社内で共有された連絡を転送いたします。
今後の契約上の扱い（交代要員の手配等）についてご相談させてください。

-------- 転送メッセージ --------
差出人: 葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>
宛先: 人事部 <jinji@hinode-sangyo.co.jp>
件名: 【社内共有】派遣スタッフの勾留について

人事部各位

横浜物流センターで検品を担当している派遣スタッフの 千々岩 悠斗 さん（28）が、
6月7日に傷害の容疑で逮捕され、現在、都筑警察署に勾留されていると
ご家族から連絡がありました。勾留は10日間の見込みとのことです。
当面の勤務シフトから外しています。

葛城
""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward to the staffing agency is new text naming a worker arrested and detained (要配慮)",
    },
    # 015 ------------------------------------------------------------------
    {
        "id": "keisatsu-015",
        "charset": "iso-2022-jp",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["武藤 隆 <muto.takashi@hinode-sangyo.co.jp>", "saeki.mariko@hinode-sangyo.co.jp"],
        "cc": ["jinji@hinode-sangyo.co.jp"],
        "subject": "伊集院さんの件 人事記録の抜粋（社内限り）",
        "body": """武藤部長、佐伯さん

白川法律事務所との打合せ用に、伊集院さんの人事記録の抜粋をまとめました。

氏名：伊集院 拓真（いじゅういん たくま）
生年月日：1991年2月14日
住所：神奈川県横浜市都筑区仲町台3-7-11 グリーンコート仲町台502
携帯：090-5583-2217
緊急連絡先：伊集院 麻衣（妻）080-3361-7045
入社：2016年4月1日　所属：横浜物流センター 入荷課
懲戒歴：なし
経緯：6月10日夜 窃盗容疑で逮捕、6月12日から勾留（10日間）

接見の結果は三条先生から明日ご連絡いただける予定です。
""" + SIG_ISURUGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "every recipient is internal (hinode-sangyo.co.jp): passes whatever it carries",
    },
    # 016 ------------------------------------------------------------------
    {
        "id": "keisatsu-016",
        "charset": "cp932",
        "sender": "宇喜多 拓海 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["加盟店サポートセンター <kameiten-support@mirai-card.co.jp>"],
        "subject": "不正利用が疑われる取引のご報告（加盟店番号 8812-0045）",
        "body": """ミライカード株式会社
加盟店サポートセンター ご担当者様

いつもお世話になっております。
日の出産業 直営ショップ港南台店（加盟店番号 8812-0045）の宇喜多でございます。

本日、以下の取引について、来店者の挙動（サインが券面と明らかに異なる、
高額品の複数購入）から不正利用の疑いがあると判断し、ご報告いたします。

　取引日時　：2025/06/09 18:47
　カード番号：""" + _sp4(_cc(1)) + """
　有効期限　：08/28
　承認番号　：305127
　金額　　　：¥186,340（ワイヤレスイヤホン×4、タブレット×1）

防犯カメラ映像は保存済みです。港南台警察署への相談も予定しております。
今後の対応についてご指示をお願いいたします。
""" + SIG_UKITA,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "full credit card number in the body of a report to the card company",
    },
    # 017 ------------------------------------------------------------------
    {
        "id": "keisatsu-017",
        "charset": "cp932",
        "sender": "宇喜多 拓海 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["kameiten-support@mirai-card.co.jp"],
        "subject": "Re: 不正利用が疑われる取引のご報告（受付番号 MC-250609-1174）",
        "body": """ミライカード 加盟店サポートセンター
小野寺様

ご対応ありがとうございます。
ご依頼の売上票控えは、本日レターパックにてお送りしました。

　受付番号：MC-250609-1174
　カード　：************""" + _cc(1)[-4:] + """（下4桁のみ記載）
　承認番号：305127
　追跡番号：3486-2210-9573

売上は一旦保留とし、チャージバックの可否はご判断をお待ちします。
""" + SIG_UKITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "card number masked to the last four digits; approval and tracking numbers are not personal data",
    },
    # 018 ------------------------------------------------------------------
    {
        "id": "keisatsu-018",
        "charset": "utf-8",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["三条 和臣 <sanjo@shirakawa-law.jp>"],
        "cc": ["saeki.mariko@hinode-sangyo.co.jp"],
        "subject": "労働審判（令和7年(労)第61号）勤怠データのご送付",
        "body": """三条先生

お世話になっております。日の出産業 人事部の石動です。
申立人側が未払い残業代の比較対象として挙げている配送課の従業員について、
2024年4月～2025年3月の月別勤怠集計をCSVでお送りします。
答弁書の別紙作成にご利用ください。

文字コードはUTF-8です。Excelで開く際はご注意ください。
""" + SIG_ISURUGI,
        "attachments": [
            {
                "kind": "csv",
                "name": "haisoka_kintai_FY2024.csv",
                "encoding": "utf-8",
                "rows": [
                    ["社員番号", "氏名", "生年月日", "所定労働時間", "時間外(年計)", "深夜(年計)", "休日出勤日数"],
                    ["H10233", "渡嘉敷 翔", "1988-06-21", "1960", "412.5", "88.0", "14"],
                    ["H10241", "八木沼 亜紀", "1993-02-03", "1960", "287.0", "12.5", "6"],
                    ["H10256", "宍戸 健太郎", "1975-10-30", "1960", "498.0", "140.5", "21"],
                    ["H10262", "不破 みのり", "1997-08-15", "1960", "176.5", "0.0", "3"],
                    ["H10270", "久保寺 誠司", "1981-04-09", "1960", "455.0", "102.0", "17"],
                    ["H10284", "仲宗根 勇気", "1990-12-24", "1960", "390.5", "64.0", "11"],
                    ["H10291", "左近 由梨", "1996-03-07", "1960", "220.0", "8.5", "5"],
                    ["H10305", "東海林 拓", "1984-07-19", "1960", "468.5", "121.0", "19"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "attendance CSV of eight named employees with birth dates sent to outside counsel: a list",
    },
    # 019 ------------------------------------------------------------------
    {
        "id": "keisatsu-019",
        "charset": "iso-2022-jp",
        "sender": "武藤 隆 <muto.takashi@hinode-sangyo.co.jp>",
        "to": ["事務局 <office@tachibana-sogo-law.jp>"],
        "subject": "委任契約書（調印済み）の送付",
        "body": """橘総合法律事務所 事務局 御中

お世話になっております。日の出産業の武藤です。
ご送付いただきました委任契約書に当社代表者印を押印のうえ、PDFをお送りします。
原本2通のうち1通は本日郵送いたしました。

着手金のお振込みは6月末日を予定しております。
""" + SIG_MUTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "委任契約書_日の出産業_調印済.pdf",
                "title": "委任契約書",
                "lines": [
                    "委 任 契 約 書",
                    "委任者 日の出産業株式会社（以下「甲」）と受任者 弁護士 橘 早苗（以下「乙」）は、",
                    "次のとおり委任契約を締結する。",
                    "第1条（事件等の表示） 元従業員に対する損害賠償請求事件（交渉及び訴訟）",
                    "第2条（着手金） 金1,100,000円（税込）",
                    "第3条（報酬金） 経済的利益の額の11％（税込）",
                    "第4条（実費） 印紙代、郵便切手代その他の実費は甲の負担とする。",
                    "2025年6月9日",
                    "甲 東京都港区港南五丁目8番21号 日の出産業株式会社 代表取締役 日野 昭彦",
                    "乙 東京都千代田区内神田二丁目4番7号 橘総合法律事務所 弁護士 橘 早苗",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "signed engagement letter with the law firm: company and firm addresses only",
    },
    # 020 ------------------------------------------------------------------
    {
        "id": "keisatsu-020",
        "charset": "utf-8",
        "sender": "経理部 楠 <kusunoki.ayumi@hinode-sangyo.co.jp>",
        "to": ["経理ご担当 <keiri@shirakawa-law.jp>"],
        "subject": "ご請求書受領のご連絡（請求書番号 SL-2025-0571）",
        "body": """白川法律事務所
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の楠でございます。
下記ご請求書を受領いたしました。

　請求書番号：SL-2025-0571
　件名　　　：2025年5月分 顧問料および労働審判対応
　金額　　　：¥715,000（税込）
　登録番号　：T6010401087654

お支払いは当社規定により、7月10日に貴事務所ご指定の口座
（みどり銀行 丸の内支店 普通 4471820 シラカワホウリツジムシヨ）へ振込予定です。

日の出産業株式会社 経理部
楠 あゆみ　TEL 03-5791-4450
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice receipt: invoice number, the firm's T-number and business bank account — no person's data",
    },
    # 021 ------------------------------------------------------------------
    {
        "id": "keisatsu-021",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 健吾 <takanashi.kengo@hinode-sangyo.co.jp>",
        "to": [
            "genba@kawaguchi-denko.co.jp",
            "kouji@musashi-setsubi.jp",
            "info@ryoke-tosou.co.jp",
            "office@arakawa-kenzai.com",
            "s.okabe@saitama-kiso.co.jp",
        ],
        "subject": "【注意喚起】領家７丁目現場 資材置場での盗難発生について",
        "body": """協力会社各位

いつもお世話になっております。日の出産業 工事部の小鳥遊です。

6月8日（日）深夜、領家7丁目現場の資材置場において、フェンスが切断され、
銅製の配管材および工具類が盗まれる被害がありました。
川口警察署に被害届を提出し、現在捜査中です。

つきましては、各社様におかれましても以下の対応をお願いいたします。
・終業時の資材・工具の施錠保管（仮設倉庫内へ）
・車両内に工具を残置しないこと
・不審な車両・人物を見かけた際は現場事務所へ連絡

現場事務所にはセンサーライトと防犯カメラを追加設置いたします。
ご協力のほど、よろしくお願いいたします。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five subcontractor companies addressed openly in To: external parties see each other",
    },
    # 022 ------------------------------------------------------------------
    {
        "id": "keisatsu-022",
        "charset": "utf-8",
        "sender": "小鳥遊 健吾 <takanashi.kengo@hinode-sangyo.co.jp>",
        "to": [
            "川口警察署 生活安全課 <seikatsu-anzen@kawaguchi-ps.police-saitama-ken.lg.jp>",
            "金剛警備保障 法人営業部 <hojin-eigyo@kongo-keibi.co.jp>",
        ],
        "subject": "領家７丁目現場 防犯診断の日程調整",
        "body": """川口警察署 生活安全課 ご担当者様
金剛警備保障株式会社 法人営業部 ご担当者様

お世話になっております。日の出産業 工事部の小鳥遊です。
先日の盗難被害を受け、現場の防犯診断を合同で実施いただける件、ありがとうございます。

現場側の候補日は以下のとおりです。
　6/17（火）13:30～　／　6/18（水）10:00～　／　6/20（金）15:00～
所要は1時間程度、集合は現場事務所前（仮設ゲート）でお願いします。

両者ご都合のよい日を返信いただけますと幸いです。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (police and security firm) in a normal scheduling mail",
    },
    # 023 ------------------------------------------------------------------
    {
        "id": "keisatsu-023",
        "charset": "cp932",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["企業損害サービス課 <kigyo-songai@hoshizora-sonpo.co.jp>"],
        "subject": "強盗被害に伴う保険金請求（証券番号 HZ-7731-0925）",
        "body": """星空損害保険株式会社
企業損害サービス課 御中

いつもお世話になっております。日の出産業 総務部の楢崎です。
6月5日夜に発生した港南台店の強盗被害につき、事故報告書をお送りします。
売上金の被害に加え、閉店作業中の従業員が負傷しております。
休業損害・見舞金の補償対象になるか、ご確認をお願いいたします。

日の出産業株式会社 総務部 楢崎 潤（03-5791-4412）
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "事故報告書_港南台店_0605.docx",
                "paragraphs": [
                    "事故報告書",
                    "発生日時：2025年6月5日 21時12分頃",
                    "発生場所：日の出産業 直営ショップ港南台店 バックヤード",
                    "概要：閉店後、売上金を金庫へ収納中の従業員に、刃物を持った男が押し入り、現金約48万円を奪って逃走した。",
                    "負傷者：アルバイト従業員 佐々木 陽菜（21歳）。犯人に突き飛ばされ左手首を骨折、全治6週間の診断（港南台中央病院）。",
                    "警察：港南台警察署に即時通報、被害届受理番号 第0605-117号。",
                    "犯人：未検挙。",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee who was a robbery victim and her fracture diagnosis (crime victim + medical)",
    },
    # 024 ------------------------------------------------------------------
    {
        "id": "keisatsu-024",
        "charset": "utf-8",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["岡 弁護士 <oka@oka-law-office.jp>"],
        "subject": "当社外国籍社員の身柄拘束について（ご依頼）",
        "body": """岡法律事務所
岡 秀明 先生

はじめてご連絡いたします。日の出産業株式会社 人事部の石動と申します。
白川法律事務所の三条先生からご紹介いただきました。

当社の技能実習修了後に特定技能で雇用している社員が、昨日、在留カード不携帯と
住居侵入の疑いで鶴見警察署に逮捕されました。本人は日本語での意思疎通が十分でなく、
ベトナム語の通訳を伴う接見をお願いできないかと考えております。

本人情報（会社保管の写しより）
　氏名：NGUYEN VAN THANH（グエン・ヴァン・タイン）
　生年月日：1998年4月23日
　国籍：ベトナム
　在留カード番号：UH48201937AB
　旅券番号：C7731042
　在留資格：特定技能1号（在留期限 2026年3月11日）

ご受任いただける場合の費用感もあわせてお知らせいただけますと幸いです。
""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "residence card and passport numbers plus the arrest of a named foreign employee",
    },
    # 025 ------------------------------------------------------------------
    {
        "id": "keisatsu-025",
        "charset": "iso-2022-jp",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": ["佐伯 真理子 <saeki.mariko@hinode-sangyo.jp>"],
        "subject": "都筑署 天童警部補からの連絡（聴取対象者）",
        "body": """佐伯さん

お疲れさまです。葛城です。
都筑署の天童警部補から、銅線盗難の件で追加の聴取をしたいと連絡がありました。
対象は第一発見者の警備担当です。

　警備担当：猪狩 正志
　携帯　　：080-2209-6674
　希望日時：6/13（金）10時、センター会議室

法務として同席されるか、ご判断ください。
""" + SIG_KATSURAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but sent to hinode-sangyo.jp (dropped co.): look-alike of the own domain",
    },
    # 026 ------------------------------------------------------------------
    {
        "id": "keisatsu-026",
        "charset": "cp932",
        "sender": "宇喜多 拓海 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["港南台警察署 刑事課 <keiji@konandai-ps.police-higashiyama.lg.jp>"],
        "subject": "事情聴取の日程について（6/5 強盗事件）",
        "body": """港南台警察署 刑事課
巡査長 菅生様

お世話になっております。日の出産業 港南台店の宇喜多です。
ご依頼の事情聴取につきまして、当日閉店作業をしていた当店スタッフ2名と私の計3名で、
6月13日（金）14時に貴署へ伺います。

受付では「港南台店の件」とお伝えすればよろしいでしょうか。
持参すべき書類がございましたらお知らせください。
""" + SIG_UKITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "confirms when staff will attend a police interview; no one's data",
    },
    # 027 ------------------------------------------------------------------
    {
        "id": "keisatsu-027",
        "charset": "utf-8",
        "sender": "千早 悠 <chihaya.yu@hinode-sangyo.co.jp>",
        "to": ["tohan@tsuzuki-ps.police-higashiyama.lg.jp"],
        "subject": "入退館記録の抽出結果（6/1 21:00～6/2 06:30）",
        "body": """天童様

日の出産業 情報システム部の千早です。
ご依頼の横浜物流センター第2倉庫の入退館記録を抽出しました（CSV、UTF-8）。
ICカードの認証ログをそのまま出力しており、氏名は人事マスタと突合したものです。

不明点があればご連絡ください。
""" + SIG_CHIHAYA,
        "attachments": [
            {
                "kind": "csv",
                "name": "entry_log_wh2_20250601.csv",
                "encoding": "utf-8",
                "rows": [
                    ["timestamp", "door", "direction", "card_id", "employee_no", "name", "dept"],
                    ["2025-06-01 21:58:12", "WH2-N", "IN", "C004418", "H10411", "雲母 大翔", "入荷"],
                    ["2025-06-01 22:03:47", "WH2-N", "IN", "C004902", "H10587", "乙部 晴美", "検品"],
                    ["2025-06-01 22:15:09", "WH2-S", "IN", "C003377", "H09921", "栗栖 航", "フォークリフト"],
                    ["2025-06-01 23:41:55", "WH2-S", "OUT", "C003377", "H09921", "栗栖 航", "フォークリフト"],
                    ["2025-06-02 00:12:30", "WH2-N", "IN", "C005120", "H10733", "安心院 玲奈", "出荷"],
                    ["2025-06-02 02:27:18", "WH2-E", "IN", "C001206", "H08114", "猪狩 正志", "警備巡回"],
                    ["2025-06-02 02:31:02", "WH2-E", "OUT", "C001206", "H08114", "猪狩 正志", "警備巡回"],
                    ["2025-06-02 03:50:44", "WH2-N", "IN", "C005318", "H10902", "轟 ひかる", "出荷"],
                    ["2025-06-02 05:58:21", "WH2-N", "OUT", "C004418", "H10411", "雲母 大翔", "入荷"],
                    ["2025-06-02 06:02:39", "WH2-N", "IN", "C002745", "H09355", "四十物 誠", "入荷"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "access-control log naming seven employees with card IDs and movements: a list of people",
    },
    # 028 ------------------------------------------------------------------
    {
        "id": "keisatsu-028",
        "charset": "iso-2022-jp",
        "sender": "武藤 隆 <muto.takashi@hinode-sangyo.co.jp>",
        "to": ["事務局 <jimukyoku@minamikawa-bouhan.or.jp>"],
        "subject": "防犯協会 会員事業所アンケートのご回答",
        "body": """公益社団法人 南川県防犯協会 事務局 御中

お世話になっております。日の出産業の武藤でございます。
標記アンケートにつき、当社の2024年度実績を添付のとおりご回答いたします。
集計は事業所単位で、個人が特定される情報は含めておりません。

引き続きよろしくお願いいたします。
""" + SIG_MUTO,
        "attachments": [
            {
                "kind": "html",
                "name": "bouhan_enquete_2024.html",
                "html": """<html><head><meta charset="utf-8"><title>2024年度 防犯関連実績</title></head><body>
<h2>日の出産業株式会社 2024年度 防犯関連実績</h2>
<table border="1">
<tr><th>事業所</th><th>盗難被害(件)</th><th>万引き(件)</th><th>拾得物受付(件)</th><th>警察届出(件)</th></tr>
<tr><td>横浜物流センター</td><td>2</td><td>-</td><td>31</td><td>4</td></tr>
<tr><td>直営ショップ港南台店</td><td>1</td><td>17</td><td>226</td><td>19</td></tr>
<tr><td>直営ショップ本厚木店</td><td>0</td><td>9</td><td>148</td><td>10</td></tr>
<tr><td>工事部（現場計）</td><td>5</td><td>-</td><td>3</td><td>5</td></tr>
<tr><td>合計</td><td>8</td><td>26</td><td>408</td><td>38</td></tr>
</table>
<p>防犯カメラ設置台数：計142台（前年比+18台）</p>
</body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate crime and lost-property statistics per site: no individual",
    },
    # 029 ------------------------------------------------------------------
    {
        "id": "keisatsu-029",
        "charset": "cp932",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": ["tohan@tsuzuki-ps.police-higashiyama.lg.jp"],
        "subject": "5月分 シフト表（再送）",
        "body": """天童様

先ほどお送りしたファイルが開けないとのことで、再送いたします。
5月分の横浜物流センター夜勤シフト表です。

葛城
""",
        "attachments": [{"kind": "corrupt", "name": "夜勤シフト表_202505.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached spreadsheet is corrupt and cannot be inspected (a shift roster by its name)",
    },
    # 030 ------------------------------------------------------------------
    {
        "id": "keisatsu-030",
        "charset": "iso-2022-jp",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["捜査第二課 <sosa2@police-higashiyama.lg.jp>"],
        "subject": "捜査関係事項照会書（東県二第1183号）に対する回答",
        "body": """東山県警察本部 捜査第二課
警部 鏑木 様

お世話になっております。日の出産業株式会社 総務部の佐伯でございます。
令和7年6月4日付の標記照会について、下記のとおりご回答いたします。

　１．在籍の有無：過去に在籍（2019年4月1日～2023年9月30日）
　２．氏名　　　：真栄田 恭平（まえだ きょうへい）
　３．在籍時の住所：東京都大田区西蒲田8-14-3 コーポ西蒲田305
　４．在籍時の連絡先：090-7316-2048
　５．退職後の連絡先：把握しておりません

なお、正式な回答書は本日付で郵送いたしました。
""" + SIG_SAEKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one ex-employee's contact record to police; no offence stated, yet it ties him to an investigation",
    },
    # 031 ------------------------------------------------------------------
    {
        "id": "keisatsu-031",
        "charset": "utf-8",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["s.tachibana@tachibana-sogo-law.jp"],
        "cc": ["muto.takashi@hinode-sangyo.co.jp"],
        "subject": "告訴状ドラフト（業務上横領）へのコメント",
        "body": """橘先生

お世話になっております。岩渕です。
告訴状のドラフトをお送りいただきありがとうございました。
被告訴人の情報と被害金額の内訳を当社側で補記いたしましたので、
修正版をお送りします（変更箇所は【】で示しています）。

提出先は港警察署を想定しております。ご確認をお願いいたします。
""" + SIG_IWABUCHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "告訴状_draft_v2_日の出産業コメント.docx",
                "paragraphs": [
                    "告 訴 状",
                    "港警察署長 殿",
                    "告訴人 日の出産業株式会社 代表取締役 日野 昭彦",
                    "告訴人代理人 弁護士 橘 早苗",
                    "被告訴人",
                    "【住所 神奈川県川崎市中原区上小田中9丁目3番12号 レジデンス武蔵中原706】",
                    "【氏名 雫石 隼人（しずくいし はやと）】",
                    "【生年月日 昭和60年8月3日】",
                    "【職業 元日の出産業株式会社 経理部主任】",
                    "第1 告訴の趣旨",
                    "被告訴人の下記所為は業務上横領罪（刑法253条）に該当するので、厳重な処罰を求める。",
                    "第2 告訴事実",
                    "被告訴人は、2022年7月から2024年11月までの間、告訴人の経理担当者として預かり保管中の現金計【2,376万円】を、",
                    "架空の仕入先口座に振り込む方法で着服し、もって横領したものである。",
                ],
                "tables": [
                    [
                        ["年月", "振込先（架空）", "金額(円)"],
                        ["2022/07", "ミナトサプライ", "1,240,000"],
                        ["2023/02", "ミナトサプライ", "3,880,000"],
                        ["2023/10", "K&Sトレーディング", "6,150,000"],
                        ["2024/06", "K&Sトレーディング", "7,420,000"],
                        ["2024/11", "ミナトサプライ", "5,070,000"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "criminal complaint draft identifies a former employee accused of embezzlement (要配慮)",
    },
    # 032 ------------------------------------------------------------------
    {
        "id": "keisatsu-032",
        "charset": "cp932",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["調査部 <chosa@daiichi-chosa.co.jp>"],
        "subject": "反社会的勢力該当性調査のご依頼（新規取引先3社）",
        "body": """第一企業調査株式会社 調査部 御中

いつもお世話になっております。日の出産業 コンプライアンス推進室の岩渕です。
新規取引予定先3社について、反社会的勢力該当性の調査をお願いいたします。
代表者の生年月日は先方から提出を受けた登記・確認書類によるものです。

・株式会社ミツマタ物産　　代表取締役 三俣 義隆　　昭和47年5月19日生
・有限会社ハヤセ工業　　　代表取締役 早瀬 光一　　昭和55年11月2日生
・合同会社ルピナス企画　　代表社員　 浦上 紗英　　平成元年7月28日生

納期は通常どおり2週間でお願いできれば幸いです。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three company representatives with birth dates for a screening check: under five people, may warn",
    },
    # 033 ------------------------------------------------------------------
    {
        "id": "keisatsu-033",
        "charset": "utf-8",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["chosa@daiichi-chosa.co.jp"],
        "subject": "追加調査のお願い：ミツマタ物産 役員・主要株主",
        "body": """第一企業調査 ご担当者様

先日はありがとうございました。
ミツマタ物産について、登記簿上の役員および主要株主まで範囲を広げた調査を
お願いしたく、対象者一覧（Word）を添付いたします。
住所・生年月日は先方提出の役員一覧によるものです。
""" + SIG_IWABUCHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "調査対象者一覧_ミツマタ物産.docx",
                "paragraphs": ["追加調査対象者一覧（株式会社ミツマタ物産）"],
                "tables": [
                    [
                        ["区分", "氏名", "フリガナ", "生年月日", "住所"],
                        ["代表取締役", "三俣 義隆", "ミツマタ ヨシタカ", "S47.5.19", "千葉県船橋市夏見台6-2-14"],
                        ["取締役", "三俣 静江", "ミツマタ シズエ", "S49.1.8", "千葉県船橋市夏見台6-2-14"],
                        ["取締役", "蛭田 敏夫", "ヒルタ トシオ", "S38.9.30", "千葉県八千代市勝田台南3-11-5"],
                        ["監査役", "木佐貫 宏", "キサヌキ ヒロシ", "S33.12.16", "東京都江戸川区南小岩2-27-8"],
                        ["株主(32%)", "霧島 輝明", "キリシマ テルアキ", "S51.4.4", "千葉県市川市行徳駅前4-9-1-1102"],
                        ["株主(18%)", "宇佐美 塁", "ウサミ ルイ", "H3.10.21", "東京都江東区東砂7-3-16"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six officers and shareholders with 和暦 birth dates and home addresses in a DOCX table",
    },
    # 034 ------------------------------------------------------------------
    {
        "id": "keisatsu-034",
        "charset": "utf-8",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["生活安全課 <seian@konandai-ps.police-higashiyama.lg.jp>"],
        "subject": "年末特別警戒への協力について（当社事業所一覧）",
        "body": """港南台警察署 生活安全課 御中

お世話になっております。日の出産業 総務部の楢崎です。
年末特別警戒期間中の立寄り警戒について、管内の当社事業所の一覧をお送りします。

事業所名              所在地                              電話（代表）    営業時間
--------------------  ----------------------------------  --------------  ------------
直営ショップ港南台店  横浜市港南区港南台9-31-6 2F         045-830-5521    10:00-20:00
港南台配送デポ        横浜市港南区日野南2-18-4            045-835-6610    07:00-19:00
港南資材センター      横浜市港南区丸山台1-40-9            045-842-3307    08:00-17:00
栄営業所              横浜市栄区小菅ケ谷3-6-21            045-894-1125    09:00-18:00

年末年始の休業は12月30日～1月3日です。休業中の緊急連絡は総務部代表にお願いします。

日の出産業株式会社 総務部 楢崎 潤
""",
        "html": """<html><body><p>港南台警察署 生活安全課 御中</p>
<p>お世話になっております。日の出産業 総務部の楢崎です。<br>
年末特別警戒期間中の立寄り警戒について、管内の当社事業所の一覧をお送りします。</p>
<table border="1" cellpadding="3">
<tr><th>事業所名</th><th>所在地</th><th>電話（代表）</th><th>営業時間</th></tr>
<tr><td>直営ショップ港南台店</td><td>横浜市港南区港南台9-31-6 2F</td><td>045-830-5521</td><td>10:00-20:00</td></tr>
<tr><td>港南台配送デポ</td><td>横浜市港南区日野南2-18-4</td><td>045-835-6610</td><td>07:00-19:00</td></tr>
<tr><td>港南資材センター</td><td>横浜市港南区丸山台1-40-9</td><td>045-842-3307</td><td>08:00-17:00</td></tr>
<tr><td>栄営業所</td><td>横浜市栄区小菅ケ谷3-6-21</td><td>045-894-1125</td><td>09:00-18:00</td></tr>
</table>
<p>年末年始の休業は12月30日～1月3日です。休業中の緊急連絡は総務部代表にお願いします。</p>
<p>日の出産業株式会社 総務部 楢崎 潤</p></body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own sites with switchboards and hours: businesses, not people",
    },
    # 035 ------------------------------------------------------------------
    {
        "id": "keisatsu-035",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 健吾 <takanashi.kengo@hinode-sangyo.co.jp>",
        "to": ["機械警備センター <kikai-keibi@kongo-keibi.co.jp>"],
        "subject": "異常発報時の緊急連絡先（埼玉エリア現場）",
        "body": """金剛警備保障 機械警備センター 御中

お世話になっております。日の出産業 工事部の小鳥遊です。
7月1日から機械警備を開始する埼玉エリア各現場の、夜間・休日の緊急連絡先です。
上から順にご連絡ください。

順位  氏名          現場            携帯            自宅住所
----  ------------  --------------  --------------  ------------------------------------
1     小鳥遊 健吾   領家7丁目       090-6621-3408   埼玉県川口市芝新町14-6
2     猿渡 浩二     領家7丁目       080-7712-5530   埼玉県草加市谷塚上町291-3
3     此花 直人     蕨中央          090-2289-0417   埼玉県蕨市北町5-8-22
4     潮田 美咲     蕨中央          070-6604-9158   埼玉県戸田市新曽南2-12-7
5     神楽坂 勉     戸田公園        080-3147-2296   東京都板橋区舟渡3-19-5
6     栃尾 恭子     戸田公園        090-5531-8840   埼玉県さいたま市南区沼影1-24-10

変更があれば都度ご連絡いたします。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "emergency call list of six staff with personal mobiles and home addresses to the security firm",
    },
    # 036 ------------------------------------------------------------------
    {
        "id": "keisatsu-036",
        "charset": "cp932",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": ["kikai-keibi@kongo-keibi.co.jp"],
        "subject": "鍵預託者の変更届（横浜物流センター）",
        "body": """金剛警備保障株式会社 機械警備センター
ご担当者様

いつもお世話になっております。横浜物流センターの葛城です。
人事異動に伴い、当センターの鍵預託者（駆けつけ時の立会者）を下記のとおり変更いたします。

　第1立会者：葛城 勝　　　携帯 090-4408-1175
　第2立会者：桐生 里奈　　携帯 080-9913-0562
　第3立会者：蔵前 大地　　携帯 070-2257-8834

適用は6月16日からでお願いいたします。
""" + SIG_KATSURAGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three key-holders with mobiles to the security company: fewer than five, may warn",
    },
    # 037 ------------------------------------------------------------------
    {
        "id": "keisatsu-037",
        "charset": "utf-8",
        "sender": "宇喜多 拓海 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["keiji@konandai-ps.police-higashiyama.lg.jp"],
        "subject": "万引き被疑者の会員情報について（6/10 店内で確保）",
        "body": """港南台警察署 刑事課
菅生様

お世話になっております。港南台店の宇喜多です。
昨日、店内で確保し引き渡しました万引き被疑者について、本人が提示した当店会員カードから
判明した登録情報をお知らせします。

　会員番号：KN-0048213
　氏名　　：曽我部 真央（そがべ まお）
　登録住所：神奈川県横浜市港南区上永谷5-2-33
　電話　　：080-4162-7359
　過去の購入履歴：2024年以降 11回

同人物については、4月にも同様の被害（化粧品3点）が防犯カメラに記録されております。
映像は別途DVDにてお渡しします。
""" + SIG_UKITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identifies a named customer as a shoplifting suspect: criminal-related 要配慮 data of one person",
    },
    # 038 ------------------------------------------------------------------
    {
        "id": "keisatsu-038",
        "charset": "utf-8",
        "sender": "宇喜多 拓海 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["防災センター <bousai@konandai-garden-mall.co.jp>"],
        "subject": "出入禁止措置対象者の共有（港南台店）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>港南台ガーデンモール 防災センター 御中</p>
<p>いつもお世話になっております。日の出産業 港南台店の宇喜多です。<br>
モール管理規約に基づき、当店で出入禁止措置とした対象者を共有いたします。警備巡回時の参考にしてください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#ddd"><th>No</th><th>氏名</th><th>年齢</th><th>事案</th><th>発生日</th><th>警察対応</th></tr>
<tr><td>1</td><td>曽我部 真央</td><td>36</td><td>万引き（化粧品）</td><td>2025/06/10</td><td>港南台署へ引渡し・逮捕</td></tr>
<tr><td>2</td><td>狩野 慎吾</td><td>52</td><td>万引き（電池・文具）常習</td><td>2025/04/22</td><td>被害届提出</td></tr>
<tr><td>3</td><td>楡井 優</td><td>19</td><td>万引き（イヤホン）</td><td>2025/03/15</td><td>補導・保護者引取り</td></tr>
<tr><td>4</td><td>城之内 澄子</td><td>71</td><td>万引き（食品）</td><td>2025/02/08</td><td>警察通報・微罪処分</td></tr>
<tr><td>5</td><td>夏目 剛志</td><td>44</td><td>店員への暴行</td><td>2025/01/19</td><td>現行犯逮捕</td></tr>
<tr><td>6</td><td>不動 圭</td><td>29</td><td>カード不正利用</td><td>2024/12/03</td><td>被害届提出</td></tr>
</table>
<p>取扱いにはご注意ください。</p>
<p>日の出産業 直営ショップ港南台店 店長 宇喜多 拓海<br>TEL 045-830-5521</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML table of six named people with their offences and arrests to the mall: list and 要配慮",
    },
    # 039 ------------------------------------------------------------------
    {
        "id": "keisatsu-039",
        "charset": "iso-2022-jp",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["港警察署 地域課 <chiiki@minato-ps.police-tokyo-example.lg.jp>"],
        "subject": "本社駐輪場での自転車盗難（被害届の補足）",
        "body": """港警察署 地域課 ご担当者様

お世話になっております。日の出産業 総務部の楢崎です。
昨日ご相談した本社ビル駐輪場での自転車盗難について、被害者である当社社員の
連絡先と自転車の情報をお送りします。被害届は本人が本日夕方に提出に伺います。

　被害者：和久井 紗季（わくい さき）　経理部
　連絡先：０９０－６６１８－２０４９
　自転車：ブリヂストン製 電動アシスト 白
　防犯登録番号：東京 第 A-8821034 号
　盗難推定時刻：6月9日 9時～19時

駐輪場の防犯カメラ映像も保全しております。
""" + SIG_MUTO.replace("総務部長　武藤 隆", "総務部　楢崎 潤"),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee as a theft victim with her phone (full-width): crime-victim 要配慮 data",
    },
    # 040 ------------------------------------------------------------------
    {
        "id": "keisatsu-040",
        "charset": "cp932",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["kanae.yamabuki@yahoo.co.jp"],
        "subject": "ご主人様の件について（日の出産業 人事部）",
        "body": """山吹 香苗 様

日の出産業株式会社 人事部の石動でございます。
このたびはご心労のことと存じます。お電話でお話しした内容を確認のためお送りします。

ご主人の山吹 隆之さんが、6月6日に通勤電車内での迷惑防止条例違反（痴漢）の疑いで
逮捕された件につき、会社としては現時点で以下のとおり対応いたします。

・勾留期間中は欠勤ではなく「特別休暇（無給）」扱いとします。
・処分の検討は、事実関係が明らかになってから行います。
・社内では、所属長以外には事情を伏せております。

弁護士の先生との連絡は引き続き奥様を通じてお願いできますと幸いです。
""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "to the wife's free-mail address: states her husband's arrest by name (要配慮), even if she knows",
    },
    # 041 ------------------------------------------------------------------
    {
        "id": "keisatsu-041",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 健吾 <takanashi.kengo@hinode-sangyo.co.jp>",
        "to": ["刑事課 <keiji@kawaguchi-ps.police-saitama-ken.lg.jp>"],
        "subject": "被害届提出後の追加資料（現場配置図）について",
        "body": """川口警察署 刑事課
巡査部長 戸叶 様

お世話になっております。日の出産業 工事部の小鳥遊です。
先日の資材盗難の件で、ご依頼のあった現場の配置図と、フェンス切断箇所の位置を
記入した図面を明日郵送いたします（A3 2枚）。

また、近隣の工事現場でも同様の被害があったと伺いました。
当社で把握している不審車両の情報（白色ワンボックス、ナンバー末尾「・・38」）を
念のためお伝えします。

何卒よろしくお願いいたします。
""" + SIG_TAKANASHI + DISC_JP,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary follow-up to police ending with the standard 機密情報 disclaimer: not a marking",
    },
    # 042 ------------------------------------------------------------------
    {
        "id": "keisatsu-042",
        "charset": "utf-8",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["kigyo-songai@hoshizora-sonpo.co.jp"],
        "subject": "Re: 強盗被害に伴う保険金請求（証券番号 HZ-7731-0925）診断書の送付",
        "body": """星空損害保険 企業損害サービス課
北条様

お世話になっております。日の出産業の楢崎です。
ご依頼のありました診断書の写しをPDFでお送りします。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えします。

よろしくお願いいたします。

> 負傷された従業員の方の診断書写しをご提出ください。
> 星空損害保険 北条
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "診断書_写し.pdf",
                "password": "0605konan",
                "lines": ["診 断 書", "病名：左橈骨遠位端骨折", "上記により約6週間の加療を要する見込みである。", "港南台中央病院 整形外科"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF (a medical certificate by its name) cannot be inspected",
    },
    # 043 ------------------------------------------------------------------
    {
        "id": "keisatsu-043",
        "charset": "utf-8",
        "sender": "Ryo Iwabuchi <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["Margaret Holloway <mholloway@harlow-brent.com>"],
        "cc": ["saeki.mariko@hinode-sangyo.co.jp"],
        "subject": "PRIVILEGED & CONFIDENTIAL - Subpoena served on Hinode Sangyo America",
        "body": """PRIVILEGED & CONFIDENTIAL
ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT

Dear Ms. Holloway,

Thank you for your call yesterday. As discussed, our US subsidiary, Hinode Sangyo
America Inc., was served on June 6 with a subpoena duces tecum issued in connection
with a federal investigation into the export of industrial cable to a third country.

Our initial assessment:
1. The subsidiary's sales records for 2021-2024 are held on the Tokyo ERP system.
2. Two purchase orders from the distributor named in the subpoena were shipped in 2022.
3. We have not yet identified any internal approval for end-use screening on those orders.

We would like your advice on (a) the scope of a litigation hold in Japan, and
(b) whether Japanese data-protection law restricts producing the records to US authorities.

We are available for a call on Thursday, 9:00 a.m. Tokyo time.

Best regards,
""" + SIG_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail itself is stamped PRIVILEGED & CONFIDENTIAL: a classification marking to an outside firm",
    },
    # 044 ------------------------------------------------------------------
    {
        "id": "keisatsu-044",
        "charset": "utf-8",
        "sender": "Ryo Iwabuchi <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["Lars Pedersen <lars.pedersen@nordhavn-logistics.com>"],
        "subject": "Re: Missing pallets - shipment NHL-44170",
        "body": """Dear Lars,

Thank you for your patience. Here is an update on the missing pallets.

- Our Yokohama distribution centre reported the loss to the Tsuzuki police station
  on June 3; the police report number is 0603-2291.
- CCTV footage has been handed over to the police. They have asked us not to share
  details of the investigation while it is ongoing.
- Our insurer (Hoshizora Sonpo) has opened claim HZ-CL-558102 for the cargo value,
  JPY 3,480,000.

We will send a formal incident report once the police allow us to. In the meantime,
the replacement shipment left Yokohama on June 10 (B/L YKHM-250610-07).

Kind regards,
""" + SIG_EN + DISC_EN,
        "html": """<html><body>
<p>Dear Lars,</p>
<p>Thank you for your patience. Here is an update on the missing pallets.</p>
<ul>
<li>Our Yokohama distribution centre reported the loss to the Tsuzuki police station on June 3; the police report number is 0603-2291.</li>
<li>CCTV footage has been handed over to the police. They have asked us not to share details of the investigation while it is ongoing.</li>
<li>Our insurer (Hoshizora Sonpo) has opened claim HZ-CL-558102 for the cargo value, JPY 3,480,000.</li>
</ul>
<p>We will send a formal incident report once the police allow us to. In the meantime, the replacement shipment left Yokohama on June 10 (B/L YKHM-250610-07).</p>
<p>Kind regards,<br>Ryo Iwabuchi<br>Head of Compliance, Hinode Sangyo Co., Ltd.</p>
<p style="font-size:small;color:#888">This e-mail and any attachments may contain confidential information. If you have received it in error, please notify the sender and delete it.</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English update to a foreign partner with report and claim numbers and the standard disclaimer",
    },
    # 045 ------------------------------------------------------------------
    {
        "id": "keisatsu-045",
        "charset": "cp932",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["shokai@minamikawa-bar.or.jp"],
        "subject": "照会回答書および別紙（南弁照第2025-0455号）",
        "body": """南川弁護士会 照会係 御中

お世話になっております。日の出産業 総務部法務課の佐伯です。
標記照会（照会申出人代理人：弁護士 霧生 奏）につき、回答書と別紙を送付いたします。
照会事項の「2024年分の給与支払額が分かる資料」として、源泉徴収票の写しを別紙といたしました。

原本は簡易書留にて本日発送しております。
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "別紙_源泉徴収票_2024.pdf",
                "title": "令和6年分 給与所得の源泉徴収票",
                "lines": [
                    "令和6年分　給与所得の源泉徴収票",
                    "支払を受ける者",
                    "住所：埼玉県所沢市小手指町3丁目17番地の5",
                    "氏名：(フリガナ) アカバネ ユウジ　赤羽 雄二",
                    "個人番号：" + _mn(2),
                    "生年月日：昭和58年4月2日",
                    "種別：給料・賞与　支払金額：5,842,000円　給与所得控除後の金額：4,097,800円",
                    "源泉徴収税額：118,600円",
                    "支払者：東京都港区港南5-8-21 日の出産業株式会社　法人番号 9020001123987",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "withholding slip in the PDF still shows the employee's My Number (個人番号)",
    },
    # 046 ------------------------------------------------------------------
    {
        "id": "keisatsu-046",
        "charset": "iso-2022-jp",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["霞 法律事務所 <kasumi-office@kasumi-partners.com>"],
        "subject": "債権差押命令に関する陳述書の送付（令和7年(ル)第803号）",
        "body": """霞パートナーズ法律事務所 御中
（債権者代理人 弁護士 茅野 先生）

お世話になっております。日の出産業株式会社 人事部の石動と申します。
標記事件の第三債務者として、裁判所へ提出した陳述書の写しを参考までにお送りします。

　債務者　：沖 弘樹
　債務者住所：千葉県松戸市常盤平陣屋前7-22
　差押債権の存否：有（給与債権）
　弁済の意思：有（6月25日支給分から、法定の差押可能額を供託または直接支払い）
　他の差押え：無

ご指定口座への支払いを希望される場合は、振込先をご教示ください。
""" + SIG_ISURUGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's name and address in a garnishment statement to the creditor's lawyer: may warn",
    },
    # 047 ------------------------------------------------------------------
    {
        "id": "keisatsu-047",
        "charset": "utf-8",
        "sender": "千早 悠 <chihaya.yu@hinode-sangyo.co.jp>",
        "to": ["サイバー犯罪対策課 <cyber@police-higashiyama.lg.jp>"],
        "subject": "不正ログイン事案：該当会員アカウント情報の提供（捜査関係事項照会 東県サ第207号）",
        "body": """東山県警察本部 サイバー犯罪対策課
巡査部長 仙波 様

日の出産業 情報システム部の千早です。
標記照会に基づき、5月28日～30日に不正ログインが確認された当社ECサイトの
会員アカウント情報をお送りします。ZIPにCSVとアクセスログ抜粋を入れています
（パスワードは掛けておりません。必要であれば別経路で再送します）。
""" + SIG_CHIHAYA,
        "attachments": [
            {
                "kind": "zip",
                "name": "higashiyama_207_20250612.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "accounts.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["member_id", "name", "email", "tel", "last_login_ip"],
                            ["M2041178", "阿久津 芽衣", "mei.akutsu@outlook.jp", "090-2719-4483", "203.0.113.47"],
                            ["M2043305", "樋渡 純", "jun_hiwatari@gmail.com", "080-6632-0915", "203.0.113.47"],
                            ["M1988021", "真壁 理沙", "r.makabe@icloud.com", "070-5841-3326", "198.51.100.12"],
                            ["M2107764", "弓削 大和", "yamato.yuge@yahoo.co.jp", "090-9078-1154", "203.0.113.47"],
                            ["M2011459", "宝田 奈緒", "nao.takarada@gmail.com", "080-1183-6270", "198.51.100.12"],
                            ["M2150032", "千葉 隼", "hayato.chiba22@ezweb.ne.jp", "090-4451-7732", "203.0.113.88"],
                            ["M1960417", "鶴見 芳江", "yoshie.tsurumi@outlook.jp", "045-771-2048", "203.0.113.47"],
                        ],
                    },
                    {
                        "kind": "txt",
                        "name": "access_excerpt.log",
                        "text": "2025-05-28T02:11:04+09:00 203.0.113.47 POST /login 200 M2041178\n2025-05-28T02:11:39+09:00 203.0.113.47 POST /login 200 M2043305\n2025-05-29T23:40:12+09:00 198.51.100.12 POST /login 200 M1988021\n",
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven member records with names, e-mails and phones inside a plain ZIP: a list of people",
    },
    # 048 ------------------------------------------------------------------
    {
        "id": "keisatsu-048",
        "charset": "utf-8",
        "sender": "千早 悠 <chihaya.yu@hinode-sangyo.co.jp>",
        "to": ["運用保守チーム <support-hinode@tsubasa-system.jp>"],
        "subject": "【依頼】ECサイト アクセスログ抽出（警察照会対応）",
        "body": """ツバサシステム 運用保守チーム 御中

いつもお世話になっております。日の出産業 情報システムの千早です。
警察からの照会対応のため、ECサイトのWAFおよびWebサーバのアクセスログ抽出をお願いします。

　対象期間：2025-05-27 00:00 ～ 2025-05-31 23:59（JST）
　対象IP　：203.0.113.47 / 198.51.100.12 / 203.0.113.88
　対象パス：/login, /mypage/*, /order/confirm
　形式　　：gz圧縮のまま、SFTPの /export/police/ に配置

会員情報との突合は当社側で行いますので、ログのみで結構です。
6月13日（金）中に対応いただけると助かります。チケット番号 TS-31877 で起票済みです。
""" + SIG_CHIHAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "log-extraction request to the IT partner: IP addresses and paths, no person's data",
    },
    # 049 ------------------------------------------------------------------
    {
        "id": "keisatsu-049",
        "charset": "iso-2022-jp",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": ["事故受付 <jiko-uketsuke@aoba-unyou.co.jp>"],
        "subject": "荷抜き被害の件（送り状番号のご連絡）",
        "body": """青葉運輸株式会社 事故受付 ご担当者様

お世話になっております。日の出産業 横浜物流センターの葛城です。
6月6日着の貴社便で、以下の荷物に開封・抜き取りの痕跡がありました。
都筑警察署に被害を相談済みです（相談受理番号 0607-045）。

　送り状番号 4402-7718-3306　家電部材 1ケース不足
　送り状番号 4402-7718-3313　ケーブル 箱潰れ・内容物減
　送り状番号 4402-7718-3320　工具類 1台不足

貴社側での輸送経路の確認をお願いいたします。
""" + SIG_KATSURAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyou.co.jp has an extra letter: look-alike of partner aoba-unyu.co.jp",
    },
    # 050 ------------------------------------------------------------------
    {
        "id": "keisatsu-050",
        "charset": "cp932",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": ["jiko-uketsuke@aoba-unyu.co.jp"],
        "subject": "荷抜き被害の件（送り状番号のご連絡）※宛先訂正",
        "body": """青葉運輸株式会社 事故受付 ご担当者様

お世話になっております。日の出産業 横浜物流センターの葛城です。
先ほど誤った宛先に送信してしまいましたので、改めてお送りします。

6月6日着の貴社便で、開封・抜き取りの痕跡がありました荷物は下記3件です。
都筑警察署の相談受理番号は 0607-045 です。

　4402-7718-3306 ／ 4402-7718-3313 ／ 4402-7718-3320

被害品の時価は合計 ¥286,000 です。貴社の運送約款に基づく補償手続きをご案内ください。
""" + SIG_KATSURAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "same content to the right partner domain: tracking numbers and a police reference only",
    },
    # 051 ------------------------------------------------------------------
    {
        "id": "keisatsu-051",
        "charset": "utf-8",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": [
            "tohan@tsuzuki-ps.police-higashiyama.lg.jp",
            "jiko-uketsuke@aoba-unyu.co.jp",
            "kigyo-songai@hoshizora-sonpo.co.jp",
        ],
        "subject": "荷抜き被害 関係者打合せのご案内（6/19）",
        "body": """関係各位

日の出産業 横浜物流センターの葛城です。
6月6日着便の荷抜き被害につき、状況の共有と今後の進め方の確認のため、
下記のとおり打合せを設定させていただきました。

　日時：6月19日（木）14:00～15:00
　場所：日の出産業 横浜物流センター 2階会議室
　議題：①被害状況の確認 ②輸送経路・保管状況の確認 ③保険・補償の手続き

ご出席の可否を6月16日までにご返信ください。
""" + SIG_KATSURAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "police, carrier and insurer — three external organisations — all visible in To",
    },
    # 052 ------------------------------------------------------------------
    {
        "id": "keisatsu-052",
        "charset": "iso-2022-jp",
        "sender": "経理部 楠 <kusunoki.ayumi@hinode-sangyo.co.jp>",
        "to": ["法人営業部 <hojin@midori-ginko.com>"],
        "subject": "詐欺被害に伴う返金先口座について",
        "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の楠です。
当社を騙る偽サイトで代金を振り込んでしまったお客様への見舞金の返金につき、
返金先口座を下記のとおりご連絡いたします。振込手続きをお願いいたします。

　お客様氏名：小此木 将人 様
　返金先　　：ゆうひ信用金庫 戸塚支店 普通 0287741
　口座名義　：オコノギ マサト
　金額　　　：48,600円

警察（戸塚署）への被害届はお客様ご本人が提出済みとのことです。
""" + """
日の出産業株式会社 経理部 楠 あゆみ
TEL 03-5791-4450
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "midori-ginko.com instead of midori-ginko.co.jp (TLD swap); also a fraud victim's name and account",
    },
    # 053 ------------------------------------------------------------------
    {
        "id": "keisatsu-053",
        "charset": "cp932",
        "sender": "経理部 楠 <kusunoki.ayumi@hinode-sangyo.co.jp>",
        "to": ["法人営業部 高円寺様 <koenji.m@midori-ginko.co.jp>"],
        "subject": "口座の取引状況に関するお問い合わせへの回答",
        "body": """みどり銀行 法人営業部
高円寺様

お世話になっております。日の出産業 経理部の楠です。
お問い合わせいただいた当社名義口座への不審な入金について、以下のとおり回答いたします。

　口座：みどり銀行 本店営業部 当座 0031547（名義：日の出産業株式会社）
　入金日：2025年6月4日　金額：¥1,200,000　振込依頼人：カ）ヒノデサンギヨウシテン
　当社の認識：当社に「支店」名義の振込依頼人は存在せず、心当たりのない入金です。

組戻しのご依頼があれば応じる方針です。警察への情報提供が必要な場合はご指示ください。
""" + """
日の出産業株式会社 経理部 楠 あゆみ
TEL 03-5791-4450
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "answers the bank about the company's own account: corporate data only",
    },
    # 054 ------------------------------------------------------------------
    {
        "id": "keisatsu-054",
        "charset": "utf-8",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["フロント <front@sakura-hotel.co.jp>"],
        "subject": "宴会場でのお忘れ物について（6/7 日の出産業 永年勤続表彰式）",
        "body": """さくらホテル フロント ご担当者様

お世話になっております。6月7日に宴会場「桜の間」を利用いたしました日の出産業の楢崎です。
当日参加した当社社員が、会場に腕時計を置き忘れたようです。
見つかりましたら、本人に直接ご連絡いただけますでしょうか。

　氏名：比嘉 秀一
　携帯：080-5540-1928
　品物：腕時計（シルバー、革ベルト茶）

お手数をおかけしますが、よろしくお願いいたします。
""" + """
日の出産業株式会社 総務部 楢崎 潤
03-5791-4412
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "sakura-hotel.co.jp is a look-alike of partner sakura-hotel.jp (another TLD)",
    },
    # 055 ------------------------------------------------------------------
    {
        "id": "keisatsu-055",
        "charset": "iso-2022-jp",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["客室管理 遺失物担当 <lost-found@sakura-hotel.jp>"],
        "subject": "Re: お忘れ物（腕時計）お預かりのご連絡",
        "body": """さくらホテル 客室管理課 遺失物ご担当
矢野様

ご連絡ありがとうございます。お預かりいただいている腕時計は当社社員のもので間違いございません。
本人が6月14日（土）の午後に受け取りに伺います。

　受取人：比嘉 秀一（ひが しゅういち）
　連絡先：080-5540-1928（当日はこちらにお願いします）

身分証として社員証と運転免許証を持参させます。
お手数をおかけしますが、どうぞよろしくお願いいたします。

日の出産業株式会社 総務部 楢崎 潤（03-5791-4412）

-----Original Message-----
From: lost-found@sakura-hotel.jp
Sent: Wednesday, June 11, 2025 3:20 PM
Subject: お忘れ物（腕時計）お預かりのご連絡

6月7日の桜の間ご利用後、会場清掃時にシルバーの腕時計をお預かりしております。
お心当たりの方のお受け取りのご都合をお知らせください。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's name and mobile to the partner hotel for a pick-up: one person, may warn",
    },
    # 056 ------------------------------------------------------------------
    {
        "id": "keisatsu-056",
        "charset": "cp932",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["sanjo@shirakawa-law.jp"],
        "subject": "労働審判 申立人の休職経緯資料",
        "body": """三条先生

お世話になっております。人事部の石動です。
申立人の休職から退職に至る経緯について、資料をお送りします。
産業医面談記録と主治医の診断書（写し）をPDFにまとめています。
""" + SIG_ISURUGI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "休職経緯資料_申立人.pdf",
                "page_header": "日の出産業株式会社 人事部",
                "lines": [
                    "申立人 休職経緯",
                    "氏名：渡嘉敷 翔（配送課）",
                    "2024年9月12日 主治医診断書提出：「適応障害。3か月の休養を要する。」（あおば心療クリニック）",
                    "2024年9月13日 休職発令（就業規則第38条）",
                    "2024年12月10日 産業医面談：抑うつ症状の改善が不十分、休職延長が相当",
                    "2025年3月12日 休職期間満了、自然退職",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee's diagnosis (適応障害) and medical history in a PDF to counsel: 要配慮",
    },
    # 057 ------------------------------------------------------------------
    {
        "id": "keisatsu-057",
        "charset": "utf-8",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["自動車事故サービス <jidosha-sc@hoshizora-sonpo.co.jp>"],
        "subject": "示談書案のご確認（事故受付番号 HZA-2505-33871）",
        "body": """星空損害保険 自動車事故サービスセンター
杉浦様

お世話になっております。日の出産業 総務部の楢崎です。
5月22日の社用車追突事故につき、被害者の方との示談書案を作成しましたので、
ご確認をお願いいたします。治療費は貴社から病院へ直接お支払いいただいている前提です。
""" + """
日の出産業株式会社 総務部 楢崎 潤
03-5791-4412
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "示談書案_0522追突事故.docx",
                "paragraphs": [
                    "示 談 書（案）",
                    "甲（被害者）：住所 神奈川県藤沢市辻堂元町4-9-15　氏名 鳴海 千晶",
                    "乙（加害車両使用者）：東京都港区港南5-8-21 日の出産業株式会社",
                    "1. 2025年5月22日午前8時40分頃、藤沢市辻堂新町交差点において、乙の従業員が運転する社用車が甲の車両に追突した事故について、",
                    "甲は頸椎捻挫・腰椎捻挫（全治3か月、通院43日）の傷害を負った。",
                    "2. 乙は甲に対し、治療費のほか、慰謝料・休業損害として金1,350,000円を支払う。",
                    "3. 甲と乙は、本件に関し、本示談書に定めるほか何らの債権債務がないことを確認する。",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "settlement draft names the accident victim with address and her injuries (medical 要配慮)",
    },
    # 058 ------------------------------------------------------------------
    {
        "id": "keisatsu-058",
        "charset": "iso-2022-jp",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["jidosha-sc@hoshizora-sonpo.co.jp"],
        "subject": "社用車物損事故のご報告（品川300す45-10）",
        "body": """星空損害保険 自動車事故サービスセンター 御中

お世話になっております。日の出産業 総務部の楢崎です。
本日、社用車で物損事故（駐車場内での接触、けが人なし）がありましたのでご報告します。
警察（高輪署）には届出済みです。

【運転者】
　氏名　　　：宮之城 透
　生年月日　：Ｓ６１．３．２５
　免許証番号：第３０１７４４８２２１５０号（中型、有効期限 令和9年4月25日）
【事故状況】
　6月11日 10:15頃、品川区東五反田の取引先駐車場にて、後退時に相手方車両の右前部に接触。
【相手方】
　株式会社五反田メディカルサプライ 社用車（品川500ね62-07）

事故受付番号をお知らせください。
""" + """
日の出産業株式会社 総務部 楢崎 潤（03-5791-4412）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "driver's licence number (full-width digits) and 和暦 birth date of the employee driver",
    },
    # 059 ------------------------------------------------------------------
    {
        "id": "keisatsu-059",
        "charset": "cp932",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["交通課 <kotsu@takanawa-ps.police-tokyo-example.lg.jp>"],
        "subject": "物損事故の届出番号について（6/11 東五反田）",
        "body": """高輪警察署 交通課 ご担当者様

お世話になっております。日の出産業株式会社 総務部の楢崎と申します。
6月11日に東五反田で発生した当社社用車の物損事故について、保険会社への提出に
必要な交通事故証明書の申請を予定しております。

届出時にお伺いした受理番号（高交物 第2506-1147号）で相違ないか、
ご確認いただけますでしょうか。
""" + """
日の出産業株式会社 総務部 楢崎 潤
〒108-0075 東京都港区港南5-8-21 ／ TEL 03-5791-4412
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "confirms an accident report number with the police: no personal data",
    },
    # 060 ------------------------------------------------------------------
    {
        "id": "keisatsu-060",
        "charset": "utf-8",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["s.tachibana@tachibana-sogo-law.jp"],
        "subject": "【取扱注意】内部通報案件の調査計画（説明資料）",
        "body": """橘先生

お世話になっております。岩渕です。
来週の打合せ用に、内部通報案件（2025-07号）の調査計画の説明資料をお送りします。
通報者の保護の観点から、関係者名は記載しておりません。

ご確認のほどよろしくお願いいたします。
""" + SIG_IWABUCHI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "調査計画_2025-07.pptx",
                "title": "内部通報案件 調査計画",
                "page_footer": "取扱注意 ／ 日の出産業 コンプライアンス推進室",
                "slides": [
                    ["内部通報案件 2025-07 調査計画", "取扱注意", "2025年6月 コンプライアンス推進室"],
                    ["通報の概要", "物流部門における取引先からの接待・金品受領の疑い", "通報日：2025年5月30日（匿名）"],
                    ["調査の範囲", "対象期間：2023年4月～2025年5月", "対象：経費精算、取引先との通信記録"],
                    ["スケジュール", "6月：資料保全", "7月：ヒアリング", "8月：報告"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and every slide carry the 取扱注意 classification; no names",
    },
    # 061 ------------------------------------------------------------------
    {
        "id": "keisatsu-061",
        "charset": "iso-2022-jp",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["三条 和臣 <sanjo@shirakawa-law.jp>"],
        "subject": "本社女子更衣室での盗撮事案について（ご相談）",
        "body": """三条先生

いつもお世話になっております。日の出産業 コンプライアンス推進室の岩渕です。
大変デリケートな案件で、至急ご相談させてください。

6月9日、本社7階の女子更衣室で小型カメラが発見されました。
映像を確認した結果、少なくとも総務部の 鷺沼 彩花 さん（26）が撮影されていたことが
判明しています。鷺沼さん本人は警察への被害申告を希望しており、高輪署に相談済みです。
設置者については、社内の特定の男性社員に疑いがありますが、まだ本人聴取はしていません。

被害者のケア、疑いのある社員への対応（自宅待機命令の可否）、警察への協力範囲について、
ご助言をお願いいたします。
""" + SIG_IWABUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee who was the victim of voyeur filming (crime victim: 要配慮)",
    },
    # 062 ------------------------------------------------------------------
    {
        "id": "keisatsu-062",
        "charset": "cp932",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["s.tachibana@tachibana-sogo-law.jp"],
        "cc": ["muto.takashi@hinode-sangyo.co.jp", "iwabuchi.ryo@hinode-sangyo.co.jp"],
        "subject": "懲戒処分の検討について（有罪判決確定の社員）",
        "body": """橘先生

お世話になっております。日の出産業 人事部の石動です。
下記社員の処分について、ご意見を伺いたくご連絡いたしました。

■対象者
　氏名：江口 雅人（えぐち まさと）　営業二課 主任　生年月日 1986年11月5日
■経緯
　2025年1月 私生活上の飲酒運転による人身事故で逮捕（当時は勾留後に在宅事件へ）
　2025年5月28日 横浜地裁にて 懲役1年6月・執行猶予3年 の判決、6月12日確定
■当社の検討状況
　就業規則第62条（有罪判決を受けたとき）により懲戒解雇を検討中。
　一方、本人は反省し被害者とも示談済みで、諭旨退職とする意見もあります。

処分の相当性についてのご見解と、弁明の機会の設け方についてご教示ください。
""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "criminal conviction and arrest of a named employee with his birth date, sent to outside counsel",
    },
    # 063 ------------------------------------------------------------------
    {
        "id": "keisatsu-063",
        "charset": "utf-8",
        "sender": "人事部 採用課 樫村 <kashimura.rin@hinode-sangyo.co.jp>",
        "to": ["s.tachibana@tachibana-sogo-law.jp"],
        "subject": "内定者の経歴申告に関する一般的なご相談",
        "body": """橘総合法律事務所
橘先生

お世話になっております。日の出産業 人事部 採用課の樫村と申します。
顧問契約の範囲で、一般論としてご相談させてください。

中途採用の内定者（以下「応募者A」）について、入社前の段階で、過去に罰金刑を
受けていたことを第三者からの情報提供で知りました。応募書類の賞罰欄は「なし」でした。

①賞罰欄の虚偽記載を理由とする内定取消しは可能か
②職務（経理）との関連性はどの程度考慮されるか
③本人に確認する際の留意点（情報提供者の秘匿を含む）

個人を特定する情報は、ご面談の際に必要な範囲でお伝えいたします。

人事部 採用課　樫村 凛（内線 2418）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "talks about a criminal fine but the applicant is anonymous (応募者A): nobody identifiable",
    },
    # 064 ------------------------------------------------------------------
    {
        "id": "keisatsu-064",
        "charset": "iso-2022-jp",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["茅野 弁護士 <chino@kasumi-partners.com>"],
        "subject": "利益相反確認のための関係会社・相手方一覧",
        "body": """霞パートナーズ法律事務所
茅野先生

はじめてご依頼するにあたり、利益相反の確認に必要な情報をお送りします。

【依頼者側】
・日の出産業株式会社（法人番号 9020001123987）
・日の出産業ロジスティクス株式会社（100%子会社）
・Hinode Sangyo America Inc.

【相手方・利害関係人】
・株式会社ミナトサプライ　　東京都大田区東糀谷6-4-17
・K&Sトレーディング合同会社　神奈川県川崎市川崎区殿町3-25-10
・株式会社ゆうひ信用保証　　東京都新宿区西新宿1-20-3

確認が取れましたら、委任契約書のドラフトをお送りいただけますと幸いです。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "conflict check listing companies and their offices: businesses, plus the company's 法人番号",
    },
    # 065 ------------------------------------------------------------------
    {
        "id": "keisatsu-065",
        "charset": "utf-8",
        "sender": "千早 悠 <chihaya.yu@hinode-sangyo.co.jp>",
        "to": ["Margaret Holloway <mholloway@harlow-brent.com>"],
        "cc": ["iwabuchi.ryo@hinode-sangyo.co.jp"],
        "subject": "Custodian list for the litigation hold",
        "body": """Dear Ms. Holloway,

Following Mr. Iwabuchi's mail, please find attached the list of custodians whose
mailboxes and file shares we are preserving for the subpoena response.
Personal mobile numbers are included because several of them use their own phones
for business chat.

Best regards,
Yu Chihaya
IT Department, Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "custodian_list_20250612.pdf",
                "title": "Custodian list",
                "lines": ["Custodian list - Hinode Sangyo / HSA subpoena (as of 2025-06-12)"],
                "table": [
                    ["#", "Name", "Dept", "E-mail", "Mobile"],
                    ["1", "Shinya Kuzuhara 葛原 慎也", "Export Sales", "kuzuhara.shinya@hinode-sangyo.co.jp", "090-3381-7720"],
                    ["2", "Emi Tachikawa 立川 恵美", "Export Sales", "tachikawa.emi@hinode-sangyo.co.jp", "080-4129-5564"],
                    ["3", "Kohei Mabuchi 馬渕 航平", "Logistics", "mabuchi.kohei@hinode-sangyo.co.jp", "070-8812-0943"],
                    ["4", "Ayaka Norose 野呂瀬 彩花", "Trade Compliance", "norose.ayaka@hinode-sangyo.co.jp", "090-6017-3358"],
                    ["5", "Daisuke Ebata 江幡 大輔", "HSA (US)", "d.ebata@hinode-sangyo-america.com", "+1-213-555-0147"],
                    ["6", "Tomoko Yuasa 湯浅 知子", "Finance", "yuasa.tomoko@hinode-sangyo.co.jp", "080-2276-9031"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of six custodians with e-mails and personal mobiles to a foreign law firm: a list",
    },
    # 066 ------------------------------------------------------------------
    {
        "id": "keisatsu-066",
        "charset": "cp932",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["刑事課 <keiji@tsurumi-ps.police-higashiyama.lg.jp>"],
        "subject": "独身寮での盗難の件／寮管理人からの報告を転送します",
        "body": """鶴見警察署 刑事課
巡査 八重樫 様

お世話になっております。日の出産業 総務部の楢崎です。
ご依頼の件、寮管理人から受けた報告メールをそのまま添付いたします。
入寮者の一覧も含まれておりますのでご確認ください。
""" + """
日の出産業株式会社 総務部 楢崎 潤　03-5791-4412
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "寮管理人からの報告.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "鶴見寮 管理人 <tsurumi-ryo@hinode-sangyo.co.jp>",
                    "to": ["narasaki.jun@hinode-sangyo.co.jp"],
                    "subject": "鶴見寮 盗難の件（入寮者一覧）",
                    "body": """楢崎さん

鶴見寮で6月8日に盗難（共用乾燥室の衣類・共用玄関の自転車2台）がありました。
現在の入寮者は以下のとおりです。

部屋  氏名            携帯            所属
----  --------------  --------------  ----------------
101   戸澤 蒼         090-1147-6203   横浜物流センター
102   伊作 龍之介     080-3958-1470   横浜物流センター
103   南雲 陸斗       070-2214-9087   工事部
201   柘植 晴也       090-8862-3315   営業一課
202   姉川 湊         080-6673-0428   情報システム部
203   嬉野 樹         090-5504-2271   横浜物流センター

管理人 大槻
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached .eml carries a list of six dormitory residents with mobiles, forwarded to police",
    },
    # 067 ------------------------------------------------------------------
    {
        "id": "keisatsu-067",
        "charset": "utf-8",
        "sender": "工場総務 二階堂 <nikaido.yuko@hinode-sangyo.co.jp>",
        "to": ["刑事課 <keiji@atsugi-ps.police-kanagawa-example.lg.jp>"],
        "subject": "更衣室ロッカー荒らし 被害者一覧の送付",
        "body": """厚木警察署 刑事課 ご担当者様

お世話になっております。日の出産業 厚木工場 総務の二階堂です。
6月10日の更衣室ロッカー荒らしの件、被害に遭った従業員と被害品の一覧をお送りします
（Excel 97-2003形式）。各人の被害届は順次提出に伺わせます。

日の出産業株式会社 厚木工場 総務課
二階堂 優子　TEL 046-229-3310
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "ロッカー被害者一覧_0610.xls",
                "sheets": {
                    "被害者一覧": [
                        ["ロッカーNo", "氏名", "所属", "携帯電話", "被害品", "被害額(円)"],
                        ["M-014", "熊谷 亮介", "成形課", "090-2281-4470", "財布（現金）", "23000"],
                        ["M-022", "伏見 将太", "成形課", "080-7739-1026", "腕時計", "45000"],
                        ["M-031", "日向 大悟", "組立課", "070-4406-8851", "財布（現金・カード）", "12000"],
                        ["F-007", "御子柴 泉", "検査課", "090-9913-2674", "ワイヤレスイヤホン", "19800"],
                        ["F-012", "杜 ゆかり", "検査課", "080-5120-3398", "財布（現金）", "8000"],
                        ["M-040", "外園 智", "保全課", "090-3348-7025", "電子タバコ", "6500"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "legacy XLS listing six employees who were theft victims with mobiles: list and crime-victim data",
    },
    # 068 ------------------------------------------------------------------
    {
        "id": "keisatsu-068",
        "charset": "cp932",
        "sender": "EC事業部 沖田 <okita.rei@hinode-sangyo.co.jp>",
        "to": ["チャージバック担当 <chargeback@mirai-card.co.jp>"],
        "subject": "チャージバック照会への回答（5月分 5件）",
        "body": """ミライカード株式会社 チャージバック担当 御中

お世話になっております。日の出産業 EC事業部の沖田です。
5月分のチャージバック照会5件について、注文情報をCSVで回答いたします。
いずれも配送完了済みで、配送先は注文者住所と異なっておりました。

EC事業部　沖田 玲（03-5791-4520）
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "chargeback_202505.csv",
                "encoding": "cp932",
                "rows": [
                    ["照会番号", "注文番号", "注文日", "カード番号", "カード名義", "金額", "配送先"],
                    ["CB-5501", "HS-EC-7719204", "2025/05/03", _cc(3), "KENJI MORIOKA", "64800", "大阪府大阪市西成区花園北1-8-3"],
                    ["CB-5502", "HS-EC-7721583", "2025/05/07", _cc(4), "YUMI ASAKURA", "38200", "大阪府大阪市西成区花園北1-8-3"],
                    ["CB-5503", "HS-EC-7724410", "2025/05/12", _cc(5), "TAKESHI HORIBE", "112000", "埼玉県川口市西川口3-22-6"],
                    ["CB-5504", "HS-EC-7730057", "2025/05/19", _cc(6), "NAOKO SHIBATA", "27500", "埼玉県川口市西川口3-22-6"],
                    ["CB-5505", "HS-EC-7733961", "2025/05/26", _cc(7), "RYO KANZAKI", "89900", "大阪府大阪市西成区花園北1-8-3"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five full card numbers with cardholder names in a CSV: card numbers and a list",
    },
    # 069 ------------------------------------------------------------------
    {
        "id": "keisatsu-069",
        "charset": "utf-8",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["民事第3部 書記官 <minji3@minamikawa-court.go.jp>"],
        "subject": "文書送付嘱託（令和6年(ワ)第2291号）に係る送付書類について",
        "body": """南川地方裁判所 民事第3部
裁判所書記官 筧 様

お世話になっております。日の出産業株式会社 総務部の佐伯でございます。
標記事件の文書送付嘱託につき、嘱託のあった以下の書類の写しを本日、書留にて送付いたしました。

　1. 株式会社ミナトサプライとの取引基本契約書（2021年4月1日付）
　2. 同社宛 発注書・納品書（2022年7月～2024年11月、計46通）
　3. 同社からの請求書（同期間、計46通）

送付書類目録は同封しております。郵便の追跡番号は 1183-5502-9946 です。
不足等ございましたらご連絡ください。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tells the court which business records were posted: contracts and invoices between companies",
    },
    # 070 ------------------------------------------------------------------
    {
        "id": "keisatsu-070",
        "charset": "iso-2022-jp",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["s.tachibana@tachibana-sogo-law.jp"],
        "subject": "被害届（写し）の送付",
        "body": """橘先生

港警察署に提出した被害届の写しをスキャンしてお送りします。
告訴状との整合確認にご利用ください。

岩渕
""",
        "attachments": [{"kind": "corrupt", "name": "被害届_写し_港署.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the scanned PDF is corrupt and cannot be read",
    },
    # 071 ------------------------------------------------------------------
    {
        "id": "keisatsu-071",
        "charset": "cp932",
        "sender": "千早 悠 <chihaya.yu@hinode-sangyo.co.jp>",
        "to": ["keiji@konandai-ps.police-higashiyama.lg.jp"],
        "subject": "防犯カメラ抽出記録（6/5 港南台店）の送付",
        "body": """港南台警察署 刑事課 菅生様

日の出産業 情報システム部の千早です。
6月5日の港南台店強盗事件について、防犯カメラの録画抽出記録（静止画と時刻一覧）を
ZIPでお送りします。パスワードは別途メールにてお知らせします。
""" + SIG_CHIHAYA,
        "attachments": [
            {
                "kind": "zip",
                "name": "konandai_cctv_0605.zip",
                "password": "Kn0605!cam",
                "files": [
                    {"kind": "txt", "name": "timeline.txt", "text": "21:09:48 CAM-03 人物入店\n21:12:05 CAM-05 バックヤード侵入\n21:13:40 CAM-01 逃走\n"},
                    {"kind": "png", "name": "cam05_211205.png"},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to police: contents cannot be inspected",
    },
    # 072 ------------------------------------------------------------------
    {
        "id": "keisatsu-072",
        "charset": "cp932",
        "sender": "千早 悠 <chihaya.yu@hinode-sangyo.co.jp>",
        "to": ["keiji@konandai-ps.police-higashiyama.lg.jp"],
        "subject": "【パスワード】防犯カメラ抽出記録（6/5 港南台店）",
        "body": """港南台警察署 刑事課 菅生様

先ほどお送りしたZIPファイルのパスワードをお知らせします。

　Kn0605!cam

ご確認のほどよろしくお願いいたします。
日の出産業 情報システム部 千早
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the password follow-up mail itself carries no attachment and no personal data",
    },
    # 073 ------------------------------------------------------------------
    {
        "id": "keisatsu-073",
        "charset": "utf-8",
        "sender": "武藤 隆 <muto.takashi@hinode-sangyo.co.jp>",
        "to": [
            "info@tachibana-sogo-law.jp",
            "contact@kasumi-partners.com",
            "office@oka-law-office.jp",
        ],
        "subject": "刑事事件対応に関する顧問契約のお見積りのお願い",
        "body": """各法律事務所 御中

拝啓 時下ますますご清栄のこととお慶び申し上げます。
日の出産業株式会社 総務部長の武藤でございます。

当社では、従業員が関係する刑事事件（逮捕・勾留時の初動、警察照会への回答、
被害届・告訴の手続）に迅速に対応するため、既存の顧問事務所に加えて、
刑事分野の顧問契約の締結を検討しております。

つきましては、以下の条件でのお見積りを6月30日までに頂戴できれば幸いです。
・月額顧問料と、顧問料に含まれる業務の範囲
・接見1回あたりの費用（夜間・休日を含む）
・対応可能な地域（神奈川・東京・埼玉）

何卒よろしくお願い申し上げます。
敬具
""" + SIG_MUTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "request for quotes sent to three competing law firms openly in To: should have been Bcc",
    },
    # 074 ------------------------------------------------------------------
    {
        "id": "keisatsu-074",
        "charset": "iso-2022-jp",
        "sender": "宇喜多 拓海 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["店長 <konandai@bloom-cosme.co.jp>"],
        "cc": [
            "konandai-garden@yamabiko-shoten.jp",
            "store0412@maruyoshi-drug.co.jp",
            "manager.konandai@urban-kids-wear.com",
        ],
        "subject": "2階フロアでの連続窃盗について（情報共有）",
        "body": """港南台ガーデンモール 2階テナント各位

いつもお世話になっております。日の出産業 港南台店の宇喜多です。
ここ2週間、2階フロアで閉店間際の窃盗が続いており、当店でも6月5日に強盗被害がありました。
港南台警察署からは、閉店作業を2名以上で行うよう助言を受けています。

各店舗でも、
・閉店30分前以降のバックヤードの施錠
・売上金の移動は複数名で
・不審者を見かけた際は防災センター（内線 900）へ
をお願いできればと存じます。
""" + SIG_UKITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four tenant companies in To and Cc can see each other's addresses",
    },
    # 075 ------------------------------------------------------------------
    {
        "id": "keisatsu-075",
        "charset": "utf-8",
        "sender": "宇喜多 拓海 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": [
            "ryota.kamimura@gmail.com",
            "saki_hanazono@outlook.jp",
            "m-tokunaga.77@ezweb.ne.jp",
        ],
        "subject": "6月5日の件 警察へのご協力のお願い",
        "body": """お客様各位

日の出産業 港南台店の宇喜多でございます。
6月5日夜、当店で発生した事件の際、目撃情報をお寄せいただきありがとうございました。

港南台警察署の担当の方から、改めてお話を伺いたいとのことです。
ご協力いただける場合は、下記の担当者へ直接ご連絡いただけますでしょうか。

　港南台警察署 刑事課 菅生様　045-832-0110（代表）

ご無理のない範囲でご協力をお願い申し上げます。
""" + SIG_UKITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three private witnesses addressed together in To: each sees the others' addresses",
    },
    # 076 ------------------------------------------------------------------
    {
        "id": "keisatsu-076",
        "charset": "iso-2022-jp",
        "sender": "千早 悠 <chihaya.yu@hinode-sangyo.co.jp>",
        "to": ["運用保守チーム <support-hinode@tsubasa-sytem.jp>"],
        "subject": "Re: 【依頼】ECサイト アクセスログ抽出（警察照会対応）追加",
        "body": """ツバサシステム 運用保守チーム 御中

千早です。先日のログ抽出の件、追加で1件お願いします。

　対象IP：192.0.2.201
　対象期間：2025-06-01 ～ 2025-06-03

チケット TS-31877 に追記しております。よろしくお願いいたします。

> 抽出完了しました。SFTP /export/police/ に配置済みです。
> ツバサシステム 運用保守チーム 大河内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter of partner tsubasa-system.jp: look-alike domain",
    },
    # 077 ------------------------------------------------------------------
    {
        "id": "keisatsu-077",
        "charset": "cp932",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["給付課 <kyufu@kanto-shoko-kenpo.or.jp>"],
        "subject": "第三者行為による傷病届の提出について（強盗被害による負傷）",
        "body": """関東商工健康保険組合 給付課 御中

お世話になっております。日の出産業株式会社 人事部の石動です。
当社従業員が業務外の時間帯に犯罪被害で負傷した件につき、第三者行為による傷病届を
提出いたします。原本は郵送いたしますが、先に内容をお知らせします。

　被保険者氏名：佐々木 陽菜
　被保険者証　：記号 71204　番号 3386
　生年月日　　：平成15年9月1日
　傷病名　　　：左橈骨遠位端骨折
　原因　　　　：2025年6月5日、勤務先店舗で強盗犯に突き飛ばされ負傷（加害者は未検挙）
　届出警察署　：港南台警察署（受理番号 第0605-117号）
""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health-insurance 記号・番号 plus the injury and crime-victim facts of a named employee",
    },
    # 078 ------------------------------------------------------------------
    {
        "id": "keisatsu-078",
        "charset": "utf-8",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["sanjo@shirakawa-law.jp"],
        "subject": "労働審判 社会保険の資格喪失手続の記録",
        "body": """三条先生

人事部の石動です。
申立人側から「会社が資格喪失手続を遅らせた」との主張がありましたので、
手続の記録をお送りします。

　被保険者：渡嘉敷 翔（トカシキ ショウ）
　生年月日：1988年6月21日
　基礎年金番号：4105-837162
　健康保険 資格喪失日：2025年3月13日（届出 3月17日、受付 3月18日）
　厚生年金 資格喪失日：同上

受付の控え（電子申請の到達通知）は次回の打合せでお渡しします。
""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a former employee's basic pension number (基礎年金番号) in the body",
    },
    # 079 ------------------------------------------------------------------
    {
        "id": "keisatsu-079",
        "charset": "utf-8",
        "sender": "人事部 給与課 真鍋 <manabe.kou@hinode-sangyo.co.jp>",
        "to": ["捜査第二課 <sosa2@police-higashiyama.lg.jp>"],
        "cc": ["saeki.mariko@hinode-sangyo.co.jp"],
        "subject": "捜査関係事項照会（東県二第1207号）給与支払状況の回答",
        "body": """東山県警察本部 捜査第二課
鏑木様

お世話になっております。日の出産業 人事部 給与課の真鍋です。
標記照会の「給与の支払状況および振込先口座」について、給与台帳の該当部分を
抜粋したExcelをお送りします。

人事部 給与課　真鍋 航（内線 2460）
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "給与台帳抜粋_東県二1207.xlsx",
                "title": "給与台帳抜粋",
                "sheets": {
                    "本人情報": [
                        ["給与台帳（抜粋）", None],
                        ["社員番号", "H11027"],
                        ["氏名", "宇佐川 蓮"],
                        ["個人番号", _mn(8)],
                        ["住所", "神奈川県相模原市中央区淵野辺本町2-31-4"],
                        ["振込先", "みどり銀行 相模原支店 普通 5528103"],
                    ],
                    "支給実績": [
                        ["支給月", "総支給額", "控除合計", "差引支給額"],
                        ["2025/01", 312400, 61880, 250520],
                        ["2025/02", 298700, 58940, 239760],
                        ["2025/03", 305100, 60310, 244790],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "payroll extract for the police still has the employee's My Number column",
    },
    # 080 ------------------------------------------------------------------
    {
        "id": "keisatsu-080",
        "charset": "iso-2022-jp",
        "sender": "ショールーム 目黒 <meguro.aoi@hinode-sangyo.co.jp>",
        "to": ["会計課 <kaikei@takanawa-ps.police-tokyo-example.lg.jp>"],
        "subject": "拾得物（財布）の届出について 品川ショールーム",
        "body": """高輪警察署 会計課 遺失物係 御中

日の出産業 品川ショールームの目黒と申します。
本日、ショールーム内の商談テーブルで財布を拾得しました。
遺失者に連絡を試みるため中身を確認したところ、運転免許証が入っておりました。
本日17時に現物をお届けに伺います。

　拾得日時：2025年6月12日 14時20分頃
　物件　　：黒色二つ折り財布（現金 12,430円、カード類4枚）
　免許証の記載
　　氏名　：錦織 亜由美
　　生年月日：昭和54年12月8日
　　住所　：東京都品川区西大井6-12-5
　　番号　：第３０８５１２４７７６９０号

日の出産業株式会社 品川ショールーム
目黒 葵　TEL 03-6417-2280
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "copies a found driving licence — number, name, birth date, address — into the mail",
    },
    # 081 ------------------------------------------------------------------
    {
        "id": "keisatsu-081",
        "charset": "utf-8",
        "sender": "ショールーム 目黒 <meguro.aoi@hinode-sangyo.co.jp>",
        "to": ["nishigori-ayumi@docomo.ne.jp"],
        "subject": "お財布のお届け先について（日の出産業 品川ショールーム）",
        "body": """錦織様

日の出産業 品川ショールームの目黒でございます。
本日ご来場の際、商談テーブルにお財布をお忘れになっておりました。
ご芳名カードにご記入いただいたアドレスへご連絡しております。

お財布は本日17時に高輪警察署へお届けしました。
お受け取りの際は、同署 会計課（遺失物係）へお問い合わせください。
ご本人確認のため、保険証などの身分証をお持ちいただくようご案内がありました。

ご不便をおかけして申し訳ございません。

日の出産業株式会社 品川ショールーム
目黒 葵　TEL 03-6417-2280
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "tells the owner (carrier mail) where her wallet went; no identifiers in the text",
    },
    # 082 ------------------------------------------------------------------
    {
        "id": "keisatsu-082",
        "charset": "cp932",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["kaikei@takanawa-ps.police-tokyo-example.lg.jp"],
        "subject": "拾得物（旅券）の届出 日の出ビル1F ロビー",
        "body": """高輪警察署 会計課 遺失物係 御中

日の出産業 総務部の楢崎です。
本社ビル1階の来客ロビーで、外国籍の方のパスポートを拾得しました。
ビル受付の来館記録では、6月11日午後の来訪者のものと思われます。

　旅券の種類：一般旅券（シンガポール）
　氏名　　　：TAN WEI LING
　旅券番号　：K4471903M
　生年月日　：14 MAR 1991
　拾得日時　：2025年6月12日 8時40分（警備員が発見）

本日中にお届けに伺います。受付窓口の時間を教えていただけますでしょうか。

日の出産業株式会社 総務部 楢崎 潤（03-5791-4412）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a visitor's passport number, name and birth date copied into the lost-property notice",
    },
    # 083 ------------------------------------------------------------------
    {
        "id": "keisatsu-083",
        "charset": "iso-2022-jp",
        "sender": "EC事業部 沖田 <okita.rei@hinode-sangyo.co.jp>",
        "to": ["cyber@police-higashiyama.lg.jp"],
        "subject": "不正注文の注文番号一覧（ご相談番号 サ相0611-03）",
        "body": """東山県警察本部 サイバー犯罪対策課 ご担当者様

日の出産業 EC事業部の沖田です。
先日ご相談した不正注文の件、注文番号と決済情報の要約をお送りします。
注文者・配送先の詳細は、正式な照会書をいただいてから回答いたします。

注文番号        注文日時            金額(円)   決済          配送先(都道府県)
--------------  ------------------  ---------  ------------  ----------------
HS-EC-7719204   2025/05/03 02:14    64,800     VISA 末尾0417  大阪府
HS-EC-7721583   2025/05/07 01:58    38,200     JCB 末尾7731   大阪府
HS-EC-7724410   2025/05/12 03:40    112,000    MC 末尾2208    埼玉県
HS-EC-7730057   2025/05/19 02:07    27,500     VISA 末尾5560  埼玉県
HS-EC-7733961   2025/05/26 04:22    89,900     MC 末尾9146    大阪府

EC事業部　沖田 玲（03-5791-4520）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order numbers, amounts and last four card digits only; no cardholder or address",
    },
    # 084 ------------------------------------------------------------------
    {
        "id": "keisatsu-084",
        "charset": "utf-8",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["sanjo@shirakawa-law.jp"],
        "subject": "保釈請求用 在職証明書・身元引受書のご送付",
        "body": """三条先生

お世話になっております。人事部の石動です。
伊集院さんの保釈請求に添付する書類として、在職証明書と、
上長（葛城センター長）による身元引受書をPDFでお送りします。
保釈が認められた場合の復職可否は、先生とのご相談のうえ改めて判断いたします。
""" + SIG_ISURUGI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "在職証明書_身元引受書.pdf",
                "lines": [
                    "在 職 証 明 書",
                    "氏名：伊集院 拓真",
                    "生年月日：平成3年2月14日",
                    "現住所：神奈川県横浜市都筑区仲町台3-7-11 グリーンコート仲町台502",
                    "入社年月日：2016年4月1日　所属：横浜物流センター 入荷課",
                    "上記の者は、現在当社に在職していることを証明します。",
                    "",
                    "身 元 引 受 書",
                    "被告人 伊集院 拓真 が保釈された場合、私が身元を引き受け、公判期日への出頭を確実にさせます。",
                    "身元引受人：日の出産業株式会社 横浜物流センター長 葛城 勝",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "employment certificate for the bail request of a named defendant (criminal proceedings: 要配慮)",
    },
    # 085 ------------------------------------------------------------------
    {
        "id": "keisatsu-085",
        "charset": "cp932",
        "sender": "人事部 給与課 真鍋 <manabe.kou@hinode-sangyo.co.jp>",
        "to": ["sosa2@police-higashiyama.lg.jp"],
        "subject": "Re: 捜査関係事項照会（東県二第1183号）追加のお問い合わせ",
        "body": """鏑木様

お世話になっております。給与課の真鍋です。
詐欺事件の被疑者とされている元従業員 真栄田 恭平 の扶養家族の状況について、
在籍時最後に提出された扶養控除等申告書の写しを添付いたします。

人事部 給与課　真鍋 航
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "扶養控除等申告書_2023.pdf",
                "title": "令和5年分 給与所得者の扶養控除等（異動）申告書",
                "lines": ["令和5年分 給与所得者の扶養控除等（異動）申告書", "給与の支払者：日の出産業株式会社"],
                "table": [
                    ["区分", "氏名", "続柄", "生年月日", "個人番号", "住所"],
                    ["本人", "真栄田 恭平", "-", "1984/07/30", _mn(9), "東京都大田区西蒲田8-14-3"],
                    ["配偶者", "真栄田 沙織", "妻", "1986/02/11", _mn(10), "同上"],
                    ["扶養親族", "真栄田 光", "子", "2014/10/02", _mn(11), "同上"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three My Numbers of a fraud suspect and his family; the mail names him as a suspect",
    },
    # 086 ------------------------------------------------------------------
    {
        "id": "keisatsu-086",
        "charset": "iso-2022-jp",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["生活安全課 <seian@minato-ps.police-tokyo-example.lg.jp>"],
        "subject": "防犯講習会の講師派遣のお願い",
        "body": """港警察署 生活安全課 御中

いつもお世話になっております。日の出産業株式会社 総務部の楢崎と申します。
当社では、店舗・物流拠点の管理職を対象とした防犯研修を毎年実施しております。
本年は、強盗・侵入窃盗への備えと、被害発生時の初動について、
貴署よりご講演をいただけないかと考えております。

　日時（候補）：7月15日（火）または 7月17日（木）14:00～15:30
　会場：本社7階 大会議室（東京都港区港南5-8-21）
　参加予定：約30名（店長・センター長・工事現場責任者）

ご検討のほど、よろしくお願い申し上げます。

日の出産業株式会社 総務部 楢崎 潤
TEL 03-5791-4412
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks the police for a crime-prevention lecture: no personal data",
    },
    # 087 ------------------------------------------------------------------
    {
        "id": "keisatsu-087",
        "charset": "utf-8",
        "sender": "葛城 勝 <katsuragi.masaru@hinode-sangyo.co.jp>",
        "to": ["saeki.mariko@hinode-sangyo.co.jp"],
        "cc": ["katsuragi-team@mail.hinode-sangyo.co.jp"],
        "subject": "都筑署への提出前チェックのお願い（夜勤者一覧）",
        "body": """佐伯さん

都筑署から依頼のあった夜勤者の一覧です。警察に出す前に、法務として
提出範囲（住所・生年月日まで出してよいか）をチェックしてもらえますか。

葛城
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "夜勤者一覧_提出前.xlsx",
                "sheets": {
                    "一覧": [
                        ["氏名", "生年月日", "住所", "携帯"],
                        ["雲母 大翔", "1987/03/12", "神奈川県横浜市都筑区池辺町3318-2", "090-1183-4420"],
                        ["乙部 晴美", "1992/11/30", "神奈川県横浜市緑区十日市場町802-14", "080-5527-9913"],
                        ["栗栖 航", "1979/07/04", "神奈川県川崎市宮前区有馬6-21-3", "070-3360-1287"],
                        ["安心院 玲奈", "1995/01/22", "神奈川県横浜市港北区高田西2-9-17", "090-7741-0356"],
                        ["猪狩 正志", "1968/09/09", "東京都町田市鶴間4-15-6", "080-2209-6674"],
                        ["轟 ひかる", "1999/05/18", "神奈川県横浜市青葉区市ケ尾町1150-7", "090-3094-8812"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "the same kind of list, but To and Cc are internal (a subdomain counts as internal)",
    },
    # 088 ------------------------------------------------------------------
    {
        "id": "keisatsu-088",
        "charset": "cp932",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["sosa2@police-higashiyama.lg.jp"],
        "subject": "RE: 在籍確認のお願い（5名）",
        "body": """鏑木様

お世話になっております。日の出産業 総務部の佐伯です。
ご照会の5名について社内の人事記録を確認いたしました。
当社に在籍記録があるのは1名のみで、残る4名は在籍の記録がございません。
該当者の詳細は、正式な照会書をいただいたうえで書面にて回答いたします。

""" + SIG_SAEKI + """
-----Original Message-----
From: 東山県警察本部 捜査第二課 <sosa2@police-higashiyama.lg.jp>
Sent: Tuesday, June 10, 2025 11:05 AM
To: saeki.mariko@hinode-sangyo.co.jp
Subject: 在籍確認のお願い（5名）

日の出産業株式会社 総務部 佐伯様

下記の者について、貴社での在籍の有無をご確認いただけますでしょうか。

1. 真栄田 恭平　昭和59年7月30日生　東京都大田区西蒲田
2. 丹羽 勝之　　昭和52年1月14日生　神奈川県川崎市幸区
3. 宝生 美月　　平成4年6月3日生　　東京都品川区戸越
4. 阿部川 進　　昭和48年10月22日生　千葉県市川市南八幡
5. 蛯名 聡子　　昭和63年3月9日生　　神奈川県横浜市鶴見区

東山県警察本部 捜査第二課 警部 鏑木
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five names and birth dates are only in the quoted Original Message from the police",
    },
    # 089 ------------------------------------------------------------------
    {
        "id": "keisatsu-089",
        "charset": "iso-2022-jp",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["品質保証部 <qa@kitaguni-foods.co.jp>"],
        "subject": "脅迫文書の件 警察相談の状況について",
        "body": """北国フーズ株式会社 品質保証部
鮫川様

お世話になっております。日の出産業 コンプライアンス推進室の岩渕です。
当社の港南台店宛てに届いた、貴社製品への異物混入をほのめかす脅迫文書の件です。

・6月9日、港南台警察署に相談し、文書の原本を提出しました。
・警察の助言により、該当ロット（賞味期限 2025.09.18、ロット KF-0918-B）は
　一旦店頭から撤去しております。
・文書に記載の金銭要求には応じない方針です。

貴社でも同様の文書が届いていないか、ご確認いただけますでしょうか。
""" + SIG_IWABUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "threat letter handled with police; product lot numbers only, no individual",
    },
    # 090 ------------------------------------------------------------------
    {
        "id": "keisatsu-090",
        "charset": "utf-8",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "防犯ポスター 校正刷りの確認結果",
        "body": """錦印刷株式会社 営業部
今泉様

お世話になっております。日の出産業 総務部の楢崎です。
防犯ポスターの校正刷り、確認いたしました。修正点を下記にまとめます。

・「防犯カメラ作動中」の文字をもう一回り大きく
・下部の通報先「110」の横に「最寄り：港南台警察署」を追記
・サイズはA2で80部、B3で120部

修正後のPDFをお送りいただければ、本日中に校了の判断をいたします。
""" + """
日の出産業株式会社 総務部 楢崎 潤
TEL 03-5791-4412
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "防犯ポスター_校正_赤入れ.pdf",
                "lines": [
                    "防犯カメラ作動中",
                    "関係者以外立入禁止",
                    "この施設は警察と連携して防犯対策を行っています",
                    "不審者を見かけたら 110番",
                    "日の出産業株式会社",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "poster proof for the printer: 関係者以外立入禁止 is signage, not a confidentiality marking",
    },
    # 091 ------------------------------------------------------------------
    {
        "id": "keisatsu-091",
        "charset": "cp932",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["chino@kasumi-partners.com"],
        "subject": "秘密保持契約書（案）へのコメント返送",
        "body": """茅野先生

お世話になっております。日の出産業の佐伯です。
調査会社との秘密保持契約書（案）について、当社のコメントを反映した版をお送りします。
主な修正点は以下の3点です。

　第2条：秘密情報の定義に「口頭で開示され、30日以内に書面で特定されたもの」を追加
　第6条：警察・裁判所等の公的機関から開示を求められた場合の事前通知義務を追加
　第9条：契約終了後の秘密保持期間を3年から5年に延長

ご確認のほど、よろしくお願いいたします。
""" + SIG_SAEKI,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_日の出産業コメント反映.docx",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」）と第一企業調査株式会社（以下「乙」）は、甲が乙に委託する調査業務に関し、次のとおり契約を締結する。",
                    "第1条（目的） 本契約は、調査業務の遂行にあたり相互に開示される秘密情報の取扱いを定める。",
                    "第2条（秘密情報） 本契約において秘密情報とは、書面、電磁的記録その他の方法により開示された技術上・営業上の情報をいう。",
                    "第6条（公的機関への開示） 乙は、法令又は公的機関の命令により秘密情報の開示を求められた場合、事前に甲に通知する。",
                    "第9条（有効期間） 本契約終了後5年間、前各条の義務は存続する。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an NDA draft talks about 秘密情報 but is not itself marked confidential",
    },
    # 092 ------------------------------------------------------------------
    {
        "id": "keisatsu-092",
        "charset": "utf-8",
        "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
        "to": ["sanjo@shirakawa-law.jp"],
        "subject": "警察からの照会への回答基準について（社内規程改定のご相談）",
        "body": """三条先生

いつもお世話になっております。日の出産業 総務部の佐伯です。
最近、警察・弁護士会からの照会が月に数件ずつ届くようになり、回答の判断が
担当者によってばらつくことが課題になっております。

そこで「外部機関からの照会対応規程」を新たに定めたく、以下の点についてご意見を伺えますか。

1. 捜査関係事項照会（刑訴法197条2項）への回答を、個人情報保護法上「法令に基づく場合」
   として本人同意なく行える範囲
2. 弁護士会照会（弁護士法23条の2）に回答を拒否できる場合の考え方
3. 電話での照会に対し、在籍の有無だけでも回答してよいか
4. 回答した記録（照会書・回答書の写し）の保存期間

ドラフトは来月初めにお送りする予定です。
""" + SIG_SAEKI + DISC_JP,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general legal question about answering inquiries; ends with the standard disclaimer",
    },
    # 093 ------------------------------------------------------------------
    {
        "id": "keisatsu-093",
        "charset": "iso-2022-jp",
        "sender": "総務部 楢崎 <narasaki.jun@hinode-sangyo.co.jp>",
        "to": ["杉浦様 <jidosha-sc@hoshizora-sonpo.co.jp>"],
        "cc": ["橘先生 <s.tachibana@tachibana-sogo-law.jp>"],
        "subject": "追突事故の示談交渉 三者打合せの日程",
        "body": """星空損害保険 杉浦様
（cc：橘総合法律事務所 橘先生）

お世話になっております。日の出産業の楢崎です。
5月22日の追突事故の示談交渉について、保険会社様・弁護士の先生・当社の三者で
方針を確認する打合せを設けたく、ご都合を伺います。

　6月24日（火）10:00～／6月25日（水）16:00～／6月27日（金）13:00～

場所は橘総合法律事務所の会議室をお借りできると伺っております。
""" + """
日の出産業株式会社 総務部 楢崎 潤（03-5791-4412）
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "insurer and law firm — two external organisations — in a three-way scheduling mail",
    },
    # 094 ------------------------------------------------------------------
    {
        "id": "keisatsu-094",
        "charset": "utf-8",
        "sender": "本厚木店 <honatsugi-shop@hinode-sangyo.co.jp>",
        "to": ["honatsugi-shop@hinode-sangyo.co.jp"],
        "bcc": [
            "shun.kadowaki@gmail.com",
            "eri-mizusawa@yahoo.co.jp",
            "k.hasebe0609@icloud.com",
            "ayano.t@softbank.ne.jp",
            "goro.ishizaki@outlook.jp",
        ],
        "subject": "【日の出産業 本厚木店】お忘れ物のお預かりについて",
        "body": """お客様各位

日の出産業 直営ショップ本厚木店でございます。
ご来店時のお忘れ物をお預かりしているお客様に、会員登録のアドレス宛でご連絡しております。
（個人情報保護のため、一斉送信はBCCで行っております）

お預かり期限：6月28日（土）まで
お問い合わせ：046-221-7730（店舗代表 10:00～20:00）

期限を過ぎたものは厚木警察署へお届けいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "five customers correctly in Bcc, none visible to the others; free-mail recipients may warn",
    },
    # 095 ------------------------------------------------------------------
    {
        "id": "keisatsu-095",
        "charset": "cp932",
        "sender": "小鳥遊 健吾 <takanashi.kengo@hinode-sangyo.co.jp>",
        "to": ["keiji@kawaguchi-ps.police-saitama-ken.lg.jp"],
        "subject": "フェンス切断箇所の写真（領家7丁目現場）",
        "body": """川口警察署 刑事課 戸叶様

日の出産業 工事部の小鳥遊です。
ご依頼のあった、資材置場フェンスの切断箇所の写真をお送りします。
撮影は6月9日 7時15分、発見直後のものです（加工なし）。
""" + SIG_TAKANASHI,
        "attachments": [
            {"kind": "png", "name": "fence_cut_01.png"},
            {"kind": "png", "name": "fence_cut_02.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "photos of a damaged fence for the police: no personal data",
    },
    # 096 ------------------------------------------------------------------
    {
        "id": "keisatsu-096",
        "charset": "iso-2022-jp",
        "sender": "人事部 <jinji@hinode-sangyo.co.jp>",
        "to": ["調査第一課 <research@tokiwa-tantei.com>"],
        "subject": "Re: 従業員の在籍確認のお問い合わせについて",
        "body": """ときわ探偵事務所 調査第一課 御中

日の出産業株式会社 人事部でございます。
お問い合わせいただきました当社従業員の在籍確認につきまして、
当社では、ご本人の同意がある場合、または法令に基づく照会の場合を除き、
従業員に関する情報（在籍の有無を含む）にはお答えしておりません。

あしからずご了承くださいますようお願い申し上げます。

日の出産業株式会社 人事部
TEL 03-5791-4430（代表受付）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "declines a detective agency's employment check without naming anyone",
    },
    # 097 ------------------------------------------------------------------
    {
        "id": "keisatsu-097",
        "charset": "utf-8",
        "sender": "小鳥遊 健吾 <takanashi.kengo@hinode-sangyo.co.jp>",
        "to": ["レンタル営業課 <rental@kawasaki-denki.co.jp>"],
        "subject": "レンタル発電機の盗難について（ご報告）",
        "body": """川崎電機株式会社 レンタル営業課 御中

いつもお世話になっております。日の出産業 工事部の小鳥遊です。
大変申し訳ございませんが、領家7丁目現場でお借りしていた発電機が盗難に遭いました。

　機種：KD-GEN25S（管理番号 R-25-00318）
　盗難推定日時：6月8日 22時～6月9日 7時
　被害届：川口警察署 受理番号 第0609-208号

動産総合保険での対応を確認中です。補償手続きの流れについて、ご担当者様から
ご連絡いただけますと幸いです。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "equipment theft report to a partner: asset and report numbers, no personal data",
    },
    # 098 ------------------------------------------------------------------
    {
        "id": "keisatsu-098",
        "charset": "cp932",
        "sender": "港南台店 宇喜多 <ukita.takumi@hinode-sangyo.co.jp>",
        "to": ["tetsuya.omura55@gmail.com"],
        "subject": "Re: 駐車場での当て逃げについて",
        "body": """大村様

日の出産業 港南台店の宇喜多でございます。
このたびは当店ご利用中にご不快な思いをおかけし、申し訳ございません。

お問い合わせの防犯カメラ映像につきましては、当社の規程により、
お客様個人への提供はいたしかねますが、警察から正式な要請があれば提出いたします。
港南台警察署へ物損事故としてご相談のうえ、担当の方から当店へご連絡いただくよう
お伝えください。映像は30日間保存しております。

> 6月8日15時頃、2階駐車場Cエリアに停めていた車に擦り傷がありました。
> 防犯カメラの映像を見せていただけないでしょうか。
""" + SIG_UKITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one customer on free mail about CCTV policy; no personal data in new text",
    },
    # 099 ------------------------------------------------------------------
    {
        "id": "keisatsu-099",
        "charset": "iso-2022-jp",
        "sender": "岩渕 亮 <iwabuchi.ryo@hinode-sangyo.co.jp>",
        "to": ["相談窓口 <soudan@minamikawa-boutsui.or.jp>"],
        "subject": "不当要求の相談（取引先を名乗る人物について）",
        "body": """公益財団法人 南川県暴力追放運動推進センター 相談窓口 御中

いつもお世話になっております。日の出産業 コンプライアンス推進室の岩渕です。
先日お電話で概要をお伝えした件、詳細をお送りします。

5月以降、当社工事部に対し、下請参入と「協力金」の支払いを繰り返し求めてくる人物がおります。
名刺の記載は以下のとおりです。

　会社名：株式会社 剛進興業
　氏名　：鬼頭 剛（きとう つよし）
　携帯　：090-8845-3021

業界内では反社会的勢力との関係を噂されていますが、当社では確認できておりません。
今後の対応（面談を断る方法、警察への相談の要否）についてご助言をお願いいたします。
""" + SIG_IWABUCHI,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one named person and his card details with an unconfirmed 反社 rumour: sensitive or not is debatable",
    },
    # 100 ------------------------------------------------------------------
    {
        "id": "keisatsu-100",
        "charset": "utf-8",
        "sender": "石動 さやか <isurugi.sayaka@hinode-sangyo.co.jp>",
        "to": ["s.tachibana@tachibana-sogo-law.jp"],
        "subject": "団体交渉の申入れへの対応について",
        "body": """橘先生

お世話になっております。人事部の石動です。
横浜物流センターの配置転換に関し、地域合同労組「南川ユニオン」から団体交渉の申入れがありました。
申入書によれば、対象社員の 乙部 晴美 さん（検品担当）が先月同ユニオンに加入したとのことです。

会社としては、配置転換は業務上の必要性によるもので、組合加入とは無関係と考えておりますが、
不当労働行為と受け取られないよう、回答書の書きぶりと団交の進め方について
ご助言をいただけますでしょうか。回答期限は6月20日です。
""" + SIG_ISURUGI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "names an employee's union membership: not 要配慮 under APPI but a 機微 item under JIS Q 15001",
    },
]
