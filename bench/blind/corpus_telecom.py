"""Blind corpus: 日の出産業 通信事業部 (携帯ショップ運営・法人回線).

Written from bench/blind/BRIEF.md only. Every person, number and address is invented.
"""

from build import card_number, my_number

_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    """ASCII digits and separators to full width, as pasted from some shop terminals."""
    return s.translate(_FW)


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits (check = 9 - (Σ P_n·Q_n mod 9), Q_n = 1 odd / 2 even)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


SIG_KUWABARA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 通信事業部
日の出モバイル 町田駅前店　店長
桑原 拓也（Kuwabara Takuya）
〒194-0013 東京都町田市原町田6-8-1 町田ミナミビル1F
TEL 042-720-5531　FAX 042-720-5532
t.kuwabara@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OHNO = """
--
日の出産業株式会社
通信事業部 法人営業課
大野 真理子
〒220-0011 神奈川県横浜市西区高島2-14-9 日の出産業横浜ビル7F
TEL: 045-451-3380（直通） / 090-2231-7745（社用携帯）
Mail: m.ohno@hinode-sangyo.co.jp"""

SIG_SHIBAZAKI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　通信事業部
料金管理グループ　柴崎 彩
TEL 045-451-3392　内線 4512
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_WATANABE = """
---------------------------------------------
日の出産業(株) 通信事業部 カスタマーサポート課
修理・代替機担当　渡部 健一
TEL 045-451-3401 / FAX 045-451-3409
k.watanabe@hinode-sangyo.co.jp
---------------------------------------------"""

SIG_ISURUGI = """
――――――――――――――――――――
日の出産業株式会社
通信事業部 業務管理室（照会対応・コンプライアンス）
石動 玲奈（いするぎ れな）
TEL 045-451-3377
――――――――――――――――――――"""

SIG_MITSUGI = """
/////////////////////////////////////
日の出産業株式会社 通信事業部
代理店営業グループ　三ツ木 浩二
〒220-0011 横浜市西区高島2-14-9
TEL 045-451-3385 / MOBILE 080-3317-6620
/////////////////////////////////////"""

SIG_YOSHIOKA = """
********************************
日の出モバイル 海老名店
吉岡 ゆかり
〒243-0432 神奈川県海老名市中央1-5-22 海老名センタープラザ2F
TEL 046-231-8871（10:00〜19:00）
********************************"""

SIG_HAMADA = """
Ken Hamada
Device Sourcing & Roaming, Telecom Division
Hinode Sangyo Co., Ltd.
7F Hinode Sangyo Yokohama Bldg., 2-14-9 Takashima, Nishi-ku, Yokohama 220-0011, Japan
Tel: +81-45-451-3396"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete it."""


MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "telecom-001",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "6 MNP転出予定者 (氏名・携帯番号・生年月日) in a space-padded table to the carrier",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 代理店サポートセンター <dairiten-support@sora-mobile.co.jp>"],
        "subject": "【町田駅前店】MNP予約番号発行済み・来店予定のお客様について",
        "charset": "iso-2022-jp",
        "body": """ソラモバイル株式会社
代理店サポートセンター　ご担当者様

いつもお世話になっております。日の出モバイル町田駅前店の桑原です。

昨日お電話でご相談した件です。当店でMNP予約番号の発行を受け付け、
今週中に転出手続き完了のため再来店予定のお客様を下記にまとめました。
有効期限が迫っている方がいらっしゃいますので、システム上の照合をお願いいたします。

氏名              携帯番号        MNP予約番号    有効期限    生年月日
----------------  --------------  -------------  ----------  ----------
勅使河原 聡       090-4418-2073   3916-0284-471  2025/11/14  1979/03/22
五百旗頭 みのり   080-6127-3390   3916-0285-102  2025/11/15  1992/08/09
小鳥遊 健太郎     070-2285-4816   3916-0285-917  2025/11/15  2001/01/30
栗花落 沙耶       090-7731-0548   3916-0286-336  2025/11/17  1986/12/05
纐纈 正和         080-1904-6672   3916-0287-059  2025/11/18  1958/06/17
東海林 亜希子     090-3356-9021   3916-0287-640  2025/11/19  1974/10/28

ご不明点があれば店舗までお電話ください。
よろしくお願いいたします。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "telecom-002",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of shops (business addresses, switchboards, hours): not people",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 関東支社 販売推進部 <hanbai-kanto@sora-mobile.co.jp>"],
        "subject": "年末年始の店舗営業時間について（日の出モバイル全8店舗）",
        "body": """ソラモバイル株式会社 関東支社
販売推進部 ご担当者様

いつもお世話になっております。日の出産業 通信事業部の三ツ木でございます。
年末年始の営業時間が確定しましたので、店舗検索サイトへの反映をお願いいたします。

店舗名            住所                                      電話           12/31       1/1   1/2〜
----------------  ----------------------------------------  -------------  ----------  ----  -----------
町田駅前店        東京都町田市原町田6-8-1 町田ミナミビル1F  042-720-5531   10:00-17:00 休業  10:00-19:00
海老名店          神奈川県海老名市中央1-5-22 2F             046-231-8871   10:00-17:00 休業  10:00-19:00
相模大野店        神奈川県相模原市南区相模大野3-9-14       042-702-6610   10:00-18:00 休業  10:00-19:00
本厚木北口店      神奈川県厚木市中町2-2-7 厚木ビル1F        046-297-4455   10:00-17:00 休業  11:00-19:00
大和駅東口店      神奈川県大和市大和東1-3-18                046-205-1180   10:00-17:00 休業  10:00-19:00
橋本イオン前店    神奈川県相模原市緑区橋本6-1-40           042-700-9913   10:00-18:00 休業  10:00-20:00
八王子みなみ野店  東京都八王子市西片倉3-11-5               042-637-2204   10:00-17:00 休業  10:00-19:00
横浜西口店        神奈川県横浜市西区南幸2-8-21 3F           045-313-6640   11:00-17:00 休業  11:00-20:00

※1/1は全店休業です。法人窓口（045-451-3380）は1/4から営業します。

以上、よろしくお願いいたします。
""" + SIG_MITSUGI,
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "telecom-003",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "法人回線 user list (12 employees: 氏名・回線番号・メール) in an XLSX with title row, 2 sheets",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 総務部 大河内様 <ookouchi@aoba-unyu.co.jp>"],
        "subject": "法人回線 利用者一覧（2025年10月末時点）のご送付",
        "body": """青葉運輸株式会社
総務部 大河内様

いつも大変お世話になっております。日の出産業の大野です。

ご依頼いただいておりました、貴社法人契約回線の利用者一覧（10月末時点）を
Excelにてお送りいたします。シート「利用者一覧」に回線と利用者様の対応、
シート「端末」に機種と購入日をまとめております。

異動に伴う利用者変更がございましたら、該当行を修正のうえご返送ください。
どうぞよろしくお願いいたします。
""" + SIG_OHNO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "青葉運輸様_法人回線利用者一覧_202510.xlsx",
                "sheets": {
                    "利用者一覧": [
                        ["青葉運輸株式会社様　法人回線 利用者一覧（2025/10/31現在）"],
                        [],
                        ["No", "社員番号", "氏名", "フリガナ", "所属", "回線番号", "メールアドレス"],
                        [1, "A10233", "飯干 孝之", "イイボシ タカユキ", "厚木営業所", "080-4471-2096", "t-iiboshi@aoba-unyu.co.jp"],
                        [2, "A10251", "鵜飼 美咲", "ウカイ ミサキ", "厚木営業所", "080-4471-2097", "m-ukai@aoba-unyu.co.jp"],
                        [3, "A10307", "柘植 剛", "ツゲ ツヨシ", "綾瀬センター", "080-4471-2105", "t-tsuge@aoba-unyu.co.jp"],
                        [4, "A10318", "廿楽 弘美", "ツヅラ ヒロミ", "綾瀬センター", "080-4471-2106", "h-tsuzura@aoba-unyu.co.jp"],
                        [5, "A10402", "我妻 恭平", "ワガツマ キョウヘイ", "本社 配車課", "080-4471-2118", "k-wagatsuma@aoba-unyu.co.jp"],
                        [6, "A10415", "猪狩 典子", "イガリ ノリコ", "本社 配車課", "080-4471-2119", "n-igari@aoba-unyu.co.jp"],
                        [7, "A10522", "保母 拓海", "ホボ タクミ", "座間営業所", "080-4471-2130", "t-hobo@aoba-unyu.co.jp"],
                        [8, "A10530", "馬渕 沙織", "マブチ サオリ", "座間営業所", "080-4471-2131", "s-mabuchi@aoba-unyu.co.jp"],
                        [9, "A10611", "宍戸 和樹", "シシド カズキ", "平塚営業所", "080-4471-2144", "k-shishido@aoba-unyu.co.jp"],
                        [10, "A10627", "芥田 由紀", "アクタ ユキ", "平塚営業所", "080-4471-2145", "y-akuta@aoba-unyu.co.jp"],
                        [11, "A10703", "百武 誠", "ヒャクタケ マコト", "総務部", "080-4471-2150", "m-hyakutake@aoba-unyu.co.jp"],
                        [12, "A10719", "家入 恵", "イエイリ メグミ", "総務部", "080-4471-2151", "m-ieiri@aoba-unyu.co.jp"],
                    ],
                    "端末": [
                        ["回線番号", "機種", "購入日", "補償"],
                        ["080-4471-2096", "SR-A54", "2024/04/10", "加入"],
                        ["080-4471-2097", "SR-A54", "2024/04/10", "加入"],
                        ["080-4471-2105", "SR-A54", "2024/04/10", "未加入"],
                        ["080-4471-2106", "SR-G12 Rugged", "2023/09/01", "加入"],
                        ["080-4471-2118", "SR-A54", "2024/04/10", "加入"],
                    ],
                },
            }
        ],
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "telecom-004",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the repair centre; the customer list is only in '>' quoted text",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 受付 <repair-east@technorepair.co.jp>"],
        "subject": "Re: 【集荷】11/6 町田駅前店 修理品5件",
        "body": """テクノリペア東日本
受付ご担当 様

お世話になっております。日の出産業の渡部です。
集荷日は11/6（木）午後で問題ございません。店舗にも伝えておきます。
梱包は従来どおり1件1袋でお渡しします。

よろしくお願いいたします。
渡部

> 日の出産業 渡部様
>
> いつもお世話になっております。テクノリペア東日本 受付の今泉です。
> 下記5件の集荷を11/6（木）午後に予定しております。
>
> 受付番号     お客様名        連絡先          機種      症状
> TR-558102   鬼頭 由香里     090-6615-3308   SR-A54    画面割れ
> TR-558103   雲母 隆         080-2290-7741   SR-X10    充電不可
> TR-558104   毒島 麻美       070-5183-6629   SR-A54    水濡れ
> TR-558105   忽那 洋平       090-1187-4452   SR-F3     スピーカー不良
> TR-558106   鰐淵 さとみ     080-6604-9915   SR-X10    電源入らず
>
> ご都合が悪ければご連絡ください。
> 今泉
""",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "telecom-005",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one customer's 運転免許証番号 (identity document) sent to the carrier's screening desk",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 審査センター <shinsa@sora-mobile.co.jp>"],
        "subject": "審査保留案件の確認（受付番号 SM-25110417）",
        "body": """ソラモバイル株式会社
審査センター　ご担当者様

お世話になっております。日の出モバイル海老名店の吉岡です。

本日受付の新規契約（受付番号 SM-25110417）が「本人確認書類不一致」で
保留になっております。お客様の運転免許証を再確認しましたところ、
申込書の転記ミスでしたので、正しい内容を以下にお知らせします。

　お名前　　：薬師寺 智美（ヤクシジ トモミ）
　生年月日　：昭和６１年９月１４日
　住所　　　：神奈川県海老名市上郷３丁目１８－６
　免許証番号：第 ４５２０１７３８６２９０ 号
　有効期限　：令和９年１０月１４日

申込書には番号の末尾を「２９１」と誤記しておりました。
お手数ですが再審査をお願いいたします。
""" + SIG_YOSHIOKA,
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "telecom-006",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about signing an NDA (秘密保持契約) with the repair centre: no data",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 営業部 平良様 <taira@technorepair.co.jp>"],
        "subject": "秘密保持契約書の締結手続きについて",
        "body": """株式会社テクノリペア東日本
営業部　平良様

お世話になっております。日の出産業の渡部です。

先日ご提示いただいた秘密保持契約書（案）について、当社法務の確認が完了しました。
第5条（秘密情報の範囲）に「修理品に記録された利用者データ」を明記いただく点のみ
修正をお願いしたく、修正案を次回打合せでお持ちします。

締結は電子契約（クラウドサイン）で進めたいと考えておりますが、
貴社側でご対応可能でしょうか。ご確認をお願いいたします。

なお、秘密保持契約の締結前は、修理品の中身（お客様データ）に関する情報は
お渡しできませんので、ご了承ください。
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "telecom-007",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "料金未納者 12 rows (氏名・住所・電話・未納額) in a CP932 CSV to the collection agency",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["北斗サービサー 受託管理部 <itaku@hokuto-servicer.co.jp>"],
        "subject": "10月度 督促委託分データ送付の件",
        "charset": "cp932",
        "body": """北斗サービサー株式会社
受託管理部 御中

いつもお世話になっております。日の出産業 料金管理グループの柴崎です。

10月度の督促委託分（端末代金分割払いの未納3か月以上）のデータを
CSVにてお送りします。件数は12件、未納総額は487,320円です。

受領のご連絡をいただけますと幸いです。
""" + SIG_SHIBAZAKI,
        "attachments": [
            {
                "kind": "csv",
                "name": "tokusoku_itaku_202510.csv",
                "encoding": "cp932",
                "rows": [
                    ["顧客番号", "契約者名", "郵便番号", "住所", "連絡先電話", "未納額", "未納開始月"],
                    ["C0081527", "八月一日 宏", "252-0303", "神奈川県相模原市南区相模大野5-21-8", "090-2275-6613", "38400", "2025/07"],
                    ["C0082214", "御手洗 恵子", "243-0018", "神奈川県厚木市中町4-7-11-302", "080-9316-4480", "52170", "2025/06"],
                    ["C0083390", "一寸木 昌平", "194-0021", "東京都町田市中町2-15-3", "070-6621-0937", "29800", "2025/07"],
                    ["C0084012", "百目鬼 里奈", "242-0021", "神奈川県大和市中央6-2-19", "090-5540-1726", "61250", "2025/05"],
                    ["C0084577", "釈迦堂 光", "243-0432", "神奈川県海老名市中央3-4-1-1105", "080-3328-7109", "18900", "2025/07"],
                    ["C0085103", "四十物 和也", "252-0131", "神奈川県相模原市緑区西橋本2-9-24", "090-8817-2254", "44620", "2025/06"],
                    ["C0085641", "月見里 千尋", "192-0914", "東京都八王子市片倉町1440-6", "070-1148-5593", "33300", "2025/07"],
                    ["C0086228", "左右田 勇", "220-0005", "神奈川県横浜市西区南幸1-10-7-801", "080-2091-6354", "27750", "2025/07"],
                    ["C0086935", "舎人 真由", "252-0344", "神奈川県相模原市南区古淵4-13-2", "090-6602-8871", "55400", "2025/06"],
                    ["C0087410", "仁平 大地", "243-0034", "神奈川県厚木市船子287-3", "070-3394-2018", "23180", "2025/07"],
                    ["C0088102", "木全 陽子", "194-0035", "東京都町田市忠生1-22-15", "080-7740-3362", "41260", "2025/06"],
                    ["C0088766", "日下部 翔", "242-0007", "神奈川県大和市中央林間3-6-30", "090-1203-5579", "61290", "2025/05"],
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "telecom-008",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named customer was a theft victim (ひったくり・被害届): 犯罪被害 is 要配慮 even for one person",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 盗難・紛失受付 <tounan-funshitsu@sora-mobile.co.jp>"],
        "subject": "盗難による回線停止・補償申請の件（海老名店受付）",
        "body": """ソラモバイル株式会社
盗難・紛失受付窓口　ご担当者様

お世話になっております。日の出モバイル海老名店の吉岡です。

本日ご来店のお客様より、端末盗難の申し出がありましたのでご連絡します。

・契約者：雲類鷲 友梨（ウルイワシ ユリ）様
・回線番号：090-5126-3847
・状況：11月2日夜、海老名駅西口付近で自転車のかごからバッグごとひったくられた。
　　　　同日、海老名警察署に被害届を提出済み（受理番号 第2025-1187号）。
・端末：SR-X10（IMEI 35 118204 662091 4）

回線停止は本日14:20に当店で処理済みです。
端末補償（盗難）の申請を進めたいとのことですので、必要書類をご教示ください。
""" + SIG_YOSHIOKA,
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "telecom-009",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one customer's lost phone (紛失, no crime): a single person's record, may warn",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 盗難・紛失受付 <tounan-funshitsu@sora-mobile.co.jp>"],
        "subject": "紛失による一時停止→再開のご連絡",
        "body": """盗難・紛失受付ご担当者様

町田駅前店の桑原です。お世話になっております。

昨日紛失のため一時停止したお客様の端末が見つかりましたので、
本日当店にて利用再開の手続きを行いました。記録の更新をお願いします。

　契約者　　四方田 雅人 様
　回線番号　080-5532-1974
　経緯　　　タクシー車内に置き忘れ。タクシー会社から連絡があり本人が受け取り済み。

補償申請は不要とのことです。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "telecom-010",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.jp: partner domain kawasaki-denki.co.jp with 'co.' dropped",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務課 岩佐様 <iwasa@kawasaki-denki.jp>"],
        "subject": "法人回線 増設のお見積り（20回線）",
        "body": """川崎電機株式会社
総務課　岩佐様

いつもお世話になっております。日の出産業の大野です。

先日お打合せいただいた新工場立ち上げに伴う法人回線20回線の増設について、
お見積りをお送りいたします。

　・端末：SR-A54（法人向けモデル）×20台　一括 0円（36回割賦・実質負担なし）
　・料金プラン：ビジネスかけ放題L　月額 3,280円/回線
　・MDM（ツバサシステム社）：月額 300円/回線
　・初期費用：事務手数料 3,850円/回線

納期は発注後約2週間です。ご不明点はお気軽にお問い合わせください。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "telecom-011",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting: customer (北国フーズ) and carrier, two external organisations",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 情報システム課 東様 <azuma@kitaguni-foods.co.jp>"],
        "cc": ["ソラモバイル 法人営業部 長谷部様 <hasebe@sora-mobile.co.jp>",
               "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>"],
        "subject": "11/20 法人回線リプレイスお打合せのご案内",
        "body": """北国フーズ株式会社 情報システム課　東様
（cc：ソラモバイル株式会社 長谷部様）

お世話になっております。日の出産業の大野です。

法人回線リプレイスのお打合せを下記のとおり設定いたしました。

　日時：2025年11月20日（木）14:00〜15:30
　場所：北国フーズ様 本社 3F 第2会議室（札幌市中央区）／Teams併用
　議題：1) 現行回線の契約状況確認　2) 新プラン・端末のご提案　3) 移行スケジュール

ソラモバイル様からは長谷部様にご出席いただきます。
資料は前日までに共有いたします。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "telecom-012",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (customer, carrier, MDM vendor) visible in To/Cc",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 情報システム課 東様 <azuma@kitaguni-foods.co.jp>",
               "ツバサシステム MDMサポート <mdm-support@tsubasa-system.jp>"],
        "cc": ["ソラモバイル 法人営業部 長谷部様 <hasebe@sora-mobile.co.jp>"],
        "subject": "Re: 端末入替スケジュール（北国フーズ様）",
        "body": """関係者各位

日の出産業の大野です。
北国フーズ様の端末入替スケジュールを以下のとおり確定させていただきます。

　12/1（月）　新端末 80台 納品（札幌本社）
　12/2（火）　ツバサシステム様にてMDM一括登録
　12/3（水）〜12/5（金）　各拠点で旧端末と交換
　12/8（月）　旧回線の解約（ソラモバイル様）

各社ご担当の作業内容に相違があればご指摘ください。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "telecom-013",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one customer's 身体障害者手帳 (視覚障害1級): disability is 要配慮個人情報",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 審査センター <shinsa@sora-mobile.co.jp>"],
        "subject": "ハートフル割引の適用確認のお願い",
        "body": """審査センター　ご担当者様

町田駅前店の桑原です。
本日、ハートフル割引（障がい者向け割引）のお申込みを受け付けたお客様について、
システムで適用区分が選択できないため確認をお願いします。

　契約者：　　　嵯峨山 晴美 様
　回線番号：　　070-4620-1185
　手帳種別：　　身体障害者手帳（視覚障害　１級）
　手帳番号：　　神奈川 第0412877号
　交付日：　　　平成２８年５月１０日

手帳原本は確認済みで、写しはお客様控えとともに店舗で保管しております。
区分コードのご教示をお願いいたします。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "telecom-014",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "障害者割引 applicants list (disability grades) sent to internal recipients only",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["経理部 請求チーム <seikyu-team@hinode-sangyo.co.jp>"],
        "cc": ["桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>"],
        "subject": "10月 ハートフル割引 新規適用者（請求調整用）",
        "body": """請求チーム各位

料金管理Gの柴崎です。10月に新規適用したハートフル割引の対象者です。
11月請求から割引が反映されているか確認をお願いします。

	氏名	回線番号	手帳種別	等級	適用開始
	嵯峨山 晴美	070-4620-1185	身体（視覚）	1級	2025/10/08
	道祖土 和夫	090-3381-7264	療育手帳	A2	2025/10/11
	垂水 美和	080-6247-0913	精神障害者保健福祉手帳	2級	2025/10/15
	鮫島 直人	090-2270-5568	身体（肢体）	3級	2025/10/21
	宇賀神 いずみ	070-8813-4402	身体（聴覚）	4級	2025/10/27

社内限りでお願いします。
柴崎
""",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "telecom-015",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an agency: the contents cannot be inspected",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["モバイルスクエア 店舗運営部 <tenpo@mobile-square.co.jp>"],
        "subject": "【送付】移管対象 契約者一覧（大和駅東口店分）",
        "body": """株式会社モバイルスクエア
店舗運営部　ご担当者様

お世話になっております。日の出産業の三ツ木です。

大和駅東口店の運営移管に伴い、移管対象の契約者一覧をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。
""" + SIG_MITSUGI,
        "attachments": [
            {
                "kind": "zip",
                "name": "ikan_keiyakusha_yamato.zip",
                "password": "Yamato#2025east",
                "files": [
                    {
                        "kind": "csv",
                        "name": "keiyakusha_yamato.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["契約者名", "回線番号", "生年月日"],
                            ["久米田 学", "090-1185-2276", "1969/04/03"],
                            ["志々目 遥", "080-7729-5513", "1995/11/21"],
                            ["荒牧 佑介", "070-3306-8841", "1983/02/14"],
                            ["宮脇 朋子", "090-6672-1190", "1961/07/30"],
                            ["籠谷 俊", "080-2258-3047", "2003/09/09"],
                        ],
                    }
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "telecom-016",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF carries a 社外秘 stamp in its page header only; the mail text never says so",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["テルネット商会 営業部 金城様 <kinjo@telnet-shokai.co.jp>"],
        "subject": "下期 販売支援金の条件について",
        "body": """株式会社テルネット商会
営業部　金城様

いつもお世話になっております。日の出産業の三ツ木です。

先日お問い合わせのあった下期（10月〜3月）の販売支援金の条件表をお送りします。
11月分から適用となりますので、店舗スタッフの皆様への周知をお願いいたします。
""" + SIG_MITSUGI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "2025下期_販売支援金条件表.pdf",
                "title": "2025年度下期 販売支援金 条件表",
                "page_header": "社外秘　日の出産業株式会社 通信事業部",
                "page_footer": "1/1",
                "lines": [
                    "2025年度下期　二次代理店向け 販売支援金 条件表",
                    "適用期間：2025年10月1日〜2026年3月31日",
                    "",
                ],
                "table": [
                    ["区分", "条件", "支援金（1件あたり）"],
                    ["MNP新規（5G端末）", "ビジネスかけ放題L以上", "18,000円"],
                    ["MNP新規（SIMのみ）", "全プラン", "6,000円"],
                    ["機種変更", "24か月以上利用", "3,500円"],
                    ["光回線セット", "同時申込", "8,000円"],
                    ["端末補償 付帯", "加入率70%以上の店舗", "月額+30,000円"],
                    ["早期解約", "90日以内", "全額返還"],
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "telecom-017",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned (we cannot send it), nothing is marked or attached",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["湘南通信サービス 店舗統括 赤嶺様 <akamine@shonan-tsushin.co.jp>"],
        "subject": "Re: 支援金条件表のご送付依頼",
        "body": """赤嶺様

お世話になっております。三ツ木です。
ご依頼の件、条件表は当社で社外秘扱いとしている資料のため、
恐れ入りますがメールでのお送りは控えさせていただいております。

11/12（水）の代理店説明会（新横浜会場）で紙資料を配布し、
その場でご説明しますので、ご参加いただけますでしょうか。
会場・時間は別途ご案内差し上げます。

何卒ご理解のほどよろしくお願いいたします。

----- Original Message -----
From: 赤嶺 <akamine@shonan-tsushin.co.jp>
Sent: Tuesday, November 4, 2025 10:12 AM
Subject: 支援金条件表のご送付依頼

三ツ木様
下期の支援金条件表をPDFでいただけますでしょうか。店長会議で使いたく。
赤嶺
""" + SIG_MITSUGI,
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "telecom-018",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five customers named only in running prose, each with a phone number: still a list of people",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 代替機管理 <daitaiki@technorepair.co.jp>"],
        "subject": "代替機の未返却状況（10月貸出分）",
        "body": """テクノリペア東日本
代替機管理ご担当 様

お世話になっております。日の出産業の渡部です。
10月に貸し出した代替機のうち、返却期限を過ぎているものについて状況をご報告します。

町田駅前店で10/3に貸し出した1台は、お客様の伊集院 剛様（090-3318-6052）と
連絡が取れており、今週末にご返却いただけることになりました。
同じく町田の熊谷 理沙様（080-4425-7790）は修理品の受取時に返却予定とのことです。

海老名店では、饗庭 俊介様（070-2216-5384）が出張中で、帰国後の11/15ご返却と伺っています。
また、留守電にしかつながらない方が2名おり、相模大野店の五味 栞様（090-7703-4129）と
横浜西口店の城之内 慎吾様（080-1157-6238）には書面での督促を検討しております。

貴社側の在庫計画に影響がある場合はお知らせください。
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "telecom-019",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "device recycling list (製造番号/IMEI, model, quantity) with no people attached",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["エコリンク回収 集荷センター <shuka@ecolink-kaishu.co.jp>"],
        "subject": "使用済み端末の回収依頼（11月分・15台）",
        "charset": "iso-2022-jp",
        "body": """株式会社エコリンク回収
集荷センター　御中

お世話になっております。日の出産業 通信事業部の渡部です。

店頭で回収した使用済み端末15台の引取りをお願いいたします。
いずれもデータ消去済み（消去証明書は箱に同梱）です。

No  機種        IMEI              状態
--  ----------  ----------------  ------
01  SR-A41      351182046630147   画面割れ
02  SR-A41      351182046631392   良
03  SR-A41      351182046642811   良
04  SR-X8       358840092215376   電池膨張
05  SR-X8       358840092230498   良
06  SR-X8       358840092247125   良
07  SR-F2       352206113380264   水没
08  SR-F2       352206113394407   良
09  SR-F2       352206113405518   良
10  SR-G10      356613029471830   良
11  SR-G10      356613029488652   筐体割れ
12  他社製      353029117702941   良
13  他社製      353029117715284   良
14  フィーチャー 354470008821370   良
15  フィーチャー 354470008839955   良

引取り先：日の出産業 横浜物流センター（横浜市神奈川区守屋町2-6-3）
希望日：11/13（木）午前
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "telecom-020",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 受付 <repair-east@technorepair.co.jp>"],
        "subject": "修理受付一覧（11/4〜11/7）",
        "body": """テクノリペア東日本　受付ご担当様

お世話になっております。渡部です。
今週分の修理受付一覧を添付します。集荷の際の照合にお使いください。

渡部
""",
        "attachments": [
            {"kind": "corrupt", "name": "修理受付一覧_1104-1107.xlsx"}
        ],
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "telecom-021",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail whose table lists 7 repair customers with names and phone numbers",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 受付 <repair-east@technorepair.co.jp>"],
        "subject": "【海老名店】修理依頼 7件",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>テクノリペア東日本<br>受付ご担当者様</p>
<p>いつもお世話になっております。日の出モバイル海老名店の吉岡です。<br>
本日発送分の修理依頼は下記の7件です。よろしくお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>店舗受付No</th><th>お客様名</th><th>ご連絡先</th><th>機種</th><th>症状</th><th>代替機</th></tr>
<tr><td>EB-1101</td><td>長宗我部 隼</td><td>090-2249-3371</td><td>SR-X10</td><td>カメラ起動せず</td><td>貸出</td></tr>
<tr><td>EB-1102</td><td>弓削 千夏</td><td>080-6618-0025</td><td>SR-A54</td><td>タッチ不良</td><td>貸出</td></tr>
<tr><td>EB-1103</td><td>万代 哲也</td><td>070-5537-9810</td><td>SR-A54</td><td>画面割れ</td><td>なし</td></tr>
<tr><td>EB-1104</td><td>阿久津 楓</td><td>090-8824-1163</td><td>SR-F3</td><td>充電端子破損</td><td>貸出</td></tr>
<tr><td>EB-1105</td><td>真栄田 浩</td><td>080-3390-4472</td><td>SR-X10</td><td>再起動を繰り返す</td><td>貸出</td></tr>
<tr><td>EB-1106</td><td>小此木 由依</td><td>070-1726-6648</td><td>SR-G12</td><td>水濡れ</td><td>なし</td></tr>
<tr><td>EB-1107</td><td>樫村 敏</td><td>090-4401-5207</td><td>SR-A54</td><td>マイク不良</td><td>貸出</td></tr>
</table>
<p>日の出モバイル 海老名店<br>吉岡 ゆかり<br>TEL 046-231-8871</p>
</body></html>""",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "telecom-022",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only campaign mail to one corporate customer: plans and prices only",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 総務部 宮城様 <miyagi@sakura-hotel.jp>"],
        "subject": "【法人のお客様限定】冬の端末入替キャンペーンのご案内",
        "html": """<html><body>
<p>さくらホテル株式会社<br>総務部 宮城様</p>
<p>いつもお世話になっております。日の出産業 通信事業部の大野です。<br>
12月末までの法人様限定キャンペーンのご案内です。フロント・客室係様向け端末の入替にぜひご検討ください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>対象端末</th><th>通常価格（税込）</th><th>キャンペーン価格</th><th>条件</th></tr></thead>
<tbody>
<tr><td>SR-A54（法人モデル）</td><td>52,800円</td><td>1円</td><td>ビジネスかけ放題L 新規/MNP</td></tr>
<tr><td>SR-G12 Rugged</td><td>68,200円</td><td>19,800円</td><td>機種変更（24か月以上）</td></tr>
<tr><td>SR-F3（ケータイ型）</td><td>21,780円</td><td>0円</td><td>5回線以上同時</td></tr>
<tr><td>タブレット SR-T8</td><td>45,100円</td><td>9,900円</td><td>データ30GBプラン</td></tr>
</tbody></table>
<p>詳細なお見積りはお気軽にお申し付けください。</p>
<p>日の出産業株式会社 通信事業部 法人営業課<br>大野 真理子　TEL 045-451-3380</p>
</body></html>""",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "telecom-023",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "answer to a police 捜査関係事項照会 naming the subscriber as 被疑者 (criminal procedure = 要配慮)",
        "sender": "石動 玲奈 <r.isurugi@hinode-sangyo.co.jp>",
        "to": ["神奈川県警察 大和警察署 刑事課 <keiji-yamato@police.pref.kanagawa.lg.jp>"],
        "subject": "捜査関係事項照会書（大刑第1452号）へのご回答",
        "body": """神奈川県大和警察署
刑事課　巡査部長　松平様

日の出産業株式会社 通信事業部の石動でございます。
令和7年10月30日付 捜査関係事項照会書（大刑第1452号）につき、
当社店舗で把握している範囲でご回答いたします。正式な回答書は添付のとおりです。

照会事項にある被疑者　辺見 拓真 について、当社大和駅東口店での契約記録は以下のとおりです。

　氏名：辺見 拓真（ヘンミ タクマ）
　生年月日：平成９年２月１１日
　住所（契約時）：神奈川県大和市深見西４丁目３－２５　メゾン深見２０３
　回線番号：０８０－６６１４－２７０９
　契約日：令和７年６月２日（新規・端末一括購入）

通話履歴につきましてはキャリア（ソラモバイル株式会社）の管理となるため、
同社へ照会いただきますようお願いいたします。
""" + SIG_ISURUGI,
        "attachments": [
            {
                "kind": "docx",
                "name": "回答書_大刑第1452号.docx",
                "title": "捜査関係事項照会に対する回答書",
                "paragraphs": [
                    "令和7年11月5日",
                    "神奈川県大和警察署長 殿",
                    "日の出産業株式会社 通信事業部長",
                    "捜査関係事項照会に対する回答書",
                    "令和7年10月30日付 大刑第1452号にて照会のありました事項について、下記のとおり回答します。",
                ],
                "tables": [
                    [
                        ["照会事項", "回答"],
                        ["被疑者氏名", "辺見 拓真"],
                        ["生年月日", "平成9年2月11日"],
                        ["契約時住所", "神奈川県大和市深見西4-3-25 メゾン深見203"],
                        ["回線番号", "080-6614-2709"],
                        ["本人確認書類", "運転免許証（番号は原本照合のみ、控えなし）"],
                    ]
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "telecom-024",
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "弁護士会照会 answer: one subscriber's name/address for a number used in a 詐欺 complaint; suspicion is implied, not stated",
        "sender": "石動 玲奈 <r.isurugi@hinode-sangyo.co.jp>",
        "to": ["神奈川県弁護士協会 照会担当 <shokai@kanagawa-bengoshi.or.jp>"],
        "subject": "弁護士法第23条の2に基づく照会（神弁照第2025-0881号）の回答",
        "body": """神奈川県弁護士協会　照会ご担当者様

お世話になっております。日の出産業株式会社 通信事業部の石動です。

神弁照第2025-0881号（申出弁護士：白川 修平先生）について回答いたします。
照会対象の電話番号は、当社相模大野店で販売した回線のうち、下記の方の名義でした。

　電話番号：090-8306-1472
　名義人：　笹子 悠斗
　契約時住所：神奈川県相模原市南区東林間7-14-2 コーポ林間101
　契約日：　2024年8月19日

なお、照会書記載の「投資勧誘の電話」に当該名義人が関与しているか否かについて、
当社では把握しておりません。通話記録等はキャリアにお問い合わせください。
""" + SIG_ISURUGI,
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "telecom-025",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "police inquiry about a suspect reported to internal legal only: all recipients internal",
        "sender": "石動 玲奈 <r.isurugi@hinode-sangyo.co.jp>",
        "to": ["法務部 <houmu@hinode-sangyo.co.jp>"],
        "cc": ["通信事業部長 安斎 <s.anzai@hinode-sangyo.co.jp>"],
        "subject": "【報告】大和警察署からの捜査関係事項照会の受付",
        "body": """法務部 各位
（cc 安斎部長）

業務管理室の石動です。
本日、大和警察署刑事課より捜査関係事項照会書を受領しましたのでご報告します。

・照会番号：大刑第1452号（令和7年10月30日付）
・対象：被疑者 辺見 拓真（H9.2.11生）、回線 080-6614-2709
・罪名：詐欺（特殊詐欺の受け子として逮捕済みとの説明あり）
・照会事項：契約者情報、本人確認書類の種別、契約店舗

回答期限は11/7です。回答案を明日中に作成しますので、ご確認をお願いします。
石動
""",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "telecom-026",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a foreign customer's 在留カード番号 sent to the carrier",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 審査センター <shinsa@sora-mobile.co.jp>"],
        "subject": "在留期間の確認について（受付 SM-25110502）",
        "body": """審査センター ご担当者様

町田駅前店の桑原です。
外国籍のお客様の新規契約で、在留期間の入力エラーが出ております。
在留カードの記載内容は以下のとおりです。

　氏名：NGUYEN THI THANH HUONG（グエン ティ タン フオン）
　生年月日：1998年4月17日
　国籍：ベトナム
　在留カード番号：UH48217736EA
　在留資格：技術・人文知識・国際業務
　在留期間（満了日）：2028年3月31日

割賦契約の期間（24回）が在留期間内に収まっておりますので、
エラーの解除方法をご教示ください。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "telecom-027",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "customer identified with a 日本国旅券: the passport number is in the mail",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 審査センター <shinsa@sora-mobile.co.jp>"],
        "subject": "パスポートでの本人確認（補助書類）について",
        "body": """ご担当者様

海老名店の吉岡です。いつもありがとうございます。

本日、2020年2月以降発行のパスポート（住所記載欄なし）で契約希望のお客様がいらっしゃいました。
補助書類として公共料金の領収書（住所記載あり）をお預かりしています。
この組み合わせで受付可能か確認させてください。

お客様：鷹司 詩織 様（タカツカサ シオリ）／1990年12月3日生
旅券番号：TR4829173
発行日：2023年6月20日

よろしくお願いします。
""" + SIG_YOSHIOKA,
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "telecom-028",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "健康保険証の記号・番号・保険者番号 of one customer sent to the carrier",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 審査センター <shinsa@sora-mobile.co.jp>"],
        "subject": "保険証＋補助書類での受付可否",
        "charset": "cp932",
        "body": """審査センター ご担当者様

町田駅前店の桑原です。
健康保険証と住民票での本人確認となるお客様について、申込書の記載内容を送ります。

　氏名　　　　百瀬 壮一 様
　住所　　　　東京都町田市鶴川６－１２－３　鶴川ハイツ４０２
　保険者番号　０６１３０４２７
　記号・番号　記号 ２１４０　番号 ３７８
　補助書類　　住民票の写し（発行後３か月以内）

お手数ですが、審査に回していただけますでしょうか。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "telecom-029",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a customer's マイナンバー copied from the card into the mail (must never be recorded)",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 審査センター <shinsa@sora-mobile.co.jp>"],
        "subject": "申込書の備考欄について（お詫びとご相談）",
        "body": f"""審査センター ご担当者様

海老名店の吉岡です。
本日受付した申込書（受付番号 SM-25110611）について、新人スタッフが
マイナンバーカードの裏面の番号を備考欄に書き写してしまっておりました。

　お客様：　丹後 美紀子 様（回線 090-4418-7725）
　備考欄の記載：個人番号 {my_number(2901)}

申込書のイメージはすでにシステムに登録済みのため、
差し替え・削除の方法をご教示いただけますでしょうか。
店舗ではスタッフに再教育を行います。大変申し訳ございません。
""" + SIG_YOSHIOKA,
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "telecom-030",
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a customer's credit card number for the payment-method change, in the body",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 料金センター <ryokin-center@sora-mobile.co.jp>"],
        "subject": "お支払方法変更（口座→カード）の代行入力について",
        "body": f"""料金センター ご担当者様

日の出産業 料金管理Gの柴崎です。
店頭端末の不具合で入力できなかったお支払方法変更について、代行入力をお願いできますでしょうか。

　契約者　　　上遠野 健司 様
　回線番号　　080-2277-5931
　カード番号　{card_number(3001)}
　有効期限　　09/29
　名義　　　　KENJI KATONO

本日中の処理が難しい場合はご連絡ください。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "telecom-031",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice mail: invoice number, our T-number and company bank account only",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["相模精工 経理課 <keiri@sagami-seiko.co.jp>"],
        "subject": "【請求書】法人回線ご利用料金 2025年10月分（請求番号 HN-2510-0417）",
        "body": f"""相模精工株式会社
経理課 御中

いつもお世話になっております。日の出産業株式会社 通信事業部の柴崎です。
2025年10月分の法人回線ご利用料金の請求書をお送りいたします。

　請求番号：HN-2510-0417
　ご請求金額：418,704円（税込）
　回線数：64回線
　お支払期限：2025年11月30日
　登録番号：T{corp_number("020110348857")}

【お振込先】
　みどり銀行 横浜中央支店（店番 214）
　普通預金 1048271
　口座名義 ヒノデサンギヨウ（カ

請求書PDFは法人ポータルからもダウンロードいただけます。
""" + SIG_SHIBAZAKI + DISCLAIMER_JA,
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "telecom-032",
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "external_recipients_visible"],
        "note": "three private customers (each one party) can see each other's addresses in To",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["kazumi.hoshina1984@gmail.com",
               "y-tachibana.0722@docomo.ne.jp",
               "ryota_m_kanzaki@icloud.com"],
        "subject": "修理品のお受け取りについて（日の出モバイル町田駅前店）",
        "body": """お客様各位

日の出モバイル町田駅前店でございます。
お預かりしておりました修理品が当店に戻ってまいりました。

お受け取りの際は、修理受付票と代替機（付属品含む）をお持ちのうえ、
営業時間内（10:00〜19:00）にご来店ください。
お受け取り期限は11月30日です。

ご来店予約は店舗までお電話ください（042-720-5531）。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "telecom-033",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one customer on free mail told that the repair is done; only a 受付番号",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["sachi.orihara@yahoo.co.jp"],
        "subject": "修理完了のご連絡（受付番号 TR-558244）",
        "body": """織原 様

日の出産業 通信事業部 カスタマーサポート課の渡部でございます。
このたびはご不便をおかけしております。

修理受付番号 TR-558244 の端末について、メーカー修理が完了しました。
基板交換となったため、データは初期化されております。
11月12日（水）以降、お預けいただいた海老名店でお受け取りいただけます。

修理代金は端末補償の適用により 0円 です。
ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "telecom-034",
        "expect": "stop",
        "entities": ["PHONE_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "6 rows of line number, date of birth and home address with no name column: a list of people",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["北斗サービサー 受託管理部 二階堂様 <nikaido@hokuto-servicer.co.jp>"],
        "subject": "Re: 住所不明で返戻された督促状の件",
        "body": """二階堂様

お世話になっております。柴崎です。
督促状が返戻となった6件について、当社保有の最新情報を確認しました。
契約者名は前回送付のデータと同一のため省略し、回線番号で照合いただけますと幸いです。

回線番号        生年月日     最新住所（契約変更届による）
--------------  -----------  ------------------------------------------------
090-2275-6613   S54.08.12    神奈川県相模原市南区上鶴間本町3-7-19 ハイム鶴間202
070-6621-0937   H2.11.03     東京都町田市木曽東4-1-8
080-3328-7109   S63.1.27     神奈川県海老名市国分北2-19-5
090-8817-2254   H11.5.30     神奈川県相模原市緑区大島1688-2
080-2091-6354   S47.12.09    神奈川県横浜市保土ケ谷区星川1-6-22-504
070-3394-2018   H6.07.15     神奈川県伊勢原市桜台5-2-11

ご確認のほどよろしくお願いいたします。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "telecom-035",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate 未納 figures per shop: no individual records",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 関東支社 代理店管理課 <dairiten-kanri@sora-mobile.co.jp>"],
        "subject": "10月度 割賦未納状況（店舗別集計）",
        "body": """代理店管理課 ご担当者様

日の出産業の柴崎です。10月度の割賦未納状況を店舗別に集計しました。

店舗　　　　　　　　未納件数　　未納金額　　前月比
町田駅前店　　　　　　１４件　　４１２，３００円　－２件
海老名店　　　　　　　　９件　　２６８，９００円　＋１件
相模大野店　　　　　　１１件　　３３０，１５０円　±０
本厚木北口店　　　　　　７件　　１９８，４００円　－３件
大和駅東口店　　　　　　６件　　１８７，２００円　＋２件
合計　　　　　　　　　４７件　１，３９６，９５０円

督促委託先への移管は3か月経過分のみ行っております。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "telecom-036",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX (title rows, 2 sheets): 障害者割引 applicants with disability grades and シニア割 applicants with DOB",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 割引審査チーム <waribiki@sora-mobile.co.jp>"],
        "subject": "11月受付分 割引申請者リストの送付",
        "body": """割引審査チーム ご担当者様

いつもお世話になっております。日の出産業 通信事業部の柴崎です。
11月前半に当社各店で受け付けた割引申請をまとめましたので、審査をお願いいたします。
（シート1：ハートフル割引、シート2：シニア割）
""" + SIG_SHIBAZAKI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "割引申請者リスト_202511前半.xlsx",
                "sheets": {
                    "ハートフル割引": [
                        ["日の出産業 通信事業部　ハートフル割引 申請者（2025/11/1〜11/15受付）"],
                        ["受付店舗", "氏名", "回線番号", "生年月日", "手帳種別", "等級"],
                        ["町田駅前", "我孫子 澄江", "090-6631-2084", "1952/03/08", "身体障害者手帳（肢体）", "2級"],
                        ["海老名", "神長 亮", "080-1129-6640", "1987/10/19", "精神障害者保健福祉手帳", "2級"],
                        ["相模大野", "宇都宮 千代", "070-4408-9213", "1949/06/25", "身体障害者手帳（内部・心臓）", "1級"],
                        ["本厚木北口", "大庭 翼", "090-7718-3306", "2005/01/12", "療育手帳", "B1"],
                        ["大和駅東口", "谷貝 茂", "080-5502-7791", "1961/09/30", "身体障害者手帳（聴覚）", "3級"],
                    ],
                    "シニア割": [
                        ["シニア割（65歳以上）申請者"],
                        ["受付店舗", "氏名", "回線番号", "生年月日"],
                        ["町田駅前", "古茶 喜代子", "090-2218-4476", "1945/11/02"],
                        ["海老名", "五十嵐 勝男", "080-3361-0058", "1953/04/17"],
                        ["橋本イオン前", "内海 トミ", "070-6614-2290", "1938/08/21"],
                    ],
                },
            }
        ],
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "telecom-037",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general question to a city welfare office about discount documents; no person",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["座間市 障がい福祉課 <shogai-fukushi@city.zama.lg.jp>"],
        "subject": "携帯電話の障がい者割引に関する窓口案内のご相談",
        "body": """座間市 福祉部 障がい福祉課 ご担当者様

突然のご連絡失礼いたします。市内で携帯ショップ「日の出モバイル」を運営しております
日の出産業株式会社 通信事業部の柴崎と申します。

携帯各社の障がい者向け割引では、障害者手帳のほか、自治体発行の
「障害福祉サービス受給者証」でも受付できる場合がございます。
市の窓口でお客様から問い合わせがあった際にご案内いただけるよう、
各社の割引の概要をまとめたチラシ（A4・1枚）をお届けしたいと考えております。

窓口への設置が可能かどうか、また設置にあたっての手続きがあればご教示いただけますでしょうか。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "telecom-038",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a single repair request mentions in passing that the customer has a hearing disability",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 受付 <repair-east@technorepair.co.jp>"],
        "subject": "EB-1108 修理依頼（連絡方法についてのお願い）",
        "body": """テクノリペア東日本 受付ご担当者様

海老名店の吉岡です。本日発送の1件について補足です。

店舗受付No：EB-1108
お客様：　　浜崎 楓太 様
機種：　　　SR-A54（画面表示不良）

お客様は聴覚に障害をお持ちで通話が難しいため、見積額の確認などのご連絡は
お電話ではなく、メール（futa.hamasaki.2291@gmail.com）か当店経由でお願いいたします。
見積が1万円を超える場合は修理せず返却をご希望です。
""" + SIG_YOSHIOKA,
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "telecom-039",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "FW of the carrier's mail: the forwarded list of 6 forced-cancellation customers is new to the agency",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["北斗サービサー 受託管理部 二階堂様 <nikaido@hokuto-servicer.co.jp>"],
        "subject": "FW: 【ソラモバイル】強制解約予定者のご連絡（日の出産業様取扱分）",
        "body": """二階堂様

柴崎です。キャリアから届いた強制解約予定者の連絡を転送します。
うち割賦残債のある方は来月委託分に含める予定ですので、事前にご確認ください。

-------- Forwarded Message --------
From: ソラモバイル 料金センター <ryokin-center@sora-mobile.co.jp>
Date: 2025/11/05 17:42
To: a.shibazaki@hinode-sangyo.co.jp
Subject: 【ソラモバイル】強制解約予定者のご連絡（日の出産業様取扱分）

日の出産業株式会社 料金管理グループ 御中

下記のお客様は、利用停止後60日を経過しても入金が確認できないため、
11月20日付で強制解約となります。

・水主 浩之　090-1146-3327　神奈川県厚木市旭町3-12-5
・戸井田 紗希　080-2213-9084　神奈川県相模原市中央区矢部2-8-14-301
・蓮沼 修　070-6685-0172　東京都町田市森野5-3-9
・石神井 亜矢　090-5529-4418　神奈川県大和市上和田1287-6
・鯨岡 雄一　080-7736-2251　神奈川県海老名市杉久保北4-2-30
・栃内 麻衣　090-3304-8876　神奈川県横浜市瀬谷区三ツ境11-4

ソラモバイル株式会社 料金センター
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "telecom-040",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply quoting (Original Message) the repair centre's own loaner list; new text has no data",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 代替機管理 堀内様 <horiuchi@technorepair.co.jp>"],
        "subject": "RE: 代替機 在庫補充の件",
        "body": """堀内様

お世話になっております。渡部です。
ご連絡ありがとうございます。補充分20台は11/10（月）着で承知しました。
受領後、各店への振り分けは当方で行います。

渡部

-----Original Message-----
From: 堀内 <horiuchi@technorepair.co.jp>
Sent: Wednesday, November 5, 2025 4:18 PM
To: 渡部 健一 <k.watanabe@hinode-sangyo.co.jp>
Subject: 代替機 在庫補充の件

日の出産業 渡部様

お世話になっております。テクノリペア東日本の堀内です。
補充分20台を11/10着で発送予定です。あわせて、貸出期間が30日を超えている
下記の方について、店舗からのご連絡をお願いできますでしょうか。

代替機No    貸出日      お客様名        電話
DK-20417   2025/09/22  伊集院 剛       090-3318-6052
DK-20433   2025/09/25  熊谷 理沙       080-4425-7790
DK-20451   2025/09/29  饗庭 俊介       070-2216-5384
DK-20468   2025/10/01  五味 栞         090-7703-4129
DK-20472   2025/10/02  城之内 慎吾     080-1157-6238

堀内
""",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "telecom-041",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a UTF-8 CSV of 8 corporate-line users (name, number, mail)",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務課 岩佐様 <iwasa@kawasaki-denki.co.jp>"],
        "subject": "新工場分 回線割当表（ご確認用）",
        "body": """川崎電機株式会社 総務課
岩佐様

お世話になっております。日の出産業の大野です。
新工場ご利用分の回線割当表を作成しましたので、ZIPでお送りします。
（CSVと、取込手順のテキストを同梱しています）

誤りがございましたらご指摘ください。
""" + SIG_OHNO,
        "attachments": [
            {
                "kind": "zip",
                "name": "kawasaki_shinkojo_kaisen.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "kaisen_wariate.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["回線番号", "利用者氏名", "部署", "メール", "端末"],
                            ["080-9921-3301", "漆原 航", "製造1課", "w-urushibara@kawasaki-denki.co.jp", "SR-G12"],
                            ["080-9921-3302", "楠本 さゆり", "製造1課", "s-kusumoto@kawasaki-denki.co.jp", "SR-G12"],
                            ["080-9921-3303", "大楠 隆文", "製造2課", "t-ookusu@kawasaki-denki.co.jp", "SR-G12"],
                            ["080-9921-3304", "及川 凛", "製造2課", "r-oikawa@kawasaki-denki.co.jp", "SR-A54"],
                            ["080-9921-3305", "帯刀 正", "品質保証課", "t-tatewaki@kawasaki-denki.co.jp", "SR-A54"],
                            ["080-9921-3306", "砂原 美穂", "品質保証課", "m-sunahara@kawasaki-denki.co.jp", "SR-A54"],
                            ["080-9921-3307", "白鳥 陸", "設備保全課", "r-shiratori@kawasaki-denki.co.jp", "SR-G12"],
                            ["080-9921-3308", "沖 真一", "工場長室", "s-oki@kawasaki-denki.co.jp", "SR-X10"],
                        ],
                    },
                    {
                        "kind": "txt",
                        "name": "README.txt",
                        "text": "取込手順\n1. 法人ポータルにログイン\n2. 回線管理 > 一括更新 を選択\n3. kaisen_wariate.csv を指定して取込\n",
                    },
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "telecom-042",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "customer list sent to an internal subdomain address only",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["通信事業部 店舗運営G <tenpo-unei@mail.hinode-sangyo.co.jp>"],
        "subject": "町田駅前店 機種変更予約者（入荷待ち）一覧",
        "body": """店舗運営G 各位

町田駅前店の桑原です。SR-X11の入荷待ち予約者一覧です。
配分のご参考にしてください。

・鈴鹿 春香　090-2246-1178　1993/05/04　128GB ブルー
・稲村 智也　080-4471-9902　1988/11/29　256GB ブラック
・真鍋 優子　070-3318-6624　1976/02/15　128GB ホワイト
・佃 康平　090-6620-3357　2000/08/08　256GB ブルー
・金田一 結　080-1193-4480　1999/12/24　128GB ブラック
・冨樫 昭二　090-8857-0031　1957/07/07　128GB ホワイト

以上です。
""",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "telecom-043",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unnyu.co.jp: partner domain aoba-unyu.co.jp with an 'n' added",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 総務部 大河内様 <ookouchi@aoba-unnyu.co.jp>"],
        "subject": "Re: ドライバー用端末 追加10台の件",
        "body": """大河内様

お世話になっております。大野です。
追加10台（SR-G12 Rugged）の件、在庫を確保いたしました。
11/14（金）に綾瀬センター様へ直送いたします。

開通は納品日の午前中に当社で一括実施し、完了次第ご連絡いたします。
納品書は別途郵送します。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "telecom-044",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX with 取扱注意 in its page header (解約防止マニュアル) sent to an agency",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["ケイズコミュニケーション 研修担当 <kenshu@ks-comm.co.jp>"],
        "subject": "解約相談時の応対手順（改訂版）",
        "body": """ケイズコミュニケーション 研修ご担当者様

お世話になっております。日の出産業の三ツ木です。
来週の店舗スタッフ研修でお使いいただく応対手順書（改訂版）を添付いたします。
前回版からの変更点は第3章（MNP転出相談）です。
""" + SIG_MITSUGI,
        "attachments": [
            {
                "kind": "docx",
                "name": "解約相談応対手順_v3.docx",
                "title": "解約相談時の応対手順 v3",
                "page_header": "【取扱注意】代理店内限り　日の出産業 通信事業部",
                "paragraphs": [
                    "解約相談時の応対手順（第3版）",
                    "第1章 受付時の確認事項",
                    "来店目的を確認し、解約・MNP転出・料金相談のいずれかに分類する。",
                    "第2章 料金プランの見直し提案",
                    "直近3か月の利用実績から、より安価なプランを提示する。",
                    "第3章 MNP転出相談",
                    "転出理由をヒアリングし、端末割引・ポイント付与の特典を案内する（上限はシステム表示額）。",
                ],
                "tables": [
                    [
                        ["転出理由", "提示できる特典", "承認"],
                        ["料金が高い", "プラン見直し＋3か月1,000円割引", "店長"],
                        ["端末が古い", "機種変更クーポン 11,000円", "店長"],
                        ["他社キャンペーン", "ポイント 5,000pt", "エリアマネージャー"],
                    ]
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "telecom-045",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "draft service contract with a 秘密保持 clause: talk about confidentiality, not a marking",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["エコリンク回収 営業部 野々村様 <nonomura@ecolink-kaishu.co.jp>"],
        "subject": "端末回収業務委託契約書（案）の送付",
        "body": """株式会社エコリンク回収
営業部　野々村様

お世話になっております。日の出産業の渡部です。
端末回収業務委託契約書の案を添付いたします。
第8条（秘密保持）および第9条（データ消去）についてご確認いただき、
修正のご希望があれば変更履歴でお戻しください。
""" + SIG_WATANABE,
        "attachments": [
            {
                "kind": "docx",
                "name": "端末回収業務委託契約書_案_20251105.docx",
                "title": "端末回収業務委託契約書（案）",
                "paragraphs": [
                    "端末回収業務委託契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と株式会社エコリンク回収（以下「乙」という。）は、使用済み携帯端末の回収業務の委託に関し、次のとおり契約を締結する。",
                    "第1条（目的）甲は乙に対し、甲の店舗で回収した使用済み端末の運搬及び再資源化を委託する。",
                    "第8条（秘密保持）乙は、本契約に関して知り得た甲の機密情報を第三者に開示してはならない。",
                    "第9条（データ消去）乙は、回収端末の記憶領域を物理破壊又は専用ソフトにより消去し、消去証明書を甲に提出する。",
                    "第12条（有効期間）本契約の有効期間は、契約締結日から1年間とする。",
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "telecom-046",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five competing agencies in To: each sees the others (should have been Bcc)",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["モバイルスクエア <tenpo@mobile-square.co.jp>",
               "テルネット商会 金城様 <kinjo@telnet-shokai.co.jp>",
               "湘南通信サービス 赤嶺様 <akamine@shonan-tsushin.co.jp>",
               "みなみ電話センター <info@minami-denwa.jp>",
               "ケイズコミュニケーション <eigyo@ks-comm.co.jp>"],
        "subject": "SR-X11 初回入荷分の配分について",
        "body": """二次代理店 各位

いつもお世話になっております。日の出産業 通信事業部の三ツ木です。
11/21発売のSR-X11について、初回入荷分の配分が決まりましたのでお知らせします。

　モバイルスクエア様　　　　　　40台
　テルネット商会様　　　　　　　25台
　湘南通信サービス様　　　　　　25台
　みなみ電話センター様　　　　　15台
　ケイズコミュニケーション様　　15台

配分は前期の販売実績に基づいております。追加のご要望は11/14までにお知らせください。
""" + SIG_MITSUGI,
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "telecom-047",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four training attendees with their mobile numbers: under five people, may warn",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 販売研修事務局 <kenshu-jimukyoku@sora-mobile.co.jp>"],
        "subject": "11/18 新商品研修 参加者のご連絡",
        "body": """販売研修事務局 ご担当者様

日の出産業の三ツ木です。11/18（火）新商品研修（横浜会場）の参加者をお知らせします。
当日の緊急連絡先として各自の携帯番号を記載しております。

1. 桑原 拓也（町田駅前店 店長）　　090-6612-4470
2. 吉岡 ゆかり（海老名店）　　　　080-2286-1953
3. 仙波 大輔（相模大野店）　　　　070-5517-3308
4. 日向 紬（本厚木北口店）　　　　090-1129-8846

よろしくお願いいたします。
""" + SIG_MITSUGI,
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "telecom-048",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "loaner-phone ledger, one record per block, 5 customers with phone and address",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 代替機管理 堀内様 <horiuchi@technorepair.co.jp>"],
        "subject": "代替機 貸出台帳（相模大野店 11月第1週）",
        "charset": "iso-2022-jp",
        "body": """堀内様

渡部です。相模大野店の11月第1週の貸出分です。
未返却時の督促状送付先として住所も記載しています。

【1】代替機No DK-20511
　お名前：舘野 玲子
　電話　：090-4463-2718
　住所　：神奈川県相模原市南区松が枝町14-7
　貸出日：11/1

【2】代替機No DK-20514
　お名前：早乙女 陸斗
　電話　：080-6632-0491
　住所　：神奈川県相模原市南区大野台2-21-3 グリーンハイツ105
　貸出日：11/2

【3】代替機No DK-20519
　お名前：杵渕 久美
　電話　：070-2281-7736
　住所　：神奈川県座間市相模が丘6-3-18
　貸出日：11/3

【4】代替機No DK-20523
　お名前：西園寺 学
　電話　：090-5518-9024
　住所　：東京都町田市鶴間1-8-9-702
　貸出日：11/4

【5】代替機No DK-20530
　お名前：安居院 千鶴
　電話　：080-3347-1169
　住所　：神奈川県相模原市南区相南4-11-2
　貸出日：11/6

以上5件です。
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "telecom-049",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three loaner records (name, phone) to the repair centre: under five, may warn",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 代替機管理 <daitaiki@technorepair.co.jp>"],
        "subject": "代替機 返却3台の発送連絡",
        "body": """代替機管理ご担当様

海老名店の吉岡です。本日、返却された代替機3台を発送しました。

DK-20388　返却者：弓削 千夏 様（080-6618-0025）　付属品：充電器あり
DK-20392　返却者：樫村 敏 様（090-4401-5207）　付属品：なし（お客様紛失、請求済）
DK-20401　返却者：阿久津 楓 様（090-8824-1163）　付属品：充電器あり

ゆうパック 伝票番号 3321-4087-5566 です。
""" + SIG_YOSHIOKA,
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "telecom-050",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 7 model-change reservations (name, phone) sent to an agency",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["ケイズコミュニケーション 本厚木店 <honatsugi@ks-comm.co.jp>"],
        "subject": "予約引継ぎのお願い（SR-X11）",
        "body": """ケイズコミュニケーション 本厚木店 ご担当者様

お世話になっております。日の出産業の三ツ木です。
当社本厚木北口店の改装休業（11/17〜11/30）に伴い、同店で受け付けた
SR-X11の予約について、貴店での引渡しをお願いしたく、一覧をPDFでお送りします。
お客様には貴店での受取となる旨、ご了承いただいております。
""" + SIG_MITSUGI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "SR-X11予約引継ぎ一覧_本厚木北口.pdf",
                "title": "SR-X11 予約引継ぎ一覧",
                "lines": ["SR-X11 予約引継ぎ一覧（日の出モバイル本厚木北口店 → ケイズコミュニケーション本厚木店）", ""],
                "table": [
                    ["予約No", "お客様名", "電話番号", "容量/色", "手続"],
                    ["HA-0031", "茅根 健吾", "090-3305-7182", "256GB/黒", "機種変更"],
                    ["HA-0032", "相楽 美穂", "080-1146-2290", "128GB/青", "機種変更"],
                    ["HA-0035", "猿渡 修平", "070-6624-3318", "128GB/白", "MNP"],
                    ["HA-0038", "井越 香織", "090-8810-5546", "256GB/青", "機種変更"],
                    ["HA-0040", "木暮 正人", "080-5591-0073", "128GB/黒", "機種変更"],
                    ["HA-0041", "生天目 菜々", "070-2203-6619", "128GB/白", "新規"],
                    ["HA-0044", "押切 和彦", "090-7725-4401", "256GB/黒", "機種変更"],
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "telecom-051",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "English mail: 5 expatriate employees with passport numbers and DOB for roaming SIMs",
        "sender": "Ken Hamada <k.hamada@hinode-sangyo.co.jp>",
        "to": ["PacRoam Corporate Desk <corporate@pacroam.com>"],
        "subject": "Corporate roaming SIM activation - Hinode Sangyo (5 users)",
        "body": """Dear PacRoam Corporate Desk,

Please activate corporate roaming SIMs for the following five employees of our customer,
Kawasaki Denki, who will be seconded to the Bangkok plant from December 1.
Your KYC form requires passport details, so they are listed below.

Name                 Date of birth   Passport No.   Nationality
-------------------  --------------  -------------  -----------
SUNAHARA Miho        1989-03-14      TK5520817      Japan
OKUSU Takafumi       1976-09-02      TR2294461      Japan
TATEWAKI Tadashi     1981-12-20      TZ8817305      Japan
URUSHIBARA Wataru    1994-06-11      TS3340928      Japan
OIKAWA Rin           1997-01-27      TK7706154      Japan

Data plan: Asia 20GB/month. Billing to our corporate account HS-00417.
Kind regards,
""" + SIG_HAMADA,
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "telecom-052",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English technical mail to the device maker about a firmware fault: models and build numbers only",
        "sender": "Ken Hamada <k.hamada@hinode-sangyo.co.jp>",
        "to": ["Veltra Devices Partner Support <partner-support@veltradevices.com>"],
        "subject": "SR-A54 (OEM VT-5400J) - reboot loop after firmware 3.2.18",
        "body": """Hello Partner Support team,

Since firmware 3.2.18 was pushed on 28 Oct, our shops have received 23 reports of
SR-A54 units (your model VT-5400J) entering a reboot loop when the battery drops below 15%.

- Affected builds: 3.2.18 (all), not seen on 3.2.16
- Reproduction: battery saver ON + Bluetooth ON, discharge to 14%
- Workaround we give customers: disable battery saver until a fix is released

Could you confirm whether a hotfix is planned and an ETA? We would also like to know
whether units already sent for repair should be held until the fix.

Best regards,
""" + SIG_HAMADA + "\n" + DISCLAIMER_EN,
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "telecom-053",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one customer's hospitalisation for a stroke mentioned in passing to the collection agency",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["北斗サービサー 受託管理部 二階堂様 <nikaido@hokuto-servicer.co.jp>"],
        "subject": "督促一時停止のお願い（顧客番号 C0084012）",
        "body": """二階堂様

お世話になっております。柴崎です。
10月委託分のうち、顧客番号 C0084012 の百目鬼 里奈様について、
ご家族から店舗に連絡があり、9月に脳梗塞で倒れて現在も入院中とのことでした。

退院後にご本人から連絡をいただけるとのことですので、
12月末まで督促（電話・書面とも）を一時停止していただけますでしょうか。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "telecom-054",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table: 6 elderly applicants for the watch-over service with DOB, address, emergency contact",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["あんしん見守りネット 受付センター <uketsuke@mimamori-net.co.jp>"],
        "subject": "見守りサービス（ケータイ連動）お申込み分の送付",
        "body": """あんしん見守りネット株式会社
受付センター 御中

お世話になっております。日の出モバイル海老名店の吉岡です。
10月に店頭で受け付けた見守りサービスのお申込み6件分を、申込一覧（Word）にてお送りします。
お申込書の原本は月末にまとめて郵送いたします。
""" + SIG_YOSHIOKA,
        "attachments": [
            {
                "kind": "docx",
                "name": "見守りサービス申込一覧_202510_海老名.docx",
                "paragraphs": ["見守りサービス（ケータイ連動）申込一覧　2025年10月　日の出モバイル海老名店"],
                "tables": [
                    [
                        ["ご利用者", "生年月日", "ご住所", "見守り端末", "緊急連絡先（続柄）"],
                        ["相馬 キヨ", "昭和12年3月3日", "神奈川県海老名市大谷北2-7-15", "090-1150-3326", "相馬 隆 090-6613-2207（長男）"],
                        ["岩淵 正三", "昭和15年10月22日", "神奈川県海老名市河原口4-1-9", "080-4419-0018", "岩淵 和恵 080-3321-4476（長女）"],
                        ["比嘉 ウメ", "昭和9年1月15日", "神奈川県座間市入谷西3-22-6", "070-5503-2291", "比嘉 健 070-1142-3398（孫）"],
                        ["寒河江 茂", "昭和18年7月8日", "神奈川県綾瀬市深谷中5-10-4", "090-7731-6650", "寒河江 妙子 090-2209-1157（妻）"],
                        ["国分 ハル", "昭和11年12月1日", "神奈川県海老名市上今泉6-3-27", "080-2264-8803", "国分 誠 080-9917-4452（次男）"],
                        ["三角 勇", "昭和20年5月19日", "神奈川県厚木市戸室3-18-1", "070-3376-1014", "三角 里美 070-8820-6635（長女）"],
                    ]
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "telecom-055",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "name transfer between two people (parent to child): two people's records, may warn",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 代理店サポートセンター <dairiten-support@sora-mobile.co.jp>"],
        "subject": "名義変更（承継）の必要書類について",
        "body": """代理店サポートセンター ご担当者様

町田駅前店の桑原です。名義変更の手続きについて確認させてください。

旧名義人：能登 吉郎 様（昭和33年2月9日生）
新名義人：能登 祐介 様（平成元年6月30日生・旧名義人の長男）
対象回線：090-6628-1147

旧名義人様が施設入所中でご来店が難しいとのことです。
委任状＋旧名義人様の本人確認書類のコピーで受付可能でしょうか。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "telecom-056",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "hinode-sanqyo.co.jp (q for g) is a look-alike of the own domain; a 6-person list goes there",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["三ツ木 浩二 <k.mitsugi@hinode-sanqyo.co.jp>"],
        "subject": "相模精工様 管理者回線の一覧",
        "body": """三ツ木さん

大野です。明日の相模精工様訪問用に、管理者回線の一覧を送ります。
先方の総務ご担当（前田様）と確認する際に使ってください。

坂東 英明　　総務部長　　080-7712-4408
前田 朋美　　総務課　　　080-7712-4409
鷲尾 賢人　　情報システム　080-7712-4415
小椋 菜摘　　情報システム　080-7712-4416
土師 康弘　　工場総務　　080-7712-4420
川久保 彩　　経理課　　　080-7712-4431

大野
""",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "telecom-057",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘-marked incentive memo circulated to internal recipients only",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["通信事業部 店長会 <tenchokai@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】下期 販売支援金条件（代理店説明会前の事前共有）",
        "body": """店長各位

三ツ木です。11/12の代理店説明会に先立ち、下期の販売支援金条件を共有します。
【社外秘】代理店・お客様への転送は厳禁です。

・MNP新規（5G端末）：18,000円 → 20,000円に増額
・機種変更：3,500円（据え置き）
・端末補償 付帯率70%以上の店舗：月額+30,000円
・早期解約（90日以内）：全額返還

説明会では紙資料のみ配布します。
三ツ木
""",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "telecom-058",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "forwarded carrier notice carrying a 部外秘 classification stamp, sent to an agency",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["湘南通信サービス 店舗統括 赤嶺様 <akamine@shonan-tsushin.co.jp>"],
        "subject": "転送：端末購入プログラム 運用変更のお知らせ",
        "body": """赤嶺様

三ツ木です。キャリアから下記の通達がありましたので転送いたします。
12月からの運用に関わりますので、店舗の皆様へ周知をお願いします。

---------- 転送メッセージ ----------
差出人: ソラモバイル 代理店サポートセンター
件名: 端末購入プログラム 運用変更のお知らせ

■■■■■■■■■■■■■■■■■■■■
　　　　　　　部外秘
　代理店様向け通達 No.2025-118
■■■■■■■■■■■■■■■■■■■■

1. 2025年12月1日より、端末購入プログラムの返却査定基準を変更します。
2. 画面割れ・水濡れは査定時に22,000円の追加負担となります。
3. 店頭での事前説明を必須とし、説明確認書への署名をいただいてください。

ソラモバイル株式会社 代理店サポートセンター
""" + SIG_MITSUGI,
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "telecom-059",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "full-width space-padded table with full-width digits and 和暦 DOB: 6 シニア割 customers",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 割引審査チーム <waribiki@sora-mobile.co.jp>"],
        "subject": "シニア割　年齢確認保留分について",
        "body": """割引審査チーム　ご担当者様

海老名店の吉岡です。
シニア割（６５歳以上）のお申込みで「生年月日未登録」エラーとなった６件です。
店頭で本人確認書類を再確認しましたので、生年月日の登録をお願いいたします。

お名前　　　　　回線番号　　　　　　生年月日
－－－－－－－　－－－－－－－－－　－－－－－－－－－－－
""" + "\n".join(
            f"{n}{fw(p)}　　{d}" for n, p, d in [
                ("椎名 フサ子　　", "090-1138-2274", "昭和１５年　２月１１日"),
                ("鍋島 賢治　　　", "080-6619-3307", "昭和２２年１０月　５日"),
                ("有働 静江　　　", "070-2245-8861", "昭和１９年　７月２３日"),
                ("東條 義人　　　", "090-5507-1126", "昭和２４年１２月３０日"),
                ("梶ヶ谷 マサ　　", "080-3381-4409", "大正１５年　４月　１日"),
                ("平良 徳三　　　", "070-9914-6652", "昭和１６年　９月１８日"),
            ]) + """

よろしくお願いいたします。
""" + SIG_YOSHIOKA,
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "telecom-060",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipment tracking numbers for returned loaner phones: no people",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 代替機管理 <daitaiki@technorepair.co.jp>"],
        "subject": "代替機返送の伝票番号（各店分）",
        "body": """代替機管理ご担当様

渡部です。本日各店から返送した代替機の伝票番号です。

店舗,台数,運送会社,伝票番号
町田駅前店,4,ヤマト運輸,4512-0837-2216
海老名店,3,ゆうパック,3321-4087-5590
相模大野店,5,佐川急便,3606-7714-0288
本厚木北口店,2,ヤマト運輸,4512-0837-2231
横浜西口店,6,ヤマト運輸,4512-0837-2245

到着後、受領数のご確認をお願いします。
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "telecom-061",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "refund transfer request: 6 customers' personal bank accounts sent to the bank",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 横浜中央支店 法人営業課 <yokohama-chuo@midori-ginko.co.jp>"],
        "subject": "過払い料金の返金振込（総合振込）依頼",
        "body": """みどり銀行 横浜中央支店
法人営業課 御中

いつもお世話になっております。日の出産業株式会社 通信事業部の柴崎です。
二重引落しとなったお客様への返金につき、11/12付で総合振込をお願いいたします。
（振込元：当社 普通 1048271）

受取人名（カナ）        金融機関・支店              種別  口座番号   金額
----------------------  --------------------------  ----  ---------  -------
クツカケ ヨシノリ       みどり銀行 相模大野支店     普通  3318207     6,248
ハナワ サチコ           かながわ信用金庫 海老名支店 普通  0772154     4,980
ヒメノ タツヤ           東都銀行 町田支店           普通  5290816     6,248
オオツボ マキ           ゆうちょ銀行 〇一八支店     普通  2447193     3,520
ソブエ コウヘイ         みどり銀行 厚木支店         当座  0061427     8,316
イノマタ アイ           相武信用組合 本店営業部     普通  1183305     4,980

合計 6件 34,292円
よろしくお願いいたします。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "telecom-062",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.com: partner bank's domain midori-ginko.co.jp with another TLD",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 収納サービス課 <shuno@midori-ginko.com>"],
        "subject": "口座振替依頼書の送付予定について（11月分）",
        "body": """みどり銀行 収納サービス課 ご担当者様

お世話になっております。日の出産業の柴崎です。
11月に店頭で受け付けた口座振替依頼書（計42枚）を、11/14（金）に簡易書留で発送いたします。
不備があった場合は、従来どおり返戻リストでお知らせください。

また、12月から依頼書の様式が新しくなる件、新様式の納品時期をご教示いただけますと幸いです。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "telecom-063",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate direct-debit counts to the real partner bank domain: no individuals",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 収納サービス課 <shuno@midori-ginko.co.jp>"],
        "subject": "10月 口座振替結果の確認",
        "body": """収納サービス課 ご担当者様

いつもお世話になっております。日の出産業の柴崎です。
10月27日振替分の結果データを受領しました。当社集計との突合結果をお知らせします。

　振替依頼件数　　　3,418件
　振替済　　　　　　3,296件（96.4%）
　残高不足　　　　　　 98件
　取引なし・解約　　　 24件

残高不足分は11/27に再振替を依頼します。差異はございませんでした。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "telecom-064",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "tab-separated bulk MNP list: 8 users with kana name, number, DOB",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 法人営業部 長谷部様 <hasebe@sora-mobile.co.jp>"],
        "subject": "北国フーズ様 一括MNP 転入データ（第1陣 8回線）",
        "body": """長谷部様

お世話になっております。大野です。
北国フーズ様の一括MNP、第1陣8回線分のデータです（Excelから貼り付けています）。
利用者情報の登録もあわせてお願いいたします。

No	利用者名カナ	現番号	MNP予約番号	利用者生年月日
1	ヒガシ マサオ	090-3390-2215	7720-1183-552	1971/05/16
2	ウエノ ナオミ	090-3390-2216	7720-1183-553	1983/09/02
3	コンノ リョウ	090-3390-2219	7720-1183-556	1990/12/11
4	サイオンジ カオル	090-3390-2224	7720-1183-561	1968/02/28
5	ニシザワ ユウキ	090-3390-2230	7720-1183-567	1996/07/19
6	キタバタケ シン	080-1176-4408	7720-1183-570	1985/03/07
7	ミズノエ アヤ	080-1176-4411	7720-1183-573	1992/10/25
8	オオサワ トオル	080-1176-4417	7720-1183-579	1979/08/13

第2陣（24回線）は来週送付予定です。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "telecom-065",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of corporate customers (companies with 法人番号 and switchboards): not people",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 法人営業部 長谷部様 <hasebe@sora-mobile.co.jp>"],
        "subject": "上期 法人獲得実績（取次先一覧）",
        "body": f"""長谷部様

お世話になっております。日の出産業の大野です。
上期の法人獲得実績の取次先一覧をお送りします。インセンティブ算定にご利用ください。

法人名                  法人番号        代表電話        所在地              回線数
----------------------  --------------  --------------  ------------------  ------
相模精工株式会社        {corp_number("021001077413")}   042-744-2210    相模原市中央区      64
株式会社みなと冷蔵      {corp_number("020001128842")}   045-503-7781    横浜市鶴見区        22
有限会社中津川造園      {corp_number("021002034455")}   046-281-3306    愛甲郡愛川町         8
医療法人社団 湘和会     {corp_number("021005019927")}   0466-22-6110    藤沢市鵠沼          31
株式会社ハマ設備工業    {corp_number("020001147710")}   045-934-0085    横浜市緑区          15

合計 5社 140回線
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "telecom-066",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comma-separated list of agencies (company contacts, switchboards): business list",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 関東支社 代理店管理課 <dairiten-kanri@sora-mobile.co.jp>"],
        "subject": "二次代理店 連絡先一覧の更新",
        "body": """代理店管理課 ご担当者様

三ツ木です。当社傘下の二次代理店の連絡先を更新しました。

代理店名,代理店コード,代表電話,窓口部署,所在地
株式会社モバイルスクエア,S2-10417,046-200-3315,店舗運営部,神奈川県大和市中央3-2-8
株式会社テルネット商会,S2-10422,042-755-9010,営業部,神奈川県相模原市中央区相模原2-7-1
湘南通信サービス株式会社,S2-10430,0466-27-4452,店舗統括部,神奈川県藤沢市南藤沢18-4
みなみ電話センター合同会社,S2-10451,045-842-3377,本部,神奈川県横浜市港南区上大岡西1-6-12
株式会社ケイズコミュニケーション,S2-10463,046-225-1180,営業企画部,神奈川県厚木市旭町1-24-6

テルネット商会様の代表電話が変更になっております。
""" + SIG_MITSUGI,
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "telecom-067",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "bulleted list of 6 admin users (name, mail, mobile) sent to the MDM vendor",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム MDMサポート <mdm-support@tsubasa-system.jp>"],
        "subject": "相模精工様 MDM管理者アカウント発行依頼",
        "body": """ツバサシステム株式会社
MDMサポート ご担当者様

お世話になっております。日の出産業の大野です。
相模精工様（テナントID: SGS-0417）のMDM管理者アカウント発行をお願いします。

・坂東 英明　hideaki.bando@sagami-seiko.co.jp　080-7712-4408　（権限：全体管理）
・前田 朋美　tomomi.maeda@sagami-seiko.co.jp　080-7712-4409　（権限：全体管理）
・鷲尾 賢人　kento.washio@sagami-seiko.co.jp　080-7712-4415　（権限：端末操作）
・小椋 菜摘　natsumi.ogura@sagami-seiko.co.jp　080-7712-4416　（権限：端末操作）
・土師 康弘　yasuhiro.haji@sagami-seiko.co.jp　080-7712-4420　（権限：閲覧のみ）
・川久保 彩　aya.kawakubo@sagami-seiko.co.jp　080-7712-4431　（権限：閲覧のみ）

初期パスワードは各ご担当者へ直接SMSでお送りいただけますでしょうか。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "telecom-068",
        "expect": "either",
        "entities": ["PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "20 company-owned line numbers with plans, no user names: corporate asset list or people's numbers?",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 総務部 大河内様 <ookouchi@aoba-unyu.co.jp>"],
        "subject": "プラン変更対象回線のご確認",
        "body": """大河内様

お世話になっております。大野です。
通話量の少ない下記20回線について、12月からのプラン変更（かけ放題L→S）をご提案します。
変更後は月額 1,100円/回線 の削減となります。

回線番号        現プラン          直近3か月平均通話
080-4471-2160   かけ放題L         12分
080-4471-2161   かけ放題L          8分
080-4471-2162   かけ放題L         15分
080-4471-2163   かけ放題L          3分
080-4471-2164   かけ放題L         21分
080-4471-2165   かけ放題L          0分
080-4471-2166   かけ放題L          9分
080-4471-2167   かけ放題L         11分
080-4471-2168   かけ放題L          6分
080-4471-2169   かけ放題L         17分
080-4471-2170   かけ放題L          4分
080-4471-2171   かけ放題L         13分
080-4471-2172   かけ放題L          2分
080-4471-2173   かけ放題L         19分
080-4471-2174   かけ放題L          7分
080-4471-2175   かけ放題L         10分
080-4471-2176   かけ放題L          5分
080-4471-2177   かけ放題L         14分
080-4471-2178   かけ放題L          1分
080-4471-2179   かけ放題L         16分

ご承認いただければ一括で手続きいたします。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "telecom-069",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "network outage report to a corporate customer: areas and times only",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務課 岩佐様 <iwasa@kawasaki-denki.co.jp>"],
        "subject": "【障害報告】11/4 ソラモバイル通信障害について",
        "body": """川崎電機株式会社 総務課 岩佐様

お世話になっております。日の出産業の大野です。
11月4日に発生したソラモバイルの通信障害について、キャリアからの報告をもとにご案内します。

　発生日時：2025年11月4日（火）9:12〜11:47
　影響範囲：神奈川県央エリア（厚木市・海老名市・愛川町の一部）
　影響内容：データ通信がつながりにくい状態（音声通話は影響なし）
　原因　　：基地局制御装置のソフトウェア不具合
　対策　　：修正版ソフトウェアを11/5未明に適用済み

貴社愛川工場でご利用の回線も影響を受けた可能性がございます。
ご迷惑をおかけし申し訳ございませんでした。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "telecom-070",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF of the corporate bill cannot be inspected",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
        "subject": "10月分 回線別ご利用明細（パスワード付きPDF）",
        "body": """北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業の柴崎です。
10月分の回線別ご利用明細をお送りします。
PDFにはパスワードを設定しております。パスワードはご契約時にお知らせした文字列です。
""" + SIG_SHIBAZAKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "meisai_kitaguni_202510.pdf",
                "password": "KF-meisai-1025",
                "lines": ["回線別ご利用明細 2025年10月分", "北国フーズ株式会社 様"],
                "table": [
                    ["回線番号", "利用者", "基本料", "通話料", "合計"],
                    ["090-3390-2215", "東 正雄", "3,280", "0", "3,280"],
                    ["090-3390-2216", "上野 直美", "3,280", "220", "3,500"],
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "telecom-071",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP sent between colleagues: all recipients internal",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>", "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>"],
        "subject": "移管対象契約者一覧（社内確認用）",
        "body": """桑原さん、吉岡さん

三ツ木です。大和駅東口店の移管対象一覧、社内確認用です。
パスワードはいつもの店舗共通のものです。確認後は削除してください。
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "ikan_shanai.zip",
                "password": "shop-common-77",
                "files": [
                    {"kind": "txt", "name": "memo.txt", "text": "移管対象 214件（内訳は別シート）"}
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "telecom-072",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one elderly customer's dementia diagnosis (成年後見) stated in a cancellation request",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 代理店サポートセンター <dairiten-support@sora-mobile.co.jp>"],
        "subject": "成年後見人による解約手続きについて",
        "body": """代理店サポートセンター ご担当者様

町田駅前店の桑原です。手続きについてご相談させてください。

契約者の 猪瀬 トシ子 様（昭和１４年８月２日生、回線 090-2271-6604）について、
成年後見人の司法書士の方がご来店されました。
アルツハイマー型認知症と診断され、本年9月に後見開始の審判が確定したとのことです。

後見人様から登記事項証明書の提示を受けております。
後見人による解約の場合、ほかに必要な書類があればご教示ください。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "telecom-073",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "repair price list PDF to a corporate customer",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 総務部 宮城様 <miyagi@sakura-hotel.jp>"],
        "subject": "法人向け 修理料金表のご送付",
        "body": """さくらホテル株式会社 総務部 宮城様

お世話になっております。日の出産業 カスタマーサポート課の渡部です。
先日お問い合わせいただいた、法人契約端末の修理料金表をお送りします。
端末補償にご加入の回線は、表中の「補償適用時」の金額となります。
""" + SIG_WATANABE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "法人向け修理料金表_2025.pdf",
                "lines": ["法人向け 修理料金表（2025年11月改定）", "金額は税込"],
                "table": [
                    ["機種", "画面交換", "バッテリー交換", "水濡れ（基板）", "補償適用時"],
                    ["SR-A54", "19,800円", "8,800円", "33,000円", "5,500円"],
                    ["SR-X10", "32,780円", "11,000円", "49,500円", "8,800円"],
                    ["SR-G12 Rugged", "24,200円", "9,900円", "38,500円", "5,500円"],
                    ["SR-F3", "9,900円", "5,500円", "16,500円", "3,300円"],
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "telecom-074",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a mail forwarded as an .eml attachment carries 5 unreturned-loaner customers with addresses",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["エコリンク回収 訪問回収課 <homon@ecolink-kaishu.co.jp>"],
        "subject": "代替機の訪問回収のお願い（元メール添付）",
        "body": """エコリンク回収 訪問回収課 ご担当者様

日の出産業の渡部です。先月ご相談した代替機の訪問回収について、
対象者を取りまとめた社内メールを添付しますので、こちらの5件をお願いいたします。
訪問前にお客様へのお電話をお願いします。
""" + SIG_WATANABE,
        "attachments": [
            {
                "kind": "eml",
                "name": "未返却代替機_訪問回収対象.eml",
                "message": {
                    "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
                    "to": ["渡部 健一 <k.watanabe@hinode-sangyo.co.jp>"],
                    "subject": "未返却代替機（60日超）訪問回収対象",
                    "body": """渡部さん

海老名店・相模大野店分で60日を超えた未返却の方です。

1) 大日向 伸也　090-6604-1127　神奈川県海老名市門沢橋3-9-2　DK-19820
2) 仁科 恵美　080-2215-3398　神奈川県座間市ひばりが丘1-44-7　DK-19835
3) 小野寺 巧　070-4419-2260　神奈川県相模原市南区新磯野5-2-18　DK-19861
4) 蔵本 香澄　090-3382-0045　神奈川県綾瀬市寺尾中2-14-30　DK-19877
5) 藤ノ木 昇　080-9941-6613　神奈川県海老名市社家6-1-5　DK-19902

吉岡
""",
                },
            }
        ],
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "telecom-075",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "change-of-contact notice: one business contact (new person in charge), no private data",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 関東支社 代理店管理課 <dairiten-kanri@sora-mobile.co.jp>"],
        "subject": "担当者変更のお知らせ",
        "body": """代理店管理課 ご担当者様

いつもお世話になっております。日の出産業の三ツ木です。
12月1日付の人事異動により、貴社ご担当を下記の者に交代いたします。

　新担当：通信事業部 代理店営業グループ　國枝 亮平（くにえだ りょうへい）
　TEL：045-451-3386
　Mail：r.kunieda@hinode-sangyo.co.jp

11月中は引継ぎのため、両名でご対応させていただきます。
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
""" + SIG_MITSUGI,
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "telecom-076",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of 12 DM recipients (〒, address, name) sent to the printer",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 DM制作課 <dm@nishiki-insatsu.co.jp>"],
        "subject": "機種変更のご案内DM 宛名データ（海老名店・第1弾）",
        "body": """錦印刷株式会社
DM制作課 御中

いつもお世話になっております。日の出モバイル海老名店の吉岡です。
機種変更ご案内ハガキの宛名データ（第1弾）をCSVでお送りします。
文字コードはUTF-8です。印字レイアウトは前回と同じでお願いします。
""" + SIG_YOSHIOKA,
        "attachments": [
            {
                "kind": "csv",
                "name": "dm_atena_ebina_01.csv",
                "encoding": "utf-8",
                "rows": [
                    ["郵便番号", "住所1", "住所2", "氏名", "敬称", "利用機種"],
                    ["243-0401", "神奈川県海老名市東柏ケ谷3-11-6", "", "大城 千里", "様", "SR-A41"],
                    ["243-0402", "神奈川県海老名市柏ケ谷1082-4", "サンハイツ201", "菊池 弘明", "様", "SR-X8"],
                    ["243-0405", "神奈川県海老名市国分南2-6-19", "", "野々山 香", "様", "SR-A41"],
                    ["243-0406", "神奈川県海老名市国分北4-20-3", "エクセル国分305", "羽賀 聡志", "様", "SR-F2"],
                    ["243-0410", "神奈川県海老名市杉久保北1-5-12", "", "城戸 麻衣子", "様", "SR-X8"],
                    ["243-0413", "神奈川県海老名市国分寺台5-8-27", "", "宮代 徹", "様", "SR-A41"],
                    ["243-0421", "神奈川県海老名市上郷2-2-44", "", "榎本 沙也加", "様", "SR-G10"],
                    ["243-0422", "神奈川県海老名市中新田3-27-9", "コーポ中新田B-102", "石嶺 健一郎", "様", "SR-X8"],
                    ["243-0424", "神奈川県海老名市社家2-11-3", "", "久我 陽菜", "様", "SR-A41"],
                    ["243-0425", "神奈川県海老名市中野1-19-8", "", "芦沢 勝也", "様", "SR-F2"],
                    ["243-0426", "神奈川県海老名市門沢橋5-3-21", "", "若林 恒夫", "様", "フィーチャーフォン"],
                    ["243-0433", "神奈川県海老名市河原口1-28-5", "リバーサイド河原口702", "宝田 里美", "様", "SR-X8"],
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "telecom-077",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytsem.jp: partner tsubasa-system.jp with two letters swapped",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム MDMサポート <mdm-support@tsubasa-sytsem.jp>"],
        "subject": "川崎電機様 新工場端末のMDM事前登録",
        "body": """ツバサシステム MDMサポート ご担当者様

日の出産業の大野です。川崎電機様 新工場分の端末8台について、
ゼロタッチ登録をお願いします（テナントID: KWD-0112）。

IMEI
356613029501284
356613029501292
356613029501300
356613029501318
356613029501326
356613029501334
356613029501342
358840092311106

プロファイルは「工場標準_v2」を適用してください。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "telecom-078",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "corporate quotation: line counts, models and monthly prices only",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["相模精工 総務課 前田様 <tomomi.maeda@sagami-seiko.co.jp>"],
        "subject": "お見積書送付（端末入替 64回線）",
        "body": """相模精工株式会社 総務課
前田様

いつもお世話になっております。日の出産業の大野です。
端末入替（64回線）のお見積りをお送りします。

　品目　　　　　　　　　　　数量　単価　　　　金額
　SR-A54 法人モデル　　　　　48　 22,000円　 1,056,000円
　SR-G12 Rugged　　　　　　　16　 31,900円　   510,400円
　初期設定・データ移行作業　　64　  2,200円　   140,800円
　割引（法人一括入替）　　　　 1　 -200,000円　-200,000円
　合計（税込）　　　　　　　　　　　　　　　 1,507,200円

有効期限は2025年12月19日です。
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "telecom-079",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF with the corporate applicant's 運転免許証 details (number, DOB, address) to the carrier",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 法人審査 <hojin-shinsa@sora-mobile.co.jp>"],
        "subject": "法人新規申込（有限会社中津川造園様）来店者確認書類",
        "body": """法人審査 ご担当者様

お世話になっております。日の出産業の大野です。
有限会社中津川造園様の法人新規申込（8回線）について、
ご来店者（代表取締役）の確認書類記載事項をPDFにまとめましたのでお送りします。
登記簿謄本は別途郵送いたします。
""" + SIG_OHNO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "来店者確認書類_中津川造園.pdf",
                "lines": [
                    "来店者確認書類 記載事項",
                    "法人名：有限会社中津川造園",
                    "来店者：中津川 源治（代表取締役）",
                    "確認書類：運転免許証",
                    "免許証番号：第 471803926514 号",
                    "生年月日：昭和42年11月8日",
                    "住所：神奈川県愛甲郡愛川町中津2617-3",
                    "有効期限：令和10年12月8日",
                    "確認者：日の出産業 法人営業課 大野",
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "telecom-080",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "customer's 基礎年金番号 taken from a 年金手帳 used as a supporting document",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 審査センター <shinsa@sora-mobile.co.jp>"],
        "subject": "補助書類（年金手帳）の扱いについて",
        "body": """審査センター ご担当者様

町田駅前店の桑原です。
シニア割のお申込みで、お客様が年金手帳を年齢確認の補助書類として提示されました。
申込書の補助書類欄には以下のとおり記載されています。

　氏名　　　　　兵頭 喜一 様
　生年月日　　　Ｓ２３．５．１７
　基礎年金番号　４２１７－５８９３０６

年金手帳は補助書類として認められないと認識しておりますが、
念のため扱いをご確認いただけますでしょうか。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "telecom-081",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English contract-renewal mail with a standard confidentiality disclaimer",
        "sender": "Ken Hamada <k.hamada@hinode-sangyo.co.jp>",
        "to": ["Martin Yeo <martin.yeo@pacroam.com>"],
        "subject": "Renewal of the corporate roaming agreement (2026)",
        "body": """Dear Martin,

Thank you for the draft renewal terms. We are broadly happy with them; two points:

1. Clause 4.2 (volume tiers): we would like the 500-SIM tier to start at 400 SIMs,
   as our corporate customers' secondments to Thailand and Vietnam are growing.
2. Clause 9 (confidentiality): please keep the mutual wording of the 2025 agreement.

Could we have a short call next Tuesday or Wednesday (JST afternoon)?

Best regards,
""" + SIG_HAMADA + "\n" + DISCLAIMER_EN,
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "telecom-082",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "English forward of 5 warranty claims with customers' names, mails and phones to the maker",
        "sender": "Ken Hamada <k.hamada@hinode-sangyo.co.jp>",
        "to": ["Veltra Devices Warranty <warranty@veltradevices.com>"],
        "cc": ["Lim Seo-yeon <limsy.veltra@gmail.com>"],
        "subject": "FW: Reboot-loop cases for direct replacement",
        "body": """Hi Warranty team (cc Seo-yeon, as agreed on the phone),

As discussed, below are the five customers who asked for a direct replacement unit.
Please contact them directly to arrange the courier.

---------- Forwarded message ---------
From: 渡部 健一 <k.watanabe@hinode-sangyo.co.jp>
Subject: 再起動ループ 交換希望のお客様

Name (romaji)        E-mail                          Phone          IMEI
Kurata Shinobu       shinobu.k0412@gmail.com         090-4417-2286  351182046712205
Hatakeyama Jun       jun-hatake@ezweb.ne.jp          080-6623-9015  351182046712361
Yamabuki Ayane       ayane.ymbk@icloud.com           070-3351-4478  351182046713117
Mizorogi Tetsuo      t.mizorogi@outlook.jp           090-2206-8834  351182046713480
Oshima Reika         reika_oshima@yahoo.co.jp        080-1184-6672  351182046714029

Regards,
""" + SIG_HAMADA,
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "telecom-083",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "found phone handed to the police: device identifiers only, owner unknown",
        "sender": "桑原 拓也 <t.kuwabara@hinode-sangyo.co.jp>",
        "to": ["町田警察署 会計課 遺失物係 <ishitsubutsu@machida-ps.keishicho.lg.jp>"],
        "subject": "拾得物（携帯電話）の提出について",
        "body": """町田警察署 会計課 遺失物係 ご担当者様

日の出モバイル町田駅前店の桑原です。
11月3日に当店前のベンチで拾得された携帯電話について、お電話で伺ったとおり
明日11/6午前に届け出に伺います。

　拾得日時：2025年11月3日 18:40頃
　拾得場所：町田市原町田6-8-1 店舗前ベンチ
　物品：スマートフォン（黒、手帳型ケース入り）
　機種：他社製、IMEI 353029117798142（SIMトレイ記載）

画面ロックがかかっており、所有者は確認できておりません。
""" + SIG_KUWABARA,
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "telecom-084",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "reply: the corrected 5-row CSV list is new text above the quote, so it counts",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 法人営業部 長谷部様 <hasebe@sora-mobile.co.jp>"],
        "subject": "Re: 北国フーズ様 第2陣 データ不備について",
        "body": """長谷部様

ご指摘ありがとうございます。大野です。
不備のあった5件を修正しました。正しいデータは以下のとおりです。

利用者名カナ,現番号,MNP予約番号,利用者生年月日
コバヤシ ミツル,080-1176-4425,7720-1190-014,1974/06/21
アラカワ エリ,080-1176-4427,7720-1190-016,1988/01/09
ツルミ ケンタ,080-1176-4431,7720-1190-020,1993/11/30
モチヅキ ハルカ,080-1176-4436,7720-1190-025,1999/04/04
ハシバ ヨシオ,080-1176-4440,7720-1190-029,1965/08/17

お手数をおかけしました。

> 大野様
> 第2陣データのうち5件で、生年月日と予約番号の桁数に不備がありました。
> 該当行：No.4, 9, 13, 18, 22
> ご確認をお願いします。
> 長谷部
""" + SIG_OHNO,
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "telecom-085",
        "expect": "pass",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": [],
        "note": "card numbers of customers whose payment failed, sent only inside the company",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["経理部 売掛金チーム <urikake@hinode-sangyo.co.jp>"],
        "subject": "カード決済エラー（10月分）の確認依頼",
        "body": f"""売掛金チーム 各位

料金管理Gの柴崎です。10月分のカード決済でエラーとなった方です。
カード会社への照会用にカード番号を記載しています（社内限り・確認後削除）。

・鳴海 雄大　{card_number(8501)}　限度額超過
・乙部 理恵　{card_number(8502)}　有効期限切れ
・春日井 翔　{card_number(8503)}　カード会社判断

ご確認よろしくお願いします。
""",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "telecom-086",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy .xls of 6 employees with company phone, DOB and home address sent to the customer's HR",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 人事課 <jinji@sakura-hotel.jp>"],
        "subject": "社用携帯 貸与者台帳（旧システム出力）",
        "body": """さくらホテル株式会社 人事課 御中

お世話になっております。日の出産業の大野です。
旧管理システムから出力した社用携帯の貸与者台帳をお送りします。
古い形式（.xls）で恐縮ですが、貸与時にご提出いただいた情報がそのまま入っております。
""" + SIG_OHNO,
        "attachments": [
            {
                "kind": "xls",
                "name": "taiyo_daicho_sakura.xls",
                "sheets": {
                    "台帳": [
                        ["貸与番号", "氏名", "生年月日", "自宅住所", "貸与端末番号", "貸与日"],
                        ["SK-001", "川端 慎一", "1972/04/18", "神奈川県鎌倉市小町2-9-11", "090-5560-2201", "2021/04/01"],
                        ["SK-002", "玉城 さくら", "1990/07/02", "神奈川県藤沢市片瀬海岸1-8-3-402", "090-5560-2202", "2021/04/01"],
                        ["SK-003", "桧山 功", "1985/11/25", "神奈川県逗子市逗子5-3-17", "090-5560-2203", "2021/04/01"],
                        ["SK-004", "根岸 真澄", "1979/02/06", "神奈川県横浜市栄区小菅ケ谷3-22-8", "090-5560-2204", "2022/10/01"],
                        ["SK-005", "矢作 拓", "1996/09/14", "神奈川県鎌倉市大船6-1-29", "090-5560-2205", "2023/04/01"],
                        ["SK-006", "伏見 千秋", "1988/12/19", "神奈川県茅ヶ崎市本村4-14-2", "090-5560-2206", "2024/04/01"],
                    ]
                },
            }
        ],
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "telecom-087",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX of sales figures per shop and month: business data, no people",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["みなみ電話センター 本部 <info@minami-denwa.jp>"],
        "subject": "上期 販売実績（エリア比較）",
        "body": """みなみ電話センター 本部 ご担当者様

三ツ木です。先日の会議でお話しした上期のエリア別販売実績です。
貴社分と当社直営店の比較にご利用ください。
""" + SIG_MITSUGI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "上期販売実績_エリア比較.xlsx",
                "sheets": {
                    "サマリー": [
                        ["2025年度上期 販売実績（台数）"],
                        ["エリア", "新規", "MNP", "機種変更", "合計"],
                        ["横浜南", 412, 388, 1260, 2060],
                        ["県央", 536, 471, 1582, 2589],
                        ["町田・相模原", 604, 522, 1733, 2859],
                    ],
                    "月別": [
                        ["月", "新規", "MNP", "機種変更"],
                        ["4月", 290, 251, 811],
                        ["5月", 244, 220, 702],
                        ["6月", 251, 236, 760],
                        ["7月", 266, 240, 805],
                        ["8月", 230, 214, 690],
                        ["9月", 271, 220, 807],
                    ],
                },
            }
        ],
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "telecom-088",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-1aw.jp: partner law firm's shirakawa-law.jp with 1 for l (homoglyph)",
        "sender": "石動 玲奈 <r.isurugi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
        "subject": "弁護士会照会への回答方針についてのご相談",
        "body": """白川法律事務所
白川 修平 先生

いつもお世話になっております。日の出産業 通信事業部の石動です。

先日ご相談した弁護士会照会への回答について、社内で方針案をまとめました。
契約者情報の開示範囲（氏名・住所まで、生年月日は除く）で問題ないか、
来週のお打合せでご意見を伺えますでしょうか。

候補日：11/11（火）15時、11/12（水）10時、11/13（木）16時
""" + SIG_ISURUGI,
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "telecom-089",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni.foods.co.jp: partner kitaguni-foods.co.jp with a dot for the hyphen",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 経理部 <keiri@kitaguni.foods.co.jp>"],
        "subject": "請求書送付先変更のご確認",
        "body": """北国フーズ株式会社 経理部 御中

いつもお世話になっております。日の出産業の柴崎です。
12月請求分より、請求書の送付先を札幌本社から東京支店へ変更するとのご連絡をいただきました。
念のため、変更後の送付先をご確認ください。

　新送付先：北国フーズ株式会社 東京支店 経理課
　（住所は貴社ウェブサイト掲載の東京支店所在地）

相違がなければ、このままご返信不要です。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "telecom-090",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting scheduling with two people of the same agency: one external organisation",
        "sender": "三ツ木 浩二 <k.mitsugi@hinode-sangyo.co.jp>",
        "to": ["赤嶺様 <akamine@shonan-tsushin.co.jp>", "比嘉様 <higa@shonan-tsushin.co.jp>"],
        "cc": ["國枝 亮平 <r.kunieda@hinode-sangyo.co.jp>"],
        "subject": "店舗巡回の日程調整（藤沢・茅ヶ崎）",
        "body": """湘南通信サービス株式会社
赤嶺様、比嘉様

お世話になっております。三ツ木です。
後任の國枝を伴って、藤沢店・茅ヶ崎店にご挨拶に伺いたいと考えております。

候補：11/19（水）13:00〜／11/21（金）10:00〜／11/26（水）14:00〜

ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_MITSUGI,
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "telecom-091",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "5 loaner rows but 2 are 法人名義 with company numbers: 3 private persons + 2 businesses",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 代替機管理 堀内様 <horiuchi@technorepair.co.jp>"],
        "subject": "代替機 貸出延長の申請（5件）",
        "body": """堀内様

渡部です。修理が長期化している下記5件の代替機について、貸出延長を申請します。

代替機No   名義                      連絡先          延長後期限
DK-20544   株式会社ハマ設備工業      045-934-0085    12/15
DK-20548   寺門 章吾                 090-3371-2258   12/10
DK-20551   医療法人社団 湘和会       0466-22-6110    12/20
DK-20557   諏訪部 真琴               080-6614-9903   12/10
DK-20560   狩野 麻里                 070-2219-5547   12/12

法人2件はメーカー修理部品待ち、個人3件は基板交換待ちです。
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "telecom-092",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX sheet carries employees' 個人番号 (copied from the customer's HR export) to the carrier",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 法人審査 <hojin-shinsa@sora-mobile.co.jp>"],
        "subject": "みなと冷蔵様 利用者登録データ",
        "body": """法人審査 ご担当者様

お世話になっております。日の出産業の大野です。
株式会社みなと冷蔵様の利用者登録データをお送りします。
先方人事システムからの出力をそのまま整形したものです。
""" + SIG_OHNO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "みなと冷蔵_利用者登録.xlsx",
                "sheets": {
                    "登録データ": [
                        ["株式会社みなと冷蔵　利用者登録データ（人事システム出力）"],
                        ["社員CD", "氏名", "生年月日", "個人番号", "回線"],
                        ["M0412", "岸部 航平", "1982/05/30", my_number(9201), "新規"],
                        ["M0418", "泉谷 亜紀", "1991/02/17", my_number(9202), "新規"],
                        ["M0433", "道下 剛志", "1977/10/08", my_number(9203), "MNP"],
                    ],
                    "備考": [
                        ["個人番号列は不要であれば削除してください"],
                    ],
                },
            }
        ],
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "telecom-093",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "stock inquiry to an agency with the usual Japanese confidentiality disclaimer",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["モバイルスクエア 大和店 <yamato@mobile-square.co.jp>"],
        "subject": "SR-G12 在庫のお問い合わせ",
        "body": """モバイルスクエア 大和店 ご担当者様

お世話になっております。日の出モバイル海老名店の吉岡です。
SR-G12 Rugged（ブラック）の在庫が当店で切れてしまい、
お客様が本日中の機種変更をご希望です。
貴店に在庫が2台ほどございましたら、店舗間移動をお願いできますでしょうか。

お手数ですがご返信をお待ちしております。
""" + SIG_YOSHIOKA + "\n" + DISCLAIMER_JA,
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "telecom-094",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one customer's payment change with the card masked to its last 4 digits: no card number",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["ソラモバイル 料金センター <ryokin-center@sora-mobile.co.jp>"],
        "subject": "Re: お支払方法変更の反映確認",
        "body": """料金センター ご担当者様

料金管理Gの柴崎です。代行入力ありがとうございました。
店頭のお客様控えと照合し、下記のとおり反映を確認しました。

　契約者：上遠野 健司 様（080-2277-5931）
　カード：****-****-****-4418（VISA）
　反映月：2025年12月請求分から

以上です。
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "telecom-095",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one customer's delivery address for a loaner phone: a single person's record, may warn",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["テクノリペア東日本 代替機管理 <daitaiki@technorepair.co.jp>"],
        "subject": "代替機の直送をお願いします（来店困難なお客様）",
        "body": """代替機管理ご担当様

渡部です。店舗に来店が難しいお客様へ、代替機の直送をお願いできますでしょうか。

　お届け先：〒252-0318 神奈川県相模原市南区上鶴間本町9-40-6
　お名前　：茂木 早苗 様
　お電話　：042-748-3316
　機種　　：SR-A54 相当で可

修理品は着払いでご返送いただくよう、お客様にお伝えしております。
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "telecom-096",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "ZIP holds an XLSX whose header is marked Confidential (special corporate prices)",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 総務部 宮城様 <miyagi@sakura-hotel.jp>"],
        "subject": "端末入替のご提案資料一式",
        "body": """宮城様

いつもお世話になっております。大野です。
先日ご依頼いただいた端末入替のご提案資料一式をZIPにまとめてお送りします。
ご検討のほどよろしくお願いいたします。
""" + SIG_OHNO,
        "attachments": [
            {
                "kind": "zip",
                "name": "sakura_hotel_teian.zip",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "tokubetsu_kakaku.xlsx",
                        "page_header": "CONFIDENTIAL - Sora Mobile / Hinode Sangyo internal pricing",
                        "sheets": {
                            "特別価格": [
                                ["法人特別価格（キャリア承認単価）"],
                                ["機種", "仕切価格", "提示下限"],
                                ["SR-A54", "38,500", "22,000"],
                                ["SR-G12 Rugged", "51,700", "31,900"],
                                ["SR-T8", "33,000", "9,900"],
                            ]
                        },
                    },
                    {
                        "kind": "pdf",
                        "name": "teian_gaiyo.pdf",
                        "lines": ["さくらホテル様 端末入替ご提案 概要", "対象：フロント・客室係 42回線"],
                    },
                ],
            }
        ],
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "telecom-097",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "theft-victim customer reported to internal colleagues only",
        "sender": "吉岡 ゆかり <y.yoshioka@hinode-sangyo.co.jp>",
        "to": ["渡部 健一 <k.watanabe@hinode-sangyo.co.jp>"],
        "cc": ["石動 玲奈 <r.isurugi@hinode-sangyo.co.jp>"],
        "subject": "盗難被害のお客様（補償申請・警察からの問い合わせ可能性あり）",
        "body": """渡部さん
（cc 石動さん）

海老名店の吉岡です。本日の盗難受付について共有します。

雲類鷲 友梨 様（090-5126-3847）、11/2夜に海老名駅西口でひったくり被害。
海老名警察署に被害届提出済み（受理番号 第2025-1187号）。
警察から端末の位置情報等の照会が来る可能性がある、とお客様が言われたそうです。

補償申請の書類は店舗でお渡し済みです。
吉岡
""",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "telecom-098",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a private customer, the repair centre and the carrier all visible in To/Cc: three external parties",
        "sender": "渡部 健一 <k.watanabe@hinode-sangyo.co.jp>",
        "to": ["kosuge.tadashi55@gmail.com"],
        "cc": ["テクノリペア東日本 受付 <repair-east@technorepair.co.jp>",
               "ソラモバイル お客様相談室 <soudan@sora-mobile.co.jp>"],
        "subject": "修理遅延についてのお詫びと今後の対応",
        "body": """小菅 様

日の出産業 通信事業部 カスタマーサポート課の渡部でございます。
このたびは修理のお返しが大幅に遅れ、大変ご迷惑をおかけしております。

修理センター（テクノリペア東日本様）に確認しましたところ、交換部品の入荷が
11月下旬となる見込みです。キャリア（ソラモバイル様）のお客様相談室にも
経緯を共有しておりますので、本メールは関係各社に同報でお送りしております。

代替機はそのままご利用いただけます。改めて日程が確定しましたらご連絡いたします。
""" + SIG_WATANABE,
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "telecom-099",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply on the collection agency's monthly aggregate report: rates and totals only",
        "sender": "柴崎 彩 <a.shibazaki@hinode-sangyo.co.jp>",
        "to": ["北斗サービサー 受託管理部 二階堂様 <nikaido@hokuto-servicer.co.jp>"],
        "subject": "Re: 10月度 回収実績のご報告",
        "body": """二階堂様

柴崎です。10月度の回収実績報告、拝受しました。
回収率が前月から改善しており、ありがとうございます。
11月からの電話督促時間帯の変更（19時まで→20時まで）も了解いたしました。

引き続きよろしくお願いいたします。

差出人: 二階堂 <nikaido@hokuto-servicer.co.jp>
送信日時: 2025年11月6日 9:05
宛先: 柴崎 彩
件名: 10月度 回収実績のご報告

日の出産業 柴崎様

10月度の回収実績をご報告します。
　受託件数：58件　回収完了：21件　一部回収：9件
　回収額：612,480円（回収率 38.2%）
11月より電話督促の時間帯を20時までに延長いたします。
北斗サービサー 二階堂
""" + SIG_SHIBAZAKI,
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "telecom-100",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail.kawasaki-denki.co.jp is a genuine subdomain of the partner, not a look-alike",
        "sender": "大野 真理子 <m.ohno@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買部 <kobai@mail.kawasaki-denki.co.jp>"],
        "subject": "法人回線契約の更新手続きについて",
        "body": """川崎電機株式会社
購買部 御中

いつもお世話になっております。日の出産業 通信事業部の大野です。
貴社法人回線契約（契約番号 HC-2019-0112）が2026年1月末で更新時期を迎えます。

更新にあたり、以下の点をご検討いただけますと幸いです。
　1. 料金プランの見直し（ビジネスかけ放題L → 新プラン「ビジネス5G」）
　2. 端末補償の一括加入（現在 加入率 62%）
　3. 契約期間（2年／3年）

12月中旬にご説明に伺いたく、ご都合をお聞かせください。
""" + SIG_OHNO,
    },
]
