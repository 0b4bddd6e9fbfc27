"""Blind corpus, area "zeirishi": Hinode Sangyo's exchanges with its outside tax accountant's
office (税理士法人こばやし会計, kobayashi-kaikei.jp) and the people around it — the 社労士, the
audit firm, the bank, municipalities' resident-tax desks, the payroll vendor, retired staff —
about 年末調整, dependants (扶養控除等申告書), 源泉徴収票 and 支払調書, 住民税 特別徴収,
directors' pay (役員報酬・事前確定届出給与) and tax / statutory audits.  Written blind from
BRIEF.md (and the detector / entity names of SPEC.md) without reading mailguard's code.
"""

from build import card_number, my_number

SEED = 51201

# -- small helpers (formatting only; every number still comes from my_number / card_number)

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _fw(s: str) -> str:
    return s.translate(_FW)


def _sp(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _hy(n: str) -> str:
    return f"{n[:4]}-{n[4:8]}-{n[8:]}"


def _card(n: str) -> str:
    return f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"


def _corp(base12: str) -> str:
    """An invented 法人番号: the check digit (国税庁 formula) in front of 12 invented digits."""
    s = sum(int(d) * (1 if i % 2 else 2) for i, d in enumerate(reversed(base12), 1))
    return str(9 - s % 9) + base12


# -- the people who send (internal) and their signatures

NAKAJO = "中条 美穂 <m-nakajo@hinode-sangyo.co.jp>"
SHISHIDO = "宍戸 さやか <s-shishido@hinode-sangyo.co.jp>"
WASHIO = "鷲尾 博之 <h-washio@hinode-sangyo.co.jp>"
HIWATARI = "樋渡 健吾 <k-hiwatari@hinode-sangyo.co.jp>"
MARUOKA = "丸岡 千晶 <c-maruoka@hinode-sangyo.co.jp>"
AKUTSU = "阿久津 亮 <r-akutsu@hinode-sangyo.co.jp>"

SIG_NAKAJO = """
--------------------------------------------------
日の出産業株式会社　経理部 経理課
中条 美穂（なかじょう みほ）
〒105-0013 東京都港区浜松町3-14-8 日の出ビル7F
TEL 03-5401-2280（代表） / 内線 3312
m-nakajo@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_SHISHIDO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 人事課（給与・社会保険担当）
宍戸 さやか
TEL: 03-5401-2281　FAX: 03-5401-2290
〒105-0013 東京都港区浜松町3-14-8
━━━━━━━━━━━━━━━━━━━━"""

SIG_WASHIO = """
--
日の出産業株式会社 経理部長
鷲尾 博之
TEL 03-5401-2280 / 携帯 080-3317-6624
h-washio@hinode-sangyo.co.jp"""

SIG_HIWATARI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　日の出産業株式会社　総務部長　樋渡 健吾
　〒105-0013 東京都港区浜松町3-14-8 日の出ビル
　TEL 03-5401-2281
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MARUOKA = """
──────────────────
日の出産業株式会社 社長室
丸岡 千晶
直通 03-5401-2201
──────────────────"""

SIG_AKUTSU = """
-----
経理部 主任　阿久津 亮
日の出産業株式会社（Hinode Sangyo Co., Ltd.）
03-5401-2280 ext.3318"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者にご連絡のうえ
本メールおよび添付ファイルを削除してください。無断での複製・転送・開示を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

# the outside offices
ZK_KOBAYASHI = "小林 真澄 <kobayashi@kobayashi-kaikei.jp>"
ZK_NONOMURA = "野々村 彩 <nonomura@kobayashi-kaikei.jp>"
ZK_GAMO = "蒲生 拓也 <gamo@kobayashi-kaikei.jp>"
SR_HOSHINO = "星野 敦子 <hoshino@hoshino-sr.jp>"
AU_MITARAI = "御手洗 潤 <j-mitarai@seiwa-kansa.jp>"

MESSAGES = [
    # 001 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-001",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "【年末調整】扶養控除等申告書 取りまとめ一覧の送付",
        "body": """税理士法人こばやし会計
野々村様

いつも大変お世話になっております。日の出産業の宍戸です。

本年分の年末調整につきまして、扶養控除等（異動）申告書の内容を
Excel にまとめましたのでお送りいたします。
「扶養親族」シートに控除対象扶養親族・同一生計配偶者を、
「住所」シートに本人の住所を入れております。

マイナンバーは別途、貴所のアップロード用ポータルから提出いたします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "xlsx",
            "name": "R8年調_扶養控除等申告書_取りまとめ.xlsx",
            "title": "令和8年分 扶養控除等申告書 取りまとめ",
            "sheets": {
                "扶養親族": [
                    ["令和8年分 扶養控除等（異動）申告書 取りまとめ（日の出産業株式会社）"],
                    [],
                    ["社員番号", "本人氏名", "扶養親族氏名", "続柄", "生年月日", "同居/別居", "所得見込額"],
                    ["10214", "沼田 修一", "沼田 恵美", "配偶者", "1981/07/19", "同居", 0],
                    ["10214", "沼田 修一", "沼田 陽翔", "長男", "2009/03/02", "同居", 0],
                    ["10388", "五十嵐 亜紀", "五十嵐 トシ", "母", "1951/11/28", "別居", 420000],
                    ["10402", "早乙女 貴之", "早乙女 優衣", "配偶者", "1988/01/05", "同居", 650000],
                    ["10402", "早乙女 貴之", "早乙女 颯", "長男", "2012/08/23", "同居", 0],
                    ["10455", "柘植 由香里", "柘植 一郎", "父", "1948/04/14", "同居", 780000],
                    ["10517", "仁科 大地", "仁科 美月", "長女", "2007/12/30", "同居", 0],
                    ["10517", "仁科 大地", "仁科 蒼", "次男", "2010/06/11", "同居", 0],
                    ["10602", "蔵元 将人", "蔵元 千代子", "祖母", "1940/02/17", "同居", 0],
                    ["10633", "芦田 紗希", "芦田 健", "配偶者", "1984/09/09", "同居", 480000],
                    ["10711", "真壁 圭", "真壁 ひかり", "長女", "2005/05/27", "別居（就学）", 0],
                ],
                "住所": [
                    ["社員番号", "氏名", "住所（令和9年1月1日現在）"],
                    ["10214", "沼田 修一", "埼玉県川口市芝新町12-7"],
                    ["10388", "五十嵐 亜紀", "東京都大田区北糀谷2-19-4-302"],
                    ["10402", "早乙女 貴之", "千葉県船橋市前原西5-3-21"],
                    ["10455", "柘植 由香里", "東京都江戸川区船堀6-8-11"],
                    ["10517", "仁科 大地", "神奈川県川崎市中原区今井南町33-2"],
                    ["10602", "蔵元 将人", "東京都足立区梅島1-27-9"],
                    ["10633", "芦田 紗希", "東京都品川区戸越4-4-16 ハイツ戸越201"],
                    ["10711", "真壁 圭", "埼玉県さいたま市浦和区岸町7-11-3"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: XLSX with 12 dependants' names/DOB and 8 employees' home addresses to the tax office",
    },
    # 002 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-002",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "Re: 扶養親族の個人番号 未記載の件（営業部 佐々木様）",
        "body": f"""蒲生様

お世話になっております。日の出産業 中条です。
ご指摘いただいた未記載分、本人に確認が取れましたのでご連絡いたします。

　社員：営業部 佐々木 崇（社員番号 10826）
　扶養親族：佐々木 陸（長男）
　生年月日：2026年4月18日（本年出生）
　個人番号：{_sp(my_number(SEED + 21))}

申告書の原本には本人が追記済みです。これで全員分揃ったかと思います。

> 営業部 佐々木様の申告書で、ご長男の個人番号欄が空欄となっております。
> お手数ですがご確認いただけますでしょうか。
""" + SIG_NAKAJO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a newborn dependant's My Number in the new text of a reply to the tax accountant",
    },
    # 003 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-003",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "cc": ["中条 美穂 <m-nakajo@hinode-sangyo.co.jp>"],
        "subject": "Re: 年末調整説明会の日程について",
        "body": """野々村様

お世話になっております。宍戸です。
説明会の日程、11月12日（木）14:00〜15:30 で承知いたしました。
会場は弊社7階の第2会議室をご用意いたします。プロジェクターはこちらで準備いたしますので、
当日は資料データのみお持ちいただければ結構です。

参加予定は各部の取りまとめ担当者 9 名です。
受付は1階の総合受付でお名前をお伝えください。

よろしくお願いいたします。

-----Original Message-----
From: 野々村 彩 <nonomura@kobayashi-kaikei.jp>
Sent: Tuesday, October 27, 2026 10:12 AM
Subject: 年末調整説明会の日程について

日の出産業株式会社　宍戸様
例年の年末調整説明会ですが、11月12日（木）14時からでいかがでしょうか。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary scheduling reply to the tax accountant; no personal data",
    },
    # 004 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-004",
        "charset": "cp932",
        "sender": NAKAJO,
        "to": [ZK_KOBAYASHI],
        "subject": "源泉徴収票（令和8年分）データ送付",
        "body": """小林先生

いつもお世話になっております。日の出産業 経理部の中条です。
令和8年分の給与所得の源泉徴収票（全従業員分）をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

何卒よろしくお願い申し上げます。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "zip",
            "name": "gensen_R8.zip",
            "password": "Hn8-Zk2026!",
            "files": [{
                "kind": "csv",
                "name": "gensen_R8.csv",
                "rows": [
                    ["氏名", "住所", "支払金額", "源泉徴収税額"],
                    ["湊 俊介", "東京都北区赤羽西3-5-2", "5120000", "118400"],
                    ["岩城 典子", "東京都板橋区志村1-22-6", "4380000", "86200"],
                    ["津島 誠", "埼玉県戸田市喜沢2-41-9", "6240000", "165300"],
                    ["小宮 鈴", "東京都練馬区桜台4-8-13", "3720000", "58700"],
                    ["海老原 崇", "千葉県市川市行徳駅前1-17-4", "7010000", "201900"],
                ],
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) of withholding slips; contents cannot be inspected",
    },
    # 005 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-005",
        "charset": "cp932",
        "sender": NAKAJO,
        "to": [ZK_KOBAYASHI],
        "subject": "パスワードのお知らせ（源泉徴収票（令和8年分）データ送付）",
        "body": """小林先生

先ほどお送りした「源泉徴収票（令和8年分）データ送付」の添付ファイルのパスワードです。

　Hn8-Zk2026!

※次回からは貴所の共有フォルダ（ファイル受け渡しサービス）を利用するよう社内で調整中です。

日の出産業株式会社 経理部　中条
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    # 006 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-006",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "障害者控除の適用についてご相談",
        "body": """こばやし会計　野々村様

お世話になっております。日の出産業の宍戸でございます。
年末調整にあたり、1点ご相談させてください。

製造部（千葉工場）の 大槻 恒夫 さんから、配偶者の 大槻 和子 さんが
今年7月に脳梗塞で倒れ、身体障害者手帳（1級・上肢機能障害）の交付を受けたとの申し出がありました。
同居しており、配偶者の所得はありません。

この場合、同居特別障害者として配偶者控除に加えて障害者控除（75万円）の適用になる
という理解でよろしいでしょうか。手帳の写しは本人から受領済みです。

お手すきの際にご回答いただけますと幸いです。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's spouse's disability and illness sent to the tax office",
    },
    # 007 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-007",
        "charset": "utf-8",
        "sender": AKUTSU,
        "to": ["経理 <keiri@kobayashi-kaikei.jp>"],
        "subject": "顧問料ご請求書（No. KK-2026-1187）お支払い予定日のご連絡",
        "body": """税理士法人こばやし会計
経理ご担当者様

いつもお世話になっております。日の出産業の阿久津です。

ご送付いただいた下記ご請求書につきまして、お支払い予定日をご連絡いたします。

　請求書番号：KK-2026-1187
　内容　　　：11月分 顧問報酬 および 年末調整業務報酬
　金額　　　：¥418,000（税込）
　お支払い日：12月25日（金）
　お振込先　：みどり銀行 虎ノ門支店 普通 4417208 ゼイリシホウジンコバヤシカイケイ

なお、登録番号（T番号）の記載を確認いたしました。
引き続きよろしくお願いいたします。
""" + SIG_AKUTSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice number and the accountant firm's own bank account: business data, not personal",
    },
    # 008 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-008",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [ZK_GAMO],
        "subject": "給与支払報告書（個人別明細）作成用データ",
        "body": """蒲生様

お世話になります。宍戸です。
1月末提出の給与支払報告書（個人別明細）作成用に、
提出先市区町村が川口市・戸田市の従業員分のデータをCSVでお送りします。
（他の市区町村分は来週まとめてお送りします）

文字コードは Shift_JIS です。よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "csv",
            "name": "kyuyo_shiharai_houkoku_kawaguchi_toda.csv",
            "encoding": "cp932",
            "rows": [
                ["提出先", "氏名", "フリガナ", "生年月日", "住所", "支払金額", "社会保険料等"],
                ["川口市", "沼田 修一", "ヌマタ シュウイチ", "S55.2.11", "埼玉県川口市芝新町12-7", "5840000", "842100"],
                ["川口市", "鴨志田 綾", "カモシダ アヤ", "H6.10.3", "埼玉県川口市並木2-9-15-405", "3910000", "561800"],
                ["川口市", "久我 恭平", "クガ キョウヘイ", "S62.7.28", "埼玉県川口市元郷4-3-30", "4620000", "668000"],
                ["川口市", "鳴海 沙耶", "ナルミ サヤ", "H9.1.16", "埼玉県川口市飯塚1-14-2", "3380000", "486300"],
                ["戸田市", "津島 誠", "ツシマ マコト", "S52.12.1", "埼玉県戸田市喜沢2-41-9", "6240000", "901700"],
                ["戸田市", "外山 雅美", "トヤマ マサミ", "S60.5.22", "埼玉県戸田市下前1-6-18", "4150000", "598900"],
                ["戸田市", "宇佐美 光", "ウサミ ヒカル", "H3.8.9", "埼玉県戸田市本町3-11-7", "4470000", "645200"],
                ["戸田市", "茅野 徹", "カヤノ トオル", "S49.3.30", "埼玉県戸田市美女木6-2-24", "7080000", "1012400"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: CP932 CSV of 8 employees with kana, 和暦 DOB, home address and pay",
    },
    # 009 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-009",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_GAMO],
        "subject": "給与支払報告書の提出先市区町村一覧",
        "body": """蒲生様

お世話になっております。宍戸です。
今回の給与支払報告書の提出先市区町村と人数は以下のとおりです。
eLTAX での一括提出をお願いいたします。

提出先　　　　　　　指定番号　　　　　人数
------------------------------------------------
東京都港区　　　　　0001234567　　　　 14
東京都大田区　　　　0000876021　　　　  9
東京都江戸川区　　　0000551398　　　　  6
埼玉県川口市　　　　0002208114　　　　  4
埼玉県戸田市　　　　0000317706　　　　  4
千葉県船橋市　　　　0001045983　　　　  7
神奈川県川崎市　　　0003981120　　　　 11
------------------------------------------------
合計　　　　　　　　　　　　　　　　　 55

総括表の「給与の支払期間」は1月〜12月、「報告人員」は上記のとおりです。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of municipalities with designation numbers and head counts: businesses/statistics, not people",
    },
    # 010 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-010",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI, SR_HOSHINO, AU_MITARAI],
        "cc": ["白川 隆 <t-shirakawa@shirakawa-law.jp>"],
        "subject": "税務調査（法人税・源泉所得税）事前打合せのご案内",
        "body": """関係各位

いつもお世話になっております。日の出産業 経理部長の鷲尾です。

先日ご連絡のとおり、芝税務署より法人税および源泉所得税の調査の連絡がありました。
調査開始は12月8日からの3日間の予定です。
つきましては、事前打合せを下記のとおり行いたく、ご出席をお願いいたします。

　日時：11月24日（火）10:00〜11:30
　場所：弊社 7F 役員会議室（オンライン参加可）
　議題：1. 調査対象期間・重点項目の想定
　　　　2. 役員給与・源泉（現物給与）に関する資料の準備状況
　　　　3. 社会保険関係書類の整合確認
　　　　4. 過去の指摘事項の対応状況

ご多忙のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_WASHIO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four outside firms (accountant, 社労士, audit firm, law firm) in To/Cc",
    },
    # 011 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-011",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [SR_HOSHINO],
        "cc": [ZK_NONOMURA],
        "subject": "12月支給分の社会保険料控除額の確定時期について",
        "body": """星野先生
（cc：こばやし会計 野々村様）

お世話になっております。日の出産業の宍戸です。

年末調整の計算に使用する社会保険料控除額について、
12月支給給与の保険料率改定（介護保険第2号被保険者の到達者分）の反映が
いつ頃確定するか、ご教示いただけますでしょうか。

こばやし会計様には、確定次第こちらから控除額の集計をお送りする予定です。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two outside firms (社労士 in To, accountant in Cc): a normal three-way mail, no personal data",
    },
    # 012 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-012",
        "charset": "cp932",
        "sender": MARUOKA,
        "to": ["白川 隆 <t-shirakawa@shirakawa-law.co.jp>"],
        "subject": "定時株主総会議事録（役員報酬改定）ドラフトのご確認依頼",
        "body": """白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業 社長室の丸岡でございます。

来月の臨時株主総会で決議予定の役員報酬総額の改定について、
議事録のドラフトを作成いたしました。
税理士法人こばやし会計の小林先生からは、定期同額給与の改定時期として問題ないとの
ご意見をいただいております。法務面でのご確認をお願いできますでしょうか。

　・取締役の報酬総額：年額 1億2,000万円以内（改定前 9,600万円以内）
　・監査役の報酬総額：年額 1,800万円以内（変更なし）

ご多忙のところ恐縮ですが、11月30日までにご返信いただけますと幸いです。
""" + SIG_MARUOKA,
        "attachments": [{
            "kind": "docx",
            "name": "臨時株主総会議事録_ドラフト_v2.docx",
            "title": "臨時株主総会議事録（案）",
            "paragraphs": [
                "臨時株主総会議事録（案）",
                "日時：令和8年12月14日 午前10時",
                "場所：東京都港区浜松町3-14-8 当会社本店会議室",
                "第1号議案　取締役の報酬額改定の件",
                "議長は、経営環境の変化等を勘案し、取締役の報酬額を年額1億2,000万円以内に改定したい旨を述べ、"
                "その賛否を議場に諮ったところ、満場一致をもって原案どおり承認可決された。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: shirakawa-law.co.jp instead of the partner law firm's shirakawa-law.jp",
    },
    # 013 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-013",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "報酬、料金等の支払調書（個人分）のデータ",
        "body": f"""蒲生様

お世話になっております。阿久津です。
法定調書のうち、報酬・料金等の支払調書の対象となる個人の方の情報をお送りします。
個人番号は本人確認済みです。

■1
　氏名　　：梶原 理沙（研修講師）
　住所　　：東京都世田谷区上北沢2-16-5
　個人番号：{my_number(SEED + 31)}
　支払金額：720,000円　源泉徴収税額：73,512円

■2
　氏名　　：ドミニク・ルフェーヴル（翻訳）
　住所　　：東京都新宿区西早稲田1-8-12 グリーンハイツ305
　個人番号：{my_number(SEED + 32)}
　支払金額：468,000円　源泉徴収税額：47,782円

■3
　氏名　　：能登 圭吾（工業デザイン）
　住所　　：神奈川県鎌倉市大船4-2-19
　個人番号：{my_number(SEED + 33)}
　支払金額：1,350,000円　源泉徴収税額：137,835円

以上3名です。よろしくお願いいたします。
""" + SIG_AKUTSU,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: three individual payees' My Numbers with names and addresses for 支払調書",
    },
    # 014 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-014",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [WASHIO],
        "cc": [NAKAJO],
        "subject": "【社内限り】年調用 個人番号一覧（最終版）",
        "body": """鷲尾部長

宍戸です。年末調整用の個人番号一覧（本人・扶養親族）の最終版です。
こばやし会計へはポータル経由でアップロードしますので、メールでの送付はいたしません。
確認後、このメールは削除をお願いします。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "xlsx",
            "name": "個人番号一覧_R8年調_最終.xlsx",
            "sheets": {
                "一覧": [
                    ["区分", "社員番号", "氏名", "続柄", "個人番号"],
                    ["本人", "10214", "沼田 修一", "本人", my_number(SEED + 41)],
                    ["扶養", "10214", "沼田 恵美", "配偶者", my_number(SEED + 42)],
                    ["扶養", "10214", "沼田 陽翔", "長男", my_number(SEED + 43)],
                    ["本人", "10388", "五十嵐 亜紀", "本人", my_number(SEED + 44)],
                    ["扶養", "10388", "五十嵐 トシ", "母", my_number(SEED + 45)],
                    ["本人", "10402", "早乙女 貴之", "本人", my_number(SEED + 46)],
                    ["扶養", "10402", "早乙女 優衣", "配偶者", my_number(SEED + 47)],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "all recipients internal: a My Number list between HR and the accounting manager may go",
    },
    # 015 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-015",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "subject": "事前確定届出給与の届出内容（案）について",
        "body": """小林先生

お世話になっております。鷲尾です。
来期の役員賞与について、事前確定届出給与の届出内容の案を作成しました。
役職ごとの支給額・支給日を記載しております。届出期限（株主総会から1か月以内）に
間に合うよう、内容のご確認をお願いできればと存じます。
""" + SIG_WASHIO,
        "attachments": [{
            "kind": "docx",
            "name": "事前確定届出給与_届出内容案.docx",
            "title": "事前確定届出給与に関する届出（案）",
            "page_header": "社外秘",
            "paragraphs": [
                "事前確定届出給与に関する届出書 記載内容（案）",
                "事業年度：令和9年4月1日〜令和10年3月31日",
                "職務執行期間開始日：令和9年6月26日",
                "支給日：令和9年12月10日",
            ],
            "tables": [[
                ["役職", "支給額（円）", "支給日", "備考"],
                ["代表取締役社長", "6,000,000", "R9.12.10", "金銭"],
                ["専務取締役", "4,000,000", "R9.12.10", "金銭"],
                ["常務取締役", "3,000,000", "R9.12.10", "金銭"],
                ["取締役（2名）", "各2,000,000", "R9.12.10", "金銭"],
            ]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached draft carries a 社外秘 page header",
    },
    # 016 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-016",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "定額減税の年調時精算について（質問）",
        "body": """野々村様

いつもお世話になっております。宍戸です。
年末調整時の定額減税の精算について、2点確認させてください。

1. 年の中途で扶養親族が増えた社員の場合、月次減税額の再計算は行わず、
   年調時に同一生計配偶者・扶養親族の人数で精算するという整理でよいでしょうか。
2. 年調で控除しきれなかった分について、源泉徴収票の摘要欄への記載方法は
   昨年と同じ「控除外額 ××円」でよろしいでしょうか。

給与システム側の設定を今週中に確定したいため、
お手数ですが水曜日頃までにご回答いただけますと助かります。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a technical tax question with no personal data",
    },
    # 017 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-017",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_GAMO],
        "subject": "中途入社者の前職源泉徴収票　未提出者について",
        "body": """蒲生様

お世話になっております。宍戸です。
本年中途入社者のうち、前職の源泉徴収票がまだ提出されていない方は以下のとおりです。
年内に揃わない場合は年末調整の対象外として処理する予定ですが、
取扱いについてご意見をいただけますでしょうか。

氏名　　　　　　社員番号　　入社日　　　　生年月日　　　　前職
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
楠木　遥　　　　１０９０２　　Ｒ８．４．１　　Ｈ１０．２．１４　　（株）ミナト物産
相馬　健司　　　１０９０７　　Ｒ８．５．１８　Ｓ６１．９．３　　　東栄工業（株）
来栖　真由美　　１０９１１　　Ｒ８．６．１　　Ｈ２．１１．３　　　個人事業
陣内　航　　　　１０９１５　　Ｒ８．７．１　　Ｈ１２．６．２５　　（株）ソラ企画
我妻　里穂　　　１０９２０　　Ｒ８．９．１　　Ｓ５８．４．２　　　関東精機（株）
比嘉　拓海　　　１０９２４　　Ｒ８．１０．１　Ｈ８．１２．８　　　（有）オキナ商会

以上６名です。本人には督促済みです。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: six new hires with full-width 和暦 dates of birth and employee numbers in the body",
    },
    # 018 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-018",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [ZK_GAMO],
        "subject": "Re: 生年月日の相違について",
        "body": """蒲生様

ご確認ありがとうございます。
ご指摘の7名、社員台帳の誤りでした。給与システム側を修正のうえ、
修正後の源泉徴収簿を明日お送りします。

宍戸

> 宍戸様
>
> 扶養控除等申告書とご送付データで生年月日が相違している方がいらっしゃいます。
>
> 　鴨志田 綾　　申告書 H6.10.3　／データ H6.10.30
> 　久我 恭平　　申告書 S62.7.28　／データ S62.7.18
> 　鳴海 沙耶　　申告書 H9.1.16　／データ H9.11.6
> 　外山 雅美　　申告書 S60.5.22　／データ S60.5.2
> 　宇佐美 光　　申告書 H3.8.9　 ／データ H3.9.8
> 　茅野 徹　　　申告書 S49.3.30　／データ S49.3.3
> 　楠木 遥　　　申告書 H10.2.14　／データ H10.2.4
>
> ご確認をお願いいたします。
> 税理士法人こばやし会計　蒲生
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of seven birth dates is only in the quoted text the accountant sent; new text has none",
    },
    # 019 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-019",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "FW: 国民年金保険料の控除証明書について",
        "body": """野々村様

お世話になっております。宍戸です。
社員から下記の問い合わせがありました。娘さんの国民年金保険料を本人が負担している件です。
社会保険料控除の対象になるか、ご確認いただけますでしょうか。

-------- Forwarded Message --------
件名: 国民年金保険料の控除証明書について
日付: 2026年11月16日 9:41
差出人: 浅見 康弘 <y-asami@hinode-sangyo.co.jp>
宛先: 宍戸 さやか <s-shishido@hinode-sangyo.co.jp>

人事課 宍戸さん

物流部の浅見です。
大学生の娘（浅見 結菜、平成17年6月3日生）の国民年金保険料を私が払っています。
控除証明書は娘の名前で届いています。

　基礎年金番号：6102-482937
　納付額：令和8年1月〜12月分 210,120円（見込み）
　娘の住所：京都府京都市左京区北白川西町51-3 メゾン白川203

年末調整で控除できますでしょうか。
よろしくお願いします。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a forwarded employee mail carries his daughter's 基礎年金番号, DOB and address",
    },
    # 020 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-020",
        "charset": "iso-2022-jp",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "保険料控除申告書 集計表（再送）",
        "body": """蒲生様

お世話になっております。中条です。
先ほどのファイルが開けないとのことでしたので、再送いたします。
こちらも開けない場合はお電話ください。
""" + SIG_NAKAJO,
        "attachments": [{"kind": "corrupt", "name": "保険料控除_集計表_R8.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached XLSX is corrupt and cannot be inspected",
    },
    # 021 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-021",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "cc": ["中条 美穂 <m-nakajo@hinode-sangyo.co.jp>"],
        "subject": "Re: 芝税務署 調査日程の件",
        "body": """小林先生

ご連絡ありがとうございます。
調査官の方（法人課税第3部門 谷垣統括官 ほか1名）の来社日程、
12月8日（火）〜10日（木）の3日間で承知いたしました。
初日は10時からの概況説明に社長も同席いたします。

調査期間中は7F小会議室を調査官控室として確保しております。
先生には初日と最終日の講評にご同席いただけますと心強いです。

鷲尾

On 2026/11/18 17:02, 小林 真澄 wrote:
> 鷲尾様
> 芝税務署から日程の打診がありました。12/8〜10 でいかがでしょうか。
""" + SIG_WASHIO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tax-audit scheduling; a tax official's name without any other data is not personal data",
    },
    # 022 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-022",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "番号確認書類の件（千葉工場 1名分）",
        "body": """野々村様

お世話になっております。宍戸です。
千葉工場の契約社員で、マイナンバーカードをお持ちでない方の身元確認について、
本人から運転免許証の提示を受けましたので、記録を共有いたします。

　氏名：丹羽 清美（にわ きよみ）
　生年月日：昭和４７年１０月２９日
　確認書類：運転免許証
　免許証番号：第 ３０１７２５４８８１９０ 号
　有効期限：令和１０年１１月２９日
　確認日・確認者：11月20日　人事課 宍戸

番号確認は通知カード（記載事項変更なし）で行っております。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's driver's licence number (full-width) with name and DOB",
    },
    # 023 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-023",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [
            "山路 勝也 <yamaji.katsuya1961@gmail.com>",
            "koike-naomi@yahoo.co.jp",
            "芹沢 岳 <gaku.serizawa@icloud.com>",
            "ryo.tanabe-77@docomo.ne.jp",
        ],
        "subject": "源泉徴収票の郵送について（日の出産業 人事課）",
        "body": """本年中にご退職された皆様

ご無沙汰しております。日の出産業株式会社 人事課の宍戸です。

令和8年分の給与所得の源泉徴収票を、本日、ご登録のご住所宛に簡易書留で発送いたしました。
確定申告の際に必要となりますので、大切に保管してください。
転居等でお受け取りいただけない場合は、お手数ですが人事課までご連絡ください。

在職中は大変お世話になりました。皆様のご健勝をお祈りいたします。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: four former employees' private addresses in To instead of Bcc",
    },
    # 024 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-024",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": ["人事課 <jinji@hinode-sangyo.co.jp>"],
        "bcc": [
            "kazuma.ohno88@gmail.com",
            "桐谷 えり <eri_kiritani@outlook.jp>",
            "s-morooka@ezweb.ne.jp",
            "h.yoshimine@yahoo.co.jp",
            "mitsuki.aizawa@icloud.com",
        ],
        "subject": "【日の出産業】退職所得の源泉徴収票の発送について",
        "body": """本年3月末にご退職の皆様へ（Bccにてお送りしております）

日の出産業株式会社 人事課でございます。
退職所得の源泉徴収票・特別徴収票を本日発送いたしました。
1週間程度経っても届かない場合は、人事課（03-5401-2281）までお電話ください。

なお、住所変更がある場合は、お手数ですが郵送物が届く前にお知らせください。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "former employees addressed by Bcc (To is internal): nobody sees anyone else; no personal data",
    },
    # 025 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-025",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "休職者の給与計算・年末調整の扱いについて",
        "body": """野々村様

いつもお世話になっております。宍戸です。

総務課の 桑名 由紀子 さん（社員番号 10577）が、適応障害の診断を受け
9月1日から休職しております（医師の診断書上、3か月の療養が必要とのこと）。
休職期間中は無給で、協会けんぽから傷病手当金を受給予定です。

この場合、
・傷病手当金は非課税のため源泉徴収票の支払金額には含めない
・休職中も社会保険料（本人負担分）は会社で立替え、復職後に精算
という処理で、年末調整は通常どおり行うという理解でよろしいでしょうか。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's diagnosis (適応障害) and sick leave sent outside",
    },
    # 026 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-026",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "年末調整 対象人数のご連絡",
        "body": """野々村様

宍戸です。今年の年末調整の対象人数の見込みをお知らせします。

　在籍者　　　　　　　　 312名
　うち年調対象　　　　　 296名
　　（主たる給与でない者　 9名、年収2,000万円超　 3名、
　　　休職中で無給の者　　 2名　※いずれも年調は実施）
　中途入社　　　　　　　　 18名
　年内退職予定　　　　　　  4名

休職中の2名は傷病による休職ですが、年調は通常どおり実施します。
昨年比で対象者が14名増えております。ご報酬の見積りにお使いください。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "head-count statistics; the two sick-leave cases are not identifiable",
    },
    # 027 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-027",
        "charset": "cp932",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "源泉徴収票（受給者交付用）の控え　再発行分",
        "body": """蒲生様

お世話になっております。中条です。
昨年分の源泉徴収票の再発行依頼が退職者からまとめて来ておりますので、
控えをPDFにしてお送りします。摘要欄の記載内容をご確認いただけますでしょうか。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "pdf",
            "name": "源泉徴収票_再発行分_R7.pdf",
            "title": "令和7年分 給与所得の源泉徴収票（再発行分）",
            "lines": ["令和7年分 給与所得の源泉徴収票 再発行対象者一覧", "日の出産業株式会社 経理部", ""],
            "table": [
                ["氏名", "住所", "支払金額", "給与所得控除後", "源泉徴収税額", "摘要"],
                ["山路 勝也", "東京都杉並区高円寺北3-40-2", "4,812,000", "3,389,600", "71,400", "R7.9.30退職"],
                ["小池 直美", "東京都中野区上高田5-13-9", "2,960,000", "1,996,000", "21,700", "R7.6.30退職"],
                ["芹沢 岳", "神奈川県横浜市港北区篠原町11-6", "5,533,000", "3,986,300", "98,100", "R7.12.31退職"],
                ["田辺 諒", "東京都葛飾区金町1-33-18", "1,780,000", "1,030,000", "0", "R7.4.15退職"],
                ["諸岡 真也", "千葉県松戸市新松戸2-8-4", "3,640,000", "2,516,000", "40,200", "R7.8.31退職"],
                ["吉峯 ひとみ", "東京都調布市国領町7-2-10", "2,415,000", "1,588,500", "13,900", "R7.5.31退職"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: PDF table of six former employees' names, home addresses and pay",
    },
    # 028 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-028",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": [ZK_KOBAYASHI],
        "subject": "役員分 源泉徴収票（税務署提出用）データ",
        "body": """小林先生

お世話になっております。中条です。
税務署提出対象の役員3名分の源泉徴収票データ（個人番号含む）をCSVでお送りいたします。
法定調書合計表と併せてe-Taxでのご提出をお願いいたします。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "csv",
            "name": "yakuin_gensen_R8.csv",
            "encoding": "utf-8-sig",
            "rows": [
                ["役職", "氏名", "個人番号", "住所", "支払金額", "源泉徴収税額"],
                ["代表取締役", "日野 総一郎", my_number(SEED + 81), "東京都目黒区青葉台2-7-15", "24000000", "5418200"],
                ["専務取締役", "葛城 雅人", my_number(SEED + 82), "東京都世田谷区奥沢6-21-3", "18000000", "3602700"],
                ["常務取締役", "早瀬 律子", my_number(SEED + 83), "神奈川県横浜市青葉区美しが丘1-9-4", "15600000", "2871900"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: three directors' My Numbers with addresses in a UTF-8 (BOM) CSV",
    },
    # 029 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-029",
        "charset": "iso-2022-jp",
        "sender": NAKAJO,
        "to": [ZK_KOBAYASHI],
        "subject": "法定調書合計表の集計値について",
        "body": f"""小林先生

お世話になっております。中条です。
給与所得の源泉徴収票等の法定調書合計表の集計値をお送りします。

　提出者：日の出産業株式会社（法人番号 {_corp("010401087712")}）

　1 給与所得の源泉徴収票合計表
　　　人員 312人　支払金額 1,684,220,560円　源泉徴収税額 61,337,900円
　　　うち提出分 21人　支払金額 302,551,000円　源泉徴収税額 38,920,100円
　2 退職所得の源泉徴収票合計表
　　　人員 6人　支払金額 48,300,000円　源泉徴収税額 1,207,400円
　3 報酬、料金、契約金及び賞金の支払調書合計表
　　　人員 41人　支払金額 28,745,000円　源泉徴収税額 2,934,650円

差異がございましたらご指摘ください。
なお、昨年分の e-Tax 受信通知（保存した HTML）も参考に添付いたします。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "html",
            "name": "eTax_受信通知_R7法定調書.html",
            "html": """<html><head><meta charset="utf-8"><title>受信通知</title></head><body>
<h3>メール詳細（受信通知）</h3>
<table border="1">
<tr><th>提出先</th><td>芝税務署</td></tr>
<tr><th>利用者識別番号</th><td>2208 4417 6630 9125</td></tr>
<tr><th>氏名又は名称</th><td>日の出産業株式会社</td></tr>
<tr><th>受付番号</th><td>20270129103722418830</td></tr>
<tr><th>受付日時</th><td>2027/01/29 10:37:22</td></tr>
<tr><th>種目</th><td>給与所得の源泉徴収票等の法定調書合計表</td></tr>
</table></body></html>""",
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "totals only and the company's own 法人番号: statistics, no person's data",
    },
    # 030 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-030",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": ["鷲尾 博之 <h-washio@hinode-sangyo.jp>"],
        "subject": "扶養親族 個人番号の追加分（3名）",
        "body": f"""鷲尾部長

宍戸です。昨日の一覧から漏れていた3名分を追加でお送りします。

　10455 柘植 由香里（本人）　　{my_number(SEED + 91)}
　10455 柘植 一郎（父）　　　　{my_number(SEED + 92)}
　10517 仁科 大地（本人）　　　{my_number(SEED + 93)}

最終版に反映のうえ、ポータルへアップロードします。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike + identifier: meant for the manager internally but sent to hinode-sangyo.jp (co. dropped) with My Numbers",
    },
    # 031 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-031",
        "charset": "cp932",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "subject": "元従業員による横領損失の税務処理についてご相談",
        "body": """小林先生

いつもお世話になっております。鷲尾です。
電話でお話しした件、経緯を整理してお送りいたします。

・元 購買課 係長の 篠塚 康介（平成30年入社、本年8月31日付で懲戒解雇）が、
　令和6年〜令和8年にかけて架空発注により約1,430万円を着服
・10月21日に業務上横領の容疑で警視庁三田警察署に逮捕され、現在起訴済み
・本人及び身元保証人との間で返済計画を協議中（回収見込みは不透明）

損失の計上時期と、損害賠償請求権の益金計上の関係（同時両建ての要否）について、
ご見解をお聞かせいただけますでしょうか。白川法律事務所とも連携しております。
""" + SIG_WASHIO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named former employee's arrest and prosecution (criminal record)",
    },
    # 032 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-032",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": ["白川 隆 <t-shirakawa@shirakawa-law.jp>"],
        "subject": "税務調査における役員旅費の論点整理（ご参考）",
        "body": """白川先生

お世話になっております。鷲尾です。
来月の税務調査に向けて、役員の海外出張旅費・交際費に関する論点を
こばやし会計の小林先生と整理したメモをお送りします。
法的観点から補足いただける点があればご教示ください。
""" + SIG_WASHIO,
        "attachments": [{
            "kind": "pdf",
            "name": "税務調査_論点整理メモ.pdf",
            "title": "税務調査 論点整理メモ",
            "page_header": "取扱注意",
            "lines": [
                "税務調査 論点整理メモ（令和8年11月）",
                "1. 役員海外出張の日当：旅費規程の支給水準と同業他社比較",
                "2. 同伴者（配偶者）の旅費負担の有無：過去3期分の確認結果",
                "3. 交際費と会議費の区分：1人当たり1万円基準の運用状況",
                "4. 想定問答：業務関連性の説明資料（出張報告書）の所在",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached memo is stamped 取扱注意 on every page",
    },
    # 033 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-033",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "Re: 個人番号の受け渡し方法について",
        "body": """野々村様

ご提案ありがとうございます。
個人番号は機密性が高い情報ですので、ご提案のとおりメール添付ではなく、
貴所のファイル受け渡しポータルを利用してお渡しする方法で進めたいと存じます。

アカウント発行の際は、人事課の宍戸・阿部の2名分をお願いいたします。
アップロード後、件数のみメールでご連絡いたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密性 and 個人番号 in passing; no marking, no number",
    },
    # 034 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-034",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_GAMO],
        "subject": "特別徴収税額（6月〜翌5月）一覧 ─ 大田区・品川区分",
        "html": """<html><body>
<p>蒲生様</p>
<p>お世話になっております。宍戸です。<br>
各市区町村から届いた特別徴収税額決定通知書の内容を一覧にしました。<br>
給与システムへの登録内容と相違がないか、念のためご確認をお願いいたします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>社員番号</th><th>氏名</th><th>住所</th><th>年税額</th><th>6月分</th><th>7月以降</th></tr>
<tr><td>10388</td><td>五十嵐 亜紀</td><td>東京都大田区北糀谷2-19-4-302</td><td>248,300</td><td>21,300</td><td>20,700</td></tr>
<tr><td>10633</td><td>芦田 紗希</td><td>東京都品川区戸越4-4-16</td><td>186,900</td><td>16,000</td><td>15,500</td></tr>
<tr><td>10041</td><td>羽鳥 清</td><td>東京都大田区南雪谷3-6-21</td><td>412,500</td><td>35,500</td><td>34,300</td></tr>
<tr><td>10107</td><td>榎本 美奈子</td><td>東京都大田区田園調布本町40-8</td><td>301,200</td><td>25,200</td><td>25,100</td></tr>
<tr><td>10163</td><td>白鳥 智也</td><td>東京都品川区西大井5-2-14</td><td>227,800</td><td>19,500</td><td>18,900</td></tr>
<tr><td>10279</td><td>宮腰 祥子</td><td>東京都品川区荏原6-19-3</td><td>158,400</td><td>13,400</td><td>13,200</td></tr>
<tr><td>10341</td><td>志賀 隼人</td><td>東京都大田区蒲田本町2-27-5</td><td>199,600</td><td>17,000</td><td>16,600</td></tr>
<tr><td>10490</td><td>平塚 理恵</td><td>東京都大田区大森西1-8-30</td><td>134,100</td><td>11,600</td><td>11,100</td></tr>
<tr><td>10552</td><td>鵜飼 悠</td><td>東京都品川区中延3-12-1</td><td>96,000</td><td>8,000</td><td>8,000</td></tr>
<tr><td>10688</td><td>梅津 弘樹</td><td>東京都大田区久が原4-15-9</td><td>275,400</td><td>23,400</td><td>22,900</td></tr>
</table>
<p>以上10名です。</p>
<p>日の出産業株式会社 総務部 人事課 宍戸 さやか<br>TEL 03-5401-2281</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: HTML-only mail with a table of ten employees' home addresses and resident-tax amounts",
    },
    # 035 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-035",
        "charset": "utf-8",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "11月分 住民税（特別徴収）納付額の内訳",
        "html": """<html><body>
<p>蒲生様</p>
<p>お世話になっております。阿久津です。11月分の特別徴収 住民税の納付内訳です。</p>
<table border="1">
<tr><th>市区町村</th><th>納入先</th><th>人数</th><th>納付額</th></tr>
<tr><td>港区</td><td>港区役所 税務課</td><td>14</td><td>312,400</td></tr>
<tr><td>大田区</td><td>大田区役所 課税課</td><td>9</td><td>187,600</td></tr>
<tr><td>川崎市</td><td>川崎市 市民税管理課</td><td>11</td><td>226,900</td></tr>
<tr><td>船橋市</td><td>船橋市役所 市民税課</td><td>7</td><td>133,100</td></tr>
<tr><td>川口市</td><td>川口市役所 市民税課</td><td>4</td><td>71,800</td></tr>
<tr><td colspan="2">合計</td><td>45</td><td>931,800</td></tr>
</table>
<p>12月10日に eLTAX 共通納税で一括納付済みです。</p>
<p>経理部 阿久津 亮（内線3318）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of municipalities and totals: no person in it",
    },
    # 036 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-036",
        "charset": "iso-2022-jp",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "社長個人カードでの立替払いの件（役員借入金の確認）",
        "body": f"""蒲生様

お世話になっております。中条です。
月次監査でご質問いただいた役員借入金の増加の件です。

9月〜10月の展示会出展費用を、日野社長の個人クレジットカードで立替払いしております。
カード明細との突合のため、カード情報をお知らせします。

　名義：SOICHIRO HINO（日野 総一郎）
　カード番号：{_card(card_number(SEED + 5361))}
　有効期限：09/29
　立替合計：2,184,600円（明細は添付予定）

精算は12月の役員報酬支給時に行う予定です。
""" + SIG_NAKAJO,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: the president's personal credit-card number sent to the accountant",
    },
    # 037 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-037",
        "charset": "iso-2022-jp",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "法人カード利用分の勘定科目について",
        "body": """蒲生様

中条です。10月の法人カード（末尾 4821、経理部管理）の利用分のうち、
下記3件の勘定科目についてご意見をお願いします。

　10/03　株式会社ヒカリ航空サービス　　 188,400円　（役員出張 航空券）
　10/17　レストラン・ル・ソレイユ　　　　 64,900円　（取引先 会食 4名）
　10/29　Amazon Web Services　　　　　　 23,118円　（クラウド利用料）

会食は参加者4名（社外2名）で、1人当たり1万円を超えております。
""" + SIG_NAKAJO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only the last four digits of a corporate card and vendor names: no personal data",
    },
    # 038 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-038",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "源泉徴収簿（10月まで）",
        "body": """野々村様

お世話になっております。宍戸です。
10月支給分までの源泉徴収簿をPDFでお送りします。
開封パスワードはいつものもの（弊社電話番号の下4桁＋年）です。

ご査収のほどよろしくお願いいたします。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "pdf",
            "name": "源泉徴収簿_R8_10月まで.pdf",
            "password": "22802026",
            "lines": ["令和8年分 給与所得に対する源泉徴収簿", "（10月支給分まで）"],
            "table": [
                ["氏名", "1月", "2月", "3月", "4月", "5月"],
                ["湊 俊介", "9,870", "9,870", "9,870", "10,120", "10,120"],
                ["岩城 典子", "7,180", "7,180", "7,180", "7,180", "7,420"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF",
    },
    # 039 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-039",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "扶養親族の異動（年の中途）まとめ",
        "body": """野々村様

いつもお世話になっております。宍戸です。
年の中途で扶養親族に異動があった社員の一覧をWordでまとめました。
年末調整時の再計算の対象としてご確認ください。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "docx",
            "name": "扶養異動一覧_R8.docx",
            "paragraphs": ["令和8年 扶養親族異動一覧（日の出産業株式会社 人事課）", ""],
            "tables": [[
                ["社員氏名", "扶養親族", "続柄", "生年月日", "異動内容", "異動日"],
                ["小宮 鈴", "小宮 湊", "長男", "2026.02.09", "出生により追加", "2026.02.09"],
                ["海老原 崇", "海老原 節子", "母", "1947.08.15", "同居開始により追加", "2026.04.01"],
                ["湊 俊介", "湊 遥香", "配偶者", "1990.03.26", "就職により削除", "2026.07.01"],
                ["岩城 典子", "岩城 雄三", "父", "1945.12.04", "死亡により削除", "2026.09.12"],
                ["楠木 遥", "楠木 和馬", "配偶者", "1996.10.30", "婚姻により追加", "2026.10.10"],
                ["久我 恭平", "久我 実", "次男", "2008.05.19", "特定扶養へ区分変更", "2026.05.19"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: DOCX table of six dependants' names, relationships and dates of birth",
    },
    # 040 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-040",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_GAMO],
        "subject": "新卒入社者（4月入社）の前職源泉徴収票について",
        "body": """蒲生様

宍戸です。4月入社の新卒4名は、いずれも学生時代のアルバイト収入があったため、
前職源泉徴収票の提出を受けております。

　・楢崎 琴音　　平成15年8月21日生　アルバイト先 2か所
　・伊集院 悟　　平成14年1月7日生　 アルバイト先 1か所
　・畔上 真白　　平成15年11月30日生　アルバイト先 1か所
　・万代 佑介　　平成13年6月2日生　 アルバイト先 3か所（うち1か所は乙欄）

乙欄の1か所分は年調に含めない扱いでよいか、ご確認ください。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four people's names and DOB: under the five-record threshold, may be warned",
    },
    # 041 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-041",
        "charset": "utf-8",
        "sender": MARUOKA,
        "to": [
            "日野 総一郎 <soichiro.hino@gmail.com>",
            "葛城 雅人 <katsuragi_m@yahoo.co.jp>",
            "早瀬 律子 <ritsuko.hayase@outlook.jp>",
        ],
        "subject": "確定申告に関する小林税理士との面談日程",
        "body": """役員各位

社長室の丸岡です。
年収2,000万円超等で確定申告が必要な役員の方について、
こばやし会計の小林先生との個別面談を下記候補日で調整しております。

　① 2月3日（火）10:00〜
　② 2月5日（木）15:00〜
　③ 2月9日（月）13:00〜

ご都合のよい日時を本メールにご返信ください。
ご自宅のメールアドレス宛にお送りしております。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: three directors' private free-mail addresses side by side in To",
    },
    # 042 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-042",
        "charset": "iso-2022-jp",
        "sender": MARUOKA,
        "to": ["大河内 正 <t.okochi1948@yahoo.co.jp>"],
        "subject": "扶養控除等申告書ご提出のお願い（相談役）",
        "body": """大河内相談役

ご無沙汰しております。社長室の丸岡でございます。
年末調整の時期となりました。お手数ですが、同封いたしました扶養控除等（異動）申告書に
ご記入・ご押印のうえ、返信用封筒にて11月25日までにご返送いただけますでしょうか。

昨年から変更がない場合も、ご提出が必要でございます。
ご不明な点は私までお電話ください（直通 03-5401-2201）。
""" + SIG_MARUOKA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a retired advisor), no personal data",
    },
    # 043 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-043",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "雑損控除について（社員からの相談）",
        "body": """野々村様

お世話になっております。宍戸です。
社員から相談があり、年末調整での対応可否を確認させてください。

営業部の 真壁 圭 さん（社員番号 10711）が、本年8月に自宅（さいたま市）で空き巣被害に遭い、
現金及び貴金属（被害額 約180万円）を盗まれたとのことです。浦和警察署に被害届を提出済みで、
受理番号の控えもあるそうです。

雑損控除は年末調整では適用できず、確定申告が必要という理解で、
本人にはそのように案内してよろしいでしょうか。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee having been the victim of a burglary",
    },
    # 044 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-044",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": ["Grace Lin <grace.lin@kobayashi-kaikei.jp>"],
        "subject": "Withholding on directors' fees paid to a non-resident director",
        "body": """Dear Ms. Lin,

Thank you for your help last month.

From January one of our outside directors will be resident in Singapore.
Could you confirm the following for us?

1. Directors' fees paid by a Japanese company to a non-resident director are
   domestic-source income, so we withhold at 20.42% regardless of where the duties
   are performed — is that correct?
2. Does the Japan-Singapore tax treaty change the rate, or is a treaty application
   form unnecessary for directors' fees?
3. Is there anything we need to file with the tax office when the status changes?

We would appreciate your reply by the end of next week.

Best regards,
Miho Nakajo
Accounting Department, Hinode Sangyo Co., Ltd.
Tel: +81-3-5401-2280
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English tax question about an unnamed director, with the standard disclaimer",
    },
    # 045 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-045",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": ["Payroll Team <jp-payroll@globalpay-partners.com>"],
        "subject": "Tax treaty relief application - seconded employee from Germany",
        "body": """Dear Payroll Team,

As discussed with our tax accountant (Kobayashi Kaikei), please find below the details
you need to prepare the Application Form for Income Tax Convention (Form 8) for our
seconded employee.

  Name:               Tobias Wernecke
  Date of birth:      14 March 1986
  Nationality:        Germany
  Passport No.:       C4JR81TX2
  Residence card No.: UK27638451FA
  Address in Japan:   東京都港区芝浦4-11-6 パークハウス芝浦1208
  Secondment period:  1 Apr 2026 - 31 Mar 2028

Please let us know if you also need a copy of his certificate of residence.

Kind regards,
Miho Nakajo
Accounting Department, Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a seconded employee's passport and residence card numbers in an English mail",
    },
    # 046 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-046",
        "charset": "cp932",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "旧給与システムの年調結果（千葉工場分）",
        "body": """蒲生様

お世話になります。阿久津です。
千葉工場分はまだ旧給与システムで計算しているため、Excel 97-2003 形式での出力になります。
年調結果（過不足額）の検算をお願いいたします。
""" + SIG_AKUTSU,
        "attachments": [{
            "kind": "xls",
            "name": "nencho_chiba_R8.xls",
            "sheets": {
                "年調結果": [
                    ["社員番号", "氏名", "生年月日", "住所", "年税額", "徴収済額", "過不足"],
                    ["20031", "大槻 恒夫", "1966/05/08", "千葉県市原市五井中央東2-4-11", 84200, 91600, -7400],
                    ["20045", "丹羽 清美", "1972/10/29", "千葉県市原市八幡1-19-2", 31800, 29400, 2400],
                    ["20052", "座間 孝", "1979/02/13", "千葉県袖ケ浦市蔵波台3-8-7", 57300, 63100, -5800],
                    ["20068", "勅使河原 恵", "1983/12/01", "千葉県木更津市請西東6-3-15", 22900, 22900, 0],
                    ["20071", "四方田 浩", "1975/07/22", "千葉県市原市姉崎2155-3", 105400, 118000, -12600],
                    ["20084", "鬼頭 奈緒", "1991/04/17", "千葉県市原市辰巳台東4-6-1", 18700, 17500, 1200],
                    ["20090", "伊達 正和", "1969/09/30", "千葉県君津市外箕輪1-22-9", 92600, 101300, -8700],
                    ["20103", "百瀬 梓", "1995/01/25", "千葉県市原市君塚3-14-20", 12300, 14900, -2600],
                    ["20117", "黒須 敦", "1987/06/06", "千葉県袖ケ浦市神納1-7-28", 46800, 46800, 0],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: legacy XLS with nine employees' DOB, home address and tax figures",
    },
    # 047 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-047",
        "charset": "utf-8",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "年末調整 過不足額の部門別集計",
        "body": """蒲生様

阿久津です。年調の過不足額を部門別に集計しました。
12月給与での還付・徴収の資金繰り確認用です。個人別の明細は含めておりません。
""" + SIG_AKUTSU,
        "attachments": [{
            "kind": "xlsx",
            "name": "年調過不足_部門別集計.xlsx",
            "sheets": {
                "部門別": [
                    ["令和8年分 年末調整 過不足額 部門別集計"],
                    ["部門", "対象人数", "還付人数", "還付額計", "徴収人数", "徴収額計", "差引"],
                    ["本社 管理部門", 48, 39, -812400, 9, 96300, -716100],
                    ["本社 営業部門", 71, 60, -1304900, 11, 154800, -1150100],
                    ["千葉工場", 102, 88, -1688200, 14, 121700, -1566500],
                    ["川崎物流センター", 75, 66, -997300, 9, 82400, -914900],
                    ["合計", 296, 253, -4802800, 43, 455200, -4347600],
                ],
                "前年比較": [
                    ["区分", "令和7年", "令和8年", "増減"],
                    ["還付額計", -4411600, -4802800, -391200],
                    ["徴収額計", 512300, 455200, -57100],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "department-level statistics in XLSX: no individual rows",
    },
    # 048 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-048",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "年調データ一式（川崎物流センター分）",
        "body": """野々村様

お世話になっております。宍戸です。
川崎物流センター分の年調データを ZIP にまとめました（パスワードなし）。
　・fuyou.csv　……　扶養親族
　・hoken.csv　……　生命保険料・地震保険料控除
ご確認をお願いいたします。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "zip",
            "name": "nencho_kawasaki.zip",
            "files": [
                {"kind": "csv", "name": "kawasaki/fuyou.csv", "encoding": "cp932", "rows": [
                    ["社員氏名", "住所", "扶養親族", "続柄", "生年月日"],
                    ["仁科 大地", "神奈川県川崎市中原区今井南町33-2", "仁科 美月", "長女", "2007-12-30"],
                    ["桧山 隆之", "神奈川県川崎市高津区溝口5-1-8", "桧山 多恵", "配偶者", "1979-03-11"],
                    ["三枝 亮平", "神奈川県川崎市幸区南加瀬2-30-6", "三枝 陸斗", "長男", "2011-09-04"],
                    ["大庭 かおり", "神奈川県川崎市川崎区大島4-22-13", "大庭 茂", "父", "1950-06-19"],
                    ["石動 翔", "神奈川県横浜市鶴見区矢向1-9-27", "石動 杏奈", "配偶者", "1993-07-02"],
                    ["長谷部 稔", "神奈川県川崎市中原区木月3-44-1", "長谷部 咲", "次女", "2009-01-15"],
                    ["鳥居 千尋", "東京都大田区矢口2-3-17", "鳥居 勇", "祖父", "1938-10-08"],
                ]},
                {"kind": "csv", "name": "kawasaki/hoken.csv", "encoding": "cp932", "rows": [
                    ["社員氏名", "保険会社", "種類", "年間保険料"],
                    ["仁科 大地", "あおぞら生命", "一般（新）", "96000"],
                    ["桧山 隆之", "ひまわり生命", "介護医療", "42000"],
                    ["三枝 亮平", "あおぞら生命", "個人年金（新）", "120000"],
                ]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: plain ZIP of CSVs with seven employees' addresses and dependants' DOB",
    },
    # 049 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-049",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": ["給与チーム <payroll@mail.hinode-sangyo.co.jp>"],
        "subject": "FW: 支払調書用 個人番号の確認結果",
        "body": f"""給与チームの皆さん

中条です。こばやし会計から番号確認の結果が届きました。
講師の方の番号に誤りがあったので、マスタの修正をお願いします。

---------- Forwarded message ---------
From: 蒲生 拓也 <gamo@kobayashi-kaikei.jp>
Subject: 支払調書用 個人番号の確認結果

中条様
以下の方の個人番号のチェックデジットが不正でした。正しい番号を確認済みです。
　梶原 理沙　誤：{my_number(SEED + 491)[:11]}0　→　正：{my_number(SEED + 492)}
　能登 圭吾　誤：{my_number(SEED + 493)[:11]}1　→　正：{my_number(SEED + 494)}
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "internal only (mail.hinode-sangyo.co.jp is an internal subdomain): may carry My Numbers",
    },
    # 050 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-050",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [SR_HOSHINO],
        "cc": [ZK_NONOMURA],
        "subject": "被扶養者（異動）届の件　早乙女さん配偶者",
        "body": """星野先生
（cc：こばやし会計 野々村様　※税の扶養の確認用）

お世話になっております。宍戸です。
営業部 早乙女 貴之 さんの配偶者が、パート先の社会保険から外れたため
健康保険の被扶養者に追加したいとの申し出がありました。

　被扶養者氏名：早乙女 優衣（さおとめ ゆい）
　生年月日：1988年1月5日
　資格喪失した保険証：健康保険 記号 6130428　番号 17
　喪失日：令和8年10月31日
　年間収入見込：650,000円

資格喪失証明書は郵送いたします。お手続きのほどお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "identifier: a spouse's health-insurance 記号・番号 with DOB, to the 社労士 with the accountant in Cc",
    },
    # 051 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-051",
        "charset": "iso-2022-jp",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "subject": "顧問契約更新に伴う秘密保持契約書の締結について",
        "body": f"""小林先生

いつも大変お世話になっております。鷲尾です。
来期の顧問契約更新にあわせ、弊社の取引先管理規程の改定により、
秘密保持契約書を別途締結させていただきたく、ひな形をお送りします。

内容は従前の顧問契約書第12条（守秘義務）を独立させたもので、実質的な変更はございません。
個人番号の取扱いについては、別紙の委託契約（特定個人情報の取扱いに関する覚書）で定める予定です。

ご確認のうえ、修正のご希望があればお知らせください。
""" + SIG_WASHIO,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_ひな形_こばやし会計様.docx",
            "title": "秘密保持契約書",
            "paragraphs": [
                "秘密保持契約書",
                f"日の出産業株式会社（法人番号 {_corp('010401087712')}、以下「甲」という。）と"
                f"税理士法人こばやし会計（法人番号 {_corp('011001045530')}、以下「乙」という。）は、"
                "甲が乙に委託する税務顧問業務に関して開示する秘密情報の取扱いについて、次のとおり契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の一切の情報をいう。",
                "第2条（秘密保持義務）乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
                "第3条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                "東京都港区浜松町3-14-8　日の出産業株式会社　代表取締役",
                "東京都千代田区神田小川町2-5-1　税理士法人こばやし会計　代表社員",
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "mail about an NDA; the template carries only the two firms' 法人番号 and office addresses",
    },
    # 052 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-052",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [AU_MITARAI],
        "subject": "役員賞与引当金・役員退職慰労引当金の計算資料",
        "body": """清和監査法人
御手洗様

お世話になっております。日の出産業 経理部の鷲尾です。
期末監査に向けて、役員賞与引当金および役員退職慰労引当金の計算資料をお送りします。
内規の改定履歴は「内規」シートにまとめております。
""" + SIG_WASHIO,
        "attachments": [{
            "kind": "xlsx",
            "name": "役員関連引当金_計算資料_FY2026.xlsx",
            "page_header": "極秘",
            "sheets": {
                "賞与引当": [
                    ["役員賞与引当金 計算（FY2026）"],
                    ["役職", "基準額", "業績係数", "引当額"],
                    ["代表取締役", 6000000, 1.1, 6600000],
                    ["専務取締役", 4000000, 1.1, 4400000],
                    ["常務取締役", 3000000, 1.1, 3300000],
                ],
                "退職慰労引当": [
                    ["役職", "在任年数", "最終報酬月額", "功績倍率", "要支給額"],
                    ["代表取締役", 14, 2000000, 3.0, 84000000],
                    ["専務取締役", 9, 1500000, 2.5, 33750000],
                ],
                "内規": [["改定日", "内容"], ["2019/06/27", "功績倍率の見直し"], ["2024/06/26", "業績係数の導入"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the workbook's page header is 極秘",
    },
    # 053 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-053",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "10月度 月次試算表のご送付のお願い",
        "body": """蒲生様

いつもお世話になっております。日の出産業の阿久津です。
10月度の月次試算表および部門別損益のPDFを、11月20日の取締役会資料に使用いたしますので、
11月17日（火）までにご送付いただけますでしょうか。

また、前月ご指摘のあった前払費用の振替仕訳は、10月度で計上済みです。
よろしくお願いいたします。
""" + SIG_AKUTSU + "\n" + DISCLAIMER,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary request with the standard 機密情報 disclaimer: not a marking",
    },
    # 054 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-054",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "退職所得の源泉徴収票 作成依頼（3月末退職者）",
        "body": "蒲生様\n\nお世話になっております。中条です。\n"
                "3月末退職者の退職所得の源泉徴収票の作成をお願いいたします。\n"
                "全員「退職所得の受給に関する申告書」の提出を受けております。\n"
                "（Excel からそのまま貼り付けております）\n\n"
                "氏名\t住所\t入社日\t退職日\t退職手当等\n"
                "大野 和真\t東京都文京区千石4-28-3\t1989/04/01\t2026/03/31\t21,400,000\n"
                "桐谷 えり\t東京都豊島区南長崎6-5-19\t2004/04/01\t2026/03/31\t8,950,000\n"
                "諸岡 進\t埼玉県所沢市小手指町2-17-6\t1986/04/01\t2026/03/31\t24,800,000\n"
                "吉峯 浩二\t東京都府中市若松町3-9-22\t1992/10/01\t2026/03/31\t16,300,000\n"
                "相沢 美月\t神奈川県相模原市南区相模大野5-30-4\t2011/04/01\t2026/03/31\t4,120,000\n\n"
                "よろしくお願いいたします。\n" + SIG_NAKAJO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: tab-separated rows of five retirees' home addresses and severance amounts",
    },
    # 055 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-055",
        "charset": "cp932",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "Re: 退職所得の勤続年数の計算について",
        "body": """蒲生様

ご質問の件、回答いたします。

　氏名：諸岡 進
　生年月日：昭和38年7月14日
　住所：埼玉県所沢市小手指町2-17-6
　入社：昭和61年4月1日　退職：令和8年3月31日
　休職期間：平成21年4月〜平成21年9月（6か月、勤続年数から除算しない規程です）

勤続年数は40年で計算いただいて問題ございません。

中条

> 諸岡様について、休職期間の有無をご確認いただけますか。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one retiree's record to the accountant: a single person, may be warned",
    },
    # 056 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-056",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": ["法人営業部 岸本様 <kishimoto@midori-ginkou.co.jp>"],
        "subject": "住民税の納付方法変更（口座振替）についてのご相談",
        "body": """みどり銀行 法人営業部
岸本様

いつもお世話になっております。日の出産業 経理部の阿久津です。
来年度から住民税（特別徴収分）の納付を eLTAX 共通納税のダイレクト納付に切り替える予定です。
御行の法人インターネットバンキングとの併用で、振替日の指定ができるかご教示ください。

対象口座：本店営業部 当座（弊社名義）
""" + SIG_AKUTSU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: midori-ginkou.co.jp (extra u) instead of the partner bank midori-ginko.co.jp",
    },
    # 057 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-057",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": ["岸本 慎也 <kishimoto@midori-ginko.co.jp>"],
        "subject": "Re: ダイレクト納付の振替日指定について",
        "body": """岸本様

ご回答ありがとうございました。
ダイレクト納付の届出書は、本店営業部の当座口座（口座番号 0083142）で提出いたします。
届出書の控えは来週お持ちします。

引き続きよろしくお願いいたします。

阿久津

-----Original Message-----
差出人: 岸本 慎也 <kishimoto@midori-ginko.co.jp>
送信日時: 2026年11月9日 16:40
件名: ダイレクト納付の振替日指定について

日の出産業株式会社 阿久津様
ダイレクト納付では納付日を指定いただけます。届出書をご提出ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "correct partner bank domain; only the company's own account number",
    },
    # 058 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-058",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "FW: 算定基礎届 提出内容のご報告（星野事務所より）",
        "body": """野々村様

宍戸です。社会保険料控除の金額確認用に、社労士の星野先生からのメールを添付で転送します。
9月以降の標準報酬月額が反映されているかご確認ください。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "eml",
            "name": "算定基礎届 提出内容のご報告.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": SR_HOSHINO,
                "to": [SHISHIDO],
                "subject": "算定基礎届 提出内容のご報告",
                "body": """日の出産業株式会社　宍戸様

星野事務所の星野です。算定基礎届を提出いたしましたのでご報告します。
標準報酬月額が2等級以上変動した方は以下のとおりです（9月分保険料から反映）。

氏名　　　　　基礎年金番号　　　生年月日　　　旧標準報酬　新標準報酬
鴨志田 綾　　 4213-651078　　 H6.10.3　　　 260千円　　 300千円
久我 恭平　　 1027-394816　　 S62.7.28　　　380千円　　 440千円
鳴海 沙耶　　 3309-120457　　 H9.1.16　　　 220千円　　 260千円
外山 雅美　　 5524-870913　　 S60.5.22　　　410千円　　 360千円
宇佐美 光　　 2148-006725　　 H3.8.9　　　　300千円　　 340千円
茅野 徹　　　 6650-217389　　 S49.3.30　　　560千円　　 620千円
楠木 遥　　　 1186-542260　　 H10.2.14　　　240千円　　 280千円
相馬 健司　　 4971-038814　　 S61.9.3　　　 470千円　　 410千円

星野社会保険労務士事務所　星野 敦子
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list + identifier: forwarded .eml with eight employees' 基礎年金番号 and DOB",
    },
    # 059 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-059",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "Re: 個人番号の再確認（ルフェーヴル様）",
        "body": f"""蒲生様

ご確認ありがとうございます。承知しました。
本人にも、番号に変更がないことを口頭で確認しております。

中条

On Mon, Jan 11, 2027 at 10:25 AM 蒲生 拓也 <gamo@kobayashi-kaikei.jp> wrote:
> 中条様
> 支払調書のルフェーヴル様の個人番号、下記で登録しております。
> {my_number(SEED + 591)}
> 念のため変更がないかご確認ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the My Number is only in the quoted text the accountant sent; the reply adds nothing",
    },
    # 060 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-060",
        "charset": "iso-2022-jp",
        "sender": NAKAJO,
        "to": [
            "経理部 <keiri@asahi-buhin.co.jp>",
            "管理部 今泉様 <imaizumi@tohoku-seimitsu.co.jp>",
            "総務課 <soumu@marukyo-shoji.co.jp>",
        ],
        "cc": [ZK_KOBAYASHI],
        "subject": "【グループ各社】年末調整スケジュールと提出物のご案内",
        "body": """グループ各社 経理・給与ご担当者様

日の出産業 経理部の中条です。
今年もグループ共通で、こばやし会計様に年末調整業務を委託いたします。
スケジュールは下記のとおりです。

　11月12日　説明会（弊社7F、オンライン併用）
　11月28日　各社 申告書回収締切
　12月 4日　こばやし会計様へデータ提出
　12月18日　年調結果の確定・12月給与で精算

提出物のチェックリストは、説明会当日にお配りします。
""" + SIG_NAKAJO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three group companies plus the accountant, four external organisations in To/Cc",
    },
    # 061 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-061",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "cc": [AU_MITARAI],
        "subject": "期末決算・監査日程のすり合わせ",
        "body": """小林先生
（cc：清和監査法人 御手洗様）

お世話になっております。鷲尾です。
3月期決算の日程について、監査法人様の期末監査日程と合わせて調整させてください。

　4月 8日　　固定資産・棚卸の実査
　4月20日　　決算整理仕訳の確定（こばやし会計様）
　4月27日〜　期末監査（往査 5日間）
　5月14日　　監査報告書日
　5月28日　　法人税等申告書 提出

法人税等の申告は延長申請中のため、6月末提出も可能です。
ご都合の悪い日程がございましたらお知らせください。
""" + SIG_WASHIO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "accountant in To, audit firm in Cc: two outside organisations, no personal data",
    },
    # 062 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-062",
        "charset": "cp932",
        "sender": MARUOKA,
        "to": [ZK_KOBAYASHI],
        "subject": "社長の確定申告（寄附金控除）の資料について",
        "body": """小林先生

お世話になっております。社長室の丸岡です。
日野社長の確定申告用資料のうち、寄附金関係をお知らせします。

　・宗教法人 浄光寺（東京都台東区谷中）への寄附　500,000円
　　（本堂修復のための特別寄附。社長のご実家の菩提寺で、檀家総代をされています）
　・認定NPO法人 こどもの森ネットワークへの寄附　300,000円（領収書あり）
　・ふるさと納税（5自治体）計 620,000円

宗教法人への寄附は寄附金控除の対象外という理解ですが、念のためご確認ください。
領収書の原本は来週お届けします。
""" + SIG_MARUOKA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: the president's temple membership (檀家総代) hints at religion; a tax-filing context",
    },
    # 063 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-063",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "説明会資料へのコメント",
        "body": """野々村様

宍戸です。説明会資料を拝見しました。
社員にとって分かりやすいよう、記入例のスライドに弊社の実際の申告書の例を
差し込んでみました（5枚目）。この形でよろしければ、そのまま使わせてください。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "pptx",
            "name": "R8年末調整説明会_日の出産業_コメント反映.pptx",
            "slides": [
                ["令和8年分 年末調整のご案内", "日の出産業株式会社 御中", "税理士法人こばやし会計"],
                ["今年の変更点", "定額減税の年調精算", "基礎控除の見直し"],
                ["提出期限", "11月28日（金）までに各部取りまとめ担当へ"],
                ["よくある記入ミス", "扶養親族の所得見込額の記入漏れ", "保険料控除証明書の添付漏れ"],
                ["記入例（扶養控除等申告書）",
                 "氏名：仁科 大地　生年月日：昭和60年3月8日",
                 "住所：神奈川県川崎市中原区今井南町33-2",
                 f"個人番号：{_sp(my_number(SEED + 631))}",
                 f"長女 仁科 美月（H19.12.30）個人番号：{_sp(my_number(SEED + 632))}"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a real employee's and daughter's My Numbers pasted into a PPTX sample slide",
    },
    # 064 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-064",
        "charset": "iso-2022-jp",
        "sender": MARUOKA,
        "to": [ZK_GAMO],
        "subject": "新任取締役の給与登録に必要な情報",
        "body": f"""蒲生様

お世話になっております。社長室の丸岡です。
6月の株主総会で選任された新任取締役の情報をお送りします。
役員報酬の源泉計算にご利用ください。

　氏名　　　：鷹取　誠一郎（たかとり　せいいちろう）
　生年月日　：昭和４１年９月１２日
　住所　　　：東京都杉並区善福寺２－１４－６
　個人番号　：{_fw(_sp(my_number(SEED + 641))).replace(" ", "　")}
　報酬月額　：１，２００，０００円（７月支給分から）
　扶養　　　：配偶者のみ（所得なし）

よろしくお願いいたします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a new director's My Number in full-width digits with DOB and address",
    },
    # 065 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-065",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "Re: マイナンバーのメール送付はご遠慮ください",
        "body": """野々村様

ご連絡ありがとうございます。承知いたしました。
マイナンバー（個人番号）は、今後メールには記載せず、ポータルにのみアップロードいたします。
先日お送りしたメールは社内でも削除済みです。ご迷惑をおかけしました。

アップロード済みの件数：本人 296件、扶養親族 341件

> 個人番号につきましては、安全管理措置の観点から、
> メール本文・添付でのご送付はご遠慮いただけますようお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "talks about マイナンバー but carries no number and no person's data",
    },
    # 066 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-066",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_GAMO],
        "subject": "配偶者（特別）控除申告書の記載内容確認",
        "body": """蒲生様

宍戸です。配偶者控除等申告書で、配偶者の所得見込額が境界付近の方を抜き出しました。
判定のご確認をお願いします。

【1】本人：芦田 紗希（10633）
　配偶者：芦田 健　生年月日 1984/09/09
　配偶者の給与収入見込：1,230,000円　電話 090-4418-2067

【2】本人：早乙女 貴之（10402）
　配偶者：早乙女 優衣　生年月日 1988/01/05
　配偶者の給与収入見込：650,000円（10月退職）

【3】本人：桧山 隆之（30115）
　配偶者：桧山 多恵　生年月日 1979/03/11
　配偶者の給与収入見込：1,580,000円

【4】本人：石動 翔（30142）
　配偶者：石動 杏奈　生年月日 1993/07/02
　配偶者の事業所得見込：430,000円

【5】本人：座間 孝（20052）
　配偶者：座間 由里子　生年月日 1981/11/20
　配偶者の給与収入見込：1,050,000円　電話 080-2291-7735

以上です。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: five record blocks of spouses' names, DOB, income and phone numbers",
    },
    # 067 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-067",
        "charset": "cp932",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "支払調書対象外（法人）の支払先一覧",
        "body": f"""蒲生様

阿久津です。報酬・料金の支払先のうち、法人のため支払調書の対象外とした先の一覧です。
念のため法人番号を付しております。

・株式会社ブルーライン設計事務所
　法人番号 {_corp("020001117264")}　横浜市西区みなとみらい3-6-1　TEL 045-650-3371
・弁護士法人 白川法律事務所
　法人番号 {_corp("010701033918")}　東京都千代田区丸の内2-4-1　TEL 03-6212-5500
・合同会社スタジオ・ハルカ
　法人番号 {_corp("012401009286")}　東京都渋谷区神宮前5-27-8　TEL 03-5466-0912
・一般社団法人 日本産業安全研修協会
　法人番号 {_corp("030001058143")}　さいたま市大宮区桜木町1-10-16　TEL 048-643-7120
・株式会社錦印刷
　法人番号 {_corp("011001045530")}　東京都中央区築地2-3-4　TEL 03-3541-8800

ご確認をお願いいたします。
""" + SIG_AKUTSU,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a list of businesses with 法人番号, office addresses and switchboards: not people",
    },
    # 068 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-068",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "支払調書対象（個人）の支払先一覧",
        "body": """蒲生様

続いて、個人の支払先です。個人番号はポータルにアップロード済みです。

No 氏名         住所                                  電話            支払金額
-- ------------ ------------------------------------- --------------- ----------
1  梶原 理沙    東京都世田谷区上北沢2-16-5            090-7713-2048      720,000
2  能登 圭吾    神奈川県鎌倉市大船4-2-19              080-3392-6617    1,350,000
3  甲斐 恵理子  東京都国分寺市本町3-12-8-201          070-1284-5530      264,000
4  九鬼 洋平    千葉県柏市旭町6-5-3                   090-8820-1164      540,000
5  曽我 真琴    東京都武蔵野市吉祥寺本町1-30-11       080-6651-2209      198,000
6  御園 晴彦    埼玉県川越市脇田本町22-4              090-2047-8836      880,000
7  ドミニク・ルフェーヴル  東京都新宿区西早稲田1-8-12 070-4406-7781  468,000

以上7名です。
""" + SIG_AKUTSU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: seven individual payees' home addresses and mobile numbers in a padded table",
    },
    # 069 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-069",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "subject": "別表・事業概況書用 役員給与の内訳",
        "body": """小林先生

鷲尾です。法人税申告書（役員給与等の内訳書）用の役員給与の内訳です。

役職　　　　　氏名　　　　　　常勤/非常勤　　年間報酬額
代表取締役　　日野 総一郎　　　常勤　　　　　24,000,000
専務取締役　　葛城 雅人　　　　常勤　　　　　18,000,000
常務取締役　　早瀬 律子　　　　常勤　　　　　15,600,000
取締役　　　　鷹取 誠一郎　　　常勤　　　　　 7,200,000
監査役　　　　三条 真理　　　　非常勤　　　　 3,600,000

事前確定届出給与は届出どおり支給済みです。
""" + SIG_WASHIO,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "either: five directors' names and pay only (no contact or identifier), as filed in the tax return",
    },
    # 070 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-070",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "扶養控除等申告書（スキャン）千葉工場分",
        "body": """野々村様

宍戸です。千葉工場分の扶養控除等申告書をスキャンしたPDFをお送りします。
複合機のスキャンがうまくいかなかったようで、こちらでは開けませんでした。
そちらで開けない場合はお知らせください。原本を郵送します。
""" + SIG_SHISHIDO,
        "attachments": [{"kind": "corrupt", "name": "扶養控除等申告書_千葉工場_scan.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: corrupt scanned PDF",
    },
    # 071 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-071",
        "charset": "iso-2022-jp",
        "sender": NAKAJO,
        "to": [SHISHIDO, "人事課 <jinji@hinode-sangyo.co.jp>"],
        "subject": "FW: 年調計算結果（本社営業部門）",
        "body": """宍戸さん、人事課各位

中条です。こばやし会計から年調計算結果が届きました。
12月給与への反映をお願いします。

----- Forwarded Message -----
From: 野々村 彩 <nonomura@kobayashi-kaikei.jp>
Subject: 年調計算結果（本社営業部門）

日の出産業 中条様
本社営業部門の年調計算結果を添付いたします。
""",
        "attachments": [{
            "kind": "csv",
            "name": "nencho_result_eigyo.csv",
            "encoding": "cp932",
            "rows": [["社員番号", "氏名", "生年月日", "年税額", "過不足"]] + [
                [str(10800 + i), n, d, str(t), str(o)] for i, (n, d, t, o) in enumerate([
                    ("佐々木 崇", "1990/02/11", 98400, -6200), ("早乙女 貴之", "1985/06/30", 121300, -11800),
                    ("芦田 紗希", "1986/01/24", 74600, -3100), ("白鳥 智也", "1992/08/08", 65200, 1400),
                    ("宮腰 祥子", "1994/04/03", 51700, -2500), ("志賀 隼人", "1989/12/12", 88000, -9300),
                    ("平塚 理恵", "1996/07/21", 43900, 800), ("鵜飼 悠", "1998/03/15", 31200, -1200),
                    ("梅津 弘樹", "1983/10/02", 132900, -15400), ("羽鳥 清", "1976/05/27", 186300, -21700),
                    ("榎本 美奈子", "1980/11/09", 142800, -8800), ("楢崎 琴音", "2003/08/21", 12400, -4600),
                    ("伊集院 悟", "2002/01/07", 13100, -3900), ("畔上 真白", "2003/11/30", 11800, -5200),
                    ("万代 佑介", "2001/06/02", 15600, -2700), ("来栖 真由美", "1990/11/03", 47300, 2100),
                    ("陣内 航", "2000/06/25", 28900, -1800), ("比嘉 拓海", "1996/12/08", 39500, 600),
                    ("我妻 里穂", "1983/04/02", 72100, -4400), ("相馬 健司", "1986/09/03", 102700, -7600),
                ])
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "internal recipients only: a 20-person list forwarded inside the company may go",
    },
    # 072 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-072",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": ["市民税課 特別徴収担当 <shiminzei-tokucho@city.koganehara.lg.jp>"],
        "subject": "特別徴収税額の変更通知書について（日の出産業株式会社）",
        "body": """小金原市役所 市民税課 特別徴収ご担当者様

お世話になっております。日の出産業株式会社 人事課の宍戸と申します。
（特別徴収義務者指定番号 0004417263）

先月受領した特別徴収税額の変更通知書につきまして、
下記の従業員について、給与支払報告書の提出内容と税額が相違しているように見受けられます。
ご確認いただけますでしょうか。詳細は添付の CSV のとおりです。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "csv",
            "name": "henkou_kakunin_koganehara.csv",
            "encoding": "utf-8",
            "rows": [
                ["宛名番号", "氏名", "生年月日", "住所", "通知書の年税額", "当社想定額"],
                ["183402217", "石黒 美沙", "1988-02-06", "小金原市本町2-14-3", "162400", "148900"],
                ["183402985", "設楽 潤", "1979-09-17", "小金原市若葉台5-1-22", "301800", "287300"],
                ["183410476", "乙部 菜摘", "1995-05-30", "小金原市緑ケ丘1-9-7-203", "88600", "92100"],
                ["183411032", "木暮 裕", "1971-12-24", "小金原市東町4-33-10", "254000", "241500"],
                ["183415590", "宇多田 亮介", "1990-03-03", "小金原市西台3-6-18", "133700", "129900"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: five employees' DOB and addresses to a municipality's resident-tax desk",
    },
    # 073 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-073",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": ["市民税課 <shiminzei-tokucho@city.koganehara.lg.jp>"],
        "subject": "Re: 普通徴収への切替について（石黒様）",
        "body": """小金原市役所 市民税課 御中

ご回答ありがとうございました。
退職に伴う普通徴収への切替について、下記のとおり異動届出書を郵送いたしました。

　氏名：石黒 美沙
　住所：小金原市本町2-14-3
　退職日：令和8年11月30日
　未徴収税額：40,600円（12月〜翌5月分）

お手数ですが、ご処理のほどよろしくお願いいたします。

日の出産業株式会社 人事課　宍戸
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's address and retirement date to the city: a single person, may be warned",
    },
    # 074 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-074",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": ["経理部 鷲尾部長 <h-washio@hinode-sangyou.co.jp>"],
        "subject": "12月 役員報酬 振込データの最終確認",
        "body": """鷲尾部長

中条です。12月の役員報酬の振込データです。承認をお願いします。

　日野 総一郎　みどり銀行 浜松町支店 普通 3108472　2,000,000円（手取 1,326,418円）
　葛城 雅人　　みどり銀行 自由が丘支店 普通 5520931　1,500,000円（手取 1,041,275円）
　早瀬 律子　　さくら信用金庫 青葉台支店 普通 0294716　1,300,000円（手取 921,860円）

承認後、12月24日付で総合振込を予約します。
""" + SIG_NAKAJO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: hinode-sangyou.co.jp is not the company's domain; directors' bank accounts go outside",
    },
    # 075 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-075",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "subject": "役員報酬の支給日変更について",
        "body": """小林先生

お世話になっております。鷲尾です。
来年1月から、役員報酬の支給日を毎月25日から毎月20日に変更する予定です。
支給額の変更はありません。

支給日の変更のみであれば、定期同額給与の要件には影響しないという理解でよいか、
念のためご確認いただけますでしょうか。
取締役会の議事録には、変更理由（給与計算業務の平準化）を記載する予定です。
""" + SIG_WASHIO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "directors' pay question with no names or figures of people",
    },
    # 076 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-076",
        "charset": "cp932",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "住宅資金貸付の利息（経済的利益）の判定資料",
        "body": """蒲生様

阿久津です。社内の住宅資金貸付制度の利用者について、
適用利率が低いことによる経済的利益の課税の要否をご判断いただきたく、明細をお送りします。
返済は給与天引きのほか、一部は本人口座からの引落しです。

社員番号,氏名,貸付日,貸付残高,適用利率,引落口座
10041,羽鳥 清,2016/04/01,8420000,0.5%,みどり銀行 雪谷支店 普通 6612048
10107,榎本 美奈子,2018/10/01,11250000,0.5%,給与天引き
10214,沼田 修一,2019/07/01,13800000,0.8%,埼玉りそな銀行 川口支店 普通 1180392
10341,志賀 隼人,2021/04/01,9600000,0.8%,給与天引き
10402,早乙女 貴之,2022/02/01,15400000,0.8%,千葉銀行 船橋支店 普通 4407715
10688,梅津 弘樹,2023/09/01,17900000,1.0%,みどり銀行 大森支店 普通 2239104

以上6名です。
""" + SIG_AKUTSU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: six employees' loan balances and personal bank accounts, comma-separated in the body",
    },
    # 077 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-077",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": ["Rachel Moore <rmoore@moore-global-audit.com>"],
        "cc": [AU_MITARAI],
        "subject": "FY2026 group reporting timetable - Hinode Sangyo",
        "body": """Dear Rachel,

Thank you for the group audit instructions. Please find below our timetable for the
FY2026 reporting package, agreed with Seiwa Kansa (cc'd) and our tax advisers.

  - 10 April:  hard close, trial balance to Seiwa Kansa
  - 17 April:  reporting package (IFRS adjustments) to group auditors
  - 24 April:  tax provision memo from Kobayashi Kaikei
  - 8 May:     clearance call

Please let us know if the tax provision memo needs to be in English; we will ask
Kobayashi Kaikei to prepare a summary translation.

Best regards,
Hiroyuki Washio
General Manager, Accounting, Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "English timetable to a group auditor with the local audit firm in Cc: two outside organisations",
    },
    # 078 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-078",
        "charset": "iso-2022-jp",
        "sender": HIWATARI,
        "to": [ZK_KOBAYASHI],
        "subject": "給与規程・役員報酬規程の改定案（税務面のご確認依頼）",
        "body": """小林先生

いつもお世話になっております。総務部の樋渡です。
来年4月施行予定の給与規程・役員報酬規程の改定案をお送りします。
通勤手当の非課税限度額の扱いと、役員の業績連動給与の要件について、
税務面からご確認いただけますと幸いです。
""" + SIG_HIWATARI,
        "attachments": [{
            "kind": "pdf",
            "name": "規程改定案_20261120.pdf",
            "page_header": "Internal Only",
            "page_footer": "日の出産業株式会社 総務部",
            "lines": [
                "給与規程 改定案（新旧対照表）",
                "第18条（通勤手当）　片道の通勤距離に応じ、非課税限度額の範囲で支給する。",
                "第22条（在宅勤務手当）　月額5,000円を支給する（新設）。",
                "役員報酬規程 改定案",
                "第7条（業績連動給与）　有価証券報告書に記載された指標に基づき算定する。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached PDF is stamped Internal Only",
    },
    # 079 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-079",
        "charset": "cp932",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "Re: 試算表の取扱いについて",
        "body": """蒲生様

お世話になっております。中条です。
先日お送りいただいた月次試算表に「社外秘」の印字がございましたが、
銀行（みどり銀行）へ融資の資料として提出してもよいか、社内で確認を求められております。
貴所のテンプレート上の表示かと存じますが、差し支えないかご教示いただけますでしょうか。
""" + SIG_NAKAJO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions a 社外秘 print in passing; the mail itself carries no marking",
    },
    # 080 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-080",
        "charset": "utf-8",
        "sender": MARUOKA,
        "to": ["吉川 和彦 <k-yoshikawa@minato-hoken.co.jp>"],
        "subject": "役員保険（告知）について　日野社長の健診結果",
        "body": """みなと保険サービス
吉川様

お世話になっております。日の出産業 社長室の丸岡です。
こばやし会計の小林先生からご紹介いただいた役員保険の件、
告知書の記入にあたり、日野社長の直近の健康診断結果をお知らせします。

　被保険者：日野 総一郎（昭和34年1月22日生）
　受診日：令和8年9月4日
　・血圧 162/98（要精密検査）
　・HbA1c 7.1%（2型糖尿病で通院・服薬中）
　・心電図：異常なし
　・既往歴：平成28年 胃がん（内視鏡手術、経過観察終了）

この内容で引受可能か、事前に確認いただけますでしょうか。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: the president's health-check results and medical history to an insurance agent",
    },
    # 081 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-081",
        "charset": "utf-8",
        "sender": MARUOKA,
        "to": ["吉川 和彦 <k-yoshikawa@minato-hoken.co.jp>"],
        "subject": "Re: 役員保険のお見積りについて",
        "body": """吉川様

お見積りをお送りいただきありがとうございました。
小林先生にも損金算入割合をご確認いただき、プランB（定期保険・保険期間95歳満了）で
社内稟議にかけることになりました。

　証券番号（既契約）：MH-0041822-07
　月払保険料（プランB）：186,400円

稟議の決裁が下り次第、申込書のご準備をお願いいたします。
""" + SIG_MARUOKA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an insurance quote with a policy number: no health data, no personal record",
    },
    # 082 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-082",
        "charset": "iso-2022-jp",
        "sender": WASHIO,
        "to": [
            "岸本 慎也 <kishimoto@midori-ginko.co.jp>",
            ZK_KOBAYASHI,
        ],
        "cc": [AU_MITARAI],
        "subject": "決算説明会（融資関係）の資料について",
        "body": """みどり銀行 岸本様
こばやし会計 小林先生
清和監査法人 御手洗様

お世話になっております。日の出産業の鷲尾です。
来月の決算説明会（みどり銀行様向け）について、資料の分担を下記のとおりとさせてください。

　・決算概要、来期計画　……　弊社
　・税務上の論点（繰越欠損金・税効果）　……　小林先生
　・監査の状況　……　御手洗様（差し支えない範囲で）

当日は 1月22日（金）14:00〜、弊社7F役員会議室にて行います。
""" + SIG_WASHIO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: bank, tax accountant and audit firm all in To/Cc",
    },
    # 083 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-083",
        "charset": "cp932",
        "sender": AKUTSU,
        "to": ["経理部 <keiri@hinode-sangyo.co.jp>"],
        "bcc": [
            "keiri@kobayashi-kaikei.jp",
            "hoshino@hoshino-sr.jp",
            "j-mitarai@seiwa-kansa.jp",
            "kishimoto@midori-ginko.co.jp",
        ],
        "subject": "年末年始休業のお知らせ（日の出産業 経理部）",
        "body": """関係各位（Bccにて失礼いたします）

平素は格別のご高配を賜り、厚く御礼申し上げます。
誠に勝手ながら、弊社は下記の期間を年末年始休業とさせていただきます。

　休業期間：12月29日（火）〜 1月4日（月）
　※1月5日（火）より通常営業

休業期間中のお問い合わせは、1月5日以降に順次ご回答いたします。
来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。
""" + SIG_AKUTSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "outside recipients are in Bcc only; To is internal: nobody sees the others",
    },
    # 084 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-084",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "住宅借入金等特別控除（2年目以降）申告者一覧",
        "body": """野々村様

宍戸です。住宅ローン控除（2年目以降）の申告者一覧を Word でお送りします。
残高証明書はスキャンデータを別途ポータルへ格納しております。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "docx",
            "name": "住宅借入金等特別控除_申告者一覧.docx",
            "title": "住宅借入金等特別控除 申告者一覧",
            "paragraphs": ["令和8年分 住宅借入金等特別控除申告書 提出者一覧", "（日の出産業株式会社 人事課 作成）"],
            "tables": [[
                ["氏名", "住所（居住用家屋）", "居住開始日", "年末残高", "控除額"],
                ["沼田 修一", "埼玉県川口市芝新町12-7", "2019/08/10", "21,344,000", "213,400"],
                ["柘植 由香里", "東京都江戸川区船堀6-8-11", "2021/03/28", "28,910,000", "202,300"],
                ["早乙女 貴之", "千葉県船橋市前原西5-3-21", "2022/04/15", "33,600,000", "235,200"],
                ["桧山 隆之", "神奈川県川崎市高津区溝口5-1-8", "2020/11/02", "18,425,000", "184,200"],
                ["宇佐美 光", "埼玉県戸田市本町3-11-7", "2024/06/01", "39,870,000", "279,000"],
                ["梅津 弘樹", "東京都大田区久が原4-15-9", "2023/09/20", "44,120,000", "308,800"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: DOCX table of six employees' home addresses and loan balances",
    },
    # 085 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-085",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "住宅ローン控除　連帯債務の持分について（1名）",
        "body": """野々村様

宍戸です。1名、判断に迷うケースがありますのでご相談させてください。

　対象者：柘植 由香里（社員番号 10455）
　住所：東京都江戸川区船堀6-8-11
　借入：夫と連帯債務（持分 本人 1/2）
　年末残高（全体）：57,820,000円

申告書には全体の残高が記載されていますが、
控除額の計算は本人持分の 28,910,000円 を基に行うという理解でよろしいでしょうか。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's address and loan: a single record, may be warned",
    },
    # 086 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-086",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "国外居住親族の扶養控除（グエンさん）確認書類",
        "body": """野々村様

宍戸です。技術職のグエンさんの国外居住親族の扶養控除について、確認書類の情報をお送りします。

　本人氏名：NGUYEN VAN THANH（グエン ヴァン タン）
　生年月日：1992年4月9日
　在留カード番号：RH40918273ZC
　在留期限：2028年7月31日
　扶養親族：父 NGUYEN VAN HUNG（1961年生・ベトナム在住）
　　　　　　母 TRAN THI MAI（1964年生・ベトナム在住）
　送金関係書類：本年計 4回、合計 520,000円（みどり銀行 海外送金）

親族関係書類（出生証明書の翻訳）は原本を確認済みです。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a foreign employee's residence card number with DOB and parents' names",
    },
    # 087 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-087",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "国外居住親族に係る確認書類の要件について",
        "body": """野々村様

お世話になっております。宍戸です。
国外居住親族を扶養に入れている外国籍社員が、今年から5名に増えました。
確認書類について、一般的な点を3点教えてください。

1. 30歳以上70歳未満の親族について「留学生」「障害者」「38万円以上の送金」の
   いずれにも該当しない場合は控除対象外、という理解でよいでしょうか。
2. 送金関係書類は、本人名義の送金であれば電子送金の利用明細でも可でしょうか。
3. 外国語の書類の翻訳は、本人が作成したものでも差し支えないでしょうか。

社内向けの案内文を作成したいので、ご教示ください。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general question about document requirements, no person identified",
    },
    # 088 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-088",
        "charset": "iso-2022-jp",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "保険料控除申告書 集計表（本社分・正）",
        "body": """蒲生様

中条です。先日破損していた集計表の正しいファイルをお送りします。
「総括」「明細」「地震保険」の3シート構成です。
""" + SIG_NAKAJO,
        "attachments": [{
            "kind": "xlsx",
            "name": "保険料控除_集計表_R8_本社.xlsx",
            "title": "保険料控除申告書 集計表",
            "sheets": {
                "総括": [
                    ["令和8年分 保険料控除申告書 集計（本社）"],
                    ["区分", "件数", "控除額計"],
                    ["一般生命保険料", 31, 1108000],
                    ["介護医療保険料", 18, 512000],
                    ["個人年金保険料", 12, 438000],
                    ["地震保険料", 15, 321000],
                ],
                "明細": [
                    ["本社 保険料控除 明細"],
                    ["社員番号", "氏名", "生年月日", "一般", "介護医療", "個人年金"],
                    ["10041", "羽鳥 清", "1976-05-27", 40000, 20000, 40000],
                    ["10107", "榎本 美奈子", "1980-11-09", 40000, 0, 40000],
                    ["10163", "白鳥 智也", "1992-08-08", 28000, 12000, 0],
                    ["10214", "沼田 修一", "1980-02-11", 40000, 40000, 40000],
                    ["10279", "宮腰 祥子", "1994-04-03", 21500, 0, 0],
                    ["10341", "志賀 隼人", "1989-12-12", 40000, 18000, 0],
                    ["10388", "五十嵐 亜紀", "1978-03-19", 40000, 40000, 40000],
                    ["10402", "早乙女 貴之", "1985-06-30", 40000, 26000, 0],
                    ["10455", "柘植 由香里", "1977-01-31", 40000, 40000, 25000],
                    ["10490", "平塚 理恵", "1996-07-21", 16000, 0, 0],
                    ["10517", "仁科 大地", "1985-03-08", 40000, 0, 40000],
                    ["10552", "鵜飼 悠", "1998-03-15", 12000, 9000, 0],
                    ["10633", "芦田 紗希", "1986-01-24", 40000, 40000, 0],
                    ["10688", "梅津 弘樹", "1983-10-02", 40000, 40000, 40000],
                    ["10711", "真壁 圭", "1979-08-16", 38000, 0, 30000],
                ],
                "地震保険": [
                    ["社員番号", "氏名", "保険会社", "地震保険料"],
                    ["10214", "沼田 修一", "はやぶさ損保", 28400],
                    ["10402", "早乙女 貴之", "はやぶさ損保", 31200],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: XLSX detail sheet of fifteen employees with dates of birth (title row above the header)",
    },
    # 089 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-089",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "subject": "税務調査 事前提出資料一式",
        "body": """小林先生

鷲尾です。調査官から事前に依頼のあった資料を ZIP にまとめました。
調査官へお渡しする前に、内容のご確認をお願いいたします。
フォルダ構成は「01_決算」「02_給与」です。
""" + SIG_WASHIO,
        "attachments": [{
            "kind": "zip",
            "name": "税務調査_事前提出資料.zip",
            "files": [
                {"kind": "csv", "name": "事前提出資料/01_決算/試算表_R8.csv", "encoding": "cp932", "rows": [
                    ["勘定科目", "期首残高", "借方", "貸方", "期末残高"],
                    ["現金預金", "412330000", "2881004000", "2796420000", "496914000"],
                    ["売掛金", "688120000", "3102300000", "3055780000", "734640000"],
                ]},
                {"kind": "xlsx", "name": "事前提出資料/02_給与/賃金台帳_役員及び管理職.xlsx", "sheets": {
                    "台帳": [
                        ["賃金台帳（役員及び管理職）"],
                        ["氏名", "生年月日", "住所", "役職", "年間支給額"],
                        ["日野 総一郎", "1959-01-22", "東京都目黒区青葉台2-7-15", "代表取締役", 24000000],
                        ["葛城 雅人", "1962-08-05", "東京都世田谷区奥沢6-21-3", "専務取締役", 18000000],
                        ["早瀬 律子", "1965-11-17", "神奈川県横浜市青葉区美しが丘1-9-4", "常務取締役", 15600000],
                        ["鷹取 誠一郎", "1966-09-12", "東京都杉並区善福寺2-14-6", "取締役", 7200000],
                        ["羽鳥 清", "1976-05-27", "東京都大田区南雪谷3-6-21", "営業部長", 11400000],
                        ["樋渡 健吾", "1970-02-28", "東京都品川区旗の台1-5-9", "総務部長", 10800000],
                    ]}},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: a wage ledger of six people (DOB, home address) nested in a plain ZIP folder",
    },
    # 090 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-090",
        "charset": "cp932",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "転送：妻の障害者控除について",
        "body": f"""野々村様

宍戸です。社員本人から以下のメールが来ました。
内容をご確認のうえ、特別障害者に該当するかご判断いただけますでしょうか。

＝＝＝＝＝＝＝＝ 転送メッセージ ＝＝＝＝＝＝＝＝
差出人：座間 孝 <takashi.zama.0213@docomo.ne.jp>
日時：2026年11月19日 21:07
宛先：s-shishido@hinode-sangyo.co.jp
件名：妻の障害者控除について

人事課 宍戸様
千葉工場の座間です。携帯から失礼します。
妻の由里子が今年5月に統合失調症で精神障害者保健福祉手帳（1級）を取得しました。
扶養控除等申告書に書き忘れていたので追加をお願いします。
妻のマイナンバーは {_hy(my_number(SEED + 901))} です。
手帳のコピーは明日持っていきます。
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["SENSITIVE_CATEGORY", "JP_MY_NUMBER", "PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "sensitive + identifier: a forwarded mail naming a spouse's mental illness, disability card and My Number",
    },
    # 091 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-091",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "RE: 源泉所得税の納付額の差異について",
        "body": """蒲生様

ご指摘ありがとうございます。
差異の原因は、11月入社の5名について初回給与の計算区分（甲欄・乙欄）の設定漏れでした。
12月分で調整のうえ、納付書を修正いたします。

阿久津

-----Original Message-----
From: 蒲生 拓也 [mailto:gamo@kobayashi-kaikei.jp]
Sent: Thursday, December 3, 2026 4:15 PM
To: 阿久津 亮
Subject: 源泉所得税の納付額の差異について

阿久津様

11月分の源泉所得税の納付額と、給与台帳の合計に差異がございます。
以下の方の区分をご確認ください。

　社員番号　氏名　　　　生年月日　　　住所
　10931　　 新庄 愛　　 1999/02/17　　東京都港区芝5-29-4
　10932　　 今村 海斗　 1997/10/05　　東京都品川区南品川3-7-11
　10933　　 安西 瑠璃　 2000/06/28　　東京都目黒区中町1-18-2
　10934　　 丸山 太一　 1994/01/13　　神奈川県川崎市幸区戸手本町2-4-9
　10935　　 北条 結衣　 1998/09/22　　東京都大田区池上6-3-15

税理士法人こばやし会計　蒲生
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only in the accountant's own mail quoted under Original Message",
    },
    # 092 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-092",
        "charset": "cp932",
        "sender": AKUTSU,
        "to": [ZK_GAMO],
        "subject": "マイカー通勤者の通勤手当（非課税限度額）確認用データ",
        "body": """蒲生様

阿久津です。源泉所得税の調査で通勤手当の非課税判定を確認されると伺いましたので、
千葉工場のマイカー通勤者のデータをCSVでお送りします。
片道距離は本人申告ベースです。
""" + SIG_AKUTSU,
        "attachments": [{
            "kind": "csv",
            "name": "mycar_tsukin_chiba.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "自宅住所", "携帯電話", "片道距離(km)", "通勤手当(月額)"],
                ["20031", "大槻 恒夫", "千葉県市原市五井中央東2-4-11", "090-1837-4402", "6.2", "7100"],
                ["20045", "丹羽 清美", "千葉県市原市八幡1-19-2", "080-5520-9173", "8.9", "7100"],
                ["20052", "座間 孝", "千葉県袖ケ浦市蔵波台3-8-7", "090-6674-0215", "14.5", "12900"],
                ["20068", "勅使河原 恵", "千葉県木更津市請西東6-3-15", "070-3318-2290", "21.3", "18700"],
                ["20071", "四方田 浩", "千葉県市原市姉崎2155-3", "090-4402-7781", "4.1", "4200"],
                ["20084", "鬼頭 奈緒", "千葉県市原市辰巳台東4-6-1", "080-9013-5546", "9.6", "7100"],
                ["20090", "伊達 正和", "千葉県君津市外箕輪1-22-9", "090-2281-6630", "24.8", "18700"],
                ["20103", "百瀬 梓", "千葉県市原市君塚3-14-20", "070-6645-1092", "3.2", "4200"],
                ["20117", "黒須 敦", "千葉県袖ケ浦市神納1-7-28", "090-7729-3384", "12.0", "12900"],
                ["20126", "仙石 美保", "千葉県市原市青葉台5-2-8", "080-1146-8827", "7.7", "7100"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: CP932 CSV of ten commuters' home addresses and mobile numbers",
    },
    # 093 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-093",
        "charset": "utf-8",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "cc": ["中条 美穂 <m-nakajo@hinode-sangyo.co.jp>"],
        "subject": "税務調査 準備資料チェックリスト（進捗）",
        "body": """小林先生

鷲尾です。調査準備のチェックリストの進捗を共有いたします。
残りは「役員の出張報告書」と「交際費の相手先メモ」のみです。
補足事項はテキストにまとめました。
""" + SIG_WASHIO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "調査準備チェックリスト.xlsx",
                "sheets": {
                    "チェックリスト": [
                        ["税務調査 準備資料チェックリスト（令和8年12月調査）"],
                        ["No", "資料", "担当", "状況", "備考"],
                        [1, "総勘定元帳（3期分）", "経理", "済", "データで提示"],
                        [2, "給与台帳・源泉徴収簿", "人事", "済", ""],
                        [3, "役員会議事録", "社長室", "済", ""],
                        [4, "旅費規程・出張報告書", "総務", "未", "海外出張分を抽出中"],
                        [5, "交際費明細・相手先メモ", "経理", "未", ""],
                        [6, "固定資産台帳", "経理", "済", ""],
                    ],
                },
            },
            {
                "kind": "txt",
                "name": "補足メモ.txt",
                "encoding": "utf-8",
                "text": "補足メモ\n・前回調査（平成31年）の指摘事項：交際費の区分、役員社宅の賃料相当額\n"
                        "・今回は源泉所得税（現物給与）も対象となる見込み\n・調査官控室：7F小会議室\n",
            },
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a document checklist (XLSX) and a text memo: no personal data",
    },
    # 094 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-094",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": ["ツバサシステム サポート <support@tsubasa-system.co.jp>"],
        "subject": "【問合せ】年調モジュールで扶養親族の年齢区分が正しく判定されない",
        "body": """ツバサシステム サポートご担当者様

いつもお世話になっております。日の出産業の宍戸です。
御社「ツバサ給与 Ver.8.2」の年末調整モジュールで、
扶養親族の年齢区分（特定扶養・老人扶養）が誤って判定される事象が発生しています。

再現データとして、該当社員3名分のデータを貼り付けます。

　社員番号,扶養親族氏名,続柄,生年月日,期待区分,表示区分
　10517,仁科 美月,長女,2007-12-30,特定扶養,一般扶養
　10455,柘植 一郎,父,1948-04-14,老人扶養(同居),老人扶養
　20117,黒須 蓮,長男,2004-01-02,特定扶養,一般扶養

年齢の基準日が12月31日ではなく、計算実行日になっているのではないかと推測しております。
ご確認をお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: tsubasa-system.co.jp instead of the partner vendor's tsubasa-system.jp",
    },
    # 095 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-095",
        "charset": "utf-8",
        "sender": SHISHIDO,
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "【問合せ】年調モジュール更新プログラム適用後のエラー",
        "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業の宍戸です。
本日、年調モジュールの更新プログラム（8.2.14）を適用したところ、
「源泉徴収票印刷」メニューで下記エラーが表示されるようになりました。

　エラーコード：NT-4012「帳票定義ファイルのバージョンが一致しません」

エラー画面のキャプチャを添付します。
ご契約番号：TS-00418827
""" + SIG_SHISHIDO,
        "attachments": [{"kind": "png", "name": "error_NT-4012.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "support request to the real partner domain with a screenshot: no personal data",
    },
    # 096 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-096",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": [ZK_NONOMURA],
        "subject": "住民税 特別徴収税額決定通知書（特別徴収義務者用）の写し",
        "body": """野々村様

宍戸です。各市区町村から届いた特別徴収税額決定通知書の写しを
PDF にして ZIP で送付いたします。
解凍パスワード：hinode1205

よろしくお願いいたします。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "zip",
            "name": "tokucho_kettei_R8.zip",
            "password": "hinode1205",
            "files": [
                {"kind": "pdf", "name": "港区.pdf", "lines": ["特別徴収税額決定通知書（港区）"],
                 "table": [["氏名", "年税額"], ["新庄 愛", "98,400"], ["今村 海斗", "121,700"]]},
                {"kind": "pdf", "name": "大田区.pdf", "lines": ["特別徴収税額決定通知書（大田区）"],
                 "table": [["氏名", "年税額"], ["羽鳥 清", "412,500"], ["梅津 弘樹", "275,400"]]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: encrypted ZIP (password even written in the same mail)",
    },
    # 097 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-097",
        "charset": "cp932",
        "sender": MARUOKA,
        "to": [SR_HOSHINO],
        "subject": "新任取締役の社会保険資格取得について",
        "body": """星野先生

お世話になっております。社長室の丸岡です。
7月1日付で常勤取締役に就任した鷹取の社会保険の資格取得手続きをお願いいたします。
役員報酬の源泉計算は、こばやし会計様にお願いしております。

　氏名：鷹取 誠一郎
　生年月日：1966年9月12日
　基礎年金番号：2093－571846
　報酬月額：1,200,000円

前職の退職日は6月30日で、健康保険は任意継続していないとのことです。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a new director's 基礎年金番号 (full-width dash) to the 社労士",
    },
    # 098 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-098",
        "charset": "iso-2022-jp",
        "sender": SHISHIDO,
        "to": ["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
        "cc": [ZK_GAMO],
        "subject": "年調計算結果の端数処理の相違について（こばやし会計様同席のお願い）",
        "body": """ツバサシステム 導入支援ご担当者様
（cc：税理士法人こばやし会計 蒲生様）

お世話になっております。日の出産業の宍戸です。
年調計算結果について、こばやし会計様の検算と御社システムの計算で、
年調年税額の100円未満の端数処理に相違が出ております（全体で 14件、いずれも差額100円）。

設定画面のどの項目で端数処理を指定しているか、
こばやし会計様も交えて30分ほどオンラインでご説明いただけないでしょうか。
候補日：12月8日（火）午後、12月9日（水）午前
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "payroll vendor in To, accountant in Cc: two outside organisations, no personal data",
    },
    # 099 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-099",
        "charset": "utf-8",
        "sender": NAKAJO,
        "to": [ZK_GAMO],
        "subject": "年内退職者の一覧（源泉徴収票の交付確認用）",
        "body": """蒲生様

中条です。年内に退職した方の源泉徴収票は、退職時に交付済みです。
交付漏れがないかの確認用に、氏名と退職日のみお知らせします。

・石黒 美沙　　11月30日
・陣内 航　　　10月31日
・鬼頭 奈緒　　9月30日
・百瀬 梓　　　8月20日
・白鳥 智也　　6月30日

以上5名です。
""" + SIG_NAKAJO,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "either: five people but only names and leaving dates, no contact data or identifiers",
    },
    # 100 -------------------------------------------------------------------------------
    {
        "id": "zeirishi-100",
        "charset": "iso-2022-jp",
        "sender": WASHIO,
        "to": [ZK_KOBAYASHI],
        "cc": [ZK_NONOMURA, ZK_GAMO],
        "subject": "本年の御礼",
        "body": """税理士法人こばやし会計
小林先生、野々村様、蒲生様

本年も年末調整、税務調査対応をはじめ、大変お世話になりました。
特に12月の調査では、先生に最後まで同席いただき、大きな指摘もなく終えることができました。
心より御礼申し上げます。

来年は電子帳簿保存の本格対応もございますので、引き続きご指導のほど
よろしくお願い申し上げます。

皆様どうぞよいお年をお迎えください。
""" + SIG_WASHIO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a year-end thank-you to three people of one outside firm: a single external organisation",
    },
]
