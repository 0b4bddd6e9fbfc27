"""Blind corpus — area: tenpo (店舗運営).

Mail of the retail division's store managers and area offices of 日の出産業: staff shift
rosters, part-timers' records, shoplifting and customer-injury incidents, lost property,
and the mail they exchange with the police, security companies, insurers, staffing
agencies, payroll and labour-law offices, mall management and suppliers.
Written blind from BRIEF.md (labels as a privacy officer would decide).
"""

from build import card_number, my_number

SEED = 49801

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _z(s: str) -> str:
    """ASCII digits and hyphens → full-width."""
    return s.translate(_ZEN)


def _mn(k: int, sep: str = "") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:])) if sep else n


def _cc(k: int, sep: str = "-") -> str:
    c = card_number(SEED + k)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


# signatures of recurring senders
SIG_HASEBE = """――――――――――――――――――――――
日の出産業株式会社 リテール事業部
ひので相模大野店 店長　長谷部 亮（はせべ りょう）
〒252-0303 神奈川県相模原市南区相模大野3-8-1
TEL 042-745-3310 / FAX 042-745-3311
――――――――――――――――――――――"""

SIG_TSUKIOKA = """--
月岡 達也 / Tatsuya Tsukioka
日の出産業株式会社 リテール事業部 神奈川西エリア事務所 エリアマネージャー
〒252-0231 神奈川県相模原市中央区相模原2-1-15 日の出相模原ビル4F
TEL 042-700-5521  携帯 070-3391-2280（業務用）
tsukioka.t@hinode-sangyo.co.jp"""

SIG_KOKETSU = """*************************************
日の出産業株式会社
リテール事業部 神奈川西エリア事務所 総務担当
纐纈 美帆（こうけつ みほ）
TEL：042-700-5523　内線 6123
Mail：koketsu.miho@hinode-sangyo.co.jp
*************************************"""

SIG_SHOJI = """==============================
ひので藤沢駅前店　店長　東海林 健吾
日の出産業株式会社 リテール事業部
〒251-0052 神奈川県藤沢市藤沢555-3
TEL 0466-22-8107
=============================="""

SIG_YAKUSHIJI = """------------------------------------------------
日の出産業株式会社 リテール事業部 店舗運営部
ロスプリベンション課　薬師寺 拓
〒150-0002 東京都渋谷区渋谷2-22-10 日の出本社ビル
TEL 03-5468-7710（直通）
------------------------------------------------"""

SIG_KITO = """鬼頭 由香里
ひので船橋北口店 店長
日の出産業株式会社 リテール事業部 千葉エリア
〒273-0005 千葉県船橋市本町6-2-1 / TEL 047-420-6620"""

SIG_NIHEI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
ひので川越南店　副店長　仁平 早苗
日の出産業株式会社
〒350-1123 埼玉県川越市脇田本町18-4
TEL 049-241-7030　FAX 049-241-7031
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_IOKIBE = """五百旗頭 誠（いおきべ まこと）
ひので柏の葉店 店長
TEL 04-7135-2290
日の出産業株式会社 リテール事業部"""

SIG_TAKANASHI = """━━━━━━━━━━━━━━━━━━━━
ひので町田中央店　店長　小鳥遊 真紀
日の出産業株式会社 リテール事業部
〒194-0013 東京都町田市原町田4-9-2
TEL 042-729-5180
━━━━━━━━━━━━━━━━━━━━"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。万一誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error, please
notify the sender and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- 001-015
MESSAGES += [
    {
        "id": "tenpo-001",
        "charset": "iso-2022-jp",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["吉住 様 <yoshizumi@mirai-staff.co.jp>"],
        "subject": "7月シフト表（相模大野店）送付の件",
        "body": """ミライスタッフ株式会社
吉住様

いつもお世話になっております。日の出産業 相模大野店の長谷部です。

7月のシフトが確定しましたのでお送りします。
御社から来ていただいている方も含め、当日欠勤時の連絡網として携帯番号も入れてあります。
変更があればその都度ご連絡します。

氏名              区分        携帯電話          主な時間帯
--------------------------------------------------------------------
栗花落 葵          パート      090-3318-4472     9:00-14:00
百目鬼 翔太        アルバイト  080-6621-0935     17:00-22:00
四十物 芳江        パート      090-7724-1186     10:00-16:00
甘粕 瑠奈          アルバイト  070-2290-5517     17:00-21:00
ファム・ティ・ハー  派遣        080-4412-7730     13:00-22:00
城ノ内 聡          派遣        090-1105-8843     6:00-11:00
蔦谷 みどり        パート      080-3357-9021     9:00-13:00
生天目 大輝        アルバイト  070-6648-2274     18:00-22:00

※ファムさん・城ノ内さんの7/12(金)は入替えになる可能性があります。

よろしくお願いいたします。

""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 staff rows with mobile numbers (padded columns) to a staffing agency: list of people",
    },
    {
        "id": "tenpo-002",
        "charset": "utf-8",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["相模大野店 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
               "町田中央店 小鳥遊 <takanashi.maki@hinode-sangyo.co.jp>",
               "shoji-k@store.hinode-sangyo.co.jp"],
        "cc": ["koketsu.miho@hinode-sangyo.co.jp"],
        "subject": "【エリア内】お盆期間の応援シフト（8/10〜8/16）",
        "body": """店長各位

お疲れさまです。月岡です。
お盆期間の応援者を下記の通り割り振りました。
応援先の店長は、前日までに本人へ集合時間と入館方法を連絡してください。
（エリア内限り。外部の派遣会社には転送しないでください）

応援者\t所属\t応援先\t日程\t携帯
栗花落 葵\t相模大野\t町田中央\t8/10-8/12\t090-3318-4472
仁科 隆之\t町田中央\t藤沢駅前\t8/13-8/14\t080-2279-6603
四十物 芳江\t相模大野\t藤沢駅前\t8/13-8/16\t090-7724-1186
廿日出 健\t藤沢駅前\t相模大野\t8/10-8/11\t070-5531-4408
鮫島 ひかり\t町田中央\t相模大野\t8/15-8/16\t080-9902-3361
乙部 雄一\t藤沢駅前\t町田中央\t8/10-8/16\t090-6637-0152

交通費は応援元店舗で精算、勤怠は応援先でつけてください。

""" + SIG_TSUKIOKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "support-shift list of 6 staff with phones, but every recipient is internal (incl. store. subdomain)",
    },
    {
        "id": "tenpo-003",
        "charset": "cp932",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["山根社会保険労務士事務所 山根様 <yamane@yamane-sr.jp>"],
        "subject": "年末調整 個人番号一覧（相模大野店パート分）のご送付",
        "body": """山根社会保険労務士事務所
山根 様

いつも大変お世話になっております。
日の出産業 神奈川西エリア事務所の纐纈でございます。

年末調整の準備のため、相模大野店のパート・アルバイトのうち
今年度新たに扶養控除等申告書を提出した者の個人番号一覧をお送りいたします。
扶養親族分は2枚目のシートに入れております。

ご確認のほどよろしくお願いいたします。

""" + SIG_KOKETSU,
        "attachments": [
            {"kind": "xlsx", "name": "個人番号一覧_相模大野店_R6.xlsx",
             "sheets": {
                 "本人": [
                     ["令和6年分 扶養控除等（異動）申告書 個人番号一覧（相模大野店 パート・アルバイト）"],
                     [],
                     ["社員番号", "氏名", "フリガナ", "生年月日", "住所", "個人番号"],
                     ["P20417", "栗花落 葵", "ツユリ アオイ", "1989/04/22", "神奈川県相模原市南区上鶴間本町4-18-2", _mn(1)],
                     ["P20433", "四十物 芳江", "アイモノ ヨシエ", "1968/11/03", "神奈川県相模原市南区相南2-7-11 コーポ相南105", _mn(2)],
                     ["P20451", "甘粕 瑠奈", "アマカス ルナ", "2004/07/30", "東京都町田市鶴間6-3-9", _mn(3)],
                     ["P20466", "蔦谷 みどり", "ツタヤ ミドリ", "1975/02/14", "神奈川県座間市相模が丘1-22-5", _mn(4)],
                     ["P20472", "百目鬼 翔太", "ドウメキ ショウタ", "2003/12/08", "神奈川県相模原市南区東林間7-4-30", _mn(5)],
                     ["P20488", "生天目 大輝", "ナマタメ ダイキ", "2005/05/19", "神奈川県大和市中央林間4-15-6", _mn(6)],
                 ],
                 "扶養親族": [
                     ["扶養親族 個人番号"],
                     ["社員番号", "本人氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号"],
                     ["P20433", "四十物 芳江", "四十物 陽菜", "子", "2010/08/01", _mn(7)],
                     ["P20466", "蔦谷 みどり", "蔦谷 悠真", "子", "2008/03/27", _mn(8)],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) of part-timers' and dependants' My Numbers with DOB and address to an outside labour-law office",
    },
    {
        "id": "tenpo-004",
        "charset": "iso-2022-jp",
        "sender": "ひので町田中央店 サービスカウンター <machida-sc@hinode-sangyo.co.jp>",
        "to": ["mika.onodera88@gmail.com"],
        "subject": "Re: 財布の忘れ物について",
        "body": """小野寺 様

ひので町田中央店 サービスカウンターでございます。
お問い合わせいただきありがとうございます。

お問い合わせの黒い長財布は、昨日19時頃に2階の休憩ベンチ付近で従業員が発見し、
現在当店サービスカウンターにて保管しております。

お受け取りの際は、ご本人様確認のため、運転免許証などの身分証明書をお持ちのうえ
営業時間内（9:00〜22:00）にサービスカウンターまでお越しください。
なお、保管期間は1週間で、その後は所轄の警察署へお届けいたします。

ご不明な点は下記までお電話ください。

ひので町田中央店 サービスカウンター
TEL 042-729-5180（代表）　担当：大月

> 昨日そちらのお店で黒い財布を落としたかもしれません。
> 届いていないでしょうか。
> 小野寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one customer on free mail about her lost wallet; no one else's data",
    },
    {
        "id": "tenpo-005",
        "charset": "cp932",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 栃尾様 <tochio@alpha-keibi.co.jp>"],
        "subject": "万引き事案のご報告（6/14 藤沢駅前店）",
        "body": """アルファ警備保障株式会社 湘南営業所
栃尾 様

お世話になっております。藤沢駅前店の東海林です。
6/14（金）に発生した万引き事案について、保安員の方の報告書と合わせて
店舗側の記録をお送りします。

■発生日時　6月14日（金）16:42頃
■場所　　　1F 酒類売場 → 風除室で声かけ
■被害品　　ウイスキー 700ml ×2本、おつまみ 3点（計 8,934円）
■対応者　　保安員 宮坂様、副店長 廿日出

■被疑者
　氏名：御手洗 浩二（みたらい こうじ）
　生年月日：昭和47年9月18日（51歳）
　住所：神奈川県藤沢市鵠沼海岸4丁目11-3
　職業：無職（本人申告）

17時過ぎに藤沢北警察署の署員が到着し、窃盗の疑いで現行犯逮捕となりました。
署員の方の話では、同種の前歴が複数あるとのことです。
被害届は本日店長名で提出済みです。

出入り禁止の通知を出すかどうか、本部と相談のうえ改めてご連絡します。

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named shoplifting suspect with DOB/address and arrest + prior record sent to the security company: criminal-record data (要配慮)",
    },
    {
        "id": "tenpo-006",
        "charset": "utf-8",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["サンパーク相模大野 管理事務所 沼田様 <numata@sunpark-mall.co.jp>"],
        "cc": ["tochio@alpha-keibi.co.jp", "hasebe.r@hinode-sangyo.co.jp"],
        "subject": "年末年始の警備体制 打合せ日程のご相談",
        "body": """サンパーク相模大野 管理事務所
沼田様
（cc：アルファ警備保障 栃尾様）

いつもお世話になっております。日の出産業 ロスプリベンション課の薬師寺です。

年末年始の営業時間延長に伴い、館内警備と当社店舗の保安員配置について
三者で打合せの場を持たせていただければと存じます。

候補日：
 ・11月25日（月）14:00〜15:00
 ・11月27日（水）10:00〜11:00
 ・11月28日（木）15:00〜16:00
場所：サンパーク相模大野 3F 管理事務所会議室

議題（案）
 1. 12/20〜1/3 の巡回ルートと時間帯
 2. 搬入口の施錠時刻の変更
 3. 万引き発生時の連絡フロー（管理事務所・警備会社・店舗）

ご都合のよい日時をお知らせいただけますと幸いです。

""" + SIG_YAKUSHIJI,
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>サンパーク相模大野 管理事務所<br>沼田様<br>（cc：アルファ警備保障 栃尾様）</p>
<p>いつもお世話になっております。日の出産業 ロスプリベンション課の薬師寺です。</p>
<p>年末年始の営業時間延長に伴い、館内警備と当社店舗の保安員配置について三者で打合せの場を持たせていただければと存じます。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>候補</th><th>日時</th></tr>
<tr><td>1</td><td>11月25日（月）14:00〜15:00</td></tr>
<tr><td>2</td><td>11月27日（水）10:00〜11:00</td></tr>
<tr><td>3</td><td>11月28日（木）15:00〜16:00</td></tr>
</table>
<p>場所：サンパーク相模大野 3F 管理事務所会議室</p>
<p>議題（案）<br>1. 12/20〜1/3 の巡回ルートと時間帯<br>2. 搬入口の施錠時刻の変更<br>3. 万引き発生時の連絡フロー（管理事務所・警備会社・店舗）</p>
<p>ご都合のよい日時をお知らせいただけますと幸いです。</p>
<p>日の出産業株式会社 リテール事業部 店舗運営部<br>ロスプリベンション課　薬師寺 拓<br>TEL 03-5468-7710（直通）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two external organisations (mall office, security company) in To/Cc",
    },
    {
        "id": "tenpo-007",
        "charset": "utf-8",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["東海損害保険 損害サービス課 猪狩様 <igari.s@tokai-sonpo.co.jp>"],
        "cc": ["yakushiji.taku@hinode-sangyo.co.jp"],
        "subject": "店内転倒事故のご報告（施設賠償 受付番号 TS-24-118806）",
        "body": """東海損害保険株式会社 損害サービス課
猪狩様

お世話になっております。日の出産業 船橋北口店の鬼頭です。
先日お電話でご報告しました店内転倒事故について、詳細をお送りします。

【発生日時】2024年10月3日（木）11:20頃
【発生場所】1F 青果売場 冷蔵ケース前（床面に水滴あり）

【被害者】
　氏名　　　阿久津 トメ 様
　生年月日　昭和14年3月2日（85歳）
　住所　　　千葉県船橋市宮本8-31-4
　電話　　　047-431-2857（ご自宅）／ご長男 阿久津 剛様 090-5512-0378
　保険証　　国民健康保険 被保険者証　記号 船01　番号 4471029

【負傷の状況】
救急搬送先の船橋中央病院にて「左大腿骨頸部骨折」と診断され、
10/7に人工骨頭置換術を受けられる予定です。もともと骨粗しょう症で通院中とのことです。

治療費のお立替えについて、ご家族から問い合わせをいただいております。
今後の進め方をご教示いただけますでしょうか。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                     "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "injured customer's diagnosis and medical history plus health-insurance card number sent to the insurer",
    },
    {
        "id": "tenpo-008",
        "charset": "iso-2022-jp",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 営業部 <eigyo@alpha-keibi.co.jp>"],
        "subject": "機械警備 追加契約対象店舗の一覧",
        "body": """アルファ警備保障株式会社 営業部 御中

いつもお世話になっております。日の出産業の薬師寺です。
先日ご相談した機械警備の追加契約について、対象店舗は下記の6店舗です。
お見積りの前提としてご利用ください。

店舗名            住所                                  代表電話        営業時間
---------------------------------------------------------------------------------------
相模大野店        神奈川県相模原市南区相模大野3-8-1      042-745-3310    9:00-22:00
町田中央店        東京都町田市原町田4-9-2                042-729-5180    9:00-22:00
藤沢駅前店        神奈川県藤沢市藤沢555-3                0466-22-8107    8:00-23:00
川越南店          埼玉県川越市脇田本町18-4               049-241-7030    9:30-21:30
柏の葉店          千葉県柏市若柴178-4                    04-7135-2290    9:00-22:00
船橋北口店        千葉県船橋市本町6-2-1                  047-420-6620    10:00-22:00

機器の設置は閉店後の作業を希望します。
図面は各店舗の店長から別途お送りします。

--
薬師寺 拓（日の出産業 ロスプリベンション課）
03-5468-7710
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of six shops (business addresses and switchboards), not people",
    },
    {
        "id": "tenpo-009",
        "charset": "utf-8",
        "sender": "仁平 早苗 <nihei.sanae@hinode-sangyo.co.jp>",
        "to": ["日本カードサービス 紛失受付 <lost-card@nihon-card-service.co.jp>"],
        "subject": "店頭でのクレジットカード拾得について",
        "body": """日本カードサービス株式会社
紛失・盗難受付ご担当者様

突然のご連絡失礼いたします。
埼玉県川越市の「ひので川越南店」副店長の仁平と申します。

本日（11/2）14時頃、当店レジ台の上に御社発行のクレジットカードが置き忘れられているのを
従業員が発見しました。お電話がつながりにくかったため、メールにてご連絡いたします。

　カード番号：""" + _cc(9) + """
　名義　　　：KAZUHA SHIOTSUKI
　有効期限　：09/27

カードは金庫にて保管しております。
利用停止やカードの返送方法について、ご指示いただけますでしょうか。

""" + SIG_NIHEI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "full credit card number of a customer (found at the till) sent by e-mail",
    },
    {
        "id": "tenpo-010",
        "charset": "cp932",
        "sender": "五百旗頭 誠 <iokibe@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
        "subject": "追加発注のお願い（柏の葉店／発注No. KH-2411-0372）",
        "body": """北国フーズ株式会社 受注センター 御中

いつもお世話になっております。ひので柏の葉店の五百旗頭です。
週末の北海道フェアに向けて、下記を追加発注いたします。

発注No.：KH-2411-0372
納品希望日：11月21日（木）午前着

商品コード     商品名                    入数   発注数   単価（税抜）
----------------------------------------------------------------------
KF-10234      じゃがバター 4個入         12     8        298
KF-10877      ザンギ（冷凍）500g         10     6        548
KF-20015      鮭とば 80g                 20     10       420
KF-31102      ハスカップゼリー 6個       8      5        680

合計 29ケース

よろしくお願いいたします。

""" + SIG_IOKIBE + """

""" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary order with order number, product codes and the standard confidentiality disclaimer",
    },
    {
        "id": "tenpo-011",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 誠 <iokibe@hinode-sangyo.co.jp>",
        "to": ["高梨 沙耶 <saya.t0311@gmail.com>",
               "ichinose-ren@yahoo.co.jp",
               "鶴見 <tsurumi.k@docomo.ne.jp>",
               "hana-mizuno@ezweb.ne.jp",
               "Riku Ohtsuka <riku.ohtsuka@icloud.com>",
               "m.sakaki_0922@outlook.jp"],
        "subject": "【柏の葉店】お盆期間のシフト希望提出のお願い",
        "body": """柏の葉店 アルバイトのみなさん

お疲れさまです。店長の五百旗頭です。
8/10〜8/18のお盆期間について、シフト希望を 7/20（土）までに提出してください。

・提出方法：休憩室のシフト希望表に記入、またはこのメールに返信
・帰省などで長くお休みする人は早めに相談してください
・8/13〜8/15は特に夕方（17時〜22時）の人数が足りていません

よろしくお願いします。

五百旗頭
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "six part-timers' private addresses openly in To: they see each other's addresses, should have been Bcc",
    },
    {
        "id": "tenpo-012",
        "charset": "utf-8",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "アルファ警備保障との秘密保持契約書（案）ご確認のお願い",
        "body": """白川法律事務所
弁護士 白川 先生

いつも大変お世話になっております。日の出産業 ロスプリベンション課の薬師寺です。

防犯カメラ映像の共有を始めるにあたり、アルファ警備保障株式会社と
秘密保持契約（NDA）を締結する予定です。先方から提示された案を添付いたします。

特に以下の点についてご意見をいただけますと幸いです。
　1. 第2条の「秘密情報」の定義に映像データが含まれるか
　2. 第6条の返還・廃棄義務の期限（契約終了後30日）が妥当か
　3. 個人情報の取扱いを別途覚書にすべきか

お忙しいところ恐縮ですが、11月末までにご確認いただけますと助かります。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書（案）_アルファ警備保障.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）とアルファ警備保障株式会社（以下「乙」という。）は、"
                 "甲の店舗における警備業務に関して開示される情報の取扱いについて、次のとおり契約を締結する。",
                 "第1条（目的）本契約は、警備業務の遂行のために甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                 "第2条（秘密情報）本契約において秘密情報とは、開示の際に機密である旨が明示された技術上又は営業上の情報をいう。",
                 "第3条（秘密保持義務）乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
                 "第6条（返還・廃棄）乙は、本契約終了後30日以内に秘密情報を返還又は廃棄する。",
                 "第9条（有効期間）本契約の有効期間は締結日から2年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA draft to the company's own law firm; 機密 only in the contract text, no marking, no personal data",
    },
    {
        "id": "tenpo-013",
        "charset": "iso-2022-jp",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート窓口 <support@tsubasa-sytem.jp>"],
        "subject": "シフト管理システム 店舗マスタ追加のお願い",
        "body": """ツバサシステム株式会社
サポート窓口 ご担当者様

いつもお世話になっております。日の出産業 神奈川西エリアの月岡です。

12月に新規開店する店舗を、シフト管理システムの店舗マスタに追加してください。

　店舗コード：K-0218
　店舗名　　：ひので海老名さつき町店
　営業時間　：9:00〜22:00
　所属エリア：神奈川西
　シフト区分：早番 / 中番 / 遅番 / 夜間品出し

11月25日の本部研修で使用したいので、それまでに反映いただけますと幸いです。

""" + SIG_TSUKIOKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner tsubasa-system.jp mistyped as tsubasa-sytem.jp (letter dropped): look-alike domain",
    },
    {
        "id": "tenpo-014",
        "charset": "utf-8",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["ミライスタッフ 吉住様 <yoshizumi@mirai-staff.co.jp>"],
        "subject": "Re: 8月 派遣スタッフ配置予定のご連絡",
        "body": """吉住様

お世話になっております。町田中央店の小鳥遊です。
8月の配置予定、確認いたしました。ありがとうございます。

初日（8/1）は8:45に通用口（建物裏手）からお入りいただくよう、
皆さんにお伝えいただけますでしょうか。名札と制服は当日こちらでお渡しします。

引き続きよろしくお願いいたします。

""" + SIG_TAKANASHI + """

On 2024/07/24 15:02, 吉住 wrote:
> 日の出産業 町田中央店
> 小鳥遊様
>
> いつもお世話になっております。ミライスタッフの吉住です。
> 8月の配置予定をお送りいたします。
>
> 氏名            携帯             勤務開始  生年月日
> 早乙女 拓海      080-3321-4490    8/1      2001/06/11
> 黒須 ユリア      090-6678-1203    8/1      1998/12/25
> 鷲見 紗季        070-4415-8826    8/3      2002/03/08
> ナヤック・ラジ    080-7719-2054    8/3      1996/09/14
> 宇留野 千春      090-2208-6637    8/5      1985/01/30
> 筧 太一          080-5540-9918    8/5      2000/10/02
>
> ご確認のほどよろしくお願いいたします。
> ミライスタッフ株式会社 吉住
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only quoted from the agency's own mail; new text carries no personal data",
    },
    {
        "id": "tenpo-015",
        "charset": "cp932",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 栃尾様 <tochio@alpha-keibi.co.jp>"],
        "subject": "上期ロス発生状況（神奈川西エリア）",
        "body": """【社外秘】
日の出産業株式会社 店舗運営部 ロスプリベンション課
2024年度上期 不明ロス・万引き発生状況（神奈川西エリア）

栃尾様

いつもお世話になっております。
保安員の配置見直しのご参考として、上期の数字をお送りします。
取扱いには十分ご注意ください。

店舗        万引き検挙件数   被害額（円）   不明ロス率
----------------------------------------------------------
相模大野        23            412,880         1.42%
町田中央        31            598,210         1.87%
藤沢駅前        17            266,540         1.15%
海老名（準備）   -              -               -

・町田中央は化粧品・酒類の被害が全体の6割
・相模大野は閉店前1時間に集中

来期は町田中央に夕方帯の保安員を1名増員したい考えです。
ご提案をお待ちしております。

薬師寺
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "report stamped 【社外秘】 at its head sent to the security company",
    },
]

# ---------------------------------------------------------------- 016-030
MESSAGES += [
    {
        "id": "tenpo-016",
        "charset": "cp932",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 相模営業所 <sagami@alpha-keibi.co.jp>"],
        "subject": "RE: 【確認依頼】緊急連絡先登録内容（ひので相模大野店）",
        "body": """アルファ警備保障 相模営業所
ご担当者様

お世話になっております。相模大野店の長谷部です。
登録内容を確認しました。

3行目の方は9月末で退職しましたので、連絡先から外していただけますでしょうか。
代わりの登録者は、決まり次第あらためてご連絡いたします。
それ以外は変更ありません。

長谷部

-----Original Message-----
From: アルファ警備保障 相模営業所 <sagami@alpha-keibi.co.jp>
Sent: Monday, October 7, 2024 10:14 AM
To: hasebe.r@hinode-sangyo.co.jp
Subject: 【確認依頼】緊急連絡先登録内容（ひので相模大野店）

日の出産業 相模大野店 長谷部様

年次の登録内容確認のため、現在ご登録の緊急連絡先をお送りします。
変更がございましたらご返信ください。

順位  氏名          続柄/役職   電話
1     長谷部 亮     店長        090-4471-2038
2     仁科 隆之     副店長      080-2279-6603
3     乙部 雄一     主任        090-6637-0152
4     栗花落 葵     パート      090-3318-4472
5     蔦谷 みどり   パート      080-3357-9021

アルファ警備保障株式会社 相模営業所
TEL 042-750-8800
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person contact list sits only under -----Original Message----- (the recipient's own mail); new text names no one",
    },
    {
        "id": "tenpo-017",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["ミライスタッフ 請求担当 <seikyu@mirai-staff.co.jp>"],
        "subject": "9月分 派遣スタッフ勤怠実績の送付",
        "body": """ミライスタッフ株式会社
請求ご担当者様

いつもお世話になっております。町田中央店の小鳥遊です。
9月分の派遣スタッフ勤怠実績をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。

ご確認のうえ、請求書の発行をお願いいたします。

""" + SIG_TAKANASHI,
        "attachments": [
            {"kind": "zip", "name": "勤怠実績_町田中央_202409.zip", "password": "Mc2409#kintai",
             "files": [
                 {"kind": "xlsx", "name": "勤怠実績_202409.xlsx",
                  "sheets": {"9月": [
                      ["氏名", "勤務日数", "総労働時間", "深夜時間", "交通費"],
                      ["早乙女 拓海", 21, "152:30", "0:00", 9240],
                      ["黒須 ユリア", 18, "126:00", "12:00", 7920],
                      ["鷲見 紗季", 16, "98:15", "0:00", 7040],
                      ["ナヤック・ラジ", 22, "171:45", "30:30", 0],
                      ["宇留野 千春", 12, "72:00", "0:00", 5280],
                      ["筧 太一", 19, "140:30", "8:00", 8360],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the staffing agency: the attachment cannot be inspected",
    },
    {
        "id": "tenpo-018",
        "charset": "utf-8",
        "sender": "Taku Yakushiji <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@secureaccess-asia.com>"],
        "subject": "Re: Technician visit - EAS gate upgrade at Sagami-Ono store",
        "body": """Hi Daniel,

Thanks for the list. Visitor passes for your team will be ready at the staff
entrance (rear side of the building, next to the loading dock) from 21:45 on
14 November. Our store manager, Mr Hasebe, will meet you there.

Please note the store closes at 22:00 and the alarm is set at 23:30, so the
work needs to be finished by 23:15.

Best regards,
Taku Yakushiji
Loss Prevention, Retail Division
Hinode Sangyo Co., Ltd.
Tel +81-3-5468-7710

On Tue, 5 Nov 2024 at 18:20, Daniel Koh <daniel.koh@secureaccess-asia.com> wrote:
> Dear Yakushiji-san,
>
> Please find below the technicians who will attend the upgrade:
>
> Name              Mobile            Passport / ID
> Daniel Koh        +65 9123 4410     (team lead)
> Marcus Tan        +65 8456 2297
> Hiroshi Anzai     080-9934-1172
> Lim Wei Ling      +65 9772 0381
> Yusuke Kanemaru   090-3382-6655
>
> Kind regards,
> Daniel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the five technicians' list is only quoted from the vendor's own mail",
    },
    {
        "id": "tenpo-019",
        "charset": "cp932",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["東海損害保険 湘南サービスセンター 榊原様 <sakakibara.j@tokai-sonpo.co.jp>"],
        "subject": "盗難被害明細の送付（動産総合保険）",
        "body": """東海損害保険株式会社
湘南サービスセンター 榊原様

お世話になっております。藤沢駅前店の東海林です。
10/19夜間のバックヤード侵入盗難の件、被害明細をExcelで添付します。
警察の受理番号は明細の1行目に記載しています。

ご不明点があればご連絡ください。

""" + SIG_SHOJI,
        "attachments": [
            {"kind": "corrupt", "name": "盗難被害明細_藤沢駅前_1019.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be read",
    },
    {
        "id": "tenpo-020",
        "charset": "iso-2022-jp",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["相模大野警察署 生活安全課 <seian-sagamiono@kanagawa-kenkei.lg.jp>"],
        "subject": "防犯訓練（強盗対応）参加者のご連絡",
        "body": """相模大野警察署 生活安全課
浅利 様

いつもお世話になっております。ひので相模大野店の長谷部でございます。
11月20日（水）閉店後に実施いただく強盗対応訓練について、
当店からの参加者は下記の3名です。

・長谷部 亮（店長）　　携帯 090-4471-2038
・仁科 隆之（副店長）　携帯 080-2279-6603
・城ノ内 聡（夜間責任者）携帯 090-1105-8843

当日は21:50に通用口でお待ちしております。
ご不明な点がございましたら、長谷部までご連絡ください。

""" + SIG_HASEBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three participants with mobile numbers to the police: a short attendee list, may be warned",
    },
    {
        "id": "tenpo-021",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["沼田様 <numata@sunpark-mall.co.jp>"],
        "subject": "要注意人物の情報共有（館内テナント向け）",
        "body": """サンパーク相模大野 管理事務所
沼田様

お世話になっております。相模大野店の長谷部です。
先日の防犯連絡会でお話しした、当店で把握している要注意人物の情報です。
館内の他テナントへの注意喚起にお使いください。

【1】
氏名：鹿間 茂（しかま しげる）　推定60代男性
特徴：グレーのハンチング、黒い手提げ袋
経緯：2023年12月 当店で酒類窃盗、相模大野署に逮捕（起訴猶予と聞いています）

【2】
氏名：不明（「ミカミ」と名乗る）　推定40代女性
特徴：ベビーカーに商品を隠す
経緯：2024年3月・5月 化粧品窃盗、2回とも警察引渡し

【3】
氏名：谷ヶ崎 涼（やがさき りょう）　19歳　住所 相模原市南区栄町
特徴：高校時代の制服で来店することあり
経緯：2024年6月 ゲームソフト窃盗で補導歴あり

【4】
氏名：ボロト・バータル　推定30代男性
特徴：大型リュック
経緯：2024年7月 精肉窃盗で現行犯逮捕、執行猶予中との情報

【5】
氏名：苫米地 悦子（とまべち えつこ）　70代女性　住所 相模原市南区相模台
特徴：手押しカート
経緯：2024年8月 鮮魚窃盗、認知症の疑いありとのことで家族に引渡し

以上、取扱いにはご注意ください。

""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "five named suspects, one block each, with arrests, probation and suspected dementia: list of people with criminal-record and health data",
    },
    {
        "id": "tenpo-022",
        "charset": "cp932",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["千葉中央警備 船橋支社 <funabashi@chiba-chuo-keibi.co.jp>"],
        "subject": "鍵預託・駆け付け時の連絡先（船橋北口店）",
        "body": """千葉中央警備株式会社 船橋支社
ご担当者様

お世話になっております。ひので船橋北口店の鬼頭です。
来月からの機械警備開始にあたり、異常発報時の連絡先（鍵保有者）をお知らせします。

・第1連絡先　鬼頭 由香里（店長）　090-2847-6610
・第2連絡先　薬袋 敏行（副店長）　080-4476-0093
・第3連絡先　椎葉 美紀（主任）　　070-3309-5521
・第4連絡先　千葉エリア事務所（夜間当番）042-700-5599

上から順にご連絡ください。つながらない場合はエリア事務所の当番携帯までお願いします。

""" + SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three key holders' mobiles plus an office line to the security company: under five people, may be warned",
    },
    {
        "id": "tenpo-023",
        "charset": "utf-8",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["ネクサス人材サービス 西園寺様 <saionji@nexus-jinzai.co.jp>"],
        "subject": "転籍対象者の情報送付（海老名さつき町店 開店要員）",
        "html": """<html><head><meta charset="utf-8"></head><body style="font-family:'游ゴシック',sans-serif">
<p>ネクサス人材サービス株式会社<br>西園寺 様</p>
<p>いつもお世話になっております。日の出産業 神奈川西エリア事務所の纐纈です。</p>
<p>海老名さつき町店の開店にあたり、御社へ雇用を切り替える予定の7名の情報をお送りいたします。
雇用契約書の作成にご利用ください。</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>携帯</th><th>住所</th></tr>
<tr><td>1</td><td>瓜生 里奈</td><td>ウリュウ リナ</td><td>1996/02/17</td><td>090-1147-3382</td><td>神奈川県海老名市さつき町12-5-702</td></tr>
<tr><td>2</td><td>勅使河原 透</td><td>テシガワラ トオル</td><td>1972/08/09</td><td>080-6620-1954</td><td>神奈川県海老名市国分南3-20-1</td></tr>
<tr><td>3</td><td>小山内 早紀</td><td>オサナイ サキ</td><td>2002/11/28</td><td>070-8832-4410</td><td>神奈川県座間市ひばりが丘2-41-8</td></tr>
<tr><td>4</td><td>ド・ヴァン・ナム</td><td>ド ヴァン ナム</td><td>1999/04/05</td><td>080-2295-7763</td><td>神奈川県厚木市中町1-9-3 メゾン中町201</td></tr>
<tr><td>5</td><td>安栖 真一</td><td>アズミ シンイチ</td><td>1981/01/22</td><td>090-5578-0216</td><td>神奈川県海老名市中央5-2-14</td></tr>
<tr><td>6</td><td>樋渡 恵子</td><td>ヒワタシ ケイコ</td><td>1966/06/30</td><td>080-9013-4487</td><td>神奈川県綾瀬市深谷中4-7-22</td></tr>
<tr><td>7</td><td>弓削 航平</td><td>ユゲ コウヘイ</td><td>2004/09/12</td><td>070-1126-9935</td><td>神奈川県海老名市上郷1-18-6</td></tr>
</table>
<p>ご不明点がありましたらご連絡ください。</p>
<p>*************************************<br>日の出産業株式会社<br>リテール事業部 神奈川西エリア事務所 総務担当<br>纐纈 美帆<br>TEL：042-700-5523</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of seven staff (DOB, mobile, home address) to an outside staffing company",
    },
    {
        "id": "tenpo-024",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["猪狩様 <igari.s@tokai-sonpo.co.jp>"],
        "subject": "Re: 受付番号 TS-24-118806 必要書類について",
        "body": """猪狩様

お世話になっております。船橋北口店の鬼頭です。
ご案内いただいた書類のうち、店舗側で用意するものは以下の通りそろいました。

　・事故発生状況報告書（店長記名）
　・売場の見取図と写真（4枚）
　・清掃記録表（10/3分の写し）

本日レターパックで発送しました（追跡番号 3301-4472-9015）。
ご家族から受け取る書類については、引き続きそちらからご案内いただけますと助かります。

よろしくお願いいたします。

鬼頭

> 鬼頭様
> 先日はご報告ありがとうございました。施設賠償の手続きに必要な書類をご案内します。
> （以下略）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "claim follow-up with claim and tracking numbers only; no one's personal data in new text",
    },
    {
        "id": "tenpo-025",
        "charset": "cp932",
        "sender": "仁平 早苗 <nihei.sanae@hinode-sangyo.co.jp>",
        "to": ["川越南警察署 会計課 遺失物係 <ishitsubutsu-kawagoeminami@saitama-kenkei.lg.jp>"],
        "subject": "拾得物件の提出について（ひので川越南店 10月分）",
        "body": """川越南警察署 会計課 遺失物係 御中

いつもお世話になっております。ひので川越南店 副店長の仁平です。
10月中に当店で拾得し、保管期間を過ぎた物件の一覧をお送りします。
現物は11/6（水）午前に持参いたします。

遺失者が判明している物件については、連絡先も記載しております。

""" + SIG_NIHEI,
        "attachments": [
            {"kind": "csv", "name": "拾得物一覧_川越南店_202410.csv", "encoding": "cp932",
             "rows": [
                 ["管理番号", "拾得日", "拾得場所", "物件", "遺失者氏名", "遺失者電話", "備考"],
                 ["K24-1001", "2024/10/02", "1Fレジ前", "スマートフォン（黒）", "井之上 道子", "080-3317-2246", "本人より問合せあり"],
                 ["K24-1004", "2024/10/05", "駐輪場", "自転車の鍵", "", "", ""],
                 ["K24-1007", "2024/10/08", "2Fトイレ", "財布（茶）現金3,200円", "皆川 信也", "090-8821-4475", "カード類在中"],
                 ["K24-1010", "2024/10/11", "サッカー台", "傘（紺）", "", "", ""],
                 ["K24-1012", "2024/10/13", "入口ベンチ", "定期入れ", "須藤 杏奈", "070-2218-6693", "学生証在中"],
                 ["K24-1015", "2024/10/17", "1F惣菜売場", "腕時計", "土師 康夫", "049-243-1108", ""],
                 ["K24-1019", "2024/10/21", "駐車場B", "キーケース", "鴨志田 ゆかり", "080-6654-0372", ""],
                 ["K24-1022", "2024/10/26", "2F休憩所", "眼鏡ケース", "", "", ""],
                 ["K24-1024", "2024/10/28", "1Fレジ前", "手帳型スマホケース", "亀卦川 悠", "090-4439-1187", "ICカード在中"],
                 ["K24-1027", "2024/10/30", "カート置場", "エコバッグ（食品在中）", "", "", "食品は廃棄"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) of lost property naming six owners with their phone numbers sent to the police by e-mail: list of people",
    },
    {
        "id": "tenpo-026",
        "charset": "utf-8",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["東海損害保険 事故受付 <jiko-uketsuke@tokai-sonpo.co.jp>"],
        "subject": "事故の第一報（ひので町田中央店 店内での転倒）",
        "body": """東海損害保険株式会社 事故受付ご担当者様

日の出産業（証券番号 GL-3308712）ひので町田中央店の小鳥遊です。
施設賠償責任保険の事故として第一報をお送りします。

本日12時過ぎ、2階エスカレーター降り口付近でお客様が転倒されました。
お客様は救急車で病院へ向かわれ、現在は結果の連絡待ちです。

お客様：千々岩 ハル 様（70代女性）
連絡先：042-796-3381（ご自宅）

詳細は分かり次第ご報告いたします。受付番号をご連絡いただけますでしょうか。

""" + SIG_TAKANASHI,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one customer's name and phone to the insurer; 'fell and was taken to hospital' with no diagnosis: health data or not is arguable",
    },
    {
        "id": "tenpo-027",
        "charset": "utf-8",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["相模大野メディカルクリニック 産業保健担当 <sangyo-hoken@ono-medical.or.jp>"],
        "subject": "定期健康診断 要再検査者一覧（神奈川西エリア店舗）",
        "body": """相模大野メディカルクリニック
産業保健ご担当 様

いつもお世話になっております。日の出産業 神奈川西エリア事務所の纐纈です。
今年度の定期健康診断で要再検査・要精密検査となった従業員の一覧をお送りします。
産業医面談の日程調整をお願いできますでしょうか。

""" + SIG_KOKETSU,
        "attachments": [
            {"kind": "csv", "name": "要再検査者一覧_2024.csv", "encoding": "utf-8",
             "rows": [
                 ["社員番号", "氏名", "所属", "年齢", "判定", "所見"],
                 ["E10233", "長谷部 亮", "相模大野店", "44", "要精密検査", "便潜血陽性"],
                 ["E10418", "仁科 隆之", "町田中央店", "38", "要再検査", "血圧高値（168/102）"],
                 ["P20433", "四十物 芳江", "相模大野店", "56", "要治療", "HbA1c 8.1 糖尿病疑い"],
                 ["E10507", "廿日出 健", "藤沢駅前店", "29", "要再検査", "肝機能（ALT 112）"],
                 ["P20512", "樋渡 恵子", "海老名準備室", "58", "要精密検査", "胸部X線 結節影"],
                 ["E10622", "乙部 雄一", "藤沢駅前店", "35", "要再検査", "尿蛋白（2+）"],
                 ["P20601", "鮫島 ひかり", "町田中央店", "24", "要治療", "貧血（Hb 8.9）"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of seven employees' health-check findings to an outside clinic: list of people with medical data",
    },
    {
        "id": "tenpo-028",
        "charset": "cp932",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["町田工業株式会社 総務部 鴻池様 <konoike@machida-kogyo.co.jp>"],
        "subject": "忘年会用オードブルのお見積り",
        "body": """町田工業株式会社 総務部
鴻池様

このたびはお問い合わせいただきありがとうございます。
ひので町田中央店の小鳥遊でございます。

ご依頼の法人向けオードブルの価格表をお送りいたします。

　商品番号　　商品名　　　　　　　　　　人数目安　　税込価格
　ODB-301　　和洋オードブル「彩」　　　4〜5名　　　5,400円
　ODB-302　　和洋オードブル「宴」　　　8〜10名　　 9,720円
　ODB-315　　にぎり寿司桶「松」　　　　5名　　　　 7,560円
　ODB-320　　唐揚げ・ポテト盛合せ　　　6〜8名　　　3,780円
　ODB-340　　サンドイッチプレート　　　6名　　　　 3,240円

・ご注文は3営業日前の18時までにお願いいたします。
・10台以上で5%割引、配達は町田市内無料です。

ご検討のほどよろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list with product codes to a corporate customer",
    },
    {
        "id": "tenpo-029",
        "charset": "iso-2022-jp",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["山根社会保険労務士事務所 <office@yamane-sr.jp>"],
        "cc": ["koketsu.miho@hinode-sangyo.co.jp"],
        "subject": "労災（業務災害）発生報告書の送付 藤沢駅前店",
        "body": """山根社会保険労務士事務所
ご担当者様

お世話になっております。藤沢駅前店の東海林です。
当店従業員の業務中のけがについて、労災申請をお願いしたく
発生報告書をお送りします。必要事項は報告書にまとめてあります。

様式5号の作成をお願いできますでしょうか。

東海林
""",
        "attachments": [
            {"kind": "docx", "name": "労災発生報告書_藤沢駅前店_乙部.docx",
             "title": "労働災害発生報告書",
             "paragraphs": [
                 "労働災害発生報告書",
                 "事業場：日の出産業株式会社 ひので藤沢駅前店",
                 "報告者：店長 東海林 健吾",
                 "1. 被災者",
             ],
             "tables": [
                 [["項目", "内容"],
                  ["氏名", "乙部 雄一（おとべ ゆういち）"],
                  ["生年月日", "平成元年5月27日"],
                  ["住所", "神奈川県藤沢市辻堂元町2-14-9"],
                  ["雇用区分／職種", "正社員／グロサリー主任"],
                  ["基礎年金番号", "4129-663018"],
                  ["発生日時", "2024年9月12日 7:40頃"],
                  ["発生状況", "バックヤードで段ボール開梱中、カッターが滑り左手を切創"],
                  ["傷病名", "左手示指 屈筋腱損傷（藤沢湘南病院 整形外科にて診断、縫合手術）"],
                  ["休業見込み", "約4週間"]],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX workplace-injury report: one employee's diagnosis and surgery plus basic pension number, to an outside office",
    },
    {
        "id": "tenpo-030",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
        "subject": "配送状況の確認（制服・備品 店間移動）",
        "body": """青葉運輸株式会社 お客様センター 御中

お世話になっております。日の出産業 ひので相模大野店の長谷部です。
11/8に集荷いただいた店間移動の荷物が、まだ海老名さつき町店に届いていないとのことです。
配送状況をご確認いただけますでしょうか。

　お問い合わせ番号　　荷物　　　　　　　　個数
　4412-8830-1157　　　制服（Mサイズ）　　 2箱
　4412-8830-1164　　　ハンディ端末　　　　1箱
　4412-8830-1171　　　POP用品　　　　　　 3箱

届け先：ひので海老名さつき町店（開店準備室）TEL 046-231-7740

よろしくお願いいたします。

長谷部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and a shop's number to a partner carrier",
    },
]

# ---------------------------------------------------------------- 031-045
MESSAGES += [
    {
        "id": "tenpo-031",
        "charset": "cp932",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["ペイロールワークス 給与計算チーム <kyuyo-team@payroll-works.co.jp>"],
        "subject": "10月度 パート勤務実績・振込先一覧（相模大野店）",
        "body": """株式会社ペイロールワークス
給与計算チーム ご担当者様

お世話になっております。日の出産業の纐纈です。
10月度の相模大野店パート・アルバイトの勤務実績をPDFでお送りします。
今月から振込先を変更した方が2名おりますので、振込先欄もご確認ください。

支給日は11/25です。よろしくお願いいたします。

""" + SIG_KOKETSU,
        "attachments": [
            {"kind": "pdf", "name": "勤務実績_相模大野店_202410.pdf",
             "title": "10月度 勤務実績表",
             "lines": ["10月度 勤務実績表（相模大野店 パート・アルバイト）", "締日：10/31　支給日：11/25", ""],
             "table": [
                 ["社員番号", "氏名", "勤務時間", "深夜", "振込先"],
                 ["P20417", "栗花落 葵", "98.5h", "0", "みどり銀行 相模大野支店 普通 3318447"],
                 ["P20433", "四十物 芳江", "112.0h", "0", "みどり銀行 相模原支店 普通 0724118"],
                 ["P20451", "甘粕 瑠奈", "64.0h", "4.0h", "ゆうちょ銀行 〇二八店 普通 2290551"],
                 ["P20466", "蔦谷 みどり", "88.0h", "0", "湘南信用金庫 座間支店 普通 1335790"],
                 ["P20472", "百目鬼 翔太", "72.5h", "10.5h", "みどり銀行 町田支店 普通 6621093"],
                 ["P20488", "生天目 大輝", "58.0h", "12.0h", "はまかぜ銀行 大和支店 普通 4482274"],
                 ["P20491", "城ノ内 聡", "120.0h", "0", "みどり銀行 相模大野支店 普通 1105884"],
                 ["P20495", "仁科 美咲", "45.0h", "0", "ゆうちょ銀行 〇一八店 普通 9021776"],
                 ["P20503", "廣瀬 陸", "80.0h", "16.0h", "みどり銀行 相模原支店 普通 5517302"],
                 ["P20510", "アナ・クルス", "96.0h", "0", "はまかぜ銀行 相模大野支店 普通 7730448"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "PDF table of ten part-timers with their salary bank accounts to the payroll contractor",
    },
    {
        "id": "tenpo-032",
        "charset": "iso-2022-jp",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["沼田様 <numata@sunpark-mall.co.jp>"],
        "subject": "Re: 防犯カメラ映像のご提供について",
        "body": """沼田様

お世話になっております。相模大野店の長谷部です。

先日ご依頼のありました駐輪場の当て逃げの件ですが、当店の防犯カメラ映像は
個人情報保護の観点から、社内規程で警察からの捜査関係事項照会書などの
正式な依頼に基づく場合にのみ提供することになっております。

お手数ですが、被害に遭われた方から警察へ届け出ていただき、
警察経由でご依頼いただく形でお願いできますでしょうか。
なお、映像は30日間保存していますので、該当日の映像は11月末まで残っています。

ご理解のほどよろしくお願いいたします。

""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "個人情報 mentioned in passing in a policy answer; no personal data",
    },
    {
        "id": "tenpo-033",
        "charset": "utf-8",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["スマイル研修 講師 磯辺様 <isobe@smile-kenshu.co.jp>"],
        "subject": "新任リーダー研修 資料（受講者一覧入り）",
        "body": """スマイル研修株式会社
磯辺 様

お世話になっております。日の出産業 神奈川西エリアの月岡です。
12/3の新任リーダー研修の資料をお送りします。
最後のスライドに受講者一覧と連絡先を入れていますので、
当日の遅刻連絡などにお使いください。

""" + SIG_TSUKIOKA,
        "attachments": [
            {"kind": "pptx", "name": "新任リーダー研修_20241203.pptx",
             "title": "新任リーダー研修",
             "slides": [
                 ["新任リーダー研修", "日の出産業 リテール事業部 神奈川西エリア", "2024年12月3日"],
                 ["本日の流れ", "10:00 オリエンテーション", "11:00 クレーム対応ロールプレイ",
                  "14:00 万引き発見時の声かけ", "16:00 振り返り"],
                 ["万引き発見時の基本", "1. 確認の原則（取る・隠す・出る）", "2. 一人で追わない",
                  "3. 保安員・店長へ連絡"],
                 ["受講者一覧",
                  "廿日出 健（藤沢駅前）090-3360-2741 hatsukade.k@hinode-sangyo.co.jp",
                  "鮫島 ひかり（町田中央）080-9902-3361 samejima.h@hinode-sangyo.co.jp",
                  "瓜生 里奈（海老名準備室）090-1147-3382 uryu.rina@hinode-sangyo.co.jp",
                  "百目鬼 翔太（相模大野）080-6621-0935 domeki.s@hinode-sangyo.co.jp",
                  "弓削 航平（海老名準備室）070-1126-9935 yuge.k@hinode-sangyo.co.jp",
                  "仁科 美咲（相模大野）090-7781-2046 nishina.m@hinode-sangyo.co.jp"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PPTX whose last slide lists six trainees with mobiles and e-mail addresses, sent to an outside trainer",
    },
    {
        "id": "tenpo-034",
        "charset": "cp932",
        "sender": "仁平 早苗 <nihei.sanae@hinode-sangyo.co.jp>",
        "to": ["クリーンドキュメント 回収受付 <kaishu@clean-doc.co.jp>"],
        "subject": "機密書類回収日のご相談（川越南店）",
        "body": """株式会社クリーンドキュメント 回収受付 御中

いつもお世話になっております。ひので川越南店の仁平です。

定期の機密書類回収ですが、11月は棚卸と重なるため、
11/14（木）から11/19（火）へ変更をお願いできますでしょうか。
保管箱は現在5箱です。

回収後は、いつも通り溶解証明書の発行をお願いいたします。

""" + SIG_NIHEI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "機密書類 (document shredding service) mentioned as a subject matter, not a marking",
    },
    {
        "id": "tenpo-035",
        "charset": "utf-8",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["ミライスタッフ 吉住様 <yoshizumi@mirai-staff.co.jp>"],
        "cc": ["hasebe.r@hinode-sangyo.co.jp", "takanashi.maki@hinode-sangyo.co.jp"],
        "subject": "10月シフト（相模大野・町田中央）まとめて送ります",
        "body": """吉住さん

お世話になっています。月岡です。
2店舗分の10月シフトをZIPにまとめました。
派遣の方とうちのパートさんが同じシフト表に入っているので、
派遣の方の枠だけ確認してもらえれば大丈夫です。

CSVの方は急な欠員連絡用のメールアドレス一覧です。

月岡
""",
        "attachments": [
            {"kind": "zip", "name": "シフト_202410_2店舗.zip",
             "files": [
                 {"kind": "xlsx", "name": "シフト_202410.xlsx",
                  "sheets": {
                      "相模大野": [
                          ["10月シフト 相模大野店"],
                          ["氏名", "区分", "携帯", "10/1", "10/2", "10/3", "10/4"],
                          ["栗花落 葵", "パート", "090-3318-4472", "早", "早", "休", "早"],
                          ["百目鬼 翔太", "AB", "080-6621-0935", "遅", "休", "遅", "遅"],
                          ["ファム・ティ・ハー", "派遣", "080-4412-7730", "中", "中", "中", "休"],
                          ["城ノ内 聡", "派遣", "090-1105-8843", "早", "休", "早", "早"],
                          ["蔦谷 みどり", "パート", "080-3357-9021", "休", "早", "早", "早"],
                      ],
                      "町田中央": [
                          ["10月シフト 町田中央店"],
                          ["氏名", "区分", "携帯", "10/1", "10/2", "10/3", "10/4"],
                          ["早乙女 拓海", "派遣", "080-3321-4490", "中", "中", "休", "中"],
                          ["黒須 ユリア", "派遣", "090-6678-1203", "遅", "遅", "遅", "休"],
                          ["鮫島 ひかり", "社員", "080-9902-3361", "早", "休", "早", "中"],
                          ["仁科 隆之", "社員", "080-2279-6603", "休", "早", "中", "早"],
                      ],
                  }},
                 {"kind": "csv", "name": "欠員連絡先.csv", "encoding": "utf-8",
                  "rows": [
                      ["氏名", "メール"],
                      ["栗花落 葵", "aoi.tsuyuri@gmail.com"],
                      ["百目鬼 翔太", "shota.d1208@yahoo.co.jp"],
                      ["ファム・ティ・ハー", "pham.ha.0411@gmail.com"],
                      ["早乙女 拓海", "takumi-s@icloud.com"],
                      ["黒須 ユリア", "yulia.kurosu@outlook.jp"],
                      ["鮫島 ひかり", "hikari.same@docomo.ne.jp"],
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a two-sheet roster with mobiles and a CSV of private e-mail addresses, to the staffing agency",
    },
    {
        "id": "tenpo-036",
        "charset": "utf-8",
        "sender": "Taku Yakushiji <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["Sales Team <sales@vistaguard.com>"],
        "subject": "Request for quotation - AI camera system for 6 stores",
        "body": """Dear Vistaguard Sales Team,

I am in charge of loss prevention for the retail division of Hinode Sangyo, a
Japanese supermarket chain. We are considering AI-enabled CCTV for six of our
stores in Kanagawa, Tokyo, Saitama and Chiba, and would like a quotation.

Scope:
  - approx. 32 cameras per store (sales floor, entrances, back yard)
  - on-premise recorder, 30-day retention
  - alerts for concealment behaviour at cosmetics and liquor shelves
  - Japanese-language management console

Could you also let us know whether you have a distributor in Japan and
whether your system can run without sending video to the cloud?

We would appreciate your reply by 29 November.

Best regards,

Taku Yakushiji
Loss Prevention Section, Store Operations Dept.
Hinode Sangyo Co., Ltd.
2-22-10 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan
Tel +81-3-5468-7710

""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English request for quotation with the standard English confidentiality disclaimer",
    },
    {
        "id": "tenpo-037",
        "charset": "cp932",
        "sender": "五百旗頭 誠 <iokibe@hinode-sangyo.co.jp>",
        "to": ["京葉セキュリティ 契約管理課 <keiyaku@keiyo-security.co.jp>"],
        "subject": "柏の葉店 警備契約切替に伴う緊急連絡先一覧",
        "body": """京葉セキュリティ株式会社
契約管理課 御中

お世話になっております。ひので柏の葉店の五百旗頭です。
12月1日からの警備契約切替に伴い、御社所定の様式で緊急連絡先一覧を作成しました。
旧様式のExcel（.xls）で失礼します。

ご確認をお願いいたします。

""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "xls", "name": "緊急連絡先一覧_柏の葉店.xls",
             "sheets": {"連絡先": [
                 ["緊急連絡先一覧（ひので柏の葉店）"],
                 ["順位", "氏名", "役職", "自宅電話", "携帯電話", "自宅住所"],
                 [1, "五百旗頭 誠", "店長", "04-7133-2871", "090-6612-4470", "千葉県柏市若柴1-88-2-1104"],
                 [2, "大鷹 美佐", "副店長", "04-7191-0038", "080-3345-1129", "千葉県柏市十余二336-7"],
                 [3, "宍戸 和樹", "主任", "", "070-2281-6634", "千葉県流山市おおたかの森西2-5-11"],
                 [4, "嘉数 ちひろ", "主任", "04-7155-9902", "090-8876-2205", "千葉県柏市大室1250-3"],
                 [5, "雲雀 大地", "夜間責任者", "", "080-1192-7748", "千葉県我孫子市天王台4-3-18"],
                 [6, "ソン・ミンジュン", "夜間補助", "", "070-5513-0286", "千葉県柏市柏の葉6-1-4-302"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of six staff with home phone, mobile and home address to a new security company",
    },
    {
        "id": "tenpo-038",
        "charset": "iso-2022-jp",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["tsukioka.t@hinode-sangyo.co.jp", "hasebe.r@hinode-sangyo.co.jp",
               "shoji-k@store.hinode-sangyo.co.jp", "takanashi.maki@hinode-sangyo.co.jp"],
        "subject": "【社外秘】保安員配置見直し案（来期）",
        "body": """【社外秘】

神奈川西エリア 店長各位
（cc：月岡エリアマネージャー）

お疲れさまです。ロスプリベンション課の薬師寺です。
来期の保安員配置の見直し案です。社外（警備会社含む）には出さないでください。

店舗        現行        見直し案            理由
------------------------------------------------------------
相模大野    2名/日      2名/日（時間変更）   閉店前の被害集中
町田中央    2名/日      3名/日               化粧品・酒類の被害増
藤沢駅前    1名/日      1名/日               横ばい

意見があれば11/22までに返信ください。

薬師寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 stamp but every recipient is internal",
    },
    {
        "id": "tenpo-039",
        "charset": "utf-8",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["ユニフォーム工房 受注担当 <order@uniform-kobo.co.jp>"],
        "subject": "FW: 海老名さつき町店 制服サイズ集計",
        "body": """ユニフォーム工房
受注ご担当者様

お世話になっております。日の出産業の纐纈です。
海老名さつき町店の開店要員の制服について、店長から集計が届きましたので転送します。
個別に名入れをお願いするため、サイズ確認の連絡は本人へ直接していただいて構いません。

納期は11/28希望です。よろしくお願いいたします。

纐纈
""",
        "attachments": [
            {"kind": "eml", "name": "海老名さつき町店 制服サイズ集計.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "海老名さつき町店 開店準備室 <ebina-prep@hinode-sangyo.co.jp>",
                 "to": ["koketsu.miho@hinode-sangyo.co.jp"],
                 "subject": "海老名さつき町店 制服サイズ集計",
                 "body": """纐纈さん

お疲れさまです。開店準備室の安栖です。
制服サイズの集計です。発注をお願いします。

氏名          フリガナ          上着   エプロン   携帯
------------------------------------------------------------------
瓜生 里奈      ウリュウ リナ      S      M          090-1147-3382
勅使河原 透    テシガワラ トオル  LL     L          080-6620-1954
小山内 早紀    オサナイ サキ      S      S          070-8832-4410
ド・ヴァン・ナム ド ヴァン ナム    M      M          080-2295-7763
樋渡 恵子      ヒワタシ ケイコ    L      M          080-9013-4487
弓削 航平      ユゲ コウヘイ      L      L          070-1126-9935

安栖
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded internal mail (attached .eml) with six staff's mobiles and sizes now sent to an outside vendor",
    },
    {
        "id": "tenpo-040",
        "charset": "cp932",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["人事部 給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "新規パート 個人番号届出書（藤沢駅前店 11月入社分）",
        "body": """人事部 給与厚生課 御中

お疲れさまです。藤沢駅前店の東海林です。
11月入社のパート3名分の個人番号届出書と本人確認書類の写しを、
パスワード付きZIPでお送りします。パスワードは社内チャットでお伝えします。

東海林
""",
        "attachments": [
            {"kind": "zip", "name": "個人番号届出_藤沢駅前_202411.zip", "password": "Fj-202411-mn",
             "files": [
                 {"kind": "csv", "name": "個人番号届出.csv", "encoding": "cp932",
                  "rows": [["氏名", "生年月日", "個人番号"],
                           ["鵜飼 瑞穂", "1990/03/14", _mn(10)],
                           ["茂木 蒼", "2005/01/09", _mn(11)],
                           ["バスネット・スニタ", "1997/07/21", _mn(12)]]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP of My Number forms, but sent only to internal HR",
    },
    {
        "id": "tenpo-041",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証部 安達様 <adachi.q@kitaguni-foods.co.jp>"],
        "subject": "転送: 【回収対象】いくら醤油漬 購入者への連絡状況",
        "body": """北国フーズ株式会社 品質保証部
安達様

お世話になっております。町田中央店の小鳥遊です。
自主回収の件、サービスカウンターでまとめた購入者の連絡状況を転送します。
返金・お詫び品の発送は御社からとのことでしたので、ご対応をお願いいたします。

小鳥遊

---------- 転送メッセージ ----------
From: 町田中央店 サービスカウンター <machida-sc@hinode-sangyo.co.jp>
Date: 2024年11月12日(火) 18:40
Subject: 【回収対象】いくら醤油漬 購入者への連絡状況
To: 小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>

店長
ポイントカード履歴から判明した購入者6名の連絡状況です。

1. 宍倉 政子　042-722-4419　購入日 11/8　連絡済・返品来店予定
2. 蓮見 大吾　090-2236-8871　購入日 11/8　留守電
3. 羽鳥 千尋　080-5569-0324　購入日 11/9　連絡済・喫食済（体調異常なし）
4. 日下部 トシ子　042-795-1160　購入日 11/9　連絡済・返品済
5. 木全 健太郎　070-3318-6602　購入日 11/10　未連絡
6. 真栄田 綾　090-4487-2219　購入日 11/10　連絡済・商品廃棄済

サービスカウンター 大月
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward (転送) of six customers' names and phones to the supplier: forwarded text counts as new",
    },
    {
        "id": "tenpo-042",
        "charset": "utf-8",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["kito.yukari@hinode-sangyo.co.jp"],
        "bcc": ["k.hazama0714@gmail.com", "minami-rio@yahoo.co.jp", "shun.arakaki@icloud.com",
                "tamaki_h@docomo.ne.jp", "ayu.kanno@softbank.ne.jp", "ken.ozeki@outlook.jp",
                "yuzu.sakamaki@gmail.com"],
        "subject": "【船橋北口店】年末年始の営業時間とシフト提出のお知らせ",
        "body": """船橋北口店 アルバイトのみなさん

お疲れさまです。店長の鬼頭です。
（このメールはBCCで一斉送信しています）

年末年始の営業時間が決まりました。

　12/31（火）9:00〜19:00
　1/1（水）休業
　1/2（木）〜1/3（金）10:00〜20:00

シフト希望は12/5までに提出してください。
1/2・1/3は福袋販売があるため、朝8時からの入りをお願いする場合があります。

鬼頭
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to part-timers' private addresses correctly in Bcc; nothing personal in the body",
    },
    {
        "id": "tenpo-043",
        "charset": "cp932",
        "sender": "仁平 早苗 <nihei.sanae@hinode-sangyo.co.jp>",
        "to": ["人事部 採用課 <saiyo@hinode-sangyou.co.jp>"],
        "subject": "川越南店 12月入社パート 雇用手続き依頼",
        "body": """人事部 採用課 御中

お疲れさまです。川越南店の仁平です。
12月1日入社予定のパート5名の雇用手続きをお願いします。

●鳩山 美由紀（はとやま みゆき）
　生年月日：昭和53年7月4日
　住所：埼玉県川越市南台2-9-14
　電話：049-244-3376

●木佐貫 亮太（きさぬき りょうた）
　生年月日：平成16年2月29日
　住所：埼玉県川越市今福1480-7
　電話：080-4421-9903

●都築 サエ子（つづき さえこ）
　生年月日：昭和36年11月20日
　住所：埼玉県ふじみ野市上福岡3-2-8
　電話：090-1192-4406

●グエン・ティ・トゥイ
　生年月日：2000年8月15日
　住所：埼玉県川越市新宿町5-12-3 グリーンハイツ201
　電話：080-7743-2258

●於保 拓真（おほ たくま）
　生年月日：平成18年5月3日
　住所：埼玉県川越市脇田新町11-6
　電話：070-6682-1147

雇用契約書は店舗で本人署名済みです。原本は社内便で送ります。

""" + SIG_NIHEI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "lookalike_domain"],
        "note": "meant for internal HR but addressed to hinode-sangyou.co.jp (letter added): look-alike domain, and five new hires' records",
    },
    {
        "id": "tenpo-044",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 経理課 <keiri@alpha-keibi.co.jp>"],
        "subject": "請求書（No. AK-2410-5527）の登録番号について",
        "body": """アルファ警備保障株式会社 経理課 御中

お世話になっております。日の出産業 相模大野店の長谷部です。

10月分のご請求書（請求書番号 AK-2410-5527、ご請求額 418,000円）を拝受しました。
本社経理から、請求書に記載の登録番号「T5021001048823」が
国税庁の公表サイトで御社名と一致しないとの指摘がありました。

お手数ですが、正しい登録番号をご確認のうえ、再発行をお願いできますでしょうか。

""" + SIG_HASEBE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query: invoice number, amount and the supplier's own T-number (a company's number, not a person's)",
    },
    {
        "id": "tenpo-045",
        "charset": "iso-2022-jp",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 湘南センター <shonan-center@a0ba-unyu.co.jp>"],
        "subject": "年末 納品時間帯の変更のお願い（藤沢駅前店）",
        "body": """青葉運輸株式会社 湘南センター 御中

いつもお世話になっております。ひので藤沢駅前店の東海林です。

12/28〜12/31の4日間、早朝納品の時間帯を下記の通り変更させてください。

　現行：5:30〜6:30
　変更：4:30〜5:30（搬入口は4:15に開錠します）

車両は2台までとし、荷受けは夜間責任者が対応します。
ご確認のほどよろしくお願いいたします。

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner aoba-unyu.co.jp spelled a0ba-unyu.co.jp (zero for o): look-alike domain",
    },
]

# ---------------------------------------------------------------- 046-060
MESSAGES += [
    {
        "id": "tenpo-046",
        "charset": "cp932",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["船橋東警察署 会計課 <kaikei-funabashihigashi@chiba-kenkei.lg.jp>"],
        "subject": "拾得物の届出予定について（ひので船橋北口店）",
        "body": """船橋東警察署 会計課 遺失物担当 御中

お世話になっております。ひので船橋北口店の鬼頭です。
11月前半に当店で拾得し、持ち主が現れなかった物件を11/18（月）に届け出ます。
事前に品目をお知らせします。

・折りたたみ傘（黒）　　　　　2本
・子ども用手袋（赤）　　　　　1双
・マフラー（グレー）　　　　　1本
・イヤホン（白、ケース入り）　1点
・現金（小銭）　　　　　　　　計 437円
・鍵（キーホルダー付き）　　　3点

いずれも身分証や持ち主が分かる物は入っていません。
受付時間に変更があればお知らせください。

""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of found items only, no owners or other people",
    },
    {
        "id": "tenpo-047",
        "charset": "utf-8",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 振込事務 <furikomi@midori-ginko-co.jp>"],
        "subject": "総合振込データの訂正について（日の出産業 11/25支給分）",
        "body": """みどり銀行 法人営業部
振込事務ご担当者様

いつもお世話になっております。日の出産業株式会社の纐纈です。
11/25支給分の総合振込データのうち、下記6件の口座情報に誤りがありました。
訂正後の内容をお送りしますので、差し替えをお願いいたします。

受取人名（カナ）       銀行・支店              種別  口座番号   金額
----------------------------------------------------------------------------
ツユリ アオイ          みどり銀行 相模大野支店  普通  3318447    128,430
ナマタメ ダイキ        はまかぜ銀行 大和支店    普通  4482274     71,250
シロノウチ サトシ      みどり銀行 相模大野支店  普通  1105884    146,800
ヒロセ リク            みどり銀行 相模原支店    普通  5517302     98,120
アナ クルス            はまかぜ銀行 相模大野支店 普通 7730448    115,200
ニシナ ミサキ          ゆうちょ銀行 〇一八店    普通  9021776     54,000

お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_KOKETSU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data", "lookalike_domain"],
        "note": "bank partner midori-ginko.co.jp written midori-ginko-co.jp (hyphen for dot), with six payees' bank accounts",
    },
    {
        "id": "tenpo-048",
        "charset": "iso-2022-jp",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 相模営業所 <sagami@alpha-keibi.co.jp>"],
        "subject": "海老名さつき町店 警備解除カード発行のお願い",
        "body": """アルファ警備保障 相模営業所 御中

お世話になっております。神奈川西エリアの月岡です。
12/6開店の海老名さつき町店について、警備解除用ICカードの発行をお願いします。
まずは店長・副店長の2名分です。

【1】
　氏名　　：安栖 真一（アズミ シンイチ）
　役職　　：店長
　社員番号：E10745
　携帯　　：090-5578-0216

【2】
　氏名　　：勅使河原 透（テシガワラ トオル）
　役職　　：副店長
　社員番号：E10758
　携帯　　：080-6620-1954

カードは開店準備室（046-231-7740）宛にお送りください。

""" + SIG_TSUKIOKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two managers' records (mobile, staff number) for alarm cards: under five people, may be warned",
    },
    {
        "id": "tenpo-049",
        "charset": "cp932",
        "sender": "仁平 早苗 <nihei.sanae@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 関東営業所 <kanto@kitaguni-foods.jp>"],
        "subject": "物産展の販促物について",
        "body": """北国フーズ 関東営業所
ご担当者様

お世話になっております。ひので川越南店の仁平です。
12/7〜12/9の北海道物産展で使うのぼり旗とプライスカードを、
12/4までに店舗へお送りいただけますでしょうか。

のぼり　6本（「北海道フェア」）
プライスカード　30枚
試食用カップ　500個

よろしくお願いいたします。

仁平
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner kitaguni-foods.co.jp written kitaguni-foods.jp (co. dropped): look-alike domain",
    },
    {
        "id": "tenpo-050",
        "charset": "utf-8",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["ミライスタッフ 吉住様 <yoshizumi@mirai-staff.co.jp>"],
        "subject": "12月 派遣スタッフ必要人数のご相談（町田中央店）",
        "body": """吉住様

いつもお世話になっております。町田中央店の小鳥遊です。
12月の派遣スタッフ必要人数をお送りします。年末は例年どおり夕方が厳しいです。

期間          早番(7-12)  中番(11-17)  遅番(17-22)
-------------------------------------------------
12/1-12/15       2           2            3
12/16-12/27      2           3            4
12/28-12/31      3           4            5

・経験者優先（レジ・品出し）
・12/28〜31は1日単位の方でも可

人選については御社にお任せします。ご検討よろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "head-count request, no names",
    },
    {
        "id": "tenpo-051",
        "charset": "iso-2022-jp",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "出入禁止通知の可否についてご相談",
        "body": """白川先生

いつもお世話になっております。日の出産業の薬師寺です。
藤沢駅前店で6月に発生した万引き事案の被疑者について、
出入禁止の通知を出せるかご相談させてください。

　被疑者：御手洗 浩二（昭和47年9月18日生）
　住所：神奈川県藤沢市鵠沼海岸4丁目11-3
　6/14 窃盗容疑で現行犯逮捕。当店では2回目。警察によれば同種前歴複数。
　現在、執行猶予中とのことです。

本人に通知書を郵送すること自体に問題がないか、
また通知後に来店した場合に建造物侵入で対応できるかを伺えますと幸いです。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "lookalike_domain"],
        "note": "law firm shirakawa-law.jp addressed as shirakawa-law.co.jp (other TLD), carrying a suspect's arrest and prior record",
    },
    {
        "id": "tenpo-052",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["防災テック 点検課 <tenken@bousai-tech.co.jp>"],
        "subject": "合同消防訓練 参加店舗一覧",
        "html": """<html><body>
<p>株式会社防災テック 点検課 御中</p>
<p>お世話になっております。サンパーク相模大野 防火管理協議会 幹事店の、ひので相模大野店 長谷部です。<br>
12/10の合同消防訓練の参加店舗は下記のとおりです。</p>
<table border="1" cellpadding="3">
<tr><th>区画</th><th>店舗名</th><th>代表電話</th><th>営業時間</th><th>参加人数</th></tr>
<tr><td>1F-01</td><td>ひので相模大野店</td><td>042-745-3310</td><td>9:00-22:00</td><td>6</td></tr>
<tr><td>1F-05</td><td>ドラッグミナト相模大野店</td><td>042-745-6021</td><td>10:00-21:00</td><td>3</td></tr>
<tr><td>1F-08</td><td>ベーカリー麦の穂</td><td>042-702-1180</td><td>8:00-20:00</td><td>2</td></tr>
<tr><td>2F-02</td><td>ファッションセンターあおい</td><td>042-745-7733</td><td>10:00-20:00</td><td>2</td></tr>
<tr><td>2F-06</td><td>100円ショップ ルピナス</td><td>042-745-9002</td><td>10:00-21:00</td><td>2</td></tr>
<tr><td>2F-10</td><td>相模大野こども歯科</td><td>042-749-2245</td><td>9:30-18:30</td><td>1</td></tr>
</table>
<p>消火器・屋内消火栓の実演のご準備をお願いいたします。</p>
<p>ひので相模大野店 店長 長谷部 亮<br>TEL 042-745-3310</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of shops in a mall (switchboards, hours): businesses, not people",
    },
    {
        "id": "tenpo-053",
        "charset": "cp932",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["船橋東警察署 生活安全課 <seian-funabashihigashi@chiba-kenkei.lg.jp>",
               "千葉中央警備 船橋支社 <funabashi@chiba-chuo-keibi.co.jp>",
               "東海損害保険 猪狩様 <igari.s@tokai-sonpo.co.jp>"],
        "subject": "11/9 駐車場車上ねらい 現場確認の日程",
        "body": """関係者各位

お世話になっております。ひので船橋北口店の鬼頭です。
11/9夜に当店駐車場で発生した車上ねらい（3台）について、
現場確認を以下の日程で行いたいと考えております。

日時：11月15日（金）10:00〜
場所：ひので船橋北口店 屋上駐車場 P3エリア（集合は1F サービスカウンター）

・警察署：現場検証の補足、防犯カメラ映像の確認
・警備会社：巡回記録と照明の点灯状況のご説明
・保険会社：施設の管理状況の確認

ご都合が悪い場合はご連絡ください。

""" + SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "police, security company and insurer (three external parties) visible to each other in To",
    },
    {
        "id": "tenpo-054",
        "charset": "iso-2022-jp",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["東海損害保険 猪狩様 <igari.s@tokai-sonpo.co.jp>"],
        "subject": "各店舗の最寄り救急病院一覧",
        "body": """猪狩様

お世話になっております。日の出産業の薬師寺です。
店内事故の初動マニュアル改訂にあたり、各店舗の最寄り救急病院を整理しました。
御社の提携先と重なっているかご確認いただけますでしょうか。

店舗          病院名                    住所                          電話
---------------------------------------------------------------------------------------
相模大野      相模大野中央病院           相模原市南区相模大野6-2-11     042-742-1200
町田中央      町田きたざと病院           町田市原町田2-7-5              042-722-8100
藤沢駅前      藤沢湘南病院               藤沢市藤沢1020                 0466-25-3111
川越南        川越南部医療センター       川越市新宿町3-4-1              049-245-7700
柏の葉        柏の葉総合病院             柏市若柴330                    04-7136-0011
船橋北口      船橋中央病院               船橋市本町3-21-9               047-433-2211

よろしくお願いいたします。

薬師寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of hospitals (businesses) with switchboards and addresses",
    },
    {
        "id": "tenpo-055",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["ドラッグミナト 相模大野店 <sagamiono@drug-minato.co.jp>",
               "ベーカリー麦の穂 <info@muginoho-bakery.jp>",
               "ファッションセンターあおい 相模大野店 <ono-store@fc-aoi.co.jp>",
               "100円ショップ ルピナス <sagamiono@lupinus-100.com>",
               "相模大野こども歯科 <info@ono-kodomo-shika.jp>"],
        "subject": "【防火管理協議会】12/10 合同消防訓練のご案内",
        "body": """サンパーク相模大野 1F・2F テナント各位

いつもお世話になっております。
今年度の防火管理協議会の幹事を務めております、ひので相模大野店の長谷部です。

合同消防訓練を下記の通り実施します。

　日時：12月10日（火）8:30〜9:15（開店前）
　集合：1F 中央コート
　内容：通報・初期消火・避難誘導訓練、消火器の取扱い説明（防災テック社）

各店舗1名以上のご参加をお願いいたします。
参加人数を12/3までにこのメールへの返信でお知らせください。

""" + SIG_HASEBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five tenant companies openly in To: three or more external parties see each other, should have been Bcc",
    },
    {
        "id": "tenpo-056",
        "charset": "cp932",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 相模営業所 <sagami@alpha-keibi.co.jp>"],
        "subject": "年末年始 警備セット・解除予定時刻",
        "body": """アルファ警備保障 相模営業所 御中

お世話になっております。神奈川西エリアの月岡です。
年末年始の営業時間変更に伴う警備セット・解除予定時刻をExcelでお送りします。
予定外の解除があった場合は、店舗から都度ご連絡します。

""" + SIG_TSUKIOKA,
        "attachments": [
            {"kind": "xlsx", "name": "警備セット解除予定_年末年始.xlsx",
             "sheets": {
                 "相模大野": [["ひので相模大野店 警備セット・解除予定"], [],
                           ["日付", "解除", "セット", "備考"],
                           ["12/30", "5:30", "23:30", ""],
                           ["12/31", "5:30", "20:30", "19時閉店"],
                           ["1/1", "-", "-", "休業（終日セット）"],
                           ["1/2", "6:30", "21:30", "福袋"],
                           ["1/3", "7:00", "21:30", ""]],
                 "町田中央": [["ひので町田中央店 警備セット・解除予定"], [],
                           ["日付", "解除", "セット", "備考"],
                           ["12/30", "5:30", "23:30", ""],
                           ["12/31", "5:30", "20:30", ""],
                           ["1/1", "-", "-", "休業"],
                           ["1/2", "6:00", "21:30", ""],
                           ["1/3", "7:00", "21:30", ""]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX of alarm set/unset times per shop: operational data, no people",
    },
    {
        "id": "tenpo-057",
        "charset": "utf-8",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["LPコンサルティング 真壁様 <makabe@lp-consulting.jp>"],
        "subject": "ロス分析のご依頼資料",
        "body": """LPコンサルティング
真壁様

先日はご提案ありがとうございました。日の出産業の薬師寺です。
分析のご依頼にあたり、当社の店舗別ロス実績をPDFでお送りします。
ご契約前のため、取扱いにはご注意ください。

来週中にお打合せの候補日をお送りします。

薬師寺 拓
日の出産業株式会社 ロスプリベンション課
03-5468-7710
""",
        "attachments": [
            {"kind": "pdf", "name": "店舗別ロス実績_2023-2024.pdf",
             "title": "店舗別ロス実績",
             "page_header": "社外秘　日の出産業株式会社 店舗運営部",
             "page_footer": "無断複製・転載禁止",
             "lines": ["店舗別ロス実績（2023年度・2024年度上期）", ""],
             "table": [
                 ["店舗", "2023年度 ロス率", "2024上期 ロス率", "万引き検挙", "内部不正"],
                 ["相模大野", "1.38%", "1.42%", "41", "1"],
                 ["町田中央", "1.71%", "1.87%", "58", "0"],
                 ["藤沢駅前", "1.20%", "1.15%", "33", "2"],
                 ["川越南", "0.98%", "1.05%", "19", "0"],
                 ["柏の葉", "1.11%", "1.09%", "24", "0"],
                 ["船橋北口", "1.45%", "1.51%", "37", "1"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF whose page header is stamped 社外秘, sent to an outside consultant",
    },
    {
        "id": "tenpo-058",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 誠 <iokibe@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 森下様 <morishita@nishiki-insatsu.co.jp>"],
        "subject": "Re: 12月第1週チラシ 初校のご確認",
        "body": """森下様

お世話になっております。柏の葉店の五百旗頭です。
初校を確認しました。修正点は以下の3点です。

1. 表面右下「国産豚ロース」 198円 → 178円
2. 裏面の店舗電話番号 04-7135-2209 → 04-7135-2290（末尾が逆です）
3. 営業時間「9:00〜21:00」→「9:00〜22:00」

修正版をPDFで添付しましたので、再校をお願いいたします。

""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "pdf", "name": "チラシ_1202_柏の葉_修正指示.pdf",
             "lines": ["ひので柏の葉店 12/2(月)〜12/8(日) 週末特売チラシ 修正指示",
                       "表面：国産豚ロース 100gあたり 178円（税抜）",
                       "表面：北海道産じゃがいも 1袋 158円",
                       "裏面：ひので柏の葉店 千葉県柏市若柴178-4 TEL 04-7135-2290",
                       "営業時間 9:00〜22:00　駐車場 300台"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "flyer proof corrections with the shop's own address and phone, to the partner printer",
    },
    {
        "id": "tenpo-059",
        "charset": "cp932",
        "sender": "五百旗頭 誠 <iokibe@hinode-sangyo.co.jp>",
        "to": ["京葉セキュリティ 契約管理課 <keiyaku@keiyo-security.co.jp>"],
        "subject": "店舗防犯マニュアルのご送付",
        "body": """京葉セキュリティ株式会社
契約管理課 御中

お世話になっております。ひので柏の葉店の五百旗頭です。
契約切替にあたり、当社の店舗防犯マニュアルをお送りします。
保安員の方への事前教育にご活用ください。

""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "docx", "name": "店舗防犯マニュアル_v3.docx",
             "title": "店舗防犯マニュアル",
             "page_header": "取扱注意　日の出産業株式会社 リテール事業部",
             "paragraphs": [
                 "店舗防犯マニュアル（第3版）",
                 "1. 万引き発見時の対応",
                 "　保安員は、商品を取る・隠す・精算せずに出るの3点を確認するまで声かけを行わない。",
                 "2. 現金輸送・売上金の取扱い",
                 "　売上金の入金は毎日14時と19時、2名体制で行う。金庫の暗証番号は店長と副店長のみが保持する。",
                 "3. 閉店時の施錠手順",
                 "　最終退出者は警備セット後、通用口の施錠を確認し、エリア当番へ報告する。",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX whose page header carries the classification 取扱注意, sent outside",
    },
    {
        "id": "tenpo-060",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["相模大野警察署 生活安全課 浅利様 <seian-sagamiono@kanagawa-kenkei.lg.jp>"],
        "subject": "強盗対応訓練 実施要領（案）",
        "body": """浅利様

お世話になっております。ひので相模大野店の長谷部です。
11/20の強盗対応訓練について、店舗側の実施要領（案）を作成しました。
役割分担や動線に問題がないか、ご確認いただけますと幸いです。

""" + SIG_HASEBE,
        "attachments": [
            {"kind": "docx", "name": "強盗対応訓練_実施要領案.docx",
             "title": "強盗対応訓練 実施要領（案）",
             "paragraphs": [
                 "強盗対応訓練 実施要領（案）",
                 "日時：2024年11月20日（水）22:15〜23:00　場所：ひので相模大野店 1F レジ周辺",
                 "想定：閉店間際、刃物を持った男がレジ係に現金を要求",
             ],
             "tables": [
                 [["役割", "担当", "行動"],
                  ["レジ係", "夜間責任者", "犯人を刺激せず指示に従う。非常通報ボタンを押す"],
                  ["通報係", "副店長", "バックヤードから110番、特徴を伝える"],
                  ["記録係", "店長", "犯人の特徴・逃走方向を記録"],
                  ["犯人役", "警察署員", "－"]],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DOCX drill plan with roles by job title only",
    },
]

# ---------------------------------------------------------------- 061-075
MESSAGES += [
    {
        "id": "tenpo-061",
        "charset": "utf-8",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["ネクサス人材サービス 西園寺様 <saionji@nexus-jinzai.co.jp>"],
        "subject": "来期 要員計画（神奈川西エリア）",
        "body": """西園寺様

お世話になっております。日の出産業の月岡です。
来期の要員計画をお送りします。派遣でお願いしたい人数は「外部調達」列です。
ご提案の前提にしていただければと思います。

""" + SIG_TSUKIOKA,
        "attachments": [
            {"kind": "xlsx", "name": "要員計画_FY2025_神奈川西.xlsx",
             "title": "要員計画 FY2025",
             "page_header": "部外秘",
             "sheets": {
                 "計画": [
                     ["【部外秘】FY2025 要員計画（神奈川西エリア）"],
                     ["店舗", "社員", "パート", "外部調達", "人件費予算（千円）"],
                     ["相模大野", 9, 34, 4, 118400],
                     ["町田中央", 11, 41, 6, 146200],
                     ["藤沢駅前", 8, 29, 3, 101800],
                     ["海老名さつき町", 7, 30, 8, 112500],
                 ],
                 "前提": [
                     ["前提条件"],
                     ["時給改定 +4.5%（10月）"],
                     ["海老名さつき町店は開店後6か月で外部調達を半減"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX classified 部外秘 (title row and page header) sent to a staffing company",
    },
    {
        "id": "tenpo-062",
        "charset": "cp932",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["川崎電機 システム営業部 <sys-eigyo@kawasaki-denki.co.jp>"],
        "subject": "万引き防止ゲート更新 要件資料の送付",
        "body": """川崎電機株式会社 システム営業部 御中

お世話になっております。日の出産業の薬師寺です。
先日お話しした万引き防止ゲート（EAS）の更新について、当社の要件をまとめた資料をお送りします。
これをもとにご提案いただけますでしょうか。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "pptx", "name": "EASゲート更新_要件.pptx",
             "title": "EASゲート更新 要件",
             "slides": [
                 ["EASゲート更新 要件", "日の出産業 店舗運営部 ロスプリベンション課"],
                 ["対象", "6店舗・出入口計18か所", "2025年3月末までに順次更新"],
                 ["必須要件", "AM方式、既存タグと互換", "発報時に店内放送と連動",
                  "発報ログを店舗PCで確認可能"],
                 ["希望", "発報時の防犯カメラ自動録画", "保守窓口24時間"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX of requirements to a partner; no marking, no personal data",
    },
    {
        "id": "tenpo-063",
        "charset": "utf-8",
        "sender": "Taku Yakushiji <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["Emma Whitfield <emma.whitfield@vistaguard.com>"],
        "subject": "Store layout and current camera positions",
        "body": """Hi Emma,

Thank you for the call yesterday. As promised, I attach a short deck with our
store layout and the positions of the current cameras at the Machida store.
Please use it to prepare the pilot proposal.

Kind regards,
Taku
""",
        "attachments": [
            {"kind": "pptx", "name": "Machida_camera_positions.pptx",
             "title": "Machida store - camera positions",
             "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Do not distribute",
             "slides": [
                 ["Machida Chuo store", "Floor area 2,400 m2", "Current cameras: 26"],
                 ["Blind spots", "Cosmetics aisle 7 (rear)", "Liquor corner near back door",
                  "Staff entrance corridor"],
                 ["Cash office", "Safe located behind service counter",
                  "Cash collection at 14:00 and 19:00"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "English PPTX stamped CONFIDENTIAL on every slide, sent to a foreign vendor",
    },
    {
        "id": "tenpo-064",
        "charset": "iso-2022-jp",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["東海損害保険 榊原様 <sakakibara.j@tokai-sonpo.co.jp>"],
        "subject": "再送：盗難被害明細（CSV）",
        "body": """榊原様

先ほどお送りしたExcelが開けないとのこと、失礼いたしました。
CSVで再送いたします。

東海林（藤沢駅前店）
""",
        "attachments": [
            {"kind": "csv", "name": "盗難被害明細_1019.csv", "encoding": "cp932",
             "rows": [
                 ["JANコード", "商品名", "数量", "売価", "原価", "原価計"],
                 ["4901234567894", "ウイスキー 山麓 700ml", "6", "3980", "2850", "17100"],
                 ["4909876543217", "ブランデー VSOP 700ml", "4", "4580", "3290", "13160"],
                 ["4912345098761", "たばこ カートン A", "12", "6000", "5400", "64800"],
                 ["4912345098778", "たばこ カートン B", "8", "5800", "5220", "41760"],
                 ["4987654321098", "ギフト券 3000円分", "5", "3000", "3000", "15000"],
                 ["", "合計", "", "", "", "151820"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV of stolen goods (JAN codes, prices) to the insurer: no people",
    },
    {
        "id": "tenpo-065",
        "charset": "utf-8",
        "sender": "Taku Yakushiji <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@secureaccess-asia.com>"],
        "subject": "Access card registration - Machida Chuo store",
        "body": """Hi Daniel,

Following the installation of the new access control system at our Machida Chuo
store, please register the staff below for access cards (back office and cash
office doors). Cards should be mailed to the store manager.

No.  Name               Role              Mobile           E-mail
---------------------------------------------------------------------------------------
1    Maki Takanashi     Store manager     090-2315-7746    takanashi.maki@hinode-sangyo.co.jp
2    Takayuki Nishina   Deputy manager    080-2279-6603    nishina.t@hinode-sangyo.co.jp
3    Hikari Samejima    Supervisor        080-9902-3361    samejima.h@hinode-sangyo.co.jp
4    Yulia Kurosu       Night shift lead  090-6678-1203    yulia.kurosu@outlook.jp
5    Takumi Saotome     Night shift       080-3321-4490    takumi-s@icloud.com
6    Chiharu Uruno      Cash office       090-2208-6637    c.uruno@gmail.com

Please let me know when the cards are ready.

Best regards,
Taku Yakushiji
Loss Prevention, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English mail listing six staff with mobiles and (partly private) e-mail addresses to a foreign vendor",
    },
    {
        "id": "tenpo-066",
        "charset": "cp932",
        "sender": "五百旗頭 誠 <iokibe@hinode-sangyo.co.jp>",
        "to": ["京葉セキュリティ 工事課 <koji@keiyo-security.co.jp>"],
        "subject": "柏の葉店 図面一式（センサー設置工事用）",
        "body": """京葉セキュリティ株式会社 工事課 御中

お世話になっております。ひので柏の葉店の五百旗頭です。
センサー設置工事用の図面一式をZIPでお送りします。
（平面図・バックヤード詳細・配線ルート）

工事は閉店後（22:30以降）でお願いいたします。

""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "zip", "name": "柏の葉店_図面.zip",
             "files": [
                 {"kind": "pdf", "name": "01_平面図.pdf",
                  "lines": ["ひので柏の葉店 1F 平面図", "売場面積 2,150㎡", "出入口 A（正面）B（駐車場側）C（通用口）"]},
                 {"kind": "pdf", "name": "02_バックヤード詳細.pdf",
                  "lines": ["バックヤード詳細図", "事務所・金庫室・冷蔵庫・荷受場", "既設センサー位置 4か所"]},
                 {"kind": "txt", "name": "03_配線ルート_メモ.txt",
                  "text": "配線ルート\n事務所天井裏 → 荷受場 → 通用口\n既設配管を利用可（荷受場上部）\n"},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of floor plans for the installer: readable, no people, no marking",
    },
    {
        "id": "tenpo-067",
        "charset": "utf-8",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["東海損害保険 事故受付 <jiko-uketsuke@tokai-sonpo.co.jp>"],
        "subject": "事故状況報告書（町田中央店 エスカレーター付近の転倒）",
        "body": """東海損害保険株式会社 事故受付ご担当者様

お世話になっております。ひので町田中央店の小鳥遊です。
先日第一報をお送りした転倒事故について、事故状況報告書をお送りします。
社内ルールによりパスワード付きPDFにしております。パスワードはお電話でお伝えします。

""" + SIG_TAKANASHI,
        "attachments": [
            {"kind": "pdf", "name": "事故状況報告書_町田中央_1105.pdf", "password": "mc1105",
             "lines": ["事故状況報告書", "発生日時：2024年11月5日 12:10頃",
                       "場所：2F エスカレーター降り口",
                       "被害者：千々岩 ハル 様（74歳）TEL 042-796-3381",
                       "町田きたざと病院にて右手首骨折と診断"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: the attachment cannot be inspected",
    },
    {
        "id": "tenpo-068",
        "charset": "iso-2022-jp",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 佐古様 <sako@tsubasa-system.jp>"],
        "subject": "FW: EASゲート 発報ログ連携の件（川崎電機さん見積）",
        "body": """佐古様

お世話になっております。日の出産業の薬師寺です。
川崎電機さんから、EASゲートの発報ログをPOS側に連携する件の見積が届きました。
POS側の改修が必要になるとのことなので、御社でも概算をお願いできますでしょうか。
先方のメールをそのまま添付します。

薬師寺
""",
        "attachments": [
            {"kind": "eml", "name": "Re_EASゲート発報ログ連携_お見積り.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "川崎電機 システム営業部 野々宮 <nonomiya@kawasaki-denki.co.jp>",
                 "to": ["yakushiji.taku@hinode-sangyo.co.jp"],
                 "subject": "Re: EASゲート発報ログ連携 お見積り",
                 "body": """日の出産業株式会社
薬師寺様

いつもお世話になっております。川崎電機の野々宮です。
発報ログ連携のお見積りをお送りします。

　見積番号：KD-Q-24-3318
　ゲート側ログ出力ユニット　18台 × 38,000円 = 684,000円
　連携用ゲートウェイ　6台 × 52,000円 = 312,000円
　設定作業費　一式 240,000円
　合計（税抜）1,236,000円

POS側の受信インターフェースは別途ご用意いただく前提です。

川崎電機株式会社 システム営業部
野々宮 崇
TEL 044-211-3300（代表）
""",
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a partner's quotation (attached mail) to another partner: prices and a quote number only",
    },
    {
        "id": "tenpo-069",
        "charset": "cp932",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["山根社会保険労務士事務所 山根様 <yamane@yamane-sr.jp>"],
        "subject": "パートタイマー就業規則 改定案（赤字修正版）",
        "body": """山根様

お世話になっております。纐纈です。
先日のお打合せを受けて、パートタイマー就業規則の改定案を修正しました。
赤字が今回の修正箇所です。ご確認をお願いいたします。

纐纈
""",
        "attachments": [
            {"kind": "corrupt", "name": "パートタイマー就業規則_改定案_v4.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt DOCX that cannot be read",
    },
    {
        "id": "tenpo-070",
        "charset": "utf-8",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "RE: 出入禁止通知の可否について",
        "body": """白川先生

ご丁寧なご回答をありがとうございました。
ご助言のとおり、通知書は内容証明郵便ではなく、来店時に口頭で告知したうえで
書面を手交する方法で進めます。書面の文案ができましたらあらためてお送りします。

引き続きよろしくお願いいたします。

薬師寺

差出人: 白川 <shirakawa@shirakawa-law.jp>
送信日時: 2024年11月18日 9:12
宛先: 薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>
件名: Re: 出入禁止通知の可否について

薬師寺様

ご相談の件、回答いたします。
出入禁止の意思表示自体は施設管理権に基づき可能です。ただし、住所宛の郵送は
本人以外の家族が開封するおそれがあり、前歴に触れる記載は避けるべきです。

> 被疑者：御手洗 浩二（昭和47年9月18日生）
> 住所：神奈川県藤沢市鵠沼海岸4丁目11-3
> 6/14 窃盗容疑で現行犯逮捕。当店では2回目。警察によれば同種前歴複数。
> 現在、執行猶予中とのことです。

白川法律事務所 弁護士 白川 悟
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the suspect's arrest details appear only in the quoted thread (差出人/送信日時) back to the law firm; new text has none",
    },
    {
        "id": "tenpo-071",
        "charset": "iso-2022-jp",
        "sender": "仁平 早苗 <nihei.sanae@hinode-sangyo.co.jp>",
        "to": ["川越南警察署 会計課 遺失物係 <ishitsubutsu-kawagoeminami@saitama-kenkei.lg.jp>"],
        "subject": "拾得物件預り書の写し（スキャン）",
        "body": """川越南警察署 会計課 遺失物係 御中

ひので川越南店の仁平です。
11/6に提出した拾得物件の預り書の写しをスキャンしてお送りします。
控えと番号が合っているかご確認いただけますでしょうか。

仁平
""",
        "attachments": [
            {"kind": "corrupt", "name": "預り書_20241106.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "scanned PDF is corrupt and cannot be read",
    },
    {
        "id": "tenpo-072",
        "charset": "cp932",
        "sender": "五百旗頭 誠 <iokibe@hinode-sangyo.co.jp>",
        "to": ["北国フーズ お客様相談室 <soudan@kitaguni-foods.co.jp>"],
        "subject": "転送：お客様からのお申し出（鮭とば 異物混入の疑い）",
        "body": """北国フーズ株式会社 お客様相談室 御中

いつもお世話になっております。ひので柏の葉店の五百旗頭です。
御社商品についてお客様からお申し出がありましたので、当店の受付記録を転送します。
お客様には、御社からご連絡を差し上げる旨をお伝えし、了承を得ております。

----- 転送メッセージ -----
差出人: 柏の葉店 サービスカウンター <kashiwanoha-sc@hinode-sangyo.co.jp>
件名: お申し出受付記録 No.1127-03

受付日時：11/27 15:20（電話）
お客様：一ノ瀬 静香 様　TEL 080-2264-9917
商品：鮭とば 80g（KF-20015）賞味期限 2025.02.10
内容：袋の中に細いビニール片のようなものが入っていた。現物は保管されている。
対応：店長より折り返し済。メーカーから連絡する旨を了承。
----------------------------

お手数ですがご対応をお願いいたします。

""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of one customer's complaint with her phone number to the maker (with consent): one person, may be warned",
    },
    {
        "id": "tenpo-073",
        "charset": "utf-8",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["ユニフォーム工房 受注担当 <order@uniform-kobo.co.jp>"],
        "subject": "追加発注分のデータ",
        "body": """ユニフォーム工房 ご担当者様

お世話になっております。日の出産業の纐纈です。
追加発注分の名入れデータをZIPでお送りします。

纐纈
""",
        "attachments": [
            {"kind": "corrupt", "name": "名入れデータ_追加分.zip"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt ZIP that cannot be opened",
    },
    {
        "id": "tenpo-074",
        "charset": "utf-8",
        "sender": "Hinode Fujisawa Ekimae Store <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["Sophie Laurent <sophie.laurent.travel@icloud.com>"],
        "subject": "Re: Lost bag at your store",
        "body": """Dear Ms Laurent,

Thank you for your message. We are glad to tell you that a navy blue
tote bag matching your description was handed in to our service counter on
the evening of 22 November. It is being kept safely at the store.

You can collect it at the service counter any day between 8:00 and 23:00.
Please bring your passport or another photo ID so that we can confirm it is
yours. If you have already left Fujisawa, please let us know; we will hand
it over to the local police station after one week, as required by Japanese law.

Kind regards,

Kengo Shoji
Store Manager, Hinode Fujisawa Ekimae Store
555-3 Fujisawa, Fujisawa-shi, Kanagawa
Tel +81-466-22-8107

> Hello, I think I left a navy tote bag near the bakery corner yesterday
> around 6 pm. Do you have it? Sophie
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English reply to one tourist on free mail about her own lost bag",
    },
    {
        "id": "tenpo-075",
        "charset": "iso-2022-jp",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["ミライスタッフ 湘南支店 <shonan@mirai-staff.co.jp>"],
        "subject": "派遣スタッフの在留期限について",
        "body": """ミライスタッフ株式会社 湘南支店
ご担当者様

お世話になっております。藤沢駅前店の東海林です。
御社から派遣いただいているスタッフの在留カードを更新時に確認したところ、
期限が近いようでしたのでご連絡します。

　氏名：TRAN VAN MINH（チャン・ヴァン・ミン）
　生年月日：1998年3月17日
　在留カード番号：EH47210385JA
　在留資格：留学（資格外活動許可あり）
　在留期間満了日：2024年12月20日

更新手続きの状況を本人に確認していただけますでしょうか。
期限を過ぎると勤務いただけなくなりますので、早めにお願いします。

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a worker's residence card number (identity document) sent outside",
    },
]

# ---------------------------------------------------------------- 076-090
MESSAGES += [
    {
        "id": "tenpo-076",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["棚卸プロ 千葉営業所 <chiba@tanaoroshi-pro.co.jp>"],
        "subject": "年度末棚卸のご依頼（船橋北口店）",
        "body": """株式会社棚卸プロ 千葉営業所 御中

いつもお世話になっております。ひので船橋北口店の鬼頭です。
年度末の実地棚卸を、例年どおりお願いしたくご連絡しました。

日時　　：2025年2月24日（月・祝）閉店後 22:30〜翌3:00
売場面積：約1,900㎡（SKU 約14,000）
人数　　：御社スタッフ12名程度（当社側 8名）
その他　：酒・たばこはバックヤード保管分も含みます

概算のお見積りをいただけますと幸いです。

""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary request for an inventory-count contractor, no personal data",
    },
    {
        "id": "tenpo-077",
        "charset": "cp932",
        "sender": "仁平 早苗 <nihei.sanae@hinode-sangyo.co.jp>",
        "to": ["ひかり火災海上 埼玉損害サービス課 <saitama-sc@hikari-kasai.co.jp>"],
        "subject": "駐車場内物損事故のご報告（ひので川越南店）",
        "body": """ひかり火災海上保険株式会社
埼玉損害サービス課 ご担当者様

お世話になっております。日の出産業 ひので川越南店の仁平です。
本日当店駐車場で、強風で流されたショッピングカートがお客様の車両に接触する事故がありました。
店舗賠償の対象になるかご確認ください。

【お客様】
　氏名：笹子 隆弘 様
　住所：埼玉県川越市霞ケ関北3-17-6
　電話：080-3356-7721
　運転免許証番号：第 431203558710 号
【車両】
　白のミニバン（川越 300 ほ 41-07）左後部ドアに擦り傷

お客様は修理見積を取ってから改めて連絡するとのことでした。

""" + SIG_NIHEI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a customer's driver's licence number (identity document) with his address to the insurer",
    },
    {
        "id": "tenpo-078",
        "charset": "utf-8",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["相模原防犯協会 事務局 <jimukyoku@sagamihara-bouhan.or.jp>"],
        "subject": "万引き発生件数（10月分）のご報告",
        "body": """相模原防犯協会 事務局 御中

いつもお世話になっております。日の出産業の薬師寺です。
協会の統計用に、10月の万引き発生件数をお送りします（旧様式のExcelです）。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "xls", "name": "万引き発生件数_202410.xls",
             "sheets": {"10月": [
                 ["店舗", "認知件数", "警察通報", "うち少年", "うち高齢者", "被害額"],
                 ["ひので相模大野店", 7, 4, 1, 2, 68420],
                 ["ひので町田中央店", 9, 6, 2, 3, 112800],
                 ["ひので海老名さつき町店", "-", "-", "-", "-", "-"],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLS of aggregate counts per shop: statistics, no individuals",
    },
    {
        "id": "tenpo-079",
        "charset": "utf-8",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["藤沢北警察署 会計課 <kaikei-fujisawakita@kanagawa-kenkei.lg.jp>"],
        "subject": "旅券（パスポート）の拾得について",
        "body": """藤沢北警察署 会計課 御中

お世話になっております。ひので藤沢駅前店の東海林です。
本日、店内でパスポートを拾得しました。お持ち主が近く出国される可能性があるため、
取り急ぎメールでもお知らせします。現物は本日17時ごろお届けします。

　旅券番号：TR4820176
　氏名：KAMISHIRO NAOMI（神代 直美）
　国籍：日本
　生年月日：1987年10月04日
　有効期限：2031年05月12日
　拾得場所：1F ベーカリー前のベンチ
　拾得時刻：11/22 18:35ごろ

お問い合わせが入った場合はよろしくお願いいたします。

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a passport number with the holder's name and DOB in an e-mail to the police",
    },
    {
        "id": "tenpo-080",
        "charset": "cp932",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["ユニフォーム工房 受注担当 <order@uniform-kobo.co.jp>"],
        "subject": "名札付きエプロンの追加注文",
        "body": """ユニフォーム工房 ご担当者様

お世話になっております。ひので相模大野店の長谷部です。
名札付きエプロンを追加で6枚お願いします。名入れは下記の通りです。

名入れ（漢字）  ローマ字           サイズ
--------------------------------------------
栗花落          TSUYURI            M
百目鬼          DOMEKI             L
四十物          AIMONO             M
生天目          NAMATAME           LL
甘粕            AMAKASU            S
城ノ内          JONOUCHI           L

納品は12/2までに店舗宛でお願いします。

長谷部
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "six surnames with apron sizes for name tags: rows per person, but only names and a garment size; arguable",
    },
    {
        "id": "tenpo-081",
        "charset": "utf-8",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["山根社会保険労務士事務所 <office@yamane-sr.jp>"],
        "subject": "社会保険 資格取得届の作成依頼（11月加入 3名）",
        "body": """山根社会保険労務士事務所 ご担当者様

いつもお世話になっております。日の出産業の纐纈です。
労働時間の増加により、11月1日付で社会保険に加入となるパート3名について、
資格取得届の作成をお願いいたします。

氏名 ｜ 生年月日 ｜ 基礎年金番号 ｜ 報酬月額
鵜飼 瑞穂 ｜ 平成2年3月14日 ｜ 1357-204681 ｜ 168,000円
茂木 蒼 ｜ 平成17年1月9日 ｜ 2204-553190 ｜ 124,000円
四十物 芳江 ｜ 昭和43年11月3日 ｜ 0986-117342 ｜ 142,000円

被扶養者はいずれもおりません。
よろしくお願いいたします。

""" + SIG_KOKETSU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three employees' basic pension numbers (social insurance numbers) sent outside",
    },
    {
        "id": "tenpo-082",
        "charset": "iso-2022-jp",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["ネクサス人材サービス 西園寺様 <saionji@nexus-jinzai.co.jp>"],
        "subject": "海老名さつき町店 配属予定者の勤務上の配慮について",
        "body": """西園寺様

お世話になっております。日の出産業の月岡です。
御社に転籍予定の小山内 早紀さんについて、本人から申し出があったため共有します。

小山内さんはてんかんの持病があり、服薬で発作はコントロールできているものの、
主治医から深夜勤務と高所作業は避けるよう指示されているとのことです。
シフト作成の際は早番・中番のみとし、脚立を使う品出しからは外す予定です。

御社側の雇用契約でも、同様の配慮事項を反映していただけますでしょうか。

""" + SIG_TSUKIOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's epilepsy and doctor's instructions (medical history) sent to an outside staffing company",
    },
    {
        "id": "tenpo-083",
        "charset": "utf-8",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["ミライスタッフ 吉住様 <yoshizumi@mirai-staff.co.jp>"],
        "subject": "ナヤックさんのシフトについてのご相談",
        "body": """吉住様

お世話になっております。町田中央店の小鳥遊です。

派遣いただいているナヤック・ラジさんから、ヒンドゥー教の祭礼（ディワリ）の期間と、
毎週火曜日は宗教上の理由で牛肉を扱う作業ができないとの申し出がありました。
精肉部門の応援からは外し、火曜日はグロサリーの品出しに固定しようと思います。

念のため、御社の就業条件明示書と矛盾がないかご確認いただけますか。
本人には了承を得ています。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's religion and religious restrictions (信条) sent to the staffing agency",
    },
    {
        "id": "tenpo-084",
        "charset": "cp932",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 栃尾様 <tochio@alpha-keibi.co.jp>"],
        "subject": "11/16 レジでの暴行事案と今後の警備について",
        "body": """栃尾様

お世話になっております。相模大野店の長谷部です。
11/16（土）20時過ぎに、レジで従業員が客から暴行を受ける事案がありました。

被害にあったのはパートの甘粕 瑠奈（20歳）で、会計の待ち時間に激高した男性客に
胸ぐらをつかまれ突き飛ばされ、頬と肘を打撲しました。
本人は相模大野警察署に被害届を提出済みで、現在も夜のレジに立つのが怖いと話しています。

当面、甘粕のシフトには保安員の方がレジ近くに立つ時間帯を合わせたいと考えています。
夕方の巡回を増やせるかご検討いただけますでしょうか。

""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee as the victim of an assault (crime victim, injury) sent to the security company",
    },
    {
        "id": "tenpo-085",
        "charset": "utf-8",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["はたらくサポート船橋 ジョブコーチ 丹羽様 <niwa@hataraku-funabashi.or.jp>"],
        "subject": "実習生 本村さんの受入れについて",
        "body": """はたらくサポート船橋
丹羽様

いつもお世話になっております。ひので船橋北口店の鬼頭です。
12月からの職場実習の件、店内で受入れ準備を進めております。

本村 翼さん（22歳）
・療育手帳 B1、精神障害者保健福祉手帳 3級
・大きな音が苦手とのことなので、開店直後のレジ応援は外します
・作業指示はメモで渡す形にします
・体調不良時の連絡先は、ご本人ではなくお母様（本村 和代様 090-7731-2458）で
  よいか、改めてご確認ください

初日は10時に従業員通用口でお待ちしています。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's disability certificates and grades sent to an outside support organisation",
    },
    {
        "id": "tenpo-086",
        "charset": "iso-2022-jp",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["リテールサポートジャパン 派遣営業 <haken@retail-support-jp.co.jp>"],
        "subject": "店長代行者の派遣依頼（藤沢駅前店）",
        "body": """株式会社リテールサポートジャパン
派遣営業ご担当者様

お世話になっております。日の出産業 神奈川西エリアの月岡です。

藤沢駅前店の店長 東海林が、医師から適応障害との診断を受け、
12月1日から3か月の予定で休職することになりました。
休職期間中の店長代行として、食品スーパーの店長経験者を1名派遣いただけないでしょうか。

本人の体調のこともあり、店舗スタッフにはまだ「家庭の事情」とだけ伝えております。
面談の際もその前提でお願いできれば幸いです。

""" + SIG_TSUKIOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named store manager's mental-health diagnosis and sick leave told to an outside agency",
    },
    {
        "id": "tenpo-087",
        "charset": "cp932",
        "sender": "仁平 早苗 <nihei.sanae@hinode-sangyo.co.jp>",
        "to": ["埼玉労務管理事務組合 <jimu@saitama-roumu.or.jp>"],
        "subject": "雇用保険 資格取得の手続きについて（川越南店 6名）",
        "body": """埼玉労務管理事務組合 御中

お世話になっております。ひので川越南店の仁平です。
週20時間以上の勤務となったパート6名について、雇用保険の資格取得をお願いします。

────────────
鳩山 美由紀
　生年月日　S53.7.4
　住所　　　埼玉県川越市南台2-9-14
　週所定　　24時間　賃金月額 132,000円
────────────
木佐貫 亮太
　生年月日　H16.2.29
　住所　　　埼玉県川越市今福1480-7
　週所定　　20時間　賃金月額 104,000円
────────────
都築 サエ子
　生年月日　S36.11.20
　住所　　　埼玉県ふじみ野市上福岡3-2-8
　週所定　　25時間　賃金月額 138,000円
────────────
グエン・ティ・トゥイ
　生年月日　2000.8.15
　住所　　　埼玉県川越市新宿町5-12-3-201
　週所定　　28時間　賃金月額 151,000円
────────────
於保 拓真
　生年月日　H18.5.3
　住所　　　埼玉県川越市脇田新町11-6
　週所定　　20時間　賃金月額 98,000円
────────────
須賀 智恵美
　生年月日　S49.12.24
　住所　　　埼玉県川越市的場1-33-15
　週所定　　30時間　賃金月額 168,000円
────────────

必要書類があればお知らせください。

仁平
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six employees, one block each with DOB (和暦 abbreviations), address and wages, to an outside office",
    },
    {
        "id": "tenpo-088",
        "charset": "utf-8",
        "sender": "五百旗頭 誠 <iokibe@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 柏営業所 配車係 <haisha-kashiwa@aoba-unyu.co.jp>"],
        "subject": "明日のお届け分（ネットスーパー 柏の葉店）",
        "body": """青葉運輸 柏営業所 配車係 御中

お世話になっております。柏の葉店の五百旗頭です。
システム障害で配送データが連携できなかったため、明日午前便のお届け先を直接お送りします。

伝票No\tお名前\t住所\t電話\t時間帯
NS-88201\t小此木 菜々子\t千葉県柏市若柴227-14-503\t080-2291-4436\t9-11時
NS-88204\t宇佐美 健\t千葉県柏市柏の葉4-6-2\t090-4473-1180\t9-11時
NS-88207\t藤堂 理恵\t千葉県柏市十余二380-21\t04-7131-6628\t10-12時
NS-88211\t駒井 正三\t千葉県流山市市野谷556-3\t070-3308-2215\t10-12時
NS-88215\t鷹取 あずさ\t千葉県柏市正連寺312-8\t080-9954-7703\t11-13時
NS-88218\t寒河江 徹\t千葉県柏市若柴1-144-1102\t090-6621-3059\t11-13時

荷物は9時までに店舗の荷捌場にご用意します。よろしくお願いします。

""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of six customers' names, home addresses and phones to the carrier",
    },
    {
        "id": "tenpo-089",
        "charset": "iso-2022-jp",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["相模大野駅前商店会 事務局 <jimu@ono-ekimae-shoutenkai.or.jp>"],
        "subject": "歳末夜警パトロール 当店からの参加者",
        "body": """相模大野駅前商店会 事務局 御中

いつもお世話になっております。ひので相模大野店の長谷部です。
歳末夜警パトロールに、当店から以下の7名が参加します。
当日の連絡用に携帯番号を記載しています。

・長谷部 亮（店長）　090-4471-2038　12/20・12/27
・仁科 隆之（副店長）080-2279-6603　12/20
・乙部 雄一　　　　　090-6637-0152　12/21
・城ノ内 聡　　　　　090-1105-8843　12/21・12/28
・百目鬼 翔太　　　　080-6621-0935　12/27
・生天目 大輝　　　　070-6648-2274　12/27
・蔦谷 みどり　　　　080-3357-9021　12/28

腕章と懐中電灯は事務局で用意いただけると伺っています。

""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven staff with mobile numbers as bullet points to a shopping-street association: list of people",
    },
    {
        "id": "tenpo-090",
        "charset": "cp932",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
        "subject": "おせち 店頭予約分の直送データ（町田中央店）",
        "body": """北国フーズ 受注センター 御中

お世話になっております。町田中央店の小鳥遊です。
おせちの店頭予約のうち、ご自宅への直送を希望されたお客様のデータをお送りします。
（予約システムに取り込めなかった分です）

予約番号,氏名,郵便番号,住所,電話,商品,お届け日
OS-0141,谷地 敬子,194-0022,東京都町田市森野3-14-2,042-725-8813,二段重「雅」,12/30
OS-0142,伊佐治 守,194-0013,東京都町田市原町田6-22-1-801,090-3372-1146,三段重「寿」,12/30
OS-0147,秦 まゆみ,194-0004,東京都町田市鶴間5-7-19,080-4481-0257,一段重「祝」,12/31
OS-0150,北大路 晃,195-0053,東京都町田市能ヶ谷2-3-8,042-735-2290,三段重「寿」,12/30
OS-0153,保坂 志保,194-0032,東京都町田市本町田1203-5,090-8865-3314,二段重「雅」,12/31
OS-0158,樽見 一郎,194-0211,東京都町田市相原町771-2,042-782-4418,一段重「祝」,12/30
OS-0160,芦刈 真澄,252-0303,神奈川県相模原市南区相模大野8-2-6,070-2291-5543,二段重「雅」,12/31
OS-0163,漆原 陽子,194-0041,東京都町田市玉川学園6-30-11,042-728-1190,三段重「寿」,12/30
OS-0165,江幡 修,194-0021,東京都町田市中町2-9-3,080-5502-7781,一段重「祝」,12/31
OS-0169,上遠野 花,194-0012,東京都町田市金森東1-8-14,090-1138-6620,二段重「雅」,12/30
OS-0172,薄井 達彦,195-0062,東京都町田市大蔵町3311,042-736-0479,三段重「寿」,12/31
OS-0175,楠 千代,194-0003,東京都町田市小川4-2-20,080-7740-1182,一段重「祝」,12/30

ご確認のほどよろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "comma-separated list of twelve customers with home address and phone in the body, to a supplier",
    },
]

# ---------------------------------------------------------------- 091-100
MESSAGES += [
    {
        "id": "tenpo-091",
        "charset": "cp932",
        "sender": "鬼頭 由香里 <kito.yukari@hinode-sangyo.co.jp>",
        "to": ["ひかり火災海上 千葉法人営業課 <chiba-hojin@hikari-kasai.co.jp>"],
        "subject": "パート団体傷害保険 追加加入者の届出（船橋北口店）",
        "body": """ひかり火災海上保険株式会社
千葉法人営業課 御中

お世話になっております。日の出産業 船橋北口店の鬼頭です。
パート団体傷害保険について、１２月１日付の追加加入者をお届けします。

　氏名　　　　　生年月日　　　　　　電話番号
　－－－－－－－－－－－－－－－－－－－－－－－－－－－－
　薬袋　敏行　　昭和５８年４月２日　　""" + _z("080-4476-0093") + """
　椎葉　美紀　　平成２年１１月３日　　""" + _z("070-3309-5521") + """
　一ノ宮　蓮　　平成１６年６月１９日　""" + _z("090-5514-2270") + """
　栃原　久美子　昭和４９年１月２８日　""" + _z("047-436-8821") + """
　マリア・サントス　平成７年９月９日　""" + _z("080-6637-4402") + """
　丸茂　大和　　平成１７年１２月１日　""" + _z("070-2258-9913") + """

保険料は１名あたり月額４８０円で、従来どおり口座振替でお願いします。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six employees with 和暦 dates of birth and full-width phone numbers to an insurer: list of people",
    },
    {
        "id": "tenpo-092",
        "charset": "iso-2022-jp",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["アルファ警備保障 湘南営業所 <shonan@alpha-keibi.co.jp>"],
        "subject": "Re: 年末の臨時入館者のご登録について",
        "body": """アルファ警備保障 湘南営業所
ご担当者様

お世話になっております。藤沢駅前店の東海林です。
ご依頼のあった臨時入館者の情報です。12/26〜12/31の早朝（4:00〜6:00）に
通用口から入館します。入館カードの一時発行をお願いします。

1) 廿日出 健　　社員　　　携帯 070-5531-4408　生年 1995年
2) 乙部 雄一　　社員　　　携帯 090-6637-0152　生年 1989年
3) 宇賀神 蒼太　アルバイト 携帯 080-1174-5523　生年 2004年
4) 鰐渕 杏　　　アルバイト 携帯 090-2265-8814　生年 2003年
5) 米良 恭平　　派遣　　　携帯 070-4490-1167　生年 1978年

よろしくお願いいたします。

東海林

> 日の出産業 藤沢駅前店
> 東海林様
>
> 年末の早朝入館について、入館予定者の氏名・所属・連絡先を
> お知らせください。臨時カードを発行いたします。
>
> アルファ警備保障 湘南営業所 宮坂
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reply whose new text (above the quote) lists five staff with mobiles: the list is new, not quoted",
    },
    {
        "id": "tenpo-093",
        "charset": "utf-8",
        "sender": "薬師寺 拓 <yakushiji.taku@hinode-sangyo.co.jp>",
        "to": ["東和ペイメント 不正対策室 <fraud@towa-payment.co.jp>"],
        "subject": "不正利用の疑いがある取引について（ひので町田中央店）",
        "body": """東和ペイメント株式会社
不正対策室 ご担当者様

お世話になっております。日の出産業 ロスプリベンション課の薬師寺です。
11/23〜11/24に町田中央店で、同一人物と思われる男性が複数のカードで
ギフトカードを高額購入した取引がありました。警察にも相談中です。
該当カードの照会をお願いいたします。

利用日時          カード番号               承認番号   金額
11/23 19:42       """ + _cc(13) + """      482201     50,000円
11/23 19:44       """ + _cc(14) + """      482219     50,000円
11/24 18:05       """ + _cc(15, " ") + """      500742     30,000円

防犯カメラ映像は保存しております。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "three full credit card numbers sent by e-mail to the card acquirer",
    },
    {
        "id": "tenpo-094",
        "charset": "iso-2022-jp",
        "sender": "纐纈 美帆 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["ペイロールワークス 給与計算チーム <kyuyo-team@payroll-works.co.jp>"],
        "subject": "個人番号の訂正（相模大野店 P20472）",
        "body": """ペイロールワークス 給与計算チーム ご担当者様

お世話になっております。日の出産業の纐纈です。
先日お送りしたデータのうち、1名の個人番号に誤りがありました。
お手数ですが、下記に差し替えをお願いいたします。

　社員番号：P20472
　氏名　　：百目鬼 翔太
　個人番号（正）：""" + _mn(16, " ") + """

源泉徴収票の作成前に気づけてよかったです。失礼いたしました。

""" + SIG_KOKETSU,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one part-timer's My Number sent to the payroll contractor by plain e-mail",
    },
    {
        "id": "tenpo-095",
        "charset": "cp932",
        "sender": "月岡 達也 <tsukioka.t@hinode-sangyo.co.jp>",
        "to": ["常盤不動産 店舗開発部 堀之内様 <horinouchi@tokiwa-fudosan.co.jp>"],
        "subject": "【極秘】藤沢駅前店 閉店・移転検討の件",
        "body": """常盤不動産株式会社 店舗開発部
堀之内様

お世話になっております。日の出産業の月岡です。
先日お話しした件、社内で正式に検討を始めることになりました。
現時点では従業員にも公表していない内容ですので、取扱いにご注意ください。

・藤沢駅前店は2025年8月の賃貸借契約満了をもって閉店する方向
・移転先として、藤沢市内で売場面積1,500〜2,000㎡の物件を探したい
・駐車場50台以上、2025年秋の開業が希望

候補物件がありましたら、年内にご紹介いただけますと幸いです。

""" + SIG_TSUKIOKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject stamped 【極秘】 on mail to a real-estate agent",
    },
    {
        "id": "tenpo-096",
        "charset": "utf-8",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["町田市保健所 食品衛生係 <shokuhin-eisei@hokenjo.machida-shi.lg.jp>"],
        "subject": "従業員の体調不良に関するご報告（ひので町田中央店 惣菜部門）",
        "html": """<html><body style="font-family:sans-serif">
<p>町田市保健所 食品衛生係 御中</p>
<p>お世話になっております。ひので町田中央店 店長の小鳥遊です。<br>
お電話でご報告した惣菜部門の従業員の体調不良について、状況をまとめました。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>氏名</th><th>年齢</th><th>担当</th><th>発症日</th><th>症状</th><th>受診結果</th></tr>
<tr><td>鮫島 ひかり</td><td>24</td><td>惣菜（揚物）</td><td>11/18</td><td>嘔吐・下痢</td><td>ノロウイルス陽性</td></tr>
<tr><td>宇留野 千春</td><td>39</td><td>惣菜（弁当）</td><td>11/18</td><td>下痢・発熱38.2℃</td><td>ノロウイルス陽性</td></tr>
<tr><td>樋口 ふさえ</td><td>61</td><td>惣菜（弁当）</td><td>11/19</td><td>嘔吐</td><td>感染性胃腸炎</td></tr>
<tr><td>ラヒム・アブドゥル</td><td>27</td><td>洗い場</td><td>11/19</td><td>腹痛・下痢</td><td>検査中</td></tr>
<tr><td>栗林 正和</td><td>52</td><td>惣菜（揚物）</td><td>11/20</td><td>嘔吐・下痢</td><td>ノロウイルス陽性</td></tr>
<tr><td>岩城 澄江</td><td>58</td><td>惣菜（寿司）</td><td>11/20</td><td>下痢</td><td>感染性胃腸炎</td></tr>
</table>
<p>6名とも出勤停止とし、惣菜部門は11/20より販売を中止して消毒を行っています。<br>
立入検査の日程についてご指示ください。</p>
<p>ひので町田中央店 店長 小鳥遊 真紀<br>TEL 042-729-5180</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six named employees with symptoms and test results (medical data) to the public health centre",
    },
    {
        "id": "tenpo-097",
        "charset": "cp932",
        "sender": "仁平 早苗 <nihei.sanae@store.hinode-sangyo.co.jp>",
        "to": ["人事部 給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
        "cc": ["川越南店 店長 <kawagoeminami.mgr@store.hinode-sangyo.co.jp>"],
        "subject": "個人番号 回収分（川越南店 12月入社5名）",
        "body": """給与厚生課 御中

お疲れさまです。川越南店の仁平です。
12月入社のパート5名から回収した個人番号をお送りします。
番号確認書類（通知カード・マイナンバーカードの写し）は社内便で送付済みです。

氏名　　　　　　　　　生年月日　　　　個人番号
鳩山　美由紀　　　　　Ｓ５３．７．４　""" + _z(_mn(17)) + """
木佐貫　亮太　　　　　Ｈ１６．２．２９　""" + _z(_mn(18)) + """
都築　サエ子　　　　　Ｓ３６．１１．２０　""" + _z(_mn(19)) + """
グエン・ティ・トゥイ　２０００．８．１５　""" + _z(_mn(20)) + """
於保　拓真　　　　　　Ｈ１８．５．３　""" + _z(_mn(21)) + """

不足があればご連絡ください。

""" + SIG_NIHEI,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of five new hires (full-width digits), but sender and all recipients are internal (store. subdomain)",
    },
    {
        "id": "tenpo-098",
        "charset": "iso-2022-jp",
        "sender": "東海林 健吾 <shoji-k@store.hinode-sangyo.co.jp>",
        "to": ["tsukioka.t@hinode-sangyo.co.jp"],
        "cc": ["yakushiji.taku@hinode-sangyo.co.jp", "koketsu.miho@hinode-sangyo.co.jp"],
        "subject": "【事故報告】6/14 万引き（現行犯逮捕）藤沢駅前店",
        "body": """月岡さん
（cc：薬師寺さん、纐纈さん）

お疲れさまです。藤沢駅前店の東海林です。
本日の万引き事案について報告します。

発生　6/14（金）16:42　1F酒類売場
被害　ウイスキー2本ほか 計8,934円（商品は回収済、販売不可）
対応　保安員（アルファ警備 宮坂さん）と副店長 廿日出で声かけ
被疑者　御手洗 浩二　S47.9.18生　藤沢市鵠沼海岸4-11-3
　　　　藤沢北署にて窃盗で現行犯逮捕。署員によると同種前歴多数、執行猶予中。
　　　　当店では2023年11月にも同様の件あり（その時は示談）

出入禁止の対応について、薬師寺さんから法律事務所に相談いただけますか。

東海林
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "suspect's arrest and prior record in an incident report, but every recipient is internal",
    },
    {
        "id": "tenpo-099",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
        "to": ["相模大野警察署 会計課 <kaikei-sagamiono@kanagawa-kenkei.lg.jp>"],
        "subject": "遺失届の出ている物件の件（ひので相模大野店）",
        "body": """相模大野警察署 会計課 遺失物担当 御中

お世話になっております。ひので相模大野店の長谷部です。
昨日お電話で照会のあった遺失届の物件について、当店で保管していることが分かりました。

　物件：ベージュのショルダーバッグ（写真添付）
　拾得：11/24 15:10 2F 休憩コーナー
　遺失届を出された方：芹沢 蘭子 様
　連絡先：090-8823-4417
　住所：神奈川県相模原市南区東林間3-19-7

当店から芹沢様へ直接ご連絡してお渡ししてよいか、ご指示いただけますでしょうか。

""" + SIG_HASEBE,
        "attachments": [
            {"kind": "png", "name": "bag_photo.png"},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one lost-property owner's contact details to the police who asked about her: one person, may be warned",
    },
    {
        "id": "tenpo-100",
        "charset": "utf-8",
        "sender": "小鳥遊 真紀 <takanashi.maki@hinode-sangyo.co.jp>",
        "to": ["ミライスタッフ 吉住様 <yoshizumi@mirai-staff.co.jp>"],
        "subject": "早乙女さんの勤怠について",
        "body": """吉住様

いつもお世話になっております。町田中央店の小鳥遊です。
派遣いただいている早乙女 拓海さんについて、11月に入ってから遅刻が4回
（11/5・11/9・11/14・11/21、いずれも15〜30分）ありました。
打刻記録を添付しますので、御社から一度お話しいただけますでしょうか。

仕事ぶりには問題なく、お客様からの評判も良い方なので、
このまま続けていただきたいと考えています。

""" + SIG_TAKANASHI,
        "attachments": [
            {"kind": "html", "name": "打刻記録_早乙女_202411.html",
             "html": """<html><body><h3>打刻記録（早乙女 拓海 / 派遣 / 2024年11月）</h3>
<table border="1"><tr><th>日付</th><th>予定</th><th>出勤打刻</th><th>退勤打刻</th></tr>
<tr><td>11/5</td><td>11:00</td><td>11:18</td><td>17:02</td></tr>
<tr><td>11/9</td><td>11:00</td><td>11:30</td><td>17:05</td></tr>
<tr><td>11/14</td><td>11:00</td><td>11:16</td><td>17:00</td></tr>
<tr><td>11/21</td><td>11:00</td><td>11:25</td><td>17:10</td></tr>
</table></body></html>"""},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "one dispatched worker's lateness record to his own agency: a single person's ordinary work data",
    },
]
