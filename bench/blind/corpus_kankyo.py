"""Blind evaluation corpus — AREA kankyo (環境管理・ISO 14001 at a factory).

Mail of 日の出産業株式会社 みなみ台工場's 環境管理課 / ISO 事務局 / 総務: 産業廃棄物の委託と
マニフェスト, 環境測定 (排水・騒音・ばい煙・作業環境), 行政への届出, 近隣住民からの苦情,
審査機関とのやり取り.  Every person, company, number and address in it is invented.  It was
written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading mailguard's code, rules or tests.
"""

import random

from build import card_number, my_number

SEED = 35601
R = random.Random(SEED)

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """ASCII digits and hyphens to full width, as some people type them."""
    return s.translate(_FW)


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) over a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def mobile() -> str:
    return f"0{R.choice('789')}0-{R.randrange(1000, 10000)}-{R.randrange(1000, 10000)}"


def landline() -> str:
    return f"0282-{R.randrange(20, 70)}-{R.randrange(1000, 10000)}"


MN = [my_number(SEED + k) for k in range(4)]
CARD = [card_number(SEED + k) for k in range(2)]

HINODE = "hinode-sangyo.co.jp"
FACTORY = "日の出産業株式会社 みなみ台工場"

SIG_MIYAUCHI = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 みなみ台工場
環境管理課　宮内 沙織（Miyauchi Saori）
〒329-0215 栃木県みなみ台市北原工業団地12番地
TEL 0282-45-1180（代表）／内線 2314
E-mail miyauchi.saori@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_JINBO = """
--
日の出産業株式会社
みなみ台工場 環境管理課 課長
神保 隆之
TEL: 0282-45-1180 (代) 内線2301 / FAX: 0282-45-1189
jinbo.takayuki@hinode-sangyo.co.jp"""

SIG_OTSUKI = """
----------------------------------------
大槻 翔 / Sho Otsuki
日の出産業(株) みなみ台工場 環境管理課
〒329-0215 栃木県みなみ台市北原工業団地12番地
Tel 0282-45-1180  Ext.2317
----------------------------------------"""

SIG_SHOJI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　品質環境保証部
ISO事務局　東海林 健
TEL 03-5820-4471（本社直通）
shoji.ken@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_NIKAIDO = """
─────────────────
日の出産業株式会社 みなみ台工場
総務課　二階堂 恵
TEL 0282-45-1180（代） 内線2105
─────────────────"""

SIG_KAMOSHIDA = """
日の出産業株式会社 みなみ台工場 施設課
鴨志田 勝
内線 2450 ／ 0282-45-1180（代表）"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = []

# ---------------------------------------------------------------------------- 001–020
MESSAGES += [
    {
        "id": "kankyo-001",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["近藤 様 <kondo.yusuke@aoba-unyu.co.jp>"],
        "subject": "産業廃棄物収集運搬委託契約の更新について（みなみ台工場）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
営業部　近藤様

いつもお世話になっております。
日の出産業みなみ台工場 環境管理課の宮内です。

現行の収集運搬委託契約（契約番号 HS-MN-2023-014）が2026年3月31日で満了となりますため、
更新の手続きをお願いしたく、ご連絡いたしました。

つきましては、以下の書類をご用意いただけますでしょうか。
　1. 産業廃棄物収集運搬業許可証の写し（最新のもの）
　　 当方控え：栃木県 許可番号 第00920112847号（有効期限 2027年8月15日）
　　 　　　　　みなみ台市 許可番号 第12220034519号（有効期限 2026年11月30日）
　2. 運搬品目・単価表（廃プラスチック類、汚泥、金属くず、廃油）
　3. 車両一覧（積載量・車両番号）

許可の更新時期が近い市の許可については、更新後の許可証も追ってお送りください。
契約書案は当方で作成し、2月中旬にお送りする予定です。

よろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal with the known hauler; permit and contract numbers only, no personal data",
    },
    {
        "id": "kankyo-002",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "11/22 住民説明会 会場ご予約の件（受付名簿送付）",
        "charset": "cp932",
        "body": """さくらホテル
宴会予約係 ご担当者様

いつもお世話になっております。日の出産業の二階堂でございます。
11月22日（土）14:00〜16:00「桜の間」でご予約いただいております住民説明会につきまして、
受付でのお名前確認用に、事前にお申込みいただいた方の名簿をお送りします。
当日はホテル様の受付にて、こちらと照合のうえ資料をお渡しいただけますと助かります。

No. 氏名            ご住所                                  電話
--- --------------  --------------------------------------  -------------
 1  勅使河原 昭      みなみ台市北原町2丁目14-6               0282-45-3317
 2  四十物 久美子    みなみ台市北原町2丁目9-11               090-6621-4408
 3  五百旗頭 淳      みなみ台市西山田1184-3                  0282-45-7720
 4  鴫原 トシ子      みなみ台市北原町3丁目2-15 北原ハイツ103 080-3317-0952
 5  小鳥遊 誠一      みなみ台市西山田1201                    0282-46-1043
 6  薬袋 みどり      みなみ台市北原町1丁目22-4               070-5548-2391
 7  百目鬼 正        みなみ台市大字南原558                   0282-45-6612
 8  漆原 佳奈        みなみ台市北原町2丁目30-1               090-1184-7736

当日参加の方が追加になる場合は、受付で用紙にご記入いただく形で結構です。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "eight residents' names, addresses and phones pasted as padded columns to the hotel",
    },
    {
        "id": "kankyo-003",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["k.aimono1962@gmail.com"],
        "subject": "Re: 夜間の騒音について",
        "charset": "iso-2022-jp",
        "body": """四十物 様

日の出産業みなみ台工場 環境管理課の神保でございます。
このたびは夜間の騒音によりご迷惑をおかけし、誠に申し訳ございません。

ご指摘の「ゴーン」という低い音は、第2工場棟の集じん機ファンの音と思われます。
本日、ファンのベアリングを点検し、応急的に防振ゴムを交換いたしました。
あわせて、来週11月12日（水）の22時〜23時に、敷地境界で騒音の測定を行います。
結果がまとまりましたら、改めてご報告いたします。

引き続き気になる音がございましたら、時間帯だけでも結構ですのでお知らせください。

""" + SIG_JINBO + """

> 日の出産業 ご担当者様
>
> 北原町2丁目に住んでいる四十物と申します。
> 先月末から、夜11時過ぎになると工場の方から低い「ゴーン」という音が続き、
> 窓を閉めていても眠れない日があります。
> 住所：栃木県みなみ台市北原町2丁目9-11
> 電話：090-6621-4408（日中はつながりにくいです）
> 一度見に来ていただけないでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to the complainant herself; her address and phone are only in the quoted text",
    },
    {
        "id": "kankyo-004",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["みなみ台市 下水道課 <gesuido-kanri@city.minamidai.lg.jp>"],
        "subject": "【日の出産業】10月分 下水道排除基準 水質測定結果のご報告",
        "charset": "cp932",
        "body": """みなみ台市 上下水道部 下水道課
水質規制係 ご担当者様

いつもお世話になっております。
日の出産業株式会社みなみ台工場の大槻です。

下水道法第12条の12に基づく10月分の水質測定結果をご報告いたします。
計量証明書（東日本環境分析センター発行 No.R25-04417）のPDFを添付いたします。

採水日：2025年10月8日　採水場所：最終放流桝（No.2）

項目            結果        排除基準
--------------  ----------  ----------
pH              7.2         5を超え9未満
BOD             118 mg/L    600 mg/L未満
SS              64 mg/L     600 mg/L未満
n-ヘキサン抽出  1.8 mg/L    5 mg/L以下
全窒素          22 mg/L     120 mg/L未満
亜鉛含有量      0.41 mg/L   2 mg/L以下

いずれも基準値内でした。原本は郵送にて別途お送りします。
ご査収のほどよろしくお願いいたします。
""" + SIG_OTSUKI,
        "attachments": [
            {"kind": "pdf", "name": "計量証明書_R25-04417.pdf", "title": "計量証明書",
             "lines": ["計量証明書　No.R25-04417", "株式会社東日本環境分析センター",
                       "依頼者：日の出産業株式会社 みなみ台工場 殿",
                       "試料：工場排水（最終放流桝 No.2）　採取日 2025年10月8日",
                       "計量の方法：JIS K 0102 ほか", ""],
             "table": [["項目", "結果", "単位", "方法"], ["pH", "7.2", "-", "JIS K0102 12.1"],
                       ["BOD", "118", "mg/L", "JIS K0102 21"], ["SS", "64", "mg/L", "付表9"],
                       ["n-ヘキサン抽出物質", "1.8", "mg/L", "付表4"],
                       ["全窒素", "22", "mg/L", "JIS K0102 45.2"],
                       ["亜鉛", "0.41", "mg/L", "JIS K0102 53.3"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "water test results and certificate number to the city; no people",
    },
    {
        "id": "kankyo-005",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["kondo.yusuke@aoba-unyu.co.jp", "haisha@towa-clean.co.jp",
               "k-sato@kitahara-kankyo.co.jp", "eigyo2@marusan-shoji.co.jp"],
        "subject": "年末年始の産業廃棄物回収スケジュールについて",
        "charset": "iso-2022-jp",
        "body": """収集運搬業者の皆様

いつもお世話になっております。日の出産業みなみ台工場の宮内です。
年末年始の回収について、下記のとおりお願いいたします。

・最終回収日：12月26日（金）午前中
・年始初回：1月6日（火）以降、通常ダイヤ
・12月27日〜1月5日は構内立入りができません（守衛所閉鎖）

各社様の担当品目は従来どおりです。ご都合の悪い場合は、12月12日までに
ご連絡ください。

よろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four different haulers in To can see each other: should have been Bcc",
    },
    {
        "id": "kankyo-006",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["森永 主任審査員 <morinaga.h@jgco-cert.or.jp>"],
        "cc": ["jinbo.takayuki@hinode-sangyo.co.jp"],
        "subject": "Re: 2026年 第2回サーベイランス審査 日程のご相談",
        "charset": "utf-8",
        "body": """一般財団法人日本グリーン認証機構
森永様

お世話になっております。日の出産業 ISO事務局の東海林です。
日程候補のご提示ありがとうございます。社内で調整した結果、以下でお願いできればと存じます。

  第1希望：2月17日（火）〜18日（水）
  第2希望：2月24日（火）〜25日（水）

初日午前は本社（台東区）、午後からみなみ台工場への移動を想定しております。
工場の入構手続きのため、確定しましたら審査員の皆様のお名前をお知らせください。

なお、前回の軽微な不適合（No.2 緊急事態の訓練記録）の是正状況は、
審査当日にご確認いただけるよう準備しております。

よろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "audit scheduling with the certification body; no personal data",
    },
    {
        "id": "kankyo-007",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["営業部 <sales@secure-yokai.co.jp>"],
        "subject": "機密文書溶解処理サービスのお見積りのお願い",
        "charset": "iso-2022-jp",
        "body": """株式会社セキュア溶解センター
営業部 御中

はじめてご連絡いたします。日の出産業株式会社みなみ台工場 総務課の二階堂と申します。

当工場では、これまで機密文書を社内シュレッダーで処理しておりましたが、量が増えたため、
貴社の「機密文書 溶解処理サービス」の利用を検討しております。
以下の条件でお見積りをお願いできますでしょうか。

　・回収頻度：月1回（第3金曜日）
　・量：保護容器（機密ボックス 120L）で 6〜8箱／月
　・溶解証明書の発行：要
　・契約形態：一般廃棄物（事業系紙くず）としての処理委託が可能かも併せてご教示ください

また、貴社の一般廃棄物処分業の許可証、ISO 27001 の認証範囲についても、
資料があればお送りいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quote request for a confidential-document shredding service: 機密 is the service's name, not a marking",
    },
    {
        "id": "kankyo-008",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "FW: 工場からの臭いについて（至急ご相談）",
        "charset": "utf-8",
        "body": """エコリンク総研
長谷部様

お世話になっております。神保です。
昨日、北原町の住民の方から下記のメールが届きました。
臭気の発生源の特定と、ご本人への説明の仕方について、ご助言をいただけないでしょうか。
来週の臭気測定の計画にも反映したいと考えております。

---------- Forwarded message ---------
From: 薬袋 みどり <midori.minai@yahoo.co.jp>
Date: 2025年11月4日(火) 21:47
Subject: 工場からの臭いについて
To: 日の出産業 お問い合わせ窓口 <info@hinode-sangyo.co.jp>

日の出産業 ご担当者様

みなみ台市北原町1丁目22-4の薬袋と申します。
10月の半ばごろから、夕方になるとシンナーのような臭いが家の中まで入ってきます。
長男（小学3年）が小児喘息で北原こどもクリニックに通院しているのですが、
臭いがした日の夜に発作が出て、先週は吸入の回数を増やすよう言われました。
主治医からも、原因になりそうなものはできるだけ避けるように言われています。
一度きちんと説明していただけないでしょうか。

連絡先：070-5548-2391（夕方以降）
""" + SIG_JINBO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward of a resident's complaint naming her son's asthma and treatment, with her contacts: sensitive data of one identifiable person",
    },
    {
        "id": "kankyo-009",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["業務課 <gyomu@kanto-ecoplant.co.jp>"],
        "subject": "10月分 マニフェスト交付一覧（E票返送状況の確認）",
        "charset": "cp932",
        "body": """関東エコプラント株式会社
業務課 ご担当者様

お世話になっております。日の出産業みなみ台工場の大槻です。
10月分の紙マニフェストのうち、D票・E票の返送状況を確認させてください。
当方で未着となっているものに「未」を付けています。

交付番号      交付日     種類               数量      運搬受託者  車両番号           D票 E票
------------  ---------  -----------------  --------  ----------  -----------------  --- ---
23458816024   10/01      汚泥               3.2 t     青葉運輸    栃木100 さ 12-34   済  済
23458816035   10/03      廃プラスチック類   1.8 t     青葉運輸    栃木100 さ 12-34   済  済
23458816046   10/07      廃油               400 L     青葉運輸    栃木400 は 77-01   済  未
23458816050   10/09      汚泥               2.9 t     青葉運輸    栃木100 さ 12-34   済  済
23458816061   10/14      金属くず           0.6 t     青葉運輸    栃木100 さ 45-67   済  済
23458816072   10/16      廃プラスチック類   2.1 t     青葉運輸    栃木100 さ 12-34   未  未
23458816083   10/21      汚泥               3.4 t     青葉運輸    栃木100 さ 12-34   済  未
23458816094   10/23      廃アルカリ         600 L     青葉運輸    栃木400 は 77-01   済  済
23458816105   10/28      廃プラスチック類   1.5 t     青葉運輸    栃木100 さ 45-67   済  未
23458816116   10/30      汚泥               3.0 t     青葉運輸    栃木100 さ 12-34   未  未

E票は交付日から180日以内に返送が必要なため、未着分のご確認をお願いいたします。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ten manifest rows with 11-digit numbers and plates, but no person in them",
    },
    {
        "id": "kankyo-010",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["営業課 石動 様 <isurugi@minamidai-recycle.co.jp>"],
        "subject": "産業廃棄物処分委託契約書（押印済）の送付",
        "charset": "iso-2022-jp",
        "body": """株式会社みなみ台リサイクルセンター
営業課　石動様

お世話になっております。日の出産業の宮内です。
先日ご確認いただいた処分委託契約書について、当社押印済みのスキャンデータをお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

原本2部は本日郵送いたしましたので、ご押印のうえ1部ご返送ください。

よろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "attachments": [
            {"kind": "zip", "name": "処分委託契約書_日の出産業.zip", "password": "Hs2025!mn",
             "files": [{"kind": "pdf", "name": "処分委託契約書_押印済.pdf",
                        "lines": ["産業廃棄物処分委託契約書",
                                  "委託者 日の出産業株式会社（以下「甲」という）",
                                  "受託者 株式会社みなみ台リサイクルセンター（以下「乙」という）",
                                  "第1条（委託内容） 甲は乙に対し、別表に定める産業廃棄物の処分を委託する。"]}]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external party: the attachment cannot be read",
    },
    {
        "id": "kankyo-011",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["測定部 尾花 様 <obana@higashinihon-bunseki.co.jp>"],
        "subject": "臭気の現地確認（北原町）の立入り先について",
        "charset": "utf-8",
        "body": """東日本環境分析センター
測定部 尾花様

お世話になっております。大槻です。
来週の臭気測定に先立ち、苦情をいただいている住民の方のお宅の敷地内で、
臭気の官能試験（においの確認）をさせていただくことになりました。
ご本人には了解をいただいております。伺う前日にお電話を入れていただけますか。

　お名前：百目鬼 正 様
　ご住所：みなみ台市大字南原558（南原公民館の北隣）
　お電話：0282-45-6612（午前中が在宅とのことです）

当日は当社からも私が同行します。
よろしくお願いいたします。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one resident's contact details to the measuring company for a site visit: may warn, not a list",
    },
    {
        "id": "kankyo-012",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["森永 様 <morinaga.h@jgco-cert.or.jp>"],
        "subject": "サーベイランス審査 初回会議の出席者について",
        "charset": "iso-2022-jp",
        "body": """森永様

お世話になっております。東海林です。
2月17日の初回会議の当社出席者は以下のとおりです。

　氏名　　　　　役割
　──────────────────────────
　日比野 隆三　　取締役 工場長（トップマネジメント）
　神保 隆之　　　環境管理責任者／環境管理課長
　東海林 健　　　ISO事務局
　宮内 沙織　　　環境管理課（廃棄物担当）
　大槻 翔　　　　環境管理課（測定・届出担当）
　鴨志田 勝　　　施設課長
　二階堂 恵　　　総務課（苦情受付窓口）

会議室は本館2階「第1会議室」をご用意しております。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seven staff names with their audit roles only: no contact details or other personal data",
    },
    {
        "id": "kankyo-013",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["近藤 様 <kondo.yusuke@aoba-unyuu.co.jp>"],
        "subject": "臨時回収のお願い（汚泥 11/18）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸　近藤様

お世話になっております。宮内です。
排水処理設備の沈殿槽清掃に伴い、汚泥が通常より多く出る見込みです。
11月18日（火）午後に臨時で1台（4tダンプ）お願いできますでしょうか。

数量見込み：約3.5t（含水率 約80%）
マニフェストは当日、守衛所で交付いたします。

ご都合をお知らせください。
""" + SIG_MIYAUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyuu.co.jp: a letter added to the partner hauler's domain aoba-unyu.co.jp",
    },
    {
        "id": "kankyo-014",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["石動 様 <isurugi@minamidai-recycle.co.jp>"],
        "subject": "Re: 2026年度 処理単価改定のご案内",
        "charset": "cp932",
        "body": """株式会社みなみ台リサイクルセンター
石動様

いつもお世話になっております。日の出産業の宮内です。
単価改定のご案内、ありがとうございました。

汚泥（脱水ケーキ）の単価が 28円/kg → 31円/kg となる点、承知いたしました。
廃プラスチック類（混合）については、分別を徹底したものは据え置きとのことですので、
当工場でも分別区分を見直し、次回の搬出から「PP・PE単一」と「混合」を分けて出します。

覚書の締結が必要でしたら、ひな形をお送りください。
""" + SIG_MIYAUCHI + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price revision reply with the standard confidentiality disclaimer at the end",
    },
    {
        "id": "kankyo-015",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["尾花 様 <obana@higashinihon-bunseki.co.jp>"],
        "subject": "夜間騒音測定（11/12）の測定地点について",
        "charset": "iso-2022-jp",
        "body": """尾花様

お世話になっております。大槻です。
11/12の夜間騒音測定は、敷地境界4点に加え、住民の方のご了解をいただいた
下記5か所のお宅の前でも測定をお願いします。

　地点A　勅使河原様宅 玄関前（北原町2丁目14-6）
　地点B　四十物様宅 南側道路（北原町2丁目9-11）
　地点C　鴫原様宅 北原ハイツ前（北原町3丁目2-15）
　地点D　小鳥遊様宅 駐車場脇（西山田1201）
　地点E　百目鬼様宅 生垣沿い（大字南原558）

測定時間は22:00〜23:00、各地点10分間（LAeq, L5）でお願いいたします。
""" + SIG_OTSUKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five residents' surnames with their addresses, used as measurement points: a list of people or of places, arguable",
    },
    {
        "id": "kankyo-016",
        "sender": "Takayuki Jinbo <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["Emma Caldwell <e.caldwell@greenfield-electronics.com>"],
        "subject": "RE: Supplier sustainability survey 2025 - water and waste data (Minamidai plant)",
        "charset": "utf-8",
        "body": """Dear Ms. Caldwell,

Thank you for your reminder. Please find below the figures for our Minamidai plant
for FY2024 (April 2024 - March 2025), as requested in sections W1 and WS3 of the survey.

  Water withdrawal (municipal)      48,210 m3
  Water withdrawal (groundwater)    12,640 m3
  Wastewater discharged to sewer    51,980 m3
  Total industrial waste            1,284 t
    of which recycled               1,102 t (85.8 %)
    of which landfilled             37 t
  Hazardous (specially controlled)  46 t

Our ISO 14001 certificate (JGCO-E-1187) is valid until 14 September 2027.
I will upload the certificate copy to your supplier portal this week.

Best regards,

Takayuki Jinbo
Manager, Environmental Management Section
Hinode Sangyo Co., Ltd. - Minamidai Plant
Tel: +81-282-45-1180
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English survey answer to a customer with the standard confidentiality disclaimer",
    },
    {
        "id": "kankyo-017",
        "sender": "漆畑 由香 <urushibata.yuka@hinode-sangyo.co.jp>",
        "to": ["衛生管理部 <eisei@rodo-eisei.or.jp>"],
        "subject": "有機溶剤健診結果と作業環境測定結果の照合のお願い",
        "charset": "cp932",
        "body": """公益社団法人 北関東労働衛生測定協会
衛生管理部 ご担当者様

いつもお世話になっております。
日の出産業みなみ台工場 安全衛生課の漆畑です。

塗装ラインの作業環境測定（第2管理区分）に関連し、同ラインの作業者の
有機溶剤健診（10月実施分）の結果を、測定結果との照合用にお送りします。
氏名は伏せて社員番号のみとしております。

ご所見をいただけますと幸いです。
""" + """
漆畑 由香
日の出産業株式会社 みなみ台工場 安全衛生課（保健師）
内線 2210
""",
        "attachments": [
            {"kind": "csv", "name": "有機溶剤健診_塗装ライン_202510.csv", "encoding": "cp932",
             "rows": [["社員番号", "生年月日", "性別", "所属", "従事年数", "尿中馬尿酸(g/L)",
                       "AST", "ALT", "γ-GTP", "所見", "判定"],
                      ["H10482", "1979/05/14", "男", "塗装1班", "12", "0.9", "28", "35", "62", "", "A"],
                      ["H11307", "1985/11/02", "男", "塗装1班", "8", "2.6", "51", "88", "143", "肝機能異常", "C（要精密検査）"],
                      ["H12951", "1991/03/27", "女", "塗装1班", "4", "0.4", "19", "16", "21", "", "A"],
                      ["H13316", "1968/08/09", "男", "塗装2班", "22", "1.7", "33", "41", "98", "脂肪肝（経過観察）", "B"],
                      ["H14020", "1996/12/19", "男", "塗装2班", "2", "0.6", "22", "25", "30", "", "A"],
                      ["H14288", "1974/01/30", "男", "塗装2班", "15", "3.1", "44", "57", "211", "頭痛・めまいの自覚症状", "C（要精密検査）"]]},
        ],
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six workers' health check results with dates of birth and employee numbers (no name column): health data of a list",
    },
    {
        "id": "kankyo-018",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["miyauchi.saori@hinode-sangyo.co.jp"],
        "bcc": ["eigyo@kanto-ecoplant.co.jp", "isurugi@minamidai-recycle.co.jp",
                "sales@tohoku-metal-recycle.co.jp", "info@green-fuel-tochigi.co.jp",
                "k-sato@kitahara-kankyo.co.jp"],
        "subject": "【見積依頼】廃油・廃溶剤の処分について（日の出産業みなみ台工場）",
        "charset": "iso-2022-jp",
        "body": """産業廃棄物処分業者 各位
（本メールはBCCにて複数の事業者様にお送りしております）

いつもお世話になっております。日の出産業みなみ台工場の宮内です。
2026年度の廃油・廃溶剤の処分について、お見積りをお願いいたします。

　品目：廃油（切削油・作動油混合）約 9,000 L/年
　　　　廃溶剤（シンナー・キシレン系、引火点 21℃）約 3,200 L/年 ※特別管理産業廃棄物
　荷姿：200Lドラム缶
　回答期限：12月19日（金）

処分方法（焼却・燃料化等）と、許可証の写しを添えてご回答ください。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quote request to five disposal companies correctly placed in Bcc",
    },
    {
        "id": "kankyo-019",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["jinbo.takayuki@hinode-sangyo.co.jp", "otsuki.sho@hinode-sangyo.co.jp"],
        "cc": ["hibino.ryuzo@kojo.hinode-sangyo.co.jp"],
        "subject": "【社外秘】住民説明会 申込者名簿（11/7時点）",
        "charset": "utf-8",
        "body": """神保課長、大槻さん
（cc: 日比野工場長）

説明会の申込者名簿です。社外秘扱いでお願いします。
ホテルへは当日の受付用に人数のみ伝えています。

勅使河原 昭	北原町2丁目14-6	0282-45-3317	騒音
四十物 久美子	北原町2丁目9-11	090-6621-4408	騒音
五百旗頭 淳	西山田1184-3	0282-45-7720	臭気・トラック
鴫原 トシ子	北原町3丁目2-15-103	080-3317-0952	騒音
小鳥遊 誠一	西山田1201	0282-46-1043	トラックの路上待機
薬袋 みどり	北原町1丁目22-4	070-5548-2391	臭気（お子さんの喘息）
百目鬼 正	大字南原558	0282-45-6612	臭気
漆原 佳奈	北原町2丁目30-1	090-1184-7736	騒音

二階堂
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "marked residents' list with a health remark, but every recipient is internal (incl. a subdomain)",
    },
    {
        "id": "kankyo-020",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "環境側面評価表のレビューのお願い",
        "charset": "iso-2022-jp",
        "body": """エコリンク総研
長谷部様

お世話になっております。東海林です。
先日ご相談した環境側面評価表（2025年度改訂版）をお送りします。
著しい環境側面の抽出基準（点数12点以上）が妥当かどうか、ご意見をいただけますと幸いです。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xlsx", "name": "環境側面評価表_2025改訂.xlsx", "page_header": "社外秘",
             "title": "環境側面評価表 2025",
             "sheets": {
                 "評価表": [["社外秘　環境側面・環境影響評価表（みなみ台工場 2025年度）"], [],
                          ["No.", "部門", "活動", "環境側面", "環境影響", "発生頻度", "影響度", "法規制", "点数", "著しい"],
                          [1, "塗装", "塗装乾燥", "VOC排出", "大気汚染・臭気", 3, 3, 2, 18, "○"],
                          [2, "排水処理", "凝集沈殿", "汚泥発生", "埋立負荷", 3, 2, 2, 12, "○"],
                          [3, "プレス", "プレス加工", "騒音・振動", "近隣生活環境", 3, 3, 1, 15, "○"],
                          [4, "物流", "構内運搬", "軽油使用", "CO2排出", 2, 1, 1, 4, ""],
                          [5, "事務", "OA機器使用", "電力使用", "CO2排出", 3, 1, 1, 6, ""]],
                 "評価基準": [["区分", "1", "2", "3"], ["発生頻度", "年数回", "月数回", "毎日"],
                           ["影響度", "軽微", "中", "大"], ["法規制", "なし", "届出", "基準値あり"]],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached workbook is stamped 社外秘 in its title row and page header, sent outside",
    },
]

# ---------------------------------------------------------------------------- 021–040
_CORP = {
    "関東エコプラント株式会社": corp_number("060001024417"),
    "株式会社みなみ台リサイクルセンター": corp_number("060001031185"),
    "青葉運輸株式会社": corp_number("060001008823"),
    "東和クリーン株式会社": corp_number("060001017390"),
    "北原環境サービス有限会社": corp_number("060002004561"),
}

MESSAGES += [
    {
        "id": "kankyo-021",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["近藤 様 <kondo.yusuke@aoba-unyu.co.jp>"],
        "cc": ["石動 様 <isurugi@minamidai-recycle.co.jp>", "otsuki.sho@hinode-sangyo.co.jp"],
        "subject": "汚泥の含水率と受入条件についての三者打合せ（ご案内）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 近藤様
みなみ台リサイクルセンター 石動様

お世話になっております。日の出産業の宮内です。
先日、汚泥の受入時に「含水率が高く積込み時に漏れがある」とのご指摘をいただいた件で、
運搬・処分のお二方と当社で一度打合せをさせてください。

　日時：11月20日（木）10:00〜11:00
　場所：みなみ台工場 本館2階 第3会議室（Teamsでのご参加も可）
　議題：①脱水機の運転条件の変更案　②荷姿（フレコン→密閉コンテナ）　③受入時の確認方法

ご都合が悪い場合はお知らせください。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations in To/Cc",
    },
    {
        "id": "kankyo-022",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["篠塚行政書士事務所 <office@shinozuka-gyosei.jp>"],
        "subject": "公害防止管理者 選任届の作成依頼（水質関係）",
        "charset": "cp932",
        "body": """篠塚行政書士事務所
篠塚先生

いつもお世話になっております。日の出産業の神保です。
水質関係公害防止管理者の交代に伴い、選任届の作成をお願いいたします。
前任の佐野は12月末で本社へ異動となります。

＜新任者＞
　氏名　　　：大槻 翔（おおつき しょう）
　生年月日　：平成3年7月19日
　住所　　　：栃木県小山市城東4丁目8番3号 サンハイム城東202
　職名　　　：環境管理課 主任
　資格　　　：水質関係第1種公害防止管理者（合格証書番号 水1第2304417号）
　選任予定日：2026年1月1日

提出先はみなみ台市 環境保全課です。選任後30日以内の提出となりますので、
1月中旬までに案をいただけますと助かります。
""" + SIG_JINBO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's name, date of birth and home address for a statutory filing: one person, may warn",
    },
    {
        "id": "kankyo-023",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["環境保全課 公害対策係 <kogai@city.minamidai.lg.jp>"],
        "cc": ["jinbo.takayuki@hinode-sangyo.co.jp"],
        "subject": "苦情受付状況のご報告（2025年度上期）",
        "charset": "utf-8",
        "body": """みなみ台市 環境保全課
公害対策係 ご担当者様

いつもお世話になっております。日の出産業みなみ台工場 総務課の二階堂です。
先日の立入検査の際にご依頼のありました、上期の苦情受付台帳をお送りします。
対応状況の欄は10月末時点です。

よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "attachments": [
            {"kind": "xlsx", "name": "苦情受付台帳_2025上期.xlsx",
             "sheets": {
                 "台帳": [["苦情受付台帳（2025年4月〜9月）　日の出産業株式会社 みなみ台工場"], [],
                        ["受付No.", "受付日", "申出者", "住所", "電話", "種別", "内容", "対応"],
                        ["25-01", "2025/04/08", "小鳥遊 誠一", "みなみ台市西山田1201", "0282-46-1043", "交通", "搬入トラックの路上待機", "待機場所を構内に変更"],
                        ["25-02", "2025/04/22", "勅使河原 昭", "みなみ台市北原町2-14-6", "0282-45-3317", "騒音", "早朝のフォークリフト警報音", "6時前の使用禁止"],
                        ["25-03", "2025/05/13", "五百旗頭 淳", "みなみ台市西山田1184-3", "0282-45-7720", "臭気", "塗料臭", "脱臭装置点検"],
                        ["25-04", "2025/06/02", "鴫原 トシ子", "みなみ台市北原町3-2-15-103", "080-3317-0952", "騒音", "夜間の排気ファン音", "防音カバー設置"],
                        ["25-05", "2025/06/30", "匿名（電話）", "北原町付近", "", "臭気", "夕方の臭い", "巡回確認"],
                        ["25-06", "2025/07/17", "漆原 佳奈", "みなみ台市北原町2-30-1", "090-1184-7736", "騒音", "夜間の打撃音", "作業時間帯の見直し"],
                        ["25-07", "2025/08/05", "百目鬼 正", "みなみ台市大字南原558", "0282-45-6612", "臭気", "排水桝付近の臭い", "桝清掃"],
                        ["25-08", "2025/08/26", "鴨居 フミ", "みなみ台市大字南原601-2", "0282-45-9018", "粉じん", "洗濯物に粉", "集じん機フィルター交換"],
                        ["25-09", "2025/09/09", "四十物 久美子", "みなみ台市北原町2-9-11", "090-6621-4408", "騒音", "低周波音", "測定予定"],
                        ["25-10", "2025/09/24", "薬袋 みどり", "みなみ台市北原町1-22-4", "070-5548-2391", "臭気", "シンナー臭", "測定予定"]],
                 "集計": [["種別", "件数"], ["騒音", 4], ["臭気", 4], ["粉じん", 1], ["交通", 1]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "complaint register with nine named residents' addresses and phones, in an XLSX to the city",
    },
    {
        "id": "kankyo-024",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "秘密保持契約書（案）への当社コメント",
        "charset": "iso-2022-jp",
        "body": """長谷部様

お世話になっております。東海林です。
ISO 14001 移行支援のご契約に先立つ秘密保持契約書（案）について、当社法務からの
コメントを反映した修正版をお送りします。主な修正点は以下の2点です。

　・第2条（秘密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定した
　　ものは秘密情報に含める
　・第7条（有効期間）：契約終了後3年間 → 5年間

ご確認のうえ、問題なければ押印手続きに進めさせてください。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書（案）_日の出産業修正.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": ["秘密保持契約書（案）",
                            "日の出産業株式会社（以下「甲」という）と株式会社エコリンク総研（以下「乙」という）は、"
                            "甲の環境マネジメントシステムに関する支援業務に関し、以下のとおり契約を締結する。",
                            "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報のうち、"
                            "「秘密」「Confidential」等の表示を付したもの、及び口頭で開示し開示後30日以内に書面で特定したものをいう。",
                            "第3条（秘密保持義務）乙は秘密情報を第三者に開示・漏えいしてはならない。",
                            "第7条（有効期間）本契約の有効期間は締結日から2年間とし、秘密保持義務は契約終了後5年間存続する。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "draft NDA text mentions 秘密/Confidential markings but the document itself is not marked",
    },
    {
        "id": "kankyo-025",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["配車係 <haisha@aoba-unyu.co.jp>"],
        "subject": "廃溶剤ドラムの荷姿と表示について",
        "charset": "cp932",
        "body": """青葉運輸 配車係 ご担当者様

お世話になっております。日の出産業の大槻です。
12/3（水）搬出予定の廃溶剤（特別管理産業廃棄物・引火性廃油）について連絡です。

・荷姿：200Lドラム缶 14本（天板を締め、パッキン確認済み）
・各ドラムには「特別管理産業廃棄物」「引火性廃油」「取扱注意・火気厳禁」のラベルを貼付済み
・SDS（キシレン、酢酸ブチル）をマニフェストに添付します
・積込みはドラム缶リフターを使用しますので、パワーゲート車でお願いします

イエローカードの携行もあわせてお願いいたします。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "取扱注意 is a hazard label on waste drums, not a classification of the mail",
    },
    {
        "id": "kankyo-026",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["LabKit Store サポート <support@labkit-store.com>"],
        "subject": "注文できない件（パックテスト COD 50回分×6）",
        "charset": "utf-8",
        "body": """LabKit Store サポートご担当者様

お世話になります。日の出産業株式会社の大槻と申します。
貴サイトでパックテスト（COD・低濃度）50回分×6箱を注文しようとしたところ、
決済画面で「カード情報を確認できません」と表示され、注文できませんでした。
お急ぎで必要なため、お手数ですがこちらで決済をお願いできますでしょうか。

　カード番号：""" + " ".join(CARD[0][i:i + 4] for i in range(0, 16, 4)) + """
　有効期限　：08/28
　名義　　　：SHO OTSUKI
　セキュリティコード：後ほどお電話でお伝えします

納品先：〒329-0215 栃木県みなみ台市北原工業団地12番地
　　　　日の出産業株式会社 みなみ台工場 環境管理課 宛
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with holder name mailed to a web shop",
    },
    {
        "id": "kankyo-027",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "PRTR届出（2024年度実績）の排出量算定 ご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """長谷部様

お世話になっております。大槻です。
PRTR届出の排出量・移動量の算定結果です。算定方法（物質収支）の妥当性をご確認ください。

物質名（政令番号）        取扱量(kg)  大気(kg)  下水道(kg)  廃棄物移動(kg)
------------------------  ----------  --------  ----------  --------------
キシレン（1-80）            14,820     6,210         0          3,940
トルエン（1-300）            9,430     4,880         0          2,110
エチルベンゼン（1-53）       3,960     1,530         0            870
1,2,4-トリメチルベンゼン      1,240       410         0            220
  （1-296）
マンガン及びその化合物       2,880         0        12          2,640
  （1-412）

届出期限は6月30日です。電子届出で提出予定です。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PRTR release figures for chemicals: numbers, no people",
    },
    {
        "id": "kankyo-028",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
        "subject": "2/16 宿泊予約（2名様）のお願い",
        "charset": "iso-2022-jp",
        "body": """さくらホテル フロント御中

いつもお世話になっております。日の出産業の東海林です。
ISO審査でお越しになる審査員の方2名の宿泊を、下記のとおりお願いいたします。
お支払いは当社への請求書払いでお願いします。

　宿泊日：2026年2月16日（月）1泊　シングル禁煙 2室
　1. 森永 浩二 様　携帯 090-3371-8824
　2. 芦刈 明日香 様　携帯 080-6619-0347
　到着予定：20時頃（遅くなる場合は各自からご連絡があります）

よろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two guests' names and mobiles for a hotel booking: fewer than five people, may warn",
    },
    {
        "id": "kankyo-029",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["日東警備保障 みなみ台隊 <minamidai@nitto-keibi.co.jp>"],
        "subject": "収集運搬車両ドライバーの入構証発行について",
        "charset": "cp932",
        "body": """日東警備保障株式会社
みなみ台工場警備隊 ご担当者様

お疲れさまです。総務課の二階堂です。
12月から青葉運輸さんの担当ドライバーが入れ替わりますので、入構証の発行をお願いします。
本人確認のため、青葉運輸さんからいただいた免許証番号を記載しています。
守衛所での照合にお使いください。

氏名,フリガナ,免許証番号,担当車両
蛭田 健二,ヒルタ ケンジ,401204558310,栃木100さ12-34
筧 将太,カケイ ショウタ,401809127741,栃木100さ45-67
芥川 直人,アクタガワ ナオト,400907733120,栃木400は77-01
轟 ひろみ,トドロキ ヒロミ,401512086651,栃木100さ88-20
閏間 大輔,ウルマ ダイスケ,402005319942,栃木100さ12-34

よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "five drivers' names with driving licence numbers, comma-separated in the body",
    },
    {
        "id": "kankyo-030",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["調達部 グリーン調達担当 <green-chotatsu@kawasaki-denki.co.jp>"],
        "subject": "Re: 取引先 環境調査票（産業廃棄物の委託先一覧）の件",
        "charset": "utf-8",
        "body": """川崎電機株式会社
調達部 グリーン調達ご担当者様

いつもお世話になっております。日の出産業みなみ台工場の宮内です。
環境調査票の設問5「産業廃棄物の委託先」について、以下のとおり回答いたします。

・青葉運輸株式会社（収集運搬）
　法人番号 """ + _CORP["青葉運輸株式会社"] + """／許可番号 第00920112847号
　栃木県宇都宮市平出工業団地41-8　TEL 028-662-4410
・東和クリーン株式会社（収集運搬）
　法人番号 """ + _CORP["東和クリーン株式会社"] + """／許可番号 第00900087712号
　栃木県栃木市大平町伯仲2281　TEL 0282-43-0091
・関東エコプラント株式会社（中間処理：焼却・破砕）
　法人番号 """ + _CORP["関東エコプラント株式会社"] + """／許可番号 第00920045518号
　栃木県鹿沼市緑町3-12-5　TEL 0289-62-7703
・株式会社みなみ台リサイクルセンター（中間処理：脱水・乾燥）
　法人番号 """ + _CORP["株式会社みなみ台リサイクルセンター"] + """／許可番号 第12220000916号
　栃木県みなみ台市大字南原1020　TEL 0282-46-5500
・北原環境サービス有限会社（収集運搬・積替保管なし）
　法人番号 """ + _CORP["北原環境サービス有限会社"] + """／許可番号 第00900102235号
　栃木県みなみ台市北原町5丁目1-7　TEL 0282-45-2218

いずれも実地確認を年1回実施しております（直近：2025年9月）。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of five contractor companies with corporate numbers, addresses and switchboards: businesses, not people",
    },
    {
        "id": "kankyo-031",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["薬袋 みどり 様 <midori.minai@yahoo.co.jp>"],
        "subject": "RE: 工場からの臭いについて",
        "charset": "iso-2022-jp",
        "body": """薬袋 みどり 様

日の出産業株式会社みなみ台工場 環境管理課の神保でございます。
ご連絡をいただきながら、お返事が遅くなり申し訳ございません。
お子様のご体調にも関わることと受け止め、次のとおり対応いたします。

1. 11月10日から、塗装乾燥炉の排気を脱臭装置（触媒燃焼式）経由に一本化しました。
2. 11月14日（金）16:00〜18:00に、専門の測定会社が敷地境界と北原町内で臭気を測定します。
3. 測定結果は11月末までに書面でお届けし、ご希望があればご説明に伺います。

ご不明な点は、私の直通（0282-45-1181）までお電話ください。
""" + SIG_JINBO + """

-----Original Message-----
From: 薬袋 みどり <midori.minai@yahoo.co.jp>
Sent: Tuesday, November 4, 2025 9:47 PM
To: info@hinode-sangyo.co.jp
Subject: 工場からの臭いについて

みなみ台市北原町1丁目22-4の薬袋と申します。
10月の半ばごろから、夕方になるとシンナーのような臭いが家の中まで入ってきます。
長男が小児喘息で通院しているのですが、臭いがした日の夜に発作が出ました。
連絡先：070-5548-2391
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to the resident herself: her child's asthma and contacts are only in the quoted original",
    },
    {
        "id": "kankyo-032",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["神保 隆之 <jinbo.takayuki@hinode-sangyou.co.jp>"],
        "cc": ["otsuki.sho@hinode-sangyo.co.jp"],
        "subject": "苦情対応の振り返り打合せ（日程調整）",
        "charset": "utf-8",
        "body": """神保課長

お疲れさまです。二階堂です。
上期の苦情対応の振り返りを、説明会の前に一度やっておきたいと思います。
11/13（木）15時か、11/14（金）10時のどちらかでいかがでしょうか。
議題案：受付票の様式変更、夜間の電話受付（守衛所→総務への引継ぎ）、回答期限の目安。

二階堂
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyou.co.jp: a look-alike of the company's own domain (extra u) in To",
    },
    {
        "id": "kankyo-033",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["測定課 <sokutei@rodo-eisei.or.jp>"],
        "subject": "作業環境測定結果報告書（2025年度下期）受領と再測定のご相談",
        "charset": "cp932",
        "body": """北関東労働衛生測定協会
測定課 ご担当者様

お世話になっております。日の出産業みなみ台工場の大槻です。
下期の作業環境測定結果報告書を受領しました。ありがとうございました。

単位作業場所          対象物質      第1評価値   第2評価値   管理区分
--------------------  ------------  ----------  ----------  --------
A-1 塗装ブース1       キシレン      38 ppm      21 ppm      第2
A-2 塗装ブース2       キシレン      12 ppm       7 ppm      第1
B-1 洗浄工程          トルエン       9 ppm       5 ppm      第1
C-1 溶接場            溶接ヒューム  0.41 mg/m3  0.22 mg/m3  第2
D-1 研磨場            粉じん        1.2 mg/m3   0.6 mg/m3   第1

A-1とC-1は局所排気装置の改善後、1月に再測定をお願いしたいと考えています。
健康診断の時期との兼ね合いもあり、1月20日前後で候補日をいただけますか。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "work-environment measurements by workplace, no person; 健康診断 is only a scheduling mention",
    },
    {
        "id": "kankyo-034",
        "sender": "鴨志田 勝 <kamoshida.masaru@hinode-sangyo.co.jp>",
        "to": ["北斗冷熱サービス 保守課 <hoshu@hokuto-reinetsu.co.jp>"],
        "subject": "第一種特定製品 定期点検の対象機器一覧",
        "charset": "utf-8",
        "body": """北斗冷熱サービス株式会社 保守課 御中

いつもお世話になっております。日の出産業みなみ台工場 施設課の鴨志田です。
フロン排出抑制法の定期点検（3年に1回／年1回）の対象機器一覧を送ります。
今年度対象の機器に ● を付けています。

機器番号	設置場所	機種	冷媒	初期充填量(kg)	定期点検
AC-01	本館屋上	パッケージエアコン 20HP	R410A	14.2	●
AC-02	本館屋上	パッケージエアコン 10HP	R410A	7.5
AC-05	第2工場棟	スポットクーラー群	R32	6.0	●
CH-01	機械室	チラー（金型冷却）	R134a	42.0	●
CH-02	機械室	チラー（予備）	R134a	42.0	●
RF-01	食堂厨房	業務用冷凍冷蔵庫	R404A	3.8
RF-02	品証 試験室	恒温恒湿槽	R404A	1.2

点検記録簿はこれまでどおり紙とPDFの両方でいただけますと助かります。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tab-separated list of refrigeration equipment: rows of machines, not people",
    },
    {
        "id": "kankyo-035",
        "sender": "廿浦 亮 <tsuzuura.ryo@hinode-sangyo.co.jp>",
        "to": ["税理士法人たちばな 源泉担当 <gensen@tachibana-tax.jp>"],
        "subject": "環境モニター謝金の支払調書作成について",
        "charset": "iso-2022-jp",
        "body": """税理士法人たちばな
源泉担当 ご担当者様

いつもお世話になっております。日の出産業 経理課の廿浦です。
みなみ台工場で委嘱している「環境モニター」（近隣住民の方）への謝金について、
支払調書の作成をお願いいたします。個人番号は各人から番号確認書類とともに取得済みです。

【モニター1】
氏名：勅使河原 昭
住所：栃木県みなみ台市北原町2丁目14-6
個人番号：""" + MN[0] + """
年間謝金：60,000円（源泉徴収税額 6,126円）

【モニター2】
氏名：鴫原 トシ子
住所：栃木県みなみ台市北原町3丁目2-15 北原ハイツ103
個人番号：""" + MN[1] + """
年間謝金：60,000円（同上）

【モニター3】
氏名：小鳥遊 誠一
住所：栃木県みなみ台市西山田1201
個人番号：""" + MN[2] + """
年間謝金：45,000円（源泉徴収税額 4,594円）

ご確認のほどよろしくお願いいたします。

経理課　廿浦 亮（内線 1520）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three residents' My Numbers with names and addresses mailed to the tax accountant",
    },
    {
        "id": "kankyo-036",
        "sender": "鴨志田 勝 <kamoshida.masaru@hinode-sangyo.co.jp>",
        "to": ["日東警備保障 みなみ台隊 <minamidai@nitto-keibi.co.jp>"],
        "subject": "11/29(土) 排水処理設備 清掃作業の入構者",
        "charset": "cp932",
        "body": """警備隊 ご担当者様

施設課の鴨志田です。
11/29（土）8:00〜17:00、排水処理設備の沈殿槽清掃で協力会社が入構します。
当日の連絡先を含めてお知らせします。私は不在のため、何かあれば各自に直接連絡してください。

　・多々良 浩一（㈱多々良設備　現場責任者）　携帯 090-4418-2273
　・多々良 裕也（㈱多々良設備）　　　　　　　携帯 080-2290-6154
　・鰐部 聡（㈱多々良設備）　　　　　　　　　携帯 070-3384-5510
　・青葉運輸 ドライバー1名（氏名は当日）　　配車係 028-662-4410

バキューム車1台、4tダンプ1台が入ります。車両は東門からお願いします。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three contractor workers' mobiles for a weekend job: fewer than five people",
    },
    {
        "id": "kankyo-037",
        "sender": "廿浦 亮 <tsuzuura.ryo@hinode-sangyo.co.jp>",
        "to": ["経理 <keiri@kanto-ecoplant.co.jp>"],
        "subject": "請求書 INV-2510-0388 の金額について",
        "charset": "iso-2022-jp",
        "body": """関東エコプラント株式会社
経理ご担当者様

お世話になっております。日の出産業 経理課の廿浦です。
10月分のご請求書について確認させてください。

　請求書番号：INV-2510-0388（2025年10月31日締め）
　登録番号　：T""" + _CORP["関東エコプラント株式会社"] + """
　請求金額　：1,284,360円（税込）
　振込先　　：みどり銀行 鹿沼支店 普通 4418207 カ）カントウエコプラント

マニフェストの集計（10月分 12件・計 28.4t）と比べて、汚泥1件分（3.0t、10/30交付）が
二重計上になっているように見受けられます。ご確認いただけますでしょうか。
訂正後の請求書をいただければ、11月末に支払いいたします。

経理課　廿浦 亮（内線 1520）
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query with the supplier's T-number and company bank account: business data only",
    },
    {
        "id": "kankyo-038",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["森永 様 <morinaga.h@jgco-cert.or.jp>"],
        "subject": "【部外秘】2025年度 内部環境監査報告書の送付",
        "charset": "utf-8",
        "body": """森永様

お世話になっております。東海林です。
事前にご依頼のありました、2025年度 内部環境監査報告書をお送りします。

取扱区分：部外秘
審査のご準備以外の目的でのご使用はお控えください。

指摘事項の内訳は、不適合2件、観察事項7件です。
是正処置の状況は報告書の別表2にまとめています。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "内部環境監査報告書_2025.docx", "page_header": "部外秘",
             "title": "内部環境監査報告書 2025年度",
             "paragraphs": ["2025年度 内部環境監査報告書",
                            "監査期間：2025年9月8日〜9月19日　対象：みなみ台工場 全部門",
                            "1. 総括：EMSは概ね有効に運用されているが、緊急事態への準備に関する記録に不備が見られた。",
                            "2. 不適合：(1) 廃油流出訓練の記録未作成（施設課）(2) 法的要求事項の順守評価の未更新（環境管理課）"],
             "tables": [[["No.", "区分", "部門", "内容", "是正期限"],
                         ["1", "不適合", "施設課", "廃油流出訓練の記録未作成", "2025/11/30"],
                         ["2", "不適合", "環境管理課", "順守評価表の未更新", "2025/10/31"],
                         ["3", "観察", "製造1課", "分別表示の汚損", "—"]]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail and attached report are classified 部外秘 (subject, body, page header) and go to the auditor",
    },
    {
        "id": "kankyo-039",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["配車係 <haisha@aoba-unyu.co.jp>"],
        "subject": "12/6(土) 臨時回収の立会いについて",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 配車係 ご担当者様

お世話になっております。日の出産業の宮内です。
12/6（土）の臨時回収（金属くず・木くず）は、私が立ち会います。
土曜日は守衛所の内線がつながりませんので、到着前に私の携帯へご連絡ください。

　宮内 携帯：080-5127-3369（当日のみ）

積込み場所は第2工場棟の北側ヤードです。10時到着でお願いします。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the sender's own mobile given as the on-site contact: her own contact, not someone's data",
    },
    {
        "id": "kankyo-040",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["森永 様 <morinaga.h@jgco-cert.or.jp>"],
        "subject": "前回審査の不適合（No.2）是正処置報告書の提出",
        "charset": "cp932",
        "body": """森永様

お世話になっております。東海林です。
前回審査でご指摘いただいた軽微な不適合 No.2 について、是正処置報告書を提出いたします。
水平展開として、他の2工場の訓練記録も確認済みです。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "是正処置報告書_不適合No2.docx",
             "paragraphs": ["是正処置報告書",
                            "不適合No.2：緊急事態（廃油流出）を想定した訓練の記録がなく、"
                            "手順の有効性のレビューが行われていなかった。（箇条 8.2）",
                            "原因：訓練は実施していたが、記録様式が定められておらず、担当者の判断で記録を省略していた。",
                            "修正：2025年6月12日に再訓練を実施し、記録を作成した（施設課 鴨志田、環境管理課 大槻 立会い）。",
                            "是正処置：訓練記録様式（EMS-F-0821）を制定し、年間訓練計画に記録の提出期限を明記した。",
                            "有効性の確認：2025年9月の内部監査で、3工場すべての訓練記録を確認した。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "corrective action report to the certification body; staff named only by role in the work",
    },
]

# ---------------------------------------------------------------------------- 041–060
MESSAGES += [
    {
        "id": "kankyo-041",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["勅使河原 昭 様 <teshigawara.akira@gmail.com>", "鴫原 トシ子 様 <toshiko-s1949@yahoo.co.jp>",
               "五百旗頭 淳 様 <iokibe.jun@docomo.ne.jp>", "北原町第二自治会 <kitahara2.jichikai@icloud.com>"],
        "subject": "住民説明会（11/22）のご案内と事前質問の受付について",
        "charset": "cp932",
        "body": """北原町第一・第二自治会 役員の皆様

いつも大変お世話になっております。
日の出産業株式会社みなみ台工場 総務課の二階堂でございます。

先日ご相談いたしました住民説明会を、下記のとおり開催いたします。
回覧でのご周知にご協力いただけますと幸いです。

　日時：2025年11月22日（土）14:00〜16:00
　会場：さくらホテル 2階「桜の間」（駐車場あり）
　内容：①夜間の騒音・臭気への対策状況　②測定結果のご報告　③質疑応答

事前にご質問がある場合は、11月15日までに本メールへのご返信でお寄せください。

""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "four residents' private addresses in To can see each other: should have been Bcc",
    },
    {
        "id": "kankyo-042",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["環境保全課 土壌・地下水係 <dojo@city.minamidai.lg.jp>"],
        "subject": "一定の規模以上の土地の形質の変更届出（事前相談）",
        "charset": "utf-8",
        "body": """みなみ台市 環境保全課
土壌・地下水係 ご担当者様

お世話になっております。日の出産業株式会社みなみ台工場の大槻です。
第3倉庫の建設に伴い、土壌汚染対策法第4条第1項の届出が必要となる見込みのため、
事前にご相談させてください。

　所在地（地番）：栃木県みなみ台市北原工業団地12番1、12番3の一部
　形質変更の面積：約3,600㎡（掘削 約1,100㎡、盛土 約2,500㎡）
　着工予定：2026年4月
　土地の履歴：1978年〜1996年 資材置場、1996年以降 駐車場（有害物質使用特定施設の設置履歴なし）

地歴調査報告書（案）と配置図を添付いたします。
ご都合のよい日時に、窓口でご説明に伺えればと存じます。
""" + SIG_OTSUKI,
        "attachments": [
            {"kind": "pdf", "name": "地歴調査報告書（案）_第3倉庫.pdf",
             "lines": ["地歴調査報告書（案）", "対象地：栃木県みなみ台市北原工業団地12番1、12番3の一部",
                       "1. 調査方法：登記簿、住宅地図、航空写真（1975、1985、1996、2010年）、聞き取り",
                       "2. 結果：特定有害物質の使用・保管の履歴は確認されなかった。",
                       "3. 結論：土壌汚染のおそれは少ないと考えられる。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "land-parcel numbers of the company's own site in a filing: a business address, not a person's",
    },
    {
        "id": "kankyo-043",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["環境保全課 <kankyo-hozen@city.minamidai.lg.jp>"],
        "subject": "Re: 公害苦情調査（事業者向け照会）へのご回答",
        "charset": "cp932",
        "body": """みなみ台市 環境保全課 御中

お世話になっております。日の出産業みなみ台工場の二階堂です。
ご照会のありました2025年度上期の苦情件数について、以下のとおり回答いたします。

　種別　　　4月 5月 6月 7月 8月 9月　計
　騒音　　　 1　 0　 1　 1　 0　 1　 4
　臭気　　　 0　 1　 1　 0　 1　 1　 4
　粉じん　　 0　 0　 0　 0　 1　 0　 1
　交通　　　 1　 0　 0　 0　 0　 0　 1
　合計　　　 2　 1　 2　 1　 2　 2　10

いずれも近隣住民の方からの申出で、回答・対応は全件完了または対応中です。
個別の内容については、必要でしたら別途ご説明いたします。
""" + SIG_NIKAIDO + """

> 各事業者様
> 公害苦情調査の一環として、貴事業所に寄せられた苦情の件数（種別・月別）を
> 11月14日までにご回答ください。個人が特定される情報は不要です。
> みなみ台市 環境保全課 公害対策係
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "complaint counts by month and type, no complainant identified",
    },
    {
        "id": "kankyo-044",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["環境保全課 公害対策係 <kogai@city.minamidai.lg.jp>"],
        "subject": "夜間騒音測定（11/12）結果報告書の送付",
        "charset": "iso-2022-jp",
        "body": """みなみ台市 環境保全課
公害対策係 ご担当者様

お世話になっております。日の出産業の大槻です。
先日お約束しました、11月12日実施の夜間騒音測定の結果報告書（測定会社作成）を
お送りします。敷地境界4点はいずれも規制基準（夜間 50dB）以下でした。

ご確認のほどよろしくお願いいたします。
""" + SIG_OTSUKI,
        "attachments": [{"kind": "corrupt", "name": "騒音測定結果報告書_20251112.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected",
    },
    {
        "id": "kankyo-045",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["損害サービス課 芹沢 様 <serizawa.k@toyo-sonpo.co.jp>"],
        "subject": "【事故受付 No.25-TK-08816】粉じんによる車両汚損の件 被害者様情報",
        "charset": "utf-8",
        "body": """東洋損害保険株式会社
損害サービス課 芹沢様

いつもお世話になっております。日の出産業 総務課の二階堂です。
8月26日の集じん機フィルター破損に伴う粉じん飛散の件で、被害に遭われた方の
情報をお送りします（ご本人から保険会社への提供についてご了承をいただいています）。

　氏名：鴨居 フミ 様
　住所：栃木県みなみ台市大字南原601-2
　電話：0282-45-9018
　被害車両：軽自動車（とちぎ 580 あ 31-07）ボンネット・屋根の塗装面に付着
　修理見積：株式会社南原モータース 86,900円（見積書を添付します）
　お支払先：みどり銀行 南原支店 普通 2290451 カモイ フミ

現地調査の日程は、ご本人に直接ご連絡いただいて差し支えありません。
""" + SIG_NIKAIDO,
        "attachments": [
            {"kind": "pdf", "name": "修理見積書_南原モータース.pdf",
             "lines": ["御見積書", "株式会社南原モータース", "車両：とちぎ 580 あ 31-07",
                       "作業内容：ボンネット・ルーフ 鉄粉除去、磨き、コーティング", "合計 86,900円（税込）"]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one affected resident's contacts and bank account for an insurance claim: one person, may warn",
    },
    {
        "id": "kankyo-046",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 矢作 様 <yahagi@nishiki-insatsu.co.jp>"],
        "subject": "環境報告書2025 初校の修正指示",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
制作部　矢作様

いつもお世話になっております。日の出産業の東海林です。
環境報告書2025の初校、ありがとうございました。修正点をお送りします。

P.3　トップメッセージ：社長の写真を差し替え（データは別途ギガファイル便でお送りします）
P.12 グラフ：CO2排出量の2023年度の値 18,420 → 18,240 t-CO2
P.18 「地域とのコミュニケーション」：住民説明会の写真は、後ろ姿のもの（No.4）のみ使用
P.22 裏表紙：「本報告書の無断転載を禁じます」の下に、個人情報保護方針のURLを追加

再校は12月5日頃にいただけますと助かります。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print proof corrections for the environmental report; mentions a privacy policy URL only",
    },
    {
        "id": "kankyo-047",
        "sender": "漆畑 由香 <urushibata.yuka@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "はんだ工程の局所排気改善について（ご相談）",
        "charset": "iso-2022-jp",
        "body": """エコリンク総研
長谷部様

はじめてご連絡いたします。日の出産業みなみ台工場 安全衛生課の漆畑と申します。
環境管理課の神保からご紹介いただきました。

はんだ付け工程（製造2課）の局所排気装置の改善についてご相談です。
実は、同工程の作業者 畔柳 剛（46歳）の鉛健康診断（10月）で、血中鉛が 42μg/dL と
前回（21μg/dL）から大きく上昇し、産業医から「要再検査・配置転換を検討」との意見が出ています。
本人は現在、別工程に一時異動しています。

工程の作業環境測定（第1管理区分）では問題が見えていなかったため、
フードの捕集性能や作業姿勢も含めて現地で見ていただけないでしょうか。

漆畑 由香
日の出産業株式会社 みなみ台工場 安全衛生課（保健師）
内線 2210
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's health check result and doctor's opinion, sent outside: sensitive data of one person",
    },
    {
        "id": "kankyo-048",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["近藤 様 <kondo.yusuke@aoba-unyu.co.jp>", "配車係 <haisha@aoba-unyu.co.jp>",
               "宇都宮営業所 所長 <utsunomiya-eigyosho@aoba-unyu.co.jp>"],
        "subject": "構内での車両速度と待機場所について（お願い）",
        "charset": "cp932",
        "body": """青葉運輸株式会社
近藤様、配車係ご担当者様、宇都宮営業所長様

いつもお世話になっております。日の出産業みなみ台工場の宮内です。
近隣の方から「工場前の市道でトラックが待機している」とのご指摘があり、
また構内でも速度超過が見受けられましたので、改めて以下をお願いいたします。

1. 早く到着した場合は、市道ではなく構内東側の待機レーンをご利用ください（7:30開放）
2. 構内の制限速度は 10km/h です
3. 北原町側の住宅地を通るルート（市道北原3号線）は使わないでください

ドライバーの皆様への周知をお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "three addresses, but all of one partner organisation: a single external party",
    },
    {
        "id": "kankyo-049",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["勅使河原 昭 様 <teshigawara.akira@gmail.com>"],
        "cc": ["五百旗頭 淳 様 <iokibe.jun@docomo.ne.jp>"],
        "subject": "夜間騒音測定の結果について（自治会へのご報告）",
        "charset": "iso-2022-jp",
        "body": """北原町第一自治会 会長 勅使河原様
副会長 五百旗頭様

いつもお世話になっております。日の出産業みなみ台工場の神保です。
11月12日に実施した夜間騒音測定の結果を、取り急ぎご報告いたします。

　測定地点　　　　　LAeq　　規制基準（夜間）
　敷地境界 北側　　 46 dB　　50 dB
　敷地境界 東側　　 44 dB　　50 dB
　敷地境界 南側　　 41 dB　　50 dB
　敷地境界 西側　　 43 dB　　50 dB

いずれも基準を下回りましたが、北側は集じん機ファンの音が支配的でしたので、
12月中に防音カバーを追加する予定です。
詳細は22日の説明会でご説明いたします。
""" + SIG_JINBO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "two private persons (two parties) in To/Cc: below the three-party line; free-mail warning only",
    },
    {
        "id": "kankyo-050",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-iaw.jp>"],
        "subject": "近隣住民からの補償要求についてご相談",
        "charset": "utf-8",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の神保です。
近隣の住民の方（以下A様）から、夜間騒音による不眠を理由として、
防音窓の設置費用（約120万円）の負担を求める書面が届きました。

当社としては、測定結果は規制基準内であるものの、集じん機ファンの音が
聞こえていたことは事実であり、一定の対応は必要と考えております。
書面の写しは別途郵送いたしますので、回答の方針についてご相談させてください。

来週前半でお時間をいただけるとありがたいです。
""" + SIG_JINBO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-iaw.jp: homoglyph (I for l) of the partner law firm's domain shirakawa-law.jp",
    },
    {
        "id": "kankyo-051",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "ボイラーのばい煙測定結果（10月）と排出量の算定",
        "charset": "utf-8",
        "body": """長谷部様

お世話になっております。大槻です。
10月のばい煙測定結果を添付いたします。
No.2ボイラーのNOxが前回より上がっているため、バーナー調整の要否についてご意見ください。
""" + SIG_OTSUKI,
        "attachments": [
            {"kind": "xlsx", "name": "ばい煙測定結果_2025-10.xlsx",
             "sheets": {
                 "測定結果": [["ばい煙測定結果（大気汚染防止法 第16条）"],
                          ["施設", "燃料", "測定日", "排ガス量(m3N/h)", "O2(%)", "NOx(ppm)", "NOx基準", "ばいじん(g/m3N)", "ばいじん基準", "SOx(m3N/h)"],
                          ["No.1ボイラー", "都市ガス13A", "2025/10/15", 5200, 5.1, 62, 150, "<0.001", 0.1, "—"],
                          ["No.2ボイラー", "A重油", "2025/10/15", 4800, 4.8, 148, 180, 0.012, 0.3, 0.41],
                          ["乾燥炉", "都市ガス13A", "2025/10/16", 3100, 16.2, 38, 230, "<0.001", 0.2, "—"]],
                 "推移": [["施設", "2024/04", "2024/10", "2025/04", "2025/10"],
                        ["No.2ボイラー NOx", 121, 126, 131, 148]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "stack-gas measurements in an XLSX: equipment rows, no people",
    },
    {
        "id": "kankyo-052",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["環境保全課 公害対策係 <kogai@city.minamidai.lg.jp>"],
        "subject": "立入検査（12/2）の当日対応について",
        "charset": "iso-2022-jp",
        "body": """みなみ台市 環境保全課 公害対策係
ご担当者様

お世話になっております。日の出産業の大槻です。
12月2日（火）の立入検査について、当日の流れをご連絡します。

当日は工場長の日比野、環境管理課長の神保、施設課長の鴨志田と私が対応いたします。
9:30に正門守衛所でお待ちしております。排水処理設備、塗装ブースの脱臭装置、
第2工場棟の集じん機の順にご案内し、最後に会議室で書類（測定記録、苦情対応記録の概要）を
ご確認いただく予定です。

安全靴は当社でご用意いたしますので、サイズを前日までにお知らせください。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "staff names in running text with no data about them",
    },
    {
        "id": "kankyo-053",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["講習会事務局 <koshu@kitakanto-sanpai.or.jp>"],
        "subject": "排出事業者向け実務講習会（1/28）申込",
        "charset": "cp932",
        "body": """一般社団法人 北関東産業資源循環協会
講習会事務局 御中

お世話になっております。日の出産業株式会社みなみ台工場の宮内です。
1月28日の「排出事業者向け 産業廃棄物管理実務講習会」に、下記5名を申し込みます。
修了証の発行に必要とのことで、生年月日・自宅住所も記載しております。

【1】
氏名：宮内 沙織（ミヤウチ サオリ）
生年月日：平成２年１０月５日
自宅：栃木県小山市駅南町３丁目１２－８
電話：０８０－５１２７－３３６９

【2】
氏名：甘粕 拓海（アマカス タクミ）
生年月日：平成８年２月２９日
自宅：栃木県栃木市大平町富田１５５８－２
電話：０９０－７７２１－４０６０

【3】
氏名：雲母 恭子（キララ キョウコ）
生年月日：昭和５８年４月２日
自宅：栃木県みなみ台市桜町１丁目４－２２
電話：０７０－２２４８－９１３７

【4】
氏名：筧 隆司（カケイ リュウジ）
生年月日：S52.11.3
自宅：栃木県下野市石橋６２１－５
電話：0285-53-2207

【5】
氏名：万代 亜紀（バンダイ アキ）
生年月日：H11.6.14
自宅：栃木県みなみ台市西山田９０３
電話：090-1352-6678

受講料（1名 8,800円）は請求書払いでお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five employees' dates of birth (和暦, full-width), home addresses and phones, one record per block",
    },
    {
        "id": "kankyo-054",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["講習受付 <uketsuke@tokkan-koshu.or.jp>"],
        "subject": "特別管理産業廃棄物管理責任者講習 受講申込（2/10 宇都宮会場）",
        "charset": "utf-8",
        "body": """講習受付 ご担当者様

日の出産業株式会社の大槻と申します。
2月10日（火）宇都宮会場の特別管理産業廃棄物管理責任者講習に、1名申し込みます。
Webの申込フォームがエラーになりましたので、メールにて失礼いたします。

　受講者氏名：甘粕 拓海（あまかす たくみ）
　生年月日　：1996年2月29日
　勤務先　　：日の出産業株式会社 みなみ台工場 環境管理課
　勤務先住所：〒329-0215 栃木県みなみ台市北原工業団地12番地
　連絡先　　：0282-45-1180（代表）内線2318
　テキスト　：要

受講料の振込先をご教示ください。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one employee's name and date of birth for a course application (work contacts only): may warn",
    },
    {
        "id": "kankyo-055",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["東和クリーン 業務部 <gyomu@towa-clean.co.jp>"],
        "subject": "緊急時連絡先一覧（廃油・廃酸の運搬に関して）",
        "charset": "cp932",
        "body": """東和クリーン株式会社
業務部 ご担当者様

お世話になっております。日の出産業みなみ台工場の宮内です。
来月から廃酸の運搬をお願いするにあたり、運搬中の漏えい等があった場合の
緊急連絡先をお送りします。車両に備え付けのイエローカードにも記載をお願いします。

・日の出産業 みなみ台工場（代表・夜間は守衛所に転送）　０２８２－４５－１１８０
・みなみ台市 消防本部（通報は119）　　　　　　　　　　　０２８２－４５－０１１９
・みなみ台市 環境保全課 公害対策係　　　　　　　　　　　０２８２－４６－３３２１
・みなみ台市 下水道課（下水道への流入時）　　　　　　　０２８２－４６－３３５０
・関東エコプラント㈱ 受入窓口　　　　　　　　　　　　　０２８９－６２－７７０３

よろしくお願いいたします。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bullet list of organisations' switchboards in full-width digits: businesses, not people",
    },
    {
        "id": "kankyo-056",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "夜間の電話苦情の記録（10月）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>エコリンク総研<br>長谷部様</p>
<p>お世話になっております。日の出産業の二階堂です。<br>
夜間に守衛所で受けた苦情電話の記録です。発生時刻と場所の傾向を見ていただきたく、
守衛の記録をそのまま表にしました（お名前を名乗られなかった方が多いため、着信番号で管理しています）。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>受付日時</th><th>着信番号</th><th>地区</th><th>内容</th><th>折返し</th></tr>
<tr><td>10/03 23:12</td><td>090-6621-4408</td><td>北原町2丁目</td><td>低い連続音</td><td>済</td></tr>
<tr><td>10/07 22:40</td><td>0282-45-3317</td><td>北原町2丁目</td><td>ドンという打撃音</td><td>済</td></tr>
<tr><td>10/11 00:05</td><td>080-3317-0952</td><td>北原町3丁目</td><td>ファンの音</td><td>不通</td></tr>
<tr><td>10/15 23:48</td><td>090-8830-1275</td><td>西山田</td><td>臭い</td><td>済</td></tr>
<tr><td>10/19 22:20</td><td>070-4462-0831</td><td>北原町1丁目</td><td>シンナー臭</td><td>済</td></tr>
<tr><td>10/26 01:30</td><td>080-1907-5546</td><td>大字南原</td><td>トラックのアイドリング</td><td>済</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>──────────<br>日の出産業株式会社 みなみ台工場<br>総務課　二階堂 恵<br>TEL 0282-45-1180（代） 内線2105</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of six callers' phone numbers (no name column): a list of people's records",
    },
    {
        "id": "kankyo-057",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["廃棄物対策課 産業廃棄物係 <sanpai@city.minamidai.lg.jp>"],
        "subject": "多量排出事業者 産業廃棄物処理計画書（2025年度）の提出",
        "charset": "cp932",
        "body": """みなみ台市 環境部 廃棄物対策課
産業廃棄物係 御中

いつもお世話になっております。日の出産業株式会社みなみ台工場の宮内です。
廃棄物処理法第12条第9項に基づく、2025年度の産業廃棄物処理計画書を提出いたします。
電子申請システムが不調のため、メールでお送りします。

前年度実績：発生量 1,284t（うち汚泥 642t、廃プラ 298t）／再生利用率 85.8%
計画目標　：発生量 1,240t／再生利用率 88%／最終処分量 30t以下

不備がございましたらご連絡ください。
""" + SIG_MIYAUCHI,
        "attachments": [
            {"kind": "pdf", "name": "産業廃棄物処理計画書_2025_日の出産業.pdf",
             "title": "産業廃棄物処理計画書",
             "lines": ["様式第二号の八　産業廃棄物処理計画書", "事業者の名称：日の出産業株式会社 みなみ台工場",
                       "事業場の所在地：栃木県みなみ台市北原工業団地12番地", "業種：電気機械器具製造業", ""],
             "table": [["区分", "前年度実績(t)", "目標(t)"], ["排出量", "1,284", "1,240"],
                       ["再生利用量", "1,102", "1,091"], ["熱回収量", "145", "119"], ["最終処分量", "37", "30"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statutory waste plan to the city: tonnages only",
    },
    {
        "id": "kankyo-058",
        "sender": "鴨志田 勝 <kamoshida.masaru@hinode-sangyo.co.jp>",
        "to": ["北斗冷熱サービス 保守課 小此木 様 <okonogi@hokuto-reinetsu.co.jp>"],
        "subject": "RE: 冷媒補充の記録と算定漏えい量について",
        "charset": "utf-8",
        "body": """小此木様

施設課の鴨志田です。充填証明書の送付ありがとうございました。
今年度の補充実績から算定漏えい量を試算しました。

　CH-01（R134a）補充 6.2kg × GWP 1,430 = 8.9 t-CO2
　AC-05（R32）　補充 1.5kg × GWP   675 = 1.0 t-CO2
　合計　約 9.9 t-CO2（報告義務の 1,000 t-CO2 を大きく下回るため報告不要）

ただしCH-01は2年連続で補充しているため、来期の定期点検時に漏えい箇所の特定をお願いします。

> 鴨志田様
> 先日のCH-01の冷媒補充（R134a 6.2kg）の充填証明書をお送りします。
> 北斗冷熱サービス 小此木
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "refrigerant leakage calculation with the maintenance company: no personal data",
    },
    {
        "id": "kankyo-059",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["環境保全課 水質係 <suishitsu@city.minamidai.lg.jp>"],
        "subject": "事故時の措置に関する連絡体制表の提出（水質汚濁防止法）",
        "charset": "iso-2022-jp",
        "body": """みなみ台市 環境保全課 水質係 御中

お世話になっております。日の出産業の大槻です。
先日の指導事項（事故時の連絡体制の明確化）について、連絡体制表を作成しましたので
提出いたします。夜間・休日に市から連絡をいただく場合は、表の順にご連絡ください。
""" + SIG_OTSUKI,
        "attachments": [
            {"kind": "docx", "name": "水質事故時 連絡体制表.docx", "title": "水質事故時 連絡体制表",
             "paragraphs": ["水質事故時（油・有害物質の流出）連絡体制表",
                            "日の出産業株式会社 みなみ台工場　2025年11月改訂",
                            "夜間・休日は守衛所（0282-45-1180 内線 2000）から下表の順に連絡する。"],
             "tables": [[["順位", "氏名", "役職", "携帯電話", "自宅電話"],
                         ["1", "神保 隆之", "環境管理課長", "090-2274-6618", "0282-24-5563"],
                         ["2", "大槻 翔", "環境管理課 主任", "080-6613-0942", "—"],
                         ["3", "鴨志田 勝", "施設課長", "090-5530-2811", "0285-44-1096"],
                         ["4", "宮内 沙織", "環境管理課", "080-5127-3369", "—"],
                         ["5", "日比野 隆三", "工場長", "090-1148-7720", "0282-22-3470"],
                         ["6", "甘粕 拓海", "環境管理課", "090-7721-4060", "—"]]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six employees' private mobiles and home phones sent to the city",
    },
    {
        "id": "kankyo-060",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["株式会社エコ・ラーニング 講師 氷見 様 <himi@eco-learning.jp>"],
        "subject": "1/15 環境教育（新任管理職向け）資料のご確認",
        "charset": "utf-8",
        "body": """株式会社エコ・ラーニング
氷見様

お世話になっております。日の出産業の東海林です。
1月15日の研修で、先生の講義の前に当社から15分ほど説明する資料をお送りします。
内容が先生の講義と重複していないか、ご確認いただけますと幸いです。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "pptx", "name": "当社の環境マネジメント_新任管理職研修.pptx",
             "slides": [["当社の環境マネジメント", "日の出産業株式会社 品質環境保証部", "2026年1月15日"],
                        ["環境方針", "気候変動への対応（2030年 CO2 46%削減）", "資源循環（再生利用率90%）", "地域との共生"],
                        ["著しい環境側面（みなみ台工場）", "塗装工程のVOC排出", "排水処理汚泥", "プレス・集じん機の騒音"],
                        ["管理職の皆さんにお願いしたいこと", "部門の目標の進捗確認", "緊急事態訓練への参加", "苦情を受けたら総務課へ"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training slides for an external instructor: no personal data, no marking",
    },
]

# ---------------------------------------------------------------------------- 061–080
_COMMUTE = []
for _k, (_town, _mode, _km) in enumerate([
        ("栃木県小山市駅南町3丁目12-8", "自家用車（ガソリン）", 18.4),
        ("栃木県栃木市大平町富田1558-2", "自家用車（HV）", 9.7),
        ("栃木県みなみ台市桜町1丁目4-22", "自転車", 3.1),
        ("栃木県下野市石橋621-5", "JR＋送迎バス", 21.0),
        ("栃木県みなみ台市西山田903", "徒歩", 1.2),
        ("栃木県佐野市高萩町1290-14", "自家用車（ガソリン）", 24.6),
        ("栃木県小山市城東4丁目8-3 サンハイム城東202", "自家用車（軽）", 17.9),
        ("栃木県栃木市片柳町2丁目7-31", "バイク", 11.3)]):
    _COMMUTE.append(f"H{10200 + R.randrange(100, 4000)}\t{_town}\t{_mode}\t{_km}\t{R.choice([20, 21, 22])}")

MESSAGES += [
    {
        "id": "kankyo-061",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["篠塚行政書士事務所 <office@shinozuka-gyosei.jp>"],
        "subject": "特定施設の届出状況の棚卸し（設備台帳の抜粋）",
        "charset": "cp932",
        "body": """篠塚先生

お世話になっております。日の出産業の大槻です。
水質汚濁防止法・騒音規制法の特定施設について、届出漏れがないか棚卸しをしています。
設備台帳から抜粋しましたので、届出が必要なもの・変更届が必要なものをご指摘ください。

設備名　　　　　　　　　設置年月日　　　　　　届出日　　　　　　　　根拠
空気圧縮機（75kW）No.1　昭和58年4月2日　　　昭和58年3月10日　　　騒音規制法 特定施設
空気圧縮機（75kW）No.2　平成3年7月19日　　　平成3年6月28日　　　　騒音規制法 特定施設
電気めっき施設　　　　　S62.10.1　　　　　　S62.8.20　　　　　　　水濁法 施行令別表第1 66号
酸・アルカリ洗浄施設　　H11.6.14　　　　　　未確認　　　　　　　　水濁法 施行令別表第1 65号
プレス機（200t）×4台　令和2年2月29日　　　令和2年1月31日　　　　騒音規制法・振動規制法
排水処理施設　　　　　　H8.11.3　　　　　　 H8.9.30　　　　　　　　水濁法 71号の2?（要確認）

「未確認」「要確認」の2件が特に気になっております。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "和暦 dates are installation and filing dates of machines, not anyone's birth dates",
    },
    {
        "id": "kankyo-062",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["尾花 様 <obana@higashinihon-bunseki.co.jp>"],
        "cc": ["環境保全課 公害対策係 <kogai@city.minamidai.lg.jp>", "四十物 久美子 様 <k.aimono1962@gmail.com>"],
        "subject": "臭気測定（11/14）の立会いについて",
        "charset": "iso-2022-jp",
        "body": """東日本環境分析センター 尾花様
（cc：みなみ台市 環境保全課様、北原町 四十物様）

お世話になっております。日の出産業の大槻です。
11月14日（金）の臭気測定について、市のご担当者様と、ご要望をいただいた住民の方にも
立ち会っていただくことになりましたので、関係の皆様に日程をお送りします。

　16:00　正門守衛所 集合
　16:15　敷地境界（北側・東側）で試料採取
　17:00　北原町2丁目（公民館前）で試料採取
　17:30　解散

雨天の場合は前日15時までに、私からご連絡いたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three external parties (measuring company, city, a private resident) see each other in To/Cc",
    },
    {
        "id": "kankyo-063",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["勅使河原 昭 様 <teshigawara.akira@gmail.com>"],
        "subject": "Re: 防音対策を希望する世帯のとりまとめ",
        "charset": "utf-8",
        "body": """勅使河原会長

日の出産業の神保です。とりまとめていただき、ありがとうございます。
いただいた6世帯の皆様には、12月上旬に当社の担当者と施工業者とで順にお伺いし、
窓の状況を確認させていただきます。訪問の日時は、会長を通じてご連絡する形でよろしいでしょうか。

個別にお電話するほうがよろしければ、その旨お知らせください。

神保

On 2025/11/25 19:02, 勅使河原 昭 <teshigawara.akira@gmail.com> wrote:
> 神保さん
> 先日の説明会のあと、防音窓の件で希望を取りました。以下の6世帯です。
>
> 勅使河原 昭　北原町2-14-6　0282-45-3317
> 四十物 久美子　北原町2-9-11　090-6621-4408
> 鴫原 トシ子　北原町3-2-15-103　080-3317-0952
> 漆原 佳奈　北原町2-30-1　090-1184-7736
> 鵜飼 文雄　北原町2-17-2　0282-45-8806
> 狩集 まゆみ　北原町3-5-9　090-3320-1467
>
> よろしくお願いします。勅使河原
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the six-household list is only in the quoted mail of the recipient who wrote it",
    },
    {
        "id": "kankyo-064",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["東和クリーン 業務部 <gyomu@towa-clean.co.jp>"],
        "subject": "FW: 【みなみ台市】産業廃棄物の適正処理に関する説明会のお知らせ",
        "charset": "iso-2022-jp",
        "body": """東和クリーン 業務部 ご担当者様

お世話になっております。日の出産業の宮内です。
市から下記の案内が届きました。収集運搬業者様も対象とのことですので、ご参考まで転送します。
当社からは私と大槻が参加予定です。

-------- 転送メッセージ --------
差出人: みなみ台市 廃棄物対策課 <sanpai@city.minamidai.lg.jp>
件名: 【みなみ台市】産業廃棄物の適正処理に関する説明会のお知らせ

市内の排出事業者及び処理業者の皆様

今年度の説明会を下記のとおり開催します。
　日時：令和8年1月20日（火）13:30〜16:00
　場所：みなみ台市役所 本庁舎5階 大会議室
　内容：(1) 電子マニフェストの義務対象の拡大について
　　　　(2) 委託契約書の記載事項の不備事例
　　　　(3) 令和6年度の立入検査結果
申込：1月9日までに、事業者名・参加人数を本メールへ返信

みなみ台市 環境部 廃棄物対策課 産業廃棄物係
TEL 0282-46-3360
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a city's public notice to a contractor: new text to them, but no personal data",
    },
    {
        "id": "kankyo-065",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["調達部 グリーン調達担当 <green-chotatsu@kawasaki-denki.jp>"],
        "subject": "環境調査票（2025年度）のご提出",
        "charset": "utf-8",
        "body": """川崎電機株式会社
調達部 グリーン調達ご担当者様

いつもお世話になっております。日の出産業みなみ台工場の宮内です。
2025年度の取引先環境調査票をご提出いたします。
化学物質の含有調査（chemSHERPA）は、別途ポータルにアップロードいたしました。

　・ISO 14001 認証：あり（JGCO-E-1187、有効期限 2027/9/14）
　・環境法令違反：過去3年間なし
　・温室効果ガス排出量（Scope1+2）：18,240 t-CO2（2024年度）

ご不明な点はお問い合わせください。
""" + SIG_MIYAUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.jp: the partner's kawasaki-denki.co.jp with co. dropped",
    },
    {
        "id": "kankyo-066",
        "sender": "Ken Shoji <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["Dr. Rajesh Menon <r.menon@jgco-cert.or.jp>"],
        "cc": ["morinaga.h@jgco-cert.or.jp"],
        "subject": "Re: Audit plan - Hinode Sangyo surveillance audit (17-18 Feb 2026)",
        "charset": "utf-8",
        "body": """Dear Dr. Menon,

Thank you for sending the audit plan. We have no objection to the schedule.
A few practical points for your visit:

- Interpretation: Ms. Miyauchi of our Environmental Management Section will accompany you
  on the shop floor and interpret where needed.
- Safety: helmets and safety shoes will be provided. Please let us know your shoe size.
- Documents: the legal compliance evaluation and the emergency drill records will be
  available in the meeting room; we will not send them in advance.
- Photography is not allowed inside the painting line.

We look forward to welcoming you in Minamidai.

Kind regards,
Ken Shoji
ISO Secretariat, Quality & Environment Assurance Dept.
Hinode Sangyo Co., Ltd.
Tel +81-3-5820-4471
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English logistics mail to the auditor (one organisation), disclaimer only",
    },
    {
        "id": "kankyo-067",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["鶴見 昌弘 様 <m.tsurumi.1955@gmail.com>"],
        "subject": "集じん機ファンの低周波音について（ご意見を伺いたく）",
        "charset": "iso-2022-jp",
        "body": """鶴見さん

ご無沙汰しております。神保です。ご退職後もお元気でお過ごしのことと存じます。
騒音対策で長年ご指導いただいた鶴見さんに、ぜひご意見を伺いたいことがあります。

第2工場棟の集じん機（ターボファン 37kW）の音について、近隣から「低い音がする」と
苦情が続いています。1/3オクターブ分析では 31.5Hz と 63Hz にピークがあり、
敷地境界の G特性音圧レベルは 78dB でした。

防音カバーの追加を考えていますが、この帯域では効果が薄いのではと心配しています。
ダクトの共鳴や回転数の変更で対処した事例があれば、教えていただけませんか。

""" + SIG_JINBO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "technical question to one retired expert on free mail: free-mail warning only",
    },
    {
        "id": "kankyo-068",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 矢作 様 <yahagi@nishiki-insatsu.co.jp>"],
        "subject": "環境報告書 P.18 用の住民アンケート集計のお願い",
        "charset": "utf-8",
        "body": """矢作様

お世話になっております。東海林です。
P.18「地域とのコミュニケーション」に載せるグラフ用に、説明会後の住民アンケートの
回答データをお送りします。設問3・4の集計（円グラフ）をお願いできますでしょうか。
回答データは紙からそのまま入力したものです。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "zip", "name": "住民アンケート_回答データ.zip",
             "files": [
                 {"kind": "csv", "name": "アンケート回答_20251122.csv", "encoding": "utf-8",
                  "rows": [["回答No", "氏名", "年代", "住所", "電話", "Q3 説明の分かりやすさ", "Q4 対策への評価", "自由記述"],
                           ["1", "勅使河原 昭", "70代", "北原町2-14-6", "0282-45-3317", "4", "3", "夜間の音は減った"],
                           ["2", "四十物 久美子", "60代", "北原町2-9-11", "090-6621-4408", "3", "2", "測定を続けてほしい"],
                           ["3", "小鳥遊 誠一", "50代", "西山田1201", "0282-46-1043", "5", "4", ""],
                           ["4", "鴫原 トシ子", "70代", "北原町3-2-15-103", "080-3317-0952", "4", "3", "トラックが怖い"],
                           ["5", "鵜飼 文雄", "80代", "北原町2-17-2", "0282-45-8806", "3", "3", ""],
                           ["6", "狩集 まゆみ", "40代", "北原町3-5-9", "090-3320-1467", "2", "2", "臭いがまだする"],
                           ["7", "漆原 佳奈", "30代", "北原町2-30-1", "090-1184-7736", "4", "4", "説明会を毎年開いてほしい"]]},
                 {"kind": "txt", "name": "設問一覧.txt",
                  "text": "Q3 本日の説明は分かりやすかったですか（1〜5）\nQ4 当社の対策をどう評価しますか（1〜5）\n"},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV inside a plain ZIP holds seven residents' names, addresses and phones, sent to the printer",
    },
    {
        "id": "kankyo-069",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["関東エコプラント 業務課 <gyomu@kanto-ecoplant.co.jp>"],
        "subject": "実地確認（9/18）記録のご確認のお願い",
        "charset": "cp932",
        "body": """関東エコプラント株式会社
業務課 ご担当者様

先日は実地確認にご対応いただき、ありがとうございました。
当日は工場長の栗林様、業務課の乙部様にご案内いただき、大変参考になりました。
当社の確認記録をまとめましたので、事実誤認がないかご確認ください。

■確認日　2025年9月18日（木）
■確認者　日の出産業 環境管理課 宮内、大槻
■確認内容
　・受入検査：マニフェストと荷姿・数量の照合を全数実施（確認）
　・保管：保管上限（汚泥 120m3）に対し 約70m3、掲示板あり（適）
　・焼却炉：排ガス連続測定（CO、O2）の記録を確認（適）
　・処理後物の行き先：焼却灰はセメント原料化（搬出先の契約書を確認）
■総合評価　適正

ご確認後、修正がなければ返信のみで結構です。
""" + SIG_MIYAUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "site-visit record naming the processor's staff only by role: no personal data",
    },
    {
        "id": "kankyo-070",
        "sender": "鴨志田 勝 <kamoshida.masaru@hinode-sangyo.co.jp>",
        "to": ["北原精機株式会社 総務課 有働 様 <udo.t@kitahara-seiki.co.jp>"],
        "subject": "Re: 境界付近の振動について",
        "charset": "iso-2022-jp",
        "body": """北原精機株式会社
総務課　有働様

いつもお世話になっております。日の出産業みなみ台工場 施設課の鴨志田です。
ご指摘の、貴社測定室で感じられる振動の件、ご連絡ありがとうございました。

当社側で確認したところ、11月から稼働を始めた200tプレス（4号機）の基礎と
時期が一致しております。来週、振動レベル計で境界と貴社建屋際を同時に測定させて
いただけないでしょうか。貴社側の立会いは、ご担当の有働様お一人で結構です。

候補日：12/3（水）、12/4（木）いずれも10時〜

よろしくお願いいたします。
""" + SIG_KAMOSHIDA + """

> 日の出産業 施設課 ご担当者様
> 北原精機 総務課の有働です。11月に入ってから、当社測定室（南側）で
> 三次元測定機の値が安定しない時間帯があり、貴社の設備の振動ではないかと考えています。
> 北原精機株式会社 総務課 有働 TEL 0282-45-7001（代）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "complaint from a neighbouring company's staff member: a business contact",
    },
    {
        "id": "kankyo-071",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "工場裏の不法投棄について（刑事告発の可否）",
        "charset": "utf-8",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の神保です。
工場北側の当社所有地（資材置場跡）に、9月以降、家電や廃タイヤの不法投棄が続いております。
防犯カメラの映像を確認したところ、同じ軽トラック（とちぎ 480 さ 52-11）が
3回映っており、近所の方の話では、西山田1160-2にお住まいの大河内 誠 氏の車両とのことです。

同氏は2019年にも廃棄物処理法違反（不法投棄）で逮捕され、罰金刑を受けたと
地元紙で報じられていたそうです。

警察への相談・告発を検討しておりますが、当社として注意すべき点（名誉毀損のおそれ等）を
ご教示いただけますでしょうか。映像は別途お持ちします。
""" + SIG_JINBO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named neighbour's address and past arrest/conviction, sent outside (even to the partner law firm)",
    },
    {
        "id": "kankyo-072",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "Scope3 カテゴリ5（廃棄物）算定用データ",
        "charset": "utf-8",
        "body": """長谷部様

お世話になっております。大槻です。
Scope3 カテゴリ5の算定用に、2024年度の品目別・処理方法別の廃棄物量をCSVでお送りします。
排出原単位はグリーン・バリューチェーンDBの最新版でお願いします。
""" + SIG_OTSUKI,
        "attachments": [
            {"kind": "csv", "name": "waste_FY2024_minamidai.csv", "encoding": "utf-8",
             "rows": [["品目", "処理方法", "委託先", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "計(t)"],
                      ["汚泥", "脱水・セメント原料化", "みなみ台リサイクルセンター", 52, 55, 51, 58, 60, 49, 54, 53, 50, 52, 53, 55, 642],
                      ["廃プラスチック類", "RPF化", "関東エコプラント", 24, 25, 23, 26, 27, 24, 25, 25, 24, 24, 25, 26, 298],
                      ["廃油", "燃料化", "関東エコプラント", 9, 8, 10, 9, 9, 8, 9, 10, 9, 8, 9, 10, 108],
                      ["金属くず", "売却（有価）", "丸三商事", 14, 13, 15, 14, 16, 12, 14, 15, 13, 14, 14, 15, 169],
                      ["木くず", "チップ化", "北原環境サービス", 5, 6, 5, 6, 5, 5, 6, 5, 5, 6, 5, 8, 67]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "monthly waste tonnages by item and contractor: no people",
    },
    {
        "id": "kankyo-073",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["森永 様 <morinaga.h@jgco-cert.or.jp>"],
        "subject": "Re: 事前提出資料（内部監査員の力量）について",
        "charset": "iso-2022-jp",
        "body": """森永様

お世話になっております。東海林です。
ご依頼のありました、内部監査員の力量を示す一覧をお送りします。
審査当日は、研修修了証の原本もご確認いただけます。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xlsx", "name": "内部監査員 力量一覧_2025.xlsx",
             "sheets": {"力量一覧": [
                 ["内部環境監査員 力量一覧（2025年10月1日現在）"],
                 ["社員番号", "氏名", "所属", "入社年", "内部監査員研修 修了日", "研修機関", "監査経験（回）", "評価"],
                 ["H08815", "神保 隆之", "環境管理課", 1998, "2012/06/21", "JGCO研修センター", 14, "主任監査員"],
                 ["H10391", "鴨志田 勝", "施設課", 2003, "2015/11/05", "JGCO研修センター", 9, "監査員"],
                 ["H11702", "宮内 沙織", "環境管理課", 2013, "2018/02/16", "エコ・ラーニング", 6, "監査員"],
                 ["H12044", "大槻 翔", "環境管理課", 2014, "2019/07/12", "エコ・ラーニング", 5, "監査員"],
                 ["H12588", "二階堂 恵", "総務課", 2016, "2021/09/30", "社内研修", 3, "監査員"],
                 ["H13016", "畔柳 剛", "製造2課", 2005, "2022/01/27", "社内研修", 2, "監査員補"],
                 ["H13377", "雲母 恭子", "品質保証課", 2008, "2023/06/09", "社内研修", 1, "監査員補"],
                 ["H14102", "甘粕 拓海", "環境管理課", 2019, "2025/05/23", "社内研修", 0, "監査員補"]]}},
        ],
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "eight employees' names with staff numbers and training records asked for by the auditor: employee records or routine audit evidence",
    },
    {
        "id": "kankyo-074",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["勅使河原 昭 様 <teshigawara.akira@gmail.com>"],
        "subject": "「みなみ台工場だより」第12号（回覧用データ）",
        "charset": "utf-8",
        "html": """<html><body>
<p>勅使河原会長</p>
<p>いつもお世話になっております。日の出産業の二階堂です。<br>
「みなみ台工場だより」第12号ができましたので、回覧用のデータをお送りします。
印刷したもの（40部）は明日、公民館にお届けします。</p>
<hr>
<h2 style="color:#2a6">みなみ台工場だより　第12号（2025年12月）</h2>
<h3>■ 夜間の音への対策を行いました</h3>
<p>第2工場棟の集じん機に防音カバーを追加し、ファンの回転数を夜間のみ下げる運転に切り替えました。
敷地境界での測定値は 46dB → 42dB（夜間の規制基準 50dB）になりました。</p>
<h3>■ 年末年始の操業について</h3>
<table border="1" cellpadding="4">
<tr><th>日付</th><th>操業</th><th>トラックの出入り</th></tr>
<tr><td>12/27〜1/5</td><td>休止</td><td>なし</td></tr>
<tr><td>1/6〜</td><td>通常</td><td>7:30〜18:00</td></tr>
</table>
<h3>■ お問い合わせ</h3>
<p>日の出産業株式会社 みなみ台工場 総務課　TEL 0282-45-1180（平日 8:30〜17:15）<br>
夜間・休日は守衛所におつなぎします。</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "HTML newsletter for the residents' association to one chairman on free mail",
    },
    {
        "id": "kankyo-075",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["株式会社エコ・ラーニング 氷見 様 <himi@eco-learning.jp>"],
        "subject": "技能実習生向け 分別教育（英語・ベトナム語）の受講者について",
        "charset": "utf-8",
        "body": """氷見様

お世話になっております。東海林です。
2月の分別教育（やさしい日本語＋ベトナム語通訳）の受講者をお知らせします。
御社の研修施設への入館登録に在留カード番号が必要とのことでしたので、記載しております。

1. NGUYEN VAN HUNG（グエン・ヴァン・フン）　在留カード番号 RK48201937GA　製造1課
2. TRAN THI MAI（チャン・ティ・マイ）　　　在留カード番号 RK51730628HB　製造2課
3. PHAM QUOC BAO（ファム・クオック・バオ）　在留カード番号 RK60914475JC　物流課

当日は通訳として、監理団体の方が1名同行します。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "residence card numbers of three trainees sent to an external trainer: identity document numbers",
    },
    {
        "id": "kankyo-076",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["尾花 様 <obana@higashinihon-bunseki.co.jp>"],
        "subject": "騒音計ロガーのデータ（11/24〜11/30 連続測定）",
        "charset": "iso-2022-jp",
        "body": """尾花様

お世話になっております。大槻です。
お借りしている騒音計で取った1週間の連続測定データを、ZIPでお送りします。
ロガーから出力したCSVをそのまま入れています（10分間隔 LAeq・L5・L50・L95）。
夜間の時間帯に特異な値がないか見ていただけますか。
""" + SIG_OTSUKI,
        "attachments": [
            {"kind": "zip", "name": "noise_log_20251124-30.zip",
             "files": [
                 {"kind": "csv", "name": "north_boundary.csv", "encoding": "utf-8",
                  "rows": [["datetime", "LAeq", "L5", "L50", "L95"]] +
                          [[f"2025-11-24 {h:02d}:{m:02d}", round(40 + R.random() * 8, 1),
                            round(45 + R.random() * 8, 1), round(38 + R.random() * 6, 1),
                            round(34 + R.random() * 5, 1)] for h in range(22, 24) for m in range(0, 60, 10)]},
                 {"kind": "csv", "name": "east_boundary.csv", "encoding": "utf-8",
                  "rows": [["datetime", "LAeq", "L5", "L50", "L95"]] +
                          [[f"2025-11-24 {h:02d}:{m:02d}", round(38 + R.random() * 7, 1),
                            round(43 + R.random() * 7, 1), round(36 + R.random() * 6, 1),
                            round(33 + R.random() * 4, 1)] for h in range(22, 24) for m in range(0, 60, 10)]},
                 {"kind": "txt", "name": "README.txt",
                  "text": "機器: RION NL-52 (貸出品 No.B-07)\n設定: 時定数 FAST, A特性, 10分間隔\n設置: 地上1.2m\n"},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "readable ZIP of noise logger CSVs: numbers only",
    },
    {
        "id": "kankyo-077",
        "sender": "廿浦 亮 <tsuzuura.ryo@hinode-sangyo.co.jp>",
        "to": ["経理部 <keiri@jgco-cert.or.jp>"],
        "cc": ["shoji.ken@hinode-sangyo.co.jp"],
        "subject": "審査料のお支払いについて（請求書 No.JG-25-11873）",
        "charset": "cp932",
        "body": """一般財団法人日本グリーン認証機構
経理部 御中

お世話になっております。日の出産業 経理課の廿浦です。
下記のご請求について、11月28日にお振込みいたしましたのでご連絡いたします。

　請求書番号：JG-25-11873（第1回サーベイランス審査 審査料・旅費）
　金額　　　：748,000円
　振込先　　：みどり銀行 本店営業部 普通 0081442 ザイ）ニホングリーンニンショウキコウ
　振込名義　：ヒノデサンギヨウ（カ

領収書の発行は不要です。よろしくお願いいたします。

経理課　廿浦 亮（内線 1520）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment notice with the certification body's own corporate bank account",
    },
    {
        "id": "kankyo-078",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "Scope3 カテゴリ7（通勤）のサンプルデータ",
        "charset": "utf-8",
        "body": """長谷部様

お世話になっております。大槻です。
カテゴリ7の算定方法のご相談のため、人事から通勤届のデータを一部もらいました。
まずはサンプルとして8名分です。全社員分（約620名）はこの形式で出せます。

社員番号	自宅住所	通勤手段	片道距離(km)	月出勤日数
""" + "\n".join(_COMMUTE) + """

距離は通勤手当の申請値です。ご確認ください。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "eight employees' home addresses by staff number (no name column), tab-separated, to a consultant",
    },
    {
        "id": "kankyo-079",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["東和クリーン 業務部 <gyomu@towa-clean.co.jp>"],
        "subject": "収集運搬委託契約書（案）と別表のご確認",
        "charset": "iso-2022-jp",
        "body": """東和クリーン株式会社
業務部 ご担当者様

お世話になっております。日の出産業の宮内です。
廃酸の収集運搬委託契約書（案）と別表（品目・数量・単価）をお送りします。
別表の単価は先日のお見積り（No.TC-2511-042）のとおりです。
貴社の許可証の写しは、10月にいただいたもの（有効期限 2028年3月31日）を添付しています。
""" + SIG_MIYAUCHI,
        "attachments": [
            {"kind": "pdf", "name": "収集運搬委託契約書（案）_別表.pdf",
             "lines": ["産業廃棄物収集運搬委託契約書（案）　別表1", "委託者：日の出産業株式会社",
                       "受託者：東和クリーン株式会社（許可番号 第00900087712号）", ""],
             "table": [["品目", "性状", "荷姿", "予定数量", "単価"],
                       ["廃酸（硫酸系 pH1〜2）", "液状", "1m3 IBC", "24m3/年", "18,500円/m3"],
                       ["廃アルカリ（苛性ソーダ系）", "液状", "200Lドラム", "6m3/年", "21,000円/m3"]]},
            {"kind": "pdf", "name": "許可証写し_東和クリーン.pdf",
             "lines": ["産業廃棄物収集運搬業許可証", "許可番号 第00900087712号", "氏名又は名称 東和クリーン株式会社",
                       "住所 栃木県栃木市大平町伯仲2281", "許可の有効年月日 2028年3月31日"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract schedule and the company's permit copy: business documents only",
    },
    {
        "id": "kankyo-080",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["石動 様 <isurugi@minamidai-recycle.co.jp>"],
        "subject": "パスワードのご連絡（処分委託契約書）",
        "charset": "iso-2022-jp",
        "body": """石動様

先ほどお送りしたファイルのパスワードです。

　Hs2025!mn

宮内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the password follow-up mail itself carries no attachment and no personal data",
    },
]

# ---------------------------------------------------------------------------- 081–100
MESSAGES += [
    {
        "id": "kankyo-081",
        "sender": "Takayuki Jinbo <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["Emma Caldwell <e.caldwell@greenfield-electronics.com>"],
        "subject": "Environmental incident report - dust release on 26 Aug 2025",
        "charset": "utf-8",
        "body": """Dear Ms. Caldwell,

As discussed in our call, please find attached our incident report on the dust release
from the dust collector at our Minamidai plant on 26 August 2025, for your supplier
audit file. In short: a filter bag ruptured, fine metal dust was deposited on nearby
cars and laundry, no injuries occurred, and the city was notified the same day.

Corrective actions (differential-pressure alarm, bag replacement interval shortened from
24 to 12 months) were completed on 30 September.

Best regards,
Takayuki Jinbo
Hinode Sangyo Co., Ltd. - Minamidai Plant
""",
        "attachments": [
            {"kind": "pdf", "name": "Incident_Report_DC-2_20250826.pdf", "title": "Incident Report DC-2",
             "page_footer": "CONFIDENTIAL - Internal Only",
             "lines": ["Environmental Incident Report No. ENV-2025-03", "Site: Minamidai Plant, Hinode Sangyo Co., Ltd.",
                       "Date of incident: 26 August 2025, approx. 14:20",
                       "Event: rupture of filter bag in dust collector DC-2; metal dust released to the north side",
                       "Impact: deposit on 4 vehicles and laundry in neighbouring houses; no injuries",
                       "Root cause: bag used beyond service life (31 months); no differential-pressure alarm",
                       "Actions: alarm installed (2025-09-12); replacement interval 12 months; inspection checklist revised"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF carries a 'CONFIDENTIAL - Internal Only' footer on every page and goes to a customer",
    },
    {
        "id": "kankyo-082",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "分別ポスター（A2・ラミネート）印刷のお見積り",
        "charset": "cp932",
        "body": """錦印刷株式会社 営業部 御中

いつもお世話になっております。日の出産業みなみ台工場の宮内です。
構内のごみ置き場に掲示する分別ポスターの印刷をお願いしたく、お見積りをお願いします。

　・サイズ：A2、片面カラー、ラミネート加工
　・種類：4種（廃プラ／金属くず／可燃ごみ／機密書類回収箱）各10枚
　・言語：日本語・英語・ベトナム語の併記
　・納期：1月9日（金）

原稿（Word）を添付します。レイアウトはお任せいたします。
""" + SIG_MIYAUCHI,
        "attachments": [
            {"kind": "docx", "name": "分別ポスター原稿.docx",
             "paragraphs": ["【廃プラスチック】Plastic waste / Rác thải nhựa",
                            "入れてよいもの：梱包フィルム、PPバンド、緩衝材",
                            "【金属くず】Metal scrap / Phế liệu kim loại",
                            "【可燃ごみ】Burnable / Rác cháy được",
                            "【機密書類回収箱】Confidential documents / Tài liệu mật — 鍵付き回収箱に入れてください"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "poster text names a 'confidential documents' bin: a mention, not a classification",
    },
    {
        "id": "kankyo-083",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "法的要求事項一覧の見直し（労働安全衛生法関連の追加）",
        "charset": "iso-2022-jp",
        "body": """長谷部様

お世話になっております。大槻です。
法的要求事項一覧に、環境側面と関連の深い労働安全衛生法の項目を追加しました。
追加分を抜粋したテキストを添付します。順守評価の方法（誰が・何を見るか）について
ご意見をいただけますか。
""" + SIG_OTSUKI,
        "attachments": [
            {"kind": "txt", "name": "法的要求事項_追加分.txt", "encoding": "cp932",
             "text": """No.	法令	条項	要求事項	順守評価の方法	担当
41	労働安全衛生法	第65条	作業環境測定（有機溶剤・特化物・粉じん）	測定結果報告書の確認（半年毎）	環境管理課
42	有機溶剤中毒予防規則	第29条	有機溶剤業務従事者の特殊健康診断（6月以内毎）	実施状況（受診率）の確認	安全衛生課
43	特定化学物質障害予防規則	第39条	特化物健康診断	実施状況の確認	安全衛生課
44	鉛中毒予防規則	第53条	鉛健康診断	実施状況の確認	安全衛生課
45	労働安全衛生法	第57条の3	化学物質のリスクアセスメント	実施記録の確認	各部門
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a register of legal requirements that names health checks as duties, about no person",
    },
    {
        "id": "kankyo-084",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["大塚建装 工事部 門馬 様 <monma@otsuka-kenso.co.jp>"],
        "subject": "FW: 防音対策を希望する世帯のとりまとめ",
        "charset": "iso-2022-jp",
        "body": """大塚建装 門馬様

お世話になっております。日の出産業の神保です。
防音窓（内窓）設置の現地調査先について、自治会長さんからいただいたメールを添付します。
各世帯には、会長さんからも調査のご連絡が行く予定です。
日程の調整は、門馬様から直接お電話いただいて構いません。

よろしくお願いいたします。
""" + SIG_JINBO,
        "attachments": [
            {"kind": "eml", "name": "防音対策を希望する世帯のとりまとめ.eml",
             "message": {
                 "sender": "勅使河原 昭 <teshigawara.akira@gmail.com>",
                 "to": ["jinbo.takayuki@hinode-sangyo.co.jp"],
                 "subject": "防音対策を希望する世帯のとりまとめ",
                 "charset": "iso-2022-jp",
                 "body": """神保さん

先日の説明会のあと、防音窓の件で希望を取りました。以下の6世帯です。

勅使河原 昭　北原町2-14-6　0282-45-3317
四十物 久美子　北原町2-9-11　090-6621-4408
鴫原 トシ子　北原町3-2-15-103　080-3317-0952
漆原 佳奈　北原町2-30-1　090-1184-7736
鵜飼 文雄　北原町2-17-2　0282-45-8806
狩集 まゆみ　北原町3-5-9　090-3320-1467

よろしくお願いします。勅使河原
"""}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded mail attached (.eml) lists six households' names, addresses and phones to a contractor",
    },
    {
        "id": "kankyo-085",
        "sender": "鴨志田 勝 <kamoshida.masaru@hinode-sangyo.co.jp>",
        "to": ["検査課 <kensa@jokaso-kensa.or.jp>"],
        "subject": "浄化槽法定検査（11条検査）日程のご回答",
        "charset": "utf-8",
        "body": """公益社団法人 栃木浄化槽検査センター
検査課 御中

施設課の鴨志田です。法定検査のご案内ありがとうございました。
下記の日程でお願いいたします。

　設置場所：栃木県みなみ台市北原工業団地12番地（日の出産業 みなみ台工場 東門横）
　浄化槽：合併処理浄化槽 120人槽（管理番号 M-22-0417）
　希望日：12月9日（火）午前
　立会い：施設課 鴨志田（当日は守衛所で呼び出してください）

保守点検業者の点検記録（直近3回分）は当日ご用意しておきます。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "septic-tank inspection booking: the plant's address and a management number only",
    },
    {
        "id": "kankyo-086",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["環境保全課 公害対策係 <kogai@city.minamidai.lg.jp>"],
        "subject": "Re: 臭気測定の住民立会いについて",
        "charset": "cp932",
        "body": """環境保全課 公害対策係 ご担当者様

お世話になっております。日の出産業の大槻です。
11/14の臭気測定に立ち会われる住民の方は、次の3名です。
当日、雨天等で中止する場合は、市からもご連絡いただけるとのことですので、
ご本人の了解を得て連絡先をお知らせします。

　氏名　　　　　　　連絡先
　四十物 久美子 様　090-6621-4408
　薬袋 みどり 様　　070-5548-2391（17時以降）
　百目鬼 正 様　　　0282-45-6612

よろしくお願いいたします。
""" + SIG_OTSUKI + """

> 日の出産業 大槻様
> 立会いの住民の方の連絡先を、差し支えない範囲で教えてください。
> みなみ台市 環境保全課 公害対策係 大曽根
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three residents' names and phones to the city: fewer than five people, may warn",
    },
    {
        "id": "kankyo-087",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "説明会リハーサル用スライド（ご確認ください）",
        "charset": "utf-8",
        "body": """長谷部様

お世話になっております。二階堂です。
明日のリハーサル用に、説明会の想定問答スライドをお送りします。
「個別のご質問が予想される方」のページは、社内の準備用に作ったものですが、
どなたにどう回答するかもご助言いただければと思い、そのまま入れています。
""" + SIG_NIKAIDO,
        "attachments": [
            {"kind": "pptx", "name": "住民説明会_想定問答_v3.pptx",
             "slides": [["住民説明会 想定問答（v3）", "2025年11月22日　日の出産業株式会社 みなみ台工場"],
                        ["Q1 夜間の音はいつ止まるのか", "A：12月中に防音カバー追加、夜間はファン回転数を下げる"],
                        ["Q2 臭いの原因は何か", "A：塗装乾燥炉の排気（脱臭装置のバイパス運転）。11/10に是正済み"],
                        ["個別のご質問が予想される方",
                         "勅使河原 昭 様（北原町2-14-6）：防音窓の費用負担",
                         "四十物 久美子 様（北原町2-9-11）：低周波音の再測定",
                         "五百旗頭 淳 様（西山田1184-3）：トラックの通行ルート",
                         "鴫原 トシ子 様（北原町3-2-15-103）：夜間の作業時間",
                         "百目鬼 正 様（大字南原558）：排水桝の臭い",
                         "小鳥遊 誠一 様（西山田1201）：路上待機"]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a slide lists six named residents with their addresses and concerns, sent to a consultant",
    },
    {
        "id": "kankyo-088",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "11/22 住民説明会の会場設営についてのお願い",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約係 ご担当者様

お世話になっております。日の出産業の二階堂です。
11/22の説明会の会場設営について、追加のお願いです。

1. 臭気の問題を扱う説明会のため、化学物質過敏症の方がいらっしゃる可能性も考え、
　 会場内の芳香剤・消臭スプレーの使用を控えていただけますでしょうか。
2. 車いすでお越しの方のため、前列の通路側に2席分のスペースをお願いします。
3. 受付は会場入口に長机2台、参加者は40名程度を見込んでいます。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue request mentions chemical sensitivity and wheelchairs in general, about no identifiable person",
    },
    {
        "id": "kankyo-089",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-systems.jp>"],
        "subject": "【問合せ】電子マニフェスト連携で終了報告が取り込まれない",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
サポートデスク ご担当者様

いつもお世話になっております。日の出産業の大槻です。
「廃棄物管理クラウド」のJWNET連携で、11月分の処分終了報告が取り込まれていません。

　加入者番号：2048817
　対象マニフェスト番号：51208834407、51208834418、51208834429（いずれも関東エコプラント分）
　現象：JWNET上は「処分終了報告済」だが、クラウド側は「運搬終了」のまま
　発生：11月18日の夜間バッチ以降

ログの確認をお願いできますでしょうか。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-systems.jp: an 's' added to the partner domain tsubasa-system.jp",
    },
    {
        "id": "kankyo-090",
        "sender": "宮内 沙織 <miyauchi.saori@hinode-sangyo.co.jp>",
        "to": ["近藤 様 <kondo.yusuke@aoba-unyu.co.jp>"],
        "cc": ["関東エコプラント 業務課 <gyomu@kanto-ecoplant.co.jp>"],
        "subject": "Re: 12月の搬入予定とドライバーの変更について",
        "charset": "iso-2022-jp",
        "body": """近藤様、関東エコプラント 業務課様

日の出産業の宮内です。ご連絡ありがとうございます。
12月の搬入予定、承知いたしました。当工場側でも入構証の準備を進めます。
12/19（金）は当工場の棚卸しのため、搬出は午前中のみとさせてください。

宮内

-----Original Message-----
差出人: 近藤 裕介 <kondo.yusuke@aoba-unyu.co.jp>
送信日時: 2025年11月27日 16:12
宛先: 宮内 沙織; 関東エコプラント 業務課
件名: 12月の搬入予定とドライバーの変更について

日の出産業 宮内様、関東エコプラント様

12月から担当ドライバーが下記のとおり変わります。
　蛭田 健二　090-3318-2240
　筧 将太　　080-4452-9017
　芥川 直人　090-7731-0268
　轟 ひろみ　070-1185-3364
　閏間 大輔　080-2261-5590
搬入予定は添付のとおりです。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "reply-all to two organisations; the drivers' list is only in the quoted original they both received",
    },
    {
        "id": "kankyo-091",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["環境保全課 公害対策係 <kogai@city.minamidai.lg.jp>"],
        "subject": "臭気測定（11/14）結果のご報告",
        "charset": "utf-8",
        "body": """みなみ台市 環境保全課 公害対策係 ご担当者様

お世話になっております。日の出産業の大槻です。
11月14日の臭気測定結果（三点比較式臭袋法）をお送りします。
敷地境界の臭気指数は、いずれも規制基準（第1号基準 臭気指数12）以下でした。
北原町公民館前は臭気指数10未満で、脱臭装置への一本化の効果が確認できました。
""" + SIG_OTSUKI,
        "attachments": [
            {"kind": "pdf", "name": "臭気測定結果報告書_20251114.pdf", "title": "臭気測定結果報告書",
             "lines": ["臭気測定結果報告書（三点比較式臭袋法）", "測定日：2025年11月14日 16:15〜17:20",
                       "測定機関：株式会社東日本環境分析センター（計量証明事業 栃木県知事登録 第118号）", ""],
             "table": [["地点", "採取時刻", "臭気指数", "基準"], ["敷地境界 北側", "16:20", "11", "12"],
                       ["敷地境界 東側", "16:35", "10未満", "12"], ["北原町公民館前", "17:05", "10未満", "—"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "readable PDF of odour results to the city: no people",
    },
    {
        "id": "kankyo-092",
        "sender": "鴨志田 勝 <kamoshida.masaru@hinode-sangyo.co.jp>",
        "to": ["日東警備保障 みなみ台隊 <minamidai@nitto-keibi.co.jp>"],
        "subject": "夜間巡回の点検項目追加（集じん機・排水桝）",
        "charset": "cp932",
        "body": """警備隊 ご担当者様

施設課の鴨志田です。12月1日から、夜間巡回（22時・2時）の点検項目に以下を追加します。

・第2工場棟北側：集じん機の異音の有無（「ゴー」という低い音が普段より大きくないか）
・排水処理棟：最終放流桝の臭い・泡・色の異常
・北側フェンス：不法投棄物の有無（見つけた場合は触らず写真のみ）

異常があった場合は、施設課の当番携帯（0282-45-1180 内線 2000 から転送）へ連絡してください。
巡回記録の様式は、明日お届けします。
""" + SIG_KAMOSHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "patrol instructions to the security contractor: no personal data",
    },
    {
        "id": "kankyo-093",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["尾花 様 <obana@higashinihon-bunseki.co.jp>"],
        "subject": "北原町での追加測定（VOC）について",
        "charset": "iso-2022-jp",
        "body": """尾花様

お世話になっております。大槻です。
北原町3丁目の狩集 まゆみ様（北原町3-5-9）から、VOCの測定のご要望をいただきました。
狩集様は化学物質過敏症と診断されており、身体障害者手帳もお持ちとのことで、
「臭いがした日は頭痛と動悸で起き上がれない」とのお話でした。

ご本人のご自宅の室内と屋外で、キシレン・トルエンの簡易測定をお願いできないでしょうか。
訪問時は香料の強い柔軟剤や整髪料を避けていただくよう、ご配慮をお願いいたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named resident's diagnosis and disability certificate, with her address, in new text to an outside firm",
    },
    {
        "id": "kankyo-094",
        "sender": "神保 隆之 <jinbo.takayuki@hinode-sangyo.co.jp>",
        "to": ["環境保全課 公害対策係 <kogai@city.minamidai.lg.jp>"],
        "subject": "苦情対応の経過報告（北原町・低周波音）",
        "charset": "utf-8",
        "body": """みなみ台市 環境保全課 公害対策係 御中

お世話になっております。日の出産業の神保です。
10月に市経由でいただいた苦情（北原町2丁目の住民A様、低周波音）の経過をご報告します。

・10/28　A様宅を訪問し、聞き取り（夜23時以降に低い音）
・11/05　集じん機ファンのベアリング交換、防振ゴム交換
・11/12　夜間騒音測定（敷地境界 北側 46dB、基準50dB）
・11/24〜30　連続測定（1/3オクターブ分析で 31.5Hz にピーク）
・12月中旬　防音カバー追加、夜間の回転数制御を導入予定

A様には12/15頃に対策後の再測定結果をご説明する予定です。
""" + SIG_JINBO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "progress report on a complaint with the resident anonymised as 住民A",
    },
    {
        "id": "kankyo-095",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["大塚建装 工事部 門馬 様 <monma@otsuka-kenso.co.jp>"],
        "subject": "内窓工事の施工順について（鵜飼様宅）",
        "charset": "cp932",
        "body": """大塚建装 門馬様

お世話になっております。日の出産業 総務課の二階堂です。
内窓工事の施工順について、ひとつお願いがございます。

北原町2-17-2の鵜飼 文雄様（80代）は、持病がおありで、夜間の音で眠れないと
体調を崩しやすいとのことでした。可能であれば、鵜飼様宅を最初に施工していただけないでしょうか。
工事当日は、長時間の作業にならないようご配慮いただけますと幸いです。
""" + SIG_NIKAIDO,
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named resident 'has a chronic illness' (no diagnosis): vague health remark, arguably 要配慮",
    },
    {
        "id": "kankyo-096",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["長谷部 様 <hasebe@ecolink-soken.co.jp>"],
        "subject": "Re: 公害防止組織の体制について",
        "charset": "iso-2022-jp",
        "body": """長谷部様

東海林です。ご質問の件、回答いたします。

みなみ台工場の公害防止統括者は工場長の日比野、公害防止管理者は
大気関係が施設課長の鴨志田（大気1種）、水質関係が環境管理課の大槻（水質1種、1月選任予定）です。
騒音・振動関係は特定工場の要件に該当しないため、選任しておりません。
代理者は、大気が甘粕、水質が宮内です。

> みなみ台工場の公害防止組織（統括者・管理者・代理者）と、各人の資格区分を教えてください。
> エコリンク総研 長谷部
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "staff named with their statutory roles and licence class only: organisation data, no personal records",
    },
    {
        "id": "kankyo-097",
        "sender": "二階堂 恵 <nikaido.megumi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "工場だより 第12号 回覧用の部数について",
        "charset": "cp932",
        "body": """錦印刷 営業部 御中

いつもお世話になっております。日の出産業の二階堂です。
工場だより第12号の回覧用の部数をまとめましたので、班ごとに仕分けて納品をお願いします。
納品先は北原町公民館（みなみ台市北原町2丁目1-1）です。
""" + SIG_NIKAIDO,
        "attachments": [
            {"kind": "xls", "name": "回覧部数_第12号.xls",
             "sheets": {"部数": [["自治会", "班", "世帯数", "回覧用部数", "掲示用"],
                               ["北原町第一", "1班", 18, 2, 1], ["北原町第一", "2班", 22, 2, 0],
                               ["北原町第一", "3班", 15, 1, 0], ["北原町第二", "1班", 26, 3, 1],
                               ["北原町第二", "2班", 19, 2, 0], ["南原", "全域", 31, 3, 1],
                               ["西山田", "全域", 24, 2, 1], ["合計", "", 155, 15, 4]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of households per neighbourhood group: counts, no people",
    },
    {
        "id": "kankyo-098",
        "sender": "大槻 翔 <otsuki.sho@hinode-sangyo.co.jp>",
        "to": ["環境保全課 公害対策係 <kogai@city.minamidai.lg.jp>"],
        "cc": ["尾花 様 <obana@higashinihon-bunseki.co.jp>"],
        "subject": "防音カバー設置後の再測定（12/16）日程のご連絡",
        "charset": "iso-2022-jp",
        "body": """みなみ台市 環境保全課 公害対策係 ご担当者様
（cc：東日本環境分析センター 尾花様）

お世話になっております。日の出産業の大槻です。
集じん機の防音カバー設置が完了しましたので、再測定を下記で実施します。
市のご担当者様にも立会いをお願いできればと存じます。

　日時：12月16日（火）22:00〜23:30
　地点：敷地境界4点、北原町公民館前
　項目：騒音（LAeq）、低周波音（1/3オクターブ、G特性）

集合は21:45、正門守衛所です。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (city and measuring firm) in To/Cc: a normal three-way arrangement",
    },
    {
        "id": "kankyo-099",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["shoji.ken@hinode-sangyo.co.jp"],
        "bcc": ["anzen@tatara-setsubi.co.jp", "haisha@aoba-unyu.co.jp", "minamidai@nitto-keibi.co.jp",
                "soji-center@clean-mate.co.jp"],
        "subject": "【構内協力会社の皆様へ】ISO 14001 審査（2/17・18）のお知らせ",
        "charset": "utf-8",
        "body": """構内協力会社の皆様
（BCCにて一斉にお送りしています）

いつもお世話になっております。日の出産業 ISO事務局の東海林です。
2月17日（火）・18日（水）に、ISO 14001 のサーベイランス審査が行われます。
審査員が作業場を巡回し、協力会社の方にも次のような質問をすることがあります。

　・廃棄物の分別ルールを知っていますか
　・油が漏れたときはどうしますか（吸着マットの置き場所）
　・当社の環境方針を見たことがありますか

特別な準備は不要ですが、作業場の掲示物をご確認いただけますと幸いです。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to four contractors correctly sent in Bcc",
    },
    {
        "id": "kankyo-100",
        "sender": "東海林 健 <shoji.ken@hinode-sangyo.co.jp>",
        "to": ["森永 様 <morinaga.h@jgco-cert.or.jp>"],
        "cc": ["jinbo.takayuki@hinode-sangyo.co.jp", "hibino.ryuzo@kojo.hinode-sangyo.co.jp"],
        "subject": "サーベイランス審査の御礼",
        "charset": "iso-2022-jp",
        "body": """森永様

日の出産業 ISO事務局の東海林です。
2日間にわたる審査、誠にありがとうございました。
ご指摘いただいた観察事項3件（苦情受付から回答までの期限の明確化、
廃棄物保管場所の掲示、法的要求事項一覧の改訂記録）は、3月末までに対応いたします。

審査報告書は社内で機密情報として取り扱い、関係部門にのみ共有いたします。
今後ともよろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you to the auditor; '機密情報として取り扱い' describes handling, it is not a marking",
    },
]
