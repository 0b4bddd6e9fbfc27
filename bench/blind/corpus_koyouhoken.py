"""Blind corpus, area "koyouhoken": employment-insurance (雇用保険) paperwork that Hinode Sangyo's HR / labour team (人事部 労務グループ, 大阪支店 総務課) exchanges with Hello Work, the prefectural labour bureau, its outside labour consultants (社会保険労務士法人 はるかぜ労務オフィス, 牧野労務管理事務所), the payroll outsourcer, the e-filing vendor, partner companies taking seconded staff, and current or former employees on private mail: enrolment and loss of eligibility (資格取得・喪失), separation slips (離職証明書・離職票), childcare and elder-care leave benefits (育児休業給付・介護休業給付), continued-employment benefits for older workers and reemployment allowances (再就職手当・採用証明書), plus the ordinary scheduling, invoices, statistics, NDAs and notices around them. It was written blind, from bench/blind/BRIEF.md, build.py's message format and SPEC.md only; every person, number and address in it is invented.
"""

from build import card_number, my_number

SEED = 53201


def _sp(n: str, sep: str = " ") -> str:
    """12 digits as 4-4-4 (how My Numbers are usually typed)."""
    return sep.join((n[:4], n[4:8], n[8:]))


_FW = str.maketrans("0123456789-()/:", "０１２３４５６７８９－（）／：")


def _fw(s: str) -> str:
    """Full-width digits, as pasted from some forms."""
    return s.translate(_FW)


SIG_TODO = """
--
日の出産業株式会社 人事部 労務グループ
藤堂 彩香（Todo Ayaka）
〒135-0064 東京都江東区青海五丁目3番8号 日の出青海ビル7F
TEL 03-6457-2134（直通） / FAX 03-6457-2199
todo.ayaka@hinode-sangyo.co.jp
"""

SIG_SEKINE = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 労務グループ 課長　関根 修平
〒135-0064 東京都江東区青海5-3-8
TEL：03-6457-2130　内線 4412
Mail：sekine.shuhei@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_OKOCHI = """
――――――――――――――――
大河内 真央 / Mao Okochi
日の出産業株式会社 人事部 労務グループ
03-6457-2137
――――――――――――――――
"""

SIG_MOMOSE = """
*************************************
 日の出産業株式会社 人事部 人事企画課
 百瀬 健吾
 TEL 03-6457-2141 FAX 03-6457-2199
 〒135-0064 東京都江東区青海五丁目3番8号
*************************************
"""

SIG_ONODERA = """
------------------------------
小野寺 恵（おのでら めぐみ）
日の出産業株式会社 人事部 労務グループ
両立支援担当
TEL: 03-6457-2138
------------------------------
"""

SIG_HIGA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 大阪支店 総務課
比嘉 隆之
〒530-0005 大阪府大阪市北区中之島三丁目6番32号
TEL 06-6205-3310 FAX 06-6205-3319
higa.takayuki@osaka.hinode-sangyo.co.jp
￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣￣
"""

SIG_YOSHITAKE = """
日の出産業株式会社 経理部 支払グループ
吉武 沙耶
TEL 03-6457-2160
"""

DISC_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Hinode Sangyo Co., Ltd.
"""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "koyouhoken-001",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "cc": ["関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>"],
        "subject": "10月1日付入社者 雇用保険資格取得届の作成のお願い（8名）",
        "body": """社会保険労務士法人 はるかぜ労務オフィス
岡部 様

いつも大変お世話になっております。
日の出産業の藤堂です。

10月1日付の入社者8名について、雇用保険被保険者資格取得届の作成・提出をお願いいたします。
入社者一覧を添付いたしましたのでご確認ください。

・前職のある2名は、前職の被保険者番号を一覧の右端に記載しています
・パートの薬師寺さんは週24時間の契約です
・個人番号は本人から回収でき次第、簡易書留でお送りします（メールでは送りません）

提出期限が10日と迫っておりますので、不足項目があればお知らせください。
よろしくお願いいたします。
""" + SIG_TODO,
        "attachments": [{
            "kind": "xlsx",
            "name": "2026年10月入社者一覧_雇用保険用.xlsx",
            "title": "入社者一覧",
            "sheets": {
                "入社者": [
                    ["2026年10月1日付 入社者一覧（雇用保険 資格取得届 作成用）"],
                    [],
                    ["社員番号", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所",
                     "雇用形態", "週所定労働時間", "賃金(月額/時給)", "前職被保険者番号"],
                    ["H261001", "勅使河原 蒼", "テシガワラ アオイ", "男", "2003/05/14", "211-0004",
                     "神奈川県川崎市中原区新丸子東2-905-11 ルミエール新丸子403", "正社員", 40, 235000, ""],
                    ["H261002", "御手洗 ひより", "ミタライ ヒヨリ", "女", "2004/01/29", "336-0017",
                     "埼玉県さいたま市南区南浦和3-18-6", "正社員", 40, 228000, ""],
                    ["H261003", "東海林 颯真", "ショウジ ソウマ", "男", "1998/11/03", "272-0133",
                     "千葉県市川市行徳駅前1-27-9-205", "正社員", 40, 262000, "5031-482776-1"],
                    ["H261004", "早乙女 七海", "サオトメ ナナミ", "女", "2003/08/21", "123-0851",
                     "東京都足立区梅田4-14-3", "正社員", 40, 228000, ""],
                    ["H261005", "猪俣 大翔", "イノマタ ヒロト", "男", "2003/12/07", "134-0088",
                     "東京都江戸川区西葛西6-9-18 グレイス西葛西702", "正社員", 40, 228000, ""],
                    ["H261006", "栗花落 結衣", "ツユリ ユイ", "女", "1995/04/16", "223-0062",
                     "神奈川県横浜市港北区日吉本町4-33-2", "契約社員", 30, 198000, "3402-115907-6"],
                    ["H261007", "百目鬼 陸", "ドウメキ リク", "男", "2004/02/02", "176-0012",
                     "東京都練馬区豊玉北5-22-14", "正社員", 40, 228000, ""],
                    ["H261008", "薬師寺 紗良", "ヤクシジ サラ", "女", "1989/09/30", "142-0041",
                     "東京都品川区戸越4-7-11-101", "パート", 24, 1350, ""],
                ],
                "備考": [
                    ["項目", "内容"],
                    ["事業所", "本社（適用事業所番号 1308-604172-5）"],
                    ["資格取得年月日", "2026/10/01"],
                    ["作成", "人事部 労務グループ 藤堂"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX of 8 new hires with birth dates and home addresses to the outside labour consultant: list of people.",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "koyouhoken-002",
        "charset": "utf-8",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["m.okabe@harukaze-sr.jp"],
        "subject": "e-Gov電子申請への切替えに関する打合せ日程のご相談",
        "body": """岡部先生

お世話になっております。日の出産業の関根でございます。

先日お話のあった、雇用保険関係届出のe-Gov電子申請への全面切替えの件、
社内の稟議が通りましたので、一度打合せのお時間をいただけますでしょうか。

候補日（いずれも1時間程度、弊社会議室またはTeams）
　① 11月 9日（月）14:00～
　② 11月11日（水）10:00～
　③ 11月13日（金）16:00～

議題（案）
　1. 電子証明書／GビズIDのどちらで申請するか
　2. 離職証明書の電子化と、本人交付の流れ
　3. 公文書（資格取得等確認通知書など）の受け取りと社内保管ルール

ご都合のよい日時をお知らせいただけましたら、こちらで会議を設定いたします。
何卒よろしくお願いいたします。
""" + SIG_SEKINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary scheduling mail to the labour consultant; no personal data.",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "koyouhoken-003",
        "charset": "cp932",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "Re: 資格喪失届 差戻しの件（鶴見さん）",
        "body": f"""春日井様

お世話になっております。大河内です。
ハローワークから喪失届が差し戻された件、ご連絡ありがとうございます。
個人番号の記載が必要とのことでしたので、本人に確認した内容を以下に記載します。

　氏名　　　　：鶴見 真之介（ツルミ シンノスケ）
　生年月日　　：昭和61年7月23日
　被保険者番号：5012-339184-7
　離職年月日　：令和8年9月30日
　個人番号　　：{_sp(my_number(SEED + 1))}

お手数ですが、再提出をお願いいたします。
""" + SIG_OKOCHI + """
> 大河内様
> 鶴見様の資格喪失届ですが、個人番号未登録のため記載が必要とのことで
> ハローワークより返戻されました。ご確認をお願いいたします。
> 春日井
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "A retiree's マイナンバー typed into the new text of a reply to the consultant.",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "koyouhoken-004",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "事業所一覧（適用事業所番号・管轄ハローワーク）更新版",
        "body": """春日井様

いつもお世話になっております。日の出産業 藤堂です。
札幌出張所の移転に伴い、事業所一覧を更新しました。貴法人の台帳の更新をお願いします。

事業所名            適用事業所番号    所在地                                 代表電話        管轄
----------------    --------------    -------------------------------------  --------------  ----------------
本社                1308-604172-5     東京都江東区青海5-3-8                  03-6457-2100    HW東雲
大阪支店            2701-338015-9     大阪府大阪市北区中之島3-6-32           06-6205-3310    HW中之島
名古屋営業所        2301-551904-2     愛知県名古屋市中村区名駅南2-11-4       052-571-8820    HW名駅
仙台営業所          0401-227360-8     宮城県仙台市青葉区本町1-9-5            022-262-4471    HW仙台
福岡営業所          4001-610487-3     福岡県福岡市博多区博多駅東2-4-17      092-473-1186    HW博多
川崎物流センター    1405-902633-0     神奈川県川崎市川崎区東扇島24-1         044-287-5530    HW川崎南
札幌出張所（新）    0101-774218-6     北海道札幌市中央区北二条西4-1-8        011-222-6095    HW札幌中央

※札幌出張所は11月16日移転。事業所各種変更届の提出をお願いいたします。
""" + SIG_TODO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A list of the company's own establishments with switchboards: businesses, not people.",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "koyouhoken-005",
        "charset": "utf-8",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "離職理由の取扱いについてご相談",
        "body": """岡部先生

お世話になっております。関根です。
離職証明書の離職理由欄について、判断に迷う案件がありご相談させてください。

対象：営業二課 葛城 修也（被保険者番号 5012-204417-3、10月31日付 退職予定）
経緯：
　・本年5月に適応障害（抑うつ状態）との診断を受け、6月から休職
　・主治医の診断書（8月20日付）では「現職での就労継続は困難、環境調整を要する」との所見
　・休職期間満了前に本人から退職の申出あり

本人は「病気が理由なので特定理由離職者として扱ってほしい」と希望しています。
この場合、離職証明書の具体的事情記載欄にどこまで書くべきか、
また診断書の写しをハローワークに添付すべきか、ご教示いただけますと幸いです。

診断書の写しは、必要であれば別途郵送いたします。
""" + SIG_SEKINE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Names an employee with his diagnosis (適応障害) and sick leave: 要配慮個人情報 of one person to an outsider.",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "koyouhoken-006",
        "charset": "iso-2022-jp",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "cc": ["関根 修平 <sekine.shuhei@hinode-sangyou.co.jp>"],
        "subject": "11月分 育児休業給付の支給申請スケジュール",
        "body": """岡部様

お世話になっております。日の出産業の小野寺です。
11月に支給申請時期を迎える育児休業給付の件、社内の締切を以下のとおり設定しました。

　11/ 6（金）　賃金台帳・出勤簿の写しを貴法人へ送付（郵送）
　11/13（金）　貴法人にて申請書作成
　11/20（金）　電子申請

対象者の一覧は、従来どおり書留でお送りします。
なお、関根はCCに入れております。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain", "multiple_external_domains"],
        "note": "Cc goes to hinode-sangyou.co.jp, a one-letter look-alike of the company's own domain.",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "koyouhoken-007",
        "charset": "iso-2022-jp",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "離職票の発行依頼（1名）",
        "body": """春日井様

いつもお世話になっております。大河内です。
以下1名の資格喪失届および離職証明書の作成をお願いいたします。

■対象者
　氏名：朝比奈 遥
　被保険者番号：5012-410228-6
　離職日：令和8年10月15日
　離職理由：自己都合（配偶者の転勤に伴う転居のため）
　離職票：交付希望あり
　離職票の送付先：〒812-0016 福岡県福岡市博多区博多駅南4-15-22 サンライズ博多南 506

賃金台帳の写しは明日郵送します。
よろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "One person's separation details and mailing address to the consultant: a single record, may warn.",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "koyouhoken-008",
        "charset": "utf-8",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": [
            "塩見 奈緒 <naoshiomi.0611@gmail.com>",
            "和久井 早紀 <saki_wakui@yahoo.co.jp>",
            "Kanako Furuichi <kanako.furuichi@icloud.com>",
            "深町 あずさ <azusa-f.baby@gmail.com>",
            "久我 知世 <kuga.tomoyo@docomo.ne.jp>",
        ],
        "subject": "【ご案内】育児休業中の皆さまへ 復職前オンライン説明会（11/18）",
        "body": """育児休業中の皆さま

いつもお疲れさまです。人事部 労務グループの小野寺です。
育児休業からの復職を来春に予定している皆さまを対象に、オンライン説明会を開催します。

日時：11月18日（水）10:30～11:30
方法：Microsoft Teams（前日にURLをお送りします）
内容：
　・育児休業給付金の最終回の申請について
　・短時間勤務制度と育児時短就業給付
　・保育所の入所申込みに必要な就労証明書の依頼方法

お子さまと一緒のご参加でも構いません。
出欠は11月11日までに、このメールへの返信でお知らせください。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Five employees on leave addressed on their private mail in To: each sees the others' addresses; should have been Bcc.",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "koyouhoken-009",
        "charset": "cp932",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "cc": ["t.kasugai@harukaze-sr.jp"],
        "subject": "【送付】9月末退職者 離職証明書作成用データ",
        "body": """はるかぜ労務オフィス
岡部様、春日井様

お世話になっております。日の出産業の藤堂です。
9月末退職者の離職証明書作成用データ（賃金支払状況）を送付いたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_TODO + DISC_JA,
        "attachments": [{
            "kind": "zip",
            "name": "離職証明書データ_202609.zip",
            "password": "Hnd#0930rs",
            "files": [{
                "kind": "xlsx",
                "name": "賃金支払状況_9月末退職者.xlsx",
                "sheets": {"賃金": [
                    ["氏名", "被保険者番号", "離職日", "4月", "5月", "6月", "7月", "8月", "9月"],
                    ["鶴見 真之介", "5012-339184-7", "2026/09/30", 312000, 308500, 315200, 311000, 309800, 160000],
                    ["宇佐美 千尋", "5012-287731-2", "2026/09/30", 241000, 243500, 239800, 241000, 240200, 120600],
                    ["香月 慎吾", "5012-196604-0", "2026/09/30", 398000, 402500, 399100, 398000, 401300, 199000],
                    ["野々宮 泉", "5012-455017-8", "2026/09/30", 186400, 179900, 188200, 184000, 183600, 92500],
                    ["鬼頭 武志", "5012-118820-5", "2026/09/30", 455000, 455000, 455000, 455000, 455000, 227500],
                    ["芦屋 美咲", "5012-503946-1", "2026/09/30", 203000, 205800, 201400, 204900, 203300, 101700],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP): the attachment cannot be inspected.",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "koyouhoken-010",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>"],
        "cc": ["大河内 真央 <okochi.mao@hinode-sangyo.co.jp>"],
        "subject": "【社内確認】育児休業給付 申請用データ（個人番号あり）",
        "body": """関根課長
（cc: 大河内さん）

11月申請分の育児休業給付の申請データをまとめました。
個人番号・振込口座を含むため、社内共有フォルダには置かず、こちらで回覧します。
内容の確認をお願いします。確認後、はるかぜ労務さんへは書留で原本を送ります。

藤堂
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "育休給付_202611申請分.xlsx",
            "sheets": {"申請対象": [
                ["氏名", "生年月日", "個人番号", "被保険者番号", "休業開始日", "振込先"],
                ["塩見 奈緒", "1993/06/11", my_number(SEED + 2), "5012-377104-9", "2026/04/03", "みどり銀行 豊洲支店 普通 4419027"],
                ["和久井 早紀", "1990/02/27", my_number(SEED + 3), "5012-262458-1", "2026/05/18", "ゆうちょ銀行 〇一八店 普通 2840316"],
                ["古市 佳奈子", "1996/10/05", my_number(SEED + 4), "5012-488193-4", "2026/06/01", "東都信用金庫 亀戸支店 普通 0083751"],
                ["深町 あずさ", "1991/12/19", my_number(SEED + 5), "5012-301775-0", "2026/03/22", "みどり銀行 門前仲町支店 普通 6620148"],
                ["久我 知世", "1988/08/08", my_number(SEED + 6), "5012-145902-7", "2026/02/14", "さくら共栄銀行 新橋支店 普通 1173904"],
                ["鷲尾 拓郎", "1992/03/30", my_number(SEED + 7), "5012-399640-2", "2026/08/17", "みどり銀行 本店営業部 普通 3095512"],
            ]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "My Numbers and bank accounts of six people, but every recipient is internal: must go.",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "koyouhoken-011",
        "charset": "utf-8",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "パート社員の雇用保険 遡及加入についてご相談",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>はるかぜ労務オフィス<br>春日井様</p>
<p>いつもお世話になっております。日の出産業 人事企画課の百瀬です。</p>
<p>川崎物流センターのパート社員のうち、契約更新で週の所定労働時間が20時間以上となっていたにもかかわらず、
雇用保険の資格取得手続きが漏れていた者が判明しました。<br>
遡及しての資格取得手続きについてご相談させてください。対象者は下表のとおりです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>生年月日</th><th>住所</th><th>電話番号</th><th>雇入日</th><th>週所定</th><th>20h以上となった日</th></tr>
<tr><td>大久保 澄江</td><td>1971/07/02</td><td>神奈川県川崎市川崎区大師駅前1-8-3</td><td>090-4418-2760</td><td>2023/04/01</td><td>22.5h</td><td>2024/10/01</td></tr>
<tr><td>寺門 ゆかり</td><td>1979/03/15</td><td>神奈川県川崎市川崎区観音2-20-11-303</td><td>080-2296-5137</td><td>2022/11/14</td><td>24h</td><td>2025/04/01</td></tr>
<tr><td>ソウザ マリア</td><td>1984/12/28</td><td>神奈川県横浜市鶴見区潮田町3-141-6</td><td>070-6631-0482</td><td>2024/02/01</td><td>20h</td><td>2024/08/01</td></tr>
<tr><td>江頭 孝</td><td>1958/05/09</td><td>神奈川県川崎市幸区小倉5-12-27</td><td>044-522-3819</td><td>2021/06/07</td><td>21h</td><td>2025/10/01</td></tr>
<tr><td>仁科 亜由美</td><td>1986/09/24</td><td>東京都大田区羽田4-17-2 シティハイム羽田201</td><td>090-7705-3348</td><td>2025/01/06</td><td>25h</td><td>2025/07/01</td></tr>
</table>
<p>本人には、保険料の遡及控除について別途説明する予定です。<br>
ご多用のところ恐縮ですが、必要書類をご教示ください。</p>
<p>--<br>日の出産業株式会社 人事部 人事企画課 百瀬 健吾<br>TEL 03-6457-2141</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of five part-timers' birth dates, addresses and phones to the consultant.",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "koyouhoken-012",
        "charset": "iso-2022-jp",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <egov-support@tsubasa-system.jp>"],
        "subject": "GビズIDプライム取得と電子申請連携の設定について",
        "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業の関根です。
労務クラウドからの雇用保険届出の電子申請連携について、GビズIDプライムの取得が完了しました。

　商号　　：日の出産業株式会社
　法人番号：4301104038215
　所在地　：東京都江東区青海五丁目3番8号
　申請担当：人事部 労務グループ（関根、藤堂）

連携設定の手順書と、テスト送信の日程をご案内いただけますでしょうか。
なお、テスト送信には実在の従業員データではなく、貴社のテスト用データを使用したいと考えています。
""" + SIG_SEKINE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Company's own 法人番号 and office address to the e-filing vendor: business data only.",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "koyouhoken-013",
        "charset": "utf-8",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "雇用保険料 部門別負担額の試算（ご確認のお願い）",
        "body": """岡部先生

お世話になっております。百瀬です。
来期予算策定のため、雇用保険料の部門別負担額を試算しました。
料率の適用や、64歳以上の取扱いに誤りがないかご確認いただけますでしょうか。

集計値のみで、個人別のデータは含んでおりません。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "xlsx",
            "name": "雇用保険料_部門別試算_FY2027.xlsx",
            "page_header": "社外秘",
            "sheets": {
                "部門別": [
                    ["【社外秘】 令和9年度 雇用保険料 部門別負担額 試算"],
                    [],
                    ["部門", "被保険者数", "賃金総額(見込)", "事業主負担", "労働者負担"],
                    ["営業本部", 214, 1392000000, 11832000, 7656000],
                    ["物流本部", 388, 1846000000, 15691000, 10153000],
                    ["管理本部", 97, 671000000, 5703500, 3690500],
                    ["技術開発部", 61, 498000000, 4233000, 2739000],
                    ["合計", 760, 4407000000, 37459500, 24238500],
                ],
                "前提": [["料率(一般の事業)", "事業主 8.5/1000, 労働者 5.5/1000"], ["賃金上昇率", "3.0%"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attachment stamped 社外秘 in its page header and title row, sent outside.",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "koyouhoken-014",
        "charset": "iso-2022-jp",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["葉山 琴音 <hayama.kotone@gmail.com>"],
        "subject": "離職票発送のお知らせ",
        "body": """葉山 琴音 様

在職中は大変お世話になりました。日の出産業 人事部の大河内です。

ハローワークから離職票（-1、-2）が交付されましたので、本日、簡易書留でご自宅宛てに発送しました。
　日本郵便 お問い合わせ番号：3582-4071-6093

お手元に届きましたら、記載内容（特に離職理由）をご確認のうえ、
お住まいを管轄するハローワークで求職の申込みをなさってください。
内容に不明な点があれば、このメールアドレスまでご連絡ください。

新天地でのご活躍をお祈りしております。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One former employee on Gmail told a postal tracking number: a single free-mail recipient, no personal data.",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "koyouhoken-015",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "外国籍社員の資格取得届（在留カード情報）",
        "body": """春日井様

お世話になっております。藤堂です。
11月2日入社の外国籍社員について、雇用保険の資格取得届（外国人雇用状況の届出を兼ねる）をお願いします。
在留カードの記載内容は以下のとおりです。

　氏名（ローマ字）：NGUYEN THI THANH HUONG
　氏名（カナ）　　：グエン ティ タン フオン
　生年月日　　　　：1997年3月9日
　国籍・地域　　　：ベトナム
　在留資格　　　　：技術・人文知識・国際業務
　在留期間満了日　：2029年3月8日
　在留カード番号　：UH83920471KA
　資格外活動許可　：無

週40時間・正社員での雇用です。在留カードの写し（表裏）は郵送いたします。
""" + SIG_TODO,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "A residence-card number (在留カード番号) with the holder's name and birth date to the consultant.",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "koyouhoken-016",
        "charset": "cp932",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "自己都合退職の離職理由について",
        "body": """岡部様

お世話になっております。大河内です。
経理課の仙波 由紀子さんが、11月末で退職することになりました。

退職願には「一身上の都合」とありますが、面談では
「夏頃から体調がすぐれず、しばらく実家で療養したい」と話していました。
医師の診断書は提出されていません。

この場合、離職理由は通常の自己都合（コード40）で作成して差し支えないでしょうか。
本人からは特に異議は出ていません。
""" + SIG_OKOCHI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employee 'unwell, wants to recuperate', no diagnosis: vague health remark, could be judged either way.",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "koyouhoken-017",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "FW: 【営業本部】年内退職予定者の連絡先",
        "body": """春日井様

お世話になっております。藤堂です。
営業本部から年内退職予定者の連絡先が届きましたので、転送いたします。
離職票の送付や確認のご連絡の際にご利用ください。

-----Original Message-----
From: 鹿島 昌弘 <kashima.masahiro@hinode-sangyo.co.jp>
Sent: Tuesday, October 27, 2026 6:12 PM
To: 藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>
Subject: 【営業本部】年内退職予定者の連絡先

藤堂さん

営業本部の年内退職予定者です。退職後の連絡先（私用）を本人から聞いています。

・東雲 敦（営業一課）12/31退職
　　携帯 090-3381-2045　私用メール shinonome.atsushi@gmail.com
・水無瀬 里美（営業一課）11/30退職
　　携帯 080-5527-9163　私用メール minase_satomi@yahoo.co.jp
・三ツ矢 健（営業二課）12/15退職
　　携帯 070-1209-4486　私用メール ken.mitsuya@outlook.jp
・土御門 彩（営業企画）11/30退職
　　携帯 090-8842-0377　私用メール aya.tsuchimikado@icloud.com
・乙部 賢治（大阪営業部）12/31退職
　　携帯 080-6613-2950　私用メール otobe-kenji@ezweb.ne.jp
・帯刀 美穂（営業二課）12/20退職
　　携帯 090-2745-8810　私用メール tatewaki.miho@gmail.com

以上、よろしくお願いします。
鹿島
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Forward (new text to the recipient) of six leavers' private phones and e-mails to the consultant.",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "koyouhoken-018",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "Re: 10月入社者 資格取得手続き完了のご報告",
        "body": """春日井様

迅速にご対応いただきありがとうございます。
資格取得等確認通知書（被保険者通知用）は、今週中に本人へ配付いたします。
引き続きよろしくお願いいたします。

藤堂

> 日の出産業株式会社 藤堂様
>
> 10月1日付入社の皆様の資格取得手続きが完了しました。
> 被保険者番号は以下のとおりです。
>
>   勅使河原 蒼    5012-612003-4   2003/05/14
>   御手洗 ひより  5012-612004-2   2004/01/29
>   東海林 颯真    5031-482776-1   1998/11/03
>   早乙女 七海    5012-612005-0   2003/08/21
>   猪俣 大翔      5012-612006-9   2003/12/07
>   栗花落 結衣    3402-115907-6   1995/04/16
>   百目鬼 陸      5012-612007-7   2004/02/02
>   薬師寺 紗良    5012-612008-5   1989/09/30
>
> 公文書は電子申請画面からダウンロードできます。
> 春日井
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The eight-person list is only in the quoted text of the consultant's own mail; the new text is a thank-you.",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "koyouhoken-019",
        "charset": "cp932",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "介護休業給付の申請について（五百旗頭さん）",
        "body": """春日井様

お世話になっております。小野寺です。
技術開発部の五百旗頭 亮介さんから介護休業の申出がありましたので、介護休業給付の準備をお願いいたします。

　申出者　　：五百旗頭 亮介（被保険者番号 5012-230981-6）
　対象家族　：母　五百旗頭 トミ子（昭和22年11月4日生）
　家族の状態：9月に脳梗塞で倒れ、右半身に麻痺が残り要介護3の認定
　休業期間　：令和8年11月9日～令和9年1月8日（1回目、61日）
　　　　　　　残り32日は来年度に分割取得予定

介護休業申出書の写しと、要介護認定通知の写しは後日郵送します。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "The employee's named mother with her stroke, paralysis and care level: health information of an identifiable person.",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "koyouhoken-020",
        "charset": "iso-2022-jp",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["ハローワーク東雲 事業所サービス部門 <jigyousho-shinonome@hw-shinonome.mhlw.go.jp>"],
        "cc": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "トライアル雇用助成金の事業所訪問日程について",
        "body": """ハローワーク東雲
事業所サービス部門 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の関根でございます。
先日お電話でご案内いただきました事業所訪問の件、以下の日程でお願いできますでしょうか。

　第1希望：11月17日（火）14:00～
　第2希望：11月19日（木）10:00～

当日は弊社顧問社会保険労務士の岡部先生（CCにてお送りしています）も同席いたします。
訪問場所は本社7階の受付へお越しください。
""" + SIG_SEKINE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Hello Work and the consultant in To/Cc: two external organisations, an ordinary three-way mail.",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "koyouhoken-021",
        "charset": "cp932",
        "sender": "比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>",
        "to": ["牧野労務管理事務所 牧野 <makino@makino-roumu.jp>"],
        "subject": "大阪支店 10月退職者 離職証明書用の賃金データ",
        "body": """牧野先生

いつもお世話になっております。日の出産業 大阪支店総務課の比嘉です。
10月に退職した5名分の離職証明書作成用データをCSVでお送りします。
（給与システムから出力したものをそのまま添付しています）

賃金締切日は毎月20日、支払日は25日です。
ご不明点がございましたらお電話ください。
""" + SIG_HIGA,
        "attachments": [{
            "kind": "csv",
            "name": "rishoku_chingin_202610_osaka.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "生年月日", "被保険者番号", "離職日", "2026/05", "2026/06", "2026/07",
                 "2026/08", "2026/09", "2026/10", "基礎日数(10月)"],
                ["O40211", "上原 賢人", "1985/02/17", "2701-552318-4", "2026/10/20", "287000", "291400", "288300",
                 "290100", "289700", "194000", "20"],
                ["O40377", "喜屋武 さやか", "1992/07/30", "2701-604715-9", "2026/10/31", "231500", "229800",
                 "233100", "230400", "232600", "232000", "22"],
                ["O40502", "平良 聡", "1976/11/06", "2701-390462-7", "2026/10/15", "352000", "355400", "351900",
                 "354200", "353000", "117300", "11"],
                ["O40618", "仲宗根 恵美", "1998/04/22", "2701-711208-3", "2026/10/31", "205600", "207100",
                 "204800", "206900", "205300", "206000", "22"],
                ["O40733", "瀬底 拓海", "2001/09/13", "2701-758846-0", "2026/10/31", "198200", "199500",
                 "197600", "198800", "199100", "198700", "22"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of five leavers' birth dates, insurance numbers and monthly wages to an outside consultant.",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "koyouhoken-022",
        "charset": "iso-2022-jp",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["田上 弁護士 <tagami@shirakawa-law.co.jp>"],
        "subject": "雇止めに関するあっせん申請の件（打合せのお願い）",
        "body": """白川法律事務所
田上先生

いつもお世話になっております。日の出産業の関根です。
先般ご相談した元契約社員の雇止めの件、労働局からあっせん開始の通知が届きました。
期日は12月3日とのことですので、その前に一度お打合せをお願いできますでしょうか。

当方で用意できる資料
　・契約書および更新時の労働条件通知書（過去3回分）
　・離職証明書の控え（離職理由：契約期間満了）

候補日：11月20日（金）午後、または11月24日（火）終日
""" + SIG_SEKINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "The partner law firm is shirakawa-law.jp; this goes to shirakawa-law.co.jp, a TLD look-alike.",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "koyouhoken-023",
        "charset": "utf-8",
        "sender": "比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>",
        "to": ["牧野 悦子 <makino@makino-roumu.jp>"],
        "subject": "秘密保持契約書（案）のご送付",
        "body": """牧野労務管理事務所
牧野 悦子 先生

お世話になっております。日の出産業 大阪支店の比嘉です。
大阪支店の労務手続きを先生にお願いするにあたり、本社法務の雛形をもとに
秘密保持契約書（案）を作成しましたので、お送りいたします。

第3条（秘密情報の管理）と第6条（再委託）について、先生の事務所の運用と
合わない点があればご指摘ください。
顧問契約書とあわせて、12月1日付での締結を予定しております。
""" + SIG_HIGA,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_案_牧野労務管理事務所.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と牧野労務管理事務所（以下「乙」という。）は、甲が乙に委託する労働保険・社会保険手続業務に関し、次のとおり秘密保持契約を締結する。",
                "第1条（目的） 本契約は、前文の業務（以下「本業務」という。）の遂行にあたり、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                "第2条（秘密情報） 本契約において秘密情報とは、甲が乙に開示する従業員の個人情報、特定個人情報及び甲の営業上・技術上の情報をいう。",
                "第3条（秘密情報の管理） 乙は、秘密情報を善良な管理者の注意をもって管理し、本業務以外の目的に使用してはならない。",
                "第4条（特定個人情報） 乙は、個人番号を取り扱う場合、番号法及び個人情報保護委員会のガイドラインに従い、安全管理措置を講じる。",
                "第5条（返還・廃棄） 本業務が終了したときは、乙は秘密情報を甲の指示に従い返還又は廃棄する。",
                "第6条（再委託） 乙は、甲の書面による事前承諾なく本業務を第三者に再委託してはならない。",
                "第7条（有効期間） 本契約の有効期間は締結日から1年間とし、以後も同一条件で自動更新する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA with its draft attached; 秘密 appears as the subject matter, not as a marking.",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "koyouhoken-024",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "中途入社1名 資格取得（社会保険・雇用保険）",
        "body": """春日井様

お世話になっております。藤堂です。
11月16日付で中途入社する1名について、社会保険・雇用保険の資格取得手続きをお願いします。

　氏名　　　　：雲母 拓海（キララ タクミ）
　生年月日　　：平成2年6月11日
　住所　　　　：〒165-0026 東京都中野区新井2-41-7 メゾン新井302
　基礎年金番号：4501-827364
　前職の雇用保険被保険者番号：1321-095518-3
　報酬月額　　：380,000円
　扶養家族　　：なし

雇用保険被保険者証は前職から未受領とのことです。
よろしくお願いいたします。
""" + SIG_TODO,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "A new hire's 基礎年金番号 (with name, birth date and address) in the body to an outsider.",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "koyouhoken-025",
        "charset": "utf-8",
        "sender": "比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>",
        "to": ["makino@makino-roumu.jp"],
        "subject": "大阪支店 11月入社パート4名の資格取得について",
        "body": """牧野先生

お世話になっております。比嘉です。
11月入社のパート社員4名について、雇用保険の資格取得届をお願いします。
いずれも週20時間以上、31日以上の雇用見込みです。

・小波津 ひとみ　1983年4月19日生　大阪府吹田市江坂町2-7-15　週24時間　11/2入社
・与那嶺 光　　　1990年12月2日生　大阪府大阪市淀川区十三東3-22-8-605　週20時間　11/2入社
・桃原 恵子　　　1968年8月27日生　兵庫県尼崎市潮江1-13-4　週30時間　11/9入社
・宮城 大樹　　　2002年1月5日生　大阪府豊中市庄内西町4-3-19　週25時間　11/16入社

個人番号は本人確認のうえ、別途お届けします。
""" + SIG_HIGA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Four people's records (under the five-person line) to the consultant: may warn, must go.",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "koyouhoken-026",
        "charset": "utf-8",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "育児休業給付 受給資格確認票の写し（鷲尾さん）",
        "body": """春日井様

お世話になっております。小野寺です。
男性育休を取得する鷲尾さんの受給資格確認票（本人記入済み）をスキャンしてお送りします。
PDFにはパスワードを設定しています。パスワードはいつものルールです。

よろしくお願いします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "pdf",
            "name": "受給資格確認票_鷲尾.pdf",
            "password": "hinode1108",
            "lines": [
                "育児休業給付受給資格確認票・（初回）育児休業給付金支給申請書",
                "被保険者氏名：鷲尾 拓郎　被保険者番号：5012-399640-2",
                f"個人番号：{my_number(SEED + 30)}",
                "育児休業開始年月日：2026/08/17　子の出生年月日：2026/08/15",
                "払渡希望金融機関：みどり銀行 本店営業部 普通 3095512",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF: cannot be inspected.",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "koyouhoken-027",
        "charset": "iso-2022-jp",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "採用証明書（再就職手当用）記入内容のご確認",
        "body": """岡部先生

お世話になっております。人事企画課の百瀬です。
10月入社の中途採用者のうち5名から、再就職手当の申請用に採用証明書の記入を頼まれました。
記入済みのものをPDFにしてZIPにまとめましたので、記載に誤りがないかご確認いただけますか。
特に「採用日」と「雇用期間の定め」の欄が心配です。

本人への返却は来週月曜を予定しています。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "zip",
            "name": "採用証明書_10月入社_5名.zip",
            "files": [
                {"kind": "pdf", "name": "採用証明書_東海林.pdf", "lines": [
                    "採用証明書", "氏名：東海林 颯真　生年月日：平成10年11月3日",
                    "住所：千葉県市川市行徳駅前1-27-9-205", "採用年月日：令和8年10月1日　職種：営業職",
                    "雇用期間の定め：なし　週所定労働時間：40時間"]},
                {"kind": "pdf", "name": "採用証明書_栗花落.pdf", "lines": [
                    "採用証明書", "氏名：栗花落 結衣　生年月日：平成7年4月16日",
                    "住所：神奈川県横浜市港北区日吉本町4-33-2", "採用年月日：令和8年10月1日　職種：事務職",
                    "雇用期間の定め：あり（1年・更新あり）　週所定労働時間：30時間"]},
                {"kind": "pdf", "name": "採用証明書_薬師寺.pdf", "lines": [
                    "採用証明書", "氏名：薬師寺 紗良　生年月日：平成元年9月30日",
                    "住所：東京都品川区戸越4-7-11-101", "採用年月日：令和8年10月1日　職種：軽作業",
                    "雇用期間の定め：あり（6か月・更新あり）　週所定労働時間：24時間"]},
                {"kind": "pdf", "name": "採用証明書_霧島.pdf", "lines": [
                    "採用証明書", "氏名：霧島 玲央　生年月日：昭和63年2月25日",
                    "住所：東京都墨田区立花3-9-20", "採用年月日：令和8年10月5日　職種：倉庫管理",
                    "雇用期間の定め：なし　週所定労働時間：40時間"]},
                {"kind": "pdf", "name": "採用証明書_鳳.pdf", "lines": [
                    "採用証明書", "氏名：鳳 真理子　生年月日：昭和55年6月8日",
                    "住所：千葉県浦安市当代島2-16-11", "採用年月日：令和8年10月12日　職種：経理事務",
                    "雇用期間の定め：なし　週所定労働時間：40時間"]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP of five PDFs, one person each (name, birth date, address): five people's records in one mail.",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "koyouhoken-028",
        "charset": "utf-8",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["調査事務局 <survey2026@jinji-research.co.jp>"],
        "subject": "「男性の育児休業取得状況調査」回答票の送付",
        "body": """人事リサーチ株式会社
調査事務局 御中

お世話になっております。日の出産業株式会社 人事部の小野寺です。
標記調査の回答票（集計値）をCSVでお送りします。

なお、当社では本年度から育児休業等の取得状況を公表しており、
数値は公表値と同じものです（対象期間：令和7年4月～令和8年3月）。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "csv",
            "name": "回答票_日の出産業.csv",
            "encoding": "utf-8",
            "rows": [
                ["区分", "配偶者が出産した男性労働者数", "うち育休等取得者数", "取得率(%)", "平均取得日数"],
                ["本社", "18", "14", "77.8", "41"],
                ["大阪支店", "7", "5", "71.4", "28"],
                ["営業所計", "9", "6", "66.7", "19"],
                ["物流センター", "12", "10", "83.3", "33"],
                ["全社", "46", "35", "76.1", "32"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregated childcare-leave statistics to a survey office: no individual data.",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "koyouhoken-029",
        "charset": "iso-2022-jp",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": [
            "川崎電機 人事部 猿渡様 <saruwatari.k@kawasaki-denki.co.jp>",
            "青葉運輸 総務部 杉浦様 <sugiura@aoba-unyu.co.jp>",
            "北国フーズ 人事課 真壁様 <makabe.h@kitaguni-foods.co.jp>",
        ],
        "subject": "出向者の雇用保険の取扱いに関する合同説明会のご案内",
        "body": """川崎電機株式会社 猿渡様
青葉運輸株式会社 杉浦様
北国フーズ株式会社 真壁様

平素より大変お世話になっております。日の出産業の関根です。
来年度の在籍出向に関し、雇用保険の被保険者資格をどちらの会社で取り扱うか
（主たる賃金を支払う側で加入）の整理のため、合同説明会を開催いたします。

日時：12月2日（水）15:00～16:30
場所：日の出産業 本社 7階 第2会議室（オンライン併用）
説明：弊社顧問社労士 はるかぜ労務オフィス 岡部先生

ご出席者のお名前を11月25日までにお知らせください。
""" + SIG_SEKINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external companies addressed together in To: they see each other; should have been Bcc.",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "koyouhoken-030",
        "charset": "utf-8",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 田上先生 <tagami@shirakawa-law.jp>"],
        "subject": "【ご相談】懲戒解雇者の離職票記載に対する異議について",
        "body": """田上先生

お世話になっております。関根です。
先月懲戒解雇とした元物流本部 主任の蓮見 透について、ご相談させてください。

経緯
　・令和8年9月、業務上横領（燃料カードの私的利用、約380万円）の容疑で逮捕
　・10月2日付で就業規則第58条に基づき懲戒解雇
　・離職証明書の離職理由は「重責解雇（労働者の責めに帰すべき重大な理由による解雇）」で提出済み

本人の代理人弁護士から、ハローワークに対し離職理由に異議を申し立てたとの連絡がありました。
ハローワークから事実確認の照会が来た場合の回答方針についてご助言をお願いします。
現時点で起訴されたかどうかは把握しておりません。
""" + SIG_SEKINE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named ex-employee's arrest for embezzlement (犯罪の経歴・逮捕) sent to the outside law firm.",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "koyouhoken-031",
        "charset": "cp932",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["給与パートナーズ 日の出産業担当 <hinode-team@kyuyo-partners.co.jp>"],
        "subject": "雇用保険料の控除について（12月支給分以降）",
        "body": """株式会社給与パートナーズ
日の出産業担当チーム 御中

いつもお世話になっております。日の出産業 労務グループの大河内です。

12月支給分の給与計算にあたり、雇用保険料の控除について以下ご確認ください。
　1. 料率は現行どおり（労働者負担 5.5/1000）で変更ありません。
　2. 11月入社者の控除開始は、入社月の給与からとなります。
　3. 賞与（12月10日支給）も雇用保険料の控除対象です。端数は50銭以下切捨てでお願いします。

対象者の入退社情報は、いつもどおり連携シートを更新済みです。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Payroll instructions on insurance premium rates to the payroll outsourcer; no personal data.",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "koyouhoken-032",
        "charset": "iso-2022-jp",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "【社外秘】川崎物流センター閉鎖に伴う離職者の見込みについて",
        "body": """【社外秘】本メールの内容は、社内公表前の情報です。

岡部先生

お世話になっております。関根です。
口頭でお伝えしていた川崎物流センターの件、役員会で閉鎖が決定しました（社内公表は12月中旬予定）。

　閉鎖予定日　　：令和9年3月31日
　在籍者　　　　：正社員 22名、契約社員 9名、パート 41名
　配置転換見込み：正社員 18名
　離職見込み　　：約34名（1か月以内に30人以上となる見込み）

大量雇用変動届・再就職援助計画の提出時期と、離職者への説明会の持ち方について
ご相談させてください。
""" + SIG_SEKINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Subject and first line carry 【社外秘】 as the mail's classification.",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "koyouhoken-033",
        "charset": "utf-8",
        "sender": "吉武 沙耶 <yoshitake.saya@hinode-sangyo.co.jp>",
        "to": ["労務クラウド 契約窓口 <contract@roumu-cloud.jp>"],
        "subject": "年間ライセンス更新（カード決済）のお手続き",
        "body": f"""労務クラウド株式会社
契約窓口 ご担当者様

お世話になっております。日の出産業株式会社 経理部の吉武です。
雇用保険電子申請オプションを含む年間ライセンスの更新について、
お電話でご案内いただいたとおり、法人カードでの決済をお願いいたします。

　カード番号：{card_number(SEED + 40)}
　有効期限　：08/29
　名義　　　：SHUHEI SEKINE
　請求金額　：396,000円（税込）

決済完了後、領収書をPDFでお送りいただけますと幸いです。
""" + SIG_YOSHITAKE,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "A full credit card number with its holder's name in the body of an external mail.",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "koyouhoken-034",
        "charset": "iso-2022-jp",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["大河内 真央 <okochi.mao@hinode-sangyo.co.jp>"],
        "bcc": [
            "kagawa.ryo@gmail.com",
            "minase_satomi@yahoo.co.jp",
            "ken.mitsuya@outlook.jp",
            "aya.tsuchimikado@icloud.com",
            "otobe-kenji@ezweb.ne.jp",
            "tatewaki.miho@gmail.com",
        ],
        "subject": "【ご案内】離職票の発送時期について",
        "body": """在職中は大変お世話になりました。
日の出産業株式会社 人事部の大河内です。
（本メールは、年内に退職される皆さまにBCCでお送りしています）

離職票の発送時期についてご案内します。
　・退職日の翌日から10日以内に、ハローワークへ資格喪失届と離職証明書を提出します
　・交付された離職票は、退職時にお届けいただいたご住所へ簡易書留でお送りします
　・年末年始（12/29～1/3）はハローワークが閉庁のため、1月上旬の発送となる場合があります

転居などでご住所が変わる方は、このメールにご返信ください。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Leavers on private mail are all in Bcc (To is the sender): nobody sees the others; no personal data.",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "koyouhoken-035",
        "charset": "cp932",
        "sender": "比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>",
        "to": ["牧野 悦子 <makino@makino-roumu.jp>"],
        "subject": "高年齢雇用継続給付の対象者について（大阪支店）",
        "body": """牧野先生

お世話になっております。比嘉です。
大阪支店で来年60歳到達となる社員の一覧をお送りします（支店で使っている古い様式のExcelです）。
60歳到達時等賃金証明書の準備を、到達月の順にお願いできればと思います。

よろしくお願いいたします。
""" + SIG_HIGA,
        "attachments": [{
            "kind": "xls",
            "name": "60歳到達者一覧_大阪.xls",
            "sheets": {"到達者": [
                ["氏名", "生年月日", "被保険者番号", "到達日", "到達時賃金(月額)", "再雇用後賃金(見込)"],
                ["具志堅 守", "昭和４２年１月１１日", "2701-100394-8", "2027/01/10", 462000, 300000],
                ["比屋根 節子", "昭和４２年３月２５日", "2701-120871-5", "2027/03/24", 318000, 220000],
                ["当間 義男", "昭和４２年６月３日", "2701-097613-2", "2027/06/02", 505000, 320000],
                ["伊佐 ちづる", "昭和４２年８月１７日", "2701-155204-9", "2027/08/16", 276000, 200000],
                ["金城 康弘", "S42.11.29", "2701-088452-1", "2027/11/28", 438000, 290000],
                ["安里 伸子", "S42.12.6", "2701-163397-4", "2027/12/05", 301000, 210000],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Legacy XLS of six employees' 和暦 birth dates, insurance numbers and wages to an outside consultant.",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "koyouhoken-036",
        "charset": "utf-8",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["北沢市 こども未来部 保育課 <hoiku@city.kitazawa.lg.jp>"],
        "subject": "就労証明書の記載内容について（お問い合わせへの回答）",
        "body": """北沢市 こども未来部 保育課
ご担当者様

お世話になっております。日の出産業株式会社 人事部の小野寺です。
お電話でお問い合わせのあった、弊社従業員の就労証明書の記載内容について回答いたします。

　従業員氏名：深町 あずさ
　生年月日　：1991年12月19日
　住所　　　：東京都北沢市緑が丘3-8-21
　育児休業期間：令和8年3月22日～令和9年3月31日
　復職予定日：令和9年4月1日（短時間勤務 9:30～16:00 を予定）

証明書記載の復職予定日に誤りはございません。
追加で必要な書類があればご連絡ください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "One employee's record (childcare-leave dates) confirmed to the city nursery office: single person, may warn.",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "koyouhoken-037",
        "charset": "iso-2022-jp",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <egov-support@tsubasa-sytem.jp>"],
        "subject": "Re: 電子申請API 接続テストの件",
        "body": """ツバサシステム 導入支援ご担当者様

お世話になっております。日の出産業の関根です。
接続テストの日程、11月26日（木）13時からで承知しました。
当日は弊社側で、テスト用の事業所情報のみで資格取得届の送信を試行します。

事前に必要な設定（ファイアウォールの許可先など）があれば、前日までにお知らせください。
""" + SIG_SEKINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter from the partner domain tsubasa-system.jp.",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "koyouhoken-038",
        "charset": "cp932",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["ハローワーク東雲 専門援助部門 <senmon-shinonome@hw-shinonome.mhlw.go.jp>"],
        "subject": "特定求職者雇用開発助成金の対象者確認について",
        "body": """ハローワーク東雲
専門援助部門 ご担当者様

お世話になっております。日の出産業株式会社 人事企画課の百瀬でございます。
貴所の紹介で10月19日に採用した下記の方について、特定求職者雇用開発助成金
（特定就職困難者コース）の対象となるか確認させてください。

　氏名　　：大鷹 慎一
　生年月日：1994年5月30日
　障害の状況：身体障害者手帳 3級（聴覚障害）
　雇用形態：正社員（週40時間）、雇用保険 資格取得済み

就業にあたっては、会議での文字起こしツール利用など配慮を行っております。
申請書類一式のご案内をいただけますと幸いです。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named new hire's disability (身体障害者手帳・聴覚障害) sent to Hello Work by mail: 要配慮個人情報.",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "koyouhoken-039",
        "charset": "utf-8",
        "sender": "吉武 沙耶 <yoshitake.saya@hinode-sangyo.co.jp>",
        "to": ["はるかぜ労務オフィス 経理 <keiri@harukaze-sr.jp>"],
        "subject": "10月分 顧問料ご請求書の受領について",
        "body": """社会保険労務士法人 はるかぜ労務オフィス
経理ご担当者様

お世話になっております。日の出産業 経理部の吉武です。
10月分のご請求書を受領いたしました。

　請求書番号：HS-2026-1031-044
　ご請求金額：¥214,500（うち消費税 ¥19,500）
　登録番号　：T9011001072944
　お振込先　：みどり銀行 新宿西口支店 普通 7730215 ｼｬﾛｳｼﾎｳｼﾞﾝ ﾊﾙｶｾﾞﾛｳﾑｵﾌｨｽ
　お支払予定日：11月30日

内訳の「手続報酬（資格取得・喪失 計23件）」について、件数の明細を
別途いただけますでしょうか。
""" + SIG_YOSHITAKE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Invoice acknowledgement: invoice number, the firm's T-number and company bank account; business data.",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "koyouhoken-040",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "資格喪失届のお願い（10月末退職 5名）",
        "body": """春日井様

お世話になっております。藤堂です。
10月末退職者5名の資格喪失届をお願いします。離職票は全員「不要」ではありませんので、
希望欄をご確認ください。

■1人目
　氏名：宇喜多 浩二
　生年月日：昭和52年10月9日
　被保険者番号：5012-208864-3
　喪失原因：2（自己都合）　離職票：要

■2人目
　氏名：鮫島 香織
　生年月日：平成3年1月26日
　被保険者番号：5012-344120-7
　喪失原因：2（自己都合）　離職票：要

■3人目
　氏名：一ノ瀬 悟
　生年月日：昭和45年4月13日
　被保険者番号：5012-077319-5
　喪失原因：3（定年）　離職票：要（再雇用希望せず）

■4人目
　氏名：天羽 ちなつ
　生年月日：平成11年7月2日
　被保険者番号：5012-566701-0
　喪失原因：2（自己都合）　離職票：不要（転職先決定済み）

■5人目
　氏名：祖父江 学
　生年月日：昭和59年12月18日
　被保険者番号：5012-290435-9
　喪失原因：3（契約期間満了）　離職票：要

喪失年月日はいずれも令和8年11月1日です。
""" + SIG_TODO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Five one-record-per-block entries (name, birth date, insurance number) to the consultant: list of people.",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "koyouhoken-041",
        "charset": "utf-8",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "Re: 雇用調整助成金の要件確認について",
        "body": """岡部先生

ご返信ありがとうございます。関根です。
ご依頼の「来期の人員計画資料」ですが、社内規程上、社外秘扱いの資料のため
そのままお送りすることができません。申し訳ございません。
概要のみ、以下にまとめます。

　・対象事業所：名古屋営業所（被保険者 42名）
　・想定：受注減により、1～3月に月4日程度の休業を検討
　・休業手当：平均賃金の70%を予定

この条件で雇用調整助成金の対象となり得るか、ご見解をいただけますと幸いです。
必要であれば、資料は弊社会議室で閲覧いただく形でご用意します。
""" + SIG_SEKINE + """
-----Original Message-----
From: 岡部 みのり <m.okabe@harukaze-sr.jp>
Sent: Thursday, November 5, 2026 11:20 AM
Subject: 雇用調整助成金の要件確認について

関根様
要件確認のため、来期の人員計画資料をお送りいただけますでしょうか。
岡部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 only mentioned (the material is NOT attached); the mail itself carries no marking or personal data.",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "koyouhoken-042",
        "charset": "cp932",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "退職者の健康保険証 未返却の件",
        "body": """春日井様

お世話になっております。大河内です。
9月末退職の香月さんの件で、資格喪失届に添付する健康保険証が未返却となっています。
本人には書面で督促済みですが、回収不能届での対応になるかもしれません。

　氏名　　：香月 慎吾
　保険証　：記号 31050812　番号 147
　喪失日　：令和8年10月1日

雇用保険の喪失・離職票は先行して進めていただいて問題ありません。
回収不能届の様式をお送りいただけますか。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "A named ex-employee's health-insurance card 記号・番号 in the body to an outsider.",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "koyouhoken-043",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "年金手帳の番号照合について（霧島さん）",
        "body": """春日井様

お世話になっております。藤堂です。
10月5日入社の霧島さんの件、年金事務所から番号照合の連絡があったと伺いました。
本人提出の基礎年金番号通知書の写しでは、下4桁は以下のとおりです。

　氏名：霧島 玲央
　生年月日：昭和63年2月25日
　基礎年金番号：****-**5820（下4桁のみ）

全桁の照合が必要であれば、通知書の写しを郵送いたします。
""" + SIG_TODO,
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "One person's pension number masked to its last four digits: whether that still counts as the identifier is debatable.",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "koyouhoken-044",
        "charset": "utf-8",
        "sender": "比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>",
        "to": ["makino@makino-roumu.jp"],
        "subject": "賃金台帳（1～9月）の送付",
        "body": """牧野先生

お世話になっております。比嘉です。
離職証明書の作成にあたりご依頼いただいた賃金台帳（1～9月分）を添付します。
ファイルが開けない場合はご連絡ください。
""" + SIG_HIGA,
        "attachments": [{"kind": "corrupt", "name": "賃金台帳_2026年1-9月_大阪支店.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The XLSX attachment is corrupt and cannot be read.",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "koyouhoken-045",
        "charset": "iso-2022-jp",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["ハローワーク東雲 セミナー受付 <seminar-shinonome@hw-shinonome.mhlw.go.jp>"],
        "subject": "「雇用保険 事務手続き説明会」参加申込み",
        "body": """ハローワーク東雲
セミナー受付ご担当者様

12月8日開催の「雇用保険 事務手続き説明会（事業主向け）」に、以下2名で参加を申し込みます。

　事業所名：日の出産業株式会社（適用事業所番号 1308-604172-5）
　参加者1：小野寺 恵（人事部 労務グループ）　当日連絡先 080-3307-6642
　参加者2：加賀美 瞭（人事部 労務グループ）　当日連絡先 080-3307-6651

当日の連絡先は会社貸与の携帯電話です。よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Two attendees with their phones registered for a Hello Work seminar: a short attendee list, may warn.",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "koyouhoken-046",
        "charset": "utf-8",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["杉浦 和樹 <sugiura@aoba-unyu.co.jp>"],
        "subject": "12月1日付 出向者6名の情報（雇用保険の切替え用）",
        "body": """青葉運輸株式会社
総務部 杉浦様

お世話になっております。日の出産業の大河内です。
12月1日付で貴社へ出向する6名について、雇用保険の資格を貴社で取得いただくため、
必要事項を以下に貼り付けます（Excelからそのままコピーしています）。

氏名\tフリガナ\t生年月日\t住所\t被保険者番号\t出向期間
新垣 俊介\tアラカキ シュンスケ\t1981/03/04\t千葉県習志野市谷津5-2-16\t5012-176603-1\t2026/12/01-2028/11/30
阿久津 美由紀\tアクツ ミユキ\t1987/10/22\t東京都江東区南砂2-31-9-807\t5012-258817-6\t2026/12/01-2028/11/30
鍋島 英明\tナベシマ ヒデアキ\t1975/06/30\t埼玉県草加市松原1-4-3\t5012-098402-4\t2026/12/01-2027/11/30
砂川 瞳\tスナガワ ヒトミ\t1993/01/08\t東京都江戸川区船堀3-7-14\t5012-395561-3\t2026/12/01-2027/11/30
國分 竜也\tコクブ タツヤ\t1990/09/17\t千葉県船橋市本町6-19-2 ライオンズ船橋1104\t5012-321047-8\t2026/12/01-2028/11/30
筧 ありさ\tカケイ アリサ\t1996/02/11\t東京都墨田区菊川1-12-5\t5012-447730-2\t2026/12/01-2027/11/30

主たる賃金は貴社からお支払いいただく前提です。ご確認ください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Tab-separated paste of six seconded employees' birth dates and addresses to a partner company.",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "koyouhoken-047",
        "charset": "iso-2022-jp",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "FW: 【ハローワーク東雲】事業主の皆さまへ 雇用保険制度改正のお知らせ",
        "body": """岡部先生

ハローワークから下記の案内が届きました。
来年度の社内規程の見直しにあわせて、対応が必要な点を次回の定例でご説明いただけますか。

関根

---------- Forwarded message ---------
From: ハローワーク東雲 <info-shinonome@hw-shinonome.mhlw.go.jp>
Date: 2026年11月4日(水) 9:00
Subject: 【ハローワーク東雲】事業主の皆さまへ 雇用保険制度改正のお知らせ
To: <sekine.shuhei@hinode-sangyo.co.jp>

事業主の皆さまへ

雇用保険法等の改正により、令和10年10月から雇用保険の適用対象が
週の所定労働時間10時間以上の労働者に拡大されます。
対象となる労働者の把握、就業規則・賃金規程の見直し等、早めのご準備をお願いいたします。

詳しくは厚生労働省ホームページのリーフレットをご覧ください。
ハローワーク東雲 適用課
""",
        "attachments": [{
            "kind": "html",
            "name": "leaflet_koyouhoken_kakudai.html",
            "html": """<html><head><meta charset="utf-8"><title>雇用保険の適用拡大について</title></head><body>
<h2>雇用保険の適用拡大について（事業主の皆さまへ）</h2>
<ul>
<li>施行日：令和10年10月1日</li>
<li>対象：週の所定労働時間が10時間以上20時間未満の労働者（31日以上の雇用見込み）</li>
<li>手続：施行日から10日以内に資格取得届を提出</li>
<li>保険料：一般の被保険者と同じ料率</li>
</ul>
<p>お問い合わせは最寄りのハローワーク適用窓口まで。</p>
</body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Forward of a Hello Work notice (with its HTML leaflet) to employers: no personal data, no marking.",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "koyouhoken-048",
        "charset": "cp932",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": [
            "八木沼 浩 <yaginuma.h@docomo.ne.jp>",
            "hanae.0921@ezweb.ne.jp",
            "清水谷 亮 <ryo-shimizudani@softbank.ne.jp>",
        ],
        "subject": "離職票の再交付手続きについて",
        "body": """皆さま

日の出産業 人事部の大河内です。
先日お問い合わせいただいた離職票の紛失・再交付の件、まとめてご案内します。

離職票の再交付は、ご本人がハローワークで直接申請できます。
　・必要なもの：本人確認書類、印鑑（不要な場合もあります）
　・申請先：住所地を管轄するハローワーク、または弊社を管轄するハローワーク東雲

会社を経由する必要はありません。ご不明な点があればご連絡ください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Three former employees on carrier mail in To: three private persons see each other's addresses.",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "koyouhoken-049",
        "charset": "utf-8",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "私傷病休職者の退職時の取扱いについて",
        "body": """岡部先生

お世話になっております。関根です。
休職期間満了が近い3名について、退職となった場合の離職理由と、
基本手当の受給期間延長の案内方法をご相談させてください。

氏名 / 傷病名 / 休職開始 / 満了予定
・雨宮 俊彦 / 腰部脊柱管狭窄症（手術後リハビリ中） / 2025-12-01 / 2026-11-30
・楠 絵里奈 / 双極性障害 / 2025-11-15 / 2026-11-14
・丹羽 昌平 / 大腸がん（化学療法中） / 2026-01-10 / 2027-01-09

いずれも本人からは、現時点で復職は難しいとの意向を聞いています。
""" + SIG_SEKINE,
        "html": """<html><body>
<p>岡部先生</p>
<p>お世話になっております。関根です。<br>
休職期間満了が近い3名について、退職となった場合の離職理由と、
基本手当の受給期間延長の案内方法をご相談させてください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>氏名</th><th>傷病名</th><th>休職開始</th><th>満了予定</th></tr>
<tr><td>雨宮 俊彦</td><td>腰部脊柱管狭窄症（手術後リハビリ中）</td><td>2025-12-01</td><td>2026-11-30</td></tr>
<tr><td>楠 絵里奈</td><td>双極性障害</td><td>2025-11-15</td><td>2026-11-14</td></tr>
<tr><td>丹羽 昌平</td><td>大腸がん（化学療法中）</td><td>2026-01-10</td><td>2027-01-09</td></tr>
</table>
<p>いずれも本人からは、現時点で復職は難しいとの意向を聞いています。</p>
<p>日の出産業株式会社 人事部 労務グループ 関根 修平</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Three named employees with their diagnoses (text + HTML table): health data, even under five people.",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "koyouhoken-050",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>", "春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "cc": ["はるかぜ労務オフィス 事務局 <jimu@harukaze-sr.jp>", "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>"],
        "subject": "年末年始の手続き窓口について",
        "body": """はるかぜ労務オフィス
岡部様、春日井様、事務局ご担当者様

いつもお世話になっております。日の出産業の藤堂です。
弊社の年末年始休業は12月29日（火）～1月4日（月）です。

休業期間中に発生した退職・入社の手続きは、1月5日（火）に
まとめてご依頼させていただく予定です。
年内のご依頼は12月24日（木）17時までとさせていただきます。

本年も大変お世話になりました。
""" + SIG_TODO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Three addresses, all at one consulting firm (one external party), plus an internal Cc: an ordinary mail.",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "koyouhoken-051",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "Re: 資格喪失届のお願い（10月末退職 5名）",
        "body": """春日井様

ご指摘ありがとうございます。藤堂です。
生年月日の誤りを修正した一覧を改めてお送りします（修正箇所は★）。

  氏名          生年月日       被保険者番号      喪失原因
  ------------  -------------  ----------------  --------
  宇喜多 浩二   1977/10/09     5012-208864-3     2
  鮫島 香織     1991/01/26     5012-344120-7     2
  一ノ瀬 悟     1970/04/13★   5012-077319-5     3
  天羽 ちなつ   1999/07/02     5012-566701-0     2
  祖父江 学     1984/12/08★   5012-290435-9     3

お手数をおかけしますが、よろしくお願いいたします。

藤堂

On 2026/11/04 15:02, 春日井 拓 wrote:
> 藤堂様
> 一ノ瀬様と祖父江様の生年月日が、前回の取得届と一致しないようです。
> ご確認をお願いします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "The corrected five-person list is in the new text of the reply (only the question is quoted).",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "koyouhoken-052",
        "charset": "utf-8",
        "sender": "Shuhei Sekine <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["Rebecca Lindqvist <r.lindqvist@meridian-hr.com>"],
        "subject": "Employment insurance coverage for assignees from your client",
        "body": """Dear Ms. Lindqvist,

Thank you for your time on the call last week.

As discussed, here is a short summary of how Japanese employment insurance (koyo hoken)
applies to the assignees your client plans to send to our Tokyo office:

- Workers employed in Japan are normally covered regardless of nationality.
- Assignees who remain on the home-country payroll and are expected to return may be
  excluded, but this is decided case by case by Hello Work.
- The social security agreements cover pensions and health insurance, not employment
  insurance.

Our labour consultant can join a follow-up call if needed. Could you let us know how
many assignees are expected and from which month? Numbers only are fine at this stage.

Best regards,
Shuhei Sekine
Manager, Labour Relations Group, HR Department
Hinode Sangyo Co., Ltd.
5-3-8 Aomi, Koto-ku, Tokyo 135-0064, Japan
Tel +81-3-6457-2130
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English business mail with the standard confidentiality disclaimer; no personal data.",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "koyouhoken-053",
        "charset": "iso-2022-jp",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "個人番号届出書（霧島さん）",
        "body": """春日井様

お世話になっております。大河内です。
霧島さんの個人番号届出書をPDFにしてお送りします。
資格取得届の個人番号欄への記載をお願いします。
""" + SIG_OKOCHI,
        "attachments": [{
            "kind": "pdf",
            "name": "個人番号届出書_霧島.pdf",
            "title": "個人番号届出書",
            "lines": [
                "個人番号届出書",
                "日の出産業株式会社 代表取締役 殿",
                "氏名：霧島 玲央（キリシマ レオ）",
                "生年月日：昭和63年2月25日",
                "住所：東京都墨田区立花3-9-20",
                f"個人番号：{_sp(my_number(SEED + 8), '-')}",
                "利用目的：雇用保険・社会保険・源泉徴収に関する事務",
                "本人確認：運転免許証にて確認済み（確認者 大河内）",
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF of a My Number notification form with the number, sent to an outsider.",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "koyouhoken-054",
        "charset": "utf-8",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "育児・介護休業規程 改定案のレビュー依頼",
        "body": """岡部先生

お世話になっております。百瀬です。
育児・介護休業規程の改定案（役員会提出前のドラフト）をお送りします。
柔軟な働き方を実現するための措置の選択肢について、法定要件を満たしているかご確認ください。

12月の役員会に諮る予定のため、11月27日頃までにコメントをいただけますと助かります。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "docx",
            "name": "育児介護休業規程_改定案_v3.docx",
            "page_header": "取扱注意　役員会提出前ドラフト",
            "title": "育児・介護休業規程 改定案",
            "paragraphs": [
                "取扱注意",
                "育児・介護休業規程（改定案）",
                "第12条（育児短時間勤務） 3歳に満たない子を養育する従業員は、申し出ることにより、所定労働時間を6時間とすることができる。",
                "第12条の2（柔軟な働き方を実現するための措置） 会社は、3歳から小学校就学前の子を養育する従業員に対し、次のうち2以上の措置を講じる。",
                "（1）始業時刻等の変更　（2）テレワーク等（月10日）　（3）養育両立支援休暇（年10日）　（4）短時間勤務",
                "第20条（介護休業） 要介護状態にある対象家族を介護する従業員は、対象家族1人につき通算93日まで、3回を上限として介護休業をすることができる。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped 取扱注意 in its page header and first line, sent outside.",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "koyouhoken-055",
        "charset": "iso-2022-jp",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "社内説明会資料（育休・給付金）のご確認",
        "body": """岡部様

お世話になっております。小野寺です。
12月に管理職向けに実施する「育児休業と給付金の基礎」説明会の資料を作成しました。
給付率や支給要件の記載に誤りがないか、ご確認いただけますでしょうか。

スライドは5枚です。よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "pptx",
            "name": "管理職向け_育休と給付金の基礎.pptx",
            "title": "育児休業と給付金の基礎",
            "slides": [
                ["育児休業と給付金の基礎", "管理職向け説明会", "人事部 労務グループ"],
                ["育児休業給付金", "休業開始から180日：賃金の67%", "181日目以降：賃金の50%",
                 "支給申請は2か月ごと（会社経由）"],
                ["出生後休業支援給付金", "両親ともに14日以上の育休で、28日まで13%上乗せ",
                 "実質的に手取り10割相当"],
                ["育児時短就業給付", "2歳未満の子を養育し時短勤務をする場合",
                 "時短中の賃金の10%を支給"],
                ["管理職の皆さんへ", "申出を理由とする不利益取扱いは禁止", "業務の引継ぎは早めに計画を"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Generic training slides on childcare-leave benefits; no people's data, no marking.",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "koyouhoken-056",
        "charset": "cp932",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "FW: 名古屋営業所 退職者の離職票送付先",
        "body": """春日井様

名古屋営業所から、退職者の離職票送付先の連絡がありました。
元のメールを添付しますので、離職票の送付にご利用ください。

藤堂
""",
        "attachments": [{
            "kind": "eml",
            "name": "名古屋営業所_離職票送付先.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "名古屋営業所 庶務 <shomu.nagoya@hinode-sangyo.co.jp>",
                "to": ["藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>"],
                "subject": "離職票送付先（名古屋営業所 10月退職者）",
                "body": """藤堂さん

名古屋営業所の10月退職者の離職票送付先です。

1. 鵜飼 美和　〒464-0850 愛知県名古屋市千種区今池3-18-2 今池ハイツ405
2. 犬飼 聡　　〒451-0043 愛知県名古屋市西区新道1-22-8
3. 服部 由香　〒486-0945 愛知県春日井市勝川町7-31-6
4. 水谷 隼人　〒460-0011 愛知県名古屋市中区大須2-9-27 大須レジデンス902
5. 堀尾 千秋　〒470-0124 愛知県日進市浅田町上小深田64-3

よろしくお願いします。
名古屋営業所 庶務 丹羽
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Attached .eml (a forward) holding five leavers' home addresses: list of people to an outsider.",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "koyouhoken-057",
        "charset": "utf-8",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["杉浦 和樹 <sugiura@aoba-unyu.jp>"],
        "subject": "出向者の被保険者証の受け渡しについて",
        "body": """青葉運輸株式会社
総務部 杉浦様

お世話になっております。日の出産業の大河内です。
12月1日付出向者の雇用保険被保険者証（資格取得等確認通知書）の原本は、
出向初日に本人から貴社へ提出するよう案内しております。

貴社での資格取得手続きが完了しましたら、資格取得等確認通知書の写しを
弊社にもお送りいただけますと幸いです。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp.",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "koyouhoken-058",
        "charset": "cp932",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "両立支援等助成金（出生時両立支援コース）の要件について",
        "body": """岡部先生

お世話になっております。小野寺です。
出生時両立支援コースの申請可否について、匿名のケースでご相談させてください。

　対象者A：物流本部の男性社員（20代）、子の出生後8週間以内に連続14日の育休を取得予定
　対象者B：営業本部の男性社員（30代）、出生後8週間以内に5日＋7日の分割取得予定

　・当社の男性育休取得率（前年度）：76.1%
　・育休取得を促進する社内研修：年2回実施済み

BのケースでもAと同様に第1種の対象となるでしょうか。
対象者が確定しましたら、改めて必要書類をご相談します。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Anonymised cases (対象者A/B) for a subsidy question: no identifiable person.",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "koyouhoken-059",
        "charset": "utf-8",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "FW: 離職票と受給期間の延長について（元社員 野々宮さん）",
        "body": """春日井様

元社員の野々宮さんから以下の問い合わせがありました。
受給期間延長の手続きについて、本人への回答案を作成いただけますでしょうか。
（本人からは、貴法人へ転送することの了承を得ています）

大河内

-------- 転送メッセージ --------
差出人: 野々宮 泉 <izumi.nonomiya@yahoo.co.jp>
宛先: okochi.mao@hinode-sangyo.co.jp
件名: 離職票と受給期間の延長について

大河内様

9月末で退職した野々宮です。お世話になりました。
実は退職後に乳がんが見つかり、11月から抗がん剤治療を始めることになりました。
しばらく働ける状態ではないので、失業保険の受給期間を延長したいと考えています。
どのような手続きが必要でしょうか。

日中は電話に出られないことが多いので、連絡は 090-6120-3875 にショートメールか、
このメールアドレスにお願いします。

野々宮 泉
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Forward (counts as new text) of a former employee's mail disclosing her cancer treatment, with her phone.",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "koyouhoken-060",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["はるかぜ労務オフィス 事務局 <jimu@harukaze-sr.jp>"],
        "subject": "各事業所の管轄ハローワーク一覧",
        "body": """はるかぜ労務オフィス 事務局ご担当者様

各事業所の管轄ハローワークの一覧です（HTML版もお送りしています）。
本社 → ハローワーク東雲（東京都江東区東雲1-10-6、03-3529-8609）
大阪支店 → ハローワーク中之島（大阪府大阪市北区中之島4-3-20、06-6447-8601）
名古屋営業所 → ハローワーク名駅（愛知県名古屋市中村区名駅4-5-28、052-582-8171）
仙台営業所 → ハローワーク仙台（宮城県仙台市宮城野区榴岡4-2-3、022-299-8811）
福岡営業所 → ハローワーク博多（福岡県福岡市博多区博多駅東1-10-30、092-474-0161）
川崎物流センター → ハローワーク川崎南（神奈川県川崎市川崎区南町17-2、044-244-8609）

藤堂
""",
        "html": """<html><body>
<p>はるかぜ労務オフィス 事務局ご担当者様</p>
<p>各事業所の管轄ハローワークの一覧です。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<thead><tr><th>事業所</th><th>管轄ハローワーク</th><th>所在地</th><th>電話</th></tr></thead>
<tbody>
<tr><td>本社</td><td>ハローワーク東雲</td><td>東京都江東区東雲1-10-6</td><td>03-3529-8609</td></tr>
<tr><td>大阪支店</td><td>ハローワーク中之島</td><td>大阪府大阪市北区中之島4-3-20</td><td>06-6447-8601</td></tr>
<tr><td>名古屋営業所</td><td>ハローワーク名駅</td><td>愛知県名古屋市中村区名駅4-5-28</td><td>052-582-8171</td></tr>
<tr><td>仙台営業所</td><td>ハローワーク仙台</td><td>宮城県仙台市宮城野区榴岡4-2-3</td><td>022-299-8811</td></tr>
<tr><td>福岡営業所</td><td>ハローワーク博多</td><td>福岡県福岡市博多区博多駅東1-10-30</td><td>092-474-0161</td></tr>
<tr><td>川崎物流センター</td><td>ハローワーク川崎南</td><td>神奈川県川崎市川崎区南町17-2</td><td>044-244-8609</td></tr>
</tbody></table>
<p>藤堂</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Table of public offices with their addresses and switchboards: a list of institutions, not people.",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "koyouhoken-061",
        "charset": "iso-2022-jp",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "鳳さんの本人確認書類について",
        "body": """春日井様

お世話になっております。大河内です。
10月12日入社の鳳さんについて、年金事務所から氏名の漢字の照会があったとのこと、承知しました。
本人確認時に控えた運転免許証の記載は以下のとおりです。

　氏名：鳳 真理子（おおとり まりこ）
　生年月日：昭和55年6月8日
　運転免許証番号：第 301907364215 号
　住所：千葉県浦安市当代島2-16-11

「鳳」は旧字体ではなく、通常の字体です。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "A driver's licence number with the holder's name, birth date and address, to an outsider.",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "koyouhoken-062",
        "charset": "cp932",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["ハローワーク東雲 適用課 <tekiyo-shinonome@hw-shinonome.mhlw.go.jp>"],
        "subject": "Re: 離職証明書の記載内容に関するご照会（祖父江様）",
        "body": """ハローワーク東雲 適用課
ご担当者様

お世話になっております。日の出産業株式会社 人事部の藤堂です。
ご照会いただいた件、以下のとおり回答いたします。

　被保険者氏名：祖父江 学
　離職年月日：令和8年10月31日
　離職理由：契約期間満了（契約更新上限3年に達したため）
　本人からの契約更新の希望：なし（本人の申出により面談記録あり）

面談記録の写しが必要でしたら、郵送いたします。
""" + SIG_TODO + """
> 日の出産業株式会社 ご担当者様
> 祖父江様の離職証明書について、更新希望の有無をご教示ください。
> ハローワーク東雲 適用課
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Answer to Hello Work's query about one person's separation reason: single record to the authority.",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "koyouhoken-063",
        "charset": "iso-2022-jp",
        "sender": "比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>",
        "to": ["牧野 悦子 <makino@makino-roumu.jp>"],
        "subject": "パート社員の週所定労働時間変更（20時間以上へ）",
        "body": """牧野先生

お世話になっております。比嘉です。
12月から週の所定労働時間が20時間以上になるパート社員の一覧です。
雇用保険の資格取得届をお願いします。（勤怠システムから写したので全角のままです）

""" + _fw("""氏名　　　　　生年月日　　　　連絡先　　　　　　　変更後
----------  ----------  -------------  ------
島袋 かおり　1974-09-12　090-5518-2093　週22h
玉城 守　　　1961-02-28　080-7724-1150　週20h
大城 理沙　　1988-06-05　070-4403-6628　週25h
渡嘉敷 涼子　1979-11-21　090-1186-3742　週24h
照屋 健一　　1995-03-17　080-2259-8071　週20h
""") + """
変更後の雇用契約書の写しは郵送いたします。
""" + SIG_HIGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Five part-timers with birth dates and phones in full-width digits, padded columns: list of people.",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "koyouhoken-064",
        "charset": "utf-8",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "離職票-2 控えのスキャン",
        "body": """春日井様

ハローワークから戻ってきた離職票-2（事業主控え）をスキャンしました。
念のため貴法人でも保管をお願いします。

大河内
""",
        "attachments": [{"kind": "corrupt", "name": "離職票2_控え_scan_20261030.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The scanned PDF is corrupt and cannot be read.",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "koyouhoken-065",
        "charset": "utf-8",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "来年4月の育休復帰予定者（4名）",
        "body": """岡部様

お世話になっております。小野寺です。
来年4月に育児休業から復帰予定の4名の一覧をWordでお送りします。
育児休業給付の最終回申請と、育児時短就業給付の手続き時期の整理にご利用ください。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "docx",
            "name": "育休復帰予定者_2027年4月.docx",
            "paragraphs": ["2027年4月 育児休業復帰予定者", "（人事部 労務グループ作成）"],
            "tables": [[
                ["氏名", "子の生年月日", "休業開始日", "復帰予定日", "時短希望"],
                ["塩見 奈緒", "2026/02/06", "2026/04/03", "2027/04/01", "有（6時間）"],
                ["和久井 早紀", "2026/03/20", "2026/05/18", "2027/04/05", "無"],
                ["古市 佳奈子", "2026/04/11", "2026/06/01", "2027/04/01", "有（6時間）"],
                ["深町 あずさ", "2026/01/25", "2026/03/22", "2027/04/01", "有（5.5時間）"],
            ]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "A four-person table (under five) of leave dates to the consultant: may warn, must go.",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "koyouhoken-066",
        "charset": "iso-2022-jp",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["営業本部 本部長 <kirihara.tetsu@hinode-sangyo.co.jp>"],
        "cc": [
            "naoshiomi.0611@gmail.com",
            "saki_wakui@yahoo.co.jp",
            "kanako.furuichi@icloud.com",
            "azusa-f.baby@gmail.com",
        ],
        "subject": "復職前面談の日程（営業本部）",
        "body": """桐原本部長
（CC：来春復職予定の皆さま）

人事部の小野寺です。
営業本部への復職予定者との面談を、以下の日程で調整したいと考えています。

　12月 7日（月）10:00～ / 14:00～
　12月 9日（水）10:00～ / 14:00～

皆さまはご希望の枠を小野寺まで個別にご返信ください（全員への返信はご遠慮ください）。
本部長には、確定した日程を後ほどお知らせします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Four employees' private addresses visible to each other in Cc (four external persons): should have been Bcc.",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "koyouhoken-067",
        "charset": "cp932",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["東京労働局 労働保険徴収課 <choshu@tokyo-roudou.mhlw.go.jp>"],
        "subject": "労働保険料の延納（第3期）の納付について",
        "body": """東京労働局 労働保険徴収課
ご担当者様

お世話になっております。日の出産業株式会社の関根です。
令和8年度 労働保険料の第3期分について、口座振替の日程を確認させてください。

　労働保険番号：13-1-08-604172-000
　事業の名称　：日の出産業株式会社 本社
　延納の区分　：3回（口座振替）

口座振替の場合の第3期の納付日は、例年どおり翌年2月中旬との理解でよろしいでしょうか。
""" + SIG_SEKINE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Labour-insurance number of the business (not a person) in a question to the labour bureau.",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "koyouhoken-068",
        "charset": "utf-8",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "離職理由の記載について（至急のご相談）",
        "body": """春日井様

お世話になっております。大河内です。
11月20日付で退職する物流本部の女性社員の件で、至急ご相談です。

　氏名：芦屋 美咲
　事情：配偶者からの暴力（DV）から避難するため、転居を伴う退職。
　　　　警察に相談済みで、保護命令の申立て中と本人から聞いています。

本人は避難先を知られたくないため、離職票は会社で預かり、本人が窓口で受け取る形を希望しています。
離職理由は「正当な理由のある自己都合」として記載する方向でよいか、
また避難先の住所を離職証明書に書かずに済む方法があるか、ご教示ください。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's status as a domestic-violence victim (犯罪被害): 要配慮個人情報 to an outsider.",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "koyouhoken-069",
        "charset": "utf-8",
        "sender": "Shuhei Sekine <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["Rebecca Lindqvist <r.lindqvist@meridian-hr.com>"],
        "subject": "Headcount plan for 2027 assignments (draft)",
        "body": """Dear Rebecca,

Please find attached our draft headcount plan for inbound assignees in 2027,
which you asked for to estimate the employment insurance and payroll set-up work.
Figures are headcounts only.

Kind regards,
Shuhei Sekine
Hinode Sangyo Co., Ltd. / HR Department
""",
        "attachments": [{
            "kind": "pdf",
            "name": "Assignee_Headcount_Plan_2027_draft.pdf",
            "title": "Assignee Headcount Plan 2027",
            "page_header": "CONFIDENTIAL - Internal Use Only",
            "page_footer": "Hinode Sangyo Co., Ltd. | Confidential",
            "lines": [
                "Assignee Headcount Plan 2027 (draft v0.4)",
                "",
                "Inbound assignees by quarter and function",
            ],
            "table": [
                ["Function", "Q1", "Q2", "Q3", "Q4", "Payroll"],
                ["Engineering", "2", "3", "1", "0", "Home country"],
                ["Logistics", "0", "2", "2", "1", "Japan"],
                ["Sales", "1", "0", "1", "1", "Japan"],
                ["Total", "3", "5", "4", "2", ""],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped 'CONFIDENTIAL - Internal Use Only' in its header and footer, sent outside.",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "koyouhoken-070",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "被保険者数の月次推移（4～10月）",
        "body": """岡部様

お世話になっております。藤堂です。
定例会でご依頼のあった、事業所別の雇用保険被保険者数の月次推移をお送りします。
取得・喪失の件数もシートを分けて入れています。
""" + SIG_TODO,
        "attachments": [{
            "kind": "xlsx",
            "name": "被保険者数_月次推移_2026.xlsx",
            "sheets": {
                "被保険者数": [
                    ["事業所", "4月", "5月", "6月", "7月", "8月", "9月", "10月"],
                    ["本社", 318, 321, 320, 322, 325, 319, 327],
                    ["大阪支店", 142, 141, 143, 143, 142, 140, 144],
                    ["名古屋営業所", 42, 42, 43, 42, 42, 41, 42],
                    ["仙台営業所", 23, 23, 23, 24, 24, 24, 24],
                    ["福岡営業所", 31, 31, 32, 32, 31, 31, 30],
                    ["川崎物流センター", 72, 73, 75, 76, 77, 74, 79],
                ],
                "取得・喪失件数": [
                    ["月", "取得", "喪失"],
                    ["4月", 41, 9], ["5月", 6, 4], ["6月", 8, 5], ["7月", 7, 3],
                    ["8月", 9, 4], ["9月", 3, 14], ["10月", 21, 6],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Headcount statistics by establishment and month: aggregates only.",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "koyouhoken-071",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "資格取得届の下書き（11月16日入社 2名）",
        "body": """春日井様

お世話になっております。藤堂です。
11月16日入社の2名について、資格取得届の記載内容をWordに下書きしました。
個人番号も記入してありますので、このまま転記いただけます。
""" + SIG_TODO,
        "attachments": [{
            "kind": "docx",
            "name": "資格取得届_下書き_1116入社.docx",
            "paragraphs": ["雇用保険被保険者資格取得届（下書き）", "資格取得年月日：令和8年11月16日"],
            "tables": [[
                ["項目", "1人目", "2人目"],
                ["個人番号", my_number(SEED + 9), my_number(SEED + 10)],
                ["氏名", "雲母 拓海", "不破 菜々子"],
                ["フリガナ", "キララ タクミ", "フワ ナナコ"],
                ["性別", "男", "女"],
                ["生年月日", "平成2年6月11日", "平成9年2月14日"],
                ["被保険者となったことの原因", "2（新規雇用・中途）", "1（新規学卒以外の新規雇用）"],
                ["賃金（月額）", "380,000", "245,000"],
                ["雇用形態", "正社員", "正社員"],
                ["1週間の所定労働時間", "40:00", "40:00"],
            ]],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "DOCX form draft holding two people's My Numbers, sent outside.",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "koyouhoken-072",
        "charset": "utf-8",
        "sender": "Shuhei Sekine <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["Rebecca Lindqvist <r.lindqvist@meridian-hr.com>"],
        "subject": "Re: Mr. Bergström - employment insurance enrolment",
        "body": """Dear Rebecca,

Thank you. We will treat him as a local hire from 1 December and enrol him in
employment insurance through our labour consultant. Hello Work will issue the
confirmation within about a week; we will send you a copy for your records.

Best regards,
Shuhei

On Mon, Nov 9, 2026 at 10:14 AM Rebecca Lindqvist <r.lindqvist@meridian-hr.com> wrote:
> Dear Shuhei,
>
> Our client confirms that Mr. Jonas Bergström (born 14 March 1989) will move to the
> Japanese payroll from 1 December. His residence card number is ST30582714KE and his
> Tokyo address is 2-14-9 Mita, Minato-ku. Private mobile: 080-4471-2286.
> Please let us know if anything else is needed for the enrolment.
>
> Rebecca Lindqvist
> Meridian HR Advisory
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Personal details appear only in the quoted text of the recipient's own mail; the new text has none.",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "koyouhoken-073",
        "charset": "cp932",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["m.okabe@harukaze-sr.jp"],
        "subject": "定年再雇用者向け説明資料のご確認",
        "body": """岡部先生

お世話になっております。百瀬です。
来年度に65歳を迎える再雇用者向けの説明資料を作りました。
高年齢被保険者の取扱いと、65歳以降に離職した場合の高年齢求職者給付金の説明について
ご確認をお願いします。4枚目に対象者の一覧を入れています。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "pptx",
            "name": "65歳到達者向け説明資料.pptx",
            "slides": [
                ["65歳以降の雇用保険", "再雇用社員の皆さまへ"],
                ["高年齢被保険者", "65歳以降も雇用保険の被保険者です", "保険料は引き続き給与から控除されます"],
                ["離職した場合", "高年齢求職者給付金（一時金）", "被保険者期間1年以上で基本手当日額の50日分"],
                ["対象者（令和9年度 65歳到達）",
                 "今泉 昭夫　昭和37年4月3日生　物流本部",
                 "尾花 節子　昭和37年6月19日生　管理本部",
                 "亀井 道雄　昭和37年9月1日生　営業本部",
                 "木暮 典子　昭和37年12月24日生　物流本部",
                 "篠崎 忠　　昭和38年2月10日生　大阪支店"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "A slide in the PPTX lists five employees with birth dates and departments: list of people.",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "koyouhoken-074",
        "charset": "iso-2022-jp",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["藤堂 彩香 <todo.ayaka@mail-hinode-sangyo.co.jp>", "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>"],
        "subject": "来週の労務定例 アジェンダ",
        "body": """藤堂さん、大河内さん

来週の労務定例のアジェンダです。追加があれば金曜までに。

1. 10月末退職者の喪失届・離職票の進捗
2. 育休給付（11月申請分）の状況
3. 電子申請切替えのスケジュール
4. 年末年始の手続き体制

関根
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "mail-hinode-sangyo.co.jp puts a hyphen for the dot of mail.hinode-sangyo.co.jp: a look-alike, external.",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "koyouhoken-075",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>"],
        "cc": ["比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>"],
        "subject": "FW: 大阪支店 退職予定者の連絡先（共有）",
        "body": """関根課長（cc 比嘉さん）

大阪支店から届いた退職予定者の連絡先一覧を共有します。
社内限りでお願いします。はるかぜ労務さんへは書留で送ります。

藤堂
""",
        "attachments": [{
            "kind": "eml",
            "name": "大阪支店_退職予定者連絡先.eml",
            "message": {
                "charset": "cp932",
                "sender": "比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>",
                "to": ["todo.ayaka@hinode-sangyo.co.jp"],
                "subject": "大阪支店 退職予定者の連絡先",
                "body": """藤堂さん

大阪支店の12月退職予定者です。

上原 賢人　　大阪府吹田市千里山西5-3-18　　090-2231-7740
喜屋武 さやか　大阪府大阪市東淀川区淡路4-9-2-703　080-6658-1029
平良 聡　　　兵庫県西宮市甲子園口3-17-5　　070-3390-4812
仲宗根 恵美　大阪府堺市北区中百舌鳥町6-1001-4　090-8127-5563
瀬底 拓海　　大阪府守口市八雲東町2-44-10　　080-1943-2278

比嘉
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Five people's addresses and phones, but sent only to internal addresses (incl. a subdomain): must go.",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "koyouhoken-076",
        "charset": "iso-2022-jp",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "subject": "シフト変更を理由とする退職の離職理由について",
        "body": """春日井様

お世話になっております。大河内です。
川崎物流センターの契約社員 蔵前 一樹さんの退職について、離職理由のご相談です。

来年1月から同センターが土日稼働となり、土曜日の出勤を求めたところ、
本人から「信仰している〇〇〇教会の安息日にあたるため土曜は勤務できない」との申出があり、
調整がつかず12月末で退職することになりました。

この場合、労働条件の変更による離職として会社都合寄りの扱いになるのか、
自己都合となるのか、ご見解をお願いします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's religious faith (信条) as his reason for leaving: 要配慮個人情報 to an outsider.",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "koyouhoken-077",
        "charset": "cp932",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["丸美工業 総務課 <soumu@marumi-kogyo.co.jp>"],
        "subject": "Re: 雇用保険被保険者番号のご確認（天羽様）",
        "body": """丸美工業株式会社
総務課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の大河内です。
ご照会の件、ご本人（天羽様）から回答の同意を得ましたので、以下のとおりお知らせします。

　氏名　　　　：天羽 ちなつ
　被保険者番号：5012-566701-0
　当社での資格喪失日：令和8年11月1日

資格取得等確認通知書は本人にお渡し済みですので、紛失されている場合は
貴社の管轄ハローワークでも番号の照会が可能です。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "One former employee's insurance number to her new employer with consent: single record, may warn.",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "koyouhoken-078",
        "charset": "utf-8",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>"],
        "cc": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "育児休業給付 12月申請分の対象者一覧",
        "body": """春日井様（cc 岡部様）

お世話になっております。小野寺です。
12月に支給申請を行う育児休業給付の対象者一覧をお送りします。
振込先に変更のあった方が2名いますので、「変更」シートもご確認ください。

個人番号は今回もお送りしません（申請済みの方ばかりのため不要と理解しています）。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "育休給付_202612申請分.xlsx",
            "sheets": {
                "対象者": [
                    ["育児休業給付 支給申請対象者（2026年12月申請分）"],
                    ["氏名", "被保険者番号", "子の生年月日", "支給対象期間", "払渡希望金融機関"],
                    ["塩見 奈緒", "5012-377104-9", "2026/02/06", "10/03-12/02", "みどり銀行 豊洲支店 普通 4419027"],
                    ["和久井 早紀", "5012-262458-1", "2026/03/20", "10/18-12/17", "ゆうちょ銀行 〇一八店 普通 2840316"],
                    ["古市 佳奈子", "5012-488193-4", "2026/04/11", "10/01-11/30", "東都信用金庫 亀戸支店 普通 0083751"],
                    ["深町 あずさ", "5012-301775-0", "2026/01/25", "10/22-12/21", "みどり銀行 門前仲町支店 普通 6620148"],
                    ["久我 知世", "5012-145902-7", "2025/12/19", "10/14-12/13", "さくら共栄銀行 新橋支店 普通 1173904"],
                    ["鷲尾 拓郎", "5012-399640-2", "2026/08/15", "10/17-11/16", "みどり銀行 本店営業部 普通 3095512"],
                    ["菅谷 瑞穂", "5012-420673-5", "2026/07/02", "10/29-12/28", "みどり銀行 亀戸支店 普通 5581340"],
                ],
                "変更": [
                    ["氏名", "変更前", "変更後"],
                    ["和久井 早紀", "みどり銀行 錦糸町支店 普通 1028874", "ゆうちょ銀行 〇一八店 普通 2840316"],
                    ["菅谷 瑞穂", "東都信用金庫 本店 普通 0471209", "みどり銀行 亀戸支店 普通 5581340"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "XLSX (two sheets, title row) of seven people's bank accounts and children's birth dates to the consultant.",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "koyouhoken-079",
        "charset": "iso-2022-jp",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "介護休業申出書ほか一式（五百旗頭さん）",
        "body": """春日井様

お世話になっております。小野寺です。
五百旗頭さんの介護休業給付の申請書類一式をZIPにまとめました。
中の申出書PDFは本人がパスワードを設定したものです（パスワードはお電話でお伝えします）。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "介護休業_五百旗頭_一式.zip",
            "files": [
                {"kind": "txt", "name": "送付書類一覧.txt",
                 "text": "1. 介護休業申出書（本人作成）\n2. 出勤簿の写し（9-10月）\n3. 賃金台帳の写し（4-10月）\n"},
                {"kind": "pdf", "name": "介護休業申出書.pdf", "password": "ioki1104",
                 "lines": ["介護休業申出書", "申出者：五百旗頭 亮介", "対象家族：母",
                           "休業期間：令和8年11月9日～令和9年1月8日"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "A password-protected PDF nested inside the ZIP cannot be inspected.",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "koyouhoken-080",
        "charset": "utf-8",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "介護休業申出書・介護両立支援制度の様式改定について",
        "body": """岡部先生

お世話になっております。百瀬です。
介護両立支援制度の個別周知・意向確認に使う様式を改定しました。
記入欄の過不足についてご意見をいただけますと幸いです（空の様式です）。
""" + SIG_MOMOSE,
        "attachments": [{
            "kind": "docx",
            "name": "様式第5号_介護休業申出書_改定版.docx",
            "title": "介護休業申出書（様式第5号）",
            "paragraphs": [
                "様式第5号　介護休業申出書",
                "日の出産業株式会社 代表取締役 殿",
                "私は、育児・介護休業規程第20条に基づき、下記のとおり介護休業の申出をします。",
                "申出日：　　年　　月　　日　　所属：　　　　　氏名：",
            ],
            "tables": [[
                ["項目", "記入欄"],
                ["対象家族の氏名・続柄", ""],
                ["介護を必要とする理由", ""],
                ["休業期間", "　　年　　月　　日 ～ 　　年　　月　　日"],
                ["これまでの介護休業の取得回数・日数", "　回　　日"],
                ["介護休業給付の申請", "希望する ・ 希望しない"],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A blank form template attached for review: no filled-in personal data, no marking.",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "koyouhoken-081",
        "charset": "cp932",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "【問合せ】一括申請CSVの取込みでエラーになる件",
        "body": """ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の関根です。
労務クラウドで雇用保険 資格取得届の一括申請用CSVを取り込もうとすると、
「E-2041 個人番号の形式が不正です」と表示され、先に進めません。

実際に取り込もうとしたファイルを添付しますので、原因を調べていただけますか。
急ぎで申し訳ありませんが、今週中に申請を完了させたいと考えております。
""" + SIG_SEKINE,
        "attachments": [{
            "kind": "csv",
            "name": "shutoku_ikkatsu_20261102.csv",
            "encoding": "cp932",
            "rows": [["個人番号", "氏名", "氏名カナ", "性別", "生年月日", "取得年月日", "取得原因",
                      "賃金月額", "雇用形態", "所定労働時間"]] + [
                [my_number(SEED + 11), "長谷部 翔", "ハセベ ショウ", "1", "20030611", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 12), "真鍋 彩花", "マナベ アヤカ", "2", "20031104", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 13), "樋渡 蓮", "ヒワタシ レン", "1", "20020219", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 14), "杠 美桜", "ユズリハ ミオ", "2", "20040307", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 15), "笹森 陽太", "ササモリ ヒナタ", "1", "20030922", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 16), "小比類巻 楓", "コヒルイマキ カエデ", "2", "20030115", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 17), "鈴鹿 湊", "スズカ ミナト", "1", "19990830", "20261102", "2", "255000", "1", "4000"],
                [my_number(SEED + 18), "宍戸 芽衣", "シシド メイ", "2", "19970412", "20261102", "2", "241000", "2", "3000"],
                [my_number(SEED + 19), "忽那 陸斗", "クツナ リクト", "1", "20040128", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 20), "相良 ほのか", "サガラ ホノカ", "2", "20030705", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 21), "伊集院 悠", "イジュウイン ユウ", "1", "19951201", "20261102", "2", "276000", "1", "4000"],
                [my_number(SEED + 22), "馬場園 結菜", "ババゾノ ユナ", "2", "20031218", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 23), "日下部 隼", "クサカベ ハヤト", "1", "20030303", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 24), "五十嵐 心春", "イガラシ コハル", "2", "20040109", "20261102", "1", "228000", "1", "4000"],
                [my_number(SEED + 25), "嘉納 大和", "カノウ ヤマト", "1", "19880520", "20261102", "2", "310000", "1", "4000"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Real bulk-filing CSV with fifteen people's My Numbers sent to the vendor's support desk.",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "koyouhoken-082",
        "charset": "iso-2022-jp",
        "sender": "比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>",
        "to": ["牧野 悦子 <makino@makino-roumu.jp>"],
        "subject": "Re: 顧問報酬改定のご案内",
        "body": """牧野先生

ご丁寧なご案内をありがとうございます。比嘉です。
令和9年1月からの顧問報酬改定（手続報酬の件数単価変更）の件、承知いたしました。
本社法務・経理にも共有し、改定後の覚書を12月中に取り交わせるよう準備いたします。

引き続きよろしくお願いいたします。
""" + SIG_HIGA + """
【CONFIDENTIALITY NOTICE】
本メール（添付ファイルを含む）は、宛先として指定された方のみを対象としており、
機密情報を含む場合があります。宛先以外の方が受信された場合は、
直ちに送信者へご連絡のうえ、本メールを破棄してください。

> 日の出産業株式会社 大阪支店 比嘉様
> 令和9年1月より手続報酬の単価を改定させていただきたく、ご案内申し上げます。
> 牧野労務管理事務所 牧野
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Only the standard confidentiality disclaimer mentions 機密; an ordinary reply about fees.",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "koyouhoken-083",
        "charset": "utf-8",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": [
            "新規事業部 中條様 <chujo@career-bridge.co.jp>",
            "法人営業部 Ms. Hartley <s.hartley@outplace-partners.com>",
            "再就職支援事業部 井筒様 <izutsu@next-stage-hr.jp>",
        ],
        "subject": "再就職支援サービスのお見積り依頼（RFP送付）",
        "body": """各社ご担当者様

お世話になっております。日の出産業株式会社 人事企画課の百瀬です。
来年3月の事業所再編に伴い、再就職支援サービスの委託先を選定することになりました。
各社にお見積りをお願いしたく、RFPの概要をお送りします。

　・対象人数：30名前後（正社員・契約社員・パート）
　・支援期間：離職前2か月～離職後6か月
　・必須要件：ハローワークの再就職援助計画との連携、求職者給付の手続き説明会の実施
　・提出期限：12月11日（金）

ご質問は12月1日までに本メールへの返信でお寄せください。
""" + SIG_MOMOSE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three competing vendors addressed together in To: three external organisations see each other.",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "koyouhoken-084",
        "charset": "cp932",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["ハローワーク東雲 求人部門 <kyujin-shinonome@hw-shinonome.mhlw.go.jp>"],
        "subject": "求人票の内容変更のお願い（求人番号 13080-28417961）",
        "body": """ハローワーク東雲 求人部門
ご担当者様

いつもお世話になっております。日の出産業株式会社の百瀬です。
現在公開中の下記求人について、内容の変更をお願いいたします。

　求人番号：13080-28417961
　職種　　：倉庫内作業（フォークリフト）
　変更内容：
　　就業場所　川崎物流センター → 江東物流センター（東京都江東区新木場2-9-4）
　　賃金　　　時給1,300円 → 時給1,380円
　　加入保険　雇用・労災・健康・厚生（変更なし）

変更後の求人票の控えをお送りいただけますと幸いです。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Job-posting change to Hello Work: a posting number and a workplace address, no person's data.",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "koyouhoken-085",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["労務クラウド 移行支援 <migration@roumu-cloud.jp>"],
        "subject": "データ移行テスト用ファイルの送付",
        "body": """労務クラウド株式会社
移行支援ご担当者様

お世話になっております。日の出産業の藤堂です。
現行システムからのデータ移行テスト用に、被保険者情報のファイルを作成しました。
テストデータを作る時間がなかったため、大阪支店の実データから12名分を抜き出しています。
テスト後は削除をお願いいたします。
""" + SIG_TODO,
        "attachments": [{
            "kind": "csv",
            "name": "hihokensha_migration_test.csv",
            "encoding": "utf-8",
            "rows": [
                ["emp_no", "name", "name_kana", "birth_date", "insured_no", "acquired_on", "office_no"],
                ["O30114", "具志堅 守", "グシケン マモル", "1967-01-11", "2701-100394-8", "1989-04-01", "2701-338015-9"],
                ["O30262", "比屋根 節子", "ヒヤネ セツコ", "1967-03-25", "2701-120871-5", "1990-04-01", "2701-338015-9"],
                ["O30377", "当間 義男", "トウマ ヨシオ", "1967-06-03", "2701-097613-2", "1988-10-01", "2701-338015-9"],
                ["O30481", "伊佐 ちづる", "イサ チヅル", "1967-08-17", "2701-155204-9", "1992-04-01", "2701-338015-9"],
                ["O30505", "金城 康弘", "キンジョウ ヤスヒロ", "1967-11-29", "2701-088452-1", "1987-04-01", "2701-338015-9"],
                ["O30619", "安里 伸子", "アサト ノブコ", "1967-12-06", "2701-163397-4", "1993-07-01", "2701-338015-9"],
                ["O40211", "上原 賢人", "ウエハラ ケント", "1985-02-17", "2701-552318-4", "2008-04-01", "2701-338015-9"],
                ["O40377", "喜屋武 さやか", "キャン サヤカ", "1992-07-30", "2701-604715-9", "2015-04-01", "2701-338015-9"],
                ["O40502", "平良 聡", "タイラ サトシ", "1976-11-06", "2701-390462-7", "2003-09-01", "2701-338015-9"],
                ["O40618", "仲宗根 恵美", "ナカソネ エミ", "1998-04-22", "2701-711208-3", "2021-04-01", "2701-338015-9"],
                ["O40733", "瀬底 拓海", "セソコ タクミ", "2001-09-13", "2701-758846-0", "2024-04-01", "2701-338015-9"],
                ["O40851", "小波津 ひとみ", "コハツ ヒトミ", "1983-04-19", "2701-802217-6", "2026-11-02", "2701-338015-9"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of twelve real employees (names, birth dates, insurance numbers) sent to a vendor as 'test data'.",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "koyouhoken-086",
        "charset": "iso-2022-jp",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["和久井 早紀 <saki_wakui@yahoo.co.jp>"],
        "subject": "Re: 育休の延長と給付金について",
        "body": """和久井さん

ご連絡ありがとうございます。小野寺です。
保育園の入所保留通知が届いた場合、育児休業を最長2歳まで延長でき、
育児休業給付金も延長後の期間について支給されます。

延長の手続きには、保育所の「入所保留通知書」の写しと、入所申込書の写しが必要です。
届きましたら、写真でも構いませんのでお送りください。
延長申出書は来週郵送します。

> 小野寺さん
> お世話になっております。和久井です。
> 4月入所の保育園が決まらないかもしれません。その場合の育休延長と給付金の手続きを教えてください。
> 日中は 090-4862-1175 に連絡いただければ出られます。
> 和久井
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Reply to one employee's private address; her phone is only in the quoted text she wrote.",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "koyouhoken-087",
        "charset": "cp932",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "名古屋営業所の休業計画（雇用調整助成金）",
        "body": """機密区分：部外秘
━━━━━━━━━━━━━━━━━━━━━━

岡部先生

お世話になっております。関根です。
先日ご相談した名古屋営業所の休業について、計画案が固まりましたのでお送りします。

　休業期間　：令和9年1月～3月
　休業日数　：各月4日（全員一斉、月曜日）
　対象被保険者：42名
　休業手当　：平均賃金の70%
　教育訓練　：休業日のうち月1日を社内研修に充当

この内容で休業等実施計画（変更）届の作成をお願いできますでしょうか。
労使協定書の案は別途お送りします。
""" + SIG_SEKINE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "The mail opens with the classification 機密区分：部外秘.",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "koyouhoken-088",
        "charset": "utf-8",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["春日井 拓 <t.kasugai@harukaze-sr.jp>", "給与パートナーズ 日の出産業担当 <hinode-team@kyuyo-partners.co.jp>"],
        "cc": ["関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>"],
        "subject": "退職者の最終給与と離職証明書の賃金額の突合について",
        "body": """はるかぜ労務オフィス 春日井様
給与パートナーズ ご担当者様

お世話になっております。日の出産業の大河内です。
離職証明書に記載する賃金額と、最終給与の支給額に差異が出るケースが続いているため、
今後の運用を以下のとおりとさせてください。

　1. 給与パートナーズ様：退職者の最終給与確定後、賃金台帳（個人別）を弊社へ送付
　2. 弊社：内容を確認し、はるかぜ労務様へ書留で送付
　3. はるかぜ労務様：離職証明書を作成し、賃金額に差異があれば弊社へ照会

メールでは個人別のデータをやり取りしない運用を徹底したいと考えています。
ご意見があればお知らせください。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Consultant and payroll outsourcer together: two external organisations, a normal process mail.",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "koyouhoken-089",
        "charset": "utf-8",
        "sender": "Shuhei Sekine <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["Rebecca Lindqvist <r.lindqvist@meridian-hr.com>"],
        "subject": "Mr. Okafor - separation and documents after he leaves Japan",
        "body": """Dear Rebecca,

As requested, here are the details of Mr. Okafor, who leaves our Tokyo office on
30 November and returns to Lagos. We need them to prepare his separation notice
(rishoku-hyo) and to confirm his identity with Hello Work, as his residence card
will be returned at the airport.

  Name:            Chinedu Emeka OKAFOR
  Date of birth:   22 August 1986
  Passport number: A07734918 (Federal Republic of Nigeria)
  Insured number:  5012-468120-3
  Last day:        30 November 2026
  Private e-mail:  c.okafor.ng@gmail.com

Please forward this to your Lagos office so that they can contact him if Hello Work
asks anything after his departure.

Best regards,
Shuhei Sekine
Hinode Sangyo Co., Ltd.
""" + DISC_EN,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "A departing employee's passport number, birth date and private e-mail to an outside consultancy.",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "koyouhoken-090",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["はるかぜ労務オフィス 事務局 <jimu@harukaze-sr.jp>"],
        "subject": "行政窓口のご担当者一覧（引継ぎ用）",
        "body": """はるかぜ労務オフィス 事務局ご担当者様

春日井様からのご依頼で、弊社の手続きでやり取りのある行政窓口のご担当者をまとめました。
新しくご担当になる方への引継ぎにお使いください。

・ハローワーク東雲 適用課　　　　　高梨 様　直通 03-3529-8612　tekiyo-shinonome@hw-shinonome.mhlw.go.jp
・ハローワーク東雲 事業所サービス部門　宗像 様　直通 03-3529-8630　jigyousho-shinonome@hw-shinonome.mhlw.go.jp
・ハローワーク東雲 専門援助部門　　　浅見 様　直通 03-3529-8645　senmon-shinonome@hw-shinonome.mhlw.go.jp
・ハローワーク中之島 雇用保険適用　　川端 様　直通 06-6447-8622　tekiyo-nakanoshima@hw-nakanoshima.mhlw.go.jp
・東京労働局 労働保険徴収課　　　　　長谷川 様　直通 03-3512-1627　choshu@tokyo-roudou.mhlw.go.jp

いずれも部署の代表窓口の番号・アドレスです。
""" + SIG_TODO,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Five named officials with their offices' direct lines and desk addresses: people or business contacts? Arguable.",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "koyouhoken-091",
        "charset": "utf-8",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["岡部 みのり <m.okabe@harukaze-sr.jp>"],
        "subject": "休業中社員の経緯書（労災か私傷病かの判断について）",
        "body": """岡部先生

お世話になっております。関根です。
物流本部の社員の休業について、労災申請とするか私傷病として扱うか判断に迷っています。
経緯書をWordにまとめましたので、ご確認のうえご見解をお願いします。
私傷病扱いで退職となった場合の離職理由についてもあわせてご相談したいです。
""" + SIG_SEKINE,
        "attachments": [{
            "kind": "docx",
            "name": "経緯書_物流本部_鍋島.docx",
            "title": "経緯書",
            "paragraphs": [
                "経緯書",
                "対象者：物流本部 川崎物流センター 鍋島 英明（昭和50年6月30日生）",
                "1. 令和8年9月14日、パレット積替え作業中に腰に痛みを訴え早退。",
                "2. 9月16日、整形外科を受診し「腰椎椎間板ヘルニア（L4/5）」と診断。2週間の安静加療を要するとの診断書が提出された。",
                "3. 本人によれば、以前から腰痛の持病があり、令和6年にも同部位で通院歴がある。",
                "4. 10月以降も症状が改善せず、現在は有給休暇を消化中。主治医は手術も検討中とのこと。",
                "5. 当日の作業は通常業務の範囲内で、事故や転倒は確認されていない。",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX with a named employee's diagnosis and medical history: 要配慮個人情報 to an outsider.",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "koyouhoken-092",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["辻 沙織 <s.tsuji@harukaze-sr.jp>"],
        "subject": "弊社の雇用保険手続きフロー（ご参考）",
        "body": """辻様

はじめまして。日の出産業 人事部の藤堂と申します。
このたび弊社をご担当いただけるとのこと、どうぞよろしくお願いいたします。

弊社内での雇用保険関係の手続きフローをPDFにまとめましたので、ご参考にお送りします。
春日井様には以前お送りしたものと同じ内容です。
""" + SIG_TODO,
        "attachments": [{
            "kind": "pdf",
            "name": "雇用保険手続きフロー_日の出産業.pdf",
            "title": "雇用保険手続きフロー",
            "lines": [
                "雇用保険 手続きフロー（日の出産業株式会社 人事部）",
                "",
                "【入社】 入社連絡（各部門→人事）→ 入社者情報の確認 → 社労士へ依頼（翌月10日まで）",
                "【退職】 退職届受理 → 離職票の要否確認 → 賃金台帳を社労士へ書留送付 → 退職翌日から10日以内に提出",
                "【育児休業】 申出書受理 → 受給資格確認 → 2か月ごとに支給申請",
                "【介護休業】 申出書受理 → 休業終了後に支給申請（終了日の翌日から2か月後の月末まで）",
                "【個人番号】 メール送付禁止。書留または対面で受け渡し",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A generic process-flow PDF for the consultant's new staff member; no people's data.",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "koyouhoken-093",
        "charset": "utf-8",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["鬼頭 武志 <t.kito1972@outlook.jp>"],
        "subject": "Re: 個人番号の登録内容について",
        "body": f"""鬼頭様

お問い合わせありがとうございます。日の出産業 人事部の大河内です。
当社で登録している鬼頭様の個人番号は以下のとおりです。

　{_sp(my_number(SEED + 26))}

ハローワークで「番号が一致しない」と言われた場合は、お手元の
マイナンバーカードと照らし合わせていただき、相違があればお知らせください。
当社から資格喪失届の訂正を行います。
""" + SIG_OKOCHI + """
> 大河内さん
> 元物流本部の鬼頭です。ハローワークで手続きをしたところ、会社から届いている
> 個人番号と私の番号が合っていないかもしれないと言われました。
> 会社で登録している番号を教えてもらえますか。
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "A My Number written into a reply to a former employee's private mail, even though it is his own.",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "koyouhoken-094",
        "charset": "cp932",
        "sender": "関根 修平 <sekine.shuhei@hinode-sangyo.co.jp>",
        "to": ["比嘉 隆之 <higa.takayuki@osaka.hinode-sangyo.co.jp>"],
        "cc": ["産業保健スタッフ <sangyo-hoken@mail.hinode-sangyo.co.jp>"],
        "subject": "大阪支店 休職者の状況共有（社内限り）",
        "body": """比嘉さん（cc 産業保健スタッフ）

大阪支店の休職者2名について、産業医面談の結果を共有します。

・平良 聡さん：うつ病。主治医は来年1月からの段階的復職を想定。リハビリ出勤の計画を要作成。
・伊佐 ちづるさん：関節リウマチの悪化。治療のため休職延長を希望。満了日は3月末。

伊佐さんが休職満了で退職となる場合、受給期間延長の案内が必要になります。
牧野先生への相談は、個人が特定されない形で行ってください。

関根
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Named employees' diagnoses, but every recipient is internal (incl. subdomains): must go.",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "koyouhoken-095",
        "charset": "iso-2022-jp",
        "sender": "大河内 真央 <okochi.mao@hinode-sangyo.co.jp>",
        "to": ["t.kasugai@harukaze-sr.jp"],
        "subject": "離職票の発送記録（10月末退職分）",
        "body": """春日井様

お世話になっております。大河内です。
10月末退職者分の離職票を、本日以下のとおり発送しました。記録としてお送りします。

社員番号   郵便番号   送付先住所                                      お問い合わせ番号
--------   --------   ----------------------------------------------  ----------------
H190422    359-1111   埼玉県所沢市緑町2-8-14                          4820-1773-5561
H110937    235-0045   神奈川県横浜市磯子区洋光台3-12-7-402            6044-1820-9357
H020115    270-0034   千葉県松戸市新松戸4-218-6                      1177-3058-2246
H231008    190-0022   東京都立川市錦町5-20-3 ハイツ錦102              9200-4138-7715
H150311    206-0011   東京都多摩市関戸1-9-11                          7355-1902-8846
H220716    330-0064   埼玉県さいたま市浦和区岸町3-4-12                5088-3316-2047

不着で戻った場合はご連絡します。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Six leavers' home addresses keyed by employee number (no name column): still a list of people.",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "koyouhoken-096",
        "charset": "cp932",
        "sender": "百瀬 健吾 <momose.kengo@hinode-sangyo.co.jp>",
        "to": ["ハローワーク川崎南 給付課 <kyufu-kawasakiminami@hw-kawasakiminami.mhlw.go.jp>"],
        "subject": "採用証明書の記載内容について（ご照会への回答）",
        "body": """ハローワーク川崎南 給付課
ご担当者様

お世話になっております。日の出産業株式会社 人事企画課の百瀬です。
お電話でご照会のあった、弊社採用者の採用証明書の記載内容について回答いたします。

　氏名：霧島 玲央
　生年月日：昭和63年2月25日
　採用年月日：令和8年10月5日
　雇用期間の定め：なし（正社員）
　1週間の所定労働時間：40時間

採用証明書の記載に誤りはございません。
再就職手当のお手続きをよろしくお願いいたします。
""" + SIG_MOMOSE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "One new hire's hiring details confirmed to Hello Work for his reemployment allowance: single record.",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "koyouhoken-097",
        "charset": "iso-2022-jp",
        "sender": "吉武 沙耶 <yoshitake.saya@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-glnko.co.jp>"],
        "subject": "給与振込の締切日（年末）について",
        "body": """みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の吉武です。
年末の賞与振込（12月10日）および12月分給与振込（12月25日）について、
総合振込データの送信締切日をご教示いただけますでしょうか。

あわせて、育児休業中の社員への立替金精算用に、振込手数料の優遇条件を
適用いただけるか確認させてください。
""" + SIG_YOSHITAKE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-glnko.co.jp: an l for the i of the partner bank's midori-ginko.co.jp (homoglyph look-alike).",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "koyouhoken-098",
        "charset": "utf-8",
        "sender": "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>",
        "to": ["古市 佳奈子 <kanako.furuichi@icloud.com>"],
        "subject": "育児休業給付金（3回目）の申請が完了しました",
        "body": """古市さん

お疲れさまです。人事部の小野寺です。
育児休業給付金の3回目（10月1日～11月30日分）の支給申請が完了しました。

ハローワークで審査後、1週間程度でご登録の口座に振り込まれる見込みです。
支給決定通知書は会社に届きますので、届き次第ご自宅に郵送します。

お子さんの体調はいかがですか。寒くなってきましたので、どうぞご自愛ください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "A status update to one employee on leave at her private address; no identifiers or sensitive data.",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "koyouhoken-099",
        "charset": "utf-8",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["辻 沙織 <s.tsuji@harukaze-sr.jp>"],
        "subject": "社内用の様式と記入例",
        "body": """辻様

お世話になっております。藤堂です。
弊社で各部門に配っている社内様式（空欄）と記入例をZIPでお送りします。
記入例の氏名・住所は架空のものです。
""" + SIG_TODO,
        "attachments": [{
            "kind": "zip",
            "name": "社内様式_雇用保険関係.zip",
            "files": [
                {"kind": "xlsx", "name": "入社者情報シート（空欄）.xlsx", "sheets": {"入社者情報": [
                    ["入社者情報シート"], [],
                    ["氏名", "フリガナ", "生年月日", "住所", "前職の被保険者番号", "雇用形態", "週所定労働時間"],
                    ["", "", "", "", "", "", ""],
                ]}},
                {"kind": "docx", "name": "退職時確認書（空欄）.docx", "paragraphs": [
                    "退職時確認書", "退職日：　　年　　月　　日", "離職票：　要　・　不要",
                    "離職票の送付先住所：", "退職後の連絡先（任意）："]},
                {"kind": "pdf", "name": "記入例_入社者情報シート.pdf", "lines": [
                    "【記入例】入社者情報シート",
                    "氏名：日の出 太郎（ヒノデ タロウ）",
                    "生年月日：平成15年4月1日",
                    "住所：東京都江東区青海5-3-8（会社の住所を例として記載）",
                    "前職の被保険者番号：（ある場合のみ）",
                    "雇用形態：正社員　週所定労働時間：40時間"]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Blank internal forms and a filled-in sample with an obviously fictitious person: no real person's data.",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "koyouhoken-100",
        "charset": "iso-2022-jp",
        "sender": "藤堂 彩香 <todo.ayaka@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "電子申請の送信時にエラー（画面キャプチャ添付）",
        "body": """ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の藤堂です。
本日、雇用保険の資格喪失届を電子申請しようとしたところ、送信時に
「通信エラー（コード：NW-503）」と表示されました。画面キャプチャを添付します。

申請データは送信前の状態で保存されています。
再送信してよいか、お手数ですがご確認ください。

　お問い合わせ管理番号：TS-20261112-0387
""" + SIG_TODO,
        "attachments": [{"kind": "png", "name": "error_NW-503.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A support ticket to the partner vendor with a screenshot and a ticket number; no personal data.",
    },
]
