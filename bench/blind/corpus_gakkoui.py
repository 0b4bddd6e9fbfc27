"""Blind corpus — area: gakkoui (学校保健・学校医).

The health office (保健室) of 日の出学園中学校・高等学校, the private school run by
日の出産業株式会社's 教育事業部, working with the school doctor, dentist, ophthalmologist
and pharmacist, the city board of education and public-health centre, the school-lunch
caterer, the travel and bus partners, and parents: health check-ups, food allergies,
infectious-disease absences (出席停止), sports injuries and the 災害共済給付.
Every person, number and address below is invented; My Numbers and card numbers come
from build.my_number / build.card_number.
"""

from build import card_number, my_number

SEED = 45001


def _grp(n: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(n[i:i + size] for i in range(0, len(n), size))


def _zen(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


MN1 = my_number(SEED + 1)
MN2 = my_number(SEED + 2)
MN3 = my_number(SEED + 3)
MN4 = my_number(SEED + 4)
MN5 = my_number(SEED + 5)
MN6 = my_number(SEED + 6)
CARD7 = card_number(SEED + 7)
CARD8 = card_number(SEED + 8)

# -- people of the school (senders, all internal) ---------------------------------------
SAEKI = "佐伯 美穂 <saeki.miho@gakuen.hinode-sangyo.co.jp>"
INABA = "稲葉 千晶 <inaba.chiaki@hinode-sangyo.co.jp>"
MAKABE = "真壁 亮 <makabe.ryo@hinode-sangyo.co.jp>"
WASHIO = "鷲尾 康弘 <washio.yasuhiro@hinode-sangyo.co.jp>"
KOGA = "古閑 奈々 <koga.nana@hinode-sangyo.co.jp>"
SHITARA = "設楽 由紀 <shitara.yuki@hinode-sangyo.co.jp>"
JONOUCHI = "城之内 剛 <jonouchi.tsuyoshi@hinode-sangyo.co.jp>"
KASAI = "葛西 拓真 <kasai.takuma@mail.hinode-sangyo.co.jp>"
ISURUGI = "石動 和也 <isurugi.kazuya@hinode-sangyo.co.jp>"
HIMI = "Rena Himi <himi.rena@hinode-sangyo.co.jp>"
KIRYU = "桐生 翔 <kiryu.sho@hinode-sangyo.co.jp>"
HOKEN = "日の出学園 保健室 <hoken@gakuen.hinode-sangyo.co.jp>"
SAGARA = "相良 志保 <sagara.shiho@hinode-sangyo.co.jp>"

# -- partners and outside bodies --------------------------------------------------------
HAYASE = "早瀬 恒一 <hayase@hayase-naika.jp>"
MINATO = "みなと歯科医院 湊 康介 <minato@minato-dental.jp>"
KATSURAGI = "桂木眼科 桂木 梢 <info@katsuragi-ganka.com>"
SONE = "曽根 史郎 <sone@sone-yakkyoku.co.jp>"
KYOIKU = "東雲市教育委員会 学務課 保健給食係 <hoken-kyushoku@city.shinonome.lg.jp>"
HOKENJO = "東雲市保健所 保健予防課 <yobo@city.shinonome.lg.jp>"
MINAMI = "岩代 浩二 <iwashiro@minami-kenko.or.jp>"
KITAGUNI = "沼尻 遥 <numajiri.haruka@kitaguni-foods.co.jp>"
SAKURA = "さくらホテル 団体営業課 <dantai@sakura-hotel.jp>"

SIG_SAEKI = """--
日の出学園中学校・高等学校　保健室
養護教諭　佐伯 美穂（さえき みほ）
日の出産業株式会社 教育事業部
〒259-0123 神奈川県東雲市日の出台1-1
TEL 0463-71-2200（代表）／内線315　FAX 0463-71-2209
saeki.miho@gakuen.hinode-sangyo.co.jp"""

SIG_INABA = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 教育事業部
日の出学園 保健室　稲葉 千晶
TEL：0463-71-2200（内線316）
━━━━━━━━━━━━━━━━━━━━"""

SIG_MAKABE = """------------------------------
日の出学園中学校・高等学校
保健主事／保健体育科　真壁 亮
〒259-0123 神奈川県東雲市日の出台1-1
TEL 0463-71-2200  makabe.ryo@hinode-sangyo.co.jp
------------------------------"""

SIG_WASHIO = """==============================
日の出学園中学校・高等学校 教頭
鷲尾 康弘
日の出産業株式会社 教育事業部
TEL 0463-71-2200 / FAX 0463-71-2209
=============================="""

SIG_KOGA = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 教育事業部
日の出学園 事務室（経理・契約）
古閑 奈々　TEL 0463-71-2201（直通）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_SHITARA = """--
日の出学園中学校　栄養教諭（給食・食物アレルギー担当）
設楽 由紀
TEL 0463-71-2200 内線 331"""

SIG_JONOUCHI = """_______________________
日の出学園高等学校 サッカー部顧問
保健体育科　城之内 剛
学校 0463-71-2200（職員室）
_______________________"""

SIG_ISURUGI = """--
日の出学園高等学校 第2学年主任
石動 和也（いするぎ かずや）
TEL 0463-71-2200（職員室）"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡いただき、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-020
MESSAGES += [
    {
        "id": "gakkoui-001",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [MINAMI],
        "cc": [INABA],
        "subject": "【日の出学園】令和8年度 定期健康診断 受診者名簿（中学）の送付",
        "body": """一般財団法人 南健康管理協会
学校健診課　岩代 様

いつもお世話になっております。
日の出学園 保健室の佐伯です。

先日お電話でご相談しました5月の定期健康診断（中学の部）について、
受診者名簿をお送りいたします。学年ごとにシートを分けております。
転入生が1名おりますので、中2のシート末尾に追記しました。

当日の問診票は学年ごとに封筒へ入れてお渡しいたします。
何かございましたらご連絡ください。
よろしくお願いいたします。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "xlsx",
            "name": "R8_受診者名簿_中学.xlsx",
            "title": "令和8年度 定期健康診断 受診者名簿",
            "sheets": {
                "中1": [
                    ["令和8年度 定期健康診断 受診者名簿（中学1年）", "", "", "", "", "", ""],
                    ["実施日：5月14日（木）", "", "", "", "", "", ""],
                    ["学籍番号", "組", "番", "氏名", "ふりがな", "性別", "生年月日"],
                    ["J26001", "1", "1", "綿貫 颯太", "わたぬき そうた", "男", "2013/05/21"],
                    ["J26002", "1", "2", "御手洗 結菜", "みたらい ゆいな", "女", "2013/08/02"],
                    ["J26003", "1", "3", "東海林 陽翔", "しょうじ はると", "男", "2013/11/30"],
                    ["J26004", "1", "4", "四十物 凛", "あいもの りん", "女", "2014/01/17"],
                    ["J26005", "1", "5", "勅使河原 蒼", "てしがわら あお", "男", "2013/04/09"],
                    ["J26006", "1", "6", "小鳥遊 芽衣", "たかなし めい", "女", "2014/03/28"],
                ],
                "中2": [
                    ["令和8年度 定期健康診断 受診者名簿（中学2年）", "", "", "", "", "", ""],
                    ["", "", "", "", "", "", ""],
                    ["学籍番号", "組", "番", "氏名", "ふりがな", "性別", "生年月日"],
                    ["J25011", "1", "1", "百目鬼 悠真", "どうめき ゆうま", "男", "2012/06/11"],
                    ["J25012", "1", "2", "五十嵐 紬", "いがらし つむぎ", "女", "2012/09/05"],
                    ["J25013", "1", "3", "鬼頭 湊", "きとう みなと", "男", "2013/02/14"],
                    ["J25014", "1", "4", "薬師寺 心春", "やくしじ こはる", "女", "2012/12/24"],
                    ["J25015", "1", "5", "二階堂 樹", "にかいどう いつき", "男", "2012/07/19"],
                    ["J25041", "2", "31", "栗花落 ひまり（転入）", "つゆり ひまり", "女", "2012/10/03"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "roster of 12 students with kana and date of birth in an XLSX to an outside health-check body (reason 1)",
    },
    {
        "id": "gakkoui-002",
        "charset": "cp932",
        "sender": INABA,
        "to": [HAYASE],
        "subject": "内科検診の日程について（ご相談）",
        "body": """早瀬内科クリニック
早瀬 恒一 先生

いつも大変お世話になっております。
日の出学園 保健室の稲葉でございます。

本年度の内科検診につきまして、下記の日程でお願いできればと存じます。
ご都合の悪い日がございましたら、代替日をお知らせいただけますと幸いです。

　第1候補　5月19日（火）14:00～16:30　中学1～3年（計約270名）
　第2候補　5月21日（木）14:00～16:30　高校1～3年（計約310名）
　予備日　　5月26日（火）午後

会場は例年どおり第一体育館の放送室側を仕切ってご用意します。
聴診の際は女子生徒の着衣に配慮するよう、体操服着用で実施いたします。

お忙しいところ恐縮ですが、どうぞよろしくお願いいたします。

""" + SIG_INABA + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "scheduling mail to the school doctor: dates and head counts only, standard disclaimer",
    },
    {
        "id": "gakkoui-003",
        "charset": "utf-8",
        "sender": INABA,
        "to": [HAYASE],
        "cc": [SAEKI],
        "subject": "尿検査 二次検査の対象者について",
        "body": """早瀬先生

お世話になっております。保健室の稲葉です。
先月の尿検査（一次）で所見のあった生徒のうち、二次検査でも陽性だった者を
まとめました。精密検査の受診勧告の文面について、ご意見をいただけますでしょうか。

学年組  氏名            一次結果            二次結果      備考
------  --------------  ------------------  ------------  ----------------
中1-2   綿貫 颯太       蛋白(+)             蛋白(+)       昨年度も指摘あり
中2-1   薬師寺 心春     潜血(2+)            潜血(+)       月経期間外で再採尿済
中3-3   左近 大和       蛋白(±) 糖(+)       糖(+)         家族歴：2型糖尿病
高1-2   巽 咲良         潜血(+)             潜血(+)
高2-4   九十九 蓮       蛋白(2+)            蛋白(+)       IgA腎症で通院中
高3-1   一ノ瀬 葵       糖(2+)              糖(2+)        1型糖尿病 インスリン使用

※高2の九十九さん、高3の一ノ瀬さんは既に主治医がいるため、
　受診勧告は「主治医へ結果を持参」の文面にする予定です。

よろしくお願いいたします。

""" + SIG_INABA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six named students with urinalysis results and diagnoses in the body to the school doctor (reasons 1, 3)",
    },
    {
        "id": "gakkoui-004",
        "charset": "cp932",
        "sender": SHITARA,
        "to": [KITAGUNI],
        "subject": "2学期 食物アレルギー対応者一覧（更新版）",
        "body": """北国フーズ株式会社 東雲給食センター
管理栄養士　沼尻 様

いつもお世話になっております。日の出学園の設楽です。
2学期からの除去食・代替食の対象者一覧を更新しましたので添付いたします。
変更点は以下のとおりです。

・中2 鬼頭さん：くるみを追加（夏休み中に診断）
・高1 春日井さん：卵が解除（負荷試験で陰性）

9月1日の給食開始までにご確認いただけますと助かります。

""" + SIG_SHITARA,
        "attachments": [{
            "kind": "csv",
            "name": "アレルギー対応者一覧_2学期.csv",
            "encoding": "cp932",
            "rows": [
                ["学年", "組", "氏名", "原因食物", "対応", "アナフィラキシー既往", "エピペン", "管理指導表"],
                ["中1", "1", "四十物 凛", "卵・乳", "除去", "なし", "なし", "提出済"],
                ["中1", "3", "大豆生田 匠", "小麦", "代替", "あり", "あり", "提出済"],
                ["中2", "1", "鬼頭 湊", "落花生・くるみ", "完全除去", "あり", "あり", "提出済"],
                ["中2", "2", "我妻 心愛", "えび・かに", "除去", "なし", "なし", "提出済"],
                ["中3", "1", "都築 穂乃果", "そば", "完全除去（調理器具別）", "あり", "あり", "提出済"],
                ["高1", "2", "春日井 結衣", "（卵 解除）", "通常食", "なし", "なし", "解除届"],
                ["高1", "3", "鴨志田 一輝", "乳", "除去", "あり", "あり", "提出済"],
                ["高2", "1", "槙野 彩葉", "キウイ・もも", "除去", "なし", "なし", "未提出"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CSV of eight named students with food allergies and anaphylaxis history to the caterer (reasons 1, 3)",
    },
    {
        "id": "gakkoui-005",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [KYOIKU],
        "cc": [SAEKI],
        "subject": "学級閉鎖の報告（日の出学園中学校 2年2組）",
        "body": """東雲市教育委員会 学務課 保健給食係 御中

日の出学園中学校 教頭の鷲尾です。
インフルエンザ様疾患の集団発生により、下記のとおり学級閉鎖を実施しますので報告いたします。

1. 学級　　　中学校 第2学年 2組（在籍 34名）
2. 期間　　　11月12日（木）～11月14日（土）
3. 欠席状況　11月11日時点
　　　　　　　欠席 11名（うちインフルエンザA型と診断 8名、発熱等 3名）
　　　　　　　登校しているが症状のある者 4名
4. 学校医　　早瀬内科クリニック 早瀬先生にご相談のうえ決定
5. その他　　同学年の他学級（1組・3組）の欠席はそれぞれ2名・1名で通常の範囲です

様式第3号は本日中にFAXでもお送りいたします。

""" + SIG_WASHIO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "class-closure report to the board of education with counts only, no individual can be picked out",
    },
    {
        "id": "gakkoui-006",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["立花会計事務所 立花 様 <tachibana@tachibana-kaikei.jp>"],
        "subject": "FW: 個人番号のご提供について（学校医報酬の支払調書）",
        "body": f"""立花会計事務所
立花 様

いつもお世話になっております。日の出学園事務室の古閑です。
学校医の早瀬先生から、支払調書作成用の個人番号をいただきましたので転送いたします。
本人確認書類の写しは郵送で届いておりますので、来週お持ちします。

-----Original Message-----
From: 早瀬 恒一
Sent: Tuesday, December 1, 2026 8:12 PM
To: 古閑 奈々
Subject: RE: 個人番号のご提供について（学校医報酬の支払調書）

古閑様

ご依頼の件、下記のとおりお知らせします。

　氏名：早瀬 恒一（ハヤセ コウイチ）
　個人番号：{_grp(MN1)}
　住所：神奈川県平塚市紅谷町14-8-1102
　
よろしくお願いいたします。
早瀬

""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of the school doctor's My Number and home address to an outside accountant (reason 2; a forward counts as new text)",
    },
    {
        "id": "gakkoui-007",
        "charset": "cp932",
        "sender": KOGA,
        "to": ["メディスクエア 法人受注センター <order@medi-square.co.jp>"],
        "subject": "保健室用品の注文（法人カード決済）",
        "body": f"""メディスクエア 法人受注センター 御中

お世話になります。日の出学園事務室の古閑です。
下記の商品を注文いたします。支払いは法人カードでお願いします。

品番        品名                          数量   単価
MS-4410     瞬間冷却パック（大）          60     98
MS-2031     滅菌ガーゼ 10cm角 100枚入     10     640
MS-7702     非接触体温計 TX-9             2      3,980
MS-1180     ディスポ手袋 M 100枚          12     520

カード番号：{_grp(CARD7, sep='-')}
有効期限：08/29
名義：HINODE SANGYO CO LTD
セキュリティコードは別途お電話でお伝えします。

納品先：〒259-0123 神奈川県東雲市日の出台1-1 日の出学園 保健室

""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number in the body of an order mail to a supplier (reason 2)",
    },
    {
        "id": "gakkoui-008",
        "charset": "utf-8",
        "sender": JONOUCHI,
        "to": ["かじか荘 フロント <front@kajikaso.jp>"],
        "subject": "8/3～8/6 日の出学園サッカー部 合宿参加者名簿",
        "body": """湯の里 かじか荘
ご担当者様

お世話になっております。日の出学園高校サッカー部の城之内です。
夏合宿の参加者名簿（救急時用）をPDFでお送りします。
体調不良時に近隣の病院へ搬送いただく際にご利用ください。
保険証は各自持参させますが、念のため記号・番号も記載しています。

引率：城之内（090-6612-4471）、真壁

""" + SIG_JONOUCHI,
        "attachments": [{
            "kind": "pdf",
            "name": "合宿参加者名簿_救急時用.pdf",
            "title": "サッカー部 夏合宿 参加者名簿",
            "lines": ["日の出学園高等学校 サッカー部 夏合宿 参加者名簿（救急時用）",
                      "期間：8月3日～8月6日　宿舎：湯の里 かじか荘", ""],
            "table": [
                ["No", "氏名", "学年", "生年月日", "保護者携帯", "保険証 記号・番号", "既往症・アレルギー"],
                ["1", "目黒 航", "高2", "2010/05/03", "090-3318-7720", "記号 1203 番号 558", "気管支喘息（吸入薬持参）"],
                ["2", "千々和 杏", "高2", "2010/09/14", "080-4402-9151", "記号 67-41 番号 20", "なし"],
                ["3", "阿久津 柚希", "高1", "2011/01/22", "070-2291-0083", "記号 3350 番号 1174", "熱中症既往（昨年7月）"],
                ["4", "南雲 律", "高1", "2010/07/07", "090-7715-6630", "記号 12 番号 40982", "そばアレルギー"],
                ["5", "瓜生 琴音（マネ）", "高2", "2009/12/30", "080-9963-2207", "記号 8801 番号 6", "なし"],
                ["6", "久我 朔", "高3", "2009/04/18", "090-2045-3389", "記号 1440 番号 902", "左膝前十字靭帯再建術後"],
                ["7", "比嘉 奏太", "高3", "2008/06/01", "080-1187-4526", "記号 5-72 番号 311", "なし"],
                ["8", "八木橋 悠斗", "高1", "2011/03/09", "070-6650-1938", "記号 2290 番号 57", "てんかん（服薬中）"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF roster of 8 students with DOB, parents' phones, health-insurance numbers and medical history to an inn (reasons 1, 2, 3)",
    },
    {
        "id": "gakkoui-009",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [MINATO],
        "subject": "歯科検診の結果（要受診者）と治療勧告について",
        "body": """みなと歯科医院
湊 康介 先生

先日の歯科検診では大変お世話になりました。
要受診と判定された生徒のうち、昨年度も未受診だった生徒の結果を
Wordにまとめましたのでご確認ください。
治療勧告書に先生のコメントを一言添えていただけないかと考えております。

佐伯
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "docx",
            "name": "歯科検診_要受診者_継続未受診.docx",
            "title": "歯科検診 要受診者（継続未受診）",
            "paragraphs": ["令和8年度 歯科検診 要受診者のうち 前年度も未受診の生徒",
                           "検診日：6月9日　学校歯科医：湊 康介 先生", ""],
            "tables": [[
                ["学年組", "氏名", "未処置歯(C)", "要観察歯(CO)", "歯肉(G/GO)", "その他所見"],
                ["中1-1", "春日井 結衣", "3", "2", "GO", ""],
                ["中2-3", "宍戸 湊斗", "5", "1", "G", "歯石沈着"],
                ["中3-2", "篠宮 澪", "2", "4", "GO", "不正咬合（要相談）"],
                ["高1-1", "轟 颯", "6", "0", "G", "顎関節 要観察"],
                ["高2-2", "仙波 莉子", "1", "3", "GO", ""],
                ["高3-4", "雨宮 蒼空", "4", "2", "G", "智歯 周囲炎の疑い"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six named students' dental check results to the school dentist (reasons 1, 3)",
    },
    {
        "id": "gakkoui-010",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": ["災害共済給付係 <kyufu@sportsafety-kyosai.or.jp>"],
        "subject": "災害報告書の補足（日の出学園高校 2年 猪狩智也）",
        "body": """（独）スポーツ安全共済センター 災害共済給付係 御中

日の出学園中学校・高等学校 保健主事の真壁です。
先週オンラインで提出した災害報告書について、お電話でご指摘いただいた項目を補足します。

■ 被災児童生徒
　氏名：猪狩 智也（いかり ともや）　高等学校2年3組
　生年月日：平成22年 2月 27日
■ 発生日時・場所
　10月8日（木）15:40頃　第二グラウンド（部活動：ラグビー部 練習中）
■ 傷病名
　右鎖骨骨折（遠位端）　※10月9日 真鍋整形外科にて観血的整復固定術
■ 負傷の状況
　タックル練習中に相手選手と接触し右肩から転倒。直後から右肩痛、挙上不能。
■ 加入保険
　健康保険 被保険者証　記号 0712-88　番号 41　（家族）

医療等の状況（様式）は医療機関から月末に届く予定です。

""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "one named student's injury, surgery and health-insurance number to the mutual-aid centre (reasons 2, 3)",
    },
    {
        "id": "gakkoui-011",
        "charset": "iso-2022-jp",
        "sender": SHITARA,
        "to": ["沼尻 遥 <numajiri.haruka@kitaguni-food.co.jp>"],
        "subject": "アレルギー対応 打合せ日程のご相談",
        "body": """北国フーズ株式会社
沼尻様

お世話になっております。日の出学園の設楽です。
3学期の献立に向けた食物アレルギー対応の打合せですが、
下記のいずれかでお時間をいただけますでしょうか。

・12月8日（火）15:30～
・12月10日（木）16:00～
・12月11日（金）15:30～

場所は本校 会議室2を予定しております。
よろしくお願いいたします。

""" + SIG_SHITARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp (reason 5)",
    },
    {
        "id": "gakkoui-012",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["錦印刷 制作部 丸岡 <maruoka@nishiki-insatsu.co.jp>"],
        "subject": "保健だより 11月号 入稿データ",
        "body": """錦印刷株式会社 制作部
丸岡 様

いつもお世話になっております。日の出学園保健室の佐伯です。
保健だより11月号の原稿をお送りします。A4両面・2色、部数は680部でお願いします。
イラストは前回同様、御社の素材集から「手洗い」「換気」のものをご提案いただけますか。

なお、今号は全体向けの記事のみで、個人情報は含まれておりません。
初校は11月4日頃にいただけると助かります。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "docx",
            "name": "hokendayori_2026_11.docx",
            "title": "保健だより 11月号",
            "paragraphs": [
                "保健だより　11月号　日の出学園中学校・高等学校 保健室",
                "■ 朝晩の冷え込みに注意しましょう",
                "寒暖差が大きくなり、体調を崩す人が増えています。重ね着で調節し、睡眠をしっかりとりましょう。",
                "■ インフルエンザ予防のポイント",
                "1. 外から戻ったら石けんで手洗い　2. 休み時間ごとの換気　3. 体調が悪いときは無理せず休む",
                "■ 11月8日は「いい歯の日」",
                "歯科検診で要受診の紙をもらった人は、早めに歯科を受診して結果を提出してください。",
                "■ 保健室からのお知らせ",
                "11月の保健委員会は20日（金）放課後です。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "newsletter copy to the partner printer; 個人情報 only mentioned in passing, no personal data",
    },
    {
        "id": "gakkoui-013",
        "charset": "cp932",
        "sender": WASHIO,
        "to": [HAYASE, MINATO, SONE],
        "cc": [SAEKI, MAKABE],
        "subject": "第2回 学校保健委員会 開催のご案内",
        "body": """学校医　早瀬 恒一 先生
学校歯科医　湊 康介 先生
学校薬剤師　曽根 史郎 先生

平素より本校の学校保健にご尽力いただき、厚く御礼申し上げます。
日の出学園 教頭の鷲尾でございます。

第2回学校保健委員会を下記のとおり開催いたします。
ご多用のところ誠に恐縮ですが、ご出席を賜りますようお願い申し上げます。

　日時：令和9年1月21日（木）15:30～17:00
　場所：日の出学園 本館3階 大会議室
　議題：（1）本年度の定期健康診断結果の概要
　　　　（2）感染症の流行状況と対応
　　　　（3）生徒保健委員会の活動報告
　　　　（4）学校環境衛生検査の結果について

ご出欠を1月8日までにご返信いただけますと幸いです。

""" + SIG_WASHIO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three outside clinics/pharmacy all in To, each sees the others' addresses: should have been Bcc (reason 4)",
    },
    {
        "id": "gakkoui-014",
        "charset": "iso-2022-jp",
        "sender": INABA,
        "to": ["榎本 真理子 <mariko.enomoto77@yahoo.co.jp>"],
        "subject": "Re: 吸入薬の預かりについて",
        "body": """榎本様

ご連絡ありがとうございます。日の出学園 保健室の稲葉です。
お薬は保健室の施錠できる棚でお預かりいたします。
明日の朝、担任経由で保健室までお持ちいただければ結構です。
預かり依頼書（様式7）を同封しますので、ご記入をお願いいたします。

稲葉

> 日の出学園 保健室 御中
>
> 中学2年1組 榎本 陸の母です。
> 陸は小児喘息で、かかりつけの七里ヶ浜こどもクリニックから
> 発作時の吸入薬（サルタノール）を処方されています。
> 体育の授業や部活中に発作が出たときのため、保健室で1本お預かり
> いただけないでしょうか。
> 連絡先：090-5521-3096（母）
>
> 榎本 真理子
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one parent on free mail; the child's condition is only in the quoted text the parent wrote",
    },
    {
        "id": "gakkoui-015",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [HOKENJO],
        "subject": "出席停止者の報告（11/16現在）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>東雲市保健所 保健予防課 ご担当者様</p>
<p>いつもお世話になっております。日の出学園 保健室の佐伯です。<br>
ご依頼のあった、流行性耳下腺炎（おたふくかぜ）による出席停止者の一覧です。<br>
同一部活（吹奏楽部）に集中しているため、ご助言をいただけますと幸いです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>学年組</th><th>氏名</th><th>部活</th><th>発症日</th><th>診断名</th><th>出席停止期間</th></tr>
<tr><td>中2-3</td><td>浦部 菜月</td><td>吹奏楽</td><td>11/9</td><td>流行性耳下腺炎</td><td>11/10～11/15</td></tr>
<tr><td>中2-1</td><td>羽生 瑛太</td><td>吹奏楽</td><td>11/10</td><td>流行性耳下腺炎</td><td>11/11～11/16</td></tr>
<tr><td>中3-2</td><td>藤堂 さくら</td><td>吹奏楽</td><td>11/12</td><td>流行性耳下腺炎</td><td>11/13～11/18</td></tr>
<tr><td>中1-2</td><td>天羽 遼</td><td>吹奏楽</td><td>11/13</td><td>流行性耳下腺炎（疑い）</td><td>11/14～</td></tr>
<tr><td>高1-1</td><td>宇佐美 栞</td><td>吹奏楽</td><td>11/14</td><td>流行性耳下腺炎</td><td>11/15～11/20</td></tr>
</table>
<p>以上、よろしくお願いいたします。</p>
<p style="color:#666">--<br>日の出学園中学校・高等学校 保健室<br>養護教諭 佐伯 美穂<br>TEL 0463-71-2200（内線315）</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail: table of five named students with their mumps diagnosis to the public-health centre (reasons 1, 3)",
    },
    {
        "id": "gakkoui-016",
        "charset": "iso-2022-jp",
        "sender": ISURUGI,
        "to": ["さくらホテル 団体営業課 <dantai@sakura-hotel.co.jp>"],
        "subject": "修学旅行 下見の日程について",
        "body": """さくらホテル 団体営業課
ご担当者様

お世話になっております。日の出学園高校 2学年主任の石動です。
来年3月の修学旅行の件で、1月に下見に伺いたいと考えております。

　希望日：1月14日（木）または1月15日（金）
　人数　：教員3名（石動、養護教諭 佐伯、旅行会社 添乗員1名）
　確認したい事項：大広間（食事会場）、救護室の場所、夜間の医療機関への動線

ご都合をお知らせいただけますでしょうか。
よろしくお願いいたします。

""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotel.co.jp is a TLD swap of partner sakura-hotel.jp (reason 5)",
    },
    {
        "id": "gakkoui-017",
        "charset": "cp932",
        "sender": SHITARA,
        "to": ["中学1年担任団 <chu1-tannin@hinode-sangyo.co.jp>"],
        "cc": [SAEKI, "石橋 恭平 <ishibashi.kyohei@hinode-sangyo.co.jp>"],
        "subject": "【要確認】1学年 食物アレルギー対応者（担任用）",
        "body": """中1担任の先生方

栄養教諭の設楽です。
4月からの給食で対応が必要な生徒の一覧です。配膳時のダブルチェックをお願いします。
エピペン保持者は保健室と職員室の両方に予備があります。

組	氏名	原因食物	対応	エピペン
1	四十物 凛	卵・乳	除去	なし
1	遠野 奏太	えび	除去	なし
2	舟橋 夏帆	落花生	完全除去	あり
3	大豆生田 匠	小麦	代替（米粉パン）	あり
3	能登 拓海	乳	除去	なし
4	漆原 美月	ごま	除去	なし

誤食時対応マニュアルは共有フォルダ「保健」に入れてあります。

""" + SIG_SHITARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "allergy list of named students, but every recipient is internal",
    },
    {
        "id": "gakkoui-018",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [SAKURA],
        "cc": [ISURUGI],
        "subject": "修学旅行（3/9～3/12）食事・健康面の配慮が必要な生徒について",
        "body": """さくらホテル 団体営業課 御中
（ご担当：早苗様）

お世話になっております。日の出学園 保健室の佐伯です。
3月の修学旅行（高校2年 312名）について、お食事のアレルギー対応と
夜間の体調急変に備えた情報をまとめたExcelをお送りします。
シート「食物アレルギー」はレストランご担当の方へ、
シート「持病・服薬」は夜間フロントの方へ共有いただけますと幸いです。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "xlsx",
            "name": "修学旅行_健康配慮一覧.xlsx",
            "sheets": {
                "食物アレルギー": [
                    ["日の出学園高校 修学旅行 食物アレルギー対応一覧", "", "", "", ""],
                    ["クラス", "氏名", "部屋番号", "原因食物", "対応"],
                    ["2-1", "鶴見 結翔", "712", "甲殻類", "完全除去"],
                    ["2-1", "生田目 楓", "808", "卵", "加熱卵は可"],
                    ["2-2", "五味 陸", "715", "そば", "完全除去・そば湯も不可"],
                    ["2-3", "梶 実桜", "811", "乳・小麦", "除去（エピペン持参）"],
                    ["2-4", "桑島 柊", "720", "いくら・魚卵", "除去"],
                    ["2-5", "木暮 愛莉", "815", "キウイ", "除去"],
                ],
                "持病・服薬": [
                    ["クラス", "氏名", "部屋番号", "既往・持病", "常用薬・注意"],
                    ["2-2", "外山 駿", "716", "1型糖尿病", "インスリン自己注射・低血糖時はブドウ糖"],
                    ["2-3", "芦田 彩花", "812", "てんかん", "就寝前に服薬、発作時は救急要請"],
                    ["2-4", "辻本 蒼太", "722", "気管支喘息", "吸入器持参"],
                    ["2-6", "卜部 莉央", "819", "起立性調節障害", "朝の起床困難あり"],
                    ["2-7", "日下部 瑞希", "822", "パニック障害（通院中）", "頓服薬あり"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX with 11 named students' allergies, chronic illnesses and medication to the partner hotel (reasons 1, 3)",
    },
    {
        "id": "gakkoui-019",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [HAYASE],
        "subject": "心電図検査 一次判定の結果（パスワード付き）",
        "body": """早瀬先生

お世話になっております。佐伯です。
心臓検診（高1・中1）の心電図一次判定で所見のあった生徒の一覧を
パスワード付きZIPでお送りします。パスワードは別メールでお知らせします。
二次検診の対象者の選定についてご意見をいただけますと幸いです。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "zip",
            "name": "shindenzu_ichiji_R8.zip",
            "password": "Hinode#0719",
            "files": [{
                "kind": "xlsx",
                "name": "心電図一次判定_所見あり.xlsx",
                "sheets": {"所見あり": [
                    ["学年組", "氏名", "所見", "判定"],
                    ["中1-1", "白鳥 凪", "完全右脚ブロック", "要精検"],
                    ["中1-3", "神保 碧", "WPW症候群疑い", "要精検"],
                    ["高1-2", "沖田 奏", "QT延長", "要精検"],
                    ["高1-4", "兵頭 晴", "心室性期外収縮", "要精検"],
                    ["高1-5", "江頭 悠", "洞性不整脈", "経過観察"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the school doctor; its content cannot be inspected (reason 7)",
    },
    {
        "id": "gakkoui-020",
        "charset": "utf-8",
        "sender": KIRYU,
        "to": ["ツバサシステム 営業部 大槻 <otsuki@tsubasa-system.jp>"],
        "cc": [SAEKI],
        "subject": "保健管理システム導入に伴う秘密保持契約書（案）について",
        "body": """株式会社ツバサシステム
営業部　大槻 様

いつもお世話になっております。日の出産業 情報システム部の桐生です。

日の出学園への保健管理システム導入の件、社内決裁が下りました。
つきましては、データ移行作業に先立ち、秘密保持契約（NDA）を締結させてください。
弊社ひな形をベースにした案を添付いたします。

主な論点は以下のとおりです。
・第3条：健康診断結果など要配慮個人情報を含むデータの取扱い（国内保管に限定）
・第7条：再委託の事前承諾
・第9条：契約終了時のデータ消去と消去証明書の提出

御社法務のご確認をいただき、修正があれば変更履歴付きでお戻しください。

--
日の出産業株式会社 情報システム部
桐生 翔（きりゅう しょう）
TEL 03-5412-7730  kiryu.sho@hinode-sangyo.co.jp
""" + DISC_JA,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_案_ツバサシステム.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                "甲が運営する日の出学園の保健管理システム導入業務に関し、次のとおり秘密保持契約を締結する。",
                "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報及び個人情報をいう。",
                "第3条（要配慮個人情報）乙は、健康診断結果その他の要配慮個人情報を日本国内のサーバにのみ保管する。",
                "第7条（再委託）乙は、甲の書面による事前の承諾なく、本業務を第三者に再委託してはならない。",
                "第9条（返還・消去）乙は、本契約終了後30日以内に秘密情報を消去し、消去証明書を甲に提出する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with an NDA draft attached; no personal data and no classification stamp",
    },
]

# ---------------------------------------------------------------------------- 021-040
MESSAGES += [
    {
        "id": "gakkoui-021",
        "charset": "iso-2022-jp",
        "sender": JONOUCHI,
        "to": [
            "目黒 由香 <yuka.meguro.0512@gmail.com>",
            "千々和 浩 <chijiwa-hiroshi@yahoo.co.jp>",
            "阿久津 真弓 <akutsu.mayumi@icloud.com>",
            "南雲 貴子 <nagumo-t@docomo.ne.jp>",
            "比嘉 亮介 <higa.ryosuke@outlook.jp>",
        ],
        "subject": "【サッカー部】熱中症対策のお願い（保護者の皆様へ）",
        "body": """サッカー部 保護者の皆様

いつもご協力いただきありがとうございます。顧問の城之内です。
連日の猛暑のため、今週から練習時間を以下のとおり変更します。

　・平日：16:30～18:30（WBGT 31以上の日は室内トレーニングに切替）
　・土曜：7:00～9:30

ご家庭でも以下の点にご協力をお願いします。
　1. 朝食を必ずとらせてください
　2. 水筒（1.5L以上）と塩分タブレットを持たせてください
　3. 前夜の睡眠不足や体調不良がある場合は無理に参加させず、連絡帳でお知らせください

何かありましたら職員室（0463-71-2200）までご連絡ください。

""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five parents' private addresses openly in To: each can see the others, should have been Bcc (reason 4)",
    },
    {
        "id": "gakkoui-022",
        "charset": "cp932",
        "sender": SAEKI,
        "to": [HAYASE, KYOIKU],
        "cc": [WASHIO],
        "subject": "Re: 学校保健委員会への教育委員会ご出席について",
        "body": """早瀬先生
東雲市教育委員会 保健給食係 ご担当者様

お世話になっております。日の出学園 保健室の佐伯です。
1月21日の学校保健委員会に、教育委員会から指導主事の方にご出席いただけることになりました。
早瀬先生には冒頭15分ほど「思春期の睡眠と生活リズム」についてご講話をお願いしております。

当日の資料はまとまり次第、1月14日頃にお送りいたします。
どうぞよろしくお願いいたします。

""" + SIG_SAEKI + """

-----Original Message-----
From: 東雲市教育委員会 学務課 保健給食係
Sent: Friday, December 11, 2026 10:05 AM
To: 佐伯 美穂
Subject: 学校保健委員会への教育委員会ご出席について

日の出学園 佐伯様
ご案内ありがとうございます。当日は指導主事の柳田が伺います。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way mail with two outside organisations in To; no personal data",
    },
    {
        "id": "gakkoui-023",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [HAYASE],
        "subject": "学校保健委員会 議事録（案）ご確認のお願い",
        "body": """早瀬先生

先日は学校保健委員会にご出席いただき、ありがとうございました。
議事録（案）を作成しましたので、先生のご発言部分にお間違いがないかご確認ください。
校内規程により部外秘の扱いとなっておりますので、お取扱いにご注意ください。

12月25日までにご返信いただけますと幸いです。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "docx",
            "name": "第2回学校保健委員会_議事録案.docx",
            "page_header": "部外秘",
            "page_footer": "日の出学園中学校・高等学校　部外秘　無断転載・複製禁止",
            "title": "第2回 学校保健委員会 議事録（案）",
            "paragraphs": [
                "【部外秘】第2回 学校保健委員会 議事録（案）",
                "日時：令和9年1月21日（木）15:30～17:00　場所：本館3階 大会議室",
                "出席：学校医 早瀬先生、学校歯科医 湊先生、学校薬剤師 曽根先生、校長、教頭、保健主事、養護教諭、PTA代表2名、生徒保健委員長",
                "1. 定期健康診断結果の概要：肥満傾向の生徒の割合が前年度より1.2ポイント増加。",
                "2. 感染症：11月の流行性耳下腺炎は吹奏楽部を中心に計7名、12月以降の新規発生なし。",
                "3. 学校医講話：思春期の睡眠と生活リズムについて（早瀬先生）",
                "4. 環境衛生検査：二酸化炭素濃度が冬季に基準を超える教室あり、換気の徹底を確認。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached minutes stamped 部外秘 in the page header and footer, sent outside (reason 6)",
    },
    {
        "id": "gakkoui-024",
        "charset": "iso-2022-jp",
        "sender": HIMI,
        "to": ["星空トラベル 教育旅行部 菅谷 <sugaya@hoshizora-travel.co.jp>"],
        "subject": "オーストラリア語学研修 参加者の旅券情報",
        "body": """星空トラベル株式会社 教育旅行部
菅谷 様

いつもお世話になっております。日の出学園 英語科の氷見です。
3月のパース語学研修について、ETA申請用の旅券情報をお送りします。
2名（宇佐美さん、沖田さん）は新規発給のため、受領後に追ってお知らせします。

よろしくお願いいたします。

氷見 玲奈
日の出学園高等学校 英語科（国際交流担当）
TEL 0463-71-2200
""",
        "attachments": [{
            "kind": "xls",
            "name": "Perth2027_passport_list.xls",
            "sheets": {"passport": [
                ["No", "SURNAME", "GIVEN NAME", "SEX", "DATE OF BIRTH", "PASSPORT No.", "DATE OF EXPIRY", "学年"],
                [1, "HATAKEYAMA", "RIKO", "F", "2010-06-22", "TZ4418205", "2031-07-30", "高1"],
                [2, "SEKIGUCHI", "HARUTO", "M", "2010-11-03", "TK7730914", "2030-03-12", "高1"],
                [3, "MORIKAWA", "AOI", "F", "2009-08-15", "TR1902277", "2029-09-01", "高2"],
                [4, "TACHIBANA", "SOTA", "M", "2009-05-28", "TZ6651038", "2032-02-18", "高2"],
                [5, "KURAMOCHI", "NANAMI", "F", "2010-01-09", "TS3084462", "2031-12-05", "高1"],
                [6, "OGASAWARA", "KEI", "M", "2009-12-19", "TK5527190", "2030-10-24", "高2"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "XLS with six students' passport numbers and dates of birth to a travel agency (reasons 1, 2)",
    },
    {
        "id": "gakkoui-025",
        "charset": "utf-8",
        "sender": HIMI,
        "to": ["Megan Whitfield <m.whitfield@wattlegrove.edu.au>"],
        "subject": "Health briefing for the Perth study tour",
        "body": """Dear Ms Whitfield,

Thank you for your kind reply. I am pleased to confirm the arrangements for our
health briefing before the study tour.

- Our school nurse, Ms Saeki, will hold a briefing for students and parents on 20 February.
- We will ask each family to complete your college's health form and return it directly
  to your office through the secure upload page, not by e-mail.
- Could you let us know which vaccinations, if any, your homestay programme requires?
- We would also be grateful for the name of the medical centre nearest to the campus.

We look forward to working with you again this year.

Best regards,
Rena Himi
International Programmes, Hinode Gakuen High School
Hinode Sangyo Co., Ltd. Education Division
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a partner school about arrangements only; the English disclaimer mentions confidential information",
    },
    {
        "id": "gakkoui-026",
        "charset": "utf-8",
        "sender": HIMI,
        "to": ["Megan Whitfield <m.whitfield@wattlegrove.edu.au>"],
        "cc": [SAEKI],
        "subject": "Medical information for two homestay students",
        "body": """Dear Ms Whitfield,

As discussed, here is the medical information for the two students who need
particular care during their homestay. Please share it with the host families.

1) Riko Hatakeyama (Year 10, DOB 22 June 2010)
   - Severe peanut allergy with a history of anaphylaxis. She carries two EpiPens.
   - Host family: please avoid all nut products at home and in packed lunches.

2) Sota Tachibana (Year 11, DOB 28 May 2009)
   - Asthma, uses a Ventolin inhaler as needed; exercise-induced symptoms.
   - He also takes medication for ADHD (once each morning).

Our school nurse, Ms Saeki (cc), can answer any questions.

Kind regards,
Rena Himi
Hinode Gakuen High School
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail with two named students' allergies, asthma and ADHD medication to an overseas school (reason 3)",
    },
    {
        "id": "gakkoui-027",
        "charset": "cp932",
        "sender": INABA,
        "to": [HAYASE],
        "subject": "保健調査票の集計ファイル",
        "body": """早瀬先生

お世話になっております。稲葉です。
先日お話しした、保健調査票（中1・高1）の集計ファイルをお送りします。
内科検診の際の参考にしていただければと思います。
開けない場合はお知らせください。

稲葉
""",
        "attachments": [{"kind": "corrupt", "name": "保健調査票集計_R8.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected (reason 7)",
    },
    {
        "id": "gakkoui-028",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": ["東雲市消防本部 予防課 <yobo-ka@fd.city.shinonome.lg.jp>"],
        "subject": "AED設置場所一覧の提出",
        "body": """東雲市消防本部 予防課 御中

お世話になっております。日の出学園 保健主事の真壁です。
AEDマップ更新のご依頼につき、本校の設置場所一覧をお送りします。

設置場所                     機種            使用可能時間        電極パッド期限
---------------------------  --------------  ------------------  --------------
本館1階 職員室前              HS-2000         24時間（屋外向け）  2028/03
第一体育館 入口              HS-2000         7:00～21:00         2027/11
第二グラウンド 部室棟        CU-SP1          7:00～19:00         2028/06
プール棟 監視室              CU-SP1          6月～9月のみ        2027/09
寄宿舎 管理人室              HS-2000         24時間              2028/01

代表電話：0463-71-2200（夜間・休日は守衛室 0463-71-2290）

""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of AED locations (places, not people) to the fire department",
    },
    {
        "id": "gakkoui-029",
        "charset": "utf-8",
        "sender": INABA,
        "to": [MINAMI],
        "subject": "教職員定期健康診断 受診者データ（健保情報付き）",
        "body": """南健康管理協会
岩代様

お世話になっております。日の出学園の稲葉です。
教職員の定期健康診断（8月22日実施分）の受診者データをCSVでお送りします。
健保組合への請求のため、保険証の記号・番号も入れてあります。

""" + SIG_INABA,
        "attachments": [{
            "kind": "csv",
            "name": "kyoshokuin_kenshin_2026.csv",
            "encoding": "utf-8",
            "rows": [
                ["職員番号", "氏名", "カナ", "性別", "生年月日", "保険者番号", "記号", "番号", "コース"],
                ["E1021", "鷲尾 康弘", "ワシオ ヤスヒロ", "男", "1971-03-08", "06139912", "4410", "21", "人間ドック"],
                ["E1045", "石動 和也", "イスルギ カズヤ", "男", "1979-10-27", "06139912", "4410", "57", "法定"],
                ["E1102", "設楽 由紀", "シタラ ユキ", "女", "1985-06-14", "06139912", "4410", "88", "法定+婦人科"],
                ["E1130", "城之内 剛", "ジョウノウチ ツヨシ", "男", "1988-01-30", "06139912", "4410", "93", "法定"],
                ["E1177", "相良 志保", "サガラ シホ", "女", "1992-09-02", "06139912", "4411", "12", "法定+婦人科"],
                ["E1201", "真壁 亮", "マカベ リョウ", "男", "1990-04-19", "06139912", "4411", "18", "法定"],
                ["E1233", "石橋 恭平", "イシバシ キョウヘイ", "男", "1983-12-05", "06139912", "4411", "26", "人間ドック"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "CSV of seven staff with dates of birth and health-insurance symbols/numbers to the check-up body (reasons 1, 2)",
    },
    {
        "id": "gakkoui-030",
        "charset": "cp932",
        "sender": MAKABE,
        "to": ["東雲市消防本部 救急課 <kyukyu@fd.city.shinonome.lg.jp>"],
        "subject": "普通救命講習の受講申込（日の出学園 教員3名）",
        "body": """東雲市消防本部 救急課 ご担当者様

お世話になります。日の出学園の真壁です。
7月11日（土）の普通救命講習Ⅰに、本校教員3名の受講を申し込みます。

　氏名　　　　　連絡先（当日用携帯）
　石橋 恭平　　080-3391-2075
　相良 志保　　090-8846-1530
　真壁 亮　　　070-4127-9962

当日は上履き持参で伺います。よろしくお願いいたします。

""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three teachers' names and mobile numbers for a first-aid course: one to four people's records, may be warned",
    },
    {
        "id": "gakkoui-031",
        "charset": "iso-2022-jp",
        "sender": INABA,
        "to": ["葛西 拓真 <kasai.takuma@hinode-sanqyo.co.jp>"],
        "subject": "保健室来室状況（10月分）",
        "body": """葛西さん

お疲れさまです。学園保健室の稲葉です。
本社の安全衛生委員会資料用に、10月の保健室来室状況をお送りします。

　来室総数　　412件（前月比 +38）
　内科的　　　251件（頭痛・腹痛・発熱が上位）
　外科的　　　143件（体育・部活中のすり傷、捻挫）
　その他　　　 18件（相談）
　救急搬送　　　1件

グラフ版が必要でしたらお知らせください。

稲葉
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sanqyo.co.jp replaces g with q in the company's own domain: mail meant for a colleague goes outside (reason 5)",
    },
    {
        "id": "gakkoui-032",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["ひなた自然学校 事業課 <jigyo@hinata-nature.or.jp>"],
        "cc": ["中学1年担任団 <chu1-tannin@hinode-sangyo.co.jp>"],
        "subject": "宿泊学習（10/22-23）配慮が必要な生徒について",
        "body": """NPO法人 ひなた自然学校
事業課 ご担当者様

お世話になっております。日の出学園 保健室の佐伯です。
10月の宿泊学習について、1名、事前に共有しておきたい生徒がおります。

　中学1年2組　漆原 美月（うるしはら みづき）さん
　・てんかん（欠神発作が中心、年に数回 強直間代発作あり）
　・就寝前に抗てんかん薬を服用。服薬確認は引率の養護教諭が行います。
　・カヌー体験は主治医の指示により見学とします。
　・発作時は時間を計測し、5分以上続く場合は救急要請をお願いします。

保護者の同意を得たうえでお知らせしております。
よろしくお願いいたします。

""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named student's epilepsy and medication to an outside nature school (reason 3, even with the parent's consent)",
    },
    {
        "id": "gakkoui-033",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [HAYASE],
        "subject": "Re: 二次検診の対象者",
        "body": """早瀬先生

ご確認ありがとうございます。
ご指示のとおり、下記4名に二次検診の案内を本日配布いたします。
結果が届きましたら改めてご報告いたします。

佐伯

> 佐伯先生
>
> 一次の結果を拝見しました。以下の生徒は二次検診をお願いします。
>
>   中1-1 白鳥 凪    完全右脚ブロック
>   中1-3 神保 碧    WPW症候群疑い
>   高1-2 沖田 奏    QT延長
>   高1-4 兵頭 晴    心室性期外収縮（多発）
>
> 江頭さんは経過観察で結構です。
> 早瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the school doctor; the named findings are only in the quoted text he wrote himself",
    },
    {
        "id": "gakkoui-034",
        "charset": "cp932",
        "sender": JONOUCHI,
        "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "11/3 県大会 遠征バス 乗車名簿と緊急連絡先",
        "body": """青葉運輸株式会社 貸切バス課 御中

いつもお世話になっております。日の出学園 サッカー部の城之内です。
11月3日の県大会の遠征について、乗車名簿と緊急連絡先をお送りします。
乗務員の方にもお渡しいただけますと助かります。

【乗車生徒と保護者緊急連絡先】
・目黒 航（高2）　　保護者：目黒 由香　　090-3318-7720
・千々和 杏（高2）　保護者：千々和 浩　　080-4402-9151
・阿久津 柚希（高1）保護者：阿久津 真弓　070-2291-0083
・南雲 律（高1）　　保護者：南雲 貴子　　090-7715-6630
・久我 朔（高3）　　保護者：久我 直人　　090-2045-3389
・比嘉 奏太（高3）　保護者：比嘉 亮介　　080-1187-4526
・八木橋 悠斗（高1）保護者：八木橋 恵　　070-6650-1938

出発：7:15 正門前　帰着予定：18:30

""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "bullet list of seven students with their parents' names and mobile numbers to the bus partner (reason 1)",
    },
    {
        "id": "gakkoui-035",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [HOKENJO],
        "subject": "結核検診 精密検査対象者の報告",
        "body": """東雲市保健所 保健予防課
結核担当 ご担当者様

お世話になっております。日の出学園 保健室の佐伯です。
本年度の結核検診（問診・学校医診察）の結果、精密検査の対象となった生徒を
添付のとおり報告いたします。受診先の調整についてご指導ください。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "pdf",
            "name": "結核検診_精密検査対象者.pdf",
            "title": "結核検診 精密検査対象者",
            "lines": ["令和8年度 結核検診 精密検査対象者一覧", "日の出学園中学校・高等学校", ""],
            "table": [
                ["学年組", "氏名", "生年月日", "該当項目", "学校医所見"],
                ["中1-2", "梶 実桜", "平成25年9月2日", "2週間以上の咳", "要精密"],
                ["中1-4", "舟橋 夏帆", "平成26年1月19日", "高まん延国での居住歴（3年）", "要精密"],
                ["中2-1", "能登 拓海", "平成24年7月30日", "家族の結核罹患歴（父 治療中）", "要精密"],
                ["高1-3", "ンドゥール アミナタ", "平成22年11月4日", "高まん延国出生", "要精密"],
                ["高2-2", "桑島 柊", "平成21年10月12日", "咳・微熱・体重減少", "要精密"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF of five named students with DOB, tuberculosis screening findings and origin to the health centre (reasons 1, 3)",
    },
    {
        "id": "gakkoui-036",
        "charset": "iso-2022-jp",
        "sender": SHITARA,
        "to": [KITAGUNI],
        "subject": "1月献立 アレルゲン表の確認",
        "body": """沼尻様

お世話になっております。設楽です。
1月献立のアレルゲン表を確認しました。2点修正をお願いします。

1. 1/14 「鶏肉のごまだれ焼き」：ごまに○が抜けています
2. 1/21 「ミネストローネ」：コンソメの乳の有無を納入業者にご確認ください

修正版をお待ちしています。

設楽
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "R9_01_献立アレルゲン表_確認済.xlsx",
            "sheets": {"1月": [
                ["令和9年1月 献立別アレルゲン表（特定原材料8品目＋ごま）", "", "", "", "", "", "", "", "", ""],
                ["日付", "献立名", "卵", "乳", "小麦", "えび", "かに", "くるみ", "落花生", "ごま"],
                ["1/13", "豚汁", "", "", "", "", "", "", "", ""],
                ["1/13", "さばの味噌煮", "", "", "○", "", "", "", "", ""],
                ["1/14", "鶏肉のごまだれ焼き", "", "", "○", "", "", "", "", "（要修正）"],
                ["1/15", "かき揚げうどん", "○", "", "○", "○", "", "", "", ""],
                ["1/21", "ミネストローネ", "", "（確認中）", "○", "", "", "", "", ""],
                ["1/22", "くるみ入りパン", "○", "○", "○", "", "", "○", "", ""],
            ]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "menu × allergen table to the caterer: allergy words but no person in it",
    },
    {
        "id": "gakkoui-037",
        "charset": "utf-8",
        "sender": KIRYU,
        "to": ["ツバサシステム 導入支援 <donyu-support@tsubasa-system.jp>"],
        "cc": [SAEKI],
        "subject": "保健管理システム 初期データ（新入生保健調査）",
        "body": """ツバサシステム 導入支援チーム 御中

日の出産業 情報システム部の桐生です。
保健管理システムへの初期取込用データ（新入生の保健調査票 入力分）を
ZIPにまとめてお送りします。文字コードはUTF-8、カンマ区切りです。

・hoken_chosa_chu1.csv　中学1年
・hoken_chosa_ko1.csv　 高校1年

取込テストの結果をお知らせください。

桐生
""",
        "attachments": [{
            "kind": "zip",
            "name": "shonyu_data_20260410.zip",
            "files": [
                {"kind": "csv", "name": "hoken_chosa_chu1.csv", "encoding": "utf-8", "rows": [
                    ["gakuseki", "shimei", "seinengappi", "jusho", "hogosha_tel", "kiou", "allergy", "fukuyaku"],
                    ["J26001", "綿貫 颯太", "2013-05-21", "神奈川県平塚市夕陽ケ丘3-11-6", "090-1172-5583", "腎炎（小3）", "", ""],
                    ["J26002", "御手洗 結菜", "2013-08-02", "神奈川県茅ヶ崎市浜竹2-7-19", "080-6620-4417", "", "花粉", ""],
                    ["J26003", "東海林 陽翔", "2013-11-30", "神奈川県東雲市若葉台5-2-8", "070-8811-2036", "川崎病（2歳）", "", "アスピリン"],
                    ["J26004", "四十物 凛", "2014-01-17", "神奈川県藤沢市辻堂元町4-18-3", "090-4458-7091", "", "卵・乳", ""],
                    ["J26005", "勅使河原 蒼", "2013-04-09", "神奈川県伊勢原市桜台1-9-12-305", "080-2290-6634", "ADHD", "", "コンサータ"],
                ]},
                {"kind": "csv", "name": "hoken_chosa_ko1.csv", "encoding": "utf-8", "rows": [
                    ["gakuseki", "shimei", "seinengappi", "jusho", "hogosha_tel", "kiou", "allergy", "fukuyaku"],
                    ["H26003", "阿久津 柚希", "2011-01-22", "神奈川県秦野市鶴巻北2-4-27", "070-2291-0083", "熱中症", "", ""],
                    ["H26017", "南雲 律", "2010-07-07", "神奈川県東雲市日の出台4-6-1", "090-7715-6630", "", "そば", ""],
                    ["H26031", "八木橋 悠斗", "2011-03-09", "神奈川県平塚市四之宮6-3-40", "070-6650-1938", "てんかん", "", "デパケン"],
                ]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP of CSVs: eight students' addresses, DOB, parents' phones and medical history to the system vendor (reasons 1, 3)",
    },
    {
        "id": "gakkoui-038",
        "charset": "iso-2022-jp",
        "sender": INABA,
        "to": ["瓜生 久美子 <kumiko.uryu@gmail.com>"],
        "subject": "琴音さんの足首のその後について",
        "body": """瓜生様

日の出学園 保健室の稲葉です。
先週の体育で琴音さんが痛めた右足首ですが、真鍋整形外科で「右足関節捻挫（Ⅱ度）」との
診断をいただいたと担任から聞きました。その後の様子はいかがでしょうか。

学校ではしばらく体育は見学とし、階段の昇降に配慮するよう担任と共有しております。
なお、スポーツ安全共済の給付申請ができますので、医療機関での
「医療等の状況」の記入をお願いする際の用紙を来週お子さんに持たせます。

お大事になさってください。

""" + SIG_INABA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a child's injury diagnosis sent to her own parent's private address: sensitive data, but the recipient is the guardian",
    },
    {
        "id": "gakkoui-039",
        "charset": "cp932",
        "sender": SAEKI,
        "to": [KATSURAGI],
        "subject": "視力検査結果（C・D判定者）のご報告",
        "body": """桂木眼科
桂木 梢 先生

いつもお世話になっております。日の出学園 保健室の佐伯です。
春の視力検査で裸眼・矯正ともにC・D判定となった生徒をご報告いたします。
眼科検診の際、重点的に診ていただけますと幸いです。

学年組　氏　名　　　　　右　　左　　判定　備考
－－－　－－－－－－－　－－　－－　－－　－－－－－－－－－
中１－１　早乙女　倫　　　０．３　０．２　Ｃ　眼鏡未作成
中１－４　羽生　瑛太　　　０．１　０．４　Ｄ　不同視の疑い
中２－２　宇佐美　栞　　　０．２　０．２　Ｃ　コンタクト使用（矯正不良）
中３－１　江頭　悠　　　　０．６　０．１　Ｄ　弱視治療歴あり
高１－３　兵頭　晴　　　　０．２　０．３　Ｃ　円錐角膜の家族歴
高２－１　生田目　楓　　　０．１　０．１　Ｄ　強度近視

""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "full-width padded table of six named students' vision results and eye history to the school ophthalmologist (reasons 1, 3)",
    },
    {
        "id": "gakkoui-040",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [WASHIO, "石動 和也 <isurugi.kazuya@gakuen.hinode-sangyo.co.jp>"],
        "subject": "定期健康診断 結果一覧（高2・要受診者）",
        "body": """鷲尾先生、石動先生

お疲れさまです。佐伯です。
高校2年の定期健康診断の要受診者一覧です。修学旅行前の面談資料としてお使いください。
保護者への受診勧告書は明日配布します。

佐伯
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "高2_健診結果_要受診者.xlsx",
            "sheets": {"高2要受診": [
                ["令和8年度 定期健康診断 高校2年 要受診者一覧（校内限り）", "", "", "", "", ""],
                ["組", "氏名", "生年月日", "項目", "結果", "受診状況"],
                ["1", "鶴見 結翔", "2009-09-08", "尿検査", "蛋白(2+)", "未"],
                ["2", "五味 陸", "2010-02-11", "心電図", "WPW症候群", "受診済"],
                ["3", "梶 実桜", "2009-06-03", "内科", "脊柱側弯症の疑い", "未"],
                ["4", "桑島 柊", "2009-10-12", "胸部X線", "要精密", "未"],
                ["5", "木暮 愛莉", "2010-03-25", "視力", "D（0.1/0.1）", "受診済"],
                ["6", "外山 駿", "2009-07-17", "内科", "肥満度+52%", "未"],
            ]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health check results of named students, but both recipients are internal (one on a subdomain)",
    },
]

# ---------------------------------------------------------------------------- 041-060
MESSAGES += [
    {
        "id": "gakkoui-041",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [HAYASE],
        "subject": "心臓検診 管理区分の確認（学校生活管理指導表）",
        "body": """早瀬先生

いつもお世話になっております。保健室の佐伯です。
心臓検診の二次検診結果と、主治医から提出された学校生活管理指導表の
管理区分を一覧にしました（PDF）。
体育・部活動の参加可否を職員会議で共有する前に、先生のご確認をいただけますでしょうか。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "pdf",
            "name": "心臓検診_管理区分一覧_R8.pdf",
            "title": "心臓検診 管理区分一覧",
            "page_footer": "日の出学園 保健室",
            "lines": ["令和8年度 心臓検診 二次検診結果・管理区分一覧", ""],
            "table": [
                ["学年組", "氏名", "診断名", "管理区分", "運動部活動", "主治医"],
                ["中1-1", "白鳥 凪", "完全右脚ブロック", "E可", "可", "東雲こども医療センター"],
                ["中1-3", "神保 碧", "WPW症候群", "D", "条件付き可", "湘南ハートクリニック"],
                ["高1-2", "沖田 奏", "QT延長症候群", "C", "不可（水泳禁止）", "東雲大学病院 小児循環器科"],
                ["高1-4", "兵頭 晴", "心室性期外収縮", "E可", "可", "早瀬内科クリニック"],
                ["高2-2", "五味 陸", "WPW症候群（アブレーション後）", "E可", "可", "湘南ハートクリニック"],
                ["高3-1", "雨宮 蒼空", "肥大型心筋症の疑い", "C", "不可", "東雲大学病院 循環器内科"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of six named students' heart diagnoses and activity restrictions to the school doctor (reasons 1, 3)",
    },
    {
        "id": "gakkoui-042",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [KYOIKU],
        "subject": "【取扱注意】令和9年度 保健室経営計画（素案）の送付",
        "body": """【取扱注意】
東雲市教育委員会 学務課 保健給食係 御中

日の出学園 教頭の鷲尾です。
学校保健連絡会でご依頼のありました、令和9年度 保健室経営計画の素案をお送りします。
本資料は校内検討中のものにつき、取扱注意でお願いいたします。

＜概要＞
1. 重点目標：心の健康課題への早期対応、熱中症事故ゼロ
2. 保健室の体制：養護教諭2名（うち1名は非常勤からの切替を検討）
3. 予算要求：非接触体温計・冷却設備の更新、保健室のベッド1台増設
4. 学校医との連携：月1回の健康相談日を新設

ご意見をいただければ、2月の職員会議で反映いたします。

""" + SIG_WASHIO,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【取扱注意】 in subject and first line, sent to an outside body (reason 6)",
    },
    {
        "id": "gakkoui-043",
        "charset": "cp932",
        "sender": KOGA,
        "to": ["東雲メディカルレンタル 営業課 <eigyo@shinonome-medirental.co.jp>"],
        "subject": "健康診断用機器レンタルのお見積りについて",
        "body": """東雲メディカルレンタル株式会社
営業課 ご担当者様

お世話になっております。日の出学園 事務室の古閑です。
ご提示いただいたお見積り（見積番号 SMR-26-0418）について、以下で発注予定です。

品目                    数量    単価(税別)    日数
デジタル身長計          2台     3,200         2日
体組成計 InBody-S       2台     8,500         2日
オージオメーター        3台     4,800         3日
視力計（ランドルト環）  2台     2,900         3日

納品は5月13日（水）午前、返却は5月18日（月）引取りでお願いします。
注文書は正式に押印のうえ、来週初めに郵送いたします。

""" + SIG_KOGA + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "equipment rental order with a quote number and price list, standard disclaimer: ordinary business mail",
    },
    {
        "id": "gakkoui-044",
        "charset": "iso-2022-jp",
        "sender": INABA,
        "to": ["宍戸 美佐 <misa.shishido.pta@gmail.com>"],
        "subject": "保健委員会 生徒・保護者の連絡先一覧",
        "body": """PTA保健部長 宍戸様

いつもお世話になっております。保健室の稲葉です。
12月の「親子で考える睡眠講座」のお手伝いをしていただく、生徒保健委員と
保護者の方の連絡先をまとめました。当日のご連絡用にお使いください。

【生徒保健委員（保護者）】
1) 宍戸 湊斗（中2）／保護者 宍戸 美佐
   TEL 090-4412-8873　mail misa.shishido.pta@gmail.com
2) 篠宮 澪（中3）／保護者 篠宮 典子
   TEL 080-2236-5109　mail noriko-shinomiya@yahoo.co.jp
3) 轟 颯（高1）／保護者 轟 勝
   TEL 070-5518-3342　mail todoroki.masaru@icloud.com
4) 仙波 莉子（高2）／保護者 仙波 あゆみ
   TEL 090-6607-2281　mail ayumi.senba@ezweb.ne.jp
5) 雨宮 蒼空（高3）／保護者 雨宮 修
   TEL 080-9120-4468　mail osamu-amemiya@outlook.jp
6) 浦部 菜月（中2）／保護者 浦部 千佳
   TEL 070-3374-1925　mail chika.urabe.0308@gmail.com

よろしくお願いいたします。

""" + SIG_INABA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "six blocks of students and parents with phones and private e-mails to a PTA officer's free-mail address (reason 1)",
    },
    {
        "id": "gakkoui-045",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": ["真鍋整形外科 真鍋 大輔 先生 <manabe@manabe-seikei.jp>"],
        "subject": "部活動中の外傷 集計データ（講習会資料用）",
        "body": """真鍋先生

お世話になっております。日の出学園 保健主事の真壁です。
2月の教職員向けスポーツ外傷講習会に向けて、昨年度の部活動中の外傷を集計しました。
生徒が特定されないよう、部活動別・部位別の件数のみとしています。
資料作成にご活用ください。

""" + SIG_MAKABE,
        "attachments": [{
            "kind": "xlsx",
            "name": "部活動外傷集計_R7.xlsx",
            "sheets": {
                "部活動別": [
                    ["令和7年度 部活動中の外傷（保健室対応分）", "", "", "", ""],
                    ["部活動", "件数", "うち医療機関受診", "うち骨折", "うち災害共済給付申請"],
                    ["サッカー", 34, 12, 3, 11],
                    ["ラグビー", 27, 15, 5, 14],
                    ["バスケットボール", 22, 9, 1, 8],
                    ["陸上競技", 11, 4, 0, 3],
                    ["吹奏楽", 2, 0, 0, 0],
                ],
                "部位別": [
                    ["部位", "件数", "主な傷病"],
                    ["足関節", 31, "捻挫"],
                    ["膝", 18, "靭帯損傷・打撲"],
                    ["手指", 16, "突き指・骨折"],
                    ["頭頸部", 9, "脳振盪の疑い"],
                    ["肩・鎖骨", 8, "脱臼・骨折"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "injury statistics by club and body part only: health data, but no person can be identified",
    },
    {
        "id": "gakkoui-046",
        "charset": "iso-2022-jp",
        "sender": SHITARA,
        "to": [KITAGUNI, HAYASE],
        "cc": [SAEKI],
        "subject": "食物アレルギー対応委員会（2/4）のご案内",
        "body": """北国フーズ株式会社 沼尻様
早瀬内科クリニック 早瀬先生

お世話になっております。日の出学園 栄養教諭の設楽です。
本年度第2回の食物アレルギー対応委員会を下記のとおり開催します。

　日時：2月4日（木）16:00～17:00
　場所：日の出学園 会議室2
　内容：・誤食ヒヤリハットの共有（本年度3件）
　　　　・エピペン使用訓練（教職員向け）の振り返り
　　　　・来年度の献立作成方針

個別の生徒の資料は当日紙で配布し、回収いたします。
ご出席の可否をお知らせください。

""" + SIG_SHITARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "meeting invitation to two outside organisations (caterer and school doctor): a normal three-way mail",
    },
    {
        "id": "gakkoui-047",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [KYOIKU],
        "cc": [SAEKI, MAKABE],
        "subject": "熱中症による救急搬送事故の報告（第一報）",
        "body": """東雲市教育委員会 学務課 保健給食係 御中

日の出学園中学校・高等学校 教頭の鷲尾です。
本日発生した熱中症による救急搬送について、事故報告書（第一報）を添付いたします。
生徒は入院となりましたが、意識は回復しております。続報は明日お送りします。

""" + SIG_WASHIO,
        "attachments": [{
            "kind": "docx",
            "name": "事故報告書_第一報_0728.docx",
            "title": "事故報告書（第一報）",
            "paragraphs": [
                "事故報告書（第一報）　令和8年7月28日",
                "学校名：日の出学園高等学校　報告者：教頭 鷲尾 康弘",
                "1. 発生日時：令和8年7月28日（火）10時25分頃",
                "2. 発生場所：第二グラウンド（陸上競技部 練習中）",
                "3. 被災生徒：高等学校1年4組 能登 拓海（のと たくみ）　男",
                "4. 概要：1000m走の3本目終了後に座り込み、呼びかけへの反応が鈍くなった。WBGTは30.8。",
                "5. 対応：10時28分 養護教諭到着、体表冷却開始。10時31分 119番通報。10時44分 東雲市立病院へ搬送。",
                "6. 診断：熱中症（Ⅲ度）、横紋筋融解症の疑いにより入院。",
                "7. 既往：気管支喘息（軽症、服薬なし）",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX accident report naming one student with his diagnosis and medical history, to the board of education (reason 3)",
    },
    {
        "id": "gakkoui-048",
        "charset": "cp932",
        "sender": JONOUCHI,
        "to": ["久我 直人 <kuga.naoto@softbank.ne.jp>"],
        "subject": "練習試合（11/21）の件",
        "body": """久我様

城之内です。お問い合わせありがとうございます。
11月21日の練習試合の詳細は以下のとおりです。

　対戦：県立浜風高校
　会場：浜風高校 人工芝グラウンド
　集合：8:30 現地（最寄り駅から徒歩12分）
　持ち物：ユニフォーム上下（白・紺）、すね当て、水筒2本、昼食

保護者の方の観戦も可能です。駐車場はありませんので公共交通機関でお越しください。

""" + SIG_JONOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one parent on a carrier address, practical match details only",
    },
    {
        "id": "gakkoui-049",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [KYOIKU],
        "subject": "感染症による出席停止 月報（12月分）",
        "body": """東雲市教育委員会 保健給食係 ご担当者様

日の出学園 保健室の佐伯です。
12月分の感染症による出席停止の月報をお送りします（Excel 97-2003形式）。
今月から様式が変わったと伺いましたので、個人別の明細も付けております。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "xls",
            "name": "出席停止月報_202612.xls",
            "sheets": {
                "集計": [
                    ["疾病名", "中学", "高校", "計"],
                    ["インフルエンザ", 14, 22, 36],
                    ["新型コロナウイルス感染症", 3, 5, 8],
                    ["流行性角結膜炎", 0, 2, 2],
                    ["感染性胃腸炎（医師判断）", 1, 1, 2],
                ],
                "個人別明細": [
                    ["学年組", "氏名", "疾病名", "出席停止開始", "出席停止終了"],
                    ["中1-1", "早乙女 倫", "インフルエンザA", "12/2", "12/6"],
                    ["中1-3", "神保 碧", "インフルエンザA", "12/3", "12/7"],
                    ["中2-2", "我妻 心愛", "新型コロナウイルス感染症", "12/5", "12/10"],
                    ["中3-4", "都築 穂乃果", "感染性胃腸炎", "12/8", "12/9"],
                    ["高1-1", "鴨志田 一輝", "流行性角結膜炎", "12/9", "12/18"],
                    ["高2-3", "槙野 彩葉", "インフルエンザB", "12/14", "12/18"],
                    ["高3-2", "比嘉 奏太", "新型コロナウイルス感染症", "12/15", "12/20"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "legacy XLS whose second sheet lists seven named students with their infectious diseases (reasons 1, 3)",
    },
    {
        "id": "gakkoui-050",
        "charset": "utf-8",
        "sender": KOGA,
        "to": ["やまぶき社会保険労務士事務所 <office@yamabuki-sr.jp>"],
        "subject": "新任養護教諭の資格取得手続き（4/1入社）",
        "body": f"""やまぶき社会保険労務士事務所
ご担当 山吹様

いつもお世話になっております。日の出産業 教育事業部 事務室の古閑です。
4月1日付で採用した養護教諭1名について、社会保険の資格取得手続きをお願いします。

　氏名　　　　：稲葉 千晶（イナバ チアキ）
　生年月日　　：平成8年 6月 3日
　住所　　　　：〒254-0043 神奈川県平塚市紅谷町9-21-402
　基礎年金番号：4021-578316
　個人番号　　：{_grp(MN2)}
　標準報酬月額：28万円（見込み）
　被扶養者　　：なし

雇用契約書の写しは本日付で郵送いたしました。
よろしくお願いいたします。

""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a new nurse's My Number and basic pension number with address and DOB to an outside labour consultant (reason 2)",
    },
    {
        "id": "gakkoui-051",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [SONE],
        "subject": "2学期 環境衛生検査の記録をお送りします",
        "body": """曽根先生

お世話になっております。保健主事の真壁です。
2学期の日常・定期環境衛生検査の記録をExcelでお送りします。
3-2教室と理科室で二酸化炭素濃度が基準（1500ppm）を超えておりました。
換気の指導方法についてご助言いただけますと幸いです。

""" + SIG_MAKABE,
        "attachments": [{
            "kind": "xlsx",
            "name": "環境衛生検査_2学期.xlsx",
            "sheets": {
                "空気": [
                    ["教室", "測定日", "CO2(ppm)", "温度(℃)", "湿度(%)", "判定"],
                    ["1-1", "11/10", 980, 21.5, 48, "適"],
                    ["3-2", "11/10", 1720, 22.8, 52, "不適"],
                    ["理科室", "11/11", 1610, 20.9, 45, "不適"],
                    ["図書室", "11/11", 870, 21.0, 41, "適"],
                ],
                "照度": [
                    ["教室", "最大(lx)", "最小(lx)", "判定"],
                    ["1-1", 820, 420, "適"],
                    ["3-2", 760, 310, "適"],
                    ["美術室", 690, 280, "要改善"],
                ],
                "水質": [
                    ["採水場所", "残留塩素(mg/L)", "色・濁り・臭い", "判定"],
                    ["本館1F 給水栓", 0.4, "異常なし", "適"],
                    ["体育館 給水栓", 0.3, "異常なし", "適"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "classroom air, light and water measurements to the school pharmacist: no people at all",
    },
    {
        "id": "gakkoui-052",
        "charset": "utf-8",
        "sender": SAGARA,
        "to": ["こころ相談室 臨床心理士 芳賀 <haga@kokoro-soudan.or.jp>"],
        "subject": "FW: 今月の健康相談で気になった生徒（保健室より）",
        "body": """芳賀先生

いつもお世話になっております。日の出学園 教育相談担当の相良です。
来週のスクールカウンセリングの予約調整のため、保健室から共有された
メールをそのまま添付で転送します。面談の優先順位についてご意見をください。

相良 志保
日の出学園中学校・高等学校 教育相談コーディネーター
""",
        "attachments": [{
            "kind": "eml",
            "name": "今月の健康相談で気になった生徒.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": SAEKI,
                "to": [SAGARA],
                "subject": "今月の健康相談で気になった生徒",
                "body": """相良先生

お疲れさまです。佐伯です。
今月保健室で継続的に対応している生徒です。SCにつないでいただけると助かります。

・中2-3 宍戸 湊斗：腹痛で週3回来室。小児科で過敏性腸症候群と診断。家庭の事情も話し始めた。
・中3-1 篠宮 澪：リストカットの痕あり（本人了承のうえ保護者に連絡済）。心療内科受診中。
・高1-2 卜部 莉央：起立性調節障害で遅刻が続く。最近「学校に来るのがつらい」と。
・高2-4 日下部 瑞希：パニック発作（通院中）。授業中に2回来室。
・高3-1 轟 颯：摂食の問題の疑い（体重が2か月で6kg減）。

佐伯
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "attached mail (.eml) with five named students' mental-health and medical notes forwarded to an outside counsellor (reasons 1, 3)",
    },
    {
        "id": "gakkoui-053",
        "charset": "cp932",
        "sender": ISURUGI,
        "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "校外学習（10/16）バス手配について",
        "body": """青葉運輸株式会社 貸切バス課
ご担当者様

いつもお世話になっております。日の出学園 2学年主任の石動です。
10月16日の校外学習（鎌倉方面）のバス手配をお願いいたします。

　台数：大型 8台（1台あたり生徒40名＋教員1名）
　出発：8:00 本校正門　帰着：16:30
　行程：本校 → 鶴岡八幡宮 → 長谷 → 本校

1号車に車いすを利用する生徒が1名乗車します。リフト付き車両の手配と、
乗務員の方への乗降補助のご協力をお願いできますでしょうか。
（付き添いは養護教諭が行います。）

""" + SIG_ISURUGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bus booking to the partner; mentions an unnamed wheelchair user, no identifiable person",
    },
    {
        "id": "gakkoui-054",
        "charset": "iso-2022-jp",
        "sender": HOKEN,
        "to": [HOKEN],
        "bcc": [
            "kumiko.uryu@gmail.com", "mariko.enomoto77@yahoo.co.jp", "yuka.meguro.0512@gmail.com",
            "todoroki.masaru@icloud.com", "ayumi.senba@ezweb.ne.jp", "osamu-amemiya@outlook.jp",
            "noriko-shinomiya@yahoo.co.jp", "chika.urabe.0308@gmail.com",
        ],
        "subject": "【日の出学園 保健室】インフルエンザ流行に関するお知らせ",
        "body": """保護者の皆様

日頃より本校の保健活動にご理解・ご協力をいただき、ありがとうございます。
市内でインフルエンザの流行が拡大しております。ご家庭でも以下の点にご留意ください。

1. 朝の検温をお願いします。37.5℃以上の場合は登校を控えてください。
2. インフルエンザと診断された場合は出席停止となります。
　 「発症した後5日を経過し、かつ、解熱した後2日（中学生以上）を経過するまで」です。
3. 登校再開時には「登校許可証明書」の提出は不要です。保護者記入の「経過報告書」を提出してください。

このメールは送信専用アドレスから一斉送信しています（宛先は非表示）。

日の出学園中学校・高等学校 保健室
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to parents whose addresses are all in Bcc, so none can see another; general content",
    },
    {
        "id": "gakkoui-055",
        "charset": "utf-8",
        "sender": KASAI,
        "to": ["産業医事務所 三好 先生 <miyoshi@miyoshi-sangyoi.jp>"],
        "subject": "教職員ストレスチェック 集団分析結果",
        "body": """三好先生

いつもお世話になっております。日の出産業 総務部の葛西です。
日の出学園の教職員ストレスチェック（10月実施）の集団分析結果をお送りします。
職場環境改善の面談に向けて、ご所見をいただけますと幸いです。
資料は「極秘」扱いとなっておりますので、取扱いにご注意ください。

葛西 拓真
日の出産業株式会社 総務部 労務・安全衛生グループ
TEL 03-5412-7701
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "ストレスチェック集団分析_日の出学園_2026.xlsx",
            "page_header": "極秘",
            "page_footer": "極秘　日の出産業株式会社 総務部",
            "sheets": {"集団分析": [
                ["【極秘】2026年度 ストレスチェック 集団分析（日の出学園）", "", "", ""],
                ["集団", "回答者数", "総合健康リスク", "高ストレス者割合"],
                ["中学 教員", 24, 118, "16.7%"],
                ["高校 教員", 31, 124, "19.4%"],
                ["事務・技能職", 12, 96, "8.3%"],
                ["全体", 67, 117, "16.4%"],
            ]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attachment stamped 極秘 in its header, footer and title row, sent to an outside occupational doctor (reason 6); aggregate data only",
    },
    {
        "id": "gakkoui-056",
        "charset": "iso-2022-jp",
        "sender": INABA,
        "to": [MINATO],
        "subject": "フッ化物洗口 同意書の未提出者（中1）",
        "body": """湊先生

お世話になっております。保健室の稲葉です。
中1のフッ化物洗口について、同意書がまだ提出されていない生徒のリストです。
先生から保護者の方に直接ご説明いただける件、大変ありがたく存じます。
お電話の際の連絡先も記載しております。

稲葉
""",
        "attachments": [{
            "kind": "pdf",
            "name": "フッ化物洗口_同意書未提出者.pdf",
            "lines": ["フッ化物洗口 同意書 未提出者一覧（中学1年）　令和8年9月30日現在", ""],
            "table": [
                ["組", "生徒氏名", "保護者氏名", "保護者連絡先", "備考"],
                ["1", "綿貫 颯太", "綿貫 裕子", "090-1172-5583", "説明希望"],
                ["1", "東海林 陽翔", "東海林 健", "070-8811-2036", ""],
                ["2", "勅使河原 蒼", "勅使河原 美和", "080-2290-6634", "不同意の可能性"],
                ["2", "小鳥遊 芽衣", "小鳥遊 紀子", "090-3367-4402", ""],
                ["3", "遠野 奏太", "遠野 正樹", "080-5519-0276", "海外出張中（母に連絡）"],
                ["4", "舟橋 夏帆", "舟橋 里美", "070-9904-1183", ""],
                ["4", "漆原 美月", "漆原 典子", "090-6618-2259", "説明希望"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF of seven students with their parents' names and phone numbers to the school dentist (reason 1)",
    },
    {
        "id": "gakkoui-057",
        "charset": "cp932",
        "sender": SAEKI,
        "to": [MINAMI],
        "subject": "健診結果の受け渡し方法について",
        "body": """南健康管理協会
岩代様

お世話になっております。日の出学園 保健室の佐伯です。
健診結果の受け渡し方法についてご連絡いたします。

結果データは機密性が高いため、今年度からメール添付ではなく、
御社の結果配信サービス（Webダウンロード）でお受け取りしたいと考えております。
本校の利用者ID発行のお手続きを進めていただけますでしょうか。
利用者は佐伯・稲葉の2名を予定しております。

また、紙の個人票は例年どおり学年別に封入のうえ、書留でお送りください。

""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing about how results are exchanged; no personal data",
    },
    {
        "id": "gakkoui-058",
        "charset": "utf-8",
        "sender": SHITARA,
        "to": [KITAGUNI],
        "subject": "宗教上の理由による給食対応のお願い（2名）",
        "body": """北国フーズ株式会社
沼尻様

お世話になっております。設楽です。
2学期から転入する生徒2名について、宗教上の理由による給食対応をお願いしたく
ご連絡しました。

・中学2年3組　ハッサン・ライラさん
　イスラム教（ムスリム）。豚肉・豚由来成分（ゼラチン、ラード、ポークエキス）不可、
　アルコールを含む調味料（みりん等）も不可。ハラール認証の有無までは不問とのこと。
・高校1年1組　ラージ・アーラヴさん
　ヒンドゥー教。牛肉・牛由来成分不可。

対応可能な範囲を9月10日までにお知らせいただけますでしょうか。

""" + SIG_SHITARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named students' religion to the caterer: 信条 is special-care data even for one person (reason 3)",
    },
    {
        "id": "gakkoui-059",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["みどり銀行 東雲支店 法人営業課 <hojin-shinonome@midori-ginko.co.jp>"],
        "subject": "総合振込の依頼（学校医等 報酬 3月分）",
        "body": """みどり銀行 東雲支店 法人営業課 御中

いつもお世話になっております。日の出産業 教育事業部 事務室の古閑です。
3月分の学校医・学校歯科医・学校薬剤師への報酬の総合振込をお願いします。
振込指定日は3月25日です。

振込先（個人名義）
No 受取人名             金融機関        支店          種別  口座番号  金額
1  ハヤセ コウイチ       みどり銀行      平塚支店      普通  2204718   185,000
2  ミナト コウスケ       東雲信用金庫    本店営業部    普通  0831956   142,000
3  カツラギ コズエ       相模中央銀行    茅ヶ崎支店    普通  5517302   96,000
4  ソネ シロウ           みどり銀行      東雲支店      普通  4490126   88,000
5  ヤナセ ミチコ         ゆうちょ銀行    〇一八店      普通  3318805   60,000
6  コダマ ケンジ         東雲信用金庫    大磯支店      当座  0072514   60,000

合計 6件 631,000円
依頼書の原本は本日、行内便でお届けします。

""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "six individuals' personal bank accounts with names to the partner bank (reason 1)",
    },
    {
        "id": "gakkoui-060",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": ["災害共済給付係 <kyufu@sportsafety-kyosai.or.jp>"],
        "subject": "RE: 災害報告書の補足について（受付番号 K26-118204）",
        "body": """災害共済給付係 ご担当者様

ご連絡ありがとうございます。
ご指摘の「医療等の状況」原本は、本日レターパックで発送いたしました
（追跡番号 3618-4427-5091）。到着まで2～3日かかる見込みです。

引き続きよろしくお願いいたします。

""" + SIG_MAKABE + """

-----Original Message-----
From: 災害共済給付係 <kyufu@sportsafety-kyosai.or.jp>
Sent: Monday, October 19, 2026 11:20 AM
To: makabe.ryo@hinode-sangyo.co.jp
Subject: 災害報告書の補足について（受付番号 K26-118204）

日の出学園 真壁様

猪狩 智也さん（高2、右鎖骨骨折）の件、補足をありがとうございました。
医療機関作成の「医療等の状況」の原本をお送りください。
健康保険の記号・番号（0712-88 / 41）は確認いたしました。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply with a tracking number; the student's injury and insurance number are only in the quoted mail from the recipient",
    },
]

# ---------------------------------------------------------------------------- 061-080
MESSAGES += [
    {
        "id": "gakkoui-061",
        "charset": "iso-2022-jp",
        "sender": INABA,
        "to": ["北進検査センター 学校検診課 <gakko@hokushin-kensa.co.jp>"],
        "subject": "心電図検査 対象者名簿（保護PDF）",
        "body": """北進検査センター 学校検診課 御中

お世話になっております。日の出学園 保健室の稲葉です。
6月3日の心電図検査の対象者名簿をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

""" + SIG_INABA,
        "attachments": [{
            "kind": "pdf",
            "name": "心電図検査_対象者名簿_R8.pdf",
            "password": "hinode0603",
            "lines": ["令和8年度 心電図検査 対象者名簿（中学1年・高校1年）", ""],
            "table": [
                ["学籍番号", "氏名", "性別", "生年月日", "既往"],
                ["J26001", "綿貫 颯太", "男", "2013/05/21", ""],
                ["J26003", "東海林 陽翔", "男", "2013/11/30", "川崎病"],
                ["H26017", "南雲 律", "男", "2010/07/07", ""],
                ["H26031", "八木橋 悠斗", "男", "2011/03/09", ""],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: the attachment cannot be inspected (reason 7)",
    },
    {
        "id": "gakkoui-062",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [HOKENJO, HAYASE, KITAGUNI],
        "cc": [SAEKI, SHITARA],
        "subject": "【至急】給食後の体調不良者の発生について（第一報）",
        "body": """東雲市保健所 保健予防課 御中
早瀬内科クリニック 早瀬先生
北国フーズ株式会社 東雲給食センター 御中

日の出学園 教頭の鷲尾です。
本日（11/26）の給食後、中学生を中心に腹痛・嘔吐を訴える生徒が相次いでおります。

　14:30現在　症状あり 23名（中学 19名、高校 4名）、うち早退 11名
　発熱者 2名、救急搬送 なし
　本日の献立：ご飯、鶏のから揚げ、ほうれん草のおひたし、みそ汁、牛乳

検食・保存食は保管しております。保健所のご指示をいただくまで、
明日の給食は停止の方向で調整しております。
北国フーズ様には、同じ献立を提供している他校の状況の確認をお願いいたします。

""" + SIG_WASHIO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three outside organisations (health centre, clinic, caterer) in To at once (reason 4); counts only",
    },
    {
        "id": "gakkoui-063",
        "charset": "cp932",
        "sender": SAEKI,
        "to": ["錦印刷 制作部 丸岡 <maruoka@nishiki-insatsu.co.jp>"],
        "subject": "手洗いポスター（B2）の印刷依頼",
        "body": """丸岡様

いつもお世話になっております。佐伯です。
保健委員会の生徒が作った「正しい手洗い」スライドを、B2ポスター6枚組にしたいと考えています。
元データのPowerPointをお送りします。1スライド＝1枚でお願いします。
各20部、12月初旬の納品希望です。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "pptx",
            "name": "正しい手洗い_保健委員会.pptx",
            "title": "正しい手洗い",
            "slides": [
                ["正しい手洗い 6つのステップ", "日の出学園 生徒保健委員会"],
                ["1. 手のひらをこする", "石けんをよく泡立てて"],
                ["2. 手の甲をのばすようにこする", "左右とも"],
                ["3. 指先・爪の間", "手のひらの上でかくように"],
                ["4. 指の間を洗う", "5. 親指をねじり洗い", "6. 手首も忘れずに"],
                ["30秒以上かけて洗おう", "ハンカチは毎日取りかえよう"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX poster content to the partner printer: health education, no personal data",
    },
    {
        "id": "gakkoui-064",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": ["ひだまり発達支援室 大庭 <ooba@hidamari-hattatsu.jp>"],
        "subject": "FW: 息子の診断について（中1 勅使河原）",
        "body": """ひだまり発達支援室
大庭 様

いつもお世話になっております。日の出学園 保健室の佐伯です。
先日ご相談した生徒について、保護者の方からメールをいただきましたので転送いたします。
校内支援会議（10/14）の前に、ご助言をいただけますと幸いです。

佐伯

---------- Forwarded message ----------
From: 勅使河原 美和 <miwa.teshigawara@gmail.com>
Date: 2026年10月5日(月) 21:48
Subject: 息子の診断について（中1 勅使河原）
To: 佐伯 美穂 <saeki.miho@gakuen.hinode-sangyo.co.jp>

佐伯先生

いつも蒼がお世話になっております。
先月、東雲こども医療センターの児童精神科で、ADHD（注意欠如・多動症）と
自閉スペクトラム症の併存との診断を受けました。
9月からコンサータ18mgを毎朝服用しています。昼過ぎに食欲が落ちるようで、
給食を残すことがあるかもしれません。
授業中の座席は前の方にしていただけると助かります。

勅使河原 美和
""" + "\n" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward of a parent's mail with her son's psychiatric diagnosis and medication to an outside consultant: forwarded text counts (reason 3)",
    },
    {
        "id": "gakkoui-065",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["ナースサポート東雲 派遣課 <haken@nurse-support.jp>"],
        "cc": [ISURUGI],
        "subject": "修学旅行 同行看護師さんへの申し送り（要配慮生徒）",
        "body": """ナースサポート東雲 派遣課
ご担当 的場様

お世話になっております。日の出学園 保健室の佐伯です。
3月の修学旅行に同行いただく看護師さんへの申し送りです。
受診が必要になった場合に備え、保険証の記号・番号も記載しています。

■■ 1 ■■
氏名：外山 駿（とやま しゅん）　2年2組
生年月日：平成21年7月17日
持病：1型糖尿病（インスリンポンプ使用）
保険証：記号 3318 番号 204
■■ 2 ■■
氏名：芦田 彩花（あしだ あやか）　2年3組
生年月日：平成21年12月1日
持病：てんかん（就寝前服薬）
保険証：記号 71-06 番号 15
■■ 3 ■■
氏名：辻本 蒼太（つじもと そうた）　2年4組
生年月日：平成22年3月8日
持病：気管支喘息
保険証：記号 2290 番号 831
■■ 4 ■■
氏名：卜部 莉央（うらべ りお）　2年6組
生年月日：平成21年8月29日
持病：起立性調節障害
保険証：記号 1441 番号 77
■■ 5 ■■
氏名：日下部 瑞希（くさかべ みずき）　2年7組
生年月日：平成21年5月14日
持病：パニック障害（頓服あり）
保険証：記号 0508 番号 3126

""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "five record blocks with DOB, chronic illness and health-insurance numbers to a nurse agency (reasons 1, 2, 3)",
    },
    {
        "id": "gakkoui-066",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": [KASAI],
        "subject": "学校薬剤師 曽根先生の個人番号（支払調書用）",
        "body": f"""葛西さん

お疲れさまです。学園事務室の古閑です。
本社で一括作成いただく支払調書用に、学校薬剤師 曽根先生の情報をお送りします。
番号確認書類の写しは社内便で総務部宛に送りました。

　氏名：曽根 史郎（ソネ シロウ）
　住所：神奈川県東雲市桜ケ丘2-14-9
　個人番号：{MN3}
　支払金額（年額）：1,056,000円

保管が終わりましたら、このメールは削除いたします。

古閑
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "a My Number sent between two company addresses (one on a subdomain): all recipients internal",
    },
    {
        "id": "gakkoui-067",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": ["白川法律事務所 白川 先生 <shirakawa@shirakawa-1aw.jp>"],
        "subject": "部活動中の事故に関するご相談",
        "body": """白川法律事務所
白川 先生

いつもお世話になっております。日の出学園 教頭の鷲尾です。
先月のラグビー部の事故について、保護者の方から損害賠償に関するお申し出があり、
ご相談させていただきたくご連絡しました。

・生徒：高校2年 猪狩 智也
・事故：10月8日 タックル練習中の接触で右鎖骨骨折、翌日手術
・経過：現在も可動域制限があり、12月に抜釘手術の予定。
　　　　本人は「練習メニューが危険だった」と話しており、保護者は顧問の指導に疑問を持たれています。

来週中にお打合せのお時間をいただけますでしょうか。

""" + SIG_WASHIO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "shirakawa-1aw.jp has a digit 1 for l in the partner law firm's domain, and the mail carries a named student's injury (reasons 5, 3)",
    },
    {
        "id": "gakkoui-068",
        "charset": "cp932",
        "sender": INABA,
        "to": [HAYASE],
        "subject": "FW: 教職員インフルエンザ予防接種 希望者",
        "body": """早瀬先生

お世話になっております。稲葉です。
教職員のインフルエンザ予防接種（11/6 校内実施）の希望者について、
事務室からまとめてもらったメールを添付します。予診票の準備にお使いください。
人数は計9名です。

稲葉
""",
        "attachments": [{
            "kind": "eml",
            "name": "教職員インフル予防接種 希望者.eml",
            "message": {
                "charset": "utf-8",
                "sender": KOGA,
                "to": [INABA],
                "subject": "教職員インフル予防接種 希望者",
                "body": """稲葉さん

希望者をまとめました。当日は職員室で声をかけます。

氏名, 生年月日, 内線, 携帯
石橋 恭平, 1983-12-05, 221, 080-3391-2075
相良 志保, 1992-09-02, 318, 090-8846-1530
真壁 亮, 1990-04-19, 402, 070-4127-9962
設楽 由紀, 1985-06-14, 331, 090-2271-6054
城之内 剛, 1988-01-30, 405, 090-6612-4471
石動 和也, 1979-10-27, 223, 080-7720-1396
氷見 玲奈, 1994-02-08, 227, 070-2093-8815
古閑 奈々, 1989-11-23, 101, 080-6645-3307
鷲尾 康弘, 1971-03-08, 100, 090-1158-2740

古閑
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached mail with nine staff members' dates of birth and mobile numbers, sent to an outside clinic (reason 1)",
    },
    {
        "id": "gakkoui-069",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": ["宍戸 美佐 <misa.shishido.pta@gmail.com>"],
        "subject": "年末年始の休日当番医について",
        "body": """宍戸様

お世話になっております。保健室の佐伯です。
PTAだより1月号に掲載いただく、年末年始の休日当番医（東雲市医師会 発表分）です。

12/29（火）　東雲中央クリニック（内科・小児科）　　0463-70-1123
12/30（水）　はまかぜ小児科　　　　　　　　　　　　0463-72-5580
12/31（木）　若葉台ファミリークリニック（内科）　　0463-75-0091
 1/ 1（金）　東雲市休日急患診療所　　　　　　　　　0463-71-9999
 1/ 2（土）　さくら通り内科　　　　　　　　　　　　0463-74-3312
 1/ 3（日）　東雲市休日急患診療所　　　　　　　　　0463-71-9999

受付時間はいずれも9:00～16:30です。変更が出ることがありますので、
「最新情報は市のホームページでご確認ください」と添えていただけますと幸いです。

佐伯
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a list of clinics (businesses) and their switchboards to one parent on free mail",
    },
    {
        "id": "gakkoui-070",
        "charset": "utf-8",
        "sender": INABA,
        "to": [HAYASE],
        "subject": "内科検診 欠席者の追加受診のお願い（4名）",
        "body": """早瀬先生

お世話になっております。稲葉です。
5月の内科検診を欠席した生徒4名について、クリニックでの追加受診をお願いできればと存じます。

学年組 / 氏名 / 生年月日
・中2-1 羽生 瑛太 / 2012-08-16
・中3-4 瓜生 琴音 / 2011-10-02
・高1-3 ンドゥール アミナタ / 2010-11-04
・高3-2 比嘉 奏太 / 2008-06-01

保護者には、6月中に各自で予約のうえ受診するよう案内いたします。

""" + SIG_INABA,
        "html": """<html><body>
<p>早瀬先生</p>
<p>お世話になっております。稲葉です。<br>
5月の内科検診を欠席した生徒4名について、クリニックでの追加受診をお願いできればと存じます。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>学年組</th><th>氏名</th><th>生年月日</th></tr>
<tr><td>中2-1</td><td>羽生 瑛太</td><td>2012-08-16</td></tr>
<tr><td>中3-4</td><td>瓜生 琴音</td><td>2011-10-02</td></tr>
<tr><td>高1-3</td><td>ンドゥール アミナタ</td><td>2010-11-04</td></tr>
<tr><td>高3-2</td><td>比嘉 奏太</td><td>2008-06-01</td></tr>
</table>
<p>保護者には、6月中に各自で予約のうえ受診するよう案内いたします。</p>
<p>日の出産業株式会社 教育事業部<br>日の出学園 保健室 稲葉 千晶<br>TEL：0463-71-2200（内線316）</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four students' names and dates of birth (text + HTML) to the school doctor: one to four records, may be warned",
    },
    {
        "id": "gakkoui-071",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": ["青嵐学院中学校 保健室 <hokenshitsu@seiran-gakuin.ed.jp>"],
        "subject": "転学に伴う健康診断票の送付について（中2 栗花落ひまり）",
        "body": """青嵐学院中学校
養護教諭 ご担当者様

はじめてご連絡いたします。日の出学園中学校 養護教諭の佐伯と申します。
10月末で貴校へ転学する生徒の健康診断票（写し）をお送りします。
原本は指導要録とともに教務から郵送いたします。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "docx",
            "name": "健康診断票_写し_栗花落.docx",
            "title": "生徒健康診断票（一般）写し",
            "paragraphs": ["生徒健康診断票（一般）　写し", "日の出学園中学校"],
            "tables": [[
                ["氏名", "栗花落 ひまり（つゆり ひまり）", "性別", "女"],
                ["生年月日", "平成24年10月3日", "学年", "中学2年"],
                ["身長・体重", "148.2cm / 36.4kg", "視力", "右0.7 左0.4（B/C）"],
                ["尿検査", "異常なし", "心電図", "異常なし"],
                ["既往歴", "ネフローゼ症候群（小4、寛解）", "アレルギー", "ハウスダスト"],
                ["学校医所見", "特記なし", "事後措置", "眼科受診勧告"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named student's full health record with medical history to another school (reason 3)",
    },
    {
        "id": "gakkoui-072",
        "charset": "cp932",
        "sender": KOGA,
        "to": ["早瀬内科クリニック 事務 <jimu@hayase-naika.jp>"],
        "subject": "学校医報酬・検診料のお支払い予定について",
        "body": """早瀬内科クリニック
事務ご担当者様

いつもお世話になっております。日の出学園 事務室の古閑です。
以下のご請求について、お支払い予定日をお知らせいたします。

請求書番号        内容                          金額（税込）   支払予定日
HN-2026-0912      10月分 学校医報酬             185,000        11月30日
HN-2026-0913      10月 結核検診 追加診察料      33,000         11月30日
HN-2026-0947      インフルエンザ予防接種（9名）  36,300         12月25日

お振込先は請求書記載の口座（御院名義）に変更ありません。
ご確認のほどよろしくお願いいたします。

""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice numbers, amounts and payment dates to the clinic's office: ordinary accounting mail",
    },
    {
        "id": "gakkoui-073",
        "charset": "utf-8",
        "sender": INABA,
        "to": [KASAI],
        "cc": ["労務・安全衛生G <anzen-eisei@mail.hinode-sangyo.co.jp>"],
        "subject": "教職員定期健診 未受診者・要再検査者（学園分）",
        "body": """葛西さん

お疲れさまです。学園保健室の稲葉です。
本社の安全衛生委員会用に、学園教職員の定期健診の状況をお送りします。

【未受診】
　石動 和也（高校）　8/22欠席 → 9/12 南健康管理協会で受診予約済
　氷見 玲奈（高校）　海外引率のため → 10月受診予定

【要再検査】
　鷲尾 康弘　　血圧 168/102　要精密（循環器）
　城之内 剛　　ALT 96　要再検査
　古閑 奈々　　便潜血(+)　要精密
　石橋 恭平　　HbA1c 7.1　要治療

産業医面談の日程調整をお願いします。

稲葉
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "staff health check results by name, but sent only to company addresses (mail. subdomain is internal)",
    },
    {
        "id": "gakkoui-074",
        "charset": "utf-8",
        "sender": HIMI,
        "to": ["Global Bridge ALT Services <coordinator@globalbridge-alt.com>"],
        "subject": "Sick leave of our ALT, Mr Daniel Okafor",
        "body": """Dear Coordinator,

I am writing to let you know that our ALT, Mr Daniel Okafor, was taken to
Shinonome City Hospital yesterday afternoon with acute appendicitis and had an
emergency appendectomy last night. The doctor expects him to stay in hospital for
about five days and to rest at home for another week.

Could you arrange a substitute ALT for the period 9 to 20 November? His classes
are on Monday, Tuesday and Thursday (Year 7 and Year 10).

We will send his medical certificate once the hospital issues it.

Best regards,
Rena Himi
English Department, Hinode Gakuen
Tel: +81-463-71-2200
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail with a named teacher's diagnosis and surgery to the dispatch agency (reason 3)",
    },
    {
        "id": "gakkoui-075",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": ["ツバサシステム Web運用 <web-ops@tsubasa-system.jp>"],
        "subject": "学校HP 保健室ページ更新用PDF",
        "body": """ツバサシステム Web運用ご担当者様

お世話になっております。日の出学園 保健室の佐伯です。
保健室ページに掲載する保健だより（10月・11月号）と、
「登校再開時の経過報告書」様式をZIPでお送りします。
11月2日（月）の公開でお願いいたします。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "zip",
            "name": "hoken_web_202611.zip",
            "files": [
                {"kind": "pdf", "name": "hokendayori_10.pdf",
                 "lines": ["保健だより 10月号", "目の愛護デー（10月10日）", "スマホは30分に1回休憩を。"]},
                {"kind": "pdf", "name": "hokendayori_11.pdf",
                 "lines": ["保健だより 11月号", "インフルエンザ予防のポイント", "手洗い・換気・睡眠"]},
                {"kind": "docx", "name": "keika_houkokusho.docx",
                 "paragraphs": ["登校再開時の経過報告書（保護者記入）", "生徒氏名：＿＿＿＿　学年・組：＿＿＿＿",
                                "疾病名：＿＿＿＿　発症日：＿＿＿＿　医療機関名：＿＿＿＿"]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of newsletters and a blank form for the website: nothing personal",
    },
    {
        "id": "gakkoui-076",
        "charset": "cp932",
        "sender": KOGA,
        "to": ["メディスクエア 法人営業 佐々井 <sasai@medi-square.co.jp>"],
        "subject": "保健室備品の更新見積のご依頼",
        "body": """メディスクエア株式会社
法人営業 佐々井様

お世話になっております。日の出学園 事務室の古閑です。
来年度の保健室備品の更新を検討しております。
台帳から更新対象（○印）を抜き出しましたので、お見積りをお願いできますでしょうか。

""" + SIG_KOGA,
        "attachments": [{
            "kind": "xlsx",
            "name": "保健室備品台帳_更新対象.xlsx",
            "page_header": "社外秘",
            "sheets": {"備品台帳": [
                ["社外秘　日の出学園 保健室 備品台帳（令和8年度）", "", "", "", ""],
                ["資産番号", "品名", "取得年度", "取得価額", "更新"],
                ["HG-H-0012", "診察用ベッド", "2014", "88,000", "○"],
                ["HG-H-0019", "AED（HS-2000）", "2019", "298,000", ""],
                ["HG-H-0027", "オージオメーター", "2012", "165,000", "○"],
                ["HG-H-0031", "車いす（折りたたみ）", "2016", "42,000", "○"],
                ["HG-H-0040", "薬品保管庫（施錠式）", "2010", "73,000", "○"],
            ]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached inventory marked 社外秘 in its page header and title row, sent to a supplier (reason 6)",
    },
    {
        "id": "gakkoui-077",
        "charset": "iso-2022-jp",
        "sender": ISURUGI,
        "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "Re: 校外学習（10/16）バス手配について",
        "body": """青葉運輸 貸切バス課
ご担当 戸川様

リフト付き車両のご手配、ありがとうございます。
当日の引率責任者の連絡先をお知らせします。

　石動 和也（学年主任）　　　　０８０－７７２０－１３９６
　佐伯 美穂（養護教諭・1号車）　０９０－５５１８－０２６４
　石橋 恭平（2号車）　　　　　 ０８０－３３９１－２０７５

遅延などがありましたら、いずれかにご連絡ください。

石動

> 日の出学園 石動様
> 1号車はリフト付き車両（大型）で手配いたしました。
> 当日の引率の先生の携帯番号を3名分ほどお知らせいただけますか。
> 青葉運輸 戸川
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three teachers' mobile numbers in full-width digits to the bus partner: one to four records, may be warned",
    },
    {
        "id": "gakkoui-078",
        "charset": "utf-8",
        "sender": SAGARA,
        "to": ["こころ相談室 臨床心理士 芳賀 <haga@kokoro-soudan.or.jp>"],
        "subject": "緊急のカウンセリングのお願い（高1女子）",
        "body": """芳賀先生

日の出学園の相良です。急ぎのご相談です。
高校1年2組の御手洗 結菜さん（仮名ではありません）が、昨日の下校中、
東雲駅から乗った電車内で痴漢の被害に遭いました。
保護者と東雲警察署に被害届を出しており、本人は今朝保健室登校しています。
眠れない、電車に乗れないと話しています。

今週中にカウンセリングの時間を取っていただけないでしょうか。
保護者の了解は得ています。

相良 志保
日の出学園中学校・高等学校 教育相談コーディネーター
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named student as the victim of a crime, sent to an outside counsellor (reason 3)",
    },
    {
        "id": "gakkoui-079",
        "charset": "utf-8",
        "sender": HIMI,
        "to": ["Global Bridge ALT Services <coordinator@globalbridge-alt.com>"],
        "subject": "Annual health check for ALTs – dates",
        "body": """Dear Coordinator,

Our annual staff health check will be held on 22 August at the school.
Under our contract the ALTs you dispatch may join it free of charge.

- Time: 8:30-11:30 (fasting from 9 pm the night before)
- Place: Gymnasium 1
- What to bring: the questionnaire (attached to the invitation they will receive
  from our office), a urine sample, and their residence card for identification.

If an ALT prefers to have the check at his or her own clinic, please let us know by
31 July so that we can adjust the list.

Kind regards,
Rena Himi
Hinode Gakuen High School

-- 
CONFIDENTIALITY NOTICE: This message and any attachments are confidential and
intended only for the named recipient. If you are not the intended recipient,
please delete it and notify the sender.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English arrangements mail; the only confidential wording is the standard notice at the end",
    },
    {
        "id": "gakkoui-080",
        "charset": "iso-2022-jp",
        "sender": INABA,
        "to": ["東雲市歯科医師会 事務局 <jimukyoku@shinonome-da.or.jp>"],
        "subject": "「歯と口の健康」ポスターコンクール 応募作品の送付",
        "body": """東雲市歯科医師会 事務局 御中

いつもお世話になっております。日の出学園 保健室の稲葉です。
「歯と口の健康に関する図画・ポスターコンクール」への応募作品を、
本日宅配便で発送いたしました（伝票番号 4412-8830-6127）。

　中学の部：12点
　高校の部：5点

応募票は各作品の裏面に貼付しております。
保護者の掲載同意書は、入賞作品が決まりましたら個別にお送りします。

""" + SIG_INABA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipment notice with counts and a tracking number, nothing personal",
    },
]

# ---------------------------------------------------------------------------- 081-100
MESSAGES += [
    {
        "id": "gakkoui-081",
        "charset": "cp932",
        "sender": INABA,
        "to": ["東雲市歯科医師会 事務局 <jimukyoku@shinonome-da.or.jp>"],
        "subject": "Re: ポスターコンクール 入賞者の掲載について",
        "body": """東雲市歯科医師会 事務局
ご担当 小山内様

入賞のご連絡をいただき、ありがとうございます。本人もたいへん喜んでおります。
会報・市広報への掲載について、保護者から同意をいただきましたのでお知らせします。

　氏名（掲載表記）：木暮 愛莉（こぐれ あいり）
　学年：日の出学園高等学校 2年
　作品名：「８０２０へのバトン」

表彰式（6月13日）には本人と保護者1名が出席予定です。

""" + SIG_INABA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "one prize-winner's name and school year for publication with consent: a single person, no sensitive data",
    },
    {
        "id": "gakkoui-082",
        "charset": "utf-8",
        "sender": KOGA,
        "to": [SAKURA],
        "subject": "修学旅行 救護室の追加利用料 カード決済のお願い",
        "body": f"""さくらホテル 団体営業課 御中

お世話になっております。日の出学園 事務室の古閑です。
修学旅行中の救護室（2室）と看護師控室の追加利用料について、
請求書（No. SH-27-03117）の金額を法人カードで決済いただけますでしょうか。

　カード会社：JCB
　カード番号：{CARD8}
　有効期限：2029年11月
　名義：NANA KOGA（日の出産業株式会社）

決済後、領収書を事務室宛にお送りください。

""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number in the body to the partner hotel (reason 2)",
    },
    {
        "id": "gakkoui-083",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [KYOIKU],
        "subject": "学校保健統計調査 調査票の提出",
        "body": """東雲市教育委員会 学務課 保健給食係 御中

お世話になっております。日の出学園 保健室の佐伯です。
学校保健統計調査の調査票（発育状態・健康状態）をPDFで提出いたします。
不備がありましたらご指摘ください。

""" + SIG_SAEKI,
        "attachments": [{"kind": "corrupt", "name": "学校保健統計調査票_日の出学園.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected (reason 7)",
    },
    {
        "id": "gakkoui-084",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [KYOIKU],
        "subject": "暑さ指数（WBGT）測定記録（7月分）の提出",
        "body": """東雲市教育委員会 保健給食係 ご担当者様

日の出学園 保健主事の真壁です。
熱中症事故防止のための暑さ指数（WBGT）の測定記録、7月分をお送りします。
31を超えた日は屋外活動を中止し、部活動は室内に切り替えました。

""" + SIG_MAKABE,
        "attachments": [{
            "kind": "pdf",
            "name": "WBGT記録_2026_07.pdf",
            "lines": ["暑さ指数（WBGT）測定記録　令和8年7月　日の出学園（第二グラウンド）", ""],
            "table": [
                ["日付", "10時", "13時", "16時", "最高", "対応"],
                ["7/20", "27.4", "30.1", "28.8", "30.1", "休憩強化"],
                ["7/21", "28.9", "31.6", "30.2", "31.6", "屋外活動中止（13-16時）"],
                ["7/22", "29.3", "32.0", "30.9", "32.0", "屋外活動中止"],
                ["7/27", "26.8", "29.5", "28.1", "29.5", "通常"],
                ["7/28", "28.5", "30.8", "29.7", "30.8", "救急搬送1件（別途報告済）"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "heat-index readings by date; the accident is referred to without any person",
    },
    {
        "id": "gakkoui-085",
        "charset": "cp932",
        "sender": HIMI,
        "to": ["東雲市役所 保険年金課 国保資格係 <kokuho@city.shinonome.lg.jp>"],
        "subject": "留学生の国民健康保険 加入手続きについて",
        "body": """東雲市役所 保険年金課 国保資格係 ご担当者様

お世話になっております。日の出学園高等学校 国際交流担当の氷見です。
本校に1年間在籍する交換留学生の国民健康保険加入について、
窓口での手続き前に確認をお願いしたくご連絡しました。

　氏名：NGUYEN THI MAI（グエン ティ マイ）
　国籍：ベトナム
　生年月日：2010年2月17日
　在留カード番号：UH40917735FA
　在留資格：留学（在留期間 1年）
　住所：神奈川県東雲市若葉台3-8-21 ホストファミリー（大平様）方

学校の在学証明書と受入証明書のほかに必要な書類があれば教えてください。

氷見 玲奈
日の出学園高等学校 英語科（国際交流担当）
TEL 0463-71-2200
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an exchange student's residence card number with DOB, nationality and address to the city office (reason 2)",
    },
    {
        "id": "gakkoui-086",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [HAYASE],
        "subject": "健康相談日（12/10）用 来室記録の抜粋",
        "body": """早瀬先生

12月10日の健康相談日に向けて、11月の保健室来室記録から、
繰り返し来室している生徒の記録を抜き出しました（CSV）。
当日の面談の順番はこちらで調整いたします。

佐伯
""",
        "attachments": [{
            "kind": "csv",
            "name": "raishitsu_11gatsu_bassui.csv",
            "encoding": "utf-8-sig",
            "rows": [
                ["日付", "学年組", "氏名", "主訴", "処置", "備考"],
                ["11/02", "中2-3", "宍戸 湊斗", "腹痛", "休養45分", "過敏性腸症候群で通院"],
                ["11/05", "中2-3", "宍戸 湊斗", "腹痛・下痢", "早退", ""],
                ["11/04", "中3-1", "篠宮 澪", "頭痛", "休養", "左前腕に新しい傷"],
                ["11/09", "高1-2", "卜部 莉央", "めまい", "休養90分", "起立性調節障害"],
                ["11/11", "高2-4", "日下部 瑞希", "動悸・過呼吸", "休養・保護者連絡", "パニック発作"],
                ["11/17", "高3-1", "轟 颯", "立ちくらみ", "休養", "体重 46.2kg（9月 52.4kg）"],
                ["11/19", "中1-4", "羽生 瑛太", "頭痛", "休養", "視力低下（D判定）、眼鏡未作成"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CSV (UTF-8 with BOM) of six named students' visits, symptoms and diagnoses to the school doctor (reasons 1, 3)",
    },
    {
        "id": "gakkoui-087",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [KYOIKU],
        "subject": "養護教諭研修会（2/5）参加申込",
        "body": """東雲市教育委員会 保健給食係 御中

日の出学園 保健室の佐伯です。
2月5日の養護教諭研修会「学校におけるアレルギー疾患対応」に、
本校から2名が参加します。

　1. 佐伯 美穂（養護教諭）　saeki.miho@gakuen.hinode-sangyo.co.jp
　2. 稲葉 千晶（養護教諭）　inaba.chiaki@hinode-sangyo.co.jp

資料のデータ送付先は上記アドレスでお願いいたします。

""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the sender's and one colleague's names and work e-mail addresses for a training sign-up: the organisation's own business contacts",
    },
    {
        "id": "gakkoui-088",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [KYOIKU],
        "subject": "結核患者発生に伴う接触者健診の実施報告",
        "body": """東雲市教育委員会 学務課 保健給食係 御中

日の出学園 保健室の佐伯です。
保健所からご連絡のあった件について、本校での対応をご報告します。

　発生：高校3年2組 男子生徒1名（サッカー部）
　診断：肺結核（喀痰塗抹陽性）、11月20日から入院治療中
　接触者健診：同学級 33名、サッカー部 41名、担任・顧問 3名
　　　　　　　保健所の指示により12月8日にIGRA検査を実施予定

生徒・保護者への説明文は、保健所と協議のうえ氏名を伏せて配布します。

""" + SIG_SAEKI,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "no name, but class, sex and club narrow a tuberculosis diagnosis to one boy: identifiable within the school or not, a judgement call",
    },
    {
        "id": "gakkoui-089",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["ペイロールパートナーズ 年末調整チーム <nencho@payroll-partners.co.jp>"],
        "subject": "支払調書作成用データ（学校医・学校歯科医・学校眼科医）",
        "body": """ペイロールパートナーズ株式会社
年末調整チーム ご担当者様

お世話になっております。日の出産業 教育事業部 事務室の古閑です。
報酬の支払調書作成用に、学校医等3名分のデータをExcelでお送りします。
支払金額は1～12月の合計です。

""" + SIG_KOGA,
        "attachments": [{
            "kind": "xlsx",
            "name": "支払調書データ_学校医等_2026.xlsx",
            "sheets": {"報酬": [
                ["報酬、料金、契約金及び賞金の支払調書 作成データ（2026年分）", "", "", "", ""],
                ["区分", "氏名", "住所", "個人番号", "支払金額"],
                ["学校医", "早瀬 恒一", "神奈川県平塚市紅谷町14-8-1102", MN4, "2,220,000"],
                ["学校歯科医", "湊 康介", "神奈川県茅ヶ崎市東海岸南1-5-33", MN5, "1,704,000"],
                ["学校眼科医", "桂木 梢", "神奈川県藤沢市鵠沼海岸6-12-4", MN6, "1,152,000"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with three doctors' My Numbers and home addresses to a payroll outsourcer (reason 2)",
    },
    {
        "id": "gakkoui-090",
        "charset": "cp932",
        "sender": JONOUCHI,
        "to": ["湘南地区高校サッカー大会 事務局 <entry@shonan-hs-soccer.jp>"],
        "subject": "新人戦 追加登録選手（4名）",
        "body": """湘南地区高校サッカー大会 事務局 御中

日の出学園高校 サッカー部顧問の城之内です。
新人戦の追加登録選手を以下のとおり申請します。

背番号 氏名           フリガナ          生年月日      学年
21     八木橋 悠斗    ヤギハシ ユウト   2011/03/09    1
22     南雲 律        ナグモ リツ       2010/07/07    1
23     阿久津 柚希    アクツ ユズキ     2011/01/22    1
24     羽生 瑛太      ハニュウ エイタ   2010/12/03    1

登録料は本日振り込みました（振込番号 0915-2231）。

""" + SIG_JONOUCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four players' names, kana and dates of birth for tournament registration: one to four records, may be warned",
    },
    {
        "id": "gakkoui-091",
        "charset": "iso-2022-jp",
        "sender": ISURUGI,
        "to": ["五味 由美子 <yumiko.gomi.h@gmail.com>"],
        "cc": ["鶴見 千里 <chisato-tsurumi@yahoo.co.jp>", "梶 恵理 <eri.kaji.1120@gmail.com>"],
        "subject": "Re: 修学旅行 健康相談会の時間について",
        "body": """五味様、鶴見様、梶様

お問い合わせありがとうございます。学年主任の石動です。
修学旅行前の個別健康相談会は、2月20日（土）9:30～12:00に保健室で行います。
お一人15分程度で、ご希望の時間を担任までお知らせください。
お仕事の都合で難しい場合は、電話での相談も承ります。

石動

> 石動先生
> 健康相談会ですが、平日は仕事で伺えません。土曜の開催はありますか。
> 鶴見さん、梶さんも同じとのことでしたのでCCに入れています。
> 五味
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "reply-all to three parents on private addresses in To/Cc: three private persons see each other (reason 4)",
    },
    {
        "id": "gakkoui-092",
        "charset": "utf-8",
        "sender": INABA,
        "to": ["高校1学年会 <ko1-gakunenkai@hinode-sangyo.co.jp>"],
        "subject": "出席停止者一覧（今週分）",
        "body": """高1学年の先生方

保健室の稲葉です。今週の出席停止者をCSVでお送りします。
出席簿には「出席停止」で記入し、欠席扱いにしないようご注意ください。
""",
        "attachments": [{
            "kind": "csv",
            "name": "shusseki_teishi_ko1.csv",
            "encoding": "utf-8",
            "rows": [
                ["組", "氏名", "疾病", "開始", "終了予定"],
                ["1", "鴨志田 一輝", "流行性角結膜炎", "12/9", "12/18"],
                ["2", "御手洗 結菜", "インフルエンザA", "12/10", "12/14"],
                ["3", "阿久津 柚希", "インフルエンザA", "12/10", "12/15"],
                ["4", "能登 拓海", "新型コロナウイルス感染症", "12/11", "12/16"],
                ["5", "宇佐美 栞", "インフルエンザB", "12/11", "12/15"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "named students' infectious diseases, but only to an internal year-group list",
    },
    {
        "id": "gakkoui-093",
        "charset": "cp932",
        "sender": KASAI,
        "to": ["産業医事務所 三好 先生 <miyoshi@miyoshi-sangyoi.jp>"],
        "subject": "学園教職員 健診事後措置の対象者（面談のお願い）",
        "body": """三好先生

いつもお世話になっております。日の出産業 総務部の葛西です。
日の出学園の教職員のうち、定期健診で要精密・要治療となった者の一覧です。
来月の産業医面談の対象としてご確認ください。

氏名	所属	年齢	所見	判定
鷲尾 康弘	教頭	55	高血圧 168/102	要精密
城之内 剛	保健体育	38	肝機能 ALT 96	要再検査
古閑 奈々	事務室	36	便潜血(+)	要精密
石橋 恭平	数学	42	HbA1c 7.1	要治療
石動 和也	国語	46	心電図 心房細動の疑い	要精密
相良 志保	教育相談	34	うつ病で休職歴あり（復職後1年）	経過観察

面談日時の候補をいただければ、本人へは私から連絡いたします。

葛西 拓真
日の出産業株式会社 総務部 労務・安全衛生グループ
TEL 03-5412-7701
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of six named staff with health check findings and a mental-health history to an outside doctor (reasons 1, 3)",
    },
    {
        "id": "gakkoui-094",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": ["メディスクエア 法人営業 佐々井 <sasai@medi-square.co.jp>"],
        "subject": "救急バッグ配置の件（配置図を添付します）",
        "body": """佐々井様

お世話になっております。日の出学園 保健主事の真壁です。
先日ご提案いただいた救急バッグの件、以下の3か所に配置したいと考えています。
配置図（画像）を添付しますので、壁掛けブラケットの型番をご提案ください。

・第一体育館 入口（AED横）
・第二グラウンド 部室棟
・プール棟 監視室

数量：救急バッグ（大）3、壁掛けブラケット 3

""" + SIG_MAKABE,
        "attachments": [{"kind": "png", "name": "haichizu_kyukyu_bag.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "supplies order with a floor-plan image: no personal data",
    },
    {
        "id": "gakkoui-095",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [HAYASE],
        "subject": "健康相談 事例検討の資料（ご助言のお願い）",
        "body": """早瀬先生

来週の健康相談日の前に、事例検討の資料をお送りします。
特に2枚目・3枚目の生徒について、医療機関への受診勧奨の仕方をご相談したいです。

佐伯
""",
        "attachments": [{
            "kind": "pptx",
            "name": "事例検討_健康相談_12月.pptx",
            "title": "事例検討 健康相談",
            "slides": [
                ["事例検討（12月 健康相談日）", "日の出学園 保健室 養護教諭 佐伯"],
                ["事例1 高3-1 轟 颯", "2か月で6kg減、BMI 16.8", "食事量の制限、過活動", "摂食障害（神経性やせ症）の疑い"],
                ["事例2 中3-1 篠宮 澪", "前腕の自傷痕（新旧混在）", "心療内科通院中、抑うつ状態", "保護者とは連絡済"],
                ["事例3 高1-2 卜部 莉央", "起立性調節障害", "遅刻・欠席が月8日", "保健室登校の検討"],
                ["事例4 中2-3 宍戸 湊斗", "過敏性腸症候群", "家庭環境の変化（両親の別居）", "SCと連携中"],
                ["事例5 高2-4 日下部 瑞希", "パニック障害", "授業中の発作 2回", "頓服薬の校内保管を検討"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTX with five named students' mental and physical health cases to the school doctor (reasons 1, 3)",
    },
    {
        "id": "gakkoui-096",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["Megan Whitfield <m.whitfield@wattlegrove.edu.au>"],
        "cc": [HIMI],
        "subject": "Re: Medical centre near the campus",
        "body": """Dear Ms Whitfield,

Thank you very much for the information about Wattle Grove Medical Centre and for
confirming that a staff member trained in anaphylaxis response will be on the
excursion bus. That is very reassuring for us and for the families.

Warm regards,
Miho Saeki
School Nurse, Hinode Gakuen

On Tue, 2 Feb 2027 at 09:14, Megan Whitfield <m.whitfield@wattlegrove.edu.au> wrote:
> Dear Ms Saeki,
> The nearest clinic is Wattle Grove Medical Centre, 5 minutes' walk from the college.
> Regarding Riko Hatakeyama's peanut allergy, our excursion staff have completed
> anaphylaxis training and will carry a spare EpiPen. Sota Tachibana's host family
> has been told about his asthma inhaler.
> Best,
> Megan
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English thank-you reply; the named students' conditions are only in the quoted text the partner wrote",
    },
    {
        "id": "gakkoui-097",
        "charset": "cp932",
        "sender": SAEKI,
        "to": ["錦印刷 制作部 丸岡 <maruoka@nishiki-insatu.co.jp>"],
        "subject": "保健だより 12月号 入稿",
        "body": """丸岡様

いつもお世話になっております。佐伯です。
保健だより12月号の原稿です。レイアウトは11月号と同じでお願いします。
今号は「冬休みの生活リズム」と「感染症の出席停止期間の一覧」が中心です。
部数は680部、12月11日納品希望です。

""" + SIG_SAEKI,
        "attachments": [{
            "kind": "docx",
            "name": "hokendayori_2026_12.docx",
            "paragraphs": ["保健だより 12月号", "■ 冬休みも生活リズムをくずさずに",
                           "■ 主な感染症と出席停止の期間（学校保健安全法施行規則）",
                           "インフルエンザ：発症後5日かつ解熱後2日　／　流行性耳下腺炎：腫脹の発現後5日かつ全身状態良好"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops the s of partner nishiki-insatsu.co.jp (reason 5)",
    },
    {
        "id": "gakkoui-098",
        "charset": "utf-8",
        "sender": KIRYU,
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "【問合せ】保健管理システム 帳票出力時のエラー",
        "body": """ツバサシステム サポートご担当者様

日の出産業 情報システム部の桐生です。
保健管理システム（契約番号 TS-HK-2026-0331）で、
「健康診断票（一般）」を学年一括でPDF出力しようとすると、
「E-4102 テンプレートの読み込みに失敗しました」と表示されます。
画面のキャプチャを添付します（個人が映っている部分は切り取っています）。

・発生日時：11月17日 16:05頃
・端末：保健室PC（Windows 11、Edge）
・単票出力は正常に動作します

ご確認をお願いいたします。

--
日の出産業株式会社 情報システム部
桐生 翔
TEL 03-5412-7730
""",
        "attachments": [{"kind": "png", "name": "error_E4102.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "support ticket to the correct partner domain with a cropped screenshot: nothing personal",
    },
    {
        "id": "gakkoui-099",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": ["ひまわり制服センター 営業 <eigyo@himawari-seifuku.co.jp>"],
        "subject": "Re: 新入生の身長・体重データのご提供について",
        "body": """ひまわり制服センター
営業ご担当者様

お問い合わせいただいた件についてご回答いたします。
健康診断で測定した生徒の身長・体重は個人情報にあたるため、
学校から御社へ提供することはできません。
採寸は例年どおり、2月の入学説明会の際に会場で行っていただけますでしょうか。
会場（体育館 2階ギャラリー）の使用時間は13:00～16:00です。

""" + SIG_SAEKI + """

-----Original Message-----
From: ひまわり制服センター 営業
Sent: Thursday, January 14, 2027 3:40 PM
Subject: 新入生の身長・体重データのご提供について

採寸の効率化のため、健診データ（身長・体重）をご提供いただくことは可能でしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a refusal that uses the word 個人情報 in passing; no personal data is sent",
    },
    {
        "id": "gakkoui-100",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["星空トラベル 教育旅行部 菅谷 <sugaya@hoshizora-travel.co.jp>"],
        "cc": [ISURUGI],
        "subject": "修学旅行 行程中の救急医療機関の確認",
        "body": """星空トラベル株式会社
菅谷様

お世話になっております。日の出学園 保健室の佐伯です。
修学旅行の行程に沿って、夜間・休日に対応できる医療機関を調べました。
誤りや、より近い病院があればご指摘ください。

1日目（京都）　京都洛東総合病院　　　救急外来24時間　075-561-0000
　　　　　　　 四条からすまクリニック　内科・夜間20時まで　075-212-3456
2日目（奈良）　奈良若草医療センター　救急指定　　　　0742-22-1100
3日目（大阪）　大阪ベイ中央病院　　　救急・小児科　　06-6577-8800
宿泊先最寄り　 さくらホテル提携 嵐山診療所　往診可　075-881-2020

救護の看護師さんとの打合せは2月中旬を予定しています。

""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hospitals and their switchboards (businesses, not people) to the travel agency",
    },
]
