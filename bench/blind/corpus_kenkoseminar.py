"""Area kenkoseminar: mail of Hinode Sangyo's 人事部 健康推進課, 総務 and 産業保健 staff about
health seminars and wellbeing campaigns run with outside lecturers and vendors (sleep, diet,
yoga and stretching classes, mental-health self-care, walking campaigns, on-site vaccination
and fitness measurement, 特定保健指導): lecturer requests and fees, venue, catering, printing
and equipment logistics, attendance counts and survey summaries, subsidy paperwork with the
health insurance society, and now and then a participant's personal detail (a contact phone,
a birth date, an accessibility or dietary need, a health condition) that should or should
not leave the company."""

from build import card_number, my_number

SEED = 63401

# identifiers derived from the seed (each k used once in this file)
MN_AIHARA = my_number(SEED + 1)          # 講師 粟飯原 透（税理士事務所あて：stop）
MN_LECT_A = my_number(SEED + 2)          # 支払調書用 講師一覧（stop）
MN_LECT_B = my_number(SEED + 3)
MN_LECT_C = my_number(SEED + 4)
MN_WATANUKI = my_number(SEED + 5)        # 社内の経理あて（pass）
CARD_SEMINAR = card_number(SEED + 6)     # 外部講座の申込書（stop）

SIG_HOSAKA = """
──────────────────────────
日の出産業株式会社　人事部　健康推進課
保坂 真理子（ほさか まりこ）
〒330-0854 埼玉県さいたま市大宮区桜木町4-263 日の出ビル7F
TEL 048-645-7120（代表）内線 2314
Mail: hosaka.mariko@hinode-sangyo.co.jp
──────────────────────────"""

SIG_KUSUNOKI = """
--
楠木 亮 / Ryo Kusunoki
日の出産業株式会社 人事部 健康推進課
TEL: 048-645-7120 / FAX: 048-645-7129
kusunoki.ryo@hinode-sangyo.co.jp"""

SIG_AIBA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 健康推進課　饗庭 千夏
〒330-0854 さいたま市大宮区桜木町４－２６３
ＴＥＬ：０４８－６４５－７１２０（内線２３１８）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_AIBA_JIS = SIG_AIBA.replace("－", "−")  # the same signature as an ISO-2022-JP mailer sends it

SIG_URYU = """
------------------------------------------------
日の出産業株式会社 総務部 総務課
瓜生 健太  Kenta Uryu
TEL 048-645-7111  FAX 048-645-7119
uryu.kenta@hinode-sangyo.co.jp
------------------------------------------------"""

SIG_TSUYURI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 健康管理室
保健師　栗花落 ゆい（つゆり）
内線 2390 ／ tsuyuri.yui@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_MIKURIYA = """
_________________________________
日の出産業株式会社 経理部 経理課
御厨 敏行 (Toshiyuki Mikuriya)
TEL 048-645-7130
_________________________________"""

SIG_TSUZURA = """
--------------------------------
日の出産業株式会社 大阪支社 総務課
廿楽 直子（つづら なおこ）
〒530-0047 大阪市北区西天満3-8-15 西天満ＮＳビル4F
TEL 06-6367-2250
tsuzura.naoko@osaka.hinode-sangyo.co.jp
--------------------------------"""

SIG_WHITMORE = """
--
Daniel Whitmore
Global HR Business Partner | Hinode Sangyo Co., Ltd.
4-263 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
+81 48 645 7120 | d.whitmore@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised copying or distribution is prohibited."""

MESSAGES = [
# ---------------------------------------------------------------- 1
{
    "id": "kenkoseminar-001",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["眠りラボ 講師派遣窓口 <seminar@sleeptech-lab.com>"],
    "subject": "【ご相談】10月開催「睡眠と仕事のパフォーマンス」セミナーの構成について",
    "body": """株式会社スリープテック・ラボ
講師派遣ご担当者様

いつもお世話になっております。
日の出産業の保坂でございます。

先日はお電話にてご説明いただきありがとうございました。
10月のセミナーについて、弊社側の希望を以下のとおりまとめました。

■開催概要（案）
・日時：令和7年10月23日（木）15:00〜16:30（90分）
・会場：本社7階 大会議室（オンライン同時配信あり）
・対象：全従業員（交替勤務の製造部門を含む）
・参加見込み：会場 約60名／オンライン 約120名

■取り上げていただきたいテーマ
1. 睡眠負債と日中のパフォーマンスの関係
2. 交替勤務者の眠り方・仮眠のとり方
3. 寝る前のスマートフォンとカフェインの付き合い方
4. 簡単にできる入眠前のストレッチ（5分程度の実演）

弊社では昨年度のストレスチェックでも「よく眠れない」と回答した割合が高く、
特に製造部門の夜勤明けの過ごし方について具体的なお話を伺えると幸いです。

お見積りと講師候補の先生のご経歴を、9月12日（金）頃までにお送りいただけますでしょうか。
ご不明点がございましたらお気軽にお問い合わせください。

どうぞよろしくお願いいたします。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "seminar planning with a lecturer agency: general sleep topics, counts only, no personal data",
},
# ---------------------------------------------------------------- 2
{
    "id": "kenkoseminar-002",
    "charset": "utf-8",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>"],
    "subject": "10/3 セルフケア研修 名札作成用の参加者一覧",
    "body": """株式会社ウェルネスラボ東都
二階堂様

お世話になっております。日の出産業 健康推進課の楠木です。

10/3（金）のメンタルヘルス・セルフケア研修につきまして、
名札とグループ分けの準備用に参加者一覧（12名）をお送りします。
当日、遅刻・欠席の連絡が取れない場合は一覧の携帯番号へ直接お電話いただいて構いません。

グループは4名×3班を想定しています。所属がなるべく重ならないように
ご調整いただけますと助かります。

よろしくお願いいたします。
""" + SIG_KUSUNOKI,
    "attachments": [
        {"kind": "xlsx", "name": "参加者一覧_1003セルフケア研修.xlsx",
         "sheets": {"参加者": [
                ["10/3 メンタルヘルス・セルフケア研修　参加者一覧（名札作成用）"],
                ["No", "社員番号", "氏名", "フリガナ", "所属", "当日連絡先（携帯）", "メールアドレス"],
                [1, "347514", "保谷 俊哉", "ほうや としや", "製造部 大宮工場", "070-7489-8845", "hoya-t@hinode-sangyo.co.jp"],
                [2, "262500", "相馬 優斗", "そうま ゆうと", "人事部 人事課", "070-1324-7579", "soma-y@hinode-sangyo.co.jp"],
                [3, "676089", "日下部 千尋", "くさかべ ちひろ", "製造部 大宮工場", "070-4636-9525", "kusakabe-c@hinode-sangyo.co.jp"],
                [4, "662749", "穂積 結衣", "ほづみ ゆい", "品質保証部", "080-3828-2739", "hozumi-y@hinode-sangyo.co.jp"],
                [5, "374432", "鴨志田 直樹", "かもした なおき", "営業部 第二営業課", "070-5264-5452", "kamoshita-n@hinode-sangyo.co.jp"],
                [6, "302831", "漆間 大輔", "うるしま だいすけ", "営業部 第一営業課", "080-5745-7101", "urushima-d@hinode-sangyo.co.jp"],
                [7, "190930", "栗栖 隼人", "くるす はやと", "大阪支社 営業課", "080-7355-9289", "kurusu-h@hinode-sangyo.co.jp"],
                [8, "360962", "粟飯原 彩乃", "あいはら あやの", "営業部 第一営業課", "070-8759-5587", "aihara-a@hinode-sangyo.co.jp"],
                [9, "193686", "小鳥遊 隼人", "たかなし はやと", "情報システム部", "080-1118-5783", "takanashi-h@hinode-sangyo.co.jp"],
                [10, "700170", "百目鬼 圭吾", "どうめき けいご", "購買部", "080-9329-4196", "domeki-k@hinode-sangyo.co.jp"],
                [11, "534053", "真壁 健太郎", "まかべ けんたろう", "物流部 物流管理課", "090-5721-8062", "makabe-k@hinode-sangyo.co.jp"],
                [12, "573298", "樋渡 俊哉", "ひわたし としや", "営業部 第一営業課", "070-5998-5254", "hiwatashi-t@hinode-sangyo.co.jp"],
            ],
                    "メモ": [["グループ分け方針"], ["・1班4名、所属が重ならないように"],
                             ["・講師：ウェルネスラボ東都 漆間先生"]]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "12 participants with mobile numbers and e-mail in an XLSX to an outside vendor: a list of people",
},
# ---------------------------------------------------------------- 3
{
    "id": "kenkoseminar-003",
    "charset": "cp932",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "11月14日 会議室ご予約の件（日の出産業 健康セミナー）",
    "body": """さくらホテル 宴会予約係 御中

いつも大変お世話になっております。
日の出産業株式会社 総務課の瓜生でございます。

標記の件、下記のとおり仮予約をお願いできますでしょうか。

　日　　時：２０２５年１１月１４日（金）１３：００〜１７：００
　　　　　　（準備 １２：３０〜、撤収 〜１７：３０）
　お部屋　：「桜の間」または同規模のお部屋
　人　　数：４８名（講師・スタッフ含む）
　レイアウト：スクール形式（３人掛け）、前方に演台
　機　　材：プロジェクター・スクリーン、ワイヤレスマイク２本、ホワイトボード１台
　飲　　物：ペットボトルのお茶・お水（各４８本）
　その他　：ストレッチの実演がありますので、前方に３ｍ×４ｍ程度の空きスペースを

お見積書は「日の出産業株式会社 総務部 宛」でお願いいたします。
本予約の期限をあわせてお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_URYU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue booking with a partner hotel: room, headcount, equipment only",
},
# ---------------------------------------------------------------- 4
{
    "id": "kenkoseminar-004",
    "charset": "utf-8",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["宇佐美 恵 <usami.megumi@studio-hikari-yoga.jp>"],
    "subject": "Re: 9/26 椅子ヨガ講座 参加者の事前情報について",
    "body": """宇佐美先生

いつもありがとうございます。日の出産業の饗庭です。
事前に気をつけるべき参加者がいれば、とのご質問の件、本人の了解を得たうえでお伝えします。

・鰐部 智恵子さん（品質保証部）
　椎間板ヘルニアで現在も整形外科に通院中とのことで、前屈や体をひねるポーズは
　控えたいと本人から申し出がありました。椅子に座ったままのメニューでお願いします。

・御手洗 肇さん（物流部）
　昨年、心筋梗塞で入院歴があり、主治医から強い負荷の運動は止められているそうです。
　息を止めるポーズは避けていただけますでしょうか。

その他の方は特に申し出はありません。
当日は13:45に受付にお越しください。よろしくお願いいたします。
""" + SIG_AIBA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named participants' medical conditions (hernia, past heart attack) sent to an outside yoga instructor: 要配慮個人情報",
},
# ---------------------------------------------------------------- 5
{
    "id": "kenkoseminar-005",
    "charset": "iso-2022-jp",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["志賀 美帆 <shiga@shokuiki-health.or.jp>"],
    "subject": "ランチで学ぶ減塩ワークショップ　当日の幹事連絡先",
    "body": """一般社団法人 日本職域ヘルスケア協会
志賀様

お世話になっております。日の出産業の饗庭です。
来週の「ランチで学ぶ減塩ワークショップ」について、各事業所の幹事3名の当日連絡先です。
会場設営や人数の変更など、当日の細かいご連絡は幹事へ直接お願いします。

氏名            所属                  携帯
----------------------------------------------------------
東海林 航       物流部 物流管理課     080-2231-7740
薬袋 すみれ     品質保証部            090-6618-0295
鴨志田 崇       大阪支社 営業課       070-3352-1846

試食用の減塩みそ汁は3会場とも12:10配膳開始でお願いいたします。
""" + SIG_AIBA_JIS,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three organisers' mobile numbers to the lecturer's association: under the five-person line, may warn",
},
# ---------------------------------------------------------------- 6
{
    "id": "kenkoseminar-006",
    "charset": "utf-8",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
           "廿楽 直子 <tsuzura.naoko@osaka.hinode-sangyo.co.jp>"],
    "cc": ["kenko-suishin@hinode-sangyo.co.jp"],
    "subject": "健康セミナー（睡眠）申込者一覧 9/19時点",
    "body": """保坂さん、廿楽さん

お疲れさまです。楠木です。
睡眠セミナーの申込者一覧、9/19時点で40名になりましたので共有します。
大阪支社の方は第2回（オンライン）希望が多いので、廿楽さんの方で会議室の確保をお願いできますか。

誕生日は健保の年齢区分の集計用にいただいているだけなので、外部には出さないようにお願いします。
講師側に渡すのは人数と事業所別の内訳だけにします。
""" + SIG_KUSUNOKI,
    "attachments": [
        {"kind": "xlsx", "name": "睡眠セミナー申込者_0919.xlsx",
         "sheets": {"申込者": [
                ["No", "社員番号", "氏名", "フリガナ", "所属", "メールアドレス", "生年月日", "希望回"],
                [1, "H240891", "鶴来 大輔", "つるぎ だいすけ", "大阪支社 営業課", "tsurugi.daisuke@hinode-sangyo.co.jp", "1972/05/04", "第2回"],
                [2, "H897926", "宇佐神 菜摘", "うさがみ なつみ", "経理部", "usagami.natsumi@hinode-sangyo.co.jp", "1998/11/13", "第2回"],
                [3, "H198418", "御子柴 圭吾", "みこしば けいご", "経理部", "mikoshiba.keigo@hinode-sangyo.co.jp", "1969/07/14", "どちらでも"],
                [4, "H899308", "巌 彩乃", "いわお あやの", "総務部 総務課", "iwao.ayano@hinode-sangyo.co.jp", "1996/05/24", "第2回"],
                [5, "H719869", "汐見 真央", "しおみ まお", "人事部 人事課", "shiomi.mao@hinode-sangyo.co.jp", "1988/01/01", "第1回"],
                [6, "H781098", "砂子 優斗", "いさご ゆうと", "情報システム部", "isago.yuto@hinode-sangyo.co.jp", "1968/07/22", "第2回"],
                [7, "H542621", "猪狩 朋美", "いかり ともみ", "購買部", "ikari.tomomi@hinode-sangyo.co.jp", "1969/09/08", "第2回"],
                [8, "H619896", "漆間 颯太", "うるしま そうた", "情報システム部", "urushima.sota@hinode-sangyo.co.jp", "1982/06/08", "第2回"],
                [9, "H897911", "樋渡 亮介", "ひわたし りょうすけ", "経理部", "hiwatashi.ryosuke@hinode-sangyo.co.jp", "1986/01/14", "どちらでも"],
                [10, "H773494", "十河 圭吾", "そごう けいご", "人事部 人事課", "sogo.keigo@hinode-sangyo.co.jp", "1979/11/24", "第1回"],
                [11, "H226762", "真壁 拓海", "まかべ たくみ", "購買部", "makabe.takumi@hinode-sangyo.co.jp", "1989/12/23", "どちらでも"],
                [12, "H542611", "廿楽 詩織", "つづら しおり", "情報システム部", "tsuzura.shiori@hinode-sangyo.co.jp", "1980/05/10", "どちらでも"],
                [13, "H623619", "穂積 琴音", "ほづみ ことね", "情報システム部", "hozumi.kotone@hinode-sangyo.co.jp", "1993/10/28", "第1回"],
                [14, "H603554", "月見里 陽菜", "やまなし ひな", "営業部 第二営業課", "yamanashi.hina@hinode-sangyo.co.jp", "1993/07/22", "第2回"],
                [15, "H484957", "仁平 蓮", "にへい れん", "情報システム部", "nihei.ren@hinode-sangyo.co.jp", "1991/02/15", "どちらでも"],
                [16, "H213174", "一寸木 颯太", "ちょっき そうた", "営業部 第一営業課", "chokki.sota@hinode-sangyo.co.jp", "2001/07/12", "第2回"],
                [17, "H868360", "四十物 隼人", "あいもの はやと", "総務部 総務課", "aimono.hayato@hinode-sangyo.co.jp", "1998/01/10", "どちらでも"],
                [18, "H721998", "日下部 拓海", "くさかべ たくみ", "大阪支社 営業課", "kusakabe.takumi@hinode-sangyo.co.jp", "1993/11/06", "第2回"],
                [19, "H626635", "舎人 慎吾", "とねり しんご", "営業部 第二営業課", "toneri.shingo@hinode-sangyo.co.jp", "1968/04/18", "どちらでも"],
                [20, "H343454", "粟飯原 直樹", "あいはら なおき", "物流部 物流管理課", "aihara.naoki@hinode-sangyo.co.jp", "2000/06/28", "どちらでも"],
                [21, "H470434", "纐纈 菜摘", "こうけつ なつみ", "経理部", "koketsu.natsumi@hinode-sangyo.co.jp", "1985/11/18", "どちらでも"],
                [22, "H864831", "鬼頭 大輔", "きとう だいすけ", "総務部 総務課", "kito.daisuke@hinode-sangyo.co.jp", "1992/12/17", "第2回"],
                [23, "H643873", "帯刀 彩乃", "たてわき あやの", "情報システム部", "tatewaki.ayano@hinode-sangyo.co.jp", "1981/07/02", "第2回"],
                [24, "H482453", "如月 優斗", "きさらぎ ゆうと", "大阪支社 営業課", "kisaragi.yuto@hinode-sangyo.co.jp", "1980/09/14", "第2回"],
                [25, "H952860", "我孫子 颯太", "あびこ そうた", "品質保証部", "abiko.sota@hinode-sangyo.co.jp", "1994/06/01", "どちらでも"],
                [26, "H666345", "馬酔木 俊哉", "あせび としや", "大阪支社 営業課", "asebi.toshiya@hinode-sangyo.co.jp", "1989/08/20", "第1回"],
                [27, "H943652", "東海林 直樹", "しょうじ なおき", "営業部 第二営業課", "shoji.naoki@hinode-sangyo.co.jp", "1979/09/19", "第2回"],
                [28, "H196051", "米花 千尋", "よねはな ちひろ", "情報システム部", "yonehana.chihiro@hinode-sangyo.co.jp", "1984/01/27", "第1回"],
                [29, "H187277", "勅使河原 健太郎", "てしがわら けんたろう", "総務部 総務課", "teshigawara.kentaro@hinode-sangyo.co.jp", "1996/01/25", "第1回"],
                [30, "H361681", "百目鬼 千尋", "どうめき ちひろ", "製造部 大宮工場", "domeki.chihiro@hinode-sangyo.co.jp", "1975/10/06", "第1回"],
                [31, "H404385", "小鳥遊 沙耶", "たかなし さや", "人事部 人事課", "takanashi.saya@hinode-sangyo.co.jp", "1978/03/09", "どちらでも"],
                [32, "H276312", "城之内 彩乃", "じょうのうち あやの", "研究開発部", "jonouchi.ayano@hinode-sangyo.co.jp", "1985/11/23", "第1回"],
                [33, "H576789", "鴨志田 健太郎", "かもした けんたろう", "購買部", "kamoshita.kentaro@hinode-sangyo.co.jp", "1988/08/16", "第1回"],
                [34, "H124782", "相馬 颯太", "そうま そうた", "製造部 大宮工場", "soma.sota@hinode-sangyo.co.jp", "1992/06/14", "第2回"],
                [35, "H370973", "閏間 優斗", "うるま ゆうと", "人事部 人事課", "uruma.yuto@hinode-sangyo.co.jp", "1984/12/17", "第2回"],
                [36, "H735068", "千賀 沙耶", "せんが さや", "物流部 物流管理課", "senga.saya@hinode-sangyo.co.jp", "1969/04/01", "第2回"],
                [37, "H253576", "雲母 朋美", "きらら ともみ", "総務部 総務課", "kirara.tomomi@hinode-sangyo.co.jp", "1978/08/23", "どちらでも"],
                [38, "H811118", "保谷 優斗", "ほうや ゆうと", "物流部 物流管理課", "hoya.yuto@hinode-sangyo.co.jp", "1982/11/26", "どちらでも"],
                [39, "H572745", "枡田 航平", "ますだ こうへい", "営業部 第二営業課", "masuda.kohei@hinode-sangyo.co.jp", "2001/11/01", "第2回"],
                [40, "H807686", "薬袋 航平", "みない こうへい", "大阪支社 営業課", "minai.kohei@hinode-sangyo.co.jp", "1988/11/21", "第2回"],
            ],
                    "集計": [["区分", "人数"], ["第1回", 19], ["第2回", 15], ["どちらでも", 6]]}},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "40-person list with birth dates but every recipient is internal (including a subdomain)",
},
# ---------------------------------------------------------------- 7
{
    "id": "kenkoseminar-007",
    "charset": "iso-2022-jp",
    "sender": "御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>",
    "to": ["花村税理士事務所 <office@hanamura-tax.jp>"],
    "subject": "支払調書作成用　講師謝金の支払先情報",
    "body": """花村税理士事務所
ご担当者様

いつもお世話になっております。日の出産業 経理部の御厨です。

先月の健康セミナーの講師謝金について、法定調書（報酬、料金、契約金及び賞金の支払調書）
作成用の情報をお送りします。ご確認のほどよろしくお願いいたします。

　支払先氏名：粟飯原 透（あいはら とおる）
　住所　　　：東京都杉並区阿佐谷北３−１１−２０−４０２
　個人番号　：""" + MN_AIHARA + """
　区分　　　：講演料
　支払金額　：１１０，０００円（源泉徴収税額 １１，２３０円）
　支払日　　：令和７年８月２９日

本人確認書類の写しは別途郵送いたします。
""" + SIG_MIKURIYA,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a lecturer's My Number with name and home address sent to an outside tax office",
},
# ---------------------------------------------------------------- 8
{
    "id": "kenkoseminar-008",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["月見里 ほのか <yamanashi.honoka.rd@gmail.com>"],
    "subject": "講演のご依頼（働く世代の朝ごはん）",
    "body": """月見里 ほのか 様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部 健康推進課の保坂と申します。
北国フーズの営業ご担当の方から、管理栄養士として企業向けの講演をされていると伺い、
ご連絡いたしました。

弊社では従業員の朝食欠食率が３割を超えており、来年１月に
「働く世代の朝ごはん ─ 5分でできる一品と、コンビニでの選び方」
といった内容で60分程度の講演をお願いできないかと考えております。

・候補日：2026年1月20日（火）、1月22日（木）いずれも午後
・会場　：さいたま市大宮区の本社会議室（オンライン配信併用）
・参加　：40〜60名程度
・謝金　：弊社規定により、ご相談させてください

ご興味をお持ちいただけましたら、ご都合のよい時間にオンラインで
15分ほどお話しさせていただけますと幸いです。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelance dietitian on free mail: first request for a talk, no personal data",
},
# ---------------------------------------------------------------- 9
{
    "id": "kenkoseminar-009",
    "charset": "iso-2022-jp",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["弁護士 白川 恭平 <k.shirakawa@shirakawa-law.jp>"],
    "subject": "秘密保持契約書（EAP委託先）ドラフトのご確認のお願い",
    "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 総務課の瓜生です。

来期から従業員支援プログラム（EAP）を外部に委託する予定で、委託先の
株式会社こころリンク様と秘密保持契約を締結することになりました。
先方ひな形に弊社修正を入れたドラフトを添付いたします。

特に以下の点についてご意見をいただけますでしょうか。
　1. 第2条「秘密情報」の定義に、相談記録（健康情報）を明示的に含めるべきか
　2. 第7条 契約終了時の返還・廃棄と、廃棄証明書の提出義務
　3. 再委託の可否（先方は一部カウンセラーが個人事業主とのこと）

お忙しいところ恐縮ですが、10月10日頃までにご返信いただけますと幸いです。
""" + SIG_URYU,
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書_こころリンク_日の出修正案v2.docx",
         "title": "秘密保持契約書（案）",
         "paragraphs": [
             "秘密保持契約書（案）",
             "日の出産業株式会社（以下「甲」という。）と株式会社こころリンク（以下「乙」という。）は、"
             "甲が乙に委託する従業員支援プログラム業務に関し、次のとおり秘密保持契約を締結する。",
             "第1条（目的）本契約は、本業務の遂行にあたり相互に開示される秘密情報の取扱いを定める。",
             "第2条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した"
             "技術上又は営業上の情報、及び本業務に関して乙が取得した甲の従業員の相談記録をいう。",
             "第7条（返還・廃棄）乙は、本契約終了時、甲の指示に従い秘密情報を返還又は廃棄し、"
             "その旨を書面で甲に報告するものとする。",
             "（以下略）",
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA to the company's law firm: the word 秘密/機密 is the subject matter, not a marking",
},
# ---------------------------------------------------------------- 10
{
    "id": "kenkoseminar-010",
    "charset": "cp932",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>",
           "五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>",
           "北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>"],
    "subject": "【関係者各位】11/14 健康セミナー 搬入・進行のご連絡",
    "body": """関係者各位

いつもお世話になっております。日の出産業 総務課の瓜生です。
11/14（金）の健康セミナーにつき、当日の流れを共有いたします。

１２：００　北国フーズ様 お弁当搬入（ホテル通用口、台車でお願いします）
１２：３０　ウェルネスラボ東都様 機材搬入・設営開始
１３：００　受付開始（ホテル２階 桜の間前）
１３：３０　開会・第１部「肩こり・腰痛予防ストレッチ」
１５：００　休憩（ヘルシーおやつ配布）
１５：１５　第２部「食事と血糖値の話」
１６：３０　閉会・アンケート回収
１７：３０　撤収完了

搬入車両は２台まで地下駐車場をご利用いただけるとホテル様より伺っております。
ご不明点は瓜生までお願いいたします。
""" + SIG_URYU,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations see each other in To: should have been Bcc",
},
# ---------------------------------------------------------------- 11
{
    "id": "kenkoseminar-011",
    "charset": "utf-8",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>"],
    "subject": "11/14 ヘルシー弁当 ご注文（48食）",
    "body": """北国フーズ株式会社
法人営業部 御中

いつもお世話になっております。日の出産業 総務課の瓜生です。
先日お見積りいただいた件、下記のとおり正式に注文いたします。

- 品名：彩り健康弁当（塩分2.5g以下・550kcal）
- 数量：48食
    - うち 卵不使用 2食
    - うち 小麦不使用 1食
    - うち ご飯少なめ 5食
- 納品：2025年11月14日（金）12:00　さくらホテル 通用口
- 単価：1,080円（税込）／合計 51,840円
- お支払：月末締め翌月末 銀行振込

アレルギー対応分は、容器にシールなどで区別していただけますと助かります。
（どなたの分かは当日こちらで配りますので、お名前の記載は不要です）

以上、よろしくお願いいたします。
""" + SIG_URYU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "catering order with anonymous allergy counts: no person is identifiable",
},
# ---------------------------------------------------------------- 12
{
    "id": "kenkoseminar-012",
    "charset": "iso-2022-jp",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>"],
    "subject": "Re: 入館申請用 講師・スタッフ一覧",
    "body": """二階堂様

ご送付ありがとうございます。楠木です。
いただいた8名分で入館申請を済ませました。当日は1階受付で会社名をお伝えください。
駐車場は2台分確保済みです。

""" + SIG_KUSUNOKI + """

> 日の出産業 楠木様
>
> お世話になっております。ウェルネスラボ東都の二階堂です。
> 11/14の入館申請用に、当日伺う講師・スタッフの一覧をお送りします。
>
> 漆間 玲子     講師           090-4478-2031   urushima@wellness-labo-toto.co.jp
> 帯刀 真司     アシスタント   080-6654-1190   tatewaki@wellness-labo-toto.co.jp
> 砂子 奈央     アシスタント   070-2209-8815   isago@wellness-labo-toto.co.jp
> 汐見 潤       機材担当       090-7713-4462   shiomi@wellness-labo-toto.co.jp
> 穂積 友香     受付           080-3391-0027   hozumi@wellness-labo-toto.co.jp
> 舎人 健       受付           090-5520-6743   toneri@wellness-labo-toto.co.jp
> 枡田 碧       撮影           070-8846-3310   masuda@wellness-labo-toto.co.jp
> 二階堂 さやか 責任者         080-1127-5596   nikaido.sayaka@wellness-labo-toto.co.jp
>
> よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the eight-person list is only quoted back to the vendor who sent it; the new text holds no personal data",
},
# ---------------------------------------------------------------- 13
{
    "id": "kenkoseminar-013",
    "charset": "utf-8",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["五十嵐 崇 <igarashi.takashi@sakura-hote1.jp>"],
    "subject": "Re: お見積書送付の件（11/14 桜の間）",
    "body": """さくらホテル
五十嵐様

お世話になっております。日の出産業の瓜生です。
お見積書を拝受しました。ありがとうございます。

会場費 132,000円、機材 22,000円、お飲み物 9,504円 の合計 163,504円（税込）にて
社内決裁を進めます。本予約は10/17までにご連絡いたします。

一点、プロジェクターのHDMIケーブルは10m以上のものをご用意いただけますでしょうか。
""" + SIG_URYU,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain sakura-hote1.jp imitates the partner sakura-hotel.jp (digit 1 for l)",
},
# ---------------------------------------------------------------- 14
{
    "id": "kenkoseminar-014",
    "charset": "cp932",
    "sender": "御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>",
    "to": ["ウェルネスラボ東都 経理部 <keiri@wellness-labo-toto.co.jp>"],
    "subject": "請求書（WLT-2025-0931）受領のご連絡",
    "body": """株式会社ウェルネスラボ東都
経理部 御中

平素より大変お世話になっております。
日の出産業株式会社 経理部の御厨でございます。

下記請求書を受領いたしましたのでご連絡申し上げます。

　請求書番号　　：WLT-2025-0931
　件名　　　　　：健康セミナー講師派遣・運営費（10/3 実施分）
　ご請求金額　　：￥２４２，０００－（うち消費税 ￥２２，０００）
　登録番号　　　：T3526018159083
　お支払予定日　：２０２５年１１月２８日（金）

適格請求書の記載事項を確認済みです。お振込は貴社指定口座へ行います。
今後ともよろしくお願いいたします。
""" + SIG_MIKURIYA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice acknowledgement with the vendor's qualified-invoice T-number: business data only",
},
# ---------------------------------------------------------------- 15
{
    "id": "kenkoseminar-015",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["志賀 美帆 <shiga@shokuiki-health.or.jp>"],
    "subject": "減塩ワークショップ 実施報告（参加者数）",
    "body": """日本職域ヘルスケア協会
志賀様

先日はありがとうございました。保坂です。
ワークショップの参加者数を事業所別にまとめましたのでご報告します。

　事業所　　　　　申込　参加　アンケート回収
　−−−−−−−−−−−−−−−−−−−−−−
　本社（大宮）　　　４５　　４２　　　　３９
　大宮工場　　　　　３８　　３５　　　　３３
　大阪支社　　　　　２０　　１８　　　　１８
　−−−−−−−−−−−−−−−−−−−−−−
　合計　　　　　　１０３　　９５　　　　９０

満足度（5段階）の平均は4.3で、「家でも続けられそう」という声が多くありました。
協会様の事例集への掲載も、社名を伏せていただければ問題ございません。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "attendance counts by site, aggregate only",
},
# ---------------------------------------------------------------- 16
{
    "id": "kenkoseminar-016",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["鶴見 和也 <tsurumi@kenkokeiei-partners.co.jp>"],
    "subject": "健康経営戦略マップ（案）のご確認",
    "body": """健康経営パートナーズ株式会社
鶴見様

お世話になっております。日の出産業の保坂です。
次回の定例に先立ち、弊社で作成した健康経営戦略マップの案を添付いたします。
KPIの置き方（特に「プレゼンティーズム損失額」）についてご意見をいただけますと幸いです。
""" + SIG_HOSAKA,
    "attachments": [
        {"kind": "docx", "name": "健康経営戦略マップ_2026案.docx",
         "page_header": "社外秘",
         "page_footer": "日の出産業株式会社 人事部　社外秘・無断転載禁止",
         "title": "健康経営戦略マップ（2026年度案）",
         "paragraphs": [
             "健康経営戦略マップ（2026年度案）",
             "1. 経営課題：熟練技能者の高齢化と生産性の維持",
             "2. 健康投資：睡眠・運動・食事の3領域セミナー、ウォーキングキャンペーン、特定保健指導の実施率向上",
             "3. 健康投資効果：ワークエンゲイジメント 2.4→2.7、プレゼンティーズム損失 12%→9%",
             "4. 予算：総額 1,850万円（うち外部委託 1,120万円）",
         ],
         "tables": [[["施策", "KPI", "2025実績", "2026目標"],
                     ["睡眠セミナー", "参加率", "18%", "30%"],
                     ["ウォーキング", "参加率", "38%", "50%"],
                     ["特定保健指導", "実施率", "52%", "65%"]]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached plan is stamped 社外秘 in its header and footer and goes to a consultant",
},
# ---------------------------------------------------------------- 17
{
    "id": "kenkoseminar-017",
    "charset": "cp932",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "ウォーキングキャンペーン ポスター・チラシ印刷のお願い",
    "body": """錦印刷株式会社 営業部
ご担当者様

いつもお世話になっております。日の出産業 健康推進課の饗庭です。
秋のウォーキングキャンペーンの告知物について、印刷をお願いしたくご連絡しました。

【仕様】
　ポスター　Ａ２ カラー片面 コート紙　　３０部
　チラシ　　Ａ４ カラー両面 マットコート　５００部
　ステッカー　φ５０ｍｍ 丸型　　　　　　１，０００枚

【スケジュール】
　入稿　　　９月２９日（月）ＰＤＦ（アウトライン済み）
　校正　　　１０月１日（水）まで
　納品　　　１０月８日（水）午前中

【納品先】
　〒３３０－０８５４ 埼玉県さいたま市大宮区桜木町４－２６３ 日の出ビル７Ｆ
　日の出産業株式会社 人事部 健康推進課 宛

お見積りをいただけますでしょうか。よろしくお願いいたします。
""" + SIG_AIBA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print order to a partner printer; the delivery address is the company's own office",
},
# ---------------------------------------------------------------- 18
{
    "id": "kenkoseminar-018",
    "charset": "iso-2022-jp",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["宍戸 昌平 准教授 <shishido@tokai-taiiku.ac.jp>"],
    "subject": "体力測定会　グループ分けの参考情報",
    "body": """東海体育大学
宍戸先生

お世話になっております。日の出産業の楠木です。
グループ分けの参考に、とのことでしたので、先行実施の5名の所属と年代をお知らせします。

・栗栖 亜紀　　研究開発部　主任　　　30代
・我孫子 剛　　製造部　　　班長　　　50代
・十河 しのぶ　経理部　　　　　　　　20代
・真壁 宗一郎　営業部　　　課長　　　40代
・樋渡 由里　　購買部　　　　　　　　40代

全員デスクワーク中心ですが、我孫子さんのみ現場作業があります。
""" + SIG_KUSUNOKI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five named people with department, title and age bracket but no contact data or identifiers: a list or not is a judgement call",
},
# ---------------------------------------------------------------- 19
{
    "id": "kenkoseminar-019",
    "charset": "utf-8",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["人事課長 鰐渕 <wanibuchi.hiroshi@hinode-sangyo.co.jp>"],
    "cc": ["産業医 相良先生（社内アドレス） <sagara.dr@hinode-sangyo.co.jp>"],
    "subject": "【健康管理室】就業上の配慮についてご相談（大宮工場）",
    "body": """鰐渕課長

お疲れさまです。健康管理室の栗花落です。
大宮工場の蟇目 聡さん（製造2課）について、就業上の配慮のご相談です。

今年の定期健診で血圧 172/104、心電図で所見があり「要精密検査」となりました。
先週循環器内科を受診し、高血圧症で服薬開始、経過観察中とのことです。
相良先生の面談で、当面（約3か月）の夜勤と残業の免除が望ましいとの意見が出ています。

ご本人には了承をいただいています。工場長への伝え方をご相談させてください。
""" + SIG_TSUYURI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "an employee's diagnosis and health-check result, but only internal recipients",
},
# ---------------------------------------------------------------- 20
{
    "id": "kenkoseminar-020",
    "charset": "iso-2022-jp",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>"],
    "subject": "第2回セミナー 参加者名簿（パスワード付き）",
    "body": """二階堂様

お世話になっております。楠木です。
第2回セミナーの参加者名簿を、パスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。

ご確認よろしくお願いいたします。
""" + SIG_KUSUNOKI,
    "attachments": [
        {"kind": "zip", "name": "参加者名簿_第2回.zip", "password": "Hn2025#wl",
         "files": [{"kind": "xlsx", "name": "参加者名簿_第2回.xlsx",
                    "sheets": {"名簿": [["氏名", "所属", "携帯"],
                                        ["九十九 遥", "経理部", "090-1834-2276"],
                                        ["城之内 蓮", "営業部", "080-4410-9921"],
                                        ["日下部 紗希", "総務部", "070-6632-1045"],
                                        ["宇佐神 慎吾", "物流部", "090-2287-5530"],
                                        ["千賀 朋美", "研究開発部", "080-9173-6604"],
                                        ["巌 直樹", "製造部", "090-3319-7752"]]}}]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an outside vendor: its content cannot be inspected",
},
# ---------------------------------------------------------------- 21
{
    "id": "kenkoseminar-021",
    "charset": "utf-8",
    "sender": "Daniel Whitmore <d.whitmore@hinode-sangyo.co.jp>",
    "to": ["StrideWell Partner Success <partner-success@stridewell.io>"],
    "subject": "Autumn walking challenge - Q3 figures and dashboard request",
    "body": """Hi team,

Thanks for the call last week. As promised, here is where we stand after the first six
weeks of the autumn walking challenge, from our side:

  - registered: 1,248 of 3,290 employees (37.9%)
  - weekly active: 961 on average
  - average daily steps: 7,420 (up from 6,150 in the spring round)
  - teams: 84, largest site Omiya plant

Two requests for the next release:
  1. a site-level dashboard (Head Office / Omiya plant / Osaka branch) with weekly trends,
     aggregated only - we do not need or want individual step data;
  2. an export of team rankings without member names, so we can post it on the intranet.

Could you let us know whether both are possible before the challenge ends on 30 November?

Best regards,
""" + SIG_WHITMORE + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail to the app vendor with aggregate campaign figures only, ending in the standard confidentiality disclaimer",
},
# ---------------------------------------------------------------- 22
{
    "id": "kenkoseminar-022",
    "charset": "cp932",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["アルクポ 導入サポート <support@arukupo.com>"],
    "subject": "アカウント一括登録用CSVの送付（日の出産業 第1陣）",
    "body": """株式会社アルクポ
導入サポートご担当者様

お世話になっております。日の出産業の饗庭です。
ウォーキングアプリのアカウント一括登録用に、第1陣30名分のCSVをお送りします。
フォーマットは御社指定のテンプレートに合わせています（文字コード Shift_JIS）。

生年月日は年代別ランキングに使うとのことでしたので入れてあります。
登録完了後、招待メールの送信日時をご連絡ください。
""" + SIG_AIBA,
    "attachments": [
        {"kind": "csv", "name": "arukupo_import_hinode_01.csv", "encoding": "cp932",
         "rows": [
                ["社員番号", "氏名", "フリガナ", "メールアドレス", "生年月日", "性別", "チーム"],
                ["17412", "左右田　拓海", "ソウダ　タクミ", "t.soda@hinode-sangyo.co.jp", "1973-02-12", "男", "さいたま健脚会"],
                ["42975", "雲母　結衣", "キララ　ユイ", "y.kirara@hinode-sangyo.co.jp", "1981-10-02", "女", "なにわ歩こう会"],
                ["93685", "百目鬼　健太郎", "ドウメキ　ケンタロウ", "k.domeki@hinode-sangyo.co.jp", "1993-12-28", "男", "ラボ散歩部"],
                ["68307", "我孫子　彩乃", "アビコ　アヤノ", "a.abiko@hinode-sangyo.co.jp", "2000-05-02", "女", "さいたま健脚会"],
                ["70934", "鶴来　雅人", "ツルギ　マサト", "m.tsurugi@hinode-sangyo.co.jp", "1988-07-14", "男", "ラボ散歩部"],
                ["33256", "漆間　直樹", "ウルシマ　ナオキ", "n.urushima@hinode-sangyo.co.jp", "1983-04-01", "男", "さいたま健脚会"],
                ["32752", "鴨志田　沙耶", "カモシタ　サヤ", "s.kamoshita@hinode-sangyo.co.jp", "1976-09-17", "女", "ラボ散歩部"],
                ["98405", "饗場　圭吾", "アイバ　ケイゴ", "k.aiba@hinode-sangyo.co.jp", "1979-08-26", "男", "ラボ散歩部"],
                ["57743", "一寸木　大輔", "チョッキ　ダイスケ", "d.chokki@hinode-sangyo.co.jp", "1990-06-28", "男", "チーム桜木"],
                ["62410", "粟飯原　大和", "アイハラ　ヤマト", "y.aihara@hinode-sangyo.co.jp", "1997-11-17", "男", "なにわ歩こう会"],
                ["46582", "九十九　拓海", "ツクモ　タクミ", "t.tsukumo@hinode-sangyo.co.jp", "1999-09-17", "男", "なにわ歩こう会"],
                ["70425", "薬袋　蓮", "ミナイ　レン", "r.minai@hinode-sangyo.co.jp", "1990-10-24", "男", "なにわ歩こう会"],
                ["96361", "纐纈　拓海", "コウケツ　タクミ", "t.koketsu@hinode-sangyo.co.jp", "1982-06-27", "男", "ラボ散歩部"],
                ["45145", "枡田　朋美", "マスダ　トモミ", "t.masuda@hinode-sangyo.co.jp", "1998-05-10", "女", "さいたま健脚会"],
                ["37239", "如月　隼人", "キサラギ　ハヤト", "h.kisaragi@hinode-sangyo.co.jp", "1999-09-12", "男", "さいたま健脚会"],
                ["11103", "城之内　結衣", "ジョウノウチ　ユイ", "y.jonouchi@hinode-sangyo.co.jp", "1980-12-04", "女", "ラボ散歩部"],
                ["95578", "千賀　詩織", "センガ　シオリ", "s.senga@hinode-sangyo.co.jp", "1971-05-19", "女", "大宮ウォーカーズ"],
                ["78467", "小鳥遊　美咲", "タカナシ　ミサキ", "m.takanashi@hinode-sangyo.co.jp", "1976-05-08", "女", "大宮ウォーカーズ"],
                ["65432", "巌　慎吾", "イワオ　シンゴ", "s.iwao@hinode-sangyo.co.jp", "1970-01-12", "男", "チーム桜木"],
                ["42702", "仁平　琴音", "ニヘイ　コトネ", "k.nihei@hinode-sangyo.co.jp", "1969-02-04", "女", "大宮ウォーカーズ"],
                ["15357", "蟇目　雅人", "ヒキメ　マサト", "m.hikime@hinode-sangyo.co.jp", "1969-06-09", "男", "チーム桜木"],
                ["34083", "廿楽　美咲", "ツヅラ　ミサキ", "m.tsuzura@hinode-sangyo.co.jp", "2001-12-01", "女", "ラボ散歩部"],
                ["15657", "穂積　詩織", "ホヅミ　シオリ", "s.hozumi@hinode-sangyo.co.jp", "1983-03-02", "女", "さいたま健脚会"],
                ["90640", "汐見　陽菜", "シオミ　ヒナ", "h.shiomi@hinode-sangyo.co.jp", "1975-05-11", "女", "大宮ウォーカーズ"],
                ["50420", "十河　拓海", "ソゴウ　タクミ", "t.sogo@hinode-sangyo.co.jp", "1996-09-25", "男", "さいたま健脚会"],
                ["62671", "米花　大輔", "ヨネハナ　ダイスケ", "d.yonehana@hinode-sangyo.co.jp", "1977-08-08", "男", "さいたま健脚会"],
                ["23375", "鬼頭　彩乃", "キトウ　アヤノ", "a.kito@hinode-sangyo.co.jp", "1969-08-26", "女", "ラボ散歩部"],
                ["86671", "勅使河原　大輔", "テシガワラ　ダイスケ", "d.teshigawara@hinode-sangyo.co.jp", "1993-08-17", "男", "チーム桜木"],
                ["54702", "瓜生　雅人", "ウリュウ　マサト", "m.uryu@hinode-sangyo.co.jp", "1984-05-20", "男", "大宮ウォーカーズ"],
                ["83131", "月見里　詩織", "ヤマナシ　シオリ", "s.yamanashi@hinode-sangyo.co.jp", "1976-11-02", "女", "大宮ウォーカーズ"],
            ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "30 employees with e-mail and birth date in a CP932 CSV to the app vendor",
},
# ---------------------------------------------------------------- 23
{
    "id": "kenkoseminar-023",
    "charset": "utf-8",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["ギフトつぼみ 法人窓口 <houjin@gift-tsubomi.co.jp>"],
    "subject": "ウォーキングキャンペーン 賞品発送先（4名分）",
    "body": """株式会社ギフトつぼみ
法人窓口ご担当者様

お世話になっております。日の出産業の饗庭です。
春のキャンペーン上位入賞者の賞品（体組成計セット）について、
ご自宅への直送を希望された4名分の発送先を添付いたします。

のし・メッセージカードは不要です。発送完了後、送り状番号をお知らせください。
""" + SIG_AIBA,
    "attachments": [
        {"kind": "docx", "name": "賞品発送先一覧.docx",
         "paragraphs": ["春のウォーキングキャンペーン　賞品発送先（ご自宅直送分）", "品名：体組成計セット（HB-220）　各1"],
         "tables": [[["氏名", "郵便番号", "住所", "電話番号"],
                     ["如月 颯太", "〒336-0017", "埼玉県さいたま市南区南浦和2-41-7 コーポ浦和203", "090-5562-1843"],
                     ["相馬 琴音", "〒362-0042", "埼玉県上尾市谷津1-9-12", "080-2175-9038"],
                     ["鶴来 雅人", "〒343-0845", "埼玉県越谷市南越谷4-18-3-506", "070-4928-3316"],
                     ["御子柴 沙耶", "〒569-1123", "大阪府高槻市芥川町3-6-21", "090-8841-2270"]]]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four winners' home addresses to the gift vendor: under five records, may warn",
},
# ---------------------------------------------------------------- 24
{
    "id": "kenkoseminar-024",
    "charset": "cp932",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>"],
    "cc": ["五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>"],
    "subject": "11/14セミナー 事前打合せ（会場下見）の日程調整",
    "body": """ウェルネスラボ東都 二階堂様
（cc：さくらホテル 五十嵐様）

お世話になっております。日の出産業の瓜生です。
11/14のセミナーに向けて、会場の下見を兼ねた打合せをお願いしたく存じます。
以下の候補からご都合のよい日時をお知らせいただけますでしょうか。

　① 10月21日（火）14:00〜15:00
　② 10月23日（木）10:00〜11:00
　③ 10月24日（金）15:00〜16:00

ストレッチ実演のスペースと、音響（BGM用）の接続方法を確認できればと思います。
""" + SIG_URYU,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (vendor in To, hotel in Cc): an ordinary three-way meeting mail",
},
# ---------------------------------------------------------------- 25
{
    "id": "kenkoseminar-025",
    "charset": "utf-8",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["みなと健診クリニック 予約センター <yoyaku@minato-kenshin.jp>"],
    "subject": "二次検査のご予約と健診結果（抜粋）の送付",
    "body": """医療法人社団 青樹会 みなと健診クリニック
予約センター ご担当者様

お世話になっております。日の出産業 健康管理室の栗花落です。
弊社従業員1名の二次検査（糖代謝）の予約をお願いしたく、健診結果の抜粋をPDFでお送りします。
ご本人の同意は得ております。

希望日：11月5日（水）または11月7日（金）の午前
""" + SIG_TSUYURI,
    "attachments": [
        {"kind": "pdf", "name": "健診結果抜粋_十文字.pdf",
         "title": "定期健康診断結果（抜粋）",
         "lines": ["定期健康診断結果（抜粋）　2025年度",
                   "氏名：十文字 大悟（じゅうもんじ だいご）　男性",
                   "生年月日：昭和52年6月14日",
                   "所属：日の出産業株式会社 製造部",
                   "",
                   "既往歴：高血圧症（平成30年〜 服薬中）",
                   "自覚症状：口渇、夜間頻尿"],
         "table": [["項目", "今回", "前回", "判定"],
                   ["空腹時血糖", "148 mg/dL", "126 mg/dL", "D2"],
                   ["HbA1c", "7.9 %", "6.8 %", "D2 要精密検査"],
                   ["血圧", "146/92", "138/88", "C 経過観察"],
                   ["BMI", "28.4", "27.9", "C"]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's health-check results and medical history in a PDF to an outside clinic",
},
# ---------------------------------------------------------------- 26
{
    "id": "kenkoseminar-026",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["志賀 美帆 <shiga@shokuiki-health.or.jp>"],
    "subject": "来年度 合同セミナー会場の候補",
    "body": """志賀様

お世話になっております。保坂です。
来年度の合同セミナーの会場候補を、こちらで問い合わせた範囲でまとめました。

会場名                         所在地                              代表電話        収容
------------------------------------------------------------------------------------------
さくらホテル 大宮              さいたま市大宮区錦町8-2             048-641-3300    120名
ソニックスペース会議室         さいたま市大宮区桜木町1-7-5         048-658-1200     80名
ホテルブリランテ浦和           さいたま市浦和区高砂2-3-18          048-829-5511    150名
貸会議室プラザ北与野           さいたま市中央区新都心11-2          048-601-7788     60名
大阪 梅田ビジネスセンター      大阪市北区梅田2-4-9                 06-6341-0320    100名

いずれも午後半日での料金を依頼中です。協会様で別途ご推薦の会場があれば教えてください。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of venues with switchboard numbers and addresses: businesses, not people",
},
# ---------------------------------------------------------------- 27
{
    "id": "kenkoseminar-027",
    "charset": "cp932",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "セミナー告知チラシ 講師プロフィール原稿",
    "body": """錦印刷株式会社 制作部 御中

お世話になっております。日の出産業の饗庭です。
チラシ裏面に載せる講師プロフィールの原稿をお送りします（講師ご本人確認済み）。

─────────────
講師：漆間 玲子（うるしま れいこ）氏
株式会社ウェルネスラボ東都 チーフトレーナー／健康運動指導士

スポーツクラブのインストラクターを経て、２０１２年より企業向け健康づくり
プログラムに従事。これまでに延べ３００社・２万人以上に「座ったままできる
ストレッチ」を指導。著書に『デスクで３分 からだリセット』（みどり書房）。
─────────────

顔写真は講師事務所から直接入稿されるとのことです。
レイアウト案は１０月３日（金）までにいただけますと助かります。
""" + SIG_AIBA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a lecturer's public professional profile for a flyer: no contact data or sensitive facts",
},
# ---------------------------------------------------------------- 28
{
    "id": "kenkoseminar-028",
    "charset": "iso-2022-jp",
    "sender": "御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>",
    "to": ["日本職域ヘルスケア協会 研修事務局 <kenshu@shokuiki-health.or.jp>"],
    "subject": "「健康経営エキスパート養成講座」受講申込書の送付",
    "body": """一般社団法人 日本職域ヘルスケア協会
研修事務局 御中

お世話になっております。日の出産業株式会社 経理部の御厨です。
人事部 保坂の受講につき、申込書（カード決済欄記入済み）を添付いたします。
決済完了後、領収書をPDFでお送りいただけますでしょうか。
""" + SIG_MIKURIYA,
    "attachments": [
        {"kind": "docx", "name": "受講申込書_日の出産業.docx",
         "title": "受講申込書",
         "paragraphs": ["健康経営エキスパート養成講座（第14期）受講申込書", "申込日：令和7年9月24日"],
         "tables": [[["項目", "記入欄"],
                     ["会社名", "日の出産業株式会社"],
                     ["受講者氏名", "保坂 真理子"],
                     ["受講料", "88,000円（税込）"],
                     ["お支払方法", "クレジットカード（法人カード）"],
                     ["カード番号", CARD_SEMINAR],
                     ["有効期限", "09/28"],
                     ["カード名義", "TOSHIYUKI MIKURIYA"]]]},
    ],
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number with holder name in a DOCX application form to an outside association",
},
# ---------------------------------------------------------------- 29
{
    "id": "kenkoseminar-029",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["関東製造業健康保険組合 保健事業課 <hokenjigyo@kanto-seizo-kenpo.or.jp>"],
    "subject": "社内報への熱中症予防記事の転載について",
    "body": """関東製造業健康保険組合
保健事業課 御中

いつもお世話になっております。日の出産業の保坂です。
貴組合の機関誌7月号の「職場の熱中症予防」の記事を、弊社の社内報に転載させて
いただきたくご相談です。

転載を考えている部分は次のとおりです。
　・ＷＢＧＴ値の目安と作業中止の基準
　・こまめな水分・塩分補給（のどが渇く前に、20〜30分ごと）
　・暑熱順化（暑さに慣れるまでの１〜２週間の作業計画）
　・「おかしい」と思ったら一人にしない、涼しい場所で体を冷やす

出典は「関東製造業健康保険組合 機関誌より」と明記いたします。
ご了承いただけるか、ご教示いただけますと幸いです。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general health-topic mail (heat stroke prevention) to the health insurance society",
},
# ---------------------------------------------------------------- 30
{
    "id": "kenkoseminar-030",
    "charset": "utf-8",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["山際 俊 <yamagiwa@kokoro-link.co.jp>"],
    "subject": "Re: ストレスチェック集団分析のご提供について",
    "body": """こころリンク 山際様

お世話になっております。栗花落です。
ご依頼いただいた集団分析結果の原本（部署別の帳票）は、社内規程で社外秘の扱いとなっており、
メールでお送りすることができません。申し訳ございません。

代わりに、セミナー設計に必要な範囲で概要をお伝えします。
　・全社の総合健康リスク：102（前年 106）
　・仕事の量的負担が高いのは 製造部門・営業部門
　・上司の支援は全社平均並み、同僚の支援はやや低め

詳細は11月の打合せの際に、画面でお見せする形でご確認いただければと思います。
""" + SIG_TSUYURI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "says the original is 社外秘 and therefore not sent: a mention, not a marking; only aggregates follow",
},
# ---------------------------------------------------------------- 31
{
    "id": "kenkoseminar-031",
    "charset": "iso-2022-jp",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["ヨガスタジオそよぎ 予約 <reserve@soyogi-yoga.jp>"],
    "subject": "朝ヨガ体験会（10/18）参加者のご連絡",
    "body": """ヨガスタジオそよぎ
ご担当者様

お世話になっております。日の出産業の饗庭です。
10/18（土）の朝ヨガ体験会の参加者が確定しましたのでご連絡します。
スタジオのお申込みフォームの代わりにこちらでまとめました。

氏名　　　　　　　年齢　携帯電話
−−−−−−−−−−−−−−−−−−−−−−−−−−
四十物　里奈　　　３４　０８０−１１９２−４４７０
五百旗頭　修　　　５１　０９０−２７３８−６０１５
一寸木　美羽　　　２７　０７０−５５０４−８８２３
小鳥遊　圭　　　　４２　０９０−６１４９−３３０７
雲母　陽菜　　　　２９　０８０−７７２０−１９５８
米花　大和　　　　３８　０９０−４０６３−２７４１

マットは全員分お借りしたいです。更衣室の利用時間も教えてください。
""" + SIG_AIBA_JIS,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six participants with age and full-width mobile numbers to an outside studio: a list of people",
},
# ---------------------------------------------------------------- 32
{
    "id": "kenkoseminar-032",
    "charset": "cp932",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["一柳 和樹 <ichiyanagi.kazuki.pilates@yahoo.co.jp>"],
    "subject": "ピラティス講座（全4回）のご依頼",
    "body": """一柳 和樹 様

はじめてご連絡いたします。日の出産業株式会社 健康推進課の楠木と申します。
先日の大宮市民フェスタでのデモンストレーションを拝見し、ご連絡いたしました。

社内の「からだメンテナンス講座」として、終業後のピラティス講座を全４回で
お願いできないかと考えております。

　期間：２０２５年１１月〜１２月（毎週水曜 １８：３０〜１９：３０）
　会場：弊社本社 ７階 多目的ルーム
　　　　（〒３３０－０８５４ さいたま市大宮区桜木町４－２６３ 日の出ビル）
　人数：各回１５名程度（初心者中心）
　謝礼：１回あたり２０，０００円（交通費別）を想定しております

ご検討いただけますと幸いです。
""" + SIG_KUSUNOKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelance instructor on free mail; the only address is the company's own venue",
},
# ---------------------------------------------------------------- 33
{
    "id": "kenkoseminar-033",
    "charset": "utf-8",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["みなと健診クリニック 予約センター <yoyaku@minato-kenshin.jp>"],
    "subject": "人間ドック 予約のお願い（1名）",
    "body": """みなと健診クリニック 予約センター 御中

いつもお世話になっております。日の出産業 健康管理室の栗花落です。
契約に基づく人間ドックの予約を1名分お願いいたします。

　受診者：猪狩 健吾（いかり けんご）様
　生年月日：昭和56年11月2日
　コース：日帰りドック（基本コース）
　希望日：第1希望 12月3日（水）／第2希望 12月10日（水）
　請求先：日の出産業株式会社 人事部（契約番号 MK-0417）

予約確定のご連絡は、健康管理室（本メールアドレス）宛にお願いいたします。
""" + SIG_TSUYURI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one employee's name and birth date for a routine check-up booking: a single record, may warn",
},
# ---------------------------------------------------------------- 34
{
    "id": "kenkoseminar-034",
    "charset": "iso-2022-jp",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>"],
    "subject": "11/14 ご来場者のバリアフリー対応のお願い",
    "body": """さくらホテル
五十嵐様

お世話になっております。日の出産業の瓜生です。
11/14のセミナーに、車いすをご利用の参加者がいらっしゃいますのでご相談です。

　参加者：纐纈 浩二（こうけつ こうじ）さん　大宮工場 品質管理課
　状況　：脊髄損傷による下肢の障害があり、身体障害者手帳1級をお持ちです。
　　　　　電動車いすでの来場、介助者なし

つきましては、
　・正面玄関から桜の間までの段差のない経路
　・多目的トイレの場所
　・会場内で前方通路側の席（車いすのまま入れるスペース）
をご教示・ご準備いただけますでしょうか。
""" + SIG_URYU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named participant's disability and disability certificate grade sent to the hotel: 要配慮個人情報 of one person",
},
# ---------------------------------------------------------------- 35
{
    "id": "kenkoseminar-035",
    "charset": "utf-8",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>"],
    "subject": "10/3 研修アンケート集計結果の共有",
    "body": """二階堂様

お世話になっております。楠木です。
10/3の研修アンケートを集計しましたので共有いたします（回答42件、記名なし）。
次回の内容検討にお役立てください。
""" + SIG_KUSUNOKI,
    "attachments": [
        {"kind": "xlsx", "name": "アンケート集計_1003.xlsx",
         "sheets": {"満足度": [["10/3 メンタルヘルス・セルフケア研修 アンケート集計"],
                               ["設問", "5", "4", "3", "2", "1", "平均"],
                               ["全体の満足度", 21, 15, 5, 1, 0, 4.3],
                               ["内容の分かりやすさ", 18, 17, 6, 1, 0, 4.2],
                               ["職場で活用できそうか", 14, 19, 7, 2, 0, 4.1]],
                    "自由記述": [["No", "コメント（原文ママ、個人が特定される表現は削除済み）"],
                                 [1, "呼吸法はすぐに試せそう"],
                                 [2, "グループワークの時間がもう少し欲しかった"],
                                 [3, "オンラインでも受講できるとありがたい"],
                                 [4, "上司向けの回もあるとよい"]]}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "anonymous survey summary in an XLSX to the vendor",
},
# ---------------------------------------------------------------- 36
{
    "id": "kenkoseminar-036",
    "charset": "utf-8",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["山際 俊 <yamagiwa@kokoro-link.co.jp>"],
    "subject": "RE: 面談日程の件",
    "body": """山際様

ご連絡ありがとうございます。栗花落です。
10月30日（木）15時からで承知しました。会場は本社7階の面談室をご用意します。
当日は人事課長の鰐渕も同席予定です。

""" + SIG_TSUYURI + """

-----Original Message-----
From: 山際 俊 <yamagiwa@kokoro-link.co.jp>
Sent: Tuesday, October 21, 2025 6:12 PM
To: 栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>
Subject: 面談日程の件

日の出産業 健康管理室 栗花落様

こころリンクの山際です。
営業部の宇佐神さんについて、ご本人の同意のもとご連絡いたします。
抑うつ状態で当社カウンセリングを継続中ですが、主治医からは復職可能との診断書が出ています。
職場復帰に向けた三者面談を、10月30日（木）15時または31日（金）10時で
お願いできますでしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the counsellor's own words about an employee's condition are only quoted below -----Original Message-----",
},
# ---------------------------------------------------------------- 37
{
    "id": "kenkoseminar-037",
    "charset": "cp932",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatu.co.jp>"],
    "subject": "チラシ入稿データの送付（ウォーキングキャンペーン）",
    "body": """錦印刷株式会社 制作部 御中

お世話になっております。日の出産業の饗庭です。
ウォーキングキャンペーンのチラシ入稿データをお送りします。
PDF（アウトライン済み、塗り足し3mm）です。ご確認をお願いいたします。
""" + SIG_AIBA,
    "attachments": [
        {"kind": "pdf", "name": "walking_flyer_A4_v3.pdf",
         "lines": ["秋のウォーキングキャンペーン 2025",
                   "期間：10月14日（火）〜11月30日（日）",
                   "目標：1日8,000歩　チームで楽しく歩こう！",
                   "参加方法：アプリ「アルクポ」をインストールし、社内コードを入力",
                   "上位チームには豪華賞品あり"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops an s from the partner printer's domain nishiki-insatsu.co.jp",
},
# ---------------------------------------------------------------- 38
{
    "id": "kenkoseminar-038",
    "charset": "utf-8",
    "sender": "鰐淵 拓 <wanibuchi.taku@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 配信サポート <streaming-support@tsubasa-system.jp>"],
    "subject": "下期オンライン健康セミナー 配信スケジュール（CSV）",
    "body": """ツバサシステム株式会社
配信サポートご担当者様

お世話になっております。日の出産業 情報システム部の鰐淵です。
下期のオンライン健康セミナーの配信スケジュールをCSV（UTF-8）でお送りします。
各回の配信URLの発行と、録画データの保管期間（30日）の設定をお願いします。
""" + """
--
鰐淵 拓 / 日の出産業株式会社 情報システム部
TEL 048-645-7150""",
    "attachments": [
        {"kind": "csv", "name": "webinar_schedule_2025H2.csv", "encoding": "utf-8",
         "rows": [["回", "配信日", "開始", "終了", "タイトル", "講師所属", "録画", "想定視聴者数"],
                  ["1", "2025-10-23", "15:00", "16:30", "睡眠と仕事のパフォーマンス", "スリープテック・ラボ", "あり", "120"],
                  ["2", "2025-11-14", "13:30", "16:30", "肩こり・腰痛予防ストレッチ", "ウェルネスラボ東都", "あり", "80"],
                  ["3", "2025-12-09", "12:10", "12:50", "ランチで学ぶ減塩", "日本職域ヘルスケア協会", "なし", "60"],
                  ["4", "2026-01-20", "15:00", "16:00", "働く世代の朝ごはん", "外部講師（管理栄養士）", "あり", "100"]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "webinar schedule CSV to the partner platform: dates, titles and organisations only",
},
# ---------------------------------------------------------------- 39
{
    "id": "kenkoseminar-039",
    "charset": "iso-2022-jp",
    "sender": "廿楽 直子 <tsuzura.naoko@osaka.hinode-sangyo.co.jp>",
    "to": ["kenko-ml@mail.hinode-sangyo.co.jp"],
    "subject": "大阪支社 健康イベント当日の連絡網",
    "body": """健康推進メーリングリストの皆さま

大阪支社の廿楽です。
12/5の支社内健康イベント（血管年齢・骨密度の簡易測定）の当日連絡網です。
各フロアの担当者の携帯を載せていますので、社外には転送しないでください。

　4F 営業課　　　相馬 優斗　　090-3318-2264
　4F 営業課　　　鶴来 結衣　　080-6627-0913
　5F 業務課　　　保谷 健太郎　070-1945-3382
　5F 業務課　　　砂子 真央　　090-8802-4417
　6F 総務課　　　廿楽 直子　　080-5531-0076（全体）
　6F 倉庫管理　　樋渡 隼人　　090-2261-7708

測定は10:00〜16:00、1人15分程度です。
""" + SIG_TSUZURA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "six staff mobile numbers on an internal mailing list (subdomain mail.hinode-sangyo.co.jp is internal)",
},
# ---------------------------------------------------------------- 40
{
    "id": "kenkoseminar-040",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>"],
    "subject": "【取扱注意】次年度 健康施策予算（人事部内検討資料）",
    "body": """【取扱注意】
本資料は人事部内の検討段階の資料です。取扱いにはご注意ください。

二階堂様

お世話になっております。保坂です。
来年度のご提案をいただくにあたり、弊社の予算の枠感を共有いたします。
まだ役員承認前の数字ですので、お取扱いにご注意ください。

　　施策　　　　　　　　　　2025年度　　2026年度（案）
　　セミナー（年6回）　　　　360万円　　　　480万円
　　ウォーキング　　　　　　　210万円　　　　250万円
　　特定保健指導（委託）　　　540万円　　　　600万円
　　メンタルヘルス（EAP）　　　―　　　　　　390万円
　　合計　　　　　　　　　　1,110万円　　　1,720万円

ご提案は12月中旬までにいただけますと幸いです。
""" + SIG_HOSAKA,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail is classified 【取扱注意】 in its subject and first line and goes to a vendor",
},
# ---------------------------------------------------------------- 41
{
    "id": "kenkoseminar-041",
    "charset": "utf-8",
    "sender": "Daniel Whitmore <d.whitmore@hinode-sangyo.co.jp>",
    "to": ["Dr Helen Marsh <h.marsh@resilience-works.co.uk>"],
    "subject": "Your keynote on 4 December - travel and logistics",
    "body": """Dear Dr Marsh,

Thank you again for agreeing to give the keynote at our Wellbeing Week. Here are the
practical details:

Date / time   Thursday 4 December 2025, 14:00-15:30 (JST), arrive by 13:15 please
Venue         Sakura Hotel Omiya, 2F "Sakura" room (map attached)
Audience      about 150 managers on site, 400 online; simultaneous interpretation JP/EN
AV            lectern mic, clicker, HDMI; your slides by 28 November if possible
Hotel         3-5 December, booked by us at the same hotel (confirmation to follow)
Honorarium    as agreed, paid in GBP by bank transfer after the event

Our interpreter would appreciate a glossary of any terms you use often
("psychological safety", "recovery experiences", etc.).

Looking forward to welcoming you to Saitama.

Kind regards,
""" + SIG_WHITMORE,
    "attachments": [
        {"kind": "png", "name": "venue_map.png"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English logistics mail to a foreign speaker: venue, AV and fee arrangements, no personal data",
},
# ---------------------------------------------------------------- 42
{
    "id": "kenkoseminar-042",
    "charset": "utf-8",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "ウェルビーイング合宿研修 宿泊者名簿（12/4-5）",
    "html": """<html><body>
<p>さくらホテル 宿泊予約ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務課の瓜生です。<br>
12/4〜5の合宿研修の宿泊者名簿をお送りします。全員シングル・朝食付きでお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>氏名</th><th>フリガナ</th><th>性別</th><th>携帯電話</th><th>メールアドレス</th></tr>
<tr><td>1</td><td>千賀 慎吾</td><td>センガ シンゴ</td><td>男</td><td>090-7731-2048</td><td>senga.shingo@hinode-sangyo.co.jp</td></tr>
<tr><td>2</td><td>汐見 朋美</td><td>シオミ トモミ</td><td>女</td><td>080-3329-6617</td><td>shiomi.tomomi@hinode-sangyo.co.jp</td></tr>
<tr><td>3</td><td>勅使河原 亮介</td><td>テシガワラ リョウスケ</td><td>男</td><td>070-2281-5590</td><td>teshigawara.r@hinode-sangyo.co.jp</td></tr>
<tr><td>4</td><td>日下部 菜摘</td><td>クサカベ ナツミ</td><td>女</td><td>090-6604-1173</td><td>kusakabe.natsumi@hinode-sangyo.co.jp</td></tr>
<tr><td>5</td><td>城之内 隼人</td><td>ジョウノウチ ハヤト</td><td>男</td><td>080-9912-3346</td><td>jonouchi.hayato@hinode-sangyo.co.jp</td></tr>
<tr><td>6</td><td>馬酔木 詩織</td><td>アセビ シオリ</td><td>女</td><td>070-5518-2409</td><td>asebi.shiori@hinode-sangyo.co.jp</td></tr>
<tr><td>7</td><td>帯刀 圭吾</td><td>タテワキ ケイゴ</td><td>男</td><td>090-1147-8836</td><td>tatewaki.keigo@hinode-sangyo.co.jp</td></tr>
<tr><td>8</td><td>宍道 由佳</td><td>シンジ ユカ</td><td>女</td><td>080-2265-7701</td><td>shinji.yuka@hinode-sangyo.co.jp</td></tr>
</table>
<p>チェックインは17時以降、精算は会社一括請求でお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 総務課　瓜生 健太<br>TEL 048-645-7111</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with an eight-person guest list (mobile, e-mail) to the hotel",
},
# ---------------------------------------------------------------- 43
{
    "id": "kenkoseminar-043",
    "charset": "utf-8",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["産業保健チーム <sanpo-team@hinode-sangyo.co.jp>"],
    "subject": "2025年度 特定保健指導 対象者一覧（本社・大宮工場）",
    "body": """産業保健チームの皆さま

お疲れさまです。栗花落です。
健保から特定保健指導の対象者リストが届きましたので、社内面談の割り振り用に共有します。
外部委託分（ヘルスガイドプラス）に渡す際は、必ず本人同意を確認してからにしてください。

面談の担当割りは来週の定例で決めましょう。
""" + SIG_TSUYURI,
    "attachments": [
        {"kind": "xlsx", "name": "特定保健指導対象者_2025.xlsx",
         "sheets": {"対象者": [
                ["2025年度 特定保健指導 対象者一覧（本社・大宮工場）"],
                ["社員番号", "氏名", "年齢", "BMI", "血圧(収縮/拡張)", "HbA1c(%)", "LDL", "喫煙", "区分"],
                ["753159", "一寸木 健太郎", 40, 27.3, "150/102", 7.3, 179, "有", "積極的支援"],
                ["264470", "猪狩 大輔", 43, 26.1, "158/89", 6.3, 151, "有", "積極的支援"],
                ["527977", "仁平 健太郎", 42, 27.6, "152/87", 7.0, 137, "無", "動機付け支援"],
                ["232853", "月見里 慎吾", 45, 26.3, "128/88", 7.0, 141, "無", "動機付け支援"],
                ["308550", "巌 紗希", 62, 29.8, "141/87", 7.3, 145, "無", "動機付け支援"],
                ["122618", "漆間 詩織", 50, 28.3, "138/86", 6.1, 158, "無", "積極的支援"],
                ["724929", "穂積 琴音", 49, 31.1, "149/84", 6.2, 181, "無", "動機付け支援"],
                ["293748", "樋渡 直樹", 40, 29.3, "139/83", 6.1, 165, "無", "積極的支援"],
                ["675737", "饗場 圭吾", 40, 32.0, "151/94", 6.6, 177, "有", "積極的支援"],
                ["754010", "十河 美咲", 54, 33.5, "140/85", 7.0, 164, "無", "動機付け支援"],
                ["650189", "日下部 圭吾", 51, 27.3, "157/85", 6.7, 157, "有", "動機付け支援"],
                ["195609", "栗栖 拓海", 44, 26.9, "160/101", 6.3, 163, "無", "積極的支援"],
            ]}},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health-check values of twelve named employees, but only to an internal team address",
},
# ---------------------------------------------------------------- 44
{
    "id": "kenkoseminar-044",
    "charset": "iso-2022-jp",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["みなと健診クリニック 予約センター <yoyaku@minato-kenshin.jp>"],
    "subject": "人間ドック予約　保険証情報の連絡",
    "body": """みなと健診クリニック 予約センター
ご担当者様

お世話になっております。日の出産業 健康管理室の栗花落です。
先日お電話でお願いした人間ドックの件、受付に必要とのことでしたので
保険証の情報をお知らせいたします。

　氏名　　　　：閏間 ゆかり（うるま ゆかり）
　生年月日　　：Ｈ２．１１．３
　保険者番号　：０６１３２２５４
　被保険者証　：記号 ４２１７　番号 ８８
　受診日　　　：１２月１２日（金）８：３０受付

当日は原本をご本人が持参いたします。
""" + SIG_TSUYURI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "an employee's health insurance card symbol and number (with insurer number and birth date) to an outside clinic",
},
# ---------------------------------------------------------------- 45
{
    "id": "kenkoseminar-045",
    "charset": "cp932",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "配布資料の印刷（肩こり・腰痛予防ストレッチ）",
    "body": """錦印刷株式会社 営業部 御中

お世話になっております。饗庭です。
11/14のセミナー配布資料（PowerPoint 6枚）の印刷をお願いします。
Ａ４横・両面カラー・２アップ、左上ホチキス留めで６０部です。
納品は１１月１２日（水）までに本社７階へお願いいたします。
""" + SIG_AIBA,
    "attachments": [
        {"kind": "pptx", "name": "stretch_handout_1114.pptx",
         "title": "肩こり・腰痛予防ストレッチ",
         "page_footer": "日の出産業 健康推進課 × ウェルネスラボ東都",
         "slides": [["肩こり・腰痛予防ストレッチ", "デスクワークの合間に3分", "講師：ウェルネスラボ東都"],
                    ["なぜ肩がこるのか", "同じ姿勢が続くと筋肉の血流が低下", "目の疲れ・ストレスも影響"],
                    ["首まわり", "ゆっくり左右に倒す（各10秒）", "反動をつけない"],
                    ["肩甲骨", "両肩を耳に近づけてストンと落とす×5回"],
                    ["腰まわり", "椅子に浅く座り、上体をゆっくりひねる", "痛みがあれば中止"],
                    ["続けるコツ", "タイマーで1時間に1回", "チームで声をかけ合う"]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general stretching handout (PPTX) to a partner printer",
},
# ---------------------------------------------------------------- 46
{
    "id": "kenkoseminar-046",
    "charset": "cp932",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["ボディメトリクス レンタル課 <rental@bodymetrics.jp>"],
    "subject": "体組成計 返却発送のご連絡（契約No. BM-25-1187）",
    "body": """株式会社ボディメトリクス
レンタル課 御中

お世話になっております。日の出産業 総務課の瓜生です。
お借りしていた体組成計一式を本日発送いたしましたのでご連絡いたします。

　契約番号　　：BM-25-1187
　返却品　　　：業務用体組成計 InBody型 ×2台、専用ケース×2、印字用プリンタ×1
　発送日　　　：10月27日（月）
　運送会社　　：青葉運輸
　送り状番号　：4418-2209-7365
　到着予定　　：10月28日（火）午前

動作確認の結果、特に不具合はございませんでした。
到着後、検品結果をお知らせいただけますと幸いです。
""" + SIG_URYU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "equipment return with contract and tracking numbers: no personal data",
},
# ---------------------------------------------------------------- 47
{
    "id": "kenkoseminar-047",
    "charset": "utf-8",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>"],
    "subject": "Re: 11/14 ヘルシー弁当 ご注文（48食）― 1食変更のお願い",
    "body": """北国フーズ株式会社
法人営業部 御中

お世話になっております。瓜生です。
先日の48食のご注文のうち、1食の変更をお願いいたします。

大阪支社から参加する アフマド・リザル さん（ムスリム）の分について、宗教上の理由から
豚肉・アルコール（みりん・料理酒を含む）を使わないハラール対応のお弁当にしていただけますでしょうか。
ご本人はラマダン期間外のため、昼食は通常どおり召し上がるとのことです。

容器に「リザル様」と明記していただけますと、当日の配布がスムーズです。
""" + SIG_URYU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named participant's religion (Muslim, halal meal) sent to the caterer: 信条 is 要配慮個人情報",
},
# ---------------------------------------------------------------- 48
{
    "id": "kenkoseminar-048",
    "charset": "iso-2022-jp",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["宍戸 昌平 准教授 <shishido@tokai-taiiku.ac.jp>"],
    "cc": ["関東製造業健康保険組合 保健事業課 <hokenjigyo@kanto-seizo-kenpo.or.jp>"],
    "subject": "共催 体力測定会の実施計画（案）",
    "body": """東海体育大学 宍戸先生
関東製造業健康保険組合 保健事業課 ご担当者様

お世話になっております。日の出産業の楠木です。
健保組合様との共催で予定している体力測定会の実施計画（案）をお送りします。

1. 日時　　2026年2月17日（火）10:00〜16:00
2. 会場　　本社7階 多目的ルーム
3. 測定　　握力、長座体前屈、開眼片足立ち、2ステップテスト、血管年齢
4. 人数　　最大80名（1枠20分×4レーン）
5. 役割　　大学：測定指導・学生スタッフ6名／健保：測定機器の手配・補助金／当社：会場・集客
6. 結果　　個人票は本人にのみ返却、集計値のみ三者で共有

ご意見を1月9日までにいただけますと幸いです。
""" + SIG_KUSUNOKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "university in To and health insurance society in Cc: two external organisations, plan only",
},
# ---------------------------------------------------------------- 49
{
    "id": "kenkoseminar-049",
    "charset": "cp932",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>"],
    "subject": "12/4 講師の到着とご連絡先",
    "body": """さくらホテル
五十嵐様

お世話になっております。瓜生です。
12/4の第2部の講師、左右田先生の到着予定をお知らせします。

　講師　　　：左右田 美穂 先生（理学療法士）
　到着予定　：10:30頃（大宮駅からタクシー）
　控室　　　：「楓の間」をお借りできれば幸いです
　当日連絡先：左右田先生の携帯　０９０－３３８１－６６０４

弊社スタッフの到着は11時になりますので、先生が先にお着きの場合は
控室へのご案内をお願いできますでしょうか。
""" + SIG_URYU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one lecturer's mobile number given to the hotel for the day: a single contact record, may warn",
},
# ---------------------------------------------------------------- 50
{
    "id": "kenkoseminar-050",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["関東製造業健康保険組合 保健事業課 <hokenjigyo@kanto-seizo-kenpo.or.jp>"],
    "subject": "特定保健指導 実施状況の報告（部署別）",
    "body": """関東製造業健康保険組合 保健事業課 御中

お世話になっております。日の出産業の保坂です。
ご依頼の部署別の実施状況を、下記のとおりご報告いたします。

部署	在籍(40歳以上)	対象者	利用中	終了
製造部 大宮工場	142	31	18	6
営業部	88	17	9	3
総務部	24	4	2	1
研究開発部	37	6	3	0
品質保証部 検査課	3	1	1	0
大阪支社 業務課	2	1	0	0

検査課と大阪業務課は少人数のため、取扱いにご配慮ください。
""" + SIG_HOSAKA,
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "aggregate counts, but two cells of one person in tiny departments may identify who is in 特定保健指導",
},
# ---------------------------------------------------------------- 51
{
    "id": "kenkoseminar-051",
    "charset": "iso-2022-jp",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["kotone.wakaba@gmail.com", "shun-taka0822@yahoo.co.jp", "mika.tsurumaki@icloud.com"],
    "subject": "【ファミリーウォーキング】入賞のお知らせ",
    "body": """ファミリーウォーキング参加者の皆さま

日の出産業 健康推進課の饗庭です。
このたびは秋のファミリーウォーキングにご家族でご参加いただき、ありがとうございました。

皆さまのチームがファミリー部門の上位３位に入賞されました。おめでとうございます！
賞品（スポーツ用品店のギフトカード）は、社員の方を通じて11月末までにお渡しします。

来年もぜひご参加ください。
""" + SIG_AIBA_JIS,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private persons on different free-mail domains can see each other's addresses in To",
},
# ---------------------------------------------------------------- 52
{
    "id": "kenkoseminar-052",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
    "subject": "健康だより 11月号：冬の感染症対策とウォーキング結果発表",
    "html": """<html><body style="font-family:sans-serif">
<h2>健康だより 11月号</h2>
<h3>1. 冬の感染症対策</h3>
<ul>
<li>手洗いは30秒、指の間と手首まで</li>
<li>室内の湿度は40〜60%を目安に</li>
<li>社内インフルエンザ予防接種：11/11〜11/13（本社）、11/18（大宮工場）</li>
</ul>
<h3>2. 秋のウォーキングキャンペーン結果</h3>
<table border="1" cellpadding="3">
<tr><th>順位</th><th>チーム</th><th>1人あたり平均歩数</th></tr>
<tr><td>1</td><td>大宮ウォーカーズ</td><td>10,482</td></tr>
<tr><td>2</td><td>なにわ歩こう会</td><td>9,917</td></tr>
<tr><td>3</td><td>ラボ散歩部</td><td>9,655</td></tr>
</table>
<p>ご参加いただいた皆さま、ありがとうございました。</p>
<p>人事部 健康推進課（内線 2314）</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal HTML newsletter to all staff: general health advice and team results",
},
# ---------------------------------------------------------------- 53
{
    "id": "kenkoseminar-053",
    "charset": "cp932",
    "sender": "御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>",
    "to": ["関東製造業健康保険組合 保健事業課 <hokenjigyo@kanto-seizo-kenpo.or.jp>"],
    "subject": "保健事業補助金　実績報告（参加者数）",
    "body": """関東製造業健康保険組合 保健事業課 御中

お世話になっております。日の出産業 経理部の御厨です。
上期の保健事業補助金の実績報告として、セミナーごとの参加者数をお送りします。
領収書の写しは別途郵送いたします。

実施日	セミナー名	会場参加	オンライン	合計	経費（税込）
2025/06/12	春の健康づくり講演	38	64	102	165,000
2025/07/10	熱中症予防ミニ講座	22	0	22	33,000
2025/08/28	睡眠セミナー（試行）	41	87	128	220,000
2025/09/26	椅子ヨガ講座	15	0	15	44,000
合計		116	151	267	462,000

補助対象経費の上限（50万円）内に収まっております。
""" + SIG_MIKURIYA,
    "attachments": [
        {"kind": "txt", "name": "補助金実績_上期.txt", "encoding": "cp932",
         "text": "実施日\tセミナー名\t参加者数\t経費\n2025/06/12\t春の健康づくり講演\t102\t165000\n"
                 "2025/07/10\t熱中症予防ミニ講座\t22\t33000\n2025/08/28\t睡眠セミナー（試行）\t128\t220000\n"
                 "2025/09/26\t椅子ヨガ講座\t15\t44000\n"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tab-separated attendance counts and costs for a subsidy report: aggregates only",
},
# ---------------------------------------------------------------- 54
{
    "id": "kenkoseminar-054",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["眠りラボ 講師派遣窓口 <seminar@sleeptech-lab.com>"],
    "subject": "講演資料（社内データ入り）修正版の送付",
    "body": """スリープテック・ラボ
講師派遣ご担当者様

お世話になっております。保坂です。
講演資料に弊社の睡眠アンケート結果を差し込んだ修正版をお送りします。
PDFにはパスワードを設定しています。パスワードは後ほどお電話でお伝えします。
""" + SIG_HOSAKA,
    "attachments": [
        {"kind": "pdf", "name": "睡眠セミナー資料_日の出版_v2.pdf", "password": "Sleep1023!",
         "lines": ["睡眠と仕事のパフォーマンス（日の出産業様向け）",
                   "社内アンケート：「よく眠れない」32%、夜勤者では48%"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to an outside lecturer agency: cannot be inspected",
},
# ---------------------------------------------------------------- 55
{
    "id": "kenkoseminar-055",
    "charset": "iso-2022-jp",
    "sender": "御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>",
    "to": ["関東製造業健康保険組合 保健事業課 <hokenjigyo@kanto-seizo-kenpo.or.jp>"],
    "subject": "令和７年度 保健事業補助金 交付申請書の送付",
    "body": """関東製造業健康保険組合 保健事業課 御中

平素より大変お世話になっております。
日の出産業株式会社 経理部の御厨でございます。

令和７年度の保健事業補助金につき、交付申請書の記載事項をお送りいたします。

　事業主名　　　：日の出産業株式会社
　法人番号　　　：７０１６６１３１８６０９１
　事業所記号　　：埼玉−ひの
　所在地　　　　：埼玉県さいたま市大宮区桜木町４−２６３
　申請額　　　　：５００，０００円
　振込先　　　　：みどり銀行 大宮支店 当座 ０２２１８４５ ヒノデサンギョウ（カ
　事業内容　　　：従業員向け健康セミナー（年６回）、ウォーキングキャンペーン

押印済みの原本は本日郵送いたします。
""" + SIG_MIKURIYA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "subsidy application with the company's own 法人番号 and corporate bank account: no person's data",
},
# ---------------------------------------------------------------- 56
{
    "id": "kenkoseminar-056",
    "charset": "utf-8",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>"],
    "subject": "講師謝金の振込依頼（11/14 第2部）",
    "body": """御厨さん

お疲れさまです。楠木です。
11/14セミナー第2部の講師謝金の振込をお願いします。支払依頼書は回覧済みです。

　講師　　：四月一日 陽介（わたぬき ようすけ）様　理学療法士
　住所　　：埼玉県川口市並木２－１９－５－１１０２
　振込先　：みどり銀行 川口支店 普通 ４４１７２８６ ワタヌキ ヨウスケ
　金額　　：５５，０００円（源泉徴収前）
　振込日　：１１月２８日（金）

マイナンバーは本人から別途提出済みで、人事の管理簿に登録しています。
""" + SIG_KUSUNOKI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "a lecturer's home address and personal bank account, sent only to the internal accounts department",
},
# ---------------------------------------------------------------- 57
{
    "id": "kenkoseminar-057",
    "charset": "utf-8",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "FW: 体力測定会 送迎バス乗車希望者",
    "body": """青葉運輸株式会社 貸切バス営業所 御中

お世話になっております。日の出産業の瓜生です。
工場側でとりまとめた乗車希望者のリストを転送いたします。
乗車場所ごとの人数確認と、当日連絡用としてお使いください。

-------- Forwarded Message --------
件名: 体力測定会 送迎バス乗車希望者
差出人: 九十九 大輔 <tsukumo.daisuke@hinode-sangyo.co.jp>
宛先: 瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>

瓜生さん

大宮工場の九十九です。送迎バスの乗車希望者をまとめました。

氏名	乗車場所	携帯	備考
我孫子 剛	大宮工場 正門	090-4431-8820	班長
穂積 千尋	大宮工場 正門	080-1197-3354
巌 航平	大宮工場 正門	070-6628-0192
相馬 麻衣	上尾第二倉庫	090-5573-2206
鴨志田 雅人	上尾第二倉庫	080-3380-7715
樋渡 琴音	上尾第二倉庫	090-8816-4490
真壁 蓮	大宮駅西口	070-2294-5561	帰りのみ
米花 紗希	大宮駅西口	080-4472-9903
御子柴 直樹	大宮駅西口	090-7715-0328

よろしくお願いします。
""" + SIG_URYU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of an internal tab-separated list of nine riders with mobile numbers to the bus company: a forward counts as new text",
},
# ---------------------------------------------------------------- 58
{
    "id": "kenkoseminar-058",
    "charset": "utf-8",
    "sender": "Daniel Whitmore <d.whitmore@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@stridewell.io>"],
    "subject": "Re: Pilot users - please confirm",
    "body": """Hi Priya,

Confirmed - those six are our pilot users and the addresses are correct. Please go ahead
and send the invitations on Monday morning JST.

Thanks,
Daniel
""" + SIG_WHITMORE + """

On Thu, 16 Oct 2025 at 09:41, Priya Raman <priya.raman@stridewell.io> wrote:
> Hi Daniel,
>
> Before we send the pilot invitations, could you confirm the six users we set up
> from your onboarding sheet?
>
>   Name               Email                                   Site
>   Koketsu Haruka     koketsu.haruka@hinode-sangyo.co.jp      Omiya plant
>   Tsurugi Daisuke    tsurugi.daisuke@hinode-sangyo.co.jp     Osaka
>   Aimono Rina        aimono.rina@hinode-sangyo.co.jp         Head Office
>   Senga Takumi       senga.takumi@hinode-sangyo.co.jp        Head Office
>   Hikime Satoshi     hikime.satoshi@hinode-sangyo.co.jp      Omiya plant
>   Kirara Hina        kirara.hina@hinode-sangyo.co.jp         Osaka
>
> Thanks,
> Priya
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply: the six-person list is only quoted back (On ... wrote:) to the vendor who sent it",
},
# ---------------------------------------------------------------- 59
{
    "id": "kenkoseminar-059",
    "charset": "cp932",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["みなと健診クリニック 巡回健診課 <junkai@minato-kenshin.jp>"],
    "subject": "出張骨密度測定　追加受診者（4名）",
    "body": """みなと健診クリニック 巡回健診課 御中

お世話になっております。栗花落です。
12/5 大阪支社での出張骨密度測定について、追加の受診者4名分をCSVでお送りします。
測定枠は午後（13:00〜14:00）でお願いできますでしょうか。
""" + SIG_TSUYURI,
    "attachments": [
        {"kind": "csv", "name": "骨密度_追加受診者.csv", "encoding": "cp932",
         "rows": [["氏名", "フリガナ", "生年月日", "性別", "事業所"],
                  ["汐見 沙耶", "シオミ サヤ", "S58.4.2", "女", "大阪支社"],
                  ["保谷 健太郎", "ホウヤ ケンタロウ", "S49.9.21", "男", "大阪支社"],
                  ["舎人 朋美", "トネリ トモミ", "H3.1.15", "女", "大阪支社"],
                  ["宇佐神 琴音", "ウサガミ コトネ", "S62.7.30", "女", "大阪支社"]]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "four people with 和暦 birth dates for a screening booking: under five records, no results, may warn",
},
# ---------------------------------------------------------------- 60
{
    "id": "kenkoseminar-060",
    "charset": "iso-2022-jp",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["山際 俊 <yamagiwa@kokoro-link.co.jp>"],
    "subject": "リワークプログラムの利用について（営業部 1名）",
    "body": """株式会社こころリンク
山際様

いつもお世話になっております。日の出産業 健康管理室の栗花落です。

営業部の漆原 拓也さん（３８歳）について、リワークプログラムのご利用をご相談させてください。
９月から適応障害の診断で休職しており、主治医からは来年１月の復職を目標に
生活リズムを整える段階との意見をいただいています。
睡眠薬を服用中で、午前中の活動がまだ難しいとのことです。

ご本人の同意は得ておりますので、初回面談の候補日をいただけますと幸いです。
""" + SIG_TSUYURI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an identified employee's mental-health diagnosis and medication sent to the EAP vendor (consent does not make it pass)",
},
# ---------------------------------------------------------------- 61
{
    "id": "kenkoseminar-061",
    "charset": "utf-8",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["アルクポ カスタマーサクセス 羽柴 <hashiba@arukupo.com>"],
    "subject": "秋のキャンペーン ポイント設計と日程の最終確認",
    "body": """アルクポ 羽柴様

お世話になっております。日の出産業の饗庭です。
先日の打合せ内容をふまえ、秋のキャンペーンの設計を最終版としてまとめました。

● 期間
　・エントリー：10/1（水）〜10/13（月・祝）
　・本番　　　：10/14（火）〜11/30（日）
　・結果発表　：12/5（金）社内ポータル

● ポイント
　・1日8,000歩達成 … 10pt
　・週5日達成ボーナス … 30pt
　・健康セミナー参加（受付QR読み取り） … 20pt
　・階段チャレンジ（アプリ内申告） … 5pt／日

● チーム
　・5〜8名で自由編成、チーム名は公序良俗に反しないもの
　・ランキングはチーム単位のみ表示（個人ランキングは非表示）

アプリ内のお知らせ文面は、10/6までに弊社から原稿をお送りします。
""" + SIG_AIBA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "campaign design and schedule in bullets: no personal data",
},
# ---------------------------------------------------------------- 62
{
    "id": "kenkoseminar-062",
    "charset": "cp932",
    "sender": "廿楽 直子 <tsuzura.naoko@osaka.hinode-sangyo.co.jp>",
    "to": ["旅の窓トラベル 法人営業 <houjin@tabi-no-mado.co.jp>"],
    "subject": "台北ウェルビーイング研修　航空券手配用の旅券情報",
    "body": """旅の窓トラベル株式会社
法人営業 ご担当者様

お世話になっております。日の出産業 大阪支社の廿楽です。
来年２月の台北ウェルビーイング研修（視察）につき、航空券の手配に必要な
旅券情報をお送りします。残りの参加者分は揃い次第お送りします。

　氏名（漢字）：鬼頭 裕一
　氏名（旅券）：KITO YUICHI
　生年月日　　：1979年8月3日
　旅券番号　　：TZ4827165
　有効期限　　：2031年3月19日
　マイレージ　：なし

座席は通路側を希望しています。
""" + SIG_TSUZURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a passport number with name and birth date sent to a travel agency: identity document number",
},
# ---------------------------------------------------------------- 63
{
    "id": "kenkoseminar-063",
    "charset": "iso-2022-jp",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>"],
    "cc": ["人事部 マイナンバー事務取扱担当 <mynumber-tanto@hinode-sangyo.co.jp>"],
    "subject": "講師の個人番号（支払調書用）の引継ぎ",
    "body": """御厨さん

お疲れさまです。楠木です。
11/14第2部の講師の個人番号を、本人確認を済ませたうえで受領しました。
支払調書作成のため経理へ引き継ぎます。取扱担当者以外への転送はしないでください。

　氏名　　：四月一日 陽介（わたぬき ようすけ）
　住所　　：埼玉県川口市並木２−１９−５−１１０２
　個人番号：""" + MN_WATANUKI[:4] + " " + MN_WATANUKI[4:8] + " " + MN_WATANUKI[8:] + """
　確認書類：マイナンバーカード（表裏コピーは人事の金庫で保管）

受領後、このメールは削除をお願いします。
""" + SIG_KUSUNOKI,
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "a lecturer's My Number, but every recipient is internal (accounts and the My Number officer)",
},
# ---------------------------------------------------------------- 64
{
    "id": "kenkoseminar-064",
    "charset": "cp932",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["みなと健診クリニック 巡回健診課 <junkai@minato-kenshin.jp>"],
    "subject": "社内インフルエンザ予防接種　接種人数の確定",
    "body": """みなと健診クリニック 巡回健診課 御中

お世話になっております。栗花落です。
社内インフルエンザ予防接種の接種人数が確定しましたのでお知らせします。

■本社（7F 多目的ルーム）
　11/11（火）13:00〜17:00　　62名
　11/12（水）13:00〜17:00　　58名
　11/13（木）09:30〜12:00　　31名
■大宮工場（厚生棟 会議室）
　11/18（火）09:00〜12:00、13:00〜16:00　　117名

合計 268名（うち家族 14名）
予診票は各会場で当日記入とし、回収した予診票はそのまま先生にお渡しします。
ワクチンは前日までに本社へ納品をお願いいたします。
""" + SIG_TSUYURI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "vaccination headcounts per day and site: no individual is named",
},
# ---------------------------------------------------------------- 65
{
    "id": "kenkoseminar-065",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務部 厚生課 <kousei@kawasaki-denki.co.jp>"],
    "subject": "合同健康セミナー（腸内環境と免疫）のご案内",
    "body": """川崎電機株式会社
総務部 厚生課 御中

いつも大変お世話になっております。日の出産業の保坂です。

昨年ご好評をいただいた合同健康セミナーを、今年度も開催いたします。
御社従業員の皆さまにもぜひご参加いただければと存じます。

　テーマ：「腸内環境と免疫　― 食事と睡眠でできること」
　講師　：日本職域ヘルスケア協会 認定講師
　日時　：２０２６年２月６日（金）１５：００〜１６：３０
　会場　：日の出産業 本社７階 大会議室／オンライン
　定員　：御社枠 会場２０名・オンライン５０名
　費用　：無料（健保組合の補助事業として実施）

参加ご希望の場合は、１月２３日（金）までに人数のみお知らせください。
参加者のお名前は当日受付でお伺いします。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invitation to a partner company for a joint seminar, asks for headcount only",
},
# ---------------------------------------------------------------- 66
{
    "id": "kenkoseminar-066",
    "charset": "utf-8",
    "sender": "鰐淵 拓 <wanibuchi.taku@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 配信サポート <streaming-support@tsubasa-system.jp>"],
    "subject": "視聴アカウント発行依頼（下期 健康セミナー）",
    "body": """ツバサシステム株式会社
配信サポートご担当者様

お世話になっております。日の出産業 情報システム部の鰐淵です。
下期オンライン健康セミナーの視聴アカウント発行対象者（15名）をZIPでお送りします。
社外からの視聴になる出向者・在宅勤務者のみで、社内ネットワークの方はSSOのため不要です。

アカウント発行後、初期パスワードは各自のメールアドレスへ直接送付をお願いします。

--
鰐淵 拓 / 日の出産業株式会社 情報システム部
TEL 048-645-7150""",
    "attachments": [
        {"kind": "zip", "name": "account_request_2025H2.zip",
         "files": [{"kind": "xlsx", "name": "視聴アカウント発行依頼.xlsx",
                    "sheets": {"依頼一覧": [
                ["オンライン健康セミナー 視聴アカウント発行依頼（2025年度 下期）"],
                [],
                ["No", "社員番号", "氏名", "ローマ字", "部署", "メールアドレス"],
                [1, "231190", "城之内 彩乃", "JONOUCHI Ayano", "大阪支社 営業課", "jonouchi.ayano@hinode-sangyo.co.jp"],
                [2, "271333", "瓜生 朋美", "URYU Tomomi", "営業部 第一営業課", "uryu.tomomi@hinode-sangyo.co.jp"],
                [3, "248490", "真壁 圭吾", "MAKABE Keigo", "大阪支社 営業課", "makabe.keigo@hinode-sangyo.co.jp"],
                [4, "262135", "粟飯原 颯太", "AIHARA Sota", "研究開発部", "aihara.sota@hinode-sangyo.co.jp"],
                [5, "276133", "九十九 彩乃", "TSUKUMO Ayano", "人事部 人事課", "tsukumo.ayano@hinode-sangyo.co.jp"],
                [6, "279377", "十河 詩織", "SOGO Shiori", "総務部 総務課", "sogo.shiori@hinode-sangyo.co.jp"],
                [7, "261503", "舎人 彩乃", "TONERI Ayano", "製造部 大宮工場", "toneri.ayano@hinode-sangyo.co.jp"],
                [8, "272192", "日下部 大輔", "KUSAKABE Daisuke", "営業部 第二営業課", "kusakabe.daisuke@hinode-sangyo.co.jp"],
                [9, "225132", "相馬 真央", "SOMA Mao", "購買部", "soma.mao@hinode-sangyo.co.jp"],
                [10, "261638", "漆間 雅人", "URUSHIMA Masato", "情報システム部", "urushima.masato@hinode-sangyo.co.jp"],
                [11, "272041", "汐見 美咲", "SHIOMI Misaki", "経理部", "shiomi.misaki@hinode-sangyo.co.jp"],
                [12, "252053", "纐纈 紗希", "KOKETSU Saki", "研究開発部", "koketsu.saki@hinode-sangyo.co.jp"],
                [13, "219741", "我孫子 麻衣", "ABIKO Mai", "営業部 第二営業課", "abiko.mai@hinode-sangyo.co.jp"],
                [14, "283212", "枡田 沙耶", "MASUDA Saya", "営業部 第一営業課", "masuda.saya@hinode-sangyo.co.jp"],
                [15, "268574", "鶴来 紗希", "TSURUGI Saki", "物流部 物流管理課", "tsurugi.saki@hinode-sangyo.co.jp"],
            ],
                               "注意事項": [["・アカウントの有効期限は2026年3月31日まで"],
                                            ["・退職者が出た場合は都度削除を依頼します"]]}}]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "15 employees' names and e-mail addresses in an XLSX inside an unencrypted ZIP to the platform vendor",
},
# ---------------------------------------------------------------- 67
{
    "id": "kenkoseminar-067",
    "charset": "iso-2022-jp",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>"],
    "subject": "FW: 11/14 持込機材リスト（ウェルネスラボ東都様より）",
    "body": """さくらホテル
五十嵐様

お世話になっております。瓜生です。
ウェルネスラボ東都様から持込機材のリストが届きましたので、元のメールごと転送いたします。
電源の容量（合計1.8kW程度）について、会場で問題ないかご確認いただけますでしょうか。
""" + SIG_URYU,
    "attachments": [
        {"kind": "eml", "name": "持込機材リスト.eml",
         "message": {
             "charset": "iso-2022-jp",
             "sender": "汐見 潤 <shiomi@wellness-labo-toto.co.jp>",
             "to": ["瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>"],
             "subject": "11/14 持込機材リスト",
             "body": """日の出産業 瓜生様

ウェルネスラボ東都の汐見です。当日の持込機材は以下のとおりです。

・ポータブルスピーカー（BOSE）　1台　 100W
・ヨガマット　50枚
・ストレッチポール　10本
・姿勢測定用タブレット　4台＋充電器
・LEDライト（撮影用）　2台　各800W

搬入は12:30から、車両1台（ハイエース）で伺います。

--
株式会社ウェルネスラボ東都 イベント運営部
汐見 潤
TEL 03-5826-4410 / FAX 03-5826-4411
shiomi@wellness-labo-toto.co.jp
""",
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwards (as an attached message) a vendor's equipment list whose only contact is the vendor's business signature",
},
# ---------------------------------------------------------------- 68
{
    "id": "kenkoseminar-068",
    "charset": "utf-8",
    "sender": "御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>",
    "to": ["四月一日 陽介 <y.watanuki@watanuki-seikotsu.jp>"],
    "subject": "講師謝金のお振込みについて",
    "body": """わたぬき整骨院
四月一日 陽介 先生

先日はご講演いただき、誠にありがとうございました。
日の出産業株式会社 経理部の御厨でございます。

講師謝金につきまして、下記のとおりお振込みいたしますのでご案内申し上げます。

　お振込予定日：2025年11月28日（金）
　お振込先　　：ご登録口座（みどり銀行 川口支店 普通 ****286）
　お支払金額　：55,000円 − 源泉所得税 5,615円 ＝ 49,385円

支払調書は来年1月に郵送いたします。
ご不明な点がございましたら、経理部までお問い合わせください。
""" + SIG_MIKURIYA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "fee notice to the lecturer himself with his own account masked: nothing new about a third person",
},
# ---------------------------------------------------------------- 69
{
    "id": "kenkoseminar-069",
    "charset": "utf-8",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["ボディメトリクス レンタル課 <rental@bodymetrics.jp>"],
    "cc": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>",
           "宍戸 昌平 准教授 <shishido@tokai-taiiku.ac.jp>"],
    "subject": "2/17 体力測定会 機材レンタルのお願い",
    "body": """株式会社ボディメトリクス レンタル課 御中
（cc：ウェルネスラボ東都 二階堂様、東海体育大学 宍戸先生）

お世話になっております。日の出産業の楠木です。
2/17の体力測定会で使用する機材のレンタルをお願いします。
測定の段取りは宍戸先生、会場運営はウェルネスラボ東都様にお願いしているため、
情報共有のためccに入れております。

・握力計　4台
・長座体前屈計　2台
・血管年齢計　2台
・体組成計　2台

2/16（月）午後着、2/18（火）返送でお願いできますでしょうか。
""" + SIG_KUSUNOKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "one vendor in To and two more external organisations in Cc: three parties see each other",
},
# ---------------------------------------------------------------- 70
{
    "id": "kenkoseminar-070",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["関東製造業健康保険組合 保健事業課 <hokenjigyo@kanto-seizo-kenpo.or.jp>"],
    "subject": "共催セミナー　告知チラシ（PDF）のご確認",
    "body": """関東製造業健康保険組合 保健事業課 御中

お世話になっております。保坂です。
共催セミナーの告知チラシができましたので、PDFでお送りします。
「共催」の表記と組合様のロゴの位置についてご確認をお願いします。
""" + SIG_HOSAKA,
    "attachments": [
        {"kind": "pdf", "name": "共催セミナー_チラシ.pdf",
         "title": "腸内環境と免疫 セミナー",
         "lines": ["共催：関東製造業健康保険組合 × 日の出産業株式会社",
                   "腸内環境と免疫 ― 食事と睡眠でできること",
                   "2026年2月6日（金）15:00〜16:30",
                   "会場：日の出産業 本社7階 大会議室／オンライン同時配信",
                   "参加費無料・事前申込制（社内ポータルから）",
                   "発酵食品の試食コーナーもあります"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "seminar flyer PDF to the health insurance society: event information only",
},
# ---------------------------------------------------------------- 71
{
    "id": "kenkoseminar-071",
    "charset": "utf-8",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["相良 医師 <sagara.dr@hinode-sangyo.co.jp>"],
    "subject": "高ストレス者 面接指導対象者（暗号化ファイル）",
    "body": """相良先生

お疲れさまです。栗花落です。
今年度のストレスチェックで高ストレスと判定され、面接指導を希望した方の一覧を
暗号化ZIPでお送りします。パスワードは社内チャットでお伝えします。
""" + SIG_TSUYURI,
    "attachments": [
        {"kind": "zip", "name": "面接指導対象者_2025.zip", "password": "kokoro-2025",
         "files": [{"kind": "csv", "name": "面接指導対象者.csv", "encoding": "utf-8",
                    "rows": [["社員番号", "氏名", "所属", "判定"],
                             ["384112", "帯刀 麻衣", "営業部", "高ストレス"],
                             ["290873", "宍道 拓海", "製造部", "高ストレス"],
                             ["517340", "枡田 遥", "研究開発部", "高ストレス"]]}]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an encrypted ZIP, but sent only to the in-house occupational physician's internal address",
},
# ---------------------------------------------------------------- 72
{
    "id": "kenkoseminar-072",
    "charset": "cp932",
    "sender": "栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>",
    "to": ["ヘルスガイドプラス 保健指導部 <shido@healthguide-plus.co.jp>"],
    "subject": "特定保健指導（委託分）初回面談対象者のご連絡",
    "body": """株式会社ヘルスガイドプラス
保健指導部 ご担当者様

お世話になっております。日の出産業 健康管理室の栗花落です。
委託契約に基づき、初回面談の対象者3名分の情報をお送りします。
いずれもオンライン面談を希望しています。
""" + SIG_TSUYURI,
    "attachments": [
        {"kind": "xlsx", "name": "初回面談対象者_委託分.xlsx",
         "sheets": {"対象者": [["特定保健指導 初回面談対象者（日の出産業・委託分）"],
                               ["氏名", "生年月日", "BMI", "腹囲", "血圧", "HbA1c", "服薬", "区分"],
                               ["一寸木 健太郎", "昭和60年3月9日", 27.3, "92cm", "150/102", 7.3, "降圧剤", "積極的支援"],
                               ["十河 圭吾", "昭和47年12月1日", 29.8, "98cm", "138/88", 6.1, "なし", "積極的支援"],
                               ["宇佐神 優斗", "昭和55年5月27日", 25.6, "86cm", "132/84", 5.9, "なし", "動機付け支援"]]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "only three people, but their health-check values and medication go to an outside vendor: 要配慮個人情報",
},
# ---------------------------------------------------------------- 73
{
    "id": "kenkoseminar-073",
    "charset": "iso-2022-jp",
    "sender": "鰐淵 拓 <wanibuchi.taku@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 津田 <tsuda@tsubasa-system.jp>"],
    "subject": "セミナー申込フォームの取得項目と個人情報の取扱いについて",
    "body": """ツバサシステム株式会社
津田様

お世話になっております。日の出産業 情報システム部の鰐淵です。
申込フォームの設計について、社内の個人情報保護担当と確認した結果をお伝えします。

1. 取得する項目は「氏名・社員番号・所属・メールアドレス・参加形式」のみとします。
2. 健康状態や既往歴、マイナンバー、生年月日などは一切取得しません。
   体調面で配慮が必要な方には、健康管理室に直接連絡してもらう案内文を入れます。
3. 申込データの保存期間はセミナー終了後90日とし、その後は自動削除としてください。
4. 管理画面へのアクセスはIP制限（弊社固定IP）をお願いします。

上記で仕様書の改訂をお願いできますでしょうか。

--
鰐淵 拓 / 日の出産業株式会社 情報システム部
TEL 048-645-7150""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "talks about personal data and My Number in general terms; carries none",
},
# ---------------------------------------------------------------- 74
{
    "id": "kenkoseminar-074",
    "charset": "cp932",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["アルクポ カスタマーサクセス 羽柴 <hashiba@arukupo.com>"],
    "subject": "キャンペーン終了後のデータ削除と削除証明書について",
    "body": """アルクポ 羽柴様

お世話になっております。饗庭です。
秋のキャンペーンが11/30で終了しますので、契約書第９条に基づくデータの取扱いについてお願いです。

　(1) 12/5の結果発表後、参加者の個人データ（アカウント情報・歩数履歴）を削除
　(2) チーム別の集計データのみ、次回比較用に弊社へCSVで提供
　(3) 削除完了後、データ削除証明書（PDF）を発行

削除完了の目安日を教えていただけますでしょうか。
""" + SIG_AIBA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asks the vendor to delete participant data and certify it: no data in the mail",
},
# ---------------------------------------------------------------- 75
{
    "id": "kenkoseminar-075",
    "charset": "utf-8",
    "sender": "Daniel Whitmore <d.whitmore@hinode-sangyo.co.jp>",
    "to": ["StrideWell Partner Success <partner-success@stridewell.io>"],
    "subject": "FY2026 wellbeing roadmap for your proposal",
    "body": """Hi team,

Ahead of your renewal proposal, attached is our FY2026 wellbeing roadmap with the budget
lines that concern the walking programme. Please use it to shape the proposal only.

Best,
""" + SIG_WHITMORE,
    "attachments": [
        {"kind": "xlsx", "name": "FY2026_wellbeing_roadmap.xlsx",
         "title": "FY2026 Wellbeing Roadmap",
         "page_header": "CONFIDENTIAL - Internal Only",
         "sheets": {"Roadmap": [["CONFIDENTIAL - Internal Only"],
                                ["Quarter", "Initiative", "Budget (JPY)", "Owner"],
                                ["Q1", "Spring walking challenge", 2500000, "HR Health Promotion"],
                                ["Q2", "Sleep & shift-work programme", 1800000, "HR Health Promotion"],
                                ["Q3", "Autumn walking challenge + family track", 3100000, "HR Health Promotion"],
                                ["Q4", "EAP launch, manager training", 3900000, "HR / Health Office"]]}},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached workbook is marked CONFIDENTIAL - Internal Only (title row and page header) and goes to a vendor",
},
# ---------------------------------------------------------------- 76
{
    "id": "kenkoseminar-076",
    "charset": "iso-2022-jp",
    "sender": "鰐淵 拓 <wanibuchi.taku@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 津田 <tsuda@tsubasa-system.jp>"],
    "subject": "申込フォーム 画面項目案（記入例つき）",
    "body": """津田様

お世話になっております。鰐淵です。
申込フォームの画面項目案をWordでお送りします。記入例は架空のものです。
入力チェックの仕様（全角・半角）もあわせてご確認ください。

--
鰐淵 拓 / 日の出産業株式会社 情報システム部""",
    "attachments": [
        {"kind": "docx", "name": "申込フォーム項目案_v1.docx",
         "paragraphs": ["健康セミナー申込フォーム　画面項目案 v1", "※記入例はすべて架空です"],
         "tables": [[["項目名", "必須", "入力形式", "記入例"],
                     ["氏名", "○", "全角 20文字以内", "（例）日の出 太郎"],
                     ["社員番号", "○", "半角数字6桁", "（例）000000"],
                     ["所属", "○", "プルダウン", "（例）人事部 健康推進課"],
                     ["メールアドレス", "○", "社内ドメインのみ", "（例）taro.hinode@…"],
                     ["参加形式", "○", "ラジオボタン", "会場／オンライン"],
                     ["講師への質問", "", "全角 200文字以内", "（例）夜勤明けの眠り方について"]]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a form design with placeholder examples only, no real person",
},
# ---------------------------------------------------------------- 77
{
    "id": "kenkoseminar-077",
    "charset": "utf-8",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["宍戸 昌平 准教授 <shishido@tokai-taiiku.ac.jp>"],
    "subject": "体力測定会　持病のある方の参加可否について（一般的なご相談）",
    "body": """宍戸先生

お世話になっております。楠木です。
社内告知の前に、一般的な考え方として教えていただきたいことがあります。

・高血圧で服薬中の方は、握力や片足立ちの測定に参加しても問題ないでしょうか。
・腰痛のある方は、長座体前屈を見合わせた方がよいでしょうか。
・妊娠中の方の参加について、避けた方がよい種目はありますか。

告知文に「持病のある方は主治医にご相談のうえお申し込みください」と入れる予定ですが、
種目ごとの注意書きも載せたいと考えております。
""" + SIG_KUSUNOKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general questions about health conditions, no identifiable person",
},
# ---------------------------------------------------------------- 78
{
    "id": "kenkoseminar-078",
    "charset": "iso-2022-jp",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["饗庭 千夏 <aiba.chinatsu@hinode-sangyou.co.jp>"],
    "subject": "朝ヨガ 欠席連絡のあった方",
    "body": """饗庭さん

お疲れさまです。楠木です。
朝ヨガ体験会で欠席連絡があった方です。スタジオへの人数変更をお願いします。

・小鳥遊 圭さん　　０９０−６１４９−３３０７（発熱のため）
・米花 大和さん　　０９０−４０６３−２７４１（出張のため）

繰り上げで参加できる方がいないか、キャンセル待ちの方に声をかけてみます。
""" + SIG_KUSUNOKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the company's own domain",
},
# ---------------------------------------------------------------- 79
{
    "id": "kenkoseminar-079",
    "charset": "utf-8",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["アルクポ カスタマーサクセス 羽柴 <hashiba@arukupo.com>"],
    "subject": "第3週 チームランキングの掲示文面について",
    "body": """羽柴様

お世話になっております。饗庭です。
第3週のチームランキングを社内ポータルに掲示する予定です。
アプリ側の表示と順位が一致しているか、念のためご確認いただけますか。

順位  チーム名              人数  平均歩数/日
----  --------------------  ----  -----------
 1    大宮ウォーカーズ         8       10,904
 2    なにわ歩こう会           7       10,211
 3    ラボ散歩部               6        9,877
 4    チーム桜木               8        9,340
 5    さいたま健脚会           5        9,102
 6    品証てくてく隊           6        8,815

個人名は出さない方針ですので、チーム内の内訳は不要です。
""" + SIG_AIBA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "team ranking with team names and averages: not people's records",
},
# ---------------------------------------------------------------- 80
{
    "id": "kenkoseminar-080",
    "charset": "cp932",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>"],
    "subject": "12/4 会場レイアウトと備品一覧（Excel）",
    "body": """さくらホテル
五十嵐様

お世話になっております。瓜生です。
12/4の会場レイアウトと備品の一覧をExcel（旧形式）でお送りします。
社内の申請システムがxls形式しか出力できず、申し訳ありません。
""" + SIG_URYU,
    "attachments": [
        {"kind": "xls", "name": "会場レイアウト_1204.xls",
         "sheets": {"レイアウト": [["エリア", "形式", "席数", "備考"],
                                   ["メイン会場", "スクール形式", 150, "前方に演台・通訳ブース"],
                                   ["ワークショップA", "島型（6名×6）", 36, "ホワイトボード2台"],
                                   ["ワークショップB", "島型（6名×6）", 36, "ホワイトボード2台"],
                                   ["控室", "会議形式", 8, "講師・通訳用"]],
                    "備品": [["品名", "数量"], ["ワイヤレスマイク", 4], ["プロジェクター", 3],
                             ["同時通訳レシーバー", 160], ["延長コード", 10]]}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue layout and equipment in a legacy XLS to the partner hotel",
},
# ---------------------------------------------------------------- 81
{
    "id": "kenkoseminar-081",
    "charset": "iso-2022-jp",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>"],
    "subject": "2/6 共催セミナー 試食品の注文票",
    "body": """北国フーズ株式会社
法人営業部 御中

お世話になっております。日の出産業の瓜生です。
2/6の共催セミナーで使う発酵食品の試食セットの注文票をお送りします。
数量・納品時間をご確認のうえ、受注確認をお願いいたします。
""" + SIG_URYU,
    "attachments": [
        {"kind": "corrupt", "name": "注文票_0206試食セット.xlsx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached order form is a damaged XLSX that cannot be opened or inspected",
},
# ---------------------------------------------------------------- 82
{
    "id": "kenkoseminar-082",
    "charset": "utf-8",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["ボディメトリクス 営業部 <sales@bodymetrics.jp>"],
    "subject": "年間レンタル契約書案　第12条（秘密保持）の修正について",
    "body": """株式会社ボディメトリクス
営業部 御中

お世話になっております。日の出産業 総務課の瓜生です。
年間レンタル契約書（案）について、法務確認の結果をお伝えします。

第12条（秘密保持）
　現行案：「甲及び乙は、本契約に関して知り得た相手方の機密情報を第三者に開示してはならない。」
　修正案：「……機密情報（測定機器に保存された測定データを含む。）を……」

測定機器の内部メモリに体組成の測定結果が残るため、返却時のデータ消去手順
（工場出荷状態へのリセット）を別紙で定めていただきたく存じます。

その他の条項は原案どおりで問題ございません。
""" + SIG_URYU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "discusses the confidentiality clause of a contract: 機密 is quoted contract text, not a marking",
},
# ---------------------------------------------------------------- 83
{
    "id": "kenkoseminar-083",
    "charset": "iso-2022-jp",
    "sender": "饗庭 千夏 <aiba.chinatsu@hinode-sangyo.co.jp>",
    "to": ["金森 真由美 <m.kanamori.0714@docomo.ne.jp>"],
    "subject": "Re: ファミリーウォーキングの参加について",
    "body": """金森 真由美 様

お問い合わせありがとうございます。日の出産業 健康推進課の饗庭です。
ご家族の方のみでのご参加も可能です。社員の方と同じチームでなくても大丈夫です。
アプリの招待コードは、社員の方から共有していただく形になります。

ベビーカーでのご参加も歓迎です。無理のない範囲でお楽しみください。
""" + SIG_AIBA_JIS + """

> 日の出産業 健康推進課 御中
>
> 夫が御社の大宮工場に勤めております金森と申します。
> ファミリーウォーキングに、私と子ども（3歳）だけで参加することはできますか。
> 夫は土日も勤務のことが多く、一緒に歩けないかもしれません。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one private person on a carrier address; her own question is quoted",
},
# ---------------------------------------------------------------- 84
{
    "id": "kenkoseminar-084",
    "charset": "utf-8",
    "sender": "御厨 敏行 <mikuriya.toshiyuki@hinode-sangyo.co.jp>",
    "to": ["税理士法人 風祭会計 <info@tax-kazamatsuri.jp>"],
    "subject": "法定調書用　上期講師謝金の支払先一覧",
    "body": """税理士法人 風祭会計
ご担当者様

お世話になっております。日の出産業 経理部の御厨です。
上期の健康セミナー講師謝金について、支払調書作成用の一覧をお送りします。
下期分は1月上旬にお送りします。
""" + SIG_MIKURIYA,
    "attachments": [
        {"kind": "xlsx", "name": "講師謝金_支払先一覧_上期.xlsx",
         "sheets": {"上期": [["2025年度上期 講師謝金 支払先一覧（報酬・料金）"],
                             ["氏名", "住所", "個人番号", "支払日", "支払金額", "源泉徴収税額"],
                             ["勘解由小路 紘", "東京都世田谷区経堂4-12-6", MN_LECT_A, "2025-06-30", 165000, 16846],
                             ["鰐部 みどり", "千葉県市川市八幡2-7-19-305", MN_LECT_B, "2025-07-31", 33000, 3369],
                             ["左右田 美穂", "埼玉県戸田市上戸田1-22-8", MN_LECT_C, "2025-09-30", 44000, 4492]]}},
    ],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three lecturers' My Numbers with home addresses in an XLSX to an outside tax firm",
},
# ---------------------------------------------------------------- 85
{
    "id": "kenkoseminar-085",
    "charset": "cp932",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>"],
    "subject": "12/4 講師・運営スタッフ（ウェルネスラボ東都様）のご連絡先",
    "body": """さくらホテル
五十嵐様

お世話になっております。瓜生です。
12/4当日、ウェルネスラボ東都様から3名が先に会場入りされます。
会場で直接やりとりいただけるよう、先方から了解を得たうえでご連絡先をお伝えします。

■漆間 玲子 様（講師）
　TEL：03-5826-4415（会社直通）
　Mail：urushima@wellness-labo-toto.co.jp

■汐見 潤 様（機材担当）
　TEL：080-6671-2093（会社携帯）
　Mail：shiomi@wellness-labo-toto.co.jp

■穂積 友香 様（受付）
　TEL：080-6671-2094（会社携帯）
　Mail：hozumi@wellness-labo-toto.co.jp
""" + SIG_URYU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three vendor staff's business contacts, one record per block: under five people, may warn",
},
# ---------------------------------------------------------------- 86
{
    "id": "kenkoseminar-086",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["二階堂 さやか <nikaido.sayaka@wellness-labo-toto.co.jp>"],
    "cc": ["五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>"],
    "subject": "【重要】台風接近に伴う10/3研修の延期について",
    "body": """ウェルネスラボ東都 二階堂様
さくらホテル 五十嵐様

お世話になっております。日の出産業の保坂です。

台風18号の接近により、10/3（金）に予定していたセミナーは延期とさせていただきます。
直前のご連絡となり、大変申し訳ございません。

・延期後の日程：10/17（金）13:30〜（同じ会場・同じ内容）を第一候補として調整中
・キャンセル料：ホテル様の規定に従い、弊社にてお支払いいたします
・参加者への連絡：弊社から社内メールで周知済み

振替日のご都合を、明日中にお知らせいただけますと幸いです。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "postponement notice to the vendor and the hotel: two external organisations, no personal data",
},
# ---------------------------------------------------------------- 87
{
    "id": "kenkoseminar-087",
    "charset": "iso-2022-jp",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["東海体育大学 宍戸研究室 <shishido-lab@tokai-taiiku.ac.jp>"],
    "subject": "体力測定会　事前登録（先行実施分）",
    "body": """東海体育大学 宍戸研究室 御中

お世話になっております。日の出産業の楠木です。
先行実施分の事前登録情報をお送りします。測定票の事前印字にお使いください。

【１】
　氏名：栗栖 亜紀（クルス アキ）
　生年月日：昭和６２年５月１６日
　性別：女
　連絡先：kurusu.aki@hinode-sangyo.co.jp ／ ０８０−２２４０−１１７６

【２】
　氏名：我孫子 剛（アビコ ツヨシ）
　生年月日：昭和４６年１０月２日
　性別：男
　連絡先：abiko.tsuyoshi@hinode-sangyo.co.jp ／ ０９０−５５１８−３０２９

【３】
　氏名：十河 しのぶ（ソゴウ シノブ）
　生年月日：平成１１年１月２８日
　性別：女
　連絡先：sogo.shinobu@hinode-sangyo.co.jp ／ ０７０−３３９４−８６１２

【４】
　氏名：真壁 宗一郎（マカベ ソウイチロウ）
　生年月日：昭和５４年７月７日
　性別：男
　連絡先：makabe.soichiro@hinode-sangyo.co.jp ／ ０９０−１２０６−７７４５

【５】
　氏名：樋渡 由里（ヒワタシ ユリ）
　生年月日：昭和５８年３月３０日
　性別：女
　連絡先：hiwatashi.yuri@hinode-sangyo.co.jp ／ ０８０−９９３１−２５０８

以上５名です。よろしくお願いいたします。
""" + SIG_KUSUNOKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five people, one record per block, with 和暦 birth dates, e-mail and mobile numbers to a university lab",
},
# ---------------------------------------------------------------- 88
{
    "id": "kenkoseminar-088",
    "charset": "cp932",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["関東製造業健康保険組合 保健事業課 <hokenjigyo@kanto-seizo-kenpo.or.jp>"],
    "subject": "来年度 保健事業計画（案）一式の送付",
    "body": """関東製造業健康保険組合 保健事業課 御中

お世話になっております。保坂です。
来年度の共同保健事業の計画案一式をZIPにまとめてお送りします。
　・実施計画書（Word）
　・年間スケジュール（Excel）
　・告知チラシ（PDF）
ご確認のほどよろしくお願いいたします。
""" + SIG_HOSAKA,
    "attachments": [
        {"kind": "zip", "name": "2026保健事業計画案.zip",
         "files": [
             {"kind": "docx", "name": "実施計画書_2026.docx",
              "paragraphs": ["2026年度 共同保健事業 実施計画書（案）",
                             "目的：生活習慣病の予防と、特定保健指導実施率の向上",
                             "主な施策：健康セミナー年6回、ウォーキングキャンペーン年2回、体力測定会年1回",
                             "評価指標：参加率、特定保健指導実施率、アンケート満足度"]},
             {"kind": "xlsx", "name": "年間スケジュール_2026.xlsx",
              "sheets": {"年間": [["月", "施策"], ["4月", "春のウォーキング"], ["6月", "健康セミナー①"],
                                  ["9月", "健康セミナー②"], ["10月", "秋のウォーキング"], ["2月", "体力測定会"]]}},
             {"kind": "pdf", "name": "告知チラシ_春.pdf",
              "lines": ["春のウォーキング 2026", "4月14日スタート！ チームで歩こう"]},
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "unencrypted ZIP of a plan, a schedule and a flyer: readable and free of personal data",
},
# ---------------------------------------------------------------- 89
{
    "id": "kenkoseminar-089",
    "charset": "utf-8",
    "sender": "Daniel Whitmore <d.whitmore@hinode-sangyo.co.jp>",
    "to": ["楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>"],
    "cc": ["栗花落 ゆい <tsuyuri.yui@hinode-sangyo.co.jp>"],
    "subject": "Wellbeing Week - catering note for one participant",
    "body": """Hi Kusunoki-san, Tsuyuri-san,

Quick note for the Wellbeing Week lunch. Kenji Obinata (Osaka sales) told me he was
diagnosed with type 2 diabetes last spring and is on insulin. He is happy for the health
office to know, and asked whether a low-carb option is possible, and whether there is a
quiet place where he can do his injection before lunch.

Could you handle this with the caterer without mentioning his name or the reason?
Just "one low-carb meal" should be enough on their side.

Thanks,
""" + SIG_WHITMORE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a named employee's diagnosis in English, but only between internal colleagues",
},
# ---------------------------------------------------------------- 90
{
    "id": "kenkoseminar-090",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["関東製造業健康保険組合 保健事業課 <hokenjigyo@kanto-seizo-kenpo.or.jp>"],
    "subject": "共催セミナー　実施報告書（PowerPoint）",
    "body": """関東製造業健康保険組合 保健事業課 御中

お世話になっております。保坂です。
2/6の共催セミナーの実施報告書をお送りします。
組合様の理事会資料にそのままお使いいただいて構いません。
""" + SIG_HOSAKA,
    "attachments": [
        {"kind": "pptx", "name": "共催セミナー実施報告_0206.pptx",
         "title": "共催セミナー 実施報告",
         "slides": [["共催セミナー 実施報告", "腸内環境と免疫 ― 食事と睡眠でできること", "2026年2月6日"],
                    ["参加状況", "会場 64名（うち川崎電機様 18名）", "オンライン 143名", "合計 207名"],
                    ["アンケート（回答 171件）", "満足度 平均4.4／5", "「発酵食品を取り入れたい」 72%"],
                    ["次回に向けて", "夜勤者向けの録画配信", "試食コーナーの拡充"]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "post-event report in PPTX with aggregate attendance and survey figures",
},
# ---------------------------------------------------------------- 91
{
    "id": "kenkoseminar-091",
    "charset": "iso-2022-jp",
    "sender": "廿楽 直子 <tsuzura.naoko@osaka.hinode-sangyo.co.jp>",
    "to": ["旭ヶ丘市保健センター 健康づくり係 <kenko-zukuri@city.asahigaoka.lg.jp>"],
    "subject": "出前講座（歯と口の健康）のお申込み",
    "body": """旭ヶ丘市保健センター
健康づくり係 御中

いつもお世話になっております。
日の出産業株式会社 大阪支社 総務課の廿楽と申します。

市の「出前講座」制度を利用して、歯科衛生士の方による講座をお願いしたく、
お申込みいたします。

　講座名　：歯と口の健康 ― 歯周病予防と正しい歯みがき
　希望日　：令和８年３月１１日（水）または３月１３日（金）１２：１５〜１２：５５
　会場　　：弊社大阪支社 ６階会議室
　対象　　：従業員 約３０名
　備品　　：プロジェクターは弊社で用意いたします

申込書の様式がございましたら、お送りいただけますと幸いです。
""" + SIG_TSUZURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "request to a municipal health centre (.lg.jp) for a public lecture, no personal data",
},
# ---------------------------------------------------------------- 92
{
    "id": "kenkoseminar-092",
    "charset": "utf-8",
    "sender": "Daniel Whitmore <d.whitmore@hinode-sangyo.co.jp>",
    "to": ["Aiko Brennan <aiko@mindfulpath-coaching.com>"],
    "subject": "Mindfulness series - a participant who may need support",
    "body": """Dear Aiko,

Thanks for running the lunchtime mindfulness series for us. One thing before Thursday:

Ms Kanako Shishido from our Tokyo sales office will join the session. She has been
diagnosed with panic disorder and has had two attacks in meetings this year. She is keen
to attend, but breathing exercises with long breath-holds have triggered symptoms for her
in the past. Could you offer her an alternative during those parts, and perhaps keep the
room door open?

She knows I am writing to you. Please treat this discreetly.

Best regards,
""" + SIG_WHITMORE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English mail telling an outside coach about a named employee's panic disorder: health data of one person",
},
# ---------------------------------------------------------------- 93
{
    "id": "kenkoseminar-093",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["人事部長 鬼塚 <onizuka.takeshi@hinode-sangyo.co.jp>"],
    "cc": ["楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>"],
    "subject": "健康経営戦略マップ（案）部長レビューのお願い",
    "body": """鬼塚部長

お疲れさまです。保坂です。
健康経営戦略マップ（2026年度案）のレビューをお願いします。
外部コンサルには、部長のご確認後に社外版（予算額を除いたもの）を作って渡す予定です。
""" + SIG_HOSAKA,
    "attachments": [
        {"kind": "docx", "name": "健康経営戦略マップ_2026案_部内.docx",
         "page_header": "社外秘",
         "title": "健康経営戦略マップ（2026年度案）",
         "paragraphs": ["健康経営戦略マップ（2026年度案）［部内レビュー用］",
                        "予算：総額 1,850万円（うち外部委託 1,120万円）",
                        "重点：交替勤務者の睡眠、特定保健指導の実施率"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 社外秘 document, but sent only to internal colleagues",
},
# ---------------------------------------------------------------- 94
{
    "id": "kenkoseminar-094",
    "charset": "cp932",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["志賀 美帆 <shiga@shokuiki-health.or.jp>"],
    "subject": "Re: 来年度講座日程のご案内",
    "body": """志賀様

ご案内ありがとうございます。楠木です。
来年度の講座日程、拝見しました。弊社からは次の３講座に参加を予定しています。

　・６月１９日（金）「職場の腰痛予防」
　・９月１１日（金）「睡眠と交替勤務」
　・１２月４日（金）「管理職のためのラインケア」

申込方法が確定しましたら、改めてご連絡いただけますでしょうか。
引き続きよろしくお願いいたします。
""" + SIG_KUSUNOKI + "\n" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary schedule reply ending in the standard Japanese disclaimer that mentions 機密情報",
},
# ---------------------------------------------------------------- 95
{
    "id": "kenkoseminar-095",
    "charset": "cp932",
    "sender": "瓜生 健太 <uryu.kenta@hinode-sangyo.co.jp>",
    "to": ["五十嵐 崇 <igarashi.takashi@sakura-hotel.jp>"],
    "subject": "12/4 当日運営スタッフ一覧（日の出産業）",
    "body": """さくらホテル
五十嵐様

お世話になっております。瓜生です。
12/4当日の弊社運営スタッフの一覧です。各持ち場でご不明点があれば、直接ご連絡ください。

役割　　　　　　氏名　　　　　社用携帯　　　　　メール
─────────────────────────────────────
全体統括　　　　瓜生 健太　　　080-6120-4471　　uryu.kenta@hinode-sangyo.co.jp
受付　　　　　　饗庭 千夏　　　080-6120-4472　　aiba.chinatsu@hinode-sangyo.co.jp
講師アテンド　　保坂 真理子　　080-6120-4473　　hosaka.mariko@hinode-sangyo.co.jp
配信・機材　　　鰐淵 拓　　　　080-6120-4474　　wanibuchi.taku@hinode-sangyo.co.jp
救護　　　　　　栗花落 ゆい　　080-6120-4475　　tsuyuri.yui@hinode-sangyo.co.jp

救護担当は保健師です。体調不良者が出た場合は栗花落までお願いします。
""" + SIG_URYU,
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five staff with company mobiles and work e-mail for event operations: business contacts or a list of people, either reading is defensible",
},
# ---------------------------------------------------------------- 96
{
    "id": "kenkoseminar-096",
    "charset": "utf-8",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["左右田 美穂 <soda.miho@rehab-soda.jp>"],
    "subject": "Re: プロフィール原稿について",
    "body": """左右田先生

ご丁寧にありがとうございます。保坂です。
いただいたご指示のとおり、チラシのプロフィールは「理学療法士・腰痛予防の専門家」
としての経歴のみとし、先生ご自身のご経験についての記述は入れずに進めます。
講演の中でお話しいただく分には、もちろん問題ございません。

修正版のチラシは来週お送りします。
""" + SIG_HOSAKA + """

左右田 美穂 wrote:
> 保坂様
>
> プロフィール案をありがとうございます。一点だけお願いがあります。
> 私自身、30代で乳がんの手術を受け、その後のリハビリがきっかけで今の仕事をしているのですが、
> その部分はチラシには載せないでいただけますか。講演では自分の言葉で話したいと思っています。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the lecturer's own health history appears only in her quoted text; the reply goes back to her alone",
},
# ---------------------------------------------------------------- 97
{
    "id": "kenkoseminar-097",
    "charset": "cp932",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務部 厚生課 <kousei@kawasaki-denki.co.jp>"],
    "subject": "合同セミナー費用の按分について",
    "body": """川崎電機株式会社
総務部 厚生課 御中

お世話になっております。日の出産業の保坂です。
2/6の合同セミナーの費用について、参加人数に応じた按分案を作成しました。
添付のPDFをご確認いただけますでしょうか。
""" + SIG_HOSAKA,
    "attachments": [
        {"kind": "pdf", "name": "合同セミナー費用按分案.pdf",
         "title": "合同セミナー費用按分案",
         "lines": ["合同セミナー（2026/2/6）費用按分案", "按分基準：会場参加者数（日の出 46名／川崎電機 18名）", ""],
         "table": [["費目", "金額（税込）", "日の出産業", "川崎電機"],
                   ["講師料", "165,000", "118,594", "46,406"],
                   ["試食品（北国フーズ）", "57,600", "41,400", "16,200"],
                   ["配布資料印刷（錦印刷）", "26,400", "18,975", "7,425"],
                   ["オンライン配信（ツバサシステム）", "55,000", "39,531", "15,469"],
                   ["合計", "304,000", "218,500", "85,500"]]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "cost split table (prices and vendor names) in a PDF to a partner company",
},
# ---------------------------------------------------------------- 98
{
    "id": "kenkoseminar-098",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務部 厚生課 <kousei@kawasaki-denki.co.jp>",
           "青葉運輸 人事総務部 <jinji@aoba-unyu.co.jp>"],
    "subject": "健康経営 勉強会（3社持ち回り）第2回の日程調整",
    "body": """川崎電機株式会社 総務部 厚生課 御中
青葉運輸株式会社 人事総務部 御中

いつもお世話になっております。日の出産業の保坂です。
3社持ち回りの健康経営勉強会、第2回は弊社が幹事を務めます。

　テーマ案：健康経営優良法人の申請で苦労した点の共有
　候補日　：1月27日（火）、1月29日（木）、2月3日（火）いずれも15:00〜17:00
　会場　　：日の出産業 本社7階 会議室C

ご都合のよい日を1月16日までにお知らせください。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two partner companies in To for a meeting: two external organisations, no personal data",
},
# ---------------------------------------------------------------- 99
{
    "id": "kenkoseminar-099",
    "charset": "utf-8",
    "sender": "楠木 亮 <kusunoki.ryo@hinode-sangyo.co.jp>",
    "to": ["眠りラボ 講師派遣窓口 <seminar@sleeptech-lab.com>"],
    "subject": "10/23 睡眠セミナー 事前質問のとりまとめ",
    "body": """スリープテック・ラボ
講師派遣ご担当者様

お世話になっております。日の出産業の楠木です。
申込フォームで受け付けた講師への事前質問を、無記名でまとめました（全11件から抜粋）。
当日の質疑の参考にしていただければ幸いです。

- 夜勤明けに寝ると夕方に起きてしまい、夜眠れなくなります。どう寝るのがよいですか。
- 休日の寝だめは意味がありますか。
- 昼休みの仮眠は何分までがよいですか。
- 寝る前にスマホを見ないのが難しいです。代わりにできることは？
- いびきがひどいと家族に言われます。受診の目安はありますか。
- 子どもの夜泣きで細切れ睡眠になっています。少しでも回復するコツは？

個人が特定されないよう、部署名などは削除しています。
""" + SIG_KUSUNOKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "anonymous participant questions for the lecturer: health topics with no identifiable person",
},
# ---------------------------------------------------------------- 100
{
    "id": "kenkoseminar-100",
    "charset": "iso-2022-jp",
    "sender": "保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>",
    "to": ["保坂 真理子 <hosaka.mariko@hinode-sangyo.co.jp>"],
    "bcc": ["kousei@kawasaki-denki.co.jp", "jinji@aoba-unyu.co.jp",
            "fukuri@kitaguni-foods.co.jp", "soumu@nishiki-insatsu.co.jp",
            "kenko@midori-ginko.co.jp", "hr@tsubasa-system.jp"],
    "subject": "合同健康セミナー　講演資料送付のご案内（Bccにて失礼いたします）",
    "body": """合同健康セミナーにご参加の各社ご担当者様

※本メールは Bcc にて一斉送信しております。

いつもお世話になっております。日の出産業 人事部 健康推進課の保坂です。
先日は合同健康セミナー「腸内環境と免疫」にご参加いただき、誠にありがとうございました。

講師の先生のご了解をいただき、講演資料（配布用）を下記よりダウンロードいただけます。
　公開期間：２月２０日（金）まで
　ダウンロード方法：ツバサシステムの配信ページの「資料」タブ

社内でのご共有は、各社の従業員の皆さまに限っていただきますようお願いいたします。
""" + SIG_HOSAKA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "six partner companies addressed only in Bcc: nobody sees the others, no personal data",
},
]
