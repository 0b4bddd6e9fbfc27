"""Blind evaluation corpus — area "shoken": employee stock ownership and securities.

Mail of 日の出産業株式会社 about the employee stock ownership plan (日の出産業従業員持株会,
役員持株会, 取引先持株会) and its administering broker, employees' and officers' securities
accounts at brokers (職域 NISA, 内部者登録 / J-IRISS, account opening and transfers), stock
options and restricted stock (新株予約権の割当・行使, 支払調書), insider lists for material
facts, and dividend payments (配当金計算書, 未受領配当金, 振込先指定, 株主優待) with the transfer
agent, the paying bank, the printer and the carrier.  Every person, number, address and
organisation outside the brief's named partners is invented; the messages were written
blind, from BRIEF.md, build.py and the detector/entity names of SPEC.md only.
"""

from build import card_number, my_number

SEED = 40601

# My Numbers and card numbers only from the helpers (k = 0, 1, 2, ...)
MN = [my_number(SEED + k) for k in range(14)]
CC = {k: card_number(SEED + k) for k in (1, 2)}


def _mn(k: int, sep: str = " ") -> str:
    n = MN[k]
    return sep.join((n[:4], n[4:8], n[8:]))


def _cc(k: int, sep: str = " ") -> str:
    n = CC[k]
    return sep.join((n[:4], n[4:8], n[8:12], n[12:]))


def _corp(base12: str) -> str:
    """法人番号: check digit (first digit) for a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- signatures -----------------------------------------------------------------------

SIG_SASAKI = """--
日の出産業株式会社 総務部 株式課
佐々木 真由美（ささき まゆみ）
〒103-0027 東京都中央区日本橋2-11-8 日の出ビル7F
TEL 03-5201-7712 / FAX 03-5201-7790
sasaki.mayumi@hinode-sangyo.co.jp"""

SIG_JIMUKYOKU = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業従業員持株会 事務局（総務部 株式課内）
小野寺 健
〒103-0027 東京都中央区日本橋２－１１－８
TEL：03-5201-7715（内線 2315）
E-mail：mochikabu@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_WAKATSUKI = """------------------------------------------
日の出産業株式会社
総務部 株式課 課長　若槻 修
TEL 03-5201-7710  FAX 03-5201-7790
〒103-0027 東京都中央区日本橋2-11-8
------------------------------------------"""

SIG_IGARASHI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
法務部 コンプライアンス室
五十嵐 由紀　Yuki Igarashi
Tel: 03-5201-7730 ／ Mobile: 080-4420-1187
igarashi.yuki@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_TAKAHAMA = """*********************************
日の出産業株式会社 経理部 財務課
高濱 和也
TEL 03-5201-7740（直通）
〒103-0027 東京都中央区日本橋2-11-8
*********************************"""

SIG_SHOJI = """--------------------
日の出産業株式会社
人事部 給与・報酬グループ
東海林 亮（しょうじ りょう）
内線 2240 / TEL 03-5201-7724
--------------------"""

SIG_KOGURE_EN = """Best regards,

Aya Kogure
Global HR / Equity Compensation
Hinode Sangyo Co., Ltd.
2-11-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7727
kogure.aya@hinode-sangyo.co.jp"""

SIG_KATAGIRI = """--
日の出産業株式会社 情報システム部
片桐 奈緒
TEL 03-5201-7760
katagiri.nao@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it."""

# -- addresses ---------------------------------------------------------------------------

F_SASAKI = "佐々木 真由美 <sasaki.mayumi@hinode-sangyo.co.jp>"
F_JIMU = "日の出産業従業員持株会 事務局 <mochikabu@hinode-sangyo.co.jp>"
F_ONODERA = "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"
F_WAKATSUKI = "若槻 修 <wakatsuki.osamu@hinode-sangyo.co.jp>"
F_IGARASHI = "五十嵐 由紀 <igarashi.yuki@hinode-sangyo.co.jp>"
F_TAKAHAMA = "高濱 和也 <takahama.kazuya@hinode-sangyo.co.jp>"
F_SHOJI = "東海林 亮 <shoji.ryo@hinode-sangyo.co.jp>"
F_KOGURE = "Aya Kogure <kogure.aya@hinode-sangyo.co.jp>"
F_KATAGIRI = "片桐 奈緒 <katagiri.nao@hinode-sangyo.co.jp>"

T_MIRAI = "みらい証券 職域サービス部 長谷部様 <hasebe.kyoko@mirai-sec.co.jp>"
T_MIRAI_CENTER = "みらい証券 持株会事務センター <mochikabu-center@mirai-sec.co.jp>"
T_HAYATE = "はやて証券 久保田様 <kubota.t@hayate-sec.co.jp>"
T_HIKARI = "東邦ひかり信託銀行 証券代行部 <daiko-soudan@hikari-trust.co.jp>"
T_MIDORI = "みどり銀行 本店営業部 <honten-eigyo@midori-ginko.co.jp>"
T_NISHIKI = "錦印刷 営業部 辻本様 <tsujimoto@nishiki-insatsu.co.jp>"
T_NORTHBRIDGE = "Daniel Whitaker <d.whitaker@northbridge-equity.com>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shoken-001",
    "charset": "iso-2022-jp",
    "sender": F_JIMU,
    "to": [T_MIRAI_CENTER],
    "subject": "【日の出産業持株会】５月度 新規入会者のご連絡",
    "body": """みらい証券株式会社
持株会事務センター 御中

いつも大変お世話になっております。
日の出産業従業員持株会 事務局の小野寺でございます。

5月度の新規入会者が確定しましたので、下記のとおりご連絡いたします。
6月給与からの拠出開始にて、会員登録をお願いいたします。

会員番号  社員番号  氏名            生年月日      住所                                  口数
--------  --------  --------------  ------------  ------------------------------------  ----
H-30481   108842    勅使河原 拓海   1996/08/14    東京都江戸川区西葛西6-21-4-305       10
H-30482   108857    栗花落 美月     2000/02/29    千葉県市川市行徳駅前2-7-11           5
H-30483   108861    長谷川 颯       1998/11/03    神奈川県横浜市港北区日吉本町4-9-2    3
H-30484   108870    御手洗 千晶     1989/05/21    埼玉県さいたま市浦和区高砂1-14-8     20
H-30485   108873    九十九 聡       1993/12/09    東京都府中市寿町3-5-17-202           5
H-30486   108879    松浦 りな       2001/07/30    東京都北区赤羽西5-2-9                 2
H-30487   108883    百目鬼 将太     1995/04/06    茨城県取手市新町2-18-1               10

奨励金は従来どおり拠出額の10％です。
申込書原本は本日、社内便で本社受付より発送いたしました（明細書在中）。

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。

""" + SIG_JIMUKYOKU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven new ESOP members with birth dates and home addresses in a padded list to the broker",
})

MESSAGES.append({
    "id": "shoken-002",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": [T_MIRAI],
    "cc": ["小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"],
    "subject": "持株会 奨励金率変更（10%→15%）のご連絡",
    "body": """みらい証券株式会社
職域サービス部　長谷部 様

いつもお世話になっております。日の出産業の若槻です。

先日の持株会理事会にて、奨励金率の変更が承認されましたのでご連絡いたします。

　・変更内容：奨励金率　拠出額の10％ → 15％
　・適用開始：令和７年１０月拠出分（１０月２５日給与控除分）から
　・上限口数：変更なし（1口1,000円、最大50口）
　・会員への周知：９月上旬に社内ポータルおよび持株会だよりで告知予定

つきましては、システム上の設定変更と、会員向け案内文（貴社ひな型）の修正版を
８月末までにご送付いただけますでしょうか。
また、規約第12条の改定案を別途お送りしますので、貴社のご確認もお願いいたします。

お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_WAKATSUKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary plan-rule change notice to the administering broker, no personal data",
})

_rows003 = [
    ("会員番号", "氏名", "退会事由", "金融機関", "支店", "種目", "口座番号", "口座名義"),
    ("H-21907", "猪狩 恵一", "退職", "みどり銀行", "日本橋支店", "普通", "3418820", "イガリ ケイイチ"),
    ("H-22450", "鴨志田 紗季", "退職", "ゆうちょ銀行", "〇一八店", "普通", "5522904", "カモシダ サキ"),
    ("H-24031", "的場 亘", "自己都合退会", "あおぞら信用金庫", "川口支店", "普通", "0917735", "マトバ ワタル"),
    ("H-25876", "忽那 ゆかり", "退職", "みどり銀行", "大宮支店", "普通", "6033148", "クツナ ユカリ"),
    ("H-26112", "宍戸 匠", "自己都合退会", "東都銀行", "立川支店", "当座", "0208861", "シシド タクミ"),
    ("H-27390", "相楽 典子", "退職", "みどり銀行", "船橋支店", "普通", "7741092", "サガラ ノリコ"),
]

MESSAGES.append({
    "id": "shoken-003",
    "charset": "shift_jis",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "持株会 退会者（6月末）引出し精算のお願い",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。日の出産業 持株会事務局の小野寺です。

6月末退会者の精算（単位未満株の現金精算分）の振込先を下記にてご連絡します。
Excelからそのまま貼り付けておりますので、タブ区切りになっております。

""" + "\n".join("\t".join(r) for r in _rows003) + """

単元株部分は各自の証券口座へ振替済みの予定です。
振込予定日が決まりましたら、ご一報いただけますと助かります。

""" + SIG_JIMUKYOKU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "six leaving members with their bank accounts, tab-separated, to the broker",
})

MESSAGES.append({
    "id": "shoken-004",
    "charset": "utf-8",
    "sender": F_SASAKI,
    "to": ["北国フーズ 法人ギフト課 三上様 <mikami.j@kitaguni-foods.co.jp>"],
    "subject": "株主優待品 発送先リスト（3月末基準・第1回分）",
    "body": """北国フーズ株式会社
法人ギフト課　三上 様

いつもお世話になっております。日の出産業 株式課の佐々木でございます。

先日お打ち合わせいたしました株主優待品（北海道詰合せ）の発送先リストを添付いたします。
今回は第1回分（100株以上・長期保有）の株主様です。
シート「発送先」が明細、「コース別集計」が数量の集計になっております。

お届け指定は6月20日〜6月30日でお願いいたします。
不明点がありましたらお知らせください。

""" + SIG_SASAKI,
    "attachments": [{
        "kind": "xlsx",
        "name": "株主優待_発送先_第1回.xlsx",
        "sheets": {
            "発送先": [
                ["2025年3月末 株主優待 発送先一覧（第1回）", "", "", "", "", ""],
                ["株主番号", "氏名", "郵便番号", "住所", "電話番号", "コース"],
                ["0012-884", "五百旗頭 正人", "060-0042", "北海道札幌市中央区大通西12-3-8", "011-251-4408", "A"],
                ["0013-017", "小鳥遊 晴美", "980-0811", "宮城県仙台市青葉区一番町2-5-22-801", "090-3318-2276", "B"],
                ["0013-552", "東雲 保", "370-0841", "群馬県高崎市栄町9-14", "027-322-9051", "A"],
                ["0014-209", "祝 千代子", "420-0853", "静岡県静岡市葵区追手町6-1-1203", "054-255-7713", "C"],
                ["0015-660", "一尺八寸 誠", "460-0008", "愛知県名古屋市中区栄3-28-10", "080-7714-0392", "A"],
                ["0016-031", "薬師寺 絢子", "604-8143", "京都府京都市中京区之町58", "075-231-6684", "B"],
                ["0017-448", "躑躅森 健吾", "020-0021", "岩手県盛岡市中央通1-7-25", "019-623-1190", "A"],
                ["0018-127", "神長 久美", "812-0011", "福岡県福岡市博多区博多駅前4-2-6", "092-473-5528", "C"],
                ["0018-905", "毒島 浩二", "330-0063", "埼玉県さいたま市浦和区高砂3-11-2", "048-822-6073", "B"],
            ],
            "コース別集計": [
                ["コース", "内容", "件数"],
                ["A", "海産物詰合せ（3,000円相当）", 4],
                ["B", "乳製品詰合せ（3,000円相当）", 3],
                ["C", "スイーツ詰合せ（3,000円相当）", 2],
                ["合計", "", 9],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "nine shareholders' names, addresses and phones in an XLSX (title row, two sheets) to the gift supplier",
})

MESSAGES.append({
    "id": "shoken-005",
    "charset": "iso-2022-jp",
    "sender": F_SASAKI,
    "to": ["北国フーズ 法人ギフト課 三上様 <mikami.j@kitaguni-foods.co.jp>"],
    "subject": "株主優待品のお見積りのお願い",
    "body": """北国フーズ株式会社
法人ギフト課　三上様

お世話になっております。日の出産業の佐々木です。

今年度の株主優待品につきまして、添付の条件でお見積りをお願いできますでしょうか。
昨年度はAコースの人気が高かったため、数量を増やしております。

　・見積提出期限：４月１８日（金）
　・お届け期間：６月中旬〜７月上旬
　・送り状：弊社ロゴ入りのし紙（データは錦印刷様より直接お送りします）

発送先データは正式発注後にお送りいたします。
何卒よろしくお願いいたします。

""" + SIG_SASAKI,
    "attachments": [{
        "kind": "pdf",
        "name": "株主優待品_見積条件.pdf",
        "title": "株主優待品 見積条件",
        "lines": ["株主優待品 見積条件（2025年度）", "", "日の出産業株式会社 総務部 株式課", ""],
        "table": [
            ["コース", "内容", "想定数量", "希望単価（税抜）"],
            ["A", "海産物詰合せ", "3,200", "2,700円"],
            ["B", "乳製品詰合せ", "1,800", "2,700円"],
            ["C", "スイーツ詰合せ", "1,500", "2,700円"],
            ["D", "寄付（社会貢献）", "400", "—"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "quotation request for shareholder gifts with quantities only; recipient data promised later",
})

_rows006 = [
    ["株主番号", "氏名", "郵便番号", "住所", "電話番号", "未受領期", "配当金額"],
    ["00231-7", "尾曲 康夫", "150-0011", "東京都渋谷区東3-9-14", "03-3409-5521", "第78期期末", "12,400"],
    ["00387-2", "海老原 すみ江", "260-0013", "千葉県千葉市中央区中央4-8-1-702", "043-224-8803", "第78期期末", "6,200"],
    ["00412-9", "阿久津 徹", "310-0021", "茨城県水戸市南町2-6-33", "029-231-4470", "第79期中間", "3,100"],
    ["00528-4", "安孫子 洋平", "950-0087", "新潟県新潟市中央区東大通1-11-5", "025-241-9917", "第78期期末", "24,800"],
    ["00693-1", "仙波 富美子", "700-0822", "岡山県岡山市北区表町3-4-20", "086-232-0648", "第79期中間", "9,300"],
    ["00701-5", "蓮見 和夫", "890-0053", "鹿児島県鹿児島市中央町22-7", "099-252-3386", "第78期期末", "3,100"],
]

MESSAGES.append({
    "id": "shoken-006",
    "charset": "shift_jis",
    "sender": F_SASAKI,
    "to": [T_HIKARI],
    "subject": "未受領配当金の株主様への再案内について",
    "body": """東邦ひかり信託銀行
証券代行部 ご担当者様

いつもお世話になっております。
日の出産業株式会社 株式課の佐々木です。

除斥期間が近い未受領配当金について、当社から再度ご案内状を出したいと考えております。
当社の株主対応記録と照合したリストを添付しますので、貴行の株主名簿上の住所と
相違がないかご確認いただけますでしょうか。

照合結果は来週中にいただけると助かります。
よろしくお願いいたします。

""" + SIG_SASAKI,
    "attachments": [{"kind": "csv", "name": "未受領配当_再案内候補.csv", "encoding": "cp932", "rows": _rows006}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six shareholders with addresses and phones in a CP932 CSV to the transfer agent",
})

MESSAGES.append({
    "id": "shoken-007",
    "charset": "iso-2022-jp",
    "sender": F_IGARASHI,
    "to": [T_HAYATE],
    "subject": "当社役員の内部者登録（貴社口座保有者）について",
    "body": """はやて証券株式会社
本店営業部　久保田 様

平素は大変お世話になっております。
日の出産業 法務部コンプライアンス室の五十嵐でございます。

先般ご依頼いただきました、貴社に口座をお持ちの当社役員の内部者登録情報につき、
下記のとおりお知らせいたします。

■１
氏名：　　　　浅葱 隆之（アサギ タカユキ）
役職：　　　　代表取締役社長
生年月日：　　昭和３７年６月１８日
住所：　　　　東京都世田谷区成城５－１２－３

■２
氏名：　　　　早乙女 律子（サオトメ リツコ）
役職：　　　　取締役 管理本部長
生年月日：　　昭和４２年１月５日
住所：　　　　神奈川県鎌倉市由比ガ浜２－８－１４

■３
氏名：　　　　喜多川 直人（キタガワ ナオト）
役職：　　　　取締役 営業本部長
生年月日：　　昭和４４年９月２９日
住所：　　　　東京都杉並区荻窪４－２２－７

■４
氏名：　　　　宇佐美 亮介（ウサミ リョウスケ）
役職：　　　　常勤監査役
生年月日：　　昭和３５年１１月１２日
住所：　　　　埼玉県所沢市東町１５－９

■５
氏名：　　　　万代 智子（マンダイ トモコ）
役職：　　　　社外取締役
生年月日：　　昭和４９年３月３日
住所：　　　　東京都文京区本駒込２－１－１８－６０４

■６
氏名：　　　　城ケ崎 豊（ジョウガサキ ユタカ）
役職：　　　　執行役員 経営企画部長
生年月日：　　昭和５１年８月２１日
住所：　　　　千葉県浦安市美浜３－６－２

就任・退任がありました際は、あらためてご連絡いたします。
よろしくお願いいたします。

""" + SIG_IGARASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six officers' insider-registration records (和暦 birth dates, home addresses), one block each, to a broker",
})

MESSAGES.append({
    "id": "shoken-008",
    "charset": "iso-2022-jp",
    "sender": F_IGARASHI,
    "to": [T_HAYATE],
    "subject": "Re: 新任役員の内部者登録について",
    "body": """久保田様

お世話になっております。五十嵐です。
6月の株主総会で新たに就任した役員3名の情報をお送りします。

・鳴海 陽一郎（ナルミ ヨウイチロウ）取締役 生産本部長
　生年月日 S46.2.17　住所 東京都町田市原町田3-4-12
・千住 明美（センジュ アケミ）社外取締役
　生年月日 S52.10.8　住所 東京都港区白金台1-9-6-1102
・熊谷 悟（クマガイ サトル）執行役員 財務部長
　生年月日 S49.7.25　住所 神奈川県川崎市麻生区上麻生5-33-1

いずれも貴社に既に口座をお持ちと伺っております。
よろしくお願いいたします。

""" + SIG_IGARASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three officers' records only (under five): may be warned, not held",
})

MESSAGES.append({
    "id": "shoken-009",
    "charset": "utf-8",
    "sender": F_SHOJI,
    "to": [T_HIKARI],
    "cc": [F_SASAKI],
    "subject": "第8回新株予約権（株式報酬型）割当者の新株予約権原簿記載事項",
    "body": """東邦ひかり信託銀行株式会社
証券代行部　新株予約権ご担当 様

いつも大変お世話になっております。
日の出産業 人事部の東海林でございます。

7月1日付で割当てを行った第8回新株予約権につき、原簿記載事項を添付のWordにまとめました。
原簿への記載をお願いいたします。

割当契約書の原本は、株式課（佐々木）より別途郵送いたします。

""" + SIG_SHOJI,
    "attachments": [{
        "kind": "docx",
        "name": "第8回新株予約権_原簿記載事項.docx",
        "title": "第8回新株予約権 原簿記載事項",
        "paragraphs": [
            "第8回新株予約権（株式報酬型ストックオプション） 新株予約権原簿記載事項",
            "割当日：2025年7月1日　行使価額：1株当たり1円　行使期間：2025年7月2日～2055年7月1日",
            "",
        ],
        "tables": [[
            ["No.", "新株予約権者氏名", "住所", "割当個数", "目的となる株式の数"],
            ["1", "浅葱 隆之", "東京都世田谷区成城5-12-3", "120", "12,000株"],
            ["2", "早乙女 律子", "神奈川県鎌倉市由比ガ浜2-8-14", "80", "8,000株"],
            ["3", "喜多川 直人", "東京都杉並区荻窪4-22-7", "80", "8,000株"],
            ["4", "鳴海 陽一郎", "東京都町田市原町田3-4-12", "60", "6,000株"],
            ["5", "城ケ崎 豊", "千葉県浦安市美浜3-6-2", "40", "4,000株"],
            ["6", "熊谷 悟", "神奈川県川崎市麻生区上麻生5-33-1", "40", "4,000株"],
            ["7", "乙部 和歌子", "東京都目黒区中町1-17-4", "30", "3,000株"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven option holders with home addresses in a DOCX table to the transfer agent",
})

MESSAGES.append({
    "id": "shoken-010",
    "charset": "utf-8",
    "sender": F_SHOJI,
    "to": [T_MIRAI],
    "subject": "ストックオプション権利行使（9月分）の入庫先口座について",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>みらい証券株式会社<br>職域サービス部 長谷部様</p>
<p>いつもお世話になっております。日の出産業 人事部の東海林です。</p>
<p>9月に第5回新株予約権の権利行使を申請した社員の一覧です。<br>
行使により交付する株式は、下記の貴社口座へ入庫をお願いいたします。<br>
行使代金は9月26日に当社指定口座へ払込み済みです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>貴社口座（部店-口座番号）</th><th>携帯電話</th><th>行使個数</th></tr>
<tr><td>100412</td><td>桐生 和真</td><td>118-0442917</td><td>090-2271-6634</td><td>15</td></tr>
<tr><td>100538</td><td>四月一日 結衣</td><td>118-0451203</td><td>080-9952-1048</td><td>10</td></tr>
<tr><td>101207</td><td>伊集院 慎</td><td>205-0038816</td><td>070-1184-3397</td><td>20</td></tr>
<tr><td>101690</td><td>小田桐 光</td><td>118-0460572</td><td>090-6530-2281</td><td>5</td></tr>
<tr><td>102255</td><td>雲母 さやか</td><td>311-0017742</td><td>080-3346-7710</td><td>10</td></tr>
</table>
<p>入庫完了後、各人へのご連絡は貴社からお願いできれば幸いです。</p>
<p>--<br>日の出産業株式会社 人事部 給与・報酬グループ<br>東海林 亮<br>TEL 03-5201-7724</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five option exercisers with securities accounts and mobile numbers in an HTML-only table to the broker",
})

MESSAGES.append({
    "id": "shoken-011",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": [T_MIRAI, "東邦ひかり信託銀行 証券代行部 大室様 <omuro.s@hikari-trust.co.jp>"],
    "cc": [F_SASAKI],
    "subject": "株式分割に伴う持株会・株主名簿の事務打合せ日程",
    "body": """みらい証券株式会社　長谷部様
東邦ひかり信託銀行株式会社　大室様

いつもお世話になっております。日の出産業の若槻です。

10月1日効力発生の株式分割（1：2）に関し、持株会の持分計算と株主名簿の
切替えについて、三者で事務打合せをお願いしたく存じます。

候補日：8月19日（火）14:00～／8月21日（木）10:00～／8月22日（金）15:00～
場所：弊社本社 7階 第2会議室（オンライン参加も可）

議題（案）
　1．基準日・効力発生日のスケジュール確認
　2．持株会の持分（端数）処理
　3．株主宛通知物の文面・発送日程

ご都合のよい日時をお知らせください。

""" + SIG_WAKATSUKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary three-way meeting mail with two external organisations",
})

MESSAGES.append({
    "id": "shoken-012",
    "charset": "iso-2022-jp",
    "sender": F_SHOJI,
    "to": ["税理士法人ひまわり 岩渕様 <iwabuchi@himawari-tax.jp>"],
    "subject": "FW: 持株会奨励金（給与課税分）の年間集計",
    "body": """税理士法人ひまわり
岩渕 先生

お世話になっております。東海林です。
先日ご質問のあった、持株会奨励金の給与課税分について、給与チームでまとめたものを転送します。
年末調整での取扱い（端数の扱い）についてご確認いただけますでしょうか。

-----Forwarded Message-----
From: 樋渡 彩乃 <hiwatashi.ayano@hinode-sangyo.co.jp>
To: 東海林 亮 <shoji.ryo@hinode-sangyo.co.jp>
Subject: 持株会奨励金（給与課税分）の年間集計
Date: Mon, 8 Dec 2025 17:42:10 +0900

東海林さん

奨励金の年間集計（抽出分）です。カンマ区切りで貼ります。

社員番号,氏名,生年月日,年間拠出額,年間奨励金
100127,仁科 達彦,1971/03/14,600000,60000
100388,羽生田 智美,1984/09/02,240000,24000
100502,嶋津 剛,1979/01/27,360000,36000
101044,早瀬 ひかる,1990/06/11,120000,12000
101361,鬼頭 昌平,1986/12/30,480000,48000
102008,穂積 早苗,1993/04/18,60000,6000

端数は切り捨てで計上しています。
樋渡
""" + "\n" + SIG_SHOJI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "forward of an internal mail carrying six employees' birth dates and payroll amounts, comma-separated, to the tax firm",
})

MESSAGES.append({
    "id": "shoken-013",
    "charset": "utf-8",
    "sender": F_KOGURE,
    "to": [T_NORTHBRIDGE],
    "subject": "Hinode America ESPP - new enrollees for the July offering period",
    "body": """Hi Daniel,

Please find below the employees of Hinode America, Inc. who enrolled in the Employee
Stock Purchase Plan for the offering period starting July 1. Could you set up their
participant accounts and send the welcome kits to the personal e-mail addresses given?

Name                 Employee ID  Date of birth  Personal e-mail
-------------------  -----------  -------------  ------------------------------
Michael Torrance     HA-20419     1988-04-12     mtorrance88@gmail.com
Keiko Yamanouchi     HA-20433     1979-11-30     keiko.yamanouchi@outlook.com
Brandon Oyelaran     HA-20451     1992-07-07     b.oyelaran@yahoo.com
Sofia Marchetti      HA-20466     1995-01-23     sofia.marchetti95@gmail.com
Ryota Sugawara       HA-20470     1990-09-15     ryota.sgwr@icloud.com
Linh Tran Nguyen     HA-20488     1986-03-02     linh.tn.home@gmail.com

Payroll contributions will start with the July 15 paycheck.

""" + SIG_KOGURE_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English mail with six plan participants' birth dates and private e-mails to the plan administrator",
})

MESSAGES.append({
    "id": "shoken-014",
    "charset": "utf-8",
    "sender": F_KOGURE,
    "to": [T_NORTHBRIDGE],
    "subject": "FY2025 grant cycle - timeline",
    "body": """Hi Daniel,

Thank you for the call yesterday. As discussed, here is our proposed timeline for the
FY2025 stock option grant to Hinode America employees:

  - Oct 6:  Board resolution in Tokyo (grant date)
  - Oct 10: We send you the grant file (via your secure portal, not by e-mail)
  - Oct 17: Grant notices available to participants on your platform
  - Oct 31: Acceptance deadline

Could you confirm that the portal upload template has not changed since last year?
Also, please let us know your fee for the additional tax-withholding report.

""" + SIG_KOGURE_EN + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English scheduling mail with signature and standard disclaimer",
})

MESSAGES.append({
    "id": "shoken-015",
    "charset": "utf-8",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "役員持株会 第79期期末配当の会員別配分（確認用）",
    "body": """みらい証券 持株会事務センター ご担当者様

お世話になっております。日の出産業 持株会事務局の小野寺です。

役員持株会の期末配当金について、当方で試算した会員別配分をPDFでお送りします。
貴社計算と突合のうえ、差異があればご指摘ください。
なお、今回は再投資ではなく現金分配（振込）となります。

""" + SIG_JIMUKYOKU,
    "attachments": [{
        "kind": "pdf",
        "name": "役員持株会_期末配当_会員別配分.pdf",
        "title": "役員持株会 期末配当 会員別配分",
        "lines": ["日の出産業役員持株会　第79期期末配当金 会員別配分（試算）", "1株当たり配当金 62円", ""],
        "table": [
            ["会員番号", "氏名", "持分株数", "配当金額", "振込先"],
            ["Y-001", "浅葱 隆之", "18,420", "1,142,040", "みどり銀行 成城支店 普通 4410928"],
            ["Y-002", "早乙女 律子", "9,310", "577,220", "みどり銀行 鎌倉支店 普通 2208137"],
            ["Y-003", "喜多川 直人", "8,005", "496,310", "東都銀行 荻窪支店 普通 1173046"],
            ["Y-004", "宇佐美 亮介", "6,150", "381,300", "みどり銀行 所沢支店 普通 5530291"],
            ["Y-005", "城ケ崎 豊", "3,870", "239,940", "ゆうちょ銀行 〇〇八店 普通 7812205"],
            ["Y-006", "鳴海 陽一郎", "2,240", "138,880", "みどり銀行 町田支店 普通 6604413"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "six officers' dividend shares and bank accounts in a PDF table to the broker",
})

_rows016 = [
    ["受取人名（カナ）", "銀行コード", "支店コード", "預金種目", "口座番号", "振込金額", "会員番号"],
    ["ｲｶﾞﾘ ｹｲｲﾁ", "0501", "112", "1", "3418820", "8420", "H-21907"],
    ["ﾏﾄﾊﾞ ﾜﾀﾙ", "1388", "034", "1", "0917735", "3310", "H-24031"],
    ["ｸﾂﾅ ﾕｶﾘ", "0501", "208", "1", "6033148", "12760", "H-25876"],
    ["ｻｶﾞﾗ ﾉﾘｺ", "0501", "240", "1", "7741092", "5105", "H-27390"],
    ["ﾀﾁﾊﾞﾅ ｼｭﾝ", "0501", "101", "1", "2290476", "910", "H-27544"],
    ["ﾐﾅｸﾁ ｱﾔ", "0137", "415", "1", "8802317", "15880", "H-28013"],
    ["ﾓﾓｲ ｹﾝｼﾞ", "0501", "305", "2", "0043718", "2240", "H-28290"],
    ["ｴﾋﾞｻﾜ ﾏｻﾄ", "9900", "018", "1", "5102284", "6675", "H-28817"],
    ["ﾊｼﾓﾄ ﾁｴ", "0501", "112", "1", "1937605", "4380", "H-29102"],
]

MESSAGES.append({
    "id": "shoken-016",
    "charset": "iso-2022-jp",
    "sender": F_TAKAHAMA,
    "to": [T_MIDORI],
    "subject": "総合振込データ送付（持株会退会精算金 7/10支払分）",
    "body": """みどり銀行 本店営業部
法人融資・決済ご担当 様

いつもお世話になっております。日の出産業 経理部の高濱です。

7月10日支払の持株会退会精算金の振込データをZIPにしてお送りします。
インターネットバンキングの障害で本日アップロードができないため、
恐れ入りますが貴行側での代行登録をお願いできますでしょうか。

件数：9件　合計：59,680円
引落口座：本店営業部 当座 0012245（日の出産業従業員持株会）

""" + SIG_TAKAHAMA,
    "attachments": [{
        "kind": "zip",
        "name": "furikomi_0710.zip",
        "files": [
            {"kind": "csv", "name": "furikomi_0710.csv", "encoding": "utf-8", "rows": _rows016},
            {"kind": "txt", "name": "readme.txt", "text": "総合振込 代行登録用データ\n依頼人：日の出産業従業員持株会\n件数9件 合計59,680円\n"},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "nine payees' bank accounts in a UTF-8 CSV inside a plain ZIP to the bank",
})

MESSAGES.append({
    "id": "shoken-017",
    "charset": "iso-2022-jp",
    "sender": F_TAKAHAMA,
    "to": ["みどり銀行 証券代行・配当金事務 室井様 <muroi.k@midori-ginko.co.jp>"],
    "subject": "配当金支払事務委託契約の更新について",
    "body": """みどり銀行
証券代行・配当金事務ご担当　室井様

いつもお世話になっております。日の出産業 経理部の高濱です。

配当金支払事務委託契約（支払取扱銀行）につきまして、来年3月末で期間満了となります。
条件変更のない自動更新で差し支えございませんが、
手数料表（1件当たり取扱手数料・振込手数料）の改定予定がございましたら
事前にお知らせいただけますでしょうか。

また、配当金領収証の取扱期間（支払開始日から1か月）についても変更がないか
ご確認をお願いいたします。

""" + SIG_TAKAHAMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract renewal with the paying bank; no personal data",
})

MESSAGES.append({
    "id": "shoken-018",
    "charset": "utf-8",
    "sender": F_JIMU,
    "to": ["みらい証券 投資教育室 芦田様 <ashida.m@mirai-sec.co.jp>"],
    "subject": "職域マネーセミナー（11/14）参加者のご連絡",
    "body": """みらい証券株式会社
投資教育室　芦田様

お世話になっております。日の出産業持株会事務局です。
11月14日の職域マネーセミナー（NISAと持株会）の申込者をお知らせします。
当日資料の事前送付と、欠席時のアーカイブ案内をお願いしたいので、
連絡先も併せて記載しております。

・海野 真司（生産管理部）　携帯 090-5512-8830　umino.shinji@hinode-sangyo.co.jp
・目黒 千夏（経理部）　携帯 080-2291-7746　meguro.chinatsu@hinode-sangyo.co.jp
・巽 大輔（営業第二部）　携帯 070-3380-1195　tatsumi.daisuke@hinode-sangyo.co.jp
・楪 まどか（人事部）　携帯 090-7703-4428　yuzuriha.madoka@hinode-sangyo.co.jp
・穴吹 博（品質保証部）　携帯 080-6614-0052　anabuki.hiroshi@hinode-sangyo.co.jp
・諸星 華（総務部）　携帯 090-1147-9386　morohoshi.hana@hinode-sangyo.co.jp

会場は本社8階大会議室、定員40名のうち現時点で6名です。
追加があれば随時ご連絡します。

""" + SIG_JIMUKYOKU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six employees with mobile numbers and e-mails as 「・」 bullets to the broker's seminar team",
})

MESSAGES.append({
    "id": "shoken-019",
    "charset": "iso-2022-jp",
    "sender": F_JIMU,
    "to": ["みらい証券 投資教育室 芦田様 <ashida.m@mirai-sec.co.jp>"],
    "subject": "大阪事業所 個別相談会の参加者（4名）",
    "body": """芦田様

お世話になっております。持株会事務局の小野寺です。
大阪事業所での個別相談会（12/3）の参加者が確定しました。
当日、受付から呼び出しの際にご連絡いただく携帯番号も記載します。

　13:00　堀之内 隼人　　０８０－４４１２－７７０５
　13:40　江藤 さくら　　０９０－２２０８－６１３９
　14:20　麻生田 邦彦　　０７０－５５７１－３０２４
　15:00　久慈 真琴　　　０９０－８８４３－１１６７

会場は大阪事業所3階の応接室Bです。よろしくお願いいたします。

""" + SIG_JIMUKYOKU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four attendees with full-width mobile numbers: under the five-person line, may be warned",
})

MESSAGES.append({
    "id": "shoken-020",
    "charset": "shift_jis",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "Re: 残高報告書 返戻分の送付先確認のお願い",
    "body": """みらい証券 持株会事務センター
茅野様

お世話になっております。日の出産業の小野寺です。
返戻分につき、人事データで現住所を確認しました。再送先は以下のとおりです。

会員番号　　氏名　　　　　新住所　　　　　　　　　　　　　　　　電話
－－－－－　－－－－－－　－－－－－－－－－－－－－－－－－－　－－－－－－－－－－－－
H-18803　　三ツ矢 悠　　　東京都練馬区豊玉北５－２９－８　　　　０９０－３７７１－２０４８
H-19552　　乙坂 玲奈　　　神奈川県相模原市南区相模大野３－１４－２２　０８０－６０１２－９９３７
H-20417　　鵜飼 恭平　　　東京都八王子市明神町２－７－１５－４０８　０９０－４４６９－１８２０
H-21188　　苫米地 奏　　　埼玉県川越市脇田本町１６－３　　　　　０７０－２９０５－６６１３
H-22073　　夏目 雅史　　　千葉県松戸市本町１８－６－１０２　　　０８０－９１４７－３３８６

よろしくお願いいたします。

""" + SIG_JIMUKYOKU + """

> 日の出産業従業員持株会 事務局 御中
>
> いつもお世話になっております。みらい証券 持株会事務センターの茅野です。
> 9月末の残高報告書のうち、下記5名分が「あて所に尋ねあたりません」で返戻されました。
> 現住所をご確認のうえ、ご連絡いただけますでしょうか。
>
> H-18803 三ツ矢様 / H-19552 乙坂様 / H-20417 鵜飼様 / H-21188 苫米地様 / H-22073 夏目様
>
> みらい証券株式会社 持株会事務センター 茅野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reply whose new text is a five-member list (full-width padding) of new addresses and phones; quoted part only names",
})

# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shoken-021",
    "charset": "iso-2022-jp",
    "sender": F_ONODERA,
    "to": ["みらい証券 持株会事務センター 茅野様 <chino.r@mirai-sec.co.jp>"],
    "subject": "Re: 8月度拠出金の差異について",
    "body": """茅野様

お世話になっております。日の出産業の小野寺です。
ご指摘ありがとうございました。給与側で確認したところ、口数変更届の反映漏れでした。
差額は9月度の拠出金で調整いたしますので、貴社側での修正は不要です。
ご迷惑をおかけし申し訳ございません。

""" + SIG_JIMUKYOKU + """

-----Original Message-----
差出人: 茅野 理恵 <chino.r@mirai-sec.co.jp>
送信日時: 2025年9月3日 10:12
宛先: 小野寺 健 <onodera.ken@hinode-sangyo.co.jp>
件名: 8月度拠出金の差異について

日の出産業 持株会事務局 小野寺様

8月度の拠出金明細と入金額に差異がございました。下記会員についてご確認ください。

会員番号  氏名          明細上の口数  控除額    生年月日
H-23310   井筒 和樹     10            10,000    1987/02/11
H-24408   岬 ちひろ     5             3,000     1994/08/26
H-25019   蔵前 誠司     20            20,000    1975/10/03
H-26655   汐見 亜紀     3             5,000     1998/05/19
H-27731   樫村 航       8             8,000     1991/12/24

差額合計：▲1,000円

みらい証券株式会社 持株会事務センター 茅野
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply: the five-member list is only in the quoted original from the recipient",
})

MESSAGES.append({
    "id": "shoken-022",
    "charset": "utf-8",
    "sender": F_IGARASHI,
    "to": ["白川法律事務所 弁護士 沼田先生 <numata@shirakawa-law.jp>"],
    "subject": "Pプロジェクト 情報受領者一覧（インサイダー管理用）",
    "body": """白川法律事務所
沼田 先生

いつもお世話になっております。五十嵐です。

業務提携検討（Pプロジェクト）について、ご指示いただいた形式で情報受領者一覧を作成しました。
社内関係者と、外部関係者（会社単位）を別シートにしています。
公表日まで、追加・削除があれば都度更新いたします。

ご確認のほど、よろしくお願いいたします。

""" + SIG_IGARASHI,
    "attachments": [{
        "kind": "xlsx",
        "name": "Pプロジェクト_情報受領者一覧_v3.xlsx",
        "sheets": {
            "社内関係者": [
                ["Pプロジェクト 情報受領者一覧（社内）　作成：法務部コンプライアンス室　更新日：2025/10/14"],
                [],
                ["No", "氏名", "所属", "役職", "内線", "携帯電話", "メールアドレス", "情報受領日"],
                [1, "浅葱 隆之", "役員室", "代表取締役社長", "2001", "090-1034-5518", "asagi.takayuki@hinode-sangyo.co.jp", "2025/09/01"],
                [2, "城ケ崎 豊", "経営企画部", "執行役員部長", "2110", "080-4471-2093", "jogasaki.yutaka@hinode-sangyo.co.jp", "2025/09/01"],
                [3, "冴木 恭子", "経営企画部", "課長", "2114", "090-6652-3370", "saeki.kyoko@hinode-sangyo.co.jp", "2025/09/03"],
                [4, "安曇 大地", "経営企画部", "主任", "2117", "070-2218-4406", "azumi.daichi@hinode-sangyo.co.jp", "2025/09/03"],
                [5, "熊谷 悟", "財務部", "執行役員部長", "2205", "080-1193-6620", "kumagai.satoru@hinode-sangyo.co.jp", "2025/09/10"],
                [6, "高濱 和也", "経理部財務課", "係長", "2241", "090-3380-7751", "takahama.kazuya@hinode-sangyo.co.jp", "2025/09/10"],
                [7, "五十嵐 由紀", "法務部", "室長", "2301", "080-4420-1187", "igarashi.yuki@hinode-sangyo.co.jp", "2025/09/05"],
                [8, "瀬戸口 翔", "法務部", "担当", "2306", "090-5527-0914", "setoguchi.sho@hinode-sangyo.co.jp", "2025/09/05"],
                [9, "若槻 修", "総務部株式課", "課長", "2310", "080-7702-3185", "wakatsuki.osamu@hinode-sangyo.co.jp", "2025/10/01"],
            ],
            "外部関係者": [
                ["会社名", "立場", "窓口部署", "代表電話"],
                ["白川法律事務所", "法律顧問", "—", "03-3581-2240"],
                ["監査法人かえで", "会計監査人", "第3事業部", "03-5220-8100"],
                ["アルファ評価研究所", "株式価値算定", "評価部", "03-6268-4410"],
            ],
            "更新履歴": [
                ["版", "日付", "内容"],
                ["v1", "2025/09/05", "初版"],
                ["v2", "2025/09/12", "財務部2名追加"],
                ["v3", "2025/10/14", "株式課追加"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "insider list of nine staff with mobiles and e-mails in a three-sheet XLSX with a title row, to outside counsel",
})

MESSAGES.append({
    "id": "shoken-023",
    "charset": "shift_jis",
    "sender": F_SASAKI,
    "to": ["青葉運輸 法人営業所 平塚様 <hiratsuka@aoba-unyu.co.jp>"],
    "subject": "株主通信 再発送分の配送依頼（7件）",
    "body": """青葉運輸株式会社
法人営業所　平塚様

いつもお世話になっております。日の出産業 株式課の佐々木です。

先月発送した株主通信のうち、転居等で戻ってきたものについて、
住所を確認できた7件を宅配便で再発送したく、配送先リストをお送りします。
（古いExcel形式で失礼します）

集荷は明日15時以降、本社1階の荷捌き場でお願いいたします。

""" + SIG_SASAKI,
    "attachments": [{
        "kind": "xls",
        "name": "再発送先リスト.xls",
        "sheets": {"再発送": [
            ["株主番号", "氏名", "郵便番号", "住所", "電話番号"],
            ["01120-3", "杢保 和雄", "371-0023", "群馬県前橋市本町1-8-12", "027-221-4093"],
            ["01244-8", "東海林 節子", "990-0039", "山形県山形市香澄町2-3-7", "023-631-5528"],
            ["01377-1", "宮路 隼", "514-0004", "三重県津市栄町3-116", "090-8817-2260"],
            ["01403-6", "長宗我部 由香", "780-0870", "高知県高知市本町4-1-36", "088-823-6617"],
            ["01559-2", "漆原 功", "640-8156", "和歌山県和歌山市七番丁23", "073-431-0872"],
            ["01682-9", "鍋島 佳織", "840-0826", "佐賀県佐賀市白山2-7-1", "0952-24-5531"],
            ["01795-4", "米納津 光", "950-0916", "新潟県新潟市中央区米山3-1-50", "080-3305-9184"],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven shareholders' delivery addresses and phones in a legacy XLS to the carrier",
})

MESSAGES.append({
    "id": "shoken-024",
    "charset": "iso-2022-jp",
    "sender": F_SASAKI,
    "to": ["青葉運輸 法人営業所 平塚様 <hiratsuka@aoba-unyu.co.jp>"],
    "subject": "定時株主総会 招集通知の発送（集荷）について",
    "body": """青葉運輸株式会社
法人営業所　平塚様

お世話になっております。日の出産業の佐々木です。
今年の招集通知の発送スケジュールが決まりましたのでお知らせします。

　・集荷日時：６月３日（火）１０時　錦印刷 川口工場
　・物量：約１２，４００通（メール便・封筒Ａ４）　段ボール約３１０箱
　・差出：６月４日（水）までに全数差出

宛名は錦印刷様で印字済みのため、当社からのデータ提供はございません。
昨年同様、受領書の控えを株式課宛にお送りください。

""" + SIG_SASAKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "logistics of the AGM notice mailing: volumes and dates only",
})

MESSAGES.append({
    "id": "shoken-025",
    "charset": "utf-8",
    "sender": F_SASAKI,
    "to": [T_NISHIKI],
    "subject": "第79期中間配当 配当金計算書 差込データ（テスト印刷用）",
    "body": """錦印刷株式会社
営業部　辻本様

お世話になっております。日の出産業 株式課の佐々木です。

配当金計算書のテスト印刷用に、差込データの一部をお送りします。
レイアウト確認後、全件データは信託銀行から直接納品される予定です。
「仕様」シートに項目桁数をまとめていますのでご参照ください。

""" + SIG_SASAKI,
    "attachments": [{
        "kind": "xlsx",
        "name": "配当金計算書_差込データ_テスト.xlsx",
        "sheets": {
            "差込データ": [
                ["第79期中間配当 配当金計算書 差込データ（テスト用抽出）"],
                ["株主番号", "氏名", "郵便番号", "住所", "所有株式数", "配当金額", "源泉徴収税額", "振込先"],
                ["00104-2", "汐留 光太郎", "105-0021", "東京都港区東新橋1-5-2-2304", 1200, 37200, 7596, "みどり銀行 新橋支店 普通 3307718"],
                ["00117-8", "纐纈 和美", "500-8833", "岐阜県岐阜市神田町6-12", 300, 9300, 1899, "十六の森銀行 本店 普通 1082264"],
                ["00128-5", "針生 周平", "980-0021", "宮城県仙台市青葉区中央2-9-27", 5000, 155000, 31651, "みどり銀行 仙台支店 普通 5521073"],
                ["00133-1", "莇 理沙", "920-0919", "石川県金沢市南町4-55", 100, 3100, 633, "ゆうちょ銀行 三〇八店 普通 6614028"],
                ["00145-9", "泉水 恒夫", "730-0031", "広島県広島市中区紙屋町1-3-8", 2500, 77500, 15825, "みどり銀行 広島支店 普通 2209841"],
                ["00152-4", "禰津 仁美", "380-0823", "長野県長野市南千歳1-16-4", 400, 12400, 2532, "しなの信用金庫 本店 普通 0338172"],
                ["00166-0", "生天目 篤", "310-0015", "茨城県水戸市宮町3-2-9", 800, 24800, 5064, "みどり銀行 水戸支店 普通 4470385"],
                ["00171-7", "八月一日 澄子", "150-0043", "東京都渋谷区道玄坂2-10-12-501", 200, 6200, 1266, "東都銀行 渋谷支店 普通 7093326"],
                ["00189-3", "鰐淵 隆", "812-0018", "福岡県福岡市博多区住吉3-1-80", 1000, 31000, 6330, "みどり銀行 福岡支店 普通 1156607"],
                ["00193-6", "纐纈 健", "500-8833", "岐阜県岐阜市神田町6-12", 300, 9300, 1899, "十六の森銀行 本店 普通 1082271"],
            ],
            "仕様": [
                ["項目", "桁数", "備考"],
                ["株主番号", 7, "ハイフン含む"],
                ["氏名", 30, "全角"],
                ["住所", 80, "全角、2行折返し"],
                ["配当金額", 10, "カンマ編集"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "ten shareholders' addresses, holdings and bank accounts as merge data in an XLSX to the printer",
})

MESSAGES.append({
    "id": "shoken-026",
    "charset": "iso-2022-jp",
    "sender": F_SASAKI,
    "to": [T_NISHIKI],
    "subject": "中間配当関係書類の印刷スケジュール",
    "body": """辻本様

いつもお世話になっております。日の出産業の佐々木です。
中間配当関係の印刷物について、スケジュールを確認させてください。

　１．配当金計算書・配当金領収証　　校了 11/14　納品 11/28
　２．中間報告書（株主通信）　　　　校了 11/10　納品 11/28
　３．配当金振込先指定のご案内（同封チラシ）　前年データ流用、文言修正のみ

支払開始日は12月2日（火）です。発送は12月1日（月）を予定しています。
見積書は前回同様、部数確定後で構いません。

""" + SIG_SASAKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print schedule for dividend documents, no personal data",
})

MESSAGES.append({
    "id": "shoken-027",
    "charset": "shift_jis",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "持株会会員 住所変更届（10月受付分）",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。日の出産業持株会事務局の小野寺です。
10月に受け付けた住所変更届をまとめてご連絡します。
届出用紙の記載どおり（カナ氏名）で転記しております。

①　会員番号 H-16620　ハタケヤマ　ミノル
　　新住所：〒２７０－２２６１　千葉県松戸市常盤平３－１０－１－５０４
　　電話：０４７－３８７－２２１９
②　会員番号 H-19034　ツキミサト　アヤネ
　　新住所：〒２２５－０００２　神奈川県横浜市青葉区美しが丘２－１９－６
　　電話：０９０－６２４８－５５０１
③　会員番号 H-21550　シノノメ　ヒロキ
　　新住所：〒３３２－００１２　埼玉県川口市本町４－３－２－８０２
　　電話：０８０－１１０３－７４６２
④　会員番号 H-23087　ワタヌキ　ユウコ
　　新住所：〒１８３－００５５　東京都府中市府中町１－２５－３
　　電話：０４２－３３６－８８０４
⑤　会員番号 H-25511　イオキベ　タツヤ
　　新住所：〒２６０－００２７　千葉県千葉市中央区新田町３５－７
　　電話：０７０－４４９０－２１３８

以上５件です。よろしくお願いいたします。

""" + SIG_JIMUKYOKU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five members' kana names with new addresses and phones in full-width digits to the broker",
})

MESSAGES.append({
    "id": "shoken-028",
    "charset": "utf-8",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "海外赴任中の会員の連絡先（残高報告書の電子交付）",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。持株会事務局の小野寺です。

海外赴任中で拠出を継続している会員3名から、残高報告書を郵送ではなく
電子交付にしたいとの申出がありました。届出のローマ字表記と連絡先は下記のとおりです。

- Member H-17705  KANZAKI Shunsuke   shunsuke.kanzaki.sg@gmail.com  (Singapore)
- Member H-20981  OGASAWARA Mio      mio.ogasawara@outlook.com       (Bangkok)
- Member H-24460  TSUTSUMI Kenta     kenta.tsutsumi.de@gmail.com     (Düsseldorf)

電子交付の同意書は各自から貴社サイトで提出いただく予定です。

""" + SIG_JIMUKYOKU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three members' romaji names and private e-mails: under five people, may be warned",
})

MESSAGES.append({
    "id": "shoken-029",
    "charset": "iso-2022-jp",
    "sender": F_SHOJI,
    "to": [T_NISHIKI],
    "subject": "新株予約権 割当通知書の印刷について（ご相談）",
    "body": """錦印刷株式会社
辻本様

お世話になっております。日の出産業 人事部の東海林です。
今年から、新株予約権の割当通知書を社内便ではなく郵送に切り替える予定で、
封入封緘と宛名印字をお願いできないかご相談です。

　・部数：約６０通（役員・執行役員・部長職）
　・用紙：Ａ４ 両面1枚＋行使手続きの案内（Ａ４ 4ページ）
　・時期：７月上旬

宛名データの受け渡しは、貴社のファイル転送サービスを利用させていただく想定です。
概算のお見積りをいただけますでしょうか。

""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print and mailing consultation; address data to go through a secure channel later",
})

MESSAGES.append({
    "id": "shoken-030",
    "charset": "utf-8",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "ご逝去会員の持分払戻し（相続人の届出内容）",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。持株会事務局の小野寺です。

上期中にご逝去された会員について、相続人の方から届出のあった内容を
Wordにまとめましたので、持分払戻しの手続きをお願いいたします。
戸籍謄本等の原本は本日簡易書留で発送しました。

""" + SIG_JIMUKYOKU,
    "attachments": [{
        "kind": "docx",
        "name": "相続人届出内容_上期.docx",
        "title": "持分払戻し 相続人届出内容",
        "paragraphs": [
            "日の出産業従業員持株会　ご逝去会員の持分払戻し（相続人届出内容）",
            "",
            "【1】故 会員番号 H-09812　故人氏名：宇津木 正一",
            "相続人代表：宇津木 和子（妻）　住所：東京都小平市学園東町2-14-9　電話：042-341-6620",
            "払戻方法：株式移管　移管先：みらい証券 小平支店 口座番号 415-0077128",
            "",
            "【2】故 会員番号 H-11437　故人氏名：千賀 勇",
            "相続人代表：千賀 雅人（長男）　住所：静岡県浜松市中央区元城町218-3　電話：090-4428-1075",
            "払戻方法：現金払戻し　振込先：みどり銀行 浜松支店 普通 2048813",
            "",
            "【3】故 会員番号 H-13006　故人氏名：舟橋 トシ子",
            "相続人代表：舟橋 里美（長女）　住所：埼玉県春日部市中央1-52-6-303　電話：048-754-3391",
            "払戻方法：現金払戻し　振込先：東都銀行 春日部支店 普通 3310497",
            "",
            "【4】故 会員番号 H-14552　故人氏名：日下部 勝",
            "相続人代表：日下部 恵（妻）　住所：神奈川県藤沢市鵠沼海岸4-8-21　電話：0466-33-8150",
            "払戻方法：株式移管　移管先：なごみネット証券 口座番号 0042-881276",
            "",
            "【5】故 会員番号 H-15920　故人氏名：曽我部 茂樹",
            "相続人代表：曽我部 直子（妻）　住所：千葉県柏市柏3-6-17　電話：080-2214-9057",
            "払戻方法：現金払戻し　振込先：みどり銀行 柏支店 普通 6627301",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "five heirs' records (address, phone, bank account) one block each in a DOCX to the broker",
})

MESSAGES.append({
    "id": "shoken-031",
    "charset": "utf-8",
    "sender": F_JIMU,
    "to": [T_MIRAI],
    "subject": "各事業所の最寄り店舗（持株会引出し窓口）のご確認",
    "html": """<html><body>
<p>みらい証券株式会社<br>職域サービス部 長谷部様</p>
<p>お世話になっております。日の出産業持株会事務局です。<br>
持株会から引き出した株式の受入口座について、会員から「近くの窓口はどこか」という問合せが増えています。
社内ポータルに掲載したいので、各事業所の最寄り店舗として下表の内容で問題ないかご確認ください。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>当社事業所</th><th>貴社最寄り店舗</th><th>店舗住所</th><th>店舗電話</th></tr>
<tr><td>本社（日本橋）</td><td>日本橋支店</td><td>東京都中央区日本橋室町1-6-3</td><td>03-3241-1180</td></tr>
<tr><td>川口工場</td><td>川口支店</td><td>埼玉県川口市栄町3-2-10</td><td>048-251-4471</td></tr>
<tr><td>大阪事業所</td><td>大阪支店</td><td>大阪府大阪市中央区北浜2-1-19</td><td>06-6202-3318</td></tr>
<tr><td>名古屋営業所</td><td>名古屋支店</td><td>愛知県名古屋市中村区名駅4-5-27</td><td>052-581-7740</td></tr>
<tr><td>福岡営業所</td><td>福岡支店</td><td>福岡県福岡市中央区天神1-10-13</td><td>092-721-5562</td></tr>
<tr><td>仙台営業所</td><td>仙台支店</td><td>宮城県仙台市青葉区本町2-3-10</td><td>022-261-0093</td></tr>
</table>
<p>よろしくお願いいたします。<br>日の出産業従業員持株会 事務局 小野寺</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML table of the broker's branches (business addresses and phones), not people",
})

_inner032 = {
    "charset": "iso-2022-jp",
    "sender": "樋渡 彩乃 <hiwatashi.ayano@hinode-sangyo.co.jp>",
    "to": [F_SHOJI],
    "subject": "退職者のSO保有者 連絡先（最新）",
    "body": """東海林さん

退職者でストックオプション（第3回・第4回）を保有している方の連絡先です。
退職時の届出から更新があった方は反映済みです。

氏名　／　住所　／　電話　／　個人メール
・國分 義明　／　東京都国立市中2-9-11　／　090-3326-7720　／　y.kokubu1962@yahoo.co.jp
・湊川 悦子　／　兵庫県神戸市中央区下山手通5-3-8　／　078-341-2276　／　etsuko.minatogawa@gmail.com
・真壁 洋　／　神奈川県平塚市見附町12-4　／　080-5519-4683　／　makabe.hiroshi@icloud.com
・鮫島 章　／　鹿児島県鹿児島市城山町7-23　／　099-224-6031　／　a-samejima@ezweb.ne.jp
・葛城 清美　／　奈良県奈良市登大路町36-2　／　090-7705-1148　／　kiyomi.katsuragi@gmail.com
・嘉納 修司　／　東京都練馬区石神井町3-17-5　／　03-3996-2051　／　kano.shuji@outlook.jp

樋渡
""",
}

MESSAGES.append({
    "id": "shoken-032",
    "charset": "iso-2022-jp",
    "sender": F_SHOJI,
    "to": ["北斗証券 SO行使サービス室 <so-service@hokuto-shoken.co.jp>"],
    "subject": "転送：退職者のSO保有者 連絡先（最新）",
    "body": """北斗証券株式会社
ＳＯ行使サービス室 御中

お世話になっております。日の出産業 人事部の東海林です。
第3回・第4回新株予約権の行使期間満了のご案内を、貴社から退職者の方へ直接お送りいただく件、
対象者の連絡先を社内メールごと添付で転送いたします。

ご案内文の最終版は来週お送りします。

""" + SIG_SHOJI,
    "attachments": [{"kind": "eml", "name": "退職者のSO保有者連絡先.eml", "message": _inner032}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "internal mail forwarded as an attached message: six former employees' addresses, phones and private e-mails",
})

MESSAGES.append({
    "id": "shoken-033",
    "charset": "iso-2022-jp",
    "sender": F_SASAKI,
    "to": ["東邦ひかり信託銀行 証券代行部 大室様 <omuro.s@hikari-trust.co.jp>"],
    "subject": "特別口座株主の配当金振込先指定について（2件）",
    "body": """大室様

お世話になっております。日の出産業 株式課の佐々木です。
特別口座で管理されている株主様から、当社窓口に配当金振込先のご相談があり、
ご本人の了解を得て内容をお伝えします。正式な届出用紙の送付をお願いできますでしょうか。

・株主番号 00872-1　麻績 八重子 様
　振込先：みどり銀行 松本支店 普通 1185320
・株主番号 00914-6　左近司 仁 様
　振込先：しなの信用金庫 上田支店 普通 0773041

いずれもお電話で「来期の期末配当から」とのご希望でした。

""" + SIG_SASAKI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "two shareholders' bank accounts to the transfer agent: below the list threshold, may be warned",
})

_rows034 = [["社員番号", "氏名", "フリガナ", "生年月日", "会社メール", "携帯電話"]] + [
    ["103301", "有馬 颯太", "アリマ ソウタ", "1999/01/18", "arima.sota@hinode-sangyo.co.jp", "090-4817-2236"],
    ["103315", "帆足 遥", "ホアシ ハルカ", "1997/06/04", "hoashi.haruka@hinode-sangyo.co.jp", "080-3390-6618"],
    ["103322", "糸井 康平", "イトイ コウヘイ", "1992/10/27", "itoi.kohei@hinode-sangyo.co.jp", "070-6652-1047"],
    ["103338", "弓削 美穂", "ユゲ ミホ", "1988/03/15", "yuge.miho@hinode-sangyo.co.jp", "090-2283-5574"],
    ["103341", "天羽 陸", "アモウ リク", "2000/12/01", "amou.riku@hinode-sangyo.co.jp", "080-7714-9920"],
    ["103356", "仲宗根 優奈", "ナカソネ ユウナ", "1995/08/22", "nakasone.yuna@hinode-sangyo.co.jp", "090-6608-3351"],
    ["103360", "茨木 徹也", "イバラキ テツヤ", "1984/04/09", "ibaraki.tetsuya@hinode-sangyo.co.jp", "070-1159-7736"],
    ["103374", "雨宮 栞", "アメミヤ シオリ", "1998/11/11", "amemiya.shiori@hinode-sangyo.co.jp", "080-2047-6682"],
    ["103389", "鶴見 悠真", "ツルミ ユウマ", "1993/02/07", "tsurumi.yuma@hinode-sangyo.co.jp", "090-9913-4405"],
    ["103392", "白鳥 凛", "シラトリ リン", "2001/05/30", "shiratori.rin@hinode-sangyo.co.jp", "080-5561-2290"],
    ["103407", "檜山 亮太", "ヒヤマ リョウタ", "1990/07/16", "hiyama.ryota@hinode-sangyo.co.jp", "070-3328-8017"],
    ["103415", "清水谷 陽菜", "シミズダニ ヒナ", "1996/09/03", "shimizudani.hina@hinode-sangyo.co.jp", "090-7420-1163"],
]

MESSAGES.append({
    "id": "shoken-034",
    "charset": "utf-8",
    "sender": F_JIMU,
    "to": ["なごみネット証券 法人営業部 <hojin-eigyo@nagomi-net.jp>"],
    "subject": "職域つみたてNISA 口座開設案内の送付対象者（第2期）",
    "body": """なごみネット証券株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業持株会事務局です。

職域つみたてNISAの第2期募集で、口座開設案内の送付を希望した社員のリストをお送りします。
貴社から各人の会社メールに申込用URLをお送りいただき、SMS認証用に携帯番号も記載しています。

""" + SIG_JIMUKYOKU,
    "attachments": [{"kind": "csv", "name": "nisa_2ki_taisho.csv", "encoding": "utf-8", "rows": _rows034}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "twelve employees with birth dates, e-mails and mobiles in a UTF-8 CSV to an online broker",
})

MESSAGES.append({
    "id": "shoken-035",
    "charset": "iso-2022-jp",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "本人確認照合データ（氏名は別メールでお送りします）",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。日の出産業の小野寺です。
単元株引出しで口座照合エラーになった会員の照合データです。
念のため、氏名は本メールには記載せず、別メールでお送りします。

"会員番号","生年月日","郵便番号","電話番号","引出し先口座"
"H-20114","1983/07/22","272-0034","090-2471-6038","みらい証券 市川支店 221-0084413"
"H-20877","1979/12/05","336-0017","048-862-3390","みらい証券 浦和支店 118-0093027"
"H-21602","1991/03/30","214-0014","080-6693-1175","みらい証券 登戸支店 305-0041186"
"H-22245","1986/10/14","182-0024","070-5582-4403","みらい証券 調布支店 410-0027750"
"H-23318","1994/01/09","330-0846","090-8873-2219","みらい証券 大宮支店 118-0102364"
"H-24009","1972/05/28","260-0015","043-227-6641","みらい証券 千葉支店 221-0091158"
"H-24771","1988/08/17","231-0023","080-1147-7392","みらい証券 横浜支店 305-0057731"

よろしくお願いいたします。

""" + SIG_JIMUKYOKU,
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven members' birth dates, phones and account numbers without a name column: still a list of people",
})

_rows036 = [["日の出産業従業員持株会 会員一覧（2025年9月末）"],
            ["会員番号", "社員番号", "氏名", "所属", "生年月日", "拠出口数", "持分株数"]]
_names036 = ["勅使河原 拓海", "栗花落 美月", "長谷川 颯", "御手洗 千晶", "九十九 聡", "松浦 りな",
             "百目鬼 将太", "猪狩 恵一", "鴨志田 紗季", "的場 亘", "忽那 ゆかり", "宍戸 匠",
             "相楽 典子", "三ツ矢 悠", "乙坂 玲奈", "鵜飼 恭平", "苫米地 奏", "夏目 雅史",
             "井筒 和樹", "岬 ちひろ"]
_depts036 = ["営業第一部", "経理部", "生産管理部", "人事部", "品質保証部"]
for _i, _n in enumerate(_names036):
    _rows036.append([f"H-{30100 + _i * 37}", str(100200 + _i * 53), _n, _depts036[_i % 5],
                     f"{1965 + (_i * 7) % 35}/{(_i * 5) % 12 + 1:02d}/{(_i * 11) % 28 + 1:02d}",
                     (_i % 5 + 1) * 3, 120 + _i * 17])

MESSAGES.append({
    "id": "shoken-036",
    "charset": "iso-2022-jp",
    "sender": F_ONODERA,
    "to": ["高濱 和也 <takahama.kazuya@hinode-sangyo.co.jp>"],
    "cc": ["持株会事務局 <mochikabu@hinode-sangyo.co.jp>"],
    "subject": "持株会 会員一覧（9月末）の送付",
    "body": """高濱さん

お疲れさまです。小野寺です。
監査対応用に依頼のあった持株会会員一覧（9月末、抜粋20名）を添付します。
拠出口数と給与控除額の突合にお使いください。

小野寺
""",
    "attachments": [{"kind": "xlsx", "name": "持株会会員一覧_202509.xlsx", "sheets": {"会員一覧": _rows036}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "a twenty-member list, but every recipient is internal",
})

MESSAGES.append({
    "id": "shoken-037",
    "charset": "iso-2022-jp",
    "sender": F_SHOJI,
    "to": ["経理部 税務グループ 鷲尾 <washio.kei@hinode-sangyo.co.jp>"],
    "subject": "SO権利行使分の支払調書作成用データ（個人番号あり・社内限り）",
    "body": """鷲尾さん

お疲れさまです。東海林です。
非適格ストックオプションの行使に伴う支払調書の作成用データです。
個人番号が含まれていますので、確認後は本メールの削除をお願いします。

氏名　　　　　個人番号　　　　　行使日　　　経済的利益
桐生 和真　　 """ + _mn(0) + """　2025/9/26　1,245,000円
四月一日 結衣　""" + _mn(1) + """　2025/9/26　830,000円
伊集院 慎　　 """ + _mn(2) + """　2025/9/26　1,660,000円
小田桐 光　　 """ + _mn(3) + """　2025/9/26　415,000円

東海林
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers sent between two internal staff only",
})

MESSAGES.append({
    "id": "shoken-038",
    "charset": "iso-2022-jp",
    "sender": F_SHOJI,
    "to": ["税理士法人ひまわり 岩渕様 <iwabuchi@himawari-tax.jp>"],
    "subject": "退職者のストックオプション行使に係る支払調書の件",
    "body": """税理士法人ひまわり
岩渕先生

お世話になっております。日の出産業 人事部の東海林です。
先日ご相談した、退職後に権利行使した方の支払調書の件で、必要事項をお送りします。

　氏名：　蒔田 耕三（マキタ コウゾウ）
　住所：　東京都調布市深大寺北町３－２１－８
　個人番号：　""" + _mn(4, "-") + """
　行使日：　令和７年８月２９日
　行使株数：　3,000株（行使価額 612円、行使日時価 1,480円）

調書の区分（給与所得か雑所得か）のご判断をお願いできれば幸いです。

""" + SIG_SHOJI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a former employee's My Number in the body to the outside tax firm",
})

MESSAGES.append({
    "id": "shoken-039",
    "charset": "iso-2022-jp",
    "sender": "秘書室 羽鳥 紗英 <hatori.sae@hinode-sangyo.co.jp>",
    "to": [T_HAYATE],
    "subject": "千住取締役の口座開設書類について",
    "body": """はやて証券株式会社
久保田様

いつもお世話になっております。日の出産業 秘書室の羽鳥です。
千住取締役の口座開設につき、本人確認事項を代理でご連絡するよう申し付かりました。
書類原本は取締役本人より郵送いたします。

氏名：千住 明美（センジュ アケミ）
生年月日：昭和52年10月8日
住所：東京都港区白金台1-9-6-1102
運転免許証番号：第 3020 1178 4405 号
個人番号：""" + _mn(5) + """

役員就任に伴う内部者登録もあわせてお願いいたします。

--
日の出産業株式会社 秘書室
羽鳥 紗英
TEL 03-5201-7702
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a director's driver's licence number and My Number sent to a broker",
})

MESSAGES.append({
    "id": "shoken-040",
    "charset": "utf-8",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "特定口座への移管（3名分）マイナンバー提供",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。日の出産業持株会事務局の小野寺です。
持株会からの引出し株式を貴社の特定口座へ移管する3名について、
口座開設に必要な個人番号をExcelにてお送りします。
（本人の同意書は取得済みです）

""" + SIG_JIMUKYOKU,
    "attachments": [{
        "kind": "xlsx",
        "name": "移管対象者_個人番号.xlsx",
        "sheets": {"移管対象者": [
            ["会員番号", "氏名", "生年月日", "個人番号", "移管株数"],
            ["H-19920", "樽見 健司", "1970/04/02", MN[6], 300],
            ["H-20436", "小比類巻 愛", "1982/11/19", MN[7], 100],
            ["H-22791", "下河辺 純", "1976/07/07", MN[8], 200],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three members' My Numbers in an XLSX to the broker",
})

# ---------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shoken-041",
    "charset": "shift_jis",
    "sender": F_SASAKI,
    "to": [T_HIKARI],
    "subject": "大口個人株主（特別口座）の個人番号届出について",
    "body": """東邦ひかり信託銀行
証券代行部 ご担当者様

いつもお世話になっております。日の出産業 株式課の佐々木です。

特別口座で管理されている創業家の大口個人株主4名について、
配当金の支払調書作成に必要な個人番号を、ご本人からお預かりしましたのでお送りします。
本人確認書類の写しは別途郵送いたします。

""" + SIG_SASAKI,
    "attachments": [{
        "kind": "csv",
        "name": "個人番号届出_大口株主.csv",
        "encoding": "cp932",
        "rows": [
            ["株主番号", "氏名", "住所", "個人番号", "所有株式数"],
            ["00001-5", "日野出 宗一郎", "東京都渋谷区松濤1-22-4", MN[9], "1,250,000"],
            ["00002-1", "日野出 瑞枝", "東京都渋谷区松濤1-22-4", MN[10], "640,000"],
            ["00003-8", "日野出 圭吾", "神奈川県横浜市青葉区桂台2-31-7", MN[11], "410,000"],
            ["00004-4", "栃折 早百合", "東京都大田区田園調布3-14-2", MN[12], "388,000"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four shareholders' My Numbers in a CP932 CSV to the transfer agent",
})

MESSAGES.append({
    "id": "shoken-042",
    "charset": "iso-2022-jp",
    "sender": F_SASAKI,
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "株主懇談会（11月7日）会場のご予約確定とお支払いについて",
    "body": """さくらホテル
宴会予約課 ご担当者様

お世話になっております。日の出産業 株式課の佐々木です。
11月7日（金）の個人株主様向け懇談会につき、「桜の間」の予約を確定させてください。

・日時：11月7日（金）13:30〜17:00（設営12:00〜）
・人数：株主様80名＋当社役員・スタッフ15名
・お飲み物：ソフトドリンクのみ

キャンセル料の保証として、先日お伺いしたとおりカード情報をお知らせします。

　カード番号：""" + _cc(1, "-") + """
　有効期限：09/28
　名義：OSAMU WAKATSUKI（株式課長 若槻 修）

ご精算は当日、請求書払いでお願いいたします。

""" + SIG_SASAKI,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number with expiry and holder name in the mail body to a hotel",
})

MESSAGES.append({
    "id": "shoken-043",
    "charset": "iso-2022-jp",
    "sender": F_SASAKI,
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "第80回定時株主総会 会場仮押さえのお願い",
    "body": """さくらホテル 宴会予約課
ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部株式課の佐々木です。
来年の定時株主総会の会場につき、例年どおり仮押さえをお願いいたします。

　日時：令和８年６月２６日（金）９：００〜１３：００（前日夕方より設営）
　会場：鳳凰の間（スクール形式 ４００席）、控室２室
　その他：同時配信用の有線LAN、受付用テーブル６台

当日の現場責任者は株式課長の若槻となります（携帯 080-7702-3185）。
正式なお申込みは取締役会での日程決議後、3月中旬にあらためてお送りします。

""" + SIG_SASAKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue booking with one staff contact's mobile: a business contact, ordinary mail",
})

MESSAGES.append({
    "id": "shoken-044",
    "charset": "utf-8",
    "sender": F_KOGURE,
    "to": ["Nagomi Net Securities International Desk <intl-desk@nagomi-net.jp>"],
    "subject": "Workplace NISA account - identity details for Mr. Rahul Venkataraman",
    "body": """Dear International Desk,

Thank you for helping our foreign staff with the workplace NISA accounts.
Mr. Venkataraman, who joined our Osaka office last spring, asked me to pass on his
identity details because your online form did not accept his residence card.

  Name:                   Rahul VENKATARAMAN
  Date of birth:          14 February 1991
  Nationality:            India
  Passport number:        Z7741906
  Residence card number:  UH48213375EA
  Address in Japan:       大阪府大阪市北区天満橋1-8-30-1207

He will upload the scanned copies himself once you send him the upload link.

""" + SIG_KOGURE_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an employee's passport and residence card numbers in English mail to a broker",
})

MESSAGES.append({
    "id": "shoken-045",
    "charset": "iso-2022-jp",
    "sender": F_JIMU,
    "to": ["なごみネット証券 法人営業部 <hojin-eigyo@nagomi-net.jp>"],
    "subject": "Re: 口座開設の本人確認（塙様）について",
    "body": """なごみネット証券 法人営業部
ご担当者様

お世話になっております。日の出産業持株会事務局です。
ご連絡いただいた塙さんの本人確認の件、本人から健康保険証の内容を聞き取りましたので
お伝えします。写しの画像はご本人のスマートフォンからアップロードいたします。

　氏名：塙 章吾（ハナワ ショウゴ）
　生年月日：平成４年３月１９日
　住所：東京都足立区千住旭町２８－４－６０３
　健康保険証：記号 ８１０３　番号 ２７５　保険者番号 ０６１３９８２４

よろしくお願いいたします。

""" + SIG_JIMUKYOKU + """

> 日の出産業 持株会事務局 御中
> 塙様の口座開設申込につき、本人確認書類の画像が不鮮明のため確認できませんでした。
> お手数ですが再提出をご案内いただけますでしょうか。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "health insurance card symbol and number (identity document) of an employee to a broker",
})

MESSAGES.append({
    "id": "shoken-046",
    "charset": "utf-8",
    "sender": F_SHOJI,
    "to": [T_MIRAI],
    "subject": "新株予約権行使請求書（PDF化したもの）の送付",
    "body": """長谷部様

お世話になっております。日の出産業の東海林です。
郵送が間に合わないため、行使請求書を先にPDFでお送りします。
原本は明日着で発送済みです。

""" + SIG_SHOJI,
    "attachments": [{
        "kind": "pdf",
        "name": "行使請求書_冬木.pdf",
        "title": "新株予約権行使請求書",
        "lines": [
            "新株予約権行使請求書",
            "日の出産業株式会社 御中",
            "",
            "私は、第6回新株予約権の要項に従い、下記のとおり新株予約権を行使します。",
            "",
            "行使する新株予約権の個数：20個（目的となる株式 2,000株）",
            "払込金額：1,224,000円（払込日 令和7年10月15日）",
            "",
            "請求者 住所：埼玉県和光市本町14-6-205",
            "請求者 氏名：冬木 崇",
            "電話番号：090-6228-4501",
            "個人番号：" + _mn(13),
            "株式振替先：みらい証券 和光支店 口座番号 118-0520873",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a scanned option exercise form with the exerciser's My Number, as a PDF to the broker",
})

MESSAGES.append({
    "id": "shoken-047",
    "charset": "iso-2022-jp",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "拠出休止の取扱いについて（会員番号 H-18291）",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。日の出産業持株会事務局の小野寺です。

会員番号 H-18291 の霜鳥 千尋さんが、うつ病の治療のため10月1日から休職に入っており、
休職期間中（給与無支給）は拠出を休止する扱いとしたいと考えています。
規約上、休止期間は最長2年までと理解していますが、復職時期が未定のため、
延長が必要になった場合の手続きを教えていただけますでしょうか。

なお、本件はご本人の同意を得てご連絡しています。

""" + SIG_JIMUKYOKU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's diagnosis (depression) and sick leave sent to the broker: special-care data",
})

MESSAGES.append({
    "id": "shoken-048",
    "charset": "utf-8",
    "sender": F_IGARASHI,
    "to": ["白川法律事務所 弁護士 沼田先生 <numata@shirakawa-law.jp>"],
    "subject": "【ご相談】元社員の逮捕報道と持株会・SOの取扱い",
    "body": """沼田先生

いつもお世話になっております。五十嵐です。
急ぎご相談させてください。

昨年3月に退職した元経営企画部の砥部 康介（とべ こうすけ、退職時 課長）が、
本日、金融商品取引法違反（インサイダー取引）の容疑で逮捕されたと、
所轄の警察署から当社総務部に連絡がありました。
容疑は当社株式ではなく、在職中に担当した提携先（上場会社）の株式の売買とのことです。

確認したい点は次のとおりです。
1. 同人が保有する第4回新株予約権（未行使 30個）について、要項の「禁錮以上の刑」条項による
   失権の判断時期
2. 持株会の退会精算（既に単元未満分のみ）への影響
3. 社内・社外への説明の要否と、報道機関からの問い合わせ対応

明日午前中にお電話でもご相談できれば幸いです。

""" + SIG_IGARASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named former employee's arrest (criminal procedure) sent to outside counsel: special-care data",
})

MESSAGES.append({
    "id": "shoken-049",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": [T_MIRAI],
    "cc": [F_ONODERA],
    "subject": "持株会事務局をかたる詐欺被害の発生について",
    "body": """みらい証券株式会社
職域サービス部 長谷部様

お世話になっております。日の出産業の若槻です。
ご報告とご相談です。

当社持株会の会員である川越事業所の比嘉 美智代さん（会員番号 H-15348）が、
「持株会事務局」を名乗る人物からの電話で、持分の引出しに手数料が必要だと言われ、
指定口座に計48万円を振り込む詐欺被害に遭いました。
ご本人は既に川越警察署に被害届を提出済みです。

同様の手口が他の会員にも及ぶおそれがあるため、貴社から会員向けの注意喚起文を
至急ご用意いただけないでしょうか。当社からも社内ポータルで告知します。

""" + SIG_WAKATSUKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member who was a victim of fraud (crime victim): special-care data to the broker",
})

MESSAGES.append({
    "id": "shoken-050",
    "charset": "iso-2022-jp",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "残高報告書の点字版送付について（ご依頼）",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。日の出産業持株会事務局の小野寺です。

会員の門馬 健一郎さん（会員番号 H-26704、品質保証部）は視覚障害があり
（身体障害者手帳１級）、通常の残高報告書を読むことができません。
次回の９月末残高報告書から、点字版または音声読み上げ対応のテキストデータでの
送付が可能かご検討いただけますでしょうか。

送付先は、これまでどおりご自宅（埼玉県戸田市下前２－４－１７）で結構です。

""" + SIG_JIMUKYOKU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a named member's disability and home address to the broker: special-care data",
})

MESSAGES.append({
    "id": "shoken-051",
    "charset": "utf-8",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "上期 退会者一覧（退会理由付き）",
    "body": """みらい証券 持株会事務センター
ご担当者様

いつもお世話になっております。日の出産業持株会事務局の小野寺です。
理事会資料として、上期の退会者一覧に退会理由を付したものをお送りします。
退会率の業界比較をいただく際の参考にしてください。

""" + SIG_JIMUKYOKU,
    "attachments": [{
        "kind": "csv",
        "name": "taikaisha_kamiki.csv",
        "encoding": "utf-8-sig",
        "rows": [
            ["会員番号", "氏名", "生年月日", "退会日", "退会理由"],
            ["H-12208", "久米 秀樹", "1968/05/14", "2025/04/30", "退職（定年）"],
            ["H-15537", "梶ヶ谷 円", "1981/09/02", "2025/05/31", "休職（乳がん治療）による家計見直し"],
            ["H-17090", "芹沢 涼", "1990/01/26", "2025/06/30", "自己都合（住宅購入資金）"],
            ["H-18812", "根來 晴彦", "1975/12/08", "2025/07/31", "適応障害で休職中のため"],
            ["H-20263", "楢崎 陽子", "1987/03/17", "2025/08/31", "退職（転職）"],
            ["H-22931", "御厨 隆二", "1972/06/29", "2025/09/30", "障害年金受給開始に伴う収入減"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six leavers with birth dates and reasons naming illnesses and disability, in a CSV to the broker",
})

MESSAGES.append({
    "id": "shoken-052",
    "charset": "utf-8",
    "sender": F_KOGURE,
    "to": [T_NORTHBRIDGE],
    "subject": "ESPP opt-out request - Mr. Hamza Qureshi (HA-19877)",
    "body": """Hi Daniel,

One of the Hinode America participants, Mr. Hamza Qureshi (employee ID HA-19877),
has asked to withdraw from the ESPP and to have his accumulated contributions refunded
without any interest credited. He explained that as a practising Muslim he cannot accept
interest, and he would also prefer not to hold shares in a company that has
interest-bearing debt.

Could you process the withdrawal as of the current offering period and confirm whether
your system can suppress the interest credit for a single participant?
He would also like to know whether a Sharia-compliant alternative could be offered in future.

""" + SIG_KOGURE_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named participant's religion in English mail to the plan administrator: special-care data",
})

MESSAGES.append({
    "id": "shoken-053",
    "charset": "iso-2022-jp",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "拠出の一時停止申請（H-21437）",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。持株会事務局の小野寺です。

会員番号 H-21437 の谷地 遼平さんから、体調不良で当面療養に専念するため、
12月拠出分から拠出を一時停止したいとの申出がありました。
一時停止届の原本は来週まとめて送付いたします。

""" + SIG_JIMUKYOKU,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "vague 'ill health, recuperating' for one named member: not a diagnosis, could be read either way",
})

MESSAGES.append({
    "id": "shoken-054",
    "charset": "iso-2022-jp",
    "sender": F_SHOJI,
    "to": ["y.kokubu1962@yahoo.co.jp", "etsuko.minatogawa@gmail.com", "makabe.hiroshi@icloud.com",
           "a-samejima@ezweb.ne.jp"],
    "subject": "【日の出産業】第3回新株予約権 行使期間満了のお知らせ",
    "body": """新株予約権者の皆様

ご無沙汰しております。日の出産業株式会社 人事部の東海林でございます。
在職中に割当てを受けられた第3回新株予約権の行使期間が、
来年３月３１日をもって満了いたしますのでお知らせいたします。

期間内に行使されなかった新株予約権は消滅いたします。
行使をご希望の方は、同封の案内（別途郵送）に従い、北斗証券の窓口までお手続きください。

ご不明な点は、人事部（03-5201-7724）までお問い合わせください。

""" + SIG_SHOJI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "four former employees' private addresses all visible in To: should have been Bcc",
})

MESSAGES.append({
    "id": "shoken-055",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": [T_MIRAI, "はやて証券 法人部 <hojin@hayate-sec.co.jp>", "北斗証券 職域営業部 <shokuiki@hokuto-shoken.co.jp>"],
    "subject": "従業員持株会 事務委託先の見直しに関する提案依頼（RFP）",
    "body": """各位

平素より大変お世話になっております。
日の出産業株式会社 総務部株式課の若槻でございます。

当社従業員持株会の事務委託先につき、来年度より見直しを検討しており、
下記の要領でご提案をお願いしたく、ご連絡いたしました。

　・提案書提出期限：１１月２８日（金）
　・提案内容：事務手数料、会員向けWebサービス、NISA連携、引出し手続き、セミナー支援
　・会員数：約２，１００名（拠出総額 月額約６，３００万円）
　・ご説明会：１２月上旬に個別に１時間程度

詳細資料は、ご提案のご意向を確認できた会社様に個別にお送りします。
ご多忙のところ恐縮ですが、ご検討のほどよろしくお願いいたします。

""" + SIG_WAKATSUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "RFP to three competing brokers who can all see each other in To",
})

MESSAGES.append({
    "id": "shoken-056",
    "charset": "iso-2022-jp",
    "sender": F_TAKAHAMA,
    "to": ["みどり銀行 証券代行・配当金事務 室井様 <muroi.k@midori-ginko.co.jp>",
           "東邦ひかり信託銀行 証券代行部 大室様 <omuro.s@hikari-trust.co.jp>"],
    "cc": [T_NISHIKI, F_SASAKI],
    "subject": "期末配当金の支払日程と資金移動について",
    "body": """みどり銀行　室井様
東邦ひかり信託銀行　大室様
（cc：錦印刷　辻本様）

いつもお世話になっております。日の出産業 経理部の高濱です。
株主総会での配当決議を前提に、期末配当の日程をご連絡します。

　・株主総会（決議）　　６月２７日（金）
　・配当金支払開始日　　６月３０日（月）
　・支払資金の移動　　　６月２７日（金）１５時までにみどり銀行 本店営業部の別段預金へ
　・配当金計算書の発送　６月２７日（金）（錦印刷様より）

資金額は確定次第、あらためてお知らせいたします。

""" + SIG_TAKAHAMA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (bank, transfer agent, printer) visible to each other in To/Cc",
})

MESSAGES.append({
    "id": "shoken-057",
    "charset": "utf-8",
    "sender": F_SASAKI,
    "to": ["hirokazu.tamba@gmail.com", "k-oshiro55@yahoo.co.jp", "mayumi.ichinose@icloud.com"],
    "cc": ["shigeru-adachi@docomo.ne.jp", "fujiko.tsuji.home@outlook.jp"],
    "subject": "株主懇談会ご参加のお礼と当日資料のご送付",
    "body": """株主の皆様

先日は、日の出産業株式会社 株主懇談会にご参加いただき、誠にありがとうございました。
当日ご要望の多かった説明資料（事業概況・株主還元方針）は、当社IRサイトの
「株主・投資家情報」ページに掲載いたしましたので、ご覧いただけますと幸いです。

https://www.hinode-sangyo.co.jp/ir/meeting/

今後とも変わらぬご支援を賜りますよう、よろしくお願い申し上げます。

""" + SIG_SASAKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "five private shareholders' addresses visible to one another in To/Cc",
})

MESSAGES.append({
    "id": "shoken-058",
    "charset": "iso-2022-jp",
    "sender": F_IGARASHI,
    "to": ["白川法律事務所 沼田先生 <numata@shirakawa-law.jp>", "監査法人かえで 志摩様 <shima.t@kaede-audit.jp>"],
    "cc": ["アルファ評価研究所 評価部 葉山様 <hayama@alpha-hyoka.co.jp>"],
    "subject": "Pプロジェクト 公表スケジュール確認会議（10/30）",
    "body": """各位

お世話になっております。日の出産業 法務部の五十嵐です。
Pプロジェクトの公表に向けた確認会議を、下記のとおり開催いたします。

　日時：１０月３０日（木）１６：００〜１７：００
　場所：Web会議（URLは前日までにお送りします）
　議題：(1)適時開示の文案確認　(2)株式価値算定書の最終版　(3)会計処理の論点

公表日までの情報管理につきましては、引き続きよろしくお願いいたします。

""" + SIG_IGARASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three outside advisers of different firms visible to each other in To/Cc",
})

MESSAGES.append({
    "id": "shoken-059",
    "charset": "iso-2022-jp",
    "sender": F_TAKAHAMA,
    "to": ["室井 様 <muroi.k@midori-ginkou.co.jp>"],
    "subject": "中間配当金 支払資金の入金予定",
    "body": """みどり銀行
室井様

お世話になっております。日の出産業 経理部の高濱です。
中間配当金の支払資金につき、下記のとおり入金予定です。

　入金日：１２月１日（月）
　金額：４１２，５８０，０００円
　入金先：貴行 本店営業部 別段預金（配当金支払口）

入金後、念のためご一報いただけますと幸いです。

""" + SIG_TAKAHAMA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp",
})

MESSAGES.append({
    "id": "shoken-060",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": ["沼田先生 <numata@shirakawa-iaw.jp>"],
    "subject": "従業員持株会規約 改定案のレビューのお願い",
    "body": """白川法律事務所
沼田先生

いつもお世話になっております。日の出産業の若槻です。
奨励金率の引上げに伴う持株会規約の改定案を作成しました。
主な変更点は第12条（奨励金）と第20条（退会時の精算）です。

改定案（新旧対照表）は、貴所のファイル共有フォルダに格納しました。
理事会が11月12日のため、11月5日頃までにコメントをいただけますと助かります。

""" + SIG_WAKATSUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-iaw.jp is a look-alike of the partner law firm's shirakawa-law.jp",
})

# ---------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shoken-061",
    "charset": "iso-2022-jp",
    "sender": F_SASAKI,
    "to": ["小野寺 健 <onodera.ken@hinode-sangyo.jp>"],
    "subject": "持株会だより10月号 原稿（校正お願いします）",
    "body": """小野寺さん

お疲れさまです。佐々木です。
持株会だより10月号の原稿です。奨励金率の変更と、NISAセミナーの告知を入れました。
数字（奨励金率・開始月）に誤りがないか、確認をお願いします。

――――――――――――――
持株会だより　2025年10月号

◆奨励金率が15％に上がります
　10月拠出分から、奨励金率を10％から15％に引き上げます。
　この機会に口数の見直しをご検討ください（口数変更は毎月10日締め）。

◆職域マネーセミナーのご案内
　11月14日（金）18:00〜　本社8階大会議室　講師：みらい証券 投資教育室
――――――――――――――

佐々木
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "meant for a colleague but addressed to hinode-sangyo.jp, a look-alike of the own domain hinode-sangyo.co.jp",
})

MESSAGES.append({
    "id": "shoken-062",
    "charset": "utf-8",
    "sender": F_KATAGIRI,
    "to": ["ツバサシステム 開発部 榎本様 <enomoto@tsubasa-sytem.jp>"],
    "subject": "持株会拠出データ連携 改修仕様（奨励金率パラメータ化）",
    "body": """ツバサシステム株式会社
開発部　榎本様

お世話になっております。日の出産業 情報システム部の片桐です。

給与システムから持株会事務センターへ連携している拠出データについて、
奨励金率を固定値（10%）からパラメータに変更する改修をお願いしたく、
要件を以下にまとめました。

1. 奨励金率マスタの新設（適用開始年月、率）
2. 拠出データ（固定長 120バイト）の奨励金額項目の計算ロジック変更
3. 9月末までにテスト環境リリース、10月度給与から本番適用

工数とお見積りをいただけますでしょうか。

""" + SIG_KATAGIRI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp (dropped letter) is a look-alike of the partner tsubasa-system.jp",
})

MESSAGES.append({
    "id": "shoken-063",
    "charset": "shift_jis",
    "sender": F_SASAKI,
    "to": ["三上様 <mikami.j@kitaguni-food.co.jp>"],
    "subject": "Re: 株主優待品 お見積りの件",
    "body": """三上様

お世話になっております。日の出産業の佐々木です。
お見積りありがとうございました。Aコースの単価について、数量を3,500に増やした場合の
お値引きが可能か、再度ご検討いただけますでしょうか。

また、寄付コース（Dコース）の寄付先団体からの受領証の発行時期についても
お教えいただけますと幸いです。

""" + SIG_SASAKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp (dropped s) is a look-alike of the partner kitaguni-foods.co.jp",
})

MESSAGES.append({
    "id": "shoken-064",
    "charset": "utf-8",
    "sender": F_SHOJI,
    "to": ["アルファ評価研究所 評価部 葉山様 <hayama@alpha-hyoka.co.jp>"],
    "subject": "【社外秘】株式報酬制度 見直し方針（案）のご共有",
    "body": """アルファ評価研究所
評価部　葉山様

お世話になっております。日の出産業 人事部の東海林です。
来期からの株式報酬制度の見直し方針（案）を添付いたします。
有償ストックオプション導入時の公正価値算定について、論点整理をお願いできればと存じます。

""" + SIG_SHOJI,
    "attachments": [{
        "kind": "docx",
        "name": "株式報酬制度見直し方針_案.docx",
        "title": "株式報酬制度 見直し方針（案）",
        "page_header": "社外秘",
        "paragraphs": [
            "社外秘",
            "株式報酬制度 見直し方針（案）　2025年11月　人事部",
            "1. 現行制度：株式報酬型ストックオプション（1円SO）を役員・執行役員に年1回付与",
            "2. 課題：業績連動性が弱い、従業員への展開がない",
            "3. 見直し案：役員は譲渡制限付株式（RS）へ移行、部長職以上に有償SOを導入",
            "4. スケジュール：2026年2月 報酬委員会、3月 取締役会、6月 株主総会付議",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject and the attached DOCX are stamped 社外秘",
})

MESSAGES.append({
    "id": "shoken-065",
    "charset": "iso-2022-jp",
    "sender": F_TAKAHAMA,
    "to": [T_HAYATE],
    "subject": "自己株式取得の実施計画（ドラフト）",
    "body": """はやて証券株式会社
久保田様

お世話になっております。日の出産業 経理部の高濱です。
自己株式取得の実施計画（ドラフト）をお送りします。
取得方法（市場買付・ToSTNeT-3）と、持株会の買付との調整についてご意見をお願いします。

""" + SIG_TAKAHAMA,
    "attachments": [{
        "kind": "pdf",
        "name": "自己株式取得_実施計画_draft.pdf",
        "title": "自己株式取得 実施計画（ドラフト）",
        "page_header": "極秘",
        "page_footer": "極秘　日の出産業株式会社 経理部",
        "lines": [
            "自己株式取得 実施計画（ドラフト）",
            "",
            "取得株式の総数：上限 1,500,000株（発行済株式総数の2.4％）",
            "取得価額の総額：上限 2,000,000,000円",
            "取得期間：2026年2月16日〜2026年6月30日",
            "取得方法：東京証券取引所における市場買付（投資一任方式）",
            "公表予定：2026年2月13日（決算発表と同時）",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached PDF carries a 極秘 header and footer on every page",
})

MESSAGES.append({
    "id": "shoken-066",
    "charset": "utf-8",
    "sender": F_KOGURE,
    "to": [T_NORTHBRIDGE],
    "subject": "FY2026 equity budget for Hinode America",
    "body": """Hi Daniel,

Attached is our FY2026 equity budget for Hinode America, so that you can size the
administration fees for next year. Please treat the figures as preliminary.

""" + SIG_KOGURE_EN,
    "attachments": [{
        "kind": "xlsx",
        "name": "FY2026_equity_budget_HA.xlsx",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Confidential - Hinode Sangyo internal use only",
        "sheets": {
            "Summary": [
                ["FY2026 Equity Budget - Hinode America, Inc.  (CONFIDENTIAL)"],
                ["Plan", "Participants (est.)", "Shares", "Expense (USD)"],
                ["Stock options", 45, 180000, 1240000],
                ["ESPP", 310, 95000, 410000],
                ["RSU (executives)", 6, 40000, 880000],
            ],
            "Assumptions": [
                ["Item", "Value"],
                ["Share price (JPY)", 1480],
                ["FX (JPY/USD)", 150],
                ["Forfeiture rate", "8%"],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the XLSX is marked CONFIDENTIAL / internal use only in its title row, header and footer",
})

MESSAGES.append({
    "id": "shoken-067",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": [T_MIRAI],
    "subject": "創立80周年 特別奨励金の検討について",
    "body": """【取扱注意】
本メールの内容は理事会承認前の検討段階のものです。

みらい証券株式会社
長谷部様

お世話になっております。日の出産業の若槻です。
来年の創立80周年にあわせ、持株会会員への特別奨励金（一律1万円相当）の支給を検討しています。
支給方法として、以下のどちらが事務上望ましいかご意見をいただけますでしょうか。

　案Ａ：特別拠出として、会社負担で一括買付（2026年4月度）
　案Ｂ：通常奨励金率の一時引上げ（2026年4月〜9月の6か月、15％→25％）

原資の見込み額は約2,100万円です。

""" + SIG_WAKATSUKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is stamped 【取扱注意】 as its classification",
})

MESSAGES.append({
    "id": "shoken-068",
    "charset": "utf-8",
    "sender": F_TAKAHAMA,
    "to": ["監査法人かえで 志摩様 <shima.t@kaede-audit.jp>"],
    "subject": "株式報酬に係る会計処理メモのご確認",
    "body": """監査法人かえで
志摩様

お世話になっております。日の出産業 経理部の高濱です。
株式報酬型ストックオプションの費用計上と、譲渡制限付株式への移行時の会計処理について
当社の考え方をメモにまとめました。期中レビューの際にご確認いただけますと幸いです。

""" + SIG_TAKAHAMA,
    "attachments": [{
        "kind": "docx",
        "name": "株式報酬_会計処理メモ.docx",
        "title": "部外秘 株式報酬に係る会計処理メモ",
        "page_header": "部外秘（経理部）",
        "paragraphs": [
            "【部外秘】",
            "株式報酬に係る会計処理メモ（経理部 2025年12月）",
            "1. 株式報酬型SO：付与日の公正な評価単価×付与数を権利確定期間にわたり費用計上",
            "2. RSへの移行：既存SOの放棄と新規RS付与を条件変更として扱うか否か",
            "3. 有償SO：実務対応報告第36号に準拠し、権利確定条件付き有償新株予約権として処理",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the DOCX is stamped 部外秘 in its header, title and first line",
})

MESSAGES.append({
    "id": "shoken-069",
    "charset": "iso-2022-jp",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "10月度 口数変更者データ送付",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。日の出産業持株会事務局の小野寺です。
10月度の口数変更者データをお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお知らせします。

""" + SIG_JIMUKYOKU,
    "attachments": [{
        "kind": "zip",
        "name": "kuchisu_henko_202510.zip",
        "password": "Hn2025#10kc",
        "files": [{
            "kind": "csv",
            "name": "kuchisu_henko_202510.csv",
            "encoding": "cp932",
            "rows": [["会員番号", "氏名", "変更前口数", "変更後口数"],
                     ["H-20114", "柚木 恵太", "5", "10"], ["H-21602", "奈良橋 優", "3", "8"],
                     ["H-22245", "国府田 夏帆", "10", "20"], ["H-23318", "桑折 大樹", "2", "5"],
                     ["H-24009", "神代 美和", "20", "30"], ["H-24771", "堀籠 慎吾", "1", "3"]],
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "shoken-070",
    "charset": "iso-2022-jp",
    "sender": F_SHOJI,
    "to": ["東邦ひかり信託銀行 証券代行部 大室様 <omuro.s@hikari-trust.co.jp>"],
    "subject": "第8回新株予約権 割当契約書（写し）",
    "body": """大室様

お世話になっております。日の出産業 人事部の東海林です。
第8回新株予約権の割当契約書の写しをPDFでお送りします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

""" + SIG_SHOJI,
    "attachments": [{
        "kind": "pdf",
        "name": "割当契約書_第8回.pdf",
        "password": "hinode8so",
        "title": "新株予約権割当契約書",
        "lines": ["新株予約権割当契約書（写し）", "日の出産業株式会社（以下「甲」）と新株予約権者（以下「乙」）は…"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted PDF: cannot be inspected",
})

MESSAGES.append({
    "id": "shoken-071",
    "charset": "iso-2022-jp",
    "sender": F_TAKAHAMA,
    "to": ["みどり銀行 証券代行・配当金事務 室井様 <muroi.k@midori-ginko.co.jp>"],
    "subject": "配当金領収証 支払済明細の照合結果",
    "body": """室井様

お世話になっております。日の出産業 経理部の高濱です。
先日いただいた配当金領収証の支払済明細と当社の照合結果をExcelでお送りします。
差異は2件で、詳細はシート「差異」に記載しています。

""" + SIG_TAKAHAMA,
    "attachments": [{"kind": "corrupt", "name": "配当金領収証_照合結果.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "shoken-072",
    "charset": "utf-8",
    "sender": F_KOGURE,
    "to": [T_NORTHBRIDGE],
    "subject": "FY2025 grant file (encrypted)",
    "body": """Hi Daniel,

Your secure portal has been down since this morning, so I am sending the FY2025 grant
file as an encrypted ZIP instead. I will text you the password separately.

""" + SIG_KOGURE_EN,
    "attachments": [{
        "kind": "zip",
        "name": "FY2025_grant_file.zip",
        "password": "Nb!2025-grant",
        "files": [{"kind": "xlsx", "name": "FY2025_grant_file.xlsx", "sheets": {"Grants": [
            ["Employee ID", "Name", "Options"], ["HA-20419", "Michael Torrance", 1500],
            ["HA-20433", "Keiko Yamanouchi", 2000], ["HA-20451", "Brandon Oyelaran", 1000]]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "AES-encrypted ZIP: the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "shoken-073",
    "charset": "utf-8",
    "sender": F_IGARASHI,
    "to": ["白川法律事務所 沼田先生 <numata@shirakawa-law.jp>"],
    "subject": "内部者取引防止規程 改定案（修正版）",
    "body": """沼田先生

お世話になっております。五十嵐です。
先日のコメントを反映した内部者取引防止規程の改定案（修正版）をお送りします。
変更箇所は見え消しにしています。

""" + SIG_IGARASHI,
    "attachments": [{"kind": "corrupt", "name": "内部者取引防止規程_改定案_修正版.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the DOCX attachment is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "shoken-074",
    "charset": "iso-2022-jp",
    "sender": F_SHOJI,
    "to": ["アルファ評価研究所 評価部 葉山様 <hayama@alpha-hyoka.co.jp>"],
    "subject": "秘密保持契約書の締結について",
    "body": """アルファ評価研究所
評価部　葉山様

お世話になっております。日の出産業 人事部の東海林です。
有償ストックオプションの公正価値算定のご依頼にあたり、
まずは秘密保持契約（NDA）を締結させていただきたく存じます。

当社ひな型（相互NDA）を法務部で確認済みですので、貴社のひな型と比べて
差異があればご指摘ください。有効期間は締結日から3年、
秘密情報の範囲は「開示時に秘密である旨を明示したもの」とする案です。

契約締結後、業績計画と株価データをお送りいたします。

""" + SIG_SHOJI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA; mentions confidentiality but carries no marking or data",
})

MESSAGES.append({
    "id": "shoken-075",
    "charset": "iso-2022-jp",
    "sender": F_IGARASHI,
    "to": [T_HAYATE],
    "subject": "役員の売買事前届出の様式について",
    "body": """久保田様

お世話になっております。日の出産業 コンプライアンス室の五十嵐です。
当社役員が貴社口座で自社株を売買する際の事前届出について、
当社の承認書（社内様式）の写しを貴社に提出する運用としたいと考えております。
貴社側で受付可能な様式や、受付時間の制約がございましたらお教えください。

""" + SIG_IGARASHI + "\n" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary mail with the standard Japanese confidentiality disclaimer at the end",
})

MESSAGES.append({
    "id": "shoken-076",
    "charset": "utf-8",
    "sender": F_TAKAHAMA,
    "to": ["監査法人かえで 志摩様 <shima.t@kaede-audit.jp>"],
    "subject": "持株会関連の監査資料の共有方法について",
    "body": """志摩様

お世話になっております。日の出産業 経理部の高濱です。
期末監査でご依頼のあった持株会関連の資料（奨励金の計上根拠、拠出金の預り明細）について、
会員の個人情報を含む機密性の高い資料となりますので、メール添付ではなく
貴法人の監査用ファイル共有サービスにアップロードする形でご提供いたします。

アップロードは12月10日を予定しております。アカウントの発行をお願いできますでしょうか。

""" + SIG_TAKAHAMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 only in a sentence explaining why data goes through a portal",
})

MESSAGES.append({
    "id": "shoken-077",
    "charset": "utf-8",
    "sender": F_JIMU,
    "to": ["なごみネット証券 法人営業部 <hojin-eigyo@nagomi-net.jp>"],
    "subject": "Re: 職域NISA 手数料体系のご案内",
    "body": """なごみネット証券 法人営業部
ご担当者様

お世話になっております。日の出産業持株会事務局です。
手数料体系のご案内、ありがとうございました。以下の理解で相違ないかご確認ください。

  区分                     手数料
  -----------------------  --------------------------------
  口座管理料               無料
  投資信託 購入時手数料    無料（ノーロード商品のみ）
  職域専用サイト利用料     月額 30,000円（税別、会社負担）
  セミナー講師派遣         年2回まで無料、3回目以降 50,000円/回

また、給与天引き（つみたて）の締め日を毎月10日とすることは可能でしょうか。

""" + SIG_JIMUKYOKU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a fee table in a padded layout: business figures, no people",
})

_corp_mirai = _corp("010401098765")
_corp_hinode = _corp("010001045321")

MESSAGES.append({
    "id": "shoken-078",
    "charset": "iso-2022-jp",
    "sender": F_TAKAHAMA,
    "to": ["みらい証券 職域サービス部 経理担当 <shokuiki-keiri@mirai-sec.co.jp>"],
    "subject": "持株会事務手数料（上期）請求書の登録番号について",
    "body": """みらい証券株式会社
職域サービス部 経理ご担当者様

お世話になっております。日の出産業 経理部の高濱です。
上期の持株会事務手数料の請求書（請求書番号 MS-2025-10-0318、金額 1,386,000円）を拝受しました。

請求書に適格請求書発行事業者登録番号の記載がございませんでした。
国税庁の公表サイトで照会したところ、貴社の番号は「T""" + _corp_mirai + """」と思われますが、
相違ないでしょうか。お手数ですが、登録番号を記載した請求書の再発行をお願いいたします。

参考までに、当社の登録番号は T""" + _corp_hinode + """ です。

""" + SIG_TAKAHAMA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice number and companies' T-numbers (法人番号): business data, no people",
})

MESSAGES.append({
    "id": "shoken-079",
    "charset": "utf-8",
    "sender": F_WAKATSUKI,
    "to": [T_MIRAI],
    "subject": "取引先持株会 会員企業一覧（新規入会3社を含む）",
    "body": """長谷部様

お世話になっております。日の出産業の若槻です。
取引先持株会の会員企業一覧を更新しました。新規入会の3社（※）を含みます。

会員番号,会社名,法人番号,本店所在地,拠出口数
K-001,川崎電機株式会社,""" + _corp("020001033187") + """,神奈川県川崎市幸区堀川町66-2,50
K-002,青葉運輸株式会社,""" + _corp("010401117720") + """,東京都江東区新砂3-4-11,30
K-003,北国フーズ株式会社,""" + _corp("043001028914") + """,北海道札幌市中央区北一条西7-1,20
K-004,錦印刷株式会社,""" + _corp("030001064402") + """,埼玉県川口市領家5-14-3,20
K-005,株式会社丸高精機（※）,""" + _corp("011101072286") + """,東京都大田区東糀谷6-2-8,10
K-006,東洋パッケージ工業株式会社（※）,""" + _corp("120001155039") + """,大阪府東大阪市高井田元町1-9-5,10
K-007,有限会社みさき商会（※）,""" + _corp("070002031164") + """,福島県郡山市大町2-8-14,5

会員証の発行をお願いいたします。

""" + SIG_WAKATSUKI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a list of member companies with 法人番号 and head-office addresses: businesses, not people",
})

MESSAGES.append({
    "id": "shoken-080",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": ["川崎電機 総務部 財務課 牧野様 <makino.h@kawasaki-denki.co.jp>"],
    "subject": "日の出産業 取引先持株会へのご入会のご案内",
    "body": """川崎電機株式会社
総務部 財務課　牧野様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 総務部株式課の若槻でございます。

先日お問い合わせいただきました当社取引先持株会につきまして、概要をご案内いたします。

　・拠出：１口１万円、月額１口以上５０口まで（年２回の賞与月の臨時拠出も可）
　・奨励金：ございません（取引先持株会のため）
　・買付：毎月２５日、みらい証券を通じた市場買付
　・配当：持分に応じて再投資
　・入会：毎月１０日締め、翌月拠出分から

入会申込書（会社印押印）と、拠出金の引落口座届をお送りしますので、
ご送付先のご住所をお知らせいただけますでしょうか。

""" + SIG_WAKATSUKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plan description to a partner company; no personal data",
})

# ---------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shoken-081",
    "charset": "utf-8",
    "sender": F_KATAGIRI,
    "to": ["ツバサシステム 開発部 榎本様 <enomoto@tsubasa-system.jp>"],
    "subject": "持株会拠出データ 項目定義書（改訂版）",
    "body": """榎本様

お世話になっております。日の出産業 情報システム部の片桐です。
先日の打合せを受けて、持株会拠出データの項目定義書を改訂しました。
奨励金率を別項目として持たせ、奨励金額はその率から計算する形にしています。
テストデータは当社の検証環境で生成しますので、本番データはお送りしません。

""" + SIG_KATAGIRI,
    "attachments": [{
        "kind": "xlsx",
        "name": "持株会拠出データ_項目定義書_v2.xlsx",
        "sheets": {
            "表紙": [["持株会拠出データ 項目定義書"], ["版", "2.0"], ["作成", "情報システム部 片桐"],
                     ["更新日", "2025/09/08"]],
            "項目定義": [
                ["No", "項目名", "属性", "桁数", "備考"],
                [1, "レコード区分", "N", 1, "1:ヘッダ 2:データ 8:トレーラ"],
                [2, "会員番号", "X", 8, "H-で始まる"],
                [3, "社員番号", "N", 6, ""],
                [4, "氏名カナ", "X", 30, "半角カナ"],
                [5, "拠出口数", "N", 3, ""],
                [6, "拠出金額", "N", 9, "口数×1,000"],
                [7, "奨励金率", "N", 3, "新設（例：015＝15%）"],
                [8, "奨励金額", "N", 9, "拠出金額×奨励金率、1円未満切捨て"],
                [9, "予備", "X", 51, "スペース"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a field-definition workbook to the system vendor, no records of people",
})

MESSAGES.append({
    "id": "shoken-082",
    "charset": "iso-2022-jp",
    "sender": F_IGARASHI,
    "to": ["白川法律事務所 沼田先生 <numata@shirakawa-law.jp>"],
    "subject": "J-IRISS登録・売買事前承認の運用手順書（ドラフト）",
    "body": """沼田先生

お世話になっております。五十嵐です。
J-IRISSへの役員情報の登録と、役職員の自社株売買の事前承認について、
社内向けの運用手順書のドラフトを作成しました。
法令上の観点で不足がないか、ご確認いただけますでしょうか。

""" + SIG_IGARASHI,
    "attachments": [{
        "kind": "docx",
        "name": "JIRISS登録_売買事前承認_運用手順書_draft.docx",
        "title": "J-IRISS登録・売買事前承認 運用手順書",
        "paragraphs": [
            "J-IRISS登録・売買事前承認 運用手順書（ドラフト）",
            "1. 目的：役員等による内部者取引の未然防止",
            "2. 登録対象：取締役、監査役、執行役員（就任後2週間以内に登録）",
            "3. 登録事項：氏名、生年月日、性別、郵便番号（コンプライアンス室が入力）",
            "4. 売買の事前承認：売買予定日の3営業日前までに申請、重要事実の有無を室長が確認",
            "5. 売買禁止期間：決算期末日の翌日から決算発表日まで",
        ],
        "tables": [[["手続", "担当", "期限"], ["新任登録", "コンプライアンス室", "就任後2週間"],
                    ["退任削除", "コンプライアンス室", "退任後1年経過時"],
                    ["事前承認", "室長", "申請から2営業日"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a procedure draft that names the fields registered, but carries no one's data",
})

MESSAGES.append({
    "id": "shoken-083",
    "charset": "utf-8",
    "sender": F_JIMU,
    "to": ["みらい証券 投資教育室 芦田様 <ashida.m@mirai-sec.co.jp>"],
    "subject": "持株会入会説明会のスライド（ご確認のお願い）",
    "body": """芦田様

お世話になっております。日の出産業持株会事務局です。
新入社員向けの持株会入会説明会（4月8日）のスライドを作成しました。
奨励金や税金の説明に誤りがないか、ご確認をお願いいたします。

""" + SIG_JIMUKYOKU,
    "attachments": [{
        "kind": "pptx",
        "name": "持株会入会説明会_新入社員向け.pptx",
        "title": "日の出産業従業員持株会のご案内",
        "slides": [
            ["日の出産業従業員持株会のご案内", "2026年度 新入社員研修", "持株会事務局"],
            ["持株会のしくみ", "毎月の給与から1口1,000円単位で拠出", "会社から拠出額の15%の奨励金",
             "みらい証券を通じて毎月25日に共同買付"],
            ["入会のメリット", "少額から自社株を購入できる", "奨励金で実質15%お得", "配当は自動で再投資"],
            ["注意点", "株価は変動します（元本保証なし）", "インサイダー取引規制に注意",
             "単元株になったら証券口座へ引出し可能"],
            ["お申込み方法", "社内ポータル → 福利厚生 → 持株会", "締切：毎月10日"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a PPTX briefing deck for the broker to check; no personal data",
})

MESSAGES.append({
    "id": "shoken-084",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": ["東邦ひかり信託銀行 証券代行部 大室様 <omuro.s@hikari-trust.co.jp>"],
    "subject": "株式課 担当者変更のお知らせ",
    "body": """東邦ひかり信託銀行
証券代行部　大室様

いつもお世話になっております。日の出産業の若槻です。
１０月１日付の人事異動により、株式事務の担当者が下記のとおり変更となります。

　新担当：総務部 株式課　蛭田 芽衣（ひるた めい）
　　　　　TEL 03-5201-7713（直通）
　　　　　hiruta.mei@hinode-sangyo.co.jp
　旧担当：佐々木 真由美（経理部へ異動）

引継ぎ期間中は佐々木もCCに入れさせていただきます。
今後ともよろしくお願いいたします。

""" + SIG_WAKATSUKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one new staff contact's business phone and e-mail: ordinary business contact",
})

MESSAGES.append({
    "id": "shoken-085",
    "charset": "shift_jis",
    "sender": F_ONODERA,
    "to": [T_MIRAI_CENTER],
    "subject": "退職者2名の残高報告書送付先",
    "body": """みらい証券 持株会事務センター
ご担当者様

お世話になっております。持株会事務局の小野寺です。
9月末で退職した会員2名について、最終の残高報告書と引出し手続きの案内を
下記の自宅住所へお送りください。

会員番号 H-17340　汐崎 忠彦
　〒215-0021 神奈川県川崎市麻生区上麻生3-12-6
　TEL 044-951-3307

会員番号 H-19918　鍬形 由美子
　〒331-0812 埼玉県さいたま市北区宮原町2-48-9-101
　TEL 090-5546-2109

よろしくお願いいたします。

""" + SIG_JIMUKYOKU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two leavers' addresses and phones, one block each: under five people, may be warned",
})

_rows086 = [["役員等 内部者登録情報（J-IRISS登録用）", "", "", "", "", ""],
            ["氏名", "フリガナ", "性別", "生年月日", "郵便番号", "役職"],
            ["浅葱 隆之", "アサギ タカユキ", "男", "S37.6.18", "157-0066", "代表取締役社長"],
            ["早乙女 律子", "サオトメ リツコ", "女", "S42.1.5", "248-0014", "取締役"],
            ["喜多川 直人", "キタガワ ナオト", "男", "S44.9.29", "167-0051", "取締役"],
            ["鳴海 陽一郎", "ナルミ ヨウイチロウ", "男", "S46.2.17", "194-0013", "取締役"],
            ["千住 明美", "センジュ アケミ", "女", "S52.10.8", "108-0071", "社外取締役"],
            ["万代 智子", "マンダイ トモコ", "女", "S49.3.3", "113-0021", "社外取締役"],
            ["宇佐美 亮介", "ウサミ リョウスケ", "男", "S35.11.12", "359-0021", "常勤監査役"],
            ["城ケ崎 豊", "ジョウガサキ ユタカ", "男", "S51.8.21", "279-0011", "執行役員"],
            ["熊谷 悟", "クマガイ サトル", "男", "S49.7.25", "215-0021", "執行役員"]]

MESSAGES.append({
    "id": "shoken-086",
    "charset": "utf-8",
    "sender": F_SASAKI,
    "to": ["五十嵐 由紀 <igarashi.yuki@hinode-sangyo.co.jp>", "瀬戸口 翔 <setoguchi.sho@mail.hinode-sangyo.co.jp>"],
    "subject": "J-IRISS 更新用の役員情報（7月1日現在）",
    "body": """五十嵐さん、瀬戸口さん

お疲れさまです。株式課の佐々木です。
総会後の役員体制で、J-IRISS更新用の役員情報をまとめました。
「退任者」シートは削除登録用です。

佐々木
""",
    "attachments": [{"kind": "xlsx", "name": "JIRISS_役員情報_20250701.xlsx", "sheets": {
        "現任": _rows086,
        "退任者": [["氏名", "生年月日", "退任日"], ["大曽根 敏", "S33.4.20", "2025/06/27"]],
    }}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "officers' insider-registration list sent only to internal addresses (incl. a subdomain)",
})

MESSAGES.append({
    "id": "shoken-087",
    "charset": "shift_jis",
    "sender": F_SASAKI,
    "to": ["東邦ひかり信託銀行 証券代行部 大室様 <omuro.s@hikari-trust.co.jp>"],
    "subject": "RE: 未受領配当金 照合結果のご連絡",
    "body": """大室様

お世話になっております。日の出産業の佐々木です。
照合結果のご連絡ありがとうございました。
住所相違の2件については、株主様ご本人に当社から住所変更手続きのご案内をお送りします。
残りの方には、予定どおり再案内状を発送いたします。

引き続きよろしくお願いいたします。

""" + SIG_SASAKI + """

-----Original Message-----
From: 大室 聡 <omuro.s@hikari-trust.co.jp>
Sent: Thursday, October 16, 2025 4:05 PM
To: 佐々木 真由美 <sasaki.mayumi@hinode-sangyo.co.jp>
Subject: 未受領配当金 照合結果のご連絡

日の出産業株式会社 佐々木様

いつもお世話になっております。東邦ひかり信託銀行の大室です。
ご依頼の照合結果です。名簿上の住所は以下のとおりです。

株主番号  氏名            名簿上の住所                          照合
00231-7   尾曲 康夫       東京都渋谷区東3-9-14                  一致
00387-2   海老原 すみ江   千葉県千葉市中央区中央4-8-1-702       一致
00412-9   阿久津 徹       茨城県水戸市元吉田町1022-5           相違
00528-4   安孫子 洋平     新潟県新潟市中央区東大通1-11-5        一致
00693-1   仙波 富美子     岡山県岡山市北区表町3-4-20            一致
00701-5   蓮見 和夫       鹿児島県鹿児島市上之園町18-3         相違

以上、よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply; the shareholder list is only in the quoted original from the recipient",
})

MESSAGES.append({
    "id": "shoken-088",
    "charset": "utf-8",
    "sender": F_KOGURE,
    "to": [T_NORTHBRIDGE],
    "subject": "Re: Hinode America ESPP - new enrollees for the July offering period",
    "body": """Hi Daniel,

Thanks - yes, all six can start with the July 15 paycheck. Please go ahead with the
welcome kits. I will let you know if anyone withdraws before the cut-off.

Best regards,
Aya

On Wed, Jun 18, 2025 at 9:14 AM Daniel Whitaker <d.whitaker@northbridge-equity.com> wrote:
> Hi Aya,
>
> We have set up the accounts below. Can you confirm they should all start with the
> July 15 paycheck?
>
> Michael Torrance     HA-20419  1988-04-12  mtorrance88@gmail.com
> Keiko Yamanouchi     HA-20433  1979-11-30  keiko.yamanouchi@outlook.com
> Brandon Oyelaran     HA-20451  1992-07-07  b.oyelaran@yahoo.com
> Sofia Marchetti      HA-20466  1995-01-23  sofia.marchetti95@gmail.com
> Ryota Sugawara       HA-20470  1990-09-15  ryota.sgwr@icloud.com
> Linh Tran Nguyen     HA-20488  1986-03-02  linh.tn.home@gmail.com
>
> Regards,
> Daniel Whitaker
> Northbridge Equity Services
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply: the participant list is only in the quoted text of the recipient's own mail",
})

MESSAGES.append({
    "id": "shoken-089",
    "charset": "iso-2022-jp",
    "sender": F_SASAKI,
    "to": ["ikeuchi_t1955@yahoo.co.jp"],
    "subject": "配当金領収証の再発行について（日の出産業 株式課）",
    "body": """池内 様

このたびはお問い合わせいただき、誠にありがとうございます。
日の出産業株式会社 総務部株式課の佐々木でございます。

期末配当金の配当金領収証を紛失された件につきまして、
再発行のお手続きは株主名簿管理人である東邦ひかり信託銀行 証券代行部で承っております。

　東邦ひかり信託銀行 証券代行部
　フリーダイヤル 0120-318-450（平日 9:00〜17:00）

お電話の際は、お手元の株主番号をお伝えください。
ご不便をおかけしますが、よろしくお願い申し上げます。

""" + SIG_SASAKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "answer to one private shareholder on free mail; only a company helpline given",
})

MESSAGES.append({
    "id": "shoken-090",
    "charset": "utf-8",
    "sender": F_SHOJI,
    "to": ["國分 義明 <y.kokubu1962@yahoo.co.jp>"],
    "subject": "Re: 新株予約権の行使と税金について",
    "body": """國分 様

ご無沙汰しております。日の出産業 人事部の東海林です。
お問い合わせいただいた第3回新株予約権の件、回答いたします。

1. 第3回は税制適格ストックオプションのため、要件を満たす行使であれば
   行使時には課税されず、株式売却時に譲渡所得として課税されます。
2. 行使後の株式は北斗証券の特定管理口座で管理する必要があります。
3. 行使価額は1株 612円、行使期限は来年3月31日です。

税務の個別のご判断は、税理士等の専門家にご相談ください。

""" + SIG_SHOJI + """

> 東海林さん
> ご無沙汰しています。退職した國分です。
> 第3回のSOを行使しようと思うのですが、税金がどうなるか教えてください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one former employee on free mail about his own options; no third-party data",
})

MESSAGES.append({
    "id": "shoken-091",
    "charset": "iso-2022-jp",
    "sender": F_TAKAHAMA,
    "to": ["税理士法人ひまわり 岩渕様 <iwabuchi@himawari-tax.jp>"],
    "subject": "配当金の源泉徴収税率の確認（大口株主の取扱い）",
    "body": """岩渕先生

お世話になっております。日の出産業 経理部の高濱です。
配当金の源泉徴収について、当社の理解を整理しましたのでご確認ください。

　区分　　　　　　　　　　　　　　所得税＋復興特別所得税　住民税
　－－－－－－－－－－－－－－－　－－－－－－－－－－－　－－－－
　一般の個人株主　　　　　　　　　１５．３１５％　　　　　５％
　大口個人株主（３％以上）　　　　２０．４２％　　　　　　なし
　法人株主　　　　　　　　　　　　１５．３１５％　　　　　なし

大口判定は、同族会社が保有する株式を合算して３％以上となる場合も含む、
という理解でよろしいでしょうか。

""" + SIG_TAKAHAMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tax-rate table with full-width padding: business content, no people",
})

MESSAGES.append({
    "id": "shoken-092",
    "charset": "iso-2022-jp",
    "sender": F_WAKATSUKI,
    "to": [T_MIRAI],
    "subject": "株式分割に伴う持株会の口数・買付単位について",
    "body": """長谷部様

お世話になっております。日の出産業の若槻です。
本日の取締役会で、１０月１日を効力発生日とする株式分割（普通株式１株を２株）が
決議され、15時に適時開示いたしました。

持株会について、以下をご確認ください。
　１．９月度の買付（９月２５日）は分割前の株価で実施
　２．１０月度以降の会員持分は自動的に２倍で表示
　３．１口あたりの拠出額（1,000円）は変更なし

会員向けのお知らせ文案は当社で作成し、来週お送りします。

""" + SIG_WAKATSUKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a disclosed stock split and its effect on the plan; no personal data",
})

MESSAGES.append({
    "id": "shoken-093",
    "charset": "utf-8",
    "sender": F_TAKAHAMA,
    "to": [T_MIRAI],
    "cc": [F_WAKATSUKI],
    "subject": "自己株式取得期間中の持株会買付について",
    "body": """長谷部様

お世話になっております。日の出産業 経理部の高濱です。

2月13日に公表いたしました自己株式の取得（取得期間：2月16日〜6月30日）について、
持株会の定時買付（毎月25日）との関係を確認させてください。

・持株会の買付は会員の計算による買付であり、自己株式取得とは別の発注と理解しています。
・ただし、同一日の同一時間帯に発注が重ならないよう、自己株式取得の証券会社（はやて証券）とは
  発注時間を分けたいと考えています。持株会の発注は前場寄付きで変更ないでしょうか。

お手数ですがご確認をお願いいたします。

""" + SIG_TAKAHAMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "coordination about a public buyback; no personal data and no classification",
})

MESSAGES.append({
    "id": "shoken-094",
    "charset": "iso-2022-jp",
    "sender": F_IGARASHI,
    "to": [T_HAYATE],
    "subject": "J-IRISSの登録状況の確認方法について",
    "body": """久保田様

お世話になっております。日の出産業の五十嵐です。
当社役員のJ-IRISS登録情報が貴社の内部者登録に反映されるまでの期間と、
反映状況を当社側で確認する方法があればお教えいただけますでしょうか。

あわせて、退任した役員の登録を削除するタイミング（退任後1年経過時）について、
貴社で独自の保存期間を設けていらっしゃるかも伺えれば幸いです。

""" + SIG_IGARASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "procedural question to a broker; no one's data",
})

MESSAGES.append({
    "id": "shoken-095",
    "charset": "utf-8",
    "sender": F_JIMU,
    "to": [T_NISHIKI],
    "subject": "持株会だより 冬号 入稿データ",
    "body": """辻本様

お世話になっております。日の出産業持株会事務局です。
持株会だより冬号の入稿データ（HTML版）をお送りします。
紙版はA4両面1枚、部数は2,300部でお願いします。

・奨励金率15％への引上げ
・株式分割のお知らせ
・会員数の推移（9月末 2,118名）

日の出産業従業員持株会 事務局
""",
    "html": """<html><body>
<h2>持株会だより 冬号</h2>
<p>日の出産業従業員持株会 事務局</p>
<h3>奨励金率が15％になりました</h3>
<p>10月拠出分から、奨励金率を拠出額の10％から15％に引き上げました。</p>
<h3>株式分割のお知らせ</h3>
<p>10月1日付で1株を2株に分割しました。会員の皆様の持分は自動的に2倍になっています。</p>
<h3>会員数の推移</h3>
<table border="1"><tr><th>時点</th><th>会員数</th><th>加入率</th></tr>
<tr><td>2024年9月末</td><td>1,987名</td><td>61.2％</td></tr>
<tr><td>2025年3月末</td><td>2,054名</td><td>62.8％</td></tr>
<tr><td>2025年9月末</td><td>2,118名</td><td>64.5％</td></tr></table>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "newsletter copy (text + HTML) to the printer; aggregate figures only",
})

MESSAGES.append({
    "id": "shoken-096",
    "charset": "shift_jis",
    "sender": F_SASAKI,
    "to": ["北国フーズ 法人ギフト課 三上様 <mikami.j@kitaguni-foods.co.jp>"],
    "subject": "株主優待品 お届け不能分の伝票番号",
    "body": """三上様

お世話になっております。日の出産業の佐々木です。
株主優待品のうち、保管期限切れで返送となったものの伝票番号をお知らせします。
当社で株主様に連絡のうえ、再送の要否をご連絡いたします。

　青葉運輸 お問合せ番号
　　4410-2287-6603
　　4410-2287-6859
　　4410-2288-0142
　　4410-2291-3375

倉庫での保管をお願いいたします。

""" + SIG_SASAKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers only, no shareholder names or addresses",
})

MESSAGES.append({
    "id": "shoken-097",
    "charset": "iso-2022-jp",
    "sender": F_ONODERA,
    "to": ["蛭田 芽衣 <hiruta.mei@hinode-sangyo.co.jp>"],
    "subject": "FW: 残高報告書 返戻分の送付先確認のお願い",
    "body": """蛭田さん

引継ぎ用に転送します。返戻があった場合はこの流れで人事データを確認して回答しています。

小野寺

---------- 転送メッセージ ----------
差出人: 小野寺 健 <onodera.ken@hinode-sangyo.co.jp>
宛先: みらい証券 持株会事務センター <mochikabu-center@mirai-sec.co.jp>
件名: Re: 残高報告書 返戻分の送付先確認のお願い

会員番号　氏名　　　　新住所　　　　　　　　　　　　　　　電話
H-18803　三ツ矢 悠　　東京都練馬区豊玉北5-29-8　　　　　　090-3771-2048
H-19552　乙坂 玲奈　　神奈川県相模原市南区相模大野3-14-22　080-6012-9937
H-20417　鵜飼 恭平　　東京都八王子市明神町2-7-15-408　　　090-4469-1820
H-21188　苫米地 奏　　埼玉県川越市脇田本町16-3　　　　　　070-2905-6613
H-22073　夏目 雅史　　千葉県松戸市本町18-6-102　　　　　　080-9147-3386
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "forward of a five-member list, but to an internal colleague only",
})

MESSAGES.append({
    "id": "shoken-098",
    "charset": "utf-8",
    "sender": F_IGARASHI,
    "to": [T_HAYATE],
    "subject": "内部者登録カード（大曽根 相談役）",
    "body": """久保田様

お世話になっております。五十嵐です。
6月に取締役を退任し相談役に就任した大曽根について、引き続き内部者として
ご登録いただきたく、内部者登録カードをPDFでお送りします。

""" + SIG_IGARASHI,
    "attachments": [{
        "kind": "pdf",
        "name": "内部者登録カード_大曽根.pdf",
        "title": "内部者登録カード",
        "lines": [
            "内部者登録カード",
            "",
            "上場会社名：日の出産業株式会社（東証プライム）",
            "氏名：大曽根 敏（オオゾネ サトシ）",
            "生年月日：昭和33年4月20日",
            "住所：東京都世田谷区奥沢7-18-2",
            "電話番号：03-3702-5584",
            "会社における地位：相談役（2025年6月27日就任、前 取締役副社長）",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's insider registration card in a PDF: a single record, may be warned",
})

MESSAGES.append({
    "id": "shoken-099",
    "charset": "iso-2022-jp",
    "sender": F_IGARASHI,
    "to": ["はやて証券 法人部 <hojin@hayate-sec.co.jp>"],
    "subject": "役員の所有株式数（自己株式取得の対象外確認用）",
    "body": """はやて証券株式会社
法人部 ご担当者様

お世話になっております。日の出産業の五十嵐です。
自己株式取得（ToSTNeT-3）の売付について、当社役員が応じないことの確認用として、
役員の所有株式数をお知らせします（有価証券報告書記載の株式数、直近の異動反映済み）。

　浅葱 隆之　　代表取締役社長　　　　　８２，４００株
　早乙女 律子　取締役　　　　　　　　　２１，９００株
　喜多川 直人　取締役　　　　　　　　　１８，０５０株
　鳴海 陽一郎　取締役　　　　　　　　　　６，２００株
　宇佐美 亮介　常勤監査役　　　　　　　１２，７００株

""" + SIG_IGARASHI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five officers' names and shareholdings, which are published in the annual securities report: borderline",
})

MESSAGES.append({
    "id": "shoken-100",
    "charset": "utf-8",
    "sender": F_IGARASHI,
    "to": ["監査法人かえで 志摩様 <shima.t@kaede-audit.jp>"],
    "subject": "重要事実を知った者の範囲（取締役会 10/6）",
    "body": """志摩様

お世話になっております。日の出産業 法務部の五十嵐です。
ご依頼のありました、10月6日取締役会で決議した業務提携について
決議前に内容を知っていた者の範囲を、以下のとおりご報告します。

氏名\t所属\t役職
冴木 恭子\t経営企画部\t課長
安曇 大地\t経営企画部\t主任
高濱 和也\t経理部\t係長
瀬戸口 翔\t法務部\t担当
若槻 修\t総務部\t課長
蛭田 芽衣\t総務部\t担当
秋篠 悠人\t財務部\t課長代理
都築 早紀\t財務部\t担当

上記のほか、取締役・監査役全員が該当します。

""" + SIG_IGARASHI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "eight staff names with only department and title, no contact data or identifiers: borderline list",
})


# ISO-2022-JP (JIS X 0208) has no U+FF0D / U+FF5E: a JIS mailer writes the JIS minus and
# wave dash (U+2212 / U+301C) instead, so the text stays in the charset asked for.
_JIS = str.maketrans({"\uff0d": "\u2212", "\uff5e": "\u301c"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS)
