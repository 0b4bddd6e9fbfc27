"""Blind evaluation corpus — area: kyushoku (給食事業部 / 南野給食センター).

A school-lunch and company-canteen catering centre of 日の出産業株式会社: children's
allergy management forms (学校生活管理指導表), religious diets, menu suppliers,
nutritionists, schools and boards of education, food-poisoning incidents, staff stool
tests (検便), canteen clients, delivery, printing, payroll and social insurance.

Every person and number is invented (names, addresses, phone numbers, accounts,
identifiers), as is every organisation outside the brief's fixed list; any
resemblance to real people is accidental.  My Numbers and card numbers
come from build.my_number / build.card_number with n counting up from SEED.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import itertools
import random

from build import card_number, my_number

SEED = 12401
rng = random.Random(SEED)
_n = itertools.count(SEED)


def next_my_number() -> str:
    return my_number(next(_n))


def next_card() -> str:
    return card_number(next(_n))


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def mob() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def acct() -> str:
    return f"{rng.randrange(1000000, 10000000)}"


def pension() -> str:
    return f"{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}"


def grouped(num: str) -> str:
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


HINODE_CORP = corp_number("030001087412")

# -- signatures and disclaimers ---------------------------------------------------------

SIG_YAMABE = """
--
日の出産業株式会社 給食事業部 南野給食センター
管理栄養士　山辺 美和（やまべ みわ）
〒350-1187 埼玉県南野市若葉台3-14-2
TEL 049-287-5510（代）　FAX 049-287-5511
Mail: yamabe.m@hinode-sangyo.co.jp
"""

SIG_KUBOTA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
給食事業部　南野給食センター　センター長
久保田　剛
TEL：049-287-5510　／　携帯：080-3391-2276
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_INAGAKI = """
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
 日の出産業株式会社 給食事業部
 総務課　稲垣 早苗
 〒350-1187 埼玉県南野市若葉台3-14-2
 TEL 049-287-5512 FAX 049-287-5511
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
"""

SIG_SHIINA = """
-----------------------------------------
日の出産業株式会社
フードサービス営業部 社員食堂グループ
椎名 拓海 Takumi Shiina
〒103-0027 東京都中央区日本橋2-8-11 日の出ビル6F
TEL 03-5204-8830 / Mobile 090-6617-0392
-----------------------------------------
"""

SIG_SAOTOME = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業㈱ 給食事業部 衛生管理室
早乙女 玲奈
内線 214 ／ 直通 049-287-5519
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_IGARASHI = """
==============================
日の出産業株式会社 経理部
五十嵐 篤
TEL 03-5204-8801
==============================
"""

SIG_MINAGAWA = """
--------------------
日の出産業株式会社 南野給食センター
栄養士 皆川 かおり
049-287-5510
--------------------
"""

SIG_OKOCHI = """
――――――――――――――――
日の出産業株式会社 人事部 労務課
大河内 修（おおこうち おさむ）
TEL 03-5204-8815（直通）
――――――――――――――――
"""

SIG_MIYANAGA = """
--
Shun Miyanaga / 宮永 瞬
情報システム部, Hinode Sangyo Co., Ltd.
+81-3-5204-8860
"""

SIG_SASAMORI = """
南野給食センター 調理主任　笹森 ゆかり
（TEL 049-287-5510）
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender immediately and delete it.
"""

FROM_YAMABE = "山辺 美和 <yamabe.m@hinode-sangyo.co.jp>"
FROM_KUBOTA = "久保田 剛 <kubota.tsuyoshi@hinode-sangyo.co.jp>"
FROM_INAGAKI = "稲垣 早苗 <inagaki.s@hinode-sangyo.co.jp>"
FROM_SHIINA = "椎名 拓海 <shiina.t@hinode-sangyo.co.jp>"
FROM_SAOTOME = "早乙女 玲奈 <saotome.r@hinode-sangyo.co.jp>"
FROM_IGARASHI = "五十嵐 篤 <igarashi.a@hinode-sangyo.co.jp>"
FROM_MINAGAWA = "皆川 かおり <minagawa.k@hinode-sangyo.co.jp>"
FROM_OKOCHI = "大河内 修 <okochi.o@hinode-sangyo.co.jp>"
FROM_MIYANAGA = "Shun Miyanaga <miyanaga.s@hinode-sangyo.co.jp>"
FROM_SASAMORI = "笹森 ゆかり <sasamori.y@kyushoku.hinode-sangyo.co.jp>"

BOE = "南野市教育委員会 学務課 給食係 <kyushoku@city.minamino.lg.jp>"
KITAGUNI = "北国フーズ 営業部 宍戸様 <shishido@kitaguni-foods.co.jp>"

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------------------- 001
add({
    "id": "kyushoku-001", "expect": "pass",
    "sender": FROM_YAMABE,
    "to": [BOE],
    "subject": "【南野給食センター】11月分 予定献立表の送付について",
    "charset": "iso-2022-jp",
    "body": """南野市教育委員会 学務課 給食係
ご担当者様

いつもお世話になっております。
南野給食センターの山辺です。

11月分の予定献立表（小学校・中学校共通）を添付にてお送りいたします。
今月から、特定原材料8品目の表示欄を右端に移しております。
各校への配布は例月どおり25日までに紙でお届けします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_YAMABE,
    "attachments": [{
        "kind": "pdf", "name": "予定献立表_11月_小中共通.pdf",
        "title": "令和7年11月 予定献立表",
        "lines": ["令和7年11月 学校給食 予定献立表（南野給食センター）",
                  "※ 材料の都合により変更する場合があります。", ""],
        "table": [["日", "曜", "主食", "主菜", "副菜", "汁物", "kcal", "特定原材料"],
                  ["4", "火", "ごはん", "さばの味噌煮", "ごま和え", "豚汁", "652", "小麦・乳"],
                  ["5", "水", "コッペパン", "白身魚フライ", "コールスロー", "ミネストローネ", "688", "小麦・卵・乳"],
                  ["6", "木", "ごはん", "鶏の照り焼き", "ひじき煮", "すまし汁", "617", "小麦"],
                  ["7", "金", "カレーライス", "—", "フルーツポンチ", "—", "701", "小麦・乳"],
                  ["10", "月", "ごはん", "肉じゃが", "おひたし", "なめこ汁", "624", "なし"],
                  ["11", "火", "ソフト麺", "ミートソース", "海藻サラダ", "—", "695", "小麦・乳"]],
    }],
    "entities": [], "detectors": [],
    "note": "monthly menu PDF to the board of education: no person, no marking",
})

# ---------------------------------------------------------------------------- 002
add({
    "id": "kyushoku-002", "expect": "stop",
    "sender": FROM_MINAGAWA,
    "to": [KITAGUNI],
    "subject": "12月 除去食用食材の発注前確認（対象児童一覧）",
    "charset": "cp932",
    "body": """北国フーズ株式会社
宍戸様

お世話になっております。南野給食センターの皆川です。
12月の除去食・代替食の食材発注の前に、対象児童を下記のとおり共有します。
代替品（卵不使用のつなぎ、米粉パン）の数量算出にお使いください。

学校名        学年組   氏名              除去品目          対応
------------  -------  ----------------  ----------------  ----------
北小          2-1      戸叶 陽葵         鶏卵              除去
北小          4-3      百瀬 蒼真         牛乳・乳製品      代替（豆乳）
東小          1-2      鰐部 結月         小麦              代替（米粉パン）
東小          5-1      樋泉 湊           えび・かに        除去
南中          2-4      東海林 芽依       落花生・ナッツ    弁当持参日あり
南中          3-1      五月女 大翔       鶏卵・牛乳        除去

※ 落花生は保護者から「微量でも症状あり」と申告あり。

よろしくお願いいたします。
""" + SIG_MINAGAWA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six named children with their food allergies (medical) in padded columns to a supplier",
})

# ---------------------------------------------------------------------------- 003
add({
    "id": "kyushoku-003", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": ["小野寺 紗希 <saki.onodera.rd@gmail.com>"],
    "subject": "除去食献立のご相談（管理指導表を添付します）",
    "charset": "utf-8",
    "body": """小野寺さん

いつもありがとうございます。山辺です。
来月から北小学校に転入するお子さんの除去食献立を、また業務委託でお願いできればと思います。
学校から届いた学校生活管理指導表（アレルギー疾患用）をPDFにしましたので添付します。
エピペン処方ありのケースなので、献立案は1月7日までにいただけると助かります。

よろしくお願いします。
""" + SIG_YAMABE,
    "attachments": [{
        "kind": "pdf", "name": "管理指導表_北小_転入.pdf",
        "lines": ["学校生活管理指導表（アレルギー疾患用）",
                  "名前：柘植 ひなた（つげ ひなた）　女　平成30年6月14日生（7歳）",
                  "学校：南野市立北小学校　1年2組",
                  "病型・治療：A 食物アレルギー（あり）　B アナフィラキシー（あり：食物）",
                  "原因食物：鶏卵（加熱卵も不可）、ごま",
                  "緊急時に備えた処方薬：エピペン 0.15mg、内服薬（抗ヒスタミン薬）",
                  "学校生活上の留意点：給食　管理必要（除去食対応）",
                  "記載日：令和7年11月20日　医師名：見城 恭介　医療機関名：みなみの小児科クリニック"],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one child's allergy management form (diagnosis, anaphylaxis) sent to a freelancer's gmail",
})

# ---------------------------------------------------------------------------- 004
add({
    "id": "kyushoku-004", "expect": "pass",
    "sender": FROM_MINAGAWA,
    "to": [KITAGUNI],
    "subject": "Re: 鶏もも肉（国産・皮なし）お見積りの件",
    "charset": "iso-2022-jp",
    "body": """宍戸様

お見積りありがとうございます。
1kgあたり1,180円（税別）、月間600kg想定で承知しました。
1月納品分から切替でお願いいたします。発注書は別途FAXします。

皆川

> 南野給食センター
> 皆川様
>
> いつもお世話になっております。北国フーズの宍戸でございます。
> お問合せいただきました鶏もも肉の件、下記にてお見積りいたします。
>
>   品番  KF-2217  国産鶏もも肉 皮なし 2kg×6 冷凍
>   単価  1,180円/kg（税別）　納品：毎週火・金
>
> 宍戸 政彦
> 北国フーズ株式会社 営業部 TEL 011-555-0192
""" + SIG_MINAGAWA,
    "entities": [], "detectors": [],
    "note": "price quote reply with product code; only business contacts in the quote",
})

# ---------------------------------------------------------------------------- 005
add({
    "id": "kyushoku-005", "expect": "stop",
    "sender": FROM_SASAMORI,
    "to": ["北国フーズ 受注センター <juchu@kitaguni-foods.com>"],
    "subject": "追加発注のお願い（12/9納品分）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社　受注センター御中

南野給食センターの笹森です。
12/9（火）納品分に下記を追加させてください。

・KF-1043　冷凍むきえび（中）1kg　×　8
・KF-3310　カットほうれん草 500g　×　20
・KF-0577　大豆水煮 1kg　×　12

お手数ですが折り返しご確認ください。
""" + SIG_SASAMORI,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "kitaguni-foods.com instead of the partner kitaguni-foods.co.jp (TLD swap)",
})

# ---------------------------------------------------------------------------- 006
add({
    "id": "kyushoku-006", "expect": "pass",
    "sender": FROM_YAMABE,
    "to": ["南野給食センター 調理班 <chori-han@kyushoku.hinode-sangyo.co.jp>"],
    "cc": [FROM_SASAMORI],
    "subject": "【要確認】1月 除去食対象者一覧（更新版）",
    "charset": "cp932",
    "body": """調理班のみなさん

1月の除去食対象者を更新しました。赤字が今回の変更です。
配缶時のダブルチェックを必ずお願いします。

No	学校	組	氏名	除去	備考
1	北小	1-2	柘植 ひなた	卵・ごま	エピペン所持
2	北小	4-3	百瀬 蒼真	乳	豆乳で代替
3	東小	1-2	鰐部 結月	小麦	米粉パン
4	東小	5-1	樋泉 湊	えび・かに
5	南中	2-4	東海林 芽依	落花生	弁当持参日あり
6	南中	3-1	五月女 大翔	卵・乳
7	西中	1-1	アフマド・ラヒム	豚肉・豚由来	宗教上の理由（ハラール）

山辺
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "allergy and religious-diet list, but all recipients are internal (subdomain included)",
})

# ---------------------------------------------------------------------------- 007
_stool_rows = [
    ["社員番号", "氏名", "所属", "採便日", "赤痢菌", "サルモネラ", "腸管出血性大腸菌O157", "判定"],
    ["K-0412", "鬼頭 里美", "川崎電機 本社食堂", "2025/11/04", "陰性", "陰性", "陰性", "異常なし"],
    ["K-0418", "薬師寺 健", "川崎電機 本社食堂", "2025/11/04", "陰性", "陰性", "陰性", "異常なし"],
    ["K-0421", "御手洗 和子", "川崎電機 本社食堂", "2025/11/04", "陰性", "陽性", "陰性", "要再検査"],
    ["K-0433", "小鳥遊 恵", "川崎電機 本社食堂", "2025/11/05", "陰性", "陰性", "陰性", "異常なし"],
    ["K-0440", "百目鬼 浩二", "川崎電機 本社食堂", "2025/11/05", "陰性", "陰性", "陰性", "異常なし"],
    ["K-0447", "一色 奈緒", "川崎電機 本社食堂", "2025/11/05", "陰性", "陰性", "陰性", "異常なし"],
]
add({
    "id": "kyushoku-007", "expect": "stop",
    "sender": FROM_SHIINA,
    "to": ["川崎電機 総務部 厚生課 <kosei@kawasaki-denki.co.jp>"],
    "subject": "本社食堂 調理従事者 11月分 検便結果のご報告",
    "charset": "utf-8",
    "body": """川崎電機株式会社
総務部 厚生課 ご担当者様

いつもお世話になっております。日の出産業の椎名です。
本社食堂の調理従事者について、11月分の腸内細菌検査（検便）の結果を添付いたします。
1名が要再検査となっておりますが、結果判明まで調理業務から外しております。

何卒よろしくお願い申し上げます。
""" + SIG_SHIINA + DISC_JA,
    "attachments": [{"kind": "xlsx", "name": "検便結果_本社食堂_2025-11.xlsx",
                     "sheets": {"11月": [["本社食堂 調理従事者 腸内細菌検査結果（2025年11月）"], []] + _stool_rows,
                                "備考": [["検査機関", "関東衛生検査センター"], ["報告日", "2025/11/12"]]}}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six named staff with stool-test (health check) results in an XLSX to the canteen client",
})

# ---------------------------------------------------------------------------- 008
add({
    "id": "kyushoku-008", "expect": "pass",
    "sender": FROM_SAOTOME,
    "to": ["関東衛生検査センター 受付 <uketsuke@kanto-eiken.co.jp>"],
    "subject": "12月分 検便キットの手配と集荷日について",
    "charset": "iso-2022-jp",
    "body": """株式会社関東衛生検査センター
受付ご担当者様

いつもお世話になっております。日の出産業 衛生管理室の早乙女です。
12月分の腸内細菌検査について、下記のとおり手配をお願いいたします。

　■キット数　　　：南野給食センター 42セット／本社食堂 11セット
　■検査項目　　　：赤痢菌・サルモネラ・O157（ノロウイルスは1月から追加予定）
　■集荷日　　　　：12月3日（水）午前中
　■請求先　　　　：従来どおり経理部宛

検体ラベルは前回同様、社員番号のみの記載とします。
よろしくお願いいたします。
""" + SIG_SAOTOME,
    "entities": [], "detectors": [],
    "note": "stool-test logistics with counts and dates only, no person",
})

# ---------------------------------------------------------------------------- 009
add({
    "id": "kyushoku-009", "expect": "stop",
    "sender": FROM_KUBOTA,
    "to": [BOE],
    "subject": "調理従事者の就業制限について（ご報告）",
    "charset": "iso-2022-jp",
    "body": """南野市教育委員会 学務課
給食係長 様

お世話になっております。南野給食センターの久保田です。

11月分の定期検便において、パート調理員の大曽根 和代さん（揚物・焼物担当）が
サルモネラ属菌陽性となりました。本人に症状はありませんが、保健所の指導に従い、
陰性が2回確認されるまで調理業務への従事を停止しております。

当該者が担当していた工程の器具はすべて消毒済みで、他の従事者は全員陰性です。
給食の提供に影響はございません。取り急ぎご報告いたします。
""" + SIG_KUBOTA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named staff member's positive stool test (health result) in a sentence to the board",
})

# ---------------------------------------------------------------------------- 010
_csv10 = [["従業員番号", "氏名", "フリガナ", "生年月日", "性別", "個人番号", "基礎年金番号", "住所", "資格取得日"]]
for emp, name, kana, dob, sex, addr in [
    ("P2511", "宇田川 幸子", "ウダガワ サチコ", "1971/03/08", "女", "埼玉県南野市若葉台1-7-12"),
    ("P2512", "仙波 直美", "センバ ナオミ", "1978/09/21", "女", "埼玉県坂戸市千代田2-4-3 コーポ千代田203"),
    ("P2513", "辰巳 登", "タツミ ノボル", "1959/12/30", "男", "埼玉県川越市今福585-9"),
    ("P2514", "木佐貫 由佳", "キサヌキ ユカ", "1986/05/02", "女", "埼玉県鶴ヶ島市脚折町4-16-1"),
    ("P2515", "芦刈 智恵", "アシカリ チエ", "1969/07/17", "女", "埼玉県南野市緑町3-22-8"),
]:
    _csv10.append([emp, name, kana, dob, sex, next_my_number(), pension(), addr, "2025/12/01"])
add({
    "id": "kyushoku-010", "expect": "stop",
    "sender": FROM_OKOCHI,
    "to": ["森川社会保険労務士事務所 <office@sr-morikawa.jp>"],
    "subject": "12/1入社 パート調理員5名 資格取得届の件",
    "charset": "iso-2022-jp",
    "body": """森川社会保険労務士事務所
森川先生

いつも大変お世話になっております。日の出産業 人事部の大河内です。
12月1日付で南野給食センターに入社するパート調理員5名分の
健康保険・厚生年金の資格取得届をお願いしたく、情報をCSVでお送りします。

扶養の有無は別途ご連絡いたします。よろしくお願いいたします。
""" + SIG_OKOCHI,
    "attachments": [{"kind": "csv", "name": "shikaku_shutoku_20251201.csv", "encoding": "cp932", "rows": _csv10}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV with five new staff's My Numbers, pension numbers and addresses to a labour consultant",
})

# ---------------------------------------------------------------------------- 011
add({
    "id": "kyushoku-011", "expect": "pass",
    "sender": FROM_INAGAKI,
    "to": ["青葉運輸 南野営業所 配車係 <haisha-minamino@aoba-unyu.co.jp>"],
    "subject": "1月からの配送ルート変更（配送先一覧）",
    "charset": "cp932",
    "body": """青葉運輸株式会社 南野営業所
配車係 ご担当者様

いつもお世話になっております。日の出産業の稲垣です。
1月8日（3学期初日）から、配送ルートを下記のとおり変更いたします。

【Aルート（2t車）】
  着時刻   配送先                  所在地                          電話
  ------   ----------------------  ------------------------------  ------------
  11:10    南野市立北小学校        埼玉県南野市北町2-1-1           049-287-1101
  11:25    南野市立東小学校        埼玉県南野市東台5-3-20          049-287-1102
  11:40    南野市立南中学校        埼玉県南野市南台1-10-5          049-287-1203

【Bルート（2t車）】
  11:05    南野市立西小学校        埼玉県南野市西原3-8-1           049-287-1104
  11:20    南野市立さくら台小学校  埼玉県南野市さくら台2-2-2       049-287-1105
  11:45    南野市立西中学校        埼玉県南野市西原6-1-30          049-287-1206

搬入口は各校とも給食用リフト前です。回収は13:30以降でお願いします。
""" + SIG_INAGAKI,
    "entities": [], "detectors": [],
    "note": "list of schools (businesses) with office addresses and switchboards, not people",
})

# ---------------------------------------------------------------------------- 012
add({
    "id": "kyushoku-012", "expect": "stop",
    "sender": FROM_KUBOTA,
    "to": ["北小学校 校長 <kocho@minamino-kita-es.ed.jp>",
           "東小学校 校長 <kocho@minamino-higashi-es.ed.jp>",
           "南中学校 校長 <principal@minamino-minami-jh.ed.jp>",
           "西中学校 校長 <kocho@minamino-nishi-jh.ed.jp>",
           "さくら台小学校 校長 <office@sakuradai-es.ed.jp>"],
    "subject": "【至急】12/4（木）断水に伴う給食提供中止のお知らせ",
    "charset": "iso-2022-jp",
    "body": """各校　校長先生

南野給食センターの久保田です。
市水道局より、12月4日（木）9時〜15時にセンター周辺で断水との連絡がありました。
受水槽の容量では調理ができないため、当日の給食は提供を中止させていただきます。

・代替として、パン・牛乳・ゼリーを各校に11時までにお届けします。
・保護者向けのお知らせ文案は、明日午前中に教育委員会経由でお送りします。

ご迷惑をおかけいたしますが、よろしくお願いいたします。
""" + SIG_KUBOTA,
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five schools with their own domains all in To: should have been Bcc",
})

# ---------------------------------------------------------------------------- 013
add({
    "id": "kyushoku-013", "expect": "pass",
    "sender": FROM_INAGAKI,
    "to": [FROM_INAGAKI],
    "bcc": ["kocho@minamino-kita-es.ed.jp", "kocho@minamino-higashi-es.ed.jp",
            "principal@minamino-minami-jh.ed.jp", "kocho@minamino-nishi-jh.ed.jp",
            "office@sakuradai-es.ed.jp", "kocho@minamino-nishi-es.ed.jp"],
    "subject": "夏季休業中の給食センター設備工事について（ご案内）",
    "charset": "iso-2022-jp",
    "body": """各学校長 様
（本メールはBCCにて一斉送信しております）

日頃より学校給食の運営にご協力いただきありがとうございます。
夏季休業期間中（7/22〜8/29）、センターの蒸気回転釜および食器洗浄機の更新工事を行います。
この期間、食器・食缶の回収はございません。2学期初日の給食は通常どおり提供いたします。

ご不明点は総務課 稲垣までお問い合わせください。
""" + SIG_INAGAKI,
    "entities": [], "detectors": [],
    "note": "notice to many schools correctly sent Bcc; nothing personal",
})

# ---------------------------------------------------------------------------- 014
add({
    "id": "kyushoku-014", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": ["クレセント・ハラールフーズ 営業 <sales@crescent-halal.jp>"],
    "subject": "ハラール対応食材のご相談（西中学校の生徒分）",
    "charset": "utf-8",
    "body": """クレセント・ハラールフーズ
ご担当者様

はじめてご連絡いたします。日の出産業株式会社 南野給食センターの山辺と申します。

南野市立西中学校1年1組のアフマド・ラヒムさん（バングラデシュ出身、ムスリム）について、
保護者の方から宗教上の理由で豚肉・豚由来原料・アルコールを含む調味料を除いてほしいと
ご依頼があり、来年度から代替のおかずをご用意したいと考えています。

主菜の代替として、ハラール認証の鶏肉加工品（1食70g程度）を週3回、
年間約120食ご用意いただけるかご相談させてください。
""" + SIG_YAMABE,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named pupil's religion (Muslim) tied to class and name, sent to a new supplier",
})

# ---------------------------------------------------------------------------- 015
add({
    "id": "kyushoku-015", "expect": "pass",
    "sender": FROM_MINAGAWA,
    "to": ["クレセント・ハラールフーズ 営業 <sales@crescent-halal.jp>"],
    "subject": "Re: お見積り依頼（ハラール認証 鶏ひき肉・ソーセージ）",
    "charset": "iso-2022-jp",
    "body": """クレセント・ハラールフーズ
ご担当者様

資料のご送付ありがとうございました。
カタログ掲載の下記2品について、来年度の年間見積りをお願いいたします。

  HL-201　鶏ひき肉（ハラール認証・冷凍）1kg　年間　約60kg
  HL-318　チキンソーセージ（ハラール認証）20本入　年間　約40袋

納品先は南野給食センター（埼玉県南野市若葉台3-14-2）、
認証書の写しも合わせてお送りいただけますと幸いです。
""" + SIG_MINAGAWA,
    "entities": [], "detectors": [],
    "note": "halal product quote request: religion mentioned for products, no person",
})

# ---------------------------------------------------------------------------- 016
_rows16 = [
    ("北小", "3-2", "井手上 琉生", "下痢・腹痛", "11/18 20:00頃", "みなみの小児科クリニック 受診"),
    ("北小", "3-2", "狩野 心春", "嘔吐・発熱38.2℃", "11/18 22:30頃", "南野市民病院 受診（入院なし）"),
    ("北小", "5-1", "真壁 悠人", "下痢", "11/19 06:00頃", "未受診"),
    ("東小", "2-3", "相良 彩葉", "腹痛・嘔吐", "11/18 21:15頃", "南野市民病院 入院"),
    ("東小", "4-1", "四方田 陸", "下痢・発熱37.8℃", "11/19 02:00頃", "かわせ内科 受診"),
    ("南中", "1-3", "丹下 美羽", "腹痛", "11/19 07:30頃", "未受診"),
    ("南中", "2-2", "瓜生 駿", "下痢・嘔吐", "11/18 23:40頃", "南野市民病院 受診"),
]
_html16 = """<html><body style="font-family:'メイリオ',sans-serif;font-size:10.5pt">
<p>南野保健所 生活衛生課<br>食品衛生担当 御中</p>
<p>いつもお世話になっております。日の出産業株式会社 南野給食センターの早乙女でございます。<br>
11月18日（火）提供の給食後に体調不良を訴えた児童・生徒について、各校から報告を受けた分を下表にまとめました。<br>
検食（保存食）は本日10時に引き渡し済みです。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#ddeeff"><th>学校</th><th>学年組</th><th>氏名</th><th>症状</th><th>発症</th><th>受診状況</th></tr>
""" + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>"
                for a, b, c, d, e, f in _rows16) + """
</table>
<p>引き続き状況を確認し、追加があれば随時ご報告いたします。</p>
<p>--<br>日の出産業㈱ 給食事業部 衛生管理室<br>早乙女 玲奈　直通 049-287-5519</p>
</body></html>"""
add({
    "id": "kyushoku-016", "expect": "stop",
    "sender": FROM_SAOTOME,
    "to": ["南野保健所 生活衛生課 <seikatsu-eisei@minamino-hc.lg.jp>"],
    "subject": "11/18給食後の有症者一覧（第1報）",
    "charset": "utf-8",
    "html": _html16,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of seven named children with symptoms and hospital visits to the health centre",
})

# ---------------------------------------------------------------------------- 017
add({
    "id": "kyushoku-017", "expect": "pass",
    "sender": FROM_KUBOTA,
    "to": [BOE],
    "subject": "11/18給食後の体調不良について（集計・第2報）",
    "charset": "iso-2022-jp",
    "body": """南野市教育委員会 学務課 御中

南野給食センターの久保田です。11月18日の件、11月20日正午時点の集計をご報告します。

　学校名　　　　　　喫食者数　　有症者数　　受診者数　　入院
　北小学校　　　　　　　　412　　　　　　9　　　　　　4　　　0
　東小学校　　　　　　　　376　　　　　　6　　　　　　3　　　1
　南中学校　　　　　　　　498　　　　　　5　　　　　　2　　　0
　合計　　　　　　　　　1,286　　　　　20　　　　　　9　　　1

保健所による検査の結果は来週前半に判明する見込みです。
個人が特定される情報は本報告には含めておりません。
""" + SIG_KUBOTA,
    "entities": [], "detectors": [],
    "note": "food-poisoning figures aggregated by school, nobody identifiable",
})

# ---------------------------------------------------------------------------- 018
add({
    "id": "kyushoku-018", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": ["北国フーズ 商品開発部 <kaihatsu@kitaguni-foods.co.jp>"],
    "subject": "共同開発メニュー（米粉ナゲット）企画書の共有",
    "charset": "utf-8",
    "body": """北国フーズ株式会社
商品開発部 御中

お世話になっております。山辺です。
先日の打合せで話題に出た米粉ナゲットの企画書（ドラフト）をお送りします。
原価目標と試作スケジュールについてご意見をいただけますと幸いです。
""" + SIG_YAMABE,
    "attachments": [{"kind": "docx", "name": "米粉ナゲット開発企画書_v0.3.docx",
                     "page_header": "社外秘　日の出産業株式会社 給食事業部",
                     "title": "米粉ナゲット開発企画書",
                     "paragraphs": ["米粉ナゲット（卵・乳・小麦不使用）開発企画書 第0.3版",
                                    "1. 目的：特定原材料を使用しない主菜の共通化により除去食の調理工程を削減する。",
                                    "2. 原価目標：1食あたり38円以内（現行代替品 52円）",
                                    "3. 試作：令和8年2月 第1次試作、4月 学校試食会"],
                     "tables": [["項目", "現行", "目標"], ["原価/食", "52円", "38円"], ["工程数", "7", "4"]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "DOCX whose page header is stamped 社外秘, sent to a partner",
})

# ---------------------------------------------------------------------------- 019
add({
    "id": "kyushoku-019", "expect": "pass",
    "sender": FROM_MIYANAGA,
    "to": ["ツバサシステム 法務 <legal@tsubasa-system.jp>"],
    "subject": "秘密保持契約書（献立管理システム更改）修正案の件",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
法務ご担当 各位

お世話になっております。日の出産業 情報システム部の宮永です。
献立管理システム更改プロジェクトの秘密保持契約書について、弊社法務の修正案を添付します。

主な修正点：
　・第2条（機密情報の定義）口頭開示の場合の特定期間を30日に変更
　・第7条（返還・廃棄）廃棄証明書の提出を追加
　・第11条 有効期間を契約終了後3年に変更

ご確認のうえ、ご意見をいただけますでしょうか。
""" + SIG_MIYANAGA + DISC_JA,
    "attachments": [{"kind": "docx", "name": "NDA_献立管理システム_日の出修正案.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、以下のとおり契約を締結する。",
                                    "第2条（機密情報）本契約において機密情報とは、開示者が秘密である旨を明示して開示した技術上又は営業上の情報をいう。",
                                    "第7条（返還・廃棄）受領者は、開示者の請求があったときは、機密情報を返還又は廃棄し、廃棄証明書を提出する。"]}],
    "entities": [], "detectors": [],
    "note": "mail about an NDA and an NDA draft that discusses 機密情報 but carries no marking",
})

# ---------------------------------------------------------------------------- 020
add({
    "id": "kyushoku-020", "expect": "stop",
    "sender": FROM_MINAGAWA,
    "to": ["さくら台小学校 栄養教諭 <eiyou@sakuradai-es.ed.jp>"],
    "subject": "食育授業用資料の送付",
    "charset": "iso-2022-jp",
    "body": """さくら台小学校
栄養教諭　先生

お世話になっております。皆川です。
来週の食育授業（5年生「だしのうまみ」）で使う資料一式をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。
""" + SIG_MINAGAWA,
    "attachments": [{"kind": "zip", "name": "shokuiku_5nen.zip", "password": "Sakura#1205",
                     "files": [{"kind": "pptx", "name": "だしのうまみ.pptx",
                                "slides": [["だしのうまみ", "こんぶ・かつおぶし・にぼし"],
                                           ["実験", "3つのだしを飲みくらべよう"]]}]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected",
})

# ---------------------------------------------------------------------------- 021
add({
    "id": "kyushoku-021", "expect": "pass",
    "sender": FROM_MINAGAWA,
    "to": ["さくら台小学校 栄養教諭 <eiyou@sakuradai-es.ed.jp>"],
    "subject": "パスワードのお知らせ",
    "charset": "iso-2022-jp",
    "body": """先生

先ほどお送りした「shokuiku_5nen.zip」のパスワードです。

　Sakura#1205

授業後に感想などお聞かせいただけると嬉しいです。
皆川
""",
    "entities": [], "detectors": [],
    "note": "separate password mail: no attachment, no personal data",
})

# ---------------------------------------------------------------------------- 022
_lines22 = ["給与振込依頼明細（12月25日支給分）  委託者：ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ  委託者コード 0081234567", "",
            "No  銀行名          支店名      種目  口座番号  受取人名（ｶﾅ）      金額"]
for i, (bank, branch, kana, amt) in enumerate([
    ("みどり銀行", "南野支店", "ｳﾀﾞｶﾞﾜ ｻﾁｺ", "98,420"),
    ("みどり銀行", "坂戸支店", "ｾﾝﾊﾞ ﾅｵﾐ", "112,300"),
    ("武州信用金庫", "川越東支店", "ﾀﾂﾐ ﾉﾎﾞﾙ", "86,750"),
    ("みどり銀行", "鶴ヶ島支店", "ｷｻﾇｷ ﾕｶ", "74,980"),
    ("ゆうちょ銀行", "〇四八店", "ｱｼｶﾘ ﾁｴ", "101,200"),
    ("みどり銀行", "南野支店", "ｵｵｿﾈ ｶｽﾞﾖ", "93,640"),
    ("みどり銀行", "若葉台出張所", "ｼｵﾐ ﾏﾕﾐ", "88,010"),
    ("さきたま銀行", "本店営業部", "ﾄﾄﾞﾛｷ ｹｲｺ", "120,560"),
], start=1):
    _lines22.append(f"{i:>2}  {bank:<12}  {branch:<8}  普通  {acct()}   {kana:<18}  {amt:>8}")
add({
    "id": "kyushoku-022", "expect": "stop",
    "sender": FROM_IGARASHI,
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    "subject": "12月度 パート給与振込データ送付",
    "charset": "cp932",
    "body": """みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の五十嵐です。
12月25日支給分のパート従業員給与振込データをお送りします。
インターネットバンキングの不具合により、今月のみメールでの送付となります。
""" + SIG_IGARASHI,
    "attachments": [{"kind": "txt", "name": "kyuyo_furikomi_1225.txt", "encoding": "cp932",
                     "text": "\n".join(_lines22)}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "eight employees' bank accounts with kana names in a fixed-width text file to the bank",
})

# ---------------------------------------------------------------------------- 023
add({
    "id": "kyushoku-023", "expect": "pass",
    "sender": FROM_SHIINA,
    "to": ["川崎電機 総務部 経理担当 <soumu-keiri@kawasaki-denki.co.jp>"],
    "subject": "【ご請求書】本社食堂 運営委託料 2025年11月分",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
総務部 経理ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
本社食堂 運営委託料（2025年11月分）のご請求書をお送りいたします。

　請求番号　：INV-KD-2511-004
　ご請求金額：3,284,500円（税込）
　お支払期日：2025年12月31日
　振込先　　：みどり銀行 日本橋支店 普通 4410582 ヒノデサンギヨウ（カ
　登録番号　：T{HINODE_CORP}

何卒よろしくお願い申し上げます。
""" + SIG_SHIINA,
    "attachments": [{"kind": "pdf", "name": "INV-KD-2511-004.pdf",
                     "lines": ["請求書", "川崎電機株式会社 御中", f"日の出産業株式会社　登録番号 T{HINODE_CORP}",
                               "請求番号 INV-KD-2511-004　発行日 2025/11/30"],
                     "table": [["品目", "数量", "単価", "金額"],
                               ["定食A", "4,210", "420", "1,768,200"],
                               ["麺類", "1,980", "380", "752,400"],
                               ["運営管理費", "1", "465,300", "465,300"],
                               ["消費税（10%）", "", "", "298,600"]]}],
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice with the company's T-number and company bank account: business data only",
})

# ---------------------------------------------------------------------------- 024
add({
    "id": "kyushoku-024", "expect": "stop",
    "sender": FROM_SASAMORI,
    "to": ["久保田センター長 <kubota.tsuyoshi@hinode-sangyo.jp>"],
    "subject": "12月 調理員シフト表（確定版）",
    "charset": "iso-2022-jp",
    "body": """センター長

お疲れさまです。笹森です。
12月の調理員シフト、確定版です。冬休み前の最終週は、回転釜の清掃を2名追加しています。
ご確認お願いします。

笹森
""",
    "attachments": [{"kind": "xlsx", "name": "シフト_12月_確定.xlsx",
                     "sheets": {"12月": [["担当", "1日", "2日", "3日"], ["下処理", "4名", "4名", "5名"],
                                        ["煮炊き", "3名", "3名", "3名"], ["洗浄", "6名", "6名", "6名"]]}}],
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "internal mail mis-addressed to hinode-sangyo.jp (dropped co.), a look-alike of the own domain",
})

# ---------------------------------------------------------------------------- 025
add({
    "id": "kyushoku-025", "expect": "stop",
    "sender": FROM_MINAGAWA,
    "to": ["キッチンラボ南野 予約係 <yoyaku@kitchen-labo.co.jp>"],
    "subject": "親子料理教室（12/13）参加者名簿の送付",
    "charset": "cp932",
    "body": """キッチンラボ南野
予約係　ご担当者様

いつもお世話になっております。南野給食センターの皆川です。
12月13日（土）の「親子でつくろう！給食メニュー教室」の参加者名簿をお送りします。
当日の受付と、緊急時の連絡にお使いください。

■参加者（保護者／お子さん）

１．ひいらぎ　まさこ／ひいらぎ　そうた（小３）
　　携帯：""" + zen(mob()) + """
２．ちぎら　あゆみ／ちぎら　ゆな（小５）
　　携帯：""" + zen(mob()) + """
３．はせべ　ともこ／はせべ　いつき（小２）
　　携帯：""" + zen(mob()) + """
４．いさはや　りえ／いさはや　こはる（小４）
　　携帯：""" + zen(mob()) + """
５．みやけ　かずえ／みやけ　れん（小６）
　　携帯：""" + zen(mob()) + """
６．くつな　ゆかり／くつな　みお（小１）
　　携帯：""" + zen(mob()) + """

エプロン・三角巾は各自持参です。よろしくお願いいたします。
""" + SIG_MINAGAWA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six families in hiragana with full-width mobile numbers to a cooking studio",
})

# ---------------------------------------------------------------------------- 026
add({
    "id": "kyushoku-026", "expect": "pass",
    "sender": FROM_MINAGAWA,
    "to": ["東小学校 教頭 <kyoto@minamino-higashi-es.ed.jp>"],
    "subject": "親子料理教室のチラシ配布のお願い",
    "charset": "iso-2022-jp",
    "body": """東小学校
教頭先生

いつもお世話になっております。南野給食センターの皆川です。
12月13日（土）に開催する親子料理教室のチラシをお送りします。
お手数ですが、3〜6年生の各クラスで配布していただけますでしょうか。
申込みは保護者から直接センターへ、FAXまたは申込フォームでいただく形にしています。

よろしくお願いいたします。
""" + SIG_MINAGAWA,
    "attachments": [{"kind": "pdf", "name": "親子料理教室チラシ.pdf",
                     "lines": ["親子でつくろう！給食メニュー教室",
                               "日時：12月13日（土）10:00〜12:30",
                               "会場：キッチンラボ南野（南野駅東口徒歩3分）",
                               "メニュー：ソフト麺のミートソース、わかめサラダ、冷凍みかんゼリー",
                               "定員：親子12組（先着順）　参加費：1組 800円",
                               "申込み・問合せ：南野給食センター TEL 049-287-5510 FAX 049-287-5511"]}],
    "entities": [], "detectors": [],
    "note": "event flyer with the centre's own contact numbers only",
})

# ---------------------------------------------------------------------------- 027
_rows27 = [
    ("A-10231", "2", "平成30年5月3日", "鶏卵", zen(mob())),
    ("A-10248", "4", "平成28年11月27日", "牛乳・乳製品", zen(mob())),
    ("A-10255", "1", "令和元年7月9日", "小麦", zen(mob())),
    ("A-10262", "5", "平成27年2月14日", "えび・かに", zen(mob())),
    ("A-10270", "中2", "平成24年9月30日", "落花生・くるみ", zen(mob())),
    ("A-10288", "中3", "平成23年1月6日", "鶏卵・牛乳", zen(mob())),
]
add({
    "id": "kyushoku-027", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": ["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
    "subject": "新献立管理システム 移行テスト用データ（アレルギー対応者）",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
導入支援チーム 御中

お世話になっております。山辺です。
移行テスト用に、アレルギー対応者マスタの抜粋をお送りします。
氏名は外してありますので、このまま取込テストにお使いください。

児童ID     学年   生年月日              除去品目           保護者緊急連絡先
---------  -----  --------------------  -----------------  ------------------
""" + "\n".join(f"{a:<9}  {b:<4}  {c:<18}  {d:<15}  {e}" for a, b, c, d, e in _rows27) + """

取込後、除去品目が献立の原材料と正しく突合されるかご確認ください。
""" + SIG_YAMABE,
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six rows without a name column: 和暦 birth dates, allergies and guardians' full-width phones",
})

# ---------------------------------------------------------------------------- 028
_mn28 = next_my_number()
add({
    "id": "kyushoku-028", "expect": "pass",
    "sender": FROM_OKOCHI,
    "to": ["南野給食センター 総務 <inagaki.s@hinode-sangyo.co.jp>"],
    "subject": "Re: 年末調整 個人番号の確認",
    "charset": "iso-2022-jp",
    "body": f"""稲垣さん

確認ありがとうございます。
辰巳 登さんの個人番号は、本人確認書類の写しと照合して
{grouped(_mn28)} で間違いありませんでした。
扶養控除等申告書への転記はこちらで行います。

大河内
""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"], "detectors": [],
    "note": "a My Number between two internal staff: internal-only mail passes",
})

# ---------------------------------------------------------------------------- 029
_card29 = next_card()
add({
    "id": "kyushoku-029", "expect": "stop",
    "sender": FROM_INAGAKI,
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "2/6 研修参加者の宿泊予約（法人カード決済）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル
宿泊予約ご担当者様

お世話になっております。日の出産業株式会社の稲垣です。
2月6日（金）1泊、シングル3室の予約をお願いいたします（全国学校給食研究協議会 参加のため）。

お支払いは事前決済でお願いしたく、法人カード情報をお知らせします。
　カード番号：{grouped(_card29)}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

領収書は「日の出産業株式会社」宛でお願いいたします。
""" + SIG_INAGAKI,
    "entities": ["CREDIT_CARD"], "detectors": ["personal_data"],
    "note": "a credit card number in the body to a hotel",
})

# ---------------------------------------------------------------------------- 030
add({
    "id": "kyushoku-030", "expect": "pass",
    "sender": FROM_INAGAKI,
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "cc": [FROM_YAMABE],
    "subject": "Re: ご予約確認（予約番号 SH-260206-0117）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル
ご担当者様

ご予約確認をありがとうございます。内容に相違ございません。
宿泊者は山辺・皆川・稲垣の3名です。お支払いは当日現地にて法人カードで行います。
チェックインは19時頃の予定です。

日の出産業株式会社　稲垣

-----Original Message-----
From: さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>
Sent: Monday, January 19, 2026 10:42 AM
Subject: ご予約確認（予約番号 SH-260206-0117）

日の出産業株式会社 稲垣様
このたびはご予約いただき誠にありがとうございます。
 ご宿泊日：2026年2月6日（金）1泊
 お部屋　：シングル（禁煙）3室
 料金　　：1室 9,800円（朝食付・税込）
""",
    "entities": [], "detectors": [],
    "note": "hotel booking reply: names only, booking number, no card; quoted text below",
})

# ---------------------------------------------------------------------------- 031
add({
    "id": "kyushoku-031", "expect": "stop",
    "sender": FROM_INAGAKI,
    "to": ["青葉運輸 配車係 <haisha-minamino@aoba-unyuu.co.jp>"],
    "subject": "3学期 給食配送日程表の送付",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 南野営業所
配車係 ご担当者様

お世話になっております。稲垣です。
3学期の給食配送日程表をお送りします。1月8日開始、3月19日最終です。
2月は学級閉鎖による減便が出る可能性があり、前日15時までにご連絡します。
""" + SIG_INAGAKI,
    "attachments": [{"kind": "csv", "name": "haiso_3gakki.csv", "encoding": "cp932",
                     "rows": [["日付", "便数", "備考"], ["1/8", "6", "始業式・午前のみ南中"],
                              ["1/9", "6", ""], ["3/19", "4", "中学校なし"]]}],
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "aoba-unyuu.co.jp: a letter added to the partner domain aoba-unyu.co.jp",
})

# ---------------------------------------------------------------------------- 032
add({
    "id": "kyushoku-032", "expect": "pass",
    "sender": FROM_KUBOTA,
    "to": [KITAGUNI, "青葉運輸 南野営業所 所長 <shocho-minamino@aoba-unyu.co.jp>"],
    "subject": "冷凍品の納品時間帯に関する三者打合せのお願い",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社　宍戸様
青葉運輸株式会社　南野営業所長様

いつもお世話になっております。南野給食センターの久保田です。
冷凍品の納品が検収時間（7:00〜8:00）を過ぎる日が続いており、
三社で一度、納品と配送の時間帯を調整させていただけないでしょうか。

候補日：12月10日（水）15時／12月11日（木）10時／12月12日（金）14時
場所　：南野給食センター 2階会議室（Web参加も可）

ご都合をお知らせください。
""" + SIG_KUBOTA,
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "a normal three-way meeting mail: two external organisations in To",
})

# ---------------------------------------------------------------------------- 033
add({
    "id": "kyushoku-033", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": [KITAGUNI, "錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "cc": ["青葉運輸 南野営業所 <minamino@aoba-unyu.co.jp>", FROM_KUBOTA],
    "subject": "年末年始の業務スケジュールについて（各社共有）",
    "charset": "iso-2022-jp",
    "body": """関係各社 ご担当者様

いつもお世話になっております。南野給食センターの山辺です。
年末年始の業務スケジュールを共有いたします。

・最終給食日　　：12月24日（水）
・食材最終納品　：12月23日（火）
・献立表入稿　　：1月分は12月12日（金）、2月分は1月16日（金）
・食缶回収最終便：12月24日（水）14時

新年は1月8日（木）から通常どおりです。
""" + SIG_YAMABE,
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (partners) visible to each other in To/Cc",
})

# ---------------------------------------------------------------------------- 034
_body34 = """Dear Mr. Hargreaves,

Thank you for your quotation dated 2 December.
We would like to confirm the following order for the Minamino school-lunch centre:

  Item     : Grass-fed beef, diced 20mm, IQF, 10 kg cartons
  Code     : SP-BF-2210
  Quantity : 120 cartons (1,200 kg)
  Price    : AUD 13.40 / kg, CIF Tokyo
  Shipment : reefer container, ETD Brisbane 16 January

Please send the halal certificate and the health certificate together with the
shipping documents. Our importer, Kitaguni Foods, will handle customs clearance.

Best regards,
Miwa Yamabe
Registered Dietitian, Minamino School Lunch Centre
Hinode Sangyo Co., Ltd.
""" + DISC_EN
add({
    "id": "kyushoku-034", "expect": "pass",
    "sender": "Miwa Yamabe <yamabe.m@hinode-sangyo.co.jp>",
    "to": ["Tom Hargreaves <t.hargreaves@southernpastures.com.au>"],
    "subject": "Order confirmation - diced beef SP-BF-2210",
    "charset": "utf-8",
    "body": _body34,
    "html": "<html><body><pre style=\"font-family:Arial\">" + _body34.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>",
    "entities": [], "detectors": [],
    "note": "English order confirmation to a foreign supplier with the standard disclaimer",
})

# ---------------------------------------------------------------------------- 035
add({
    "id": "kyushoku-035", "expect": "stop",
    "sender": "Miwa Yamabe <yamabe.m@hinode-sangyo.co.jp>",
    "to": ["Catering Desk <catering@globalmeals-japan.com>"],
    "subject": "Special meal list - Minamino International School (January)",
    "charset": "utf-8",
    "body": """Hello,

As discussed by phone, please find below the pupils of Minamino International School
who need individual meals from January. Please prepare the packed meals with the
pupil's name on each label.

 Name                 Grade  Requirement
 -------------------  -----  -------------------------------------------
 Aarav SHARMA         G3     vegetarian (Hindu), no egg
 Yusuf DEMIR          G5     halal (Muslim)
 Hannah KLEIN         G2     coeliac disease - strictly gluten free
 Mei-Ling CHAO        G4     peanut & tree nut allergy (EpiPen)
 Noah BERGSTROM       G6     type 1 diabetes - carb counts on label
 Aiko TANIGUCHI-WEST  G1     kosher-style, no pork or shellfish

Thank you,
Miwa Yamabe
Hinode Sangyo Co., Ltd. / Minamino School Lunch Centre
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six romaji-named pupils with religion and medical conditions to an outside caterer",
})

# ---------------------------------------------------------------------------- 036
add({
    "id": "kyushoku-036", "expect": "pass",
    "sender": FROM_MINAGAWA,
    "to": ["南中学校 養護教諭 <hoken@minamino-minami-jh.ed.jp>"],
    "subject": "RE: 3学期の除去食対象生徒について",
    "charset": "cp932",
    "body": """南中学校
養護教諭　先生

ご連絡ありがとうございます。
3名とも承知しました。1月8日の給食から対応いたします。
配缶表が出来ましたら、改めて学校分をお送りします。

皆川

差出人: 南中学校 養護教諭 <hoken@minamino-minami-jh.ed.jp>
送信日時: 2025年12月15日 16:02
宛先: 皆川 かおり <minagawa.k@hinode-sangyo.co.jp>
件名: 3学期の除去食対象生徒について

南野給食センター 皆川様

3学期から除去食の対象となる生徒をお知らせします。
　1年3組　丹下 美羽　　　鶏卵（診断書あり）
　2年1組　蔦谷 瑛太　　　キウイ・バナナ（口腔アレルギー症候群）
　3年2組　綿貫 さくら　　そば（アナフィラキシー既往）
よろしくお願いいたします。
""",
    "entities": [], "detectors": [],
    "note": "the allergy data is only in the quoted mail (差出人/送信日時) from the recipient herself",
})

# ---------------------------------------------------------------------------- 037
add({
    "id": "kyushoku-037", "expect": "stop",
    "sender": FROM_SAOTOME,
    "to": ["あおぞらクリニック 受付 <uketsuke@aozora-clinic.jp>"],
    "subject": "本日受診予定の従業員について（事前連絡）",
    "charset": "iso-2022-jp",
    "body": """あおぞらクリニック
受付ご担当者様

日の出産業 南野給食センターの早乙女です。先ほどお電話した件です。
本日10時頃、調理中に蒸気回転釜の蒸気で右前腕をやけどした従業員が受診します。
労災扱いになる予定ですが、念のため保険証の情報をお送りします。

　氏名　　　：勅使河原 美智子（てしがわら みちこ）
　生年月日　：昭和47年8月19日
　保険者番号：06110873
　記号・番号：記号 5102　番号 374
　既往歴　　：2型糖尿病（内服治療中）

付き添いは調理主任の笹森が行います。よろしくお願いいたします。
""" + SIG_SAOTOME,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's health insurance card number, injury and medical history to a clinic",
})

# ---------------------------------------------------------------------------- 038
add({
    "id": "kyushoku-038", "expect": "stop",
    "sender": FROM_INAGAKI,
    "to": ["西小学校 事務室 <jimu@minamino-nishi-es.ed.jp>"],
    "subject": "配送車両の入構証発行について（運転者変更）",
    "charset": "utf-8",
    "body": """西小学校 事務室
ご担当者様

お世話になっております。南野給食センター総務の稲垣です。
1月から配送車両の運転者が交代しますので、入構証の再発行をお願いいたします。
ご指定の申請様式どおり、運転免許証の番号も記載いたします。

　運転者氏名：宮路 健太郎
　生年月日　：1988年4月2日
　運転免許証番号：第 301208844170 号
　車両番号　：所沢 400 す 21-87

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_INAGAKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one driver's licence number and birth date to a school",
})

# ---------------------------------------------------------------------------- 039
add({
    "id": "kyushoku-039", "expect": "pass",
    "sender": FROM_INAGAKI,
    "to": ["東小学校 事務室 <jimu@minamino-higashi-es.ed.jp>"],
    "subject": "給食配送車両の入構届（3学期）",
    "charset": "iso-2022-jp",
    "body": """東小学校 事務室
ご担当者様

3学期の給食配送車両について、入構届をお送りします。

　・車両1　所沢 400 す 21-87　（2t保冷車・白）
　・車両2　所沢 400 す 21-93　（2t保冷車・白）
　・運行会社　青葉運輸株式会社 南野営業所（TEL 049-287-3300）

運転者は青葉運輸の交代制のため、氏名の事前登録は不要と伺っております。
""" + SIG_INAGAKI,
    "entities": [], "detectors": [],
    "note": "vehicle plates and a carrier's switchboard: no personal data",
})

# ---------------------------------------------------------------------------- 040
add({
    "id": "kyushoku-040", "expect": "stop",
    "sender": FROM_OKOCHI,
    "to": ["アジア技能協力機構 監理課 <kanri@asia-ginou.or.jp>"],
    "subject": "技能実習生 在留期間更新の必要書類について",
    "charset": "utf-8",
    "body": """アジア技能協力機構
監理課 ご担当者様

いつもお世話になっております。日の出産業 人事部の大河内です。
南野給食センターで受け入れている技能実習生の在留期間更新について、
在留カードの記載事項を下記のとおりお知らせします。

  氏名（ローマ字）：NGUYEN THI THU HANG
  国籍・地域　　　：ベトナム
  生年月日　　　　：2001年10月05日
  在留カード番号　：UH48203175EA
  在留期限　　　　：2026年02月18日

表裏のコピーは郵送いたします。よろしくお願いいたします。
""" + SIG_OKOCHI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "one trainee's residence card number to the supervising organisation",
})

# ---------------------------------------------------------------------------- 041
add({
    "id": "kyushoku-041", "expect": "pass",
    "sender": FROM_OKOCHI,
    "to": [FROM_KUBOTA],
    "cc": [FROM_INAGAKI],
    "subject": "在留カード期限一覧（南野センター 外国籍従業員）",
    "charset": "utf-8",
    "body": """久保田センター長

人事の大河内です。来年度前半に期限を迎える方の一覧です。更新面談の調整をお願いします。

氏名,国籍,在留資格,在留カード番号,期限
NGUYEN THI THU HANG,ベトナム,技能実習2号,UH48203175EA,2026/02/18
TRAN VAN DUC,ベトナム,技能実習2号,UH51092284EB,2026/03/02
SANTOS MARIA LUISA,フィリピン,永住者配偶者等,PQ77310826FA,2026/05/30
GURUNG BIKASH,ネパール,特定技能1号,RX20938471AB,2026/07/14
SIMATUPANG DEWI,インドネシア,特定技能1号,RX33401829CD,2026/09/01

大河内
""",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"], "detectors": [],
    "note": "residence card list between internal staff only",
})

# ---------------------------------------------------------------------------- 042
_pn42 = pension()
add({
    "id": "kyushoku-042", "expect": "stop",
    "sender": FROM_OKOCHI,
    "to": ["森川社会保険労務士事務所 森川様 <morikawa@sr-morikawa.jp>"],
    "subject": "Re: 喪失届の件（パート調理員1名）",
    "charset": "iso-2022-jp",
    "body": f"""森川先生

ご連絡ありがとうございます。大河内です。
お問い合わせの件、退職者の情報は以下のとおりです。

　氏名：轟 恵子（とどろき けいこ）
　生年月日：昭和３８年１１月２日
　基礎年金番号：{zen(_pn42)}
　退職日：令和７年１２月２０日

資格喪失届の作成をお願いいたします。

> 日の出産業　大河内様
> 轟様の喪失届について、基礎年金番号と生年月日をお知らせください。
> 森川
""" + SIG_OKOCHI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "new text gives one person's basic pension number in full-width digits and a 和暦 birth date",
})

# ---------------------------------------------------------------------------- 043
add({
    "id": "kyushoku-043", "expect": "stop",
    "sender": FROM_INAGAKI,
    "to": ["ほしぞらトラベル 法人営業 <hojin@hoshizora-travel.co.jp>"],
    "subject": "台北 食品見本市視察（2/18-20）航空券手配の件",
    "charset": "utf-8",
    "body": """ほしぞらトラベル
法人営業ご担当者様

お世話になっております。日の出産業の稲垣です。
台北の食品見本市視察の航空券手配に必要な旅券情報をお送りします。

┌──────────────┬────────────┬──────────┬──────────┐
│ 氏名（旅券表記）      │ 旅券番号         │ 生年月日       │ 有効期限       │
├──────────────┼────────────┼──────────┼──────────┤
│ KUBOTA TSUYOSHI          │ TZ1048327        │ 1970/06/11     │ 2031/03/08     │
│ YAMABE MIWA              │ TR5529014        │ 1984/01/23     │ 2029/10/17     │
│ SHIINA TAKUMI            │ MZ0873361        │ 1991/12/02     │ 2033/07/29     │
└──────────────┴────────────┴──────────┴──────────┘

ホテルは前回同様、駅近くのビジネスホテルでお願いします。
""" + SIG_INAGAKI,
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three passport numbers with birth dates to a travel agency (identity documents)",
})

# ---------------------------------------------------------------------------- 044
add({
    "id": "kyushoku-044", "expect": "pass",
    "sender": FROM_INAGAKI,
    "to": ["ほしぞらトラベル 法人営業 <hojin@hoshizora-travel.co.jp>"],
    "subject": "Re: 台北視察 旅程表（確定版）",
    "charset": "iso-2022-jp",
    "body": """ほしぞらトラベル　ご担当者様

確定版の旅程表、確認いたしました。参加者は久保田・山辺・椎名の3名で変更ありません。
空港集合は2月18日 7:30、第2ターミナル 南ウイング とのこと、承知しました。
請求書は経理部 五十嵐宛にお送りください。

稲垣

>   2/18  羽田 09:05 発 → 台北松山 11:50 着（BR191）
>   2/19  台北国際食品見本市 視察（終日）
>   2/20  台北松山 12:40 発 → 羽田 16:30 着（BR192）
""" + SIG_INAGAKI,
    "entities": [], "detectors": [],
    "note": "itinerary confirmation: names without any other data, quoted flight plan",
})

# ---------------------------------------------------------------------------- 045
_emp45 = [["社員番号", "氏名", "フリガナ", "所属", "メールアドレス", "食堂IC区分"]]
for no, name, kana, dept, mail in [
    ("KD10482", "長谷部 信也", "ハセベ シンヤ", "生産技術部", "s.hasebe"),
    ("KD10519", "浅香 理沙", "アサカ リサ", "品質保証部", "r.asaka"),
    ("KD10577", "篠塚 亮", "シノヅカ リョウ", "設計一課", "r.shinozuka"),
    ("KD10602", "伊集院 葵", "イジュウイン アオイ", "総務部", "a.ijuin"),
    ("KD10640", "能登 勇気", "ノト ユウキ", "営業二課", "y.noto"),
    ("KD10655", "羽賀 千尋", "ハガ チヒロ", "設計二課", "c.haga"),
    ("KD10671", "城之内 翔", "ジョウノウチ ショウ", "生産管理部", "s.jonouchi"),
]:
    _emp45.append([no, name, kana, dept, f"{mail}@kawasaki-denki.co.jp", "社員"])
add({
    "id": "kyushoku-045", "expect": "stop",
    "sender": FROM_SHIINA,
    "to": ["ツバサシステム 運用サポート <support@tsubasa-system.jp>"],
    "subject": "川崎電機様 食堂ICカード追加登録の依頼",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
運用サポート ご担当者様

いつもお世話になっております。日の出産業の椎名です。
川崎電機様 本社食堂の精算システムに、1月入社・異動者のICカード登録をお願いします。
対象者一覧をExcelで添付します（シート「登録依頼」）。
""" + SIG_SHIINA + DISC_JA,
    "attachments": [{"kind": "xlsx", "name": "IC登録依頼_202601.xlsx",
                     "sheets": {"登録依頼": [["川崎電機 本社食堂 ICカード登録依頼（2026年1月）"], ["依頼日", "2025/12/18"], []] + _emp45,
                                "記入要領": [["項目", "説明"], ["食堂IC区分", "社員／派遣／来客"]]}}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven employees' names and e-mail addresses in an XLSX with a title row",
})

# ---------------------------------------------------------------------------- 046
add({
    "id": "kyushoku-046", "expect": "pass",
    "sender": FROM_MIYANAGA,
    "to": ["ツバサシステム 運用サポート <support@tsubasa-system.jp>"],
    "subject": "[問合せ] 献立管理システム 栄養価計算画面でエラー (E-4012)",
    "charset": "utf-8",
    "body": """ツバサシステム 運用サポート御中

日の出産業 情報システム部の宮永です。
献立管理システム（Ver.5.2.1）で、栄養価計算画面を開くと E-4012 が表示されます。

  発生日時：12/16 9:40頃〜（継続中）
  端末　　：南野給食センター 栄養士室 PC-03、PC-05
  操作　　：献立一覧 → 1月分を選択 → 「栄養価計算」
  再現性　：100%

画面のスクリーンショットを添付します。
本件の窓口は私（携帯 090-6615-2071）までお願いします。
""" + SIG_MIYANAGA,
    "attachments": [{"kind": "png", "name": "E4012_screen.png"}],
    "entities": [], "detectors": [],
    "note": "IT support request with the sender's own contact and a screenshot",
})

# ---------------------------------------------------------------------------- 047
_hc47 = [("笹森 ゆかり", "54", "142/94", "要経過観察（血圧）"),
         ("宇田川 幸子", "54", "128/80", "異常なし"),
         ("仙波 直美", "47", "118/72", "要精密検査（肝機能）"),
         ("辰巳 登", "65", "156/98", "要治療（高血圧症）"),
         ("木佐貫 由佳", "39", "110/70", "異常なし"),
         ("芦刈 智恵", "56", "134/86", "要経過観察（脂質）")]
add({
    "id": "kyushoku-047", "expect": "stop",
    "sender": FROM_SAOTOME,
    "to": ["南野市教育委員会 保健給食課 <hokenkyushoku@city.minamino.lg.jp>"],
    "subject": "調理従事者 定期健康診断結果のご報告（委託仕様書第14条）",
    "charset": "utf-8",
    "html": """<html><body>
<p>南野市教育委員会 保健給食課 御中</p>
<p>日の出産業 衛生管理室の早乙女です。委託仕様書第14条に基づき、調理従事者の定期健康診断結果をご報告いたします（抜粋）。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>氏名</th><th>年齢</th><th>血圧</th><th>判定</th></tr></thead><tbody>
""" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _hc47) + """
</tbody></table>
<p>要精密検査・要治療の者には受診勧奨を行っております。</p>
<p>日の出産業㈱ 給食事業部 衛生管理室　早乙女 玲奈</p>
</body></html>""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of six named staff's health check results to the board of education",
})

# ---------------------------------------------------------------------------- 048
add({
    "id": "kyushoku-048", "expect": "pass",
    "sender": FROM_MINAGAWA,
    "to": ["北小学校 給食主任 <kyushoku@minamino-kita-es.ed.jp>"],
    "subject": "給食だより 1月号（HTML版）",
    "charset": "utf-8",
    "html": """<html><body style="font-family:sans-serif">
<h2 style="color:#c0392b">給食だより　1月号</h2>
<p>あけましておめでとうございます。3学期も安全でおいしい給食をお届けします。</p>
<h3>1月24日〜30日は「全国学校給食週間」</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>日</th><th>テーマ</th><th>献立</th></tr>
<tr><td>26日（月）</td><td>給食のはじまり</td><td>おにぎり・焼き鮭・菜の漬物</td></tr>
<tr><td>27日（火）</td><td>埼玉の郷土料理</td><td>冷汁うどん・いもフライ</td></tr>
<tr><td>28日（水）</td><td>世界の料理</td><td>ナン・キーマカレー・ラッシー風ゼリー</td></tr>
</table>
<p>旬の食材：ねぎ、ほうれん草、みかん。ねぎは深谷産を使用しています。</p>
<p style="font-size:9pt">南野給食センター　TEL 049-287-5510</p>
</body></html>""",
    "entities": [], "detectors": [],
    "note": "HTML-only newsletter with a menu table, no person",
})

# ---------------------------------------------------------------------------- 049
_csv49 = [["管理番号", "保護者氏名", "児童生徒氏名", "学校", "電話番号", "未納月", "未納額"]]
for i, (g, c, s, months, amt) in enumerate([
    ("高梨 誠", "高梨 優奈", "北小", "9月〜11月", "13,950"),
    ("曽我部 ルミ", "曽我部 蓮", "東小", "10月・11月", "9,300"),
    ("日下部 光男", "日下部 結衣", "南中", "6月〜11月", "33,000"),
    ("鮫島 奈々", "鮫島 陽太", "西小", "11月", "4,650"),
    ("笠原 康介", "笠原 凛", "西中", "7月〜11月", "27,500"),
    ("蒲生 まゆみ", "蒲生 颯", "さくら台小", "9月〜11月", "13,950"),
], start=1):
    _csv49.append([f"M-{2025}{i:03d}", g, c, s, mob(), months, amt])
add({
    "id": "kyushoku-049", "expect": "stop",
    "sender": FROM_IGARASHI,
    "to": ["回収サポート株式会社 業務部 <gyomu@kaishu-support.co.jp>"],
    "subject": "給食費 未納者データ（督促委託分）",
    "charset": "utf-8",
    "body": """回収サポート株式会社
業務部 ご担当者様

お世話になっております。日の出産業 経理部の五十嵐です。
南野市より督促業務の再委託について承認を得ましたので、対象者データをお送りします。
（文字コードはUTF-8です）
""" + SIG_IGARASHI,
    "attachments": [{"kind": "csv", "name": "minou_list_202512.csv", "encoding": "utf-8", "rows": _csv49}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of six guardians and children with phones and arrears to a collection agency",
})

# ---------------------------------------------------------------------------- 050
add({
    "id": "kyushoku-050", "expect": "pass",
    "sender": FROM_IGARASHI,
    "to": [FROM_KUBOTA, FROM_INAGAKI],
    "subject": "給食費 未納状況（11月末時点・社内共有）",
    "charset": "utf-8",
    "body": """久保田さん、稲垣さん

経理の五十嵐です。11月末時点の未納者です。督促状の発送前に念のため共有します。

  保護者氏名        学校        電話番号          未納額
  ----------------  ----------  ----------------  --------
""" + "\n".join(f"  {r[1]:<14}  {r[3]:<8}  {r[4]:<16}  {r[6]:>8}" for r in _csv49[1:]) + """

五十嵐
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": [],
    "note": "the same kind of list, but only to internal recipients",
})

# ---------------------------------------------------------------------------- 051
_haishoku = [["利用者番号", "氏名", "生年月日", "住所", "電話", "食事形態", "備考"]]
for no, name, dob, addr, form, memo in [
    ("H-0031", "東條 キヨ", "昭和9年3月15日", "埼玉県南野市緑町1-4-7", "刻み食", "糖尿病食（1,400kcal）"),
    ("H-0034", "猪狩 正一", "昭和12年10月1日", "埼玉県南野市北町3-18-2", "普通食", "減塩（腎臓病）"),
    ("H-0042", "冨樫 ハツ", "昭和6年12月24日", "埼玉県南野市東台2-9-11", "ミキサー食", "嚥下障害あり"),
    ("H-0047", "榊原 信子", "昭和15年5月30日", "埼玉県南野市若葉台4-2-5 若葉台団地7-304", "普通食", ""),
    ("H-0051", "馬渕 勝", "昭和11年8月8日", "埼玉県南野市西原1-21-16", "軟菜食", "認知症・独居"),
    ("H-0058", "水嶋 トミ子", "昭和13年2月11日", "埼玉県南野市さくら台3-6-9", "刻み食", "ワーファリン服用（納豆不可）"),
]:
    _haishoku.append([no, name, dob, addr, mob() if no in ("H-0047", "H-0051") else f"049-287-{rng.randrange(1000, 10000)}", form, memo])
add({
    "id": "kyushoku-051", "expect": "stop",
    "sender": FROM_MINAGAWA,
    "to": ["ひだまり介護サービス 配食担当 <haishoku@hidamari-kaigo.or.jp>"],
    "subject": "高齢者配食サービス 利用者名簿（1月更新）",
    "charset": "iso-2022-jp",
    "body": """社会福祉法人ひだまり会
ひだまり介護サービス 配食ご担当者様

お世話になっております。南野給食センターの皆川です。
1月からの配食サービス利用者名簿を更新しましたのでお送りします。
配達時の声かけ・安否確認の際にご活用ください。
""" + SIG_MINAGAWA,
    "attachments": [{"kind": "xlsx", "name": "配食利用者名簿_2026-01.xlsx",
                     "sheets": {"名簿": [["南野市 高齢者配食サービス 利用者名簿", "", "", "", "", "", "2026年1月版"], []] + _haishoku,
                                "配達ルート": [["ルート", "件数"], ["北・東", "3"], ["西・さくら台", "2"], ["若葉台", "1"]],
                                "変更履歴": [["日付", "内容"], ["12/20", "H-0058 追加"]]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX (several sheets, title row) of six elderly users with 和暦 DOB, addresses and medical diets",
})

# ---------------------------------------------------------------------------- 052
add({
    "id": "kyushoku-052", "expect": "pass",
    "sender": FROM_MINAGAWA,
    "to": ["ひだまり介護サービス 配食担当 <haishoku@hidamari-kaigo.or.jp>"],
    "subject": "配食サービス 地区別件数と2月の休配日",
    "charset": "iso-2022-jp",
    "body": """ひだまり介護サービス
配食ご担当者様

2月の配食件数（見込み）と休配日をお知らせします。

　・北町　　　　：昼 14食／夕 9食
　・東台　　　　：昼 11食／夕 6食
　・西原　　　　：昼 17食／夕 12食
　・さくら台　　：昼 8食／夕 5食
　・若葉台　　　：昼 21食／夕 15食

休配日：2月11日（祝）、2月23日（祝）
刻み食・ミキサー食の比率は先月と同程度（約2割）です。
""" + SIG_MINAGAWA,
    "entities": [], "detectors": [],
    "note": "meal counts per district, nobody identifiable",
})

# ---------------------------------------------------------------------------- 053
_tbl53 = [["No", "氏名", "年齢", "携帯電話", "面接日", "評価", "結果"]]
for i, (name, age, ev, res) in enumerate([
    ("加治木 舞", "34", "B", "採用"), ("真田 志保", "46", "A", "採用"),
    ("雨宮 一平", "29", "C", "不採用"), ("葛西 りょう子", "52", "B", "保留"),
    ("日向 瑞穂", "41", "A", "採用"), ("久我 直樹", "38", "C", "不採用"),
], start=1):
    _tbl53.append([str(i), name, age, mob(), "12/11", ev, res])
add({
    "id": "kyushoku-053", "expect": "stop",
    "sender": FROM_KUBOTA,
    "to": ["スタッフひかり 南野支店 <minamino@staff-hikari.co.jp>"],
    "subject": "調理補助スタッフ 面接結果のご連絡",
    "charset": "iso-2022-jp",
    "body": """スタッフひかり株式会社 南野支店
ご担当者様

先日はスタッフのご紹介をありがとうございました。
12月11日の面接結果を添付の表にまとめましたので、ご確認ください。
採用の3名は1月6日からの勤務でお願いしたいと考えております。
""" + SIG_KUBOTA,
    "attachments": [{"kind": "docx", "name": "面接結果_1211.docx",
                     "paragraphs": ["調理補助スタッフ 面接結果（12月11日実施）", "南野給食センター"],
                     "tables": [_tbl53]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of six candidates with age, mobile and interview results",
})

# ---------------------------------------------------------------------------- 054
add({
    "id": "kyushoku-054", "expect": "pass",
    "sender": FROM_INAGAKI,
    "to": ["ジョブキッチン 掲載担当 <keisai@job-kitchen.jp>"],
    "subject": "求人原稿（調理補助パート）の修正依頼",
    "charset": "utf-8",
    "body": """ジョブキッチン 掲載ご担当者様

お世話になっております。日の出産業の稲垣です。
来週掲載予定の求人原稿について、下記の修正をお願いいたします。

【職種】学校給食センターの調理補助（パート）
【時給】1,120円 → 1,150円（土日祝休み・学校休業中は勤務調整あり）
【勤務時間】7:30〜14:30（実働6時間）※時間応相談
【応募資格】未経験歓迎、60代の方も活躍中
【応募先】南野給食センター 総務課 稲垣（TEL 049-287-5512）

写真は前回と同じものをご使用ください。
""" + SIG_INAGAKI,
    "entities": [], "detectors": [],
    "note": "job advert text with the company's own contact only",
})

# ---------------------------------------------------------------------------- 055
_csv55 = [["児童氏名", "ふりがな", "学校", "学年組", "除去食品", "代替", "配膳時の色"]]
for row in [
    ("柘植 ひなた", "つげ ひなた", "北小", "1-2", "卵・ごま", "なし", "赤"),
    ("百瀬 蒼真", "ももせ そうま", "北小", "4-3", "乳", "豆乳", "黄"),
    ("鰐部 結月", "わにべ ゆづき", "東小", "1-2", "小麦", "米粉パン", "青"),
    ("樋泉 湊", "ひいずみ みなと", "東小", "5-1", "えび・かに", "なし", "赤"),
    ("五月女 大翔", "そうとめ ひろと", "南中", "3-1", "卵・乳", "なし", "赤"),
    ("丹下 美羽", "たんげ みう", "南中", "1-3", "卵", "なし", "赤"),
    ("綿貫 さくら", "わたぬき さくら", "南中", "3-2", "そば", "なし", "赤"),
]:
    _csv55.append(list(row))
add({
    "id": "kyushoku-055", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "個人別 除去食献立表の印刷データ（1月分）",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
制作部 ご担当者様

お世話になっております。山辺です。
1月分の個人別 除去食献立表の差込データをZIPでお送りします。
レイアウトは12月分と同じで、名前の横に配膳時の色帯を入れてください。
""" + SIG_YAMABE,
    "attachments": [{"kind": "zip", "name": "jokyoshoku_202601.zip",
                     "files": [{"kind": "csv", "name": "jokyoshoku_sashikomi.csv", "encoding": "utf-8", "rows": _csv55},
                               {"kind": "txt", "name": "readme.txt", "text": "差込項目：児童氏名、学年組、除去食品、配膳時の色"}]}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP holding a CSV of seven named children's food allergies to a printer",
})

# ---------------------------------------------------------------------------- 056
add({
    "id": "kyushoku-056", "expect": "pass",
    "sender": FROM_YAMABE,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "2月分 献立表 印刷部数のご連絡",
    "charset": "cp932",
    "body": """錦印刷株式会社 営業部
ご担当者様

2月分の献立表（A4両面カラー）の部数をお知らせします。入稿データは1月16日にお送りします。

学校名　　　　　　　部数　　納品先
北小学校　　　　　　430　　北小学校 職員室（埼玉県南野市北町2-1-1）
東小学校　　　　　　395　　東小学校 職員室（埼玉県南野市東台5-3-20）
西小学校　　　　　　352　　西小学校 事務室（埼玉県南野市西原3-8-1）
さくら台小学校　　　288　　さくら台小学校 職員室（埼玉県南野市さくら台2-2-2）
南中学校　　　　　　520　　南中学校 事務室（埼玉県南野市南台1-10-5）
西中学校　　　　　　467　　西中学校 事務室（埼玉県南野市西原6-1-30）
合計　　　　　　　2,452

納品は1月28日（水）までにお願いいたします。
""" + SIG_YAMABE,
    "entities": [], "detectors": [],
    "note": "print order per school with school addresses: a list of institutions",
})

# ---------------------------------------------------------------------------- 057
add({
    "id": "kyushoku-057", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": ["藤堂 久美子 教授 <todo.kumiko@minamino-kasei.ac.jp>"],
    "subject": "偏食のある児童への給食対応についてご助言のお願い",
    "charset": "iso-2022-jp",
    "body": """南野家政大学 健康栄養学科
藤堂 久美子 先生

ご無沙汰しております。南野給食センターの山辺です。
ひとつご相談させてください。

東小学校4年1組の真鍋 颯太くんは、自閉スペクトラム症の診断を受けており、
食感や色への感覚過敏から、白いごはんと牛乳以外をほとんど口にできない状態です。
担任・養護教諭と連携して少しずつ食べられるものを増やしたいのですが、
センター側でできる工夫（盛り付けや食材の切り方など）についてご助言いただけないでしょうか。

お忙しいところ恐縮ですが、ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_YAMABE,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named child's disability diagnosis in a sentence to a university professor",
})

# ---------------------------------------------------------------------------- 058
add({
    "id": "kyushoku-058", "expect": "pass",
    "sender": FROM_YAMABE,
    "to": ["藤堂 久美子 教授 <todo.kumiko@minamino-kasei.ac.jp>"],
    "subject": "食育講演会 講師ご依頼の件（2月21日）",
    "charset": "iso-2022-jp",
    "body": """南野家政大学 健康栄養学科
藤堂 久美子 先生

いつもお世話になっております。南野給食センターの山辺です。
本年度の保護者向け食育講演会の講師を、ぜひ先生にお願いしたくご連絡いたしました。

　日時：2月21日（土）10:00〜11:30
　会場：南野市民会館 小ホール（定員200名）
　演題：「朝ごはんと子どもの集中力」（仮）
　謝金：規定により5万円（交通費別途）

当日の担当は栄養士の皆川 かおり（携帯 080-2294-6718、minagawa.k@hinode-sangyo.co.jp）が務めます。
ご検討のほど、よろしくお願い申し上げます。
""" + SIG_YAMABE,
    "entities": [], "detectors": [],
    "note": "lecture request naming one staff contact person with her business mobile",
})

# ---------------------------------------------------------------------------- 059
add({
    "id": "kyushoku-059", "expect": "stop",
    "sender": FROM_MINAGAWA,
    "to": [KITAGUNI],
    "subject": "FW: 息子のアレルギーについて（西小 2年）",
    "charset": "iso-2022-jp",
    "body": """宍戸様

お世話になっております。皆川です。
保護者の方から下記のご相談がありました（元のメールを添付します）。
キウイ由来の原料を使っている製品があるかどうか、確認していただけますでしょうか。
対象製品が分かれば、1月の献立から外します。
""" + SIG_MINAGAWA,
    "attachments": [{"kind": "eml", "name": "息子のアレルギーについて.eml", "message": {
        "sender": "冴島 亜希子 <akiko.saejima.0715@gmail.com>",
        "to": ["南野給食センター <info@kyushoku.hinode-sangyo.co.jp>"],
        "subject": "息子のアレルギーについて",
        "charset": "utf-8",
        "body": """南野給食センター ご担当者様

西小学校2年3組 冴島 悠真の母です。
先週、息子がキウイを食べた後に口の周りが腫れ、南野市民病院で
「口腔アレルギー症候群（キウイ・バナナ）」と診断されました。
主治医からは、加熱していないキウイとバナナは避けるよう言われています。

フルーツポンチやヨーグルトあえに入っていないか心配です。
日中の連絡先：090-3318-7721（母）

冴島 亜希子
"""}}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded .eml: a parent's mail with her child's diagnosis goes on to a supplier",
})

# ---------------------------------------------------------------------------- 060
add({
    "id": "kyushoku-060", "expect": "pass",
    "sender": FROM_KUBOTA,
    "to": [BOE],
    "subject": "FW: 【北国フーズ】令和8年4月からの価格改定のお知らせ",
    "charset": "iso-2022-jp",
    "body": """学務課 給食係 御中

久保田です。主要取引先の北国フーズから価格改定の案内が届きましたので転送します。
乳製品・冷凍魚で平均6.8%の値上げとなり、来年度の給食費単価の検討材料になるかと存じます。
詳細は添付のメールをご覧ください。
""" + SIG_KUBOTA,
    "attachments": [{"kind": "eml", "name": "価格改定のお知らせ.eml", "message": {
        "sender": "北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>",
        "to": ["久保田 剛 <kubota.tsuyoshi@hinode-sangyo.co.jp>"],
        "subject": "【北国フーズ】令和8年4月からの価格改定のお知らせ",
        "charset": "iso-2022-jp",
        "body": """日の出産業株式会社 南野給食センター 久保田様

平素は格別のご高配を賜り、厚く御礼申し上げます。
原材料・物流費の高騰により、令和8年4月1日納品分より下記のとおり価格を改定させていただきます。

  KF-5102 脱脂粉乳 25kg           18,400円 → 19,900円
  KF-2801 冷凍さば切身 60g×50     7,250円 → 7,780円
  KF-2804 冷凍ほき切身 60g×50     6,100円 → 6,480円

北国フーズ株式会社 営業部　TEL 011-555-0190
"""}}],
    "entities": [], "detectors": [],
    "note": "forwarded supplier price notice: business content only",
})

# ---------------------------------------------------------------------------- 061
_emerg61 = "\n".join(
    f"{name}\t{mob()}\t{addr}" for name, addr in [
        ("笹森 ゆかり", "埼玉県南野市北町4-11-3"),
        ("宇田川 幸子", "埼玉県南野市若葉台1-7-12"),
        ("仙波 直美", "埼玉県坂戸市千代田2-4-3"),
        ("大曽根 和代", "埼玉県南野市東台6-2-18"),
        ("塩見 真由美", "埼玉県鶴ヶ島市上広谷880-4"),
        ("轟 恵子", "埼玉県川越市南大塚3-29-7"),
    ])
add({
    "id": "kyushoku-061", "expect": "stop",
    "sender": FROM_SASAMORI,
    "to": ["スタッフひかり 南野支店 <minamino@staff-hikari.co.jp>"],
    "subject": "転送: 調理班 緊急連絡網（1月）",
    "charset": "cp932",
    "body": """スタッフひかり 南野支店 ご担当者様

笹森です。1月から来ていただく派遣の方にも緊急連絡網を共有してほしいとのことでしたので、
社内で回したものを転送します。派遣の方の連絡先は追記してお戻しください。

---------- Forwarded message ---------
From: 笹森 ゆかり <sasamori.y@kyushoku.hinode-sangyo.co.jp>
Date: 2025年12月22日(月) 15:10
Subject: 調理班 緊急連絡網（1月）
To: 調理班 <chori-han@kyushoku.hinode-sangyo.co.jp>

調理班のみなさん
大雪・地震などで出勤判断が必要なときは、上から順に電話で回してください。

氏名\t携帯\t住所
""" + _emerg61 + """

笹森
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward (転送) of an internal contact tree of six staff with mobiles and addresses to an agency",
})

# ---------------------------------------------------------------------------- 062
add({
    "id": "kyushoku-062", "expect": "pass",
    "sender": FROM_MIYANAGA,
    "to": ["Priya Raman <priya.raman@foodsafe-asia.com>"],
    "subject": "Re: HACCP workshop - attendee list",
    "charset": "utf-8",
    "body": """Hi Priya,

Thanks, the list looks right. We will bring our own laptops, so no need to
prepare PCs. See you on 27 January.

Best,
Shun

On Thu, 8 Jan 2026 at 14:22, Priya Raman <priya.raman@foodsafe-asia.com> wrote:
> Dear Shun,
>
> Please confirm the attendees from Hinode Sangyo for the HACCP workshop:
>
>   Tsuyoshi Kubota   +81 80-3391-2276   kubota.tsuyoshi@hinode-sangyo.co.jp
>   Rena Saotome      +81 90-4418-0935   saotome.r@hinode-sangyo.co.jp
>   Yukari Sasamori   +81 80-7702-3154   sasamori.y@kyushoku.hinode-sangyo.co.jp
>   Kaori Minagawa    +81 80-2294-6718   minagawa.k@hinode-sangyo.co.jp
>   Shun Miyanaga     +81 90-6615-2071   miyanaga.s@hinode-sangyo.co.jp
>
> Regards,
> Priya Raman, FoodSafe Asia
""" + SIG_MIYANAGA,
    "entities": [], "detectors": [],
    "note": "the five-person list is only in the quoted 'On ... wrote:' text the recipient sent",
})

# ---------------------------------------------------------------------------- 063
_reg63 = [("早乙女 玲奈", "平成2年4月9日"), ("笹森 ゆかり", "昭和46年7月22日"),
          ("宇田川 幸子", "昭和46年3月8日"), ("木佐貫 由佳", "昭和61年5月2日"),
          ("芦刈 智恵", "昭和44年7月17日")]
add({
    "id": "kyushoku-063", "expect": "stop",
    "sender": FROM_SAOTOME,
    "to": ["南野食品衛生協会 事務局 <jimukyoku@minamino-shokuei.or.jp>"],
    "subject": "Re: 食品衛生責任者養成講習会（2月）受講申込",
    "charset": "iso-2022-jp",
    "body": """南野食品衛生協会 事務局 御中

ご案内ありがとうございます。下記5名で申込みいたします。

""" + "\n".join(f"　{i}. {n}　生年月日：{d}　連絡先：{mob()}" for i, (n, d) in enumerate(_reg63, 1)) + """

受講料は請求書払いでお願いいたします。

早乙女

> 日の出産業株式会社 早乙女様
> 2月の講習会の受講申込は、氏名・生年月日・日中の連絡先を本メールへの返信でお送りください。
> 定員に達し次第締め切ります。
> 南野食品衛生協会 事務局
""" + SIG_SAOTOME,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reply whose new text (above the quote) lists five staff with 和暦 DOB and mobiles",
})

# ---------------------------------------------------------------------------- 064
add({
    "id": "kyushoku-064", "expect": "pass",
    "sender": FROM_YAMABE,
    "to": ["埼玉県栄養士会 研修係 <kenshu@saitama-eiyoushikai.or.jp>"],
    "subject": "2/7 学校給食分科会研修 参加申込（3名）",
    "charset": "iso-2022-jp",
    "body": """埼玉県栄養士会 研修係 御中

南野給食センターの山辺です。2月7日の学校給食分科会研修に、下記3名で申し込みます。

　・山辺 美和（管理栄養士・会員番号 11-04382）　当日連絡先 090-7745-2180
　・皆川 かおり（栄養士・会員番号 11-09917）　当日連絡先 080-2294-6718
　・小野寺 紗希（栄養士・会員番号 11-10254）　当日連絡先 070-5831-4406

参加費は当日現金でお支払いします。よろしくお願いいたします。
""" + SIG_YAMABE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three attendees with phone numbers: under five people, may be warned, not held",
})

# ---------------------------------------------------------------------------- 065
add({
    "id": "kyushoku-065", "expect": "stop",
    "sender": FROM_KUBOTA,
    "to": ["南野市教育委員会 学務課長 <gakumu-kacho@city.minamino.lg.jp>"],
    "subject": "従業員の逮捕について（第一報）",
    "charset": "iso-2022-jp",
    "body": """南野市教育委員会
学務課長 様

南野給食センターの久保田でございます。
誠に申し上げにくいご報告ですが、当センターの配送補助員 蛭田 和也（42歳）が、
昨夜、酒気帯び運転の疑いで南野警察署に逮捕されました。
勤務時間外・私有車での事案で、給食の配送業務には影響ございません。

本人の処分については社内規程に基づき検討中です。
報道等があった場合の対応を含め、明日午前中にご説明に伺います。
""" + SIG_KUBOTA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's arrest (criminal record) to the board of education",
})

# ---------------------------------------------------------------------------- 066
add({
    "id": "kyushoku-066", "expect": "stop",
    "sender": FROM_SHIINA,
    "to": ["川崎電機 総務部 厚生課 <kosei@kawasaki-denki.co.jp>"],
    "subject": "本社食堂 価格改定のご相談資料",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 総務部 厚生課
ご担当者様

先日の打合せでご依頼のあった、定食の原価内訳を添付いたします。
4月からの価格改定（定食A 420円→450円）の根拠資料としてご覧ください。
""" + SIG_SHIINA,
    "attachments": [{"kind": "xlsx", "name": "本社食堂_原価内訳_2026.xlsx",
                     "page_header": "部外秘",
                     "sheets": {"定食A": [["定食A 原価内訳（1食あたり）"], ["項目", "現行", "4月以降"],
                                         ["食材費", 198, 221], ["人件費", 142, 146], ["光熱費", 31, 34], ["管理費", 27, 27]],
                                "麺類": [["項目", "現行", "4月以降"], ["食材費", 151, 163]]}}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "cost breakdown XLSX whose page header is 部外秘, sent to the client",
})

# ---------------------------------------------------------------------------- 067
add({
    "id": "kyushoku-067", "expect": "stop",
    "sender": FROM_KUBOTA,
    "to": ["ツバサシステム 公共営業部 <kokyo@tsubasa-system.jp>"],
    "subject": "南野市 新給食センターPFI 提案書ドラフト（第2版）",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
公共営業部 御中

久保田です。コンソーシアム提案書のドラフト第2版をお送りします。
システム章（第5章）のご担当部分にコメントを入れておりますので、1/20までにご返送ください。
""" + SIG_KUBOTA,
    "attachments": [{"kind": "pptx", "name": "PFI提案書_draft2.pptx",
                     "page_footer": "極秘　提出前資料・複製禁止",
                     "slides": [["南野市新学校給食センター整備運営事業", "提案書（ドラフト第2版）", "日の出産業株式会社コンソーシアム"],
                                ["提案価格の考え方", "運営期間15年", "サービス対価 総額 約48.6億円（税抜）を目標"],
                                ["第5章 献立・衛生管理システム", "クラウド型献立管理", "アレルギー対応の二重確認"]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PPTX bid proposal with a 極秘 footer on every slide",
})

# ---------------------------------------------------------------------------- 068
add({
    "id": "kyushoku-068", "expect": "stop",
    "sender": "Miwa Yamabe <yamabe.m@hinode-sangyo.co.jp>",
    "to": ["Tom Hargreaves <t.hargreaves@southernpastures.com.au>"],
    "subject": "Draft supply agreement FY2026 - for your comments",
    "charset": "utf-8",
    "body": """Dear Tom,

Attached is our draft of the annual supply agreement for FY2026 with the volume
commitments we discussed. Could you let us have your comments by 30 January?

Kind regards,
Miwa Yamabe
Hinode Sangyo Co., Ltd.
""",
    "attachments": [{"kind": "pdf", "name": "Supply_Agreement_FY2026_draft.pdf",
                     "page_header": "CONFIDENTIAL - Hinode Sangyo / Southern Pastures",
                     "title": "Supply Agreement FY2026 (draft)",
                     "lines": ["ANNUAL SUPPLY AGREEMENT FY2026 (DRAFT)",
                               "1. Products: diced beef SP-BF-2210, minced beef SP-BF-2305",
                               "2. Committed volume: 14,000 kg per year",
                               "3. Price: AUD 13.10 / kg CIF Tokyo, reviewed every six months"]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF whose page header is a CONFIDENTIAL classification, English mail",
})

# ---------------------------------------------------------------------------- 069
add({
    "id": "kyushoku-069", "expect": "stop",
    "sender": FROM_SAOTOME,
    "to": ["南野市教育委員会 保健給食課 <hokenkyushoku@city.minamino.lg.jp>"],
    "subject": "12月分 検収・温度管理記録の提出",
    "charset": "iso-2022-jp",
    "body": """保健給食課 御中

早乙女です。12月分の検収記録簿・温度管理記録をPDFで提出いたします。
市の指定により、PDFにはパスワードを設定しております（パスワードは別途お電話にて）。
""" + SIG_SAOTOME,
    "attachments": [{"kind": "pdf", "name": "検収記録_202512.pdf", "password": "Minamino1225",
                     "lines": ["検収記録簿（12月）", "12/1 冷凍さば 品温 -19.5℃ 適", "12/1 牛乳 品温 6.2℃ 適"]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
})

# ---------------------------------------------------------------------------- 070
add({
    "id": "kyushoku-070", "expect": "stop",
    "sender": FROM_SASAMORI,
    "to": [KITAGUNI],
    "subject": "1月第2週 発注書",
    "charset": "iso-2022-jp",
    "body": """北国フーズ 宍戸様

笹森です。1月第2週の発注書をお送りします。
よろしくお願いします。
""" + SIG_SASAMORI,
    "attachments": [{"kind": "corrupt", "name": "発注書_0112-0116.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read",
})

# ---------------------------------------------------------------------------- 071
add({
    "id": "kyushoku-071", "expect": "pass",
    "sender": FROM_SHIINA,
    "to": ["さくらホテル 総務部 <soumu@sakura-hotel.jp>"],
    "subject": "従業員食堂 メニュー価格表（4月改定案）のご送付",
    "charset": "utf-8",
    "body": """さくらホテル 総務部
ご担当者様

いつもお世話になっております。日の出産業の椎名です。
従業員食堂の4月改定案のメニュー価格表をお送りします。
シート「定食・丼」「麺・軽食」「ドリンク」に分けております。
""" + SIG_SHIINA + DISC_JA,
    "attachments": [{"kind": "xlsx", "name": "従業員食堂_価格表_2026-04案.xlsx",
                     "sheets": {"定食・丼": [["さくらホテル従業員食堂 価格表（2026年4月改定案）"], ["品番", "メニュー", "現行", "改定案", "kcal"],
                                           ["T01", "日替わり定食", 400, 430, 780], ["T02", "焼魚定食", 420, 450, 650],
                                           ["D01", "親子丼", 380, 400, 720], ["D02", "かつ丼", 450, 480, 910]],
                                "麺・軽食": [["品番", "メニュー", "現行", "改定案"], ["M01", "かけうどん", 250, 260], ["M02", "醤油ラーメン", 350, 370]],
                                "ドリンク": [["品番", "メニュー", "現行", "改定案"], ["B01", "ホットコーヒー", 100, 100]]}}],
    "entities": [], "detectors": [],
    "note": "multi-sheet price list XLSX with disclaimer: business data only",
})

# ---------------------------------------------------------------------------- 072
_idn = "kitaguni-f\u043e\u043eds".encode("idna").decode("ascii") + ".co.jp"
add({
    "id": "kyushoku-072", "expect": "stop",
    "sender": FROM_MINAGAWA,
    "to": [f"北国フーズ 宍戸様 <shishido@{_idn}>"],
    "subject": "Re: 米粉パン 規格書のご送付",
    "charset": "utf-8",
    "body": """宍戸様

規格書ありがとうございました。アレルゲン欄に「乳」表記がない点、念のため製造ラインの
コンタミ情報もいただけますでしょうか。

皆川
""" + SIG_MINAGAWA,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "punycode IDN with Cyrillic о: a homoglyph of kitaguni-foods.co.jp",
})

# ---------------------------------------------------------------------------- 073
add({
    "id": "kyushoku-073", "expect": "stop",
    "sender": FROM_SHIINA,
    "to": ["川崎電機 厚生課 <kosei@kawasaki-denkl.co.jp>"],
    "subject": "本社食堂 1月第3週メニューのご案内",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 厚生課
ご担当者様

1月第3週のメニューをお送りします。社内ポータルへの掲載をお願いいたします。

　1/19（月）チキン南蛮定食／きつねうどん
　1/20（火）さばの塩焼き定食／カレーライス
　1/21（水）麻婆豆腐定食／味噌ラーメン
""" + SIG_SHIINA,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "kawasaki-denkl.co.jp: 'l' for 'i', a look-alike of the partner domain",
})

# ---------------------------------------------------------------------------- 074
add({
    "id": "kyushoku-074", "expect": "stop",
    "sender": FROM_MIYANAGA,
    "to": ["ツバサシステム 運用サポート <support@tsubasa-sytem.jp>"],
    "subject": "献立管理システム ライセンス追加の見積依頼",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社 運用サポート御中

宮永です。新年度に栄養士2名が増員となるため、
献立管理システムの利用ライセンスを2本追加した場合のお見積りをお願いします。
""" + SIG_MIYANAGA,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp: a letter dropped from the partner domain tsubasa-system.jp",
})

# ---------------------------------------------------------------------------- 075
add({
    "id": "kyushoku-075", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.jp>"],
    "subject": "2月献立表 入稿データ",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 制作部御中

山辺です。2月分献立表の入稿データをお送りします。
裏面の「給食週間」コラムは差し替えなしで結構です。
""" + SIG_YAMABE,
    "attachments": [{"kind": "pdf", "name": "献立表_2月_入稿.pdf",
                     "lines": ["2月 予定献立表（入稿用）", "2/2（月）ごはん・いわしの梅煮・けんちん汁"]}],
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "nishiki-insatsu.jp instead of nishiki-insatsu.co.jp (dropped co.)",
})

# ---------------------------------------------------------------------------- 076
add({
    "id": "kyushoku-076", "expect": "stop",
    "sender": FROM_IGARASHI,
    "to": ["みどり銀行 南野支店 融資課 <yushi-minamino@midori-ginko-co.jp>"],
    "subject": "新給食センター建設資金のご相談（面談日程）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 南野支店 融資課
ご担当者様

いつもお世話になっております。日の出産業 経理部の五十嵐です。
新給食センター建設に係る設備資金の件で、面談のお時間を頂戴したくご連絡しました。
1月27日（火）または1月29日（木）の午後はいかがでしょうか。
""" + SIG_IGARASHI,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-ginko-co.jp: a hyphen for the dot of the partner domain midori-ginko.co.jp",
})

# ---------------------------------------------------------------------------- 077
add({
    "id": "kyushoku-077", "expect": "pass",
    "sender": FROM_SAOTOME,
    "to": ["南野給食センター 栄養士室 <eiyoushi@kyushoku.hinode-sangyo.co.jp>"],
    "cc": ["品質保証部 <qa@mail.hinode-sangyo.co.jp>", FROM_KUBOTA],
    "subject": "【社外秘】ヒヤリハット報告 12/17 除去食の誤配缶（未遂）",
    "charset": "cp932",
    "body": """関係者各位

衛生管理室の早乙女です。12/17に発生したヒヤリハットを報告します。

■発生日時　12月17日（水）10:40頃　配缶室
■内容　　　北小1年2組 柘植 ひなたさん（鶏卵・ごま除去、エピペン所持）用の除去食容器に、
　　　　　　通常食のかき玉汁を配缶しかけた。検品者が名札と色帯の不一致に気付き、配送前に是正。
■原因　　　除去食容器の色帯（赤）が通常食の食缶の蓋と同色だった
■対策　　　色帯を蛍光ピンクへ変更、配缶時の読み上げ確認を追加

社外への持ち出しは禁止です。
""" + SIG_SAOTOME,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "社外秘 incident report with a child's allergy, but every recipient is internal (subdomains)",
})

# ---------------------------------------------------------------------------- 078
add({
    "id": "kyushoku-078", "expect": "pass",
    "sender": FROM_IGARASHI,
    "to": ["みどり銀行 南野支店 法人営業 <hojin-minamino@midori-ginko.co.jp>"],
    "subject": "給食費の口座振替（集金代行）サービスについて",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 南野支店
法人営業ご担当者様

お世話になっております。日の出産業 経理部の五十嵐です。
私立の清稜学園様から、来年度の給食費を口座振替で集金したいとのご要望があり、
御行の集金代行サービスについて伺いたくご連絡しました。

　・想定件数：約640件／月（4月〜3月の11か月）
　・振替日　：毎月27日
　・手数料体系と、依頼書（紙／Web）の受付方法

資料をお送りいただけますと幸いです。
""" + SIG_IGARASHI,
    "entities": [], "detectors": [],
    "note": "enquiry to the real partner bank domain: figures only, no person",
})

# ---------------------------------------------------------------------------- 079
add({
    "id": "kyushoku-079", "expect": "stop",
    "sender": FROM_KUBOTA,
    "to": ["さくら台小学校 教頭 <kyoto@sakuradai-es.ed.jp>"],
    "subject": "配膳員の勤務について（ご連絡）",
    "charset": "iso-2022-jp",
    "body": """さくら台小学校
教頭先生

いつもお世話になっております。南野給食センターの久保田です。
貴校の配膳室を担当している塩見 真由美さんですが、先週末、帰宅途中に
ひったくりの被害に遭い、南野警察署に被害届を出しております。
けがは軽いものの、しばらく精神的に不安定とのことで、来週いっぱいは
代わりの配膳員（稲葉）が伺います。

本人の希望もあり、校内では事情を伏せていただけますと幸いです。
""" + SIG_KUBOTA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named staff member who was a crime victim (要配慮個人情報) to a school",
})

# ---------------------------------------------------------------------------- 080
add({
    "id": "kyushoku-080", "expect": "pass",
    "sender": FROM_SAOTOME,
    "to": ["南野市教育委員会 保健給食課 <hokenkyushoku@city.minamino.lg.jp>"],
    "subject": "学校給食衛生管理基準に基づく定期点検結果（第3四半期）",
    "charset": "utf-8",
    "body": """保健給食課 御中

早乙女です。第3四半期の定期衛生点検結果を添付いたします。
不適1件（冷蔵庫No.4 の温度記録の記入漏れ 1日分）は是正済みです。
""" + SIG_SAOTOME,
    "attachments": [{"kind": "pdf", "name": "衛生点検結果_R7Q3.pdf",
                     "lines": ["学校給食衛生管理基準 定期点検票（令和7年10月〜12月）", "南野給食センター"],
                     "table": [["点検項目", "基準", "結果", "判定"],
                               ["冷蔵庫温度", "10℃以下", "3.1〜6.8℃", "適"],
                               ["冷凍庫温度", "-15℃以下", "-22.4〜-18.9℃", "適"],
                               ["中心温度（加熱）", "75℃1分以上", "78.2〜91.5℃", "適"],
                               ["温度記録", "毎日記録", "1日記入漏れ", "不適（是正済）"],
                               ["手洗い設備", "石けん・消毒液", "設置", "適"]]}],
    "entities": [], "detectors": [],
    "note": "facility hygiene inspection table: no person",
})

# ---------------------------------------------------------------------------- 081
_xls81 = [["腸内細菌検査結果報告書", "", "", "", "", "", "", ""],
          ["依頼者：日の出産業株式会社 さくらホテル従業員食堂", "", "", "", "", "", "", ""],
          ["受付番号", "氏名（カナ）", "性別", "年齢", "赤痢菌", "サルモネラ", "O157", "判定"]]
for i, (kana, sex, age, res) in enumerate([
    ("ミツイ ハルコ", "女", 58, "陰性"), ("カワセ ノリオ", "男", 61, "陰性"),
    ("オギノ サトミ", "女", 44, "陰性"), ("タチバナ ケン", "男", 33, "陰性"),
    ("イワブチ ヨシエ", "女", 52, "陽性（サルモネラ）"), ("ムラコシ アイ", "女", 27, "陰性"),
], start=1):
    pos = res.startswith("陽性")
    _xls81.append([f"25-118{i:02d}", kana, sex, age, "陰性", "＋" if pos else "－", "－", "要再検" if pos else "異常なし"])
add({
    "id": "kyushoku-081", "expect": "stop",
    "sender": FROM_SHIINA,
    "to": ["さくらホテル 総務部 <soumu@sakura-hotel.jp>"],
    "subject": "従業員食堂 調理員の検便結果（12月）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 総務部
ご担当者様

椎名です。従業員食堂の調理員6名の12月分検便結果を、検査機関の報告書のままお送りします。
1名が要再検となり、本日から別の調理員と交代しております。
""" + SIG_SHIINA,
    "attachments": [{"kind": "xls", "name": "kenben_kekka_202512.xls", "sheets": {"結果": _xls81}}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of six staff (kana names) with stool-test results to a canteen client",
})

# ---------------------------------------------------------------------------- 082
add({
    "id": "kyushoku-082", "expect": "pass",
    "sender": FROM_SHIINA,
    "to": [FROM_SAOTOME],
    "subject": "FW: さくらホテル食堂 検便結果（要再検1名）",
    "charset": "iso-2022-jp",
    "body": """早乙女さん

椎名です。検査機関から届いた結果を転送します（社内のみ）。
イワブチさんが要再検のため、再検査キットの手配をお願いできますか。
""" + SIG_SHIINA,
    "attachments": [{"kind": "xls", "name": "kenben_kekka_202512.xls", "sheets": {"結果": _xls81}}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "the same lab result sheet forwarded internally only",
})

# ---------------------------------------------------------------------------- 083
add({
    "id": "kyushoku-083", "expect": "stop",
    "sender": FROM_YAMABE,
    "to": [BOE, "藤堂 久美子 教授 <todo.kumiko@minamino-kasei.ac.jp>"],
    "cc": ["小野寺 紗希 <saki.onodera.rd@gmail.com>"],
    "subject": "食育講演会 打合せ日程のご相談",
    "charset": "iso-2022-jp",
    "body": """関係者各位

お世話になっております。南野給食センターの山辺です。
2月21日の食育講演会に向け、一度オンラインで打合せをさせてください。

　候補：1月22日（木）16時／1月23日（金）10時／1月26日（月）15時

ご都合のよい日時をご返信ください。
""" + SIG_YAMABE,
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "board, university and a private gmail address visible in To/Cc: three external parties",
})

# ---------------------------------------------------------------------------- 084
add({
    "id": "kyushoku-084", "expect": "pass",
    "sender": FROM_YAMABE,
    "to": ["小野寺 紗希 <saki.onodera.rd@gmail.com>"],
    "subject": "2月献立案のレビューお願い",
    "charset": "utf-8",
    "body": """小野寺さん

山辺です。2月の献立案（小中共通）をお送りします。
今回は給食週間明けで、塩分が目標（2.0g未満）を少し超える日があるので、
汁物の調整案をいただけると助かります。謝金は従来どおり月末締めで処理します。

・2/3 節分献立（いわしの蒲焼き・福豆）塩分2.3g
・2/10 中華献立（ホイコーロー・わかめスープ）塩分2.4g
・2/17 郷土料理（冷汁うどん）塩分2.6g

よろしくお願いします。
""" + SIG_YAMABE,
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "menu review to one freelance dietitian on gmail: one free-mail recipient passes",
})

# ---------------------------------------------------------------------------- 085
add({
    "id": "kyushoku-085", "expect": "stop",
    "sender": FROM_KUBOTA,
    "to": ["ときわ損害保険 法人事故受付 <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    "subject": "生産物賠償責任保険 事故報告書の提出（証券番号 PL-7730915）",
    "charset": "utf-8",
    "body": """ときわ損害保険株式会社
法人事故受付センター 御中

日の出産業株式会社 南野給食センターの久保田でございます。
先日お電話でご連絡した件につき、事故報告書を添付にて提出いたします。
入院した児童の保護者から治療費のご請求が見込まれるため、ご対応をお願いいたします。
""" + SIG_KUBOTA,
    "attachments": [{"kind": "pdf", "name": "事故報告書_20251118.pdf",
                     "lines": ["事故報告書（生産物賠償責任保険）",
                               "証券番号：PL-7730915　被保険者：日の出産業株式会社",
                               "事故日：令和7年11月18日　場所：南野市立東小学校",
                               "被害者：相良 彩葉（さがら いろは）　平成29年10月3日生　東小学校2年3組",
                               "症状・診断：カンピロバクター腸炎（南野市民病院 11/18〜11/23 入院）",
                               "原因（推定）：鶏肉の加熱不足の疑い（保健所調査中）",
                               "保護者連絡先：相良 智美　" + mob()]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "incident report PDF naming one hospitalised child with diagnosis and birth date to an insurer",
})

# ---------------------------------------------------------------------------- 086
add({
    "id": "kyushoku-086", "expect": "pass",
    "sender": FROM_IGARASHI,
    "to": ["ときわ損害保険 代理店営業 <dairiten@tokiwa-sonpo.co.jp>"],
    "subject": "生産物賠償責任保険・施設賠償 更新見積のお願い",
    "charset": "iso-2022-jp",
    "body": """ときわ損害保険株式会社
代理店営業ご担当者様

経理部の五十嵐です。4月1日更新の下記2契約について、更新見積をお願いいたします。

　1. 生産物賠償責任保険　証券番号 PL-7730915　てん補限度額 1事故 3億円
　2. 施設賠償責任保険　　証券番号 GL-4418820　てん補限度額 1事故 1億円

売上高見込み：給食事業部 41.2億円（前年比 +3.5%）
昨年度の事故報告：1件（11月、食中毒疑い、保険金請求見込み）
""" + SIG_IGARASHI,
    "entities": [], "detectors": [],
    "note": "insurance renewal with policy numbers and a count of incidents, no person",
})

# ---------------------------------------------------------------------------- 087
_bd87 = [("KD10482", "Shinya Hasebe", "1990/01/14"), ("KD10519", "Risa Asaka", "1995/01/03"),
         ("KD10577", "Ryo Shinozuka", "1987/01/29"), ("KD10602", "Aoi Ijuin", "1999/01/21"),
         ("KD10640", "Yuki Noto", "1993/01/08"), ("KD10655", "Chihiro Haga", "1985/01/17")]
add({
    "id": "kyushoku-087", "expect": "stop",
    "sender": FROM_SHIINA,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "バースデーランチ招待カード 宛名データ（1月生まれ）",
    "charset": "utf-8",
    "body": """錦印刷 営業部 ご担当者様

椎名です。川崎電機様 本社食堂の「バースデーランチ」招待カードの宛名データです。
カードには英字氏名のみ印字し、生年月日は誕生日（月日）部分だけお使いください。
メールアドレスはカード裏のQRコード生成用です。

社員番号\tName\t生年月日\tE-mail
""" + "\n".join(f"{n}\t{nm}\t{d}\t{nm.split()[0][0].lower()}.{nm.split()[1].lower()}@kawasaki-denki.co.jp" for n, nm, d in _bd87) + """

納品は1月9日までにお願いいたします。
""" + SIG_SHIINA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of six employees (romaji) with birth dates and e-mails to a printer",
})

# ---------------------------------------------------------------------------- 088
add({
    "id": "kyushoku-088", "expect": "pass",
    "sender": FROM_SHIINA,
    "to": ["川崎電機 総務部 厚生課 <kosei@kawasaki-denki.co.jp>"],
    "subject": "本社食堂 1月第4週メニュー",
    "charset": "cp932",
    "body": """川崎電機株式会社 総務部 厚生課
ご担当者様

1月第4週のメニューです。水曜は「全国学校給食週間」にちなんだ懐かし給食デーです。

日付        区分    メニュー                      価格    kcal   食塩
----------  ------  ----------------------------  ------  -----  -----
1/26(月)    定食A   豚の生姜焼き定食              420円   812    3.4g
1/26(月)    麺      きつねうどん                  380円   524    5.1g
1/27(火)    定食A   白身魚の甘酢あんかけ定食      420円   698    3.0g
1/28(水)    特別    揚げパン・ミネストローネ      450円   760    2.8g
1/29(木)    定食A   チキン南蛮定食                420円   905    3.6g
1/30(金)    カレー  ビーフカレー（サラダ付）      430円   850    3.2g

アレルゲン表示は食堂入口の掲示をご確認ください。
""" + SIG_SHIINA,
    "entities": [], "detectors": [],
    "note": "padded-column menu table: looks like a list but holds no person",
})

# ---------------------------------------------------------------------------- 089
_blocks89 = []
for name, kana, dob, addr, size in [
    ("新妻 真理子", "にいづま まりこ", "1979年6月3日", "埼玉県南野市東台3-15-4", "L"),
    ("阿久津 翼", "あくつ つばさ", "1996年11月20日", "埼玉県坂戸市薬師町12-8 メゾン薬師102", "M"),
    ("宮路 健太郎", "みやじ けんたろう", "1988年4月2日", "埼玉県所沢市北岩岡211-3", "LL"),
    ("釜谷 富美江", "かまや ふみえ", "1965年9月9日", "埼玉県南野市緑町5-1-20", "M"),
    ("保坂 あずさ", "ほさか あずさ", "2000年2月29日", "埼玉県川越市石原町1-44-7", "S"),
]:
    _blocks89.append(f"""【{name}（{kana}）様】
　生年月日：{dob}
　お届け先：{addr}
　電話　　：{mob()}
　サイズ　：白衣 {size}／帽子 フリー／長靴 {rng.choice(['23.5', '24.0', '25.0', '26.5'])}cm""")
add({
    "id": "kyushoku-089", "expect": "stop",
    "sender": FROM_INAGAKI,
    "to": ["丸山ユニフォーム 受注課 <juchu@maruyama-uniform.co.jp>"],
    "subject": "新規採用者 白衣・長靴の直送手配",
    "charset": "iso-2022-jp",
    "body": """丸山ユニフォーム株式会社
受注課 ご担当者様

いつもお世話になっております。日の出産業の稲垣です。
1月採用の調理員5名分の白衣一式を、各人の自宅へ直送でお願いいたします。
（生年月日は御社の名入れ台帳の本人確認用とのことで記載しています）

""" + "\n\n".join(_blocks89) + """

請求は従来どおり南野給食センター宛でお願いします。
""" + SIG_INAGAKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five people in one-record-per-block layout with home addresses, birth dates and phones",
})

# ---------------------------------------------------------------------------- 090
add({
    "id": "kyushoku-090", "expect": "pass",
    "sender": FROM_INAGAKI,
    "to": ["丸山ユニフォーム 受注課 <juchu@maruyama-uniform.co.jp>"],
    "subject": "白衣・帽子 追加発注（センター一括納品）",
    "charset": "iso-2022-jp",
    "body": """丸山ユニフォーム 受注課 御中

稲垣です。下記の追加発注をお願いいたします。納品はセンター一括で結構です。

　品番 MU-301 調理白衣（男女兼用・長袖）　S:4　M:9　L:7　LL:3
　品番 MU-355 メッシュ帽子（白）　　　　　フリー:25
　品番 MU-812 耐滑長靴　　　　　　　　　　24.0:6　25.0:5　26.5:4

納品希望日：1月30日（金）
""" + SIG_INAGAKI,
    "entities": [], "detectors": [],
    "note": "uniform order by size and product code, no names",
})

# ---------------------------------------------------------------------------- 091
add({
    "id": "kyushoku-091", "expect": "either",
    "sender": FROM_MINAGAWA,
    "to": ["冴島 亜希子 <akiko_saejima@yahoo.co.jp>"],
    "subject": "Re: 悠真さんの除去食について",
    "charset": "iso-2022-jp",
    "body": """冴島 亜希子 様

南野給食センター 栄養士の皆川でございます。
ご連絡いただいた件、学校とも相談のうえ、1月から下記のとおり対応いたします。

　対象　　：西小学校2年3組　冴島 悠真さん
　診断　　：口腔アレルギー症候群（キウイ・バナナ）
　対応　　：生のキウイ・バナナを含む料理は除去し、代わりに缶詰のみかんを提供
　確認方法：毎月の詳細献立表に「★」を付けてご家庭にお届けします

ご不明な点がございましたら、センター（049-287-5510）までお気軽にお電話ください。
""" + SIG_MINAGAWA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "the child's diagnosis goes to the child's own guardian on free mail: data subject's side, judgement call",
})

# ---------------------------------------------------------------------------- 092
add({
    "id": "kyushoku-092", "expect": "either",
    "sender": FROM_SASAMORI,
    "to": [KITAGUNI],
    "subject": "代替パン（米粉）の追加について",
    "charset": "iso-2022-jp",
    "body": """宍戸様

笹森です。東小で小麦除去の児童が1名増えました（3年2組のK.S.さん、小麦・大麦）。
2月から米粉パンを1日1個追加でお願いします。
大麦も不可とのことなので、米粉パンの製造ラインで大麦を扱っていないかもご確認ください。
""" + SIG_SASAMORI,
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "allergy tied only to class and initials: identifiable to some, not to the supplier",
})

# ---------------------------------------------------------------------------- 093
add({
    "id": "kyushoku-093", "expect": "either",
    "sender": FROM_SAOTOME,
    "to": ["関東衛生検査センター 受付 <uketsuke@kanto-eiken.co.jp>"],
    "subject": "12月分 検体の提出状況（未提出者あり）",
    "charset": "utf-8",
    "body": """関東衛生検査センター 受付ご担当者様

早乙女です。12月分の検体提出状況です。未提出の方は12/8（月）に追加集荷をお願いします。

　宇田川 幸子　　提出済
　仙波 直美　　　提出済
　辰巳 登　　　　未提出（12/8提出予定）
　木佐貫 由佳　　提出済
　芦刈 智恵　　　未提出（12/8提出予定）
　大曽根 和代　　再検査分 提出済

""" + SIG_SAOTOME,
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "six names with only a submission status (one 再検査) to the lab doing the tests: borderline",
})

# ---------------------------------------------------------------------------- 094
_mn94 = next_my_number()
add({
    "id": "kyushoku-094", "expect": "stop",
    "sender": FROM_OKOCHI,
    "to": ["小倉税理士事務所 <info@tax-ogura.jp>"],
    "subject": "源泉徴収票の再発行（退職者1名）",
    "charset": "iso-2022-jp",
    "body": f"""小倉税理士事務所
ご担当者様

日の出産業 人事部の大河内です。
退職した芦刈 智恵さんから源泉徴収票の再発行依頼がありました。個人番号は
{zen(_mn94[:4])}　{zen(_mn94[4:8])}　{zen(_mn94[8:])}
です。令和７年分の支払金額は先日お送りした台帳のとおりです。
作成後、本人宛に郵送をお願いいたします。
""" + SIG_OKOCHI,
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's My Number in full-width digits in a sentence to a tax accountant",
})

# ---------------------------------------------------------------------------- 095
add({
    "id": "kyushoku-095", "expect": "pass",
    "sender": FROM_IGARASHI,
    "to": ["小倉税理士事務所 小倉先生 <ogura@tax-ogura.jp>"],
    "subject": "決算スケジュールと法人番号の確認",
    "charset": "iso-2022-jp",
    "body": f"""小倉先生

いつもお世話になっております。経理部の五十嵐です。
3月決算のスケジュール案をお送りします。

　・棚卸（給食センター食材・消耗品）：3月31日
　・残高確認書の発送　　　　　　　　：4月3日
　・決算書ドラフト　　　　　　　　　：5月15日
　・申告期限（延長後）　　　　　　　：6月30日

なお、電子申告の利用者情報に登録する当社の法人番号は {HINODE_CORP} です。
""" + SIG_IGARASHI,
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "the company's corporate number and a schedule: business data only",
})

# ---------------------------------------------------------------------------- 096
add({
    "id": "kyushoku-096", "expect": "stop",
    "sender": FROM_SHIINA,
    "to": ["あけぼの製薬 総務課 <soumu@akebono-seiyaku.co.jp>"],
    "subject": "社員食堂運営のご提案資料一式",
    "charset": "utf-8",
    "body": """あけぼの製薬株式会社
総務課 ご担当者様

先日はお時間をいただきありがとうございました。日の出産業の椎名です。
社員食堂の運営委託について、ご提案資料一式をZIPにまとめてお送りします。
衛生管理の体制については「衛生管理マニュアル」をご覧ください。
""" + SIG_SHIINA + DISC_JA,
    "attachments": [{"kind": "zip", "name": "teian_akebono.zip",
                     "files": [{"kind": "pdf", "name": "提案書.pdf",
                                "lines": ["あけぼの製薬様 社員食堂運営ご提案", "1日想定食数 350食／定食2種＋麺＋ヘルシーメニュー"]},
                               {"kind": "docx", "name": "衛生管理マニュアル_v4.docx",
                                "page_header": "社外秘　日の出産業株式会社",
                                "paragraphs": ["衛生管理マニュアル 第4版",
                                               "第3章 調理従事者の健康管理：検便は毎月2回実施する。",
                                               "第5章 異物混入時の対応フロー"]}]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "a DOCX stamped 社外秘 inside an unencrypted ZIP sent to a prospect",
})

# ---------------------------------------------------------------------------- 097
add({
    "id": "kyushoku-097", "expect": "pass",
    "sender": FROM_YAMABE,
    "to": ["南野市教育委員会 保健給食課 <hokenkyushoku@city.minamino.lg.jp>"],
    "subject": "Re: 次期アレルギー対応方針（検討資料）について",
    "charset": "iso-2022-jp",
    "body": """保健給食課　ご担当者様

資料の共有ありがとうございました。内容を拝見しました。
センターとしては「完全除去を基本とし、代替食は米粉パンのみ」という方針案に賛成です。
2月の連絡会で詳しくご意見をお伝えします。

山辺

> 【社外秘】次期アレルギー対応方針（検討資料・取扱注意）
> 南野給食センター 山辺様
>
> 市の次期方針の検討資料をお送りします。委員会決定前のため外部には出さないでください。
> 　・除去食の対象品目を特定原材料8品目に限定
> 　・代替食は米粉パンのみとする
> 　・エピペン所持者は個別面談を必須とする
>
> 南野市教育委員会 保健給食課
""" + SIG_YAMABE,
    "entities": [], "detectors": [],
    "note": "the 社外秘 marking is only in the quoted text the recipient itself sent",
})

# ---------------------------------------------------------------------------- 098
add({
    "id": "kyushoku-098", "expect": "stop",
    "sender": FROM_KUBOTA,
    "to": [BOE],
    "subject": "【取扱注意】11/18 食中毒疑い事案 原因調査の中間報告",
    "charset": "iso-2022-jp",
    "body": """南野市教育委員会 学務課 御中

南野給食センターの久保田です。標記の件、中間報告をお送りします。

1. 保健所の検査結果：検食（鶏の照り焼き）からカンピロバクターを検出
2. 推定原因：鶏肉の中心温度測定の一部省略（焼物機2号機）
3. 再発防止策：全ロットの中心温度記録、焼物機の温度センサー交換（12/5完了）
4. 有症者数：20名（うち入院1名、全員回復）

正式な報告書は12月19日までに提出いたします。
""" + SIG_KUBOTA,
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 【取扱注意】 in the subject; the figures are aggregated",
})

# ---------------------------------------------------------------------------- 099
add({
    "id": "kyushoku-099", "expect": "pass",
    "sender": FROM_SASAMORI,
    "to": [KITAGUNI],
    "subject": "12/10 三者打合せ 議事録（ご確認のお願い）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ 宍戸様

先日はありがとうございました。笹森です。
12月10日の打合せの議事録を作成しましたので、ご確認をお願いいたします。
修正がございましたら12/19までにお知らせください。
""" + SIG_SASAMORI,
    "attachments": [{"kind": "docx", "name": "議事録_1210_三者打合せ.docx",
                     "paragraphs": ["冷凍品の納品時間帯に関する打合せ 議事録",
                                    "日時：2025年12月10日（水）15:00〜16:10　場所：南野給食センター 2階会議室",
                                    "決定事項：冷凍品は6:45〜7:30着に前倒し。遅延時は青葉運輸から7:00までに電話連絡。",
                                    "次回：2026年2月 実施状況の確認"],
                     "tables": [["出席者", "所属"],
                                ["宍戸 政彦", "北国フーズ株式会社 営業部"],
                                ["南條 祐介", "青葉運輸株式会社 南野営業所長"],
                                ["久保田 剛", "日の出産業 南野給食センター長"],
                                ["笹森 ゆかり", "日の出産業 南野給食センター 調理主任"]]}],
    "entities": [], "detectors": [],
    "note": "minutes with attendee names and companies only: no personal data beyond names",
})

# ---------------------------------------------------------------------------- 100
_photo100 = [("葉山 千晶", "葉山 律", "3-1"), ("鈴鹿 由紀", "鈴鹿 奏太", "3-1"),
             ("大岩 みどり", "大岩 花", "3-2"), ("戸祭 康之", "戸祭 大和", "3-2"),
             ("木虎 あかね", "木虎 紬", "3-3"), ("寒川 麻衣", "寒川 樹", "3-3")]
add({
    "id": "kyushoku-100", "expect": "stop",
    "sender": FROM_MINAGAWA,
    "to": ["フォトきずな 撮影事業部 <satsuei@photo-kizuna.co.jp>"],
    "subject": "給食試食会の写真データ配信先（保護者6名分）",
    "charset": "utf-8",
    "body": """株式会社フォトきずな
撮影事業部 ご担当者様

皆川です。先日の保護者給食試食会（北小3年）で撮影いただいた写真の、
ダウンロード案内の送付先です。同意書をいただいた6名分です。

保護者名\t児童名\t組\tメールアドレス
""" + "\n".join(f"{g}\t{c}\t{k}\t{addr}" for (g, c, k), addr in zip(_photo100, [
        "chiaki.hayama@gmail.com", "yuki-suzuka@yahoo.co.jp", "midori.oiwa77@icloud.com",
        "tomatsuri.y@outlook.jp", "akane-kitora@docomo.ne.jp", "mai.samukawa@ezweb.ne.jp"])) + """

よろしくお願いいたします。
""" + SIG_MINAGAWA,
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of six guardians and children with private e-mail addresses to a photo firm",
})

assert len(MESSAGES) == 100
assert [m["id"] for m in MESSAGES] == [f"kyushoku-{i:03d}" for i in range(1, 101)]
