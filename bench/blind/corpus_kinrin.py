"""近隣対応 (kinrin): mail of 日の出産業 美里野工場 about its neighbourhood — residents'
complaints about noise, vibration, dust and truck traffic, the 新郷東自治会 and 下新郷町内会,
notices and briefings for the new warehouse construction (with the contractor 丸栄建設 and
the carrier 青葉運輸), noise measurements with a testing firm and the city's 環境保全課,
local events (夏祭り, 防災訓練, 工場見学会, 河川清掃) with caterers, printers, buses, insurers and
the press, a dispute handled with the company's lawyers, and now and then a resident's
personal detail (a phone number, a diagnosis, a My Number for an honorarium)."""

from build import card_number, my_number

SEED = 66801


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:]))


def _fw_jis(s: str) -> str:
    """ASCII digits and '-' to full width, as ISO-2022-JP mail decodes them (− is U+2212)."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９−"))


def _sig_a(name: str, dept: str, mail: str, ext: str) -> str:
    return f"""
――――――――――――――――――――――――
日の出産業株式会社　美里野工場
{dept}　{name}
〒355-0342 埼玉県美里野市新郷７７番地
TEL：0493-52-1100（内線{ext}）　FAX：0493-52-1199
Mail：{mail}
――――――――――――――――――――――――"""


def _sig_b(name: str, dept: str, mail: str, mobile: str = "") -> str:
    line = f"\n社用携帯 {mobile}" if mobile else ""
    return f"""
--
{name}（{dept}）
日の出産業株式会社 美里野工場
〒355-0342 埼玉県美里野市新郷77番地
代表 0493-52-1100{line}
{mail}"""


def _sig_en(name: str, title: str, mail: str) -> str:
    return f"""
Best regards,

{name}
{title}
Hinode Sangyo Co., Ltd. — Misatono Plant
77 Shingo, Misatono-shi, Saitama 355-0342, Japan
Tel +81-493-52-1100 / {mail}"""


_DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄していただきますようお願いいたします。"""

_DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it."""

# senders
MAKABE = "真壁 亜希子 <makabe.akiko@hinode-sangyo.co.jp>"
MITARAI = "御手洗 浩一 <mitarai.koichi@hinode-sangyo.co.jp>"
KITO = "鬼頭 大輔 <kito.daisuke@hinode-sangyo.co.jp>"
IOKIBE = "五百旗頭 聡 <iokibe.satoshi@hinode-sangyo.co.jp>"
TESHIGAWARA = "勅使河原 伸也 <teshigawara.shinya@hinode-sangyo.co.jp>"
SHOJI = "東海林 正臣 <shoji.masaomi@hinode-sangyo.co.jp>"
AIMONO = "四十物 玲奈 <aimono.rena@hinode-sangyo.co.jp>"
MINAI = "薬袋 文香 <minai.fumika@hinode-sangyo.co.jp>"
TSURUGI = "鶴来 拓 <tsurugi.taku@hinode-sangyo.co.jp>"
TAKANASHI = "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>"
SHUEI = "正門守衛所 <shuei@mail.hinode-sangyo.co.jp>"

# external people and organisations
KASAGI = "笠置 勝彦 <katsuhiko.kasagi@gmail.com>"          # 新郷東自治会 会長
DOUMEKI = "百目鬼 律子 <doumeki.ritsuko@yahoo.co.jp>"       # 同 副会長
KIRA = "雲母 登 <kira-noboru@docomo.ne.jp>"                 # 下新郷町内会 会長
HAGA = "羽賀 美代子 <miyo.haga@icloud.com>"                  # 新郷東自治会 会計
HIWATASHI = "樋渡 剛 <hiwatashi@maruei-kensetsu.co.jp>"     # 丸栄建設 現場代理人
TSUGE = "柘植 誠 <tsuge.m@maruei-kensetsu.co.jp>"
SHISHIDO = "宍戸 智之 <shishido@aoba-unyu.co.jp>"           # 青葉運輸 配車課
SUGOU = "菅生 恵 <sugou-megumi@city.misatono.lg.jp>"        # 美里野市 環境保全課
AIHARA = "粟飯原 亮 <aihara@echotech-keisoku.co.jp>"        # エコーテック環境計測
SESHIMO = "瀬下 香織 <seshimo@nishiki-insatsu.co.jp>"       # 錦印刷
SHIOMI = "汐見 和也 <shiomi.kazuya@kitaguni-foods.co.jp>"   # 北国フーズ
BANQUET = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"
AMAKASU = "甘糟 諒 <amakasu@shirakawa-law.jp>"              # 白川法律事務所
NAKAGOME = "中込 拓海 <nakagome.t@midori-ginko.co.jp>"      # みどり銀行 美里野支店
TSUJIMURA = "辻村 佳代 <tsujimura@toto-sonpo.co.jp>"        # 東都損害保険
SAGO = "佐合 隆之 <sago@kanto-secu.co.jp>"                  # 関東セキュリティサービス
BUS = "美里野交通 貸切営業所 <kashikiri@misatono-kotsu.co.jp>"
IA = "美里野市国際交流協会 事務局 <office@misatono-ia.or.jp>"
SHOKOKAI = "溝口 由紀 <mizoguchi@misatono-shokokai.or.jp>"   # 美里野商工会 事務局
BRANDT = "Jonas Brandt <j.brandt@kessler-akustik.de>"
OYELARAN = "Mariam Oyelaran <m.oyelaran@brightwater-env.com>"

MESSAGES: list[dict] = []

MESSAGES += [
    {
        "id": "kinrin-001",
        "sender": MAKABE,
        "to": [KASAGI],
        "subject": "新倉庫増築工事に関する住民説明会の日程について",
        "charset": "iso-2022-jp",
        "body": """新郷東自治会
会長　笠置 勝彦 様

いつも大変お世話になっております。
日の出産業 美里野工場 総務課の真壁でございます。

先日お電話でご相談いたしました、新倉庫増築工事の住民説明会につきまして、
下記のとおり日程が固まりましたのでご案内申し上げます。

　日時：令和８年６月１３日（土）　午前１０時〜１１時３０分
　場所：新郷東公民館　２階集会室
　内容：工事概要、工期、作業時間帯、工事車両の通行ルート、騒音・振動対策
　説明者：当社 施設管理課、施工者 丸栄建設株式会社

回覧板でのご周知をお願いできればと存じます。回覧用の案内文は、
来週前半に印刷したものを公民館へお届けにあがります。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。
""" + _sig_a("真壁 亜希子", "総務課 地域渉外係", "makabe.akiko@hinode-sangyo.co.jp", "215"),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (自治会長), a meeting notice with no personal data",
    },
    {
        "id": "kinrin-002",
        "sender": KITO,
        "to": [HIWATASHI],
        "subject": "工事のお知らせ配布に伴う班長さんへの事前連絡のお願い",
        "charset": "shift_jis",
        "body": """丸栄建設株式会社
樋渡様

お世話になっております。美里野工場 施設管理課の鬼頭です。

「工事のお知らせ」の戸別配布の前に、各班の班長さんへ一声かけていただくことになりました。
自治会長の笠置様経由で、下記４名の班長さんからは連絡先をお伝えしてよいと了承を得ています。
配布日の前日までにお電話いただけますでしょうか。

班    氏名            電話
----  --------------  --------------
1班   鵜飼 千里       0493-52-4471
2班   芦刈 昭二       090-7712-0385
3班   椎葉 友美       080-2219-6634
4班   饗庭 隆         070-5530-1187

5班以降は自治会の方で回覧していただけるとのことですので、連絡不要です。
お手数ですがよろしくお願いします。
""" + _sig_b("鬼頭 大輔", "施設管理課", "kito.daisuke@hinode-sangyo.co.jp"),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four residents' names and phones to one partner: under the five-record line, may warn",
    },
    {
        "id": "kinrin-003",
        "sender": KITO,
        "to": [SHOJI, MITARAI],
        "subject": "【週次】近隣苦情受付台帳（４月分）",
        "charset": "utf-8",
        "body": """工場長、御手洗課長

4月分の苦情受付台帳を添付します。
今月は8件、うち夜間のトラック待機に関するものが3件です。
青葉運輸さんには待機場所の変更を申し入れ済みです。

鬼頭
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "苦情受付台帳_R8-04.xlsx",
            "title": "近隣苦情受付台帳",
            "sheets": {
                "4月": [
                    ["近隣苦情受付台帳（令和８年４月）", "", "", "", "", "", ""],
                    ["受付日", "申出人", "住所", "電話", "区分", "内容", "対応状況"],
                    ["R8.4.2", "宇留野 健二", "美里野市新郷東1-3-9", "0493-52-3381", "騒音", "早朝のフォークリフト警告音", "対応済"],
                    ["R8.4.5", "喜屋武 さゆり", "美里野市新郷東2-11-4", "090-6621-4407", "交通", "正門前のトラック路上待機", "対応中"],
                    ["R8.4.9", "鍋谷 公平", "美里野市下新郷412-2", "080-3345-9912", "粉じん", "洗車場付近の砂ぼこり", "対応済"],
                    ["R8.4.12", "宇留野 健二", "美里野市新郷東1-3-9", "0493-52-3381", "騒音", "夜間の集じん機", "対応中"],
                    ["R8.4.16", "真玉橋 勲", "美里野市新郷東3-2-15", "070-2108-5536", "交通", "通学路でのトラック通行", "対応済"],
                    ["R8.4.21", "舟生 理沙", "美里野市若葉町5-8", "090-4470-2281", "交通", "深夜の入構待ち", "対応中"],
                    ["R8.4.25", "小代 武", "美里野市下新郷398", "0493-52-7705", "振動", "プレス機の振動", "測定予定"],
                    ["R8.4.28", "柿沼 まどか", "美里野市新郷東2-6-1", "080-9001-3372", "騒音", "休日の試運転音", "対応済"],
                ],
                "区分別": [["区分", "件数"], ["騒音", 3], ["交通", 3], ["粉じん", 1], ["振動", 1]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "complaint register of 8 residents, but every recipient is internal",
    },
    {
        "id": "kinrin-004",
        "sender": TESHIGAWARA,
        "to": [SHISHIDO],
        "subject": "大型車の通行ルート変更のお願い（５月１１日以降）",
        "charset": "shift_jis",
        "body": """青葉運輸株式会社
配車課　宍戸様

いつもお世話になっております。日の出産業 美里野工場 物流課の勅使河原です。

近隣の自治会から、通学時間帯に新郷小学校前をトラックが通るのが危ないとのご意見を
いただいております。つきましては５月１１日（月）の便から、下記のとおり通行ルートの
変更をお願いいたします。

・平日 7:20～8:20 は市道新郷３号線（小学校前）を通行しない
　→ 県道２８４号から若葉町交差点を右折し、北門から入構してください
・正門前の路上での待機は終日禁止（早着の場合は第２駐車場で待機）
・構内でのアイドリングストップの徹底

ルート図は来週の定例でお渡しします。ドライバーの皆様への周知をよろしくお願いします。
""" + _sig_a("勅使河原 伸也", "物流課", "teshigawara.shinya@hinode-sangyo.co.jp", "331"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "routing request to a partner carrier: no personal data",
    },
    {
        "id": "kinrin-005",
        "sender": MAKABE,
        "to": [HIWATASHI],
        "cc": ["鬼頭 大輔 <kito.daisuke@hinode-sangyo.co.jp>"],
        "subject": "FW: 【お問い合わせフォーム】夜間工事の騒音について",
        "charset": "utf-8",
        "body": """樋渡様

お世話になっております。真壁です。
昨晩、当社のお問い合わせフォームに下記のご意見が届きました。
夜間の打設作業について、今後の予定を確認させてください。

-----Forwarded Message-----
From: webform@hinode-sangyo.co.jp
Subject: 【お問い合わせフォーム】夜間工事の騒音について

お名前：蔀 和子（しとみ かずこ）
ご住所：埼玉県美里野市新郷東二丁目８番１２号
お問い合わせ種別：工事について

本文：
先週から夜１０時過ぎまでコンクリートを流す音とポンプ車のエンジン音が続いています。
そのせいで眠れず、先月から心療内科に通っていて不眠症と診断され、睡眠薬を処方されています。
夜間の作業だけはどうにかやめていただけないでしょうか。
""" + _sig_b("真壁 亜希子", "総務課 地域渉外係", "makabe.akiko@hinode-sangyo.co.jp"),
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward to the contractor of a named resident's diagnosis (不眠症, 心療内科): 要配慮個人情報",
    },
    {
        "id": "kinrin-006",
        "sender": KITO,
        "to": [SUGOU],
        "cc": [HIWATASHI],
        "subject": "特定建設作業実施届出書の提出について（日の出産業 美里野工場 倉庫増築）",
        "charset": "iso-2022-jp",
        "body": """美里野市役所　環境保全課
公害係　菅生様

いつもお世話になっております。
日の出産業株式会社 美里野工場 施設管理課の鬼頭でございます。

倉庫増築工事に伴う特定建設作業（くい打機・ブレーカーを使用する作業）の実施届出書を
作成いたしましたので、PDFにて事前にお送りいたします。
原本は６月３日（水）に窓口へ持参いたします。内容にご指摘があればお知らせください。

施工者の丸栄建設株式会社 樋渡様にもCCにて共有しております。
""" + _sig_a("鬼頭 大輔", "施設管理課", "kito.daisuke@hinode-sangyo.co.jp", "402"),
        "attachments": [{
            "kind": "pdf",
            "name": "特定建設作業実施届出書_倉庫増築.pdf",
            "title": "特定建設作業実施届出書",
            "lines": [
                "特定建設作業実施届出書",
                "令和８年６月３日",
                "美里野市長　殿",
                "届出者　日の出産業株式会社　代表取締役社長　浜名 孝之",
                "　　　　法人番号 3030001084417",
                "　　　　埼玉県美里野市新郷７７番地",
                "施工者　丸栄建設株式会社（法人番号 4011001048552）",
                "作業の種類：くい打機を使用する作業／さく岩機を使用する作業",
                "作業の場所：美里野市新郷７７番地　日の出産業 美里野工場 北側敷地",
                "実施期間：令和８年６月２２日～令和８年８月７日",
                "作業時間：午前８時～午後６時（日曜・祝日は作業なし）",
                "騒音・振動の防止の方法：低騒音型機械の使用、仮囲い（高さ３ｍ）防音シート設置",
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["multiple_external_domains"],
        "note": "official filing to the city with the contractor in Cc (two organisations); only companies' 法人番号",
    },
    {
        "id": "kinrin-007",
        "sender": AIMONO,
        "to": [KASAGI, DOUMEKI, KIRA],
        "subject": "夏祭りへのご協賛・ご協力の御礼",
        "charset": "iso-2022-jp",
        "body": """新郷東自治会　笠置会長様、百目鬼副会長様
下新郷町内会　雲母会長様

日頃より大変お世話になっております。
日の出産業 美里野工場 広報・ＣＳＲ担当の四十物でございます。

先日の「新郷ふれあい夏祭り」では、当社駐車場の会場設営から撤収まで
多大なるご協力をいただき、誠にありがとうございました。
おかげさまで来場者は昨年を上回る約１，２００名となり、
大きな事故もなく無事に終えることができました。

当日の写真は、整理ができ次第、共有フォルダのご案内をお送りいたします。
来年度に向けた反省会は９月上旬を予定しておりますので、改めてご相談させてください。

取り急ぎ御礼まで。
""" + _sig_a("四十物 玲奈", "広報・ＣＳＲ担当", "aimono.rena@hinode-sangyo.co.jp", "118"),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private persons on free mail visible to each other in To: should have been Bcc",
    },
    {
        "id": "kinrin-008",
        "sender": TESHIGAWARA,
        "to": [DOUMEKI],
        "subject": "Re: トラックのアイドリングについて",
        "charset": "utf-8",
        "body": """百目鬼様

ご連絡ありがとうございます。日の出産業 美里野工場 物流課の勅使河原でございます。
ご迷惑をおかけしており、誠に申し訳ございません。

運送会社に確認したところ、早朝に到着した車両が開門まで正門前で待機していたことが
分かりました。本日より、早着の車両は構内の第２駐車場で待機させ、エンジンを止める
よう徹底いたします。あわせて守衛による５時台の巡回も始めております。

改善が見られない場合は、お手数ですがまたご一報いただけますと幸いです。

""" + _sig_b("勅使河原 伸也", "物流課", "teshigawara.shinya@hinode-sangyo.co.jp") + """

> 日の出産業 ご担当者様
>
> 新郷東２丁目１１番地の百目鬼です（電話 090-3385-6120）。
> 毎朝５時ごろから、正門前にトラックが２～３台止まったままエンジンをかけています。
> 寝室が道路側なので音と排気ガスで目が覚めてしまいます。
> 何とかしていただけないでしょうか。
> 埼玉県美里野市新郷東2-11-3　百目鬼 律子
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to a resident on free mail; her own address and phone appear only in the quoted text",
    },
    {
        "id": "kinrin-009",
        "sender": IOKIBE,
        "to": [AIHARA],
        "subject": "騒音・振動測定のお見積りのお願い",
        "charset": "utf-8",
        "body": """株式会社エコーテック環境計測
測定部　粟飯原様

はじめてご連絡いたします。日の出産業株式会社 美里野工場 安全環境課の五百旗頭（いおきべ）と申します。
美里野市の菅生様よりご紹介いただきました。

倉庫増築工事の着工前（現況）と工事期間中に、敷地境界での騒音・振動測定をお願いしたく、
お見積りをご依頼申し上げます。測定地点の案を添付いたします。

・現況測定：６月中旬の平日１日（２４時間連続）
・工事中測定：７月～８月に計３回（作業時間帯）
・報告書：市への提出用（測定結果・規制基準との比較）

ご多忙のところ恐縮ですが、６月５日（金）までにご回答いただけますと助かります。
""" + _sig_a("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp", "260") + _DISC_JA,
        "attachments": [{
            "kind": "xlsx",
            "name": "測定地点案.xlsx",
            "sheets": {
                "測定地点": [
                    ["地点No.", "位置", "用途地域", "騒音規制基準(dB)", "振動規制基準(dB)", "備考"],
                    ["A", "北側敷地境界（工事エリア）", "準工業地域", 75, 65, "仮囲い外側"],
                    ["B", "東側敷地境界（住宅側）", "第一種住居地域", 75, 65, "新郷東２丁目側"],
                    ["C", "正門前", "準工業地域", 75, 65, "車両出入口"],
                    ["D", "南側敷地境界", "第一種住居地域", 75, 65, "夜間測定あり"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "request for quotation with a sheet of measuring points; no personal data",
    },
    {
        "id": "kinrin-010",
        "sender": IOKIBE,
        "to": [AIHARA],
        "subject": "現況測定ログデータ送付（地点B・D）",
        "charset": "utf-8",
        "body": """粟飯原様

お世話になっております。五百旗頭です。
当社で常設している簡易騒音計のログ（6/8～6/14分）をZIPでお送りします。
報告書の参考値としてお使いください。パスワードは掛けておりません。

よろしくお願いいたします。

五百旗頭 聡（安全環境課）
""",
        "attachments": [{
            "kind": "zip",
            "name": "noise_log_0608-0614.zip",
            "files": [
                {"kind": "csv", "name": "pointB.csv", "encoding": "utf-8", "rows": [
                    ["datetime", "LAeq", "L5", "L50", "L95"],
                    ["2026-06-08 06:00", "52.1", "58.4", "50.2", "44.9"],
                    ["2026-06-08 07:00", "55.8", "63.0", "53.7", "47.1"],
                    ["2026-06-08 08:00", "61.2", "69.5", "58.8", "51.0"],
                    ["2026-06-08 22:00", "46.3", "51.2", "45.0", "41.8"],
                ]},
                {"kind": "csv", "name": "pointD.csv", "encoding": "utf-8", "rows": [
                    ["datetime", "LAeq", "L5", "L50", "L95"],
                    ["2026-06-08 06:00", "49.7", "55.1", "48.0", "43.3"],
                    ["2026-06-08 22:00", "44.0", "48.6", "43.1", "40.2"],
                ]},
                {"kind": "txt", "name": "readme.txt",
                 "text": "計測器: RION NL-42相当 / 時間重み付けF / 10分ごとの値を1時間に集計\n地点B: 東側境界 地上1.2m\n地点D: 南側境界 地上1.2m\n"},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of noise-level logs: readable, no personal data",
    },
    {
        "id": "kinrin-011",
        "sender": MAKABE,
        "to": ["薬袋 文香 <minai.fumika@hinode-sangyo.co.jp>"],
        "cc": [MITARAI],
        "subject": "騒音モニター謝礼の支払いについて（３名分）",
        "charset": "utf-8",
        "body": f"""経理課　薬袋さん

お疲れさまです。総務の真壁です。
工事期間中の騒音モニターをお願いしている住民の方３名に、
第１四半期分の謝礼をお支払いしたいので、処理をお願いできますか。
報酬扱いになるとのことでしたので、個人番号もご本人から頂いています（本人確認済み）。

1) 宇留野 健二　美里野市新郷東1-3-9
   個人番号：{_mn(1)}
   金額：15,000円

2) 柿沼 まどか　美里野市新郷東2-6-1
   個人番号：{_mn(2)}
   金額：15,000円

3) 鍋谷 公平　美里野市下新郷412-2
   個人番号：{_mn(3)}
   金額：15,000円

振込先は別途、口座振込依頼書（紙）でお渡しします。
番号の書かれた提供書の原本は総務の金庫で保管しています。

真壁
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "three residents' My Numbers, but the mail stays inside the company",
    },
    {
        "id": "kinrin-012",
        "sender": MINAI,
        "to": ["鰐部 悠 <wanibe@aoyagi-tax.jp>"],
        "subject": "報酬、料金、契約金及び賞金の支払調書の作成依頼（追加１件）",
        "charset": "iso-2022-jp",
        "body": f"""税理士法人 青柳会計
鰐部様

いつもお世話になっております。日の出産業 美里野工場 経理課の薬袋です。

支払調書の作成対象として、下記１件の追加をお願いいたします。
工場の近隣で騒音モニターをお願いしている方への謝礼です。

　支払を受ける者：芦刈 昭二
　住所：埼玉県美里野市新郷東四丁目２番７号
　個人番号：{_mn(4, '')}
　区分：謝金（騒音モニター）
　支払金額：６０，０００円（令和８年分）
　源泉徴収税額：６，１２６円

他の方の分は先週お送りした一覧のとおりです。
よろしくお願いいたします。

薬袋 文香
日の出産業株式会社 美里野工場 経理課　TEL 0493-52-1100（内線142）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a resident's My Number sent to an external tax office",
    },
    {
        "id": "kinrin-013",
        "sender": AIMONO,
        "to": [SESHIMO],
        "subject": "回覧用「工事のお知らせ」入稿データ",
        "charset": "shift_jis",
        "body": """錦印刷株式会社
営業部　瀬下様

お世話になっております。日の出産業の四十物です。
先日お見積りいただいた回覧用チラシの入稿データをお送りします。

・サイズ：A4 片面カラー
・部数：６５０部（新郷東自治会 ５２０部、下新郷町内会 １３０部）
・納品：６月５日（金）午前中　美里野工場 総務課宛て

校正は PDF で一度見せていただけますでしょうか。
よろしくお願いいたします。

四十物 玲奈（広報・ＣＳＲ）
日の出産業株式会社 美里野工場　0493-52-1100
""",
        "attachments": [{
            "kind": "docx",
            "name": "工事のお知らせ_回覧用.docx",
            "title": "工事のお知らせ",
            "paragraphs": [
                "近隣の皆様へ",
                "工事のお知らせ",
                "日頃より当工場の操業にご理解を賜り、誠にありがとうございます。",
                "このたび、当工場北側敷地において倉庫の増築工事を行います。",
                "工事期間中はご迷惑をおかけいたしますが、何卒ご理解・ご協力をお願い申し上げます。",
                "工期：令和８年６月２２日（月）～令和９年１月２９日（金）",
                "作業時間：午前８時～午後６時（日曜・祝日は休工）",
                "お問い合わせ：日の出産業株式会社 美里野工場 総務課　TEL 0493-52-1100（平日 8:30～17:15）",
                "施工者：丸栄建設株式会社 美里野作業所　TEL 0493-52-8870",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order for a public construction notice; only business phone numbers",
    },
    {
        "id": "kinrin-014",
        "sender": AIMONO,
        "to": ["瀬下 香織 <seshimo@nishiki-insatu.co.jp>"],
        "subject": "工事のお知らせ　増刷のお願い",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
瀬下様

お世話になっております。日の出産業の四十物です。
先日納品いただいた「工事のお知らせ」ですが、若葉町の一部にも配布することになり、
３００部の増刷をお願いできますでしょうか。データは前回と同じもので結構です。

納期は来週水曜日までだと助かります。
お見積りは前回の単価で承知しております。

四十物
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner nishiki-insatsu.co.jp mistyped as nishiki-insatu.co.jp (letter dropped)",
    },
    {
        "id": "kinrin-015",
        "sender": TESHIGAWARA,
        "to": [HIWATASHI, SHISHIDO],
        "cc": [KITO],
        "subject": "工事車両と配送車両の動線調整会議（６/１６）",
        "charset": "utf-8",
        "body": """丸栄建設株式会社　樋渡様
青葉運輸株式会社　宍戸様

お世話になっております。美里野工場 物流課の勅使河原です。

工事車両（生コン車・ダンプ）と配送トラックが北門で重なる時間帯がありそうですので、
動線の調整会議を下記のとおり開催させてください。

日時：6月16日（火）14:00～15:00
場所：美里野工場 本館2階 第3会議室
議題：
 ・北門の使用時間帯の割り振り（案は当日配布）
 ・交通誘導員の配置位置
 ・通学時間帯（7:20～8:20）の車両通行ルール
 ・近隣からの苦情発生時の連絡フロー

ご都合が悪い場合はお知らせください。
""" + _sig_a("勅使河原 伸也", "物流課", "teshigawara.shinya@hinode-sangyo.co.jp", "331"),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two external organisations in To",
    },
    {
        "id": "kinrin-016",
        "sender": AIMONO,
        "to": [BUS],
        "subject": "７月２５日 工場見学会　参加者名簿の送付",
        "charset": "shift_jis",
        "body": """美里野交通株式会社
貸切営業所　ご担当者様

いつもお世話になっております。日の出産業 美里野工場の四十物です。
7月25日（土）の近隣住民向け工場見学会（中型バス１台）の参加者名簿をお送りします。
乗車時の人数確認と、緊急時の連絡にお使いください。

よろしくお願いいたします。
""" + _sig_b("四十物 玲奈", "広報・ＣＳＲ", "aimono.rena@hinode-sangyo.co.jp"),
        "attachments": [{
            "kind": "csv",
            "name": "見学会参加者名簿_0725.csv",
            "encoding": "cp932",
            "rows": [
                ["No", "氏名", "ふりがな", "年齢", "乗車場所", "緊急連絡先"],
                ["1", "宇留野 健二", "うるの けんじ", "68", "新郷東公民館", "0493-52-3381"],
                ["2", "宇留野 昌代", "うるの まさよ", "66", "新郷東公民館", "090-2281-4470"],
                ["3", "喜屋武 さゆり", "きゃん さゆり", "41", "新郷東公民館", "090-6621-4407"],
                ["4", "喜屋武 陽向", "きゃん ひなた", "9", "新郷東公民館", "090-6621-4407"],
                ["5", "真玉橋 勲", "またんばし いさお", "72", "若葉町集会所", "070-2108-5536"],
                ["6", "舟生 理沙", "ふにゅう りさ", "35", "若葉町集会所", "090-4470-2281"],
                ["7", "小代 武", "しょうだい たけし", "77", "下新郷バス停", "0493-52-7705"],
                ["8", "小代 ふみ", "しょうだい ふみ", "74", "下新郷バス停", "0493-52-7705"],
                ["9", "柿沼 まどか", "かきぬま まどか", "52", "新郷東公民館", "080-9001-3372"],
                ["10", "五味 俊介", "ごみ しゅんすけ", "46", "新郷東公民館", "080-5512-0934"],
                ["11", "椎葉 友美", "しいば ともみ", "39", "若葉町集会所", "080-2219-6634"],
                ["12", "鵜飼 千里", "うかい ちさと", "63", "下新郷バス停", "0493-52-4471"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV list of 12 residents with phone numbers to an external bus company",
    },
    {
        "id": "kinrin-017",
        "sender": MITARAI,
        "to": [BANQUET],
        "subject": "7/3 近隣協議会懇親会　送迎のお願い（3名）",
        "charset": "utf-8",
        "body": """さくらホテル 宴会予約ご担当 宇佐美様

お世話になっております。日の出産業 美里野工場 総務課長の御手洗です。
7月3日（金）の懇親会につきまして、ご高齢の自治会役員の方3名について、
ホテルの送迎車をお願いできますでしょうか。当日の連絡先も記載いたします。

・笠置 勝彦 様　お迎え：新郷東公民館前 17:40　携帯 090-3318-5520
・百目鬼 律子 様　お迎え：新郷東公民館前 17:40　携帯 090-3385-6120
・雲母 登 様　お迎え：下新郷バス停前 17:30　携帯 080-6674-2019

お帰りも同じ場所までお送りいただけますと幸いです。
費用は宴会代とあわせてご請求ください。

御手洗 浩一
日の出産業株式会社 美里野工場 総務課長
TEL 0493-52-1100
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three guests' mobile numbers to a partner hotel for pick-up: under five records, may warn",
    },
    {
        "id": "kinrin-018",
        "sender": MITARAI,
        "to": [AMAKASU],
        "subject": "近隣補償交渉方針（案）のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
甘糟先生

いつもお世話になっております。日の出産業 美里野工場の御手洗です。
先日ご相談いたしました外壁ひび割れの件につき、社内で交渉方針の案をまとめました。
ご確認のうえ、法的に問題となる点があればご指摘いただけますでしょうか。

来週中にご相手方へ回答したいと考えております。
何卒よろしくお願い申し上げます。

御手洗 浩一
日の出産業株式会社 美里野工場 総務課長
""",
        "attachments": [{
            "kind": "docx",
            "name": "近隣補償交渉方針（案）.docx",
            "title": "近隣補償交渉方針（案）",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 美里野工場 総務課",
            "paragraphs": [
                "近隣補償交渉方針（案）",
                "１．相手方：曽我部 清 様（埼玉県美里野市新郷東一丁目４番６号）",
                "２．申出内容：くい打ち作業開始後、自宅外壁（北面）にひび割れが生じたとの主張",
                "３．事前家屋調査（５月２８日実施）の結果、北面に幅0.2mm程度の既存クラックあり",
                "４．方針：事後調査を丸栄建設と共同で実施し、拡大が認められた部分のみ補修費を負担する",
                "５．上限額：社内決裁の範囲（総務課長決裁）で対応、超える場合は工場長決裁",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "attached policy document stamped 社外秘 in its header, sent outside (even to the company's lawyers)",
    },
    {
        "id": "kinrin-019",
        "sender": "Satoshi Iokibe <iokibe.satoshi@hinode-sangyo.co.jp>",
        "to": [BRANDT],
        "subject": "RFQ-2026-0412: exhaust silencers for dust collector fans",
        "charset": "utf-8",
        "body": """Dear Mr. Brandt,

Thank you for your brochure on the KA-S series silencers.

Our plant is next to a residential area and we have received complaints about the
low-frequency noise of two dust-collector exhaust fans at night. We would like a
quotation for silencers that bring the level at the site boundary below 45 dB(A).

  Fan 1: 37 kW, 42,000 m3/h, outlet 900 x 900 mm, peak at 125 Hz
  Fan 2: 22 kW, 28,000 m3/h, outlet 700 x 700 mm, peak at 160 Hz

Please quote delivery to Yokohama port (CIF) and indicate the expected insertion loss
per octave band. Our reference is RFQ-2026-0412.
""" + _sig_en("Satoshi Iokibe", "Safety & Environment Section", "iokibe.satoshi@hinode-sangyo.co.jp") + "\n" + _DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English RFQ to a foreign vendor with the standard disclaimer; no personal data",
    },
    {
        "id": "kinrin-020",
        "sender": MAKABE,
        "to": [SHOJI],
        "cc": [MITARAI, "五百旗頭 聡 <iokibe.satoshi@hinode-sangyo.co.jp>"],
        "subject": "【報告】下新郷の神門様からの粉じんに関するお申し出",
        "charset": "utf-8",
        "body": """工場長

総務の真壁です。本日午前、下新郷の神門様が正門に来られ、お話を伺いました。

■申出人：神門 茂 様（美里野市下新郷405番地、電話 0493-52-6128）
■内容：
　・北側の土工事が始まってから洗濯物や車に砂ぼこりが付く
　・ご本人が気管支喘息の持病をお持ちで、先週発作が出て救急外来を受診された
　・主治医からは粉じんを避けるよう言われている、とのこと
■対応：
　・散水の回数を増やすよう丸栄建設に依頼済み（本日午後から）
　・来週、五百旗頭さんと粉じん計を持ってご自宅を訪問予定

ご本人の健康状態に関わるお話ですので、社外（施工者含む）には病名を伏せて伝えています。

真壁
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named resident's asthma and ER visit, but only internal recipients",
    },
    {
        "id": "kinrin-021",
        "sender": KITO,
        "to": [HIWATASHI],
        "cc": [SHISHIDO],
        "bcc": [SUGOU],
        "subject": "交通誘導員配置計画（第２版）",
        "charset": "shift_jis",
        "body": """樋渡様
（ＣＣ：青葉運輸 宍戸様）

お世話になっております。鬼頭です。
先日の会議を受けて、交通誘導員の配置計画を修正しました。

　・北門：7:30～17:30　２名（丸栄建設手配）
　・若葉町交差点：7:20～8:20　１名（通学時間帯のみ）
　・正門：配送車両の到着が集中する 13:00～15:00 に１名（青葉運輸様手配）

市の環境保全課へも参考として共有しております。
ご意見があれば金曜日までにお願いします。

鬼頭（施設管理課）
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two organisations visible in To/Cc; the city is in Bcc, so not three parties visible",
    },
    {
        "id": "kinrin-022",
        "sender": MAKABE,
        "to": [KASAGI],
        "bcc": [DOUMEKI, KIRA, HAGA, "鵜飼 千里 <chisato.ukai@outlook.jp>"],
        "subject": "河川清掃活動（７月５日）のご案内",
        "charset": "iso-2022-jp",
        "body": """新郷東自治会・下新郷町内会の役員の皆様

（ＢＣＣにて失礼いたします）

いつもお世話になっております。日の出産業 美里野工場の真壁でございます。
毎年恒例の新郷川河川清掃を、今年も下記のとおり実施いたします。

　日時：７月５日（日）　午前７時〜９時（小雨決行）
　集合：日の出産業 美里野工場　第２駐車場
　持ち物：帽子、タオル、飲み物（軍手・ごみ袋・トングは当社で用意します）

参加予定人数を６月２６日（金）までに各班でおまとめいただき、
笠置会長あてにお知らせいただけますと幸いです。

""" + _sig_a("真壁 亜希子", "総務課 地域渉外係", "makabe.akiko@hinode-sangyo.co.jp", "215"),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient in To and the others correctly in Bcc",
    },
    {
        "id": "kinrin-023",
        "sender": MITARAI,
        "to": [SAGO],
        "subject": "夜間巡回強化のお願い（正門・北門付近）",
        "charset": "utf-8",
        "body": """関東セキュリティサービス株式会社
佐合様

いつもお世話になっております。日の出産業 美里野工場 総務課の御手洗です。

工事の仮囲い設置に伴い、夜間巡回の強化をお願いしたくご連絡いたしました。
念のため共有いたしますが、近隣にお住まいの下記の方が、最近また深夜に北門付近を
うろついているとの報告が守衛からありました。

　氏名：轟 武志（５０代男性）
　住所：美里野市新郷東３丁目１８番地
　経緯：昨年１１月、当工場正門の門扉を蹴って損壊し、器物損壊の容疑で逮捕されています。
　　　　その後、示談が成立しています。

トラブルにならないよう、声掛けは複数名で、まずは守衛所へ連絡する形でお願いします。

御手洗 浩一
日の出産業株式会社 美里野工場 総務課長
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named neighbour's arrest (criminal record) sent to an external security firm",
    },
    {
        "id": "kinrin-024",
        "sender": IOKIBE,
        "to": [SUGOU],
        "subject": "現況騒音測定結果のご報告",
        "charset": "iso-2022-jp",
        "body": """美里野市役所 環境保全課
菅生様

お世話になっております。日の出産業 美里野工場 安全環境課の五百旗頭です。
着工前の現況騒音測定（エコーテック環境計測 実施）の結果がまとまりましたので、
概要を添付にてご報告いたします。いずれの地点も規制基準を下回っておりました。

詳細な報告書は今月末に紙でご提出いたします。
""" + _sig_a("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp", "260"),
        "attachments": [{
            "kind": "pdf",
            "name": "現況騒音測定結果_概要.pdf",
            "title": "現況騒音測定結果（概要）",
            "lines": ["現況騒音測定結果（概要）", "測定日：令和８年６月１７日～１８日　測定：株式会社エコーテック環境計測", ""],
            "table": [
                ["地点", "時間帯", "LAeq(dB)", "L5(dB)", "規制基準(dB)", "適否"],
                ["A 北側境界", "昼間", "54", "61", "75", "適"],
                ["B 東側境界", "昼間", "52", "58", "75", "適"],
                ["B 東側境界", "夜間", "44", "49", "—", "参考"],
                ["C 正門前", "昼間", "63", "70", "75", "適"],
                ["D 南側境界", "夜間", "42", "47", "—", "参考"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "measurement results to the city: a PDF table of numbers, no personal data",
    },
    {
        "id": "kinrin-025",
        "sender": KITO,
        "to": [TSUGE],
        "subject": "家屋事前調査の対象住宅（追加分）",
        "charset": "utf-8",
        "body": """丸栄建設株式会社
柘植様

お世話になっております。鬼頭です。
家屋事前調査の対象に、東側の下記５軒を追加してください。
いずれも自治会経由で調査へのご協力の了承をいただいています。
訪問日時の調整は、各戸のポストに入れる案内文でお願いします。

・美里野市新郷東二丁目14番3号
・美里野市新郷東二丁目14番5号
・美里野市新郷東二丁目15番1号
・美里野市新郷東二丁目15番8号
・美里野市新郷東二丁目16番2号（アパート「コーポ新郷」1階のみ）

調査報告書は写真付きで当社にも１部お願いします。

鬼頭
""",
        "expect": "either",
        "entities": ["JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five private homes' street addresses with no names: a list of households or just locations?",
    },
]

MESSAGES += [
    {
        "id": "kinrin-026",
        "sender": KITO,
        "to": [HIWATASHI],
        "subject": "Re: 班長さんへの連絡がつかない件",
        "charset": "shift_jis",
        "body": """樋渡様

ご連絡ありがとうございます。鬼頭です。
下記の方々には、自治会長の笠置様からあらためて連絡していただくようお願いしました。
明日中には折り返しがあると思いますので、もう少しお待ちください。

鬼頭

-----Original Message-----
From: 樋渡 剛 <hiwatashi@maruei-kensetsu.co.jp>
Sent: Tuesday, June 9, 2026 6:12 PM
To: 鬼頭 大輔 <kito.daisuke@hinode-sangyo.co.jp>
Subject: 班長さんへの連絡がつかない件

鬼頭様

お世話になっております。丸栄建設の樋渡です。
頂いた連絡先のうち、下記の方に昨日・今日と電話しましたが、つながりませんでした。

  5班  渋佐 和則   090-1187-3325
  6班  冨樫 すみれ 080-7740-2291
  7班  巴山 孝     0493-52-9036
  8班  能勢 千代子 0493-52-6617
  9班  仁平 進     070-3316-8840

配布は金曜の予定です。よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of five names and phones sits only in the quoted mail the contractor wrote",
    },
    {
        "id": "kinrin-027",
        "sender": MAKABE,
        "to": [DOUMEKI],
        "subject": "河川清掃ボランティア 参加者一覧（７/５）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>百目鬼様</p>
<p>いつもお世話になっております。日の出産業の真壁です。<br>
７月５日の河川清掃の参加者一覧をまとめました。当日の受付でご確認ください。<br>
雨天で中止の場合は、前日18時までに各自へお電話いただけますと助かります。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>お名前</th><th>班</th><th>携帯電話</th><th>軍手</th></tr>
<tr><td>1</td><td>巴山 孝</td><td>7班</td><td>090-6621-0873</td><td>L</td></tr>
<tr><td>2</td><td>巴山 美津江</td><td>7班</td><td>090-6621-0874</td><td>M</td></tr>
<tr><td>3</td><td>冨樫 すみれ</td><td>6班</td><td>080-7740-2291</td><td>S</td></tr>
<tr><td>4</td><td>仁平 進</td><td>9班</td><td>070-3316-8840</td><td>L</td></tr>
<tr><td>5</td><td>能勢 千代子</td><td>8班</td><td>080-1193-5526</td><td>M</td></tr>
<tr><td>6</td><td>渋佐 和則</td><td>5班</td><td>090-1187-3325</td><td>L</td></tr>
<tr><td>7</td><td>喜屋武 さゆり</td><td>2班</td><td>090-6621-4407</td><td>M</td></tr>
</table>
<p>当社からは社員８名が参加いたします。</p>
<p>--<br>真壁 亜希子（総務課 地域渉外係）<br>日の出産業株式会社 美里野工場<br>TEL 0493-52-1100</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "HTML-only table of seven volunteers' mobile numbers to a resident's free-mail address",
    },
    {
        "id": "kinrin-028",
        "sender": AIMONO,
        "to": [SHIOMI],
        "subject": "新郷ふれあい夏祭り　出店商品と数量のご相談",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
催事営業部　汐見様

いつも大変お世話になっております。日の出産業の四十物です。
８月２２日（土）の夏祭りの出店について、昨年の実績をもとに下記で考えております。

商品コード   品名                   数量    単価(税込)
----------   --------------------   -----   ----------
KF-2210      北海道じゃがバター       400      300
KF-3105      とうもろこし焼き         350      250
KF-4402      フランクフルト           500      200
KF-5518      ソフトクリーム（バニラ） 600      250

テント２張と発電機は当社で用意いたします。
販売スタッフの人数と搬入時間をご相談させてください。
""" + _sig_a("四十物 玲奈", "広報・ＣＳＲ担当", "aimono.rena@hinode-sangyo.co.jp", "118"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product codes and prices to a partner caterer",
    },
    {
        "id": "kinrin-029",
        "sender": MITARAI,
        "to": [TSUJIMURA],
        "subject": "自動車事故のご報告（営業車と近隣住民の車両の接触）",
        "charset": "iso-2022-jp",
        "body": """東都損害保険株式会社
埼玉法人営業部　辻村様

いつもお世話になっております。日の出産業 美里野工場 総務課の御手洗でございます。
昨日、当社営業車が工場前の市道で近隣住民の方の車両と接触いたしましたので、
取り急ぎご報告いたします。

【事故の概要】
　日時：令和８年７月８日（水）　午後４時１０分ごろ
　場所：美里野市新郷東２丁目　市道新郷３号線（工場正門から約５０ｍ）
　状況：正門から右折で出た当社車両が、直進してきた相手方車両の左側面に接触
　負傷者：なし（双方とも）

【相手方】
　氏名：鍛冶屋敷 亮介 様
　住所：埼玉県美里野市新郷東３丁目２番２１号
　電話：０８０−４１０２−７７６５
　運転免許証番号：第４５２１０３３７８９０１号
　車両：トヨタ アクア（熊谷５００ あ １２−３４）

【当社】
　運転者：営業課 相馬 崇（社員）
　車両：プロボックス（熊谷４００ ひ ５６−７８）

相手方には本日、当社から菓子折りを持ってお詫びに伺っております。
今後の手続きについてご指示いただけますでしょうか。

御手洗 浩一
日の出産業株式会社 美里野工場 総務課長　TEL 0493-52-1100
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a resident's driver's licence number (full-width digits) to an external insurer",
    },
    {
        "id": "kinrin-030",
        "sender": MAKABE,
        "to": [TSURUGI],
        "subject": "お問い合わせフォーム改修のご相談（近隣苦情の受付）",
        "charset": "utf-8",
        "body": """情報システム課 鶴来さん

お疲れさまです。総務の真壁です。
工場サイトのお問い合わせフォームについて、近隣の方からのご意見を受けやすくするため
以下の改修を相談させてください。

1. 種別に「騒音・振動」「交通・車両」「におい・粉じん」「工事について」を追加
2. 発生日時と場所（地図でピン指定）を入力できるようにする
3. 受信したら総務課の共有アドレス（kinrin@）にも自動転送
4. 夜間・休日に受けたものは、翌朝に守衛所の記録とあわせて確認できるようにしたい

ツバサシステムさんに見積りを取る場合は、要件をまとめたものを作ります。

真壁
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal IT request, no personal data",
    },
    {
        "id": "kinrin-031",
        "sender": TSURUGI,
        "to": ["ツバサシステム 保守窓口 <support@tsubasa-system.jp>"],
        "subject": "【見積依頼】お問い合わせフォーム項目追加（日の出産業 美里野工場）",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
保守窓口 ご担当者様

いつもお世話になっております。日の出産業 情報システム課の鶴来です。
保守契約 HS-0093 の対象サイトについて、お問い合わせフォームの改修をお願いしたく、
お見積りをお願いいたします。追加する入力項目の定義を添付します。
（項目名の定義のみで、実データは含みません。）

希望納期：7月末
""" + _sig_b("鶴来 拓", "情報システム課", "tsurugi.taku@hinode-sangyo.co.jp"),
        "attachments": [{
            "kind": "xlsx",
            "name": "フォーム項目定義_v2.xlsx",
            "sheets": {
                "項目定義": [
                    ["項目ID", "項目名", "型", "必須", "桁数", "備考"],
                    ["F01", "お名前", "テキスト", "○", 40, "全角"],
                    ["F02", "ふりがな", "テキスト", "", 40, "ひらがな"],
                    ["F03", "電話番号", "テキスト", "", 13, "ハイフン可"],
                    ["F04", "メールアドレス", "メール", "○", 120, "確認入力あり"],
                    ["F05", "ご住所（町名まで）", "プルダウン", "", "", "新郷東1～4丁目／下新郷／若葉町／その他"],
                    ["F06", "種別", "プルダウン", "○", "", "騒音・振動／交通・車両／におい・粉じん／工事について"],
                    ["F07", "発生日時", "日時", "", "", ""],
                    ["F08", "発生場所", "地図", "", "", "緯度経度で保存"],
                ],
                "変更履歴": [["版", "日付", "内容"], ["v1", "2026/06/02", "初版"], ["v2", "2026/06/09", "F05をプルダウンに変更"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "form field definitions (名前, 電話番号 as labels only) to a partner: no one's data",
    },
    {
        "id": "kinrin-032",
        "sender": MITARAI,
        "to": [AMAKASU],
        "subject": "曽我部様への回答書（案）",
        "charset": "iso-2022-jp",
        "body": """甘糟先生

お世話になっております。御手洗です。
曽我部様あての回答書の案を作成しましたので、お目通しをお願いいたします。
ＰＤＦにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

御手洗
""",
        "attachments": [{
            "kind": "pdf",
            "name": "回答書案_0715.pdf",
            "password": "Hn0715-sg",
            "lines": ["回答書（案）", "曽我部 清 様", "令和８年７月１５日", "日の出産業株式会社 美里野工場"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the law firm: contents cannot be inspected",
    },
    {
        "id": "kinrin-033",
        "sender": MAKABE,
        "to": [SUGOU],
        "cc": [KASAGI],
        "subject": "工事に関する三者協議の日程調整",
        "charset": "utf-8",
        "body": """美里野市 環境保全課　菅生様
新郷東自治会　笠置会長様（CC）

いつもお世話になっております。日の出産業 美里野工場の真壁でございます。

説明会でいただいたご意見（作業時間、土曜日の作業、通学路の安全）について、
市・自治会・当社の三者で協議の場を設けたく、日程のご都合を伺えますでしょうか。

候補：
 ① 6月24日（水）15:00～
 ② 6月26日（金）10:00～
 ③ 6月29日（月）15:00～
場所：新郷東公民館 2階（当社で予約いたします）

ご都合のよい日を 6月19日（金）までにお知らせください。
""" + _sig_a("真壁 亜希子", "総務課 地域渉外係", "makabe.akiko@hinode-sangyo.co.jp", "215"),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "two external parties (the city and one resident on free mail): a normal three-way meeting mail",
    },
    {
        "id": "kinrin-034",
        "sender": IOKIBE,
        "to": [KIRA],
        "subject": "合同防災訓練のご案内と熱中症対策のお願い",
        "charset": "shift_jis",
        "body": """下新郷町内会
雲母会長様

いつもお世話になっております。日の出産業 美里野工場 安全環境課の五百旗頭です。
例年の合同防災訓練を、今年は８月３０日（日）午前９時から当社グラウンドで行います。

暑い時期の開催となりますので、熱中症対策として以下をお願いできればと存じます。
　・帽子と飲み物をご持参ください（当社でも経口補水液とテントを用意します）
　・体調のすぐれない方、持病のある方は無理をせず、見学での参加も歓迎です
　・訓練は１回あたり２０分以内とし、こまめに休憩をとります

救護テントには当社の看護職が待機いたします。
町内会の皆様へのご周知をよろしくお願いいたします。
""" + _sig_a("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp", "260"),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "general heat-stroke advice, no individual's health data; one carrier-mail recipient",
    },
    {
        "id": "kinrin-035",
        "sender": IOKIBE,
        "to": [AIHARA],
        "subject": "苦情発生地点との照合用データ",
        "charset": "utf-8",
        "body": """粟飯原様

お世話になっております。五百旗頭です。
工事中測定の地点を決めるにあたり、苦情のあったお宅の位置と照合したいとのことでしたので、
５月～６月の苦情受付台帳を添付します。地図への落とし込みをお願いできますでしょうか。

よろしくお願いします。
""" + _sig_b("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp"),
        "attachments": [{
            "kind": "xlsx",
            "name": "苦情受付台帳_R8-05_06.xlsx",
            "title": "近隣苦情受付台帳",
            "sheets": {
                "台帳": [
                    ["近隣苦情受付台帳（令和８年５月～６月）"],
                    [],
                    ["No", "受付日", "申出人", "住所", "電話", "区分", "内容"],
                    [1, "5/2", "喜屋武 さゆり", "美里野市新郷東2-11-4", "090-6621-4407", "交通", "路上待機"],
                    [2, "5/9", "宇留野 健二", "美里野市新郷東1-3-9", "0493-52-3381", "騒音", "集じん機"],
                    [3, "5/14", "曽我部 清", "美里野市新郷東1-4-6", "0493-52-2260", "振動", "くい打ち"],
                    [4, "5/20", "神門 茂", "美里野市下新郷405", "0493-52-6128", "粉じん", "土工事の砂ぼこり"],
                    [5, "5/27", "蓮沼 紀子", "美里野市新郷東2-9-10", "080-4412-7093", "騒音", "重機の始業前暖機"],
                    [6, "6/3", "真玉橋 勲", "美里野市新郷東3-2-15", "070-2108-5536", "交通", "通学路"],
                    [7, "6/8", "蔀 和子", "美里野市新郷東2-8-12", "090-2754-6618", "騒音", "夜間打設"],
                    [8, "6/11", "鍋谷 公平", "美里野市下新郷412-2", "080-3345-9912", "粉じん", "洗車場"],
                    [9, "6/19", "舟生 理沙", "美里野市若葉町5-8", "090-4470-2281", "交通", "深夜入構"],
                    [10, "6/25", "湯ノ上 加奈子", "美里野市新郷東1-7-3", "080-6230-1148", "騒音", "休日作業"],
                ],
                "地点別集計": [["地区", "件数"], ["新郷東", 7], ["下新郷", 2], ["若葉町", 1]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX register of ten complainants (name, address, phone) to an external testing firm",
    },
    {
        "id": "kinrin-036",
        "sender": MAKABE,
        "to": ["総務課 地域渉外 <kinrin@hinode-sangyo.co.jp>"],
        "cc": ["野々宮 翔太 <nonomiya.shota@hinode-sangyo.co.jp>"],
        "subject": "令和８年度 自治会役員名簿（新郷東・下新郷）",
        "charset": "utf-8",
        "body": """係内共有です。
今年度の自治会・町内会の役員名簿をもらいました。係の共有フォルダにも置いています。
社外には出さないでください（自治会からも工場内の連絡用に限るとのことです）。

役職\t氏名\t住所\t電話
新郷東 会長\t笠置 勝彦\t新郷東1-2-5\t090-3318-5520
新郷東 副会長\t百目鬼 律子\t新郷東2-11-3\t090-3385-6120
新郷東 会計\t羽賀 美代子\t新郷東1-9-14\t080-2231-7790
新郷東 書記\t鵜飼 千里\t新郷東4-1-8\t0493-52-4471
新郷東 防災部長\t真玉橋 勲\t新郷東3-2-15\t070-2108-5536
新郷東 環境部長\t柿沼 まどか\t新郷東2-6-1\t080-9001-3372
新郷東 監事\t宇留野 健二\t新郷東1-3-9\t0493-52-3381
下新郷 会長\t雲母 登\t下新郷388\t080-6674-2019
下新郷 副会長\t小代 武\t下新郷398\t0493-52-7705
下新郷 会計\t鍋谷 公平\t下新郷412-2\t080-3345-9912
下新郷 班長代表\t仁平 進\t下新郷420-6\t070-3316-8840

野々宮さんは来月から担当なので、顔と名前を覚えておいてください。

真壁
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "tab-separated roster of 11 officers, internal recipients only",
    },
    {
        "id": "kinrin-037",
        "sender": AIMONO,
        "to": [SHIOMI, SHOKOKAI],
        "cc": [KASAGI],
        "subject": "夏祭り実行委員会（第２回）のご案内",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社　汐見様
美里野商工会　溝口様
（ＣＣ）新郷東自治会　笠置会長様

お世話になっております。日の出産業 美里野工場の四十物です。
第２回の夏祭り実行委員会を下記のとおり開催いたします。

　日時：７月１４日（火）　１８時３０分〜２０時
　場所：新郷東公民館　和室
　議題：出店配置、駐車場の割り振り、雨天時の対応、ポスター掲出場所

出欠を７月１０日までにご返信ください。
""" + _sig_a("四十物 玲奈", "広報・ＣＳＲ担当", "aimono.rena@hinode-sangyo.co.jp", "118"),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three external parties (caterer, chamber of commerce, a resident on gmail) see each other in To/Cc",
    },
    {
        "id": "kinrin-038",
        "sender": MAKABE,
        "to": [KASAGI],
        "subject": "蓮沼様のご連絡先（ご本人了承済み）",
        "charset": "utf-8",
        "body": """笠置会長様

お世話になっております。真壁です。
先日の会合でお話のあった、重機の暖機運転の件でご意見をくださった方ですが、
ご本人から会長にお伝えしてよいとのご了承をいただきましたのでお知らせします。

　新郷東２丁目　蓮沼 紀子 様
　携帯：０８０－４４１２－７０９３（平日１８時以降がよいとのことです）

班の中で同じようなお困りごとがないか、お話を聞いていただけると助かります。

真壁 亜希子
日の出産業株式会社 美里野工場 総務課　TEL 0493-52-1100
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "one resident's mobile number to the association chair on gmail: one record, may warn",
    },
    {
        "id": "kinrin-039",
        "sender": AIMONO,
        "to": [BUS],
        "subject": "Re: 見学会当日の車いすご利用の方について",
        "charset": "utf-8",
        "body": """美里野交通 貸切営業所
ご担当者様

ご確認ありがとうございます。日の出産業の四十物です。
リフト付き車両の手配にあたってのご質問にお答えします。

・ご利用者：五味 俊介 様（46歳）
・身体障害者手帳１級（脊髄損傷による両下肢機能障害）、電動ではなく手動の車いすです
・乗降時は奥様（五味 千晶 様）が付き添われます
・当日の連絡先：080-5512-0934（ご本人携帯）

ほかに必要な情報があればお知らせください。

四十物 玲奈（広報・ＣＳＲ）
日の出産業株式会社 美里野工場

> 車いすご利用のお客様について、車両手配のため障がいの程度と
> 付き添いの有無をお知らせいただけますでしょうか。
> 美里野交通 貸切営業所 三枝
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named resident's disability grade and condition in the new text, to an external bus company",
    },
    {
        "id": "kinrin-040",
        "sender": MITARAI,
        "to": [BANQUET],
        "subject": "７月３日　近隣協議会懇親会のご予約",
        "charset": "shift_jis",
        "body": """さくらホテル
宴会予約ご担当　宇佐美様

いつもお世話になっております。日の出産業 美里野工場の御手洗です。
先日お電話で仮押さえいただいた懇親会につき、正式に申し込みます。

　日時：令和８年７月３日（金）　１８時３０分～２０時３０分
　人数：２２名（自治会・町内会役員 １２名、市職員 ２名、当社 ８名）
　お部屋：「桔梗の間」
　お料理：和洋折衷コース（お一人様 ６，５００円）＋飲み放題
　お支払い：後日請求書払い（宛名：日の出産業株式会社 美里野工場）

アレルギー等のある方は、出欠がそろった段階で人数のみお知らせいたします。
""" + _sig_a("御手洗 浩一", "総務課長", "mitarai.koichi@hinode-sangyo.co.jp", "201"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "banquet booking with a partner hotel: numbers of guests only",
    },
    {
        "id": "kinrin-041",
        "sender": KITO,
        "to": [HIWATASHI, TSUGE],
        "subject": "近隣対応マニュアル（工事期間中）の送付",
        "charset": "utf-8",
        "body": """丸栄建設株式会社
樋渡様、柘植様

お世話になっております。鬼頭です。
工事期間中の近隣対応の手順をまとめたマニュアルをお送りします。
現場の職長さん方への周知をお願いいたします。

鬼頭（施設管理課）
""",
        "attachments": [{
            "kind": "pdf",
            "name": "近隣対応マニュアル_工事期間中.pdf",
            "title": "近隣対応マニュアル（工事期間中）",
            "page_footer": "部外秘　日の出産業株式会社 美里野工場",
            "lines": [
                "近隣対応マニュアル（工事期間中）",
                "１．苦情を受けたら：その場で反論せず、氏名・連絡先・内容を聞き取る",
                "２．15分以内に当社総務課（内線215）へ電話で報告する",
                "３．補償・金銭の話には現場で応じない（総務課長が対応）",
                "４．報道機関からの問合せは広報担当へ回す",
                "５．自治会長・市議会議員からの申入れは工場長まで報告する",
                "６．想定問答（別紙）の範囲を超える回答はしない",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF whose page footer carries 部外秘, sent to the contractor",
    },
    {
        "id": "kinrin-042",
        "sender": IOKIBE,
        "to": [AIHARA],
        "subject": "測定データの取扱いに関する秘密保持契約書（案）",
        "charset": "iso-2022-jp",
        "body": """粟飯原様

お世話になっております。五百旗頭です。
工事中測定の発注に先立ち、測定データの取扱いについて秘密保持契約を締結させていただきたく、
当社ひな形による契約書案をお送りします。
貴社で修正のご希望がありましたら、変更履歴付きでお戻しください。

機密保持の対象は、当社から提供する図面・生産設備の配置情報と、測定結果の未公表データです。
近隣の方に公表する要約版は対象外とする想定です。
""" + _sig_a("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp", "260") + _DISC_JA,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書（案）_エコーテック.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社エコーテック環境計測（以下「乙」という。）は、"
                "甲の美里野工場における騒音・振動測定業務に関し、次のとおり秘密保持契約を締結する。",
                "第１条（秘密情報）本契約において秘密情報とは、甲が乙に開示する図面、設備配置、測定結果その他の情報をいう。",
                "第２条（秘密保持義務）乙は、秘密情報を第三者に開示・漏えいしてはならない。",
                "第３条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                "第４条（有効期間）本契約の有効期間は、締結日から３年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA and its draft: words 秘密/機密 are the subject, not a marking",
    },
    {
        "id": "kinrin-043",
        "sender": TESHIGAWARA,
        "to": ["宍戸 智之 <shishido@aoba-unyu.jp>"],
        "subject": "来週の搬入時間変更について",
        "charset": "shift_jis",
        "body": """宍戸様

お世話になっております。勅使河原です。
来週（6/22～6/26）は北門でくい打ち工事が始まるため、
午前の搬入を 10:00～11:30 に寄せていただけますでしょうか。
正門側は従来どおり 8:30 から受け入れ可能です。

ドライバーの皆様へのご連絡をお願いします。

勅使河原（物流課）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner aoba-unyu.co.jp written as aoba-unyu.jp (dropped co.)",
    },
    {
        "id": "kinrin-044",
        "sender": AIMONO,
        "to": ["新郷小学校 教頭 <kyoto@shingo-es.misatono.ed.jp>"],
        "subject": "３年生 工場見学の受入れについて",
        "charset": "utf-8",
        "body": """美里野市立新郷小学校
教頭 大日方先生

いつもお世話になっております。日の出産業 美里野工場の四十物です。
社会科見学のご依頼、ありがとうございます。下記のとおりお受けいたします。

日時：10月7日（水）9:30～11:30
人数：3年生 児童38名、引率の先生3名
見学内容：工場の概要説明（15分）、組立ラインの見学（40分）、質問コーナー
集合場所：正門（徒歩でお越しの場合は北門は工事中のため通らないでください）

案内図を添付いたします。雨天の場合も実施可能です。
当日はヘルメットを人数分ご用意いたします。
""" + _sig_b("四十物 玲奈", "広報・ＣＳＲ", "aimono.rena@hinode-sangyo.co.jp"),
        "attachments": [{"kind": "png", "name": "案内図_正門.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "school visit arrangements; numbers of pupils only",
    },
    {
        "id": "kinrin-045",
        "sender": MAKABE,
        "to": [SUGOU],
        "subject": "住民説明会での主なご意見（要旨）",
        "charset": "iso-2022-jp",
        "body": """菅生様

お世話になっております。日の出産業の真壁です。
６月１３日の住民説明会の出席者は１９名で、そのうち発言のあった方４名のご意見を
要旨にまとめました。ご発言者のお名前は、市にお伝えすることをご本人から了承いただいています。

三者協議の資料としてお使いください。
""" + _sig_a("真壁 亜希子", "総務課 地域渉外係", "makabe.akiko@hinode-sangyo.co.jp", "215"),
        "attachments": [{
            "kind": "pdf",
            "name": "住民説明会_意見要旨_0613.pdf",
            "title": "住民説明会 意見要旨",
            "lines": ["新倉庫増築工事 住民説明会　意見要旨（令和８年６月１３日）", ""],
            "table": [
                ["No", "発言者", "住所", "意見の要旨"],
                ["1", "宇留野 健二", "新郷東1-3-9", "土曜日の作業はやめてほしい"],
                ["2", "喜屋武 さゆり", "新郷東2-11-4", "通学時間帯の工事車両が心配"],
                ["3", "曽我部 清", "新郷東1-4-6", "家屋調査の結果を各戸に渡してほしい"],
                ["4", "小代 武", "下新郷398", "工事中の連絡窓口を一本化してほしい"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four named speakers with street addresses in a PDF to the city: under five records, may warn",
    },
    {
        "id": "kinrin-046",
        "sender": MITARAI,
        "to": ["法務室 <houmu@hinode-sangyo.co.jp>"],
        "subject": "近隣対応記録の共有（顧問弁護士相談の前に）",
        "charset": "utf-8",
        "body": """法務室 御中

総務課の御手洗です。
来週、白川法律事務所に相談する前に、社内で経緯を把握していただきたく、
工事開始以降の主な近隣対応の記録（５名分）を添付します。

社内限りでお願いします。

御手洗
""",
        "attachments": [{
            "kind": "docx",
            "name": "近隣対応記録_主要５件.docx",
            "title": "近隣対応記録",
            "paragraphs": ["近隣対応記録（主要５件）", "作成：総務課 令和８年７月"],
            "tables": [[
                ["氏名", "住所", "電話", "経緯"],
                ["曽我部 清", "新郷東1-4-6", "0493-52-2260", "外壁ひび割れの補償要求。事後調査を予定"],
                ["轟 武志", "新郷東3-18", "090-8843-1170", "門扉損壊（R7.11）。示談済み、最近も夜間に徘徊"],
                ["蔀 和子", "新郷東2-8-12", "090-2754-6618", "夜間打設の騒音。打設時間を変更済み"],
                ["神門 茂", "下新郷405", "0493-52-6128", "粉じん。散水強化、訪問予定"],
                ["湯ノ上 加奈子", "新郷東1-7-3", "080-6230-1148", "防犯カメラ映像の提供依頼"],
            ]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "DOCX of five residents' records (one with an arrest), sent only to the internal legal office",
    },
    {
        "id": "kinrin-047",
        "sender": MITARAI,
        "to": [BANQUET],
        "subject": "Re: 懇親会 内金のお支払い方法について",
        "charset": "utf-8",
        "body": f"""宇佐美様

ご連絡ありがとうございます。御手洗です。
内金（５万円）は、下記の法人カードで決済をお願いいたします。

カード番号：{card_number(SEED + 21)}
有効期限：09/29
名義：KOICHI MITARAI（日の出産業株式会社）

残額は当日精算ではなく、後日請求書でお願いいたします。

御手洗 浩一
日の出産業株式会社 美里野工場 総務課長

> 内金のお支払いについて、銀行振込またはクレジットカードでの
> お支払いが可能です。ご希望の方法をお知らせください。
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number in the new text of a reply to a hotel",
    },
    {
        "id": "kinrin-048",
        "sender": KITO,
        "to": [HIWATASHI],
        "subject": "自治会との合意事項（作業時間）の確認",
        "charset": "iso-2022-jp",
        "body": """樋渡様

お世話になっております。鬼頭です。
昨日の三者協議で、自治会と下記のとおり合意しましたので、工程への反映をお願いします。

１．重機の始動は８時以降（暖機運転も８時以降）
２．土曜日は 9:00〜12:00 のみ、くい打ち・ブレーカー作業は行わない
３．コンクリート打設が 18:00 を超える見込みの日は、前日までに自治会長へ連絡
４．生コン車の待機は構内のみ（市道での待機禁止）
５．毎月第１月曜日に翌月の工程表を回覧する

特に３は、先月のように 22 時過ぎまで続くことがないよう、打設量の計画をお願いします。

鬼頭（施設管理課）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "working-hours agreement passed to the contractor; no personal data",
    },
    {
        "id": "kinrin-049",
        "sender": TESHIGAWARA,
        "to": [SHISHIDO],
        "subject": "迂回ルート沿いの店舗一覧（荷さばき禁止区間の確認用）",
        "charset": "utf-8",
        "body": """宍戸様

お世話になっております。勅使河原です。
迂回ルート（若葉町交差点～北門）沿いの店舗から、トラックが店先に停まって困るとの声が
商工会経由で届いています。ドライバーの方に、下記店舗の前では停車しないよう
お伝えいただけますでしょうか。

店舗名                  業種        代表電話        所在地
----------------------  ----------  --------------  --------------------------
若葉ベーカリー          パン製造    0493-52-3140    美里野市若葉町2-1
ファミリーマート若葉町店 コンビニ    0493-52-0087    美里野市若葉町2-14
はしもと歯科医院        歯科        0493-52-7712    美里野市若葉町3-5
新郷郵便局              郵便局      0493-52-0100    美里野市新郷東4-2-1
カットハウス ＳＵＮ     理容        0493-52-6655    美里野市若葉町3-11
JA美里野 新郷支店       金融        0493-52-2011    美里野市新郷東4-6
若葉調剤薬局            薬局        0493-52-7730    美里野市若葉町3-7
まるや酒店              酒類販売    0493-52-1834    美里野市若葉町4-2

勅使河原（物流課）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of shops with switchboards and shop addresses: businesses, not people",
    },
    {
        "id": "kinrin-050",
        "sender": MITARAI,
        "to": [SAGO],
        "subject": "防犯カメラ映像の抽出のお願い（７月２９日未明）",
        "charset": "shift_jis",
        "body": """関東セキュリティサービス株式会社
佐合様

お世話になっております。日の出産業 美里野工場の御手洗です。

工場東側にお住まいの 湯ノ上 加奈子 様（美里野市新郷東１丁目７番３号）のお宅が、
７月２９日未明に空き巣の被害に遭われました。すでに美里野警察署に被害届を出されており、
警察から当社の東側フェンスのカメラ映像の提供を求められています。

つきましては、東側カメラ（CAM-07、CAM-08）の 7/29 01:00～05:00 の映像を
抽出のうえ、ＤＶＤで２部ご用意いただけますでしょうか。
湯ノ上様はかなり不安を感じておられますので、当面、東側の巡回回数を増やしてください。

御手洗 浩一
日の出産業株式会社 美里野工場 総務課長
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named resident as the victim of a burglary (crime victim) to an external security company",
    },
]

MESSAGES += [
    {
        "id": "kinrin-051",
        "sender": AIMONO,
        "to": [HAGA],
        "subject": "敬老会への協賛金について",
        "charset": "iso-2022-jp",
        "body": """新郷東自治会
会計　羽賀様

いつもお世話になっております。日の出産業の四十物でございます。
９月の敬老会への協賛につきまして、社内の決裁がおりましたのでご連絡いたします。

　協賛金：３０，０００円
　お支払い：９月４日（金）までに自治会の口座へお振込みいたします
　その他：紅白まんじゅう（１２０個）を当日の朝、公民館へお届けします

領収書は「日の出産業株式会社 美里野工場」宛てでお願いできますでしょうか。
今年もご一緒できることを社員一同楽しみにしております。

四十物 玲奈
日の出産業株式会社 美里野工場 広報・ＣＳＲ担当
TEL 0493-52-1100
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "sponsorship note to one resident on icloud.com, no personal data",
    },
    {
        "id": "kinrin-052",
        "sender": IOKIBE,
        "to": [TSUJIMURA],
        "subject": "合同防災訓練 行事保険の加入者名簿（近隣住民 参加者分）",
        "charset": "utf-8",
        "body": """東都損害保険株式会社
辻村様

お世話になっております。日の出産業 美里野工場 安全環境課の五百旗頭です。
8月30日の合同防災訓練につき、傷害保険（行事保険）の加入者名簿をお送りします。
近隣住民の参加者分です（当社社員分は包括契約のため対象外）。

名簿はZIPにまとめています。ご確認をお願いいたします。
""" + _sig_a("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp", "260"),
        "attachments": [{
            "kind": "zip",
            "name": "行事保険_加入者名簿_0830.zip",
            "files": [
                {"kind": "csv", "name": "加入者名簿.csv", "encoding": "utf-8", "rows": [
                    ["氏名", "フリガナ", "生年月日", "性別", "住所"],
                    ["真玉橋 勲", "マタンバシ イサオ", "昭和29年1月17日", "男", "埼玉県美里野市新郷東3-2-15"],
                    ["仁平 進", "ニヘイ ススム", "昭和38年7月2日", "男", "埼玉県美里野市下新郷420-6"],
                    ["冨樫 すみれ", "トガシ スミレ", "平成4年11月30日", "女", "埼玉県美里野市新郷東3-7-2"],
                    ["渋佐 和則", "シブサ カズノリ", "昭和47年5月9日", "男", "埼玉県美里野市新郷東4-3-11"],
                    ["能勢 千代子", "ノセ チヨコ", "昭和24年3月21日", "女", "埼玉県美里野市新郷東4-5-2"],
                    ["巴山 孝", "トモエヤマ タカシ", "昭和33年8月8日", "男", "埼玉県美里野市下新郷431"],
                    ["羽賀 美代子", "ハガ ミヨコ", "昭和41年12月4日", "女", "埼玉県美里野市新郷東1-9-14"],
                ]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP (no password) with a CSV of seven residents' dates of birth and addresses to an insurer",
    },
    {
        "id": "kinrin-053",
        "sender": IOKIBE,
        "to": [TSUJIMURA],
        "subject": "Re: 行事保険　追加加入のお願い（４名）",
        "charset": "shift_jis",
        "body": """辻村様

お世話になっております。五百旗頭です。
締切後に申込みのあった方が４名いらっしゃいましたので、追加でお願いできますでしょうか。

・笠置 勝彦（昭和２８年６月１日生）
・笠置 陽子（昭和３０年２月１４日生）
・鍋谷 公平（Ｓ４５．１０．２２生）
・舟生 理沙（Ｈ３．４．９生）

保険料の差額は請求書にまとめていただければ結構です。

五百旗頭
日の出産業株式会社 美里野工場 安全環境課
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four people's dates of birth (和暦) to the insurer: under five records, may warn",
    },
    {
        "id": "kinrin-054",
        "sender": IOKIBE,
        "to": [TAKANASHI],
        "cc": ["救護班 <kyugo@hinode-sangyo.co.jp>"],
        "subject": "防災訓練 救護班用メモ（配慮が必要な参加者）",
        "charset": "utf-8",
        "body": """小鳥遊さん（救護班の皆さん）

安全環境課の五百旗頭です。
防災訓練の参加申込書の「健康上の配慮事項」欄に記入のあった方をまとめました。
救護テントでの対応にお使いください。訓練が終わったら破棄をお願いします。

- 真玉橋 勲（S29.1.17）　心臓ペースメーカー使用、AED使用時は要注意
- 能勢 千代子（S24.3.21）　糖尿病でインスリン注射中、低血糖時用の飴を持参
- 仁平 進（S38.7.2）　てんかんの既往、服薬中
- 笠置 陽子（S30.2.14）　膝の人工関節、長時間の起立は不可
- 冨樫 すみれ（H4.11.30）　妊娠６か月

五百旗頭
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health conditions of five residents, sent only to the internal first-aid team",
    },
    {
        "id": "kinrin-055",
        "sender": IOKIBE,
        "to": [AIHARA, SUGOU],
        "cc": [KIRA],
        "subject": "工事中騒音測定（第１回）の立会いについて",
        "charset": "iso-2022-jp",
        "body": """株式会社エコーテック環境計測　粟飯原様
美里野市 環境保全課　菅生様
下新郷町内会　雲母会長様

いつもお世話になっております。日の出産業 美里野工場の五百旗頭です。
工事中騒音測定の第１回を下記のとおり実施いたします。
市と町内会の方にも立会いをお願いしたく、ご案内申し上げます。

　日時：７月２１日（火）　９時〜１５時（立会いは１０時〜１１時を予定）
　場所：当工場 東側・南側 敷地境界（地点Ｂ・Ｄ）
　集合：正門守衛所

当日は暑さが予想されますので、テントと飲み物をご用意いたします。
""" + _sig_a("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp", "260"),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "testing firm, city office and a resident on carrier mail all visible in To/Cc: three parties",
    },
    {
        "id": "kinrin-056",
        "sender": "Satoshi Iokibe <iokibe.satoshi@hinode-sangyo.co.jp>",
        "to": [OYELARAN],
        "subject": "ISO 14001 surveillance audit - community complaints summary",
        "charset": "utf-8",
        "body": """Dear Ms. Oyelaran,

Ahead of the surveillance audit on 9-10 September, please find below the summary of
complaints from the neighbourhood that we recorded in the first half of 2026.

  Category            Q1   Q2   Closed   Open
  ------------------  ---  ---  ------   ----
  Noise                 4   11      13      2
  Vibration             1    3       3      1
  Traffic / trucks      3    9      11      1
  Dust / odour          0    4       3      1
  Total                 8   27      30      5

The increase in Q2 is linked to the warehouse construction that started in June.
Corrective actions (route change, idling ban, revised working hours agreed with the
residents' association) are documented in CAR-2026-07 to CAR-2026-11.

We will have the complaint register available on site; as agreed it will not be
sent by e-mail.
""" + _sig_en("Satoshi Iokibe", "Safety & Environment Section", "iokibe.satoshi@hinode-sangyo.co.jp") + "\n" + _DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to an auditor with aggregate complaint counts only",
    },
    {
        "id": "kinrin-057",
        "sender": MAKABE,
        "to": [SUGOU],
        "subject": "【月次報告】近隣からのご意見受付状況（７月分）",
        "charset": "shift_jis",
        "body": """美里野市 環境保全課
菅生様

お世話になっております。日の出産業の真壁です。
協定に基づく月次報告として、７月分のご意見受付状況をご報告いたします。

　区分　　　　　件数　対応済　対応中
　騒音　　　　　　６　　　５　　　１
　振動　　　　　　２　　　１　　　１
　交通・車両　　　４　　　４　　　０
　粉じん　　　　　１　　　１　　　０
　合計　　　　　１３　　１１　　　２

対応中の２件は、いずれも打設作業の時間帯に関するもので、８月の工程で対策いたします。
詳細は次回の三者協議でご説明いたします。

真壁 亜希子
日の出産業株式会社 美里野工場 総務課 地域渉外係
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "monthly counts to the city, full-width table, nobody identifiable",
    },
    {
        "id": "kinrin-058",
        "sender": KITO,
        "to": [HIWATASHI],
        "subject": "工程表 rev3（近隣合意反映版）",
        "charset": "utf-8",
        "body": """樋渡様

お世話になっております。鬼頭です。
自治会との合意事項（土曜は午前のみ等）を反映した工程表をお送りします。
ご確認のうえ、問題なければ来週の回覧に使います。

鬼頭
""",
        "attachments": [{"kind": "corrupt", "name": "工程表_rev3.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be read",
    },
    {
        "id": "kinrin-059",
        "sender": KITO,
        "to": [HIWATASHI],
        "subject": "FW: 市道新郷３号線 舗装補修工事のお知らせ",
        "charset": "iso-2022-jp",
        "body": """樋渡様

市の道路管理課から下記の連絡がありました。
８月の２日間、工事車両のルートに影響がありますので、工程の確認をお願いします。

鬼頭

-------- 転送メッセージ --------
差出人: 美里野市 道路管理課 <doro-kanri@city.misatono.lg.jp>
件名: 市道新郷３号線 舗装補修工事のお知らせ

日の出産業株式会社 美里野工場 御中

下記のとおり舗装補修工事を行いますので、お知らせいたします。

　路線：市道新郷３号線（若葉町交差点〜新郷東４丁目）
　期間：令和８年８月１８日（火）〜１９日（水）　９時〜１６時
　規制：片側交互通行（大型車の通行は１９日終日不可）

美里野市 建設部 道路管理課　維持係　担当：戸叶
TEL 0493-51-1111（内線３３２）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a city notice: only the city office's business contact",
    },
    {
        "id": "kinrin-060",
        "sender": KITO,
        "to": [HIWATASHI],
        "subject": "FW: 令和８年度 班長一覧（新郷東自治会）",
        "charset": "utf-8",
        "body": """樋渡様

笠置会長から今年度の班長一覧が届きましたので転送します。
お知らせの配布前の声かけに使ってください。

鬼頭

---------- Forwarded message ---------
From: 笠置 勝彦 <katsuhiko.kasagi@gmail.com>
Date: 2026年6月2日(火) 20:41
Subject: 令和８年度 班長一覧（新郷東自治会）
To: 鬼頭 大輔 <kito.daisuke@hinode-sangyo.co.jp>

鬼頭さん

今年度の班長です。工事の件でお手数をかけます。

5班 渋佐 和則　新郷東4-3-11　090-1187-3325
6班 冨樫 すみれ　新郷東3-7-2　080-7740-2291
7班 巴山 孝　下新郷431　0493-52-9036
8班 能勢 千代子　新郷東4-5-2　0493-52-6617
9班 仁平 進　下新郷420-6　070-3316-8840
10班 蓮沼 紀子　新郷東2-9-10　080-4412-7093

笠置
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forward (not a reply) passes six residents' addresses and phones to the contractor",
    },
    {
        "id": "kinrin-061",
        "sender": AIMONO,
        "to": [SESHIMO, SHIOMI],
        "subject": "夏祭りポスター・のぼりのデザイン確認",
        "charset": "utf-8",
        "body": """錦印刷株式会社　瀬下様
北国フーズ株式会社　汐見様

お世話になっております。日の出産業の四十物です。
夏祭りのポスターとのぼりに、北国フーズ様の出店ロゴを入れることになりました。

・汐見様：ロゴデータ（AIまたはPDF）を瀬下様へ直接お送りいただけますか
・瀬下様：ポスター（B2・80枚）、のぼり（6本）の初校を7月17日ごろにお願いします

掲出場所は商工会と自治会にご協力いただき、若葉町の店舗と公民館の掲示板に貼ります。
""" + _sig_b("四十物 玲奈", "広報・ＣＳＲ", "aimono.rena@hinode-sangyo.co.jp"),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To: an ordinary coordination mail",
    },
    {
        "id": "kinrin-062",
        "sender": MAKABE,
        "to": [KASAGI],
        "subject": "Re: 清掃活動の参加者（新郷東分）",
        "charset": "iso-2022-jp",
        "body": """笠置会長様

早速おまとめいただき、ありがとうございます。
新郷東から６名、当社から８名の計１４名で準備いたします。
軍手とごみ袋は人数分より少し多めに用意しておきます。

当日はよろしくお願いいたします。

真壁

笠置 勝彦 wrote:
> 真壁さん
>
> 新郷東の参加者です。
>   巴山 孝　　　090-6621-0873
>   巴山 美津江　090-6621-0874
>   冨樫 すみれ　080-7740-2291
>   仁平 進　　　070-3316-8840
>   能勢 千代子　080-1193-5526
>   渋佐 和則　　090-1187-3325
> 雨の場合の連絡はこちらでします。
> 笠置
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the six phones are only in the chair's own quoted mail; new text has none",
    },
    {
        "id": "kinrin-063",
        "sender": MAKABE,
        "to": [TSUGE],
        "subject": "FW: くい打ち工事の振動について（新郷東の住民の方より）",
        "charset": "utf-8",
        "body": """柘植様

お世話になっております。日の出産業の真壁です。
下記のお申し出がありましたので転送いたします。
振動の大きい作業日を事前にお知らせできるか、ご検討いただけますでしょうか。

---------- 転送 ----------
差出人: 渋佐 和則 <kshibusa.1972@gmail.com>
件名: くい打ち工事の振動について

日の出産業 ご担当者様

新郷東4-3-11の渋佐です。
くい打ちが始まってから家が揺れるほどの振動があり、困っています。
妻が現在妊娠中（８か月）で、揺れのたびにお腹が張ると言っており心配しています。
大きな振動が出る日だけでも事前に教えてもらえないでしょうか。
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a named resident's wife's pregnancy forwarded to the contractor: health information, but is it 要配慮?",
    },
    {
        "id": "kinrin-064",
        "sender": AIMONO,
        "to": [IA],
        "subject": "工場見学会の通訳ボランティア登録について",
        "charset": "utf-8",
        "body": """美里野市国際交流協会
事務局 ご担当者様

いつもお世話になっております。日の出産業 美里野工場の四十物です。
10月の多文化交流工場見学会で、ベトナム語の通訳をお願いする近隣在住の方について、
協会のボランティア保険への登録をお願いしたく、ご本人の情報をお送りします。

　氏名：グエン・ティ・ラン（NGUYEN THI LAN）
　住所：美里野市若葉町6-2 若葉ハイツ203
　電話：070-4821-6659
　在留カード番号：SK48213906HN
　在留期間：2028年3月14日まで

ご本人から協会への提供について同意をいただいております。
よろしくお願いいたします。

四十物 玲奈（広報・ＣＳＲ）
日の出産業株式会社 美里野工場　TEL 0493-52-1100
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a resident's residence card number (在留カード) to an external association",
    },
    {
        "id": "kinrin-065",
        "sender": IOKIBE,
        "to": [AIHARA],
        "subject": "振動計の設置先（住民宅）について",
        "charset": "iso-2022-jp",
        "body": """粟飯原様

お世話になっております。五百旗頭です。
くい打ち期間中の振動計を、東側のお宅の庭先に設置させていただけることになりました。
設置の日程調整は、ご本人と直接お願いいたします。

　設置先：曽我部 清 様
　住所：美里野市新郷東１丁目４番６号
　電話：０４９３−５２−２２６０（日中はご在宅とのことです）
　設置場所：北側の庭（ブロック塀の内側、電源は不要とのこと）

なお、曽我部様とは別件で補償のお話もしておりますので、
測定以外のお話が出た場合は当社へおつなぎください。

五百旗頭
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one resident's name, address and phone to the testing firm: a single record, may warn",
    },
    {
        "id": "kinrin-066",
        "sender": SHUEI,
        "to": ["総務課 地域渉外 <kinrin@hinode-sangyo.co.jp>"],
        "subject": "夜間受付記録（7/17 17:15～7/18 8:30）",
        "charset": "shift_jis",
        "body": """総務課 ご担当者様

正門守衛所です。昨夜の近隣関係の受付記録です。

21:05　電話　宇留野様（新郷東1-3-9　0493-52-3381）
　　　集じん機の音がうるさい → 製造２課 夜勤班長に連絡、21:40 停止確認
23:30　来所　舟生様（若葉町5-8　090-4470-2281）
　　　トラックが若葉町の路上で待機している → 青葉運輸 当直へ連絡、移動済
02:10　電話　匿名（男性）
　　　北門付近に人影 → 巡回、異常なし
05:20　電話　百目鬼様（新郷東2-11-3　090-3385-6120）
　　　正門前でアイドリング → 運転手に注意、構内へ誘導

以上

正門守衛所　当直 森谷
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "night log with residents' phones from the gatehouse (internal subdomain) to an internal address",
    },
    {
        "id": "kinrin-067",
        "sender": MITARAI,
        "to": ["小山 祐二 <koyama.yuji@hinode-sangyou.co.jp>"],
        "subject": "美里野工場 近隣協議会（第３回）議事録",
        "charset": "utf-8",
        "body": """本社 総務部
小山部長

お疲れさまです。美里野工場の御手洗です。
第３回近隣協議会の議事録をお送りします。

■出席：新郷東自治会（会長ほか３名）、下新郷町内会（会長ほか１名）、
　　　　美里野市 環境保全課、当社（工場長、総務課長、施設管理課長）
■主な議題
　1. 7月の苦情受付状況（13件、うち対応中2件）
　2. コンクリート打設の時間延長の事前連絡ルール
　3. 夏祭りの会場提供、防災訓練の合同実施
■次回：9月下旬（工事の進捗と秋以降の工程）

補償の件は協議会の議題とせず、個別に対応しています。

御手洗
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for head office, but the domain is hinode-sangyou.co.jp (a letter added to the own domain)",
    },
    {
        "id": "kinrin-068",
        "sender": AIMONO,
        "to": ["美里野ケーブルテレビ 報道部 <news@misatono-catv.jp>"],
        "subject": "【取材のご案内】新郷ふれあい夏祭り（8月22日）",
        "charset": "iso-2022-jp",
        "body": """美里野ケーブルテレビ
報道部 ご担当者様

いつもお世話になっております。日の出産業 美里野工場 広報担当の四十物でございます。
地元の自治会・町内会と当社が共催する夏祭りについて、取材のご案内をお送りいたします。

　名称：第１２回 新郷ふれあい夏祭り
　日時：８月２２日（土）１６時〜２０時３０分（雨天時は２３日に順延）
　会場：日の出産業 美里野工場　第２駐車場・グラウンド
　内容：盆踊り、模擬店、子ども向け工作教室（当社技術者が講師）、花火（19:50〜）

取材をご希望の場合は、８月１９日までに当方へご連絡ください。
撮影時は、来場者の方のお顔が映らないようご配慮をお願いいたします。

""" + _sig_a("四十物 玲奈", "広報・ＣＳＲ担当", "aimono.rena@hinode-sangyo.co.jp", "118"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "press invitation, no personal data",
    },
    {
        "id": "kinrin-069",
        "sender": KITO,
        "to": [HIWATASHI],
        "cc": [MAKABE],
        "subject": "お詫び訪問先の一覧（打設延長の件）",
        "charset": "iso-2022-jp",
        "body": """樋渡様

お世話になっております。鬼頭です。
先週の打設延長（２２時過ぎまで）の件で、両社でお詫びに伺うお宅の一覧です。
在宅時間はご本人に伺ったものです。明日の打合せで訪問の割り振りを決めましょう。

【１】
世帯主：蔀 和子
住所：新郷東２丁目８番１２号
電話：""" + _fw_jis("090-2754-6618") + """
在宅：平日午後

【２】
世帯主：蓮沼 紀子
住所：新郷東２丁目９番１０号
電話：""" + _fw_jis("080-4412-7093") + """
在宅：平日１８時以降

【３】
世帯主：柿沼 まどか
住所：新郷東２丁目６番１号
電話：""" + _fw_jis("080-9001-3372") + """
在宅：土曜午前

【４】
世帯主：喜屋武 さゆり
住所：新郷東２丁目１１番４号
電話：""" + _fw_jis("090-6621-4407") + """
在宅：平日夕方

【５】
世帯主：百目鬼 律子
住所：新郷東２丁目１１番３号
電話：""" + _fw_jis("090-3385-6120") + """
在宅：終日

【６】
世帯主：宇留野 健二
住所：新郷東１丁目３番９号
電話：""" + _fw_jis("0493-52-3381") + """
在宅：終日

【７】
世帯主：曽我部 清
住所：新郷東１丁目４番６号
電話：""" + _fw_jis("0493-52-2260") + """
在宅：日中

【８】
世帯主：湯ノ上 加奈子
住所：新郷東１丁目７番３号
電話：""" + _fw_jis("080-6230-1148") + """
在宅：平日１９時以降

【９】
世帯主：椎葉 友美
住所：新郷東２丁目７番５号
電話：""" + _fw_jis("080-2219-6634") + """
在宅：土日

鬼頭（施設管理課）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "nine households, one record per block with full-width phone numbers, to the contractor",
    },
    {
        "id": "kinrin-070",
        "sender": MAKABE,
        "to": [SHIOMI],
        "subject": "三者協議用のお弁当のご注文（６/２６）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社　汐見様

いつもお世話になっております。日の出産業の真壁です。
6月26日の三者協議で、お昼をはさむことになりましたので、お弁当をお願いいたします。

・幕の内弁当（KF-B120）　20個
・お茶（500ml）　20本
・お届け：6月26日（金）11:45　新郷東公民館 2階

お支払いは、いつもどおり請求書払いでお願いいたします。
前回の請求書（No. KF-26-04417、登録番号 T7020001073318）は月末に振込済みです。

真壁 亜希子
日の出産業株式会社 美里野工場 総務課　0493-52-1100
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "order mail with an invoice number and the caterer's T-number (a company's 法人番号)",
    },
    {
        "id": "kinrin-071",
        "sender": KITO,
        "to": [KASAGI],
        "subject": "工事期間中の夜間・休日の連絡先について",
        "charset": "shift_jis",
        "body": """笠置会長様

いつもお世話になっております。日の出産業 美里野工場の鬼頭です。
工事期間中、夜間や休日に何かございました際の連絡先を下記のとおりご案内いたします。
（いずれも当社の社用携帯です。回覧に載せていただいても差し支えございません。）

　第一連絡先：施設管理課　鬼頭　　０９０－１２７５－３３０８
　第二連絡先：総務課　　　真壁　　０８０－８８４０－１５２６
　守衛所（２４時間）　　　　　　　０４９３－５２－１１９９

平日の日中は、工場代表（0493-52-1100）へお電話ください。
引き続きよろしくお願いいたします。

鬼頭 大輔
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the factory's own staff business mobiles (meant for the circular) to one gmail recipient",
    },
    {
        "id": "kinrin-072",
        "sender": IOKIBE,
        "to": [TSUJIMURA],
        "subject": "夏祭り会場での傷病事故のご報告（行事保険）",
        "charset": "utf-8",
        "body": """東都損害保険株式会社
辻村様

お世話になっております。日の出産業 美里野工場の五百旗頭です。
8月22日の夏祭りの会場で、来場者の方が体調を崩され救急搬送されましたので、
行事保険の事故報告をいたします。

【被保険者】
　氏名：大豆生田 志保（おおまめうだ しほ）
　生年月日：昭和２７年３月５日
　住所：埼玉県美里野市下新郷３９１番地
　健康保険：美里野市国民健康保険　記号 埼１２　番号 ３４５６７８

【事故の状況】
　19時10分ごろ、盆踊りの輪の近くでうずくまっておられるのを係員が発見。
　救護テントで応急手当の後、救急車で美里野中央病院へ搬送。
　診断：熱中症（Ⅱ度）。点滴治療を受け、同日帰宅。
　ご家族によると高血圧で通院中とのこと。

診断書はご本人から取り寄せ中です。必要書類をお知らせください。

五百旗頭 聡
日の出産業株式会社 美里野工場 安全環境課　TEL 0493-52-1100（内線260）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named resident's diagnosis and health insurance number to an insurer",
    },
    {
        "id": "kinrin-073",
        "sender": AIMONO,
        "to": [DOUMEKI],
        "subject": "夏祭りのお礼とお見舞い",
        "charset": "iso-2022-jp",
        "body": """百目鬼様

先日の夏祭りでは、受付と模擬店のお手伝いを本当にありがとうございました。

会場で体調を崩された方がいらっしゃったと伺い、私どもも心配しております。
その後、ご回復されたとのことで安堵いたしました。
来年は救護テントを増やし、休憩所に冷房付きのテントを用意するなど、
暑さ対策をさらに強化してまいります。

また何かお気づきの点がございましたら、お聞かせください。

四十物 玲奈
日の出産業株式会社 美里野工場 広報・ＣＳＲ担当
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "mentions that someone fell ill without identifying them; one free-mail recipient",
    },
    {
        "id": "kinrin-074",
        "sender": MITARAI,
        "to": [AMAKASU],
        "subject": "【取扱注意】住民からの損害賠償請求への対応について",
        "charset": "iso-2022-jp",
        "body": """取扱注意（社内関係者及び顧問弁護士限り）

白川法律事務所
甘糟先生

お世話になっております。日の出産業 美里野工場の御手洗です。
先日ご相談した件につき、相手方（以下「Ａ氏」）から内容証明郵便が届きました。

・請求額：外壁補修費 ２８０万円、慰謝料 １００万円
・回答期限：９月１５日
・Ａ氏は市議会議員にも相談しているとのこと

当社としては、事後調査の結果に基づく補修費のみ負担し、慰謝料には応じない方針です。
来週、ご面談のお時間をいただけますでしょうか。

御手洗 浩一
日の出産業株式会社 美里野工場 総務課長
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 取扱注意 (subject and first line), going to an external law firm",
    },
    {
        "id": "kinrin-075",
        "sender": IOKIBE,
        "to": [AMAKASU],
        "subject": "騒音規制法の規制基準に関するご質問",
        "charset": "utf-8",
        "body": """白川法律事務所
甘糟先生

いつもお世話になっております。安全環境課の五百旗頭です。
一般論として教えていただきたい点がございます。

1. 特定建設作業の規制基準（敷地境界で85dB）を下回っていても、
   受忍限度を超えるとして損害賠償が認められることはあるのでしょうか。
2. その場合、裁判所はどのような要素（時間帯、期間、地域性、事前説明の有無など）を
   考慮するのが一般的でしょうか。

住民の方々への説明の仕方を検討するための参考として伺いたく存じます。
お手すきの際にご教示いただけますと幸いです。
""" + _sig_a("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp", "260") + _DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general legal question with the standard disclaimer; no one is identified",
    },
]

MESSAGES += [
    {
        "id": "kinrin-076",
        "sender": MAKABE,
        "to": [KASAGI],
        "subject": "Re: 説明会資料の回覧について",
        "charset": "utf-8",
        "body": """笠置会長様

お問い合わせありがとうございます。真壁です。
説明会でお配りした資料は、社外秘扱いの資料ではございませんので、
自治会の回覧や掲示板への掲示にお使いいただいて差し支えございません。
念のため、最新版（工程の一部を修正したもの）をＰＤＦでお送りいたします。

ご欠席の方から質問があれば、私あてにいつでもご連絡ください。

真壁 亜希子
日の出産業株式会社 美里野工場 総務課 地域渉外係
TEL 0493-52-1100（内線215）

> 真壁さん
> 説明会の資料ですが、出られなかった人にも回覧してよいものでしょうか。
> 会社の資料なので確認させてください。
> 笠置
""",
        "attachments": [{
            "kind": "pdf",
            "name": "住民説明会資料_改訂版.pdf",
            "title": "新倉庫増築工事 住民説明会資料",
            "lines": [
                "新倉庫増築工事　住民説明会資料（改訂版）",
                "１．工事概要：鉄骨造２階建て倉庫　延床面積 約4,800㎡",
                "２．工期：令和８年６月２２日～令和９年１月２９日",
                "３．作業時間：平日 8:00～18:00、土曜 9:00～12:00（くい打ち等は行わない）",
                "４．工事車両：北門から出入り。通学時間帯（7:20～8:20）は市道新郷３号線を通行しない",
                "５．騒音・振動対策：低騒音型機械、仮囲い防音シート、敷地境界での定期測定",
                "６．お問い合わせ：日の出産業 美里野工場 総務課　0493-52-1100",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the word 社外秘 appears only to say the document is not one; no marking on the PDF",
    },
    {
        "id": "kinrin-077",
        "sender": AIMONO,
        "to": [SHIOMI],
        "subject": "模擬店メニュー表（自治会出店分）",
        "charset": "shift_jis",
        "body": """汐見様

お世話になっております。四十物です。
自治会出店分の材料を北国フーズ様から仕入れたいとのことで、
メニューと数量の一覧（Excel 97-2003形式）を添付します。
自治会のパソコンが古いため、この形式でやりとりさせてください。

よろしくお願いいたします。
四十物
""",
        "attachments": [{
            "kind": "xls",
            "name": "模擬店メニュー_自治会.xls",
            "sheets": {
                "メニュー": [
                    ["品名", "販売価格", "予定数", "仕入品コード", "仕入単価"],
                    ["焼きそば", 300, 250, "KF-6012", 95],
                    ["かき氷", 200, 400, "KF-7730", 40],
                    ["フライドポテト", 250, 300, "KF-2231", 70],
                    ["ラムネ", 150, 360, "KF-9105", 62],
                ],
                "備考": [["搬入日", "8月21日 夕方"], ["保管", "工場食堂の冷凍庫を借用"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS menu and prices to a partner; no people",
    },
    {
        "id": "kinrin-078",
        "sender": KITO,
        "to": [HIWATASHI],
        "subject": "RE: 夜間打設の中止について",
        "charset": "shift_jis",
        "body": """樋渡様

ご対応いただきありがとうございます。鬼頭です。
打設の開始時刻を７時半に前倒しする案で了解しました。
自治会長には当社から連絡しておきます。

鬼頭

差出人: 樋渡 剛 <hiwatashi@maruei-kensetsu.co.jp>
送信日時: 2026年6月12日 17:48
宛先: 鬼頭 大輔 <kito.daisuke@hinode-sangyo.co.jp>
件名: 夜間打設の中止について

鬼頭様

お世話になっております。丸栄建設の樋渡です。
真壁様から転送いただいた蔀 和子様（新郷東２丁目８番１２号）の件、
不眠症で心療内科に通院されているとのことで、社内で協議しました。
今後、18時を超える打設は行わないこととし、打設量を２日に分けます。
開始時刻を７時半に前倒ししてよいか、自治会にご確認いただけますでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the resident's diagnosis appears only in the contractor's own quoted mail (差出人/送信日時 block)",
    },
    {
        "id": "kinrin-079",
        "sender": IOKIBE,
        "to": ["宇留野 健二 <k.uruno55@gmail.com>", "柿沼 まどか <madoka.kakinuma@gmail.com>", "鍋谷 公平 <nabeya.k@outlook.jp>"],
        "subject": "騒音モニター（第２四半期）ご協力のお願い",
        "charset": "iso-2022-jp",
        "body": """騒音モニターの皆様

いつもご協力いただき、ありがとうございます。
日の出産業 美里野工場 安全環境課の五百旗頭でございます。

第２四半期（７月〜９月）も引き続き、騒音モニターをお願いできますでしょうか。
記録用紙は来週、ご自宅のポストにお届けいたします。

　・記録していただくこと：気になった音の日時、音の種類、聞こえ方（５段階）
　・提出：毎月末に回収に伺います
　・謝礼：１か月あたり５，０００円（四半期ごとにお支払い）

ご継続いただける場合は、このメールにご返信ください。
""" + _sig_a("五百旗頭 聡", "安全環境課", "iokibe.satoshi@hinode-sangyo.co.jp", "260"),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private persons (gmail ×2, outlook.jp) can see each other's addresses in To",
    },
    {
        "id": "kinrin-080",
        "sender": MAKABE,
        "to": [SUGOU],
        "subject": "市へ直接寄せられたご意見への対応状況",
        "charset": "utf-8",
        "body": """菅生様

お世話になっております。日の出産業の真壁です。
市の窓口にお電話があったと伺った件につき、当社の対応状況をご報告します。

お申出人：舟生 理沙 様（美里野市若葉町5-8）
内容：深夜（0時～2時ごろ）に、若葉町の市道でトラックが入構待ちをしている
対応：
 ・青葉運輸に、22時以降の到着便は構内の第2駐車場へ直接入るよう指示（7/20～）
 ・守衛による若葉町側の巡回を1日2回追加
 ・7/27に舟生様宅を訪問し、状況をご説明済み

今後も同様の件があればお知らせください。

真壁 亜希子（総務課 地域渉外係）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one complainant's name and address to the city office: a single record, may warn",
    },
    {
        "id": "kinrin-081",
        "sender": KITO,
        "to": [KASAGI],
        "subject": "三者協議でご説明するスライド",
        "charset": "utf-8",
        "body": """笠置会長様

お世話になっております。鬼頭です。
明日の三者協議でご説明するスライドを事前にお送りします。
お目通しいただき、住民の皆様にわかりにくい点があればご指摘ください。

鬼頭 大輔
日の出産業株式会社 美里野工場 施設管理課
""",
        "attachments": [{
            "kind": "pptx",
            "name": "三者協議_工事進捗説明.pptx",
            "title": "倉庫増築工事 進捗説明",
            "slides": [
                ["倉庫増築工事の進捗", "令和８年７月", "日の出産業株式会社 美里野工場"],
                ["工事の進み具合", "くい打ち：７月２４日に完了", "基礎工事：８月上旬～９月中旬", "鉄骨建方：１０月～"],
                ["ご意見への対応", "打設は18時までに終了", "土曜は午前のみ・重機は軽作業のみ", "北門前の誘導員を１名増員"],
                ["今後の測定予定", "第２回 騒音・振動測定：８月２０日", "結果は回覧でお知らせします"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "PPTX progress slides to one gmail recipient; no personal data",
    },
    {
        "id": "kinrin-082",
        "sender": MITARAI,
        "to": [SHOKOKAI],
        "subject": "近隣協議会の構成について（商工会からのご参加のお願い）",
        "charset": "iso-2022-jp",
        "body": """美里野商工会
事務局　溝口様

お世話になっております。日の出産業 美里野工場の御手洗です。
先日お話しした近隣協議会に、若葉町の商店の皆様の声を届けていただくため、
商工会からもご参加いただけないかと考えております。
現在の構成を添付いたしますので、ご検討いただけますと幸いです。

御手洗 浩一
日の出産業株式会社 美里野工場 総務課長　TEL 0493-52-1100
""",
        "attachments": [{
            "kind": "docx",
            "name": "近隣協議会_構成.docx",
            "title": "近隣協議会の構成",
            "paragraphs": ["日の出産業 美里野工場 近隣協議会の構成（令和８年度）", "開催：年４回（６月・９月・１２月・３月）"],
            "tables": [[
                ["区分", "団体", "役職"],
                ["地域", "新郷東自治会", "会長、副会長、環境部長"],
                ["地域", "下新郷町内会", "会長、副会長"],
                ["行政", "美里野市 環境保全課", "公害係長"],
                ["学校", "美里野市立新郷小学校", "教頭、PTA会長"],
                ["事業者", "日の出産業株式会社 美里野工場", "工場長、総務課長、施設管理課長"],
                ["（依頼中）", "美里野商工会", "事務局長または若葉町部会長"],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a DOCX of member organisations and positions, no individuals' data",
    },
    {
        "id": "kinrin-083",
        "sender": MAKABE,
        "to": [SHOJI],
        "subject": "近隣協議会 委員連絡先（工場長控え）",
        "charset": "utf-8",
        "body": """工場長

協議会委員の連絡先一覧をお送りします。
前回、夜間に会長と連絡がつかなかったことがありましたので、控えとしてお持ちください。

真壁
""",
        "attachments": [{
            "kind": "docx",
            "name": "近隣協議会_委員連絡先.docx",
            "title": "近隣協議会 委員連絡先",
            "page_header": "社外秘",
            "paragraphs": ["近隣協議会 委員連絡先（令和８年度）"],
            "tables": [[
                ["団体・役職", "氏名", "住所", "電話", "メール"],
                ["新郷東 会長", "笠置 勝彦", "美里野市新郷東1-2-5", "090-3318-5520", "katsuhiko.kasagi@gmail.com"],
                ["新郷東 副会長", "百目鬼 律子", "美里野市新郷東2-11-3", "090-3385-6120", "doumeki.ritsuko@yahoo.co.jp"],
                ["新郷東 環境部長", "柿沼 まどか", "美里野市新郷東2-6-1", "080-9001-3372", "madoka.kakinuma@gmail.com"],
                ["下新郷 会長", "雲母 登", "美里野市下新郷388", "080-6674-2019", "kira-noboru@docomo.ne.jp"],
                ["下新郷 副会長", "小代 武", "美里野市下新郷398", "0493-52-7705", "―"],
                ["新郷小 PTA会長", "椎葉 友美", "美里野市新郷東2-7-5", "080-2219-6634", "t.shiiba@ezweb.ne.jp"],
                ["新郷東 会計", "羽賀 美代子", "美里野市新郷東1-9-14", "080-2231-7790", "miyo.haga@icloud.com"],
                ["下新郷 会計", "鍋谷 公平", "美里野市下新郷412-2", "080-3345-9912", "nabeya.k@outlook.jp"],
            ]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "a 社外秘 DOCX of eight members' contacts, sent only to the internal plant manager",
    },
    {
        "id": "kinrin-084",
        "sender": AIMONO,
        "to": [IA],
        "subject": "姉妹都市訪問団の工場見学（10月15日）について",
        "charset": "utf-8",
        "body": """美里野市国際交流協会
事務局 ご担当者様

いつもお世話になっております。日の出産業 美里野工場の四十物です。
姉妹都市からの訪問団（12名）の工場見学について、以下のとおり受け入れ準備を進めております。

・日時：10月15日（木）13:30～15:00
・入構手続き：当日、正門で人数確認のうえ入構証をお渡しします
・本人確認：念のため、パスポートまたは身分証明書をご持参いただくようお伝えください
  （番号の控えは取りませんので、事前の送付は不要です）
・写真撮影：工場内は撮影禁止、見学後に正門前で記念撮影ができます

通訳は協会でご手配いただけると伺っております。ご不明点がございましたらお知らせください。

四十物 玲奈（広報・ＣＳＲ）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions passports in general (bring one), no document numbers",
    },
    {
        "id": "kinrin-085",
        "sender": AIMONO,
        "to": [KASAGI],
        "subject": "夏祭り 協賛企業の一覧",
        "charset": "shift_jis",
        "body": """笠置会長様

お世話になっております。四十物です。
夏祭りのパンフレットに掲載する協賛企業の一覧です（タブ区切りでお送りします）。
表記に誤りがないか、ご確認をお願いいたします。

会社名\t代表電話\t所在地
有限会社 新郷自動車整備\t0493-52-2288\t美里野市新郷東4-10-1
株式会社 若葉建材\t0493-52-4100\t美里野市若葉町7-3
みさとの信用金庫 新郷支店\t0493-52-0505\t美里野市新郷東4-1-9
丸栄建設株式会社 美里野作業所\t0493-52-8870\t美里野市新郷77 日の出産業構内
青葉運輸株式会社 北関東営業所\t0493-53-6600\t美里野市大字高坂1120
北国フーズ株式会社 埼玉営業所\t048-668-3300\tさいたま市北区宮原町2-51-8

四十物
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "tab-separated list of sponsoring companies with switchboards: businesses, not people",
    },
    {
        "id": "kinrin-086",
        "sender": "Satoshi Iokibe <iokibe.satoshi@hinode-sangyo.co.jp>",
        "to": [BRANDT],
        "cc": ["川崎電機 技術部 丹治 <tanji@kawasaki-denki.co.jp>"],
        "subject": "Installation schedule for KA-S silencers (PO 4500-1187)",
        "charset": "utf-8",
        "body": """Dear Mr. Brandt,

Thank you for confirming the shipment. I am copying Mr. Tanji of Kawasaki Denki, who
will install the silencers on the dust-collector fans they supplied.

Proposed schedule:
  - 5 Oct: delivery to the plant (north gate, before 10:00 because of school traffic)
  - 6-7 Oct: installation on Fan 1 and Fan 2 by Kawasaki Denki
  - 8 Oct: acceptance test, night-time measurement at the east boundary

Could you please send the anchor-bolt drawing and the flange details directly to
Mr. Tanji? We have promised the neighbours a quieter night by mid-October.
""" + _sig_en("Satoshi Iokibe", "Safety & Environment Section", "iokibe.satoshi@hinode-sangyo.co.jp"),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "English mail to a vendor with a partner in Cc: two organisations, normal",
    },
    {
        "id": "kinrin-087",
        "sender": MAKABE,
        "to": [SUGOU],
        "subject": "三者協議（第２回）議事録の送付",
        "charset": "iso-2022-jp",
        "body": """菅生様

お世話になっております。日の出産業の真壁です。
第２回三者協議の議事録をお送りいたします。
発言者のお名前が含まれるため、ＺＩＰにパスワードを設定しております。
パスワードは別メールにてお送りいたします。

真壁 亜希子
日の出産業株式会社 美里野工場 総務課 地域渉外係
""",
        "attachments": [{
            "kind": "zip",
            "name": "三者協議_議事録_0728.zip",
            "password": "Kj7#mR2q",
            "files": [{
                "kind": "docx",
                "name": "三者協議_議事録_0728.docx",
                "paragraphs": ["第２回 三者協議 議事録", "日時：令和８年７月２８日 15:00～16:30",
                               "出席：笠置 勝彦（新郷東自治会長）、雲母 登（下新郷町内会長）、菅生（市）、当社３名"],
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
    },
    {
        "id": "kinrin-088",
        "sender": MAKABE,
        "to": [SUGOU],
        "subject": "【パスワード】三者協議（第２回）議事録の送付",
        "charset": "iso-2022-jp",
        "body": """菅生様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　パスワード：Kj7#mR2q

よろしくお願いいたします。

真壁
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the follow-up password mail: no attachment, no personal data",
    },
    {
        "id": "kinrin-089",
        "sender": KITO,
        "to": [HIWATASHI],
        "subject": "９月１９日の作業について（ご配慮のお願い）",
        "charset": "utf-8",
        "body": """樋渡様

お世話になっております。鬼頭です。
９月１９日（土）の作業について、ご配慮をお願いしたくご連絡します。

北側隣地の 善知鳥 典子 様（新郷東１丁目２番１１号）から、当日ご自宅で
ご主人の七回忌の法要を営まれると伺いました。善知鳥様は常福寺の檀家総代を
務めておられ、ご住職と檀家の方が３０名ほど集まられるそうです。

つきましては、当日は土曜の午前作業も取りやめ、休工としていただけますでしょうか。
北側市道への資材の仮置きもしないようお願いいたします。

鬼頭（施設管理課）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named neighbour's religious affiliation (temple 檀家総代, Buddhist memorial) to the contractor",
    },
    {
        "id": "kinrin-090",
        "sender": AIMONO,
        "to": [BUS],
        "subject": "見学会当日のバス運行について",
        "charset": "shift_jis",
        "body": """美里野交通 貸切営業所
三枝様

お世話になっております。日の出産業の四十物です。
７月２５日の見学会のバス運行について、最終の行程をお送りします。

　 9:00　下新郷バス停 発
　 9:10　新郷東公民館 発
　 9:20　若葉町集会所 発
　 9:35　日の出産業 美里野工場 着（正門から入構、構内ロータリーで降車）
　12:00　工場 発（往路と逆回り）

リフト付き車両のご手配、ありがとうございました。乗降場所の地図を添付します。

四十物
""",
        "attachments": [{"kind": "png", "name": "乗降場所.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bus timetable with pick-up points, no personal data",
    },
    {
        "id": "kinrin-091",
        "sender": MINAI,
        "to": [NAKAGOME],
        "subject": "総合振込のご依頼（騒音モニター謝礼　８月分）",
        "charset": "utf-8",
        "body": """みどり銀行 美里野支店
法人営業課　中込様

いつもお世話になっております。日の出産業 美里野工場 経理課の薬袋です。
インターネットバンキングの承認者が不在のため、今回は下記の振込を書面扱いで
お願いしたく、明細を先にメールでお送りします。依頼書原本は本日中にお届けします。

振込指定日：令和８年９月１０日

　受取人　　　　　金融機関・支店　　　　　　　種別　口座番号　　金額
　――――――　　―――――――――――――　――　――――　――――
　宇留野　健二　　みどり銀行　美里野支店　　　普通　３０４８８１７　１５，０００
　柿沼　まどか　　みどり銀行　新郷出張所　　　普通　５５１２０９３　１５，０００
　鍋谷　公平　　　美里野農協　新郷支店　　　　普通　０７７２３４１　１５，０００
　芦刈　昭二　　　さいたま中央信金　本店　　　普通　１１９０４５６　１５，０００
　真玉橋　勲　　　みどり銀行　美里野支店　　　普通　２６６０１３８　１５，０００
　舟生　理沙　　　ゆうちょ銀行　〇一八店　　　普通　４４０２９７１　１５，０００

合計　９０，０００円（手数料は当社負担）

薬袋 文香
日の出産業株式会社 美里野工場 経理課　TEL 0493-52-1100（内線142）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "six residents' bank accounts in a full-width padded table to an external bank",
    },
    {
        "id": "kinrin-092",
        "sender": MINAI,
        "to": [NAKAGOME],
        "subject": "Re: 振込不能のご連絡について（１件）",
        "charset": "iso-2022-jp",
        "body": """中込様

ご連絡ありがとうございます。薬袋です。
口座番号の誤りで不能となった１件につき、ご本人に確認した正しい口座は下記のとおりです。
再振込の手続きをお願いいたします。

　受取人：シイバ　トモミ（椎葉 友美）
　みどり銀行　新郷出張所　普通　６０３８２１９
　金額：１５，０００円

お手数をおかけいたしますが、よろしくお願いいたします。

薬袋 文香
日の出産業株式会社 美里野工場 経理課

> ９月１０日付のお振込のうち、シイバ トモミ様あての１件が
> 口座相違のため振込不能となりました。
> みどり銀行 美里野支店 中込
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one resident's bank account to the bank that asked: a single record, may warn",
    },
    {
        "id": "kinrin-093",
        "sender": KITO,
        "to": [KASAGI, "笠置 陽子 <kasagi.yoko@gmail.com>", HIWATASHI],
        "subject": "ご自宅前の仮設電柱の移設について",
        "charset": "utf-8",
        "body": """笠置様ご夫妻
丸栄建設　樋渡様

お世話になっております。日の出産業の鬼頭です。
ご自宅前の仮設電柱について、車の出し入れの邪魔になるとのご指摘をいただき、
丸栄建設さんと協議の結果、２ｍほど北側へ移設することになりました。

移設日：８月４日（火）午前中（１時間ほど停電はありません）
立会い：樋渡様が９時にご挨拶に伺います

奥様からもご連絡をいただいておりましたので、お二人あてにお送りしております。

鬼頭 大輔
日の出産業株式会社 美里野工場 施設管理課
""",
        "expect": "either",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "a married couple (two gmail addresses, one household) and the contractor visible in To: two or three parties?",
    },
    {
        "id": "kinrin-094",
        "sender": "Satoshi Iokibe <iokibe.satoshi@hinode-sangyo.co.jp>",
        "to": [BRANDT],
        "subject": "Re: Night-time measurement results after installation",
        "charset": "utf-8",
        "body": """Dear Jonas,

Many thanks for the quick analysis. We agree that the remaining peak at 125 Hz comes
from the duct casing and not from the silencer itself; we will ask Kawasaki Denki to add
the lagging you recommend. The residents' association has already told us that the
nights are much quieter, which is the best acceptance test we could have.

Best regards,
Satoshi

On Mon, 12 Oct 2026 at 16:05, Jonas Brandt <j.brandt@kessler-akustik.de> wrote:
> Dear Satoshi,
>
> the measurement at the east boundary shows 41 dB(A) at night, down from 52 dB(A).
> The remaining tonal component at 125 Hz is radiated by the casing upstream of the
> silencer. We recommend 50 mm mineral-wool lagging with a 1 mm steel jacket.
>
> Kind regards,
> Jonas Brandt
> Kessler Akustik GmbH, Application Engineering
> +49 711 555 0192
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply with the vendor's quoted mail; no personal data",
    },
    {
        "id": "kinrin-095",
        "sender": "Satoshi Iokibe <iokibe.satoshi@hinode-sangyo.co.jp>",
        "to": [OYELARAN],
        "subject": "Re: ISO 14001 audit - open complaints",
        "charset": "utf-8",
        "body": """Dear Ms. Oyelaran,

As requested, here are the three complaints that were still open at the end of the
audit day, with the contact details we hold so that you can sample our follow-up.
The residents agreed that the auditor may call them.

1. Name: Kiyoshi Sogabe
   Address: 1-4-6 Shingo-higashi, Misatono-shi, Saitama
   Phone: 0493-52-2260
   Issue: cracks in the outer wall attributed to piling (claim under negotiation)

2. Name: Shigeru Godo
   Address: 405 Shimo-shingo, Misatono-shi, Saitama
   Phone: 0493-52-6128
   Issue: dust from earthworks

3. Name: Risa Funyu
   Address: 5-8 Wakaba-cho, Misatono-shi, Saitama
   Phone: 090-4470-2281
   Issue: trucks waiting on the street at night
""" + _sig_en("Satoshi Iokibe", "Safety & Environment Section", "iokibe.satoshi@hinode-sangyo.co.jp"),
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three residents' romaji names, addresses and phones to an auditor: under five records, may warn",
    },
    {
        "id": "kinrin-096",
        "sender": MITARAI,
        "to": [SHOJI],
        "cc": ["法務室 <houmu@hinode-sangyo.co.jp>"],
        "subject": "曽我部様との補償交渉の経過（最終）",
        "charset": "iso-2022-jp",
        "body": """工場長

御手洗です。曽我部様との交渉経過をまとめた資料を添付します。
先生からのご助言を反映した最終版です。

御手洗
""",
        "attachments": [{
            "kind": "docx",
            "name": "補償交渉経過_曽我部様.docx",
            "title": "補償交渉経過",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 美里野工場 総務課",
            "paragraphs": [
                "補償交渉経過（曽我部 清 様　美里野市新郷東1-4-6）",
                "6/29　外壁ひび割れのお申し出（電話）",
                "7/10　事後家屋調査（丸栄建設と共同）",
                "8/21　内容証明郵便の受領（補修費280万円、慰謝料100万円）",
                "9/12　補修費 96万円で合意、慰謝料は請求取下げ",
                "9/30　合意書締結、補修工事は10月中旬に丸栄建設が実施",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "a 社外秘-stamped document, but all recipients are internal",
    },
    {
        "id": "kinrin-097",
        "sender": SHOJI,
        "to": [KIRA],
        "subject": "年末のご挨拶",
        "charset": "iso-2022-jp",
        "body": """下新郷町内会
会長　雲母 登 様

師走の候、ますますご清祥のこととお慶び申し上げます。
日の出産業 美里野工場 工場長の東海林でございます。

本年は倉庫増築工事に伴い、騒音や工事車両の通行などで町内の皆様には
多大なるご迷惑とご心配をおかけいたしました。それにもかかわらず、
夏祭りや防災訓練では変わらぬご協力を賜り、心より御礼申し上げます。

新倉庫は来年１月末に完成の予定です。完成後には見学会を開き、
皆様に中をご覧いただければと考えております。

来年も変わらぬご厚誼を賜りますよう、よろしくお願い申し上げます。

日の出産業株式会社 美里野工場
工場長　東海林 正臣
""" + _DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "year-end greeting with the standard disclaimer to one carrier-mail recipient",
    },
    {
        "id": "kinrin-098",
        "sender": AIMONO,
        "to": [SESHIMO],
        "subject": "完成見学会の招待状　宛名ラベル印刷のお願い（事業所分）",
        "charset": "shift_jis",
        "body": """瀬下様

お世話になっております。四十物です。
倉庫完成見学会の招待状のうち、地元の事業所あての分の宛名ラベル印刷をお願いします。
宛先リストを CSV で添付いたします（全１２件、すべて事業所です）。
住民の皆様あての分は、自治会の回覧でご案内するため不要です。

四十物
""",
        "attachments": [{
            "kind": "csv",
            "name": "宛名_事業所.csv",
            "encoding": "cp932",
            "rows": [
                ["郵便番号", "住所", "宛名", "電話"],
                ["355-0345", "埼玉県美里野市新郷東4-10-1", "有限会社 新郷自動車整備 御中", "0493-52-2288"],
                ["355-0347", "埼玉県美里野市若葉町7-3", "株式会社 若葉建材 御中", "0493-52-4100"],
                ["355-0345", "埼玉県美里野市新郷東4-1-9", "みさとの信用金庫 新郷支店 御中", "0493-52-0505"],
                ["355-0347", "埼玉県美里野市若葉町2-1", "若葉ベーカリー 御中", "0493-52-3140"],
                ["355-0347", "埼玉県美里野市若葉町3-5", "はしもと歯科医院 御中", "0493-52-7712"],
                ["355-0345", "埼玉県美里野市新郷東4-2-1", "新郷郵便局 御中", "0493-52-0100"],
                ["355-0347", "埼玉県美里野市若葉町3-7", "若葉調剤薬局 御中", "0493-52-7730"],
                ["355-0347", "埼玉県美里野市若葉町4-2", "まるや酒店 御中", "0493-52-1834"],
                ["355-0345", "埼玉県美里野市新郷東4-6", "JA美里野 新郷支店 御中", "0493-52-2011"],
                ["355-0342", "埼玉県美里野市新郷81", "美里野市立新郷小学校 御中", "0493-52-0221"],
                ["355-0343", "埼玉県美里野市下新郷500", "下新郷保育園 御中", "0493-52-5560"],
                ["355-0345", "埼玉県美里野市新郷東4-9", "新郷東公民館 御中", "0493-52-3001"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CP932 CSV of twelve business addressees (shops, school, post office): not a list of people",
    },
    {
        "id": "kinrin-099",
        "sender": AIMONO,
        "to": [SESHIMO],
        "subject": "Re: 宛名ラベル（住民分）について",
        "charset": "utf-8",
        "body": """瀬下様

ご提案ありがとうございます。四十物です。
住民の皆様あての招待状は、自治会の名簿をお預かりしている関係で
当社の社内で宛名を印字することにいたしましたので、ラベル用紙のみ納品をお願いできますか。

　ラベル用紙：A4 12面（マット紙）　10シート入り × 60冊
　納品：12月18日まで

お見積りをいただけましたら発注書をお送りします。

四十物

> 住民の方あての招待状も、名簿をいただければ弊社で宛名ラベルまで
> 印刷いたしますが、いかがいたしましょうか。
> 錦印刷 瀬下
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "declines to send the residents' roster; order for blank labels only",
    },
    {
        "id": "kinrin-100",
        "sender": MAKABE,
        "to": [TSUGE],
        "subject": "FW: 休日作業に関する苦情（6件）のまとめ",
        "charset": "utf-8",
        "body": """柘植様

お世話になっております。真壁です。
先週末の休日作業について、社内でまとめた苦情の一覧を添付のメールごと転送します。
どの作業が原因か、現場の日報と照らし合わせていただけますでしょうか。

真壁
""",
        "attachments": [{
            "kind": "eml",
            "name": "休日作業に関する苦情まとめ.eml",
            "message": {
                "sender": SHUEI,
                "to": ["総務課 地域渉外 <kinrin@hinode-sangyo.co.jp>"],
                "subject": "休日作業に関する苦情まとめ（9/5～9/6）",
                "charset": "iso-2022-jp",
                "body": """総務課 ご担当者様

正門守衛所です。９月５日（土）～６日（日）に受けた苦情をまとめました。

１．９/５　 9:40　宇留野 健二 様（新郷東1-3-9、0493-52-3381）　鉄骨の搬入音
２．９/５　10:15　柿沼 まどか 様（新郷東2-6-1、080-9001-3372）　クレーンの警報音
３．９/５　11:50　喜屋武 さゆり 様（新郷東2-11-4、090-6621-4407）　北門の誘導員の笛
４．９/５　13:05　蓮沼 紀子 様（新郷東2-9-10、080-4412-7093）　午後も作業している
５．９/６　 8:30　椎葉 友美 様（新郷東2-7-5、080-2219-6634）　日曜なのに発電機の音
６．９/６　 9:10　百目鬼 律子 様（新郷東2-11-3、090-3385-6120）　日曜の作業について

以上
正門守衛所
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an attached internal mail (message/rfc822) listing six complainants with addresses and phones, sent to the contractor",
    },
]
