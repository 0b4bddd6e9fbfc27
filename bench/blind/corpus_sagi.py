"""Blind evaluation corpus — area: sagi.

日の出産業株式会社 公共サービス事業部 operates, under contract with the (fictional) city of
若葉市, the 若葉市消費生活・特殊詐欺相談センター: a consumer-affairs and fraud-victim support
desk.  Mail goes to the city, the police station, banks and card companies (freezing
accounts), lawyers, welfare officers (社協, 地域包括支援センター, 民生委員, ケアマネ), family
members of elderly victims, and the printers, hotels and media of awareness campaigns.

Every person, number, address and organisation here is invented; any resemblance to a
real one is accidental.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import itertools
import random

from build import card_number, my_number

SEED = 15301
rng = random.Random(SEED)

_mn = itertools.count(SEED)
_cn = itertools.count(SEED)


def MN() -> str:
    """next My Number, n counting up from SEED"""
    return my_number(next(_mn))


def CN() -> str:
    """next card number, n counting up from SEED"""
    return card_number(next(_cn))


_ZEN = str.maketrans("0123456789-().,/:", "０１２３４５６７８９－（）．，／：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def mob() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def land() -> str:
    return f"049-{rng.randrange(221, 299)}-{rng.randrange(1000, 10000)}"


def acct() -> str:
    return str(rng.randrange(1000000, 10000000))


def banchi() -> str:
    return f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 25)}"


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def card_split(c: str, sep: str = "-") -> str:
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


HINODE_T = "T" + corp_number("301200457718")

CENTER = "若葉市消費生活・特殊詐欺相談センター"

SIG_OBA = """
──────────────────────────────
日の出産業株式会社　公共サービス事業部
若葉市消費生活・特殊詐欺相談センター（受託運営）
相談員　大庭 千景（おおば ちかげ）
〒350-1192 埼玉県若葉市本町1-1-1 若葉市役所 別館2階
TEL 049-282-7710 ／ FAX 049-282-7719
oba-c@hinode-sangyo.co.jp
──────────────────────────────"""

SIG_SUDO = """
--
須藤 敬一郎
センター長
若葉市消費生活・特殊詐欺相談センター（運営：日の出産業株式会社）
〒350-1192 埼玉県若葉市本町1-1-1 別館2F
直通 049-282-7711　相談専用 049-282-7700
sudo-k@hinode-sangyo.co.jp"""

SIG_ONODERA = """
*************************************
日の出産業株式会社
公共サービス事業部　若葉センター事務
小野寺 理沙
TEL:049-282-7710（代表）
Mail:onodera-r@hinode-sangyo.co.jp
*************************************"""

SIG_MAKI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
若葉市消費生活・特殊詐欺相談センター
消費生活相談員　槙島　孝
日の出産業株式会社（若葉市受託事業）
TEL 049-282-7710　内線 23
makishima-t@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KAWAI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 公共サービス事業部
啓発・広報担当　河合 ゆかり
（若葉市消費生活・特殊詐欺相談センター）
〒350-1192 埼玉県若葉市本町1-1-1
TEL 049-282-7715 ／ 携帯 080-4471-2058
kawai-y@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_TOGASHI = """
-------------------------------------------
日の出産業株式会社 経理部
富樫 真澄
〒330-0061 埼玉県さいたま市浦和区常盤5-8-21 日の出ビル4F
TEL 048-833-4120 / FAX 048-833-4129
togashi-m@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_IZUMI = """
--
和泉 翔 / Sho Izumi
日の出産業株式会社 情報システム部
TEL 048-833-4150
izumi-s@hinode-sangyo.co.jp"""

SIG_EN = """
--
Chikage Oba
Consumer Affairs & Fraud Victim Support Desk, Wakaba City
(operated by Hinode Sangyo Co., Ltd.)
1-1-1 Honcho, Wakaba-shi, Saitama 350-1192, Japan
Tel +81-49-282-7710
oba-c@hinode-sangyo.co.jp"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

OBA = "大庭 千景 <oba-c@hinode-sangyo.co.jp>"
SUDO = "須藤 敬一郎 <sudo-k@hinode-sangyo.co.jp>"
ONODERA = "小野寺 理沙 <onodera-r@hinode-sangyo.co.jp>"
MAKI = "槙島 孝 <makishima-t@hinode-sangyo.co.jp>"
KAWAI = "河合 ゆかり <kawai-y@hinode-sangyo.co.jp>"
TOGASHI = "富樫 真澄 <togashi-m@hinode-sangyo.co.jp>"
IZUMI = "Sho Izumi <izumi-s@hinode-sangyo.co.jp>"

CITY = "長谷部 智子 <hasebe-tomoko@city.wakaba.lg.jp>"
CITY2 = "栗林 大輔 <kuribayashi-d@city.wakaba.lg.jp>"
POLICE = "若葉警察署 生活安全課 岩城 <iwaki-t@wakaba-keisatsu.lg.jp>"
SHAKYO = "若葉市社会福祉協議会 丸岡 <maruoka@wakaba-shakyo.or.jp>"
HOUKATSU = "南部地域包括支援センター 戸叶 <tokano@wakaba-houkatsu.or.jp>"
MIDORI = "みどり銀行 若葉支店 お客さまサービス課 <wakaba-cs@midori-ginko.co.jp>"
SHIRAKAWA = "弁護士 白川 恭介 <k.shirakawa@shirakawa-law.jp>"
CHUOLAW = "若葉中央法律事務所 弁護士 葛城 <katsuragi@wakaba-chuo-law.jp>"
NISHIKI = "錦印刷 営業部 堀之内 <horinouchi@nishiki-insatsu.co.jp>"
SAKURA = "さくらホテル若葉 宴会予約 <banquet@sakura-hotel.jp>"
TSUBASA = "ツバサシステム 三雲 <mikumo@tsubasa-system.jp>"
CALLS = "Dana Whitfield <dana.whitfield@callsentry.com>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- 001-010
_v002 = {"tel": land(), "mob": zen(mob()), "acct": acct(), "addr": f"埼玉県若葉市緑ケ丘{banchi()}"}

_rows003 = [["受付No", "氏名", "フリガナ", "年齢", "住所", "電話番号", "手口", "被害額（円）"]]
for _i, (_n, _k, _a, _m, _y) in enumerate([
        ("東海林 正三", "ショウジ ショウゾウ", 84, "オレオレ（息子かたり）", "2,000,000"),
        ("千明 春江", "チギラ ハルエ", 79, "還付金詐欺", "498,000"),
        ("蛭間 文治", "ヒルマ ブンジ", 88, "キャッシュカード詐欺盗", "1,150,000"),
        ("尾花 マツヱ", "オバナ マツエ", 91, "預貯金詐欺", "800,000"),
        ("猪又 敏行", "イノマタ トシユキ", 76, "架空料金請求（サポート詐欺）", "150,000"),
        ("湊谷 良江", "ミナトヤ ヨシエ", 82, "オレオレ（弁護士かたり）", "3,000,000"),
        ("設楽 茂", "シタラ シゲル", 73, "SNS型投資詐欺", "6,400,000")]):
    _rows003.append([f"R7-10-{_i + 3:03d}", _n, _k, _a,
                     f"若葉市{rng.choice(['本町', '南台', '北原', '東雲', '柳町', '宮前'])}{banchi()}",
                     land(), _m, _y])

MESSAGES += [
    {
        "id": "sagi-001",
        "expect": "pass",
        "sender": KAWAI,
        "to": [NISHIKI],
        "subject": "啓発チラシ（還付金詐欺）増刷のお願い",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
営業部　堀之内様

いつもお世話になっております。日の出産業の河合です。

先月納品いただいた還付金詐欺の啓発チラシですが、公民館・地区センターでの配布が
予想より早く進み、在庫が残りわずかとなりました。下記のとおり増刷をお願いできますでしょうか。

　品名　　：「その電話、還付金詐欺かも？」チラシ（A4・両面カラー）
　品番　　：NK-2291（前回版からの修正なし）
　数量　　：8,000部
　用紙　　：コート90kg
　納期　　：11月14日（金）午前着希望
　納品先　：若葉市役所 別館2階 相談センター（前回と同じ）
　お見積　：前回見積 Q-25-0873 の単価で問題なければそのまま発注といたします

お手数ですが、納期の可否だけ先にご返信いただけると助かります。
よろしくお願いいたします。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": [],
        "note": "print re-order of an awareness flyer to a partner: product code, quantity, quote number only",
    },
    {
        "id": "sagi-002",
        "expect": "stop",
        "sender": MAKI,
        "to": [MIDORI],
        "subject": "【至急】口座の支払停止のお願い（キャッシュカード詐取被害）",
        "charset": "cp932",
        "body": f"""みどり銀行 若葉支店
お客さまサービス課 ご担当者様

若葉市消費生活・特殊詐欺相談センターの槙島でございます。
本日午前、貴行にお口座をお持ちの下記の方から、キャッシュカードをだまし取られたとの
ご相談がありました。ご本人の同意を得て、取り急ぎ支払停止のお願いをお送りいたします。

■ご本人
　お名前　　柳瀬 キヨ子（ヤナセ キヨコ）様
　生年月日　昭和１４年２月９日
　ご住所　　{_v002['addr']}
　ご連絡先　自宅 {_v002['tel']}／長男様携帯 {_v002['mob']}

■お口座
　みどり銀行 若葉支店　普通預金　口座番号 {_v002['acct']}

■被害の状況
　11月4日夕方、「若葉警察署の者」を名乗る男から電話があり、「口座が犯罪に使われている。
　カードを封筒に入れて保管するように」と言われ、自宅に来た男にカードを入れた封筒を
　すり替えられた。暗証番号も伝えてしまっている。本日記帳したところ、5日に市内ATMで
　50万円×2回の引き出しを確認。若葉警察署には本日被害届を提出予定です。

至急のご対応をお願いできますでしょうか。ご本人は窓口へ伺える状態ですので、
必要書類等ございましたらお知らせください。
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                     "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named victim of a crime with 和暦 DOB, address, account number to a bank: 要配慮個人情報 (crime victim)",
    },
    {
        "id": "sagi-003",
        "expect": "stop",
        "sender": MAKI,
        "to": [POLICE],
        "subject": "【情報提供】10月受付分 被害相談者一覧（被害届未提出の方）",
        "charset": "iso-2022-jp",
        "body": """若葉警察署 生活安全課
岩城様

お疲れさまです。相談センターの槙島です。
先日の連絡会でお話のあった、10月に当センターで受け付けた被害相談のうち
まだ被害届が出ていない方の一覧をCSVでお送りします。
（各相談者には警察への情報提供について口頭で了承をいただいています）

ご確認のほどよろしくお願いいたします。
""" + SIG_MAKI,
        "attachments": [{"kind": "csv", "name": "被害相談者一覧_202510.csv", "encoding": "cp932",
                         "rows": _rows003}],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CSV of seven fraud victims (names, kana, addresses, phones, losses) to the police station",
    },
    {
        "id": "sagi-004",
        "expect": "pass",
        "sender": ONODERA,
        "to": [CITY],
        "cc": [SUDO],
        "subject": "10月分 相談受付状況（速報）の送付について",
        "charset": "cp932",
        "body": """若葉市 市民生活部 消費生活課
長谷部様

いつも大変お世話になっております。
相談センター事務の小野寺です。

10月分の相談受付状況（速報値）を取りまとめましたので、Excelファイルにてお送りいたします。
確定値は月報（11月10日提出予定）にてご報告いたします。

・総受付件数　　　：312件（前年同月比 +14.7%）
・うち特殊詐欺関連：97件（被害あり 11件）
・65歳以上の割合　：68.2%

SNS型投資詐欺の相談が引き続き増えております。詳細は添付の「手口別」シートをご覧ください。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{"kind": "xlsx", "name": "相談受付状況_R7年10月_速報.xlsx",
                         "sheets": {
                             "手口別": [
                                 ["若葉市消費生活・特殊詐欺相談センター　令和7年10月 相談受付状況（速報）"],
                                 [],
                                 ["手口", "件数", "うち被害あり", "被害額合計（千円）"],
                                 ["オレオレ詐欺", 18, 3, 5400],
                                 ["預貯金詐欺", 9, 1, 800],
                                 ["架空料金請求詐欺", 27, 2, 310],
                                 ["還付金詐欺", 21, 1, 498],
                                 ["キャッシュカード詐欺盗", 6, 1, 1150],
                                 ["SNS型投資詐欺", 11, 2, 9100],
                                 ["ロマンス詐欺", 5, 1, 2300],
                                 ["合計", 97, 11, 19558]],
                             "年代別": [
                                 ["年代", "男性", "女性", "計"],
                                 ["～39歳", 4, 6, 10],
                                 ["40～64歳", 11, 10, 21],
                                 ["65～74歳", 14, 17, 31],
                                 ["75歳以上", 12, 23, 35]],
                         }}],
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics by scam type and age band to the city: no person can be identified",
    },
    {
        "id": "sagi-005",
        "expect": "stop",
        "sender": SUDO,
        "to": ["みどり銀行 不正対策室 桐生様 <kiryu@midori-ginkou.co.jp>"],
        "subject": "ATMコーナーでの声かけ出前講座 共催のご相談",
        "charset": "iso-2022-jp",
        "body": """みどり銀行　不正対策室
桐生様

いつもお世話になっております。若葉市消費生活・特殊詐欺相談センターの須藤です。

先日の地域連絡会でお話しした、ATMコーナーでの声かけに関する出前講座の件です。
12月の年金支給日（12/15）に合わせ、若葉支店のロビーで15分程度のミニ講座を
共催させていただけないかと考えております。

　案１：12月15日（月）10:00～／14:00～の2回
　案２：12月12日（金）10:30～の1回

講師は当センターの相談員が務め、貴行からは窓口での声かけ事例を
ご紹介いただけると大変ありがたいです。
ご検討のほど、よろしくお願いいたします。
""" + SIG_SUDO,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain midori-ginkou.co.jp is a one-letter look-alike of the partner midori-ginko.co.jp",
    },
    {
        "id": "sagi-006",
        "expect": "pass",
        "sender": KAWAI,
        "to": [SAKURA],
        "subject": "11/22(土) 防犯講座の会場予約について",
        "charset": "utf-8",
        "body": """さくらホテル若葉
宴会予約ご担当者様

お世話になっております。日の出産業株式会社の河合です。
若葉市の委託で「特殊詐欺被害防止講座」を開催するにあたり、
下記の内容で宴会場の仮押さえをお願いできますでしょうか。

  日時    2025年11月22日（土）13:00～16:30（準備 12:00～）
  会場    桜の間（前回と同じ）
  人数    80名程度（スクール形式）
  機材    プロジェクター・スクリーン、ワイヤレスマイク2本、演台
  その他  受付用長机2台、ホワイトボード1台
  飲食    講師控室にペットボトルのお茶 5本

見積書を拝見したうえで正式に申し込みいたします。
ご不明点があればお電話でも構いません（049-282-7715 河合）。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": [],
        "note": "venue booking with a partner hotel: dates, room, equipment, headcount only",
    },
    {
        "id": "sagi-007",
        "expect": "stop",
        "sender": OBA,
        "to": ["真壁 秀夫 <makabe_hideo1952@yahoo.co.jp>"],
        "subject": "見守り訪問のお願い（緑ケ丘３丁目・４丁目）",
        "charset": "iso-2022-jp",
        "body": f"""真壁様

いつも地域の見守りにご協力いただきありがとうございます。
相談センターの大庭です。

先週から緑ケ丘地区で「市役所の保険年金課」を名乗る不審電話が続いております。
民生委員の真壁様に、お一人暮らしの下記の方々へのお声かけをお願いできればと存じます。
（地区の見守り名簿から、電話帳に番号を載せている方を抜き出しました）

・カネコ　ツルエ 様（８７歳）　緑ケ丘３－５－１２　　{zen(land())}
・ワシズ　トク 様（９２歳）　　緑ケ丘３－１１－２　　{zen(land())}
・オオヤギ　サダオ 様（８４歳）緑ケ丘４－２－１７　　{zen(land())}
・ヒラガ　キミ 様（８０歳）　　緑ケ丘４－８－３　　　{zen(land())}
・ソウマ　イネ 様（９０歳）　　緑ケ丘４－２０－９　　{zen(mob())}（娘さん）

「還付金はATMでは受け取れない」「市役所からお金の話の電話はしない」
の２点を伝えていただくだけで十分です。チラシは明日ポストに入れておきます。

よろしくお願いいたします。
""" + SIG_OBA,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "five elderly residents in kana with full-width addresses and phones, to a welfare commissioner's free-mail address",
    },
    {
        "id": "sagi-008",
        "expect": "pass",
        "sender": SUDO,
        "to": [MAKI, OBA],
        "cc": ["東 美奈子 <higashi-m@hinode-sangyo.co.jp>"],
        "subject": "【センター内】被害者フォロー対象一覧 11月版",
        "charset": "utf-8",
        "body": """槙島さん、大庭さん（cc 東さん）

11月のフォローコール対象を更新しました。
被害後1か月・3か月のタイミングの方を抽出しています。二次被害（「被害金を取り戻す」
という勧誘）の電話が来ていないか、必ず確認してください。

担当の割り振りはシートの右端の列です。月末までに結果を記入してください。

須藤
""",
        "attachments": [{"kind": "xlsx", "name": "フォロー対象_2025-11.xlsx",
                         "sheets": {"対象者": [
                             ["氏名", "生年月日", "電話", "被害日", "手口", "被害額", "担当"],
                             ["東海林 正三", "1941/06/02", land(), "2025/10/03", "オレオレ", "2,000,000", "槙島"],
                             ["千明 春江", "1946/01/20", land(), "2025/10/09", "還付金", "498,000", "大庭"],
                             ["蛭間 文治", "1937/11/11", land(), "2025/10/14", "カード詐欺盗", "1,150,000", "槙島"],
                             ["鬼頭 ミツ", "1935/03/30", land(), "2025/08/21", "預貯金詐欺", "700,000", "東"],
                             ["新堀 弘", "1949/09/09", mob(), "2025/08/02", "投資（SNS）", "4,200,000", "大庭"],
                             ["谷津 フサ", "1938/12/24", land(), "2025/08/27", "オレオレ", "1,500,000", "東"]]}}],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "victim follow-up list, but every recipient is internal (hinode-sangyo.co.jp)",
    },
    {
        "id": "sagi-009",
        "expect": "stop",
        "sender": MAKI,
        "to": ["ほしぞらカード 不正利用受付 <fraud-desk@hoshizora-card.co.jp>"],
        "subject": "カード番号を電話で聞き出された件（利用停止のご依頼）",
        "charset": "utf-8",
        "body": f"""ほしぞらカード株式会社
不正利用受付ご担当者様

若葉市消費生活・特殊詐欺相談センターの槙島と申します。
本日、当センターに来所された会員様の件でご連絡いたします。
ご本人はお電話での手続きが難しいため、ご本人同席のもと代筆でお送りしています。

　会員氏名：四十物 勝利（アイモノ カツトシ）様
　カード番号：{card_split(CN(), ' ')}
　ご連絡先：{mob()}

昨日、「ほしぞらカードのセキュリティ部」を名乗る者から電話があり、
「不正利用があったので番号と有効期限を確認したい」と言われて
カード番号・有効期限・セキュリティコードを答えてしまったとのことです。
その後、身に覚えのない通販サイトでの決済通知（2件、計86,400円）が届いています。

カードの利用停止と、上記決済の調査をお願いいたします。
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a full credit card number of a named fraud victim sent to a card company",
    },
    {
        "id": "sagi-010",
        "expect": "pass",
        "sender": OBA,
        "to": ["佐伯 由香 <yuka.saeki.0722@gmail.com>"],
        "subject": "Re: 母にかかってきた電話について相談です",
        "charset": "utf-8",
        "body": """佐伯様

若葉市消費生活・特殊詐欺相談センターの大庭です。
ご相談のメールをありがとうございました。

お書きいただいた内容は、典型的な「還付金詐欺」の手口です。
市役所や年金事務所が電話でATMへ行くよう指示することは絶対にありません。
またATMの操作でお金が「戻ってくる」ことはなく、操作すると相手の口座へ振り込まれてしまいます。

お母様は今回ATMには行かれていないとのことですので、実害はないものと思われます。
念のため、次のことをお伝えください。
 ・知らない番号からの電話は留守番電話にして、すぐに出ない
 ・「お金が戻る」「手続きが必要」と言われたら一度切って家族に相談する
 ・不安なときは消費者ホットライン「188」か当センターへ

ご不明な点があれば、平日9時～17時に当センター（049-282-7700）へお電話ください。

> 若葉市消費生活センター 御中
>
> はじめてご連絡します。佐伯と申します。
> 実家の母（佐伯 久子、昭和18年生まれ、若葉市柳町2-14-6）に、昨日
> 「医療費の還付金がある、今日中にATMで手続きを」という電話があったそうです。
> 母の自宅の電話は 049-268-3317 です。母は少し物忘れがあり心配です。
> どう対応したらよいでしょうか。
>
> 佐伯 由香　090-5512-8840
""" + SIG_OBA,
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the mother's details are only in the quoted text (lines with >); new text is general advice to one free-mail recipient",
    },
]

# ---------------------------------------------------------------- 011-020
_rows016 = [["氏名", "住所", "電話", "世帯", "前回訪問", "備考"]]
for _n, _h, _b in [
        ("百目鬼 ハル", "独居", "10月 オレオレ詐欺被害（100万円）、息子さん遠方"),
        ("仁平 さだ", "高齢夫婦", "夫が要介護3。訪問販売で浄水器契約（クーリングオフ済）"),
        ("栗栖 幸雄", "独居", "還付金詐欺で約30万円被害。難聴あり、電話に出やすい"),
        ("宍戸 トメ", "独居", "架空請求はがきが届いている。被害なし"),
        ("及川 重蔵", "独居", "預貯金詐欺被害（9月）。通帳を娘さんが管理開始"),
        ("八木橋 寿美", "日中独居", "投資詐欺の勧誘電話が頻繁。録音機設置済")]:
    _rows016.append([_n, f"若葉市南台{banchi()}", land(), _h,
                     f"10/{rng.randrange(1, 29)}", _b])

MESSAGES += [
    {
        "id": "sagi-011",
        "expect": "stop",
        "sender": SUDO,
        "to": [CITY, POLICE, SHAKYO, "みどり銀行 若葉支店 副支店長 大槻 <otsuki@midori-ginko.co.jp>"],
        "subject": "第3回 若葉市特殊詐欺被害防止ネットワーク会議の開催について（ご案内）",
        "charset": "iso-2022-jp",
        "body": """関係各位

いつも大変お世話になっております。
若葉市消費生活・特殊詐欺相談センターの須藤でございます。

標記の会議を下記のとおり開催いたします。ご多忙のところ恐縮ですが、
ご出席くださいますようお願い申し上げます。

　　　　　　　　　　　記

１．日　時　　令和７年１２月３日（水）１４：００～１５：３０
２．場　所　　若葉市役所 本庁舎５階 第２会議室
３．議　題　　(1) 上半期の相談・被害状況について
　　　　　　　(2) 年末年始の集中啓発（街頭キャンペーン）について
　　　　　　　(3) 金融機関窓口での声かけ事例の共有
４．その他　　出欠を１１月２１日（金）までに本メールへご返信ください。

　　　　　　　　　　　　　　　　　　　　　　　　　　以上
""" + SIG_SUDO,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations (city, police, 社協, bank) all in To: should have been Bcc",
    },
    {
        "id": "sagi-012",
        "expect": "pass",
        "sender": IZUMI,
        "to": [TSUBASA],
        "cc": [SUDO],
        "subject": "Re: 相談管理システム改修 秘密保持契約書（案）について",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
三雲様

お世話になっております。日の出産業 情報システム部の和泉です。

秘密保持契約書（案）を社内の法務と確認しました。大筋は問題ありませんが、2点だけご相談です。

1. 第2条（機密情報の定義）
   口頭で開示した情報についても、開示後30日以内に書面で特定したものは機密情報に
   含める、という一文を追加させてください。相談記録の画面を打合せでお見せする
   機会が多いためです。
2. 第8条（返還・廃棄）
   廃棄の場合は「廃棄証明書」の提出までを義務としていただけますでしょうか。
   委託元（若葉市）の個人情報取扱特記事項に合わせる必要があります。

修正版を頂戴できましたら、押印の手続きに回します。
よろしくお願いいたします。

> 和泉様
> お世話になっております。ツバサシステムの三雲です。
> 改修作業の着手前に、秘密保持契約の締結をお願いできればと存じます。
> 弊社ひな形を添付いたしますのでご確認ください。
""" + SIG_IZUMI,
        "entities": [],
        "detectors": [],
        "note": "discussion of an NDA's clauses (機密情報 mentioned, not a marking) with a partner",
    },
    {
        "id": "sagi-013",
        "expect": "stop",
        "sender": ONODERA,
        "to": [CITY2],
        "subject": "10月分 相談記録（個別票）の提出",
        "charset": "cp932",
        "body": """若葉市 消費生活課
栗林様

お世話になっております。相談センターの小野寺です。
契約書の定めにより、10月分の相談個別票を提出いたします。
添付ファイルはパスワード付きZIPです。パスワードは別途お送りします。

ご査収のほどよろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{"kind": "zip", "name": "相談個別票_202510.zip", "password": "Wk7#kobetsu1025",
                         "files": [{"kind": "xlsx", "name": "相談個別票_202510.xlsx",
                                    "sheets": {"個別票": [["受付番号", "相談者", "電話", "内容"],
                                                          ["R7-10-001", "五味 ときえ", land(), "架空請求"],
                                                          ["R7-10-002", "雨宮 勇", land(), "投資詐欺"]]}}]}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the city: contents cannot be inspected",
    },
    {
        "id": "sagi-014",
        "expect": "stop",
        "sender": OBA,
        "to": ["居宅介護支援事業所ひだまり 介護支援専門員 早瀬 <hayase@hidamari-care.jp>"],
        "subject": "ご担当利用者様の訪問販売契約の件",
        "charset": "iso-2022-jp",
        "body": """居宅介護支援事業所ひだまり
早瀬様

お世話になっております。若葉市消費生活・特殊詐欺相談センターの大庭です。
先ほどはお電話でありがとうございました。

ご担当されている鴨志田 信夫様（82歳）の件、概要をメールでもお送りします。
ご長女様によると、鴨志田様は先月、若葉中央病院でアルツハイマー型認知症と
診断されたばかりとのことで、先週訪問した業者と羽毛布団2組（計64万円）の
契約をされていました。判断能力の面から取消しの主張ができる可能性があり、
業者へは当センターから連絡を入れております。

次回のケアプラン見直しの際、訪問販売お断りステッカーの掲示と、
通帳の管理方法についてご家族とご相談いただけますと幸いです。
""" + SIG_OBA,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named person's dementia diagnosis (medical, 要配慮) in a sentence to an outside care manager",
    },
    {
        "id": "sagi-015",
        "expect": "pass",
        "sender": ONODERA,
        "to": [CITY2],
        "subject": "市内金融機関 声かけ協力窓口一覧（更新版）",
        "charset": "utf-8",
        "body": """栗林様

お世話になっております。小野寺です。
ネットワーク会議資料に載せる、市内金融機関の協力窓口一覧を更新しました。
（支店の代表番号・所在地のみです）

支店名                         所在地                         代表電話
-----------------------------  -----------------------------  -------------
みどり銀行 若葉支店             若葉市本町2-4-1                049-282-3111
みどり銀行 若葉南台支店         若葉市南台1-10-5               049-268-2001
武蔵野ひかり信用金庫 若葉支店   若葉市宮前3-1-8                049-283-5522
武蔵野ひかり信用金庫 北原出張所 若葉市北原2-22-1               049-287-0190
あおぞら農協 若葉中央支所       若葉市柳町1-3-3                049-281-4470
若葉本町郵便局（貯金窓口）      若葉市本町4-7-2                049-282-0044

差し替えが必要な支店があればお知らせください。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": [],
        "note": "a list of bank branches with their switchboard numbers and addresses: businesses, not people",
    },
    {
        "id": "sagi-016",
        "expect": "stop",
        "sender": OBA,
        "to": [HOUKATSU],
        "subject": "南台地区 見守り訪問リストの共有",
        "charset": "utf-8",
        "body": """南部地域包括支援センター
戸叶様

いつもお世話になっております。相談センターの大庭です。
先日お話しした南台地区の見守り訪問リストをWordでお送りします。
今月中に包括さんと当センターで手分けして訪問できればと思います。

どうぞよろしくお願いいたします。
""" + SIG_OBA,
        "attachments": [{"kind": "docx", "name": "南台地区_見守り訪問リスト.docx",
                         "paragraphs": ["南台地区 見守り訪問リスト（2025年11月）",
                                        "作成：若葉市消費生活・特殊詐欺相談センター"],
                         "tables": [_rows016]}],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six residents (name, address, phone) with victim history and care level to an outside welfare centre",
    },
    {
        "id": "sagi-017",
        "expect": "pass",
        "sender": KAWAI,
        "to": [CITY],
        "cc": [POLICE, SUDO],
        "subject": "年末街頭キャンペーンの打合せ日程について",
        "charset": "iso-2022-jp",
        "body": """長谷部様
（cc：若葉警察署 岩城様）

お世話になっております。日の出産業の河合です。

12月の年金支給日に合わせた街頭キャンペーンについて、
市・警察署・当センターの3者で一度打合せをお願いしたく、候補日をお送りします。

　(1) 11月18日（火）10:00～11:00
　(2) 11月19日（水）15:00～16:00
　(3) 11月21日（金）13:30～14:30

場所は市役所別館2階の相談センター会議スペースを予定しています。
配布物（ポケットティッシュ・チラシ）は当センターで2,000セット用意します。
ご都合のよい日をお知らせください。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (city and police) in To/Cc: a normal meeting mail",
    },
    {
        "id": "sagi-018",
        "expect": "stop",
        "sender": ONODERA,
        "to": [CITY2],
        "subject": "【取扱注意】議会答弁用 特殊詐欺被害状況資料",
        "charset": "cp932",
        "body": """栗林様

お世話になっております。小野寺です。
ご依頼のあった12月議会の答弁用資料をお送りします。

━━━━━━━━━━━━━━━━━━━━━━━━━
取扱区分：取扱注意（公表前資料・庁内検討用）
━━━━━━━━━━━━━━━━━━━━━━━━━

１．上半期（4～9月）の特殊詐欺相談件数　　　　 486件（前年同期 402件）
２．うち被害が発生したもの　　　　　　　　　　 58件
３．被害総額　　　　　　　　　　　　　　　　　約1億2,300万円
４．被害者の年代構成　　　　　　　　　　　　　 70代 41％、80代 33％、その他 26％
５．センター介入により被害を防止した件数　　　 37件（推計防止額 約4,800万円）

※数値は県警の公表前の数字を含みますので、公表までの取扱いにご留意ください。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 取扱注意 (subject and a classification block) and goes to an external domain",
    },
    {
        "id": "sagi-019",
        "expect": "stop",
        "sender": SUDO,
        "to": ["弁護士 白川 恭介 <k.shirakawa@shirakawa-law.co.jp>"],
        "subject": "12月 無料法律相談会の日程調整",
        "charset": "utf-8",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。相談センターの須藤です。

12月の無料法律相談会（消費者被害・特殊詐欺）の日程について、
以下の候補でご都合はいかがでしょうか。

 - 12月6日（土）13:00-16:00
 - 12月13日（土）13:00-16:00

相談枠は1枠30分×6枠を予定しており、事前予約制で当センターが受付を行います。
会場は例年どおり市民会館 第3会議室です。
ご確認のほどよろしくお願いいたします。
""" + SIG_SUDO,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp is a look-alike (co. added) of the partner law firm's shirakawa-law.jp",
    },
    {
        "id": "sagi-020",
        "expect": "pass",
        "sender": KAWAI,
        "to": ["FMわかば 制作部 野々宮 <nonomiya@fm-wakaba.jp>"],
        "subject": "「くらしの安全情報」11月放送分 原稿",
        "charset": "utf-8",
        "body": """FMわかば
制作部 野々宮様

お世話になっております。河合です。
11月放送分の原稿をお送りします（約90秒）。読み上げはいつものとおりお願いいたします。

――――――――――――――――――――
【くらしの安全情報　11月】
年末が近づくと「還付金がある」「未払いの料金がある」といった電話が増えます。
市役所や年金事務所が、電話でATMへ行くように言うことはありません。
また、警察官や銀行員がキャッシュカードを預かりに来ることもありません。
「お金」「カード」「暗証番号」の話が出たら、一度電話を切って、
家族か、若葉市消費生活・特殊詐欺相談センターへご相談ください。
相談専用電話は、049-282-7700。平日午前9時から午後5時まで。
または、消費者ホットライン「いやや」の188番へ。
――――――――――――――――――――

修正があればお気軽にお知らせください。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": [],
        "note": "radio script for an awareness campaign; only the desk's own public number",
    },
]

# ---------------------------------------------------------------- 021-030
_v021 = {"tel": land(), "mob": mob(), "addr": f"若葉市東雲{banchi()}"}

_rc022 = [f"{a}{rng.randrange(10**7, 10**8)}{b}" for a, b in
          [("UH", "FA"), ("KT", "QB"), ("RN", "XD"), ("SE", "LM"), ("AB", "PC")]]

_v024 = {"mn": MN(), "addr": f"埼玉県若葉市北原{banchi()}", "tel": land()}

_html026_rows = ""
for _n, _a, _t, _x in [
        ("東海林 正三", 84, mob(), "長男 同伴"),
        ("湊谷 良江", 82, land(), "車いす使用（介助者1名）"),
        ("粟飯原 澄江", 77, mob(), ""),
        ("城之内 昭一", 80, land(), "補聴器使用・前方席希望"),
        ("糟谷 悦子", 71, mob(), "娘 同伴"),
        ("甘粕 昇", 75, land(), "")]:
    _html026_rows += (f"<tr><td>{_n}</td><td>{_a}</td><td>{_t}</td><td>{_x}</td></tr>\n")

MESSAGES += [
    {
        "id": "sagi-021",
        "expect": "stop",
        "sender": MAKI,
        "to": [SHIRAKAWA],
        "subject": "FW: 母の投資詐欺被害について（ご相談）",
        "charset": "utf-8",
        "body": f"""白川先生

お世話になっております。相談センターの槙島です。
被害回復について先生にご相談したいケースがあり、ご家族からのメールを転送します。
ご本人・ご家族には弁護士へ情報提供することの了承を得ています。
一度面談の機会をいただけますでしょうか。

槙島

-------- 転送メッセージ --------
差出人: 百目鬼 真一 <doumeki.shinichi@outlook.jp>
日付: 2025年11月5日 21:14
件名: 母の投資詐欺被害について（ご相談）
宛先: 若葉市消費生活・特殊詐欺相談センター

先日電話で相談した百目鬼です。改めて経緯をまとめます。

母：百目鬼 ハル（どうめき はる）昭和10年5月3日生
住所：{_v021['addr']}　電話：{_v021['tel']}

・8月頃、SNSで知り合った「投資の先生」に勧められ、アプリで株を購入
・9月～10月に指定された個人名義の口座へ計5回、合計300万円を振込
・出金しようとしたら「手数料」名目でさらに100万円を要求され、不審に思った
・振込先は みどり銀行 本店営業部 普通 8841207 名義 トウ ケイ など

私の連絡先は {_v021['mob']} です。よろしくお願いします。
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                     "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forward (FW:) counts as new text: a named investment-fraud victim with DOB, address, phone to a law firm",
    },
    {
        "id": "sagi-022",
        "expect": "stop",
        "sender": "Chikage Oba <oba-c@hinode-sangyo.co.jp>",
        "to": ["Maria Santos <m.santos@tabunka-wakaba.or.jp>"],
        "subject": "Residents targeted by fake 'Immigration Bureau' calls",
        "charset": "utf-8",
        "body": f"""Dear Ms. Santos,

Thank you for your help with interpreting last week.
As discussed, below are the five residents who came to our desk after receiving calls
from someone claiming to be the "Immigration Services Agency". The callers told them their
residence status would be cancelled unless they paid a "processing fee" by convenience
store e-money. Three of them paid.

 No  Name                 Residence card    Phone           Paid (JPY)
 --  -------------------  ----------------  --------------  ----------
 1   NGUYEN Van Thanh     {_rc022[0]}      {mob()}   50,000
 2   TRAN Thi Lan         {_rc022[1]}      {mob()}   30,000
 3   SHRESTHA Bikash      {_rc022[2]}      {mob()}   0
 4   DE LEON Ana Marie    {_rc022[3]}      {mob()}   100,000
 5   KHAN Imran           {_rc022[4]}      {mob()}   0

Could your volunteers call them in their own languages (Vietnamese, Nepali, Tagalog, Urdu)
to explain how to file a police report? They have agreed to be contacted.

Best regards,
""" + SIG_EN,
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "romaji names with residence card numbers and phones of five fraud victims to an NPO",
    },
    {
        "id": "sagi-023",
        "expect": "pass",
        "sender": TOGASHI,
        "to": ["若葉市 消費生活課 会計担当 <shohi-kaikei@city.wakaba.lg.jp>"],
        "subject": "令和7年10月分 業務委託料のご請求について",
        "charset": "iso-2022-jp",
        "body": f"""若葉市 市民生活部 消費生活課
会計ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 経理部の富樫でございます。

「若葉市消費生活・特殊詐欺相談センター運営業務委託」の10月分委託料につき、
請求書（PDF）を添付いたします。原本は本日郵送いたしました。

　請求書番号：HS-INV-2510-0417
　請求金額　：3,861,000円（税込）
　支払期日　：令和7年11月30日
　振込先　　：みどり銀行 浦和支店 普通 3318840 ニツシユツサンギヨウ（カ
　登録番号　：{HINODE_T}

ご査収のほどよろしくお願い申し上げます。
""" + SIG_TOGASHI,
        "attachments": [{"kind": "pdf", "name": "請求書_HS-INV-2510-0417.pdf",
                         "lines": ["請　求　書", "若葉市長 殿", "",
                                   "件名：若葉市消費生活・特殊詐欺相談センター運営業務委託（10月分）",
                                   "請求金額：3,861,000円（うち消費税 351,000円）",
                                   f"日の出産業株式会社　登録番号 {HINODE_T}",
                                   "振込先：みどり銀行 浦和支店 普通 3318840"]}],
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice to the city: the company's T-number and company bank account, no personal data",
    },
    {
        "id": "sagi-024",
        "expect": "stop",
        "sender": OBA,
        "to": ["若葉市 福祉政策課 給付金担当 <kyufukin@city.wakaba.lg.jp>"],
        "subject": "給付金申請書の記入内容確認のお願い（代筆分）",
        "charset": "cp932",
        "body": f"""福祉政策課 給付金担当 御中

お世話になっております。相談センターの大庭です。
「給付金の手続きをする」という不審な電話を受けて来所された方が、
実際には本物の給付金の申請がまだだったため、窓口で申請書の記入をお手伝いしました。
郵送前に記入内容に誤りがないか確認いただけますでしょうか。

　申請者氏名　：薬袋 フミ（みない ふみ）
　生年月日　　：昭和１６年１０月１日
　住所　　　　：{_v024['addr']}
　電話番号　　：{_v024['tel']}
　個人番号　　：{_v024['mn'][:4]} {_v024['mn'][4:8]} {_v024['mn'][8:]}
　受取口座　　：武蔵野ひかり信用金庫 若葉支店 普通 {acct()}

不審電話の件は未遂で、被害はありませんでした。
よろしくお願いいたします。
""" + SIG_OBA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                     "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "a resident's My Number (個人番号) in the body to an external (city) address",
    },
    {
        "id": "sagi-025",
        "expect": "pass",
        "sender": ONODERA,
        "to": ["青葉運輸 若葉営業所 <wakaba-eigyo@aoba-unyu.co.jp>"],
        "subject": "啓発チラシ配送（公民館12か所）送り状番号のご連絡",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 若葉営業所 御中

お世話になっております。日の出産業 若葉センターの小野寺です。
本日集荷いただいた啓発チラシ（12口）の送り状番号をお知らせします。
配達状況の確認でお問い合わせすることがあるかもしれません。

配送先                    個数  送り状番号
------------------------  ----  --------------
本町公民館                   1  4301-2287-6610
南台公民館                   1  4301-2287-6621
北原地区センター             1  4301-2287-6632
宮前公民館                   1  4301-2287-6643
東雲コミュニティセンター     1  4301-2287-6654
柳町公民館                   1  4301-2287-6665
（残り6か所は添付なしで明日分）

11月12日（水）午前中の配達指定でお願いしております。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": [],
        "note": "tracking numbers of parcels to public halls: facilities, not people",
    },
    {
        "id": "sagi-026",
        "expect": "stop",
        "sender": KAWAI,
        "to": [SAKURA],
        "subject": "11/29 交流会 参加者名簿（お席の配慮のため）",
        "charset": "utf-8",
        "html": f"""<html><body>
<p>さくらホテル若葉<br>宴会予約ご担当者様</p>
<p>お世話になっております。日の出産業の河合です。<br>
11月29日の「特殊詐欺被害者の会 交流会」の参加者名簿をお送りします。<br>
車いすの方・補聴器の方がいらっしゃいますので、お席の配置にご配慮いただけますと幸いです。</p>
<table border="1" cellpadding="4">
<tr><th>お名前</th><th>年齢</th><th>当日連絡先</th><th>備考</th></tr>
{_html026_rows}</table>
<p>当日は受付を当センターで行います。よろしくお願いいたします。</p>
<p>河合 ゆかり<br>日の出産業株式会社 公共サービス事業部<br>TEL 049-282-7715</p>
</body></html>""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six members of a fraud victims' group (crime victims, one disability) with phones to a hotel",
    },
    {
        "id": "sagi-027",
        "expect": "either",
        "sender": MAKI,
        "to": ["薬袋 直美 <naomi.minai@gmail.com>"],
        "subject": "お母様（薬袋フミ様）の件　今後の手続きについて",
        "charset": "iso-2022-jp",
        "body": """薬袋 直美 様

若葉市消費生活・特殊詐欺相談センターの槙島です。
本日はお母様と一緒にご来所いただきありがとうございました。

お母様がだまし取られた現金（85万円）の件、整理すると次のとおりです。
　１．若葉警察署への被害届：明日14時に生活安全課で受理予定（お母様と同行をお願いします）
　２．振込ではなく手渡しのため、金融機関での口座凍結の対象にはなりません
　３．同じ番号から再度電話があった場合は出ずに、番号を控えて当センターへ

お母様はかなり気落ちされているご様子でした。しばらくはご家族からの
お声かけをお願いできればと思います。
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a named person's victim status sent to her own daughter (the one who consulted): 要配慮 to a free-mail address, but the recipient already knows everything",
    },
    {
        "id": "sagi-028",
        "expect": "stop",
        "sender": MAKI,
        "to": [POLICE],
        "subject": "昨日の件 被害状況一覧",
        "charset": "iso-2022-jp",
        "body": """岩城様

槙島です。昨日お電話でお話しした柳町地区の連続被害の一覧を添付します。
取り急ぎ、よろしくお願いします。
""" + SIG_MAKI,
        "attachments": [{"kind": "corrupt", "name": "柳町地区_被害状況一覧.xlsx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "sagi-029",
        "expect": "pass",
        "sender": MAKI,
        "to": ["みどり銀行 不正対策室 桐生 <kiryu@midori-ginko.co.jp>"],
        "subject": "RE: 凍結口座に関するご連絡",
        "charset": "cp932",
        "body": """桐生様

ご連絡ありがとうございます。承知いたしました。
相談者の方々へは、当センターから順次ご連絡し、被害回復分配金の手続きについて
ご案内いたします。ご案内文の文案ができましたら一度ご確認をお願いするかもしれません。

引き続きよろしくお願いいたします。

槙島

-----Original Message-----
From: 桐生 <kiryu@midori-ginko.co.jp>
Sent: Monday, November 10, 2025 4:02 PM
To: 槙島 孝 <makishima-t@hinode-sangyo.co.jp>
Subject: 凍結口座に関するご連絡

若葉市消費生活・特殊詐欺相談センター
槙島様

お世話になっております。みどり銀行 不正対策室の桐生です。
先日ご連絡いただいた振込先口座について、預金保険機構の公告手続きに入りました。
センター経由でご相談のあった振込人の方は以下のとおりです。

  五味 ときえ 様   049-281-6620   振込額 500,000円
  雨宮 勇 様       049-267-1184   振込額 1,200,000円
  鬼頭 ミツ 様     049-283-9051   振込額 700,000円
  渋佐 ヨシ 様     049-286-4472   振込額 300,000円
  江頭 たか子 様   090-3318-0627   振込額 950,000円

分配金の申請期間が決まりましたら改めてご連絡いたします。
""" + SIG_MAKI,
        "entities": [],
        "detectors": [],
        "note": "the victim list is only in the quoted original (-----Original Message-----) the bank itself sent; new text has no personal data",
    },
    {
        "id": "sagi-030",
        "expect": "stop",
        "sender": ONODERA,
        "to": ["川崎電機 公共営業課 土居 <doi-k@kawasaki-denki.co.jp>"],
        "subject": "自動通話録音機 設置先リスト（第４次貸与分）",
        "charset": "cp932",
        "body": f"""川崎電機株式会社
公共営業課　土居様

お世話になっております。日の出産業 若葉センターの小野寺です。
第４次貸与分の設置先が確定しましたので、設置工事のご手配をお願いいたします。
設置前日に、各ご家庭へお電話でご連絡いただけますと助かります。

氏名　　　　　　　住所　　　　　　　　　　　　電話　　　　　　　　　希望日
－－－－－－－－　－－－－－－－－－－－－－　－－－－－－－－－－　－－－－－
笹生　国男　　　　若葉市宮前{zen(banchi())}　　　　{zen(land())}　　１１／１７午前
樋口　ヤス　　　　若葉市宮前{zen(banchi())}　　　　{zen(land())}　　１１／１７午後
城之内　昭一　　　若葉市北原{zen(banchi())}　　　　{zen(land())}　　１１／１８午前
生天目　喜久　　　若葉市北原{zen(banchi())}　　　　{zen(land())}　　１１／１８午後
廿楽　清　　　　　若葉市東雲{zen(banchi())}　　　　{zen(land())}　　１１／１９午前
小竹　民雄　　　　若葉市東雲{zen(banchi())}　　　　{zen(land())}　　１１／１９午後

機器は型番 KD-RC300 を6台でお願いします。
""" + SIG_ONODERA,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six households' names, addresses and phones in full-width digits, columns padded with full-width spaces, to a device vendor",
    },
]

# ---------------------------------------------------------------- 031-040
_ledger033 = [["若葉市消費生活・特殊詐欺相談センター　相談受付台帳（令和7年10月）"],
              ["出力日：2025/11/04　出力者：小野寺"],
              ["受付番号", "受付日", "相談者氏名", "年齢", "住所", "電話", "相談区分", "被害有無", "被害額"]]
for _i, (_n, _a, _c, _h, _y) in enumerate([
        ("五味 ときえ", 78, "架空料金請求", "有", 150000),
        ("雨宮 勇", 81, "還付金詐欺", "有", 1200000),
        ("鬼頭 ミツ", 90, "預貯金詐欺", "有", 700000),
        ("渋佐 ヨシ", 86, "オレオレ詐欺", "有", 300000),
        ("江頭 たか子", 69, "SNS型投資詐欺", "有", 950000),
        ("加納 啓介", 45, "定期購入", "無", 0),
        ("伊集院 八重", 83, "訪問購入（貴金属）", "有", 220000),
        ("古結 勝", 74, "架空料金請求", "無", 0),
        ("糟谷 悦子", 71, "ロマンス詐欺", "有", 2300000),
        ("設楽 茂", 73, "SNS型投資詐欺", "有", 6400000),
        ("谷津 フサ", 87, "オレオレ詐欺", "有", 1500000),
        ("新堀 弘", 76, "還付金詐欺", "無", 0)]):
    _ledger033.append([f"R7-10-{_i + 41:03d}", f"2025/10/{_i * 2 + 2:02d}", _n, _a,
                       f"若葉市{rng.choice(['本町', '南台', '北原', '宮前', '柳町'])}{banchi()}",
                       land(), _c, _h, _y])

_calls035 = ["caller_number,callee_number,callee_age,town,scenario,outcome"]
for _sc, _out in [("fake police", "lost JPY 1,000,000 (cash handed over)"),
                  ("tax refund", "lost JPY 498,000 (ATM transfer)"),
                  ("fake son", "no loss - hung up"),
                  ("fake son", "lost JPY 2,000,000"),
                  ("tech support", "lost JPY 150,000 (gift cards)"),
                  ("tax refund", "no loss - bank clerk intervened"),
                  ("fake lawyer", "lost JPY 3,000,000"),
                  ("fake police", "lost cash card, JPY 1,150,000 withdrawn")]:
    _calls035.append(f"+81-3-{rng.randrange(5000, 9999)}-{rng.randrange(1000, 9999)},"
                     f"{land()},{rng.randrange(68, 93)},"
                     f"{rng.choice(['Honcho', 'Minamidai', 'Kitahara', 'Miyamae', 'Shinonome'])},"
                     f"{_sc},{_out}")

MESSAGES += [
    {
        "id": "sagi-031",
        "expect": "stop",
        "sender": SUDO,
        "to": [CHUOLAW],
        "subject": "粟飯原 澄江様（架空請求詐欺被害）ご相談の件　面談日程",
        "charset": "iso-2022-jp",
        "body": """葛城先生

お世話になっております。相談センターの須藤です。
標記の件、ご本人との面談日程について候補をいただきありがとうございます。

11月20日（木）14時から、当センターの面談室でお願いできればと存じます。
ご本人には当日、これまでの振込の控えをお持ちいただくようお伝えしております。

何卒よろしくお願いいたします。
""" + SIG_SUDO,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the subject names a person as a fraud victim (crime victim = 要配慮) to an outside law firm; the body itself is benign",
    },
    {
        "id": "sagi-032",
        "expect": "pass",
        "sender": ONODERA,
        "to": ["本社人事部 給与担当 <kyuyo@mail.hinode-sangyo.co.jp>"],
        "subject": "年末調整：若葉センター新任相談員のマイナンバー提出",
        "charset": "utf-8",
        "body": f"""人事部 給与担当 御中

若葉センターの小野寺です。
10月着任の相談員2名について、扶養控除等申告書とあわせて個人番号をお知らせします。
（本人確認書類の写しは社内便で送付済みです）

  氏名          個人番号
  ------------  --------------
  東 美奈子     {MN()}
  奥寺 誠       {MN()}

よろしくお願いします。
""" + SIG_ONODERA,
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of employees to HR on an internal subdomain (mail.hinode-sangyo.co.jp): internal only",
    },
    {
        "id": "sagi-033",
        "expect": "stop",
        "sender": ONODERA,
        "to": [CITY2],
        "subject": "相談受付台帳（10月分）のご送付",
        "charset": "utf-8",
        "body": """栗林様

お世話になっております。小野寺です。
監査のご依頼に基づき、10月分の相談受付台帳をExcelでお送りいたします。
「集計」シートに区分別件数をまとめております。

ご確認のほどよろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{"kind": "xlsx", "name": "相談受付台帳_R0710.xlsx",
                         "sheets": {"台帳": _ledger033,
                                    "集計": [["区分", "件数"], ["被害あり", 9], ["被害なし", 3]]}}],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX ledger (title rows above the header) of twelve named consultants with addresses, phones and fraud losses to the city",
    },
    {
        "id": "sagi-034",
        "expect": "pass",
        "sender": "Chikage Oba <oba-c@hinode-sangyo.co.jp>",
        "to": [CALLS],
        "subject": "Joint webinar on phone scams targeting seniors - draft agenda",
        "charset": "utf-8",
        "body": """Hi Dana,

Thanks for the call on Tuesday. Here is a first draft of the agenda for the joint webinar
on December 10 (JST 10:00 / PST 17:00, Dec 9):

  1. Opening (5 min) - Wakaba City desk
  2. Trends in Japan: "refund" and "fake police" scams (15 min) - our desk
  3. How call-screening works in practice (15 min) - CallSentry
  4. Q&A (20 min)

We will present only published statistics, nothing at case level.
Could you let me know who from your side will speak, and whether you need an interpreter
for the Q&A? We can provide one.

Best,
""" + SIG_EN,
        "entities": [],
        "detectors": [],
        "note": "English mail to a foreign partner about a webinar agenda; no personal data",
    },
    {
        "id": "sagi-035",
        "expect": "stop",
        "sender": "Chikage Oba <oba-c@hinode-sangyo.co.jp>",
        "to": [CALLS],
        "subject": "Sample call records for the screening pilot",
        "charset": "utf-8",
        "body": """Hi Dana,

As requested, attached is a small sample of call records from October so your team can
test the scam-number matching. I removed the names, so it should be fine.

Best,
""" + SIG_EN,
        "attachments": [{"kind": "csv", "name": "sample_calls_oct.csv", "encoding": "utf-8",
                         "rows": [r.split(",") for r in _calls035]}],
        "entities": ["PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "eight rows without a name column but with each victim's home phone, age, town and loss: still a list of people",
    },
    {
        "id": "sagi-036",
        "expect": "stop",
        "sender": KAWAI,
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatu.co.jp>"],
        "subject": "ポスター（ATM声かけ）校正戻し",
        "charset": "cp932",
        "body": """錦印刷　制作部　御中

お世話になっております。日の出産業の河合です。
ATM声かけポスター（B2）の初校、確認いたしました。修正点は以下の3点です。

　１．見出し「そのATM操作、待って！」の文字をもう一回り大きく
　２．右下の相談電話番号の書体を他と揃えてください（ゴシック）
　３．市のロゴは最新版（2025年版）に差し替え

再校はPDFでお送りいただければ結構です。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops an 's' from the partner printer nishiki-insatsu.co.jp",
    },
    {
        "id": "sagi-037",
        "expect": "pass",
        "sender": KAWAI,
        "to": ["若葉新報 社会部 記者 玉置 <tamaki@wakaba-shimpo.co.jp>"],
        "subject": "特集記事用 相談事例（匿名化済み）",
        "charset": "utf-8",
        "body": """若葉新報 社会部
玉置様

お世話になっております。河合です。
特集記事でご紹介いただく相談事例を、匿名化した形でお送りします。
個人が特定されないよう、地区名・日付・金額は丸めております。

【事例1】70代女性　「息子」を名乗る電話で会社のお金を使い込んだと言われ、数百万円を手渡し
【事例2】80代男性　「市役所」を名乗る電話で医療費の還付があるとATMへ誘導。銀行員の声かけで未然に防止
【事例3】60代女性　SNSで知り合った人物に投資を勧められ、数回にわたり振込
【事例4】70代男性　パソコンに「ウイルス感染」の警告が出て、電子マネーを購入

掲載前に原稿を一度拝見できれば幸いです。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": [],
        "note": "four anonymised case summaries (age band and sex only, no names, places or dates): no identifiable person",
    },
    {
        "id": "sagi-038",
        "expect": "stop",
        "sender": MAKI,
        "to": [SHIRAKAWA],
        "subject": "設楽様の件　経過報告書（PDF）",
        "charset": "utf-8",
        "body": """白川先生

いつもお世話になっております。槙島です。
先日ご依頼いただいた経過報告書をPDFでお送りします。
ファイルを開く際のパスワードはお電話でお伝えします。

よろしくお願いいたします。
""" + SIG_MAKI,
        "attachments": [{"kind": "pdf", "name": "経過報告書_設楽様.pdf", "password": "Sh1tara2025",
                         "lines": ["経過報告書", "相談者：設楽 茂 様", "SNS型投資詐欺 被害額 6,400,000円"]}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    {
        "id": "sagi-039",
        "expect": "stop",
        "sender": MAKI,
        "to": [SHIRAKAWA],
        "cc": [SUDO],
        "subject": "受け子逮捕の件（東海林様の事案）",
        "charset": "iso-2022-jp",
        "body": """白川先生

槙島です。東海林様の事案で動きがありましたのでご報告します。

本日、若葉警察署の岩城さんから連絡があり、東海林様宅に現金を受け取りに来た
いわゆる「受け子」として、蒲生 拓海（19歳・若葉市南台在住、大学生）が
詐欺容疑で逮捕されたとのことです。本人は容疑を認めており、
SNSの「高額バイト」の募集に応募したと供述しているそうです。

被害金の一部について、本人の親族側から弁済の申し出がある可能性もあるとのこと。
東海林様への説明をどう進めるか、一度ご相談させてください。
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named, identifiable young person's arrest (criminal record = 要配慮) and a named victim, to an outside lawyer",
    },
    {
        "id": "sagi-040",
        "expect": "pass",
        "sender": KAWAI,
        "to": [SAKURA],
        "subject": "Re: 11/22 防犯講座 講師控室と当日連絡先",
        "charset": "utf-8",
        "body": f"""さくらホテル若葉
宴会予約 ご担当 水上様

お見積ありがとうございました。この内容で正式に申し込みます。
当日の講師・スタッフの連絡先は以下のとおりです。控室の鍵の受け渡しなど、
何かあれば直接ご連絡ください。

  白川 恭介（講師・弁護士）      {mob()}
  岩城 達也（講師・若葉警察署）  {mob()}
  河合 ゆかり（運営責任者）      080-4471-2058

駐車場は講師用に2台分の確保をお願いいたします。

> 河合様
> お世話になっております。さくらホテル若葉の水上です。
> 11/22 桜の間 仮押さえいたしました。お見積を添付いたします。
""" + SIG_KAWAI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three event staff with mobile numbers to the hotel: under five people, may be warned but passes",
    },
]

# ---------------------------------------------------------------- 041-050
_tsv044 = ["受付No\t年齢\t性別\t住所\t電話\t手口\t被害額"]
for _i, (_a, _s, _t, _y) in enumerate([
        (82, "女", "オレオレ", "1,000,000"), (77, "男", "還付金", "489,000"),
        (91, "女", "預貯金", "600,000"), (69, "女", "投資(SNS)", "3,200,000"),
        (85, "男", "カード詐欺盗", "800,000"), (74, "女", "架空料金", "120,000"),
        (88, "女", "オレオレ", "2,500,000")]):
    _tsv044.append(f"S-{_i + 101}\t{_a}\t{_s}\t若葉市柳町{banchi()}\t{land()}\t{_t}\t{_y}")

_eml048 = {
    "sender": POLICE,
    "to": [MAKI],
    "subject": "振込先口座の凍結依頼について（雨宮様事案）",
    "charset": "iso-2022-jp",
    "body": f"""若葉市消費生活・特殊詐欺相談センター
槙島様

若葉警察署生活安全課の岩城です。
先日相談を受けていただいた還付金詐欺の被害者 雨宮 勇 様（81歳、若葉市宮前在住）の
振込先について、金融機関への凍結要請を行いました。
被害者本人の口座は みどり銀行 若葉支店 普通 {acct()}、
振込先は みどり銀行 新宿西口支店 普通 {acct()}（名義 カ）ライズトレード）です。

被害者の方への連絡はセンターからお願いできますでしょうか。
""",
}

_dl050 = f"{rng.randrange(10, 100)}{rng.randrange(10**9, 10**10)}"

MESSAGES += [
    {
        "id": "sagi-041",
        "expect": "pass",
        "sender": KAWAI,
        "to": ["FMわかば 制作部 野々宮 <nonomiya@fm-wakaba.jp>"],
        "subject": "12/6 生放送出演の構成案（スライド）",
        "charset": "utf-8",
        "body": """野々宮様

お世話になっております。河合です。
12月6日の生放送コーナーの構成案を、スライド形式でまとめました。
パーソナリティの方との掛け合いの流れのイメージです。
スライドの下に「無断転載禁止」と入れていますが、番組内でご紹介いただく分には問題ありません。

よろしくお願いいたします。
""" + SIG_KAWAI,
        "attachments": [{"kind": "pptx", "name": "FMわかば_1206_構成案.pptx",
                         "page_footer": "© 若葉市消費生活・特殊詐欺相談センター　無断転載禁止",
                         "slides": [["年末の詐欺にご用心", "FMわかば 12/6 放送 構成案（約8分）"],
                                    ["① オープニング", "パーソナリティから最近の相談傾向を質問",
                                     "→ 還付金詐欺・オレオレ詐欺が年末に増える"],
                                    ["② よくある電話の例", "「市役所ですが、還付金があります」",
                                     "「お母さん、会社のお金をなくした」"],
                                    ["③ 覚えてほしい3つのこと", "ATMでお金は戻らない",
                                     "カードを渡さない・暗証番号を言わない", "困ったら188へ"]]}],
        "entities": [],
        "detectors": [],
        "note": "awareness slides with a copyright / 無断転載禁止 footer, which is not a confidentiality marking",
    },
    {
        "id": "sagi-042",
        "expect": "stop",
        "sender": OBA,
        "to": [CHUOLAW],
        "subject": "成年後見申立ての準備資料（笹生様）",
        "charset": "cp932",
        "body": f"""若葉中央法律事務所
葛城先生

お世話になっております。相談センターの大庭です。
先日ご相談した笹生様の成年後見申立てについて、申立書に記載が必要な事項を
ご親族（姪の方）から伺いましたので、お送りいたします。

　本人氏名　　　笹生 国男（さそう くにお）
　生年月日　　　昭和８年１２月２５日
　本籍　　　　　埼玉県若葉市宮前
　基礎年金番号　{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}
　主治医　　　　若葉中央病院 神経内科（血管性認知症、要介護２）

ここ半年で訪問購入・リフォーム工事・投資の勧誘により、把握できているだけで
約700万円の被害に遭われています。診断書の取得は姪の方が進めておられます。
""" + SIG_OBA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER",
                     "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's 基礎年金番号, diagnosis and victim history to an outside law firm",
    },
    {
        "id": "sagi-043",
        "expect": "pass",
        "sender": KAWAI,
        "to": [CITY],
        "subject": "「声かけ協力店」登録店舗一覧（11月時点）",
        "charset": "utf-8",
        "body": """長谷部様

お世話になっております。河合です。
電子マネーカードの高額購入時に声かけをしていただく「声かけ協力店」の
登録店舗一覧を更新しましたので、Excelでお送りします。
市のホームページ掲載用にお使いください（店舗の了承済みです）。
""" + SIG_KAWAI,
        "attachments": [{"kind": "xlsx", "name": "声かけ協力店一覧_202511.xlsx",
                         "sheets": {"協力店": [
                             ["声かけ協力店 登録一覧（令和7年11月1日現在）"],
                             ["店舗名", "所在地", "電話（店舗）", "登録日"],
                             ["ファミリーストア若葉本町店", "若葉市本町3-2-10", "049-282-5560", "2024/04/01"],
                             ["サンクスマート南台駅前店", "若葉市南台1-1-3", "049-268-7712", "2024/04/01"],
                             ["デイリーヤマト北原店", "若葉市北原2-15-7", "049-287-3349", "2024/06/15"],
                             ["ファミリーストア宮前店", "若葉市宮前4-8-1", "049-283-0091", "2024/09/01"],
                             ["ドラッグかえで 若葉柳町店", "若葉市柳町2-20-4", "049-281-2287", "2025/01/10"],
                             ["スーパーみのり 東雲店", "若葉市東雲1-6-6", "049-285-6100", "2025/07/01"]],
                             "メモ": [["HP掲載時は電話番号を掲載しない店舗：なし"]]}}],
        "entities": [],
        "detectors": [],
        "note": "list of partner shops with store phones and addresses: businesses, not people",
    },
    {
        "id": "sagi-044",
        "expect": "stop",
        "sender": MAKI,
        "to": [CITY2],
        "subject": "柳町地区 被害発生状況（地図作成用）",
        "charset": "utf-8",
        "body": """栗林様

槙島です。防犯マップ作成用に、柳町地区で今年発生した被害の一覧をお送りします。
氏名は外してありますので、そのまま担当の方へ回していただいて大丈夫です。

""" + "\n".join(_tsv044) + """

地図上は番地まで落とさず、丁目単位でプロットしていただければと思います。
""" + SIG_MAKI,
        "entities": ["JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of seven victims without names but with street address, phone and loss: identifiable rows",
    },
    {
        "id": "sagi-045",
        "expect": "stop",
        "sender": KAWAI,
        "to": ["森 和代 <kazuyo.mori.55@gmail.com>",
               "<tsutomu-ebara@yahoo.co.jp>",
               "根津 光子 <mitsuko_nezu@icloud.com>",
               "関 さとし <seki.s-0404@docomo.ne.jp>"],
        "subject": "見守りサポーター養成講座 修了のお礼と今後について",
        "charset": "iso-2022-jp",
        "body": """見守りサポーター養成講座を修了された皆様

全3回の講座へのご参加、誠にありがとうございました。
日の出産業（若葉市消費生活・特殊詐欺相談センター）の河合です。

修了証は来週中にご自宅へ郵送いたします。
今後は、各地区の公民館で開催するミニ講座や街頭キャンペーンへのご協力を
お願いすることがございます。ご都合のつくときにご参加いただければ幸いです。

第1回の活動は12月15日（月）の年金支給日、みどり銀行若葉支店前での声かけです。
参加可否は12月5日までにご返信ください。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "four private persons on free mail all in To: each can see the others' addresses (should have been Bcc)",
    },
    {
        "id": "sagi-046",
        "expect": "pass",
        "sender": KAWAI,
        "to": [KAWAI],
        "bcc": ["<kazuyo.mori.55@gmail.com>", "<tsutomu-ebara@yahoo.co.jp>",
                "<mitsuko_nezu@icloud.com>", "<seki.s-0404@docomo.ne.jp>",
                "<h.yoshimura1960@outlook.jp>", "<nakamura-kei@ezweb.ne.jp>"],
        "subject": "12/15 年金支給日 街頭声かけ 集合時間のご案内",
        "charset": "utf-8",
        "body": """見守りサポーターの皆様
（本メールはBCCでお送りしています）

河合です。12月15日の街頭声かけにご参加いただける皆様へご案内です。

  集合：9時30分　みどり銀行若葉支店 正面入口前
  持ち物：サポーター腕章（講座でお渡ししたもの）、防寒具
  終了：11時30分ごろ
  雨天：支店ロビー内で実施（銀行了承済み）

当日の連絡は、河合の携帯（080-4471-2058）までお願いします。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the volunteers are correctly in Bcc (To is the sender): free-mail recipients but nobody sees the others",
    },
    {
        "id": "sagi-047",
        "expect": "stop",
        "sender": OBA,
        "to": ["若葉市 国保年金課 資格係 <kokuho-shikaku@city.wakaba.lg.jp>"],
        "subject": "保険証の情報を聞き出された方の再発行相談",
        "charset": "iso-2022-jp",
        "body": f"""国保年金課 資格係 御中

相談センターの大庭です。
「医療費の還付」をかたる電話で、保険証の記号・番号を聞き出されてしまった方が
いらっしゃいます。悪用防止のため再発行（番号変更）が可能か、ご教示ください。

　氏名　　　　伊集院 八重
　生年月日　　昭和１７年８月１５日
　被保険者証　記号 若葉０３　番号 {rng.randrange(100000, 999999)}
　保険者番号　{rng.randrange(11000000, 11999999)}

ご本人はその後ATMで約22万円を振り込んでしまっており、警察へは被害届を提出済みです。
窓口に伺う日程の調整もさせてください。
""" + SIG_OBA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's health insurance 記号・番号 and victim status to the city (external domain)",
    },
    {
        "id": "sagi-048",
        "expect": "stop",
        "sender": MAKI,
        "to": ["みどり銀行 不正対策室 桐生 <kiryu@midori-ginko.co.jp>"],
        "subject": "FW: 振込先口座の凍結依頼について",
        "charset": "iso-2022-jp",
        "body": """桐生様

お世話になっております。槙島です。
若葉警察署から当センターに届いたメールを添付で転送いたします。
被害者ご本人の口座の取扱いについて、窓口でのご対応をお願いできればと思います。
""" + SIG_MAKI,
        "attachments": [{"kind": "eml", "name": "振込先口座の凍結依頼について.eml", "message": _eml048}],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwarded police mail attached as .eml: a named fraud victim with his account number goes to a bank",
    },
    {
        "id": "sagi-049",
        "expect": "pass",
        "sender": "Chikage Oba <oba-c@hinode-sangyo.co.jp>",
        "to": [CALLS],
        "subject": "Re: Pilot results - number matching",
        "charset": "utf-8",
        "body": """Hi Dana,

Thanks a lot, this is very encouraging. We'll review the two missed numbers on our side
and let you know by Friday whether they were reported to us under a different scenario.

For the final report, please keep to the aggregate figures as we agreed.

Best,
Chikage

On Wed, Nov 12, 2025 at 9:41 AM Dana Whitfield <dana.whitfield@callsentry.com> wrote:
> Hi Chikage,
>
> Results for the pilot: 41 of 43 known scam numbers were flagged.
> The two we missed were calls to these subscribers:
>   - Mr. Heizo Kubota, 049-281-7734, age 79 (lost JPY 300,000)
>   - Ms. Sumie Aihara, 049-285-2210, age 77
>   - Ms. Fusa Yatsu, 049-266-0418, age 87
> Let me know if you need the raw logs.
>
> Dana
""" + SIG_EN,
        "entities": [],
        "detectors": [],
        "note": "the subscribers' details are only in the quoted reply (On ... wrote: and >): new text has none",
    },
    {
        "id": "sagi-050",
        "expect": "stop",
        "sender": OBA,
        "to": ["武蔵野ひかり信用金庫 業務部 事務管理課 <jimukanri@hikari-shinkin.co.jp>"],
        "subject": "なりすまし口座開設の疑いについて",
        "charset": "cp932",
        "body": f"""武蔵野ひかり信用金庫
業務部 事務管理課 ご担当者様

若葉市消費生活・特殊詐欺相談センターの大庭と申します。
当センターに相談に来られた方の運転免許証の情報が、貴金庫での口座開設に
悪用された疑いがありますのでご連絡いたします。

　氏名　　　　　谷津 フサ
　生年月日　　　１９３８年１２月２４日
　住所　　　　　埼玉県若葉市柳町{banchi()}
　運転免許証番号　{_dl050}

ご本人は9月に「免許証の更新手続き」をかたる電話を受け、免許証の画像を
送ってしまっています。その後、貴金庫北原出張所から「口座開設のご案内」という
郵便が届き、身に覚えがないとのことです。口座の有無の確認と凍結をお願いいたします。
""" + SIG_OBA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE",
                     "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named fraud victim's driver's licence number, DOB and address to a credit union",
    },
]

# ---------------------------------------------------------------- 051-060
_tab053 = [["No", "氏名", "住所", "電話", "被害額（円）", "最終振込日", "振込先"]]
for _i, (_n, _y, _d) in enumerate([
        ("設楽 茂", "6,400,000", "R7.9.30"), ("新堀 弘", "4,200,000", "R7.8.2"),
        ("江頭 たか子", "950,000", "R7.10.7"), ("加納 正枝", "1,800,000", "R7.7.19"),
        ("雨宮 喜代", "2,600,000", "R7.9.12"), ("古結 勝", "700,000", "R7.8.28"),
        ("鴨志田 律子", "3,300,000", "R7.10.1"), ("甘粕 昇", "5,000,000", "R7.9.5")], 1):
    _tab053.append([str(_i), _n, f"若葉市{rng.choice(['本町', '北原', '宮前', '南台'])}{banchi()}",
                    mob() if _i % 2 else land(), _y, _d, "(株)グローバルアセット他"])

_csv057 = [["consult_id", "name", "name_kana", "birth", "tel", "address", "category", "damage_yen", "memo"]]
for _i, (_n, _k, _b, _c, _y, _m) in enumerate([
        ("五味 ときえ", "ゴミ トキエ", "1947-04-18", "架空請求", 150000, "サポート詐欺"),
        ("雨宮 勇", "アメミヤ イサム", "1944-02-02", "還付金", 1200000, ""),
        ("鬼頭 ミツ", "キトウ ミツ", "1935-03-30", "預貯金", 700000, "難聴"),
        ("渋佐 ヨシ", "シブサ ヨシ", "1939-07-07", "オレオレ", 300000, ""),
        ("江頭 たか子", "エガシラ タカコ", "1956-05-21", "投資", 950000, ""),
        ("加納 啓介", "カノウ ケイスケ", "1980-10-10", "定期購入", 0, ""),
        ("伊集院 八重", "イジュウイン ヤエ", "1942-08-15", "訪問購入", 220000, "要支援1"),
        ("古結 勝", "コゲツ マサル", "1951-12-01", "架空請求", 0, ""),
        ("糟谷 悦子", "カスヤ エツコ", "1954-06-30", "ロマンス", 2300000, "うつ病で通院中"),
        ("谷津 フサ", "ヤツ フサ", "1938-12-24", "オレオレ", 1500000, "")]):
    _csv057.append([f"C{25000 + _i}", _n, _k, _b, land(), f"埼玉県若葉市本町{banchi()}", _c, _y, _m])

MESSAGES += [
    {
        "id": "sagi-051",
        "expect": "pass",
        "sender": KAWAI,
        "to": [NISHIKI],
        "subject": "年末キャンペーン用 入稿データ一式",
        "charset": "iso-2022-jp",
        "body": """堀之内様

お世話になっております。河合です。
年末キャンペーン用のチラシ・ポケットティッシュ広告面の入稿データを
ZIPにまとめてお送りします（PDF／X-1a、トンボ付き）。

　・tirashi_nenmatsu_A4.pdf　　　A4 チラシ 10,000部
　・tissue_insert_80x60.pdf　　　ティッシュ広告面 5,000個分

色校正は不要です。ご不明点があればご連絡ください。
""" + SIG_KAWAI,
        "attachments": [{"kind": "zip", "name": "nenmatsu_campaign_nyuko.zip",
                         "files": [{"kind": "pdf", "name": "tirashi_nenmatsu_A4.pdf",
                                    "lines": ["年末は詐欺が増えます！", "「還付金」「未払い料金」の電話はすぐ切って！",
                                              "若葉市消費生活・特殊詐欺相談センター 049-282-7700"]},
                                   {"kind": "pdf", "name": "tissue_insert_80x60.pdf",
                                    "lines": ["その電話 サギかも", "相談は 188 へ"]}]}],
        "entities": [],
        "detectors": [],
        "note": "an ordinary (unencrypted) ZIP of print-ready flyer PDFs for a partner printer",
    },
    {
        "id": "sagi-052",
        "expect": "stop",
        "sender": ONODERA,
        "to": ["富樫 真澄 <togashi-m@hinode-sangyo.jp>"],
        "subject": "10月分 立替経費精算の提出",
        "charset": "utf-8",
        "body": """経理部 富樫さん

お疲れさまです。若葉センターの小野寺です。
10月分の立替経費精算をお送りします。

  ・講座会場への交通費（相談員3名分）      4,860円
  ・啓発グッズ（ボールペン）追加購入        22,000円
  ・切手代                                  8,400円
  合計                                     35,260円

領収書の原本は社内便で本日送付しました。よろしくお願いします。

小野寺
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for a colleague, but hinode-sangyo.jp drops the 'co.' of the company's own domain: a look-alike",
    },
    {
        "id": "sagi-053",
        "expect": "stop",
        "sender": MAKI,
        "to": [SHIRAKAWA],
        "subject": "投資詐欺（グローバルアセット）被害者 一覧のご送付",
        "charset": "utf-8",
        "body": """白川先生

お世話になっております。槙島です。
先日の打合せでお話のあった、同一グループによる投資詐欺の被害相談者の一覧を
PDFにてお送りします。いずれの方も、弁護団への情報提供について同意を得ています。

集団での訴訟・口座凍結の申立てについて、ご検討いただけますと幸いです。
""" + SIG_MAKI,
        "attachments": [{"kind": "pdf", "name": "グローバルアセット被害者一覧.pdf",
                         "title": "被害者一覧",
                         "lines": ["グローバルアセット関連 投資詐欺 被害相談者一覧（令和7年11月）",
                                   "作成：若葉市消費生活・特殊詐欺相談センター", ""],
                         "table": _tab053}],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of eight named fraud victims with addresses, phones and losses to a law firm",
    },
    {
        "id": "sagi-054",
        "expect": "pass",
        "sender": SUDO,
        "to": [CITY],
        "subject": "業務委託契約 変更協議（開設時間延長）のお願い",
        "charset": "utf-8",
        "body": """長谷部様

いつもお世話になっております。須藤です。
先日ご相談した、年末の相談受付時間延長について、変更協議書の案を作成しました。
Wordでお送りしますので、ご確認をお願いいたします。

金額の算定根拠（相談員の時間外単価）は別紙にまとめています。
""" + SIG_SUDO,
        "attachments": [{"kind": "docx", "name": "変更協議書（案）_受付時間延長.docx",
                         "title": "変更協議書（案）",
                         "paragraphs": [
                             "業務委託契約の変更に関する協議書（案）",
                             "若葉市（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                             "令和7年4月1日付けで締結した若葉市消費生活・特殊詐欺相談センター運営業務委託契約"
                             "（以下「原契約」という。）の一部を次のとおり変更する。",
                             "第1条　原契約仕様書3(2)の相談受付時間を、令和7年12月15日から同月26日までの間に限り、"
                             "午前9時から午後7時までとする。",
                             "第2条　前条の変更に伴う委託料の増額は、金412,500円（消費税込み）とする。",
                             "第3条　この協議書に定めのない事項は、原契約の定めるところによる。"],
                         "tables": [[["区分", "単価", "時間", "人数", "金額"],
                                     ["相談員 時間外", "2,750円", "2時間×10日", "3名", "165,000円"],
                                     ["事務員 時間外", "2,250円", "2時間×10日", "1名", "45,000円"]]]}],
        "entities": [],
        "detectors": [],
        "note": "draft contract amendment with the city: no personal data",
    },
    {
        "id": "sagi-055",
        "expect": "stop",
        "sender": SUDO,
        "to": [NISHIKI],
        "subject": "相談員向けマニュアル 冊子印刷のお見積依頼",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
堀之内様

いつもお世話になっております。須藤です。
当センターの相談員向け対応マニュアルを冊子にしたく、お見積をお願いします。

　仕様：A5・中綴じ・本文モノクロ 48ページ、表紙カラー
　部数：30部
　原稿：添付のWordファイル（まだ校正前です）

納期は12月中旬を希望します。
""" + SIG_SUDO,
        "attachments": [{"kind": "docx", "name": "相談対応マニュアル_v3.docx",
                         "page_header": "社外秘　若葉市消費生活・特殊詐欺相談センター",
                         "title": "相談対応マニュアル",
                         "paragraphs": ["相談対応マニュアル（第3版）",
                                        "1. 電話受付の流れ",
                                        "2. 被害が進行中の場合の緊急対応（警察・金融機関への連絡順序）",
                                        "3. 二次被害（被害回復をうたう勧誘）への注意喚起",
                                        "4. 記録の付け方と個別票の保管"]}],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached DOCX carries a 社外秘 page header and goes to an outside printer",
    },
    {
        "id": "sagi-056",
        "expect": "pass",
        "sender": OBA,
        "to": [HOUKATSU],
        "subject": "同行訪問の日程（受付番号 R7-11-018）",
        "charset": "iso-2022-jp",
        "body": """戸叶様

お世話になっております。大庭です。
昨日お電話でご相談した件（当センター受付番号 R7-11-018）の同行訪問ですが、
11月14日（金）10時、南台のご自宅前で待ち合わせとさせてください。

当センターからは大庭と槙島の2名で伺います。
ご本人への説明資料（クーリングオフの書面例）はこちらで用意します。

よろしくお願いいたします。
""" + SIG_OBA,
        "entities": [],
        "detectors": [],
        "note": "a joint visit arranged by reference number only: no one is identified in the mail",
    },
    {
        "id": "sagi-057",
        "expect": "stop",
        "sender": IZUMI,
        "to": [TSUBASA],
        "subject": "データ移行テスト用ファイル",
        "charset": "utf-8",
        "body": """三雲様

お世話になっております。和泉です。
新システムへのデータ移行テスト用に、現行システムから10件だけ抜き出したCSVを
ZIPでお送りします。文字化けと桁あふれの確認にお使いください。
（テスト用のダミーを作る時間がなかったので、実データの一部です。テスト後は削除願います）
""" + SIG_IZUMI,
        "attachments": [{"kind": "zip", "name": "migration_test_10rows.zip",
                         "files": [{"kind": "csv", "name": "consult_export_10.csv",
                                    "encoding": "utf-8", "rows": _csv057}]}],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP with a UTF-8 CSV of ten real consultation records (names, DOB, phones, losses, illness) to a vendor",
    },
    {
        "id": "sagi-058",
        "expect": "stop",
        "sender": MAKI,
        "to": [MIDORI],
        "subject": "代理人による払戻しのご相談",
        "charset": "cp932",
        "body": f"""みどり銀行 若葉支店
お客さまサービス課 御中

相談センターの槙島です。お電話では失礼いたしました。

貴行のお客様である樋渡 トシ様（普通預金 {acct()}）は、統合失調症のため
精神障害者保健福祉手帳（2級）をお持ちで、先月、投資名目で90万円を振り込む被害に
遭われています。今後の払戻しはお兄様を代理人として行いたいとのご希望です。
代理人届の様式と必要書類をご教示いただけますでしょうか。
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named person's mental illness, disability certificate and victim status in a sentence, to a bank",
    },
    {
        "id": "sagi-059",
        "expect": "pass",
        "sender": KAWAI,
        "to": ["若葉新報 広告局 <koukoku@wakaba-shimpo.co.jp>"],
        "subject": "12月7日付 啓発広告（5段）の原稿",
        "charset": "utf-8",
        "body": """若葉新報 広告局 御中

お世話になっております。日の出産業の河合です。
12月7日（日）朝刊掲載の啓発広告（5段・モノクロ）の原稿画像をお送りします。
入稿用の高解像度データは別途ギガファイル便でお送りします。

掲載料のご請求は、市 消費生活課宛てでお願いいたします。
""" + SIG_KAWAI,
        "attachments": [{"kind": "png", "name": "wakaba_shimpo_1207_5dan.png"}],
        "entities": [],
        "detectors": [],
        "note": "newspaper ad image for an awareness campaign",
    },
    {
        "id": "sagi-060",
        "expect": "stop",
        "sender": OBA,
        "to": [SHAKYO, HOUKATSU],
        "cc": ["真壁 秀夫 <makabe_hideo1952@yahoo.co.jp>"],
        "subject": "緑ケ丘地区 見守り連絡会の開催について",
        "charset": "iso-2022-jp",
        "body": """社会福祉協議会 丸岡様
南部地域包括支援センター 戸叶様
（cc 民生委員 真壁様）

お世話になっております。相談センターの大庭です。
緑ケ丘地区で不審電話が続いていることを受けて、地区の見守り連絡会を開きたいと考えております。

　日時：11月26日（水）14:00～15:00
　場所：緑ケ丘公民館 和室

個別のケースはその場で資料をお配りし、持ち帰りはしない形とします。
ご出席の可否をお知らせください。
""" + SIG_OBA,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "two organisations plus a private free-mail recipient see each other in To/Cc: three external parties",
    },
]

# ---------------------------------------------------------------- 061-070
_pp063 = f"T{rng.choice('KRSZ')}{rng.randrange(1000000, 9999999)}"

_blocks067 = ""
for _n, _b, _r, _c in [
        ("尾花 マツヱ", "昭和６年１月２０日", "長男　尾花 誠", "埼玉県所沢市"),
        ("宍戸 トメ", "昭和９年１０月３日", "次女　宍戸 由美", "東京都練馬区"),
        ("蛭間 文治", "昭和１２年１１月１１日", "甥　　蛭間 浩二", "埼玉県川越市"),
        ("及川 重蔵", "昭和１０年４月２９日", "長女　有村 恵子", "千葉県船橋市"),
        ("生天目 喜久", "昭和１４年７月７日", "長男　生天目 学", "埼玉県若葉市")]:
    _blocks067 += f"""
■{_n} 様（{_b}生）
　住所　　若葉市北原{zen(banchi())}
　自宅　　{land()}
　緊急連絡先　{_r}（{_c}）　{mob()}
"""

_list065 = [("月見里 ヨネ", "Ｓ２１．３．５", "中等度の認知症（要介護２）、訪問購入の被害を繰り返す"),
            ("王生 トシエ", "Ｓ１８．１１．２２", "軽度認知障害、通帳の紛失を繰り返す"),
            ("五十嵐 喜八", "Ｓ１５．６．１", "アルコール依存症の治療歴、投資詐欺被害"),
            ("鴨脚 静子", "Ｓ２４．２．２８", "視覚障害（1級）、代筆で契約させられた"),
            ("九十九 貞夫", "Ｓ１３．９．９", "脳梗塞後遺症、オレオレ詐欺被害")]

MESSAGES += [
    {
        "id": "sagi-061",
        "expect": "stop",
        "sender": KAWAI,
        "to": ["北国フーズ 営業企画部 羽賀 <haga@kitaguni-foods.co.jp>"],
        "subject": "年末キャンペーン 配布用お菓子のご相談（企画書送付）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
営業企画部　羽賀様

お世話になっております。日の出産業の河合です。
先日ご相談した、街頭キャンペーンで配布する個包装のお菓子（啓発シール貼付）の件、
企画書をExcelでお送りします。数量・単価のご検討をお願いいたします。
""" + SIG_KAWAI,
        "attachments": [{"kind": "xlsx", "name": "年末キャンペーン企画書.xlsx",
                         "page_header": "部外秘",
                         "sheets": {"企画概要": [
                             ["【部外秘】令和7年度 年末特殊詐欺被害防止キャンペーン 企画書（案）"],
                             ["項目", "内容"],
                             ["実施日", "2025/12/15（年金支給日）"],
                             ["場所", "市内金融機関前 6か所"],
                             ["配布物", "ポケットティッシュ 2,000 / 個包装菓子 2,000"],
                             ["予算（配布物）", "480,000円（税込）"]],
                             "配布物内訳": [["品目", "数量", "単価（想定）", "備考"],
                                            ["個包装クッキー（啓発シール貼付）", 2000, 95, "北国フーズ様ご相談中"],
                                            ["ポケットティッシュ", 2000, 28, "錦印刷"]]}}],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached workbook carries 部外秘 as page header and title row, sent to an outside supplier",
    },
    {
        "id": "sagi-062",
        "expect": "pass",
        "sender": ONODERA,
        "to": ["川崎電機 公共営業課 土居 <doi-k@kawasaki-denki.co.jp>"],
        "subject": "自動通話録音機 追加発注（KD-RC300 ×50台）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
公共営業課　土居様

お世話になっております。日の出産業の小野寺です。
貸与用の自動通話録音機について、下記のとおり追加発注いたします。

　品番　　　　KD-RC300（子機対応モデル）
　数量　　　　50台
　単価　　　　6,380円（税抜、年間契約単価）
　金額　　　　319,000円（税抜）
　発注番号　　HS-PO-25-1107
　納品先　　　若葉市役所 別館2階 相談センター
　希望納期　　11月28日

注文書（押印済みPDF）は郵送でもお送りします。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": [],
        "note": "purchase order with product code, unit price and PO number",
    },
    {
        "id": "sagi-063",
        "expect": "stop",
        "sender": "Chikage Oba <oba-c@hinode-sangyo.co.jp>",
        "to": ["Compliance Team <compliance@globepay-remit.com>"],
        "subject": "Request to trace remittances - romance scam victim",
        "charset": "utf-8",
        "body": f"""Dear Compliance Team,

I am writing from the Consumer Affairs & Fraud Victim Support Desk of Wakaba City, Japan.
A resident who used your service appears to be the victim of a romance scam, and she has
asked us to contact you on her behalf (her signed consent is attached to our file).

  Customer name : Etsuko KASUYA
  Date of birth : 30 June 1954
  Passport no.  : {_pp063} (used for identity verification at registration)
  Transfers     : 4 remittances, 12 Aug - 3 Oct 2025, total JPY 2,300,000
  Beneficiary   : "Capt. James Walker", account in Kuala Lumpur

Could you tell us whether the beneficiary account can be blocked or the last transfer
recalled? She has also filed a report with the Wakaba Police Station.

Kind regards,
""" + SIG_EN,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named scam victim's passport number and DOB in English to a foreign remittance company",
    },
    {
        "id": "sagi-064",
        "expect": "pass",
        "sender": OBA,
        "to": [SUDO, MAKI],
        "subject": "ケース相談：糟谷様（ロマンス詐欺）の今後の対応",
        "charset": "utf-8",
        "body": """須藤さん、槙島さん

お疲れさまです。大庭です。
糟谷 悦子様（71）のケースで相談させてください。

うつ病で通院中とのことで、面談中も「自分が悪い」と繰り返されていました。
海外送金業者への照会は英文で送る予定ですが、ご本人の精神状態を考えると、
結果の伝え方は主治医やご家族と相談してからにしたいと思っています。

明日の朝会で5分ほど時間をください。

大庭
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "one person's illness and victim status, but only to internal colleagues",
    },
    {
        "id": "sagi-065",
        "expect": "stop",
        "sender": MAKI,
        "to": [SHAKYO],
        "subject": "日常生活自立支援事業の利用につなぎたい方（５名）",
        "charset": "iso-2022-jp",
        "body": """社会福祉協議会
丸岡様

お世話になっております。相談センターの槙島です。
金銭管理の支援が必要と思われる方を、当センターの相談の中から５名挙げました。
いずれもご本人またはご家族から、社協さんへの紹介について了承をいただいています。

""" + "\n".join(f"{i}）{n}　{b}生　若葉市宮前{zen(banchi())}\n　　{d}"
                for i, (n, b, d) in enumerate(_list065, 1)) + """

初回面談の日程は、社協さんのご都合に合わせます。
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "five people with 和暦 short DOBs (Ｓ２１．３．５), full-width addresses, diagnoses and victim history to 社協",
    },
    {
        "id": "sagi-066",
        "expect": "pass",
        "sender": SUDO,
        "to": [SHIRAKAWA],
        "subject": "特定商取引法の電話勧誘販売の該当性について（一般的なご質問）",
        "charset": "iso-2022-jp",
        "body": """白川先生

いつもお世話になっております。須藤です。
相談員の研修資料を作っているなかで、一般論として確認させていただきたい点があります。

「最初は無料の健康相談の電話で、後日、訪問して健康食品を販売する」という
ケースは、電話勧誘販売と訪問販売のどちらとして整理するのが一般的でしょうか。
クーリングオフ期間の起算点の説明に影響するため、考え方だけでもご教示いただけますと幸いです。

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_SUDO + "\n" + DISC_JA,
        "entities": [],
        "detectors": [],
        "note": "a general legal question to the partner law firm, ending with the standard 機密情報 disclaimer",
    },
    {
        "id": "sagi-067",
        "expect": "stop",
        "sender": OBA,
        "to": ["若葉市 福祉総務課 避難行動要支援者担当 <hinan-shien@city.wakaba.lg.jp>"],
        "subject": "北原地区 独居高齢者の緊急連絡先（照合のお願い）",
        "charset": "iso-2022-jp",
        "body": """福祉総務課 ご担当者様

相談センターの大庭です。
北原地区で訪問した独居の方について、当センターで把握している緊急連絡先を
お送りします。市の名簿と食い違いがないか照合をお願いできますでしょうか。
""" + _blocks067 + SIG_OBA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one record per block: five elderly residents with 和暦 DOB, address, phone and a relative's mobile, to the city",
    },
    {
        "id": "sagi-068",
        "expect": "stop",
        "sender": MAKI,
        "to": [POLICE],
        "subject": "Re: 出前講座（宮前交番）の件",
        "charset": "utf-8",
        "body": """岩城様

講座の件、承知しました。当日はよろしくお願いします。

それと別件で恐縮ですが、先ほど宮前の古結 勝さん（74歳、宮前3丁目）から、
「警察を名乗る男に自宅で現金80万円を渡してしまった」と電話がありました。
ご本人は自宅にいらっしゃいます（049-283-6671）。至急、署から連絡を入れて
いただけますでしょうか。

槙島

> 槙島様
> 宮前交番での出前講座ですが、11/20（木）14時からでお願いできますか。
> 参加は地元の老人会の方20名ほどの予定です。
> 岩城
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the quoted text is harmless, but the new text names a crime victim with phone and address (to police, still external)",
    },
    {
        "id": "sagi-069",
        "expect": "pass",
        "sender": KAWAI,
        "to": [NISHIKI],
        "subject": "「相談窓口一覧」ページの差し替え原稿",
        "charset": "utf-8",
        "body": """堀之内様

河合です。冊子「くらしの安心ガイド」の最終ページ、相談窓口一覧の差し替え原稿です。
番号はすべて各機関の公開している代表・相談専用番号です。

  ・若葉市消費生活・特殊詐欺相談センター   049-282-7700（平日9～17時）
  ・消費者ホットライン                      188
  ・若葉警察署 生活安全課                   049-281-0110
  ・警察相談専用電話                        #9110
  ・若葉市社会福祉協議会                    049-283-2941
  ・南部地域包括支援センター                049-268-4450
  ・北部地域包括支援センター                049-287-1123

レイアウトは前回どおりでお願いします。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": [],
        "note": "a list of public offices' published numbers for a booklet: organisations, not people",
    },
    {
        "id": "sagi-070",
        "expect": "stop",
        "sender": OBA,
        "to": [SHAKYO],
        "subject": "研修資料（Word）",
        "charset": "iso-2022-jp",
        "body": """丸岡様

大庭です。来週の民生委員研修で使う資料をお送りします。
ページ数が多いので、印刷は社協さんでお願いできると助かります。
""" + SIG_OBA,
        "attachments": [{"kind": "corrupt", "name": "民生委員研修資料_詐欺被害の早期発見.docx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the DOCX attachment is damaged and cannot be inspected",
    },
]

# ---------------------------------------------------------------- 071-080
_xls071 = [["被害回復分配金 申請予定者一覧（センター経由分）"],
           ["氏名", "フリガナ", "振込人口座（金融機関）", "支店", "種別", "口座番号", "振込額", "連絡先"]]
for _n, _k, _bk, _br in [
        ("五味 ときえ", "ゴミ トキエ", "みどり銀行", "若葉支店"),
        ("雨宮 勇", "アメミヤ イサム", "みどり銀行", "若葉南台支店"),
        ("鬼頭 ミツ", "キトウ ミツ", "武蔵野ひかり信用金庫", "若葉支店"),
        ("渋佐 ヨシ", "シブサ ヨシ", "みどり銀行", "若葉支店"),
        ("江頭 たか子", "エガシラ タカコ", "あおぞら農協", "若葉中央支所"),
        ("廿楽 清", "ツヅラ キヨシ", "みどり銀行", "北原支店")]:
    _xls071.append([_n, _k, _bk, _br, "普通", acct(), f"{rng.randrange(3, 20) * 100000:,}", land()])

_card073 = zen(card_split(CN()))
_mn078 = [MN(), MN()]

MESSAGES += [
    {
        "id": "sagi-071",
        "expect": "stop",
        "sender": MAKI,
        "to": ["みどり銀行 不正対策室 桐生 <kiryu@midori-ginko.co.jp>"],
        "subject": "被害回復分配金 申請予定者一覧の送付",
        "charset": "cp932",
        "body": """桐生様

いつもお世話になっております。槙島です。
先日ご連絡いただいた凍結口座の件、当センター経由で申請予定の方の一覧を
Excel（旧形式 .xls）でお送りします。各自の振込元口座も記載しています。

申請書の郵送先など、ご案内いただければ相談者へお伝えします。
""" + SIG_MAKI,
        "attachments": [{"kind": "xls", "name": "分配金申請予定者.xls", "sheets": {"一覧": _xls071}}],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of six named fraud victims with their bank accounts and phones to a bank",
    },
    {
        "id": "sagi-072",
        "expect": "pass",
        "sender": OBA,
        "to": [SHAKYO],
        "subject": "民生委員研修 スライド（再送・PowerPoint版）",
        "charset": "iso-2022-jp",
        "body": """丸岡様

大庭です。先ほどのWordファイルが壊れていたようで失礼しました。
同じ内容をPowerPointで作り直しましたので、こちらをお使いください。
事例はすべて架空の「Aさん」「Bさん」に置き換えてあります。
""" + SIG_OBA,
        "attachments": [{"kind": "pptx", "name": "民生委員研修_詐欺被害の早期発見.pptx",
                         "title": "詐欺被害の早期発見",
                         "slides": [["詐欺被害の早期発見のために", "民生委員研修　2025年11月",
                                     "若葉市消費生活・特殊詐欺相談センター"],
                                    ["こんな変化に気づいたら", "・見慣れない宅配便や高額商品が増えた",
                                     "・電話の前にメモが貼ってある", "・急に銀行へ何度も行くようになった"],
                                    ["事例：Aさん（80代）", "「息子」からの電話で現金を用意",
                                     "訪問した民生委員が玄関のメモに気づき、相談センターへ"],
                                    ["つなぎ先", "相談センター 049-282-7700", "警察相談 #9110"]]}],
        "entities": [],
        "detectors": [],
        "note": "training slides with fictional 'Aさん' cases, no identifiable person",
    },
    {
        "id": "sagi-073",
        "expect": "stop",
        "sender": MAKI,
        "to": ["栗栖 浩之 <h.kurisu.home@icloud.com>"],
        "subject": "お父様のクレジットカードの件",
        "charset": "utf-8",
        "body": f"""栗栖 浩之 様

若葉市消費生活・特殊詐欺相談センターの槙島です。
お父様（栗栖 幸雄様）の件、カード会社への連絡に必要な情報を確認しました。

お父様が「パソコンのサポート窓口」を名乗る画面の指示で入力してしまったカードは
　カード番号　{_card073}
のものです。カード裏面の番号からカード会社へ至急お電話いただき、
利用停止と不正利用分の調査を依頼してください。

お父様は還付金詐欺の被害にも遭われたばかりで、かなり混乱されています。
ご家族からもお声かけをお願いします。
""" + SIG_MAKI,
        "entities": ["PERSON_NAME", "CREDIT_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a card number in full-width digits plus a named victim, to a family member's free-mail address",
    },
    {
        "id": "sagi-074",
        "expect": "either",
        "sender": KAWAI,
        "to": ["若葉新報 社会部 記者 玉置 <tamaki@wakaba-shimpo.co.jp>"],
        "subject": "Re: 北原地区の被害について（取材のご依頼）",
        "charset": "utf-8",
        "body": """玉置様

お問い合わせの件、ご本人の了承が得られた範囲でお伝えします。
お名前は出さない条件です。

  ・北原2丁目にお住まいの80代の女性
  ・11月8日（土）午後、「息子」を名乗る電話のあと、自宅に来た男に現金300万円を手渡し
  ・ご本人は夫を亡くして一人暮らし、地区の老人会の役員をされている方

記事にされる際は、地区名か年代のどちらかをぼかしていただけると助かります。

> 河合様
> 北原地区で高額被害があったと聞きました。差し支えない範囲で教えていただけますか。
> 若葉新報 玉置
""" + SIG_KAWAI,
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "no name, but block, age band, exact date, amount and a distinctive role may identify the victim to a reporter: judgement call",
    },
    {
        "id": "sagi-075",
        "expect": "stop",
        "sender": KAWAI,
        "to": ["さくらホテル若葉 宴会予約 <banquet@sakura-hote1.jp>"],
        "subject": "11/29 交流会 会場レイアウトの変更",
        "charset": "iso-2022-jp",
        "body": """さくらホテル若葉
宴会予約ご担当者様

お世話になっております。日の出産業の河合です。
11月29日の交流会ですが、参加者が増えたため、会場のレイアウトを
島型（6名×5卓）から島型（6名×6卓）へ変更をお願いできますでしょうか。
お茶とお菓子の数も36名分に変更をお願いします。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hote1.jp uses a digit 1 for the l of the partner sakura-hotel.jp: homoglyph look-alike",
    },
    {
        "id": "sagi-076",
        "expect": "pass",
        "sender": SUDO,
        "to": [CITY],
        "subject": "年末年始 緊急連絡体制（当センター分）",
        "charset": "utf-8",
        "body": f"""長谷部様

お世話になっております。須藤です。
年末年始（12/27～1/4）の閉所期間中の緊急連絡体制をお知らせします。
市の当番の方から連絡が入った場合、下記の順にお電話ください。

  順位  氏名          携帯電話
  ----  ------------  -------------
  1     須藤 敬一郎   {mob()}
  2     槙島 孝       {mob()}
  3     大庭 千景     {mob()}
  4     小野寺 理沙   {mob()}

よろしくお願いいたします。
""" + SIG_SUDO,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four staff on-call mobiles to the contracting city: fewer than five people, may warn but passes",
    },
    {
        "id": "sagi-077",
        "expect": "stop",
        "sender": "Chikage Oba <oba-c@hinode-sangyo.co.jp>",
        "to": [CALLS],
        "subject": "Pilot evaluation report (draft v0.9)",
        "charset": "utf-8",
        "body": """Hi Dana,

Attached is our draft evaluation of the call-screening pilot. It contains only aggregate
figures. Comments welcome before we submit the final version to the city.

Best,
""" + SIG_EN,
        "attachments": [{"kind": "pdf", "name": "pilot_evaluation_v0.9.pdf",
                         "title": "Pilot evaluation report",
                         "page_header": "CONFIDENTIAL - Internal Only",
                         "page_footer": "Confidential - Hinode Sangyo / Wakaba City - do not distribute",
                         "lines": ["Call-screening pilot: evaluation report (draft v0.9)",
                                   "Period: 1 Sep - 31 Oct 2025, 120 households",
                                   "Known scam numbers flagged: 41 / 43 (95.3%)",
                                   "Households reporting fewer suspicious calls: 78%",
                                   "Recommendation: extend to 500 households in FY2026"]}],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF is stamped CONFIDENTIAL - Internal Only in header and footer, to an outside vendor",
    },
    {
        "id": "sagi-078",
        "expect": "stop",
        "sender": OBA,
        "to": ["若葉市 生活福祉課 ケースワーカー 瀬能 <seno-a@city.wakaba.lg.jp>"],
        "subject": "生活保護の相談につなぎたい世帯（資料送付）",
        "charset": "utf-8",
        "body": """生活福祉課
瀬能様

相談センターの大庭です。お電話でお話しした世帯の資料をPDFでお送りします。
投資詐欺で老後資金をほぼ失われ、年金だけでは家賃が払えない状況です。
申請時に必要となる情報を、ご夫婦の了承を得てまとめました。
""" + SIG_OBA,
        "attachments": [{"kind": "pdf", "name": "世帯状況メモ_新堀様.pdf",
                         "lines": ["世帯状況メモ（相談センター作成）",
                                   "世帯主：新堀 弘（昭和24年9月9日生）",
                                   f"　個人番号：{_mn078[0]}",
                                   "配偶者：新堀 道子（昭和26年3月3日生）",
                                   f"　個人番号：{_mn078[1]}",
                                   f"住所：埼玉県若葉市東雲{banchi()} コーポ東雲201",
                                   "経緯：令和7年6月～8月、SNS型投資詐欺により約420万円の被害",
                                   "収入：老齢基礎年金・厚生年金 計月額 約13万円、家賃 6.2万円",
                                   "健康状態：世帯主 糖尿病で通院、配偶者 腰椎圧迫骨折後の療養中"]}],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF with two people's My Numbers, DOBs, illnesses and victim status to a city caseworker",
    },
    {
        "id": "sagi-079",
        "expect": "pass",
        "sender": OBA,
        "to": [MAKI, "東 美奈子 <higashi-m@hinode-sangyo.co.jp>"],
        "subject": "FW: 相談フォームからの投稿（還付金の電話）",
        "charset": "utf-8",
        "body": f"""槙島さん、東さん

ホームページの相談フォームから投稿がありました。
内容から、明日の午前中に折り返しをお願いしたいです。担当は東さんでお願いできますか。

大庭

---------- Forwarded message ---------
From: 若葉市HP 相談フォーム <noreply@hinode-sangyo.co.jp>
Subject: 相談フォームからの投稿

お名前：糸井 ハツ
年齢：84
電話：{land()}
住所：若葉市本町{banchi()}
内容：市役所の保険の係という人から電話があり、お金が戻るので銀行のATMへ
　　　行くように言われた。まだ行っていない。どうしたらいいか。
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "forward of a web-form consultation to colleagues: all recipients internal",
    },
    {
        "id": "sagi-080",
        "expect": "stop",
        "sender": MAKI,
        "to": [POLICE],
        "subject": "相談票の写し（被害届の際の参考資料）",
        "charset": "cp932",
        "body": """岩城様

槙島です。明日被害届を出される城之内様の相談票の写しをお送りします。
ご本人は聞き取りに時間がかかるため、事前にお目通しいただけますと助かります。
""" + SIG_MAKI,
        "attachments": [{"kind": "docx", "name": "相談票_R7-11-027.docx",
                         "paragraphs": ["相　談　票",
                                        "受付番号：R7-11-027　受付日：令和7年11月6日　担当：槙島",
                                        "相談者氏名：城之内 昭一（じょうのうち しょういち）",
                                        "生年月日：昭和20年1月8日（80歳）",
                                        f"住所：若葉市北原{banchi()}",
                                        f"電話：{land()}",
                                        "心身の状況：うつ病・不眠で若葉メンタルクリニックに通院中。"
                                        "障害年金（精神2級）受給。",
                                        "相談内容：「銀行協会」を名乗る男にキャッシュカード3枚を渡し、"
                                        "計150万円を引き出された。",
                                        "対応：金融機関へ連絡済、警察への被害届を勧奨"]}],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX consultation form of one named victim with mental illness and disability pension, to the police",
    },
]

# ---------------------------------------------------------------- 081-090
_wareki = ["S16.10.1", "S12.4.28", "S22.2.14", "S19.8.8", "S9.12.31", "S25.6.6", "H2.11.3",
           "S17.3.21", "S14.7.30"]
_csv085 = [["受付番号", "生年月日", "性別", "自宅電話", "地区", "手口", "被害額", "被害届"]]
for _i, _b in enumerate(_wareki):
    _csv085.append([f"R7-{rng.randrange(4, 10)}-{rng.randrange(1, 300):03d}", _b,
                    rng.choice(["男", "女"]), land(),
                    rng.choice(["本町", "南台", "北原", "宮前", "柳町", "東雲"]),
                    rng.choice(["オレオレ", "還付金", "架空料金", "キャッシュカード詐欺盗", "投資"]),
                    rng.randrange(1, 60) * 50000, rng.choice(["提出済", "未提出"])])

_badge087 = [["氏名", "ふりがな", "地区", "携帯電話", "メール"]]
for _n, _k, _d, _e in [
        ("森 和代", "もり かずよ", "本町", "kazuyo.mori.55@gmail.com"),
        ("江原 勉", "えばら つとむ", "南台", "tsutomu-ebara@yahoo.co.jp"),
        ("根津 光子", "ねづ みつこ", "北原", "mitsuko_nezu@icloud.com"),
        ("関 聡", "せき さとし", "宮前", "seki.s-0404@docomo.ne.jp"),
        ("吉村 比呂志", "よしむら ひろし", "柳町", "h.yoshimura1960@outlook.jp"),
        ("中村 恵", "なかむら けい", "東雲", "nakamura-kei@ezweb.ne.jp"),
        ("一ノ瀬 琴", "いちのせ こと", "本町", "koto.ichinose@gmail.com"),
        ("馬場 隆", "ばば たかし", "南台", "baba-t1958@yahoo.co.jp")]:
    _badge087.append([_n, _k, _d, mob(), _e])

MESSAGES += [
    {
        "id": "sagi-081",
        "expect": "pass",
        "sender": KAWAI,
        "to": [SHAKYO],
        "subject": "サポーター班長の連絡先（ボランティア保険の手続き用）",
        "charset": "iso-2022-jp",
        "body": f"""丸岡様

お世話になっております。河合です。
ボランティア活動保険の加入手続きに必要とのことでしたので、
今年度のサポーター班長お二人の連絡先をお知らせします。

・森 和代 様（本町班）　　{mob()}　若葉市本町{banchi()}
・江原 勉 様（南台班）　　{mob()}　若葉市南台{banchi()}

その他の会員の方は、班長経由でご案内いただく形でお願いします。
""" + SIG_KAWAI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two volunteers' contact records to 社協: fewer than five people",
    },
    {
        "id": "sagi-082",
        "expect": "stop",
        "sender": SUDO,
        "to": [CITY, POLICE, "武蔵野ひかり信用金庫 若葉支店 <wakaba@hikari-shinkin.co.jp>"],
        "cc": [MIDORI],
        "subject": "Re: 第3回ネットワーク会議 資料の事前共有",
        "charset": "utf-8",
        "body": """皆様

須藤です。資料のご提出ありがとうございました。
会議当日は、市・警察署・各金融機関の順にご説明をお願いできればと思います。
各10分程度でお願いいたします。

> 須藤様
> みどり銀行の大槻です。当日の資料を添付いたします。
> 窓口での声かけ件数は上半期で42件でした。
>
>> 関係各位
>> 第3回ネットワーク会議の資料を、11/28までにご提出ください。
>> 須藤
""" + SIG_SUDO,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reply to all with city, police and two banks in To/Cc: four external organisations see each other",
    },
    {
        "id": "sagi-083",
        "expect": "pass",
        "sender": IZUMI,
        "to": [TSUBASA],
        "subject": "Re: 通話録音データの保存先について",
        "charset": "utf-8",
        "body": """三雲様

和泉です。ご質問の件、回答します。

> 録音データは社内で「Confidential」扱いになりますか？
> 扱いによって保存先のバケットを分ける必要があります。

はい、通話録音は個人情報を含むため、弊社の情報分類では最上位の扱いになります。
国内リージョンのみ、暗号化ありのバケットに保存してください。
アクセス権は当センターの相談員アカウントのみに限定をお願いします。

保存期間は委託仕様書に合わせて3年です。
""" + SIG_IZUMI,
        "entities": [],
        "detectors": [],
        "note": "the word Confidential is discussed (quoted question), it is not a marking on this mail or a document",
    },
    {
        "id": "sagi-084",
        "expect": "stop",
        "sender": IZUMI,
        "to": ["ツバサシステム 三雲 <mikumo@tsubasa-sytsem.jp>"],
        "subject": "本番環境切替日の確定について",
        "charset": "utf-8",
        "body": """三雲様

和泉です。相談管理システムの本番切替日について、市の了承が取れました。

  切替日：2026年1月13日（火）
  旧システム停止：1月10日（土）18:00
  データ移行：1月10日～12日
  切替後サポート：1月13日～23日 オンサイト1名

移行リハーサルは12月20日（土）でお願いします。
""" + SIG_IZUMI,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytsem.jp swaps two letters of the partner domain tsubasa-system.jp",
    },
    {
        "id": "sagi-085",
        "expect": "stop",
        "sender": SUDO,
        "to": ["若葉大学 社会学部 准教授 鳥海 <toriumi@wakaba-u.ac.jp>"],
        "subject": "共同研究用データ（一次提供分）",
        "charset": "cp932",
        "body": """鳥海先生

お世話になっております。須藤です。
共同研究の一次データとして、上半期の被害相談の一部をCSVでお送りします。
氏名は削除してあります。分析が済んだら削除をお願いいたします。
""" + SIG_SUDO,
        "attachments": [{"kind": "csv", "name": "被害相談_上半期_抜粋.csv", "encoding": "cp932",
                         "rows": _csv085}],
        "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names removed but each of nine rows keeps a 和暦 DOB (S16.10.1) and home phone of a fraud victim: not anonymous",
    },
    {
        "id": "sagi-086",
        "expect": "pass",
        "sender": ONODERA,
        "to": [CITY2],
        "subject": "11/7 定例打合せ 議事録（案）",
        "charset": "utf-8",
        "body": """栗林様

お世話になっております。小野寺です。
11月7日の定例打合せの議事録（案）をお送りします。
修正点があれば11月14日までにお知らせください。
""" + SIG_ONODERA,
        "attachments": [{"kind": "docx", "name": "議事録_20251107_定例打合せ.docx",
                         "paragraphs": ["若葉市消費生活・特殊詐欺相談センター 定例打合せ 議事録（案）",
                                        "日時：2025年11月7日（金）10:00～11:00　場所：別館2階",
                                        "出席：市 消費生活課 長谷部、栗林／センター 須藤、小野寺",
                                        "1. 10月の相談状況：総受付312件、特殊詐欺関連97件（速報）",
                                        "2. 個人情報の取扱い：相談個別票の提出方法を、来年度からパスワード付きZIPの"
                                        "メール送付をやめ、市の共有フォルダ経由に切り替える方向で検討する。",
                                        "3. 年末キャンペーン：12/15に金融機関前6か所で実施。",
                                        "4. 次回：12月5日（金）10:00"]}],
        "entities": [],
        "detectors": [],
        "note": "meeting minutes discussing how personal data is handled, but containing none",
    },
    {
        "id": "sagi-087",
        "expect": "stop",
        "sender": KAWAI,
        "to": [NISHIKI],
        "subject": "サポーター名札・連絡カードの印刷（8名分）",
        "charset": "utf-8",
        "body": """堀之内様

河合です。見守りサポーターの名札と、裏面の連絡カードの印刷をお願いします。
名札は表に氏名・ふりがな・地区、連絡カードには携帯とメールを入れてください。
名簿はCSVで添付しました（8名分）。
""" + SIG_KAWAI,
        "attachments": [{"kind": "csv", "name": "サポーター名簿_名札用.csv", "encoding": "utf-8",
                         "rows": _badge087}],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "roster of eight volunteers with mobiles and private e-mail addresses to a printer: a list of people",
    },
    {
        "id": "sagi-088",
        "expect": "pass",
        "sender": KAWAI,
        "to": [NISHIKI],
        "subject": "新チラシ「こんな電話は詐欺！」ラフ案",
        "charset": "iso-2022-jp",
        "body": """堀之内様

河合です。新しいチラシのラフ案をPDFでお送りします。
吹き出しの中の電話番号はすべて架空の例示で、「0X0-XXXX-XXXX」の形にしてあります。
デザインの方向性についてご意見いただけますと幸いです。
""" + SIG_KAWAI,
        "attachments": [{"kind": "pdf", "name": "ラフ案_こんな電話は詐欺.pdf",
                         "lines": ["こんな電話は詐欺！", "",
                                   "「もしもし、オレだけど…携帯の番号が変わったんだ」",
                                   "「市役所です。医療費の還付金があります」",
                                   "「警察です。あなたの口座が犯罪に使われています」",
                                   "（例）着信：0X0-XXXX-XXXX　／　+1-XXX-XXX-XXXX",
                                   "",
                                   "すぐに切って、相談を！　049-282-7700（相談センター）"]}],
        "entities": [],
        "detectors": [],
        "note": "flyer draft with masked example numbers and the desk's public number only",
    },
    {
        "id": "sagi-089",
        "expect": "stop",
        "sender": SUDO,
        "to": [CHUOLAW],
        "subject": "開運商法（印鑑・数珠）の被害相談について",
        "charset": "iso-2022-jp",
        "body": """葛城先生

いつもお世話になっております。須藤です。
開運商法の件で、ご依頼をご検討いただきたいケースがございます。

相談者の湊谷 良江様（82）は、長年ある仏教系の宗教団体の熱心な信者でいらっしゃり、
その信仰心につけ込まれる形で、団体とは別の業者から「先祖の因縁を断つ」として
印鑑・数珠・仏像を計5回、総額420万円で購入させられています。

ご本人は信仰を否定されることを強く嫌がられるため、面談の際はご配慮いただけますと幸いです。
""" + SIG_SUDO,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named person's religious belief and victimisation in prose, to an outside law firm",
    },
    {
        "id": "sagi-090",
        "expect": "pass",
        "sender": KAWAI,
        "to": ["北国フーズ 営業企画部 羽賀 <haga@kitaguni-foods.co.jp>"],
        "subject": "Re: お見積の件（個包装クッキー 2,000個）",
        "charset": "utf-8",
        "body": """羽賀様

お見積ありがとうございました。下記の内容で発注させていただきます。

  品名：北国バタークッキー 個包装（啓発シール貼付）
  商品コード：KF-BC-012S
  数量：2,000個
  単価：92円（税抜）／合計 184,000円（税抜）
  納品：12月10日（水）　若葉市役所 別館2階
  シール：当方で作成し、11月28日までに貴社工場へ送付

請求書は日の出産業 経理部宛てでお願いいたします。
先日お送りした企画書ファイルは社内用の版でしたので、お手数ですが破棄をお願いいたします。

> 河合様
> お見積を添付いたします。単価は2,000個で92円となります。
""" + SIG_KAWAI,
        "entities": [],
        "detectors": [],
        "note": "an order with product code and prices; mentions an internal-version file but carries no marking itself",
    },
]

# ---------------------------------------------------------------- 091-100
_num092 = []
for _d, _s, _alias in [("11/3", "還付金（市役所 保険年金課）", "タナカ"),
                       ("11/4", "還付金（市役所 保険年金課）", "タナカ"),
                       ("11/5", "警察官かたり（捜査二課）", "サトウ警部補"),
                       ("11/5", "息子かたり", "—"),
                       ("11/6", "銀行協会かたり", "ヤマモト"),
                       ("11/7", "警察官かたり（捜査二課）", "サトウ警部補"),
                       ("11/8", "未払い料金（通信会社）", "コバヤシ")]:
    _num092.append(f"{_d}\t{mob()}\t{_s}\t名乗り：{_alias}")

_tel094 = land()

MESSAGES += [
    {
        "id": "sagi-091",
        "expect": "pass",
        "sender": MAKI,
        "to": [POLICE],
        "subject": "宮前交番 出前講座の当日連絡先",
        "charset": "utf-8",
        "body": f"""岩城様

槙島です。11/20の宮前交番での出前講座、参加者の取りまとめは
宮前第二自治会の会長さんがしてくださることになりました。

  宮前第二自治会 会長　石動 正晴 様
  連絡先　{mob()}

会場準備の件は、直接会長さんとご調整いただいて構いません。
よろしくお願いします。
""" + SIG_MAKI,
        "html": f"""<html><body style="font-family:sans-serif">
<p>岩城様</p>
<p>槙島です。11/20の宮前交番での出前講座、参加者の取りまとめは<br>
宮前第二自治会の会長さんがしてくださることになりました。</p>
<table border="0" cellpadding="3">
<tr><td>宮前第二自治会 会長</td><td>石動 正晴 様</td></tr>
<tr><td>連絡先</td><td>上記テキスト版と同じ</td></tr>
</table>
<p>会場準備の件は、直接会長さんとご調整いただいて構いません。<br>よろしくお願いします。</p>
<p>槙島 孝<br>若葉市消費生活・特殊詐欺相談センター</p>
</body></html>""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one contact person (a neighbourhood association head) with a mobile, text and HTML parts: one person's record",
    },
    {
        "id": "sagi-092",
        "expect": "either",
        "sender": MAKI,
        "to": [POLICE],
        "subject": "今週の不審電話 発信番号一覧",
        "charset": "utf-8",
        "body": """岩城様

槙島です。今週、市民から通報のあった不審電話の発信番号をまとめました。
（いずれも携帯番号で、市民が着信履歴から読み上げたものです）

着信日\t発信番号\t手口\t備考
""" + "\n".join(_num092) + """

同じ番号が複数回使われているものがあります。照会・利用停止の手続きに
お使いいただければと思います。
""" + SIG_MAKI,
        "entities": ["PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven mobile numbers used by scam callers (aliases only): a list of numbers tied to unknown persons, not victims; judgement call",
    },
    {
        "id": "sagi-093",
        "expect": "stop",
        "sender": OBA,
        "to": ["北部地域包括支援センター 社会福祉士 江里口 <eriguchi@wakaba-houkatsu-kita.or.jp>"],
        "subject": "転送：民生委員さんからのご連絡（北原1丁目の方）",
        "charset": "iso-2022-jp",
        "body": f"""江里口様

北部包括の担当地区の方でしたので、民生委員さんからのメールを転送します。
対応をご相談させてください。

大庭

----- 転送メッセージ -----
差出人：廣瀬 聖子 <hirose.seiko@ezweb.ne.jp>
宛先：相談センター 大庭様
件名：北原1丁目の方のこと

大庭さん、民生委員の廣瀬です。
北原1丁目{zen(banchi())}の宇佐美 キク さん（89歳）のことで気になることがあります。
最近、物忘れがひどく、先月お医者さんから認知症と言われたそうです。
その宇佐美さんの家に、毎週のように健康食品の業者が来ていて、
冷蔵庫の中が同じサプリメントの箱でいっぱいになっていました。
娘さんは大阪にいて、なかなか来られないそうです。
""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forwarded mail (転送) is new text to the recipient: a named neighbour's dementia and address, to another welfare centre",
    },
    {
        "id": "sagi-094",
        "expect": "pass",
        "sender": OBA,
        "to": [HOUKATSU],
        "subject": "RE: 訪問結果のご報告",
        "charset": "cp932",
        "body": f"""戸叶様

ご報告ありがとうございました。
次回は11月21日（金）14時に、当センターからも1名同行いたします。
当日の持ち物などあればお知らせください。

大庭

差出人: 戸叶 <tokano@wakaba-houkatsu.or.jp>
送信日時: 2025年11月12日 17:48
宛先: 大庭 千景 <oba-c@hinode-sangyo.co.jp>
件名: 訪問結果のご報告

大庭様

本日、栗栖 幸雄様（南台{banchi()}、{_tel094}）宅を訪問しました。
難聴が進んでおり、電話の内容を聞き取れないまま「はい」と答えてしまうようです。
還付金詐欺の被害（約30万円）のあと、同じ番号から2回着信があったとのことでした。
ご家族とも相談し、録音機の設置をご案内しました。

戸叶
""" + SIG_OBA,
        "entities": [],
        "detectors": [],
        "note": "the sensitive details are only in the quoted original (差出人: … 送信日時: …) written by the recipient herself",
    },
    {
        "id": "sagi-095",
        "expect": "stop",
        "sender": MAKI,
        "to": [POLICE],
        "subject": "【送付】柳町地区 被害状況一覧（再送）",
        "charset": "iso-2022-jp",
        "body": """岩城様

槙島です。先日お送りしたファイルが開けなかったとのことで失礼しました。
パスワード付きZIPで再送いたします。パスワードは次のメールでお知らせします。
""" + SIG_MAKI,
        "attachments": [{"kind": "zip", "name": "yanagimachi_higai.zip", "password": "yng-1108!",
                         "files": [{"kind": "xlsx", "name": "柳町地区_被害状況一覧.xlsx",
                                    "sheets": {"一覧": [["No", "氏名", "電話", "被害額"],
                                                        [1, "渋佐 ヨシ", land(), 300000]]}}]}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the police: contents cannot be inspected",
    },
    {
        "id": "sagi-096",
        "expect": "pass",
        "sender": MAKI,
        "to": [POLICE],
        "subject": "【パスワード】柳町地区 被害状況一覧（再送）",
        "charset": "iso-2022-jp",
        "body": """岩城様

先ほどお送りしたZIPファイルのパスワードです。

　yng-1108!

よろしくお願いします。
""" + SIG_MAKI,
        "entities": [],
        "detectors": [],
        "note": "the separate password mail of a PPAP pair: no attachment, no personal data",
    },
    {
        "id": "sagi-097",
        "expect": "stop",
        "sender": ONODERA,
        "to": ["青葉運輸 若葉営業所 <wakaba-eigyo@aoba-unyu.com>"],
        "subject": "集荷のお願い（11/19 啓発チラシ 8箱）",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 若葉営業所 御中

お世話になっております。日の出産業 若葉センターの小野寺です。
下記のとおり集荷をお願いいたします。

  集荷日時：11月19日（水）15時以降
  集荷場所：若葉市役所 別館2階 相談センター（通用口からお入りください）
  荷物：啓発チラシ 8箱（1箱あたり約12kg）
  配送先：市内小学校 8校（送り先リストは集荷時にお渡しします）

よろしくお願いいたします。
""" + SIG_ONODERA,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.com swaps the TLD of the partner aoba-unyu.co.jp",
    },
    {
        "id": "sagi-098",
        "expect": "pass",
        "sender": SUDO,
        "to": ["埼玉県民消費生活センター 研修担当 <kenshu@kenmin-shohi.or.jp>"],
        "cc": [CITY],
        "subject": "相談員研修（12月）への参加申込",
        "charset": "iso-2022-jp",
        "body": """埼玉県民消費生活センター
研修ご担当者様
（cc：若葉市 消費生活課 長谷部様）

お世話になっております。若葉市消費生活・特殊詐欺相談センターの須藤です。
12月の相談員専門研修「高齢者の消費者被害と見守りネットワーク」に、
当センターから2名の参加を申し込みます。

　参加者：槙島 孝（消費生活相談員）、大庭 千景（消費生活相談員）
　受講日：12月9日（火）・10日（水）

受講料の請求は日の出産業株式会社宛てでお願いいたします。
""" + SIG_SUDO,
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (prefectural centre and city) in To/Cc; staff names only as participants",
    },
    {
        "id": "sagi-099",
        "expect": "pass",
        "sender": SUDO,
        "to": ["若葉大学 社会学部 准教授 鳥海 <toriumi@wakaba-u.ac.jp>"],
        "subject": "Re: 共同研究用データ（差し替え）",
        "charset": "utf-8",
        "body": """鳥海先生

須藤です。先日お送りしたCSVは個票に近い形でしたので、お手数ですが削除をお願いします。
研究計画どおり、集計済みのデータに差し替えてお送りします。
年代・地区・手口のクロス集計で、セルが3件未満のものは「*」にしています。
""" + SIG_SUDO,
        "attachments": [{"kind": "csv", "name": "被害相談_上半期_集計.csv", "encoding": "utf-8",
                         "rows": [["年代", "地区", "手口", "件数", "被害額合計（千円）"],
                                  ["70代", "本町", "オレオレ", 6, 9800],
                                  ["70代", "南台", "還付金", 4, 1900],
                                  ["80代", "北原", "キャッシュカード詐欺盗", 5, 6100],
                                  ["80代", "宮前", "オレオレ", "*", "*"],
                                  ["60代", "柳町", "投資", 3, 12400],
                                  ["90代以上", "東雲", "預貯金", "*", "*"]]}],
        "entities": [],
        "detectors": [],
        "note": "aggregated counts with small cells suppressed: no person's record",
    },
    {
        "id": "sagi-100",
        "expect": "pass",
        "sender": OBA,
        "to": ["<tomoe.i-0911@docomo.ne.jp>"],
        "subject": "Re: 予約の確認",
        "charset": "iso-2022-jp",
        "body": """今泉様

相談センターの大庭です。
ご予約を承りました。11月17日（月）午前10時にお待ちしております。
場所は市役所別館の2階です。エレベーター前に案内表示があります。

お手元にある郵便物（はがき）をお持ちください。

> 17日の10時でお願いします。はがきも持っていきます。
""" + SIG_OBA,
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "appointment confirmation to one citizen on a carrier address; no personal data",
    },
]


# A JIS mail client writes ～ and － as the JIS code points (WAVE DASH, MINUS SIGN).
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _f in ("subject", "body"):
            if _m.get(_f):
                _m[_f] = _m[_f].replace("\uff5e", "\u301c").replace("\uff0d", "\u2212")
