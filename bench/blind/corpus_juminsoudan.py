"""Blind evaluation corpus, area "juminsoudan": mail of the city contact centre (若葉市コールセンター) that Hinode Sangyo runs under contract for the fictional city of 若葉市 — residents' inquiries and complaints, escalations and callback requests to city departments, call logs and IVR logs, follow-up mail to residents, staffing and vendor coordination, invoices and monthly reports; written blind from BRIEF.md (and the message format of build.py and the names in SPEC.md) without reading mailguard's code or any other corpus file; every person, number and address in it is invented."""

from build import card_number, my_number

SEED = 61201


def _z(s):
    """ASCII digits and hyphens as full-width (as some operators type them)."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _mn(k, sep=" "):
    n = my_number(SEED + k)
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


def _card(k, sep="-"):
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


CITY = "city.wakaba.lg.jp"

SIG_MORIYAMA = """
――――――――――――――――――――――
日の出産業株式会社 公共サービス事業部
若葉市コールセンター スーパーバイザー
森山 沙織（Moriyama Saori）
〒426-0031 静岡県若葉市栄町1-2-3 若葉駅前ビル5F
TEL 0548-20-7700（センター代表） FAX 0548-20-7701
s-moriyama@hinode-sangyo.co.jp
――――――――――――――――――――――
"""

SIG_ONITSUKA = """
--
日の出産業（株） 若葉市コールセンター
エスカレーション担当　鬼塚 亮介
TEL：0548-20-7700（内線215）
E-mail：r-onitsuka@hinode-sangyo.co.jp
"""

SIG_KUGA = """
********************************************
 日の出産業株式会社
 公共サービス事業部 若葉市コールセンター
 センター長 久我 拓真
 〒426-0031 静岡県若葉市栄町1-2-3 若葉駅前ビル5階
 Tel: 0548-20-7700 / Mobile: 090-3377-0152
********************************************
"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。
"""

MESSAGES = [
# ---------------------------------------------------------------- 001-010
{
    "id": "juminsoudan-001",
    "charset": "iso-2022-jp",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["須藤 健二 <douro-iji@city.wakaba.lg.jp>"],
    "subject": "【折り返し依頼】道路関係 7件（11/12受付分）",
    "body": """若葉市 建設部 道路維持課
須藤様

いつもお世話になっております。
若葉市コールセンターの森山です。

本日受付分のうち、担当課からの折り返しをご希望の方を下記にまとめました。
お手数ですが、ご対応をお願いいたします。

受付No.     氏名            電話番号        場所・内容
--------------------------------------------------------------------------
R-1112-03   石動 和夫       090-4417-2386   上原2丁目 側溝のふたが外れている
R-1112-07   蔦谷 恵子       0548-23-6614    本町4丁目交差点 路面の陥没
R-1112-11   小板橋 勝       080-5532-9170   緑町 街路樹の枝が標識を隠している
R-1112-15   ハーラン 美紀   070-2281-4405   栄町1丁目 カーブミラー破損
R-1112-18   能登谷 進       0548-31-0927    東浜 雨天時の水たまり
R-1112-22   鍋島 多恵子     090-8862-1153   西原3丁目 歩道の段差でつまずいた
R-1112-26   五百旗頭 亮     080-3306-7248   高田 道路照明の点灯不良

※時間帯指定：蔦谷様は平日18時以降、鍋島様は午前中を希望されています。

以上、よろしくお願いいたします。
""" + SIG_MORIYAMA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: seven residents' names and phone numbers in a padded table to a city department (external)",
},
{
    "id": "juminsoudan-002",
    "charset": "cp932",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "cc": ["wakaba-callcenter@hinode-sangyo.co.jp"],
    "subject": "若葉市コールセンター 10月度 運営報告書の送付",
    "body": """若葉市 市民協働課 広聴係
大河内 主査

いつも大変お世話になっております。
日の出産業の久我でございます。

10月度の運営報告書（PDF）をお送りいたします。
概要は以下のとおりです。

・総受電件数　　 6,412件（前月比 +4.8%）
・応答率　　　　 93.1%（目標 90%）
・平均通話時間　 4分12秒
・エスカレーション件数　188件（うち折り返し完了 181件）
・苦情・要望　　 57件

11月定例会にて詳細をご説明いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_KUGA,
    "attachments": [
        {"kind": "pdf", "name": "運営報告書_2025年10月.pdf", "title": "若葉市コールセンター運営報告書 10月",
         "lines": ["若葉市コールセンター 運営報告書（2025年10月度）", "",
                   "1. 受電状況", "2. 問合せ分野別件数", "3. エスカレーション状況", "4. 品質評価結果"],
         "table": [["分野", "件数", "構成比"], ["ごみ・リサイクル", "1,822", "28.4%"],
                   ["税・保険・年金", "1,106", "17.2%"], ["戸籍・住民票・マイナンバーカード", "947", "14.8%"],
                   ["子育て・教育", "611", "9.5%"], ["道路・公園", "402", "6.3%"],
                   ["福祉・介護", "538", "8.4%"], ["施設案内・イベント", "701", "10.9%"],
                   ["その他", "285", "4.4%"]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "monthly report with aggregate statistics only; the word マイナンバーカード is a topic category",
},
{
    "id": "juminsoudan-003",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["保険年金課 国保係 <kokuho@city.wakaba.lg.jp>"],
    "subject": "【エスカレーション】国保 資格確認の件（受付No.K-250918-0044）",
    "body": """保険年金課 国保係 ご担当者様

お世話になっております。コールセンターの鬼塚です。
下記のお問い合わせについて、センターでは回答できないため引継ぎをお願いします。

■相談者　　　早乙女 澄江 様（さおとめ すみえ）
■連絡先　　　080-6120-3398（日中可）
■保険証　　　記号 若葉国31　番号 004572
■内容
　転職により社会保険に加入したが、国保の脱退手続きが済んでいるか分からない。
　今月、国保の納付書が届いたので二重払いにならないか確認したい。
■希望　　　　担当課からの折り返し

よろしくお願いいたします。
""" + SIG_ONITSUKA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "identifier: a resident's 国民健康保険証 記号・番号 sent to a city department",
},
{
    "id": "juminsoudan-004",
    "charset": "iso-2022-jp",
    "sender": "若葉市コールセンター <wakaba-callcenter@hinode-sangyo.co.jp>",
    "to": ["yuta.kamishiro88@gmail.com"],
    "subject": "粗大ごみ収集のお申込みについて（受付番号 G-0472913）",
    "body": """神代 様

若葉市コールセンターでございます。
先ほどはお電話ありがとうございました。

お申込みいただいた粗大ごみの収集について、ご案内をお送りいたします。

　受付番号：G-0472913
　収集日　：12月3日（水）　朝8時30分までに指定場所へ
　品目　　：ソファ（2人掛け）1点、学習机 1点
　手数料　：1,400円（処理券 700円券×2枚）

処理券は市内のコンビニエンスストア、スーパー等でお求めいただけます。
品目の追加・変更は収集日の3日前までにお電話ください。

※本メールは送信専用アドレスから送信しております。
　お問い合わせは 0548-20-7700（平日8:30〜19:00／土曜9:00〜17:00）までお願いいたします。

若葉市コールセンター（運営：日の出産業株式会社）
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one resident on free mail gets their own collection booking; order number and centre number only",
},
{
    "id": "juminsoudan-005",
    "charset": "cp932",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["shogai-fukushi@city.wakaba.lg.jp"],
    "subject": "障害福祉サービスのご相談（折り返し希望）",
    "body": """障害福祉課 ご担当者様

お疲れ様です。若葉市コールセンター リーダーの仲宗根です。
本日午前、以下のご相談がありましたので引継ぎいたします。

相談者：蓮見 拓郎 様（45歳）
電話　：090-2274-8816
住所　：若葉市西原2丁目17-4 ハイツ西原102

ご本人は統合失調症で通院中、精神障害者保健福祉手帳2級をお持ちとのこと。
同居のお母様が先月入院され、日中の見守りや家事援助のサービスを使えないか
相談したいとのことでした。電話口では不安が強いご様子でしたので、
できれば本日中のご連絡をお願いいたします。

仲宗根
日の出産業株式会社 若葉市コールセンター
TEL 0548-20-7700
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named resident's mental illness and disability certificate grade, to a city department",
},
{
    "id": "juminsoudan-006",
    "charset": "iso-2022-jp",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["営業部 村雨様 <murasame@tsubasa-system.jp>",
           "Lingua Bridge 調整担当 <coordination@lingua-bridge.co.jp>",
           "スタッフネクスト 派遣営業 <haken-eigyo@staff-next.co.jp>"],
    "subject": "年末年始の受付体制に関する打合せのご案内",
    "body": """関係各社 ご担当者様

いつもお世話になっております。
日の出産業 若葉市コールセンターの久我です。

年末年始（12/29〜1/3）の受付体制について、下記のとおり打合せを行いたく
ご案内申し上げます。

　日時：12月5日（金）14:00〜15:00
　場所：若葉駅前ビル5F 会議室B（オンライン参加可）
　議題：
　　1. 臨時IVRアナウンスの切替手順（ツバサシステム様）
　　2. 三者通話通訳の当番体制（Lingua Bridge様）
　　3. 派遣スタッフの増員シフト（スタッフネクスト様）

ご出欠を11月28日までにご返信いただけますと幸いです。
""" + SIG_KUGA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three external organisations in To can see each other's addresses",
},
{
    "id": "juminsoudan-007",
    "charset": "utf-8",
    "sender": "瀬能 健 <k-seno@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "cc": ["村雨 <murasame@tsubasa-system.jp>", "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>"],
    "subject": "Re: IVRメニュー変更（ごみ分別ガイダンス追加）の切替日程",
    "body": """大河内様
（cc：ツバサシステム 村雨様）

お世話になっております。日の出産業 情報システム担当の瀬能です。

IVRメニュー変更の切替日程について、ツバサシステム様と調整のうえ
以下で確定させていただければと存じます。

　・ステージング検証：12/9（火）営業時間外
　・本番切替　　　　：12/11（木）7:30～8:00（受付開始前）
　・切戻し判断　　　：8:15（異常時は旧メニューへ即時切戻し）

新メニューでは「3」番に「ごみの分け方・出し方」を追加し、
既存の「3」以降を一つずつ繰り下げます。ガイダンス原稿は前回ご承認の第3版です。

問題なければ、この日程で進めさせていただきます。

瀬能 健
日の出産業株式会社 情報システム部
TEL 03-5820-4411（本社代表）

> 瀬能様
> 切替は受付開始前の時間帯でお願いできますか。
> 12月中旬までに完了できれば助かります。
> 大河内
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail: the city and one partner (two external organisations), no personal data",
},
{
    "id": "juminsoudan-008",
    "charset": "cp932",
    "sender": "瀬能 健 <k-seno@hinode-sangyo.co.jp>",
    "to": ["村雨 様 <murasame@tsubasa-sytem.jp>"],
    "subject": "着信ルーティング設定変更のお願い（受付時間延長）",
    "body": """ツバサシステム株式会社
村雨様

いつもお世話になっております。日の出産業の瀬能です。

若葉市様のご依頼により、1月から土曜日の受付時間を17:00→18:00に延長いたします。
つきましては、着信ルーティングの時間帯設定変更をお願いできますでしょうか。

　対象：若葉市コールセンター代表（0548-20-7700）
　変更：土曜 17:00-18:00 の着信をオペレーター席へ（現在は時間外ガイダンス）
　適用：2026年1月10日（土）から

作業日程と費用感を今週中にいただけますと助かります。

瀬能
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: tsubasa-sytem.jp is the partner tsubasa-system.jp with letters dropped",
},
{
    "id": "juminsoudan-009",
    "charset": "utf-8",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["t-okochi@city.wakaba.lg.jp"],
    "subject": "応答品質モニタリング結果（第3四半期）",
    "body": """大河内様

お世話になっております。日の出産業 品質管理担当の八戸です。

第3四半期の応答品質モニタリング結果をお送りします。
評価は抜き取り120通話、評価項目18項目です。
総合スコアは 86.4点（前期 83.9点）となりました。

詳細は添付のExcelをご参照ください。

八戸 萌（はちのへ もえ）
日の出産業株式会社 公共サービス事業部 品質管理グループ
""",
    "attachments": [
        {"kind": "xlsx", "name": "品質モニタリング_2025Q3.xlsx", "title": "応答品質モニタリング 2025Q3",
         "page_header": "取扱注意", "page_footer": "日の出産業株式会社 品質管理グループ",
         "sheets": {
             "総括": [["応答品質モニタリング結果（2025年度 第3四半期）"], [],
                      ["評価項目", "7月", "8月", "9月"],
                      ["第一声・名乗り", 4.6, 4.7, 4.8], ["傾聴・復唱", 4.1, 4.3, 4.4],
                      ["正確な案内", 4.2, 4.2, 4.5], ["エスカレーション判断", 3.8, 4.0, 4.1],
                      ["クロージング", 4.4, 4.5, 4.6]],
             "チーム別": [["チーム", "評価件数", "平均点"], ["Aチーム", 40, 87.1],
                         ["Bチーム", 40, 85.2], ["Cチーム（夜間・土曜）", 40, 86.9]],
         }},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the workbook carries a 取扱注意 page header; sent to the city",
},
{
    "id": "juminsoudan-010",
    "charset": "iso-2022-jp",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["廃棄物対策課 <gomi@city.wakaba.lg.jp>"],
    "subject": "通話記録（書き起こし）の送付　※パスワードは別送します",
    "body": """廃棄物対策課 ご担当者様

お世話になっております。コールセンターの鬼塚です。

11/7にお申し出のあった不法投棄通報の件、ご依頼の通話書き起こしを
ZIPファイルにしてお送りいたします。
解凍用パスワードは別メールにてお送りいたします。

よろしくお願いいたします。
""" + SIG_ONITSUKA,
    "attachments": [
        {"kind": "zip", "name": "通話記録_1107.zip", "password": "Wk7#k2Lp",
         "files": [{"kind": "txt", "name": "通話記録_1107.txt",
                    "text": "2025/11/07 10:42 受電\n通報者：浅葉 信之 様 090-7731-5520\n内容：若葉川河川敷（東浜橋下）に冷蔵庫と家電が捨てられている。軽トラックのナンバーは見ていない。\n"}]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: password-protected ZIP (PPAP) cannot be inspected",
},
# ---------------------------------------------------------------- 011-020
{
    "id": "juminsoudan-011",
    "charset": "utf-8",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["相談支援係 <soudan@wakaba-shakyo.or.jp>"],
    "subject": "市の窓口・出張所の連絡先一覧（ご依頼の件）",
    "body": """若葉市社会福祉協議会
相談支援係 ご担当者様

お世話になっております。若葉市コールセンターの森山です。
先日ご依頼いただいた、市の出張所・関連窓口の連絡先一覧をお送りします。
（市ホームページ掲載の情報を一覧にしたものです）

窓口名                     電話            受付時間
-----------------------------------------------------------
若葉市役所（代表）         0548-21-1111    8:30-17:15
東浜出張所                 0548-36-2201    8:30-17:15
上原出張所                 0548-27-4410    8:30-17:15
高田支所                   0548-52-0031    8:30-17:15
若葉市保健センター         0548-24-8800    8:30-17:15
消費生活センター           0548-21-1190    9:00-16:00
若葉市コールセンター       0548-20-7700    8:30-19:00（土 9:00-17:00）
休日夜間急患センター       0548-23-9999    19:00-翌7:00

掲載内容に変更があれば随時お知らせいたします。
""" + SIG_MORIYAMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of public offices and their switchboards, not people",
},
{
    "id": "juminsoudan-012",
    "charset": "cp932",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["税務課 市民税係 <zeimu@city.wakaba.lg.jp>"],
    "subject": "住民税通知書に関する問合せ 着信履歴（11/17-11/18）",
    "body": """税務課 市民税係 ご担当者様

お世話になっております。コールセンター 鬼塚です。

住民税の通知書（普通徴収）に関する問い合わせのうち、
センターで回答できず税務課への確認が必要なものの着信履歴を
CSVでお送りします。発信者番号と用件を記載しています。

折り返しのご対応をお願いいたします。

鬼塚
""",
    "attachments": [
        {"kind": "csv", "name": "zeimu_callback_1117-1118.csv", "encoding": "cp932",
         "rows": [["受付日時", "発信者番号", "地区", "用件", "希望時間帯"],
                  ["2025/11/17 09:12", "090-5128-3307", "本町", "税額の根拠が知りたい", "午前"],
                  ["2025/11/17 09:48", "0548-22-7731", "上原", "納付書を紛失", "いつでも"],
                  ["2025/11/17 10:05", "080-4471-0926", "東浜", "退職後の住民税の払い方", "夕方"],
                  ["2025/11/17 11:30", "070-3182-5564", "緑町", "扶養控除が反映されていない", "午後"],
                  ["2025/11/17 13:14", "090-6625-1870", "西原", "口座振替にしたい", "午前"],
                  ["2025/11/17 15:02", "0548-31-4428", "高田", "二重に届いた", "いつでも"],
                  ["2025/11/18 08:51", "080-2209-6613", "栄町", "期限後の納付方法", "午前"],
                  ["2025/11/18 10:27", "090-1143-7785", "本町", "医療費控除の申告漏れ", "夕方"],
                  ["2025/11/18 12:40", "070-5590-2271", "上原", "減免の対象か", "午後"],
                  ["2025/11/18 14:16", "0548-27-6390", "東浜", "相続人への通知", "いつでも"],
                  ["2025/11/18 16:33", "090-8814-0462", "緑町", "分割納付の相談", "夕方"],
                  ["2025/11/18 18:05", "080-7036-1198", "高田", "特別徴収への切替", "午前"]]},
    ],
    "expect": "stop",
    "entities": ["PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: twelve callers' phone numbers with their tax questions (no name column) in a CSV to the city",
},
{
    "id": "juminsoudan-013",
    "charset": "utf-8",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["森山 沙織 <s-moriyama@hinode-sangyo.co.jp>", "wakaba-sv@mail.hinode-sangyo.co.jp"],
    "subject": "夜間帯 応対ログ（11/20）",
    "body": """森山さん、SVの皆さん

お疲れ様です。仲宗根です。
昨夜の夜間帯の応対ログを添付します。
クレーム1件（No.4）は明朝の朝礼で共有させてください。

仲宗根
""",
    "attachments": [
        {"kind": "xlsx", "name": "応対ログ_1120夜間.xlsx",
         "sheets": {"1120": [["受付", "氏名", "電話番号", "住所", "分類", "内容", "対応"],
                             ["17:32", "真壁 光一", "090-3326-1750", "若葉市本町1-8-2", "ごみ", "収集漏れ", "担当課へ連絡"],
                             ["17:55", "戸来 千尋", "080-6641-2093", "若葉市上原3-4-11", "税", "納付書再発行", "回答済"],
                             ["18:10", "不破 直人", "0548-22-5190", "若葉市東浜5-2-7", "道路", "街灯切れ", "担当課へ連絡"],
                             ["18:26", "汐見 由香里", "090-7712-4468", "若葉市緑町2-15-3", "苦情", "職員の対応への不満", "SV対応"],
                             ["18:41", "嘉手納 修", "070-4430-8821", "若葉市西原1-1-19", "子育て", "保育園申込期限", "回答済"],
                             ["18:52", "百目鬼 早苗", "080-2198-3376", "若葉市高田4-6-2", "施設", "体育館予約", "回答済"]]}},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "a call log with six residents, but every recipient is internal (including a mail. subdomain)",
},
{
    "id": "juminsoudan-014",
    "charset": "iso-2022-jp",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["市民課 マイナンバー担当 <shimin@city.wakaba.lg.jp>"],
    "subject": "マイナンバーカード更新通知の件（受付No.M-251105-0102）",
    "body": """市民課 マイナンバーカード担当 御中

お世話になっております。若葉市コールセンターの鬼塚です。
下記のお問い合わせについて、確認のうえ折り返しをお願いいたします。

氏名：　　西園寺 和枝（さいおんじ かずえ）様
生年月日：昭和22年8月14日
電話：　　0548-24-3307
個人番号：""" + _mn(1) + """（ご本人が電話口で読み上げ）

内容：
電子証明書の有効期限通知書が届いたが、カード本体の期限と違うので
どちらの更新が必要か分からない。窓口に行く必要があるか知りたい。

よろしくお願いいたします。
""" + SIG_ONITSUKA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "identifier: a resident's My Number (with name and 和暦 birth date) in an escalation to the city",
},
{
    "id": "juminsoudan-015",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["介護保険課 <kaigo@city.wakaba.lg.jp>"],
    "subject": "Re: 介護保険料 通知書の再送付について（架電依頼）",
    "body": """介護保険課
千々石様

お世話になっております。森山です。
ご依頼の件、承知いたしました。
本日15時以降、センターより順次お電話し、結果は明日午前中にご報告いたします。

森山

-----Original Message-----
From: 千々石 恵 <kaigo@city.wakaba.lg.jp>
Sent: Tuesday, November 25, 2025 10:14 AM
To: 森山 沙織 <s-moriyama@hinode-sangyo.co.jp>
Subject: 介護保険料 通知書の再送付について（架電依頼）

森山様

宛名印字の不具合で通知書が届いていない方へのご案内をお願いします。

> 1. 曽我部 トメ　　　0548-22-1047　若葉市本町2-3-9
> 2. 椎葉 源三　　　　0548-27-3380　若葉市上原4-12-1
> 3. 乙部 フジ子　　　0548-31-6652　若葉市東浜1-7-20
> 4. 大日向 勝利　　　0548-52-7014　若葉市高田2-9-5
> 5. 久留島 キヨ　　　0548-24-9931　若葉市緑町3-1-6
> 6. 鷹取 正則　　　　090-3317-8802　若葉市西原4-2-14

よろしくお願いします。
千々石
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the list is only in quoted text of the city's own mail being replied to; the new text has no personal data",
},
{
    "id": "juminsoudan-016",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["男女共同参画課 相談担当 <danjo@city.wakaba.lg.jp>"],
    "subject": "FW: 相談させてください",
    "body": """男女共同参画課 ご担当者様

コールセンターの鬼塚です。
昨夜、センターの問い合わせフォームに下記のメールが届きました。
内容からDV相談窓口でのご対応が適切と判断し、転送いたします。
ご本人には「担当課から連絡する」旨のみお伝えしています。

---------- Forwarded message ---------
From: 匿名希望 <hanamizuki.0314@yahoo.co.jp>
Date: 2025年11月26日(水) 23:48
Subject: 相談させてください
To: wakaba-callcenter@hinode-sangyo.co.jp

夜分にすみません。
若葉市上原2丁目に住んでいる宇喜多 春奈といいます。
夫から日常的に暴力を受けていて、先週は顔を殴られて病院に行きました。
子ども（小3）がいるので、どこに相談したらよいか分かりません。
夫に知られたくないので、電話は平日の昼間に 070-2846-1193 にお願いします。
""" + SIG_ONITSUKA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a forwarded resident mail naming a domestic-violence victim with injury, phone and address",
},
{
    "id": "juminsoudan-017",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 恒平 <k-usami@hinode-sangyo.co.jp>",
    "to": ["法人営業部 沖田様 <okita@staff-next.co.jp>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "body": """株式会社スタッフネクスト
法人営業部 沖田様

いつもお世話になっております。日の出産業の宇佐美です。

来年度の若葉市コールセンター増員に伴い、派遣スタッフの皆様にも
市民の個人情報を取り扱っていただくことになります。
つきましては、御社との秘密保持契約書（案）を添付いたしますので、
法務ご担当者様にてご確認いただけますでしょうか。

主な変更点は第5条（再委託の禁止）と第9条（事故時の報告期限）です。
修正のご意見があれば、12月12日までにご連絡ください。

宇佐美 恒平
日の出産業株式会社 公共サービス事業部 営業グループ
TEL 03-5820-4430
""",
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書（案）_スタッフネクスト.docx", "title": "秘密保持契約書（案）",
         "paragraphs": ["秘密保持契約書（案）",
                        "日の出産業株式会社（以下「甲」という）と株式会社スタッフネクスト（以下「乙」という）は、甲が乙に開示する秘密情報の取扱いについて、以下のとおり契約を締結する。",
                        "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報及び若葉市民の個人情報をいう。",
                        "第5条（再委託の禁止）乙は、甲の書面による事前の承諾なく、秘密情報の取扱いを第三者に再委託してはならない。",
                        "第9条（事故時の報告）乙は、秘密情報の漏えい等を知ったときは、直ちに（遅くとも24時間以内に）甲に報告する。",
                        "第12条（有効期間）本契約の有効期間は、締結日から3年間とする。"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA and its draft; 秘密 is the subject matter, not a marking; no personal data",
},
{
    "id": "juminsoudan-018",
    "charset": "utf-8",
    "sender": "Moriyama Saori <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["Daniel Okafor <d.okafor@lingua-bridge.co.jp>"],
    "subject": "Interpreter roster for December (Portuguese / Vietnamese / Tagalog)",
    "body": """Dear Mr. Okafor,

Thank you for your continued support of the Wakaba City Contact Centre.

Could you please send us the interpreter roster for December for the
three-way call service? Based on last month's volume we expect:

  - Portuguese: approx. 40 calls (weekdays, mostly 10:00-12:00)
  - Vietnamese: approx. 25 calls (evenings)
  - Tagalog:    approx. 10 calls

We would also like to confirm that the service will be available on
Saturday 27 December until 17:00.

Best regards,

Saori Moriyama
Supervisor, Wakaba City Contact Centre
Hinode Sangyo Co., Ltd.
Tel: +81-548-20-7700

------------------------------------------------------------------
This e-mail and any attachments may contain confidential information
and are intended solely for the addressee. If you have received this
e-mail in error, please notify the sender and delete it.
------------------------------------------------------------------
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English scheduling mail to a vendor; only the standard confidentiality disclaimer",
},
{
    "id": "juminsoudan-019",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["千々石 恵 <kaigo@city.wakaba.lg.jp>"],
    "subject": "介護保険料 通知書未着の方への架電結果",
    "body": """介護保険課
千々石様

お世話になっております。森山です。
昨日ご依頼の架電について、結果をExcelにまとめましたのでお送りします。
（シート「結果」に全件、「要対応」に再送付が必要な方を抽出しています）

不在の方には明日もう一度おかけします。

森山
""",
    "attachments": [
        {"kind": "xlsx", "name": "架電結果_介護保険料通知書.xlsx",
         "sheets": {
             "結果": [["介護保険料通知書 未着者 架電結果（11/25実施）"], [],
                      ["No", "氏名", "電話番号", "住所", "生年月日", "結果", "備考"],
                      [1, "曽我部 トメ", "0548-22-1047", "若葉市本町2-3-9", "S10.3.21", "通話済", "再送付希望"],
                      [2, "椎葉 源三", "0548-27-3380", "若葉市上原4-12-1", "S13.11.2", "不在", ""],
                      [3, "乙部 フジ子", "0548-31-6652", "若葉市東浜1-7-20", "S8.6.30", "通話済", "娘さん宅へ送付希望"],
                      [4, "大日向 勝利", "0548-52-7014", "若葉市高田2-9-5", "S16.1.9", "通話済", "届いていた"],
                      [5, "久留島 キヨ", "0548-24-9931", "若葉市緑町3-1-6", "T15.12.25", "不在", ""],
                      [6, "鷹取 正則", "090-3317-8802", "若葉市西原4-2-14", "S19.4.17", "通話済", "再送付希望"]],
             "要対応": [["氏名", "電話番号", "送付先"],
                        ["曽我部 トメ", "0548-22-1047", "若葉市本町2-3-9"],
                        ["乙部 フジ子", "0548-31-6652", "若葉市西原1-10-3 乙部様方"],
                        ["鷹取 正則", "090-3317-8802", "若葉市西原4-2-14"]],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: six elderly residents with phone, address and birth date in an XLSX sent to the city",
},
{
    "id": "juminsoudan-020",
    "charset": "iso-2022-jp",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["公園緑地課 <koen@city.wakaba.lg.jp>"],
    "subject": "公園に関するご意見 折り返し希望3件",
    "body": """公園緑地課 ご担当者様

いつもお世話になっております。コールセンターの仲宗根です。
公園に関するお問い合わせで、担当課からの説明を希望された方が3名いらっしゃいます。

・水鏡 隆史 様　090-6653-2084
　　若葉中央公園の遊具（ブランコ）が使用禁止のままだが、いつ直るのか

・ラミレス 千夏 様　080-1172-3395
　　西原ふれあい公園のトイレが夜間施錠され困る

・穂積 典子 様　0548-36-7715
　　東浜緑地の雑草が伸びて見通しが悪く、子どもの通学が心配

お手数ですがご対応をお願いいたします。
仲宗根
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three residents' names and phones to a city department: under the five-person threshold, may be warned",
},
# ---------------------------------------------------------------- 021-030
{
    "id": "juminsoudan-021",
    "charset": "utf-8",
    "sender": "芦田 ひかり <h-ashida@hinode-sangyo.co.jp>",
    "to": ["ペイナビ カスタマーサポート <support@paynavi.co.jp>"],
    "subject": "施設予約システムのカード決済 二重計上の調査依頼",
    "body": """株式会社ペイナビ
カスタマーサポート ご担当者様

お世話になっております。
若葉市コールセンター（日の出産業株式会社）の芦田と申します。

市の施設予約システム（体育館・会議室）でカード決済をされた市民の方から、
同じ予約で2回引き落とされているとのお問い合わせがありました。
取引の確認をお願いできますでしょうか。

　利用者名　　：比嘉 恭平 様
　予約番号　　：SHI-2025-118804
　決済日時　　：2025/11/22 21:07 と 21:09
　金額　　　　：各 2,400円
　カード番号　：""" + _card(2) + """
　有効期限　　：08/28

ご本人には調査結果が分かり次第、センターからご連絡する旨お伝えしています。

--
日の出産業株式会社 公共サービス事業部
若葉市コールセンター 精算担当 芦田 ひかり
TEL 0548-20-7700
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "identifier: a resident's full credit card number sent to a payment vendor",
},
{
    "id": "juminsoudan-022",
    "charset": "iso-2022-jp",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["takeshi.nagakubo@gmail.com", "kanae-kojima55@yahoo.co.jp",
           "higashihama.jichikai@gmail.com", "m-sakakibara@docomo.ne.jp"],
    "subject": "資源ごみ集積所の変更に関する説明会のご案内",
    "body": """自治会長の皆様

いつもお世話になっております。
若葉市コールセンターの森山でございます。

市廃棄物対策課からの依頼により、資源ごみ集積所の変更に関する説明会の
ご案内をお送りいたします。

　日時：12月14日（日）10:00〜11:30
　会場：東浜地区センター 2階 会議室
　内容：集積所の統合案、収集曜日の変更、今後のスケジュール

ご出席の可否を、12月5日までに本メールへのご返信でお知らせください。

若葉市コールセンター（運営：日の出産業株式会社）
TEL 0548-20-7700
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "visible parties: four private persons (neighbourhood heads on free mail) in To should have been Bcc",
},
{
    "id": "juminsoudan-023",
    "charset": "cp932",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["麻生田 様 <asoda.keiko@outlook.jp>"],
    "cc": ["建築指導課 <kenchiku@city.wakaba.lg.jp>"],
    "subject": "空き家の件 ご連絡（受付No.A-251201-0017）",
    "body": """麻生田 様

若葉市コールセンターの鬼塚でございます。
12月1日にお電話でご相談いただいた、ご近所の空き家の件についてご連絡いたします。

担当の建築指導課（CC）にて現地を確認し、所有者の方へ適正管理のお願いを
文書でお送りすることになりました。
今後の経過につきましては、建築指導課から直接ご連絡いたします。

ご不明な点がございましたら、コールセンター（0548-20-7700）までお問い合わせください。

鬼塚
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "one resident on free mail plus the city in Cc: two external parties, no personal data of others",
},
{
    "id": "juminsoudan-024",
    "charset": "utf-8",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["t-okochi@city.wakaba.lg.jp"],
    "subject": "週次受付状況（12/1-12/5）",
    "body": """大河内様

お疲れ様です。八戸です。
今週の週次受付状況を添付いたします。
来週の定例会資料にも同じ数値を使用します。

八戸
""",
    "attachments": [
        {"kind": "corrupt", "name": "週次受付状況_1201-1205.xlsx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the attached workbook is corrupt and cannot be inspected",
},
{
    "id": "juminsoudan-025",
    "charset": "iso-2022-jp",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["健康推進課 保健指導係 <kenko@city.wakaba.lg.jp>"],
    "subject": "特定健診の結果についてのご相談（折り返し希望）",
    "body": """健康推進課 保健指導係 ご担当者様

お世話になっております。コールセンターの仲宗根です。

下記の方から、特定健診の結果についてご相談がありました。
保健師さんからのご連絡をご希望です。

　氏名：甘粕 重雄 様（昭和35年生まれ）
　電話：0548-23-4476（自宅、夕方以降）

　ご相談内容：
　　今年の特定健診でHbA1cが7.8、空腹時血糖が162で「要医療」の判定だった。
　　2年前から糖尿病と言われているが通院をやめてしまっている。
　　どこの病院に行けばよいか、保健指導を受けられるか知りたい。

よろしくお願いいたします。
仲宗根
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named resident's health check results and diabetes history sent to the city",
},
{
    "id": "juminsoudan-026",
    "charset": "utf-8",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>", "広聴係 <kocho@city.wakaba.lg.jp>"],
    "subject": "【速報】11月 時間帯別受電件数",
    "html": """<html><body>
<p>大河内様<br>広聴係 各位</p>
<p>お世話になっております。日の出産業 八戸です。<br>
11月の時間帯別受電件数（速報値）をお送りします。確定値は運営報告書でご報告いたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>時間帯</th><th>平日</th><th>土曜</th><th>放棄呼</th></tr>
<tr><td>8:30-10:00</td><td>1,204</td><td>-</td><td>62</td></tr>
<tr><td>10:00-12:00</td><td>1,618</td><td>233</td><td>88</td></tr>
<tr><td>12:00-14:00</td><td>1,011</td><td>190</td><td>41</td></tr>
<tr><td>14:00-17:00</td><td>1,457</td><td>204</td><td>57</td></tr>
<tr><td>17:00-19:00</td><td>602</td><td>-</td><td>19</td></tr>
</table>
<p>10時台の放棄呼が多いため、12月は同時間帯に1席増員いたします。</p>
<p>--<br>日の出産業株式会社 品質管理グループ 八戸 萌<br>TEL 0548-20-7700</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only statistics mail to two addresses of one city organisation; no personal data",
},
{
    "id": "juminsoudan-027",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["防災危機管理課 <bousai@city.wakaba.lg.jp>"],
    "subject": "防災ラジオ 無償配布の申込者（12月第1週受付分）",
    "html": """<html><body>
<p>防災危機管理課 ご担当者様</p>
<p>お世話になっております。コールセンターの鬼塚です。<br>
防災ラジオ無償配布（65歳以上のみの世帯）の電話申込分をお送りします。</p>
<table border="1" cellspacing="0">
<tr><th>受付日</th><th>氏名</th><th>住所</th><th>電話</th><th>年齢</th></tr>
<tr><td>12/1</td><td>若狭 キミ</td><td>若葉市東浜3-11-4</td><td>0548-36-1182</td><td>88</td></tr>
<tr><td>12/1</td><td>兵頭 昭一</td><td>若葉市高田1-2-30</td><td>0548-52-6619</td><td>79</td></tr>
<tr><td>12/2</td><td>宍戸 ミツ</td><td>若葉市上原5-7-8</td><td>0548-27-0954</td><td>91</td></tr>
<tr><td>12/2</td><td>桂木 勇</td><td>若葉市本町3-3-21 本町ハイム301</td><td>090-4208-7715</td><td>72</td></tr>
<tr><td>12/3</td><td>唐沢 芳江</td><td>若葉市緑町1-9-12</td><td>0548-22-8830</td><td>84</td></tr>
<tr><td>12/4</td><td>外間 清</td><td>若葉市西原2-20-6</td><td>0548-31-2247</td><td>77</td></tr>
<tr><td>12/4</td><td>有働 サダ子</td><td>若葉市東浜1-14-2</td><td>0548-36-5509</td><td>86</td></tr>
<tr><td>12/5</td><td>榊原 忠夫</td><td>若葉市高田4-1-17</td><td>0548-52-3348</td><td>81</td></tr>
</table>
<p>配送は青葉運輸様に依頼予定とのことですので、住所に誤りがないかご確認をお願いします。</p>
<p>鬼塚<br>若葉市コールセンター</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: eight elderly applicants with address and phone in an HTML table to the city",
},
{
    "id": "juminsoudan-028",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["防災危機管理課 <bousai@city.wakaba.lg.jp>"],
    "subject": "指定避難所一覧（オペレーター案内用）のご確認",
    "body": """防災危機管理課 ご担当者様

お世話になっております。森山です。
災害時の問い合わせ対応に備え、オペレーター案内用の指定避難所一覧を作成しました。
開設時の連絡先・収容人数に誤りがないか、ご確認いただけますでしょうか。

森山
""",
    "attachments": [
        {"kind": "docx", "name": "指定避難所一覧_案内用.docx", "title": "指定避難所一覧（案内用）",
         "paragraphs": ["指定避難所一覧（コールセンター案内用） 2025年12月版",
                        "※開設状況は防災危機管理課からの連絡に基づき案内すること"],
         "tables": [[["地区", "避難所名", "所在地", "電話", "収容人数"],
                     ["本町", "若葉市立本町小学校", "若葉市本町2-1-1", "0548-22-3101", "420"],
                     ["上原", "上原中学校", "若葉市上原3-5-1", "0548-27-3102", "610"],
                     ["東浜", "東浜地区センター", "若葉市東浜2-8-3", "0548-36-3103", "180"],
                     ["高田", "高田小学校", "若葉市高田3-2-2", "0548-52-3104", "350"],
                     ["緑町", "若葉市総合体育館", "若葉市緑町4-1-1", "0548-24-3105", "900"],
                     ["西原", "西原公民館", "若葉市西原1-6-9", "0548-31-3106", "150"]]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of public facilities (shelters) with their addresses and phones: businesses, not people",
},
{
    "id": "juminsoudan-029",
    "charset": "iso-2022-jp",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 芹沢先生 <serizawa@shirakawa-law.co.jp>"],
    "subject": "ご相談：長時間・反復の架電への対応方針について",
    "body": """白川法律事務所
芹沢先生

いつもお世話になっております。日の出産業の久我でございます。

若葉市コールセンターにおいて、同一の方から1日に20回以上の架電があり、
オペレーターへの暴言も続いている案件がございます（受付No.C-2511-0093 ほか）。
市とも協議のうえ、通話の打ち切り基準と警告文の文面を定めたいと考えております。

つきましては、来週中に30分ほどオンラインでご相談のお時間をいただけないでしょうか。
候補日：12/9（火）15時〜、12/10（水）10時〜、12/11（木）16時〜

どうぞよろしくお願いいたします。
""" + SIG_KUGA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: shirakawa-law.co.jp is the partner law firm's shirakawa-law.jp under another TLD",
},
{
    "id": "juminsoudan-030",
    "charset": "utf-8",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["沖田 <okita@staff-next.co.jp>"],
    "subject": "派遣スタッフ向け 応対マニュアル改訂版（事前学習用）",
    "body": """スタッフネクスト 沖田様

お世話になっております。八戸です。
1月から着任予定のスタッフの方々に、事前に目を通していただきたい
応対マニュアル改訂版をお送りします。初日研修でも使用します。

八戸
""",
    "attachments": [
        {"kind": "docx", "name": "応対マニュアル_v4.2.docx", "title": "若葉市コールセンター 応対マニュアル v4.2",
         "page_header": "部外秘　日の出産業株式会社 公共サービス事業部",
         "paragraphs": ["若葉市コールセンター 応対マニュアル（第4.2版）",
                        "1. 受電時の第一声：「お電話ありがとうございます。若葉市コールセンター、○○でございます。」",
                        "2. 本人確認：住所・氏名・生年月日の3点で行う。個人番号は聞き取らない。",
                        "3. エスカレーション基準：制度の解釈、個別の税額、苦情は担当課へ引き継ぐ。",
                        "4. 長時間通話：30分を超えた場合はSVへ報告する。"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the manual's page header is stamped 部外秘; sent to a staffing agency",
},
# ---------------------------------------------------------------- 031-040
{
    "id": "juminsoudan-031",
    "charset": "cp932",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["生活福祉課 <seikatsu-fukushi@city.wakaba.lg.jp>"],
    "subject": "生活保護受給中の方からの家賃に関するご相談",
    "body": """生活福祉課 ご担当者様

お世話になっております。コールセンターの鬼塚です。

生活保護を受給中の方から、転居に伴う家賃・敷金の扱いについてご相談がありました。
担当ケースワーカーの方からのご連絡をご希望です。

　お名前：皆川 翔太 様
　お電話：080-9917-2604

アパートの取り壊しで来年3月までに退去を求められており、
転居先の家賃上限や引越し費用が出るかを知りたいとのことです。

よろしくお願いいたします。
""" + SIG_ONITSUKA,
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "either: one named resident's receipt of public assistance (生活保護) — highly sensitive in practice but not listed as 要配慮 in APPI",
},
{
    "id": "juminsoudan-032",
    "charset": "iso-2022-jp",
    "sender": "芦田 ひかり <h-ashida@hinode-sangyo.co.jp>",
    "to": ["市民協働課 経理担当 <kyodo-keiri@city.wakaba.lg.jp>"],
    "cc": ["t-okochi@city.wakaba.lg.jp"],
    "subject": "【請求書送付】若葉市コールセンター運営業務委託料（11月分）",
    "body": """若葉市 市民協働課 経理ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の芦田でございます。

標記の件、11月分の請求書をお送りいたします。
ご査収のほど、よろしくお願い申し上げます。

　請求番号：HS-INV-2025-11-0387
　金額　　：4,873,600円（税込）
　お支払期限：2026年1月31日

原本は本日郵送いたしました。

芦田 ひかり
日の出産業株式会社 経理部
〒103-0027 東京都中央区日本橋2-14-9
TEL 03-5820-4400
""",
    "attachments": [
        {"kind": "pdf", "name": "請求書_HS-INV-2025-11-0387.pdf", "title": "請求書",
         "lines": ["請　求　書", "若葉市長 様", "",
                   "日の出産業株式会社", "登録番号 T4080401027713",
                   "東京都中央区日本橋2-14-9 TEL 03-5820-4400", "",
                   "件名：若葉市コールセンター運営業務委託料（2025年11月分）",
                   "振込先：みどり銀行 本店営業部 普通 3015527 ヒノデサンギョウ（カ"],
         "table": [["項目", "数量", "単価", "金額"],
                   ["基本運営費", "1式", "3,980,000", "3,980,000"],
                   ["時間外対応（土曜延長）", "8日", "52,000", "416,000"],
                   ["小計", "", "", "4,396,000"], ["消費税（10%）", "", "", "439,600"],
                   ["多言語通訳（三者通話）", "38件", "1,000", "38,000"],
                   ["合計", "", "", "4,873,600"]]},
    ],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's own T-number and company bank account; no people's data",
},
{
    "id": "juminsoudan-033",
    "charset": "utf-8",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["市民課 住民記録係 <shimin@city.wakaba.lg.jp>"],
    "subject": "外国籍の方の転入手続きに関するお問い合わせ（通訳経由）",
    "body": """市民課 住民記録係 ご担当者様

お疲れ様です。コールセンター 仲宗根です。
三者通話（ポルトガル語通訳）で受けたお問い合わせを引き継ぎます。

【相談者】
  氏名：SOUZA OLIVEIRA Lucas（ソウザ オリヴェイラ ルーカス）様
  生年月日：1991年3月7日
  在留カード番号：RS48120937KQ
  電話：070-6624-9015（ポルトガル語のみ。連絡時は通訳手配が必要）

【内容】
  浜松市から若葉市に引っ越したが、在留期間の更新手続き中で
  新しいカードがまだ届いていない。転入届はいまの在留カードで出せるか。

よろしくお願いいたします。
仲宗根
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "identifier: a foreign resident's residence card number, with name and birth date, to the city",
},
{
    "id": "juminsoudan-034",
    "charset": "utf-8",
    "sender": "Kuga Takuma <t-kuga@hinode-sangyo.co.jp>",
    "to": ["Daniel Okafor <d.okafor@lingua-bridge.co.jp>"],
    "subject": "Re: Quotation for Nepali interpretation (three-way calls)",
    "body": """Dear Daniel,

Thank you for the quotation. The city has approved adding Nepali from
February, so please go ahead with the following conditions:

  * Availability: weekdays 10:00-16:00
  * Unit price: JPY 1,100 per call (up to 15 min), as quoted
  * Monthly cap: 30 calls for the first three months

Our operators will connect through the same bridge number as for the
other languages. I will send a short briefing note on typical inquiries
(waste sorting, school enrolment, health insurance) next week.

Kind regards,
Takuma Kuga
Centre Manager, Wakaba City Contact Centre (Hinode Sangyo Co., Ltd.)

On Mon, Dec 1, 2025 at 4:02 PM Daniel Okafor <d.okafor@lingua-bridge.co.jp> wrote:
> Dear Mr. Kuga,
> Please find our quotation for Nepali below. We have two interpreters
> based in Japan who can cover weekday daytime hours.
> Best, Daniel
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English business reply to a vendor about prices and hours; no personal data",
},
{
    "id": "juminsoudan-035",
    "charset": "iso-2022-jp",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["若葉環境サービス 配車係 <haisha@wakaba-kankyo.co.jp>"],
    "subject": "粗大ごみ 戸別収集 12/8（月）分 申込データ",
    "body": """株式会社若葉環境サービス
配車係 ご担当者様

いつもお世話になっております。若葉市コールセンターの鬼塚です。
12月8日（月）収集分の申込データをお送りします。
（ZIP内にCSVが入っています。今回からパスワードなしで送付するよう
　市より指示がありました）

よろしくお願いいたします。
""" + SIG_ONITSUKA,
    "attachments": [
        {"kind": "zip", "name": "sodai_1208.zip",
         "files": [{"kind": "csv", "name": "sodai_1208.csv", "encoding": "cp932",
                    "rows": [["受付番号", "氏名", "住所", "電話番号", "品目", "処理券枚数"],
                             ["G-0473001", "能勢 和也", "若葉市本町1-4-16", "090-2231-6604", "冷蔵庫以外の家具（タンス）", "2"],
                             ["G-0473008", "立花 るみ子", "若葉市本町3-9-2-205", "080-5516-2719", "自転車", "1"],
                             ["G-0473012", "袴田 正志", "若葉市上原2-6-11", "0548-27-8830", "マットレス", "2"],
                             ["G-0473015", "桐生 ゆかり", "若葉市上原4-1-3", "070-4491-3327", "こたつ", "1"],
                             ["G-0473019", "雨宮 俊介", "若葉市緑町2-2-8", "090-8706-1142", "ソファ", "2"],
                             ["G-0473020", "舟木 絹江", "若葉市緑町5-13-1", "0548-24-0671", "食器棚", "2"],
                             ["G-0473024", "瓜生 大地", "若葉市栄町2-7-4", "080-3384-9950", "電子レンジ台", "1"],
                             ["G-0473027", "錦織 早紀", "若葉市本町5-1-22", "090-6617-4028", "ベッドフレーム", "3"],
                             ["G-0473031", "目黒 孝", "若葉市栄町3-3-3", "0548-20-9184", "物干し台", "1"],
                             ["G-0473033", "井筒 美鈴", "若葉市上原1-18-7", "070-1120-5563", "カーペット", "1"],
                             ["G-0473036", "保坂 隆之", "若葉市緑町1-5-9", "090-4473-2290", "ストーブ", "1"]]}]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: eleven residents' names, addresses and phones in a CSV inside an unencrypted ZIP to the collection contractor",
},
{
    "id": "juminsoudan-036",
    "charset": "cp932",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "応対スクリプト（ごみ分別・年末年始）改訂案",
    "body": """大河内様

お世話になっております。八戸です。

年末年始のごみ収集日程変更に伴う応対スクリプトの改訂案を
ZIPでまとめてお送りします。ご確認のうえ、修正点があればお知らせください。

・script_gomi_nenmatsu.docx（年末年始の収集日程）
・script_gomi_bunbetsu.docx（分別の問い合わせ、品目追加分）

八戸
""",
    "attachments": [
        {"kind": "zip", "name": "応対スクリプト改訂案_1205.zip",
         "files": [
             {"kind": "docx", "name": "script_gomi_nenmatsu.docx",
              "paragraphs": ["年末年始のごみ収集について",
                             "Q：年末は何日まで収集がありますか。",
                             "A：可燃ごみは12月30日（火）まで、資源ごみは12月27日（土）までです。",
                             "Q：年始はいつからですか。",
                             "A：1月5日（月）から通常どおり収集します。"]},
             {"kind": "docx", "name": "script_gomi_bunbetsu.docx",
              "paragraphs": ["分別の問い合わせ（追加品目）",
                             "モバイルバッテリー：不燃ごみに出さず、市役所・出張所の回収ボックスへ。",
                             "加熱式たばこ：本体は小型家電回収、カートリッジは可燃ごみ。"]}]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ZIP of answer scripts with no personal data to the city",
},
{
    "id": "juminsoudan-037",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["若葉市中央地域包括支援センター <chuo@wakaba-houkatsu.or.jp>"],
    "subject": "独居高齢者の見守りについてのご相談（近隣住民より）",
    "body": """若葉市中央地域包括支援センター
ご担当者様

お世話になっております。若葉市コールセンターの鬼塚と申します。
市高齢福祉課より、この種の相談は直接センター様へ連絡するよう
指示を受けておりますので、ご連絡いたします。

近隣の方からの通報内容：
　対象の方：安曇 ハルエ 様（90歳前後、独居）
　住所　　：若葉市本町4丁目2-18
　状況　　：昨年アルツハイマー型認知症と診断されたと本人から聞いている。
　　　　　　最近、夜中に外を歩いている姿を何度も見かけ、先週は自宅が
　　　　　　分からなくなって近所の家を訪ねてきた。
　通報者　：近所にお住まいの方（匿名希望、連絡先は聞いておりません）

訪問等のご対応をご検討いただけますと幸いです。
""" + SIG_ONITSUKA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named elderly resident's dementia diagnosis and address sent to an outside care centre",
},
{
    "id": "juminsoudan-038",
    "charset": "iso-2022-jp",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["道路維持課 <douro-iji@city.wakaba.lg.jp>"],
    "subject": "道路の穴（上原3丁目）通報 折り返し希望",
    "body": """道路維持課 ご担当者様

コールセンター 仲宗根です。
以下の通報がありました。現地確認と折り返しをお願いします。

場所：上原3丁目 上原中学校南側の市道（バス停「上原中学校前」付近）
状況：車道の左端に直径50cmほどの穴。自転車が避けて車道中央に出るため危ない。
通報者：枡田 和夫 様　電話 090-7740-3126
　　　　（現地に詳しいので、確認の際は立ち会い可とのこと）

よろしくお願いします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one reporting resident's name and phone to a city department: one person, may be warned",
},
{
    "id": "juminsoudan-039",
    "charset": "cp932",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["広報課 市民の声担当 <koho@city.wakaba.lg.jp>"],
    "subject": "「市民の声」11月受付分（回答希望あり）",
    "body": """広報課 市民の声ご担当者様

お世話になっております。日の出産業 八戸です。
11月にコールセンターで受け付けたご意見のうち、文書回答をご希望の方の分です。

━━━━━━━━━━━━━━━━━━━━
【No.1】
氏名：嶋田 ふみ
住所：若葉市東浜4-3-10
電話：0548-36-2278
内容：市報の文字が小さく読みにくい。高齢者向けに大きな字の版を作ってほしい。
━━━━━━━━━━━━━━━━━━━━
【No.2】
氏名：アンドウ・マリア
メール：maria.ando.wk@gmail.com
電話：080-3392-6617
内容：外国語のごみカレンダーを窓口以外でも配布してほしい。
━━━━━━━━━━━━━━━━━━━━
【No.3】
氏名：溝渕 健太郎
住所：若葉市緑町6-2-4
電話：090-1186-4450
内容：市営プールの冬季閉鎖期間が長すぎる。
━━━━━━━━━━━━━━━━━━━━
【No.4】
氏名：茅野 伸枝
メール：nobue_chino@icloud.com
内容：図書館の予約本の受取を出張所でもできるようにしてほしい。
━━━━━━━━━━━━━━━━━━━━
【No.5】
氏名：籾山 隆
住所：若葉市高田2-14-1
電話：0548-52-9047
内容：コミュニティバスの高田ルートを土日も運行してほしい。
━━━━━━━━━━━━━━━━━━━━

以上5件です。よろしくお願いいたします。

八戸 萌
日の出産業株式会社 若葉市コールセンター
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: five residents' contact records, one block each, sent to the city",
},
{
    "id": "juminsoudan-040",
    "charset": "utf-8",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["個人情報管理責任者 <privacy-office@hinode-sangyo.co.jp>"],
    "cc": ["久我 拓真 <t-kuga@hinode-sangyo.co.jp>"],
    "subject": "【ヒヤリハット報告】応対記録への個人番号の記載",
    "body": """個人情報管理責任者 殿

若葉市コールセンター SVの森山です。
標記のヒヤリハットについてご報告いたします。

1. 発生日時：2025年12月2日 14:20頃
2. 内容：
　オペレーターが、相談者が読み上げた個人番号をそのまま応対記録（CRM）の
　メモ欄に入力していた。担当課へのエスカレーションメール送信前に
　SVがダブルチェックで発見し、送信は行っていない。
　記載されていた内容：氏名 栗栖 陽子、個人番号 """ + _mn(5, "") + """
3. 対応：
　・CRMの該当メモを削除し、削除ログを保全
　・当該オペレーターへ個別指導（個人番号は聞き取らない・記録しない）
　・全体朝礼で周知（12/3）
4. 再発防止：
　・CRMメモ欄に12桁数字の入力警告を設定（情報システム部へ依頼済み）

以上
森山
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "an incident report carrying a My Number, but every recipient is internal",
},
# ---------------------------------------------------------------- 041-050
{
    "id": "juminsoudan-041",
    "charset": "iso-2022-jp",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>",
           "相談支援係 <soudan@wakaba-shakyo.or.jp>"],
    "cc": ["中央包括 <chuo@wakaba-houkatsu.or.jp>"],
    "subject": "第3回 相談窓口連携会議の開催について",
    "body": """関係者各位

いつもお世話になっております。
若葉市コールセンター（日の出産業）の久我でございます。

標記会議を下記のとおり開催いたします。

　日時：2026年1月20日（火）13:30〜15:00
　会場：若葉市役所 本庁舎4階 第2会議室
　議題：(1) 福祉関係の引継ぎ件数と所要日数
　　　　(2) 夜間・土曜の緊急案件の連絡ルート
　　　　(3) 来年度の連携体制

資料は前日までにお送りいたします。
""" + SIG_KUGA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: the city, the social welfare council and the care centre (three organisations) in To/Cc",
},
{
    "id": "juminsoudan-042",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["相談支援係 <soudan@wakaba-shakyo.or.jp>"],
    "cc": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "Re: 年末年始の緊急連絡先について",
    "body": """社会福祉協議会 相談支援係 ご担当者様
（cc：市民協働課 大河内様）

お世話になっております。森山です。
年末年始の緊急連絡先の件、センター側は以下のとおりです。

　12/29～1/3　9:00～17:00　センター代表 0548-20-7700（臨時窓口として受付）
　上記以外の時間　　　　　　市役所 宿日直 0548-21-1111

社協様側の当番表をいただければ、オペレーター用資料に反映いたします。

森山

> 年末年始の間、センターに福祉関係の緊急の相談が入った場合の
> 連絡先を確認させてください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (council and city) in To/Cc; office numbers only",
},
{
    "id": "juminsoudan-043",
    "charset": "utf-8",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["総務部 備品担当 <bihin@hinode-sangyou.co.jp>"],
    "subject": "ヘッドセット追加購入の申請",
    "body": """総務部 備品ご担当者様

お疲れ様です。若葉市コールセンターの仲宗根です。
1月の増員に向けて、ヘッドセットの追加購入を申請いたします。

　品名：両耳ヘッドセット（USB接続）型番 HS-220U
　数量：8台
　概算：1台 12,800円 × 8 = 102,400円（税抜）
　希望納期：12月19日まで

稟議番号は WK-2025-041 です。よろしくお願いいたします。

仲宗根
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: hinode-sangyou.co.jp is the company's own domain with a letter added",
},
{
    "id": "juminsoudan-044",
    "charset": "iso-2022-jp",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "苦情対応報告書（No.C-2511-0093）",
    "body": """大河内様

お世話になっております。鬼塚です。
先日お話しした長時間架電の件、苦情対応報告書をお送りいたします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

鬼塚
""",
    "attachments": [
        {"kind": "pdf", "name": "苦情対応報告書_C-2511-0093.pdf", "password": "wakaba1209",
         "lines": ["苦情対応報告書 No.C-2511-0093",
                   "申出人：設楽 光男 様（若葉市東浜2-4-13、電話 0548-36-8125）",
                   "期間：2025/11/04〜11/28 架電回数 計173回",
                   "内容：ごみ収集車の騒音に関する申出。オペレーターへの暴言多数。"]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: a password-protected PDF cannot be inspected",
},
{
    "id": "juminsoudan-045",
    "charset": "cp932",
    "sender": "若葉市コールセンター <wakaba-callcenter@hinode-sangyo.co.jp>",
    "to": ["kei-tachibana.0721@docomo.ne.jp"],
    "subject": "お問い合わせの件（若葉市コールセンター）",
    "body": """橘 様

若葉市コールセンターでございます。
本日お電話をいただいた件ですが、担当の子育て支援課に確認したところ、
児童手当の振込は12月10日（水）の予定とのことです。

ご不明な点がございましたら、下記までお電話ください。
　若葉市コールセンター　0548-20-7700
　（平日 8:30～19:00／土曜 9:00～17:00）
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "short answer to one resident on a carrier address; no other person's data",
},
{
    "id": "juminsoudan-046",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["税務課 軽自動車税担当 <zeimu@city.wakaba.lg.jp>"],
    "subject": "軽自動車税 減免申請の本人確認について（受付No.Z-251203-0215）",
    "body": """税務課 軽自動車税担当 ご担当者様

コールセンターの鬼塚です。
下記の方の減免申請について、電話で本人確認を行った内容をお伝えします。

　氏名　　　：玉置 亜紀子 様
　住所　　　：静岡県若葉市上原5丁目3番12号
　電話　　　：090-6043-2217
　本人確認書類：運転免許証
　免許証番号：第 492108553071 号
　（交付 令和4年9月、有効期限 令和9年10月）

申請書は郵送済みとのことですので、到着後の審査をお願いいたします。
""" + SIG_ONITSUKA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "identifier: a resident's driver's licence number sent to the city",
},
{
    "id": "juminsoudan-047",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 恒平 <k-usami@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "確定申告期 臨時増員のお見積り",
    "body": """若葉市 市民協働課
大河内様

いつもお世話になっております。日の出産業の宇佐美でございます。

ご依頼のありました、確定申告期（2月16日〜3月16日）の臨時増員について
お見積りを作成いたしましたので、お送りいたします。

　・オペレーター 3席増（平日 8:30〜17:15）
　・税務専門研修 1日（税務課様講師）
　・見積金額：1,642,000円（税抜）

ご検討のほど、よろしくお願い申し上げます。

宇佐美 恒平
日の出産業株式会社 公共サービス事業部
TEL 03-5820-4430
""",
    "attachments": [
        {"kind": "xlsx", "name": "御見積書_確定申告期増員.xlsx",
         "sheets": {"見積": [["御見積書"], ["若葉市長 様"], ["見積番号", "Q-2025-1204"],
                             [], ["項目", "数量", "単位", "単価", "金額"],
                             ["オペレーター増員（3席）", 63, "人日", 22000, 1386000],
                             ["SV補助", 21, "人日", 8000, 168000],
                             ["税務専門研修", 1, "式", 88000, 88000],
                             ["合計（税抜）", "", "", "", 1642000]]}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a quotation workbook; prices and quote number only",
},
{
    "id": "juminsoudan-048",
    "charset": "cp932",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["福祉政策課 給付金担当 <fukushi-seisaku@city.wakaba.lg.jp>"],
    "subject": "物価高騰支援給付金 確認依頼分（12/4）",
    "body": """福祉政策課 給付金担当 御中

お疲れ様です。コールセンター 仲宗根です。
本日受付の「確認書が届かない」問い合わせのうち、対象かどうか
担当課で確認が必要なものです（コピーして貼り付けています）。

受付時刻	電話番号	生年月日	世帯人数	備考
09:05	0548-22-6190	S26.2.11	1	単身
09:31	090-4418-2075	S41.7.30	2	
10:12	080-6625-9913	H2.12.3	4	昨年転入
10:44	0548-27-3362	S18.5.5	1	代理人（長女）から
11:20	070-3350-1846	S57.9.19	3	
13:03	0548-31-7759	S30.1.28	2	
14:37	090-2291-6638	H11.4.14	1	学生
15:15	080-1036-4487	S49.10.8	5	
16:02	0548-36-4120	S23.3.3	1	

以上9件、よろしくお願いします。
""",
    "expect": "stop",
    "entities": ["PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: nine callers' phone numbers and dates of birth (no names), tab-separated, sent to the city",
},
{
    "id": "juminsoudan-049",
    "charset": "iso-2022-jp",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["子育て支援課 保育係 <kosodate@city.wakaba.lg.jp>"],
    "subject": "RE: 保育園入所申込の件 ご本人への連絡結果",
    "body": """保育係 楠本様

お世話になっております。鬼塚です。
ご依頼の件、本日11時にご本人へ連絡し、必要書類（就労証明書）の
再提出期限が12月19日であることをお伝えしました。
ご本人からは「了解しました」とのことです。

鬼塚

差出人: 楠本 真理 <kosodate@city.wakaba.lg.jp>
送信日時: 2025年12月4日 9:12
宛先: 鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>
件名: 保育園入所申込の件 ご本人への連絡依頼

鬼塚様

下記の方へ、就労証明書の再提出期限（12/19）をお伝えいただけますか。

　申込者：宮路 沙耶 様
　住所　：若葉市栄町4-2-9 グランメゾン栄502
　電話　：080-2743-1158
　児童　：宮路 陽翔 ちゃん（令和5年6月2日生）

よろしくお願いします。
楠本
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the applicant's record is only in the quoted original from the city; the new text has none",
},
{
    "id": "juminsoudan-050",
    "charset": "utf-8",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["生活環境課 <seikatsu-kankyo@city.wakaba.lg.jp>"],
    "subject": "FW: 隣家の騒音について（苦情メール）",
    "body": """生活環境課 ご担当者様

お世話になっております。森山です。
近隣騒音に関する苦情メールがセンター宛に届きましたので、転送いたします。
相談者への回答はまだ行っておりません。

--- 転送メッセージ ---
差出人: 能見 貴之 <noumi.t@outlook.jp>
日時: 2025/12/03 (水) 22:15
件名: 隣家の騒音について

若葉市西原3丁目5-8に住む能見です。
隣の西原3丁目5-10に住む長谷部 剛という男性が、毎晩深夜に大音量で音楽を流し、
注意すると怒鳴ってきます。
この人は去年、近所の人を殴って傷害で逮捕されたと聞いており、怖くて直接言えません。
市から注意してもらえないでしょうか。
連絡は 090-5521-8843 にお願いします。
""" + SIG_MORIYAMA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a forwarded complaint names a neighbour with his address and an arrest for assault (criminal record)",
},
# ---------------------------------------------------------------- 051-060
{
    "id": "juminsoudan-051",
    "charset": "iso-2022-jp",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["研修担当 <kenshu@staff-next.co.jp>"],
    "subject": "1月着任者向け 個人情報保護研修の日程",
    "body": """株式会社スタッフネクスト 研修ご担当者様

お世話になっております。日の出産業 八戸です。

1月着任予定の派遣スタッフ向けに、個人情報保護研修を下記のとおり実施します。
着任前の受講が必須となりますので、ご案内をお願いいたします。

　日時：1月6日（火）9:30〜12:00
　場所：若葉駅前ビル5F 研修室
　内容：
　　・個人情報保護法と市の個人情報保護条例の概要
　　・マイナンバー（個人番号）を聞き取らない・記録しない運用
　　・社外秘・機密文書の取扱いルールと、メール誤送信の事例
　　・受講後の確認テスト（80点以上で合格）

持ち物：筆記用具、派遣元の社員証

八戸 萌
日の出産業株式会社 公共サービス事業部 品質管理グループ
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "training announcement that merely mentions マイナンバー, 社外秘 and 機密 as topics",
},
{
    "id": "juminsoudan-052",
    "charset": "utf-8",
    "sender": "瀬能 健 <k-seno@hinode-sangyo.co.jp>",
    "to": ["村雨 <murasame@tsubasa-system.jp>"],
    "subject": "次期CTI更改に向けた当社要件（ご提案依頼）",
    "body": """ツバサシステム株式会社
村雨様

お世話になっております。日の出産業の瀬能です。

次期CTI更改（2026年度下期）に向けて、当社の要件と方針をまとめた
資料をお送りします。これを踏まえてご提案をいただけますと幸いです。

瀬能
""",
    "attachments": [
        {"kind": "pptx", "name": "次期CTI要件_日の出産業.pptx", "title": "次期CTI更改 要件整理",
         "page_footer": "Confidential - Hinode Sangyo Internal Only",
         "slides": [["次期CTI更改 要件整理", "日の出産業株式会社 公共サービス事業部", "2025年12月"],
                    ["現状の課題", "通話録音の検索に時間がかかる", "自治体ごとにIVRが個別構築", "放棄呼の分析ができない"],
                    ["要件", "複数自治体センターの統合基盤", "音声認識による自動要約", "LGWAN接続への対応"],
                    ["予算・スケジュール", "初期費用上限 4,500万円", "2026年10月 本番稼働"]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: every slide carries 'Confidential - Internal Only'; sent to an outside vendor",
},
{
    "id": "juminsoudan-053",
    "charset": "cp932",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "12/6（土）システム障害時の放棄呼 一覧",
    "body": """大河内様

お世話になっております。鬼塚です。
12/6（土）10:40～11:25の回線障害の間に取れなかった着信の一覧です。
市からの折り返しを行う場合に備え、発信者番号をPDFにまとめました。
（センターからの折り返しは月曜に実施予定です）

鬼塚
""",
    "attachments": [
        {"kind": "pdf", "name": "放棄呼一覧_1206.pdf", "title": "放棄呼一覧 12/6",
         "lines": ["12/6（土）回線障害時 放棄呼一覧（発信者番号通知あり分）"],
         "table": [["No", "着信時刻", "発信者番号", "IVR選択", "待ち秒数"],
                   ["1", "10:41:07", "090-3318-2276", "1 ごみ", "48"],
                   ["2", "10:42:55", "0548-22-9013", "2 税・保険", "61"],
                   ["3", "10:44:12", "080-7725-3304", "1 ごみ", "32"],
                   ["4", "10:46:30", "070-5512-8869", "4 子育て", "75"],
                   ["5", "10:49:02", "0548-27-1456", "1 ごみ", "90"],
                   ["6", "10:51:48", "090-8120-4437", "3 証明書", "55"],
                   ["7", "10:55:16", "080-2204-6618", "5 その他", "23"],
                   ["8", "10:58:33", "0548-36-0871", "2 税・保険", "102"],
                   ["9", "11:02:09", "090-6673-1925", "1 ごみ", "44"],
                   ["10", "11:05:41", "070-1185-3390", "3 証明書", "67"],
                   ["11", "11:09:20", "0548-31-5524", "4 子育て", "38"],
                   ["12", "11:12:58", "080-4439-7702", "1 ごみ", "81"],
                   ["13", "11:16:04", "090-2078-5516", "2 税・保険", "29"],
                   ["14", "11:19:47", "0548-52-4403", "5 その他", "57"],
                   ["15", "11:23:30", "080-9961-2047", "1 ごみ", "70"]]},
    ],
    "expect": "stop",
    "entities": ["PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: fifteen callers' phone numbers (abandoned calls) in a PDF table to the city",
},
{
    "id": "juminsoudan-054",
    "charset": "iso-2022-jp",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["t-okochi@city.wakaba.lg.jp"],
    "subject": "FAQ更新案（12月分・8項目）",
    "body": """大河内様

お世話になっております。八戸です。
12月のFAQ更新案（8項目）をPDFでお送りします。
市ホームページへの掲載可否をご判断いただけますと幸いです。

八戸
""",
    "attachments": [
        {"kind": "pdf", "name": "FAQ更新案_202512.pdf",
         "lines": ["若葉市コールセンター FAQ更新案（2025年12月）", "",
                   "Q1 住民票の写しはコンビニで取れますか。",
                   "A1 マイナンバーカードをお持ちの方は、全国のコンビニで6:30〜23:00に取得できます。",
                   "Q2 粗大ごみの処理券はどこで買えますか。",
                   "A2 市内の取扱店（約120店）で販売しています。店舗一覧は市HPをご覧ください。",
                   "Q3 児童手当の振込日はいつですか。",
                   "A3 偶数月の10日（土日祝の場合は前営業日）です。",
                   "Q4 国民健康保険の加入手続きに必要なものは何ですか。",
                   "A4 本人確認書類と、社会保険の資格喪失日が分かる書類が必要です。"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "FAQ draft with general answers; mentions identity documents only as topics",
},
{
    "id": "juminsoudan-055",
    "charset": "utf-8",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["こども発達センター <hattatsu@city.wakaba.lg.jp>"],
    "subject": "発達相談の予約希望（保護者より）",
    "body": """こども発達センター ご担当者様

お疲れ様です。コールセンターの仲宗根です。
保護者の方から発達相談の予約希望がありましたので、ご連絡をお願いします。

◇保護者：米倉 綾乃 様　電話 080-5530-7219（平日10時～15時）
◇お子さん：米倉 蒼 くん（5歳・年中）
◇状況：
　先月、市外の小児科で自閉スペクトラム症（ASD）と診断された。
　来年の就学に向けて、療育や支援学級について相談したい。
　保育園からも加配の相談をするよう言われている。

よろしくお願いいたします。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named child's developmental disorder diagnosis with the parent's phone, to the city",
},
{
    "id": "juminsoudan-056",
    "charset": "cp932",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["建築指導課 <kenchiku@city.wakaba.lg.jp>"],
    "subject": "解体工事の騒音・振動に関するご相談",
    "body": """建築指導課 ご担当者様

お世話になっております。コールセンターの鬼塚です。
下記のご相談について、現地確認と相談者への連絡をお願いいたします。

------------------------------------------------------------
相談者　　：上遠野 昌平 様
住所　　　：若葉市緑町3丁目22-7
電話　　　：0548-24-6613
工事場所　：相談者宅の北隣（旧 緑町会館跡地）
内容　　　：12/1から解体工事が始まり、朝7時台から重機の音と振動がひどい。
　　　　　　工事看板に書かれた業者（有限会社ミナト解体 0548-29-0012）に
　　　　　　電話したが、担当不在で折り返しがない。
------------------------------------------------------------

よろしくお願いいたします。
鬼塚
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one resident's complaint record (plus a contractor's business number) to the city: may be warned",
},
{
    "id": "juminsoudan-057",
    "charset": "iso-2022-jp",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["保険年金課 国民年金係 <nenkin@city.wakaba.lg.jp>"],
    "subject": "国民年金 免除申請に関するお問い合わせ（引継ぎ）",
    "body": """保険年金課 国民年金係 御中

お世話になっております。コールセンターの森山です。

以下の方から、国民年金保険料の免除申請についてお問い合わせがありました。
申請状況の確認が必要なため、折り返しをお願いいたします。

　氏名　　　　：籠谷 裕之 様
　生年月日　　：平成6年1月23日
　基礎年金番号：5207-418836
　電話　　　　：090-7714-5082

　内容：11月に失業し、免除申請書を郵送したが受理されたか分からない。
　　　　12月分の納付書が来たので払うべきか知りたい。
""" + SIG_MORIYAMA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "identifier: a resident's basic pension number sent to the city",
},
{
    "id": "juminsoudan-058",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["防犯・交通安全係 <bohan@city.wakaba.lg.jp>"],
    "subject": "防犯灯設置要望（自治会長からのメールを添付します）",
    "body": """防犯・交通安全係 ご担当者様

お世話になっております。コールセンターの鬼塚です。
上原南自治会の会長さんから、センター宛に防犯灯設置の要望メールが届きました。
賛同者の一覧が含まれていますので、元のメールをそのまま添付いたします。

鬼塚
""",
    "attachments": [
        {"kind": "eml", "name": "防犯灯設置のお願い.eml",
         "message": {
             "charset": "iso-2022-jp",
             "sender": "上原南自治会 会長 梶 <kaji.uehara-minami@gmail.com>",
             "to": ["wakaba-callcenter@hinode-sangyo.co.jp"],
             "subject": "防犯灯設置のお願い",
             "body": """若葉市コールセンター御中

上原南自治会の梶です。
上原5丁目の市道沿い（上原南公園の東側）に防犯灯がなく、夜間とても暗いため、
設置をお願いしたく、市の担当課へお伝えください。
賛同した住民の連絡先を記載します。市からの連絡はどなたにしていただいても構いません。

1. 梶 隆三　　若葉市上原5-2-1　　0548-27-1903
2. 日比野 栄　若葉市上原5-2-7　　0548-27-6614
3. 千葉 ユリ　若葉市上原5-3-4　　090-3390-2271
4. 間宮 孝雄　若葉市上原5-3-15　 0548-27-8856
5. 大隅 恵美　若葉市上原5-4-2　　080-6641-3308
6. 新発田 守　若葉市上原5-4-9　　0548-27-0437

よろしくお願いします。
"""}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: an attached original mail carrying six residents' names, addresses and phones, sent on to the city",
},
{
    "id": "juminsoudan-059",
    "charset": "utf-8",
    "sender": "Seno Ken <k-seno@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@voxline.com>"],
    "subject": "Speech-to-text trial: call volume and audio format",
    "body": """Hi Priya,

Thanks for the call yesterday. As discussed, here are the figures for the
speech-to-text trial at the Wakaba City Contact Centre:

  - ~6,400 inbound calls per month, average handling time 4m12s
  - Recording format: 8 kHz mono, G.711 u-law, stored as WAV
  - Language: Japanese (plus occasional Portuguese/Vietnamese via interpreter)

We cannot share real call recordings for the trial. We will prepare 30
scripted calls recorded by our own staff instead.

Best,
Ken Seno
IT Department, Hinode Sangyo Co., Ltd.

IMPORTANT: This message and any attachments are confidential and may be
legally privileged. If you are not the intended recipient, you must not
use, copy or disclose it; please notify the sender and delete it.
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English vendor mail with technical figures and a standard confidentiality disclaimer only",
},
{
    "id": "juminsoudan-060",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["higashihama.jichikai@gmail.com"],
    "cc": ["kanae-kojima55@yahoo.co.jp", "t.ogasawara1962@icloud.com"],
    "subject": "Re: 資源ごみ集積所の変更に関する説明会のご案内",
    "body": """東浜自治会 会長様
（cc：ご出席予定の皆様）

ご返信ありがとうございます。森山です。
説明会当日は、市の廃棄物対策課から2名が出席いたします。
会場の東浜地区センターは駐車場が8台分のみのため、
できるだけ徒歩・自転車でお越しください。

森山

> 出席します。当日は副会長も同行します。
> 駐車場はありますか。
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "visible parties: three private persons on free mail can see each other in To/Cc",
},
# ---------------------------------------------------------------- 061-070
{
    "id": "juminsoudan-061",
    "charset": "iso-2022-jp",
    "sender": "若葉市コールセンター <wakaba-callcenter@hinode-sangyo.co.jp>",
    "to": ["ryo.mizunuma@gmail.com", "mizunuma.aki@icloud.com"],
    "subject": "転入に伴う手続きのご案内（水沼様）",
    "body": """水沼 様

若葉市コールセンターでございます。
先ほどはお電話ありがとうございました。
ご夫婦おそろいでの転入とのことで、ご依頼のとおりお二人宛にお送りいたします。

転入後14日以内に必要な主な手続き：
　1. 転入届（市民課・本庁舎1階）
　2. 国民健康保険・国民年金（該当する場合／保険年金課）
　3. 児童手当・保育園（お子さまがいる場合／子育て支援課）
　4. ごみの出し方（地区ごとの収集カレンダーをお受け取りください）

窓口は平日8:30〜17:15です。混雑する月曜午前を避けるとスムーズです。

若葉市コールセンター　0548-20-7700
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "two private persons (a couple) in To: fewer than three parties, no personal data",
},
{
    "id": "juminsoudan-062",
    "charset": "utf-8",
    "sender": "芦田 ひかり <h-ashida@hinode-sangyo.co.jp>",
    "to": ["法人営業部 <hojin@midori-ginko.jp>"],
    "subject": "口座振替依頼書の様式についてのお問い合わせ",
    "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の芦田です。

若葉市の施設使用料の口座振替について、コールセンターに
「依頼書の記入例が分かりにくい」というお問い合わせが増えております。
御行の依頼書様式（2025年4月改訂版）で、届出印欄と「お届け印」の
説明の違いについて、正式な記入例をいただくことは可能でしょうか。

オペレーター向け資料の作成に使用いたします。

芦田 ひかり
日の出産業株式会社 経理部 TEL 03-5820-4400
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: midori-ginko.jp drops the co. of the partner bank's midori-ginko.co.jp",
},
{
    "id": "juminsoudan-063",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["介護保険課 <kaigo@city.wakaba.lg.jp>"],
    "subject": "要介護認定の進捗問い合わせ 折り返しリスト（暗号化）",
    "body": """介護保険課 ご担当者様

お世話になっております。森山です。
要介護認定の進捗に関する折り返しリストを、パスワード付きZIPでお送りします。
パスワードは別途お電話でお伝えします。

森山
""",
    "attachments": [
        {"kind": "zip", "name": "kaigo_callback_1205.zip", "password": "Kg-1205-wk",
         "files": [{"kind": "xlsx", "name": "kaigo_callback_1205.xlsx",
                    "sheets": {"リスト": [["氏名", "電話", "申請日", "内容"],
                                          ["江頭 ツル", "0548-22-4418", "10/20", "認定結果がまだ届かない"],
                                          ["鮫島 利夫", "0548-36-9902", "10/28", "主治医意見書の提出状況"],
                                          ["堀ノ内 ハナ", "0548-52-1174", "11/2", "区分変更の進捗"],
                                          ["松ヶ枝 清一", "090-5127-8836", "11/5", "訪問調査の日程"],
                                          ["日下部 タエ", "0548-27-5560", "11/11", "暫定ケアプランの可否"]]}}]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: password ZIP (PPAP) hiding a callback list",
},
{
    "id": "juminsoudan-064",
    "charset": "utf-8",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["kocho@city.wakaba.lg.jp"],
    "subject": "分野別受付件数（4月～11月）CSV",
    "body": """広聴係 ご担当者様

お世話になっております。八戸です。
議会答弁資料用にご依頼いただいた分野別受付件数（4月～11月）を
CSV（UTF-8）でお送りします。

八戸
""",
    "attachments": [
        {"kind": "csv", "name": "bunya_count_2025-04_11.csv", "encoding": "utf-8",
         "rows": [["分野", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月"],
                  ["ごみ・リサイクル", 2011, 1730, 1655, 1702, 1588, 1640, 1822, 1791],
                  ["税・保険・年金", 1560, 1322, 1877, 1204, 980, 1011, 1106, 1090],
                  ["戸籍・住民票", 1120, 905, 866, 871, 802, 830, 947, 912],
                  ["子育て・教育", 790, 640, 588, 602, 655, 590, 611, 574],
                  ["福祉・介護", 501, 488, 512, 530, 497, 520, 538, 549],
                  ["道路・公園", 366, 412, 455, 430, 388, 401, 402, 377],
                  ["合計", 6348, 5497, 5953, 5339, 4910, 4992, 5426, 5293]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate statistics CSV; no people",
},
{
    "id": "juminsoudan-065",
    "charset": "iso-2022-jp",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["公園緑地課 <koen@city.wakaba.lg.jp>"],
    "subject": "街路樹の落ち葉に関する要望（旧Excel形式）",
    "body": """公園緑地課 ご担当者様

お疲れ様です。仲宗根です。
秋以降に受け付けた街路樹の落ち葉・剪定に関するご要望の一覧です。
課内のシステムで読み込めるよう、Excel 97-2003形式（.xls）にしています。

仲宗根
""",
    "attachments": [
        {"kind": "xls", "name": "街路樹要望_2025秋.xls",
         "sheets": {"要望一覧": [["受付日", "氏名", "住所", "電話番号", "要望内容"],
                                 ["10/14", "古閑 みどり", "若葉市栄町2-11-5", "0548-20-3381", "落ち葉で雨どいが詰まる"],
                                 ["10/22", "瀬戸口 徹", "若葉市本町6-2-13", "090-4436-7719", "銀杏の実の臭い"],
                                 ["10/30", "小野寺 文子", "若葉市栄町1-9-20", "0548-20-5517", "剪定の時期を早めてほしい"],
                                 ["11/6", "ベネット 真一", "若葉市緑町4-8-1", "080-2275-0934", "落ち葉で滑って転んだ"],
                                 ["11/12", "若林 喜代美", "若葉市本町2-15-6", "0548-22-4490", "枝が電線に触れている"],
                                 ["11/19", "城之内 拓", "若葉市上原1-3-3", "070-3318-6627", "根で歩道が盛り上がる"],
                                 ["11/25", "三枝 勝子", "若葉市栄町5-1-8", "0548-20-8852", "清掃回数を増やしてほしい"],
                                 ["12/2", "南雲 和也", "若葉市緑町2-6-19", "090-6604-1153", "伐採してほしい"]]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: eight residents with address and phone in a legacy XLS to the city",
},
{
    "id": "juminsoudan-066",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["新任オペレーター研修担当 <kenshu@staff-next.co.jp>"],
    "subject": "研修資料：粗大ごみ処理券 取扱店（抜粋）",
    "body": """スタッフネクスト 研修ご担当者様

お世話になっております。森山です。
研修でロールプレイに使う、粗大ごみ処理券の取扱店リスト（抜粋）です。
市ホームページの公開情報から抜き出したものです。

店舗名                          所在地                 電話
------------------------------------------------------------------------
ファミリーストア若葉本町店      若葉市本町1-3-5        0548-22-0101
セブンマート若葉駅前店          若葉市栄町1-1-8        0548-20-0202
スーパーまるよし上原店          若葉市上原2-10-1       0548-27-0303
ドラッグヒカリ東浜店            若葉市東浜3-2-2        0548-36-0404
ローソンマート高田店            若葉市高田1-5-15       0548-52-0505
ホームセンターいわき緑町店      若葉市緑町5-7-1        0548-24-0606
JAわかば 西原支店               若葉市西原2-1-1        0548-31-0707
若葉市役所 売店                 若葉市栄町3-1-1        0548-21-1111

研修では「最寄りの取扱店を案内する」練習に使います。

森山
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of shops with their addresses and phones: businesses, not people",
},
{
    "id": "juminsoudan-067",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["消費生活センター <shohi-center@city.wakaba.lg.jp>"],
    "subject": "【至急】特殊詐欺被害のご相談（本日発生）",
    "body": """消費生活センター 相談員様

コールセンターの鬼塚です。至急の引継ぎをお願いします。

相談者：臼井 勝代 様（82歳・独居）
電話　：0548-31-2095
住所　：若葉市西原4丁目9番3号

本日午前、市役所の職員を名乗る男から「医療費の還付金がある」と電話があり、
指示どおりATMを操作して約98万円を振り込んでしまったとのこと。
警察（若葉警察署）にはまだ連絡していないそうです。

ご本人はかなり動揺されています。折り返しは30分以内にお願いできますでしょうか。
""" + SIG_ONITSUKA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named resident who has been a victim of fraud (crime victim), with address and phone",
},
{
    "id": "juminsoudan-068",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 恒平 <k-usami@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 桑原様 <kuwabara@nishiki-insatu.co.jp>"],
    "subject": "コールセンター案内カード 校正戻し",
    "body": """錦印刷株式会社
営業部 桑原様

いつもお世話になっております。日の出産業の宇佐美です。
若葉市コールセンター案内カード（名刺サイズ・両面）の初校について、
下記の修正をお願いいたします。

　・表面：受付時間「8:30〜19:00」→「平日 8:30〜19:00／土曜 9:00〜17:00」
　・裏面：QRコードのリンク先を市FAQページ（新URL）に差し替え
　・部数：20,000部（変更なし）

再校は12月12日頃にいただけますと助かります。

宇佐美
""",
    "attachments": [{"kind": "png", "name": "校正指示_表面.png"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: nishiki-insatu.co.jp drops a letter from the partner printer's nishiki-insatsu.co.jp",
},
{
    "id": "juminsoudan-069",
    "charset": "cp932",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["市民課 住民記録係 <shimin@city.wakaba.lg.jp>"],
    "subject": "国外転出届の郵送手続きについて（折り返し依頼）",
    "body": """市民課 住民記録係 ご担当者様

お疲れ様です。コールセンター 仲宗根です。

海外赴任予定の方から、国外転出届を郵送でできるかとのお問い合わせです。
出発が迫っているため、本日中の折り返しをお願いします。

　氏名：　　楢崎 啓介 様（ならさき けいすけ）
　電話：　　080-4423-9176
　旅券番号：TR8830462
　出国予定：12月15日（シンガポール赴任、期間3年）

本人確認書類としてパスポートの写しを同封したいとのことでした。

仲宗根
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "identifier: a resident's passport number sent to the city",
},
{
    "id": "juminsoudan-070",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["廃棄物対策課 <gomi@city.wakaba.lg.jp>"],
    "subject": "収集漏れに関する申出 応対記録",
    "body": """廃棄物対策課 ご担当者様

お世話になっております。鬼塚です。
3週連続で収集漏れがあったとの申出について、応対記録をWordでお送りします。
収集業者様への確認をお願いいたします。

鬼塚
""",
    "attachments": [
        {"kind": "docx", "name": "応対記録_G-251204-0331.docx",
         "paragraphs": ["応対記録 受付No.G-251204-0331"],
         "tables": [[["項目", "内容"],
                     ["受付日時", "2025年12月4日 9:47"],
                     ["申出人", "鳴海 さとみ 様"],
                     ["住所", "若葉市東浜5丁目6-21"],
                     ["電話", "090-2286-4471"],
                     ["集積所", "東浜5丁目第3集積所（電柱番号 東浜503）"],
                     ["内容", "11/20・11/27・12/4と3週続けて資源ごみ（びん）が回収されていない"],
                     ["対応", "担当課へ引継ぎ、回答はメールで受け取りたいとのこと"]]]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one resident's contact record in a DOCX to the city: one person, may be warned",
},
# ---------------------------------------------------------------- 071-080
{
    "id": "juminsoudan-071",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 恒平 <k-usami@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "【極秘】次期契約更新に向けた価格改定案",
    "body": """【極秘】
―――――――――――――――――――
取扱区分：極秘（関係者限り）
―――――――――――――――――――

若葉市 市民協働課
大河内様

いつもお世話になっております。日の出産業の宇佐美です。

次期契約（2026年度〜2028年度）の更新に向けて、当社としての価格改定案を
お送りいたします。最低賃金の改定と、土曜延長分の人件費を反映しております。

　現行：月額 3,980,000円（税抜）
　改定案：月額 4,310,000円（税抜）　＋8.3%
　　うち人件費増分 262,000円、システム保守費増分 68,000円

正式な見積書は、仕様書案の確定後に提出いたします。
何卒ご検討のほどよろしくお願い申し上げます。

宇佐美 恒平
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the subject and body carry a 極秘 classification; sent to the city",
},
{
    "id": "juminsoudan-072",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["久我 拓真 <t-kuga@hinode-sangyo.co.jp>"],
    "cc": ["八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>"],
    "subject": "【社内】苦情申出者 一覧（監査対応用）",
    "body": """久我さん

お疲れ様です。森山です。
来週の市の監査（個人情報の取扱状況）に備えて、今年度の苦情申出者の一覧を
CSVで抽出しました。社内確認用です。市に提出するのは件数のみの予定です。

森山
""",
    "attachments": [
        {"kind": "csv", "name": "kujo_2025.csv", "encoding": "cp932",
         "rows": [["受付No", "氏名", "電話", "住所", "分類"]] + [
             [f"C-25{m:02d}-{i:04d}", n, p, a, c] for (m, i, n, p, a, c) in [
                 (4, 12, "設楽 光男", "0548-36-8125", "若葉市東浜2-4-13", "騒音"),
                 (4, 33, "沼尻 和美", "090-1127-6654", "若葉市本町3-7-1", "職員対応"),
                 (5, 8, "鴨志田 功", "0548-24-3390", "若葉市緑町1-12-4", "ごみ"),
                 (5, 41, "井原 みさ子", "080-5519-2208", "若葉市上原2-2-9", "道路"),
                 (6, 2, "小清水 亮", "070-2290-7718", "若葉市高田5-1-6", "税"),
                 (6, 27, "ジョーンズ 絵里", "090-3348-1170", "若葉市栄町4-6-11", "窓口"),
                 (7, 15, "桃井 悟", "0548-31-9925", "若葉市西原3-8-2", "ごみ"),
                 (8, 9, "蛭田 智美", "080-7763-5501", "若葉市東浜4-1-30", "公園"),
                 (9, 21, "菅生 信吾", "0548-52-6607", "若葉市高田2-3-8", "職員対応"),
                 (10, 4, "角田 春香", "090-6612-3345", "若葉市本町1-11-2", "騒音"),
                 (11, 18, "大楠 隆", "0548-27-4481", "若葉市上原6-4-4", "道路"),
                 (11, 93, "設楽 光男", "0548-36-8125", "若葉市東浜2-4-13", "騒音")]]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "a complaint list of eleven residents, but all recipients are internal",
},
{
    "id": "juminsoudan-073",
    "charset": "utf-8",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["地域福祉係 <chiiki@wakaba-shakyo.or.jp>"],
    "subject": "見守り訪問（年末）の希望者について",
    "body": """若葉市社会福祉協議会 地域福祉係 御中

お世話になっております。若葉市コールセンターの鬼塚です。
年末の見守り訪問を希望された方を、電話受付分からまとめました。

氏　名　　　　　生年月日　　　　　　電話番号　　　　　　住　所
――――――――――――――――――――――――――――――――――――――
沖野　トシ　　　昭和８年２月１１日　０５４８－３６－１４０７　若葉市東浜２－９－３
葛西　正二　　　昭和１２年７月３日　０５４８－５２－８８１９　若葉市高田３－１－１４
宮里　フサエ　　昭和１０年１０月２０日　０５４８－２２－５０３６　若葉市本町５－４－２
貝塚　清　　　　昭和１５年１月５日　０９０－６６１７－２２４０　若葉市緑町２－１８－６
陣内　カツ　　　大正１５年５月１日　０５４８－２７－３３９１　若葉市上原３－１２－８
木暮　良平　　　昭和１４年１２月２４日　０５４８－３１－４４７０　若葉市西原５－３－１１

訪問日程が決まりましたら、センターにもお知らせいただけると助かります。
""" + SIG_ONITSUKA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: six elderly residents with 和暦 birth dates, full-width phones and addresses, to the welfare council",
},
{
    "id": "juminsoudan-074",
    "charset": "iso-2022-jp",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["千々石 恵 <kaigo@city.wakaba.lg.jp>"],
    "subject": "Re: 介護保険料 通知書未着の方 再架電のお願い",
    "body": """千々石様

お世話になっております。森山です。
再架電の結果をご報告します。

椎葉様：本日10時に通話でき、通知書は届いていたとのことです。
久留島様：本日も不在でした。明日もう一度おかけします。

森山

千々石 恵 wrote:
> 森山様
> 昨日不在だった方への再架電をお願いします。
>
>   椎葉 源三　　0548-27-3380　若葉市上原4-12-1
>   久留島 キヨ　0548-24-9931　若葉市緑町3-1-6
>   曽我部 トメ　0548-22-1047　若葉市本町2-3-9（再送付済）
>   乙部 フジ子　0548-31-6652　若葉市東浜1-7-20（再送付済）
>   鷹取 正則　　090-3317-8802　若葉市西原4-2-14（再送付済）
>
> よろしくお願いします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person list is only in quoted text; new text has surnames without any other data",
},
{
    "id": "juminsoudan-075",
    "charset": "cp932",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["kaji.uehara-minami@gmail.com", "nishihara3.jichi@yahoo.co.jp",
           "t-kubota@ezweb.ne.jp", "sakae-chonaikai@outlook.jp"],
    "cc": ["広聴係 <kocho@city.wakaba.lg.jp>"],
    "subject": "コールセンター利用状況アンケートへのご協力のお願い",
    "body": """自治会長の皆様

いつも大変お世話になっております。
若葉市コールセンター センター長の久我でございます。

市民協働課（CC）と共同で、自治会の皆様にコールセンターの使い勝手について
アンケートをお願いしております。回答は5分程度です。

　回答期限：12月19日（金）
　回答方法：本メールへの返信、またはセンターへのお電話

率直なご意見をお聞かせいただければ幸いです。
""" + SIG_KUGA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "visible parties: four private persons on free mail plus the city in To/Cc",
},
{
    "id": "juminsoudan-076",
    "charset": "utf-8",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["商工観光課 <shoko@city.wakaba.lg.jp>"],
    "subject": "プレミアム商品券 購入引換券の再発行希望（5件）",
    "body": """商工観光課 ご担当者様

お疲れ様です。コールセンター 仲宗根です。
プレミアム商品券の購入引換券の再発行希望を受け付けましたので、お知らせします。

1) 熊谷 志保 様　　090-7716-3048　若葉市本町2-8-14
2) 土門 義男 様　　0548-27-6623　若葉市上原4-4-1
3) 森永 早苗 様　　080-1135-9927　若葉市緑町3-10-2
4) 北条 武 様　　　0548-36-2290　若葉市東浜2-16-5
5) 有限会社かねまる商店（代表 0548-22-3311、若葉市本町1-2-2）
　 ※事業者向け引換券について、事務担当の方からのお問い合わせ

よろしくお願いいたします。
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "either: five rows but only four are people (the fifth is a shop's switchboard): right at the list threshold",
},
{
    "id": "juminsoudan-077",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 恒平 <k-usami@hinode-sangyo.co.jp>",
    "to": ["広報課 市報担当 <koho@city.wakaba.lg.jp>"],
    "cc": ["桑原 <kuwabara@nishiki-insatsu.co.jp>"],
    "subject": "市報1月号 コールセンター紹介記事の原稿",
    "body": """広報課 市報ご担当者様
（cc：錦印刷 桑原様）

お世話になっております。日の出産業の宇佐美です。
市報1月号のコールセンター紹介記事（1/4ページ）の原稿をお送りします。
レイアウトは錦印刷様にお願いしております。

―― 原稿 ――
「わからないときは、まずお電話を」
若葉市コールセンターでは、ごみの出し方から各種手続きまで、
市のあらゆるお問い合わせにお答えしています。
昨年度は約7万件のお電話をいただきました。
　電話：0548-20-7700　FAX：0548-20-7701
　平日 8:30〜19:00／土曜 9:00〜17:00（年末年始を除く）
――――――

宇佐美
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "the city and a partner printer (two organisations); article text with the centre's own numbers",
},
{
    "id": "juminsoudan-078",
    "charset": "utf-8",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人窓口 <hojin@kitaguni-food.co.jp>"],
    "subject": "研修会用 お弁当の注文（12/16）",
    "body": """北国フーズ株式会社
法人窓口 ご担当者様

いつもお世話になっております。日の出産業 若葉市コールセンターの森山です。
下記のとおりお弁当を注文いたします。

　日時：12月16日（火）11:45 お届け
　場所：若葉駅前ビル5F 研修室（受付でお名前をお伝えください）
　内容：幕の内弁当 24個、お茶（500ml）24本
　請求：いつもどおり月末締めで請求書をお送りください

よろしくお願いいたします。
""" + SIG_MORIYAMA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: kitaguni-food.co.jp drops the s of the partner kitaguni-foods.co.jp",
},
{
    "id": "juminsoudan-079",
    "charset": "cp932",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["kocho@city.wakaba.lg.jp"],
    "subject": "通話件数報告（11月確定値）",
    "body": """広聴係 ご担当者様

お世話になっております。八戸です。
11月の通話件数（確定値）をPDFでお送りします。

八戸
""",
    "attachments": [{"kind": "corrupt", "name": "通話件数報告_202511.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the PDF attachment is corrupt",
},
{
    "id": "juminsoudan-080",
    "charset": "iso-2022-jp",
    "sender": "瀬能 健 <k-seno@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 法人サービス課 <hojin-service@aoba-unyu.co.jp>"],
    "subject": "返却機材の集荷依頼と追跡番号",
    "body": """青葉運輸株式会社
法人サービス課 ご担当者様

いつもお世話になっております。日の出産業の瀬能です。
リース満了となった電話機の返却について、集荷をお願いいたします。

　集荷先：若葉駅前ビル5F 日の出産業 若葉市コールセンター
　　　　　（静岡県若葉市栄町1-2-3）
　集荷日：12月10日（水）午後
　個数　：段ボール6箱（約60kg）
　届け先：川崎電機株式会社 物流センター（伝票は当方で作成済み）

先月分の返却（3箱）の追跡番号は 4417-2290-5563、4417-2290-5574、
4417-2290-5585 です。配達完了の確認が取れておりませんので併せてご確認ください。

瀬能
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "pickup request with the company's own address and tracking numbers; no people's data",
},
# ---------------------------------------------------------------- 081-090
{
    "id": "juminsoudan-081",
    "charset": "utf-8",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["庁舎管理係 <chosha@city.wakaba.lg.jp>"],
    "subject": "本庁舎 臨時窓口（1月）従事者の入館証申請",
    "body": """総務課 庁舎管理係 ご担当者様

お世話になっております。日の出産業の久我です。
1月の確定申告相談会場（本庁舎2階）の案内業務に従事するスタッフの
入館証発行を申請いたします。申請書（Word）を添付します。

よろしくお願いいたします。
""" + SIG_KUGA,
    "attachments": [
        {"kind": "docx", "name": "入館証発行申請書_2026年1月.docx", "title": "入館証発行申請書",
         "paragraphs": ["入館証発行申請書", "申請者：日の出産業株式会社 若葉市コールセンター センター長 久我 拓真",
                        "従事期間：2026年1月13日～3月16日", "従事場所：本庁舎2階 確定申告相談会場"],
         "tables": [[["No", "氏名", "フリガナ", "生年月日", "住所", "携帯電話"],
                     ["1", "仲宗根 美咲", "ナカソネ ミサキ", "1989/06/14", "静岡県若葉市栄町3-6-2-401", "090-8814-2307"],
                     ["2", "戸塚 遥", "トツカ ハルカ", "1995/02/28", "静岡県若葉市上原2-9-17", "080-3361-4452"],
                     ["3", "ムニョス 健", "ムニョス ケン", "1992/11/03", "静岡県若葉市本町4-1-6", "070-5528-9013"],
                     ["4", "粟津 典子", "アワヅ ノリコ", "1978/08/21", "静岡県若葉市緑町1-3-10", "090-2247-6681"],
                     ["5", "吉良 大輔", "キラ ダイスケ", "2000/04/09", "静岡県若葉市高田3-5-5", "080-7730-1124"],
                     ["6", "芳賀 千尋", "ハガ チヒロ", "1986/12/01", "静岡県若葉市東浜6-2-8", "070-1194-3356"],
                     ["7", "南条 陸", "ナンジョウ リク", "1998/07/17", "静岡県若葉市西原1-14-3", "090-6605-2219"]]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: seven staff members' birth dates, home addresses and mobiles in a DOCX table to the city",
},
{
    "id": "juminsoudan-082",
    "charset": "iso-2022-jp",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["庁舎管理係 <chosha@city.wakaba.lg.jp>"],
    "subject": "サーバー室 入室の事前連絡（12/11）",
    "body": """庁舎管理係 ご担当者様

お世話になっております。日の出産業の久我です。
IVR切替作業のため、下記のとおり本庁舎サーバー室への入室をお願いいたします。

　日時：12月11日（木）7:00〜8:30
　作業者：日の出産業 瀬能 健、ツバサシステム 村雨 様（計2名）
　目的：コールセンター回線の接続切替立会い

当日は通用口で身分証を提示いたします。
""" + SIG_KUGA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "two workers' names only, with no other data about them",
},
{
    "id": "juminsoudan-083",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["沖田 <okita@staff-next.co.jp>"],
    "subject": "派遣スタッフ 戸塚さんの勤務について（ご相談）",
    "body": """スタッフネクスト 沖田様

お世話になっております。森山です。
派遣スタッフの戸塚 遥さん（スタッフ番号 SN-20714）の勤務についてご相談です。

先週ご本人から、心療内科で「適応障害」と診断され、医師から
当面は電話応対の業務を控えるよう言われたと報告がありました。
診断書の写しも提出されています。

つきましては、
　・1月以降の契約更新の扱い
　・業務内容の変更（バックオフィス業務）が可能か
について、ご本人の意向も含めて御社と相談させてください。

森山
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named temp worker's mental health diagnosis sent to the staffing agency",
},
{
    "id": "juminsoudan-084",
    "charset": "utf-8",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["沖田 <okita@staff-next.co.jp>"],
    "subject": "12月第3週のシフト調整",
    "body": """沖田様

お世話になっております。森山です。
12月第3週のシフトについて、以下の調整をお願いできますでしょうか。

・12/15（月）遅番 1名追加（17:00～19:00）
・12/20（土）9:00～17:00 2名 → 3名に増員
・吉良さんの12/18（木）の早番は、ご本人希望により遅番へ変更で承知しました

ご対応可能な人数を今週中にお知らせいただけますと助かります。

森山
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "shift planning with one worker's surname only",
},
{
    "id": "juminsoudan-085",
    "charset": "iso-2022-jp",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["福祉政策課 給付金担当 <fukushi-seisaku@city.wakaba.lg.jp>"],
    "subject": "給付金申請書の記載不備（電話で確認した内容）",
    "body": """福祉政策課 給付金担当 御中

お世話になっております。コールセンター 鬼塚です。
申請書の記載不備について、ご本人に電話で確認した内容をExcelで
お送りします（2件）。個人番号欄の記入誤りの件です。

よろしくお願いいたします。
""",
    "attachments": [
        {"kind": "xlsx", "name": "不備確認結果_1205.xlsx",
         "sheets": {"確認結果": [["申請番号", "氏名", "電話", "個人番号（本人申告）", "不備内容", "確認結果"],
                                 ["KY-07712", "漆原 雅人", "0548-27-9045", _mn(3, "-"), "個人番号の桁不足", "正しい番号を聴取"],
                                 ["KY-07790", "真栄田 久美", "080-6418-2253", _mn(4, "-"), "世帯主欄と不一致", "世帯主の番号を誤記"]]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "identifier: two residents' My Numbers in an XLSX to the city",
},
{
    "id": "juminsoudan-086",
    "charset": "cp932",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "11月定例会 議事録（案）",
    "body": """大河内様

お世話になっております。八戸です。
11月定例会の議事録（案）をお送りします。
修正点があれば12月12日までにお知らせください。

八戸
""",
    "attachments": [
        {"kind": "docx", "name": "議事録_11月定例会（案）.docx",
         "paragraphs": ["若葉市コールセンター 11月定例会 議事録（案）",
                        "日時：2025年11月27日（木）10:00～11:00　場所：本庁舎4階 第1会議室",
                        "出席：市民協働課 大河内主査、佐久間係長／日の出産業 久我、森山、八戸",
                        "1. 10月度運営報告：応答率93.1%。10時台の放棄呼対策として12月から1席増員する。",
                        "2. 個人情報の取扱い：エスカレーションメールに個人番号を記載しない運用を再徹底する。",
                        "3. 年末年始体制：12/29～1/3は9:00～17:00で臨時受付を行う。",
                        "4. 次回：12月18日（木）10:00～"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting minutes with attendees' names and titles only; no personal data",
},
{
    "id": "juminsoudan-087",
    "charset": "utf-8",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["Prof. 榎本 <enomoto@kounan-u.ac.jp>"],
    "subject": "市民満足度調査 回答データ（分析ご依頼分）",
    "body": """甲南大学 総合政策学部
榎本先生

いつもお世話になっております。日の出産業の八戸です。
コールセンター利用者満足度調査のメール回答分のデータをお送りします。
追跡調査のご協力可否を確認するため、メールアドレスの列を残しています。

ご分析のほど、よろしくお願いいたします。

八戸 萌
""",
    "attachments": [
        {"kind": "csv", "name": "manzoku_2025_mail.csv", "encoding": "utf-8",
         "rows": [["回答ID", "メールアドレス", "年代", "地区", "総合満足度", "つながりやすさ", "自由記述"]] + [
             [f"R{i:03d}", mail, age, area, s1, s2, memo] for i, (mail, age, area, s1, s2, memo) in enumerate([
                 ("ayaka.f.0214@gmail.com", "30代", "本町", 4, 3, "昼休みはつながりにくい"),
                 ("kenji-hosoda@yahoo.co.jp", "60代", "上原", 5, 5, ""),
                 ("m.tokura77@outlook.jp", "40代", "東浜", 3, 2, "待ち時間が長い"),
                 ("yumiko.s@icloud.com", "50代", "緑町", 4, 4, ""),
                 ("shun_arai@docomo.ne.jp", "20代", "栄町", 5, 4, "丁寧だった"),
                 ("hirose.family@gmail.com", "30代", "高田", 4, 3, ""),
                 ("takao.m1958@yahoo.co.jp", "60代", "西原", 2, 2, "たらい回しにされた"),
                 ("nozomi.kanda@gmail.com", "40代", "本町", 4, 4, ""),
                 ("r-ishiguro@ezweb.ne.jp", "70代", "上原", 5, 3, "耳が遠いのでゆっくり話してほしい"),
                 ("ema.yoshii@outlook.jp", "20代", "東浜", 3, 4, ""),
                 ("kazu.okabe.wk@gmail.com", "50代", "緑町", 4, 5, ""),
                 ("sachiko-o@softbank.ne.jp", "60代", "栄町", 5, 5, "いつも助かっています"),
                 ("daiki.n.2001@icloud.com", "20代", "高田", 3, 3, ""),
                 ("mariko_tsuji@yahoo.co.jp", "40代", "西原", 4, 2, "夕方つながらない"),
                 ("h.kondoh@gmail.com", "30代", "本町", 4, 4, ""),
                 ("miyabi.s@outlook.jp", "50代", "上原", 5, 4, ""),
                 ("tetsuo-k1949@docomo.ne.jp", "70代", "東浜", 3, 3, "音声案内が分かりにくい"),
                 ("kana.hamaguchi@gmail.com", "30代", "緑町", 4, 5, ""),
                 ("yoshida.ryo@icloud.com", "40代", "栄町", 2, 1, "30分待った"),
                 ("n-matsukawa@yahoo.co.jp", "60代", "高田", 5, 4, ""),
                 ("aoi.kurihara@gmail.com", "20代", "西原", 4, 4, ""),
                 ("shigeru.t@ezweb.ne.jp", "70代", "本町", 4, 3, ""),
                 ("minami.h.88@outlook.jp", "30代", "上原", 3, 2, ""),
                 ("chie-ozawa@gmail.com", "50代", "東浜", 5, 5, "迅速だった"),
                 ("koichi.u@yahoo.co.jp", "40代", "緑町", 4, 3, ""),
             ], start=1)]},
    ],
    "expect": "stop",
    "entities": ["EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: twenty-five survey respondents' personal e-mail addresses with age band and district, to a university",
},
{
    "id": "juminsoudan-088",
    "charset": "iso-2022-jp",
    "sender": "八戸 萌 <m-hachinohe@hinode-sangyo.co.jp>",
    "to": ["Prof. 榎本 <enomoto@kounan-u.ac.jp>"],
    "subject": "Re: 満足度調査 集計表（メールアドレス削除版）",
    "body": """榎本先生

お世話になっております。八戸です。
ご指摘ありがとうございました。先日のデータは破棄いただきますようお願いいたします。
改めて、個人を特定できる項目を削除した集計表をお送りします。

八戸

> 八戸様
> 分析には個別のメールアドレスは不要ですので、
> 削除した版をいただけますでしょうか。
> 榎本
""",
    "attachments": [
        {"kind": "xlsx", "name": "満足度調査_集計.xlsx",
         "sheets": {"年代別": [["年代", "回答数", "総合満足度(平均)", "つながりやすさ(平均)"],
                               ["20代", 4, 3.75, 3.75], ["30代", 5, 3.8, 3.2], ["40代", 5, 3.6, 3.0],
                               ["50代", 4, 4.5, 4.5], ["60代", 4, 4.25, 4.0], ["70代", 3, 4.0, 3.0]],
                    "地区別": [["地区", "回答数", "総合満足度(平均)"], ["本町", 5, 4.0], ["上原", 4, 4.5],
                               ["東浜", 4, 3.5], ["緑町", 4, 4.25], ["栄町", 3, 4.0], ["高田", 3, 4.0],
                               ["西原", 2, 3.0]]}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregated survey tables without any identifiers",
},
{
    "id": "juminsoudan-089",
    "charset": "cp932",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "オペレーター配置計画（1月～3月）",
    "body": """大河内様

お世話になっております。久我です。
1月～3月のオペレーター配置計画をお送りします。
確定申告期の増員分も反映しております。

久我
""",
    "attachments": [
        {"kind": "xlsx", "name": "配置計画_2026Q1.xlsx", "page_header": "社外秘",
         "sheets": {"配置計画": [["【社外秘】オペレーター配置計画 2026年1月～3月"], [],
                                ["時間帯", "1月", "2月", "3月"],
                                ["8:30-10:00", 9, 11, 11], ["10:00-12:00", 12, 15, 15],
                                ["12:00-14:00", 10, 12, 12], ["14:00-17:00", 11, 14, 14],
                                ["17:00-19:00", 5, 6, 6], ["土曜", 6, 8, 8]],
                    "人件費": [["区分", "単価", "人月"], ["正社員SV", 520000, 4], ["契約オペレーター", 265000, 18],
                               ["派遣オペレーター", 310000, 6]]}},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the workbook's title row and page header say 社外秘; sent to the city",
},
{
    "id": "juminsoudan-090",
    "charset": "utf-8",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "subject": "Re: 人件費単価の内訳について",
    "body": """大河内様

お世話になっております。久我です。

ご依頼の人件費単価の内訳ですが、当社の賃金テーブルは社外秘の扱いとなっており、
資料そのものをお出しすることができません。申し訳ございません。
代わりに、概要を本文にてご説明いたします。

・オペレーターの単価は、静岡県の最低賃金改定（+63円）を反映しています。
・SVの単価は前回契約から据え置いております。
・土曜延長分は、時間外割増（25%）を含めた単価です。

ご不明な点がございましたら、次回定例会にてご説明いたします。

久我

> 久我様
> 価格改定案の人件費単価の根拠資料をいただけますでしょうか。
> 大河内
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 社外秘 is mentioned (why a document is withheld), not a marking on this mail",
},
# ---------------------------------------------------------------- 091-100
{
    "id": "juminsoudan-091",
    "charset": "iso-2022-jp",
    "sender": "瀬能 健 <k-seno@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>",
           "村雨 <murasame@tsubasa-system.jp>",
           "川崎電機 保守窓口 <hoshu@kawasaki-denki.co.jp>"],
    "subject": "【障害報告・第1報】12/6 コールセンター回線障害",
    "body": """関係各位

日の出産業 情報システム部の瀬能です。
12月6日（土）に発生した回線障害について、第1報をご報告いたします。

1. 発生時間：10:40〜11:25（約45分）
2. 影響：着信の一部がつながらず、放棄呼 15件
3. 原因（調査中）：構内交換機（川崎電機製）の電源ユニット異常の可能性
4. 暫定対応：予備系に切替済み、現在は正常稼働
5. 今後：川崎電機様にて電源ユニットを交換（12/9予定）、
　　　　ツバサシステム様にてIVRのログを確認

第2報は12月10日までにお送りいたします。

瀬能 健
日の出産業株式会社 情報システム部
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: the city and two partner companies, three external organisations, in one To line",
},
{
    "id": "juminsoudan-092",
    "charset": "cp932",
    "sender": "鬼塚 亮介 <r-onitsuka@hinode-sangyo.co.jp>",
    "to": ["子育て支援課 <kosodate@city.wakaba.lg.jp>"],
    "subject": "児童手当に関するお問い合わせ 対応記録（11月分）",
    "body": """子育て支援課 ご担当者様

お世話になっております。鬼塚です。
11月分の児童手当に関するお問い合わせの対応記録（Word）をお送りします。

鬼塚
""",
    "attachments": [{"kind": "corrupt", "name": "児童手当_対応記録_202511.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the DOCX attachment is corrupt",
},
{
    "id": "juminsoudan-093",
    "charset": "utf-8",
    "sender": "瀬能 健 <k-seno@hinode-sangyo.co.jp>",
    "to": ["村雨 <murasame@tsubasa-system.jp>"],
    "subject": "IVR着信ログ（12/6 障害時間帯）の送付",
    "body": """村雨様

お世話になっております。瀬能です。
障害調査のため、12/6 10:30～11:30 のIVR着信ログをテキストで抽出しました。
発信者番号もそのまま入っています。調査後は破棄をお願いいたします。

瀬能
""",
    "attachments": [
        {"kind": "txt", "name": "ivr_log_20251206_1030-1130.txt", "encoding": "utf-8",
         "text": "\n".join(
             ["# time\tcaller_id\tdnis\tmenu\tresult"] + [
                 f"2025-12-06 {t}\t{c}\t0548207700\t{m}\t{r}" for (t, c, m, r) in [
                     ("10:31:12", "09033182276", "1", "ANSWERED"),
                     ("10:34:40", "05482271183", "2", "ANSWERED"),
                     ("10:38:05", "08044106627", "3", "ANSWERED"),
                     ("10:41:07", "09033182276", "1", "ABANDONED"),
                     ("10:42:55", "05482290130", "2", "ABANDONED"),
                     ("10:44:12", "08077253304", "1", "ABANDONED"),
                     ("10:46:30", "07055128869", "4", "ABANDONED"),
                     ("10:49:02", "05482714560", "1", "ABANDONED"),
                     ("10:51:48", "09081204437", "3", "ABANDONED"),
                     ("10:55:16", "08022046618", "5", "ABANDONED"),
                     ("10:58:33", "05483608710", "2", "ABANDONED"),
                     ("11:02:09", "09066731925", "1", "ABANDONED"),
                     ("11:05:41", "07011853390", "3", "ABANDONED"),
                     ("11:09:20", "05483155240", "4", "ABANDONED"),
                     ("11:12:58", "08044397702", "1", "ABANDONED"),
                     ("11:16:04", "09020785516", "2", "ABANDONED"),
                     ("11:19:47", "05485244030", "5", "ABANDONED"),
                     ("11:23:30", "08099612047", "1", "ABANDONED"),
                     ("11:26:51", "09051274406", "2", "ANSWERED"),
                     ("11:29:18", "05482460093", "1", "ANSWERED"),
                 ]]) + "\n"},
    ],
    "expect": "stop",
    "entities": ["PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: an IVR log of about twenty callers' phone numbers in a text attachment to a vendor",
},
{
    "id": "juminsoudan-094",
    "charset": "iso-2022-jp",
    "sender": "瀬能 健 <k-seno@hinode-sangyo.co.jp>",
    "to": ["村雨 <murasame@tsubasa-system.jp>"],
    "subject": "特定番号からの着信が切断される件（調査依頼）",
    "body": """村雨様

お世話になっております。瀬能です。
市民の方から「何度かけてもガイダンスの途中で切れる」とのお申し出がありました。
ご本人の了承を得て、発信番号をお伝えします。

　発信番号：0548-31-7206（固定電話・ひかり電話）
　事象　　：IVRの「1」を押した直後に切断（12/3以降、毎回）
　他の番号：同様の申し出は現時点でなし

交換機側のログで該当呼の切断理由をご確認いただけますでしょうか。

瀬能
""",
    "expect": "pass",
    "entities": ["PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one caller's phone number (with consent) to the CTI vendor: one person, may be warned",
},
{
    "id": "juminsoudan-095",
    "charset": "utf-8",
    "sender": "仲宗根 美咲 <m-nakasone@hinode-sangyo.co.jp>",
    "to": ["交通政策課 <kotsu@city.wakaba.lg.jp>"],
    "subject": "コミュニティバスのバリアフリーに関するご要望（原文添付）",
    "body": """交通政策課 ご担当者様

お疲れ様です。コールセンター 仲宗根です。
コミュニティバスに関するご要望メールがセンターに届きました。
ご本人が原文のまま担当課に伝えてほしいとのことですので、添付いたします。

仲宗根
""",
    "attachments": [
        {"kind": "eml", "name": "コミュニティバスについて.eml",
         "message": {
             "charset": "utf-8",
             "sender": "飯沼 恵理子 <eriko.iinuma@gmail.com>",
             "to": ["wakaba-callcenter@hinode-sangyo.co.jp"],
             "subject": "コミュニティバスについて",
             "body": """若葉市コールセンター御中

若葉市高田2丁目8-11に住む飯沼と申します。
私は脳性まひのため車いすを使用しており、身体障害者手帳1級を持っています。
高田ルートのコミュニティバスはスロープ付きの車両が1台しかなく、
その便を逃すと通院（若葉中央病院のリハビリ）に間に合いません。
全車両をスロープ付きにしていただけないでしょうか。
連絡は 080-2216-5539 までお願いします。
"""}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "sensitive: an attached resident mail stating her disability and certificate grade with name, address and phone",
},
{
    "id": "juminsoudan-096",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["higashihama.jichikai@gmail.com"],
    "subject": "説明会の連絡網（各自治会の代表者）",
    "body": """東浜自治会 会長様

お世話になっております。森山です。
説明会の取りまとめ役をお引き受けいただきありがとうございます。
ご依頼の、各自治会の代表者連絡先を市からの了承を得てお送りします。

　東浜北自治会　　　小島 佳苗 様　　090-2281-7730
　東浜南自治会　　　榊原 光男 様　　0548-36-4418
　東浜第二自治会　　長窪 武 様　　　080-6690-1152
　東浜ハイツ管理組合　小笠原 透 様　　0548-36-9071
　汐見台自治会　　　野々宮 玲子 様　090-7742-2065

お手数ですが、当日の出欠確認をお願いいたします。

森山
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "either: five neighbourhood-association representatives' phones — contacts of organisations, but private persons' own numbers",
},
{
    "id": "juminsoudan-097",
    "charset": "iso-2022-jp",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>", "kocho@city.wakaba.lg.jp",
           "bousai@city.wakaba.lg.jp", "gomi@city.wakaba.lg.jp"],
    "subject": "年末年始の受付時間について（最終版）",
    "body": """関係各課 ご担当者様

お世話になっております。若葉市コールセンターの久我です。
年末年始の受付時間が確定しましたので、お知らせいたします。

　12月27日（土）　9:00〜17:00（通常どおり）
　12月29日（月）〜1月3日（土）　9:00〜17:00（臨時受付：ごみ・施設・防災のみ）
　1月5日（月）〜　通常どおり

期間中に各課へ緊急の引継ぎが必要な場合は、宿日直（0548-21-1111）経由で
ご連絡いたします。

市ホームページ掲載用の案内文（HTML）も添付いたしますので、広聴係様にて
掲載をお願いいたします。
""" + SIG_KUGA,
    "attachments": [
        {"kind": "html", "name": "nenmatsu_uketsuke.html",
         "html": """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>年末年始のコールセンター受付時間</title></head>
<body>
<h2>年末年始の若葉市コールセンター受付時間</h2>
<table border="1">
<tr><th>期間</th><th>受付時間</th><th>内容</th></tr>
<tr><td>12月27日（土）</td><td>9:00〜17:00</td><td>通常どおり</td></tr>
<tr><td>12月29日（月）〜1月3日（土）</td><td>9:00〜17:00</td><td>ごみ・施設・防災のお問い合わせのみ</td></tr>
<tr><td>1月5日（月）から</td><td>8:30〜19:00</td><td>通常どおり</td></tr>
</table>
<p>若葉市コールセンター 電話 0548-20-7700</p>
</body></html>"""},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "several addresses of one external organisation (the city); schedule and switchboard only",
},
{
    "id": "juminsoudan-098",
    "charset": "utf-8",
    "sender": "芦田 ひかり <h-ashida@hinode-sangyo.co.jp>",
    "to": ["ペイナビ カスタマーサポート <support@paynavi.co.jp>"],
    "subject": "Re: 施設予約システムのカード決済 二重計上の調査依頼",
    "body": """株式会社ペイナビ
カスタマーサポート ご担当者様

ご回答ありがとうございます。芦田です。
1件目の取引（取引ID PN-88120457）を取消し、返金処理いただけるとのこと、承知しました。
返金先は決済に使われたカード（下4桁 ****-****-****-4417）とのことですので、
ご利用者様にもその旨ご案内いたします。

なお、先日のメールでカード番号をそのまま記載してしまいました。
大変失礼いたしました。お手数ですが、当該メールは削除いただけますでしょうか。
今後は予約番号と取引IDのみでご連絡いたします。

芦田

> 調査の結果、二重計上を確認いたしました。
> 取引ID PN-88120457 を取消いたします。返金まで2～3週間かかります。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "near miss: only a masked card (last four digits) and transaction IDs; no full card number",
},
{
    "id": "juminsoudan-099",
    "charset": "cp932",
    "sender": "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>",
    "to": ["事業部長 石渡 <m-ishiwatari@hinode-sangyo.jp>"],
    "subject": "11月度 運営報告書（市提出前のご確認）",
    "body": """石渡部長

お疲れ様です。若葉市コールセンターの森山です。
市へ提出予定の11月度運営報告書（案）をお送りします。
12月10日の提出前にご確認をお願いいたします。

主なトピック：
・応答率 92.4%（目標達成）
・12/6 回線障害（放棄呼15件）の経緯
・確定申告期の増員計画

森山
""",
    "attachments": [
        {"kind": "pdf", "name": "運営報告書_2025年11月（案）.pdf",
         "lines": ["若葉市コールセンター 運営報告書（2025年11月度）案",
                   "総受電件数 5,293件 / 応答率 92.4% / 平均通話時間 4分05秒",
                   "エスカレーション 176件（折り返し完了 170件）",
                   "12/6 回線障害：10:40～11:25、放棄呼15件、原因は交換機電源ユニット"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: hinode-sangyo.jp is the company's own domain under another TLD (not internal)",
},
{
    "id": "juminsoudan-100",
    "charset": "utf-8",
    "sender": "久我 拓真 <t-kuga@hinode-sangyo.co.jp>",
    "to": ["大河内 智子 <t-okochi@city.wakaba.lg.jp>"],
    "cc": ["広聴係 <kocho@city.wakaba.lg.jp>", "森山 沙織 <s-moriyama@hinode-sangyo.co.jp>"],
    "subject": "若葉市コールセンター 11月度 運営報告書",
    "body": """若葉市 市民協働課
大河内 主査

いつもお世話になっております。日の出産業の久我でございます。

11月度の運営報告書（PDF）と、分野別・時間帯別の集計表（Excel）を
お送りいたします。12/6の回線障害については別紙にて経緯をまとめております。

　・総受電件数　　5,293件
　・応答率　　　　92.4%
　・エスカレーション　176件（うち折り返し完了 170件）
　・市民の声（文書回答希望）　5件（広報課へ引継ぎ済み）

ご査収のほど、よろしくお願い申し上げます。
""" + SIG_KUGA + DISCLAIMER,
    "attachments": [
        {"kind": "pdf", "name": "運営報告書_2025年11月.pdf", "title": "運営報告書 2025年11月",
         "lines": ["若葉市コールセンター 運営報告書（2025年11月度）",
                   "1. 受電状況　2. 分野別件数　3. エスカレーション　4. 障害報告（12/6）"],
         "table": [["指標", "10月", "11月"], ["総受電件数", "6,412", "5,293"],
                   ["応答率", "93.1%", "92.4%"], ["平均通話時間", "4:12", "4:05"],
                   ["エスカレーション", "188", "176"]]},
        {"kind": "xlsx", "name": "集計表_2025年11月.xlsx",
         "sheets": {"分野別": [["分野", "件数"], ["ごみ・リサイクル", 1791], ["税・保険・年金", 1090],
                               ["戸籍・住民票", 912], ["子育て・教育", 574], ["福祉・介護", 549],
                               ["道路・公園", 377]],
                    "時間帯別": [["時間帯", "平日", "土曜"], ["8:30-10:00", 1204, 0],
                                 ["10:00-12:00", 1618, 233], ["12:00-14:00", 1011, 190],
                                 ["14:00-17:00", 1457, 204], ["17:00-19:00", 602, 0]]}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "monthly report with aggregates, a signature and the standard disclaimer; nothing to stop",
},
]
