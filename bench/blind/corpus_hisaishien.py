"""Blind evaluation corpus, area "hisaishien": mail of Hinode Sangyo's general affairs,
HR, welfare and accounting staff supporting employees hit by the September heavy-rain
flood (Nagano plant) and the Kumamoto earthquake — home damage surveys with insurers and
loss adjusters, relief payments through the bank, borrowed temporary housing and hotels,
certificates of disaster damage (罹災証明) with local governments, family safety
confirmation, counselling and social-insurance paperwork.  Written blind from
bench/blind/BRIEF.md (and the names in SPEC.md) without reading mailguard's code."""

from build import card_number, my_number

SEED = 58401


def _fw(s):
    """full-width digits and hyphens, as some people type them"""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _sp(n):
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _cd(n):
    return f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"


SIG_MORISHITA = """
--------------------------------------------------
日の出産業株式会社 総務部 災害対策事務局
森下 和彦（Kazuhiko Morishita）
〒101-0024 東京都千代田区神田和泉町2-17 日の出ビル6F
TEL 03-5821-4470（直通） / FAX 03-5821-4479
Mail k-morishita@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_HASEBE = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 労務グループ　長谷部 早苗
TEL：03-5821-4415　内線 2315
E-mail：s-hasebe@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_USAMI = """
━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 福利厚生課
宇佐美 瑞穂 / Mizuho Usami
〒101-0024 東京都千代田区神田和泉町2-17
TEL 03-5821-4418  携帯(業務用) 080-3019-6652
━━━━━━━━━━━━━━━━━━━━━"""

SIG_KASAHARA = """
日の出産業(株) 長野工場 総務課
笠原 伸一
〒387-0011 長野県千曲市杭瀬下4-210
TEL 026-272-3301 / FAX 026-272-3309"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the
sender and delete it."""

MESSAGES = [
    {
        "id": "hisaishien-001",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["宮内 直人 <n-miyauchi@hinata-sonpo.co.jp>"],
        "subject": "【ご報告】9月豪雨 団体火災保険ご加入者の住宅被害（第1報）",
        "body": """ひなた損害保険株式会社
企業営業第二課　宮内様

いつもお世話になっております。日の出産業の森下でございます。

先日お電話でご相談いたしました、9月の豪雨による社員住宅の被害につきまして、
団体火災保険（証券番号 HF-2207-33815）ご加入者のうち、現時点で被害の申告が
あった社員を下記のとおりご報告いたします。鑑定人の方の訪問調査の段取りに
お使いください。

No 氏名            住所                                      連絡先          被害状況
---------------------------------------------------------------------------------------------
 1 上條 雄一       長野県千曲市屋代2415-3                    090-4418-2730   床上浸水（約60cm）
 2 宮坂 恵理       長野県千曲市粟佐1188                      080-6621-0954   床下浸水
 3 滝沢 健吾       長野県埴科郡坂城町南条5521-1              090-2287-4416   床上浸水（約1.1m）
 4 小野沢 美智子   長野県上田市小泉3370-8                    070-3349-8812   車両水没・床下浸水
 5 北原 大輔       長野県千曲市杭瀬下1-12-7 コーポ桜205      090-9051-3368   床上浸水
 6 丸山 沙織       長野県長野市篠ノ井二ツ柳2244              080-1472-6690   外壁損壊
 7 関 博之         長野県千曲市雨宮880-2                     090-7735-0218   床上浸水（約40cm）
 8 唐沢 しのぶ     長野県埴科郡坂城町中之条3102              080-5512-9937   床下浸水

なお、連絡先は本人の携帯電話です。日中は片付けで出られないことが多いため、
SMSを併用していただけますと助かります。

第2報は来週前半にお送りする予定です。
引き続きよろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 employees' home addresses and mobiles in a padded table to the insurer: list of people",
    },
    {
        "id": "hisaishien-002",
        "charset": "cp932",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["中野 様 <nakano@kotobuki-agency.co.jp>"],
        "subject": "Re: 豪雨被害の件数について",
        "body": """寿保険サービス株式会社
中野様

お世話になっております。日の出産業 森下です。
お問い合わせいただいた被害件数を取り急ぎ集計しました（9/20 17時時点、本人申告ベース）。

　・住宅の被害あり　　　　29件
　　　床上浸水　　　　　　14件
　　　床下浸水　　　　　　 9件
　　　一部損壊（外壁・屋根） 6件
　・自家用車の水没　　　　11台
　・人的被害　　　　　　　なし

地域別では千曲市が19件、坂城町が6件、上田市・長野市が各2件です。
個別の明細は、保険会社様との取り決めどおり加入者ご本人から事故受付をしていただく
流れでよいか、念のため確認させてください。

よろしくお願いいたします。

森下
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate damage counts to the insurance agent, no person identifiable",
    },
    {
        "id": "hisaishien-003",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["川辺市 生活再建支援係 <seikatsu-saiken@city.kawabe.nagano.lg.jp>"],
        "subject": "被災者生活再建支援金の申請について（代理提出のご相談）",
        "body": f"""川辺市役所 福祉部 生活再建支援係 御中

お世話になります。日の出産業株式会社 人事部の長谷部と申します。

弊社社員が貴市内の自宅で被災し、現在入院中の家族の付き添いで窓口に伺えない
ため、本人の委任を受けて申請書類を郵送したいと考えております。
申請書の記入にあたり、以下の内容で問題ないかご確認いただけますでしょうか。

　申請者氏名　：荻原 正樹（おぎわら まさき）
　住所　　　　：長野県川辺市古町3丁目8番14号
　個人番号　　：{_sp(my_number(SEED + 1))}
　連絡先　　　：090-6183-2207
　罹災証明書　：第R6-0412号（大規模半壊）

委任状の様式が市の指定のものである必要があるかどうかも、併せてご教示ください。

よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an employee's My Number with name and address sent to the city office",
    },
    {
        "id": "hisaishien-004",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["takumi.hirabayashi.88@gmail.com"],
        "subject": "災害見舞金 支給決定のお知らせ",
        "body": """平林 拓海 様

日の出産業 人事部 福利厚生課の宇佐美です。
会社のPCがまだ使えないとのことで、ご指定いただいたこちらのアドレスにお送りします。

このたびの豪雨で被災されたこと、心よりお見舞い申し上げます。
ご申請いただいた災害見舞金について、慶弔見舞金規程第12条（床上浸水）に基づき
支給が決定しましたのでお知らせします。

　支給額　　：100,000円
　振込予定日：10月4日（金）
　振込先　　：給与振込口座と同じ口座

共済会からの給付（別途申請）は、受付後おおむね2週間でのお振込みになります。
ご不明な点は、私（080-3019-6652）まで遠慮なくご連絡ください。

くれぐれもご無理なさいませんように。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one employee told about his own relief payment at his private address; no third-party data",
    },
    {
        "id": "hisaishien-005",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["y.kamijo0612@gmail.com", "eri-miyasaka@yahoo.co.jp",
               "kengo.tkzw@docomo.ne.jp", "michiko_onozawa@icloud.com",
               "d.kitahara@outlook.jp"],
        "subject": "安否確認へのご協力のお礼と見舞金申請のご案内",
        "body": """皆さま

総務部 災害対策事務局の森下です。
会社アドレスが使えない方がいらっしゃるため、届け出いただいた個人アドレスに
お送りしています。

安否確認にご回答いただきありがとうございました。全員の無事を確認できております。

災害見舞金・共済会給付の申請は、以下の書類をそろえて長野工場 総務課（笠原）へ
郵送または持参してください。
　1. 災害見舞金申請書（会社指定様式・添付なし、総務課にあります）
　2. 罹災証明書の写し（後日提出でも可）
　3. 被害状況のわかる写真（スマホ写真の印刷で可）

申請期限は11月29日です。罹災証明書の交付が遅れている場合は期限を延長します。

どうぞお身体を大切になさってください。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five employees' private addresses in To, visible to each other: should have been Bcc",
    },
    {
        "id": "hisaishien-006",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["傷害保険金サービス課 <shogai-claim@hinata-sonpo.co.jp>"],
        "subject": "団体傷害保険 事故のご連絡（復旧作業中の負傷）",
        "body": """ひなた損害保険株式会社
傷害保険金サービス課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の長谷部でございます。

団体傷害保険（証券番号 GA-5531-0078）の被保険者について、事故のご連絡をいたします。

■被保険者　　桐生 和也（きりゅう かずや）長野工場 製造二課
■生年月日　　昭和62年3月9日
■事故日時　　9月21日 午前10時ごろ
■事故状況　　浸水した工場1階の泥出し作業中、濡れた床で転倒
■傷病名　　　右足関節果部骨折（千曲中央病院にて手術、約3週間の入院見込み）
■通院・入院　9/21〜入院中

保険金請求書類一式のご送付をお願いいたします。
送付先は弊社人事部（下記署名の住所）宛てでお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's fracture diagnosis and hospitalisation (medical information) to the insurer",
    },
    {
        "id": "hisaishien-007",
        "charset": "utf-8",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["miyuki_sekine_77@yahoo.co.jp"],
        "subject": "工場近くで空きのある宿泊施設",
        "body": """関根さん

長野工場 総務の笠原です。昨日お電話でお話しした、工場から通える範囲の宿泊施設です。
9/24の時点で空室ありと回答のあったところだけ載せています。

・ホテル千曲リバーサイド　　千曲市上山田温泉2-31-5　TEL 026-275-1180（素泊まり6,800円〜）
・ビジネス旅館 やしろ荘　　千曲市屋代1920　TEL 026-272-0451（1泊2食 8,500円）
・さくらホテル 上田駅前　　上田市天神1-4-22　TEL 0268-23-3911（法人契約あり）
・ルートイン風 しなの坂城　坂城町坂城6650-1　TEL 0268-82-5520

さくらホテルは会社の法人契約が使えるので、予約の際に「日の出産業の社員」と
伝えてください。請求は会社に回ります。

笠原
""" + SIG_KASAHARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a list of hotels (businesses with switchboards) to one employee's private address",
    },
    {
        "id": "hisaishien-008",
        "charset": "cp932",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["中野 様 <nakano@kotobuki-agency.co.jp>"],
        "subject": "被災社員一覧（第2報）送付",
        "body": """寿保険サービス株式会社
中野様

お世話になっております。日の出産業の森下です。

第2報の被災社員一覧をお送りします。
添付ファイルはパスワード付きZIPにしております。パスワードは別メールにて
お送りしますのでご確認ください。

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "attachments": [
            {"kind": "zip", "name": "被災社員一覧_第2報.zip", "password": "Hn58#kRw2024",
             "files": [
                 {"kind": "xlsx", "name": "被災社員一覧_第2報.xlsx",
                  "sheets": {"一覧": [
                      ["氏名", "住所", "携帯", "被害"],
                      ["藤森 雅人", "長野県千曲市八幡3302", "090-3381-2264", "床上浸水"],
                      ["青木 沙耶", "長野県千曲市磯部1104-2", "080-7712-0935", "床下浸水"],
                      ["竹内 亮介", "長野県上田市上塩尻771", "070-1266-4803", "床上浸水"],
                      ["小林 聡子", "長野県埴科郡坂城町網掛2019", "090-8140-5527", "一部損壊"],
                      ["百瀬 健", "長野県千曲市戸倉2851-6", "080-2039-7718", "床上浸水"],
                      ["中沢 菜摘", "長野県長野市篠ノ井塩崎6620", "090-6675-3091", "床下浸水"],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the agent: the attachment cannot be inspected",
    },
    {
        "id": "hisaishien-009",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["中野 様 <nakano@kotobuki-agency.co.jp>"],
        "subject": "【パスワード】被災社員一覧（第2報）送付",
        "body": """中野様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　Hn58#kRw2024

ご確認のほどよろしくお願いいたします。

日の出産業 森下
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    {
        "id": "hisaishien-010",
        "charset": "cp932",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["法人営業部 西条 様 <saijo@minato-fudosan.co.jp>"],
        "subject": "借上げ社宅（応急）のお願い：入居希望者一覧",
        "body": """みなと不動産株式会社
法人営業部 西条様

お世話になっております。日の出産業の宇佐美です。
先日ご相談した被災社員向けの借上げ社宅について、入居希望者の一覧を添付いたします。
それぞれ希望エリアと入居希望日を記載しておりますので、条件に合う物件を
ご紹介いただけますと幸いです。

仲介手数料・敷金等の扱いは、2枚目のシートの会社負担条件をご確認ください。

何卒よろしくお願いいたします。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "xlsx", "name": "借上げ社宅_入居希望者一覧_0918.xlsx",
             "title": "借上げ社宅 入居希望者一覧",
             "sheets": {
                 "入居希望者": [
                     ["借上げ社宅 入居希望者一覧（9/18時点）"],
                     [],
                     ["No", "氏名", "所属", "世帯人数", "被災住所", "携帯電話", "希望エリア", "入居希望日"],
                     [1, "上條 雄一", "製造一課", 4, "長野県千曲市屋代2415-3", "090-4418-2730", "千曲市・坂城町", "10/1"],
                     [2, "滝沢 健吾", "品質保証課", 3, "長野県埴科郡坂城町南条5521-1", "090-2287-4416", "坂城町", "即日"],
                     [3, "北原 大輔", "設備保全課", 1, "長野県千曲市杭瀬下1-12-7", "090-9051-3368", "工場まで車15分", "9/25"],
                     [4, "関 博之", "物流課", 5, "長野県千曲市雨宮880-2", "090-7735-0218", "千曲市", "10/5"],
                     [5, "竹内 亮介", "製造二課", 2, "長野県上田市上塩尻771", "070-1266-4803", "上田市", "10/1"],
                     [6, "百瀬 健", "総務課", 3, "長野県千曲市戸倉2851-6", "080-2039-7718", "千曲市（戸倉・上山田）", "10/10"],
                     [7, "ファム・ヴァン・ロン", "製造一課", 1, "長野県千曲市粟佐1420 レオパレス粟佐103", "080-9917-3342", "工場近辺", "即日"],
                 ],
                 "会社負担条件": [
                     ["項目", "条件"],
                     ["家賃上限", "単身 55,000円 / 世帯 85,000円"],
                     ["仲介手数料", "会社負担"],
                     ["敷金", "会社負担（退去時精算）"],
                     ["契約期間", "最長2年"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with seven employees' damaged home addresses and mobiles to an estate agent: list of people",
    },
    {
        "id": "hisaishien-011",
        "charset": "utf-8",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["信濃損害鑑定 営業部 <eigyo@shinano-kantei.co.jp>"],
        "subject": "住宅被害調査のご依頼に先立つ秘密保持契約の締結について",
        "body": """株式会社信濃損害鑑定
営業部 御中

いつもお世話になっております。日の出産業の森下です。

被災社員の住宅被害調査（社宅・持家の簡易鑑定）をお願いするにあたり、
社員の氏名・住所等をお渡しすることになりますので、事前に秘密保持契約を
締結させていただきたく存じます。

弊社ひな型の秘密保持契約書（案）を添付いたします。
貴社のご要望があれば修正いたしますので、コメントを付けてご返送ください。
契約締結後に、対象者のリストをお送りいたします。

よろしくお願いいたします。
""" + SIG_MORISHITA + DISCLAIMER_JA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書（案）_信濃損害鑑定.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）と株式会社信濃損害鑑定（以下「乙」という。）は、甲の従業員の住宅被害調査業務（以下「本業務」という。）に関し、次のとおり契約を締結する。",
                 "第1条（秘密情報）本契約において秘密情報とは、本業務に関して甲が乙に開示する一切の情報をいい、個人情報を含む。",
                 "第2条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                 "第3条（第三者への開示の禁止）乙は、甲の書面による事前の承諾なく、秘密情報を第三者に開示してはならない。",
                 "第4条（返還・廃棄）本業務終了後、乙は秘密情報を速やかに返還又は廃棄し、その旨を書面で報告する。",
                 "第5条（有効期間）本契約の有効期間は締結日から3年間とする。",
                 "以上",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft contract attached; mentions of 秘密情報 are not a marking",
    },
    {
        "id": "hisaishien-012",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["笠原 伸一 <s-kasahara@hinode-sangyou.co.jp>"],
        "subject": "避難中の社員の連絡先（最新）",
        "body": """笠原さん

お疲れさまです。森下です。
避難所・親族宅に身を寄せている社員の最新の連絡先です。
工場の再開日が決まったら、この連絡先に電話で伝えてください。

氏名　　　　避難先　　　　　　　　　　　　　　　連絡先
宮坂 恵理　 長野県千曲市屋代小学校体育館　　　　080-6621-0954
小野沢 美智子 長野県上田市中央6-5-9（実家）　　 070-3349-8812
丸山 沙織　 長野県長野市篠ノ井布施高田1811（姉宅） 080-1472-6690
唐沢 しのぶ 長野県埴科郡坂城町文化センター　　 080-5512-9937
藤森 雅人　 長野県千曲市八幡3302（2階で生活）　 090-3381-2264
青木 沙耶　 長野県松本市島内4410-2（義母宅）　　 080-7712-0935

よろしくお願いします。
森下
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for the plant colleague but addressed to hinode-sangyou.co.jp (letter added), with six employees' whereabouts and phones",
    },
    {
        "id": "hisaishien-013",
        "charset": "utf-8",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["給与グループ <kyuyo@hinode-sangyo.co.jp>"],
        "cc": ["長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>"],
        "subject": "10月給与：災害見舞金の支給対象者（非課税確認用）",
        "body": """給与グループ各位

福利厚生課の宇佐美です。
10/4振込の災害見舞金の対象者一覧を添付します。
見舞金は社会通念上相当な金額のため非課税扱いの想定ですが、
共済会給付と合算した場合の確認のため、個人番号も付けています。
社内共有フォルダ（人事_給与）以外には保存しないようお願いします。

宇佐美
""",
        "attachments": [
            {"kind": "csv", "name": "mimaikin_taisho_1004.csv", "encoding": "cp932",
             "rows": [
                 ["社員番号", "氏名", "個人番号", "見舞金区分", "支給額"],
                 ["H10233", "上條 雄一", my_number(SEED + 2), "床上浸水", "100000"],
                 ["H11802", "滝沢 健吾", my_number(SEED + 3), "床上浸水", "100000"],
                 ["H12977", "北原 大輔", my_number(SEED + 4), "床上浸水", "50000"],
                 ["H09715", "関 博之", my_number(SEED + 5), "床上浸水", "100000"],
                 ["H13340", "宮坂 恵理", my_number(SEED + 6), "床下浸水", "30000"],
                 ["H14408", "唐沢 しのぶ", my_number(SEED + 7), "床下浸水", "30000"],
             ]},
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "My Numbers of six employees, but every recipient is internal",
    },
    {
        "id": "hisaishien-014",
        "charset": "cp932",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["中野 様 <nakano@kotobuki-agency.co.jp>"],
        "subject": "長野工場 浸水被害状況報告書の送付",
        "body": """寿保険サービス 中野様

いつもお世話になっております。日の出産業 長野工場の笠原です。
企業財産保険の事故受付に必要とのことで、社内向けに作成した被害状況報告書を
そのままお送りします。数字は9/22時点のものです。

ご確認よろしくお願いいたします。
""" + SIG_KASAHARA,
        "attachments": [
            {"kind": "docx", "name": "長野工場_浸水被害状況報告書_0922.docx",
             "page_header": "社外秘",
             "title": "長野工場 浸水被害状況報告書",
             "paragraphs": [
                 "長野工場 浸水被害状況報告書（9月22日現在）",
                 "1. 概要：9月19日未明、工場東側の用水路から越水し、第1・第2棟の1階が最大75cm浸水した。",
                 "2. 設備被害：成形機3台、受電設備（キュービクル）1基、フォークリフト2台が浸水。",
                 "3. 在庫被害：原材料（樹脂ペレット）約12t、製品在庫 約4,800ケースが廃棄見込み。",
                 "4. 復旧見込み：受電設備の交換に約3週間。第2棟は10月中旬の再稼働を目標とする。",
             ],
             "tables": [[
                 ["区分", "被害額見込み（千円）"],
                 ["建物", "38,500"],
                 ["機械設備", "121,000"],
                 ["在庫", "27,300"],
                 ["合計", "186,800"],
             ]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached report carries a 社外秘 header stamp and goes to the insurance agent",
    },
    {
        "id": "hisaishien-015",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["宮内 直人 <n-miyauchi@hinata-sonpo.co.jp>"],
        "subject": "Re: 鑑定人訪問の日程について",
        "body": """宮内様

ご連絡ありがとうございます。森下です。
9/27（金）・9/28（土）の2日間で5名分を回っていただける件、承知いたしました。
各社員には、本日中に私から訪問予定日を連絡しておきます。
当日は工場の総務課（笠原）が同行いたします。

よろしくお願いいたします。

森下

> 日の出産業株式会社
> 森下様
>
> お世話になっております。ひなた損害保険の宮内です。
> 鑑定人の訪問日程ですが、下記でいかがでしょうか。
>
> 9/27（金）
>  10:00 上條 雄一様  長野県千曲市屋代2415-3    090-4418-2730
>  13:30 北原 大輔様  長野県千曲市杭瀬下1-12-7  090-9051-3368
>  15:30 関 博之様    長野県千曲市雨宮880-2     090-7735-0218
> 9/28（土）
>  10:00 滝沢 健吾様  長野県埴科郡坂城町南条5521-1 090-2287-4416
>  14:00 竹内 亮介様  長野県上田市上塩尻771     070-1266-4803
>
> ご都合が悪い方がいらっしゃればお知らせください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person schedule is only in the quoted text of the insurer's own mail; new text has no personal data",
    },
    {
        "id": "hisaishien-016",
        "charset": "cp932",
        "sender": "小此木 亮 <r-okonogi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
        "subject": "総合振込データ送付（災害見舞金 10/4支払分）",
        "body": """株式会社みどり銀行
法人営業部 御中

いつも大変お世話になっております。
日の出産業株式会社 経理部の小此木でございます。

インターネットバンキングの承認者が被災により不在のため、先日お電話でご相談した
とおり、10/4支払分の災害見舞金の総合振込データをお送りいたします。
お手数ですが、代行での取扱いをお願いいたします。

　振込指定日：10月4日
　件数：12件　合計金額：870,000円

日の出産業株式会社 経理部 小此木 亮
TEL 03-5821-4431
""",
        "attachments": [
            {"kind": "csv", "name": "sogofurikomi_20241004.csv", "encoding": "cp932",
             "rows": [
                 ["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "金額"],
                 ["0588", "102", "1", "3318204", "ｶﾐｼﾞﾖｳ ﾕｳｲﾁ", "100000"],
                 ["0588", "102", "1", "1125679", "ﾐﾔｻｶ ｴﾘ", "30000"],
                 ["0588", "117", "1", "4402918", "ﾀｷｻﾞﾜ ｹﾝｺﾞ", "100000"],
                 ["0142", "301", "1", "0917733", "ｵﾉｻﾞﾜ ﾐﾁｺ", "50000"],
                 ["0588", "102", "1", "2276105", "ｷﾀﾊﾗ ﾀﾞｲｽｹ", "50000"],
                 ["9900", "238", "1", "5530281", "ﾏﾙﾔﾏ ｻｵﾘ", "30000"],
                 ["0588", "102", "1", "6681240", "ｾｷ ﾋﾛﾕｷ", "100000"],
                 ["0588", "117", "1", "3049126", "ｶﾗｻﾜ ｼﾉﾌﾞ", "30000"],
                 ["0142", "305", "2", "7712030", "ﾌｼﾞﾓﾘ ﾏｻﾄ", "100000"],
                 ["0588", "102", "1", "0398847", "ｱｵｷ ｻﾔ", "30000"],
                 ["0588", "121", "1", "5561927", "ﾀｹｳﾁ ﾘﾖｳｽｹ", "100000"],
                 ["9900", "238", "1", "8820364", "ﾓﾓｾ ｹﾝ", "150000"],
             ]},
        ],
        "expect": "stop",
        "entities": ["JP_BANK_ACCOUNT", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "twelve employees' bank accounts in a transfer CSV sent to the bank by mail: list of people",
    },
    {
        "id": "hisaishien-017",
        "charset": "iso-2022-jp",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["さくらホテル上田駅前 予約係 <ueda-reserve@sakura-hotel.jp>"],
        "subject": "法人契約での連泊予約のお願い（2世帯）",
        "body": """さくらホテル上田駅前
ご予約ご担当者様

いつもお世話になっております。日の出産業 長野工場の笠原です。
自宅が浸水した社員家族の宿泊を、法人契約でお願いしたく存じます。

【1】代表者：竹内 亮介 様　大人2名　携帯 070-1266-4803
　　 9/25（水）〜10/9（水）14泊　ツイン1室
【2】代表者：中沢 菜摘 様　大人1名・小学生1名　携帯 090-6675-3091
　　 9/25（水）〜10/2（水）7泊　ツイン1室（添い寝なし）

お支払いは法人契約（契約番号 SK-HN-0031）にて月末締め請求でお願いします。
お手数ですが、空室状況をご回答いただけますでしょうか。
""" + SIG_KASAHARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two guests' names and mobiles for a hotel booking: under five people, may be warned",
    },
    {
        "id": "hisaishien-018",
        "charset": "utf-8",
        "sender": "小此木 亮 <r-okonogi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル上田駅前 予約係 <ueda-reserve@sakura-hotel.jp>"],
        "subject": "Re: 法人契約での連泊予約のお願い（2世帯）お支払い方法の変更",
        "body": f"""さくらホテル上田駅前
ご予約ご担当者様

日の出産業 経理部の小此木です。
先ほどの2世帯分の宿泊について、請求書払いではなく法人カードでの事前決済を
ご希望とのことでしたので、カード情報をお知らせいたします。

　カード番号：{_cd(card_number(SEED + 101))}
　有効期限　：08/28
　名義　　　：HINODE SANGYO CO LTD

決済後、領収書は経理部宛てにご郵送ください。
よろしくお願いいたします。

経理部 小此木 亮（03-5821-4431）
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number in the mail body to the hotel",
    },
    {
        "id": "hisaishien-019",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["川辺市 建築住宅課 <kasetsu@city.kawabe.nagano.lg.jp>"],
        "subject": "応急仮設住宅（借上げ型）入居申込みに関するご相談",
        "body": """川辺市役所 建設部 建築住宅課 御中

日の出産業株式会社 人事部の長谷部と申します。
弊社社員の世帯が、貴市の借上げ型応急仮設住宅への入居を希望しております。
本人が仕事の都合で平日に窓口へ伺えないため、世帯の状況を先にお伝えし、
必要書類をご案内いただけないかと考えご連絡いたしました（本人了承済み）。

世帯主　　荻原 正樹　　昭和54年11月2日生　携帯 090-6183-2207
配偶者　　荻原 由香　　昭和56年6月18日生
長女　　　荻原 美咲　　平成19年4月5日生
長男　　　荻原 翔太　　平成22年9月27日生
母　　　　荻原 キヨ子　昭和21年1月30日生

被災住所：長野県川辺市古町3丁目8番14号（大規模半壊）
現在の避難先：川辺市立第二中学校 体育館

ご多忙のところ恐れ入りますが、よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one household of five with dates of birth to the city, with consent: one record or a five-person list, judgeable either way",
    },
    {
        "id": "hisaishien-020",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["こころサポート 相談窓口 <soudan@kokoro-eap.jp>"],
        "subject": "被災社員のカウンセリングのお願い",
        "body": """株式会社こころサポート
EAP相談窓口 ご担当者様

いつもお世話になっております。日の出産業 人事部の長谷部です。
契約しているEAPサービスで、以下の社員の個別カウンセリングをお願いできますでしょうか。

　氏名：三枝 亜紀（さいぐさ あき）　長野工場 品質保証課
　連絡先：080-4431-7706（本人了解済み）
　状況：自宅が床上浸水し、現在は実家に避難中。9月末から不眠とフラッシュバックを
　　　　訴えており、10/2に心療内科で「急性ストレス障害」と診断され、睡眠薬を
　　　　処方されています。出勤は半日勤務にしています。

本人は対面よりもオンラインでの面談を希望しています。
初回の日程候補をいただければ、本人に伝えます。

よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's psychiatric diagnosis and medication sent to the EAP provider: sensitive data",
    },
    {
        "id": "hisaishien-021",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業部 村瀬様 <murase@kitaguni-foods.co.jp>"],
        "subject": "支援物資（レトルト食品・飲料水）の配送先について",
        "body": """北国フーズ株式会社
営業部 村瀬様

お世話になっております。日の出産業の森下です。
このたびは支援物資のご提供をお申し出いただき、誠にありがとうございます。
社員が多く身を寄せている避難所へ直接お届けいただけるとのことで、
各避難所の受入窓口を確認しましたので、配送先をお知らせします。

避難所名                    所在地                              受入窓口電話
--------------------------------------------------------------------------------
千曲市立屋代小学校 体育館    長野県千曲市屋代1760                026-272-0240
千曲市更埴体育館            長野県千曲市杭瀬下3-12              026-273-1191
坂城町文化センター          長野県埴科郡坂城町坂城6330-1        0268-82-3111（町役場経由）
上田市塩田公民館            長野県上田市中野92                  0268-38-2311

受入時間はいずれも9時〜17時です。
数量は各所とも水2Lを20ケース、レトルト食品を10ケース程度で十分とのことでした。

どうぞよろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of evacuation shelters (public facilities and their phones), not people",
    },
    {
        "id": "hisaishien-022",
        "charset": "cp932",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["さくらホテル上田駅前 <ueda-reserve@sakura-hotel.jp>",
               "ホテル千曲リバーサイド <info@chikuma-riverside.jp>",
               "やしろ荘 <yado@yashiro-so.co.jp>"],
        "subject": "【お問い合わせ】10月の長期滞在（複数室）の空室状況",
        "body": """各ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 長野工場 総務課の笠原と申します。

先般の豪雨で自宅に住めなくなった社員向けに、10月1日〜31日の期間で
シングル4室・ツイン2室の長期滞在先を探しております。

・朝食付きで1泊あたりの法人料金
・駐車場の有無（社員が各自の車で通勤します）
・ランドリーの有無

について、ご回答いただけますと幸いです。
複数の施設様に同時にお問い合わせしておりますこと、ご容赦ください。
""" + SIG_KASAHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three unrelated hotels in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "hisaishien-023",
        "charset": "iso-2022-jp",
        "sender": "小此木 亮 <r-okonogi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業課 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "Re: ご請求書送付のご案内（請求番号 NS-24-10117）",
        "body": """錦印刷株式会社 営業課 御中

お世話になっております。日の出産業 経理部の小此木です。
災害見舞状・封筒の印刷代金のご請求書、確かに受領いたしました。

　請求番号　　NS-24-10117
　登録番号　　T3100001047713
　ご請求金額　148,500円（税込）
　お振込先　　みどり銀行 神田支店 普通 0284417 ニシキインサツ（カ

10月末日に上記口座へお振込みいたします。
今回は急ぎの対応をいただき、ありがとうございました。

日の出産業株式会社 経理部 小此木 亮

> 日の出産業株式会社 経理部 御中
> 平素は格別のお引き立てを賜り厚く御礼申し上げます。
> 標記の件、ご請求書をPDFにて送付いたします。
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice acknowledgement: invoice number, the printer's T-number and company bank account are business data",
    },
    {
        "id": "hisaishien-024",
        "charset": "utf-8",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["さくらホテル熊本 フロント <kumamoto-front@sakura-hotel.jp>"],
        "subject": "宿泊者名簿（事前登録）のご送付",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル熊本<br>フロントご担当者様</p>
<p>いつもお世話になっております。日の出産業 熊本営業所の古閑です。<br>
地震で自宅が損壊した社員の宿泊について、チェックイン時の記入を省略できるよう
宿泊者名簿を事前にお送りします。10/7（月）から2週間の予定です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>部屋</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>住所</th><th>電話</th></tr>
<tr><td>501</td><td>古閑 明美</td><td>コガ アケミ</td><td>1978/05/14</td><td>熊本県上益城郡益城町宮園812-4</td><td>090-2981-4471</td></tr>
<tr><td>502</td><td>緒方 慎吾</td><td>オガタ シンゴ</td><td>1985/11/30</td><td>熊本県上益城郡益城町木山1503</td><td>080-6672-1135</td></tr>
<tr><td>503</td><td>坂梨 ゆかり</td><td>サカナシ ユカリ</td><td>1991/02/08</td><td>熊本県熊本市東区健軍本町19-6</td><td>070-4418-2290</td></tr>
<tr><td>505</td><td>宮本 武史</td><td>ミヤモト タケシ</td><td>1969/08/21</td><td>熊本県上益城郡嘉島町上島2270</td><td>090-7735-6602</td></tr>
<tr><td>506</td><td>本田 理恵</td><td>ホンダ リエ</td><td>1988/12/03</td><td>熊本県熊本市東区沼山津3-4-11</td><td>080-3391-8847</td></tr>
<tr><td>507</td><td>荒木 雄大</td><td>アラキ ユウダイ</td><td>1996/07/19</td><td>熊本県上益城郡益城町惣領1288-2</td><td>090-5520-0983</td></tr>
</table>
<p>ご不明点は古閑（096-285-3300）までお願いいたします。</p>
<p>--<br>日の出産業株式会社 熊本営業所 所長 古閑 隆<br>
〒862-0950 熊本県熊本市中央区水前寺6-41-5<br>TEL 096-285-3300 FAX 096-285-3309</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six guests' birth dates, home addresses and phones to the hotel",
    },
    {
        "id": "hisaishien-025",
        "charset": "cp932",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["益津町 税務課 罹災証明担当 <risai@town.mashizu.kumamoto.lg.jp>"],
        "subject": "罹災証明書 交付申請書（代理申請分）の送付",
        "body": """益津町役場 税務課
罹災証明担当 御中

お世話になっております。日の出産業株式会社 熊本営業所の古閑でございます。
先日お電話でご案内いただいたとおり、社員の罹災証明書の交付申請書（委任状付き）を
PDFでお送りいたします。個人情報を含むため、パスワードを設定しております。
パスワードはお電話でお伝えいたします。

原本は本日、簡易書留で発送いたしました。
よろしくお願い申し上げます。

日の出産業株式会社 熊本営業所 古閑 隆
TEL 096-285-3300
""",
        "attachments": [
            {"kind": "pdf", "name": "罹災証明交付申請書_代理分.pdf", "password": "Koga1007",
             "title": "罹災証明書交付申請書",
             "lines": ["罹災証明書交付申請書（代理申請）",
                       "申請者：緒方 慎吾　熊本県上益城郡益城町木山1503",
                       "代理人：日の出産業株式会社 熊本営業所 古閑 隆",
                       "被害の状況：住家の一部損壊（外壁亀裂、屋根瓦落下）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a password-protected PDF to the town office cannot be inspected",
    },
    {
        "id": "hisaishien-026",
        "charset": "utf-8",
        "sender": "Kazuhiko Morishita <k-morishita@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitmore <d.whitmore@lumenpolymers.com>"],
        "subject": "Update on our Nagano plant after the flood",
        "body": """Dear Daniel,

Thank you very much for your kind message and your concern for our colleagues.

I am relieved to tell you that all of our staff at the Nagano plant and their families
are safe. Around thirty employees had their homes flooded, and the company is helping
them with temporary housing and relief payments.

As for production: Building 1 restarted on 30 September. Building 2 is waiting for a new
power receiving unit and should be back in operation in mid-October. We expect to ship
the pending PO 4500-88213 and 4500-88217 by 25 October; our sales team will send you a
revised delivery schedule this week.

Thank you again for your patience and support.

Best regards,

Kazuhiko Morishita
General Affairs Department, Disaster Response Office
Hinode Sangyo Co., Ltd.
2-17 Kanda-Izumicho, Chiyoda-ku, Tokyo 101-0024, Japan
Tel +81-3-5821-4470
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English status update to a foreign partner with PO numbers and the standard disclaimer",
    },
    {
        "id": "hisaishien-027",
        "charset": "iso-2022-jp",
        "sender": "小此木 亮 <r-okonogi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.com>"],
        "subject": "総合振込データ 受領のご確認",
        "body": """みどり銀行 法人営業部 御中

お世話になっております。日の出産業 経理部の小此木です。
本日午前にお送りした10/4支払分の総合振込データにつきまして、
受領と取扱い可否のご連絡をまだいただけていないため、念のため確認させてください。

期日が迫っておりますので、本日15時までにご回答いただけますと助かります。

日の出産業株式会社 経理部 小此木 亮
TEL 03-5821-4431
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the bank partner is midori-ginko.co.jp; midori-ginko.com is a look-alike (TLD swap)",
    },
    {
        "id": "hisaishien-028",
        "charset": "cp932",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["信州レンタカー 千曲店 <chikuma@shinshu-rentacar.co.jp>"],
        "subject": "代車用レンタカー（長期）の申込み",
        "body": """信州レンタカー 千曲店 御中

お世話になっております。日の出産業 長野工場の笠原です。
自家用車が水没した社員の通勤用に、軽自動車1台を1か月お借りしたく、
事前に運転者の情報をお送りします。

　運転者氏名：百瀬 健（ももせ けん）
　生年月日　：1983年7月12日
　免許証番号：第 532018746630 号
　免許の色　：ゴールド
　貸出希望　：10/1（火）9:00〜10/31（木）

請求は日の出産業株式会社 長野工場宛てでお願いします。
""" + SIG_KASAHARA,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's driving licence number with date of birth sent to the rental car company",
    },
    {
        "id": "hisaishien-029",
        "charset": "utf-8",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["信濃リサイクルセンター 営業係 <eigyo@shinano-recycle.co.jp>"],
        "subject": "浸水した書類の溶解処理のお見積り依頼",
        "body": """株式会社信濃リサイクルセンター
営業係 御中

お世話になっております。日の出産業 長野工場 総務課の笠原です。

今回の浸水で工場1階の書庫が水没し、人事・経理関係の機密書類を含む
段ボール約80箱が使えなくなりました。カビが出始めているため、
機密書類の溶解処理を早めにお願いしたく、お見積りをお願いいたします。

　・数量：段ボール約80箱（濡れているため重量は通常の1.5倍程度）
　・引取り：工場搬出口（2tトラック横付け可）
　・希望日：10月第1週
　・溶解証明書の発行をお願いします

よろしくお願いいたします。
""" + SIG_KASAHARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a quote request for shredding 'confidential documents': the word is a mention, not a marking",
    },
    {
        "id": "hisaishien-030",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["法人営業部 西条 様 <saijo@minato-fudosan.co.jp>"],
        "subject": "関様世帯の物件条件について（追加のお願い）",
        "body": """みなと不動産株式会社
法人営業部 西条様

お世話になっております。日の出産業の宇佐美です。
入居希望者一覧の4番、関 博之さんの世帯について、条件を追加させてください。

関さんのご長男（関 陽向くん・中学1年）は脳性まひで車いすを使用しており、
身体障害者手帳1級をお持ちです。そのため、
　・1階またはエレベーター付きの物件
　・玄関・浴室の段差が少ないこと
　・特別支援学校（千曲市内）への送迎がしやすい立地
が必須条件になります。家賃上限は世帯の上限額を超えても会社で調整いたします。

ご本人の了解を得てお伝えしております。どうぞよろしくお願いいたします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named child's disability (cerebral palsy, disability certificate) sent to the estate agent",
    },
    {
        "id": "hisaishien-031",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["産業保健スタッフ <sangyo-hoken@hinode-sangyo.co.jp>"],
        "cc": ["笠原 伸一 <s-kasahara@mail.hinode-sangyo.co.jp>"],
        "subject": "【要フォロー】被災社員の健康状態（10/3時点）",
        "body": """産業保健スタッフ各位

人事部の長谷部です。被災社員のうち、面談フォローが必要な方の状況です。

・桐生 和也（製造二課）右足関節骨折で入院中、10/12退院予定。復職時に配置配慮要。
・三枝 亜紀（品質保証課）急性ストレス障害。EAPカウンセリング開始、半日勤務。
・藤森 雅人（製造一課）泥出し作業後に皮膚炎、通院中。
・唐沢 しのぶ（総務課）高血圧で服薬中、避難所生活で血圧が不安定。

産業医面談の日程を組んでいただけますか。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health conditions of named employees, but all recipients are internal (subdomain included)",
    },
    {
        "id": "hisaishien-032",
        "charset": "utf-8",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["川辺市災害ボランティアセンター <vc@kawabe-shakyo.or.jp>"],
        "subject": "ボランティア派遣（泥出し）のお願い",
        "body": """川辺市社会福祉協議会
災害ボランティアセンター 御中

お世話になります。日の出産業株式会社 長野工場の笠原です。
弊社社員宅の泥出し・家財搬出について、ボランティアの派遣をお願いしたく、
依頼票の内容を添付のとおりまとめました。いずれも本人から依頼の了承を得ています。

弊社からも土日は社員5名程度が作業に加わる予定です。
どうぞよろしくお願いいたします。
""" + SIG_KASAHARA,
        "attachments": [
            {"kind": "docx", "name": "ボランティア依頼票_日の出産業.docx",
             "paragraphs": ["災害ボランティア 活動依頼票（日の出産業株式会社 取りまとめ分）",
                            "依頼日：10月3日　取りまとめ担当：長野工場 総務課 笠原"],
             "tables": [[
                 ["依頼者", "住所", "電話", "作業内容", "必要人数"],
                 ["荻原 正樹", "長野県川辺市古町3丁目8番14号", "090-6183-2207", "床下の泥出し、畳搬出", "6"],
                 ["中村 トシ子", "長野県川辺市古町2丁目4番1号", "026-291-4478", "家財搬出（高齢単身）", "4"],
                 ["清水 和樹", "長野県川辺市南原1025", "080-2216-5903", "床下泥出し", "5"],
                 ["塚田 綾乃", "長野県川辺市新町7-19", "090-4409-1267", "物置の片付け", "3"],
                 ["矢島 孝", "長野県川辺市古町1丁目22番3号", "070-5523-8841", "床下泥出し・消毒", "6"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five households' addresses and phones to the volunteer centre: list of people",
    },
    {
        "id": "hisaishien-033",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
        "subject": "支援物資の配送状況の確認",
        "body": """青葉運輸株式会社 お客様センター 御中

いつもお世話になっております。日の出産業の森下です。
9/26に本社から長野工場宛てに発送した支援物資のうち、下記2口がまだ届いていないと
工場から連絡がありました。配送状況をご確認いただけますでしょうか。

　お問い合わせ番号：4471-2093-8856（毛布 20枚）
　お問い合わせ番号：4471-2093-8863（衛生用品 12ケース）
　お届け先：日の出産業株式会社 長野工場 総務課（長野県千曲市杭瀬下4-210）

道路の通行止めの影響であれば、到着見込みだけでもお知らせください。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and the company's own plant address: ordinary business mail",
    },
    {
        "id": "hisaishien-034",
        "charset": "utf-8",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["木暮 様 <kogure@risk-partners.co.jp>"],
        "subject": "【社外秘】災害対策本部 初動対応要領（抜粋）",
        "body": """【社外秘】
リスクパートナーズ株式会社
木暮様

お世話になっております。日の出産業の森下です。
今回の豪雨対応の振り返りにあたり、現行の初動対応要領の該当部分を抜粋して
お送りします。見直しのご提案をいただく際の前提としてお使いください。

――――――――――――――――――――
■ 初動対応要領（抜粋） 第3版
1. 災害対策本部の設置基準
　・本社または工場所在地で震度6弱以上、または大雨特別警報の発表
　・本部長：管理本部長、副本部長：総務部長
2. 安否確認
　・発災後1時間以内に安否確認システムを一斉配信
　・24時間以内に未回答者へ電話、48時間以内に自宅訪問（2名1組）
3. 社員への支援
　・見舞金：慶弔見舞金規程による（全壊30万円〜床下浸水3万円）
　・借上げ社宅：最長2年、会社負担上限あり
――――――――――――――――――――

ご不明な点はお知らせください。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【社外秘】 in subject and body and goes to a consultant",
    },
    {
        "id": "hisaishien-035",
        "charset": "cp932",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["宮内 直人 <n-miyauchi@hinata-sonpo.co.jp>",
               "信濃損害鑑定 調査部 <chosa@shinano-kantei.co.jp>"],
        "cc": ["中野 様 <nakano@kotobuki-agency.co.jp>"],
        "subject": "社宅（杭瀬下寮）被害調査の立会い日程",
        "body": """ひなた損害保険 宮内様
信濃損害鑑定 調査部 御中
（cc：寿保険サービス 中野様）

お世話になっております。日の出産業の森下です。
長野工場の独身寮（杭瀬下寮、鉄骨2階建て）の被害調査につきまして、
立会いの日程を下記のとおり調整させてください。

　候補①　10/8（火）10:00〜
　候補②　10/9（水）13:30〜
　候補③　10/11（金）10:00〜

当日は弊社から工場総務課長と施設管理担当が立ち会います。
図面（竣工図）は当日現地でお渡しいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "insurer, loss adjuster and agent (three external organisations) in To/Cc together",
    },
    {
        "id": "hisaishien-036",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["宮内 直人 <n-miyauchi@hinata-sonpo.co.jp>"],
        "cc": ["中野 様 <nakano@kotobuki-agency.co.jp>"],
        "subject": "保険金支払い見込みのお打合せ（10/15）",
        "body": """ひなた損害保険 宮内様
（cc：寿保険サービス 中野様）

いつもお世話になっております。日の出産業の森下です。
企業財産保険の保険金支払い見込みについてのお打合せ、
10/15（火）14:00〜15:00、弊社本社6階会議室にてお願いいたします。

当日の議題（案）
　1. 建物・設備の損害額の査定状況
　2. 休業損害の算定方法
　3. 社員住宅（団体火災保険）の請求状況の共有

中野様もご同席いただけるとのこと、ありがとうございます。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "an ordinary three-way meeting mail: two external organisations in To/Cc",
    },
    {
        "id": "hisaishien-037",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>"],
        "subject": "一部負担金免除の対象者（被災被保険者）について",
        "body": """日の出産業健康保険組合
適用課 御中

人事部の長谷部です。いつもお世話になっております。
災害救助法の適用地域に居住し、住家の半壊以上の被害を受けた被保険者について、
一部負担金の免除証明書の発行をお願いしたく、対象者一覧をPDFでお送りします。

罹災証明書の写しは、揃い次第まとめて郵送いたします。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "pdf", "name": "一部負担金免除_対象者一覧_1004.pdf",
             "title": "一部負担金免除 対象者一覧",
             "lines": ["一部負担金免除証明書 発行依頼 対象者一覧（10月4日）",
                       "事業所：日の出産業株式会社 長野工場　事業所記号 ヒノデ", ""],
             "table": [
                 ["記号", "番号", "氏名", "生年月日", "住所", "被害"],
                 ["4101", "227", "上條 雄一", "S56.8.14", "長野県千曲市屋代2415-3", "半壊"],
                 ["4101", "318", "滝沢 健吾", "H2.1.25", "長野県埴科郡坂城町南条5521-1", "大規模半壊"],
                 ["4101", "402", "関 博之", "S50.10.3", "長野県千曲市雨宮880-2", "半壊"],
                 ["4101", "455", "荻原 正樹", "S54.11.2", "長野県川辺市古町3-8-14", "大規模半壊"],
                 ["4102", "118", "北原 大輔", "H8.4.30", "長野県千曲市杭瀬下1-12-7", "半壊"],
                 ["4102", "236", "百瀬 健", "S58.7.12", "長野県千曲市戸倉2851-6", "全壊"],
             ]},
        ],
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF of six insured persons with health insurance symbol/number, DOB and address to the (separate) health insurance society",
    },
    {
        "id": "hisaishien-038",
        "charset": "utf-8",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["信越技能協同組合 指導員 浅川様 <asakawa@shinetsu-kyodo.or.jp>"],
        "subject": "技能実習生ファムさんの住居変更届について",
        "body": """信越技能協同組合
指導員 浅川様

お世話になっております。日の出産業 長野工場の笠原です。
技能実習生のファムさんのアパートが浸水したため、10/1から会社の借上げ物件に
転居します。住居変更の届出に必要とのことでしたので、情報をお送りします。

　氏名　　　　：PHAM VAN LONG（ファム・ヴァン・ロン）
　国籍　　　　：ベトナム
　生年月日　　：2001年3月17日
　在留カード番号：UH48213795JA
　旧住所　　　：長野県千曲市粟佐1420 レオパレス粟佐103
　新住所　　　：長野県千曲市屋代1933-5 サンハイツ屋代201

本人は元気にしており、10/7から通常勤務に戻る予定です。
通訳の方の同行日程が決まりましたら教えてください。
""" + SIG_KASAHARA,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a technical intern's residence card number with birth date and address sent to the supervising organisation",
    },
    {
        "id": "hisaishien-039",
        "charset": "cp932",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業部 村瀬様 <murase@kitaguni-foods.co.jp>"],
        "subject": "支援物資ご提供の御礼",
        "body": """北国フーズ株式会社
営業部 村瀬様

お世話になっております。日の出産業の森下です。
このたびは避難所へのレトルト食品・飲料水のご提供、誠にありがとうございました。
各避難所から「温かい食事がとれて助かった」との声が届いております。
社員一同、心より御礼申し上げます。

工場は10月中旬に全面再開の見込みです。
落ち着きましたら改めてご挨拶に伺います。
""" + SIG_MORISHITA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a thank-you mail ending with the standard confidentiality disclaimer, not a marking",
    },
    {
        "id": "hisaishien-040",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["法人営業部 西条 様 <saijo@minato-fudosan.co.jp>"],
        "subject": "Re: 物件申込書のご提出（3件）",
        "body": """西条様

お世話になっております。宇佐美です。
ご紹介いただいた3物件の申込書を、社内で記入してExcelにまとめましたので
お送りします。審査のほどよろしくお願いいたします。

宇佐美

-----Original Message-----
From: 西条 <saijo@minato-fudosan.co.jp>
Sent: Tuesday, October 1, 2024 6:12 PM
Subject: 物件申込書のご提出（3件）

日の出産業 宇佐美様
ご内見ありがとうございました。お申込みの際は添付の申込書にご記入のうえ
ご返送ください。
""",
        "attachments": [
            {"kind": "corrupt", "name": "物件申込書_3件_日の出産業.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "hisaishien-041",
        "charset": "utf-8",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["さくらホテル熊本 フロント <kumamoto-front@sakura-hotel.jp>"],
        "subject": "505号室 宮本様のご滞在について（お願い）",
        "body": """さくらホテル熊本
フロント ご担当者様

いつもお世話になっております。日の出産業 熊本営業所の古閑です。
505号室にご宿泊の弊社社員 宮本 武史について、ご配慮をお願いしたくご連絡しました。

宮本は慢性腎不全のため、月・水・金に熊本東クリニックで人工透析を受けております。
透析の日は朝7時半にホテルを出て、帰りが15時ごろになります。
　・透析日の朝食を6時45分から用意していただけないか
　・体調を崩した際に横になれるよう、レイトチェックアウトを柔軟にお願いしたい
という2点、ご検討いただけますでしょうか。本人の了承は得ております。

日の出産業株式会社 熊本営業所 所長 古閑 隆
TEL 096-285-3300
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's chronic kidney failure and dialysis schedule told to the hotel: medical data",
    },
    {
        "id": "hisaishien-042",
        "charset": "cp932",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["事故受付センター <jiko-uketsuke@hinata-sonpo.co.jp>"],
        "subject": "団体火災保険 事故受付（竹内様分）",
        "body": """ひなた損害保険株式会社
事故受付センター 御中

日の出産業の森下です。団体の取りまとめ担当として、加入者1名分の事故受付を
代理でお願いいたします。本人はスマートフォンしか使えない環境のため、
以後の連絡は本人へ直接お願いいたします。

　証券番号　HF-2207-33815（団体）　加入者番号 0412
　加入者　　竹内 亮介
　住所　　　長野県上田市上塩尻771
　電話　　　070-1266-4803
　事故日　　9月19日
　内容　　　床上浸水（約30cm）、畳・家電の損傷

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one insured employee's address and phone for a claim: a single person's record, may be warned",
    },
    {
        "id": "hisaishien-043",
        "charset": "iso-2022-jp",
        "sender": "椎名 拓海 <t-shiina@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "[問合せ] 安否確認の回答が重複登録される件（ログ添付）",
        "body": """ツバサシステム株式会社
サポートデスク 御中

日の出産業 情報システム部の椎名です。
9/19の豪雨時の一斉配信で、一部社員の回答が2件ずつ登録され、集計画面の
「未回答」件数がずれる現象が発生しました。
管理画面からエクスポートした回答データと、重複した社員の一覧をZIPで添付します。
原因の調査をお願いいたします。

　契約ID：TBS-ANP-20871
　発生日時：9/19 05:12 配信分

--
日の出産業株式会社 情報システム部 椎名 拓海
TEL 03-5821-4460 / t-shiina@hinode-sangyo.co.jp
""",
        "attachments": [
            {"kind": "zip", "name": "anpi_log_0919.zip",
             "files": [
                 {"kind": "csv", "name": "anpi_export_0919.csv", "encoding": "utf-8",
                  "rows": [
                      ["user_id", "name", "mail", "tel", "status", "answered_at"],
                      ["H10233", "上條 雄一", "y.kamijo0612@gmail.com", "090-4418-2730", "無事・自宅被害あり", "2024-09-19 05:31"],
                      ["H10233", "上條 雄一", "y.kamijo0612@gmail.com", "090-4418-2730", "無事・自宅被害あり", "2024-09-19 05:31"],
                      ["H11802", "滝沢 健吾", "kengo.tkzw@docomo.ne.jp", "090-2287-4416", "無事・避難中", "2024-09-19 05:48"],
                      ["H11802", "滝沢 健吾", "kengo.tkzw@docomo.ne.jp", "090-2287-4416", "無事・避難中", "2024-09-19 05:49"],
                      ["H13340", "宮坂 恵理", "eri-miyasaka@yahoo.co.jp", "080-6621-0954", "無事・避難中", "2024-09-19 06:02"],
                      ["H12977", "北原 大輔", "d.kitahara@outlook.jp", "090-9051-3368", "無事・自宅被害あり", "2024-09-19 06:15"],
                      ["H14408", "唐沢 しのぶ", "shinobu.k@ezweb.ne.jp", "080-5512-9937", "無事", "2024-09-19 06:40"],
                      ["H15102", "丸山 沙織", "saori.mym@icloud.com", "080-1472-6690", "無事・自宅被害あり", "2024-09-19 07:03"],
                      ["H09715", "関 博之", "hiro.seki@softbank.ne.jp", "090-7735-0218", "無事・避難中", "2024-09-19 07:22"],
                  ]},
                 {"kind": "xlsx", "name": "duplicate_users.xlsx",
                  "sheets": {"重複": [
                      ["社員番号", "氏名", "携帯", "重複件数"],
                      ["H10233", "上條 雄一", "090-4418-2730", 2],
                      ["H11802", "滝沢 健吾", "090-2287-4416", 2],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP with a CSV export of seven employees' private e-mails and mobiles to the vendor's support desk",
    },
    {
        "id": "hisaishien-044",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["森下 和彦 <k-morishita@hinode-sangyo.co.jp>"],
        "bcc": ["y.kamijo0612@gmail.com", "eri-miyasaka@yahoo.co.jp", "kengo.tkzw@docomo.ne.jp",
                "michiko_onozawa@icloud.com", "d.kitahara@outlook.jp", "shinobu.k@ezweb.ne.jp",
                "saori.mym@icloud.com", "hiro.seki@softbank.ne.jp"],
        "subject": "長野工場 第2棟の再稼働と出勤についてのお知らせ",
        "body": """長野工場の皆さま（個人アドレスでの受信登録者へBccで送信しています）

災害対策事務局の森下です。
受電設備の交換が完了し、第2棟は10月15日（火）から再稼働します。

・通常勤務に戻れる方は、10/15から通常シフトで出勤してください。
・住居の片付け等でまだ出勤が難しい方は、特別休暇（災害）を最大10日まで
　追加で取得できます。所属長に連絡のうえ、勤怠システムで申請してください。
・通勤経路が通行止めの方は、工場総務課にご相談ください。送迎バスを検討します。

ご不明な点は工場総務課（026-272-3301）までお問い合わせください。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a notice to employees' private addresses sent correctly in Bcc; no personal data",
    },
    {
        "id": "hisaishien-045",
        "charset": "cp932",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["さくらホテル上田駅前 予約係 <ueda-reserve@sakura-hotei.jp>"],
        "subject": "延泊のお願い（竹内様）",
        "body": """さくらホテル上田駅前 ご予約係様

お世話になっております。日の出産業 長野工場の笠原です。
現在ご宿泊中の竹内 亮介 様（携帯 070-1266-4803）について、
借上げ物件の入居が遅れるため、10/9チェックアウトの予定を10/16まで
延長させてください。お部屋はそのままで結構です。

法人契約（SK-HN-0031）での請求でお願いいたします。
""" + SIG_KASAHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "the hotel partner is sakura-hotel.jp; sakura-hotei.jp (l→i) is a look-alike",
    },
    {
        "id": "hisaishien-046",
        "charset": "utf-8",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業課 <hojin@aoba-unyu.co.jp>"],
        "subject": "支援物資の集荷先一覧（各拠点）",
        "body": """青葉運輸株式会社
法人営業課 御中

お世話になっております。日の出産業の森下です。
社内で募った支援物資（毛布・衛生用品・飲料）を各拠点から長野工場へ
まとめて運んでいただく件、集荷先は以下のとおりです。

【集荷先】
・本社　　　〒101-0024 東京都千代田区神田和泉町2-17 日の出ビル1F　TEL 03-5821-4400
・横浜営業所 〒222-0033 神奈川県横浜市港北区新横浜3-9-18　　　TEL 045-472-6610
・名古屋営業所 〒460-0003 愛知県名古屋市中区錦2-14-21　　　　TEL 052-203-1187
・大阪営業所 〒532-0011 大阪府大阪市淀川区西中島5-6-3　　　　TEL 06-6305-2240
・熊本営業所 〒862-0950 熊本県熊本市中央区水前寺6-41-5　　　　TEL 096-285-3300

【お届け先】長野工場 総務課（長野県千曲市杭瀬下4-210　TEL 026-272-3301）

集荷日は10/2（水）午後を希望します。各拠点とも荷物は10ケース前後です。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own offices with switchboards: businesses, not people",
    },
    {
        "id": "hisaishien-047",
        "charset": "iso-2022-jp",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["グローブトラベル 法人デスク <corp-desk@globe-travel.co.jp>"],
        "subject": "ハノイ出張の延期に伴う航空券の変更",
        "body": """グローブトラベル株式会社
法人デスク ご担当者様

お世話になっております。日の出産業 熊本営業所の古閑です。
地震の影響で、弊社社員のハノイ出張（10/8発）を延期することになりました。
変更後の日程で航空券の取り直しをお願いします。
先方の入国手続きの関係で、旅券情報を再度お伝えいたします。

　渡航者　　　：坂梨 ゆかり（SAKANASHI YUKARI）
　生年月日　　：1991年2月8日
　旅券番号　　：TR8841275
　旅券有効期限：2031年6月14日
　変更後日程　：10/29（火）福岡発 → 11/2（土）ハノイ発

キャンセル料が発生する場合は、事前にお知らせください。

日の出産業株式会社 熊本営業所 古閑 隆（096-285-3300）
""",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's passport number and date of birth sent to the travel agency",
    },
    {
        "id": "hisaishien-048",
        "charset": "utf-8",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["信濃損害鑑定 調査部 <chosa@shinano-kantei.co.jp>"],
        "subject": "FW: 持家被害の社員一覧（工場長より）",
        "body": """株式会社信濃損害鑑定
調査部 御中

日の出産業の森下です。秘密保持契約のご締結ありがとうございました。
住宅被害調査の対象となる社員について、工場長がまとめたメールを転送いたします。
調査の順番は工場長の記載どおりでお願いします。

森下
""",
        "attachments": [
            {"kind": "eml", "name": "持家被害の社員一覧.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "長野工場長 飯島 稔 <m-iijima@hinode-sangyo.co.jp>",
                 "to": ["森下 和彦 <k-morishita@hinode-sangyo.co.jp>"],
                 "subject": "持家被害の社員一覧",
                 "body": """森下さん

飯島です。持家で被害の大きかった社員を、被害の大きい順に並べました。
鑑定会社さんへの依頼に使ってください。

1) 百瀬 健　　 長野県千曲市戸倉2851-6　　　 080-2039-7718　全壊（1階部分流失）
2) 滝沢 健吾　 長野県埴科郡坂城町南条5521-1 090-2287-4416　床上1.1m
3) 荻原 正樹　 長野県川辺市古町3-8-14　　　 090-6183-2207　床上90cm
4) 上條 雄一　 長野県千曲市屋代2415-3　　　 090-4418-2730　床上60cm
5) 関 博之　　 長野県千曲市雨宮880-2　　　　 090-7735-0218　床上40cm
6) 藤森 雅人　 長野県千曲市八幡3302　　　　 090-3381-2264　床上20cm

飯島
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded internal mail (attached .eml) listing six employees' addresses and phones, sent to the loss adjuster",
    },
    {
        "id": "hisaishien-049",
        "charset": "iso-2022-jp",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["さくらホテル上田駅前 予約係 <ueda-reserve@sakura-hotel.jp>"],
        "subject": "お部屋の位置についてのお願い（中沢様）",
        "body": """さくらホテル上田駅前 ご予約係様

いつもお世話になっております。日の出産業の笠原です。
10/2からご宿泊予定の中沢 菜摘 様の件で、お願いがございます。

ご同宿のお母様（中沢 フミ 様）が持病をお持ちで階段の上り下りが難しいため、
できればエレベーターに近いお部屋をご用意いただけますでしょうか。
体調の急変があった際には、笠原（026-272-3301）にご一報いただけますと助かります。

どうぞよろしくお願いいたします。
""" + SIG_KASAHARA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's mother 'has a chronic illness' with no diagnosis: vague health information, arguably sensitive",
    },
    {
        "id": "hisaishien-050",
        "charset": "utf-8",
        "sender": "Kazuhiko Morishita <k-morishita@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitmore <d.whitmore@lumenpolymers.com>"],
        "subject": "Nagano plant damage assessment (for your supply planning)",
        "body": """Dear Daniel,

As discussed on the call this morning, please find attached our damage assessment of the
Nagano plant. It is the version presented to our board, so please keep it within your
supply planning team.

Best regards,
Kazuhiko Morishita
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {"kind": "pdf", "name": "Nagano_plant_damage_assessment_v2.pdf",
             "title": "Nagano Plant Damage Assessment",
             "page_header": "CONFIDENTIAL",
             "page_footer": "Hinode Sangyo Co., Ltd. - Confidential - Do not distribute",
             "lines": ["Nagano Plant - Flood Damage Assessment (as of 27 September)",
                       "",
                       "1. Flooding: up to 75 cm in Buildings 1 and 2 on 19 September.",
                       "2. Equipment: 3 moulding machines, 1 power receiving unit, 2 forklifts.",
                       "3. Recovery: Building 1 restart 30 Sep; Building 2 mid-October.",
                       "4. Estimated loss: JPY 186.8 million (buildings, machinery, inventory).",
                       "5. Insurance: property policy, claim filed 24 September."]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF is stamped CONFIDENTIAL in its header and footer, sent to an outside company",
    },
    {
        "id": "hisaishien-051",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["佐藤社会保険労務士事務所 佐藤先生 <sato@sato-sr.jp>"],
        "subject": "慶弔見舞金規程（災害見舞金部分）改定案のご確認",
        "body": """佐藤社会保険労務士事務所
佐藤先生

いつも大変お世話になっております。日の出産業 人事部の長谷部です。
今回の豪雨対応を受けて、慶弔見舞金規程の災害見舞金部分を改定したいと考えております。
改定案を添付いたしますので、他社事例との比較や税務上の留意点など、
ご意見をいただけますと幸いです。

特に「床上浸水」「床下浸水」を罹災証明書の区分（全壊〜準半壊）に合わせて
整理し直した点について、ご確認をお願いいたします。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "docx", "name": "慶弔見舞金規程_改定案_v3.docx",
             "title": "慶弔見舞金規程 改定案",
             "paragraphs": ["慶弔見舞金規程（改定案）",
                            "第12条（災害見舞金）社員が居住する住宅が自然災害により被害を受けたときは、次の区分により災害見舞金を支給する。",
                            "2 被害の区分は、市区町村が交付する罹災証明書の判定による。",
                            "3 同一の災害について、同一世帯に複数の社員がいる場合は、世帯主である社員に支給する。"],
             "tables": [[
                 ["被害の区分", "持家", "賃貸"],
                 ["全壊", "300,000円", "150,000円"],
                 ["大規模半壊", "200,000円", "100,000円"],
                 ["中規模半壊・半壊", "100,000円", "50,000円"],
                 ["準半壊", "50,000円", "30,000円"],
                 ["一部損壊", "30,000円", "20,000円"],
             ]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a draft welfare regulation for the labour consultant: no personal data, no marking",
    },
    {
        "id": "hisaishien-052",
        "charset": "iso-2022-jp",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["あおぞらクリニック 産業医 西村先生 <nishimura@aozora-clinic.jp>"],
        "subject": "FW: 出勤についてのご相談",
        "body": """あおぞらクリニック
西村先生

いつもお世話になっております。日の出産業 人事部の長谷部です。
産業医面談の前に状況を把握していただきたく、本人の了承を得て、
本人から届いたメールを転送いたします。面談は10/10（木）15時を予定しています。

---------- Forwarded message ----------
From: 青木 沙耶 <s-aoki@hinode-sangyo.co.jp>
Date: 2024年10月3日 21:14
Subject: 出勤についてのご相談
To: 長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>

長谷部さん

製造一課の青木です。夜分にすみません。
実は3年前にうつ病で半年休職したことがあり、その後は通院と服薬を続けていました。
今回、家が浸水して義母の家に避難してから眠れない日が続いていて、
主治医からは再発の兆候があると言われています。
しばらく短時間勤務にしていただくことはできないでしょうか。

青木 沙耶
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forward (new text for the recipient) of an employee's depression history to an outside clinic",
    },
    {
        "id": "hisaishien-053",
        "charset": "utf-8",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業課 <hojin@aoba-unyu.co.jp>"],
        "subject": "見舞品の配送のお願い（3か所）",
        "body": """青葉運輸 法人営業課 御中

日の出産業 福利厚生課の宇佐美です。
会社からの見舞品（家電セット）の配送を、下記3か所にお願いします。

① 長野工場 総務課　長野県千曲市杭瀬下4-210　TEL 026-272-3301（10ケース）
② 百瀬 健 様　長野県千曲市屋代1933-5 サンハイツ屋代305　TEL 080-2039-7718（1ケース）
③ 荻原 正樹 様　長野県川辺市中央1-4-9 コーポ中央102　TEL 090-6183-2207（1ケース）

②③は仮住まい先です。日中は不在がちのため、事前にお電話のうえ
夕方以降の配達でお願いいたします。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two employees' delivery addresses and phones plus the plant: under five people, may be warned",
    },
    {
        "id": "hisaishien-054",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["ogiwara.masaki79@yahoo.co.jp"],
        "subject": "転送：【川辺市】借上げ型応急仮設住宅の入居者募集について",
        "body": """荻原さん

人事部の長谷部です。市のホームページに掲載された案内を転送します。
申込みの受付が10/7から始まるそうです。必要書類を確認しておいてください。

----- 転送メッセージ -----
【川辺市】借上げ型応急仮設住宅（みなし仮設）の入居者を募集します

9月の豪雨により住家が全壊・大規模半壊等の被害を受け、自らの資力では住宅を
確保できない方を対象に、民間賃貸住宅を市が借り上げて提供します。

■対象　罹災証明書で「全壊」「大規模半壊」「中規模半壊」と判定された世帯 等
■期間　入居の日から原則2年以内
■受付　10月7日（月）〜11月8日（金）
　　　　市役所本庁舎2階 建築住宅課（電話 026-291-1150）
■必要書類　入居申込書、罹災証明書の写し、世帯全員の住民票 等

川辺市 建設部 建築住宅課
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a public notice forwarded to one employee's private address: no personal data",
    },
    {
        "id": "hisaishien-055",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["信濃損害鑑定 調査部 <chosa@shinano-kantei.co.jp>"],
        "subject": "杭瀬下寮 被害写真の報告書",
        "body": """信濃損害鑑定 調査部 御中

日の出産業の森下です。
先日の立会い時にお話しした、発災直後の寮の被害写真を報告書にまとめました。
スキャナーの調子が悪かったため、読みづらい箇所があればご連絡ください。

森下
""",
        "attachments": [
            {"kind": "corrupt", "name": "杭瀬下寮_被害写真報告書.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected",
    },
    {
        "id": "hisaishien-056",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["千曲市 被災者支援室 <shien@city.chikuma.nagano.lg.jp>",
               "坂城町 住民福祉課 <fukushi@town.sakaki.nagano.lg.jp>",
               "川辺市 生活再建支援係 <seikatsu-saiken@city.kawabe.nagano.lg.jp>"],
        "subject": "被災した従業員への支援制度についてのお問い合わせ",
        "body": """ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の長谷部と申します。
弊社長野工場の従業員の多くが、貴市町にお住まいで今回の豪雨の被害を受けております。

従業員への案内資料を作成するため、以下の点についてお教えいただけますでしょうか。
　1. 被災者生活再建支援金の申請窓口と受付期限
　2. 市町独自の見舞金・支援制度の有無
　3. 罹災証明書の再調査（二次調査）の申請方法

同じ内容を近隣の市町にもお送りしております。
お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three municipalities in To can see each other: should have been Bcc",
    },
    {
        "id": "hisaishien-057",
        "charset": "cp932",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業部 村瀬様 <murase@kitaguni-foods.co.jp>"],
        "subject": "備蓄食品の発注（補充分）",
        "body": """北国フーズ株式会社
営業部 村瀬様

お世話になっております。日の出産業の森下です。
今回の災害で放出した備蓄食品の補充として、下記を発注いたします。

品番          品名                          数量     単価      金額
--------------------------------------------------------------------------
KF-R5012      5年保存 白がゆ（250g）        40ケース  3,600円   144,000円
KF-R5031      5年保存 ビーフカレー          30ケース  4,200円   126,000円
KF-W2020      保存水 2L×6本                 60ケース  1,380円    82,800円
KF-B1108      ようかん（5年保存）           10ケース  2,900円    29,000円
--------------------------------------------------------------------------
                                                      小計      381,800円

納品先：長野工場 総務課（10月下旬希望）
発注番号：HS-PO-24-0917 をご請求書に記載ください。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a purchase order with product codes and prices",
    },
    {
        "id": "hisaishien-058",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["佐藤社会保険労務士事務所 <office@sato-sr.jp>"],
        "subject": "年金手帳（基礎年金番号通知書）再交付の手続き依頼",
        "body": """佐藤社会保険労務士事務所 御中

日の出産業 人事部の長谷部です。
社員1名が自宅の浸水で年金手帳を失くしたため、基礎年金番号通知書の再交付申請を
お願いしたく存じます。

　氏名　　　　：唐沢 しのぶ
　生年月日　　：昭和48年12月5日
　基礎年金番号：4102-587316
　住所　　　　：長野県埴科郡坂城町中之条3102

電子申請の委任状は、本日郵送いたしました。
よろしくお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an employee's basic pension number with birth date to the labour consultant",
    },
    {
        "id": "hisaishien-059",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 引越センター 長野 <hikkoshi-nagano@aoba-unyu.co.jp>"],
        "subject": "借上げ社宅への引越し（5件）のお見積り依頼",
        "body": """青葉運輸 引越センター長野 御中

お世話になっております。日の出産業 福利厚生課の宇佐美です。
被災社員の借上げ社宅への引越しについて、お見積りをお願いします。
費用は会社負担で、請求は一括で弊社宛てにお願いします。
（Excelから貼り付けたため、タブ区切りになっています）

氏名	旧住所	新住所	携帯	希望日
上條 雄一	長野県千曲市屋代2415-3	長野県千曲市屋代2001-8 メゾン屋代B202	090-4418-2730	10/12
滝沢 健吾	長野県埴科郡坂城町南条5521-1	長野県埴科郡坂城町坂城9012-3	090-2287-4416	10/13
北原 大輔	長野県千曲市杭瀬下1-12-7	長野県千曲市杭瀬下2-5-20 ハイツ杭瀬下101	090-9051-3368	10/13
関 博之	長野県千曲市雨宮880-2	長野県千曲市雨宮1502-4	090-7735-0218	10/19
竹内 亮介	長野県上田市上塩尻771	長野県上田市常田2-18-6 グランコート常田301	070-1266-4803	10/20

家財の多くが浸水して廃棄済みのため、荷物は通常より少なめです。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of five employees' old and new addresses and mobiles to the mover",
    },
    {
        "id": "hisaishien-060",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["こころサポート 相談窓口 <soudan@kokoro-eap.jp>"],
        "subject": "RE: 【ご報告】初回カウンセリング実施について",
        "body": """こころサポート ご担当者様

ご報告ありがとうございます。日の出産業の長谷部です。
次回10/16（水）18:00のオンライン面談、承知いたしました。
当日は会社の会議室を面談用に空けておきます。

引き続きよろしくお願いいたします。

長谷部

差出人: こころサポート 相談窓口 <soudan@kokoro-eap.jp>
送信日時: 2024年10月9日 17:40
宛先: 長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>
件名: 【ご報告】初回カウンセリング実施について

日の出産業株式会社 長谷部様

本日、三枝 亜紀様の初回カウンセリングをオンラインで実施いたしました。
急性ストレス障害の症状は継続していますが、睡眠はやや改善傾向とのことです。
主治医の治療方針に沿って、2週間に1回のペースで継続を予定しております。
次回は10/16（水）18:00を予定しております。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the health details are only in the quoted Outlook-style original from the counsellor itself",
    },
    {
        "id": "hisaishien-061",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["佐藤社会保険労務士事務所 佐藤先生 <sato@sato-sr.jp>"],
        "subject": "労災申請（療養補償給付）の書類作成のお願い",
        "body": """佐藤先生

お世話になっております。日の出産業の長谷部です。
工場の復旧作業中に発症した皮膚疾患について、労災の療養補償給付の申請を
お願いしたく、事実関係を整理した資料を添付いたします。
医療機関の証明欄は、本人が次回受診時に記入を依頼する予定です。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "docx", "name": "労災申請_事実関係メモ_藤森.docx",
             "paragraphs": ["労災申請（様式第5号）作成用 事実関係メモ",
                            "作成：人事部 労務グループ 長谷部　10月4日"],
             "tables": [[
                 ["項目", "内容"],
                 ["被災労働者", "藤森 雅人（ふじもり まさと）"],
                 ["生年月日", "平成元年6月22日"],
                 ["所属・職種", "長野工場 製造一課・成形オペレーター"],
                 ["発生日時", "9月22日 14時ごろ"],
                 ["発生状況", "浸水した第1棟で泥の掻き出し作業中、泥水が長靴の中に入り、両下腿に擦過傷"],
                 ["傷病名", "両下腿蜂窩織炎（9/24 千曲中央病院皮膚科にて診断）"],
                 ["療養状況", "抗菌薬の点滴のため9/24〜9/28 通院、現在は内服治療中"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX with a named employee's diagnosis and treatment for a workers' compensation claim",
    },
    {
        "id": "hisaishien-062",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 引越センター 長野 <hikkoshi-nagano@aoba-unyu.jp>"],
        "subject": "Re: お見積りの件（日程の確定）",
        "body": """青葉運輸 引越センター長野 御中

お世話になっております。日の出産業の宇佐美です。
お見積りありがとうございました（見積番号 AU-N-24-3381、総額 462,000円）。
この内容で正式にお願いいたします。
作業日は見積書記載の5日間で確定とさせてください。

作業当日の立会いは各社員本人が行います。
請求書は作業完了後にまとめてお送りください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the mover partner is aoba-unyu.co.jp; aoba-unyu.jp (dropped co.) is a look-alike",
    },
    {
        "id": "hisaishien-063",
        "charset": "utf-8",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["法人営業部 西条 様 <saijo@minato-fudosan.co.jp>"],
        "subject": "Re: ご紹介物件一覧（第2弾）",
        "body": """西条様

早速のご紹介ありがとうございます。宇佐美です。
社内で検討し、下記3物件の内見を希望いたします。

　物件A　千曲市屋代2001-8 メゾン屋代 B202　2LDK　68,000円　駐車場2台
　物件D　坂城町坂城9012-3　戸建 3DK　82,000円　駐車場2台
　物件F　上田市常田2-18-6 グランコート常田 301　2LDK　74,000円　駐車場1台

内見は10/5（土）午後でお願いできますでしょうか。
社員本人が直接伺いますので、集合場所をご指定ください。

宇佐美

> 日の出産業株式会社 宇佐美様
> 条件に合う物件を6件ピックアップしました。添付の一覧をご確認ください。
> 千曲市内は築浅の2LDKが少なく、坂城町の戸建も候補に入れています。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "rental properties with addresses and rents: property data, not people",
    },
    {
        "id": "hisaishien-064",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["佐藤社会保険労務士事務所 佐藤先生 <sato@sato-sr.jp>"],
        "subject": "雇用調整助成金（災害特例）の検討資料",
        "body": """佐藤先生

お世話になっております。長谷部です。
工場の一部休業に伴う雇用調整助成金（災害特例）の申請可否のご相談です。
部署別の休業延べ日数を集計した表を添付しますのでご確認ください。

個人別の明細は、申請することが決まりましたら改めてお送りします。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "xls", "name": "休業日数集計_長野工場_9月.xls",
             "sheets": {
                 "部署別": [
                     ["部署", "対象者数", "休業延べ日数", "うち被災による欠勤", "平均賃金日額（円）"],
                     ["製造一課", 42, 318, 27, 11840],
                     ["製造二課", 38, 296, 19, 11620],
                     ["品質保証課", 12, 64, 6, 12930],
                     ["設備保全課", 9, 18, 3, 13410],
                     ["物流課", 15, 102, 8, 11050],
                     ["合計", 116, 798, 63, ""],
                 ],
                 "日別": [
                     ["日付", "休業人数"],
                     ["9/19", 116], ["9/20", 116], ["9/21", 98], ["9/24", 74], ["9/25", 61],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate leave statistics by department in a legacy XLS: no person identifiable",
    },
    {
        "id": "hisaishien-065",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["佐藤社会保険労務士事務所 佐藤先生 <sato@sato-sr.jp>"],
        "subject": "見舞金支給基準（運用細則）のご相談",
        "body": """佐藤先生

福利厚生課の宇佐美です。規程改定案に続き、運用細則のほうもご相談させてください。
経営会議用に作成した資料をそのままお送りしますので、よろしくお願いいたします。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "xlsx", "name": "災害見舞金_運用細則_経営会議資料.xlsx",
             "page_header": "取扱注意",
             "sheets": {
                 "運用細則": [
                     ["【取扱注意】災害見舞金 運用細則（経営会議 10/8 付議）"],
                     [],
                     ["項目", "現行", "改定案", "影響額見込み（年）"],
                     ["罹災証明未取得時の仮払い", "なし", "5万円を上限に仮払い", "約150万円"],
                     ["共済会給付との調整", "併給", "併給（上限あり）", "約80万円"],
                     ["単身赴任者の留守宅", "対象外", "対象", "約30万円"],
                     ["借上げ社宅の家賃補助", "50%", "2年間100%", "約2,400万円"],
                 ],
                 "試算前提": [
                     ["前提", "値"],
                     ["被災件数（年平均）", 12],
                     ["平均支給額", 85000],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the spreadsheet is stamped 取扱注意 (header and title row) and goes to an outside consultant",
    },
    {
        "id": "hisaishien-066",
        "charset": "utf-8",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["川辺市災害ボランティアセンター <vc@kawabe-shakyo.or.jp>"],
        "subject": "10/12（土）ボランティア参加者（日の出産業 4名）",
        "body": """川辺市災害ボランティアセンター 御中

日の出産業の笠原です。10/12（土）の活動に、弊社から下記4名が参加します。
当日は8:30に受付テントへ伺います。

・笠原 伸一（引率）　026-272-3301（工場）
・飯田 翼　　　　　　090-2215-7740
・北村 美穂　　　　　080-9963-1028
・宮下 陸　　　　　　070-4482-6615

長靴・ゴム手袋・マスクは各自持参します。
ボランティア保険は弊社で加入済みです。
""" + SIG_KASAHARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four volunteers' names and phones (the sender among them): under five people, may be warned",
    },
    {
        "id": "hisaishien-067",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>"],
        "subject": "被保険者証 再交付申請（浸水による滅失）",
        "body": """日の出産業健康保険組合 適用課 御中

人事部の長谷部です。
下記の被保険者および被扶養者の保険証が、自宅の浸水により滅失しました。
再交付をお願いいたします（申請書の原本は社内便で送付済みです）。

　被保険者　　滝沢 健吾　　記号 4101 番号 318　　平成2年1月25日生
　被扶養者　　滝沢 麻衣　　記号 4101 番号 318-01　平成3年8月9日生
　被扶養者　　滝沢 蒼空　　記号 4101 番号 318-02　平成29年5月2日生

受診予定があるため、資格確認書の先行発行もご検討ください。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbols/numbers of three people to the (external) health insurance society",
    },
    {
        "id": "hisaishien-068",
        "charset": "iso-2022-jp",
        "sender": "小此木 亮 <r-okonogi@hinode-sangyo.co.jp>",
        "to": ["市川税理士事務所 市川先生 <ichikawa@ichikawa-tax.jp>"],
        "subject": "被災社員の年末調整（雑損控除・災害減免法）のご相談",
        "body": """市川税理士事務所
市川先生

いつもお世話になっております。日の出産業 経理部の小此木です。
今年の年末調整にあたり、被災した社員から相談が来ている2件について、
雑損控除と災害減免法のどちらが有利か、ご意見をいただけますでしょうか。

【1件目】
氏名：百瀬 健
住所：長野県千曲市戸倉2851-6（全壊、現在は借上げ社宅）
損害額（家財・住宅）：約1,850万円
受取保険金：団体火災保険 620万円、共済会給付 20万円
本年の給与収入見込み：約540万円

【2件目】
氏名：関 博之
住所：長野県千曲市雨宮880-2（半壊）
損害額：約310万円
受取保険金：団体火災保険 140万円
本年の給与収入見込み：約610万円

いずれも確定申告で対応する可能性もあるため、その場合の案内文の
ひな形もいただけると助かります。

経理部 小此木 亮（03-5821-4431）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two employees' addresses and financial losses to the tax accountant: under five people, may be warned",
    },
    {
        "id": "hisaishien-069",
        "charset": "utf-8",
        "sender": "Kazuhiko Morishita <k-morishita@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitmore <d.whitmore@lumenpolymers.com>"],
        "subject": "Re: Our donation for the flood-affected staff",
        "body": """Dear Daniel,

Thank you so much. We will gladly accept the donation on behalf of our staff. It will go
into the company's relief fund and be paid out together with our own relief payments,
and I will send you a short report of how it was used by the end of November.

For the transfer, please use the company account stated on our usual invoices.

Best regards,
Kazuhiko

On Wed, 2 Oct 2024 at 09:14, Daniel Whitmore <d.whitmore@lumenpolymers.com> wrote:
> Dear Kazuhiko,
>
> Our team in Ohio collected USD 4,500 for your colleagues whose homes were damaged.
> We heard that Mr. Yuichi Kamijo, who visited us last year, lost the ground floor of
> his house at Yashiro 2415-3, Chikuma - please pass on our very best wishes to him.
> Could you tell us how we can send the money?
>
> Best,
> Daniel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the only personal detail is in the quoted 'On … wrote:' text from the recipient",
    },
    {
        "id": "hisaishien-070",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["佐藤社会保険労務士事務所 <office@sato-sr.jp>"],
        "subject": "休業手当・特別休暇の対象者明細（パスワード付き）",
        "body": """佐藤社会保険労務士事務所 御中

人事部の長谷部です。雇用調整助成金の申請を進めることになりましたので、
個人別の休業明細をお送りします。
ZIPのパスワードは、いつものとおり事務所の代表電話にお伝えします。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "zip", "name": "kyugyo_meisai_202409.zip", "password": "sato-0930",
             "files": [
                 {"kind": "csv", "name": "kyugyo_meisai_202409.csv", "encoding": "cp932",
                  "rows": [["社員番号", "氏名", "休業日数"],
                           ["H10233", "上條 雄一", "6"], ["H11802", "滝沢 健吾", "8"],
                           ["H12977", "北原 大輔", "5"], ["H09715", "関 博之", "7"],
                           ["H13340", "宮坂 恵理", "4"]]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to the labour consultant: cannot be inspected",
    },
    {
        "id": "hisaishien-071",
        "charset": "utf-8",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["平安葬祭 熊本東斎場 <higashi@heian-sosai.co.jp>"],
        "subject": "ご葬儀への供花・弔電の手配について",
        "body": """平安葬祭株式会社 熊本東斎場 御中

お世話になります。日の出産業株式会社 熊本営業所の古閑と申します。
弊社社員 宮本 武史 のお父様（宮本 重雄 様）が、今回の地震による家屋倒壊で
お亡くなりになり、貴斎場でご葬儀が営まれると伺いました。

会社として供花と弔電を手配したく、ご遺族に確認のうえ以下のとおりお願いいたします。
　・宗派：浄土真宗本願寺派（喪主の宮本 武史様に確認済み）
　・供花：1基（名札「日の出産業株式会社 代表取締役 日野 昭彦」）
　・通夜：10月9日 18時、告別式：10月10日 11時

請求書は熊本営業所宛てにお送りください。

日の出産業株式会社 熊本営業所 所長 古閑 隆
TEL 096-285-3300
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's family's religious denomination (religion is sensitive) sent to the funeral home",
    },
    {
        "id": "hisaishien-072",
        "charset": "iso-2022-jp",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["千曲市 被災者支援室 <shien@city.chikuma.nagano.lg.jp>"],
        "subject": "従業員の被災状況アンケート（集計結果）のご提供",
        "body": """千曲市 被災者支援室 御中

日の出産業 人事部の長谷部です。
先日ご依頼のあった、市内在住従業員の被災状況アンケートの集計結果をお送りします。
個人が特定されないよう、地区別の件数のみとしています。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "xlsx", "name": "被災状況アンケート集計_千曲市在住者.xlsx",
             "sheets": {
                 "地区別": [
                     ["日の出産業 長野工場 従業員被災状況アンケート（千曲市在住者）"],
                     ["回答数 87 / 対象 94"],
                     ["地区", "床上浸水", "床下浸水", "一部損壊", "被害なし"],
                     ["屋代", 4, 2, 1, 9],
                     ["杭瀬下", 3, 1, 0, 11],
                     ["雨宮", 2, 1, 1, 6],
                     ["粟佐", 1, 3, 0, 8],
                     ["戸倉・上山田", 2, 1, 2, 14],
                     ["八幡・その他", 1, 1, 1, 12],
                 ],
                 "困りごと": [
                     ["項目", "回答数（複数回答）"],
                     ["住まいの確保", 19], ["車の確保", 14], ["子どもの通学", 7],
                     ["罹災証明の手続き", 22], ["心身の不調", 6],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "survey statistics by district, no individual rows",
    },
    {
        "id": "hisaishien-073",
        "charset": "cp932",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["法人営業部 西条 様 <saijo@minato-fudosan.co.jp>"],
        "cc": ["千曲住宅センター <info@chikuma-jutaku.co.jp>",
               "上田エステート 賃貸課 <chintai@ueda-estate.jp>",
               "信州ホーム 法人担当 <hojin@shinshu-home.co.jp>"],
        "subject": "被災社員向け賃貸物件のご紹介のお願い（各社様）",
        "body": """不動産会社各社 ご担当者様

日の出産業株式会社 福利厚生課の宇佐美です。
先般の豪雨で住居を失った社員のために、借上げ社宅となる賃貸物件を
引き続き探しております。各社様に同じお願いをしておりますので、まとめてお送りします。

　エリア：千曲市・坂城町・上田市（長野工場まで車で20分以内）
　間取り：1K〜3LDK（単身4件・世帯6件）
　入居時期：10月中
　契約形態：法人契約（社宅扱い）

ご紹介いただける物件がございましたら、宇佐美までご連絡ください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four competing estate agents in To/Cc see each other's addresses: should have been Bcc",
    },
    {
        "id": "hisaishien-074",
        "charset": "utf-8",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["中野 様 <nakano@kotobuki-agency.co.jp>"],
        "subject": "来週の打合せ資料（社員住宅の保険請求状況）",
        "body": """中野様

お世話になっております。日の出産業の森下です。
来週の打合せで使う資料を先にお送りします。
3枚目に請求手続きが止まっている社員をまとめていますので、
保険会社様へのフォローをお願いできればと思います。

森下
""",
        "attachments": [
            {"kind": "pptx", "name": "社員住宅_保険請求状況_1010.pptx",
             "title": "社員住宅の保険請求状況",
             "slides": [
                 ["社員住宅の保険請求状況（10/10時点）", "日の出産業株式会社 災害対策事務局"],
                 ["全体状況", "被害申告 29件", "事故受付済み 23件", "鑑定完了 15件", "支払済み 6件"],
                 ["手続きが止まっている方",
                  "宮坂 恵理　長野県千曲市粟佐1188　床下浸水　書類未提出",
                  "小野沢 美智子　長野県上田市小泉3370-8　車両水没　車両保険の確認待ち",
                  "丸山 沙織　長野県長野市篠ノ井二ツ柳2244　外壁損壊　見積書待ち",
                  "唐沢 しのぶ　長野県埴科郡坂城町中之条3102　床下浸水　鑑定日未定",
                  "青木 沙耶　長野県千曲市磯部1104-2　床下浸水　本人と連絡取れず",
                  "中沢 菜摘　長野県長野市篠ノ井塩崎6620　床下浸水　書類未提出"],
                 ["今後の進め方", "未提出者へ再度案内（10/15）", "鑑定日程の再調整"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a PPTX slide listing six employees with home addresses and claim status, to the agent",
    },
    {
        "id": "hisaishien-075",
        "charset": "iso-2022-jp",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["災害対策本部 <saigai-honbu@hinode-sangyo.co.jp>"],
        "cc": ["森下 和彦 <k-morishita@mail.hinode-sangyo.co.jp>"],
        "subject": "熊本営業所 安否確認結果（10/6 21:00時点）",
        "body": """災害対策本部 各位

熊本営業所の古閑です。地震発生後の安否確認結果を報告します。
全員の無事を確認しましたが、自宅被害のある社員は以下のとおりです。

氏名        自宅                               連絡先          状況
古閑 明美   熊本県上益城郡益城町宮園812-4     090-2981-4471   屋根瓦落下、在宅
緒方 慎吾   熊本県上益城郡益城町木山1503       080-6672-1135   壁亀裂、車中泊
坂梨 ゆかり 熊本県熊本市東区健軍本町19-6       070-4418-2290   家具転倒、在宅
宮本 武史   熊本県上益城郡嘉島町上島2270       090-7735-6602   実家倒壊（父 死亡）
本田 理恵   熊本県熊本市東区沼山津3-4-11       080-3391-8847   断水、親戚宅へ
荒木 雄大   熊本県上益城郡益城町惣領1288-2     090-5520-0983   アパート立入禁止、避難所

営業所の建物は被害軽微で、明日から通常営業の予定です。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "a six-person list with addresses and phones, but sent only to internal addresses (including mail.hinode-sangyo.co.jp)",
    },
    {
        "id": "hisaishien-076",
        "charset": "cp932",
        "sender": "椎名 拓海 <t-shiina@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-sytem.jp>"],
        "subject": "安否確認システム 配信設定の変更依頼",
        "body": """ツバサシステム サポートデスク御中

日の出産業 情報システム部の椎名です。
今回の豪雨対応を受けて、以下の配信設定の変更をお願いします。

　1. 自動配信条件に「大雨特別警報（長野県北部・中部）」を追加
　2. 未回答者への再送間隔を60分→30分に短縮
　3. 管理者権限に熊本営業所長を追加（アカウントは別途申請します）

契約ID：TBS-ANP-20871
ご対応可能な日程をお知らせください。

--
日の出産業株式会社 情報システム部 椎名 拓海
TEL 03-5821-4460
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the vendor is tsubasa-system.jp; tsubasa-sytem.jp (letter dropped) is a look-alike",
    },
    {
        "id": "hisaishien-077",
        "charset": "cp932",
        "sender": "小此木 亮 <r-okonogi@hinode-sangyo.co.jp>",
        "to": ["ペイコールBPO 給与計算チーム <payroll@paycall-bpo.co.jp>"],
        "subject": "【10月給与】見舞金の課税判定に伴う個人番号の確認",
        "body": """ペイコールBPO株式会社
給与計算チーム御中

日の出産業 経理部の小此木です。
10月給与で支給する災害見舞金のうち、共済会給付との合算で課税対象となる
可能性がある4名について、支払調書作成のため個人番号をお送りします。
貴社システムに登録済みの番号と照合をお願いいたします。
""",
        "attachments": [
            {"kind": "csv", "name": "mynumber_check_4names.csv", "encoding": "utf-8",
             "rows": [
                 ["社員番号", "氏名", "個人番号", "見舞金", "共済会給付"],
                 ["H10233", "上條 雄一", my_number(SEED + 8), "100000", "200000"],
                 ["H11802", "滝沢 健吾", my_number(SEED + 9), "100000", "300000"],
                 ["H09715", "関 博之", my_number(SEED + 10), "100000", "200000"],
                 ["H12466", "百瀬 健", my_number(SEED + 11), "300000", "500000"],
             ]},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "four employees' My Numbers in a CSV to the payroll outsourcer",
    },
    {
        "id": "hisaishien-078",
        "charset": "iso-2022-jp",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["宮内 直人 <n-miyauchi@hinata-sonpo.co.jp>"],
        "subject": "杭瀬下寮 被害写真と修繕見積の送付",
        "body": """ひなた損害保険 宮内様

お世話になっております。日の出産業 長野工場の笠原です。
杭瀬下寮の被害写真（12枚）と、修繕業者の見積書をZIPにまとめてお送りします。
写真はファイル名に撮影場所を入れています。

ご確認よろしくお願いいたします。
""" + SIG_KASAHARA,
        "attachments": [
            {"kind": "zip", "name": "kuisege_ryo_photos.zip",
             "files": [
                 {"kind": "png", "name": "01_1F_corridor.png"},
                 {"kind": "png", "name": "02_1F_shokudo.png"},
                 {"kind": "png", "name": "03_boiler_room.png"},
                 {"kind": "docx", "name": "修繕見積書_千曲建設.docx",
                  "paragraphs": ["御見積書", "日の出産業株式会社 長野工場 御中",
                                 "件名：杭瀬下寮 浸水被害 修繕工事", "見積番号 CK-24-0588"],
                  "tables": [[["項目", "数量", "金額"],
                              ["1階床 張替え", "210㎡", "3,150,000"],
                              ["内壁ボード 交換", "380㎡", "2,660,000"],
                              ["給湯ボイラー 交換", "1式", "1,480,000"],
                              ["合計（税込）", "", "8,019,000"]]]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "building photos and a repair quote in a plain ZIP: no personal data",
    },
    {
        "id": "hisaishien-079",
        "charset": "utf-8",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["事故受付センター <jiko-uketsuke@hinata-sonpo.co.jp>"],
        "subject": "団体火災保険 盗難事故のご連絡（避難中の空き巣被害）",
        "body": """ひなた損害保険株式会社 事故受付センター 御中

日の出産業 熊本営業所の古閑です。
団体火災保険の加入者について、盗難事故のご連絡をいたします。

　加入者　：緒方 慎吾（加入者番号 0877）
　住所　　：熊本県上益城郡益城町木山1503
　事故内容：地震後、車中泊で避難している間に自宅に空き巣が入り、
　　　　　　現金約8万円と腕時計・ノートPCが盗まれた
　届出　　：10月8日 御船警察署に被害届を提出（受理番号 第2024-1187号）

本人は現在も車中泊のため、書類は熊本営業所宛てにお送りください。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee identified as a crime (burglary) victim with address and police report to the insurer",
    },
    {
        "id": "hisaishien-080",
        "charset": "utf-8",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["shingo.ogata.kmt@gmail.com"],
        "subject": "営業所メンバーの緊急連絡先",
        "body": """緒方さん

古閑です。営業所のサーバーが止まっているので、個人アドレスに送ります。
明日の安否の再確認と出社可否の聞き取りを、手分けしてお願いします。
緒方さんは上から4人、私が残りを担当します。

荒木　雄大　携帯　０９０－５５２０－０９８３　自宅　熊本県上益城郡益城町惣領１２８８－２
本田　理恵　携帯　０８０－３３９１－８８４７　自宅　熊本県熊本市東区沼山津３－４－１１
坂梨　ゆかり　携帯　０７０－４４１８－２２９０　自宅　熊本県熊本市東区健軍本町１９－６
田上　真由美　携帯　０９０－８８１６－３０２４　自宅　熊本県上益城郡嘉島町鯰２０１２
宮本　武史　携帯　０９０－７７３５－６６０２　自宅　熊本県上益城郡嘉島町上島２２７０
西　隼人　携帯　０８０－１１０７－５５３９　自宅　熊本県熊本市南区城南町隈庄５５４
上村　美和　携帯　０７０－２２０３－７１８６　自宅　熊本県菊池郡菊陽町津久礼３１１０
永田　康平　携帯　０９０－６６４２－０１５７　自宅　熊本県熊本市東区秋津町秋田３３４５

よろしく。
古閑
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "eight colleagues' mobiles and home addresses (full-width digits) sent to a private Gmail address",
    },
    {
        "id": "hisaishien-081",
        "charset": "utf-8",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>"],
        "cc": ["飯島 稔 <m-iijima@hinode-sangyo.co.jp>"],
        "subject": "FW: 【ひなた損保】鑑定人訪問予定（10/12・10/13）",
        "body": """笠原さん（cc 飯島工場長）

森下です。保険会社から第2回の訪問予定が届いたので転送します。
各社員への連絡と、立会いの手配をお願いします。

---------- 転送メッセージ ----------
差出人: 宮内 直人 <n-miyauchi@hinata-sonpo.co.jp>
件名: 【ひなた損保】鑑定人訪問予定（10/12・10/13）

日の出産業 森下様

第2回の鑑定人訪問予定です。

10/12（土）
 10:00 宮坂 恵理様   長野県千曲市粟佐1188          080-6621-0954
 11:30 藤森 雅人様   長野県千曲市八幡3302          090-3381-2264
 14:00 青木 沙耶様   長野県千曲市磯部1104-2        080-7712-0935
10/13（日）
 10:00 小林 聡子様   長野県埴科郡坂城町網掛2019    090-8140-5527
 13:00 唐沢 しのぶ様 長野県埴科郡坂城町中之条3102  080-5512-9937
 15:00 丸山 沙織様   長野県長野市篠ノ井二ツ柳2244  080-1472-6690

ひなた損害保険株式会社 企業営業第二課 宮内
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "a forward of a six-person schedule, but only to internal colleagues",
    },
    {
        "id": "hisaishien-082",
        "charset": "iso-2022-jp",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買部 石黒様 <ishiguro@kawasaki-denki.co.jp>"],
        "subject": "【部外秘】長野工場 復旧計画と出荷再開スケジュール",
        "body": """川崎電機株式会社
購買部 石黒様

いつもお世話になっております。日の出産業の森下です。
ご心配をおかけしております。社内の対策本部会議で決定した復旧計画を、
取り急ぎ共有いたします。

＜部外秘＞
・第1棟：9/30 再稼働済み（稼働率 70%）
・第2棟：受電設備交換後 10/15 再稼働、10/21 に稼働率 100% 見込み
・貴社向け成形部品（品番 KD-2281 / KD-2285）：10/18 出荷再開、
　11月第1週までに未出荷分 約18,000個を分納
・代替生産：熊本営業所経由で九州の協力工場に一部委託（品質確認中）

正式な納期回答書は営業部から別途お送りいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is classified 【部外秘】 (subject and section stamp) and goes to a customer",
    },
    {
        "id": "hisaishien-083",
        "charset": "cp932",
        "sender": "椎名 拓海 <t-shiina@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
        "subject": "安否確認訓練の実施日程について",
        "body": """ツバサシステム株式会社
導入支援ご担当者様

日の出産業 情報システム部の椎名です。
全社の安否確認訓練を、下記の日程で実施したいと考えております。

　日時：11月14日（木）10:00 一斉配信（訓練モード）
　対象：全社員 1,240名（熊本営業所の新規管理者アカウントを含む）
　集計締切：同日 17:00

訓練モードの配信で、実際の災害配信と区別される件名になるかどうか、
また当日サポート窓口の待機をお願いできるか、ご確認ください。

--
日の出産業株式会社 情報システム部 椎名 拓海
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "scheduling a safety-confirmation drill with the vendor: ordinary business mail",
    },
    {
        "id": "hisaishien-084",
        "charset": "utf-8",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["北信共済会 給付係 <kyufu@hokushin-kyosai.or.jp>"],
        "subject": "災害給付金の申請（3名分・追加）",
        "body": """北信共済会 給付係 御中

日の出産業 福利厚生課の宇佐美です。
災害給付金の追加申請3名分をお送りします。罹災証明書の写しは郵送済みです。

ご確認のほど、よろしくお願いいたします。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "csv", "name": "kyufu_shinsei_tsuika.csv", "encoding": "utf-8",
             "rows": [
                 ["組合員番号", "氏名", "住所", "罹災証明の判定", "申請額"],
                 ["HK-22871", "小林 聡子", "長野県埴科郡坂城町網掛2019", "準半壊", "50000"],
                 ["HK-23015", "青木 沙耶", "長野県千曲市磯部1104-2", "一部損壊", "30000"],
                 ["HK-19920", "中沢 菜摘", "長野県長野市篠ノ井塩崎6620", "準半壊", "50000"],
             ]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three members' addresses in a CSV to the mutual aid society: under five people, may be warned",
    },
    {
        "id": "hisaishien-085",
        "charset": "iso-2022-jp",
        "sender": "古閑 隆 <t-koga@hinode-sangyo.co.jp>",
        "to": ["akemi-k0514@docomo.ne.jp", "ogata.tomoko@ezweb.ne.jp",
               "rie-honda@softbank.ne.jp", "miyamoto.kayo@docomo.ne.jp",
               "araki-yuka@i.softbank.jp", "sakanashi.h@ezweb.ne.jp"],
        "subject": "日の出産業 熊本営業所よりご家族の皆さまへ",
        "body": """社員のご家族の皆さま

日の出産業 熊本営業所長の古閑でございます。
このたびの地震で被災された皆さまに、心よりお見舞い申し上げます。

緊急連絡先としてご登録いただいているご家族の皆さまに、会社の支援について
お知らせいたします。
　・社員の特別休暇（災害）を最大15日まで認めています。
　・自宅に住めない場合は、会社がホテル・借上げ住宅を手配します。
　・災害見舞金の申請は、社員本人を通じて営業所までご提出ください。

ご不明な点は、営業所（096-285-3300）までお気軽にお問い合わせください。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "six family members' carrier addresses in To, visible to each other: should have been Bcc",
    },
    {
        "id": "hisaishien-086",
        "charset": "cp932",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["ひかり保育園 一時預かり係 <ichiji@hikari-hoikuen.jp>"],
        "subject": "一時預かりのお願い（10/15〜）",
        "body": """ひかり保育園
一時預かりご担当者様

お世話になります。日の出産業 長野工場 総務課の笠原と申します。
工場の事業所内保育室が浸水で使えなくなったため、復旧までの間、
社員のお子さまの一時預かりをお願いできないかご相談いたします。

　お子さま：宮下 ひより ちゃん（平成31年2月14日生・5歳）
　保護者　：宮下 陸（当社 設備保全課）　携帯 070-4482-6615
　希望期間：10/15（火）〜10/31（木）の平日 8:00〜17:30

利用料は会社で負担いたします。空き状況をお知らせいただけますと幸いです。
""" + SIG_KASAHARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one child's birth date and the parent's mobile for a childcare request: a single family's record, may be warned",
    },
    {
        "id": "hisaishien-087",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 保健事業課 <hoken-jigyo@hinode-kenpo.or.jp>"],
        "subject": "被災社員の保健指導（特定保健指導の前倒し）のご相談",
        "body": """日の出産業健康保険組合
保健事業課 御中

人事部の長谷部です。
避難所生活が続いている社員1名について、保健師による保健指導を前倒しで
お願いできないかご相談です。

　氏名：唐沢 しのぶ（総務課、被保険者）
　10/1の臨時健診結果：血圧 168/102、HbA1c 7.4%（要精密検査）
　既往：高血圧症で服薬中。避難所では服薬が不規則になっているとのこと。

本人の同意は得ております。訪問またはオンラインでの面談が可能か、
ご検討をお願いいたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's health check results and medical history sent to the health insurance society",
    },
    {
        "id": "hisaishien-088",
        "charset": "iso-2022-jp",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "被災ローン減免制度のご相談資料",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の長谷部です。
来週ご相談予定の、社員の住宅ローン（自然災害債務整理ガイドライン）の件で、
事前資料をZIPでお送りします。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "zip", "name": "soudan_shiryo_1011.zip",
             "files": [
                 {"kind": "txt", "name": "相談事項メモ.txt",
                  "text": "相談事項\n1. ガイドラインの対象となる要件\n2. 登録支援専門家の委嘱手続き\n3. 会社として支援できる範囲\n"},
                 {"kind": "corrupt", "name": "ローン残高と被害状況の整理.docx"},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a ZIP whose DOCX inside is corrupt: part of the attachment cannot be inspected",
    },
    {
        "id": "hisaishien-089",
        "charset": "utf-8",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["saori.mym@icloud.com"],
        "subject": "被災者向け支援制度のまとめ（ご参考）",
        "body": """丸山さん

福利厚生課の宇佐美です。お電話でお話しした支援制度のまとめをお送りします。
会社の制度と、国・県・市の制度を1枚にまとめたPDFと、
リンク集（HTML）を添付しています。

外壁の損壊は「一部損壊」判定になる可能性が高いので、
市の住宅修繕補助のほうも確認してみてください。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "pdf", "name": "被災者支援制度まとめ_2024.pdf",
             "title": "被災者支援制度まとめ",
             "lines": ["被災者支援制度まとめ（日の出産業 福利厚生課作成）", ""],
             "table": [
                 ["制度", "実施主体", "対象", "内容"],
                 ["災害見舞金", "会社", "罹災証明の判定による", "2万〜30万円"],
                 ["共済会災害給付", "北信共済会", "組合員", "3万〜50万円"],
                 ["被災者生活再建支援金", "国・県", "全壊・大規模半壊等", "最大300万円"],
                 ["災害援護資金", "市町村", "世帯主の負傷・住家損害", "最大350万円の貸付"],
                 ["住宅応急修理", "市町村", "半壊・準半壊等", "最大70万6千円"],
             ]},
            {"kind": "html", "name": "支援制度リンク集.html",
             "html": """<html><head><meta charset="utf-8"><title>支援制度リンク集</title></head><body>
<h1>被災者支援制度 リンク集</h1>
<ul>
<li>被災者生活再建支援制度（内閣府 防災情報のページ）</li>
<li>長野県 災害時の各種支援制度</li>
<li>千曲市 罹災証明書の申請について</li>
<li>日の出産業 社内ポータル：慶弔見舞金規程（社内からのみ閲覧可）</li>
</ul></body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a summary of public support schemes (PDF and HTML) to one employee's private address",
    },
    {
        "id": "hisaishien-090",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "Re: ご相談日程の件",
        "body": """白川先生

お世話になっております。日の出産業の長谷部です。
ご相談の日程ですが、10/17（木）14時からでお願いいたします。
当日は私と福利厚生課の宇佐美の2名で伺います。

相談対象となる社員は現時点で3名です。
いずれも住宅ローンの残る持家が全壊・大規模半壊の判定を受けています。
詳細は当日ご説明いたします。
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the law firm is shirakawa-law.jp; shirakawa-law.co.jp (another TLD) is a look-alike",
    },
    {
        "id": "hisaishien-091",
        "charset": "iso-2022-jp",
        "sender": "小此木 亮 <r-okonogi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル上田駅前 会計係 <ueda-account@sakura-hotel.jp>"],
        "subject": "社員が立て替えた宿泊代の返金処理について",
        "body": f"""さくらホテル上田駅前
会計ご担当者様

日の出産業 経理部の小此木です。
9/19〜9/24に宿泊した弊社社員 北原 大輔 の宿泊代は、本来法人契約で
請求いただく分でしたが、チェックイン時に本人の個人カードで精算されておりました。

お手数ですが、本人のカード決済を取り消し（返金）のうえ、法人契約での
請求に切り替えていただけますでしょうか。

　決済カード：{_cd(card_number(SEED + 102))}（本人名義 DAISUKE KITAHARA）
　決済日　　：9月24日　金額 41,400円

日の出産業株式会社 経理部 小此木 亮（03-5821-4431）
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "an employee's personal credit card number with his name sent to the hotel",
    },
    {
        "id": "hisaishien-092",
        "charset": "utf-8",
        "sender": "小此木 亮 <r-okonogi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 神田支店 法人融資課 <kanda-yushi@midori-ginko.co.jp>"],
        "subject": "災害復旧資金（特別融資）のご相談",
        "body": """株式会社みどり銀行 神田支店
法人融資課 御中

いつもお世話になっております。日の出産業 経理部の小此木です。
長野工場の設備復旧に係る資金として、貴行の災害復旧特別融資の利用を
検討しております。以下の条件でご相談させてください。

　借入希望額：2億円
　資金使途　：受電設備・成形機の更新、建屋修繕
　返済口座　：当座 0048812（日の出産業株式会社）
　保険金入金見込み：11月末（企業財産保険、約1.2億円）

必要書類（被害状況の報告書、見積書等）をお知らせいただけますと幸いです。

日の出産業株式会社 経理部 小此木 亮
TEL 03-5821-4431
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a corporate loan enquiry with the company's own account: business data only",
    },
    {
        "id": "hisaishien-093",
        "charset": "utf-8",
        "sender": "椎名 拓海 <t-shiina@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
        "subject": "安否確認の運用振り返り資料（打合せ用）",
        "body": """ツバサシステム 導入支援ご担当者様

日の出産業の椎名です。
来週の定例で、今回の豪雨時の安否確認の運用を振り返りたいと思います。
社内の振り返り会で使った資料をそのままお送りしますので、
システム面の改善提案をいただけますと助かります。

--
日の出産業株式会社 情報システム部 椎名 拓海
""",
        "attachments": [
            {"kind": "pptx", "name": "安否確認_運用振り返り_豪雨.pptx",
             "title": "安否確認 運用振り返り",
             "page_footer": "Internal Only - Hinode Sangyo",
             "slides": [
                 ["豪雨時の安否確認 運用振り返り", "情報システム部 / 総務部 災害対策事務局"],
                 ["結果", "初回配信 05:12", "1時間後回答率 41%", "24時間後回答率 96%",
                  "未回答者への電話確認 49名"],
                 ["課題", "個人アドレス未登録者が多い（工場 23%）",
                  "回答の重複登録（不具合）", "管理者が被災して集計できない時間帯があった"],
                 ["改善案", "個人アドレス登録の必須化", "管理者の複数化（本社・熊本）",
                  "自動配信条件の見直し"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the slide deck carries an 'Internal Only' footer on every slide and goes to the vendor",
    },
    {
        "id": "hisaishien-094",
        "charset": "cp932",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["佐藤社会保険労務士事務所 佐藤先生 <sato@sato-sr.jp>"],
        "subject": "10/24 合同打合せのご案内（被災社員支援の法務・労務）",
        "body": """白川先生
（cc：佐藤先生）

いつもお世話になっております。日の出産業 人事部の長谷部です。
被災社員支援の法務面・労務面を一度に整理したく、合同での打合せをお願いいたします。

　日時：10月24日（木）15:00〜16:30
　場所：弊社本社 6階 第2会議室（オンライン併用）
　議題：
　　1. 被災ローン減免制度の社内案内文の確認（白川先生）
　　2. 特別休暇・休業手当の取扱いと助成金（佐藤先生）
　　3. 借上げ社宅の契約期間満了後の扱い

オンライン参加用のURLは前日にお送りします。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal meeting invitation to two outside advisers (two external organisations)",
    },
    {
        "id": "hisaishien-095",
        "charset": "iso-2022-jp",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["佐藤社会保険労務士事務所 <office@sato-sr.jp>"],
        "subject": "被扶養者異動届の作成依頼（被災した両親の同居）",
        "body": """佐藤社会保険労務士事務所 御中

日の出産業 人事部の長谷部です。
社員の荻原が、実家の被災により両親を引き取って同居することになり、
両親を被扶養者に追加したいとのことです。
被扶養者（異動）届の作成に必要な情報をExcelにまとめましたので、
電子申請をお願いいたします。

収入要件の確認書類（年金額の通知書の写し）は郵送いたします。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "xlsx", "name": "被扶養者異動届_荻原.xlsx",
             "sheets": {
                 "被保険者": [
                     ["項目", "内容"],
                     ["氏名", "荻原 正樹"],
                     ["生年月日", "昭和54年11月2日"],
                     ["個人番号", my_number(SEED + 12)],
                     ["住所", "長野県川辺市中央1-4-9 コーポ中央102"],
                 ],
                 "被扶養者": [
                     ["続柄", "氏名", "生年月日", "個人番号", "年収見込み"],
                     ["父", "荻原 勝利", "昭和24年3月8日", my_number(SEED + 13), "1,420,000"],
                     ["母", "荻原 キヨ子", "昭和21年1月30日", my_number(SEED + 14), "780,000"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Numbers of an employee and two dependants in an XLSX to the labour consultant",
    },
    {
        "id": "hisaishien-096",
        "charset": "utf-8",
        "sender": "笠原 伸一 <s-kasahara@hinode-sangyo.co.jp>",
        "to": ["川辺市災害ボランティアセンター <vc@kawabe-shakyo.or.jp>",
               "NPO法人 信州つながりネット <info@tsunagari-shinshu.or.jp>",
               "NPO法人 ちくま子ども食堂 <kodomo@chikuma-shokudo.jp>"],
        "cc": ["北国フーズ 営業部 村瀬様 <murase@kitaguni-foods.co.jp>"],
        "subject": "10/19 炊き出しの役割分担について",
        "body": """関係者の皆さま

日の出産業 長野工場の笠原です。
10/19（土）の屋代地区での炊き出しについて、役割分担を以下のとおり整理しました。

　・会場設営・受付：川辺市災害ボランティアセンター
　・調理（豚汁 300食）：信州つながりネット、日の出産業 社員有志
　・子ども向けおやつ配布：ちくま子ども食堂
　・食材提供：北国フーズ様（野菜・豚肉・味噌）

集合は8:00、屋代公民館駐車場です。雨天時は公民館ホール内で実施します。
ご不明な点は笠原（026-272-3301）までご連絡ください。
""" + SIG_KASAHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four outside organisations in To/Cc can see each other's addresses",
    },
    {
        "id": "hisaishien-097",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 瑞穂 <m-usami@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 引越センター 長野 <hikkoshi-nagano@aoba-unyu.co.jp>"],
        "subject": "Re: 単身向け引越しパックの料金について",
        "body": """青葉運輸 引越センター長野 御中

ご回答ありがとうございます。宇佐美です。
ご提示の料金表で問題ございません。今後、単身の社員の引越しは
「Sパック」を標準として、都度ご依頼いたします。

> 【単身向け引越しパック 料金表（法人契約）】
> Sパック（段ボール20箱＋小型家電）  市内 38,000円 / 県内 52,000円
> Mパック（段ボール35箱＋家電一式）  市内 55,000円 / 県内 74,000円
> 不用品引取り  1点 3,000円〜
> ※ 被災による引越しは、法人契約料金からさらに10%割引いたします。

日の出産業 福利厚生課 宇佐美
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a price list (quoted) and an ordinary acceptance: no personal data",
    },
    {
        "id": "hisaishien-098",
        "charset": "cp932",
        "sender": "森下 和彦 <k-morishita@hinode-sangyo.co.jp>",
        "to": ["川崎電機 開発部 松永様 <matsunaga@kawasaki-denki.co.jp>"],
        "subject": "共同開発プロジェクト メンバーの状況について",
        "body": """川崎電機株式会社
開発部 松永様

いつもお世話になっております。日の出産業の森下です。
共同開発プロジェクトの弊社側メンバーの状況について、ご質問をいただいた件です。

　・上條 雄一　　千曲市立屋代小学校に避難中、10/15から出社予定
　・滝沢 健吾　　坂城町文化センターに避難中、在宅勤務で対応可
　・北原 大輔　　ホテル滞在中、通常どおり出社
　・関 博之　　　親族宅に避難中、10/21から出社予定
　・竹内 亮介　　ホテル滞在中、通常どおり出社

10/10の定例会議は、上條・滝沢の2名がオンラインでの参加となります。
ご迷惑をおかけしますが、よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "five named members with their shelter and attendance status but no contact data: arguably a five-person list",
    },
    {
        "id": "hisaishien-099",
        "charset": "utf-8",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "罹災証明の判定に納得できない場合の対応について",
        "body": """白川先生

お世話になっております。日の出産業の長谷部です。
一般的な質問で恐縮ですが、社員から次のような相談が寄せられています。

　社員A：床上浸水（約40cm）で「準半壊」と判定されたが、隣家は同程度の浸水で
　　　　「半壊」と判定された。
　社員B：外観のみの一次調査で「一部損壊」とされたが、基礎にひびがある。

いずれも二次調査（再調査）を申請できると理解していますが、
申請期限や、会社として調査に立ち会うことの可否について
ご教示いただけますでしょうか。個人名は伏せております。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised cases (社員A/B) put to the law firm: no identifiable person",
    },
    {
        "id": "hisaishien-100",
        "charset": "iso-2022-jp",
        "sender": "長谷部 早苗 <s-hasebe@hinode-sangyo.co.jp>",
        "to": ["川辺市 生活再建支援係 <seikatsu-saiken@city.kawabe.nagano.lg.jp>"],
        "subject": "昨日の説明会の御礼",
        "body": """川辺市役所 福祉部 生活再建支援係
ご担当者様

日の出産業 人事部の長谷部です。
昨日はお忙しいところ、弊社長野工場での支援制度説明会にお越しいただき、
誠にありがとうございました。
参加した社員からは「手続きの順番がよくわかった」との声が多く聞かれました。

当日いただいた資料は、社内ポータルに掲載して全社員に周知いたします。
今後ともどうぞよろしくお願い申し上げます。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a thank-you mail to the city office",
    },
]
