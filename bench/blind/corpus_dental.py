"""Blind evaluation corpus — area: dental.

日の出産業株式会社 デンタル事業部（ひので歯科クリニック 新宿院・横浜院）のスタッフが書くメール:
予約・リコール、治療計画と見積、歯科技工所、レセプト、スタッフのシフト、学校歯科健診、
患者様のご意見・苦情、材料の仕入先。人物・番号・住所はすべて架空。
"""

from build import card_number, my_number


def _g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")

MN_ORIBE = my_number(701)
MN_TAKAGAKI = my_number(702)
MN_SERIZAWA = my_number(703)
CARD_HASEGAWA = card_number(701)
CARD_CORP = card_number(702)

SIG_YAMANE = """
――――――――――――――――――――
日の出産業株式会社 デンタル事業部
ひので歯科クリニック 新宿院　受付・医療事務
山根 里美（Yamane Satomi）
〒160-0023 東京都新宿区西新宿3-9-14 ひのでビル2F
TEL 03-5909-4410　FAX 03-5909-4411
s-yamane@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_ONODERA = """
--
日の出産業株式会社
デンタル事業部 事務長　小野寺 健
〒160-0023 東京都新宿区西新宿3-9-14 ひのでビル2F
TEL: 03-5909-4410（代表）／ 携帯: 090-4417-2203
Mail: k-onodera@hinode-sangyo.co.jp"""

SIG_NAKAJO = """
*******************************
ひので歯科クリニック 横浜院
歯科衛生士チーフ　中条 彩花
〒220-0011 神奈川県横浜市西区高島2-6-32 横浜東口ビル5F
TEL 045-441-8620
a-nakajo@hinode-sangyo.co.jp
（運営：日の出産業株式会社 デンタル事業部）
*******************************"""

SIG_MURASE = """
----------------------------------------
日の出産業株式会社 情報システム部（デンタル事業部担当）
村瀬 拓海 / Takumi Murase
TEL 03-5909-4400 内線 318
t-murase@hinode-sangyo.co.jp
----------------------------------------"""

SIG_KIRYU = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 デンタル事業部 総務課
桐生 美和
〒160-0023 東京都新宿区西新宿3-9-14 ひのでビル2F
TEL 03-5909-4412 / FAX 03-5909-4411
m-kiryu@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_HORIE = """
──────────────
日の出産業株式会社
デンタル事業部 購買担当　堀江 聡
TEL 03-5909-4415　FAX 03-5909-4411
s-horie@hinode-sangyo.co.jp
──────────────"""

SIG_HORIE_EN = """
Best regards,

Satoshi Horie
Procurement, Dental Division
Hinode Sangyo Co., Ltd.
3-9-14 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan
Tel: +81-3-5909-4415
s-horie@hinode-sangyo.co.jp"""

SIG_OWADA = """
==============================
日の出産業株式会社 デンタル事業部
学校・企業健診グループ　大和田 恵
TEL 03-5909-4418（直通）
m-owada@hinode-sangyo.co.jp
=============================="""

SIG_SAEKI = """
_________________________________
ひので歯科クリニック 患者相談窓口
佐伯 瑞穂
TEL 0120-418-648（平日9:30〜18:00）
soudan@hinode-sangyo.co.jp
_________________________________"""

SIG_KUGA = """
――
ひので歯科クリニック 新宿院 院長
歯科医師　久我 俊介
TEL 03-5909-4410
s-kuga@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- 001–025
MESSAGES += [
    {
        "id": "dental-001",
        "expect": "stop",
        "charset": "cp932",
        "sender": "山根 里美 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["錦印刷 小山様 <koyama@nishiki-insatsu.co.jp>"],
        "subject": "6月発送分 定期検診はがき 宛名データ",
        "body": """錦印刷株式会社
営業部 小山様

いつもお世話になっております。ひので歯科クリニック新宿院の山根です。
6月発送分の定期検診のお知らせはがき、宛名データをお送りします。
院内PCからUSBが使えなくなってしまったため、本文に貼り付けで失礼いたします。

氏名            郵便番号   住所                                      電話番号
--------------------------------------------------------------------------------------
石動 和也       160-0022   東京都新宿区新宿5-11-3-402                  03-3351-7724
浦辺 真知子     169-0073   東京都新宿区百人町2-8-17 メゾン百人町105     090-2281-6640
甘粕 亮         151-0053   東京都渋谷区代々木4-33-1                    03-3370-1189
神楽坂 ゆかり   162-0825   東京都新宿区神楽坂6-42 神楽坂ハイツ3F       080-7712-0954
西園寺 博       164-0001   東京都中野区中野3-19-5                      03-3384-2077
毛利 佳奈       160-0004   東京都新宿区四谷2-4-9 コーポ四谷201         070-3318-4426
轟 達郎         166-0003   東京都杉並区高円寺南1-27-12                 03-3315-8892
椎名 ひとみ     168-0063   東京都杉並区和泉3-5-21                      090-6604-1733

文面は前回（3月分）と同じで、差出人欄の電話番号のみ 03-5909-4410 に変更をお願いします。
校正は来週水曜までにいただけますと助かります。

よろしくお願いいたします。
""" + SIG_YAMANE,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 patients' names, home addresses and phones pasted as a padded table to an external printer",
    },
    {
        "id": "dental-002",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "ひので歯科クリニック 新宿院 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["藤巻 陽子 <yoko.fujimaki88@gmail.com>"],
        "subject": "【ひので歯科】ご予約確認（6月14日 10:30）",
        "body": """藤巻 陽子 様

このたびはひので歯科クリニック新宿院をご予約いただき、ありがとうございます。
下記の内容でご予約を承りました。

　ご予約日時：2025年6月14日（土）10:30〜11:00
　内容　　　：定期検診・クリーニング
　持ち物　　：診察券、お薬手帳（お持ちの方）

ご都合が悪くなった場合は、前日までにお電話（03-5909-4410）にてご連絡ください。
当日のご来院を心よりお待ちしております。
""" + SIG_YAMANE,
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "appointment confirmation to the patient herself on free mail; only clinic contacts in the text",
    },
    {
        "id": "dental-003",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人 藤本事務所 久保様 <kubo@sr-fujimoto.jp>"],
        "subject": "新規入職者の資格取得届について（歯科衛生士1名）",
        "body": """社会保険労務士法人 藤本事務所
久保様

いつも大変お世話になっております。日の出産業デンタル事業部の桐生です。
7月1日付で入職する歯科衛生士1名について、健康保険・厚生年金の資格取得届の
作成をお願いいたします。

　氏名　　　：織部 千夏（オリベ チナツ）
　生年月日　：平成11年8月23日
　個人番号　：""" + _g4(MN_ORIBE) + """
　住所　　　：神奈川県川崎市中原区木月2-14-7 コーポ木月203
　入職日　　：2025年7月1日
　報酬月額　：255,000円（通勤手当 12,400円 含まず）

被扶養者はおりません。雇用保険の手続きも併せてお願いできますでしょうか。
ご不明点がございましたらご連絡ください。
""" + SIG_KIRYU,
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a new employee's My Number with DOB and address sent to an outside labour consultant",
    },
    {
        "id": "dental-004",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
        "subject": "7/19 スタディグループ 会場・宿泊のご相談",
        "body": """さくらホテル
宴会予約ご担当者様

お世話になっております。日の出産業株式会社 デンタル事業部の小野寺です。
昨年に引き続き、院内スタディグループの会場を下記の内容でお願いしたく、ご相談です。

・日時：2025年7月19日（土）13:00〜18:00（懇親会 18:30〜20:30）
・人数：歯科医師・歯科衛生士 約30名
・会議室：スクール形式、プロジェクター・マイク2本
・宿泊：シングル8室（7/19泊、朝食付き）

見積書を法人宛（日の出産業株式会社 デンタル事業部）でいただけますと幸いです。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain sakura-hote1.jp is a digit-for-letter look-alike of partner sakura-hotel.jp",
    },
    {
        "id": "dental-005",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "村瀬 拓海 <t-murase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 鴨川様 <kamogawa@tsubasa-system.jp>"],
        "subject": "Re: 機密保持契約書（案）のご確認",
        "body": """ツバサシステム株式会社
鴨川様

お世話になっております。村瀬です。
レセコン更新プロジェクトの機密保持契約書（案）につき、法務のコメントを共有します。

1. 第5条（秘密情報の範囲）
　「口頭で開示された情報」を含める場合、開示後30日以内の書面確認を条件とする
　現行案の文言で問題ございません。
2. 第8条（返還・廃棄）
　移行作業で使用した媒体の廃棄証明書の提出を追記いただけますでしょうか。
3. 有効期間は契約終了後3年で結構です。

締結は電子契約（前回と同じサービス）でお願いできれば幸いです。
修正版を頂戴できましたら、社内決裁に回します。

> 村瀬様
> 先日お打ち合わせした機密保持契約書の案をお送りいたします。
> ご確認のほどよろしくお願いいたします。
""" + SIG_MURASE + DISCLAIMER_JA,
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA's clauses with a standard disclaimer; no personal data, no marking",
    },
    {
        "id": "dental-006",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "佐伯 瑞穂 <soudan@hinode-sangyo.co.jp>",
        "to": ["医療経営サポート 塩見様 <shiomi@iryo-kaizen.co.jp>"],
        "subject": "5月 患者様ご意見・苦情記録（共有）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>医療経営サポート株式会社<br>塩見様</p>
<p>いつもお世話になっております。ひので歯科クリニック 患者相談窓口の佐伯です。<br>
次回の改善ミーティングに向けて、5月分の記録を共有いたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>受付日</th><th>患者名</th><th>電話</th><th>内容</th><th>対応</th></tr>
<tr><td>5/2</td><td>大泉 隆</td><td>090-3312-8870</td><td>予約時間から40分待たされた</td><td>院長より電話で謝罪</td></tr>
<tr><td>5/9</td><td>栗林 さやか</td><td>080-2219-4305</td><td>抜歯後の腫れが1週間引かない（左下8番）</td><td>再診・抗菌薬追加</td></tr>
<tr><td>5/13</td><td>東海林 勉</td><td>03-3928-6614</td><td>新しい入れ歯が合わず食事ができない</td><td>調整予約 5/16</td></tr>
<tr><td>5/20</td><td>乙部 里香</td><td>070-5541-2290</td><td>受付スタッフの言葉遣い</td><td>該当者へ指導</td></tr>
<tr><td>5/22</td><td>八木沢 俊</td><td>090-8806-1147</td><td>自費見積の説明が不十分</td><td>再説明・書面交付</td></tr>
<tr><td>5/29</td><td>桧山 千尋</td><td>080-6630-9021</td><td>駐輪場がいっぱい</td><td>ビル管理会社へ連絡</td></tr>
</table>
<p>詳細は打合せ時にご説明いたします。</p>
<p>ひので歯科クリニック 患者相談窓口<br>佐伯 瑞穂<br>TEL 0120-418-648</p>
</body></html>""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of 6 complaining patients with phones, some rows with treatment/health details, to a consultant",
    },
    {
        "id": "dental-007",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["風早市教育委員会 学校保健係 <gakkohoken@edu.city.kazahaya.lg.jp>"],
        "subject": "みなみ台小学校 歯科健診結果（1年生）の送付",
        "body": """風早市教育委員会 学務課 学校保健係 御中

お世話になっております。日の出産業デンタル事業部の大和田です。
5月27日に実施いたしました市立みなみ台小学校1年生の歯科健康診断結果を
Excelにてお送りいたします。学級ごとにシートを分けております。

要受診の児童には、学校経由で受診勧告書を配布いただく予定です。
ご確認のほどよろしくお願いいたします。
""" + SIG_OWADA,
        "attachments": [{
            "kind": "xlsx",
            "name": "R7_みなみ台小_1年_歯科健診結果.xlsx",
            "title": "令和7年度 学校歯科健康診断結果",
            "sheets": {
                "1年1組": [
                    ["令和7年度 学校歯科健康診断結果票　風早市立みなみ台小学校　1年1組"],
                    [],
                    ["出席番号", "氏名", "ふりがな", "生年月日", "未処置歯", "処置歯", "歯肉", "歯垢", "要受診"],
                    [1, "相沢 蒼", "あいざわ あおい", "2018/06/02", 2, 0, 0, 1, "要"],
                    [2, "井之上 凛", "いのうえ りん", "2018/09/14", 0, 0, 0, 0, ""],
                    [3, "宇佐美 陽翔", "うさみ はると", "2018/04/21", 4, 1, 1, 2, "要"],
                    [4, "江藤 結衣", "えとう ゆい", "2019/01/30", 0, 2, 0, 1, ""],
                    [5, "小笠原 湊", "おがさわら みなと", "2018/11/08", 1, 0, 2, 2, "要（歯肉炎）"],
                    [6, "加賀谷 芽依", "かがや めい", "2018/07/19", 0, 0, 0, 0, ""],
                ],
                "1年2組": [
                    ["令和7年度 学校歯科健康診断結果票　風早市立みなみ台小学校　1年2組"],
                    [],
                    ["出席番号", "氏名", "ふりがな", "生年月日", "未処置歯", "処置歯", "歯肉", "歯垢", "要受診"],
                    [1, "木場 大和", "きば やまと", "2018/05/05", 3, 0, 0, 1, "要"],
                    [2, "久住 さくら", "くすみ さくら", "2018/12/24", 0, 1, 0, 0, ""],
                    [3, "氣賀澤 颯", "けがさわ はやて", "2018/08/03", 0, 0, 1, 1, "経過観察"],
                    [4, "古志 美桜", "こし みお", "2019/02/17", 6, 0, 1, 2, "要（多数歯う蝕）"],
                    [5, "笹川 悠真", "ささがわ ゆうま", "2018/10/11", 0, 0, 0, 0, ""],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX (2 sheets, title row) of 11 children's names, DOBs and dental check-up findings to the city board of education",
    },
    {
        "id": "dental-008",
        "expect": "pass",
        "charset": "cp932",
        "sender": "村瀬 拓海 <t-murase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "技工所マスタ登録用の一覧（6社）",
        "body": """ツバサシステム株式会社 サポートご担当者様

お世話になっております。日の出産業の村瀬です。
新レセコンの「技工所マスタ」に登録する取引先一覧です。初期データとしてご登録ください。

会社名                      代表電話        所在地                                  発注窓口
---------------------------------------------------------------------------------------------------------------
株式会社東和デンタルラボ    03-3987-2210    東京都豊島区南大塚2-31-4                order@towa-dental-lab.co.jp
有限会社ミナト技研          045-231-7760    神奈川県横浜市中区山下町118-2           info@minato-giken.jp
デンタルアート工房          042-725-3381    東京都町田市原町田4-10-6                juchu@dentalart-kobo.com
株式会社サンライズデンテック 048-642-9905   埼玉県さいたま市大宮区桜木町1-7-5       order@sunrise-dentech.co.jp
有限会社しらかば技工        0463-22-4817    神奈川県平塚市紅谷町9-14                shirakaba@shirakaba-giko.jp
株式会社ルミナ歯研          03-5640-1123    東京都江東区亀戸6-56-15                 lab@lumina-shiken.co.jp

※支払サイトはいずれも月末締め翌月末払いです。
""" + SIG_MURASE,
        "entities": [],
        "detectors": [],
        "note": "a directory of six dental-lab companies with switchboards, office addresses and order desks: businesses, not people",
    },
    {
        "id": "dental-009",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": [
            "株式会社東和デンタルラボ <order@towa-dental-lab.co.jp>",
            "有限会社ミナト技研 <info@minato-giken.jp>",
            "デンタルアート工房 <juchu@dentalart-kobo.com>",
        ],
        "subject": "【ご案内】技工委託料金の改定に関する説明会（7/8）",
        "body": """技工所各位

平素より大変お世話になっております。日の出産業株式会社 デンタル事業部 購買担当の堀江です。

2025年10月からの技工委託料金の改定について、下記のとおり説明会を開催いたします。
ご多忙のところ恐縮ですが、ご出席いただけますようお願い申し上げます。

　日時：2025年7月8日（火）15:00〜16:30
　場所：ひのでビル 3階 会議室A（東京都新宿区西新宿3-9-14）
　内容：改定の背景、品目別の新単価（案）、納期・再製作ルール

出欠を7月1日までにご返信ください。
""" + SIG_HORIE,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing external labs put together in To: they can see each other, should have been Bcc",
    },
    {
        "id": "dental-010",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "山根 里美 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["ペイクロス 加盟店サポート <support@paycross-gw.co.jp>"],
        "subject": "電話受付分カード決済の手動オーソリ依頼",
        "body": """ペイクロス株式会社 加盟店サポート御中

お世話になっております。ひので歯科クリニック新宿院（加盟店ID：HN-22041）の山根です。
端末の通信エラーで決済が通らなかったため、手動オーソリをお願いいたします。

会員名　　：ハセガワ ノリコ
カード番号：""" + _g4(CARD_HASEGAWA, "-") + """
有効期限　：09/28
金額　　　：385,000円（一括）
伝票番号　：0612-0037

承認番号が取れましたら、このメールへのご返信でお知らせください。
""" + SIG_YAMANE,
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a patient's full credit card number and expiry mailed to the payment processor",
    },
    {
        "id": "dental-011",
        "expect": "pass",
        "charset": "cp932",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["白石歯科商店 営業部 宮内様 <miyauchi@shiraishi-shika.co.jp>"],
        "subject": "RE: お見積り（コンポジットレジン・ボンディング材）",
        "body": """白石歯科商店
宮内様

お世話になっております。堀江です。
お見積りありがとうございます。下記にて発注いたします。

注文番号：PO-HN-250611-03
　・フロアブルレジン A2 シリンジ　　20本
　・フロアブルレジン A3 シリンジ　　10本
　・1ステップ ボンディング 5mL　　　6本
納品先：ひので歯科クリニック 新宿院（いつもの住所）
希望納期：6月18日（水）午前

請求書は月末締めでまとめてお願いします。

-----Original Message-----
From: 宮内 <miyauchi@shiraishi-shika.co.jp>
Sent: Tuesday, June 10, 2025 4:52 PM
To: 堀江 聡 <s-horie@hinode-sangyo.co.jp>
Subject: お見積り（コンポジットレジン・ボンディング材）

> 品名                              単価（税別）   備考
> フロアブルレジン A2 シリンジ        2,350円      10本以上 5%引
> フロアブルレジン A3 シリンジ        2,350円      10本以上 5%引
> 1ステップ ボンディング 5mL          6,800円
> 有効期限：2025年7月10日
""" + SIG_HORIE,
        "entities": [],
        "detectors": [],
        "note": "ordinary purchase order against a supplier price list, with order number",
    },
    {
        "id": "dental-012",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "久我 俊介 <s-kuga@hinode-sangyo.co.jp>",
        "to": ["関東歯科大学附属病院 地域連携室 <renkei@kanto-dent.ac.jp>"],
        "subject": "患者紹介のご相談（下顎埋伏智歯の抜歯）",
        "body": """関東歯科大学附属病院 口腔外科
地域医療連携室 御中

いつも患者様のご紹介でお世話になっております。ひので歯科クリニック新宿院の久我です。

真壁 敏郎 様（昭和34年11月2日生、65歳男性）の右下8番水平埋伏智歯について、
貴院での抜歯をお願いしたくご相談いたします。
ご本人は2型糖尿病で近医内科に通院中で、直近のHbA1cは7.8％とのことです。
また心房細動のためワルファリンを内服されており、PT-INRは2.4前後で推移しています。
当院では出血・感染のリスクを考え、抜歯は控えております。

紹介状とパノラマX線画像は本日郵送いたしました。初診のご予約枠をご教示いただけますと幸いです。
""" + SIG_KUGA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named patient's diabetes, atrial fibrillation and medication in running text to an outside hospital",
    },
    {
        "id": "dental-013",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "山根 里美 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["SMSリンク 配信オペレーション <ops@smslink-cloud.jp>"],
        "subject": "リコールSMS 配信リスト（6月第2週分）",
        "body": """SMSリンク株式会社 配信オペレーション ご担当者様

お世話になっております。ひので歯科クリニックの山根です。
6月第2週分のリコールSMS配信リストを添付いたします（CSV、12件）。
文面はテンプレートB（「前回のご来院から6か月が経ちました」）でお願いします。
配信日時：6/13（金）10:00

よろしくお願いいたします。
""" + SIG_YAMANE,
        "attachments": [{
            "kind": "csv",
            "name": "recall_sms_20250613.csv",
            "encoding": "cp932",
            "rows": [
                ["患者番号", "氏名カナ", "携帯番号", "最終来院日", "リコール区分"],
                ["S-010233", "アサクラ タカシ", "090-1183-4420", "2024/12/09", "6M"],
                ["S-010871", "イズミダ マユ", "080-4420-7713", "2024/12/10", "6M"],
                ["S-011045", "ウエハラ ケンジ", "070-2298-0061", "2024/12/11", "6M"],
                ["S-011502", "エビナ ナナ", "090-7731-5528", "2024/12/11", "3M"],
                ["S-012118", "オオツキ ヒロシ", "080-6612-3390", "2024/12/12", "6M"],
                ["S-012640", "カミジョウ レイ", "090-5502-1184", "2024/12/13", "6M"],
                ["S-013007", "キタバタケ ミツル", "070-4419-2276", "2024/12/13", "3M"],
                ["S-013355", "クラモチ アヤ", "080-3307-6651", "2024/12/14", "6M"],
                ["S-013912", "ケンモツ ユウタ", "090-8820-4432", "2024/12/16", "6M"],
                ["S-014201", "コマツバラ リエ", "080-1146-9905", "2024/12/16", "6M"],
                ["S-014788", "サガラ ジュン", "070-6683-2217", "2024/12/17", "3M"],
                ["S-015020", "シオタニ エミ", "090-3375-8846", "2024/12/18", "6M"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) of 12 patients' kana names and mobile numbers to an SMS vendor",
    },
    {
        "id": "dental-014",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "山根 里美 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["中条 彩花 <a-nakajo@hinode-sangyo.co.jp>", "yokohama-uketsuke@hinode-sangyo.co.jp"],
        "subject": "新宿院→横浜院 転院希望の患者様リスト",
        "body": """中条さん、横浜院受付の皆さま

お疲れさまです。新宿院の山根です。
転居などで横浜院への転院を希望された患者様の一覧です。カルテは来週院内便で送ります。
初回のご連絡をお願いできますか。

氏名          電話            住所
-------------------------------------------------------------------
野々村 修     045-312-8847    神奈川県横浜市神奈川区鶴屋町2-21-5
樋渡 香織     080-5519-2033   神奈川県横浜市西区戸部本町41-8
箕輪 大介     090-2207-6618   神奈川県横浜市保土ケ谷区岩間町1-9-3
百瀬 由紀     045-401-2296    神奈川県横浜市港北区篠原町3-14-7
若狭 智之     070-1184-5530   神奈川県横浜市南区浦舟町4-46
堀之内 恵     080-7761-0082   神奈川県川崎市幸区南幸町2-33

よろしくお願いします。
山根
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "patient list sent only to internal hinode-sangyo.co.jp colleagues",
    },
    {
        "id": "dental-015",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["本社経理部 <keiri@hinode-sangyo.jp>"],
        "subject": "5月分 新宿院 売上日報まとめ",
        "body": """経理部 各位

お疲れさまです。デンタル事業部の小野寺です。
5月分の新宿院の売上をまとめました。

　保険診療（窓口負担分）　　4,812,340円
　自費診療　　　　　　　　　6,205,000円（うちインプラント 3件）
　物販（歯ブラシ・フロス等）　　318,720円
　合計　　　　　　　　　　 11,336,060円

保険請求分（5月診療分）は6月10日に請求済みです。
確定額は7月下旬の振込時にご報告します。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for internal accounting but sent to hinode-sangyo.jp (co. dropped), a look-alike of the own domain",
    },
    {
        "id": "dental-016",
        "expect": "stop",
        "charset": "cp932",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["デンタルハイジーンスタッフ 派遣課 <haken@dh-staffing.co.jp>"],
        "subject": "7月シフト表と緊急連絡先（派遣スタッフの方含む）",
        "body": """デンタルハイジーンスタッフ株式会社
派遣課 ご担当者様

いつもお世話になっております。ひので歯科クリニック横浜院の中条です。
7月のシフト表をお送りします。派遣の方にもお渡しいただけますでしょうか。
急な欠勤時にスタッフ同士で連絡が取れるよう、携帯番号も入れてあります。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "docx",
            "name": "2025年7月_横浜院シフト表.docx",
            "paragraphs": ["ひので歯科クリニック 横浜院　2025年7月 勤務シフト", "※早番 8:45-17:30／遅番 11:00-19:45"],
            "tables": [[
                ["氏名", "職種", "携帯電話", "早番", "遅番", "休み"],
                ["中条 彩花", "歯科衛生士", "090-6620-3318", "1,2,8,9,15", "3,10,16", "土日"],
                ["真田 未来", "歯科衛生士", "080-3391-2740", "3,4,10,11", "1,8,15", "水日"],
                ["日下部 瞳", "歯科衛生士（派遣）", "070-5528-1196", "7,14,21", "2,9,16", "木日"],
                ["阿久津 玲奈", "歯科助手", "090-1172-8854", "1,3,5,7", "9,11,13", "金日"],
                ["廣瀬 舞", "歯科助手（派遣）", "080-9904-3361", "2,4,6,8", "10,12,14", "月日"],
                ["須賀 拓也", "受付", "070-3345-7702", "全日", "", "日祝"],
            ]],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six staff members' names and mobile numbers sent to a staffing agency",
    },
    {
        "id": "dental-017",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["風早市 中央公民館 <kominkan-chuo@city.kazahaya.lg.jp>"],
        "subject": "市民公開講座「糖尿病と歯周病の深い関係」ポスター掲示のお願い",
        "body": """風早市中央公民館 ご担当者様

お世話になっております。日の出産業株式会社 デンタル事業部の大和田です。
先日お電話でご相談いたしました市民公開講座のポスターを郵送いたしました。
館内掲示板への掲示をお願いできますでしょうか。

　講座名：「糖尿病と歯周病の深い関係 ― 歯ぐきから全身の健康を守る」
　日　時：2025年8月23日（土）14:00〜15:30
　会　場：中央公民館 2階 大会議室
　講　師：ひので歯科クリニック 院長 久我 俊介（歯科医師）
　定　員：60名（先着順・参加無料）

歯周病と血糖コントロール、認知症予防と口腔ケアなど、一般の方向けの内容です。
""" + SIG_OWADA,
        "entities": [],
        "detectors": [],
        "note": "health words (diabetes, periodontitis) in a public seminar title, not about any person",
    },
    {
        "id": "dental-018",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "山根 里美 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["日向電工健康保険組合 給付課 <kyufu@kenpo-hinata.or.jp>"],
        "subject": "返戻レセプトの資格確認について（令和7年3月診療分）",
        "body": """日向電工健康保険組合
給付課 ご担当者様

お世話になっております。ひので歯科クリニック新宿院（医療機関コード 1331124）の山根です。
資格喪失を理由に返戻となった下記レセプトについて、資格の確認をお願いいたします。

　被保険者氏名：松永 博之 様
　生年月日　　：昭和52年3月9日
　保険者番号　：06139877
　記号・番号　：1203・4587
　診療年月　　：令和7年3月
　診療内容　　：歯周病治療（スケーリング・ルートプレーニング）

ご本人からは「3月末まで在職していた」と伺っております。
資格喪失日をご教示いただけますと、再請求または患者様への請求切替を判断できます。
""" + SIG_YAMANE,
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a patient's health insurance card symbol/number with DOB and periodontal treatment sent to a health insurer",
    },
    {
        "id": "dental-019",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "須賀 拓也 <t-suga@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 新宿営業所 集荷係 <shuka-shinjuku@aoba-unyu.co.jp>"],
        "subject": "印象体の集荷依頼（6/12 午後）",
        "body": """青葉運輸 新宿営業所 集荷ご担当者様

いつもありがとうございます。ひので歯科クリニック新宿院の須賀です。
本日午後、技工所あての荷物3箱の集荷をお願いします。

　1. 東和デンタルラボ（東京都豊島区南大塚2-31-4）　伝票番号 4410-2287-0931
　2. ミナト技研（神奈川県横浜市中区山下町118-2）　伝票番号 4410-2287-0942
　3. デンタルアート工房（東京都町田市原町田4-10-6）伝票番号 4410-2287-0953

いずれも「精密品・天地無用」でお願いします。
受付は17:00まで開いております。

須賀 拓也
ひので歯科クリニック 新宿院 受付
TEL 03-5909-4410
""",
        "entities": [],
        "detectors": [],
        "note": "pickup request with tracking numbers and lab company addresses; no personal data",
    },
    {
        "id": "dental-020",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["東和デンタルラボ 受注センター <order@towa-dental-lab.co.jp>"],
        "subject": "技工指示書一覧（6/10発注分・横浜院）",
        "body": """東和デンタルラボ 受注センター御中

お世話になっております。ひので歯科クリニック横浜院の中条です。
6/10発注分の技工指示書の一覧をPDFでお送りします。模型は本日の便で発送済みです。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "pdf",
            "name": "技工指示一覧_20250610_横浜院.pdf",
            "title": "技工指示一覧",
            "lines": ["技工指示一覧　ひので歯科クリニック横浜院　発注日 2025/06/10", ""],
            "table": [
                ["No", "患者名", "年齢", "性別", "部位", "補綴物", "シェード", "納期"],
                ["1", "門倉 康弘", "58", "男", "右下6", "FMC（金銀パラ）", "-", "6/17"],
                ["2", "瀬戸口 春菜", "34", "女", "左上1", "e.max クラウン", "A1", "6/20"],
                ["3", "檜垣 宗一", "71", "男", "上顎", "総義歯（レジン床）", "A3", "6/24"],
                ["4", "朝比奈 莉子", "46", "女", "右上4-6", "ジルコニアブリッジ", "A2", "6/24"],
                ["5", "鬼塚 剛", "63", "男", "左下7", "インプラント上部構造", "A3", "6/27"],
                ["6", "仁科 友美", "29", "女", "左上2", "CAD/CAM冠", "A2", "6/17"],
                ["7", "梶山 喜代子", "80", "女", "下顎", "部分床義歯", "-", "6/27"],
            ],
        }],
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of 7 named patients with age, sex and the prosthesis/treatment each receives, to a dental lab",
    },
    {
        "id": "dental-021",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "村瀬 拓海 <t-murase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 移行チーム <migration@tsubasa-system.jp>"],
        "subject": "患者データ移行用ファイル送付（パスワード別送）",
        "body": """ツバサシステム株式会社 移行チーム ご担当者様

お世話になっております。日の出産業の村瀬です。
新宿院の患者基本情報（旧システムからのエクスポート）を添付いたします。
解凍パスワードは別メールにてお送りいたします。

ファイル：shinjuku_patients_export.zip
件数　　：約4,200件

取込テスト後、結果をご連絡ください。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "zip",
            "name": "shinjuku_patients_export.zip",
            "password": "Hn#2025shinjuku",
            "files": [{
                "kind": "csv",
                "name": "patients.csv",
                "rows": [
                    ["患者番号", "氏名", "生年月日", "電話"],
                    ["S-000102", "青柳 正", "1955/03/02", "03-3363-2214"],
                    ["S-000117", "石黒 澄子", "1962/07/19", "090-4471-0093"],
                    ["S-000125", "上杉 翼", "1990/10/30", "080-2275-6618"],
                    ["S-000131", "遠藤 真弓", "1978/01/05", "070-8812-4407"],
                    ["S-000148", "大槻 伸也", "1983/12/12", "03-3208-7751"],
                ],
            }],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) of patient data: the attachment cannot be inspected",
    },
    {
        "id": "dental-022",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["臨床インプラント支援会 事務局 <jimukyoku@shien-implant.jp>"],
        "subject": "第12回 臨床インプラント研修会 参加申込（3名）",
        "body": """臨床インプラント支援会 事務局 御中

お世話になっております。ひので歯科クリニック横浜院の中条です。
第12回研修会（9月7日・横浜）に、当院から下記3名で参加を申し込みます。

1) 久我 俊介（歯科医師）　　当日連絡先 090-4471-6628
2) 中条 彩花（歯科衛生士）　当日連絡先 090-6620-3318
3) 真田 未来（歯科衛生士）　当日連絡先 080-3391-2740

参加費（3名分 45,000円）は請求書払いでお願いできますでしょうか。
宛名は「日の出産業株式会社 デンタル事業部」でお願いします。
""" + SIG_NAKAJO,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with their mobile numbers to a seminar organiser: under five people, may warn",
    },
    {
        "id": "dental-023",
        "expect": "stop",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["空間デザイン工房 設計部 戸川様 <togawa@kukan-design.co.jp>"],
        "subject": "【社外秘】横浜第二院 開設計画（概要）",
        "body": """【社外秘】

株式会社空間デザイン工房
設計部 戸川様

お世話になっております。日の出産業デンタル事業部の小野寺です。
内装設計のご提案にあたり、当社の開設計画の概要をお伝えします。
正式発表前の情報のため、お取扱いにはご注意ください。

■横浜第二院（仮称）開設計画
　候補物件：横浜市都筑区 センター南駅徒歩3分 2階 約62坪
　ユニット数：8台（うち個室2）、CT室・オペ室あり
　投資予算：内装・設備あわせて 1億2,000万円以内
　スケジュール：2025年9月 物件契約／2026年1月 着工／2026年4月 開院

現行院（新宿・横浜）の平均ユニット稼働率や自費率は、別途NDA締結後にお渡しします。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 【社外秘】 in subject and body sent to an external design firm",
    },
    {
        "id": "dental-024",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["西新宿ビルマネジメント 管理課 <kanri@nishishinjuku-bm.co.jp>"],
        "subject": "FW: 緊急連絡網（2025年度版）",
        "body": """西新宿ビルマネジメント株式会社
管理課 ご担当者様

お世話になっております。2Fひので歯科の桐生です。
夜間・休日の設備トラブル時の連絡先をとのことでしたので、院内の連絡網を転送いたします。
上から順にご連絡いただければ幸いです。

-------- Forwarded Message --------
件名: 緊急連絡網（2025年度版）
日付: 2025年4月3日 9:12
差出人: 小野寺 健 <k-onodera@hinode-sangyo.co.jp>
宛先: shinjuku-all@hinode-sangyo.co.jp

新宿院スタッフ各位
今年度の緊急連絡網です。各自保存しておいてください。

1. 小野寺 健（事務長）
   携帯 090-4417-2203／自宅 東京都練馬区豊玉北4-18-6
2. 久我 俊介（院長）
   携帯 090-4471-6628／自宅 東京都世田谷区経堂2-30-11
3. 山根 里美（受付リーダー）
   携帯 080-2936-1057／自宅 東京都中野区鷺宮5-2-19 ハイム鷺宮202
4. 須賀 拓也（受付）
   携帯 070-3345-7702／自宅 東京都杉並区阿佐谷北1-44-3
5. 大庭 しおり（歯科衛生士）
   携帯 090-7783-2145／自宅 埼玉県和光市本町22-7
6. 稲葉 健吾（歯科医師）
   携帯 080-6104-8839／自宅 東京都新宿区北新宿4-9-1-805
7. 土門 愛（歯科助手）
   携帯 070-2217-9630／自宅 東京都豊島区要町3-51-2
""" + SIG_KIRYU,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded internal phone tree: 7 staff with mobiles and home addresses, now sent to the building manager",
    },
    {
        "id": "dental-025",
        "expect": "pass",
        "charset": "cp932",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["ミナト技研 佐々木様 <sasaki@minato-giken.jp>"],
        "subject": "RE: 再製作のご相談（6/3納品分）",
        "body": """佐々木様

お世話になっております。横浜院の中条です。
ご連絡ありがとうございます。再製作の件、承知しました。
6/20（金）午前着で結構です。費用は御社負担とのこと、ありがとうございます。

引き続きよろしくお願いいたします。
中条

差出人: 佐々木 <sasaki@minato-giken.jp>
送信日時: 2025年6月11日 18:04
宛先: 中条 彩花 <a-nakajo@hinode-sangyo.co.jp>
件名: 再製作のご相談（6/3納品分）

中条様

6/3に納品した下記の件、コンタクトがきついとのご指摘を受け確認しました。
当方の模型調整ミスのため、無償で再製作させていただきます。

  患者名：千葉 恭子 様（52歳・女性）
  部位　：右上6　補綴物：ジルコニアクラウン　シェード：A3
  診療予約：6/23（月）15:00 と伺っております

有限会社ミナト技研　佐々木 亮
TEL 045-231-7760
""",
        "entities": [],
        "detectors": [],
        "note": "the patient details are only in the quoted mail from the lab, which already has them; new text is a short reply",
    },
]

# ---------------------------------------------------------------- 026–050
MESSAGES += [
    {
        "id": "dental-026",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "久我 俊介 <s-kuga@hinode-sangyo.co.jp>",
        "to": ["清涼会病院 歯科口腔外科 外来 <koku-geka@seiryokai-hp.or.jp>"],
        "subject": "ご紹介患者様の件（輸血に関するご意向について）",
        "body": """清涼会病院 歯科口腔外科
ご担当の先生

いつもお世話になっております。ひので歯科クリニック新宿院の久我です。
来週ご紹介予定の嶋村 加奈子 様（42歳）について、事前にお伝えしておきたいことがございます。

ご本人はエホバの証人の信者で、信仰上の理由から輸血（自己血を含む）を
一切希望されないとのことです。下顎の嚢胞摘出術に際し、同意書の取り扱いなど
ご配慮いただけますでしょうか。ご本人も「事前に病院に伝えてほしい」とのことでした。

紹介状は6月16日の受診時にご本人が持参されます。
""" + SIG_KUGA,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named patient's religion and planned surgery in running text to an outside hospital",
    },
    {
        "id": "dental-027",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["デンタルキャリアエージェント 河本様 <kawamoto@dentalcareer-agent.jp>"],
        "subject": "内定者5名の入職手続きについて",
        "body": """株式会社デンタルキャリアエージェント
河本様

お世話になっております。日の出産業 デンタル事業部の桐生です。
ご紹介いただいた方のうち、下記5名に内定を出しました。
入職前の書類（雇用契約書・誓約書）を各自へ送付したいので、連絡先に誤りがないか
ご確認いただけますでしょうか。

・大迫 さくら（平成12年2月8日生）歯科衛生士
　携帯 090-3381-2264 ／ sakura.osako0208@gmail.com
・国分 啓太（平成9年10月21日生）歯科技工士
　携帯 080-7723-1108 ／ k.kokubu1021@yahoo.co.jp
・立花 沙織（平成13年5月30日生）歯科衛生士
　携帯 070-6619-3057 ／ saori_t530@icloud.com
・南雲 七海（平成14年1月17日生）歯科助手
　携帯 090-2204-8816 ／ nanami.nagumo@outlook.jp
・早瀬 翔（平成10年7月3日生）受付
　携帯 080-1156-9942 ／ hayase.sho73@gmail.com

紹介手数料の請求書は入職確定後にお送りください。
""" + SIG_KIRYU,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of five hires with DOB, mobile and personal e-mail to a recruiting agency",
    },
    {
        "id": "dental-028",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "Satoshi Horie <s-horie@hinode-sangyo.co.jp>",
        "to": ["Nordvik Dental Order Desk <orders@nordvik-dental.se>"],
        "subject": "PO HS-2025-0417 - shipment delay",
        "body": """Dear Ms. Lindqvist,

Thank you for your message of 9 June.

We understand that the titanium abutments (REF NV-AB4510, qty 40) on our purchase
order HS-2025-0417 will ship on 27 June instead of 13 June. Could you please split the
shipment and send the healing caps (REF NV-HC3020, qty 60) now, as they are in stock?

Please keep the delivery address and the incoterms (DAP Tokyo) unchanged, and send the
revised proforma invoice to this address. Our customs broker will reference AWB
176-48823015 for the first part.
""" + SIG_HORIE_EN + "\n" + DISCLAIMER_EN,
        "entities": [],
        "detectors": [],
        "note": "English supplier mail with PO, REF codes, AWB number and a standard confidentiality disclaimer",
    },
    {
        "id": "dental-029",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "ひので歯科クリニック 新宿院 <s-yamane@hinode-sangyo.co.jp>",
        "to": [
            "nishizono.h@gmail.com",
            "m-yuasa_77@yahoo.co.jp",
            "kaoru.tsutsumi@icloud.com",
            "rinrin.0412@docomo.ne.jp",
            "t.shibasaki@outlook.jp",
        ],
        "subject": "定期検診のお知らせ（ひので歯科クリニック）",
        "body": """患者様各位

いつもひので歯科クリニック新宿院をご利用いただき、ありがとうございます。
前回の定期検診から6か月が経過いたしました。
お口の健康維持のため、ご都合のよい日時でご予約をお取りください。

ご予約：03-5909-4410（受付時間 9:30〜19:00、木・日祝休診）
WEB予約：https://www.hinode-sangyo.co.jp/dental/yoyaku

※本メールは送信専用アドレスではありません。ご不明点はお気軽にご返信ください。
""" + SIG_YAMANE,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "recall notice to five patients' private addresses all in To: each sees the others' addresses",
    },
    {
        "id": "dental-030",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["白石歯科商店 営業部 <eigyo@shiraishi-shika.co.jp>"],
        "subject": "下期 消耗品のお見積り依頼",
        "body": """白石歯科商店 営業部 御中

いつもお世話になっております。日の出産業 デンタル事業部 購買の堀江です。
下期（10月〜3月）の消耗品について、添付の品目・数量でお見積りをお願いいたします。
新宿院・横浜院の2拠点納品です。回答期限は6月27日（金）でお願いします。
""" + SIG_HORIE,
        "attachments": [{
            "kind": "xlsx",
            "name": "2025下期_消耗品見積依頼.xlsx",
            "sheets": {
                "見積依頼": [
                    ["2025年度下期 消耗品見積依頼　日の出産業株式会社 デンタル事業部"],
                    ["品目", "メーカー品番", "JANコード", "規格", "新宿院", "横浜院", "単位"],
                    ["グローブ ニトリル M", "NG-2210M", "4987654321098", "100枚/箱", 240, 180, "箱"],
                    ["グローブ ニトリル S", "NG-2210S", "4987654321104", "100枚/箱", 120, 150, "箱"],
                    ["エプロン（紙）", "PA-500", "4912345678904", "500枚/箱", 12, 10, "箱"],
                    ["サクションチップ", "ST-100", "4901234567894", "100本/袋", 60, 45, "袋"],
                    ["印象材 アルジネート", "AL-ME1", "4978901234567", "500g", 80, 60, "袋"],
                ],
                "納品先": [
                    ["拠点", "住所", "受取時間"],
                    ["新宿院", "東京都新宿区西新宿3-9-14 ひのでビル2F", "9:30-18:00"],
                    ["横浜院", "神奈川県横浜市西区高島2-6-32 横浜東口ビル5F", "9:30-18:00"],
                ],
            },
        }],
        "entities": [],
        "detectors": [],
        "note": "XLSX of product codes, JAN codes and quantities plus the clinics' delivery addresses",
    },
    {
        "id": "dental-031",
        "expect": "stop",
        "charset": "cp932",
        "sender": "佐伯 瑞穂 <soudan@hinode-sangyo.co.jp>",
        "to": ["ひかりコールセンター 運用リーダー 安西様 <anzai@callcenter-hikari.co.jp>"],
        "subject": "【対応注意】特定の患者様に関するお問い合わせ対応について",
        "body": """株式会社ひかりコールセンター
運用リーダー 安西様

いつも予約受付業務でお世話になっております。ひので歯科クリニックの佐伯です。
至急、オペレーターの皆様に周知をお願いしたい件がございます。

患者番号 S-018834 の宮坂 紗英 様（携帯 080-4432-9917）は、配偶者からのDV被害を受けて
現在別居・避難中で、住所を知られないよう支援措置を受けておられるとのことです。
夫を名乗る男性から「妻の予約日を教えてほしい」という電話が先週2回ありました。

今後、ご本人以外から同様の問い合わせがあっても、来院の有無も含め一切お答えせず、
「お答えできません」とだけお伝えください。ご本人への折り返しも上記携帯のみでお願いします。
""" + SIG_SAEKI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named patient identified as a domestic-violence victim (crime victimisation) sent to the call-centre contractor",
    },
    {
        "id": "dental-032",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["加藤税理士事務所 <office@kato-tax.jp>"],
        "subject": "5月分 診療報酬集計表の送付",
        "body": """加藤税理士事務所
加藤先生

お世話になっております。日の出産業デンタル事業部の小野寺です。
5月分の診療報酬集計表を添付いたします。月次試算表の作成にお使いください。
社保・国保の内訳と、自費の入金一覧をシートに分けています。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{"kind": "corrupt", "name": "2025年5月_診療報酬集計.xlsx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "dental-033",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["本社人事部 給与グループ <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "年末調整 個人番号未登録者の件（デンタル事業部2名）",
        "body": """給与グループ ご担当者様

お疲れさまです。デンタル事業部総務の桐生です。
個人番号の未登録者としてご連絡いただいた2名について、本人から番号カードの写しを
受け取りましたので、番号をお知らせします。写しは総務の金庫で保管しております。

　高垣 遼（社員番号 D-0412）　個人番号 """ + _g4(MN_TAKAGAKI) + """
　芹沢 真央（社員番号 D-0438）個人番号 """ + _g4(MN_SERIZAWA) + """

システム登録後、写しはシュレッダー処理してよいかご指示ください。
""" + SIG_KIRYU,
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "My Numbers sent only to the internal payroll team at hinode-sangyo.co.jp",
    },
    {
        "id": "dental-034",
        "expect": "stop",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["川崎電機 医用機器サービス課 <med-service@kawasaki-denki.com>"],
        "subject": "パノラマX線装置 定期点検日程のご相談",
        "body": """川崎電機株式会社
医用機器サービス課 ご担当者様

お世話になっております。日の出産業デンタル事業部の小野寺です。
新宿院に設置しているパノラマX線装置（KD-PX7、製造番号 PX7-18-02271）の
年次定期点検について、日程のご相談です。

休診日の木曜であれば終日対応可能です。候補：7/3、7/10、7/17
作業時間と、当日の立会いが必要かどうかもお知らせください。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.com instead of partner kawasaki-denki.co.jp: TLD-swap look-alike",
    },
    {
        "id": "dental-035",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 福祉輸送課 <fukushi@aoba-unyu.co.jp>"],
        "subject": "訪問歯科 送迎対象者リスト（6月分）",
        "body": """青葉運輸株式会社 福祉輸送課 御中

いつもお世話になっております。ひので歯科クリニック横浜院の中条です。
6月の訪問歯科（外来送迎分）の対象者リストです。Excelから貼り付けたので
タブ区切りになっています。配車表の作成をお願いいたします。

氏名	住所	電話	備考
荻野 トシ子	神奈川県横浜市港北区菊名6-12-3	045-401-7726	車椅子、リフト車希望
加納 勇	神奈川県横浜市神奈川区白楽100-4	045-432-1180	要介護3、杖歩行
新堀 フミ	神奈川県横浜市西区西戸部町2-181	045-231-5592	認知症あり、家族同乗
武藤 清	神奈川県横浜市保土ケ谷区峰岡町1-7-15	090-1198-3324	人工透析（月水金）のため火木のみ
米倉 ハル	神奈川県横浜市南区六ツ川3-77-2	045-712-6631	片麻痺、介助1名
小堀 昭三	神奈川県横浜市港南区上大岡西2-9-30	080-4456-2219	酸素ボンベ携行

ご不明点はお電話ください。
""" + SIG_NAKAJO,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of 6 elderly patients with addresses, phones and disability/illness notes to a transport company",
    },
    {
        "id": "dental-036",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["東和デンタルラボ 営業 森様 <mori@towa-dental-lab.co.jp>"],
        "cc": ["白石歯科商店 宮内様 <miyauchi@shiraishi-shika.co.jp>"],
        "subject": "ジルコニアディスクの支給について（三者確認）",
        "body": """東和デンタルラボ 森様
（cc：白石歯科商店 宮内様）

お世話になっております。日の出産業の堀江です。
先日の打合せのとおり、7月発注分からジルコニアディスクを当社支給とします。

・品目：高透光ジルコニアディスク 98mm × 14mm（A2/A3）
・数量：月20枚程度
・流れ：白石歯科商店様 → 東和デンタルラボ様へ直送（納品書は当社宛）
・技工料：材料費相当分を差し引いた単価で請求いただく

初回の直送は7/4（金）を予定しています。宮内様、手配をお願いいたします。
""" + SIG_HORIE,
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way mail with two external organisations in To/Cc; no personal data",
    },
    {
        "id": "dental-037",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["白石歯科商店 宮内様 <miyauchi@shiraishi-shika.co.jp>"],
        "subject": "来期の取引条件についての資料",
        "body": """白石歯科商店
宮内様

お世話になっております。堀江です。
来期の取引条件について、打合せ前に資料をお送りします。
お目通しいただければ幸いです。
""" + SIG_HORIE,
        "attachments": [{
            "kind": "docx",
            "name": "来期取引条件_検討メモ.docx",
            "page_header": "部外秘",
            "paragraphs": [
                "仕入先別 取引条件の見直し方針（案）　購買担当 作成",
                "1. 白石歯科商店：年間購入額 約3,800万円。競合2社の見積比較で平均7％高い。",
                "   → 5％値下げを要求。応じない場合は印象材・グローブを富士見デンタルサプライへ移管。",
                "2. 支払サイト：現行60日 → 90日への延長を打診。",
                "3. 交渉の落としどころ：値下げ3％＋配送無料化。",
            ],
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attachment's page header is stamped 部外秘 (internal negotiation memo) though the mail body is harmless",
    },
    {
        "id": "dental-038",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["なかの行政書士事務所 <info@gyosei-nakano.jp>"],
        "subject": "在留期間更新申請の書類準備について（当社歯科助手1名）",
        "body": """なかの行政書士事務所
中野先生

お世話になっております。日の出産業デンタル事業部の桐生です。
当社で歯科助手として勤務している外国籍スタッフの在留期間更新について、
申請取次をお願いしたくご連絡いたしました。

　氏名：NGUYEN THI LAN（グエン・ティ・ラン）
　生年月日：1998年4月17日
　在留カード番号：UH48213579JA
　在留資格：特定技能1号　在留期限：2025年9月30日
　住所：東京都新宿区大久保2-27-8 サンハイツ大久保305

雇用契約書と給与明細の写しは来週郵送いたします。
必要書類の一覧をいただけますと助かります。
""" + SIG_KIRYU,
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an employee's residence card number with DOB and address to an outside immigration lawyer",
    },
    {
        "id": "dental-039",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["北野小学校 保健室 <hoken@kitano-es.kazahaya.ed.jp>"],
        "subject": "令和7年度 歯科健康診断 実施日程のご確認",
        "body": """風早市立北野小学校
養護教諭 先生

いつもお世話になっております。日の出産業デンタル事業部の大和田です。
今年度の歯科健康診断の日程について、先日のお電話の内容を確認させてください。

　5月20日（火）　9:00〜11:30　1年・2年
　5月21日（水）　9:00〜11:30　3年・4年
　5月27日（火）　9:00〜12:00　5年・6年・特別支援学級
　予備日　　　　6月3日（火）

学校医は久我、補助に歯科衛生士2名が伺います。
健診票は4月25日までに学校へお届けします。保健室の机・照明の配置は昨年と同じでお願いします。
""" + SIG_OWADA,
        "entities": [],
        "detectors": [],
        "note": "schedule dates that are not birth dates, sent to one school",
    },
    {
        "id": "dental-040",
        "expect": "stop",
        "charset": "cp932",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 新宿支店 法人営業課 <shinjuku-hojin@midori-ginko.co.jp>"],
        "subject": "給与振込口座の登録依頼（新規入職者6名）",
        "body": """みどり銀行 新宿支店 法人営業課 御中

いつもお世話になっております。日の出産業株式会社 デンタル事業部の桐生です。
7月支給分から、新規入職者6名の給与振込を開始いたします。
振込先口座の一覧を添付しますので、総合振込の登録をお願いいたします。
""" + SIG_KIRYU,
        "attachments": [{
            "kind": "xls",
            "name": "給与振込口座_新規6名.xls",
            "sheets": {
                "口座一覧": [
                    ["社員番号", "氏名", "フリガナ", "銀行名", "支店名", "種別", "口座番号"],
                    ["D-0451", "織部 千夏", "オリベ チナツ", "みどり銀行", "川崎支店", "普通", "3318027"],
                    ["D-0452", "大迫 さくら", "オオサコ サクラ", "東都信用金庫", "中野支店", "普通", "0724415"],
                    ["D-0453", "国分 啓太", "コクブ ケイタ", "みどり銀行", "新宿支店", "普通", "5502913"],
                    ["D-0454", "立花 沙織", "タチバナ サオリ", "ゆうちょ銀行", "〇一八店", "普通", "8821046"],
                    ["D-0455", "南雲 七海", "ナグモ ナナミ", "さくら台銀行", "横浜駅前支店", "普通", "1190374"],
                    ["D-0456", "早瀬 翔", "ハヤセ ショウ", "みどり銀行", "高円寺支店", "普通", "6637281"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of six employees' personal bank accounts sent to the (partner) bank: external list of people",
    },
    {
        "id": "dental-041",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "村瀬 拓海 <t-murase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "オンライン請求 送信エラー（E-3021）の照会",
        "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業の村瀬です。
新宿院のレセコンからのオンライン請求で、送信時にエラーが出ております。

　医療機関コード：13-3112-4（歯科）
　請求年月　　　：令和7年5月診療分
　受付番号　　　：202506100041
　件数／点数　　：1,284件／1,906,552点
　エラーコード　：E-3021（証明書有効期限）
　端末シリアル　：4471 2093 8816 0057
　ライセンスキー：HSDK-7731-0942-5519

電子証明書の更新手順をご案内いただけますでしょうか。請求期限が6/10のため、至急で恐縮です。
""" + SIG_MURASE,
        "entities": [],
        "detectors": [],
        "note": "institution code, 12-digit receipt number, serials and licence key look like IDs but are not personal data",
    },
    {
        "id": "dental-042",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["ほしぞら訪問看護ステーション 所長 <shocho@hoshizora-kango.jp>"],
        "subject": "訪問歯科 新規対象者のご連絡（5名）",
        "body": """ほしぞら訪問看護ステーション
所長 様

いつもお世話になっております。ひので歯科クリニック横浜院の中条です。
7月から訪問歯科を開始する方のうち、貴ステーションをご利用中の5名の情報です。
口腔ケアの連携をお願いいたします。

【1】八重樫 タミ（昭和11年3月5日生）
　住所：神奈川県横浜市西区浅間町4-340-12
　連絡先：長女 八重樫 真理 様 090-6612-0458
　既往：脳梗塞後遺症、嚥下機能低下

【2】宍戸 誠一（昭和16年9月19日生）
　住所：神奈川県横浜市神奈川区六角橋2-8-11
　連絡先：妻 宍戸 和子 様 045-481-3392
　既往：パーキンソン病、誤嚥性肺炎の既往

【3】大日向 キミエ（昭和8年12月1日生）
　住所：神奈川県横浜市保土ケ谷区星川1-22-6
　連絡先：045-331-7740
　既往：アルツハイマー型認知症

【4】能登 昌平（昭和20年6月27日生）
　住所：神奈川県横浜市西区久保町18-3
　連絡先：長男 能登 浩 様 080-3319-2274
　既往：糖尿病、右下肢切断

【5】湯浅 ミツ（昭和13年2月14日生）
　住所：神奈川県横浜市南区永田東2-5-9
　連絡先：045-714-6603
　既往：関節リウマチ
""" + SIG_NAKAJO,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one block per person: 5 patients' DOB, address, family phone and medical history to a visiting-nurse station",
    },
    {
        "id": "dental-043",
        "expect": "pass",
        "charset": "cp932",
        "sender": "須賀 拓也 <t-suga@hinode-sangyo.co.jp>",
        "to": ["ひかりタクシー 配車センター <haisha@hikari-taxi.co.jp>"],
        "subject": "6/18 送迎タクシーの予約",
        "body": """ひかりタクシー 配車センター御中

いつもお世話になっております。ひので歯科クリニック新宿院の須賀です。
下記のとおりお迎えの配車をお願いいたします（料金は当院でチケット精算）。

　日時　　：6月18日（水）14:10 お迎え
　お客様　：今泉 キヨ 様
　お迎え先：東京都中野区弥生町4-22-9
　ご連絡先：03-3372-5508
　行き先　：ひので歯科クリニック 新宿院（西新宿3-9-14 ひのでビル）

ご高齢のため、乗降時にお声がけいただけますと助かります。

須賀 拓也（ひので歯科クリニック 新宿院 受付）
TEL 03-5909-4410
""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one customer's name, address and phone for a taxi pickup: a single person's record, may warn",
    },
    {
        "id": "dental-044",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "Ken Onodera <k-onodera@hinode-sangyo.co.jp>",
        "to": ["Tabi Bridge Corporate Travel <corporate@tabi-bridge.com>"],
        "subject": "Flight booking: Seoul Implant Symposium (Sep 11-14)",
        "body": """Dear Ms. Park,

Please book the following for our two dentists attending the Seoul Implant Symposium.

  Route: HND -> GMP, 11 Sep (morning), GMP -> HND, 14 Sep (evening)
  Class: Economy, aisle seats if possible

  1. KUGA SHUNSUKE   DOB 1974-08-30   Passport TR4418203  exp. 2031-02-15
  2. INABA KENGO     DOB 1988-12-04   Passport TK9027731  exp. 2029-06-07

Hotel: 3 nights near COEX, twin not needed (2 singles).
Please invoice Hinode Sangyo Co., Ltd., Dental Division.

Best regards,
Ken Onodera
Office Manager, Dental Division, Hinode Sangyo Co., Ltd.
Tel +81-3-5909-4410
""",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "passport numbers and DOBs of two employees to an outside travel agency",
    },
    {
        "id": "dental-045",
        "expect": "stop",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
        "subject": "未収金回収のご依頼（6件）",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業デンタル事業部の小野寺です。
督促状を3回送付しても入金のない自費診療の未収金について、回収のご依頼です。

氏名　　　　　生年月日　　　　　住所　　　　　　　　　　　　　　　　電話　　　　　　　　未収額
──────────────────────────────────────────────────────
荒巻　哲也　　昭和５８年４月２日　　東京都新宿区高田馬場３－２１－８　　０９０－４４２１－７７３０　　３８５，０００円
飯沼　梢　　　平成２年１１月３日　　東京都豊島区池袋本町２－９－１５　　０８０－２２０７－５５１８　　１１０，０００円
宇田川　修二　昭和４９年７月２５日　東京都練馬区桜台４－３３－２　　　　０３－３９９１－６０２４　　　２６４，０００円
榎本　理沙　　平成７年１月１９日　　東京都中野区本町６－１２－３　　　　０７０－５５０３－８８１６　　　８８，０００円
緒方　竜也　　昭和６２年９月９日　　東京都杉並区方南１－４４－７　　　　０９０－６６１７－３０４２　　４２０，０００円
貝塚　美穂　　平成４年５月３１日　　東京都渋谷区笹塚２－１８－２０　　　０８０－９９０１－２２６３　　１５４，０００円

診療明細・督促状の写しはレターパックでお送りします。着手金等のお見積りもお願いいたします。
""" + SIG_ONODERA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "full-width padded table of 6 debtors with 和暦 DOB, address and phone to a (partner) law firm",
    },
    {
        "id": "dental-046",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "Ayaka Nakajo <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["APDC Registration <registration@apdc-course.sg>"],
        "subject": "Re: Registration check - Periodontal Hands-on Course 2025",
        "body": """Dear Ms. Tan,

Thank you. I have checked the details below and they are all correct.
Please send the invoice to our office address in the signature.

Kind regards,
Ayaka Nakajo
Chief Dental Hygienist, Hinode Dental Clinic Yokohama
Hinode Sangyo Co., Ltd.
Tel +81-45-441-8620

On Tue, 10 Jun 2025 at 11:02, APDC Registration <registration@apdc-course.sg> wrote:
> Dear Ms. Nakajo,
>
> Please confirm the registration details of your team:
>
> 1. NAKAJO Ayaka    DOB 1989-05-12   mobile +81-90-6620-3318
> 2. SANADA Miku     DOB 1996-09-28   mobile +81-80-3391-2740
> 3. OBA Shiori      DOB 1993-02-03   mobile +81-90-7783-2145
> 4. KUGA Shunsuke   DOB 1974-08-30   mobile +81-90-4471-6628
> 5. INABA Kengo     DOB 1988-12-04   mobile +81-80-6104-8839
>
> Best regards,
> Grace Tan, APDC Secretariat
""",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only quoted from the organiser's own mail (\"On ... wrote:\"); new text has none",
    },
    {
        "id": "dental-047",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["デンタルキャリアエージェント 河本様 <kawamoto@dentalcareer-agent.jp>"],
        "subject": "候補者 穂積様の件",
        "body": """河本様

お世話になっております。桐生です。
ご紹介いただいた歯科技工士の穂積 大地さん（34歳）の件でご相談です。

二次面接の際、ご本人から「5年前に傷害事件で逮捕され、執行猶予付きの判決を受けた」
との申告がありました。正直に話していただけたことは評価しておりますが、
院長とも相談のうえ、今回は見送らせていただく方向です。

エージェント様からご本人へのお伝え方について、一度お電話でご相談できればと思います。
""" + SIG_KIRYU,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named applicant's arrest and criminal conviction in running text to a recruiting agency",
    },
    {
        "id": "dental-048",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "山根 里美 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["デンタルクレジット 審査部 <shinsa@dental-credit.co.jp>"],
        "subject": "デンタルローン申込書類（見積書）の送付",
        "body": """株式会社デンタルクレジット 審査部 御中

お世話になっております。ひので歯科クリニック新宿院（加盟店番号 DC-0883）の山根です。
申込番号 DC-2506-3291 の見積書をPDFでお送りいたします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
""" + SIG_YAMANE,
        "attachments": [{
            "kind": "pdf",
            "name": "見積書_DC-2506-3291.pdf",
            "password": "dc3291",
            "lines": ["御見積書", "インプラント治療 一式", "合計 1,320,000円"],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF estimate cannot be inspected",
    },
    {
        "id": "dental-049",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事総務部 健康推進担当 <kenko@kitaguni-foods.co.jp>"],
        "subject": "企業歯科健診 実施医院のご案内",
        "body": """北国フーズ株式会社
人事総務部 健康推進ご担当者様

お世話になっております。日の出産業デンタル事業部の大和田です。
今年度の企業歯科健診を受診いただける医院の一覧です（HTML版もお付けしています）。

・ひので歯科クリニック 新宿院　東京都新宿区西新宿3-9-14 ひのでビル2F　03-5909-4410
・ひので歯科クリニック 横浜院　神奈川県横浜市西区高島2-6-32 横浜東口ビル5F　045-441-8620
・提携：まつば歯科医院　埼玉県川口市栄町3-11-2　048-255-6120
・提携：あおい台デンタルオフィス　千葉県船橋市本町4-2-17　047-431-9008

社員の皆様には、ご希望の医院へ直接お電話でご予約いただくようご案内ください。
""" + SIG_OWADA,
        "html": """<html><body>
<p>北国フーズ株式会社<br>人事総務部 健康推進ご担当者様</p>
<p>今年度の企業歯科健診を受診いただける医院の一覧です。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>医院名</th><th>所在地</th><th>電話</th><th>休診日</th></tr>
<tr><td>ひので歯科クリニック 新宿院</td><td>東京都新宿区西新宿3-9-14 ひのでビル2F</td><td>03-5909-4410</td><td>木・日祝</td></tr>
<tr><td>ひので歯科クリニック 横浜院</td><td>神奈川県横浜市西区高島2-6-32 横浜東口ビル5F</td><td>045-441-8620</td><td>水・日祝</td></tr>
<tr><td>まつば歯科医院（提携）</td><td>埼玉県川口市栄町3-11-2</td><td>048-255-6120</td><td>日祝</td></tr>
<tr><td>あおい台デンタルオフィス（提携）</td><td>千葉県船橋市本町4-2-17</td><td>047-431-9008</td><td>月・日</td></tr>
</table>
<p>日の出産業株式会社 デンタル事業部 大和田 恵</p>
</body></html>""",
        "entities": [],
        "detectors": [],
        "note": "list of clinics (businesses) with addresses and switchboards, text + HTML",
    },
    {
        "id": "dental-050",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "佐伯 瑞穂 <soudan@hinode-sangyo.co.jp>",
        "to": ["接遇ラボ 講師 三上様 <mikami@sekkyaku-lab.co.jp>"],
        "subject": "接遇研修用 事例スライド（ご確認用）",
        "body": """株式会社接遇ラボ
三上様

お世話になっております。ひので歯科クリニックの佐伯です。
7月の接遇研修で使う事例スライドの素案をお送りします。
実際にあったご意見をそのまま載せていますので、研修用に加工いただけますでしょうか。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "pptx",
            "name": "接遇研修_事例集_素案.pptx",
            "title": "接遇研修 事例集",
            "slides": [
                ["事例1 説明不足", "高梨 美奈子 様（090-2231-6674）", "根管治療の回数が多いことへの不満", "→ 治療計画を書面で説明していなかった"],
                ["事例2 待ち時間", "須田 光男 様（03-3388-1920）", "予約時間から45分待ち", "→ 遅延時の声かけがなかった"],
                ["事例3 電話対応", "井口 加奈 様（080-5571-3302）", "妊娠中のため麻酔について質問したが、受付で答えられず", "→ 歯科医師へ取り次ぐべきだった"],
                ["事例4 費用", "宮原 伸 様（070-3319-0087）", "インプラントの追加費用（骨造成）の説明がなかった", "→ 見積書の説明を標準化"],
                ["事例5 プライバシー", "塚本 由香 様（090-8842-1156）", "待合室で病名（歯周病）を大声で呼ばれた", "→ 呼び出しは番号制に"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTX with 5 named patients, their phones and treatment/pregnancy details to an outside trainer",
    },
]

# ---------------------------------------------------------------- 051–075
MESSAGES += [
    {
        "id": "dental-051",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["まつば歯科医院 松葉先生 <matsuba@matsuba-dental.jp>"],
        "subject": "FW: 要受診者一覧（ひばりが丘小 5・6年）",
        "body": """松葉先生

いつもお世話になっております。大和田です。
ひばりが丘小の要受診者のうち、川口市内にお住まいの児童は先生の医院が近いため、
学校から届いた一覧をそのまま転送いたします（元メールを添付しています）。
保護者から予約の電話がありましたら、ご対応をお願いいたします。
""" + SIG_OWADA,
        "attachments": [{
            "kind": "eml",
            "name": "要受診者一覧（ひばりが丘小）.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "ひばりが丘小学校 保健室 <hoken@hibarigaoka-es.kazahaya.ed.jp>",
                "to": ["大和田 恵 <m-owada@hinode-sangyo.co.jp>"],
                "subject": "要受診者一覧（5・6年）",
                "body": """日の出産業 大和田様

先日の歯科健診で要受診となった児童の一覧です。受診勧告書は配布済みです。

5年1組　飯塚 蓮　　　　う蝕（C2）3本、歯肉炎
5年2組　上野 心春　　　不正咬合（要精検）
5年2組　海老原 樹　　　う蝕（C3）1本、歯垢多量
6年1組　大河内 結菜　　顎関節の雑音・開口障害
6年1組　金城 颯太　　　う蝕（C2）5本、歯肉炎
6年3組　倉橋 芽生　　　外傷による前歯破折の疑い

ひばりが丘小学校 養護教諭 田所
""",
            },
        }],
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwarded school mail (as .eml attachment) listing 6 children by name with dental findings, to another clinic",
    },
    {
        "id": "dental-052",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "ひので歯科クリニック 新宿院 <shinjuku@hinode-sangyo.co.jp>",
        "to": ["ひので歯科クリニック 新宿院 <shinjuku@hinode-sangyo.co.jp>"],
        "bcc": [
            "hiro.nishizono@gmail.com",
            "ayumi.kanda@yahoo.co.jp",
            "s-hatakeyama@ezweb.ne.jp",
            "kotaro_m@icloud.com",
        ],
        "subject": "【ひので歯科】夏季休診のお知らせ",
        "body": """患者様各位

いつもひので歯科クリニック新宿院をご利用いただきありがとうございます。
誠に勝手ながら、下記の期間を夏季休診とさせていただきます。

　2025年8月13日（水）〜8月17日（日）

休診期間中の急患は、新宿区歯科医師会の休日診療（03-3208-xxxx ※区報をご確認ください）を
ご利用ください。8月18日（月）より通常どおり診療いたします。

ひので歯科クリニック 新宿院
TEL 03-5909-4410
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "patients are in Bcc (cannot see each other); a plain closure notice",
    },
    {
        "id": "dental-053",
        "expect": "stop",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["デンタルハイジーンスタッフ 派遣課 <haken@dh-staffing.co.jp>"],
        "subject": "派遣スタッフ受入れ時の配慮事項について",
        "body": """デンタルハイジーンスタッフ株式会社
派遣課 ご担当者様

お世話になっております。日の出産業デンタル事業部の小野寺です。
来月から新宿院に来ていただく派遣の方に、事前にお伝えいただきたいことがございます。

受付の早乙女 誠さんは聴覚障害があり（身体障害者手帳4級をお持ちです）、
補聴器を使用しています。業務上の連絡は、正面から話しかけるか、院内チャットや
筆談ボードを使うようお願いしております。ご本人の了解は得ております。

派遣の方がとまどわないよう、初日のオリエンテーションでも説明する予定です。
""" + SIG_ONODERA,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's hearing disability and disability certificate grade sent to a staffing agency",
    },
    {
        "id": "dental-054",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人 藤本事務所 久保様 <kubo@sr-fujimoto.jp>"],
        "subject": "退職者の資格喪失手続き（1名）",
        "body": """久保様

いつもお世話になっております。桐生です。
6月20日付で退職する歯科医師1名の資格喪失手続きをお願いいたします。

　氏名：蔵本 直樹
　生年月日：1986年1月30日
　基礎年金番号：4310-582917
　雇用保険被保険者番号：5012-448213-6
　退職日：2025年6月20日（離職理由：自己都合）

離職票はご本人が希望されています。健康保険証は回収済みです。
""" + SIG_KIRYU,
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's basic pension number with DOB sent to an outside labour consultant",
    },
    {
        "id": "dental-055",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
        "subject": "企業歯科健診 ご請求書の送付（INV-D-2506-012）",
        "body": """北国フーズ株式会社 経理部 御中

いつもお世話になっております。日の出産業デンタル事業部の大和田です。
5月実施の企業歯科健診（本社事業所）のご請求書をお送りいたします。
お支払期日は7月31日です。ご査収のほどよろしくお願いいたします。
""" + SIG_OWADA,
        "attachments": [{
            "kind": "pdf",
            "name": "請求書_INV-D-2506-012.pdf",
            "title": "請求書",
            "lines": [
                "請 求 書",
                "北国フーズ株式会社 御中　　　　　　請求番号 INV-D-2506-012　発行日 2025年6月13日",
                "日の出産業株式会社　登録番号 T7010401083421",
                "東京都新宿区西新宿3-9-14 ひのでビル　TEL 03-5909-4400",
                "",
                "件名：企業歯科健診（2025年5月実施・本社事業所）",
                "歯科健診　48名 × 3,300円 ＝ 158,400円",
                "消費税（非課税）　0円",
                "ご請求金額　158,400円",
                "",
                "お振込先：みどり銀行 新宿支店 普通 4021587　ヒノデサンギヨウ（カ",
            ],
        }],
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "PDF invoice with the company's T-number and company bank account; head count only, no people",
    },
    {
        "id": "dental-056",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事総務部 健康推進担当 <kenko@kitaguni-foods.co.jp>"],
        "subject": "歯科健診結果データ（本社事業所・5月実施分）",
        "body": """北国フーズ株式会社
人事総務部 健康推進ご担当者様

お世話になっております。大和田です。
5月に実施した歯科健診の個人別結果をCSV（UTF-8）でお送りします。
要精検・要治療の方には個人宛の結果票も郵送いたします。
""" + SIG_OWADA,
        "attachments": [{
            "kind": "csv",
            "name": "kitaguni_dental_2025_honsha.csv",
            "encoding": "utf-8",
            "rows": [
                ["社員番号", "氏名", "生年月日", "判定", "所見"],
                ["K10233", "赤城 直人", "1979-04-11", "B", "歯石沈着"],
                ["K10412", "伊吹 紗希", "1991-08-26", "A", "異常なし"],
                ["K10588", "潮田 修", "1968-02-03", "D", "中等度歯周炎・要治療"],
                ["K10603", "江口 美樹", "1985-11-15", "C", "う蝕（左下6）要治療"],
                ["K10721", "大鷹 亘", "1972-06-30", "D", "重度歯周炎・動揺歯あり"],
                ["K10855", "笠原 千里", "1994-01-22", "B", "歯肉炎"],
                ["K10902", "北条 慎一", "1960-09-09", "C", "義歯不適合"],
                ["K11047", "工藤 麻友", "1998-03-17", "A", "異常なし"],
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of 8 employees' names, DOBs and dental check-up findings to the client company",
    },
    {
        "id": "dental-057",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 新宿支店 <shinjuku-hojin@rnidori-ginko.co.jp>"],
        "subject": "口座振替依頼書の送付について",
        "body": """みどり銀行 新宿支店 法人営業課 御中

いつもお世話になっております。日の出産業デンタル事業部の小野寺です。
リース料の口座振替について、依頼書の原本を本日郵送いたしました。
引落口座は当社名義の新宿支店 普通預金口座です。
初回引落は8月27日の予定と伺っておりますが、相違ございませんでしょうか。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "rnidori-ginko.co.jp ('rn' for 'm') is a homoglyph look-alike of partner midori-ginko.co.jp",
    },
    {
        "id": "dental-058",
        "expect": "pass",
        "charset": "cp932",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["ミナト技研 佐々木様 <sasaki@minato-giken.jp>"],
        "subject": "6/27 ラボ見学の参加者について",
        "body": """ミナト技研
佐々木様

お世話になっております。横浜院の中条です。
6/27（金）のラボ見学、下記4名で伺います。駐車場は1台分お借りできれば幸いです。

　久我 俊介（院長）　　　携帯 090-4471-6628
　中条 彩花　　　　　　　携帯 090-6620-3318
　日下部 瞳　　　　　　　携帯 070-5528-1196
　国分 啓太（技工士）　　携帯 080-7723-1108

当日は14時に到着予定です。遅れる場合は上記携帯からご連絡します。
""" + SIG_NAKAJO,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four visitors with mobile numbers to the lab they visit: 1–4 people, may warn",
    },
    {
        "id": "dental-059",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["サンライズデンテック 営業部 <eigyo@sunrise-dentech.co.jp>"],
        "subject": "技工委託基本契約書（ドラフト）送付",
        "body": """株式会社サンライズデンテック
営業部 ご担当者様

先日はお打ち合わせありがとうございました。日の出産業の堀江です。
新規お取引にあたっての技工委託基本契約書のドラフトを添付いたします。
ご意見を6月末までにいただけますと幸いです。
""" + SIG_HORIE,
        "attachments": [{
            "kind": "pdf",
            "name": "技工委託基本契約書_draft_v2.pdf",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Dental Division",
            "lines": [
                "技工委託基本契約書（案）",
                "第1条（目的）甲は乙に対し、歯科技工物の製作を委託し、乙はこれを受託する。",
                "第4条（委託料）別紙単価表による。FMC 8,200円、e.max 18,500円、ジルコニア 21,000円。",
                "第7条（再製作）乙の責による不適合は、納品後3か月以内無償で再製作する。",
                "第12条（秘密保持）甲乙は本契約に関し知り得た患者情報を第三者に開示しない。",
            ],
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF contract draft carries a CONFIDENTIAL footer on every page, sent to a prospective lab",
    },
    {
        "id": "dental-060",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["セキュアシュレッド 回収センター <kaishu@secure-shred.co.jp>"],
        "subject": "機密文書回収ボックスの回収日変更のお願い",
        "body": """株式会社セキュアシュレッド 回収センター御中

いつもお世話になっております。日の出産業株式会社 デンタル事業部の桐生です。
新宿院（ひのでビル2F）の機密文書回収ボックスについて、7月の回収日を変更したく
ご連絡いたしました。

　現行：毎月第2木曜
　変更希望：7月は7月17日（木）にお願いできますでしょうか

溶解処理証明書は従来どおり総務課宛にお送りください。
""" + SIG_KIRYU,
        "entities": [],
        "detectors": [],
        "note": "機密 used only in the name of a document-shredding service; no marking, no personal data",
    },
    {
        "id": "dental-061",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川様 <shirakawa@shirakawa-law.jp>"],
        "subject": "スタッフ間のハラスメント事案についてご相談",
        "body": """白川先生

いつもお世話になっております。日の出産業デンタル事業部の小野寺です。
横浜院で発生したハラスメント事案について、対応方針のご相談です。

歯科助手の玄 美里さん（26歳）が、先輩の歯科衛生士から、在日韓国人三世であることを
理由に「国に帰れ」などの発言を繰り返し受けていたと、内部窓口に申告がありました。
ご本人は出自が他のスタッフに広まることを強く懸念されています。

加害者とされるスタッフへのヒアリングの進め方と、懲戒の可否について
ご助言をいただけますでしょうか。来週前半でお時間をいただければ幸いです。
""" + SIG_ONODERA,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's ethnic origin in running text to an outside law firm",
    },
    {
        "id": "dental-062",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "村瀬 拓海 <t-murase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 移行チーム <migration@tsubasa-system.jp>"],
        "subject": "旧レセコンからの移行データ（横浜院・サンプル）",
        "body": """ツバサシステム 移行チーム ご担当者様

お世話になっております。村瀬です。
横浜院の移行テスト用サンプルをZIPで送ります（パスワードなし）。
患者基本と保険情報の2ファイルです。文字コードはShift_JISです。
""" + SIG_MURASE,
        "attachments": [{
            "kind": "zip",
            "name": "yokohama_sample.zip",
            "files": [
                {
                    "kind": "csv",
                    "name": "kanja_kihon.csv",
                    "encoding": "cp932",
                    "rows": [
                        ["患者番号", "氏名", "カナ", "生年月日", "電話", "住所"],
                        ["Y-20011", "綾部 正和", "アヤベ マサカズ", "S45.07.18", "045-453-2281", "神奈川県横浜市港北区大豆戸町512-3"],
                        ["Y-20014", "五十嵐 瞳", "イガラシ ヒトミ", "H03.02.27", "090-6672-1138", "神奈川県横浜市神奈川区反町3-22-1"],
                        ["Y-20019", "鵜飼 浩平", "ウカイ コウヘイ", "S61.11.03", "080-2245-6690", "神奈川県横浜市西区宮崎町41"],
                        ["Y-20023", "蝦名 千春", "エビナ チハル", "H10.05.09", "070-4413-2078", "神奈川県横浜市保土ケ谷区和田2-8-5"],
                        ["Y-20030", "小田切 勲", "オダギリ イサオ", "S28.01.30", "045-331-0472", "神奈川県横浜市旭区鶴ケ峰1-30-12"],
                        ["Y-20037", "柏木 奈央", "カシワギ ナオ", "H07.09.14", "090-1127-8836", "神奈川県横浜市南区井土ケ谷中町77"],
                    ],
                },
                {
                    "kind": "csv",
                    "name": "hoken.csv",
                    "encoding": "cp932",
                    "rows": [
                        ["患者番号", "保険者番号", "記号", "番号", "本人家族"],
                        ["Y-20011", "06270144", "3051", "118", "本人"],
                        ["Y-20014", "01134568", "神奈川2", "40712", "家族"],
                        ["Y-20019", "39130521", "", "0084421", "本人"],
                        ["Y-20023", "06139877", "1203", "5521", "本人"],
                        ["Y-20030", "39130521", "", "0071196", "本人"],
                        ["Y-20037", "06270144", "3051", "204", "家族"],
                    ],
                },
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "plain ZIP of two CSVs: 6 patients' DOB, phone, address and health insurance card numbers to a vendor",
    },
    {
        "id": "dental-063",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "稲葉 健吾 <k-inaba@hinode-sangyo.co.jp>",
        "to": ["久我 俊介 <s-kuga@hinode-sangyo.co.jp>"],
        "cc": ["shinjuku-dr@mail.hinode-sangyo.co.jp"],
        "subject": "紹介状下書きのご確認お願いします（能登様）",
        "body": """久我先生

お疲れさまです。稲葉です。
関東歯科大への紹介状の下書きです。ご確認をお願いします。

患者：能登 昌平 様（79歳）
主訴：左下の歯ぐきの腫れと痛み
既往：2型糖尿病（インスリン使用）、右下肢切断後、骨粗鬆症でビスホスホネート製剤を3年内服
所見：左下6・7部に骨露出、顎骨壊死（MRONJ）の疑い

明日の午前中に先生の署名をいただければ、午後に郵送します。
稲葉
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a patient's medical history between internal dentists (incl. mail. subdomain): internal only",
    },
    {
        "id": "dental-064",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "村瀬 拓海 <t-murase@hinode-sangyo.co.jp>",
        "to": [
            "川崎電機 医用機器営業部 <med-sales@kawasaki-denki.co.jp>",
            "ツバサシステム 鴨川様 <kamogawa@tsubasa-system.jp>",
            "matsuba.dentist@gmail.com",
        ],
        "subject": "歯科デジタル化勉強会（7/24）日程確定のご連絡",
        "body": """関係者各位

お世話になっております。日の出産業の村瀬です。
歯科デジタル化勉強会の日程が確定しましたのでご連絡します。

　日時：7月24日（木）18:30〜20:30
　会場：ひのでビル 3F 会議室A
　テーマ：CT・口腔内スキャナとレセコン連携の実際
　登壇：川崎電機様（CT）、ツバサシステム様（レセコン）、まつば歯科 松葉先生（導入事例）

資料は前日までにお送りください。
""" + SIG_MURASE,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "two partner companies and a private dentist's gmail all in To: three external parties see each other",
    },
    {
        "id": "dental-065",
        "expect": "pass",
        "charset": "cp932",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["東和デンタルラボ 営業 森様 <mori@towa-dental-lab.co.jp>"],
        "subject": "打合せ議事録（口腔内スキャナのデータ連携）",
        "body": """東和デンタルラボ
森様

先日はありがとうございました。中条です。
6/9の打合せ議事録を添付します。相違があればご指摘ください。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "docx",
            "name": "議事録_20250609_スキャナ連携.docx",
            "paragraphs": [
                "議事録　口腔内スキャナのデータ連携について",
                "日時：2025年6月9日（月）16:00-17:00　場所：横浜院 カンファレンス室",
                "出席：東和デンタルラボ 森様、当社 中条・国分",
                "1. STLデータの受け渡しはラボ側のクラウドを使用する。",
                "2. データ連携開始前に、両社間で機密保持契約（NDA）を締結する。法務確認は当社側で実施。",
                "3. 患者名はデータに含めず、当院の発注番号のみで管理する。",
                "4. 試行期間：7月1日〜9月30日。",
            ],
        }],
        "entities": [],
        "detectors": [],
        "note": "DOCX minutes that mention concluding an NDA; no stamp, no personal data",
    },
    {
        "id": "dental-066",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["みどりが丘内科クリニック 産業医 谷口先生 <taniguchi@midorigaoka-naika.jp>"],
        "subject": "定期健康診断 要再検査者の一覧（デンタル事業部）",
        "body": """みどりが丘内科クリニック
谷口先生

いつもお世話になっております。日の出産業デンタル事業部総務の桐生です。
今年の定期健康診断で要再検査・要精密検査となったスタッフの一覧です。
面談の優先順位についてご意見をいただけますでしょうか。

氏名,生年月日,所見,判定
大庭 しおり,1993/02/03,血圧 162/98,要精密
須賀 拓也,1990/07/12,ALT 88 γ-GTP 142,要再検査
土門 愛,1997/04/25,ヘモグロビン 9.8（貧血）,要精密
稲葉 健吾,1988/12/04,HbA1c 6.9,要再検査
阿久津 玲奈,1995/10/08,胸部X線 右上肺野 異常陰影,要精密

よろしくお願いいたします。
""" + SIG_KIRYU,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "comma-separated list of five staff with DOB and health-check results to an outside occupational physician",
    },
    {
        "id": "dental-067",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["風早市教育委員会 学校保健係 <gakkohoken@edu.city.kazahaya.lg.jp>"],
        "subject": "令和7年度 学校歯科健診 集計結果（市内小学校4校）",
        "body": """風早市教育委員会 学校保健係 御中

お世話になっております。大和田です。
本年度の学校歯科健診の集計結果（学年別）をお送りします。個人は含みません。

学年    受診者数   う蝕あり   未処置あり   歯肉炎   要受診率
------------------------------------------------------------
1年       412        98          61         22      19.4%
2年       398       104          57         31      21.1%
3年       405       121          66         40      24.0%
4年       391       117          58         47      25.6%
5年       420       109          49         63      27.9%
6年       403        96          41         71      28.5%

昨年度比で未処置歯のある児童は約3ポイント減少しました。
報告書（PDF）は7月中にお届けします。
""" + SIG_OWADA,
        "entities": [],
        "detectors": [],
        "note": "aggregated check-up statistics by grade: no individual children",
    },
    {
        "id": "dental-068",
        "expect": "stop",
        "charset": "cp932",
        "sender": "山根 里美 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["デンタルクレジット 審査部 <shinsa@dental-credit.co.jp>"],
        "subject": "本人確認書類の情報（申込番号 DC-2506-3318）",
        "body": """株式会社デンタルクレジット 審査部 御中

お世話になっております。ひので歯科クリニック新宿院の山根です。
申込番号 DC-2506-3318 の本人確認について、免許証の記載事項をお送りします。
画像はFAXで別途お送りしました。

　申込者氏名　：梶原 達彦
　生年月日　　：昭和63年5月14日
　住所　　　　：東京都中野区上高田3-18-4 パークハイム上高田401
　運転免許証番号：第301210456790号
　有効期限　　：令和9年6月14日まで

審査結果はお電話でご連絡ください。
""" + SIG_YAMANE,
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a patient's driver's licence number with DOB and address to a consumer-credit company",
    },
    {
        "id": "dental-069",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["東海海上火災保険 医療賠償担当 <iryobaisho@tokai-kaijo.co.jp>"],
        "subject": "医師賠償責任保険の適用可否についての事前相談",
        "body": """東海海上火災保険株式会社
医療賠償ご担当者様

いつもお世話になっております。日の出産業デンタル事業部の小野寺です。
保険適用の可否について、事前にご相談させてください。
なお、現時点では個人が特定できないよう情報を伏せております。

・患者：40代女性
・経緯：本年4月、下顎臼歯部の抜歯後に下唇のしびれが残存し、患者様から治療費等の請求の意向あり
・当院の対応：専門医療機関へ紹介済み、経過観察中
・請求見込額：未定（現時点で書面の請求なし）

正式な事故報告が必要となる時期と、必要書類をご教示いただけますでしょうか。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": [],
        "note": "clinical incident described without identifying the patient (40代女性 only): not personal data",
    },
    {
        "id": "dental-070",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "Shunsuke Kuga <s-kuga@hinode-sangyo.co.jp>",
        "to": ["Osteon Implants Clinical Support <clinical.support@osteon-implants.com>"],
        "subject": "Case consultation - implant failure, lower right molar",
        "body": """Dear Clinical Support Team,

I would like your advice on an early implant failure at our clinic.

Patient: Mr. Kenji Tabata, 58 years old
Implant: Osteon TL 4.1 x 10 mm (LOT 23K0918), placed 14 March 2025, site #46
Findings: mobility and peri-implant radiolucency at 10 weeks.

Medical history: the patient is HIV positive and has been on antiretroviral therapy
since 2016 (CD4 count 520, viral load undetectable). He is also a heavy smoker.
Could this history be related to the failure, and would you support a replacement
under your warranty?

I can send the CBCT images through your secure portal.

Best regards,
Shunsuke Kuga, DDS
Director, Hinode Dental Clinic Shinjuku
Hinode Sangyo Co., Ltd.
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named patient's HIV status and treatment in running English text to a foreign manufacturer",
    },
    {
        "id": "dental-071",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["DHジョブナビ 掲載サポート <keisai@dh-jobnavi.jp>"],
        "subject": "求人原稿（歯科衛生士・横浜院）の修正",
        "body": """DHジョブナビ 掲載サポート ご担当者様

お世話になっております。日の出産業デンタル事業部の桐生です。
掲載中の求人原稿について、下記の修正をお願いします。

【職種】歯科衛生士（正社員）
【勤務地】ひので歯科クリニック 横浜院（横浜駅東口 徒歩5分）
【給与】月給 26万円〜32万円（経験・能力を考慮）※試用期間3か月 同条件
【勤務時間】9:00〜18:30（休憩90分）、土曜 9:00〜17:00
【休日】水・日・祝、夏季・年末年始、年間休日120日
【待遇】社会保険完備、交通費全額支給、制服貸与、学会参加費補助
【応募】下記の採用窓口まで、メールまたはお電話で

採用窓口：recruit-dental@hinode-sangyo.co.jp／TEL 03-5909-4412（総務 桐生）
""" + SIG_KIRYU,
        "entities": [],
        "detectors": [],
        "note": "job advertisement text with salary and the company's recruiting contact",
    },
    {
        "id": "dental-072",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": [
            "北野小学校 保健室 <hoken@kitano-es.kazahaya.ed.jp>",
            "ひばりが丘小学校 保健室 <hoken@hibarigaoka-es.kazahaya.ed.jp>",
            "みなみ台小学校 保健室 <hokenshitsu@minamidai-es.kazahaya.ed.jp>",
        ],
        "subject": "学校歯科健診 当日の準備物・動線のご確認",
        "body": """各小学校 養護教諭の先生方

いつもお世話になっております。日の出産業デンタル事業部の大和田です。
今年度の歯科健診について、各校共通のお願いをまとめてお送りします。

1. 準備物：机2台、椅子3脚、延長コード、紙コップ（1人1個）
2. 動線：待機列と健診後の列が交差しないよう、入口・出口を分けてください
3. 健診票：出席番号順に並べてクラスごとに輪ゴムでまとめてください
4. 記録係：各校から1名（先生または保健委員）

ご不明点は直通（03-5909-4418）までお願いします。
""" + SIG_OWADA,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three different schools (three external domains) in To can see each other's addresses",
    },
    {
        "id": "dental-073",
        "expect": "pass",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["加藤税理士事務所 <office@kato-tax.jp>"],
        "subject": "5月診療分 保険請求の確定値",
        "body": """加藤先生

お世話になっております。小野寺です。
先ほどお送りしたファイルが開けないとのことでしたので、本文で数字をお伝えします。

　　　　　　　　件数　　　点数　　　　　請求額
社保　　　　　　712件　　1,062,340点　　7,436,380円
国保　　　　　　468件　　　701,205点　　4,908,435円
後期高齢　　　　104件　　　143,007点　　1,287,063円
合計　　　　　1,284件　　1,906,552点　 13,631,878円

返戻：12件（うち資格関係 9件、算定要件 3件）
査定：減点 2,840点

以上、よろしくお願いいたします。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": [],
        "note": "insurance-claim (レセプト) totals by payer: counts and amounts only, no patients",
    },
    {
        "id": "dental-074",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["ミナト技研 経理 <keiri@minato-giken.jp>"],
        "subject": "5月分 技工料 支払明細の送付",
        "body": """有限会社ミナト技研 経理ご担当者様

お世話になっております。日の出産業の堀江です。
5月分の技工料の支払明細をPDFでお送りいたします。
お支払いは6月30日（月）に指定口座へお振込予定です。
""" + SIG_HORIE,
        "attachments": [{"kind": "corrupt", "name": "支払明細_202505_ミナト技研.pdf"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected",
    },
    {
        "id": "dental-075",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["細谷 まどか <madoka_hosoya@yahoo.co.jp>"],
        "subject": "面接日程のご案内（歯科衛生士 正社員）",
        "body": """細谷 まどか 様

このたびは日の出産業株式会社 デンタル事業部の求人にご応募いただき、
誠にありがとうございます。総務課の桐生と申します。

書類選考の結果、ぜひ面接にお越しいただきたくご連絡いたしました。
下記の候補からご都合のよい日時をお知らせください。

　①6月19日（木）14:00〜
　②6月21日（土）10:00〜
　③6月24日（火）16:00〜

会場：ひので歯科クリニック 横浜院（横浜市西区高島2-6-32 横浜東口ビル5F）
持ち物：歯科衛生士免許証の写し、筆記用具
""" + SIG_KIRYU,
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "interview scheduling with one applicant on free mail; only company addresses in the text",
    },
]

# ---------------------------------------------------------------- 076–100
MESSAGES += [
    {
        "id": "dental-076",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["富士見デンタルサプライ 営業 <sales@fujimi-dental-supply.co.jp>"],
        "subject": "お取引開始に向けた購入見込み品目",
        "body": """富士見デンタルサプライ株式会社
営業ご担当者様

お世話になっております。日の出産業の堀江です。
先日お話しした購入見込み品目の一覧をお送りいたします。
各品目の御社単価をご提示いただけますでしょうか。
""" + SIG_HORIE,
        "attachments": [{
            "kind": "xlsx",
            "name": "仕入価格比較_2025上期.xlsx",
            "page_header": "取扱注意",
            "sheets": {
                "比較表": [
                    ["仕入価格比較表（2025年上期）　※取扱注意　購買担当作成"],
                    ["品目", "年間数量", "白石歯科商店 単価", "A社 見積", "目標単価"],
                    ["グローブ ニトリル M", 4800, 980, 905, 880],
                    ["印象材 アルジネート", 1680, 1150, 1080, 1040],
                    ["フロアブルレジン A2", 360, 2350, 2190, 2100],
                    ["サクションチップ", 1260, 420, 399, 380],
                ],
            },
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX with a 取扱注意 page header and title, containing competitors' prices, sent to a supplier",
    },
    {
        "id": "dental-077",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["yokohama-all@hinode-sangyo.co.jp"],
        "subject": "8月シフト（確定版）と連絡先",
        "body": """横浜院スタッフ各位

お疲れさまです。中条です。8月のシフトが確定しました。
お盆期間（13〜17日）は休診です。交代希望は7/25までに私まで。

氏名　　　　　　携帯　　　　　　　　出勤日
中条 彩花　　　090-6620-3318　　　1,2,4,5,6,8,9,18-23,25-30
真田 未来　　　080-3391-2740　　　1,4,5,7,8,11,12,18-22,25-29
日下部 瞳　　　070-5528-1196　　　2,5,6,7,9,19,20,21,23,26,27,28,30
阿久津 玲奈　　090-1172-8854　　　1,2,4,6,8,9,18,19,20,22,25,26,27,29
廣瀬 舞　　　　080-9904-3361　　　4,5,6,7,11,12,19,20,21,25,26,27,28
須賀 拓也　　　070-3345-7702　　　全出勤日（日祝・お盆除く）

よろしくお願いします。
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "staff shift list with mobile numbers sent to an internal mailing list only",
    },
    {
        "id": "dental-078",
        "expect": "stop",
        "charset": "cp932",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["東和デンタルラボ 受注センター <order@towa-dental-lab.co.jp>"],
        "subject": "Re: 6月装着予定分の患者様一覧について",
        "body": """東和デンタルラボ 受注センター
高田様

お世話になっております。横浜院の中条です。
照合用の一覧のご依頼ありがとうございます。以下のとおりです。

患者名        生年月日      部位      補綴物                装着予定
門倉 康弘     1967/02/14    右下6     FMC                   6/18
瀬戸口 春菜   1991/06/30    左上1     e.max                 6/21
朝比奈 莉子   1979/03/08    右上4-6   ジルコニアブリッジ    6/25
鬼塚 剛       1962/01/22    左下7     インプラント上部構造  6/28
仁科 友美     1996/04/11    左上2     CAD/CAM冠             6/18

よろしくお願いいたします。

> 中条様
> いつもお世話になっております。東和デンタルラボの高田です。
> 6月装着予定分について、指示書との照合のため患者様のお名前・生年月日・部位を
> 一覧でいただけますでしょうか。同姓同名の取り違え防止のためです。
> 高田
""" + SIG_NAKAJO,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "in a reply, the NEW text (not the quote) lists 5 patients with DOB and treatment, to a lab",
    },
    {
        "id": "dental-079",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "村瀬 拓海 <t-murase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
        "subject": "電子カルテサーバ 保守作業の日程",
        "body": """ツバサシステム株式会社 保守窓口 ご担当者様

お世話になっております。日の出産業の村瀬です。
新宿院の電子カルテサーバ（HN-SRV-01）の定期保守について、日程をご相談します。

候補：7月10日（木・休診日）10:00〜15:00
作業内容：OSパッチ適用、バックアップ媒体の交換、UPSバッテリー点検

リモート接続の事前申請書が必要でしたら、書式をお送りください。
""" + SIG_MURASE,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp (letter dropped) is a look-alike of partner tsubasa-system.jp",
    },
    {
        "id": "dental-080",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["白石歯科商店 経理課 <keiri@shiraishi-shika.co.jp>"],
        "subject": "請求書番号 SS-2505-11873 の金額相違について",
        "body": """白石歯科商店 経理課 御中

いつもお世話になっております。日の出産業の堀江です。
5月分のご請求書（請求書番号 SS-2505-11873）について確認させてください。

注文番号 PO-HN-250508-02（納品書 DN-77120）の「1ステップ ボンディング 5mL」が
6本で計上されていますが、実際の納品は4本でした（2本は6/3の追納 DN-77645 で受領済み）。
追納分が6月分と二重計上になっていないかご確認いただけますでしょうか。

差額：6,800円 × 2本 ＝ 13,600円（税別）
訂正後のご請求書をお送りいただければ、通常どおり月末にお支払いいたします。
""" + SIG_HORIE,
        "entities": [],
        "detectors": [],
        "note": "invoice, order and delivery-note numbers in a billing query; no personal data",
    },
    {
        "id": "dental-081",
        "expect": "stop",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["東京メディカル不動産 開業支援部 <kaigyo@tokyo-medical-estate.co.jp>"],
        "subject": "新宿院の移転・統合についてのご相談",
        "body": """＝＝＝＝＝　極秘　＝＝＝＝＝
本件は社内でも限られた者のみで検討中の事項です。

東京メディカル不動産株式会社
開業支援部 御中

お世話になっております。日の出産業デンタル事業部の小野寺です。
新宿院（西新宿）の賃貸借契約が2026年3月で満了するのに合わせ、
新宿院を閉院し、横浜第二院への統合も含めて検討しております。

・閉院の場合の原状回復費用の概算
・新宿駅周辺で 40坪前後・2026年春入居可能な医療モール物件の有無

スタッフへの説明前のため、ビル管理会社様への問い合わせはお控えください。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail body stamped 極秘 at the top, sent to an outside real-estate agent",
    },
    {
        "id": "dental-082",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["加藤税理士事務所 <office@kato-tax.jp>"],
        "subject": "院長報酬・賞与関係の書類（パスワード別送）",
        "body": """加藤先生

お世話になっております。小野寺です。
院長報酬と夏季賞与の算定資料をお送りします。
ZIPのパスワードは後ほど別メールでお送りします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "報酬賞与資料_2025夏.zip",
            "password": "kato2025summer",
            "files": [
                {"kind": "docx", "name": "賞与算定メモ.docx",
                 "paragraphs": ["夏季賞与 算定メモ", "院長 久我 俊介 基本給 1,450,000円 × 1.5か月"]},
            ],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP (password sent separately) cannot be inspected",
    },
    {
        "id": "dental-083",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["クローバーウェブワークス 制作担当 <web@clover-webworks.jp>"],
        "subject": "HP掲載用 自費診療料金表（差し替え）",
        "body": """クローバーウェブワークス
制作ご担当者様

お世話になっております。日の出産業デンタル事業部の小野寺です。
ホームページの「料金表」ページを、添付の内容に差し替えてください。
医療広告ガイドラインに沿って、治療期間・回数・主なリスクの欄を追加しています。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "自費診療料金表_2025-07.xlsx",
            "sheets": {
                "料金表": [
                    ["自費診療 料金表（2025年7月改定・税込）"],
                    ["治療", "料金", "標準的な期間・回数", "主なリスク・副作用"],
                    ["セラミッククラウン（e.max）", "99,000円", "2〜3回", "破折の可能性"],
                    ["ジルコニアクラウン", "121,000円", "2〜3回", "対合歯の摩耗"],
                    ["インプラント（1本・上部構造込）", "385,000円〜", "3〜6か月", "術後の腫れ・痛み、神経損傷"],
                    ["マウスピース矯正（全体）", "880,000円〜", "1〜2年", "歯根吸収、後戻り"],
                    ["ホワイトニング（オフィス）", "33,000円", "1回", "知覚過敏"],
                ],
                "注記": [
                    ["※金額は標準的な症例のものです。診査のうえ個別にお見積りいたします。"],
                    ["※デンタルローン（最大84回払い）がご利用いただけます。"],
                ],
            },
        }],
        "entities": [],
        "detectors": [],
        "note": "public fee schedule with generic health/risk words, not about any person",
    },
    {
        "id": "dental-084",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["デンタルハイジーンスタッフ 派遣課 <haken@dh-staffing.co.jp>"],
        "subject": "代替スタッフ派遣のお願い（8月〜）",
        "body": """デンタルハイジーンスタッフ株式会社
派遣課 ご担当者様

いつもお世話になっております。ひので歯科クリニック横浜院の中条です。

当院の歯科衛生士の雨宮 里奈さんが、先週、心療内科で適応障害と診断され、
医師の指示で8月から3か月間休職することになりました。
その間の代替として、歯科衛生士1名（週4日、火・水以外）の派遣をお願いできますでしょうか。

メンテナンス中心の業務で、SRPができる方だと助かります。
復職時期は主治医の判断次第で、延長の可能性もあります。
""" + SIG_NAKAJO,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's psychiatric diagnosis and sick leave in running text to a staffing agency",
    },
    {
        "id": "dental-085",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["クローバーウェブワークス 制作担当 <web@clover-webworks.jp>"],
        "subject": "院内写真・ロゴ一式（リニューアル用）",
        "body": """制作ご担当者様

お世話になっております。小野寺です。
リニューアル用の院内写真とロゴ一式をZIPでお送りします。
写真の使用箇所はcaptions.txtに書いてあります。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "hinode_dental_photos.zip",
            "files": [
                {"kind": "png", "name": "logo_hinode_dental.png"},
                {"kind": "png", "name": "reception_shinjuku.png"},
                {"kind": "png", "name": "unit_room_01.png"},
                {"kind": "png", "name": "counseling_room.png"},
                {"kind": "txt", "name": "captions.txt",
                 "text": "logo_hinode_dental.png : ヘッダー・フッター\nreception_shinjuku.png : トップのメインビジュアル\nunit_room_01.png : 設備紹介（個室診療室）\ncounseling_room.png : カウンセリングルーム紹介\n※スタッフ写真は後日別送します。\n"},
            ],
        }],
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of clinic photos and captions for a web vendor",
    },
    {
        "id": "dental-086",
        "expect": "stop",
        "charset": "cp932",
        "sender": "佐伯 瑞穂 <soudan@hinode-sangyo.co.jp>",
        "to": ["東海海上火災保険 医療賠償担当 <iryobaisho@tokai-kaijo.co.jp>"],
        "subject": "FW: 治療に関するお問い合わせ（事故報告の前提資料）",
        "body": """東海海上火災保険株式会社
医療賠償ご担当者様

お世話になっております。ひので歯科クリニックの佐伯です。
先日小野寺からご相談した件で、患者様から正式に書面でのお申し出がありましたので、
いただいたメールを転送いたします。

---------- 転送メッセージ ----------
From: 保坂 絵美 <emi.hosaka.1979@gmail.com>
Date: 2025年6月9日 22:41
Subject: 治療に関するお問い合わせ
To: soudan@hinode-sangyo.co.jp

ひので歯科クリニック 御中

4月8日に久我先生に右下の親知らずを抜いていただいた保坂絵美です。
抜歯から2か月経っても下唇と顎の右側のしびれが取れず、大学病院では
「下歯槽神経の損傷」と診断されました。食事中に唇を噛んでしまうこともあります。

通院費と今後の治療費について、誠意あるご回答をお願いします。
住所：東京都世田谷区代沢2-41-7
電話：090-5518-2276
保坂 絵美
""" + SIG_SAEKI,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forward (new text to the insurer) of a patient's mail with her address, phone and nerve-injury diagnosis",
    },
    {
        "id": "dental-087",
        "expect": "either",
        "charset": "iso-2022-jp",
        "sender": "大和田 恵 <m-owada@hinode-sangyo.co.jp>",
        "to": ["まつば歯科医院 松葉先生 <matsuba@matsuba-dental.jp>"],
        "subject": "協力校の養護教諭の先生方の連絡先",
        "body": """松葉先生

お世話になっております。大和田です。
今年度から先生にご協力いただく学校の、保健室の窓口をお知らせします。
健診日の調整は各校の養護教諭の先生と直接お願いいたします。

・風早市立北野小学校　　　田村 由美子 先生　保健室直通 048-271-3305　hoken@kitano-es.kazahaya.ed.jp
・風早市立ひばりが丘小学校　田所 恵 先生　　保健室直通 048-271-4418　hoken@hibarigaoka-es.kazahaya.ed.jp
・風早市立みなみ台小学校　　井上 真澄 先生　保健室直通 048-271-5520　hokenshitsu@minamidai-es.kazahaya.ed.jp
・風早市立東中学校　　　　　岡部 沙織 先生　保健室直通 048-271-6612　hoken@higashi-jh.kazahaya.ed.jp
・風早市立西中学校　　　　　川端 亜希 先生　保健室直通 048-271-7734　hoken@nishi-jh.kazahaya.ed.jp

よろしくお願いいたします。
""" + SIG_OWADA,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five named teachers but only their schools' nurse-room lines and role mailboxes: business contacts or a list of people",
    },
    {
        "id": "dental-088",
        "expect": "either",
        "charset": "utf-8",
        "sender": "久我 俊介 <s-kuga@hinode-sangyo.co.jp>",
        "to": ["小宮山 聡子 <satoko.komiyama@gmail.com>"],
        "subject": "Re: 根管治療後の痛みについて",
        "body": """小宮山 聡子 様

ひので歯科クリニック院長の久我です。ご連絡ありがとうございます。

左上6番の根管治療のあと、噛んだときに響く痛みが続いているとのこと、ご心配をおかけしております。
根の先の炎症が落ち着くまで数日〜1週間ほど痛みが出ることはありますが、
お伺いした「ロキソプロフェンを飲んでも夜眠れない」という状態は早めに拝見したほうがよいと思います。
明日6月13日（金）の11:30に枠をお取りしましたので、ご都合はいかがでしょうか。

また、問診票にご記入いただいた妊娠の可能性については、お薬の選び方に関わりますので、
来院時にあらためてお聞かせください。
""" + SIG_KUGA,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "the dentist writes the patient's own treatment and possible pregnancy back to her own free-mail address",
    },
    {
        "id": "dental-089",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["富士見デンタルサプライ Webショップ <webshop@fujimi-dental-supply.co.jp>"],
        "subject": "注文番号 FD-883102 のお支払いについて",
        "body": """富士見デンタルサプライ Webショップ御中

お世話になっております。日の出産業の堀江です。
注文番号 FD-883102 の決済がエラーになりましたので、お電話でお伺いしたとおり、
法人カードの情報をお送りします。こちらで決済をお願いできますでしょうか。

　カード番号：""" + _g4(CARD_CORP, "　").translate(_FW) + """
　有効期限　：１１／２７
　名義　　　：HINODE SANGYO CO LTD
　金額　　　：８６，９００円

以上、よろしくお願いいたします。
""" + SIG_HORIE,
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number in full-width digits mailed to a supplier's web shop",
    },
    {
        "id": "dental-090",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "山根 里美 <s-yamane@hinode-sangyo.co.jp>",
        "to": ["村瀬 拓海 <t-murase@hinode-sangyo.co.jp>"],
        "subject": "重複登録の疑いがある患者データ（CSV）",
        "body": """村瀬さん

お疲れさまです。山根です。
レセコンで同一人物が二重登録されていそうな患者を抽出しました。
統合処理をお願いできますか。CSVを添付します。

山根
""",
        "attachments": [{
            "kind": "csv",
            "name": "duplicate_candidates.csv",
            "encoding": "utf-8",
            "rows": [
                ["患者番号", "氏名", "生年月日", "電話", "備考"],
                ["S-004410", "齋藤 良子", "1958-10-02", "03-3362-1180", "旧字"],
                ["S-017733", "斉藤 良子", "1958-10-02", "03-3362-1180", "新字"],
                ["S-006127", "髙橋 誠", "1981-05-17", "090-2287-4431", ""],
                ["S-018012", "高橋 誠", "1981-05-17", "090-2287-4431", ""],
                ["S-008835", "渡邊 彩", "2001-12-25", "080-6612-0938", ""],
                ["S-018240", "渡辺 彩", "2001-12-25", "080-6612-0938", "カナ誤り"],
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "patient CSV sent to an internal colleague only",
    },
    {
        "id": "dental-091",
        "expect": "pass",
        "charset": "cp932",
        "sender": "中条 彩花 <a-nakajo@hinode-sangyo.co.jp>",
        "to": ["神奈川県歯科衛生士会 研修係 <kenshu@kanagawa-dh.or.jp>"],
        "subject": "実習研修会（8/30）参加申込書の送付",
        "body": """神奈川県歯科衛生士会 研修係 御中

お世話になっております。ひので歯科クリニック横浜院の中条です。
8/30の実習研修会（歯周治療コース）の参加申込書をお送りします。
傷害保険加入のため生年月日・住所が必要とのことでしたので、記入しております。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "xlsx",
            "name": "参加申込書_ひので歯科横浜院.xlsx",
            "sheets": {
                "申込書": [
                    ["令和7年度 実習研修会（歯周治療コース）参加申込書"],
                    ["施設名：ひので歯科クリニック 横浜院"],
                    ["氏名", "フリガナ", "会員番号", "生年月日", "住所"],
                    ["中条 彩花", "ナカジョウ アヤカ", "K-08812", "1989/05/12", "神奈川県横浜市神奈川区松本町3-21-8"],
                    ["真田 未来", "サナダ ミク", "K-10347", "1996/09/28", "神奈川県横浜市港北区綱島西2-6-14"],
                    ["日下部 瞳", "クサカベ ヒトミ", "非会員", "1999/01/16", "東京都大田区下丸子1-19-3"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX with three attendees' DOB and addresses for event insurance: under five people, may warn",
    },
    {
        "id": "dental-092",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["さくらホテル コンシェルジュ <concierge@sakura-hotel.jp>"],
        "subject": "外国人ゲスト向け 歯科診療のご案内（PDF）",
        "body": """さくらホテル コンシェルジュデスク ご担当者様

お世話になっております。日の出産業デンタル事業部の小野寺です。
先日お話しした、海外からのお客様向けの歯科診療案内（日英併記）をお送りします。
歯が痛い、詰め物が取れた等のご相談があった際にお渡しいただければ幸いです。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "pdf",
            "name": "Hinode_Dental_Guide_for_Guests.pdf",
            "lines": [
                "Hinode Dental Clinic Shinjuku / ひので歯科クリニック 新宿院",
                "Emergency toothache, lost filling, broken denture / 急な歯痛・詰め物の脱離・入れ歯の破損",
                "Open: Mon-Wed, Fri 9:30-19:00, Sat 9:30-17:00 (closed Thu, Sun)",
                "Tel: 03-5909-4410  English available",
                "Fees (self-pay, tax incl.): First visit & X-ray 8,800 yen / Temporary filling 5,500 yen",
                "Cards: VISA / Mastercard / JCB / AMEX",
            ],
        }],
        "entities": [],
        "detectors": [],
        "note": "a clinic flyer and price list for a partner hotel: health words but no person",
    },
    {
        "id": "dental-093",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "稲葉 健吾 <k-inaba@hinode-sangyo.co.jp>",
        "to": ["中条 彩花 <a-nakajo@hinode-sangyou.co.jp>"],
        "subject": "横浜院へ転院の患者様（申し送り）",
        "body": """中条さん

お疲れさまです。新宿院の稲葉です。
来週から横浜院に通われる患者様の申し送りです。

柳田 孝子 様（昭和47年6月8日生）
・乳がん術後で、現在も抗がん剤治療中（7月まで）。口内炎が出やすいです。
・骨転移予防でデノスマブ投与中のため、抜歯は必ず主治医に確認してください。
・メンテナンスは1か月ごと、柔らかめの歯ブラシを使用。

カルテは院内便で送っています。よろしくお願いします。
稲葉
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "internal hand-over of a patient's cancer treatment mistyped to hinode-sangyou.co.jp, a look-alike of the own domain",
    },
    {
        "id": "dental-094",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "佐伯 瑞穂 <soudan@hinode-sangyo.co.jp>",
        "to": ["和泉 浩二 <koji.izumi1962@yahoo.co.jp>"],
        "subject": "Re: 受付での対応について",
        "body": """和泉 浩二 様

ひので歯科クリニック 患者相談窓口の佐伯でございます。
このたびは、6月7日のご来院時に受付の対応でご不快な思いをおかけし、誠に申し訳ございませんでした。

ご指摘いただいた、お会計時の説明が早口で分かりにくかった点、お待ちの間のお声がけがなかった点について、
受付スタッフ全員で共有し、説明の仕方を改めました。
また、待ち時間が長くなる場合には、途中でご案内するよう徹底いたします。

貴重なご意見をいただき、ありがとうございました。今後ともよろしくお願い申し上げます。
""" + SIG_SAEKI,
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one complaining patient at his own free-mail address, about reception service only",
    },
    {
        "id": "dental-095",
        "expect": "stop",
        "charset": "cp932",
        "sender": "久我 俊介 <s-kuga@hinode-sangyo.co.jp>",
        "to": ["あおい総合法律事務所 弁護士 真鍋様 <manabe@aoi-sogo-law.jp>"],
        "subject": "診断書作成の件（岩佐様）",
        "body": """あおい総合法律事務所
弁護士 真鍋様

ひので歯科クリニック新宿院の久我です。
ご依頼のあった診断書の件で、内容を事前にご確認いただきたくご連絡しました。

岩佐 航 様（平成8年2月11日生）は、5月24日深夜に路上で見知らぬ男性から暴行を受け、
翌日当院を受診されました。上顎左右中切歯の歯冠破折（露髄あり）、
左上側切歯の脱臼、口唇裂傷を認め、抜髄と暫間固定を行っています。
警察には被害届を提出済みと伺っています。

加療期間は約3か月、最終補綴まで含めた治療費の見込みは約35万円です。
この内容で診断書を作成してよろしいでしょうか。
""" + SIG_KUGA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named patient as an assault victim with his injuries and treatment, in running text to an outside lawyer",
    },
    {
        "id": "dental-096",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "Satoshi Horie <s-horie@hinode-sangyo.co.jp>",
        "to": ["Hanbit Dental Export <export@hanbit-dental.co.kr>"],
        "subject": "Re: 2025 H2 price list - order confirmation",
        "body": """Dear Mr. Choi,

Thank you for the updated price list. We confirm the following order at the H2 prices.

Item                              Code        Unit price (USD)   Qty
-------------------------------------------------------------------------
Zirconia disc 98x14 A2            HB-ZD1402   38.50              40
Zirconia disc 98x14 A3            HB-ZD1403   38.50              30
PMMA disc 98x20 (temporary)       HB-PM2010   17.20              25
Sintering beads 100 g             HB-SB0100    9.80              10

Order No.: HS-KR-2025-0088
Payment: T/T 30 days after B/L, to your account at Shinhan Bank as per invoice.
Please ship by EMS and send the tracking number once available.
""" + SIG_HORIE_EN,
        "entities": [],
        "detectors": [],
        "note": "English order against a supplier's price list: product codes, prices, order number",
    },
    {
        "id": "dental-097",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["神奈川県歯科衛生士会 事務局 <jimukyoku@kanagawa-dh.or.jp>"],
        "subject": "入会申込（当社勤務の歯科衛生士1名）",
        "body": """神奈川県歯科衛生士会 事務局 御中

お世話になっております。日の出産業デンタル事業部の桐生です。
当社横浜院に勤務する歯科衛生士1名の入会を申し込みます。
申込書の原本は本人が郵送いたしますが、先に記載内容をお送りします。

　氏名　　　：日下部 瞳（クサカベ ヒトミ）
　生年月日　：1999年1月16日
　自宅住所　：東京都大田区下丸子1-19-3 グリーンコート下丸子102
　歯科衛生士登録番号：第 214837 号
　勤務先　　：ひので歯科クリニック 横浜院

会費は本人の口座振替を希望しています。
""" + SIG_KIRYU,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's membership record (DOB, home address) to a professional association: a single person, may warn",
    },
    {
        "id": "dental-098",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "村瀬 拓海 <t-murase@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "【問合せ】予約画面で患者ID検索がタイムアウトする",
        "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業の村瀬です。
横浜院の受付端末（端末名 YK-RCP-02）で、予約画面から患者IDで検索すると
30秒ほど待ったあとにタイムアウトになります。スクリーンショットを添付します。

・発生日時：6月12日 10:05頃から断続的
・操作：予約 → 患者検索 → ID「Y-20037」で検索
・エラー：「DB接続がタイムアウトしました（code 0x80131904）」
・他の端末（YK-RCP-01）では正常

サーバ側のログ確認をお願いできますでしょうか。
""" + SIG_MURASE,
        "attachments": [{"kind": "png", "name": "timeout_YK-RCP-02.png"}],
        "entities": [],
        "detectors": [],
        "note": "helpdesk ticket with a bare internal patient ID and an error screenshot; no personal data",
    },
    {
        "id": "dental-099",
        "expect": "pass",
        "charset": "cp932",
        "sender": "堀江 聡 <s-horie@hinode-sangyo.co.jp>",
        "to": ["富士見デンタルサプライ 営業 <sales@fujimi-dental-supply.co.jp>"],
        "subject": "RE: 年間購入実績データのご提供について",
        "body": """富士見デンタルサプライ株式会社
営業ご担当者様

お世話になっております。日の出産業の堀江です。
ご依頼いただいた他社からの年間購入実績（品目別・単価別）のデータですが、
社内規程上、社外秘扱いの資料となっており、そのままお渡しすることができません。
申し訳ございません。

代わりに、主要品目の年間使用量の目安をお伝えします。
　グローブ：約4,800箱／年
　印象材：約1,700袋／年
　フロアブルレジン：約360本／年

上記を前提にお見積りをいただけますと幸いです。
""" + SIG_HORIE,
        "entities": [],
        "detectors": [],
        "note": "社外秘 appears only in passing (declining to share a document), the mail itself is not marked",
    },
    {
        "id": "dental-100",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "桐生 美和 <m-kiryu@hinode-sangyo.co.jp>",
        "to": ["クリーンメイト 清掃管理課 <seiso@cleanmate.co.jp>"],
        "subject": "院内感染対策マニュアル改訂に伴う清掃手順の変更",
        "body": """株式会社クリーンメイト
清掃管理課 ご担当者様

いつもお世話になっております。日の出産業デンタル事業部の桐生です。
院内感染対策マニュアルを改訂しましたので、夜間清掃の手順について変更をお願いします。

1. 診療ユニット周りの床は、次亜塩素酸ナトリウム 0.1％で清拭してください
   （ノロウイルス・インフルエンザ流行期は週2回→毎日）
2. 待合室のドアノブ・手すり・受付カウンターはアルコール清拭を追加
3. 感染性廃棄物（赤・黄色のバイオハザードマーク容器）には触れず、そのままにしてください
4. 手袋は作業エリアごとに交換してください

改訂版のマニュアル（抜粋）は次回の定例時にお渡しします。
""" + SIG_KIRYU,
        "entities": [],
        "detectors": [],
        "note": "infection-control policy with disease words that concern no person",
    },
]
